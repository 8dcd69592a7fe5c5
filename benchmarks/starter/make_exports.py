"""Writes the starter-profile benchmark exports and their hand-corrected profiles (issue #18).

Each export plays a company's own complaint system: headers in the seed's wording or usual CRM words, its own
category labels, dates spelled its own way, some real violations (late, missing, wrong department). The
`*.hand.yaml` next to each is the profile a careful auditor writes after reading docs/audit-your-export.md.

    .venv/bin/python benchmarks/starter/make_exports.py     # rewrites benchmarks/starter/*.csv|xlsx|hand.yaml

Seeded: the files are the same on every run. Some functions (e30-e32) take an optional `injected` list that collects
(case number, what was injected), to check an audit against the generator.
"""

from __future__ import annotations

import csv
import re
import random
import sys
from datetime import date, datetime, timedelta
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


def working_minutes(t, cutoff, first=8, last=20):
    """A step time as staff record it: whole minutes, inside working hours (first to last o'clock; a time outside
    them moves to the next working morning), none after the export's cutoff."""
    if t is None:
        return None
    t = t.replace(second=0, microsecond=0)
    if t.hour < first:
        t = t.replace(hour=first + t.hour % 3)
    elif t.hour >= last:
        t = (t + timedelta(days=1)).replace(hour=first + t.hour % 3)
    return None if t > cutoff else t


# 2025 statutory rest days and make-up working days (国办发明电〔2024〕12号), for placing working-day deadlines
REST_2025 = {date(2025, 1, 1)} | {date(2025, 1, 28) + timedelta(days=k) for k in range(8)} | \
    {date(2025, 4, 4), date(2025, 4, 5), date(2025, 4, 6)} | {date(2025, 5, 1) + timedelta(days=k) for k in range(5)} | \
    {date(2025, 5, 31), date(2025, 6, 1), date(2025, 6, 2)}
WORK_WEEKENDS_2025 = {date(2025, 1, 26), date(2025, 2, 8), date(2025, 4, 27), date(2025, 9, 28), date(2025, 10, 11)}


def workday(d) -> bool:
    return d in WORK_WEEKENDS_2025 or (d.weekday() < 5 and d not in REST_2025)


def nth_workday_after(d, k):
    """The k-th working day after date d (d itself not counted; k=0: d)."""
    while k:
        d += timedelta(days=1)
        k -= workday(d)
    return d


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


# --- a third held-out set (14-18), written without reading the guesser's code or running it -------------------

def month_first(t): return t.strftime("%m/%d/%Y %H:%M")
def month_first_date(t): return t.strftime("%m/%d/%Y")


def e14_l2(rng):
    """L2 market-regulation complaints, XLSX, a district bureau's 12315 complaint register (date cells)."""
    def office(t):                                                        # a bureau act: on a working hour, whole minutes
        return t.replace(hour=rng.randint(9, 16), minute=rng.randint(0, 59), second=0, microsecond=0)

    def after(prev, lo_days, hi_days):
        t = office(prev + timedelta(days=rng.uniform(lo_days, hi_days)))
        return t if t > prev else prev + timedelta(minutes=rng.randint(20, 90))

    rows = []
    for i in range(60):
        t0 = office(START + timedelta(days=rng.uniform(0, 75)))
        kind = pick(rng, [("投诉", 8), ("投诉举报", 1.5), ("咨询", 0.4), ("行政收费", 0.3)])
        refused = rng.random() < (0.5 if kind in ("咨询", "行政收费") else 0.1)
        decided = after(t0, 0, 4)
        if rng.random() < 0.04:
            decided = office(t0 - timedelta(days=1))                     # decision dated before the registration
        told = after(decided, 0, 1.5)
        if rng.random() < 0.07:
            told = after(t0, 16, 28)                                     # told after 7 working days
        unit = pick(rng, [("城东所", 4), ("城西所", 4), ("消保科", 2)] + ([] if refused else [("区消协", 0.3), ("区12315中心", 0.3)]))
        known = t0 - timedelta(days=rng.randint(3, 600)) if rng.random() > 0.06 else t0 - timedelta(days=rng.randint(1150, 1500))
        r = Case({"登记编号": f"3201{rng.randint(10, 15)}2025{i + 1:06d}", "登记时间": t0,
                  "渠道": pick(rng, [("12315热线", 5), ("全国12315平台", 4), ("来信", 1), ("来访", 1), ("传真", 0.2)]),
                  "诉求类型": kind, "投诉人": pick(rng, [("张先生", 1), ("王女士", 1), ("刘先生", 1), ("陈女士", 1)]),
                  "联系电话": f"1{rng.choice([3, 5, 8])}{rng.randint(100000000, 999999999)}" if rng.random() > 0.05 else "",
                  "通讯地址": f"{pick(rng, [('秦淮区', 1), ('玄武区', 1), ('建邺区', 1)])}{rng.randint(1, 300)}号" if rng.random() > 0.05 else "",
                  "被投诉人": pick(rng, [("某某超市", 2), ("某健身会所", 1), ("某电器商行", 1), ("某网店", 1)]) if rng.random() > 0.03 else "",
                  "被投诉人地址": f"{pick(rng, [('中山路', 1), ('汉中路', 1), ('网络平台', 0.5)])}{rng.randint(1, 500)}号" if rng.random() > 0.07 else "",
                  "诉求内容": pick(rng, [("预付卡退费纠纷，要求退还余额", 2), ("购买冰箱不制冷，要求退货", 1), ("食品过期，要求赔偿", 1)]) if rng.random() > 0.04 else "",
                  "承办单位": unit, "受理情况": "不予受理" if refused else "受理",
                  "不予受理原因": pick(rng, [("非本局职责", 2), ("法院已受理", 1), ("材料不全", 1), ("超过三年", 0.5)]) if refused else "",
                  "受理日期": None if refused else decided, "不予受理日期": decided if refused else None,
                  "告知时间": told if rng.random() > 0.04 else None,
                  "调解方式": "", "调解结果": "", "终止原因": "", "送检日期": None, "检测完成日期": None,
                  "终止调解时间": None, "办结时间": None, "终止告知时间": None,
                  "发现线索日期": None, "线索核查日期": None, "核查延期": "", "知道权益受损日期": known.date() if rng.random() > 0.3 else None,
                  "实名举报": "", "立案决定时间": None, "告知举报人时间": None})
        if not refused:
            r["调解方式"] = pick(rng, [("现场", 2), ("电话", 5), ("网络", 2)])
            outcome = pick(rng, [("调解成功", 6), ("终止调解", 2), ("撤回", 1), ("自行和解", 1)])
            end = after(decided, 2, 38) if rng.random() > 0.08 else after(decided, 75, 100)
            if outcome == "调解成功":
                ground = ""
            elif outcome in ("撤回", "自行和解"):
                ground = {"撤回": "投诉人撤回", "自行和解": "双方和解"}[outcome]
            else:
                ground = pick(rng, [("一方拒绝调解", 2), ("无法达成协议", 2), ("超期未达成", 1), ("发现不予受理情形", 0.5)])
            if ground == "超期未达成":
                end = after(decided, 66, 75)
            if rng.random() < 0.08:                                     # goods sent for testing: not counted
                r["送检日期"] = after(decided, 2, 6)
                r["检测完成日期"] = after(r["送检日期"], 15, 30)
                end = max(end, after(r["检测完成日期"], 1, 10))
            if end > datetime(2025, 7, 1) or (decided > datetime(2025, 4, 25) and rng.random() < 0.3):
                outcome, ground, end = "", "", None                     # still in mediation
            r["调解结果"] = outcome
            r["终止原因"] = ground
            r["办结时间"] = end
            if outcome and outcome != "调解成功":
                r["终止调解时间"] = end
                note = after(end, 0, 4) if rng.random() > 0.12 else after(end, 14, 25)
                r["终止告知时间"] = note if rng.random() > 0.05 else None
            if rng.random() < 0.12:
                found = after(decided, 1, 10)
                r["发现线索日期"] = found
                extended = rng.random() < 0.3
                r["核查延期"] = "是" if extended else "否"
                r["线索核查日期"] = after(found, 25, 38) if extended else after(found, 2, 16)
                if rng.random() < 0.25:
                    r["线索核查日期"] = after(found, 46, 60) if extended else after(found, 30, 45)
        if kind == "投诉举报":
            real = rng.random() > 0.3
            r["实名举报"] = "是" if real else "否"
            filing = after(t0, 5, 25)
            r["立案决定时间"] = filing
            if real:
                r["告知举报人时间"] = after(filing, 0, 4) if rng.random() > 0.25 else after(filing, 13, 22)
        rows.append(r)
    hand = {"procedure": "l2-samr-complaints-and-reports",
            "columns": {"登记编号": "case_number", "登记时间": "receive_at", "诉求类型": "category",
                        "投诉人": "complainant", "联系电话": "contact_phone", "通讯地址": "address",
                        "被投诉人": "respondent_name", "被投诉人地址": "respondent_address", "诉求内容": "content",
                        "承办单位": "accept_by", "受理日期": "accept_at", "不予受理日期": "refuse_at",
                        "告知时间": "decision_notified_at", "调解方式": "mediation_mode", "调解结果": "mediation_outcome",
                        "终止原因": "termination_ground", "送检日期": "testing_commissioned_at",
                        "检测完成日期": "testing_completed_at",
                        "办结时间": "end_mediation_at", "终止告知时间": "notify_termination_at",
                        "发现线索日期": "find_clue_at", "线索核查日期": "verify_clue_at", "核查延期": "check_extended",
                        "知道权益受损日期": "infringement_known_at", "实名举报": "real_name",
                        "立案决定时间": "decide_filing_at", "告知举报人时间": "notify_reporter_at"},
            "values": {"category": {"投诉": "complaint", "投诉举报": "complaint", "咨询": "consultation",
                                    "行政收费": "administrative_fee"},
                       "mediation_mode": {"现场": "onsite", "电话": "remote", "网络": "remote"},
                       "mediation_outcome": {"调解成功": "agreement", "终止调解": "terminated", "撤回": "terminated",
                                             "自行和解": "terminated"},
                       "termination_ground": {"投诉人撤回": "withdrawn_or_settled", "双方和解": "withdrawn_or_settled",
                                              "一方拒绝调解": "refused_mediation", "无法达成协议": "no_agreement_possible",
                                              "超期未达成": "period_expired", "发现不予受理情形": "ineligible_found"},
                       "check_extended": {"是": True, "否": False},
                       "real_name": {"是": True, "否": False}},
            "roles": {"城东所": "county_amr", "城西所": "county_amr", "消保科": "county_amr",
                      "区消协": "mediation_org", "区12315中心": "intake_office"}}
    return rows, hand


def e15_s41(rng):
    """S41 construction quality complaints, CSV GBK, a construction branch's owner-complaint register."""
    rows = []
    for i in range(50):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 80))
        to_bureau = rng.random() < 0.3
        notify = t0 + timedelta(hours=rng.uniform(1, 20))
        pm_back = notify + timedelta(hours=rng.uniform(4, 40))
        confirmed = pick(rng, [("能", 6), ("不能", 3.5), ("待查", 0.3)])
        onsite = None
        if confirmed == "不能":
            onsite = pm_back + timedelta(hours=rng.uniform(3, 40)) if rng.random() > 0.2 else pm_back + timedelta(hours=rng.uniform(55, 120))
            if rng.random() < 0.08:
                onsite = None
        communicate = pm_back + timedelta(hours=rng.uniform(1, 20))
        if rng.random() < 0.05:
            communicate = notify - timedelta(hours=rng.uniform(1, 5))  # owner called before the project manager was told
        kind = pick(rng, [("通病", 2), ("一般问题", 5), ("材料问题", 2)])
        team = {"通病": "质保部", "一般问题": "处理小组", "材料问题": "处理小组"}[kind]
        if rng.random() < 0.12:
            team = pick(rng, [("物资部", 1), ("质保部", 1), ("处理小组", 1)])
        handled = max(communicate, onsite or communicate) + timedelta(days=rng.uniform(2, 15))
        record = handled + timedelta(days=rng.uniform(0, 3))
        signed = rng.random() > 0.1
        follow = record + timedelta(days=rng.uniform(1, 7))
        open_case = handled > datetime(2025, 6, 25)
        r = Case({"记录编号": f"GC-2025-{i + 1:03d}", "项目名称": pick(rng, [("滨江花园二期", 2), ("科技园3#楼", 1), ("城南安置房", 2)]),
                  "业主姓名": pick(rng, [("周先生", 1), ("吴女士", 1), ("郑先生", 1)]), "联系电话": f"135{rng.randint(10000000, 99999999)}",
                  "房号": f"{rng.randint(1, 18)}-{rng.randint(1, 3)}-{rng.randint(1, 33)}0{rng.randint(1, 4)}",
                  "投诉途径": pick(rng, [("政府转办", 1), ("局领导批转", 1), ("总部转来", 1), ("业主来信", 2), ("业主来访", 3)]),
                  "投诉内容": pick(rng, [("外墙渗水", 2), ("卫生间漏水", 2), ("墙面开裂", 1), ("窗户密封不严", 1)]),
                  "接收部门": pick(rng, [("局工管部", 3), ("分公司质保部", 6), ("项目部", 0.6)]), "接收日期": cn(t0),
                  "通知项目经理时间": cn(notify) if rng.random() > 0.05 else "", "项目部反馈时间": cn(pm_back),
                  "事实能否确认": confirmed, "现场核实时间": cn(onsite) if onsite else "",
                  "核实人员": (pick(rng, [("质保部", 9), ("项目部", 1)]) if onsite else ""),
                  "沟通业主时间": cn(communicate) if rng.random() > 0.05 else "", "问题性质": kind, "处理单位": team,
                  "处理完成日期": cn_date(handled), "记录表日期": cn_date(record) if rng.random() > 0.05 else "",
                  "业主签字": "已签" if signed else "", "备案": "已备案" if signed and rng.random() > 0.08 else "",
                  "回访日期": cn_date(follow) if signed and rng.random() > 0.1 else "",
                  "回访人": pick(rng, [("质保部", 9), ("项目部", 1)]), "回访方式": pick(rng, [("电话", 3), ("上门", 1)]),
                  "是否投诉到局": "是" if to_bureau else "否", "书面报局日期": ""})
        if to_bureau and r["回访日期"] and rng.random() > 0.2:
            r["书面报局日期"] = cn_date(follow + timedelta(days=rng.uniform(1, 5)))
        if open_case:
            for h in ("处理完成日期", "记录表日期", "业主签字", "备案", "回访日期", "回访人", "回访方式", "书面报局日期"):
                r[h] = ""
        elif not r["回访日期"]:
            r["回访人"] = r["回访方式"] = ""
        rows.append(r)
    hand = {"procedure": "s41-construction-quality-complaints", "encoding": "gbk",
            "columns": {"记录编号": "case_number", "投诉内容": "content", "接收部门": "record_by", "接收日期": "record_at",
                        "通知项目经理时间": "notify_at", "项目部反馈时间": "facts_unconfirmed_at",
                        "事实能否确认": "facts_confirmed", "现场核实时间": "onsite_verify_at", "核实人员": "onsite_verify_by",
                        "沟通业主时间": "communicate_at", "问题性质": "problem_type", "处理单位": "handle_by",
                        "处理完成日期": "handle_at", "记录表日期": "handling_record_at", "业主签字": "owner_signature",
                        "备案": "filed_with_competent_dept", "回访日期": "follow_up_at", "回访人": "follow_up_by",
                        "是否投诉到局": "complained_to_bureau", "书面报局日期": "report_bureau_at"},
            "values": {"facts_confirmed": {"能": True, "不能": False},
                       "problem_type": {"通病": "hard_common_defect", "一般问题": "easy_problem",
                                        "材料问题": "procurement_problem"},
                       "complained_to_bureau": {"是": True, "否": False}},
            "roles": {"局工管部": "bureau_eng_mgmt", "分公司质保部": "branch_qa", "质保部": "branch_qa",
                      "项目部": "project_manager", "处理小组": "handling_team", "物资部": "materials_dept"}}
    return rows, hand


def e16_s48(rng):
    """S48 PCB customer complaints, CSV UTF-8, an English-headed CRM of a PCB maker (month-first dates)."""
    rows = []
    serial = {}
    for i in range(50):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 85))
        month = f"{t0:%y%m}"
        serial[month] = serial.get(month, 0) + 1
        number = f"{month}{serial[month]:02d}"
        if rng.random() < 0.06:
            number = pick(rng, [(f"{month}-{serial[month]:02d}", 1), (f"{month}{serial[month]}", 1), (f"CC{number}", 1)])
        logged = t0 + timedelta(hours=rng.uniform(1, 30))
        qa = logged + timedelta(hours=rng.uniform(3, 48))
        cm = qa + timedelta(days=rng.uniform(1, 6))
        disp = cm + timedelta(days=rng.uniform(0.5, 3))
        reply = disp + timedelta(days=rng.uniform(0.5, 4))
        kind = pick(rng, [("Quality", 6), ("Non-Quality", 2), ("Handling", 1), ("TBD", 0.3)])
        shipped = t0 - timedelta(days=rng.randint(5, 60))
        r = Case({"Complaint No": number, "Customer": pick(rng, [("Acme Electronics", 2), ("Nordic Controls", 1), ("Delta Power", 1)]),
                  "Order No": f"SO{rng.randint(240000, 259999)}" if rng.random() > 0.06 else "",
                  "Part No": f"PCB-{rng.randint(1000, 9999)}-{rng.choice('ABC')}" if rng.random() > 0.05 else "",
                  "Qty": (str(rng.randint(10, 5000)) if rng.random() > 0.05 else f"{rng.randint(10, 500)} pcs") if rng.random() > 0.04 else "",
                  "Ship Date": month_first_date(shipped) if rng.random() > 0.06 else "",
                  "Complaint Type": kind,
                  "Customer Request": pick(rng, [("8D report + replacement", 3), ("Credit note", 1), ("Rework on site", 1)]) if rng.random() > 0.06 else "",
                  "Received": month_first(t0), "Received By": "Sales",
                  "Logged": month_first(logged), "Logged By": pick(rng, [("PMC", 9), ("GM Office", 1), ("Sales", 0.7)]),
                  "QA Investigated": month_first(qa), "Investigated By": pick(rng, [("QA", 8), ("QE", 2), ("MFG", 0.8)]),
                  "Countermeasure Date": month_first(cm), "Countermeasure By": pick(rng, [("MFG", 9), ("QA", 0.8)]),
                  "Line": pick(rng, [("L1", 1), ("L2", 1), ("L3", 1)]) if rng.random() > 0.06 else "",
                  "Shift": pick(rng, [("Day", 1), ("Night", 1)]) if rng.random() > 0.05 else "",
                  "Operator": pick(rng, [("Li Wei", 1), ("Zhang Min", 1), ("Huang Jun", 1)]) if rng.random() > 0.07 else "",
                  "Mfg Date": month_first_date(shipped - timedelta(days=rng.randint(3, 20))) if rng.random() > 0.06 else "",
                  "Disposition Date": month_first(disp), "Disposed By": pick(rng, [("PMC", 9), ("QA", 0.8)]),
                  "Responsible Dept": pick(rng, [("Plating", 2), ("Drilling", 1), ("Solder Mask", 1), ("Warehouse", 1)]) if rng.random() > 0.07 else "",
                  "Responsible Person": pick(rng, [("Wang Tao", 1), ("Chen Jie", 1)]) if rng.random() > 0.08 else "",
                  "Reply Sent": month_first(reply), "Reply By": pick(rng, [("Sales", 9), ("QA", 0.6)]),
                  "Effect Verified": month_first(reply + timedelta(days=rng.uniform(10, 30))),
                  "RMA": pick(rng, [("Y", 1), ("N", 3)]), "Due Date": month_first_date(t0 + timedelta(days=14)),
                  "Status": "Closed"})
        if reply > datetime(2025, 6, 20):                                # still open: later steps not yet done
            for h in ("Disposition Date", "Disposed By", "Reply Sent", "Reply By", "Effect Verified"):
                r[h] = ""
            r["Status"] = "Open"
        rows.append(r)
    hand = {"procedure": "s48-pcb-customer-complaints", "date_order": "month_first",
            "columns": {"Complaint No": "case_number", "Order No": "order_number", "Part No": "product",
                        "Qty": "quantity", "Ship Date": "ship_date", "Complaint Type": "category",
                        "Customer Request": "demand", "Logged": "register_at", "Logged By": "register_by",
                        "QA Investigated": "inspect_at", "Investigated By": "inspect_by",
                        "Countermeasure Date": "manufacturing_investigation_at",
                        "Countermeasure By": "manufacturing_investigation_by", "Line": "production_unit",
                        "Shift": "shift", "Operator": "production_staff", "Mfg Date": "production_date",
                        "Disposition Date": "determine_handling_at", "Disposed By": "determine_handling_by",
                        "Responsible Dept": "responsible_department", "Responsible Person": "responsible_person",
                        "Reply Sent": "reply_at", "Reply By": "reply_by"},
            "values": {"category": {"Quality": "quality", "Non-Quality": "non_quality", "Handling": "non_quality"}},
            "roles": {"Sales": "sales", "PMC": "production_control", "GM Office": "production_control",
                      "QA": "quality_mgmt", "QE": "quality_mgmt", "MFG": "manufacturing"}}
    return rows, hand


