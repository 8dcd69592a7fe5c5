"""Cases: exports read, mapped and time-parsed into DuckDB, the table every plan reads.

`audit` and `stats` both start here, so they see the same cases the same way: table `cases` (canonical columns,
`_file`, `_row`, a parsed TIMESTAMP twin `<col>__t` of every time column), rows that cannot be audited listed
and left out by the view `audited`, and the plan of the rules the exports can run.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from .catalog.columns import ProcedureColumns
from .catalog.loader import Catalog, written
from .catalog.model import Procedure
from .checks import CompiledRule
from .mapping import MappingProfile, plan_columns, step_repeats
from .plan import AUDITED_VIEW, audit_plan
from .sql import Projection, Sql, blank, ident, typed
from .text import own_reading


class AuditInputError(Exception):
    """Input that cannot be audited at all (unreadable file, unusable mapping): exit code 2."""


def _connect() -> duckdb.DuckDBPyConnection:
    # 512 MB keeps the whole audit under 1 GiB at 5M cases; DuckDB spills to temp_directory beyond it
    con = duckdb.connect(config={"memory_limit": "512MB", "preserve_insertion_order": True, "threads": 2})
    con.execute("SET temp_directory = ?", [tempfile.gettempdir()])
    con.execute("SET enable_progress_bar = false")
    return con


def _load(con, index: int, path: Path, catalog: Catalog, procedure: Procedure, profile: MappingProfile,
          event_columns: list[str], extra_plans=None):
    """Read one export into raw_<index>, already mapped and time-parsed; return (ReadResult, column plans)."""
    from .readers import ROW, pivot_events, project_table, read_event_log, read_export

    raw = f"raw_{index}"
    plans = []

    def project(headers: list[str], has_row: bool) -> Projection:
        plans[:] = plan_columns(catalog, procedure, headers, profile)
        if extra_plans is not None:
            plans.extend(extra_plans(headers))
        return _mapping(index, plans, event_columns, has_row, profile.date_order)

    if profile.event_log is None:
        return read_export(path, con, table=raw, sheet=profile.sheet, encoding=profile.encoding, project=project), plans
    log = profile.event_log
    # the headers the profile maps that are not the event's own (a case's deadline, priority…) describe the case
    attributes = [h for h in profile.columns if h not in (log.case, log.activity, log.time, log.resource)]
    result = read_event_log(path, con, f"events_{index}", case=log.case, activity=log.activity,
                            time=log.time, resource=log.resource, case_columns=attributes, date_order=profile.date_order,
                            local_offset=profile.local_offset)
    pivot_events(con, f"events_{index}", log.activities, raw, attributes, log.last, step_repeats(procedure))
    project_table(con, raw, [r[0] for r in con.execute(f"DESCRIBE {raw}").fetchall() if r[0] != ROW], project)
    return result, plans


def _mapping(index: int, plans, event_columns: list[str], has_row: bool, date_order: str) -> Projection:
    """Export columns to canonical ones (trimmed, values mapped), and the ISO times parsed, in one pass.

    Other time spellings are parsed afterwards, only where some are left (`_parse_other_spellings`)."""
    from .readers.dates import iso_datetime_sql, reordered_sql

    parts, params = [f"{index} AS _file"] + (["_row"] if has_row else []), []
    for plan in plans:
        if plan.header is None:
            parts += [f"CAST(NULL AS VARCHAR) AS {ident(c)}" for c in _columns_of(plan)]
            continue
        raw = source = _trimmed(plan.header)
        if plan.as_written:      # a same-person rule compares it unmapped
            kept, when = _only_when(plan, raw)
            params += when
            parts.append(f"{kept} AS {ident(written(plan.column))}")
        own: list = []
        if (reading := own_reading(plan.field_type, raw)) is not None:
            source, own = f"CASE {reading.text} ELSE {raw} END", reading.params
        if plan.value_map:      # the mapping's own words first
            cases = " ".join("WHEN ? THEN ?" for _ in plan.value_map)
            own = [x for pair in plan.value_map.items() for x in pair] + own
            source = f"CASE {raw} {cases} ELSE {source} END"
        source, when = _only_when(plan, source)
        params += when + own
        parts.append(f"{source} AS {ident(plan.column)}")
    present = {p.column for p in plans if p.header is not None}
    parsed = "".join(f", {iso_datetime_sql(reordered_sql(ident(c), date_order))} AS {typed(c)}"
                     for c in event_columns if c in present)
    return Projection(Sql(f"SELECT *{parsed} FROM (SELECT {', '.join(parts)} FROM ", params), Sql(")"))


def _columns_of(plan) -> list[str]:
    return [plan.column, written(plan.column)] if plan.as_written else [plan.column]


def _only_when(plan, source: str) -> tuple[str, list]:
    """`source`, kept only on the rows whose status names the step, when the register's status says which step a
    date (or doer) is; with its parameters, which come before the source's own."""
    if plan.when is None:
        return source, []
    status, values = plan.when
    return f"CASE WHEN {_trimmed(status)} IN ({', '.join('?' for _ in values)}) THEN {source} END", list(values)


