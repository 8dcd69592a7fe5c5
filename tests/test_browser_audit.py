"""The site's page 在浏览器中审计 (issue #21), driven in Debian's chromium over the real site build: it proposes the
mapping `checker mapping` prints, and finds what `checker audit` finds — every finding's case, kind, rule, due time, message, export column and row, and the report's
accounting — for the shipped examples, every starter-benchmark export and a generated export of every procedure
with rules; it reads GBK, refuses broken input clearly, shows hostile text as text, masks personal data, writes
downloads whose cells are never formulas, and sends nothing beyond the page's own origin."""

from __future__ import annotations

import csv
import io
import json
import random
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
import yaml

from checker.audit import run_audit
from checker.checks import compile_rules
from checker.mapping import MappingProfile, load_profile
from checker.mapping_guess import guess
from checker.readers import read_export
from test_plan_in_browser import exports
from test_site_build import built_site  # noqa: F401  (the module-scoped real site)

AS_OF = datetime(2025, 7, 1)
ROOT = Path(__file__).resolve().parent.parent
NOT_COMPARED = {"url", "file"}   # the page links within the site, and knows a file by its name alone
SUMMARY = ("rows_read", "rows_audited", "rows_unreadable", "cases_read", "cases_audited", "event_log", "findings",
           "cases_with_findings", "by_kind", "by_rule", "procedure_rules", "procedure_rules_checked", "open_cases",
           "skipped_rules", "checked_rules")


@pytest.fixture(scope="module")
def page(built_site, serve, browser):  # noqa: F811
    url = serve(built_site)
    page = browser.new_page(accept_downloads=True)
    page.outside = []
    page.on("request", lambda request: None if request.url.startswith((url, "blob:", "data:")) else page.outside.append(request.url))
    page.on("dialog", lambda dialog: page.outside.append("dialog " + dialog.message))   # a script payload ran
    page.goto(url + "audit-in-browser.html")
    page.wait_for_function("document.body.dataset.auditReady || document.body.dataset.auditError", timeout=60_000)
    assert page.evaluate("document.body.dataset.auditError") is None
    yield page
    page.close()


def said_done(page, name: str) -> None:
    """Wait until the page says it is done with the file: its state names it, and no longer says 正在… (正在读取 names
    the file too, while the export read before is still the one an audit would run on)."""
    page.wait_for_function(f"(t => t.includes({json.dumps(name)}) && !t.startsWith('正在'))"
                           "(document.getElementById('ba-state').textContent) || document.body.dataset.auditError",
                           timeout=120_000)


def audit_in_page(page, export: Path, mapping: Path | None = None, as_of: str = "2025-07-01T00:00") -> dict:
    """Pick the mapping (which picks its procedure) and the export, audit, and return what the page found."""
    page.evaluate("delete document.body.dataset.auditDone; delete document.body.dataset.auditError; window.auditResult = null;"
                  "document.getElementById('ba-state').textContent = ''")    # the last file's name says nothing of this one
    if mapping is not None:
        page.set_input_files("#ba-profile", str(mapping))
        said_done(page, mapping.name)
    page.set_input_files("#ba-export", str(export))
    said_done(page, export.name)
    page.fill("#ba-as-of", as_of)
    page.click("#ba-run")
    page.wait_for_function("document.body.dataset.auditDone || document.body.dataset.auditError", timeout=120_000)
    error = page.evaluate("document.body.dataset.auditError")
    return {"error": error} if error else page.evaluate("window.auditResult")


def differences(catalog, name: str, export: Path, mapping: Path, got: dict) -> list[str]:
    """What the page found that `checker audit` did not, or the other way round."""
    profile = load_profile(mapping)
    expected = run_audit(catalog, catalog.procedures[profile.procedure], [export], profile, as_of=AS_OF)
    if "error" in got:
        return [f"{name}: {got['error']}"]

    def keyed(findings):
        return sorted(json.dumps({k: v for k, v in f.items() if k not in NOT_COMPARED}, ensure_ascii=False,
                                 sort_keys=True, default=str) for f in findings)

    mine, theirs = keyed(expected.findings), keyed(got["findings"])
    problems = [f"{name}: only the checker: {f}" for f in mine if f not in theirs]
    problems += [f"{name}: only the page: {f}" for f in theirs if f not in mine]
    summary = expected.summary()
    problems += [f"{name}: summary {key}: {summary[key]!r} != {got['summary'].get(key)!r}"
                 for key in SUMMARY if summary[key] != got["summary"].get(key)]
    unreadable = [(u["row"], u["column"], u["reason"]) for u in expected.unreadable]
    if unreadable != [(u["row"], u["column"], u["reason"]) for u in got["unreadable"]]:
        problems.append(f"{name}: unreadable rows differ: {unreadable} != {got['unreadable']}")
    return problems


