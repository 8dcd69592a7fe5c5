"""Starter-profile benchmark exports 272-273 (set 46c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 272 273    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _ymd(d):
    """The ERP's own date spelling: 2025/03/04 (date fields only, no time)."""
    return d.strftime("%Y/%m/%d") if d else ""


def _after(rng, d, lo, hi):
    """A date lo..hi days after d, or None when that is after the export was taken."""
    if d is None:
        return None
    u = d + timedelta(days=rng.randint(lo, hi))
    return u if u <= CUTOFF.date() else None


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=21):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning; None after the
    export was taken."""
    if t is None:
        return None
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return _cut(u.replace(second=0, microsecond=0))


def _take(rng, pool, used, ok=lambda c: True):
    """One not yet used case out of pool that satisfies ok."""
    choices = [c for c in pool if id(c) not in used and ok(c)]
    c = rng.choice(choices)
    used.add(id(c))
    return c


# --------------------------------------------------------------------------------------------------------------

def e272_s48_pcb_erp_customer_complaints(rng, injected=None):
    """S48 PCB 客户投诉管理办法: a Taiwanese-run PCB plant (鸿泰电路) exporting its ERP 客诉单 list as GB18030 CSV.

    The 总经理室生管组 keys each complaint into the ERP's 客诉单 (numbered 年月+流水, e.g. 250307), 品保部 confirms the
    defect, a 制造课 investigates and reports the lot, 生管组 fixes the handling and the responsible unit, 业务部
    answers the customer. Date fields only, spelt 2025/03/04.

    读制度 YAML 之前写下的表头：客诉单号、登录日期、登录单位、客户代号、客户名称、订单号码、料号、客诉数量(PCS)、
    出货日期、不良现象、客户要求、客诉类别、业务承办、品保确认日、确认单位、责任单位、责任人、处理方式、回复客户日、
    回复单位、结案日期、单据状态。

    读过制度 YAML 后补的列：客户损失（有/无，未造成损失的才须开异常处理单）、现场处理日、异常单号、异常单开立日、
    制造调查完成日、调查单位、生产单位、班别、作业人员、生产日期、处理方式核定日、核定单位。

    注入的违规（按规则 id 计数，共 19）：register_by_production_control 2（业务部自行登录）、inspect_by_quality_mgmt 1、
    investigation_by_manufacturing 1、handling_determined_by_production_control 1、reply_by_sales 1、
    exception_slip_when_no_loss 2（无损失、已赴现场、未开异常单）、go_handle-exception_slip 1（异常单早于现场处理）、
    record_order_number 1、record_demand 1、report_shift 1、report_production_date 1、record_responsible_person 1、
    category 1（待判定）、loss_caused 1（待确认）、quantity 1（约2K）、case_number 1（同月流水号重复）、
    year_month_serial 1（月份漏写前导 0）。

    陷阱：有损失（退货/索赔）而赴现场处理、未开异常单的不是违规；无损失但尚未赴现场的不须开单；异常单与现场处理
    同一天开立；尚在调查中的单子生产单位、班别等为空；未核定处理方式的责任单位、责任人为空；包装/出货类问题归
    人为疏失（non_quality）。
    """
    note = injected.append if injected is not None else (lambda item: None)
    customers = [("C0117", "深圳市华拓通讯有限公司"), ("C0231", "东莞立升电子科技有限公司"),
                 ("C0305", "苏州汇川精密电子有限公司"), ("C0412", "惠州德赛汽车电子有限公司"),
                 ("C0520", "厦门宏晖光电有限公司"), ("C0618", "昆山宝德电脑有限公司"),
                 ("C0702", "珠海冠宇电源有限公司")]
    defects = [  # (不良现象, 客诉类别, 责任单位 candidates)
        ("线路开路", "制程异常", ["制造一课", "制造二课"]),
        ("线路短路", "制程异常", ["制造一课", "制造二课"]),
        ("孔铜厚度不足", "制程异常", ["制造二课"]),
        ("阻焊起泡", "材料异常", ["制造三课", "采购课"]),
        ("板弯板翘", "材料异常", ["制造三课", "采购课"]),
        ("金面氧化", "制程异常", ["制造三课"]),
        ("阻抗超规", "制程异常", ["工程部", "制造一课"]),
        ("丝印字符错误", "人为疏失", ["制造三课", "工程部"]),
        ("错料混料", "人为疏失", ["仓储课"]),
        ("数量短少", "人为疏失", ["仓储课"]),
        ("包装破损受潮", "人为疏失", ["仓储课"]),
    ]
    demands = {"有": ["退货重做", "补货", "折让", "退货并索赔"], "无": ["提供8D报告", "提供不良分析报告", "重工后回厂"]}
    handlings = ["退货重做", "重工", "折让", "补货", "特采", "报废补单"]
    taken: set = set()
    sales = distinct_names(rng, 4, taken)
    workers = distinct_names(rng, 12, taken)
    owners = distinct_names(rng, 8, taken)
    plc_lines = {"制造一课": ["内层线", "外层线"], "制造二课": ["沉铜线", "电镀线"], "制造三课": ["防焊线", "成型线"]}

    days = sorted([_rand_day(rng, date(2025, 1, 6), date(2025, 6, 16)) for _ in range(41)]
                  + [_rand_day(rng, date(2025, 6, 18), date(2025, 6, 27)) for _ in range(4)])
    serial: dict = {}
    cases = []
    for d in days:
        ym = d.strftime("%y%m")
        serial[ym] = serial.get(ym, 0) + 1
        code, cust = rng.choice(customers)
        defect, cat, resp_units = rng.choice(defects)
        loss = pick(rng, [("有", 45), ("无", 55)])
        ship = d - timedelta(days=rng.randint(4, 35))
        made = ship - timedelta(days=rng.randint(2, 12))
        c = {
            "_d": d, "_loss": loss,
            "客诉单号": f"{ym}{serial[ym]:02d}",
            "登录日期": d, "登录单位": "生管组",
            "客户代号": code, "客户名称": cust,
            "订单号码": f"SO{d:%y%m}{rng.randint(1, 480):04d}",
            "料号": f"HT{rng.choice(['2L', '4L', '6L', '8L'])}-{rng.randint(100, 990)}{rng.choice('ABC')}",
            "客诉数量(PCS)": rng.choice([50, 120, 200, 350, 500, 800, 1200, 1500, 2000, 3600]),
            "出货日期": ship,
            "不良现象": defect, "客户要求": rng.choice(demands[loss]), "客诉类别": cat,
            "客户损失": loss,
            "业务承办": rng.choice(sales),
        }
        # 品保 confirms first, then the 制造课 investigates; 生管组 fixes handling; 业务部 replies; closed later
        c["品保确认日"] = _after(rng, d, 0, 2)
        c["确认单位"] = "品保部" if c["品保确认日"] else ""
        go = _after(rng, d, 1, 4) if (loss == "无" and rng.random() < 0.8) or (loss == "有" and rng.random() < 0.25) \
            else None
        c["现场处理日"] = go
        slip = _after(rng, go, 0, 2) if go and loss == "无" else None
        if go and loss == "无" and slip is None:   # visited just before the export: the slip is written the same day
            slip = go
        c["异常单号"] = f"YC{slip:%y%m%d}{rng.randint(1, 9):02d}" if slip else ""
        c["异常单开立日"] = slip
        inv = _after(rng, c["品保确认日"], 2, 9) if c["品保确认日"] else None
        unit = rng.choice(list(plc_lines))
        c["制造调查完成日"] = inv
        c["调查单位"] = unit if inv else ""
        c["生产单位"] = f"{unit}{rng.choice(plc_lines[unit])}" if inv else ""
        c["班别"] = rng.choice(["白班", "夜班"]) if inv else ""
        c["作业人员"] = rng.choice(workers) if inv else ""
        c["生产日期"] = made if inv else None
        det = _after(rng, inv, 1, 3) if inv else None
        c["处理方式核定日"] = det
        c["核定单位"] = "生管组" if det else ""
        c["处理方式"] = rng.choice(handlings) if det else ""
        c["责任单位"] = rng.choice(resp_units) if det else ""
        c["责任人"] = rng.choice(owners) if det else ""
        rep = _after(rng, det, 0, 3) if det else None
        c["回复客户日"] = rep
        c["回复单位"] = "业务部" if rep else ""
        close = _after(rng, rep, 2, 12) if rep else None
        c["结案日期"] = close
        c["单据状态"] = "已结案" if close else "待结案" if rep else "处理中"
        cases.append(c)

    used: set = set()
    for _ in range(2):   # 业务部 keyed the complaint in themselves
        c = _take(rng, cases, used)
        c["登录单位"] = "业务部"
        note((c["客诉单号"], "register_by_production_control"))
    c = _take(rng, cases, used, lambda c: c["品保确认日"])
    c["确认单位"] = "制造二课"
    note((c["客诉单号"], "inspect_by_quality_mgmt"))
    c = _take(rng, cases, used, lambda c: c["制造调查完成日"])
    c["调查单位"] = "品保部"
    note((c["客诉单号"], "investigation_by_manufacturing"))
    c = _take(rng, cases, used, lambda c: c["处理方式核定日"])
    c["核定单位"] = "品保部"
    note((c["客诉单号"], "handling_determined_by_production_control"))
    c = _take(rng, cases, used, lambda c: c["回复客户日"])
    c["回复单位"] = "品保部"
    note((c["客诉单号"], "reply_by_sales"))
    for _ in range(2):   # no loss, went to the customer, no 异常处理单
        c = _take(rng, cases, used, lambda c: c["_loss"] == "无" and c["现场处理日"])
        c["异常单号"], c["异常单开立日"] = "", None
        note((c["客诉单号"], "exception_slip_when_no_loss"))
    c = _take(rng, cases, used, lambda c: c["_loss"] == "无" and c["现场处理日"]
              and c["现场处理日"] > c["_d"] and c["异常单开立日"])
    c["异常单开立日"] = c["现场处理日"] - timedelta(days=1)
    c["异常单号"] = f"YC{c['异常单开立日']:%y%m%d}{rng.randint(1, 9):02d}"
    note((c["客诉单号"], "go_handle-exception_slip"))
    c = _take(rng, cases, used)
    c["订单号码"] = ""
    note((c["客诉单号"], "record_order_number"))
    c = _take(rng, cases, used)
    c["客户要求"] = ""
    note((c["客诉单号"], "record_demand"))
    c = _take(rng, cases, used, lambda c: c["制造调查完成日"])
    c["班别"] = ""
    note((c["客诉单号"], "report_shift"))
    c = _take(rng, cases, used, lambda c: c["制造调查完成日"])
    c["生产日期"] = None
    note((c["客诉单号"], "report_production_date"))
    c = _take(rng, cases, used, lambda c: c["处理方式核定日"])
    c["责任人"] = ""
    note((c["客诉单号"], "record_responsible_person"))
    c = _take(rng, cases, used)
    c["客诉类别"] = "待判定"
    note((c["客诉单号"], "category"))
    c = _take(rng, cases, used, lambda c: not c["现场处理日"])
    c["客户损失"] = "待确认"
    note((c["客诉单号"], "loss_caused"))
    c = _take(rng, cases, used)
    c["客诉数量(PCS)"] = "约2K"
    note((c["客诉单号"], "quantity"))
    # 生管组 numbers by hand: one serial given twice in a month, one month written without its leading zero
    c = _take(rng, cases, used, lambda c: cases.index(c) > 0 and cases[cases.index(c) - 1]["_d"].month == c["_d"].month
              and id(cases[cases.index(c) - 1]) not in used)
    used.add(id(cases[cases.index(c) - 1]))   # the first holder of the number keeps it
    c["客诉单号"] = cases[cases.index(c) - 1]["客诉单号"]
    note((c["客诉单号"], "case_number"))
    c = _take(rng, cases, used, lambda c: c["_d"].month < 10)
    c["客诉单号"] = f"{c['_d']:%y}{c['_d'].month}{c['客诉单号'][-2:]}"
    note((c["客诉单号"], "year_month_serial"))

    order = ["客诉单号", "登录日期", "登录单位", "客户代号", "客户名称", "订单号码", "料号", "客诉数量(PCS)", "出货日期",
             "不良现象", "客户要求", "客诉类别", "客户损失", "业务承办", "品保确认日", "确认单位", "现场处理日",
             "异常单号", "异常单开立日", "制造调查完成日", "调查单位", "生产单位", "班别", "作业人员", "生产日期",
             "处理方式核定日", "核定单位", "处理方式", "责任单位", "责任人", "回复客户日", "回复单位", "结案日期", "单据状态"]
    rows = []
    for c in cases:
        rows.append({h: _ymd(c[h]) if isinstance(c[h], date) or c[h] is None else c[h] for h in order})

    hand = {
        "procedure": "s48-pcb-customer-complaints",
        "columns": {
            "客诉单号": "case_number",
            "登录日期": "register_at",
            "登录单位": "register_by",
            "订单号码": "order_number",
            "料号": "product",
            "客诉数量(PCS)": "quantity",
            "出货日期": "ship_date",
            "客户要求": "demand",
            "客诉类别": "category",
            "客户损失": "loss_caused",
            "品保确认日": "inspect_at",
            "确认单位": "inspect_by",
            "现场处理日": "go_handle_at",
            "异常单开立日": "exception_slip_at",
            "制造调查完成日": "manufacturing_investigation_at",
            "调查单位": "manufacturing_investigation_by",
            "生产单位": "production_unit",
            "班别": "shift",
            "作业人员": "production_staff",
            "生产日期": "production_date",
            "处理方式核定日": "determine_handling_at",
            "核定单位": "determine_handling_by",
            "责任单位": "responsible_department",
            "责任人": "responsible_person",
            "回复客户日": "reply_at",
            "回复单位": "reply_by",
        },
        "values": {
            "category": {"制程异常": "quality", "材料异常": "quality", "人为疏失": "non_quality"},
            "loss_caused": {"有": True, "无": False},
        },
        "roles": {"生管组": "production_control", "品保部": "quality_mgmt", "业务部": "sales",
                  "制造一课": "manufacturing", "制造二课": "manufacturing", "制造三课": "manufacturing"},
    }
    return rows, hand


# --------------------------------------------------------------------------------------------------------------

def e273_s9_xiangyong_service_desk_tickets(rng, injected=None):
    """S9 祥永物业 客户服务管理制度及流程: the company's property service-desk system (客服工单), exported as XLSX.

    Three 管理处 log owners' complaints at the front desk, by phone or through the WeChat account. The owner's own
    time (报事时间) is typed in by the desk; the system stamps 建单时间 when the ticket is saved (that is the 接待并
    如实记录). Tickets graded 重大 go up to the 总经理, 重要 ones to the 管理处主任 (上报对象 + 上报时间); the person
    who then takes the case and his post are recorded (处理负责人, 负责人岗位, 处理开始时间). Date cells.

    读制度 YAML 之前写下的表头：工单编号、所属项目、报事渠道、报事时间、报事人、房号、联系电话、被投诉对象、事件经过、
    业主诉求、投诉等级、接单人、上报对象、上报时间、处理负责人、处理完成时间、回访时间、回访结果、工单状态。

    读过制度 YAML 后补的列：建单时间（接待记录的时刻，与业主报事时间分开）、上门核实时间（物管员或主任出面了解情况）、
    负责人岗位（处理负责人是人名，判断由谁处理要岗位）、处理开始时间。

    注入的违规（按规则 id 计数，共 19）：important_to_director_30_minutes 3（两件超过半小时才转呈，一件未转呈）、
    major_to_gm_same_day 2（一件次日才呈送，一件只报到管理处主任）、major_to_general_manager 1、
    important_to_office_director 1、step-gm_handle 1（重大投诉由管理处主任处理）、step-director_handle 1（重要投诉由
    物管员处理）、receive-explain 1（先上门、后补建单）、receive-report_gm 1（先电话报总经理、后建单）、
    report_director-director_handle 1、record_received_at 1、record_complainant 1、record_address 1、record_contact 1、
    record_demand 1、severity 1（待定）、case_number 1（重开工单沿用原编号）。

    陷阱：重要投诉恰好 30 分钟转呈（“内”含本数）；重大投诉 23 点后当天呈送；周末接待的重大投诉当天呈送（按日历日）；
    一般投诉不上报、或也报了管理处主任；夜里从公众号报事、次日早上才建单的重要投诉从建单起算；一般投诉由客服主管
    处理（不是任何环节）。
    """
    note = injected.append if injected is not None else (lambda item: None)
    projects = {"翠湖苑管理处": "CH", "金桂园管理处": "JG", "滨江花园管理处": "BJ"}
    taken: set = set()
    owners = distinct_names(rng, 52, taken)
    desk = distinct_names(rng, 5, taken)
    gm = distinct_names(rng, 1, taken)[0]
    directors = dict(zip(projects, distinct_names(rng, 3, taken)))
    officers = distinct_names(rng, 6, taken)
    supervisor = distinct_names(rng, 1, taken)[0]
    targets = [("保安部", "夜间外来车辆随意进出、门岗未登记"), ("保洁部", "楼道垃圾两天未清运，异味严重"),
               ("工程部", "电梯频繁停运，报修后迟迟无人处理"), ("维修工", "上门维修后卫生间仍漏水"),
               ("前台客服", "电话无人接听，态度冷淡"), ("绿化外包", "修剪草坪噪音过早扰民"),
               ("停车场管理", "车位被占用无人处理"), ("物管员", "装修申请审批拖延"),
               ("保安部", "保安与业主发生口角推搡"), ("工程部", "地下室水管爆裂浸泡储物间")]
    wants = ["尽快处理并书面答复", "赔偿损失", "调换相关人员", "公开道歉", "加强管理，杜绝再次发生", "减免当月物业费"]

    def tail(c):
        """Completion, the follow-up call and the status, after the handling start."""
        c["处理完成时间"] = _plus(rng, c["处理开始时间"], 2, 150)
        c["回访时间"] = _plus(rng, c["处理完成时间"], 20, 120)
        c["回访结果"] = pick(rng, [("满意", 60), ("基本满意", 30), ("不满意", 10)]) if c["回访时间"] else ""
        c["工单状态"] = "已回访" if c["回访时间"] else "已完成" if c["处理完成时间"] else "处理中"

    starts = [_at(rng, _rand_day(rng, date(2025, 3, 1), date(2025, 6, 27)), 7.5, 21.5) for _ in range(49)]
    saturday = _rand_day(rng, date(2025, 3, 8), date(2025, 6, 21))
    saturday += timedelta(days=5 - saturday.weekday() if saturday.weekday() <= 5 else 6)
    starts = sorted(starts + [_at(rng, saturday, 10, 16)])   # a weekend visit that turns out 重大 (trap below)
    seq: dict = {}
    cases = []
    for k, t0 in enumerate(starts):
        proj = rng.choice(list(projects))
        channel = pick(rng, [("来访", 40), ("来电", 40), ("微信公众号", 20)])
        level = pick(rng, [("一般", 56), ("重要", 28), ("重大", 16)])
        if t0.date() == saturday:
            channel, level = "来访", "重大"
        target, story = rng.choice(targets)
        if channel == "微信公众号" and rng.random() < 0.4:   # posted in the evening, ticket saved next morning
            t0 = t0.replace(hour=rng.randint(21, 23), minute=rng.randint(0, 59))
            t1 = (t0 + timedelta(days=1)).replace(hour=8, minute=rng.randint(30, 59))
        else:
            t1 = t0 + timedelta(minutes=rng.randint(1, 12))
        key = f"{projects[proj]}{t1:%y%m}"
        seq[key] = seq.get(key, 0) + 1
        c = {
            "_level": level, "_t1": t1,
            "工单编号": f"XY-{key}-{seq[key]:03d}", "所属项目": proj, "报事渠道": channel,
            "报事时间": t0, "建单时间": t1, "接单人": rng.choice(desk),
            "报事人": owners[k], "房号": f"{rng.randint(1, 18)}栋{rng.randint(1, 3)}单元{rng.randint(2, 28)}0{rng.randint(1, 4)}",
            "联系电话": mobile(rng), "被投诉对象": target, "事件经过": story, "业主诉求": rng.choice(wants),
            "投诉等级": level,
        }
        if rng.random() < 0.5:
            c["上门核实时间"] = _plus(rng, t1, 0.3, 26)
        else:
            c["上门核实时间"] = None
        up, who, post = None, None, None
        if level == "重要":
            c["上报对象"] = "管理处主任"
            up = t1 + timedelta(minutes=rng.randint(3, 28))
            who, post = directors[proj], "管理处主任"
        elif level == "重大":
            c["上报对象"] = "总经理"
            room = (datetime(t1.year, t1.month, t1.day, 23, 50) - t1).total_seconds() / 60
            up = t1 + timedelta(minutes=rng.randint(10, int(min(room, 300))))
            who, post = gm, "总经理"
        else:
            c["上报对象"] = "管理处主任" if rng.random() < 0.15 else ""
            up = t1 + timedelta(minutes=rng.randint(30, 240)) if c["上报对象"] else None
            who, post = pick(rng, [((rng.choice(officers), "物管员"), 80), ((supervisor, "客服主管"), 20)])
        c["上报时间"] = up
        c["处理负责人"], c["负责人岗位"] = who, post
        c["处理开始时间"] = _plus(rng, up or t1, 0.25, 20)
        tail(c)
        cases.append(c)

    # traps kept clear of the injections: one 重要 passed on at exactly 30 minutes, the Saturday 重大 (passed on the
    # same day), one 重大 passed on late the same evening
    used: set = set()
    c = _take(rng, cases, used, lambda c: c["_level"] == "重要" and c["报事渠道"] != "微信公众号")
    c["上报时间"] = c["_t1"] + timedelta(minutes=30)
    c["处理开始时间"] = c["上报时间"] + timedelta(minutes=rng.randint(20, 90))
    tail(c)
    c = _take(rng, cases, used, lambda c: c["_t1"].date() == saturday)   # weekend: the same calendar day still counts
    c = _take(rng, cases, used, lambda c: c["_level"] == "重大" and c["_t1"].hour < 20)
    c["上报时间"] = c["_t1"].replace(hour=23, minute=rng.randint(5, 45))
    c["处理开始时间"] = (c["_t1"] + timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 40))
    tail(c)
    # a 重要 complaint posted on the WeChat account late at night, ticket saved the next morning: the half hour runs
    # from the ticket (the reception), not from the post
    c = _take(rng, cases, used, lambda c: c["_level"] == "重要" and c["_t1"].hour < 11)
    c["报事渠道"] = "微信公众号"
    c["报事时间"] = (c["_t1"] - timedelta(days=1)).replace(hour=rng.randint(22, 23), minute=rng.randint(0, 59))

    def late_important(minutes):
        c = _take(rng, cases, used, lambda c: c["_level"] == "重要" and c["_t1"].hour < 17)
        c["上报时间"] = c["_t1"] + timedelta(minutes=minutes)
        c["处理开始时间"] = c["上报时间"] + timedelta(minutes=rng.randint(20, 120))
        tail(c)
        note((c["工单编号"], "important_to_director_30_minutes"))

    late_important(rng.randint(42, 58))
    late_important(rng.randint(125, 200))
    c = _take(rng, cases, used, lambda c: c["_level"] == "重要")   # the director took it without being passed it
    c["上报对象"], c["上报时间"] = "", None
    note((c["工单编号"], "important_to_office_director"))
    note((c["工单编号"], "important_to_director_30_minutes"))
    c = _take(rng, cases, used, lambda c: c["_level"] == "重大")   # passed on the next morning
    c["上报时间"] = (c["_t1"] + timedelta(days=1)).replace(hour=8, minute=rng.randint(30, 59))
    c["处理开始时间"] = c["上报时间"] + timedelta(minutes=rng.randint(30, 180))
    tail(c)
    note((c["工单编号"], "major_to_gm_same_day"))
    c = _take(rng, cases, used, lambda c: c["_level"] == "重大")   # kept inside the 管理处
    proj = c["所属项目"]
    c["上报对象"] = "管理处主任"
    c["处理负责人"], c["负责人岗位"] = directors[proj], "管理处主任"
    note((c["工单编号"], "major_to_general_manager"))
    note((c["工单编号"], "major_to_gm_same_day"))
    note((c["工单编号"], "step-gm_handle"))
    c = _take(rng, cases, used, lambda c: c["_level"] == "重要")
    c["处理负责人"], c["负责人岗位"] = rng.choice(officers), "物管员"
    note((c["工单编号"], "step-director_handle"))
    c = _take(rng, cases, used, lambda c: c["_level"] == "重要")
    c["处理开始时间"] = c["上报时间"] - timedelta(minutes=rng.randint(5, 15))
    note((c["工单编号"], "report_director-director_handle"))
    c = _take(rng, cases, used, lambda c: c["_level"] == "重大" and c["_t1"].date() == c["报事时间"].date())
    c["报事渠道"] = "来电"
    c["上报时间"] = c["报事时间"]   # phoned the 总经理 straight away, the ticket saved afterwards
    c["建单时间"] = c["报事时间"] + timedelta(minutes=rng.randint(20, 50))
    note((c["工单编号"], "receive-report_gm"))
    c = _take(rng, cases, used, lambda c: c["_level"] == "一般" and c["报事渠道"] != "微信公众号" and not c["上报对象"])
    c["上门核实时间"] = c["建单时间"]
    c["建单时间"] = c["建单时间"] + timedelta(hours=rng.uniform(2, 6))   # went round first, keyed the ticket later
    c["建单时间"] = c["建单时间"].replace(second=0, microsecond=0)
    note((c["工单编号"], "receive-explain"))
    for header, rule in [("报事时间", "record_received_at"), ("报事人", "record_complainant"), ("房号", "record_address"),
                         ("联系电话", "record_contact"), ("业主诉求", "record_demand")]:
        c = _take(rng, cases, used, lambda c: c["_level"] == "一般")
        c[header] = None if header == "报事时间" else ""
        note((c["工单编号"], rule))
    c = _take(rng, cases, used, lambda c: c["_level"] == "一般" and not c["上报对象"])
    c["投诉等级"] = "待定"
    note((c["工单编号"], "severity"))
    # a closed 一般 ticket re-opened: the system writes a second row under the old number
    c = _take(rng, cases, used, lambda c: c["_level"] == "一般" and c["回访时间"] and not c["上报对象"]
              and c["回访时间"] < datetime(2025, 6, 10))
    again = dict(c)
    again["报事时间"] = _at(rng, (c["回访时间"] + timedelta(days=rng.randint(2, 8))).date(), 9, 18)
    again["建单时间"] = again["报事时间"] + timedelta(minutes=rng.randint(2, 10))
    again["接单人"] = rng.choice(desk)
    again["事件经过"] = "上次处理后问题复发：" + c["事件经过"]
    again["上门核实时间"] = None
    again["处理开始时间"] = _plus(rng, again["建单时间"], 1, 20)
    again["处理完成时间"] = _plus(rng, again["处理开始时间"], 4, 48)
    again["回访时间"], again["回访结果"], again["工单状态"] = None, "", "已完成" if again["处理完成时间"] else "处理中"
    cases.insert(cases.index(c) + 1, again)
    note((c["工单编号"], "case_number"))

    order = ["工单编号", "所属项目", "报事渠道", "报事时间", "建单时间", "接单人", "报事人", "房号", "联系电话", "被投诉对象",
             "事件经过", "业主诉求", "投诉等级", "上门核实时间", "上报对象", "上报时间", "处理负责人", "负责人岗位",
             "处理开始时间", "处理完成时间", "回访时间", "回访结果", "工单状态"]
    rows = [{h: c[h] if c[h] is not None else "" for h in order} for c in cases]

    hand = {
        "procedure": "s9-xiangyong-property-service",
        "sheet": "导出",
        "columns": {
            "工单编号": "case_number",
            "报事时间": "received_at",
            "建单时间": "receive_at",
            "报事人": "complainant",
            "房号": "address",
            "联系电话": "contact_phone",
            "被投诉对象": "complained_party",
            "事件经过": "content",
            "业主诉求": "demand",
            "投诉等级": "severity",
            "上门核实时间": "explain_at",
        },
        "values": {"severity": {"重大": "major", "重要": "important", "一般": ""}},
        "roles": {"总经理": "general_manager", "管理处主任": "office_director", "物管员": "property_officer"},
        "outcomes": {
            "上报对象": {"date": "上报时间", "steps": {"总经理": "report_gm", "管理处主任": "report_director"}},
            "投诉等级": {"date": "处理开始时间", "by": "负责人岗位",
                         "steps": {"重大": "gm_handle", "重要": "director_handle"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("272-s48-pcb-erp-customer-complaints.csv", "gb18030", e272_s48_pcb_erp_customer_complaints),
    ("273-s9-xiangyong-service-desk-tickets.xlsx", "xlsx", e273_s9_xiangyong_service_desk_tickets),
]
