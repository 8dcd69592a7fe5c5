"""CK109 not-done: a duty the procedure requires, kept as a tick box, is recorded as not done.

A requirement on a checkbox field (来函已妥善保管存档, 已报主管部门备案) asks for the duty to be done, not only for the
box to be filled: a row that says 否 records the omission itself. CK101 reports the empty box; this check the
"no": a value the mapping's `values` read as false (the export's own word for it, 未备案 say), or a cell that is a
plain no (否, 无, ×, N…), which a tick box reads as false itself. Any other value, an archive number say, is
evidence of the duty and passes.
"""

from __future__ import annotations

from .. import urls
from ..catalog.columns import ProcedureColumns
from ..catalog.model import FieldType, Requirement
from ..sql import Sql, ident
from .base import Check, CompiledRule, Kind, condition_columns, select
from .conditions import conditions_sql
from .missing_field import reached_sql

KIND = Kind(
    "not-done", "CK109", "记录为未做", "error",
    "制度要求做的事以勾选项记录（如“已报主管部门备案”），案件却记录为“否”：记录本身表明没有做。"
    "勾选项为空的由 CK101 报告。“否”指映射的 values 读作 false 的取值（如“未备案”），或本身就是否定的取值（否、无、×、N……）；"
    "其他取值（如存档编号）视为已做。",
    "{label}记录为“{actual}”：{rule_title}",
)


def is_tick_box_duty(pc: ProcedureColumns, requirement: Requirement) -> bool:
    field = pc.fields.get(requirement.field)
    return field is not None and field.type is FieldType.checkbox


def compile(pc: ProcedureColumns) -> list[CompiledRule]:
    rules = []
    for req in pc.procedure.requirements:
        if not is_tick_box_duty(pc, req):
            continue
        target = pc.column(req.field)
        # 否 and 未备案 alike: a tick box reads plain no words as false itself (text.own_reading)
        when = conditions_sql(req.when, pc.column)
        where, applies = when & Sql(f"{ident(target)} = 'false'"), when if req.when else None
        needs = [target, *condition_columns(req.when, pc.column)]
        if req.after:   # a duty that arises only once the case has reached a step
            reached, columns = reached_sql(pc, req.after)
            where, needs = where & reached, needs + columns
            applies = reached if applies is None else applies & reached
        rules.append(CompiledRule(
            KIND.slug, req.id, req.title,
            Sql(select(f"'否' AS actual, '是' AS expected FROM audited WHERE {where.text}"), where.params),
            needs, req.source, pc.label(req.field), "requirements", anchor=urls.rule_anchor(req.id), applies=applies))
    return rules


CHECK = Check(KIND, ("requirements",), compile, covers=is_tick_box_duty)
