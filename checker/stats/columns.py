"""Which case columns the statistics read: the month a case belongs to, its closing, its dimensions, its customer.

The procedure's own columns come from `prepare_cases` exactly as `audit` maps them. Statistics may also
break cases down by shared vocabulary columns the procedure does not define (channel, product, customer…)
and recognise a customer for 初次/再现; those extra columns are mapped by the profile's `columns`, or found
when an export header is exactly the column's id, vocabulary label or alias.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalog.loader import Catalog
from ..catalog.model import Procedure
from ..catalog.columns import ProcedureColumns
from ..mapping import ColumnPlan, MappingProfile, as_text

# Breakdown columns of the 统计表, in report order (S18: by channel and area; S23: source, customer, product).
DIMENSIONS = ["category", "severity", "channel", "responsible_department", "product", "customer"]
# Columns that identify a customer, most specific first (S23 发生频率 初次/再现 is per customer).
IDENTITY = ["customer", "id_number", "contact_phone", "email", "complainant"]
# Extra columns stats may map beyond the procedure's: text columns only (no date parsing needed).
EXTRA = list(dict.fromkeys(DIMENSIONS + IDENTITY))


class StatsInputError(Exception):
    """Input the statistics cannot use (no receive time, unknown --closed, bad satisfaction file): exit code 2."""


def extra_plans(catalog: Catalog, procedure: Procedure, profile: MappingProfile):
    """A hook for `prepare_cases`: plans for the EXTRA columns the procedure lacks and the export has."""
    canonical = {c.id for c in catalog.case_columns(procedure)}
    wanted = [c for c in EXTRA if c not in canonical and c in catalog.vocabulary]
    by_target = {target: header for header, target in profile.columns.items()}

    def plans(headers: list[str]) -> list[ColumnPlan]:
        taken = set(profile.columns) | {h for h in headers if h in canonical}
        result = []
        for column in wanted:
            header = by_target.get(column)
            if header is None:
                entry = catalog.vocabulary[column]
                names = [column, entry.label, *entry.aliases]
                header = next((h for h in headers if h.strip() in names and h not in taken), None)
            if header is None or header not in headers:
                continue
            taken.add(header)
            values = {as_text(k): as_text(v) for k, v in profile.values.get(column, {}).items()}
            result.append(ColumnPlan(column, header, values))
        return result

    return plans


@dataclass
class Dimension:
    column: str
    title: str
    labels: dict[str, str]        # value -> label, in the catalog's order (classes, options, roles)
    listed: bool                  # catalog values are listed even when no case has them


@dataclass
class Columns:
    received: str                 # column whose time puts a case in a month
    received_label: str
    closed: str | None            # column whose time marks 办结 (None: not computed)
    closed_label: str | None
    category: str | None          # with `identity`: what makes a complaint 再现
    identity: str | None
    identity_label: str | None
    dimensions: list[Dimension]


def resolve(catalog: Catalog, procedure: Procedure, present: set[str], closed: str | None) -> Columns:
    pr = ProcedureColumns(catalog, procedure)
    times = set(pr.event_columns()) & present

    candidates = (["received_at"] if "received_at" in pr.fields else []) + [f"{s.id}_at" for s in procedure.steps[:1]]
    received = next((c for c in candidates if c in times), None)
    if received is None:
        wanted = "、".join(f"{pr.label(c)}（{c}）" for c in candidates) or "受理时间（received_at）"
        raise StatsInputError(f"导出中没有受理时间列，无法按月统计：请在映射文件中指明哪一列是 {wanted}")

    closed_column = None
    if closed:
        closed_column = pr.column(closed)
        if closed_column not in pr.event_columns():
            steps = "、".join(s.id for s in procedure.steps) or "无"
            raise StatsInputError(f"--closed {closed}：制度 {procedure.id} 没有这一步骤或日期时间字段（步骤：{steps}）")
        if closed_column not in present:
            raise StatsInputError(f"--closed {closed}：导出中没有“{pr.label(closed_column)}”列（{closed_column}）")
    elif "closed_at" in times:
        closed_column = "closed_at"

    classification_fields = [c.field for c in procedure.classifications]
    category = next((c for c in ["category", *classification_fields] if c in present), None)
    identity = next((c for c in IDENTITY if c in present), None)
    return Columns(
        received, pr.label(received),
        closed_column, pr.label(closed_column) if closed_column else None,
        category, identity, pr.label(identity) if identity else None,
        _dimensions(catalog, procedure, pr, present))


def _dimensions(catalog: Catalog, procedure: Procedure, pr: ProcedureColumns, present: set[str]) -> list[Dimension]:
    dims: dict[str, Dimension] = {}
    for scheme in procedure.classifications:
        if scheme.field in present and scheme.field not in dims:
            dims[scheme.field] = Dimension(scheme.field, scheme.title, {c.id: c.label for c in scheme.classes}, True)
    for column in DIMENSIONS:
        if column in present and column not in dims:
            f = pr.fields.get(column)
            options = {as_text(o.id): o.label for o in f.options} if f else {}
            dims[column] = Dimension(column, pr.label(column), options, bool(options))
    roles = {r.id: r.name for r in procedure.roles}
    for step in procedure.steps:
        column = f"{step.id}_by"
        if column in present:
            dims[column] = Dimension(column, f"办理部门：{step.name}", roles, False)
    return list(dims.values())