def _trimmed(header: str) -> str:
    return f"NULLIF(trim(CAST({ident(header)} AS VARCHAR)), '')"


def _export_headers(plans, profile: MappingProfile) -> dict[str, str]:
    """Canonical column -> what the export calls it, for reports to name the export's own column.

    An event log's step columns come from its time (or resource) column for the activities mapped to the step:
    `time:timestamp（Insert ticket、Assign seriousness）`."""
    headers = {p.column: p.label for p in plans if p.header is not None}
    log = profile.event_log
    if log is None:
        return headers
    activities: dict[str, list[str]] = {}
    for activity, step in log.activities.items():
        activities.setdefault(step, []).append(str(activity))
    headers["case_number"] = log.case
    for step, names in activities.items():
        for suffix, source in (("_at", log.time), ("_by", log.resource or "org:resource")):
            if step + suffix in headers:
                headers[step + suffix] = f"{source}（{'、'.join(names)}）"
    return headers


@dataclass
class PreparedCases:
    """Exports read, mapped and time-parsed into DuckDB: view `audited` holds every readable case.

    `audit` and `stats` both start here, so they see the same cases the same way.
    """

    con: duckdb.DuckDBPyConnection
    catalog: Catalog
    procedure: Procedure
    exports: list[str]
    present: set[str]                      # canonical columns the exports provide
    rules: list[CompiledRule]              # rules whose columns are all present
    rows_read: int = 0
    rows_audited: int = 0
    unreadable: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    procedure_rules: int = 0    # the procedure's own rules (not the checks every export gets), run or skipped
    rules_checked: int = 0      # of those, the ones the exports let run
    bad_values: list[tuple] = field(default_factory=list)   # (record, file index, row, case, column, raw): bad dates no rule needs
    headers: list[dict[str, str]] = field(default_factory=list)   # per export: canonical column -> the export's own name
    local_offset: int = 8 * 60                 # the zone times are read in, minutes east of UTC (the profile's)
    absent_headers: list[dict] = field(default_factory=list)   # headers the profile maps that an export lacks

    def close(self) -> None:
        self.con.close()


def prepare_cases(catalog: Catalog, procedure: Procedure, exports: list[Path], profile: MappingProfile,
                  extra_plans=None) -> PreparedCases:
    """`extra_plans(headers) -> [ColumnPlan]` adds columns beyond the procedure's (statistics dimensions)."""
    from .readers import ExportError

    con = _connect()
    prepared = PreparedCases(con, catalog, procedure, [str(p) for p in exports], set(), [],
                             local_offset=profile.local_offset)
    event_columns = ProcedureColumns(catalog, procedure).event_columns()
    for index, path in enumerate(exports):
        try:
            read, plans = _load(con, index, Path(path), catalog, procedure, profile, event_columns, extra_plans)
        except ExportError as err:
            con.close()
            raise AuditInputError(str(err)) from None
        prepared.rows_read += read.rows_read
        prepared.unreadable += [{"file": str(path), "row": u.row, "column": u.column, "reason": u.reason, "case": None}
                                for u in read.unreadable]
        mapped = {p.column for p in plans if p.header is not None}
        if "case_number" not in mapped:
            con.close()
            raise AuditInputError(f"{path}: 导出中找不到案件编号列（case_number）：请在映射文件的 columns 中指明哪一列是投诉编号")
        prepared.present |= mapped
        prepared.headers.append(_export_headers(plans, profile))
        if profile.event_log is None:   # a mapping that points at nothing checks less: the report says so
            prepared.absent_headers += [{"file": str(path), "header": h, "column": c}
                                        for h, c in profile.headers_mapped().items() if h not in read.columns]

    occurrences = _derived_occurrences(ProcedureColumns(catalog, procedure), prepared.present)
    prepared.present |= set(occurrences)
    plan = audit_plan(catalog, procedure, prepared.present)
    prepared.rules, prepared.skipped = plan.rules, plan.skipped
    # a consecutive deadline runs once per pair of occurrences: one rule of the procedure all the same
    checked = {r.rule_id for r in plan.rules if r.section is not None}
    prepared.rules_checked = len(checked)
    prepared.procedure_rules = len(checked | {s["rule"] for s in plan.skipped if s["section"] is not None})

    # The exports were mapped and their ISO times parsed as they were read: one export becomes `cases` as it is
    # (a second full copy made a million-case audit spill to disk). A record's _id is its rowid in `cases`
    # (insertion order is kept): it tells records apart even where they share a line (XML written without line
    # breaks), and costs nothing, where row_number() cost a second at 1M.
    if len(exports) == 1:
        con.execute("ALTER TABLE raw_0 RENAME TO cases")
    else:
        con.execute("CREATE TABLE cases AS " + " UNION ALL BY NAME ".join(f"SELECT * FROM raw_{i}" for i in range(len(exports))))
        for index in range(len(exports)):
            con.execute(f"DROP TABLE raw_{index}")
    events = [c for c in event_columns if c in prepared.present and c not in occurrences]
    _parse_other_spellings(con, prepared, events, profile.date_order, profile.local_offset)
    for column, sql in occurrences.items():
        con.execute(sql)
    con.execute(AUDITED_VIEW)
    prepared.rows_audited = _rows_audited(con, len(exports), event_log=profile.event_log is not None)
    return prepared


