"""Jinja2 environments for the page templates.

Markdown templates escape every value by default: HTML special characters become entities, and so do
the characters Markdown and its extensions would act on (`*`, `_`, `|`, `[`...). Entities render as the
character itself, so catalog text can never become markup, whether it lands in Markdown or raw HTML.
Values that are markup on purpose (links, anchors) are built as `Markup` by the renderers.

Also here: the rendered pages' pipe tables written out as HTML (`html_tables`), and the raw HTML blocks
the MkDocs hook keeps out of Markdown (`lift_html`, `restore_html`); both only save build time.
"""

from __future__ import annotations

import re
from html import unescape
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
        auto_reload=False,  # templates are package files: no stat() of every template on every page
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
        auto_reload=False,
    )


# --- tables as HTML ---------------------------------------------------------------------------------
#
# The templates write tables in Markdown's pipe syntax, but the big pages (procedures, forms, audit
# columns, the finding kinds) have hundreds of rows, and Python-Markdown's inline processing of every
# cell was the largest single cost of building the site. Every cell is already HTML except for the two
# constructs the templates use on purpose, **bold** and [links](page.md#anchor): catalog text comes
# through md_escape, which turns every character Markdown acts on into an entity. So `html_tables`
# writes each table as the HTML Python-Markdown's `tables` extension would make of it, and Markdown
# passes the block through untouched. Links become the .html address MkDocs would write
# (use_directory_urls: false). Anything else that looks like Markdown in a cell is an error here, not
# silently different output.

_SEPARATOR = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+\s*$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[([^\[\]]*)\]\(([^()\s]*)\)")
_LEFTOVER = re.compile(r"\*|\[|\]\(|`")


def _row(line: str) -> list[str]:
    line = line.strip()
    return [c.strip() for c in line[1:-1 if line.endswith("|") else None].split("|")]


def _href(url: str) -> str:
    path, hash_, anchor = url.partition("#")
    if path.endswith(".md"):
        path = path[: -len(".md")] + ".html"
    return path + hash_ + anchor


def _cell(text: str) -> str:
    if "*" not in text and "[" not in text and "`" not in text:
        return text
    text = _BOLD.sub(r"<strong>\1</strong>", text)
    text = _LINK.sub(lambda m: f'<a href="{_href(m[2])}">{m[1]}</a>', text)
    if _LEFTOVER.search(text):
        raise ValueError(f"Markdown left in a table cell (write it as HTML): {text!r}")
    return text


_STYLE = {None: "", **{a: f' style="text-align: {a};"' for a in ("left", "center", "right")}}


def _table(header: list[str], aligns: list[str | None], rows: list[list[str]]) -> str:
    def tr(tag: str, cells: list[str]) -> str:
        cells = (cells + [""] * len(aligns))[: len(aligns)]
        return "<tr>\n" + "".join(
            f"<{tag}{_STYLE[a]}>{_cell(c)}</{tag}>\n" for c, a in zip(cells, aligns)
        ) + "</tr>\n"

    body = "".join(tr("td", r) for r in rows or [[]])
    return f"<table>\n<thead>\n{tr('th', header)}</thead>\n<tbody>\n{body}</tbody>\n</table>"


def _align(spec: str) -> str | None:
    spec = spec.strip()
    if spec.startswith(":") and spec.endswith(":"):
        return "center"
    if spec.endswith(":"):
        return "right"
    return "left" if spec.startswith(":") else None


def _has_code_fence(lines: list[str]) -> bool:
    return any(line.startswith(("```", "~~~")) for line in lines)


def html_tables(text: str) -> str:
    """Every pipe table of a rendered page (a block of `|` lines after a blank line) as an HTML block."""
    if "\n|" not in text:
        return text
    lines = text.split("\n")
    if _has_code_fence(lines):
        return text  # a table inside a code fence is code
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (line.startswith("|") and i + 1 < len(lines) and _SEPARATOR.match(lines[i + 1])
                and (i == 0 or not lines[i - 1].strip())):
            j = i + 2
            while j < len(lines) and lines[j].startswith("|"):
                j += 1
            if j == len(lines) or not lines[j].strip():
                header = _row(line)
                aligns = [_align(s) for s in _row(lines[i + 1])]
                out.append(_table(header, aligns, [_row(r) for r in lines[i + 2: j]]))
                i = j
                continue
        out.append(line)
        i += 1
    return "\n".join(out)


# --- raw HTML blocks kept out of Markdown -----------------------------------------------------------
#
# Python-Markdown (md_in_html) and MkDocs (anchor collection) each run an HTML parser over the whole
# source of a page, tag by tag, only to pass a raw HTML block through unchanged. The generated pages are
# mostly such blocks (the tables above, the swimlane SVG, the printable form), so the MkDocs hook lifts
# them out before Markdown sees the page and puts them back into the converted page (`lift_html`,
# `restore_html`): the same HTML, without parsing it twice for nothing.

_BLOCK_START = re.compile(r"<(table|figure|div|pre|style)[\s>]")


def lift_html(text: str) -> tuple[str, dict[str, str]]:
    """Top-level raw HTML blocks replaced by placeholder comments: (Markdown, {placeholder: block})."""
    lines = text.split("\n")
    if _has_code_fence(lines):
        return text, {}  # HTML inside a code fence is code: leave such a page to Markdown
    out: list[str] = []
    blocks: dict[str, str] = {}
    i = 0
    while i < len(lines):
        m = _BLOCK_START.match(lines[i])
        if m and (i == 0 or not lines[i - 1].strip()):
            opening, closing = re.compile(rf"<{m[1]}[\s>]"), f"</{m[1]}>"
            depth, j = 0, i
            while j < len(lines):
                depth += len(opening.findall(lines[j])) - lines[j].count(closing)
                if depth <= 0:
                    break
                j += 1
            block = "\n".join(lines[i: j + 1])
            if (depth == 0 and lines[j].endswith(closing) and (j + 1 == len(lines) or not lines[j + 1].strip())
                    and not re.search(r"<h[1-6][\s>]|<[a-z]+\s[^>]*\bmarkdown\b", block)):  # headings, md_in_html
                key = f"<!--checker-html-{len(blocks)}-->"
                blocks[key] = block
                out.append(key)
                i = j + 1
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out), blocks


_ID_ATTR = re.compile(r'\sid="([^"]*)"')


def restore_html(html: str, blocks: dict[str, str]) -> tuple[str, set[str], list[str]]:
    """The converted page with its blocks back: (HTML, ids in the blocks, placeholders not found)."""
    missing = [key for key in blocks if key not in html]
    if blocks:
        html = re.sub(r"<!--checker-html-\d+-->", lambda m: blocks.get(m[0], m[0]), html)
    ids = {unescape(i) for block in blocks.values() for i in _ID_ATTR.findall(block)}
    return html, ids, missing
