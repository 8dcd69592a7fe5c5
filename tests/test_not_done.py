"""CK109 not-done: a duty kept as a tick box and recorded as 否 is a finding; an empty box stays CK101's.

S41 4.6.3: 请业主在《工程质量问题处理记录表》表内签字确认后报主管部门备案 — once the owner has signed and the
handling record exists, 已报主管部门备案 must say the record was filed.
"""

from __future__ import annotations

from datetime import datetime

from checker.mapping import MappingProfile
from checker.site.render import Site, kind_page

from test_audit_findings import audit, write_csv

S41 = "s41-construction-quality-complaints"
RULE = "record_filed_with_competent_dept"
HEADERS = ["case_number", "owner_signature", "备案", "handling_record_at"]
ROWS = [
    ["NOT-FILED", "已签", "未备案", "2025-03-04 10:00"],
    ["FILED", "已签", "已备案", "2025-03-04 10:00"],
    ["ARCHIVE-NUMBER", "已签", "BA-2025-017", "2025-03-04 10:00"],   # evidence of filing, not a no
    ["BLANK", "已签", "", "2025-03-04 10:00"],
    ["NOT-SIGNED", "", "未备案", "2025-03-04 10:00"],
    ["NO-RECORD-YET", "已签", "未备案", ""],
    ["PLAIN-NO", "已签", " 否 ", "2025-03-04 10:00"],
    ["CROSS", "已签", "×", "2025-03-04 10:00"],
]
PROFILE = MappingProfile(columns={"备案": "filed_with_competent_dept"},
                         values={"filed_with_competent_dept": {"已备案": True, "未备案": False}})


def test_a_duty_recorded_as_not_done_is_found_only_where_it_is_owed(catalog, tmp_path):
    export = write_csv(tmp_path / "s41.csv", HEADERS, ROWS)
    findings = audit(catalog, S41, [export], datetime(2026, 1, 1), PROFILE).findings
    about_filing = {(f["case"], f["kind"]) for f in findings if f["rule"] == RULE}
    assert about_filing == {("NOT-FILED", "not-done"), ("PLAIN-NO", "not-done"), ("CROSS", "not-done"),
                           ("BLANK", "missing-field")}
    f = next(f for f in findings if f["kind"] == "not-done" and f["case"] == "NOT-FILED")
    assert (f["code"], f["row"], f["column"], f["actual"], f["expected"]) == ("CK109", 2, "备案", "否", "是")
    assert f["message"] == "已报主管部门备案记录为“否”：业主签字确认后的记录表报主管部门备案"
    plain = next(f for f in findings if f["kind"] == "not-done" and f["case"] == "PLAIN-NO")
    assert (plain["actual"], plain["row"]) == ("否", 8)
    assert f["quote"] == "请业主在《工程质量问题处理记录表》表内签字确认后报主管部门备案"


def test_without_values_only_a_plain_no_is_read_as_one(catalog, tmp_path):
    export = write_csv(tmp_path / "s41.csv", HEADERS, ROWS)
    profile = PROFILE.model_copy(update={"values": {}})
    findings = audit(catalog, S41, [export], datetime(2026, 1, 1), profile).findings
    not_done = {f["case"]: f["message"] for f in findings if f["kind"] == "not-done"}
    assert not_done == {"PLAIN-NO": "已报主管部门备案记录为“否”：业主签字确认后的记录表报主管部门备案",
                        "CROSS": "已报主管部门备案记录为“否”：业主签字确认后的记录表报主管部门备案"}   # not 未备案


def test_the_kind_page_lists_only_the_tick_box_duties(catalog):
    page = kind_page(Site(catalog), "not-done")
    listed = {r.id for p in catalog.procedures.values() for r in p.requirements if f"#rule-{r.id}\"" in page}
    assert listed == {"letter_kept_on_file", "website_verified_with_customer", "batch_ticket_flagged", RULE}


def test_a_signature_cell_saying_nobody_signed_reads_as_blank(catalog, tmp_path):
    """未签 / 业主拒签 in 业主签字 are not signatures: the duty to sign is missing, and filing (owed only once the
    owner has signed) is not; 已签 and a name are signatures."""
    rows = [["REFUSED", "业主拒签", "未备案", "2025-03-04 10:00"],
            ["UNSIGNED", " 未签 ", "未备案", "2025-03-04 10:00"],
            ["NO", "否", "未备案", "2025-03-04 10:00"],
            ["SIGNED", "已签", "未备案", "2025-03-04 10:00"],
            ["NAME", "张建国", "未备案", "2025-03-04 10:00"]]
    export = write_csv(tmp_path / "s41.csv", HEADERS, rows)
    profile = PROFILE.model_copy(update={"columns": {**PROFILE.columns, "owner_signature": "owner_signature"}})
    findings = audit(catalog, S41, [export], datetime(2026, 1, 1), profile).findings
    about_signing = {(f["case"], f["rule"], f["kind"]) for f in findings
                     if f["rule"] in ("owner_signs_record", RULE)}
    assert about_signing == {("REFUSED", "owner_signs_record", "missing-field"),
                             ("UNSIGNED", "owner_signs_record", "missing-field"),
                             ("NO", "owner_signs_record", "missing-field"),
                             ("SIGNED", RULE, "not-done"), ("NAME", RULE, "not-done")}


S3 = "s3-xingjin-pcb-complaints"


def test_a_tick_box_reads_plain_yes_and_no_and_reports_anything_else(catalog, tmp_path):
    """S3: a complaint that caused no loss and was handled on site needs an 异常处理单. 否 / 是 in the tick boxes are
    read without a `values` mapping (無 in traditional characters too); 待确认 is neither, and is reported rather than
    silently leaving the rule unapplied."""
    headers = ["case_number", "loss_caused", "onsite_handling", "exception_slip_at"]
    rows = [["PLAIN", "否", "是", ""], ["TICKS", "×", "√", ""], ["SLIP", "否", "是", "2025-03-04"],
            ["LOSS", "是", "是", ""], ["UNSURE", "待确认", "是", ""], ["TRADITIONAL", "無", "是", ""]]
    export = write_csv(tmp_path / "s3.csv", headers, rows)
    findings = audit(catalog, S3, [export], datetime(2026, 1, 1), MappingProfile()).findings
    found = {(f["case"], f["rule"], f["kind"]) for f in findings}
    assert found == {("PLAIN", "exception_slip_when_no_loss", "missing-field"),
                     ("TICKS", "exception_slip_when_no_loss", "missing-field"),
                     ("TRADITIONAL", "exception_slip_when_no_loss", "missing-field"),
                     ("UNSURE", "loss_caused", "invalid-value")}
    unsure = next(f for f in findings if f["case"] == "UNSURE")
    assert (unsure["actual"], unsure["expected"]) == ("待确认", "是(true)、否(false)")
