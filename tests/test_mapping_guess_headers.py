"""Starter profiles (issue #18): headers that are a step's own wording, English headers that say a step's id, the
case number by content, yes/no option ids and abbreviated option labels, departments named another way. Every
export is a small invented file written by the test; every guess must carry its evidence, and a guess between two
alike steps stays commented out."""

from __future__ import annotations

from pathlib import Path

import yaml

from checker.mapping import MappingProfile, profile_problems, unknown_targets

from test_mapping_guess import run  # noqa: F401  (the in-process CLI fixture)

S9, S11, S12 = "s9-xiangyong-property-service", "s11-complaint-office-general", "s12-property-center-complaints"
S17, S24, S40 = "s17-complaint-control-8d", "s24-nanjing-cable-complaint-supervision", "s40-property-complaint-handling"
S35, S42 = "s35-product-quality-complaint-flow", "s42-telecom-user-appeals"


def draft(run, catalog, tmp_path: Path, procedure: str, text: str) -> tuple[dict, str]:
    export = tmp_path / "export.csv"
    export.write_text(text, encoding="utf-8")
    code, out, _ = run("mapping", export, "--procedure", procedure)
    assert code == 0
    data = yaml.safe_load(out)
    profile = MappingProfile.model_validate(data)
    p = catalog.procedures[procedure]
    assert unknown_targets(catalog, p, profile) == [] and profile_problems(p, profile) == []
    return data, out


def line_of(text: str, start: str) -> str:
    return next(line for line in text.splitlines() if line.lstrip().startswith(start))


def rows(header: str, make, n: int = 6) -> str:
    return header + "\n" + "".join(make(i) + "\n" for i in range(n))


def test_a_header_in_the_steps_own_words_maps_to_that_step(run, catalog, tmp_path):
    text = rows("投诉单号,接待时间,呈报总经理时间,转呈主任时间,主任处理时间,主任处理人",
                lambda i: f"A{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 12:00,2025-03-0{i + 1} 09:20,"
                          f"2025-03-0{i + 1} 15:00,管理处主任")
    data, out = draft(run, catalog, tmp_path, S9, text)
    assert data["columns"] == {"投诉单号": "case_number", "接待时间": "receive_at", "呈报总经理时间": "report_gm_at",
                               "转呈主任时间": "report_director_at", "主任处理时间": "director_handle_at",
                               "主任处理人": "director_handle_by"}
    assert "相近" in line_of(out, "呈报总经理时间:")     # the evidence: resemblance to the step's name


def test_who_did_a_step_is_read_from_a_person_header(run, catalog, tmp_path):
    text = rows("投诉编号,登记时间,受理人,回访日期,回访人",
                lambda i: f"K{i},2025-03-0{i + 1} 09:00,客户服务部,2025-03-0{i + 2} 10:00,客户服务助理")
    data, _ = draft(run, catalog, tmp_path, S12, text)
    assert data["columns"]["受理人"] == "receive_by"
    assert data["columns"]["回访人"] == "revisit_by"
    assert data["columns"]["回访日期"] == "revisit_at"


def test_two_steps_named_alike_are_both_offered_commented_out(run, catalog, tmp_path):
    text = rows("工单号,登记时间,登记人", lambda i: f"N{i},2025.03.0{i + 1} 09:00,客服中心")
    data, out = draft(run, catalog, tmp_path, S24, text)
    assert "登记人" not in data["columns"]
    assert "同样相近" in line_of(out, "# 登记人:")
    # the receipt is the flow's first receiving step, not 继续填写登记处理单
    assert data["columns"]["登记时间"] == "register_at"
    # a department named with another unit word and the usual abbreviation is the role
    assert data["roles"].get("客服中心") is None          # 登记人 is not mapped: its values are not offered


def test_department_names_differing_by_unit_word_are_the_role(run, catalog, tmp_path):
    text = rows("工单号,登记时间,结果通报时间,通报人",
                lambda i: f"N{i},2025.03.0{i + 1} 09:00,2025.03.0{i + 2} 09:00,客服中心")
    data, out = draft(run, catalog, tmp_path, S24, text)
    assert data["columns"]["通报人"] == "notify_result_by"
    assert data["roles"]["客服中心"] == "customer_service"
    assert "部门的叫法" in line_of(out, "客服中心:")


