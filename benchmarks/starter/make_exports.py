"""Writes the ten starter-profile benchmark exports and their hand-corrected profiles (issue #18).

Each export plays a company's own complaint system: headers in the seed's wording or usual CRM words, its own
category labels, dates spelled its own way, some real violations (late, missing, wrong department). The
`*.hand.yaml` next to each is the profile a careful auditor writes after reading docs/audit-your-export.md.

    .venv/bin/python benchmarks/starter/make_exports.py     # rewrites benchmarks/starter/*.csv|xlsx|hand.yaml

Seeded: the files are the same on every run.
"""

from __future__ import annotations

import csv
import random
from datetime import datetime, timedelta
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
START = datetime(2025, 3, 3, 8, 30)


# --- date spellings ------------------------------------------------------------------------------------------

def iso(t): return t.strftime("%Y-%m-%d %H:%M:%S")
def slash(t): return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"
def cn(t): return f"{t.year}年{t.month}月{t.day}日 {t.hour:02d}:{t.minute:02d}"
def cn_date(t): return f"{t.year}年{t.month}月{t.day}日"
def compact(t): return t.strftime("%Y%m%d%H%M")
def day_first(t): return t.strftime("%d/%m/%Y %H:%M")
def iso_date(t): return t.strftime("%Y-%m-%d")
def dotted(t): return t.strftime("%Y.%m.%d %H:%M")


def pick(rng, weighted):
    values, weights = zip(*weighted)
    return rng.choices(values, weights)[0]


class Case(dict):
    """A case under construction: header -> value."""


def later(t, rng, lo_h, hi_h):
    return t + timedelta(hours=rng.uniform(lo_h, hi_h)) if t else None


# --- the exports ---------------------------------------------------------------------------------------------
# Each returns (rows, hand profile). A profile's `columns` maps the export's own headers.

def e01_s9(rng):
    """S9 property service, CSV UTF-8, the property office's own register."""
    rows = []
    for i in range(60):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 60))
        level = pick(rng, [("重大", 1), ("重要", 3), ("", 6)])
        r = Case({"投诉单号": f"XY-2025-{i + 1:04d}", "接待时间": iso(t0), "业主姓名": pick(rng, [("王先生", 1), ("李女士", 1), ("赵先生", 1)]),
                  "房号": f"{rng.randint(1, 20)}栋{rng.randint(1, 30)}0{rng.randint(1, 4)}", "联系电话": f"139{rng.randint(10000000, 99999999)}",
                  "被投诉部门": pick(rng, [("保安部", 1), ("保洁部", 1), ("维修部", 1), ("物管员", 1)]),
                  "投诉经过": pick(rng, [("夜间噪音扰民", 1), ("电梯多次故障", 1), ("垃圾未及时清运", 1)]),
                  "业主要求": pick(rng, [("尽快处理", 1), ("赔偿损失", 1), ("书面道歉", 1)]),
                  "投诉级别": level, "呈报总经理时间": "", "转呈主任时间": "", "主任处理时间": "", "主任处理人": ""})
        if rng.random() < 0.08:
            r["联系电话"] = ""
        if rng.random() < 0.06:
            r["业主要求"] = ""
        if level == "重大":
            t = t0 + timedelta(hours=rng.uniform(1, 6)) if rng.random() > 0.3 else t0 + timedelta(days=rng.randint(1, 3))
            r["呈报总经理时间"] = iso(t) if rng.random() > 0.1 else ""
        if level == "重要":
            t = t0 + timedelta(minutes=rng.uniform(5, 28)) if rng.random() > 0.3 else t0 + timedelta(minutes=rng.uniform(40, 200))
            r["转呈主任时间"] = iso(t)
            if rng.random() > 0.15:
                r["主任处理时间"] = iso(t + timedelta(hours=rng.uniform(1, 30)))
                r["主任处理人"] = pick(rng, [("管理处主任", 8), ("物管员", 2)])
        rows.append(r)
    hand = {"procedure": "s9-xiangyong-property-service",
            "columns": {"投诉单号": "case_number", "接待时间": "receive_at", "业主姓名": "complainant", "房号": "address",
                        "联系电话": "contact_phone", "被投诉部门": "complained_party", "投诉经过": "content",
                        "业主要求": "demand", "投诉级别": "severity", "呈报总经理时间": "report_gm_at",
                        "转呈主任时间": "report_director_at", "主任处理时间": "director_handle_at",
                        "主任处理人": "director_handle_by"},
            "values": {"severity": {"重大": "major", "重要": "important"}},
            "roles": {"管理处主任": "office_director", "物管员": "property_officer"}}
    return rows, hand


