"""What a procedure's checks cover: every obligation the catalog lists for it, and how each is checked.

An obligation is either a rule (routing, deadline, eligibility, escalation, numbering, requirement), which the
audit checks on every case, or an `unchecked` item, which no rule can check from an export, with the reason.
Sorted by clause in the document's own order, so the list reads like the document. The site's "检查覆盖"
section and overview page show it; the audit report is meant to reuse it, so nothing here knows about pages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .model import Procedure, UncheckedReason

# Rule lists of a procedure, in the order its page shows them.
RULE_KINDS = ("routing", "deadlines", "eligibility", "escalation", "numbering", "requirements")


@dataclass(frozen=True)
class CheckedBy:
    kind: str      # one of RULE_KINDS
    id: str
    title: str


@dataclass(frozen=True)
class Obligation:
    clause: str | None
    quote: str
    checked_by: CheckedBy | None = None          # the rule that checks it, or
    unchecked_id: str | None = None              # the unchecked item, with why no rule can
    title: str | None = None
    reason: UncheckedReason | None = None
    note: str | None = None


@dataclass(frozen=True)
class Summary:
    rules: int
    unchecked: dict[UncheckedReason, int]        # every reason, 0 where none

    @property
    def listed(self) -> bool:
        """Whether the procedure's obligations have been listed at all."""
        return bool(self.rules or sum(self.unchecked.values()))


def coverage(procedure: Procedure) -> list[Obligation]:
    """Every rule and every unchecked obligation of the procedure, in clause order (clause-less last).

    A deadline's extensions, uncounted time and restarts belong to it: they are not obligations of their own."""
    items = [
        Obligation(rule.source.clause, rule.source.quote, checked_by=CheckedBy(kind, rule.id, rule.title))
        for kind in RULE_KINDS for rule in getattr(procedure, kind)
    ]
    items += [
        Obligation(u.source.clause, u.source.quote, unchecked_id=u.id, title=u.title, reason=u.reason, note=u.note)
        for u in procedure.unchecked
    ]
    return sorted(items, key=lambda o: clause_key(o.clause))   # stable: rules before unchecked in a clause


def summary(procedure: Procedure) -> Summary:
    counts = Counter(u.reason for u in procedure.unchecked)
    return Summary(procedure.rule_count, {reason: counts[reason] for reason in UncheckedReason})


# --- natural clause order ---------------------------------------------------------------------------------

_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_NUMBER = re.compile(r"\d+|[零〇一二两三四五六七八九十百千]+")


def chinese_number(text: str) -> int:
    """十二 -> 12, 二十 -> 20, 一百零五 -> 105, 三 -> 3."""
    total, digit = 0, 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        else:
            total += (digit or 1) * {"十": 10, "百": 100, "千": 1000}[ch]
            digit = 0
    return total + digit


def clause_key(clause: str | None) -> tuple:
    """Clauses by the numbers in them: 第三条 < 第十条, 4.2 < 4.10, 第十条 < 第十条（一）; none last."""
    if not clause:
        return (1, (), "")
    numbers = tuple(int(n) if n.isdigit() else chinese_number(n) for n in _NUMBER.findall(clause))
    return (0, numbers, clause)
