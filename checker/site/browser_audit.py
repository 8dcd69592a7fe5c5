"""What the site's in-browser audit (issue #21) reads: per procedure, the audit plan the checker would run, compiled
at build time into JSON, and the calendar tables as SQL.

The page (browser/app.mjs) holds no rule logic of its own: it reads the export, maps its headers the way
`mapping.plan_columns` does, and runs these statements in DuckDB-WASM. Every query, date grammar, message template,
masking pattern and calendar statement comes from the same code the command line runs, written out here.
"""

from __future__ import annotations

from ..catalog.columns import ProcedureColumns
from ..catalog.coverage import RULE_KINDS
from ..catalog.loader import Catalog, written
from ..catalog.model import Authority, Procedure
from ..catalog.notes import split_note
from ..checks import CHECKS, KINDS, compile_rules
from ..checks.base import _COLUMNS_SHOWN, _url, condition_columns, essential
from ..checks.conditions import conditions_sql
from ..checks.invalid_value import unreadable_time_rule
from ..checks.missed_deadline import _level_periods, _pause_columns, adjustment_words
from ..deadlines import _UNIT_WORDS, WEEKDAYS, extends_203
from ..deadlines_sql import calendar_statements
from ..mapping import as_text, step_repeats
from ..mapping_guess.outline import outline_of
from ..plan import AUDITED_VIEW
from ..readers import encoding
from ..readers.dates import DATE_ORDERS, DAY_MONTH_YEAR, datetime_sql, iso_datetime_sql, order_hint, reordered_sql
from ..reports import csvout, masking
from ..reports.cells import FORMULA_START
from ..reports.common import SEVERITY_LABELS
from ..text import own_reading
from ..urls import kind_url

COLUMN = "__COLUMN__"       # where the page puts the quoted column into a date template
OFFSET = 987654321          # where it puts the zone's offset in minutes (a number no real offset is)


def procedure_bundle(catalog: Catalog, procedure: Procedure) -> dict:
    """Everything the page needs to audit an export against `procedure`, as JSON-ready data."""
    pc = ProcedureColumns(catalog, procedure)
    readings = {rule.id: split_note(rule.note)[1] for kind in RULE_KINDS for rule in getattr(procedure, kind)
                if getattr(rule, "note", None)}
    events = set(pc.event_columns())
    closed = procedure.closed_when
    closed_sql = conditions_sql(closed, pc.column) if closed else None
    return {
        "procedure": procedure.id,
        "title": procedure.document.title,
        "columns": [_column(catalog, pc, c, c.id in events) for c in catalog.case_columns(procedure)],
        "steps": [s.id for s in procedure.steps],
        "outline": outline_of(catalog, procedure).to_json(),      # what checker mapping's guesser reads
        "repeats": step_repeats(procedure),
        "setup": [AUDITED_VIEW],
        "rules": [_rule(procedure, rule, readings) for rule in compile_rules(catalog, procedure)],
        "closed": None if closed_sql is None else {"sql": closed_sql.text, "params": closed_sql.params,
                                                   "needs": condition_columns(closed, pc.column)},
        "unchecked_obligations": len(procedure.unchecked),
        "superseded_by": [{"procedure": q.id, "title": q.document.title} for q, _ in catalog.superseded_by(procedure)],
    }


def _column(catalog: Catalog, pc: ProcedureColumns, column, event: bool) -> dict:
    entry = catalog.vocabulary.get(column.id)
    data = {"id": column.id, "label": pc.label(column.id), "kind": column.kind, "event": event}
    field = pc.fields.get(column.id)
    if field is not None and field.options:
        data["options"] = [{"id": as_text(o.id), "label": o.label} for o in field.options]
    if entry is not None and entry.personal:
        data["personal"] = masking.personal_style(entry.id, entry.label, entry.type.value)
    if column.as_written:      # a same-person rule compares it unmapped
        data["as_written"] = written(column.id)
    if (reading := own_reading(column.type, COLUMN)) is not None:   # 是 in a tick box, 未签 in a signature
        data["reading"] = {"sql": reading.text, "params": reading.params}
    if event:
        bad = unreadable_time_rule(pc, column.id)
        data["bad_time"] = {"title": bad.title, "expected": bad.query.params[0]}
    return data


