"""Starter-profile benchmark exports 274-275 (set 47a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 274 275    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, iso, workday, nth_workday_after


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    """A time on day d between lo_h and hi_h o'clock, with seconds (the ERP stamps them)."""
    seconds = rng.randint(int(lo_h * 3600), int(hi_h * 3600) - 1)
    return datetime(d.year, d.month, d.day) + timedelta(seconds=seconds)


def _jit(rng, t):
    """A derived time stamped by another screen of the ERP: its own seconds."""
    return t.replace(second=rng.randint(0, 59))


def _day(t):
    return t.date() if isinstance(t, datetime) else t


def _due(d, n):
    """Last day of an n-calendar-day period counted from the day after d; a last day that is a rest day (weekend or
    statutory holiday) moves to the next working day (民法典第二百零三条)."""
    e = d + timedelta(days=n)
    while not workday(e):
        e += timedelta(days=1)
    return e


def _late(end, start, n):
    """True when `end` (a time or None = still open at the cutoff) is after the period's last day."""
    due = _due(_day(start), n)
    return (_day(end) if end is not None else date(2025, 7, 1)) > due


# --- 274: online appliance shop, after-sales tickets from the shop ERP (L1) ------------------------------------

L1_SHOPS = [("禾美电器天猫旗舰店", 5), ("禾美电器京东专卖店", 3), ("禾美电器抖音小店", 2)]

# name, 类目, 实付, 商品属性, 下单确认不退, 三包商品
L1_BIG = [
    ("美的 1.5匹变频挂机空调 KFR-35GW", "空调", 2899, "常规", "否", "是"),
    ("海尔 10公斤滚筒洗衣机 EG100MATE", "洗衣机", 2499, "常规", "否", "是"),
    ("TCL 65英寸4K智能电视 65V8E", "电视", 3299, "常规", "否", "是"),
    ("容声 509升十字四门冰箱", "冰箱", 3599, "常规", "否", "是"),
]
L1_SMALL = [
    ("小熊 5L空气炸锅 QZG-A15", "厨房小电", 259, "常规", "否", "否"),
    ("苏泊尔 1.7L电热水壶 SW-17", "厨房小电", 129, "常规", "否", "否"),
    ("科沃斯 扫拖一体机器人 T20", "清洁电器", 2599, "常规", "否", "否"),
    ("飞利浦 声波电动牙刷 HX6730", "个护电器", 399, "常规", "否", "否"),
    ("九阳 破壁料理机 L18-P3", "厨房小电", 599, "常规", "否", "否"),
    ("戴森 吹风机 HD08", "个护电器", 2999, "常规", "否", "否"),
    ("米家 除湿机 22L", "生活电器", 1299, "常规", "否", "否"),
]
L1_HAZARD = [
    ("暖芯 充电暖手宝 10000mAh", "生活电器", 79, "常规", "否", "否", "充电时外壳鼓包发烫"),
    ("苏泊尔 1.7L电热水壶 SW-17", "厨房小电", 129, "常规", "否", "否", "底座漏电，手触麻电"),
    ("小熊 电热饭盒 DFH-B20", "厨房小电", 159, "常规", "否", "否", "插头处冒烟焦糊"),
    ("米家 除湿机 22L", "生活电器", 1299, "常规", "否", "否", "电源线接口熔化"),
]
L1_CUSTOM = [
    ("刻字定制 苏泊尔电饭煲 礼盒款", "厨房小电", 499, "定制", "否", "否"),
    ("定制尺寸 集成灶不锈钢面板", "厨房大电", 1899, "定制", "否", "否"),
]
L1_VIRTUAL = [
    ("TCL 电视影视会员年卡（激活码）", "虚拟商品", 248, "虚拟", "否", "否"),
    ("科沃斯 APP高级地图服务激活码", "虚拟商品", 99, "虚拟", "否", "否"),
]
L1_CONFIRMED = [
    ("沁园 净水器RO反渗透滤芯", "配件", 399, "常规", "是", "否"),
    ("飞利浦 电动牙刷替换刷头4支装", "配件", 169, "常规", "是", "否"),
]

L1_QUALITY_WORDS = ["开机无反应", "运行异响", "屏幕出现竖线", "不制冷", "漏水", "充不进电", "加热不稳定", "按键失灵"]
L1_NR_WORDS = ["不想要了", "拍多了", "尺寸不合适", "颜色不喜欢", "家里人买重了", "价格买贵了"]


