"""What every reader returns or raises, and the few helpers they share.

A reader turns one export into a DuckDB table of VARCHAR columns (headers as written) plus `_row`, the row
number a person sees in the file. Every record it meets is either in that table or listed as unreadable, so
`rows in table + unreadable rows == rows_read` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


ROW = "_row"  # reserved column: the row number a person sees in the export


@dataclass(frozen=True)
class Unreadable:
    row: int | None       # row as the person sees it (None when the record has no position)
    column: str | None    # header of the offending column, when known
    reason: str           # Chinese, for auditors


@dataclass
class ReadResult:
    format: str
    columns: list[str]
    rows_read: int = 0
    unreadable: list[Unreadable] = field(default_factory=list)
    encoding: str | None = None    # CSV only: the encoding the file was read with
    sheet: str | None = None       # XLSX only: the sheet that was read

    @property
    def rows_loaded(self) -> int:
        return self.rows_read - len(self.unreadable)


class ExportError(Exception):
    """A file that cannot be read at all. Its message is Chinese and names file, row and column where known."""

    def __init__(self, path, row: int | None = None, column: str | None = None, message: str = "无法读取"):
        self.path = str(path)
        self.row = row
        self.column = column
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = [f"文件 {self.path}"]
        if self.row is not None:
            where.append(f"第 {self.row} 行")
        if self.column is not None:
            where.append(f"列「{self.column}」")
        return "，".join(where) + "：" + self.message


def quote_ident(name: str) -> str:
    """A SQL identifier for DuckDB, whatever the header holds."""
    return '"' + name.replace('"', '""') + '"'


def unique_headers(raw: list[str | None], blank_name) -> list[str]:
    """Headers as written, made usable as column names: blanks named by position, duplicates numbered.

    DuckDB compares column names case-insensitively, so duplicates are found case-insensitively too, and
    the reserved `_row` is never taken by an export's own column. A NUL is dropped: DuckDB takes names
    as C strings and would cut the name there, so the column would not be found under the name reported.
    """
    seen = {ROW.lower()}
    names = []
    for index, header in enumerate(raw):
        name = (header or "").replace("\x00", "").strip() or blank_name(index)
        candidate, n = name, 2
        while candidate.lower() in seen:
            candidate, n = f"{name}_{n}", n + 1
        seen.add(candidate.lower())
        names.append(candidate)
    return names


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


class TableWriter:
    """Streams records into a DuckDB table in Arrow batches; columns may appear as the file goes on.

    Used by the readers whose rows pass through Python anyway (XML, XES, the JSON fallback); the batch size
    bounds memory whatever the file's length. The table's columns are always those seen so far, then `_row`.
    """

    def __init__(self, con, table: str, batch_rows: int = 20_000):
        self.con = con
        self.table = table
        self.batch_rows = batch_rows
        self.columns: list[str] = []       # in order of first appearance
        self._created = 0                  # columns[:_created] are in the table
        self._pending: list[tuple[dict, int]] = []
        self._name_of: dict[str, str] = {}
        self._used_lower = {ROW.lower()}
        con.execute(f"DROP TABLE IF EXISTS {quote_ident(table)}")
        con.execute(f"CREATE TABLE {quote_ident(table)} ({quote_ident(ROW)} BIGINT)")

    def name_for(self, key: str) -> str:
        """The column for a key. Keys that DuckDB would confuse (equal but for case) get numbered names."""
        name = self._name_of.get(key)
        if name is None:
            name, n = key, 2
            while name.lower() in self._used_lower:
                name, n = f"{key}_{n}", n + 1
            self._used_lower.add(name.lower())
            self._name_of[key] = name
            self.columns.append(name)
        return name

    def add(self, record: dict[str, str | None], row: int) -> None:
        """`record` is keyed by column names from `name_for`."""
        self._pending.append((record, row))
        if len(self._pending) >= self.batch_rows:
            self.flush()

    def _add_columns(self) -> None:
        """Add every column first seen since the last call, in one statement whatever their number.

        An ALTER TABLE per name cost a statement (and a pass over the table) per name: thousands for a
        hostile file. Rebuilding the table is free while it is empty, which is when nearly all names appear.
        """
        if self._created == len(self.columns):
            return
        t = quote_ident(self.table)
        select = [quote_ident(c) for c in self.columns[:self._created]]
        select += [f"CAST(NULL AS VARCHAR) AS {quote_ident(c)}" for c in self.columns[self._created:]]
        self.con.execute(f"CREATE OR REPLACE TABLE {t} AS SELECT {', '.join(select)}, {quote_ident(ROW)} FROM {t}")
        self._created = len(self.columns)

    def flush(self) -> None:
        if not self._pending:
            return
        self._add_columns()
        # only the batch's own columns: INSERT BY NAME leaves the others NULL, and a sparse batch stays small
        import pyarrow as pa  # imported where used: it costs a small audit a fifth of a second
        present = set().union(*(rec.keys() for rec, _ in self._pending))
        arrays = {name: pa.array([rec.get(name) for rec, _ in self._pending], pa.string())
                  for name in self.columns if name in present}
        arrays[ROW] = pa.array([row for _, row in self._pending], pa.int64())
        batch = pa.table(arrays)
        self.con.register("_ck_batch", batch)
        try:
            self.con.execute(f"INSERT INTO {quote_ident(self.table)} BY NAME SELECT * FROM _ck_batch")
        finally:
            self.con.unregister("_ck_batch")
        self._pending.clear()

    def close(self) -> list[str]:
        self.flush()
        self._add_columns()  # names met without a record to flush
        return list(self.columns)


def check_path(path) -> Path:
    path = Path(path)
    if not path.exists():
        raise ExportError(path, message="文件不存在")
    if not path.is_file():
        raise ExportError(path, message="不是文件")
    return path
