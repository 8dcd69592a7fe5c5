"""Compile a procedure's rules into set-based DuckDB queries over the whole case table.

Input: table `cases` (canonical text columns, `_row`) with parsed TIMESTAMP twins `<col>__t` for event columns,
restricted to audited rows. Each compiled rule is one query returning its violations; Python only touches the
violating rows (to build findings and deadline traces), never the whole export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .catalog.loader import Catalog
from .catalog.model import Authority, Deadline, FieldType, Procedure, Source, Unit
from .sql import MICROS, Sql, blank, conditions_sql, ident, placeholders, typed

DATE_TYPES = {FieldType.date, FieldType.datetime}


@dataclass
class CompiledRule:
    kind: str                 # finding kind slug
    rule_id: str              # catalog item id (or field id for value checks)
    title: str
    query: Sql                # selects _id, _file, _row, case_number, actual, expected (deadlines: times instead)
    needs: list[str]          # canonical columns the rule reads; missing from the export -> rule skipped
    source: Source | None = None
    label: str = ""           # label of the field concerned, for messages
    deadline: Deadline | None = None
    due_table: str | None = None  # name of the per-start-date due table a day-based deadline joins
    outcomes: Sql | None = None   # deadlines: every applicable case with start_t, due_t, end_t (for on-time rates)
    start_label: str = ""         # deadlines: name of the start event, for the arithmetic trace


class ProcedureRules:
    """Column naming and event resolution for one procedure."""

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
        if ref in self.fields:
            return self.fields[ref].label or ref
        if ref in self.steps:
            return self.steps[ref].name
        if ref.endswith("_by") and ref[:-3] in self.steps:
            return f"{self.steps[ref[:-3]].name}（办理部门）"
        return ref


def _select(rest: str) -> str:
    """Every rule query starts with the same key columns: which record, file, row and case.

    The record (`_id`) tells cases apart where several share a line (XML written without line breaks)."""
    return f"SELECT _id, _file, _row, case_number, {rest}"


def compile_rules(catalog: Catalog, procedure: Procedure) -> list[CompiledRule]:
    pr = ProcedureRules(catalog, procedure)
    col = pr.column
    rules: list[CompiledRule] = []

    for req in procedure.requirements:
        target = col(req.field)
        where = conditions_sql(req.when, col) & Sql(blank(ident(target)))
        rules.append(CompiledRule(
            "missing-field", req.id, req.title,
            Sql(_select(f"'' AS actual, ? AS expected FROM audited WHERE {where.text}"), [pr.label(req.field)] + where.params),
            [target, *_condition_columns(req.when, col)], req.source, pr.label(req.field)))

    required = {(col(r.field), _conditions_key(r.when)) for r in procedure.requirements}
    for rule in procedure.escalation:
        # An escalation that must leave a record is a conditional requirement, unless one already says so.
        if rule.requires_step is None or (col(rule.requires_step), _conditions_key(rule.when)) in required:
            continue
        target = col(rule.requires_step)
        where = conditions_sql(rule.when, col) & Sql(blank(ident(target)))
        role = procedure.role(rule.to_role)
        rules.append(CompiledRule(
            "missing-field", rule.id, rule.title,
            Sql(_select(f"'' AS actual, ? AS expected FROM audited WHERE {where.text}"),
                [f"{role.name if role else rule.to_role}：{pr.label(rule.requires_step)}"] + where.params),
            [target, *_condition_columns(rule.when, col)], rule.source, pr.label(rule.requires_step)))

    for f in pr.fields.values():
        if f.options:
            p = placeholders([o.id for o in f.options])
            c = ident(f.id)
            rules.append(CompiledRule(
                "invalid-value", f.id, f"{f.label or f.id}取值",
                Sql(_select(f"{c} AS actual, ? AS expected FROM audited WHERE NOT {blank(c)} AND {c} NOT IN ({p.text})"),
                    ["、".join(f"{o.label}({o.id})" for o in f.options)] + p.params),
                [f.id], None, f.label or f.id))

    for rule in procedure.routing:
        target = f"{rule.step}_by" if rule.step else rule.field
        c = ident(target)
        where = conditions_sql(rule.when, col) & Sql(f"NOT {blank(c)} AND {c} <> ?", [rule.role])
        role = procedure.role(rule.role)
        rules.append(CompiledRule(
            "wrong-routing", rule.id, rule.title,
            Sql(_select(f"{c} AS actual, ? AS expected FROM audited WHERE {where.text}"),
                [f"{role.name}({rule.role})" if role else rule.role] + where.params),
            [target, *_condition_columns(rule.when, col)], rule.source, pr.label(target)))

    for rule in procedure.eligibility:
        where = conditions_sql(rule.excludes_when, col)
        needs = _condition_columns(rule.excludes_when, col)
        if rule.accepted_step is not None:  # only cases that were in fact accepted
            where = where & Sql(f"NOT {blank(ident(col(rule.accepted_step)))}")
            needs.append(col(rule.accepted_step))
        rules.append(CompiledRule(
            "ineligible", rule.id, rule.title,
            Sql(_select(f"'已受理' AS actual, '不予受理' AS expected FROM audited WHERE {where.text}"), where.params),
            needs, rule.source))

    for rule in procedure.numbering:
        c = ident(col(rule.field))
        rules.append(CompiledRule(
            "bad-case-number", rule.id, rule.title,
            Sql(_select(f"{c} AS actual, ? AS expected FROM audited WHERE NOT {blank(c)} "
                        f"AND NOT regexp_full_match({c}, ?)"), [rule.pattern, rule.pattern]),
            [col(rule.field)], rule.source, pr.label(rule.field)))

    # The repeated numbers first (a hash aggregate), so that only their cases are sorted by the window
    rules.append(CompiledRule(
        "duplicate-case", "case_number", "案件编号唯一",
        Sql(_select("case_number AS actual, CAST(first_row AS VARCHAR) AS expected FROM ("
                    " SELECT _id, _file, _row, case_number, first_value(_row) OVER w AS first_row, row_number() OVER w AS k"
                    " FROM audited WHERE case_number IN (SELECT case_number FROM audited WHERE NOT " + blank("case_number")
                    + " GROUP BY case_number HAVING count(*) > 1)"
                    " WINDOW w AS (PARTITION BY case_number ORDER BY _id)) WHERE k > 1")),
        ["case_number"], None, "投诉编号"))

    for before, after in _ordered_pairs(procedure):
        a, b = typed(f"{before}_at"), typed(f"{after}_at")
        rules.append(CompiledRule(
            "out-of-order", f"{before}-{after}", f"“{pr.steps[before].name}”应在“{pr.steps[after].name}”之前",
            Sql(_select(f"? || ' ' || strftime({b}, '%Y-%m-%d %H:%M') AS actual, "
                        f"? || ' ' || strftime({a}, '%Y-%m-%d %H:%M') AS expected FROM audited WHERE {b} < {a}"),
                [pr.steps[after].name, pr.steps[before].name]),
            [f"{before}_at", f"{after}_at"], pr.steps[after].source))

    for index, rule in enumerate(procedure.deadlines):
        rules.append(_compile_deadline(pr, rule, f"due_{index}"))
    return rules


def _compile_deadline(pr: ProcedureRules, rule: Deadline, due_table: str) -> CompiledRule:
    col = pr.column
    end = typed(col(rule.end))
    needs = [col(rule.end), *_condition_columns(rule.when, col)]
    when = conditions_sql(rule.when, col)
    uses_table = False
    if rule.due_field is not None:
        start_sql = typed(col(rule.due_field))
        needs.append(col(rule.due_field))
        due, params = start_sql, []
        if rule.tolerance is not None:
            due, params = _add_period(start_sql, rule.tolerance)
    else:
        start_sql = typed(col(rule.start))
        needs.append(col(rule.start))
        if rule.period.unit in MICROS:
            due, params = _add_period(start_sql, rule.period)
        else:
            due, params, uses_table = "d.due", [], True
    join = f" LEFT JOIN {due_table} d ON d.day = CAST({start_sql} AS DATE)" if uses_table else ""
    # Every case the deadline applies to, with its due instant: the violation query and statistics share it.
    outcomes = Sql(
        f"SELECT _id, _file, _row, case_number, {start_sql} AS start_t, {due} AS due_t, {end} AS end_t"
        f" FROM audited{join} WHERE {start_sql} IS NOT NULL AND ({when.text})", params + when.params)
    # Day-based periods end at 24:00 of the last day (due_t is the next 00:00, exclusive); a period in hours or
    # minutes, or an agreed time, is met by an event at the due minute itself ("2小时之内" includes 2:00).
    late = ">=" if uses_table else ">"
    violations = Sql(
        f"SELECT _id, _file, _row, case_number, start_t, due_t, end_t, (end_t IS NULL) AS open FROM ({outcomes.text})"
        f" WHERE due_t IS NOT NULL AND ((end_t IS NOT NULL AND end_t {late} due_t) OR (end_t IS NULL AND ? {late} due_t))",
        outcomes.params)
    return CompiledRule(
        "missed-deadline", rule.id, rule.title, violations, needs, rule.source,
        pr.label(rule.end), rule, due_table if uses_table else None, outcomes,
        pr.label(rule.start or rule.due_field))


def _add_period(column_sql: str, period) -> tuple[str, list]:
    if period.unit in MICROS:
        return f"({column_sql} + to_microseconds(CAST(? AS BIGINT)))", [int(period.amount * MICROS[period.unit])]
    if period.unit == Unit.calendar_days:
        return f"({column_sql} + to_days(CAST(? AS INTEGER)))", [int(period.amount)]
    raise ValueError(f"tolerance in {period.unit.value} is not supported")


def _conditions_key(conditions) -> str:
    return repr(sorted(c.model_dump_json(by_alias=True, exclude_none=True) for c in conditions))


def _condition_columns(conditions, col) -> list[str]:
    columns = []
    for cond in conditions:
        if cond.elapsed is not None:
            columns += [col(cond.elapsed.from_), col(cond.elapsed.to)]
        else:
            columns.append(col(cond.field))
    return columns


def _ordered_pairs(procedure: Procedure) -> list[tuple[str, str]]:
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


def due_dates(rule: Deadline, authority: Authority, start_days: list[date], calendar) -> tuple[list[date], list[datetime], set[int]]:
    """Day-based due instants per distinct start date (one arithmetic, in checker.deadlines); years it cannot cover."""
    from .deadlines import due_by_date

    errors: dict[date, str] = {}
    dues = due_by_date(start_days, rule.period, authority=authority,
                       includes_non_working_days=rule.includes_non_working_days, calendar=calendar, errors=errors)
    return list(dues), list(dues.values()), {day.year for day in errors}
