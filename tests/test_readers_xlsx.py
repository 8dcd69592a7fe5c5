"""XLSX exports, written with openpyxl here: values as text, rows as Excel numbers them, bombs refused."""

from __future__ import annotations

import re
import resource
import zipfile
from datetime import date, datetime, time

import duckdb
import pytest
from openpyxl import Workbook

from checker.readers import ExportError, read_export
from checker.readers import xlsx as xlsx_reader
from checker.readers.dates import parse_datetime


def load(path, **kwargs):
    con = duckdb.connect()
    result = read_export(path, con, "raw", **kwargs)
    rows = con.execute("SELECT * FROM raw ORDER BY _row").fetchall()
    assert len(rows) + len(result.unreadable) == result.rows_read
    return result, rows


def save(tmp_path, rows, name="export.xlsx", title="投诉台账", extra_sheets=()):
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for other_title, other_rows in extra_sheets:
        other = book.create_sheet(other_title)
        for row in other_rows:
            other.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def test_values_are_text_as_a_person_reads_them(tmp_path):
    path = save(tmp_path, [
        ["投诉编号", "受理时间", "受理日期", "联系电话", "金额", "序列号日期", "已回访", "备注"],
        ["TS-001", datetime(2025, 3, 4, 9, 5), date(2025, 3, 4), 13800138000, 12.5, 45720.375, True, None],
        ["TS-002", datetime(2025, 3, 5, 14, 30, 15), date(2025, 3, 5), 13900139000, 3, 45721, False, "加急"],
    ])
    result, rows = load(path)
    assert result.format == "xlsx" and result.sheet == "投诉台账"
    assert result.columns == ["投诉编号", "受理时间", "受理日期", "联系电话", "金额", "序列号日期", "已回访", "备注"]
    first, second = rows
    assert first[:2] == ("TS-001", "2025-03-04 09:05:00")
    assert parse_datetime(first[2]) == datetime(2025, 3, 4) and first[2].startswith("2025-03-04")
    assert first[3:8] == ("13800138000", "12.5", "45720.375", "true", None)
    assert parse_datetime(first[5]) == datetime(2025, 3, 4, 9, 0)   # serial numbers stay parseable
    assert second[1] == "2025-03-05 14:30:15"
    assert second[3:8] == ("13900139000", "3", "45721", "false", "加急")
    assert [r[-1] for r in rows] == [2, 3]


