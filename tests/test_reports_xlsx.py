"""The XLSX findings workbook, read back with openpyxl; the export's own column names in every format; case counts
beside row counts (event logs, repeated case numbers).

The workbook is checked on the hand-made hostile result of tests/test_reports.py (masking, every value as text,
formulas kept as text) and end to end through `python -m checker audit --format xlsx` on small invented exports:
a wide export with its own Chinese headers and a mapping, and an event log.
"""

from __future__ import annotations

import csv
import io
import json
import pytest
from lxml import etree
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from checker.cli import main
from checker.reports import write_report
from checker.reports.common import counts_line
from checker.reports.xlsx import FINDING_HEADERS

from test_reports import (EMAIL, EMAIL_MASKED, ID_CARD, ID_MASKED, PHONE, PHONE_MASKED, PUBLIC_HOTLINE, TRACE,
                          _Interrupt, hostile_result)

LAST = get_column_letter(len(FINDING_HEADERS))   # the last column of the findings sheet

S17 = "s17-complaint-control-8d"
HOSTILE = ['=HYPERLINK("http://evil.example","点我")', "+1+1", "-2+3", "@SUM(1)", "=cmd|' /C calc'!A0",
           "\t=1+1", "\r=1+1", "#N/A", "=1"]


def workbook(tmp_path, result=None, show=False, name="findings.xlsx"):
    summary, findings, unreadable = result or hostile_result()
    out = tmp_path / name
    write_report("xlsx", summary, findings, unreadable, out, show_personal_data=show)
    return load_workbook(out)


def records(ws) -> list[dict]:
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def every_cell(book):
    for ws in book:
        for row in ws.iter_rows():
            yield from row


# --- the workbook -------------------------------------------------------------------------------------------------

def test_sheets_header_filter_frozen_row_and_widths(tmp_path):
    book = workbook(tmp_path)
    assert book.sheetnames == ["发现", "汇总", "说明", "无法读取"]
    ws = book["发现"]
    assert [c.value for c in ws[1]] == FINDING_HEADERS
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{LAST}{ws.max_row}" and ws.max_row == 5          # header + 4 findings
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    assert len(widths) == len(FINDING_HEADERS) and all(6 <= w <= 62 for w in widths.values())
    assert widths["J"] > widths["E"]                                               # 说明 wider than 代码


def test_one_row_per_finding_with_file_row_column_and_everything_else(tmp_path):
    summary, findings, unreadable = hostile_result()
    findings[0]["column"] = "答复时间"
    rows = records(workbook(tmp_path, (summary, findings, unreadable))["发现"])
    assert len(rows) == 4
    first = rows[0]
    assert (first["文件"], first["行号"], first["列"], first["案件编号"]) == ("申诉导出.csv", 2, "答复时间", "SS-2025-001")
    assert (first["代码"], first["类别"], first["严重程度"], first["规则"]) == ("CK104", "超过时限", "错误",
                                                                       "reply-15-working-days")
    assert (first["条款"], first["应为"], first["实际"]) == ("第十七条", "2025-02-14 24:00", "2025-02-17 10:30")
    assert first["时限"] == "2025-02-15 00:00:00" and first["未完成"] == "否" and first["计算过程"] == TRACE
    assert PUBLIC_HOTLINE in first["原文"]                                        # catalog text, never masked
    assert first["链接"].startswith("https://site.example/")
    assert rows[3]["严重程度"] == "警告" and rows[3]["列"] is None


def test_case_data_is_masked_by_default_and_shown_when_asked(tmp_path):
    texts = "\n".join(str(c.value) for c in every_cell(workbook(tmp_path)) if c.value is not None)
    for raw, masked in ((PHONE, PHONE_MASKED), (ID_CARD, ID_MASKED), (EMAIL, EMAIL_MASKED)):
        assert raw not in texts and masked in texts
    assert "个人信息已遮盖" in texts
    shown = "\n".join(str(c.value) for c in every_cell(workbook(tmp_path, show=True, name="shown.xlsx"))
                      if c.value is not None)
    assert PHONE in shown and ID_CARD in shown and "--show-personal-data" in shown


