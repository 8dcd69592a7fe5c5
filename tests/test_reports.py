"""Reports in every format: escaping, personal-data masking, round trips, counts and atomic writes.

The audit result here is hand-made (plain data as `AuditResult.summary()` and `_finding` produce it), with a
case whose text is hostile (markup, a javascript: link) and holds a phone number, an ID number and an e-mail.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import os
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from checker.reports import FORMATS, write_report
from checker.reports import csvout, jsonout
from checker.reports.common import Report
from checker.reports.html import report_script, safe_href
from checker.reports.masking import mask, mask_value

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
PHONE, PHONE_MASKED = "13812345678", "138****5678"
ID_CARD, ID_MASKED = "11010519900101123X", "110105********123X"
EMAIL, EMAIL_MASKED = "zhang.san@example.com", "z***@example.com"
LANDLINE, LANDLINE_MASKED = "0755-26543210", "0755-****3210"
PUBLIC_HOTLINE = "010-66012345"   # a regulator's hotline quoted in a clause: catalog text, never masked
TRACE = "受理 2025-01-20(一) → 次日起算 → 跳过春节 01-28…02-04，计入调休 01-26、02-08 → 第15个工作日 02-14 24:00；实际答复 02-17，逾期1个工作日"
PROCEDURE = "s42-telecom-user-appeals"


def finding(case, kind, code, severity, rule, row, *, actual="", expected="", message="", url=None, **extra):
    return {
        "case": case, "kind": kind, "code": code, "severity": severity, "procedure": PROCEDURE, "rule": rule,
        "clause": extra.pop("clause", "第十条"), "quote": extra.pop("quote", "申诉受理机构不予受理的情形……"),
        "expected": expected, "actual": actual, "message": message, "file": "/data/申诉导出.csv", "row": row,
        "url": url or f"https://site.example/procedures/{PROCEDURE}.html#rule-{rule}", **extra,
    }


def hostile_result():
    """summary, findings, unreadable: 7 rows read, 6 audited, 1 unreadable; 3 cases with findings."""
    hostile = f"{SCRIPT} {IMG} 联系 {PHONE} 身份证 {ID_CARD} 邮箱 {EMAIL} 座机 {LANDLINE}"
    findings = [
        finding("SS-2025-001", "missed-deadline", "CK104", "error", "reply-15-working-days", 2,
                actual="2025-02-17 10:30", expected="2025-02-14 24:00",
                message="答复时限：时限 2025-02-14 24:00，实际 2025-02-17 10:30",
                clause="第十七条", quote=f"自受理之日起十五个工作日内答复。咨询电话 {PUBLIC_HOTLINE}",
                open=False, deadline="2025-02-15 00:00:00", trace=TRACE),
        finding(PHONE, "invalid-value", "CK102", "error", "channel", 3,
                actual=hostile, expected="电话、信函、网站",
                message=f"申诉渠道的取值“{hostile}”无效，应为：电话、信函、网站",
                url="javascript:alert(1)"),
        finding(PHONE, "ineligible", "CK105", "warning", "article-10", 3, message="符合不予受理情形：已进入诉讼程序"),
        finding("SS-2025-004", "out-of-order", "CK106", "warning", "order", 5,
                actual="答复时间", expected="受理时间", message="答复时间早于受理时间", url="procedures/x.html#rule-order"),
    ]
    unreadable = [{"file": "/data/申诉导出.csv", "row": 7, "column": "accepted_at",
                   "reason": f"无法识别的日期时间：{PHONE}", "case": "SS-2025-006"}]
    summary = {
        "procedure": PROCEDURE, "procedure_title": "电信用户申诉处理办法", "exports": ["/data/申诉导出.csv"],
        "as_of": "2025-03-01 00:00", "rows_read": 7, "rows_audited": 6, "rows_unreadable": 1,
        "findings": len(findings), "cases_with_findings": 3,
        "by_kind": {"missed-deadline": 1, "invalid-value": 1, "ineligible": 1, "out-of-order": 1},
        "by_rule": {"reply-15-working-days": 1, "channel": 1, "article-10": 1, "order": 1},
        "skipped_rules": [{"rule": "visit", "title": "回访", "reason": "导出中没有列：visited_at"}],
    }
    return summary, findings, unreadable


def render(fmt, tmp_path, show=False, result=None) -> str:
    """The report as text (the XLSX workbook: every cell's text, a line each; tests/test_reports_xlsx.py reads it
    as a workbook)."""
    summary, findings, unreadable = result or hostile_result()
    out = tmp_path / f"report.{fmt}"
    write_report(fmt, summary, findings, unreadable, out, show_personal_data=show)
    if fmt == "xlsx":
        from openpyxl import load_workbook

        return "\n".join(str(c.value) for ws in load_workbook(out) for row in ws.iter_rows() for c in row
                         if c.value is not None)
    data = out.read_bytes()
    return data.decode("utf-8-sig")


# --- masking ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, masked", [
    ("13812345678", "138****5678"),
    ("电话：138-1234-5678。", "电话：138****5678。"),
    ("+86 139 1234 5678", "+86 139****5678"),
    ("010-12345678", "010-****5678"),
    ("(021)62345678", "(021)****5678"),
    ("（0755）2654321", "（0755）****4321"),
    ("110105199001011234", "110105********1234"),
    ("证件11010519900101123x号", "证件110105********123x号"),
    ("zhang@example.com", "z***@example.com"),
    ("邮箱 13812345678@163.com。", "邮箱 1***@163.com。"),
    ("张三 138 1234 5678 zs@qq.com", "张三 138****5678 z***@qq.com"),
])
def test_mask_hides_personal_data(raw, masked):
    assert mask(raw) == masked


@pytest.mark.parametrize("text", [
    "2025-01-20 09:05", "2025/3/4 9:05", "2025年3月4日 09:05", TRACE, "SS-2025-001", "TS202501200930150001",
    "20250120090512", "金额 1380.50 元", "第15个工作日", "12345", "CK104",
])
def test_mask_leaves_ordinary_case_text_alone(text):
    assert mask(text) == text


def test_mask_value_handles_numbers_read_from_spreadsheets():
    assert mask_value(13812345678) == PHONE_MASKED
    assert mask_value(42) == 42
    assert mask_value(None) is None
    assert mask_value(True) is True


PERSONAL = [(PHONE, PHONE_MASKED), (ID_CARD, ID_MASKED), (EMAIL, EMAIL_MASKED), (LANDLINE, LANDLINE_MASKED)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_masks_personal_data_by_default(fmt, tmp_path):
    text = render(fmt, tmp_path)
    for raw, masked in PERSONAL:
        assert raw not in text
        assert masked in text
    if fmt in ("json", "csv", "html", "xlsx"):     # the formats that carry the clause's quote
        assert PUBLIC_HOTLINE in text              # catalog text is kept as written


@pytest.mark.parametrize("fmt", FORMATS)
def test_show_personal_data_turns_masking_off(fmt, tmp_path):
    text = render(fmt, tmp_path, show=True)
    for raw, masked in PERSONAL:
        assert raw in text
        assert masked not in text


def test_masking_covers_case_number_and_unreadable_reason():
    summary, findings, unreadable = hostile_result()
    report = Report(summary, findings, unreadable)
    cases = [g.case for g in report.cases()]
    assert PHONE_MASKED in cases and PHONE not in cases
    assert [u["reason"] for u in report.unreadable()] == [f"无法识别的日期时间：{PHONE_MASKED}"]
    assert findings[1]["case"] == PHONE, "masking must not change the caller's data"


# --- JSON ------------------------------------------------------------------------------------------------

def test_json_round_trips_when_personal_data_is_shown(tmp_path):
    summary, findings, unreadable = hostile_result()
    data = json.loads(render("json", tmp_path, show=True))
    assert data == {"summary": {**summary, "personal_data_masked": False}, "findings": findings,
                    "unreadable": unreadable}


def test_json_masks_only_case_data(tmp_path):
    summary, findings, unreadable = hostile_result()
    data = json.loads(render("json", tmp_path))
    assert data["summary"]["personal_data_masked"] is True
    masked = data["findings"][1]
    assert masked["case"] == PHONE_MASKED
    assert SCRIPT in masked["actual"] and IMG in masked["actual"]    # JSON carries text as it is
    assert {k: v for k, v in masked.items() if k not in ("case", "actual", "message")} == \
        {k: v for k, v in findings[1].items() if k not in ("case", "actual", "message")}
    assert PUBLIC_HOTLINE in data["findings"][0]["quote"]
    assert data["findings"][0]["trace"] == TRACE


def test_json_with_no_findings_is_valid(tmp_path):
    summary, _, _ = hostile_result()
    data = json.loads(render("json", tmp_path, result=(summary, [], [])))
    assert data["findings"] == [] and data["unreadable"] == []


class _Recorder(io.StringIO):
    def __init__(self):
        super().__init__()
        self.largest = 0

    def write(self, s):
        self.largest = max(self.largest, len(s))
        return super().write(s)


def test_json_streams_findings_one_at_a_time():
    summary, findings, unreadable = hostile_result()
    many = [dict(findings[0], row=i) for i in range(5000)]
    stream = _Recorder()
    jsonout.write(stream, Report(summary, many, unreadable))
    assert len(json.loads(stream.getvalue())["findings"]) == 5000
    assert len(stream.getvalue()) > 2_000_000
    assert stream.largest < 2_000          # no write holds more than one finding



def test_json_writes_what_the_fast_encoder_refuses_through_json():
    """orjson refuses integers beyond 64 bits (a number cell can hold one); json writes them, and datetimes
    are written as str() writes them either way."""
    from datetime import datetime

    summary, findings, unreadable = hostile_result()
    odd = [dict(findings[0], case=2**70, actual=datetime(2025, 3, 4, 9, 5))]
    stream = io.StringIO()
    jsonout.write(stream, Report(summary, odd, unreadable, show_personal_data=True))
    written = json.loads(stream.getvalue())["findings"][0]
    assert written["case"] == 2**70 and written["actual"] == "2025-03-04 09:05:00"

# --- CSV -------------------------------------------------------------------------------------------------

def test_csv_has_bom_fixed_columns_and_accounts_for_every_row(tmp_path):
    render("csv", tmp_path)
    raw = (tmp_path / "report.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == csvout.HEADERS
    records = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert all(len(r) == len(csvout.HEADERS) for r in rows)
    kinds = [r["记录"] for r in records]
    assert kinds.count("发现") == 4 and kinds.count("无法读取") == 1 and kinds.count("汇总") == 1
    assert records[0]["说明"] == "读取 7 行，审计 6 行，无法读取 1 行"
    deadline = next(r for r in records if r["代码"] == "CK104")
    assert deadline["计算过程"] == TRACE and deadline["未完成"] == "否" and deadline["类别"] == "超过时限"
    bad = next(r for r in records if r["记录"] == "无法读取")
    assert (bad["行号"], bad["列"], bad["案件编号"]) == ("7", "accepted_at", "SS-2025-006")


def test_csv_neutralises_spreadsheet_formulas(tmp_path):
    summary, findings, unreadable = hostile_result()
    findings[0]["actual"] = '=HYPERLINK("http://evil.example","点我")'
    render("csv", tmp_path, result=(summary, findings, unreadable))
    records = list(csv.DictReader(io.StringIO((tmp_path / "report.csv").read_text("utf-8-sig"), newline="")))
    assert next(r for r in records if r["代码"] == "CK104")["实际"] == "'" + findings[0]["actual"]


# --- HTML ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
    "\x01javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd",
    "", None,
])
def test_safe_href_refuses_other_schemes(url):
    assert safe_href(url) is None


@pytest.mark.parametrize("url", [
    "https://site.example/procedures/a.html#rule-x", "http://intranet/a.html", "procedures/a.html#rule-x",
    "../procedures/a.html", "#rule-x",
])
def test_safe_href_allows_web_and_relative_links(url):
    assert safe_href(url) == url


def test_html_shows_hostile_text_as_text(tmp_path):
    page = render("html", tmp_path)
    assert SCRIPT not in page and "<img" not in page and 'href="javascript' not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    tree = lxml_html.fromstring(page)
    assert tree.xpath("//img | //iframe | //object | //embed | //@onerror | //@src") == []
    # the only script is the report's own filter, as written in report.js, and the CSP allows it alone
    assert [s.text for s in tree.xpath("//script")] == [report_script()[0]]
    assert tree.xpath("//link") == []                                   # no external stylesheet
    hrefs = tree.xpath("//a/@href")
    assert hrefs and all(h.startswith(("https://", "http://", "procedures/")) for h in hrefs)
    text = tree.text_content()
    assert SCRIPT in text and IMG in text and "javascript:alert(1)" in text   # shown, not linked
    csp = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp and "default-src 'none'" in csp[0]
    directives = dict(d.strip().split(" ", 1) for d in csp[0].split(";"))
    assert directives["script-src"] == f"'{report_script()[1]}'"          # no 'unsafe-inline' for scripts


def test_html_report_content(tmp_path):
    page = render("html", tmp_path)
    tree = lxml_html.fromstring(page)
    text = " ".join(tree.text_content().split())
    assert "读取 7 行，审计 6 行，无法读取 1 行" in text
    cases = tree.xpath("//section[@class='case']")
    assert [" ".join(c.xpath("string(h3)").split()) for c in cases] == [
        "案件 SS-2025-001 申诉导出.csv 第 2 行", f"案件 {PHONE_MASKED} 申诉导出.csv 第 3 行",
        "案件 SS-2025-004 申诉导出.csv 第 5 行"]
    assert len(cases[1].xpath(".//div[@class='finding']")) == 2
    first = cases[0]
    assert first.xpath("string(.//p[@class='trace'])") == TRACE
    details = first.xpath(".//details")
    assert len(details) == 1 and details[0].get("open") is None and PUBLIC_HOTLINE in details[0].text_content()
    assert first.xpath(".//a/@href") == [f"https://site.example/procedures/{PROCEDURE}.html#rule-reply-15-working-days"]
    by_kind = {r.xpath("string(td[1])"): r.xpath("string(td[4])") for r in tree.xpath("//table[1]/tbody/tr")}
    assert by_kind["CK104"] == "1" and by_kind["CK101"] == "0" and len(by_kind) == 9
    assert "无法识别的日期时间" in text and "导出中没有列：visited_at" in text
    assert "@page" in page and "size: A4" in page


def test_html_filter_form_is_hidden_until_its_script_runs(tmp_path):
    """Without JavaScript the page is the full report: the form stays hidden and every finding is shown."""
    tree = lxml_html.fromstring(render("html", tmp_path))
    [form] = tree.xpath("//form[@id='filter']")
    assert form.get("hidden") is not None
    options = {s.get("name"): [(o.get("value"), " ".join(o.text_content().split())) for o in s.xpath("option")]
               for s in form.xpath(".//select")}
    assert options["code"] == [("", "全部"), ("CK102", "CK102 取值无效（1）"), ("CK104", "CK104 超过时限（1）"),
                               ("CK105", "CK105 不应受理而受理（1）"), ("CK106", "CK106 环节顺序颠倒（1）")]
    assert [v for v, _ in options["severity"]] == ["", "error", "warning"]
    assert [v for v, _ in options["rule"]] == ["", "article-10", "channel", "order", "reply-15-working-days"]
    assert form.xpath(".//input[@type='search']/@name") == ["q"]
    findings = tree.xpath("//div[@class='finding']")
    assert [(f.get("data-code"), f.get("data-severity"), f.get("data-rule")) for f in findings] == [
        ("CK104", "error", "reply-15-working-days"), ("CK102", "error", "channel"), ("CK105", "warning", "article-10"),
        ("CK106", "warning", "order")]
    assert not tree.xpath("//*[@hidden and not(self::form)]")


@pytest.mark.browser
def test_html_filter_and_search_in_chromium(tmp_path, browser):
    path = tmp_path / "report.html"
    path.write_text(render("html", tmp_path), encoding="utf-8")
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)   # a CSP refusal, say
    visible = """() => [...document.querySelectorAll('div.finding')].filter(f => f.offsetParent !== null)
                       .map(f => f.getAttribute('data-code'))"""
    try:
        page.goto(path.as_uri(), wait_until="load")
        assert page.is_visible("#filter") and page.inner_text("#filter-count") == "共 4 项"
        page.select_option("select[name=code]", "CK102")
        assert page.evaluate(visible) == ["CK102"] and page.inner_text("#filter-count") == "显示 1 / 4 项"
        page.select_option("select[name=code]", "")
        page.select_option("select[name=severity]", "warning")
        assert page.evaluate(visible) == ["CK105", "CK106"]
        page.select_option("select[name=rule]", "order")
        assert page.evaluate(visible) == ["CK106"]
        assert page.evaluate("() => [...document.querySelectorAll('section.case')].filter(s => !s.hidden).length") == 1
        page.click("button[type=reset]")
        page.fill("input[name=q]", "ss-2025-001")          # the case number, whatever the case of the letters
        page.wait_for_timeout(400)
        assert page.evaluate(visible) == ["CK104"]
        page.fill("input[name=q]", "<script>alert(1)")     # hostile text is searched as text
        page.press("input[name=q]", "Enter")               # no navigation: the form is never submitted
        page.wait_for_timeout(400)
        assert page.evaluate(visible) == ["CK102"] and page.url == path.as_uri()
        assert errors == []
    finally:
        page.close()
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(path.as_uri(), wait_until="load")
        assert not page.is_visible("#filter") and len(page.evaluate(visible)) == 4
    finally:
        context.close()


# --- text ------------------------------------------------------------------------------------------------

def test_text_groups_findings_by_case(tmp_path):
    text = render("text", tmp_path)
    lines = text.splitlines()
    assert "读取 7 行，审计 6 行，无法读取 1 行" in lines
    headers = [l for l in lines if l.startswith("案件 ")]
    assert headers == ["案件 SS-2025-001（申诉导出.csv 第 2 行）", f"案件 {PHONE_MASKED}（申诉导出.csv 第 3 行）",
                       "案件 SS-2025-004（申诉导出.csv 第 5 行）"]
    second = lines.index(headers[1])
    assert lines[second + 1].startswith("  CK102 错误  申诉渠道的取值")
    assert "      依据：第十七条" in lines and f"      计算：{TRACE}" in lines
    assert any(l.startswith("  CK105 警告  符合不予受理情形") for l in lines)
    assert "  visit 回访：导出中没有列：visited_at" in lines


def test_text_does_not_pass_terminal_escapes_through(tmp_path):
    summary, findings, unreadable = hostile_result()
    findings[0]["message"] = "正常\x1b[2J\x1b]0;pwned\x07文本"
    text = render("text", tmp_path, result=(summary, findings, unreadable))
    assert "\x1b" not in text and "\x07" not in text
    assert "正常\\x1b[2J\\x1b]0;pwned\\x07文本" in text


# --- JUnit -----------------------------------------------------------------------------------------------

SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True)


def test_junit_has_one_testcase_per_case(tmp_path):
    render("junit", tmp_path)
    root = etree.parse(str(tmp_path / "report.junit"), SAFE_XML).getroot()
    suites = root.findall("testsuite")
    assert root.tag == "testsuites" and len(suites) == 1
    suite = suites[0]
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["SS-2025-001", PHONE_MASKED, "SS-2025-004", "SS-2025-006（无法读取）",
                                              "其余 3 行全部通过"]
    assert {c.get("classname") for c in cases} == {PROCEDURE}
    assert len(suite.findall("testcase/failure")) == 2                  # the two error findings
    assert len(suite.findall("testcase/error")) == 1                    # the unreadable row
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("5", "2", "1")
    warn_only = cases[2]
    assert warn_only.find("failure") is None and "答复时间早于受理时间" in warn_only.findtext("system-out")
    assert "符合不予受理情形" in cases[1].findtext("system-out")        # a warning beside a failure
    assert TRACE in cases[0].findtext("failure")
    assert cases[4].find("properties/property").attrib == {"name": "rows", "value": "3"}
    props = {p.get("name"): p.get("value") for p in suite.findall("properties/property")}
    assert (props["rows_read"], props["rows_audited"], props["rows_unreadable"]) == ("7", "6", "1")
    assert cases[1].find("failure").get("message").startswith(f"申诉渠道的取值“{SCRIPT}")   # escaped by lxml, parsed back


def test_junit_survives_characters_xml_cannot_hold(tmp_path):
    summary, findings, unreadable = hostile_result()
    findings[0]["actual"] = "坏\x00字\x0b符"
    findings[0]["case"] = "SS\x1f001"
    render("junit", tmp_path, result=(summary, findings, unreadable))
    root = etree.parse(str(tmp_path / "report.junit"), SAFE_XML).getroot()
    assert "坏\ufffd字\ufffd符" in root.find(".//failure").text
    assert root.find(".//testcase").get("name") == "SS\ufffd001"


def test_junit_names_repeated_or_missing_case_numbers_by_row(tmp_path):
    summary, findings, unreadable = hostile_result()
    findings = [
        finding("SS-9", "duplicate-case", "CK107", "error", "case-number", 4, actual="SS-9", expected="2",
                message="案件编号 SS-9 重复出现（第 2 行）"),
        finding("SS-9", "missing-field", "CK101", "error", "result", 2, message="处理结果为空"),
        finding(None, "invalid-value", "CK102", "error", "replied_at", 6, message="答复时间应为日期时间"),
    ]
    render("junit", tmp_path, result=(summary, findings, []))
    suite = etree.parse(str(tmp_path / "report.junit"), SAFE_XML).getroot().find("testsuite")
    assert [c.get("name") for c in suite.findall("testcase")] == [
        "SS-9（申诉导出.csv 第 2 行）", "SS-9（申诉导出.csv 第 4 行）", "案件编号为空", "其余 3 行全部通过"]


def test_junit_all_rows_passing(tmp_path):
    summary, _, _ = hostile_result()
    summary = {**summary, "rows_unreadable": 0, "rows_audited": 7, "findings": 0, "cases_with_findings": 0}
    render("junit", tmp_path, result=(summary, [], []))
    suite = etree.parse(str(tmp_path / "report.junit"), SAFE_XML).getroot().find("testsuite")
    assert [c.get("name") for c in suite.findall("testcase")] == ["其余 7 行全部通过"]
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("1", "0", "0")


# --- output: stdout and atomic files ---------------------------------------------------------------------

@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "xlsx"])   # the workbook: tests/test_reports_xlsx.py
def test_report_to_stdout(fmt, capsys):
    summary, findings, unreadable = hostile_result()
    write_report(fmt, summary, findings, unreadable, None)
    out = capsys.readouterr().out
    assert "7" in out and PHONE_MASKED in out and PHONE not in out
    if fmt == "json":
        assert json.loads(out)["summary"]["rows_read"] == 7
    if fmt == "junit":
        assert etree.fromstring(out.encode(), SAFE_XML).tag == "testsuites"


class _Interrupt:
    """A value that interrupts the run (as Ctrl-C would) when a report writer turns it into text."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.seen_partial = None

    def __str__(self):
        self.seen_partial = [p.name for p in self.folder.iterdir() if p.name.endswith(".part")]
        raise KeyboardInterrupt


