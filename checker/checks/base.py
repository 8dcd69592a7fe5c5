"""What every check shares: the kind's metadata, a compiled rule, and how a violating row becomes a finding.

A check is one module of this package holding its `Kind` (code, title, severity, explanation, message), the
catalog sections it checks, `compile()` from a procedure to set-based DuckDB queries, and — where the generic
one does not fit — how a violating row becomes a finding. The CLI (`rules`, `explain`), every report, `stats` and
the site's kind and audit-column pages read the checks; nothing else knows what a kind does.

Queries read view `audited`: canonical text columns, `_id` (the record), `_file`, `_row`, with parsed TIMESTAMP
twins `<col>__t` for event columns. Each returns its violations only, so Python touches only violating rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Callable, TypedDict

from ..catalog.columns import ProcedureColumns
from ..catalog.model import Condition, Deadline, Procedure, Source
from ..sql import Sql, blank, ident
from ..urls import kind_url, procedure_url, rule_anchor
from .conditions import conditions_sql


@dataclass(frozen=True)
class Kind:
    slug: str          # stable machine name, e.g. "missed-deadline"
    code: str          # short code for filters and CI, e.g. "CK104"
    title: str         # Chinese title
    severity: str      # "error" or "warning"
    explanation: str   # what it tests and why it matters (Chinese)
    message: str       # str.format template over the finding's fields (Chinese)

    def render(self, **values) -> str:
        return self.message.format_map(_Blank(values))


class _Blank(dict):
    def __missing__(self, key):
        return ""


@dataclass
class CompiledRule:
    kind: str                 # finding kind slug
    rule_id: str              # catalog item id (or field id for value checks)
    title: str
    query: Sql                # selects _id, _file, _row, case_number, actual, expected (deadlines: times instead)
    needs: list[str]          # canonical columns the rule reads; missing from the export -> rule skipped
    source: Source | None = None
    label: str = ""           # label of the field concerned, for messages
    section: str | None = None    # the catalog section of the item it checks; None for checks every export gets
    deadline: Deadline | None = None
    outcomes: Sql | None = None   # deadlines: every applicable case with start_t, due_t, end_t (for on-time rates)
    start_label: str = ""         # deadlines: name of the start event, for the arithmetic trace
    uncovered: Sql | None = None  # day-based deadlines: the start years the calendar cannot count from
    unjudged: Sql | None = None   # a step's doer: (doer, rows) of doers none of the procedure's roles; NULL: judged
    applies: Sql | None = None    # the audited rows its conditions select (None: every row); none: it checked nothing
    anchor: str | None = None     # where on the procedure page the rule's clause stands (default: its rule anchor)
    unchecked: str | None = None  # why the rule cannot be checked on any export (the plan reports it, never runs it)
    labels: dict[str, str] = field(default_factory=dict)   # what people call the fields it reads, for its traces

    def link_anchor(self) -> str | None:
        """The anchor findings and the audit-column page link to; None for checks every export gets."""
        if self.anchor is not None:
            return self.anchor
        return rule_anchor(self.rule_id) if self.section is not None else None


class Finding(TypedDict, total=False):
    """One finding, as every report reads it (a dict, so that reports and JSON take it as it is)."""

    case: str | None          # the export's case number (case data: masked in reports)
    kind: str                 # the check's kind slug
    code: str                 # CK101…
    severity: str             # "error" or "warning"
    procedure: str
    rule: str                 # catalog item id (or field / generic check id)
    clause: str | None        # the clause of the source, quoted in `quote`
    quote: str | None
    expected: str
    actual: str               # case data
    message: str              # the kind's message with this finding's values (case data)
    file: str                 # the export it was found in
    row: int | None           # the export's own row (or line) number
    column: str | None        # the export's own header of the column concerned (an event log: time column and activities)
    personal: str             # only where `actual` is a personal field's value: how to mask it ("name", "address", "contact")
    record: int               # the record's ordinal in the audit: several records can share one line
    url: str                  # the rule's clause (or the kind's page) on the site
    # missed deadlines only
    open: bool                # the end event has not happened (as of --as-of)
    deadline: str             # the due instant
    trace: str                # the arithmetic, in the words of 民法典 第二百零一条–第二百零四条
    # rules whose clause needed a reading (their note's 解释：…)
    interpretation: str       # the catalog's reading the verdict rests on


@dataclass
class AuditContext:
    """What turning rows into findings needs besides the row: shared by every rule of one audit."""

    procedure: Procedure
    exports: list[str]
    as_of: datetime
    site_url: str
    calendar: object                                  # checker.deadlines.WorkCalendar
    skipped: list[dict] = field(default_factory=list)
    dues: dict = field(default_factory=dict)          # deadline arithmetic per (rule, start): many cases share one
    headers: list[dict[str, str]] = field(default_factory=list)   # per export: canonical column -> its own header
    personal: dict[str, str] = field(default_factory=dict)        # personal canonical columns -> masking style


@dataclass(frozen=True)
class Check:
    kind: Kind
    sections: tuple[str, ...]                                   # catalog sections whose items it compiles
    compile: Callable[[ProcedureColumns], list[CompiledRule]]
    # A rule skipped for a column the export lacks is reported, except for value checks: every case field with
    # options gets one, and an export without that field simply has nothing to check.
    reports_skipped: bool = True
    takes_as_of: bool = False                                   # the query's last parameter is --as-of
    # which items of its sections it checks (the kind's site page lists them); None: every one
    covers: Callable[[ProcedureColumns, object], bool] | None = None

    def prepare(self, con, rule: CompiledRule, pc: ProcedureColumns, ctx: AuditContext) -> None:
        """Before the rule's query runs (the deadline check notes the years its calendar cannot count from)."""

    def findings(self, rule: CompiledRule, rows, ctx: AuditContext) -> list[Finding]:
        """Violating rows (record, file index, row, case, actual, expected) as findings."""
        return [finding(ctx, rule, record=record, file_index=file_index, row=line, case=case, actual=actual,
                        expected=expected)
                for record, file_index, line, case, actual, expected in rows]


