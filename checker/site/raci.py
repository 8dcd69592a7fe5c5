"""RACI matrix derived from the steps: role = R, accountable = A, consulted = C, informed = I."""

from __future__ import annotations

from dataclasses import dataclass

from ..catalog.model import Procedure, Step
from .text import UNASSIGNED

LETTERS = "RACI"


@dataclass
class Raci:
    columns: list[tuple[str, str]]          # (role key, name); key "" is the 未明确 column
    rows: list[tuple[Step, dict[str, str]]]  # step and its cells by role key, e.g. {"sales": "R/A"}
    idle: list[str]                          # names of declared roles no step involves


def _involvement(step: Step) -> list[tuple[str, str]]:
    pairs = [("R", step.role or "")]
    if step.accountable:
        pairs.append(("A", step.accountable))
    pairs += [("C", r) for r in step.consulted] + [("I", r) for r in step.informed]
    return pairs


def raci_matrix(procedure: Procedure) -> Raci:
    rows = []
    used: set[str] = set()
    for step in procedure.steps:
        letters: dict[str, set[str]] = {}
        for letter, role in _involvement(step):
            letters.setdefault(role, set()).add(letter)
            used.add(role)
        rows.append((step, {role: "/".join(l for l in LETTERS if l in got) for role, got in letters.items()}))
    declared = [r.id for r in procedure.roles]
    # Declared roles first, in their order; then ids the steps use without declaring them; 未明确 last.
    keys = [r for r in declared if r in used] + sorted(used - set(declared) - {""})
    names = {r.id: r.name for r in procedure.roles}
    columns = [(k, names.get(k, k)) for k in keys] + ([("", UNASSIGNED)] if "" in used else [])
    idle = [names[r] for r in declared if r not in used]
    return Raci(columns, rows, idle)
