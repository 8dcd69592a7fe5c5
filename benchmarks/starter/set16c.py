"""Starter-profile benchmark exports 94-95 (set 16c), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 94 95    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import (Case, pick, cn, cn_date, distinct_names, mobile, working_minutes, workday,
                          nth_workday_after)


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return working_minutes(t, CUTOFF)


def _workday_time(rng, day0: date, span_days: int, first=8.5, last=17.5):
    """A working-hours time on a working day within span_days after day0."""
    while True:
        d = day0 + timedelta(days=rng.randrange(span_days))
        if workday(d):
            break
    minutes = int(rng.uniform(first * 60, last * 60))
    return datetime(d.year, d.month, d.day, minutes // 60, minutes % 60)


def _note(injected, case_no, what):
    if injected is not None:
        injected.append((case_no, what))


# --- 94: S15, a tax-control device maker's marketing-dept complaint slips ------------------------------------------

_CITIES = ["济南", "淄博", "潍坊", "临沂", "烟台", "泰安", "德州", "聊城"]
_TRADE_NAMES = ["鑫源", "恒泰", "华联", "金鼎", "瑞丰", "同创", "宏达", "佳禾", "永盛", "东岳", "润泽", "海川", "博雅",
                "明德", "兴隆", "天成"]
_TRADES = ["商贸有限公司", "建材有限公司", "餐饮管理有限公司", "物流有限公司", "机械制造有限公司", "医药连锁有限公司",
           "汽车服务有限公司", "农资有限公司", "五金经营部", "装饰工程有限公司"]


def _enterprise(rng):
    return rng.choice(_CITIES) + "市" + rng.choice(_TRADE_NAMES) + rng.choice(_TRADES)


def _credit_code(rng):
    return "9137" + "".join(rng.choice("0123456789") for _ in range(4)) + \
        "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))


def e94_s15_tax_device(rng, injected=None):
    """鲁税通税控设备有限公司 营销部“客户投诉处理单”导出（客服工单系统，CSV 带 BOM 的 UTF-8），按 S15《客户投诉处理管理办法》审计。
    公司生产税控盘/金税盘/税务UKey/税控收款机，上门安装、维护由各地技术服务分包单位（鼎诚税务技术服务、恒信财税服务部、
    嘉禾税控服务站）或本公司直营服务站承担；投诉由营销部客服中心受理、填单派单、登记台账、回访核实、确认对策、出具意见报告。
    日期写法：时间列“2025年3月4日 09:12”（cn），合同到期日、出库/启用日期、入账日期为“2025年3月4日”（cn_date）。
    入账日期是台账员次日（下一个工作日）补登的日期。
    人员：受理人、填单人是营销部客服中心坐席；核实人是营销部回访专员；各服务单位的工程师、质量部检验员另有名单
    （审计人员向人事部核对后写进 roles）。“投诉性质”写 一般 / 严重；“情形”是系统下拉的 3.1.1 / 3.1.2 各项的简称，不对应制度字段。
    读过制度 YAML 后补的列：约定上门时间、实际到场时间（appointment_at / arrived_at，3.1.1 d 的守时标准），
    填单人（fill_handling_slip_by），对策确认时间（improvement_at）。其余列是只读原文时写下的。
    注入：处理单号重复 1 对（手工补录撞号）；上门迟到半小时以上 2 件（45 分钟、2 小时多）、约定上门却无到场记录 1 件；
    缺服务合同到期日 1 件、缺服务单位 1 件、缺客户诉求 1 件；投诉性质写“较重”1 件（取值无效）、
    已派单却没填投诉性质 1 件；缺责任人 1 件；没有派单（无派单时间）1 件；已派单却未入台账 1 件；
    由服务站工程师代填处理单 1 件；由责任单位（服务站工程师）自己核实 1 件；已确认对策却没出具意见报告 1 件。共 15 件。
    受理人一列都是营销部坐席（映射为 check_customer_by，没有注入）。
    陷阱（不是违规）：迟到 20-29 分钟、提前到场；没有上门的投诉（热线、升级问题）不填约定时间；服务合同已过期（到期日照填）；
    服务单位写“本公司直营”；责任单位是营销部客服中心或质量部；在办案件没有核实、对策、报告；受理渠道“税务局转办”；
    核实人是回访专员而责任人是坐席本人（热线类投诉，责任单位营销部客服中心）。
    """
    taken: set = set()
    agents = distinct_names(rng, 5, taken)          # 营销部客服中心坐席：受理、填单
    callbackers = distinct_names(rng, 2, taken)     # 营销部回访专员：核实
    units = {
        "鼎诚税务技术服务有限公司": distinct_names(rng, 3, taken),
        "恒信财税服务部": distinct_names(rng, 2, taken),
        "嘉禾税控服务站": distinct_names(rng, 2, taken),
        "本公司直营服务站": distinct_names(rng, 2, taken),
    }
    inspectors = distinct_names(rng, 2, taken)      # 质量部
    engineers = [n for ns in units.values() for n in ns]

    general = [("热线占线/推诿", 3), ("坏盘未及时更换", 3), ("多次维修未解决", 3), ("上门迟到/推脱上门", 3),
               ("未及时升级致开票困难", 3), ("其他一般", 2)]
    serious = [("服务态度恶劣", 2), ("多次爽约影响经营", 1), ("媒体曝光", 1), ("屡诉不改", 1), ("违规推销/乱收费", 1),
               ("税务机关通报批评", 1)]
    content_by = {
        "热线占线/推诿": ["400热线一上午打不通", "坐席说不归他们管让找服务站"],
        "坏盘未及时更换": ["金税盘读不出来一周未换", "税控盘报错申请换盘未处理"],
        "多次维修未解决": ["收款机打印故障修了三次还坏", "UKey 反复掉线维修未解决"],
        "上门迟到/推脱上门": ["约好上门装机工程师没来", "要求上门被告知自己去服务站"],
        "未及时升级致开票困难": ["开票软件未升级无法开具数电票", "版本过期月底开不了票"],
        "其他一般": ["发票未及时寄送", "服务费发票抬头开错"],
        "服务态度恶劣": ["工程师对财务人员出言不逊", "服务站人员辱骂客户"],
        "多次爽约影响经营": ["三次约定都没来，月底报税耽误"],
        "媒体曝光": ["开票瘫痪两天被本地电视台报道"],
        "屡诉不改": ["同一服务站第四次被投诉上门迟到"],
        "违规推销/乱收费": ["工程师上门强行推销打印机", "另收上门费200元不开票"],
        "税务机关通报批评": ["因升级延误被税务分局约谈"],
    }
    demands = ["尽快换盘", "立即上门处理", "退还多收费用", "更换服务工程师", "书面道歉", "给个说法", "减免当年服务费",
               "升级后回电确认"]
    measures_by = {
        "热线占线/推诿": "坐席批评教育，专人回电处理",
        "坏盘未及时更换": "质量部确认后48小时内换盘",
        "多次维修未解决": "更换工程师上门，必要时换机",
        "上门迟到/推脱上门": "责成服务单位重新约定上门",
        "未及时升级致开票困难": "远程升级并上门确认",
        "其他一般": "按客户要求更正处理",
        "服务态度恶劣": "服务单位停岗检查，上门致歉",
        "多次爽约影响经营": "营销部经理带队上门，考核服务单位",
        "媒体曝光": "成立专项小组，对外统一回应",
        "屡诉不改": "约谈服务单位负责人，扣减服务费",
        "违规推销/乱收费": "退还费用，处罚责任人",
        "税务机关通报批评": "向税务机关书面说明，限期整改",
    }
    causes = ["工程师排班冲突", "备件库存不足", "坐席未按流程转单", "升级包下发延迟", "工程师业务不熟", "个人违规",
              "客户地址变更未通知", "设备批次质量问题"]
    results = ["已换盘，客户认可", "已上门处理完毕", "已退费并致歉", "已升级，开票正常", "客户表示满意", "客户基本接受"]
    channels = [("服务热线", 10), ("上门投诉", 2), ("书面函件", 2), ("微信公众号", 3), ("税务局转办", 1)]
    devices = [("税控盘", 3), ("金税盘", 3), ("税务UKey", 4), ("税控收款机", 2)]

    n = 62
    day0 = date(2025, 1, 6)
    receipts = sorted(_workday_time(rng, day0, 172) for _ in range(n))
    rows = []
    seq = {}
    for i, t0 in enumerate(receipts):
        seq[t0.strftime("%y%m")] = seq.get(t0.strftime("%y%m"), 0) + 1
        no = f"TS{t0:%y%m}-{seq[t0.strftime('%y%m')]:03d}"
        sev = "严重" if rng.random() < 0.2 else "一般"
        kind = pick(rng, serious if sev == "严重" else general)
        unit = pick(rng, [(u, w) for u, w in zip(units, (4, 3, 2, 2))])
        if kind in ("热线占线/推诿",):
            resp_unit, resp_person = "营销部客服中心", rng.choice(agents)
        elif kind in ("坏盘未及时更换",) and rng.random() < 0.6:
            resp_unit, resp_person = "质量部", rng.choice(inspectors)
        else:
            resp_unit, resp_person = unit, rng.choice(units[unit])
        start_dev = date(2025, 1, 1) - timedelta(days=rng.randint(30, 1000))
        contract = date(start_dev.year + rng.choice([1, 2, 3]), start_dev.month, min(start_dev.day, 28))
        slip = _cap(t0 + timedelta(minutes=rng.uniform(15, 300)))
        r = Case({
            "处理单号": no, "受理时间": cn(t0), "受理渠道": pick(rng, channels), "受理人": rng.choice(agents),
            "企业名称": _enterprise(rng), "纳税人识别号": _credit_code(rng),
            "联系人": rng.choice("王李张刘陈杨赵孙") + rng.choice(["会计", "经理", "女士", "先生"]), "联系电话": mobile(rng),
            "设备类型": pick(rng, devices), "设备编号": f"{rng.choice(['66', '88', '53'])}{rng.randint(10**9, 10**10 - 1)}",
            "出库/启用日期": cn_date(start_dev), "服务合同到期日": cn_date(contract), "服务单位": unit,
            "投诉事由": rng.choice(content_by[kind]), "客户诉求": rng.choice(demands),
            "投诉性质": sev, "情形": kind, "处理意见": measures_by[kind],
            "责任单位": resp_unit, "责任人": resp_person,
            "派单时间": cn(slip) if slip else "", "填单人": rng.choice(agents) if slip else "",
            "入账日期": "", "约定上门时间": "", "实际到场时间": "",
            "原因反馈": "", "反馈时间": "", "核实时间": "", "核实人": "",
            "改善对策": "", "对策确认时间": "", "意见报告日期": "", "处理结果": "", "结案时间": "",
        })
        if slip is None:         # received on the last afternoon: not dispatched yet
            r["处理意见"] = r["责任单位"] = r["责任人"] = ""
            rows.append(r)
            continue
        reg = nth_workday_after(slip.date(), 1)
        if reg <= CUTOFF.date():
            r["入账日期"] = cn_date(reg)
        cursor = slip
        visit = resp_unit in units and rng.random() < 0.7
        if visit:
            appt = slip + timedelta(hours=rng.uniform(3, 50))
            appt = _cap(appt.replace(minute=(0 if appt.minute < 30 else 30)))
            if appt is not None and appt < CUTOFF - timedelta(hours=6):
                appt = appt.replace(minute=(0 if appt.minute < 30 else 30))
                arr = appt + timedelta(minutes=pick(rng, [(rng.uniform(-25, -2), 3), (rng.uniform(0, 18), 6),
                                                            (rng.uniform(20, 29), 2)]))
                r["约定上门时间"] = cn(appt)
                r["实际到场时间"] = cn(arr)
                cursor = arr
        # the responsible unit's feedback, then 营销部's verification, countermeasure, report
        fb = _cap(cursor + timedelta(hours=rng.uniform(4, 96)))
        if fb is None:
            rows.append(r)
            continue
        r["原因反馈"] = rng.choice(causes)
        r["反馈时间"] = cn(fb)
        ver = _cap(max(fb, datetime.combine(reg, datetime.min.time()) + timedelta(hours=9)) +
                   timedelta(hours=rng.uniform(2, 60)))
        if ver is None or rng.random() < 0.06:
            rows.append(r)
            continue
        r["核实时间"] = cn(ver)
        r["核实人"] = rng.choice(callbackers)
        imp = _cap(ver + timedelta(days=rng.uniform(1, 9)))
        if imp is None or nth_workday_after(imp.date(), 3) > CUTOFF.date() or rng.random() < 0.08:
            rows.append(r)               # countermeasure not yet confirmed
            continue
        r["改善对策"] = rng.choice(["加强工程师排班管理", "增加备件库存", "坐席流程再培训", "升级包提前推送",
                                 "工程师考核上岗", "纳入服务单位季度考核"])
        r["对策确认时间"] = cn(imp)
        rep = nth_workday_after(imp.date(), rng.randint(1, 3))
        if rep > CUTOFF.date():
            rows.append(r)
            continue
        r["意见报告日期"] = cn_date(rep)
        r["处理结果"] = rng.choice(results)
        r["结案时间"] = cn(datetime.combine(rep, datetime.min.time()) + timedelta(minutes=rng.randint(540, 1020)))
        rows.append(r)

    # --- injections (on distinct rows, chosen at random) ---
    used: set = set()

    def choose(pred):
        cands = [k for k, r in enumerate(rows) if k not in used and pred(r)]
        k = rng.choice(cands)
        used.add(k)
        return rows[k]

    dispatched = lambda r: bool(r["派单时间"])
    visited = lambda r: bool(r["实际到场时间"])
    verified = lambda r: bool(r["核实时间"])
    closed = lambda r: bool(r["意见报告日期"])

    r = choose(visited)
    appt = datetime.strptime(r["约定上门时间"], "%Y年%m月%d日 %H:%M")
    r["实际到场时间"] = cn(appt + timedelta(minutes=45))
    _note(injected, r["处理单号"], "CK104 arrived 45 min after appointment")
    r = choose(visited)
    appt = datetime.strptime(r["约定上门时间"], "%Y年%m月%d日 %H:%M")
    r["实际到场时间"] = cn(appt + timedelta(minutes=rng.randint(125, 170)))
    _note(injected, r["处理单号"], "CK104 arrived over 2 h after appointment")
    r = choose(visited)
    r["实际到场时间"] = ""
    _note(injected, r["处理单号"], "CK104 appointment without arrival (visit refused)")
    r = choose(dispatched)
    r["服务合同到期日"] = ""
    _note(injected, r["处理单号"], "CK101 contract_term_confirmed")
    r = choose(dispatched)
    r["服务单位"] = ""
    _note(injected, r["处理单号"], "CK101 subcontractor_confirmed")
    r = choose(dispatched)
    r["客户诉求"] = ""
    _note(injected, r["处理单号"], "CK101 demand_confirmed")
    r = choose(lambda r: dispatched(r) and r["投诉性质"] == "一般")
    r["投诉性质"] = "较重"
    _note(injected, r["处理单号"], "CK102 severity 较重")
    r = choose(dispatched)
    r["投诉性质"] = ""
    _note(injected, r["处理单号"], "CK101 severity_classified")
    r = choose(dispatched)
    r["责任人"] = ""
    _note(injected, r["处理单号"], "CK101 responsible_person_named")
    r = choose(lambda r: dispatched(r) and r["入账日期"] and not verified(r) and not r["约定上门时间"])
    r["派单时间"] = r["填单人"] = r["入账日期"] = r["原因反馈"] = r["反馈时间"] = ""
    _note(injected, r["处理单号"], "CK101 handling_slip_filled (never dispatched)")
    r = choose(lambda r: dispatched(r) and r["入账日期"])
    r["入账日期"] = ""
    _note(injected, r["处理单号"], "CK101 case_registered")
    r = choose(dispatched)
    r["填单人"] = rng.choice(engineers)
    _note(injected, r["处理单号"], "CK103 fill_handling_slip by engineer")
    r = choose(lambda r: verified(r) and r["责任单位"] in units)
    r["核实人"] = r["责任人"] or rng.choice(units[r["责任单位"]])
    _note(injected, r["处理单号"], "CK103 verify_cause by the responsible unit's engineer")
    r = choose(closed)
    r["意见报告日期"] = ""
    r["结案时间"] = ""
    _note(injected, r["处理单号"], "CK101 opinion_report_issued")
    # a case number typed twice: a later slip re-uses an earlier number
    k = rng.choice([k for k in range(5, len(rows) - 5) if k + 1 not in used])
    rows[k + 1]["处理单号"] = rows[k]["处理单号"]
    _note(injected, rows[k]["处理单号"], "CK107 duplicate case number")

    hand = {
        "procedure": "s15-complaint-handling-marketing",
        "columns": {
            "处理单号": "case_number",
            "受理时间": "received_at",
            "受理人": "check_customer_by",
            "企业名称": "customer",
            "出库/启用日期": "device_start_date",
            "服务合同到期日": "contract_valid_until",
            "服务单位": "service_subcontractor",
            "投诉事由": "content",
            "客户诉求": "demand",
            "投诉性质": "severity",
            "处理意见": "measures",
            "责任单位": "responsible_department",
            "责任人": "responsible_person",
            "派单时间": "fill_handling_slip_at",
            "填单人": "fill_handling_slip_by",
            "入账日期": "register_at",
            "约定上门时间": "appointment_at",
            "实际到场时间": "arrived_at",
            "原因反馈": "cause",
            "核实时间": "verify_cause_at",
            "核实人": "verify_cause_by",
            "对策确认时间": "improvement_at",
            "意见报告日期": "opinion_report_at",
            "处理结果": "result",
        },
        "values": {"severity": {"一般": "general", "严重": "serious"}},
        "roles": {**{v: "marketing" for v in agents + callbackers},
                  **{v: "tech_service_unit" for v in engineers},
                  **{v: "quality_dept" for v in inspectors}},
    }
    return rows, hand


# --- 95: S38, an aluminium profile plant's customer quality-complaint log -----------------------------------------

def e95_s38_aluminium(rng, injected=None):
    """南山铝材 工业型材厂 售后服务部 “Customer Quality Complaint Log 客户质量投诉台账”（XLSX，中英混合表头），按 S38
    《客户质量问题投诉处理流程》NSL-YX3-006-1 审计。QF No. 是《质量异常信息反馈单》的台账编号（QF-2503-017）。
    日期写法：Date Received 是带时刻的日期时间单元格；其余日期列是纯日期单元格（Excel 日期）。
    人员只写姓名：售后服务部工程师、销售部跟单员/销售员、质量管理部 QE、工艺技术部、挤压/氧化车间（生产部）各有名单，
    审计人员按花名册写进 roles。Our fault? 写 Y / N / TBD（待定，尚未判定）；Disposition、Root Cause、Resp. Dept 不对应制度字段。
    MFG Contact 是被通知的生产部（挤压/氧化车间）对接人，不是办理人。
    读过制度 YAML 后补的列：QA Start 质管部接单（quality_handle_at）、QE（quality_handle_by）、
    166-2 Prepared by（countermeasure_by）、Follow-up 跟踪验证日期 / Follow-up by（follow_up_at / follow_up_by）。
    注入：QF No. 重复 1 对；判定为我司问题却没有 166-1 提交日期 2 件；已关闭的我司问题没有 166-2 日期 2 件、
    没有跟踪验证 1 件；由质管部 QE 直接接收投诉 1 件（Received by）；166-1 由 QE 代填 1 件；166-2 由工艺技术部编写 1 件；
    跟踪验证由售后工程师做 1 件；Our fault? 写“部分”1 件（取值无效）；166-2 日期早于质管部接单 1 件。共 12 件。
    陷阱（不是违规）：判定非我司问题的没有 166-1、关闭时也没有 166-2；TBD 的在办案件；我司问题在办、还没有 166-2 或跟踪；
    由销售部跟单员接收、销售员去现场确认；没有现场确认（不必要）；Notify QA/MFG 只记日期、晚一两天（“立即”不可计量，不检查）。
    """
    taken: set = set()
    after_sales = distinct_names(rng, 3, taken)
    sales = distinct_names(rng, 3, taken)          # 销售部跟单员 / 销售员
    qe = distinct_names(rng, 3, taken)             # 质量管理部
    process = distinct_names(rng, 2, taken)        # 工艺技术部
    production = distinct_names(rng, 2, taken)     # 生产部（挤压、氧化车间）

    customers = ["烟台华宇汽车零部件", "苏州恒拓自动化", "青岛海纳轨道装备", "常州精锐光伏支架", "天津博远机械",
                 "宁波新锐电子散热", "潍坊瑞达门窗幕墙", "东莞佳信工业框架", "济南重工配套", "无锡凯越新能源"]
    defects = [("表面划伤/擦伤", 4), ("尺寸超差（壁厚）", 3), ("扭拧度超差", 2), ("氧化膜色差", 3), ("力学性能不合格", 1),
               ("气泡/起皮", 2), ("切斜/长度超差", 2), ("包装破损磕碰", 2)]
    alloys = ["6063-T5", "6061-T6", "6005-T6", "6082-T6", "6063-T6"]
    root = {"表面划伤/擦伤": "挤压出料导轨划伤", "尺寸超差（壁厚）": "模具磨损", "扭拧度超差": "矫直拉伸量不足",
            "氧化膜色差": "氧化槽液温度波动", "力学性能不合格": "时效炉温偏低", "气泡/起皮": "铸棒含气量偏高",
            "切斜/长度超差": "锯切定尺偏差", "包装破损磕碰": "运输装卸"}
    resp = {"表面划伤/擦伤": "挤压车间", "尺寸超差（壁厚）": "模具车间", "扭拧度超差": "挤压车间", "氧化膜色差": "氧化车间",
            "力学性能不合格": "挤压车间", "气泡/起皮": "熔铸车间", "切斜/长度超差": "挤压车间", "包装破损磕碰": "物流部"}

    n = 56
    day0 = date(2025, 1, 6)
    receipts = sorted(_workday_time(rng, day0, 170) for _ in range(n))
    rows = []
    seq = {}
    for t0 in receipts:
        ym = t0.strftime("%y%m")
        seq[ym] = seq.get(ym, 0) + 1
        no = f"QF-{ym}-{seq[ym]:03d}"
        defect = pick(rng, defects)
        via = pick(rng, [("After-sales", 5), ("Sales", 3), ("Customer direct", 2)])
        recv = rng.choice(sales) if via == "Sales" else rng.choice(after_sales)
        d0 = t0.date()
        r = Case({
            "QF No.": no, "Date Received": t0, "Received by": recv, "Channel": via,
            "Customer": rng.choice(customers), "PO No.": f"PO{rng.randint(250000, 259999)}",
            "Alloy/Temper": rng.choice(alloys), "Profile No.": f"NS-{rng.randint(1000, 9999)}",
            "Batch No.": f"{d0:%y}{rng.randint(1000, 9999)}-{rng.randint(1, 9)}", "Qty (t)": round(rng.uniform(0.3, 28), 2),
            "Defect Description": defect,
            "Notify QA/MFG": nth_workday_after(d0, pick(rng, [(0, 6), (1, 3), (2, 1)])),
            "MFG Contact": rng.choice(production),
            "Site Check": None, "Checked by": "", "Our fault?": "TBD",
            "166-1 Submitted": None, "166-1 by": "", "QA Start": None, "QE": "",
            "Root Cause": "", "Resp. Dept": "", "166-2 Date": None, "166-2 Prepared by": "",
            "Corrective Action": "", "Disposition": "", "Follow-up": None, "Follow-up by": "",
            "Status": "Open", "Closed": None,
        })
        age = (CUTOFF.date() - d0).days
        cursor = d0
        if rng.random() < 0.6:
            site = nth_workday_after(d0, rng.randint(1, 4))
            if site <= CUTOFF.date():
                r["Site Check"] = site
                r["Checked by"] = rng.choice(after_sales + sales)
                cursor = site
        if age < 4 or (age < 20 and rng.random() < 0.5) or rng.random() < 0.08:
            rows.append(r)               # still being judged (awaiting samples or the customer's test report)
            continue
        own = rng.random() < 0.65
        r["Our fault?"] = "Y" if own else "N"
        judged = nth_workday_after(cursor, rng.randint(1 if cursor == d0 else 0, 2))
        if not own:
            r["Disposition"] = rng.choice(["客户自行处理", "客户加工不当，已解释", "客户自行返工"])
            if rng.random() < 0.8:
                r["Status"] = "Closed"
                r["Closed"] = nth_workday_after(judged, rng.randint(1, 4))
            rows.append(r)
            continue
        r["166-1 Submitted"] = judged
        r["166-1 by"] = r["Checked by"] or recv
        qs = nth_workday_after(judged, rng.randint(0, 2))
        r["QA Start"] = qs
        r["QE"] = rng.choice(qe)
        c2 = nth_workday_after(qs, rng.randint(2, 12))
        if c2 > CUTOFF.date() or rng.random() < 0.1:
            rows.append(r)
            continue
        r["Root Cause"] = root[defect]
        r["Resp. Dept"] = resp[defect]
        r["166-2 Date"] = c2
        r["166-2 Prepared by"] = r["QE"] if rng.random() < 0.7 else rng.choice(qe)
        r["Corrective Action"] = rng.choice(["更换导轨石墨条", "修模/换模", "增加首件检验", "调整工艺参数", "加强包装防护",
                                            "批次复检"])
        r["Disposition"] = pick(rng, [("退货补料", 3), ("让步接收", 2), ("折价", 1), ("挑选使用", 2)])
        fu = nth_workday_after(c2, rng.randint(5, 25))
        if fu > CUTOFF.date() or rng.random() < 0.15:
            rows.append(r)
            continue
        r["Follow-up"] = fu
        r["Follow-up by"] = rng.choice(qe)
        cl = nth_workday_after(fu, rng.randint(0, 5))
        if cl <= CUTOFF.date() and rng.random() < 0.9:
            r["Status"] = "Closed"
            r["Closed"] = cl
        rows.append(r)

    used: set = set()

    def choose(pred):
        cands = [k for k, r in enumerate(rows) if k not in used and pred(r)]
        k = rng.choice(cands)
        used.add(k)
        return rows[k]

    own_closed = lambda r: r["Our fault?"] == "Y" and r["Closed"] is not None
    for _ in range(2):
        r = choose(lambda r: r["Our fault?"] == "Y")
        r["166-1 Submitted"] = None
        r["166-1 by"] = ""
        _note(injected, r["QF No."], "CK101 feedback_form_for_own_issue")
    for _ in range(2):
        r = choose(own_closed)
        r["166-2 Date"] = None
        r["166-2 Prepared by"] = ""
        _note(injected, r["QF No."], "CK101 countermeasure_form_before_close")
    r = choose(own_closed)
    r["Follow-up"] = None
    r["Follow-up by"] = ""
    _note(injected, r["QF No."], "CK101 follow_up_until_closed")
    r = choose(lambda r: True)
    r["Received by"] = rng.choice(qe)
    r["Channel"] = "Customer direct"
    _note(injected, r["QF No."], "CK103 receive by QE")
    r = choose(lambda r: r["166-1 Submitted"] is not None)
    r["166-1 by"] = rng.choice(qe)
    _note(injected, r["QF No."], "CK103 feedback_form by QE")
    r = choose(lambda r: r["166-2 Date"] is not None)
    r["166-2 Prepared by"] = rng.choice(process)
    _note(injected, r["QF No."], "CK103 countermeasure by process engineer")
    r = choose(lambda r: r["Follow-up"] is not None)
    r["Follow-up by"] = rng.choice(after_sales)
    _note(injected, r["QF No."], "CK103 follow_up by after-sales")
    r = choose(lambda r: r["Our fault?"] == "TBD" and r["Closed"] is None)
    r["Our fault?"] = "部分"
    _note(injected, r["QF No."], "CK102 own_quality_issue 部分")
    r = choose(lambda r: r["166-2 Date"] is not None and r["QA Start"] is not None)
    r["166-2 Date"] = r["QA Start"] - timedelta(days=rng.randint(2, 5))
    _note(injected, r["QF No."], "CK106 166-2 before QA start")
    k = rng.choice([k for k in range(5, len(rows) - 5) if k + 1 not in used])
    rows[k + 1]["QF No."] = rows[k]["QF No."]
    _note(injected, rows[k]["QF No."], "CK107 duplicate QF No.")

    hand = {
        "procedure": "s38-nanshan-aluminium-quality-complaints",
        "columns": {
            "QF No.": "case_number",
            "Date Received": "receive_at",
            "Received by": "receive_by",
            "Defect Description": "content",
            "Site Check": "preliminary_analysis_at",
            "Checked by": "preliminary_analysis_by",
            "Our fault?": "own_quality_issue",
            "166-1 Submitted": "feedback_form_at",
            "166-1 by": "feedback_form_by",
            "QA Start": "quality_handle_at",
            "QE": "quality_handle_by",
            "166-2 Date": "countermeasure_at",
            "166-2 Prepared by": "countermeasure_by",
            "Follow-up": "follow_up_at",
            "Follow-up by": "follow_up_by",
            "Closed": "closed_at",
        },
        "values": {"own_quality_issue": {"Y": True, "N": False, "TBD": ""}},
        "roles": {**{v: "after_sales" for v in after_sales},
                  **{v: "sales" for v in sales},
                  **{v: "quality_mgmt" for v in qe},
                  **{v: "process_tech" for v in process},
                  **{v: "production" for v in production}},
    }
    return rows, hand


EXPORTS = [
    ("94-s15-tax-device-complaint-slips.csv", "utf-8-sig", e94_s15_tax_device),
    ("95-s38-aluminium-quality-complaint-log.xlsx", "xlsx", e95_s38_aluminium),
]
