"""Every finding kind on small exports (tests/fixtures/audit/*.csv), each with a case that must be found and a
near miss that must not.

The fixtures use the canonical column names (field ids, `<step>_at`, `<step>_by`), so they need no mapping.
Each case number names its scenario; the row a finding must point at is looked up in the fixture itself.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from checker.audit import run_audit
from checker.deadlines import WorkCalendar
from checker.mapping import MappingProfile

FIXTURES = Path(__file__).parent / "fixtures" / "audit"


def audit(catalog, procedure_id: str, paths, as_of: datetime, profile: MappingProfile | None = None):
    procedure = catalog.procedures[procedure_id]
    return run_audit(catalog, procedure, [Path(p) for p in paths], profile or MappingProfile(), as_of=as_of)


def write_csv(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def rows_of(path: Path) -> dict[str, int]:
    """Case number -> the line a person sees it on (header is line 1); the first occurrence of a duplicate."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows: dict[str, int] = {}
        for line, record in enumerate(csv.DictReader(fh), start=2):
            rows.setdefault(record["case_number"], line)
        return rows


class Audited:
    """One audit of one fixture, with look-ups by case."""

    def __init__(self, catalog, procedure_id: str, name: str, as_of: datetime):
        self.path = FIXTURES / name
        self.result = audit(catalog, procedure_id, [self.path], as_of)
        self.rows = rows_of(self.path)

    def findings(self, case: str, rule: str | None = None, kind: str | None = None) -> list[dict]:
        return [f for f in self.result.findings if f["case"] == case
                and (rule is None or f["rule"] == rule) and (kind is None or f["kind"] == kind)]

    def one(self, case: str, rule: str) -> dict:
        found = self.findings(case, rule)
        assert len(found) == 1, f"{case}: expected one {rule} finding, got {self.result.findings if not found else found}"
        f = found[0]
        assert f["row"] == self.rows[case]
        assert Path(f["file"]).name == self.path.name
        return f

    def none(self, case: str, rule: str | None = None, kind: str | None = None) -> None:
        found = self.findings(case, rule, kind)
        assert not found, f"{case}: unexpected {found}"


def check_invariants(result) -> None:
    s = result.summary()
    assert s["rows_read"] == s["rows_audited"] + s["rows_unreadable"]
    assert s["rows_unreadable"] == len({(u["file"], u["row"]) for u in result.unreadable})
    assert s["findings"] == len(result.findings)
    unreadable = {(u["file"], u["row"]) for u in result.unreadable}
    assert not [f for f in result.findings if (f["file"], f["row"]) in unreadable]


# ---------------------------------------------------------------------------------------------
# S17: 品质部收到客户投诉报告后2小时之内开始核实 (5.2.1.1); receive -> verify in that order.

S17 = "s17-complaint-control-8d"


@pytest.fixture(scope="module")
def s17(catalog):
    return Audited(catalog, S17, "s17.csv", datetime(2025, 3, 5, 12, 0))


def test_s17_exactly_two_hours_is_on_time(s17):
    s17.none("S17-001", "verify_within_2h")
    s17.none("S17-001")


def test_s17_two_hours_and_a_minute_is_late(s17):
    f = s17.one("S17-002", "verify_within_2h")
    assert (f["kind"], f["code"], f["severity"]) == ("missed-deadline", "CK104", "error")
    assert f["procedure"] == S17 and f["clause"] == "5.2.1.1" and "2小时之内" in f["quote"]
    assert f["open"] is False
    assert f["expected"] == "2025-03-04 11:00"
    assert f["deadline"].startswith("2025-03-04 11:00")
    assert f["actual"] == "2025-03-04 11:01"
    assert "连续计算2小时" in f["trace"] and "03-04 11:00" in f["trace"] and "逾期1分钟" in f["trace"]
    assert f["url"] and S17 in f["url"]
    assert "2025-03-04 11:00" in f["message"]


def test_s17_hours_run_through_the_weekend(s17):
    # Friday 17:00 + 2 h = Friday 19:00: a period in hours is not stretched over non-working time.
    f = s17.one("S17-004", "verify_within_2h")
    assert f["expected"] == "2025-03-07 19:00"
    assert f["actual"] == "2025-03-10 08:00"