@pytest.mark.parametrize("value", HOSTILE)
def test_values_a_spreadsheet_would_run_stay_text(tmp_path, value):
    summary, findings, unreadable = hostile_result()
    findings[0].update(actual=value, case=value, rule=value, message=value)
    unreadable[0]["reason"] = value
    book = workbook(tmp_path, (summary, findings, unreadable))
    assert not [c.coordinate for c in every_cell(book) if c.data_type in ("f", "e")]
    row = records(book["发现"])[0]
    assert row["实际"] == row["案件编号"] == row["规则"] == row["说明"] == value     # the text itself, no apostrophe
    cell = book["发现"]["L2"]
    assert cell.data_type == "s" and cell.quotePrefix == (value != "#N/A")
    assert records(book["无法读取"])[0]["原因"] == value


def test_text_that_is_no_formula_is_not_marked(tmp_path):
    book = workbook(tmp_path)
    cell = book["发现"]["D2"]
    assert cell.value == "SS-2025-001" and cell.data_type == "s" and not cell.quotePrefix


def test_case_numbers_are_text_and_row_numbers_numbers(tmp_path):
    summary, findings, unreadable = hostile_result()
    findings[0]["case"] = 110105199001011234567     # read from a spreadsheet as a number: kept whole, as text
    ws = workbook(tmp_path, (summary, findings, unreadable), show=True)["发现"]
    assert ws["D2"].value == "110105199001011234567" and ws["D2"].data_type == "s"
    assert ws["B2"].value == 2 and ws["B2"].data_type == "n"


def test_characters_xml_cannot_hold_become_replacement_characters(tmp_path):
    summary, findings, unreadable = hostile_result()
    findings[0]["actual"] = "坏\x00字\x0b符"
    assert records(workbook(tmp_path, (summary, findings, unreadable))["发现"])[0]["实际"] == "坏\ufffd字\ufffd符"


def test_summary_sheet_counts_per_kind_and_per_rule(tmp_path):
    rows = list(workbook(tmp_path)["汇总"].iter_rows(values_only=True))
    assert rows[0][0] == "发现 4 项问题，涉及 3 个案件"
    by_kind = {r[0]: r[3] for r in rows if r[0] and str(r[0]).startswith("CK")}
    assert by_kind == {"CK101": 0, "CK102": 1, "CK103": 0, "CK104": 1, "CK105": 1, "CK106": 1, "CK107": 0,
                       "CK108": 0, "CK109": 0}
    start = [r[0] for r in rows].index("按规则") + 2
    assert [(r[0], r[1], r[3]) for r in rows[start:]] == [
        ("article-10", "CK105", 1), ("channel", "CK102", 1), ("order", "CK106", 1),
        ("reply-15-working-days", "CK104", 1)]


def test_notes_sheet_says_what_was_checked(tmp_path):
    summary, findings, unreadable = hostile_result()
    summary.update(procedure_rules=5, procedure_rules_checked=4, open_cases=2,
                   checked_rules=[{"code": "CK104", "rule": "reply-15-working-days", "title": "答复时限",
                                   "clause": "第十七条"},
                                  {"code": "CK103", "rule": "major-to-manager", "title": "重大投诉由经理处理",
                                   "clause": "第五条", "applies_to": 0}])
    rows = list(workbook(tmp_path, (summary, findings, unreadable))["说明"].iter_rows(values_only=True))
    facts = {r[0]: r[1] for r in rows if r[0]}
    assert facts["读取与审计"] == "读取 7 行，审计 6 行，无法读取 1 行"
    assert (facts["读取行数"], facts["审计行数"], facts["无法读取行数"]) == (7, 6, 1)
    assert facts["检查范围"].startswith("制度规则 5 条，检查了 4 条")
    assert facts["未办结案件"].startswith("2 件")
    assert facts["个人信息"].startswith("个人信息已遮盖（姓名只留首字")
    assert ("CK104", "reply-15-working-days", "答复时限", "第十七条", "全部") in [r[:5] for r in rows]
    assert ("CK103", "major-to-manager", "重大投诉由经理处理", "第五条", 0) in [r[:5] for r in rows]   # ran on no case
    assert "实际没有检查任何案件：major-to-manager" in facts["检查范围"]
    assert ("visit", "回访", "导出中没有列：visited_at") in [r[:3] for r in rows]
    assert "已检查的规则（2 条）" in facts and "未检查的规则（1 条）" in facts


def test_no_findings_and_no_unreadable_rows(tmp_path):
    summary, _, _ = hostile_result()
    summary = {**summary, "rows_unreadable": 0, "rows_audited": 7, "findings": 0, "cases_with_findings": 0,
               "by_kind": {}, "by_rule": {}}
    book = workbook(tmp_path, (summary, [], []))
    assert book.sheetnames == ["发现", "汇总", "说明"]
    assert book["发现"].max_row == 1 and book["发现"].auto_filter.ref == f"A1:{LAST}1"
    assert "没有发现问题。" in [r[0] for r in book["汇总"].iter_rows(values_only=True)]


