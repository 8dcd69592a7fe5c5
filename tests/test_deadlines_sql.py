"""The SQL deadline arithmetic (checker.deadlines_sql) against the Python one (checker.deadlines) that explains
each finding: the same due time for every day the statutory calendar knows, every kind of day-based period,
both authorities and both readings of 含非工作日 — so a trace never contradicts the due time the audit used."""

from __future__ import annotations

from datetime import date, timedelta

import duckdb
import pytest

from checker.calendars import EXAMPLE
from checker.catalog.model import Period
from checker.deadlines import WorkCalendar, due_by_date
from checker.deadlines_sql import CALENDAR, due_dates_sql, register_calendar

PERIODS = [(1, "working_days"), (5, "working_days"), (15, "working_days"), (30, "working_days"),
           (1, "calendar_days"), (7, "calendar_days"), (15, "calendar_days"), (30, "calendar_days"),
           (2, "weeks"), (1, "months"), (5, "months"), (12, "months"), (None, "same_day"), (None, "same_month")]


def _days(calendar: WorkCalendar) -> list[date]:
    first = date(calendar.years.start, 1, 1) - timedelta(days=3)   # and a few days outside on either side
    last = date(calendar.years.stop - 1, 12, 31) + timedelta(days=3)
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


@pytest.mark.parametrize("calendar", [WorkCalendar.statutory(), WorkCalendar.from_yaml(EXAMPLE)],
                         ids=["statutory", "organisation"])
@pytest.mark.parametrize("amount,unit", PERIODS)
def test_sql_due_times_equal_the_python_arithmetic(calendar, amount, unit):
    con = duckdb.connect()
    register_calendar(con, calendar)
    days = _days(calendar)
    con.execute("CREATE TABLE starts AS SELECT CAST(range AS DATE) AS day FROM range(?, ?, INTERVAL 1 DAY)",
                [days[0], days[-1] + timedelta(days=1)])
    period = Period(amount=amount, unit=unit)
    readings = [("regulation", None), ("internal", None)]
    if unit != "working_days":
        readings.append(("regulation", True))
    for authority, includes in readings:
        query = due_dates_sql("SELECT day FROM starts", period, authority, includes)
        got = dict(con.execute(query.text, query.params).fetchall())
        errors: dict = {}
        expected = due_by_date(days, period, authority=authority, includes_non_working_days=includes,
                               calendar=calendar, errors=errors)
        assert len(got) == len(days)
        wrong = [(d, got[d], expected.get(d)) for d in days if got[d] != expected.get(d)]
        assert not wrong, (authority, includes, wrong[:5], f"{len(wrong)} of {len(days)} days differ")
        assert {d for d in days if got[d] is None} == set(errors), (authority, includes)


def test_the_calendar_table_counts_working_days():
    calendar = WorkCalendar.statutory()
    con = duckdb.connect()
    register_calendar(con, calendar)
    rows = dict(con.execute(f"SELECT day, ordinal FROM {CALENDAR} WHERE day BETWEEN ? AND ?",
                            [date(2025, 1, 24), date(2025, 2, 10)]).fetchall())
    # 春节 01-28…02-04 is not counted, the make-up Saturdays 01-26 and 02-08 are
    assert rows[date(2025, 2, 5)] - rows[date(2025, 1, 24)] == 3      # 01-26 (Sunday, 调休), 01-27, 02-05
    assert rows[date(2025, 2, 4)] == rows[date(2025, 1, 27)]
    assert rows[date(2025, 2, 8)] == rows[date(2025, 2, 7)] + 1