def _rule(procedure: Procedure, rule, readings: dict[str, str]) -> dict:
    kind, check = KINDS[rule.kind], CHECKS[rule.kind]
    data = {
        "kind": rule.kind, "code": kind.code, "rule": rule.rule_id, "title": rule.title, "label": rule.label,
        "section": rule.section, "clause": rule.source.clause if rule.source else None,
        "quote": rule.source.quote if rule.source else None,
        "url": _url("", procedure.id, rule.link_anchor(), rule.kind),
        "needs": rule.needs, "shown": list(_COLUMNS_SHOWN.get(rule.kind, (0,))),
        "sql": rule.query.text, "params": [p if isinstance(p, (str, int, float)) else str(p) for p in rule.query.params],
        "as_of": check.takes_as_of, "reports_skipped": check.reports_skipped,
        "unchecked": rule.unchecked, "essential": essential(procedure, rule),
        "interpretation": readings.get(rule.rule_id) or readings.get(rule.rule_id.removesuffix("-start")),
        "unjudged": None if rule.unjudged is None else {"sql": rule.unjudged.text, "params": rule.unjudged.params},
        "applies": None if rule.applies is None else {"sql": rule.applies.text, "params": rule.applies.params},
    }
    d = rule.deadline
    if d is not None:
        authority = Authority(procedure.document.authority)
        # an agreed time's tolerance is counted without the clause's non-working-day words (deadlines.agreed_due)
        non_working = None if d.due_field is not None else d.includes_non_working_days
        data["deadline"] = {
            "start_label": rule.start_label, "bound_is_late": d.bound_is_late,
            "includes_non_working_days": bool(non_working),
            # the period at each extension level (None: an agreed instant), and whether 第二百零三条 extends it
            "periods": [None if p is None else {"unit": p.unit.value, "amount": p.amount,
                                                "extends": extends_203(p.unit, authority, non_working)}
                        for p in (_level_periods(d) if (d.period or d.tolerance) else [None])],
            "words": adjustment_words(rule),
            "times": ["start_t", "due_t", "end_t", "ck_restart", *_pause_columns(d)],   # read back as text
            "uncovered": None if rule.uncovered is None else {"sql": rule.uncovered.text, "params": rule.uncovered.params},
        }
    return data


def shared_bundle(catalog: Catalog, calendar) -> dict:
    """What every procedure's audit shares: the finding kinds, the calendar, the date grammar, the masking."""
    return {
        "procedures": [{"id": p.id, "title": p.document.title} for p in sorted(catalog.procedures.values(),
                                                                                key=lambda p: p.id)],
        "kinds": {slug: {"code": k.code, "title": k.title, "severity": k.severity, "message": k.message,
                         "url": kind_url("", slug)} for slug, k in KINDS.items()},
        "severity_labels": SEVERITY_LABELS,
        "report_columns": csvout.COLUMNS,         # the CSV and XLSX downloads have the command line's columns
        "formula_start": list(FORMULA_START),     # text a spreadsheet would take for a formula (reports/cells.py)
        "calendar": {"name": calendar.name, "first_year": calendar.years.start, "last_year": calendar.years.stop - 1,
                     "statements": calendar_statements(calendar),
                     # for the arithmetic traces (browser/trace.mjs, after checker/deadlines.py)
                     "holidays": {d.isoformat(): name for d, name in sorted(calendar.holidays.items())},
                     "workdays": {d.isoformat(): name for d, name in sorted(calendar.workdays.items())},
                     "closes_at": None if calendar.closes_at is None else f"{calendar.closes_at:%H:%M}",
                     "weekdays": WEEKDAYS, "unit_words": {u.value: w for u, w in _UNIT_WORDS.items()}},
        "dates": {"column": COLUMN, "offset": str(OFFSET), "day_month_year": DAY_MONTH_YEAR,
                  "order_hint": order_hint("1/2/2025"),
                  "iso": {order: iso_datetime_sql(reordered_sql(COLUMN, order)) for order in ("year_first", *DATE_ORDERS)},
                  "full": {order: datetime_sql(reordered_sql(COLUMN, order), OFFSET)
                           for order in ("year_first", *DATE_ORDERS)}},
        "masking": masking.browser_patterns(),
        # what the CSV reader tells apart (readers/encoding.py): files that are not text, and encodings by name
        "reading": {"signatures": [[list(signature), kind, hint] for signature, kind, hint in encoding._SIGNATURES],
                    "encodings": encoding.DISPLAY},
        # a header that names a personal field (姓名, 联系地址…) holds such values whatever it is mapped to
        "personal_names": {name.casefold(): masking.personal_style(e.id, e.label, e.type.value)
                           for e in catalog.vocabulary.values() if e.personal for name in (e.id, e.label, *e.aliases)},
    }