@pytest.mark.parametrize("fmt", FORMATS)
def test_interrupted_write_leaves_no_report(fmt, tmp_path):
    summary, findings, unreadable = hostile_result()
    interrupt = _Interrupt(tmp_path)
    findings[-1]["message"] = interrupt
    out = tmp_path / f"report.{fmt}"
    with pytest.raises(KeyboardInterrupt):
        write_report(fmt, summary, findings, unreadable, out)
    assert interrupt.seen_partial and len(interrupt.seen_partial) == 1   # it was writing when interrupted
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []                              # the temporary file is gone too


@pytest.mark.parametrize("fmt", FORMATS)
def test_interrupted_rewrite_keeps_previous_report(fmt, tmp_path):
    out = tmp_path / f"report.{fmt}"
    out.write_bytes(b"previous report")
    summary, findings, unreadable = hostile_result()
    findings[-1]["message"] = _Interrupt(tmp_path)
    with pytest.raises(KeyboardInterrupt):
        write_report(fmt, summary, findings, unreadable, out)
    assert out.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_new_report_gets_ordinary_permissions(tmp_path):
    out = tmp_path / "sub" / "report.html"
    summary, findings, unreadable = hostile_result()
    write_report("html", summary, copy.deepcopy(findings), unreadable, out)
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
    assert [p.name for p in out.parent.iterdir()] == ["report.html"]


