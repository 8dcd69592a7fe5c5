"""The "接到投诉后" card at the top of a procedure page: who receives a complaint, how it is classified,
who handles what, each deadline in plain words with its clause, and which forms to fill.

Everything on the card is read from the catalog (steps, routing, escalation, deadlines, forms); the card
only chooses and words it. The page's tables below it hold the same items with their quotes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..catalog.loader import Catalog
from ..catalog.model import Classification, Condition, Deadline, EscalationRule, Procedure, RoutingRule, Unit
from .. import urls
from .text import Wording, period_text, split_note

NOT_NAMED = "原文未写明由谁办理"


@dataclass
class Line:
    """One thing to do: who, what, under which conditions, and the clause it comes from."""

    who: str | None                  # None: the source does not say
    what: str
    anchor: str                      # the row on the page that holds the item and its quote
    clause: str | None = None
    when: list[str] = field(default_factory=list)
    detail: str = ""                 # how a deadline is counted
    period: str = ""                 # a deadline's period, e.g. 15个工作日
    interpreted: bool = False        # the rule's note carries the catalog's interpretation ("解释：")


@dataclass
class ClassLine:
    label: str
    handlers: list[Line]


@dataclass
class Scheme:
    title: str
    classes: list[ClassLine]


@dataclass
class FormUse:
    form_id: str
    steps: list[str]                 # names of the steps that fill it, in flow order


@dataclass
class Card:
    receive: list[Line]
    schemes: list[Scheme]
    handling: list[Line]             # routing and escalation not tied to one class
    deadlines: list[Line]
    forms: list[FormUse]
    not_accepted: int                # how many 不予受理 rules the page lists


def _mentions(conds: list[Condition], field_id: str, class_id: str) -> bool:
    """A condition (or an alternative of an `any`) that picks out this class."""
    for c in conds:
        if c.any_ and _mentions(c.any_, field_id, class_id):
            return True
        if c.field == field_id and (c.equals == class_id or class_id in (c.in_ or [])):
            return True
    return False


def interpreted(rule) -> bool:
    """Whether the rule as the catalog writes it rests on an interpretation of its clause."""
    return bool(split_note(rule.note)[1])


def _role(words: Wording, role) -> str | None:
    return words.role(role) if role else None


def deadline_words(words: Wording, d: Deadline) -> str:
    """A deadline as staff say it: 「接到投诉」后2小时内完成「通知上级领导」."""
    end = f"完成「{words.event(d.end)}」"
    if d.period is None:
        return f"按「{words.field(d.due_field)}」所记的约定时间{end}"
    start = f"「{words.event(d.start)}」"
    if d.period.unit is Unit.same_day:
        return f"{start}当天{end}"
    if d.period.unit is Unit.same_month:
        return f"{start}当月内{end}"
    return f"{start}后{period_text(d.period)}内{end}"


def _counting(words: Wording, d: Deadline, counting: Callable[[Deadline], str]) -> str:
    """The page's counting rule; the line above names the start already, so here it is 起算事件."""
    text = counting(d)
    return text.replace(f"「{words.event(d.start)}」", "起算事件") if d.start else text


def deadline_owner(p: Procedure, words: Wording, d: Deadline) -> str | None:
    """Who the deadline binds: its role, else whoever does the step that must happen in time."""
    if d.role:
        return words.role(d.role)
    step = p.step(d.end)
    return _role(words, step.role) if step else None


def build_card(catalog: Catalog, p: Procedure, words: Wording, counting: Callable[[Deadline], str]) -> Card:
    rules = [*p.routing, *p.escalation]            # who takes a case over
    receive = _receive(p, words)
    schemes = [_scheme(p, words, s, rules) for s in p.classifications]
    # a rule shown under its class, or as the receiving step, is not repeated under 谁处理
    shown = {line.anchor for line in receive} | {
        urls.rule_anchor(r.id) for r in rules for s in p.classifications for c in s.classes
        if _mentions(r.when, s.field, c.id)}
    handling = [_line(words, r) for r in rules if urls.rule_anchor(r.id) not in shown]
    deadlines = [
        Line(deadline_owner(p, words, d), deadline_words(words, d), urls.rule_anchor(d.id), d.source.clause,
             words.brief(d.when), _counting(words, d, counting), period_text(d.period) or "约定时间",
             interpreted(d))
        for d in p.deadlines
    ]
    forms = [FormUse(f, [s.name for s in p.steps if f in s.forms]) for f in catalog.forms_of(p)]
    return Card(receive, schemes, handling, deadlines, forms, len(p.eligibility))


def _receive(p: Procedure, words: Wording) -> list[Line]:
    """The first step of the flow, with the routing rules that say who does it in which case."""
    if not p.steps:
        return []
    first = p.steps[0]
    routes = [r for r in p.routing if r.step == first.id and r.role]
    if routes:
        return [Line(words.role(r.role), first.name, urls.rule_anchor(r.id), r.source.clause, words.brief(r.when),
                     interpreted=interpreted(r)) for r in routes]
    return [Line(_role(words, first.role), first.name, urls.step_anchor(first.id), first.source.clause,
                 words.brief(first.when))]


def _line(words: Wording, rule: RoutingRule | EscalationRule, skip: str | None = None) -> Line:
    """A routing or escalation rule as a card line; `skip`: a field whose condition the heading already says."""
    if isinstance(rule, RoutingRule):
        who = words.role(rule.role) if rule.role else f"办理「{words.step(rule.same_as)}」的同一人"
        what = words.step(rule.step) if rule.step else rule.title
    else:
        who = words.role(rule.to_role)
        what = words.step(rule.requires_step) if rule.requires_step else rule.title
    return Line(who, what, urls.rule_anchor(rule.id), rule.source.clause,
                words.brief([c for c in rule.when if c.field is None or c.field != skip]), interpreted=interpreted(rule))


def _scheme(p: Procedure, words: Wording, scheme: Classification, rules: list) -> Scheme:
    """Each class with who handles it: routing, escalation and steps whose conditions pick the class."""
    classes = []
    for c in scheme.classes:
        handlers = [_line(words, r, scheme.field) for r in rules if _mentions(r.when, scheme.field, c.id)]
        handlers += [
            Line(words.role(s.role), s.name, urls.step_anchor(s.id), s.source.clause,
                 words.brief([x for x in s.when if x.field != scheme.field]))
            for s in p.steps if s.role and _mentions(s.when, scheme.field, c.id)
        ]
        classes.append(ClassLine(c.label, _one_per_role(handlers)))
    return Scheme(scheme.title, classes)


def _one_per_role(lines: list[Line]) -> list[Line]:
    """A class's handlers once each (several rules and steps may name the same role); the first says where."""
    seen: dict[tuple[str | None, tuple[str, ...]], Line] = {}
    for line in lines:
        seen.setdefault((line.who, tuple(line.when)), line)
    return list(seen.values())
