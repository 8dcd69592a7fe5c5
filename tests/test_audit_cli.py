"""The checker's command line: audit exit codes, rules, explain, mapping and the shipped S42 example.

Most commands run in-process through `checker.cli.main` with the session's catalog (loading the catalog is the
slow part); one test runs the README's command as a real `python -m checker` process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from checker.cli import main
from checker.mapping import MappingProfile, unknown_targets

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "audit"
EXAMPLES = REPO / "examples"
S17, S42, S48 = "s17-complaint-control-8d", "s42-telecom-user-appeals", "s48-pcb-customer-complaints"
EXAMPLE = [EXAMPLES / "s42-telecom-cases.csv", "--procedure", S42, "--mapping", EXAMPLES / "s42-mapping.yaml",
           "--as-of", "2025-04-01"]


@pytest.fixture
def cli(run_cli):
    """(exit code, stdout, stderr) of an in-process `python -m checker ARGS`."""
    return run_cli


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# audit: exit codes


def test_clean_export_exits_0(cli, tmp_path):
    export = write(tmp_path / "ok.csv", "case_number,receive_at,verify_at\nA-1,2025-03-04 09:00,2025-03-04 10:00\n")
    code, out, _ = cli("audit", export, "--procedure", S17, "--as-of", "2025-03-05", "--format", "json")
    assert code == 0
    report = json.loads(out)
    assert report["findings"] == [] and report["summary"]["rows_audited"] == 1


def test_findings_exit_1_unless_fail_on_never(cli):
    args = ["audit", FIXTURES / "s17.csv", "--procedure", S17, "--as-of", "2025-03-05 12:00", "--format", "json"]
    code, out, _ = cli(*args)
    assert code == 1
    assert {"summary", "findings", "unreadable"} <= set(json.loads(out))
    assert cli(*args, "--fail-on", "never")[0] == 0


def test_output_file_and_row_counts(cli, tmp_path):
    output = tmp_path / "report.json"
    code, out, err = cli("audit", FIXTURES / "s17.csv", "--procedure", S17, "--as-of", "2025-03-05 12:00",
                         "--format", "json", "--output", output)
    assert code == 1 and out == ""
    report = json.loads(output.read_text(encoding="utf-8"))
    s = report["summary"]
    assert (s["rows_read"], s["rows_audited"], s["rows_unreadable"]) == (8, 7, 1)
    assert [u["case"] for u in report["unreadable"]] == ["S17-007"]
    assert "读取 8 行，审计 7 行，无法读取 1 行" in err


@pytest.mark.parametrize("fmt", ["text", "json", "csv", "html", "junit"])
def test_every_format_reports_the_late_case(cli, tmp_path, fmt):
    output = tmp_path / f"report.{fmt}"
    code, _, _ = cli("audit", FIXTURES / "s17.csv", "--procedure", S17, "--as-of", "2025-03-05 12:00",
                     "--format", fmt, "--output", output)
    assert code == 1
    text = output.read_text(encoding="utf-8")
    assert "S17-002" in text and "verify_within_2h" in text
    assert "S17-001" not in text   # on time, and nothing else is wrong with it


def test_fail_on_warning_counts_warnings(cli, tmp_path):
    # Only a badly formed case number: a warning, not an error.
    export = write(tmp_path / "w.csv", "case_number\n2513001\n")
    args = ["audit", export, "--procedure", S48, "--as-of", "2025-04-01", "--format", "json"]
    code, out, _ = cli(*args)
    assert code == 0
    assert [f["kind"] for f in json.loads(out)["findings"]] == ["bad-case-number"]
    assert cli(*args, "--fail-on", "warning")[0] == 1


def test_unknown_procedure_exits_2(cli):
    code, _, err = cli("audit", FIXTURES / "s17.csv", "--procedure", "s17-no-such-procedure")
    assert code == 2
    assert "s17-no-such-procedure" in err


def test_missing_export_exits_2(cli, tmp_path):
    missing = tmp_path / "nowhere.csv"
    code, _, err = cli("audit", missing, "--procedure", S17)
    assert code == 2
    assert "nowhere.csv" in err


def test_mapping_to_an_unknown_column_exits_2(cli, tmp_path):
    mapping = write(tmp_path / "map.yaml", f"procedure: {S17}\ncolumns:\n  投诉编号: case_number\n  完成时间: finished_at\n")
    code, _, err = cli("audit", FIXTURES / "s17.csv", "--procedure", S17, "--mapping", mapping)
    assert code == 2
    assert "finished_at" in err and "map.yaml" in err


def test_broken_mapping_file_exits_2(cli, tmp_path):
    mapping = write(tmp_path / "map.yaml", "columns: [unclosed\n")
    code, _, err = cli("audit", FIXTURES / "s17.csv", "--procedure", S17, "--mapping", mapping)
    assert code == 2
    assert "map.yaml" in err


def test_mapping_for_another_procedure_exits_2(cli):
    code, _, err = cli("audit", FIXTURES / "s17.csv", "--procedure", S17, "--mapping", EXAMPLES / "s42-mapping.yaml")
    assert code == 2
    assert S42 in err


def test_unreadable_export_exits_2(cli, tmp_path):
    fake = write(tmp_path / "cases.xlsx", "this is not a workbook\n")
    code, _, err = cli("audit", fake, "--procedure", S17)
    assert code == 2
    assert "cases.xlsx" in err


def test_export_without_case_numbers_exits_2(cli, tmp_path):
    export = write(tmp_path / "nocase.csv", "receive_at,verify_at\n2025-03-04 09:00,2025-03-04 10:00\n")
    code, _, err = cli("audit", export, "--procedure", S17)
    assert code == 2
    assert "case_number" in err


def test_bad_as_of_exits_2(cli):
    code, _, err = cli("audit", FIXTURES / "s17.csv", "--procedure", S17, "--as-of", "下周一")
    assert code == 2
    assert "下周一" in err


# ---------------------------------------------------------------------------------------------
# rules, explain, mapping


def test_rules_json_lists_every_kind(cli):
    code, out, _ = cli("rules", "--json")
    assert code == 0
    kinds = json.loads(out)["kinds"]
    assert [k["code"] for k in kinds] == [f"CK10{i}" for i in range(1, 10)]
    assert {k["slug"] for k in kinds} == {"missing-field", "invalid-value", "wrong-routing", "missed-deadline",
                                          "ineligible", "out-of-order", "duplicate-case", "bad-case-number", "not-done"}
    for k in kinds:
        assert k["title"] and k["explanation"] and k["severity"] in {"error", "warning"}


def test_rules_json_for_a_procedure(cli):
    code, out, _ = cli("rules", "--procedure", S17, "--json")
    assert code == 0
    [rule] = [r for r in json.loads(out)["rules"] if r["rule"] == "verify_within_2h"]
    assert (rule["code"], rule["kind"], rule["clause"]) == ("CK104", "missed-deadline", "5.2.1.1")


def test_rules_by_code(cli):
    code, out, _ = cli("rules", "CK104")
    assert code == 0 and "missed-deadline" in out and "CK101" not in out
    assert cli("rules", "CK999")[0] == 2


def sql_lines(out: str) -> str:
    return "\n".join(line for line in out.splitlines() if not line.startswith("--"))


def test_explain_prints_a_parameterized_query(cli):
    code, out, _ = cli("explain", "--procedure", S42, "fee_dispute_over_5_months")
    assert code == 0
    sql = sql_lines(out)
    assert "SELECT" in sql and "?" in sql
    assert "fee_dispute" not in sql            # the catalog value travels as a parameter ...
    params = next(line for line in out.splitlines() if line.startswith("-- 参数"))
    assert "'fee_dispute'" in params           # ... and is shown as one
    assert "第十条" in out


def test_explain_a_deadline(cli):
    code, out, _ = cli("explain", "--procedure", S17, "verify_within_2h")
    assert code == 0
    assert "?" in sql_lines(out) and "verify_at" in out and "receive_at" in out
    assert str(2 * 3600 * 1_000_000) in out    # 2 hours, as a parameter in microseconds


def test_explain_unknown_rule_exits_2(cli):
    code, _, err = cli("explain", "--procedure", S17, "no_such_rule")
    assert code == 2 and "verify_within_2h" in err


def test_mapping_guesses_a_usable_profile(cli, catalog):
    code, out, _ = cli("mapping", "--procedure", S42, EXAMPLES / "s42-telecom-cases.csv")
    assert code == 0
    guessed = yaml.safe_load(out)
    assert guessed["procedure"] == S42
    columns = guessed["columns"]
    assert columns["投诉编号"] == "case_number"
    procedure = catalog.procedures[S42]
    times = {c.id for c in catalog.case_columns(procedure) if c.kind == "step_at"}
    assert columns["受理时间"] in times
    profile = MappingProfile.model_validate(guessed)
    assert unknown_targets(catalog, procedure, profile) == []


# ---------------------------------------------------------------------------------------------
# The shipped example (README): CSV and XLSX give the same findings.


@pytest.fixture(scope="module")
def example_reports(tmp_path_factory, catalog):
    """The example audited once as CSV and once as XLSX (module-scoped: each audit is a few hundred ms)."""
    reports = {}
    mp = pytest.MonkeyPatch()
    mp.setattr("checker.catalog.load_catalog", lambda *args, **kwargs: catalog)
    try:
        for suffix in ("csv", "xlsx"):
            output = tmp_path_factory.mktemp("example") / f"{suffix}.json"
            argv = ["audit", str(EXAMPLES / f"s42-telecom-cases.{suffix}"), *map(str, EXAMPLE[1:]),
                    "--format", "json", "--output", str(output)]
            reports[suffix] = (main(argv), json.loads(output.read_text(encoding="utf-8")))
    finally:
        mp.undo()
    return reports


def key(f: dict) -> tuple:
    return f["case"], f["row"], f["kind"], f["rule"], f["expected"], f["actual"]


def test_example_csv_and_xlsx_agree(example_reports):
    (csv_code, csv_report), (xlsx_code, xlsx_report) = example_reports["csv"], example_reports["xlsx"]
    assert csv_code == xlsx_code == 1
    assert csv_report["findings"]
    assert sorted(map(key, csv_report["findings"])) == sorted(map(key, xlsx_report["findings"]))
    for report in (csv_report, xlsx_report):
        s = report["summary"]
        assert s["rows_read"] == s["rows_audited"] == 40 and s["rows_unreadable"] == 0
        assert report["unreadable"] == []


def test_example_finds_the_planted_problems(example_reports):
    _, report = example_reports["csv"]
    found = {(f["case"], f["rule"]): f for f in report["findings"]}
    late = found[("DX20250028", "reply_15_working_days")]
    assert late["row"] == 29 and late["open"] is False
    assert late["expected"] == "2025-02-14 24:00" and "逾期1个工作日" in late["trace"]
    assert found[("DX20250009", "reply_15_working_days")]["open"] is True       # never answered
    assert found[("DX20250004", "fee_dispute_over_5_months")]["kind"] == "ineligible"
    assert found[("DX20250013", "settled_by_executed_agreement")]["kind"] == "ineligible"
    assert found[("DX20250016", "category")]["actual"] == "资费"
    dup = [f for f in report["findings"] if f["kind"] == "duplicate-case"]
    assert [(f["case"], f["row"], f["expected"]) for f in dup] == [("DX20250021", 23, "22")]


def test_readme_command_as_a_process():
    result = subprocess.run(
        [sys.executable, "-m", "checker", "audit", *map(str, EXAMPLE), "--format", "json"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert any(f["case"] == "DX20250028" and f["rule"] == "reply_15_working_days" for f in report["findings"])


# --- the audit plan ------------------------------------------------------------------------------------------


def test_plan_is_what_the_audit_runs(cli, catalog):
    """The JSON plan's statements, run on the audit's own two tables, give exactly the audit's findings."""
    from datetime import datetime

    from checker.audit import audit_prepared
    from checker.cases import prepare_cases
    from checker.deadlines import WorkCalendar
    from checker.deadlines_sql import register_calendar
    from checker.mapping import load_profile

    code, out, _ = cli("plan", EXAMPLES / "s42-telecom-cases.csv", "--procedure", S42,
                       "--mapping", EXAMPLES / "s42-mapping.yaml", "--json")
    assert code == 0
    plan = json.loads(out)
    procedure = catalog.procedures[S42]
    as_of = datetime(2025, 4, 1)
    prepared = prepare_cases(catalog, procedure, [EXAMPLES / "s42-telecom-cases.csv"],
                             load_profile(EXAMPLES / "s42-mapping.yaml"))
    try:
        con = prepared.con
        con.execute("DROP VIEW audited")
        register_calendar(con, WorkCalendar.statutory())
        for statement in plan["setup"]:
            con.execute(statement)
        by_plan = set()
        for rule in plan["rules"]:
            params = rule["params"] + ([as_of] if rule["as_of_param"] else [])
            by_plan |= {(rule["rule"], row[2]) for row in con.execute(rule["sql"], params).fetchall()}
        result = audit_prepared(prepared, as_of, "", WorkCalendar.statutory())
    finally:
        prepared.close()
    by_audit = {(f["rule"], f["row"]) for f in result.findings}
    assert by_plan == by_audit and len(by_audit) >= 6
    assert plan["calendar"].endswith("年") and plan["skipped"] == result.summary()["skipped_rules"]


