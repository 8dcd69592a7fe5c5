"""CK104 missed-deadline: the end event came after the deadline, or has not come and the deadline has passed
(as of --as-of). Each finding carries the deadline's arithmetic (checker.deadlines, 民法典 201–204)."""

from __future__ import annotations

import dataclasses
from datetime import datetime, time, timedelta
from functools import lru_cache

from ..catalog.columns import ProcedureColumns
from ..catalog.model import Deadline, Period, Unit
from ..deadlines import explain, period_words
from ..deadlines_sql import CALENDAR, MICROS, WORKDAYS, due_dates_sql
from ..sql import Sql, typed
from .base import AuditContext, Check, CompiledRule, Finding, Kind, condition_columns, finding
from .conditions import conditions_sql

KIND = Kind(
    "missed-deadline", "CK104", "超过时限", "error",
    "结束事件晚于时限，或尚未发生而时限已过（以 --as-of 为准）。发现附有时限的计算过程。",
    "{rule_title}：时限 {expected}，实际 {actual}",
)


def compile(pc: ProcedureColumns) -> list[CompiledRule]:
    return [_compile(pc, each) for rule in pc.procedure.deadlines for each in _intervals(pc, rule)]


def _intervals(pc: ProcedureColumns, rule: Deadline) -> list[Deadline]:
    """A consecutive deadline is one deadline per pair of occurrences (1st → 2nd, 2nd → 3rd…), under its own id."""
    if not rule.consecutive:
        return [rule]
    repeats = pc.steps[rule.start].repeats
    return [rule.model_copy(update={"start": f"{rule.start}.{n - 1}", "end": f"{rule.start}.{n}", "consecutive": False,
                                    "title": f"{rule.title}（第{n - 1}次至第{n}次）"})
            for n in range(2, repeats + 1)]


def _compile(pc: ProcedureColumns, rule: Deadline) -> CompiledRule:
    col = pc.column
    end = typed(col(rule.end))
    start_column = col(rule.start or rule.due_field)
    needs = [col(rule.end), *condition_columns(rule.when, col), start_column, *_adjustment_columns(rule, col)]
    when = conditions_sql(rule.when, col)
    period = rule.period if rule.due_field is None else rule.tolerance
    adjusted = _adjusted(pc, rule, when)
    levels = _level_periods(rule) if period is not None else [None]
    join, uncovered = Sql(""), None
    if period is None:
        # an agreed time written as a date alone (处理期限 2025-03-07, read as its 00:00) is met until 24:00 that day
        # (deadlines.agreed_due); the due is then the next 00:00, exclusive
        due = Sql(f"CASE WHEN {WHOLE_DAY.format('ck_start')} THEN ck_start + INTERVAL 1 DAY ELSE ck_start END")
    elif period.unit in MICROS:
        micros = [int(p.amount * MICROS[p.unit]) for p in levels]
        due = Sql(f"(ck_start + to_microseconds({_by_level(len(micros))} + ck_shift))", micros)
    else:
        # Whole days (a period, or an agreed time's tolerance): the due time of each distinct start date, counted
        # over the calendar table (checker.deadlines_sql), the same arithmetic that explains a finding; one join
        # per extension level
        days = "SELECT DISTINCT ck_day AS day FROM adjusted WHERE ck_day IS NOT NULL"
        dues = [due_dates_sql(days, p, pc.procedure.document.authority, rule.includes_non_working_days)
                for p in levels]
        join = Sql("".join(f" LEFT JOIN ({d.text}) d{k} ON d{k}.day = ck_day" for k, d in enumerate(dues)),
                   [x for d in dues for x in d.params])
        due = Sql(f"CASE ck_level {' '.join(f'WHEN {k} THEN d{k}.due' for k in range(len(dues)))} END")
        uncovered = Sql(f"WITH adjusted AS ({adjusted.text}) "
                        + " UNION ".join(f"SELECT DISTINCT year(day) FROM ({d.text}) WHERE due IS NULL" for d in dues)
                        + " ORDER BY 1", adjusted.params + join.params)
    extras = ", ".join(["ck_level", "ck_shift", "ck_restart", *_pause_columns(rule)])
    # Every case the deadline applies to, with its due instant: the violation query and statistics share it.
    outcomes = Sql(
        f"WITH adjusted AS ({adjusted.text}) SELECT _id, _file, _row, case_number, ck_start AS start_t,"
        f" CASE WHEN NOT ck_paused THEN {due.text} END AS due_t, {end} AS end_t, {extras}"
        f" FROM adjusted{join.text}",
        adjusted.params + due.params + join.params)
    # Day-based periods end at 24:00 of the last day (due_t is the next 00:00, exclusive); a period in hours or
    # minutes, or an agreed time, is met by an event at the due minute itself ("2小时之内" includes 2:00), unless
    # the clause counts the bound as late ("迟到半小时以上": exactly half an hour late is late).
    if rule.restarts and rule.restarts[0].within_period:
        outcomes = _restart_within_period(pc, rule, outcomes)
    if uncovered is not None or rule.bound_is_late:
        late = "{t} >= due_t"
    elif period is None:      # a date alone's due is the next 00:00, exclusive (>=); an agreed minute's inclusive (>)
        late = (f"{{t}} >= due_t + CASE WHEN {WHOLE_DAY.format('due_t')} THEN INTERVAL 0 MICROSECOND"
                " ELSE INTERVAL 1 MICROSECOND END")
    else:
        late = "{t} > due_t"
    violations = Sql(
        f"SELECT _id, _file, _row, case_number, start_t, due_t, end_t, (end_t IS NULL) AS open, {extras}"
        f" FROM ({outcomes.text}) WHERE due_t IS NOT NULL"
        f" AND ((end_t IS NOT NULL AND {late.format(t='end_t')}) OR (end_t IS NULL AND {late.format(t='?')}))",
        outcomes.params)
    refs = [r.at for r in rule.restarts] + [c.field for e in rule.extensions for c in e.when if c.field]
    return CompiledRule(
        KIND.slug, rule.id, rule.title, violations, needs, rule.source, pc.label(rule.end), "deadlines",
        rule, outcomes, pc.label(rule.start or rule.due_field), uncovered, labels={r: pc.label(r) for r in refs},
        applies=when if rule.when else None)