def test_the_page_finds_what_the_checker_finds_on_every_shipped_and_starter_export(page, catalog):
    every = exports()        # the event log among them
    problems, findings, procedures = [], 0, set()
    for name, export, mapping in every:
        got = audit_in_page(page, export, mapping)
        problems += differences(catalog, name, export, mapping, got)
        findings += len(got.get("findings", []))
        procedures.add(load_profile(mapping).procedure)
    assert problems == []
    assert len(every) == 302 and len(procedures) >= 39 and findings > 1250
    assert page.outside == []


# --- proposals: checker mapping's own, run in the page -------------------------------------------------------

def draft_in_page(page, export: Path, procedure: str) -> str:
    """Choose the export, then the procedure (one proposal, for this pair), and return the draft the page shows."""
    done = int(page.evaluate("document.body.dataset.draftDone ?? 0"))
    page.select_option("#ba-procedure", "")
    page.evaluate("document.getElementById('ba-state').textContent = ''")
    page.set_input_files("#ba-export", str(export))
    said_done(page, export.name)
    page.select_option("#ba-procedure", procedure)
    page.wait_for_function(f"Number(document.body.dataset.draftDone ?? 0) > {done} || document.body.dataset.auditError",
                           timeout=120_000)
    assert page.evaluate("document.body.dataset.auditError") is None
    return page.text_content("#ba-draft-text")


def test_the_page_proposes_the_draft_checker_mapping_prints_for_every_shipped_and_starter_export(page, catalog):
    import duckdb

    page.reload()
    page.wait_for_function("document.body.dataset.auditReady")
    problems, active = [], 0
    for name, export, mapping in exports():
        procedure = catalog.procedures[load_profile(mapping).procedure]
        con = duckdb.connect()
        draft = guess(catalog, procedure, con, "raw", list(read_export(export, con, table="raw").columns), export.name)
        shown = draft_in_page(page, export, procedure.id)
        if shown != draft.text():
            problems.append(f"{name}: the page's draft differs from checker mapping's")
        active += len(draft.profile()["columns"])
    assert problems == []
    assert active > 300        # proposals, not empty drafts
    assert page.evaluate("document.getElementById('ba-draft').hidden") is False
    assert page.outside == []


# --- a generated export of every procedure with rules ---------------------------------------------------------

def generated_export(catalog, procedure, folder: Path, cases: int = 60) -> tuple[Path, Path]:
    """A register with every canonical column of the procedure under its own id, filled at random: options (and a
    value outside them), numbers, yes/no, times in and out of order and late, blanks, repeated case numbers, doers
    among the roles and not."""
    rng = random.Random(procedure.id)
    columns = catalog.case_columns(procedure)
    fields = catalog.case_fields(procedure)
    roles = [r.id for r in procedure.roles] or ["someone"]
    start = datetime(2025, 1, 2, 9, 0)
    rows = []
    for n in range(cases):
        t = start + timedelta(days=rng.randrange(150), minutes=rng.randrange(600))
        row = {}
        for column in columns:
            if column.id == "case_number":
                row[column.id] = f"G{rng.choice([n, n, n, n, max(n - 1, 0)]):04d}" if rng.random() > 0.03 else ""
            elif rng.random() < 0.12:
                row[column.id] = ""
            elif column.kind == "step_at":
                t += timedelta(hours=rng.choice([1, 3, 20, 50, 200, 400]) * rng.random())
                row[column.id] = t.strftime("%Y-%m-%d %H:%M") if rng.random() > 0.05 else t.strftime("%Y/%m/%d %H:%M")
            elif column.kind == "step_by":
                row[column.id] = rng.choice(roles + ["外包商"])
            elif column.kind == "step_count":
                row[column.id] = str(rng.randrange(4))
            else:
                row[column.id] = _field_value(rng, fields[column.id], t)
        rows.append(row)
    export, mapping = folder / f"{procedure.id}.csv", folder / f"{procedure.id}.yaml"
    with export.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, [c.id for c in columns])
        writer.writeheader()
        writer.writerows(rows)
    mapping.write_text(yaml.safe_dump({"procedure": procedure.id}), encoding="utf-8")
    return export, mapping


