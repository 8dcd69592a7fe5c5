"""XLSX findings workbook: what an auditor opens first.

    发现      one row per finding: the export file, its own row number and its own column name, the case
              number, code, kind, severity, rule, clause, message, expected, actual, deadline, trace, quote
              and link; header frozen, autofilter on
    汇总      counts per kind and per rule
    说明      what was checked: counts, coverage, open cases, masking, rules checked and not checked (why)
    无法读取   every unreadable row with its reason (only when there is one)

Written with the statistics workbook's cell rule (`cells.text_cell`): text is a string cell, never a formula,
and text a spreadsheet would take for one is marked quotePrefix; case numbers are text (an 18-digit number would
lose digits as a number), row numbers and counts numbers. The sheets are written row by row (openpyxl's
write-only mode), so a report of a million cases does not hold every cell in memory.
"""

from __future__ import annotations

import io
from itertools import chain, islice
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..checks import KINDS
from .cells import sheet_name, text_cell, text_width, write_only_row
from .common import (Report, counts_line, coverage_line, file_name, kind_title, masking_note, severity_label,
                     superseded_line, zone_note)

_HEAD_FONT = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="EEF1F4")
_TITLE_FONT = Font(bold=True, size=13)
_WIDTH_SAMPLE = 500          # findings looked at to size the columns (the sheet is written in one pass)
_MAX_WIDTH = 60

# (header, finding key, minimum width)
FINDING_COLUMNS = [
    ("文件", "file", 10),
    ("行号", "row", 6),
    ("列", "column", 8),
    ("案件编号", "case", 10),
    ("代码", "code", 7),
    ("类别", "kind", 10),
    ("严重程度", "severity", 8),
    ("规则", "rule", 10),
    ("条款", "clause", 8),
    ("说明", "message", 20),
    ("应为", "expected", 12),
    ("实际", "actual", 12),
    ("时限", "deadline", 12),
    ("未完成", "open", 6),
    ("计算过程", "trace", 20),
    ("解释", "interpretation", 20),
    ("原文", "quote", 20),
    ("链接", "url", 20),
]
FINDING_HEADERS = [header for header, _, _ in FINDING_COLUMNS]
FINDINGS_SHEET, SUMMARY_SHEET, NOTES_SHEET, UNREADABLE_SHEET = "发现", "汇总", "说明", "无法读取"


def _value(key: str, value):
    """A finding's value as its cell holds it."""
    if value is None:
        return None
    if key == "row" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if key == "file":
        return file_name(value)
    if key == "kind":
        return kind_title(value)
    if key == "severity":
        return severity_label(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)          # case numbers too: text, whatever the export stored


def _cells(ws, values, font=None, fill=None, alignment=None) -> list:
    cells = []
    for value in values:
        cell = text_cell(WriteOnlyCell(ws), value)
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if alignment is not None:
            cell.alignment = alignment
        cells.append(cell)
    return cells


def _header(ws, headers: list[str]) -> None:
    ws.append(_cells(ws, headers, _HEAD_FONT, _HEAD_FILL, Alignment(horizontal="center", vertical="center")))


def _widths(ws, headers: list[str], rows: list[list], minimum: list[int] | None = None) -> None:
    """Column widths from the headers and (a sample of) the rows; set before the first row is written."""
    for c, header in enumerate(headers):
        wanted = max([text_width(header), (minimum or [0] * len(headers))[c]]
                     + [text_width(r[c]) for r in rows if c < len(r)])
        ws.column_dimensions[get_column_letter(c + 1)].width = min(wanted + 2, _MAX_WIDTH)


def write(stream: BinaryIO, report: Report) -> None:
    book = Workbook(write_only=True)
    _findings_sheet(book, report)
    _summary_sheet(book, report)
    _notes_sheet(book, report)
    if report.has_unreadable:
        _unreadable_sheet(book, report)
    data = io.BytesIO()
    book.save(data)
    stream.write(data.getvalue())


def _findings_sheet(book: Workbook, report: Report) -> None:
    ws = book.create_sheet(sheet_name(FINDINGS_SHEET))
    keys = [key for _, key, _ in FINDING_COLUMNS]
    sample = [[_value(k, f.get(k)) for k in keys] for f in islice(report.findings(), _WIDTH_SAMPLE)]
    _widths(ws, FINDING_HEADERS, sample, [w for _, _, w in FINDING_COLUMNS])
    ws.freeze_panes = "A2"
    count = 0
    _header(ws, FINDING_HEADERS)
    for f in report.findings():
        ws.append(write_only_row(ws, [_value(k, f.get(k)) for k in keys]))
        count += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{count + 1}"
    ws.print_title_rows = "1:1"


