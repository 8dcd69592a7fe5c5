"""CSV exports: every encoding and delimiter, rows as a person sees them, every record accounted for."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest

from checker.readers import ExportError, read_export
from checker.readers.encoding import detect_encoding
from checker.readers.records import scan_exact, scan_fast

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
HEADER = ["投诉编号", "受理时间", "投诉渠道", "处理结果"]
EXPECTED = [
    ("TS-001", "2025/3/4 9:05", "电话", "已退款", 2),
    ("TS-002", "2025年3月5日 14:30", "网站", "已更换", 3),
    ("TS-003", "2025-03-06T08:00:00", "信函", None, 4),
    ("TS-004", "45723.5", "来访", "已道歉", 5),
]


def load(path, **kwargs):
    con = duckdb.connect()
    result = read_export(path, con, "raw", **kwargs)
    rows = con.execute("SELECT * FROM raw ORDER BY _row").fetchall()
    # the accounting invariant holds for every read
    assert len(rows) + len(result.unreadable) == result.rows_read
    return result, rows, con


@pytest.mark.parametrize("name,encoding", [
    ("complaints_utf8.csv", "utf-8"),
    ("complaints_utf8_bom.csv", "utf-8-sig"),
    ("complaints_gbk.csv", "gb18030"),
    ("complaints_gb18030.csv", "gb18030"),
    ("complaints_utf16le.csv", "utf-16-le"),
    ("complaints_utf16be.csv", "utf-16-be"),
    ("complaints_tab.tsv", "utf-8"),
    ("complaints_semicolon.csv", "utf-8"),
    ("complaints_cr.csv", "utf-8"),
])
def test_every_encoding_and_delimiter_gives_the_same_table(name, encoding):
    result, rows, con = load(FIXTURES / name)
    assert result.format == "csv"
    assert result.encoding == encoding
    assert result.columns == HEADER
    assert rows == EXPECTED
    assert result.unreadable == []
    types = {t for _, t in con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                       "WHERE table_name = 'raw' AND column_name <> '_row'").fetchall()}
    assert types == {"VARCHAR"}


def test_encoding_given_by_the_caller_wins(tmp_path):
    # Latin-1 is not detected by itself; the caller can name it
    path = tmp_path / "latin1.csv"
    path.write_bytes("name,city\nJosé,Zürich\n".encode("latin-1"))
    result, rows, _ = load(path, encoding="latin-1")
    assert rows == [("José", "Zürich", 2)]
    with pytest.raises(ExportError, match="不认识的编码"):
        load(path, encoding="no-such-codec")


def test_gbk_is_told_apart_from_utf8_with_one_bad_byte(tmp_path):
    utf8 = tmp_path / "u.csv"
    utf8.write_bytes(("投诉编号,内容\n" + "".join(f"TS-{i},客户投诉内容{i}\n" for i in range(50))).encode("utf-8")
                     + b"TS-x,\xff\n")
    assert detect_encoding(utf8) == "utf-8"
    assert detect_encoding(FIXTURES / "complaints_gbk.csv") == "gb18030"


def test_multiline_fields_blank_lines_and_escaped_quotes_keep_physical_rows():
    result, rows, _ = load(FIXTURES / "multiline.csv")
    assert rows == [
        ("TS-001", "第一行\n第二行\n第三行", "2025-03-04", 2),
        ("TS-002", '他说"退货"', "2025-03-05", 6),   # line 5 is blank
        ("TS-003", "含,逗号", "2025-03-06", 7),
    ]
    assert result.rows_read == 3


def test_every_broken_row_is_reported_with_its_line():
    result, rows, _ = load(FIXTURES / "broken_rows.csv")
    assert [r[0] for r in rows] == ["TS-001", "TS-004", "TS-006"]
    assert [r[-1] for r in rows] == [2, 5, 7]
    assert result.rows_read == 6
    by_row = {u.row: u for u in result.unreadable}
    assert sorted(by_row) == [3, 4, 6]
    assert "表头有 3 列，此行有 2 列" in by_row[3].reason
    assert "表头有 3 列，此行有 4 列" in by_row[4].reason
    assert "无法按" in by_row[6].reason and "解码" in by_row[6].reason
    assert by_row[6].column == "处理结果"


def test_undecodable_gbk_bytes_make_only_their_row_unreadable():
    result, rows, _ = load(FIXTURES / "gbk_bad_byte.csv")
    assert result.encoding == "gb18030"
    assert rows == [("TS-001", "已退款", 2), ("TS-003", "已更换", 4)]
    assert [(u.row, u.column) for u in result.unreadable] == [(3, "处理结果")]
    assert "GB18030" in result.unreadable[0].reason


def test_unterminated_quote_is_one_unreadable_record_spanning_to_the_end():
    result, rows, _ = load(FIXTURES / "unterminated_quote.csv")
    assert rows == [("TS-001", "正常", 2)]
    assert [u.row for u in result.unreadable] == [3]
    assert "引号不配对" in result.unreadable[0].reason and "文件末尾" in result.unreadable[0].reason


def test_stray_quotes_inside_unquoted_fields_are_text_and_rows_stay_right():
    result, rows, _ = load(FIXTURES / "stray_quote.csv")
    assert rows == [("1", '17" 显示器', "3", 2), ("2", '27"', "4", 3), ("3", "ok", "5", 4)]
    # the fast scan cannot read this file; the exact one agrees with DuckDB
    assert list(scan_fast(FIXTURES / "stray_quote.csv").lines) != [1, 2, 3, 4]
    assert list(scan_exact(FIXTURES / "stray_quote.csv", ",").lines) == [1, 2, 3, 4]


def test_mixed_line_ends_are_read():
    _, rows, _ = load(FIXTURES / "mixed_newlines.csv")
    assert rows == [("1", "a", 2), ("2", "b", 3), ("3", "c", 5)]


def test_blank_lines_before_the_header_are_skipped(tmp_path):
    path = tmp_path / "lead.csv"
    path.write_text("\n\n编号,结果\nA,1\n\nB,2\nC\n", encoding="utf-8")
    result, rows, _ = load(path)
    assert result.columns == ["编号", "结果"]
    assert rows == [("A", "1", 4), ("B", "2", 6)]
    assert [u.row for u in result.unreadable] == [7]


def test_one_column_file_keeps_blank_lines_as_empty_records(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("编号\nA\n\nB\n", encoding="utf-8")
    result, rows, _ = load(path)
    assert rows == [("A", 2), (None, 3), ("B", 4)]


def test_header_only_and_empty_files():
    result, rows, _ = load(FIXTURES / "header_only.csv")
    assert result.columns == ["投诉编号", "受理时间"] and rows == [] and result.rows_read == 0
    with pytest.raises(ExportError) as err:
        load(FIXTURES / "empty.csv")
    assert "empty.csv" in str(err.value) and "文件为空" in str(err.value)


def test_blank_and_duplicate_headers_get_usable_names():
    result, rows, _ = load(FIXTURES / "duplicate_headers.csv")
    # DuckDB compares names case-insensitively, and `_row` is reserved
    assert result.columns == ["编号", "编号_2", "列3", "ID", "id_2", "_row_2"]
    assert rows == [("1", "2", "3", "4", "5", "6", 2)]


def test_hostile_header_is_only_a_name():
    result, rows, con = load(FIXTURES / "injection_header.csv")
    assert result.columns == ["x'); DROP TABLE raw; --", 'a"b']
    assert rows == [("1", "2", 2)]
    assert con.execute("SELECT count(*) FROM raw").fetchall() == [(1,)]


def test_the_export_is_left_untouched():
    path = FIXTURES / "complaints_gbk.csv"
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    load(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_missing_file_is_an_export_error(tmp_path):
    with pytest.raises(ExportError, match="文件不存在"):
        load(tmp_path / "nope.csv")


def test_rows_are_right_across_scan_chunks(tmp_path, monkeypatch):
    # force tiny chunks so that quotes, CRLF pairs and blank lines straddle chunk boundaries
    import checker.readers.records as records

    monkeypatch.setattr(records, "CHUNK_BYTES", 7)
    lines, rows = ["id,text"], []
    line = 2
    for i in range(40):
        if i % 5 == 0:
            lines.append(f'{i},"a\r\nb"')
            rows.append((str(i), "a\r\nb", line))
            line += 2
        elif i % 7 == 0:
            lines.append("")
            line += 1
            continue
        else:
            lines.append(f"{i},x{i}")
            rows.append((str(i), f"x{i}", line))
            line += 1
    path = tmp_path / "chunks.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode())
    _, got, _ = load(path)
    assert got == rows
    assert list(scan_fast(path).lines) == list(scan_exact(path, ",").lines)


# ---- property: any RFC 4180 file reads back with the right values and rows --------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_field = st.lists(st.sampled_from(list('ab 中文,;"\n\r\t') + ["\r\n"]), max_size=5).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_field, min_size=3, max_size=3), max_size=8),
       blanks=st.lists(st.booleans(), min_size=8, max_size=8),
       newline=st.sampled_from(["\n", "\r\n"]))
def test_round_trip_of_rfc4180_files(tmp_path, rows, blanks, newline):
    def record(fields):  # RFC 4180: quote a field holding a delimiter, quote, CR or LF
        return ",".join('"' + f.replace('"', '""') + '"' if any(c in f for c in ',"\r\n') else f
                        for f in fields) + newline

    text, expected, line = record(["h1", "h2", "h3"]), [], 2
    for i, row in enumerate(rows):
        if blanks[i]:
            text += newline
            line += 1
        written = record(row)
        text += written
        expected.append((*[(v or None) for v in row], line))
        line += written.count("\n")
    path = tmp_path / "prop.csv"
    path.write_bytes(text.encode("utf-8"))
    result, got, _ = load(path)
    assert result.unreadable == []
    assert got == expected
