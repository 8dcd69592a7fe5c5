"""JSON report: {"summary": {...}, "findings": [...], "unreadable": [...]}, one finding per line.

Findings are written one at a time so that hundreds of thousands of them never become one giant string.
"""

from __future__ import annotations

import json
from typing import TextIO

import orjson

from .common import Report

# orjson encodes a finding about eight times faster than json (~45k findings per million cases); datetimes go
# through `default` as json's str() would write them, and text it refuses (lone surrogates) falls back to json.
_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_NON_STR_KEYS


def _dumps(value) -> str:
    try:
        return orjson.dumps(value, default=str, option=_OPTIONS).decode()
    except orjson.JSONEncodeError:
        return json.dumps(value, ensure_ascii=False, default=str)


def _array(stream: TextIO, items) -> None:
    first = True
    for item in items:
        stream.write("\n  " if first else ",\n  ")
        stream.write(_dumps(item))
        first = False
    stream.write("]" if first else "\n]")


def write(stream: TextIO, report: Report) -> None:
    stream.write('{"summary": ')
    stream.write(json.dumps(report.summary, ensure_ascii=False, default=str, indent=2))
    stream.write(',\n"findings": [')
    _array(stream, report.findings())
    stream.write(',\n"unreadable": [')
    _array(stream, report.unreadable())
    stream.write("}\n")
