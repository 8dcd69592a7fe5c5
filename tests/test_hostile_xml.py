"""Hostile XML and XES: entities to local files and URLs, billion laughs, external DTDs, XInclude, stylesheets,
deep nesting, gzip bombs and column bombs. Refused or neutralised: no file read, no connection, bounded time.

Already proved in tests/test_readers_xml.py for `.xml` (not repeated): a local-file entity, a URL entity, billion
laughs, an external DTD, a parameter entity in XES, a DOCTYPE in UTF-16 and in gzip, and the parser resolving
nothing even without the DOCTYPE check. Here: the same attacks on every reader that parses XML (XML, XES, plain
and gzipped, event logs), and the attacks that need no DOCTYPE at all.

A file read is detected with a FIFO as the entity's target: opening it would block, so a reader that finishes
never opened it. A connection is detected by a listening socket on 127.0.0.1 that counts accepts.
"""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import duckdb
import pytest

from checker.readers import read_event_log, read_export
from conftest import within_deadline


def read_rows(path: Path):
    con = duckdb.connect()
    result = read_export(path, con, "raw")
    return result, con.execute("SELECT * FROM raw ORDER BY _row").fetchall()


def xes(doctype: str, value: str = "&s;") -> str:
    return (f'<?xml version="1.0"?>\n{doctype}\n<log xes.version="1.0"><trace>'
            f'<string key="concept:name" value="TS-1"/><event><string key="concept:name" value="{value}"/>'
            f'<date key="time:timestamp" value="2025-03-04T09:00:00+08:00"/></event></trace></log>\n')


def xml(doctype: str, value: str = "&s;") -> str:
    return f'<?xml version="1.0"?>\n{doctype}\n<export><case><a>{value}</a></case><case><a>b</a></case></export>\n'


def write(path: Path, text: str, gz: bool = False) -> Path:
    data = text.encode("utf-8")
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def attacks(secret: Path, port: int) -> dict[str, tuple[str, str]]:
    """name -> (DOCTYPE, value referencing it)."""
    laughs = '<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    return {
        "local file": (f'<!DOCTYPE x [<!ENTITY s SYSTEM "file://{secret}">]>', "&s;"),
        "url": (f'<!DOCTYPE x [<!ENTITY s SYSTEM "http://127.0.0.1:{port}/s">]>', "&s;"),
        "billion laughs": (f"<!DOCTYPE x [{laughs}]>", "&j;"),
        "external dtd": (f'<!DOCTYPE log SYSTEM "http://127.0.0.1:{port}/x.dtd">', "x"),
        "parameter entity": (f'<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:{port}/p"> %p;]>', "x"),
    }


ATTACKS = ["local file", "url", "billion laughs", "external dtd", "parameter entity"]
FORMATS = {"xes": (".xes", xes, False), "xes.gz": (".xes.gz", xes, True), "xml.gz": (".xml.gz", xml, True)}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("attack", ATTACKS)
def test_every_doctype_attack_is_refused_in_every_xml_format(tmp_path, secret, listener, fmt, attack):
    suffix, document, gz = FORMATS[fmt]
    doctype, value = attacks(secret, listener.port)[attack]
    path = write(tmp_path / f"hostile{suffix}", document(doctype, value), gz)
    started = time.monotonic()
    kind, err = within_deadline(lambda: read_rows(path))
    assert kind == "refused" and "DOCTYPE" in str(err) and str(path) in str(err)
    assert err.row == 2
    assert time.monotonic() - started < 10
    assert listener.close() == 0


@pytest.mark.parametrize("attack", ATTACKS)
def test_event_log_reader_refuses_them_too(tmp_path, secret, listener, attack):
    doctype, value = attacks(secret, listener.port)[attack]
    path = write(tmp_path / "log.xes", xes(doctype, value))
    kind, err = within_deadline(lambda: read_event_log(path, duckdb.connect(), "events"))
    assert kind == "refused" and "DOCTYPE" in str(err)
    assert listener.close() == 0


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_doctype_in_utf32_reads_no_file_and_expands_nothing(tmp_path, secret, listener, encoding):
    """libxml2 reads UTF-32 without a BOM; the prolog check does not see the DOCTYPE there, the parser's own
    settings must hold: the entity stays unexpanded, the FIFO unopened, the port untouched."""
    doc = (f'<?xml version="1.0" encoding="{encoding.upper()}"?>\n'
           f'<!DOCTYPE x [<!ENTITY s SYSTEM "file://{secret}"><!ENTITY u SYSTEM "http://127.0.0.1:{listener.port}/u">]>\n'
           "<export><case><a>&s;</a><b>&u;</b></case><case><a>x</a><b>y</b></case></export>\n")
    path = tmp_path / "u32.xml"
    path.write_bytes(doc.encode(encoding))
    kind, value = within_deadline(lambda: read_rows(path))
    if kind == "read":
        _, rows = value
        assert all("secret" not in str(cell) for row in rows for cell in row)
    assert listener.close() == 0