def _field_value(rng, field, t: datetime) -> str:
    kind = field.type.value if field.type else "text"
    if field.options:
        return rng.choice([o.id for o in field.options] + ["其他"])
    if kind in ("date", "datetime"):
        return (t - timedelta(days=rng.randrange(-3, 60))).strftime("%Y-%m-%d %H:%M")
    if kind == "number":
        return rng.choice(["1", "3", "12", "25", "abc"])
    if kind == "checkbox":
        return rng.choice(["true", "false"])
    return rng.choice(["甲", "乙", "丙"])


def test_the_page_finds_what_the_checker_finds_on_a_generated_export_of_every_procedure(page, catalog, tmp_path):
    with_rules = [p for p in catalog.procedures.values() if any(r.section for r in compile_rules(catalog, p))]
    problems, findings = [], 0
    for procedure in with_rules:
        export, mapping = generated_export(catalog, procedure, tmp_path)
        got = audit_in_page(page, export, mapping)
        problems += differences(catalog, procedure.id, export, mapping, got)
        findings += len(got.get("findings", []))
    assert problems == []
    assert len(with_rules) >= 36 and findings > 2000
    assert page.outside == []


def test_an_agreed_date_alone_is_counted_to_24_00_of_that_day_as_the_checker_counts_it(page, catalog, tmp_path):
    """S13's promised term written as a date alone runs to 24:00 that day; the page's trace says so, as the checker's."""
    export = tmp_path / "s13-agreed-dates.csv"
    export.write_text("case_number,responsibility,resolution_due_at,closed_at\n"
                      "SAME-DAY,account_manager,2025-03-07,2025-03-07 15:00\n"
                      "NEXT-DAY,account_manager,2025-03-07,2025-03-08\n"
                      "AFTER-THE-MINUTE,account_manager,2025-03-07 17:00,2025-03-07 18:00\n"
                      "OPEN,account_manager,2025-03-07,\n", encoding="utf-8")
    mapping = tmp_path / "s13.yaml"
    mapping.write_text("procedure: s13-distribution-complaint-handling\n", encoding="utf-8")
    got = audit_in_page(page, export, mapping)
    assert differences(catalog, export.name, export, mapping, got) == []
    late = {f["case"]: f for f in got["findings"] if f["rule"] == "resolve_by_notified_due"}
    assert sorted(late) == ["AFTER-THE-MINUTE", "NEXT-DAY", "OPEN"]
    assert "当天 03-07 24:00" in late["NEXT-DAY"]["trace"] and "逾期1天" in late["NEXT-DAY"]["trace"]


# --- reading ----------------------------------------------------------------------------------------------------

def test_a_gbk_export_reads_as_its_utf8_original(page, tmp_path):
    export = ROOT / "examples" / "s42-telecom-cases.csv"
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes(export.read_text(encoding="utf-8").encode("gb18030"))
    mapping = ROOT / "examples" / "s42-mapping.yaml"
    utf8, converted = audit_in_page(page, export, mapping, "2025-04-01T00:00"), audit_in_page(page, gbk, mapping, "2025-04-01T00:00")
    assert converted["summary"]["rows_read"] == 40 and len(converted["findings"]) == 6
    assert [(f["case"], f["rule"], f["message"]) for f in converted["findings"]] == \
        [(f["case"], f["rule"], f["message"]) for f in utf8["findings"]]