def test_interrupted_workbook_leaves_no_file(tmp_path):
    summary, findings, unreadable = hostile_result()
    interrupt = _Interrupt(tmp_path)
    findings[-1]["message"] = interrupt
    out = tmp_path / "findings.xlsx"
    with pytest.raises(KeyboardInterrupt):
        write_report("xlsx", summary, findings, unreadable, out)
    assert interrupt.seen_partial and list(tmp_path.iterdir()) == []


def test_many_findings_are_written_row_by_row(tmp_path):
    summary, findings, unreadable = hostile_result()
    many = [dict(findings[0], row=i, case=f"SS-{i}") for i in range(3000)]
    ws = workbook(tmp_path, (summary, many, unreadable))["发现"]
    assert ws.max_row == 3001 and ws["D3001"].value == "SS-2999" and ws.auto_filter.ref == f"A1:{LAST}3001"


# --- end to end: the export's own column names, case counts --------------------------------------------------------

@pytest.fixture
def audit(monkeypatch, capsys, catalog, tmp_path):
    monkeypatch.setattr("checker.catalog.load_catalog", lambda *args, **kwargs: catalog)

    def run(*argv):
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return run


@pytest.fixture
def wide(tmp_path):
    """S17 with its own headers: A-2 is late (verify 2 h after receipt), A-3 names a report S17 does not know."""
    export = tmp_path / "导出.csv"
    export.write_text("编号,受理时间,核实时间,回复报告\n"
                      "A-1,2025-03-04 09:00,2025-03-04 10:00,《8D报告》\n"
                      "A-2,2025-03-04 09:00,2025-03-04 12:00,《8D报告》\n"
                      "A-3,2025-03-04 09:00,2025-03-04 10:00,=HYPERLINK(\"http://evil.example\")\n", encoding="utf-8")
    mapping = tmp_path / "map.yaml"
    mapping.write_text(f"procedure: {S17}\ncolumns: {{编号: case_number, 受理时间: receive_at, 核实时间: verify_at, "
                       "回复报告: reply_report}\nvalues: {reply_report: {《8D报告》: eight_d_report}}\n", encoding="utf-8")
    return export, mapping


def test_audit_writes_the_workbook_with_the_exports_own_column_names(audit, wide, tmp_path):
    export, mapping = wide
    output = tmp_path / "findings.xlsx"
    code, out, err = audit("audit", export, "--procedure", S17, "--mapping", mapping, "--as-of", "2025-03-05",
                           "--format", "xlsx", "--output", output)
    assert code == 1 and out == "" and "报告已写入" in err
    book = load_workbook(output)
    rows = {(r["案件编号"], r["代码"]): r for r in records(book["发现"])}
    assert set(rows) == {("A-2", "CK104"), ("A-3", "CK102")}
    late, bad = rows["A-2", "CK104"], rows["A-3", "CK102"]
    assert (late["文件"], late["行号"], late["列"]) == ("导出.csv", 3, "核实时间")
    assert (bad["行号"], bad["列"], bad["实际"]) == (4, "回复报告", '=HYPERLINK("http://evil.example")')
    assert not [c.coordinate for c in every_cell(book) if c.data_type == "f"]
    notes = {r[0]: r[1] for r in book["说明"].iter_rows(values_only=True) if r[0]}
    assert notes["读取与审计"] == "读取 3 行，审计 3 行，无法读取 0 行"
    assert any(str(k).startswith("已检查的规则") for k in notes)


@pytest.mark.parametrize("fmt", ["json", "csv", "text", "html", "junit"])
def test_every_format_names_the_exports_own_column(audit, wide, tmp_path, fmt):
    export, mapping = wide
    output = tmp_path / f"report.{fmt}"
    audit("audit", export, "--procedure", S17, "--mapping", mapping, "--as-of", "2025-03-05", "--format", fmt,
          "--output", output)
    text = output.read_text(encoding="utf-8-sig")
    if fmt == "json":
        columns = {(f["case"], f["code"]): f["column"] for f in json.loads(text)["findings"]}
        assert columns == {("A-2", "CK104"): "核实时间", ("A-3", "CK102"): "回复报告"}
    elif fmt == "csv":
        found = [r for r in csv.DictReader(io.StringIO(text, newline="")) if r["记录"] == "发现"]
        assert {(r["案件编号"], r["列"]) for r in found} == {("A-2", "核实时间"), ("A-3", "回复报告")}
    elif fmt == "html":
        assert "导出列：</span>核实时间" in text and "导出列：</span>回复报告" in text
    else:
        assert "导出列：核实时间" in text and "导出列：回复报告" in text


