"""`python -m checker mapping`: starter profiles guessed from headers and values, with their evidence, and the dry
run `mapping --mapping FILE --check`. Every export here is a small invented file written by the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from checker.mapping import MappingProfile, profile_problems, unknown_targets

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
S11, S17, S42 = "s11-complaint-office-general", "s17-complaint-control-8d", "s42-telecom-user-appeals"


@pytest.fixture
def run(run_cli):
    """(exit code, stdout, stderr) of an in-process `python -m checker ARGS`."""
    return run_cli


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def draft(run, catalog, export: Path, procedure: str) -> tuple[dict, str]:
    """The starter profile (loaded) and its text; it must be a valid profile the audit accepts."""
    code, out, _ = run("mapping", export, "--procedure", procedure)
    assert code == 0
    data = yaml.safe_load(out)
    profile = MappingProfile.model_validate(data)
    p = catalog.procedures[procedure]
    assert unknown_targets(catalog, p, profile) == []
    assert profile_problems(p, profile) == []
    return data, out


def line_of(text: str, start: str) -> str:
    return next(line for line in text.splitlines() if line.lstrip().startswith(start))


# --- values ------------------------------------------------------------------------------------------------------


def test_value_vocabularies_are_proposed_with_counts_and_unknown_values_are_left_out(run, catalog, tmp_path):
    export = write(tmp_path / "s42.csv", "投诉编号,受理时间,用户是否满意,已和解并执行,已出具调解意见书,申诉类别\n"
                   + "".join(f"A-{i},2025-03-0{i % 9 + 1} 09:00,{s},{y},{n},{c}\n" for i, (s, y, n, c) in enumerate(
                       [("满意", "是", "N", "话费争议")] * 5 + [("不满意", "否", "Y", "其他")] * 3
                       + [("一般", "否", "N", "费率")])))
    data, text = draft(run, catalog, export, S42)
    assert data["columns"]["用户是否满意"] == "satisfaction"
    assert data["values"]["satisfaction"] == {"满意": "satisfied", "不满意": "unsatisfied"}
    assert data["values"]["settlement_executed"] == {"是": True, "否": False}
    # 已出具调解意见书 abbreviates S42's label; its Y/N values read as yes/no
    assert data["columns"]["已出具调解意见书"] == "mediation_opinion_issued"
    assert data["values"]["mediation_opinion_issued"] == {"Y": True, "N": False}
    assert data["values"]["category"] == {"话费争议": "fee_dispute", "其他": "other"}
    # counts and reasons are in the comments; the value no option matches is commented out, not guessed
    assert "5 行；等于选项“满意”" in line_of(text, "满意:")
    assert line_of(text, "# 一般:").endswith("没有相近的选项（可选：satisfied 满意、unsatisfied 不满意）")
    assert "1 行" in line_of(text, "# 费率:")
    assert "满意 (5)、不满意 (3)、一般 (1)" in line_of(text, "satisfaction:")


def test_english_crm_headers_and_the_column_the_rules_read(run, catalog, tmp_path):
    """S11 has a field received_at no rule reads and a step receive whose time its 24-hour rule reads: a
    "Created" header goes to the step, and the comment says why."""
    export = write(tmp_path / "crm.csv", "Ticket ID,Created,Channel,Description,Assigned To\n"
                   "T-1,2025-03-03 09:00,Phone,noise,Ann\nT-2,2025-03-04 10:00,Email,leak,Bob\n"
                   "T-3,2025-03-05 11:00,Web,,Ann\nT-4,2025-03-06 12:00,Phone,rust,Ann\n")
    data, text = draft(run, catalog, export, S11)
    assert data["columns"] == {"Ticket ID": "case_number", "Created": "receive_at", "Channel": "channel",
                               "Description": "content"}
    assert "规则读取环节“通过统一渠道接收投诉”的时间 receive_at，不读字段 received_at" in line_of(text, "Created:")
    assert "4 个值中 100% 可识别为日期" in line_of(text, "Created:")
    assert data["values"]["channel"] == {"Phone": "hotline", "Email": "email", "Web": "website"}


def test_a_choice_column_whose_values_match_no_option_is_not_mapped_silently(run, catalog, tmp_path):
    export = write(tmp_path / "car.csv", "id,type,datetime\n" + "".join(
        f"{i},2020款 {i}L,2020/6/{i % 9 + 1}\n" for i in range(1, 8)))
    data, text = draft(run, catalog, export, S11)
    assert data["columns"] == {"id": "case_number"}
    line = line_of(text, "# type: category")
    assert "只有 0% 的值对得上选项" in line and "取值无效" in line
    # a date column whose header names no time: offered, commented out, with the evidence
    line = line_of(text, "# datetime: receive_at")
    assert "7 个值中 100% 可识别为日期" in line and "表头没有说明是哪个时间" in line


def test_a_time_header_whose_values_are_not_dates_is_commented_out(run, catalog, tmp_path):
    export = write(tmp_path / "s42.csv", "投诉编号,受理时间,答复时间\nA-1,次日上午,2025-03-04 10:00\n"
                   "A-2,不详,2025-03-05 10:00\nA-3,2025-03-03 09:00,2025-03-06 10:00\n")
    data, text = draft(run, catalog, export, S42)
    assert data["columns"] == {"投诉编号": "case_number", "答复时间": "reply_at"}
    assert "但只有 3 个值中 33% 可识别为日期，不像时间列" in line_of(text, "# 受理时间: receive_at")


def test_yes_no_columns_are_found_by_their_values(run, catalog, tmp_path):
    export = write(tmp_path / "s11.csv", "编号,复杂,长期未解决的投诉,已回访\nA-1,是,否,Y\nA-2,否,否,N\nA-3,是,是,Y\n")
    data, text = draft(run, catalog, export, S11)
    assert data["columns"]["长期未解决的投诉"] == "long_unresolved"
    assert data["values"]["long_unresolved"] == {"是": True, "否": False}
    assert data["columns"]["复杂"] == "is_complex"        # an abbreviation of 复杂投诉, and its values are yes/no
    assert "取值都是是/否" in line_of(text, "复杂:")
    # a yes/no column whose header resembles no yes/no field of the procedure: nothing left to offer, listed
    assert "已回访" not in data["columns"]
    assert "是/否列" in line_of(text, "#   已回访")


def test_odd_headers_and_values_still_give_valid_yaml(run, catalog, tmp_path):
    export = write(tmp_path / "odd.csv", 'Case ID,"Channel: main # x",? note,满意度\n'
                   'C-1,yes,"a\nb",\'满意\'\nC-2,no,x,"- 不满意"\n')
    data, text = draft(run, catalog, export, S42)
    assert data["procedure"] == S42 and data["columns"]["Case ID"] == "case_number"


# --- event logs --------------------------------------------------------------------------------------------------

LOG = """案件,活动,时间,处理人,客户单位
K-1,受理客户投诉,2025-03-03 09:00,业务部,甲厂
K-1,核实问题,2025-03-03 12:00,品质部,甲厂
K-1,打印标签,2025-03-03 13:00,业务部,甲厂
K-1,回复客户,2025-03-10 09:00,业务部,甲厂
K-2,受理客户投诉,2025-03-04 09:00,业务部,乙厂
K-2,核实问题,2025-03-04 10:00,品质部,乙厂
K-2,回复客户,2025-03-12 09:00,品质部,乙厂
K-3,受理客户投诉,2025-03-05 09:00,业务部,丙厂
K-3,核实问题,2025-03-05 09:30,品质部,丙厂
"""


def test_an_event_log_gets_an_event_log_section_with_its_activities(run, catalog, tmp_path):
    export = write(tmp_path / "log.csv", LOG)
    data, text = draft(run, catalog, export, S17)
    log = data["event_log"]
    assert (log["case"], log["activity"], log["time"], log["resource"]) == ("案件", "活动", "时间", "处理人")
    assert log["activities"] == {"受理客户投诉": "receive", "核实问题": "verify", "回复客户": "reply"}
    assert log["last"] == []
    assert data["columns"] == {"客户单位": "customer"}           # constant within each case: a case attribute
    assert "9 个事件，3 个案件" in line_of(text, "event_log:")
    assert "3 个事件，3 个案件，其中 3 个案件以它开始" in line_of(text, "受理客户投诉:")
    assert "不像任何环节" in line_of(text, "# 打印标签:")        # no step: commented out, with its count
    # the draft audits as it is: the 2-hour rule finds K-1 (3 hours)
    output = tmp_path / "report.json"
    mapping = write(tmp_path / "map.yaml", text)
    code, _, _ = run("audit", export, "--procedure", S17, "--mapping", mapping, "--as-of", "2025-04-01",
                     "--format", "json", "--output", output, "--fail-on", "never")
    assert code == 0
    findings = json.loads(output.read_text(encoding="utf-8"))["findings"]
    assert {(f["case"], f["rule"]) for f in findings if f["code"] == "CK104"} == {("K-1", "verify_within_2h")}


def test_the_activity_that_opens_the_cases_is_the_receipt_whatever_its_name(run, catalog, tmp_path):
    """Helpdesk logs open most tickets with "Assign seriousness": its name says classify, its place says receive;
    an activity named like the receipt that opens none of the cases it appears in is not taken for it."""
    rows = ["case:concept:name,concept:name,time:timestamp"]
    for i in range(1, 6):
        rows += [f"C{i},Assign seriousness,2025-03-0{i} 09:00", f"C{i},Take in charge ticket,2025-03-0{i} 10:00",
                 f"C{i},Create SW anomaly,2025-03-0{i} 11:00", f"C{i},Resolve ticket,2025-03-0{i} 15:00"]
    export = write(tmp_path / "helpdesk.csv", "\n".join(rows) + "\n")
    data, text = draft(run, catalog, export, S11)
    assert data["event_log"]["activities"] == {"Assign seriousness": "receive", "Take in charge ticket": "initial_reply",
                                               "Resolve ticket": "solution"}
    assert "名称像环节 classify" in line_of(text, "Assign seriousness:") and "100% 以它开始" in line_of(
        text, "Assign seriousness:")
    assert "不像受理" in line_of(text, "# Create SW anomaly: receive")


def test_a_table_of_cases_with_a_duplicate_is_not_an_event_log(run, catalog, tmp_path):
    export = write(tmp_path / "cases.csv", "投诉编号,处理状态,受理时间\nA-1,已受理,2025-03-03 09:00\n"
                   "A-1,已办结,2025-03-04 09:00\nA-2,已受理,2025-03-05 09:00\nA-3,已受理,2025-03-05 09:00\n"
                   "A-4,已受理,2025-03-05 09:00\n")
    data, _ = draft(run, catalog, export, S42)
    assert "event_log" not in data and data["columns"]["投诉编号"] == "case_number"


def test_the_shipped_event_log_example_and_its_starter_profile_find_the_same(run, catalog, tmp_path):
    export = EXAMPLES / "s17-event-log.csv"
    data, text = draft(run, catalog, export, S17)
    starter = write(tmp_path / "starter.yaml", text)
    found = {}
    for name, mapping in (("starter", starter), ("hand", EXAMPLES / "s17-event-log-mapping.yaml")):
        output = tmp_path / f"{name}.json"
        code, _, _ = run("audit", export, "--procedure", S17, "--mapping", mapping, "--as-of", "2025-03-31 12:00",
                         "--format", "json", "--output", output)
        assert code == 1
        report = json.loads(output.read_text(encoding="utf-8"))
        found[name] = sorted((f["case"], f["rule"]) for f in report["findings"])
    assert found["starter"] == found["hand"] == [
        ("KS-002", "verify_within_2h"), ("KS-003", "step-reply"), ("KS-004", "confirm_effect-reply"),
        ("KS-005", "verify_within_2h")]


# --- the dry run -------------------------------------------------------------------------------------------------


def test_check_lists_each_rule_and_exits_3_when_some_will_not_run(run, tmp_path):
    export = write(tmp_path / "few.csv", "编号,受理时间\nA-1,2025-03-04 09:00\n")
    mapping = write(tmp_path / "map.yaml", "columns: {编号: case_number, 受理时间: receive_at}\n")
    code, out, _ = run("mapping", export, "--procedure", S42, "--mapping", mapping, "--check")
    assert code == 3
    assert "  ✓ CK107 case_number：案件编号唯一（读取 case_number←“编号”）" in out
    line = line_of(out, "✗ CK104 reply_15_working_days")
    assert "缺列：reply_at（经营者答复用户）" in line
    assert out.rstrip().splitlines()[-1].startswith("结论：") and "不会检查" in out.rstrip().splitlines()[-1]


def test_check_exits_0_when_every_rule_will_run(run, catalog, tmp_path):
    procedure = catalog.procedures[S17]
    columns = [c.id for c in catalog.case_columns(procedure)]
    values = {c: "2025-03-04 09:00" if c.endswith("_at") or c == "received_at" else "x" for c in columns}
    values.update(case_number="A-1", reply_report="eight_d_report", receive_by="sales")
    export = write(tmp_path / "all.csv", ",".join(columns) + "\n" + ",".join(values[c] for c in columns) + "\n")
    mapping = write(tmp_path / "map.yaml", f"procedure: {S17}\n")
    code, out, _ = run("mapping", export, "--procedure", S17, "--mapping", mapping, "--check")
    assert code == 0, out
    assert "不会检查的规则（0）" in out and "都将检查" in out


def test_check_warns_of_what_the_audit_would_do_silently(run, tmp_path):
    export = write(tmp_path / "c.csv", "编号,类别,受理时间\nA-1,话费争议,2025-03-04 09:00\nA-2,资费,2025-03-04 09:00\n")
    mapping = write(tmp_path / "map.yaml", "columns: {编号: case_number, 类别: category, 答复日期: reply_at}\n"
                                           "values: {category: {话费争议: fee_dispute}}\n")
    code, out, _ = run("mapping", export, "--procedure", S42, "--mapping", mapping, "--check")
    assert code == 3
    assert "映射文件中的表头“答复日期”不在导出中" in out
    assert "1 行的取值不在选项中，审计将报“取值无效”：资费 (1)" in out


def test_check_does_not_warn_of_values_mapped_to_blank(run, tmp_path):
    """'' maps a value to blank (not applicable), which the audit does not call invalid: nor does the dry run."""
    export = write(tmp_path / "c.csv", "编号,类别,受理时间\nA-1,话费争议,2025-03-04 09:00\nA-2,咨询,2025-03-04 09:00\n")
    mapping = write(tmp_path / "map.yaml", "columns: {编号: case_number, 类别: category}\n"
                                           "values: {category: {话费争议: fee_dispute, 咨询: ''}}\n")
    code, out, _ = run("mapping", export, "--procedure", S42, "--mapping", mapping, "--check")
    assert "取值不在选项中" not in out, out
    code, out, _ = run("audit", export, "--procedure", S42, "--mapping", mapping, "--as-of", "2025-07-01")
    assert "CK102" not in out


def test_check_of_an_event_log_profile_sees_the_pivoted_columns(run, tmp_path):
    export = write(tmp_path / "log.csv", LOG)
    mapping = write(tmp_path / "map.yaml", "event_log:\n  case: 案件\n  activity: 活动\n  time: 时间\n  resource: 处理人\n"
                                           "  activities: {受理客户投诉: receive, 核实问题: verify, 不存在: reply}\n")
    code, out, _ = run("mapping", export, "--procedure", S17, "--mapping", mapping, "--check")
    assert code == 3
    assert "✓ CK104 verify_within_2h" in out
    assert "event_log.activities 中的活动在导出中没有出现：不存在" in out
    assert "2 种活动（3 个事件）不对应任何环节，审计时忽略：回复客户 (2)、打印标签 (1)" in out


def test_check_refuses_what_the_audit_refuses_and_needs_both_options(run, tmp_path):
    export = write(tmp_path / "c.csv", "编号\nA-1\n")
    bad = write(tmp_path / "bad.yaml", "columns: {编号: no_such_column}\n")
    code, _, err = run("mapping", export, "--procedure", S42, "--mapping", bad, "--check")
    assert code == 2 and "映射到制度中不存在的列：no_such_column" in err
    assert run("mapping", export, "--procedure", S42, "--check")[0] == 2
    code, _, err = run("mapping", export, "--procedure", S42, "--mapping", bad)
    assert code == 2 and "--check 与 --mapping 要一起用" in err
    empty = write(tmp_path / "empty.yaml", "columns: {}\n")
    code, out, _ = run("mapping", export, "--procedure", S42, "--mapping", empty, "--check")
    assert code == 2 and "没有列映射到案件编号 case_number" in out


def test_help_states_the_exit_codes(run):
    code, out, _ = run("mapping", "--help")
    assert code == 0
    assert "3 --check 时有规则因缺列不会检查" in " ".join(out.split()) and "--check" in out


@pytest.mark.parametrize("export,procedure", [
    (EXAMPLES / "s42-telecom-cases.csv", S42), (EXAMPLES / "s17-event-log.csv", S17)])
def test_the_printed_draft_loads_as_the_guesses_it_lists(catalog, export, procedure):
    """What the YAML text loads as is exactly the draft's active guesses: a comment never hides a live line."""
    import duckdb

    from checker.mapping_guess import guess
    from checker.readers import read_export

    con = duckdb.connect()
    headers = list(read_export(export, con, table="raw").columns)
    made = guess(catalog, catalog.procedures[procedure], con, "raw", headers, str(export))
    assert yaml.safe_load(made.text()) == made.profile()


def test_check_warns_when_a_same_person_rule_compares_columns_sharing_no_value(run, tmp_path):
    """S39's 升级投诉受理人员应全程跟踪: a department beside a person is never the same, whoever handled it."""
    mapping = write(tmp_path / "map.yaml", "columns: {工单号: case_number, 受理: receive_by, 跟踪人: escalated_track_by}\n")
    apart = write(tmp_path / "apart.csv", "工单号,受理,跟踪人\nT-1,客服中心,张三\nT-2,客服中心,李四\n")
    _, out, _ = run("mapping", apart, "--procedure", "s39-telecom-branch-complaints", "--mapping", mapping, "--check")
    assert "规则 escalated_tracked_by_receiver 比较列“跟踪人”与“受理”是否同一人，但两列没有一个相同的取值" in out
    people = write(tmp_path / "people.csv", "工单号,受理,跟踪人\nT-1,张三,张三\nT-2,王五,李四\n")
    _, out, _ = run("mapping", people, "--procedure", "s39-telecom-branch-complaints", "--mapping", mapping, "--check")
    assert "是否同一人" not in out
