"""Starter-profile benchmark exports 216-217 (set 37b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 216 217    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile


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


def _midnight(d):
    return datetime(d.year, d.month, d.day)


def _take(rng, cases, used, ok):
    """A random case not yet used for an injection that satisfies ok(case); marks it used."""
    pool = [c for c in cases if id(c) not in used and ok(c)]
    c = rng.choice(pool)
    used.add(id(c))
    return c


# --- 216: S14, a wholesale market's operations OA ------------------------------------------------------------

_S14_KINDS = [
    # 问题归类, 投诉级别, 责任单位, 投诉事项, 档主诉求, 处理意见, weight
    ("热线打不通", "一般", "客服中心", "服务热线连续几天占线，打了多次都没人接", "要求热线有人接听，报修能登记上",
     "客服中心核查占线时段并增加坐席，回复档主", 8),
    ("坐席推诿", "一般", "客服中心", "打热线报停水，坐席说不归他们管让自己找物业", "要求有人受理并给说法",
     "调取通话录音，客服中心对坐席批评教育并回访", 6),
    ("上门无人接待", "一般", "客服中心", "到服务台反映问题等了半小时没人登记", "要求服务台有人值守",
     "客服中心说明原因并排班整改", 4),
    ("维修多次未修好", "一般", "工程部", "档口漏水报修三次，维修工来看过仍然漏", "要求彻底修好并赔偿泡水的货",
     "工程部主管带队复查，限期修复，损失另行核定", 9),
    ("卫生清运不及时", "一般", "环卫保洁部", "档口门前垃圾两天没清运，气味大影响生意", "要求按时清运",
     "环卫保洁部当天清运并调整清运班次", 7),
    ("停车秩序", "一般", "保安部", "卸货车位被长期占用，保安不管", "要求保安清理占位车辆",
     "保安部加强巡查，划定卸货专用位", 6),
    ("保安言语粗暴", "严重", "保安部", "保安在档口前辱骂档主，围观的人很多", "要求当事保安道歉并处理",
     "保安部停岗调查，当事人书面道歉，行政部跟进", 4),
    ("乱收费", "严重", "收费处", "管理费收据金额比合同多收了两个月的", "要求退还多收费用",
     "收费处核对合同与收费记录，多收部分退还", 5),
    ("索要财物", "严重", "招商部", "招商专员暗示续租要送购物卡", "要求调查处理并保证续租",
     "行政部约谈招商部，纪检介入调查", 2),
    ("强行推销", "严重", "招商部", "招商专员反复上门推销广告位，不买就说影响续租", "要求停止推销",
     "招商部停止推销行为，当事人作检讨", 3),
    ("媒体曝光", "严重", "工程部", "市场停电一整天冻品变质，本地新闻报道了", "要求赔偿冻品损失并公开说明",
     "工程部查明停电原因，行政部统一对外说明，按程序核损", 2),
    ("屡次投诉未改", "严重", "环卫保洁部", "反映过多次的公厕卫生问题还是没改", "要求彻底整改并有人负责",
     "环卫保洁部主管约见档主，制定整改计划每周检查", 3),
]
_S14_UNITS = ["客服中心", "工程部", "环卫保洁部", "保安部", "收费处", "招商部"]
_S14_WAYS = [("热线电话", 5), ("上门", 4), ("微信公众号", 3), ("书面信函", 1)]
_S14_FIX = {
    "客服中心": "调整坐席排班，高峰时段增开两个坐席",
    "工程部": "更换老化管件，建立报修复查制度",
    "环卫保洁部": "清运改为每日两次，主管每日巡查",
    "保安部": "当事人调岗，全员文明执勤培训",
    "收费处": "多收费用已退还，收费前双人复核",
    "招商部": "当事人处分，招商人员行为规范重新签订",
}


def e216_s14_market_oa_complaint_ledger(rng, injected=None):
    """S14 投诉处理流程 — 某农副产品批发市场运营公司的“市场综合管理 OA”投诉登记台账（XLSX，工作表“导出”）。

    行政部在服务台/热线登记档主投诉，填处理单派给责任单位，入投诉台账；责任单位调查后填反馈（主管签字或盖章），
    行政部回复档主核实、确认整改效果，出具处理意见书后结案。日期为 Excel 日期单元格；意见书出具日期、结案日期只有日期。

    读制度 YAML 之前写下的表头：投诉单号、登记时间、来访方式、档口号、档主姓名、联系电话、投诉事项、问题归类、
    投诉级别（一般/严重）、接待人、责任单位、责任人、派单时间、单位反馈时间、单位主管签字、处理意见、整改措施、
    效果确认（写成“效果确认时间”）、回复档主时间、结案日期、单据状态。

    读过制度 YAML 后补的列：档主诉求（3(2) 了解投诉要求）、入台账时间（3(5) 案件登记，与接待登记分开）、
    反馈部门（3(11)③ 由被投诉部门反馈）、意见书出具日期（3(9) 出具投诉处理意见报告）。

    注入的违规（按规则 id 计数，共 17）：demand_understood 2（档主诉求空）、handling_slip_filled 1（一直没派单）、
    severity_classified 1（投诉级别空）、severity 1（级别写“重要”）、measures_drafted 1（处理意见空）、
    responsible_unit_named 1、responsible_person_named 1、case_registered 1（没入台账）、
    feedback_signed 2（反馈了但主管签字空或“未签”）、opinion_report_issued 1（效果已确认、无意见书）、
    step-feedback 2（反馈部门写成行政部）、fill_handling_slip-register 1（入台账早于派单）、
    feedback-verify_cause 1（回复档主早于单位反馈）、case_number 1（投诉单号重复）。

    陷阱：尚未反馈的案件单位主管签字写“未签”（没有反馈，不要求签字）；主管签字写“已盖章”（算已签）；
    入台账时间与派单时间同一分钟；效果未确认的在办案件没有意见书；6 月 30 日上午刚登记的案件已派单、未反馈；
    严重投诉（乱收费、索要财物、媒体曝光）由招商部、收费处等作为责任单位，不是分派错误。
    """
    inj = injected if injected is not None else []
    taken = set()
    reception = distinct_names(rng, 4, taken)                      # 行政部服务台/热线接待
    staff = {u: distinct_names(rng, 2, taken) for u in _S14_UNITS}  # 各责任单位的经办人
    heads = {u: distinct_names(rng, 1, taken)[0] for u in _S14_UNITS}
    owners = distinct_names(rng, 60, taken)
    kinds = [(k[:6], k[6]) for k in _S14_KINDS]

    n = 46
    days = sorted(_rand_day(rng, date(2025, 3, 1), date(2025, 6, 27)) for _ in range(n - 2)) + [date(2025, 6, 30)] * 2
    cases = []
    for i, d in enumerate(days):
        cat, level, unit, content, demand, plan = pick(rng, kinds)
        recv = _at(rng, d, 8, 10) if d == date(2025, 6, 30) else _at(rng, d, 8, 17.5)
        fill = _plus(rng, recv, 0.2, 2.5)
        if fill > CUTOFF:
            fill = recv + timedelta(minutes=25)
        register = fill if rng.random() < 0.3 else _plus(rng, fill, 0.1, 20)
        if register > CUTOFF:
            register = fill
        feedback = _cut(_plus(rng, fill, 20, 160))
        verify = _cut(_plus(rng, feedback, 3, 40)) if feedback else None
        improve = _cut(_plus(rng, verify, 48, 240)) if verify else None
        opinion = _midnight(improve.date() + timedelta(days=rng.randint(1, 3))) if improve else None
        if opinion is not None and opinion > CUTOFF:
            improve = opinion = None
        cases.append({
            "recv": recv, "fill": fill, "register": register, "feedback": feedback, "verify": verify,
            "improve": improve, "opinion": opinion, "cat": cat, "level": level, "unit": unit, "content": content,
            "demand": demand, "plan": plan, "way": pick(rng, _S14_WAYS), "person": rng.choice(staff[unit]),
            "fb_unit": unit, "sign": None, "owner": owners[i], "reception": rng.choice(reception),
            "stall": f"{rng.choice('ABCDEFG')}{rng.randint(1, 3)}-{rng.randint(1, 48):02d}",
        })
    cases.sort(key=lambda c: c["recv"])
    seq = {}
    for c in cases:
        d = c["recv"].date()
        seq[d] = seq.get(d, 0) + 1
        c["no"] = f"TS{d:%y%m%d}-{seq[d]:02d}"
        if c["feedback"]:
            c["sign"] = "已盖章" if rng.random() < 0.12 else heads[c["unit"]]
        else:
            c["sign"] = "未签" if rng.random() < 0.5 else None

    used = set()

    def hit(c, rule):
        inj.append((c["no"], rule))

    for _ in range(2):
        c = _take(rng, cases, used, lambda c: True)
        c["demand"] = None
        hit(c, "demand_understood")
    c = _take(rng, cases, used, lambda c: c["recv"] < datetime(2025, 5, 20))
    c.update(fill=None, register=None, feedback=None, verify=None, improve=None, opinion=None, unit=None,
             person=None, plan=None, fb_unit=None, sign=None)
    hit(c, "handling_slip_filled")
    c = _take(rng, cases, used, lambda c: True)
    c["level"] = None
    hit(c, "severity_classified")
    c = _take(rng, cases, used, lambda c: True)
    c["level"] = "重要"
    hit(c, "severity")
    c = _take(rng, cases, used, lambda c: True)
    c["plan"] = None
    hit(c, "measures_drafted")
    c = _take(rng, cases, used, lambda c: True)
    c["unit"] = None
    hit(c, "responsible_unit_named")
    c = _take(rng, cases, used, lambda c: True)
    c["person"] = None
    hit(c, "responsible_person_named")
    c = _take(rng, cases, used, lambda c: True)
    c["register"] = None
    hit(c, "case_registered")
    for sign in (None, "未签"):
        c = _take(rng, cases, used, lambda c: c["feedback"] is not None)
        c["sign"] = sign
        hit(c, "feedback_signed")
    c = _take(rng, cases, used, lambda c: c["improve"] is not None)
    c["opinion"] = None
    hit(c, "opinion_report_issued")
    for _ in range(2):
        c = _take(rng, cases, used, lambda c: c["feedback"] is not None)
        c["fb_unit"] = "行政部"
        hit(c, "step-feedback")
    c = _take(rng, cases, used, lambda c: c["fill"] - c["recv"] >= timedelta(minutes=40))
    c["register"] = c["fill"] - timedelta(minutes=rng.randint(10, int((c["fill"] - c["recv"]).total_seconds() // 60) - 5))
    hit(c, "fill_handling_slip-register")
    c = _take(rng, cases, used, lambda c: c["verify"] is not None)
    c["verify"] = (c["feedback"] - timedelta(hours=rng.uniform(2, 20))).replace(second=0, microsecond=0)
    hit(c, "feedback-verify_cause")
    late = [k for k, c in enumerate(cases) if id(c) not in used and k > 5]
    k = rng.choice(late)
    first = rng.choice([c for c in cases[:k] if id(c) not in used])
    used.update({id(cases[k]), id(first)})
    cases[k]["no"] = first["no"]
    hit(cases[k], "case_number")
    # trap: dispatched, not yet fed back, the signature box already reads 未签
    rng.choice([c for c in cases if c["fill"] is not None and c["feedback"] is None])["sign"] = "未签"

    rows = []
    for c in cases:
        if c["opinion"]:
            state = "已结案"
        elif c["improve"]:
            state = "待出意见书"
        elif c["verify"]:
            state = "整改跟踪"
        elif c["feedback"]:
            state = "待回复档主"
        elif c["fill"]:
            state = "处理中"
        else:
            state = "待派单"
        rows.append({
            "投诉单号": c["no"],
            "登记时间": c["recv"],
            "来访方式": c["way"],
            "档口号": c["stall"],
            "档主姓名": c["owner"],
            "联系电话": mobile(rng),
            "投诉事项": c["content"],
            "档主诉求": c["demand"],
            "问题归类": c["cat"],
            "投诉级别": c["level"],
            "接待人": c["reception"],
            "处理意见": c["plan"],
            "责任单位": c["unit"],
            "责任人": c["person"],
            "派单时间": c["fill"],
            "入台账时间": c["register"],
            "单位反馈时间": c["feedback"],
            "反馈部门": c["fb_unit"] if c["feedback"] else None,
            "单位主管签字": c["sign"],
            "整改措施": _S14_FIX[c["unit"] or c["fb_unit"] or "工程部"] if c["feedback"] else None,
            "回复档主时间": c["verify"],
            "效果确认时间": c["improve"],
            "意见书出具日期": c["opinion"],
            "结案日期": c["opinion"],
            "单据状态": state,
        })

    hand = {
        "procedure": "s14-operations-complaint-flow",
        "sheet": "导出",
        "columns": {
            "投诉单号": "case_number",
            "登记时间": "receive_at",
            "投诉事项": "content",
            "档主诉求": "demand",
            "投诉级别": "severity",
            "处理意见": "measures",
            "责任单位": "responsible_department",
            "责任人": "responsible_person",
            "派单时间": "fill_handling_slip_at",
            "入台账时间": "register_at",
            "单位反馈时间": "feedback_at",
            "反馈部门": "feedback_by",
            "单位主管签字": "complained_unit_signature",
            "回复档主时间": "verify_cause_at",
            "效果确认时间": "improvement_at",
            "意见书出具日期": "opinion_report_at",
        },
        "values": {
            "severity": {"一般": "general", "严重": "serious"},
        },
        "roles": {"行政部": "admin_dept", **{u: "complained_dept" for u in _S14_UNITS}},
    }
    return rows, hand


# --- 217: S17, a connector maker's ERP complaint module ------------------------------------------------------

_S17_CUSTOMERS = ["深圳鼎新通讯", "惠州恒泰汽车电子", "苏州瑞德医疗器械", "东莞利民家电", "厦门海川照明", "宁波凯越电器",
                  "中山捷达智能", "佛山兴邦电源"]
_S17_PARTS = [("CN254-40P", "2.54排针连接器40P"), ("FPC05-30P", "0.5FPC连接器30P"), ("TC16-SMT", "Type-C 16P母座"),
              ("WH-JST-6", "JST线束组件6P"), ("BTB04-60", "0.4板对板连接器60P"), ("DC55-21", "DC电源插座5.5-2.1")]
_S17_DEFECTS = [("端子氧化发黑，上锡不良", 5), ("插拔力偏大，客户组装困难", 4), ("塑胶件尺寸超差，装不进板", 4),
                ("焊点虚焊，功能测试断路", 3), ("外观划伤、毛边", 3), ("混料，同箱有其他料号", 2),
                ("镀层脱落", 2), ("包装破损，端子变形", 2)]
_S17_OWNERS = [("生产部", 5), ("工程部", 4), ("采购部", 3), ("品质部", 2), ("仓储部", 1)]
_S17_OPINIONS = ["接受对策，同意结案", "对策认可，后续批次继续观察", "满意", "接受，要求下批附出货检验报告",
                 "基本认可，希望缩短回复时间"]


def _ymd(t):
    return f"{t.year}/{t.month}/{t.day}" if t else ""


def _ymdhm(t):
    return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}" if t else ""


def e217_s17_connector_erp_complaints(rng, injected=None):
    """S17 客户投诉处理控制程序（8D）— 一家连接器厂 ERP 品质模块的“客诉单”列表导出（CSV，GB18030）。

    业务部接到客户投诉后在 ERP 建客诉单，品质部 QE 开始分析，责任部门导入对策，品质部跟踪三批交货后确认效果，
    8D/客诉报告交业务部回复客户。时间写成 ERP 的“2025/3/4 9:05”，三批验证只记日期“2025/3/12”。

    读制度 YAML 之前写下的表头：客诉编号、客户、品名/料号（导出分成“料号”“品名”两列）、不良现象、业务受理时间、
    业务员、转品质时间、品质接收时间、开始分析时间、品质担当、供应商相关、责任部门、报告类型（客诉报告/8D）、
    报告完成时间、第一批验证、第二批验证、第三批验证、回复客户时间、客户意见、退货、结案状态。
    其中“转品质时间”“品质接收时间”最后没有放进导出：这家 ERP 只在建单时记一个受理时间。

    读过制度 YAML 后补的列：受理部门（受理由业务部办理）、主导部门（核实由品质部统一对接，必要时总经理）、
    对策导入时间（对策在效果确认之前）、效果确认时间、回复部门（回复由业务部办理）。

    注入的违规（按规则 id 计数，共 17）：verify_within_2h 3（两件开始分析晚于受理 2 小时，一件受理后一直没开始分析）、
    verify_within_2h-start 1（有开始分析时间、没有业务受理时间）、three_batches_tracked 2（只验了两批就确认效果）、
    effect_confirmed 1（已回复客户、没有效果确认）、replied_to_customer 1（效果已确认、一直没回复）、
    countermeasure_before_confirmation 1（没有对策导入时间就确认效果）、reply_with_report 1（回复了、报告类型空）、
    reply_report 1（报告类型写“5Why分析表”）、customer_opinion_sought 1（回复了、客户意见空）、
    quality_or_gm_verifies 1（主导部门是工程部）、step-receive 1（受理部门是品质部）、step-reply 1（回复部门是品质部）、
    confirm_effect-reply 1（回复客户早于效果确认）、case_number 1（客诉编号重复）。

    陷阱：开始分析在受理后 1 小时 59 分、或受理 17 点多而 QE 加班到 19 点多开始分析（2 小时按自然时间连续计算，都不超时）；
    主导部门写“总经理”（必要时总经理亲自主导，不是分派错误）；三批都验完但效果尚未确认、没有回复的在办案件；
    尚未回复、报告类型已先填“8D报告”的案件；责任部门是生产部、工程部、仓储部（各部门拟定对策，不是分派错误）。
    """
    inj = injected if injected is not None else []
    taken = set()
    sales = {"业务一部": distinct_names(rng, 2, taken), "业务二部": distinct_names(rng, 2, taken),
             "海外业务部": distinct_names(rng, 1, taken)}
    qe = distinct_names(rng, 3, taken)
    seller = [(name, dept) for dept, names in sales.items() for name in names]

    n = 42
    days = []
    while len(days) < n - 1:
        d = _rand_day(rng, date(2025, 3, 3), date(2025, 6, 28))
        if d.weekday() != 6:                       # the factory works Monday to Saturday
            days.append(d)
    days = sorted(days) + [date(2025, 6, 30)]
    cases = []
    for d in days:
        recv = _at(rng, d, 8, 9.5) if d == date(2025, 6, 30) else _at(rng, d, 8.5, 17.75)
        verify = recv + timedelta(minutes=rng.randint(10, 115))
        counter = _cut(_plus(rng, verify, 24, 120))
        b1 = b2 = b3 = confirm = done = reply = None
        if counter:
            b1 = _cut(_midnight(counter.date() + timedelta(days=rng.randint(3, 9))))
        if b1:
            b2 = _cut(b1 + timedelta(days=rng.randint(4, 9)))
        if b2:
            b3 = _cut(b2 + timedelta(days=rng.randint(4, 9)))
        if b3:
            confirm = _cut(_at(rng, b3.date() + timedelta(days=rng.randint(0, 2)), 9, 17))
        if confirm:
            done = _midnight(confirm.date() + timedelta(days=rng.randint(0, 1)))
            reply = _plus(rng, confirm, 3, 40)
            if reply < done:
                reply = _plus(rng, done, 9, 11)
            if reply > CUTOFF:
                confirm = done = reply = None
        name, dept = rng.choice(seller)
        part = rng.choice(_S17_PARTS)
        owner = pick(rng, _S17_OWNERS)
        cases.append({
            "recv": recv, "verify": verify, "counter": counter, "b1": b1, "b2": b2, "b3": b3, "confirm": confirm,
            "done": done, "reply": reply, "seller": name, "dept": dept, "reply_dept": dept,
            "qe": rng.choice(qe), "lead": "总经理" if rng.random() < 0.06 else "品质部", "owner": owner,
            "customer": rng.choice(_S17_CUSTOMERS), "part": part, "defect": pick(rng, _S17_DEFECTS),
            "report": pick(rng, [("8D报告", 7), ("客诉报告", 3)]), "opinion": rng.choice(_S17_OPINIONS),
            "return": "是" if rng.random() < 0.3 else "否",
        })
    cases.sort(key=lambda c: c["recv"])
    seq = {}
    for c in cases:
        ym = f"{c['recv']:%y%m}"
        seq[ym] = seq.get(ym, 0) + 1
        c["no"] = f"KS{ym}{seq[ym]:03d}"
    # traps: analysis started 1 h 59 min after intake; a late-afternoon intake analysed in the evening
    trap1, trap2 = rng.sample([c for c in cases if c["counter"] is not None], 2)
    trap1["verify"] = trap1["recv"] + timedelta(minutes=119)
    trap2["recv"] = trap2["recv"].replace(hour=17, minute=rng.randint(35, 55))
    trap2["verify"] = trap2["recv"] + timedelta(minutes=rng.randint(100, 118))

    used = {id(trap1), id(trap2)}          # the traps stay as they are

    def hit(c, rule):
        inj.append((c["no"], rule))

    def has(*keys):
        return lambda c: all(c[k] is not None for k in keys)

    for _ in range(2):
        c = _take(rng, cases, used, has("counter"))
        c["verify"] = _plus(rng, c["recv"], 2.5, 6)
        hit(c, "verify_within_2h")
    c = _take(rng, cases, used, lambda c: datetime(2025, 6, 18) < c["recv"] < datetime(2025, 6, 28))
    c.update(verify=None, counter=None, b1=None, b2=None, b3=None, confirm=None, done=None, reply=None,
             owner=None, lead=None, qe=None)
    hit(c, "verify_within_2h")
    c = _take(rng, cases, used, lambda c: True)
    c["recv"] = None
    hit(c, "verify_within_2h-start")
    for _ in range(2):
        c = _take(rng, cases, used, has("confirm"))
        c["b3"] = None
        hit(c, "three_batches_tracked")
    c = _take(rng, cases, used, has("reply"))
    c["confirm"] = None
    hit(c, "effect_confirmed")
    c = _take(rng, cases, used, lambda c: c["confirm"] is not None and c["confirm"] < datetime(2025, 6, 10))
    c["reply"] = None
    hit(c, "replied_to_customer")
    c = _take(rng, cases, used, has("confirm"))
    c["counter"] = None
    hit(c, "countermeasure_before_confirmation")
    c = _take(rng, cases, used, has("reply"))
    c["report"] = None
    hit(c, "reply_with_report")
    c = _take(rng, cases, used, has("reply"))
    c["report"] = "5Why分析表"
    hit(c, "reply_report")
    c = _take(rng, cases, used, has("reply"))
    c["opinion"] = None
    hit(c, "customer_opinion_sought")
    c = _take(rng, cases, used, has("verify"))
    c["lead"] = "工程部"
    hit(c, "quality_or_gm_verifies")
    c = _take(rng, cases, used, lambda c: c["recv"] is not None)
    c["dept"] = "品质部"
    hit(c, "step-receive")
    c = _take(rng, cases, used, has("reply"))
    c["reply_dept"] = "品质部"
    hit(c, "step-reply")
    c = _take(rng, cases, used, has("reply"))
    c["reply"] = (c["confirm"] - timedelta(hours=rng.uniform(3, 30))).replace(second=0, microsecond=0)
    hit(c, "confirm_effect-reply")
    late = [k for k, c in enumerate(cases) if id(c) not in used and k > 5]
    k = rng.choice(late)
    first = rng.choice([c for c in cases[:k] if id(c) not in used])
    used.update({id(cases[k]), id(first)})
    cases[k]["no"] = first["no"]
    hit(cases[k], "case_number")

    rows = []
    for c in cases:
        if c["reply"]:
            state = "已结案"
        elif c["confirm"]:
            state = "待回复"
        elif c["b1"]:
            state = "跟踪验证中"
        elif c["counter"]:
            state = "对策导入中"
        else:
            state = "分析中"
        shown_report = c["report"] if c["reply"] or (c["b3"] and rng.random() < 0.5) else None
        rows.append({
            "客诉编号": c["no"],
            "客户": c["customer"],
            "料号": c["part"][0],
            "品名": c["part"][1],
            "不良现象": c["defect"],
            "业务受理时间": _ymdhm(c["recv"]),
            "业务员": c["seller"],
            "受理部门": c["dept"],
            "开始分析时间": _ymdhm(c["verify"]),
            "品质担当": c["qe"] or "",
            "主导部门": c["lead"] or "",
            "供应商相关": ("是" if c["owner"] == "采购部" else "否") if c["owner"] else "",
            "责任部门": c["owner"] or "",
            "对策导入时间": _ymdhm(c["counter"]),
            "第一批验证": _ymd(c["b1"]),
            "第二批验证": _ymd(c["b2"]),
            "第三批验证": _ymd(c["b3"]),
            "效果确认时间": _ymdhm(c["confirm"]),
            "报告类型": shown_report or "",
            "报告完成时间": _ymd(c["done"] if c["reply"] else None),
            "回复客户时间": _ymdhm(c["reply"]),
            "回复部门": c["reply_dept"] if c["reply"] else "",
            "客户意见": (c["opinion"] or "") if c["reply"] else "",
            "退货": c["return"],
            "结案状态": state,
        })

    hand = {
        "procedure": "s17-complaint-control-8d",
        "columns": {
            "客诉编号": "case_number",
            "客户": "customer",
            "不良现象": "content",
            "业务受理时间": "receive_at",
            "受理部门": "receive_by",
            "开始分析时间": "verify_at",
            "主导部门": "verify_by",
            "责任部门": "countermeasure_by",
            "对策导入时间": "countermeasure_at",
            "第一批验证": "track_batch_at",
            "第二批验证": "track_batch_2_at",
            "第三批验证": "track_batch_3_at",
            "效果确认时间": "confirm_effect_at",
            "报告类型": "reply_report",
            "回复客户时间": "reply_at",
            "回复部门": "reply_by",
            "客户意见": "satisfaction",
        },
        "values": {
            "reply_report": {"8D报告": "eight_d_report", "客诉报告": "customer_complaint_report"},
        },
        "roles": {
            "业务一部": "sales", "业务二部": "sales", "海外业务部": "sales",
            "品质部": "quality", "采购部": "purchasing", "总经理": "general_manager",
            "生产部": "all_departments", "工程部": "all_departments", "仓储部": "all_departments",
        },
    }
    return rows, hand


EXPORTS = [
    ("216-s14-market-oa-complaint-ledger.xlsx", "xlsx", e216_s14_market_oa_complaint_ledger),
    ("217-s17-connector-erp-complaints.csv", "gb18030", e217_s17_connector_erp_complaints),
]