def e17_s14(rng):
    """S14 operations complaint flow, CSV UTF-8 with BOM, a market operator's complaint work orders (dotted dates)."""
    rows = []
    for i in range(55):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 85))
        slip = t0 + timedelta(hours=rng.uniform(0.3, 6))
        done = slip + timedelta(days=rng.uniform(0.5, 4))
        fb = done + timedelta(hours=rng.uniform(1, 30))
        if rng.random() < 0.05:
            fb = done - timedelta(hours=rng.uniform(3, 20))             # feedback dated before the work was done
        told = fb + timedelta(hours=rng.uniform(2, 48))
        effect = told + timedelta(days=rng.uniform(3, 15))
        if rng.random() < 0.04:
            effect = told - timedelta(days=rng.uniform(0.5, 2))
        report = effect + timedelta(days=rng.uniform(0.5, 5))
        dept = pick(rng, [("工程部", 3), ("保安部", 2), ("保洁部", 2), ("招商部", 1)])
        r = Case({"工单号": f"YY{t0:%Y%m%d}{i + 1:03d}", "投诉时间": dotted(t0),
                  "投诉方式": pick(rng, [("热线", 4), ("上门", 3), ("来信", 0.5), ("微信", 2)]),
                  "档口号": f"{rng.choice('ABCD')}{rng.randint(1, 3)}-{rng.randint(1, 120):03d}",
                  "档主姓名": pick(rng, [("黄老板", 1), ("林女士", 1), ("何先生", 1)]), "联系电话": f"137{rng.randint(10000000, 99999999)}",
                  "被投诉部门": dept, "投诉理由": pick(rng, [("空调不制冷多次报修未修好", 2), ("保安态度恶劣", 1), ("乱收管理费", 0.5), ("垃圾堆放未清理", 1)]),
                  "投诉要求": pick(rng, [("尽快修好", 3), ("赔礼道歉", 1), ("退还费用", 1)]) if rng.random() > 0.07 else "",
                  "投诉类别": pick(rng, [("一般", 6), ("一般性投诉", 2), ("严重", 2), ("待定", 0.3)]) if rng.random() > 0.05 else "",
                  "接待人": pick(rng, [("行政部", 6), ("行政部客服", 3), ("工程部", 0.5), ("保安部", 0.4)]),
                  "处理单填写时间": dotted(slip) if rng.random() > 0.05 else "",
                  "处理方式": pick(rng, [("派工维修", 3), ("约谈当事人", 1), ("退费", 1)]) if rng.random() > 0.06 else "",
                  "责任单位": dept if rng.random() > 0.05 else "", "责任人": pick(rng, [("李主管", 1), ("孙经理", 1), ("赵班长", 1)]) if rng.random() > 0.07 else "",
                  "责任单位反馈时间": dotted(fb), "主管签字": pick(rng, [("李主管", 1), ("孙经理", 1)]) if rng.random() > 0.1 else "",
                  "处理时限": dotted((slip + timedelta(days=3)).replace(hour=18, minute=0)),
                  "处理完成时间": dotted(done), "结果告知时间": dotted(told),
                  "改善对策": pick(rng, [("加强巡检", 2), ("员工培训", 1), ("", 1)]),
                  "效果确认时间": dotted(effect), "是否逾期": "是" if done > (slip + timedelta(days=3)).replace(hour=18, minute=0) else "否",
                  "意见报告日期": dotted(report) if rng.random() > 0.08 else ""})
        if not r["处理单填写时间"]:
            r["处理时限"] = ""
        if report > datetime(2025, 6, 28):                               # still open
            for h in ("结果告知时间", "效果确认时间", "意见报告日期"):
                r[h] = ""
        rows.append(r)
    hand = {"procedure": "s14-operations-complaint-flow",
            "columns": {"工单号": "case_number", "投诉时间": "receive_at", "投诉理由": "content", "投诉要求": "demand",
                        "投诉类别": "severity", "接待人": "receive_by", "处理单填写时间": "fill_handling_slip_at",
                        "处理方式": "measures", "责任单位": "responsible_department", "责任人": "responsible_person",
                        "责任单位反馈时间": "feedback_at", "主管签字": "complained_unit_signature",
                        "处理完成时间": "investigate_at", "结果告知时间": "verify_cause_at",
                        "效果确认时间": "improvement_at", "意见报告日期": "opinion_report_at"},
            "values": {"severity": {"一般": "general", "一般性投诉": "general", "严重": "serious"}},
            "roles": {"行政部": "admin_dept", "行政部客服": "admin_dept", "工程部": "complained_dept",
                      "保安部": "complained_dept", "保洁部": "complained_dept", "招商部": "complained_dept"}}
    return rows, hand


def e18_s44(rng):
    """S44 customer quality complaints (2017), XLSX, a plant's complaint follow-up sheet (Chinese dates as text)."""
    rows = []
    for i in range(45):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 85))
        own = pick(rng, [("是", 7), ("否", 2), ("待定", 0.3)])
        check = t0 + timedelta(hours=rng.uniform(2, 48))
        form = check + timedelta(hours=rng.uniform(1, 24))
        cm = form + timedelta(days=rng.uniform(1, 5))
        if rng.random() < 0.05:
            cm = form - timedelta(hours=rng.uniform(5, 30))             # feedback slip dated before the complaint slip
        opinion = pick(rng, [("退货", 3), ("返工", 2), ("让步接收", 1), ("换货", 1)]) if own == "是" else ""
        ret_req = cm + timedelta(days=rng.uniform(0.5, 2)) if opinion == "退货" else None
        ret_done = ret_req + timedelta(days=rng.uniform(2, 8)) if ret_req else None
        if opinion == "退货" and rng.random() < 0.12:
            ret_req = None                                               # goods taken back without the request form
        follow = cm + timedelta(days=rng.uniform(3, 12))
        closed = follow + timedelta(days=rng.uniform(1, 10))
        r = Case({"投诉单号": f"ZJ-{t0:%y%m}-{i + 1:03d}", "客户名称": pick(rng, [("宏达建材", 1), ("恒信五金", 1), ("东方家居", 1)]),
                  "产品名称": pick(rng, [("铝合金型材", 2), ("不锈钢管", 1), ("镀锌板", 1)]), "批号": f"2025{rng.randint(100, 999)}",
                  "问题描述": pick(rng, [("表面划伤", 2), ("尺寸超差", 2), ("氧化膜色差", 1), ("包装破损", 1)]),
                  "接报部门": pick(rng, [("客服部", 7), ("销售部", 3), ("仓库", 0.5)]), "接报时间": cn(t0),
                  "通知质检时间": cn(t0 + timedelta(minutes=rng.uniform(10, 120))),
                  "通知生产时间": cn(t0 + timedelta(minutes=rng.uniform(10, 180))),
                  "现场确认": pick(rng, [("是", 1), ("否", 2)]), "确认时间": cn(check),
                  "是否我司质量问题": own, "投诉单填写时间": "", "填写部门": "", "反馈单日期": "", "处理部门": "",
                  "处理意见": opinion, "退货申请日期": cn(ret_req) if ret_req else "",
                  "申请部门": pick(rng, [("客服部", 8), ("销售部", 1)]) if ret_req else "",
                  "签字齐全": ("是" if rng.random() > 0.2 else "否") if ret_req else "",
                  "退货完成日期": cn_date(ret_done) if ret_done else "",
                  "存档日期": cn_date(ret_done + timedelta(days=rng.uniform(1, 4))) if ret_done and rng.random() > 0.3 else "",
                  "跟踪日期": "", "跟踪人": "", "关闭日期": cn_date(closed)})
        if own != "否":
            if rng.random() > 0.08:
                r["投诉单填写时间"] = cn(form)
                r["填写部门"] = pick(rng, [("客服部", 9), ("销售部", 1)])
            if rng.random() > 0.06:
                r["反馈单日期"] = cn(cm)
                r["处理部门"] = pick(rng, [("质检部", 7), ("品管部", 2), ("生产部", 0.8)])
            if rng.random() > 0.1:
                r["跟踪日期"] = cn_date(follow)
                r["跟踪人"] = pick(rng, [("质检部", 9), ("客服部", 1)])
        if closed > datetime(2025, 6, 25):                               # not solved yet
            r["关闭日期"] = ""
        rows.append(r)
    hand = {"procedure": "s44-customer-quality-complaints-2017",
            "columns": {"投诉单号": "case_number", "问题描述": "content", "接报部门": "receive_by", "接报时间": "receive_at",
                        "确认时间": "investigate_at", "是否我司质量问题": "own_quality_issue",
                        "投诉单填写时间": "complaint_form_at", "填写部门": "complaint_form_by",
                        "反馈单日期": "countermeasure_at", "处理部门": "countermeasure_by", "处理意见": "return_approved",
                        "退货申请日期": "return_request_at", "申请部门": "return_request_by",
                        "退货完成日期": "process_return_at", "存档日期": "archive_return_at",
                        "跟踪日期": "follow_up_at", "跟踪人": "follow_up_by", "关闭日期": "closed_at"},
            "values": {"own_quality_issue": {"是": True, "否": False},
                       "return_approved": {"退货": True, "返工": False, "让步接收": False, "换货": False}},
            "roles": {"客服部": "customer_service", "销售部": "sales", "仓库": "finished_goods_store",
                      "质检部": "quality_inspection", "品管部": "quality_inspection", "生产部": "production"}}
    return rows, hand


# --- a fourth held-out set (19-23), written like 14-18: without reading the guesser's code or running it ----------

def e19_l6(rng):
    """L6 telecom user appeals (35号令), XLSX, a provincial appeal centre's register (date cells)."""
    def office(t):                                                        # a centre act: on a working hour, whole minutes
        return t.replace(hour=rng.randint(9, 16), minute=rng.randint(0, 59), second=0, microsecond=0)

    def after(prev, lo_days, hi_days):
        t = office(prev + timedelta(days=rng.uniform(lo_days, hi_days)))
        return t if t > prev else prev + timedelta(minutes=rng.randint(20, 90))

    rows = []
    for i in range(60):
        recv = office(START + timedelta(days=rng.uniform(0, 80)))
        appeal_day = recv - timedelta(days=rng.randint(1, 4))
        kind = pick(rng, [("收费争议", 4), ("网络质量", 3), ("业务办理", 2), ("服务质量", 2), ("政策咨询", 0.5), ("未分类", 0.15)])
        complained = "否" if kind == "政策咨询" or rng.random() < 0.06 else "是"
        complain_at = appeal_day - timedelta(days=rng.uniform(17, 60))
        replied = complained == "是" and rng.random() < 0.75
        reply_op = complain_at + timedelta(days=rng.uniform(2, 14)) if replied else None
        if replied and rng.random() < 0.04:
            reply_op = complain_at - timedelta(days=rng.uniform(1, 5))    # reply dated before the complaint
        opinion = (pick(rng, [("不满意", 9), ("满意", 0.4)]) if replied else "未答复") if complained == "是" else ""
        limit = 140 if kind == "收费争议" else 600
        incident = complain_at - timedelta(days=rng.uniform(3, limit - 60 if kind == "收费争议" else limit - 80))
        settled, elsewhere = "否", "无"
        reason = ""
        bad = rng.random()
        if bad < 0.05:
            incident = appeal_day - timedelta(days=rng.uniform(170, 260) if kind == "收费争议" else rng.uniform(760, 900))
            reason = "超过申诉时限"
        elif bad < 0.09:
            settled, reason = "是", "已和解并执行"
        elif bad < 0.14:
            elsewhere = pick(rng, [("法院已受理", 1), ("仲裁已受理", 0.5), ("消协已处理", 1), ("本中心已处理", 1)])
            reason = {"法院已受理": "人民法院已受理", "仲裁已受理": "仲裁机构已受理", "消协已处理": "消费者协会已处理",
                      "本中心已处理": "本中心已受理过同一事项"}[elsewhere]
        if opinion == "满意":
            reason = reason or "用户对企业处理结果满意"
        if complained == "否":
            reason = "属政策咨询，已解答" if kind == "政策咨询" else "未向企业投诉，已告知先向企业投诉"
        accepted = not reason
        if reason and elsewhere != "本中心已处理" and opinion != "满意" and rng.random() < 0.4:
            accepted = True                                              # accepted although the excerpt excludes it
        decide = after(recv, 0, 4) if rng.random() > 0.09 else after(recv, 14, 25)
        if rng.random() < 0.03:
            recv, appeal_day = appeal_day, recv                          # received dated before the letter's date
        channel = pick(rng, [("网上申诉", 6), ("信函", 2), ("传真", 0.4), ("电子邮件", 1), ("电话", 0.6)])
        letter = f"SS{recv:%y%m}{i + 1:03d}" if channel != "电话" or rng.random() < 0.3 else ""
        reply = supplement = None
        if accepted:
            if rng.random() < 0.12:
                supplement = after(recv, 2, 8)                           # materials completed later: 30 days from then
            start = supplement or recv
            reply = after(start, 5, 28) if rng.random() > 0.1 else after(start, 33, 50)
            if reply <= decide:
                reply = after(decide, 1, 10)
            if reply > datetime(2025, 6, 30):
                reply = None                                             # still being handled, already overdue
        operator = pick(rng, [("中国移动某某分公司", 3), ("中国联通某某分公司", 2), ("中国电信某某分公司", 2), ("某某宽带公司", 0.5)])
        r = Case({"申诉编号": f"SS2025{i + 1:05d}", "收到申诉日期": recv, "申诉日期": appeal_day.date(), "申诉方式": channel,
                  "申诉书存档号": letter,
                  "申诉人": pick(rng, [("李先生", 1), ("张女士", 1), ("某某商贸有限公司", 0.3), ("陈先生", 1)]),
                  "通讯地址": f"{pick(rng, [('武昌区', 1), ('洪山区', 1), ('江汉区', 1)])}{rng.randint(1, 400)}号" if rng.random() > 0.03 else "",
                  "联系电话": f"1{rng.choice([3, 5, 8])}{rng.randint(100000000, 999999999)}" if rng.random() > 0.03 else "",
                  "邮编": f"4300{rng.randint(10, 99)}" if rng.random() > 0.07 else "",
                  "被申诉企业": operator,
                  "被申诉企业地址": f"{pick(rng, [('中北路', 1), ('新华路', 1), ('光谷大道', 1)])}{rng.randint(1, 300)}号" if rng.random() > 0.05 else "",
                  "申诉类别": kind,
                  "申诉请求": pick(rng, [("退还多收费用", 2), ("恢复网络正常使用", 1), ("取消未经同意开通的业务", 1), ("赔偿损失", 0.5)]) if rng.random() > 0.03 else "",
                  "事实与理由": pick(rng, [("套餐外被扣流量费", 2), ("家中宽带长期断网，报修未修复", 1), ("营业员未告知合约期", 1)]) if rng.random() > 0.03 else "",
                  "问题发生日期": incident.date(), "是否已向企业投诉": complained if rng.random() > 0.03 else "",
                  "向企业投诉日期": complain_at.date() if complained == "是" else None,
                  "企业答复日期": reply_op.date() if reply_op else None, "对企业处理是否满意": opinion,
                  "是否已和解执行": settled, "他处受理情况": elsewhere,
                  "受理决定": "受理" if accepted else ("告知先向企业投诉" if complained == "否" and kind != "政策咨询"
                                                    else "咨询解答" if kind == "政策咨询" else "不予受理"),
                  "决定日期": decide, "受理日期": decide if accepted else None, "补正材料日期": supplement,
                  "告知申诉人日期": after(decide, 0, 1),
                  "不予受理理由": "" if accepted or rng.random() < 0.08 else reason,
                  "承办人": pick(rng, [("申诉受理中心", 5), ("王敏", 2), ("刘洋", 2)]) if rng.random() > 0.05 or not accepted else "转企业处理",
                  "答复申诉人日期": reply,
                  "办结情况": ("已办结" if reply else "处理中") if accepted else "不予受理"})
        rows.append(r)
    hand = {"procedure": "l6-telecom-user-appeals-2016",
            "columns": {"申诉编号": "case_number", "收到申诉日期": "receive_at", "申诉日期": "appeal_at",
                        "申诉书存档号": "written_appeal", "申诉人": "complainant", "通讯地址": "address",
                        "联系电话": "contact_phone", "邮编": "postcode", "被申诉企业": "respondent_name",
                        "被申诉企业地址": "respondent_address", "申诉类别": "category", "申诉请求": "demand",
                        "事实与理由": "grounds", "问题发生日期": "incident_at", "是否已向企业投诉": "complained_to_operator",
                        "向企业投诉日期": "complain_to_operator_at", "企业答复日期": "operator_reply_at",
                        "对企业处理是否满意": "satisfaction", "是否已和解执行": "settlement_executed",
                        "他处受理情况": "handled_elsewhere", "决定日期": "decide_at", "受理日期": "accept_at",
                        "补正材料日期": "all_materials_received_at", "不予受理理由": "reject_reason", "承办人": "reply_by",
                        "答复申诉人日期": "reply_at"},
            "values": {"category": {"收费争议": "fee_dispute", "网络质量": "other", "业务办理": "other",
                                    "服务质量": "other", "政策咨询": "other"},
                       "complained_to_operator": {"是": "yes", "否": "no"},
                       "satisfaction": {"满意": "satisfied", "不满意": "unsatisfied", "未答复": "unsatisfied"},
                       "settlement_executed": {"是": "yes", "否": "no"},
                       "handled_elsewhere": {"无": "no", "法院已受理": "yes", "仲裁已受理": "yes", "消协已处理": "yes",
                                             "本中心已处理": "no"}},
            "roles": {"申诉受理中心": "provincial_appeal_body", "转企业处理": "operator"}}
    return rows, hand


