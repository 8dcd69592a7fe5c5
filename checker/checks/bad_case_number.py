"""CK108 bad-case-number: a case number that does not follow the procedure's numbering rule."""

from __future__ import annotations

from ..catalog.columns import ProcedureColumns
from ..sql import Sql, blank, ident
from .base import Check, CompiledRule, Kind, select

KIND = Kind(
    "bad-case-number", "CK108", "案件编号不合规则", "warning",
    "案件编号不符合制度规定的编号规则。",
    "案件编号 {actual} 不符合规则：{expected}",
)


def compile(pc: ProcedureColumns) -> list[CompiledRule]:
    rules = []
    for rule in pc.procedure.numbering:
        column = pc.column(rule.field)
        c = ident(column)
        rules.append(CompiledRule(
            KIND.slug, rule.id, rule.title,
            Sql(select(f"{c} AS actual, ? AS expected FROM audited WHERE NOT {blank(c)} "
                       f"AND NOT regexp_full_match({c}, ?)"), [rule.pattern, rule.pattern]),
            [column], rule.source, pc.label(rule.field), "numbering"))
    return rules


CHECK = Check(KIND, ("numbering",), compile)
