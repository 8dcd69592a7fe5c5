"""XLSX exports: cached cell values via python-calamine, streamed into DuckDB as Arrow batches.

Two defences against decompression bombs, both before any cell is held in this process:
1. the ZIP directory's declared sizes and compression ratios are checked (cheap, catches the usual bomb);
2. calamine runs in a child process whose address space is capped (RLIMIT_AS). calamine builds a dense
   rectangle from the first to the last used cell, so two cells at A1 and XFD1048576 ask for billions of
   cells; in the child that allocation fails and the child dies, here it would take the machine down.
The child sends rows back as an Arrow IPC stream, which DuckDB consumes batch by batch, so this process
stays small and the parsing overlaps with loading.

Formulas are never evaluated: calamine reads the value Excel stored with the formula (none stored: empty).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import uuid
import zipfile
from pathlib import Path

import pyarrow as pa

from ..sql import SELECT_ALL, Sql
from .base import ExportError, ReadResult, check_path, quote_ident

MAX_TOTAL_BYTES = 4 << 30       # all entries together, as declared
MAX_RATIO = 500                 # uncompressed : compressed, for entries larger than RATIO_FLOOR
RATIO_FLOOR = 64 << 20
MAX_ENTRIES = 10_000
CHILD_MEMORY_MB = int(os.environ.get("CHECKER_XLSX_MEMORY_MB", "4096"))

EXIT_USER, EXIT_MEMORY = 3, 4   # the worker's exit codes (see xlsx_worker.py)


def check_zip(path: Path) -> None:
    """Refuse a file whose ZIP directory declares a decompression bomb; reads only the directory."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise ExportError(path, message=f"不是有效的 XLSX 文件（无法按 ZIP 打开：{err}）") from None
    if len(infos) > MAX_ENTRIES:
        raise ExportError(path, message=f"XLSX 内含 {len(infos)} 个文件，超过上限 {MAX_ENTRIES}，拒绝读取")
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise ExportError(path, message=f"XLSX 解压后共 {total >> 20} MB，超过上限 {MAX_TOTAL_BYTES >> 20} MB，"
                                        "疑似解压炸弹，拒绝读取")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise ExportError(path, message=f"XLSX 中的「{info.filename}」解压后 {info.file_size >> 20} MB，"
                                            f"压缩比 {ratio:.0f}:1，疑似解压炸弹，拒绝读取")
    if not any(info.filename == "xl/workbook.xml" for info in infos):
        raise ExportError(path, message="不是有效的 XLSX 文件（缺少 xl/workbook.xml）")


def read_xlsx_export(path, con, table: str = "raw", sheet: str | None = None, zipped: bool = True,
                     project=None) -> ReadResult:
    """`zipped` False: a legacy .xls (no ZIP directory to check; the child's memory cap still applies)."""
    path = check_path(path)
    if zipped:
        check_zip(path)
    target = quote_ident(table)
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(
            [sys.executable, "-m", "checker.readers.xlsx_worker", str(path), sheet or "", str(CHILD_MEMORY_MB)],
            stdout=subprocess.PIPE, stderr=errors, stdin=subprocess.DEVNULL,
        )
        view = f"_ck_xlsx_{uuid.uuid4().hex[:12]}"
        con.execute(f"DROP TABLE IF EXISTS {target}")
        try:
            reader = pa.ipc.open_stream(proc.stdout)
            meta = {k.decode(): v.decode() for k, v in (reader.schema.metadata or {}).items()}
            con.register(view, reader)
            query = (project(json.loads(meta["columns"]), True) if project else SELECT_ALL).around(Sql(view))
            con.execute(f"CREATE TABLE {target} AS {query.text}", query.params)
        except Exception as err:  # the child died or sent garbage: its exit code and stderr say why
            _drop(con, target)
            code = proc.wait()
            raise _child_error(path, code, errors, err) from None
        finally:
            try:
                con.unregister(view)
            except Exception:
                pass
            proc.stdout.close()
        code = proc.wait()
        if code != 0:
            _drop(con, target)
            raise _child_error(path, code, errors, None)
    rows = con.execute(f"SELECT count(*) FROM {target}").fetchall()[0][0]
    return ReadResult(format="xlsx" if zipped else "xls", columns=json.loads(meta["columns"]), rows_read=rows,
                      sheet=meta["sheet"])


def _drop(con, target: str) -> None:
    con.execute(f"DROP TABLE IF EXISTS {target}")


def _child_error(path: Path, code: int, errors, err) -> ExportError:
    errors.seek(0)
    text = errors.read().decode("utf-8", "replace")
    for line in reversed(text.strip().splitlines()):
        if line.startswith("{"):
            try:
                report = json.loads(line)
                return ExportError(path, report.get("row"), report.get("column"), report["message"])
            except (ValueError, KeyError):
                break
    if code == EXIT_MEMORY or code < 0 or "memory allocation" in text:
        return ExportError(path, message=f"读取工作表所需内存超过上限 {CHILD_MEMORY_MB} MB（单元格范围过大，"
                                         "疑似解压炸弹），拒绝读取")
    detail = (text.strip().splitlines() or [str(err or code)])[-1][:200]
    return ExportError(path, message=f"XLSX 无法读取（{detail}）")