def test_unknown_format_is_refused(tmp_path):
    summary, findings, unreadable = hostile_result()
    with pytest.raises(ValueError, match="未知的报告格式"):
        write_report("pdf", summary, findings, unreadable, tmp_path / "r.pdf")
    assert list(tmp_path.iterdir()) == []


# --- in a real browser -----------------------------------------------------------------------------------

@pytest.mark.browser
@pytest.mark.parametrize("keep_csp", [True, False], ids=["as-written", "without-csp"])
def test_html_report_runs_no_injected_script_in_chromium(tmp_path, browser, keep_csp):
    """Opened from file:// in Debian's chromium: no dialog, no injected node. Without its CSP too, so that
    the test proves the escaping itself and not only the policy."""
    page_html = render("html", tmp_path)
    if not keep_csp:
        tree = lxml_html.fromstring(page_html)
        for meta in tree.xpath("//meta[@http-equiv='Content-Security-Policy']"):
            meta.getparent().remove(meta)
        page_html = lxml_html.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>")
    path = tmp_path / "report.html"
    path.write_text(page_html, encoding="utf-8")

    dialogs: list[str] = []
    page = browser.new_page()
    try:
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri(), wait_until="load")
        page.wait_for_timeout(300)
        assert dialogs == []
        counts = page.evaluate("""() => ({
            scripts: document.querySelectorAll('script').length,
            imgs: document.querySelectorAll('img').length,
            handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
            jsLinks: [...document.querySelectorAll('a')].filter(a => a.protocol === 'javascript:').length,
            links: document.querySelectorAll('a').length,
        })""")
        assert counts == {"scripts": 1, "imgs": 0, "handlers": 0, "jsLinks": 0, "links": 3}   # 1: the filter
        body = page.inner_text("body")
        assert SCRIPT in body and IMG in body and "javascript:alert(1)" in body
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF")
        # The listener works: a dialog opened on purpose is seen (so an injected one would have been).
        page.evaluate("() => alert('probe')")
        assert dialogs == ["probe"]
    finally:
        page.close()
