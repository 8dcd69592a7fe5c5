"""Starter-profile benchmark exports 296-297 (set fiftieth, c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 296 297    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


# --- small helpers (this module's own) ------------------------------------------------------------------------

def _slash(t):
    """2025/3/4 9:05, as the tax-device CRM writes a time."""
    return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}" if t else ""


def _slash_day(d):
    """2025/3/4, as the CRM writes a date."""
    return f"{d.year}/{d.month}/{d.day}" if d else ""


def _office(t, rng, weekdays_only=False, first=8, last=18):
    """A step time as staff record it: whole minutes inside office hours (a time outside them moves to the next
    morning; with weekdays_only, to the next working day); None if it falls after the export's cutoff."""
    if t is None:
        return None
    t = t.replace(second=0, microsecond=0)
    if t.hour < first:
        t = t.replace(hour=first + rng.randrange(0, 2), minute=rng.randrange(0, 60))
    elif t.hour >= last:
        t = (t + timedelta(days=1)).replace(hour=first + rng.randrange(0, 3), minute=rng.randrange(0, 60))
    if weekdays_only:
        while not workday(t.date()):
            t = (t + timedelta(days=1)).replace(hour=first + rng.randrange(0, 2), minute=rng.randrange(0, 60))
    return None if t > CUTOFF else t


def _receipts(rng, n, start, end, weekend_share):
    """n receipt times between start and end (sorted), office hours, a share of them on rest days."""
    out = []
    span = (end - start).days
    while len(out) < n:
        d = start + timedelta(days=rng.randrange(0, span + 1))
        if not workday(d.date()) and rng.random() > weekend_share:
            continue
        t = d.replace(hour=rng.randrange(8, 18), minute=rng.randrange(0, 60))
        if t < CUTOFF:
            out.append(t)
    return sorted(out)


def _credit_code(rng):
    """An 18-character unified social credit code as printed on a business licence (format only)."""
    alnum = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91" + "".join(rng.choice("0123456789") for _ in range(6)) + "".join(rng.choice(alnum) for _ in range(10))


# --- 296: S15, a tax-device service company's marketing department, its CRM ------------------------------------

S15_TOWN = ["江宁", "浦口", "六合", "溧水", "高淳", "栖霞", "雨花"]
S15_WORD = ["恒达", "润丰", "金鼎", "华信", "永盛", "立诚", "宏远", "嘉禾", "鑫源", "同创", "博瑞", "安泰", "德润",
            "瑞丰", "汇通", "天禾", "东升", "明扬"]
S15_TRADE = ["建材", "商贸", "五金机电", "餐饮管理", "物流", "电子科技", "食品", "装饰工程", "汽车配件", "印务",
             "农业发展", "服饰"]
S15_PRODUCT = ["税控盘", "金税盘", "税务UKey", "报税盘", "增值税发票开票软件"]
S15_SUBCON = ["本公司直营", "本公司直营", "本公司直营", "恒通科技服务部（分包）", "易联信息技术有限公司（分包）",
              "诚信税务代理服务站（分包）"]

# (投诉类别, 投诉原因, 内容, 客户诉求, 处理方式, 责任单位, needs an on-site visit)
S15_KINDS = [
    ("一般投诉", "热线难打通/接听推诿", "拨打服务热线多次占线，接通后坐席称不归其管，让企业自行联系网点",
     "要求明确专人对接并回电答复", "客服热线组长回电致歉，指定专人跟进", "营销部客服热线", False, 7),
    ("一般投诉", "设备故障未及时更换", "{p}无法读取，报修后一周仍未更换，影响开票",
     "尽快更换{p}", "质量部检测确认硬件故障，换新后上门安装发行", "质量部", True, 9),
    ("一般投诉", "多次维修未解决", "{p}反复报错，服务人员上门维修三次仍未解决",
     "派资深工程师彻底解决", "技术服务部派高级工程师上门排查，更换主板", "技术服务部", True, 8),
    ("一般投诉", "上门迟到/推辞上门", "约定上午上门处理{p}故障，服务人员迟到一个多小时",
     "要求按约定时间上门并道歉", "重新预约上门，服务站负责人致歉", "{s}", True, 6),
    ("一般投诉", "未及时升级", "开票软件未及时升级，月初征期无法开具发票",
     "立即升级恢复开票", "远程升级开票软件并指导验证", "技术服务部", False, 8),
    ("一般投诉", "其他", "年度技术服务费发票迟迟未寄出，财务无法入账",
     "尽快寄出服务费发票", "营销部补开发票并快递寄出", "营销部", False, 4),
    ("严重投诉", "服务人员态度恶劣", "服务人员上门时言语粗鲁，与企业财务人员发生争执",
     "更换服务人员并书面道歉", "服务人员停岗培训，营销部经理上门致歉", "{s}", True, 3),
    ("严重投诉", "多次约定多次违约", "连续三次约定上门均未到，企业月底无法抄报税，被税务分局催报",
     "赔偿滞报损失", "营销部经理带队上门处理，协助向税务分局说明", "技术服务部", True, 2),
    ("严重投诉", "乱收费/推销产品", "服务人员上门时强行推销打印机，另收取200元“调试费”",
     "退还费用并处理当事人", "退还费用，对服务人员按制度处分", "{s}", True, 2),
    ("严重投诉", "受税务部门批评", "因发票数据上传失败，企业被主管税务分局点名批评",
     "出具情况说明并协助向税务局解释", "出具情况说明，技术服务部补传数据", "技术服务部", False, 1),
]


