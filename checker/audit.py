"""Audit case exports against one procedure: prepare the cases (`cases.py`), run the plan's queries, collect
findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .cases import PreparedCases, prepare_cases
from .catalog.columns import ProcedureColumns
from .catalog.coverage import RULE_KINDS
from .catalog.loader import Catalog
from .catalog.model import Procedure
from .catalog.notes import split_note
from .checks import CHECKS, KINDS, AuditContext, CompiledRule, Finding
from .checks.base import condition_columns
from .checks.conditions import conditions_sql
from .checks.invalid_value import unreadable_times
from .deadlines_sql import register_calendar
from .mapping import MappingProfile
from .readers.dates import zone_label

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
    event_log: bool = False                              # rows are events (an event log), not cases
    cases_read: int = 0                                  # distinct cases among the records loaded
    cases_audited: int = 0                               # distinct cases among the records audited
    checked: list[dict] = field(default_factory=list)    # the rules that ran (code, rule, title, clause, applies_to)
    time_zone: str = "UTC+08:00"                         # the zone times were read and counted in
    absent_headers: list[dict] = field(default_factory=list)   # mapped headers an export lacks (file, header, column)
    superseded_by: list[dict] = field(default_factory=list)    # documents that replace this one, with their proof

    def summary(self) -> dict:
        by_kind: dict[str, int] = {}
        by_rule: dict[str, int] = {}
        for f in self.findings:
            by_kind[f["kind"]] = by_kind.get(f["kind"], 0) + 1
            by_rule[f["rule"]] = by_rule.get(f["rule"], 0) + 1
        # cases, not records: one case number on several rows (a flat event export) is one case; a record without
        # a case number is a case of its own
        numbered = {f["case"] for f in self.findings if f.get("case") not in (None, "")}
        unnumbered = {f["record"] for f in self.findings if f.get("case") in (None, "")}
        return {
            "procedure": self.procedure.id,
            "procedure_title": self.procedure.document.title,
            "exports": self.exports,
            "as_of": self.as_of.isoformat(sep=" ", timespec="minutes"),
            "time_zone": self.time_zone,
            "absent_headers": self.absent_headers,
            "superseded_by": self.superseded_by,
            "unchecked_obligations": len(self.procedure.unchecked),
            "rows_read": self.rows_read,
            "rows_audited": self.rows_audited,
            "rows_unreadable": self.rows_read - self.rows_audited,
            "event_log": self.event_log,
            "cases_read": self.cases_read,
            "cases_audited": self.cases_audited,
            "findings": len(self.findings),
            "cases_with_findings": len(numbered) + len(unnumbered),
            "by_kind": by_kind,
            "by_rule": by_rule,
            "skipped_rules": self.skipped,
            "procedure_rules": self.procedure_rules,
            "procedure_rules_checked": self.procedure_rules_checked,
            "checked_rules": self.checked,
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
    ctx = AuditContext(procedure, prepared.exports, as_of, site_url, calendar, list(prepared.skipped),
                       headers=prepared.headers, personal=_personal_columns(prepared))
    columns = ProcedureColumns(prepared.catalog, procedure)
    register_calendar(prepared.con, calendar)   # the plan's second table
    findings = unreadable_times(ctx, columns, prepared.bad_values)
    for rule in prepared.rules:
        findings += _run_rule(prepared.con, rule, columns, ctx)
    _mark_interpretations(procedure, findings)
    findings.sort(key=lambda f: (f["file"], f["row"] or 0, f["record"], KINDS[f["kind"]].code))
    cases_read, cases_audited = (_distinct_cases(prepared.con, table) for table in ("cases", "audited"))
    # a rule that ran but could judge no row (a doer rule over staff names) checked nothing
    judged_nothing = {s["rule"] for s in ctx.skipped[len(prepared.skipped):] if s.get("section")}
    return AuditResult(procedure, prepared.exports, as_of, prepared.rows_read, prepared.rows_audited,
                       list(prepared.unreadable), findings, ctx.skipped, prepared.procedure_rules,
                       prepared.rules_checked - len(judged_nothing), _open_cases(prepared, columns),
                       _is_event_log(prepared.con),
                       cases_read, cases_audited, _checked(prepared.con, prepared.rules),
                       zone_label(prepared.local_offset),
                       prepared.absent_headers, _superseded_by(prepared.catalog, procedure))


def _mark_interpretations(procedure: Procedure, findings: list[Finding]) -> None:
    """A finding of a rule whose clause needed a reading carries that reading: the verdict rests on it.
    (A deadline's missing-start finding, `<id>-start`, rests on the deadline's reading.)"""
    readings = {rule.id: split_note(rule.note)[1] for kind in RULE_KINDS for rule in getattr(procedure, kind)
                if getattr(rule, "note", None)}
    for f in findings:
        reading = readings.get(f["rule"]) or readings.get(f["rule"].removesuffix("-start"))
        if reading:
            f["interpretation"] = reading


def _superseded_by(catalog: Catalog, procedure: Procedure) -> list[dict]:
    """The documents in the catalog that say they replace the audited one: a report against it must say so."""
    return [{"document": q.document.inventory_id, "procedure": q.id, "title": q.document.title,
             "clause": s.source.clause if s.source else None, "quote": s.source.quote if s.source else None,
             "note": s.note}
            for q, s in catalog.superseded_by(procedure)]


def _personal_columns(prepared: PreparedCases) -> dict[str, str]:
    """The personal columns the exports provide, each with how to mask it: the vocabulary's `personal: true`
    fields, and any column fed by an export header that names one of them (姓名, 联系地址…: a name column mapped
    to another field, by mistake or for want of one, still holds names)."""
    from .reports.masking import personal_style

    entries = [e for e in prepared.catalog.vocabulary.values() if e.personal]
    by_name = {name.casefold(): e for e in entries for name in (e.id, e.label, *e.aliases)}
    styles = {}
    for headers in prepared.headers:
        for column, header in headers.items():
            entry = prepared.catalog.vocabulary.get(column) if prepared.catalog.is_personal(column) else None
            entry = entry or by_name.get(str(header).strip().casefold())
            if entry is not None and column not in styles:
                styles[column] = personal_style(entry.id, entry.label, entry.type.value)
    return styles


def _distinct_cases(con, table: str) -> int:
    """Cases in `table`: distinct case numbers, and each record without one."""
    return con.execute(f"SELECT count(DISTINCT case_number) + count(*) FILTER (WHERE case_number IS NULL) "
                       f"FROM {table}").fetchall()[0][0]


def _is_event_log(con) -> bool:
    """The exports were event logs (`cases.py` keeps each one's events as events_<n>)."""
    return bool(con.execute("SELECT 1 FROM duckdb_tables() WHERE table_name = 'events_0'").fetchall())


def _checked(con, rules: list[CompiledRule]) -> list[dict]:
    """The rules that ran; one with conditions (重大投诉…, 超出权限时…) says to how many audited cases they applied:
    to none, it had nothing to check, and its 0 findings say nothing of compliance."""
    checked = []
    for r in rules:
        checked.append({"code": KINDS[r.kind].code, "kind": r.kind, "rule": r.rule_id, "title": r.title,
                        "clause": r.source.clause if r.source else None})
        if r.applies is not None:
            checked[-1]["applies_to"] = con.execute(f"SELECT count(*) FROM audited WHERE {r.applies.text}",
                                                    r.applies.params).fetchone()[0]
    return checked


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
