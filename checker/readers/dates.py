"""Dates and times as real exports write them, parsed the same way in Python and in DuckDB SQL.

Accepted (surrounding spaces, tabs and ideographic spaces ignored):
- ISO and its cousins: `2025-03-04`, `2025-03-04 09:05`, `2025-03-04T09:05:00.123`, `2025-3-4 9:05`,
  `2025/3/4 9:05`, `2025.03.04`, with an optional zone `Z`, `+08:00` or `+0800`;
- Chinese: `2025年3月4日`, `2025年3月4日 09:05`, `2025年3月4日9时5分`, `2025年3月4日 9点05分30秒`;
- compact digits: `20250304`, `202503040905`, `20250304090500`;
- Excel serial numbers: `45720`, `45720.375` (days since 1899-12-30, time as the fraction, rounded to the second).

Every result is a naive datetime in the audit's zone: China Standard Time (UTC+8, no daylight saving since
1991) unless a mapping profile says `time_zone`. The deadlines are counted on the organisation's calendar in
that zone, so a time written with another zone is converted to it; a time without one is taken as written. Results outside
1900-2199 are rejected as typos rather than guessed.

One grammar drives both `parse_datetime` (Python `re`) and `datetime_sql` (DuckDB's RE2): the patterns use
only what both engines read alike, and the tests compare the two on the same samples.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

LOCAL_OFFSET_MINUTES = 8 * 60          # China Standard Time: the default zone of an audit
EXCEL_EPOCH = datetime(1899, 12, 30)   # serial 0; absorbs Excel's 1900 leap-year bug for serials >= 61
YEAR_MIN, YEAR_MAX = 1900, 2199
SERIAL_MIN = 10000                     # 1927-05-18: smaller numbers are more likely typos than dates
SERIAL_MAX = (date(YEAR_MAX + 1, 1, 1) - EXCEL_EPOCH.date()).days

_SPACE = " \t\u3000"
_WS = "[ \t\u3000]"
_TIME = (
    "([0-9]{1,2})[:时点]([0-9]{1,2})"
    "(?:[:分]([0-9]{1,2})(?:[.,]([0-9]{1,9}))?)?[分秒]?"
    f"{_WS}*(Z|[+-][0-9]{{2}}:?[0-9]{{2}})?"
)
MAIN_PATTERN = (
    "([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})"
    f"(?:日|(?:日{_WS}*|T|{_WS}+){_TIME})?"
)
MAIN_GROUPS = ["y", "mo", "d", "h", "mi", "s", "f", "tz"]
COMPACT_PATTERN = "([0-9]{4})([0-9]{2})([0-9]{2})(?:([0-9]{2})([0-9]{2})([0-9]{2})?)?"
COMPACT_GROUPS = ["y", "mo", "d", "h", "mi", "s"]
SERIAL_PATTERN = "[0-9]{5,7}(?:[.][0-9]+)?"
# Strict ISO (what most systems export): DuckDB's own cast reads it exactly as the grammar does, forty times faster
ISO_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}(?: (?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?)?"

_MAIN = re.compile(MAIN_PATTERN)
_COMPACT = re.compile(COMPACT_PATTERN)
_SERIAL = re.compile(SERIAL_PATTERN)


def parse_datetime(text, local_offset: int = LOCAL_OFFSET_MINUTES) -> datetime | None:
    """The moment `text` names, as a naive datetime in the zone `local_offset` minutes east of UTC (China's by
    default), or None when it is not a date we read."""
    if text is None:
        return None
    if isinstance(text, datetime):
        return text
    if isinstance(text, date):
        return datetime(text.year, text.month, text.day)
    s = str(text).strip(_SPACE)
    result = None
    if m := _MAIN.fullmatch(s):
        result = _from_parts(*m.groups(), local_offset=local_offset)
    elif m := _COMPACT.fullmatch(s):
        result = _from_parts(*m.groups(), None, None)
    elif _SERIAL.fullmatch(s):
        result = _from_serial(float(s))
    if result is None or not YEAR_MIN <= result.year <= YEAR_MAX:
        return None
    return result


def _num(part: str | None) -> int:
    return int(part) if part else 0


def _from_parts(y, mo, d, h, mi, s, frac, tz, local_offset: int = LOCAL_OFFSET_MINUTES) -> datetime | None:
    hour, minute, second = _num(h), _num(mi), _num(s)
    if hour > 23 or minute > 59 or second > 59:
        return None
    micro = int((frac + "000000")[:6]) if frac else 0
    try:
        value = datetime(int(y), int(mo), int(d), hour, minute, second, micro)
    except ValueError:
        return None
    if tz:
        value += timedelta(minutes=local_offset - _offset_minutes(tz))
    return value


def zone_offset(zone: str) -> int:
    """Minutes east of UTC of a zone written `+08:00` (a mapping profile's `time_zone`)."""
    return _offset_minutes(zone)


def zone_label(offset: int) -> str:
    sign = "-" if offset < 0 else "+"
    return f"UTC{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"


def _offset_minutes(tz: str) -> int:
    if tz == "Z":
        return 0
    sign = -1 if tz[0] == "-" else 1
    return sign * (int(tz[1:3]) * 60 + int(tz[-2:]))


def _from_serial(serial: float) -> datetime | None:
    if not SERIAL_MIN <= serial < SERIAL_MAX:
        return None
    return EXCEL_EPOCH + timedelta(seconds=int(serial * 86400 + 0.5))


def iso_datetime_sql(column_sql: str) -> str:
    """The fast path of `datetime_sql` alone: the TIMESTAMP of a strict ISO value, NULL for anything else.

    Most exports write ISO; checking first whether any value is left for the whole grammar saves binding
    it (tens of milliseconds per column, more than parsing 100k ISO values).
    """
    v = f"CAST(({column_sql}) AS VARCHAR)"
    return f"CASE WHEN {_is_iso(v)} THEN TRY_CAST({v} AS TIMESTAMP) END"


def _is_iso(v: str) -> str:
    return f"regexp_full_match({v}, '{ISO_PATTERN}') AND {v} BETWEEN '{YEAR_MIN}' AND '{YEAR_MAX + 1}'"


# Numeric dates written day-first (29/2/2016) or month-first (8/25/2023) are read only when the export says
# which (a profile's `date_order`); they are rewritten year-first for the grammar. Unsaid, they stay unreadable:
# 3/4/2025 is the 3rd of April in one country and the 4th of March in another.
DATE_ORDERS = {"day_first": r"\3-\2-\1", "month_first": r"\3-\1-\2"}
DAY_MONTH_YEAR = r"^[ \t]*([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})"


def reordered_sql(column_sql: str, order: str | None) -> str:
    """`column_sql` with a leading day-first or month-first date rewritten year-first (`order`: a DATE_ORDERS
    key; anything else leaves the text as it is)."""
    if order not in DATE_ORDERS:
        return column_sql
    return f"regexp_replace(CAST(({column_sql}) AS VARCHAR), '{DAY_MONTH_YEAR}', '{DATE_ORDERS[order]}')"


def order_hint(raw) -> str:
    """A hint for a value that may be a day-first or month-first date the export did not declare."""
    if raw is not None and re.match(DAY_MONTH_YEAR, str(raw)):
        return "（日/月/年或月/日/年顺序的日期：请在映射文件中写 date_order: day_first 或 month_first）"
    return ""


def datetime_sql(column_sql: str, local_offset: int = LOCAL_OFFSET_MINUTES) -> str:
    """A DuckDB expression giving the TIMESTAMP that `column_sql` (an already quoted expression) names, or NULL;
    a time with a zone is converted to the zone `local_offset` minutes east of UTC.

    Set-based: the engine parses whole columns with it. Agrees with `parse_datetime` on every input.
    """
    main = _parts_sql(f"regexp_extract(s, '^(?:{MAIN_PATTERN})$', {_names(MAIN_GROUPS)})", has_zone=True,
                      local_offset=int(local_offset))
    compact = _parts_sql(f"regexp_extract(s, '^(?:{COMPACT_PATTERN})$', {_names(COMPACT_GROUPS)})",
                         has_zone=False)
    serial = (
        f"CASE WHEN regexp_full_match(s, '{SERIAL_PATTERN}') "
        f"AND CAST(s AS DOUBLE) >= {SERIAL_MIN} AND CAST(s AS DOUBLE) < {SERIAL_MAX} "
        f"THEN TIMESTAMP '1899-12-30 00:00:00' "
        f"+ to_seconds(CAST(floor(CAST(s AS DOUBLE) * 86400 + 0.5) AS BIGINT)) END"
    )
    parsed = f"coalesce({main}, {compact}, {serial})"
    grammar = (
        f"list_transform([trim(v, ' \t\u3000')], lambda s: "
        f"list_transform([{parsed}], lambda t: "
        f"CASE WHEN year(t) BETWEEN {YEAR_MIN} AND {YEAR_MAX} THEN t END)[1])[1]"
    )
    # Empty cells and strict ISO skip the grammar (most cells of a real export are one or the other); written
    # out rather than bound by a lambda, which alone would cost as much as the fast path.
    v = f"CAST(({column_sql}) AS VARCHAR)"
    return (f"CASE WHEN {v} IS NULL THEN NULL WHEN {_is_iso(v)} THEN TRY_CAST({v} AS TIMESTAMP) "
            f"ELSE list_transform([{v}], lambda v: {grammar})[1] END")


def _names(groups: list[str]) -> str:
    return "[" + ", ".join(f"'{g}'" for g in groups) + "]"


def _parts_sql(extract: str, has_zone: bool, local_offset: int = LOCAL_OFFSET_MINUTES) -> str:
    def num(field):
        return f"coalesce(CAST(nullif(r.{field}, '') AS INTEGER), 0)"

    stamp = (
        f"try(make_timestamp(CAST(r.y AS BIGINT), CAST(r.mo AS BIGINT), CAST(r.d AS BIGINT), "
        f"{num('h')}, {num('mi')}, {num('s')}))"
    )
    if has_zone:
        stamp = (
            f"({stamp} + to_microseconds(CASE WHEN r.f = '' THEN 0 "
            f"ELSE CAST(rpad(left(r.f, 6), 6, '0') AS BIGINT) END))"
        )
        offset = (
            "CASE WHEN r.tz = 'Z' THEN 0 "
            "ELSE (CASE WHEN left(r.tz, 1) = '-' THEN -1 ELSE 1 END) "
            "* (CAST(substr(r.tz, 2, 2) AS INTEGER) * 60 + CAST(right(r.tz, 2) AS INTEGER)) END"
        )
        stamp = (
            f"CASE WHEN r.tz = '' THEN {stamp} "
            f"ELSE {stamp} + to_minutes({local_offset} - ({offset})) END"
        )
    valid = f"r.y <> '' AND {num('h')} <= 23 AND {num('mi')} <= 59 AND {num('s')} <= 59"
    return f"list_transform([{extract}], lambda r: CASE WHEN {valid} THEN {stamp} END)[1]"
