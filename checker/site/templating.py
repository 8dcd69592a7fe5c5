"""Jinja2 environments for the page templates.

Markdown templates escape every value by default: HTML special characters become entities, and so do
the characters Markdown and its extensions would act on (`*`, `_`, `|`, `[`...). Entities render as the
character itself, so catalog text can never become markup, whether it lands in Markdown or raw HTML.
Values that are markup on purpose (links, anchors) are built as `Markup` by the renderers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

TEMPLATES = Path(__file__).parent / "templates"

_ENTITIES = {c: f"&#{ord(c)};" for c in "\\`*_{}[]|#~^"}
_ENTITIES.update({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\r": "", "\n": "<br>"})
_TABLE = str.maketrans(_ENTITIES)


def md_escape(value) -> Markup:
    """Text as inert Markdown/HTML (newlines become <br>)."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    return Markup(str(value).translate(_TABLE))


def table_cells(values) -> Markup:
    """Values as the inner cells of a Markdown table row: a | b | c."""
    return Markup(" | ".join(md_escape(v) for v in values))


_ID = re.compile(r"^[\w\-]+$")


def html_id(value: str) -> Markup:
    """An id attribute value as is (ids are validated names), so links and anchors match exactly."""
    if not _ID.match(value):
        raise ValueError(f"not a valid anchor id: {value!r}")
    return Markup(value)


def _finalize(value):
    return md_escape(value) if not isinstance(value, (int, float)) or isinstance(value, bool) else value


@lru_cache(maxsize=1)
def markdown_env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["cells"] = table_cells
    env.filters["id"] = html_id
    env.filters["cell_of"] = lambda key, cells: cells.get(key, "")
    return env


@lru_cache(maxsize=1)
def svg_env() -> Environment:
    """SVG is XML: plain HTML escaping (numeric entities are valid XML)."""
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
