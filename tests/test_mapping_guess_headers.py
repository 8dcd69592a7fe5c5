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
    # 请示: 超出处理权限时向上级请示处理 or 超过餐厅副总经理权限的…请示总经理
    text = rows("单号,投诉时间,请示时间", lambda i: f"N{i},2025/3/{i + 1} 9:00,2025/3/{i + 1} 11:00")
    data, out = draft(run, catalog, tmp_path, "s36-hotel-guest-complaints", text)
    assert "请示时间" not in data["columns"]
    assert "同样相近" in line_of(out, "# 请示时间:")


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
    assert "英文词说出列 id category" in line_of(out, "Complaint Category:")   # Complaint, the record, left out


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


S36, S39 = "s36-hotel-guest-complaints", "s39-telecom-branch-complaints"


def test_generic_handling_headers_name_the_handle_step(run, catalog, tmp_path):
    # 处理 is in almost every step name of S39; 处理完成时间 is not 派单 (…流程派单（生成工单）) because of 生成
    text = rows("工单编号,受理时间,派单时间,处理完成时间,处理部门",
                lambda i: f"T{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 09:30,2025-03-0{i + 2} 10:00,网络维护中心")
    data, out = draft(run, catalog, tmp_path, S39, text)
    assert data["columns"]["处理完成时间"] == "handle_at" and data["columns"]["处理部门"] == "handle_by"
    # 升级投诉：迅速派单… is one kind of complaint's dispatch: 派单时间 is the plain dispatch
    assert data["columns"]["派单时间"] == "dispatch_at"
    assert "泛称" in line_of(out, "处理部门:")
    # the procedure names the handler by function (投诉处理部门): the company's own unit is that role, to check
    assert data["roles"]["网络维护中心"] == "handling_dept"
    assert "请核对" in line_of(out, "网络维护中心:")


def test_a_header_ending_with_a_known_name_and_channel_words(run, catalog, tmp_path):
    channels = ["10000号", "营业厅", "网厅", "工信部转办", "来函", "10000号"]
    text = rows("工单编号,受理渠道,受理时间,是否越级",
                lambda i: f"T{i},{channels[i]},2025-03-0{i + 1} 09:00,{'是' if i % 2 else '否'}")
    data, out = draft(run, catalog, tmp_path, S39, text)
    assert data["columns"]["受理渠道"] == "channel" and "结尾" in line_of(out, "受理渠道:")
    assert data["values"]["channel"] == {"10000号": "phone", "营业厅": "visit", "网厅": "website",
                                         "工信部转办": "external", "来函": "letter"}
    assert data["columns"]["是否越级"] == "leapfrog"    # 有越级投诉记录或越级倾向, read without 是否


def test_a_step_that_posts_another_steps_result_is_not_that_step(run, catalog, tmp_path):
    text = rows("问题编号,信息接收时间,第一次验证时间,公示第一次验证结果时间",
                lambda i: f"Q{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 2} 09:00,2025-03-0{i + 2} 09:30")
    data, _ = draft(run, catalog, tmp_path, S35, text)
    assert data["columns"]["第一次验证时间"] == "verify_1_at"       # not 公示第一次验证结果
    assert data["columns"]["信息接收时间"] == "receive_feedback_at"


def test_a_role_named_with_an_aside_and_other_departments(run, catalog, tmp_path):
    trackers = ["宾客投诉处理中心", "宾客投诉处理中心", "前厅部", "宾客投诉处理中心", "宾客投诉处理中心", "宾客投诉处理中心"]
    text = rows("单号,受理时间,跟踪时间,跟踪人",
                lambda i: f"B{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 2} 09:00,{trackers[i]}")
    data, out = draft(run, catalog, tmp_path, S36, text)
    assert data["roles"]["宾客投诉处理中心"] == "complaint_center"   # not 餐厅副总经理（宾客投诉处理中心组长）
    assert data["roles"]["前厅部"] == "departments"      # 酒店各部门, so the audit can say it is not the centre
    assert "各部门" in line_of(out, "前厅部:")


def test_class_numbers_written_another_way(run, catalog, tmp_path):
    classes = ["Class I", "Class II", "Class III", "Class I", "Class II", "Class III"]
    text = rows("Case ID,Received,Category", lambda i: f"C{i},2025-03-0{i + 1} 09:00,{classes[i]}")
    data, _ = draft(run, catalog, tmp_path, S40, text)
    assert data["columns"]["Category"] == "category"
    assert data["values"]["category"] == {"Class I": "class_1", "Class II": "class_2", "Class III": "class_3"}


L2, S41, S48 = "l2-samr-complaints-and-reports", "s41-construction-quality-complaints", "s48-pcb-customer-complaints"


def test_english_headers_for_a_chinese_procedure(run, catalog, tmp_path):
    # shortened words spelled out (Order No, Qty, Mfg Date), and a step's own Chinese word: Logged is 登记
    text = rows("Complaint No,Order No,Qty,Mfg Date,Received,Logged,Disposition Date",
                lambda i: f"25040{i},SO{i}1,{100 + i},2025-02-0{i + 1},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 10:00,"
                          f"2025-03-0{i + 2} 10:00")
    data, out = draft(run, catalog, tmp_path, S48, text)
    assert {h: data["columns"].get(h) for h in ("Order No", "Qty", "Mfg Date", "Logged", "Disposition Date")} == {
        "Order No": "order_number", "Qty": "quantity", "Mfg Date": "production_date", "Logged": "register_at",
        "Disposition Date": "determine_handling_at"}
    assert "Received" not in data["columns"]          # a receipt, but the register step says 登记
    assert "读作全称" in line_of(out, "Qty:") and "登记" in line_of(out, "Logged:")


def test_english_department_names_and_a_header_opening_with_one(run, catalog, tmp_path):
    # QA and QE are S48's 质量管理部, MFG its 制造部门, PMC its 总经理室生产管理组; QA Investigation Owner is who did the
    # investigation QA does (客户投诉质量的检验确认), not the one 制造部门 does
    text = rows("Complaint No,Logged,Logged By,QA Investigation Owner",
                lambda i: f"25040{i},2025-03-0{i + 1} 09:00,{('PMC', 'Sales')[i % 2]},{('QA', 'QE', 'MFG')[i % 3]}")
    data, out = draft(run, catalog, tmp_path, S48, text)
    assert data["columns"]["QA Investigation Owner"] == "inspect_by"
    assert data["roles"]["QA"] == data["roles"]["QE"] == "quality_mgmt"
    assert data["roles"]["MFG"] == "manufacturing" and data["roles"]["PMC"] == "production_control"
    assert "英文部门名读作" in line_of(out, "QA:") and "开头的“qa”" in line_of(out, "QA Investigation Owner:")


def test_a_value_written_in_an_options_description_and_a_slash_for_does_not_apply(run, catalog, tmp_path):
    # S34's classes are told apart by the rule each follows (依国务院279号令《…》第四十条确定保修期); “/” is a
    # ledger's mark for a case the column does not apply to
    basis = ("279号令第四十条", "省条例第二十六条", "/")
    text = rows("登记编号,保修期依据", lambda i: f"Z{i},{basis[i % 3]}")
    data, out = draft(run, catalog, tmp_path, "s34-liaoning-construction-quality-complaints", text)
    assert data["columns"]["保修期依据"] == "warranty_basis"
    assert data["values"]["warranty_basis"] == {"279号令第四十条": "delivered_after_2000_01_30",
                                                "省条例第二十六条": "delivered_before_2000_01_30", "/": ""}
    assert "的说明" in line_of(out, "279号令第四十条:") and "不适用" in line_of(out, "/:")


def test_a_header_saying_sent_to_a_role_is_the_step_that_sends_it(run, catalog, tmp_path):
    # 报总经理: S9's 重大投诉当天呈送公司总经理, not 公司总经理进行处理程序 (what the general manager does)
    text = rows("投诉编号,接待时间,报总经理时间", lambda i: f"A{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 15:00")
    data, out = draft(run, catalog, tmp_path, S9, text)
    assert data["columns"]["报总经理时间"] == "report_gm_at" and "报给“总经理”" in line_of(out, "报总经理时间:")


def test_two_names_of_one_thing_and_the_department_column_before_the_clerks(run, catalog, tmp_path):
    # 批号/序列号: either name is S21's 批号
    text = rows("登记编号,接收日期,批号/序列号", lambda i: f"R{i},2025-03-0{i + 1},L25{i}")
    data, _ = draft(run, catalog, tmp_path, "s21-medical-device-complaints", text)
    assert data["columns"]["批号/序列号"] == "batch"
    # 承办单位 (departments) and 登记人 (clerks) are about as close to S31's 受理、协调解决投诉，承办…: the departments
    # are who did it, and 区质监站 is the complaint office's 市建设工程质量监督站 abbreviated
    units = ("区质监站", "市质监站", "区质监站")
    text = rows("登记编号,登记日期,登记人,承办单位",
                lambda i: f"Z{i},2025-03-0{i + 1},{('田霞', '林小红')[i % 2]},{units[i % 3]}")
    data, out = draft(run, catalog, tmp_path, "s31-zhenjiang-building-quality-complaints", text)
    assert data["columns"]["承办单位"] == "accept_by" and "登记人" not in data["columns"]
    assert data["roles"]["区质监站"] == data["roles"]["市质监站"] == "complaint_office"
    assert "简写" in line_of(out, "区质监站:")


def test_a_value_naming_the_labels_act_in_other_words_is_yes(run, catalog, tmp_path):
    # 12345平台转办, 市住建局交办 and 区信访局转办 are S31's 是否为上级部门批转、交办的投诉 (转办 and 交办 are one act); 直接受理 its 否
    source = ("直接受理", "12345平台转办", "直接受理", "市住建局交办", "直接受理", "区信访局转办")
    text = rows("登记编号,投诉日期,投诉方式,来源", lambda i: f"Z{i},2025-03-0{i + 1},来电,{source[i]}")
    data, _ = draft(run, catalog, tmp_path, "s31-zhenjiang-building-quality-complaints", text)
    assert data["columns"]["来源"] == "referred_by_superior"
    assert data["values"]["referred_by_superior"] == {"直接受理": "no", "12345平台转办": "yes", "市住建局交办": "yes",
                                                      "区信访局转办": "yes"}


def test_an_act_toward_a_party_is_the_step_done_toward_it(run, catalog, tmp_path):
    # 向建设单位报修: S31's 先与建设单位（开发商）…联系协商, not 建设单位不履行保修责任时…投诉, which names 建设单位 as the one
    # that failed and says 保修 too
    text = rows("登记编号,投诉日期,向建设单位报修日期",
                lambda i: f"Z{i},2025-03-1{i},2025-03-0{i + 1}")
    data, out = draft(run, catalog, tmp_path, "s31-zhenjiang-building-quality-complaints", text)
    assert data["columns"]["向建设单位报修日期"] == "contact_developer_at"
    assert "向它办理" in line_of(out, "向建设单位报修日期:")


def test_an_english_header_asking_whether_it_was_our_fault(run, catalog, tmp_path):
    # Our fault? Y/N is S38's 是否我公司产品质量问题 (our: 我公司, fault: 问题)
    text = rows("QF No.,Date Received,Our fault?", lambda i: f"QF{i},2025-03-0{i + 1} 09:00,{'YN'[i % 2]}")
    data, _ = draft(run, catalog, tmp_path, "s38-nanshan-aluminium-quality-complaints", text)
    assert data["columns"]["Our fault?"] == "own_quality_issue"
    assert data["values"]["own_quality_issue"] == {"Y": True, "N": False}


def test_a_header_ending_another_way_and_remote_mediation(run, catalog, tmp_path):
    modes, grounds = ["电话", "现场", "网络"] * 2, ["投诉人撤回", "双方和解", "无法达成协议"] * 2
    text = rows("投诉编号,收到投诉时间,调解方式,终止原因",
                lambda i: f"J{i},2025-03-0{i + 1} 09:00,{modes[i]},{grounds[i]}")
    data, out = draft(run, catalog, tmp_path, L2, text)
    assert data["columns"]["终止原因"] == "termination_ground"     # 终止调解情形: 原因 read as 情形
    assert "读作“情形”" in line_of(out, "终止原因:")
    assert data["values"]["mediation_mode"] == {"电话": "remote", "现场": "onsite", "网络": "remote"}


def test_a_department_is_the_post_that_heads_it(run, catalog, tmp_path):
    units = ["局工管部", "项目部", "局工管部", "局工管部", "项目部", "局工管部"]
    text = rows("投诉编号,接收时间,接收部门", lambda i: f"G{i},2025-03-0{i + 1} 09:00,{units[i]}")
    data, out = draft(run, catalog, tmp_path, S41, text)
    assert data["columns"]["接收部门"] == "record_by"
    assert data["roles"]["项目部"] == "project_manager" and "负责人" in line_of(out, "项目部:")
    assert data["roles"]["局工管部"] == "bureau_eng_mgmt"


S37, S38 = "s37-xiamen-construction-quality-complaints", "s38-nanshan-aluminium-quality-complaints"


def test_a_form_number_in_the_header_names_the_step_that_fills_that_form(run, catalog, tmp_path):
    # 166-1 and 166-2 are the two parts of 《质量异常信息反馈单》, filled by two different steps
    text = rows("Complaint ID,Received At,Form 166-1 Date,Form 166-2 Date,Form 166-2 By",
                lambda i: f"NS{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 12:00,2025-03-0{i + 2} 12:00,QM Dept")
    data, out = draft(run, catalog, tmp_path, S38, text)
    assert data["columns"]["Form 166-2 Date"] == "countermeasure_at"
    assert data["columns"]["Form 166-2 By"] == "countermeasure_by"
    assert "166-2" in line_of(out, "Form 166-2 Date:")


def test_the_scope_of_acceptance_is_not_an_act_of_receiving(run, catalog, tmp_path):
    # S37's 不属于受理范围的，明确说明并建议…通过其它途径解决 says 受理 only as 受理范围: no receipt is timed by it
    text = rows("编号,受理时间,登记时间", lambda i: f"X{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 09:30")
    data, _ = draft(run, catalog, tmp_path, S37, text)
    assert "refer_elsewhere_at" not in data["columns"].values()
    assert data["columns"]["受理时间"] == "receive_at"


def test_a_header_that_is_a_label_abbreviates_no_other(run, catalog, tmp_path):
    # 投诉人 is the complainant's label, not an abbreviation of 投诉人与被投诉工程的利害关系
    text = rows("投诉编号,投诉人", lambda i: f"Z{i},王先生")
    data, _ = draft(run, catalog, tmp_path, "s43-jiangsu-construction-quality-complaints", text)
    assert data["columns"]["投诉人"] == "complainant"


def test_a_column_the_header_says_nothing_of_is_matched_by_its_option_values(run, catalog, tmp_path):
    severities, channels = ["轻微", "一般", "重大", "一般", "轻微", "一般"], ["口头", "书面", "电话", "口头", "电话", "口头"]
    text = rows("单号,轻重,形式,登记时间", lambda i: f"D{i},{severities[i]},{channels[i]},2025-03-0{i + 1} 09:00")
    data, out = draft(run, catalog, tmp_path, "s36-hotel-guest-complaints", text)
    assert data["columns"]["轻重"] == "severity" and data["columns"]["形式"] == "channel"
    assert data["values"]["severity"] == {"一般": "general", "轻微": "minor", "重大": "major"}
    assert "100% 的值（不计待定、待查）是“投诉等级”的选项" in line_of(out, "轻重:")


def test_a_value_said_by_a_yes_no_fields_label_maps_the_column_to_that_field(run, catalog, tmp_path):
    signed, source = ["实名", "匿名", "实名", "实名", "实名", "匿名"], ["来访", "来信", "省站转办", "来访", "来访", "来信"]
    kinds = ["渗漏", "开裂", "空鼓", "房地产纠纷", "渗漏", "开裂"]
    text = rows("投诉登记号,署名,来源,问题类型", lambda i: f"J{i},{signed[i]},{source[i]},{kinds[i]}")
    data, out = draft(run, catalog, tmp_path, "s43-jiangsu-construction-quality-complaints", text)
    # 不具实名的匿名投诉: 匿名 is the case the field names, 实名 is said negated
    assert data["columns"]["署名"] == "anonymous"
    assert data["values"]["anonymous"] == {"实名": False, "匿名": True}
    assert "说的情形" in line_of(out, "署名:")
    # 省投诉处理机构转交办理, abbreviated; with three values the unsaid two are only likely not transfers: offered
    # commented out
    assert "来源" not in data["columns"]
    assert "请核对" in line_of(out, "# 来源: transferred_by_province")
    assert line_of(out, "# 省站转办:").split("#")[1].strip() == "省站转办: true"
    # four categories are a list of kinds, not a yes/no
    assert data["columns"].get("问题类型") not in ("anonymous", "in_judicial_process", "transferred_by_province")


def test_a_header_respelled_may_be_the_end_of_a_label(run, catalog, tmp_path):
    text = rows("记录单号,责任判定", lambda i: f"P{i},{['客户经理', 'XX品质量问题'][i % 2]}")
    data, out = draft(run, catalog, tmp_path, "s13-distribution-complaint-handling", text)
    assert data["columns"]["责任判定"] == "responsibility"
    assert "把“判定”读作“判断”" in line_of(out, "责任判定:")


def test_a_case_number_column_may_repeat_a_number_and_a_department_named_inside_a_role(run, catalog, tmp_path):
    numbers = ["YL-001", "YL-002", "YL-002", *(f"YL-{n:03d}" for n in range(4, 24))]
    visitors = ["旅行社", "农耕园"]
    text = rows("登记编号,回访时间,回访人", lambda i: f"{numbers[i]},2025-03-{i + 1:02d} 09:00,{visitors[i % 2]}", n=23)
    data, out = draft(run, catalog, tmp_path, "s5-yonglian-tourist-complaints", text)
    # the repeat is what the audit's duplicate check is for, not a sign that this is not the case number
    assert data["columns"]["登记编号"] == "case_number"
    assert "只有 1 个重复" in line_of(out, "登记编号:")
    # 旅游公司各部门（农耕园、旅行社、营销部…）: the department is written in the role's name
    assert data["roles"]["旅行社"] == data["roles"]["农耕园"] == "tourism_departments"


S32 = "s32-quality-anomaly-handling-yccl"


def test_a_later_clause_of_a_step_name_yields_and_the_one_alike_step_left_is_taken(run, catalog, tmp_path):
    text = rows("异常单号,提出部门,分析部门,判定时间,确认时间",
                lambda i: f"YC{i},业务部,技术部,2025-03-0{i + 1} 10:00,2025-03-0{i + 2} 16:00")
    data, out = draft(run, catalog, tmp_path, S32, text)
    # 分析结构类和功能类质量异常，提出临时对策: the step is the analysis; 提出 is its second clause
    assert data["columns"]["分析部门"] == "analyse_by"
    assert data["columns"].get("提出部门") != "analyse_by"
    # 确认时间 names 确认和判定… and 确认临时对策效果… alike; 判定时间 took the first, so the second is left
    assert data["columns"]["判定时间"] == "confirm_at"
    assert data["columns"]["确认时间"] == "confirm_effect_at"
    assert "只剩这一个" in line_of(out, "确认时间:")


def test_collecting_complaints_is_receiving_them(run, catalog, tmp_path):
    text = rows("服务单号,受理时间", lambda i: f"WD{i},2025-03-0{i + 1} 09:00")
    data, _ = draft(run, catalog, tmp_path, "s2-wangdi-after-sales-service", text)
    assert data["columns"]["受理时间"] == "collect_at"     # 通过热线、网站、邮箱等渠道搜集客户意见及建议


def test_a_date_header_without_its_generic_words_and_a_seat_as_the_doer(run, catalog, tmp_path):
    text = rows("投诉流水号,用户投诉受理时间,受理坐席,问题发生日期",
                lambda i: f"T{i},2025-03-0{i + 2} 09:00,营业厅,2025-02-0{i + 1}")
    data, out = draft(run, catalog, tmp_path, S42, text)
    # 问题发生 without 问题 is 发生, said by the field 申诉事项发生时间 only
    assert data["columns"]["问题发生日期"] == "incident_at"
    assert "不计泛称" in line_of(out, "问题发生日期:")
    # 坐席 is who took the call: the doer of the receipt
    assert data["columns"]["受理坐席"] == "receive_by"


def test_traditional_characters_are_read_as_simplified(run, catalog, tmp_path):
    """客訴單號 is 客诉单号, 處理部門 the handling department: the header is matched folded, and written as exported."""
    text = rows("投訴單號,處理部門,處理完成日期",
                lambda i: f"YQ-{i},市場開發部,2025.03.0{i + 1} 09:00")
    data, out = draft(run, catalog, tmp_path, "s10-yuqiang-warehousing-customers", text)
    assert data["columns"] == {"投訴單號": "case_number", "處理部門": "handle_complaint_by",
                               "處理完成日期": "handle_complaint_at"}
    assert "泛称" in line_of(out, "處理部門:")      # 处理 names the one step whose id says handle


def test_the_traditional_table_is_opencc_t2s_character_by_character():
    """Equal to the OpenCC it was written from; an older one (the lowest-versions run) differs on rare characters
    only, so there nine in ten of the table must still agree."""
    from importlib.metadata import version

    import opencc

    from checker.mapping_guess.traditional import OPENCC_VERSION, SIMPLIFIED, TRADITIONAL

    cc = opencc.OpenCC("t2s")
    expected = {}
    for ch in map(chr, range(0x4E00, 0xA000)):
        out = cc.convert(ch)
        if out != ch and len(out) == 1:
            expected[ch] = out
    table = dict(zip(TRADITIONAL, SIMPLIFIED))
    assert len(table) == len(TRADITIONAL) == len(SIMPLIFIED) > 3000
    if version("opencc") == OPENCC_VERSION:
        assert table == expected
    else:
        assert sum(expected.get(t) == s for t, s in table.items()) > 0.9 * len(table)
    assert "客訴單號".translate(str.maketrans(TRADITIONAL, SIMPLIFIED)) == "客诉单号"


def test_a_row_count_is_not_the_case_number(run, catalog, tmp_path):
    text = rows("序号,记录编号,投诉时间", lambda i: f"{i + 1},JL-25{i:03d},2025-03-0{i + 1} 09:00")
    data, out = draft(run, catalog, tmp_path, S40, text)
    assert data["columns"]["记录编号"] == "case_number" and "序号" not in data["columns"]


def test_a_date_column_named_by_its_act_alone_is_that_steps_time(run, catalog, tmp_path):
    """第一次验证 holds dates: the time of 第一次跟踪验证…, as 第一次验证时间 would be."""
    text = rows("投诉编号,信息接收时间,第一次验证",
                lambda i: f"Q{i},2025-03-0{i + 1} 09:00,2025-04-0{i + 1} 10:00")
    data, _ = draft(run, catalog, tmp_path, S35, text)
    assert data["columns"]["第一次验证"] == "verify_1_at"


def test_a_yes_no_field_with_options_reads_done_and_not_done(run, catalog, tmp_path):
    """已执行 / 未执行 in a yes/no column with options 是/否: the record says whether it was done."""
    text = rows("投诉编号,受理时间,已和解并执行", lambda i: f"Q{i},2025-03-0{i + 1} 09:00,{'已执行' if i % 2 else '未执行'}")
    data, _ = draft(run, catalog, tmp_path, S42, text)
    assert data["columns"]["已和解并执行"] == "settlement_executed"
    assert data["values"]["settlement_executed"] == {"已执行": True, "未执行": False}


S1, S13, S41, L2 = "s1-huahan-electronics-complaints", "s13-distribution-complaint-handling", \
    "s41-construction-quality-complaints", "l2-samr-complaints-and-reports"
L4, L5 = "l4-consumer-rights-violation-penalties", "l5-construction-quality-regulation"


def test_values_worded_otherwise_map_to_the_option_sharing_their_words(run, catalog, tmp_path):
    """品质异常 is S1's 质量异常客户投诉 (品质 is the company's word for 质量); 非品质异常 its negation; 待确认 no option."""
    kinds = ["品質異常", "非品質異常", "品質異常", "待確認", "品質異常", "非品質異常"]
    text = rows("客訴單號,客訴類別", lambda i: f"C{i},{kinds[i]}")
    data, out = draft(run, catalog, tmp_path, S1, text)
    assert data["columns"]["客訴類別"] == "category"
    assert data["values"]["category"] == {"品質異常": "quality", "非品質異常": "non_quality"}
    assert "个词相同" in line_of(out, "品質異常:") and line_of(out, "# 待確認:")


