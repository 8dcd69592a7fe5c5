"""CK103 wrong-routing: the department or role that handled the case is not the one the routing rule names."""

from __future__ import annotations

from ..catalog.columns import ProcedureColumns
from ..sql import Sql, blank, ident
from .base import Check, CompiledRule, Kind, condition_columns, select
from .conditions import conditions_sql

KIND = Kind(
    "wrong-routing", "CK103", "处理部门不符", "error",
    "处理案件的部门或岗位不是分派规则指定的部门或岗位。",
    "应由{expected}处理，实际为{actual}：{rule_title}",
)


def compile(pc: ProcedureColumns) -> list[CompiledRule]:
    rules = []
    for rule in pc.procedure.routing:
        target = f"{rule.step}_by" if rule.step else rule.field
        c = ident(target)
        where = conditions_sql(rule.when, pc.column) & Sql(f"NOT {blank(c)} AND {c} <> ?", [rule.role])
        role = pc.procedure.role(rule.role)
        rules.append(CompiledRule(
            KIND.slug, rule.id, rule.title,
            Sql(select(f"{c} AS actual, ? AS expected FROM audited WHERE {where.text}"),
                [f"{role.name}({rule.role})" if role else rule.role] + where.params),
            [target, *condition_columns(rule.when, pc.column)], rule.source, pc.label(target), "routing"))
    return rules


CHECK = Check(KIND, ("routing",), compile)
