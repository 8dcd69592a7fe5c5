"""Statistics periods: calendar months, their ends, and the 12 months of a trend across a new year."""

from __future__ import annotations

from datetime import datetime

import pytest

from checker.stats import Month


@pytest.mark.parametrize("text", ["2025-02", "2025/2", "2025.02", "2025年2月", " 2025-2 "])
def test_ways_of_writing_a_month(text):
    assert Month.parse(text) == Month(2025, 2)


@pytest.mark.parametrize("text", ["2025-13", "2025-00", "25-02", "2025-02-01", "February", ""])
def test_what_is_not_a_month(text):
    with pytest.raises(ValueError, match="无法识别的统计月份"):
        Month.parse(text)


def test_ends_are_exclusive_instants():
    assert Month(2024, 2).end == datetime(2024, 3, 1)          # 24:00 of 29 February (a leap year)
    assert Month(2024, 12).end == datetime(2025, 1, 1)
    assert Month(2025, 7).year_start == datetime(2025, 1, 1)


def test_trailing_months_cross_the_year():
    months = Month(2025, 2).trailing(12)
    assert [m.iso for m in (months[0], months[10], months[11])] == ["2024-03", "2025-01", "2025-02"]
    assert len(months) == 12 and months == sorted(months)
    assert [Month(2025, 1).short, Month(2025, 2).short] == ["2025年1月", "2月"]