def write_hostile(folder: Path) -> tuple[Path, Path]:
    """An S42 register with a broken record, a huge field, an unterminated quote, and formula and script payloads."""
    mapping = ROOT / "examples" / "s42-mapping.yaml"
    header = "投诉编号,申诉类别,受理时间,答复时间\n"
    lines = ['A1,<img src=x onerror=alert(1)>,2025-03-03 09:00,2025-03-04 09:00',
             '"=HYPERLINK(""http://evil.example/"",""x"")",<script>alert(2)</script>,2025-03-03 09:00,2025-03-04 09:00',
             'A3,话费争议,2025-03-03 09:00',                                     # a field short
             'A4,' + "x" * (3 << 20) + ',2025-03-03 09:00,2025-03-04 09:00',    # a 3 MB field
             '+86 138 1234 5678,话费争议,2025-03-03 09:00,2025-04-30 09:00',
             'A6,话费争议😀,2025-03-03 09:00,2025-03-04 09:00',                # a character beyond the BMP
             'A7,"话费争议,2025-03-03 09:00,2025-03-04 09:00']                   # a quote never closed
    export = folder / "hostile.csv"
    export.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    return export, mapping


def test_hostile_records_are_listed_as_the_checker_lists_them_and_payloads_stay_text(page, catalog, tmp_path):
    export, mapping = write_hostile(tmp_path)
    got = audit_in_page(page, export, mapping)
    assert differences(catalog, "hostile", export, mapping, got) == []
    summary = got["summary"]
    assert (summary["rows_read"], summary["rows_audited"], summary["rows_unreadable"]) == (7, 4, 3)
    assert [(u["row"], u["reason"]) for u in got["unreadable"]] == [
        (4, "列数不符：表头有 4 列，此行有 3 列"), (5, "此行超过 2 MB，无法读取"),
        (8, "引号不配对：第 8 行至文件末尾被读成了一条记录，无法拆分")]
    page.fill("#ba-filter", "a6 ck102")       # the filter: every word, any column, any case
    assert page.inner_text("#ba-shown") == "1 条" and "话费争议😀" in page.inner_text("#ba-findings")
    page.fill("#ba-filter", "")
    report = page.inner_html("#ba-report")
    assert "<script>" not in report and "<img" not in report
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in report and "&lt;img src=x onerror=alert(1)&gt;" in report
    assert "=HYPERLINK(" in report
    assert page.evaluate("document.querySelectorAll('#ba-report script, #ba-report img').length") == 0
    assert page.outside == []


def test_a_file_that_is_not_an_export_is_refused_with_its_reason(page, tmp_path):
    picture = tmp_path / "cases.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    page.evaluate("delete document.body.dataset.auditError")
    page.set_input_files("#ba-export", str(picture))
    page.wait_for_function("document.body.dataset.auditError")
    assert "不是文本（CSV）文件：看起来是 PNG 图片" in page.inner_text("#ba-state")
    broken = tmp_path / "cases.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    page.evaluate("delete document.body.dataset.auditError")
    page.set_input_files("#ba-export", str(broken))
    page.wait_for_function("document.body.dataset.auditError")
    assert "不是有效的 XLSX 文件" in page.inner_text("#ba-state")


# --- masking and downloads ----------------------------------------------------------------------------------------

def test_personal_data_is_masked_until_asked_and_downloads_hold_text_not_formulas(page, tmp_path):
    export, mapping = write_hostile(tmp_path)
    audit_in_page(page, export, mapping)
    assert "138****5678" in page.inner_text("#ba-findings") and "1234 5678" not in page.inner_text("#ba-findings")
    page.check("#ba-show-personal")
    assert "+86 138 1234 5678" in page.inner_text("#ba-findings")
    page.uncheck("#ba-show-personal")

    with page.expect_download() as download:
        page.click("#ba-csv")
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["记录", "案件编号", "文件"] and rows[1][0] == "汇总"
    cases = [r[1] for r in rows if r[0] == "发现"]
    assert "'=HYPERLINK(\"http://evil.example/\",\"x\")" in cases and "'+86 138****5678" in cases

    with page.expect_download() as download:
        page.click("#ba-xlsx")
    assert download.value.suggested_filename == "findings.xlsx"
    download.value.save_as(tmp_path / "findings.xlsx")
    book = openpyxl.load_workbook(tmp_path / "findings.xlsx")
    assert book.sheetnames == ["发现", "按类别汇总"]
    cells = [c for row in book["发现"].iter_rows() for c in row if c.value is not None]
    payload = [c for c in cells if str(c.value).startswith("=HYPERLINK")]
    assert payload and all(c.data_type == "s" for c in cells)
    assert not any("1234 5678" in str(c.value) for c in cells)


