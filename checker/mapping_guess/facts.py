"""Facts about an export's columns: counts, frequent values, date-like shares, the order of numeric dates,
variation within a case.

The functions that read the export are generators: each query is yielded as SQL text and its rows (a list of
tuples) are sent back, so that the same guessing runs over DuckDB in Python (`run_queries`) and over DuckDB-WASM
in the browser (checker/mapping_guess/browser.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


from ..sql import ident
from .words import CASE_SAMPLE, DATE_SAMPLE, NO, NULL_MARKERS, NUMERIC_NO, NUMERIC_YES, TOP, YES, _n, _pct, _show, norm

NUMBER = re.compile(r"\s*[-+]?\d[\d,]*(\.\d+)?\s*[^\d\s]{0,2}\s*$")     # 200, 1,500, 3.5, 200件

# --- facts about the export's columns ------------------------------------------------------------------------

@dataclass
class ColumnFacts:
    header: str
    filled: int = 0                                  # non-blank values
    distinct: int = 0
    top: list[tuple[str, int]] = field(default_factory=list)   # most frequent values, with counts
    dates: int = 0                                   # sampled values that read as dates
    ambiguous_dates: int = 0                         # 3/4/2025-like values, when the order is unknown
    sampled: int = 0
    varies_in_case: float | None = None              # event logs: share of multi-event cases where it varies

    @property
    def date_share(self) -> float:
        return (self.dates + self.ambiguous_dates) / self.sampled if self.sampled else 0.0

    def date_evidence(self) -> str:
        text = f"{_n(self.sampled)} 个值中 {_pct(self.dates + self.ambiguous_dates, self.sampled)} 可识别为日期"
        if self.ambiguous_dates and not self.dates:
            text += "（日/月顺序待定，见 date_order）"
        return text

    def values_text(self, limit: int = 6) -> str:
        shown = "、".join(f"{_show(v, 20)} ({_n(c)})" for v, c in self.top[:limit])
        more = self.distinct - min(limit, len(self.top))
        return shown + (f" 等 {_n(self.distinct)} 个不同取值" if more > 0 else "")

    @property
    def number_share(self) -> float:
        """The share of the frequent values' rows that are a number (200, 1,500, 3.5, 200件)."""
        counted = sum(c for _, c in self.top)
        return sum(c for v, c in self.top if NUMBER.match(v)) / counted if counted else 0.0

    def yes_no_share(self, numeric: bool = False) -> float:
        words_ = YES | NO | (NUMERIC_YES | NUMERIC_NO if numeric else set())
        if not self.filled or len(self.top) < self.distinct:
            return 0.0
        return sum(c for v, c in self.top if norm(v) in words_ or v.strip() in words_) / self.filled


def cell_text(header: str) -> str:
    """SQL for a column's cell as trimmed text, NULL when blank."""
    return f"NULLIF(trim(CAST({ident(header)} AS VARCHAR)), '')"


def run_queries(steps, con):
    """Run a guessing generator over a DuckDB connection: each SQL it yields answered with its rows."""
    try:
        sql = next(steps)
        while True:
            sql = steps.send(con.execute(sql).fetchall())
    except StopIteration as done:
        return done.value


def date_order(table: str, columns: list[str]):
    """The order of numeric dates like 4/3/2025 in the export's columns, judged from the values: a first number
    above 12 can only be a day, a second one above 12 only a day too. (order, evidence); None when the values do
    not say or contradict each other."""
    from ..readers.dates import DAY_MONTH_YEAR

    day_first = month_first = 0
    for column in columns:
        c = ident(column)
        first, second = (f"CAST(regexp_extract(CAST({c} AS VARCHAR), '{DAY_MONTH_YEAR}', {k}) AS INTEGER)" for k in (1, 2))
        row = (yield f"SELECT count(*) FILTER (WHERE {first} > 12), count(*) FILTER (WHERE {second} > 12) "
                     f"FROM {ident(table)} WHERE regexp_matches(CAST({c} AS VARCHAR), '{DAY_MONTH_YEAR}')")[0]
        day_first, month_first = day_first + row[0], month_first + row[1]
    if day_first and not month_first:
        return "day_first", f"{day_first} 个日期的第一个数大于12，只能是日"
    if month_first and not day_first:
        return "month_first", f"{month_first} 个日期的第二个数大于12，只能是日"
    if day_first and month_first:
        return None, "日期的写法前后矛盾（有日/月/年，也有月/日/年），请逐列核对"
    return None, ""


