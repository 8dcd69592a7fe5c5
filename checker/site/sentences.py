"""Rules as sentences a person would say (the rule sections of a procedure page).

Each sentence is put together from the rule's own fields, in the page's words (text.Wording): who, when, what
and by when. Nothing is added that the rule does not say; the quote under each sentence is the source.
"""

from __future__ import annotations

from ..catalog.model import (
    Condition, Deadline, EligibilityRule, EscalationRule, NumberingRule, Procedure, Requirement, RoutingRule, Unit,
)
from .card import NOT_NAMED, deadline_owner
from .text import Wording, period_text


def _condition(words: Wording, c: Condition) -> str:
    """A condition as the page words it; a yes/no field that holds is just its label (「已达成和解协议」的)."""
    if c.equals is True and c.field and not words.procedure.step(c.field) and "是否" not in words.field(c.field):
        return f"「{words.field(c.field)}」"
    return words.condition(c)


def _if(words: Wording, conds: list[Condition]) -> str:
    """The conditions as the opening of a sentence: "…的，"; one `any` reads as alternatives, without brackets."""
    if len(conds) == 1 and conds[0].any_ is not None:
        conds = conds[0].any_
        return "，或者".join(_condition(words, c) for c in conds) + "的，"
    return "，且".join(_condition(words, c) for c in conds) + "的，" if conds else ""


def routing(words: Wording, r: RoutingRule) -> str:
    who = words.role(r.role) if r.role else f"办理「{words.step(r.same_as)}」的同一人"
    what = f"办理「{words.step(r.step)}」" if r.step else "处理"
    return f"{_if(words, r.when)}由{who}{what}"


def deadline(words: Wording, p: Procedure, d: Deadline) -> str:
    """受理后2小时内，品质部完成「开始核实」: by when first, as staff say it."""
    who = deadline_owner(p, words, d)
    end = f"完成「{words.event(d.end)}」"
    if d.consecutive:   # one repeated step: each occurrence within the period of the one before
        return f"{_if(words, d.when)}每次「{words.event(d.start)}」与上一次相隔不超过{period_text(d.period)}"
    if d.period is None:
        by = f"按「{words.field(d.due_field)}」所记的约定时间"
    elif d.period.unit is Unit.same_day:
        by = f"「{words.event(d.start)}」当天"
    elif d.period.unit is Unit.same_month:
        by = f"「{words.event(d.start)}」当月内"
    else:
        by = f"「{words.event(d.start)}」后{period_text(d.period)}内"
    return f"{_if(words, d.when)}{by}，{who or '（' + NOT_NAMED + '）'}{end}"


def eligibility(words: Wording, r: EligibilityRule) -> str:
    if not r.excludes_when:   # the catalog could not write the case as conditions: its title says it
        return r.title
    return f"{_if(words, r.excludes_when)}{r.instead or '不予受理'}"


def escalation(words: Wording, r: EscalationRule) -> str:
    moved = f"由{words.role(r.from_role)}转由{words.role(r.to_role)}处理" if r.from_role \
        else f"转由{words.role(r.to_role)}处理"
    step = f"，须经「{words.step(r.requires_step)}」" if r.requires_step else ""
    return f"{_if(words, r.when)}{moved}{step}"


def numbering(words: Wording, r: NumberingRule) -> str:
    parts = [part.name + (f"（{part.digits}位）" if part.digits else "") for part in r.parts]
    if not parts:
        return r.title
    return f"「{words.field(r.field)}」由" + "、".join(parts[:-1]) + ("和" if len(parts) > 1 else "") + parts[-1] + "组成"


def requirement(words: Wording, p: Procedure, r: Requirement) -> str:
    what = f"须办理「{words.step(r.field)}」" if p.step(r.field) else f"须填写「{words.field(r.field)}」"
    after = ""
    if r.after:
        after = f"到「{words.step(r.after)}」{'或已办结' if p.closed_when else ''}之后，"
    return f"{_if(words, r.when)}{after}{what}"


def sentence(words: Wording, p: Procedure, kind: str, rule) -> str:
    """One rule of a procedure (kind: the list it is in) as a sentence, without the clause."""
    if kind == "deadlines":
        return deadline(words, p, rule)
    if kind == "requirements":
        return requirement(words, p, rule)
    return {"routing": routing, "eligibility": eligibility, "escalation": escalation,
            "numbering": numbering}[kind](words, rule)
