"""Audit reports: text, JSON, CSV, HTML, JUnit XML and an XLSX workbook from one audit's plain data.

    write_report("html", result.summary(), result.findings, result.unreadable, Path("report.html"))

Every format masks personal data from the export unless `show_personal_data`, says how many rows
were read, audited and unreadable, and is written atomically when it goes to a file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from . import csvout, html, jsonout, junit, text
from .common import Report
from .masking import mask
from .output import open_output


def _xlsx(stream, report: Report) -> None:
    from . import xlsx   # openpyxl is loaded only for the workbook

    xlsx.write(stream, report)


# format -> (writer, writes bytes, newline translation for the file)
_WRITERS = {
    "text": (text.write, False, None),
    "json": (jsonout.write, False, None),
    "csv": (csvout.write, False, ""),     # the csv module writes its own \r\n line ends
    "html": (html.write, False, None),
    "junit": (junit.write, True, None),
    "xlsx": (_xlsx, True, None),
}
FORMATS = tuple(_WRITERS)

__all__ = ["FORMATS", "Report", "mask", "write_report"]


def write_report(fmt: str, summary: dict, findings: Iterable[dict], unreadable: Iterable[dict],
                 output: Path | None = None, *, show_personal_data: bool = False) -> None:
    """Write the report in `fmt` to `output` (atomically), or to stdout when `output` is None."""
    try:
        writer, binary, newline = _WRITERS[fmt]
    except KeyError:
        raise ValueError(f"未知的报告格式：{fmt}（可选：{'、'.join(FORMATS)}）") from None
    report = Report(summary, findings, unreadable, show_personal_data=show_personal_data)
    with open_output(output, binary=binary, newline=newline) as stream:
        writer(stream, report)