def test_a_named_column_whose_values_partly_fit_is_taken_the_rest_left_to_fill(run, catalog, tmp_path):
    """投诉级别 names S9's severity; 重大/重要 are its options, 一般 is no class of its own (blank), 紧急 is unknown."""
    levels = ["重大", "一般", "重要", "一般", "一般", "紧急"]
    text = rows("登记号,投诉级别", lambda i: f"G{i},{levels[i]}")
    data, out = draft(run, catalog, tmp_path, S9, text)
    assert data["columns"]["投诉级别"] == "severity"
    assert data["values"]["severity"] == {"重大": "major", "重要": "important", "一般": ""}
    assert "选项中没有这一档" in line_of(out, "一般:") and line_of(out, "# 紧急:")


def test_a_value_the_procedure_does_not_list_is_its_other_option(run, catalog, tmp_path):
    """S13 lists 电邮/现场/其他 channels: 微信 is "other"; 电邮 and 现场 are their own."""
    channels = ["微信", "电邮", "现场", "微信", "现场", "电邮"]
    text = rows("记录单号,投诉方式", lambda i: f"R{i},{channels[i]}")
    data, out = draft(run, catalog, tmp_path, S13, text)
    assert data["values"]["channel"] == {"微信": "other", "电邮": "email", "现场": "onsite"}
    assert "制度列举之外的取值" in line_of(out, "微信:")


def test_two_yes_no_values_one_said_by_the_label(run, catalog, tmp_path):
    """是否重大质量事故: 重大 is what the label says, so 一般 is the other answer."""
    grades = ["一般", "重大", "一般", "一般", "重大", "一般"]
    text = rows("保修单号,事故等级", lambda i: f"B{i},{grades[i]}")
    data, out = draft(run, catalog, tmp_path, L5, text)
    assert data["columns"]["事故等级"] == "major_accident"
    assert data["values"]["major_accident"] == {"重大": "yes", "一般": "no"}


def test_a_date_header_saying_two_labels_words_is_what_it_ends_with(run, catalog, tmp_path):
    """竣工备案日期 says 竣工 (竣工验收) and 备案: the filing, the compound's head."""
    text = rows("保修单号,竣工备案日期", lambda i: f"B{i},2024-0{i + 1}-10")
    data, out = draft(run, catalog, tmp_path, L5, text)
    assert data["columns"]["竣工备案日期"] == "filing_at"


def test_the_header_saying_more_of_a_step_takes_it(run, catalog, tmp_path):
    """决定时间 and 立案决定时间 both appear in L2's 作出是否立案决定: the one saying more is its time; a header that
    is a date label's end (告知投诉人时间) is that label's."""
    text = rows("登记编号,登记时间,决定时间,立案决定时间,告知投诉人时间",
                lambda i: f"D{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 2} 09:00,2025-03-0{i + 3} 09:00,"
                          f"2025-03-0{i + 2} 10:00")
    data, out = draft(run, catalog, tmp_path, L2, text)
    assert data["columns"]["立案决定时间"] == "decide_filing_at"
    assert data["columns"].get("决定时间") != "decide_filing_at"
    assert data["columns"]["告知投诉人时间"] == "decision_notified_at"


def test_a_header_naming_a_role_is_who_did_its_first_step(run, catalog, tmp_path):
    """责任部门 is S24's 各责任部门, whose first step is taking the case up (accept); of 受理坐席 (people) and 受理部门
    (departments), the departments are who registered, as S24's roles are departments."""
    text = rows("工单号,受理坐席,受理部门,责任部门",
                lambda i: f"T{i},万雄江,客户服务部,{['网络维护中心', '技术部'][i % 2]}")
    data, out = draft(run, catalog, tmp_path, S24, text)
    assert data["columns"]["责任部门"] == "accept_by" and "各责任部门" in line_of(out, "责任部门:")
    assert data["columns"]["受理部门"] == "register_by"
    assert data["roles"]["网络维护中心"] == "responsible_dept"


def test_a_classification_column_by_its_values_and_a_kind_header(run, catalog, tmp_path):
    """问题性质 names no field, but says it is a classification, and most values are S41's options for 对确认问题的处置
    分类; 质量问题 is the one yes/no label (商品或者服务不符合质量要求) saying 质量 in L4."""
    kinds = ["材料采购问题", "小组可处理", "材料采购问题", "待定", "小组可处理", "材料采购问题"]
    text = rows("记录编号,问题性质", lambda i: f"J{i},{kinds[i]}")
    data, out = draft(run, catalog, tmp_path, S41, text)
    assert data["columns"]["问题性质"] == "problem_type" and "一种分类" in line_of(out, "问题性质:")
    text = rows("案件编号,质量问题", lambda i: f"K{i},{'是' if i % 3 else '否'}")
    data, out = draft(run, catalog, tmp_path, L4, text)
    assert data["columns"]["质量问题"] == "quality_nonconforming"


def test_a_header_that_is_a_label_without_its_aside_and_what_holds_it(run, catalog, tmp_path):
    """证据材料 is S43's 证据（工程质量危及生命财产安全、正当权益受到侵害）: the label without its aside, plus 材料."""
    text = rows("投诉编号,证据材料", lambda i: f"E{i},照片{i}")
    data, out = draft(run, catalog, tmp_path, "s43-jiangsu-construction-quality-complaints", text)
    assert data["columns"]["证据材料"] == "evidence" and "不计括号里的说明" in line_of(out, "证据材料:")


def test_done_and_not_done_values_of_what_the_label_asks(run, catalog, tmp_path):
    """已答复 / 未答复 / 超期未答复 answer L6's 电信业务经营者是否给予处理或答复 (a header naming nothing: 企业答复情况 is
    matched by the values); 已验收 is "no" to a label saying 未经竣工验收 (S37), 未验收 "yes"."""
    replies = ["已答复", "未答复", "已答复", "超期未答复", "已答复", "已答复"]
    text = rows("申诉编号,企业答复情况", lambda i: f"S{i},{replies[i]}")
    data, out = draft(run, catalog, tmp_path, "l6-telecom-user-appeals-2016", text)
    assert data["columns"]["企业答复情况"] == "operator_handled"
    assert data["values"]["operator_handled"] == {"已答复": "yes", "未答复": "no", "超期未答复": "no"}
    text = rows("件号,竣工验收", lambda i: f"J{i},{'已验收' if i % 2 else '未验收'}")
    data, _ = draft(run, catalog, tmp_path, "s37-xiamen-construction-quality-complaints", text)
    assert data["values"]["delivered_without_acceptance"] == {"已验收": "no", "未验收": "yes"}


def test_a_post_written_before_a_persons_name_is_the_role(run, catalog, tmp_path):
    """主任处理人 holds 管理处主任 陈立新 and 物管员 黄志强: the posts are S9's roles, the names are not."""
    who = ["管理处主任 陈立新", "物管员 黄志强", "管理处主任 陈立新", "物管员 林小燕", "管理处主任 陈立新", "物管员 黄志强"]
    text = rows("投诉单号,主任处理时间,主任处理人", lambda i: f"A{i},2025-03-0{i + 1} 15:00,{who[i]}")
    data, out = draft(run, catalog, tmp_path, S9, text)
    assert data["columns"]["主任处理人"] == "director_handle_by"
    assert data["roles"]["管理处主任 陈立新"] == "office_director" and data["roles"]["物管员 林小燕"] == "property_officer"
    assert "不计人名，读作“物管员”" in line_of(out, "物管员 黄志强:")


def test_an_english_header_whose_noun_one_label_says(run, catalog, tmp_path):
    """Loss Incurred: loss is 损失, said by S48's 是否造成损失 alone; its Yes/No values read as the options."""
    text = rows("Complaint No,Loss Incurred", lambda i: f"C{i},{'Yes' if i % 2 else 'No'}")
    data, out = draft(run, catalog, tmp_path, "s48-pcb-customer-complaints", text)
    assert data["columns"]["Loss Incurred"] == "loss_caused" and "loss：损失" in line_of(out, "Loss Incurred:")
    assert data["values"]["loss_caused"] == {"Yes": True, "No": False}


def test_english_headers_that_say_a_field_id_or_a_step_id_in_other_words(run, catalog, tmp_path):
    """L3's ids in an insurer CRM's words: Decision Received On is decision_received_at, not the receipt (Date
    Received) that only shares a word; Assessment Start says appraisal_started_at, Review Requested On apply_review_at,
    Notice Proof notice_evidence; Investigator is who did verify."""
    l3 = "l3-banking-insurance-complaints"
    text = rows("Case Ref,Date Received,Decision Received On,Assessment Start,Review Requested On,Notice Proof,"
                "Investigator",
                lambda i: f"R{i},2025-03-0{i + 1},2025-04-0{i + 1},2025-03-1{i},2025-05-0{i + 1},"
                          f"SMS log {i},Agent {i}")
    data, out = draft(run, catalog, tmp_path, l3, text)
    assert {h: data["columns"].get(h) for h in ("Date Received", "Decision Received On", "Assessment Start",
                                                 "Review Requested On", "Notice Proof", "Investigator")} == {
        "Date Received": "receive_at", "Decision Received On": "decision_received_at",
        "Assessment Start": "appraisal_started_at", "Review Requested On": "apply_review_at",
        "Notice Proof": "notice_evidence", "Investigator": "verify_by"}
    assert "英文词说出列 id decision_received_at" in line_of(out, "Decision Received On:")


def test_a_column_of_options_counts_its_undecided_values_as_saying_nothing(run, catalog, tmp_path):
    """初步判定 holds 我司质量问题 / 非我司质量问题 and, for a third of the rows, 待查: the rows that say something
    all say S44's 是否我公司产品质量问题, so the column is taken, 待查 left for the auditor."""
    said = ["我司质量问题", "非我司质量问题", "待查"]
    text = rows("投诉单号,初步判定", lambda i: f"Q{i},{said[i % 3]}")
    data, out = draft(run, catalog, tmp_path, "s44-customer-quality-complaints-2017", text)
    assert data["columns"]["初步判定"] == "own_quality_issue"
    assert data["values"]["own_quality_issue"] == {"我司质量问题": True, "非我司质量问题": False} and "# 待查:" in out
    four = ["我司质量问题", "非我司质量问题", "待查", "我司质量问题", "非我司质量问题", "双方责任"]   # a value of neither
    data, out = draft(run, catalog, tmp_path, "s44-customer-quality-complaints-2017",
                      rows("投诉单号,初步判定", lambda i: f"Q{i},{four[i]}"))
    assert data["columns"]["初步判定"] == "own_quality_issue" and "80% 的值（不计待定、待查）" in line_of(out, "初步判定:")


def test_a_bare_completion_time_is_the_work_done_not_the_archiving(run, catalog, tmp_path):
    """完成时间 is the vocabulary's closed_at; S12 and S40 have no such field and time the close by archiving the
    record, but the work is done at S12's 解决投诉… and S40's 责任部门处理…."""
    text = rows("记录编号,受理时间,完成时间", lambda i: f"K{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 2} 17:00")
    data, out = draft(run, catalog, tmp_path, S12, text)
    assert data["columns"]["完成时间"] == "resolve_at" and "解决投诉" in line_of(out, "完成时间:")
    data, _ = draft(run, catalog, tmp_path, S40, text)
    assert data["columns"]["完成时间"] == "handle_at"


def test_words_a_step_name_says_before_its_act_are_not_that_step(run, catalog, tmp_path):
    """S32's reply is 投诉分析完成后把处理结果反馈客户: 分析完成日期 is the analysis (分析…，提出临时对策), 回复客户日期 the
    reply."""
    text = rows("异常单号,分析完成日期,回复客户日期", lambda i: f"E{i},2025-03-0{i + 1},2025-03-0{i + 2}")
    data, _ = draft(run, catalog, tmp_path, "s32-quality-anomaly-handling-yccl", text)
    assert data["columns"]["分析完成日期"] == "analyse_at" and data["columns"]["回复客户日期"] == "reply_at"


def test_of_two_steps_named_alike_the_one_doing_the_headers_verb(run, catalog, tmp_path):
    """S31: 反馈交办单位日期 says words of 受理、…承办上级批转和交办的投诉事项 and of 向上级有关部门反馈批转投诉事项…; it opens
    with 反馈, the second one's act."""
    text = rows("登记编号,反馈交办单位日期", lambda i: f"D{i},2025-04-0{i + 1}")
    data, out = draft(run, catalog, tmp_path, "s31-zhenjiang-building-quality-complaints", text)
    assert data["columns"]["反馈交办单位日期"] == "report_back_at" and "表头开头的“反馈”" in out


def test_a_date_header_is_read_with_either_time_word(run, catalog, tmp_path):
    """登记日期 is the vocabulary's 登记时间 (L5's received_at), not a step it merely resembles."""
    text = rows("报修单号,登记日期", lambda i: f"B{i},2025-03-0{i + 1}")
    data, out = draft(run, catalog, tmp_path, "l5-construction-quality-regulation", text)
    assert data["columns"]["登记日期"] == "received_at" and "把“日期”读作“时间”" in line_of(out, "登记日期:")


def test_the_business_in_a_companys_word_and_a_step_not_opening_with_another_act(run, catalog, tmp_path):
    """L6: 向企业投诉日期 reads 企业 as the law's 经营者; of 用户先向电信业务经营者投诉 and 告知用户先向电信业务经营者投诉…, the
    second tells the user to complain (告知), which the header does not say."""
    text = rows("申诉编号,向企业投诉日期", lambda i: f"S{i},2025-02-0{i + 1}")
    data, out = draft(run, catalog, tmp_path, "l6-telecom-user-appeals-2016", text)
    assert data["columns"]["向企业投诉日期"] == "complain_to_operator_at"
    assert "把“企业”读作法规的“经营者”" in line_of(out, "向企业投诉日期:")


def test_channel_words_of_a_broader_option_and_forwarded_complaints(run, catalog, tmp_path):
    # a call is oral and a fax written where those are the only channels; the channel's own option comes first
    text = rows("投诉编号,投诉时间,投诉形式", lambda i: f"G{i},2025-03-0{i + 1} 09:00,{['电话', '传真', 'E-mail'][i % 3]}")
    data, _ = draft(run, catalog, tmp_path, "s6-general-serious-complaints", text)
    assert data["values"]["channel"] == {"电话": "oral", "传真": "written", "E-mail": "written"}
    # walk-in is a complaint in person; 12345转办 one made to the government first
    text = rows("Case ID,Received,投诉渠道", lambda i: f"C{i},2025-03-0{i + 1} 09:00,{['Walk-in', '12345转办'][i % 2]}")
    data, out = draft(run, catalog, tmp_path, S40, text)
    assert data["values"]["channel"] == {"Walk-in": "in_person", "12345转办": "higher_authority"}
    assert "转办" in line_of(out, "12345转办:")


def test_a_defect_class_by_its_core_word_and_a_period_passed(run, catalog, tmp_path):
    text = rows("异常单号,发现时间,不良类型", lambda i: f"Y{i},2025-03-0{i + 1} 09:00,{['外观', '结构不良', '功能不良'][i % 3]}")
    data, _ = draft(run, catalog, tmp_path, "s32-quality-anomaly-handling-yccl", text)
    assert data["values"]["defect_type"] == {"外观": "appearance", "结构不良": "structural", "功能不良": "functional"}
    text = rows("件号,登记时间,是否在保修期内", lambda i: f"J{i},2025-03-0{i + 1} 09:00,{['保修期内', '已过保修期'][i % 2]}")
    data, _ = draft(run, catalog, tmp_path, "s37-xiamen-construction-quality-complaints", text)
    assert data["values"]["within_warranty"] == {"保修期内": "yes", "已过保修期": "no"}


def test_a_step_done_again_and_a_role_named_in_other_steps_do_not_take_a_header(run, catalog, tmp_path):
    # 登记: 受理或发起投诉，填写登记处理单, not 客户不满意…继续填写登记处理单 (the same act again)
    text = rows("工单号,登记时间,登记人", lambda i: f"W{i},2025-03-0{i + 1} 09:00,客户服务部")
    data, out = draft(run, catalog, tmp_path, S24, text)
    assert data["columns"]["登记人"] == "register_by" and "再次办理" in line_of(out, "登记人:")
    assert data["columns"]["登记时间"] == "register_at"     # the receipt is the flow's first receiving step too
    # 接待 only in 告知前台接待员 and 前台接待员当天记录: the reception's name, not the act of receiving
    text = rows("记录编号,投诉时间,接待人", lambda i: f"R{i},2025-03-0{i + 1} 09:00,前台接待员")
    data, _ = draft(run, catalog, tmp_path, S40, text)
    assert data["columns"]["接待人"] == "receive_by"


def test_bilingual_headers_and_values_are_read_by_either_half(run, catalog, tmp_path):
    text = rows("Complaint No. 投诉编号,Date Received 收到日期,Complexity 复杂程度,Agent 被投诉人员",
                lambda i: f"P{i},2025-03-0{i + 1},{['Simple 简单', 'Very Complex 特别复杂'][i % 2]},张{i}")
    data, out = draft(run, catalog, tmp_path, "l3-banking-insurance-complaints", text)
    assert data["columns"]["Date Received 收到日期"] == "receive_at"
    assert data["values"]["complexity"] == {"Simple 简单": "simple", "Very Complex 特别复杂": "special"}
    assert "双语" in line_of(out, "Date Received 收到日期:")
    assert data["columns"].get("Agent 被投诉人员") != "complainant"    # the one complained about


def test_a_column_asking_what_a_negated_label_denies_reads_yes_as_no(run, catalog, tmp_path):
    text = rows("登记编号,登记日期,职责范围", lambda i: f"D{i},2025-03-0{i + 1},{'是否'[i % 2]}")
    data, out = draft(run, catalog, tmp_path, "l2-samr-complaints-and-reports", text)
    assert data["columns"]["职责范围"] == "not_samr_duty"
    assert data["values"]["not_samr_duty"] == {"是": False, "否": True}
    assert "取反" in line_of(out, "是:")


def test_a_post_written_after_a_persons_name_is_the_role(run, catalog, tmp_path):
    text = rows("编号,日期,受理人", lambda i: f"H{i},2025-03-0{i + 1},{['田秀英(楼面经理)', '吴芳(楼面经理)'][i % 2]}")
    data, out = draft(run, catalog, tmp_path, "s36-hotel-guest-complaints", text)
    assert data["roles"]["田秀英(楼面经理)"] == data["roles"]["吴芳(楼面经理)"] == "floor_manager"


def test_a_bare_date_is_the_receipt_and_the_first_contact_receives(run, catalog, tmp_path):
    text = rows("投诉编号,日期,首问责任人,投诉类别",
                lambda i: f"T{i},2025-03-0{i + 1},客服中心,{['质量问题', '服务态度'][i % 2]}")
    data, out = draft(run, catalog, tmp_path, S11, text)
    assert data["columns"]["日期"] == "receive_at" and "请核对" in line_of(out, "日期:")
    assert data["columns"]["首问责任人"] == "receive_by"
    assert data["values"]["category"] == {"质量问题": "product_quality", "服务态度": "service_attitude"}


def test_the_party_complained_about_is_not_the_complainant(run, catalog, tmp_path):
    text = rows("登记编号,登记日期,被投诉(举报)人,问题摘要", lambda i: f"D{i},2025-03-0{i + 1},某商店{i},质量问题{i}")
    data, _ = draft(run, catalog, tmp_path, "l2-samr-complaints-and-reports", text)
    assert data["columns"]["被投诉(举报)人"] == "respondent_name"
    assert data["columns"]["问题摘要"] == "content"


def test_a_ticket_created_is_recorded_and_a_leader_did_a_step(run, catalog, tmp_path):
    text = rows("投诉编号,受理时间,建单时间,介入领导,投诉描述",
                lambda i: f"T{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 09:30,副总经理,水压低{i}")
    data, _ = draft(run, catalog, tmp_path, S11, text)
    assert data["columns"]["建单时间"] == "record_at"
    assert data["columns"]["介入领导"] == "senior_intervention_by"
    assert data["columns"]["投诉描述"] == "content"
    text = rows("申诉编号,收到申诉日期,被申诉企业", lambda i: f"A{i},2025-03-0{i + 1},某电信公司")
    data, _ = draft(run, catalog, tmp_path, "l6-telecom-user-appeals-2016", text)
    assert data["columns"]["被申诉企业"] == "respondent_name"


def test_of_two_steps_named_alike_the_one_the_headers_unit_does(run, catalog, tmp_path):
    # 接单 receives; of 接到客户…投诉 and 质量管理部接到反馈通知, the one 质管部 (质量管理部) does
    text = rows("投诉编号,接报日期,质管部接单日期", lambda i: f"Q{i},2025-03-0{i + 1},2025-03-0{i + 2}")
    data, out = draft(run, catalog, tmp_path, "s38-nanshan-aluminium-quality-complaints", text)
    assert data["columns"]["质管部接单日期"] == "quality_handle_at" and "质管部" in line_of(out, "质管部接单日期:")


def test_the_post_of_who_did_a_step_before_the_persons_name(run, catalog, tmp_path):
    text = rows("单号,投诉时间,受理人,受理人岗位",
                lambda i: f"H{i},2025/3/{i + 1} 9:00,{['周敏', '许志强'][i % 2]},{['楼面经理', '区域部长'][i % 2]}")
    data, _ = draft(run, catalog, tmp_path, "s36-hotel-guest-complaints", text)
    assert data["columns"]["受理人岗位"] == "receive_by" and "受理人" not in data["columns"]


def test_a_signature_cell_saying_nobody_signed_is_read_as_blank(run, catalog, tmp_path):
    signed = ["已签", "业主拒签", "已签", "未签字", "张三", "已签"]
    text = rows("投诉编号,处理记录表日期,业主签字,备案",
                lambda i: f"Q{i},2025-03-0{i + 1},{signed[i]},{'未备案' if i == 1 else '已备案'}")
    data, out = draft(run, catalog, tmp_path, "s41-construction-quality-complaints", text)
    assert data["columns"]["业主签字"] == "owner_signature"
    assert data["values"]["owner_signature"] == {"业主拒签": "", "未签字": ""}   # 已签 and a name are signatures
    assert "没有签字" in line_of(out, "业主拒签:")
    assert data["values"]["filed_with_competent_dept"]["未备案"] is False


def test_the_same_act_done_another_way_an_open_label_allows_is_a_yes(run, catalog, tmp_path):
    # 已通过电话或其它方式与客户核对…: 短信核实 is verifying too, not the opposite of 电话核实
    ways = ["电话核实", "电话核实", "短信核实", "电话核实", "电话核实", "", "", ""]
    text = rows("工单号,受理时间,受理渠道,网站核实",
                lambda i: f"W{i},2025-03-0{i + 1} 09:00,{'网上营业厅' if ways[i] else '营业厅来访'},{ways[i]}", 8)
    data, out = draft(run, catalog, tmp_path, "s39-telecom-branch-complaints", text)
    assert data["columns"]["网站核实"] == "verified_with_customer"
    assert data["values"]["verified_with_customer"] == {"电话核实": True, "短信核实": True}
    assert "或其它方式" in line_of(out, "短信核实:")


def test_a_ticket_opened_where_no_step_records_is_the_receipt(run, catalog, tmp_path):
    # S42 has no recording step of its own: 建单 is when the operator received the complaint
    text = rows("工单流水号,建单时间,答复用户时间", lambda i: f"G{i},2025-03-0{i + 1} 09:00,2025-03-1{i} 10:00")
    data, out = draft(run, catalog, tmp_path, S42, text)
    assert data["columns"]["建单时间"] == "receive_at"
    assert "建立工单" in line_of(out, "建单时间:")


def test_values_in_the_company_s_words_for_an_option(run, catalog, tmp_path):
    kinds = ["套餐资费", "增值业务扣费", "网络质量", "计费争议", "套餐资费", "网络质量"]
    asked = ["满意", "未回访", "不满意", "用户未接", "满意", "不满意"]
    text = rows("工单流水号,受理时间,申诉类别,回访满意度",
                lambda i: f"G{i},2025-03-0{i + 1} 09:00,{kinds[i]},{asked[i]}")
    data, out = draft(run, catalog, tmp_path, S42, text)
    assert data["values"]["category"] == {"套餐资费": "fee_dispute", "增值业务扣费": "fee_dispute",
                                          "网络质量": "other", "计费争议": "fee_dispute"}
    assert data["values"]["satisfaction"]["未回访"] == "" and data["values"]["satisfaction"]["用户未接"] == ""
    assert "没有问到" in line_of(out, "未回访:")


def test_a_value_after_the_word_its_label_says_too(run, catalog, tmp_path):
    asked = ["要求整改", "要求赔偿", "要求维修", "要求退房", "要求换房", "要求整改"]
    text = rows("件号,登记时间,投诉人诉求", lambda i: f"J{i},2025-03-0{i + 1} 09:00,{asked[i]}")
    data, out = draft(run, catalog, tmp_path, "s37-xiamen-construction-quality-complaints", text)
    assert data["values"]["demanded_remedy"]["要求赔偿"] == "compensation"     # 投诉人要求: 要求 is the label's
    assert data["values"]["demanded_remedy"]["要求维修"] == "rectification"    # a repair is the defect rectified
    assert "“赔偿”出现在选项“经济赔偿”中" in line_of(out, "要求赔偿:")


