"""`python -m checker stats`: the three formats, laid out as the catalog's 统计表 forms, and clear input errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from checker.cli import main

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "stats"
S11_ARGS = [str(FIXTURES / "s11-month.csv"), "--procedure", "s11-complaint-office-general",
            "--period", "2025-03", "--closed", "feedback"]
EXAMPLE_ARGS = [str(REPO / "examples" / "s42-telecom-cases.csv"), "--procedure", "s42-telecom-user-appeals",
                "--mapping", str(REPO / "examples" / "s42-mapping.yaml"), "--period", "2025-02", "--closed", "reply"]


@pytest.fixture(scope="module", autouse=True)
def catalog_loaded_once(catalog):
    """Every command here would load the same catalog again: hand it the session's (the suite stays fast)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("checker.catalog.load_catalog", lambda *args, **kwargs: catalog)
        yield


def run(args, capsys) -> tuple[int, str, str]:
    code = main(["stats", *args])
    out, err = capsys.readouterr()
    return code, out, err


def rows_of(sheet) -> list[list]:
    return [list(r) for r in sheet.iter_rows(values_only=True) if any(v not in (None, "") for v in r)]


def table_after(sheet, first_header: str) -> list[list]:
    """The rows of the sheet's table, from its header row (whose first cell is `first_header`) on."""
    rows = rows_of(sheet)
    start = next(i for i, r in enumerate(rows) if r[0] == first_header)
    return rows[start:]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """The S11 fixture in all three formats, written through the command line."""
    folder = tmp_path_factory.mktemp("stats")
    satisfaction = folder / "satisfaction.yaml"
    satisfaction.write_text("months:\n  2025-03:\n    survey: {score: 45, total: 50}\n    ppm_exceedances: 1\n"
                            "    production_stops: 0\n    late_deliveries: 2\n    audit: B\n", encoding="utf-8")
    for fmt in ("json", "xlsx", "html"):
        assert main(["stats", *S11_ARGS, "--satisfaction", str(satisfaction), "--output", str(folder / f"s.{fmt}")]) == 0
    return folder


def test_json_holds_the_hand_computed_figures(outputs):
    data = json.loads((outputs / "s.json").read_text(encoding="utf-8"))
    assert (data["month"]["received"], data["month"]["handled"], data["year"]["received"]) == (8, 4, 10)
    assert data["month"]["deadlines"][0]["on_time_rate"] == pytest.approx(4 / 6)
    assert data["period"]["month"] == "2025-03" and len(data["trend"]["months"]) == 12
    # S20 for March: D1 = 45/50*100*20% = 18; N1 = min(8*2, 15) = 15, N2 = 5, N4 = 6: D2 = 60 - 26*0.6 = 44.4;
    # D3 = 75 * 20% = 15 (grade B); D = 77.4, below 80.
    march = data["satisfaction"]["months"][-1]["score"]
    assert (march["d1"], march["n1"], march["n2"], march["n4"], march["d2"], march["d3"], march["d"]) == \
        (18, 15, 5, 6, 44.4, 15, 77.4)
    assert march["below_threshold"] is True


def test_xlsx_case_statistics_sheet_is_laid_out_like_the_form(outputs, catalog):
    book = load_workbook(outputs / "s.xlsx")
    form = catalog.forms["complaint-case-statistics"]
    sheet = book[form.title]
    header = [r[0] for r in rows_of(sheet)[:4]]
    assert header[0] == form.title
    assert "统计期间：2025年3月（2025-03-01 至 2025-03-31）" in header[2]
    s11 = catalog.procedures["s11-complaint-office-general"]
    labels = [c.label for c in s11.classifications[0].classes]
    assert table_after(sheet, "月份") == [
        ["月份", *[f"{label}件数" for label in labels], "合计", "备注"],
        ["2025-01", 0, 0, 0, 0, None],
        ["2025-02", 1, 1, 0, 2, None],
        ["2025-03", 4, 2, 1, 8, "未填写 1 件"],
        ["本年累计", 5, 3, 1, 10, None],
        [f"分类依据：{s11.classifications[0].title}", None, None, None, None, None],
    ]


def test_xlsx_information_statistics_sheet_has_the_form_number(outputs, catalog):
    form = catalog.forms["complaint-information-statistics"]
    sheet = load_workbook(outputs / "s.xlsx")[form.title.replace("/", "_")]
    assert f"编号：{form.number}" in rows_of(sheet)[1][0]
    table = table_after(sheet, "月份")
    assert table[:4] == [["月份", "当月投诉", "累积投诉", "初次", "再现", "已处理", "待处理"],
                         ["2025-01", 0, 0, 0, 0, 0, 0],
                         ["2025-02", 2, 2, 2, 0, 1, 1],
                         ["2025-03", 8, 10, 6, 1, 4, 4]]
    assert any(r[0] == "审核：________" for r in rows_of(sheet))