def test_xinclude_is_not_processed(tmp_path, secret, listener):
    path = tmp_path / "xi.xml"
    path.write_text('<export xmlns:xi="http://www.w3.org/2001/XInclude">'
                    f'<case><a><xi:include href="file://{secret}" parse="text"/></a></case>'
                    f'<case><a><xi:include href="http://127.0.0.1:{listener.port}/x"/></a></case></export>',
                    encoding="utf-8")
    kind, value = within_deadline(lambda: read_rows(path))
    assert kind == "read"
    result, rows = value
    assert result.rows_read == 2
    assert all("xi:include" in row[0] for row in rows)   # kept as the markup it is, never followed
    assert listener.close() == 0


def test_stylesheet_instruction_is_not_fetched(tmp_path, listener):
    path = tmp_path / "pi.xml"
    path.write_text(f'<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="http://127.0.0.1:{listener.port}/s.xsl"?>\n'
                    "<export><case><a>1</a></case><case><a>2</a></case></export>\n", encoding="utf-8")
    kind, value = within_deadline(lambda: read_rows(path))
    assert kind == "read" and value[1] == [("1", 3), ("2", 3)]
    assert listener.close() == 0


def test_schema_location_is_not_fetched(tmp_path, listener):
    path = tmp_path / "xsd.xes"
    path.write_text('<log xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                    f'xsi:schemaLocation="urn:x http://127.0.0.1:{listener.port}/x.xsd" xes.version="1.0">'
                    '<trace><event><string key="concept:name" value="a"/></event></trace></log>', encoding="utf-8")
    kind, value = within_deadline(lambda: read_rows(path))
    assert kind == "read" and value[0].rows_read == 1
    assert listener.close() == 0


def test_deep_nesting_is_refused(tmp_path):
    path = tmp_path / "deep.xml"
    path.write_bytes(b"<r>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</r>")
    kind, err = within_deadline(lambda: read_rows(path))
    assert kind == "refused" and err.row == 1 and "XML 格式错误" in str(err)


def test_gzip_bomb_with_a_huge_attribute_is_refused_within_bounded_memory(tmp_path):
    """64 MB of one attribute value compresses to about 64 KB; huge_tree is off, so libxml2 stops at its limit."""
    path = tmp_path / "bomb.xes.gz"
    with gzip.open(path, "wb") as out:
        out.write(b'<log><trace><event><string key="concept:name" value="')
        chunk = b"A" * (1 << 20)
        for _ in range(64):
            out.write(chunk)
        out.write(b'"/></event></trace></log>')
    assert path.stat().st_size < 1 << 20
    started = time.monotonic()
    kind, err = within_deadline(lambda: read_rows(path), timeout=60)
    assert kind == "refused" and "XML 格式错误" in str(err)
    assert time.monotonic() - started < 30


class CountingConnection:
    """A DuckDB connection that counts the statements a reader runs."""

    def __init__(self):
        self.con = duckdb.connect()
        self.statements = 0

    def execute(self, *args, **kwargs):
        self.statements += 1
        return self.con.execute(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.con, name)


@pytest.mark.parametrize("fmt", ["xml", "xes"])
def test_thousands_of_distinct_field_names_cost_a_bounded_number_of_statements(tmp_path, fmt):
    """A small file whose one record has thousands of differently named fields must not stall the audit.
    An ALTER TABLE per new name, each copying the table, made time grow with the square of the names
    (5,000 names in a 100 KB file: a minute). The work must not grow with the number of names."""
    names = 2000
    if fmt == "xml":
        text = "<r><c>" + "".join(f"<k{i}>v</k{i}>" for i in range(names)) + "</c><c><k0>w</k0></c></r>"
    else:
        text = ("<log><trace><event>" + "".join(f'<string key="k{i}" value="v"/>' for i in range(names))
                + "</event></trace></log>")
    path = tmp_path / f"columns.{fmt}"
    path.write_text(text, encoding="utf-8")
    con = CountingConnection()
    result = read_export(path, con, "raw")
    assert len(result.columns) == names
    assert con.execute("SELECT count(*) FROM raw").fetchall()[0][0] == result.rows_read
    assert con.statements < 50, f"{con.statements} statements for {names} columns"
