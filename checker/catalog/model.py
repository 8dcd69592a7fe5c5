"""The catalog model: one typed description of procedures and forms that the site and the checker share.

Every rule-like item (criterion, duty, step, routing rule, deadline, eligibility, escalation,
numbering, requirement) carries a `Source` with the verbatim quote it comes from. Where a source is
silent, the item is left out or the value is `unspecified`; nothing here is filled in by guesswork.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field as PydField, StringConstraints, model_validator

ItemId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
"""Ids of items inside a procedure (steps, roles, fields...): snake_case, usable as column names."""

DocId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
"""Ids of procedures and forms: kebab-case, used as file and page names."""

Scalar = Union[str, int, float, bool]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Source(Strict):
    """Where an item comes from: the seed file, the clause as written, and the verbatim text."""

    doc: str | None = PydField(None, description="seed file name; defaults to the procedure's document.seed")
    clause: str | None = PydField(None, description="clause number as written in the source, e.g. 第八条 or 4.2.3")
    quote: str = PydField(min_length=2, description="verbatim text of the source (white space may differ)")


class Sourced(Strict):
    source: Source


class Text(Sourced):
    """A sentence of the source: a purpose, scope, principle, duty or criterion."""

    id: ItemId | None = None
    text: str


class Revision(Strict):
    version: str | None = None
    date: str | None = None
    comment: str | None = None


class Authority(str, Enum):
    law = "law"                # 法律
    regulation = "regulation"  # 行政法规、部门规章、地方性法规/规章、规范性文件
    internal = "internal"      # 企业内部制度 (民法典第二百零四条: own counting rules)


class Filing(Strict):
    """What a filed procedure must contain (S28 客户流程报备管理制度 第五条); each item says where it is or `unspecified`."""

    overview: str = "unspecified"            # 1.报备事项概述
    time_place_people: str = "unspecified"   # 2.报备事项的时间、地点、涉及人员
    process_steps: str = "unspecified"       # 3.报备事项的具体流程及操作步骤
    legal_basis: str = "unspecified"         # 4.报备事项的相关法律法规、政策要求
    risk_measures: str = "unspecified"       # 5.报备事项的风险评估及应对措施
    expected_effect: str = "unspecified"     # 6.报备事项的预期效果及评估标准


def inventory_order(inventory_id: str) -> tuple[bool, int]:
    return ("S" != inventory_id[0], int(inventory_id[1:]))


class DocumentControl(Strict):
    title: str
    inventory_id: str = PydField(pattern=r"^[SL]\d+$",
                                 description="S-number in shared/SOURCES.md; L-number for a national rule in shared/laws")
    seed: str = PydField(description="seed file the text comes from")
    locator: str | None = PydField(None, description="string that finds the document's start in the seed")
    organisation: str | None = None
    sector: str
    authority: Authority
    number: str | None = None
    version: str | None = None
    issued: str | None = None
    effective: str | None = None
    prepared_by: str | None = None   # 编制
    reviewed_by: str | None = None   # 审核
    approved_by: str | None = None   # 批准
    revisions: list[Revision] = []
    truncated: bool = False
    truncation_note: str | None = None
    filing: Filing = Filing()
    @property
    def inventory_order(self) -> tuple[bool, int]:
        """Seeds (S1…) first, then national rules (L1…), each by number."""
        return inventory_order(self.inventory_id)

    supersedes: list["Supersession"] = PydField(
        [], description="documents this one repeals or replaces; their pages link here")


class Supersession(Strict):
    """A document this one replaces: by the clause that says so, or by a note saying why it is believed."""

    document: str = PydField(pattern=r"^[SL]\d+$", description="inventory id of the replaced document")
    source: Source | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _said_or_explained(self):
        if self.source is None and not self.note:
            raise ValueError("a supersession needs the clause that repeals (source) or a note saying why")
        return self


class FieldType(str, Enum):
    text = "text"
    longtext = "longtext"
    date = "date"
    datetime = "datetime"
    time = "time"
    number = "number"
    choice = "choice"
    multichoice = "multichoice"
    checkbox = "checkbox"
    phone = "phone"
    idcard = "idcard"
    email = "email"
    signature = "signature"


class Option(Strict):
    id: Scalar
    label: str


class Field(Strict):
    """A field of a form, or a case field a procedure's rules read.

    Fields whose id is in the shared vocabulary take label and type from it unless given.
    """

    id: ItemId
    label: str | None = None
    type: FieldType | None = None
    required: bool = False
    options: list[Option] = []
    help: str | None = None
    width: int | None = PydField(None, ge=1, le=12, description="print layout: columns of a 12-column grid")
    source: Source | None = None


class Condition(Strict):
    """One test on a case; a list of conditions means all must hold.

    A field test (equals / in / not_in / empty), an elapsed-time test between two events, or `any`: a list of
    conditions of which at least one holds ("处理难度较大的、直接到公司…的投诉" is one rule, not two).
    """

    field: str | None = None
    equals: Scalar | None = None
    in_: list[Scalar] | None = PydField(None, alias="in")
    not_in: list[Scalar] | None = None
    empty: bool | None = None
    at_least: float | None = PydField(None, description="a number ≥ this (以上: the number itself included)")
    more_than: float | None = PydField(None, description="a number > this (超过)")
    elapsed: "Elapsed | None" = None
    any_: "list[Condition] | None" = PydField(None, alias="any", description="at least one of these holds")

    @model_validator(mode="after")
    def _one_test(self):
        tests = [t for t in ("equals", "in_", "not_in", "empty", "at_least", "more_than") if getattr(self, t) is not None]
        if self.any_ is not None:
            if self.field is not None or tests or self.elapsed is not None:
                raise ValueError("an `any` condition has only its list of alternatives")
            if len(self.any_) < 2:
                raise ValueError("`any` needs at least two alternatives")
        elif self.elapsed is not None:
            if self.field is not None or tests:
                raise ValueError("an elapsed condition has no field or value tests")
        elif self.field is None or len(tests) != 1:
            raise ValueError("a condition needs `field` and exactly one of equals / in / not_in / empty / at_least / "
                             "more_than")
        return self


class Unit(str, Enum):
    minutes = "minutes"
    hours = "hours"
    calendar_days = "calendar_days"
    working_days = "working_days"
    weeks = "weeks"
    months = "months"
    same_day = "same_day"       # 当天 / 当日: by 24:00 of the start day
    same_month = "same_month"   # 当月: by the end of the start month


class Period(Strict):
    amount: float | None = None
    unit: Unit

    @model_validator(mode="after")
    def _amount_fits_unit(self):
        needs_amount = self.unit not in (Unit.same_day, Unit.same_month)
        if needs_amount and self.amount is None:
            raise ValueError(f"unit {self.unit.value} needs an amount")
        if not needs_amount and self.amount is not None:
            raise ValueError(f"unit {self.unit.value} takes no amount")
        if self.amount is not None and self.amount <= 0:
            raise ValueError("a period needs a positive amount")
        if self.unit not in (Unit.minutes, Unit.hours) and self.amount is not None and not self.amount.is_integer():
            # days are counted whole (民法典 第二百零一条); half a day is 12 hours
            raise ValueError(f"a period in {self.unit.value} needs a whole number; write it in hours instead")
        return self


class Elapsed(Strict):
    """Time between two events (step ids or date fields) compared with a period."""

    from_: str = PydField(alias="from")
    to: str
    more_than: Period



Condition.model_rebuild()
DocumentControl.model_rebuild()


class Criterion(Text):
    pass


class ClassItem(Strict):
    id: ItemId
    label: str
    description: str | None = None
    criteria: list[Criterion] = []
    source: Source | None = None


class Classification(Strict):
    """A classification scheme, e.g. 一般性/严重性投诉; `field` is the case field holding the class id."""

    id: ItemId
    title: str
    field: ItemId
    classes: list[ClassItem] = PydField(min_length=1)
    source: Source | None = None


class Role(Strict):
    id: ItemId
    name: str
    kind: Literal["department", "post", "body", "group", "external", "customer"] = "department"
    duties: list[Text] = []
    includes: list[ItemId] = PydField(
        [], description="roles this one is a collective name for (申诉受理机构 是指全国…中心和省…机构), with `source`")
    source: Source | None = None


class Step(Sourced):
    """One thing someone does. `role` is Responsible; accountable/consulted/informed complete RACI."""

    id: ItemId
    name: str
    role: ItemId | None = PydField(None, description="who does it; omitted where the source does not say")
    accountable: ItemId | None = None
    consulted: list[ItemId] = []
    informed: list[ItemId] = []
    description: str | None = None
    forms: list[DocId] = []
    next: list[ItemId] = []
    when: list[Condition] = []
    repeats: int | None = PydField(
        None, ge=2, le=12,
        description="the step happens up to this many times (验证分为三次: 3); rules name an occurrence as "
                    "`step.2`, `step.last`, and `step.count` is how many times it happened")


class RoutingRule(Sourced):
    """Decision-table row: when the conditions hold (always, without `when`), `role` must handle it (in `step`'s
    _by column or `field`); a list of roles means any one of them ("由品质部统一对接,必要时总经理亲自主导")."""

    id: ItemId
    title: str
    essential: bool = PydField(
        False, description="the audit cannot pass without this rule: skipped for a missing column, it exits 3")
    when: list[Condition] = []
    role: ItemId | list[ItemId] | None = PydField(
        None, description="the role, or a list of roles of which any one may handle it")
    same_as: ItemId | None = PydField(
        None, description="step whose handler must handle this too (首问责任制: 首位接触投诉的员工跟踪至解决)")
    step: ItemId | None = None
    field: ItemId | None = None
    note: str | None = None

    @property
    def roles(self) -> list[str]:
        return self.role if isinstance(self.role, list) else [self.role] if self.role else []

    @property
    def column(self) -> str:
        """The case column the rule judges: the step's _by column, or the field."""
        return f"{self.step}_by" if self.step else self.field

    @property
    def same_person(self) -> tuple[str, str] | None:
        """A same-person rule's two columns: the one it judges and the one that must hold the same person."""
        return (self.column, f"{self.same_as}_by") if self.same_as else None

    @model_validator(mode="after")
    def _one_target(self):
        if (self.step is None) == (self.field is None):
            raise ValueError("a routing rule names exactly one of `step` (its _by column) or `field`")
        if (self.role is None) == (self.same_as is None):
            raise ValueError("a routing rule names exactly one of `role` (who handles it) or `same_as` (a step whose "
                             "handler must handle it too)")
        if isinstance(self.role, list) and len(set(self.role)) < 2:
            raise ValueError("a list of roles needs at least two different roles; write one role as `role: id`")
        return self