def test_plan_says_which_rules_an_export_cannot_run(cli, tmp_path):
    export = write(tmp_path / "few.csv", "case_number,receive_at\nA-1,2025-03-04 09:00\n")
    code, out, _ = cli("plan", export, "--procedure", S42)
    assert code == 0
    assert "-- CK104 reply_15_working_days：" not in out
    assert "-- 不执行 reply_15_working_days：" in out and "导出中没有列：reply_at" in out
    code, everything, _ = cli("plan", "--procedure", S42)
    assert "-- CK104 reply_15_working_days：" in everything and "ck_calendar" in everything


def test_plan_of_an_event_log_reads_the_pivoted_columns(cli):
    """An event log's columns are the pivot's (<step>_at, <step>_by), not the log's own headers."""
    log, mapping = EXAMPLES / "s17-event-log.csv", EXAMPLES / "s17-event-log-mapping.yaml"
    code, out, _ = cli("plan", log, "--procedure", S17, "--mapping", mapping)
    assert code == 0
    assert "-- CK104 verify_within_2h：" in out and "导出中没有列：receive_at" not in out


@pytest.mark.parametrize("rows,order", [
    ("A-1,29/2/2016 01:23\nA-2,1/3/2016 02:00\n", "day_first"),
    ("A-1,2/29/2016 01:23\nA-2,3/1/2016 02:00\n", "month_first"),
    ("A-1,1/3/2016 01:23\nA-2,2/3/2016 02:00\n", None),          # the values do not say: nothing is guessed
])
def test_mapping_proposes_the_date_order_the_values_prove(cli, tmp_path, rows, order):
    export = write(tmp_path / "cases.csv", "case_number,receive_at\n" + rows)
    code, out, _ = cli("mapping", export, "--procedure", S17)
    assert code == 0
    assert yaml.safe_load(out).get("date_order") == order


