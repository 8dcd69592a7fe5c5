"""Starter-profile benchmark exports 90-91 (set 16a), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 90 91    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, slash, distinct_names, person_name, mobile, working_minutes


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _minute(t):
    return t.replace(second=0, microsecond=0) if t else None


def _day(t):
    return f"{t.year}/{t.month}/{t.day}" if t else ""


def _office(t, first=8, last=18):
    """A time as a desk records it: whole minutes; after hours it moves to the next morning."""
    return working_minutes(t, datetime(2099, 1, 1), first, last)


# --- 90: S17, an electronic-component maker's 8D complaint tracking ------------------------------------------------

def e90_s17_component_8d(rng, injected=None):
    """恒川电子元件（东莞，贴片电感 / 磁珠 / 共模电感）QMS 系统“客诉8D跟踪表”导出（UTF-8 CSV），按 S17《客户投诉处理控制程序》审计。
    日期写法：时间为 2025/3/4 9:12（slash）；对策完成日、验证批次1-3、效果确认日期、回复客户日期只写日期 2025/3/4。
    流程：业务员在系统登记客诉（客诉登记时间），收齐不良样品和《客户投诉报告》后转品质部（转品质时间），QE 开始调查
    （开始调查时间）；责任部门做永久对策，品质部跟踪客户端三批交货（验证批次1-3），确认效果后业务员用8D或客诉报告回复客户。
    审计人员的判断：5.2.1.1 的2小时从品质部收到报告和样品起算，即“转品质时间”是环节“受理客户投诉，书面转交品质部”的时间
    （receive_at），“客诉登记时间”只是字段 received_at（登记到转品质之间常有几小时，收样品）。
    人员（向人事部核对）：业务员 4 人属业务部；QE 3 人与品质主管属品质部；另有工程部 PE 1 人；总经理 1 人。
    读过制度 YAML 后补的列：确认人（confirm_effect_by）、回复人（reply_by）、回复形式（reply_report：8D / 8D(客户格式) / 客诉报告）。
    注入（14 项）：QE 开始调查超过转品质后2小时 2 件；由工程部 PE 调查（不是品质部或总经理）1 件；客诉由 QE 自己登记
    （业务员一栏是 QE）1 件；只跟踪两批就确认效果 2 件；没有效果确认就回复客户 1 件；回复客户早于效果确认 1 件；
    回复形式“邮件说明”（不是报告）1 件；回复后客户意见空白 1 件；由 QE 回复客户 1 件；没有对策完成日却已确认效果 1 件；
    已确认效果至今未回复客户 1 件；客诉单号重复 1 对（QMS 迁移时两张不同的客诉取了同一单号）。
    陷阱（不是违规）：客诉登记时间到开始调查超过2小时而转品质后2小时内开始（大多数案件）；总经理亲自主导调查 2 件；
    责任部门为业务部（标签错误）或采购部（供应商来料）；客户意见写“客户未表态”；退货 Y；
    效果确认与第3批同一天；6月的在办案件（未跟踪满三批、未确认、未回复）；确认人为品质主管。
    """
    n = 58
    taken: set = set()
    sales = distinct_names(rng, 4, taken)
    qe = distinct_names(rng, 3, taken)
    qa_mgr, pe, gm = distinct_names(rng, 3, taken)

    customers = ["深圳迈科通讯", "东莞科瑞电源", "中山宏达照明", "苏州启航汽车电子", "厦门星耀智能", "佛山顺联家电",
                 "惠州凯越新能源"]
    owner = {c: sales[k % len(sales)] for k, c in enumerate(customers)}
    parts = [("HCI-0603-2R2M", "贴片功率电感 0603 2.2uH"), ("HCI-1040-4R7M", "一体成型电感 1040 4.7uH"),
             ("HCD-CD54-101K", "绕线电感 CD54 100uH"), ("HCB-0805-601T", "贴片磁珠 0805 600Ω"),
             ("HCC-UU98-203", "共模电感 UU9.8 20mH"), ("HCI-0420-1R0M", "一体成型电感 0420 1.0uH")]
    defects = [  # 不良现象, D4 原因, 责任部门, 供应商, D3 临时对策, D5 永久对策
        ("感值偏低超规格下限", "绕线圈数设定错误，首件确认漏检", "工程部", "", "库存及在途品全检感值", "SOP增加圈数双人确认，首件加测感值"),
        ("端电极氧化，上锡不良", "电极浆料批次异常，烧结后氧化", "采购部", "金磁科技", "库存品可焊性抽检，不良批隔离", "供应商增加来料可焊性测试，我司IQC加严"),
        ("编带少料/空穴", "编带机吸嘴磨损漏放", "制造部", "", "在库卷盘全数过CCD", "吸嘴定期更换，编带后加CCD检测"),
        ("磁芯崩角破损", "磁芯来料隐裂", "采购部", "华锐磁材", "挑选出货，换用其他批次磁芯", "供应商改善烧结曲线，来料加严抽检"),
        ("标签料号与实物不符", "贴标时调用错误模板", "业务部", "", "客户处库存换标", "出货标签系统与订单料号自动比对"),
        ("混料（两种感值混装）", "换线清线不彻底", "制造部", "", "同批次库存全检分选", "换线清线点检表，QC签核后开线"),
        ("耐压测试击穿", "漆包线漆膜刮伤", "制造部", "", "库存品加测耐压", "绕线治具加保护套，耐压改为全检"),
        ("引脚变形共面度超差", "包装托盘尺寸不符挤压", "物控部", "", "出货前目检共面度", "更换托盘规格，包装作业指导更新"),
    ]
    opinions = ["客户接受8D，同意结案", "客户认可对策，要求持续关注", "客户接受，要求下批附出货检验报告",
                "客户同意结案", "客户SQE确认OK", "客户未表态"]

    slots = list(range(n))
    starts = sorted(datetime(2025, 1, 3, 8, 0) + timedelta(days=rng.uniform(0, 172)) for _ in range(n))
    rows, meta = [], []
    seq: dict = {}
    for i, t0 in enumerate(starts):
        reg = _office(t0 + timedelta(hours=rng.uniform(0, 9)))
        if reg.hour >= 17:                                                      # the desk registers 8:00-17:00
            reg = reg.replace(hour=rng.randint(9, 15))
        transfer = _minute(reg + timedelta(hours=rng.uniform(0.2, 4.5)))
        if transfer.hour >= 18 or transfer.date() != reg.date():               # samples arrive next morning
            transfer = (reg + timedelta(days=1)).replace(hour=8, minute=rng.randint(10, 50))
        verify = _minute(transfer + timedelta(minutes=rng.uniform(8, 110)))
        cm = verify + timedelta(days=rng.uniform(2, 9))
        b1 = cm + timedelta(days=rng.uniform(3, 9))
        b2 = b1 + timedelta(days=rng.uniform(3, 9))
        b3 = b2 + timedelta(days=rng.uniform(3, 9))
        conf = b3 + timedelta(days=rng.choice([0, 0, 1, 1, 2]))
        reply = conf + timedelta(hours=rng.uniform(2, 40))
        stamps = {"cm": cm, "b1": b1, "b2": b2, "b3": b3, "conf": conf, "reply": reply}
        chain = ["cm", "b1", "b2", "b3", "conf", "reply"]
        # an open case: the first step after the cutoff and every later one are blank; a confirmation without a reply
        # would be a finding, so confirmation counts as open too when the reply is still to come
        for k, key in enumerate(chain):
            if stamps[key] > CUTOFF or (key == "conf" and reply > CUTOFF):
                for later_key in chain[k:]:
                    stamps[later_key] = None
                break
        cust = rng.choice(customers)
        part = rng.choice(parts)
        d = rng.choice(defects)
        ym = f"{reg.year % 100:02d}{reg.month:02d}"
        seq[ym] = seq.get(ym, 0) + rng.randint(1, 2)
        replied = stamps["reply"] is not None
        form = pick(rng, [("8D", 7), ("8D(客户格式)", 2), ("客诉报告", 3)]) if replied else ""
        r = Case({
            "客诉单号": f"KS{ym}-{seq[ym]:03d}",
            "客诉登记时间": slash(reg),
            "客户": cust,
            "客户料号": f"{cust[:2]}-{rng.randint(100000, 999999)}",
            "本厂料号": part[0],
            "品名规格": part[1],
            "不良现象": d[0],
            "客诉数量(pcs)": rng.choice([200, 500, 1000, 2000, 3000, 4000, 12000]),
            "出货批号": f"L{(reg - timedelta(days=rng.randint(5, 40))).strftime('%y%m%d')}{rng.randint(1, 9):02d}",
            "业务员": owner[cust],
            "转品质时间": slash(transfer),
            "QE": rng.choice(qe),
            "开始调查时间": slash(verify),
            "8D编号": f"8D-{ym}-{seq[ym]:03d}" if form.startswith("8D") else "",
            "原因分析(D4)": d[1] if stamps["cm"] else "",
            "责任部门": d[2],
            "供应商": d[3],
            "临时对策(D3)": d[4],
            "永久对策(D5)": d[5] if stamps["cm"] else "",
            "对策完成日": _day(stamps["cm"]),
            "验证批次1": _day(stamps["b1"]),
            "验证批次2": _day(stamps["b2"]),
            "验证批次3": _day(stamps["b3"]),
            "效果确认日期": _day(stamps["conf"]),
            "确认人": (qa_mgr if rng.random() < 0.3 else rng.choice(qe)) if stamps["conf"] else "",
            "回复客户日期": _day(stamps["reply"]),
            "回复人": owner[cust] if replied else "",
            "回复形式": form,
            "客户意见": rng.choice(opinions) if replied else "",
            "退货": pick(rng, [("Y", 1), ("N", 4)]),
            "状态": "结案" if replied else ("跟踪中" if stamps["cm"] else "分析中"),
            "备注": "",
        })
        rows.append(r)
        meta.append({"replied": replied, "conf": stamps["conf"], "verify": verify, "transfer": transfer,
                     "reg": reg})

    # injections: each on its own case; confirmation-related ones on cases closed before June
    closed = [i for i in slots if meta[i]["replied"] and meta[i]["reg"] < datetime(2025, 5, 10)]
    rng.shuffle(closed)
    others = [i for i in slots if i not in closed[:20]]
    rng.shuffle(others)
    late_verify = others[:2]
    pe_verify = others[2:3]
    qe_receive = others[3:4]
    trap_gm = others[4:6]
    two_batches = closed[0:2]
    no_confirm = closed[2:3]
    reply_early = closed[3:4]
    email_reply = closed[4:5]
    no_opinion = closed[5:6]
    qe_reply = closed[6:7]
    no_cm = closed[7:8]
    not_replied = closed[8:9]
    trap_same_day = closed[9:10]

    for i in late_verify:
        r, m = rows[i], meta[i]
        v = _office(m["transfer"] + timedelta(hours=rng.uniform(3, 20)))
        r["开始调查时间"] = slash(v)
    for i in pe_verify:
        rows[i]["QE"] = pe
    for i in qe_receive:
        rows[i]["业务员"] = rows[i]["QE"]
        rows[i]["备注"] = "客户SQE直接邮件给QE"
    for i in trap_gm:
        rows[i]["QE"] = gm
        rows[i]["备注"] = "重点客户，总经理主导"
    for i in two_batches:
        rows[i]["验证批次3"] = ""
    for i in no_confirm:
        rows[i]["效果确认日期"] = ""
        rows[i]["确认人"] = ""
        rows[i]["备注"] = "客户催促，先回8D"
    for i in reply_early:
        conf = meta[i]["conf"]
        rows[i]["回复客户日期"] = _day(conf - timedelta(days=rng.randint(5, 9)))
    for i in email_reply:
        rows[i]["回复形式"] = "邮件说明"
        rows[i]["8D编号"] = ""
    for i in no_opinion:
        rows[i]["客户意见"] = ""
    for i in qe_reply:
        rows[i]["回复人"] = rows[i]["QE"] if rows[i]["QE"] in qe else qe[0]
    for i in no_cm:
        rows[i]["对策完成日"] = ""
    for i in not_replied:
        for h in ("回复客户日期", "回复人", "回复形式", "客户意见", "8D编号"):
            rows[i][h] = ""
        rows[i]["状态"] = "跟踪中"
    for i in trap_same_day:
        rows[i]["效果确认日期"] = rows[i]["验证批次3"]
        rows[i]["确认人"] = qa_mgr
    # a repeated 客诉单号: when the QMS was migrated two different complaints were given the same number
    busy = set(late_verify + pe_verify + qe_receive + closed[:10])
    dup_src = next(k for k in range(10, n - 1) if k not in busy and k + 1 not in busy)
    rows[dup_src + 1]["客诉单号"] = rows[dup_src]["客诉单号"]
    if injected is not None:
        num = lambda i: rows[i]["客诉单号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        for kind, idx in [("late_verify", late_verify), ("pe_verify", pe_verify), ("qe_receive", qe_receive),
                          ("two_batches", two_batches), ("no_confirm", no_confirm), ("reply_early", reply_early),
                          ("email_reply", email_reply), ("no_opinion", no_opinion), ("qe_reply", qe_reply),
                          ("no_countermeasure", no_cm), ("not_replied", not_replied)]:
            injected += [(num(i), kind) for i in idx]

    hand = {
        "procedure": "s17-complaint-control-8d",
        "columns": {
            "客诉单号": "case_number",
            "客诉登记时间": "received_at",
            "客户": "customer",
            "不良现象": "content",
            "业务员": "receive_by",
            "转品质时间": "receive_at",
            "QE": "verify_by",
            "开始调查时间": "verify_at",
            "责任部门": "countermeasure_by",
            "对策完成日": "countermeasure_at",
            "验证批次1": "track_batch_at",
            "验证批次2": "track_batch_2_at",
            "验证批次3": "track_batch_3_at",
            "效果确认日期": "confirm_effect_at",
            "确认人": "confirm_effect_by",
            "回复客户日期": "reply_at",
            "回复人": "reply_by",
            "回复形式": "reply_report",
            "客户意见": "satisfaction",
        },
        "values": {"reply_report": {"8D": "eight_d_report", "8D(客户格式)": "eight_d_report",
                                    "客诉报告": "customer_complaint_report"}},
        "roles": {**{v: "sales" for v in sales + ["业务部"]},
                  **{v: "quality" for v in qe + [qa_mgr, "品质部"]},
                  "采购部": "purchasing",
                  **{v: "all_departments" for v in [pe, "工程部", "制造部", "物控部"]},
                  gm: "general_manager"},
    }
    return rows, hand


# --- 91: S24, a cable-TV company's complaint supervision work orders -----------------------------------------------

def e91_s24_cable_workorders(rng, injected=None):
    """石城广电网络有限公司 客户服务部“投诉督办工单登记表”（客服工单系统导出后在 Excel 里汇总，XLSX；
    受理、派单、接单、处理完成、纠正预防措施表回传、分管领导审核、回复用户、回访、续投登记、再次处理、领导批示、最终答复、
    处罚意见提交、转综合部、办结各列都是真正的日期时间单元格），按 S24《客户投诉处理与督办管理办法》审计。
    来源渠道：96296热线 / 营业厅意见调查表 / 12345政务热线 / 消协转办 / 媒体 / 部门转发 / 员工发掘。投诉分类：常规类 / 发掘类 / 集中类。
    组织（向人事部核对）：96296呼叫中心坐席和各营业厅值班员都属客户服务部；客服部经理 1 人；回访专员属客服部；
    责任部门为网络维护部、工程安装部、宽带业务部、市场营销部、计费结算中心，各有指定接单人；分管领导为两位副总经理。
    回访结果：满意 / 基本满意 / 不满意（续投后再处理）/ 二次不满意（再处理后仍不满意，报分管领导批示）/ 未接通。
    读过制度 YAML 后补的列：接单时间（accept_at）、处理完成时间（handle_at）、处理结果（result）、审核领导（leader_audit_by）、
    回复用户时间（notify_result_at）、回访人（revisit_by）、续投登记时间（re_register_at）、再次处理时间（rehandle_at）、
    批示领导 / 领导批示时间（leader_review_by / leader_review_at）、最终答复时间（final_reply_at）、
    处罚意见提交时间（submit_penalty_at）、转综合部时间（forward_penalty_at）。
    “受理时间”是环节“受理或发起投诉，填写登记处理单并转责任部门”的时间（register_at），“受理坐席”是其办理人；“责任部门”是处理部门（handle_by）。
    注入（15 项）：接单后超过3天才回传纠正预防措施表 3 件；4月接单至今没有回传措施表（CK104 未完成）1 件；
    工单由网络维护部员工自己登记（不是客服部）1 件；责任部门填客户服务部（客服部自己处理，接单人也是客服部坐席）1 件；
    措施表由客服部经理审核（不是分管领导）1 件；措施表没有递交分管领导审核却已回复、回访 1 件；回访由责任部门接单人做 1 件；
    已回访却没有回复用户的记录 1 件；投诉分类填“其他”1 件；回访不满意续投却没有续投登记时间 1 件；
    二次不满意没有报分管领导批示 1 件；处罚意见提交后没有转综合部 1 件；工单编号重复 1 对（两位坐席同时建单，系统取号冲突，两张不同工单同号）。
    陷阱（不是违规）：五一假期中第3天回传措施表；接单后近3天（约70小时）回传；回访结果“未接通”（映射为空白）、“基本满意”（满意）；
    营业厅值班员受理；同一天同一小区的集中类工单 4 张（编号不同）；“原工单号”指向本表中的另一张工单；
    大多数工单没有处罚意见；6月底的在办工单（已接单未处理、已处理措施表尚未到期）。
    """
    taken: set = set()
    agents = distinct_names(rng, 5, taken)            # 96296 call-centre seats (客户服务部)
    hall = distinct_names(rng, 2, taken)              # business-hall duty staff (客户服务部)
    visitors = distinct_names(rng, 2, taken)          # revisit specialists (客户服务部)
    cs_mgr = distinct_names(rng, 1, taken)[0]
    depts = ["网络维护部", "工程安装部", "宽带业务部", "市场营销部", "计费结算中心"]
    receivers = {d: distinct_names(rng, 2 if d in ("网络维护部", "宽带业务部") else 1, taken) for d in depts}
    leaders = distinct_names(rng, 2, taken)           # 分管副总经理: network / marketing
    leader_of = {"网络维护部": leaders[0], "工程安装部": leaders[0], "宽带业务部": leaders[0],
                 "市场营销部": leaders[1], "计费结算中心": leaders[1], "客户服务部": leaders[1]}

    issues = {  # 责任部门 -> (问题描述, 处理结果)
        "网络维护部": [("有线电视信号马赛克、频道无信号", "更换分支器，信号恢复正常"), ("光节点故障整栋楼无信号", "抢修光节点，恢复供信号"),
                  ("楼道分配箱未上锁被私接", "加锁并拆除私接线路")],
        "工程安装部": [("装机人员未按预约时间上门", "重新预约上门完成安装，向用户致歉"), ("施工后墙面未清理", "安排人员上门清理修补"),
                  ("机顶盒安装后无法开机", "更换机顶盒")],
        "宽带业务部": [("宽带晚间网速慢、频繁掉线", "调整端口并升级光猫，测速达标"), ("宽带报修三天无人处理", "当日上门处理，恢复上网")],
        "市场营销部": [("套餐实际内容与宣传不符", "按宣传内容补足频道包"), ("促销赠送的机顶盒未兑现", "补发机顶盒")],
        "计费结算中心": [("停机后仍扣收视费", "退还多扣费用"), ("账单重复扣费", "核实后冲正退费")],
        "客户服务部": [("营业厅值班员态度差", "营业厅主任上门致歉，值班员通报批评")],
    }
    channels = [("96296热线", 60), ("营业厅意见调查表", 8), ("12345政务热线", 10), ("消协转办", 3), ("媒体", 2), ("部门转发", 5)]
    roads = ["中山北路", "龙蟠中路", "汉中路", "应天大街", "江东中路", "草场门大街", "集庆门大街", "双龙大道"]
    estates = ["翠屏苑", "月牙湖花园", "南湖新村", "锁金村", "瑞金新村", "莫愁新寓", "银城东苑"]

    def stamp(t):
        return _minute(working_minutes(t, datetime(2099, 1, 1), 8, 21))

    def customer():
        while True:
            nm = person_name(rng)
            if nm not in taken:
                return nm

    n_regular = 58
    regs = sorted(datetime(2025, 1, 2, 8, 0) + timedelta(days=rng.uniform(0, 157), hours=rng.uniform(0, 12))
                  for _ in range(n_regular))
    # the mass outage: four calls about one estate on one afternoon
    outage = datetime(2025, 3, 18, 14, 5)
    regs += [outage + timedelta(minutes=m) for m in (0, 17, 36, 58)]
    regs.sort()
    rows, meta = [], []
    per_day: dict = {}
    for t in regs:
        reg = stamp(t)
        is_outage = outage <= t <= outage + timedelta(hours=1)
        if is_outage:
            cat, dept, src = "集中类", "网络维护部", "96296热线"
            issue = ("月牙湖花园片区有线电视全部无信号", "光缆被施工挖断，抢修后恢复")
        else:
            cat = pick(rng, [("常规类", 86), ("发掘类", 9), ("集中类", 5)])
            dept = pick(rng, [("网络维护部", 30), ("工程安装部", 20), ("宽带业务部", 25), ("市场营销部", 12),
                              ("计费结算中心", 13)])
            src = "员工发掘" if cat == "发掘类" else pick(rng, channels)
            issue = rng.choice(issues[dept])
            if cat == "发掘类":
                issue = rng.choice([("回访发现装维人员向用户收取额外材料费", "退还费用，装维人员扣绩效"),
                                    ("巡检发现分配箱私接信号线未处理", "拆除私接线路并回访用户")])
                dept = "工程安装部" if "装维" in issue[0] else "网络维护部"
        seat = rng.choice(hall) if src == "营业厅意见调查表" else rng.choice(agents)
        dispatch = stamp(reg + timedelta(minutes=rng.uniform(5, 50)))
        accept = stamp(dispatch + timedelta(minutes=rng.uniform(10, 600)))
        handle = stamp(accept + timedelta(hours=rng.uniform(2, 40)))
        room = max(accept + timedelta(hours=71) - handle, timedelta(hours=2))
        corrective = stamp(handle + timedelta(hours=rng.uniform(0.5, min(20, room.total_seconds() / 3600 - 1))))
        if corrective > accept + timedelta(hours=71):                          # after hours: sent the same evening
            corrective = _minute(handle + timedelta(minutes=rng.uniform(20, 50)))
        audit = stamp(corrective + timedelta(hours=rng.uniform(2, 44)))
        notify = stamp(audit + timedelta(hours=rng.uniform(1, 24)))
        revisit = stamp(notify + timedelta(hours=rng.uniform(24, 72)))
        sat = pick(rng, [("满意", 70), ("基本满意", 12), ("不满意", 8), ("二次不满意", 3), ("未接通", 5)])
        day = reg.strftime("%Y%m%d")
        per_day[day] = per_day.get(day, 0) + 1
        r = Case({
            "工单编号": f"TS{day}{per_day[day]:04d}",
            "受理时间": reg,
            "来源渠道": src,
            "投诉分类": cat,
            "客户编号": f"0251{rng.randint(1000000, 9999999)}",
            "客户姓名": customer(),
            "联系电话": mobile(rng),
            "装机地址": (f"玄武区月牙湖花园{rng.randint(1, 30)}幢{rng.randint(1, 6)}0{rng.randint(1, 4)}室" if is_outage else
                     f"{rng.choice(roads)}{rng.randint(1, 300)}号{rng.choice(estates)}{rng.randint(1, 40)}幢{rng.randint(1, 18)}0{rng.randint(1, 4)}室"),
            "问题描述": issue[0],
            "受理坐席": seat,
            "责任部门": dept,
            "接单人": rng.choice(receivers[dept]),
            "派单时间": dispatch,
            "接单时间": accept,
            "处理完成时间": handle,
            "处理结果": issue[1],
            "纠正预防措施表回传时间": corrective,
            "分管领导审核时间": audit,
            "审核领导": leader_of[dept],
            "回复用户时间": notify,
            "回访时间": revisit,
            "回访人": rng.choice(visitors),
            "回访结果": sat,
            "重复投诉": "否",
            "原工单号": "",
            "续投登记时间": None,
            "再次处理时间": None,
            "领导批示": "",
            "批示领导": "",
            "领导批示时间": None,
            "最终答复时间": None,
            "处罚意见": "",
            "处罚意见提交时间": None,
            "转综合部时间": None,
            "考核结果": "",
            "办结时间": None,
            "工单状态": "已办结",
        })
        rows.append(r)
        meta.append({"dept": dept, "accept": accept, "handle": handle, "revisit": revisit, "outage": is_outage})

    def second_round(r, still):
        rr = stamp(r["回访时间"] + timedelta(minutes=rng.uniform(5, 90)))
        rh = stamp(rr + timedelta(hours=rng.uniform(3, 40)))
        r["续投登记时间"], r["再次处理时间"] = rr, rh
        if still:
            lr = stamp(rh + timedelta(hours=rng.uniform(20, 60)))
            r["领导批示时间"], r["批示领导"] = lr, r["审核领导"]
            r["领导批示"] = rng.choice(["同意按公司标准补偿一个月收视费", "责成责任部门负责人上门沟通", "维持原处理意见，耐心解释"])
            r["最终答复时间"] = stamp(lr + timedelta(hours=rng.uniform(2, 30)))

    idx = list(range(len(rows)))
    plain = [i for i in idx if not meta[i]["outage"] and rows[i]["回访结果"] in ("满意", "基本满意")]
    rng.shuffle(plain)
    # force enough second rounds: three 不满意 and two 二次不满意 besides the ones drawn
    for i in plain[:3]:
        rows[i]["回访结果"] = "不满意"
    for i in plain[3:5]:
        rows[i]["回访结果"] = "二次不满意"
    unsat = [i for i in idx if rows[i]["回访结果"] == "不满意"]
    still = [i for i in idx if rows[i]["回访结果"] == "二次不满意"]
    for i in unsat:
        second_round(rows[i], False)
    for i in still:
        second_round(rows[i], True)
    pool = plain[5:]
    late_cr = pool[0:3]
    never_cr = [i for i in pool[3:12] if datetime(2025, 4, 1) <= rows[i]["受理时间"] < datetime(2025, 5, 20)][:1]
    pool = [i for i in pool[3:] if i not in never_cr]
    dept_register = [i for i in pool if rows[i]["投诉分类"] == "发掘类"][:1] or pool[:1]
    pool = [i for i in pool if i not in dept_register]
    cs_handle = pool[0:1]
    mgr_audit = pool[1:2]
    no_audit = pool[2:3]
    dept_revisit = pool[3:4]
    no_notify = pool[4:5]
    bad_cat = pool[5:6]
    penalty_stuck = pool[6:7]
    penalties = pool[7:13]
    trap_repeat = pool[13:15]
    trap_70h = pool[15:16]
    unsat_no_rereg = [i for i in unsat if i in plain[:3]][:1]
    still_no_review = [i for i in still if i in plain[3:5]][:1]

    for i in late_cr:
        r = rows[i]
        r["纠正预防措施表回传时间"] = stamp(r["接单时间"] + timedelta(days=rng.uniform(4, 7)))
        r["分管领导审核时间"] = stamp(r["纠正预防措施表回传时间"] + timedelta(hours=rng.uniform(3, 20)))
        r["回复用户时间"] = stamp(r["分管领导审核时间"] + timedelta(hours=rng.uniform(1, 20)))
        r["回访时间"] = stamp(r["回复用户时间"] + timedelta(hours=rng.uniform(24, 60)))
    for i in never_cr:
        r = rows[i]
        for h in ("纠正预防措施表回传时间", "分管领导审核时间", "回复用户时间", "回访时间"):
            r[h] = None
        r["回访人"], r["回访结果"], r["工单状态"] = "", "", "处理中"
    for i in dept_register:
        rows[i]["受理坐席"] = receivers["网络维护部"][0]
        rows[i]["来源渠道"] = "员工发掘"
    for i in cs_handle:
        r = rows[i]
        r["责任部门"] = "客户服务部"
        r["问题描述"], r["处理结果"] = issues["客户服务部"][0]
        r["接单人"] = rng.choice(agents)
        r["审核领导"] = leader_of["客户服务部"]
    for i in mgr_audit:
        rows[i]["审核领导"] = cs_mgr
    for i in no_audit:
        rows[i]["分管领导审核时间"] = None
        rows[i]["审核领导"] = ""
    for i in dept_revisit:
        rows[i]["回访人"] = rows[i]["接单人"]
    for i in no_notify:
        rows[i]["回复用户时间"] = None
    for i in bad_cat:
        rows[i]["投诉分类"] = "其他"
    for i in penalties + penalty_stuck:
        r = rows[i]
        r["处罚意见"] = rng.choice(["建议对责任班组通报批评", "建议扣责任人当月绩效200元", "建议扣部门服务考核分2分"])
        r["处罚意见提交时间"] = stamp(r["纠正预防措施表回传时间"] + timedelta(hours=rng.uniform(1, 20)))
        if i not in penalty_stuck:
            r["转综合部时间"] = stamp(r["处罚意见提交时间"] + timedelta(hours=rng.uniform(4, 70)))
            r["考核结果"] = rng.choice(["已执行", "已扣绩效", "已通报"])
    for i in trap_repeat:
        earlier = rng.choice([k for k in idx if k < i and k not in never_cr]) if i > 0 else None
        if earlier is not None:
            rows[i]["重复投诉"] = "是"
            rows[i]["原工单号"] = rows[earlier]["工单编号"]
    for i in trap_70h:
        r = rows[i]
        r["处理完成时间"] = stamp(r["接单时间"] + timedelta(hours=30))
        r["纠正预防措施表回传时间"] = _minute(r["接单时间"] + timedelta(hours=69, minutes=40))
        r["分管领导审核时间"] = stamp(r["纠正预防措施表回传时间"] + timedelta(hours=rng.uniform(3, 20)))
        r["回复用户时间"] = stamp(r["分管领导审核时间"] + timedelta(hours=rng.uniform(1, 20)))
        r["回访时间"] = stamp(r["回复用户时间"] + timedelta(hours=rng.uniform(24, 60)))
    for i in unsat_no_rereg:
        rows[i]["续投登记时间"] = None
    for i in still_no_review:
        r = rows[i]
        r["领导批示时间"], r["批示领导"], r["领导批示"], r["最终答复时间"] = None, "", "", None
        r["工单状态"] = "督办中"

    # the May-Day trap: accepted on 1 May, record on 4 May (day 3 of the holiday)
    holiday = next(i for i in plain[5:] if i not in set(late_cr + never_cr + dept_register + cs_handle + mgr_audit
                                                         + no_audit + dept_revisit + no_notify + bad_cat
                                                         + penalties + penalty_stuck + trap_repeat + trap_70h))
    r = rows[holiday]
    per_day["20250501"] = per_day.get("20250501", 0) + 1
    r["工单编号"] = f"TS20250501{per_day['20250501']:04d}"
    r["受理时间"] = datetime(2025, 5, 1, 9, 47)
    r["派单时间"] = datetime(2025, 5, 1, 10, 2)
    r["接单时间"] = datetime(2025, 5, 1, 10, 31)
    r["处理完成时间"] = datetime(2025, 5, 2, 15, 20)
    r["纠正预防措施表回传时间"] = datetime(2025, 5, 4, 9, 40)
    r["分管领导审核时间"] = datetime(2025, 5, 6, 10, 15)
    r["回复用户时间"] = datetime(2025, 5, 6, 16, 30)
    r["回访时间"] = datetime(2025, 5, 8, 11, 5)

    # the last step closes the order
    for r in rows:
        steps = [r[h] for h in ("回访时间", "最终答复时间", "再次处理时间", "转综合部时间") if r[h]]
        if r["工单状态"] == "已办结" and steps:
            r["办结时间"] = max(steps)

    # in-progress orders at the end of June (not violations)
    tail = [
        {"受理时间": datetime(2025, 6, 28, 10, 12), "接单时间": datetime(2025, 6, 28, 14, 40),
         "处理完成时间": datetime(2025, 6, 29, 16, 5), "状态": "处理中"},
        {"受理时间": datetime(2025, 6, 29, 19, 33), "接单时间": datetime(2025, 6, 30, 8, 50),
         "处理完成时间": None, "状态": "处理中"},
        {"受理时间": datetime(2025, 6, 30, 9, 21), "接单时间": None, "处理完成时间": None, "状态": "待接单"},
    ]
    for k, tv in enumerate(tail):
        dept = rng.choice(["网络维护部", "宽带业务部", "工程安装部"])
        issue = rng.choice(issues[dept])
        day = tv["受理时间"].strftime("%Y%m%d")
        per_day[day] = per_day.get(day, 0) + 1
        r = Case({h: (None if isinstance(v, datetime) or v is None else "") for h, v in rows[0].items()})
        r.update({"工单编号": f"TS{day}{per_day[day]:04d}", "受理时间": tv["受理时间"], "来源渠道": "96296热线",
                  "投诉分类": "常规类", "客户编号": f"0251{rng.randint(1000000, 9999999)}", "客户姓名": customer(),
                  "联系电话": mobile(rng), "装机地址": f"{rng.choice(roads)}{rng.randint(1, 300)}号{rng.choice(estates)}",
                  "问题描述": issue[0], "受理坐席": rng.choice(agents), "责任部门": dept,
                  "接单人": rng.choice(receivers[dept]) if tv["接单时间"] else "",
                  "派单时间": tv["受理时间"] + timedelta(minutes=18), "接单时间": tv["接单时间"],
                  "处理完成时间": tv["处理完成时间"], "处理结果": issue[1] if tv["处理完成时间"] else "",
                  "重复投诉": "否", "工单状态": tv["状态"]})
        rows.append(r)

    # a repeated 工单编号: two seats opened orders at the same moment and the system gave both one number
    busy = set(late_cr + never_cr + dept_register + cs_handle + mgr_audit + no_audit + dept_revisit + no_notify
               + bad_cat + penalty_stuck + unsat + still + [holiday])
    dup_src = next(k for k in range(15, len(rows) - 4) if k not in busy and k + 1 not in busy
                   and not meta[k]["outage"] and not meta[k + 1]["outage"])
    src_row, dst_row = rows[dup_src], rows[dup_src + 1]
    dst_row["工单编号"] = src_row["工单编号"]
    if injected is not None:
        num = lambda i: rows[i]["工单编号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        for kind, ids in [("late_corrective", late_cr), ("never_corrective", never_cr), ("dept_register", dept_register),
                          ("cs_handle", cs_handle), ("mgr_audit", mgr_audit), ("no_audit", no_audit),
                          ("dept_revisit", dept_revisit), ("no_notify", no_notify), ("bad_category", bad_cat),
                          ("unsat_no_reregister", unsat_no_rereg), ("still_no_review", still_no_review),
                          ("penalty_not_forwarded", penalty_stuck)]:
            injected += [(num(i), kind) for i in ids]

    cs_people = agents + hall + visitors + [cs_mgr]
    dept_people = [p for ps in receivers.values() for p in ps]
    hand = {
        "procedure": "s24-nanjing-cable-complaint-supervision",
        "columns": {
            "工单编号": "case_number",
            "受理时间": "register_at",
            "受理坐席": "register_by",
            "投诉分类": "category",
            "问题描述": "content",
            "责任部门": "handle_by",
            "接单人": "accept_by",
            "接单时间": "accept_at",
            "处理完成时间": "handle_at",
            "处理结果": "result",
            "纠正预防措施表回传时间": "corrective_action_at",
            "分管领导审核时间": "leader_audit_at",
            "审核领导": "leader_audit_by",
            "回复用户时间": "notify_result_at",
            "回访时间": "revisit_at",
            "回访人": "revisit_by",
            "回访结果": "satisfaction",
            "续投登记时间": "re_register_at",
            "再次处理时间": "rehandle_at",
            "批示领导": "leader_review_by",
            "领导批示时间": "leader_review_at",
            "最终答复时间": "final_reply_at",
            "处罚意见提交时间": "submit_penalty_at",
            "转综合部时间": "forward_penalty_at",
        },
        "values": {
            "category": {"常规类": "routine", "发掘类": "discovered", "集中类": "mass"},
            "satisfaction": {"满意": "satisfied", "基本满意": "satisfied", "不满意": "unsatisfied",
                             "二次不满意": "still_unsatisfied", "未接通": ""},
        },
        "roles": {**{v: "customer_service" for v in cs_people + ["客户服务部"]},
                  **{v: "responsible_dept" for v in dept_people + depts},
                  **{v: "supervising_leader" for v in leaders}},
    }
    return rows, hand


EXPORTS = [
    ("90-s17-component-8d-tracking.csv", "utf-8", e90_s17_component_8d),
    ("91-s24-cable-complaint-workorders.xlsx", "xlsx", e91_s24_cable_workorders),
]
