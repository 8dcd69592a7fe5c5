"""Fuzzing every reader, the mapping step, lint and the audit command with hypothesis.

The invariant everywhere: never a traceback. A reader either returns a normal result whose table rows plus
unreadable rows equal `rows_read` (each row a line a person can find in the file), or raises `ExportError`
naming the file (and the row where it knows one). A mapping profile loads or raises `MappingError` naming the
file and line; lint returns located problems; `python -m checker audit` writes a report or exits 2 with a message.

Inputs are of three sorts per format: generated well-formed files with a known number of records, some of them
deliberately broken (the count must come out exact), mutations of valid files (bytes flipped, inserted,
deleted, duplicated, truncated, with the format's own syntax as the favourite insertions), and random bytes.

Quick profile (in the normal suite): a few dozen derandomized examples per reader, stable in CI.
Long run: `pytest -m slow tests/test_hostile_fuzz.py --hypothesis-show-statistics` runs FUZZ_EXAMPLES
(default 10,000) examples per reader (the audit command: a fifth of that); the statistics print how many ran.
XLSX is the slow one (a child process per file, about half a second each): run it apart with `-k xlsx` and
the rest with `-k "not xlsx and not stats_writers"`, in two processes. The statistics writers (HTML, XLSX,
JSON, fed by `stats` on generated exports) are slower still (about half a second per example): `-k stats_writers`.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import json
import os
import shutil
import zipfile
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest
import yaml
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from checker.readers import ExportError, read_export

REPO = Path(__file__).resolve().parent.parent
S17 = "s17-complaint-control-8d"
S42 = "s42-telecom-user-appeals"
SLOW_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "10000"))

_COMMON = dict(deadline=None, database=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
                                      HealthCheck.function_scoped_fixture, HealthCheck.large_base_example])


def quick(n: int):
    """The CI profile: derandomized (the same examples on every run), a few seconds per reader."""
    return settings(max_examples=n, derandomize=True, **_COMMON)


def slow():
    return settings(max_examples=SLOW_EXAMPLES, **_COMMON)


class Quiet:
    """The session catalog, printed briefly when hypothesis reports a failing example."""

    def __init__(self, catalog):
        self.catalog = catalog

    def __repr__(self) -> str:
        return "<catalog>"


@pytest.fixture(scope="module")
def cat(catalog):
    return Quiet(catalog)


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    """One folder per module: each example overwrites its format's file, so the folder stays small."""
    return tmp_path_factory.mktemp("hostile-fuzz")


# ---- mutations ------------------------------------------------------------------------------------------------

GENERIC_TOKENS = [b"\x00", b"\xff", b"\xfe", b"\x80", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\r", b"\n",
                  b"\r\n", b"\t", b" ", "中文".encode("utf-8"), "中文".encode("gbk"), "\u3000".encode(),
                  b"\xe4\xb8", b"\xf0\x9f\x98\x80", b"\\", b"'", b"13812345678", b"2025-13-45",
                  b"45720.5", b"-1", b"1e999", b"NaN", b"\x1b[2J"]
CSV_TOKENS = [b'"', b'""', b",", b";", b"|", b'","', b'"\n"', b"\n\n", b",,,,,,", b"=1+1", b'"a"b',
              b"_row", b"x'); DROP TABLE raw; --"]
JSON_TOKENS = [b"{", b"}", b"[", b"]", b'"', b":", b",", b"null", b"true", b"[]", b"{}", b'"\\u0000"',
               b'"\\ud800"', b'"k":', b"\\", b'{"a":1}', b"1e400", b"-0", b'"_row":1', b"\n\n"]
XML_TOKENS = [b"<", b">", b"</", b"/>", b"&", b"&amp;", b"&#0;", b"&#x110000;", b"&lol;", b"<![CDATA[",
              b"]]>", b"<!--", b"-->", b"<?pi x?>", b"<!DOCTYPE x>", b'<!ENTITY e "x">', b'="', b"xmlns:a='u'",
              b"<case>", b"</case>", b"<event>", b"</event>", b"<trace>", b"</trace>",
              b'<string key="concept:name" value="x"/>', b'<date key="time:timestamp" value="2025"/>',
              b'<string key="_row" value="1"/>', b"\x1f\x8b"]
YAML_TOKENS = [b": ", b"- ", b"  ", b"\t", b"&a ", b"*a", b"!!python/object/apply:os.system ['true']", b"!!binary",
               b"? ", b"{", b"}", b"[", b"]", b'"', b"'", b"#", b"|", b">", b"\n", b"---\n", b"...\n",
               b"%YAML 1.1\n", b"<<: ", b"~", b"null", b"!!set", b"1e999", b"2025-01-01", b"\\", b"\"\\ud800\"",
               b"id: ", b"x'); DROP TABLE cases; --"]


