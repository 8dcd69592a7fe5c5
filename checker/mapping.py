"""Mapping profiles: how an export's own headers and values map onto a procedure's canonical case columns.

A profile is YAML:

    procedure: s42-telecom-user-appeals
    columns:                    # export header -> canonical column (field id, <step>_at or <step>_by)
      投诉编号: case_number
      受理时间: receive_at
    values:                     # canonical column -> {export value: catalog value}
      category: {话费争议: fee_dispute}
    roles: {客服部: customer_service}   # applies to every <step>_by column
    outcomes:                   # one column says which of several steps a case took, one date column when
      受理结论:                  # the status column
        date: 决定日期           # the time of the step the status names
        by: 承办人              # optional: who took it
        steps: {受理: accept, 不予受理: reject}   # status value -> step id; other values take no step
    event_log:                  # only for long event logs: which columns hold what, activity -> step
      case: case_id
      activity: activity
      time: timestamp
      resource: resource
      activities: {受理投诉: receive}
      last: [close]             # steps taken at their last occurrence (default: the first)
    date_order: day_first       # numeric dates written 29/2/2016 (month_first: 8/25/2023); default year-first
    time_zone: "+01:00"         # the zone deadlines are counted in (default +08:00, China): times written with
                                # another zone are converted to it, times without one are taken as in it

The user's guide is docs/audit-your-export.md. Starter profiles guessed from an export, and the dry run of a profile
(`mapping --check`), are in `mapping_guess/`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .catalog.loader import Catalog
from .catalog.model import Procedure
from .catalog.yamlsafe import SIDE_FILE_BYTES, CatalogFileError, load_yaml
from .text import as_text

Value = str | int | float | bool


class EventLogMapping(BaseModel):
    model_config = ConfigDict(extra="forbid")
    case: str = "case:concept:name"
    activity: str = "concept:name"
    time: str = "time:timestamp"
    resource: str | None = "org:resource"
    activities: dict[str, str] = {}
    last: list[str] = []        # steps whose last occurrence counts (a case's final event); the others: the first


class OutcomeMapping(BaseModel):
    """A register's status column (受理结论: 受理 / 不予受理) with one date for whichever step it names."""

    model_config = ConfigDict(extra="forbid")
    date: str
    by: str | None = None
    steps: dict[Value, str]


class MappingProfile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    procedure: str | None = None
    sheet: str | None = None
    encoding: str | None = None
    columns: dict[str, str] = {}
    values: dict[str, dict[Value, Value]] = {}
    roles: dict[str, str] = {}
    outcomes: dict[str, OutcomeMapping] = {}
    event_log: EventLogMapping | None = None
    date_order: Literal["year_first", "day_first", "month_first"] = "year_first"   # numeric dates such as 29/2/2016
    time_zone: str = Field("+08:00", pattern=r"^[+-](0[0-9]|1[0-4]):[0-5][0-9]$")

    def headers_mapped(self) -> dict[str, str]:
        """Every export header the profile names (outside an event log), with what it feeds: for a report of the
        headers an export lacks."""
        mapped = dict(self.columns)
        for status, outcome in self.outcomes.items():
            steps = "、".join(dict.fromkeys(outcome.steps.values()))
            mapped[status] = f"outcomes（{steps}）"
            mapped[outcome.date] = f"outcomes.{status}.date（{steps}）"
            if outcome.by:
                mapped[outcome.by] = f"outcomes.{status}.by（{steps}）"
        return mapped

    @property
    def local_offset(self) -> int:
        """Minutes east of UTC of the zone the audit counts in."""
        from .readers.dates import zone_offset
        return zone_offset(self.time_zone)


class MappingError(Exception):
    """A mapping profile that cannot be used; the message names the file and line."""


def load_profile(path: Path | str) -> MappingProfile:
    try:
        loaded = load_yaml(path, max_bytes=SIDE_FILE_BYTES)
    except CatalogFileError as err:
        raise MappingError(str(err)) from None
    except OSError as err:
        raise MappingError(f"{path}: 无法读取映射文件：{err.strerror}") from None
    try:
        return MappingProfile.model_validate(loaded.data or {})
    except ValidationError as err:
        first = err.errors()[0]
        loc = tuple(first["loc"])
        raise MappingError(f"{path}:{loaded.line_of(loc)}: [{'.'.join(map(str, loc))}] {first['msg']}") from None


@dataclass
class ColumnPlan:
    """How one canonical column is produced from the export."""

    column: str
    header: str | None            # export header it comes from; None when absent
    value_map: dict[str, str] = field(default_factory=dict)
    when: tuple[str, list[str]] | None = None   # (status header, its values): only rows whose status names the step
    field_type: str = "text"      # the field's type, which reads some plain words itself (text.own_reading)
    as_written: bool = False      # also kept unmapped, for a same-person rule (catalog.loader.written)

    @property
    def label(self) -> str | None:
        """The export's own name for the column, as reports show it: 决定日期（受理结论：受理）."""
        if self.header is None or self.when is None:
            return self.header
        return f"{self.header}（{self.when[0]}：{'、'.join(self.when[1])}）"