def _summary_sheet(book: Workbook, report: Report) -> None:
    s = report.summary
    ws = book.create_sheet(sheet_name(SUMMARY_SHEET))
    by_kind = s.get("by_kind") or {}
    kind_rows = [[k.code, k.title, severity_label(k.severity), by_kind.get(k.slug, 0), k.explanation]
                 for k in KINDS.values()]
    rules: dict[str, dict] = {}
    for f in report.findings():
        entry = rules.setdefault(f.get("rule"), {"codes": [], "clause": f.get("clause"), "count": 0})
        if f.get("code") not in entry["codes"]:
            entry["codes"].append(f.get("code"))
        entry["count"] += 1
    rule_rows = [[rule, "、".join(str(c) for c in e["codes"] if c), e["clause"] or "", e["count"]]
                 for rule, e in sorted(rules.items(), key=lambda kv: str(kv[0]))]
    kind_headers, rule_headers = ["代码", "类别", "严重程度", "数量", "说明"], ["规则", "代码", "条款", "数量"]
    _widths(ws, ["按问题类别", "类别", "严重程度", "数量", "说明"],
            [[r[0], r[1], r[2], r[3], r[4]] for r in kind_rows] + rule_rows)
    ws.append(_cells(ws, [f"发现 {s.get('findings', 0)} 项问题，涉及 {s.get('cases_with_findings', 0)} 个案件"],
                     _TITLE_FONT))
    ws.append([])
    ws.append(_cells(ws, ["按问题类别"], _TITLE_FONT))
    _header(ws, kind_headers)
    for row in kind_rows:
        ws.append(_cells(ws, row))
    ws.append([])
    ws.append(_cells(ws, ["按规则"], _TITLE_FONT))
    _header(ws, rule_headers)
    for row in rule_rows:
        ws.append(_cells(ws, row))
    if not rule_rows:
        ws.append(_cells(ws, ["没有发现问题。"]))


def _notes_sheet(book: Workbook, report: Report) -> None:
    s = report.summary
    ws = book.create_sheet(sheet_name(NOTES_SHEET))
    open_cases = s.get("open_cases")
    facts = [
        ["制度", f"{s.get('procedure_title') or ''}（{s.get('procedure')}）"],
        *[["导出文件", str(e)] for e in s.get("exports") or []],
        *([["已被取代", superseded_line(s)]] if superseded_line(s) else []),
        ["检查时点", s.get("as_of") or ""],
        ["时区", zone_note(s) or "—"],
        ["读取与审计", counts_line(s)],
        ["读取行数", s.get("rows_read")],
        ["审计行数", s.get("rows_audited")],
        ["无法读取行数", s.get("rows_unreadable")],
    ]
    if s.get("cases_read") is not None:
        facts += [["读取案件数", s.get("cases_read")], ["审计案件数", s.get("cases_audited")]]
    if s.get("event_log"):
        facts.append(["行的含义", "导出是事件日志：一行是一个事件，案件由同一案件编号的事件组成"])
    facts += [
        ["检查范围", coverage_line(s) or "—"],
        ["发现", f"{s.get('findings', 0)} 项问题，涉及 {s.get('cases_with_findings', 0)} 个案件"],
        ["未办结案件", "导出中没有判断办结所需的列，无法区分" if open_cases is None
                   else f"{open_cases} 件（按审计时点检查时限，只检查已到达步骤的记录）"],
        ["个人信息", masking_note(s)],
    ]
    checked = s.get("checked_rules") or []
    skipped = s.get("skipped_rules") or []
    # 适用案件: the cases a rule's conditions select (0: it had nothing to check); 全部 for a rule without conditions
    checked_rows = [[r.get("code"), r.get("rule"), r.get("title"), r.get("clause") or "", r.get("applies_to", "全部")]
                    for r in checked]
    skipped_rows = [[r.get("rule"), r.get("title"), r.get("reason")] for r in skipped]
    _widths(ws, ["项目", "内容", "名称", "条款", "适用案件"],
            [[a, b if len(str(b or "")) < 40 else ""] for a, b in facts] + checked_rows + skipped_rows)
    ws.column_dimensions["B"].width = _MAX_WIDTH
    ws.append(_cells(ws, ["审计说明"], _TITLE_FONT))
    _header(ws, ["项目", "内容"])
    for row in facts:
        ws.append(_cells(ws, row))
    ws.append([])
    ws.append(_cells(ws, [f"已检查的规则（{len(checked)} 条）"], _TITLE_FONT))
    if checked_rows:
        _header(ws, ["代码", "规则", "名称", "条款", "适用案件"])
        for row in checked_rows:
            ws.append(_cells(ws, row))
    else:
        ws.append(_cells(ws, ["没有规则可以检查。"]))
    ws.append([])
    ws.append(_cells(ws, [f"未检查的规则（{len(skipped)} 条）"], _TITLE_FONT))
    if skipped_rows:
        _header(ws, ["规则", "名称", "原因"])
        for row in skipped_rows:
            ws.append(_cells(ws, row))
    else:
        ws.append(_cells(ws, ["制度中可检查的规则均已检查。"]))


def _unreadable_sheet(book: Workbook, report: Report) -> None:
    ws = book.create_sheet(sheet_name(UNREADABLE_SHEET))
    headers = ["文件", "行号", "列", "案件编号", "原因"]
    rows = ([file_name(u.get("file")), u.get("row"), _value("column", u.get("column")), _value("case", u.get("case")),
             _value("reason", u.get("reason"))] for u in report.unreadable())
    first = list(islice(rows, _WIDTH_SAMPLE))
    _widths(ws, headers, first)
    ws.freeze_panes = "A2"
    _header(ws, headers)
    count = 0
    for row in chain(first, rows):
        ws.append(write_only_row(ws, row))
        count += 1
    ws.auto_filter.ref = f"A1:E{count + 1}"
