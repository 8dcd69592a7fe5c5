"""How catalog and mapping values compare: as the text a CSV cell would hold; the words a cell says yes or no with."""

from __future__ import annotations

import re

from .sql import Sql


def as_text(value) -> str:
    """Catalog and mapping values compare as the text a CSV would hold (YAML true -> 'true')."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# A whole cell (trimmed, lower case) that says yes or no: what the mapping draft reads a yes/no column by, and what
# a tick box recorded as not done can say in an export whose mapping has no `values` for it. In traditional
# characters too (對, 無, 錯: a Taiwanese or Hong Kong system's export).
YES = {"是", "有", "已", "对", "對", "真", "√", "✓", "✔", "y", "yes", "true", "t", "是的", "已完成", "能", "可以", "ja", "oui",
       "si"}
NO = {"否", "无", "無", "未", "错", "錯", "假", "×", "✗", "✘", "n", "no", "false", "f", "不是", "未完成", "不能", "不可以", "nein",
      "non"}


def tick_box_reading(value: str) -> str:
    """A tick box's own reading of a plain yes or no (as `own_reading` does in SQL); any other value as it is."""
    v = value.strip().lower()
    return "true" if v in YES else "false" if v in NO else value


# with 签 or sign in it, a signature cell that says nobody signed: 未签, 业主拒签, unsigned
UNSIGNED = "[不未非无没拒]|refus|^(un|not|non)"


def says_unsigned(value: str) -> bool:
    v = value.strip().lower()
    return v in NO or (("签" in v or "sign" in v) and re.search(UNSIGNED, v) is not None)


def own_reading(field_type: str, cell: str) -> Sql | None:
    """How a field of this type reads a plain word that the mapping's `values` leave alone, as the WHEN … THEN …
    branches of a CASE over `cell` (None: the type reads none):
    - a tick box reads 是/否 (√, ×, Y, N…) as true/false: otherwise a condition on it (是否造成损失 = 否) would silently
      not hold, and 否 would pass for a duty done;
    - a signature cell saying nobody signed (a plain no, or 未签, 业主拒签, unsigned: `says_unsigned`) reads as blank:
      otherwise it would pass for a signature, and the duty to sign, with every rule that follows a signature, would
      pass with it."""
    low = f"lower({cell})"

    def among(words: set[str]) -> Sql:
        return Sql(f"{low} IN ({', '.join('?' for _ in words)})", sorted(words))

    if field_type == "checkbox":
        yes, no = among(YES), among(NO)
        return Sql(f"WHEN {yes.text} THEN 'true' WHEN {no.text} THEN 'false'", yes.params + no.params)
    if field_type == "signature":
        no = among(NO)
        return Sql(f"WHEN {no.text} OR (({low} LIKE '%签%' OR {low} LIKE '%sign%') AND regexp_matches({low}, ?)) "
                   "THEN NULL", no.params + [UNSIGNED])
    return None
