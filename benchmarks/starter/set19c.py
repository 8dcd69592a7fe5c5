"""Starter-profile benchmark exports 110-111 (set 19c), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 110 111    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, iso, iso_date, distinct_names, mobile, person_name, nth_workday_after


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _mall(t, rng):
    """A time as the mall's service desk records it: 9:00-21:00, seconds kept (the system stamps them)."""
    if t is None:
        return None
    if t.hour < 9:
        t = t.replace(hour=9 + t.hour % 2, minute=rng.randint(0, 59))
    elif t.hour >= 21:
        t = (t + timedelta(days=1)).replace(hour=9 + t.hour % 2, minute=rng.randint(0, 59))
    return t.replace(second=rng.randint(0, 59), microsecond=0)


# --- 110: S14, a shopping-mall operator's complaint work orders --------------------------------------------------

def e110_s14_mall_work_orders(rng, injected=None):
    """荟港城购物中心（荟港商业运营管理有限公司）物业管理系统“客诉工单”模块导出（UTF-8 CSV），按 S14《投诉处理流程》审计。
    日期写法：系统时间戳 2025-03-04 09:12:37（ISO，带秒）；“意见报告日期”只写日期 2025-03-10。
    组织：行政部下设客服中心（总服务台、400热线）负责投诉接待、派单、台账、回复客户和意见报告；工程部、安保部、环境部、营运部、
    招商部、财务部是被投诉部门（责任单位）。登记人、派单人、回复人写员工姓名，名单（审计人员向行政部核对）写在 hand 的 roles 中：
    客服中心专员 4 人、行政部经理 1 人属行政部；营运部值班经理 2 人（周末在总服务台值班）及各部门主管、专员属被投诉部门。
    “投诉类别”即投诉分类（一般投诉 / 严重投诉）；“登记人”是在总服务台接待并建工单的人（receive_by），不是台账登记。
    读过制度 YAML 后补的列：客户诉求（demand）、处理方式（measures）、派单人（fill_handling_slip_by）、台账登记时间（register_at）、
    处理完成时间（investigate_at）、反馈部门（feedback_by）、原因分析（cause）、回复人（verify_cause_by）、意见报告日期（opinion_report_at）。
    原有列的对应：处理单下发时间即填写并下发《客户投诉处理单》（fill_handling_slip_at）；责任部门反馈时间（feedback_at）；
    反馈签字主管（complained_unit_signature）；回复客户时间即与客户接洽核实责任部门反馈（verify_cause_at）；效果确认时间（improvement_at）。
    注入（15 处）：工单编号重复 1 对；客户诉求空白 2 件；没有处理单下发时间 1 件；投诉类别空白 1 件、写“待定” 1 件；责任人空白 1 件；
    台账登记时间空白 1 件；反馈签字主管空白 1 件、写“未签” 1 件；效果确认后没有意见报告 1 件；营运部值班经理接待登记 1 件；
    反馈部门写客服中心（行政部自己写反馈）1 件；工程部主管自己回复客户 1 件；台账登记时间早于处理单下发时间 1 件。
    陷阱（不是违规）：尚未反馈的工单没有签字；签字写“电子签章”；责任部门反馈拖了两三周（制度没有规定时效）；
    12345 转办的匿名投诉没有投诉人；小问题回复客户后即办结、没有效果确认也没有意见报告；被投诉部门与责任部门不同（保洁外包由环境部负责）。
    """
    n = 62
    taken = set()
    admin_staff = distinct_names(rng, 4, taken)
    admin_mgr = distinct_names(rng, 1, taken)[0]
    duty_mgrs = distinct_names(rng, 2, taken)            # 营运部值班经理
    depts = ["工程部", "安保部", "环境部", "营运部", "招商部", "财务部"]
    heads = {d: distinct_names(rng, 1, taken)[0] for d in depts}
    staff = {d: distinct_names(rng, 2, taken) for d in depts}

    issues = {   # (投诉人类型, 被投诉部门, 责任部门, 投诉内容, 客户诉求, 处理方式, 原因分析, 处理结果, 整改措施)
        "一般投诉": [
            ("顾客", "工程部", "工程部", "B1至1F扶梯停运半小时无人处理", "尽快修复并说明原因", "工程部立即抢修，客服致电解释",
             "扶梯梯级链润滑不足触发保护停梯", "已修复恢复运行，向顾客致歉", "扶梯日检增加润滑检查项"),
            ("顾客", "环境部", "环境部", "3F女卫生间无厕纸、异味重", "加强保洁巡查", "环境部加密保洁频次",
             "午间高峰保洁人员调配不足", "已补充厕纸并除味", "高峰时段增派保洁1人"),
            ("顾客", "保洁外包", "环境部", "保洁员拖地未放警示牌导致顾客滑倒", "赔偿医药费", "环境部核实监控，协商医药费",
             "外包保洁员未按规程放置警示牌", "已赔付医药费180元", "对外包单位考核并培训"),
            ("顾客", "安保部", "安保部", "停车场缴费机故障重复扣费", "退还多扣停车费", "安保部车管核对扣费记录并退款",
             "缴费机网络延迟重复提交", "已原路退款15元", "缴费系统增加重复扣费校验"),
            ("顾客", "营运部", "营运部", "商场广播音量过大影响就餐", "调低广播音量", "营运部调整广播音量",
             "新换功放未调校", "已调整音量", "广播设备调校纳入开业前检查"),
            ("商户", "工程部", "工程部", "铺位天花漏水报修三次仍未修好", "彻底修好并赔偿货损", "工程部查找漏点并协商货损",
             "楼上空调冷凝水管接头老化", "已更换接头，赔偿货损800元", "冷凝水管全面排查"),
            ("商户", "工程部", "工程部", "铺位空调冷量不足影响经营", "尽快解决空调问题", "工程部检测风机盘管",
             "风机盘管滤网堵塞", "已清洗滤网，温度恢复正常", "滤网清洗周期由季度改为月度"),
            ("商户", "营运部", "营运部", "货梯预约一直排不上，影响补货", "增加货梯时段", "营运部调整货梯预约规则",
             "早间补货时段集中", "已为该商户增加固定时段", "货梯预约改为分区轮换"),
            ("商户", "安保部", "安保部", "夜间卸货通道被锁，供应商无法送货", "夜间开放卸货通道", "安保部调整夜间巡更开门安排",
             "新保安不熟悉卸货时段规定", "已开放22:00-24:00卸货", "交接班增加卸货时段说明"),
            ("商户", "招商部", "招商部", "中庭广告位被其他商户占用", "恢复本商户广告位", "招商部核对广告位合同",
             "广告位排期表未及时更新", "已恢复广告位", "广告位排期表每周更新并公示"),
            ("商户", "财务部", "财务部", "物业费账单重复计收空调费", "更正账单", "财务部核对账单",
             "系统计费规则录入错误", "已更正并退还多收款项", "计费规则变更须双人复核"),
        ],
        "严重投诉": [
            ("顾客", "安保部", "安保部", "保安推搡顾客，视频被发到抖音", "公开道歉并处理当事保安", "安保部调查当事人，行政部统一对外回应",
             "当事保安处置纠纷方式不当", "当事保安辞退，向顾客登门致歉", "全员开展文明执勤培训"),
            ("商户", "营运部", "营运部", "营运专员向档主推销指定装修公司", "停止推销并调查", "营运部调查当事人，行政部监督",
             "营运专员私下收取装修公司介绍费", "当事人已调离岗位并退还款项", "签订廉洁承诺书，设立举报邮箱"),
            ("商户", "工程部", "工程部", "工程维修人员乱收上门费", "退还费用", "工程部调查并退款",
             "维修工私自收费", "已退还费用，维修工记过", "维修收费一律走系统开单"),
            ("商户", "环境部", "环境部", "垃圾清运多次投诉仍未改善，后巷堆积", "每日定时清运", "环境部更换清运班次",
             "外包清运车辆不足", "已增加一趟清运", "更换外包清运单位"),
            ("顾客", "营运部", "营运部", "消防通道被临时摊位堵塞，被本地媒体报道", "立即清理通道", "营运部清理临时摊位，行政部对接媒体",
             "促销活动审批未核查消防通道", "已清理并恢复通道", "活动审批增加消防通道核查"),
        ],
    }
    sources = [("总服务台", 40), ("400热线", 25), ("微信小程序", 15), ("上门", 10), ("12345转办", 10)]

    slots = list(range(3, n))
    rng.shuffle(slots)
    # stage: how far the case got (0 slip+ledger, 1 handled, 2 feedback, 3 replied, 4 effect confirmed, 5 report)
    rows = []
    month_counts = {1: 9, 2: 8, 3: 11, 4: 11, 5: 11, 6: 12}     # 62 work orders, Spring Festival month quieter
    times = sorted(_mall(datetime(2025, m, 3 if m == 1 else 1, 9) + timedelta(minutes=rng.randint(0, 28 * 24 * 60 + 12 * 60)),
                         rng) for m, k in month_counts.items() for _ in range(k))
    per_day = {}
    plans = []
    for i, t0 in enumerate(times):
        sev = pick(rng, [("一般投诉", 78), ("严重投诉", 22)])
        kind, complained, resp, content, demand, measure, cause, result, improve = rng.choice(issues[sev])
        slip = _mall(t0 + timedelta(minutes=rng.randint(8, 240)), rng)
        reg = _mall(slip + timedelta(minutes=rng.randint(3, 90)), rng)
        inv = _mall(reg + timedelta(hours=rng.uniform(2, 96)), rng)
        fb = _mall(inv + timedelta(hours=rng.uniform(1, 40)), rng)
        ver = _mall(fb + timedelta(hours=rng.uniform(2, 72)), rng)
        needs_improve = sev == "严重投诉" or rng.random() < 0.55
        imp = _mall(ver + timedelta(days=rng.uniform(3, 15)), rng) if needs_improve else None
        rep = (imp + timedelta(days=rng.randint(1, 4))).date() if imp else None
        plans.append(dict(t0=t0, sev=sev, kind=kind, complained=complained, resp=resp, content=content, demand=demand,
                          measure=measure, cause=cause, result=result, improve=improve, slip=slip, reg=reg, inv=inv,
                          fb=fb, ver=ver, imp=imp, rep=rep))

    def reached(i, key):
        p = plans[i]
        return p[key] is not None and p[key] <= CUTOFF - timedelta(days=3)

    pool = [i for i in slots]
    take = lambda cond, k: [pool.pop(pool.index(i)) for i in [j for j in pool if cond(j)][:k]]  # noqa: E731
    no_demand = take(lambda j: True, 2)
    no_slip = take(lambda j: True, 1)
    no_sev = take(lambda j: True, 1)
    tbd_sev = take(lambda j: True, 1)
    no_person = take(lambda j: True, 1)
    no_register = take(lambda j: True, 1)
    no_sign = take(lambda j: reached(j, "fb"), 1)
    unsigned = take(lambda j: reached(j, "fb"), 1)
    no_report = take(lambda j: plans[j]["imp"] is not None and plans[j]["imp"] < CUTOFF - timedelta(days=10), 1)
    bad_receiver = take(lambda j: True, 1)
    bad_feedback = take(lambda j: reached(j, "fb"), 1)
    bad_replier = take(lambda j: reached(j, "ver"), 1)
    early_register = take(lambda j: True, 1)
    trap_slow_fb = take(lambda j: reached(j, "fb") and plans[j]["fb"] < datetime(2025, 5, 20), 2)
    trap_esign = take(lambda j: reached(j, "fb"), 3)
    trap_12345 = take(lambda j: True, 2)

    for i, p in enumerate(plans):
        if i in trap_slow_fb:
            shift = timedelta(days=rng.randint(14, 21))
            for k in ("fb", "ver", "imp"):
                p[k] = _mall(p[k] + shift, rng) if p[k] else None
            p["rep"] = (p["imp"] + timedelta(days=rng.randint(1, 4))).date() if p["imp"] else None
        for k in ("slip", "reg", "inv", "fb", "ver", "imp"):
            if p[k] is not None and p[k] > CUTOFF:
                p[k] = None
        # a later step cannot exist without the earlier one
        order = ["slip", "reg", "inv", "fb", "ver", "imp"]
        for a, b in zip(order, order[1:]):
            if p[a] is None:
                p[b] = None
        if p["imp"] is None or p["rep"] is None or p["rep"] > CUTOFF.date():
            p["rep"] = None
        if i in early_register:
            p["reg"] = p["slip"] - timedelta(minutes=rng.randint(20, 50), seconds=rng.randint(0, 59))
            if p["reg"] < p["t0"]:
                p["t0"] = p["reg"] - timedelta(minutes=15)

        t0 = p["t0"]
        day = t0.strftime("%y%m%d")
        per_day[day] = per_day.get(day, 0) + 1
        source = pick(rng, sources)
        if i in trap_12345:
            source = "12345转办"
        resp = p["resp"]
        row = Case()
        row["工单编号"] = f"TS{day}{per_day[day]:03d}"
        row["受理日期"] = iso(t0)
        row["来源"] = source
        anonymous = i in trap_12345
        row["投诉人"] = "" if anonymous else person_name(rng) + rng.choice(["先生", "女士", "", ""])
        row["投诉人类型"] = p["kind"]
        row["铺位号"] = (f"{rng.choice(['B1', 'L1', 'L2', 'L3', 'L4'])}-{rng.randint(1, 68):03d}" if p["kind"] == "商户"
                       else rng.choice(["", "", "停车场", "中庭", "L3卫生间", "B1美食街"]))
        row["联系方式"] = "" if anonymous else mobile(rng)
        row["投诉内容"] = p["content"]
        row["客户诉求"] = "" if i in no_demand else p["demand"]
        row["投诉类别"] = "" if i in no_sev else ("待定" if i in tbd_sev else p["sev"])
        row["被投诉部门"] = p["complained"]
        row["登记人"] = duty_mgrs[0] if i in bad_receiver else rng.choice(admin_staff)
        row["处理方式"] = p["measure"]
        row["处理单下发时间"] = "" if i in no_slip else iso(p["slip"])
        row["派单人"] = "" if i in no_slip else rng.choice(admin_staff)
        row["台账登记时间"] = "" if (i in no_register or p["reg"] is None) else iso(p["reg"])
        row["责任部门"] = resp
        row["责任人"] = "" if i in no_person else rng.choice(staff[resp])
        row["处理完成时间"] = iso(p["inv"]) if p["inv"] else ""
        row["原因分析"] = p["cause"] if p["inv"] else ""
        row["责任部门反馈时间"] = iso(p["fb"]) if p["fb"] else ""
        row["反馈部门"] = ("客服中心" if i in bad_feedback else resp) if p["fb"] else ""
        sign = heads[resp] if p["fb"] else ""
        if i in trap_esign:
            sign = "电子签章"
        if i in no_sign:
            sign = ""
        if i in unsigned:
            sign = "未签"
        row["反馈签字主管"] = sign
        row["处理结果"] = p["result"] if p["fb"] else ""
        row["回复客户时间"] = iso(p["ver"]) if p["ver"] else ""
        row["回复人"] = (heads["工程部"] if i in bad_replier else rng.choice(admin_staff)) if p["ver"] else ""
        row["整改措施"] = p["improve"] if p["imp"] else ""
        row["效果确认时间"] = iso(p["imp"]) if p["imp"] else ""
        rep = None if i in no_report else p["rep"]
        row["意见报告日期"] = rep.isoformat() if rep else ""
        if rep or (p["ver"] and not p["imp"] and p["sev"] == "一般投诉" and (p["ver"] < CUTOFF - timedelta(days=2))):
            status = "已办结"
        elif p["imp"]:
            status = "待出报告"
        elif p["ver"]:
            status = "整改中"
        elif p["fb"]:
            status = "待回复"
        else:
            status = "处理中"
        row["工单状态"] = status
        rows.append(row)
    # a repeated 工单编号: the service desk re-created an order by copying and the number was kept
    busy = set(no_demand + no_slip + no_sev + tbd_sev + no_person + no_register + no_sign + unsigned + no_report +
               bad_receiver + bad_feedback + bad_replier + early_register)
    dup_src = next(k for k in range(15, 45) if k not in busy and k + 1 not in busy)
    rows[dup_src + 1]["工单编号"] = rows[dup_src]["工单编号"]
    if injected is not None:
        num = lambda i: rows[i]["工单编号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        for name, idx in [("no_demand", no_demand), ("no_slip", no_slip), ("no_severity", no_sev),
                          ("severity_tbd", tbd_sev), ("no_responsible_person", no_person),
                          ("no_register", no_register), ("no_signature", no_sign), ("unsigned", unsigned),
                          ("no_opinion_report", no_report), ("receive_by_operations", bad_receiver),
                          ("feedback_by_admin", bad_feedback), ("verify_by_engineering", bad_replier),
                          ("register_before_slip", early_register)]:
            injected += [(num(i), name) for i in idx]

    admin = admin_staff + [admin_mgr, "行政部", "客服中心", "总服务台"]
    complained = duty_mgrs + depts + list(heads.values()) + [s for ss in staff.values() for s in ss]
    hand = {
        "procedure": "s14-operations-complaint-flow",
        "columns": {
            "工单编号": "case_number",
            "受理日期": "receive_at",
            "登记人": "receive_by",
            "投诉内容": "content",
            "客户诉求": "demand",
            "投诉类别": "severity",
            "处理方式": "measures",
            "处理单下发时间": "fill_handling_slip_at",
            "派单人": "fill_handling_slip_by",
            "台账登记时间": "register_at",
            "责任部门": "responsible_department",
            "责任人": "responsible_person",
            "处理完成时间": "investigate_at",
            "原因分析": "cause",
            "责任部门反馈时间": "feedback_at",
            "反馈部门": "feedback_by",
            "反馈签字主管": "complained_unit_signature",
            "处理结果": "result",
            "回复客户时间": "verify_cause_at",
            "回复人": "verify_cause_by",
            "效果确认时间": "improvement_at",
            "意见报告日期": "opinion_report_at",
        },
        "values": {"severity": {"一般投诉": "general", "严重投诉": "serious"}},
        "roles": {**{v: "admin_dept" for v in admin}, **{v: "complained_dept" for v in complained}},
    }
    return rows, hand