def test_an_outcome_the_negated_value_names_and_the_date_of_its_act(run, catalog, tmp_path):
    # 不予受理 is the step that refers the complainant elsewhere, not 详细记录受理的投诉件; 录入 is that record's act
    decided = ["受理", "受理", "不予受理", "受理", "不予受理", "受理"]
    text = rows("件号,来访时间,受理情况,录入时间",
                lambda i: f"J{i},2025-03-0{i + 1} 09:00,{decided[i]},2025-03-0{i + 1} 09:30")
    data, out = draft(run, catalog, tmp_path, "s37-xiamen-construction-quality-complaints", text)
    assert data["outcomes"]["受理情况"] == {"date": "录入时间", "steps": {"受理": "record", "不予受理": "refer_elsewhere"}}


def test_a_case_a_class_lists_is_that_class_but_no_evidence_for_the_column(run, catalog, tmp_path):
    # S32's 产品品质异常 lists 经过改善且有效果确认，但又重复发生品质异常 and 客户抱怨及退货
    kinds = ["品质异常", "制程异常", "重复发生", "品质异常", "制程异常", "制程异常"]
    text = rows("异常单号,发现时间,客诉类型,异常性质",
                lambda i: f"E{i},2025-03-0{i + 1} 09:00,客户抱怨,{kinds[i]}")
    data, out = draft(run, catalog, tmp_path, "s32-quality-anomaly-handling-yccl", text)
    assert data["columns"]["异常性质"] == "category" and "客诉类型" not in data["columns"]
    assert data["values"]["category"]["重复发生"] == "product_quality_anomaly"
    assert "列出的情形之一" in line_of(out, "重复发生:")


def test_a_header_ending_as_a_label_does_and_an_outcome_value_with_an_aside(run, catalog, tmp_path):
    # 站负责人签字 for 投诉处理机构负责人签字; 不予立案（已告知起诉途径） is a short status with its aside
    decided = ["予以立案", "不予立案（已告知起诉途径）", "予以立案", "予以立案", "不予立案（已告知起诉途径）", "予以立案"]
    signed = ["袁磊", "蒋敏", "未签", "袁磊", "蒋敏", "袁磊"]
    text = rows("登记号,收件时间,立案意见,意见日期,站负责人签字",
                lambda i: f"R{i},2025-03-0{i + 1} 09:00,{decided[i]},2025-03-0{i + 2},{signed[i]}")
    data, out = draft(run, catalog, tmp_path, "s43-jiangsu-construction-quality-complaints", text)
    assert data["columns"]["站负责人签字"] == "head_signature"
    assert "同以“负责人签字”结尾" in line_of(out, "站负责人签字:")
    assert data["values"]["head_signature"] == {"未签": ""}
    assert data["outcomes"]["立案意见"] == {"date": "意见日期", "steps": {
        "予以立案": "register", "不予立案（已告知起诉途径）": "guide_to_court"}}


def test_of_two_steps_named_alike_the_one_opening_with_who_does_it(run, catalog, tmp_path):
    # S42: 用户向申诉受理机构提出申诉 and 申诉受理机构审查并受理申诉 both say 申诉受理; 争议发生 is 申诉事项发生时间
    text = rows("工单流水号,受理时间,争议发生日期,用户申诉时间,申诉中心受理时间",
                lambda i: f"G{i},2025-03-0{i + 1} 09:00,2025-02-0{i + 1},2025-03-1{i} 09:00,2025-03-1{i} 15:00")
    data, out = draft(run, catalog, tmp_path, S42, text)
    assert data["columns"]["用户申诉时间"] == "appeal_at"
    assert data["columns"]["申诉中心受理时间"] == "accept_appeal_at"
    assert data["columns"]["争议发生日期"] == "incident_at"
    assert "以办理它的“用户”开头" in line_of(out, "用户申诉时间:")


def test_a_unit_written_under_its_department_is_that_departments(run, catalog, tmp_path):
    """售后服务部-客服中心 is S2's 售后服务部门, not one of its 相关部门; 营销中心-华东大区 is one of them."""
    units = ["售后服务部-客服中心", "售后服务部-网点管理科", "营销中心-华东大区"]
    text = rows("工单号,建单时间,受理部门", lambda i: f"W{i},2025.03.0{i + 1} 09:00,{units[i % 3]}")
    data, out = draft(run, catalog, tmp_path, "s2-wangdi-after-sales-service", text)
    assert data["columns"]["受理部门"] == "collect_by"
    assert data["roles"]["售后服务部-客服中心"] == data["roles"]["售后服务部-网点管理科"] == "after_sales"
    assert data["roles"]["营销中心-华东大区"] == "related_departments"
    assert "下属" in line_of(out, "售后服务部-客服中心:")


def test_a_status_saying_which_way_a_decision_went_dates_the_decision_every_time(run, catalog, tmp_path):
    """L6's step 作出受理或者不予受理的决定: 结论时间 is its time on every row, 受理 or 不予受理; 受理 still dates 受理申诉."""
    said = ["受理", "受理", "不予受理", "咨询已解答"]
    text = rows("申诉编号,收件时间,处理结论,结论时间",
                lambda i: f"S{i},2025-03-0{i + 1} 09:00,{said[i % 4]},2025-03-0{i + 2} 10:00", n=8)
    data, out = draft(run, catalog, tmp_path, "l6-telecom-user-appeals-2016", text)
    assert data["columns"]["结论时间"] == "decide_at"
    assert "都是环节“作出受理或者不予受理的决定并通知申诉人”所说的决定" in line_of(out, "结论时间:")
    assert data["outcomes"]["处理结论"]["steps"] == {"受理": "accept", "咨询已解答": "answer_inquiry"}


def test_a_date_the_case_was_given_to_be_done_by_is_the_deadlines_due_date(run, catalog, tmp_path):
    """要求完成日期 is S12's 限期解决日期, the one date its rules read as a limit (resolve_by_set_limit's due_field)."""
    text = rows("工单号,登记时间,要求完成日期", lambda i: f"T{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 3}")
    data, out = draft(run, catalog, tmp_path, S12, text)
    assert data["columns"]["要求完成日期"] == "resolve_due_at"
    assert "给定的完成期限" in line_of(out, "要求完成日期:")


def test_a_header_saying_the_ground_a_case_is_put_on_takes_the_options_it_holds(run, catalog, tmp_path):
    """申请原因 names no field, but two thirds of its values are L1's 退货依据 options and the header says it holds a
    reason, as 退货类型 would say a kind: the column is taken, not only offered."""
    said = ["七天无理由退货", "质量问题", "少件漏发", "七天无理由退货", "质量问题", "物流破损"]
    text = rows("订单号,申请时间,申请原因", lambda i: f"D{i},2025-03-0{i + 1} 09:00,{said[i]}")
    data, out = draft(run, catalog, tmp_path, "l1-consumer-rights-protection-law", text)
    assert data["columns"]["申请原因"] == "return_basis"
    assert data["values"]["return_basis"]["七天无理由退货"] == "no_reason"
    assert "一种分类" in line_of(out, "申请原因:")


def test_a_yes_no_header_ending_in_a_labels_act_and_a_doer_beside_its_date(run, catalog, tmp_path):
    """S3: 赴客户端处理 (Y/N) ends as only 业务部或有关单位前往处理 does; 签发单位 says the 签发 of 异常单签发日期, the time
    of 填报异常处理单, so it is who filled the slip in. 主办人 beside 报主办人时间 would be whom it was reported to."""
    text = rows("客诉单号,客户损失,赴客户端处理,异常单签发日期,签发单位",
                lambda i: f"C{i},{'YN'[i % 2]},{'NY'[i % 2]},2025-03-0{i + 1},业务部")
    data, out = draft(run, catalog, tmp_path, "s3-xingjin-pcb-complaints", text)
    assert data["columns"]["赴客户端处理"] == "onsite_handling"
    assert "同以“处理”结尾" in line_of(out, "赴客户端处理:")
    assert data["columns"]["异常单签发日期"] == "exception_slip_at"
    assert data["columns"]["签发单位"] == "exception_slip_by"
    assert "读作办理者" in line_of(out, "签发单位:")


def test_whom_a_date_names_is_not_its_doer(run, catalog, tmp_path):
    """S37: 报主办人时间 is when the case was reported to the 主办人; the 主办人 column names that officer, not who
    reported."""
    text = rows("件号,登记时间,报主办人时间,主办人",
                lambda i: f"J{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 11:00,张{i}")
    data, _ = draft(run, catalog, tmp_path, "s37-xiamen-construction-quality-complaints", text)
    assert data["columns"].get("主办人") != "report_by"


def test_signing_for_goods_is_receiving_them(run, catalog, tmp_path):
    """签收时间 on an online shop's after-sales tickets is L1's 消费者收到商品日期: 签收 is read as 收到."""
    text = rows("售后单号,签收时间", lambda i: f"R{i},2025-03-0{i + 1} 15:00")
    data, out = draft(run, catalog, tmp_path, "l1-consumer-rights-protection-law", text)
    assert data["columns"]["签收时间"] == "goods_received_at"
    assert "把“签收”读作“收到”" in line_of(out, "签收时间:")


def test_a_doers_header_saying_a_word_of_one_doer_fields_label(run, catalog, tmp_path):
    """特案审批部门 is S46's 特案保修授权处理部门: both name who deals with a 特案, and no other field naming a doer says
    特案. Its values are then roles (长安铃木技术支持系 is 技术支持系)."""
    units = ["长安铃木技术支持系", "服务经理(店内)", "长安铃木技术支持系"]
    text = rows("客诉单号,特案申请,特案审批部门", lambda i: f"K{i},是,{units[i % 3]}")
    data, out = draft(run, catalog, tmp_path, "s46-changan-suzuki-dealer-complaints", text)
    assert data["columns"]["特案审批部门"] == "special_case_authorised_by"
    assert "同说“特案”" in line_of(out, "特案审批部门:")


def test_applying_is_putting_forward(run, catalog, tmp_path):
    """申请时间 on after-sales tickets is L1's 消费者提出退货: 申请 is read as 提出."""
    text = rows("售后单号,申请时间", lambda i: f"R{i},2025-03-0{i + 1} 15:00")
    data, out = draft(run, catalog, tmp_path, "l1-consumer-rights-protection-law", text)
    assert data["columns"]["申请时间"] == "return_request_at"
    assert "把“申请”读作“提出”" in line_of(out, "申请时间:")


def test_a_tie_between_two_roles_steps_goes_to_the_role_the_export_keeps(run, catalog, tmp_path):
    """仓库签收时间 is as close to 经营者收到退回商品 as to 有关行政部门收到消费者投诉. Beside 退款时间 (the business's
    own step) it is the business's; alone, nothing says whose, and it stays a question."""
    both = rows("售后单号,退款时间,仓库签收时间", lambda i: f"R{i},2025-03-1{i} 10:00,2025-03-0{i + 1} 15:00")
    data, out = draft(run, catalog, tmp_path, "l1-consumer-rights-protection-law", both)
    assert data["columns"]["仓库签收时间"] == "returned_goods_received_at"
    assert "只有这一环节由导出中其他环节的办理者“经营者”办理" in line_of(out, "仓库签收时间:")
    alone = rows("售后单号,仓库签收时间", lambda i: f"R{i},2025-03-0{i + 1} 15:00")
    data, out = draft(run, catalog, tmp_path, "l1-consumer-rights-protection-law", alone)
    assert "仓库签收时间" not in data["columns"] and "请选定" in line_of(out, "# 仓库签收时间:")


def test_a_header_denying_an_act_is_the_step_that_denies_it(run, catalog, tmp_path):
    """不予立案告知书送达日期 is S43's 不属于工程质量投诉的请求事项不予立案，引导…起诉, not 对…的投诉予以立案: the name that
    says the act the header denies."""
    text = rows("登记号,不予立案告知书送达日期", lambda i: f"D{i},2025-03-0{i + 1}")
    data, _ = draft(run, catalog, tmp_path, "s43-jiangsu-construction-quality-complaints", text)
    assert data["columns"]["不予立案告知书送达日期"] == "guide_to_court_at"


def test_a_steps_date_filled_whichever_way_the_status_went_is_the_status_date(run, catalog, tmp_path):
    """受理决定时间 beside 受理情况 (受理 / 不予受理), filled on the refused rows too, is the time of whichever decision
    the status names (`outcomes:`); filled only where it says 受理, it stays 作出受理决定's own date."""
    status = ["受理", "受理", "不予受理"]
    both = rows("投诉编号,受理情况,受理决定时间", lambda i: f"T{i},{status[i % 3]},2025-03-0{i + 1}")
    data, out = draft(run, catalog, tmp_path, "l2-samr-complaints-and-reports", both)
    assert "受理决定时间" not in data["columns"]
    assert data["outcomes"]["受理情况"] == {"date": "受理决定时间", "steps": {"受理": "accept", "不予受理": "refuse"}}
    own = rows("投诉编号,受理情况,受理决定时间",
               lambda i: f"T{i},{status[i % 3]}," + ("" if i % 3 == 2 else f"2025-03-0{i + 1}"))
    data, _ = draft(run, catalog, tmp_path, "l2-samr-complaints-and-reports", own)
    assert data["columns"]["受理决定时间"] == "accept_at" and "outcomes" not in data


def test_both_answers_to_a_whether_step_are_its_decision(run, catalog, tmp_path):
    """立案 and 不予立案 are both L2's 作出是否立案决定: 立案决定时间 is that decision's time on every row, and 不予立案
    is not read as 作出不予受理决定."""
    status = ["立案", "不予立案"]
    text = rows("投诉编号,立案情况,立案决定时间", lambda i: f"T{i},{status[i % 2]},2025-03-0{i + 1}")
    data, out = draft(run, catalog, tmp_path, "l2-samr-complaints-and-reports", text)
    assert data["columns"]["立案决定时间"] == "decide_filing_at" and "outcomes" not in data
    assert "都是环节“作出是否立案决定”所说的决定" in line_of(out, "立案决定时间:")


def test_a_decision_date_is_the_time_of_the_step_its_status_names(run, catalog, tmp_path):
    """决定日期 beside 立案情况 (立案 / 转举报处理) at S43: the date of a decision, its values say which way it went."""
    status = ["立案", "立案", "转举报处理"]
    text = rows("登记号,立案情况,决定日期", lambda i: f"D{i},{status[i % 3]},2025-03-0{i + 1}")
    data, out = draft(run, catalog, tmp_path, "s43-jiangsu-construction-quality-complaints", text)
    assert data["outcomes"]["立案情况"] == {"date": "决定日期",
                                          "steps": {"立案": "register", "转举报处理": "handle_as_report"}}
    assert "是一项决定的日期" in line_of(out, "立案情况:")


def test_a_date_close_to_steps_a_field_decides_between(run, catalog, tmp_path):
    """S40's 当场处理后向上级汇报 happens where 当场处理 is 是, 不能当场处理的，通知上级领导 where it is 否: 上报上级时间,
    close to both, is the time of the one the 当场处理 column names. S9's 投诉级别 decides between 公司总经理进行处理程序
    (重大) and 管理处主任进行处理程序 (重要) for 开始处理时间 alike."""
    text = rows("记录编号,投诉方式,当场处理,上报上级时间,上报负责人时间",
                lambda i: f"R{i},现场,{'是' if i % 2 else '否'},2025-03-0{i + 1} 10:00,2025-03-0{i + 1} 11:00")
    data, out = draft(run, catalog, tmp_path, S40, text)
    assert data["columns"]["当场处理"] == "resolved_on_spot"
    assert data["outcomes"]["当场处理"] == {"date": "上报上级时间",
                                          "steps": {"否": "notify_superior", "是": "report_to_superior"}}
    assert "哪一个环节由“当场处理”的取值决定" in line_of(out, "当场处理:  ")
    level = ["一般", "重要", "重大"]
    text = rows("投诉单号,投诉级别,开始处理时间", lambda i: f"T{i},{level[i % 3]},2025-03-0{i + 1} 10:00")
    data, _ = draft(run, catalog, tmp_path, S9, text)
    assert data["outcomes"]["投诉级别"]["steps"] == {"重要": "director_handle", "重大": "gm_handle"}


def test_a_flags_header_holding_another_fields_options_is_that_field(run, catalog, tmp_path):
    """工单标识 says the end of S39's 批量投诉工单标识 (a yes/no flag), but holds 普通 / 升级投诉 / 批量投诉 / 重复投诉: the
    options of 各类型投诉. 重复类型, named like 投诉类别, holds 结果不满: 重复投诉情形's. Each goes where its values are."""
    flags = ["普通", "升级投诉", "批量投诉", "重复投诉", "重大投诉", "普通"]
    again = ["结果不满", "在途重复", "", "结果不满", "", ""]
    text = rows("工单编号,工单标识,重复类型", lambda i: f"W{i},{flags[i]},{again[i]}")
    data, out = draft(run, catalog, tmp_path, "s39-telecom-branch-complaints", text)
    assert data["columns"]["工单标识"] == "category" and data["values"]["category"]["升级投诉"] == "escalated"
    assert "表头像 batch_flag，但取值不是它的选项" in line_of(out, "工单标识:")
    assert data["columns"]["重复类型"] == "repeat_reason"


def test_a_step_date_named_by_a_status_value_takes_its_doer_along(run, catalog, tmp_path):
    """派单时间 beside 处理方式 (派单 / 升级派单), filled whichever it was: the date of the step the status names, and
    派单人 who did it (`by:`)."""
    how = ["派单", "派单", "升级派单"]
    text = rows("工单编号,处理方式,派单时间,派单人",
                lambda i: f"W{i},{how[i % 3]},2025-03-0{i + 1} 10:00,{'张' if i % 2 else '李'}{i}")
    data, _ = draft(run, catalog, tmp_path, "s39-telecom-branch-complaints", text)
    assert data["outcomes"]["处理方式"] == {"date": "派单时间", "by": "派单人",
                                          "steps": {"派单": "dispatch", "升级派单": "escalated_dispatch"}}
    assert "派单时间" not in data["columns"] and "派单人" not in data["columns"]


def test_a_header_saying_the_kind_a_step_is_for(run, catalog, tmp_path):
    """批量通报时间 is S39's 批量投诉：专人快速反馈相关部门紧急处理…, the step for the kind of complaint it says, not
    重复投诉（处理中）：…告知进程…, which merely tells too."""
    text = rows("工单编号,批量通报时间", lambda i: f"W{i},2025-03-0{i + 1} 10:00")
    data, _ = draft(run, catalog, tmp_path, "s39-telecom-branch-complaints", text)
    assert data["columns"]["批量通报时间"] == "batch_handle_at"


def test_a_number_field_takes_numbers_and_a_thing_is_its_name(run, catalog, tmp_path):
    """S35's 验证产品 holds product names: not 验证产品数量 (a number), but 验证产品名称, the thing named for its name;
    验证数量 holds the numbers."""
    text = rows("投诉编号,验证产品,验证数量,改进效果",
                lambda i: f"C{i},制动盘 RC-BD{i},{(i + 1) * 50},有效")
    data, out = draft(run, catalog, tmp_path, S35, text)
    assert data["columns"]["验证产品"] == "verified_product" and data["columns"]["验证数量"] == "verified_quantity"
    assert data["columns"]["改进效果"] == "improvement_effect"
    assert "读作它的名称" in line_of(out, "验证产品:")


def test_a_supervisor_is_the_superior(run, catalog, tmp_path):
    """报主管时间 at S40: 主管 is the 上级 of 当场处理后向上级汇报 and 不能当场处理的，通知上级领导, between which 当场处理
    decides."""
    text = rows("投诉编号,投诉途径,当场处理,报主管时间,上报经理时间",
                lambda i: f"T{i},现场,{'是' if i % 2 else '否'},2025-03-0{i + 1} 10:00,2025-03-0{i + 1} 12:00")
    data, _ = draft(run, catalog, tmp_path, S40, text)
    assert data["outcomes"]["当场处理"] == {"date": "报主管时间",
                                          "steps": {"否": "notify_superior", "是": "report_to_superior"}}


def test_the_drafts_profile_is_what_its_text_loads_as_with_an_outcomes_doer(catalog, tmp_path):
    """`Draft.profile()` (what the page and the tests audit with) holds an outcome's `by:` as the printed draft does."""
    import duckdb

    from checker.mapping_guess import guess
    from checker.readers import read_export

    how = ["派单", "派单", "升级派单"]
    export = tmp_path / "export.csv"
    export.write_text(rows("工单编号,处理方式,派单时间,派单人",
                           lambda i: f"W{i},{how[i % 3]},2025-03-0{i + 1} 10:00,{'张' if i % 2 else '李'}{i}"),
                      encoding="utf-8")
    con = duckdb.connect()
    headers = list(read_export(export, con, table="raw").columns)
    made = guess(catalog, catalog.procedures["s39-telecom-branch-complaints"], con, "raw", headers, str(export))
    assert made.profile()["outcomes"]["处理方式"]["by"] == "派单人"
    assert yaml.safe_load(made.text()) == made.profile()


def test_a_result_of_another_step_or_one_under_way_is_blank_in_a_results_column(run, catalog, tmp_path):
    # L2's 调解结果 lists 达成调解协议 / 终止调解: 不予受理 is where the case ended instead, 调解中 has no result yet
    results = ["调解成功", "终止调解", "不予受理", "调解中", "终止调解", "调解成功"]
    text = rows("登记编号,登记时间,调解结果", lambda i: f"D{i},2025-03-0{i + 1} 09:00,{results[i]}")
    data, out = draft(run, catalog, tmp_path, "l2-samr-complaints-and-reports", text)
    assert data["values"]["mediation_outcome"] == {"调解成功": "agreement", "终止调解": "terminated", "不予受理": "",
                                                   "调解中": ""}
    assert "说的是环节“作出不予受理决定”" in line_of(out, "不予受理:")
    assert "“调解”还在进行" in line_of(out, "调解中:")


def test_an_act_finished_is_its_time_and_a_performance_fault_is_functional(run, catalog, tmp_path):
    # 处理完毕 is 处理完成 (S36's 处理宾客投诉); S32's 不良类别 has 功能类, which a 性能 fault is
    kinds = ["外观", "性能", "功能", "结构", "性能", "外观"]
    text = rows("记录号,投诉时间,处理完毕时间", lambda i: f"R{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 12:00")
    data, _ = draft(run, catalog, tmp_path, "s36-hotel-guest-complaints", text)
    assert data["columns"]["处理完毕时间"] == "handle_at"
    text = rows("异常单号,发现时间,不良类别", lambda i: f"E{i},2025-03-0{i + 1} 09:00,{kinds[i]}")
    data, out = draft(run, catalog, tmp_path, "s32-quality-anomaly-handling-yccl", text)
    assert data["values"]["defect_type"]["性能"] == "functional" and "常见写法" in line_of(out, "性能:")


def test_a_same_person_rules_column_sharing_no_value_with_its_pair_is_left_to_the_auditor(run, catalog, tmp_path):
    # S39 升级投诉受理人员应全程跟踪: 跟踪人 (people) beside 受理部门 (departments) could never be the same person
    people = ["张三", "李四", "王五", "张三", "李四", "王五"]
    text = rows("工单号,受理时间,受理部门,跟踪人", lambda i: f"T{i},2025-03-0{i + 1} 09:00,客户服务中心,{people[i]}")
    data, out = draft(run, catalog, tmp_path, "s39-telecom-branch-complaints", text)
    assert data["columns"]["受理部门"] == "receive_by" and "跟踪人" not in data["columns"]
    assert "两列却没有一个相同的取值" in line_of(out, "# 跟踪人:")
    text = rows("工单号,受理时间,受理人,跟踪人", lambda i: f"T{i},2025-03-0{i + 1} 09:00,{people[i - 1]},{people[i]}")
    data, _ = draft(run, catalog, tmp_path, "s39-telecom-branch-complaints", text)
    assert data["columns"].get("跟踪人") == "escalated_track_by"


