"""The month's figures, computed in DuckDB over the cases `prepare_cases` read for `audit`.

Every figure is "as of the period end" P (00:00 of the next month's first day): a case is handled if its
closing time is before P, and an event after P counts as not yet happened. Figures for a month count the
cases received in that month; 累积 counts those received from 1 January of the period's year to P.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..cases import PreparedCases
from ..catalog.columns import ProcedureColumns
from ..checks.missed_deadline import uncovered_years
from ..deadlines_sql import register_calendar
from ..reports.masking import mask
from ..sql import ident, typed
from .columns import Columns, Dimension, StatsInputError, resolve
from .period import Month
from .satisfaction import SatisfactionInput, score

# The catalog's 统计表 forms whose title and number head the workbook's sheets.
CASE_FORM = "complaint-case-statistics"                  # 客户投诉案件统计表 (S14, S15)
INFO_FORM = "complaint-information-statistics"           # 客户信息/投诉统计表 C05-018 (S23)
SATISFACTION_FORM = "customer-satisfaction-statistics"   # 顾客满意度统计表 (S20)

TREND_MONTHS = 12
TOP_VALUES = 15          # free-text dimensions (customer, product…) list this many values, then 其他

# S18 客运站投诉统计分析报告, as written (seed 002, locator 客运站投诉统计分析报告).
S18_CLOSURE = ("2010年11月旅客投诉共收到投诉X宗……截至月底,已办结X宗,办结率为100%",
               "办结率 = 当月受理的投诉中截至月末已办结的件数 ÷ 当月受理件数")
S18_REPLY = ("截至2010年11月30日,X宗转各部门协助处理的投诉中,已到期应回复投诉为X宗,已回复X件,回复率达100%",
             "回复率 = 截至月末已回复的件数 ÷ 截至月末已到期应回复的件数（按该时限规则计到期）")


@dataclass
class StatsOptions:
    period: Month
    calendar: object                         # checker.deadlines.WorkCalendar
    closed: str | None = None                # step or field id that marks 办结
    recurrence_days: int = 30
    satisfaction: SatisfactionInput | None = None
    show_personal_data: bool = False


def compute_stats(prepared: PreparedCases, options: StatsOptions) -> dict:
    """All figures of the period, its year to date and the trailing 12 months, as plain JSON-ready data."""
    procedure, period = prepared.procedure, options.period
    cols = resolve(prepared.catalog, procedure, prepared.present, options.closed)
    con = prepared.con
    _case_table(con, cols, options.recurrence_days)
    text = (lambda v: v) if options.show_personal_data else mask
    months = period.trailing(TREND_MONTHS)
    notes: list[str] = []
    if prepared.absent_headers:
        from ..reports.common import absent_headers_line
        notes.append(absent_headers_line(prepared.absent_headers).replace("读取这些列的规则未检查", "相关数字未统计"))

    rules = [r for r in prepared.rules if r.outcomes is not None]   # the deadlines: each case with its due time
    skipped = [s for s in prepared.skipped if s["rule"] in {d.id for d in procedure.deadlines}]
    register_calendar(con, options.calendar)
    for rule in rules:
        uncovered = uncovered_years(con, rule)
        if uncovered:
            skipped.append({"rule": rule.rule_id, "title": rule.title,
                            "reason": f"节假日日历不覆盖 {'、'.join(map(str, uncovered))} 年："
                                      "这些年份起算的案件没有到期时刻，不计入按期率"})

    monthly = [_cohort(con, cols, m.start, m.end, m.end) for m in months]
    year = _cohort(con, cols, period.year_start, period.end, period.end)
    events = [c for c in ProcedureColumns(prepared.catalog, procedure).event_columns() if c in prepared.present]
    for figures, m in zip(monthly, months):
        cohorts = [(m.start, m.end)] + ([(period.year_start, period.end)] if m == period else [])
        counts = _deadlines_as_of(con, prepared, rules, events, m.end, cohorts)
        figures["deadlines"] = counts[0]
        if m == period:
            year["deadlines"] = counts[1]

    deadlines = [{"rule": r.rule_id, "title": r.title,
                  "clause": r.source.clause if r.source else None, "quote": r.source.quote if r.source else None,
                  "end_label": r.label} for r in rules]
    satisfaction = _satisfaction(con, cols, options.satisfaction, months) if options.satisfaction else None

    rows, earliest = _row_counts(con, prepared, cols)
    if rows["without_received"] and rows["event_log"]:
        notes.append(f"{rows['without_received']} 个案件（{rows['events_without_received']} 行事件）没有"
                     f"{cols.received_label}时间，无法归入月份，未计入统计")
    elif rows["without_received"]:
        notes.append(f"{rows['without_received']} 行没有{cols.received_label}时间，无法归入月份，未计入统计")
    if cols.closed is None:
        notes.append("未指定办结时间：已处理/待处理与办结率未统计（用 --closed 指定表示办结的步骤或日期时间字段）")
    if cols.identity is None:
        notes.append("导出中没有可识别客户的列（客户单位、身份证号、联系电话、电子邮箱或投诉人）：初次/再现未统计")
    elif cols.category is None:
        notes.append("导出中没有投诉类别列：再现按同一客户计，不区分类别")
    if rows["duplicate_numbers"]:
        notes.append(f"{rows['duplicate_numbers']} 个投诉编号重复出现（审计会报告）：统计按行计数")
    if earliest and earliest > months[0].start:
        notes.append(f"导出中最早的受理时间是 {earliest:%Y-%m-%d}：更早月份的数字为 0 不代表没有投诉；"
                     "导出开始前的投诉也无法用于判断再现")

    return {
        "procedure": {"id": procedure.id, "title": procedure.document.title,
                      "inventory_id": procedure.document.inventory_id, "organisation": procedure.document.organisation},
        "period": {"month": period.iso, "label": period.label, "start": f"{period.start:%Y-%m-%d}",
                   "end": f"{period.end - timedelta(days=1):%Y-%m-%d}", "year_start": f"{period.year_start:%Y-%m-%d}"},
        "exports": prepared.exports,
        "rows": rows,
        "settings": {
            "received": {"column": cols.received, "label": cols.received_label},
            "closed": {"column": cols.closed, "label": cols.closed_label},
            "recurrence": {"identity": cols.identity, "identity_label": cols.identity_label,
                           "category": cols.category, "days": options.recurrence_days},
            "personal_data_masked": not options.show_personal_data,
        },
        "definitions": {"closure_rate": {"source": "S18", "quote": S18_CLOSURE[0], "formula": S18_CLOSURE[1]},
                        "reply_rate": {"source": "S18", "quote": S18_REPLY[0], "formula": S18_REPLY[1]},
                        "on_time_rate": {"formula": "按期率 = 按期完成件数 ÷ 截至月末结果已知的件数"
                                                    "（已完成的，和未完成但已过期的）；到期时刻与 audit 同一算法"}},
        "month": monthly[-1],
        "previous": monthly[-2],
        "year": year,
        "deadlines": deadlines,
        "skipped_rules": skipped,
        "breakdowns": [_breakdown(con, d, period, months, text) for d in cols.dimensions],
        "trend": {"months": [m.iso for m in months], "labels": [m.label if k == 0 else m.short for k, m in enumerate(months)], "figures": monthly},
        "satisfaction": satisfaction,
        "notes": notes,
        "forms": {fid: {"title": f.title, "number": f.number, "inventory_ids": f.inventory_ids,
                        "signatures": f.layout.signatures}
                  for fid in (CASE_FORM, INFO_FORM, SATISFACTION_FORM)
                  if (f := prepared.catalog.forms.get(fid)) is not None},
    }


def _case_table(con, cols: Columns, recurrence_days: int) -> None:
    """One row per audited case with a receive time: month key, closing, dimensions and the 再现 flag.

    再现 (S23 发生频率 初次/再现): an earlier case of the same customer — and category, when the export has
    one — was received at most `recurrence_days` days before; otherwise 初次. Unknown (NULL) without a customer.
    """
    closed = typed(cols.closed) if cols.closed else "CAST(NULL AS TIMESTAMP)"
    dims = "".join(f", {ident(d.column)} AS {ident('dim_' + d.column)}" for d in cols.dimensions)
    who = ident(cols.identity) if cols.identity else "CAST(NULL AS VARCHAR)"
    what = ident(cols.category) if cols.category else "''"
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE stats_cases AS
        SELECT _file, _row, case_number, recv_t, closed_t{dims},
               CASE WHEN who IS NULL OR what IS NULL THEN NULL
                    ELSE coalesce(recv_t - lag(recv_t) OVER (PARTITION BY who, what ORDER BY recv_t, _file, _row)
                                  <= to_days(CAST(? AS INTEGER)), FALSE) END AS recurrent
        FROM (SELECT *, {typed(cols.received)} AS recv_t, {closed} AS closed_t, {who} AS who, {what} AS what
              FROM audited) WHERE recv_t IS NOT NULL""", [recurrence_days])