def test_audit_reads_a_catalog_of_ones_own(tmp_path):
    """A company keeps its own procedures in a folder of its own (`--catalog`): the audit reads them from there."""
    import shutil

    own = tmp_path / "own-catalog"
    (own / "procedures").mkdir(parents=True)
    text = (REPO / "procedures" / f"{S42}.yaml").read_text(encoding="utf-8")
    (own / "procedures" / "in-house-appeals.yaml").write_text(text.replace(f"id: {S42}", "id: in-house-appeals", 1),
                                                             encoding="utf-8")
    shutil.copytree(REPO / "forms", own / "forms")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text((EXAMPLES / "s42-mapping.yaml").read_text(encoding="utf-8").replace(S42, "in-house-appeals"),
                       encoding="utf-8")
    args = [sys.executable, "-m", "checker", "audit", str(EXAMPLES / "s42-telecom-cases.csv"), "--procedure",
            "in-house-appeals", "--mapping", str(mapping), "--as-of", "2025-12-31",
            "--format", "json", "--fail-on", "never"]
    mine = subprocess.run(args + ["--catalog", str(own)], capture_output=True, text=True, cwd=REPO)
    assert mine.returncode == 0, mine.stderr
    assert json.loads(mine.stdout)["summary"]["procedure"] == "in-house-appeals"
    theirs = subprocess.run(args, capture_output=True, text=True, cwd=REPO)   # not in this repository's catalog
    assert theirs.returncode == 2 and "in-house-appeals" in theirs.stderr


