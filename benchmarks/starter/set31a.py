"""Starter-profile benchmark exports 178-179 (set 31a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 178 179    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 17, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _day(rng, lo=date(2025, 1, 3), hi=date(2025, 6, 14)):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    """A whole-minute time on day d between lo_h and hi_h o'clock."""
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus_min(rng, t, lo, hi):
    return t + timedelta(minutes=rng.randint(lo, hi))


def _nth_workday(d, k):
    """The k-th working day after date d (d itself not counted)."""
    while k:
        d += timedelta(days=1)
        if workday(d):
            k -= 1
    return d


def _slash(t):
    return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}" if t else ""


# --- 178: L1, an online appliance store's after-sales system (售后单导出, Excel date cells) -------------------------

# (商品名称, 商品类目, 单价, 三包商品, 七天无理由标识)
_L1_GOODS = [
    ("海尔 BCD-470WDPG 十字对开门冰箱", "大家电", 3299, "是", "支持"),
    ("美的 MG100V58WT 10公斤滚筒洗衣机", "大家电", 2199, "是", "支持"),
    ("TCL 65V8E 65英寸液晶电视", "大家电", 3599, "是", "支持"),
    ("格力 云佳 1.5匹变频挂机", "大家电", 2799, "是", "支持"),
    ("联想 小新Pro14 笔记本电脑", "电脑办公", 5499, "是", "支持"),
    ("九阳 KL60-V570 空气炸锅", "小家电", 329, "否", "支持"),
    ("苏泊尔 SW-17S 电热水壶", "小家电", 129, "否", "支持"),
    ("美的 MJ-PB80 破壁料理机", "小家电", 499, "否", "支持"),
    ("科沃斯 T20 扫地机器人", "小家电", 2599, "否", "支持"),
    ("戴森 HD08 吹风机", "个护健康", 2990, "否", "支持"),
]
_L1_CUSTOM = [("老板 CXW-260 油烟机（定制尺寸）", "厨卫电器", 4280, "否", "不支持（定制商品）"),
              ("卡萨帝 定制面板嵌入式冰箱", "大家电", 12999, "是", "不支持（定制商品）")]
_L1_DIGITAL = [("Microsoft Office 家庭和学生版 激活卡", "电脑办公", 398, "否", "不支持（拆封数字商品）")]
_L1_CLEARANCE = [("美的 HX1803 电压力锅（清仓特价）", "小家电", 199, "否", "支持"),
                 ("小米 Redmi A55 电视（展示样机）", "大家电", 1499, "是", "支持")]
_L1_HEATER = ("艾美特 HC22163 踢脚线电暖器", "小家电", 459, "否", "支持")

_L1_NR_REASONS = ["不想要了", "尺寸不合适", "拍错/多拍", "家人已购买", "价格不合适", "与预期不符"]
_L1_Q_REASONS = ["开机无反应", "运行异响", "不制冷", "屏幕出现竖线", "漏水", "加热不稳定", "充电口接触不良"]
_L1_REPAIR = ["不脱水", "遥控失灵", "面板按键失灵", "制冷效果差", "WiFi无法连接"]
_L1_COMPLAINT = ["送装师傅迟到且额外收取安装费", "承诺以旧换新补贴未到账", "物流延误十余天未送达",
                 "客服答复前后不一、拖延退款"]


