"""Spreadsheet cells that must stay text: the one rule the CSV report and the statistics workbook share.

A spreadsheet takes text starting with =, +, - or @ for a formula (`=HYPERLINK("http://…")`,
`=cmd|' /C calc'!A0`); some importers drop a leading tab or CR and then see the formula, so those count too.
Case data is never a formula: each writer keeps such text as text in its own way (CSV: a leading apostrophe;
XLSX: a string cell marked quotePrefix).
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_START)