def test_rows_keep_spreadsheet_numbers_around_empty_rows(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet["B3"], sheet["C3"] = "编号", "结果"   # header on row 3, data from column B
    sheet["B4"], sheet["C4"] = "A", "1"
    sheet["B6"], sheet["C6"] = "B", "2"         # row 5 left empty
    path = tmp_path / "offset.xlsx"
    book.save(path)
    result, rows = load(path)
    assert result.columns == ["编号", "结果"]
    assert rows == [("A", "1", 4), ("B", "2", 6)]
    assert result.rows_read == 2


def test_time_of_day_cells_stay_times(tmp_path):
    path = save(tmp_path, [["编号", "受理日期", "受理时刻"], ["A", date(2025, 3, 4), time(9, 5)]])
    _, rows = load(path)
    assert rows[0][2] == "09:05:00"
    assert parse_datetime(f"{rows[0][1][:10]} {rows[0][2]}") == datetime(2025, 3, 4, 9, 5)


def test_range_starts_at_the_leftmost_used_column(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet["C2"], sheet["D2"] = "编号", "结果"
    sheet["C3"], sheet["D3"] = "A", "1"
    sheet["A4"] = "表外备注"               # a note left of the table widens the used range
    path = tmp_path / "left.xlsx"
    book.save(path)
    result, rows = load(path)
    assert result.columns == ["列A", "列B", "编号", "结果"]
    assert rows == [(None, None, "A", "1", 3), ("表外备注", None, None, None, 4)]


def test_legacy_xls(tmp_path):
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook()
    sheet = book.add_sheet("投诉")
    for r, row in enumerate([["编号", "金额"], ["TS-1", 12.5], ["TS-2", 3]]):
        for c, value in enumerate(row):
            sheet.write(r + 1, c, value)   # header on row 2
    path = tmp_path / "old.xls"
    book.save(str(path))
    result, rows = load(path)
    assert result.format == "xls" and result.sheet == "投诉"
    assert rows == [("TS-1", "12.5", 3), ("TS-2", "3", 4)]


def test_blank_header_cells_are_named_by_column_letter(tmp_path):
    path = save(tmp_path, [["编号", None, "编号"], ["A", "x", "y"]])
    result, rows = load(path)
    assert result.columns == ["编号", "列B", "编号_2"]
    assert rows == [("A", "x", "y", 2)]


def test_sheet_by_name_and_a_missing_sheet(tmp_path):
    path = save(tmp_path, [["说明"], ["这是封面"]], extra_sheets=[("数据", [["编号"], ["TS-9"]])])
    _, rows = load(path, sheet="数据")
    assert rows == [("TS-9", 2)]
    _, first = load(path)
    assert first == [("这是封面", 2)]
    with pytest.raises(ExportError) as err:
        load(path, sheet="不存在")
    assert "不存在" in str(err.value) and "数据" in str(err.value) and "export.xlsx" in str(err.value)


def test_many_rows_cross_batch_boundaries(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_XLSX_BATCH_ROWS", "7")
    path = save(tmp_path, [["n", "sq"]] + [[i, i * i] for i in range(100)])
    result, rows = load(path)
    assert rows == [(str(i), str(i * i), i + 2) for i in range(100)]


def _set_cached_value(path, formula: str, value: str) -> None:
    """Give a formula cell a stored result, as Excel does when it saves (openpyxl writes none)."""
    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet, n = re.subn(rf"<f>{re.escape(formula)}</f>(<v\s*/>|<v></v>)?", f"<f>{formula}</f><v>{value}</v>", sheet)
    assert n == 1
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)


def test_formulas_are_read_as_stored_values_never_evaluated(tmp_path):
    path = save(tmp_path, [["编号", "计算", "未保存结果"], ["A", "=1+1", "=2+2"]])
    _set_cached_value(path, "1+1", "5")   # a stored value that evaluation would contradict
    _, rows = load(path)
    assert rows == [("A", "5", None, 2)]


def test_not_a_zip_is_an_export_error(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("编号,结果\n", encoding="utf-8")
    with pytest.raises(ExportError, match="不是有效的 XLSX"):
        load(path)


def _minimal_xlsx(path, sheet_xml: str, shared_strings: bytes | None = None) -> None:
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    book = ('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
    book_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    types = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'spreadsheetml.sheet.main+xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", book)
        z.writestr("xl/_rels/workbook.xml.rels", book_rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        if shared_strings is not None:
            with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
                out.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
                chunk = b"A" * (1 << 20)
                for _ in range(len(shared_strings) // len(chunk) or 1):
                    out.write(chunk)
                out.write(b"</t></si></sst>")


SHEET_HEAD = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'


def test_huge_shared_strings_are_refused_from_the_zip_directory(tmp_path):
    path = tmp_path / "bomb.xlsx"
    # 256 MiB of one repeated letter compresses about 1000:1
    _minimal_xlsx(path, SHEET_HEAD + '<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
                  shared_strings=b"x" * (256 << 20))
    assert path.stat().st_size < 2 << 20
    with pytest.raises(ExportError) as err:
        xlsx_reader.check_zip(path)
    assert "sharedStrings.xml" in str(err.value) and "解压炸弹" in str(err.value)
    with pytest.raises(ExportError, match="解压炸弹"):
        load(path)


def test_far_apart_cells_are_refused_within_the_memory_cap(tmp_path, monkeypatch):
    # two cells at opposite corners: calamine would allocate 17 billion cells
    path = tmp_path / "sparse.xlsx"
    _minimal_xlsx(path, SHEET_HEAD
                  + '<row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c></row>'
                  + '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
                  + "</sheetData></worksheet>")
    monkeypatch.setattr(xlsx_reader, "CHILD_MEMORY_MB", 1024)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ExportError) as err:
        load(path)
    assert "内存超过上限 1024 MB" in str(err.value)
    # this process never held the cells
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200 * 1024


def test_a_dimension_tag_alone_is_harmless(tmp_path):
    path = tmp_path / "dimension.xlsx"
    _minimal_xlsx(path, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                        '<dimension ref="A1:XFD1048576"/><sheetData>'
                        '<row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c></row>'
                        '<row r="2"><c r="A2" t="inlineStr"><is><t>TS-1</t></is></c></row>'
                        "</sheetData></worksheet>")
    _, rows = load(path)
    assert rows == [("TS-1", 2)]


def test_empty_sheet_is_an_export_error(tmp_path):
    path = save(tmp_path, [])
    with pytest.raises(ExportError, match="为空"):
        load(path)
