"""Deadline arithmetic (民法典 第二百零一条–第二百零四条) against the real 2024–2025 holiday calendar.

Expected dates were counted by hand against the State Council's notices as recorded in chinese-calendar
(2025: 春节 01-28…02-04 with 调休 01-26、02-08; 国庆 10-01…10-08 with 调休 09-28、10-11;
2024: 国庆 10-01…10-07 with 调休 09-29、10-12), and are cross-checked below against a naive day-by-day count.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import chinese_calendar
import pytest

from checker.calendars import EXAMPLE
from checker.catalog.model import Authority, Period, Unit
from checker.deadlines import (
    CalendarError,
    DeadlineError,
    Due,
    WorkCalendar,
    agreed_due,
    compute_due,
    describe_counting,
    due_by_date,
    explain,
    horizon_warning,
    lateness,
)

CAL = WorkCalendar.statutory()


def due(start, amount, unit, authority="regulation", includes=None, calendar=CAL, **kw):
    return compute_due(
        start, Period(amount=amount, unit=unit), authority=authority,
        includes_non_working_days=includes, calendar=calendar, **kw,
    )


# --- the calendar itself ------------------------------------------------------------------------


def test_statutory_calendar_knows_spring_festival_2025_and_its_make_up_days():
    assert [d for d in (date(2025, 1, 27) + timedelta(days=i) for i in range(10)) if not CAL.is_workday(d)] == [
        date(2025, 1, 28) + timedelta(days=i) for i in range(8)
    ]
    assert CAL.holiday_name(date(2025, 1, 28)) == "春节"
    assert CAL.is_workday(date(2025, 1, 26)) and CAL.is_workday(date(2025, 2, 8))   # Sunday, Saturday: 调休
    assert not CAL.is_workday(date(2025, 1, 25))                                      # plain Saturday
    assert CAL.holiday_name(date(2025, 1, 25)) is None


# --- working days -------------------------------------------------------------------------------


def test_spring_festival_2025_fifteen_working_days():
    d = due(datetime(2025, 1, 20, 9, 30), 15, "working_days")
    assert d.due == datetime(2025, 2, 15)
    assert d.last_day == date(2025, 2, 14)
    assert d.trace == [
        "受理 2025-01-20(一)", "次日起算", "跳过春节 01-28…02-04，计入调休 01-26、02-08", "第15个工作日 02-14 24:00",
    ]
    assert explain(d, datetime(2025, 2, 17, 10, 5), end_label="答复") == (
        "受理 2025-01-20(一) → 次日起算 → 跳过春节 01-28…02-04，计入调休 01-26、02-08 → 第15个工作日 02-14 24:00"
        "；实际答复 02-17，逾期1个工作日"
    )
    # the exclusive end: the last minute of 02-14 is in time, 00:00 on 02-15 is not
    assert lateness(d.due, datetime(2025, 2, 14, 23, 59), d.period, CAL) == "未逾期"
    assert lateness(d.due, datetime(2025, 2, 15, 0, 0), d.period, CAL) == "逾期不足1个工作日"


def test_national_day_2024_counts_make_up_sunday_and_skips_the_week():
    d = due(datetime(2024, 9, 27, 16, 0), 5, "working_days")
    assert d.due == datetime(2024, 10, 11)
    assert d.trace[2] == "跳过国庆节 10-01…10-07，计入调休 09-29"
    assert d.trace[3] == "第5个工作日 10-10 24:00"


def test_national_day_2025_with_mid_autumn_inside_and_both_make_up_days():
    d = due(datetime(2025, 9, 26, 11, 0), 10, "working_days")
    assert d.due == datetime(2025, 10, 17)
    assert d.trace[2] == "跳过国庆节、中秋节 10-01…10-08，计入调休 09-28、10-11"
    assert lateness(datetime(2025, 9, 30), datetime(2025, 10, 9, 8, 0), Period(amount=1, unit="working_days"), CAL) \
        == "逾期2个工作日"   # 09-30 and 10-09: the holiday week in between does not count


def test_working_days_agree_with_a_naive_day_by_day_count():
    for offset in range(0, 731, 3):
        start = date(2024, 1, 1) + timedelta(days=offset)
        for n in (1, 5, 15):
            day, left = start, n
            while left:
                day += timedelta(days=1)
                left -= chinese_calendar.is_workday(day)
            got = due(datetime.combine(start, datetime.min.time()), n, "working_days")
            assert got.last_day == day, (start, n)


# --- calendar days and 第二百零三条 --------------------------------------------------------------


def test_calendar_days_regulation_extends_a_saturday_to_the_make_up_sunday():
    # 01-22 + 3 days = Saturday 01-25; the next working day is Sunday 01-26, a 调休 workday
    d = due(datetime(2025, 1, 22, 10, 0), 3, "calendar_days", authority="regulation")
    assert d.due == datetime(2025, 1, 27)
    assert d.trace[-2:] == ["第3天 01-25(六) 为周末", "依民法典第二百零三条顺延至 01-26(日) 24:00"]


def test_calendar_days_regulation_extends_past_national_day():
    d = due(datetime(2025, 9, 29, 10, 0), 3, "calendar_days", authority="law")
    assert d.due == datetime(2025, 10, 10)
    assert d.trace[-2:] == ["第3天 10-02(四) 为国庆节假期", "依民法典第二百零三条顺延至 10-09(四) 24:00"]


def test_calendar_days_no_extension_for_internal_rule_or_when_non_working_days_count():
    internal = due(datetime(2025, 1, 22, 10, 0), 3, "calendar_days", authority="internal")
    counted = due(datetime(2025, 1, 22, 10, 0), 3, "calendar_days", authority="regulation", includes=True)
    assert internal.due == counted.due == datetime(2025, 1, 26)
    assert internal.trace[-1] == "第3天 01-25(六) 24:00（内部制度，不顺延）"
    assert counted.trace[-1] == "第3天 01-25(六) 24:00（含非工作日，不顺延）"
    assert lateness(counted.due, datetime(2025, 1, 27, 9, 0), counted.period, CAL) == "逾期2天"


def test_calendar_days_ending_on_a_working_day_are_not_moved():
    d = due(datetime(2025, 1, 20, 10, 0), 3, "calendar_days", authority="regulation")
    assert d.due == datetime(2025, 1, 24)
    assert d.trace[-1] == "第3天 01-23(四) 24:00"


def test_regulation_calendar_days_agree_with_a_naive_extension():
    for offset in range(0, 731, 2):
        start = date(2024, 1, 1) + timedelta(days=offset)
        for n in (1, 3, 7):
            last = start + timedelta(days=n)
            while not chinese_calendar.is_workday(last):
                last += timedelta(days=1)
            got = due(datetime.combine(start, datetime.min.time()), n, "calendar_days", authority="regulation")
            assert got.last_day == last, (start, n)


def test_weeks_are_seven_days_each_and_extend_for_a_regulation():
    d = due(datetime(2025, 9, 20, 9, 0), 2, "weeks")
    assert d.due == datetime(2025, 10, 10)   # day 14 = 10-04 (国庆), moved to 10-09
    assert due(datetime(2025, 9, 20, 9, 0), 2, "weeks", authority="internal").due == datetime(2025, 10, 5)


# --- hours, 当天, 当月, months ----------------------------------------------------------------------


def test_hours_run_from_the_exact_time_across_midnight_and_holidays():
    d = due(datetime(2025, 1, 20, 23, 30), 2, "hours", authority="internal")
    assert d.due == datetime(2025, 1, 21, 1, 30)
    assert d.trace == ["受理 2025-01-20(一) 23:30", "自受理时刻起连续计算2小时", "截至 01-21 01:30"]
    assert lateness(d.due, datetime(2025, 1, 21, 3, 45), d.period, CAL) == "逾期2小时15分"
    assert lateness(d.due, datetime(2025, 1, 21, 1, 29), d.period, CAL) == "未逾期"
    assert lateness(d.due, datetime(2025, 1, 21, 1, 30), d.period, CAL) == "逾期不足1分钟"
    # the first night of 春节 is not skipped
    assert due(datetime(2025, 1, 27, 22, 0), 3, "hours").due == datetime(2025, 1, 28, 1, 0)
    assert due(datetime(2025, 3, 4, 9, 10), 0.5, "hours").due == datetime(2025, 3, 4, 9, 40)
    assert due(datetime(2025, 3, 4, 9, 10), 45, "minutes").due == datetime(2025, 3, 4, 9, 55)


def test_same_day_is_24_00_of_the_start_day_even_on_a_holiday():
    d = due(datetime(2025, 10, 1, 15, 0), None, "same_day", authority="regulation")
    assert d.due == datetime(2025, 10, 2)
    assert d.trace == ["受理 2025-10-01(三)", "当天 10-01 24:00"]
    assert lateness(d.due, datetime(2025, 10, 3, 9, 0), d.period, CAL) == "逾期2天"


def test_same_month_ends_with_the_start_month():
    assert due(datetime(2025, 2, 20, 8, 0), None, "same_month").due == datetime(2025, 3, 1)
    assert due(datetime(2024, 2, 10, 8, 0), None, "same_month").due == datetime(2024, 3, 1)
    # 2025-05-31 is a Saturday inside 端午; 当月 is not a counted period, so it is not moved
    assert due(datetime(2025, 5, 5, 8, 0), None, "same_month").due == datetime(2025, 6, 1)


def test_months_end_on_the_corresponding_day_or_the_month_end():
    assert due(datetime(2025, 1, 31, 8, 0), 1, "months", authority="internal").due == datetime(2025, 3, 1)
    assert due(datetime(2024, 1, 31, 8, 0), 1, "months", authority="internal").due == datetime(2024, 3, 1)
    assert due(datetime(2025, 3, 31, 8, 0), 1, "months", authority="law").due == datetime(2025, 5, 1)
    across = due(datetime(2024, 12, 31, 8, 0), 2, "months", authority="internal")
    assert across.last_day == date(2025, 2, 28)
    assert across.trace[-1] == "2025年2月无31日，取月末日 2025-02-28(五) 24:00（内部制度，不顺延）"
    moved = due(datetime(2025, 1, 15, 8, 0), 2, "months", authority="regulation")   # 03-15 is a Saturday
    assert moved.due == datetime(2025, 3, 18)
    assert moved.trace[-2:] == ["到期月对应日 03-15(六) 为周末", "依民法典第二百零三条顺延至 03-17(一) 24:00"]


def test_time_zone_of_the_start_is_kept():
    tz = timezone(timedelta(hours=8))
    assert due(datetime(2025, 1, 20, 9, 30, tzinfo=tz), 15, "working_days").due == datetime(2025, 2, 15, tzinfo=tz)


# --- explanations ---------------------------------------------------------------------------------


def test_explain_open_case_before_and_after_the_deadline():
    d = due(datetime(2025, 1, 20, 9, 30), 15, "working_days")
    assert explain(d, as_of=datetime(2025, 2, 10)).endswith("；截至 02-10 仍未完成，尚未到期")
    assert explain(d, as_of=datetime(2025, 2, 19, 12, 0)).endswith("；截至 02-19 仍未完成，已逾期3个工作日")
    assert explain(d, datetime(2025, 2, 14, 17, 0)).endswith("；实际完成 02-14，未逾期")
    hours = due(datetime(2025, 1, 20, 23, 30), 2, "hours")
    assert explain(hours, as_of=datetime(2025, 1, 22, 2, 0)).endswith("；截至 01-22 02:00 仍未完成，已逾期1天30分")


def test_describe_counting_states_the_rule_that_compute_due_applies():
    wd = describe_counting(Period(amount=15, unit="working_days"), Authority.regulation, None)
    assert wd.startswith("自受理次日起算15个工作日") and "调休上班日计入" in wd
    reg = describe_counting(Period(amount=3, unit="calendar_days"), Authority.regulation, None)
    assert "第二百零三条" in reg
    internal = describe_counting(Period(amount=3, unit="calendar_days"), Authority.internal, None)
    counted = describe_counting(Period(amount=3, unit="calendar_days"), Authority.regulation, True)
    assert "第二百零三条" not in internal and "不顺延" in internal
    assert "含非工作日" in counted and "第二百零三条" not in counted
    assert describe_counting(Period(amount=2, unit="hours"), "internal", None, start_label="收到报告") \
        .startswith("2小时，自收到报告时刻起连续计算")
    assert describe_counting(Period(unit="same_day"), "law", None) == "受理当天24:00前"
    assert describe_counting(Period(unit="same_month"), "law", None).startswith("受理当月内")


def test_agreed_times_with_and_without_tolerance():
    visit = agreed_due(datetime(2025, 3, 4, 9, 0), Period(amount=30, unit="minutes"), label="约定上门时间")
    assert visit.due == datetime(2025, 3, 4, 9, 30)
    assert explain(visit, datetime(2025, 3, 4, 11, 45), end_label="上门") == (
        "约定上门时间 2025-03-04(二) 09:00 → 自约定上门时间时刻起连续计算30分钟 → 截至 03-04 09:30"
        "；实际上门 03-04 11:45，逾期2小时15分"
    )
    promised = agreed_due(date(2025, 1, 27), label="承诺日期")   # a date alone: by 24:00 that day
    assert promised.due == datetime(2025, 1, 28)
    assert explain(promised, datetime(2025, 1, 30, 10, 0)).endswith("；实际完成 01-30，逾期3天")
    exact = agreed_due(datetime(2025, 1, 27, 14, 0))
    assert exact.due == datetime(2025, 1, 27, 14, 0)
    assert lateness(exact, datetime(2025, 1, 28, 15, 5), None, None) == "逾期1天1小时5分"
    plus_day = agreed_due(datetime(2025, 1, 27, 14, 0), Period(amount=1, unit="calendar_days"), calendar=CAL)
    assert plus_day.due == datetime(2025, 1, 29)   # counted from the next day, to 24:00


def test_a_due_built_by_hand_still_explains():
    hand = Due(due=datetime(2025, 5, 6, 18, 0), trace=["约定时间 2025-05-06 18:00"])
    assert explain(hand, as_of=datetime(2025, 5, 6, 19, 30)) == "约定时间 2025-05-06 18:00；截至 05-06 19:30 仍未完成，已逾期1小时30分"


# --- organisation calendar ---------------------------------------------------------------------


def test_organisation_holiday_and_make_up_day_from_yaml():
    org = WorkCalendar.from_yaml(EXAMPLE)
    assert org.holiday_name(date(2025, 6, 18)) == "厂庆日" and not org.is_workday(date(2025, 6, 18))
    assert org.is_workday(date(2025, 6, 21))   # a Saturday worked
    statutory = due(datetime(2025, 6, 16, 9, 0), 3, "working_days", authority="internal")
    own = due(datetime(2025, 6, 16, 9, 0), 3, "working_days", authority="internal", calendar=org)
    assert statutory.due == datetime(2025, 6, 20)
    assert own.due == datetime(2025, 6, 21)
    assert own.trace[2] == "跳过厂庆日 06-18"
    shutdown = due(datetime(2025, 7, 24, 9, 0), 5, "working_days", authority="internal", calendar=org)
    assert shutdown.due == datetime(2025, 8, 8)
    assert shutdown.trace[2] == "跳过夏季停产检修 07-28…08-01"
    # the statutory days are still there
    assert due(datetime(2025, 1, 20, 9, 30), 15, "working_days", calendar=org).due == datetime(2025, 2, 15)


def test_organisation_calendar_errors_name_the_file_and_line(tmp_path):
    bad_key = tmp_path / "bad.yaml"
    bad_key.write_text("name: 某厂\nholidays:\n  - date: 2025-06-18\n    name: 厂庆日\n    day: 1\n", encoding="utf-8")
    with pytest.raises(CalendarError, match=r"bad\.yaml 第5行（holidays\.0\.day）：不认识的键"):
        WorkCalendar.from_yaml(bad_key)
    no_name = tmp_path / "noname.yaml"
    no_name.write_text("name: 某厂\nholidays:\n  - date: 2025-06-18\n", encoding="utf-8")
    with pytest.raises(CalendarError, match=r"noname\.yaml 第3行（holidays\.0\.name）：缺少此项"):
        WorkCalendar.from_yaml(no_name)
    bad_date = tmp_path / "date.yaml"
    bad_date.write_text("name: 某厂\nworkdays:\n  - date: 2025-13-01\n    name: 补班\n", encoding="utf-8")
    with pytest.raises(CalendarError, match=r"date\.yaml 第3行.*日期"):
        WorkCalendar.from_yaml(bad_date)
    with pytest.raises(CalendarError, match=r"missing\.yaml 无法读取"):
        WorkCalendar.from_yaml(tmp_path / "missing.yaml")
    uncovered = CAL.years.stop
    beyond = tmp_path / "beyond.yaml"
    beyond.write_text(f"name: 某厂\nholidays:\n  - date: {uncovered}-06-18\n    name: 厂庆日\n", encoding="utf-8")
    with pytest.raises(CalendarError, match=rf"beyond\.yaml 第3行.*{uncovered}年.*complete_years"):
        WorkCalendar.from_yaml(beyond)


def test_complete_years_extend_the_covered_range(tmp_path):
    year = CAL.years.stop   # first year the package does not cover; the days below are test data only
    path = tmp_path / "next.yaml"
    path.write_text(
        f"name: 测试日历\ncomplete_years: [{year}]\nholidays:\n  - from: {year}-01-01\n    to: {year}-01-03\n"
        f"    name: 元旦\nworkdays:\n  - date: {year}-01-09\n    name: 调休\n",
        encoding="utf-8",
    )
    cal = WorkCalendar.from_yaml(path)
    assert cal.years == range(CAL.years.start, year + 1)
    first = date(year, 1, 1)
    expected = [d for d in (first + timedelta(days=i) for i in range(14))
                if (d.weekday() < 5 and d.day > 3) or d.day == 9]
    assert [d for d in (first + timedelta(days=i) for i in range(14)) if cal.is_workday(d)] == expected
    with pytest.raises(CalendarError, match=str(year + 1)):
        cal.is_workday(date(year + 1, 1, 1))


# --- refusing what the calendar does not cover -------------------------------------------------


def test_uncovered_year_is_refused_with_the_year_and_the_covered_range():
    years = CAL.years
    span = f"{years.start}–{years.stop - 1}"
    with pytest.raises(CalendarError, match=rf"{years.stop}年.*{span}") as err:
        due(datetime(years.stop, 3, 2, 9, 0), 15, "working_days")
    assert err.value.year == years.stop
    # a period that starts in the last covered year but runs into the next one is refused too
    with pytest.raises(CalendarError, match=str(years.stop)):
        due(datetime(years.stop - 1, 12, 28, 9, 0), 15, "working_days")
    with pytest.raises(CalendarError, match=str(years.start - 1)):
        CAL.is_workday(date(years.start - 1, 6, 1))
    # counting that needs no calendar still works: an internal rule's calendar days, hours
    far = years.stop + 3
    assert due(datetime(far, 1, 1, 9, 0), 3, "calendar_days", authority="internal").due == datetime(far, 1, 5)
    assert due(datetime(far, 1, 1, 9, 0), 2, "hours").due == datetime(far, 1, 1, 11, 0)
    with pytest.raises(CalendarError):
        due(datetime(far, 1, 1, 9, 0), 3, "calendar_days", authority="regulation")


# --- bulk use and bad periods -------------------------------------------------------------------


def test_due_by_date_matches_compute_due_and_reports_uncovered_dates():
    period = Period(amount=15, unit="working_days")
    dates = [date(2025, 1, 1) + timedelta(days=i) for i in range(365)]
    table = due_by_date(dates + dates[:10], period, authority="regulation", includes_non_working_days=None, calendar=CAL)
    assert len(table) == 365
    for d in dates[::7]:
        assert table[d] == due(datetime.combine(d, datetime.min.time()), 15, "working_days").due
    errors: dict = {}
    late_year = date(CAL.years.stop, 2, 1)
    table = due_by_date([date(2025, 1, 20), late_year], period, authority="regulation",
                        includes_non_working_days=None, calendar=CAL, errors=errors)
    assert table == {date(2025, 1, 20): datetime(2025, 2, 15)}
    assert str(CAL.years.stop) in errors[late_year]
    with pytest.raises(DeadlineError, match="起算时刻"):
        due_by_date(dates, Period(amount=2, unit="hours"), authority="internal",
                    includes_non_working_days=None, calendar=CAL)


def test_contradictory_or_malformed_periods_are_refused():
    with pytest.raises(DeadlineError, match="含非工作日"):
        due(datetime(2025, 1, 20), 3, "working_days", includes=True)
    # the catalog model refuses these (lint names file and line); the arithmetic refuses them too
    for amount, unit, message in ((1.5, "calendar_days", "正整数"), (0, "hours", "正数")):
        with pytest.raises(ValueError, match="whole number|positive"):
            Period(amount=amount, unit=unit)
        with pytest.raises(DeadlineError, match=message):
            compute_due(datetime(2025, 1, 20), Period.model_construct(amount=amount, unit=Unit(unit)),
                        authority="regulation", includes_non_working_days=None, calendar=CAL)
    with pytest.raises(DeadlineError, match="具体时刻"):
        due(date(2025, 1, 20), 2, "hours")


# --- announced schedules and the calendar's horizon ---------------------------------------------------


def _announced(folder, year, source="国务院办公厅关于测试年部分节假日安排的通知：“测试”"):
    """A shipped schedule file for `year` (test data only: the days are made up, as the name says)."""
    folder.mkdir(exist_ok=True)
    lines = [f"name: 测试安排{year}", f"complete_years: [{year}]",
             "holidays:", f"  - {{from: {year}-01-01, to: {year}-01-03, name: 测试假}}",
             "workdays:", f"  - {{date: {year}-01-09, name: 测试调休}}"]
    if source:
        lines.insert(1, f"source: {source}")
    (folder / f"{year}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_an_announced_schedule_extends_the_statutory_calendar_and_the_package_wins(tmp_path):
    folder = tmp_path / "announced"
    known, next_year = CAL.years.stop - 1, CAL.years.stop
    _announced(folder, known)        # a year the installed package already knows: skipped
    _announced(folder, next_year)
    cal = WorkCalendar.statutory(folder)
    assert cal.years == range(CAL.years.start, next_year + 1)
    assert cal.holiday_name(date(next_year, 1, 2)) == "测试假" and cal.is_workday(date(next_year, 1, 9))
    assert cal.holiday_name(date(known, 1, 2)) == CAL.holiday_name(date(known, 1, 2)) != "测试假"
    assert f"测试安排{next_year}" in cal.name and f"测试安排{known}" not in cal.name


def test_an_announced_schedule_without_its_source_is_refused(tmp_path):
    folder = tmp_path / "announced"
    _announced(folder, CAL.years.stop, source=None)
    with pytest.raises(CalendarError, match=r"source"):
        WorkCalendar.statutory(folder)


@pytest.mark.parametrize("today,warns", [
    ((0, 10, 31), False),     # the last known year, before the State Council's usual announcement
    ((0, 11, 1), True),
    ((0, 12, 31), True),
    ((1, 1, 2), True),        # already past it
    ((-1, 12, 31), False),
])
def test_horizon_warning_from_november_of_the_last_known_year(today, warns):
    last = CAL.years.stop - 1
    offset, month, day = today
    warning = horizon_warning(CAL, date(last + offset, month, day))
    assert (warning is not None) == warns
    if warns:
        assert f"只到{last}年" in warning and f"complete_years: [{last + 1}]" in warning


def test_lint_audit_and_stats_print_the_horizon_warning(monkeypatch, capsys, tmp_path):
    from checker import cli

    last = CAL.years.stop - 1

    monkeypatch.setattr(cli, "_today", lambda: date(last, 12, 3))
    assert cli.main(["lint"]) == 0
    assert f"节假日数据只到{last}年" in capsys.readouterr().err
    export = tmp_path / "cases.csv"
    export.write_text("投诉编号,受理时间\nA-1,2025-03-04 09:00\n", encoding="utf-8")
    for command in (["audit", str(export), "--fail-on", "never"], ["stats", str(export), "--period", "2025-03"]):
        cli.main([*command, "--procedure", "s42-telecom-user-appeals", "--format", "json",
                  "--output", str(tmp_path / "out.json")])
        assert f"节假日数据只到{last}年" in capsys.readouterr().err, command