WHOLE_DAY = "CAST({} AS TIME) = TIME '00:00:00'"    # a date without a time of day, as the export wrote it


def _restart_within_period(pc: ProcedureColumns, rule: Deadline, restarted: Sql) -> Sql:
    """A restart recorded after the period ran out restarts nothing: such a case is judged on the period from its
    start, as if there were no restart (L3 第十八条 "在消费投诉处理期限内…重新计算")."""
    plain = _compile(pc, rule.model_copy(update={"restarts": []})).outcomes
    applies = "r.ck_restart IS NULL OR p.due_t IS NULL OR r.ck_restart < p.due_t"
    return Sql(f"WITH r AS ({restarted.text}), p AS ({plain.text}) "
               f"SELECT r.* FROM r JOIN p ON r._id = p._id WHERE {applies} "
               f"UNION ALL SELECT p.* FROM p JOIN r ON r._id = p._id WHERE NOT ({applies})",
               restarted.params + plain.params)


def _level_periods(rule: Deadline) -> list:
    """The period at each extension level: 0 is the deadline's own; an extension sets (`to`) or adds to (`by`)
    what the entries above it gave."""
    periods = [rule.period if rule.due_field is None else rule.tolerance]
    for extension in rule.extensions:
        amount = extension.to.amount if extension.to else periods[-1].amount + extension.by.amount
        periods.append(Period(amount=amount, unit=periods[0].unit))
    return periods


def _by_level(count: int) -> str:
    return "CASE ck_level " + " ".join(f"WHEN {k} THEN CAST(? AS BIGINT)" for k in range(count)) + " END"


def _adjustment_columns(rule: Deadline, col) -> list[str]:
    columns = [col(r.at) for r in rule.restarts]
    for extension in rule.extensions:
        columns += condition_columns(extension.when, col)
    for pause in rule.not_counted:
        columns += [col(pause.from_), col(pause.to)]
    return columns


def _pause_columns(rule: Deadline) -> list[str]:
    return [f"ck_pause{k}_{edge}" for k in range(len(rule.not_counted)) for edge in ("from", "to")]