def e02_s11(rng):
    """S11 general complaint office, CSV UTF-8, an English-headed CRM."""
    rows = []
    for i in range(50):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 40))
        agent = pick(rng, [("Agent Li", 1), ("Agent Wang", 1), ("Agent Zhou", 1)])
        reply = t0 + timedelta(hours=rng.uniform(1, 20)) if rng.random() > 0.2 else t0 + timedelta(hours=rng.uniform(30, 90))
        fb = reply + timedelta(days=rng.uniform(1, 6))
        r = Case({"Ticket No": f"T{250000 + i}", "Created Date": slash(t0),
                  "Channel": pick(rng, [("Phone", 5), ("Email", 3), ("Web", 2), ("WeChat", 1)]),
                  "Complaint Category": pick(rng, [("Product Quality", 4), ("Service Attitude", 3), ("Process", 2)]),
                  "Description": pick(rng, [("Broken on arrival", 1), ("Rude staff", 1), ("Refund slow", 1)]),
                  "Owner": agent, "First Response Time": slash(reply) if rng.random() > 0.05 else "",
                  "Investigation Dept": pick(rng, [("Quality Dept", 1), ("Service Dept", 1)]),
                  "Solution": pick(rng, [("Replace unit", 1), ("Apology + coupon", 1), ("", 0.3)]),
                  "Feedback Time": slash(fb), "Feedback By": agent if rng.random() > 0.15 else "Agent Chen",
                  "Resolution": pick(rng, [("Closed - customer accepted", 3), ("", 0.4)]),
                  "Complex (Y/N)": pick(rng, [("Y", 1), ("N", 4)])})
        rows.append(r)
    hand = {"procedure": "s11-complaint-office-general",
            "columns": {"Ticket No": "case_number", "Created Date": "receive_at", "Channel": "channel",
                        "Complaint Category": "category", "Description": "content", "Owner": "receive_by",
                        "First Response Time": "initial_reply_at", "Investigation Dept": "investigate_by",
                        "Solution": "measures", "Feedback Time": "feedback_at", "Feedback By": "feedback_by",
                        "Resolution": "result", "Complex (Y/N)": "is_complex"},
            "values": {"channel": {"Phone": "hotline", "Email": "email", "Web": "website"},
                       "category": {"Product Quality": "product_quality", "Service Attitude": "service_attitude",
                                    "Process": "operating_procedure"},
                       "is_complex": {"Y": True, "N": False}}}
    return rows, hand


def e03_s12(rng):
    """S12 property customer-service centre, CSV GBK, the 客户投诉记录 as the centre keeps it."""
    rows = []
    for i in range(70):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 60))
        serious = rng.random() < 0.25
        verify = t0 + timedelta(hours=rng.uniform(0.5, 8))
        due = (verify + timedelta(days=rng.randint(2, 5))).replace(hour=18, minute=0)
        solved = due - timedelta(hours=rng.uniform(2, 30)) if rng.random() > 0.2 else due + timedelta(days=rng.uniform(1, 4))
        revisit = solved + timedelta(days=rng.uniform(0.2, 2))
        r = Case({"投诉编号": f"KF{2025}{i + 1:05d}", "登记时间": cn(t0), "受理人": pick(rng, [("客户服务部", 9), ("工程部", 1)]),
                  "投诉人": pick(rng, [("陈先生", 1), ("刘女士", 1)]), "单元号": f"{rng.randint(1, 9)}-{rng.randint(1, 30)}0{rng.randint(1, 4)}",
                  "联系电话": f"138{rng.randint(10000000, 99999999)}" if rng.random() > 0.07 else "",
                  "投诉事项": pick(rng, [("绿化", 1), ("噪音", 1), ("停车", 1), ("维修", 1)]),
                  "投诉内容": pick(rng, [("楼下施工噪音大", 1), ("地库车位被占", 1), ("门禁损坏", 1)]),
                  "核实时间": cn(verify) if rng.random() > 0.08 else "", "限期解决日期": cn_date(due),
                  "严重程度": "较严重" if serious else "",
                  "经理检讨时间": cn(verify + timedelta(hours=3)) if serious and rng.random() > 0.2 else "",
                  "责任部门": pick(rng, [("工程部", 1), ("保安部", 1), ("保洁部", 1)]),
                  "解决时间": cn(solved), "处理结果": pick(rng, [("已修复", 3), ("已协调", 2), ("", 0.5)]),
                  "回访日期": cn(revisit) if rng.random() > 0.1 else "", "回访人": pick(rng, [("客户服务助理", 8), ("客户服务部", 2)]),
                  "客户意见": pick(rng, [("满意", 6), ("基本满意", 2), ("不满意", 1), ("", 1)]),
                  "归档日期": cn_date(revisit + timedelta(days=2))})
        rows.append(r)
    hand = {"procedure": "s12-property-center-complaints", "encoding": "gbk",
            "columns": {"投诉编号": "case_number", "登记时间": "receive_at", "受理人": "receive_by", "投诉人": "complainant",
                        "单元号": "address", "联系电话": "contact_phone", "投诉事项": "complaint_matter",
                        "投诉内容": "content", "核实时间": "verify_notify_at", "限期解决日期": "resolve_due_at",
                        "严重程度": "severity", "经理检讨时间": "manager_review_at", "责任部门": "resolve_by",
                        "解决时间": "resolve_at", "处理结果": "result", "回访日期": "revisit_at", "回访人": "revisit_by",
                        "客户意见": "satisfaction", "归档日期": "archive_at"},
            "values": {"severity": {"较严重": "serious"}},
                        "roles": {"客户服务部": "customer_service", "客户服务助理": "cs_assistant", "工程部": "complained_dept",
                      "保安部": "complained_dept", "保洁部": "complained_dept"}}
    return rows, hand


