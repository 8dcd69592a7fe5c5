"""CK105 ineligible: a case that meets one of the procedure's grounds for not accepting it was accepted."""

from __future__ import annotations

from ..catalog.columns import ProcedureColumns
from ..sql import Sql, blank, ident
from .base import Check, CompiledRule, Kind, condition_columns, select
from .conditions import conditions_sql

KIND = Kind(
    "ineligible", "CK105", "不应受理而受理", "warning",
    "案件符合制度列明的不予受理情形（或原文规定另行处理的情形，如转为举报、建议通过其他途径解决），却已受理。",
    "{rule_title}：应当{expected}，却已受理",
)


def compile(pc: ProcedureColumns) -> list[CompiledRule]:
    rules = []
    for rule in pc.procedure.eligibility:
        where = conditions_sql(rule.excludes_when, pc.column)
        needs = condition_columns(rule.excludes_when, pc.column)
        unchecked = None
        if rule.accepted_step is not None:  # only cases that were in fact accepted
            accepted = pc.column(rule.accepted_step)
            where = where & Sql(f"NOT {blank(ident(accepted))}")
            needs.append(accepted)
        else:   # flagging every case that meets the grounds would flag the ones correctly refused too
            unchecked = "制度未写明哪个环节表示已受理（accepted_step），无法区分已受理与已正确不予受理的案件"
        rules.append(CompiledRule(
            KIND.slug, rule.id, rule.title,
            Sql(select(f"'已受理' AS actual, ? AS expected FROM audited WHERE {where.text}"),
                [rule.instead or "不予受理"] + where.params),
            needs, rule.source, section="eligibility", unchecked=unchecked))
    return rules


CHECK = Check(KIND, ("eligibility",), compile)
