"""XES event logs (IEEE 1849), plain or gzipped: one row per event.

Columns are the event's attribute keys as written (`concept:name`, `time:timestamp`, `org:resource`, …) and
the trace's attributes prefixed `case:` (`case:concept:name` is the case id), as process-mining tools name
them. Values are the attributes' `value` text; nested list/container attributes are not flattened.
`_row` is the line of the `<event>` start tag.
"""

from __future__ import annotations

import zlib

from lxml import etree

from .base import ExportError, ReadResult, TableWriter, check_path, quote_ident
from .xmlsafe import check_prolog, iterparse, local, open_xml, release, syntax_error

SCALARS = {"string", "date", "int", "float", "boolean", "id"}


def read_xes_export(path, con, table: str = "raw") -> ReadResult:
    path = check_path(path)
    check_prolog(path)
    writer = TableWriter(con, table)
    rows = 0
    pending: list[tuple[dict, int]] = []   # events of the current trace, waiting for its attributes
    trace_attrs: dict[str, str] = {}
    seen_log = False
    try:
        with open_xml(path) as stream:
            for event, elem in iterparse(stream, events=("start", "end")):
                tag = local(elem.tag)
                if event == "start":
                    if not seen_log:
                        if tag != "log":
                            raise ExportError(path, elem.sourceline,
                                              message=f"不是 XES 文件：根元素是 <{tag}>，应为 <log>")
                        seen_log = True
                    continue
                if tag == "event":
                    pending.append((_attributes(elem), elem.sourceline))
                    release(elem)
                elif tag in SCALARS and _parent_tag(elem) == "trace":
                    key = elem.get("key")
                    if key is not None:
                        trace_attrs[key] = elem.get("value")
                elif tag == "trace":
                    for attrs, line in pending:
                        record = {writer.name_for(k): v for k, v in attrs.items()}
                        for key, value in trace_attrs.items():
                            record[writer.name_for("case:" + key)] = value
                        writer.add(record, line)
                        rows += 1
                    pending, trace_attrs = [], {}
                    release(elem)
        columns = writer.close()
    except etree.XMLSyntaxError as err:
        con.execute(f"DROP TABLE IF EXISTS {quote_ident(table)}")
        raise syntax_error(path, err) from None
    except (OSError, EOFError, zlib.error) as err:
        con.execute(f"DROP TABLE IF EXISTS {quote_ident(table)}")
        raise ExportError(path, message=f"无法读取文件（{err}）") from None
    except ExportError:
        con.execute(f"DROP TABLE IF EXISTS {quote_ident(table)}")
        raise
    if not seen_log:
        raise ExportError(path, message="不是 XES 文件：没有 <log> 根元素")
    return ReadResult(format="xes", columns=columns, rows_read=rows)


def _parent_tag(elem) -> str:
    parent = elem.getparent()
    return local(parent.tag) if parent is not None else ""


def _attributes(event) -> dict[str, str | None]:
    values = {}
    for child in event:
        if isinstance(child.tag, str) and local(child.tag) in SCALARS:
            key = child.get("key")
            if key is not None and key not in values:
                values[key] = child.get("value")
    return values
