"""A register's status column and one date standing for several outcome steps (`outcomes:` in a mapping profile):
受理结论 受理 / 建议其他途径 with 结论时间 is the time of S37's record step for one and of its refer-elsewhere step for
the other. Audited end to end on a small export written here; the dry run and the profile's mistakes too."""

from __future__ import annotations

import json

import pytest
import yaml

S37 = "s37-xiamen-construction-quality-complaints"
EXPORT = """件号,登记时间,投诉事项,受理结论,结论时间,值班人员
A1,2025-03-03 09:00,渗漏,受理,2025-03-03 10:00,张三
A2,2025-03-04 09:00,物业管理,受理,2025-03-04 10:00,张三
A3,2025-03-05 09:00,物业管理,建议其他途径,2025-03-05 10:00,李四
A4,2025-03-06 09:00,渗漏,受理,2025-03-06 08:00,李四
A5,2025-03-07 09:00,物业管理,建议其他途径,2025-03-07 08:00,王五
"""
PROFILE = f"""procedure: {S37}
columns:
  件号: case_number
  登记时间: receive_at
  投诉事项: is_quality_defect
values:
  is_quality_defect: {{渗漏: 'yes', 物业管理: 'no'}}
outcomes:
  受理结论:
    date: 结论时间
    by: 值班人员
    steps: {{受理: record, 建议其他途径: refer_elsewhere}}
roles: {{张三: duty_officer, 李四: duty_officer, 王五: sub_center}}
"""


@pytest.fixture
def files(tmp_path):
    export, profile = tmp_path / "register.csv", tmp_path / "profile.yaml"
    export.write_text(EXPORT, encoding="utf-8")
    profile.write_text(PROFILE, encoding="utf-8")
    return export, profile


def audit(run_cli, export, profile, exit_code: int = 0) -> dict:
    code, out, _ = run_cli("audit", export, "--procedure", S37, "--mapping", profile, "--as-of", "2025-07-01",
                           "--format", "json", "--fail-on", "never")
    assert code == exit_code
    return json.loads(out)


def test_the_status_names_the_step_its_date_and_doer_belong_to(run_cli, files):
    report = audit(run_cli, *files)
    found = {(f["case"], f["rule"]) for f in report["findings"]}
    # accepted (recorded) although not a quality defect; the one advised elsewhere is not reported
    assert ("A2", "not_quality_defect") in found and ("A3", "not_quality_defect") not in found
    # each date is read as the step its status names, and ordered after the receipt
    assert ("A4", "receive-record") in found and ("A5", "receive-refer_elsewhere") in found
    assert ("A4", "receive-refer_elsewhere") not in found and ("A5", "receive-record") not in found
    # the doer of the step the status names: 王五 advised A5 elsewhere, a step of the duty officer's
    assert ("A5", "step-refer_elsewhere") in found and ("A5", "step-record") not in found
    assert len(found) == 4
    # findings name the export's own column, with the status that chose it
    late = next(f for f in report["findings"] if f["case"] == "A4")
    assert "结论时间（受理结论：受理）" in late["column"]


def test_the_dry_run_reads_each_step_from_the_status_and_date(run_cli, files):
    export, profile = files
    code, out, _ = run_cli("mapping", export, "--procedure", S37, "--mapping", profile, "--check")
    assert code == 3      # the small register lacks the columns of most rules: the dry run says so
    assert "record_at←“结论时间（受理结论：受理）”" in out
    assert "refer_elsewhere_at←“结论时间（受理结论：建议其他途径）”" in out
    # an eligibility rule and a choice field share the id delivered_without_acceptance: each keeps its own code
    assert "✗ CK105 delivered_without_acceptance" in out and "✗ CK102 delivered_without_acceptance" not in out


def test_an_outcome_naming_a_step_the_procedure_lacks_or_a_step_given_twice_is_refused(run_cli, files):
    export, profile = files
    profile.write_text(PROFILE.replace("建议其他途径: refer_elsewhere", "建议其他途径: refer_elsewher")
                       .replace("  投诉事项: is_quality_defect", "  投诉事项: is_quality_defect\n  值班人员: record_by"),
                       encoding="utf-8")
    code, _, err = run_cli("audit", export, "--procedure", S37, "--mapping", profile, "--as-of", "2025-07-01")
    assert code == 2
    assert "映射到不存在的环节 refer_elsewher" in err
    assert "环节 record 既由 columns 中的表头“值班人员”提供，又由 outcomes.受理结论 提供" in err


def test_an_outcome_header_the_export_lacks_is_reported(run_cli, files):
    export, profile = files
    profile.write_text(PROFILE.replace("date: 结论时间", "date: 结论日期"), encoding="utf-8")
    report = audit(run_cli, export, profile, exit_code=3)     # a mapping that points at nothing does not pass
    assert {a["header"] for a in report["summary"]["absent_headers"]} == {"结论日期"}
    code, out, _ = run_cli("mapping", export, "--procedure", S37, "--mapping", profile, "--check")
    assert "映射文件中的表头“结论日期”不在导出中" in out


def test_the_draft_proposes_the_status_and_date_as_outcomes(run_cli, files, tmp_path):
    export, _ = files
    code, out, _ = run_cli("mapping", export, "--procedure", S37)
    assert code == 0
    data = yaml.safe_load(out)
    # 结论时间 says what 受理结论 says (结论): the outcome is taken, each value to the step its name resembles
    assert data["outcomes"] == {"受理结论": {"date": "结论时间", "steps": {"受理": "record", "建议其他途径": "refer_elsewhere"}}}
    assert "结论时间" not in data["columns"]
    # a date whose header says nothing of the status is only offered
    other = tmp_path / "other.csv"
    other.write_text(EXPORT.replace("结论时间", "日期"), encoding="utf-8")
    code, out, _ = run_cli("mapping", other, "--procedure", S37)
    assert "outcomes" not in yaml.safe_load(out)
    assert "# outcomes:" in out and "请核对它是不是这些环节的时间" in out


def test_the_dry_run_names_the_statuses_that_take_no_step(run_cli, files):
    export, profile = files
    export.write_text(EXPORT + "A6,2025-03-08 09:00,渗漏,待定,2025-03-08 10:00,张三\n", encoding="utf-8")
    _, out, _ = run_cli("mapping", export, "--procedure", S37, "--mapping", profile, "--check")
    assert "outcomes.受理结论：1 行的结论不对应任何环节" in out and "待定 (1)" in out