def test_a_work_order_dispatched_and_a_step_done_three_times(run, catalog, tmp_path):
    # 派单 passes the slip on (S15: 填写客户投诉处理单…并传达); 第1/2/3批交货 are S17's first, second, third batch
    text = rows("处理单编号,受理时间,派单时间,台账登记日期",
                lambda i: f"S{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 11:00,2025-03-0{i + 2}")
    data, out = draft(run, catalog, tmp_path, "s15-complaint-handling-marketing", text)
    assert data["columns"]["派单时间"] == "fill_handling_slip_at" and "把“派单”读作“传达”" in line_of(out, "派单时间:")
    # S15's 投诉案件登记 comes after the marketing department's own earlier steps: it is no receipt, so 受理时间 is
    # not read as its time (the ledger's 台账登记日期 is)
    assert data["columns"]["受理时间"] == "received_at" and data["columns"]["台账登记日期"] == "register_at"
    text = rows("客诉单号,客诉日期,第1批交货,第2批交货,第3批交货",
                lambda i: f"K{i},2025-03-0{i + 1},2025-03-1{i},2025-03-2{i},2025-04-0{i + 1}")
    data, out = draft(run, catalog, tmp_path, S17, text)
    assert [data["columns"][f"第{n}批交货"] for n in (1, 2, 3)] == ["track_batch_at", "track_batch_2_at",
                                                                    "track_batch_3_at"]
    assert "第 3 次" in line_of(out, "第3批交货:")


def test_a_close_name_nearer_to_the_header_wins_and_a_column_recording_more_than_a_field(run, catalog, tmp_path):
    # 竣工验收日期 is closer to 竣工验收合格日期 than 竣工验收备案日期 is (备案 is the filing step's word)
    text = rows("编号,来件日期,竣工验收备案日期,竣工验收日期",
                lambda i: f"J{i},2025-03-0{i + 1},2024-0{i + 1}-20,2024-0{i + 1}-10")
    data, _ = draft(run, catalog, tmp_path, L5, text)
    assert data["columns"]["竣工验收日期"] == "completion_accepted_at"
    assert data["columns"].get("竣工验收备案日期") != "completion_accepted_at"
    # 售后类型 holds the return's basis among other after-sales kinds: those are not invalid, they do not apply
    kinds = ["七天无理由退货", "质量退货", "换货", "维修", "七天无理由退货", "质量退货", "仅退款", "七天无理由退货"]
    text = rows("售后单号,申请时间,售后类型", lambda i: f"A{i},2025-03-0{i + 1} 09:00,{kinds[i]}", n=8)
    data, out = draft(run, catalog, tmp_path, "l1-consumer-rights-protection-law", text)
    assert data["columns"]["售后类型"] == "return_basis"
    assert data["values"]["return_basis"] == {"七天无理由退货": "no_reason", "质量退货": "quality", "换货": "",
                                             "维修": "", "仅退款": ""}
    assert "去掉标签也说的“退货”" in line_of(out, "质量退货:") and "读作不适用" in line_of(out, "换货:")


def test_a_lawsuit_said_in_a_registers_words_and_a_warranty_answer_not_yet_known(run, catalog, tmp_path):
    # 涉诉情况 无/已起诉 for S43's 已进入司法程序
    said = ["无", "已起诉", "无", "无", "法院已受理", "无"]
    text = rows("投诉登记号,接待日期,涉诉情况", lambda i: f"G{i},2025-03-0{i + 1},{said[i]}")
    data, out = draft(run, catalog, tmp_path, "s43-jiangsu-construction-quality-complaints", text)
    assert data["columns"]["涉诉情况"] == "in_judicial_process"
    assert data["values"]["in_judicial_process"]["已起诉"] is True and "涉诉" in line_of(out, "涉诉情况:")
    # 保修判定: 待查勘 is not decided yet, 非保修责任 denies the label's 保修
    said = ["保修期内", "已过保", "待查勘", "非保修责任", "保修期内", "保修期内"]
    text = rows("报修单号,报修时间,保修判定", lambda i: f"W{i},2025-03-0{i + 1},{said[i]}")
    data, out = draft(run, catalog, tmp_path, L5, text)
    assert data["columns"]["保修判定"] == "within_warranty"
    assert data["values"]["within_warranty"] == {"保修期内": "yes", "已过保": "no", "非保修责任": "no"}
    assert "否定了标签中的词" in line_of(out, "非保修责任:") and "# 待查勘:" in out


def test_an_online_shops_return_reasons_and_a_broader_columns_other_kinds(run, catalog, tmp_path):
    # the platforms' reasons: 不想要 and 拍错 are the buyer's own mind, 破损 and 描述不符 the goods at fault
    reasons = ["七天无理由退货", "不喜欢/不想要", "拍错/多拍", "质量问题", "商品与描述不符", "包装/商品破损"]
    text = rows("售后单号,申请时间,申请原因", lambda i: f"A{i},2025-03-0{i + 1} 09:00,{reasons[i]}")
    data, out = draft(run, catalog, tmp_path, "l1-consumer-rights-protection-law", text)
    assert data["columns"]["申请原因"] == "return_basis"
    assert data["values"]["return_basis"] == {"七天无理由退货": "no_reason", "不喜欢/不想要": "no_reason",
                                             "拍错/多拍": "no_reason", "质量问题": "quality",
                                             "商品与描述不符": "quality", "包装/商品破损": "quality"}
    assert "常见写法“不想要”" in line_of(out, "不喜欢/不想要:")
    # 无理由退货 is no part of L4's refusal reason 不适用无理由退货, and 维修 in a column of service kinds is no
    # 其他退货: it does not apply
    kinds = ["无理由退货", "维修", "无理由退货", "换货", "无理由退货", "维修", "质量退货", "无理由退货"]
    text = rows("售后单号,申请时间,服务类型", lambda i: f"B{i},2025-03-0{i + 1} 09:00,{kinds[i]}", n=8)
    data, out = draft(run, catalog, tmp_path, "l4-consumer-rights-violation-penalties", text)
    assert data["columns"]["服务类型"] == "return_basis"
    assert data["values"]["return_basis"] == {"无理由退货": "no_reason", "维修": "", "换货": "", "质量退货": ""}
    assert "读作不适用" in line_of(out, "维修:")


def test_a_columns_values_outweigh_another_columns_name(run, catalog, tmp_path):
    # S31: 来源 is a name of the channel, but holds who passed the complaint on; 来件方式 holds the channels
    ways, sources = ["来电", "来访", "来信", "电子邮件", "来电", "来访"], ["直接受理", "局信访办交办", "直接受理",
                                                                  "市政府交办", "直接受理", "12345热线转办"]
    text = rows("登记编号,来件日期,来件方式,来源", lambda i: f"D{i},2025-03-0{i + 1},{ways[i]},{sources[i]}")
    data, out = draft(run, catalog, tmp_path, "s31-zhenjiang-building-quality-complaints", text)
    assert data["columns"]["来件方式"] == "channel" and "表头“来源”虽是它的名称" in line_of(out, "来件方式:")
    assert data["columns"]["来源"] == "referred_by_superior"
    assert data["values"]["referred_by_superior"]["局信访办交办"] == "yes"


def test_a_notice_is_not_a_report_back_and_a_unit_written_with_its_section(run, catalog, tmp_path):
    # S31: 整改通知日期 shares no word with 向上级有关部门反馈…, and says an act (整改) it does not; 反馈交办单位日期
    # is that step's time. 市质监站投诉科 is the 投诉科 of the 市建设工程质量监督站
    text = rows("登记编号,来件日期,承办单位,整改通知日期,反馈交办单位日期",
                lambda i: f"D{i},2025-03-0{i + 1},市质监站投诉科,2025-03-1{i},2025-03-2{i}")
    data, out = draft(run, catalog, tmp_path, "s31-zhenjiang-building-quality-complaints", text)
    assert data["columns"]["反馈交办单位日期"] == "report_back_at"
    assert data["columns"].get("整改通知日期") != "report_back_at"
    assert data["roles"]["市质监站投诉科"] == "complaint_office" and "下属的“投诉科”" in line_of(out, "市质监站投诉科:")


def test_a_header_opening_with_a_department_and_values_in_the_procedures_words(run, catalog, tmp_path):
    # S48: 质管调查 is the 调查 of the 质量管理部 (客户投诉质量的检验确认), 制造调查 the 制造部门's; 品质异常 is 质量异常,
    # which the option 非质量异常客户投诉 denies: the other option, 质量投诉
    kinds = ["品质异常", "品质异常", "人为疏失", "品质异常", "品质异常", "品质异常"]
    text = rows("客诉单号,登记日期,客诉类别,质管调查日期,质管调查人,制造调查日期",
                lambda i: f"K{i},2025-03-0{i + 1},{kinds[i]},2025-03-1{i},曾平,2025-03-2{i}")
    data, out = draft(run, catalog, tmp_path, "s48-pcb-customer-complaints", text)
    assert data["columns"]["质管调查日期"] == "inspect_at" and data["columns"]["质管调查人"] == "inspect_by"
    assert data["columns"]["制造调查日期"] == "manufacturing_investigation_at"
    assert "“质管”是办理" in line_of(out, "质管调查日期:")
    assert data["columns"]["客诉类别"] == "category" and data["values"]["category"]["品质异常"] == "quality"
    assert "否定了它" in line_of(out, "品质异常:")


def test_yes_no_said_by_a_fact_and_its_denial_and_by_a_denied_act(run, catalog, tmp_path):
    # S41 能否确认事实主体: 事实清楚 / 事实不清; the disposal class by what its criteria say is done
    facts_ = ["事实清楚", "事实不清，需现场核实"] * 3
    ways = ["处理小组维修"] * 4 + ["移交质保部按不合格品控制程序处理", "物资部调换合格品，小组更换"]
    text = rows("投诉单号,接收时间,核实结果,处理方式", lambda i: f"T{i},2025-03-0{i + 1} 09:00,{facts_[i]},{ways[i]}")
    data, out = draft(run, catalog, tmp_path, "s41-construction-quality-complaints", text)
    assert data["columns"]["核实结果"] == "facts_confirmed"
    assert data["values"]["facts_confirmed"] == {"事实清楚": True, "事实不清，需现场核实": False}
    assert data["values"]["problem_type"] == {"处理小组维修": "easy_problem",
                                             "移交质保部按不合格品控制程序处理": "hard_common_defect",
                                             "物资部调换合格品，小组更换": "procurement_problem"}
    # S37 工程是否未经竣工验收…而交付使用: 已验收 is "no", 未验收交付 "yes"
    said = ["已验收", "已验收", "未验收交付", "已验收", "已验收", "已验收"]
    text = rows("受理编号,受理时间,竣工验收", lambda i: f"X{i},2025-03-0{i + 1} 09:00,{said[i]}")
    data, out = draft(run, catalog, tmp_path, "s37-xiamen-construction-quality-complaints", text)
    assert data["columns"]["竣工验收"] == "delivered_without_acceptance"
    assert data["values"]["delivered_without_acceptance"] == {"已验收": "no", "未验收交付": "yes"}
    assert "标签说的是没有“验收”" in line_of(out, "已验收:")


def test_a_case_number_with_a_few_repeats_in_a_small_register_and_a_buildings_stage(run, catalog, tmp_path):
    # 3 repeats in 36 rows are duplicate cases the audit reports, not a sign of another column; S34's stage:
    # 在建 is still being built, 保修期内 / 超保修期 handed over and in use
    stages = ["在建", "保修期内", "超保修期"]
    text = rows("登记编号,来件日期,所处阶段", lambda i: f"LN-{min(i, 32):03d},2025-03-{i % 28 + 1:02d},{stages[i % 3]}",
                n=36)
    data, out = draft(run, catalog, tmp_path, "s34-liaoning-construction-quality-complaints", text)
    assert data["columns"]["登记编号"] == "case_number" and "只有 3 个重复" in line_of(out, "登记编号:")
    assert data["values"]["project_stage"] == {"在建": "construction", "保修期内": "in_use", "超保修期": "in_use"}


def test_an_online_shops_no_reason_return_flag(run, catalog, tmp_path):
    # 支持 means the item may be returned without a reason; 不支持 answers the label only where its aside says the
    # label's case: 定制 is the law's 消费者定作的 (L4's help), not the shop's own 店铺设置
    flags = ["支持", "不支持（定制商品）", "支持", "不支持（店铺设置）", "支持", "支持"]
    text = rows("售后单号,申请时间,商品七天无理由", lambda i: f"A{i},2025-03-0{i + 1} 09:00,{flags[i]}")
    data, out = draft(run, catalog, tmp_path, "l4-consumer-rights-violation-penalties", text)
    assert data["columns"]["商品七天无理由"] == "statutory_exclusion"
    assert data["values"]["statutory_exclusion"] == {"支持": False, "不支持（定制商品）": True, "不支持（店铺设置）": False}
    # L1: 下单已确认 says the label's 确认
    flags = ["支持", "不支持（下单已确认）", "支持", "不支持（定制）", "支持", "支持"]
    text = rows("售后单号,申请时间,七天无理由", lambda i: f"A{i},2025-03-0{i + 1} 09:00,{flags[i]}")
    data, out = draft(run, catalog, tmp_path, "l1-consumer-rights-protection-law", text)
    assert data["values"]["confirmed_not_returnable"] == {"支持": False, "不支持（下单已确认）": True, "不支持（定制）": False}
    assert "“支持”即可以无理由退货" in line_of(out, "支持:")


def test_an_empty_column_takes_no_step_and_a_review_is_an_evaluation(run, catalog, tmp_path):
    # S21: 报告日期 is empty; 评审日期 is the 评价 of 评价信息，确定是否构成投诉…
    text = rows("登记号,接收日期,报告日期,评审日期", lambda i: f"R{i},2025-03-0{i + 1},,2025-03-1{i}")
    data, out = draft(run, catalog, tmp_path, "s21-medical-device-complaints", text)
    assert data["columns"]["评审日期"] == "evaluate_at" and "报告日期" not in data["columns"]


def test_a_returned_work_order_a_signed_form_and_the_doer_beside_the_plainer_date(run, catalog, tmp_path):
    # S39: 回单 is the work order handed back done (处理完成); 批量负责 is who handles a batch complaint
    text = rows("工单流水号,受理时间,回单时间,批量负责", lambda i: f"G{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 2} 10:00,网络维护中心")
    data, out = draft(run, catalog, tmp_path, "s39-telecom-branch-complaints", text)
    assert data["columns"]["回单时间"] == "handle_at" and "把“回单”读作“处理完成”" in line_of(out, "回单时间:")
    assert data["columns"]["批量负责"] == "batch_handle_by"
    # S14's one signature field: 反馈单签章 (已签章 / 未签章)
    signed = ["已签章", "已签章", "未签章", "已签章", "已签章", "已签章"]
    text = rows("工单号,接待时间,反馈单签章", lambda i: f"W{i},2025-03-0{i + 1} 09:00,{signed[i]}")
    data, out = draft(run, catalog, tmp_path, "s14-operations-complaint-flow", text)
    assert data["columns"]["反馈单签章"] == "complained_unit_signature"
    assert data["values"]["complained_unit_signature"] == {"未签章": ""}
    # S36: 请示人 beside 请示时间 and 请示总经理时间 is who did the step 请示时间 alone names
    text = rows("单号,投诉时间,请示时间,请示人,请示总经理时间",
                lambda i: f"H{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 10:00,大堂副理,2025-03-0{i + 1} 11:00")
    data, out = draft(run, catalog, tmp_path, "s36-hotel-guest-complaints", text)
    assert data["columns"]["请示时间"] == "request_instructions_at" and data["columns"]["请示总经理时间"] == "request_gm_at"
    assert data["columns"]["请示人"] == "request_instructions_by"


def test_a_date_column_as_close_to_several_steps_is_told_by_when_its_dates_fall(run, catalog, tmp_path):
    # 转前台时间 is as close to 将投诉内容告知前台接待员 as to the steps reporting back to the front desk; its dates fall
    # after the receipt and before the handling, where only the first lies
    text = rows("投诉编号,接到投诉时间,转前台时间,责任部门处理时间",
                lambda i: f"T{i},2025-03-0{i + 1} 09:00,2025-03-{i + 11:02d} 10:00,2025-03-{i + 21:02d} 15:00")
    data, out = draft(run, catalog, tmp_path, S40, text)
    assert data["columns"]["转前台时间"] == "inform_reception_at"
    assert "按日期先后只能是 inform_reception_at：6 行晚于“接到投诉时间”、6 行早于“责任部门处理时间”" in out
    # dates after the handling fit both steps reporting back: the dates do not tell, so it stays a question
    late = rows("投诉编号,接到投诉时间,转前台时间,责任部门处理时间",
                lambda i: f"T{i},2025-03-0{i + 1} 09:00,2025-03-{i + 21:02d} 10:00,2025-03-{i + 11:02d} 15:00")
    data, out = draft(run, catalog, tmp_path, S40, late)
    assert "转前台时间" not in data["columns"] and "按日期先后" not in out
    assert "同样相近：请选定" in line_of(out, "# 转前台时间:")


def test_a_passing_on_column_naming_another_role_in_every_row_is_whom_the_case_went_to(run, catalog, tmp_path):
    # S5's office transfers complaints to the departments: a 转办部门 naming a department in every row is where each
    # went, not who sent it (read as the doer, every transfer would be a routing finding)
    units = ["农耕园", "旅行社", "营销部", "保洁外包"]
    text = rows("登记编号,接待日期,转办日期,转办部门",
                lambda i: f"Y{i},2025-03-0{i + 1},2025-03-0{i + 2},{units[i % 4]}", n=8)
    data, out = draft(run, catalog, tmp_path, "s5-yonglian-tourist-complaints", text)
    assert "转办部门" not in data["columns"] and data["columns"]["转办日期"] == "transfer_at"
    assert line_of(out, "# 转办部门: transfer_by").endswith(
        "但 6 行中 6 行写的是“旅游公司各部门（农耕园、旅行社、营销部及其他相关涉及旅游的部门）”，不是办理这一环节的"
        "“旅游公司办公室”：表头说的多半是转给谁，不是谁转的")
    # a few rows naming another department are routing findings, not a sign of the column's meaning
    own = rows("登记编号,接待日期,转办日期,转办部门",
               lambda i: f"Y{i},2025-03-0{i + 1},2025-03-0{i + 2},{'旅行社' if i == 3 else '旅游公司办公室'}", n=8)
    data, _ = draft(run, catalog, tmp_path, "s5-yonglian-tourist-complaints", own)
    assert data["columns"]["转办部门"] == "transfer_by"


def test_sent_for_testing_and_the_tests_report(run, catalog, tmp_path):
    # 送检 is a test commissioned; a test report's date is when the test was done (检定、检验、检测、鉴定完成时间)
    text = rows("投诉编号,受理日期,送检日期,检测报告日期",
                lambda i: f"Q{i},2025-03-0{i + 1},2025-03-1{i + 1},2025-03-2{i + 1}")
    data, out = draft(run, catalog, tmp_path, "l2-samr-complaints-and-reports", text)
    assert data["columns"]["送检日期"] == "testing_commissioned_at"
    assert data["columns"]["检测报告日期"] == "testing_completed_at"
    assert "把“检测报告”读作“检测完成”" in line_of(out, "检测报告日期:")


def test_customer_service_is_the_after_sales_desk_where_the_procedure_names_only_that(run, catalog, tmp_path):
    desks = ["客服中心", "客服中心", "售后服务部", "业务部"]
    text = rows("服务单号,受理时间,受理部门", lambda i: f"F{i},2025-03-0{i + 1} 09:00,{desks[i % 4]}", n=8)
    data, out = draft(run, catalog, tmp_path, "s2-wangdi-after-sales-service", text)
    assert data["roles"]["客服中心"] == "after_sales" and data["roles"]["业务部"] == "related_departments"
    assert "制度没有客户服务部门，客服读作角色“售后服务部门”：请核对" in line_of(out, "客服中心:")


def test_a_step_saying_the_headers_act_only_as_what_came_before_is_not_its_step(run, catalog, tmp_path):
    # S9: 受理 is an act like 接待; 重要投诉接待后半小时内转呈管理处主任 says 接待 only as what its transfer follows
    text = rows("工单编号,投诉时间,受理时间", lambda i: f"W{i},2025-03-0{i + 1} 08:50,2025-03-0{i + 1} 09:00")
    data, out = draft(run, catalog, tmp_path, S9, text)
    assert data["columns"]["受理时间"] == "receive_at"
    assert "同样相近" not in line_of(out, "受理时间:")


def test_arrival_said_another_way_a_contracts_end_and_the_first_time(run, catalog, tmp_path):
    # 签到 on site is the arrival; a contract's 到期日 ends its term (有效合同期限); 首次 is 第一次
    text = rows("服务单号,受理时间,到场签到时间,合同到期日",
                lambda i: f"F{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 11:00,2026-0{i + 1}-30")
    data, _ = draft(run, catalog, tmp_path, "s15-complaint-handling-marketing", text)
    assert data["columns"]["到场签到时间"] == "arrived_at" and data["columns"]["合同到期日"] == "contract_valid_until"
    text = rows("问题编号,首次验证日期", lambda i: f"Q{i},2025-03-1{i + 1}")
    data, out = draft(run, catalog, tmp_path, S35, text)
    assert data["columns"]["首次验证日期"] == "verify_1_at" and "第一次验证" in line_of(out, "首次验证日期:")


def test_a_workshop_is_the_producing_role(run, catalog, tmp_path):
    # S32 names 生产部门: 注塑车间 and 装配一线 produce. 工艺部 stays a question: S32's 其它部门 is no collective name
    # (its 品管部 is the 质控部, its 研发部 the 技术部), so a department it does not name is not read as one of them
    units = ["注塑车间", "装配一线", "工艺部", "生产部门"]
    text = rows("异常单号,发现时间,执行部门,执行时间",
                lambda i: f"E{i},2025-03-0{i + 1} 09:00,{units[i % 4]},2025-03-1{i + 1} 09:00", n=8)
    data, out = draft(run, catalog, tmp_path, "s32-quality-anomaly-handling-yccl", text)
    assert data["columns"]["执行部门"] == "execute_by"
    assert data["roles"]["注塑车间"] == data["roles"]["装配一线"] == "production"
    assert "工艺部" not in data["roles"]
    assert "车间、产线、工序是生产的单位，读作角色“生产部门”：请核对" in line_of(out, "注塑车间:")


def test_a_receipt_alias_is_the_procedures_own_receipt_before_another_bodys(run, catalog, tmp_path):
    # L3 lists the regulator's 监管部门收到辖区内消费投诉 first; an institution's 登记时间 is its own 收到消费投诉
    text = rows("投诉编号,登记时间", lambda i: f"B{i},2025-03-0{i + 1} 09:00")
    data, _ = draft(run, catalog, tmp_path, "l3-banking-insurance-complaints", text)
    assert data["columns"]["登记时间"] == "receive_at"


def test_dates_do_not_take_a_step_a_status_column_times(run, catalog, tmp_path):
    # L6: 受理结论 (受理 / 告知先向企业投诉) times 告知用户先向电信业务经营者投诉 by 受理决定日期; 转企业日期, as close to
    # it as to the operator's own steps, is not read as it by when its dates fall
    said = ["受理", "受理", "告知先向企业投诉", "受理", "不予受理", "受理"]
    text = rows("申诉编号,收到申诉日期,受理结论,受理决定日期,转企业日期",
                lambda i: f"S{i},2025-03-0{i + 1} 09:00,{said[i]},2025-03-1{i + 1},2025-03-1{i + 2}")
    data, out = draft(run, catalog, tmp_path, "l6-telecom-user-appeals-2016", text)
    assert data["outcomes"]["受理结论"]["steps"]["告知先向企业投诉"] == "refer_to_operator"
    assert data["columns"].get("转企业日期") != "refer_to_operator_at" and "按日期先后" not in out


def test_numbered_date_columns_are_the_times_of_the_step_done_several_times(run, catalog, tmp_path):
    # S17 records 一批交货的质量状况 three times: 跟踪批次1-3, alike but for their number, are its first to third time
    text = rows("客诉单号,受理日期,效果确认日期,跟踪批次1,跟踪批次2,跟踪批次3",
                lambda i: f"C{i},2025-03-0{i + 1},2025-04-2{i + 1},2025-04-0{i + 1},2025-04-1{i + 1},2025-04-1{i + 2}")
    data, out = draft(run, catalog, tmp_path, S17, text)
    assert [data["columns"][f"跟踪批次{n}"] for n in (1, 2, 3)] == ["track_batch_at", "track_batch_2_at",
                                                                  "track_batch_3_at"]
    assert "读作制度中多次办理的环节“记录一批交货的质量状况”的第 2 次：请核对" in line_of(out, "跟踪批次2:")


def test_goods_back_in_stock_a_report_to_the_market_regulator_and_the_states_rule(run, catalog, tmp_path):
    # L1: 退货入库 is the business receiving the returned goods, 报市场监管 the report to an administrative department;
    # the consumer's 确认收货 is no return
    text = rows("售后单号,确认收货时间,退货入库时间,报市场监管时间,三包",
                lambda i: f"R{i},2025-03-0{i + 1},2025-03-1{i + 1},2025-03-2{i + 1},{'是' if i % 2 else '否'}")
    data, out = draft(run, catalog, tmp_path, "l1-consumer-rights-protection-law", text)
    assert data["columns"]["退货入库时间"] == "returned_goods_received_at"
    assert data["columns"]["报市场监管时间"] == "report_defect_at"
    assert data["columns"].get("确认收货时间") != "returned_goods_received_at"
    assert "把“市场监管”读作“行政部门”" in line_of(out, "报市场监管时间:")
    # 三包 is the state's rule on returns: a yes/no of 就退货有国家规定或者当事人约定
    assert data["columns"]["三包"] == "state_rule_or_agreement" and data["values"]["state_rule_or_agreement"]["是"] is True