@st.composite
def mutated(draw, seeds: list[bytes], tokens: list[bytes]):
    """A seed file with up to six edits; insertions favour the format's own syntax."""
    data = bytearray(draw(st.sampled_from(seeds)))
    pool = tokens + GENERIC_TOKENS
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["flip", "insert", "insert", "delete", "duplicate", "truncate", "token"]))
        at = draw(st.integers(0, len(data)))
        if op == "flip" and data:
            data[min(at, len(data) - 1)] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif op == "token":
            data[at:at] = draw(st.sampled_from(pool))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        elif op == "duplicate":
            data[at:at] = data[at:at + draw(st.integers(1, 200))] * draw(st.integers(1, 3))
        elif op == "truncate":
            del data[at:]
    return bytes(data)


def noise(tokens: list[bytes]):
    """Random files built from the format's syntax, generic trouble and random bytes."""
    piece = st.one_of(st.sampled_from(tokens + GENERIC_TOKENS), st.binary(max_size=6),
                      st.text(max_size=6).map(lambda s: s.encode("utf-8", "surrogatepass")))
    return st.lists(piece, max_size=40).map(b"".join)


# ---- the invariant ----------------------------------------------------------------------------------------------

def physical_lines(data: bytes) -> int:
    return data.count(b"\n") + data.count(b"\r") + 1


@pytest.fixture(scope="module")
def con():
    """One connection for all examples (connecting costs more than most reads), checked clean after each."""
    connection = duckdb.connect()
    yield connection
    connection.close()


def leftovers(con) -> list[str]:
    """Tables and views a reader left behind (staging tables, registered Arrow batches), besides `raw`."""
    return [name for (name,) in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE table_name <> 'raw' "
        "UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()]


def read_or_refuse(con, path: Path, max_row: int | None = None, unique_rows: bool = False, **options):
    """Read `path`; a refusal must be an ExportError naming the file. Returns (result, rows) or None."""
    con.execute("DROP TABLE IF EXISTS raw")
    try:
        result = read_export(path, con, "raw", **options)
    except ExportError as err:
        assert err.path == str(path) and str(path) in str(err) and err.message
        assert err.row is None or err.row >= 1
        assert not con.execute("SELECT 1 FROM duckdb_tables() WHERE table_name = 'raw'").fetchall(), \
            "a refused read left a half-loaded table behind"
        assert leftovers(con) == []
        return None
    assert leftovers(con) == []
    rows = [r for (r,) in con.execute("SELECT _row FROM raw").fetchall()]
    assert len(rows) + len(result.unreadable) == result.rows_read, "a record was lost"
    assert None not in rows
    located = rows + [u.row for u in result.unreadable if u.row is not None]
    assert all(r >= 1 for r in located)
    if max_row is not None:
        assert all(r <= max_row for r in located), (max_row, located)
    if unique_rows:
        assert len(set(located)) == len(located), f"two records on one line: {sorted(located)}"
    assert all(u.reason for u in result.unreadable)
    columns = [d[0] for d in con.execute("SELECT * FROM raw LIMIT 0").description]
    assert columns == [*result.columns, "_row"]
    return result, rows


def write(work: Path, name: str, data: bytes) -> Path:
    path = work / name
    path.write_bytes(data)
    return path


# ---- CSV -----------------------------------------------------------------------------------------------------

CSV_SEEDS = [
    "投诉编号,受理时间,投诉渠道,处理结果\r\nTS-001,2025/3/4 9:05,电话,已退款\r\nTS-002,2025年3月5日 14:30,网站,\r\n".encode(),
    "投诉编号,受理时间,投诉渠道,处理结果\nTS-001,2025/3/4 9:05,电话,已退款\nTS-002,2025年3月5日 14:30,网站,已更换\n".encode("gbk"),
    'id,text,date\n1,"第一行\n第二行",2025-03-04\n\n2,"他说""退货""",2025-03-05\n3,"含,逗号",2025-03-06\n'.encode(),
    'id;text\n1;"a;b"\n2;x\n'.encode(),
    "编号\t结果\n A\t1\n".encode("utf-16"),
    b'1,17" monitor,3\n2,27",4\n',
    b"case_number,receive_at,verify_at\nS17-001,2025-03-04 09:00,2025-03-04 11:00\nS17-002,,\n",
]
_cell = st.lists(st.sampled_from(list('ab中 ,;"\n\r\t\'=') + ["\r\n", "\u3000", "\x00", "\U0001F600"]),
                 max_size=6).map("".join)


def rfc4180(fields: list[str], newline: str) -> str:
    """One record as RFC 4180 writes it: a field holding a delimiter, quote, CR or LF is quoted."""
    return ",".join('"' + f.replace('"', '""') + '"' if any(c in f for c in ',"\r\n') else f
                    for f in fields) + newline


@st.composite
def csv_with_known_records(draw):
    """(bytes, records, bad rows): RFC 4180 records, some with the wrong field count or undecodable bytes."""
    width = draw(st.integers(1, 4))
    header = [f"h{i}" for i in range(width)]
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    data = rfc4180(header, newline).encode()
    line, records, bad = 2, 0, {}
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["good", "good", "good", "count", "bytes"]))
        if kind == "count" and width == 1:
            kind = "good"  # a one-column file cannot have a wrong field count
        fields = draw(st.lists(_cell, min_size=width, max_size=width))
        if kind == "count":
            fields = fields + ["extra"] if draw(st.booleans()) or width == 2 else fields[:-1]
        if width == 1 and fields == [""]:
            fields = ["e"]  # a lone empty field writes a blank line, which is not a record
        if kind == "bytes":
            fields[0] = "\x01"  # replaced below by a byte that is never valid UTF-8 (nor GB18030)
        record = rfc4180(fields, newline).encode("utf-8", "surrogatepass")
        if kind == "bytes":
            record = record.replace(b"\x01", b"\xff", 1)
        data += record
        if kind != "good":
            bad[line] = kind
        records += 1
        line += record.count(b"\n")
    return data, records, bad