def e20_s43(rng):
    """S43 Jiangsu construction quality complaints, CSV GBK, a city complaint office's register (Chinese dates)."""
    quality = ["渗漏", "开裂", "空鼓", "结构安全"]
    rows = []
    for i in range(60):
        t0 = (START + timedelta(days=rng.randint(0, 84))).replace(hour=rng.randint(8, 16), minute=rng.randint(0, 59))
        kind = pick(rng, [("渗漏", 4), ("开裂", 3), ("空鼓", 1), ("结构安全", 0.5), ("房地产纠纷", 0.6), ("邻里纠纷", 0.3),
                          ("拆迁安置", 0.3), ("拆迁补偿", 0.2), ("市政建设", 0.2), ("其他", 0.12)])
        anonymous = rng.random() < 0.04
        sued = rng.random() < 0.04
        relation = pick(rng, [("业主", 7), ("住户", 2), ("无直接关系", 0.5)])
        source = pick(rng, [("来访", 5), ("来信", 3), ("省站转办", 1.5)])
        eligible = kind in quality and not anonymous and not sued and relation != "无直接关系"
        if eligible:
            status = "立案" if rng.random() > 0.04 else "未立案"         # a quality complaint left unregistered
        elif relation == "无直接关系" and kind in quality and not anonymous and not sued:
            status = "按举报处理"
        else:
            status = "不予立案"
        if not eligible and kind != "其他" and rng.random() < 0.3:
            status = "立案"                                              # registered although it should not be
        registered = t0 + timedelta(days=rng.randint(1, 4)) if status == "立案" else None       # a date: the next day or later
        if registered and rng.random() < 0.03:
            registered = t0 - timedelta(days=rng.uniform(1, 3))          # registered before the reception
        handled = registered + timedelta(days=rng.uniform(5, 40)) if registered else None
        if handled and rng.random() < 0.03:
            handled = registered - timedelta(days=rng.uniform(0.5, 2))   # handled before it was registered
        report = handled + timedelta(days=rng.uniform(0.5, 3)) if handled and source == "省站转办" else None
        closed = max(handled, report or handled) + timedelta(days=rng.uniform(2, 10)) if handled else None
        if closed and closed > datetime(2025, 6, 28):
            closed = None
        dept = pick(rng, [("投诉科", 5), ("监督一科", 2), ("监督二科", 2), ("市住建局房产处", 0.35)]) if registered else ""
        r = Case({"投诉登记号": f"SZJ-TS-2025-{i + 1:03d}", "接待日期": cn(t0),
                  "投诉人": "" if anonymous else pick(rng, [("周先生", 1), ("孙女士", 1), ("钱先生", 1), ("吴女士", 1)]),
                  "身份证号": "" if anonymous or rng.random() < 0.04 else f"3205{rng.randint(10, 99)}19{rng.randint(60, 99)}{rng.randint(1000, 9999)}{rng.randint(100, 999)}X",
                  "联系电话": "" if anonymous else f"13{rng.randint(100000000, 999999999)}",
                  "工程名称": pick(rng, [("金鸡湖花园三期", 2), ("吴中新城12#楼", 1), ("姑苏雅苑", 1)]),
                  "工程所在地": pick(rng, [("工业园区", 2), ("吴中区", 1), ("姑苏区", 1)]), "与工程关系": relation,
                  "投诉书": "已交" if not anonymous else "未交",
                  "证据材料": pick(rng, [("现场照片", 3), ("照片、视频", 2), ("检测报告", 1)]) if rng.random() > 0.06 else "",
                  "投诉理由": pick(rng, [("卫生间楼板渗水至楼下", 2), ("外墙多处裂缝", 2), ("地面空鼓面积大", 1), ("开发商拒不维修", 1)]) if rng.random() > 0.03 else "",
                  "请求事项": pick(rng, [("责令施工单位维修", 3), ("组织质量鉴定", 1), ("责令整改并赔偿", 1)]) if rng.random() > 0.03 else "",
                  "问题类别": kind, "署名": "匿名" if anonymous else "实名", "是否已起诉": "是" if sued else "否",
                  "来源": source, "立案情况": status, "立案日期": cn_date(registered) if registered and rng.random() > 0.02 else "",
                  "承办科室": dept, "办案人": pick(rng, [("顾工", 1), ("沈工", 1), ("陆工", 1)]) if registered else "",
                  "会同部门": pick(rng, [("区住建局", 1), ("规划局、区住建局", 0.5)]) if registered and rng.random() < 0.15 else "",
                  "处理完成日期": cn_date(handled) if handled else "",
                  "上报省站备案日期": "",
                  "卷宗整理日期": cn_date(closed - timedelta(days=1)) if closed else "", "结案日期": cn_date(closed) if closed else "",
                  "结案签字人": pick(rng, [("站长 徐某", 3), ("副站长 朱某", 2)]) if closed and rng.random() > 0.07 else ""})
        if report and closed and rng.random() > 0.2:
            r["上报省站备案日期"] = cn_date(report)
        if status == "未立案" and rng.random() < 0.5:
            r["立案情况"] = "立案"                                          # marked registered, no date written
        rows.append(r)
    hand = {"procedure": "s43-jiangsu-construction-quality-complaints", "encoding": "gbk",
            "columns": {"投诉登记号": "case_number", "接待日期": "review_at", "投诉人": "complainant",
                        "身份证号": "id_number", "与工程关系": "direct_interest", "证据材料": "evidence",
                        "投诉理由": "complaint_reason", "请求事项": "demand", "问题类别": "category",
                        "署名": "anonymous", "是否已起诉": "in_judicial_process", "来源": "transferred_by_province",
                        "立案日期": "register_at", "承办科室": "handle_by", "办案人": "close_by",
                        "会同部门": "joint_depts", "处理完成日期": "handle_at", "上报省站备案日期": "report_to_province_at",
                        "结案日期": "close_at", "结案签字人": "head_signature"},
            "values": {"direct_interest": {"业主": True, "住户": True, "无直接关系": False},
                       "category": {"渗漏": "quality", "开裂": "quality", "空鼓": "quality", "结构安全": "quality",
                                    "房地产纠纷": "real_estate_dispute", "邻里纠纷": "neighbour_dispute",
                                    "拆迁安置": "demolition_resettlement", "拆迁补偿": "demolition_compensation",
                                    "市政建设": "obstruct_construction"},
                       "anonymous": {"匿名": True, "实名": False},
                       "in_judicial_process": {"是": True, "否": False},
                       "transferred_by_province": {"省站转办": True, "来访": False, "来信": False}},
            "roles": {"投诉科": "complaint_body", "监督一科": "complaint_body", "监督二科": "complaint_body",
                      "市住建局房产处": "admin_depts"}}
    return rows, hand


def e21_s37(rng):
    """S37 Xiamen construction quality complaints, CSV UTF-8 with BOM, the quality sub-centre's duty register (dotted dates)."""
    defects = {"渗漏": True, "墙体开裂": True, "空鼓": True, "门窗质量": True, "物业管理": False, "小区配套": False}
    rows = []
    for i in range(55):
        t0 = (START + timedelta(days=rng.randint(0, 84))).replace(hour=rng.randint(8, 16), minute=rng.randint(0, 59))
        matter = pick(rng, [("渗漏", 4), ("墙体开裂", 3), ("空鼓", 1), ("门窗质量", 1), ("物业管理", 0.4), ("小区配套", 0.3)])
        remedy = pick(rng, [("整改", 10), ("赔偿", 0.4), ("退房", 0.2), ("换房", 0.15)])
        deco = "是" if rng.random() < 0.04 else "否"
        accepted_works = "未验收" if rng.random() < 0.03 else "已验收"
        stage = pick(rng, [("保修期内", 8), ("在建", 1), ("已过保修期", 0.5)])
        sued = "是" if rng.random() < 0.03 else "否"
        agrees = "不同意" if rng.random() < 0.04 else "同意"
        excluded = (not defects[matter] or remedy != "整改" or agrees == "不同意" or deco == "是" or accepted_works == "未验收"
                    or stage == "已过保修期" or sued == "是")
        conclusion = "建议其他途径" if excluded else "受理"
        if excluded and rng.random() < 0.2:
            conclusion = "受理"                                          # taken as a case although article 3 excludes it
        record = advise = report = transfer = answer = done = None
        if conclusion == "受理":
            record = t0 + timedelta(minutes=rng.uniform(10, 120))
            if rng.random() < 0.02:
                record = t0 - timedelta(hours=rng.uniform(2, 20))         # recorded before the call came in
            report = record + timedelta(hours=rng.uniform(0.5, 24)) if rng.random() > 0.05 else None
            if report and rng.random() < 0.03:
                report = record - timedelta(hours=rng.uniform(1, 5))      # reported before it was recorded
            if report:
                transfer = report + timedelta(days=rng.uniform(0.5, 3))
                answer = transfer + timedelta(days=rng.uniform(5, 30))
                done = answer + timedelta(days=rng.uniform(0, 5))
                if done > datetime(2025, 6, 28):
                    answer = done = None
        elif rng.random() > 0.08:
            advise = t0 + timedelta(minutes=rng.uniform(5, 60))
        channel = pick(rng, [("来电", 4), ("来访", 3), ("来信", 1), ("电子邮件", 1), ("传真", 0.2), ("12345转办", 0.2)])
        r = Case({"件号": f"XM-ZL-{i + 1:04d}", "来件方式": channel, "登记时间": dotted(t0),
                  "值班科室": pick(rng, [("监督一科", 1), ("监督二科", 1), ("监督三科", 1), ("综合管理室", 0.5)]),
                  "值班人员": pick(rng, [("林志强", 1), ("陈雅琴", 1), ("黄文斌", 1), ("苏丽", 1)]),
                  "投诉人": pick(rng, [("郑先生", 1), ("洪女士", 1), ("蔡先生", 1)]),
                  "联系方式": f"159{rng.randint(10000000, 99999999)}" if rng.random() > 0.04 else "",
                  "报建工程名称": pick(rng, [("湖里区某某花园二期", 2), ("集美新城某某苑", 1), ("海沧某某公寓", 1)]) if rng.random() > 0.04 else "",
                  "房号": f"{rng.randint(1, 20)}#{rng.randint(1, 32)}0{rng.randint(1, 4)}" if rng.random() > 0.03 else "",
                  "与产权人关系": pick(rng, [("本人", 6), ("配偶", 2), ("亲属", 1), ("租户", 1)]) if rng.random() > 0.05 else "",
                  "工程阶段": stage, "投诉事项": matter, "诉求": remedy, "是否同意整改": agrees, "二次装修": deco, "竣工验收": accepted_works,
                  "已诉讼": sued, "受理结论": conclusion, "受理时间": dotted(record) if record else "",
                  "解释答复时间": dotted(advise) if advise else "", "报主办人时间": dotted(report) if report else "",
                  "主办人": pick(rng, [("吴主任", 1), ("许工", 1)]) if report else "",
                  "转办科室": pick(rng, [("监督一科", 1), ("监督二科", 1), ("监督三科", 1)]) if transfer else "",
                  "转办日期": dotted(transfer) if transfer else "", "回复投诉人日期": dotted(answer) if answer else "",
                  "办结日期": dotted(done) if done else ""})
        rows.append(r)
    hand = {"procedure": "s37-xiamen-construction-quality-complaints",
            "columns": {"件号": "case_number", "来件方式": "channel", "登记时间": "receive_at", "值班人员": "receive_by",
                        "投诉人": "complainant", "联系方式": "contact_phone", "报建工程名称": "project_name",
                        "房号": "address", "与产权人关系": "relation_to_owner", "工程阶段": "within_warranty",
                        "投诉事项": "is_quality_defect", "诉求": "demanded_remedy", "是否同意整改": "accepts_rectification",
                        "二次装修": "secondary_decoration",
                        "竣工验收": "delivered_without_acceptance", "已诉讼": "in_litigation", "受理时间": "record_at",
                        "解释答复时间": "refer_elsewhere_at", "报主办人时间": "report_at", "转办日期": "coordinate_at"},
            "values": {"channel": {"来信": "letter", "电子邮件": "email", "传真": "fax", "来访": "visit", "来电": "phone"},
                       "within_warranty": {"保修期内": "yes", "在建": "yes", "已过保修期": "no"},
                       "is_quality_defect": {k: "yes" if v else "no" for k, v in defects.items()},
                       "demanded_remedy": {"整改": "rectification", "赔偿": "compensation", "退房": "return_house",
                                           "换房": "exchange_house"},
                       "accepts_rectification": {"同意": "yes", "不同意": "no"},
                       "secondary_decoration": {"是": "yes", "否": "no"},
                       "delivered_without_acceptance": {"未验收": "yes", "已验收": "no"},
                       "in_litigation": {"是": "yes", "否": "no"}}}
    return rows, hand


def e22_s38(rng):
    """S38 Nanshan aluminium quality complaints, CSV UTF-8, an extruder's English-headed complaint log (day-first dates)."""
    rows = []
    for i in range(50):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 85))
        via = pick(rng, [("After-sales", 5), ("Sales", 3), ("Customer direct", 2)])
        receiver = "After-sales Service" if via != "Sales" else pick(rng, [("Sales Follow-up", 3), ("Sales Rep", 1)])
        if rng.random() < 0.05:
            receiver = pick(rng, [("QM Dept", 1), ("Production", 1)])   # taken by a department the flow does not name
        visit = t0 + timedelta(hours=rng.uniform(4, 72)) if rng.random() < 0.5 else None
        visitor = (pick(rng, [("After-sales Service", 3), ("Sales Rep", 1)]) if rng.random() > 0.07 else "QM Dept") if visit else ""
        own = pick(rng, [("Yes", 7), ("No", 2.5), ("TBD", 0.3)])
        base = visit or t0
        f1 = f1_by = qm = f2 = f2_by = follow = None
        closed = base + timedelta(days=rng.uniform(1, 5))
        if own == "Yes":
            f1 = base + timedelta(hours=rng.uniform(2, 48))
            if rng.random() < 0.03:
                f1 = t0 - timedelta(hours=rng.uniform(3, 30))            # form dated before the complaint came in
            f1_by = pick(rng, [("After-sales Service", 3), ("Sales Rep", 1)]) if rng.random() > 0.05 else "QM Dept"
            qm = max(f1, t0) + timedelta(hours=rng.uniform(1, 24))
            f2 = qm + timedelta(days=rng.uniform(1, 6))
            if rng.random() < 0.04:
                f2 = qm - timedelta(hours=rng.uniform(3, 20))            # countermeasure form before QM took it up
            f2_by = "QM Dept" if rng.random() > 0.05 else "Process Engineering"
            follow = max(f2, qm) + timedelta(days=rng.uniform(7, 25))
            closed = follow + timedelta(days=rng.uniform(0, 5))
            if rng.random() < 0.05:
                f1 = f1_by = None                                        # no QHSE/R-0211-166-1 for an own issue
            if rng.random() < 0.05:
                f2 = f2_by = None                                        # closed without the 166-2 form
            if rng.random() < 0.07:
                follow = None                                            # closed without a follow-up record
        if closed > datetime(2025, 6, 28):
            closed = None
            follow = None
        r = Case({"Complaint ID": f"NS-QC-25{i + 1:03d}", "Customer": pick(rng, [("Hengda Curtain Wall", 2), ("Bosch Rexroth China", 1), ("CRRC Qingdao", 1)]),
                  "Profile/Alloy": pick(rng, [("6063-T5 profile", 2), ("6061-T6 rail profile", 1), ("6082 extrusion", 1)]),
                  "Lot No": f"L25{rng.randint(10000, 99999)}",
                  "Issue Description": pick(rng, [("Surface scratches", 2), ("Dimension out of tolerance", 2), ("Anodizing colour difference", 1), ("Bending/twist", 1)]),
                  "Reported Via": via, "Received By": receiver, "Received At": day_first(t0),
                  "QM Notified At": day_first(t0 + timedelta(minutes=rng.uniform(10, 180))),
                  "Production Notified At": day_first(t0 + timedelta(minutes=rng.uniform(10, 240))) if rng.random() > 0.2 else "",
                  "Site Visit At": day_first(visit) if visit else "", "Site Visit By": visitor,
                  "Our Quality Issue": own, "Form 166-1 Date": day_first(f1) if f1 else "", "Form 166-1 By": f1_by or "",
                  "QM Handling Start": day_first(qm) if qm else "",
                  "Root Cause Meeting": day_first(qm + timedelta(hours=rng.uniform(4, 30))) if qm and rng.random() > 0.3 else "",
                  "Form 166-2 Date": day_first(f2) if f2 else "", "Form 166-2 By": f2_by or "",
                  "Corrective Action": pick(rng, [("Die repair", 1), ("Adjust ageing furnace", 1), ("Packaging change", 1)]) if f2 else "",
                  "Disposition": pick(rng, [("Return", 2), ("Rework", 2), ("Concession", 1), ("Replace", 1)]) if own == "Yes" else "",
                  "Follow-up Date": day_first(follow) if follow else "",
                  "Closed On": day_first(closed) if closed else "", "Status": "Closed" if closed else "Open"})
        rows.append(r)
    hand = {"procedure": "s38-nanshan-aluminium-quality-complaints", "date_order": "day_first",
            "columns": {"Complaint ID": "case_number", "Issue Description": "content", "Received By": "receive_by",
                        "Received At": "receive_at", "Site Visit At": "preliminary_analysis_at",
                        "Site Visit By": "preliminary_analysis_by", "Our Quality Issue": "own_quality_issue",
                        "Form 166-1 Date": "feedback_form_at", "Form 166-1 By": "feedback_form_by",
                        "QM Handling Start": "quality_handle_at", "Form 166-2 Date": "countermeasure_at",
                        "Form 166-2 By": "countermeasure_by", "Follow-up Date": "follow_up_at", "Closed On": "closed_at"},
            "values": {"own_quality_issue": {"Yes": True, "No": False}},
            "roles": {"After-sales Service": "after_sales", "Sales Follow-up": "sales", "Sales Rep": "sales",
                      "QM Dept": "quality_mgmt", "Production": "production", "Process Engineering": "process_tech"}}
    return rows, hand


def e23_s13(rng):
    """S13 distribution-centre complaints, XLSX, the centre's complaint ledger (dates as text, 2025/3/4 9:12)."""
    rows = []
    for i in range(60):
        t0 = START + timedelta(hours=rng.uniform(0, 24 * 80))
        recv = t0 + timedelta(minutes=rng.uniform(2, 30))
        slip = recv + timedelta(hours=rng.uniform(0.2, 3))
        duty = pick(rng, [("产品质量", 4), ("客户经理", 4), ("配送", 0.25)])
        send = slip + timedelta(hours=rng.uniform(2, 24))
        investigate = send + timedelta(days=rng.uniform(0.5, 2.5))
        propose = investigate + timedelta(days=rng.uniform(0.2, 1.5))
        if rng.random() < 0.03:
            propose = investigate - timedelta(hours=rng.uniform(3, 20))   # result proposed before the investigation ended
        draft = max(propose, investigate) + timedelta(days=rng.uniform(0.2, 1.5))
        approve = draft + timedelta(days=rng.uniform(0.2, 1.5))
        if rng.random() < 0.03:
            approve = draft - timedelta(hours=rng.uniform(3, 20))         # approved before the plan was drafted
        closed = max(approve, draft) + timedelta(days=rng.uniform(0.5, 3))
        due = told = replace = None
        action = ""
        if duty == "客户经理":
            due = (closed + timedelta(days=rng.uniform(0.5, 3))).replace(hour=17, minute=0, second=0, microsecond=0)
            if rng.random() < 0.15:
                due = (closed - timedelta(days=rng.uniform(1, 4))).replace(hour=17, minute=0, second=0, microsecond=0)
            if due < slip + timedelta(days=1):
                due = (slip + timedelta(days=1)).replace(hour=17, minute=0, second=0, microsecond=0)
            told = slip + timedelta(hours=rng.uniform(1, 8))
            if rng.random() < 0.06:
                due = told = None                                       # no time limit set or told
        elif duty == "产品质量":
            action = pick(rng, [("退换", 4), ("召回", 1)])
            replace = recv + timedelta(days=rng.uniform(1, 4))
            if rng.random() < 0.08:
                action, replace = "无", None                              # neither explained nor replaced
        dept = {"产品质量": pick(rng, [("质量监督", 1), ("生产部门", 1)]), "客户经理": pick(rng, [("客户经理", 2), ("片区经理", 1)]),
                "配送": "调度运输"}[duty]
        r = Case({"记录单号": f"PS-{t0:%Y%m}-{i + 1:03d}", "客户名称": pick(rng, [("某某便利店", 2), ("某某烟酒店", 2), ("某某超市", 1)]),
                  "客户编码": f"4201{rng.randint(100000, 999999)}", "投诉方式": pick(rng, [("电话", 5), ("电邮", 0.8), ("现场", 2), ("微信", 1.5), ("其他", 0.3)]),
                  "投诉时间": slash(t0), "受理时间": slash(recv),
                  "受理人": "配送中心" if rng.random() > 0.06 else pick(rng, [("客户经理", 1), ("片区经理", 1)]),
                  "记录单填写时间": slash(slip) if rng.random() > 0.05 else "",
                  "投诉内容": pick(rng, [("到货破损", 2), ("少送两件", 2), ("客户经理未按约定上门", 1), ("订货后未及时送达", 1)]),
                  "责任判定": duty, "退换召回": action, "退换日期": slash(replace) if replace else "",
                  "解决期限": slash(due) if due else "", "期限告知客户时间": slash(told) if told else "",
                  "责任部门": dept, "处理单送达时间": slash(send),
                  "送达人": pick(rng, [("客户服务主管", 8), ("客服主管", 2)]) if rng.random() > 0.05 else "客服专员",
                  "原因调查完成时间": slash(investigate), "结果建议提交时间": slash(propose), "方案形成时间": slash(draft),
                  "主管领导审核时间": slash(approve) if rng.random() > 0.06 else "",
                  "审核人": pick(rng, [("中心主任", 5), ("分管副主任", 3)]) if rng.random() > 0.05 else "客户服务部",
                  "实施意见": pick(rng, [("同意方案，尽快实施", 3), ("同意，注意回访", 1)]),
                  "结案时间": slash(closed)})
        if not r["主管领导审核时间"]:
            r["审核人"] = r["实施意见"] = ""
        rows.append(r)
    hand = {"procedure": "s13-distribution-complaint-handling",
            "columns": {"记录单号": "case_number", "投诉方式": "channel", "投诉时间": "received_at", "受理时间": "receive_at",
                        "受理人": "receive_by", "记录单填写时间": "record_at", "投诉内容": "content",
                        "责任判定": "responsibility", "退换日期": "explain_replace_at", "解决期限": "resolution_due_at",
                        "期限告知客户时间": "notify_deadline_at", "责任部门": "responsible_department",
                        "处理单送达时间": "send_handling_slip_at", "送达人": "send_handling_slip_by",
                        "原因调查完成时间": "investigate_at", "结果建议提交时间": "propose_result_at",
                        "方案形成时间": "draft_plan_at", "主管领导审核时间": "approve_plan_at", "审核人": "approve_plan_by",
                        "结案时间": "closed_at"},
            "values": {"channel": {"电话": "unnamed_first", "电邮": "email", "现场": "onsite", "微信": "other", "其他": "other"},
                       "responsibility": {"产品质量": "product_quality", "客户经理": "account_manager"}},
            "roles": {"配送中心": "distribution_center", "客户经理": "responsible_party", "片区经理": "responsible_party",
                      "客户服务主管": "cs_supervisor", "客服主管": "cs_supervisor", "客服专员": "complaint_receiver",
                      "中心主任": "leader", "分管副主任": "leader", "客户服务部": "customer_service"}}
    return rows, hand