def test_s17_verify_before_receive_is_out_of_order(s17):
    f = s17.one("S17-003", "receive-verify")
    assert (f["kind"], f["code"], f["severity"]) == ("out-of-order", "CK106", "warning")
    assert "09:30" in f["actual"] and "10:00" in f["expected"]
    s17.none("S17-003", "verify_within_2h")   # verifying early is not late
    for case in ("S17-001", "S17-002", "S17-008"):
        s17.none(case, kind="out-of-order")


def test_s17_open_case_past_due_at_as_of(s17):
    f = s17.one("S17-005", "verify_within_2h")
    assert f["open"] is True
    assert f["expected"] == "2025-03-04 11:00"
    assert "2025-03-05 12:00" in f["actual"]
    assert "仍未" in f["trace"]


def test_s17_open_case_not_yet_due(s17):
    s17.none("S17-006")


def test_s17_dates_as_exports_write_them(s17):
    # 2025/3/4 9:00 -> 2025年3月4日 10:59: parsed, and in time.
    s17.none("S17-008")


def test_s17_unparsable_time_a_rule_needs_makes_the_row_unreadable(s17):
    result = s17.result
    check_invariants(result)
    s = result.summary()
    assert (s["rows_read"], s["rows_audited"], s["rows_unreadable"]) == (8, 7, 1)
    [bad] = result.unreadable
    assert (bad["row"], bad["column"], bad["case"]) == (s17.rows["S17-007"], "receive_at", "S17-007")
    assert "昨天下午" in bad["reason"]
    s17.none("S17-007")


# ---------------------------------------------------------------------------------------------
# S24: 接到投诉登记表的3天内（含非工作日） (4.2.2); still unsatisfied -> 分管领导批示 (4.2.3).

S24 = "s24-nanjing-cable-complaint-supervision"


@pytest.fixture(scope="module")
def s24(catalog):
    return Audited(catalog, S24, "s24.csv", datetime(2025, 12, 31))


def test_s24_three_days_ending_on_a_sunday_are_not_extended(s24):
    # Accepted Thu 03-06: day 1 is Fri 03-07, day 3 is Sun 03-09 -> due 03-09 24:00, not Monday.
    s24.none("S24-001", "corrective_record_3_days")
    f = s24.one("S24-002", "corrective_record_3_days")
    assert f["expected"] == "2025-03-09 24:00"
    assert f["deadline"].startswith("2025-03-10 00:00")
    assert "03-09(日) 24:00" in f["trace"] and "含非工作日" in f["trace"] and "不顺延" in f["trace"]
    assert "逾期1天" in f["trace"]


def test_s24_three_days_ending_in_national_day_are_not_extended(s24):
    f = s24.one("S24-003", "corrective_record_3_days")
    assert f["expected"] == "2025-10-03 24:00"
    s24.none("S24-004", "corrective_record_3_days")


def test_s24_still_unsatisfied_requires_the_leader_review(s24):
    # The escalation and the requirement say the same thing (4.2.3); either id may carry the one finding.
    [f] = s24.findings("S24-005", kind="missing-field")
    assert f["rule"] in {"still_unsatisfied_to_leader", "leader_review_when_still_unsatisfied"}
    assert (f["code"], f["row"], f["clause"]) == ("CK101", s24.rows["S24-005"], "4.2.3")
    assert "分管领导" in f["expected"]


def test_s24_leader_review_present_or_not_needed(s24):
    s24.none("S24-006", kind="missing-field")   # reviewed
    s24.none("S24-007", kind="missing-field")   # unsatisfied the first time: no leader review yet
    for case in ("S24-001", "S24-002", "S24-003", "S24-004"):
        s24.none(case, kind="missing-field")


# ---------------------------------------------------------------------------------------------
# S42: 自接到用户投诉之日起15个工作日内答复 (第八条); 第十条 不予受理.

S42 = "s42-telecom-user-appeals"


@pytest.fixture(scope="module")
def s42(catalog):
    return Audited(catalog, S42, "s42.csv", datetime(2025, 4, 1))


