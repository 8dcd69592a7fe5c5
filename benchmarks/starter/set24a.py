"""Starter-profile benchmark exports 136-137 (set 24a), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 136 137    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _sys(t):
    """The work-order system's own spelling: 2025-03-04 09:12:33."""
    if t is None:
        return None
    return t.strftime("%Y-%m-%d %H:%M:%S")


def _add_wd(d, k):
    """The k-th working day after date d (d itself not counted)."""
    while k > 0:
        d += timedelta(days=1)
        if workday(d):
            k -= 1
    return d


def _next_wd(d):
    while not workday(d):
        d += timedelta(days=1)
    return d


def _at(d, rng, first=8, last=17):
    """A time of day on working day d (moved to the next working day if d is not one)."""
    d = _next_wd(d)
    return datetime(d.year, d.month, d.day, rng.randint(first, last), rng.randint(0, 59), rng.randint(0, 59))


def _later(t, rng, lo_h, hi_h):
    """A time lo_h..hi_h hours after t, or None if it falls after the export was taken."""
    if t is None:
        return None
    u = t + timedelta(seconds=int(rng.uniform(lo_h, hi_h) * 3600))
    return None if u > CUTOFF else u


def _daytime(t, first=8, last=21):
    """A system time a person set: inside first..last o'clock (otherwise the next morning), None after the cutoff."""
    if t is None:
        return None
    if t.hour < first:
        t = t.replace(hour=first + t.hour % 2)
    elif t.hour >= last:
        t = (t + timedelta(days=1)).replace(hour=first + t.hour % 2)
    return None if t > CUTOFF else t


def _day_in(rng, start, end):
    """A random date between start and end (inclusive)."""
    return start + timedelta(days=rng.randint(0, (end - start).days))


# --- 136: S30, 天翼空间运营中心 complaint work-order system -------------------------------------------------------