def test_a_no_reason_flag_no_header_names_with_a_dash_for_does_not_apply(run, catalog, tmp_path):
    # L1's 消费者在购买时确认该商品不宜退货: 七天无理由 names no field, its values say it (不支持（下单确认） is "yes");
    # “—” in a ledger is "does not apply", not a value the audit should call invalid
    said = ["支持", "—", "不支持（定制商品）", "不支持（下单确认）", "支持", "—"]
    text = rows("售后单号,申请时间,七天无理由", lambda i: f"R{i},2025-03-0{i + 1},{said[i]}")
    data, out = draft(run, catalog, tmp_path, "l1-consumer-rights-protection-law", text)
    assert data["columns"]["七天无理由"] == "confirmed_not_returnable"
    assert data["values"]["confirmed_not_returnable"] == {"支持": False, "—": "", "不支持（定制商品）": False,
                                                          "不支持（下单确认）": True}
    assert "“—”是表格中“不适用”的写法" in line_of(out, "—:")


L4 = "l4-consumer-rights-violation-penalties"


def test_a_promised_term_an_agreed_return_and_goods_the_help_lists(run, catalog, tmp_path):
    # L4: 承诺 is what the business agreed (约定), 时效 its term (期限), 承诺完成日 the end of that term, which a deadline
    # counts from; 同意退货 is the business handling the return (办理退货手续)
    text = rows("工单号,受理时间,是否承诺时效,承诺完成日,同意退货时间",
                lambda i: f"G{i},2025-03-0{i + 1} 09:00,{'是' if i % 2 else '否'},2025-03-1{i + 1},2025-03-0{i + 2}")
    data, out = draft(run, catalog, tmp_path, L4, text)
    assert data["columns"]["是否承诺时效"] == "performance_term_set"
    assert data["columns"]["承诺完成日"] == "performance_due_at"
    assert data["columns"]["同意退货时间"] == "process_return_at"
    assert "把“承诺”读作“约定”" in line_of(out, "是否承诺时效:")
    # 定制商品 is among the goods statutory_exclusion's help lists (消费者定作的); the scattered 定 and 商品 it shares
    # with 经有关行政部门依法认定为不合格商品 are no evidence for that field
    text = rows("工单号,受理时间,定制商品,抽检不合格批次",
                lambda i: f"G{i},2025-03-0{i + 1} 09:00,{'是' if i == 2 else '否'},{'是' if i == 3 else '否'}")
    data, out = draft(run, catalog, tmp_path, L4, text)
    assert data["columns"]["定制商品"] == "statutory_exclusion"
    assert data["columns"]["抽检不合格批次"] == "certified_nonconforming"
    assert "说明所列的情形" in line_of(out, "定制商品:")


def test_a_defect_is_a_quality_complaint_and_compensation_said_otherwise(run, catalog, tmp_path):
    # S43's 投诉请求事项的性质: a register naming the defect (屋面渗漏, 墙体裂缝) says a quality complaint; 补偿 is 赔偿
    kinds = ["屋面渗漏", "墙体裂缝", "拆迁补偿", "屋面渗漏", "外墙保温脱落", "邻里纠纷"]
    text = rows("登记编号,来件日期,问题类别", lambda i: f"D{i},2025-03-0{i + 1},{kinds[i]}")
    data, out = draft(run, catalog, tmp_path, "s43-jiangsu-construction-quality-complaints", text)
    assert data["columns"]["问题类别"] == "category"
    assert data["values"]["category"] == {"屋面渗漏": "quality", "墙体裂缝": "quality", "外墙保温脱落": "quality",
                                          "拆迁补偿": "demolition_compensation", "邻里纠纷": "neighbour_dispute"}
    assert "说的是一种缺陷（渗漏）" in line_of(out, "屋面渗漏:")


def test_a_value_doing_what_the_label_denies_and_a_lawsuit_said_otherwise(run, catalog, tmp_path):
    # S37: 已验收 answers "no" to 工程是否未经竣工验收…而交付使用, 未验收交付 "yes"; 已起诉 is 已进入司法诉讼程序
    text = rows("登记编号,受理日期,验收情况,已起诉",
                lambda i: f"X{i},2025-03-0{i + 1},{'未验收交付' if i == 1 else '已验收'},{'已起诉' if i == 4 else '否'}")
    data, out = draft(run, catalog, tmp_path, "s37-xiamen-construction-quality-complaints", text)
    assert data["columns"]["验收情况"] == "delivered_without_acceptance"
    assert data["values"]["delivered_without_acceptance"] == {"已验收": "no", "未验收交付": "yes"}
    assert data["columns"]["已起诉"] == "in_litigation" and data["values"]["in_litigation"]["已起诉"] == "yes"
    assert "把“起诉”读作“诉讼”" in line_of(out, "已起诉:")


def test_the_date_a_ticked_duty_was_done(run, catalog, tmp_path):
    # S41's tick box 已报主管部门备案: a 备案日期 is evidence the duty was done; only its other words need a reading
    text = rows("登记编号,收到时间,记录表填写日期,备案日期",
                lambda i: f"B{i},2025-03-{i + 1:02} 09:00,2025-03-{i + 2:02},"
                          f"{'未报' if i == 3 else f'2025-04-{i + 1:02}'}",
                n=12)
    data, out = draft(run, catalog, tmp_path, "s41-construction-quality-complaints", text)
    assert data["columns"]["备案日期"] == "filed_with_competent_dept"
    assert data["values"]["filed_with_competent_dept"] == {"未报": False}
    assert "有日期即已做" in line_of(out, "备案日期:")


def test_the_complaints_own_quantity_and_a_department_named_before_its_act(run, catalog, tmp_path):
    # S48: 投诉数量 is the complaint's 数量 (退货数量 a part of it); 品保 is the 质量管理部, whose one 确认 is
    # 客户投诉质量的检验确认; 核决 is the 判定 of 拟定处理方式，判定责任归属; a 作业员 is the 生产人员
    text = rows("客诉单号,登记日期,退货数量,投诉数量(PCS),品保确认日期,核决日期,核决人,作业员",
                lambda i: f"K{i},2025-03-0{i + 1},{i},{i + 100},2025-03-1{i + 1},2025-03-2{i + 1},苏军,余国庆")
    data, _ = draft(run, catalog, tmp_path, "s48-pcb-customer-complaints", text)
    assert data["columns"]["投诉数量(PCS)"] == "quantity" and "退货数量" not in data["columns"]
    assert data["columns"]["品保确认日期"] == "inspect_at"
    assert data["columns"]["核决日期"] == "determine_handling_at" and data["columns"]["核决人"] == "determine_handling_by"
    assert data["columns"]["作业员"] == "production_staff"


def test_a_decisions_date_is_also_the_time_of_the_step_each_answer_leads_to(run, catalog, tmp_path):
    # S37: 受理 / 不予受理 answer 判断是否属于分中心受理范围, whose time 受理日期 is; they lead on to 详细记录受理的投诉件
    # and 不属于受理范围的…建议…其它途径解决, which the same date times; who decided stays the decision's
    said = ["受理", "受理", "不予受理", "受理", "不予受理", "受理"]
    text = rows("登记编号,值班科室,受理日期,是否受理",
                lambda i: f"X{i},监督一科,2025-03-0{i + 1},{said[i]}")
    data, _ = draft(run, catalog, tmp_path, "s37-xiamen-construction-quality-complaints", text)
    assert data["columns"]["受理日期"] == "receive_at" and data["columns"]["值班科室"] == "receive_by"
    assert data["outcomes"]["是否受理"] == {"date": "受理日期", "steps": {"受理": "record", "不予受理": "refer_elsewhere"}}


def test_the_signer_named_is_the_signature(run, catalog, tmp_path):
    # S43: 结案签字人 names who signed the closing, which is 投诉处理机构负责人签字 itself, not the closing step's doer
    text = rows("登记编号,结案日期,结案签字人", lambda i: f"D{i},2025-03-1{i + 1},{'站长 徐某' if i % 2 else ''}")
    data, out = draft(run, catalog, tmp_path, "s43-jiangsu-construction-quality-complaints", text)
    assert data["columns"]["结案签字人"] == "head_signature"
    assert "签了名即签了字" in line_of(out, "结案签字人:")


def test_a_number_most_cases_lack_is_not_the_case_number(run, catalog, tmp_path):
    # S44: 投诉单号 is a name of the case number, but only cases with a 质量异常信息投诉单 have one; 客诉编号, on every
    # row, is the case's own
    text = rows("客诉编号,接报时间,投诉单号",
                lambda i: f"KS{i:03},2025-03-{i + 1:02} 09:00,{f'TS{i:03}' if i % 3 else ''}", n=12)
    data, out = draft(run, catalog, tmp_path, "s44-customer-quality-complaints-2017", text)
    assert data["columns"]["客诉编号"] == "case_number" and "投诉单号" not in data["columns"]
    assert "每个案件都有编号" in line_of(out, "客诉编号:")


def test_what_an_act_comes_after_is_not_that_act(run, catalog, tmp_path):
    # S44: 退货完成 is said by 退货完成后《产品退货申请表》复印存档 only as what the filing follows: the return done is
    # 各部门办理产品退货手续, and 复印存档 the filing
    text = rows("客诉编号,接报时间,退货申请日期,退货完成日期,复印存档,结案日期",
                lambda i: f"K{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 2},2025-03-1{i + 1},2025-03-2{i + 1},"
                          f"2025-03-2{i + 2}")
    data, _ = draft(run, catalog, tmp_path, "s44-customer-quality-complaints-2017", text)
    assert data["columns"]["退货完成日期"] == "process_return_at" and data["columns"]["复印存档"] == "archive_return_at"


def test_the_one_act_a_flag_names_among_other_ways_and_a_value_saying_quality(run, catalog, tmp_path):
    # S44's 处理意见是否同意退货: in a column of dispositions, 退货 is "yes" and the other ways (换货, 现场修补) "no"
    said = ["退货", "换货", "现场修补", "退货", "补发", "换货"]
    text = rows("客诉编号,接报时间,处理意见", lambda i: f"K{i},2025-03-0{i + 1} 09:00,{said[i]}")
    data, out = draft(run, catalog, tmp_path, "s44-customer-quality-complaints-2017", text)
    assert data["values"]["return_approved"] == {"退货": True, "换货": False, "现场修补": False, "补发": False}
    assert "标签只说到“退货”，这是另外的做法" in line_of(out, "换货:")
    # S48's 质量投诉 / 非质量异常客户投诉（人为因素造成）: 制程品质 says quality (品质 is 质量); 人为疏失 says what
    # the other option's aside does
    kinds = ["制程品质", "来料品质", "人为疏失", "制程品质", "制程品质", "人为疏失"]
    text = rows("客诉单号,登记日期,客诉类别", lambda i: f"C{i},2025-03-0{i + 1},{kinds[i]}")
    data, out = draft(run, catalog, tmp_path, "s48-pcb-customer-complaints", text)
    assert data["values"]["category"] == {"制程品质": "quality", "来料品质": "quality", "人为疏失": "non_quality"}
    assert "括号里的说明同说一个词" in line_of(out, "人为疏失:")


def test_departments_by_their_sections_offices_and_the_collective_named_alone(run, catalog, tmp_path):
    """S3: 业务一课 is a section of 业务部, 华东办事处 its office in a region; 品保部, named nowhere, is one of the
    有关单位 — the role named as that alone, not 业务部或有关单位."""
    units = ["业务一课", "华东办事处", "品保部", "业务二课", "业务部", "华东办事处"]
    text = rows("客诉单号,异常单开立日期,开立单位", lambda i: f"X{i},2025-03-0{i + 1},{units[i]}")
    data, out = draft(run, catalog, tmp_path, "s3-xingjin-pcb-complaints", text)
    assert data["columns"]["开立单位"] == "exception_slip_by"
    assert data["roles"]["业务一课"] == data["roles"]["业务二课"] == data["roles"]["华东办事处"] == "sales"
    assert data["roles"]["品保部"] == "related_units"
    assert "办事处" in line_of(out, "华东办事处:") and "有关单位" in line_of(out, "品保部:")


def test_a_generic_handling_column_and_the_plants_units(run, catalog, tmp_path):
    """S38: 处理部门 is the one 处理 step no customer does (quality_handle, not customer_self_handle); 销售一部 is the
    销售部（跟单员、销售员） without its aside; a 分厂 is the producing role's."""
    units, handlers = ["销售一部", "销售二部", "售后服务部"] * 2, ["质量管理部", "挤压分厂"] * 3
    text = rows("单据编号,接收部门,处理部门", lambda i: f"N{i},{units[i]},{handlers[i]}")
    data, _ = draft(run, catalog, tmp_path, "s38-nanshan-aluminium-quality-complaints", text)
    assert data["columns"]["处理部门"] == "quality_handle_by"
    assert data["roles"]["销售一部"] == data["roles"]["销售二部"] == "sales"
    assert data["roles"]["挤压分厂"] == "production"


def test_a_return_call_a_superiors_push_and_kinds_worded_otherwise(run, catalog, tmp_path):
    """S11 has no 回访 step: the call back is its 向投诉人通报处理进度和结果; 督办 is 高层介入, 总经理 the 高层; 办事流程问题
    is a kind of 操作流程; APP在线客服 a website's."""
    kinds, ways = ["产品质量问题", "办事流程问题", "服务态度问题"] * 2, ["400热线", "APP在线客服", "客服邮箱"] * 2
    text = rows("工单编号,受理时间,受理渠道,投诉类别,督办时间,督办领导,回访时间,回访人",
                lambda i: f"W{i},2025-03-0{i + 1} 09:00,{ways[i]},{kinds[i]},2025-03-1{i} 10:00,总经理,"
                          f"2025-03-2{i} 10:00,投诉管理部门")
    data, out = draft(run, catalog, tmp_path, S11, text)
    assert data["columns"]["回访时间"] == "feedback_at" and data["columns"]["回访人"] == "feedback_by"
    assert "向投诉人通报处理进度和结果" in line_of(out, "回访时间:")
    assert data["columns"]["督办时间"] == "senior_intervention_at"
    assert data["columns"]["督办领导"] == "senior_intervention_by"
    assert data["roles"]["总经理"] == "senior_management"
    assert data["values"]["category"]["办事流程问题"] == "operating_procedure"
    assert data["values"]["channel"]["APP在线客服"] == "website"


def test_a_reply_to_the_customer_and_a_field_named_before_a_role(run, catalog, tmp_path):
    """S14: 回复客户时间 is 回复时间, the step going back to the customer with the handling (与客户接洽，核实…处理情况);
    责任部门 is the field 责任单位 the vocabulary names, before the role 被投诉部门（责任单位）."""
    text = rows("登记编号,投诉时间,责任部门,回复客户时间,回复人",
                lambda i: f"R{i},2025-03-0{i + 1} 09:00,工程维修部,2025-03-1{i} 10:00,行政部门")
    data, _ = draft(run, catalog, tmp_path, "s14-operations-complaint-flow", text)
    assert data["columns"]["回复客户时间"] == "verify_cause_at" and data["columns"]["回复人"] == "verify_cause_by"
    assert data["columns"]["责任部门"] == "responsible_department"


def test_a_documents_date_a_post_left_and_the_party_a_step_deals_with(run, catalog, tmp_path):
    """S35: 纠正预防措施报告日期 is the day the report is drawn up (制定), not approved; 现场公示 is the one posting the
    other headers leave; 反馈部门 of 市场部/外贸部 names who fed back, whom the step's doer hears from, not the doer."""
    sources = ["市场部", "外贸部"] * 3
    text = rows("登记号,反馈时间,反馈部门,现场公示时间,纠正预防措施报告日期,措施公示时间,再次反馈公示时间",
                lambda i: f"P{i},2025-03-0{i + 1} 09:00,{sources[i]},2025-03-0{i + 1} 10:00,2025-03-1{i},"
                          f"2025-03-2{i} 10:00,2025-04-0{i + 1} 10:00")
    data, out = draft(run, catalog, tmp_path, S35, text)
    assert data["columns"]["纠正预防措施报告日期"] == "analyse_at" and "制定" in line_of(out, "纠正预防措施报告日期:")
    assert data["columns"]["现场公示时间"] == "post_event_at" and "只剩这一个" in line_of(out, "现场公示时间:")
    assert "反馈部门" not in data["columns"] and "打交道的一方" in line_of(out, "# 反馈部门:")


def test_a_defect_is_the_one_option_saying_quality_as_pinzhi(run, catalog, tmp_path):
    """S32's 产品品质异常 says quality as 品质: 功能不良 is that class, 制程异常 its own."""
    kinds = ["功能不良", "外观不良", "制程异常", "结构不良", "功能不良", "制程异常"]
    text = rows("异常单号,异常类别", lambda i: f"Q{i},{kinds[i]}")
    data, _ = draft(run, catalog, tmp_path, "s32-quality-anomaly-handling-yccl", text)
    assert data["values"]["category"] == {"功能不良": "product_quality_anomaly", "外观不良": "product_quality_anomaly",
                                          "结构不良": "product_quality_anomaly", "制程异常": "process_anomaly"}


def test_the_customers_complaint_date_and_the_step_passing_it_on(run, catalog, tmp_path):
    """S17: 客户投诉日期 is the complaint's own date, not the step 受理客户投诉，书面转交品质部, whose time 转品质部时间 says."""
    text = rows("客诉单号,客户投诉日期,转品质部时间", lambda i: f"K{i},2025-03-0{i + 1} 08:00,2025-03-0{i + 1} 09:00")
    data, _ = draft(run, catalog, tmp_path, "s17-complaint-control-8d", text)
    assert data["columns"]["客户投诉日期"] == "received_at" and data["columns"]["转品质部时间"] == "receive_at"


def test_an_affirmed_answer_is_the_decisions_too(run, catalog, tmp_path):
    """L6: 予以受理 and 不予受理 are both 作出受理或者不予受理的决定, taken on every row; 予以受理 leads on to 受理申诉."""
    answers = ["予以受理", "予以受理", "不予受理", "告知先向企业投诉", "予以受理", "不予受理"]
    text = rows("申诉编号,收件日期,受理意见,受理决定日期",
                lambda i: f"A{i},2025-03-0{i + 1},{answers[i]},2025-03-0{i + 2}")
    data, _ = draft(run, catalog, tmp_path, "l6-telecom-user-appeals-2016", text)
    assert data["columns"]["受理决定日期"] == "decide_at"
    assert data["outcomes"]["受理意见"]["steps"] == {"予以受理": "accept", "告知先向企业投诉": "refer_to_operator"}


def test_checking_anothers_work_and_the_departments_told(run, catalog, tmp_path):
    """S15's 与客户接洽，核实责任单位反馈的…: 核实时间 is the step's, 责任单位反馈时间 the unit's; 通报部门 of
    将…意见通报有关部门… names the departments told, not who told them."""
    units = ["技术服务部", "质量部"] * 3
    text = rows("投诉单号,责任单位反馈时间,核实时间,通报日期,通报部门",
                lambda i: f"S{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 15:00,2025-03-1{i},{units[i]}")
    data, out = draft(run, catalog, tmp_path, "s15-complaint-handling-marketing", text)
    assert data["columns"]["核实时间"] == "verify_cause_at" and "责任单位反馈时间" not in data["columns"]
    assert "通报部门" not in data["columns"] and "是“通报”的对象" in line_of(out, "# 通报部门:")


def test_a_report_to_a_party_and_a_departments_head(run, catalog, tmp_path):
    """S36: 上报公司 is 重大投诉及时向公司报告…, 报总经理 is …向总经理请示处理 (not 副总经理's), and 请示时间 the one
    请示 left; 客房部经理 is the post 部门第一负责人."""
    heads = ["客房部经理", "工程部经理"] * 3
    text = rows("投诉单号,投诉时间,请示时间,上报公司时间,报总经理时间,处理负责人",
                lambda i: f"H{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 10:00,2025-03-0{i + 1} 11:00,"
                          f"2025-03-0{i + 1} 12:00,{heads[i]}")
    data, out = draft(run, catalog, tmp_path, "s36-hotel-guest-complaints", text)
    assert data["columns"]["上报公司时间"] == "report_company_at" and data["columns"]["报总经理时间"] == "request_gm_at"
    assert data["columns"]["请示时间"] == "request_instructions_at"
    assert data["roles"]["客房部经理"] == "department_head" and "部门的负责人" in line_of(out, "客房部经理:")


def test_a_document_submitted_and_a_branch_company_as_a_unit(run, catalog, tmp_path):
    """S24: 纠正预防措施提交时间 is when 纠正及预防措施记录表 was filled in (填写…), not handed on for review (递交…审核);
    江宁分公司, named nowhere, is one of the 各责任部门."""
    units = ["江宁分公司", "网络维护中心", "浦口分公司"] * 2
    text = rows("工单编号,登记时间,责任部门,纠正预防措施提交时间",
                lambda i: f"G{i},2025-03-0{i + 1} 09:00,{units[i]},2025-03-0{i + 2} 10:00")
    data, out = draft(run, catalog, tmp_path, S24, text)
    assert data["columns"]["纠正预防措施提交时间"] == "corrective_action_at"
    assert "提交的日期" in line_of(out, "纠正预防措施提交时间:")
    assert data["roles"]["江宁分公司"] == data["roles"]["浦口分公司"] == "responsible_dept"


def test_a_column_of_defects_does_not_outweigh_the_named_category(run, catalog, tmp_path):
    """S32: 不良性质 (外观不良, 功能不良…) reads as 产品品质异常 only by the defect reading; the category stays with
    异常类别, whose values are the classes, and 不良性质 is the 不良类别."""
    kinds, defects = ["客户抱怨", "制程异常", "来料异常"] * 2, ["外观不良", "功能不良", "结构不良"] * 2
    text = rows("异常单号,异常类别,不良性质", lambda i: f"Q{i},{kinds[i]},{defects[i]}")
    data, _ = draft(run, catalog, tmp_path, "s32-quality-anomaly-handling-yccl", text)
    assert data["columns"]["异常类别"] == "category" and data["columns"]["不良性质"] == "defect_type"


def test_a_date_the_flow_contradicts_gives_its_step_to_the_column_that_fits(run, catalog, tmp_path):
    """S42: 登记时间, read by the vocabulary as the operator's 经营者受理用户投诉, falls after 企业答复日期 (经营者答复用户)
    on every row: it is the appeal body's own registering, written commented out; 向企业投诉日期, which named the
    operator's 受理 too, takes it."""
    text = rows("申诉单号,向企业投诉日期,企业答复日期,登记时间",
                lambda i: f"A{i},2025-03-0{i + 1} 09:00,2025-03-1{i} 10:00,2025-04-0{i + 1} 11:00")
    data, out = draft(run, catalog, tmp_path, S42, text)
    assert data["columns"]["企业答复日期"] == "reply_at" and data["columns"]["向企业投诉日期"] == "receive_at"
    assert "登记时间" not in data["columns"]
    assert "6 行晚于“企业答复日期”" in line_of(out, "# 登记时间:") and "先后不符" in line_of(out, "# 登记时间:")


def test_a_decision_on_a_steps_act_and_doers_told_by_their_values(run, catalog, tmp_path):
    """S42: 受理意见 (受理 / 不予受理) is how the appeal body decided, not an abbreviation of the yes/no label
    申诉受理机构已就…出具调解意见书; 受理单位 holding appeal bodies did the body's 受理 (审查并受理申诉), not the
    operator's; 省申诉中心 is the provincial body, not the national centre; 申诉人 is who appealed."""
    bodies, answers = ["省申诉中心"] * 5 + ["部申诉中心"], ["受理", "受理", "不予受理"] * 2
    text = rows("申诉单号,申诉人,受理意见,受理单位",
                lambda i: f"A{i},{['张伟', '李娜', '王芳', '赵磊', '陈静', '刘洋'][i]},{answers[i]},{bodies[i]}")
    data, out = draft(run, catalog, tmp_path, S42, text)
    assert data["columns"].get("受理意见") is None and data["columns"].get("申诉人") is None
    assert data["columns"]["受理单位"] == "accept_appeal_by" and "读作它" in line_of(out, "受理单位:")
    assert data["roles"]["省申诉中心"] == "provincial_appeal_body" and "“省”一级" in line_of(out, "省申诉中心:")


