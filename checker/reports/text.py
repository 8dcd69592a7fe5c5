"""Plain-text report for the terminal: counts, tables by kind and rule, then findings grouped by case."""

from __future__ import annotations

import re
import unicodedata
from typing import TextIO

from ..checks import KINDS
from .common import (Report, counts_line, coverage_line, file_name, kind_title, masking_note, severity_label,
                     superseded_line, where, zone_note)

# Control characters in case data could drive the terminal (ANSI escape sequences); show them as text.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean(value) -> str:
    if value is None:
        return ""
    return _CONTROL.sub(lambda m: " " if m[0] in "\t\n\r" else f"\\x{ord(m[0]):02x}", str(value))


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _table(rows: list[list[str]], indent: str = "  ") -> list[str]:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(r)]
        lines.append((indent + "  ".join(cells)).rstrip())
    return lines


def write(stream: TextIO, report: Report) -> None:
    s = report.summary
    out = lambda line="": stream.write(line + "\n")  # noqa: E731

    out(f"投诉处理审计报告：{clean(s.get('procedure_title') or '')}（{clean(s['procedure'])}）")
    if superseded_line(s):
        out(clean(superseded_line(s)))
    for export in s.get("exports") or []:
        out(f"导出文件：{clean(export)}")
    if s.get("as_of"):
        out(f"检查时点：{clean(s['as_of'])}")
    if zone_note(s):
        out(zone_note(s))
    out(counts_line(s))
    if coverage_line(s):
        out(coverage_line(s))
    out(f"发现 {s['findings']} 项问题，涉及 {s['cases_with_findings']} 个案件")
    out(masking_note(s))

    if s.get("by_kind"):
        out()
        out("按问题类别")
        rows = [["代码", "类别", "严重程度", "数量"]]
        for slug, count in sorted(s["by_kind"].items(), key=lambda kv: KINDS[kv[0]].code if kv[0] in KINDS else kv[0]):
            kind = KINDS.get(slug)
            rows.append([kind.code if kind else "", kind_title(slug), severity_label(kind.severity if kind else ""),
                         str(count)])
        for line in _table(rows):
            out(line)
    if s.get("by_rule"):
        out()
        out("按规则")
        clauses = report.rule_clauses()
        rows = [["规则", "条款", "数量"]] + [[clean(rule), clean(clauses.get(rule, "")), str(count)]
                                          for rule, count in sorted(s["by_rule"].items())]
        for line in _table(rows):
            out(line)

    for group in report.cases():
        out()
        out(f"{clean(group.label)}（{clean(where(group.file, group.row))}）")
        for f in group.findings:
            out(f"  {clean(f.get('code'))} {severity_label(f.get('severity'))}  {clean(f.get('message'))}")
            if f.get("column"):
                out(f"      导出列：{clean(f['column'])}")
            if f.get("clause"):
                out(f"      依据：{clean(f['clause'])}")
            if f.get("trace"):
                out(f"      计算：{clean(f['trace'])}")
            if f.get("interpretation"):
                out(f"      解释：{clean(f['interpretation'])}")
            if f.get("url"):
                out(f"      详见：{clean(f['url'])}")

    if report.has_unreadable:
        out()
        out(f"无法读取的行（{s['rows_unreadable']} 行）")
        for u in report.unreadable():
            column = f" 列 {clean(u['column'])}" if u.get("column") else ""
            case = f" 案件 {clean(u['case'])}" if u.get("case") not in (None, "") else ""
            out(f"  {clean(file_name(u.get('file')))} 第 {clean(u.get('row'))} 行{column}{case}：{clean(u.get('reason'))}")

    skipped = s.get("skipped_rules") or []
    if skipped:
        out()
        out(f"未检查的规则（{len(skipped)} 条）")
        for item in skipped:
            out(f"  {clean(item.get('rule'))} {clean(item.get('title'))}：{clean(item.get('reason'))}")