def test_a_procedure_whose_only_rule_no_export_can_check_does_not_pass_and_says_why(cli, tmp_path):
    """S30's one rule of its own (无效投诉) names no step that means the case was accepted: no export can show it.
    The audit still cannot pass, and it says that no export could, not that this one lacks columns."""
    export = tmp_path / "tickets.csv"
    export.write_text("case_number,channel\nT1,hotline_10000\nT2,weibo\n", encoding="utf-8")
    code, _, err = cli("audit", export, "--procedure", "s30-telecom-tianyi-space-complaints", "--format", "json",
                       "--output", tmp_path / "r.json")
    assert code == 3
    assert "均无法从任何导出检查" in err and "缺列" not in err.split("一条也没有检查")[1]


def test_explain_says_when_the_audit_never_runs_a_rule(cli):
    code, out, _ = cli("explain", "invalid_complaint", "--procedure", "s30-telecom-tianyi-space-complaints")
    assert code == 0
    assert "审计不执行这条规则：" in out and "accepted_step" in out


def test_a_value_mapped_to_empty_text_reads_as_blank(cli, tmp_path):
    export, profile = tmp_path / "cases.csv", tmp_path / "profile.yaml"
    export.write_text("件号,受理结论,结论时间,投诉事项\nA1,受理,2025-03-03 10:00,渗漏\nA2,受理,2025-03-04 10:00,物业管理\n",
                      encoding="utf-8")
    profile.write_text("columns: {件号: case_number, 结论时间: record_at, 投诉事项: is_quality_defect}\n"
                       "values: {is_quality_defect: {渗漏: 'yes', 物业管理: ''}}\n", encoding="utf-8")
    code, out, _ = cli("audit", export, "--procedure", "s37-xiamen-construction-quality-complaints", "--mapping",
                       profile, "--format", "json", "--fail-on", "never", "--as-of", "2025-07-01")
    found = {(f["case"], f["code"]) for f in json.loads(out)["findings"]}
    # not an invalid value, and not a case 'not a quality defect' accepted: the column is blank for A2
    assert ("A2", "CK102") not in found and ("A2", "CK105") not in found
    # the same export with 物业管理 mapped to 'no' is the ineligible acceptance
    profile.write_text(profile.read_text(encoding="utf-8").replace("物业管理: ''", "物业管理: 'no'"), encoding="utf-8")
    code, out, _ = cli("audit", export, "--procedure", "s37-xiamen-construction-quality-complaints", "--mapping",
                       profile, "--format", "json", "--fail-on", "never", "--as-of", "2025-07-01")
    assert ("A2", "CK105") in {(f["case"], f["code"]) for f in json.loads(out)["findings"]}
