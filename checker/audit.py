"""Audit case exports against one procedure: prepare the cases (`cases.py`), run the plan's queries, collect
findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .cases import PreparedCases, prepare_cases
from .catalog.columns import ProcedureColumns
from .catalog.loader import Catalog
from .catalog.model import Procedure
from .checks import CHECKS, KINDS, AuditContext, CompiledRule, Finding
from .checks.base import condition_columns
from .checks.conditions import conditions_sql
from .checks.invalid_value import unreadable_times
from .deadlines_sql import register_calendar
from .mapping import MappingProfile

DEFAULT_SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml site_url normally decides


@dataclass
class AuditResult:
    procedure: Procedure
    exports: list[str]
    as_of: datetime
    rows_read: int = 0
    rows_audited: int = 0
    unreadable: list[dict] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)   # rules not checked, with the reason
    procedure_rules: int = 0                             # the procedure's own rules, checked or not
    procedure_rules_checked: int = 0
    open_cases: list[dict] | None = None                 # cases not closed (closed_when); None: cannot tell

    def summary(self) -> dict:
        by_kind: dict[str, int] = {}
        by_rule: dict[str, int] = {}
        for f in self.findings:
            by_kind[f["kind"]] = by_kind.get(f["kind"], 0) + 1
            by_rule[f["rule"]] = by_rule.get(f["rule"], 0) + 1
        return {
            "procedure": self.procedure.id,
            "procedure_title": self.procedure.document.title,
            "exports": self.exports,
            "as_of": self.as_of.isoformat(sep=" ", timespec="minutes"),
            "rows_read": self.rows_read,
            "rows_audited": self.rows_audited,
            "rows_unreadable": self.rows_read - self.rows_audited,
            "findings": len(self.findings),
            "cases_with_findings": len({f["record"] for f in self.findings}),
            "by_kind": by_kind,
            "by_rule": by_rule,
            "skipped_rules": self.skipped,
            "procedure_rules": self.procedure_rules,
            "procedure_rules_checked": self.procedure_rules_checked,
            "open_cases": None if self.open_cases is None else len(self.open_cases),
            "open_case_rows": self.open_cases,
        }


def run_audit(catalog: Catalog, procedure: Procedure, exports: list[Path], profile: MappingProfile,
              as_of: datetime | None = None, site_url: str = DEFAULT_SITE_URL, calendar=None) -> AuditResult:
    from .deadlines import WorkCalendar

    prepared = prepare_cases(catalog, procedure, exports, profile)
    try:
        return audit_prepared(prepared, as_of, site_url, calendar or WorkCalendar.statutory())
    finally:
        prepared.close()


def audit_prepared(prepared: PreparedCases, as_of: datetime | None, site_url: str, calendar) -> AuditResult:
    procedure = prepared.procedure
    as_of = as_of or datetime.now().replace(second=0, microsecond=0)
    ctx = AuditContext(procedure, prepared.exports, as_of, site_url, calendar, list(prepared.skipped))
    columns = ProcedureColumns(prepared.catalog, procedure)
    register_calendar(prepared.con, calendar)   # the plan's second table
    findings = unreadable_times(ctx, columns, prepared.bad_values)
    for rule in prepared.rules:
        findings += _run_rule(prepared.con, rule, columns, ctx)
    findings.sort(key=lambda f: (f["file"], f["row"] or 0, f["record"], KINDS[f["kind"]].code))
    return AuditResult(procedure, prepared.exports, as_of, prepared.rows_read, prepared.rows_audited,
                       list(prepared.unreadable), findings, ctx.skipped, prepared.procedure_rules,
                       prepared.rules_checked, _open_cases(prepared, columns))


def _open_cases(prepared: PreparedCases, columns: ProcedureColumns) -> list[dict] | None:
    """The cases the procedure's `closed_when` does not call closed (where the export says): they were judged on
    their deadlines as of --as-of and on the steps they have reached only."""
    closed = prepared.procedure.closed_when
    if not closed or not set(condition_columns(closed, columns.column)) <= prepared.present:
        return None
    where = conditions_sql(closed, columns.column)
    rows = prepared.con.execute(f"SELECT _file, _row FROM audited WHERE NOT coalesce(({where.text}), FALSE)"
                                " ORDER BY _file, _row", where.params).fetchall()
    return [{"file": prepared.exports[file_index], "row": row} for file_index, row in rows]


def _run_rule(con, rule: CompiledRule, columns: ProcedureColumns, ctx: AuditContext) -> list[Finding]:
    check = CHECKS[rule.kind]
    check.prepare(con, rule, columns, ctx)
    params = list(rule.query.params) + ([ctx.as_of] if check.takes_as_of else [])
    findings = []
    cursor = con.execute(rule.query.text, params)
    while batch := cursor.fetchmany(10_000):
        findings += check.findings(rule, batch, ctx)
    return findings