def test_s42_fifteen_working_days_over_the_spring_festival(s42):
    s42.none("S42-001", "reply_15_working_days")   # 02-14 23:59
    f = s42.one("S42-002", "reply_15_working_days")
    assert f["clause"] == "第八条"
    assert f["expected"] == "2025-02-14 24:00"
    assert f["deadline"].startswith("2025-02-15 00:00")
    assert f["actual"] == "2025-02-17 09:00"
    trace = f["trace"]
    assert "2025-01-20(一)" in trace
    assert "春节 01-28…02-04" in trace and "调休 01-26、02-08" in trace
    assert "第15个工作日 02-14 24:00" in trace and "逾期1个工作日" in trace


def test_s42_open_case_past_due(s42):
    # Received Mon 03-03: the 15th working day is Mon 03-24.
    f = s42.one("S42-003", "reply_15_working_days")
    assert f["open"] is True
    assert f["expected"] == "2025-03-24 24:00"
    assert "未完成" in f["actual"]


def test_s42_open_case_not_yet_due(s42):
    # Received 03-25; 清明 04-04…04-06 lies inside the period, due 04-16 24:00.
    s42.none("S42-004")


def test_s42_fee_dispute_over_five_months_is_ineligible(s42):
    f = s42.one("S42-005", "fee_dispute_over_5_months")
    assert (f["kind"], f["code"], f["severity"]) == ("ineligible", "CK105", "warning")
    assert f["clause"].startswith("第十条")


def test_s42_fee_dispute_of_exactly_five_months_is_eligible(s42):
    # 2024-09-05 + 5 months: counted from the next day, the period's last day is 2025-02-05 (民法典 201, 202),
    # so an appeal made at any time on 02-05 is within it.
    s42.none("S42-007", "fee_dispute_over_5_months")   # appeal date without time
    s42.none("S42-006", "fee_dispute_over_5_months")   # appeal 2025-02-05 16:30


def test_s42_five_month_limit_is_only_for_fee_disputes(s42):
    s42.none("S42-008", kind="ineligible")


def test_s42_settled_and_executed_is_ineligible(s42):
    s42.one("S42-009", "settled_by_executed_agreement")
    s42.none("S42-010", kind="ineligible")


def test_s42_ineligible_only_when_accepted(catalog, tmp_path):
    """第十条 is about accepting: an appeal the body did not accept (empty accept_appeal_at) breaks nothing."""
    export = write_csv(tmp_path / "accept.csv", ["case_number", "category", "incident_at", "appeal_at", "accept_appeal_at"], [
        ["A-accepted", "fee_dispute", "2024-08-01", "2025-02-20 10:00", "2025-02-21 09:00"],
        ["A-refused", "fee_dispute", "2024-08-01", "2025-02-20 10:00", ""],
    ])
    result = audit(catalog, S42, [export], datetime(2025, 4, 1))
    found = {(f["case"], f["rule"]) for f in result.findings if f["kind"] == "ineligible"}
    assert found == {("A-accepted", "fee_dispute_over_5_months")}


def test_s42_year_the_calendar_does_not_cover_is_refused_not_guessed(catalog, tmp_path):
    covered = WorkCalendar.statutory().years
    year = covered.stop + 5
    export = write_csv(tmp_path / "future.csv", ["case_number", "receive_at", "reply_at"], [
        ["F-1", f"{year}-01-20 10:00", f"{year}-03-30 10:00"],
        ["F-2", "2025-01-20 10:00", "2025-02-17 09:00"],
    ])
    result = audit(catalog, S42, [export], datetime(year, 12, 31))
    assert [(f["case"], f["rule"]) for f in result.findings] == [("F-2", "reply_15_working_days")]
    reasons = [s["reason"] for s in result.summary()["skipped_rules"] if s["rule"] == "reply_15_working_days"]
    assert len(reasons) == 1 and str(year) in reasons[0]


def test_s42_rules_without_columns_are_reported_as_skipped(s42):
    skipped = {s["rule"]: s["reason"] for s in s42.result.summary()["skipped_rules"]}
    # The export has no accept_appeal_by column: routing cannot be checked, and the summary says so.
    assert "appeal_to_provincial_body" in skipped and "accept_appeal_by" in skipped["appeal_to_provincial_body"]
    assert "reply_15_working_days" not in skipped


# ---------------------------------------------------------------------------------------------
# S9: record contents; 重大投诉当天 呈送总经理; 重要投诉 半小时内 转呈管理处主任.

S9 = "s9-xiangyong-property-service"


