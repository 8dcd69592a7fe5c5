"""Catalog conditions (`when`, `excludes_when`) compiled to SQL: field tests and elapsed time between two events.

An elapsed condition counts as a deadline of an internal rule does (no extension under 第二百零三条), with the
day arithmetic of checker.deadlines_sql, so "more than 5 months" means after the last day of a 5-month period, and
"more than 15 working days" after the 15th working day of the calendar table (a year it does not cover: unknown,
so the condition does not hold).
"""

from __future__ import annotations

from ..catalog.model import Condition, Unit
from ..deadlines_sql import MICROS, nth_workday_after, plain_last_day
from ..mapping import as_text
from ..sql import TRUE, Sql, blank, ident, typed


def placeholders(values) -> Sql:
    values = [as_text(v) for v in values]
    return Sql(", ".join("?" for _ in values), values)


def condition_sql(cond: Condition, column_of) -> Sql:
    """SQL for one catalog condition; `column_of(ref)` gives the text column of a field or step reference."""
    if cond.any_ is not None:
        alternatives = [condition_sql(c, column_of) for c in cond.any_]
        return Sql("(" + " OR ".join(f"({a.text})" for a in alternatives) + ")",
                   [p for a in alternatives for p in a.params])
    if cond.elapsed is not None:
        e = cond.elapsed
        start, end = typed(column_of(e.from_)), typed(column_of(e.to))
        unit = e.more_than.unit
        if unit in MICROS:
            return Sql(f"{end} > {start} + to_microseconds(CAST(? AS BIGINT))", [int(e.more_than.amount * MICROS[unit])])
        # whole days: dates, not instants
        last = (nth_workday_after(f"CAST({start} AS DATE)", int(e.more_than.amount)) if unit is Unit.working_days
                else plain_last_day(f"CAST({start} AS DATE)", e.more_than))
        return Sql(f"CAST({end} AS DATE) > {last.text}", last.params)
    col = ident(column_of(cond.field))
    if cond.empty is not None:
        return Sql(blank(col) if cond.empty else f"NOT {blank(col)}")
    if cond.equals is not None:
        return Sql(f"{col} = ?", [as_text(cond.equals)])
    if cond.in_ is not None:
        p = placeholders(cond.in_)
        return Sql(f"{col} IN ({p.text})", p.params)
    if cond.at_least is not None:   # a value that is not a number is no evidence: the test does not hold
        return Sql(f"TRY_CAST({col} AS DOUBLE) >= ?", [cond.at_least])
    if cond.more_than is not None:
        return Sql(f"TRY_CAST({col} AS DOUBLE) > ?", [cond.more_than])
    p = placeholders(cond.not_in)
    return Sql(f"({col} IS NOT NULL AND {col} NOT IN ({p.text}))", p.params)


def conditions_sql(conditions: list[Condition], column_of) -> Sql:
    result = TRUE
    for cond in conditions:
        result = result & condition_sql(cond, column_of)
    return result
