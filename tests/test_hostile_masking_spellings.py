"""Hostile-input finding 10: spellings of personal data the masking missed, and a picture named .csv.

Phone and ID-card numbers written in dotted or spaced groups (138.1234.5678, 138 - 1234 - 5678,
110101 19900307 1234) and e-mail addresses with a Chinese local part (张三@example.com) must be masked in the
reports like their plain spellings, while case numbers, dates, amounts and durations stay as written. A PNG
(or other binary file) named .csv must be refused as not a text file, before any column is looked for.

Already proved elsewhere (not repeated): the plain spellings in every format (tests/test_hostile_privacy.py,
tests/test_reports.py), UTF-16 fixtures with and without BOM read like UTF-8 (tests/test_readers_csv.py).
"""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pytest

from checker.cli import main
from checker.reports.masking import mask

S48 = "s48-pcb-customer-complaints"

# the spellings from the finding, each with what the report must show instead
PERSONAL = [
    ("138.1234.5678", "138****5678"),
    ("139 - 8765 - 4321", "139****4321"),
    ("110101 19900307 1234", "110101********1234"),
    ("张三@example.com", "张***@example.com"),
]
# case data that is not personal data: must reach the report unchanged
CASE_NUMBERS = ["DX000000001", "TS-2025-0001"]
ORDINARY = ["2025-03-04 09:00", "2025.03.04", "金额 1380.50 元", "耗时 138 小时"]


# --- the patterns ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, masked", [
    ("138.1234.5678", "138****5678"),
    ("138 - 1234 - 5678", "138****5678"),
    ("电话 138 . 1234 . 5678。", "电话 138****5678。"),
    ("+86 - 138 1234 5678", "+86 - 138****5678"),
    ("１３８．１２３４．５６７８", "138****5678"),                      # full-width digits and dots
    ("110101 19900307 1234", "110101********1234"),
    ("110101-19900307-123X", "110101********123X"),
    ("110101.1990.0307.1234", "110101********1234"),               # grouped 6-4-4-4
    ("张三@example.com", "张***@example.com"),
    ("邮箱：张三@example.com。", "邮箱：张***@example.com。"),          # the label before the colon is kept
    ("联系人<张三@example.com>", "联系人<张***@example.com>"),
    ("张三＠example．com", "张***@example.com"),                      # full-width @ and dot
])
def test_other_spellings_are_masked(raw, masked):
    assert mask(raw) == masked


@pytest.mark.parametrize("text", [
    *CASE_NUMBERS, *ORDINARY, "2025.03.04 13:45", "2025-03-04 13:00:00", "192.168.1.100", "1,380.50",
    "13.5 小时", "第 138 号", "TS202501200930150001", "@张三 请回电",
])
def test_what_is_not_personal_data_is_left_alone(text):
    assert mask(text) == text


# --- end to end: the audit's text and JSON reports -------------------------------------------------------------

@pytest.fixture
def audit(monkeypatch, capsys, catalog, tmp_path):
    monkeypatch.setattr("checker.catalog.load_catalog", lambda *args, **kwargs: catalog)

    def run(export: Path, fmt: str, *extra: str) -> str:
        output = tmp_path / f"report-{fmt}.out"
        code = main(["audit", str(export), "--procedure", S48, "--as-of", "2025-03-31", "--format", fmt,
                     "--output", str(output), *extra])
        assert code in (0, 1), capsys.readouterr().err
        text = output.read_bytes().decode("utf-8-sig")
        if fmt == "json":   # searched as written, whether or not the report escapes non-ASCII characters
            text = json.dumps(json.loads(text), ensure_ascii=False)
        return text

    return run


def spellings_csv(tmp_path: Path) -> Path:
    """Each value in `loss_caused`, an option column, so that the report quotes it as the invalid value."""
    values = [raw for raw, _ in PERSONAL] + ORDINARY
    rows = [f"{CASE_NUMBERS[i % 2]},{value},quality,2025-03-04 09:00" for i, value in enumerate(values)]
    path = tmp_path / "spellings.csv"
    path.write_text("case_number,loss_caused,category,register_at\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_the_spellings_are_masked_in_the_reports(audit, tmp_path, fmt):
    report = audit(spellings_csv(tmp_path), fmt)
    for raw, masked in PERSONAL:
        assert raw not in report, f"{raw} leaked into the {fmt} report"
        assert masked in report, f"{masked} missing from the {fmt} report"
    for text in CASE_NUMBERS + ORDINARY:
        assert text in report, f"{text} was changed in the {fmt} report"


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_the_spellings_reach_the_report_when_shown(audit, tmp_path, fmt):
    """The control: without masking the same values are in the report, so the test above is not vacuous."""
    report = audit(spellings_csv(tmp_path), fmt, "--show-personal-data")
    for raw, _ in PERSONAL:
        assert raw in report


# --- binary files named .csv -------------------------------------------------------------------------------------

def png() -> bytes:
    """A small valid PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    pixels = b"".join(b"\x00" + bytes(range(16)) for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b""))


@pytest.fixture
def cli(monkeypatch, capsys, catalog):
    monkeypatch.setattr("checker.catalog.load_catalog", lambda *args, **kwargs: catalog)

    def run(export: Path, tmp_path: Path):
        code = main(["audit", str(export), "--procedure", S48, "--as-of", "2025-03-31", "--format", "json",
                     "--output", str(tmp_path / "report.json")])
        return code, capsys.readouterr().err

    return run


@pytest.mark.parametrize("data, kind", [
    (png(), "PNG 图片"),
    (b"PK\x03\x04" + bytes(200), "ZIP 压缩包"),                          # e.g. an .xlsx renamed .csv
    (b"\x7fELF\x02\x01\x01" + bytes(100) + bytes(range(256)) * 4, "二进制文件"),   # no signature the reader knows
])
def test_a_binary_file_named_csv_is_refused_as_not_text(cli, tmp_path, data, kind):
    export = tmp_path / "cases.csv"
    export.write_bytes(data)
    code, err = cli(export, tmp_path)
    assert code == 2
    assert f"文件 {export}：不是文本（CSV）文件" in err and kind in err
    assert "案件编号" not in err                       # refused before any column is looked for
    assert not (tmp_path / "report.json").exists()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])    # with BOM, and without
def test_utf16_csv_with_its_nul_bytes_is_still_read(cli, tmp_path, encoding):
    export = tmp_path / "cases.csv"
    export.write_bytes("case_number,loss_caused,category,register_at\n"
                       "2503001,false,quality,2025-03-04 09:00\n".encode(encoding))
    code, err = cli(export, tmp_path)
    assert code in (0, 1), err
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8-sig"))["summary"]["rows_read"] == 1


def test_a_stray_nul_in_a_text_csv_does_not_make_it_binary(cli, tmp_path):
    export = tmp_path / "cases.csv"
    rows = "".join(f"25030{i:02d},false,quality,2025-03-04 09:00\n" for i in range(1, 21))
    data = ("case_number,loss_caused,category,register_at\n" + rows).encode()
    export.write_bytes(data.replace(b"false", b"fa\x00lse", 1))
    code, err = cli(export, tmp_path)
    assert code in (0, 1), err
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8-sig"))["summary"]["rows_read"] == 20