def test_telling_what_one_step_does_a_box_abbreviated_and_a_question_answered(run, catalog, tmp_path):
    """S43: 告知起诉日期 is the step telling the complainant to go to court (引导、教育投诉人…向人民法院起诉). S41: 报备时间
    abbreviates the tick box 已报主管部门备案 (the record's step taken by 记录表签回日期); 事实是否清楚 (清楚 / 不清楚) answers 能否确认事实主体."""
    data, out = draft(run, catalog, tmp_path, "s43-jiangsu-construction-quality-complaints",
                      rows("收件编号,告知起诉日期", lambda i: f"J{i},2025-03-0{i + 1}"))
    assert data["columns"]["告知起诉日期"] == "guide_to_court_at" and "告知“起诉”" in line_of(out, "告知起诉日期:")
    answers = ["清楚", "不清楚", "清楚"] * 2
    text = rows("投诉单号,记录表签回日期,报备时间,事实是否清楚",
                lambda i: f"G{i},2025-03-0{i + 1},2025-03-0{i + 1} 10:00,{answers[i]}")
    data, out = draft(run, catalog, tmp_path, "s41-construction-quality-complaints", text)
    assert data["columns"]["报备时间"] == "filed_with_competent_dept"
    assert data["columns"]["事实是否清楚"] == "facts_confirmed"
    assert data["values"]["facts_confirmed"] == {"清楚": True, "不清楚": False}


def test_a_ledger_numbered_by_its_rows_only_is_audited_by_them(run, catalog, tmp_path):
    """S31: a ledger typed up from paper whose only number is its 序号 (one repeated): without a case number the audit
    would refuse the export, so the row number is the case's, said so; a header naming another number wins."""
    text = rows("序号,收件日期,受理日期", lambda i: f"{max(i, 1)},2025-03-{i + 1:02d},2025-03-{i + 2:02d}", n=10)
    data, out = draft(run, catalog, tmp_path, "s31-zhenjiang-building-quality-complaints", text)
    assert data["columns"]["序号"] == "case_number" and "用序号区分案件" in line_of(out, "序号:")
    text = rows("序号,收件编号,受理日期", lambda i: f"{i + 1},Z{i},2025-03-0{i + 2}")
    data, _ = draft(run, catalog, tmp_path, "s31-zhenjiang-building-quality-complaints", text)
    assert data["columns"]["收件编号"] == "case_number" and "序号" not in data["columns"]


def test_posts_beside_names_a_groups_report_and_a_status_dated_by_its_act(run, catalog, tmp_path):
    """S36: 受理人职位 (楼层部长) beside 受理人 (a name) is who received it, by post; 上报集团 is 重大投诉及时向公司报告
    (the group is the company). S37: 是否受理 (受理 / 不予受理) is dated by 录入时间 (录入: 详细记录受理的投诉件), not
    by the 办结日期 beside it."""
    posts, names = ["楼层部长", "楼面经理", "前台部长"] * 2, ["张伟", "李娜", "王芳", "赵磊", "陈静", "刘洋"]
    text = rows("投诉编号,投诉时间,受理人,受理人职位,上报集团时间",
                lambda i: f"H{i},2025-03-0{i + 1} 09:00,{names[i]},{posts[i]},2025-03-0{i + 1} 12:00")
    data, out = draft(run, catalog, tmp_path, "s36-hotel-guest-complaints", text)
    assert data["columns"]["受理人职位"] == "receive_by" and "受理人" not in data["columns"]
    assert data["columns"]["上报集团时间"] == "report_company_at" and "“集团”即“公司”" in line_of(out, "上报集团时间:")
    answers = ["受理", "受理", "不予受理"] * 2
    text = rows("登记编号,是否受理,录入时间,办结日期",
                lambda i: f"X{i},{answers[i]},2025-03-0{i + 1} 10:00,2025-03-2{i}")
    data, _ = draft(run, catalog, tmp_path, "s37-xiamen-construction-quality-complaints", text)
    assert data["outcomes"]["是否受理"]["date"] == "录入时间"
    assert data["outcomes"]["是否受理"]["steps"] == {"受理": "record", "不予受理": "refer_elsewhere"}


def test_a_weak_date_before_its_anchor_on_the_same_day_is_commented_out(run, catalog, tmp_path):
    """S40: 处理完成时间, taken only for the 处理完 it shares with 处理完毕后将…报前台接待员, falls hours before 回复前台时间
    (责任部门处理并回复意见至前台接待员) on the same days: compared by the time of day, it is written commented out."""
    text = rows("投诉编号,处理完成时间,回复前台时间",
                lambda i: f"P{i},2025-03-0{i + 1} 10:00,2025-03-0{i + 1} 15:00")
    data, out = draft(run, catalog, tmp_path, S40, text)
    assert data["columns"]["回复前台时间"] == "handle_at" and "处理完成时间" not in data["columns"]
    assert "6 行早于“回复前台时间”" in line_of(out, "# 处理完成时间:")


def test_two_dates_the_flow_says_are_the_other_way_round_are_swapped(run, catalog, tmp_path):
    """S37: 登记时间, read by the vocabulary as 详细记录受理的投诉件, comes hours before 受理时间, taken for 窗口值班人员接待
    来电、来访，判断是否属于…受理范围, on every row; each header names the other's step too, so the two are swapped."""
    text = rows("登记编号,登记时间,受理时间", lambda i: f"X{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 15:00")
    data, out = draft(run, catalog, tmp_path, S37, text)
    assert data["columns"]["登记时间"] == "receive_at" and data["columns"]["受理时间"] == "record_at"
    assert "对调后" in line_of(out, "登记时间:") and "对调后" in line_of(out, "受理时间:")


def test_a_firm_step_date_contradicted_by_the_dates_is_swapped_with_the_receipt_that_names_its_step(
        run, catalog, tmp_path):
    """S15: 登记时间 names 投诉案件登记 by its 登记 but falls before 派单时间 (填写客户投诉处理单…并传达, which comes
    first) on every row; 台帐登记时间, read as the receipt's time, names the same step and falls after it: the two
    are swapped, each saying so."""
    text = rows("投诉单号,登记时间,派单时间,台帐登记时间",
                lambda i: f"T{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 11:00,2025-03-0{i + 1} 16:00")
    data, out = draft(run, catalog, tmp_path, "s15-complaint-handling-marketing", text)
    assert data["columns"]["登记时间"] == "received_at" and data["columns"]["台帐登记时间"] == "register_at"
    assert "对调后" in line_of(out, "登记时间:") and "对调后" in line_of(out, "台帐登记时间:")


def test_a_limit_told_a_slip_sent_on_and_a_doer_beside_its_act(run, catalog, tmp_path):
    """S13: 期限告知时间 is when the limit was told (按…判定处理时间，并及时将解决期限通知客户), not the limit, which
    约定解决期限 is; 派单 (a work order sent on) is 向相关责任人送达《客户投诉处理单》副本 before any 通知; 录入岗位, first
    read as the receipt's doer, is who did the 录入 that 记录单录入时间 (填写《客户投诉记录单》) dates."""
    text = rows("工单号,建单时间,记录单录入时间,录入岗位,期限告知时间,约定解决期限,派单时间",
                lambda i: f"D{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 09:30,受理专员,2025-03-0{i + 1} 11:00,"
                          f"2025-03-1{i + 1} 18:00,2025-03-0{i + 1} 14:00")
    data, out = draft(run, catalog, tmp_path, "s13-distribution-complaint-handling", text)
    columns = data["columns"]
    assert columns["期限告知时间"] == "notify_deadline_at" and columns["约定解决期限"] == "resolution_due_at"
    assert columns["派单时间"] == "send_handling_slip_at" and "“派单”读作“送达”" in line_of(out, "派单时间:")
    assert columns["录入岗位"] == "record_by" and "“记录单录入时间”" in line_of(out, "录入岗位:")


def test_an_option_listing_things_and_an_option_abbreviating_the_value(run, catalog, tmp_path):
    """L2: 被诉方拒绝调解 is the second half of 无正当理由不参加调解或者被投诉人明确拒绝调解 (the first half's denial is not
    the value's). L5: 灯具安装 says 安装 of 设备安装, one thing 电气管线、给排水管道、设备安装和装修工程 lists. S30: 网厅 and
    网媒 abbreviate 网上营业厅 and 网络媒体, nearer than 营业厅 merely inside it."""
    grounds = ["被诉方拒绝调解", "投诉人撤诉", "被诉方拒绝调解", "双方自行和解", "投诉人撤诉", "被诉方拒绝调解"]
    text = rows("登记编号,调解终结日期,终止原因", lambda i: f"T{i},2025-03-0{i + 1},{grounds[i]}")
    data, _ = draft(run, catalog, tmp_path, "l2-samr-complaints-and-reports", text)
    assert data["values"]["termination_ground"]["被诉方拒绝调解"] == "refused_mediation"
    parts = ["灯具安装", "室内装修", "电气线路", "灯具安装", "屋面渗漏", "地基基础"]
    text = rows("报修编号,报修日期,报修部位", lambda i: f"B{i},2025-03-0{i + 1},{parts[i]}")
    data, out = draft(run, catalog, tmp_path, L5, text)
    assert {data["values"]["component"][p] for p in ("灯具安装", "室内装修", "电气线路")} == {"pipes_installation_fitout"}
    assert "“安装”是选项" in line_of(out, "灯具安装:") and "请核对" in line_of(out, "灯具安装:")
    channels = ["网上营业厅", "网络媒体", "营业厅", "10000号", "网上营业厅", "营业厅"]
    text = rows("工单编号,受理时间,受理渠道", lambda i: f"W{i},2025-03-0{i + 1} 09:00,{channels[i]}")
    data, _ = draft(run, catalog, tmp_path, "s30-telecom-tianyi-space-complaints", text)
    assert data["values"]["channel"]["网上营业厅"] == "online_hall" and data["values"]["channel"]["网络媒体"] == "web_media"


def test_a_question_answered_in_its_own_words_and_departments_by_other_names(run, catalog, tmp_path):
    """S21: 是否需上报不良事件 holding 需上报 / 不需上报 answers 是否需要向监管机构报告; 营销部-华东大区 is of the 营销部,
    the department selling the goods (销售部); 处理主办部门 is who handled it. S13: 分管副总 and 运营总监 are the company's
    top, the 主管领导 who approves the plan."""
    said = ["不需上报", "需上报", "不需上报", "不需上报", "需上报", "不需上报"]
    units = ["营销部-华东大区", "营销部-华南大区"] * 3
    text = rows("反馈编号,接报日期,接报部门,是否需上报不良事件,处理主办部门",
                lambda i: f"F{i},2025-03-0{i + 1},{units[i]},{said[i]},质量部")
    data, out = draft(run, catalog, tmp_path, "s21-medical-device-complaints", text)
    assert data["columns"]["是否需上报不良事件"] == "report_to_regulator"
    assert data["values"]["report_to_regulator"] == {"需上报": "yes", "不需上报": "no"}
    assert data["columns"]["处理主办部门"] == "handle_by"
    assert data["roles"]["营销部-华东大区"] == "sales" and "同是销售的部门" in line_of(out, "营销部-华东大区:")
    leaders = ["分管副总", "运营总监"] * 3
    text = rows("工单号,方案形成时间,审核时间,审核领导",
                lambda i: f"D{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 15:00,{leaders[i]}")
    data, _ = draft(run, catalog, tmp_path, "s13-distribution-complaint-handling", text)
    assert data["roles"]["分管副总"] == "leader" and data["roles"]["运营总监"] == "leader"


def test_an_act_alone_holding_roles_and_who_presided(run, catalog, tmp_path):
    """S12: 接待 holding 客服前台 / 客服部 names who received the complaint (接到投诉…登记). L2: 调解主持 (主持, who
    presided) is who mediated."""
    desks = ["客服前台", "客服部", "客服前台"] * 2
    text = rows("登记编号,登记时间,接待", lambda i: f"K{i},2025-03-0{i + 1} 09:00,{desks[i]}")
    data, out = draft(run, catalog, tmp_path, S12, text)
    assert data["columns"]["接待"] == "receive_by" and "表头只写了“接待”" in line_of(out, "接待:")
    assert data["roles"]["客服前台"] == "front_desk"
    text = rows("登记编号,调解日期,调解主持", lambda i: f"T{i},2025-03-0{i + 1},县消费者协会")
    data, _ = draft(run, catalog, tmp_path, "l2-samr-complaints-and-reports", text)
    assert data["columns"]["调解主持"] == "mediate_by"
    # S30 names roles but no steps: an act alone is nobody's there
    text = rows("工单编号,受理时间,受理", lambda i: f"W{i},2025-03-0{i + 1} 09:00,天翼空间运营中心")
    data, _ = draft(run, catalog, tmp_path, "s30-telecom-tianyi-space-complaints", text)
    assert "受理" not in data["columns"]


def test_a_value_for_an_option_without_a_name_and_a_columns_other_things(run, catalog, tmp_path):
    """S13 lists （1）投诉（原文方式名称缺失）、电邮投诉、现场投诉、其他投诉: 电话, the one value no named option is, is the
    option whose name the source lost. 责任判定 records more than S13's two responsibilities: 送货服务 on two rows or more
    does not apply (blank); 订货系统, on one row, may be a slip and is left for the audit to report. S12: 结果登记时间 is
    when the result was recorded (将处理结果填写在…), not 接到投诉…登记."""
    channels = ["电话", "电话", "现场", "电子邮件", "微信公众号", "电话", "电话", "现场"]
    said = ["客户经理", "卷烟质量", "送货服务", "送货服务", "客户经理", "送货服务", "订货系统", "卷烟质量"]
    text = rows("记录单号,投诉时间,投诉方式,责任判定",
                lambda i: f"R{i},2025-03-0{i + 1} 09:00,{channels[i]},{said[i]}", n=8)
    data, out = draft(run, catalog, tmp_path, "s13-distribution-complaint-handling", text)
    assert data["values"]["channel"]["电话"] == "unnamed_first" and "原文缺了名称" in line_of(out, "电话:")
    assert data["values"]["responsibility"]["送货服务"] == "" and "# 订货系统:" in out
    text = rows("登记编号,登记时间,结果登记时间",
                lambda i: f"K{i},2025-03-0{i + 1} 09:00,2025-03-1{i + 1} 16:00")
    data, _ = draft(run, catalog, tmp_path, S12, text)
    assert data["columns"]["结果登记时间"] == "record_result_at"


def test_whom_a_case_was_reported_to_and_levels_written_with_their_codes(run, catalog, tmp_path):
    """S9: 上报对象 (管理处主任 / 公司总经理) dated by 上报时间 names the steps passing the case to them (转呈管理处主任,
    呈送公司总经理), not their own 进行处理程序; Ⅰ级-重大 is 重大 behind its code; 接待登记时间 is 接待业主投诉并如实记录,
    before the vocabulary's 登记时间 it is merely close to, and 来电时间 the field 受理时间."""
    to = ["管理处主任", "公司总经理", "无需上报", "管理处主任", "无需上报", "公司总经理"]
    levels = ["Ⅱ级-重要", "Ⅰ级-重大", "Ⅲ级-一般", "Ⅱ级-重要", "Ⅲ级-一般", "Ⅰ级-重大"]
    text = rows("登记编号,来电时间,接待登记时间,投诉等级,上报对象,上报时间",
                lambda i: f"X{i},2025-03-0{i + 1} 08:50,2025-03-0{i + 1} 09:00,{levels[i]},{to[i]},"
                          + ("" if to[i] == "无需上报" else f"2025-03-0{i + 1} 09:20"))
    data, out = draft(run, catalog, tmp_path, S9, text)
    assert data["outcomes"]["上报对象"]["steps"] == {"管理处主任": "report_director", "公司总经理": "report_gm"}
    assert "把案件交给的一方" in line_of(out, "管理处主任: report_director")
    assert data["values"]["severity"] == {"Ⅰ级-重大": "major", "Ⅱ级-重要": "important", "Ⅲ级-一般": ""}
    assert data["columns"]["接待登记时间"] == "receive_at" and data["columns"]["来电时间"] == "received_at"


def test_feedback_checked_by_another_a_stall_owner_and_units_by_team(run, catalog, tmp_path):
    """S14: 单位反馈时间 is the unit's 反馈 (处理时效内反馈调查…), not 核实责任单位反馈的… that checks it; 档主 (a market
    stall's holder) is the customer. S24: 受理班组 holding 客服中心(营业厅) is who registered it, before 受理人 holding
    names; 不满意，已二次派单 says 不满意 first."""
    text = rows("投诉单号,登记时间,档主诉求,单位反馈时间,回复档主时间",
                lambda i: f"M{i},2025-03-0{i + 1} 09:00,退还多收的管理费,2025-03-0{i + 1} 15:00,2025-03-0{i + 1} 17:00")
    data, _ = draft(run, catalog, tmp_path, "s14-operations-complaint-flow", text)
    assert data["columns"]["单位反馈时间"] == "feedback_at" and data["columns"]["档主诉求"] == "demand"
    teams, names = ["客服中心", "客服中心(营业厅)"] * 3, ["张伟", "李娜", "王芳", "赵磊", "陈静", "刘洋"]
    said = ["满意", "不满意，已二次派单", "满意", "基本满意", "不满意，已二次派单", "满意"]
    text = rows("工单号,受理时间,受理人,受理班组,回访结果",
                lambda i: f"C{i},2025-03-0{i + 1} 09:00,{names[i]},{teams[i]},{said[i]}")
    data, out = draft(run, catalog, tmp_path, S24, text)
    assert data["columns"]["受理班组"] == "register_by" and "受理人" not in data["columns"]
    assert data["roles"]["客服中心(营业厅)"] == "customer_service" and "不计括号里的" in line_of(out, "客服中心(营业厅):")
    assert data["values"]["satisfaction"]["不满意，已二次派单"] == "unsatisfied"


def test_two_kinds_in_one_value_are_read_before_the_columns_other_things(run, catalog, tmp_path):
    """S32: 结构/尺寸不良 is 结构不良 or 尺寸不良, the first the option 结构类, not one of the column's other things (read
    as blank, like 作业违规 in 异常类型 beside 产品品质异常 / 制程异常)."""
    kinds = ["外观不良", "结构/尺寸不良", "功能不良", "结构/尺寸不良", "外观不良", "功能不良"] * 2
    said = ["品质不良", "作业违规", "设备异常", "品质不良", "作业违规", "设备异常"] * 2
    text = rows("异常单号,发现时间,异常类型,不良类别",
                lambda i: f"Q{i},2025-03-{i + 10} 09:00,{said[i]},{kinds[i]}", n=12)
    data, out = draft(run, catalog, tmp_path, "s32-quality-anomaly-handling-yccl", text)
    assert data["values"]["defect_type"]["结构/尺寸不良"] == "structural" and "斜线分开的“结构”" in out
    assert data["values"]["category"]["作业违规"] == "" and "读作不适用" in line_of(out, "作业违规:")


def test_an_approval_and_a_kind_of_request_date_their_steps(run, catalog, tmp_path):
    """L4: 审核结果 同意 / 拒绝 dated by 审核时间: 拒绝 is 经营者拒绝退货, so 同意 grants that 退货 (经营者办理退货手续);
    申请时间, as near 消费者提出退货要求 as 消费者提出修理、更换…要求, is the one 售后类型 says (退货退款: the first, which
    says 退货 outside a list); 退货签收时间 is when the returned goods were signed for, while 签收日期 alone, before the
    申请时间, is not."""
    kinds = ["退货退款", "换货", "退货退款", "维修", "退货退款", "换货"]
    said = ["同意", "拒绝", "同意", "同意", "拒绝", "同意"]
    text = rows("售后单号,售后类型,申请时间,审核结果,审核时间,退货签收时间",
                lambda i: f"R{i},{kinds[i]},2025-03-0{i + 1} 09:00,{said[i]},2025-03-0{i + 1} 15:00,"
                          f"2025-03-0{i + 3} 10:00")
    data, out = draft(run, catalog, tmp_path, "l4-consumer-rights-violation-penalties", text)
    assert data["outcomes"]["审核结果"] == {"date": "审核时间", "steps": {"拒绝": "refuse_return", "同意": "process_return"}}
    assert "所拒绝的“退货”" in line_of(out, "同意: process_return")
    assert data["outcomes"]["售后类型"] == {"date": "申请时间", "steps": {"退货退款": "return_request",
                                                                   "换货": "remedy_request", "维修": "remedy_request"}}
    assert data["columns"]["退货签收时间"] == "returned_goods_received_at" and "申请时间" not in data["columns"]
    # 签收日期 says only 收到, and falls before the 申请时间 the kind column dates: the goods' delivery, not their return
    text = rows("售后单号,服务类型,签收日期,申请时间,退货入库日期",
                lambda i: f"R{i},{kinds[i]},2025-03-0{i + 1} 09:00,2025-03-0{i + 2} 09:00,2025-03-1{i} 10:00")
    data, out = draft(run, catalog, tmp_path, "l4-consumer-rights-violation-penalties", text)
    assert data["columns"]["退货入库日期"] == "returned_goods_received_at" and "签收日期" not in data["columns"]
    assert "早于“申请时间”" in line_of(out, "# 签收日期:")


def test_a_way_of_handling_and_a_question_with_a_few_odd_answers(run, catalog, tmp_path):
    """S3: 处理方式 (现场处理 / 驻厂处理 / 电话沟通 / 寄样分析) says whether 业务部或有关单位前往处理: yes for the ways going
    to the customer, no for the others, 其他 and 待定 left for the audit; 有无损失 asks 是否造成损失 though a few answers are
    neither (待评估, 未确认: not known yet). S4: 不详 is no answer, not 否."""
    ways = ["现场处理", "电话沟通", "驻厂处理", "寄样分析", "现场处理", "其他", "电话沟通", "待定", "现场处理", "电话沟通"]
    loss = ["无", "有", "无", "无", "有", "未确认", "无", "待评估", "有", "无"]
    text = rows("客诉单号,登记日期,有无损失,处理方式", lambda i: f"K{i},2025-03-0{i % 9 + 1},{loss[i]},{ways[i]}", n=10)
    data, out = draft(run, catalog, tmp_path, "s3-xingjin-pcb-complaints", text)
    assert data["columns"]["有无损失"] == "loss_caused" and data["columns"]["处理方式"] == "onsite_handling"
    assert data["values"]["onsite_handling"] == {"现场处理": True, "驻厂处理": True, "电话沟通": False, "寄样分析": False}
    assert line_of(out, "# 其他:").endswith("留给审计报告")
    assert data["values"]["loss_caused"] == {"无": False, "有": True}      # 未确认, 待评估: not known yet
    answers = ["是", "否", "不详", "否", "是", "否"]
    data, _ = draft(run, catalog, tmp_path, "s4-glzd194-complaint-management",
                    rows("流程编号,是否造成损失", lambda i: f"L{i},{answers[i]}"))
    assert data["values"]["loss_caused"] == {"是": True, "否": False}


def test_a_kind_a_yes_no_label_says_and_units_named_another_way(run, catalog, tmp_path):
    """S46: 补偿方式 holding 特案保修, which 是否申请特案保修结算 says, is that field (善意补偿, 无: no); 补偿审批部门 is
    the 特案保修授权处理部门 (审批 and 授权 the same act). S38: 国内销售部 is the 销售部 with its market before it,
    工业型材质量管理部 the 质量管理部（工业型材）; 处理部门 holding departments is who handled, before 质量部接收人
    holding names."""
    ways = ["无", "特案保修", "善意补偿", "无", "特案保修", "待评估"]
    units = ["", "技术支持系", "客户关怀科", "", "技术支持系", ""]
    text = rows("工单编号,补偿方式,补偿审批部门", lambda i: f"W{i},{ways[i]},{units[i]}")
    data, _ = draft(run, catalog, tmp_path, "s46-changan-suzuki-dealer-complaints", text)
    assert data["columns"]["补偿方式"] == "special_case_warranty"
    assert data["values"]["special_case_warranty"] == {"无": False, "特案保修": True, "善意补偿": False}
    assert data["columns"]["补偿审批部门"] == "special_case_authorised_by"
    takers = ["国内销售部", "外贸销售部", "工业型材质量管理部", "国内销售部", "售后服务部", "外贸销售部"]
    names = ["程静", "张静", "肖建华", "程静", "张静", "肖建华"]
    text = rows("客诉单号,接报时间,接报部门,质量部接收时间,质量部接收人,处理部门",
                lambda i: f"G{i},2025-03-0{i + 1} 09:00,{takers[i]},2025-03-0{i + 1} 11:00,{names[i]},工业型材质量管理部")
    data, out = draft(run, catalog, tmp_path, "s38-nanshan-aluminium-quality-complaints", text)
    assert data["roles"]["国内销售部"] == "sales" and data["roles"]["工业型材质量管理部"] == "quality_mgmt"
    assert "括号里的说明写在前面" in line_of(out, "工业型材质量管理部:")
    assert data["columns"]["处理部门"] == "quality_handle_by" and "质量部接收人" not in data["columns"]