def e296_s15_tax_device_crm(rng, injected=None):
    """某税控设备技术服务公司营销部的客户服务管理系统（CRM）导出的投诉工单，CSV（GB18030，系统默认的“导出Excel”
    实为逗号分隔文本）。时间写作 2025/3/4 9:05，日期写作 2025/3/4；客户是开票企业，热线周末也受理，其余环节在工作日办理。

    读制度 YAML 之前写下的表头（只读了 S15 原文）：投诉单号、受理时间、受理渠道、企业名称、纳税人识别号、联系人、
    联系电话、合同有效期至、技术服务分包单位、设备出库/启用日期、产品类型、投诉类别、投诉原因、投诉内容、客户诉求、
    处理方式、责任单位、责任人、处理单填写时间、责任单位反馈时间、原因调查、回复客户时间、改善对策、处理结果、
    意见报告出具日期、结案日期、经办人、状态。

    读过制度 YAML 后补的列：约定上门时间、实际到达时间（3.1.1 d) 的迟到半小时读这两个时间）、开单部门（处理单由谁
    开，系统本来就记录）、台帐登记时间（4.1 e) 的登记是单独的环节）、回复部门（核实与回复客户由营销部办理，
    要能看出是谁回的）、效果确认日期（4.1 g) 的改善对策与效果确认环节要有日期）。

    注入的违规（按规则 id 计数，共 16）：visit_within_30_minutes_of_appointment 4（3 件迟到 30 分钟及以上，其中
    1 件恰好 30 分钟；1 件约定后推辞、始终未上门）、step-verify_cause 3（技术服务部或质量部自己回复客户、核实）、
    improvement-opinion_report 3（意见报告日期早于效果确认日期）、opinion_report_issued 3（已确认效果、结案，
    却没有出具意见报告）、contract_term_confirmed 3（合同有效期至空白）。

    陷阱：迟到 29 分钟；提前到达；6 月 30 日受理、约定 7 月 1 日上午上门尚未到达（审计时点仍在时限内）；
    意见报告与效果确认同一天；合同已过期但有写明（确认了期限，只是已到期）；回复部门写“营销部客服热线”
    （营销部的热线组）；受理在周末、处理单在下一个工作日填写；截至导出尚未回复、未确认效果的在办案件。
    """
    n = 48
    taken: set = set()
    clerks = distinct_names(rng, 5, taken)           # 营销部 staff who open tickets (经办人)
    engineers = distinct_names(rng, 9, taken)        # responsible people in the responsible units
    contacts = distinct_names(rng, n, taken)         # the companies' contacts (finance staff)
    recv = _receipts(rng, n - 1, datetime(2025, 3, 3, 8), datetime(2025, 6, 29, 18), weekend_share=0.35)
    recv.append(datetime(2025, 6, 30, 9, 12))        # the future-appointment trap case, received on the export day
    kinds = [k for k in S15_KINDS for _ in range(k[7])]

    plans = []
    for i, t0 in enumerate(recv):
        kind = rng.choice(kinds)
        product = rng.choice(S15_PRODUCT)
        subcon = rng.choice(S15_SUBCON)
        visit = kind[6] or rng.random() < 0.15
        if i == n - 1:                               # trap: appointment tomorrow morning, not yet due
            kind = S15_KINDS[1]
            visit = True
        slip = _office(t0 + timedelta(minutes=rng.randrange(20, 240)), rng, weekdays_only=True)
        if slip is None:                             # received on the export morning: the slip was opened at once
            slip = min(t0 + timedelta(minutes=rng.randrange(8, 30)), CUTOFF)
        reg = _office(slip + timedelta(minutes=rng.randrange(5, 600)), rng, weekdays_only=True)
        if reg is None:
            reg = min(slip + timedelta(minutes=rng.randrange(3, 15)), CUTOFF)
        appt = arrive = None
        if visit:
            d = reg.date() + timedelta(days=rng.randrange(1, 4))
            while not workday(d):
                d += timedelta(days=1)
            appt = datetime(d.year, d.month, d.day, rng.choice([9, 9, 10, 14, 15]), rng.choice([0, 0, 30]))
            arrive = appt + timedelta(minutes=rng.randrange(-20, 24))
            if arrive > CUTOFF:                      # not yet visited at the export: the visit is booked for July
                appt, arrive = datetime(2025, 7, 1, appt.hour, appt.minute), None
        if i == n - 1:
            appt, arrive = datetime(2025, 7, 1, 9, 30), None
        base = arrive if visit else reg
        back = _office(base + timedelta(hours=rng.uniform(20, 110)), rng, weekdays_only=True) if base else None
        verify = _office(back + timedelta(hours=rng.uniform(2, 30)), rng, weekdays_only=True) if back else None
        improve = None
        if verify:
            d = verify.date() + timedelta(days=rng.randrange(1, 8))
            while not workday(d):
                d += timedelta(days=1)
            improve = d if datetime(d.year, d.month, d.day, 17) <= CUTOFF else None
        report = None
        if improve:
            d = improve + timedelta(days=pick(rng, [(0, 3), (1, 3), (2, 2), (3, 1), (5, 1)]))
            while not workday(d):
                d += timedelta(days=1)
            report = d if datetime(d.year, d.month, d.day, 17) <= CUTOFF else None
            if report is None:                       # effect confirmation still pending at the export
                improve = None
        plans.append(dict(t0=t0, kind=kind, product=product, subcon=subcon, slip=slip, reg=reg, appt=appt,
                          arrive=arrive, back=back, verify=verify, improve=improve, report=report))

    # choose the injected cases among those that reached the step (fixed by the seed)
    idx = list(range(n - 1))
    visited = [i for i in idx if plans[i]["appt"] and plans[i]["arrive"] and plans[i]["verify"]]
    late = rng.sample(visited, 4)
    never = late[3]                                   # 推辞上门: appointment kept no one, handled remotely later
    late = late[:3]
    trap29 = rng.choice([i for i in visited if i not in late and i != never])
    reported = [i for i in idx if plans[i]["report"]]
    no_report = rng.sample(reported, 3)
    early_report = rng.sample([i for i in reported if i not in no_report], 3)
    replied = [i for i in idx if plans[i]["verify"]]
    wrong_reply = rng.sample(replied, 3)
    no_contract = rng.sample(idx, 3)
    expired = rng.choice([i for i in idx if i not in no_contract])
    same_day = rng.choice([i for i in reported if i not in no_report and i not in early_report])

    rows = []
    per_day: dict = {}
    for i, p in enumerate(plans):
        t0 = p["t0"]
        per_day[t0.date()] = per_day.get(t0.date(), 0) + 1
        number = f"TS{t0:%y%m%d}{per_day[t0.date()]:02d}"
        severity, reason, content, demand, measure, unit, _, _ = p["kind"]
        content = content.format(p=p["product"])
        demand = demand.format(p=p["product"])
        unit = unit.format(s=p["subcon"] if "分包" in p["subcon"] else "技术服务部")
        appt, arrive = p["appt"], p["arrive"]
        if i in late:
            k = late.index(i)
            arrive = appt + timedelta(minutes=[30, rng.randrange(36, 80), rng.randrange(85, 170)][k])
            if injected is not None:
                injected.append((number, "visit_within_30_minutes_of_appointment"))
        elif i == never:
            arrive = None
            measure = "服务人员推辞未上门，改为远程协助处理"
            if injected is not None:
                injected.append((number, "visit_within_30_minutes_of_appointment"))
        elif i == trap29:
            arrive = appt + timedelta(minutes=29)
        if appt and arrive and p["back"] and arrive > p["back"]:
            arrive = p["back"] - timedelta(hours=2)
        improve, report = p["improve"], p["report"]
        if i in no_report:
            report = None
            if injected is not None:
                injected.append((number, "opinion_report_issued"))
        elif i in early_report:
            report = improve - timedelta(days=rng.randrange(1, 4))
            while not workday(report):
                report -= timedelta(days=1)
            if injected is not None:
                injected.append((number, "improvement-opinion_report"))
        elif i == same_day:
            report = improve
        reply_dept = pick(rng, [("营销部", 5), ("营销部客服热线", 2)]) if p["verify"] else ""
        if i in wrong_reply:
            reply_dept = ["技术服务部", "质量部", "技术服务部"][wrong_reply.index(i)]
            if injected is not None:
                injected.append((number, "step-verify_cause"))
        year, month = rng.choice([2025, 2026, 2026, 2027]), rng.choice([6, 9, 12])
        contract = date(year if (year, month) > (2025, 6) else 2026, month, 31 if month == 12 else 30)
        if i == expired:
            contract = date(2025, 2, 28)
        contract_s = _slash_day(contract)
        if i in no_contract:
            contract_s = ""
            if injected is not None:
                injected.append((number, "contract_term_confirmed"))
        device = date(rng.randrange(2019, 2025), rng.randrange(1, 13), rng.randrange(1, 29))
        if report:
            status = "已结案"
        elif improve and i in no_report:
            status = "已结案"
        elif p["verify"]:
            status = "待效果确认"
        elif p["back"]:
            status = "待回访"
        else:
            status = "处理中"
        close = report or (improve if i in no_report else None)
        rows.append({
            "投诉单号": number,
            "受理时间": _slash(t0),
            "受理渠道": pick(rng, [("服务热线", 6), ("来电", 2), ("上门", 1), ("书面函件", 1), ("微信公众号", 2)]),
            "企业名称": f"南京{rng.choice(S15_WORD)}{rng.choice(S15_TRADE)}有限公司",
            "纳税人识别号": _credit_code(rng),
            "联系人": contacts[i],
            "联系电话": mobile(rng),
            "合同有效期至": contract_s,
            "技术服务分包单位": p["subcon"],
            "设备出库/启用日期": _slash_day(device),
            "产品类型": p["product"],
            "投诉类别": severity,
            "投诉原因": reason,
            "投诉内容": content,
            "客户诉求": demand,
            "约定上门时间": _slash(appt),
            "实际到达时间": _slash(arrive),
            "处理方式": measure,
            "责任单位": unit,
            "责任人": rng.choice(engineers),
            "处理单填写时间": _slash(p["slip"]),
            "开单部门": "营销部",
            "台帐登记时间": _slash(p["reg"]),
            "责任单位反馈时间": _slash(p["back"]),
            "原因调查": ("已查明：" + reason) if p["back"] else "",
            "回复客户时间": _slash(p["verify"]),
            "回复部门": reply_dept,
            "改善对策": "纳入服务站月度考核，加强培训" if improve else "",
            "效果确认日期": _slash_day(improve),
            "处理结果": "客户认可处理结果" if p["verify"] else "",
            "意见报告出具日期": _slash_day(report),
            "结案日期": _slash_day(close),
            "经办人": rng.choice(clerks),
            "状态": status,
        })

    hand = {
        "procedure": "s15-complaint-handling-marketing",
        "encoding": "gb18030",
        "columns": {
            "投诉单号": "case_number",
            "受理时间": "received_at",
            "企业名称": "customer",
            "合同有效期至": "contract_valid_until",
            "技术服务分包单位": "service_subcontractor",
            "设备出库/启用日期": "device_start_date",
            "投诉类别": "severity",
            "投诉内容": "content",
            "客户诉求": "demand",
            "约定上门时间": "appointment_at",
            "实际到达时间": "arrived_at",
            "处理方式": "measures",
            "责任单位": "responsible_department",
            "责任人": "responsible_person",
            "处理单填写时间": "fill_handling_slip_at",
            "开单部门": "fill_handling_slip_by",
            "台帐登记时间": "register_at",
            "原因调查": "cause",
            "回复客户时间": "verify_cause_at",
            "回复部门": "verify_cause_by",
            "效果确认日期": "improvement_at",
            "处理结果": "result",
            "意见报告出具日期": "opinion_report_at",
        },
        "values": {
            "severity": {"一般投诉": "general", "严重投诉": "serious"},
        },
        "roles": {
            "营销部": "marketing",
            "营销部客服热线": "marketing",
            "技术服务部": "tech_service_unit",
            "质量部": "quality_dept",
        },
    }
    return rows, hand


