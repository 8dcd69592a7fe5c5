"""CK104 missed-deadline: the end event came after the deadline, or has not come and the deadline has passed
(as of --as-of). Each finding carries the deadline's arithmetic (checker.deadlines, 民法典 201–204)."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache

from ..catalog.columns import ProcedureColumns
from ..catalog.model import Deadline
from ..deadlines_sql import MICROS, due_dates_sql
from ..sql import Sql, typed
from .base import AuditContext, Check, CompiledRule, Finding, Kind, condition_columns, finding
from .conditions import conditions_sql

KIND = Kind(
    "missed-deadline", "CK104", "超过时限", "error",
    "结束事件晚于时限，或尚未发生而时限已过（以 --as-of 为准）。发现附有时限的计算过程。",
    "{rule_title}：时限 {expected}，实际 {actual}",
)


def compile(pc: ProcedureColumns) -> list[CompiledRule]:
    return [_compile(pc, rule) for rule in pc.procedure.deadlines]


def _compile(pc: ProcedureColumns, rule: Deadline) -> CompiledRule:
    col = pc.column
    end = typed(col(rule.end))
    start_column = col(rule.start or rule.due_field)
    start_sql = typed(start_column)
    needs = [col(rule.end), *condition_columns(rule.when, col), start_column]
    when = conditions_sql(rule.when, col)
    period = rule.period if rule.due_field is None else rule.tolerance
    join, uncovered = Sql(""), None
    if period is None:
        due = Sql(start_sql)
    elif period.unit in MICROS:
        due = Sql(f"({start_sql} + to_microseconds(CAST(? AS BIGINT)))", [int(period.amount * MICROS[period.unit])])
    else:
        # Whole days (a period, or an agreed time's tolerance): the due time of each distinct start date, counted
        # over the calendar table (checker.deadlines_sql), the same arithmetic that explains a finding
        days = f"SELECT DISTINCT CAST({start_sql} AS DATE) AS day FROM audited WHERE {start_sql} IS NOT NULL"
        dues = due_dates_sql(days, period, pc.procedure.document.authority, rule.includes_non_working_days)
        due, join = Sql("d.due"), Sql(f" LEFT JOIN ({dues.text}) d ON d.day = CAST({start_sql} AS DATE)", dues.params)
        uncovered = Sql(f"SELECT DISTINCT year(day) FROM ({dues.text}) WHERE due IS NULL ORDER BY 1", dues.params)
    # Every case the deadline applies to, with its due instant: the violation query and statistics share it.
    outcomes = Sql(
        f"SELECT _id, _file, _row, case_number, {start_sql} AS start_t, {due.text} AS due_t, {end} AS end_t"
        f" FROM audited{join.text} WHERE {start_sql} IS NOT NULL AND ({when.text})",
        due.params + join.params + when.params)
    # Day-based periods end at 24:00 of the last day (due_t is the next 00:00, exclusive); a period in hours or
    # minutes, or an agreed time, is met by an event at the due minute itself ("2小时之内" includes 2:00), unless
    # the clause counts the bound as late ("迟到半小时以上": exactly half an hour late is late).
    late = ">=" if uncovered is not None or rule.bound_is_late else ">"
    violations = Sql(
        f"SELECT _id, _file, _row, case_number, start_t, due_t, end_t, (end_t IS NULL) AS open FROM ({outcomes.text})"
        f" WHERE due_t IS NOT NULL AND ((end_t IS NOT NULL AND end_t {late} due_t) OR (end_t IS NULL AND ? {late} due_t))",
        outcomes.params)
    return CompiledRule(
        KIND.slug, rule.id, rule.title, violations, needs, rule.source, pc.label(rule.end), "deadlines",
        rule, outcomes, pc.label(rule.start or rule.due_field), uncovered)


def uncovered_years(con, rule: CompiledRule) -> list[int]:
    """Years of start dates the calendar cannot count from (their cases get no due time)."""
    if rule.uncovered is None:
        return []
    return [year for (year,) in con.execute(rule.uncovered.text, rule.uncovered.params).fetchall()]


class _DeadlineCheck(Check):
    def prepare(self, con, rule: CompiledRule, pc: ProcedureColumns, ctx: AuditContext) -> None:
        """The years the calendar could not count from."""
        uncovered = uncovered_years(con, rule)
        if uncovered:
            ctx.skipped.append({"rule": rule.rule_id, "title": rule.title,
                                "reason": f"节假日日历不覆盖 {'、'.join(map(str, uncovered))} 年：这些年份起算的案件未检查此时限"})

    def findings(self, rule: CompiledRule, rows, ctx: AuditContext) -> list[Finding]:
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
    result = finding(ctx, rule, record=record, file_index=file_index, row=line, case=case,
                     actual=(f"截至 {as_of:%Y-%m-%d %H:%M} 未完成" if is_open else end.strftime("%Y-%m-%d %H:%M")),
                     expected=_fmt(due_at))
    trace = explain(due, None if is_open else end, as_of if is_open else None)
    if d.bound_is_late and (as_of if is_open else end) == due_at:
        trace += "（“以上”包含本数：恰好到时限即属违反）"
    result.update({"open": bool(is_open), "deadline": due_at.isoformat(sep=" "), "trace": trace})
    return result


CHECK = _DeadlineCheck(KIND, ("deadlines",), compile, takes_as_of=True)
