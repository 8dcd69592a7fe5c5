"""Damaged and random input through every reader: a result that accounts for every row, or an ExportError."""

from __future__ import annotations

from pathlib import Path

import duckdb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.readers import ExportError, read_export

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
SEEDS = ["complaints_utf8.csv", "complaints_gbk.csv", "multiline.csv", "complaints.json", "complaints.jsonl",
         "cases.xml", "log.xes"]


def read_or_refuse(path: Path) -> None:
    con = duckdb.connect()
    try:
        result = read_export(path, con, "raw")
    except ExportError as err:
        assert str(path.name) in str(err) and "：" in str(err)
        return
    loaded = con.execute("SELECT count(*) FROM raw").fetchall()[0][0]
    assert loaded + len(result.unreadable) == result.rows_read
    rows = [r for (r,) in con.execute("SELECT _row FROM raw").fetchall()]
    assert all(isinstance(r, int) and r >= 1 for r in rows)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.sampled_from(SEEDS), edits=st.lists(st.tuples(st.floats(0, 1), st.binary(max_size=3)), max_size=6))
def test_mutated_exports(tmp_path, seed, edits):
    data = bytearray((FIXTURES / seed).read_bytes())
    for where, replacement in edits:
        at = int(where * len(data))
        data[at:at + len(replacement)] = replacement
    path = tmp_path / seed
    path.write_bytes(bytes(data))
    read_or_refuse(path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=200), suffix=st.sampled_from([".csv", ".json", ".jsonl", ".xml", ".xes", ".xlsx", ""]))
def test_random_bytes(tmp_path, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    read_or_refuse(path)