def _cohort(con, cols: Columns, start: datetime, end: datetime, as_of: datetime) -> dict:
    """Cases received in [start, end), as of `as_of`."""
    received, handled, first, recurrent = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE closed_t < ?), count(*) FILTER (WHERE NOT recurrent),"
        " count(*) FILTER (WHERE recurrent) FROM stats_cases WHERE recv_t >= ? AND recv_t < ?",
        [as_of, start, end]).fetchone()
    has_closed = cols.closed is not None
    return {
        "received": received,
        "handled": handled if has_closed else None,
        "pending": received - handled if has_closed else None,
        "closure_rate": _rate(handled, received) if has_closed else None,
        "first": first if cols.identity else None,
        "recurrent": recurrent if cols.identity else None,
        "deadlines": [],
    }


def _deadlines_as_of(con, prepared: PreparedCases, rules, events: list[str], as_of: datetime,
                     cohorts: list[tuple[datetime, datetime]]) -> list[list[dict]]:
    """Each deadline rule over the cases whose period starts in each cohort [start, end), as of `as_of`.

    No second implementation of lateness: the deadline check's own queries run, as `audit --as-of` would run them, on
    the export as it stood at `as_of` (view `audited` with every later time blanked). Late = the violation
    query's rows; 已到期 (due for a reply by then) = the rows the violation query returns when the end event is
    blanked too, i.e. whose deadline had passed whether or not it was met.
    """
    if not rules:
        return [[] for _ in cohorts]
    _as_of_view(con, "stats_asof", events, as_of)
    result = [[] for _ in cohorts]
    pr = ProcedureColumns(prepared.catalog, prepared.procedure)
    for rule in rules:
        end = typed(pr.column(rule.deadline.end))
        _as_of_view(con, "stats_unanswered", events, as_of, blank=end)
        with _search_path(con, "stats_asof"):
            con.execute(f"CREATE OR REPLACE TEMP TABLE stats_outcomes AS {rule.outcomes.text}", rule.outcomes.params)
            con.execute(f"CREATE OR REPLACE TEMP TABLE stats_late AS SELECT DISTINCT _id FROM ({rule.query.text})",
                        rule.query.params + [as_of])
        with _search_path(con, "stats_unanswered"):
            con.execute(f"CREATE OR REPLACE TEMP TABLE stats_expired AS SELECT DISTINCT _id FROM ({rule.query.text})",
                        rule.query.params + [as_of])
        for k, (start, end_of_cohort) in enumerate(cohorts):
            applicable, no_due, late, on_time, due, replied = con.execute(
                "SELECT count(*), count(*) FILTER (WHERE o.due_t IS NULL),"
                " count(*) FILTER (WHERE l._id IS NOT NULL),"
                " count(*) FILTER (WHERE l._id IS NULL AND o.end_t IS NOT NULL AND o.due_t IS NOT NULL),"
                " count(*) FILTER (WHERE x._id IS NOT NULL),"
                " count(*) FILTER (WHERE x._id IS NOT NULL AND o.end_t IS NOT NULL)"
                " FROM stats_outcomes o LEFT JOIN stats_late l USING (_id)"
                " LEFT JOIN stats_expired x USING (_id) WHERE o.start_t >= ? AND o.start_t < ?",
                [start, end_of_cohort]).fetchone()
            result[k].append({
                "applicable": applicable, "on_time": on_time, "late": late,
                "pending": applicable - no_due - on_time - late, "no_due": no_due,
                "on_time_rate": _rate(on_time, on_time + late),
                "due": due, "replied": replied, "reply_rate": _rate(replied, due),
            })
    return result


