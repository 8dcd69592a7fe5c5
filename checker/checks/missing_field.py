"""CK101 missing-field: information the procedure requires is empty — requirements, the record an escalation
must leave where no requirement already asks for it, and the start of a deadline whose end was recorded (without
it the deadline cannot be checked, and the case would drop out of that check unseen)."""

from __future__ import annotations

from .. import urls
from ..catalog.columns import ProcedureColumns
from ..catalog.model import Condition
from ..sql import Sql, blank, ident
from .conditions import conditions_sql
from .base import Check, CompiledRule, Kind, blank_when, condition_columns, select

KIND = Kind(
    "missing-field", "CK101", "缺少必填信息", "error",
    "制度要求记录的信息为空，包括只在特定状态下才必须填写的信息（如已结案的案件须有处理结果）。",
    "{label}为空：{rule_title}",
)


def compile(pc: ProcedureColumns) -> list[CompiledRule]:
    procedure, col = pc.procedure, pc.column
    rules = []
    for req in procedure.requirements:
        rules.append(_rule(pc, req, req.field, req.when, pc.label(req.field), "requirements",
                           reached=reached_sql(pc, req.after) if req.after else None))
    required = {(col(r.field), _conditions_key(r.when)) for r in procedure.requirements}
    for rule in procedure.escalation:
        # An escalation that must leave a record is a conditional requirement, unless one already says so.
        if rule.requires_step is None or (col(rule.requires_step), _conditions_key(rule.when)) in required:
            continue
        role = procedure.role(rule.to_role)
        expected = f"{role.name if role else rule.to_role}：{pc.label(rule.requires_step)}"
        rules.append(_rule(pc, rule, rule.requires_step, rule.when, expected, "escalation"))
    # what a requirement already asks of every case it applies to (not only once a step is reached)
    always = {(col(r.field), _conditions_key(r.when)) for r in procedure.requirements if r.after is None}
    for d in procedure.deadlines:
        if d.consecutive:   # an occurrence without the one before it has nothing to require
            continue
        start = d.start or d.due_field
        if {(col(start), _conditions_key(d.when)), (col(start), _conditions_key([]))} & always:
            continue   # a missing start is that requirement's finding already: one omission, one finding
        when = [*d.when, Condition(field=d.end, empty=False)]
        title = f"{d.title}：已有“{pc.label(d.end)}”，却没有起算的“{pc.label(start)}”，无法检查时限"
        rules.append(_rule(pc, d, start, when, pc.label(start), "deadlines", rule_id=f"{d.id}-start", title=title))
    return rules


def reached_sql(pc: ProcedureColumns, step: str) -> tuple[Sql, list[str]]:
    """Cases that have reached `step` or are closed (`closed_when`), with the columns that tells from."""
    closed = pc.procedure.closed_when
    reached = Sql(f"NOT {blank(ident(pc.column(step)))}")
    if closed:
        reached = Sql(f"(({reached.text}) OR ({conditions_sql(closed, pc.column).text}))",
                      conditions_sql(closed, pc.column).params)
    return reached, [pc.column(step), *condition_columns(closed, pc.column)]


def _rule(pc: ProcedureColumns, item, ref: str, when, expected: str, section: str, rule_id: str | None = None,
          title: str | None = None, reached: tuple[Sql, list[str]] | None = None) -> CompiledRule:
    target = pc.column(ref)
    where = blank_when(target, when, pc.column)
    needs = [target, *condition_columns(when, pc.column)]
    applies = conditions_sql(when, pc.column) if when else None
    if reached is not None:   # a duty that arises only once the case has reached a step
        where, needs = where & reached[0], needs + reached[1]
        applies = reached[0] if applies is None else applies & reached[0]
    return CompiledRule(
        KIND.slug, rule_id or item.id, title or item.title,
        Sql(select(f"'' AS actual, ? AS expected FROM audited WHERE {where.text}"), [expected] + where.params),
        needs, item.source, pc.label(ref), section, anchor=urls.rule_anchor(item.id), applies=applies)


def _conditions_key(conditions) -> str:
    return repr(sorted(c.model_dump_json(by_alias=True, exclude_none=True) for c in conditions))


CHECK = Check(KIND, ("requirements", "escalation"), compile)
