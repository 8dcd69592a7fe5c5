"""CK103 wrong-routing: the department or role that handled the case is not the one the procedure names — a
routing rule's role (under its conditions, or always), or the role a step names for whoever does it.

A step's `_by` column often holds a person (an event log's resource, 经办人) rather than a department: the role a
step or a routing rule names for it is only contradicted by another of the procedure's roles (by id or by name),
never by a name it does not know; the report counts the rows it could not judge (`unjudged_note`). A routing rule
on a field that records the department is contradicted by any value but the role's id or name."""

from __future__ import annotations

from .. import urls
from ..catalog.columns import ProcedureColumns
from ..catalog.loader import written
from ..sql import Sql, blank, ident
from .base import AuditContext, Check, CompiledRule, Kind, condition_columns, essential, select
from .conditions import conditions_sql, placeholders

KIND = Kind(
    "wrong-routing", "CK103", "处理部门不符", "error",
    "处理案件的部门或岗位不是制度指定的部门或岗位：分派规则指定的（在其条件成立时，或无条件），或环节写明的办理部门。",
    "应由{expected}处理，实际为{actual}：{rule_title}",
)


def compile(pc: ProcedureColumns) -> list[CompiledRule]:
    procedure = pc.procedure
    # A step's _by column may hold a person (an event log's resource, 经办人): there, only another of the
    # procedure's roles contradicts the rule; a field written for the department is contradicted by any value.
    known = [name for role in procedure.roles for name in (role.id, role.name)]
    rules = [_same_person(pc, rule) if rule.same_as else
             _rule(pc, rule.id, rule.title, rule.column, rule.roles, rule.when,
                   rule.source, urls.rule_anchor(rule.id), known if rule.step else None)
             for rule in procedure.routing]
    # A step that names who does it is a routing rule without conditions on its _by column, unless a routing rule
    # already decides that column (then the rule, with its conditions, is the more precise reading).
    decided = {rule.step for rule in procedure.routing if rule.step and rule.role}
    for step in procedure.steps:
        if step.role and step.id not in decided:
            rules.append(_rule(pc, f"step-{step.id}", f"“{step.name}”由{_names(pc, [step.role])}办理",
                               f"{step.id}_by", [step.role], [], step.source, urls.step_anchor(step.id), known))
    return rules


def _rule(pc, rule_id, title, target, roles, when, source, anchor, only_among=None) -> CompiledRule:
    """Rows where `target` holds a value other than `roles` (and, given `only_among`, one of those values)."""
    c = ident(target)
    roles = list(dict.fromkeys(member for role_id in roles for member in _with_members(pc.procedure, role_id)))
    names = [name for role_id in roles for name in (role_id, *_name_of(pc, role_id))]
    allowed = placeholders(names)
    test = Sql(f"NOT {blank(c)} AND {c} NOT IN ({allowed.text})", allowed.params)
    applies = conditions_sql(when, pc.column)
    unjudged = None
    if only_among:
        among = placeholders(only_among)
        test = test & Sql(f"{c} IN ({among.text})", among.params)
        filled = applies & Sql(f"NOT {blank(c)}")
        unjudged = Sql(f"SELECT CASE WHEN {c} IN ({among.text}) THEN NULL ELSE {c} END AS doer, count(*) AS n "
                       f"FROM audited WHERE {filled.text} GROUP BY doer", among.params + filled.params)
    where = applies & test
    return CompiledRule(
        KIND.slug, rule_id, title,
        Sql(select(f"{c} AS actual, ? AS expected FROM audited WHERE {where.text}"), [_names(pc, roles)] + where.params),
        [target, *condition_columns(when, pc.column)], source, pc.label(target), "routing", anchor=anchor,
        unjudged=unjudged, applies=applies if when else None)



def _same_person(pc: ProcedureColumns, rule) -> CompiledRule:
    """Both steps handled by the same person or department (首问责任制), whoever that is: compared as the export
    writes them, since a mapping that turns 张三 and 李四 into one role would otherwise make them one person."""
    target, first = (ident(written(c)) for c in rule.same_person)
    where = conditions_sql(rule.when, pc.column) & Sql(f"NOT {blank(target)} AND NOT {blank(first)} AND {target} <> {first}")
    return CompiledRule(
        KIND.slug, rule.id, rule.title,
        Sql(select(f"{target} AS actual, ? || '（' || {first} || '）' AS expected FROM audited WHERE {where.text}"),
            [f"与「{pc.label(rule.same_as)}」同一人"] + where.params),
        [*rule.same_person, *condition_columns(rule.when, pc.column)],
        rule.source, pc.label(rule.column), "routing",
        applies=conditions_sql(rule.when, pc.column) if rule.when else None)


def _with_members(procedure, role_id: str) -> list[str]:
    """The role and every role it is a collective name for (a provincial 申诉受理机构 is a 申诉受理机构)."""
    found, todo = [], [role_id]
    while todo:
        current = todo.pop()
        if current not in found:
            found.append(current)
            role = procedure.role(current)
            todo += role.includes if role else []
    return found


def _name_of(pc: ProcedureColumns, role_id: str) -> list[str]:
    role = pc.procedure.role(role_id)
    return [role.name] if role else []


def _names(pc: ProcedureColumns, roles: list[str]) -> str:
    named = []
    for role_id in roles:
        role = pc.procedure.role(role_id)
        named.append(f"{role.name}({role_id})" if role else role_id)
    return "或".join(named)


def unjudged_note(rule: CompiledRule, counts: list[tuple[str | None, int]], essential: bool) -> dict | None:
    """The rows a doer rule could not judge, for the report's rules not (fully) checked: where no row could be
    judged, the rule checked nothing and counts as not checked. Names are not listed (they are people's)."""
    unknown = [n for doer, n in counts if doer is not None]
    if not unknown:
        return None
    judged = sum(n for doer, n in counts if doer is None)
    reason = (f"{sum(unknown)} 行的办理人（{len(unknown)} 种写法）不是制度中的任何角色，这些行未判断是否由规定的部门办理："
              "请在映射文件的 roles 中写明其所属角色")
    if judged:
        return {"rule": rule.rule_id, "title": rule.title, "section": None, "reason": reason}
    return {"rule": rule.rule_id, "title": rule.title, "section": rule.section, "essential": essential,
            "reason": ("【必查】" if essential else "") + reason + "；没有一行能判断，这条规则实际没有检查"}


class _RoutingCheck(Check):
    def prepare(self, con, rule: CompiledRule, pc: ProcedureColumns, ctx: AuditContext) -> None:
        """Notes the doers no role names (a person's name where the rule names a department)."""
        if rule.unjudged is not None:
            counts = con.execute(rule.unjudged.text, rule.unjudged.params).fetchall()
            if note := unjudged_note(rule, counts, essential(pc.procedure, rule)):
                ctx.skipped.append(note)


CHECK = _RoutingCheck(KIND, ("routing",), compile)