class Extension(Sourced):
    """A longer period where the case's record shows the extension (延长至30日 / 再延长30日)."""

    to: Period | None = PydField(None, description="the period becomes this (延长至)")
    by: Period | None = PydField(None, description="the period grows by this (再延长)")
    when: list[Condition] = PydField(min_length=1, description="the record that shows the extension applied")

    @model_validator(mode="after")
    def _to_or_by(self):
        if (self.to is None) == (self.by is None):
            raise ValueError("an extension has exactly one of `to` (延长至) or `by` (再延长)")
        return self

    @property
    def period(self) -> Period:
        return self.to or self.by


class NotCounted(Sourced):
    """Time that does not count towards the period (不计入期限): from one record to another."""

    what: str = PydField(description="what the time is spent on, as the clause names it, e.g. 检验、检测、鉴定")
    from_: str = PydField(alias="from", description="step id or datetime field where the uncounted time begins")
    to: str = PydField(description="step id or datetime field where it ends")


class Restart(Sourced):
    """The period starts again from a later record (自收到新的投诉材料之日起重新计算)."""

    at: str = PydField(description="step id or datetime field; when recorded, the period counts from it")
    within_period: bool = PydField(
        False, description="only a record made before the period ran out restarts it (在处理期限内…提出…重新计算); "
                           "a later one leaves the missed period missed")


