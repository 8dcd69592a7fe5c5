"""The workbook: one sheet per table, laid out like the catalog's 统计表 forms, each with a header that names
the form (title and number), the period and the procedure."""

from __future__ import annotations

import io
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..reports.cells import NOT_XML as _NOT_XML  # noqa: F401  (tests read it here)
from ..reports.cells import sheet_name as _sheet_name
from ..reports.cells import text_cell
from ..reports.cells import text_width as _width
from .text import DEADLINE_ROWS, SUMMARY_ROWS, file_name, masking_note, row_label

from .figures import CASE_FORM, INFO_FORM, SATISFACTION_FORM

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="EEF1F4")
_RATE = "0.0%"


def _put(ws, row: int, column: int, value):
    """Every cell of the workbook is written here, by the rule the findings workbook shares (reports/cells.py):
    numbers stay numbers, text is a string cell and never a formula."""
    return text_cell(ws.cell(row, column), value)


class _Sheet:
    """A sheet being filled top to bottom: header block, then one table."""

    def __init__(self, book: Workbook, name: str, title: str, stats: dict, form: dict | None = None,
                 landscape: bool = True):
        self.ws = book.create_sheet(_sheet_name(name))
        self.row = 1
        ws = self.ws
        _put(ws, 1, 1, title).font = Font(bold=True, size=14)
        p = stats["period"]
        lines = []
        if form is not None:
            lines.append(f"表单：{form['title']}" + (f"　编号：{form['number']}" if form["number"] else "")
                         + (f"　（{'、'.join(form['inventory_ids'])}）" if form["inventory_ids"] else ""))
        lines.append(f"统计期间：{p['label']}（{p['start']} 至 {p['end']}）　本年累计自 {p['year_start']}")
        proc = stats["procedure"]
        lines.append(f"制度：{proc['title']}（{proc['inventory_id']}，{proc['id']}）")
        for k, line in enumerate(lines, start=2):
            _put(ws, k, 1, line).font = Font(color="555555")
        self.row = len(lines) + 3
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True

    def table(self, headers: list[str], rows: list[list], rates: set[int] = frozenset(), bold_last: bool = False):
        ws = self.ws
        for c, h in enumerate(headers, start=1):
            cell = _put(ws, self.row, c, h)
            cell.font, cell.fill, cell.border = Font(bold=True), _HEAD_FILL, _BORDER
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.print_title_rows = f"{self.row}:{self.row}"
        ws.freeze_panes = f"B{self.row + 1}"
        for r, values in enumerate(rows, start=self.row + 1):
            for c, value in enumerate(values, start=1):
                cell = _put(ws, r, c, "—" if value is None and c > 1 else value)
                cell.border = _BORDER
                if c - 1 in rates and isinstance(value, float | int):
                    cell.number_format = _RATE
                if bold_last and r == self.row + len(rows):
                    cell.font = Font(bold=True)
        widths = [max([_width(h)] + [_width(v[c]) for v in rows if c < len(v)]) for c, h in enumerate(headers)]
        for c, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(c)].width = min(max(w + 2, 8), 60)
        self.row += len(rows) + 2

    def lines(self, lines: list[str]):
        for line in lines:
            _put(self.ws, self.row, 1, line).alignment = Alignment(wrap_text=False)
            self.row += 1
        self.row += 1

    def signatures(self, names: list[str]):
        if names:
            _put(self.ws, self.row, 1, "　　".join(f"{n}：________" for n in names))
            self.row += 2


def _year_months(stats: dict) -> list[int]:
    """Indexes into the trend of the months January … period of the period's year (the form's rows)."""
    year = stats["period"]["month"][:4]
    return [k for k, m in enumerate(stats["trend"]["months"]) if m[:4] == year]


def write(stream: BinaryIO, stats: dict) -> None:
    book = Workbook()
    book.remove(book.active)
    forms = stats.get("forms", {})
    _case_sheet(book, stats, forms.get(CASE_FORM))
    _info_sheet(book, stats, forms.get(INFO_FORM))
    for b in stats["breakdowns"]:
        _breakdown_sheet(book, stats, b)
    _deadline_sheet(book, stats)
    _trend_sheet(book, stats)
    if stats["satisfaction"]:
        _satisfaction_sheet(book, stats, forms.get(SATISFACTION_FORM))
    _data_sheet(book, stats)
    data = io.BytesIO()
    book.save(data)
    stream.write(data.getvalue())


