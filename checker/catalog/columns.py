"""Which case column a step or field reference means: the one answer the checks, the audit, the statistics and
the site share.

A case has one column per case field, and per step `<step>_at` (when it was done) and `<step>_by` (who did it);
see `Catalog.case_columns`. A reference in a rule names a field or a step; a field wins where an id is both
(lint keeps ids apart, so this only fixes the order for whoever reads the code).
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
        """Text column of a field id or step id (a step's time is <step>_at)."""
        return f"{ref}_at" if ref in self.steps and ref not in self.fields else ref

    def event_columns(self) -> list[str]:
        """Columns holding times: every <step>_at and every date/datetime field."""
        return [f"{s}_at" for s in self.steps] + [f for f, d in self.fields.items() if d.type in DATE_TYPES]

    def label(self, ref: str) -> str:
        """What a person calls a field, a step or a column."""
        if ref in self.fields:
            return self.fields[ref].label or ref
        if ref in self.steps:
            return self.steps[ref].name
        for suffix, what in (("_at", ""), ("_by", "（办理部门）")):
            if ref.endswith(suffix) and ref[: -len(suffix)] in self.steps:
                return self.steps[ref[: -len(suffix)]].name + what
        entry = self.catalog.vocabulary.get(ref)
        return entry.label if entry else ref
