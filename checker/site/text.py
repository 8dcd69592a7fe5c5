"""Catalog items in Chinese words: names of types and units, conditions and periods as sentences.

Everything here returns plain strings; escaping happens where they are put into Markdown, HTML or SVG.
"""

from __future__ import annotations

from ..catalog.loader import Catalog
from ..catalog.model import Condition, Field, Period, Procedure, Scalar, Unit

UNASSIGNED = "未明确"  # lane / column for steps whose source names no role

FIELD_TYPES = {
    "text": "文本", "longtext": "长文本", "date": "日期", "datetime": "日期时间", "time": "时间",
    "number": "数字", "choice": "单选", "multichoice": "多选", "checkbox": "勾选", "phone": "电话",
    "idcard": "身份证号", "email": "电子邮箱", "signature": "签名",
}
AUTHORITIES = {"law": "法律", "regulation": "法规、规章或规范性文件", "internal": "企业内部制度"}
ROLE_KINDS = {
    "department": "部门", "post": "岗位", "body": "机构", "group": "多个部门", "external": "外部单位",
    "customer": "客户",
}
FORM_KINDS = {"form": "表单", "register": "台账/登记表", "report": "报告"}
SEVERITIES = {"error": "错误", "warning": "警告"}
COLUMN_KINDS = {"field": "案件字段", "step_at": "环节时间", "step_by": "环节办理人/部门"}
UNIT_WORDS = {
    Unit.minutes: "分钟", Unit.hours: "小时", Unit.calendar_days: "天", Unit.working_days: "个工作日",
    Unit.weeks: "周", Unit.months: "个月", Unit.same_day: "当日", Unit.same_month: "当月",
}
# Order of units from shortest to longest, for comparing deadlines across procedures.
UNIT_ORDER = [
    Unit.minutes, Unit.hours, Unit.same_day, Unit.working_days, Unit.calendar_days, Unit.weeks,
    Unit.same_month, Unit.months,
]
UNSPECIFIED = "未说明"


def number(x: float | int) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def period_text(period: Period | None) -> str:
    """Short form for labels and tables: 2小时, 15个工作日, 当日."""
    if period is None:
        return ""
    word = UNIT_WORDS[period.unit]
    return word if period.amount is None else f"{number(period.amount)}{word}"


def split_label(text: str) -> list[str]:
    """Alternative spellings of a term: 客户投诉（客诉） -> [客户投诉, 客诉]."""
    parts = [text]
    for left, right in (("（", "）"), ("(", ")")):
        if left in text and text.endswith(right):
            head, tail = text[: -len(right)].split(left, 1)
            if len(tail) >= 2 and not all(ch in "一二三四五六七八九十0123456789" for ch in tail):
                parts = [head, tail]
    return [p.strip() for p in parts if p.strip()]


class Wording:
    """Names of a procedure's roles, steps and fields, and its conditions as sentences."""

    def __init__(self, catalog: Catalog, procedure: Procedure):
        self.catalog = catalog
        self.procedure = procedure
        self.fields: dict[str, Field] = catalog.case_fields(procedure)

    def role(self, role_id: str | list[str] | None) -> str:
        """A role's name; for a list of alternatives, their names joined by 或."""
        if role_id is None:
            return UNASSIGNED
        if isinstance(role_id, list):
            return "或".join(self.role(r) for r in role_id)
        role = self.procedure.role(role_id)
        return role.name if role else role_id

    def step(self, step_id: str) -> str:
        step = self.procedure.step(step_id)
        return step.name if step else step_id

    def field(self, field_id: str) -> str:
        f = self.fields.get(field_id)
        return (f.label or f.id) if f else field_id

    def event(self, ref: str | None) -> str:
        """A step or a date field used as the start or end of a period."""
        if ref is None:
            return ""
        return self.step(ref) if self.procedure.step(ref) else self.field(ref)

    def value(self, field_id: str, value: Scalar) -> str:
        if isinstance(value, bool):
            return "是" if value else "否"
        f = self.fields.get(field_id)
        for option in f.options if f else []:
            if option.id == value:
                return option.label
        return str(value)

    def condition(self, cond: Condition) -> str:
        if cond.any_ is not None:
            return "（" + "，或".join(self.condition(c) for c in cond.any_) + "）"
        if cond.elapsed is not None:
            e = cond.elapsed
            return f"自「{self.event(e.from_)}」至「{self.event(e.to)}」超过{period_text(e.more_than)}"
        if self.procedure.step(cond.field) and cond.empty is not None:
            name = self.step(cond.field)
            return f"「{name}」尚未办理" if cond.empty else f"「{name}」已办理"
        name = self.field(cond.field)
        if cond.empty is not None:
            return f"「{name}」为空" if cond.empty else f"「{name}」已填写"
        if cond.equals is not None:
            return f"「{name}」为“{self.value(cond.field, cond.equals)}”"
        if cond.at_least is not None:
            return f"「{name}」在{number(cond.at_least)}以上（含本数）"
        if cond.more_than is not None:
            return f"「{name}」超过{number(cond.more_than)}"
        values = [f"“{self.value(cond.field, v)}”" for v in (cond.in_ or cond.not_in or [])]
        if cond.in_ is not None:
            return f"「{name}」为" + "或".join(values)
        return f"「{name}」不是" + "、".join(values)

    def conditions(self, conds: list[Condition], empty: str = "") -> str:
        return "，且".join(self.condition(c) for c in conds) if conds else empty
