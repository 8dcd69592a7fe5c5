"""How catalog and mapping values compare: as the text a CSV cell would hold."""

from __future__ import annotations


def as_text(value) -> str:
    """Catalog and mapping values compare as the text a CSV would hold (YAML true -> 'true')."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
