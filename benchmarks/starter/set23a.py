"""Starter-profile benchmark exports 130-131 (set 23a), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 130 131    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


# --- 130: S2 旺迪电器, the appliance maker's after-sales service work orders -------------------------------------------

def _slash(t):
    """The 400 system's own spelling: 2025/3/4 9:12 (dates only: 2024/11/8)."""
    if t is None:
        return ""
    if isinstance(t, datetime):
        return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"
    return f"{t.year}/{t.month}/{t.day}"


def _cap(t):
    return None if t is None or t > CUTOFF else t


def _later(t, rng, lo_h, hi_h, first=8, last=20):
    """A time lo_h..hi_h hours after t, moved into the service desk's hours (8:00-20:00, every day)."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour >= last:
        u = (u + timedelta(days=1)).replace(hour=first, minute=rng.randint(0, 50))
    elif u.hour < first:
        u = u.replace(hour=first, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


_S2_PRODUCTS = {
    "燃气热水器": ["JSQ25-13WD6", "JSQ30-16WD8"],
    "电热水器": ["DSZF-60WD3", "DSZF-80WD5"],
    "吸油烟机": ["CXW-220-WD17", "CXW-258-WD21"],
    "燃气灶": ["JZT-WD2B", "JZY-WD5E"],
    "消毒柜": ["ZTD100-WD9"],
    "电饭煲": ["WD-FB40S", "WD-FB50M"],
}
_S2_TEXT = {   # 诉求类型 -> [(产品类别 or None, 问题描述)]
    "咨询": [(None, "询问保修期多久、发票丢了能否保修"), ("电热水器", "咨询热水器水温调不高的设置方法"),
             ("吸油烟机", "询问烟机清洗服务收费标准"), (None, "咨询旧机以旧换新活动"),
             ("电饭煲", "询问电饭煲内胆能否单独购买"), ("燃气灶", "咨询燃气灶改天然气是否收费")],
    "投诉": [(None, "安装师傅收取高额辅材费"), ("燃气热水器", "上门维修两次仍点不着火"),
             ("吸油烟机", "烟机使用三个月噪音大，要求换机"), (None, "预约安装超时未上门"),
             ("电热水器", "热水器漏水泡坏地板，要求赔偿"), ("电饭煲", "电饭煲内胆涂层脱落"), (None, "维修师傅态度差"),
             ("消毒柜", "购买一周显示屏不亮，要求退货")],
    "市场投诉": [(None, "经销商低于限价销售，扰乱价格"), (None, "门店销售的机器为翻新机"),
                 (None, "网店冒用旺迪商标销售杂牌产品"), (None, "经销商承诺的赠品未兑现")],
    "报修": [("燃气热水器", "热水器显示E1故障"), ("吸油烟机", "烟机不吸烟"), ("消毒柜", "消毒柜不加热"),
             ("燃气灶", "燃气灶一侧打不着火")],
    "建议": [("吸油烟机", "建议烟机增加延时关机功能"), (None, "建议说明书增加图示"), (None, "建议增加晚间上门时段"),
             (None, "建议官网可以查维修进度")],
}
_S2_RESULT = {
    "投诉": ["已上门更换配件，客户认可", "退还多收辅材费", "已换新机", "协商补偿维修券200元", "已道歉并更换师傅上门"],
    "市场投诉": ["已通报销售部整改该经销商", "已取证并发律师函", "已协调经销商补发赠品"],
    "报修": ["更换点火针，试机正常", "清洗风轮，试机正常", "更换加热管", "更换主板"],
}


def e130_s2_wangdi_after_sales(rng, injected=None):
    """旺迪电器售后服务部的“400 售后服务系统”导出的服务工单（CSV，GB18030）。

    系统：售后服务部坐席在 400 热线、官网留言、客服邮箱、经销商转来的信息上开服务工单，一单一行；工单记受理坐席
    （人名），转相关部门的写部门名，回访由回访专员做。日期写法：2025/3/4 9:12。

    从制度原文写下的表头（读制度 YAML 之前）：
    服务单号、来电时间、信息来源、客户姓名、联系电话、客户类别、产品型号、购买日期、诉求类型、问题描述、受理坐席、
    首次回复时间、转办部门、反馈部门时间、处理结果、完成时间、回访时间、回访人、回访满意度、工单状态、备注

    读过制度 YAML 后补的列：处理部门（投诉由哪个部门处理）、反馈人（谁把客户意见反馈给“转办部门”）。

    注入（按规则 id 计）：
    - after_sales_collects ×3：销售部业务员在系统里代录、受理了客户意见（受理坐席是销售部的人）；
    - after_sales_handles ×4：投诉由销售部（2）、质量部（2）直接处理；
    - after_sales_revisits ×3：回访由销售部业务员做；
    - after_sales_feeds_back ×3：向相关部门的反馈由销售部或质量部的人发起；
    - case_number ×1：补录工单沿用了前一张的服务单号。
    陷阱（不是违规）：处理部门写作“售后服务中心”“售后部”（同一部门的叫法）；回访人是售后主管；经销商转来的意见由
    售后坐席受理；转办部门是销售部、质量部（被反馈的一方）；咨询、建议没有处理部门；重点客户、投诉没有回访记录
    （制度不要求每案回访）；处理中的工单没有完成时间。
    """
    taken = set()
    agents = distinct_names(rng, 4, taken)       # 售后服务部 400 坐席
    callback = distinct_names(rng, 2, taken)     # 售后服务部 回访专员
    supervisor = distinct_names(rng, 1, taken)[0]   # 售后主管
    sales = distinct_names(rng, 3, taken)        # 销售部 业务员
    quality = distinct_names(rng, 2, taken)      # 质量部 工程师
    n = 44
    days = sorted(date(2025, 1, 6) + timedelta(days=rng.randint(0, 171)) for _ in range(n))
    kinds = [pick(rng, [("咨询", 11), ("投诉", 14), ("市场投诉", 4), ("报修", 8), ("建议", 5)]) for _ in range(n)]
    # injections by case index, spread over the half year
    slots = list(range(2, n - 2))
    rng.shuffle(slots)
    handled = [i for i in slots if kinds[i] in ("投诉", "市场投诉", "报修")]
    inj = {}
    for i in handled[:4]:
        inj[i] = ["after_sales_handles"]
    rest = [i for i in slots if i not in inj]
    for i in rest[:3]:
        inj.setdefault(i, []).append("after_sales_collects")
    done = [i for i in handled[4:] if i not in inj and days[i] < date(2025, 6, 10)]
    for i in done[:3]:
        inj.setdefault(i, []).append("after_sales_revisits")
    fb = [i for i in slots if i not in inj and kinds[i] in ("投诉", "市场投诉", "建议")]
    for i in fb[:3]:
        inj.setdefault(i, []).append("after_sales_feeds_back")

    cases = []
    seq = {}
    for i in range(n):
        d, kind = days[i], kinds[i]
        rules = inj.get(i, [])
        source = pick(rng, [("400热线", 6), ("官网留言", 2), ("客服邮箱", 1), ("经销商转来", 2)])
        if kind == "市场投诉":
            source = pick(rng, [("经销商转来", 2), ("400热线", 1), ("客服邮箱", 1)])
        if source == "400热线":
            t = datetime(d.year, d.month, d.day, rng.randint(8, 19), rng.randint(0, 59))
        else:
            t = datetime(d.year, d.month, d.day, rng.randint(8, 17), rng.randint(0, 59))
        seq[d] = seq.get(d, 0) + 1
        number = f"SH{d:%Y%m%d}{seq[d]:03d}"
        want, text = rng.choice(_S2_TEXT[kind])
        cat = want or rng.choice(list(_S2_PRODUCTS))
        model = rng.choice(_S2_PRODUCTS[cat])
        bought = d - timedelta(days=rng.randint(20, 900))
        ctype = pick(rng, [("零售用户", 8), ("工程客户", 1), ("重点客户", 1)])
        if source == "经销商转来" and kind == "市场投诉":
            ctype = "经销商"
        receiver = rng.choice(agents)
        note = ""
        if "after_sales_collects" in rules:
            receiver = rng.choice(sales)
            source = "经销商转来"
            note = "业务员走访时收集，系统代录"
        first_reply = _later(t, rng, 0.1, 3) if source == "400热线" else _later(t, rng, 1, 20)
        handle_dept, result, finished = "", "", None
        if kind in ("投诉", "市场投诉", "报修"):
            handle_dept = pick(rng, [("售后服务部", 8), ("售后服务中心", 1), ("售后部", 1)])
            if "after_sales_handles" in rules:
                handle_dept = rng.choice(["销售部", "质量部"]) if kind != "市场投诉" else "销售部"
            finished = _cap(_later(t, rng, 20, 24 * 9))
            result = rng.choice(_S2_RESULT[kind]) if finished else ""
        elif kind == "咨询":
            result = "电话中已解答" if source == "400热线" else "已回复客户"
            finished = first_reply
        else:
            result = "已记录，转相关部门参考"
            finished = first_reply
        # 反馈：投诉、市场投诉、建议的一部分转给相关部门
        to_dept, fb_at, fb_by = "", None, ""
        wants_fb = kind in ("投诉", "市场投诉", "建议") and rng.random() < 0.55
        if "after_sales_feeds_back" in rules:
            wants_fb = True
        if wants_fb:
            to_dept = {"投诉": rng.choice(["质量部", "生产部", "物流部", "销售部"]), "建议": rng.choice(["研发部", "市场部"]),
                       "市场投诉": "销售部"}[kind]
            fb_at = _cap(_later(t, rng, 2, 40))
            fb_by = rng.choice([receiver if receiver in agents else rng.choice(agents), supervisor])
            if "after_sales_feeds_back" in rules:
                if to_dept == "质量部":
                    to_dept = "研发部"
                fb_by = rng.choice(sales + quality)
                note = (note + "；" if note else "") + "业务部门直接发起反馈单"
            if fb_at is None:
                to_dept, fb_by = "", ""
        # 回访：处理完的投诉、报修大多回访
        rv_at, rv_by, sat = None, "", ""
        if finished and kind in ("投诉", "报修", "市场投诉") and (rng.random() < 0.8 or "after_sales_revisits" in rules):
            rv_at = _cap(_later(finished, rng, 24, 24 * 5))
            if rv_at:
                rv_by = rng.choice(callback + [supervisor]) if rng.random() < 0.85 else rng.choice(callback)
                sat = pick(rng, [("满意", 7), ("基本满意", 2), ("不满意", 1)])
                if "after_sales_revisits" in rules:
                    rv_by = rng.choice(sales)
                    note = (note + "；" if note else "") + "由区域业务员上门回访"
        if kind in ("咨询", "建议"):
            status = "已关闭"
        elif not finished:
            status = "处理中"
        elif rv_at:
            status = "已回访"
        else:
            status = "已完成"
        if kind == "投诉" and ctype == "重点客户" and not note:
            note = "重点客户"
        c = Case()
        c["服务单号"] = number
        c["来电时间"] = _slash(t)
        c["信息来源"] = source
        c["客户姓名"] = person_name(rng)
        c["联系电话"] = mobile(rng)
        c["客户类别"] = ctype
        c["产品型号"] = f"{cat} {model}"
        c["购买日期"] = _slash(bought)
        c["诉求类型"] = kind
        c["问题描述"] = text
        c["受理坐席"] = receiver
        c["首次回复时间"] = _slash(first_reply)
        c["处理部门"] = handle_dept
        c["处理结果"] = result
        c["完成时间"] = _slash(finished)
        c["转办部门"] = to_dept
        c["反馈部门时间"] = _slash(fb_at)
        c["反馈人"] = fb_by
        c["回访时间"] = _slash(rv_at)
        c["回访人"] = rv_by
        c["回访满意度"] = sat
        c["工单状态"] = status
        c["备注"] = note
        real = [r for r in rules if (r != "after_sales_revisits" or rv_by in sales)
                and (r != "after_sales_feeds_back" or fb_by in sales + quality)]
        cases.append((c, real))
    # a back-filled order reused the previous order's number
    dup = next(k for k in range(20, n) if not cases[k][1] and not cases[k - 1][1])
    cases[dup][0]["服务单号"] = cases[dup - 1][0]["服务单号"]
    cases[dup][0]["备注"] = (cases[dup][0]["备注"] + "；补录").lstrip("；")
    if injected is not None:
        injected.append((cases[dup][0]["服务单号"], "case_number (duplicate)"))
        injected += [(c["服务单号"], r) for c, rs in cases for r in rs]
    rows = [c for c, _ in cases]

    roles = {name: "after_sales" for name in agents + callback + [supervisor]}
    roles.update({name: "related_departments" for name in sales + quality})
    roles.update({"售后服务部": "after_sales", "售后服务中心": "after_sales", "售后部": "after_sales",
                  "销售部": "related_departments", "质量部": "related_departments"})
    hand = {
        "procedure": "s2-wangdi-after-sales-service",
        "encoding": "gb18030",
        "columns": {
            "服务单号": "case_number",
            "来电时间": "collect_at",
            "受理坐席": "collect_by",
            "完成时间": "handle_at",
            "处理部门": "handle_by",
            "反馈部门时间": "feedback_at",
            "反馈人": "feedback_by",
            "回访时间": "revisit_at",
            "回访人": "revisit_by",
        },
        "roles": roles,
    }
    return rows, hand


# --- 131: S9 祥永物业, the property company's customer-service complaint register -----------------------------------

_S9_OFFICES = {"翠湖苑管理处": ("翠湖苑", "CH"), "锦绣园管理处": ("锦绣园", "JX"), "祥永大厦管理处": ("祥永大厦", "DS")}
_S9_TEXT = [   # (被投诉部门/人员 kind, 事件经过, 业主要求)
    ("保洁", "单元楼道垃圾两天无人清运，有异味", "当天清运，以后按时保洁"),
    ("保洁", "电梯轿厢地面污渍一直没擦", "加强保洁频次"),
    ("保安", "夜班保安放外卖电动车进小区，在绿地乱停", "严格门岗管理"),
    ("保安", "门岗保安态度生硬，登记时与业主争执", "保安当面道歉"),
    ("工程", "报修卫生间下水堵塞三天未上门", "今天之内派人疏通"),
    ("工程", "地下车库照明多处不亮", "尽快更换灯具"),
    ("工程", "电梯停运两次，困人二十分钟", "检修电梯并公示维保记录"),
    ("工程", "楼上装修夜间施工噪音", "督促装修户按规定时间施工"),
    ("绿化", "绿化修剪后枝叶堆在路边一周", "清走枝叶"),
    ("客服", "前台电话长时间无人接听", "保证前台有人值守"),
    ("收费", "物业费账单多收了车位管理费", "核对并退还多收费用"),
    ("工程", "屋面漏水导致顶层卧室墙面发霉", "维修屋面并赔偿墙面修复费用"),
    ("保安", "小区内电动车被盗，监控调取不到", "调取监控、协助报警并给出说法"),
    ("工程", "消防通道被杂物堵塞，多次反映无果", "立即清理消防通道"),
]
_S9_PARTY = {"保洁": ["保洁班", "保洁员"], "保安": ["秩序维护部", "门岗保安"], "工程": ["工程维修部", "维修工"],
             "绿化": ["绿化班"], "客服": ["客服前台"], "收费": ["财务收费处"]}


def e131_s9_xiangyong_property_service(rng, injected=None):
    """祥永物业客服中心（各管理处前台）的 Excel《业主投诉登记表》（XLSX，日期为 Excel 日期单元格）。

    系统：前台接待员按“记录内容”逐项登记来访、来电、书面投诉，一案一行；重要投诉转呈管理处主任、重大投诉呈报
    总经理的时间由前台补记；处理和回访情况由物管员填。三个管理处的登记表汇总在一张“导出”工作表里。

    从制度原文写下的表头（读制度 YAML 之前）：
    序号、登记编号、投诉时间、投诉人、房号、联系电话、投诉方式、被投诉部门/人员、事件经过、业主要求、投诉级别、
    接待人、转呈主任时间、呈报总经理时间、处理情况、处理完成时间、回访日期、回访情况、备注

    读过制度 YAML 后补的列：管理处、接待登记时间（前台接待、登记的时刻；书面投诉的“投诉时间”是信件落款日期，
    意见箱、微信群的投诉在前台上班后才接待登记）、处理人（重大投诉由总经理、重要投诉由管理处主任处理，一般投诉由
    物管员处理；“处理完成时间”是处理人办完的时间）。

    注入（按规则 id 计）：
    - record_received_at ×1：意见箱来信没有落款日期，投诉时间空着；
    - record_complainant ×1：意见箱匿名来信，投诉人空着；
    - record_address ×1：来电业主没说房号；
    - record_contact ×1：业主不愿留电话（写“业主不愿留”，映射为空白）；
    - record_complained_party ×1：被投诉部门/人员空着；
    - record_demand ×1：业主要求空着；
    - major_to_general_manager ×1、important_to_office_director ×1：重大、重要投诉没有呈报、转呈的记录（前台漏记）；
      这两件到审计时点也就超过了时限，所以同时各算一条 major_to_gm_same_day、important_to_director_30_minutes；
    - major_to_gm_same_day ×2（另加上面 1 条，共 3）：重大投诉次日才呈报总经理；
    - important_to_director_30_minutes ×2（另加上面 1 条，共 3）：重要投诉超过半小时才转呈主任；
    - step-gm_handle ×1：重大投诉由管理处主任处理；step-director_handle ×1：重要投诉由物管员处理；
    - report_director-director_handle ×1：主任在现场先处理完，前台事后补记的转呈时间晚于处理完成时间；
    - case_number ×1：登记编号重复。
    陷阱（不是违规）：重要投诉恰好 30 分钟、29 分钟转呈；重大投诉 18 点后接待、当晚 23 点前呈报；书面投诉的投诉
    时间早于接待登记时间好几天（时限从接待起算）；一般投诉没有转呈、呈报；联系电话是座机；房号是商铺、车位；
    同一管理处的主任处理本处的重要投诉。
    """
    taken = set()
    gm = distinct_names(rng, 1, taken)[0]
    staff = {}
    for office in _S9_OFFICES:
        director, front = distinct_names(rng, 2, taken)
        staff[office] = {"主任": director, "前台": front, "物管员": distinct_names(rng, 2, taken)}
    n = 40
    stamps = sorted(datetime(2025, 1, 3) + timedelta(days=rng.randint(0, 176), hours=rng.randint(8, 19),
                                                      minutes=rng.randint(0, 59)) for _ in range(n))
    levels = ["重大"] * 7 + ["重要"] * 12 + ["一般"] * (n - 19)
    rng.shuffle(levels)
    # keep pending escalations away from the export date
    for i in range(n - 3, n):
        if levels[i] != "一般":
            j = next(k for k in range(n - 4, -1, -1) if levels[k] == "一般")
            levels[i], levels[j] = levels[j], levels[i]
    idx = {lv: [i for i in range(n) if levels[i] == lv] for lv in ("重大", "重要", "一般")}
    plan = {}
    maj, imp, gen = idx["重大"][:], idx["重要"][:], idx["一般"][:]
    rng.shuffle(maj)
    rng.shuffle(imp)
    rng.shuffle(gen)
    plan[maj[0]] = "major_to_general_manager"
    plan[maj[1]] = "major_to_gm_same_day"
    plan[maj[2]] = "major_to_gm_same_day"
    plan[maj[3]] = "step-gm_handle"
    plan[maj[4]] = "trap-late-evening"
    plan[imp[0]] = "important_to_office_director"
    plan[imp[2]] = "important_to_director_30_minutes"
    plan[imp[3]] = "important_to_director_30_minutes"
    plan[imp[4]] = "step-director_handle"
    plan[imp[5]] = "report_director-director_handle"
    plan[imp[6]] = "trap-30"
    plan[imp[7]] = "trap-29"
    for rule, i in zip(["record_received_at", "record_complainant", "record_address", "record_contact",
                        "record_complained_party", "record_demand", "trap-shop", "trap-landline"], gen):
        plan[i] = rule

    cases = []
    seq = {}
    for i in range(n):
        t = stamps[i].replace(second=0)
        level, what = levels[i], plan.get(i, "")
        office = rng.choice(list(_S9_OFFICES))
        estate, code = _S9_OFFICES[office]
        people = staff[office]
        way = pick(rng, [("来访", 5), ("来电", 4), ("书面", 1), ("微信群", 1)])
        if what in ("record_received_at", "record_complainant"):
            way = "书面"
        if what == "record_address":
            way = "来电"
        received = t
        note = ""
        if way == "书面":
            received = (t - timedelta(days=rng.randint(1, 4))).date()
            note = "意见箱来信"
        elif way == "微信群":
            received = t - timedelta(hours=rng.randint(1, 12), minutes=rng.randint(0, 59))
            t = t if received.date() == t.date() and received.hour >= 8 else \
                t.replace(hour=8, minute=rng.randint(30, 59)) if t.hour >= 8 else t
            if t < received:
                t = received + timedelta(minutes=rng.randint(10, 40))
        if what == "trap-late-evening":
            t = t.replace(hour=18, minute=rng.randint(35, 55))
            received = t
            way = "来访"
        kind, content, demand = rng.choice(_S9_TEXT)
        if level == "重大":
            kind, content, demand = rng.choice([x for x in _S9_TEXT if x[1].startswith(("电梯停运", "屋面", "小区内电动车", "消防"))])
        party = rng.choice(_S9_PARTY[kind])
        if party in ("保洁员", "门岗保安", "维修工"):
            party = f"{party}{person_name(rng)}"
        complainant = person_name(rng)[0] + rng.choice(["先生", "女士"]) if way != "书面" else person_name(rng)
        room = f"{estate}{rng.randint(1, 18)}栋{rng.randint(1, 3)}单元{rng.randint(1, 28)}{rng.randint(1, 4):02d}"
        if estate == "祥永大厦":
            room = f"祥永大厦{rng.randint(3, 26)}{rng.randint(1, 12):02d}室"
        phone = mobile(rng)
        if what == "record_received_at":
            received = None
            note = "意见箱来信，未写日期"
        if what == "record_complainant":
            complainant = ""
            note = "意见箱匿名来信"
        if what == "record_address":
            room = ""
            note = "来电未说明房号"
        if what == "record_contact":
            phone = "业主不愿留"
        if what == "record_complained_party":
            party = ""
        if what == "record_demand":
            demand = ""
        if what == "trap-shop":
            room = f"{estate}商铺A{rng.randint(1, 20):02d}" if rng.random() < 0.5 else f"{estate}地库B2-{rng.randint(1, 300):03d}车位"
        if what == "trap-landline":
            phone = f"0571-8{rng.randint(0, 9999999):07d}"
        to_director = to_gm = None
        handler, done = rng.choice(people["物管员"]), None
        if level == "重要":
            to_director = t + timedelta(minutes=rng.randint(4, 26))
            handler = people["主任"]
            if what == "important_to_office_director":
                to_director = None
                note = (note + "；" if note else "") + "前台漏记转呈"
            elif what == "important_to_director_30_minutes":
                to_director = t + timedelta(minutes=rng.choice([47, 75, 130]))
            elif what == "trap-30":
                to_director = t + timedelta(minutes=30)
            elif what == "trap-29":
                to_director = t + timedelta(minutes=29)
            elif what == "step-director_handle":
                handler = rng.choice(people["物管员"])
            done = t + timedelta(hours=rng.randint(2, 72))
            if what == "report_director-director_handle":
                to_director = t + timedelta(minutes=rng.randint(18, 28))
                done = t + timedelta(minutes=rng.randint(8, 15))
                note = "主任在现场当场处理，转呈时间为前台补记"
        elif level == "重大":
            to_gm = t + timedelta(minutes=rng.randint(40, 240))
            if to_gm.date() != t.date():
                to_gm = t.replace(hour=23, minute=rng.randint(0, 40))
            handler = gm
            if what == "major_to_general_manager":
                to_gm = None
                note = (note + "；" if note else "") + "未登记呈报时间"
            elif what == "major_to_gm_same_day":
                to_gm = (t + timedelta(days=1)).replace(hour=rng.randint(8, 10), minute=rng.randint(0, 59))
            elif what == "trap-late-evening":
                to_gm = t.replace(hour=22, minute=rng.randint(30, 58))
            elif what == "step-gm_handle":
                handler = people["主任"]
                note = "总经理批示由管理处主任处理"
            done = (to_gm or t) + timedelta(hours=rng.randint(20, 24 * 6))
        else:
            done = t + timedelta(hours=rng.randint(1, 96))
        if done and what != "report_director-director_handle":
            done = done.replace(minute=rng.randint(0, 59))
            if done.hour >= 20:
                done = (done + timedelta(days=1)).replace(hour=rng.randint(8, 10))
            elif done.hour < 8:
                done = done.replace(hour=rng.randint(8, 10))
        if done and done > CUTOFF:
            done = None
        result = ""
        if done:
            result = {"保洁": "已安排保洁清理完毕", "保安": "已约谈当班保安并整改", "工程": "已派维修人员处理完毕",
                      "绿化": "已清理", "客服": "已调整前台排班", "收费": "已核对并退还"}[kind]
        visit, visit_note = None, ""
        if done and rng.random() < 0.75:
            visit = done.date() + timedelta(days=rng.randint(1, 4))
            if visit > CUTOFF.date():
                visit = None
            else:
                visit_note = pick(rng, [("业主满意", 6), ("基本满意", 2), ("业主不满意，已再次跟进", 1)])
        yymm = t.strftime("%y%m")
        seq[yymm] = seq.get(yymm, 0) + 1
        c = Case()
        c["序号"] = i + 1
        c["登记编号"] = f"KF{yymm}-{seq[yymm]:03d}"
        c["管理处"] = office
        c["投诉时间"] = received
        c["接待登记时间"] = t
        c["投诉人"] = complainant
        c["房号"] = room
        c["联系电话"] = phone
        c["投诉方式"] = way
        c["被投诉部门/人员"] = party
        c["事件经过"] = content
        c["业主要求"] = demand
        c["投诉级别"] = level
        c["接待人"] = people["前台"]
        c["转呈主任时间"] = to_director
        c["呈报总经理时间"] = to_gm
        c["处理人"] = handler if done or level != "一般" else handler
        c["处理情况"] = result or "处理中"
        c["处理完成时间"] = done
        c["回访日期"] = visit
        c["回访情况"] = visit_note
        c["备注"] = note
        rules = [what] if what and not what.startswith("trap") else []
        if what == "major_to_general_manager":
            rules.append("major_to_gm_same_day")
        if what == "important_to_office_director":
            rules.append("important_to_director_30_minutes")
        cases.append((c, rules))
    dup = next(k for k in range(15, n) if not cases[k][1] and not cases[k - 1][1])
    cases[dup][0]["登记编号"] = cases[dup - 1][0]["登记编号"]
    if injected is not None:
        injected.append((cases[dup][0]["登记编号"], "case_number (duplicate)"))
        injected += [(c["登记编号"], r) for c, rs in cases for r in rs]
    rows = [c for c, _ in cases]

    roles = {gm: "general_manager"}
    for office, people in staff.items():
        roles[people["主任"]] = "office_director"
        for name in people["物管员"]:
            roles[name] = "property_officer"
    hand = {
        "procedure": "s9-xiangyong-property-service",
        "sheet": "导出",
        "columns": {
            "登记编号": "case_number",
            "投诉时间": "received_at",
            "接待登记时间": "receive_at",
            "投诉人": "complainant",
            "房号": "address",
            "联系电话": "contact_phone",
            "被投诉部门/人员": "complained_party",
            "事件经过": "content",
            "业主要求": "demand",
            "投诉级别": "severity",
            "转呈主任时间": "report_director_at",
            "呈报总经理时间": "report_gm_at",
        },
        "values": {
            "severity": {"重大": "major", "重要": "important", "一般": ""},
            "contact_phone": {"业主不愿留": ""},
        },
        "outcomes": {
            "投诉级别": {"date": "处理完成时间", "by": "处理人", "steps": {"重大": "gm_handle", "重要": "director_handle"}},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("130-s2-wangdi-after-sales.csv", "gb18030", e130_s2_wangdi_after_sales),
    ("131-s9-xiangyong-property-service.xlsx", "xlsx", e131_s9_xiangyong_property_service),
]