class Deadline(Sourced):
    """`end` must happen within the period after `start`, or by `due_field` (+ tolerance).

    A period may be extended (`extensions`, applied in order: the last whose record holds decides), may exclude
    time (`not_counted`) and may start again (`restarts`)."""

    id: ItemId
    title: str
    essential: bool = PydField(
        False, description="the audit cannot pass without this rule: skipped for a missing column, it exits 3")
    role: ItemId | None = None
    start: str | None = PydField(None, description="step id or datetime field that starts the period")
    end: str = PydField(description="step id or datetime field that must happen in time")
    period: Period | None = None
    due_field: str | None = PydField(None, description="datetime field holding an agreed/promised due time")
    tolerance: Period | None = None
    includes_non_working_days: bool | None = PydField(
        None, description="true where the clause says 含非工作日; null where it is silent"
    )
    when: list[Condition] = []
    bound_is_late: bool = PydField(
        False, description="the due instant itself is already late: 迟到半小时以上 (以上 includes the number); "
                           "for periods in minutes or hours and agreed times")
    extensions: list[Extension] = []
    not_counted: list[NotCounted] = []
    restarts: list[Restart] = []
    consecutive: bool = PydField(
        False, description="`start` and `end` name the same repeated step: each occurrence must follow the one "
                           "before within the period (每次验证时间间隔不超过一个月)")
    note: str | None = None

    @model_validator(mode="after")
    def _start_or_due(self):
        if (self.start is None) == (self.due_field is None):
            raise ValueError("a deadline has exactly one of `start` (with `period`) or `due_field`")
        if self.start is not None and self.period is None:
            raise ValueError("a deadline with `start` needs `period`")
        period = self.period or self.tolerance
        if self.bound_is_late and period is not None and period.unit not in (Unit.minutes, Unit.hours):
            raise ValueError("bound_is_late applies to periods in minutes or hours and to agreed times; a period in "
                             "days ends at 24:00 of its last day")
        if self.includes_non_working_days and period is not None and period.unit is Unit.working_days:
            raise ValueError("a period in working_days cannot include non-working days (含非工作日): "
                             "write it in calendar_days")
        if (self.extensions or self.not_counted or self.restarts) and self.start is None:
            raise ValueError("extensions, not_counted and restarts apply to a period from `start`, not to an agreed time")
        if len({r.within_period for r in self.restarts}) > 1:
            raise ValueError("the restarts of one deadline are all `within_period` or none is")
        if self.consecutive and (self.start != self.end or self.due_field is not None):
            raise ValueError("a consecutive deadline names one repeated step as both `start` and `end`")
        for extension in self.extensions:
            if extension.period.unit is not self.period.unit or self.period.amount is None:
                raise ValueError(f"an extension is counted in the deadline's own unit ({self.period.unit.value})")
        return self


