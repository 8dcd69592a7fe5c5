"""No harm to inputs: an audit opens every export read-only, changes no byte, no time stamp and no permission of
it, leaves nothing beside it or in the temporary folder, and a report never lands on top of an input.

"Opened read-only" is observed, not assumed: Linux inotify reports every open of the export and whether a
writer closed it (IN_CLOSE_WRITE), from this process, from DuckDB's threads and from the XLSX child process
alike; root ignores file modes, so a read-only file mode would prove nothing here.

Already proved elsewhere (not repeated): reports written atomically, an interrupted write leaving no report or
the previous one (tests/test_reports.py::test_interrupted_write_leaves_no_report, ..._keeps_previous_report),
and the CSV reader leaving its file's bytes unchanged (tests/test_readers_csv.py::test_the_export_is_left_untouched).
"""

from __future__ import annotations

import ctypes
import gzip
import hashlib
import json
import os
import struct
from pathlib import Path

import pytest
from openpyxl import Workbook


S17 = "s17-complaint-control-8d"
ROWS = [["S17-001", "2025-03-04 09:00", "2025-03-04 11:00"],
        ["S17-002", "2025-03-04 09:00", "2025-03-04 11:01"],
        ["S17-003", "昨天下午", "2025-03-04 12:00"]]
HEADER = ["case_number", "receive_at", "verify_at"]

IN_ACCESS, IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE, IN_CLOSE_NOWRITE, IN_OPEN = 0x1, 0x2, 0x4, 0x8, 0x10, 0x20
IN_MOVED_FROM, IN_MOVED_TO, IN_CREATE, IN_DELETE = 0x40, 0x80, 0x100, 0x200
WRITES = IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE


class Watch:
    """inotify on the export and its folder: what was done to the file, what appeared beside it."""

    def __init__(self, path: Path):
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            pytest.skip("inotify is not available")
        self.file = self.libc.inotify_add_watch(self.fd, str(path).encode(), 0xFFF)
        self.folder = self.libc.inotify_add_watch(self.fd, str(path.parent).encode(),
                                                  IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE)
        assert self.file >= 0 and self.folder >= 0

    def events(self) -> tuple[int, list[str]]:
        """(or of every event mask on the file, names created or moved in the folder); closes the watch."""
        mask, names, data = 0, [], b""
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except BlockingIOError:
                break
            if not chunk:
                break
            data += chunk
        os.close(self.fd)
        offset = 0
        while offset < len(data):
            wd, event, _, length = struct.unpack_from("iIII", data, offset)
            name = data[offset + 16: offset + 16 + length].rstrip(b"\0").decode()
            offset += 16 + length
            if wd == self.file:
                mask |= event
            elif wd == self.folder and name:
                names.append(name)
        return mask, names


def write_csv(path: Path, encoding: str = "utf-8", newline: str = "\n") -> Path:
    text = newline.join(",".join(r) for r in [HEADER, *ROWS]) + newline
    path.write_bytes(text.encode(encoding))
    return path


def write_json(path: Path) -> Path:
    path.write_text(json.dumps([dict(zip(HEADER, r)) for r in ROWS], ensure_ascii=False), encoding="utf-8")
    return path


def write_jsonl(path: Path) -> Path:
    path.write_text("\n".join(json.dumps(dict(zip(HEADER, r)), ensure_ascii=False) for r in ROWS) + "\n{broken\n",
                    encoding="utf-8")
    return path


def write_xml(path: Path) -> Path:
    cases = "".join(f"<case><case_number>{a}</case_number><receive_at>{b}</receive_at><verify_at>{c}</verify_at></case>\n"
                    for a, b, c in ROWS)
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<export>\n{cases}</export>\n', encoding="utf-8")
    return path


def xes_text() -> str:
    events = []
    for case, start, end in ROWS:
        for activity, moment in (("受理", start), ("核实", end)):
            events.append(f'<trace><string key="concept:name" value="{case}"/><event>'
                          f'<string key="concept:name" value="{activity}"/>'
                          f'<date key="time:timestamp" value="{moment}"/></event></trace>')
    return '<?xml version="1.0"?>\n<log xes.version="1.0">' + "".join(events) + "</log>\n"


