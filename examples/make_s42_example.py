"""Regenerate the shipped example export (invented cases, Chinese headers) for S42 电信用户申诉处理暂行办法.

    python examples/make_s42_example.py

Writes s42-telecom-cases.csv (UTF-8 with BOM, as Excel saves "CSV UTF-8") and s42-telecom-cases.xlsx with the
same rows. Every name and number is invented; about one case in six breaks a rule so the audit has something to show.
"""

from __future__ import annotations

import csv
import random
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).parent
HEADERS = ["投诉编号", "受理时间", "投诉人", "联系电话", "申诉类别", "事项发生日期", "投诉内容",
           "答复时间", "答复部门", "用户是否满意", "申诉时间", "申诉受理时间", "已和解并执行", "已出具调解意见书"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
TOPICS = {"话费争议": ["套餐外流量计费有异议", "国际漫游费用与宣传不符", "增值业务未订购却被扣费"],
          "其他": ["宽带频繁掉线多次报修未解决", "营业厅办理携号转网被拒", "信号覆盖差影响正常通话"]}


def make_rows(count: int = 40, seed: int = 7) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    start = datetime(2025, 1, 6, 9, 0)
    for n in range(1, count + 1):
        received = start + timedelta(days=rng.randint(0, 70), hours=rng.randint(0, 8), minutes=rng.choice([0, 15, 30, 45]))
        category = rng.choice(["话费争议", "其他"])
        incident = received - timedelta(days=rng.randint(3, 60))
        reply_after = timedelta(days=rng.randint(2, 18), hours=rng.randint(0, 6))
        reply = received + reply_after
        satisfied = rng.random() < 0.75
        appeal = "" if satisfied else (reply + timedelta(days=rng.randint(1, 10))).strftime("%Y/%m/%d %H:%M")
        case = f"DX2025{n:04d}"
        row = [case, received.strftime("%Y/%m/%d %H:%M"), rng.choice(SURNAMES) + rng.choice(["先生", "女士"]),
               f"13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}", category, incident.strftime("%Y-%m-%d"),
               rng.choice(TOPICS[category]), reply.strftime("%Y/%m/%d %H:%M"), "客户服务中心",
               "满意" if satisfied else "不满意", appeal, _later(appeal, days=1) if appeal else "", "否", "否"]
        rows.append(row)
    # A few deliberate problems an auditor should see:
    rows[3][5] = "2024-06-18"                         # fee dispute raised more than five months after the matter
    rows[3][4] = "话费争议"
    rows[3][9], rows[3][10] = "不满意", _later(rows[3][7], days=3)
    rows[3][11] = _later(rows[3][10], days=1)          # ... and the appeal body accepted it
    rows[8][7] = ""                                   # never answered
    rows[12][12] = "是"                               # settled and executed, yet the appeal was accepted
    rows[12][9], rows[12][10] = "不满意", _later(rows[12][7], days=2)
    rows[12][11] = _later(rows[12][10], days=1)
    rows[15][4] = "资费"                              # not a category the regulation knows
    rows[21][0] = rows[20][0]                         # duplicate case number
    rows[27][1], rows[27][7] = "2025/01/20 10:00", "2025/02/17 09:00"   # over the Spring Festival: 1 working day late
    return rows


def _later(moment: str, days: int) -> str:
    if not moment:
        return ""
    return (datetime.strptime(moment, "%Y/%m/%d %H:%M") + timedelta(days=days)).strftime("%Y/%m/%d %H:%M")


def main() -> None:
    rows = make_rows()
    with open(HERE / "s42-telecom-cases.csv", "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "投诉台账"
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(HERE / "s42-telecom-cases.xlsx")
    print(f"wrote {len(rows)} cases to {HERE}")


if __name__ == "__main__":
    main()
