"""CK102 invalid-value: a value outside the options the procedure lists, a tick box a condition reads holding
neither yes nor no, a number field that holds no number (a threshold such as 20名以上 would silently not apply), or a
time that cannot be read in a column no rule needs (where a rule needs it, the row is unreadable instead)."""

from __future__ import annotations

from ..catalog.columns import ProcedureColumns
from ..catalog.model import FieldType
from ..sql import TRUE, Sql, blank, ident
from .base import AuditContext, Check, CompiledRule, Finding, Kind, finding, select
from .conditions import placeholders

KIND = Kind(
    "invalid-value", "CK102", "取值无效", "error",
    "取值不在制度规定的选项之内，是/否勾选项（作为条件读取的）写的既不是“是”也不是“否”，或应为日期时间的字段无法识别为日期。",
    "{label}的取值“{actual}”无效，应为：{expected}",
)

TICK_BOX = [("true", "是"), ("false", "否")]


def compile(pc: ProcedureColumns) -> list[CompiledRule]:
    rules = []
    tick_boxes = checked_tick_boxes(pc)
    for f in pc.fields.values():
        # a tick box a condition reads has two options of its own, 是(true) and 否(false)
        choices = [(o.id, o.label) for o in f.options] or (TICK_BOX if f.id in tick_boxes else [])
        if choices:
            p = placeholders([option for option, _ in choices])
            c = ident(f.id)
            rules.append(CompiledRule(
                KIND.slug, f.id, f"{f.label or f.id}取值",
                Sql(select(f"{c} AS actual, ? AS expected FROM audited WHERE NOT {blank(c)} AND {c} NOT IN ({p.text})"),
                    ["、".join(f"{label}({option})" for option, label in choices)] + p.params),
                [f.id], None, f.label or f.id))
        elif f.type is FieldType.number:
            c = ident(f.id)
            rules.append(CompiledRule(
                KIND.slug, f.id, f"{f.label or f.id}取值",
                Sql(select(f"{c} AS actual, '数字' AS expected FROM audited "
                           f"WHERE NOT {blank(c)} AND TRY_CAST(trim({c}) AS DOUBLE) IS NULL")),
                [f.id], None, f.label or f.id))
    return rules


def checked_tick_boxes(pc: ProcedureColumns) -> set[str]:
    """The tick boxes whose every value must say yes or no: those a condition reads (是否造成损失), where 待确认 would
    silently make the condition not hold. A duty's tick box may hold its evidence instead (an archive number; CK109)."""
    duties = {r.field for r in pc.procedure.requirements}
    return {f.id for f in pc.fields.values() if f.type is FieldType.checkbox and f.id not in duties}


def unreadable_times(ctx: AuditContext, pc: ProcedureColumns, bad_values) -> list[Finding]:
    """Findings for times that could not be read in columns no rule needs:
    `bad_values` holds (record, file index, row, case, column, raw text)."""
    findings = []
    for record, file_index, line, case, column, raw in bad_values:
        rule = unreadable_time_rule(pc, column)
        findings.append(finding(ctx, rule, record=record, file_index=file_index, row=line, case=case,
                                actual=raw, expected=rule.query.params[0]))
    return findings


def unreadable_time_rule(pc: ProcedureColumns, column: str) -> CompiledRule:
    """The rule an unreadable time in `column` breaks; its one parameter is what was expected."""
    label = pc.label(column)
    return CompiledRule(KIND.slug, column, f"{label}应为日期时间", Sql(TRUE.text, ["日期时间，如 2025-03-04 09:05"]),
                        [column], None, label)


CHECK = Check(KIND, (), compile, reports_skipped=False)