def _check_known_csv(con, work, case):
    data, records, bad = case
    # the encoding is given: on a few bytes, detection could fairly take UTF-8 with bad bytes for GBK
    result, rows = read_or_refuse(con, write(work, "known.csv", data), unique_rows=True, encoding="utf-8")
    assert result.rows_read == records
    assert {u.row for u in result.unreadable} == set(bad)


def _check_csv(con, work, data):
    name = "fuzz.csv" if not data.startswith(b"P") else "fuzz.txt"
    read_or_refuse(con, write(work, name, data), max_row=physical_lines(data), unique_rows=True)


CSV_INPUTS = st.one_of(mutated(CSV_SEEDS, CSV_TOKENS), noise(CSV_TOKENS))


@quick(30)
@given(case=csv_with_known_records())
def test_csv_with_known_records_accounts_for_every_one(con, work, case):
    _check_known_csv(con, work, case)


@quick(40)
@given(data=CSV_INPUTS)
def test_csv_fuzz_quick(con, work, data):
    _check_csv(con, work, data)


@pytest.mark.slow
@slow()
@given(data=st.one_of(CSV_INPUTS, csv_with_known_records().map(lambda c: c[0])))
def test_csv_fuzz_long(con, work, data):
    _check_csv(con, work, data)


@pytest.mark.slow
@slow()
@given(case=csv_with_known_records())
def test_csv_with_known_records_long(con, work, case):
    _check_known_csv(con, work, case)


# ---- JSON and JSON Lines -------------------------------------------------------------------------------------

JSON_SEEDS = [
    json.dumps([{"投诉编号": "TS-001", "受理时间": "2025/3/4 9:05", "金额": 12.5, "附件": ["a.jpg"]},
                {"投诉编号": "TS-002", "回访": {"满意": True}, "备注": None}, "不是对象",
                {"投诉编号": "TS-003", "ID": 1, "id": 2}], ensure_ascii=False, indent=1).encode(),
    b'[{"a":1},{"a":2}]',
    '[{"编号": "A"}]'.encode("gbk"),
]
JSONL_SEEDS = [
    '{"投诉编号": "TS-001", "受理时间": "2025/3/4 9:05"}\n\n{这不是 JSON}\n{"投诉编号": "TS-002"}\n'
    '["数组"]\n{"投诉编号": "TS-003"}'.encode(),
    b'{"a":1}\r\n{"b":"x\\ny"}\r\n',
]
_json_scalar = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False),
                         st.text(max_size=8))
_json_value = st.recursive(_json_scalar, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                                 st.dictionaries(st.text(max_size=5), inner, max_size=3)),
                           max_leaves=8)
_json_key = st.one_of(st.text(max_size=6), st.sampled_from(["_row", "ID", "id", "a.b", "x/y", "t~u", "", " "]))
_json_record = st.one_of(st.dictionaries(_json_key, _json_value, max_size=5), _json_value)


def _check_json_array(con, work, records):
    data = json.dumps(records, ensure_ascii=False).encode("utf-8", "surrogatepass")
    assume(b"\\ud8" not in data.lower() and b"\\udc" not in data.lower())
    got = read_or_refuse(con, write(work, "known.json", data), unique_rows=True)
    assert got is not None, "a valid JSON array was refused"
    result, _ = got
    assert result.rows_read == len(records)
    assert {u.row for u in result.unreadable} == {i + 1 for i, r in enumerate(records) if not isinstance(r, dict)}


def _check_json(con, work, data):
    read_or_refuse(con, write(work, "fuzz.json", data), unique_rows=True)


@quick(25)
@given(records=st.lists(_json_record, max_size=6))
def test_json_array_with_known_records(con, work, records):
    _check_json_array(con, work, records)


@st.composite
def jsonl_with_known_records(draw):
    lines, good, bad = [], [], []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["object", "object", "blank", "scalar", "broken"]))
        if kind == "object":
            text = json.dumps(draw(st.dictionaries(_json_key, _json_value, max_size=4)), ensure_ascii=False)
        elif kind == "scalar":
            text = json.dumps(draw(_json_value.filter(lambda v: not isinstance(v, dict))), ensure_ascii=False)
        elif kind == "broken":
            text = draw(st.sampled_from(['{"a": ', "{这不是 JSON}", '{"a": 1}}', "[1,", '"unterminated']))
        else:
            text = draw(st.sampled_from(["", " ", "\t"]))
        lines.append(text)
        if kind != "blank":
            (good if kind == "object" else bad).append(len(lines))
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    return data, good, bad


