"""Event logs in long form (one row per event) and their pivot to one row per case.

`read_event_log` reads any export format, keeps the case, activity, time and resource columns the caller
names (XES, and CSVs exported by process-mining tools, have standard names used by default), parses the time
set-based, and lists events without a case, activity or readable time as unreadable.

`pivot_events` turns the long table into the canonical case table: `case_number`, `<step>_at` (the step's
first occurrence, or its last for the steps the caller names), `<step>_by` (who did that occurrence), `_row` (the line of the case's first event), and
each case attribute the caller names (`case:deadline`, a priority…) under its own name: its first non-blank value
in the case's event order. Activities that map to no step are ignored, and counted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field


from .base import ROW, ExportError, ReadResult, Unreadable, quote_ident
from .dates import LOCAL_OFFSET_MINUTES, datetime_sql, order_hint, reordered_sql

XES_NAMES = {"case": "case:concept:name", "activity": "concept:name", "time": "time:timestamp",
             "resource": "org:resource"}
ROLE_LABELS = {"case": "案件编号", "activity": "环节（活动）", "time": "时间", "resource": "处理人"}
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def read_event_log(path, con, table: str = "events", case: str | None = None, activity: str | None = None,
                   time: str | None = None, resource: str | None = None, sheet: str | None = None,
                   encoding: str | None = None, case_columns: list[str] = (), date_order: str | None = None,
                   local_offset: int = LOCAL_OFFSET_MINUTES) -> ReadResult:
    """`case_columns`: the export's columns that describe the case rather than the event, kept as they are;
    `date_order`: how numeric dates are written (see `dates.DATE_ORDERS`); `local_offset`: the audit's zone,
    minutes east of UTC, that zoned times are converted to."""
    from . import read_export

    staging = f"_ck_events_{uuid.uuid4().hex[:12]}"
    result = read_export(path, con, staging, sheet=sheet, encoding=encoding)
    try:
        chosen = _columns(path, result, {"case": case, "activity": activity, "time": time, "resource": resource})
        for name in case_columns:
            if name not in result.columns:
                raise ExportError(path, column=name, message=f"没有这一列（映射文件把它作为案件的属性）；"
                                                             f"文件中的列：{'、'.join(result.columns)}")
        inner = _projection(staging, chosen, case_columns, date_order, local_offset)
        problems = _problems(con, inner, chosen)
        target = quote_ident(table)
        kept = "".join(f", {quote_ident(name)}" for name in case_columns)
        con.execute(f"DROP TABLE IF EXISTS {target}")
        con.execute(f'CREATE TABLE {target} AS SELECT c AS "case", a AS activity, parsed AS "time", r AS resource, '
                    f"{ROW}{kept} FROM ({inner}) WHERE {_VALID} ORDER BY {ROW}")
    finally:
        con.execute(f"DROP TABLE IF EXISTS {staging}")
    fmt = result.format if result.format == "xes" else f"eventlog-{result.format}"
    unreadable = sorted(result.unreadable + problems, key=lambda u: (u.row is None, u.row or 0))
    return ReadResult(format=fmt, columns=["case", "activity", "time", "resource"], rows_read=result.rows_read,
                      unreadable=unreadable, encoding=result.encoding, sheet=result.sheet)


def _columns(path, result: ReadResult, given: dict[str, str | None]) -> dict[str, str | None]:
    chosen = {}
    for role, name in given.items():
        if name is None and XES_NAMES[role] in result.columns:
            name = XES_NAMES[role]
        if name is None and role != "resource":
            raise ExportError(path, message=f"请指定事件日志中「{ROLE_LABELS[role]}」所在的列；"
                                            f"文件中的列：{'、'.join(result.columns)}")
        if name is not None and name not in result.columns:
            raise ExportError(path, column=name, message=f"没有这一列（用作{ROLE_LABELS[role]}）；"
                                                         f"文件中的列：{'、'.join(result.columns)}")
        chosen[role] = name
    return chosen


def _projection(staging: str, chosen: dict, case_columns=(), date_order: str | None = None,
                local_offset: int = LOCAL_OFFSET_MINUTES) -> str:
    """The four roles under fixed names, whatever the export calls its columns, plus the parsed time and the
    case attributes as they are."""
    resource = quote_ident(chosen["resource"]) if chosen["resource"] else "CAST(NULL AS VARCHAR)"
    kept = "".join(f", CAST({quote_ident(name)} AS VARCHAR) AS {quote_ident(name)}" for name in case_columns)
    return (f"SELECT CAST({quote_ident(chosen['case'])} AS VARCHAR) AS c, {quote_ident(chosen['activity'])} AS a, "
            f"{quote_ident(chosen['time'])} AS tv, {resource} AS r, {ROW}, "
            f"{datetime_sql(reordered_sql(quote_ident(chosen['time']), date_order), local_offset)} AS parsed{kept} "
            f"FROM {staging}")


def _blank(column: str) -> str:
    return f"nullif(trim({column}), '') IS NULL"


_VALID = f"NOT ({_blank('c')}) AND NOT ({_blank('a')}) AND parsed IS NOT NULL"


def _problems(con, inner: str, chosen: dict) -> list[Unreadable]:
    """Events that cannot be placed in a case's history, each with the first reason that applies."""
    rows = con.execute(
        f"SELECT {ROW}, CASE WHEN {_blank('c')} THEN 'case' WHEN {_blank('a')} THEN 'activity' "
        f"WHEN {_blank('tv')} THEN 'time-missing' ELSE 'time-bad' END, tv "
        f"FROM ({inner}) WHERE NOT ({_VALID}) ORDER BY {ROW}"
    ).fetchall()
    reasons = {"case": (chosen["case"], "缺少案件编号"), "activity": (chosen["activity"], "缺少环节（活动）名称"),
               "time-missing": (chosen["time"], "缺少时间")}
    problems = []
    for row, kind, value in rows:
        column, reason = reasons.get(kind, (chosen["time"], f"时间「{value}」无法识别为日期时间{order_hint(value)}"))
        problems.append(Unreadable(row, column, reason))
    return problems


