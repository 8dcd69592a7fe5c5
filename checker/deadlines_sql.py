"""Deadline arithmetic in SQL: the last day of a day-based period, over a calendar table.

The counting is `deadlines._last_day`'s (民法典 第二百零一条–第二百零四条, working days, 调休), written as joins
on a table of days so that an audit computes every due time in its plan; Python then explains only the late
cases. tests/test_deadlines_sql.py holds the two against each other for every day the calendar knows.

`ck_calendar` has a row per day of the covered years: `workday`, `ordinal` (working days up to and including the
day) and the holiday's name; one more row, the day before the first, has ordinal 0 and an unknown `workday`, so
that "n working days after" can start there, as the Python calendar allows. A due time the calendar cannot give
(a year it does not cover) is NULL.
"""

from __future__ import annotations

from datetime import date, timedelta

from .catalog.model import Authority, Period, Unit
from .deadlines import extends_203
from .sql import Sql

MICROS = {Unit.minutes: 60_000_000, Unit.hours: 3_600_000_000}   # periods added to an instant, not counted in days
CALENDAR = "ck_calendar"
WORKDAYS = "ck_workdays"
BUSINESS_HOURS = "ck_business_hours"
WORKDAYS_VIEW = f"CREATE OR REPLACE TEMP VIEW {WORKDAYS} AS SELECT ordinal, day FROM {CALENDAR} WHERE workday"


def register_calendar(con, calendar) -> None:
    """Make `ck_calendar` and `ck_workdays` (ordinal -> working day) available to the plan's statements."""
    for statement in calendar_statements(calendar):
        con.execute(statement)


def calendar_statements(calendar) -> list[str]:
    """The statements that make the plan's calendar tables, with the calendar written into them as literals, so
    that they run unchanged wherever the plan does (the browser's audit gets them from the site build).

    Built in SQL from the calendar's few hundred exceptions (holidays and 调休 workdays) over a range of days:
    building it row by row in Python and handing it over through Arrow cost more than a small audit."""
    first = date(calendar.years.start, 1, 1)
    holidays = sorted(calendar.holidays.items())
    closes = calendar.closes_at
    return [
        f"CREATE OR REPLACE TEMP TABLE {CALENDAR} AS"
        f" WITH h AS (SELECT unnest({_dates(d for d, _ in holidays)}) AS day,"
        f" unnest({_texts(name for _, name in holidays)}) AS holiday),"
        f" w AS (SELECT unnest({_dates(sorted(calendar.workdays))}) AS day),"
        f" d AS (SELECT CAST(range AS DATE) AS day FROM range(TIMESTAMP '{first}', TIMESTAMP '{date(calendar.years.stop, 1, 1)}', INTERVAL 1 DAY)),"
        " marked AS (SELECT d.day, CASE WHEN w.day IS NOT NULL THEN TRUE WHEN h.day IS NOT NULL THEN FALSE"
        "            ELSE isodow(d.day) < 6 END AS workday, h.holiday"
        "            FROM d LEFT JOIN h ON h.day = d.day LEFT JOIN w ON w.day = d.day)"
        f" SELECT DATE '{first - timedelta(days=1)}' AS day, CAST(NULL AS BOOLEAN) AS workday, 0 AS ordinal,"
        " CAST(NULL AS VARCHAR) AS holiday"
        " UNION ALL"
        " SELECT day, workday, CAST(sum(CAST(workday AS INTEGER)) OVER (ORDER BY day) AS INTEGER), holiday FROM marked"
        " ORDER BY day",
        WORKDAYS_VIEW,
        f"CREATE OR REPLACE TEMP TABLE {BUSINESS_HOURS} AS SELECT "
        + ("CAST(NULL AS INTERVAL)" if closes is None else f"INTERVAL '{closes.hour} hours {closes.minute} minutes'")
        + " AS closes",
    ]


def _dates(days) -> str:
    return "CAST([" + ", ".join(f"'{d.isoformat()}'" for d in days) + "] AS DATE[])"


def _texts(texts) -> str:
    return "CAST([" + ", ".join("'" + t.replace("'", "''") + "'" for t in texts) + "] AS VARCHAR[])"


def due_dates_sql(days: str, period: Period, authority: Authority, includes_non_working_days: bool | None) -> Sql:
    """SELECT day, due FROM `days` (a query with one DATE column `day`): due is 00:00 after the period's last day
    started on `day` (the exclusive end instant), NULL where the calendar cannot say."""
    unit, n = period.unit, int(period.amount or 0)
    joins, params = "", []
    if unit is Unit.working_days:
        joins = (f" LEFT JOIN {CALENDAR} c ON c.day = s.day"
                 f" LEFT JOIN {WORKDAYS} w ON w.ordinal = c.ordinal + CAST(? AS INTEGER)")
        last, params = "w.day", [n]
    else:
        plain = plain_last_day("s.day", period)
        last, params = plain.text, plain.params
        if extends_203(unit, Authority(authority), includes_non_working_days):
            # a last day that is a rest day or holiday moves to the next working day
            joins = (f" LEFT JOIN {CALENDAR} c ON c.day = {plain.text}"
                     f" LEFT JOIN {WORKDAYS} w ON w.ordinal = c.ordinal + 1")
            params = plain.params * 2
            last = f"CASE WHEN c.workday THEN {plain.text} WHEN NOT c.workday THEN w.day END"
    # the period's last day ends at 24:00, or at the close of business where the organisation has one
    end = f"coalesce((SELECT closes FROM {BUSINESS_HOURS}), INTERVAL 1 DAY)"
    return Sql(f"SELECT s.day, CAST(({last}) AS TIMESTAMP) + {end} AS due FROM ({days}) s{joins}", params)


def plain_last_day(day: str, period: Period) -> Sql:
    """The last day of a period counted without the calendar (every unit but working days), started on the
    DATE `day`: the period runs from the next day (第二百零一条); a month ends on the corresponding day, or the
    month's last (第二百零二条, as DuckDB clamps)."""
    unit, n = period.unit, int(period.amount or 0)
    if unit is Unit.same_day:
        return Sql(day)
    if unit is Unit.same_month:
        return Sql(f"last_day({day})")
    if unit is Unit.months:
        return Sql(f"CAST({day} + to_months(CAST(? AS INTEGER)) AS DATE)", [n])
    if unit in (Unit.calendar_days, Unit.weeks):
        return Sql(f"({day} + CAST(? AS INTEGER))", [n * 7 if unit is Unit.weeks else n])
    raise ValueError(f"{unit.value} needs the calendar")


def nth_workday_after(day: str, n: int) -> Sql:
    """The n-th working day after the DATE `day`, as a scalar subquery over the calendar table (NULL where the
    calendar does not reach)."""
    return Sql(f"(SELECT w.day FROM {CALENDAR} c JOIN {WORKDAYS} w ON w.ordinal = c.ordinal + CAST(? AS INTEGER)"
               f" WHERE c.day = {day})", [n])