def e24_s31(rng):
    """S31 Zhenjiang building quality complaints, XLSX, the city quality-supervision station's complaint register (date cells)."""
    projects = [  # 工程名称, 所属辖区, 建设单位, 施工单位, 承办单位 of the district
        ("金山御府", "润州区", "镇江金山置业有限公司", "江苏华建建设有限公司", "润州区住建局"),
        ("江滨新村三期", "京口区", "镇江城建开发有限公司", "镇江市第二建筑工程公司", "京口区住建局"),
        ("宜城华府", "丹徒区", "镇江宜城房地产开发有限公司", "南通四建集团有限公司", "丹徒区住建局"),
        ("港南路安置小区", "镇江新区", "镇江新区城投公司", "江苏润扬建设工程有限公司", ""),
        ("凤凰城二期", "丹阳市", "丹阳凤凰置业有限公司", "丹阳市建筑安装工程公司", "丹阳市住建局"),
        ("华阳山庄", "句容市", "句容华阳房地产有限公司", "江苏句容建工集团", "句容市住建局"),
        ("长江花园", "扬中市", "扬中长江置业有限公司", "扬中市第一建筑公司", "扬中市住建局"),
    ]
    station = [("市质监站投诉科", 5), ("市质监站监督一科", 2), ("市质监站监督二科", 2)]
    referred = ("12345转办", "市住建局交办", "省住建厅转办")
    rows = []
    days = sorted(START.replace(hour=0, minute=0) + timedelta(days=rng.randint(0, 95)) for _ in range(64))
    for i, day in enumerate(days):
        recv = day.replace(hour=rng.randint(8, 16), minute=rng.randint(0, 59))
        name, district, developer, builder, local = pick(rng, [(p, w) for p, w in zip(projects, (3, 3, 2, 2, 1.5, 1.5, 1))])
        source = pick(rng, [("直接受理", 6), ("12345转办", 2.5), ("市住建局交办", 1), ("省住建厅转办", 0.4)])
        accept = (recv + timedelta(days=rng.randint(0, 3))).replace(hour=rng.randint(8, 17), minute=rng.randint(0, 59))
        if accept < recv:
            accept = recv + timedelta(minutes=rng.randint(20, 120))
        if local and rng.random() < 0.3:
            office = local
        elif source == "市住建局交办" and rng.random() < 0.5:
            office = "市住建局质安处"
        else:
            office = pick(rng, station)
        check = accept + timedelta(days=rng.randint(2, 10))
        due = check + timedelta(days=rng.choice([15, 30, 45]))
        review = due + timedelta(days=rng.randint(-5, 6))
        closed = review + timedelta(days=rng.randint(1, 10))
        if closed > datetime(2025, 6, 28):
            closed = None
        report = (review + timedelta(days=rng.randint(1, 5))).date() if source in referred and closed else None
        r = Case({"登记编号": f"镇质投〔2025〕{i + 1:03d}号", "来件时间": recv,
                  "投诉方式": pick(rng, [("来访", 4), ("来电", 3), ("来信", 2), ("电子邮件", 1)]), "来源": source,
                  "投诉人": pick(rng, [("张先生", 1), ("王女士", 1), ("李先生", 1), ("陈女士", 1), ("刘先生", 1), ("周女士", 1)]),
                  "联系电话": f"1{rng.choice([3, 5, 8])}{rng.randint(100000000, 999999999)}",
                  "工程名称": name, "房号/部位": f"{rng.randint(1, 28)}幢{rng.randint(1, 3)}单元{rng.randint(1, 26)}0{rng.randint(1, 4)}室",
                  "所属辖区": district, "建设单位": developer, "施工单位": builder,
                  "是否已与建设单位联系": "是", "向建设单位报修日期": (day - timedelta(days=rng.randint(7, 90))).date(),
                  "建设单位处理情况": pick(rng, [("拒不维修", 3), ("逾期未修", 3), ("维修不彻底", 3), ("未予答复", 2), ("已维修", 0.5)]),
                  "问题类别": pick(rng, [("渗漏", 5), ("墙体裂缝", 3), ("地面空鼓", 2), ("门窗", 1), ("给排水", 1), ("外墙保温脱落", 0.5),
                                     ("其他", 0.5)]),
                  "问题摘要": pick(rng, [("卫生间渗水至楼下", 2), ("外墙雨后渗水", 2), ("客厅墙面斜向裂缝", 1), ("地砖空鼓起拱", 1),
                                     ("铝合金窗渗水", 1), ("外墙保温层大面积脱落", 0.5)]),
                  "受理时间": accept, "承办单位": office, "承办人": pick(rng, [("徐工", 1), ("朱工", 1), ("殷工", 1), ("蒋工", 1)]),
                  "现场核查日期": check.date(), "整改通知书编号": f"镇质整〔2025〕{rng.randint(10, 399)}号" if rng.random() > 0.2 else "",
                  "限期整改日期": due.date(), "复查日期": review.date() if closed else None,
                  "处理结果": pick(rng, [("已修复", 5), ("调解结案", 2), ("部分修复，继续督促", 1)]) if closed else "",
                  "答复投诉人日期": (review + timedelta(days=rng.randint(0, 3))).date() if closed else None,
                  "反馈交办单位日期": report, "结案日期": closed.date() if closed else None,
                  "备注": pick(rng, [("", 8), ("投诉人要求赔偿，已告知另行协商", 1), ("已约谈建设单位", 1)])})
        rows.append(r)

    def some(k, cond=lambda r: True):                                     # k cases drawn at random among those that can show it
        return rng.sample([r for r in rows if cond(r)], k)

    for r in some(2):
        r["是否已与建设单位联系"], r["向建设单位报修日期"], r["建设单位处理情况"] = "否", None, ""   # came straight to the station
    for r in some(1, lambda r: r["向建设单位报修日期"]):
        r["向建设单位报修日期"] = None                                      # said yes, no date written
    for r in some(2, lambda r: r["向建设单位报修日期"]):
        r["向建设单位报修日期"] = (r["来件时间"] + timedelta(days=rng.randint(2, 20))).date()   # 报修 after the complaint
    for r in some(2):
        r["建设单位处理情况"] = "协商中"                                      # still negotiating with the developer
    for r in some(2):
        r["投诉方式"] = "微信公众号"                                          # a channel the 办法 does not name
    for r in some(1, lambda r: r["来源"] == "直接受理"):
        r["来源"] = "不详"
    for r in some(2):
        r["受理时间"] = r["来件时间"] - timedelta(days=rng.randint(1, 4), minutes=rng.randint(0, 300))  # 受理 before 来件
    for r in some(2):
        r["承办单位"], r["承办人"] = "转开发商处理", ""                       # passed to the developer instead of accepted
    for r in some(2, lambda r: r["反馈交办单位日期"]):
        r["反馈交办单位日期"] = None                                        # closed, the referring body never told
    for r in some(2, lambda r: r["反馈交办单位日期"]):
        r["反馈交办单位日期"] = (r["受理时间"] - timedelta(days=rng.randint(1, 3))).date()   # 反馈 dated before 受理
    rows[41]["登记编号"] = rows[40]["登记编号"]                                 # one number entered twice
    hand = {"procedure": "s31-zhenjiang-building-quality-complaints",
            "columns": {"登记编号": "case_number", "来件时间": "complain_at", "投诉方式": "channel", "来源": "referred_by_superior",
                        "向建设单位报修日期": "contact_developer_at", "建设单位处理情况": "developer_fulfilled_warranty",
                        "受理时间": "accept_at", "承办单位": "accept_by", "反馈交办单位日期": "report_back_at",
                        "结案日期": "closed_at"},
            "values": {"channel": {"来信": "letter", "来电": "phone", "来访": "visit", "电子邮件": "email"},
                       "referred_by_superior": {"直接受理": "no", "12345转办": "yes", "市住建局交办": "yes", "省住建厅转办": "yes"},
                       "developer_fulfilled_warranty": {"拒不维修": "no", "逾期未修": "no", "维修不彻底": "no", "未予答复": "no",
                                                        "已维修": "yes"}},
            "roles": {"市质监站投诉科": "complaint_office", "市质监站监督一科": "complaint_office",
                      "市质监站监督二科": "complaint_office", "市住建局质安处": "city_authority",
                      "京口区住建局": "district_authority", "润州区住建局": "district_authority",
                      "丹徒区住建局": "district_authority", "丹阳市住建局": "district_authority",
                      "句容市住建局": "district_authority", "扬中市住建局": "district_authority",
                      "转开发商处理": "developer"}}
    return rows, hand


def e25_s32(rng):
    """S32 quality anomaly handling (YCCL-2012), CSV GBK, a plant's 品质异常单 ledger filtered to customer complaints (2025/3/4 9:12)."""
    customers = [("苏州科达电子", 3), ("宁波欧诺电器", 2), ("东莞立信五金", 2), ("厦门宏发精密", 1)]

    def shift(t):                                                         # an act done at night is logged next morning
        if 8 <= t.hour < 21:
            return t
        day = t + timedelta(days=1) if t.hour >= 21 else t
        return day.replace(hour=rng.randint(8, 10), minute=rng.randint(0, 59))

    rows = []
    seq = {}
    times = sorted((START + timedelta(days=rng.randint(0, 100))).replace(hour=rng.randint(8, 18), minute=rng.randint(0, 59))
                   for _ in range(58))
    for t0 in times:
        seq[f"{t0:%y%m}"] = seq.get(f"{t0:%y%m}", 0) + 1
        kind = pick(rng, [("外观不良", 4), ("结构不良", 2.5), ("功能不良", 2.5), ("制程异常", 1.5), ("来料不良", 1)])
        defect = {"外观不良": "外观", "结构不良": "结构", "功能不良": "功能"}.get(kind) or pick(rng, [("外观", 1), ("结构", 1), ("功能", 1)])
        confirm = shift(t0 + timedelta(hours=rng.uniform(2, 30)))
        analyse = shift(confirm + timedelta(hours=rng.uniform(4, 72)))
        execute = shift(analyse + timedelta(hours=rng.uniform(2, 48)))
        effect = shift(execute + timedelta(days=rng.uniform(1, 5)))
        reply = shift(analyse + timedelta(days=rng.uniform(0.5, 4)))
        closed = shift(max(effect, reply) + timedelta(days=rng.uniform(1, 6)))
        if defect in ("结构", "功能"):
            analyst_dept = "技术部" if rng.random() > 0.12 else "工艺部"
        else:
            analyst_dept = pick(rng, [("质控部", 3), ("技术部", 1)])
        qty = rng.choice([200, 500, 1000, 2000, 5000])
        bad = max(1, int(qty * rng.uniform(0.004, 0.08)))
        r = Case({"异常单号": f"YC{t0:%y%m}{seq[f'{t0:%y%m}']:03d}", "异常来源": pick(rng, [("客户抱怨", 3), ("客户退货", 1)]),
                  "发现时间": t0, "提出部门": "业务部", "提出人": pick(rng, [("林晓", 1), ("郑凯", 1), ("方媛", 1)]),
                  "客户名称": pick(rng, customers), "产品型号": pick(rng, [("KT-2208", 2), ("KT-3516A", 1), ("HX-120", 1), ("DZ-45B", 1)]),
                  "批号": f"{t0 - timedelta(days=rng.randint(10, 40)):%y%m%d}-{rng.randint(1, 3):02d}",
                  "抽检数": qty, "不良数": bad, "不良率": f"{bad / qty:.1%}",
                  "异常类别": kind, "不良类型": defect,
                  "不良描述": pick(rng, [("外壳划伤", 1), ("卡扣断裂", 1), ("上电无显示", 1), ("尺寸超差装配不上", 1), ("按键失灵", 1),
                                     ("丝印偏移", 1)]),
                  "判定时间": confirm, "判定部门": "质控部",
                  "分析部门": analyst_dept, "分析人": pick(rng, [("高工", 1), ("严工", 1), ("彭工", 1)]),
                  "临时对策": pick(rng, [("库存全检挑选", 2), ("增加首件检验", 1), ("更换模具镶件", 1), ("调整焊接参数", 1)]),
                  "对策提出时间": analyse, "执行部门": pick(rng, [("生产一部", 3), ("生产二部", 2), ("装配车间", 2)]),
                  "执行时间": execute, "效果确认人": pick(rng, [("刘敏", 2), ("陈静", 2), ("周涛", 1)]), "确认时间": effect,
                  "不良品处理": pick(rng, [("返工", 3), ("挑选", 2), ("报废", 1), ("特采", 0.5), ("退货换新", 1)]),
                  "回复部门": "业务部", "客户回复时间": reply, "结案时间": closed if closed < datetime(2025, 6, 28) else None,
                  "是否重复发生": pick(rng, [("否", 9), ("是", 1)])})
        rows.append(r)

    def some(k, cond=lambda r: True):                                     # k cases drawn at random among those that can show it
        return rng.sample([r for r in rows if cond(r)], k)

    for r in some(2):
        r["提出部门"] = "质控部"                                            # QC logged the customer complaint itself
    for r in some(2):
        r["判定部门"] = "技术部"                                            # defect ruled on by engineering
    for r in some(2, lambda r: r["不良类型"] in ("结构", "功能")):
        r["分析部门"] = pick(rng, [("质控部", 1), ("生产一部", 1)])          # structural/functional not analysed by 技术部
    for r in some(2):
        r["执行部门"] = pick(rng, [("质控部", 1), ("技术部", 1)])            # countermeasure not carried out by production
    for r in some(2):
        r["效果确认人"] = "王建国"                                          # the line foreman signed off the effect
    for r in some(2):
        r["回复部门"] = "质控部"                                            # QC answered the customer directly
    for r in some(2, lambda r: r["异常类别"] in ("外观不良", "制程异常", "来料不良")):
        r["不良类型"] = "包装"                                              # a defect type outside 外观/结构/功能
    for r in some(2):
        r["异常类别"] = "其他"
    for r in some(2):
        r["判定时间"] = r["发现时间"] - timedelta(hours=rng.uniform(1, 20))   # QC ruled before the complaint was received
    for r in some(2):
        r["对策提出时间"] = r["发现时间"] - timedelta(hours=rng.uniform(1, 20))  # countermeasure dated before the complaint
    for r in some(2):
        r["客户回复时间"] = r["对策提出时间"] - timedelta(hours=rng.uniform(2, 24))  # customer answered before the analysis
    for r in some(2):
        r["确认时间"] = r["执行时间"] - timedelta(hours=rng.uniform(2, 30))    # effect confirmed before it was carried out
    for r in some(3, lambda r: r["回复部门"] == "业务部"):
        r["回复部门"], r["客户回复时间"], r["结案时间"] = "", None, None       # analysed, the customer never answered
    for r in rows:
        for h in ("发现时间", "判定时间", "对策提出时间", "执行时间", "确认时间", "客户回复时间", "结案时间"):
            r[h] = slash(r[h]) if r[h] else ""
    rows[33]["异常单号"] = rows[32]["异常单号"]                                 # a number reused by hand
    hand = {"procedure": "s32-quality-anomaly-handling-yccl", "encoding": "gbk",
            "columns": {"异常单号": "case_number", "发现时间": "receive_at", "提出部门": "receive_by", "异常类别": "category",
                        "不良类型": "defect_type", "判定时间": "confirm_at", "判定部门": "confirm_by", "分析部门": "analyse_by",
                        "对策提出时间": "analyse_at", "执行部门": "execute_by", "执行时间": "execute_at",
                        "效果确认人": "confirm_effect_by", "确认时间": "confirm_effect_at", "回复部门": "reply_by",
                        "客户回复时间": "reply_at"},
            "values": {"category": {"外观不良": "product_quality_anomaly", "结构不良": "product_quality_anomaly",
                                    "功能不良": "product_quality_anomaly", "制程异常": "process_anomaly",
                                    "来料不良": "process_anomaly"},
                       "defect_type": {"外观": "appearance", "结构": "structural", "功能": "functional"}},
            "roles": {"业务部": "sales", "质控部": "quality_control", "技术部": "technical", "工艺部": "other_departments",
                      "生产一部": "production", "生产二部": "production", "装配车间": "production",
                      "刘敏": "quality_control", "陈静": "quality_control", "周涛": "quality_control", "王建国": "production"}}
    return rows, hand