def e274_l1_eshop_aftersales_erp(rng, injected=None):
    """禾美电器（家电网店，天猫 / 京东 / 抖音三个店铺）在 ERP 中的售后单导出，每张售后单一行，CSV（UTF-8 带 BOM，
    ERP“导出 Excel 可打开的 CSV”），时间写作 2025-03-04 10:22:15。

    读制度 YAML 之前写下的表头（只读了消费者权益保护法原文）：售后单号、平台订单号、店铺、收货人、手机号、商品名称、
    商品类目、实付金额、签收时间、售后类型（退货退款 / 换货 / 维修 / 仅退款）、退货原因、申请时间、退回物流单号、
    仓库签收时间、退款时间、退款金额、售后状态、客服、备注。

    读过制度 YAML 后补的列：商品属性（常规 / 定制 / 虚拟，对应第二十五条的除外商品）、下单确认不退（“拆封不退”类商品
    下单页的确认勾选）、三包商品（是否有国家三包规定）、检测结论（质量问题件的检测，判断是否可以解除合同）、
    安全隐患、隐患确认时间、上报市监时间、告知买家时间、下架召回时间（第十九条）。

    注入的违规（按规则 id 计数，共 16）：refund_7_days 3（两件退款晚了，一件仓库签收后一直待退款）、
    refund_7_days-start 1（无理由“极速退款”，仓库签收时间没有记录）、no_reason_after_7_days 2、
    no_reason_excluded_goods 2（定制一件、已激活的激活码一件）、no_reason_confirmed_not_returnable 1、
    quality_after_7_days_no_termination 1、dangerous_defect_report 1、dangerous_defect_inform_consumer 1、
    dangerous_defect_measures 1、return_request-returned_goods_received 1（买家先寄回、后申请）、
    return_basis 1（退货原因“其他”，审计人不映射）、case_number 1（售后单号重复）。

    陷阱：无理由退货仓库签收后第7天当天退款；第7天是五一假期、假期后第一个工作日才退款（期间末日顺延）；签收后
    恰好第7天申请的无理由退货（不超过七日）；超过七日的无理由申请、定制商品的无理由申请都被拒绝（没有退款，不是
    “不应受理而受理”）；质量问题退货超过七日但属三包商品或检测为严重性能故障；质量问题退货退款晚（七日退款只对
    无理由退货适用）；6月27日仓库签收尚未退款（截至审计时点未到期）；安全隐患件四项都有记录；发错货的退货退款
    （退货原因不对应任何退货依据，映射为空）。
    """
    taken: set = set()
    staff = distinct_names(rng, 6, taken)
    kinds = (["nr_ok"] * 14 + ["q_ok"] * 5 + ["exch"] * 4 + ["repair"] * 3 + ["wrong_item"] * 2
             + ["t_refund_day7", "t_refund_holiday", "t_request_day7", "t_late_refused", "t_custom_refused",
                "t_quality_late_sanbao", "t_quality_late_serious", "t_quality_refund_slow", "t_open_not_due",
                "t_defect_ok"]
             + ["v_refund_late", "v_refund_late", "v_refund_open", "v_fast_refund", "v_nr_late", "v_nr_late",
                "v_custom", "v_virtual", "v_confirmed", "v_quality_late", "v_defect_noreport", "v_defect_noinform",
                "v_defect_nomeasure", "v_out_of_order", "v_other_reason"])
    rng.shuffle(kinds)
    customers = distinct_names(rng, len(kinds), taken)

    cases = []
    for kind, customer in zip(kinds, customers):
        c = {"kind": kind, "customer": customer, "rule": None, "defect": None}
        # -- product and reason
        if kind in ("v_custom", "t_custom_refused"):
            prod = rng.choice(L1_CUSTOM)
        elif kind == "v_virtual":
            prod = rng.choice(L1_VIRTUAL)
        elif kind == "v_confirmed":
            prod = rng.choice(L1_CONFIRMED)
        elif kind in ("t_quality_late_sanbao",):
            prod = rng.choice(L1_BIG)
        elif kind in ("v_quality_late", "t_quality_late_serious"):
            prod = rng.choice(L1_SMALL)
        elif kind.startswith(("v_defect", "t_defect")):
            hz = rng.choice(L1_HAZARD)
            prod, c["defect"] = hz[:6], hz[6]
        else:
            prod = rng.choice(L1_BIG) if rng.random() < 0.35 else rng.choice(L1_SMALL)
        c["prod"] = prod

        # -- dates: 签收, 申请, 仓库签收, 退款
        if kind in ("t_refund_holiday", "t_open_not_due", "v_refund_open"):
            # t_refund_holiday: back in the warehouse on Sat 26 April; day 7 is 3 May (holiday) -> the period ends 6 May
            wh_day = {"t_refund_holiday": date(2025, 4, 26), "t_open_not_due": date(2025, 6, 27)}.get(
                kind, _rand_day(rng, date(2025, 5, 26), date(2025, 6, 12)))
            wh = _at(rng, wh_day, 9, 17)
            req = _at(rng, wh_day - timedelta(days=rng.randint(2, 4)), 8, 23)
            recv = _at(rng, _day(req) - timedelta(days=rng.randint(1, 4)), 9, 20)
        else:
            if kind in ("v_nr_late", "t_late_refused"):
                gap = rng.randint(9, 13)
            elif kind == "t_request_day7":
                gap = 7
            elif kind in ("v_quality_late", "t_quality_late_sanbao", "t_quality_late_serious"):
                gap = rng.randint(15, 40)
            elif kind in ("exch", "repair"):
                gap = rng.randint(2, 60)
            elif kind == "v_out_of_order":
                gap = rng.randint(3, 6)
            else:
                gap = rng.randint(0, 6)
            recv = _at(rng, _rand_day(rng, date(2025, 3, 1), min(date(2025, 5, 28), date(2025, 6, 16) - timedelta(days=gap))),
                       9, 21)
            req_day = _day(recv) + timedelta(days=gap)
            req = _at(rng, req_day, 0 if gap else recv.hour + 1, 24)
            if req <= recv:
                req = recv + timedelta(minutes=rng.randint(20, 200))
            if kind == "v_out_of_order":
                wh = _at(rng, req_day - timedelta(days=1), 9, 18)   # the buyer shipped first, applied later
            else:
                wh = _at(rng, _day(req) + timedelta(days=rng.randint(2, 5)), 9, 18)
        c["recv"], c["req"] = recv, req

        if kind in ("q_ok", "exch", "repair", "v_quality_late", "t_quality_late_sanbao", "t_quality_late_serious",
                    "t_quality_refund_slow") or kind.startswith(("v_defect", "t_defect")):
            c["reason"] = pick(rng, [("质量问题", 4), ("与描述不符", 1)]) if kind in ("q_ok", "exch") else "质量问题"
        elif kind == "wrong_item":
            c["reason"] = "发错货"
        elif kind == "v_other_reason":
            c["reason"] = "其他"
        else:
            c["reason"] = "七天无理由"

        c["type"] = {"exch": "换货", "repair": "维修"}.get(kind, "退货退款")
        c["wh"] = None if kind == "v_fast_refund" else wh   # repairs also come back through the warehouse
        refund = None
        if kind in ("nr_ok", "q_ok", "wrong_item", "v_nr_late", "v_custom", "v_virtual", "v_confirmed",
                    "v_quality_late", "t_request_day7", "t_quality_late_sanbao", "t_quality_late_serious",
                    "v_out_of_order", "v_other_reason") or kind.startswith(("v_defect", "t_defect")):
            refund = _jit(rng, max(wh, req) + timedelta(days=rng.randint(0, 3), minutes=rng.randint(30, 600)))
        elif kind == "t_refund_day7":
            refund = _at(rng, _day(wh) + timedelta(days=7), 9, 22)
        elif kind == "t_refund_holiday":
            refund = _at(rng, date(2025, 5, 6), 9, 20)
        elif kind == "t_quality_refund_slow":
            refund = _at(rng, _day(wh) + timedelta(days=rng.randint(10, 14)), 9, 20)
        elif kind == "v_refund_late":
            refund = _at(rng, _day(wh) + timedelta(days=rng.randint(10, 16)), 9, 20)
        elif kind == "v_fast_refund":
            refund = _jit(rng, req + timedelta(minutes=rng.randint(40, 300)))
        c["refund"] = refund

        # -- status
        if kind in ("t_late_refused", "t_custom_refused"):
            c["status"] = "已拒绝"
            c["wh"] = c["refund"] = None
        elif kind in ("t_open_not_due", "v_refund_open"):
            c["status"] = "待退款"
        elif kind == "exch":
            c["status"] = "换货完成"
        elif kind == "repair":
            c["status"] = "维修完成"
        else:
            c["status"] = "退款成功"

        # -- 检测结论 / 三包
        c["test"] = ""
        if c["reason"] in ("质量问题", "与描述不符") and c["type"] != "维修":
            c["test"] = rng.choice(["一般故障", "严重性能故障"]) if kind == "exch" else "一般故障"
            if kind == "t_quality_late_serious":
                c["test"] = "严重性能故障"
            if c["reason"] == "与描述不符":
                c["test"] = "未见异常"
        if c["type"] == "维修":
            c["test"] = "一般故障"

        # -- safety hazard: 隐患确认, 上报市监, 告知买家, 下架召回
        if c["defect"]:
            found = _at(rng, _day(c["req"]) + timedelta(days=1), 9, 12)   # the quality team confirms next morning
            c["found"] = found
            c["report"] = _jit(rng, found + timedelta(hours=rng.randint(2, 7)))
            c["inform"] = _jit(rng, found + timedelta(hours=rng.randint(1, 8)))
            c["measure"] = _jit(rng, found + timedelta(minutes=rng.randint(20, 200)))
            if kind == "v_defect_noreport":
                c["report"] = None
            elif kind == "v_defect_noinform":
                c["inform"] = None
            elif kind == "v_defect_nomeasure":
                c["measure"] = None

        c["rule"] = {
            "v_refund_late": "refund_7_days", "v_refund_open": "refund_7_days", "v_fast_refund": "refund_7_days-start",
            "v_nr_late": "no_reason_after_7_days", "v_custom": "no_reason_excluded_goods",
            "v_virtual": "no_reason_excluded_goods", "v_confirmed": "no_reason_confirmed_not_returnable",
            "v_quality_late": "quality_after_7_days_no_termination", "v_defect_noreport": "dangerous_defect_report",
            "v_defect_noinform": "dangerous_defect_inform_consumer", "v_defect_nomeasure": "dangerous_defect_measures",
            "v_out_of_order": "return_request-returned_goods_received", "v_other_reason": "return_basis",
        }.get(kind)
        cases.append(c)

    # nothing may have happened after the export was taken
    for c in cases:
        for k in ("wh", "refund", "found", "report", "inform", "measure"):
            if c.get(k) is not None and c[k] > CUTOFF:
                raise AssertionError(f"{c['kind']}: {k} after the cutoff")
        if c["kind"] == "v_refund_late":
            assert _late(c["refund"], c["wh"], 7)
        if c["kind"] == "v_refund_open":
            assert _late(None, c["wh"], 7)
        if c["kind"] in ("t_refund_day7", "t_refund_holiday", "t_open_not_due") or (
                c["reason"] == "七天无理由" and c["refund"] and c["wh"] and c["kind"] != "v_refund_late"):
            assert not _late(c["refund"], c["wh"], 7), c["kind"]

    cases.sort(key=lambda c: c["req"])
    numbers: set = set()
    for c in cases:
        while True:
            no = f"AS{c['req']:%y%m%d}{rng.randint(1000, 9999)}"
            if no not in numbers:
                numbers.add(no)
                break
        c["no"] = no
    # one ticket number issued twice (the ERP re-used a number after a failed sync)
    plain = [i for i, c in enumerate(cases) if c["kind"] in ("nr_ok", "q_ok")]
    i, j = sorted(rng.sample(plain, 2))
    cases[j]["no"] = cases[i]["no"]
    cases[j]["rule"] = "case_number"

    def ts(t):
        return iso(t.replace(microsecond=0)) if t else ""

    rows = []
    for c in cases:
        name, cat, price, attr, confirmed, sanbao = c["prod"]
        shop = pick(rng, L1_SHOPS)
        if c["type"] == "换货":
            what = rng.choice(L1_QUALITY_WORDS)
        elif c["reason"] == "七天无理由":
            what = rng.choice(L1_NR_WORDS)
        elif c["reason"] == "发错货":
            what = "收到的型号与下单不一致"
        elif c["reason"] == "其他":
            what = "买家未填写具体原因"
        elif c["reason"] == "与描述不符":
            what = "实物功能与详情页描述不符"
        else:
            what = rng.choice(L1_QUALITY_WORDS)
        note = ""
        if c["defect"]:
            what = c["defect"]
            note = "安全隐患件，同批次已排查"
        if c["kind"] == "v_fast_refund":
            note = "极速退款（买家发货即退款）"
        if c["kind"] == "t_late_refused":
            note = "超过七天无理由退货期，已拒绝"
        if c["kind"] == "t_custom_refused":
            note = "定制商品不支持七天无理由"
        if c["kind"] == "v_out_of_order":
            note = "买家先寄回后补申请"
        ship = c["wh"] is not None or c["kind"] in ("v_fast_refund",)
        rows.append({
            "售后单号": c["no"],
            "平台订单号": f"{rng.randint(10**17, 10**18 - 1)}" if "天猫" in shop or "抖音" in shop
            else f"{rng.randint(3 * 10**11, 4 * 10**11 - 1)}",
            "店铺": shop,
            "收货人": c["customer"],
            "手机号": mobile(rng),
            "商品名称": name,
            "商品类目": cat,
            "商品属性": attr,
            "下单确认不退": confirmed,
            "三包商品": sanbao,
            "实付金额": f"{price:.2f}",
            "签收时间": ts(c["recv"]),
            "售后类型": c["type"],
            "退货原因": c["reason"],
            "问题描述": what,
            "申请时间": ts(c["req"]),
            "退回物流单号": (rng.choice(["SF", "JDV", "YT"]) + str(rng.randint(10**11, 10**12 - 1))) if ship else "",
            "仓库签收时间": ts(c["wh"]),
            "检测结论": c["test"],
            "退款时间": ts(c["refund"]),
            "退款金额": f"{price:.2f}" if c["refund"] else "",
            "售后状态": c["status"],
            "客服": rng.choice(staff),
            "安全隐患": "是" if c["defect"] else "否",
            "隐患确认时间": ts(c.get("found")),
            "上报市监时间": ts(c.get("report")),
            "告知买家时间": ts(c.get("inform")),
            "下架召回时间": ts(c.get("measure")),
            "备注": note,
        })
        if injected is not None and c["rule"]:
            injected.append((c["no"], c["rule"]))

    hand = {
        "procedure": "l1-consumer-rights-protection-law",
        "columns": {
            "售后单号": "case_number",
            "签收时间": "goods_received_at",
            "申请时间": "return_request_at",
            "仓库签收时间": "returned_goods_received_at",
            "退款时间": "refund_at",
            "退货原因": "return_basis",
            "商品属性": "goods_type",
            "下单确认不退": "confirmed_not_returnable",
            "三包商品": "state_rule_or_agreement",
            "检测结论": "contract_termination_conditions_met",
            "安全隐患": "defect_endangers_safety",
            "隐患确认时间": "discover_defect_at",
            "上报市监时间": "report_defect_at",
            "告知买家时间": "inform_consumer_defect_at",
            "下架召回时间": "defect_measures_at",
        },
        "values": {
            # 发错货 is neither a quality defect nor a no-reason return: not applicable; 其他 is left for a person
            "return_basis": {"七天无理由": "no_reason", "质量问题": "quality", "与描述不符": "quality", "发错货": ""},
            "goods_type": {"常规": "other", "定制": "custom_made", "虚拟": "digital_downloaded_or_opened"},
            "confirmed_not_returnable": {"是": True, "否": False},
            "state_rule_or_agreement": {"是": True, "否": False},
            "contract_termination_conditions_met": {"严重性能故障": True, "一般故障": False, "未见异常": False},
            "defect_endangers_safety": {"是": True, "否": False},
        },
    }
    return rows, hand