def column_facts(table: str, headers: list[str], date_order: str | None):
    """Counts, frequent values and the share of date-like values of every column (a few queries per column)."""
    from ..readers.dates import DAY_MONTH_YEAR, datetime_sql, reordered_sql

    facts = {h: ColumnFacts(h) for h in headers}
    if not headers:
        return facts
    source = ident(table)
    value = {h: cell_text(h) for h in headers}
    counts = (yield "SELECT " + ", ".join(f"count({value[h]}), count(DISTINCT {value[h]})" for h in headers)
              + f" FROM {source}")[0]
    for i, h in enumerate(headers):
        facts[h].filled, facts[h].distinct = counts[2 * i], counts[2 * i + 1]
    filled = [h for h in headers if facts[h].filled]
    for h in filled:
        facts[h].top = [(str(v), c) for v, c in (yield
            f"SELECT v, count(*) FROM (SELECT {value[h]} AS v FROM {source}) WHERE v IS NOT NULL "
            f"GROUP BY v ORDER BY count(*) DESC, v LIMIT {TOP}")]
    if not filled:
        return facts
    # one query for every column's sample: the date grammar is bound once (binding it costs more than parsing)
    markers = ", ".join(f"'{m}'" for m in NULL_MARKERS)     # "?" for nothing (ServiceNow) is not a bad date
    samples = " UNION ALL ".join(f"(SELECT {i} AS k, {value[h]} AS v FROM {source} WHERE {value[h]} IS NOT NULL "
                                 f"AND lower({value[h]}) NOT IN ({markers}) LIMIT {DATE_SAMPLE})"
                                 for i, h in enumerate(filled))
    parsed = datetime_sql(reordered_sql("v", date_order))
    rows = yield (
        f"SELECT k, count(*), count(*) FILTER (WHERE p IS NOT NULL), "
        f"count(*) FILTER (WHERE p IS NULL AND regexp_matches(v, '{DAY_MONTH_YEAR}')) FROM "
        f"(SELECT k, v, CASE WHEN regexp_matches(v, '[0-9]') THEN {parsed} END AS p FROM ({samples})) GROUP BY k")
    for k, sampled, dates, ambiguous in rows:
        f = facts[filled[k]]
        f.sampled, f.dates = sampled, dates
        f.ambiguous_dates = ambiguous if date_order in (None, "year_first") else 0
    return facts


def _variation_in_cases(table: str, case: str, headers: list[str], facts: dict[str, ColumnFacts]) -> int:
    """Share, per column, of the cases with several events in which the column takes several values (among the
    first CASE_SAMPLE cases); returns the number of such cases."""
    others = [h for h in headers if h != case]
    if not others:
        return 0
    distinct = ", ".join(f"count(DISTINCT {ident(h)}) AS d{i}" for i, h in enumerate(others))
    share = ", ".join(f"count(*) FILTER (WHERE d{i} > 1)" for i in range(len(others)))
    c = ident(case)
    some = f"SELECT DISTINCT {c} FROM {ident(table)} WHERE {c} IS NOT NULL LIMIT {CASE_SAMPLE}"
    row = (yield f"SELECT count(*), {share} FROM (SELECT count(*) AS n, {distinct} FROM {ident(table)} "
                 f"WHERE {c} IN ({some}) GROUP BY {c}) WHERE n > 1")[0]
    multi = row[0]
    for i, h in enumerate(others):
        facts[h].varies_in_case = row[i + 1] / multi if multi else 0.0
    return multi


def dated_by_value(table: str, status: str, date: str):
    """{value of `status`: the number of its rows where `date` is filled} (the values' text as `top` gives it)."""
    rows = yield (f"SELECT {cell_text(status)}, count({cell_text(date)}) "
                  f"FROM {ident(table)} GROUP BY 1")
    return {str(v): n for v, n in rows if v is not None}
