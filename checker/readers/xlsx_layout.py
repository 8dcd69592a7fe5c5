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
SCAN_BYTES = 64 << 10   # read at a time; after the first value, look this much further for cells left of it
TAIL_BYTES = 64         # kept from a chunk's end when no cell has begun: a `<x:c` or `</x:c>` may be cut there

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
# A cell is `<c …/>` or `<c …>…</c>` (any namespace prefix), found in steps so that nothing is searched twice.
# The start needs the byte after `c`: `<c` at a chunk's end may yet turn out to be `<col`.
_START = re.compile(rb"<(?:\w+:)?c(?=\W)")
_TAG_END = re.compile(rb">")
_CLOSE = re.compile(rb"</(?:\w+:)?c>")
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
    among the cells read. (0, 0) when cells carry no references.

    Linear in the sheet's size: only what is unsettled is carried from one chunk to the next (an unfinished
    cell, or a short tail), and an unfinished cell is searched on from where the last chunk left off. Carrying
    and re-scanning everything took minutes on a small workbook holding megabytes of white space."""
    row = col = None
    seen_after = 0
    buffer = bytearray()  # not settled yet: an unfinished cell from its `<`, or the last few bytes read
    tag_end = None        # in buffer: the `>` ending the unfinished cell's opening tag, once read
    looked = 0            # in buffer: how far the unfinished cell has been searched already
    with zipfile.ZipFile(path) as archive, archive.open(part) as stream:
        while chunk := stream.read(SCAN_BYTES):
            buffer += chunk
            pos = 0
            while start := _START.search(buffer, pos):
                if tag_end is None:
                    gt = _TAG_END.search(buffer, max(start.end(), looked))
                    if gt is None:
                        looked = len(buffer)
                        break                           # opening tag cut off: wait for the next chunk
                    tag_end, looked = gt.start(), gt.end()
                if buffer[tag_end - 1:tag_end] == b"/":
                    attrs, body, pos = buffer[start.end():tag_end - 1], None, tag_end + 1
                else:
                    close = _CLOSE.search(buffer, max(tag_end + 1, looked - TAIL_BYTES))
                    if close is None:
                        looked = len(buffer)
                        break                           # cell cut off: wait for the next chunk
                    attrs, body, pos = buffer[start.end():tag_end], buffer[tag_end + 1:close.start()], close.end()
                tag_end, looked = None, 0
                ref = _REF.search(attrs)
                if not ref or body is None or not _VALUE.search(body):
                    continue
                letters, number = ref.groups()
                c = _column_index(letters)
                row = int(number) - 1 if row is None else row
                col = c if col is None else min(col, c)
            # carry only the unfinished cell, or (none begun) a tail where a tag may have been cut in two
            keep = start.start() if start else max(pos, len(buffer) - TAIL_BYTES)
            del buffer[:keep]   # a bytearray: appending and dropping the front copy nothing already held
            tag_end = None if tag_end is None else tag_end - keep
            looked = max(looked - keep, 0)
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
