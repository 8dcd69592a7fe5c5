"""CK107 duplicate-case: one case number on several records of the export (checked on every export)."""

from __future__ import annotations

from ..catalog.columns import ProcedureColumns
from ..sql import Sql, blank
from .base import Check, CompiledRule, Kind, select

KIND = Kind(
    "duplicate-case", "CK107", "案件编号重复", "error",
    "同一案件编号在导出数据中出现多次。",
    "案件编号 {actual} 重复出现（第 {expected} 行）",
)


def compile(pc: ProcedureColumns) -> list[CompiledRule]:
    # The repeated numbers first (a hash aggregate), so that only their cases are sorted by the window
    query = select(
        "case_number AS actual, CAST(first_row AS VARCHAR) AS expected FROM ("
        " SELECT _id, _file, _row, case_number, first_value(_row) OVER w AS first_row, row_number() OVER w AS k"
        " FROM audited WHERE case_number IN (SELECT case_number FROM audited WHERE NOT " + blank("case_number")
        + " GROUP BY case_number HAVING count(*) > 1)"
        " WINDOW w AS (PARTITION BY case_number ORDER BY _id)) WHERE k > 1")
    return [CompiledRule(KIND.slug, "case_number", "案件编号唯一", Sql(query), ["case_number"], None, "投诉编号")]


CHECK = Check(KIND, (), compile)
