"""Starter-profile benchmark exports 254-255 (set 43c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 254 255    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import pick, distinct_names, mobile, slash, workday, nth_workday_after


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=21):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _day(t):
    """A date-only value (midnight) for a system that records only the day."""
    return None if t is None else datetime(t.year, t.month, t.day)


def _slash_date(t):
    return "" if t is None else f"{t.year}/{t.month}/{t.day}"


def _slash(t):
    return "" if t is None else slash(t)


def _work_day(rng, lo, hi):
    while True:
        d = _rand_day(rng, lo, hi)
        if workday(d):
            return d


# ---------------------------------------------------------------------------------------------------------------
# 254: S15 - a tax-control device service company's CRM (营销部客服中心), CSV in GB18030, dates 2025/3/4 9:05
# ---------------------------------------------------------------------------------------------------------------

_S15_REASONS = {   # company's own 投诉原因 -> usual 投诉类别
    "热线占线打不进": "一般投诉", "坐席推诿不处理": "一般投诉", "税控盘故障未及时更换": "一般投诉",
    "多次维修仍未解决": "一般投诉", "上门迟到/爽约": "一般投诉", "未及时升级无法开票": "一般投诉",
    "其他": "一般投诉",
    "工程师态度恶劣": "严重投诉", "多次爽约影响经营": "严重投诉", "乱收费/强行推销": "严重投诉",
    "屡次投诉仍未改进": "严重投诉", "被税务局通报": "严重投诉",
}
_S15_CONTENT = {
    "热线占线打不进": ["月初报税高峰打400热线一上午都占线", "连续三天打热线无人接听，开票系统报错无法处理"],
    "坐席推诿不处理": ["热线客服让找服务网点，网点又让打热线，互相推诿", "坐席说不归他们管，直接挂断电话"],
    "税控盘故障未及时更换": ["金税盘读不出，报修一周仍未更换", "税控盘锁死，申请换盘后迟迟不到"],
    "多次维修仍未解决": ["开票软件反复报错，工程师来了三次都没修好", "打印机驱动问题维修两次仍无法打印发票"],
    "上门迟到/爽约": ["约好上午上门，工程师下午才到", "约定上门安装，工程师没来也没通知"],
    "未及时升级无法开票": ["开票软件未及时升级，月底无法开具电子发票", "新版本税率未更新，开票被拒"],
    "其他": ["服务费发票迟迟未寄出", "培训课程时间临时更改未通知"],
    "工程师态度恶劣": ["工程师在财务室大声指责会计操作不当", "工程师言语粗俗，拒绝解释收费项目"],
    "多次爽约影响经营": ["三次约定上门均未到，企业一周无法开票影响发货", "多次改约导致月底无法抄报税"],
    "乱收费/强行推销": ["上门时要求购买防伪税控打印机，否则不给安装", "年费之外另收上门费300元未开票"],
    "屡次投诉仍未改进": ["同一网点本季度第三次投诉上门迟到", "已投诉两次的坐席仍态度冷淡"],
    "被税务局通报": ["企业向税务分局反映，分局来函批评我司服务", "因升级延误被税务所点名通报"],
}
_S15_DEMAND = ["尽快更换税控盘", "要求工程师上门处理", "退还上门费", "要求书面道歉", "要求更换服务工程师",
               "尽快远程升级开票软件", "说明收费依据并退费", "要求给出明确处理时间"]
_S15_MEASURES = ["电话指导后远程处理", "安排工程师上门", "更换税控设备", "远程升级开票软件", "退费并致歉",
                 "约谈服务网点负责人", "更换服务工程师"]
_S15_NETWORK = ["江宁网点(金信科技)", "浦口网点(恒信税务)", "六合网点(航信服务)", "溧水网点(众诚科技)",
                "鼓楼网点(直营)", "栖霞网点(华税信息)"]
_S15_FIRMS_A = ["恒达", "瑞丰", "金陵", "永盛", "华信", "博远", "新联", "佳和", "天禾", "润泽", "鼎盛", "宏图",
                "安泰", "诚达", "盛世", "广源", "德隆", "长江", "嘉诚", "明珠"]
_S15_FIRMS_B = ["商贸", "建材", "物流", "餐饮管理", "电子科技", "机械制造", "服装", "医药连锁", "广告传媒",
                "装饰工程", "食品", "汽车销售"]
_S15_CHANNEL = [("400热线", 60), ("微信公众号", 15), ("书面来函", 8), ("到厅投诉", 7), ("税务局转办", 10)]


def _tax_id(rng):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91320" + "".join(rng.choice("0123456789") for _ in range(4)) + \
        "".join(rng.choice(chars) for _ in range(9))


def e254_s15_taxdevice_crm_complaints(rng, injected=None):
    """S15 客户投诉处理管理办法 - 税控设备技术服务公司营销部客服中心的 CRM“投诉工单”导出（CSV，GB18030）。

    系统：营销部客服中心的 CRM，400 热线坐席受理后派单给服务网点或职能部门，台账由营销部登记，回访核实、效果确认、
    处理意见书出具都在工单上记时间。日期写法 2025/3/4 9:05（日期列 2025/3/4）。

    读制度 YAML 之前写下的表头（只读了种子原文）：
      工单编号、受理时间、受理坐席、来源渠道、企业名称、纳税人识别号、联系人、联系电话、投诉类别、投诉原因、
      合同到期日、服务网点（技术服务分包单位）、设备启用日期、投诉内容、责任单位、责任人、处理方式、处理结果、
      回访核实时间（原写“反馈时间”）、改善对策、效果确认时间（原写“效果确认”）、工单状态
      （原列表中的“结案日期”与意见书出具时间合并，未单列）
    读过制度 YAML 后补的列：
      客户诉求（demand）、约定上门时间 / 实际到达时间（3.1.1 d 的时限）、派单时间 / 派单部门（填写处理单并传达，
      环节时间和办理部门）、台账登记时间（4.1 e 登记）、处理意见书出具时间（4.1 i）
    注入的违规（按规则 id 计数，共 19）：
      contract_term_confirmed 1、subcontractor_confirmed 1、device_date_confirmed 1、demand_confirmed 1、
      measures_drafted 1、responsible_person_named 1、case_registered 1、opinion_report_issued 2、
      visit_within_30_minutes_of_appointment-start 1（有到达时间、无约定时间）、
      visit_within_30_minutes_of_appointment 2（其一恰好迟到30分钟，“以上”含本数）、severity 2（“待定”“咨询建议”）、
      step-fill_handling_slip 2（质量管理部、服务网点自行派单）、register-verify_cause 1（台账在回访后补登）、
      improvement-opinion_report 1（意见书早于效果确认）、case_number 1（工单号重复导入）
    陷阱（不是违规）：
      迟到29分钟到达；提前到达；约定7月2日上门、尚未到达（未到期）；派单部门写“营销部”与“营销部客服中心”两种
      （都是营销部门）；处理中的工单没有回访、效果确认和意见书（尚未到这些环节）；效果确认与意见书同在6月30日上午。
    """
    taken: set = set()
    seats = distinct_names(rng, 6, taken)
    engineers = distinct_names(rng, 12, taken)
    contacts_pool = distinct_names(rng, 60, taken)

    n = 46
    days = sorted(_work_day(rng, datetime(2025, 1, 6), datetime(2025, 6, 26)) for _ in range(n))
    cases = []
    seq: dict = {}
    for i, day in enumerate(days):
        key = day.strftime("%y%m")
        seq[key] = seq.get(key, 0) + rng.randint(1, 4)
        number = f"KT{key}{seq[key]:04d}"
        reason = rng.choice(list(_S15_REASONS))
        severity = _S15_REASONS[reason]
        recv = _at(rng, day, 8.5, 17.5)
        fill = _plus(rng, recv, 0.2, 3, day_to=19)
        reg = _plus(rng, fill, 0.1, 20, day_to=19)
        visit = reason in ("上门迟到/爽约", "多次维修仍未解决", "税控盘故障未及时更换", "多次爽约影响经营",
                           "工程师态度恶劣") or rng.random() < 0.25
        appt = arr = None
        if visit:
            d = nth_workday_after(fill.date(), rng.randint(1, 3))
            appt = datetime(d.year, d.month, d.day, rng.choice([9, 10, 14, 15]), rng.choice([0, 30]))
            arr = appt + timedelta(minutes=rng.randint(-25, 20))
        vc = _plus(rng, max(reg, arr or reg), 24, 24 * 8, day_to=19)
        imp = _plus(rng, vc, 24 * 3, 24 * 20, day_to=19)
        op = _plus(rng, imp, 1, 72, day_to=19)
        if op > CUTOFF:
            imp = op = None
        if vc > CUTOFF:
            vc = imp = op = None
        if appt is not None and appt > CUTOFF:
            appt, arr = datetime(2025, 7, 2, 9, 30), None
        elif arr is not None and arr > CUTOFF:
            arr = appt - timedelta(minutes=5)
        network = rng.choice(_S15_NETWORK)
        resp_unit = pick(rng, [(network.split("(")[0], 70), ("营销部客服中心", 15), ("质量管理部", 15)])
        start_year = rng.randint(2019, 2024)
        device = datetime(start_year, rng.randint(1, 12), rng.randint(1, 28))
        contract = datetime(rng.choice([2025, 2025, 2026, 2026, 2027]), rng.randint(1, 12), rng.randint(1, 28))
        cases.append({
            "number": number, "recv": recv, "seat": rng.choice(seats),
            "channel": pick(rng, _S15_CHANNEL),
            "firm": rng.choice(["南京", "江宁", "浦口", "六合", "溧水"]) + rng.choice(_S15_FIRMS_A) +
                    rng.choice(_S15_FIRMS_B) + "有限公司",
            "tax_id": _tax_id(rng), "contact": contacts_pool[i], "phone": mobile(rng),
            "contract": contract, "network": network, "device": device,
            "severity": severity, "reason": reason, "content": rng.choice(_S15_CONTENT[reason]),
            "demand": rng.choice(_S15_DEMAND), "appt": appt, "arr": arr,
            "fill": fill, "fill_by": pick(rng, [("营销部客服中心", 80), ("营销部", 20)]),
            "measures": "安排工程师上门" if visit else rng.choice(_S15_MEASURES),
            "resp_unit": resp_unit, "resp_person": rng.choice(engineers), "reg": reg, "vc": vc,
            "countermeasure": "", "imp": imp, "op": op,
        })

    def eligible(cond):
        return [c for c in cases if cond(c) and not c.get("tag")]

    def take(cond, k, tag):
        chosen = rng.sample(eligible(cond), k)
        for c in chosen:
            c["tag"] = tag
        return chosen

    def note(case, rule):
        if injected is not None:
            injected.append((case["number"], rule))

    # traps first, on their own rows
    visits = lambda c: c["arr"] is not None and c["vc"] is not None   # noqa: E731
    for c in take(visits, 1, "trap-29"):
        c["arr"] = c["appt"] + timedelta(minutes=29)
    for c in take(visits, 1, "trap-early"):
        c["arr"] = c["appt"] - timedelta(minutes=20)
    # the latest open case gets a visit booked after the export date, not yet due
    c = [x for x in cases if not x.get("tag")][-1]
    c["tag"] = "trap-future-visit"
    c["vc"] = c["imp"] = c["op"] = None
    c["appt"], c["arr"], c["measures"] = datetime(2025, 7, 2, 9, 30), None, "安排工程师上门"
    # a closed case whose confirmation and opinion both fall on the morning of 30 June
    closed = [x for x in cases if x["op"] is not None and not x.get("tag") and x["vc"] < datetime(2025, 6, 27)]
    c = closed[-1]
    c["tag"] = "trap-june30"
    c["imp"], c["op"] = datetime(2025, 6, 30, 9, 40), datetime(2025, 6, 30, 11, 25)

    # injections: one per row
    has_fill = lambda c: True   # noqa: E731
    for rule, field in [("contract_term_confirmed", "contract"), ("subcontractor_confirmed", "network"),
                        ("device_date_confirmed", "device"), ("demand_confirmed", "demand"),
                        ("measures_drafted", "measures"), ("responsible_person_named", "resp_person")]:
        for c in take(has_fill, 1, rule):
            c[field] = None
            note(c, rule)
    for c in take(lambda c: c["vc"] is not None, 1, "case_registered"):
        c["reg"] = None
        note(c, "case_registered")
    for c in take(lambda c: c["op"] is not None, 2, "opinion_report_issued"):
        c["op"] = None
        note(c, "opinion_report_issued")
    for c in take(visits, 1, "visit-start"):
        c["appt"] = None
        note(c, "visit_within_30_minutes_of_appointment-start")
    late = take(visits, 2, "visit-late")
    late[0]["arr"] = late[0]["appt"] + timedelta(minutes=30)
    late[1]["arr"] = late[1]["appt"] + timedelta(minutes=rng.randint(45, 150))
    for c in late:
        note(c, "visit_within_30_minutes_of_appointment")
    for c, value in zip(take(has_fill, 2, "severity"), ["待定", "咨询建议"]):
        c["severity"] = value
        note(c, "severity")
    for c, value in zip(take(has_fill, 2, "fill-by"), ["质量管理部", "江宁网点(金信科技)"]):
        c["fill_by"] = value
        note(c, "step-fill_handling_slip")
    for c in take(lambda c: c["vc"] is not None and c["vc"] < datetime(2025, 6, 20), 1, "register-late"):
        c["reg"] = _plus(rng, c["vc"], 20, 40, day_to=19)
        note(c, "register-verify_cause")
    for c in take(lambda c: c["op"] is not None, 1, "opinion-early"):
        c["op"] = c["imp"] - timedelta(days=rng.randint(1, 3), minutes=rng.randint(0, 200))
        note(c, "improvement-opinion_report")

    # a re-imported work order: a second, different complaint under an existing number
    orig = rng.choice([c for c in cases if not c.get("tag") and c["op"] is not None])
    dup = dict(orig)
    dup["tag"] = "duplicate"
    dup["contact"], dup["phone"] = contacts_pool[-1], mobile(rng)
    dup["reason"] = "热线占线打不进"
    dup["severity"] = "一般投诉"
    dup["content"] = rng.choice(_S15_CONTENT["热线占线打不进"])
    dup["appt"] = dup["arr"] = None
    dup["measures"] = "电话指导后远程处理"
    cases.insert(cases.index(orig) + 1, dup)
    note(dup, "case_number")

    rows = []
    for c in cases:
        if c["op"] is not None:
            status, result = "已结案", "已处理，客户认可"
        elif c["imp"] is not None:
            status, result = "待出具意见书", "整改已完成"
        elif c["vc"] is not None:
            status, result = "整改中", "责任单位已反馈原因"
        else:
            status, result = "处理中", ""
        rows.append({
            "工单编号": c["number"],
            "受理时间": _slash(c["recv"]),
            "受理坐席": c["seat"],
            "来源渠道": c["channel"],
            "企业名称": c["firm"],
            "纳税人识别号": c["tax_id"],
            "联系人": c["contact"],
            "联系电话": c["phone"],
            "合同到期日": _slash_date(c["contract"]),
            "服务网点": c["network"] or "",
            "设备启用日期": _slash_date(c["device"]),
            "投诉类别": c["severity"],
            "投诉原因": c["reason"],
            "投诉内容": c["content"],
            "客户诉求": c["demand"] or "",
            "约定上门时间": _slash(c["appt"]),
            "实际到达时间": _slash(c["arr"]),
            "派单时间": _slash(c["fill"]),
            "派单部门": c["fill_by"],
            "处理方式": c["measures"] or "",
            "责任单位": c["resp_unit"],
            "责任人": c["resp_person"] or "",
            "台账登记时间": _slash(c["reg"]),
            "回访核实时间": _slash(c["vc"]),
            "改善对策": "网点限期整改并复训" if c["imp"] is not None else "",
            "效果确认时间": _slash(c["imp"]),
            "处理意见书出具时间": _slash(c["op"]),
            "处理结果": result,
            "工单状态": status,
        })

    hand = {
        "procedure": "s15-complaint-handling-marketing",
        "columns": {
            "工单编号": "case_number",
            "受理时间": "received_at",
            "企业名称": "customer",
            "合同到期日": "contract_valid_until",
            "服务网点": "service_subcontractor",
            "设备启用日期": "device_start_date",
            "投诉类别": "severity",
            "投诉内容": "content",
            "客户诉求": "demand",
            "约定上门时间": "appointment_at",
            "实际到达时间": "arrived_at",
            "派单时间": "fill_handling_slip_at",
            "派单部门": "fill_handling_slip_by",
            "处理方式": "measures",
            "责任单位": "responsible_department",
            "责任人": "responsible_person",
            "台账登记时间": "register_at",
            "回访核实时间": "verify_cause_at",
            "效果确认时间": "improvement_at",
            "处理意见书出具时间": "opinion_report_at",
            "处理结果": "result",
        },
        "values": {
            "severity": {"一般投诉": "general", "严重投诉": "serious"},
        },
        "roles": {
            "营销部客服中心": "marketing",
            "营销部": "marketing",
            "质量管理部": "quality_dept",
            "江宁网点(金信科技)": "tech_service_unit",
        },
    }
    return rows, hand


# ---------------------------------------------------------------------------------------------------------------
# 255: S17 - a sheet-metal cabinet factory's QMS 客诉管理 module, XLSX (date cells)
# ---------------------------------------------------------------------------------------------------------------

_S17_CUSTOMERS = {   # customer -> the sales team that owns the account
    "华瑞新能源": "业务一部", "银湖精密": "业务一部", "力拓电子": "业务二部", "德广通讯": "业务二部",
    "中科储能": "业务一部", "远景电力设备": "业务二部", "粤海轨道交通": "业务一部",
}
_S17_PARTS = [("户外机柜", "JG-600-"), ("电池箱体", "XT-220-"), ("前支架", "ZJ-149-"), ("门板组件", "MB-032-"),
              ("控制模块支架", "ZJ-179-"), ("显示器侧板", "CB-055-"), ("限位板", "XW-996-")]
_S17_DEFECTS = [
    ("箱体提手处有砂眼", "焊接参数不当", "生产部"),
    ("支架焊反", "焊接工装无防错", "生产部"),
    ("螺钉未打紧", "装配扭力未点检", "生产部"),
    ("门板与机柜匹配错位", "折弯尺寸超差", "生产部"),
    ("M4螺纹深度不够", "攻牙深度设定错误", "生产部"),
    ("外观掉漆", "前处理磷化不良", "生产部"),
    ("喷漆厚度不足0.1mm", "供应商粉末批次异常", "采购部"),
    ("底部加强角螺孔生锈", "外协电镀层偏薄", "采购部"),
    ("导电胶条过长", "来料尺寸超差", "采购部"),
    ("内部小门板支架方向装反", "作业指导书未更新", "工程部"),
]
_S17_CHANNEL = [("邮件", 55), ("电话", 20), ("微信", 15), ("客户现场", 10)]
_S17_OPINION = ["满意", "接受对策，同意结案", "基本满意，继续观察后续批次", "认可8D报告", "同意结案"]


def e255_s17_qms_customer_complaints(rng, injected=None):
    """S17 客户投诉处理控制程序（8D）- 钣金机柜厂 QMS“客诉管理”模块的导出（XLSX，工作表“导出”，日期为日期单元格）。

    系统：业务一部/二部的业务员录入客诉，转品质部后由品质部对接分析，8D 报告由业务部回复客户；
    品质部在同一张客诉单上记三批交货的跟踪日期和效果确认日期。

    读制度 YAML 之前写下的表头（只读了种子原文）：
      客诉单号、客诉接收时间、业务员、客户名称、产品名称、料号、不良描述、不良数量、反馈方式、转品质时间、
      品质对接人、开始分析时间、原因分析、责任部门、供应商、改善对策、8D报告编号、回复客户日期、
      第1批/第2批/第3批跟踪日期（原写“效果确认（批次1/2/3）”）、效果确认日期、是否退货、退货数量、状态
      （原列表中的“8D回复日期”与“业务回复客户日期”是同一个日期，合为“回复客户日期”）
    读过制度 YAML 后补的列：
      分析主导部门（核实环节的办理部门）、对策完成日期（改善对策的环节时间）、回复报告（用《8D报告》还是《客诉报告》）、
      回复部门（回复环节的办理部门）、客户意见（回复时征询的意见）
    注入的违规（按规则 id 计数，共 18）：
      three_batches_tracked 2、effect_confirmed 1、replied_to_customer 1、countermeasure_before_confirmation 1、
      reply_with_report 1、customer_opinion_sought 1、reply_report 1（“口头说明”）、
      quality_or_gm_verifies 2（采购部、业务一部主导分析）、step-reply 1（品质部直接回复客户）、
      verify_within_2h 3（两单超时，一单截至导出仍未开始分析）、receive-verify 1（开始分析早于转品质）、
      track_batch-confirm_effect 1（效果确认早于第1批跟踪）、confirm_effect-reply 1（先回复后确认）、case_number 1
    陷阱（不是违规）：
      转品质后恰好2小时开始分析；18:30 以后转品质、当晚加班在2小时内开始；周五晚上客户邮件、周一早上转品质
      （从接收算超过2小时，从转品质算不到）；总经理亲自主导分析（必要时允许）；三批跟踪已完成、尚未确认效果的在办单；
      回复客户与效果确认同一天。
    """
    taken: set = set()
    salesmen = distinct_names(rng, 5, taken)
    qa_staff = distinct_names(rng, 4, taken)

    n = 40
    days = sorted(_work_day(rng, datetime(2025, 1, 6), datetime(2025, 6, 20)) for _ in range(n))
    cases = []
    for i, day in enumerate(days):
        number = f"KS-{day:%y%m}-{i + 1:03d}"
        customer = rng.choice(list(_S17_CUSTOMERS))
        part, code = rng.choice(_S17_PARTS)
        defect, cause, dept = rng.choice(_S17_DEFECTS)
        channel = pick(rng, _S17_CHANNEL)
        if channel == "邮件" and rng.random() < 0.2:
            recv = _at(rng, day, 19, 22.5)          # customer e-mail in the evening
        else:
            recv = _at(rng, day, 8, 18)
        transfer = _plus(rng, recv, 0.1, 3, day_from=8, day_to=19)
        verify = transfer + timedelta(minutes=rng.randint(10, 105))
        cm = _day(verify + timedelta(days=rng.randint(2, 8)))
        b1 = cm + timedelta(days=rng.randint(3, 10))
        b2 = b1 + timedelta(days=rng.randint(4, 12))
        b3 = b2 + timedelta(days=rng.randint(4, 12))
        conf = b3 + timedelta(days=rng.randint(0, 3))
        reply = conf + timedelta(days=rng.randint(0, 4))
        steps = [cm, b1, b2, b3, conf, reply]
        steps = [_cut(t) for t in steps]
        for k in range(1, len(steps)):
            if steps[k - 1] is None:
                steps[k] = None
        cm, b1, b2, b3, conf, reply = steps
        if reply is None:
            conf = None        # a confirmed case is replied in the same week; an open one has not been confirmed
        eight_d = rng.random() < 0.7
        cases.append({
            "number": number, "recv": recv, "salesman": rng.choice(salesmen), "customer": customer,
            "part": part, "code": code + f"{rng.randint(1, 40):03d}", "defect": defect, "qty": rng.randint(1, 60),
            "channel": channel, "transfer": transfer, "qa": rng.choice(qa_staff), "lead": "品质部",
            "verify": verify, "cause": cause, "dept": dept,
            "supplier": rng.choice(["佳美粉末涂料", "鸿达电镀", "正源五金"]) if dept == "采购部" else "",
            "measure": "修订作业指导书并加严检验" if cm else "", "cm": cm, "b1": b1, "b2": b2, "b3": b3,
            "conf": conf, "report": ("8D报告" if eight_d else "客诉报告") if reply else "",
            "report_no": "", "reply": reply, "reply_by": _S17_CUSTOMERS[customer] if reply else "",
            "opinion": rng.choice(_S17_OPINION) if reply else "",
            "returned": pick(rng, [("否", 75), ("是", 25)]),
        })

    def take(cond, k, tag):
        chosen = rng.sample([c for c in cases if cond(c) and not c.get("tag")], k)
        for c in chosen:
            c["tag"] = tag
        return chosen

    def note(case, rule):
        if injected is not None:
            injected.append((case["number"], rule))

    closed = lambda c: c["reply"] is not None   # noqa: E731

    # the newest case: transferred to quality on the morning of 30 June, analysis not started by noon
    last = cases[-1]
    assert not last.get("tag")
    last["tag"] = "verify-open"
    last["recv"] = datetime(2025, 6, 30, 8, 5)
    last["transfer"] = datetime(2025, 6, 30, 8, 50)
    for k in ("verify", "cm", "b1", "b2", "b3", "conf", "reply"):
        last[k] = None
    last["measure"] = last["report"] = last["reply_by"] = last["opinion"] = last["cause"] = ""
    note(last, "verify_within_2h")

    # traps
    for c in take(closed, 1, "trap-exact-2h"):
        c["verify"] = c["transfer"] + timedelta(minutes=120)
    for c in take(closed, 1, "trap-evening"):
        d = c["transfer"]
        c["recv"] = datetime(d.year, d.month, d.day, 17, rng.randint(40, 59))
        c["transfer"] = datetime(d.year, d.month, d.day, 18, 35)
        c["verify"] = c["transfer"] + timedelta(minutes=rng.randint(90, 115))
    mondays = [c for c in cases if closed(c) and c["transfer"].weekday() == 0 and not c.get("tag")]
    for c in take(lambda c: c in mondays, min(1, len(mondays)), "trap-weekend-mail"):
        friday = c["transfer"] - timedelta(days=3)
        c["recv"] = datetime(friday.year, friday.month, friday.day, 21, 30)
        c["channel"] = "邮件"
        c["transfer"] = c["transfer"].replace(hour=8, minute=20)
        c["verify"] = c["transfer"] + timedelta(minutes=90)
    for c in take(closed, 2, "trap-gm"):
        c["lead"] = "总经理"
    # an open case: all three batches tracked in June, effect not yet confirmed (no deadline for that)
    c = [x for x in cases if x["cm"] is not None and x["cm"] <= datetime(2025, 5, 31) and not x.get("tag")][-1]
    c["tag"] = "trap-tracked-open"
    c["b1"] = max(c["b1"], datetime(2025, 6, 1))
    c["b2"] = c["b1"] + timedelta(days=rng.randint(4, 7))
    c["b3"] = c["b2"] + timedelta(days=rng.randint(4, 7))
    c["conf"] = c["reply"] = None
    c["report"] = c["reply_by"] = c["opinion"] = ""
    for c in take(lambda c: c["reply"] is not None and c["reply"] != c["conf"], 1, "trap-same-day"):
        c["reply"] = c["conf"]

    # injections: one per row
    for c in take(closed, 2, "three_batches_tracked"):
        c["b3"] = None
        note(c, "three_batches_tracked")
    for c in take(closed, 1, "effect_confirmed"):
        c["conf"] = None
        note(c, "effect_confirmed")
    for c in take(closed, 1, "replied_to_customer"):
        c["reply"], c["report"], c["reply_by"], c["opinion"] = None, "", "", ""
        note(c, "replied_to_customer")
    for c in take(closed, 1, "countermeasure_before_confirmation"):
        c["cm"] = None
        note(c, "countermeasure_before_confirmation")
    for c in take(closed, 1, "reply_with_report"):
        c["report"] = ""
        note(c, "reply_with_report")
    for c in take(closed, 1, "customer_opinion_sought"):
        c["opinion"] = ""
        note(c, "customer_opinion_sought")
    for c in take(closed, 1, "reply_report"):
        c["report"] = "口头说明"
        note(c, "reply_report")
    for c, dept in zip(take(closed, 2, "lead"), ["采购部", "业务一部"]):
        c["lead"] = dept
        note(c, "quality_or_gm_verifies")
    for c in take(closed, 1, "step-reply"):
        c["reply_by"] = "品质部"
        note(c, "step-reply")
    for c in take(lambda c: closed(c) and c["transfer"].hour < 15, 2, "verify-late"):
        c["verify"] = c["transfer"] + timedelta(minutes=rng.randint(135, 300))
        note(c, "verify_within_2h")
    for c in take(closed, 1, "receive-verify"):
        c["verify"] = c["transfer"] - timedelta(minutes=rng.randint(30, 90))
        note(c, "receive-verify")
    for c in take(closed, 1, "track-confirm"):
        c["conf"] = c["cm"] + timedelta(days=1)
        c["reply"] = max(c["reply"], c["conf"])
        note(c, "track_batch-confirm_effect")
    for c in take(closed, 1, "confirm-reply"):
        c["reply"] = c["conf"] - timedelta(days=rng.randint(2, 5))
        note(c, "confirm_effect-reply")

    # the same complaint keyed in twice by two salesmen
    orig = rng.choice([c for c in cases if not c.get("tag") and c["reply"] is not None])
    dup = dict(orig)
    dup["tag"] = "duplicate"
    dup["salesman"] = rng.choice([s for s in salesmen if s != orig["salesman"]])
    cases.insert(cases.index(orig) + 1, dup)
    note(dup, "case_number")

    rows = []
    for c in cases:
        if c["reply"] is not None:
            status = "已结案"
        elif c["conf"] is not None:
            status = "待回复"
        elif c["b1"] is not None:
            status = "效果跟踪中"
        elif c["cm"] is not None or c["measure"]:
            status = "对策执行中"
        elif c["verify"] is not None:
            status = "分析中"
        else:
            status = "待分析"
        rows.append({
            "客诉单号": c["number"],
            "客诉接收时间": c["recv"],
            "业务员": c["salesman"],
            "客户名称": c["customer"],
            "产品名称": c["part"],
            "料号": c["code"],
            "不良描述": c["defect"],
            "不良数量": c["qty"],
            "反馈方式": c["channel"],
            "转品质时间": c["transfer"],
            "品质对接人": c["qa"],
            "分析主导部门": c["lead"],
            "开始分析时间": c["verify"],
            "原因分析": c["cause"] if c["verify"] is not None else "",
            "责任部门": c["dept"] if c["verify"] is not None else "",
            "供应商": c["supplier"] if c["verify"] is not None else "",
            "改善对策": c["measure"],
            "对策完成日期": c["cm"],
            "第1批跟踪日期": c["b1"],
            "第2批跟踪日期": c["b2"],
            "第3批跟踪日期": c["b3"],
            "效果确认日期": c["conf"],
            "回复报告": c["report"],
            "8D报告编号": f"8D-{c['number'][3:]}" if c["report"] == "8D报告" else "",
            "回复客户日期": c["reply"],
            "回复部门": c["reply_by"],
            "客户意见": c["opinion"],
            "是否退货": c["returned"],
            "退货数量": c["qty"] if c["returned"] == "是" else "",
            "状态": status,
        })

    hand = {
        "procedure": "s17-complaint-control-8d",
        "sheet": "导出",
        "columns": {
            "客诉单号": "case_number",
            "客诉接收时间": "received_at",
            "客户名称": "customer",
            "不良描述": "content",
            "转品质时间": "receive_at",
            "分析主导部门": "verify_by",
            "开始分析时间": "verify_at",
            "对策完成日期": "countermeasure_at",
            "第1批跟踪日期": "track_batch_at",
            "第2批跟踪日期": "track_batch_2_at",
            "第3批跟踪日期": "track_batch_3_at",
            "效果确认日期": "confirm_effect_at",
            "回复报告": "reply_report",
            "回复客户日期": "reply_at",
            "回复部门": "reply_by",
            "客户意见": "satisfaction",
        },
        "values": {
            "reply_report": {"8D报告": "eight_d_report", "客诉报告": "customer_complaint_report"},
        },
        "roles": {
            "品质部": "quality",
            "业务一部": "sales",
            "业务二部": "sales",
            "采购部": "purchasing",
            "总经理": "general_manager",
        },
    }
    return rows, hand


EXPORTS = [
    ("254-s15-taxdevice-crm-complaints.csv", "gb18030", e254_s15_taxdevice_crm_complaints),
    ("255-s17-qms-customer-complaints.xlsx", "xlsx", e255_s17_qms_customer_complaints),
]
