"""Spreadsheet cells that must stay text: the rules the CSV report, the XLSX findings report and the statistics
workbook share.

A spreadsheet takes text starting with =, +, - or @ for a formula (`=HYPERLINK("http://…")`,
`=cmd|' /C calc'!A0`); some importers drop a leading tab or CR and then see the formula, so those count too.
Case data is never a formula: each writer keeps such text as text in its own way (CSV: a leading apostrophe;
XLSX: a string cell marked quotePrefix, written by `text_cell` here for both workbooks).
"""

from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Characters an XLSX file (XML 1.0) cannot hold: C0 controls other than tab/LF/CR (openpyxl's
# ILLEGAL_CHARACTERS_RE), U+FFFE/U+FFFF and lone surrogates (refused when the file is saved). Each becomes
# U+FFFD, so a reader sees that a character was there instead of a crash or a silently shorter value.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_START)


def text_cell(cell, value):
    """Set an openpyxl cell (of a normal or a write-only sheet) to `value`; every XLSX cell is written here.

    Numbers stay numbers; text is always a string cell, never a formula: openpyxl would store `=…` as one, so the
    type is set back to string, and text a spreadsheet would read as a formula is marked quotePrefix, so editing
    the cell in Excel keeps it text too. The text shown is the value itself (no apostrophe added to it)."""
    if not isinstance(value, str):
        cell.value = value
        return cell
    text = NOT_XML.sub("\ufffd", value)
    cell.value = text
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True
    return cell


def write_only_row(ws, values) -> list:
    """A row for a write-only sheet's `append`, by `text_cell`'s rule: a cell object only where the rule changes
    something (text a spreadsheet would take for a formula or an error value, characters XML cannot hold), the
    plain value elsewhere, which openpyxl stores as it is: much faster for a workbook of many findings."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES

    row = []
    for value in values:
        if isinstance(value, str) and (looks_like_formula(value) or value in ERROR_CODES or NOT_XML.search(value)):
            value = text_cell(WriteOnlyCell(ws), value)
        row.append(value)
    return row


def text_width(value) -> int:
    """Display width of a value in a spreadsheet column: CJK characters count twice."""
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def sheet_name(name: str) -> str:
    """A valid sheet name: no []:*?/\\, at most 31 characters."""
    for ch in "[]:*?/\\":
        name = name.replace(ch, "_")
    return name[:31]
