"""Where things are inside an XLSX package: its worksheets, and the first used cell of one of them.

fastexcel returns a sheet's used range without saying where it starts; the row numbers a person sees need
that start. The first cell holding a value is found by reading the sheet's XML from the top, which stops
after a few kilobytes on a real export. Parsed with the same defensive lxml settings as every XML here.
"""

from __future__ import annotations

import posixpath
import re
import zipfile

from lxml import etree

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
SCAN_BYTES = 64 << 10   # after the first value, look this much further for cells left of it

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(/>|>(.*?)</(?:\w+:)?c>)", re.S)
_REF = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')
_VALUE = re.compile(rb"<(?:\w+:)?(?:v|is)\b[^>/]*>(?!</)", re.S)


def worksheets(path) -> dict[str, str]:
    """Worksheet name -> its part inside the package, in workbook order (chart sheets left out)."""
    with zipfile.ZipFile(path) as archive:
        book = etree.fromstring(archive.read("xl/workbook.xml"), _PARSER)
        rels = etree.fromstring(archive.read("xl/_rels/workbook.xml.rels"), _PARSER)
    targets = {}
    for rel in rels.iter(f"{{{PKG}}}Relationship"):
        if rel.get("Type", "").endswith("/worksheet"):
            target = rel.get("Target", "")
            targets[rel.get("Id")] = target.lstrip("/") if target.startswith("/") else \
                posixpath.normpath(posixpath.join("xl", target))
    sheets = {}
    for sheet in book.iter(f"{{{MAIN}}}sheet"):
        rid = sheet.get(f"{{{REL}}}id")
        if rid in targets:
            sheets[sheet.get("name")] = targets[rid]
    return sheets


def first_cell(path, part: str) -> tuple[int, int]:
    """0-based (row, column) where the used range starts: the first row with a value, the leftmost column
    among the cells read. (0, 0) when cells carry no references."""
    row = col = None
    seen_after = 0
    buffer = b""
    with zipfile.ZipFile(path) as archive, archive.open(part) as stream:
        while chunk := stream.read(SCAN_BYTES):
            buffer += chunk
            end = 0
            for match in _CELL.finditer(buffer):  # a cell cut off at the chunk's end waits for the next
                end = match.end()
                ref = _REF.search(match.group(1))
                if not ref or match.group(3) is None or not _VALUE.search(match.group(3)):
                    continue
                letters, number = ref.groups()
                c = _column_index(letters)
                row = int(number) - 1 if row is None else row
                col = c if col is None else min(col, c)
            buffer = buffer[end:]
            if row is not None:
                seen_after += len(chunk)
                if seen_after > SCAN_BYTES:
                    break
    return (row or 0, col or 0)


def _column_index(letters: bytes) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ch - 64
    return index - 1
