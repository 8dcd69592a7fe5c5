"""JSON exports: an array of objects (`[{...}, {...}]`) or JSON Lines (one object per line).

DuckDB parses the objects (`read_json_objects`); keys become columns in order of first appearance, values
text (nested objects and arrays as JSON text, `null` as empty). The row a person sees is the array index + 1,
or the line in a JSON Lines file. An element that is not an object, or a line that is not valid JSON, is
listed as unreadable; a broken array is an ExportError, since nothing after the break can be located.
"""

from __future__ import annotations

import json
import re
import shutil
import uuid
from json.decoder import scanstring
from json.scanner import NUMBER_RE
from pathlib import Path

import duckdb
import numpy as np

from .base import ROW, ExportError, ReadResult, Unreadable, check_path, quote_ident, unique_headers
from .csvfile import attach_rows
from .encoding import detect_encoding, make_workdir, needs_copy, utf8_copy
from .records import scan_lines


def json_kind(path: Path) -> str:
    """'json' for an array, 'jsonl' for one value per line, judged from the first non-blank character."""
    with open(path, "rb") as f:
        head = f.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"["):
        return "json"
    return "jsonl"


def read_json_export(path, con, table: str = "raw", encoding: str | None = None) -> ReadResult:
    path = check_path(path)
    kind = json_kind(path)
    workdir = make_workdir()
    try:
        encoding = encoding or detect_encoding(path)
        source = utf8_copy(path, encoding, False, workdir) if needs_copy(encoding) else path
        if kind == "jsonl":
            _refuse_wrapped_object(path, source)
        result = _load(path, source, con, table, kind)
        result.encoding = encoding
        return result
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _refuse_wrapped_object(path: Path, source: Path) -> None:
    """A single object spread over lines (`{"data": [...]}`) is not JSON Lines: say so instead of N errors."""
    with open(source, encoding="utf-8", errors="replace") as f:
        first = next((line for line in f if line.strip()), "")
    # a lone `{` is never valid JSON, so no parse is needed (and json.loads would recurse on a deep line)
    if first.lstrip("\ufeff").strip() == "{":
        raise ExportError(path, 1, message="JSON 顶层是一个对象：请导出为对象数组，"
                                           "或每行一个对象的 JSON Lines")


def _load(path: Path, source: Path, con, table: str, kind: str) -> ReadResult:
    tag = uuid.uuid4().hex[:12]
    objects = f"_ck_json_{tag}"
    fmt = "array" if kind == "json" else "newline_delimited"
    target = quote_ident(table)
    con.execute(f"DROP TABLE IF EXISTS {target}")
    try:
        try:
            con.execute(f"CREATE TEMP TABLE {objects} AS SELECT j FROM read_json_objects(?, format=?, "
                        f"ignore_errors=?, maximum_object_size=?) t(j)",
                        [str(source), fmt, kind == "jsonl", 64 << 20])
        except (duckdb.Error, UnicodeDecodeError) as err:
            # DuckDB quotes the file in its message; its Python binding fails to decode undecodable bytes there
            raise _fatal(path, source, err) from None
        total = con.execute(f"SELECT count(*) FROM {objects}").fetchall()[0][0]
        if kind == "json":
            rows = np.arange(1, total + 1, dtype=np.int64)
        else:
            lines = scan_lines(source)
            rows = lines.lines[~lines.blank]
            if len(rows) != total:
                raise ExportError(path, message="无法确定 JSON Lines 中每条记录所在的行号")
        # rowid of the staging table is the record's ordinal; _row maps it to what a person sees
        attach_rows(con, objects, rows)

        keys = [k for (k,) in con.execute(
            f"SELECT key FROM (SELECT {ROW} AS r, unnest(json_keys(j)) AS key, "
            f"generate_subscripts(json_keys(j), 1) AS pos FROM {objects} WHERE json_type(j) = 'OBJECT') "
            f"GROUP BY key ORDER BY min(r * 1000000 + pos)").fetchall()]
        columns = unique_headers(keys, lambda i: f"列{i + 1}")
        select = ", ".join(f"json_extract_string(j, ?) AS {quote_ident(c)}" for c in columns)
        pointers = ["/" + k.replace("~", "~0").replace("/", "~1") for k in keys]
        con.execute(f"CREATE TABLE {target} AS SELECT {select}{', ' if select else ''}{ROW} FROM {objects} "
                    f"WHERE json_type(j) = 'OBJECT' ORDER BY {ROW}", pointers)
        bad = con.execute(f"SELECT {ROW}, j IS NULL FROM {objects} WHERE j IS NULL OR json_type(j) <> 'OBJECT' "
                          f"ORDER BY {ROW}").fetchall()
    except BaseException:
        con.execute(f"DROP TABLE IF EXISTS {target}")
        raise
    finally:
        con.execute(f"DROP TABLE IF EXISTS {objects}")
    unreadable = [Unreadable(row, None, "不是有效的 JSON" if invalid else "不是 JSON 对象（应为 {…}）")
                  for row, invalid in bad]
    return ReadResult(format=kind, columns=columns, rows_read=total, unreadable=unreadable)


