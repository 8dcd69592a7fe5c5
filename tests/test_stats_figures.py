"""Every figure of `stats` on small exports computed by hand (tests/fixtures/stats/).

s11-month.csv (S11, 24-hour first reply; period 2025-03, so P = 2025-04-01 00:00) — by case:
  D1  2024-12  previous year: in no 2025 figure
  F1  2025-02  replied in 6 h, closed 02-20
  F2  2025-02  replied after 48 h (late), closed 03-05 (pending at the end of February)
  M1  2025-03  same phone and category as F1, 19 days later: 再现; on time; closed
  M2  2025-03  same phone as M1, other category: 初次; replied at the due minute: on time ("24小时内"); closed
  M3  2025-03  never replied, due 03-11: late; not closed
  M4  2025-03-31 20:00, replied 04-01 10:00: after P, so pending at P; closed after P: pending
  M5  2025-03  no phone, no category, no channel: neither 初次 nor 再现; on time; closed
  M6  2025-03  phone of F2, other category: 初次; on time; not closed
  M7  2025-03-31 23:00, same phone and category as M1 but 30 days 15 hours later: 初次; due after P: pending
  M8  2025-03  replied 24 hours and 1 minute after receipt: late; closed
  A1  2025-04  after the period: in no figure
  N1  no receive time: counted as without_received
  U1  bad receive_at (a column the deadline needs): unreadable, as in `audit`
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.deadlines import WorkCalendar
from checker.mapping import MappingProfile
from checker.stats import Month, StatsOptions, run_stats

FIXTURES = Path(__file__).parent / "fixtures" / "stats"
S11, S42 = "s11-complaint-office-general", "s42-telecom-user-appeals"


def stats_for(catalog, procedure_id, name, period, **options):
    procedure = catalog.procedures[procedure_id]
    opts = StatsOptions(Month.parse(period), WorkCalendar.statutory(), **options)
    return run_stats(catalog, procedure, [FIXTURES / name], MappingProfile(), opts)


@pytest.fixture(scope="module")
def march(catalog):
    return stats_for(catalog, S11, "s11-month.csv", "2025-03", closed="feedback")


def by_value(breakdown: dict) -> dict:
    return {r["value"] if r["known"] else r["label"]: r for r in breakdown["rows"]}


def breakdown(stats: dict, column: str) -> dict:
    return next(b for b in stats["breakdowns"] if b["column"] == column)


def test_rows_read_audited_and_left_out(march):
    assert march["rows"] == {"read": 14, "audited": 13, "unreadable": 1, "event_log": False, "cases": 13,
                             "counted": 12, "without_received": 1, "events_without_received": None,
                             "duplicate_numbers": 0, "earliest": "2024-12-20 10:00"}
    assert any("1 行没有" in n for n in march["notes"])


def test_month_counts_handled_pending_and_closure_rate(march):
    m = march["month"]
    assert (m["received"], m["handled"], m["pending"]) == (8, 4, 4)
    assert m["closure_rate"] == 0.5


def test_first_and_recurrent_within_the_window(march):
    m = march["month"]
    assert (m["first"], m["recurrent"]) == (6, 1)          # M5 has no customer: neither


def test_a_wider_window_makes_the_30_days_15_hours_case_recurrent(catalog):
    wide = stats_for(catalog, S11, "s11-month.csv", "2025-03", closed="feedback", recurrence_days=31)
    assert (wide["month"]["first"], wide["month"]["recurrent"]) == (5, 2)
    assert wide["settings"]["recurrence"] == {"identity": "contact_phone", "identity_label": "联系电话",
                                              "category": "category", "days": 31}


def test_previous_month_is_counted_as_of_its_own_end(march):
    p = march["previous"]
    assert (p["received"], p["handled"], p["pending"], p["first"], p["recurrent"]) == (2, 1, 1, 2, 0)
    assert p["closure_rate"] == 0.5


def test_year_to_date_leaves_out_the_previous_year_and_later_months(march):
    y = march["year"]
    assert (y["received"], y["handled"], y["pending"], y["first"], y["recurrent"]) == (10, 6, 4, 8, 1)
    assert y["closure_rate"] == 0.6


def test_deadline_on_time_and_reply_rates(march):
    assert [d["rule"] for d in march["deadlines"]] == ["initial_reply_24h"]
    m = march["month"]["deadlines"][0]
    assert m == {"applicable": 8, "on_time": 4, "late": 2, "pending": 2, "no_due": 0,
                 "on_time_rate": pytest.approx(4 / 6), "due": 6, "replied": 5, "reply_rate": pytest.approx(5 / 6)}
    p = march["previous"]["deadlines"][0]
    assert (p["on_time"], p["late"], p["pending"], p["on_time_rate"], p["due"], p["replied"], p["reply_rate"]) == \
        (1, 1, 0, 0.5, 2, 2, 1.0)
    y = march["year"]["deadlines"][0]
    assert (y["applicable"], y["on_time"], y["late"], y["pending"], y["due"], y["replied"]) == (10, 5, 3, 2, 8, 7)
    assert y["on_time_rate"] == pytest.approx(5 / 8) and y["reply_rate"] == pytest.approx(7 / 8)


def test_breakdown_by_classification_lists_every_class(march):
    b = breakdown(march, "category")
    rows = by_value(b)
    assert [r["label"] for r in b["rows"]] == ["产品质量", "服务态度", "操作流程", "未填写"]
    assert {k: (r["month"], r["year"]) for k, r in rows.items()} == {
        "product_quality": (4, 5), "service_attitude": (2, 3), "operating_procedure": (1, 1), "未填写": (1, 1)}
    assert rows["product_quality"]["month_share"] == 0.5
    assert rows["service_attitude"]["year_share"] == pytest.approx(3 / 10)
    assert (b["month_total"], b["year_total"]) == (8, 10)
    # 12 months ending 2025-03: 2024-04 … 2025-03; D1 is December 2024.
    assert rows["product_quality"]["trend"] == [0] * 8 + [1, 0, 1, 4]


def test_breakdown_by_channel_and_by_responsible_role(catalog, march):
    channel = breakdown(march, "channel")
    assert [(r["label"], r["month"], r["year"]) for r in channel["rows"]] == [
        ("电话热线", 4, 5), ("电子邮件", 1, 2), ("网站平台", 2, 2), ("未填写", 1, 1)]
    s11 = catalog.procedures[S11]
    role = breakdown(march, "initial_reply_by")
    assert role["title"] == "办理部门：" + s11.step("initial_reply").name
    assert [(r["label"], r["known"], r["month"], r["year"]) for r in role["rows"]] == [
        (s11.role("complaint_office").name, True, 3, 5),   # role ids are shown by the role's name
        (s11.role("first_contact").name, True, 2, 2),
        ("客服专员 139****5678", False, 1, 1),              # not a role of the procedure: the export's own text
        ("未填写", False, 2, 2)]


def test_personal_data_in_export_values_is_masked_unless_asked(catalog, march):
    role = breakdown(march, "initial_reply_by")
    assert "客服专员 139****5678" in [r["label"] for r in role["rows"]]
    shown = stats_for(catalog, S11, "s11-month.csv", "2025-03", closed="feedback", show_personal_data=True)
    assert "客服专员 13912345678" in [r["label"] for r in breakdown(shown, "initial_reply_by")["rows"]]
    assert "13800000001" not in repr(march)           # the customer key is used, never reported


def test_trend_has_twelve_months_each_as_of_its_own_end(march):
    assert march["trend"]["months"][0] == "2024-04" and march["trend"]["months"][-1] == "2025-03"
    received = [f["received"] for f in march["trend"]["figures"]]
    assert received == [0] * 8 + [1, 0, 2, 8]
    december = march["trend"]["figures"][8]
    assert (december["handled"], december["deadlines"][0]["on_time"]) == (1, 1)
    assert march["trend"]["figures"][-1] == march["month"]
    assert march["trend"]["figures"][-2] == march["previous"]


def test_without_closing_column_closure_figures_are_absent_not_zero(catalog):
    stats = stats_for(catalog, S11, "s11-month.csv", "2025-03")
    m = stats["month"]
    assert m["received"] == 8 and m["handled"] is None and m["pending"] is None and m["closure_rate"] is None
    assert any("--closed" in n for n in stats["notes"])


# --- an export spanning years: S42, 15 working days over New Year and the Spring Festival -----------------
# Due instants (自受理次日起算15个工作日): dec-a 2025-01-14 00:00, dec-b 01-22, jan-a well after its reply,
# jan-b 02-15 (make-up workday 01-26, holiday 01-28 – 02-04), jan-c 02-25.

@pytest.fixture(scope="module")
def january(catalog):
    return stats_for(catalog, S42, "s42-years.csv", "2025-01", closed="reply")


def test_spanning_years_month_and_year_to_date(january):
    m, y = january["month"], january["year"]
    assert (m["received"], m["handled"], m["pending"]) == (3, 1, 2)
    assert y == m                                          # 1 January: the year to date is the month
    assert january["period"] == {"month": "2025-01", "label": "2025年1月", "start": "2025-01-01",
                                 "end": "2025-01-31", "year_start": "2025-01-01"}


def test_spanning_years_recurrence_crosses_the_new_year(january):
    # jan-a repeats dec-a (17 days), jan-c repeats dec-b (28 days); dec-a is 358 days after the 2023 case.
    assert (january["month"]["first"], january["month"]["recurrent"]) == (1, 2)
    assert (january["previous"]["first"], january["previous"]["recurrent"]) == (2, 0)


def test_spanning_years_deadlines_use_the_holiday_calendar(january):
    d = january["month"]["deadlines"][0]
    assert (d["applicable"], d["on_time"], d["late"], d["pending"], d["due"], d["replied"]) == (3, 1, 0, 2, 1, 1)
    dec = january["previous"]["deadlines"][0]          # December as of 2025-01-01: nothing due yet
    assert (dec["applicable"], dec["pending"], dec["on_time_rate"], dec["reply_rate"]) == (2, 2, None, None)
    assert january["previous"]["closure_rate"] == 0.0


def test_a_month_with_no_cases(catalog):
    feb = stats_for(catalog, S42, "s42-years.csv", "2025-02", closed="reply")
    m = feb["month"]
    assert (m["received"], m["handled"], m["pending"], m["first"], m["recurrent"]) == (0, 0, 0, 0, 0)
    assert m["closure_rate"] is None
    assert m["deadlines"][0] == {"applicable": 0, "on_time": 0, "late": 0, "pending": 0, "no_due": 0,
                                 "on_time_rate": None, "due": 0, "replied": 0, "reply_rate": None}
    # The year to date, as of 2025-03-01: jan-b was answered late (02-17), jan-c is overdue unanswered.
    y = feb["year"]
    assert (y["received"], y["handled"], y["pending"]) == (3, 2, 1)
    yd = y["deadlines"][0]
    assert (yd["on_time"], yd["late"], yd["pending"], yd["due"], yd["replied"]) == (1, 2, 0, 3, 2)
    assert all(r["month"] == 0 for b in feb["breakdowns"] for r in b["rows"])
    assert all(r["month_share"] is None for b in feb["breakdowns"] for r in b["rows"])


def test_an_export_with_no_rows_at_all(catalog, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("case_number,receive_at,category,reply_at\n", encoding="utf-8")
    procedure = catalog.procedures[S42]
    stats = run_stats(catalog, procedure, [empty], MappingProfile(),
                      StatsOptions(Month.parse("2025-11"), WorkCalendar.statutory(), closed="reply"))
    assert stats["rows"]["read"] == 0 and stats["rows"]["earliest"] is None
    assert [f["received"] for f in stats["trend"]["figures"]] == [0] * 12
    assert stats["month"]["closure_rate"] is None and stats["year"]["deadlines"][0]["on_time_rate"] is None


# --- columns beyond the procedure's: found by the profile or by their vocabulary label ---------------------

def test_extra_columns_by_vocabulary_label_and_by_profile(catalog, tmp_path):
    export = tmp_path / "extra.csv"
    export.write_text("case_number,receive_at,客户单位,产品名称,手机\n"
                      "E1,2025-03-01 09:00,甲公司,型材,13900000001\n"
                      "E2,2025-03-02 09:00,甲公司,铝箔,13900000002\n"
                      "E3,2025-03-03 09:00,乙公司,型材,13900000001\n", encoding="utf-8")
    procedure = catalog.procedures[S42]
    profile = MappingProfile(columns={"手机": "contact_phone"})
    stats = run_stats(catalog, procedure, [export], profile,
                      StatsOptions(Month.parse("2025-03"), WorkCalendar.statutory()))
    # The customer identifies the complainant before the phone does: E2 repeats E1 (same 甲公司), E3 does not.
    assert stats["settings"]["recurrence"]["identity"] == "customer"
    assert (stats["month"]["first"], stats["month"]["recurrent"]) == (2, 1)
    assert {b["column"]: [(r["label"], r["month"]) for r in b["rows"]] for b in stats["breakdowns"]} == {
        "product": [("型材", 2), ("铝箔", 1)], "customer": [("甲公司", 2), ("乙公司", 1)]}
    assert "13900000001" not in repr(stats)


def test_an_event_log_leaves_out_cases_not_events(catalog, tmp_path):
    """An event log's rows are events: a case without a receive time is left out whole, and the note counts it
    as one case with its events — never events minus cases (helpdesk: "16846 行没有…" for 78 cases)."""
    log = tmp_path / "events.csv"
    log.write_text("case,activity,time\n"
                   "C1,受理,2025-03-04 09:00\nC1,回复,2025-03-04 10:00\n"
                   "C2,受理,2025-03-05 09:00\n"
                   "C3,回复,2025-03-06 09:00\nC3,回复,2025-03-07 09:00\n", encoding="utf-8")
    profile = MappingProfile.model_validate({"event_log": {"case": "case", "activity": "activity", "time": "time",
                                                           "resource": None,
                                                           "activities": {"受理": "receive", "回复": "initial_reply"}}})
    procedure = catalog.procedures[S11]
    stats = run_stats(catalog, procedure, [log], profile, StatsOptions(Month.parse("2025-03"), WorkCalendar.statutory()))
    rows = stats["rows"]
    assert (rows["read"], rows["audited"], rows["cases"], rows["counted"]) == (5, 5, 3, 2)
    assert (rows["event_log"], rows["without_received"], rows["events_without_received"]) == (True, 1, 2)
    assert any(n.startswith("1 个案件（2 行事件）没有") for n in stats["notes"]), stats["notes"]
    assert stats["month"]["received"] == 2