def e136_s30_tianyi_space_workorders(rng, injected=None):
    """S30 中国电信天翼空间客户投诉管理办法：天翼空间运营中心“投诉工单系统”导出的投诉工单（CSV，GBK）。

    系统：天翼空间（应用商城）运营中心的客服工单系统，汇集各省分 10000 号/营业厅/网厅/在线客服/问吧平台以及集团
    热线 4008810000、集团网厅、网媒、微博转来的投诉工单，每张工单一行；系统时间写法 2025-03-04 09:12:33。
    只导出工单类型为投诉的工单（含咨询转投诉、障碍转投诉）。

    写制度 YAML 之前按原文和系统写下的表头：
      工单编号, 建单时间, 受理渠道, 渠道层级, 受理省份, 用户号码, 用户姓名, 工单类型, 涉及产品, 问题分类,
      投诉内容, 有效性判定, 无效原因, 建单工号, 建单人, 派单时间, 责任单位, 处理人, 处理完成时间, 回复客户时间,
      处理结果, 客户满意度, 归档时间, 工单状态, 备注
    读过制度 YAML 后补的列：是否匿名或非机主, 能否联系, 是否超出服务范围（工单“有效性核查”页签上的三个勾选项，
      导出为 是/否；“能否联系”是肯定说法，否 即无法联系）。

    注入（11 项）：
      - CK107 case_number ×2：两张工单回退重派后在导出中各出现两行（同一工单编号）；
      - CK102 channel ×3：受理渠道“掌厅”×2、“工信部申诉转办”×1，办法列举的投诉渠道中没有；
      - CK102 channel_level ×2：渠道层级“运营中心自受理”（问吧平台、运营中心在线客服直接受理），
        办法只分省内渠道与集团渠道；
      - CK102 validity ×2：有效性判定“待核实”；
      - CK102 anonymous_or_non_customer ×1：是否匿名或非机主“待核”；
      - CK102 unreachable ×1：能否联系“未接通”。
    陷阱（不是违规）：同一用户号码两张不同编号的工单；用户姓名为空而勾选为非匿名的工单；受理渠道写作
      “4008810000”“问吧”“10000”的（集团热线、问吧平台、10000 号的别的写法）；集团网厅与网厅（层级不同）；
      无效投诉各勾选项与无效原因一致；处理中、未回复的工单（后续时间为空）。
    """
    provinces = ["江苏", "广东", "浙江", "四川", "湖北", "安徽", "福建", "上海", "陕西", "湖南"]
    taken: set = set()
    agents = distinct_names(rng, 6, taken)          # 建单人（各渠道坐席）
    handlers = distinct_names(rng, 5, taken)        # 运营中心处理人
    products = [("天翼空间客户端", 4), ("应用商城下载", 4), ("包月应用", 3), ("游戏道具计费", 2), ("积分兑换", 1)]
    problems = {
        "天翼空间客户端": [("客户端故障", "客户端升级后闪退，无法登录"), ("客户端故障", "客户端打开白屏")],
        "应用商城下载": [("下载失败", "下载应用反复失败，流量被扣"), ("应用无法使用", "已付费应用安装后无法打开")],
        "包月应用": [("扣费争议", "未订购包月应用被扣费"), ("退订问题", "已退订包月应用仍在扣费")],
        "游戏道具计费": [("扣费争议", "游戏内购买道具重复扣费"), ("扣费争议", "短信验证后扣费金额与页面不符")],
        "积分兑换": [("服务问题", "积分兑换应用后未到账"), ("服务问题", "在线客服答复前后不一致")],
    }
    units = {"客户端故障": "运营中心-客户端组", "下载失败": "运营中心-平台组", "应用无法使用": "合作伙伴管理组",
             "扣费争议": "运营中心-计费组", "退订问题": "运营中心-计费组", "服务问题": "运营中心-客服组"}
    # channels: (受理渠道 as written, 渠道层级, province?)
    prov_channels = [("10000号", 10), ("10000", 2), ("营业厅", 3), ("网厅", 4), ("在线客服", 3)]
    group_channels = [("4008810000", 4), ("集团网厅", 2), ("网媒", 1), ("微博", 2)]

    n = 40
    # specs per case: channel override, level override, validity, anonymous, reachable, injected rule
    specs = [dict() for _ in range(n)]
    slots = list(range(n))
    rng.shuffle(slots)
    it = iter(slots)
    for _ in range(2):
        specs[next(it)].update(channel="掌厅", level="省内", inj="channel")
    specs[next(it)].update(channel="工信部申诉转办", level="省内", inj="channel")
    specs[next(it)].update(channel="问吧", level="运营中心自受理", inj="channel_level")
    specs[next(it)].update(channel="在线客服", level="运营中心自受理", inj="channel_level")
    for _ in range(2):
        specs[next(it)].update(validity="待核实", inj="validity")
    specs[next(it)].update(anon="待核", inj="anonymous_or_non_customer")
    specs[next(it)].update(validity="无效", reach="未接通", reason="无法联系", inj="unreachable")
    # genuine invalid complaints (consistent flags: traps)
    specs[next(it)].update(validity="无效", anon="是", reason="匿名投诉", noname=True)
    specs[next(it)].update(validity="无效", reach="否", reason="无法联系")
    specs[next(it)].update(validity="无效", scope="是", reason="非电信业务")
    specs[next(it)].update(validity="无效", reason="内容不具体")
    # traps
    specs[next(it)].update(noname=True)                       # 姓名为空但非匿名
    specs[next(it)].update(channel="问吧", level="省内")       # 问吧平台 via the province
    same_user = [next(it), next(it)]                           # same user, two different work orders
    dup = [next(it), next(it)]                                 # exported twice (CK107)

    serial = rng.randint(100, 400)
    cases = []
    shared_phone = mobile(rng)
    shared_name = person_name(rng)
    received = sorted(_at(_day_in(rng, date(2025, 1, 6), date(2025, 6, 27)), rng, 8, 21) for _ in range(n))
    for i in range(n):
        s = specs[i]
        t0 = received[i]
        if "channel" in s:
            ch, level = s["channel"], s["level"]
        elif rng.random() < 0.7:
            ch, level = pick(rng, prov_channels), "省内"
        else:
            ch, level = pick(rng, group_channels), "集团"
        prov = rng.choice(provinces) if level == "省内" else ("集团" if level == "集团" else "运营中心")
        prod = pick(rng, products)
        cat, text = rng.choice(problems[prod])
        validity = s.get("validity", "有效")
        serial += rng.randint(3, 40)
        c = Case()
        c["工单编号"] = f"TS{t0:%Y%m%d}{serial:05d}"
        c["建单时间"] = t0
        c["受理渠道"] = ch
        c["渠道层级"] = level
        c["受理省份"] = prov
        phone, name = mobile(rng), person_name(rng)
        if i in same_user:
            phone, name = shared_phone, shared_name
        if s.get("noname"):
            name = None
        if s.get("reason") == "匿名投诉":
            phone = None
        c["用户号码"] = phone
        c["用户姓名"] = name
        c["工单类型"] = pick(rng, [("投诉", 6), ("咨询转投诉", 2), ("障碍转投诉", 2)])
        c["涉及产品"] = prod
        c["问题分类"] = cat if s.get("reason") != "非电信业务" else "其他"
        c["投诉内容"] = text if s.get("reason") not in ("非电信业务", "内容不具体") else \
            ("反映第三方网站购物退款问题" if s.get("reason") == "非电信业务" else "用户称“不好用”，未说明具体问题")
        c["有效性判定"] = validity
        c["无效原因"] = s.get("reason") if validity == "无效" else None
        c["是否匿名或非机主"] = s.get("anon", "否")
        c["能否联系"] = s.get("reach", "是")
        c["是否超出服务范围"] = s.get("scope", "否")
        agent = rng.choice(agents[:2] if level == "集团" else agents[2:])
        c["建单工号"] = f"{'JT' if level == '集团' else 'SF'}{10000 + agents.index(agent) * 37:05d}"
        c["建单人"] = agent
        t_dispatch = _daytime(_later(t0, rng, 0.2, 3))
        t_done = _daytime(_later(t_dispatch, rng, 4, 60)) if validity != "无效" else None
        if validity == "无效":
            # an anonymous or unreachable complainant gets no reply; the order is filed after the check
            t_reply = None if s.get("reason") in ("匿名投诉", "无法联系") else _daytime(_later(t0, rng, 2, 24))
            t_file = _daytime(_later(t_reply or t0, rng, 24, 72))
        else:
            t_reply = _daytime(_later(t_done, rng, 0.5, 20)) if t_done else None
            t_file = _daytime(_later(t_reply, rng, 24, 72)) if t_reply else None
        c["派单时间"] = t_dispatch if validity != "无效" else None
        c["责任单位"] = units[cat] if validity != "无效" else None
        c["处理人"] = rng.choice(handlers) if t_dispatch and validity != "无效" else None
        c["处理完成时间"] = t_done
        c["回复客户时间"] = t_reply
        if validity == "无效":
            c["处理结果"] = ("经核查为无效投诉，已告知" if t_reply else "无效投诉，未能联系用户") if t_file else None
        elif t_done:
            c["处理结果"] = rng.choice(["已退费", "已修复，用户确认可用", "已解释，用户接受", "已退订并退还当月费用",
                                     "已补发积分"])
        else:
            c["处理结果"] = None
        c["客户满意度"] = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1), ("未评价", 2)]) if t_reply else None
        c["归档时间"] = t_file
        c["工单状态"] = "已归档" if t_file else ("待回复" if t_done else ("处理中" if t_dispatch else "待核查"))
        c["备注"] = None
        cases.append((c, s.get("inj")))

    rows = []
    for k, (c, inj) in enumerate(cases):
        rows.append(c)
        if k in dup:
            twin = Case(c)
            twin["派单时间"] = _later(c["派单时间"], rng, 1, 5) or c["派单时间"]
            twin["责任单位"] = "运营中心-平台组" if c["责任单位"] != "运营中心-平台组" else "合作伙伴管理组"
            twin["备注"] = "回退重派"
            c["备注"] = "首派单位回退"
            rows.append(twin)
    if injected is not None:
        injected += [(cases[k][0]["工单编号"], "case_number (duplicate)") for k in dup]
        injected += [(c["工单编号"], inj) for c, inj in cases if inj]
    rows = [Case({h: _sys(v) if isinstance(v, datetime) else v for h, v in c.items()}) for c in rows]

    hand = {
        "procedure": "s30-telecom-tianyi-space-complaints",
        "encoding": "gbk",
        "columns": {
            "工单编号": "case_number",
            "受理渠道": "channel",
            "渠道层级": "channel_level",
            "有效性判定": "validity",
            "是否匿名或非机主": "anonymous_or_non_customer",
            "能否联系": "unreachable",
            "是否超出服务范围": "out_of_scope",
        },
        "values": {
            "channel": {"10000号": "hotline_10000", "10000": "hotline_10000", "营业厅": "business_hall",
                        "网厅": "online_hall", "在线客服": "online_service", "问吧": "wenba",
                        "4008810000": "group_hotline", "集团网厅": "group_online_hall", "网媒": "web_media",
                        "微博": "weibo"},
            "channel_level": {"省内": "provincial", "集团": "group"},
            "validity": {"有效": "valid", "无效": "invalid"},
            "unreachable": {"是": False, "否": True},
        },
    }
    return rows, hand


