"""Catalog items in Chinese words: names of types and units, conditions and periods as sentences.

Everything here returns plain strings; escaping happens where they are put into Markdown, HTML or SVG.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..catalog.loader import Catalog
from ..catalog.notes import split_note  # noqa: F401  (the site's templates and card read notes through here)
from ..catalog.model import Authority, Condition, DocumentControl, Field, Period, Procedure, Scalar, Unit
from .anchors import SECTIONS

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
COLUMN_KINDS = {"field": "案件字段", "step_at": "环节时间", "step_by": "环节办理人/部门", "step_count": "环节次数"}
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
        return step.name if step else self._other(step_id)

    def field(self, field_id: str) -> str:
        f = self.fields.get(field_id)
        return (f.label or f.id) if f else self._other(field_id)

    def _other(self, ref: str) -> str:
        """An occurrence of a repeated step (第2次验证, 验证次数) or a column, as the checks name it."""
        from ..catalog.columns import ProcedureColumns
        return ProcedureColumns(self.catalog, self.procedure).label(ref)

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

    def brief(self, conds: list[Condition]) -> list[str]:
        """Conditions as short labels for the card: 投诉渠道：信件、电话或电子邮件."""
        return [self._brief(c) for c in conds]

    def _brief(self, cond: Condition) -> str:
        values = [cond.equals] if cond.equals is not None else cond.in_
        if cond.field and values is not None and not self.procedure.step(cond.field):
            names = [self.value(cond.field, v) for v in values]
            listed = "、".join(names[:-1]) + "或" + names[-1] if len(names) > 1 else names[0]
            return f"{self.field(cond.field)}：{listed}"
        return self.condition(cond)

    def plain(self, text: str | None) -> str:
        """Catalog prose for staff: no repository words (种子), no item ids; ids become the items' names."""
        if not text:
            return ""
        text = staff_words(text)
        text = _ID_PREFIX.sub(self._named_prefix, text)
        text = _SPACED_ID.sub(self._named_id, text)
        return _INVENTORY_REF.sub(self._named_document, text)

    def _named_document(self, m: re.Match) -> str:
        """"S42", "L4": another document of the catalog by its human title; an id already followed by the
        title ("L3《银行业…》") just goes."""
        other = self.catalog.by_inventory_id(m[2])
        if other is None:
            return m[0]
        if not hasattr(self, "_titles_cache"):
            self._titles_cache = procedure_titles(self.catalog.procedures.values())
        before = m.string[m.start() - 1: m.start()]
        lead = m[1] if before.isascii() and before.strip() else ""
        if m[4]:
            return lead + m[4]
        after = m.string[m.end(): m.end() + 1]
        return lead + f"《{self._titles_cache[other.id]}》" + (m[3] if after.isascii() and after.strip() else "")

    def _named_prefix(self, m: re.Match) -> str:
        """"record_* 各条": a group of rules by their ids' common start, named by its first rule."""
        titles = [r.title for r in _rules(self.procedure) if r.id.startswith(m[1])]
        return f"「{titles[0]}」等" if titles else m[0]

    def _named_id(self, m: re.Match) -> str:
        """An id's name; the spaces that set the id off from Chinese text go with it."""
        name = self._name(m[2])
        if name is None:
            return m[0]
        def keep(space: str, neighbour: str) -> str:
            return space if neighbour.isascii() and neighbour.strip() else ""

        before, after = m.string[m.start() - 1: m.start()], m.string[m.end(): m.end() + 1]
        return keep(m[1], before) + name + keep(m[3], after)

    def _name(self, item_id: str) -> str | None:
        """The Chinese name of an id the catalog's notes may mention, or None."""
        names = self._names
        if item_id in names:
            return names[item_id]
        base, _, suffix = item_id.rpartition("_")
        if suffix in ("at", "by") and self.procedure.step(base):
            return f"「{self.step(base)}」的{'时间' if suffix == 'at' else '办理人'}"
        return None

    @property
    def _names(self) -> dict[str, str]:
        if not hasattr(self, "_names_cache"):
            p = self.procedure
            names = {key: title for key, title in SECTIONS.items()}
            names.update(MODEL_WORDS)
            for other in self.catalog.procedures.values():   # notes compare with other documents' rules
                names.update({r.id: f"「{r.title}」" for r in _rules(other)})
            for f in self.fields.values():
                names.update({str(o.id): f"“{o.label}”" for o in f.options if isinstance(o.id, str)})
            names.update({f.id: f"「{self.field(f.id)}」" for f in self.fields.values()})
            names.update({r.id: r.name for r in p.roles})
            names.update({s.id: f"「{s.name}」" for s in p.steps})
            names.update({r.id: f"「{r.title}」" for r in _rules(p)})
            names.update({u.id: f"「{u.title}」" for u in p.unchecked})
            self._names_cache = names
        return self._names_cache