@dataclass
class PivotResult:
    cases: int
    events: int
    ignored_events: int
    ignored_activities: dict[str, int] = field(default_factory=dict)  # activity -> events, for the report


def pivot_events(con, long_table: str, step_of_activity: dict[str, str], out_table: str,
                 case_columns: list[str] = (), last: list[str] = (), repeats: dict[str, int] | None = None) -> PivotResult:
    """One row per case from a long event table (as made by `read_event_log`, with the same `case_columns`).

    A step's first occurrence (its last, for the steps in `last`) gives <step>_at and <step>_by; a step that
    repeats (`repeats`: step -> how many occurrences the procedure names) keeps every occurrence in time order,
    <step>_<n>_at/_by, with <step>_last_at and <step>_count (every occurrence, however many)."""
    import pyarrow as pa  # imported where used: it costs a small audit a fifth of a second
    steps = list(dict.fromkeys(step_of_activity.values()))
    index = {step: i for i, step in enumerate(steps)}
    mapping = pa.table({"activity": list(step_of_activity), "idx": [index[s] for s in step_of_activity.values()]},
                       schema=pa.schema([("activity", pa.string()), ("idx", pa.int32())]))
    view = f"_ck_steps_{uuid.uuid4().hex[:12]}"
    source, target = quote_ident(long_table), quote_ident(out_table)
    # ties at the same instant go to the event earlier in the file
    order = f"struct_pack(t := e.\"time\", r := e.{ROW})"
    columns = []
    for step, i in index.items():  # i is an integer made here: the only thing placed in the SQL text
        pick, arg = ("max", "arg_max") if step in last else ("min", "arg_min")
        columns.append(f"strftime({pick}(e.\"time\") FILTER (WHERE m.idx = {i}), '{TIME_FORMAT}') "
                       f"AS {quote_ident(step + '_at')}")
        columns.append(f"{arg}(e.resource, {order}) FILTER (WHERE m.idx = {i}) AS {quote_ident(step + '_by')}")
        for n in range(2, (repeats or {}).get(step, 0) + 1):
            for value, suffix in (("strftime(e.\"time\", '" + TIME_FORMAT + "')", "_at"), ("e.resource", "_by")):
                columns.append(f"list({value} ORDER BY {order}) FILTER (WHERE m.idx = {i})[{n}] "
                               f"AS {quote_ident(f'{step}_{n}{suffix}')}")
        if (repeats or {}).get(step):
            columns.append(f"strftime(max(e.\"time\") FILTER (WHERE m.idx = {i}), '{TIME_FORMAT}') "
                           f"AS {quote_ident(step + '_last_at')}")
            columns.append(f"CAST(count(*) FILTER (WHERE m.idx = {i}) AS VARCHAR) AS {quote_ident(step + '_count')}")
    for name in case_columns:
        q = quote_ident(name)
        columns.append(f"arg_min(e.{q}, {order}) FILTER (WHERE NOT ({_blank('e.' + q)})) AS {q}")
    con.register(view, mapping)
    try:
        con.execute(f"DROP TABLE IF EXISTS {target}")
        con.execute(
            f'CREATE TABLE {target} AS SELECT e."case" AS case_number, '
            f"{''.join(c + ', ' for c in columns)}min(e.{ROW}) AS {ROW} "
            f"FROM {source} e LEFT JOIN {view} m ON e.activity = m.activity "
            f'GROUP BY e."case" ORDER BY min(e.{ROW})'
        )
        cases = con.execute(f"SELECT count(*) FROM {target}").fetchall()[0][0]
        ignored = dict(con.execute(
            f"SELECT e.activity, count(*) FROM {source} e ANTI JOIN {view} m ON e.activity = m.activity "
            f"GROUP BY e.activity ORDER BY count(*) DESC, e.activity").fetchall())
        events = con.execute(f"SELECT count(*) FROM {source}").fetchall()[0][0]
    finally:
        con.unregister(view)
    return PivotResult(cases=cases, events=events, ignored_events=sum(ignored.values()),
                       ignored_activities=ignored)