def test_xlsx_to_a_terminal_is_refused(audit, wide, monkeypatch):
    export, mapping = wide
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    code, out, err = audit("audit", export, "--procedure", S17, "--mapping", mapping, "--format", "xlsx")
    assert code == 2 and "--output" in err and out == ""


EVENTS = ("case,activity,time,who\n"
          "S-1,受理,2025-03-04 09:00,甲\nS-1,核实,2025-03-04 10:00,乙\nS-1,核实,2025-03-04 10:30,乙\n"
          "S-2,受理,2025-03-04 09:00,甲\nS-2,核实,2025-03-04 12:00,乙\nS-2,备注,2025-03-04 12:30,乙\n")


def test_event_log_reports_give_cases_beside_rows_and_name_the_event_column(audit, tmp_path):
    log = tmp_path / "events.csv"
    log.write_text(EVENTS, encoding="utf-8")
    mapping = tmp_path / "events.yaml"
    mapping.write_text(f"procedure: {S17}\nevent_log:\n  case: case\n  activity: activity\n  time: time\n"
                       "  resource: who\n  activities: {受理: receive, 核实: verify}\n", encoding="utf-8")
    args = ["audit", log, "--procedure", S17, "--mapping", mapping, "--as-of", "2025-03-05"]
    _, out, _ = audit(*args, "--format", "json")
    report = json.loads(out)
    s = report["summary"]
    assert (s["event_log"], s["rows_read"], s["rows_audited"], s["cases_read"], s["cases_audited"]) == (True, 6, 6, 2, 2)
    assert counts_line(s) == "读取 6 行（2 个案件），审计 6 行（2 个案件），无法读取 0 行"
    [late] = report["findings"]
    assert (late["case"], late["column"]) == ("S-2", "time（核实）")
    _, out, _ = audit(*args, "--format", "text")
    assert "读取 6 行（2 个案件），审计 6 行（2 个案件），无法读取 0 行" in out.splitlines()
    _, out, _ = audit(*args, "--format", "junit")
    suite = etree.fromstring(out.encode(), etree.XMLParser(resolve_entities=False, no_network=True)).find("testsuite")
    assert [c.get("name") for c in suite.findall("testcase")] == ["S-2", "其余 1 个案件全部通过"]
    props = {p.get("name"): p.get("value") for p in suite.findall("properties/property")}
    assert (props["rows_read"], props["cases_read"], props["cases_audited"]) == ("6", "2", "2")
    output = tmp_path / "events.xlsx"
    audit(*args, "--format", "xlsx", "--output", output)
    notes = {r[0]: r[1] for r in load_workbook(output)["说明"].iter_rows(values_only=True) if r[0]}
    assert (notes["读取案件数"], notes["审计案件数"]) == (2, 2) and "事件日志" in notes["行的含义"]


def test_repeated_case_numbers_are_counted_as_cases(audit, tmp_path):
    """A flat export with one case on several rows: the findings' cases are distinct case numbers, not rows."""
    export = tmp_path / "flat.csv"
    export.write_text("case_number,receive_at,verify_at\n"
                      "A-1,2025-03-04 09:00,2025-03-04 12:00\nA-1,2025-03-04 09:00,2025-03-04 12:00\n"
                      "A-2,2025-03-04 09:00,2025-03-04 10:00\n", encoding="utf-8")
    _, out, _ = audit("audit", export, "--procedure", S17, "--as-of", "2025-03-05", "--format", "json")
    s = json.loads(out)["summary"]
    assert (s["event_log"], s["rows_audited"], s["cases_audited"], s["cases_with_findings"]) == (False, 3, 2, 1)
    assert counts_line(s) == "读取 3 行，审计 3 行（2 个案件），无法读取 0 行"


def test_counts_line_without_case_counts_is_as_before():
    summary, _, _ = hostile_result()
    assert counts_line(summary) == "读取 7 行，审计 6 行，无法读取 1 行"
    assert counts_line({**summary, "cases_read": 7, "cases_audited": 6, "event_log": False}) == \
        "读取 7 行，审计 6 行，无法读取 1 行"