def _adjusted(pc: ProcedureColumns, rule: Deadline, when: Sql) -> Sql:
    """The cases the deadline applies to, with what its clause says about each: `ck_start` (the start, or the
    latest restart after it), `ck_level` (the extension that applies), `ck_shift` (time not counted, in the
    period's unit: working days, days or microseconds), `ck_paused` (an uncounted time still running) and
    `ck_day` (the date the day-based count starts from, moved past the uncounted days)."""
    col = pc.column
    start = typed(col(rule.start or rule.due_field))
    restarts = [typed(col(r.at)) for r in rule.restarts]
    ck_start = f"greatest({', '.join([start, *restarts])})" if restarts else start
    restart = (f"CASE WHEN {ck_start} > {start} THEN {ck_start} END" if restarts else "CAST(NULL AS TIMESTAMP)")
    params: list = []
    level = "0"
    if rule.extensions:
        branches = []
        for k, extension in reversed(list(enumerate(rule.extensions, 1))):
            cond = conditions_sql(extension.when, col)
            branches.append(f"WHEN {cond.text} THEN {k}")
            params += cond.params
        level = f"CASE {' '.join(branches)} ELSE 0 END"
    unit = (rule.period or rule.tolerance).unit if (rule.period or rule.tolerance) else None
    shifts, paused, pauses, joins = [], [], [], []
    for k, pause in enumerate(rule.not_counted):
        begin, finish = f"greatest({typed(col(pause.from_))}, {ck_start})", typed(col(pause.to))
        counted = f"{finish} IS NOT NULL AND {begin} IS NOT NULL AND {finish} > {begin}"
        if unit in MICROS:
            length = f"epoch_us({finish}) - epoch_us({begin})"
        elif unit is Unit.working_days:
            joins.append(f" LEFT JOIN {CALENDAR} pf{k} ON pf{k}.day = CAST({begin} AS DATE)"
                         f" LEFT JOIN {CALENDAR} pt{k} ON pt{k}.day = CAST({finish} AS DATE)")
            length = f"pt{k}.ordinal - pf{k}.ordinal"
        else:
            length = f"date_diff('day', CAST({begin} AS DATE), CAST({finish} AS DATE))"
        shifts.append(f"CASE WHEN {counted} THEN {length} ELSE 0 END")
        paused.append(f"({typed(col(pause.from_))} IS NOT NULL AND {finish} IS NULL)")
        pauses += [f"{typed(col(pause.from_))} AS ck_pause{k}_from", f"{finish} AS ck_pause{k}_to"]
    shift = " + ".join(shifts) or "0"
    day = f"CAST({ck_start} AS DATE)"
    if unit is Unit.working_days and shifts:
        joins.append(f" LEFT JOIN {CALENDAR} sc ON sc.day = {day}"
                     f" LEFT JOIN {WORKDAYS} sw ON sw.ordinal = sc.ordinal + ({shift})")
        ck_day = f"CASE WHEN ({shift}) = 0 THEN {day} ELSE sw.day END"
    else:
        ck_day = f"{day} + CAST(({shift}) AS INTEGER)" if shifts and unit not in MICROS else day
    select = ", ".join([f"{ck_start} AS ck_start", f"{level} AS ck_level", f"({shift}) AS ck_shift",
                        f"({' OR '.join(paused) or 'FALSE'}) AS ck_paused", f"{restart} AS ck_restart",
                        f"{ck_day} AS ck_day", *pauses])
    return Sql(f"SELECT *, {select} FROM audited{''.join(joins)} WHERE {start} IS NOT NULL AND ({when.text})",
               params + when.params)


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
            ctx.skipped.append({"rule": rule.rule_id, "title": rule.title, "section": None,
                                "reason": f"节假日日历不覆盖 {'、'.join(map(str, uncovered))} 年：这些年份起算的案件未检查此时限"})

    def findings(self, rule: CompiledRule, rows, ctx: AuditContext) -> list[Finding]:
        return [_finding(rule, row, ctx) for row in rows]


@lru_cache(maxsize=4096)
def _fmt(moment: datetime) -> str:
    if moment.hour == 0 and moment.minute == 0:
        return (moment - timedelta(days=1)).strftime("%Y-%m-%d") + " 24:00"
    return moment.strftime("%Y-%m-%d %H:%M")