def _derived_occurrences(pc: ProcedureColumns, present: set[str]) -> dict[str, str]:
    """The statements that fill the last occurrence and the count of each repeated step from its occurrences,
    where the export does not give them (an event log does): column -> statement."""
    derived = pc.derived_columns(present)
    statements = {}
    for step in pc.steps:
        times = [typed(c) for c in pc.occurrence_columns(step) if c in present]
        last, count = pc.column(f"{step}.last"), pc.column(f"{step}.count")
        # the mapping made every canonical column (NULL where the export has none); a parsed twin is new
        if last in derived:
            statements[last] = (f"ALTER TABLE cases ADD COLUMN {typed(last)} TIMESTAMP; "
                                f"UPDATE cases SET {typed(last)} = greatest({', '.join(times)}), "
                                f"{ident(last)} = strftime(greatest({', '.join(times)}), '%Y-%m-%d %H:%M:%S')")
        if count in derived:
            counted = " + ".join(f"CAST({t} IS NOT NULL AS INTEGER)" for t in times)
            statements[count] = f"UPDATE cases SET {ident(count)} = CAST({counted} AS VARCHAR)"
    return statements


def _parse_other_spellings(con, prepared: PreparedCases, events: list[str], date_order: str, local_offset: int) -> None:
    """Times the ISO fast path left go through the whole grammar; what it cannot read either is listed.

    A bad date in a column some rule needs makes the row unreadable; elsewhere it is an invalid value.
    """
    from .readers.dates import datetime_sql, order_hint, reordered_sql

    needed = {c for r in prepared.rules for c in r.needs}
    con.execute("CREATE TABLE unreadable_rows (_id BIGINT)")
    for column in events:
        unparsed = f"NOT {blank(ident(column))} AND {typed(column)} IS NULL"
        # 2025/3/4 9:05, 2025年3月4日, serial numbers…: most exports have none, and then the grammar is not even bound
        if con.execute(f"SELECT 1 FROM cases WHERE {unparsed} LIMIT 1").fetchall():
            con.execute(f"UPDATE cases SET {typed(column)} = {datetime_sql(reordered_sql(ident(column), date_order), local_offset)} "
                        f"WHERE {unparsed}")
        bad = con.execute(f"SELECT rowid, _file, _row, case_number, {ident(column)} FROM cases WHERE {unparsed}").fetchall()
        for record, file_index, line, case, raw in bad:
            if column in needed:
                prepared.unreadable.append({"file": prepared.exports[file_index], "row": line,
                                            "column": prepared.headers[file_index].get(column, column),
                                            "reason": f"无法识别的日期时间：{raw}{order_hint(raw)}", "case": case})
            else:
                prepared.bad_values.append((record, file_index, line, case, column, raw))
        if column in needed and bad:
            con.execute(f"INSERT INTO unreadable_rows SELECT rowid FROM cases WHERE {unparsed}")  # set-based: fast


def _rows_audited(con, files: int, event_log: bool) -> int:
    """Input rows behind the audited cases: cases for a table export, their events for an event log.

    So that rows read = rows audited + rows unreadable holds in the export's own rows either way.
    """
    if not event_log:
        return con.execute("SELECT count(*) FROM audited").fetchall()[0][0]
    return sum(
        con.execute(f'SELECT count(*) FROM events_{index} e WHERE e."case" IN '
                    f"(SELECT case_number FROM audited WHERE _file = {index})").fetchall()[0][0]
        for index in range(files))
