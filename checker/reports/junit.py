"""JUnit XML for CI systems (written with lxml): one testsuite, one testcase per case.

A case with error findings fails (one <failure> per error finding); warnings go to <system-out>;
an unreadable row is an <error> testcase. The audit only lists failing cases, so the passing rows
are one aggregate testcase "其余 N 行全部通过" — CI totals then add up to the rows of the export.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import BinaryIO

from lxml import etree

from .common import Report, counts_line, where

# Characters XML 1.0 cannot hold (lxml refuses them); case data may contain any of them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _x(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else _NOT_XML.sub("\ufffd", str(value))


def _details(f: dict) -> str:
    lines = [f"{f.get('code', '')} {f.get('message', '')}", where(f.get("file"), f.get("row"))]
    for label, key in (("导出列", "column"), ("规则", "rule"), ("依据", "clause"), ("应为", "expected"),
                       ("实际", "actual"), ("计算", "trace"), ("详见", "url")):
        if f.get(key) not in (None, ""):
            lines.append(f"{label}：{f[key]}")
    return _x("\n".join(lines))


def _element(tag: str, attrs: dict, text: str | None = None) -> etree._Element:
    element = etree.Element(tag, {k: _x(v) for k, v in attrs.items() if v is not None})
    if text is not None:
        element.text = _x(text)
    return element


def write(stream: BinaryIO, report: Report) -> None:
    s = report.summary
    procedure = s["procedure"]
    outline = list(report.outline())
    unreadable: dict[tuple, list[dict]] = {}
    for u in report.unreadable():
        unreadable.setdefault((u.get("file"), u.get("row")), []).append(u)
    # an event log's rows are events: the testcases are its cases, and so are the ones that passed
    by_case = bool(s.get("event_log")) and s.get("cases_audited") is not None
    rest = max((s["cases_audited"] if by_case else s["rows_audited"]) - len(outline), 0)
    failures = sum(1 for _, has_error in outline if has_error)
    tests = len(outline) + len(unreadable) + (1 if rest else 0)
    counts = {"tests": str(tests), "failures": str(failures), "errors": str(len(unreadable)), "skipped": "0"}
    labels = Counter(label for label, _ in outline)

    with etree.xmlfile(stream, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element("testsuites", {"name": "投诉处理审计", **counts}):
            with xf.element("testsuite", {"name": _x(procedure), **counts}):
                properties = _element("properties", {})
                for name in ("procedure_title", "as_of", "rows_read", "rows_audited", "rows_unreadable",
                             "cases_read", "cases_audited", "personal_data_masked"):
                    if name in s or not name.startswith("cases_"):
                        properties.append(_element("property", {"name": name, "value": s.get(name)}))
                xf.write(properties, pretty_print=True)

                for g in report.cases():
                    name = g.case if g.case is not None else g.label
                    if labels[g.label] > 1:
                        name = f"{name}（{where(g.file, g.row)}）"
                    case = _element("testcase", {"classname": procedure, "name": name,
                                                 "file": g.file, "line": g.row})
                    for f in g.errors:
                        case.append(_element("failure", {"type": f.get("code"), "message": f.get("message")},
                                             _details(f)))
                    if g.warnings:
                        case.append(_element("system-out", {}, "\n\n".join(_details(f) for f in g.warnings)))
                    xf.write(case, pretty_print=True)

                for (file, row), items in unreadable.items():
                    known = next((u["case"] for u in items if u.get("case") not in (None, "")), None)
                    name = f"{known}（无法读取）" if known is not None else f"{where(file, row)}（无法读取）"
                    case = _element("testcase", {"classname": procedure, "name": name, "file": file, "line": row})
                    reasons = [f"列 {u['column']}：{u.get('reason', '')}" if u.get("column") else u.get("reason", "")
                               for u in items]
                    case.append(_element("error", {"type": "unreadable", "message": "；".join(map(str, reasons))},
                                         where(file, row) + "\n" + "\n".join(map(str, reasons))))
                    xf.write(case, pretty_print=True)

                if rest:
                    unit = "个案件" if by_case else "行"
                    case = _element("testcase", {"classname": procedure, "name": f"其余 {rest} {unit}全部通过"})
                    passed = _element("properties", {})
                    passed.append(_element("property", {"name": "cases" if by_case else "rows", "value": rest}))
                    case.append(passed)
                    xf.write(case, pretty_print=True)

                skipped = s.get("skipped_rules") or []
                out = [counts_line(s)] + [f"未检查的规则 {i.get('rule')}（{i.get('title')}）：{i.get('reason')}"
                                          for i in skipped]
                xf.write(_element("system-out", {}, "\n".join(out)), pretty_print=True)
    stream.write(b"\n")