def _case_sheet(book, stats, form):
    """客户投诉案件统计表: a row per month of the year, a count per class, 合计, 备注."""
    title = form["title"] if form else "客户投诉案件统计表"
    sheet = _Sheet(book, title, title, stats, form)
    chosen = next((b for b in stats["breakdowns"] if b["column"] == "severity"), None) or \
        next(iter(stats["breakdowns"]), None)
    ks = _year_months(stats)
    figures, months = stats["trend"]["figures"], stats["trend"]["months"]
    classes = [r for r in chosen["rows"] if r["known"]] if chosen else []
    rest = [r for r in chosen["rows"] if not r["known"]] if chosen else []
    headers = ["月份"] + [f"{r['label']}件数" for r in classes] + ["合计", "备注"]
    rows = []
    for k in ks:
        note = "；".join(f"{r['label']} {r['trend'][k]} 件" for r in rest if r["trend"][k])
        rows.append([months[k]] + [r["trend"][k] for r in classes] + [figures[k]["received"], note])
    rows.append(["本年累计"] + [sum(r["trend"][k] for k in ks) for r in classes] + [stats["year"]["received"], ""])
    sheet.table(headers, rows, bold_last=True)
    if chosen:
        sheet.lines([f"分类依据：{chosen['title']}"])


def _info_sheet(book, stats, form):
    """客户信息/投诉统计表 (C05-018) 月度汇总: 当月/累积投诉, 初次/再现, 已处理/待处理 per month."""
    title = form["title"] if form else "客户信息/投诉统计表"
    sheet = _Sheet(book, title, title, stats, form)
    sheet.lines([f"产品区域：　　　　客户：　　　　年：{stats['period']['month'][:4]}"])
    figures, months = stats["trend"]["figures"], stats["trend"]["months"]
    rows, cumulative = [], 0
    for k in _year_months(stats):
        f = figures[k]
        cumulative += f["received"]
        rows.append([months[k], f["received"], cumulative, f["first"], f["recurrent"], f["handled"], f["pending"]])
    sheet.table(["月份", "当月投诉", "累积投诉", "初次", "再现", "已处理", "待处理"], rows)
    sheet.lines(["已处理/待处理为各月月末的状态；初次/再现见“数据说明”中的判断方法。"])
    sheet.signatures(form["signatures"] if form else [])


def _breakdown_sheet(book, stats, b):
    sheet = _Sheet(book, b["title"], f"分类统计：{b['title']}", stats)
    labels = stats["trend"]["months"]
    rows = [[row_label(r), r["month"], r["month_share"], r["year"], r["year_share"], *r["trend"]] for r in b["rows"]]
    rows.append(["合计", b["month_total"], 1 if b["month_total"] else None, b["year_total"],
                 1 if b["year_total"] else None,
                 *[sum(r["trend"][k] for r in b["rows"]) for k in range(len(labels))]])
    sheet.table([b["title"], "当月", "占比", "本年累计", "占比", *labels], rows, rates={2, 4}, bold_last=True)


def _deadline_sheet(book, stats):
    sheet = _Sheet(book, "办理时限", "办理时限：按期率与回复率", stats)
    keys = [(k, label) for k, label, _ in DEADLINE_ROWS]
    headers = ["时限规则", "依据"] + [f"当月{label}" for _, label in keys] + [f"本年累计{label}" for _, label in keys]
    rates = {i for i, (k, _) in enumerate(keys * 2, start=2) if k.endswith("rate")}
    rows = []
    for n, rule in enumerate(stats["deadlines"]):
        m, y = stats["month"]["deadlines"][n], stats["year"]["deadlines"][n]
        rows.append([rule["title"], rule["clause"]] + [m[k] for k, _ in keys] + [y[k] for k, _ in keys])
    sheet.table(headers, rows, rates=rates)
    d = stats["definitions"]
    sheet.lines([d["on_time_rate"]["formula"], f"回复率（S18）：{d['reply_rate']['formula']}；原文：{d['reply_rate']['quote']}"]
                + [f"未统计：{r['title']}：{r['reason']}" for r in stats["skipped_rules"]])


