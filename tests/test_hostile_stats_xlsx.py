"""Hostile case text in the statistics workbook (`stats --format xlsx`): never a formula, never a crash.

Category, department, channel, product and customer values that a spreadsheet would take for a formula
(`=1+1`, `=HYPERLINK(…)`, `=cmd|' /C calc'!A0`, `+`, `-`, `@`, tab- or CR-led) must come out as string cells
showing the value itself, marked quotePrefix (the CSV report's rule, checker/reports/cells.py); characters an
XLSX file cannot hold (NUL, ESC, BEL, \\x01, U+FFFE) become U+FFFD and the command still exits 0. Each test
writes a small S42 export, runs the real command and opens the real file.
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from checker.cli import main
from checker.reports.cells import looks_like_formula

REPO = Path(__file__).resolve().parent.parent
S42_ARGS = ["--procedure", "s42-telecom-user-appeals", "--mapping", str(REPO / "examples" / "s42-mapping.yaml"),
            "--period", "2025-02"]
# The S42 mapping's columns plus the shared vocabulary's breakdown columns (found by their labels).
TEXT_COLUMNS = ["申诉类别", "答复部门", "投诉渠道", "责任部门", "产品名称", "客户单位"]
HEADERS = ["投诉编号", "受理时间", "答复时间", *TEXT_COLUMNS, "投诉内容"]
# Ordinary text beside the hostile values: a file that is mostly control bytes is refused as binary data.
CONTENT = "用户反映国际漫游费用与宣传不符，要求核实并退还多收的费用。"

FORMULAS = ["=1+1", '=HYPERLINK("http://example.invalid/","点此")', "=cmd|' /C calc'!A0", "+1+1", "-1+1",
            "@SUM(1)", "\t=1+1", "\r=2+2"]
CONTROLS = {"a\x00b": "a\ufffdb", "\x1b[2J清屏": "\ufffd[2J清屏", "响铃\x07": "响铃\ufffd", "\x01起": "\ufffd起",
            "x\ufffey": "x\ufffdy", "=\x01": "=\ufffd"}
CONTROL_COLUMNS = ["申诉类别", "投诉渠道"]      # category (a breakdown and the 备注) and channel


@pytest.fixture(scope="module", autouse=True)
def catalog_loaded_once(catalog):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("checker.catalog.load_catalog", lambda *args, **kwargs: catalog)
        yield


def export(folder: Path, values: list[str], columns: list[str] = TEXT_COLUMNS) -> Path:
    """One case per value, received in February 2025, with the value in each of `columns`."""
    path = folder / "hostile.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADERS)
        for i, v in enumerate(values):
            text = [v if c in columns else "其他" for c in TEXT_COLUMNS]
            writer.writerow([f"H{i:03}", f"2025/02/{i % 27 + 1:02} 10:00", "", *text, CONTENT])
    return path


def stats_xlsx(tmp_path: Path, values: list[str], capsys, columns: list[str] = TEXT_COLUMNS) -> Path:
    out = tmp_path / "stats.xlsx"
    code = main(["stats", str(export(tmp_path, values, columns)), *S42_ARGS, "--format", "xlsx",
                 "--output", str(out)])
    _, err = capsys.readouterr()
    assert code == 0, err
    assert "XLSX 已写入" in err
    return out


def cells(path: Path):
    for sheet in load_workbook(path):
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield sheet.title, cell


def assert_no_formula(path: Path):
    assert [(s, c.coordinate, c.value) for s, c in cells(path) if c.data_type == "f"] == []
    with zipfile.ZipFile(path) as z:     # the file itself: no <f> element in any sheet
        assert not [n for n in z.namelist() if n.startswith("xl/worksheets/") and b"<f>" in z.read(n)]


def test_formula_like_case_text_is_text_in_every_sheet(tmp_path, capsys):
    path = stats_xlsx(tmp_path, FORMULAS, capsys)
    assert_no_formula(path)
    found = list(cells(path))
    texts = {c.value for _, c in found if isinstance(c.value, str)}
    for payload in FORMULAS:
        assert payload in texts, payload           # a breakdown label showing the value itself, no apostrophe
    # every text cell a spreadsheet would read as a formula is marked, the rest is not
    assert all(c.quotePrefix == looks_like_formula(c.value) for _, c in found if isinstance(c.value, str))
    # one breakdown sheet per hostile column, each listing every payload
    for title in ("投诉渠道", "责任部门", "产品名称", "客户单位"):
        labels = {c.value for s, c in found if s == title and c.column == 1}
        assert set(FORMULAS) <= labels, title
    # S42 has no class for these categories: they go into the case sheet's 备注, as text too
    book = load_workbook(path)
    notes = [c.value for c in book["客户投诉案件统计表"]["E"] if isinstance(c.value, str) and " 件" in c.value]
    assert any('=HYPERLINK("http://example.invalid/","点此") 1 件' in n for n in notes), notes


def test_numbers_stay_numbers(tmp_path, capsys):
    book = load_workbook(stats_xlsx(tmp_path, FORMULAS, capsys))
    sheet = book["投诉渠道"]
    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "=1+1")
    assert row[1:4:2] == (1, 1)                     # 当月, 本年累计: integers
    assert isinstance(row[2], float)                # 占比: a number formatted as a rate
    total = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "合计")
    assert total[1] == len(FORMULAS)


def test_control_characters_are_replaced_and_the_workbook_opens(tmp_path, capsys):
    path = stats_xlsx(tmp_path, list(CONTROLS), capsys, CONTROL_COLUMNS)
    assert_no_formula(path)
    texts = {c.value for _, c in cells(path) if isinstance(c.value, str)}
    for shown in CONTROLS.values():
        assert shown in texts, shown
    assert not [t for t in texts if any(ord(ch) < 0x20 and ch not in "\t\n\r" for ch in t)]


def test_other_formats_keep_the_text_as_it_was(tmp_path, capsys):
    """Only the workbook replaces characters: JSON keeps the export's value exactly."""
    import json

    out = tmp_path / "stats.json"
    path = export(tmp_path, list(CONTROLS), CONTROL_COLUMNS)
    assert main(["stats", str(path), *S42_ARGS, "--output", str(out)]) == 0
    capsys.readouterr()
    data = json.loads(out.read_text(encoding="utf-8"))
    channel = next(b for b in data["breakdowns"] if b["column"] == "channel")
    assert set(CONTROLS) <= {r["label"] for r in channel["rows"]}
