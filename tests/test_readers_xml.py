"""XML with one element per case, XES event logs, and hostile XML refused without reading files or the network."""

from __future__ import annotations

import gzip
import json
import threading
import time
from pathlib import Path

import duckdb
import pytest

from checker.readers import ExportError, read_export
from checker.readers.xmlsafe import iterparse
from conftest import within_deadline

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def load(path, **kwargs):
    con = duckdb.connect()
    result = read_export(path, con, "raw", **kwargs)
    rows = con.execute("SELECT * FROM raw ORDER BY _row").fetchall()
    assert len(rows) + len(result.unreadable) == result.rows_read
    return result, rows, con


def line_of(path: Path, needle: str, nth: int = 0, encoding="utf-8") -> int:
    lines = [i for i, line in enumerate(path.read_text(encoding=encoding).splitlines(), 1) if needle in line]
    return lines[nth]


def test_cases_as_elements_with_attributes_and_children():
    path = FIXTURES / "cases.xml"
    result, rows, con = load(path)
    assert result.format == "xml"
    # an attribute and a child element of the same case share a name: the attribute is marked with @
    assert result.columns == ["id", "渠道", "受理时间", "处理结果", "附件", "回访", "@id"]
    by_row = {r[-1]: dict(zip(result.columns, r)) for r in rows}
    first, second, third = (by_row[line_of(path, '<case', n)] for n in range(3))
    assert first["渠道"] == "电话" and first["受理时间"] == "2025/3/4 9:05" and first["处理结果"] == "已退款"
    assert json.loads(second["附件"]) == ["a.jpg", "b.jpg"]            # repeated child: JSON array
    assert "<满意>是</满意>" in second["回访"]                              # nested child: XML text
    assert third["@id"] == "TS-003" and third["id"] == "内部编号-3"
    assert first["id"] == "TS-001" and second["id"] == "TS-002"
    assert result.rows_read == 3


def test_case_element_under_a_wrapper_in_gbk():
    path = FIXTURES / "cases_wrapped.xml"
    result, rows, _ = load(path)
    assert result.columns == ["编号", "时间"]
    assert rows == [("TS-001", "2025/3/4 9:05", 3), ("TS-002", "2025/3/5 10:00", 4)]


def test_case_element_given_by_name(tmp_path):
    path = tmp_path / "named.xml"
    path.write_text("<r>\n<meta><n>1</n></meta>\n<item><a>x</a></item>\n<item><a>y</a></item>\n</r>\n",
                    encoding="utf-8")
    _, rows, _ = load(path, element="item")
    assert rows == [("x", 3), ("y", 4)]
    with pytest.raises(ExportError, match="没有名为 <nothing>"):
        load(path, element="nothing")


def test_malformed_xml_names_line():
    with pytest.raises(ExportError) as err:
        load(FIXTURES / "malformed.xml")
    assert err.value.row == 4 and "XML 格式错误" in str(err.value)


def test_xes_events_with_case_attributes():
    path = FIXTURES / "log.xes"
    result, rows, _ = load(path)
    assert result.format == "xes"
    assert result.columns == ["concept:name", "org:resource", "time:timestamp", "case:concept:name", "case:渠道",
                              "cost"]
    events = [dict(zip(result.columns, r)) for r in rows]
    assert [e["case:concept:name"] for e in events] == ["TS-001", "TS-001", "TS-002"]
    assert [e["concept:name"] for e in events] == ["受理", "答复", "受理"]
    assert events[0]["case:渠道"] == "电话" and events[2]["case:渠道"] is None
    assert events[2]["cost"] == "5"
    assert [r[-1] for r in rows] == [line_of(path, "<event>", n) for n in range(3)]


def test_gzipped_xes(tmp_path):
    path = tmp_path / "log.xes.gz"
    path.write_bytes(gzip.compress((FIXTURES / "log.xes").read_bytes()))
    result, rows, _ = load(path)
    assert result.format == "xes" and len(rows) == 3