# --- 297: S14, a wholesale market's operating company, the admin department's Excel ledger ----------------------

S14_DEPTS = {   # 被投诉部门 -> typical complaints (content, 档主要求, 处理方式, severity)
    "物业部": [("B区下水道堵塞，报修后多次疏通仍返堵，污水漫到档口", "彻底疏通并减免当月卫生费", "物业部更换排水管段", "一般投诉"),
              ("夜间停电未提前通知，冷柜货品变质", "赔偿货损并提前通知停电", "物业部核实停电原因，协商货损补偿", "一般投诉"),
              ("电表读数异常，电费比上月高出一倍", "重新核表并退还多收电费", "物业部现场校表", "一般投诉")],
    "保安部": [("保安驱赶卸货车辆时辱骂档主", "保安当面道歉", "保安部对当事保安停岗培训", "严重投诉"),
              ("保安收取“停车看护费”未开票", "退还费用", "退还费用，当事人辞退", "严重投诉"),
              ("夜间档口被撬，监控无人值守", "调取监控协助报案", "保安部调取监控，加强夜间巡逻", "一般投诉")],
    "保洁部": [("垃圾清运不及时，档口门前堆积发臭", "每日按时清运", "保洁部调整清运班次", "一般投诉"),
              ("保洁员将档口纸箱当垃圾清走", "赔偿纸箱损失", "保洁部赔偿并培训保洁员", "一般投诉")],
    "工程部": [("雨棚漏雨，维修三次仍未修好", "彻底修好雨棚", "工程部更换雨棚板", "一般投诉"),
              ("卷闸门维修后仍无法落锁", "尽快修复卷闸门", "工程部更换卷闸门电机", "一般投诉")],
    "收费处": [("收费员多收管理费且态度差", "退还多收费用", "收费处核账退费，收费员通报批评", "严重投诉"),
              ("续租缴费排队两小时无人处理", "增开收费窗口", "收费处高峰期增开窗口", "一般投诉")],
    "招商部": [("招商人员向档主推销广告位，不买就不给续租", "停止强行推销", "招商部约谈当事人并书面检讨", "严重投诉"),
              ("档位调整未提前告知，被媒体报道后引发围观", "恢复原档位", "招商部协商调回原档位，公司发布说明", "严重投诉")],
    "行政部": [("投诉热线白天多次无人接听", "热线专人值守", "行政部调整热线值班表", "一般投诉"),
              ("上门投诉时办公室无人接待、登记", "有人接待并登记", "行政部设接待值班岗", "一般投诉")],
}