def e26_s2(rng):
    """S2 Wangdi appliance after-sales, CSV UTF-8 with BOM, the after-sales service register (Chinese dates, 2025年3月4日 09:12)."""
    desk = [("张丽", 3), ("李娜", 3), ("黄晓雯", 2), ("陈洁", 2)]

    def shift(t):                                                         # the service desk works 8:00-21:00
        if 8 <= t.hour < 21:
            return t
        day = t + timedelta(days=1) if t.hour >= 21 else t
        return day.replace(hour=rng.randint(8, 10), minute=rng.randint(0, 59))

    models = {"电饭煲": "FB-40A", "电磁炉": "DC-2105", "电水壶": "SH-17", "电风扇": "FS-1608", "豆浆机": "DJ-12"}
    rows = []
    times = sorted((START + timedelta(days=rng.randint(0, 105))).replace(hour=rng.randint(8, 20), minute=rng.randint(0, 59))
                   for _ in range(70))
    for i, t0 in enumerate(times):
        kind = pick(rng, [("维修", 4), ("投诉", 3), ("咨询", 2), ("建议", 0.6)])
        first = shift(t0 + timedelta(minutes=rng.uniform(10, 240)))
        done = shift(t0 + timedelta(days=rng.uniform(0.2, 7))) if kind != "咨询" else first
        revisit = shift(done + timedelta(days=rng.uniform(1, 10))) if kind in ("维修", "投诉") and rng.random() > 0.2 else None
        if revisit and revisit > datetime(2025, 6, 28):
            revisit = None
        memo = kind in ("投诉", "建议") and rng.random() < 0.55
        product = pick(rng, [("电饭煲", 3), ("电磁炉", 2), ("电水壶", 2), ("电风扇", 1.5), ("豆浆机", 1)])
        r = Case({"服务单号": f"WD-FW-{t0:%y%m}-{i + 1:04d}", "受理时间": cn(t0),
                  "受理渠道": pick(rng, [("服务热线", 5), ("网站留言", 1.5), ("电子邮箱", 0.8), ("门店", 1.5), ("经销商转来", 1), ("微信公众号", 1)]),
                  "受理人": pick(rng, desk),
                  "客户姓名": pick(rng, [("罗先生", 1), ("梁女士", 1), ("谢先生", 1), ("邓女士", 1), ("冯先生", 1)]),
                  "联系电话": f"13{rng.randint(100000000, 999999999)}",
                  "所在地区": pick(rng, [("佛山市顺德区", 3), ("广州市番禺区", 2), ("中山市", 1), ("江门市", 1)]),
                  "产品名称": product, "型号": models[product],
                  "购买日期": cn_date(t0 - timedelta(days=rng.randint(15, 700))),
                  "类别": kind,
                  "内容摘要": {"维修": pick(rng, [("不加热", 1), ("显示E3故障", 1), ("开关失灵", 1)]),
                           "投诉": pick(rng, [("上门维修超时未到", 1), ("维修后又坏", 1), ("新机外壳开裂", 1)]),
                           "咨询": pick(rng, [("保修期多久", 1), ("配件购买", 1)]),
                           "建议": pick(rng, [("希望增加预约功能", 1), ("说明书字太小", 1)])}[kind],
                  "处理部门": pick(rng, [("售后服务部", 4), ("售后维修组", 3), ("上门服务组", 2)]), "首次反馈时间": cn(first),
                  "处理结果": {"维修": "已上门维修", "投诉": pick(rng, [("更换新机", 1), ("维修并致歉", 1)]), "咨询": "电话解答",
                           "建议": "已记录转相关部门"}[kind],
                  "完成时间": cn(done) if done < datetime(2025, 6, 28) else "",
                  "回访时间": cn(revisit) if revisit else "", "回访人": pick(rng, [("吴敏", 3), ("张丽", 1)]) if revisit else "",
                  "满意度": pick(rng, [("非常满意", 3), ("满意", 4), ("一般", 1), ("不满意", 0.5)]) if revisit else "",
                  "重点客户": "是" if rng.random() < 0.1 else "否",
                  "联络单发出时间": cn(shift(first + timedelta(hours=rng.uniform(2, 30)))) if memo else "",
                  "发出部门": "售后服务部" if memo else "",
                  "接收部门": pick(rng, [("技术部", 2), ("品质部", 2), ("生产部", 1), ("销售部", 1)]) if memo else ""})
        rows.append(r)

    def some(k, cond=lambda r: True):                                     # k cases drawn at random among those that can show it
        return rng.sample([r for r in rows if cond(r)], k)

    for r in some(3, lambda r: r["受理渠道"] in ("门店", "经销商转来")):
        r["受理人"] = "何强"                                                # the shop's salesman took it himself
    for r in some(3, lambda r: r["类别"] != "咨询"):
        r["处理部门"] = pick(rng, [("技术部", 1), ("销售部", 1), ("品质部", 1)])   # handled outside after-sales
    for r in some(2, lambda r: r["回访人"]):
        r["回访人"] = "孙浩"                                                # a salesman made the return call
    for r in some(2, lambda r: r["发出部门"]):
        r["发出部门"] = pick(rng, [("销售部", 1), ("品质部", 1)])            # the memo went out from another department
    rows[57]["服务单号"] = rows[56]["服务单号"]                                 # the same service number entered twice
    hand = {"procedure": "s2-wangdi-after-sales-service",
            "columns": {"服务单号": "case_number", "受理时间": "collect_at", "受理人": "collect_by", "处理部门": "handle_by",
                        "完成时间": "handle_at", "回访时间": "revisit_at", "回访人": "revisit_by",
                        "联络单发出时间": "feedback_at", "发出部门": "feedback_by"},
            "roles": {"售后服务部": "after_sales", "售后维修组": "after_sales", "上门服务组": "after_sales",
                      "张丽": "after_sales", "李娜": "after_sales", "黄晓雯": "after_sales", "陈洁": "after_sales",
                      "吴敏": "after_sales", "何强": "related_departments", "孙浩": "related_departments",
                      "技术部": "related_departments", "销售部": "related_departments", "品质部": "related_departments"}}
    return rows, hand


def e27_s5(rng):
    """S5 tourism company visitor complaints, XLSX, the company office's 游客投诉登记台账 (date cells)."""
    def minute(t):                                                         # an office act: whole minutes, 8:00-18:59
        t = t.replace(second=0, microsecond=0)
        return t if 8 <= t.hour < 19 else (t + timedelta(hours=12)).replace(hour=rng.randint(8, 10))

    cases = []
    for _ in range(64):
        day = START + timedelta(days=rng.randint(0, 100))
        t0 = minute(day.replace(hour=rng.randint(8, 19), minute=rng.randint(0, 59)))
        way = pick(rng, [("400热线", 6), ("QQ在线", 2), ("来访", 2), ("来信", 0.4), ("电子邮件", 0.4)])
        target = pick(rng, [("农耕园", 4), ("旅行社", 3), ("营销部", 1.5), ("餐饮部", 1.5), ("票务中心", 1)])
        receiver = pick(rng, [("400热线", 1), ("办公室", 1)]) if way == "400热线" else "办公室"
        if way == "来访" and rng.random() < 0.3:                           # taken at a department's own counter
            receiver = pick(rng, [("农耕园游客中心", 2), ("旅行社门市部", 1)])
        name = pick(rng, [("张先生", 1), ("王女士", 1), ("李先生", 1), ("刘女士", 1), ("陈先生", 1), ("杨女士", 1)])
        contact = (f"QQ {rng.randint(10000000, 999999999)}" if way == "QQ在线"
                   else f"1{rng.choice([3, 5, 8])}{rng.randint(100000000, 999999999)}")
        on_spot = rng.random() < 0.2
        transfer = transfer_by = None
        if not on_spot:
            transfer = minute(t0 + timedelta(hours=rng.uniform(0.2, 5)))
            transfer_by = receiver if receiver in ("农耕园游客中心", "旅行社门市部") else "办公室"
            if rng.random() < 0.04:
                transfer_by = "营销部"                                      # a marketing staffer forwarded it himself
            if rng.random() < 0.035:                                       # logged a day late, dated at entry
                transfer = (t0 - timedelta(days=1)).replace(hour=rng.randint(16, 18), minute=rng.randint(0, 59))
        done = minute((transfer or t0) + timedelta(hours=rng.uniform(1, 100))) if not on_spot else minute(t0 + timedelta(hours=rng.uniform(0.2, 2)))
        if done > START + timedelta(days=118) and rng.random() < 0.5:
            done = None
        reply = minute(done + timedelta(hours=rng.uniform(0.5, 24))) if done else None
        revisit = minute(reply + timedelta(days=rng.uniform(1, 6))) if reply and rng.random() < 0.7 else None
        cases.append(Case({
            "登记编号": "", "投诉时间": t0, "投诉方式": way, "游客姓名": name, "联系电话": contact,
            "团号/游览项目": pick(rng, [(f"YL{t0:%m%d}-{rng.randint(1, 9):02d}团", 3), ("农耕园门票", 2), ("采摘体验", 1),
                                    ("亲子农事课", 1), ("", 0.5)]),
            "被投诉部门": target,
            "投诉内容": {"农耕园": pick(rng, [("采摘区开放时间与宣传不符", 1), ("园内观光车长时间不来", 1), ("工作人员态度生硬", 1)]),
                     "旅行社": pick(rng, [("导游擅自增加购物点", 1), ("行程临时变更未告知", 1), ("酒店标准低于合同", 1)]),
                     "营销部": pick(rng, [("团购券无法使用", 1), ("优惠活动规则解释不清", 1)]),
                     "餐饮部": pick(rng, [("农家菜分量不足", 1), ("上菜太慢", 1), ("餐具不洁", 1)]),
                     "票务中心": pick(rng, [("退票手续费过高", 1), ("网上购票未出票", 1)])}[target],
            "游客要求": pick(rng, [("退还差价", 2), ("书面道歉", 1), ("给予说法", 2), ("赔偿损失", 1), ("", 1)]),
            "接待人": receiver, "转办时间": transfer, "转办经办人": transfer_by or "",
            "承办部门": "" if on_spot else target,
            "处理结果": (("现场致歉并退还差价" if way == "来访" else "当即解释说明，游客表示理解") if on_spot else pick(rng, [("已致歉，退还差价", 3), ("已向游客解释说明", 2),
                                                                   ("责任人已批评教育", 1), ("赠送门票一张", 1)])) if done else "",
            "处理完成时间": done, "答复游客时间": reply, "回访时间": revisit,
            "回访人": (target if target in ("农耕园", "旅行社", "营销部") and rng.random() < 0.3 else "办公室") if revisit else "",
            "游客满意度": pick(rng, [("满意", 6), ("基本满意", 2), ("不满意", 1)]) if revisit else "",
            "备注": pick(rng, [("", 8), ("游客要求保密", 0.5), ("已电话致歉", 1)])}))
    cases.sort(key=lambda r: r["投诉时间"])
    rows = []
    for i, r in enumerate(cases):
        r["登记编号"] = f"YLTS-2025-{i + 1:03d}"
        if rows and rng.random() < 0.03:
            r["登记编号"] = rows[-1]["登记编号"]                          # number copied down from the row above
        rows.append(r)
    hand = {"procedure": "s5-yonglian-tourist-complaints",
            "columns": {"登记编号": "case_number", "投诉时间": "receive_at", "接待人": "receive_by",
                        "转办时间": "transfer_at", "转办经办人": "transfer_by", "回访时间": "revisit_at",
                        "回访人": "revisit_by"},
            "roles": {"办公室": "office", "400热线": "office", "农耕园游客中心": "tourism_departments",
                      "旅行社门市部": "tourism_departments", "营销部": "tourism_departments",
                      "农耕园": "tourism_departments", "旅行社": "tourism_departments"}}
    return rows, hand


def e28_s30(rng):
    """S30 Tianyi Space complaints, CSV UTF-8 with BOM, the operations centre's English-headed ticket system (compact dates)."""
    group_channels = ("Group Hotline 4008810000", "Group Web Hall", "Web Media", "Weibo")
    rows = []
    seq = {}
    starts = sorted(START + timedelta(minutes=rng.randint(0, 60 * 24 * 100)) for _ in range(72))
    for t0 in starts:
        channel = pick(rng, [("10000 Hotline", 8), ("Retail Store", 2), ("Web Hall", 2), ("Online CS", 3), ("Wenba", 1),
                             ("Group Hotline 4008810000", 2.5), ("Group Web Hall", 1), ("Web Media", 0.5), ("Weibo", 1)])
        if rng.random() < 0.04:
            channel = "Mobile App"                                         # 掌厅, not among the procedure's channels
        level = "Group" if channel in group_channels else "Provincial"
        if rng.random() < 0.04:
            level = "Unclassified"                                         # left at the system default
        validity, reason = "Valid", ""
        if rng.random() < 0.15:
            validity = "Invalid"
            reason = pick(rng, [("Anonymous", 1), ("Non-customer", 1), ("Unverifiable", 2), ("No contact info", 1), ("Out of scope", 2)])
        status = "Closed"
        if rng.random() < 0.05:
            validity, status = "Pending", "Open"                           # not yet classified
        day = t0.strftime("%Y%m%d")
        seq[day] = seq.get(day, 0) + 1
        accept = t0 + timedelta(minutes=rng.uniform(1, 30))
        contact = accept + timedelta(hours=rng.uniform(0.5, 20))
        resolved = contact + timedelta(days=rng.uniform(0.3, 5))
        if resolved > START + timedelta(days=118):
            status = "Open"
        closed = resolved + timedelta(days=rng.uniform(0, 2))
        callback = closed + timedelta(days=rng.uniform(0.2, 2)) if status == "Closed" and rng.random() < 0.6 else None
        kind = pick(rng, [("Billing Dispute", 3), ("App Malfunction", 3), ("Unsubscribe Failure", 2), ("Content Quality", 1),
                          ("Service Attitude", 1)])
        r = Case({"Ticket ID": f"TYKJ{day}{seq[day]:04d}", "Created Time": compact(t0), "Channel": channel,
                  "Channel Level": level, "Complaint Type": kind, "Validity": validity, "Invalid Reason": reason,
                  "Customer Name": "" if reason == "Anonymous" else pick(rng, [("张**", 1), ("李**", 1), ("王**", 1), ("赵**", 1)]),
                  "MSISDN": "" if reason in ("Anonymous", "No contact info") else f"1{rng.choice([33, 53, 73, 77, 80, 81, 89, 99])}{rng.randint(10000000, 99999999)}",
                  "Province": pick(rng, [("Jiangsu", 2), ("Guangdong", 2), ("Shanghai", 1), ("Zhejiang", 1), ("Sichuan", 1), ("Hubei", 1)]),
                  "Product": pick(rng, [("App Store", 3), ("Games", 2), ("Reading", 1.5), ("Music", 1), ("Video", 1)]),
                  "Description": {"Billing Dispute": "Charged for app subscription not ordered",
                                  "App Malfunction": pick(rng, [("Client crashes on start", 1), ("Download fails at 99%", 1)]),
                                  "Unsubscribe Failure": "Still billed after unsubscribing",
                                  "Content Quality": "Purchased e-book chapters missing",
                                  "Service Attitude": "Hotline agent hung up"}[kind],
                  "Assigned Group": pick(rng, [("Ops Center L2", 4), ("Product Team", 2), ("SP Partner", 1.5), ("Province CS", 1)]),
                  "Accept Time": compact(accept), "First Contact Time": compact(contact),
                  "Resolved Time": compact(resolved) if status == "Closed" else "",
                  "Closed Time": compact(closed) if status == "Closed" else "",
                  "Callback Time": compact(callback) if callback else "",
                  "Satisfaction": pick(rng, [("Satisfied", 6), ("Neutral", 2), ("Dissatisfied", 1)]) if callback else "",
                  "Escalated (Y/N)": pick(rng, [("N", 9), ("Y", 1)]), "Status": status})
        rows.append(r)
    exported = []
    for r in rows:
        exported.append(r)
        if rng.random() < 0.025:                                           # a reopened ticket exported twice
            again = Case(r, Status="Open")
            again["Resolved Time"] = again["Closed Time"] = again["Callback Time"] = again["Satisfaction"] = ""
            exported.append(again)
    rows = exported
    hand = {"procedure": "s30-telecom-tianyi-space-complaints",
            "columns": {"Ticket ID": "case_number", "Channel": "channel", "Channel Level": "channel_level",
                        "Validity": "validity"},
            "values": {"channel": {"10000 Hotline": "hotline_10000", "Retail Store": "business_hall", "Web Hall": "online_hall",
                                   "Online CS": "online_service", "Wenba": "wenba", "Group Hotline 4008810000": "group_hotline",
                                   "Group Web Hall": "group_online_hall", "Web Media": "web_media", "Weibo": "weibo"},
                       "channel_level": {"Provincial": "provincial", "Group": "group"},
                       "validity": {"Valid": "valid", "Invalid": "invalid"}}}
    return rows, hand


def e29_s8(rng):
    """S8 ZRMS3003 customer complaints, CSV GBK, a manufacturer's 客户投诉处理登记表 (dotted dates)."""
    rows = []
    days = sorted(START + timedelta(days=rng.randint(0, 110)) for _ in range(48))
    for i, day in enumerate(days):
        t0 = day.replace(hour=rng.randint(8, 17), minute=rng.randint(0, 59))
        way = pick(rng, [("电话", 5), ("E-mail", 3), ("书面", 1.5), ("传真", 0.5)])
        if rng.random() < 0.04:
            way = "微信"                                                   # not a channel the procedure names
        kind = pick(rng, [("产品质量", 7), ("退货", 2.5)])
        if rng.random() < 0.07:
            kind = pick(rng, [("交期", 1), ("服务", 1)])                   # beyond the quality scope the procedure lists
        returned = "是" if kind == "退货" or (kind == "产品质量" and rng.random() < 0.2) else "否"
        investigate = t0 + timedelta(days=rng.uniform(0.3, 3))
        measure = investigate + timedelta(days=rng.uniform(0.5, 4))
        approve = measure + timedelta(days=rng.uniform(0, 2))
        follow = approve + timedelta(days=rng.uniform(5, 20))
        due = t0 + timedelta(days=30)
        closed = follow + timedelta(days=rng.uniform(0, 3)) if rng.random() > 0.1 else None
        if closed and closed > START + timedelta(days=118):
            closed = None
        late = (closed or START + timedelta(days=118)) > due
        qty = rng.choice([50, 120, 200, 500, 1000, 2400])
        r = Case({"客诉编号": f"KS{t0:%y%m}-{i + 1:03d}", "受理日期": dotted(t0),
                  "客户名称": pick(rng, [("苏州恒达电子", 2), ("宁波精工五金", 2), ("东莞华鑫塑胶", 1), ("上海联拓机电", 1)]),
                  "投诉方式": way, "投诉类别": kind, "是否退货": returned,
                  "产品型号": pick(rng, [("ZR-220A", 2), ("ZR-350B", 1), ("ZR-M12", 1)]),
                  "批号": f"L{(t0 - timedelta(days=rng.randint(10, 60))):%y%m%d}-{rng.randint(1, 6):02d}", "数量": qty,
                  "投诉内容": {"产品质量": pick(rng, [("外观划伤", 2), ("尺寸超差", 2), ("来料混料", 1), ("功能测试不良", 1)]),
                           "退货": pick(rng, [("批量不良整批退货", 1), ("包装破损退货", 1)]),
                           "交期": "交货延期一周", "服务": "业务员回复不及时"}[kind],
                  "受理人": pick(rng, [("业务部", 8), ("客服组", 2)]),
                  "调查部门": "品质部" if kind in ("产品质量", "退货") else "业务部",
                  "调查完成日期": investigate.strftime("%Y.%m.%d"),
                  "改善对策": pick(rng, [("增加全检工序", 2), ("修改模具", 1), ("更换供应商", 1), ("加强出货检验", 2)])
                  if kind in ("产品质量", "退货") else {"交期": "调整排产计划", "服务": "业务员回复时限纳入考核"}[kind],
                  "对策提出日期": measure.strftime("%Y.%m.%d"),
                  "核决人": pick(rng, [("部门经理", 5), ("副总经理", 2), ("总经理", 1)]) if qty < 1000 else pick(rng, [("副总经理", 1), ("总经理", 1)]),
                  "核决日期": approve.strftime("%Y.%m.%d"),
                  "追踪结果": pick(rng, [("连续三批无异常", 4), ("仍有少量不良，继续追踪", 1)]) if closed else "追踪中",
                  "追踪日期": follow.strftime("%Y.%m.%d") if follow < START + timedelta(days=118) else "",
                  "责任部门": pick(rng, [("生产部", 4), ("品质部", 2), ("采购部", 1.5), ("仓储部", 1)]),
                  "责任处理": pick(rng, [("通报批评", 2), ("扣当月绩效", 2), ("无", 3)]),
                  "处理期限": due.strftime("%Y.%m.%d"), "结案日期": closed.strftime("%Y.%m.%d") if closed else "",
                  "是否逾期": "是" if late else "否",
                  "逾期原因": pick(rng, [("等待客户确认", 2), ("供应商改善周期长", 1), ("需连续追踪三批", 2)]) if late else ""})
        if rows and rng.random() < 0.02:
            r["客诉编号"] = rows[-1]["客诉编号"]                          # number re-used for a second complaint
        rows.append(r)
    hand = {"procedure": "s8-zrms3003-complaint-management", "encoding": "gbk",
            "columns": {"客诉编号": "case_number", "投诉方式": "channel", "投诉类别": "category"},
            "values": {"channel": {"电话": "phone", "书面": "written", "传真": "written", "E-mail": "email"},
                       "category": {"产品质量": "product_quality_defect", "退货": "product_quality_defect"}}}
    return rows, hand


