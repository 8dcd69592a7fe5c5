"""CSV report for spreadsheets: UTF-8 with a BOM (so Chinese Excel opens it), fixed columns.

One row per finding (记录 = 发现). So that the file alone accounts for every row of the export, it also
holds one 汇总 row with the read/audited/unreadable counts and one 无法读取 row per unreadable row.
Cells that a spreadsheet would take for a formula (=, +, -, @ …; the rule is in cells.py) get a leading
apostrophe.
"""

from __future__ import annotations

import csv
from typing import TextIO

from .cells import looks_like_formula
from .common import Report, counts_line, kind_title, severity_label

# (column header, finding key)
COLUMNS = [
    ("记录", None),
    ("案件编号", "case"),
    ("文件", "file"),
    ("行号", "row"),
    ("列", "column"),
    ("代码", "code"),
    ("类别", "kind"),
    ("严重程度", "severity"),
    ("制度", "procedure"),
    ("规则", "rule"),
    ("条款", "clause"),
    ("应为", "expected"),
    ("实际", "actual"),
    ("说明", "message"),
    ("时限", "deadline"),
    ("未完成", "open"),
    ("计算过程", "trace"),
    ("解释", "interpretation"),
    ("原文", "quote"),
    ("链接", "url"),
]
HEADERS = [header for header, _ in COLUMNS]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    text = str(value)
    return "'" + text if looks_like_formula(text) else text


def _row(record: str, values: dict) -> list[str]:
    return [record] + [_cell(values.get(key)) for _, key in COLUMNS[1:]]


def write(stream: TextIO, report: Report) -> None:
    s = report.summary
    stream.write("\ufeff")
    writer = csv.writer(stream)
    writer.writerow(HEADERS)
    writer.writerow(_row("汇总", {"procedure": s["procedure"], "message": counts_line(s)}))
    for f in report.findings():
        writer.writerow(_row("发现", {**f, "kind": kind_title(f.get("kind", "")),
                                      "severity": severity_label(f.get("severity"))}))
    for u in report.unreadable():
        writer.writerow(_row("无法读取", {"case": u.get("case"), "file": u.get("file"), "row": u.get("row"),
                                       "column": u.get("column"), "procedure": s["procedure"],
                                       "message": u.get("reason")}))
