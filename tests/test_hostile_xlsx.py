"""Hostile XLSX: bombs that lie about their size, entities inside the package's XML, formulas that would reach
out. Refused within bounded memory, or read as stored values; never a file read, a connection or an evaluation.

Already proved in tests/test_readers_xlsx.py (not repeated): huge shared strings refused from the ZIP directory,
far-apart cells refused by the child's memory cap, a lone dimension tag harmless, formulas read as their stored
value. Here: the bomb whose ZIP directory lies (so only the memory cap stands), and the rest of the list.
"""

from __future__ import annotations

import io
import resource
import struct
import time
import zipfile
import zlib
from pathlib import Path

import duckdb
import pytest

from checker.readers import ExportError, read_export
from checker.readers import xlsx as xlsx_reader
from conftest import within_deadline

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS = {
    "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                           '<Default Extension="xml" ContentType="application/xml"/>'
                           '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                           'officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<workbook {NS} xmlns:r="{REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                  f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                                  f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                                  "</Relationships>",
}


def sheet(*rows: str) -> str:
    return f"<worksheet {NS}><sheetData>{''.join(rows)}</sheetData></worksheet>"


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def package(path: Path, sheet_xml: str, shared: str | None = None, **extra: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in {**PARTS, **extra}.items():
            z.writestr(name, text)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
    return path


def read(path: Path):
    con = duckdb.connect()
    result = read_export(path, con, "raw")
    return result, con.execute("SELECT * FROM raw ORDER BY _row").fetchall()


# --- a bomb whose ZIP directory lies -----------------------------------------------------------------------------

def _lying_zip(path: Path, size_mb: int) -> None:
    """A workbook whose shared strings inflate to `size_mb` MB while the ZIP directory declares 1,000 bytes.

    Written by hand: deflate a 1 MB chunk with a full flush, after which every further identical chunk
    compresses to the same bytes, so the bomb costs seconds to build however large it inflates."""
    entries = [(name, text.encode()) for name, text in PARTS.items()]
    entries.append(("xl/worksheets/sheet1.xml", sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>').encode()))
    head, tail = f"<sst {NS}><si><t>".encode(), b"</t></si></sst>"
    chunk = b"A" * (1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(head + chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeat = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    last = compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(head + chunk)
    for _ in range(size_mb - 1):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    bomb = ("xl/sharedStrings.xml", first + repeat * (size_mb - 1) + last, crc, 1000)

    out, central = io.BytesIO(), io.BytesIO()
    records = [(name, zlib.compress(data)[2:-4], zlib.crc32(data), len(data)) for name, data in entries] + [bomb]
    for name, deflated, crc, declared in records:
        offset = out.tell()
        encoded = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(deflated), declared,
                              len(encoded), 0) + encoded + deflated)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(deflated),
                                  declared, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
    start = out.tell()
    out.write(central.getvalue())
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(records), len(records), len(central.getvalue()),
                          start, 0))
    path.write_bytes(out.getvalue())


def test_bomb_with_a_lying_zip_directory_is_refused_within_the_memory_cap(tmp_path, monkeypatch):
    path = tmp_path / "liar.xlsx"
    _lying_zip(path, 1536)
    assert path.stat().st_size < 4 << 20
    with zipfile.ZipFile(path) as z:   # the directory passes every declared-size check
        assert z.getinfo("xl/sharedStrings.xml").file_size == 1000
    xlsx_reader.check_zip(path)
    monkeypatch.setattr(xlsx_reader, "CHILD_MEMORY_MB", 1024)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ExportError) as err:
        read(path)
    assert "liar.xlsx" in str(err.value) and "内存超过上限 1024 MB" in str(err.value)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200 * 1024   # KiB: this process stayed small


def test_too_many_entries_are_refused_from_the_directory(tmp_path):
    path = tmp_path / "entries.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for name, text in PARTS.items():
            z.writestr(name, text)
        z.writestr("xl/worksheets/sheet1.xml", sheet(f'<row r="1">{inline("A1", "编号")}</row>'))
        for i in range(xlsx_reader.MAX_ENTRIES):
            z.writestr(f"xl/media/x{i}.bin", b"")
    started = time.monotonic()
    with pytest.raises(ExportError, match="超过上限"):
        read(path)
    assert time.monotonic() - started < 10


# --- entities inside the package's XML --------------------------------------------------------------------------