def test_an_outcome_said_by_its_grounds_and_a_complaint_told_by_mouth(run, catalog, tmp_path):
    """L2: 撤回 and 自行和解 in 调解结果 are grounds 终止调解情形 lists for 终止调解 (（一）投诉人撤回投诉或者双方自行和解).
    S6: 業務拜訪口述 (told by mouth on a sales visit) is 口头."""
    said = ["调解成功", "撤回", "终止调解", "自行和解", "调解成功", "调解成功"]
    data, out = draft(run, catalog, tmp_path, "l2-samr-complaints-and-reports",
                      rows("登记编号,调解结果", lambda i: f"T{i},{said[i]}"))
    assert data["values"]["mediation_outcome"] == {"调解成功": "agreement", "撤回": "terminated",
                                                   "终止调解": "terminated", "自行和解": "terminated"}
    assert "终止调解情形" in line_of(out, "撤回:")
    ways = ["電話", "書面函件", "業務拜訪口述", "傳真", "電話", "E-mail"]
    data, _ = draft(run, catalog, tmp_path, "s6-general-serious-complaints",
                    rows("客訴單號,反映方式", lambda i: f"C{i},{ways[i]}"))
    assert data["values"]["channel"]["業務拜訪口述"] == "oral"


def test_a_plants_process_sections_and_its_quality_department_by_another_name(run, catalog, tmp_path):
    """S48: 防焊课, 内层课 (sections named by their process) are the one producing role, 制造部门, not 总经理室生产管理组
    (production control) nor the collective 有关单位; 品保部 is its 质量管理部."""
    units = ["防焊课", "内层课", "成型课", "防焊课", "内层课", "电镀课"]
    text = rows("客诉编号,登记日期,品保确认单位,调查单位",
                lambda i: f"2503{i + 10},2025-03-0{i + 1} 09:00,品保部,{units[i]}")
    data, out = draft(run, catalog, tmp_path, "s48-pcb-customer-complaints", text)
    assert {data["roles"][u] for u in units} == {"manufacturing"} and data["roles"]["品保部"] == "quality_mgmt"
    assert "工序是生产的单位" in line_of(out, "防焊课:") and "管质量的部门" in line_of(out, "品保部:")


def test_a_count_of_complaints_is_no_count_of_the_steps_and_a_check_of_an_act_is_not_the_act(run, catalog, tmp_path):
    """S35: 二次验证时间 is the second verification (第二次跟踪验证…), not the bare 验证时间 field; 客户二次投诉时间 and
    二次投诉公示时间 count complaints, not verifications (公示第二次验证结果); 措施实施时间 is no 整改措施实施验证有效,
    which checks the implementing."""
    text = rows("客诉单号,一次验证时间,二次验证时间,客户二次投诉时间,二次投诉公示时间,措施实施时间",
                lambda i: f"K{i},2025-03-0{i + 1},2025-03-1{i},2025-04-0{i + 1},2025-04-0{i + 1},2025-02-2{i}")
    data, _ = draft(run, catalog, tmp_path, S35, text)
    columns = data["columns"]
    assert columns["一次验证时间"] == "verify_1_at" and columns["二次验证时间"] == "verify_2_at"
    assert columns.get("客户二次投诉时间") != "verify_2_at" and columns.get("二次投诉公示时间") != "post_verify_2_at"
    assert columns.get("措施实施时间") != "verification_effective_at"


def test_a_withdrawn_suit_and_a_cases_difficulty_in_a_banks_words(run, catalog, tmp_path):
    """L3: 撤诉日期 is 收到投诉人撤回申请 (撤诉 said for 撤回); 案件难度 is the 复杂程度, its 简易 / 复杂 / 疑难 the
    simple, complex and especially complex cases."""
    levels = ["简易", "复杂", "疑难", "简易", "简易", "复杂"]
    text = rows("投诉工单号,登记时间,案件难度,撤诉日期",
                lambda i: f"B{i},2025-03-0{i + 1} 09:00,{levels[i]},{'2025-03-20' if i == 2 else ''}")
    data, _ = draft(run, catalog, tmp_path, "l3-banking-insurance-complaints", text)
    assert data["columns"]["撤诉日期"] == "withdraw_at" and data["columns"]["案件难度"] == "complexity"
    assert data["values"]["complexity"] == {"简易": "simple", "复杂": "complex", "疑难": "special"}


def test_an_after_sales_request_and_a_notice_the_register_keeper_gives(run, catalog, tmp_path):
    """L1: 售后申请时间 is 消费者提出退货 (售后, an after-sales ticket's word, says no step); 通知客户时间, like 立即告知
    消费者 and 有关行政部门…告知消费者 alike (通知 said for 告知), is the shop's own, whose 退款 the export records."""
    text = rows("售后单号,售后申请时间,退款时间,通知客户时间",
                lambda i: f"S{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 2} 10:00,2025-03-0{i + 1} 15:00")
    data, _ = draft(run, catalog, tmp_path, "l1-consumer-rights-protection-law", text)
    assert data["columns"]["售后申请时间"] == "return_request_at"
    assert data["columns"]["通知客户时间"] == "inform_consumer_defect_at"


def test_other_ways_spelled_either_way_and_a_settlement_done_in_part(run, catalog, tmp_path):
    """S37: 告知其他途径 is 不属于受理范围的…建议投诉人通过其它途径解决 (其他 and 其它 are one word). L6: 已和解未执行
    denies the 执行 that 已达成和解协议并执行 asks for: no; S42's 已和解未履行 denies what the label does not say: left
    for the auditor."""
    answers = ["受理", "告知其他途径", "受理", "告知其他途径", "受理", "受理"]
    text = rows("登记编号,来件日期,受理意见,受理意见时间",
                lambda i: f"X{i},2025-03-0{i + 1} 09:00,{answers[i]},2025-03-0{i + 1} 10:00")
    data, _ = draft(run, catalog, tmp_path, "s37-xiamen-construction-quality-complaints", text)
    assert data["outcomes"]["受理意见"]["steps"] == {"受理": "record", "告知其他途径": "refer_elsewhere"}
    said = ["已和解并执行", "未和解", "已和解未执行", "未和解", "未和解", "已和解并执行"]
    data, _ = draft(run, catalog, tmp_path, "l6-telecom-user-appeals-2016",
                    rows("申诉编号,已和解并执行", lambda i: f"A{i},{said[i]}"))
    assert data["values"]["settlement_executed"] == {"已和解并执行": "yes", "未和解": "no", "已和解未执行": "no"}
    said = ["已和解并履行", "未和解", "已和解未履行", "未和解", "未和解", "已和解并履行"]
    data, out = draft(run, catalog, tmp_path, S42, rows("申诉单号,已达成和解协议并执行", lambda i: f"A{i},{said[i]}"))
    assert "已和解未履行" not in data["values"]["settlement_executed"] and "# 已和解未履行:" in out


def test_goods_of_any_kind_are_no_return_basis_and_a_quality_fault_answers_nonconforming(run, catalog, tmp_path):
    """L4: 商品属性 (常规商品 / 定制商品) names no 退货依据 by its 商品, a word half the procedure's fields say; 质检结论
    holding 质量问题 / 非质量问题 answers 商品或者服务不符合质量要求 yes and no."""
    kinds = ["常规商品", "常规商品", "定制商品", "常规商品", "常规商品", "常规商品"]
    found = ["质量问题", "非质量问题", "质量问题", "质量问题", "非质量问题", "质量问题"]
    text = rows("售后单号,商品属性,质检结论", lambda i: f"S{i},{kinds[i]},{found[i]}")
    data, _ = draft(run, catalog, tmp_path, "l4-consumer-rights-violation-penalties", text)
    assert data["columns"].get("商品属性") != "return_basis"
    assert data["columns"]["质检结论"] == "quality_nonconforming"
    assert data["values"]["quality_nonconforming"] == {"质量问题": True, "非质量问题": False}


def test_an_office_by_its_usual_names_and_who_handled_a_transfer(run, catalog, tmp_path):
    """S5: 综合办公室 and 办公室 are 旅游公司办公室, not one more of 旅游公司各部门; 转办经办 is who passed the
    complaint on (经办, the handler), beside 转办部门, to whom."""
    units, to = ["办公室", "综合办公室", "办公室", "综合办公室", "营销部", "办公室"], ["营销部", "民宿部", "餐饮部"] * 2
    text = rows("投诉编号,投诉时间,接待部门,转办时间,转办部门,转办经办",
                lambda i: f"Y{i},2025-03-0{i + 1} 09:00,{units[i]},2025-03-0{i + 1} 10:00,{to[i]},{units[i]}")
    data, _ = draft(run, catalog, tmp_path, "s5-yonglian-tourist-complaints", text)
    assert data["roles"]["综合办公室"] == data["roles"]["办公室"] == "office"
    assert data["columns"]["转办经办"] == "transfer_by"


def test_a_minor_complaint_of_a_two_class_scheme_and_one_not_yet_graded(run, catalog, tmp_path):
    """S6 sorts complaints as 一般性 or 严重性: 輕微 is below the general class, so of it; 待評估 is not graded yet,
    left for the audit to report (not read as a case the field does not apply to)."""
    levels = ["一般", "輕微", "嚴重", "待評估", "一般", "輕微", "一般", "待評估"]
    data, out = draft(run, catalog, tmp_path, "s6-general-serious-complaints",
                      rows("客訴單號,嚴重程度", lambda i: f"C{i},{levels[i]}", 8))
    assert data["values"]["severity"] == {"一般": "general", "輕微": "general", "嚴重": "serious"}
    assert "# 待評估:" in out


def test_a_source_column_naming_the_referral_the_field_asks_about(run, catalog, tmp_path):
    """S43: 来源 holding 来访 / 来信 / 12345转办 / 省站转办: 省站转办 abbreviates 省投诉处理机构转交办理 (yes), the
    others are other sources (no; 12345转办 is a referral too, but not the province's), only likely: offered commented
    out, as with three values (test_a_value_said_by_a_yes_no_fields_label_maps_the_column_to_that_field)."""
    sources = ["来访", "省站转办", "12345转办", "来信", "来访", "省站转办"]
    data, out = draft(run, catalog, tmp_path, "s43-jiangsu-construction-quality-complaints",
                      rows("投诉编号,来源", lambda i: f"J{i},{sources[i]}"))
    assert "来源" not in data["columns"] and "12345转办: false" in line_of(out, "# 12345转办:")
    assert "请核对" in line_of(out, "# 来源: transferred_by_province")


def test_a_notice_of_what_the_header_names_is_the_date_field_saying_that_notice(run, catalog, tmp_path):
    """L3: 鉴定告知客户时间 and 延期告知客户时间 are when the complainant was told of the appraisal (鉴定检测评估期间
    告知投诉人时间) and of the extension (再延长告知投诉人时间, 延期 said as 延长), not 作出处理决定并告知投诉人; 决定告知
    时间 is no appraisal's notice."""
    text = rows("投诉编号,收到日期,鉴定告知客户时间,延期告知客户时间,决定告知时间",
                lambda i: f"B{i},2025-03-0{i + 1},2025-03-1{i},2025-03-1{i},2025-03-2{i}")
    data, _ = draft(run, catalog, tmp_path, "l3-banking-insurance-complaints", text)
    assert data["columns"]["鉴定告知客户时间"] == "appraisal_notified_at"
    assert data["columns"]["延期告知客户时间"] == "extension_notified_at"
    assert data["columns"].get("决定告知时间") != "appraisal_notified_at"


def test_the_column_whose_values_are_the_options_takes_the_field_before_one_that_only_partly_is(run, catalog, tmp_path):
    """S30: 工单类型 (投诉 / 障碍转投诉 / 咨询转投诉), first in the export, is only partly 有效投诉 / 无效投诉;
    有效性判定 (有效 / 无效) is them all: it takes the field, whichever comes first, and the draft keeps the export's
    order of columns."""
    kinds = ["投诉", "障碍转投诉", "投诉", "咨询转投诉", "投诉", "投诉", "障碍转投诉", "投诉"]
    valid, level = ["有效", "无效", "有效", "有效"] * 2, ["省内", "集团"] * 4
    text = rows("工单流水号,渠道层级,工单类型,有效性判定,匿名/非机主,事由不具体,联系不上,非电信业务",
                lambda i: f"W{i},{level[i]},{kinds[i]},{valid[i]},{'否,否,否,否' if i % 2 == 0 else '否,是,否,否'}", 8)
    data, _ = draft(run, catalog, tmp_path, "s30-telecom-tianyi-space-complaints", text)
    assert data["columns"]["有效性判定"] == "validity" and "工单类型" not in data["columns"]
    assert data["values"]["validity"] == {"有效": "valid", "无效": "invalid"}
    keys = list(data["columns"])
    assert keys.index("渠道层级") < keys.index("有效性判定")


def test_a_return_of_no_kind_and_a_return_for_quality_and_a_header_naming_its_field(run, catalog, tmp_path):
    """L4: 不涉及退货 says the case had no return (blank); 质量问题退货 shares only the 退货 both options say, so it is
    the law's "other" return. 拒绝原因, though its values read as 退货依据's as well, says the 拒绝 of 经营者拒绝退货的
    理由: that field is its, and 退货类型 keeps 退货依据, whichever comes first."""
    kinds = ["七日无理由退货", "不涉及退货", "质量问题退货", "七日无理由退货", "七日无理由退货", "不涉及退货"]
    refusals = ["商品不支持七天无理由退货", "", "商品已拆封使用，影响二次销售", "", "定制商品不适用七天无理由退货", ""]
    text = rows("售后单号,拒绝原因,退货类型", lambda i: f"S{i},{refusals[i]},{kinds[i]}")
    data, _ = draft(run, catalog, tmp_path, "l4-consumer-rights-violation-penalties", text)
    assert data["columns"]["拒绝原因"] == "refusal_reason" and data["columns"]["退货类型"] == "return_basis"
    assert data["values"]["return_basis"] == {"七日无理由退货": "no_reason", "不涉及退货": "", "质量问题退货": "other"}


def test_a_receipt_date_the_kind_of_request_tells_apart_and_a_date_beside_its_doer(run, catalog, tmp_path):
    """L2: 登记时间, the receipt by its name, is 收到投诉 on a complaint's row and 收到举报 on a report's, as 诉求类别
    says; a status whose values are no object of the act (处理结果) does not re-read a date. S24: 建单时间 beside
    建单部门 (taken for 受理或发起投诉，填写登记处理单…, whose 填写 is 建单's act) is that step's time, not 接单时间,
    which only looked like the receipt's alias 接收时间."""
    kinds = ["投诉", "举报", "投诉", "咨询", "投诉", "举报"]
    results = ["调解成功", "终止调解", "调解成功", "立案查处", "调解成功", "终止调解"]
    text = rows("工单编号,登记时间,诉求类别,调解日期,处理结果",
                lambda i: f"Q{i},2025-03-0{i + 1} 09:00,{kinds[i]},2025-03-1{i},{results[i]}")
    data, out = draft(run, catalog, tmp_path, "l2-samr-complaints-and-reports", text)
    assert data["outcomes"]["诉求类别"] == {"date": "登记时间", "steps": {"投诉": "receive", "举报": "receive_report"}}
    assert "登记时间" not in data["columns"] and "处理结果" not in data.get("outcomes", {})
    assert "“登记时间”说的“登记”是" in out
    text = rows("工单编号,建单时间,建单部门,接单时间,处理部门",
                lambda i: f"W{i},2025-03-0{i + 1} 09:00,客服中心,2025-03-0{i + 1} 10:00,网络运维中心")
    data, out = draft(run, catalog, tmp_path, S24, text)
    assert data["columns"]["建单时间"] == "register_at" and data["columns"]["建单部门"] == "register_by"
    assert "接单时间" not in data["columns"] and "与“建单部门”同说“建单”" in line_of(out, "# 接单时间:")


def test_a_customers_evaluation_is_their_satisfaction(run, catalog, tmp_path):
    """S12's 客户对投诉处理的意见: 业主评价 is the customer's (业主 said as 客户) evaluation of the handling."""
    text = rows("工单号,报事时间,业主评价", lambda i: f"G{i},2025-03-0{i + 1} 09:00,{'满意' if i % 3 else '不满意'}")
    data, _ = draft(run, catalog, tmp_path, S12, text)
    assert data["columns"]["业主评价"] == "satisfaction"


def test_a_slip_passed_on_a_desk_of_a_named_department_and_trades_of_a_building(run, catalog, tmp_path):
    """S14: 转办时间 is when the handling slip was passed on (…并传达); 行政部接待室 is the 接待室 of 行政部, so the
    行政部门's. L5: a warranty ledger files repairs by trade (暖通-地暖, 水电-强弱电, 装修-墙地面)."""
    units = ["行政部", "行政部接待室", "行政部", "行政部接待室", "行政部", "行政部"]
    text = rows("流程编号,受理时间,受理部门,转办时间",
                lambda i: f"K{i},2025-03-0{i + 1} 09:00,{units[i]},2025-03-0{i + 1} 11:00")
    data, _ = draft(run, catalog, tmp_path, "s14-operations-complaint-flow", text)
    assert data["columns"]["转办时间"] == "fill_handling_slip_at"
    assert data["roles"]["行政部接待室"] == data["roles"]["行政部"] == "admin_dept"
    parts = ["暖通-地暖", "水电-强弱电", "装修-墙地面", "防水-屋面", "水电-给排水", "结构-裂缝沉降"]
    text = rows("报修单号,报修部位", lambda i: f"R{i},{parts[i]}")
    data, _ = draft(run, catalog, tmp_path, "l5-construction-quality-regulation", text)
    assert data["values"]["component"]["暖通-地暖"] == "heating_cooling"
    assert data["values"]["component"]["水电-强弱电"] == "pipes_installation_fitout"


def test_numbered_batches_take_back_a_date_and_the_step_it_held_goes_to_its_own_header(run, catalog, tmp_path):
    """S17: 第1批跟踪日期, which alone looks like 连续跟踪三批次…，确认改善效果, is the first of three numbered
    batches (记录一批交货的质量状况, three times), and 效果确认日期 then has the confirmation. 转品质时间 names
    受理客户投诉，书面转交品质部 by its own words, before 客诉接收时间, the receipt only by the vocabulary's sense."""
    text = rows("客诉单号,客诉接收时间,转品质时间,第1批跟踪日期,第2批跟踪日期,第3批跟踪日期,效果确认日期",
                lambda i: f"K{i},2025-03-0{i + 1} 08:00,2025-03-0{i + 1} 09:00,2025-03-1{i},2025-03-2{i},"
                          f"2025-04-0{i + 1},2025-04-1{i}")
    data, _ = draft(run, catalog, tmp_path, S17, text)
    columns = data["columns"]
    assert [columns[f"第{n}批跟踪日期"] for n in (1, 2, 3)] == ["track_batch_at", "track_batch_2_at", "track_batch_3_at"]
    assert columns["效果确认日期"] == "confirm_effect_at"
    assert columns["转品质时间"] == "receive_at" and columns["客诉接收时间"] == "received_at"


def test_a_hard_case_the_operator_complained_to_a_yes_no_party_and_a_thing_an_aside_lists(run, catalog, tmp_path):
    """S11: 疑难件 is 复杂投诉 (疑难 said as 复杂). L6: 企业投诉日期 is 用户先向电信业务经营者投诉 (the party and the act
    the name says), 企业答复日期 the operator's reply; 申诉人为当事人 holds 是/否, a question, not who appealed. S15:
    设备启用日期 is the field 设备出库日期或系统启用日期, not the step 详查客户信息 whose aside lists it."""
    text = rows("工单编号,疑难件", lambda i: f"W{i},{'是' if i % 3 == 0 else '否'}")
    data, _ = draft(run, catalog, tmp_path, S11, text)
    assert data["columns"]["疑难件"] == "is_complex"
    text = rows("申诉单号,企业投诉日期,企业答复日期,申诉人为当事人",
                lambda i: f"A{i},2025-03-0{i + 1},2025-03-1{i},{'否' if i == 2 else '是'}")
    data, _ = draft(run, catalog, tmp_path, "l6-telecom-user-appeals-2016", text)
    assert data["columns"]["企业投诉日期"] == "complain_to_operator_at"
    assert data["columns"]["企业答复日期"] == "operator_reply_at"
    assert data["columns"]["申诉人为当事人"] == "direct_interest"
    text = rows("投诉编号,设备启用日期", lambda i: f"T{i},2024-0{i + 1}-15")
    data, _ = draft(run, catalog, tmp_path, "s15-complaint-handling-marketing", text)
    assert data["columns"]["设备启用日期"] == "device_start_date"


def test_a_developer_and_its_builders_named_by_their_trades(run, catalog, tmp_path):
    """L5: who repaired, by the company's trade: 中阳建设集团有限公司 and 雨丰防水工程有限公司 build (施工单位), 汇锦置业工程部
    is the developer's own (建设单位)."""
    units = ["中阳建设集团有限公司", "苏州雨丰防水工程有限公司", "汇锦置业工程部", "中阳建设集团有限公司", "恒通水电安装队",
             "苏州雨丰防水工程有限公司"]
    text = rows("报修单号,报修时间,维修单位,维修完成时间",
                lambda i: f"R{i},2025-03-0{i + 1} 09:00,{units[i]},2025-03-1{i} 17:00")
    data, out = draft(run, catalog, tmp_path, "l5-construction-quality-regulation", text)
    assert data["columns"]["维修单位"] == "warranty_repair_by"
    roles = data["roles"]
    assert {roles[u] for u in units if u != "汇锦置业工程部"} == {"contractor"} and roles["汇锦置业工程部"] == "developer"
    assert "是施工的行当" in line_of(out, "中阳建设集团有限公司:")


def test_a_unit_is_read_where_it_did_most_and_a_kind_before_a_verdict(run, catalog, tmp_path):
    """S39: 政企客户部, once the unit dispatching an escalated complaint and five times the unit handling one, is read
    where it did most: a 投诉处理部门. S32: 异常分类 (产品不良 / 制程异常…), saying it holds a kind, takes the category
    before 判定结果 (不良属实), a verdict on more rows; 品保部 is the 质控部."""
    dispatch = ["客户中心", "政企客户部", "客户中心", "客户中心", "客户中心", "客户中心"]
    handle = ["政企客户部", "政企客户部", "装维中心", "政企客户部", "政企客户部", "政企客户部"]
    text = rows("工单流水号,升级派单部门,升级派单时间,处理部门,处理完成时间",
                lambda i: f"W{i},{dispatch[i]},2025-03-0{i + 1} 10:00,{handle[i]},2025-03-0{i + 1} 16:00")
    data, _ = draft(run, catalog, tmp_path, "s39-telecom-branch-complaints", text)
    assert data["roles"]["政企客户部"] == "handling_dept"
    kinds = ["产品不良", "制程异常", "产品不良", "制程异常", "来料不良", "产品不良", "制程异常", "产品不良"]
    text = rows("异常单号,异常分类,判定结果,效果确认时间,效果确认部门",
                lambda i: f"E{i},{kinds[i]},不良属实,2025-03-0{i + 1} 10:00,品保部", 8)
    data, _ = draft(run, catalog, tmp_path, "s32-quality-anomaly-handling-yccl", text)
    assert data["columns"]["异常分类"] == "category" and "判定结果" not in data["columns"]
    assert data["roles"]["品保部"] == "quality_control"


def test_a_hotels_posts_its_gravity_and_a_question_asked_the_other_way(run, catalog, tmp_path):
    """S36: 客房部长, 康乐部长 are each one of 各区域部长; 投诉处理中心 is 宾客投诉处理中心（组长…）, not the deputy
    manager whose aside names it; 轻度 is 轻微投诉; 权限内处理 是 says the authority was not exceeded."""
    posts = ["客房部长", "康乐部长", "客房部长", "前厅部长", "康乐部长", "客房部长"]
    levels = ["轻度", "一般", "严重", "轻度", "一般", "轻度"]
    within = ["是", "否", "是", "是", "否", "是"]
    text = rows("投诉编号,登记时间,投诉级别,受理人岗位,权限内处理,跟进人岗位,跟进时间",
                lambda i: f"H{i},2025-03-0{i + 1} 09:00,{levels[i]},{posts[i]},{within[i]},投诉处理中心,"
                          f"2025-03-0{i + 1} 15:00")
    data, out = draft(run, catalog, tmp_path, "s36-hotel-guest-complaints", text)
    assert {data["roles"][p] for p in posts} == {"area_supervisor"}
    assert data["roles"]["投诉处理中心"] == "complaint_center"
    assert data["values"]["severity"]["轻度"] == "minor"
    assert data["columns"]["权限内处理"] == "exceeds_receiver_authority"
    assert data["values"]["exceeds_receiver_authority"] == {"是": "no", "否": "yes"}
    assert "取反" in line_of(out, "是: 'no'")