def staff_words(text: str | None) -> str:
    """Catalog prose without the repository's words (种子, SOURCES.md, 接上S7) and without bracketed ids
    ("投诉内容（content）"): what every page shows of a note, with or without a procedure to name ids by."""
    if not text:
        return ""
    text = _SEED_WORDS.sub("原文", _NEXT_DOCUMENT.sub("", text)).replace("SOURCES.md", "原文清单")
    return _BRACKETED_IDS.sub("", text)


def _rules(p: Procedure) -> Iterable:
    return [*p.routing, *p.deadlines, *p.eligibility, *p.escalation, *p.numbering, *p.requirements]


# Words of the repository, not of the documents: the catalog's notes call the source text "种子(文本)",
# and say which document follows in the same source file ("，接上S7").
_SEED_WORDS = re.compile(r"种子(?:文本|文件)?")
_NEXT_DOCUMENT = re.compile(r"[，,]?\s*(?:随后|直接|随即)?接上S\d+")
_ID = r"(?<![A-Za-z0-9_])[a-z][a-z0-9]*(?:_[a-z0-9]+)*(?![A-Za-z0-9_])"
_SPACED_ID = re.compile(rf"( ?)({_ID})( ?)")
# "S42", "L4 第十条", "S34、S37": documents of the inventory by number (with the title after it, or not).
_INVENTORY_REF = re.compile(r"( ?)(?<![A-Za-z0-9])([SL]\d{1,3})(?![0-9A-Za-z])( ?)(《)?")
# "decision_* 各条", "以 nine_ 开头的各条": rules named by the start of their ids.
_ID_PREFIX = re.compile(r" ?(?<![A-Za-z0-9_])([a-z][a-z0-9]*_)\*?(?![A-Za-z0-9_]) ?")
# "（accept_at）", "(dept_manager)": an id repeating the Chinese words just before it.
_BRACKETED_IDS = re.compile(r"\s?[（(]\s*[a-z][a-z0-9_]*(?:\s*[、,，]\s*[a-z][a-z0-9_]*)*\s*[)）]")
# Catalog keys the notes mention ("authority 按企业内部制度暂记", "没有 requires_step"), in the page's words.
MODEL_WORDS = {
    "authority": "文件性质", "sector": "行业", "organisation": "发布单位", "seed": "原文",
    "closed_when": "办结条件", "after": "检查起点环节", "from_role": "移交方", "requires_step": "须经环节",
    "not_counted": "不计入期限的时间", "restarts": "重新计算", "extensions": "延长",
    "accepted_step": "受理环节", "bound_is_late": "“恰好到时限即属违反”的设定", "any": "“任一情形”",
    "unchecked": "“检查覆盖”一节", "includes": "所包括的成员",
    "within_period": "“期限内”的条件",
}


# --- procedures by name -------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"[X×]{3,}")   # 'XXXXXXXX有限公司': the source hides the company's name


def _with_issuer(doc: DocumentControl) -> str:
    """A company document's title with the company in front, unless the title names it already."""
    org = doc.organisation
    if doc.authority is not Authority.internal or not org or _PLACEHOLDER.search(org):
        return doc.title
    if org in doc.title or doc.title[:4] == org[:4]:
        return doc.title
    return f"{org}{doc.title}"


def procedure_titles(procedures: Iterable[Procedure]) -> dict[str, str]:
    """A distinct, human title for every procedure: issuer + title; the number or version where titles
    are still shared (S4, S6, S8 are all 客户投诉管理制度), the inventory number as a last resort."""
    procedures = list(procedures)
    titles = {p.id: _with_issuer(p.document) for p in procedures}
    for tag in (lambda d: d.number or d.version, lambda d: d.inventory_id):
        shared = {t for t, n in Counter(titles.values()).items() if n > 1}
        for p in procedures:
            if titles[p.id] in shared and tag(p.document):
                titles[p.id] += f"（{tag(p.document)}）"
    return titles


def is_stub(p: Procedure) -> bool:
    """Only the document's outline is kept: no step and no rule to act on."""
    return not p.steps and not p.rule_count


# The clause of a truncation note that says what is missing, best first.
_MISSING_WORDS = ("缺失", "未出现", "未收录", "缺少", "中断", "结束")


def missing_summary(note: str | None) -> str:
    """One line of a truncation note for the top of a page: the clause that says what is missing."""
    if not note:
        return ""
    clauses = [c.strip() for c in _clauses(note) if c.strip()]
    for word in _MISSING_WORDS:
        for clause in clauses:
            if word in clause:
                return clause
    return clauses[0] if clauses else ""


def _clauses(text: str) -> list[str]:
    """Split at ；/。 outside quotation marks (“仅有“客户投诉处理流程。”一句” is one clause)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += {"“": 1, "”": -1, "（": 1, "）": -1}.get(ch, 0)
        if ch in "；。" and depth <= 0:
            out.append(text[start:i])
            start = i + 1
    return out + [text[start:]]


# --- interpretations ---------------------------------------------------------------------------------

# "解释：" (or "解释（复杂程度）：", naming what it reads) opens the catalog's own reading of a clause: at the start
# of a note, or after a sentence of it. Everything from the first one on is interpretation.