def essential(procedure: Procedure, rule: CompiledRule) -> bool:
    """The catalog marks the rule `essential`: an audit that could not run it cannot pass."""
    items = getattr(procedure, rule.section, []) if rule.section else []
    return any(item.id == rule.rule_id and getattr(item, "essential", False) for item in items)


def select(rest: str) -> str:
    """Every rule query starts with the same key columns: which record, file, row and case.

    The record (`_id`) tells cases apart where several share a line (XML written without line breaks)."""
    return f"SELECT _id, _file, _row, case_number, {rest}"


def condition_columns(conditions: list[Condition], col) -> list[str]:
    columns = []
    for cond in conditions:
        if cond.any_ is not None:
            columns += [c for c in condition_columns(cond.any_, col) if c not in columns]
        elif cond.elapsed is not None:
            columns += [col(cond.elapsed.from_), col(cond.elapsed.to)]
        else:
            columns.append(col(cond.field))
    return columns


def blank_when(target: str, conditions: list[Condition], col) -> Sql:
    """Rows where `target` is empty while every condition holds."""
    return conditions_sql(conditions, col) & Sql(blank(ident(target)))


def finding(ctx: AuditContext, rule: CompiledRule, *, record: int, file_index: int, row, case, actual,
            expected) -> Finding:
    from . import KINDS

    k = KINDS[rule.kind]
    actual = "" if actual is None else str(actual)
    expected = "" if expected is None else str(expected)
    source = rule.source
    result = Finding(
        case=case, kind=rule.kind, code=k.code, severity=k.severity, procedure=ctx.procedure.id, rule=rule.rule_id,
        clause=source.clause if source else None, quote=source.quote if source else None,
        expected=expected, actual=actual,
        message=k.render(label=rule.label, rule_title=rule.title, actual=actual, expected=expected),
        file=ctx.exports[file_index], row=row,
        column=_export_column(ctx.headers[file_index] if file_index < len(ctx.headers) else None, rule),
        record=record, url=_url(ctx.site_url, ctx.procedure.id, rule.link_anchor(), rule.kind),
    )
    style = ctx.personal.get(rule.needs[0]) if rule.needs else None
    if style is not None and actual:   # the value shown is a personal field's (a name, an address…)
        result["personal"] = style
    return result


# The columns a finding is about, among those its rule reads (by position in `needs`): the first — the value it
# shows, or the event that is late or missing — and for a flow out of order both steps' times, the later step first
# as its message names them.
_COLUMNS_SHOWN = {"out-of-order": (1, 0)}


def _export_column(headers: dict[str, str] | None, rule: CompiledRule) -> str | None:
    """The export's own name for the column(s) the finding is about, as the mapping took them from the export."""
    if headers is None or not rule.needs:
        return None
    shown = [headers.get(rule.needs[i]) for i in _COLUMNS_SHOWN.get(rule.kind, (0,)) if i < len(rule.needs)]
    return "、".join(dict.fromkeys(h for h in shown if h)) or None


@lru_cache(maxsize=1024)   # one string per rule, not one per finding (an audit can have hundreds of thousands)
def _url(site_url: str, procedure_id: str, anchor: str | None, kind: str) -> str:
    """A catalog rule links to its clause on the procedure page; a generic check to its kind's page."""
    return procedure_url(site_url, procedure_id, anchor) if anchor is not None else kind_url(site_url, kind)