class EligibilityRule(Sourced):
    """A case that must not be accepted when all `excludes_when` conditions hold."""

    id: ItemId
    title: str
    essential: bool = PydField(
        False, description="the audit cannot pass without this rule: skipped for a missing column, it exits 3")
    excludes_when: list[Condition] = []
    accepted_step: ItemId | None = PydField(
        None, description="the step whose record means the case was accepted; without it every case counts as accepted")
    instead: str | None = PydField(
        None, description="what the clause says happens instead of accepting, in its words (应转为举报处理, "
                          "应告知投诉人通过其它途径解决, 该费用不予认可); default 不予受理")
    note: str | None = None


class EscalationRule(Sourced):
    """When the conditions hold, the case goes to `to_role`; `requires_step` must then exist."""

    id: ItemId
    title: str
    essential: bool = PydField(
        False, description="the audit cannot pass without this rule: skipped for a missing column, it exits 3")
    when: list[Condition] = []
    from_role: ItemId | None = None
    to_role: ItemId
    requires_step: ItemId | None = None
    note: str | None = None


class NumberPart(Strict):
    name: str
    digits: int | None = None


class NumberingRule(Sourced):
    """How case numbers are built; `pattern` is a regular expression encoding only what the source says."""

    id: ItemId
    title: str
    essential: bool = PydField(
        False, description="the audit cannot pass without this rule: skipped for a missing column, it exits 3")
    field: ItemId = "case_number"
    parts: list[NumberPart] = []
    pattern: str