def e04_s17(rng):
    """S17 8D complaint control, XLSX, a factory's quality-complaint ledger (dates as date cells)."""
    rows = []
    for i in range(40):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 90))
        verify = t0 + timedelta(minutes=rng.uniform(20, 110)) if rng.random() > 0.3 else t0 + timedelta(hours=rng.uniform(3, 30))
        cm = verify + timedelta(days=rng.uniform(1, 5))
        conf = cm + timedelta(days=rng.uniform(10, 30))
        reply = conf + timedelta(days=rng.uniform(0.5, 3))
        r = Case({"客诉单号": f"QC{25}{i + 1:03d}", "客户名称": pick(rng, [("华东电器", 1), ("南方汽配", 1)]),
                  "受理时间": t0, "业务员": pick(rng, [("业务部", 1)]), "品质部核实时间": verify if rng.random() > 0.05 else None,
                  "核实人": pick(rng, [("品质部", 8), ("生产部", 2)]), "对策执行日期": cm, "效果确认日期": conf,
                  "回复客户日期": reply if rng.random() > 0.1 else None,
                  "回复报告": pick(rng, [("8D", 3), ("客诉报告", 2)]),
                  "客户意见": pick(rng, [("接受", 4), ("要求再次改善", 1)])})
        rows.append(r)
    hand = {"procedure": "s17-complaint-control-8d",
            "columns": {"客诉单号": "case_number", "受理时间": "receive_at", "业务员": "receive_by",
                        "品质部核实时间": "verify_at", "核实人": "verify_by", "对策执行日期": "countermeasure_at",
                        "效果确认日期": "confirm_effect_at", "回复客户日期": "reply_at", "回复报告": "reply_report",
                        "客户意见": "satisfaction"},
            "values": {"reply_report": {"8D": "eight_d_report", "客诉报告": "customer_complaint_report"}},
            "roles": {"业务部": "sales", "品质部": "quality", "生产部": "all_departments"}}
    return rows, hand


def e05_s24(rng):
    """S24 cable TV customer service, CSV UTF-8 with BOM, a ticket system's export."""
    rows = []
    for i in range(55):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 50))
        accept = t0 + timedelta(hours=rng.uniform(0.5, 6))
        corr = accept + timedelta(days=rng.uniform(0.5, 2.8)) if rng.random() > 0.25 else accept + timedelta(days=rng.uniform(4, 9))
        handle = accept + timedelta(hours=rng.uniform(3, 40))
        r = Case({"工单号": f"NJ{i + 1:06d}", "登记时间": dotted(t0), "登记人": "客服中心",
                  "投诉类型": pick(rng, [("常规", 6), ("发掘", 1), ("集中", 2), ("其他", 0.5)]),
                  "责任部门": pick(rng, [("网络部", 1), ("工程部", 1)]), "接单时间": dotted(accept),
                  "处理完成时间": dotted(handle), "纠正预防措施填写时间": dotted(corr) if rng.random() > 0.05 else "",
                  "领导审核时间": dotted(corr + timedelta(days=1)), "结果通报时间": dotted(handle + timedelta(hours=3)),
                  "通报人": pick(rng, [("客服中心", 9), ("网络部", 1)]),
                  "回访时间": dotted(handle + timedelta(days=2)), "回访结果": pick(rng, [("满意", 7), ("不满意", 2), ("", 1)])})
        rows.append(r)
    hand = {"procedure": "s24-nanjing-cable-complaint-supervision",
            "columns": {"工单号": "case_number", "登记时间": "register_at", "登记人": "register_by", "投诉类型": "category",
                        "责任部门": "accept_by", "接单时间": "accept_at", "处理完成时间": "handle_at",
                        "纠正预防措施填写时间": "corrective_action_at", "领导审核时间": "leader_audit_at",
                        "结果通报时间": "notify_result_at", "通报人": "notify_result_by", "回访时间": "revisit_at",
                        "回访结果": "satisfaction"},
            "values": {"category": {"常规": "routine", "发掘": "discovered", "集中": "mass"},
                       "satisfaction": {"满意": "satisfied", "不满意": "unsatisfied"}},
            "roles": {"客服中心": "customer_service", "网络部": "responsible_dept", "工程部": "responsible_dept"}}
    return rows, hand


