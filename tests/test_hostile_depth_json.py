"""Hostile JSON nesting: values nested thousands deep must not reach a recursive parser.

Python's json module recurses once per bracket and gives up with RecursionError near 1,000 levels. The reader
used it to spot a lone `{` on the first JSON Lines line and to find the line of a broken array; both crashed
the audit with a traceback. Now a deep value inside an object is read as JSON text, and a broken deep file is
an ExportError (or an unreadable row) naming the file and line.
"""

from __future__ import annotations

import json

import duckdb
import pytest

from checker.readers import ExportError, read_export
from checker.readers.jsonfile import _check_json

S17 = "s17-complaint-control-8d"
RECORD = '{"case_number": "S17-001", "receive_at": "2025-03-04 09:00", "verify_at": "2025-03-04 11:00"'
DEPTH = 100_000   # far past Python's recursion limit


def audit(cli, tmp_path, export):
    return cli("audit", export, "--procedure", S17, "--as-of", "2025-03-05", "--fail-on", "never",
               "--format", "json", "--output", tmp_path / "report.json")


def read(path):
    con = duckdb.connect()
    result = read_export(path, con, "raw")
    return result, con.execute("SELECT * FROM raw ORDER BY _row").fetchall()


@pytest.mark.parametrize("depth", [1_000, DEPTH])
def test_deep_value_on_the_first_json_lines_line_is_read(cli, tmp_path, depth):
    deep = "[" * depth + "]" * depth
    path = tmp_path / "deep.jsonl"
    path.write_text(f'{RECORD}, "x": {deep}}}\n{RECORD.replace("001", "002")}}}\n', encoding="utf-8")
    code, err = audit(cli, tmp_path, path)
    assert code == 0, err
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["summary"]["rows_read"] == 2
    result, rows = read(path)
    assert result.columns == ["case_number", "receive_at", "verify_at", "x"]
    assert rows[0][3] == deep and rows[1][3] is None     # the nested value as JSON text, as for shallow ones


def test_deep_value_in_an_array_is_read(tmp_path):
    deep = "[" * DEPTH + "]" * DEPTH
    path = tmp_path / "deep.json"
    path.write_text(f'[\n{RECORD}}},\n{RECORD}, "x": {deep}}}\n]\n', encoding="utf-8")
    result, rows = read(path)
    assert [r[-1] for r in rows] == [1, 2] and rows[1][3] == deep and not result.unreadable


def test_broken_deep_first_json_lines_line_is_an_unreadable_row(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text(f'{RECORD}, "x": {"[" * DEPTH}\n{RECORD}}}\n', encoding="utf-8")
    result, rows = read(path)
    assert [(u.row, u.reason) for u in result.unreadable] == [(1, "不是有效的 JSON")]
    assert [r[-1] for r in rows] == [2]


@pytest.mark.parametrize("depth", [1_000, DEPTH])
def test_broken_deep_array_names_its_file_and_line(cli, tmp_path, depth):
    path = tmp_path / "broken.json"
    path.write_text("[" + "[" * depth + "\n", encoding="utf-8")   # the file: never closed
    code, err = audit(cli, tmp_path, path)
    assert code == 2
    assert "错误：" in err and "broken.json" in err and "第 2 行：JSON 格式错误：第 1 个字符处缺少值" in err
    assert "Traceback" not in err and not (tmp_path / "report.json").exists()


def test_broken_deep_array_points_at_the_break(tmp_path):
    path = tmp_path / "broken.json"
    deep = "[" * DEPTH + "1" + "]" * (DEPTH - 1)
    path.write_text(f'[\n{RECORD}}},\n{deep} 2]\n', encoding="utf-8")   # `2` where a comma belongs
    with pytest.raises(ExportError) as err:
        read(path)
    assert err.value.row == 3 and "broken.json" in str(err.value)
    assert f"JSON 格式错误：第 {len(deep) + 2} 个字符处缺少逗号" in str(err.value)


@pytest.mark.parametrize("text", [
    '[{"a": 1}, {"a": 2]', '[{"a" 1}]', '[{a: 1}]', '[1 2]', '{"a": [1, {"b": tru}]}', '["open',
    '["bad \\q escape"]', '["tab\tinside"]', '[1]\n\n x', '  ', '[-]', '[01]', '{"a" 1}', '{"a": 1 "b": 2}',
    '[{"k": "v"}, {"k": [true, false, null, NaN, -Infinity, 1.5e-3, "\\u00e9"]}] []',
])
def test_the_fallback_finds_what_json_loads_finds(text):
    """The stack-based search is used only past the recursion limit; on shallow text it must agree."""
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    with pytest.raises(json.JSONDecodeError) as found:
        _check_json(text)
    assert (found.value.msg, found.value.pos) == (expected.value.msg, expected.value.pos)


def test_the_fallback_accepts_valid_deep_json():
    _check_json('{"a": ' + "[{}, " * DEPTH + "1" + "]" * DEPTH + "}")