PRECISE_ERROR_BYTES = 256 << 20


def _fatal(path: Path, source: Path, err: Exception) -> ExportError:
    """DuckDB says what is wrong but not where in the file; Python's parser says where, for files it can hold."""
    if source.stat().st_size <= PRECISE_ERROR_BYTES:
        try:
            text = source.read_bytes().decode("utf-8-sig")
            try:
                json.loads(text)                  # fast, in C; recursive, so it gives up on deep nesting
            except RecursionError:
                _check_json(text)                 # the same errors, found with a list as the stack
        except UnicodeDecodeError:
            return ExportError(path, message="JSON 文件含有无法按 UTF-8 解码的字节")
        except json.JSONDecodeError as bad:
            reason = _REASON.get(bad.msg, bad.msg)
            return ExportError(path, bad.lineno, message=f"JSON 格式错误：第 {bad.colno} 个字符处{reason}")
    detail = re.sub(r' in file "[^"]*"', "", (str(err).strip().splitlines() or ["?"])[0])
    return ExportError(path, message=f"JSON 格式错误（{detail[:200]}）")


_SPACE = re.compile(r"[ \t\n\r]*")
_LITERAL = re.compile(r"null|true|false|NaN|Infinity|-Infinity")


def _check_json(text: str) -> None:
    """Raise json.JSONDecodeError where json.loads would (same message and position), keeping the open
    brackets on a list instead of recursing: a file nested 100,000 deep must not exhaust Python's stack.
    Several times slower than json.loads, hence only its fallback."""
    closers = []                                   # the bracket each open container waits for
    pos = _SPACE.match(text).end()
    while True:
        # a value
        ch = text[pos:pos + 1]
        if ch == '"':
            pos = scanstring(text, pos + 1)[1]
        elif ch in ("[", "{"):
            closers.append("]" if ch == "[" else "}")
            pos = _SPACE.match(text, pos + 1).end()
            if text[pos:pos + 1] == closers[-1]:   # empty container: a complete value
                closers.pop()
                pos += 1
            elif ch == "{":
                pos = _past_key(text, pos)
                continue
            else:
                continue
        elif match := NUMBER_RE.match(text, pos) or _LITERAL.match(text, pos):
            pos = match.end()
        else:
            raise json.JSONDecodeError("Expecting value", text, pos)
        # after a value: the end of the text, a comma, or the close of one or more containers
        while True:
            pos = _SPACE.match(text, pos).end()
            if not closers:
                if pos != len(text):
                    raise json.JSONDecodeError("Extra data", text, pos)
                return
            ch = text[pos:pos + 1]
            if ch == closers[-1]:
                closers.pop()
                pos += 1
            elif ch == ",":
                pos = _SPACE.match(text, pos + 1).end()
                if closers[-1] == "}":
                    pos = _past_key(text, pos)
                break
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)


def _past_key(text: str, pos: int) -> int:
    """From a property name to the start of its value."""
    if text[pos:pos + 1] != '"':
        raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, pos)
    pos = _SPACE.match(text, scanstring(text, pos + 1)[1]).end()
    if text[pos:pos + 1] != ":":
        raise json.JSONDecodeError("Expecting ':' delimiter", text, pos)
    return _SPACE.match(text, pos + 1).end()


_REASON = {
    "Expecting value": "缺少值",
    "Expecting property name enclosed in double quotes": "缺少用双引号括起的键名",
    "Expecting ',' delimiter": "缺少逗号",
    "Expecting ':' delimiter": "缺少冒号",
    "Extra data": "有多余内容",
    "Unterminated string starting at": "字符串没有结束",
}