def _check_jsonl_known(con, work, case):
    data, good, bad = case
    assume(b"\\ud8" not in data.lower() and b"\\udc" not in data.lower())
    assume(not data.lstrip().startswith(b"["))   # that would be a JSON array file
    got = read_or_refuse(con, write(work, "known.jsonl", data), max_row=physical_lines(data), unique_rows=True)
    if got is None:
        return  # a first line `{` alone is refused as a wrapped object: allowed
    result, rows = got
    assert result.rows_read == len(good) + len(bad)
    assert sorted(rows) == good
    assert sorted(u.row for u in result.unreadable) == bad


def _check_jsonl(con, work, data):
    # a .jsonl file holding an array is read as one (rows are then array positions, not lines)
    array = data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"[")
    read_or_refuse(con, write(work, "fuzz.jsonl", data), max_row=None if array else physical_lines(data),
                   unique_rows=True)


@quick(25)
@given(case=jsonl_with_known_records())
def test_json_lines_with_known_records(con, work, case):
    _check_jsonl_known(con, work, case)


JSON_INPUTS = st.one_of(mutated(JSON_SEEDS, JSON_TOKENS), noise(JSON_TOKENS))
JSONL_INPUTS = st.one_of(mutated(JSONL_SEEDS, JSON_TOKENS), noise(JSON_TOKENS))


@quick(30)
@given(data=JSON_INPUTS)
def test_json_fuzz_quick(con, work, data):
    _check_json(con, work, data)


@quick(30)
@given(data=JSONL_INPUTS)
def test_jsonl_fuzz_quick(con, work, data):
    _check_jsonl(con, work, data)


@pytest.mark.slow
@slow()
@given(data=st.one_of(JSON_INPUTS, st.lists(_json_record, max_size=6).map(
    lambda r: json.dumps(r, ensure_ascii=False).encode("utf-8", "surrogatepass"))))
def test_json_fuzz_long(con, work, data):
    _check_json(con, work, data)


@pytest.mark.slow
@slow()
@given(data=st.one_of(JSONL_INPUTS, jsonl_with_known_records().map(lambda c: c[0])))
def test_jsonl_fuzz_long(con, work, data):
    _check_jsonl(con, work, data)


@pytest.mark.parametrize("data", [
    b'\xef[{"a": 1}, {"b": 2}]',                        # a BOM cut to its first byte
    b'\xbf[{"a": "\xe9"}]',
])
def test_json_whose_error_message_quotes_undecodable_bytes(con, work, data):
    """Found by the long run: DuckDB quotes the file in its error message, its Python binding cannot decode
    the quoted bytes and raises UnicodeDecodeError instead of duckdb.Error."""
    _check_json(con, work, data)


# ---- XML and XES -----------------------------------------------------------------------------------------------

XML_SEEDS = [
    """<?xml version="1.0" encoding="UTF-8"?>
<!-- 投诉导出 -->
<export>
  <case id="TS-001" 渠道="电话"><受理时间>2025/3/4 9:05</受理时间><处理结果>已退款</处理结果></case>
  <case id="TS-002" 渠道="网站"><附件>a.jpg</附件><附件>b.jpg</附件><回访><满意>是</满意></回访></case>
  <case id="TS-003"><id>内部编号-3</id></case>
</export>
""".encode(),
    '<?xml version="1.0" encoding="GBK"?>\n<r><cases>\n<c><编号>A</编号></c>\n<c><编号>B</编号></c>\n</cases></r>\n'.encode("gbk"),
    b'<a xmlns="urn:x" xmlns:p="urn:p"><p:b p:k="1">t</p:b><p:b><![CDATA[<x>&]]></p:b></a>',
]
XES_SEEDS = [
    """<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">
  <string key="concept:name" value="投诉日志"/>
  <trace>
    <string key="concept:name" value="TS-001"/>
    <event><string key="concept:name" value="受理"/><date key="time:timestamp" value="2025-03-04T09:05:00+08:00"/></event>
    <event><string key="concept:name" value="答复"/><string key="org:resource" value="品质部乙"/></event>
  </trace>
  <trace><string key="concept:name" value="TS-002"/><event><int key="cost" value="5"/></event></trace>
</log>
""".encode(),
]
_name = st.sampled_from(["case", "a", "编号", "id", "x:y", "_row", "ID", "Id"])
_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=6)


def _xml_escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def _legal_xml(text: str) -> bool:
    return all(c in "\t\n\r" or ord(c) >= 0x20 for c in text) and "\ufffe" not in text and "\uffff" not in text


