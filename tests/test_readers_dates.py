"""Dates as real exports write them: Python and DuckDB must read every sample identically."""

from __future__ import annotations

from datetime import datetime

import duckdb
import pytest

from checker.readers.dates import datetime_sql, parse_datetime

# (text, expected moment in China time or None)
SAMPLES = [
    ("2025-03-04", datetime(2025, 3, 4)),
    ("2025-03-04 09:05", datetime(2025, 3, 4, 9, 5)),
    ("2025-03-04 09:05:07", datetime(2025, 3, 4, 9, 5, 7)),
    ("2025-03-04T09:05:07", datetime(2025, 3, 4, 9, 5, 7)),
    ("2025-03-04T09:05:07.250", datetime(2025, 3, 4, 9, 5, 7, 250000)),
    ("2025-3-4", datetime(2025, 3, 4)),
    ("2025-3-4 9:05", datetime(2025, 3, 4, 9, 5)),
    ("2025/3/4 9:05", datetime(2025, 3, 4, 9, 5)),
    ("2025/03/04 09:05:30", datetime(2025, 3, 4, 9, 5, 30)),
    ("2025/3/4", datetime(2025, 3, 4)),
    ("2025.03.04", datetime(2025, 3, 4)),
    ("2025.3.4 9:05", datetime(2025, 3, 4, 9, 5)),
    ("2025年3月4日", datetime(2025, 3, 4)),
    ("2025年3月4日 09:05", datetime(2025, 3, 4, 9, 5)),
    ("2025年03月04日09:05:59", datetime(2025, 3, 4, 9, 5, 59)),
    ("2025年3月4日9时5分", datetime(2025, 3, 4, 9, 5)),
    ("2025年3月4日 9点05分30秒", datetime(2025, 3, 4, 9, 5, 30)),
    ("20250304", datetime(2025, 3, 4)),
    ("202503040905", datetime(2025, 3, 4, 9, 5)),
    ("20250304090507", datetime(2025, 3, 4, 9, 5, 7)),
    # zones are converted to China time (UTC+8)
    ("2025-03-04T09:05:00+08:00", datetime(2025, 3, 4, 9, 5)),
    ("2025-03-04T09:05:00+01:00", datetime(2025, 3, 4, 16, 5)),
    ("2025-03-04 01:05:00Z", datetime(2025, 3, 4, 9, 5)),
    ("2025-03-04 09:05:00 +0800", datetime(2025, 3, 4, 9, 5)),
    ("2025-03-04T23:30:00-05:30", datetime(2025, 3, 5, 13, 0)),
    ("2010-12-30T14:32:00.000+01:00", datetime(2010, 12, 30, 21, 32)),
    # Excel serial numbers: days since 1899-12-30, the fraction is the time of day
    ("45720", datetime(2025, 3, 4)),
    ("45720.375", datetime(2025, 3, 4, 9, 0)),
    ("45720.5", datetime(2025, 3, 4, 12, 0)),
    ("45720.99999999", datetime(2025, 3, 5)),  # rounds to the nearest second
    # surrounding spaces, including the ideographic space
    ("  2025-03-04 09:05  ", datetime(2025, 3, 4, 9, 5)),
    ("\u30002025年3月4日\u3000", datetime(2025, 3, 4)),
    # not dates, or not real dates
    ("2025-02-29", None),
    ("2024-02-29", datetime(2024, 2, 29)),
    ("2025-04-31", None),
    ("2025-13-01", None),
    ("2025-00-10", None),
    ("2025-03-04 24:00", None),
    ("2025-03-04 23:60", None),
    ("2025-03-04 23:59:60", None),
    ("3/4/2025", None),           # month/day order is ambiguous: not guessed
    ("04-03-2025", None),
    ("12", None),                 # too small to be a plausible serial number
    ("9999", None),
    ("0000-01-01", None),
    ("1899-12-31", None),         # outside 1900-2199: a typo, not a date
    ("2200-01-01", None),
    ("２０２５-03-04", None),       # full-width digits are not read as digits
    ("2025-03-04\n09:05", None),
    ("abc", None),
    ("", None),
    ("   ", None),
    (None, None),
    ("2025-03-04 9:05 PM", None),
    ("2025-03-04T09:05:00+0800junk", None),
]


@pytest.mark.parametrize("text,expected", SAMPLES)
def test_parse_datetime(text, expected):
    assert parse_datetime(text) == expected


def test_python_and_sql_agree_on_every_sample():
    con = duckdb.connect()
    con.execute("CREATE TABLE t (i INTEGER, v VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?)", list(enumerate(text for text, _ in SAMPLES)))
    got = dict(con.execute(f"SELECT i, {datetime_sql('v')} FROM t").fetchall())
    disagreements = [(text, parse_datetime(text), got[i]) for i, (text, _) in enumerate(SAMPLES)
                     if parse_datetime(text) != got[i]]
    assert disagreements == []


def test_sql_handles_quoted_identifiers_and_typed_columns():
    con = duckdb.connect()
    con.execute('CREATE TABLE t ("受理 时间" VARCHAR, d DATE)')
    con.execute("INSERT INTO t VALUES ('2025年3月4日 09:05', DATE '2025-03-04')")
    row = con.execute(f'SELECT {datetime_sql(chr(34) + "受理 时间" + chr(34))}, {datetime_sql("d")} FROM t').fetchall()
    assert row == [(datetime(2025, 3, 4, 9, 5), datetime(2025, 3, 4))]


def test_python_accepts_datetime_objects():
    assert parse_datetime(datetime(2025, 3, 4, 9, 5)) == datetime(2025, 3, 4, 9, 5)
    assert parse_datetime(datetime(2025, 3, 4).date()) == datetime(2025, 3, 4)
