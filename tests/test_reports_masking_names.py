"""Names and addresses masked by default in every report format: the values of the fields the vocabulary marks
personal (`personal: true`: 投诉人, 地址…), and of any column fed by an export header that names one (客户姓名,
联系地址 mapped to another field still hold names and addresses). A name keeps its first character (张**), an
address its divisions down to the district; `--show-personal-data` shows them.

Phone numbers, ID numbers and e-mail addresses found anywhere are tests/test_hostile_privacy.py's and
tests/test_hostile_masking_spellings.py's.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pytest
from openpyxl import load_workbook

from checker.checks.base import AuditContext, CompiledRule, finding
from checker.cli import main
from checker.reports import FORMATS, write_report
from checker.reports.common import Report, masking_note
from checker.reports.masking import (ADDRESS, CONTACT, NAME, mask_address, mask_name, mask_personal,
                                     personal_style)
from checker.sql import TRUE

from test_reports import hostile_result

S17, S48 = "s17-complaint-control-8d", "s48-pcb-customer-complaints"
NAME_RAW, NAME_MASKED = "张三丰", "张**"
ADDRESS_RAW, ADDRESS_MASKED = "广东省深圳市南山区科技园南路1号", "广东省深圳市南山区*******"


# --- the masks ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, masked", [
    ("张三丰", "张**"), ("张三", "张*"), ("欧阳娜娜", "欧***"), ("张", "*"), (" 李四 ", "李*"), ("John Smith", "J*** *****"),
])
def test_a_name_keeps_its_first_character(raw, masked):
    assert mask_name(raw) == masked


@pytest.mark.parametrize("raw, masked", [
    ("北京市朝阳区建国路88号", "北京市朝阳区******"),
    ("广东省深圳市南山区科技园1号", "广东省深圳市南山区*****"),
    ("上海市浦东新区世纪大道100号", "上海市浦东新区********"),
    ("江苏省苏州市昆山市玉山镇", "江苏省苏州市昆山市***"),
    ("内蒙古自治区呼和浩特市赛罕区大学路", "内蒙古自治区呼和浩特市赛罕区***"),
    ("南山区粤海街道10栋501", "南山区**********"),
    ("科技园10栋501", "科********"),                 # no division: like a name
    ("朝阳区", "朝**"),                               # nothing after the division: still masked
    ("12 Baker Street", "1* ***** ******"),
])
def test_an_address_keeps_its_divisions_down_to_the_district(raw, masked):
    assert mask_address(raw) == masked


def test_contact_values_use_their_patterns_and_hide_what_they_miss():
    assert mask_personal(CONTACT, "13812345678") == "138****5678"
    assert mask_personal(CONTACT, "138-12") == "1*****"                # too short for the pattern: still hidden
    assert mask_personal(NAME, 12345) == "1****"                       # a number read from a spreadsheet
    assert mask_personal(NAME, None) is None and mask_personal(NAME, "") == ""


@pytest.mark.parametrize("field, label, kind, style", [
    ("complainant", "投诉人", "text", NAME), ("address", "地址", "text", ADDRESS),
    ("contact_phone", "联系电话", "phone", CONTACT), ("id_number", "身份证号", "idcard", CONTACT),
    ("email", "电子邮箱", "email", CONTACT), ("home", "住址", "text", ADDRESS),
])
def test_the_style_follows_the_vocabulary(field, label, kind, style):
    assert personal_style(field, label, kind) == style


def test_the_vocabulary_marks_names_and_addresses_personal(catalog):
    assert catalog.is_personal("complainant") and catalog.is_personal("address")
    assert not catalog.is_personal("customer") and not catalog.is_personal("case_number")


# --- a finding about a personal column --------------------------------------------------------------------------

def _context(catalog, personal):
    return AuditContext(catalog.procedures[S17], ["/data/导出.csv"], datetime(2025, 3, 5), "https://site.example/",
                        None, headers=[{"complainant": "客户姓名", "reply_report": "回复报告"}], personal=personal)


def test_a_finding_on_a_personal_column_says_how_to_mask_it(catalog):
    ctx = _context(catalog, {"complainant": NAME})
    rule = CompiledRule("invalid-value", "complainant", "投诉人取值", TRUE, ["complainant"], None, "投诉人")
    f = finding(ctx, rule, record=1, file_index=0, row=2, case="A-1", actual=NAME_RAW, expected="x")
    assert (f["personal"], f["column"], f["actual"]) == (NAME, "客户姓名", NAME_RAW)   # the data itself is kept
    empty = finding(ctx, rule, record=1, file_index=0, row=2, case="A-1", actual="", expected="x")
    assert "personal" not in empty                                                    # nothing to mask
    other = CompiledRule("invalid-value", "reply_report", "回复报告取值", TRUE, ["reply_report"], None, "回复报告")
    f = finding(ctx, other, record=1, file_index=0, row=2, case="A-1", actual="x", expected="y")
    assert "personal" not in f and f["column"] == "回复报告"


def personal_result():
    summary, findings, unreadable = hostile_result()
    base = findings[1]
    findings = [
        {**base, "case": "SS-1", "rule": "complainant", "actual": NAME_RAW, "personal": NAME, "row": 2,
         "message": f"投诉人的取值“{NAME_RAW}”无效，应为：电话、信函、网站", "column": "客户姓名"},
        {**base, "case": "SS-2", "rule": "address", "actual": ADDRESS_RAW, "personal": ADDRESS, "row": 3,
         "message": f"地址的取值“{ADDRESS_RAW}”无效，应为：电话、信函、网站", "column": "联系地址"},
    ]
    return {**summary, "findings": 2, "cases_with_findings": 2}, findings, []


def _text(fmt, path) -> str:
    if fmt == "xlsx":
        return "\n".join(str(c.value) for ws in load_workbook(path) for row in ws.iter_rows() for c in row
                         if c.value is not None)
    return path.read_bytes().decode("utf-8-sig")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_masks_names_and_addresses_by_default(fmt, tmp_path):
    summary, findings, unreadable = personal_result()
    out = tmp_path / f"report.{fmt}"
    write_report(fmt, summary, findings, unreadable, out)
    text = _text(fmt, out)
    assert NAME_RAW not in text and ADDRESS_RAW not in text
    assert f"“{NAME_MASKED}”无效" in text and f"“{ADDRESS_MASKED}”无效" in text      # the message too
    if fmt not in ("text", "junit"):                                                   # the formats with 实际
        assert NAME_MASKED in text.replace(f"“{NAME_MASKED}”", "")
    if fmt in ("text", "html", "xlsx"):                   # the formats with a masking note
        assert "姓名只留首字" in text
    assert findings[0]["actual"] == NAME_RAW, "masking must not change the caller's data"


@pytest.mark.parametrize("fmt", FORMATS)
def test_show_personal_data_shows_names_and_addresses(fmt, tmp_path):
    summary, findings, unreadable = personal_result()
    out = tmp_path / f"report.{fmt}"
    write_report(fmt, summary, findings, unreadable, out, show_personal_data=True)
    text = _text(fmt, out)
    assert NAME_RAW in text and ADDRESS_RAW in text and NAME_MASKED not in text


def test_contact_patterns_in_a_personal_value_are_masked_too():
    summary, findings, _ = personal_result()
    findings[0].update(actual=f"{NAME_RAW} 13812345678", message=f"取值“{NAME_RAW} 13812345678”无效")
    [masked, _] = Report(summary, findings, []).findings()
    assert masked["actual"] == "张** ***********" and "13812345678" not in masked["message"]


def test_masking_note_names_what_is_masked():
    assert masking_note({"personal_data_masked": True}).startswith(
        "个人信息已遮盖（姓名只留首字、地址只留到区县，手机号、固定电话、身份证号、电子邮箱部分遮盖）")
    assert "--show-personal-data" in masking_note({"personal_data_masked": False})


# --- end to end: a name column and an address column mapped onto fields with options ------------------------------

@pytest.fixture
def audit(monkeypatch, capsys, catalog, tmp_path):
    monkeypatch.setattr("checker.catalog.load_catalog", lambda *args, **kwargs: catalog)

    def run(export, mapping, procedure, fmt, *extra):
        output = tmp_path / f"report.{fmt}"
        code = main(["audit", str(export), "--procedure", procedure, "--mapping", str(mapping), "--as-of",
                     "2025-03-31", "--format", fmt, "--output", str(output), *extra])
        err = capsys.readouterr().err
        assert code in (0, 1), err
        assert NAME_RAW not in err and ADDRESS_RAW not in err
        return _text(fmt, output) if fmt == "xlsx" else output.read_bytes().decode("utf-8-sig")

    return run


@pytest.fixture
def s17_names(tmp_path):
    """S17's report field fed by the export's 客户姓名 column (the review's mistake: names in a field's values)."""
    export = tmp_path / "s17.csv"
    export.write_text("case_number,receive_at,verify_at,客户姓名\n"
                      f"A-1,2025-03-04 09:00,2025-03-04 10:00,{NAME_RAW}\n", encoding="utf-8")
    mapping = tmp_path / "s17.yaml"
    mapping.write_text(f"procedure: {S17}\ncolumns: {{客户姓名: reply_report}}\n", encoding="utf-8")
    return export, mapping


@pytest.fixture
def s48_addresses(tmp_path):
    export = tmp_path / "s48.csv"
    export.write_text("case_number,loss_caused,联系地址,register_at\n"
                      f"2503001,false,{ADDRESS_RAW},2025-03-04 09:00\n", encoding="utf-8")
    mapping = tmp_path / "s48.yaml"
    mapping.write_text(f"procedure: {S48}\ncolumns: {{联系地址: category}}\n", encoding="utf-8")
    return export, mapping


@pytest.mark.parametrize("fmt", FORMATS)
def test_audit_masks_a_name_column_in_every_format(audit, s17_names, fmt):
    text = audit(*s17_names, S17, fmt)
    assert NAME_RAW not in text and NAME_MASKED in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_audit_masks_an_address_column_in_every_format(audit, s48_addresses, fmt):
    text = audit(*s48_addresses, S48, fmt)
    assert ADDRESS_RAW not in text and ADDRESS_MASKED in text


def test_audit_shows_them_when_asked(audit, s17_names, s48_addresses):
    report = json.loads(audit(*s17_names, S17, "json", "--show-personal-data"))
    [f] = [f for f in report["findings"] if f["code"] == "CK102"]
    assert (f["actual"], f["column"], f["personal"]) == (NAME_RAW, "客户姓名", NAME)
    rows = csv.DictReader(io.StringIO(audit(*s48_addresses, S48, "csv", "--show-personal-data"), newline=""))
    assert ADDRESS_RAW in {r["实际"] for r in rows}