def e06_s35(rng):
    """S35 product quality complaint flow, XLSX, a plant's quality-problem tracking sheet (dates as text)."""
    rows = []
    for i in range(45):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 80))
        post = t0 + timedelta(minutes=rng.uniform(10, 55)) if rng.random() > 0.25 else t0 + timedelta(hours=rng.uniform(2, 20))
        analyse = t0 + timedelta(days=rng.uniform(1, 3))
        rep = analyse + timedelta(days=rng.uniform(1, 3))
        post_m = rep + timedelta(minutes=rng.uniform(10, 50)) if rng.random() > 0.2 else rep + timedelta(hours=rng.uniform(2, 10))
        impl = post_m + timedelta(days=1)
        v1 = impl + timedelta(days=rng.uniform(2, 6.5)) if rng.random() > 0.2 else impl + timedelta(days=rng.uniform(9, 20))
        v2 = v1 + timedelta(days=rng.uniform(15, 28)) if rng.random() > 0.2 else v1 + timedelta(days=rng.uniform(35, 50))
        r = Case({"问题编号": f"ZL-{i + 1:04d}", "信息接收时间": iso(t0), "事件公示时间": iso(post),
                  "原因分析完成时间": iso(analyse), "质量总监审核时间": iso(analyse + timedelta(hours=5)),
                  "总经理审批时间": iso(rep - timedelta(hours=2)), "整改报告接收时间": iso(rep), "整改措施公示时间": iso(post_m),
                  "执行措施时间": iso(impl), "第一次验证时间": iso(v1), "第二次验证时间": iso(v2) if rng.random() > 0.1 else "",
                  "产品阶段": pick(rng, [("新品", 2), ("新品前三批", 1), ("量产", 4)]),
                  "批量问题": pick(rng, [("Y", 1), ("N", 3)]), "客户再次反馈": pick(rng, [("1", 1), ("0", 4)]),
                  "验证人员": pick(rng, [("品质部张工", 1), ("品质部刘工", 1)])})
        rows.append(r)
    hand = {"procedure": "s35-product-quality-complaint-flow",
            "columns": {"问题编号": "case_number", "信息接收时间": "receive_feedback_at", "事件公示时间": "post_event_at",
                        "原因分析完成时间": "analyse_at", "质量总监审核时间": "director_review_at",
                        "总经理审批时间": "gm_approve_at", "整改报告接收时间": "receive_approved_report_at",
                        "整改措施公示时间": "post_measures_at", "执行措施时间": "implement_at",
                        "第一次验证时间": "verify_1_at", "第二次验证时间": "verify_2_at", "产品阶段": "product_stage",
                        "批量问题": "batch_issue", "客户再次反馈": "customer_refeedback", "验证人员": "verifier"},
            "values": {"product_stage": {"新品": "new", "新品前三批": "new_first_three_batches", "量产": "mature"},
                       "batch_issue": {"Y": "yes", "N": "no"}, "customer_refeedback": {"1": "yes", "0": "no"}}}
    return rows, hand