# --- 111: S21, a medical-device maker's complaint and feedback register kept by QA --------------------------------

def e111_s21_device_feedback_register(rng, injected=None):
    """康瑞医疗器械（苏州）有限公司 质量部保管的“顾客反馈/投诉登记表”（Excel 台账 KR-QR-822-01，XLSX；接收日期、评价日期、
    处理记录日期、答复顾客日期、关闭日期是真正的日期单元格，只有日期），按 S21《顾客投诉处置程序》审计。
    产品：一次性使用无菌注射器、输液器、静脉留置针、医用外科口罩；反馈来源：医院客户 / 经销商 / 终端用户 / 药监局转办。
    组织：销售部（含华东区、华南区、内勤）是主责部门；质量部保管台账并协助调查，生技部协助。评价人写员工姓名，
    名单（审计人员向质量部核对）写在 hand 的 roles 中：销售部客服主管、销售部经理属销售部；两名 QA 工程师、质量部经理属质量部；
    工艺工程师属生技部；另有总经理。
    读过制度 YAML 后补的列：接收部门（receive_record_by）、处理记录日期（handle_at，《顾客投诉处理记录》的填写日期；
    原有“处理记录编号”只是编号）、单位（把原来的“数量”分成数字和单位两列）。
    原有列的对应：接收日期（receive_record_at）、评价日期 / 评价人（evaluate_at / evaluate_by）、是否构成投诉（is_complaint）、
    是否需上报监管（report_to_regulator）、产品批号（batch）、数量（quantity）、处理部门（handle_by）、反馈内容（content）。
    注入（14 处）：登记编号重复 1 对；产品批号空白 2 件；数量空白 1 件、写“若干” 1 件；接收日期空白 1 件；
    评价后“是否构成投诉”空白 1 件；评价后“是否需上报监管”空白 1 件；构成投诉却没有处理记录 2 件；
    处理部门写质量部 1 件、生技部 1 件；QA 工程师评价 1 件；接收部门写质量部 1 件。
    陷阱（不是违规）：不构成投诉的反馈没有处理记录；六月下旬接收、尚未评价的反馈（评价结论空白）；协助部门写质量部 / 生技部；
    一条反馈涉及两个批号（“2411032/2411063”）；需上报监管的反馈（表中没有上报日期列，制度原文没有上报时限）；答复顾客拖了几周。
    """
    n = 56
    taken = set()
    sales_cs, sales_mgr = distinct_names(rng, 2, taken)
    sales_reps = distinct_names(rng, 4, taken)             # 区域经理、内勤：接收人
    qa_eng = distinct_names(rng, 2, taken)
    qa_mgr = distinct_names(rng, 1, taken)[0]
    pe_eng = distinct_names(rng, 1, taken)[0]
    gm = distinct_names(rng, 1, taken)[0]

    products = [   # (产品名称, 规格型号, 单位, 数量范围)
        ("一次性使用无菌注射器 带针", ["1ml", "2ml", "5ml", "10ml", "20ml"], "支", (5, 2000)),
        ("一次性使用输液器 带针", ["0.7#", "0.8#"], "套", (3, 500)),
        ("一次性使用静脉留置针", ["22G", "24G", "20G"], "支", (2, 300)),
        ("医用外科口罩", ["17.5cm×9.5cm"], "只", (10, 5000)),
    ]
    complaints = {
        "一次性使用无菌注射器 带针": ["推杆推动卡顿、阻力大", "针尖有毛刺，穿刺疼痛", "刻度印刷模糊", "单包装封口不严",
                             "针头与针座连接松动脱落"],
        "一次性使用输液器 带针": ["滴斗连接处漏液", "流量调节器失灵", "过滤器堵塞滴速变慢", "外箱标签批号与小包装不一致"],
        "一次性使用静脉留置针": ["回血不畅", "导管套管打折", "肝素帽连接处渗漏"],
        "医用外科口罩": ["耳带焊点脱落", "鼻夹条缺失", "包装内有异物（毛发）"],
    }
    non_complaints = ["咨询产品灭菌有效期", "咨询使用方法", "建议增加规格型号", "经核实为临床操作不当", "索取产品注册证复印件"]
    customers = ["苏州市立医院", "昆山市第一人民医院", "无锡市中医医院", "常州第二人民医院", "南通瑞康医疗器械有限公司（经销商）",
                 "杭州康达医药有限公司（经销商）", "合肥市妇幼保健院", "宁波鄞州区人民医院", "个人用户", "徐州医科大学附属医院"]
    sources = [("医院客户", 50), ("经销商", 30), ("终端用户", 10), ("药监局转办", 10)]
    sales_depts = ["销售部", "销售部", "销售部（华东区）", "销售部（华南区）", "销售部内勤"]

    slots = list(range(3, n - 2))
    rng.shuffle(slots)
    trap_unevaluated = [n - 2, n - 1]        # received in the last days of June, not evaluated yet
    days = sorted(datetime(2025, 1, 3) + timedelta(days=rng.randint(0, 175)) for _ in range(n))
    plans = []
    for d in days:
        recv = nth_workday_after(d.date(), 0 if d.weekday() < 5 else 1)
        recv = datetime(recv.year, recv.month, recv.day)
        prod, specs, unit, (lo, hi) = rng.choice(products)
        is_c = rng.random() < 0.68
        ev = datetime.combine(nth_workday_after(recv.date(), rng.choice([0, 1, 1, 2, 3, 5])), datetime.min.time())
        ho = datetime.combine(nth_workday_after(ev.date(), rng.randint(1, 8)), datetime.min.time()) if is_c else None
        rp = datetime.combine(nth_workday_after((ho or ev).date(), rng.randint(1, 10)), datetime.min.time())
        plans.append(dict(recv=recv, prod=prod, spec=rng.choice(specs), unit=unit, qty=rng.randint(lo, hi), is_c=is_c,
                          ev=ev, ho=ho, rp=rp))

    def evaluated(j):
        return plans[j]["ev"] <= CUTOFF

    pool = list(slots)
    take = lambda cond, k: [pool.pop(pool.index(i)) for i in [j for j in pool if cond(j)][:k]]  # noqa: E731
    early = lambda j: plans[j]["recv"] < datetime(2025, 5, 31)  # noqa: E731
    c_early = lambda j: early(j) and plans[j]["is_c"]  # noqa: E731
    no_batch = take(lambda j: True, 2)
    no_qty = take(lambda j: True, 1)
    vague_qty = take(lambda j: True, 1)
    no_recv = take(early, 1)
    no_is_c = take(early, 1)
    no_report_decision = take(early, 1)
    no_handle = take(c_early, 2)
    handle_qa = take(c_early, 1)
    handle_pe = take(c_early, 1)
    eval_qa = take(early, 1)
    recv_qa = take(lambda j: True, 1)
    trap_two_batches = take(lambda j: True, 1)
    trap_mdr = take(c_early, 2)
    trap_slow_reply = take(c_early, 2)

    rows = []
    per_month = {}
    for i, p in enumerate(plans):
        recv = p["recv"]
        per_month[recv.month] = per_month.get(recv.month, 0) + 1
        if i in trap_unevaluated:
            p["recv"] = recv = max(recv, datetime(2025, 6, 26 + i - (n - 2)))
            p["ev"] = p["ho"] = p["rp"] = None
        if p["ho"] is not None and p["ho"] > CUTOFF:
            p["ho"] = p["ev"]           # evaluated in late June: the handling record is opened the same day
        for k in ("ev", "ho", "rp"):
            if p[k] is not None and p[k] > CUTOFF:
                p[k] = None
        if p["ev"] is None:
            p["ho"] = p["rp"] = None
        if i in trap_slow_reply and p["rp"]:
            later = p["rp"] + timedelta(days=rng.randint(18, 30))
            p["rp"] = later if later <= CUTOFF else p["rp"]
        closed = p["rp"] + timedelta(days=rng.randint(0, 12)) if p["rp"] else None
        if closed and closed > CUTOFF:
            closed = None
        if i in no_handle:
            p["ho"] = None
            closed = None
        serious = i in trap_mdr
        row = Case()
        row["登记编号"] = f"KR-FK-2025-{len(rows) + 1:03d}"
        row["接收日期"] = None if i in no_recv else recv
        row["接收部门"] = "质量部" if i in recv_qa else rng.choice(sales_depts)
        row["接收人"] = rng.choice(qa_eng) if i in recv_qa else rng.choice(sales_reps)
        row["反馈来源"] = "药监局转办" if serious else pick(rng, sources)
        cust = rng.choice(customers)
        row["客户名称"] = cust
        row["联系人"] = person_name(rng) + ("" if cust == "个人用户" else rng.choice(["（护士长）", "（设备科）", "（采购）", ""]))
        row["联系电话"] = mobile(rng)
        row["产品名称"] = p["prod"]
        row["规格型号"] = p["spec"]
        made = recv - timedelta(days=rng.randint(20, 400))      # 批号 = 生产日期 yymmdd + 班次
        lot = f"{made:%y%m%d}{rng.randint(1, 3)}"
        if i in trap_two_batches:
            lot = f"{lot}/{made + timedelta(days=rng.randint(2, 9)):%y%m%d}{rng.randint(1, 3)}"
        row["产品批号"] = "" if i in no_batch else lot
        row["数量"] = None if i in no_qty else ("若干" if i in vague_qty else p["qty"])
        row["单位"] = p["unit"]
        if serious:
            text = "针头断裂残留于患者皮下，已手术取出" if "注射器" in p["prod"] or "输液器" in p["prod"] else "导管断裂，部分残留血管内"
        elif p["is_c"]:
            text = rng.choice(complaints[p["prod"]])
        else:
            text = rng.choice(non_complaints)
        row["反馈内容"] = text
        ev = p["ev"]
        row["评价日期"] = ev
        row["评价人"] = (rng.choice(qa_eng) if i in eval_qa else rng.choice([sales_cs, sales_cs, sales_mgr])) if ev else ""
        row["是否构成投诉"] = ("" if i in no_is_c else ("是" if p["is_c"] else "否")) if ev else ""
        row["是否需上报监管"] = ("" if i in no_report_decision else ("是" if serious else "否")) if ev else ""
        ho = p["ho"]
        row["处理记录编号"] = f"KR-CL-25{recv.month:02d}-{per_month[recv.month]:02d}" if ho else ""
        row["处理记录日期"] = ho
        row["处理部门"] = ("质量部" if i in handle_qa else "生技部" if i in handle_pe else "销售部") if ho else ""
        row["协助部门"] = rng.choice(["质量部", "质量部", "生技部", "质量部、生技部"]) if ho else ""
        row["原因分析"] = (rng.choice(["注塑工序参数漂移", "来料胶塞尺寸偏差", "灭菌后包装热封温度偏低", "运输挤压",
                                   "经留样检验未见异常，判定为个案"]) if ho else "")
        row["纠正预防措施"] = (f"CAPA-25-{rng.randint(1, 60):03d}" if ho and rng.random() < 0.5 else "")
        row["答复顾客日期"] = p["rp"]
        row["关闭日期"] = closed
        row["备注"] = rng.choice(["", "", "", "已留样", "客户寄回样品", "已通报总经理" if serious else "", "电话答复"])
        rows.append(row)
    # a repeated 登记编号: a new row copied in Excel and the number not changed
    busy = set(no_batch + no_qty + vague_qty + no_recv + no_is_c + no_report_decision + no_handle + handle_qa + handle_pe +
               eval_qa + recv_qa)
    dup_src = next(k for k in range(12, 40) if k not in busy and k + 1 not in busy)
    rows[dup_src + 1]["登记编号"] = rows[dup_src]["登记编号"]
    if injected is not None:
        num = lambda i: rows[i]["登记编号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        for name, idx in [("no_batch", no_batch), ("no_quantity", no_qty), ("vague_quantity", vague_qty),
                          ("no_receive_date", no_recv), ("no_is_complaint", no_is_c),
                          ("no_regulator_decision", no_report_decision), ("no_handling_record", no_handle),
                          ("handle_by_quality", handle_qa), ("handle_by_production_tech", handle_pe),
                          ("evaluate_by_quality", eval_qa), ("receive_by_quality", recv_qa)]:
            injected += [(num(i), name) for i in idx]

    roles = {**{v: "sales" for v in dict.fromkeys([*sales_depts, sales_cs, sales_mgr, *sales_reps])},
             **{v: "quality" for v in ["质量部", qa_mgr, *qa_eng]},
             **{v: "production_tech" for v in ["生技部", pe_eng]},
             gm: "general_manager"}
    hand = {
        "procedure": "s21-medical-device-complaints",
        "columns": {
            "登记编号": "case_number",
            "接收日期": "receive_record_at",
            "接收部门": "receive_record_by",
            "产品批号": "batch",
            "数量": "quantity",
            "反馈内容": "content",
            "评价日期": "evaluate_at",
            "评价人": "evaluate_by",
            "是否构成投诉": "is_complaint",
            "是否需上报监管": "report_to_regulator",
            "处理记录日期": "handle_at",
            "处理部门": "handle_by",
        },
        "values": {"is_complaint": {"是": "yes", "否": "no"}, "report_to_regulator": {"是": "yes", "否": "no"}},
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("110-s14-mall-complaint-work-orders.csv", "utf-8", e110_s14_mall_work_orders),
    ("111-s21-device-feedback-register.xlsx", "xlsx", e111_s21_device_feedback_register),
]
