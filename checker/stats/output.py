"""Write the statistics as HTML, XLSX or JSON, to a file (atomically) or to stdout."""

from __future__ import annotations

import json
from pathlib import Path

from ..reports.output import open_output
from . import html, xlsx

FORMATS = ("html", "xlsx", "json")


def _json(stream, stats: dict) -> None:
    json.dump(stats, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


_WRITERS = {"html": (html.write, False), "xlsx": (xlsx.write, True), "json": (_json, False)}


def format_for(output: Path | None, explicit: str | None) -> str:
    """The format asked for, else the output file's extension, else JSON."""
    if explicit:
        return explicit
    suffix = output.suffix.lower().lstrip(".") if output else ""
    return {"htm": "html", "html": "html", "xlsx": "xlsx"}.get(suffix, "json")


def write_stats(fmt: str, stats: dict, output: Path | None = None) -> None:
    try:
        writer, binary = _WRITERS[fmt]
    except KeyError:
        raise ValueError(f"未知的统计格式：{fmt}（可选：{'、'.join(FORMATS)}）") from None
    with open_output(output, binary=binary) as stream:
        writer(stream, stats)
