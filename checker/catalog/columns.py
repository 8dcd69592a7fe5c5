"""Which case column a step or field reference means: the one answer the checks, the audit, the statistics and
the site share.

A case has one column per case field, and per step `<step>_at` (when it was done) and `<step>_by` (who did it);
see `Catalog.case_columns`. A reference in a rule names a field or a step; a field wins where an id is both
(lint keeps ids apart, so this only fixes the order for whoever reads the code).

A step that `repeats` has one column pair per occurrence: the first is `<step>_at`/`<step>_by` as for any step,
the n-th `<step>_<n>_at`/`_by`; `<step>_last_at` is the latest and `<step>_count` how many times it happened (both
derived from the occurrences when the export does not give them). Rules name them `step.2`, `step.last`,
`step.count` (`step.1` is `step`).
"""

from __future__ import annotations

from .loader import Catalog
from .model import FieldType, Procedure

DATE_TYPES = {FieldType.date, FieldType.datetime}


class ProcedureColumns:
    def __init__(self, catalog: Catalog, procedure: Procedure):
        self.catalog, self.procedure = catalog, procedure
        self.fields = catalog.case_fields(procedure)
        self.steps = {s.id: s for s in procedure.steps}

    def column(self, ref: str) -> str:
        """Text column of a field id, a step id (a step's time is <step>_at) or an occurrence (`step.2`…)."""
        occurrence = self.occurrence(ref)
        if occurrence is not None:
            step, which = occurrence
            return {1: f"{step}_at", "last": f"{step}_last_at", "count": f"{step}_count"}.get(which, f"{step}_{which}_at")
        return f"{ref}_at" if ref in self.steps and ref not in self.fields else ref

    def occurrence(self, ref: str) -> tuple[str, int | str] | None:
        """(step, n | "last" | "count") for a reference to an occurrence of a repeated step; None otherwise."""
        step, dot, which = ref.partition(".")
        repeats = self.steps[step].repeats if dot and step in self.steps else None
        if not repeats:
            return None
        if which in ("last", "count"):
            return step, which
        return (step, int(which)) if which.isdigit() and 1 <= int(which) <= repeats else None

    def occurrence_refs(self) -> dict[str, str]:
        """Every occurrence reference of the repeated steps -> "event" or "number"."""
        refs = {}
        for step in self.steps.values():
            if step.repeats:
                refs |= {f"{step.id}.{n}": "event" for n in range(1, step.repeats + 1)}
                refs |= {f"{step.id}.last": "event", f"{step.id}.count": "number"}
        return refs

    def occurrence_columns(self, step: str) -> list[str]:
        """The time column of each occurrence of a repeated step, first to last."""
        return [self.column(f"{step}.{n}") for n in range(1, (self.steps[step].repeats or 0) + 1)]

    def derived_columns(self, present: set[str]) -> set[str]:
        """The last occurrence and the count of a repeated step, which the audit derives from the occurrences an
        export gives when it does not give them itself."""
        derived = set()
        for step in self.steps:
            if any(c in present for c in self.occurrence_columns(step)):
                derived |= {self.column(f"{step}.last"), self.column(f"{step}.count")} - present
        return derived

    def event_columns(self) -> list[str]:
        """Columns holding times: every <step>_at (each occurrence of a repeated step) and every date/datetime field."""
        steps = [self.column(ref) for ref, kind in self.occurrence_refs().items() if kind == "event"]
        return list(dict.fromkeys([f"{s}_at" for s in self.steps] + steps
                                  + [f for f, d in self.fields.items() if d.type in DATE_TYPES]))

    def label(self, ref: str) -> str:
        """What a person calls a field, a step, an occurrence of a step or a column."""
        if ref in self.fields:
            return self.fields[ref].label or ref
        if ref in self.steps:
            return self.steps[ref].name
        occurrence = self.occurrence(ref)
        if occurrence is not None:
            step, which = occurrence
            name = self.steps[step].name
            return {1: f"第1次{name}", "last": f"最后一次{name}", "count": f"{name}次数"}.get(which, f"第{which}次{name}")
        for suffix, what in (("_at", ""), ("_by", "（办理部门）")):
            if ref.endswith(suffix) and ref[: -len(suffix)] in self.steps:
                return self.steps[ref[: -len(suffix)]].name + what
        for occurrence_ref, kind in self.occurrence_refs().items():   # verify_2_at, verify_last_at, verify_count
            if self.column(occurrence_ref) == ref:
                return self.label(occurrence_ref)
        entry = self.catalog.vocabulary.get(ref)
        return entry.label if entry else ref