def e07_s39(rng):
    """S39 telecom branch complaints, CSV GBK, a branch's ticket system."""
    rows = []
    for i in range(65):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 45))
        kind = pick(rng, [("", 5), ("重大投诉", 1), ("重复投诉", 2), ("批量投诉", 1), ("升级投诉", 2)])
        limit = (t0 + timedelta(days=rng.randint(1, 3))).replace(minute=0, second=0)
        done = limit - timedelta(hours=rng.uniform(1, 20)) if rng.random() > 0.25 else limit + timedelta(hours=rng.uniform(3, 60))
        r = Case({"工单编号": f"10000-{250300 + i}", "受理渠道": pick(rng, [("10000号", 5), ("营业厅", 2), ("来函", 1), ("网厅", 1), ("工信部转办", 1)]),
                  "投诉类别": kind, "受理时间": compact(t0), "受理员工": pick(rng, [("10000号客服", 1)]),
                  "派单时间": compact(t0 + timedelta(minutes=rng.uniform(5, 90))),
                  "处理时限": compact(limit) if kind == "升级投诉" or rng.random() < 0.4 else "",
                  "处理完成时间": compact(done) if rng.random() > 0.05 else "",
                  "处理部门": pick(rng, [("网络维护中心", 1), ("营业部", 1)]),
                  "是否越级": pick(rng, [("是", 1), ("否", 5)]),
                  "投诉内容": pick(rng, [("宽带频繁掉线", 1), ("话费多扣", 1), ("", 0.2)])})
        rows.append(r)
    hand = {"procedure": "s39-telecom-branch-complaints", "encoding": "gbk",
            "columns": {"工单编号": "case_number", "受理渠道": "channel", "投诉类别": "category", "受理时间": "receive_at",
                        "受理员工": "receive_by", "派单时间": "dispatch_at", "处理时限": "handling_time_limit",
                        "处理完成时间": "handle_at", "处理部门": "handle_by", "是否越级": "leapfrog",
                        "投诉内容": "content"},
            "values": {"channel": {"10000号": "phone", "营业厅": "visit", "来函": "letter", "网厅": "website",
                                   "工信部转办": "external"},
                       "category": {"重大投诉": "major", "重复投诉": "repeat", "批量投诉": "batch", "升级投诉": "escalated"},
                       "leapfrog": {"是": True, "否": False}},
            "roles": {"10000号客服": "intake", "网络维护中心": "handling_dept", "营业部": "handling_dept"}}
    return rows, hand


def e08_s40(rng):
    """S40 property complaint handling, CSV UTF-8, an English facility-management system with day-first dates."""
    rows = []
    for i in range(60):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 40))
        ch = pick(rng, [("Walk-in", 3), ("Letter", 1), ("Phone", 4), ("Email", 2)])
        spot = pick(rng, [("Y", 1), ("N", 2)]) if ch == "Walk-in" else ""
        handled = t0 + timedelta(hours=rng.uniform(2, 48))
        reported = handled + timedelta(hours=rng.uniform(0.5, 3))
        recorded = reported + timedelta(hours=rng.uniform(0.1, 2)) if rng.random() > 0.2 else reported + timedelta(days=1, hours=2)
        revisit = handled + timedelta(days=rng.uniform(0.5, 2.8)) if rng.random() > 0.2 else handled + timedelta(days=rng.uniform(4, 8))
        r = Case({"Case ID": f"PM{i + 1:05d}", "Channel": ch, "Resolved On Spot": spot, "Received": day_first(t0),
                  "Supervisor Notified": day_first(t0 + timedelta(minutes=rng.choice([30, 90, 200]))) if spot == "N" else "",
                  "Front Desk Informed": day_first(t0 + timedelta(minutes=rng.choice([20, 45, 150]))) if ch in ("Letter", "Phone", "Email") else "",
                  "Handled": day_first(handled), "Handling Dept": pick(rng, [("Engineering", 1), ("Security", 1), ("Operations", 0.3)]),
                  "Result Reported": day_first(reported), "Result Recorded": day_first(recorded),
                  "Follow-up Date": day_first(revisit) if rng.random() > 0.05 else "",
                  "Follow-up Method": pick(rng, [("Phone", 3), ("Visit", 1)]),
                  "Category": pick(rng, [("Class I", 1), ("Class II", 2), ("Class III", 3)])})
        rows.append(r)
    hand = {"procedure": "s40-property-complaint-handling", "date_order": "day_first",
            "columns": {"Case ID": "case_number", "Channel": "channel", "Resolved On Spot": "resolved_on_spot",
                        "Received": "receive_at", "Supervisor Notified": "notify_superior_at",
                        "Front Desk Informed": "inform_reception_at", "Handled": "handle_at",
                        "Handling Dept": "handle_by", "Result Reported": "report_result_at",
                        "Result Recorded": "record_result_at", "Follow-up Date": "revisit_at",
                        "Follow-up Method": "revisit_method", "Category": "category"},
            "values": {"channel": {"Walk-in": "in_person", "Letter": "letter", "Phone": "phone", "Email": "email"},
                       "resolved_on_spot": {"Y": True, "N": False},
                       "revisit_method": {"Phone": "phone", "Visit": "visit"},
                       "category": {"Class I": "class_1", "Class II": "class_2", "Class III": "class_3"}},
            "roles": {"Engineering": "responsible_dept", "Security": "responsible_dept"}}
    return rows, hand


