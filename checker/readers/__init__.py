"""The checker's input layer: every export format into one DuckDB table of text columns plus `_row`.

    result = read_export(path, con, table="raw", sheet=None, encoding=None)

creates `table` with each column of the export as VARCHAR under its header as written, and `_row` BIGINT, the
row a person sees (spreadsheet row with the header as row 1; the physical line where a CSV record starts;
array index + 1 in JSON, the line in JSON Lines and the start-tag line in XML/XES). Rows in the table plus
`result.unreadable` always equal `result.rows_read`. A file that cannot be read at all raises ExportError.

Event logs: `read_event_log` (long form: case, activity, time, resource, _row) and `pivot_events`
(one row per case: case_number, <step>_at, <step>_by, _row). Dates: `dates.parse_datetime` / `datetime_sql`.
"""

from __future__ import annotations

from pathlib import Path

from .base import ROW, ExportError, ReadResult, Unreadable, check_path, quote_ident
from .eventlog import PivotResult, pivot_events, read_event_log

__all__ = ["ROW", "read_export", "project_table", "read_event_log", "pivot_events", "detect_format", "ReadResult",
           "Unreadable", "ExportError", "PivotResult"]

_BY_SUFFIX = {
    ".csv": "csv", ".tsv": "csv", ".txt": "csv",
    ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "xml", ".xes": "xes",
}


def detect_format(path) -> str:
    """csv, xlsx, xls, json, jsonl, xml or xes: from the file name, else from the first bytes."""
    path = Path(path)
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    if suffixes and suffixes[-1] in _BY_SUFFIX:
        kind = _BY_SUFFIX[suffixes[-1]]
        if kind == "xml" and _looks_like_xes(path):
            return "xes"
        return kind
    with open(path, "rb") as f:
        head = f.read(4096)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    if head.startswith(b"\x1f\x8b") or (head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")):
        return "xes" if _looks_like_xes(path) else "xml"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"["):
        return "json"
    if stripped.startswith(b"{"):
        return "jsonl"
    return "csv"


def _looks_like_xes(path: Path) -> bool:
    from .xmlsafe import open_xml

    try:
        with open_xml(path) as stream:
            head = stream.read(8192)
    except (OSError, EOFError):
        return False
    return b"<log" in head and (b"xes" in head.lower() or b"<trace" in head)


def read_export(path, con, table: str = "raw", sheet: str | None = None,
                encoding: str | None = None, element: str | None = None, project=None) -> ReadResult:
    """Load one export into `table`; see the module docstring for the contract.

    `project(headers, has_row) -> Projection`, if given, shapes the table instead: its query around the rows
    read (with `_row` among them when `has_row`) gives the table's columns, and `_row` is kept. CSV and XLSX
    apply it while loading (no second copy of a large export), the other formats right after.
    """
    import duckdb   # here, not at the top: the XLSX reader's child process imports this package, not DuckDB

    path = check_path(path)
    try:
        result = _read(path, con, table, sheet, encoding, element, project)
        if project is not None and result.format not in PROJECTED_WHILE_LOADING:
            project_table(con, table, list(result.columns), project)
        return result
    except OSError as err:  # unreadable file, full disk for the temporary copy, ...
        raise ExportError(path, message=f"无法读取文件（{err.strerror or err}）") from None
    except (duckdb.Error, UnicodeDecodeError) as err:  # the binding may fail to decode a message quoting the file
        detail = (str(err).strip().splitlines() or [type(err).__name__])[0]
        raise ExportError(path, message=f"读取失败（{detail[:200]}）") from None


PROJECTED_WHILE_LOADING = {"csv", "xlsx", "xls"}


def project_table(con, table: str, headers: list[str], project) -> None:
    """Reshape a loaded table (its export columns and `_row`) through `project`, as `read_export` describes."""
    from ..sql import Sql

    target = quote_ident(table)
    query = project(headers, True).around(Sql(f"(SELECT * FROM {target})"))
    con.execute(f"CREATE OR REPLACE TABLE {target} AS {query.text}", query.params)


def _read(path: Path, con, table: str, sheet, encoding, element, project) -> ReadResult:
    kind = detect_format(path)
    if kind == "csv":
        from .csvfile import read_csv_export
        return read_csv_export(path, con, table, encoding=encoding, project=project)
    if kind in ("xlsx", "xls"):
        from .xlsx import read_xlsx_export
        return read_xlsx_export(path, con, table, sheet=sheet, zipped=kind == "xlsx", project=project)
    if kind in ("json", "jsonl"):
        from .jsonfile import read_json_export
        return read_json_export(path, con, table, encoding=encoding)
    if kind == "xes":
        from .xes import read_xes_export
        return read_xes_export(path, con, table)
    from .xmlfile import read_xml_export
    return read_xml_export(path, con, table, element=element)
