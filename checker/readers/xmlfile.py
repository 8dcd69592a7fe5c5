"""XML exports with one element per case: `<cases><case id="1"><编号>…</编号>…</case>…</cases>`.

The case element is the root's repeated child (or, under a single wrapper, the wrapper's repeated child),
unless the caller names it. Its attributes and child elements become columns; a child with children of its
own is kept as XML text, a repeated child as a JSON array of texts. `_row` is the line of the start tag.
"""

from __future__ import annotations

import json
import zlib
from collections import Counter
from pathlib import Path

from lxml import etree

from .base import ExportError, ReadResult, TableWriter, check_path, quote_ident
from .xmlsafe import check_prolog, iterparse, local, open_xml, release, syntax_error

DETECT_EVENTS = 100_000


def read_xml_export(path, con, table: str = "raw", element: str | None = None) -> ReadResult:
    path = check_path(path)
    check_prolog(path)
    depth, name = _record_element(path, element)
    writer = TableWriter(con, table)
    rows = 0
    try:
        with open_xml(path) as stream:
            level = 0
            for event, elem in iterparse(stream, events=("start", "end")):
                if event == "start":
                    level += 1
                    continue
                level -= 1
                if level == depth and local(elem.tag) == name:
                    writer.add(_record(elem, writer), elem.sourceline)
                    rows += 1
                    release(elem)
        columns = writer.close()
    except (etree.XMLSyntaxError, OSError, EOFError, zlib.error) as err:
        con.execute(f"DROP TABLE IF EXISTS {quote_ident(table)}")
        raise syntax_error(path, err) if isinstance(err, etree.XMLSyntaxError) else ExportError(
            path, message=f"无法读取文件（{err}）") from None
    return ReadResult(format="xml", columns=columns, rows_read=rows)


def _record_element(path: Path, wanted: str | None) -> tuple[int, str]:
    """(depth, local name) of the case elements; the root is depth 0."""
    counts: Counter = Counter()
    first_child = None
    level = 0
    try:
        with open_xml(path) as stream:
            for n, (event, elem) in enumerate(iterparse(stream, events=("start", "end"))):
                if event == "end":
                    level -= 1
                    if level <= 1:
                        release(elem)
                    continue
                tag = local(elem.tag)
                if wanted and tag == wanted and level > 0:
                    return level, tag
                if level in (1, 2):
                    counts[(level, tag)] += 1
                    if level == 1 and first_child is None:
                        first_child = tag
                    if level == 1 and counts[(1, tag)] >= 2 and not wanted:
                        return 1, tag
                level += 1
                if n > DETECT_EVENTS and not wanted:
                    break
    except etree.XMLSyntaxError as err:
        raise syntax_error(path, err) from None
    except (OSError, EOFError, zlib.error) as err:
        raise ExportError(path, message=f"无法读取文件（{err}）") from None
    if wanted:
        raise ExportError(path, message=f"文件中没有名为 <{wanted}> 的元素")
    repeated = [tag for (lvl, tag), c in counts.items() if lvl == 2 and c >= 2]
    if sum(c for (lvl, _), c in counts.items() if lvl == 1) == 1 and repeated:
        return 2, repeated[0]
    if first_child is None:
        raise ExportError(path, message="XML 根元素下没有任何记录元素")
    return 1, first_child


def _record(elem, writer: TableWriter) -> dict[str, str | None]:
    values: dict[str, list[str | None]] = {}
    children = [child for child in elem if isinstance(child.tag, str)]
    child_names = {local(child.tag) for child in children}
    for key, value in elem.attrib.items():
        name = local(key)
        values.setdefault("@" + name if name in child_names else name, []).append(value)
    for child in children:
        if len(child):
            text = etree.tostring(child, encoding="unicode", with_tail=False)
        else:
            text = (child.text or "").strip() or None
        values.setdefault(local(child.tag), []).append(text)
    record = {}
    for key, texts in values.items():
        value = texts[0] if len(texts) == 1 else json.dumps(texts, ensure_ascii=False)
        record[writer.name_for(key)] = value
    return record