def plan_columns(catalog: Catalog, procedure: Procedure, headers: list[str], profile: MappingProfile) -> list[ColumnPlan]:
    """For every canonical column of the procedure, which export header feeds it and with which value map.

    Headers equal to a canonical id map to themselves; otherwise the profile's `columns` decides.
    """
    columns = catalog.case_columns(procedure)
    by_target = {target: header for header, target in profile.columns.items()}
    role_map = {as_text(k): as_text(v) for k, v in profile.roles.items()}
    outcome_of = _outcome_sources(profile, headers)
    plans = []
    for case_column in columns:
        column = case_column.id
        header = by_target.get(column) or (column if column in headers else None)
        if header is not None and header not in headers:
            header = None
        values = {as_text(k): as_text(v) for k, v in profile.values.get(column, {}).items()}
        if column.endswith("_by"):
            values = {**role_map, **values}
        if header is None and column in outcome_of:
            source, when = outcome_of[column]
            plans.append(ColumnPlan(column, source, values, when, as_written=case_column.as_written))
        else:
            plans.append(ColumnPlan(column, header, values, field_type=case_column.type,
                                    as_written=case_column.as_written))
    return plans


def _outcome_sources(profile: MappingProfile, headers: list[str]) -> dict[str, tuple[str, tuple[str, list[str]]]]:
    """`<step>_at` / `<step>_by` -> (the date or doer header, (status header, the status values naming the step))."""
    sources = {}
    for status, outcome in profile.outcomes.items():
        if status not in headers:
            continue
        named: dict[str, list[str]] = {}
        for value, step in outcome.steps.items():
            named.setdefault(step, []).append(as_text(value))
        for step, values in named.items():
            for suffix, header in (("_at", outcome.date), ("_by", outcome.by)):
                if header is not None and header in headers:
                    sources[step + suffix] = (header, (status, values))
    return sources


def unknown_targets(catalog: Catalog, procedure: Procedure, profile: MappingProfile) -> list[str]:
    canonical = {c.id for c in catalog.case_columns(procedure)}
    return sorted({t for t in profile.columns.values() if t not in canonical} | {t for t in profile.values if t not in canonical})


def profile_problems(procedure: Procedure, profile: MappingProfile) -> list[str]:
    """Mistakes that would otherwise check less without saying so: two headers for one column, outcomes and event
    logs whose values or activities map to nothing or to steps the procedure does not have, a step given twice, a
    doer mapped to a role the procedure does not have (a typo no rule could judge)."""
    problems = []
    by_target: dict[str, list[str]] = {}
    for header, target in profile.columns.items():
        by_target.setdefault(target, []).append(header)
    problems += [f"表头{'、'.join(headers)}都映射到 {target}：一列只能来自一个表头"
                 for target, headers in by_target.items() if len(headers) > 1]
    roles = [r.id for r in procedure.roles]
    doers = [("roles", written, role) for written, role in profile.roles.items()]
    doers += [(f"values.{column}", written, role) for column, given in profile.values.items() if column.endswith("_by")
              for written, role in given.items()]
    problems += [f"{where} 中“{as_text(written)}”映射到不存在的角色 {as_text(role)}（可用：{'、'.join(roles)}）"
                 for where, written, role in doers
                 if as_text(role) not in {"", *roles, *(r.name for r in procedure.roles)}]
    steps = [s.id for s in procedure.steps]
    for status, outcome in profile.outcomes.items():
        problems += [f"outcomes.{status} 中取值“{value}”映射到不存在的环节 {step}（可用：{'、'.join(steps)}）"
                     for value, step in outcome.steps.items() if step not in steps]
        problems += [f"环节 {step} 既由 columns 中的表头“{header}”提供，又由 outcomes.{status} 提供：只能有一处"
                     for header, target in profile.columns.items() for step in set(outcome.steps.values())
                     if target in (f"{step}_at", f"{step}_by") and (target.endswith("_at") or outcome.by)]
    if profile.outcomes and profile.event_log is not None:
        problems.append("outcomes 用于每案一行的导出；事件日志的环节由 event_log.activities 对应")
    log = profile.event_log
    if log is not None:
        if not log.activities:
            problems.append(f"event_log.activities 为空：请写出每个活动名对应的环节 id（可用：{'、'.join(steps)}）")
        unknown = {activity: step for activity, step in log.activities.items() if step not in steps}
        problems += [f"event_log.last 中的 {step} 不是映射到的环节" for step in log.last
                     if step not in log.activities.values()]
        problems += [f"event_log.activities 中活动“{activity}”映射到不存在的环节 {step}（可用：{'、'.join(steps)}）"
                     for activity, step in unknown.items()]
    return problems


# --- what the audit sees ----------------------------------------------------------------------

def step_repeats(procedure: Procedure) -> dict[str, int]:
    return {s.id: s.repeats for s in procedure.steps if s.repeats}


def audited_headers(profile: MappingProfile, headers: list[str], repeats: dict[str, int] | None = None) -> list[str]:
    """The headers `plan_columns` sees for an export with these headers: the export's own, or, for an event log,
    the pivot's (`case_number`, `<step>_at` and `<step>_by` of every mapped step, every occurrence of the steps
    that repeat) and the case attributes the profile maps in `columns` (as `cases.py` keeps them)."""
    log = profile.event_log
    if log is None:
        return list(headers)
    steps = list(dict.fromkeys(log.activities.values()))
    attributes = [h for h in profile.columns if h not in (log.case, log.activity, log.time, log.resource) and h in headers]
    columns = []
    for step in steps:
        columns += [f"{step}_at", f"{step}_by"]
        if (repeats or {}).get(step):
            columns += [f"{step}_{n}{suffix}" for n in range(2, repeats[step] + 1) for suffix in ("_at", "_by")]
            columns += [f"{step}_last_at", f"{step}_count"]
    return ["case_number", *columns, *attributes]