@pytest.fixture(scope="module")
def s9(catalog):
    return Audited(catalog, S9, "s9.csv", datetime(2025, 3, 31))


@pytest.mark.parametrize("case, rule", [
    ("S9-002", "record_received_at"),
    ("S9-003", "record_complainant"),
    ("S9-004", "record_address"),
    ("S9-005", "record_contact"),
    ("S9-006", "record_complained_party"),
    ("S9-007", "record_content"),
    ("S9-008", "record_demand"),
])
def test_s9_each_missing_record_item(s9, case, rule):
    f = s9.one(case, rule)
    assert (f["kind"], f["code"]) == ("missing-field", "CK101")
    assert f["actual"] == ""
    # exactly that item is reported for the row
    assert [x["rule"] for x in s9.findings(case, kind="missing-field")] == [rule]


def test_s9_complete_record_has_no_findings(s9):
    s9.none("S9-001")


def test_s9_major_complaint_same_day(s9):
    s9.none("S9-001", "major_to_gm_same_day")   # 23:59 the same day
    s9.none("S9-014", "major_to_gm_same_day")
    f = s9.one("S9-010", "major_to_gm_same_day")
    assert f["expected"] == "2025-03-04 24:00"
    assert "当天 03-04 24:00" in f["trace"]


def test_s9_important_complaint_half_an_hour(s9):
    s9.none("S9-011", "important_to_director_30_minutes")   # exactly 30 minutes
    f = s9.one("S9-012", "important_to_director_30_minutes")
    assert f["expected"] == "2025-03-04 10:30"
    assert "逾期1分钟" in f["trace"]


def test_s9_important_complaint_never_passed_on(s9):
    s9.one("S9-013", "important_to_office_director")            # missing-field (escalation)
    assert s9.one("S9-013", "important_to_director_30_minutes")["open"] is True
    # a major complaint needs no director hand-over
    s9.none("S9-010", "important_to_office_director")


def test_s9_class_not_in_the_scheme_is_invalid(s9):
    f = s9.one("S9-015", "severity")
    assert (f["kind"], f["code"]) == ("invalid-value", "CK102")
    assert f["actual"] == "critical"
    assert "major" in f["expected"] and "important" in f["expected"]
    for case in ("S9-001", "S9-010", "S9-011"):
        s9.none(case, kind="invalid-value")


# ---------------------------------------------------------------------------------------------
# S35: routing by product stage; 1小时内公示; 首次验证在措施实施后一周内; 当月反馈.

S35 = "s35-product-quality-complaint-flow"


@pytest.fixture(scope="module")
def s35(catalog):
    return Audited(catalog, S35, "s35.csv", datetime(2025, 4, 30))


@pytest.mark.parametrize("good, bad, rule, role", [
    ("S35-001", "S35-002", "new_product_to_technical_manager", "technical_manager"),
    ("S35-003", "S35-004", "mature_batch_to_quality_director", "quality_director"),
    ("S35-005", "S35-006", "mature_non_batch_to_quality_manager", "quality_manager"),
])
def test_s35_routing_by_product_stage(s35, good, bad, rule, role):
    s35.none(good, kind="wrong-routing")
    f = s35.one(bad, rule)
    assert (f["kind"], f["code"]) == ("wrong-routing", "CK103")
    assert role in f["expected"]
    assert f["actual"] != role and f["actual"]


def test_s35_event_posted_within_one_hour(s35):
    s35.none("S35-001", "post_event_1h")   # exactly 1 h
    f = s35.one("S35-002", "post_event_1h")
    assert f["expected"] == "2025-03-04 10:00"


def test_s35_first_verification_within_a_week(s35):
    # Implemented Tue 03-04: one week counted from 03-05 ends 03-11 24:00.
    s35.none("S35-001", "first_verification_within_1_week")
    f = s35.one("S35-002", "first_verification_within_1_week")
    assert f["expected"] == "2025-03-11 24:00"
    assert "1周（7天）" in f["trace"]


