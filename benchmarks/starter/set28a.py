"""Starter-profile benchmark exports 160-161 (set 28a), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 160 161    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 17, 30)   # the exports were taken on 30 June 2025; later steps have not happened
START = date(2025, 1, 2)
DAYS = (date(2025, 6, 29) - START).days



# --- 160: S15, a tax-device service company's marketing-dept CRM work orders (XLSX) --------------------------------

def _crm_time(t, rng):
    """The marketing department's hotline and CRM desk: working days, 8:30-17:30; later entries go to the next
    working morning."""
    t = t.replace(second=0, microsecond=0)
    while True:
        if not workday(t.date()):
            t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(30, 59))
            continue
        if t.hour < 8 or (t.hour == 8 and t.minute < 30):
            t = t.replace(hour=8, minute=rng.randint(30, 59))
        if t.hour > 17 or (t.hour == 17 and t.minute > 30):
            t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(30, 59))
            continue
        return t


_S15_STATIONS = [("城东服务站（鑫诚财税）", 5), ("城西服务站（华瑞信息）", 4), ("开发区服务站（德诚科技）", 4),
                 ("县域服务站（永丰会计）", 2), ("无（公司直属）", 2)]

_S15_KINDS = [
    # 投诉类别, 投诉事由, 客户诉求, 处理方式, 责任单位 ("站" = the customer's service station), 处理结果, 改善对策,
    # 需上门, weight
    ("一般性投诉", "400热线一上午打了五六次都占线，抄报税问题没人处理", "要求尽快回电并协助完成抄报税",
     "热线组回电致歉，远程协助清卡", "客服热线组", "已远程协助完成抄报税，客户认可",
     "申报期热线增加两个坐席，占线转接回拨", False, 4),
    ("一般性投诉", "热线接听人员让企业自己去网上查，推说不归我们管", "要求热线给出明确答复",
     "热线组主管回电致歉，派工程师电话指导", "客服热线组", "工程师电话指导完成发票认证，已致歉",
     "热线话术培训，首问负责不得推诿", False, 2),
    ("一般性投诉", "金税盘读不出来，报修一周了还没给换", "要求立即更换金税盘",
     "协调仓储物流部调拨新盘，服务站上门更换", "仓储物流部", "已上门更换金税盘并完成发行",
     "备件库存下限由5只调为10只，故障盘48小时内更换", True, 4),
    ("一般性投诉", "开票软件反复报错，工程师来了三次都没修好", "要求派资深工程师彻底解决",
     "技术服务部派高级工程师上门排查", "站", "重装驱动并更换USB线后恢复正常，连续一周未再报错",
     "三次未修复的故障自动升级到技术服务部", True, 4),
    ("一般性投诉", "约好上午九点上门，工程师十点多才到，也没提前打电话", "要求说明迟到原因并道歉",
     "服务站负责人电话致歉，核查派工记录", "站", "服务站负责人已致歉，客户接受",
     "上门前一小时电话确认，预计迟到须提前告知客户", True, 4),
    ("一般性投诉", "开票软件没及时升级，月初开不出发票", "要求立即远程升级开票软件",
     "技术服务部安排远程升级", "技术服务部", "已远程升级至最新版本，开票正常",
     "版本发布后三个工作日内完成辖区企业推送升级", False, 4),
    ("一般性投诉", "服务费发票一个多月了还没寄到", "要求寄出技术服务费发票",
     "营销部内勤补寄发票并告知快递单号", "营销部内勤", "发票已寄出，客户已签收",
     "服务费发票开具后三日内寄出并短信告知", False, 2),
    ("一般性投诉", "税务UKey申领后迟迟没人上门安装", "要求尽快上门安装UKey并培训开票",
     "服务站安排上门安装", "站", "已上门安装并培训开票",
     "新领UKey企业五个工作日内上门安装", True, 3),
    ("严重性投诉", "工程师在财务室和会计吵起来，说话很难听", "要求更换服务工程师并书面道歉",
     "营销部经理带服务站负责人上门道歉，调换工程师", "站", "已上门道歉，更换服务工程师，企业接受",
     "涉事工程师停岗培训，服务站考核扣分", True, 2),
    ("严重性投诉", "工程师上门时推销打印机和财务软件，不买就拖着不给弄", "要求查处推销行为并尽快完成服务",
     "营销部调查取证，另派工程师完成服务", "站", "已另派工程师完成服务，涉事人员停止上门",
     "重申禁止向企业推销产品，服务站签订承诺书", True, 2),
    ("严重性投诉", "工程师收了二百块上门费，没有开票", "要求退还上门费",
     "营销部核实后全额退还，追究工程师责任", "站", "已退还上门费二百元，工程师辞退",
     "服务收费一律通过公司账户，现场不得收现", True, 1),
    ("严重性投诉", "约了三次上门都没来，月底差点没报上税", "要求赔偿损失并保证按期服务",
     "营销部经理上门致歉，技术服务部当日上门处理", "技术服务部", "当日完成清卡申报，企业未逾期",
     "爽约两次自动升级营销部督办", True, 2),
    ("严重性投诉", "服务没跟上导致逾期申报，被税务分局约谈点名批评", "要求公司出具情况说明并协助向税务分局解释",
     "营销部出具情况说明，与税务分局沟通", "技术服务部", "已向税务分局说明情况，企业逾期记录已按规定处理",
     "申报期前对重点企业逐户电话提醒", False, 1),
]

_S15_CHANNELS = [("400服务热线", 12), ("微信公众号", 4), ("上门投诉", 2), ("书面来函", 1), ("税务局转办", 1)]
_S15_DEVICES = [("税控盘", 5), ("金税盘", 4), ("税务UKey", 4), ("报税盘", 1)]
_S15_FIRMS = ["鑫", "华", "恒", "泰", "隆", "嘉", "瑞", "宏", "盛", "达", "永", "鼎", "安", "锦", "博"]
_S15_TRADES = ["商贸", "建材", "餐饮管理", "物流", "电子科技", "机械设备", "服装", "食品", "装饰工程", "医药连锁",
               "汽车服务", "农资", "印务", "五金"]
_S15_SLOTS = [(9, 0), (9, 30), (10, 0), (10, 30), (14, 0), (14, 30), (15, 0), (15, 30)]


def e160_s15_taxdevice_service_crm_orders(rng, injected=None):
    """S15 客户投诉处理管理办法 -- the marketing department (营销部) of a tax-control-device service company keeps
    complaints as work orders in its CRM ("客户服务工单"); the export is the CRM's XLSX download. On-site visits by
    the service stations (partly subcontracted) are booked and signed in through the CRM's engineer app, so the
    appointment and sign-in times sit on the same work order.

    Headers written down from the source text, before reading the procedure YAML:
    工单编号, 受理时间, 受理方式 (400服务热线/微信公众号/上门投诉/书面来函/税务局转办), 企业名称, 纳税人识别号, 联系人,
    联系电话, 设备类型 (税控盘/金税盘/税务UKey/报税盘), 合同到期日, 服务分包单位, 设备出库日期, 投诉事由,
    投诉类别 (一般性投诉/严重性投诉), 受理人, 责任单位, 责任人, 派单时间, 责任单位反馈时间, 处理结果, 改善对策,
    效果确认人, 回复客户时间, 办结时间, 工单状态 (已办结/处理中/已派单), 录入人, 备注.
    Date spelling: Excel date-time cells (dates of contract and device: Excel date cells).

    读过制度 YAML 后补的列：客户诉求, 处理方式, 派单人, 台账登记时间, 约定上门时间, 到场签到时间, 效果确认时间,
    意见报告日期.

    Injected (18, all found by the hand audit):
      CK104 visit_within_30_minutes_of_appointment x3 (signed in exactly 30 min, 47 min, 2 h 15 min late)
      CK101 contract_term_confirmed x2, subcontractor_confirmed x1, device_date_confirmed x1, demand_confirmed x1
      CK101 severity_classified x2 (one blank, one 待定, mapped to blank), responsible_person_named x1,
            case_registered x1, opinion_report_issued x2
      CK106 improvement-opinion_report x1 (report dated before the effect confirmation)
      CK103 step-fill_handling_slip x1 (dispatched by the technical service department's dispatcher)
      CK103 step-improvement x1 (effect confirmed by the quality department)
      CK107 case_number x1 (a reopened work order exported twice)
    Traps (no finding): sign-ins 22 and 29 min late; 服务分包单位 "无（公司直属）" (directly served, not blank);
    a visit booked for 2025-07-01 with no sign-in yet; open work orders (no effect confirmation) without a report;
    work orders that needed no visit (no appointment).
    """
    taken: set = set()
    hotline = distinct_names(rng, 3, taken)          # 营销部客服专员: 受理人, 录入人
    dispatchers = distinct_names(rng, 2, taken)      # 营销部派单员
    tech_dispatcher = distinct_names(rng, 1, taken)[0]   # 技术服务部调度
    managers = distinct_names(rng, 2, taken)         # 营销部主管: 效果确认人
    quality_man = distinct_names(rng, 1, taken)[0]   # 质量部
    station_names = [s for s, _ in _S15_STATIONS]
    engineers = {s: distinct_names(rng, 2, taken) for s in station_names}
    unit_people = {"客服热线组": distinct_names(rng, 1, taken), "仓储物流部": distinct_names(rng, 1, taken),
                   "技术服务部": distinct_names(rng, 2, taken), "营销部内勤": distinct_names(rng, 1, taken)}

    n = 40
    days = sorted(rng.sample(range(DAYS - 8), n - 4) + rng.sample(range(DAYS - 6, DAYS + 1), 4))
    cases = []
    for i, off in enumerate(days):
        d = START + timedelta(days=off)
        t0 = _crm_time(datetime(d.year, d.month, d.day, rng.randint(8, 16), rng.randint(0, 59)), rng)
        cat, content, demand, measures, unit, result, improve, visit, _w = \
            rng.choices(_S15_KINDS, [k[-1] for k in _S15_KINDS])[0]
        station = pick(rng, _S15_STATIONS)
        if unit == "站":
            unit = station if station != "无（公司直属）" else "技术服务部"
        if unit in engineers:
            person = rng.choice(engineers[unit])
        else:
            person = rng.choice(unit_people.get(unit, unit_people["技术服务部"]))
        slip = _crm_time(t0 + timedelta(minutes=rng.randint(10, 180)), rng)
        register = _crm_time(slip + timedelta(minutes=rng.randint(30, 300)), rng)
        appointment = arrived = None
        if visit:
            vd = slip.date() + timedelta(days=rng.randint(1, 2))
            while not workday(vd):
                vd += timedelta(days=1)
            h, m = rng.choice(_S15_SLOTS)
            appointment = datetime(vd.year, vd.month, vd.day, h, m)
            arrived = appointment + timedelta(minutes=rng.randint(-25, 15))
        base = max(register, arrived or register)
        verify = _crm_time(base + timedelta(days=rng.randint(1, 4), hours=rng.randint(-2, 3)), rng)
        improvement = _crm_time(verify + timedelta(days=rng.randint(3, 12), hours=rng.randint(-3, 3)), rng)
        report = _crm_time(improvement + timedelta(days=rng.randint(0, 3), minutes=rng.randint(20, 200)), rng)
        if appointment and appointment > CUTOFF:
            appointment = arrived = None
        if arrived and arrived > CUTOFF:
            arrived = None
        if verify > CUTOFF:
            verify = improvement = report = None
        elif improvement > CUTOFF:
            improvement = report = None
        elif report > CUTOFF:
            report = improvement + timedelta(minutes=30)
            if report > CUTOFF:
                improvement = report = None
        if report:
            status = "已办结"
        elif verify:
            status = "待确认"
        else:
            status = "处理中"
        firm = rng.choice(_S15_FIRMS) + rng.choice(_S15_FIRMS)
        while firm[0] == firm[1]:
            firm = rng.choice(_S15_FIRMS) + rng.choice(_S15_FIRMS)
        clerk = rng.choice(hotline)
        row = Case({
            "工单编号": f"GD{t0:%Y%m%d}{i + 1:03d}",
            "受理时间": t0,
            "受理方式": pick(rng, _S15_CHANNELS),
            "企业名称": f"{firm}{rng.choice(_S15_TRADES)}有限公司",
            "纳税人识别号": "91" + rng.choice(["4403", "4401", "4419", "4413"]) + "00" + "MA5" +
                         "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7)),
            "联系人": person_name(rng),
            "联系电话": mobile(rng),
            "设备类型": pick(rng, _S15_DEVICES),
            "合同到期日": date(rng.choice([2025, 2026, 2026]), rng.randint(1, 12), rng.choice([1, 1, 28])),
            "服务分包单位": station,
            "设备出库日期": date(rng.randint(2018, 2024), rng.randint(1, 12), rng.randint(1, 28)),
            "投诉事由": content,
            "客户诉求": demand,
            "投诉类别": cat,
            "受理人": clerk,
            "派单时间": slip,
            "派单人": rng.choice(dispatchers),
            "处理方式": measures,
            "责任单位": unit,
            "责任人": person,
            "台账登记时间": register,
            "约定上门时间": appointment,
            "到场签到时间": arrived,
            "责任单位反馈时间": (verify - timedelta(hours=rng.randint(3, 20))) if verify else None,
            "处理结果": result if verify else "",
            "回复客户时间": verify,
            "改善对策": improve if improvement else "",
            "效果确认时间": improvement,
            "效果确认人": rng.choice(managers) if improvement else "",
            "意见报告日期": report,
            "办结时间": report,
            "工单状态": status,
            "录入人": clerk,
            "备注": "",
        })
        if row["合同到期日"] < t0.date():
            row["合同到期日"] = date(2026, row["合同到期日"].month, row["合同到期日"].day)
        if row["责任单位反馈时间"] and row["责任单位反馈时间"] < slip:
            row["责任单位反馈时间"] = slip + timedelta(hours=2)
        cases.append([row, []])

    def take(cond, k=1):
        pool = [c for c in cases if not c[1] and not c[0].get("_trap") and cond(c[0])]
        return rng.sample(pool, k)

    closed = lambda r: r["意见报告日期"] is not None

    # CK104: signed in 30 min or more after the appointment
    for c, late in zip(take(lambda r: r["到场签到时间"] is not None, 3), (30, 47, 135)):
        c[0]["到场签到时间"] = c[0]["约定上门时间"] + timedelta(minutes=late)
        c[1].append("visit_within_30_minutes_of_appointment")
        if late > 100:
            c[0]["备注"] = "工程师前一单超时，未通知客户"
    # traps: 22 and 29 minutes late
    for c, late in zip(take(lambda r: r["到场签到时间"] is not None, 2), (22, 29)):
        c[0]["到场签到时间"] = c[0]["约定上门时间"] + timedelta(minutes=late)
        c[0]["_trap"] = True
    # trap: a visit booked for tomorrow (2025-07-01), no sign-in yet
    c = max((c for c in cases if not c[1] and not c[0].get("_trap") and c[0]["回复客户时间"] is None),
            key=lambda c: c[0]["受理时间"])
    c[0]["约定上门时间"] = datetime(2025, 7, 1, 9, 30)
    c[0]["到场签到时间"] = None
    c[0]["备注"] = "客户要求7月1日上午上门"
    c[0]["_trap"] = True
    # trap: directly served customers write 无（公司直属） -- already in the data; make sure there are two
    direct = [c for c in cases if c[0]["服务分包单位"] == "无（公司直属）"]
    for c in take(lambda r: r["服务分包单位"] != "无（公司直属）" and r["责任单位"] not in station_names,
                  max(0, 2 - len(direct))):
        c[0]["服务分包单位"] = "无（公司直属）"

    for c in take(closed, 2):
        c[0]["合同到期日"] = None
        c[1].append("contract_term_confirmed")
    for c in take(lambda r: r["服务分包单位"] != "无（公司直属）"):
        c[0]["服务分包单位"] = None
        c[1].append("subcontractor_confirmed")
    for c in take(lambda r: True):
        c[0]["设备出库日期"] = None
        c[1].append("device_date_confirmed")
    for c in take(lambda r: True):
        c[0]["客户诉求"] = ""
        c[1].append("demand_confirmed")
    for c, v in zip(take(lambda r: True, 2), ("", "待定")):
        c[0]["投诉类别"] = v
        c[1].append("severity_classified")
    for c in take(lambda r: True):
        c[0]["责任人"] = ""
        c[1].append("responsible_person_named")
    for c in take(lambda r: True):
        c[0]["台账登记时间"] = None
        c[1].append("case_registered")
    for c in take(closed, 2):
        c[0]["意见报告日期"] = None
        c[0]["工单状态"] = "已确认"
        c[0]["办结时间"] = None
        c[1].append("opinion_report_issued")
    for c in take(closed):
        c[0]["意见报告日期"] = (c[0]["效果确认时间"] - timedelta(days=2)).replace(hour=rng.randint(9, 16),
                                                                          minute=rng.randint(0, 59))
        c[0]["办结时间"] = c[0]["效果确认时间"] + timedelta(minutes=rng.randint(20, 90))
        c[1].append("improvement-opinion_report")
    for c in take(lambda r: True):
        c[0]["派单人"] = tech_dispatcher
        c[0]["备注"] = "客户直接打给服务站，技术服务部调度建单派单"
        c[1].append("step-fill_handling_slip")
    for c in take(closed):
        c[0]["效果确认人"] = quality_man
        c[1].append("step-improvement")
    # CK107: a reopened work order, exported a second time with the same number
    src = take(closed)[0]
    dup = Case(src[0])
    dup.update({"受理时间": src[0]["效果确认时间"] + timedelta(days=3, hours=1), "回复客户时间": None,
                "处理结果": "", "改善对策": "", "效果确认时间": None, "效果确认人": "", "意见报告日期": None,
                "办结时间": None, "工单状态": "重新打开", "备注": "客户再次来电反映同一问题，工单重开",
                "约定上门时间": None, "到场签到时间": None, "责任单位反馈时间": None})
    dup["派单时间"] = _crm_time(dup["受理时间"] + timedelta(minutes=40), rng)
    dup["台账登记时间"] = _crm_time(dup["派单时间"] + timedelta(minutes=60), rng)
    src[1].append("case_number (duplicate)")
    i = cases.index(src)
    cases.insert(i + 1, [dup, []])

    if injected is not None:
        injected += [(c[0]["工单编号"], inj) for c in cases for inj in c[1]]
    rows = []
    for c in cases:
        r = Case(c[0])
        r.pop("_trap", None)
        for k, v in r.items():
            if v is None:
                r[k] = ""
        rows.append(r)

    hand = {
        "procedure": "s15-complaint-handling-marketing",
        "columns": {
            "工单编号": "case_number",
            "受理时间": "received_at",
            "企业名称": "customer",
            "合同到期日": "contract_valid_until",
            "服务分包单位": "service_subcontractor",
            "设备出库日期": "device_start_date",
            "投诉事由": "content",
            "客户诉求": "demand",
            "投诉类别": "severity",
            "受理人": "check_customer_by",
            "派单时间": "fill_handling_slip_at",
            "派单人": "fill_handling_slip_by",
            "处理方式": "measures",
            "责任单位": "responsible_department",
            "责任人": "responsible_person",
            "台账登记时间": "register_at",
            "约定上门时间": "appointment_at",
            "到场签到时间": "arrived_at",
            "回复客户时间": "verify_cause_at",
            "处理结果": "result",
            "效果确认时间": "improvement_at",
            "效果确认人": "improvement_by",
            "意见报告日期": "opinion_report_at",
        },
        "values": {
            "severity": {"一般性投诉": "general", "严重性投诉": "serious", "待定": ""},
        },
        "roles": {
            **{name: "marketing" for name in hotline + dispatchers + managers},
            tech_dispatcher: "tech_service_unit",
            quality_man: "quality_dept",
        },
    }
    return rows, hand


# --- 161: S17, a factory quality department's customer-complaint / 8D tracking sheet (CSV) -------------------------

def _dash(t):
    """2025-1-4 9:30 -- how the quality clerk types times (no zero padding); dates alone as 2025-1-4."""
    if t is None or t == "":
        return ""
    if isinstance(t, datetime):
        return f"{t.year}-{t.month}-{t.day} {t.hour}:{t.minute:02d}"
    return f"{t.year}-{t.month}-{t.day}"


def _next_workday(d, k=1):
    while k:
        d += timedelta(days=1)
        k -= workday(d)
    return d


_S17_CUSTOMERS = [("银宝山新", 5), ("比亚迪电子", 4), ("信华精机", 3), ("元亨电气", 3), ("科士达", 2), ("中兴康讯", 2)]

_S17_ITEMS = [
    # 产品名称, 料号前缀, 不良描述, 原因分析, 临时对策, 永久对策, 责任单位
    ("地铁箱箱体", "YH", "箱体提手处有沙眼", "压铸模具排气不良，来料检验未做外观全检",
     "库存及在途品全检，挑出沙眼品返修", "模具增加排气槽，来料外观检验改为加严抽检", "采购部/压铸供应商"),
    ("5AVD左右支架", "BY", "支架焊反", "焊接工装无防错，新员工按图方向错误",
     "库存支架全检，焊反品报废重焊", "焊接工装加防错销，首件由班长确认", "生产部/焊接组"),
    ("机柜门板", "JG", "门板与机柜匹配错位", "折弯尺寸偏差0.8mm，折弯机后挡料未校准",
     "在库门板全检，超差品返修", "折弯机每班开机校准后挡料并记录", "生产部/钣金组"),
    ("LK车身控制模块支架", "BY", "客户反馈支架有螺钉未打紧", "电批扭力设定偏低，未做扭力点检",
     "库存品逐个复紧", "电批扭力每日点检，增加扭力抽检工序", "生产部/装配组"),
    ("顶罩", "JG", "顶罩防尘网表面起泡", "喷涂前处理脱脂不净",
     "在库顶罩全检，起泡品重新喷涂", "前处理槽液每班检测浓度，增加水破试验", "生产部/喷涂组"),
    ("侧板", "XH", "喷漆厚度不合格，标准0.1-0.3mm，实测0.06-0.12mm", "喷枪出粉量设定偏低，膜厚未按频次检测",
     "库存侧板全检膜厚，不合格品返喷", "膜厚检测改为每两小时一次并记录", "生产部/喷涂组"),
    ("139端子", "YB", "M4螺纹不良，深度不够", "丝锥磨损未及时更换",
     "库存端子螺纹全检", "丝锥按加工数量强制更换，增加螺纹塞规检验", "生产部/机加组"),
    ("限位板", "PG", "限位板固定螺钉断裂在螺孔内", "螺钉供应商热处理硬度偏高，脆断",
     "更换同批次螺钉，库存品隔离", "供应商改进热处理工艺，来料增加硬度检测", "采购部/紧固件供应商"),
    ("底座", "KS", "底部加强角螺孔生锈", "电镀层厚度不足，包装未放干燥剂",
     "库存品除锈补镀", "电镀供应商提高镀层厚度，包装加干燥剂", "采购部/电镀供应商"),
    ("机柜门", "JG", "导电胶条过长，门关不严", "胶条下料长度未按新版图纸",
     "在库机柜更换胶条", "下料图纸版本受控，首件核对长度", "技术部/生产部"),
]

_S17_CHANNELS = [("邮件", 8), ("电话", 4), ("现场反馈", 2), ("微信", 3)]
_S17_OPINIONS = [("客户接受8D报告，无异议", 6), ("客户认可改善对策", 5), ("满意", 3), ("客户要求后续批次继续加严检验", 2)]


def e161_s17_factory_8d_tracking(rng, injected=None):
    """S17 客户投诉处理控制程序 (8D) -- a sheet-metal/enclosure factory's 品质部 keeps a 客诉跟踪表 in Excel (one row per
    complaint, typed by the quality clerk), saved as CSV (GBK) for the audit.

    Headers written down from the source text, before reading the procedure YAML:
    序号, 客诉单号, 客诉日期, 客户名称, 产品名称, 料号, 不良描述, 不良数量, 反馈方式 (邮件/电话/现场反馈/微信), 业务跟单,
    转品质部时间, 品质开始分析时间, 原因分析, 临时对策, 永久对策, 责任单位/责任人, 8D报告编号, 8D回复时间,
    业务回复客户日期, 客户意见, 跟踪批次1, 跟踪批次2, 跟踪批次3, 效果确认, 品质跟踪负责人, 结案日期, 状态, 备注.
    Date spelling: 2025-1-4 9:30 (no zero padding, as the clerk types it); dates alone 2025-1-4.

    读过制度 YAML 后补的列：主导分析人, 对策完成日期, 效果确认日期, 回复人, 回复方式 (8D报告/客诉报告/电话说明).

    Injected (18, all found by the hand audit):
      CK104 verify_within_2h x4 (Friday 16:40 -> Monday; 3 h 25 min; late afternoon -> next morning; one received
            on 30 June and not yet started at the export, late at the audit time)
      CK103 quality_or_gm_verifies x2 (the salesman led the analysis), step-confirm_effect x1 (confirmed by the
            production supervisor), step-reply x1 (the QE replied to the customer himself)
      CK101 three_batches_tracked x2, effect_confirmed x1, replied_to_customer x1,
            countermeasure_before_confirmation x1, reply_with_report x1 (电话说明, mapped to blank),
            customer_opinion_sought x2
      CK106 receive-verify x1 (analysis started before the written handover), confirm_effect-reply x1
    Traps (no finding): analysis started exactly 2 h and 1 h 55 min after the handover; two cases led by the general
    manager himself (allowed: 必要时总经理亲自主导); open cases with only one or two batches tracked and no
    confirmation; replies with 客诉报告 instead of 8D报告.
    """
    taken: set = set()
    sales = distinct_names(rng, 3, taken)            # 业务部业务跟单
    qes = distinct_names(rng, 3, taken)              # 品质部 QE: 主导分析人, 品质跟踪负责人
    gm = distinct_names(rng, 1, taken)[0]            # 总经理
    prod_super = distinct_names(rng, 1, taken)[0]    # 生产部主管

    n = 38
    cust_seq = {}
    offs = sorted(rng.sample(range(DAYS - 3), n - 1))
    cases = []
    for i, off in enumerate(offs):
        d0 = START + timedelta(days=off)
        while not workday(d0):
            d0 += timedelta(days=1)
        cust = pick(rng, _S17_CUSTOMERS)
        prod, pn, defect, cause, temp, perm, unit = rng.choice(_S17_ITEMS)
        recv = datetime(d0.year, d0.month, d0.day, rng.randint(8, 14), rng.randint(0, 59))
        if recv.hour == 8 and recv.minute < 40:
            recv = recv.replace(minute=rng.randint(40, 59))
        verify = recv + timedelta(minutes=rng.randint(15, 110))
        cm = _next_workday(verify.date(), rng.randint(2, 6))
        b1 = _next_workday(cm, rng.randint(3, 6))      # deliveries and confirmations on working days
        b2 = _next_workday(b1, rng.randint(3, 6))
        b3 = _next_workday(b2, rng.randint(3, 6))
        confirm = _next_workday(b3, rng.randint(0, 2))
        reply = _next_workday(confirm, rng.randint(0, 3))
        end = CUTOFF.date()
        steps = [cm, b1, b2, b3, confirm, reply]
        for k in range(len(steps)):
            if steps[k] > end:
                steps[k:] = [None] * (len(steps) - k)
                break
        cm, b1, b2, b3, confirm, reply = steps
        if confirm and not reply:
            reply = confirm
        report_kind = "8D报告" if rng.random() < .75 else "客诉报告"
        qe = rng.choice(qes)
        salesman = rng.choice(sales)
        status = "已结案" if reply else ("跟踪中" if b1 else ("对策中" if cm else "分析中"))
        row = Case({
            "序号": i + 1,
            "客诉单号": "",
            "客诉日期": d0,
            "客户名称": cust,
            "产品名称": prod,
            "料号": f"{pn}{rng.randint(10, 99)}{rng.randint(100, 999)}-V{rng.randint(1, 3)}",
            "不良描述": defect,
            "不良数量": f"{rng.choice([1, 1, 2, 3, 5, 8, 12, 20, 35])}pcs",
            "反馈方式": pick(rng, _S17_CHANNELS),
            "业务跟单": salesman,
            "转品质部时间": recv,
            "品质开始分析时间": verify,
            "主导分析人": qe,
            "原因分析": cause,
            "临时对策": temp,
            "永久对策": perm if cm else "",
            "责任单位/责任人": unit,
            "对策完成日期": cm,
            "8D报告编号": "",
            "8D回复时间": confirm if (confirm and report_kind == "8D报告") else None,
            "跟踪批次1": b1,
            "跟踪批次2": b2,
            "跟踪批次3": b3,
            "效果确认": "有效" if confirm else "",
            "效果确认日期": confirm,
            "品质跟踪负责人": qe,
            "业务回复客户日期": reply,
            "回复人": salesman if reply else "",
            "回复方式": report_kind if reply else "",
            "客户意见": pick(rng, _S17_OPINIONS) if reply else "",
            "结案日期": reply,
            "状态": status,
            "备注": "",
        })
        if report_kind == "客诉报告" and reply and row["客户意见"].startswith("客户接受8D"):
            row["客户意见"] = "客户接受客诉报告"
        cases.append([row, []])

    # the complaint received on the export day: handed over at 14:20, analysis not yet started
    d_last = date(2025, 6, 30)
    prod, pn, defect, cause, temp, perm, unit = rng.choice(_S17_ITEMS)
    salesman = rng.choice(sales)
    cases.append([Case({**cases[-1][0], "序号": n, "客诉日期": d_last, "客户名称": pick(rng, _S17_CUSTOMERS),
                        "产品名称": prod, "料号": f"{pn}{rng.randint(10, 99)}{rng.randint(100, 999)}-V1",
                        "不良描述": defect, "不良数量": "4pcs", "反馈方式": "邮件", "业务跟单": salesman,
                        "转品质部时间": datetime(2025, 6, 30, 14, 20), "品质开始分析时间": None, "主导分析人": "",
                        "原因分析": "", "临时对策": "", "永久对策": "", "责任单位/责任人": "", "对策完成日期": None,
                        "8D回复时间": None, "跟踪批次1": None, "跟踪批次2": None, "跟踪批次3": None, "效果确认": "",
                        "效果确认日期": None, "品质跟踪负责人": "", "业务回复客户日期": None, "回复人": "",
                        "回复方式": "", "客户意见": "", "结案日期": None, "状态": "待分析",
                        "备注": "不良样品在途"}), ["verify_within_2h (open)"]])

    for c in cases:
        r = c[0]
        cust_seq[r["客诉日期"].month] = cust_seq.get(r["客诉日期"].month, 0) + 1
        r["客诉单号"] = f"KS{r['客诉日期']:%y%m}-{cust_seq[r['客诉日期'].month]:02d}"
        if r["8D回复时间"]:
            r["8D报告编号"] = "8D-" + r["客诉单号"][2:]

    def take(cond, k=1):
        pool = [c for c in cases if not c[1] and not c[0].get("_trap") and cond(c[0])]
        return rng.sample(pool, k)

    closed = lambda r: r["业务回复客户日期"] is not None and r["效果确认日期"] is not None

    # CK104 verify_within_2h
    fri = [c for c in cases if not c[1] and c[0]["客诉日期"].weekday() == 4 and
           workday(c[0]["客诉日期"]) and not workday(c[0]["客诉日期"] + timedelta(days=1))]
    c = rng.choice(fri) if fri else take(lambda r: r["品质开始分析时间"] is not None)[0]
    r = c[0]
    r["转品质部时间"] = r["转品质部时间"].replace(hour=16, minute=40)
    nd = _next_workday(r["客诉日期"])
    r["品质开始分析时间"] = datetime(nd.year, nd.month, nd.day, 8, 50)
    r["备注"] = "周五下班前转交，样品周一到"
    c[1].append("verify_within_2h")
    c = take(lambda r: r["品质开始分析时间"] is not None)[0]
    c[0]["转品质部时间"] = c[0]["转品质部时间"].replace(hour=10, minute=15)
    c[0]["品质开始分析时间"] = c[0]["转品质部时间"] + timedelta(hours=3, minutes=25)
    c[1].append("verify_within_2h")
    c = take(lambda r: r["品质开始分析时间"] is not None)[0]
    r = c[0]
    r["转品质部时间"] = r["转品质部时间"].replace(hour=15, minute=50)
    nd = _next_workday(r["客诉日期"])
    r["品质开始分析时间"] = datetime(nd.year, nd.month, nd.day, 8, 35)
    c[1].append("verify_within_2h")
    # traps: exactly 2 h, 1 h 55 min
    for c, mins in zip(take(lambda r: r["品质开始分析时间"] is not None, 2), (120, 115)):
        c[0]["转品质部时间"] = c[0]["转品质部时间"].replace(hour=10, minute=0)
        c[0]["品质开始分析时间"] = c[0]["转品质部时间"] + timedelta(minutes=mins)
        c[0]["_trap"] = True
    # traps: the general manager leads the analysis himself
    for c in take(lambda r: r["品质开始分析时间"] is not None, 2):
        c[0]["主导分析人"] = gm
        c[0]["备注"] = "重点客户，总经理亲自主导"
        c[0]["_trap"] = True

    for c in take(lambda r: r["品质开始分析时间"] is not None, 2):
        c[0]["主导分析人"] = c[0]["业务跟单"]
        c[0]["备注"] = "业务到客户现场确认不良"
        c[1].append("quality_or_gm_verifies")
    for c in take(closed):
        c[0]["品质跟踪负责人"] = prod_super
        c[0]["备注"] = "QE休假，生产部代为跟踪确认"
        c[1].append("step-confirm_effect")
    for c in take(closed):
        c[0]["回复人"] = c[0]["品质跟踪负责人"]
        c[0]["备注"] = "QE直接邮件回复客户"
        c[1].append("step-reply")
    for c in take(closed, 2):
        c[0]["跟踪批次3"] = None
        c[0]["效果确认日期"] = c[0]["跟踪批次2"] + timedelta(days=1)
        if c[0]["8D回复时间"]:
            c[0]["8D回复时间"] = c[0]["效果确认日期"]
        c[1].append("three_batches_tracked")
    for c in take(closed):
        r = c[0]
        r["跟踪批次2"] = r["跟踪批次3"] = None
        r["效果确认日期"] = None
        r["效果确认"] = ""
        r["8D回复时间"] = None
        r["8D报告编号"] = ""
        r["回复方式"] = "客诉报告"
        r["客户意见"] = "客户接受客诉报告"
        r["备注"] = "客户催要报告，先行回复"
        c[1].append("effect_confirmed")
    for c in take(lambda r: closed(r) and r["效果确认日期"] < date(2025, 5, 1)):
        r = c[0]
        r["业务回复客户日期"] = r["结案日期"] = None
        r["回复人"] = r["回复方式"] = r["客户意见"] = ""
        r["状态"] = "待回复"
        c[1].append("replied_to_customer")
    for c in take(closed):
        c[0]["对策完成日期"] = None
        c[1].append("countermeasure_before_confirmation")
    for c in take(closed):
        c[0]["回复方式"] = "电话说明"
        c[0]["8D回复时间"] = None
        c[0]["8D报告编号"] = ""
        c[0]["客户意见"] = "客户口头接受"
        c[1].append("reply_with_report")
    for c in take(closed, 2):
        c[0]["客户意见"] = ""
        c[1].append("customer_opinion_sought")
    for c in take(lambda r: r["品质开始分析时间"] is not None):
        r = c[0]
        r["品质开始分析时间"] = r["转品质部时间"] - timedelta(minutes=rng.randint(40, 90))
        r["备注"] = "客户先电话通知QE，业务下午补转客诉报告"
        c[1].append("receive-verify")
    for c in take(closed):
        r = c[0]
        r["业务回复客户日期"] = r["结案日期"] = r["效果确认日期"] - timedelta(days=rng.randint(3, 6))
        c[1].append("confirm_effect-reply")

    if injected is not None:
        injected += [(c[0]["客诉单号"], inj) for c in cases for inj in c[1]]
    rows = []
    for c in cases:
        r = Case(c[0])
        r.pop("_trap", None)
        for k in ("客诉日期", "转品质部时间", "品质开始分析时间", "对策完成日期", "8D回复时间", "跟踪批次1", "跟踪批次2",
                  "跟踪批次3", "效果确认日期", "业务回复客户日期", "结案日期"):
            r[k] = _dash(r[k])
        rows.append(r)

    hand = {
        "procedure": "s17-complaint-control-8d",
        "encoding": "gbk",
        "columns": {
            "客诉单号": "case_number",
            "客诉日期": "received_at",
            "客户名称": "customer",
            "不良描述": "content",
            "业务跟单": "receive_by",
            "转品质部时间": "receive_at",
            "品质开始分析时间": "verify_at",
            "主导分析人": "verify_by",
            "对策完成日期": "countermeasure_at",
            "跟踪批次1": "track_batch_at",
            "跟踪批次2": "track_batch_2_at",
            "跟踪批次3": "track_batch_3_at",
            "效果确认日期": "confirm_effect_at",
            "品质跟踪负责人": "confirm_effect_by",
            "业务回复客户日期": "reply_at",
            "回复人": "reply_by",
            "回复方式": "reply_report",
            "客户意见": "satisfaction",
        },
        "values": {
            "reply_report": {"8D报告": "eight_d_report", "客诉报告": "customer_complaint_report", "电话说明": ""},
        },
        "roles": {
            **{name: "sales" for name in sales},
            **{name: "quality" for name in qes},
            gm: "general_manager",
            prod_super: "all_departments",
        },
    }
    return rows, hand


EXPORTS = [
    ("160-s15-taxdevice-service-crm-orders.xlsx", "xlsx", e160_s15_taxdevice_service_crm_orders),
    ("161-s17-factory-8d-tracking.csv", "gbk", e161_s17_factory_8d_tracking),
]
