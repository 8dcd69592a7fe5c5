"""Hostile XLSX: megabytes of white space where the first-cell scan looks, in a workbook of a few kilobytes.

`xlsx_layout.first_cell` reads the sheet's XML in chunks to find where the used range starts. It used to
carry everything not yet matched into the next chunk and scan it all again: 60 MB of white space before
the first row (a 62 KB file, under the compression-ratio floor) took 35 s, 256 MB over 150 s. Linearity is
checked by counting the bytes the scanner's patterns run over, not by a clock.
"""

from __future__ import annotations

import re

import pytest

from checker.readers import xlsx_layout
from test_hostile_xlsx import inline, package, read, sheet

PART = "xl/worksheets/sheet1.xml"
MB = 1 << 20


class Counting:
    """Stands in for one of the scanner's compiled patterns and adds up the bytes each call runs over."""

    def __init__(self, pattern: re.Pattern, tally: list[int]):
        self.pattern, self.tally = pattern, tally

    def search(self, data, pos=0):
        found = self.pattern.search(data, pos)
        self.tally[0] += (found.end() if found else len(data)) - pos
        return found

    def finditer(self, data, pos=0):
        self.tally[0] += len(data) - pos
        return self.pattern.finditer(data, pos)

    def match(self, data, pos=0):
        found = self.pattern.match(data, pos)
        self.tally[0] += (found.end() if found else 1)
        return found


def scanned_bytes(monkeypatch, path) -> tuple[tuple[int, int], int]:
    """first_cell's answer, and the bytes all its patterns together ran over."""
    tally = [0]
    for name, value in vars(xlsx_layout).copy().items():
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(xlsx_layout, name, Counting(value, tally))
    return xlsx_layout.first_cell(path, PART), tally[0]


FIRST = '<row r="3">' + inline("C3", "编号") + inline("B3", "状态") + '</row><row r="4">' + inline("C4", "A") + "</row>"
PADDED = {   # where the white space goes: the scanner must neither re-read it nor lose the cell around it
    "before the first row": (60 * MB, lambda ws: sheet(ws + FIRST)),
    "inside a cell's opening tag": (16 * MB, lambda ws: sheet(FIRST.replace('<c r="C3"', '<c r="C3"' + ws))),
    "inside a cell": (16 * MB, lambda ws: sheet(FIRST.replace("<is><t>编号", "<is>" + ws + "<t>编号"))),
}


@pytest.mark.parametrize("where", PADDED)
def test_white_space_is_scanned_once(tmp_path, monkeypatch, where):
    size, make = PADDED[where]
    xml = make(" " * size)
    path = package(tmp_path / "padded.xlsx", xml)
    assert path.stat().st_size < MB                          # a small file that inflates 16-60 MB
    cell, scanned = scanned_bytes(monkeypatch, path)
    assert cell == (2, 1)                                    # row 3, column B
    assert scanned < 3 * len(xml.encode()), f"{scanned >> 20} MB scanned for a {len(xml) >> 20} MB sheet"


def test_white_space_before_the_first_row_is_read_with_the_right_rows(tmp_path):
    path = package(tmp_path / "padded.xlsx", sheet(" " * (60 * MB) + FIRST))
    result, rows = read(path)
    assert result.columns == ["状态", "编号"] and rows == [(None, "A", 4)]


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 8, 13, 64])
def test_cells_cut_anywhere_between_chunks_are_found(tmp_path, monkeypatch, chunk):
    """What is carried from chunk to chunk: a cell cut anywhere, a prefixed tag cut in two, `<c` of `<col`.
    (Chunks this small also end the look past the first value at once: that value alone decides.)"""
    monkeypatch.setattr(xlsx_layout, "SCAN_BYTES", chunk)
    rows = ('<row r="2"><x:c r="A2"/><c r="B2"><v></v></c><x:c r="C2" >  </x:c></row><cols><col min="1"/></cols>'
            '<row r="4"><c r="A4" s="1"/><x:c   r="E4" t="inlineStr"><x:is><x:t>值</x:t></x:is></x:c></row>')
    path = package(tmp_path / "cut.xlsx", sheet(rows).replace("<worksheet ", '<worksheet xmlns:x="m" '))
    assert xlsx_layout.first_cell(path, PART) == (3, 4)      # E4: the first cell holding a value
