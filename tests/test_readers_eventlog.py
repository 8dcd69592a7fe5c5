"""Event logs in long form and their pivot to one row per case."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from checker.readers import ExportError, pivot_events, read_event_log

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
COLUMNS = dict(case="案件", activity="环节", time="时间", resource="处理人")


def events(path, **kwargs):
    con = duckdb.connect()
    result = read_event_log(path, con, "events", **kwargs)
    rows = con.execute('SELECT "case", activity, "time", resource, _row FROM events ORDER BY _row').fetchall()
    assert len(rows) + len(result.unreadable) == result.rows_read
    return con, result, rows


def test_csv_event_log_keeps_placeable_events_and_reports_the_rest():
    con, result, rows = events(FIXTURES / "events.csv", **COLUMNS)
    assert result.format == "eventlog-csv"
    assert [r[-1] for r in rows] == [2, 3, 4, 5, 6, 11, 12, 13]
    assert rows[0] == ("TS-001", "受理", datetime(2025, 3, 4, 9, 5), "客服甲", 2)
    assert rows[4][2] == datetime(2025, 3, 5, 8, 0)          # 2025/3/5 8:00
    problems = {u.row: (u.column, u.reason) for u in result.unreadable}
    assert problems == {
        7: ("时间", "时间「不详」无法识别为日期时间"),
        8: ("案件", "缺少案件编号"),
        9: ("环节", "缺少环节（活动）名称"),
        10: ("时间", "缺少时间"),
    }
    assert result.rows_read == 12


def test_pivot_takes_first_occurrence_and_who_did_it():
    con, _, _ = events(FIXTURES / "events.csv", **COLUMNS)
    outcome = pivot_events(con, "events", {"受理": "accept", "答复": "reply"}, "cases")
    rows = con.execute("SELECT case_number, accept_at, accept_by, reply_at, reply_by, _row FROM cases "
                       "ORDER BY _row").fetchall()
    assert rows == [
        ("TS-001", "2025-03-04 09:05:00", "客服甲", "2025-03-04 10:30:00", "品质部丙", 2),  # earlier reply wins
        ("TS-002", "2025-03-05 08:00:00", "客服丙", None, None, 6),
        ("TS-004", "2025-03-07 08:00:00", "客服甲", "2025-03-07 09:00:00", "品质部甲", 11),  # tie: earlier row
    ]
    assert (outcome.cases, outcome.events, outcome.ignored_events) == (3, 8, 1)
    assert outcome.ignored_activities == {"回访": 1}
    columns = [c for (c,) in con.execute("SELECT column_name FROM information_schema.columns "
                                         "WHERE table_name = 'cases' ORDER BY ordinal_position").fetchall()]
    assert columns == ["case_number", "accept_at", "accept_by", "reply_at", "reply_by", "_row"]


def test_several_activities_can_mean_one_step(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("c,a,t\nX,登记,2025-01-02 10:00\nX,受理,2025-01-02 09:00\nX,其他,2025-01-01 00:00\n",
                    encoding="utf-8")
    con, _, _ = events(path, case="c", activity="a", time="t")
    outcome = pivot_events(con, "events", {"受理": "accept", "登记": "accept"}, "cases")
    assert con.execute("SELECT case_number, accept_at, accept_by, _row FROM cases").fetchall() == [
        ("X", "2025-01-02 09:00:00", None, 2)]
    assert outcome.ignored_activities == {"其他": 1}


def test_step_names_are_identifiers_not_sql(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("c,a,t\nX,受理,2025-01-02 10:00\n", encoding="utf-8")
    con, _, _ = events(path, case="c", activity="a", time="t")
    pivot_events(con, "events", {"受理": 'x"); DROP TABLE events; --'}, "cases")
    assert con.execute('SELECT "x""); DROP TABLE events; --_at" FROM cases').fetchall() == [("2025-01-02 10:00:00",)]
    assert con.execute("SELECT count(*) FROM events").fetchall() == [(1,)]


def test_xes_uses_standard_keys_and_converts_zones_to_china_time():
    con, result, rows = events(FIXTURES / "log.xes")
    assert result.format == "xes"
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("TS-001", "受理", datetime(2025, 3, 4, 9, 5), "客服甲"),
        ("TS-001", "答复", datetime(2025, 3, 4, 10, 30), "品质部乙"),
        ("TS-002", "受理", datetime(2025, 3, 5, 9, 0), "客服丙"),   # 01:00Z
    ]
    pivot_events(con, "events", {"受理": "accept"}, "cases")
    assert con.execute("SELECT case_number, accept_at FROM cases ORDER BY _row").fetchall() == [
        ("TS-001", "2025-03-04 09:05:00"), ("TS-002", "2025-03-05 09:00:00")]


def test_missing_or_unknown_columns_are_named():
    with pytest.raises(ExportError, match="请指定事件日志中「案件编号」所在的列"):
        events(FIXTURES / "events.csv")
    with pytest.raises(ExportError) as err:
        events(FIXTURES / "events.csv", case="案件", activity="环节", time="日期")
    assert err.value.column == "日期" and "时间" in str(err.value)