# --- 275: property insurer's city branch, complaint ledger from the customer-service system (L3) ---------------

L3_CHANNELS = [("95xxx客服热线", 6), ("柜面", 2), ("官网在线", 2), ("来信", 1)]
L3_LINES = [("车险", 6), ("家财险", 2), ("意外险", 2), ("健康险", 2), ("宠物险", 1)]
L3_MATTERS = {
    "车险": ["定损金额低于维修报价", "理赔款迟迟未到账", "续保时被搭售驾乘意外险", "推修厂维修质量差"],
    "家财险": ["暴雨浸水损失拒赔", "管道爆裂理赔金额争议", "理赔资料反复补交"],
    "意外险": ["意外医疗报销比例争议", "伤残等级认定争议"],
    "健康险": ["既往症拒赔", "销售时未说明等待期", "退保金额争议"],
    "宠物险": ["宠物医院发票不认可", "理赔时效慢"],
}
L3_RESPONDENTS = {"车险": ["车险理赔部", "车险部", "合作修理厂"], "家财险": ["非车理赔部", "个人业务部"],
                  "意外险": ["非车理赔部", "营销服务部"], "健康险": ["健康险部", "营销服务部", "银保渠道部"],
                  "宠物险": ["非车理赔部", "互联网业务部"]}