# --- the mapping form ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("export, mapping", [("s42-telecom-cases.csv", "s42-mapping.yaml"),
                                             ("s17-event-log.csv", "s17-event-log-mapping.yaml")])
def test_a_loaded_profile_downloads_as_the_same_profile(page, export, mapping):
    mapping = ROOT / "examples" / mapping
    audit_in_page(page, ROOT / "examples" / export, mapping)
    with page.expect_download() as download:
        page.click("#ba-save-profile")
    saved = MappingProfile.model_validate(yaml.safe_load(Path(download.value.path()).read_text(encoding="utf-8")))
    assert saved == load_profile(mapping)


def test_an_event_logs_activities_are_steps_chosen_in_the_form(page):
    mapping = ROOT / "examples" / "s17-event-log-mapping.yaml"
    audit_in_page(page, ROOT / "examples" / "s17-event-log.csv", mapping)
    chosen = page.evaluate("Object.fromEntries([...document.querySelectorAll('#ba-activities select')]"
                           ".map(s => [s.dataset.activity, s.value]))")
    assert chosen == {**load_profile(mapping).event_log.activities, "补充资料": ""}
    page.select_option("#ba-activities select[data-activity='回复客户']", "")     # the auditor leaves replies out
    with page.expect_download() as download:
        page.click("#ba-save-profile")
    saved = yaml.safe_load(Path(download.value.path()).read_text(encoding="utf-8"))
    assert "回复客户" not in saved["event_log"]["activities"] and saved["event_log"]["activities"]["核实问题"] == "verify"


def test_the_form_shows_the_proposal_and_its_changes_are_the_profile_downloaded(page, tmp_path):
    export = tmp_path / "plain.csv"
    export.write_text("投诉编号,category,经营者受理用户投诉（时间）,经营者答复用户（时间）,备注\n"
                      "P1,fee_dispute,2025-01-20 10:00,2025-02-17 09:00,\n"
                      "P2,话费争议,2025-01-20 10:00,2025-02-17 09:00,\n"
                      "P3,费率,2025-01-20 10:00,2025-02-17 09:00,\n", encoding="utf-8")
    page.reload()
    page.wait_for_function("document.body.dataset.auditReady")
    page.select_option("#ba-procedure", "s42-telecom-user-appeals")
    page.set_input_files("#ba-export", str(export))
    page.wait_for_selector("#ba-mapping-table")
    assert "表头即标签“投诉编号”" in page.text_content("#ba-draft-text")    # each guess with its evidence
    chosen = page.evaluate("Object.fromEntries([...document.querySelectorAll('#ba-mapping-table select')]"
                           ".map(s => [s.dataset.column, s.value]))")
    assert chosen["case_number"] == "投诉编号" and chosen["receive_at"] == "经营者受理用户投诉（时间）"
    assert chosen["category"] == "category" and "备注" not in chosen.values()
    assert chosen["reply_at"] == "经营者答复用户（时间）"
    values = page.evaluate("Object.fromEntries([...document.querySelectorAll('.ba-values select')]"
                           ".map(s => [s.dataset.value, s.value]))")
    # an option id stays as written; a label is mapped; a value like none (费率 shares 费 with 话费争议, so it is not
    # taken for 其他) is left for the auditor
    assert values == {"fee_dispute": "keep:", "话费争议": "fee_dispute", "费率": "keep:"}
    page.select_option("#ba-mapping-table select[data-column='reply_at']", "")    # the auditor says: not this one
    page.select_option(".ba-values select[data-value='费率']", "fee_dispute")
    with page.expect_download() as download:
        page.click("#ba-save-profile")
    saved = yaml.safe_load(Path(download.value.path()).read_text(encoding="utf-8"))
    assert saved["procedure"] == "s42-telecom-user-appeals"
    assert saved["columns"] == {"投诉编号": "case_number", "category": "category", "经营者受理用户投诉（时间）": "receive_at"}
    assert saved["values"] == {"category": {"话费争议": "fee_dispute", "费率": "fee_dispute"}}


# --- opened from a shared folder ----------------------------------------------------------------------------------