# --- 137: S48, a PCB maker's customer-complaint register (Excel) ---------------------------------------------------

def e137_s48_pcb_complaint_register(rng, injected=None):
    """S48 客户投诉管理办法（PCB 厂）：总经理室生产管理组维护的“客诉登记表”（XLSX，Excel 日期单元格）。

    系统：生管组用 Excel 登记每件客诉（一行一件），客诉单号按“年(2)月(2)流水(2)”手工编写；业务、品管、制造各环节
    由生管组按各部门回传的资料补填日期和经办人；日期为 Excel 日期单元格。

    写制度 YAML 之前按原文和台账写下的表头：
      客诉单号, 登记日期, 客户名称, 订单编号, 料号, 交运日期, 投诉数量, 不良数量, 不良现象, 客户要求,
      客诉类别, 是否造成损失, 业务员, 登记人, 质管调查日期, 原因分析, 责任单位, 责任人, 生产单位, 班别, 生产日期,
      处理方式, 核决人, 改善对策, 效果确认, 回复客户日期, 结案日期, 状态, 备注
    读过制度 YAML 后补的列：质管调查人, 制造调查日期, 制造调查单位, 作业员, 处理方式拟定日期, 拟定人,
      前往处理日期, 异常处理单号, 异常单开立日期, 回复人。

    注入（18 项）：
      - CK108 year_month_serial ×2：“2503001”这类流水写成三位的、“KS250402”（套用旧模板前缀）；
      - CK107 case_number ×1：同月两件客诉重复使用同一流水号（两行）；
      - CK101 record_order_number ×1、record_ship_date ×1、record_demand ×1：订单编号、交运日期、客户要求空白；
      - CK101 exception_slip_when_no_loss ×2：未造成损失、业务员已前往处理，没有开立异常处理单；
      - CK106 go_handle-exception_slip ×1：异常单开立日期早于前往处理日期；
      - CK101 report_shift ×1：制造调查后班别空白；
      - CK101 record_responsibility ×1、record_responsible_person ×1：已拟定处理方式，责任单位或责任人空白；
      - CK102 category ×1：客诉类别“交期延误”，两类都不是；
      - CK102 quantity ×1：投诉数量“约3000”；
      - CK103 inspect_by_quality_mgmt ×1：质管调查人是制造部课长；
      - CK103 investigation_by_manufacturing ×1：制造调查单位写的是品管部；
      - CK103 reply_by_sales ×2：回复人是品管工程师。
    陷阱（不是违规）：造成损失的案件业务员也去过客户处、没有异常处理单（规则只管未造成损失的）；未造成损失但没有
      前往处理的不开单；异常单与前往处理同一天开立；尚未制造调查的案件生产单位/班别/作业员/生产日期空白；尚未拟定
      处理方式的案件责任单位/责任人空白；非质量（人为疏失）案件不经制造调查；业务经理本人回复客户；流水“10”以后的单号。
    """
    taken: set = set()
    pc_staff = distinct_names(rng, 2, taken)         # 生管组：登记、拟定处理方式
    qa_staff = distinct_names(rng, 3, taken)         # 品管部工程师
    sales = distinct_names(rng, 4, taken)            # 业务员
    sales_mgr = distinct_names(rng, 1, taken)[0]     # 业务经理
    mfg_chief = distinct_names(rng, 1, taken)[0]     # 制造部课长
    operators = distinct_names(rng, 8, taken)        # 作业员
    approver = distinct_names(rng, 1, taken)[0]      # 核决人（厂长）
    customers = [("深圳华拓电子", "HT"), ("东莞立创通讯", "LC"), ("苏州博瑞汽车电子", "BR"), ("昆山联宏科技", "LH"),
                 ("厦门星海电源", "XH"), ("宁波美达智能", "MD")]
    sections = ["制造部-钻孔课", "制造部-电镀课", "制造部-外层课", "制造部-防焊课", "制造部-成型课"]
    defects = {
        "品质异常": [("孔铜偏薄", "制造部-电镀课"), ("线路开路", "制造部-外层课"), ("防焊起泡", "制造部-防焊课"),
                 ("孔偏", "制造部-钻孔课"), ("外形尺寸超差", "制造部-成型课"), ("板翘", "制造部-成型课")],
        "人为疏失": [("出货数量短缺", "仓库"), ("混料（料号贴错）", "仓库"), ("包装未防潮", "出货课")],
    }
    demands = ["退货重做", "补货", "折让5%", "提供8D报告", "换货并提供改善报告", "退货并补货"]
    n = 36
    regs = sorted(_next_wd(_day_in(rng, date(2025, 1, 6), date(2025, 6, 26))) for _ in range(n))
    specs = [dict() for _ in range(n)]
    slots = list(range(n))
    rng.shuffle(slots)
    early = [k for k in slots if regs[k] < date(2025, 6, 3)]   # cases far enough along for their steps
    used = set()

    def take(pool):
        for k in pool:
            if k not in used:
                used.add(k)
                return k
        raise RuntimeError("no slot")

    specs[take(slots)]["inj"] = "record_order_number"
    specs[take(slots)]["inj"] = "record_ship_date"
    specs[take(slots)]["inj"] = "record_demand"
    specs[take(early)].update(inj="exception_slip_when_no_loss", loss="否", cat="品质异常")
    specs[take(early)].update(inj="exception_slip_when_no_loss", loss="否", cat="人为疏失")
    specs[take(early)].update(inj="go_handle-exception_slip", loss="否", cat="品质异常")
    specs[take(early)].update(inj="report_shift", cat="品质异常")
    specs[take(early)].update(inj="record_responsibility")
    specs[take(early)].update(inj="record_responsible_person")
    specs[take(slots)].update(inj="category", cat="交期延误")
    specs[take(slots)]["inj"] = "quantity"
    specs[take(early)].update(inj="inspect_by_quality_mgmt")
    specs[take(early)].update(inj="investigation_by_manufacturing", cat="品质异常")
    specs[take(early)]["inj"] = "reply_by_sales"
    specs[take(early)]["inj"] = "reply_by_sales"
    # traps
    specs[take(early)].update(trap="loss_visit", loss="是")
    specs[take(early)].update(trap="same_day_slip", loss="否")
    specs[take(early)].update(trap="manager_reply")

    serials: dict = {}
    cases = []
    for i in range(n):
        s = specs[i]
        d0 = regs[i]
        serials[(d0.year, d0.month)] = serials.get((d0.year, d0.month), 0) + 1
        number = f"{d0:%y%m}{serials[(d0.year, d0.month)]:02d}"
        cat = s.get("cat") or pick(rng, [("品质异常", 3), ("人为疏失", 1)])
        loss = s.get("loss") or pick(rng, [("是", 3), ("否", 2)])
        cust, code = rng.choice(customers)
        salesman = rng.choice(sales)
        if cat == "交期延误":
            defect, unit = "交期延误两天", "生管组"
        else:
            defect, unit = rng.choice(defects[cat])
        qty = rng.choice([200, 500, 800, 1200, 1500, 2000, 3000, 4800])
        c = Case()
        c["客诉单号"] = number
        c["登记日期"] = d0
        c["登记人"] = rng.choice(pc_staff)
        c["客户名称"] = cust
        c["订单编号"] = f"SO{d0:%y}{rng.randint(1000, 9999)}"
        c["料号"] = f"{code}-{rng.choice(['4L', '6L', '2L', '8L'])}{rng.randint(100, 999)}-{rng.choice('ABC')}"
        c["交运日期"] = d0 - timedelta(days=rng.randint(3, 25))
        c["投诉数量"] = qty
        c["不良数量"] = max(1, int(qty * rng.uniform(0.01, 0.3)))
        c["不良现象"] = defect
        c["客户要求"] = rng.choice(demands)
        c["客诉类别"] = cat
        c["是否造成损失"] = loss
        c["业务员"] = salesman
        # steps
        finished = d0 < date(2025, 6, 3)
        d_inspect = _add_wd(d0, rng.randint(1, 2))
        d_mfg = _add_wd(d_inspect, rng.randint(1, 3)) if cat == "品质异常" else None
        d_det = _add_wd(d_mfg or d_inspect, rng.randint(1, 3))
        d_reply = _add_wd(d_det, rng.randint(1, 2))
        d_close = _add_wd(d_reply, rng.randint(3, 10))
        if not finished:
            stage = rng.choice([0, 1, 2, 3])     # how far an open case has got
            if stage < 1:
                d_inspect = None
            if stage < 2:
                d_mfg = None
            if stage < 3:
                d_det = None
            d_reply = d_close = None
        last = date(2025, 6, 30)
        if d_inspect and d_inspect > last:
            d_inspect = None
        if d_mfg and (not d_inspect or d_mfg > last):
            d_mfg = None
        if d_det and (not d_inspect or d_det > last):
            d_det = None
        if d_reply and (not d_det or d_reply > last):
            d_reply = None
        if d_close and (not d_reply or d_close > last):
            d_close = None
        c["质管调查日期"] = d_inspect
        c["质管调查人"] = rng.choice(qa_staff) if d_inspect else None
        c["原因分析"] = (f"{defect}：{rng.choice(['参数漂移', '作业未按SOP', '来料异常', '首件未确认'])}"
                     if d_inspect and cat == "品质异常" else ("出货核对漏项" if d_inspect else None))
        c["制造调查日期"] = d_mfg
        c["制造调查单位"] = unit if d_mfg else None
        c["生产单位"] = unit.replace("制造部-", "") if d_mfg else None
        c["班别"] = rng.choice(["A班", "B班", "夜班"]) if d_mfg else None
        c["作业员"] = rng.choice(operators) if d_mfg else None
        c["生产日期"] = c["交运日期"] - timedelta(days=rng.randint(2, 10)) if d_mfg else None
        c["处理方式"] = (rng.choice(["退货重做", "补货", "折让", "重工后再出货"]) if d_det else None)
        c["处理方式拟定日期"] = d_det
        c["拟定人"] = rng.choice(pc_staff) if d_det else None
        c["核决人"] = approver if d_det else None
        c["责任单位"] = (unit.split("-")[0] if unit.startswith("制造部") else unit) if d_det else None
        c["责任人"] = (rng.choice(operators) if cat == "品质异常" else person_name(rng)) if d_det else None
        c["改善对策"] = (rng.choice(["修订SOP并教育训练", "增加首件确认", "调整药水分析频率", "增加AOI全检"])
                     if cat == "品质异常" else rng.choice(["出货前双人核对", "标签扫码核对", "包装SOP修订"])) \
            if d_det else None
        c["效果确认"] = "连续三批无异常" if d_close else ("跟踪中" if d_reply else None)
        # go to the customer (no loss): the salesman visits and opens an exception slip
        go = None
        if loss == "否" and (finished and (s.get("inj") in ("exception_slip_when_no_loss", "go_handle-exception_slip")
                                           or s.get("trap") == "same_day_slip" or rng.random() < 0.6)):
            go = _add_wd(d0, rng.randint(0, 2))
        if s.get("trap") == "loss_visit":
            go = _add_wd(d0, 1)
        slip_day = None
        if go and loss == "否":
            slip_day = go if s.get("trap") == "same_day_slip" else _add_wd(go, rng.randint(0, 2))
        c["前往处理日期"] = go
        c["异常处理单号"] = None
        c["异常单开立日期"] = slip_day
        c["回复客户日期"] = d_reply
        c["回复人"] = salesman if d_reply else None
        c["结案日期"] = d_close
        c["状态"] = "结案" if d_close else ("待回复" if d_det and not d_reply else ("追踪中" if d_reply else "处理中"))
        c["备注"] = None
        inj = s.get("inj")
        if inj == "record_order_number":
            c["订单编号"] = None
            c["备注"] = "客户未提供订单号，待业务查"
        elif inj == "record_ship_date":
            c["交运日期"] = None
        elif inj == "record_demand":
            c["客户要求"] = None
        elif inj == "exception_slip_when_no_loss":
            c["异常单开立日期"] = None
        elif inj == "go_handle-exception_slip":
            c["异常单开立日期"] = go - timedelta(days=rng.randint(2, 4))
        elif inj == "report_shift":
            c["班别"] = None
        elif inj == "record_responsibility":
            c["责任单位"] = None
        elif inj == "record_responsible_person":
            c["责任人"] = None
        elif inj == "quantity":
            c["投诉数量"] = "约3000"
        elif inj == "inspect_by_quality_mgmt":
            c["质管调查人"] = mfg_chief
        elif inj == "investigation_by_manufacturing":
            c["制造调查单位"] = "品管部"
        elif inj == "reply_by_sales":
            c["回复人"] = rng.choice(qa_staff)
        if s.get("trap") == "manager_reply":
            c["回复人"] = sales_mgr
        cases.append((c, inj))
    # slip numbers: YC + date + serial, when a slip was opened
    for k, (c, _) in enumerate(cases):
        if c["异常单开立日期"]:
            c["异常处理单号"] = f"YC{c['异常单开立日期']:%y%m%d}{k % 7 + 1:02d}"
    # numbering faults
    pool = [k for k in range(n) if not cases[k][1]]
    rng.shuffle(pool)
    k1, k2, k3 = pool[:3]
    c = cases[k1][0]
    c["客诉单号"] = c["客诉单号"][:4] + "0" + c["客诉单号"][4:]
    cases[k1] = (c, "year_month_serial")
    c = cases[k2][0]
    c["客诉单号"] = "KS" + c["客诉单号"]
    cases[k2] = (c, "year_month_serial")
    # a serial used twice in one month: the case after k3 in the same month repeats k3's number
    same = [k for k in range(n) if k != k3 and cases[k][0]["登记日期"].month == cases[k3][0]["登记日期"].month
            and k not in (k1, k2) and not cases[k][1] and cases[k][0]["客诉单号"] > cases[k3][0]["客诉单号"]]
    if not same:
        raise RuntimeError("no month partner for the duplicate")
    twice = cases[k3][0]["客诉单号"]
    cases[same[0]][0]["客诉单号"] = twice
    if injected is not None:
        injected += [(twice, "case_number (duplicate)")]
        injected += [(c["客诉单号"], inj) for c, inj in cases if inj]
    rows = [c for c, _ in cases]

    roles = {name: "production_control" for name in pc_staff}
    roles.update({name: "quality_mgmt" for name in qa_staff})
    roles.update({name: "sales" for name in sales + [sales_mgr]})
    roles[mfg_chief] = "manufacturing"
    roles.update({sec: "manufacturing" for sec in sections})
    roles["品管部"] = "quality_mgmt"
    hand = {
        "procedure": "s48-pcb-customer-complaints",
        "sheet": "导出",
        "columns": {
            "客诉单号": "case_number",
            "登记日期": "register_at",
            "登记人": "register_by",
            "订单编号": "order_number",
            "料号": "product",
            "交运日期": "ship_date",
            "投诉数量": "quantity",
            "客户要求": "demand",
            "客诉类别": "category",
            "是否造成损失": "loss_caused",
            "质管调查日期": "inspect_at",
            "质管调查人": "inspect_by",
            "制造调查日期": "manufacturing_investigation_at",
            "制造调查单位": "manufacturing_investigation_by",
            "生产单位": "production_unit",
            "班别": "shift",
            "作业员": "production_staff",
            "生产日期": "production_date",
            "处理方式拟定日期": "determine_handling_at",
            "拟定人": "determine_handling_by",
            "责任单位": "responsible_department",
            "责任人": "responsible_person",
            "前往处理日期": "go_handle_at",
            "异常单开立日期": "exception_slip_at",
            "回复客户日期": "reply_at",
            "回复人": "reply_by",
        },
        "values": {
            "category": {"品质异常": "quality", "人为疏失": "non_quality"},
            "loss_caused": {"是": True, "否": False},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("136-s30-tianyi-space-workorders.csv", "gbk", e136_s30_tianyi_space_workorders),
    ("137-s48-pcb-complaint-register.xlsx", "xlsx", e137_s48_pcb_complaint_register),
]