L3_CHECKED = {"车险": ["调取定损照片及维修清单", "复勘车辆并核对维修报价"], "家财险": ["查勘现场照片并核对损失清单"],
              "意外险": ["核对病历及发票", "调阅伤残鉴定材料"], "健康险": ["调阅投保单及双录视频", "核对病历及条款约定"],
              "宠物险": ["核对宠物医院发票及诊疗记录"]}
L3_BASIS = {"车险": ["机动车损失保险条款第十一条", "机动车商业保险示范条款第二十二条"],
            "家财险": ["家庭财产保险条款第六条"], "意外险": ["意外伤害保险条款第九条", "人身保险伤残评定标准"],
            "健康险": ["保险法第十六条", "医疗保险条款第四条（等待期）"], "宠物险": ["宠物医疗保险条款第七条"]}


def _d(d):
    return datetime(d.year, d.month, d.day) if d else None


def e275_l3_insurer_complaint_ledger(rng, injected=None):
    """安和财产保险股份有限公司苏州中心支公司客户服务部的消费投诉台账，客户服务管理系统按月导出的 XLSX（工作表
    “导出”），每件投诉一行，日期都是日期单元格（台账只记日期）。上级机构是江苏分公司。

    读制度 YAML 之前写下的表头（只读了银行业保险业消费投诉处理管理办法原文）：投诉编号、登记日期、投诉渠道、投诉人、
    联系电话、险种、保单号、投诉事由、被投诉对象、承办部门、承办人、复杂程度、延期审批人、延期审批日期、办结方式、
    办结日期、告知方式、同意调解、调解申请日期、送鉴日期、客户签收日期、核查申请日期、核查结论日期。

    读过制度 YAML 后补的列：监管登记日期、监管转送日期（监管转办件转办单上的两个日期）、身份核验日期、核实日期、
    核实人岗位、延期告知日期、鉴定完成日期、鉴定告知日期、调解结束日期、补充材料日期、灾害事故引发、面访人数、
    监管认定重大、重大投诉上报日期、核实情况、处理依据、救济途径告知、告知留痕、客户失联、分公司收件日期、核查机构。

    注入的违规（按规则 id 计数，共 18）：decide 4（一般件超15日、复杂件超30日、疑难件有审批却没有告知客户延期
    因而按30日计超时、一件5月登记至今未办结）、appraisal_notice 1、mediation_application 1、major_reported 1、
    forward_7_working_days 1、review_decide 1、review_after_30_days 1、extension_approved_by_named_level 1
    （中支总经理批的延期）、review_by_superior_institution 1（核查机构写成本中支）、step-verify 1（由被投诉部门核实）、
    identity_verified 1、decision_findings 1、decision_remedies 1、notice_evidence 1、verify-notify_decision 1
    （核实日期晚于办结日期）。

    陷阱：一般件第15日告知；复杂件第28日告知；疑难件经分公司审批并告知客户后第50日告知；鉴定18天不计入、第30日告知；
    调解期间不计入；处理期限内收到补充材料、期限重新计算；撤诉件第22日撤诉、没有处理决定也没有身份核验；客户失联
    没有告知留痕；6月下旬登记尚未到期；鉴定进行中的未办结件（期限中止）；23人面访的群体投诉已上报；客户签收后恰好
    第30日申请核查；监管转办件跨五一假期在第7个工作日转送。
    """
    taken: set = set()
    handlers = distinct_names(rng, 4, taken)
    kinds = (["ok_simple"] * 12 + ["ok_complex"] * 4 + ["ok_regulator"] * 2 + ["ok_review", "withdrawn", "declined"]
             + ["t_day15", "t_complex_28", "t_special_ok", "t_appraisal_pause", "t_mediation_pause", "t_new_material",
                "t_withdraw_late", "t_open_not_due", "t_unreachable", "t_paused_open", "t_major_ok", "t_review_day30",
                "t_forward_holiday"]
             + ["v_late_simple", "v_late_complex", "v_special_no_notice", "v_open_overdue", "v_appraisal_no_notice",
                "v_mediation_no_apply", "v_major_no_report", "v_forward_late", "v_review_late", "v_review_after_30",
                "v_ext_wrong_level", "v_review_by_self", "v_verify_by_party", "v_no_identity", "v_no_findings",
                "v_no_remedies", "v_no_evidence", "v_verify_after_notify"])
    rng.shuffle(kinds)
    people = distinct_names(rng, len(kinds), taken)
    rules = {
        "v_late_simple": "decide", "v_late_complex": "decide", "v_special_no_notice": "decide",
        "v_open_overdue": "decide", "v_appraisal_no_notice": "appraisal_notice",
        "v_mediation_no_apply": "mediation_application", "v_major_no_report": "major_reported",
        "v_forward_late": "forward_7_working_days", "v_review_late": "review_decide",
        "v_review_after_30": "review_after_30_days", "v_ext_wrong_level": "extension_approved_by_named_level",
        "v_review_by_self": "review_by_superior_institution", "v_verify_by_party": "step-verify",
        "v_no_identity": "identity_verified", "v_no_findings": "decision_findings",
        "v_no_remedies": "decision_remedies", "v_no_evidence": "notice_evidence",
        "v_verify_after_notify": "verify-notify_decision",
    }

    cases = []
    for kind, person in zip(kinds, people):
        c = {"kind": kind, "person": person, "rule": rules.get(kind)}
        line = pick(rng, L3_LINES)
        if kind in ("v_major_no_report",):
            line = "车险"
        if kind in ("t_major_ok",):
            line = "健康险"
        c["line"] = line
        c["channel"] = pick(rng, L3_CHANNELS)
        c["complexity"] = "一般"
        # -- received
        if kind == "t_open_not_due":
            recv = _rand_day(rng, date(2025, 6, 17), date(2025, 6, 25))
        elif kind == "v_open_overdue":
            recv = _rand_day(rng, date(2025, 5, 6), date(2025, 5, 28))
        elif kind == "t_paused_open":
            recv = _rand_day(rng, date(2025, 4, 21), date(2025, 5, 9))
        elif kind == "v_major_no_report":
            recv = _rand_day(rng, date(2025, 6, 3), date(2025, 6, 10))   # after the early-June rainstorm
        elif kind in ("t_special_ok", "v_special_no_notice", "v_ext_wrong_level", "t_mediation_pause"):
            recv = _rand_day(rng, date(2025, 2, 10), date(2025, 4, 10))
        elif kind in ("ok_review", "v_review_late", "v_review_after_30", "v_review_by_self", "t_review_day30"):
            recv = _rand_day(rng, date(2025, 2, 10), date(2025, 3, 10))
        elif kind == "t_forward_holiday":
            reg = date(2025, 4, 28)
            recv = None
        else:
            recv = _rand_day(rng, date(2025, 2, 10), date(2025, 5, 25))

        # -- regulator transfers
        c["reg"] = c["fwd"] = None
        if kind in ("ok_regulator", "v_forward_late", "t_forward_holiday"):
            c["channel"] = "监管转办"
            if kind == "t_forward_holiday":
                c["reg"] = reg
                c["fwd"] = nth_workday_after(reg, 7)
            else:
                reg = recv - timedelta(days=20)
                while not workday(reg):
                    reg -= timedelta(days=1)
                c["reg"] = reg
                c["fwd"] = nth_workday_after(reg, rng.randint(10, 13) if kind == "v_forward_late" else rng.randint(2, 6))
            recv = c["fwd"] + timedelta(days=rng.randint(0, 1))
        c["recv"] = recv
        if kind in ("t_major_ok",):
            c["channel"] = "柜面"

        ident = recv + timedelta(days=rng.randint(0, 1))
        verify = ident + timedelta(days=rng.randint(1, 3))
        c.update(ident=ident, verify=verify, verify_by=pick(rng, [("消保岗", 3), ("客服中心", 2)]),
                 appr_by=None, appr=None, ext_note=None, ap_start=None, ap_end=None, ap_note=None,
                 med_agree="否", med_apply=None, med_end=None, new_mat=None, disaster="否", crowd=None,
                 reg_major="否", major_report=None, outcome=None, closed=None, findings=True,
                 remedies=True, evidence=True, unreachable="否", signed=None, rev_apply=None, rev_recv=None,
                 rev_by=None, rev_dec=None)

        # -- when the decision was notified (days after receiving)
        if kind in ("ok_simple", "ok_regulator", "t_unreachable", "t_forward_holiday", "v_forward_late",
                    "v_verify_by_party", "v_no_identity", "v_no_findings", "v_no_remedies", "v_no_evidence",
                    "v_verify_after_notify", "ok_review", "v_review_late", "v_review_after_30", "v_review_by_self",
                    "t_review_day30", "v_major_no_report", "t_major_ok"):
            days = rng.randint(verify.toordinal() - recv.toordinal() + 1, 13)
        elif kind == "ok_complex":
            c["complexity"] = "复杂"
            days = rng.randint(16, 27)
        elif kind == "t_day15":
            days = 15
        elif kind == "t_complex_28":
            c["complexity"] = "复杂"
            days = 28
        elif kind == "v_late_simple":
            days = rng.randint(19, 24)
        elif kind == "v_late_complex":
            c["complexity"] = "复杂"
            days = rng.randint(35, 42)
        elif kind in ("t_special_ok", "v_special_no_notice", "v_ext_wrong_level"):
            c["complexity"] = "疑难"
            c["appr"] = recv + timedelta(days=rng.randint(22, 27))
            c["appr_by"] = {"v_ext_wrong_level": "中支总经理"}.get(
                kind, pick(rng, [("江苏分公司分管副总", 3), ("总公司消保部总经理", 1)]))
            c["ext_note"] = None if kind == "v_special_no_notice" else c["appr"] + timedelta(days=rng.randint(0, 2))
            days = rng.randint(42, 52) if kind != "t_special_ok" else 50
        elif kind in ("t_appraisal_pause", "v_appraisal_no_notice"):
            c["ap_start"] = verify + timedelta(days=rng.randint(1, 3))
            c["ap_end"] = c["ap_start"] + timedelta(days=18 if kind == "t_appraisal_pause" else rng.randint(10, 20))
            c["ap_note"] = None if kind == "v_appraisal_no_notice" else c["ap_start"] + timedelta(days=1)
            shift = (c["ap_end"] - c["ap_start"]).days
            days = 30 if kind == "t_appraisal_pause" else rng.randint(shift + 4, shift + 14)
        elif kind == "t_mediation_pause":
            c["complexity"] = "复杂"
            c["med_agree"] = "是"
            c["med_apply"] = verify + timedelta(days=rng.randint(2, 4))
            c["med_end"] = c["med_apply"] + timedelta(days=rng.randint(24, 30))
            days = (c["med_end"] - recv).days + rng.randint(3, 6)
        elif kind == "v_mediation_no_apply":
            c["complexity"] = "复杂"
            c["med_agree"] = "是"
            days = rng.randint(16, 26)
        elif kind == "t_new_material":
            c["new_mat"] = recv + timedelta(days=rng.randint(8, 11))
            days = (c["new_mat"] - recv).days + rng.randint(11, 14)
        elif kind in ("withdrawn", "t_withdraw_late", "declined"):
            days = {"withdrawn": rng.randint(3, 12), "t_withdraw_late": 22, "declined": rng.randint(4, 8)}[kind]
        else:   # still open: v_open_overdue, t_open_not_due, t_paused_open
            days = None

        if kind == "t_paused_open":
            c["complexity"] = "复杂"
            c["ap_start"] = verify + timedelta(days=rng.randint(2, 5))
            c["ap_note"] = c["ap_start"] + timedelta(days=1)

        if days is not None:
            c["closed"] = recv + timedelta(days=days)
            c["outcome"] = {"withdrawn": "撤诉", "t_withdraw_late": "撤诉", "declined": "不予办理"}.get(kind, "处理决定告知")
        if kind == "t_withdraw_late":
            c["ident"] = None
            c["verify"] = None
        if kind == "withdrawn" and c["verify"] >= c["closed"]:
            c["verify"] = None
        if kind == "declined":
            c["verify"] = None

        # -- majors
        if kind == "v_major_no_report":
            c["disaster"] = "是"
        if kind == "t_major_ok":
            c["crowd"] = 23
            c["major_report"] = recv + timedelta(days=rng.randint(0, 1))
        elif c["channel"] == "柜面":
            c["crowd"] = rng.choice([1, 1, 1, 2, 3])

        # -- notice contents
        if kind == "v_no_findings":
            c["findings"] = False
        if kind == "v_no_remedies":
            c["remedies"] = False
        if kind == "v_no_evidence":
            c["evidence"] = False
        if kind == "t_unreachable":
            c["unreachable"] = "是"
            c["evidence"] = False
        if kind == "v_no_identity":
            c["ident"] = None
        if kind == "v_verify_by_party":
            c["verify_by"] = "被投诉部门"
        if kind == "v_verify_after_notify":
            c["verify"] = c["closed"] + timedelta(days=rng.randint(1, 3))

        # -- reviews by the Jiangsu branch
        if kind in ("ok_review", "v_review_late", "v_review_after_30", "v_review_by_self", "t_review_day30"):
            c["signed"] = c["closed"] + timedelta(days=rng.randint(1, 4))
            gap = {"v_review_after_30": rng.randint(35, 40), "t_review_day30": 30}.get(kind, rng.randint(5, 25))
            c["rev_apply"] = c["signed"] + timedelta(days=gap)
            c["rev_recv"] = c["rev_apply"] + timedelta(days=rng.randint(1, 3))
            took = rng.randint(38, 45) if kind == "v_review_late" else rng.randint(10, 28)
            c["rev_dec"] = c["rev_recv"] + timedelta(days=took)
            c["rev_by"] = "苏州中支" if kind == "v_review_by_self" else "江苏分公司"
        elif c["outcome"] == "处理决定告知" and rng.random() < 0.3:
            c["signed"] = c["closed"] + timedelta(days=rng.randint(1, 5))
        cases.append(c)

    # checks of the generator against the rule's arithmetic (calendar days, last day moved off rest days)
    for c in cases:
        k = c["kind"]
        for key in ("closed", "rev_dec", "signed", "verify", "ap_end", "med_end", "appr", "ext_note"):
            if c.get(key) is not None:
                assert c[key] <= date(2025, 6, 30), (k, key)
        if c["outcome"] == "处理决定告知" or c["outcome"] is None:
            start = c["recv"]
            n = {"一般": 15, "复杂": 30, "疑难": 30}[c["complexity"]]
            if c["complexity"] == "疑难" and c["appr"] and c["ext_note"]:
                n = 60
            if c["new_mat"]:
                start = c["new_mat"]
            shift = 0
            if c["ap_start"] and c["ap_end"]:
                shift += (c["ap_end"] - max(c["ap_start"], start)).days
            if c["med_apply"] and c["med_end"]:
                shift += (c["med_end"] - max(c["med_apply"], start)).days
            paused = c["ap_start"] is not None and c["ap_end"] is None
            late = not paused and _late(c["closed"], start + timedelta(days=shift), n)
            assert late == (c["rule"] == "decide"), (k, c["recv"], c["closed"])
        if c["rev_recv"]:
            assert _late(c["rev_dec"], c["rev_recv"], 30) == (k == "v_review_late"), k
        if c["reg"]:
            assert (c["fwd"] > nth_workday_after(c["reg"], 7)) == (k == "v_forward_late"), k

    cases.sort(key=lambda c: (c["recv"], c["person"]))
    counter: dict = {}
    for c in cases:
        counter[c["recv"].month] = counter.get(c["recv"].month, 0) + rng.randint(1, 4)
        c["no"] = f"TS-SZ-2025{c['recv'].month:02d}-{counter[c['recv'].month]:04d}"

    def findings(c):
        return "经" + rng.choice(L3_CHECKED[c["line"]]) + "，" + \
            rng.choice(["投诉所述部分属实", "投诉所述属实", "投诉所述与事实不符", "原处理符合条款约定"])

    rows = []
    for c in cases:
        closed_decision = c["outcome"] == "处理决定告知"
        how = rng.choice(["电话", "电话", "短信", "书面"]) if closed_decision else ""
        evidence = ""
        if closed_decision and c["evidence"]:
            evidence = {"电话": f"录音LY{rng.randint(10**7, 10**8 - 1)}", "短信": "短信发送回执已存档",
                        "书面": f"EMS{rng.randint(10**11, 10**12 - 1)}"}[how]
        rows.append({
            "投诉编号": c["no"],
            "登记日期": _d(c["recv"]),
            "投诉渠道": c["channel"],
            "监管登记日期": _d(c["reg"]),
            "监管转送日期": _d(c["fwd"]),
            "投诉人": c["person"],
            "联系电话": mobile(rng),
            "险种": c["line"],
            "保单号": f"P{rng.choice(['DAA', 'DZA', 'EAC', 'EJB'])}2024320500{rng.randint(100000, 999999)}",
            "投诉事由": rng.choice(L3_MATTERS[c["line"]]) if c["kind"] != "v_major_no_report" else "暴雨车辆泡水全损理赔争议",
            "被投诉对象": rng.choice(L3_RESPONDENTS[c["line"]]),
            "承办部门": "客户服务部",
            "承办人": rng.choice(handlers),
            "身份核验日期": _d(c["ident"]),
            "核实日期": _d(c["verify"]),
            "核实人岗位": c["verify_by"] if c["verify"] else None,
            "复杂程度": c["complexity"],
            "延期审批人": c["appr_by"],
            "延期审批日期": _d(c["appr"]),
            "延期告知日期": _d(c["ext_note"]),
            "送鉴日期": _d(c["ap_start"]),
            "鉴定完成日期": _d(c["ap_end"]),
            "鉴定告知日期": _d(c["ap_note"]),
            "同意调解": c["med_agree"],
            "调解申请日期": _d(c["med_apply"]),
            "调解结束日期": _d(c["med_end"]),
            "补充材料日期": _d(c["new_mat"]),
            "灾害事故引发": c["disaster"],
            "面访人数": c["crowd"],
            "监管认定重大": c["reg_major"],
            "重大投诉上报日期": _d(c["major_report"]),
            "办结方式": c["outcome"],
            "办结日期": _d(c["closed"]),
            "核实情况": findings(c) if closed_decision and c["findings"] else None,
            "处理依据": rng.choice(L3_BASIS[c["line"]]) if closed_decision else None,
            "救济途径告知": "可向江苏分公司申请核查，或申请银保调解中心调解、仲裁、诉讼"
            if closed_decision and c["remedies"] else None,
            "告知方式": how or None,
            "告知留痕": evidence or None,
            "客户失联": c["unreachable"],
            "客户签收日期": _d(c["signed"]),
            "核查申请日期": _d(c["rev_apply"]),
            "分公司收件日期": _d(c["rev_recv"]),
            "核查机构": c["rev_by"],
            "核查结论日期": _d(c["rev_dec"]),
        })
        if injected is not None and c["rule"]:
            injected.append((c["no"], c["rule"]))

    hand = {
        "procedure": "l3-banking-insurance-complaints",
        "sheet": "导出",
        "columns": {
            "投诉编号": "case_number",
            "登记日期": "receive_at",
            "监管登记日期": "regulator_receive_at",
            "监管转送日期": "forward_at",
            "投诉人": "complainant",
            "联系电话": "contact_phone",
            "投诉事由": "content",
            "身份核验日期": "verify_identity_at",
            "核实日期": "verify_at",
            "核实人岗位": "verify_by",
            "复杂程度": "complexity",
            "延期审批人": "approve_extension_by",
            "延期审批日期": "approve_extension_at",
            "延期告知日期": "extension_notified_at",
            "送鉴日期": "appraisal_started_at",
            "鉴定完成日期": "appraisal_ended_at",
            "鉴定告知日期": "appraisal_notified_at",
            "同意调解": "mediation_agreed",
            "调解申请日期": "apply_mediation_at",
            "调解结束日期": "mediation_ended_at",
            "补充材料日期": "new_material_received_at",
            "灾害事故引发": "caused_by_major_event",
            "面访人数": "complainants_in_person",
            "监管认定重大": "regulator_designated_major",
            "重大投诉上报日期": "report_major_at",
            "核实情况": "verification_findings",
            "处理依据": "decision_basis",
            "救济途径告知": "remedies_stated",
            "告知留痕": "notice_evidence",
            "客户失联": "complainant_unreachable",
            "客户签收日期": "decision_received_at",
            "核查申请日期": "apply_review_at",
            "分公司收件日期": "receive_review_at",
            "核查机构": "review_decision_by",
            "核查结论日期": "review_decision_at",
        },
        "values": {
            "complexity": {"一般": "simple", "复杂": "complex", "疑难": "special"},
            "mediation_agreed": {"是": True, "否": False},
            "complainant_unreachable": {"是": True, "否": False},
            "caused_by_major_event": {"是": True, "否": False},
            "regulator_designated_major": {"是": True, "否": False},
        },
        "roles": {
            "消保岗": "independent_verifier",
            "客服中心": "independent_verifier",
            "被投诉部门": "institution",
            "江苏分公司分管副总": "superior_institution",
            "总公司消保部总经理": "head_office_executive",
            "中支总经理": "institution",
            "江苏分公司": "superior_institution",
            "苏州中支": "institution",
        },
        "outcomes": {
            "办结方式": {"date": "办结日期",
                         "steps": {"处理决定告知": "notify_decision", "撤诉": "withdraw", "不予办理": "decline"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("274-l1-eshop-aftersales-erp.csv", "utf-8-sig", e274_l1_eshop_aftersales_erp),
    ("275-l3-insurer-complaint-ledger.xlsx", "xlsx", e275_l3_insurer_complaint_ledger),
]
