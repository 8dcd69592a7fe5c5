"""The case-number column found by its content where no header names it."""

from __future__ import annotations

from .draft import Draft, Entry
from .facts import ColumnFacts
from .words import WEAK_DATE_SHARE, _n, _show, norm


DUPLICATE_SHARE = 0.1   # repeated values a case-number column may have: each is a finding, not a sign of another column


ID_SUFFIXES = ("编号", "单号", "流水号", "编码", "号", "id", "no", "number", "code", "ref")


ROW_NUMBERS = ("序号", "行号", "顺序号")     # a spreadsheet's own row count, not a number given to a case
# numbers of things and people, not of a case, though each may differ on every row (a room complains once)
THING_NUMBERS = ("房号", "房间号", "门牌号", "车牌号", "手机号", "电话号", "身份证号", "证件号", "账号", "工号", "档口号",
                 "批号", "型号", "楼号", "床号", "卡号", "座号")


def _case_number_by_content(draft: Draft, headers: list[str], facts: dict[str, ColumnFacts], rows: int,
                            taken: set[str]) -> None:
    """No header is a name of the case number: the first column whose header ends like an identifier (问题编号, Ref
    No) and whose values are filled and different but for a few repeats (which the audit reports as duplicate cases);
    without it the audit refuses the export. A header merely like a name of it (订单号, close to 单号) yields to such a
    column before it: an export begins with its records' own number, and an order number refers to another record.
    A column named like it but blank on many rows (投诉单号, the number of a form some cases have) yields to any such
    column: every case has its number."""
    guessed = next((e for e in draft.columns if e.active and e.value == "case_number"), None)
    sparse = guessed is not None and facts[guessed.key].filled < (1 - DUPLICATE_SHARE) * rows
    if guessed is not None and guessed.named and not sparse:
        return
    mapped = {e.key for e in draft.columns if e.active and e is not guessed}
    before = headers if sparse else headers[:headers.index(guessed.key)] if guessed is not None else headers
    # a register typed up from paper may number its rows only (序号): with no other number, the audit would refuse
    # the export, so the row number is the case's, said so
    row_numbers = [h for h in before if norm(h) in ROW_NUMBERS] if guessed is None else []
    for header in [h for h in before if norm(h) not in ROW_NUMBERS] + row_numbers:
        f = facts[header]
        # 房号 mapped to the address stays; unmapped, it numbers a room, not a case
        said = norm(header).endswith(ID_SUFFIXES) and not norm(header).endswith(THING_NUMBERS) and header not in mapped
        repeats = f.filled - f.distinct
        if not said or f.filled < rows or repeats > DUPLICATE_SHARE * rows or f.date_share >= WEAK_DATE_SHARE \
                or rows < 2:
            continue
        how = "各不相同" if not repeats else f"只有 {_n(repeats)} 个重复（审计会报案件编号重复）"
        why = (f"表头是登记簿的序号，{_n(f.filled)} 个值齐全且{how}；导出中没有别的编号列，没有编号审计无法进行："
               "用序号区分案件，请核对") if header in row_numbers else f"表头像编号，{_n(f.filled)} 个值齐全且{how}"
        if sparse:
            draft.columns.remove(guessed)
            why += (f"；“{_show(guessed.key)}”虽然名称就是编号，却只有 {_n(facts[guessed.key].filled)} 行有值"
                    "（每个案件都有编号，它多半是某种单据的编号）")
        elif guessed is not None:
            draft.columns.remove(guessed)
            why += f"；它在“{_show(guessed.key)}”之前，导出的第一个编号通常是记录自己的编号（“{_show(guessed.key)}”只是与编号的名称相近）"
        elif header not in row_numbers:
            why += "（没有表头直接叫投诉编号）"
        draft.columns = [e for e in draft.columns if e.key != header]
        draft.columns.insert(0, Entry(header, "case_number", why))
        taken.add("case_number")
        return
