"""JSON arrays and JSON Lines: keys as columns, nested values as JSON text, bad records accounted for."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from checker.readers import ExportError, read_export

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def load(path, **kwargs):
    con = duckdb.connect()
    result = read_export(path, con, "raw", **kwargs)
    rows = con.execute("SELECT * FROM raw ORDER BY _row").fetchall()
    assert len(rows) + len(result.unreadable) == result.rows_read
    return result, rows


def test_array_of_objects():
    result, rows = load(FIXTURES / "complaints.json")
    assert result.format == "json"
    assert result.columns == ["投诉编号", "受理时间", "金额", "附件", "回访", "备注", "ID", "id_2"]
    assert rows[0][:5] == ("TS-001", "2025/3/4 9:05", "12.5", '["a.jpg","b.jpg"]', None)
    assert json.loads(rows[1][4]) == {"满意": True}
    assert rows[1][5] is None                       # JSON null is empty
    assert rows[2][0] == "TS-003" and rows[2][6:8] == ("1", "2")
    assert [r[-1] for r in rows] == [1, 2, 4]       # array index + 1
    assert [(u.row, u.reason) for u in result.unreadable] == [(3, "不是 JSON 对象（应为 {…}）")]
    assert result.rows_read == 4


def test_json_lines_rows_are_lines():
    result, rows = load(FIXTURES / "complaints.jsonl")
    assert result.format == "jsonl"
    assert result.columns == ["投诉编号", "受理时间", "处理结果"]
    assert rows == [("TS-001", "2025/3/4 9:05", None, 1), ("TS-002", None, "已更换", 4), ("TS-003", None, None, 6)]
    assert [(u.row, u.reason) for u in result.unreadable] == [(3, "不是有效的 JSON"), (5, "不是 JSON 对象（应为 {…}）")]
    assert result.rows_read == 5                    # the blank line 2 is not a record


def test_keys_that_look_like_paths_are_plain_keys(tmp_path):
    record = {"a.b": 1, 'x"y': 2, "p/q": 3, "t~u": 4, "$k": 5, "中 文": 6, "'); DROP TABLE raw; --": 7}
    path = tmp_path / "keys.json"
    path.write_text(json.dumps([record], ensure_ascii=False), encoding="utf-8")
    result, rows = load(path)
    assert result.columns == list(record)
    assert rows == [("1", "2", "3", "4", "5", "6", "7", 1)]


def test_gbk_json_lines_are_transcoded(tmp_path):
    path = tmp_path / "gbk.jsonl"
    path.write_bytes('{"投诉编号": "TS-001", "处理结果": "已退款"}\n{"投诉编号": "TS-002"}\n'.encode("gbk"))
    _, rows = load(path)
    assert rows == [("TS-001", "已退款", 1), ("TS-002", None, 2)]


def test_broken_array_names_its_line():
    with pytest.raises(ExportError) as err:
        load(FIXTURES / "broken_array.json")
    assert err.value.row == 2 and "broken_array.json" in str(err.value) and "JSON 格式错误" in str(err.value)


def test_a_wrapping_object_is_explained():
    with pytest.raises(ExportError, match="顶层是一个对象"):
        load(FIXTURES / "wrapped_object.json")


def test_empty_array(tmp_path):
    path = tmp_path / "empty.json"
    path.write_text("[]", encoding="utf-8")
    result, rows = load(path)
    assert rows == [] and result.rows_read == 0 and result.columns == []