def test_opened_as_a_file_the_page_says_why_it_cannot_audit_and_what_to_do(built_site, browser):  # noqa: F811
    page = browser.new_page()
    page.goto((built_site / "audit-in-browser.html").as_uri())
    page.wait_for_function("document.getElementById('ba-state').className === 'ba-bad'")
    text = page.inner_text("#ba-state")
    assert "file://" in text and "python -m http.server" in text
    page.close()


def test_bytes_gbk_cannot_decode_make_their_record_unreadable_as_the_checker_says(page, catalog, tmp_path):
    export = ROOT / "examples" / "s42-telecom-cases.csv"
    lines = export.read_text(encoding="utf-8").encode("gb18030").split(b"\n")
    lines[3] = lines[3].replace(b",", b",\x81\x20", 1)      # a lead byte with no trail: not GB18030, in 受理时间's row
    damaged = tmp_path / "damaged.csv"
    damaged.write_bytes(b"\n".join(lines))
    mapping = ROOT / "examples" / "s42-mapping.yaml"
    got = audit_in_page(page, damaged, mapping)
    assert differences(catalog, "damaged", damaged, mapping, got) == []
    assert [u["reason"] for u in got["unreadable"]] == ["含有无法按 GB18030/GBK 解码的字节"]


def test_xlsx_bombs_are_refused_clearly(page, tmp_path):
    from test_hostile_xlsx import PARTS, _lying_zip, sheet

    liar = tmp_path / "liar.xlsx"     # the directory says 1,000 bytes; the part inflates to 1.5 GB
    _lying_zip(liar, 1536)
    page.evaluate("delete document.body.dataset.auditError")
    page.set_input_files("#ba-export", str(liar))
    page.wait_for_function("document.body.dataset.auditError", timeout=60_000)
    assert "不是有效的 XLSX 文件（压缩包无法解开" in page.inner_text("#ba-state")   # inflating stops at the size declared

    honest = tmp_path / "honest.xlsx"  # says what it is: a sheet of 600 MB
    with zipfile.ZipFile(honest, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in PARTS.items():
            z.writestr(name, text)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c></row>').encode()[:-len("</sheetData></worksheet>")])
            for _ in range(600):
                part.write(b" " * (1 << 20))
            part.write(b"</sheetData></worksheet>")
    page.evaluate("delete document.body.dataset.auditError")
    page.set_input_files("#ba-export", str(honest))
    page.wait_for_function("document.body.dataset.auditError", timeout=60_000)
    assert "解压后过大（上限 512 MB）" in page.inner_text("#ba-state")


def test_an_event_log_without_the_column_its_profile_names_is_refused_with_the_columns_it_has(page, tmp_path):
    export = tmp_path / "log.csv"
    export.write_text("单号,活动,时间\nK1,受理客户投诉,2025-03-03 09:00\n", encoding="utf-8")
    got = audit_in_page(page, export, ROOT / "examples" / "s17-event-log-mapping.yaml")
    assert got["error"] == "没有这一列（用作案件编号）：投诉单号；文件中的列：单号、活动、时间"


def test_the_page_counts_a_doer_rule_over_names_as_unchecked_and_refuses_an_unknown_role(page, catalog, tmp_path):
    """Staff names alone in receive_by: step-receive judges no row, as `checker audit` says; a role id nobody has
    (a typo) is refused as the checker refuses it."""
    export = tmp_path / "names.csv"
    export.write_text("case_number,receive_at,receive_by\nA,2025-03-04 09:00,张三\nB,2025-03-04 09:00,李四\n",
                      encoding="utf-8")
    mapping = tmp_path / "names.yaml"
    mapping.write_text("procedure: s17-complaint-control-8d\n", encoding="utf-8")
    got = audit_in_page(page, export, mapping)
    assert differences(catalog, "names", export, mapping, got) == []
    assert got["summary"]["procedure_rules_checked"] == 0
    assert any(s["rule"] == "step-receive" and s["reason"].endswith("这条规则实际没有检查")
               for s in got["summary"]["skipped_rules"])
    typo = tmp_path / "typo.yaml"
    typo.write_text("procedure: s17-complaint-control-8d\nroles: {张三: salse}\n", encoding="utf-8")
    assert "roles 中“张三”映射到不存在的角色 salse" in audit_in_page(page, export, typo)["error"]