def e297_s14_market_admin_ledger(rng, injected=None):
    """某农副产品批发市场的运营管理公司，行政部（下设客服组，管投诉热线和接待窗口）用 Excel 记的《客户投诉处理
    管理台账》，XLSX，一行一件投诉；日期时间是 Excel 日期单元格（手工录入“2025/4/3 9:30”后 Excel 转成的日期时间），
    “整改确认日期”“意见报告日期”只录日期。投诉人多是档主，市场每天营业，行政部周末也有人值班。

    读制度 YAML 之前写下的表头（只读了 S14 原文）：序号、登记编号、投诉日期、投诉人、档口号、联系电话、投诉方式、
    投诉内容、投诉类别、接待人、处理单下发时间、处理方式、被投诉部门、责任人、部门反馈时间、调查情况、主管签字、
    回复档主时间、整改措施、结案时间、备注。

    读过制度 YAML 后补的列：档主要求（3(2) 的“投诉要求”要单独一栏）、回复经办部门（3(6) 与档主接洽核实由行政部门
    办理，要看出是谁回的）、整改确认日期（3(7) 改善对策的确认要有日期）、意见报告日期（3(9) 意见报告，原来只想到
    “处理意见”一栏文字，改为记出具日期）。

    注入的违规（按规则 id 计数，共 17）：demand_understood 3（档主要求空白）、handling_slip_filled 2（行政部现场
    协调了事，没有开处理单）、feedback_signed 3（部门已反馈，主管签字栏 2 件空白、1 件写“未签”）、
    step-verify_cause 3（被投诉部门自己回复档主，如物业部、保洁部）、feedback-verify_cause 3（回复档主时间
    早于部门反馈时间）、opinion_report_issued 3（已整改确认、已结案，未出具意见报告）。

    陷阱：回复档主与部门反馈同一分钟；意见报告与整改确认同一天；签字栏写“已盖章”（没有写名字也算签章）；
    部门反馈在周日；回复经办部门写“行政部客服组”（行政部的）；被投诉的就是行政部（热线无人接听），由行政部自己回复；
    截至导出部门尚未反馈、签字栏空着的在办案件；已回复档主、尚未整改确认因而没有意见报告的案件。
    """
    n = 44
    taken: set = set()
    receptionists = distinct_names(rng, 4, taken)      # 行政部客服组 staff
    heads = dict(zip(S14_DEPTS, distinct_names(rng, len(S14_DEPTS), taken)))   # each department's supervisor
    staff = {d: distinct_names(rng, 2, taken) for d in S14_DEPTS}
    owners = distinct_names(rng, n, taken)
    recv = _receipts(rng, n, datetime(2025, 3, 1, 7), datetime(2025, 6, 29, 18), weekend_share=0.9)
    depts = [d for d in S14_DEPTS for _ in range({"物业部": 4, "保安部": 2, "保洁部": 2, "工程部": 2, "收费处": 2,
                                                   "招商部": 1, "行政部": 1}[d])]

    plans = []
    for t0 in recv:
        dept = rng.choice(depts)
        content, demand, measure, severity = rng.choice(S14_DEPTS[dept])
        slip = _office(t0 + timedelta(minutes=rng.randrange(15, 300)), rng, first=7)
        if slip is None:
            slip = min(t0 + timedelta(minutes=rng.randrange(10, 40)), CUTOFF)
        back = _office(slip + timedelta(hours=rng.uniform(18, 96)), rng, first=7) if slip else None
        reply = _office(back + timedelta(hours=rng.uniform(1, 28)), rng, first=7) if back else None
        improve = None
        if reply:
            d = reply.date() + timedelta(days=rng.randrange(1, 7))
            improve = d if datetime(d.year, d.month, d.day, 17) <= CUTOFF else None
        report = None
        if improve:
            d = improve + timedelta(days=pick(rng, [(0, 2), (1, 3), (2, 2), (4, 1)]))
            report = d if datetime(d.year, d.month, d.day, 17) <= CUTOFF else None
            if report is None:                       # rectification not yet confirmed at the export
                improve = None
        plans.append(dict(t0=t0, dept=dept, content=content, demand=demand, measure=measure, severity=severity,
                          slip=slip, back=back, reply=reply, improve=improve, report=report))

    idx = list(range(n))
    done = [i for i in idx if plans[i]["report"]]
    fed = [i for i in idx if plans[i]["back"] and plans[i]["reply"]]
    no_slip = rng.sample([i for i in done if plans[i]["dept"] != "行政部"], 2)
    no_demand = rng.sample([i for i in idx if i not in no_slip], 3)
    pool = [i for i in fed if i not in no_slip]
    unsigned = rng.sample(pool, 3)
    pool = [i for i in pool if i not in unsigned and plans[i]["dept"] in ("物业部", "保安部", "工程部", "保洁部")]
    wrong_reply = rng.sample(pool, 3)
    pool = [i for i in fed if i not in no_slip and i not in wrong_reply]
    early_reply = rng.sample(pool, 3)
    pool = [i for i in done if i not in no_slip]
    no_report = rng.sample(pool, 3)
    same_minute = rng.choice([i for i in fed if i not in no_slip + early_reply])
    same_day = rng.choice([i for i in done if i not in no_slip + no_report])
    stamped = rng.sample([i for i in fed if i not in no_slip + unsigned], 3)

    rows = []
    for i, p in enumerate(plans):
        number = f"SC-TS-{p['t0']:%y%m}-{i + 1:03d}"
        slip, back, reply, improve, report = p["slip"], p["back"], p["reply"], p["improve"], p["report"]
        dept, measure = p["dept"], p["measure"]
        signer = heads[dept] if back else None
        demand = p["demand"]
        reply_dept = pick(rng, [("行政部", 3), ("行政部客服组", 2)]) if reply else None
        note = None
        if i in no_slip:
            slip = back = signer = None
            improve = report = None
            measure = "行政部现场协调解决"
            note = "现场协调，未开处理单"
            if injected is not None:
                injected.append((number, "handling_slip_filled"))
        if i in no_demand:
            demand = None
            if injected is not None:
                injected.append((number, "demand_understood"))
        if i in unsigned:
            signer = [None, None, "未签"][unsigned.index(i)]
            if injected is not None:
                injected.append((number, "feedback_signed"))
        elif i in stamped and signer:
            signer = "已盖章"
        if i in wrong_reply:
            reply_dept = dept
            note = "部门直接回复档主"
            if injected is not None:
                injected.append((number, "step-verify_cause"))
        if i in early_reply:
            # the admin office rang the stall owner back before the department's written feedback came in
            for _ in range(50):
                d = slip.date() + timedelta(days=rng.randrange(0, (back.date() - slip.date()).days + 1))
                reply = datetime(d.year, d.month, d.day, rng.randrange(8, 18), rng.randrange(0, 60))
                if slip < reply < back - timedelta(minutes=30):
                    break
            else:
                reply = (slip + (back - slip) / 2).replace(second=0, microsecond=0)
            if injected is not None:
                injected.append((number, "feedback-verify_cause"))
        elif i == same_minute:
            reply = back
        if i in no_report:
            report = None
            if injected is not None:
                injected.append((number, "opinion_report_issued"))
        elif i == same_day:
            report = improve
        closed = None
        if report:
            closed = datetime(report.year, report.month, report.day, 16, rng.randrange(0, 60))
        elif i in no_report:
            closed = datetime(improve.year, improve.month, improve.day, 17, rng.randrange(0, 60))
        elif i in no_slip:
            closed = reply
        rows.append({
            "序号": i + 1,
            "登记编号": number,
            "投诉日期": p["t0"],
            "投诉人": owners[i],
            "档口号": f"{rng.choice('ABCDEF')}{rng.randrange(1, 4)}-{rng.randrange(1, 80):02d}",
            "联系电话": mobile(rng),
            "投诉方式": pick(rng, [("来电", 5), ("上门", 4), ("热线", 3), ("微信群", 2)]),
            "投诉内容": p["content"],
            "档主要求": demand,
            "投诉类别": p["severity"],
            "接待人": rng.choice(receptionists),
            "处理单下发时间": slip,
            "处理方式": measure,
            "被投诉部门": dept,
            "责任人": rng.choice(staff[dept]),
            "部门反馈时间": back,
            "调查情况": "情况属实，已处理" if back else None,
            "主管签字": signer,
            "回复档主时间": reply,
            "回复经办部门": reply_dept,
            "整改措施": "纳入部门月度考核" if improve else None,
            "整改确认日期": datetime(improve.year, improve.month, improve.day) if improve else None,
            "意见报告日期": datetime(report.year, report.month, report.day) if report else None,
            "结案时间": closed,
            "备注": note,
        })

    hand = {
        "procedure": "s14-operations-complaint-flow",
        "columns": {
            "登记编号": "case_number",
            "投诉日期": "received_at",
            "投诉内容": "content",
            "档主要求": "demand",
            "投诉类别": "severity",
            "处理单下发时间": "fill_handling_slip_at",
            "处理方式": "measures",
            "被投诉部门": "responsible_department",
            "责任人": "responsible_person",
            "部门反馈时间": "feedback_at",
            "调查情况": "cause",
            "主管签字": "complained_unit_signature",
            "回复档主时间": "verify_cause_at",
            "回复经办部门": "verify_cause_by",
            "整改确认日期": "improvement_at",
            "意见报告日期": "opinion_report_at",
        },
        "values": {
            "severity": {"一般投诉": "general", "严重投诉": "serious"},
        },
        "roles": {
            "行政部": "admin_dept",
            "行政部客服组": "admin_dept",
            "物业部": "complained_dept",
            "保安部": "complained_dept",
            "保洁部": "complained_dept",
            "工程部": "complained_dept",
            "收费处": "complained_dept",
            "招商部": "complained_dept",
        },
    }
    return rows, hand


EXPORTS = [
    ("296-s15-complaint-handling-marketing-tax-device-crm-tickets.csv", "gb18030", e296_s15_tax_device_crm),
    ("297-s14-operations-complaint-flow-market-admin-ledger.xlsx", "xlsx", e297_s14_market_admin_ledger),
]