def e09_s42(rng):
    """S42 telecom user appeals, XLSX, an operator's complaint/appeal ledger (Chinese dates as text)."""
    rows = []
    for i in range(50):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 60))
        reply = t0 + timedelta(days=rng.uniform(1, 18)) if rng.random() > 0.25 else t0 + timedelta(days=rng.uniform(25, 40))
        appealed = rng.random() < 0.3
        r = Case({"投诉流水号": f"YD{2025}{i + 1:06d}", "用户投诉受理时间": cn(t0), "受理坐席": "客服中心",
                  "答复用户时间": cn(reply) if rng.random() > 0.06 else "", "争议类型": pick(rng, [("话费争议", 2), ("网络质量", 2), ("业务办理", 1)]),
                  "用户是否满意": pick(rng, [("满意", 3), ("不满意", 1)]),
                  "申诉提交时间": cn(reply + timedelta(days=rng.uniform(2, 20))) if appealed else "",
                  "申诉受理机构": pick(rng, [("省通信管理局申诉受理中心", 3), ("工信部电信用户申诉受理中心", 1)]) if appealed else "",
                  "问题发生日期": cn_date(t0 - timedelta(days=rng.randint(1, 200)))})
        rows.append(r)
    hand = {"procedure": "s42-telecom-user-appeals",
            "columns": {"投诉流水号": "case_number", "用户投诉受理时间": "receive_at", "受理坐席": "receive_by",
                        "答复用户时间": "reply_at", "争议类型": "category", "用户是否满意": "satisfaction",
                        "申诉提交时间": "appeal_at", "问题发生日期": "incident_at"},
            "values": {"category": {"话费争议": "fee_dispute", "网络质量": "other", "业务办理": "other"},
                       "satisfaction": {"满意": "satisfied", "不满意": "unsatisfied"}},
            "roles": {"客服中心": "operator"}}
    return rows, hand


def e10_l3(rng):
    """L3 banking and insurance complaints, CSV UTF-8, a bank's complaint register (compact dates)."""
    rows = []
    for i in range(55):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 60))
        status = pick(rng, [("办结", 8), ("撤回", 1), ("不予办理", 1)])
        decided = t0 + timedelta(days=rng.uniform(3, 14)) if rng.random() > 0.2 else t0 + timedelta(days=rng.uniform(17, 40))
        review = rng.random() < 0.2 and status == "办结"
        r = Case({"投诉编号": f"BK{i + 1:06d}", "收到投诉日期": compact(t0), "经办网点": pick(rng, [("营业部", 1), ("城东支行", 1)]),
                  "复杂程度": pick(rng, [("简单", 5), ("复杂", 2), ("特别复杂", 1)]),
                  "处理决定告知日期": compact(decided) if status == "办结" and rng.random() > 0.05 else "",
                  "撤回日期": compact(t0 + timedelta(days=2)) if status == "撤回" else "",
                  "不予办理日期": compact(t0 + timedelta(days=3)) if status == "不予办理" else "",
                  "核查申请收到日期": compact(decided + timedelta(days=5)) if review else "",
                  "核查决定日期": compact(decided + timedelta(days=rng.choice([10, 25, 45]))) if review else "",
                  "投诉人同意调解": pick(rng, [("是", 1), ("否", 4)]),
                  "核实情况": pick(rng, [("已核实，属实", 2), ("部分属实", 1), ("", 0.3)])})
        rows.append(r)
    hand = {"procedure": "l3-banking-insurance-complaints",
            "columns": {"投诉编号": "case_number", "收到投诉日期": "receive_at", "经办网点": "receive_by",
                        "复杂程度": "complexity", "处理决定告知日期": "notify_decision_at", "撤回日期": "withdraw_at",
                        "不予办理日期": "decline_at", "核查申请收到日期": "receive_review_at",
                        "核查决定日期": "review_decision_at", "投诉人同意调解": "mediation_agreed",
                        "核实情况": "verification_findings"},
            "values": {"complexity": {"简单": "simple", "复杂": "complex", "特别复杂": "special"},
                       "mediation_agreed": {"是": True, "否": False}},
            "roles": {"营业部": "institution", "城东支行": "institution"}}
    return rows, hand