def e30_l1(rng, injected=None):
    """Online shop's after-sales/complaint tickets under the 消费者权益保护法 (CSV UTF-8 with BOM, ISO times 2025-03-04 09:12:00)."""
    note = injected.append if injected is not None else (lambda item: None)

    def hours(t, start=8, end=22):   # people work from `start` to `end`; automatic refunds do not
        if t.hour < start:
            return t.replace(hour=start)
        return t if t.hour < end else (t + timedelta(days=1)).replace(hour=start)

    goods = {
        "大家电": [("滚筒洗衣机10kg", 2899), ("双开门冰箱", 3599), ("55英寸液晶电视", 2499), ("挂式空调1.5匹", 2199)],
        "小家电": [("电热水壶1.7L", 129), ("油汀电暖器", 299), ("高速吹风机", 399), ("破壁料理机", 459)],
        "手机数码": [("蓝牙降噪耳机", 599), ("智能手表", 899), ("移动电源20000mAh", 149), ("平板电脑10英寸", 1999)],
        "服装鞋包": [("轻薄羽绒服", 459), ("跑步鞋", 369), ("通勤双肩包", 199), ("女士内衣套装", 139)],
        "生鲜食品": [("阳光玫瑰葡萄5斤", 89), ("冷冻牛排套餐", 268), ("鲜活大闸蟹8只", 328)],
        "定制商品": [("定制刻字保温杯", 79), ("定制全家福相册", 168), ("定制尺寸窗帘", 620)],
        "图书音像": [("儿童绘本套装", 198), ("经典老歌黑胶唱片", 268)],
    }
    hazards = [("电热水壶1.7L", "小家电", "底座接线处漏电，买家被电击麻手"),
               ("移动电源20000mAh", "手机数码", "充电时鼓包冒烟"),
               ("油汀电暖器", "小家电", "使用中插头烧焦，有焦糊味"),
               ("高速吹风机", "小家电", "出风口喷火星"),
               ("电热水壶1.7L", "小家电", "干烧保护失灵，壶底熔化"),
               ("移动电源20000mAh", "手机数码", "外壳开裂发烫"),
               ("油汀电暖器", "小家电", "倾倒后未断电，地板烤焦")]
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
    given = ["婷", "伟", "芳", "磊", "静", "洋", "敏", "杰", "丽", "强", "艳", "军", "霞", "涛", "欣怡", "子涵", "浩然", "雨桐"]
    staff = [("客服-小鱼", "客服部"), ("客服-阿杰", "客服部"), ("客服-团团", "客服部"), ("售后-老周", "售后部"),
             ("售后-小陈", "售后部"), ("仓储-大刘", "仓储部"), ("运营-Lily", "运营部")]
    no_reason_desc = {"服装鞋包": ["尺码不合适", "不喜欢颜色", "上身效果不好", "买重复了"],
                      "图书音像": ["买重复了", "家人已买", "不想要了"],
                      "生鲜食品": ["不想要了", "家里没人收，放不住"], "定制商品": ["不想要了", "刻字内容想改"]}
    quality_desc = {"大家电": ["开机无反应", "运行噪音异常大", "到货外观磕碰变形", "使用一周出现故障码"],
                    "小家电": ["通电无反应", "按键失灵", "使用三天后不加热"],
                    "手机数码": ["无法充电", "频繁死机重启", "蓝牙连接频繁断开", "电池续航严重不足"],
                    "服装鞋包": ["开线脱胶", "拉链损坏", "洗后严重褪色", "面料起球严重"],
                    "生鲜食品": ["到货腐烂", "解冻变质有异味", "死蟹多只"],
                    "定制商品": ["刻字内容印错", "尺寸与定制要求不符"],
                    "图书音像": ["缺页破损", "唱片划伤无法播放"]}
    types = (["七天无理由退货"] * 24 + ["质量问题退货"] * 15 + ["换货"] * 7 + ["维修"] * 5 + ["仅退款"] * 5
             + ["投诉(服务)"] * 4 + ["投诉(虚假宣传)"] * 4)
    rng.shuffle(types)
    # which cases carry which violation (indexes into the shuffled list, by kind of case)
    nr = [i for i, t in enumerate(types) if t == "七天无理由退货"]
    ql = [i for i, t in enumerate(types) if t == "质量问题退货"]
    other = [i for i, t in enumerate(types) if t not in ("七天无理由退货", "质量问题退货")]
    picks = rng.sample(nr, 13)
    late_refund, no_receipt, rejected = picks[0:3], picks[3:5], picks[5:7]
    after_7, excluded, confirmed = picks[7:9], picks[9:11], picks[11:12]
    receipt_first = picks[12:13]
    ql_picks = rng.sample(ql, 4)
    no_termination, refund_first, ql_hazard = ql_picks[0:2], ql_picks[2:3], ql_picks[3:4]
    hazard_cases = rng.sample(other, 6) + ql_hazard
    unclassified = rng.sample([i for i in other if i not in hazard_cases], 2)
    pending_safety = rng.sample([i for i in other if i not in hazard_cases + unclassified], 1)
    hz_missing = dict(zip(hazard_cases[:4], ["report", "inform", "measures", "report_before_discover"]))

    last_request = datetime(2025, 6, 22, 18)
    rows_t = []
    for i, kind in enumerate(types):
        signed = START - timedelta(days=10) + timedelta(days=rng.uniform(0, 90), hours=rng.uniform(-6, 8))
        if i in hazard_cases:
            product, cat, desc = hazards[hazard_cases.index(i)]
            price = dict(goods[cat])[product]
        else:
            if kind == "七天无理由退货":
                cat = pick(rng, [("大家电", 2), ("小家电", 2), ("手机数码", 3), ("服装鞋包", 5), ("图书音像", 1)])
            elif kind == "仅退款":
                cat = "生鲜食品"
            elif kind in ("换货", "维修"):
                cat = pick(rng, [("大家电", 3), ("小家电", 2), ("手机数码", 3), ("服装鞋包", 2)])
            else:
                cat = pick(rng, [("大家电", 2), ("小家电", 2), ("手机数码", 2), ("服装鞋包", 2), ("生鲜食品", 1),
                                 ("定制商品", 1)])
            if i in excluded:
                cat = ["生鲜食品", "定制商品"][excluded.index(i)]
            if i in confirmed:
                cat = "服装鞋包"
            product, price = rng.choice(goods[cat])
            if i in confirmed:
                product, price = "女士内衣套装", 139
            if kind == "七天无理由退货":
                desc = rng.choice(no_reason_desc.get(cat, ["拍错型号", "与预期不符，不想要了", "买重复了", "家人已买"]))
            elif kind == "投诉(服务)":
                desc = rng.choice(["客服回复慢，态度差", "承诺赠品未发", "发货超时一周", "快递放驿站未通知"])
            elif kind == "投诉(虚假宣传)":
                desc = rng.choice(["页面写一级能效实际三级", "宣传纯棉实际含涤纶", "标称容量与实测不符", "宣传进口实为国产"])
            elif kind == "仅退款":
                desc = rng.choice(["到货腐烂", "缺斤少两", "解冻变质"])
            else:
                desc = rng.choice(quality_desc[cat])
            if i in pending_safety:
                cat = "大家电"
                product, price = rng.choice(goods[cat])
                desc = "使用时外壳有麻电感，待检测"
        price = round(price * rng.uniform(0.85, 1.0), 2)
        if kind == "七天无理由退货":
            gap = rng.uniform(8.2, 11.5) if i in after_7 + rejected else rng.uniform(0.2, 6.3)
        elif kind == "质量问题退货":
            gap = rng.uniform(10, 30) if i in no_termination else rng.uniform(0.5, 30)
        else:
            gap = rng.uniform(0.3, 60)
        req = min(signed + timedelta(days=gap), last_request - timedelta(hours=rng.uniform(0, 30)))
        req = req.replace(hour=rng.choice([8, 9, 10, 11, 13, 14, 15, 16, 19, 20, 21, 22]), minute=rng.randrange(60),
                          second=rng.randrange(60))
        if req < signed + timedelta(hours=2):
            req = signed + timedelta(hours=rng.uniform(2, 10))
        rows_t.append((req, i, kind, signed, cat, product, price, desc))
    rows_t.sort()
    # one refund still not paid at export time: a request early enough for the 7 days to have run out
    open_refund = rng.sample([r[1] for r in rows_t if r[2] == "七天无理由退货" and r[1] not in picks
                              and r[1] not in hazard_cases and r[0] < datetime(2025, 6, 10)], 1)

    rows = []
    counter = {}
    for req, i, kind, signed, cat, product, price, desc in rows_t:
        day = req.strftime("%Y%m%d")
        counter[day] = counter.get(day, 0) + 1
        no = f"SH{day}{counter[day]:03d}"
        clerk, dept = rng.choice(staff)
        c = Case()
        c["售后单号"] = no
        c["订单号"] = "".join(rng.choice("0123456789") for _ in range(19)).lstrip("0") or "1"
        c["买家昵称"] = rng.choice(["tb", "jd_", "小", "阿", "hello", "momo"]) + "".join(
            rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(rng.randint(5, 9)))
        c["收货人"] = rng.choice(surnames) + rng.choice(given)
        c["联系电话"] = rng.choice(["138", "139", "150", "158", "186", "177", "135"]) + f"{rng.randrange(10**8):08d}"
        c["商品名称"] = product
        c["商品类目"] = "未分类" if i in unclassified else cat
        c["实付金额(元)"] = f"{price:.2f}"
        c["签收时间"] = iso(signed)
        c["申请时间"] = iso(req)
        c["售后类型"] = kind
        c["问题描述"] = desc
        c["商品是否完好"] = ""
        c["下单时确认不退换"] = "是" if (cat in ("定制商品",) and i not in excluded) or i in confirmed else "否"
        c["三包或店铺承诺"] = ""
        c["主管审核意见"] = ""
        hazard = i in hazard_cases
        c["安全隐患"] = "待评估" if i in pending_safety else ("是" if hazard else "否")
        for h in ("隐患确认时间", "上报监管部门时间", "安全告知时间", "下架召回时间"):
            c[h] = ""
        c["处理客服"] = clerk
        c["处理部门"] = dept
        for h in ("退货寄回时间", "仓库签收退货时间", "退款时间", "退款金额(元)"):
            c[h] = ""
        c["运费承担"] = ""
        c["处理结果"] = ""
        c["驳回原因"] = ""
        c["赔偿金额(元)"] = ""
        c["是否升级投诉"] = "否"
        c["升级时间"] = ""
        reply = hours(later(req, rng, 0.1, 20))
        c["回复买家时间"] = iso(reply)
        end = reply

        if hazard:
            found = hours(later(req, rng, 2, 30))
            report = hours(later(found, rng, 1, 20))
            if hz_missing.get(i) == "report_before_discover":
                report = (found - timedelta(days=1)).replace(hour=rng.randint(9, 20))   # the day keyed wrong
                note((no, "CK106 discover_defect-report_defect"))
            inform = hours(later(found, rng, 0.5, 10))
            measures = hours(later(found, rng, 0.5, 12))
            c["隐患确认时间"] = iso(found)
            c["上报监管部门时间"] = "" if hz_missing.get(i) == "report" else iso(report)
            c["安全告知时间"] = "" if hz_missing.get(i) == "inform" else iso(inform)
            c["下架召回时间"] = "" if hz_missing.get(i) == "measures" else iso(measures)
            if hz_missing.get(i) in ("report", "inform", "measures"):
                rule = {"report": "dangerous_defect_report", "inform": "dangerous_defect_inform_consumer",
                        "measures": "dangerous_defect_measures"}[hz_missing[i]]
                note((no, f"CK101 {rule}"))
            end = max(end, found, measures if c["下架召回时间"] else found)
        if i in pending_safety:
            note((no, "CK102 defect_endangers_safety (待评估)"))
        if i in unclassified:
            note((no, "CK102 goods_type (未分类)"))

        if i in rejected:
            c["处理结果"] = "驳回"
            c["驳回原因"] = "已超过签收后七天，不支持无理由退货"
        elif kind in ("七天无理由退货", "质量问题退货"):
            c["商品是否完好"] = "是" if kind == "七天无理由退货" else rng.choice(["是", "否"])
            c["运费承担"] = "买家承担" if kind == "七天无理由退货" else "卖家承担"
            if kind == "质量问题退货":
                c["三包或店铺承诺"] = "有" if cat in ("大家电", "手机数码") and i not in no_termination else "无"
                if (req - signed).days >= 7 and c["三包或店铺承诺"] == "无":
                    c["主管审核意见"] = "只换修" if i in no_termination else "可退货"
                if i in no_termination:
                    note((no, "CK105 quality_after_7_days_no_termination"))
            sent = later(req, rng, 3, 60)
            got = hours(later(sent, rng, 20, 72), 8, 18)
            refund = later(got, rng, 1, 60)
            if i in late_refund:
                refund = got + timedelta(days=rng.uniform(10.5, 16))
                note((no, "CK104 refund_7_days (late)"))
            if i in receipt_first:
                got = req - timedelta(hours=rng.uniform(20, 40))
                sent = got - timedelta(hours=rng.uniform(20, 40))
                refund = later(req, rng, 2, 30)
                note((no, "CK106 return_request-returned_goods_received"))
            if i in refund_first:
                refund = req - timedelta(days=rng.uniform(1.5, 4))
                note((no, "CK106 return_request-refund"))
            c["退货寄回时间"] = iso(sent)
            c["仓库签收退货时间"] = iso(got)
            c["退款时间"] = iso(refund)
            c["退款金额(元)"] = c["实付金额(元)"]
            c["处理结果"] = "同意退货退款"
            if i in no_receipt:
                c["仓库签收退货时间"] = ""
                note((no, "CK101 refund_7_days-start"))
            if i in open_refund:
                c["退款时间"] = ""
                c["退款金额(元)"] = ""
                c["处理结果"] = "退款中"
                note((no, "CK104 refund_7_days (open)"))
            if i in after_7:
                note((no, "CK105 no_reason_after_7_days"))
            if i in excluded:
                note((no, "CK105 no_reason_excluded_goods"))
            if i in confirmed:
                note((no, "CK105 no_reason_confirmed_not_returnable"))
            end = max(end, refund)
        elif kind == "换货":
            c["处理结果"] = "已换货"
            c["运费承担"] = "卖家承担"
            end = later(req, rng, 48, 200)
        elif kind == "维修":
            c["处理结果"] = "已维修"
            c["运费承担"] = "卖家承担"
            end = later(req, rng, 72, 400)
        elif kind == "仅退款":
            refund = later(req, rng, 1, 30)
            c["退款时间"] = iso(refund)
            c["退款金额(元)"] = c["实付金额(元)"]
            c["处理结果"] = "同意退货退款" if rng.random() < 0.2 else "仅退款已完成"
            end = refund
        else:
            if kind == "投诉(虚假宣传)":
                c["处理结果"] = "协商赔偿"
                c["赔偿金额(元)"] = str(max(500, round(price * 3)))
            else:
                c["处理结果"] = rng.choice(["致歉并补发", "协商赔偿", "已解释，买家接受"])
                if c["处理结果"] == "协商赔偿":
                    c["赔偿金额(元)"] = str(rng.choice([20, 30, 50]))
            end = later(req, rng, 2, 120)
        if kind != "七天无理由退货" and rng.random() < 0.12:
            c["是否升级投诉"] = rng.choice(["平台介入", "12315", "消协"])
            c["升级时间"] = iso(later(req, rng, 24, 120))
        closed = later(end, rng, 0.5, 30)
        if c["处理结果"] == "退款中" or closed > datetime(2025, 6, 30, 20):
            c["完结时间"] = ""
            if c["处理结果"] in ("已换货", "已维修"):
                c["处理结果"] = "处理中"
        else:
            c["完结时间"] = iso(closed)
        c["买家评价"] = "未评价" if not c["完结时间"] else pick(rng, [("满意", 6), ("一般", 2), ("不满意", 1), ("未评价", 3)])
        rows.append(c)

    # a ticket number the system issued twice (a re-opened request got the old number)
    k = rng.randrange(5, len(rows) - 5)
    dup = Case(rows[k])
    dup["申请时间"] = iso(datetime.fromisoformat(rows[k]["申请时间"]) + timedelta(days=2, hours=3))
    dup["售后类型"] = "投诉(服务)"
    dup["问题描述"] = "退款后仍被扣运费险，要求说明"
    for h in ("退货寄回时间", "仓库签收退货时间", "退款时间", "退款金额(元)", "运费承担", "商品是否完好",
              "三包或店铺承诺", "主管审核意见", "隐患确认时间", "上报监管部门时间", "安全告知时间", "下架召回时间"):
        dup[h] = ""
    dup["安全隐患"] = "否"
    dup["商品类目"] = rows[k]["商品类目"] if rows[k]["商品类目"] != "未分类" else "服装鞋包"
    dup["处理结果"] = "已解释，买家接受"
    dup["回复买家时间"] = iso(datetime.fromisoformat(dup["申请时间"]) + timedelta(hours=2))
    dup["完结时间"] = iso(datetime.fromisoformat(dup["申请时间"]) + timedelta(hours=5))
    rows.insert(k + 1, dup)
    note((dup["售后单号"], "CK107 case_number"))

    hand = {
        "procedure": "l1-consumer-rights-protection-law",
        "columns": {
            "售后单号": "case_number",
            "签收时间": "goods_received_at",
            "申请时间": "return_request_at",
            "售后类型": "return_basis",
            "商品类目": "goods_type",
            "下单时确认不退换": "confirmed_not_returnable",
            "三包或店铺承诺": "state_rule_or_agreement",
            "主管审核意见": "contract_termination_conditions_met",
            "安全隐患": "defect_endangers_safety",
            "隐患确认时间": "discover_defect_at",
            "上报监管部门时间": "report_defect_at",
            "安全告知时间": "inform_consumer_defect_at",
            "下架召回时间": "defect_measures_at",
            "仓库签收退货时间": "returned_goods_received_at",
            "退款时间": "refund_at",
        },
        "values": {
            # 换货、维修、仅退款、投诉 are not returns: no return basis
            "return_basis": {"七天无理由退货": "no_reason", "质量问题退货": "quality", "换货": "", "维修": "",
                             "仅退款": "", "投诉(服务)": "", "投诉(虚假宣传)": ""},
            "goods_type": {"大家电": "other", "小家电": "other", "手机数码": "other", "服装鞋包": "other",
                           "图书音像": "other", "生鲜食品": "perishable", "定制商品": "custom_made"},
            "confirmed_not_returnable": {"是": True, "否": False},
            "state_rule_or_agreement": {"有": True, "无": False},
            "contract_termination_conditions_met": {"可退货": True, "只换修": False},
            "defect_endangers_safety": {"是": True, "否": False},
        },
    }
    return rows, hand