def test_english_headers_that_say_a_step_id(run, catalog, tmp_path):
    text = rows("Case ID,Received,Supervisor Notified,Handled,Handling Dept,Result Recorded,Follow-up Date",
                lambda i: f"P{i},0{i + 1}/03/2025 09:00,0{i + 1}/03/2025 10:00,0{i + 1}/03/2025 12:00,Engineering,"
                          f"0{i + 1}/03/2025 13:00,1{i}/03/2025 09:00")
    data, _ = draft(run, catalog, tmp_path, S40, text)
    assert data["columns"] == {"Case ID": "case_number", "Received": "receive_at",
                               "Supervisor Notified": "notify_superior_at", "Handled": "handle_at",
                               "Handling Dept": "handle_by", "Result Recorded": "record_result_at",
                               "Follow-up Date": "revisit_at"}
    assert data["date_order"] == "day_first"


def test_english_header_with_the_records_name_and_values_equal_to_option_ids(run, catalog, tmp_path):
    text = rows("Ticket No,Created Date,Complaint Category,Solution",
                lambda i: f"T{i},2025-03-0{i + 1} 09:00,{'Product Quality' if i % 2 else 'Service Attitude'},Replace")
    data, out = draft(run, catalog, tmp_path, S11, text)
    assert data["columns"]["Complaint Category"] == "category"
    assert data["columns"]["Solution"] == "measures"
    assert data["values"]["category"] == {"Product Quality": "product_quality", "Service Attitude": "service_attitude"}
    assert "去掉 complaint" in line_of(out, "Complaint Category:")


def test_the_case_number_is_found_by_content_when_no_header_names_it(run, catalog, tmp_path):
    text = rows("问题编号,信息接收时间,产品阶段", lambda i: f"ZL-{i:04d},2025-03-0{i + 1} 09:00,新品")
    data, out = draft(run, catalog, tmp_path, S35, text)
    assert data["columns"]["问题编号"] == "case_number"
    assert "各不相同" in line_of(out, "问题编号:")


def test_a_header_like_an_identifier_with_repeated_values_is_not_the_case_number(run, catalog, tmp_path):
    text = rows("问题编号,信息接收时间", lambda i: f"ZL-{i % 2},2025-03-0{i + 1} 09:00")
    data, _ = draft(run, catalog, tmp_path, S35, text)
    assert "case_number" not in data["columns"].values()


def test_yes_no_values_for_options_with_yes_and_no_ids(run, catalog, tmp_path):
    text = rows("问题编号,批量问题,客户是否再次反馈", lambda i: f"Z{i},{'Y' if i % 2 else 'N'},{'是' if i % 3 else '否'}")
    data, _ = draft(run, catalog, tmp_path, S35, text)
    assert data["values"]["batch_issue"] == {"Y": "yes", "N": "no"}
    assert data["values"]["customer_refeedback"] == {"是": "yes", "否": "no"}


def test_an_abbreviated_option_label_is_matched(run, catalog, tmp_path):
    text = rows("客诉单号,回复报告", lambda i: f"Q{i},{'客诉报告' if i % 2 else '8D'}")
    data, _ = draft(run, catalog, tmp_path, S17, text)
    assert data["values"]["reply_report"] == {"客诉报告": "customer_complaint_report", "8D": "eight_d_report"}


def test_the_whole_header_breaks_a_tie_between_steps(run, catalog, tmp_path):
    text = rows("投诉流水号,用户投诉受理时间,答复用户时间",
                lambda i: f"Y{i},2025年3月{i + 1}日 09:00,2025年3月{i + 5}日 09:00")
    data, _ = draft(run, catalog, tmp_path, S42, text)
    assert data["columns"]["用户投诉受理时间"] == "receive_at"
    assert data["columns"]["答复用户时间"] == "reply_at"


def test_a_column_already_mapped_is_not_taken_for_the_case_number(run, catalog, tmp_path):
    text = rows("房号,接待时间", lambda i: f"{i + 1}栋10{i},2025-03-0{i + 1} 09:00")
    data, _ = draft(run, catalog, tmp_path, S9, text)
    assert data["columns"]["房号"] == "address"