def e178_l1_appliance_store_after_sales(rng, injected=None):
    """L1 消费者权益保护法：某家电网店（天猫/京东旗舰店）的售后系统导出《售后单》（XLSX，工作表“导出”，日期为 Excel 日期单元格）。

    一行一张售后单（七天无理由退货、质量问题退货、换货、维修、投诉、召回）。从原文写下的表头：
    售后单号、平台订单号、申请时间、客户姓名、联系电话、商品名称、商品类目、签收日期、售后类型、申请原因、商品状态、
    退回签收日期、退款金额、退款时间、审核结果、处理结果、售后专员、备注。
    读过制度 YAML 后补的列：七天无理由（平台的商品标识：支持 / 不支持（定制商品）/ 不支持（拆封数字商品））、
    下单确认不退（清仓、样机下单时勾选“不支持无理由退货”）、三包商品、检测结论、安全隐患、隐患确认日期、报市监局日期、
    通知客户日期、下架召回日期、12315工单号、12315登记日期、12315办结日期。

    注入（规则 id ×件数，共 17 件）：refund_7_days ×3（退回签收后第 9、11 天才退款；6 月 12 日签收的退货至导出时仍未退款）、
    no_reason_after_7_days ×2（签收后第 9、12 天申请无理由退货，客情特批退款）、no_reason_excluded_goods ×2（定制尺寸油烟机、
    已拆封的 Office 激活卡按无理由退款）、no_reason_confirmed_not_returnable ×1（下单时已确认不退的清仓商品按无理由退款）、
    quality_after_7_days_no_termination ×2（非三包小家电签收二十多天后质量退货、检测为可维修仍退款）、
    dangerous_defect_report ×2、dangerous_defect_inform_consumer ×1、dangerous_defect_measures ×1（电暖器批次隐患各缺一项记录）、
    authority_7_working_days ×2（12315 第 9 个工作日才办结；6 月 16 日登记至导出未办结）、
    refund_7_days-start ×1（极速退款：先退款、退回商品签收未登记）。
    陷阱（不应报告）：签收后恰第 7 天申请无理由退货；退回签收后第 7 天退款；4 月 28 日退回签收、期限末日落在五一假期顺延至
    5 月 6 日退款；定制冰箱因质量问题退货退款；定制商品无理由退货被拒未退款；三包商品或检测为严重质量问题的签收七日后退货退款；
    12315 清明假期前登记、第 7 个工作日办结；外观划痕（安全隐患“否”）无报告；6 月 27 日退回签收尚未退款（未到期）；
    电暖器批次隐患中四件记录齐全。
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken: set = set()
    agents = distinct_names(rng, 4, taken)        # 售后专员

    def order_no():
        return "".join(rng.choice("0123456789") for _ in range(12))

    def new(goods, kind, flags=()):
        name, cat, price, sanbao, nr_tag = goods
        c = Case(goods=name, cat=cat, price=price, sanbao=sanbao, nr_tag=nr_tag, kind=kind, flags=set(flags),
                 confirm="否", received=None, request=None, back=None, refund=None, refund_amt=None, audit="",
                 result="", reason="", state="", test="", safety="否", discover=None, report=None, inform=None,
                 measures=None, c12315=None, r12315=None, i12315=None, remark="")
        c["agent"] = rng.choice(agents)
        return c

    cases = []

    def nr_return(goods, days_to_request, days_back, days_refund, flags=(), recv=None, refund=True, remark=""):
        c = new(goods, "七天无理由退货", flags)
        d = recv or _day(rng, date(2025, 1, 6), date(2025, 5, 25))
        c["received"] = _at(rng, d, 9, 20)
        c["request"] = _at(rng, d + timedelta(days=days_to_request), 8, 23)
        c["reason"] = rng.choice(_L1_NR_REASONS)
        c["state"] = rng.choice(["未拆封", "已拆封-配件齐全", "包装完好"])
        c["test"] = "商品完好"
        if days_back is not None:
            c["back"] = _at(rng, c["request"].date() + timedelta(days=days_back), 9, 18)
            if refund and days_refund is not None:
                c["refund"] = _at(rng, c["back"].date() + timedelta(days=days_refund), 9, 20)
        c["audit"] = "同意"
        if c["refund"]:
            c["refund_amt"] = c["price"]
            c["result"] = "已退款"
        else:
            c["result"] = "退款中" if c["back"] else "待买家寄回"
        c["remark"] = remark
        cases.append(c)
        return c

    # ordinary no-reason returns (refund 0-5 days after the goods come back)
    for _ in range(9):
        nr_return(rng.choice(_L1_GOODS), rng.randint(0, 6), rng.randint(2, 5), rng.randint(0, 5))
    # trap: request on exactly the 7th day after signing
    nr_return(_L1_GOODS[5], 7, 3, 1, remark="签收第7天申请")
    # trap: refund on the 7th day after the goods came back
    t = nr_return(_L1_GOODS[8], 2, 3, 7)
    t["remark"] = "仓库质检排队"
    # trap: goods back 28 April, 7th day falls in the May Day holiday, refund on 6 May
    t = nr_return(_L1_GOODS[2], 3, 0, None, recv=date(2025, 4, 22))
    t["back"] = datetime(2025, 4, 28, 15, 20)
    t["refund"] = datetime(2025, 5, 6, 10, 5)
    t["refund_amt"], t["result"] = t["price"], "已退款"
    # trap: goods back 27 June, not yet refunded (deadline 4 July)
    t = nr_return(_L1_GOODS[1], 2, None, None, recv=date(2025, 6, 20))
    t["back"] = datetime(2025, 6, 27, 14, 40)
    t["result"] = "退款中"
    # an open one still waiting for the buyer to send it back
    nr_return(_L1_GOODS[6], 1, None, None, recv=date(2025, 6, 24))

    # injected: refund_7_days (late, late, still open)
    nr_return(_L1_GOODS[0], 3, 4, 9, flags=["refund_7_days"], remark="大件物流退回，财务审核延迟")
    nr_return(_L1_GOODS[9], 1, 3, 11, flags=["refund_7_days"])
    t = nr_return(_L1_GOODS[3], 2, None, None, flags=["refund_7_days"], recv=date(2025, 6, 4))
    t["back"] = datetime(2025, 6, 12, 11, 30)
    t["result"] = "退款中"
    t["remark"] = "待财务打款"
    # injected: refund_7_days-start (极速退款, return not yet signed in)
    t = nr_return(_L1_GOODS[7], 1, None, None, flags=["refund_7_days-start"])
    t["refund"] = _at(rng, t["request"].date() + timedelta(days=1), 9, 18)
    t["refund_amt"], t["result"] = t["price"], "已退款"
    t["remark"] = "极速退款（买家已寄出）"

    # injected: no_reason_after_7_days (request on day 9 / 12, refunded as a goodwill exception)
    for k in (9, 12):
        t = nr_return(rng.choice(_L1_GOODS[5:]), k, 3, 2, flags=["no_reason_after_7_days"])
        t["audit"] = "同意（客情特批）"
        t["remark"] = "超7天，主管特批"

    # injected: no_reason_excluded_goods (custom-made, opened digital goods)
    t = nr_return(_L1_CUSTOM[0], 2, 4, 3, flags=["no_reason_excluded_goods"])
    t["state"], t["remark"] = "未安装", "客户坚持退，主管同意"
    t = nr_return(_L1_DIGITAL[0], 1, 2, 1, flags=["no_reason_excluded_goods"])
    t["state"] = "已拆封-激活码已刮开"
    # trap: custom-made no-reason request refused, no refund
    t = nr_return(_L1_CUSTOM[1], 1, None, None)
    t["audit"], t["result"], t["state"] = "拒绝", "驳回：定制商品不支持无理由退货", "未安装"
    # injected: no_reason_confirmed_not_returnable
    t = nr_return(_L1_CLEARANCE[0], 2, 3, 2, flags=["no_reason_confirmed_not_returnable"])
    t["confirm"] = "是"
    # trap: the other clearance sale was confirmed at purchase, request refused
    t = nr_return(_L1_CLEARANCE[1], 3, None, None)
    t["confirm"], t["audit"], t["result"] = "是", "拒绝", "驳回：下单已确认不支持无理由退货"

    # quality returns
    def q_return(goods, days_to_request, test, flags=(), refund=True):
        c = new(goods, "质量问题退货", flags)
        d = _day(rng, date(2025, 1, 6), date(2025, 5, 20))
        c["received"] = _at(rng, d, 9, 20)
        c["request"] = _at(rng, d + timedelta(days=days_to_request), 8, 22)
        c["reason"] = rng.choice(_L1_Q_REASONS)
        c["state"] = "已使用"
        c["test"] = test
        c["back"] = _at(rng, c["request"].date() + timedelta(days=rng.randint(3, 6)), 9, 18)
        c["audit"] = "同意"
        if refund:
            c["refund"] = _at(rng, c["back"].date() + timedelta(days=rng.randint(1, 4)), 9, 19)
            c["refund_amt"], c["result"] = c["price"], "已退款"
        cases.append(c)
        return c

    q_return(_L1_GOODS[0], 3, "性能故障（可维修）")
    q_return(_L1_GOODS[4], 5, "严重质量问题（无法正常使用）")
    q_return(_L1_GOODS[8], 4, "性能故障（可维修）")
    # traps: after 7 days, but 三包 goods / serious fault; custom-made fridge returned for quality
    q_return(_L1_GOODS[2], 18, "性能故障（可维修）")
    q_return(_L1_GOODS[7], 25, "严重质量问题（无法正常使用）")
    q_return(_L1_CUSTOM[1], 10, "严重质量问题（无法正常使用）")
    # injected: quality_after_7_days_no_termination
    for k, g in ((21, _L1_GOODS[5]), (27, _L1_GOODS[9])):
        t = q_return(g, k, "性能故障（可维修）", flags=["quality_after_7_days_no_termination"])
        t["remark"] = "客户投诉升级，同意退货"

    # exchanges and repairs: no refund
    for kind, n in (("换货", 3), ("维修", 4)):
        for _ in range(n):
            c = new(rng.choice(_L1_GOODS), kind)
            d = _day(rng, date(2025, 1, 6), date(2025, 4, 20))
            c["received"] = _at(rng, d, 9, 20)
            c["request"] = _at(rng, d + timedelta(days=rng.randint(2, 60)), 8, 22)
            c["reason"] = rng.choice(_L1_Q_REASONS if kind == "换货" else _L1_REPAIR)
            c["state"] = "已使用"
            c["test"] = "性能故障（可维修）"
            c["audit"] = "同意"
            c["result"] = "已换新发出" if kind == "换货" else "上门维修完成"
            cases.append(c)
    # trap: scratched panel, no safety hazard, nothing reported
    c = new(_L1_GOODS[1], "换货")
    d = date(2025, 3, 11)
    c["received"], c["request"] = _at(rng, d, 10, 18), _at(rng, d + timedelta(days=1), 9, 20)
    c["reason"], c["state"], c["test"] = "面板划痕", "未使用", "外观瑕疵"
    c["audit"], c["result"], c["safety"] = "同意", "已换新发出", "否"
    cases.append(c)

    # heater batch: thermostat failure can overheat (safety hazard)
    found = datetime(2025, 4, 14, 16, 30)
    for i, gap in enumerate(["", "", "", "", "report", "report", "inform", "measures"]):
        c = new(_L1_HEATER, "召回")
        d = _day(rng, date(2025, 1, 10), date(2025, 3, 31))
        c["received"] = _at(rng, d, 9, 20)
        c["request"] = None
        c["reason"] = "批次温控器失效，存在过热隐患"
        c["safety"] = "是"
        c["discover"] = found
        c["report"] = datetime(2025, 4, 15, 10, 20)
        c["inform"] = _at(rng, date(2025, 4, 15) + timedelta(days=rng.randint(0, 2)), 9, 20)
        c["measures"] = datetime(2025, 4, 15, 14, 0)
        c["audit"] = "同意"
        c["result"] = "已上门更换新批次" if i % 2 else "已上门回收，更换新批次"
        if gap:
            c["flags"].add({"report": "dangerous_defect_report", "inform": "dangerous_defect_inform_consumer",
                            "measures": "dangerous_defect_measures"}[gap])
            c[gap] = None
            c["remark"] = {"report": "报告记录缺失", "inform": "客户电话未接通，未登记通知",
                           "measures": "客户拒绝上门回收"}[gap]
        cases.append(c)

    # complaints; some also went to 12315
    for text in _L1_COMPLAINT:
        c = new(rng.choice(_L1_GOODS), "投诉")
        d = _day(rng, date(2025, 1, 6), date(2025, 5, 20))
        c["received"] = _at(rng, d, 9, 20)
        c["request"] = _at(rng, d + timedelta(days=rng.randint(1, 10)), 8, 22)
        c["reason"], c["audit"], c["result"] = text, "同意", "已致歉并补偿50元优惠券"
        cases.append(c)

    def with_12315(c, recv_day, work_days, flag=None):
        c["c12315"] = "".join(rng.choice("0123456789") for _ in range(16))
        c["r12315"] = _at(rng, recv_day, 9, 17)
        if work_days is not None:
            c["i12315"] = _at(rng, _nth_workday(recv_day, work_days), 9, 17)
        if flag:
            c["flags"].add(flag)

    comp = [c for c in cases if c["kind"] == "投诉"]
    with_12315(comp[0], date(2025, 2, 17), 5)
    with_12315(comp[1], date(2025, 4, 2), 7)                       # trap: Qingming in between, 7th working day
    with_12315(comp[2], date(2025, 3, 10), 9, "authority_7_working_days")
    late_nr = [c for c in cases if "refund_7_days" in c["flags"]][0]
    with_12315(late_nr, _nth_workday(late_nr["back"].date(), 6), 3)
    q_late = [c for c in cases if "quality_after_7_days_no_termination" in c["flags"]][0]
    with_12315(q_late, _nth_workday(q_late["request"].date(), 2), 6)
    open_c = new(_L1_GOODS[3], "投诉")
    open_c["received"] = datetime(2025, 5, 28, 15, 10)
    open_c["request"] = datetime(2025, 6, 9, 19, 25)
    open_c["reason"], open_c["audit"], open_c["result"] = "空调安装后外机噪音大，多次上门未解决", "处理中", "协商中"
    with_12315(open_c, date(2025, 6, 16), None, "authority_7_working_days")
    cases.append(open_c)

    cases.sort(key=lambda c: c["request"] or c["discover"])
    rows = []
    for i, c in enumerate(cases, 1):
        t = c["request"] or c["inform"] or c["discover"]
        c["no"] = f"SH{t:%y%m%d}{rng.randint(100, 999)}{i:02d}"
    for c in cases:
        for f in sorted(c["flags"]):
            note((c["no"], f))
        rows.append({
            "售后单号": c["no"],
            "平台订单号": order_no(),
            "申请时间": c["request"],
            "客户姓名": person_name(rng),
            "联系电话": mobile(rng),
            "商品名称": c["goods"],
            "商品类目": c["cat"],
            "七天无理由": c["nr_tag"],
            "下单确认不退": c["confirm"],
            "三包商品": c["sanbao"],
            "签收日期": c["received"],
            "售后类型": c["kind"],
            "申请原因": c["reason"],
            "商品状态": c["state"],
            "检测结论": c["test"],
            "退回签收日期": c["back"],
            "退款金额": c["refund_amt"],
            "退款时间": c["refund"],
            "审核结果": c["audit"],
            "处理结果": c["result"],
            "安全隐患": c["safety"],
            "隐患确认日期": c["discover"],
            "报市监局日期": c["report"],
            "通知客户日期": c["inform"],
            "下架召回日期": c["measures"],
            "12315工单号": c["c12315"] or "",
            "12315登记日期": c["r12315"],
            "12315办结日期": c["i12315"],
            "售后专员": c["agent"],
            "备注": c["remark"],
        })

    hand = {
        "procedure": "l1-consumer-rights-protection-law",
        "sheet": "导出",
        "columns": {
            "售后单号": "case_number",
            "申请时间": "return_request_at",
            "签收日期": "goods_received_at",
            "售后类型": "return_basis",
            "七天无理由": "goods_type",
            "下单确认不退": "confirmed_not_returnable",
            "三包商品": "state_rule_or_agreement",
            "检测结论": "contract_termination_conditions_met",
            "退回签收日期": "returned_goods_received_at",
            "退款时间": "refund_at",
            "安全隐患": "defect_endangers_safety",
            "隐患确认日期": "discover_defect_at",
            "报市监局日期": "report_defect_at",
            "通知客户日期": "inform_consumer_defect_at",
            "下架召回日期": "defect_measures_at",
            "12315登记日期": "authority_receive_at",
            "12315办结日期": "authority_handle_inform_at",
        },
        "values": {
            "return_basis": {"七天无理由退货": "no_reason", "质量问题退货": "quality", "换货": "", "维修": "",
                             "投诉": "", "召回": ""},
            "goods_type": {"支持": "other", "不支持（定制商品）": "custom_made",
                           "不支持（拆封数字商品）": "digital_downloaded_or_opened"},
            "confirmed_not_returnable": {"是": True, "否": False},
            "state_rule_or_agreement": {"是": True, "否": False},
            "contract_termination_conditions_met": {"性能故障（可维修）": False, "严重质量问题（无法正常使用）": True,
                                                    "商品完好": "", "外观瑕疵": ""},
            "defect_endangers_safety": {"是": True, "否": False},
        },
    }
    return rows, hand


# --- 179: S11, a housekeeping-services company's complaint-office ticket system (CSV, GBK, 2025/3/4 9:12) ---------

_S11_CHANNELS = [("400热线", 10), ("客服邮箱", 3), ("官网留言", 3), ("微信公众号", 4), ("APP在线客服", 3)]
_S11_DEPTS = ["保洁事业部", "母婴护理事业部", "家电清洗事业部", "客户服务部", "财务结算部"]
_S11_CONTENT = {
    "产品质量问题": [
        ("深度保洁后厨房油污仍未清除，要求返工", "保洁事业部"),
        ("空调清洗后出风口滴水", "家电清洗事业部"),
        ("油烟机清洗后异响", "家电清洗事业部"),
        ("开荒保洁遗漏阳台和窗槽", "保洁事业部"),
        ("洗衣机清洗后仍有异味", "家电清洗事业部"),
        ("月嫂辅食制作不符合合同约定标准", "母婴护理事业部"),
    ],
    "服务态度问题": [
        ("保洁阿姨态度生硬，与业主争执", "保洁事业部"),
        ("育婴师在客户家中长时间玩手机", "母婴护理事业部"),
        ("客服电话多次挂断，不予解释", "客户服务部"),
        ("上门师傅未穿鞋套，提醒后仍不配合", "家电清洗事业部"),
    ],
    "办事流程问题": [
        ("取消订单后退款一周未到账", "财务结算部"),
        ("改约上门时间需重复提交三次", "客户服务部"),
        ("发票开具需往返邮寄，流程繁琐", "财务结算部"),
        ("更换月嫂申请提交后十天无人回应", "母婴护理事业部"),
    ],
}
_S11_COMPLEX = [
    ("家电清洗后洗衣机电路板烧毁，要求赔偿", "产品质量问题"),
    ("保洁后客户称首饰丢失，已报警", "服务态度问题"),
    ("月嫂护理期间新生儿烫伤，家属要求全额退款并赔偿", "产品质量问题"),
    ("多名客户反映同一保洁员私下收费", "办事流程问题"),
]
_S11_PLANS = {   # 责任部门 -> [(处理方案, 处理结果)]
    "保洁事业部": [("安排原服务人员返工并由督导现场验收", "已返工，客户现场确认"),
                  ("调换服务人员，督导上门致歉", "已更换服务人员，客户同意继续服务")],
    "家电清洗事业部": [("安排复检，确认后免费返修", "已完成返修，问题消除"),
                     ("督导上门复检并重新清洗", "已重新清洗，客户确认")],
    "母婴护理事业部": [("调换服务人员，督导上门致歉", "已更换服务人员，客户同意继续服务"),
                     ("核实情况后对当事员工约谈并培训", "已致歉并补偿，客户接受")],
    "客户服务部": [("调取录音核实，对当事员工约谈处理", "已致歉并补偿，客户接受"),
                  ("改约流程改为一次提交，专人跟进", "已专人跟进完成改约，客户认可")],
    "财务结算部": [("财务加急处理退款并补偿优惠券", "已退款到账，客户认可"),
                  ("改为电子发票直接发送", "已发送电子发票，客户认可")],
    "专项调查小组": [("专项小组调查取证，协商赔偿方案", "已达成赔偿协议，客户签字确认")],
}


def _work(rng, t):
    """A step time moved into office hours (8:00-21:00): night times go to the next morning."""
    if t.hour >= 21:
        t = t + timedelta(days=1)
    if t.hour >= 21 or t.hour < 8:
        t = t.replace(hour=8, minute=rng.randint(0, 50))
    return t


def e179_s11_housekeeping_complaint_tickets(rng, injected=None):
    """S11 投诉处管理制度：某家政服务公司（保洁、母婴护理、家电清洗）投诉处的工单系统导出（CSV，GBK，`2025/3/4 9:12`）。

    一行一张投诉工单。从原文写下的表头：工单编号、受理时间、受理渠道、客户名称、联系电话、投诉类别、投诉内容、首问责任人、
    责任部门、严重程度、首次回复时间、处理结果、办结时间、回访时间、回访人、客户评价、部门负责人确认、备注、录入人。
    读过制度 YAML 后补的列：建单时间、核查时间、复杂件、处理方案、长期未结、督办时间、督办领导。

    注入（规则 id ×件数，共 18 项，16 个案件）：initial_reply_24h ×3（首次回复 26 小时、31 小时后；6 月 18 日受理至导出仍未回复）、
    record-initial_reply ×1（电话中先答复、次日才建单）、content_recorded ×1、process_recorded ×1（建单时间空）、
    category_assigned ×1（已核查未分类）、solution_proposed ×2、result_fed_back ×1、long_unresolved_to_senior ×1、
    step-senior_intervention ×1（长期未结只由投诉处处长督办）、complex_to_special_team ×2（复杂件由事业部自行核查）、
    first_contact_follows_through ×2 与 step-feedback ×2（同两件：回访由投诉处质检组专员而不是首问责任人做）。
    陷阱（不应报告）：首次回复恰在 24 小时整、23 小时 50 分；6 月 30 日受理、尚未核查也未分类；在办件已核查、尚无结果、无方案无回访；
    受理四十多天未标“长期未结”的；复杂件由专项调查小组核查；长期未结由分管副总、总经理督办。
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken: set = set()
    clerks = distinct_names(rng, 5, taken)       # 投诉处受理专员（首问责任人）
    qc = distinct_names(rng, 2, taken)           # 投诉处质检组回访专员

    cases = []

    def new(flags=(), t0=None, cat=None, complex_=False):
        c = Case(flags=set(flags), complex=complex_, long="否", sup_at=None, sup_by="")
        d = t0.date() if t0 else _day(rng, date(2025, 1, 3), date(2025, 6, 10))
        c["t0"] = t0 or _at(rng, d, 8, 21.5)
        c["ch"] = pick(rng, _S11_CHANNELS)
        if complex_:
            text, cat = rng.choice(_S11_COMPLEX)
            c["content"], c["dept"] = text, "专项调查小组"
        else:
            cat = cat or rng.choice(list(_S11_CONTENT))
            c["content"], c["dept"] = rng.choice(_S11_CONTENT[cat])
        c["cat"] = cat
        c["clerk"] = rng.choice(clerks)
        c["record"] = _plus_min(rng, c["t0"], 3, 45)
        c["reply"] = _work(rng, c["record"] + timedelta(minutes=rng.randint(10, 20 * 60)))
        if c["reply"] > c["t0"] + timedelta(hours=23):
            c["reply"] = _plus_min(rng, c["record"], 10, 60)
        c["inv"] = _work(rng, c["reply"] + timedelta(minutes=rng.randint(3 * 60, 40 * 60)))
        c["measures"], c["result"] = rng.choice(_S11_PLANS[c["dept"]])
        c["close"] = _work(rng, c["inv"] + timedelta(hours=rng.randint(20, 24 * 6)))
        c["fb"] = _work(rng, c["close"] + timedelta(hours=rng.randint(2, 48)))
        c["fb_by"] = c["clerk"]
        c["level"] = "重大" if complex_ else pick(rng, [("一般", 7), ("较严重", 3)])
        c["eval"] = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)])
        c["remark"] = ""
        cases.append(c)
        return c

    for _ in range(22):
        new()
    # complex cases handled by the special team (traps), and two that were not (injected)
    for _ in range(2):
        c = new(complex_=True)
        c["close"] = _work(rng, c["inv"] + timedelta(days=rng.randint(6, 12)))
        c["fb"] = _work(rng, c["close"] + timedelta(hours=rng.randint(2, 30)))
    for dept in ("家电清洗事业部", "保洁事业部"):
        c = new(flags=["complex_to_special_team"], complex_=True)
        c["dept"] = dept
        c["measures"], c["result"] = "事业部自查，协商赔偿方案", "已赔偿，客户接受"
        c["remark"] = "事业部自行核查"

    # traps: reply exactly 24h / 23h50 after receiving
    c = new()
    c["reply"] = c["t0"] + timedelta(hours=24)
    c["inv"] = _work(rng, c["reply"] + timedelta(hours=5))
    c["close"] = _work(rng, c["inv"] + timedelta(days=2))
    c["fb"] = _work(rng, c["close"] + timedelta(hours=3))
    c = new()
    c["reply"] = c["t0"] + timedelta(hours=23, minutes=50)
    c["inv"] = _work(rng, c["reply"] + timedelta(hours=4))
    c["close"] = _work(rng, c["inv"] + timedelta(days=1))
    c["fb"] = _work(rng, c["close"] + timedelta(hours=6))

    # injected: initial_reply_24h
    for h in (26, 31):
        c = new(flags=["initial_reply_24h"])
        c["reply"] = c["t0"] + timedelta(hours=h, minutes=rng.randint(0, 50))
        c["inv"] = _work(rng, c["reply"] + timedelta(hours=rng.randint(3, 20)))
        c["close"] = _work(rng, c["inv"] + timedelta(days=rng.randint(1, 4)))
        c["fb"] = _work(rng, c["close"] + timedelta(hours=rng.randint(2, 24)))
        c["remark"] = "周末值班人手不足"
    c = new(flags=["initial_reply_24h"], t0=datetime(2025, 6, 18, 20, 47))
    c["ch"] = "客服邮箱"
    c["reply"] = c["inv"] = c["close"] = c["fb"] = None
    c["measures"] = c["result"] = ""
    c["fb_by"] = ""
    c["remark"] = "邮件漏看"

    # injected: record-initial_reply (told the caller on the phone, ticket typed up next day)
    c = new(flags=["record-initial_reply"])
    c["ch"] = "400热线"
    c["reply"] = c["t0"] + timedelta(minutes=25)
    c["record"] = _work(rng, c["t0"] + timedelta(hours=17, minutes=rng.randint(0, 40)))
    c["inv"] = _work(rng, c["record"] + timedelta(hours=3))
    c["close"] = _work(rng, c["inv"] + timedelta(days=2))
    c["fb"] = _work(rng, c["close"] + timedelta(hours=5))
    c["remark"] = "次日补录"
    # injected: process_recorded (no ticket creation time: imported from the call system)
    c = new(flags=["process_recorded"])
    c["ch"] = "400热线"
    c["record"] = None
    c["remark"] = "话务系统导入"
    # injected: content_recorded
    c = new(flags=["content_recorded"])
    c["content"] = ""
    # injected: category_assigned (investigated, no category)
    c = new(flags=["category_assigned"])
    c["cat"] = ""
    # injected: solution_proposed x2
    for _ in range(2):
        c = new(flags=["solution_proposed"])
        c["measures"] = ""
    # injected: result_fed_back
    c = new(flags=["result_fed_back"])
    c["fb"], c["fb_by"] = None, ""
    # injected: first_contact_follows_through x2
    for k in range(2):
        c = new(flags=["first_contact_follows_through", "step-feedback"])
        c["fb_by"] = qc[k]

    # long unresolved: senior intervention (traps) and missing/wrong (injected)
    def long_case(sup_by, flags=()):
        c = new(flags=flags, t0=_at(rng, _day(rng, date(2025, 1, 6), date(2025, 3, 20)), 9, 18))
        c["long"] = "是"
        c["level"] = "较严重"
        c["close"] = _work(rng, c["inv"] + timedelta(days=rng.randint(35, 70)))
        c["fb"] = _work(rng, c["close"] + timedelta(hours=rng.randint(3, 30)))
        if sup_by:
            c["sup_at"] = _at(rng, (c["inv"] + timedelta(days=rng.randint(25, 32))).date(), 9, 17)
            c["sup_by"] = sup_by
        return c
    long_case("分管副总")
    long_case("总经理")
    long_case("", flags=["long_unresolved_to_senior"])["remark"] = "多次协商未果"
    long_case("投诉处处长", flags=["step-senior_intervention"])
    # trap: open 40+ days but nobody marked it long-unresolved
    c = new(t0=datetime(2025, 5, 12, 10, 36))
    c["close"] = c["fb"] = None
    c["result"] = ""
    c["measures"] = "报保险公司定损后协商赔偿"
    c["remark"] = "等待第三方定损"

    # open cases at export time (traps): investigated, no result yet; just received, not yet classified
    for d in (date(2025, 6, 25), date(2025, 6, 26), date(2025, 6, 27)):
        c = new(t0=_at(rng, d, 9, 17))
        c["inv"] = _work(rng, c["reply"] + timedelta(hours=rng.randint(3, 8)))
        c["close"] = c["fb"] = None
        c["result"] = ""
        c["measures"] = "" if d.day == 26 else c["measures"]
        c["fb_by"] = ""
    c = new(t0=datetime(2025, 6, 30, 9, 18))
    c["cat"] = ""
    c["record"] = datetime(2025, 6, 30, 9, 31)
    c["reply"] = datetime(2025, 6, 30, 10, 2)
    c["inv"] = c["close"] = c["fb"] = None
    c["result"] = c["measures"] = ""
    c["fb_by"] = ""

    cases.sort(key=lambda c: c["t0"])
    rows = []
    for i, c in enumerate(cases, 1):
        c["no"] = f"TS{c['t0']:%Y%m%d}{i:04d}"
    for c in cases:
        for f in sorted(c["flags"]):
            note((c["no"], f))
        done = c["close"] is not None
        rows.append({
            "工单编号": c["no"],
            "受理时间": _slash(c["t0"]),
            "建单时间": _slash(c["record"]),
            "受理渠道": c["ch"],
            "客户名称": person_name(rng)[0] + rng.choice(["女士", "先生"]),
            "联系电话": mobile(rng),
            "投诉类别": c["cat"],
            "投诉内容": c["content"],
            "严重程度": c["level"],
            "复杂件": "是" if c["complex"] else "否",
            "首问责任人": c["clerk"],
            "首次回复时间": _slash(c["reply"]),
            "责任部门": c["dept"] if c["inv"] else "",
            "核查时间": _slash(c["inv"]),
            "处理方案": c["measures"],
            "处理结果": c["result"],
            "办结时间": _slash(c["close"]),
            "长期未结": c["long"],
            "督办时间": _slash(c["sup_at"]),
            "督办领导": c["sup_by"],
            "回访时间": _slash(c["fb"]),
            "回访人": c["fb_by"] if c["fb"] else "",
            "客户评价": c["eval"] if c["fb"] else "",
            "部门负责人确认": "已确认" if done else "",
            "备注": c["remark"],
            "录入人": c["clerk"] if rng.random() < 0.8 else rng.choice(clerks),
        })

    roles = {n: "first_contact" for n in clerks} | {d: "investigating_dept" for d in _S11_DEPTS} | \
        {n: "complaint_office" for n in qc} | {"专项调查小组": "special_team", "总经理": "senior_management", "分管副总": "senior_management",
         "投诉处处长": "complaint_office"}
    hand = {
        "procedure": "s11-complaint-office-general",
        "encoding": "gbk",
        "columns": {
            "工单编号": "case_number",
            "受理时间": "receive_at",
            "首问责任人": "receive_by",
            "建单时间": "record_at",
            "受理渠道": "channel",
            "投诉类别": "category",
            "投诉内容": "content",
            "复杂件": "is_complex",
            "首次回复时间": "initial_reply_at",
            "责任部门": "investigate_by",
            "核查时间": "investigate_at",
            "处理方案": "measures",
            "处理结果": "result",
            "长期未结": "long_unresolved",
            "督办时间": "senior_intervention_at",
            "督办领导": "senior_intervention_by",
            "回访时间": "feedback_at",
            "回访人": "feedback_by",
        },
        "values": {
            "channel": {"400热线": "hotline", "客服邮箱": "email", "官网留言": "website", "微信公众号": "website",
                        "APP在线客服": "website"},
            "category": {"产品质量问题": "product_quality", "服务态度问题": "service_attitude",
                         "办事流程问题": "operating_procedure"},
            "is_complex": {"是": True, "否": False},
            "long_unresolved": {"是": True, "否": False},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("178-l1-appliance-store-after-sales.xlsx", "xlsx", e178_l1_appliance_store_after_sales),
    ("179-s11-housekeeping-complaint-tickets.csv", "gbk", e179_s11_housekeeping_complaint_tickets),
]