def e31_s34(rng, injected=None):
    """City construction-quality complaint office's register under the 辽宁 条例 (XLSX, real Excel date cells; phone calls with time)."""
    note = injected.append if injected is not None else (lambda item: None)
    surnames = "王李张刘陈杨赵吴周孙马朱胡郭何高林罗郑于董肖姜崔"
    given = ["桂兰", "秀英", "建国", "志强", "玉梅", "海波", "丽娟", "长福", "淑珍", "国庆", "春燕", "宝山", "凤霞", "铁军"]
    projects = [("万科城三期12#楼", "铁东区建国南路88号", "房屋建筑", "鞍山万科房地产开发有限公司", "中建八局第二建设有限公司"),
                ("幸福里小区5号楼", "铁西区兴盛街36号", "房屋建筑", "鞍山鼎盛置业有限公司", "鞍山第一建筑工程有限公司"),
                ("恒大绿洲二期17#楼", "立山区胜利北路299号", "房屋建筑", "鞍山恒大置业有限公司", "中国二十二冶集团有限公司"),
                ("碧桂园·天樾7#楼", "高新区越岭路18号", "房屋建筑", "鞍山碧桂园房地产开发有限公司", "广东腾越建筑工程有限公司"),
                ("鞍钢新村小区3#楼", "铁西区鞍钢新村", "房屋建筑", "鞍钢房产开发公司", "鞍钢建设集团有限公司"),
                ("千山路排水管网改造工程", "千山区千山路", "市政", "鞍山市城市建设发展投资公司", "鞍山市政工程有限公司"),
                ("胜利路人行天桥", "铁东区胜利路", "市政", "鞍山市城市建设发展投资公司", "中铁九局集团有限公司"),
                ("站前供热管网改造", "铁东区站前街", "公用", "鞍山市热力总公司", "鞍山热力工程安装公司"),
                ("湖南小区二次供水泵房", "铁东区湖南街", "公用", "鞍山市自来水公司", "鞍山水务工程有限公司"),
                ("御景华府28#楼精装修", "立山区立山街", "装饰装修", "鞍山御景置业有限公司", "辽宁金色装饰工程有限公司"),
                ("玉佛苑小区11#楼", "铁东区南胜利路", "房屋建筑", "鞍山城建房地产开发有限公司", "鞍山第三建筑工程公司"),
                ("明达新区商住楼", "铁西区人民路", "房屋建筑", "鞍山明达房地产有限公司", "鞍山第二建筑工程有限公司")]
    problems = {"渗漏": ["卫生间楼板渗水至楼下", "屋面漏雨，顶层卧室墙面发霉", "外墙窗框周边渗水", "地下室渗水积水"],
                "裂缝": ["客厅楼板出现贯通裂缝", "承重墙斜向裂缝", "阳台与主体结构连接处开裂"],
                "墙体空鼓": ["内墙抹灰大面积空鼓脱落", "外墙保温层空鼓"],
                "地面起砂": ["地面找平层起砂"],
                "给排水": ["排水立管堵塞返水", "给水管暗管漏水"],
                "供暖": ["暖气片不热，室温不足12度", "地暖管漏水"],
                "电气": ["入户电缆发热", "插座回路跳闸"],
                "其他": ["楼梯栏杆松动", "电梯井道渗水"]}
    civil = {"市政": [("裂缝", "人行道路面开裂沉陷"), ("给排水", "雨水管网排水不畅，路面积水"), ("其他", "检查井井盖下沉")],
             "公用": [("供暖", "供热管网漏水，小区停暖"), ("给排水", "二次供水水压不足"), ("供暖", "管沟保温层脱落")],
             "装饰装修": [("墙体空鼓", "墙砖空鼓脱落"), ("裂缝", "石膏板吊顶开裂"), ("其他", "木地板起拱"),
                          ("渗漏", "卫生间防水失效渗水")]}
    offices = {"房屋建筑": ["市质监站", "铁东区建设局", "铁西区建设局", "立山区建设局", "市房产局"],
               "市政": ["市城建局", "市质监站"], "公用": ["市公用事业局"], "装饰装修": ["市质监站", "开发办"]}
    clerks = ["于红", "马立新", "崔晓东", "姜丽"]
    n = 46
    out_of_scope = set(rng.sample(range(n), 3))
    rest = [i for i in range(n) if i not in out_of_scope]
    pending = set(rng.sample(rest, 2))
    rest = [i for i in rest if i not in pending]
    bad_basis = set(rng.sample(rest, 1))
    rest = [i for i in rest if i not in bad_basis]
    unknown_handover = set(rng.sample(rest, 1))
    rest = [i for i in rest if i not in unknown_handover]
    bad_stage = set(rng.sample(rest, 1))
    rest = [i for i in rest if i not in bad_stage]
    referred = set(rng.sample(rest, 2))   # out of warranty, in use, passed on to the property owner: no violation

    cases = []
    for i in range(n):
        way = pick(rng, [("来电", 4), ("来访", 3), ("来信", 1), ("网上信访", 2)])
        day = START.date() + timedelta(days=rng.randrange(0, 112))
        while day.weekday() >= 5:
            day += timedelta(days=1)
        when = datetime(day.year, day.month, day.day, rng.randint(8, 16), rng.randrange(60))
        cases.append((when, i, way))
    cases.sort()

    rows = []
    for seq, (when, i, way) in enumerate(cases, 1):
        name, addr, kind, owner, builder = rng.choice(projects)
        stage = "施工期间" if rng.random() < 0.15 and i not in out_of_scope else "交付使用后"
        if i in unknown_handover or i in bad_basis or i in pending or i in referred:
            stage = "交付使用后"
        cat = pick(rng, [("渗漏", 5), ("裂缝", 3), ("墙体空鼓", 2), ("地面起砂", 1), ("给排水", 2), ("供暖", 2),
                         ("电气", 1), ("其他", 1)])
        c = Case()
        c["登记编号"] = f"鞍质投〔2025〕{seq:03d}号"
        c["投诉日期"] = when if way == "来电" else datetime(when.year, when.month, when.day)
        c["投诉方式"] = way
        c["投诉人"] = rng.choice(surnames) + rng.choice(given)
        prefix = rng.choice(["139", "158", "186", "133", "0412-"])
        c["联系电话"] = prefix + (f"{rng.randint(2, 8)}{rng.randrange(10**6):06d}" if prefix == "0412-"
                                 else f"{rng.randrange(10**8):08d}")
        c["投诉人身份"] = pick(rng, [("业主", 8), ("使用人", 2), ("单位", 1)])
        c["工程名称"] = name
        c["工程地址"] = addr
        c["工程类别"] = kind
        c["建设单位(开发商)"] = owner
        c["施工单位"] = builder
        if stage == "施工期间":
            handover = None
        elif i in out_of_scope or i in referred:
            handover = datetime(rng.randint(2008, 2016), rng.randint(1, 12), rng.randint(1, 28))
        else:
            handover = datetime(rng.choice([1998, 2005, 2012, 2018, 2020, 2021, 2022, 2023, 2023, 2024, 2024]),
                                rng.randint(1, 12), rng.randint(1, 28))
        c["交付使用日期"] = "不详" if i in unknown_handover else handover
        c["问题发生阶段"] = "不详" if i in bad_stage else stage
        if i in bad_stage:
            note((c["登记编号"], "CK102 project_stage (不详)"))
        if i in unknown_handover:
            note((c["登记编号"], "CK102 handover_date (不详)"))
        if handover is None:
            c["保修期依据"] = ""
            c["是否在保修期内"] = ""
        else:
            c["保修期依据"] = "国务院279号令第四十条" if handover >= datetime(2000, 1, 30) else "省质量条例第二十六条"
            if i in bad_basis:
                c["保修期依据"] = "按购房合同约定"
                note((c["登记编号"], "CK102 warranty_basis (按购房合同约定)"))
            if i in out_of_scope or i in referred:
                c["是否在保修期内"] = "否"
                if i in out_of_scope:   # taken up by the office itself instead of being passed on
                    note((c["登记编号"], "CK105 beyond_warranty_in_use (rule never checkable)"))
            elif i in pending:
                c["是否在保修期内"] = "待核实"
                note((c["登记编号"], "CK102 within_warranty (待核实)"))
            else:
                c["是否在保修期内"] = "是"
                if handover.year < 2000:
                    cat = "裂缝"   # main structure: warranty for the design life
        if kind == "房屋建筑":
            text = rng.choice(problems[cat])
        else:
            cat, text = rng.choice(civil[kind])
        c["问题类别"] = cat
        c["投诉内容"] = text
        office = "产权单位" if i in referred else rng.choice(offices[kind])
        c["承办单位"] = office
        d0 = datetime(when.year, when.month, when.day)
        transfer = d0 + timedelta(days=rng.randint(0, 3))
        visit = transfer + timedelta(days=rng.randint(1, 10))
        reply = visit + timedelta(days=rng.randint(2, 20))
        done = reply + timedelta(days=rng.randint(0, 25))
        cut = datetime(2025, 6, 30)
        c["转办日期"] = transfer if office != "市质监站" and transfer <= cut else None
        c["现场勘查日期"] = visit if visit <= cut else None
        if i in out_of_scope:
            c["处理意见"] = "责令开发商组织原施工单位维修"
            c["处理结果"] = "责令整改"
        elif i in referred:
            c["处理意见"] = "已超过保修期，告知投诉人由产权单位处理"
            c["处理结果"] = "转产权单位"
        else:
            c["处理意见"] = rng.choice(["责令施工单位限期维修", "责令建设单位组织保修", "组织双方现场协调",
                                        "委托检测机构检测后处理"])
            c["处理结果"] = pick(rng, [("已整改", 6), ("责令整改", 2), ("调解中", 1)])
        open_case = c["处理结果"] == "调解中" or done > datetime(2025, 6, 30)
        c["答复投诉人日期"] = reply if reply <= datetime(2025, 6, 30) else None
        c["办结日期"] = None if open_case else done
        c["投诉人意见"] = "" if open_case else pick(rng, [("满意", 5), ("基本满意", 3), ("不满意", 1)])
        c["经办人"] = rng.choice(clerks)
        rows.append(c)

    # the same number typed for two letters registered the same day
    k = rng.randrange(10, len(rows) - 3)
    rows[k + 1]["登记编号"] = rows[k]["登记编号"]
    note((rows[k]["登记编号"], "CK107 case_number"))

    hand = {
        "procedure": "s34-liaoning-construction-quality-complaints",
        "columns": {
            "登记编号": "case_number",
            "交付使用日期": "handover_date",
            "是否在保修期内": "within_warranty",
            "问题发生阶段": "project_stage",
            "保修期依据": "warranty_basis",
        },
        "values": {
            "within_warranty": {"是": "yes", "否": "no"},
            "project_stage": {"施工期间": "construction", "交付使用后": "in_use"},
            "warranty_basis": {"国务院279号令第四十条": "delivered_after_2000_01_30",
                               "省质量条例第二十六条": "delivered_before_2000_01_30"},
        },
    }
    return rows, hand


def e32_s46(rng, injected=None):
    """Changan Suzuki dealer's complaint ledger from its DMS (CSV GBK, times 2025/3/4 9:12)."""
    note = injected.append if injected is not None else (lambda item: None)

    def hours(t, start=8, end=19):   # the dealership's opening hours
        if t.hour < start:
            return t.replace(hour=start)
        return t if t.hour < end else (t + timedelta(days=1)).replace(hour=start)

    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田"
    given = ["先生", "女士"]
    models = ["锋驭", "启悦", "维特拉", "天语SX4", "雨燕", "骁途"]
    sources = [("厂家客户中心下发", 5), ("来电", 4), ("来店", 3), ("电子邮件", 1), ("传真", 1), ("媒体", 1), ("信件", 1), ("网络", 2)]
    kinds = {"产品质量": ["发动机抖动", "变速箱换挡顿挫", "空调不制冷", "车内异响", "天窗漏水", "机油消耗异常", "电瓶亏电"],
             "维修质量": ["同一故障维修三次未修好", "保养后漏油", "维修后仪表故障灯亮"],
             "服务态度": ["服务顾问态度恶劣", "接车等待时间过长", "电话无人接听"],
             "配件": ["配件缺货等待超一个月", "更换的配件非原厂件"],
             "销售": ["交车时承诺的装潢未兑现", "购车时隐瞒车辆维修史"],
             "费用": ["保养收费与报价不符", "保修期内收取工时费"]}
    a_reasons = ["行驶中突然熄火", "制动失灵险些追尾", "安全气囊碰撞未弹出", "要求换车", "要求退车", "消协介入",
                 "客户堵门", "车辆自燃"]
    b_reasons = ["在抖音发布视频曝光", "在汽车之家论坛发帖", "向当地电台反映"]
    handlers = {"服务部": ["服务经理 孙涛", "服务顾问 李娜", "服务顾问 赵鹏"], "销售部": ["销售经理 周倩", "销售顾问 王凯"],
                "配件部": ["配件主管 刘洋"], "客服部": ["客服专员 陈静", "客服经理 吴敏"], "市场部": ["市场经理 郑浩"]}
    dept_of = {"产品质量": "服务部", "维修质量": "服务部", "服务态度": "客服部", "配件": "配件部", "销售": "销售部", "费用": "服务部"}
    n = 58
    special = sorted(rng.sample(range(n), 9))
    wrong_auth = dict(zip(rng.sample(special, 3), ["区域服务经理", "区域服务经理", "本店服务经理"]))
    undecided = set(rng.sample([i for i in range(n) if i not in special], 2))

    times = sorted(START + timedelta(days=rng.uniform(0, 115)) for _ in range(n))
    rows = []
    month_seq = {}
    for i, t in enumerate(times):
        t = t.replace(hour=rng.randint(8, 18), minute=rng.randrange(60))
        ym = t.strftime("%y%m")
        month_seq[ym] = month_seq.get(ym, 0) + 1
        src = pick(rng, sources)
        kind = "产品质量" if i in special else pick(rng, [("产品质量", 5), ("维修质量", 2), ("服务态度", 2), ("配件", 1),
                                                          ("销售", 1), ("费用", 1)])
        level = pick(rng, [("A级", 2), ("B级", 1), ("一般", 9)])
        if src == "媒体":
            level = "B级"
        c = Case()
        c["投诉单号"] = f"TS-{ym}-{month_seq[ym]:04d}"
        c["厂家工单号"] = f"CC{t:%Y%m%d}{rng.randrange(10000):04d}" if src == "厂家客户中心下发" else ""
        c["投诉来源"] = src
        c["接收时间"] = slash(t)
        c["客户姓名"] = rng.choice(surnames) + rng.choice(given)
        c["联系电话"] = rng.choice(["135", "136", "139", "152", "187", "189"]) + f"{rng.randrange(10**8):08d}"
        c["车型"] = rng.choice(models)
        c["车架号(VIN)"] = "LS5A" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(13))
        bought = t - timedelta(days=rng.uniform(200, 2600) if i in special else rng.uniform(20, 1500))
        c["购车日期"] = f"{bought.year}/{bought.month}/{bought.day}"
        c["行驶里程(km)"] = str(int((t - bought).days * rng.uniform(20, 60)))
        c["投诉分类"] = kind
        c["投诉级别"] = "待定" if i in undecided else level
        if i in undecided:
            note((c["投诉单号"], "CK102 severity (待定)"))
        c["是否重大投诉"] = "是" if level == "A级" else "否"
        c["重大情形"] = rng.choice(a_reasons) if level == "A级" else (rng.choice(b_reasons) if level == "B级" else "")
        c["投诉内容"] = rng.choice(kinds[kind])
        dept = dept_of[kind]
        c["责任部门"] = dept
        c["处理人"] = rng.choice(handlers[dept])
        first = hours(later(t, rng, 0.2, 20))
        c["首次联系客户时间"] = slash(first)
        c["上报厂家时间"] = slash(hours(later(t, rng, 0.5, 20))) if level == "A级" else ""
        if i in special:
            plan = "特案保修"
        elif level == "A级" and rng.random() < 0.3:
            plan = "特别理赔(善意补偿)"
        else:
            plan = {"产品质量": pick(rng, [("维修", 3), ("更换零件", 3), ("解释说明", 1)]),
                    "维修质量": pick(rng, [("维修", 2), ("特别理赔(善意补偿)", 1)]),
                    "服务态度": "解释说明", "配件": pick(rng, [("更换零件", 2), ("解释说明", 1)]),
                    "销售": pick(rng, [("特别理赔(善意补偿)", 1), ("解释说明", 2)]),
                    "费用": pick(rng, [("解释说明", 1), ("特别理赔(善意补偿)", 1)])}[kind]
        c["处理方案"] = plan
        c["特案申请"] = "是" if plan == "特案保修" else "否"
        c["特案授权部门"] = (wrong_auth.get(i, "技术支持系") if plan == "特案保修" else "")
        if i in wrong_auth:
            note((c["投诉单号"], f"CK103 special_case_by_tech_support ({wrong_auth[i]})"))
        if plan == "特案保修":
            c["补偿金额(元)"] = str(rng.choice([800, 1200, 1500, 2600, 3800, 5200]))
        elif plan == "特别理赔(善意补偿)":
            c["补偿金额(元)"] = str(rng.choice([200, 300, 500, 1000]))
        else:
            c["补偿金额(元)"] = ""
        close = hours(later(first, rng, 20, 24 * (20 if i in special else 8)))
        if close > datetime(2025, 6, 30, 18):
            c["结案时间"] = ""
            c["回访时间"] = ""
            c["客户满意度"] = ""
        else:
            c["结案时间"] = slash(close)
            c["回访时间"] = slash(hours(later(close, rng, 24, 24 * 5), 9, 18))
            c["客户满意度"] = pick(rng, [("非常满意", 3), ("满意", 5), ("一般", 2), ("不满意", 1)])
        c["是否重复投诉"] = "是" if rng.random() < 0.08 else "否"
        c["备注"] = rng.choice(["", "", "", "客户要求书面答复", "已上报区域经理", "客户情绪激动"])
        rows.append(c)

    # a dealer clerk re-keyed a ticket from the customer centre under an existing number
    k = rng.randrange(10, len(rows) - 5)
    dup = Case(rows[k + 3])
    dup["投诉单号"] = rows[k]["投诉单号"]
    rows[k + 3] = dup
    note((rows[k]["投诉单号"], "CK107 case_number"))

    hand = {
        "procedure": "s46-changan-suzuki-dealer-complaints",
        "columns": {
            "投诉单号": "case_number",
            "投诉级别": "severity",
            "特案申请": "special_case_warranty",
            "特案授权部门": "special_case_authorised_by",
        },
        "values": {
            # 一般 is the dealer's own third level: neither A级 nor B级 of the procedure
            "severity": {"A级": "a", "B级": "b", "一般": ""},
            "special_case_warranty": {"是": True, "否": False},
            "special_case_authorised_by": {"技术支持系": "tech_support", "客户中心": "customer_center"},
        },
    }
    return rows, hand


def e33_s4(rng):
    """S4 GLZD194 manufacturer: ERP 客诉台账 as XLSX, real Excel datetime cells; 异常处理单 columns per 第三条."""
    customers = [("东莞立胜电子有限公司", "0769"), ("深圳华拓科技有限公司", "0755"), ("惠州德赛精密部件有限公司", "0752"),
                 ("苏州恒茂电器有限公司", "0512"), ("中山美凯照明有限公司", "0760"), ("佛山顺达家电配件厂", "0757"),
                 ("厦门宏利通讯设备有限公司", "0592"), ("宁波佳和五金塑胶有限公司", "0574")]
    contacts = ["王小姐", "陈经理", "李工", "张课长", "刘小姐", "黄主管", "吴先生", "郑工", "周经理", "何小姐"]
    products = ["电源适配器 12V2A / 601-0123", "电源适配器 5V3A / 601-0208", "LED驱动电源 24W / 612-0041",
                "充电器外壳组件 / 730-1105", "变压器 EE25 / 420-0019", "电源线组 1.5m / 805-0330"]
    faults = {
        "外观不良": ["外壳刮伤", "丝印模糊", "外壳缩水有披锋"],
        "功能不良": ["输出电压偏低", "上电无输出", "带载发热严重", "纹波超标"],
        "尺寸不符": ["插脚间距超差", "外壳卡扣尺寸偏大"],
        "包装破损": ["外箱压坏", "彩盒受潮变形"],
        "混料": ["箱内混入旧版本料号", "标签料号与实物不符"],
        "交期延误": ["出货延迟三天", "分批出货未通知"],
        "数量短少": ["整箱少 20 PCS", "栈板少一箱"],
    }
    staff = ["林志明", "黄淑芬", "陈建宏", "吴佩珊", "张家豪"]
    causes = {"外观不良": ("制造二课", "包装前未全检外观"), "功能不良": ("制造一课", "老化测试时间不足"),
              "尺寸不符": ("资材部", "供应商来料尺寸超差"), "包装破损": ("资材部", "外箱强度不足"),
              "混料": ("制造一课", "换线清线未落实"), "交期延误": ("业务部", "排程变更未通知客户"),
              "数量短少": ("资材部", "出货点数错误")}
    n = 58
    def office(x):   # a step done in office hours: night-time times move to the next morning
        if x is None or 8 <= x.hour < 19:
            return x if x is None else x.replace(second=0, microsecond=0)
        x = x if x.hour < 8 else x + timedelta(days=1)
        return x.replace(hour=rng.randint(8, 10), minute=rng.randint(0, 59), second=0, microsecond=0)
    missing_slip = set(rng.sample(range(4, n - 3), 3))   # 未造成损失、前往处理，却没有开立异常处理单
    t = START
    rows, serial, numbers = [], {}, []
    for i in range(n):
        t += timedelta(hours=rng.uniform(20, 60))
        if t.weekday() == 6:
            t += timedelta(days=1)
        t = t.replace(hour=rng.randint(8, 17), minute=rng.randint(0, 59), second=0, microsecond=0)
        ym = t.strftime("%y%m")
        serial[ym] = serial.get(ym, 0) + 1
        number = f"KS{ym}{serial[ym]:02d}"
        numbers.append(number)
        customer, area = rng.choice(customers)
        kind = pick(rng, [("外观不良", 22), ("功能不良", 25), ("尺寸不符", 10), ("包装破损", 12), ("混料", 8),
                          ("交期延误", 12), ("数量短少", 11)])
        qty = rng.choice([20, 50, 100, 200, 500, 1200])
        recent = t > datetime(2025, 6, 20)
        loss = pick(rng, [("是", 40), ("否", 60)])
        onsite = pick(rng, [("是", 60), ("否", 40)])
        if i in missing_slip:
            loss, onsite = "否", "是"
        if recent and i not in missing_slip and rng.random() < 0.5:
            loss = "待确认"
        slip_at = slip_by = None
        doc = "客诉处理单"
        if i not in missing_slip and loss == "否" and (onsite == "是" or rng.random() < 0.2):
            slip_at = office(later(t, rng, 3, 52))
            slip_by = pick(rng, [("业务部", 55), ("品保部", 25), ("制造部", 12), ("工程部", 8)])
            doc = "异常处理单"
        investigated = office(later(t, rng, 20, 110))
        dept, cause = causes[kind]
        fixed = office(later(investigated, rng, 48, 260))
        replied = office(later(investigated, rng, 8, 96))
        closed = office(later(max(fixed, replied), rng, 24, 200))
        returned = "Y" if loss == "是" and rng.random() < 0.5 else "N"
        as_of = datetime(2025, 7, 1)
        if closed > as_of or recent:
            closed = None
            fixed = fixed if fixed < as_of and not recent else None
            replied = replied if replied < as_of else None
        late = None if closed is None else ("Y" if (closed - t).days > 30 else "N")
        rows.append(Case({
            "客诉单号": number,
            "登记时间": t,
            "客户名称": customer,
            "联络人": rng.choice(contacts),
            "联络电话": (f"{area}-{rng.randint(22000000, 89999999)}" if rng.random() < 0.5
                     else f"1{rng.choice('3589')}{rng.randint(100000000, 999999999)}"),
            "订单号": f"SO{(t - timedelta(days=30)).strftime('%y%m')}-{rng.randint(1, 400):04d}",
            "品名料号": rng.choice(products),
            "出货日期": (t - timedelta(days=rng.randint(3, 40))).date(),
            "客诉数量": qty,
            "异常描述": rng.choice(faults[kind]),
            "异常类别": kind,
            "是否造成损失": loss,
            "现场处理": onsite,
            "单据类别": doc,
            "异常单开立时间": slip_at,
            "开单单位": slip_by,
            "业务承办": rng.choice(staff),
            "调查单位": "品保部" if kind not in ("交期延误", "数量短少") else "资材部",
            "调查完成": investigated if investigated < as_of else None,
            "原因分析": cause,
            "责任单位": dept,
            "改善对策": {"制造一课": "增加首件确认并追加老化时间", "制造二课": "包装工位增加外观全检",
                     "资材部": "来料与出货增加点检", "业务部": "排程变更当日书面通知客户"}[dept],
            "对策完成": fixed,
            "退货": returned,
            "退货数量": qty if returned == "Y" else None,
            "核决": pick(rng, [("课长", 30), ("经理", 45), ("副总", 15), ("总经理", 10)]),
            "回复客户": replied,
            "结案日期": closed,
            "逾期": late,
            "追踪结果": "追踪中" if closed is None else pick(rng, [("有效", 90), ("无效", 10)]),
            "备注": "",
        }))
    # 复制旧单号：两张新客诉沿用了前面的单号（单号重复）
    clean = [k for k in range(n) if k not in missing_slip]
    for i, j in (sorted(rng.sample(clean, 2)), sorted(rng.sample(clean, 2))):
        rows[j]["客诉单号"] = rows[i]["客诉单号"]
    hand = {
        "procedure": "s4-glzd194-complaint-management",
        "columns": {"客诉单号": "case_number", "是否造成损失": "loss_caused", "现场处理": "onsite_handling",
                    "异常单开立时间": "exception_slip_at", "开单单位": "exception_slip_by"},
        "values": {"loss_caused": {"是": True, "否": False}, "onsite_handling": {"是": True, "否": False}},
        "roles": {"业务部": "sales", "品保部": "related_units", "制造部": "related_units", "工程部": "related_units"},
    }
    return rows, hand


