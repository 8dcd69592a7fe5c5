"""The readers on real exports and event logs from ../shared/external (read in place, never copied here)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from checker.readers import pivot_events, read_event_log, read_export

EXTERNAL = Path(__file__).resolve().parent.parent.parent / "shared" / "external"


def real(relative: str) -> Path:
    path = EXTERNAL / relative
    if not path.is_file():
        pytest.skip(f"{relative} is not in ../shared/external")
    return path


def load(path, **kwargs):
    con = duckdb.connect()
    result = read_export(path, con, "raw", **kwargs)
    loaded = con.execute("SELECT count(*) FROM raw").fetchall()[0][0]
    assert loaded + len(result.unreadable) == result.rows_read
    return con, result


def physical_lines(path: Path) -> int:
    data = path.read_bytes()
    return data.count(b"\n") + (not data.endswith(b"\n"))


def rows_increase(con) -> bool:
    return con.execute("SELECT bool_and(_row > prev) FROM (SELECT _row, lag(_row, 1, 1) OVER (ORDER BY _row) "
                       "AS prev FROM raw)").fetchall()[0][0]


# (file, records stated in its SOURCE.txt, columns)
CSV_FILES = [
    ("cfpb/cfpb_complaints_2023_sample.csv", 2067, 18),
    ("cn_12365auto/car_complain.csv", 600, 8),
    ("incident_event_log/incident_event_log_first_incidents.csv", 6174, 36),
    ("bpi2013_vinst/VINST-new_first_cases.csv", 11497, 17),
]


@pytest.mark.parametrize("relative,records,columns", CSV_FILES)
def test_real_csv_exports(relative, records, columns):
    path = real(relative)
    con, result = load(path)
    assert (result.rows_read, len(result.columns), result.unreadable) == (records, columns, [])
    assert rows_increase(con)
    last = con.execute("SELECT max(_row) FROM raw").fetchall()[0][0]
    assert last <= physical_lines(path)


def test_cfpb_multiline_narratives_keep_their_starting_lines():
    path = real("cfpb/cfpb_complaints_2023_sample.csv")
    con, result = load(path)
    assert physical_lines(path) > result.rows_read + 1   # some narratives span several lines
    # each record's `_row` is the line where that record (its date and product) begins in the raw text
    lines = path.read_text(encoding="utf-8").split("\n")
    for received, product, row in con.execute('SELECT "Date received", "Product", _row FROM raw').fetchall():
        assert lines[row - 1].startswith(f"{received},{product},") or \
            lines[row - 1].startswith(f'{received},"{product}",'), row


def test_gbk_saved_copy_of_a_chinese_export_reads_the_same(tmp_path):
    path = real("cn_12365auto/car_complain.csv")
    gbk = tmp_path / "car_complain_gbk.csv"
    gbk.write_bytes(path.read_text(encoding="utf-8").encode("gbk", errors="replace"))
    con_utf8, _ = load(path)
    con_gbk, result = load(gbk)
    assert result.encoding == "gb18030"
    assert con_gbk.execute("SELECT * FROM raw ORDER BY _row").fetchall() == \
        con_utf8.execute("SELECT * FROM raw ORDER BY _row").fetchall()


def test_real_xes_logs():
    con, result = load(real("pm4py/running-example.xes"))
    assert result.format == "xes" and result.rows_read == 42
    assert con.execute('SELECT count(DISTINCT "case:concept:name") FROM raw').fetchall() == [(6,)]
    con, result = load(real("pm4py/helpdesk.xes.gz"))
    assert result.format == "xes" and result.rows_read == 21348
    assert con.execute('SELECT count(DISTINCT "case:concept:name") FROM raw').fetchall() == [(4580,)]


def test_real_event_log_pivots_to_cases():
    con = duckdb.connect()
    result = read_event_log(real("pm4py/running-example.xes"), con, "events")
    assert result.unreadable == [] and result.rows_read == 42
    outcome = pivot_events(con, "events", {"register request": "register", "decide": "decide"}, "cases")
    assert outcome.cases == 6
    assert outcome.ignored_events == 42 - 6 - con.execute(
        "SELECT count(*) FROM events WHERE activity = 'decide'").fetchall()[0][0]
    # every case starts with its registration, so the first event's row is the register row
    assert con.execute("SELECT count(*) FROM cases WHERE register_at IS NULL").fetchall() == [(0,)]


def test_real_csv_event_log_with_process_mining_names():
    con = duckdb.connect()
    result = read_event_log(real("pm4py/receipt.csv"), con, "events")
    assert result.format == "eventlog-csv" and result.unreadable == []
    assert con.execute("SELECT count(*) FROM events").fetchall()[0][0] == result.rows_read
    con2 = duckdb.connect()
    vinst = read_event_log(real("bpi2013_vinst/VINST-new_first_cases.csv"), con2, "events",
                           case="SR Number", activity="Activity", time="Change Date+Time", resource="Resource")
    assert vinst.unreadable == [] and vinst.rows_read == 11497
    assert con2.execute('SELECT count(DISTINCT "case") FROM events').fetchall() == [(657,)]
