"""CK106 out-of-order: a step's time before the time of a step the flow puts before it."""

from __future__ import annotations

from ..catalog.columns import ProcedureColumns
from ..catalog.model import Procedure
from .. import urls
from ..sql import Sql, typed
from .base import Check, CompiledRule, Kind, select

KIND = Kind(
    "out-of-order", "CK106", "环节顺序颠倒", "warning",
    "后一环节的时间早于制度规定在它之前的环节。",
    "{actual}早于{expected}",
)


def compile(pc: ProcedureColumns) -> list[CompiledRule]:
    rules = []
    for before, after in ordered_pairs(pc.procedure):
        a, b = typed(f"{before}_at"), typed(f"{after}_at")
        first, then = pc.steps[before], pc.steps[after]
        rules.append(CompiledRule(
            KIND.slug, f"{before}-{after}", f"“{first.name}”应在“{then.name}”之前",
            Sql(select(f"? || ' ' || strftime({b}, '%Y-%m-%d %H:%M') AS actual, "
                       f"? || ' ' || strftime({a}, '%Y-%m-%d %H:%M') AS expected FROM audited WHERE {b} < {a}"),
                [then.name, first.name]),
            [f"{before}_at", f"{after}_at"], then.source, anchor=urls.step_anchor(after)))
    return rules


def ordered_pairs(procedure: Procedure) -> list[tuple[str, str]]:
    """Edges a -> b of the flow where b can never come back before a (loops are left out)."""
    nxt = {s.id: list(s.next) for s in procedure.steps}

    def reaches(start: str, goal: str) -> bool:
        seen, stack = set(), [start]
        while stack:
            node = stack.pop()
            if node == goal:
                return True
            if node not in seen:
                seen.add(node)
                stack.extend(nxt.get(node, []))
        return False

    return [(a, b) for a, targets in nxt.items() for b in targets if a != b and not reaches(b, a)]


CHECK = Check(KIND, (), compile)
