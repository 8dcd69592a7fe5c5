"""How catalog and mapping values compare: as the text a CSV cell would hold; the words a cell says yes or no with."""

from __future__ import annotations


def as_text(value) -> str:
    """Catalog and mapping values compare as the text a CSV would hold (YAML true -> 'true')."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# A whole cell (trimmed, lower case) that says yes or no: what the mapping draft reads a yes/no column by, and what
# a tick box recorded as not done can say in an export whose mapping has no `values` for it.
YES = {"是", "有", "已", "对", "真", "√", "✓", "✔", "y", "yes", "true", "t", "是的", "已完成", "能", "可以", "ja", "oui", "si"}
NO = {"否", "无", "未", "错", "假", "×", "✗", "✘", "n", "no", "false", "f", "不是", "未完成", "不能", "不可以", "nein", "non"}