def test_verifying_an_effect_is_the_step_confirming_it(run, catalog, tmp_path):
    """S32 says 确认临时对策效果 and no step says 验证: 效果验证时间 is that step's, not the analysis (分析…), which 验证
    alone resembles as a checking act."""
    text = rows("异常单号,登记时间,对策提出时间,效果验证时间",
                lambda i: f"E{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 15:00,2025-03-1{i} 10:00")
    data, out = draft(run, catalog, tmp_path, "s32-quality-anomaly-handling-yccl", text)
    assert data["columns"]["效果验证时间"] == "confirm_effect_at"
    assert "验证即确认" in line_of(out, "效果验证时间:")


def test_whether_there_was_a_loss_a_visit_and_a_slip_filed_by_either_party(run, catalog, tmp_path):
    """S4: 损失情况 (无损失 / 有损失) asks 是否造成损失; 上门处理 is 业务部或有关单位前往处理 (上门 is going there); a
    filer written 业务/相关单位 names each party of 业务部或有关单位, not only the 有关单位."""
    loss = ["无损失", "有损失", "无损失", "已索赔", "无损失", "有损失"]
    visit = ["是", "否", "是", "是", "否", "是"]
    filer = ["业务/相关单位", "销售部", "业务/相关单位", "品质部", "销售部", "品质部"]
    text = rows("投诉编号,损失情况,上门处理,异常单填报时间,异常单填报部门",
                lambda i: f"K{i},{loss[i]},{visit[i]},2025-03-0{i + 1} 10:00,{filer[i]}")
    data, out = draft(run, catalog, tmp_path, "s4-glzd194-complaint-management", text)
    assert data["columns"]["损失情况"] == "loss_caused" and data["columns"]["上门处理"] == "onsite_handling"
    assert data["values"]["loss_caused"] == {"无损失": False, "有损失": True, "已索赔": True}
    assert data["roles"]["业务/相关单位"] == "sales_or_units"
    assert "把“上门”读作“前往”" in line_of(out, "上门处理:")


def test_an_undecided_grade_an_unclear_answer_a_complaint_letter_and_the_makers_units(run, catalog, tmp_path):
    """A/B is still between two grades, 不清楚 answers nothing, a 客诉函 is written, and a dealer's 厂家技术支持 and
    厂家客户中心 are the maker's 技术支持系 and 公司客户中心, its 本店服务经理 the dealer itself."""
    grades = ["A级", "B级", "A/B", "A级", "B级", "A级"]
    approver = ["厂家技术支持", "厂家客户中心", "厂家技术支持", "本店服务经理", "厂家客户中心", "厂家技术支持"]
    text = rows("投诉单号,投诉级别,特案审批部门", lambda i: f"D{i},{grades[i]},{approver[i]}")
    data, out = draft(run, catalog, tmp_path, "s46-changan-suzuki-dealer-complaints", text)
    assert "A/B" not in data["values"]["severity"] and "# A/B: '?'" in out
    assert data["roles"]["厂家技术支持"] == "tech_support" and data["roles"]["厂家客户中心"] == "customer_center"
    assert data["roles"]["本店服务经理"] == "dealer"
    answers = ["是", "否", "不清楚", "是", "是", "否"]
    text = rows("投诉编号,是否在保修期", lambda i: f"Q{i},{answers[i]}")
    data, out = draft(run, catalog, tmp_path, "s34-liaoning-construction-quality-complaints", text)
    assert "不清楚" not in data["values"]["within_warranty"] and "# 不清楚: '?'" in out
    ways = ["客诉函", "电话", "客诉函", "邮件", "电话", "客诉函"]
    text = rows("客诉单号,反映方式", lambda i: f"C{i},{ways[i]}")
    data, _ = draft(run, catalog, tmp_path, "s6-general-serious-complaints", text)
    assert data["values"]["channel"]["客诉函"] == "written"


def test_where_a_complaint_was_made_not_who_it_was_about_and_a_slip_opened(run, catalog, tmp_path):
    """S36: 投诉提出处 holds the places complaints were made at (中餐厅, 宴会厅 for 向餐厅提出; 客房部 for 直接向部门提出);
    被投诉部门, holding departments too, names the party complained about and is no such column. S3: 开单单位 is who
    filed the 异常处理单 (开单 is 填单)."""
    places = ["中餐厅", "客房部", "宴会厅", "前厅部", "中餐厅", "康乐部"]
    about = ["餐饮部", "客房部", "餐饮部", "前厅部", "餐饮部", "康乐部"]
    text = rows("投诉编号,投诉提出处,被投诉部门", lambda i: f"H{i},{places[i]},{about[i]}")
    data, out = draft(run, catalog, tmp_path, "s36-hotel-guest-complaints", text)
    assert data["columns"]["投诉提出处"] == "complaint_addressee" and "被投诉部门" not in data["columns"]
    assert data["values"]["complaint_addressee"] == {"中餐厅": "restaurant", "宴会厅": "restaurant",
                                                     "客房部": "department", "前厅部": "department",
                                                     "康乐部": "department"}
    assert "是投诉提出的地方" in line_of(out, "宴会厅:")
    units = ["业务部", "品保部", "业务部", "制造部", "品保部", "业务部"]
    text = rows("客诉单号,异常单开立日,开单单位", lambda i: f"C{i},2025-03-0{i + 1},{units[i]}")
    data, out = draft(run, catalog, tmp_path, "s3-xingjin-pcb-complaints", text)
    assert data["columns"]["开单单位"] == "exception_slip_by"
    assert "把“开单”读作“填单”" in line_of(out, "开单单位:")


def test_the_one_slip_left_the_quality_inspectors_and_our_fault_beside_its_denial(run, catalog, tmp_path):
    """S44: 填单部门, as like the 投诉单 as the 反馈单 and the 退货申请表 (each filled in, 填写), is the one whose
    doer no other header gives; 品管部 minds quality, the 质检部; 我司责任 is what 非我司责任 denies."""
    fault = ["我司责任", "非我司责任", "我司责任", "待判定", "非我司责任", "我司责任"]
    text = rows("客诉单号,投诉单提交时间,填单部门,反馈单日期,反馈部门,退货申请时间,退货申请部门,退货单归档日期,责任判定",
                lambda i: f"Q{i},2025-03-0{i + 1} 10:00,客户服务部,2025-03-1{i} 10:00,品管部,2025-03-2{i} 10:00,"
                          f"客户服务部,2025-04-0{i + 1},{fault[i]}")
    data, out = draft(run, catalog, tmp_path, "s44-customer-quality-complaints-2017", text)
    assert data["columns"]["填单部门"] == "complaint_form_by" and "只剩这一个" in line_of(out, "填单部门:")
    assert data["roles"]["品管部"] == "quality_inspection"
    assert data["columns"]["责任判定"] == "own_quality_issue"
    assert data["values"]["own_quality_issue"] == {"我司责任": True, "非我司责任": False}   # 待判定 left to the audit


def test_facts_found_and_a_defect_rectified(run, catalog, tmp_path):
    """S41: 事实认定 (事实清楚 / 事实不清), first offered to a date whose label shares its characters, is 能否确认事实主体;
    整改完成时间 is 按问题性质处置确认的问题 (整改 is how a defect is 处置)."""
    facts = ["事实清楚", "事实不清", "事实清楚", "事实清楚", "事实不清", "事实清楚"]
    text = rows("投诉单号,事实认定,整改完成时间", lambda i: f"Z{i},{facts[i]},2025-03-2{i} 17:00")
    data, _ = draft(run, catalog, tmp_path, "s41-construction-quality-complaints", text)
    assert data["columns"]["整改完成时间"] == "handle_at"
    assert data["columns"]["事实认定"] == "facts_confirmed"
    assert data["values"]["facts_confirmed"] == {"事实清楚": True, "事实不清": False}


def test_dates_headed_by_their_day_and_a_registration_logged(run, catalog, tmp_path):
    """S48: 品保确认日, 现场处理日, 回复客户日 hold dates: each 日 is its 日期; 登录 is 登记 (a Taiwanese system's word).
    S3: 異常單開立日 is the day the 异常处理单 was filled in (开立 is 填报), not 對策回覆日."""
    text = rows("客诉单号,登录日期,登录单位,品保确认日,现场处理日,回复客户日",
                lambda i: f"C{i},2025-03-0{i + 1},生管组,2025-03-0{i + 2},2025-03-1{i},2025-03-2{i}")
    data, _ = draft(run, catalog, tmp_path, "s48-pcb-customer-complaints", text)
    columns = data["columns"]
    assert (columns["登录日期"], columns["登录单位"]) == ("register_at", "register_by")
    assert (columns["品保确认日"], columns["现场处理日"], columns["回复客户日"]) == ("inspect_at", "go_handle_at",
                                                                                  "reply_at")
    text = rows("客訴單號,異常單開立日,對策回覆日", lambda i: f"C{i},2025-03-0{i + 1},2025-03-1{i}")
    data, out = draft(run, catalog, tmp_path, "s3-xingjin-pcb-complaints", text)
    assert data["columns"]["異常單開立日"] == "exception_slip_at"     # 开立 a slip is 填报 it, before a reply's date
    assert "表头是文书“异常单”填报的日期" in line_of(out, "異常單開立日:")


def test_a_review_date_is_the_acceptance_only_where_the_verdict_accepts(run, catalog, tmp_path):
    """S42: 审查日期 beside 受理意见 (受理 / 不予受理) is 申诉受理机构审查并受理申诉 only on the rows accepted; S9: 报事
    (a property desk's word) is the complaint: 报事人 the complainant."""
    verdicts = ["受理", "不予受理", "受理", "受理", "不予受理", "受理"]
    text = rows("申诉编号,向企业投诉日期,受理意见,审查日期",
                lambda i: f"S{i},2025-02-0{i + 1},{verdicts[i]},2025-03-0{i + 1}")
    data, out = draft(run, catalog, tmp_path, "s42-telecom-user-appeals", text)
    assert "审查日期" not in data["columns"]
    assert data["outcomes"]["受理意见"] == {"date": "审查日期", "steps": {"受理": "accept_appeal"}}
    assert "只在说“受理”的行是这一环节的时间" in out
    text = rows("工单编号,报事时间,报事人", lambda i: f"W{i},2025-03-0{i + 1} 09:00,业主{i}")
    data, _ = draft(run, catalog, tmp_path, "s9-xiangyong-property-service", text)
    assert data["columns"]["报事人"] == "complainant"


def test_a_letter_coming_in_is_the_complainants_own_filing(run, catalog, tmp_path):
    """来件日期, when the complainant's letter or visit came in: S43's 向工程所在地投诉处理机构投诉 (the complainant's
    filing, which the procedure times) before the body's 予以立案; S42's appeal register: 用户向申诉受理机构提出申诉, once
    its dates fall after the operator's reply (they cannot be the operator's own receipt)."""
    text = rows("登记编号,来件日期", lambda i: f"J{i},2025-03-0{i + 1}")
    data, out = draft(run, catalog, tmp_path, "s43-jiangsu-construction-quality-complaints", text)
    assert data["columns"]["来件日期"] == "file_complaint_at"
    assert "向工程所在地投诉处理机构投诉" in line_of(out, "来件日期:")
    text = rows("申诉编号,来件时间,向企业投诉日期,企业答复日期",
                lambda i: f"S{i},2025-03-1{i},2025-02-0{i + 1},2025-02-1{i}")
    data, _ = draft(run, catalog, tmp_path, S42, text)
    assert (data["columns"]["来件时间"], data["columns"]["向企业投诉日期"]) == ("appeal_at", "receive_at")


def test_another_way_to_take_and_the_doer_named_by_its_own_role(run, catalog, tmp_path):
    """S37: 告知另循途径 is 建议投诉人通过其它途径解决 (另循途径 is 其他途径), so 受理意见 names two steps and its date
    times them. S44: 责任部门 holding 生产部 / 工艺技术部 is not who filled in the return form where 退货申请部门, offered
    for the same step, holds 客服部, the step's own role."""
    verdicts = ["予以受理", "告知另循途径", "予以受理", "予以受理", "告知另循途径", "予以受理"]
    text = rows("投诉件编号,来件时间,受理意见,受理意见时间",
                lambda i: f"Q{i},2025-03-0{i + 1} 09:00,{verdicts[i]},2025-03-0{i + 1} 10:00")
    data, _ = draft(run, catalog, tmp_path, "s37-xiamen-construction-quality-complaints", text)
    assert data["outcomes"]["受理意见"] == {"date": "受理意见时间",
                                        "steps": {"予以受理": "record", "告知另循途径": "refer_elsewhere"}}
    text = rows("投诉单号,责任部门,退货申请部门,存档部门",
                lambda i: f"T{i},{['生产部', '工艺技术部'][i % 2]},客服部,成品库")
    data, out = draft(run, catalog, tmp_path, "s44-customer-quality-complaints-2017", text)
    assert data["columns"]["退货申请部门"] == "return_request_by" and "责任部门" not in data["columns"]
    assert "而“退货申请部门”写的是办理这一环节的“客服部”" in line_of(out, "# 责任部门:")


def test_an_insurers_ledger_in_its_own_words(run, catalog, tmp_path):
    """L3: 登记日期 is the vocabulary's 登记时间, the insurer's 收到消费投诉 (not the regulator's nor the review's);
    客户签收日期 is the complainant receiving the decision, not the insurer receiving the complaint; 核验 is 核实;
    一般 beside 复杂 / 疑难 is the simple case; 撤诉 in 办结方式 is 撤回."""
    ways = ["处理决定告知", "撤诉", "处理决定告知", "不予办理", "处理决定告知", "处理决定告知"]
    text = rows("投诉编号,登记日期,身份核验日期,复杂程度,办结方式,办结日期,客户签收日期",
                lambda i: f"B{i},2025-03-0{i + 1},2025-03-0{i + 2},{['一般', '复杂', '疑难'][i % 3]},{ways[i]},"
                          f"2025-03-1{i},2025-03-2{i}")
    data, out = draft(run, catalog, tmp_path, "l3-banking-insurance-complaints", text)
    columns = data["columns"]
    assert (columns["登记日期"], columns["身份核验日期"]) == ("receive_at", "verify_identity_at")
    assert columns["客户签收日期"] == "decision_received_at"
    assert "表头说的是投诉人收到，标签也是" in line_of(out, "客户签收日期:")
    assert data["values"]["complexity"] == {"一般": "simple", "复杂": "complex", "疑难": "special"}
    assert data["outcomes"]["办结方式"]["steps"]["撤诉"] == "withdraw"
    assert "把“撤诉”读作“撤回”" in line_of(out, "撤诉:")


def test_measures_carried_out_and_a_fleet_among_the_departments(run, catalog, tmp_path):
    """S35: 措施实施日期 is 组织工人学习和执行纠正预防措施 (实施 is 执行), not the verification that the measures work;
    S5: 观光车队 (a fleet, 队 a unit's word like 班) is one of the company's departments the procedure names together."""
    text = rows("投诉编号,措施实施日期", lambda i: f"Q{i},2025-03-0{i + 1}")
    data, out = draft(run, catalog, tmp_path, S35, text)
    assert data["columns"]["措施实施日期"] == "implement_at"
    assert "把“实施”读作“执行”" in line_of(out, "措施实施日期:")
    text = rows("工单号,建单时间,派单时间,派单部门,回访时间,回访部门",
                lambda i: f"W{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 10:00,办公室,2025-03-1{i} 10:00,"
                          f"{['观光车队', '农耕园'][i % 2]}")
    data, out = draft(run, catalog, tmp_path, "s5-yonglian-tourist-complaints", text)
    assert data["roles"]["观光车队"] == "tourism_departments"


def test_an_appeal_centres_register_names_the_operators_by_brand(run, catalog, tmp_path):
    """L6: 省申诉中心 is the appeal body 被申诉人所在省、自治区、直辖市的…, not the ministry's centre; 湖南移动,
    湖南电信 are the operators (电信业务经营者); 转企业处理日期, the appeal passed on to the operator, is not the
    operator's own 经营者处理、答复 (which comes before the appeal)."""
    text = rows("申诉编号,申诉日期,转企业处理日期,答复申诉人日期,答复单位",
                lambda i: f"A{i},2025-03-0{i + 1},2025-03-1{i},2025-03-2{i},{['省申诉中心', '湖南移动', '湖南电信'][i % 3]}")
    data, out = draft(run, catalog, tmp_path, "l6-telecom-user-appeals-2016", text)
    assert data["roles"]["省申诉中心"] == "provincial_appeal_body"
    assert (data["roles"]["湖南移动"], data["roles"]["湖南电信"]) == ("operator", "operator")
    assert "移动、电信、联通、广电是电信业务经营者" in line_of(out, "湖南移动:")
    assert data["columns"].get("转企业处理日期") != "operator_reply_at"


def test_the_first_contact_column_that_shares_names_with_the_feedback_column(run, catalog, tmp_path):
    """S11: 首问责任人 and 首问部门 are both offered for the receipt's doer; the rule that the first contact reports
    back (same person as 反馈人) compares the one sharing names with 反馈人, not the department. 客诉专项小组 is the
    procedure's 专门调查小组."""
    text = rows("投诉单号,首问部门,首问责任人,反馈人,调查责任部门",
                lambda i: f"C{i},客服中心投诉处,{['曾涛', '程军'][i % 2]},{['曾涛', '程军'][i % 2]},"
                          f"{['品质部', '客诉专项小组'][i % 2]}")
    data, out = draft(run, catalog, tmp_path, "s11-complaint-office-general", text)
    assert data["columns"]["首问责任人"] == "receive_by" and data["columns"]["反馈人"] == "feedback_by"
    assert "首问部门" not in data["columns"]
    assert "而同样可读作这一列的“首问责任人”有：读作它" in line_of(out, "# 首问部门:")
    assert data["roles"]["客诉专项小组"] == "special_team"


def test_a_developers_repair_ledger(run, catalog, tmp_path):
    """L5: 报事时间 (报事 is 投诉) beside 受理时间 is the complaint itself (单位或个人…投诉), the receipt being
    受理时间's; 甲方工程部, the employer of the building contract, is the developer (建设单位)."""
    text = rows("报修单号,报事时间,受理时间,维修单位,维修完成时间",
                lambda i: f"R{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 10:00,"
                          f"{['甲方工程部', '宏基建设集团有限公司'][i % 2]},2025-03-1{i} 10:00")
    data, out = draft(run, catalog, tmp_path, "l5-construction-quality-regulation", text)
    assert (data["columns"]["报事时间"], data["columns"]["受理时间"]) == ("complaint_at", "received_at")
    assert "表头说的是投诉本身" in line_of(out, "报事时间:")
    assert data["roles"]["甲方工程部"] == "developer"


def test_a_generic_doer_column_naming_the_one_role_of_a_timed_step(run, catalog, tmp_path):
    """S12: no step says 处理; 处理部门 whose rows name the complained-about departments, which do one step alone
    (解决投诉并…), whose time 完成时间 gives, is who did that step."""
    text = rows("登记编号,登记时间,完成时间,处理部门",
                lambda i: f"K{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 2} 10:00,{['工程部', '秩序维护部', '环境部'][i % 3]}")
    data, out = draft(run, catalog, tmp_path, "s12-property-center-complaints", text)
    assert (data["columns"]["完成时间"], data["columns"]["处理部门"]) == ("resolve_at", "resolve_by")
    assert "表头“处理”是泛称" in line_of(out, "处理部门:")
    assert data["roles"]["工程部"] == "complained_dept"
    data, out = draft(run, catalog, tmp_path, "s6-general-serious-complaints", text)    # a procedure naming no roles
    assert "处理部门" not in data["columns"] and "处理部门" in out


def test_a_yes_no_column_with_a_few_undecided_answers_and_a_way_said_elsewhere(run, catalog, tmp_path):
    """S3: 赴客戶端處理 holding Y / N and a few 待確認, 未定 is the yes/no field 业务部或有关单位前往处理 (before 處理方式,
    whose 現場重工 goes on site too), its undecided answers left for the audit; S4: in 处理方式, 见附件 says no way."""
    text = rows("客訴單號,處理方式,赴客戶端處理",
                lambda i: f"K{i},{['現場重工', '8D回覆'][i % 2]},{(['Y', 'N'] * 4 + ['待確認', '未定'])[i]}", n=10)
    data, out = draft(run, catalog, tmp_path, "s3-xingjin-pcb-complaints", text)
    assert data["columns"]["赴客戶端處理"] == "onsite_handling" and "處理方式" not in data["columns"]
    assert "另有尚未确定的" in line_of(out, "赴客戶端處理:")
    assert data["values"]["onsite_handling"] == {"Y": True, "N": False}
    text = rows("投诉编号,处理方式", lambda i: f"T{i},{['现场处理', '电话沟通', '见附件'][i % 3]}")
    data, out = draft(run, catalog, tmp_path, "s4-glzd194-complaint-management", text)
    assert data["values"]["onsite_handling"] == {"现场处理": True, "电话沟通": False}
    assert "留给审计报告" in line_of(out, "# 见附件:")


def test_a_level_said_another_way_a_partial_answer_and_a_text_message(run, catalog, tmp_path):
    """S30: 渠道层级 is 按受理渠道层次分类 (层级, 层次: a level); S34: 部分部位过保 beside 保修期内 / 已过保修期 is no
    answer either way; S6: a LINE message is written (书面)."""
    data, out = draft(run, catalog, tmp_path, "s30-telecom-tianyi-space-complaints",
                      rows("工单编号,渠道层级", lambda i: f"W{i},{['省分', '集团'][i % 2]}"))
    assert data["columns"]["渠道层级"] == "channel_level" and "把“层级”读作“层次”" in line_of(out, "渠道层级:")
    data, _ = draft(run, catalog, tmp_path, "s34-liaoning-construction-quality-complaints",
                    rows("登记编号,是否在保修期内", lambda i: f"A{i},{['保修期内', '已过保修期', '部分部位过保'][i % 3]}"))
    assert data["values"]["within_warranty"] == {"保修期内": "yes", "已过保修期": "no"}
    data, _ = draft(run, catalog, tmp_path, "s6-general-serious-complaints",
                    rows("客訴單號,反映方式", lambda i: f"C{i},{['電話', 'LINE訊息', '傳真'][i % 3]}"))
    assert data["values"]["channel"]["LINE訊息"] == "written"


def test_a_property_register_numbered_by_its_rows_and_recorded_after_receipt(run, catalog, tmp_path):
    """S40: 房号 numbers a room, not a case, though each row's differs: the register's 序号 is the case number; with
    投诉时间 the receipt, 登记时间 is the record made of it (记录在《投诉处理记录表》), not a step merely naming the
    前台接待员."""
    text = rows("序号,投诉时间,房号,登记时间,处理完毕时间",
                lambda i: f"{i + 1},2025-03-0{i + 1} 09:00,3-1-50{i},2025-03-0{i + 1} 09:30,2025-03-0{i + 2} 10:00")
    data, out = draft(run, catalog, tmp_path, "s40-property-complaint-handling", text)
    assert data["columns"]["序号"] == "case_number" and "房号" not in data["columns"]
    assert (data["columns"]["投诉时间"], data["columns"]["登记时间"]) == ("receive_at", "record_dispatch_at")


def test_the_dispatching_department_and_a_role_named_in_its_aside(run, catalog, tmp_path):
    """S39: 派单部门 is who passed the order on (按投诉处理流程派单), though the procedure's role of that name is later
    told to 催办; 客户服务中心 is the role 分公司客户中心（客服中心、客服部）, whose aside names it (客服即客户服务)."""
    text = rows("工单流水号,受理时间,派单时间,派单部门",
                lambda i: f"G{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 1} 10:00,{['客户服务中心', '开发区营业厅'][i % 2]}")
    data, out = draft(run, catalog, tmp_path, "s39-telecom-branch-complaints", text)
    assert (data["columns"]["派单时间"], data["columns"]["派单部门"]) == ("dispatch_at", "dispatch_by")
    assert data["roles"]["客户服务中心"] == "branch_service_center"


def test_of_two_steps_named_alike_the_one_doing_the_headers_last_word(run, catalog, tmp_path):
    """S14: 部门反馈时间 is as close to 处理时效内反馈调查… as to 将…意见通报有关部门…; only the first does 反馈, and a 部门
    (被投诉部门) does it."""
    text = rows("登记编号,投诉日期,部门反馈时间",
                lambda i: f"D{i},2025-03-0{i + 1} 09:00,2025-03-0{i + 2} 10:00")
    data, out = draft(run, catalog, tmp_path, "s14-operations-complaint-flow", text)
    assert data["columns"]["部门反馈时间"] == "feedback_at" and "说到表头末尾的“反馈”" in line_of(out, "部门反馈时间:")