def _finding(rule: CompiledRule, row, ctx: AuditContext) -> dict:
    record, file_index, line, case, start, due_at, end, is_open, level, shift, restart, *pauses = row
    due = _due(rule, ctx, start, level, shift, "重新起算" if restart is not None else rule.start_label)
    steps = _adjustment_steps(rule, level, shift, restart, pauses)
    if steps:
        due = dataclasses.replace(due, trace=steps + due.trace)
    as_of = ctx.as_of
    result = finding(ctx, rule, record=record, file_index=file_index, row=line, case=case,
                     actual=(f"截至 {as_of:%Y-%m-%d %H:%M} 未完成" if is_open else end.strftime("%Y-%m-%d %H:%M")),
                     expected=_fmt(due_at))
    trace = explain(due, None if is_open else end, as_of if is_open else None)
    if rule.deadline.bound_is_late and (as_of if is_open else end) == due_at:
        trace += "（“以上”包含本数：恰好到时限即属违反）"
    result.update({"open": bool(is_open), "deadline": due_at.isoformat(sep=" "), "trace": trace})
    return result



def _due(rule: CompiledRule, ctx: AuditContext, start: datetime, level: int, shift: int, label: str):
    """The arithmetic of one case's due time (cached: many cases share a start date)."""
    from ..deadlines import agreed_due, compute_due

    d, authority = rule.deadline, ctx.procedure.document.authority
    period = _level_periods(d)[level] if (d.period or d.tolerance) else None
    key = start if period is None or period.unit in MICROS else start.date()   # a period in days needs the date alone
    if period is None and start.time() == time(0):
        key = start.date()      # an agreed date alone: by 24:00 of that day, as the plan's SQL counts it (WHOLE_DAY)
    cached = ctx.dues.get((rule.rule_id, key, level, shift, label))
    if cached is not None:
        return cached
    if shift and period.unit in MICROS:
        key, label = key + timedelta(microseconds=shift), "扣除不计入时间后，起算"
    elif shift:
        key = (ctx.calendar.nth_workday_after(key, shift) if period.unit is Unit.working_days
               else key + timedelta(days=shift))
        label = "扣除不计入日数后，起算"
    if d.due_field is None:
        due = compute_due(key, period, authority=authority, includes_non_working_days=d.includes_non_working_days,
                          calendar=ctx.calendar, start_label=label)
    else:
        due = agreed_due(key, period, authority=authority, calendar=ctx.calendar, label=label)
    ctx.dues[(rule.rule_id, key, level, shift, label)] = due
    return due


def _adjustment_steps(rule: CompiledRule, level: int, shift: int, restart, pauses) -> list[str]:
    """What the clause's extensions, uncounted time and restarts did to this case, in its own terms."""
    words = adjustment_words(rule)
    steps = []
    if restart is not None:
        steps.append(words["restart"].replace("{time}", f"{restart:%Y-%m-%d %H:%M}"))
    if level:
        steps.append(words["extensions"][level - 1])
    for k, pause in enumerate(words["pauses"]):
        begin, finish = pauses[2 * k], pauses[2 * k + 1]
        if begin is not None and finish is not None and finish > begin:
            steps.append(pause.replace("{from}", f"{begin:%Y-%m-%d %H:%M}").replace("{to}", f"{finish:%Y-%m-%d %H:%M}"))
    if shift:
        unit = (rule.deadline.period or rule.deadline.tolerance).unit
        amount = (f"{shift / MICROS[Unit.hours]:g}小时" if unit in MICROS
                  else f"{shift}个工作日" if unit is Unit.working_days else f"{shift}天")
        steps.append(f"共扣除{amount}")
    return steps


def adjustment_words(rule: CompiledRule) -> dict:
    """The trace's words for what a case's own records changed, as templates ({time}, {from}, {to}: the case's
    times, written YYYY-MM-DD HH:MM): the checker fills them in, and so does the site's in-browser audit."""
    d, label = rule.deadline, rule.labels.get
    extensions = []
    for level, extension in enumerate(d.extensions, 1):
        words = (f"延长至{period_words(extension.to)}" if extension.to
                 else f"{'再' if level > 1 else ''}延长{period_words(extension.by)}，共{period_words(_level_periods(d)[level])}")
        shown = "、".join(label(c.field) for c in extension.when if c.field)
        extensions.append(f"{words}（{_clause(extension.source)}{'；记录：' + shown if shown else ''}）")
    return {
        "restart": (f"自{'或'.join(label(r.at) for r in d.restarts)} {{time}} 起重新计算（{_clause(d.restarts[0].source)}）"
                    if d.restarts else None),
        "extensions": extensions,
        "pauses": [f"{pause.what} {{from}} 至 {{to}} 不计入（{_clause(pause.source)}）" for pause in d.not_counted],
    }


def _clause(source) -> str:
    return source.clause or "原文"


CHECK = _DeadlineCheck(KIND, ("deadlines",), compile, takes_as_of=True)