@st.composite
def xml_documents(draw):
    """A well-formed document: a root, repeated record elements with attributes, children and text."""
    def element(depth):
        name = draw(_name)
        attrs = "".join(f' k{i}="{_xml_escape(draw(_text))}"' for i in range(draw(st.integers(0, 2))))
        if depth > 2 or draw(st.booleans()):
            return f"<{name}{attrs}>{_xml_escape(draw(_text))}</{name}>"
        children = "".join(element(depth + 1) for _ in range(draw(st.integers(0, 3))))
        return f"<{name}{attrs}>{children}</{name}>"
    body = "\n".join(element(1) for _ in range(draw(st.integers(0, 5))))
    return f'<export xmlns:x="urn:x">\n{body}\n</export>\n'


@st.composite
def xes_documents(draw):
    """(document, events): traces of events with scalar attributes."""
    def attr():
        kind = draw(st.sampled_from(["string", "date", "int", "float", "boolean", "id", "list"]))
        key = draw(st.sampled_from(["concept:name", "time:timestamp", "org:resource", "cost", "_row", "x"]))
        if kind == "list":
            return f'<list key="{key}"><values><string key="v" value="1"/></values></list>'
        return f'<{kind} key="{key}" value="{_xml_escape(draw(_text))}"/>'
    traces, events = [], 0
    for _ in range(draw(st.integers(0, 4))):
        parts = [attr() for _ in range(draw(st.integers(0, 2)))]
        for _ in range(draw(st.integers(0, 3))):
            parts.append("<event>" + "".join(attr() for _ in range(draw(st.integers(0, 3)))) + "</event>")
            events += 1
        traces.append("<trace>" + "\n".join(parts) + "</trace>")
    return '<log xes.version="1.0">\n' + "\n".join(traces) + "\n</log>\n", events


def _check_xml(con, work, data):
    read_or_refuse(con, write(work, "fuzz.xml", data), max_row=physical_lines(data))


def _check_xes(con, work, data):
    if data[:1] == b"z":  # some of them gzipped, through the same reader
        read_or_refuse(con, write(work, "fuzz.xes.gz", gzip.compress(data[1:], mtime=0)))
    else:
        read_or_refuse(con, write(work, "fuzz.xes", data), max_row=physical_lines(data))


XML_INPUTS = st.one_of(mutated(XML_SEEDS, XML_TOKENS), noise(XML_TOKENS),
                       xml_documents().filter(_legal_xml).map(str.encode))
XES_INPUTS = st.one_of(mutated(XES_SEEDS, XML_TOKENS), noise(XML_TOKENS),
                       xes_documents().filter(lambda d: _legal_xml(d[0])).map(lambda d: d[0].encode()),
                       mutated(XES_SEEDS, XML_TOKENS).map(lambda b: b"z" + b))


@quick(30)
@given(doc=xml_documents().filter(_legal_xml))
def test_well_formed_xml_is_read(con, work, doc):
    assert read_or_refuse(con, write(work, "known.xml", doc.encode())) is not None or "\n\n</export>" in doc


@quick(30)
@given(case=xes_documents().filter(lambda d: _legal_xml(d[0])))
def test_xes_with_known_events(con, work, case):
    doc, events = case
    got = read_or_refuse(con, write(work, "known.xes", doc.encode()))
    assert got is not None
    assert got[0].rows_read == events


@quick(40)
@given(data=XML_INPUTS)
def test_xml_fuzz_quick(con, work, data):
    _check_xml(con, work, data)


@quick(40)
@given(data=XES_INPUTS)
def test_xes_fuzz_quick(con, work, data):
    _check_xes(con, work, data)


@pytest.mark.slow
@slow()
@given(data=XML_INPUTS)
def test_xml_fuzz_long(con, work, data):
    _check_xml(con, work, data)


@pytest.mark.slow
@slow()
@given(data=XES_INPUTS)
def test_xes_fuzz_long(con, work, data):
    _check_xes(con, work, data)


# ---- XLSX ------------------------------------------------------------------------------------------------------

_xlsx_cell = st.one_of(
    st.none(), st.integers(-2**53, 2**53), st.floats(allow_nan=False, allow_infinity=False), st.booleans(),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2199, 12, 31)),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2199, 12, 31)),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=8),
    st.sampled_from(["=1+1", "=SUM(A1:A2)", '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", "_row", "ID", "id",
                     "<script>alert(1)</script>", "13812345678"]),
)


def _workbook_bytes(rows) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


XLSX_SEED = _workbook_bytes([["投诉编号", "受理时间", "电话", "金额"],
                             ["TS-001", datetime(2025, 3, 4, 9, 5), 13800138000, 12.5],
                             ["TS-002", "2025/3/5", None, "=1+1"]])


