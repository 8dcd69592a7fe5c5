"""CK104 missed-deadline: the end event came after the deadline, or has not come and the deadline has passed
(as of --as-of). Each finding carries the deadline's arithmetic (checker.deadlines, 民法典 201–204)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

from ..catalog.columns import ProcedureColumns
from ..catalog.model import Deadline
from ..sql import MICROS, Sql, conditions_sql, typed
from .base import AuditContext, Check, CompiledRule, Kind, condition_columns, finding

KIND = Kind(
    "missed-deadline", "CK104", "超过时限", "error",
    "结束事件晚于时限，或尚未发生而时限已过（以 --as-of 为准）。发现附有时限的计算过程。",
    "{rule_title}：时限 {expected}，实际 {actual}",
)


def compile(pc: ProcedureColumns) -> list[CompiledRule]:
    return [_compile(pc, rule, f"due_{index}") for index, rule in enumerate(pc.procedure.deadlines)]


def _compile(pc: ProcedureColumns, rule: Deadline, due_table: str) -> CompiledRule:
    col = pc.column
    end = typed(col(rule.end))
    start_column = col(rule.start or rule.due_field)
    start_sql = typed(start_column)
    needs = [col(rule.end), *condition_columns(rule.when, col), start_column]
    when = conditions_sql(rule.when, col)
    period = rule.period if rule.due_field is None else rule.tolerance
    # Whole days (a period, or an agreed time's tolerance) are counted in Python, once per start date, by the
    # same arithmetic that explains a finding; minutes and hours are added in SQL.
    uses_table = period is not None and period.unit not in MICROS
    if uses_table:
        due, params = "d.due", []
    elif period is None:
        due, params = start_sql, []
    else:
        due, params = f"({start_sql} + to_microseconds(CAST(? AS BIGINT)))", [int(period.amount * MICROS[period.unit])]
    join = f" LEFT JOIN {due_table} d ON d.day = CAST({start_sql} AS DATE)" if uses_table else ""
    # Every case the deadline applies to, with its due instant: the violation query and statistics share it.
    outcomes = Sql(
        f"SELECT _id, _file, _row, case_number, {start_sql} AS start_t, {due} AS due_t, {end} AS end_t"
        f" FROM audited{join} WHERE {start_sql} IS NOT NULL AND ({when.text})", params + when.params)
    # Day-based periods end at 24:00 of the last day (due_t is the next 00:00, exclusive); a period in hours or
    # minutes, or an agreed time, is met by an event at the due minute itself ("2小时之内" includes 2:00).
    late = ">=" if uses_table else ">"
    violations = Sql(
        f"SELECT _id, _file, _row, case_number, start_t, due_t, end_t, (end_t IS NULL) AS open FROM ({outcomes.text})"
        f" WHERE due_t IS NOT NULL AND ((end_t IS NOT NULL AND end_t {late} due_t) OR (end_t IS NULL AND ? {late} due_t))",
        outcomes.params)
    return CompiledRule(
        KIND.slug, rule.id, rule.title, violations, needs, rule.source, pc.label(rule.end), "deadlines",
        rule, due_table if uses_table else None, outcomes, pc.label(rule.start or rule.due_field))


def register_due_table(con, rule: CompiledRule, pc: ProcedureColumns, calendar) -> set[int]:
    """Register the due instants a day-based deadline joins, one per start date in `audited`.

    `audit` and `stats` both call this before running `rule.query` / `rule.outcomes`. Returns the years the
    calendar does not cover (cases starting then get no due instant).
    """
    import pyarrow as pa

    from ..deadlines import due_by_date

    d = rule.deadline
    start = typed(pc.column(d.start or d.due_field))
    days = [r[0] for r in con.execute(f"SELECT DISTINCT CAST({start} AS DATE) FROM audited WHERE {start} IS NOT NULL").fetchall()]
    errors: dict[date, str] = {}
    dues = due_by_date(days, d.period or d.tolerance, authority=pc.procedure.document.authority,
                       includes_non_working_days=d.includes_non_working_days, calendar=calendar, errors=errors)
    con.register(rule.due_table, pa.table({"day": pa.array(list(dues), pa.date32()),
                                           "due": pa.array(list(dues.values()), pa.timestamp("us"))}))
    return {day.year for day in errors}


class _DeadlineCheck(Check):
    def prepare(self, con, rule: CompiledRule, pc: ProcedureColumns, ctx: AuditContext) -> None:
        """The due table of a day-based deadline, and the years the calendar could not cover."""
        if rule.due_table:
            uncovered = register_due_table(con, rule, pc, ctx.calendar)
            if uncovered:
                ctx.skipped.append({"rule": rule.rule_id, "title": rule.title,
                                    "reason": f"节假日日历不覆盖 {'、'.join(map(str, sorted(uncovered)))} 年："
                                              "这些年份起算的案件未检查此时限"})

    def findings(self, rule: CompiledRule, rows, ctx: AuditContext) -> list[dict]:
        return [_finding(rule, row, ctx) for row in rows]


@lru_cache(maxsize=4096)
def _fmt(moment: datetime) -> str:
    if moment.hour == 0 and moment.minute == 0:
        return (moment - timedelta(days=1)).strftime("%Y-%m-%d") + " 24:00"
    return moment.strftime("%Y-%m-%d %H:%M")


def _finding(rule: CompiledRule, row, ctx: AuditContext) -> dict:
    from ..deadlines import agreed_due, compute_due, explain

    record, file_index, line, case, start, due_at, end, is_open = row
    d, authority = rule.deadline, ctx.procedure.document.authority
    period = d.period if d.due_field is None else d.tolerance
    key = start if period is None or period.unit in MICROS else start.date()   # a period in days needs the date alone
    due = ctx.dues.get((rule.rule_id, key))
    if due is None:
        if d.due_field is None:
            due = compute_due(key, d.period, authority=authority, includes_non_working_days=d.includes_non_working_days,
                              calendar=ctx.calendar, start_label=rule.start_label)
        else:
            due = agreed_due(key, d.tolerance, authority=authority, calendar=ctx.calendar, label=rule.start_label)
        ctx.dues[(rule.rule_id, key)] = due
    as_of = ctx.as_of
    result = finding(ctx, KIND.slug, rule, record=record, file_index=file_index, row=line, case=case,
                     actual=(f"截至 {as_of:%Y-%m-%d %H:%M} 未完成" if is_open else end.strftime("%Y-%m-%d %H:%M")),
                     expected=_fmt(due_at))
    result.update({"open": bool(is_open), "deadline": due_at.isoformat(sep=" "),
                   "trace": explain(due, None if is_open else end, as_of if is_open else None)})
    return result


CHECK = _DeadlineCheck(KIND, ("deadlines",), compile, takes_as_of=True)