def write_xes(path: Path) -> Path:
    path.write_text(xes_text(), encoding="utf-8")
    return path


def write_xes_gz(path: Path) -> Path:
    path.write_bytes(gzip.compress(xes_text().encode(), mtime=0))
    return path


def write_xlsx(path: Path) -> Path:
    book = Workbook()
    for row in [HEADER, *ROWS]:
        book.active.append(row)
    book.save(path)
    return path


EXPORTS = {
    "csv": ("cases.csv", write_csv),
    "csv-gbk": ("cases-gbk.csv", lambda p: write_csv(p, "gb18030")),        # read through a transcoded copy
    "csv-utf16": ("cases-utf16.csv", lambda p: write_csv(p, "utf-16")),
    "csv-cr": ("cases-cr.csv", lambda p: write_csv(p, newline="\r")),        # read through a copy with LF
    "json": ("cases.json", write_json),
    "jsonl": ("cases.jsonl", write_jsonl),
    "xml": ("cases.xml", write_xml),
    "xes": ("log.xes", write_xes),
    "xes.gz": ("log.xes.gz", write_xes_gz),
    "xlsx": ("cases.xlsx", write_xlsx),
}
EVENT_LOG = "procedure: s17-complaint-control-8d\nevent_log:\n  resource: null\n  activities: {受理: receive, 核实: verify}\n"


def fingerprint(path: Path) -> tuple:
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_size, st.st_mtime_ns, st.st_mode, st.st_ino


@pytest.mark.parametrize("kind", EXPORTS)
def test_audit_leaves_the_export_untouched(cli, tmp_path, monkeypatch, kind):
    inputs, scratch, out = tmp_path / "inputs", tmp_path / "scratch", tmp_path / "out"
    for folder in (inputs, scratch, out):
        folder.mkdir()
    monkeypatch.setenv("CHECKER_TMPDIR", str(scratch))
    name, make = EXPORTS[kind]
    export = make(inputs / name)
    extra = []
    if kind.startswith("xes"):
        mapping = out / "log.yaml"
        mapping.write_text(EVENT_LOG, encoding="utf-8")
        extra = ["--mapping", mapping]
    before = fingerprint(export)
    watch = Watch(export)
    code, err = cli("audit", export, "--procedure", S17, "--as-of", "2025-03-05", "--format", "json",
                    "--output", out / "report.json", *extra)
    mask, created = watch.events()
    assert code == 1, err                                   # the late case was found: the export was really read
    assert fingerprint(export) == before                     # bytes, size, mtime, mode, inode
    assert mask & IN_OPEN and mask & IN_CLOSE_NOWRITE, f"the watch saw no read ({mask:#x})"
    assert not mask & WRITES, f"the export was opened for writing or changed ({mask:#x})"
    assert created == [] and sorted(p.name for p in inputs.iterdir()) == [name]
    assert list(scratch.iterdir()) == []                     # transcoded copies and work folders are gone
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["rows_read"] >= 3


def test_a_report_is_never_written_over_an_input(cli, tmp_path):
    export = write_csv(tmp_path / "cases.csv")
    mapping = tmp_path / "map.yaml"
    mapping.write_text(f"procedure: {S17}\n", encoding="utf-8")
    before = {p: fingerprint(p) for p in (export, mapping)}
    for target in (export, mapping, tmp_path / "." / "cases.csv"):
        code, err = cli("audit", export, "--procedure", S17, "--mapping", mapping, "--as-of", "2025-03-05",
                        "--format", "csv", "--output", target)
        assert code == 2, f"--output {target}: exit {code}"
        assert "错误：" in err
    assert {p: fingerprint(p) for p in before} == before


def test_a_refused_audit_leaves_the_previous_report(cli, tmp_path):
    report = tmp_path / "report.html"
    report.write_bytes(b"previous report")
    broken = tmp_path / "cases.xlsx"
    broken.write_text("not a workbook\n", encoding="utf-8")
    code, err = cli("audit", broken, "--procedure", S17, "--format", "html", "--output", report)
    assert code == 2 and "cases.xlsx" in err
    assert report.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.xlsx", "report.html"]