@st.composite
def xlsx_mutated_parts(draw):
    """A valid workbook with one of its XML parts mutated and the package zipped again."""
    with zipfile.ZipFile(io.BytesIO(XLSX_SEED)) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    name = draw(st.sampled_from(sorted(parts)))
    parts[name] = draw(mutated([parts[name]], XML_TOKENS))
    if draw(st.booleans()):
        parts.pop(draw(st.sampled_from(sorted(parts))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)
    return out.getvalue()


@st.composite
def xlsx_with_known_rows(draw):
    width = draw(st.integers(1, 4))
    rows = draw(st.lists(st.lists(_xlsx_cell, min_size=width, max_size=width), max_size=6))
    header = draw(st.lists(_xlsx_cell, min_size=width, max_size=width))
    return _workbook_bytes([header] + rows), [header] + rows


def _check_xlsx(con, work, data):
    read_or_refuse(con, write(work, "fuzz.xlsx", data))


def _filled(row) -> bool:
    """A row with a value. openpyxl stores "=..." as a formula without a cached value: empty when read."""
    return any(v is not None and v != "" and not (isinstance(v, str) and v.startswith("=")) for v in row)


@quick(5)
@given(case=xlsx_with_known_rows())
def test_xlsx_with_known_rows(con, work, case):
    data, rows = case
    got = read_or_refuse(con, write(work, "known.xlsx", data))
    if not any(_filled(r) for r in rows):
        assert got is None  # an empty sheet is refused as having no header
        return
    assert got is not None
    result, _ = got
    header_at = next(i for i, r in enumerate(rows) if _filled(r))
    assert result.rows_read == sum(1 for r in rows[header_at + 1:] if _filled(r))


XLSX_INPUTS = st.one_of(xlsx_mutated_parts(), mutated([XLSX_SEED], [b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06"]),
                        xlsx_with_known_rows().map(lambda c: c[0]))


@quick(6)
@given(data=XLSX_INPUTS)
def test_xlsx_fuzz_quick(con, work, data):
    _check_xlsx(con, work, data)


@pytest.mark.slow
@slow()
@given(data=XLSX_INPUTS)
def test_xlsx_fuzz_long(con, work, data):
    _check_xlsx(con, work, data)


# ---- mapping profiles and the mapping step ---------------------------------------------------------------------

MAPPING_SEEDS = [(REPO / "examples" / "s42-mapping.yaml").read_bytes(),
                 "procedure: s42-telecom-user-appeals\nevent_log:\n  case: c\n  activity: a\n  time: t\n"
                 "  activities: {受理投诉: receive}\ncolumns: {\"x'); DROP TABLE cases; --\": case_number}\n".encode()]
_yaml_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=6),
                         st.sampled_from(["case_number", "receive_at", "reply_by", "category", "fee_dispute"]))
_profile_like = st.fixed_dictionaries({}, optional={
    "procedure": _yaml_scalar, "sheet": _yaml_scalar, "encoding": _yaml_scalar,
    "columns": st.one_of(_yaml_scalar, st.dictionaries(_yaml_scalar, _yaml_scalar, max_size=4)),
    "values": st.one_of(_yaml_scalar, st.dictionaries(_yaml_scalar, st.dictionaries(_yaml_scalar, _yaml_scalar,
                                                                                     max_size=3), max_size=3)),
    "roles": st.dictionaries(_yaml_scalar, _yaml_scalar, max_size=3),
    "event_log": st.one_of(_yaml_scalar, st.dictionaries(st.sampled_from(["case", "activity", "time", "resource",
                                                                          "activities", "other"]),
                                                         _yaml_scalar, max_size=4)),
    "unknown": _yaml_scalar,
})
MAPPING_INPUTS = st.one_of(
    mutated(MAPPING_SEEDS, YAML_TOKENS), noise(YAML_TOKENS),
    _profile_like.map(lambda d: yaml.safe_dump(d, allow_unicode=True).encode("utf-8", "surrogatepass")),
)
_headers = st.lists(st.one_of(st.text(max_size=6), st.sampled_from(["投诉编号", "受理时间", "case_number", "_row"])),
                    max_size=6)


def _check_mapping(work, catalog, data, headers):
    from checker.mapping import MappingError, load_profile, plan_columns, unknown_targets

    path = write(work, "fuzz-mapping.yaml", data)
    try:
        profile = load_profile(path)
    except MappingError as err:
        message = str(err)
        assert message.startswith(f"{path}:") and message[len(str(path)) + 1:].split(":")[0].isdigit(), message
        return
    procedure = catalog.procedures[S42]
    unknown_targets(catalog, procedure, profile)
    plans = plan_columns(catalog, procedure, headers, profile)
    assert [p.column for p in plans] == [c.id for c in catalog.case_columns(procedure)]
    assert all(p.header is None or p.header in headers for p in plans)


@quick(60)
@given(data=MAPPING_INPUTS, headers=_headers)
def test_mapping_fuzz_quick(work, cat, data, headers):
    _check_mapping(work, cat.catalog, data, headers)


@pytest.mark.slow
@slow()
@given(data=MAPPING_INPUTS, headers=_headers)
def test_mapping_fuzz_long(work, cat, data, headers):
    _check_mapping(work, cat.catalog, data, headers)


# ---- catalog YAML through lint ---------------------------------------------------------------------------------

CATALOG_SEEDS = [(REPO / "procedures" / f"{S17}.yaml").read_bytes()]
FORM_SEEDS = [(REPO / "forms" / "eight-d-report.yaml").read_bytes()]


def _check_lint(work, procedure: bytes, form: bytes):
    from checker.catalog.lint import lint

    root = work / "catalog"
    shutil.rmtree(root, ignore_errors=True)
    (root / "procedures").mkdir(parents=True)
    (root / "forms").mkdir()
    (root / "procedures" / f"{S17}.yaml").write_bytes(procedure)
    (root / "forms" / "eight-d-report.yaml").write_bytes(form)
    report = lint(root)
    files = {str(root / "procedures" / f"{S17}.yaml"), str(root / "forms" / "eight-d-report.yaml")}
    for problem in report.problems:
        assert problem.path in files or problem.path.endswith("vocabulary.yaml"), problem
        assert isinstance(problem.line, int) and problem.line >= 1, problem
        assert problem.message


LINT_INPUTS = st.tuples(mutated(CATALOG_SEEDS, YAML_TOKENS),
                        st.one_of(st.just(FORM_SEEDS[0]), mutated(FORM_SEEDS, YAML_TOKENS)))


@quick(15)
@given(files=LINT_INPUTS)
def test_lint_fuzz_quick(work, files):
    _check_lint(work, *files)


@pytest.mark.slow
@slow()
@given(files=LINT_INPUTS)
def test_lint_fuzz_long(work, files):
    _check_lint(work, *files)


# ---- the audit command end to end ------------------------------------------------------------------------------

AUDIT_SEED = (REPO / "tests" / "fixtures" / "audit" / "s17.csv").read_bytes()


def _check_audit(work, catalog, data, suffix):
    from checker.cli import main

    export = write(work, f"audit-export{suffix}", data)
    report = work / "audit-report.json"
    report.unlink(missing_ok=True)
    err = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stderr(err), \
            contextlib.redirect_stdout(io.StringIO()):
        mp.setattr("checker.catalog.load_catalog", lambda *a, **k: catalog)
        code = main(["audit", str(export), "--procedure", S17, "--as-of", "2025-03-05 12:00", "--format", "json",
                     "--output", str(report)])
    if code == 2:
        assert err.getvalue().startswith("错误：") and export.name in err.getvalue(), err.getvalue()
        assert not report.exists()
        return
    assert code in (0, 1, 3), (code, err.getvalue())
    s = json.loads(report.read_text(encoding="utf-8"))
    summary = s["summary"]
    checked_nothing = summary["rows_audited"] == 0 or not summary["procedure_rules_checked"]
    assert (code == 3) == checked_nothing, (code, summary)
    if code == 3:
        assert "\n未审计：" in err.getvalue() and export.name in err.getvalue(), err.getvalue()
    assert summary["rows_read"] == summary["rows_audited"] + summary["rows_unreadable"]
    assert summary["rows_unreadable"] == len({(u["file"], u["row"]) for u in s["unreadable"]})
    assert all(u["row"] is not None and u["reason"] for u in s["unreadable"])


AUDIT_INPUTS = st.tuples(mutated([AUDIT_SEED], CSV_TOKENS), st.sampled_from([".csv", ".csv", ".txt", ".json"]))


@quick(15)
@given(case=AUDIT_INPUTS)
def test_audit_command_fuzz_quick(work, cat, case):
    _check_audit(work, cat.catalog, *case)


@pytest.mark.slow
@settings(max_examples=max(SLOW_EXAMPLES // 5, 10), **_COMMON)
@given(case=AUDIT_INPUTS)
def test_audit_command_fuzz_long(work, cat, case):
    _check_audit(work, cat.catalog, *case)


# ---- the statistics writers (HTML, XLSX, JSON) ----------------------------------------------------------------
# `stats` end to end on a generated S42 export whose text columns (category, department, channel, product,
# customer, satisfaction, even the case number and dates) hold arbitrary text and known trouble: formulas,
# markup, template syntax, control characters, characters XML cannot hold. One stats run feeds all three
# writers (computing the figures costs most of an example, about half a second).

STATS_ARGS = ["--procedure", S42, "--mapping", str(REPO / "examples" / "s42-mapping.yaml"), "--period", "2025-02"]
STATS_HEADERS = ["投诉编号", "受理时间", "申诉类别", "答复时间", "答复部门", "用户是否满意", "投诉渠道", "责任部门",
                 "产品名称", "客户单位", "投诉内容"]
# ordinary text in every row, as real exports have: a file that is mostly control bytes is refused as binary
STATS_CONTENT = "用户反映国际漫游费用与宣传不符，要求核实并退还多收的费用。"
STATS_PAYLOADS = ["=1+1", '=HYPERLINK("http://example.invalid/","点此")', "=cmd|' /C calc'!A0", "+1", "-1",
                  "@SUM(1)", "\t=1", "\r=1", "＝1+1", "<script>alert('fuzz')</script>", "</th><script>alert(1)</script>",
                  "\"><img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "javascript:alert(1)", "{{ 7*7 }}",
                  "{% raw %}", "&lt;b&gt;", "]]>", "\x00", "\x1b[2J", "\x07", "\x01", "\x0b", "\x7f", "\ufffe",
                  "\uffff", "\u202e", "\u3000", "13812345678", "", " ", "话费争议", "其他", "满意", "客户服务中心"]
_stats_text = st.one_of(st.text(max_size=10), st.sampled_from(STATS_PAYLOADS),
                        st.lists(st.one_of(st.sampled_from(STATS_PAYLOADS), st.text(max_size=4)), max_size=3)
                        .map("".join))
# mostly a time in the twelve months up to the period, so that rows land in the tables
_stats_time = st.one_of(
    st.datetimes(datetime(2024, 3, 1), datetime(2025, 2, 28, 23, 59)).map(lambda t: f"{t:%Y/%m/%d %H:%M}"),
    st.datetimes(datetime(2024, 3, 1), datetime(2025, 2, 28, 23, 59)).map(lambda t: f"{t:%Y/%m/%d %H:%M}"),
    st.just(""), _stats_text)
_stats_row = st.tuples(st.one_of(st.none(), _stats_text), _stats_time, _stats_text, _stats_time,
                       *[_stats_text] * (len(STATS_HEADERS) - 5), st.just(STATS_CONTENT))


@st.composite
def stats_export(draw):
    """(bytes, suffix): the rows as CSV or as a JSON array (no lone surrogates: the readers refuse them)."""
    rows = [[f"F{i}" if r[0] is None else r[0], *r[1:]] for i, r in enumerate(draw(st.lists(_stats_row, max_size=8)))]
    if draw(st.booleans()):
        out = io.StringIO()
        csv.writer(out).writerows([STATS_HEADERS, *rows])
        return out.getvalue().encode("utf-8", "surrogatepass"), ".csv"
    records = [dict(zip(STATS_HEADERS, r)) for r in rows]
    return json.dumps(records, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass"), ".json"


def _check_stats_writers(work, catalog, data, suffix):
    from lxml import html as lxml_html
    from openpyxl import load_workbook

    from checker.cli import main
    from checker.stats import output as stats_output
    from checker.stats.text import row_label
    from checker.stats.xlsx import _NOT_XML

    export = write(work, f"stats-export{suffix}", data)
    outputs = {fmt: work / f"stats-out.{fmt}" for fmt in ("json", "html", "xlsx")}
    for path in outputs.values():
        path.unlink(missing_ok=True)
    real = stats_output.write_stats

    def all_three(fmt, stats, output=None):
        for f, path in outputs.items():
            real(f, stats, path)

    err = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stderr(err), \
            contextlib.redirect_stdout(io.StringIO()):
        mp.setattr("checker.catalog.load_catalog", lambda *a, **k: catalog)
        mp.setattr("checker.stats.write_stats", all_three)
        code = main(["stats", str(export), *STATS_ARGS, "--output", str(outputs["json"])])
    event(f"stats {suffix} exit {code}")      # the statistics show how many examples reached the writers
    if code == 2:
        assert err.getvalue().startswith("错误："), err.getvalue()
        assert not any(p.exists() for p in outputs.values())
        return
    assert code == 0, (code, err.getvalue())

    stats = json.loads(outputs["json"].read_text(encoding="utf-8"))
    labels = [row_label(r) for b in stats["breakdowns"] for r in b["rows"]]

    # HTML: parses; the report has no script at all, so none, no handler, no javascript: link came from the data
    doc = lxml_html.fromstring(outputs["html"].read_bytes())
    assert not doc.xpath("//script | //iframe | //object | //embed | //img | //foreignObject")
    assert not [(e.tag, a) for e in doc.iter() if isinstance(e.tag, str) for a in e.attrib
                if a.lower().startswith("on")]
    assert not [h for h in doc.xpath("//@href") if "javascript" in h.lower()]
    shown = {th.text_content() for th in doc.xpath("//th[@scope='row']")}
    for label in labels:
        if label.isprintable() and label.strip() == label:   # what an HTML parser gives back unchanged
            assert label in shown, label

    # XLSX: opens; no formula cell anywhere; every breakdown label there as text (XML-illegal characters as U+FFFD)
    texts = set()
    for sheet in load_workbook(outputs["xlsx"]):
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.add(cell.value)
    for label in labels:
        assert _NOT_XML.sub("\ufffd", label) in texts, label


STATS_INPUTS = stats_export()


@quick(4)
@given(case=STATS_INPUTS)
def test_stats_writers_fuzz_quick(work, cat, case):
    _check_stats_writers(work, cat.catalog, *case)


@pytest.mark.slow
@slow()
@given(case=STATS_INPUTS)
def test_stats_writers_fuzz_long(work, cat, case):
    _check_stats_writers(work, cat.catalog, *case)
