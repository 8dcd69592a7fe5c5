"""Personal data from exports: masked in every report format by default, shown only with --show-personal-data,
and never published with the site.

Here the audit runs end to end (`python -m checker audit`, in-process) on exports whose case numbers, values,
dates and spreadsheet numbers hold phone numbers, ID-card numbers and e-mail addresses, so every path from an
export cell into a report is exercised: a case number, a finding's actual value and message, an unreadable
row's reason, a number read from XLSX.

Already proved elsewhere (not repeated): the masking patterns and every format on a hand-made result
(tests/test_reports.py), statistics reports (tests/test_stats_figures.py, tests/test_stats_output.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from checker.cli import main
from checker.reports.masking import _HALF_WIDTH, _PERSONAL, MAYBE_PERSONAL, mask

REPO = Path(__file__).resolve().parent.parent
S17, S48 = "s17-complaint-control-8d", "s48-pcb-customer-complaints"
FORMATS = ["text", "json", "csv", "html", "junit"]

PHONE, PHONE_MASKED = "13812345678", "138****5678"
PHONE2, PHONE2_MASKED = "13987654321", "139****4321"
ID_CARD, ID_MASKED = "11010519900101123X", "110105********123X"
EMAIL, EMAIL_MASKED = "zhang.san@example.com", "z***@example.com"
LANDLINE, LANDLINE_MASKED = "0755-26543210", "0755-****3210"


@pytest.fixture
def audit(monkeypatch, capsys, catalog, tmp_path):
    monkeypatch.setattr("checker.catalog.load_catalog", lambda *args, **kwargs: catalog)

    def run(export: Path, procedure: str, fmt: str, *extra: str) -> str:
        output = tmp_path / f"report-{fmt}.out"
        code = main(["audit", str(export), "--procedure", procedure, "--as-of", "2025-03-31", "--format", fmt,
                     "--output", str(output), *extra])
        assert code in (0, 1), capsys.readouterr().err
        err = capsys.readouterr().err
        for raw in (PHONE, PHONE2, ID_CARD, EMAIL, LANDLINE):
            assert raw not in err
        return output.read_bytes().decode("utf-8-sig")

    return run


def s48_csv(tmp_path: Path) -> Path:
    """S48: personal data as a case number, as option values and as a date no rule needs."""
    path = tmp_path / "s48.csv"
    path.write_text("case_number,loss_caused,category,register_at\n"
                    f"{PHONE},false,quality,2025-03-04 09:00\n"                       # a phone used as case number
                    f"2503001,身份证{ID_CARD},quality,2025-03-04 09:00\n"
                    f"2503002,false,客户邮箱 {EMAIL},2025-03-04 09:00\n"
                    f"2503003,false,quality,座机 {LANDLINE}\n", encoding="utf-8")
    return path


def s17_csv(tmp_path: Path) -> Path:
    """S17: personal data in a date a rule needs (unreadable row) and a repeated phone-number case number."""
    path = tmp_path / "s17.csv"
    path.write_text("case_number,receive_at,verify_at\n"
                    f"S17-1,请回电 {PHONE2},2025-03-04 11:00\n"
                    f"{PHONE},2025-03-04 09:00,2025-03-04 12:00\n"
                    f"{PHONE},2025-03-05 09:00,2025-03-05 10:00\n", encoding="utf-8")
    return path


def s48_xlsx(tmp_path: Path) -> Path:
    """The same as numbers in a spreadsheet: a phone number stored as a number, not text."""
    book = Workbook()
    sheet = book.active
    for row in [["case_number", "loss_caused", "category", "register_at"],
                [int(PHONE), "false", "quality", "2025-03-04 09:00"],
                [2503001, int(PHONE2), "quality", "2025-03-04 09:00"]]:
        sheet.append(row)
    path = tmp_path / "s48.xlsx"
    book.save(path)
    return path


CASES = {
    "s48-csv": (s48_csv, S48, [(PHONE, PHONE_MASKED), (ID_CARD, ID_MASKED), (EMAIL, EMAIL_MASKED),
                               (LANDLINE, LANDLINE_MASKED)]),
    "s17-csv": (s17_csv, S17, [(PHONE, PHONE_MASKED), (PHONE2, PHONE2_MASKED)]),
    "s48-xlsx": (s48_xlsx, S48, [(PHONE, PHONE_MASKED), (PHONE2, PHONE2_MASKED)]),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", CASES)
def test_every_format_masks_personal_data_from_the_export(audit, tmp_path, case, fmt):
    make, procedure, personal = CASES[case]
    report = audit(make(tmp_path), procedure, fmt)
    for raw, masked in personal:
        assert raw not in report, f"{raw} leaked into the {fmt} report"
        assert masked in report, f"{masked} missing from the {fmt} report"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", CASES)
def test_show_personal_data_shows_it(audit, tmp_path, case, fmt):
    make, procedure, personal = CASES[case]
    report = audit(make(tmp_path), procedure, fmt, "--show-personal-data")
    for raw, masked in personal:
        assert raw in report and masked not in report


# --- forms the masking patterns miss -------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [
    "１３８１２３４５６７８",                 # full-width digits, as a Chinese input method in full-width mode types them
    "手机：１３８－１２３４－５６７８",
    "１１０１０５１９９００１０１１２３Ｘ",      # an ID-card number in full-width digits
    "110105900101123",                      # a first-generation (15-digit) ID number: the 18-digit one follows from it
])
def test_other_spellings_of_personal_data_are_masked(raw):
    digits = "".join(ch for ch in raw if ch.isdigit())
    masked = mask(raw)
    assert masked != raw
    kept = "".join(ch for ch in masked if ch.isdigit())
    assert len(kept) <= len(digits) - 4, f"{raw!r} -> {masked!r}"


def test_full_width_phone_number_in_an_export_is_masked_in_the_report(audit, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("case_number,loss_caused,category,register_at\n"
                    "2503001,false,客户电话 １３８１２３４５６７８,2025-03-04 09:00\n", encoding="utf-8")
    report = audit(path, S48, "json")
    assert "１３８１２３４５６７８" not in report


# --- the site ------------------------------------------------------------------------------------------------------

def test_an_export_dropped_into_docs_is_not_published(tmp_path):
    """The site reads only the catalog; but MkDocs copies every file under docs/ into the site. An export left
    there by mistake must not be published (nor pass a strict build silently)."""
    docs = tmp_path / "docs"
    shutil.copytree(REPO / "docs", docs)
    (docs / "cases.csv").write_text(f"case_number,contact_phone\nA-1,{PHONE}\n", encoding="utf-8")
    (docs / "导出.xlsx").write_bytes((REPO / "examples" / "s42-telecom-cases.xlsx").read_bytes())
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("docs_dir: docs", f"docs_dir: {docs}")
    config = config.replace("  - checker/site/mkdocs_hooks.py", f"  - {REPO / 'checker' / 'site' / 'mkdocs_hooks.py'}")
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    site = tmp_path / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1",
               CHECKER_SITE_CATALOG=str(Path(__file__).parent / "fixtures" / "hostile" / "catalog"))
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(tmp_path / "mkdocs.yml"),
                          "-d", str(site)], cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    published = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.suffix in (".csv", ".xlsx")] \
        if site.exists() else []
    leaked = [p.name for p in site.rglob("*") if p.is_file() and PHONE.encode() in p.read_bytes()] \
        if site.exists() else []
    assert published == [] and leaked == [], (published, leaked)
    assert "cases.csv" in run.stdout + run.stderr      # and the build says what it left out


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from(["138", "1234", "5678", "１３８", "０１０", "010", "0755", "(010)", "（021）", "86", "+", "00",
                     "110101", "19900307", "900307", "1990", "0307", "123X", "123", "a.b", "@", "＠", "example.com",
                     " - ", " . ", ".", "．", "张三", "："]),
    st.text(alphabet="0123456789０－＋ -+()@.．aX中", max_size=3)), max_size=12).map("".join))
def test_the_quick_pre_check_never_lets_personal_data_through(text):
    """`mask` skips the full pattern when MAYBE_PERSONAL finds nothing; that must never skip a match."""
    folded = text.translate(_HALF_WIDTH)
    if _PERSONAL.search(folded):
        assert MAYBE_PERSONAL.search(folded)
        assert mask(text) != text
