"""CSV exports: DuckDB reads them set-based; this module decides how, and accounts for every record.

Steps: detect the encoding (and copy to UTF-8 when DuckDB cannot read it as is), sniff the delimiter from
the header, let DuckDB's `read_csv` load all columns as VARCHAR while it stores rejected records (wrong column
count, undecodable bytes, broken quoting) in a rejects table, then give each loaded record the physical line
where it starts (see records.py), computed from its rowid. No per-row Python objects for loaded rows.

With a projection (the audit's mapping), DuckDB decodes only the columns it selects: undecodable bytes in a
column nobody reads do not make the record unreadable.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import shutil
import uuid
from pathlib import Path

import duckdb
import numpy as np

from ..sql import SELECT_ALL, Sql
from .base import ROW, ExportError, ReadResult, Unreadable, check_path, quote_ident, unique_headers
from .encoding import DISPLAY, detect_encoding, make_workdir, needs_copy, not_text, utf8_copy
from .records import Records, scan_exact, scan_fast

DELIMITERS = [",", "\t", ";", "|"]
HEADER_BYTES = 1 << 20
# A record longer than this is listed as unreadable. DuckDB sizes its read buffers from it: 16 MB made a 5M-row
# audit need more than its 512 MB memory limit; no complaint record comes near 2 MB.
MAX_LINE_BYTES = 2 << 20


def read_csv_export(path, con, table: str = "raw", encoding: str | None = None,
                    fmt: str = "csv", project=None) -> ReadResult:
    path = check_path(path)
    detected = not encoding
    if encoding:
        try:
            encoding = codecs.lookup(encoding).name
        except LookupError:
            raise ExportError(path, message=f"不认识的编码「{encoding}」") from None
        encoding = {"gbk": "gb18030", "gb2312": "gb18030", "utf-8": "utf-8"}.get(encoding, encoding)
    else:
        encoding = detect_encoding(path)
    sample = _head(path)
    # A picture or archive named .csv would otherwise be "read" as text and fail later, as a missing column
    reason = not_text(sample, encoding, detected)
    if reason:
        raise ExportError(path, message=reason)
    workdir = make_workdir()
    try:
        cr_only = b"\r" in sample and b"\n" not in sample
        source = utf8_copy(path, encoding, cr_only, workdir) if needs_copy(encoding) or cr_only else path
        try:
            return _load(path, source, con, table, encoding, fmt, project, retry=not cr_only)
        except _Retry:
            # DuckDB's strict parser gives up on mixed line ends; read a copy with uniform LF instead
            source = utf8_copy(path, encoding, True, workdir)
            return _load(path, source, con, table, encoding, fmt, project, retry=False)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


class _Retry(Exception):
    pass


def _head(path: Path, size: int = HEADER_BYTES) -> bytes:
    with open(path, "rb") as f:
        return f.read(size)


def _header(path: Path, source: Path, header_line_hint: int) -> tuple[list[str], str]:
    """The header row and the delimiter, sniffed from the first records."""
    text = _head(source).decode("utf-8", "replace").removeprefix("\ufeff").lstrip("\r\n")
    delimiter = _sniff(text)
    try:
        raw = next(csv.reader(io.StringIO(text), delimiter=delimiter))
    except (StopIteration, csv.Error):
        raise ExportError(path, header_line_hint, message="无法读取表头") from None
    return unique_headers(raw, lambda i: f"列{i + 1}"), delimiter


def _sniff(text: str, records: int = 20) -> str:
    """The delimiter under which the header has most fields agreed on by the following records."""
    def score(delimiter: str) -> tuple[int, int]:
        counts = []
        try:
            for fields in csv.reader(io.StringIO(text), delimiter=delimiter):
                if fields:
                    counts.append(len(fields))
                if len(counts) >= records:
                    break
        except csv.Error:
            return (0, 0)
        if not counts or counts[0] < 2:
            return (0, 0)
        return (sum(1 for c in counts if c == counts[0]), counts[0])

    scores = {d: score(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: scores[d])  # ties go to the earlier, more common delimiter
    return best if scores[best] > (0, 0) else ","


def _load(path: Path, source: Path, con, table: str, encoding: str, fmt: str, project, retry: bool) -> ReadResult:
    records = scan_fast(source)
    nonblank = np.flatnonzero(~records.blank)
    if len(nonblank) == 0:
        raise ExportError(path, message="文件为空：没有表头，也没有数据")
    header_index = int(nonblank[0])
    columns, delimiter = _header(path, source, int(records.lines[header_index]))
    # DuckDB guesses the line end from the first CR or LF, even inside quotes; tell it when we know
    newline = None if records.crlf[header_index] else "\\n"

    tag = uuid.uuid4().hex[:12]
    rejects, scans = f"_ck_rej_{tag}", f"_ck_scan_{tag}"
    target = quote_ident(table)
    con.execute(f"DROP TABLE IF EXISTS {target}")
    try:
        try:
            scan = Sql(
                f"read_csv(?, auto_detect=false, columns=?, "
                f"header=true, skip=?, delim=?, quote='\"', escape='\"', strict_mode=true, "
                f"store_rejects=true, rejects_table=?, rejects_scan=?, max_line_size=?"
                f"{', new_line=?' if newline else ''})",
                [str(source), {c: "VARCHAR" for c in columns}, header_index, delimiter, rejects, scans,
                 MAX_LINE_BYTES, *([newline] if newline else [])],
            )
            query = (project(columns, False) if project else SELECT_ALL).around(scan)
            con.execute(f"CREATE TABLE {target} AS {query.text}", query.params)
        except duckdb.Error as err:
            if retry and "invalid state" in str(err):
                raise _Retry() from None
            raise _fatal(path, err, records) from None
        loaded = con.execute(f"SELECT count(*) FROM {target}").fetchall()[0][0]
        rejected = con.execute(
            f"SELECT line, arg_min(column_name, byte_position), arg_min(CAST(error_type AS VARCHAR), "
            f"byte_position), arg_min(error_message, byte_position) FROM {rejects} GROUP BY line ORDER BY line"
        ).fetchall()

        single = len(columns) == 1
        has_cr = records.has_cr
        mapping = _accepted_lines(records, header_index, loaded, rejected, single)
        if mapping is None:
            records = scan_exact(source, delimiter)
            mapping = _accepted_lines(records, header_index, loaded, rejected, single)
        if mapping is None and retry and has_cr:
            # DuckDB may take a CR among LF line ends as a line end of its own (a CR LF right after a LF is two
            # to it) without failing; a one-column file then has an extra empty record. Read a uniform-LF copy.
            raise _Retry()
        if mapping is None:
            raise ExportError(path, message="无法确定每条记录所在的行号（引号用法很不规范），请检查文件中的引号")
        attach_rows(con, table, mapping)
    except BaseException:
        con.execute(f"DROP TABLE IF EXISTS {target}")
        raise
    finally:
        for name in (rejects, scans):
            con.execute(f"DROP TABLE IF EXISTS {name}")

    unreadable = [_unreadable(records, line, column, kind, message, encoding, columns)
                  for line, column, kind, message in rejected]
    return ReadResult(format=fmt, columns=columns, rows_read=loaded + len(rejected), unreadable=unreadable,
                      encoding=encoding)


def attach_rows(con, table: str, rows: np.ndarray) -> None:
    """Add `_row` to a freshly loaded table: `rows[i]` belongs to the table's i-th row (its rowid).

    Usually the rows are an arithmetic run or a few runs (a multi-line field, a blank line, a rejected
    record each shift the rest), which an UPDATE computes from rowid; otherwise a join on rowid.
    """
    target = quote_ident(table)
    con.execute(f"ALTER TABLE {target} ADD COLUMN {ROW} BIGINT")
    if len(rows) == 0:
        return
    shift = rows - np.arange(len(rows), dtype=np.int64)
    starts = np.flatnonzero(np.diff(shift)) + 1
    if len(starts) <= 200:  # integers computed here, never text from the file
        expr = f"rowid + {int(shift[0])}"
        for start in starts:
            expr = f"CASE WHEN rowid >= {int(start)} THEN rowid + {int(shift[start])} ELSE {expr} END"
        con.execute(f"UPDATE {target} SET {ROW} = {expr}")
        return
    import pyarrow as pa  # imported where used: it costs a small audit a fifth of a second
    view = f"_ck_rows_{uuid.uuid4().hex[:12]}"
    con.register(view, pa.table({"i": np.arange(len(rows), dtype=np.int64), "r": rows}))
    try:
        con.execute(f"UPDATE {target} SET {ROW} = v.r FROM {view} v WHERE {target}.rowid = v.i")
    finally:
        con.unregister(view)


def _accepted_lines(records: Records, header_index: int, loaded: int, rejected: list,
                    single_column: bool) -> np.ndarray | None:
    """Lines of the loaded records in order, or None when this scan and DuckDB disagree on the records.

    DuckDB skips blank lines, except in a one-column file, where a blank line is an empty value.
    """
    data = np.ones(len(records), bool) if single_column else ~records.blank
    data[: header_index + 1] = False
    if int(data.sum()) != loaded + len(rejected):
        return None
    rejected_index = np.array([line - 1 for line, *_ in rejected], np.int64)
    if len(rejected_index) and (rejected_index.max() >= len(records) or not data[rejected_index].all()):
        return None
    data[rejected_index] = False
    return records.lines[data]


_FOUND = re.compile(r"Expected Number of Columns: (\d+) Found: (\d+)")


def _unreadable(records: Records, duck_line: int, column, kind: str, message: str, encoding: str,
                columns: list[str]) -> Unreadable:
    index = duck_line - 1
    row = int(records.lines[index])
    if kind in ("MISSING COLUMNS", "TOO MANY COLUMNS"):
        found = _FOUND.search(message or "")
        got = f"此行有 {found.group(2)} 列" if found else "此行列数不同"
        return Unreadable(row, None, f"列数不符：表头有 {len(columns)} 列，{got}")
    if kind == "INVALID ENCODING":
        return Unreadable(row, column, f"含有无法按 {DISPLAY.get(encoding, encoding)} 解码的字节")
    if kind == "UNQUOTED VALUE":
        last = int(records.lines[index + 1]) - 1 if index + 1 < len(records) else None
        if last is None or last > row:
            span = f"第 {row} 行至{'文件末尾' if last is None else f'第 {last} 行'}"
            return Unreadable(row, column, f"引号不配对：{span}被读成了一条记录，无法拆分")
        return Unreadable(row, column, "引号用法不规范：右引号后紧跟了其他字符")
    if kind == "LINE SIZE OVER MAXIMUM":
        return Unreadable(row, None, f"此行超过 {MAX_LINE_BYTES >> 20} MB，无法读取")
    return Unreadable(row, column, f"无法解析此行（{kind}）")


_LINE = re.compile(r"CSV Error on Line: (\d+)")


def _fatal(path: Path, err: duckdb.Error, records: Records) -> Exception:
    text = str(err)
    match = _LINE.search(text)
    row = None
    if match and 0 < int(match.group(1)) <= len(records):
        row = int(records.lines[int(match.group(1)) - 1])
    first = text.strip().splitlines()[0] if text.strip() else type(err).__name__
    return ExportError(path, row, message=f"CSV 无法解析（{first[:200]}）")