def _as_of_view(con, schema: str, events: list[str], as_of: datetime, blank: str | None = None) -> None:
    """`<schema>.audited`: the cases as recorded by `as_of` (later times blank); `blank` names a time column to empty."""
    stamp = f"TIMESTAMP '{as_of:%Y-%m-%d %H:%M:%S}'"     # a datetime we built, not input text
    parts = []
    for column in events:
        text, parsed = ident(column), typed(column)
        later = f"{parsed} >= {stamp}"
        parts.append(f"CASE WHEN {later} THEN NULL ELSE {text} END AS {text}")
        parts.append(f"CAST(NULL AS TIMESTAMP) AS {parsed}" if parsed == blank
                     else f"CASE WHEN {later} THEN NULL ELSE {parsed} END AS {parsed}")
    replace = f" REPLACE ({', '.join(parts)})" if parts else ""
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    con.execute(f"CREATE OR REPLACE VIEW {schema}.audited AS SELECT *{replace} FROM main.audited")


@contextmanager
def _search_path(con, schema: str):
    """Run the checks' queries, which read `audited`, against `<schema>.audited`."""
    con.execute(f"SET search_path = '{schema},main'")
    try:
        yield
    finally:
        con.execute("RESET search_path")


def _rate(part: int, whole: int) -> float | None:
    return None if not whole else part / whole


