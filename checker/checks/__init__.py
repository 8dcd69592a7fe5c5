"""The checks: one module per finding kind, each the one definition of what its kind means.

Each module holds its `Kind` (code, title, severity, explanation, message template), the catalog sections it
checks, `compile()` into set-based SQL with the columns every compiled rule reads, and how a violating row
becomes a finding. The CLI (`rules`, `explain`), every report, `stats` and the site (kind pages, audit-column
pages) are generated from `CHECKS`, so they cannot drift apart. Messages are Chinese: auditors read them.
"""

from __future__ import annotations

from ..catalog.columns import ProcedureColumns
from ..catalog.loader import Catalog
from ..catalog.model import Procedure
from . import (bad_case_number, duplicate_case, ineligible, invalid_value, missed_deadline, missing_field,
               not_done, out_of_order, wrong_routing)
from .base import AuditContext, Check, CompiledRule, Finding, Kind

# In code order (CK101…): the order of `python -m checker rules`, the reports and the site.
CHECKS: dict[str, Check] = {
    module.CHECK.kind.slug: module.CHECK
    for module in (missing_field, invalid_value, wrong_routing, missed_deadline, ineligible, out_of_order,
                   duplicate_case, bad_case_number, not_done)
}
KINDS: dict[str, Kind] = {slug: check.kind for slug, check in CHECKS.items()}


def kind_by_code_or_slug(key: str) -> Kind | None:
    key = key.strip()
    return KINDS.get(key) or next((k for k in KINDS.values() if k.code.lower() == key.lower()), None)


def compile_rules(catalog: Catalog, procedure: Procedure) -> list[CompiledRule]:
    """Every rule of the procedure, compiled by the check of its kind."""
    columns = ProcedureColumns(catalog, procedure)
    return [rule for check in CHECKS.values() for rule in check.compile(columns)]


__all__ = ["AuditContext", "CHECKS", "Check", "CompiledRule", "Finding", "KINDS", "Kind", "compile_rules",
           "kind_by_code_or_slug"]