def test_s35_costs_reported_the_same_month(s35):
    s35.none("S35-007", "cost_feedback_same_month")
    s35.none("S35-007", kind="ineligible")
    assert s35.one("S35-008", "cost_feedback_same_month")["expected"] == "2025-03-31 24:00"
    # S35 6) "过月无效不予处理" voids the late cost claim, not the complaint: the one late cost is reported once, as
    # a missed deadline, and never a second time as CK105 不应受理而受理 (the eligibility reading was removed)
    assert [f["code"] for f in s35.findings("S35-008")] == ["CK104"]
    assert not s35.findings("S35-008", kind="ineligible")


def test_s35_deadline_trace_names_its_start_event(s35, catalog):
    """The trace starts from the event the period runs from (措施实施), not from 受理."""
    f = s35.one("S35-002", "first_verification_within_1_week")
    start = catalog.procedures[S35].step("implement").name
    assert start in f["trace"].split(" → ")[0]


# ---------------------------------------------------------------------------------------------
# S40: 1小时 / 2小时 by channel; 当天 record; 3天之内 revisit; who receives by channel.

S40 = "s40-property-complaint-handling"


@pytest.fixture(scope="module")
def s40(catalog):
    return Audited(catalog, S40, "s40.csv", datetime(2025, 3, 31))


def test_s40_in_person_unresolved_two_hours(s40):
    s40.none("S40-001", "notify_superior_2h")   # exactly 2 h
    f = s40.one("S40-002", "notify_superior_2h")
    assert f["expected"] == "2025-03-04 11:00"
    s40.none("S40-003", "notify_superior_2h")   # resolved on the spot: no superior to notify


def test_s40_in_person_unresolved_never_notified(s40):
    s40.one("S40-004", "unresolved_in_person_to_superior")
    assert s40.one("S40-004", "notify_superior_2h")["open"] is True
    s40.none("S40-003", "unresolved_in_person_to_superior")


def test_s40_remote_channels_one_hour(s40):
    s40.none("S40-005", "inform_reception_1h")
    f = s40.one("S40-006", "inform_reception_1h")
    assert f["expected"] == "2025-03-04 10:00"
    for case in ("S40-001", "S40-002", "S40-004"):   # in person: the 1-hour rule does not apply
        s40.none(case, "inform_reception_1h")


def test_s40_receiver_by_channel(s40):
    f = s40.one("S40-006", "remote_received_by_info_receiver")
    assert f["actual"] == "reception" and "info_receiver" in f["expected"]
    s40.one("S40-007", "in_person_received_by_party")
    for case in ("S40-001", "S40-005", "S40-008"):
        s40.none(case, kind="wrong-routing")


def test_s40_result_recorded_the_same_day(s40):
    s40.none("S40-008", "record_result_same_day")
    f = s40.one("S40-009", "record_result_same_day")
    assert f["expected"] == "2025-03-04 24:00"


def test_s40_revisit_within_three_days_not_extended(s40):
    # Handled Wed 03-05: day 3 is Sat 03-08, an internal rule's calendar days are not extended to Monday.
    s40.none("S40-010", "revisit_3_days")
    f = s40.one("S40-011", "revisit_3_days")
    assert f["expected"] == "2025-03-08 24:00"
    assert "不顺延" in f["trace"]


def test_s40_deadline_trace_names_its_start_event(s40, catalog):
    f = s40.one("S40-011", "revisit_3_days")
    start = catalog.procedures[S40].step("handle").name
    assert start in f["trace"].split(" → ")[0]


# ---------------------------------------------------------------------------------------------
# S48 numbering; any procedure: duplicates, invalid values, dates nobody needs.

S48 = "s48-pcb-customer-complaints"


@pytest.fixture(scope="module")
def s48(catalog):
    return Audited(catalog, S48, "s48.csv", datetime(2025, 3, 31))


def test_s48_case_number_pattern(s48):
    s48.none("250301")
    for case in ("251301", "25-03-01"):
        f = s48.one(case, "year_month_serial")
        assert (f["kind"], f["code"], f["severity"]) == ("bad-case-number", "CK108", "warning")
        assert f["actual"] == case


def test_duplicate_case_number_flags_the_repeat(s48):
    found = s48.findings("250302", kind="duplicate-case")
    assert len(found) == 1
    f = found[0]
    first = s48.rows["250302"]
    assert f["row"] == first + 1 and f["expected"] == str(first)
    assert (f["code"], f["severity"]) == ("CK107", "error")
    s48.none("250301", kind="duplicate-case")