def test_xlsx_has_one_sheet_per_table(outputs, catalog):
    book = load_workbook(outputs / "s.xlsx")
    s11 = catalog.procedures["s11-complaint-office-general"]
    assert book.sheetnames == [
        "客户投诉案件统计表", "客户信息_投诉统计表", s11.classifications[0].title, "投诉渠道",
        f"办理部门：{s11.step('initial_reply').name}"[:31], "办理时限", "近12个月趋势", "顾客满意度统计表", "数据说明"]
    deadlines = table_after(book["办理时限"], "时限规则")
    assert deadlines[1][:2] == [s11.deadlines[0].title, s11.deadlines[0].source.clause]
    assert deadlines[1][2:11] == [8, 4, 2, 2, 0, pytest.approx(4 / 6), 6, 5, pytest.approx(5 / 6)]
    rule_row = next(row for row in book["办理时限"].iter_rows() if row[0].value == s11.deadlines[0].title)
    assert rule_row[7].number_format == "0.0%" and rule_row[2].number_format == "General"
    trend = table_after(book["近12个月趋势"], "月份")
    assert [r[0] for r in trend[1:13]] == [f"2024-{m:02d}" for m in range(4, 13)] + ["2025-01", "2025-02", "2025-03"]
    assert trend[12][1:5] == [8, 4, 4, 0.5]


def test_xlsx_satisfaction_sheet_follows_the_s20_form(outputs, catalog):
    form = catalog.forms["customer-satisfaction-statistics"]
    sheet = load_workbook(outputs / "s.xlsx")[form.title]
    table = table_after(sheet, "月份")
    assert table[1][:9] == ["2025-03", 18, 15, 5, 0, 6, 44.4, 15, 77.4]
    assert "低于80分" in table[1][9]
    assert any(r[0] and "编制：" in r[0] and "批准：" in r[0] for r in rows_of(sheet))


def test_html_has_one_section_per_table_with_inline_charts(outputs):
    html = (outputs / "s.html").read_text(encoding="utf-8")
    headings = ["一、客户投诉案件统计表", "二、分类统计", "三、办理时限", "四、近12个月趋势", "五、顾客满意度", "六、数据说明"]
    positions = [html.index(h) for h in headings]
    assert positions == sorted(positions)
    assert html.count("<svg") >= 3 + 4          # received and rate charts, satisfaction, a sparkline per row
    assert "<script" not in html and "http-equiv=\"Content-Security-Policy\"" in html
    assert "@page { size: A4" in html
    assert "13800000001" not in html and "139****5678" in html


def test_html_escapes_values_from_the_export(tmp_path, capsys):
    hostile = tmp_path / "hostile.csv"
    hostile.write_text("case_number,received_at,receive_at,channel,initial_reply_by\n"
                       "X1,2025-03-02 09:00,2025-03-02 09:00,<img src=x onerror=alert(1)>,</td><script>alert(1)</script>\n",
                       encoding="utf-8")
    code, _, _ = run([str(hostile), "--procedure", "s11-complaint-office-general", "--period", "2025-03",
                      "--output", str(tmp_path / "h.html")], capsys)
    html = (tmp_path / "h.html").read_text(encoding="utf-8")
    assert code == 0
    assert "<script>" not in html and "<img" not in html
    assert "&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x" in html


def test_example_export_in_three_formats_with_format_from_extension(tmp_path, capsys):
    for suffix in ("html", "xlsx", "json"):
        code, _, err = run([*EXAMPLE_ARGS, "--output", str(tmp_path / f"example.{suffix}")], capsys)
        assert code == 0 and "2025年2月：投诉 13 件，本年累计 27 件" in err
    assert (tmp_path / "example.xlsx").read_bytes()[:2] == b"PK"
    assert (tmp_path / "example.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    code, out, _ = run(EXAMPLE_ARGS, capsys)            # no --output: JSON on the screen
    assert code == 0 and json.loads(out)["month"]["received"] == 13


@pytest.mark.parametrize("extra, message", [
    (["--period", "2025-13"], "无法识别的统计月份"),
    (["--closed", "nonexistent"], "--closed nonexistent：制度 s42-telecom-user-appeals 没有这一步骤"),
    (["--closed", "mediate"], "导出中没有“调解，可出具调解意见书”列"),
    (["--recurrence-days", "-1"], "--recurrence-days 不能为负数"),
    (["--procedure", "s11-complaint-office-general"], "映射文件写的是制度 s42-telecom-user-appeals"),
])
def test_bad_options_are_one_clear_message(capsys, extra, message):
    code, out, err = run([*EXAMPLE_ARGS, *extra], capsys)
    assert code == 2 and out == "" and message in err and "Traceback" not in err


def test_an_export_without_a_receive_time_is_refused(tmp_path, capsys):
    export = tmp_path / "no-time.csv"
    export.write_text("case_number,category\nA1,fee_dispute\n", encoding="utf-8")
    code, _, err = run([str(export), "--procedure", "s42-telecom-user-appeals", "--period", "2025-01"], capsys)
    assert code == 2 and "导出中没有受理时间列" in err and "receive_at" in err


def test_a_missing_export_file(tmp_path, capsys):
    code, _, err = run([str(tmp_path / "absent.csv"), "--procedure", "s42-telecom-user-appeals",
                        "--period", "2025-01"], capsys)
    assert code == 2 and "文件不存在" in err


def test_a_mapping_to_a_column_statistics_do_not_read_is_refused(tmp_path, capsys):
    mapping = tmp_path / "map.yaml"
    mapping.write_text("columns:\n  受理时间: receive_at\n  投诉编号: case_number\n  联系电话: contact_phone\n"
                       "  结案时间: closed_at\n", encoding="utf-8")
    code, _, err = run([str(REPO / "examples" / "s42-telecom-cases.csv"), "--procedure", "s42-telecom-user-appeals",
                        "--mapping", str(mapping), "--period", "2025-02"], capsys)
    assert code == 2 and "映射到制度中不存在的列：closed_at" in err