@pytest.mark.parametrize("part", ["sharedStrings", "sheet", "workbook"])
def test_entities_in_package_parts_read_no_file_and_open_no_connection(tmp_path, secret, listener, part):
    doctype = (f'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY s SYSTEM "file://{secret}">'
               f'<!ENTITY u SYSTEM "http://127.0.0.1:{listener.port}/u">'
               f'<!ENTITY % p SYSTEM "http://127.0.0.1:{listener.port}/p"> %p;]>\n')
    rows = [f'<row r="1"><c r="A1" t="s"><v>0</v></c></row>', '<row r="2"><c r="A2" t="s"><v>1</v></c></row>']
    shared = f"<sst {NS}><si><t>编号</t></si><si><t>&s;&u;</t></si></sst>"
    sheet_xml = sheet(*rows)
    extra = {}
    if part == "sharedStrings":
        shared = doctype + shared
    elif part == "sheet":
        sheet_xml = doctype + sheet(rows[0], f'<row r="2">{inline("A2", "&s;&u;")}</row>')
    else:
        extra["xl/workbook.xml"] = doctype + PARTS["xl/workbook.xml"].replace('name="S"', 'name="&s;"')
    path = package(tmp_path / f"xxe-{part}.xlsx", sheet_xml, shared, **extra)
    kind, value = within_deadline(lambda: read(path), timeout=60)
    if kind == "read":
        _, got = value
        assert all("secret" not in str(cell) for row in got for cell in row)
    else:
        assert "xxe-" in str(value)
    assert listener.close() == 0


# --- formulas ----------------------------------------------------------------------------------------------------

def test_formulas_that_would_reach_out_are_never_evaluated(tmp_path, listener):
    """Every formula here would fetch, launch or link if evaluated; the reader takes the value Excel stored
    (or nothing), and no connection is made."""
    url = f"http://127.0.0.1:{listener.port}/x"
    formulas = [
        (f'WEBSERVICE("{url}")', "缓存值1"),
        (f'HYPERLINK("{url}","点我")', "点我"),
        ("cmd|' /C calc'!A0", "0"),
        (f"'{url}/[book.xlsx]S'!A1", "外部"),
        (f'IMPORTXML("{url}","//a")', None),           # stored without a value
    ]
    cells = []
    for i, (formula, cached) in enumerate(formulas):
        escaped = formula.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        value = f'<v>{cached}</v>' if cached is not None else ""
        kind = ' t="str"' if cached is not None and not cached.isdigit() else ""
        cells.append(f'<row r="{i + 2}"><c r="A{i + 2}"{kind}><f>{escaped}</f>{value}</c></row>')
    path = package(tmp_path / "formulas.xlsx", sheet(f'<row r="1">{inline("A1", "值")}</row>', *cells))
    result, rows = read(path)
    assert result.rows_read == 4                                  # the formula with no stored value is an empty row
    assert [r[0] for r in rows] == ["缓存值1", "点我", "0", "外部"]
    assert listener.close() == 0


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    path = package(tmp_path / "text.xlsx", sheet(
        f'<row r="1">{inline("A1", "编号")}{inline("B1", "备注")}</row>',
        f'<row r="2">{inline("A2", "TS-1")}{inline("B2", "=1+1")}</row>',
        '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c></row>'),
        f"<sst {NS}><si><t>TS-2</t></si><si><t>=SUM(A1:A9)</t></si></sst>")
    _, rows = read(path)
    assert rows == [("TS-1", "=1+1", 2), ("TS-2", "=SUM(A1:A9)", 3)]


def test_a_header_holding_a_nul_is_a_usable_column_name(tmp_path):
    """Found by the long fuzz run: a NUL in a header cell. Arrow hands the name to DuckDB as a C string, so the
    table's column ends at the NUL while the reader reports the whole name; selecting the reported name (as an
    audit does for a mapped header) then fails with a DuckDB BinderException."""
    import duckdb

    from checker.readers.base import quote_ident

    header = inline("A1", "受\x00理时间") + inline("B1", "编号")
    path = package(tmp_path / "nul.xlsx", sheet(f'<row r="1">{header}</row>',
                                               f'<row r="2">{inline("A2", "2025-03-04")}{inline("B2", "TS-1")}</row>'))
    con = duckdb.connect()
    result = read_export(path, con, "raw")
    table = [d[0] for d in con.execute("SELECT * FROM raw LIMIT 0").description]
    assert table == [*result.columns, "_row"]
    assert con.execute(f"SELECT {quote_ident(result.columns[0])} FROM raw").fetchall() == [("2025-03-04",)]