def test_truncated_gzip_is_an_export_error(tmp_path):
    path = tmp_path / "cut.xes.gz"
    path.write_bytes(gzip.compress((FIXTURES / "log.xes").read_bytes())[:200])
    with pytest.raises(ExportError):
        load(path)


# ---- hostile XML -------------------------------------------------------------------------------------------

def refused(path, **kwargs):
    """The reader must refuse the file, within a deadline (a reader that opened the entity's target blocks)."""
    kind, err = within_deadline(lambda: load(path, **kwargs))
    assert kind == "refused", err
    return err


def test_billion_laughs_is_refused_quickly():
    start = time.monotonic()
    err = refused(FIXTURES / "billion_laughs.xml")
    assert "DOCTYPE" in str(err) and err.row == 2
    assert time.monotonic() - start < 5


def test_external_entity_to_a_local_file_is_refused(tmp_path, secret):
    path = tmp_path / "xxe.xml"
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY s SYSTEM "file://{secret}">]>\n'
                    f"<export><case><a>&s;</a></case><case><a>b</a></case></export>\n", encoding="utf-8")
    err = refused(path)
    assert "DOCTYPE" in str(err)


def test_external_entity_to_a_url_is_refused_without_connecting(tmp_path, listener):
    path = tmp_path / "xxe-url.xml"
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY s SYSTEM "http://127.0.0.1:{listener.port}/s">]>\n'
                    "<export><case><a>&s;</a></case></export>\n", encoding="utf-8")
    refused(path)
    listener.close()
    assert listener.connections == 0


def test_external_dtd_and_parameter_entities_are_refused_without_connecting(tmp_path, listener):
    url = f"http://127.0.0.1:{listener.port}/evil.dtd"
    dtd = tmp_path / "dtd.xml"
    dtd.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE export SYSTEM "{url}">\n<export><case/></export>\n')
    param = tmp_path / "param.xes"
    param.write_text(f'<?xml version="1.0"?>\n<!-- note -->\n<!DOCTYPE log [<!ENTITY % p SYSTEM "{url}"> %p;]>\n'
                     "<log><trace><event/></trace></log>\n")
    for path in (dtd, param):
        assert "DOCTYPE" in str(refused(path))
    listener.close()
    assert listener.connections == 0


def test_doctype_in_utf16_and_in_gzip_is_refused(tmp_path, secret):
    doc = (f'<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE x [<!ENTITY s SYSTEM "file://{secret}">]>\n'
           "<log><trace><event><string key=\"concept:name\" value=\"&s;\"/></event></trace></log>\n")
    utf16 = tmp_path / "u16.xml"
    utf16.write_bytes(doc.encode("utf-16"))
    gz = tmp_path / "log.xes.gz"
    gz.write_bytes(gzip.compress(doc.replace('encoding="UTF-16"', "").encode("utf-8")))
    for path in (utf16, gz):
        assert "DOCTYPE" in str(refused(path))


def test_the_parser_itself_resolves_nothing(tmp_path, secret, listener):
    """Defence in depth: even without the DOCTYPE check, entities stay unexpanded and nothing is fetched."""
    path = tmp_path / "xxe.xml"
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE x [\n<!ENTITY s SYSTEM "file://{secret}">\n'
                    f'<!ENTITY u SYSTEM "http://127.0.0.1:{listener.port}/u">\n'
                    f'<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
                    "<r><a>&s;</a><b>&u;</b><c>&lol2;</c></r>\n", encoding="utf-8")
    texts = {}

    def run():
        with open(path, "rb") as stream:
            for _, elem in iterparse(stream, events=("end",)):
                texts[elem.tag] = elem.text

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(20)
    assert not thread.is_alive()
    listener.close()
    assert listener.connections == 0
    assert not texts.get("a") and not texts.get("b")
    assert "lol" * 8 not in (texts.get("c") or "")
