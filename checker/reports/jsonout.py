"""JSON report: {"summary": {...}, "findings": [...], "unreadable": [...]}, one finding per line.

Findings are written one at a time so that hundreds of thousands of them never become one giant string.
"""

from __future__ import annotations

import json
from typing import TextIO

from .common import Report


_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)   # json.dumps with options builds one per call


def _dumps(value, **kw) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, **kw) if kw else _ENCODER.encode(value)


def _array(stream: TextIO, items) -> None:
    first = True
    for item in items:
        stream.write("\n  " if first else ",\n  ")
        stream.write(_dumps(item))
        first = False
    stream.write("]" if first else "\n]")


def write(stream: TextIO, report: Report) -> None:
    stream.write('{"summary": ')
    stream.write(_dumps(report.summary, indent=2))
    stream.write(',\n"findings": [')
    _array(stream, report.findings())
    stream.write(',\n"unreadable": [')
    _array(stream, report.unreadable())
    stream.write("}\n")