def _breakdown(con, dim: Dimension, period: Month, months: list[Month], text) -> dict:
    column = ident("dim_" + dim.column)
    monthly = ", ".join("count(*) FILTER (WHERE recv_t >= ? AND recv_t < ?)" for _ in months)
    params = [period.start, period.end, period.year_start, period.end] + [t for m in months for t in (m.start, m.end)]
    found = con.execute(
        f"SELECT {column}, count(*) FILTER (WHERE recv_t >= ? AND recv_t < ?),"
        f" count(*) FILTER (WHERE recv_t >= ? AND recv_t < ?), {monthly}"
        f" FROM stats_cases GROUP BY ALL ORDER BY 3 DESC, 2 DESC, 1", params).fetchall()
    counts = {value: (m, y, list(trend)) for value, m, y, *trend in found}
    month_total = sum(c[0] for c in counts.values())
    year_total = sum(c[1] for c in counts.values())

    def row(value, label, m, y, trend, known=True):
        return {"value": value, "label": label, "known": known, "month": m, "month_share": _rate(m, month_total),
                "year": y, "year_share": _rate(y, year_total), "trend": trend}

    zero = (0, 0, [0] * len(months))
    rows = []
    for value, label in dim.labels.items():
        if dim.listed or value in counts:
            rows.append(row(value, label, *counts.get(value, zero)))
    others = [(v, c) for v, c in counts.items() if v is not None and v not in dim.labels]
    for value, c in others[:TOP_VALUES]:
        rows.append(row(text(value), text(value), *c, known=not dim.labels))
    if len(others) > TOP_VALUES:
        rest = others[TOP_VALUES:]
        rows.append(row(None, f"其他 {len(rest)} 个取值", sum(c[0] for _, c in rest), sum(c[1] for _, c in rest),
                        [sum(c[2][k] for _, c in rest) for k in range(len(months))], known=False))
    if None in counts:
        rows.append(row(None, "未填写", *counts[None], known=False))
    return {"column": dim.column, "title": dim.title, "rows": rows, "month_total": month_total, "year_total": year_total}


def _satisfaction(con, cols: Columns, given: SatisfactionInput, months: list[Month]) -> dict:
    if given.customer is not None and "customer" not in {d.column for d in cols.dimensions}:
        raise StatsInputError(f"满意度输入指定了客户 {given.customer!r}，但导出中没有客户单位列（customer）")
    where = f" AND {ident('dim_customer')} = ?" if given.customer is not None else ""
    result = []
    for m in months:
        entry = given.month(m)
        if entry is None:
            result.append({"month": m.iso, "score": None})
            continue
        params = [m.start, m.end] + ([given.customer] if given.customer is not None else [])
        complaints = con.execute(f"SELECT count(*) FROM stats_cases WHERE recv_t >= ? AND recv_t < ?{where}",
                                 params).fetchone()[0]
        result.append({"month": m.iso, "score": score(entry, complaints)})
    return {"customer": given.customer, "months": result}


def _row_counts(con, prepared: PreparedCases, cols: Columns) -> tuple[dict, datetime | None]:
    """Rows in the export's own rows (an event log's are events), cases as the statistics count them.

    A case without a receive time is left out: for a table export that is one row; for an event log, one case
    and all of its events, so cases are subtracted from cases, never from events."""
    in_table, earliest = con.execute("SELECT count(*), min(recv_t) FROM stats_cases").fetchone()
    cases = con.execute("SELECT count(*) FROM audited").fetchone()[0]
    duplicates = con.execute(
        "SELECT count(*) FROM (SELECT case_number FROM audited WHERE case_number IS NOT NULL"
        " GROUP BY case_number HAVING count(*) > 1)").fetchone()[0]
    logs = [index for index in range(len(prepared.exports))
            if con.execute("SELECT 1 FROM duckdb_tables() WHERE table_name = ?", [f"events_{index}"]).fetchall()]
    events_without = None
    if logs:   # the events of the cases left out, counted in each log (`cases.py` keeps them as events_<n>)
        events_without = sum(con.execute(
            f'SELECT count(*) FROM events_{index} e WHERE e."case" IN (SELECT case_number FROM audited '
            f"WHERE _file = ? AND {typed(cols.received)} IS NULL)", [index]).fetchone()[0] for index in logs)
    return {
        "read": prepared.rows_read,
        "audited": prepared.rows_audited,
        "unreadable": prepared.rows_read - prepared.rows_audited,
        "event_log": bool(logs),
        "cases": cases,
        "counted": in_table,
        "without_received": cases - in_table,
        "events_without_received": events_without,
        "duplicate_numbers": duplicates,
        "earliest": f"{earliest:%Y-%m-%d %H:%M}" if earliest else None,
    }, earliest
