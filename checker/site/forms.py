"""Print layout of a blank form: fields packed into rows of a 12-column grid, or a register's table.

A form prints on one A4 portrait page: long-text boxes share whatever height is left, so the sheet
fills the page without spilling. A register (台账, 统计表, 清单…) prints as a table on A4 landscape.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..catalog.loader import Catalog
from ..catalog.model import Field, FieldType, Form

REGISTER_WORDS = ("台账", "台帐", "统计表", "清单", "登记表", "一览表", "汇总表")

# A4 less the print margins (mm); the sheet is exactly this tall so it can never spill onto page two.
MARGIN_MM = 10
PORTRAIT_H = 297 - 2 * MARGIN_MM
LANDSCAPE_H = 210 - 2 * MARGIN_MM
REGISTER_FIXED_MM = 46      # title block, column headings and signature line
REGISTER_ROW_MM = 9.0
DEFAULT_REGISTER_ROWS = 15

_DEFAULT_SPAN = {
    FieldType.longtext: 12, FieldType.text: 6, FieldType.date: 4, FieldType.datetime: 6, FieldType.time: 3,
    FieldType.number: 3, FieldType.checkbox: 3, FieldType.phone: 4, FieldType.idcard: 6, FieldType.email: 6,
    FieldType.signature: 6,
}


def is_register(form: Form) -> bool:
    return form.kind == "register" or any(word in form.title for word in REGISTER_WORDS)


def orientation(form: Form) -> str:
    return "landscape" if is_register(form) or form.layout.orientation == "landscape" else "portrait"


@dataclass
class Cell:
    field: Field           # resolved: label and type filled from the vocabulary
    span: int              # columns of 12

    @property
    def type(self) -> str:
        return (self.field.type or FieldType.text).value

    @property
    def tall(self) -> bool:
        return self.field.type == FieldType.longtext


@dataclass
class Section:
    title: str | None
    rows: list[list[Cell]]

    @property
    def tall_rows(self) -> int:
        return sum(any(c.tall for c in row) for row in self.rows)


@dataclass
class Sheet:
    form: Form
    orientation: str
    register: bool
    sections: list[Section] = field(default_factory=list)   # forms
    columns: list[Cell] = field(default_factory=list)       # registers: one column per field
    rows: int = 0                                           # registers: blank rows
    row_mm: float = REGISTER_ROW_MM

    @property
    def height_mm(self) -> int:
        return LANDSCAPE_H if self.orientation == "landscape" else PORTRAIT_H


def _span(f: Field) -> int:
    if f.width:
        return f.width
    if f.type in (FieldType.choice, FieldType.multichoice):
        size = sum(len(o.label) + 2 for o in f.options) + len(f.label or "")
        return 12 if size > 18 else 6
    return _DEFAULT_SPAN.get(f.type, 6)


def _ordered_groups(catalog: Catalog, form: Form) -> list[tuple[str | None, list[Field]]]:
    """Fields by layout section, in order; fields no section names go last, untitled."""
    by_id = {f.id: catalog.resolve_field(f) for f in form.fields}
    groups, placed = [], set()
    for section in form.layout.sections:
        fields = [by_id[i] for i in section.fields if i in by_id]
        placed.update(section.fields)
        groups.append((section.title, fields))
    rest = [f for f in by_id.values() if f.id not in placed]
    if rest:
        groups.append((None, rest))
    return groups


def _pack(fields: list[Field]) -> list[list[Cell]]:
    """Fill rows of 12 columns left to right; a field that does not fit starts the next row."""
    rows: list[list[Cell]] = []
    used = 12
    for f in fields:
        span = min(_span(f), 12)
        if used + span > 12:
            rows.append([])
            used = 0
        rows[-1].append(Cell(f, span))
        used += span
    for row in rows:  # stretch the last cell so every row is full width
        row[-1].span += 12 - sum(c.span for c in row)
    return rows


def sheet(catalog: Catalog, form: Form) -> Sheet:
    s = Sheet(form, orientation(form), is_register(form))
    groups = _ordered_groups(catalog, form)
    if s.register:
        s.columns = [Cell(f, f.width or (3 if f.type == FieldType.longtext else 1)) for _, fs in groups for f in fs]
        room = s.height_mm - REGISTER_FIXED_MM
        s.rows = form.layout.rows or min(DEFAULT_REGISTER_ROWS, int(room // REGISTER_ROW_MM))
        s.row_mm = round(min(REGISTER_ROW_MM, room / s.rows), 2)
    else:
        s.sections = [Section(title, _pack(fields)) for title, fields in groups if fields]
    return s