def e34_s3(rng):
    """S3 星金 PCB maker: English CRM complaint list as CSV UTF-8 with BOM, month-first dates 03/04/2025 09:12."""
    customers = [("Jabil Circuit (Wuxi)", "jabil.com"), ("Flextronics Zhuhai", "flex.com"),
                 ("Delta Electronics Dongguan", "deltaww.com"), ("Sanmina-SCI Kunshan", "sanmina.com"),
                 ("Kostal Automotive Shanghai", "kostal.com"), ("Inventec Appliances Nanchang", "inventec.com"),
                 ("Hella Electronics Xiamen", "hella.com")]
    contacts = ["Kevin Zhang", "Amy Liu", "Jason Wu", "Cindy Chen", "Eric Huang", "Grace Lin", "Tony Xu", "Vivian Ma"]
    reps = ["Leo Sun", "Iris Wang", "Peter Zhou"]
    defects = [("Short", "Production", "Etching residue between traces"), ("Open", "Production", "Over-etching on inner layer"),
               ("Solder Mask Peeling", "Production", "Pre-treatment brushing insufficient"),
               ("Impedance Out of Spec", "Engineering", "CAM line-width compensation wrong"),
               ("Plating Void", "Production", "Desmear bath out of control"), ("Warpage", "Production", "Lamination cooling too fast"),
               ("Dimension NG", "Engineering", "Routing program offset"), ("Delamination", "Production", "Moisture before reflow"),
               ("Wrong Packing", "Warehouse", "Vacuum pack without desiccant"), ("Late Delivery", "Sales", "Capacity slot lost"),
               ("Qty Short", "Warehouse", "Carton count error")]
    dept_of = {"Production": ["Drilling", "Plating", "Solder Mask", "Lamination", "Etching"], "Engineering": ["CAM"],
               "Warehouse": ["Warehouse"], "Sales": ["Sales"]}

    def mf_date(d): return d.strftime("%m/%d/%Y")

    def mf(t): return month_first(t) if t else ""

    n = 64
    def office(x):   # a step done in office hours: night-time times move to the next morning
        if x is None or 8 <= x.hour < 19:
            return x if x is None else x.replace(second=0, microsecond=0)
        x = x if x.hour < 8 else x + timedelta(days=1)
        return x.replace(hour=rng.randint(8, 10), minute=rng.randint(0, 59), second=0, microsecond=0)
    no_ar = set(rng.sample(range(3, n - 2), 3))   # no loss, on-site visit, but no abnormality report filed
    t = START
    rows, serial = [], {}
    as_of = datetime(2025, 7, 1)
    for i in range(n):
        t += timedelta(hours=rng.uniform(16, 52))
        if t.weekday() == 6:
            t += timedelta(days=1)
        t = t.replace(hour=rng.randint(8, 19), minute=rng.randint(0, 59), second=0, microsecond=0)
        ym = t.strftime("%y%m")
        serial[ym] = serial.get(ym, 0) + 1
        defect, team, cause = rng.choice(defects)
        quality = "Non-Quality" if defect in ("Late Delivery", "Qty Short") else "Quality"
        shipped = rng.choice([500, 1000, 2400, 5000, 12000])
        rejected = 0 if quality == "Non-Quality" else rng.randint(3, max(4, shipped // 20))
        customer, domain = rng.choice(customers)
        contact = rng.choice(contacts)
        loss = pick(rng, [("Yes", 35), ("No", 65)])
        visit = pick(rng, [("Yes", 55), ("No", 45)])
        if i in no_ar:
            loss, visit = "No", "Yes"
        recent = t > datetime(2025, 6, 24)
        ar_at = ar_by = None
        if i not in no_ar and loss == "No" and (visit == "Yes" or rng.random() < 0.25):
            ar_at = office(later(t, rng, 4, 70))
            ar_by = pick(rng, [("Sales", 50), ("QA", 35), ("Production", 10), ("Engineering", 5)])
        if recent and visit == "Yes" and ar_at is None and i not in no_ar:
            visit = ""          # visit not made yet
        investigated = office(later(t, rng, 12, 100))
        fixed = office(later(investigated, rng, 48, 300))
        replied = office(later(investigated, rng, 6, 80))
        closed = office(later(max(fixed, replied), rng, 24, 240))
        rma = loss == "Yes" and quality == "Quality" and rng.random() < 0.6
        status = "Closed"
        if closed > as_of or recent:
            closed = None
            fixed = None if recent or fixed > as_of else fixed
            replied = replied if replied < as_of and not recent else None
            investigated = investigated if investigated < as_of else None
            status = "Overdue" if (as_of - t).days > 20 else "Open"
        rows.append(Case({
            "Complaint No.": f"XJ-{ym}-{serial[ym]:02d}",
            "Date Received": month_first(t),
            "Customer": customer,
            "Contact": contact,
            "Phone": f"+86 1{rng.choice('3589')}{rng.randint(100000000, 999999999)}",
            "Email": f"{contact.lower().replace(' ', '.')}@{domain}",
            "Sales Rep": rng.choice(reps),
            "PO No.": f"PO{rng.randint(4500000000, 4509999999)}",
            "Part No.": f"XJ{rng.choice([2, 4, 6, 8])}L-{rng.randint(100, 999):04d}-{rng.choice('ABC')}",
            "Date Code": f"25{max(1, t.isocalendar()[1] - rng.randint(2, 6)):02d}",
            "Ship Date": mf_date(t - timedelta(days=rng.randint(2, 30))),
            "Qty Shipped": shipped,
            "Qty Rejected": rejected,
            "Defect": defect,
            "Complaint Type": quality,
            "Loss Incurred": loss,
            "On-site Visit": visit,
            "Abnormality Report": "Y" if ar_at else "N",
            "AR Date": mf(ar_at),
            "AR Issued By": ar_by or "",
            "Investigated By": "QA" if quality == "Quality" else "Sales",
            "Investigation Done": mf(investigated),
            "Root Cause": cause,
            "Responsible Dept": rng.choice(dept_of.get(team, ["QA"])),
            "Corrective Action": "See 8D" if quality == "Quality" else "Reminder to planner / warehouse",
            "CA Completed": mf(fixed),
            "RMA No.": f"RMA{ym}{rng.randint(10, 99)}" if rma else "",
            "Return Qty": rejected if rma else "",
            "Approved By": pick(rng, [("QA Manager", 55), ("Plant Manager", 35), ("GM", 10)]),
            "Reply Sent": mf(replied),
            "Closed": mf(closed),
            "Status": status,
            "Remarks": "",
        }))
    # CRM re-import: one complaint logged twice; one new complaint given an existing number
    clean = [k for k in range(n) if k not in no_ar]
    twice, (i, j) = rng.choice(clean), sorted(rng.sample(clean, 2))
    rows[j]["Complaint No."] = rows[i]["Complaint No."]
    dup = Case(rows[twice])
    dup["Remarks"] = "re-entered from email"
    rows.insert(twice + 1, dup)
    hand = {
        "procedure": "s3-xingjin-pcb-complaints",
        "columns": {"Complaint No.": "case_number", "Loss Incurred": "loss_caused", "On-site Visit": "onsite_handling",
                    "AR Date": "exception_slip_at", "AR Issued By": "exception_slip_by"},
        "values": {"loss_caused": {"Yes": True, "No": False}, "onsite_handling": {"Yes": True, "No": False}},
        "roles": {"Sales": "sales", "QA": "related_units", "Production": "related_units",
                  "Engineering": "related_units"},
        "date_order": "month_first",
    }
    return rows, hand


def e35_s6(rng):
    """S6 technical-service company: OA 客户投诉登记表 as CSV GBK, dates 2025年3月4日 09:12; 一般/严重 grading."""
    units = ["江苏恒瑞化工有限公司", "山东鲁北检测中心", "浙江海正药业质检部", "安徽华星化工有限公司", "河南豫光冶炼厂化验室",
             "湖北兴发集团分析中心", "上海市计量测试研究院", "南京红太阳股份有限公司", "天津渤化永利化工", "江西赣锋锂业质检中心"]
    surnames = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
    routes = {"书面": [("信函", 25), ("电子邮件", 55), ("传真", 20)], "口头": [("电话", 75), ("来访", 25)]}
    subjects = {
        "产品质量": ["色谱柱到货后柱效偏低", "气相色谱仪基线漂移", "天平校准后示值误差超标", "液相泵压力波动大",
                 "配件到货破损", "试剂批次间差异大"],
        "技术服务": ["工程师未按约定时间上门", "安装调试后仍无法正常使用", "培训内容与合同不符", "维修后同一故障再次出现",
                 "电话支持长时间无人接听", "服务报告未签字即离开"],
    }
    receivers = [("周敏", "客服部"), ("钱丽", "客服部"), ("孙浩", "市场部"), ("冯静", "销售部")]
    n = 72
    def office(x):   # a step done in office hours: night-time times move to the next morning
        if x is None or 8 <= x.hour < 19:
            return x if x is None else x.replace(second=0, microsecond=0)
        x = x if x.hour < 8 else x + timedelta(days=1)
        return x.replace(hour=rng.randint(8, 10), minute=rng.randint(0, 59), second=0, microsecond=0)
    other_channel = set(rng.sample(range(n), 2))   # 投诉形式填成“其他”
    pending = set(rng.sample(sorted(set(range(n)) - other_channel), 2))   # 投诉级别仍是“待定”
    t = START
    rows, serial = [], {}
    as_of = datetime(2025, 7, 1)
    for i in range(n):
        t += timedelta(hours=rng.uniform(10, 40))
        if t.weekday() >= 5:
            t += timedelta(days=7 - t.weekday())
        t = t.replace(hour=rng.randint(8, 17), minute=rng.randint(0, 59), second=0, microsecond=0)
        ym = t.strftime("%Y%m")
        serial[ym] = serial.get(ym, 0) + 1
        form = pick(rng, [("口头", 62), ("书面", 38)])
        route = pick(rng, routes[form])
        if i in other_channel:
            form, route = "其他", "微信"
        target = pick(rng, [("产品质量", 55), ("技术服务", 45)])
        level = pick(rng, [("一般", 80), ("严重", 20)])
        if i in pending:
            level = "待定"
        receiver, dept = rng.choice(receivers)
        handler = "技术服务部" if target == "技术服务" else pick(rng, [("质量部", 70), ("生产部", 30)])
        investigated = office(later(t, rng, 4, 72 if level == "一般" else 30))
        replied = office(later(investigated, rng, 2, 60))
        closed = office(later(replied, rng, 12, 240))
        if closed > as_of:
            closed = None
            replied = replied if replied < as_of else None
            investigated = investigated if investigated < as_of else None
        limit = 7 if level != "严重" else 3
        overdue = "" if replied is None else ("是" if (replied - t).days >= limit else "否")
        rows.append(Case({
            "投诉编号": f"TS{ym}{serial[ym]:03d}",
            "投诉时间": cn(t),
            "投诉形式": form,
            "投诉途径": route,
            "客户单位": rng.choice(units),
            "联系人": rng.choice(surnames) + rng.choice(["工", "老师", "经理", "主任", "先生", "女士"]),
            "联系电话": f"1{rng.choice('3578')}{rng.randint(100000000, 999999999)}",
            "投诉对象": target,
            "投诉内容": rng.choice(subjects[target]),
            "投诉级别": level,
            "受理人": receiver,
            "受理部门": dept,
            "处理部门": handler,
            "调查完成时间": cn(investigated) if investigated else "",
            "处理结果": "" if replied is None else rng.choice(
                ["更换配件", "补发合格品", "退货处理", "赔偿运费并致歉"] if target == "产品质量"
                else ["派工程师复修", "重新安排上门", "重新培训", "更换服务工程师并致歉"]),
            "是否退货": "" if replied is None else pick(rng, [("否", 85), ("是", 15)]),
            "审批": "总经理" if level == "严重" else pick(rng, [("部门经理", 75), ("分管副总", 25)]),
            "答复客户时间": cn(replied) if replied else "",
            "结案时间": cn(closed) if closed else "",
            "客户满意度": "" if closed is None else pick(rng, [("满意", 70), ("基本满意", 22), ("不满意", 8)]),
            "超期": overdue,
            "备注": "客户要求书面答复" if form == "书面" and rng.random() < 0.1 else "",
        }))
    # 两次登记沿用了已有的编号
    clean = sorted(set(range(n)) - other_channel - pending)
    for i, j in (sorted(rng.sample(clean, 2)), sorted(rng.sample(clean, 2))):
        rows[j]["投诉编号"] = rows[i]["投诉编号"]
    hand = {
        "procedure": "s6-general-serious-complaints",
        "columns": {"投诉编号": "case_number", "投诉形式": "channel", "投诉级别": "severity"},
        "values": {"channel": {"书面": "written", "口头": "oral"}, "severity": {"一般": "general", "严重": "serious"}},
    }
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
    ("14-l2-samr-register.xlsx", "xlsx", e14_l2),           # third held-out set, see README
    ("15-s41-owner-complaints.csv", "gbk", e15_s41),
    ("16-s48-pcb-crm.csv", "utf-8", e16_s48),
    ("17-s14-work-orders.csv", "utf-8-sig", e17_s14),
    ("18-s44-quality-followup.xlsx", "xlsx", e18_s44),
    ("19-l6-appeal-register.xlsx", "xlsx", e19_l6),         # fourth held-out set, see README
    ("20-s43-city-complaint-register.csv", "gbk", e20_s43),
    ("21-s37-duty-register.csv", "utf-8-sig", e21_s37),
    ("22-s38-extrusion-complaints.csv", "utf-8", e22_s38),
    ("23-s13-distribution-ledger.xlsx", "xlsx", e23_s13),
    ("24-s31-quality-station-register.xlsx", "xlsx", e24_s31),   # fifth held-out set, see README
    ("25-s32-anomaly-ledger.csv", "gbk", e25_s32),
    ("26-s2-after-sales-register.csv", "utf-8-sig", e26_s2),
    ("27-s5-visitor-complaints.xlsx", "xlsx", e27_s5),
    ("28-s30-tianyi-tickets.csv", "utf-8-sig", e28_s30),
    ("29-s8-complaint-register.csv", "gbk", e29_s8),
    ("30-l1-shop-after-sales.csv", "utf-8-sig", e30_l1),       # sixth held-out set, see README
    ("31-s34-complaint-register.xlsx", "xlsx", e31_s34),
    ("32-s46-dealer-ledger.csv", "gbk", e32_s46),
    ("33-s4-complaint-ledger.xlsx", "xlsx", e33_s4),
    ("34-s3-pcb-crm-complaints.csv", "utf-8-sig", e34_s3),
    ("35-s6-complaint-register.csv", "gbk", e35_s6),
]


# Names and mobile numbers for the later sets' invented staff and complainants (set9a on)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
         "霞", "平", "刚", "桂英", "建华", "志强", "小红", "海燕", "文斌", "国庆", "玉兰", "晓东"]


def person_name(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def distinct_names(rng, k: int, taken: set) -> list[str]:
    """k staff names not yet in `taken` (which they join): one export's people, each a different person."""
    out = []
    while len(out) < k:
        name = person_name(rng)
        if name not in taken:
            taken.add(name)
            out.append(name)
    return out


def mobile(rng):
    return rng.choice(["138", "139", "137", "135", "158", "186", "189", "133", "177", "199"]) + \
        "".join(rng.choice("0123456789") for _ in range(8))


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


def export_number(name: str) -> int:
    """The number a benchmark export's file name starts with: 07 in 07-s39-branch-tickets.csv, 100 in 100-…."""
    return int(re.match(r"\d+", name).group())


def every_export() -> list[tuple]:
    """EXPORTS above, then the later held-out sets, each written by a helper in a module of its own (set7a.py …
    set50c.py), numbered 36 on."""
    import importlib

    names = ("7a", "7b", "8a", "8b", "9a", "9b", *(f"{n}{part}" for n in range(10, 51) for part in "abc"))
    later_sets = [importlib.import_module(f"set{n}") for n in names
                  if (HERE / f"set{n}.py").is_file()]
    return EXPORTS + [export for module in later_sets for export in module.EXPORTS]


def main(only: set[str]) -> None:
    """Writes every export, or those whose numbers are given (make_exports.py 54 55)."""
    for name, encoding, make in every_export():
        number = export_number(name)
        if only and str(number) not in only:
            continue
        rng = random.Random(18_000 + number)    # seeded by the export's number
        rows, hand = make(rng)
        write(HERE / name, encoding, rows)
        stem = name.rsplit(".", 1)[0]
        text = yaml.safe_dump(hand, allow_unicode=True, sort_keys=False)
        doc = "\n# ".join(line.strip() for line in make.__doc__.strip().splitlines())   # every docstring line a comment
        (HERE / f"{stem}.hand.yaml").write_text(f"# hand-corrected profile for {name}: {doc}\n" + text,
                                               encoding="utf-8")
        print(f"{name}: {len(rows)} cases, {len(rows[0])} columns")


if __name__ == "__main__":
    main(set(sys.argv[1:]))
