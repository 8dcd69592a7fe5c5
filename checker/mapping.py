"""Mapping profiles: how an export's own headers and values map onto a procedure's canonical case columns.

A profile is YAML:

    procedure: s42-telecom-user-appeals
    columns:                    # export header -> canonical column (field id, <step>_at or <step>_by)
      投诉编号: case_number
      受理时间: receive_at
    values:                     # canonical column -> {export value: catalog value}
      category: {话费争议: fee_dispute}
    roles: {客服部: customer_service}   # applies to every <step>_by column
    event_log:                  # only for long event logs: which columns hold what, activity -> step
      case: case_id
      activity: activity
      time: timestamp
      resource: resource
      activities: {受理投诉: receive}
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from .catalog.loader import Catalog
from .catalog.model import Procedure
from .catalog.yamlsafe import CatalogFileError, load_yaml

Value = str | int | float | bool


class EventLogMapping(BaseModel):
    model_config = ConfigDict(extra="forbid")
    case: str = "case:concept:name"
    activity: str = "concept:name"
    time: str = "time:timestamp"
    resource: str | None = "org:resource"
    activities: dict[str, str] = {}


class MappingProfile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    procedure: str | None = None
    sheet: str | None = None
    encoding: str | None = None
    columns: dict[str, str] = {}
    values: dict[str, dict[Value, Value]] = {}
    roles: dict[str, str] = {}
    event_log: EventLogMapping | None = None


class MappingError(Exception):
    """A mapping profile that cannot be used; the message names the file and line."""


def load_profile(path: Path | str) -> MappingProfile:
    try:
        loaded = load_yaml(path)
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


def as_text(value: Value) -> str:
    """Catalog and mapping values compare as the text a CSV would hold (YAML true -> 'true')."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass
class ColumnPlan:
    """How one canonical column is produced from the export."""

    column: str
    header: str | None            # export header it comes from; None when absent
    value_map: dict[str, str] = field(default_factory=dict)


def plan_columns(catalog: Catalog, procedure: Procedure, headers: list[str], profile: MappingProfile) -> list[ColumnPlan]:
    """For every canonical column of the procedure, which export header feeds it and with which value map.

    Headers equal to a canonical id map to themselves; otherwise the profile's `columns` decides.
    """
    canonical = [c.id for c in catalog.case_columns(procedure)]
    by_target = {target: header for header, target in profile.columns.items()}
    role_map = {as_text(k): as_text(v) for k, v in profile.roles.items()}
    plans = []
    for column in canonical:
        header = by_target.get(column) or (column if column in headers else None)
        if header is not None and header not in headers:
            header = None
        values = {as_text(k): as_text(v) for k, v in profile.values.get(column, {}).items()}
        if column.endswith("_by"):
            values = {**role_map, **values}
        plans.append(ColumnPlan(column, header, values))
    return plans


def unknown_targets(catalog: Catalog, procedure: Procedure, profile: MappingProfile) -> list[str]:
    canonical = {c.id for c in catalog.case_columns(procedure)}
    return sorted({t for t in profile.columns.values() if t not in canonical} | {t for t in profile.values if t not in canonical})


# --- starter profiles -------------------------------------------------------------------------

def guess_profile(catalog: Catalog, procedure: Procedure, headers: list[str]) -> dict:
    """A starter profile from the export's headers: exact ids, vocabulary labels and aliases, then close labels."""
    labels: dict[str, str] = {}
    for column in catalog.case_columns(procedure):
        labels.setdefault(column.label, column.id)
        labels.setdefault(column.id, column.id)
        entry = catalog.vocabulary.get(column.id)
        if entry:
            for alias in entry.aliases:
                labels.setdefault(alias, column.id)
    for step in procedure.steps:
        labels.setdefault(f"{step.name}时间", f"{step.id}_at")
        labels.setdefault(f"{step.name}人", f"{step.id}_by")
    columns: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        target = labels.get(header.strip())
        if target is None:
            close = difflib.get_close_matches(header.strip(), list(labels), n=1, cutoff=0.75)
            target = labels[close[0]] if close else None
        if target and target not in taken:
            columns[header] = target
            taken.add(target)
    values: dict[str, dict[str, str]] = {}
    for f in catalog.case_fields(procedure).values():
        if f.options and f.id in taken:
            values[f.id] = {o.label: as_text(o.id) for o in f.options}
    return {
        "procedure": procedure.id,
        "columns": columns,
        "values": values,
        "roles": {r.name: r.id for r in procedure.roles},
    }