# --- a second held-out set (11-13), written after the first held-out set had been looked at --------------------

def e11_s36(rng):
    """S36 restaurant guest complaints, CSV UTF-8, the restaurant's complaint book."""
    rows = []
    for i in range(50):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 50))
        to = pick(rng, [("部门", 1), ("餐厅", 2)])
        level = pick(rng, [("轻微", 3), ("一般", 4), ("重大", 1)])
        over = pick(rng, [("是", 1), ("否", 3)])
        receiver = ("区域部长" if to == "部门" else "楼面经理") if rng.random() > 0.15 else "服务员"
        r = Case({"单号": f"BK-{i + 1:04d}", "受理时间": slash(t0), "投诉方式": pick(rng, [("口头", 4), ("电话", 2), ("书面", 1), ("转告", 1)]),
                  "投诉级别": level, "提出对象": to, "受理人": receiver, "是否超出权限": over,
                  "请示时间": slash(t0 + timedelta(minutes=rng.uniform(10, 60))) if over == "是" else "",
                  "处理时间": slash(t0 + timedelta(hours=rng.uniform(0.5, 5))) if rng.random() > 0.05 else "",
                  "处理人": ("餐厅副总经理" if level == "重大" and rng.random() > 0.2 else "楼面经理"),
                  "跟踪时间": slash(t0 + timedelta(days=rng.uniform(1, 3))),
                  "跟踪人": pick(rng, [("宾客投诉处理中心", 8), ("前厅部", 2)])})
        rows.append(r)
    hand = {"procedure": "s36-hotel-guest-complaints",
            "columns": {"单号": "case_number", "受理时间": "receive_at", "投诉方式": "channel", "投诉级别": "severity",
                        "提出对象": "complaint_addressee", "受理人": "receive_by", "是否超出权限": "exceeds_receiver_authority",
                        "请示时间": "request_instructions_at", "处理时间": "handle_at", "处理人": "handle_by",
                        "跟踪时间": "track_at", "跟踪人": "track_by"},
            "values": {"channel": {"口头": "oral", "电话": "phone", "书面": "written", "转告": "relayed"},
                       "severity": {"轻微": "minor", "一般": "general", "重大": "major"},
                       "complaint_addressee": {"部门": "department", "餐厅": "restaurant"},
                       "exceeds_receiver_authority": {"是": "yes", "否": "no"}},
            "roles": {"区域部长": "area_supervisor", "楼面经理": "floor_manager", "餐厅副总经理": "restaurant_deputy_gm",
                      "宾客投诉处理中心": "complaint_center"}}
    return rows, hand


def e12_s15(rng):
    """S15 marketing complaint handling, XLSX, a service company's complaint slip register (date cells)."""
    rows = []
    for i in range(45):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 60))
        appointment = (t0 + timedelta(days=rng.randint(1, 3))).replace(minute=0, second=0, microsecond=0)
        arrived = appointment + timedelta(minutes=rng.uniform(-20, 25)) if rng.random() > 0.2 else appointment + timedelta(minutes=rng.uniform(40, 150))
        r = Case({"投诉单编号": f"YX{25}{i + 1:04d}", "客户企业": pick(rng, [("苏州某电子厂", 1), ("无锡某机械公司", 1)]),
                  "合同到期日": (t0 + timedelta(days=rng.randint(30, 700))).date() if rng.random() > 0.1 else None,
                  "客户诉求": pick(rng, [("尽快上门维修", 2), ("更换设备", 1), (None, 0.3)]),
                  "投诉分类": pick(rng, [("一般性", 4), ("严重性", 1)]),
                  "责任单位": pick(rng, [("技术服务部", 2), ("分包商", 1), (None, 0.2)]),
                  "处理单填写时间": t0 + timedelta(hours=rng.uniform(1, 5)),
                  "登记时间": t0 + timedelta(hours=rng.uniform(5, 8)),
                  "约定上门时间": appointment, "实际到达时间": arrived,
                  "处理措施": pick(rng, [("上门检修", 3), ("远程指导", 1), (None, 0.3)]),
                  "意见报告日期": (t0 + timedelta(days=rng.uniform(3, 9))) if rng.random() > 0.1 else None})
        rows.append(r)
    hand = {"procedure": "s15-complaint-handling-marketing",
            "columns": {"投诉单编号": "case_number", "客户企业": "customer", "合同到期日": "contract_valid_until",
                        "客户诉求": "demand", "投诉分类": "severity", "责任单位": "responsible_department",
                        "处理单填写时间": "fill_handling_slip_at", "登记时间": "register_at",
                        "约定上门时间": "appointment_at", "实际到达时间": "arrived_at", "处理措施": "measures",
                        "意见报告日期": "opinion_report_at"},
            "values": {"severity": {"一般性": "general", "严重性": "serious"}}}
    return rows, hand