def test_duplicate_case_number_across_two_exports(catalog, tmp_path):
    a = write_csv(tmp_path / "a.csv", ["case_number"], [["250301"], ["250302"]])
    b = write_csv(tmp_path / "b.csv", ["case_number"], [["250303"], ["250301"]])
    result = audit(catalog, S48, [a, b], datetime(2025, 3, 31))
    dups = [f for f in result.findings if f["kind"] == "duplicate-case"]
    assert [(f["case"], Path(f["file"]).name, f["row"]) for f in dups] == [("250301", "b.csv", 3)]
    assert result.summary()["rows_read"] == 4


def test_values_outside_the_scheme_are_invalid(s48):
    assert s48.one("250303", "category")["actual"] == "quality_issue"
    assert s48.one("250303", "loss_caused")["actual"] == "maybe"
    for case in ("250301", "251301", "25-03-01"):
        s48.none(case, kind="invalid-value")


def test_unparsable_date_no_rule_needs_is_an_invalid_value_not_an_unreadable_row(s48):
    f = s48.one("250304", "register_at")
    assert (f["kind"], f["actual"]) == ("invalid-value", "2025-13-45 09:00")
    s = s48.result.summary()
    assert s["rows_read"] == s["rows_audited"] == 7 and s["rows_unreadable"] == 0
    check_invariants(s48.result)


# ---------------------------------------------------------------------------------------------
# Hostile text: headers, mapped values and case values reach queries as data.

HOSTILE = "x'); DROP TABLE cases; --"


def test_hostile_headers_and_values_are_data(catalog, tmp_path):
    export = tmp_path / "hostile.csv"
    headers = [HOSTILE, '受理"时间', "答复时间", "申诉类别", "事项发生日期", "申诉时间", "申诉受理时间"]
    nasty_case = "O'Brien \"1\"); DROP TABLE audited; --"
    injection = "fee' OR '1'='1"
    rows = [
        [nasty_case, "2025-01-20 10:00", "2025-02-17 09:00", HOSTILE, "2024-08-01", "2025-02-20 10:00", "2025-02-21 10:00"],
        ["DX-2", "2025-01-20 10:00", "2025-02-14 10:00", "其他", "2024-08-01", "2025-02-20 10:00", "2025-02-21 10:00"],
        ["DX-3", "2025-01-20 10:00", "2025-02-14 10:00", injection, "2024-08-01", "2025-02-20 10:00", "2025-02-21 10:00"],
    ]
    write_csv(export, headers, rows)
    profile = MappingProfile(
        procedure=S42,
        columns={HOSTILE: "case_number", '受理"时间': "receive_at", "答复时间": "reply_at", "申诉类别": "category",
                 "事项发生日期": "incident_at", "申诉时间": "appeal_at", "申诉受理时间": "accept_appeal_at"},
        values={"category": {HOSTILE: "fee_dispute", "其他": "other"}},
    )
    result = audit(catalog, S42, [export], datetime(2025, 4, 1), profile)
    check_invariants(result)
    assert result.summary()["rows_audited"] == 3
    rules = {(f["case"], f["rule"]) for f in result.findings}
    # the hostile value mapped to fee_dispute, the case number survived as written
    assert (nasty_case, "reply_15_working_days") in rules
    assert (nasty_case, "fee_dispute_over_5_months") in rules
    assert not [f for f in result.findings if f["case"] == "DX-2"]
    # an injection attempt in a value is just a wrong value
    assert ("DX-3", "category") in rules and ("DX-3", "fee_dispute_over_5_months") not in rules
    assert [f["actual"] for f in result.findings if f["case"] == "DX-3" and f["rule"] == "category"] == [injection]
    assert [f["row"] for f in result.findings if f["case"] == nasty_case] == [2, 2]


# --- an agreed time's tolerance, in any unit the catalog accepts -----------------------------------------------

S15 = "s15-complaint-handling-marketing"
S15_RULE = "visit_within_30_minutes_of_appointment"


def _with_tolerance(catalog, unit: str, amount: int):
    """S15 with its agreed-time rule's tolerance changed (a variant for the test, not the catalog's reading)."""
    from checker.catalog.loader import Catalog
    from checker.catalog.model import Period

    procedure = catalog.procedures[S15].model_copy(deep=True)
    rule = next(d for d in procedure.deadlines if d.id == S15_RULE)
    rule.tolerance = Period(amount=amount, unit=unit)
    return Catalog({S15: procedure}, catalog.forms, catalog.vocabulary), procedure