class Requirement(Sourced):
    """A case field (or a step's record) that must be filled, optionally only when conditions hold."""

    id: ItemId
    title: str
    essential: bool = PydField(
        False, description="the audit cannot pass without this rule: skipped for a missing column, it exits 3")
    field: str = PydField(description="field id, or step id meaning the step must have happened")
    when: list[Condition] = []
    after: ItemId | None = PydField(
        None, description="step id: required only once the case has reached this step or is closed "
                          "(a duty that arises then, e.g. 验证有效后…形成验证记录)")
    note: str | None = None


class UncheckedReason(str, Enum):
    periodic = "periodic"            # a recurring duty (monthly summary, annual review), not one case's record
    judgement = "judgement"          # needs a person's judgement; the clause gives no measurable standard
    not_recorded = "not_recorded"    # case exports do not usually record it (what was said, how it was done)
    not_about_cases = "not_about_cases"  # about the organisation or its staff (training, appraisal, rewards)


UNCHECKED_REASON_LABELS = {
    UncheckedReason.periodic: "周期性工作，不属于单个案件的记录",
    UncheckedReason.judgement: "需要人工判断，条文没有可检查的标准",
    UncheckedReason.not_recorded: "案件导出文件通常不记录这一事项",
    UncheckedReason.not_about_cases: "针对组织或人员，不针对单个案件",
}


class Unchecked(Sourced):
    """An obligation the source states that no rule can check from a case export.

    Listed so that the coverage of a procedure is honest: a clean audit report does not cover these."""

    id: ItemId
    title: str
    reason: UncheckedReason
    note: str | None = None


class Definition(Sourced):
    id: ItemId
    term: str
    text: str


class Procedure(Strict):
    id: DocId
    document: DocumentControl
    summary: str | None = PydField(None, description="one plain sentence for lists; not a rule")
    purpose: list[Text] = []
    scope: list[Text] = []
    definitions: list[Definition] = []
    principles: list[Text] = []
    classifications: list[Classification] = []
    roles: list[Role] = []
    fields: list[Field] = []
    steps: list[Step] = []
    routing: list[RoutingRule] = []
    deadlines: list[Deadline] = []
    eligibility: list[EligibilityRule] = []
    escalation: list[EscalationRule] = []
    numbering: list[NumberingRule] = []
    requirements: list[Requirement] = []
    unchecked: list[Unchecked] = PydField(
        [], description="obligations of the source that no rule can check from an export, with the reason")
    closed_when: list[Condition] = PydField(
        [], description="the record that shows a case is closed (办结/结案); open cases are judged only on "
                        "deadlines, as of --as-of, and on what they have already reached")
    forms: list[DocId] = []

    def role(self, role_id: str) -> Role | None:
        return next((r for r in self.roles if r.id == role_id), None)

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    @property
    def compared_as_written(self) -> set[str]:
        """The columns a same-person rule compares: as the export writes them, not the roles a mapping turns them
        into (张三 and 李四 both mapped to 客服中心 are still two people)."""
        return {column for r in self.routing if r.same_person for column in r.same_person}

    @property
    def rule_count(self) -> int:
        return sum(
            len(items)
            for items in (
                self.routing, self.deadlines, self.eligibility, self.escalation, self.numbering, self.requirements
            )
        )


class FormSection(Strict):
    title: str
    fields: list[ItemId]


class FormLayout(Strict):
    orientation: Literal["portrait", "landscape"] = "portrait"
    sections: list[FormSection] = []
    signatures: list[str] = PydField([], description="signature boxes, e.g. 编制/审核/批准")
    rows: int | None = PydField(None, ge=1, le=60, description="registers: blank rows to print")


class Form(Strict):
    id: DocId
    title: str
    kind: Literal["form", "register", "report"] = "form"
    number: str | None = None
    version: str | None = None
    effective: str | None = None
    inventory_ids: list[str] = PydField([], description="S-numbers of documents that name or contain it")
    source: Source
    fields: list[Field] = PydField(min_length=1)
    layout: FormLayout = FormLayout()
    note: str | None = None


class VocabularyEntry(Strict):
    id: ItemId
    label: str
    type: FieldType
    aliases: list[str] = PydField([], description="other labels exports and forms use for the same concept")
    personal: bool = PydField(False, description="personal data: masked in reports")


class Vocabulary(Strict):
    fields: list[VocabularyEntry]