def e13_s21(rng):
    """S21 medical device complaints, CSV GBK, the sales department's complaint register."""
    rows = []
    for i in range(40):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 70))
        ev = t0 + timedelta(days=rng.uniform(0.5, 3)) if rng.random() > 0.1 else t0 - timedelta(days=1)
        r = Case({"登记号": f"MD-{2025}-{i + 1:03d}", "接收日期": iso_date(t0), "产品批号": f"B{rng.randint(1000, 9999)}" if rng.random() > 0.1 else "",
                  "数量": str(rng.randint(1, 50)) if rng.random() > 0.08 else "", "接收人": pick(rng, [("销售部", 9), ("质量部", 1)]),
                  "评价日期": iso_date(ev), "是否构成投诉": pick(rng, [("是", 3), ("否", 1)]),
                  "是否上报监管": pick(rng, [("Y", 1), ("N", 4), ("", 0.4)]),
                  "处理日期": iso_date(ev + timedelta(days=rng.uniform(1, 10))), "处理部门": pick(rng, [("销售部", 8), ("生技部", 2)])})
        rows.append(r)
    hand = {"procedure": "s21-medical-device-complaints", "encoding": "gbk",
            "columns": {"登记号": "case_number", "接收日期": "receive_record_at", "产品批号": "batch", "数量": "quantity",
                        "接收人": "receive_record_by", "评价日期": "evaluate_at", "是否构成投诉": "is_complaint",
                        "是否上报监管": "report_to_regulator", "处理日期": "handle_at", "处理部门": "handle_by"},
            "values": {"is_complaint": {"是": "yes", "否": "no"}, "report_to_regulator": {"Y": "yes", "N": "no"}},
            "roles": {"销售部": "sales", "质量部": "quality", "生技部": "production_tech"}}
    return rows, hand


EXPORTS = [  # (file, writer, function); 1-5 tuning, 6-10 held out (fixed before any result was seen)
    ("01-s9-property-register.csv", "utf-8", e01_s9),
    ("02-s11-crm-tickets.csv", "utf-8", e02_s11),
    ("03-s12-service-centre.csv", "gbk", e03_s12),
    ("04-s17-8d-ledger.xlsx", "xlsx", e04_s17),
    ("05-s24-cable-tickets.csv", "utf-8-sig", e05_s24),
    ("06-s35-quality-tracking.xlsx", "xlsx", e06_s35),
    ("07-s39-branch-tickets.csv", "gbk", e07_s39),
    ("08-s40-facility-cases.csv", "utf-8", e08_s40),
    ("09-s42-appeal-ledger.xlsx", "xlsx", e09_s42),
    ("10-l3-bank-register.csv", "utf-8", e10_l3),
    ("11-s36-restaurant-book.csv", "utf-8", e11_s36),        # second held-out set, see README
    ("12-s15-service-slips.xlsx", "xlsx", e12_s15),
    ("13-s21-device-register.csv", "gbk", e13_s21),
]


def write(path: Path, encoding: str, rows: list[dict]) -> None:
    headers = list(rows[0])
    if encoding == "xlsx":
        from openpyxl import Workbook
        wb = Workbook()
        ws = wb.active
        ws.title = "导出"
        ws.append(headers)
        for r in rows:
            ws.append([r[h] for h in headers])
        for col in ws.iter_cols(min_row=2):
            for cell in col:
                if isinstance(cell.value, datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
        wb.save(path)
        return
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        for r in rows:
            w.writerow(["" if r[h] is None else r[h] for h in headers])


def main() -> None:
    for number, (name, encoding, make) in enumerate(EXPORTS, 1):
        rng = random.Random(18_000 + number)
        rows, hand = make(rng)
        write(HERE / name, encoding, rows)
        stem = name.rsplit(".", 1)[0]
        text = yaml.safe_dump(hand, allow_unicode=True, sort_keys=False)
        (HERE / f"{stem}.hand.yaml").write_text(f"# hand-corrected profile for {name}: {make.__doc__}\n" + text,
                                               encoding="utf-8")
        print(f"{name}: {len(rows)} cases, {len(rows[0])} columns")


if __name__ == "__main__":
    main()