def _trend_sheet(book, stats):
    sheet = _Sheet(book, "近12个月趋势", "近12个月趋势", stats)
    headers = ["月份"] + [label for _, label, _ in SUMMARY_ROWS]
    rates = {k + 1 for k, (_, _, kind) in enumerate(SUMMARY_ROWS) if kind == "rate"}
    for rule in stats["deadlines"]:
        rates |= {len(headers), len(headers) + 1}
        headers += [f"按期率：{rule['title']}", f"回复率：{rule['title']}"]
    rows = []
    for month, f in zip(stats["trend"]["months"], stats["trend"]["figures"]):
        row = [month] + [f[key] for key, _, _ in SUMMARY_ROWS]
        for d in f["deadlines"]:
            row += [d["on_time_rate"], d["reply_rate"]]
        rows.append(row)
    sheet.table(headers, rows, rates=rates)
    d = stats["definitions"]["closure_rate"]
    sheet.lines([f"办结率（S18）：{d['formula']}；原文：{d['quote']}", "各月数字均截至该月月末。"])


def _satisfaction_sheet(book, stats, form):
    """顾客满意度统计表 (S20): a row per month with inputs, columns as the form."""
    title = form["title"] if form else "顾客满意度统计表"
    sheet = _Sheet(book, title, title, stats, form)
    sat = stats["satisfaction"]
    headers = ["月份", "调查得分D1", "客户投诉次数(N1)扣分", "PPM(N2)扣分", "造成顾客生产中断(N3)",
               "按期交付率(N4)扣分", "客观数据D2", "顾客审核D3", "顾客综合满意度D (D1+D2+D3)", "说明"]
    rows = []
    for m in sat["months"]:
        c = m["score"]
        if c is None:
            continue
        counts = (f"投诉{c['complaints']}次，PPM超标{c['ppm_exceedances']}次，生产中断{c['production_stops']}次，"
                  f"未准时交付{c['late_deliveries']}次")
        notes = [counts] + (["低于80分，必须重点分析制定相应的措施"] if c["below_threshold"] else []) + c["notes"]
        rows.append([m["month"], c["d1"], c["n1"], c["n2"], c["n3"] if c["n3"] is not None else "出现（D2得0分）",
                     c["n4"], c["d2"], c["d3"], c["d"], "；".join(notes)])
    sheet.table(headers, rows)
    if sat["customer"]:
        sheet.lines([f"客户：{sat['customer']}"])
    sheet.signatures(form["signatures"] if form else [])


def _data_sheet(book, stats):
    sheet = _Sheet(book, "数据说明", "数据说明", stats, landscape=False)
    r, st = stats["rows"], stats["settings"]
    rows = [["导出文件", "、".join(file_name(e) for e in stats["exports"])],
            ["读取行数", r["read"]], ["无法读取行数", r["unreadable"]],
            *([["案件数（事件日志）", r["cases"]],
               ["没有受理时间、未计入", f"{r['without_received']} 个案件（{r['events_without_received']} 行事件）"]]
              if r.get("event_log") else [["没有受理时间、未计入", r["without_received"]]]),
            ["归入月份的依据", f"{st['received']['label']}（{st['received']['column']}）"],
            ["办结的依据", f"{st['closed']['label']}（{st['closed']['column']}）" if st["closed"]["column"] else "未指定"],
            ["再现的判断", (f"同一{st['recurrence']['identity_label']}"
                          + ("、同一类别" if st["recurrence"]["category"] else "")
                          + f"，{st['recurrence']['days']} 天内") if st["recurrence"]["identity"] else "未统计"],
            ["导出中最早受理", r["earliest"]]]
    sheet.table(["项目", "内容"], rows)
    sheet.lines(stats["notes"] + [masking_note(stats)])
