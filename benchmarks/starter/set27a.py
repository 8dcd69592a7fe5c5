"""Starter-profile benchmark exports 154-155 (set 27a), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 154 155    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


# --- 154: L1, a home-furnishing and appliance retailer's after-sales / returns register -----------------------------

def _due(d, n):
    """Last day of an n-natural-day period counted from the day after d; a last day off work moves to the next
    working day (民法典第二百零三条)."""
    d = d + timedelta(days=n)
    while not workday(d):
        d += timedelta(days=1)
    return d


def _at(d, rng, lo=9, hi=20):
    """A time on day d inside opening hours."""
    return datetime(d.year, d.month, d.day, rng.randint(lo, hi), rng.choice(range(0, 60)))


_154_GOODS = [
    # 品类, 商品名称, 价格区间, 三包, 可定制
    ("大家电", "对开门冰箱 BCD-520W", (3999, 6999), "是", False),
    ("大家电", "滚筒洗衣机 10公斤", (2599, 4299), "是", False),
    ("大家电", "变频空调挂机 1.5匹", (2699, 3899), "是", False),
    ("大家电", "65英寸液晶电视", (3299, 5999), "是", False),
    ("厨卫电器", "燃气热水器 16升", (1899, 3299), "是", False),
    ("厨卫电器", "嵌入式燃气灶", (1299, 2599), "是", False),
    ("厨卫电器", "侧吸式油烟机", (1999, 3599), "是", False),
    ("小家电", "电饭煲 4L", (299, 799), "是", False),
    ("小家电", "无线吸尘器", (999, 2499), "是", False),
    ("小家电", "油汀电暖器", (399, 899), "是", False),
    ("家具", "布艺沙发 三人位", (3999, 8999), "否", True),
    ("家具", "实木餐桌 1.6米", (2499, 4999), "否", True),
    ("家具", "乳胶弹簧床垫 1.8米", (1999, 5999), "否", False),
    ("家具", "推拉门衣柜", (3599, 9999), "否", True),
    ("布艺", "遮光窗帘（按尺寸）", (699, 2499), "否", True),
    ("灯具", "客厅吸顶灯", (499, 1599), "否", False),
]

_154_STORES = ["南京河西万达店", "南京江宁店", "苏州园区店", "无锡滨湖店"]
_154_ONLINE = [("天猫旗舰店", "居然优选天猫旗舰店"), ("微信小程序", "居然优选小程序商城"), ("电话订购", "客服中心电话订购")]


def e154_l1_home_appliance_aftersales(rng, injected=None):
    """L1 消费者权益保护法; XLSX exported from the retailer's OMS/ERP 售后工单 module (stores + 天猫/小程序 online shop).

    System: 居家电器连锁的“售后服务单”报表，一行一张售后单。日期时间是 Excel 日期单元格（系统导出为真日期）。
    Headers written down from the law text alone (step 1):
    售后单号, 原订单号, 销售渠道, 门店/店铺, 顾客姓名, 联系电话, 商品编码, 商品名称, 品类, 数量, 实付金额,
    下单时间, 签收时间, 申请时间, 售后类型, 申请原因, 七天无理由, 商品状态, 审核结果, 审核人, 审核时间,
    退货入库时间, 退款时间, 退款金额, 运费承担, 售后状态, 备注, 创建人
    读过制度 YAML 后补的列：商品属性（标准品/定制品/清仓特价）, 三包（是/否）, 解约判定（超七日质量退货由售后主管判定）,
    安全隐患, 隐患确认时间, 报市场监管时间, 通知同批顾客时间, 下架召回时间

    Injected (hand audit, by rule id): CK104 refund_7_days ×4 (三单入库后 9–14 天才退款，一单入库 6/20 至今未退),
    CK105 no_reason_after_7_days ×2, CK105 no_reason_excluded_goods ×2 (定制品按七天无理由退款),
    CK105 no_reason_confirmed_not_returnable ×1 (床垫下单时已确认拆封不退), CK105 quality_after_7_days_no_termination ×1,
    CK101 dangerous_defect_report ×1, CK101 dangerous_defect_inform_consumer ×1, CK101 dangerous_defect_measures ×1,
    CK101 refund_7_days-start ×1 (极速退款先退款、货未入库) — 14 in all.
    Traps (no finding): 入库 4/24、5/6 退款（第七日 5/1 逢假期顺延）; 签收后第 7 天申请无理由退货; 三包家电 20 天后质量退货;
    家具超七日质量退货但判定符合解约条件; 定制沙发质量问题退款; 清仓特价品无理由退货; 门店承诺退货（不是法定依据）;
    未发货取消的仅退款（没有入库）; 6/26 入库尚未退款（未到期）; 一件安全隐患商品报告、告知、下架均已做。
    """
    notes = []
    note = notes.append
    staff_cs = distinct_names(rng, 4, set())          # 客服专员（线上）
    store_staff = {s: distinct_names(rng, 1, set(staff_cs))[0] for s in _154_STORES}
    supervisor = "售后主管" + distinct_names(rng, 1, set(staff_cs))[0]

    plan = (["nr_ok"] * 8 + ["nr_late_refund"] * 3 + ["nr_open_overdue", "nr_open_ok", "nr_holiday", "nr_day7"]
            + ["nr_after7"] * 2 + ["nr_custom"] * 2 + ["nr_confirmed", "nr_clearance", "nr_no_receipt"]
            + ["cancel_unshipped"] * 2 + ["q_store_refund"] * 3
            + ["q_3bao_late", "q_furn_late_ok", "q_furn_late_bad", "q_custom"]
            + ["exchange"] * 4 + ["repair"] * 4 + ["store_goodwill"]
            + ["safety_ok", "safety_no_report", "safety_no_inform", "safety_no_measures"] + ["missing_parts"] * 2)
    rng.shuffle(plan)
    # spread the request days over January–late June
    days = sorted(date(2025, 1, 3) + timedelta(days=rng.randint(0, 170)) for _ in plan)
    late_refund_gaps = [9, 11, 14]
    after7_gaps = [9, 12]

    rows = []
    for i, (kind, req_day) in enumerate(zip(plan, days)):
        if kind not in ("nr_ok", "q_store_refund", "exchange", "repair", "missing_parts") and req_day > date(2025, 6, 6):
            req_day = date(2025, 1, 8) + timedelta(days=rng.randint(0, 140))   # these need time to play out
        if kind.startswith("nr_") or kind in ("cancel_unshipped", "missing_parts"):
            online = True
        elif kind in ("q_store_refund", "store_goodwill") or kind.startswith("safety"):
            online = False
        elif kind == "repair":
            online = rng.random() < 0.3
        else:
            online = rng.random() < 0.5
        plain = [g for g in _154_GOODS if not g[4] and "床垫" not in g[1]]
        if kind in ("nr_custom", "q_custom"):
            goods = rng.choice([g for g in _154_GOODS if g[4]])
        elif kind in ("nr_confirmed", "q_furn_late_ok"):
            goods = next(g for g in _154_GOODS if "床垫" in g[1])
        elif kind == "q_furn_late_bad":
            goods = next(g for g in _154_GOODS if g[0] == "灯具")
        elif kind == "q_3bao_late":
            goods = rng.choice([g for g in _154_GOODS if g[3] == "是" and g[0] != "小家电"])
        elif kind.startswith("safety"):
            goods = rng.choice([g for g in _154_GOODS if g[1] in ("燃气热水器 16升", "嵌入式燃气灶", "油汀电暖器")])
        elif kind == "repair":
            goods = rng.choice([g for g in _154_GOODS if g[3] == "是"])
        elif kind.startswith("nr_"):
            goods = rng.choice(plain)
        else:
            goods = rng.choice([g for g in _154_GOODS if "床垫" not in g[1]])
        cat, gname, (plo, phi), sanbao, _custom = goods
        attr = "定制品" if kind in ("nr_custom", "q_custom") else ("清仓特价" if kind == "nr_clearance" else "标准品")
        if attr == "标准品" and _custom and rng.random() < 0.5 and not kind.startswith("nr_"):
            attr = "定制品"
        flag = "支持"
        if attr == "定制品":
            flag = "不支持（定制商品）"
        if "床垫" in gname:
            flag = "不支持（下单确认）"   # 真空压缩床垫：下单页勾选“拆封后不支持七天无理由”
        if not online:
            flag = "—"   # 门店销售不设七天无理由标识
        price = float(rng.randint(plo // 10, phi // 10) * 10 - 1)

        # received (签收) relative to the request
        if kind in ("nr_after7",):
            gap = after7_gaps.pop()
        elif kind == "nr_day7":
            gap = 7
        elif kind.startswith("nr_"):
            gap = rng.randint(1, 6)
        elif kind == "q_3bao_late":
            gap = 20
        elif kind in ("q_furn_late_ok", "q_furn_late_bad"):
            gap = rng.randint(24, 40)
        elif kind in ("repair",) or kind.startswith("safety"):
            gap = rng.randint(25, 90)
        else:
            gap = rng.randint(1, 6)
        if kind == "nr_holiday":
            req_day = date(2025, 4, 17)
        if kind == "nr_open_overdue":
            req_day = date(2025, 6, 14)
        if kind == "nr_open_ok":
            req_day = date(2025, 6, 21)
        if kind == "cancel_unshipped":
            recv = None
        else:
            recv = _at(req_day - timedelta(days=gap), rng, 9, 19)
        order_t = _at((recv.date() if recv else req_day) - timedelta(days=rng.randint(2, 9)), rng, 8, 22)
        req = _at(req_day, rng, 9, 21)
        if recv and req <= recv:
            req = recv + timedelta(hours=rng.randint(2, 6))

        aftersale = "退货退款"
        reason = "七天无理由"
        if kind.startswith("nr_"):
            reason = rng.choice(["七天无理由", "七天无理由", "拍错/不想要了"])
        if kind == "cancel_unshipped":
            aftersale, reason = "仅退款", "未发货取消"
        if kind.startswith("q_") or kind.startswith("safety"):
            reason = rng.choice(["质量问题", "质量问题", "与描述不符"]) if not kind.startswith("safety") else "质量问题"
        if kind == "store_goodwill":
            reason = "门店承诺退换"
        if kind == "exchange":
            aftersale, reason = "换货", rng.choice(["质量问题", "尺寸/颜色不合适", "物流破损"])
        if kind == "repair":
            aftersale, reason = "维修", "质量问题"
        if kind == "missing_parts":
            aftersale, reason = "补发", "少件/错发"
        if kind == "safety_ok" or kind == "safety_no_measures":
            aftersale = "退货退款"
        elif kind.startswith("safety"):
            aftersale = "维修"

        audit_t = req + timedelta(hours=rng.randint(1, 20))
        if audit_t.hour >= 22:
            audit_t = (audit_t + timedelta(days=1)).replace(hour=9)
        elif audit_t.hour < 9:
            audit_t = audit_t.replace(hour=9)
        received_back = refund = None
        status = "已完成"
        state = rng.choice(["完好", "已拆封", "外包装破损"]) if aftersale in ("退货退款", "换货") else ""
        freight = ""
        remark = ""

        if aftersale in ("退货退款", "换货") and kind != "cancel_unshipped":
            back_day = audit_t.date() + timedelta(days=rng.randint(1, 4))
            if kind == "nr_holiday":
                back_day = date(2025, 4, 24)
            if kind == "nr_open_overdue":
                back_day = date(2025, 6, 20)
            if kind == "nr_open_ok":
                back_day = date(2025, 6, 26)
            if not online:
                back_day = audit_t.date()   # 门店当场收回
            received_back = _at(back_day, rng, 9, 18)
            if received_back < audit_t:
                received_back = audit_t + timedelta(hours=1)
        if aftersale == "退货退款":
            if kind == "nr_late_refund":
                gap_r = late_refund_gaps.pop()
                refund = _at(received_back.date() + timedelta(days=gap_r), rng, 10, 17)
                assert refund.date() > _due(received_back.date(), 7)
                remark = rng.choice(["财务月底集中打款", "退款审核积压", "顾客催款后才退"])
                note((i, "CK104 refund_7_days"))
            elif kind == "nr_holiday":
                refund = datetime(2025, 5, 6, 10, 25)
                remark = "五一假期后财务打款"
            elif kind in ("nr_open_overdue", "nr_open_ok"):
                refund = None
                status = "退款中"
                if kind == "nr_open_overdue":
                    note((i, "CK104 refund_7_days (open)"))
            elif kind == "nr_no_receipt":
                received_back = None
                refund = audit_t + timedelta(minutes=rng.randint(5, 50))
                remark = "超级会员极速退款，先退款后寄回，仓库未登记入库"
                note((i, "CK101 refund_7_days-start"))
            else:
                refund = received_back + timedelta(hours=rng.randint(2, 96))
                if refund.date() > _due(received_back.date(), 7):
                    refund = received_back + timedelta(hours=20)
                refund = refund.replace(hour=min(max(refund.hour, 9), 21))
                if refund < received_back:
                    refund = received_back + timedelta(minutes=30)
        if kind == "cancel_unshipped":
            refund = audit_t
            remark = "订单未出库，拦截后原路退款"
        if kind == "nr_after7":
            remark = "超过七天，客服经主管同意破例办理"
            note((i, "CK105 no_reason_after_7_days"))
        if kind == "nr_custom":
            remark = "定制商品，顾客坚持退货，店长特批"
            note((i, "CK105 no_reason_excluded_goods"))
        if kind == "nr_confirmed":
            remark = "床垫已拆封，顾客投诉后同意退货"
            note((i, "CK105 no_reason_confirmed_not_returnable"))
        if kind == "nr_clearance":
            remark = "清仓特价商品，按七天无理由办理"
        if kind.startswith("nr_") and aftersale == "退货退款":
            freight = rng.choice(["顾客承担", "顾客承担", "运费险"])
        if reason in ("质量问题", "与描述不符", "物流破损"):
            freight = "商家承担" if aftersale in ("退货退款", "换货") else ""

        termination = ""
        if kind == "q_furn_late_ok":
            termination = "符合解约条件"
            remark = "床垫塌陷经检测属实，影响正常使用，判定可解除合同"
        if kind == "q_furn_late_bad":
            termination = "不符合（可修可换）"
            remark = "灯罩轻微色差，主管判定可换不可退，门店为息诉仍直接退款"
            note((i, "CK105 quality_after_7_days_no_termination"))
        if kind == "q_3bao_late":
            remark = "三包期内性能故障，按三包规定退货"
        if kind == "q_custom":
            remark = f"{gname}到货开裂变形，质量问题退货"
        if kind == "store_goodwill":
            remark = "门店自有承诺：30天内不满意可退"

        safety = "否"
        found = rep = inform = measures = None
        if kind.startswith("safety"):
            safety = "是"
            found = audit_t + timedelta(hours=rng.randint(2, 30))
            rep = found + timedelta(hours=rng.randint(2, 20))
            inform = found + timedelta(hours=rng.randint(3, 30))
            measures = found + timedelta(hours=rng.randint(1, 10))
            remark = {"油汀电暖器": "使用中插头处发热冒烟", "嵌入式燃气灶": "熄火保护失灵，关火后仍有燃气味",
                      "燃气热水器 16升": "机身漏电，测电笔有电"}[gname] + "，同批次下架排查"
            if kind == "safety_no_report":
                rep = None
                note((i, "CK101 dangerous_defect_report"))
            if kind == "safety_no_inform":
                inform = None
                note((i, "CK101 dangerous_defect_inform_consumer"))
            if kind == "safety_no_measures":
                measures = None
                remark = remark.replace("，同批次下架排查", "，厂家称个例，未下架")
                note((i, "CK101 dangerous_defect_measures"))
            if aftersale == "退货退款" and refund is None:
                refund = received_back + timedelta(hours=3)
        if refund is not None and refund > CUTOFF:
            refund, status = None, "退款中"

        shop = rng.choice(_154_STORES) if not online else None
        if online:
            channel, shop = rng.choice(_154_ONLINE)
        else:
            channel = "门店"
        handler = store_staff[shop] if shop in store_staff else rng.choice(staff_cs)
        qty = 1 if cat in ("大家电", "厨卫电器", "家具") else rng.choice([1, 1, 2])
        c = Case()
        c["售后单号"] = f"SH{req:%y%m%d}{i + 101:04d}"
        c["原订单号"] = ("TM" if channel == "天猫旗舰店" else "XS") + f"{order_t:%Y%m%d}{rng.randint(100000, 999999)}"
        c["销售渠道"] = channel
        c["门店/店铺"] = shop
        c["顾客姓名"] = person_name(rng)
        c["联系电话"] = mobile(rng)
        c["商品编码"] = f"{rng.choice(['JD', 'CW', 'XJ', 'JJ', 'BY', 'DJ'])}{rng.randint(100000, 999999)}"
        c["商品名称"] = gname
        c["品类"] = cat
        c["商品属性"] = attr
        c["数量"] = qty
        c["实付金额"] = price * qty
        c["下单时间"] = order_t
        c["签收时间"] = recv
        c["申请时间"] = req
        c["售后类型"] = aftersale
        c["申请原因"] = reason
        c["七天无理由"] = flag
        c["三包"] = sanbao
        c["解约判定"] = termination
        c["商品状态"] = state
        c["审核结果"] = "同意"
        c["审核人"] = supervisor if kind in ("nr_after7", "nr_custom", "q_furn_late_ok", "q_furn_late_bad") else handler
        c["审核时间"] = audit_t
        c["退货入库时间"] = received_back
        c["退款时间"] = refund
        c["退款金额"] = price * qty if refund is not None else None
        c["运费承担"] = freight
        c["安全隐患"] = safety
        c["隐患确认时间"] = found
        c["报市场监管时间"] = rep
        c["通知同批顾客时间"] = inform
        c["下架召回时间"] = measures
        c["售后状态"] = status if aftersale in ("退货退款", "仅退款") else rng.choice(["已完成", "已完成", "已关闭"])
        c["备注"] = remark
        c["创建人"] = handler
        rows.append(c)
    if injected is not None:
        injected.extend((rows[i]["售后单号"], what) for i, what in notes)

    hand = {
        "procedure": "l1-consumer-rights-protection-law",
        "sheet": "导出",
        "columns": {
            "售后单号": "case_number",
            "签收时间": "goods_received_at",
            "申请时间": "return_request_at",
            "申请原因": "return_basis",
            "商品属性": "goods_type",
            "七天无理由": "confirmed_not_returnable",
            "三包": "state_rule_or_agreement",
            "解约判定": "contract_termination_conditions_met",
            "退货入库时间": "returned_goods_received_at",
            "退款时间": "refund_at",
            "安全隐患": "defect_endangers_safety",
            "隐患确认时间": "discover_defect_at",
            "报市场监管时间": "report_defect_at",
            "通知同批顾客时间": "inform_consumer_defect_at",
            "下架召回时间": "defect_measures_at",
        },
        "values": {
            "return_basis": {"七天无理由": "no_reason", "拍错/不想要了": "no_reason", "质量问题": "quality",
                             "与描述不符": "quality", "物流破损": "quality", "尺寸/颜色不合适": "",
                             "未发货取消": "", "门店承诺退换": "", "少件/错发": ""},
            "goods_type": {"标准品": "other", "清仓特价": "other", "定制品": "custom_made"},
            "confirmed_not_returnable": {"支持": False, "不支持（定制商品）": False, "不支持（下单确认）": True,
                                         "—": ""},
            "state_rule_or_agreement": {"是": True, "否": False},
            "contract_termination_conditions_met": {"符合解约条件": True, "不符合（可修可换）": False},
            "defect_endangers_safety": {"是": True, "否": False},
        },
    }
    return rows, hand


# --- 155: L3, a P&C insurer's consumer complaint records ------------------------------------------------------------

def _dot(t):
    if t is None:
        return ""
    return f"{t.year}.{t.month:02d}.{t.day:02d} {t.hour:02d}:{t.minute:02d}"


def _office_t(d, rng):
    return datetime(d.year, d.month, d.day, rng.randint(8, 17), rng.randint(0, 59))


_155_BRANCHES = ["苏州中心支公司", "无锡中心支公司", "常州中心支公司", "徐州中心支公司", "南通中心支公司"]
_155_SOURCES = [("客服热线95500", 10), ("柜面来访", 4), ("官网/APP在线", 4), ("来信", 1),
                ("金融监管局转办", 4), ("12378热线转办", 2)]
_155_KINDS = [
    # 险种, 投诉类别, 投诉请求, 事实简述, weight
    ("机动车辆保险", "理赔纠纷", "要求按4S店报价全额赔付", "车辆追尾后定损金额低于4S店维修报价，双方对维修方案有分歧", 6),
    ("机动车辆保险", "理赔时效", "要求尽快结案赔款", "车损案件资料已交齐，超过约定时间仍未支付赔款", 4),
    ("机动车辆保险", "销售纠纷", "要求退还捆绑销售的驾乘险保费", "续保时业务员将驾乘意外险与车险一并收费，投保人称不知情", 3),
    ("意外健康险", "理赔纠纷", "要求赔付住院医疗费用", "住院后申请理赔，被以既往症为由拒赔", 3),
    ("意外健康险", "退保纠纷", "要求全额退保", "网购的百万医疗险自动续费扣款，要求退还", 2),
    ("家庭财产保险", "理赔纠纷", "要求赔付水管爆裂造成的装修损失", "家中水管爆裂泡坏地板，查勘认定部分损失不在保险责任内", 2),
    ("企业财产保险", "理赔纠纷", "要求按重置价值赔付设备损失", "厂房设备受损，对折旧扣除比例有异议", 1),
    ("责任保险", "服务态度", "要求查勘员道歉", "查勘员现场态度生硬，未说明理赔流程", 1),
]


def e155_l3_pc_insurer_complaints(rng, injected=None):
    """L3 银行业保险业消费投诉处理管理办法; CSV (GB18030) from the insurer's 消费投诉管理系统 (客服中心 + 各分公司).

    System: 财产险公司“消费投诉登记处理台账”导出，一行一件投诉。日期写作 2025.03.04 09:12（系统设置）。
    Headers written down from the regulation text alone (step 1):
    投诉编号, 登记时间, 投诉来源, 投诉人, 联系电话, 是否委托代理, 保单号, 险种, 承保机构, 投诉类别, 投诉请求,
    事实简述, 被投诉人员, 承办人, 承办人是否回避, 复杂程度, 延期审批人, 延期告知时间, 处理决定, 决定告知时间,
    告知方式, 是否告知救济途径, 核查申请时间, 核查决定时间, 办理状态, 录入人, 备注
    读过制度 YAML 后补的列：身份核验时间, 延期审批时间, 公估鉴定开始, 公估鉴定结束, 鉴定告知时间, 同意调解,
    调解申请时间, 调解结束时间, 补充材料时间, 灾害事故引发, 面访人数, 监管认定重大, 重大投诉报告时间, 核实情况, 处理依据,
    告知结果（已告知/无法联系）, 告知凭证, 送达时间, 核查收件时间, 核查机构, 办结时间

    Injected (hand audit, by rule id): CK104 decide ×4 (一般投诉、复杂投诉各超期 3–4 天告知；特别复杂审批了却没有
    告知投诉人、按 30 日计超时；6/5 登记至今未告知), CK103 extension_approved_by_named_level ×1 (中支自己批再延长),
    CK101 decision_findings ×1, CK101 decision_basis ×1, CK101 decision_remedies ×2, CK101 notice_evidence ×1,
    CK101 identity_verified ×1, CK101 appraisal_notice ×1, CK101 mediation_application ×1, CK101 major_reported ×1,
    CK104 review_decide ×1, CK103 review_by_superior_institution ×1 (中支自己核查), CK105 review_after_30_days ×1 — 17 in all.
    Traps (no finding): 第 15 天当晚告知; 第 15 天逢五一顺延至 5/6 告知; 复杂投诉第 28 天; 特别复杂经总公司审批并告知、
    第 48–55 天告知; 调解期间扣除后未超时; 公估期间扣除（已告知）后未超时; 期限内收到新材料重新计算; 撤诉两件（其一登记已久、
    无处理决定）; 非本人投诉不予办理一件（不要求核实情况等）; 无法联系投诉人、没有告知凭证; 送达后第 30 天申请核查;
    暴雨泡水车群体投诉已报告; 12 人面访（不足 20 人）未报告。
    """
    notes = []
    note = notes.append
    taken = set()
    handlers = {b: distinct_names(rng, 2, taken) for b in _155_BRANCHES}
    clerks = distinct_names(rng, 3, taken)
    plan = (["ok_simple"] * 10 + ["simple_day15", "simple_holiday", "simple_late"] + ["complex_ok"] * 3
            + ["complex_late", "special_ok", "special_no_notice", "special_wrong_approver", "open_overdue"]
            + ["open_ok"] * 3 + ["mediation_ok", "mediation_no_apply", "appraisal_ok", "appraisal_no_notice", "restart"]
            + ["withdrawn"] * 2 + ["declined", "unreachable", "no_findings", "no_basis"] + ["no_remedies"] * 2
            + ["no_evidence", "no_identity", "major_ok", "major_no_report", "group_under20"]
            + ["review_ok", "review_day30", "review_late_apply", "review_slow", "review_wrong"])
    rng.shuffle(plan)
    rows = []
    for i, kind in enumerate(plan):
        branch = rng.choice(_155_BRANCHES)
        ins, cat, ask, fact, _w = pick(rng, [((k), k[4]) for k in _155_KINDS])
        # received
        if kind == "simple_holiday":
            d0 = date(2025, 4, 16)
        elif kind == "open_overdue":
            d0 = date(2025, 6, 5)
        elif kind == "open_ok":
            d0 = date(2025, 6, 18) + timedelta(days=rng.randint(0, 9))
        elif kind.startswith("special"):
            d0 = date(2025, 1, 6) + timedelta(days=rng.randint(0, 80))
        elif kind.startswith("review"):
            d0 = date(2025, 1, 6) + timedelta(days=rng.randint(0, 60))
        else:
            d0 = date(2025, 1, 3) + timedelta(days=rng.randint(0, 140))
        while kind == "simple_day15" and not workday(d0 + timedelta(days=15)):
            d0 -= timedelta(days=1)   # the 15th day itself is a working day: no carry-over
        recv = _office_t(d0, rng)
        ident = recv + timedelta(hours=rng.randint(1, 30))
        complexity = "一般"
        n, shift = 15, 0
        approver = approve_t = ext_notice = None
        app_from = app_to = app_notice = None
        agreed, med_apply, med_end = "", None, None
        newmat = None
        major, people, report = "否", "", None
        remark = ""
        decided = None
        status = "已办结"
        close_t = None

        if kind in ("complex_ok", "complex_late"):
            complexity, n = "复杂", 30
        if kind.startswith("special"):
            complexity, n = "特别复杂", 60
            approve_t = recv + timedelta(days=rng.randint(20, 26), hours=2)
            ext_notice = approve_t + timedelta(hours=rng.randint(2, 20))
            approver = {"special_ok": "总公司消保部总经理", "special_no_notice": "江苏分公司副总经理",
                        "special_wrong_approver": f"{branch[:2]}中支总经理"}[kind]
            if kind == "special_no_notice":
                ext_notice = None
                n = 30
                remark = "分公司已批再延长，承办人漏告知投诉人"
            if kind == "special_wrong_approver":
                remark = "中支总经理签批延期"
                note((i, "CK103 extension_approved_by_named_level"))
        if kind in ("mediation_ok", "mediation_no_apply"):
            agreed = "是"
            if kind == "mediation_ok":
                med_apply = recv + timedelta(days=rng.randint(4, 7), hours=1)
                med_end = med_apply + timedelta(days=rng.randint(12, 18))
                shift = (med_end.date() - med_apply.date()).days
                remark = "经保险行业协会调解委员会调解达成协议"
            else:
                remark = "投诉人同意调解，未向调解组织提交申请"
                note((i, "CK101 mediation_application"))
        if kind in ("appraisal_ok", "appraisal_no_notice"):
            app_from = recv + timedelta(days=rng.randint(2, 4), hours=2)
            app_to = app_from + timedelta(days=rng.randint(9, 14))
            app_notice = app_from + timedelta(hours=3)
            shift = (app_to.date() - app_from.date()).days
            remark = "委托公估公司对事故车辆损失进行评估"
            if kind == "appraisal_no_notice":
                app_notice = None
                note((i, "CK101 appraisal_notice"))
        start_day = d0
        if kind == "restart":
            newmat = recv + timedelta(days=rng.randint(8, 11), hours=1)
            start_day = newmat.date()
            remark = "投诉人补充提交维修发票和照片，提出新的理由，合并处理"
        due = _due(start_day + timedelta(days=shift), n)

        if kind in ("ok_simple", "no_findings", "no_basis", "no_remedies", "no_evidence", "no_identity", "unreachable",
                    "major_ok", "major_no_report", "group_under20", "mediation_no_apply") or kind.startswith("review"):
            decided = _office_t(d0 + timedelta(days=rng.randint(3, 13)), rng)
        elif kind == "simple_day15":
            decided = datetime(due.year, due.month, due.day, 20, 40)
            assert due == d0 + timedelta(days=15), due
            remark = "第15日晚电话告知"
        elif kind == "simple_holiday":
            assert due == date(2025, 5, 6), due
            decided = datetime(2025, 5, 6, 10, 15)
            remark = "五一假期后告知"
        elif kind in ("simple_late", "complex_late"):
            decided = _office_t(due + timedelta(days=rng.randint(3, 4)), rng)
            note((i, "CK104 decide"))
        elif kind == "complex_ok":
            decided = _office_t(d0 + timedelta(days=rng.randint(18, 28)), rng)
        elif kind == "special_ok" or kind == "special_wrong_approver":
            decided = _office_t(d0 + timedelta(days=rng.randint(48, 55)), rng)
        elif kind == "special_no_notice":
            decided = _office_t(due + timedelta(days=rng.randint(10, 15)), rng)
            note((i, "CK104 decide"))
        elif kind in ("mediation_ok", "appraisal_ok", "appraisal_no_notice"):
            decided = _office_t(due - timedelta(days=rng.randint(1, 3)), rng)
            assert (decided.date() - d0).days > 15 or kind == "appraisal_no_notice", kind
        elif kind == "restart":
            decided = _office_t(due - timedelta(days=2), rng)
            assert (decided.date() - d0).days > 15
        elif kind == "open_overdue":
            status = "处理中"
            remark = "等待车管所事故认定书"
            note((i, "CK104 decide (open)"))
        elif kind == "open_ok":
            status = "处理中"
        elif kind == "withdrawn":
            status = "投诉人撤诉"
            close_t = recv + timedelta(days=rng.randint(2, 6), hours=2)
            remark = "投诉人来电表示已与查勘员协商解决，申请撤回"
        elif kind == "declined":
            status = "不予办理"
            close_t = recv + timedelta(days=rng.randint(2, 5), hours=1)
            remark = "来电人非投保人、被保险人，亦无授权委托，已告知投诉提出人"
        if decided is not None:
            assert decided.date() <= due or kind in ("simple_late", "complex_late", "special_no_notice"), kind
        if kind in ("major_ok", "major_no_report"):
            major = "是"
            ins, cat, ask = "机动车辆保险", "理赔纠纷", "要求按全损赔付泡水车辆"
            fact = "5月强降雨期间车辆在地下车库被淹，对推定全损与修复方案有争议"
            d0 = date(2025, 5, 12) + timedelta(days=rng.randint(0, 6))
            recv = _office_t(d0, rng)
            ident = recv + timedelta(hours=2)
            decided = _office_t(d0 + timedelta(days=rng.randint(5, 12)), rng)
            if kind == "major_ok":
                people = 23
                report = recv + timedelta(hours=3)
                remark = "23名车主到中支集体面谈，启动重大投诉应急预案并上报分公司"
            else:
                remark = "暴雨泡水车投诉，未按重大投诉上报"
                note((i, "CK101 major_reported"))
        if kind == "group_under20":
            people = 12
            remark = "12名投保人结伴来访，推选3名代表面谈"

        # review of the branch's decision by the provincial branch
        review_apply = review_in = review_done = None
        reviewer = ""
        notice_way = rng.choice(["电话", "电话", "短信", "书面邮寄"])
        served = None
        if decided is not None:
            served = decided if notice_way != "书面邮寄" else decided + timedelta(days=2, hours=rng.randint(-3, 3))
        if kind.startswith("review"):
            notice_way = "书面邮寄"
            served = decided + timedelta(days=2, hours=1)
            gap = {"review_ok": rng.randint(5, 15), "review_day30": 30, "review_late_apply": 44,
                   "review_slow": rng.randint(6, 12), "review_wrong": rng.randint(5, 12)}[kind]
            review_apply = _office_t(served.date() + timedelta(days=gap), rng)
            review_in = review_apply + timedelta(days=rng.randint(1, 3))
            review_done = review_in + timedelta(days=rng.randint(12, 26))
            reviewer = "江苏分公司客户服务部"
            if kind == "review_slow":
                review_done = review_in + timedelta(days=rng.randint(36, 40))
                note((i, "CK104 review_decide"))
            if kind == "review_wrong":
                reviewer = branch
                note((i, "CK103 review_by_superior_institution"))
            if kind == "review_late_apply":
                note((i, "CK105 review_after_30_days"))
            remark = "投诉人不服中支处理结果，书面申请分公司核查"

        findings = "调阅保单及理赔档案、与投诉人沟通核实：" + {
            "理赔纠纷": rng.choice(["定损项目与现场照片一致，配件价格按当地市场价核定", "拒赔依据的免责条款已在投保时提示说明",
                                "查勘遗漏部分损失项目属实"]),
            "理赔时效": "理赔资料齐全后超过约定时限未支付赔款属实",
            "销售纠纷": "业务员未单独说明驾乘险、未取得投保人签字确认属实",
            "退保纠纷": "自动续保条款已在投保页面提示，但续保前未短信提醒",
            "服务态度": "调取查勘录音，查勘员语气生硬、未说明流程属实"}[cat]
        basis = rng.choice(["依据保险合同条款及《保险法》第二十三条", "依据投保单、投保提示书及合同约定",
                            "依据公司理赔实务规程及合同约定"])
        remedies = "是"
        evidence = {"电话": f"通话录音 LY{decided:%m%d}{rng.randint(1000, 9999)}" if decided else "",
                    "短信": "短信平台发送记录", "书面邮寄": f"EMS {rng.randint(10**12, 10**13 - 1)}"}[notice_way]
        told = "已告知"
        if decided is None:
            findings = basis = remedies = evidence = told = ""
            notice_way = ""
        if kind in ("withdrawn", "declined"):
            findings = basis = remedies = evidence = told = notice_way = ""
        if kind == "declined":
            findings = "核实来电人身份：非投保人、被保险人，无授权委托书"
        if kind == "withdrawn":
            ident = ident if rng.random() < 0.5 else None
        if kind == "unreachable":
            told, evidence, served = "无法联系", "", None
            remark = "三次致电均未接通，短信无回复，登记地址查无此人"
        if kind == "no_findings":
            findings = ""
            note((i, "CK101 decision_findings"))
        if kind == "no_basis":
            basis = ""
            note((i, "CK101 decision_basis"))
        if kind == "no_remedies":
            remedies = "否"
            note((i, "CK101 decision_remedies"))
        if kind == "no_evidence":
            evidence = ""
            remark = "电话告知未录音"
            note((i, "CK101 notice_evidence"))
        if kind == "no_identity":
            ident = None
            note((i, "CK101 identity_verified"))
        if kind in ("ok_simple", "complex_ok") and decided is not None:
            close_t = decided + timedelta(days=rng.randint(0, 3), hours=1)
        elif decided is not None:
            close_t = decided + timedelta(hours=2)
        decision = {"理赔纠纷": rng.choice(["部分支持：补充赔付配件差价", "维持原定损结论", "支持：按4S店报价重新核定"]),
                    "理赔时效": "支持：三日内支付赔款并致歉", "销售纠纷": "支持：退还驾乘险保费",
                    "退保纠纷": "部分支持：退还当期保费", "服务态度": "支持：查勘员上门致歉并通报批评"}[cat] if decided else ""
        if kind == "review_slow":
            assert (review_done.date() - review_in.date()).days > 30

        h = handlers[branch]
        c = Case()
        c["投诉编号"] = i
        c["登记时间"] = _dot(recv)
        c["投诉来源"] = pick(rng, _155_SOURCES) if kind not in ("major_ok", "group_under20") else "柜面来访"
        c["投诉人"] = person_name(rng)
        c["联系电话"] = mobile(rng)
        c["是否委托代理"] = "是" if rng.random() < 0.08 else "否"
        c["保单号"] = f"P{rng.choice(['DAA', 'DZA', 'EAC', 'YEJ'])}2024{rng.randint(32000000, 32999999)}"
        c["险种"] = ins
        c["承保机构"] = branch
        c["投诉类别"] = cat
        c["投诉请求"] = ask
        c["事实简述"] = fact
        c["被投诉人员"] = person_name(rng) if cat in ("销售纠纷", "服务态度") else ""
        c["承办人"] = rng.choice(h)
        c["承办人是否回避"] = "否"
        c["身份核验时间"] = _dot(ident)
        c["复杂程度"] = complexity
        c["延期审批人"] = approver or ""
        c["延期审批时间"] = _dot(approve_t)
        c["延期告知时间"] = _dot(ext_notice)
        c["公估鉴定开始"] = _dot(app_from)
        c["公估鉴定结束"] = _dot(app_to)
        c["鉴定告知时间"] = _dot(app_notice)
        c["同意调解"] = agreed
        c["调解申请时间"] = _dot(med_apply)
        c["调解结束时间"] = _dot(med_end)
        c["补充材料时间"] = _dot(newmat)
        c["灾害事故引发"] = major
        c["面访人数"] = people
        c["监管认定重大"] = "否"
        c["重大投诉报告时间"] = _dot(report)
        c["核实情况"] = findings
        c["处理依据"] = basis
        c["处理决定"] = decision
        c["决定告知时间"] = _dot(decided)
        c["告知方式"] = notice_way
        c["告知结果"] = told
        c["告知凭证"] = evidence
        c["是否告知救济途径"] = remedies
        c["送达时间"] = _dot(served)
        c["核查申请时间"] = _dot(review_apply)
        c["核查收件时间"] = _dot(review_in)
        c["核查机构"] = reviewer
        c["核查决定时间"] = _dot(review_done)
        c["办理状态"] = status
        c["办结时间"] = _dot(close_t)
        c["录入人"] = rng.choice(clerks)
        c["备注"] = remark
        rows.append(c)
    rows.sort(key=lambda r: r["登记时间"])
    number = {}
    for seq, c in enumerate(rows, 1):
        i = c["投诉编号"]
        number[i] = c["投诉编号"] = f"TS2025{seq:05d}"
    if injected is not None:
        injected.extend((number[i], what) for i, what in notes)

    hand = {
        "procedure": "l3-banking-insurance-complaints",
        "encoding": "gb18030",
        "columns": {
            "投诉编号": "case_number",
            "登记时间": "receive_at",
            "投诉人": "complainant",
            "联系电话": "contact_phone",
            "事实简述": "content",
            "身份核验时间": "verify_identity_at",
            "复杂程度": "complexity",
            "延期审批人": "approve_extension_by",
            "延期审批时间": "approve_extension_at",
            "延期告知时间": "extension_notified_at",
            "公估鉴定开始": "appraisal_started_at",
            "公估鉴定结束": "appraisal_ended_at",
            "鉴定告知时间": "appraisal_notified_at",
            "同意调解": "mediation_agreed",
            "调解申请时间": "apply_mediation_at",
            "调解结束时间": "mediation_ended_at",
            "补充材料时间": "new_material_received_at",
            "灾害事故引发": "caused_by_major_event",
            "面访人数": "complainants_in_person",
            "监管认定重大": "regulator_designated_major",
            "重大投诉报告时间": "report_major_at",
            "核实情况": "verification_findings",
            "处理依据": "decision_basis",
            "决定告知时间": "notify_decision_at",
            "告知结果": "complainant_unreachable",
            "告知凭证": "notice_evidence",
            "是否告知救济途径": "remedies_stated",
            "送达时间": "decision_received_at",
            "核查申请时间": "apply_review_at",
            "核查收件时间": "receive_review_at",
            "核查机构": "review_decision_by",
            "核查决定时间": "review_decision_at",
        },
        "values": {
            "complexity": {"一般": "simple", "复杂": "complex", "特别复杂": "special"},
            "mediation_agreed": {"是": True, "否": False},
            "caused_by_major_event": {"是": True, "否": False},
            "regulator_designated_major": {"是": True, "否": False},
            "complainant_unreachable": {"已告知": False, "无法联系": True},
            "remedies_stated": {"否": ""},
        },
        "roles": {
            "总公司消保部总经理": "head_office_executive",
            "江苏分公司副总经理": "superior_institution",
            "江苏分公司客户服务部": "superior_institution",
            **{f"{b[:2]}中支总经理": "institution" for b in _155_BRANCHES},
            **{b: "institution" for b in _155_BRANCHES},
        },
        "outcomes": {
            "办理状态": {"date": "办结时间", "steps": {"投诉人撤诉": "withdraw", "不予办理": "decline"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("154-l1-home-appliance-aftersales.xlsx", "xlsx", e154_l1_home_appliance_aftersales),
    ("155-l3-pc-insurer-complaints.csv", "gb18030", e155_l3_pc_insurer_complaints),
]
