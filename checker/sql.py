"""Small SQL building blocks. Catalog and mapping values reach queries only as parameters or quoted identifiers."""

from __future__ import annotations

from dataclasses import dataclass, field

from .catalog.model import Condition, Unit
from .mapping import as_text

MICROS = {Unit.minutes: 60_000_000, Unit.hours: 3_600_000_000}


def ident(name: str) -> str:
    """A quoted SQL identifier: any header, even `x"); DROP TABLE cases; --`, stays a name."""
    return '"' + name.replace('"', '""') + '"'


def typed(column: str) -> str:
    """Name of the parsed TIMESTAMP twin of a text column."""
    return ident(column + "__t")


def blank(column_sql: str) -> str:
    return f"({column_sql} IS NULL OR trim({column_sql}) = '')"


@dataclass
class Sql:
    """A SQL fragment with its parameters, composed without pasting values into text."""

    text: str
    params: list = field(default_factory=list)

    def __and__(self, other: "Sql") -> "Sql":
        return Sql(f"({self.text}) AND ({other.text})", self.params + other.params)


TRUE = Sql("TRUE")


@dataclass
class Projection:
    """A query around a row source, `before` + source + `after`: readers load an export through it, so the
    mapping is applied while the rows are read instead of in a second full copy."""

    before: Sql
    after: Sql

    def around(self, source: Sql) -> Sql:
        return Sql(self.before.text + source.text + self.after.text,
                   self.before.params + source.params + self.after.params)


SELECT_ALL = Projection(Sql("SELECT * FROM "), Sql(""))   # the rows as read, when a reader is given no projection


def placeholders(values) -> Sql:
    values = [as_text(v) for v in values]
    return Sql(", ".join("?" for _ in values), values)


def condition_sql(cond: Condition, column_of) -> Sql:
    """SQL for one catalog condition; `column_of(ref)` gives the text column of a field or step reference."""
    if cond.elapsed is not None:
        e = cond.elapsed
        start, end = typed(column_of(e.from_)), typed(column_of(e.to))
        amount = e.more_than.amount
        unit = e.more_than.unit
        if unit in MICROS:
            return Sql(f"{end} > {start} + to_microseconds(CAST(? AS BIGINT))", [int(amount * MICROS[unit])])
        # Day-based periods count whole calendar days (民法典 第二百零一条): compare dates, not instants.
        sd, ed = f"CAST({start} AS DATE)", f"CAST({end} AS DATE)"
        if unit == Unit.same_day:
            return Sql(f"{ed} > {sd}")
        if unit == Unit.same_month:
            return Sql(f"date_trunc('month', {ed}) > date_trunc('month', {sd})")
        if unit == Unit.months:  # DuckDB clamps to the month's last day, as 第二百零二条 does
            return Sql(f"{ed} > CAST({sd} + to_months(CAST(? AS INTEGER)) AS DATE)", [int(amount)])
        if unit == Unit.working_days:
            raise ValueError("elapsed conditions in working days are not supported")
        days = int(amount * 7) if unit == Unit.weeks else int(amount)
        return Sql(f"{ed} > {sd} + CAST(? AS INTEGER)", [days])
    col = ident(column_of(cond.field))
    if cond.empty is not None:
        return Sql(blank(col) if cond.empty else f"NOT {blank(col)}")
    if cond.equals is not None:
        return Sql(f"{col} = ?", [as_text(cond.equals)])
    if cond.in_ is not None:
        p = placeholders(cond.in_)
        return Sql(f"{col} IN ({p.text})", p.params)
    p = placeholders(cond.not_in)
    return Sql(f"({col} IS NOT NULL AND {col} NOT IN ({p.text}))", p.params)


def conditions_sql(conditions: list[Condition], column_of) -> Sql:
    result = TRUE
    for cond in conditions:
        result = result & condition_sql(cond, column_of)
    return result