@pytest.mark.parametrize("unit,amount,on_time,late", [
    # 2025-01-27 (Mon) + 1 working day: 01-28…02-04 is 春节, so the next working day is 02-05, due by 24:00
    ("working_days", 1, "2025-02-05 23:59", "2025-02-06 00:00"),
    # + 1 calendar day: due by 24:00 of 01-28, as the trace says (not 24 hours after the agreed minute)
    ("calendar_days", 1, "2025-01-28 23:59", "2025-01-29 00:00"),
])
def test_a_tolerance_in_days_is_counted_as_its_trace_says(tmp_path, catalog, unit, amount, on_time, late):
    cat, procedure = _with_tolerance(catalog, unit, amount)
    export = write_csv(tmp_path / "s15.csv", ["case_number", "appointment_at", "arrived_at"],
                       [["ON-TIME", "2025-01-27 10:00", on_time], ["LATE", "2025-01-27 10:00", late]])
    result = run_audit(cat, procedure, [export], MappingProfile(), as_of=datetime(2025, 3, 1))
    late_findings = [f for f in result.findings if f["rule"] == S15_RULE]
    assert [f["case"] for f in late_findings] == ["LATE"]
    finding = late_findings[0]
    due_day = datetime.fromisoformat(on_time).date()
    assert finding["expected"] == f"{due_day} 24:00"
    assert f"{due_day:%m-%d}" in finding["trace"] and "24:00" in finding["trace"]


def test_an_agreed_date_without_a_time_is_met_until_the_end_of_that_day(tmp_path, catalog):
    """S13's promised resolution term (no tolerance): written as a date alone it runs to 24:00 that day, not to its
    00:00; written with a time it is that minute. A date-only close on the next day is late; an open case is late
    from the next 00:00."""
    export = write_csv(tmp_path / "s13.csv", ["case_number", "responsibility", "resolution_due_at", "closed_at"], [
        ["SAME-DAY", "account_manager", "2025-03-07", "2025-03-07 15:00"],
        ["NEXT-DAY", "account_manager", "2025-03-07", "2025-03-08"],
        ["AT-THE-MINUTE", "account_manager", "2025-03-07 17:00", "2025-03-07 17:00"],
        ["AFTER-THE-MINUTE", "account_manager", "2025-03-07 17:00", "2025-03-07 18:00"],
        ["OPEN", "account_manager", "2025-03-07", ""]])
    result = audit(catalog, "s13-distribution-complaint-handling", [export], as_of=datetime(2025, 3, 8))
    late = {f["case"]: f for f in result.findings if f["rule"] == "resolve_by_notified_due"}
    assert sorted(late) == ["AFTER-THE-MINUTE", "NEXT-DAY", "OPEN"]
    assert late["NEXT-DAY"]["expected"] == "2025-03-07 24:00"
    assert "当天 03-07 24:00" in late["NEXT-DAY"]["trace"] and "逾期1天" in late["NEXT-DAY"]["trace"]
    assert late["AFTER-THE-MINUTE"]["expected"] == "2025-03-07 17:00"


@pytest.mark.parametrize("yaml_text,message", [
    ("deadlines:\n  - {id: d, title: t, start: a, end: b, period: {amount: 1.5, unit: calendar_days}}",
     "whole number"),
    ("deadlines:\n  - {id: d, title: t, start: a, end: b, source: {quote: 原文}, period: {amount: 5, unit: working_days},"
     " includes_non_working_days: true}", "cannot include non-working days"),
])
def test_lint_refuses_periods_the_audit_cannot_compute(tmp_path, yaml_text, message):
    from checker.catalog.lint import lint

    root = tmp_path / "catalog"
    (root / "procedures").mkdir(parents=True)
    (root / "forms").mkdir()
    path = root / "procedures" / "s999-periods.yaml"
    path.write_text("id: s999-periods\n" + yaml_text + "\n", encoding="utf-8")
    problems = [p for p in lint(root).problems if p.path == str(path)]
    assert any(message in p.message for p in problems), problems
