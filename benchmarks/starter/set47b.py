"""Starter-profile benchmark exports 276-277 (set 47b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 276 277    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import iso, iso_date, pick, distinct_names, mobile, workday, nth_workday_after


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=21):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _last_day_15(d):
    """The last day of a 15-calendar-day period starting the day after d, moved past rest days (民法典 203)."""
    last = d + timedelta(days=15)
    return last if workday(last) else nth_workday_after(last, 1)


def _late_day(rng, d, lo=1, hi=8):
    """A day lo..hi days after the (moved) last day of the 15-day period that starts after d."""
    return _last_day_15(d) + timedelta(days=rng.randint(lo, hi))


def _fmt(t):
    return "" if t is None else iso(t)


# ---------------------------------------------------------------------------------------------------------------
# 276: an online small-appliance shop's ERP after-sales tickets (售后单), L4 侵害消费者权益行为处罚办法
# ---------------------------------------------------------------------------------------------------------------

_SHOP_GOODS = [   # (商品名称, 价格, 种类) — 种类: plain, custom (定制, statutory exclusion), consumable (shop-declared)
    ("暖居油汀电暖器 NJ-2208 13片", 399, "plain"),
    ("暖居空气炸锅 AF-55 5.5L", 299, "plain"),
    ("暖居无线吸尘器 V12", 1299, "plain"),
    ("暖居破壁料理机 PB-90", 599, "plain"),
    ("暖居电热水壶 K17 1.7L", 129, "plain"),
    ("暖居RO净水器 600G", 1899, "plain"),
    ("暖居除螨仪 M3", 349, "plain"),
    ("暖居电热毛巾架（尺寸定制）", 899, "custom"),
    ("暖居净水器替换滤芯套装", 259, "consumable"),
]
_CERTIFIED_GOODS = ("暖居暖风机 NF-2000（批次2412A）", 239)    # batch named in a market-regulator spot-check notice


def e276_l4_appliance_shop_aftersales(rng, injected=None):
    """暖居电器天猫旗舰店 ERP 售后单导出（CSV，UTF-8 带 BOM，时间 2025-03-04 09:05:00）。每张售后单一行：七天无理由退货、
    质量问题退货/换货/维修，以及 2025 年 1 月市场监管抽检通报不合格的暖风机批次的退货。

    读制度 YAML 之前写下的表头：售后单号、订单编号、申请时间、买家姓名、联系电话、商品名称、售后类型、申请原因、
    是否已拆封、客服组、处理客服、审核结果、拒绝理由、退货地址发送时间、仓库签收时间、退款时间、退款金额、完结时间、工单状态。

    读过制度 YAML 后补的列：定制商品（法定不适用无理由退货）、买家确认不支持无理由时间、抽检不合格批次、检测结论、
    服务承诺、承诺完成日、审核时间（审核结果的日期）。

    注入的违规（按规则 id 计数，共 14）：no_reason_return_processing_15_days 4（1 张审核拖延、1 张至今未审核，
    另 2 张是下面两张拒绝单同时超过十五日未办理退货）、no_reason_refund_15_days 2（1 张签收后拖延退款、1 张签收后至今未退款）、
    nonconforming_remedy_15_days 2（1 张拖延完结、1 张至今未完结）、agreed_term_remedy_15_days 1、
    certified_nonconforming_return_15_days 1、self_declared_exclusion_needs_consent 1（以“不支持七天无理由”拒绝、没有买家确认）、
    no_refusal_for_opened_goods 1（以已拆封拒绝）、return_request-returned_goods_received 1（仓库签收早于申请：买家先寄回后申请）、
    case_number 1（售后单号重复）。

    陷阱（不是违规）：第十五日落在周末或清明假期、次个工作日审核（顺延）；第十五日当天 23 点前审核；有服务承诺的维修
    在承诺完成日后十多天完结（距申请超过十五日，但承诺期满后未超过十五日）；买家下单时确认过“不支持七天无理由”的滤芯被拒；
    定制毛巾架以定制为由拒绝；先以拆封拒绝、买家申诉后改为同意退货的单（拒绝理由仍留着）；极速退款（先退款、后签收）；
    检测无质量问题而拒绝的维修、换货；6 月下旬申请、尚未审核/尚未完结的单。
    """
    inj = injected if injected is not None else []
    taken = set()
    agents = distinct_names(rng, 6, taken)
    group_of = {a: ("售后一组" if k < 3 else "售后二组") for k, a in enumerate(agents)}
    plain = [g for g in _SHOP_GOODS if g[2] == "plain"]
    custom = [g for g in _SHOP_GOODS if g[2] == "custom"][0]
    consumable = [g for g in _SHOP_GOODS if g[2] == "consumable"][0]

    kinds = (["nr"] * 14 + ["nr_late_process", "nr_never_processed", "nr_late_refund", "nr_refund_open",
                             "nr_refuse_opened", "nr_refuse_self", "nr_self_consent", "nr_custom", "nr_opened_reversed",
                             "nr_shipped_first", "nr_express_refund", "nr_trap_weekend", "nr_trap_holiday",
                             "nr_trap_day15", "nr_open_recent"]
             + ["q"] * 11 + ["q_late", "q_open_overdue", "q_term_late", "q_term_trap", "q_no_fault", "q_no_fault",
                             "q_open_recent"]
             + ["cert", "cert", "cert_late"])
    cases = []
    for kind in kinds:
        c = {"kind": kind}
        # -- when the request came in
        if kind == "nr_trap_weekend":
            d0 = rng.choice([date(2025, 3, 7), date(2025, 4, 11), date(2025, 5, 16)])   # day 15 is a Saturday
        elif kind == "nr_trap_holiday":
            d0 = date(2025, 3, 20)                                                       # day 15 is 4 April (清明)
        elif kind in ("nr_open_recent", "q_open_recent"):
            d0 = _rand_day(rng, date(2025, 6, 20), date(2025, 6, 27))
        elif kind.startswith("cert"):
            d0 = _rand_day(rng, date(2025, 1, 10), date(2025, 2, 25))
        elif kind in ("nr_never_processed", "nr_refund_open", "q_open_overdue"):
            d0 = _rand_day(rng, date(2025, 4, 1), date(2025, 5, 20))
        elif kind in ("nr_late_process", "nr_late_refund", "q_late", "q_term_late", "q_term_trap"):
            d0 = _rand_day(rng, date(2025, 1, 6), date(2025, 5, 15))
        else:
            d0 = _rand_day(rng, date(2025, 1, 6), date(2025, 6, 12))
        t0 = _at(rng, d0, 0.2, 23.8).replace(second=rng.randint(0, 59))
        c["申请时间"] = t0
        cases.append(c)
    cases.sort(key=lambda c: c["申请时间"])

    rows, row_kinds = [], []
    per_day = {}
    buyers = distinct_names(rng, len(cases), taken)
    for c, buyer in zip(cases, buyers):
        kind, t0 = c["kind"], c["申请时间"]
        seq = per_day[t0.date()] = per_day.get(t0.date(), 0) + 1
        number = f"SH{t0:%y%m%d}{seq:03d}{rng.randint(0, 9)}"
        agent = rng.choice(agents)
        goods = rng.choice(plain)
        custom_flag, confirm_at, certified, verdict, promise, promise_due = "否", None, "否", "", "无", None
        result, review_at, reason, addr_at, received, refund_at, done_at, amount = (None,) * 8
        opened = pick(rng, [("未拆封", 5), ("已拆封", 4)])
        violations = []

        if kind.startswith("nr"):
            stype = "七天无理由退货"
            why = pick(rng, [("不想要了/拍错", 4), ("尺寸/容量不合适", 2), ("与预期不符", 3), ("价格变动", 1)])
            amount = goods[1]
            review_at = _plus(rng, t0, 0.3, 30, 9, 22)
            result = "同意退货"
            if kind == "nr_late_process":
                review_at = _at(rng, _late_day(rng, t0.date()), 9.5, 21.5)
                violations.append("no_reason_return_processing_15_days")
            elif kind == "nr_trap_weekend" or kind == "nr_trap_holiday":
                last = _last_day_15(t0.date())
                review_at = _at(rng, last, 9.5, 16)
            elif kind == "nr_trap_day15":
                review_at = _at(rng, t0.date() + timedelta(days=15), 20, 22.9)
            elif kind == "nr_never_processed":
                result, review_at = None, None
                violations.append("no_reason_return_processing_15_days")
            elif kind in ("nr_refuse_opened", "nr_refuse_self", "nr_self_consent", "nr_custom"):
                result = "拒绝"
                review_at = _plus(rng, t0, 1, 20, 9, 22)
                if kind == "nr_refuse_opened":
                    opened = "已拆封"
                    reason = "商品已拆封影响二次销售"
                    violations += ["no_refusal_for_opened_goods", "no_reason_return_processing_15_days"]
                elif kind == "nr_refuse_self":
                    goods = consumable
                    reason = "该商品不支持七天无理由退货"
                    violations += ["self_declared_exclusion_needs_consent", "no_reason_return_processing_15_days"]
                elif kind == "nr_self_consent":
                    goods = consumable
                    reason = "该商品不支持七天无理由退货"
                    confirm_at = (t0 - timedelta(days=rng.randint(3, 9), minutes=rng.randint(0, 600))).replace(second=0)
                else:
                    goods = custom
                    custom_flag = "是"
                    reason = "定制商品不支持退货"
                amount = goods[1]
                done_at = review_at
            elif kind == "nr_opened_reversed":
                opened = "已拆封"
                reason = "商品已拆封影响二次销售"
                review_at = _plus(rng, t0, 3 * 24, 6 * 24, 9, 22)    # refused at first, agreed after the buyer appealed
            if result == "同意退货":
                addr_at = review_at + timedelta(minutes=rng.randint(0, 3))
                received = _plus(rng, review_at, 40, 110, 9, 18)
                refund_at = _plus(rng, received, 0.5, 50, 9, 22)
                if kind == "nr_late_refund":
                    refund_at = _at(rng, _late_day(rng, received.date()), 9.5, 21.5)
                    violations.append("no_reason_refund_15_days")
                elif kind == "nr_refund_open":
                    received = _plus(rng, review_at, 40, 80, 9, 18)
                    refund_at = None
                    violations.append("no_reason_refund_15_days")
                elif kind == "nr_shipped_first":
                    received = _plus(rng, t0 - timedelta(hours=rng.randint(20, 40)), 0, 1, 9, 18)
                    if received >= t0:
                        received = t0 - timedelta(hours=3)
                    refund_at = _plus(rng, max(t0, review_at), 1, 30, 9, 22)
                    violations.append("return_request-returned_goods_received")
                elif kind == "nr_express_refund":
                    refund_at = review_at + timedelta(minutes=rng.randint(1, 20))     # 极速退款 before the parcel arrives
                    received = _plus(rng, review_at, 50, 100, 9, 18)
                done_at = refund_at and max(refund_at, received)
        elif kind.startswith("cert"):
            stype = "抽检不合格退货"
            goods = _CERTIFIED_GOODS
            certified = "是"
            why = "商品批次被市场监管部门抽检通报不合格"
            amount = goods[1]
            result = "同意退货"
            review_at = _plus(rng, t0, 2, 8 * 24, 9, 22)
            if kind == "cert_late":
                review_at = _at(rng, _late_day(rng, t0.date(), 1, 6), 9.5, 21.5)
                violations.append("certified_nonconforming_return_15_days")
            addr_at = review_at + timedelta(minutes=rng.randint(0, 3))
            received = _plus(rng, review_at, 40, 110, 9, 18)
            refund_at = _plus(rng, received, 0.5, 30, 9, 22)
            done_at = refund_at
        else:
            stype = pick(rng, [("维修", 4), ("换货", 3), ("质量问题退货", 3)])
            if kind in ("q_term_late", "q_term_trap"):
                stype = "维修"
            why = pick(rng, [("不通电/无法开机", 3), ("异响", 2), ("漏水", 1), ("加热不正常", 2), ("配件破损", 1)])
            verdict = "确认质量问题"
            if stype == "维修":
                promise = pick(rng, [("10日修复", 1), ("无", 1)])
                if kind in ("q_term_late", "q_term_trap"):
                    promise = "10日修复"
            elif stype == "换货":
                promise = "7日换新"
            if promise != "无":
                promise_due = t0.date() + timedelta(days=10 if promise == "10日修复" else 7)
            review_at = _plus(rng, t0, 0.5, 30, 9, 22)
            result = {"维修": "同意维修", "换货": "同意换货", "质量问题退货": "同意退货"}[stype]
            received = _plus(rng, review_at, 40, 100, 9, 18)
            done_at = _plus(rng, received, 24, 5 * 24, 9, 21)
            if stype == "质量问题退货":
                addr_at = review_at + timedelta(minutes=rng.randint(0, 3))
                amount = goods[1]
                refund_at = done_at
            elif stype == "换货":
                addr_at = review_at + timedelta(minutes=rng.randint(0, 3))
            if kind == "q_late":
                stype, result, promise, promise_due, refund_at, amount = "维修", "同意维修", "无", None, None, None
                addr_at = None
                done_at = _at(rng, _late_day(rng, t0.date(), 1, 10), 10, 18)
                violations.append("nonconforming_remedy_15_days")
            elif kind == "q_open_overdue":
                stype, result, promise, promise_due, refund_at, amount = "维修", "同意维修", "无", None, None, None
                addr_at = None
                done_at = None
                violations.append("nonconforming_remedy_15_days")
            elif kind == "q_term_late":
                done_at = _at(rng, _late_day(rng, promise_due, 1, 8), 10, 18)
                violations.append("agreed_term_remedy_15_days")
            elif kind == "q_term_trap":
                done_at = _at(rng, promise_due + timedelta(days=rng.randint(8, 13)), 10, 18)
            elif kind == "q_no_fault":
                verdict, result, reason = "无质量问题", "拒绝", "人为损坏不在保修范围"
                promise, promise_due, refund_at, amount, addr_at = "无", None, None, None, None
                done_at = _plus(rng, received, 20, 60, 9, 21)
            elif kind == "q_open_recent":
                done_at = None
        if kind == "nr_open_recent":
            result, review_at, addr_at, received, refund_at, done_at = (None,) * 6

        review_at, addr_at, received = _cut(review_at), _cut(addr_at), _cut(received)
        refund_at, done_at = _cut(refund_at), _cut(done_at)
        if review_at is None:
            result = None
        if refund_at is None:
            amount_out = ""
        else:
            amount_out = f"{amount:.2f}"
        status = "已完结" if done_at else ("待审核" if result is None else
                                          "待买家寄回" if received is None else "处理中")
        rows.append({
            "售后单号": number,
            "订单编号": rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(18)),
            "申请时间": iso(t0),
            "买家姓名": buyer,
            "联系电话": mobile(rng),
            "商品名称": goods[0],
            "售后类型": stype,
            "申请原因": why,
            "是否已拆封": opened,
            "定制商品": custom_flag,
            "买家确认不支持无理由时间": _fmt(confirm_at),
            "抽检不合格批次": certified,
            "检测结论": verdict,
            "服务承诺": promise,
            "承诺完成日": iso_date(promise_due) if promise_due else "",
            "客服组": group_of[agent],
            "处理客服": agent,
            "审核结果": result or "",
            "审核时间": _fmt(review_at),
            "拒绝理由": reason or "",
            "退货地址发送时间": _fmt(addr_at),
            "仓库签收时间": _fmt(received),
            "退款时间": _fmt(refund_at),
            "退款金额": amount_out,
            "完结时间": _fmt(done_at),
            "工单状态": status,
        })
        row_kinds.append(kind)
        for rule in violations:
            inj.append((number, rule))

    # the ERP pushed one ticket twice: a later ticket carries an earlier ticket's number
    k = rng.choice([k for k in range(len(rows) // 3, len(rows) - 1) if row_kinds[k] in ("nr", "q")
                    and row_kinds[k + 1] in ("nr", "q")])
    rows[k + 1]["售后单号"] = rows[k]["售后单号"]
    inj.append((rows[k]["售后单号"], "case_number"))

    hand = {
        "procedure": "l4-consumer-rights-violation-penalties",
        "columns": {
            "售后单号": "case_number",
            "售后类型": "return_basis",
            "定制商品": "statutory_exclusion",
            "买家确认不支持无理由时间": "consumer_confirmed_not_returnable_at",
            "抽检不合格批次": "certified_nonconforming",
            "检测结论": "quality_nonconforming",
            "服务承诺": "performance_term_set",
            "承诺完成日": "performance_due_at",
            "拒绝理由": "refusal_reason",
            "退货地址发送时间": "provide_return_info_at",
            "仓库签收时间": "returned_goods_received_at",
            "退款时间": "refund_at",
            "完结时间": "remedy_fulfilled_at",
        },
        "values": {
            "return_basis": {"七天无理由退货": "no_reason", "抽检不合格退货": "other", "质量问题退货": "other",
                             "换货": "", "维修": ""},
            "statutory_exclusion": {"是": True, "否": False},
            "certified_nonconforming": {"是": True, "否": False},
            "quality_nonconforming": {"确认质量问题": True, "无质量问题": False},
            "performance_term_set": {"10日修复": True, "7日换新": True, "无": False},
            "refusal_reason": {"商品已拆封影响二次销售": "opened_or_inspected",
                               "该商品不支持七天无理由退货": "self_declared_not_applicable",
                               "定制商品不支持退货": "other", "人为损坏不在保修范围": "other"},
        },
        "outcomes": {
            "售后类型": {"date": "申请时间", "steps": {"七天无理由退货": "return_request", "抽检不合格退货": "return_request",
                                               "质量问题退货": "remedy_request", "换货": "remedy_request",
                                               "维修": "remedy_request"}},
            "审核结果": {"date": "审核时间", "steps": {"同意退货": "process_return", "拒绝": "refuse_return"}},
        },
    }
    return rows, hand


# ---------------------------------------------------------------------------------------------------------------
# 277: a heat-exchanger maker's QMS customer quality complaint ledger (客户质量投诉台账), S35 产品质量投诉处理流程
# ---------------------------------------------------------------------------------------------------------------

_HX_CUSTOMERS = [("一汽解放", "市场部"), ("陕汽重卡", "市场部"), ("宇通客车", "市场部"), ("三一重工", "市场部"),
                 ("徐工集团", "市场部"), ("Volvo CE", "外贸部"), ("Scania", "外贸部"), ("MAN Truck & Bus", "外贸部"),
                 ("Caterpillar UK", "外贸部")]
_HX_PRODUCTS = [("散热器 HR-R2210", "散热器事业部"), ("散热器 HR-R1860", "散热器事业部"), ("中冷器 IC-445", "中冷器事业部"),
                ("中冷器 IC-512", "中冷器事业部"), ("冷凝器 CD-318", "空调箱事业部"), ("暖风芯体 HC-120", "空调箱事业部"),
                ("空调箱总成 AC-900", "空调箱事业部")]
_HX_PROBLEMS = ["芯体渗漏", "焊缝开裂", "安装孔位尺寸超差", "翅片倒伏", "接口螺纹损伤", "内腔清洁度超标", "表面涂层起泡",
                "支架焊点脱焊"]


def _workday_at(rng, d, lo_h, hi_h):
    """A time lo_h..hi_h o'clock on d, or on the first working day after d when d is a rest day."""
    while not workday(d):
        d += timedelta(days=1)
    return _at(rng, d, lo_h, hi_h)


def e277_s35_heat_exchanger_complaint_ledger(rng, injected=None):
    """华瑞热系统（常州）有限公司 QMS 客户质量投诉台账（XLSX，工作表“导出”，时间为 Excel 日期时间单元格，
    措施实施日期和费用日期为日期单元格）。每起投诉一行，从事业部接到市场部/外贸部反馈起，到三次验证结束。
    分析负责人一列写“部门或职务 姓名”：技术部经理、质量总监、品质部经理各一人（见下面 roles）。

    读制度 YAML 之前写下的表头：投诉编号、反馈时间、客户、反馈部门、产品型号、产品阶段、批量问题、问题描述、责任事业部、
    分析负责人、事件公示时间、8D报告批准时间、措施公示时间、措施实施日期、第一次验证时间、一次验证公示时间、第二次验证时间、
    二次验证公示时间、第三次验证时间、三次验证公示时间、客户再次反馈时间、再反馈公示时间、协调费用(元)、费用发生日期、
    费用提交日期、状态。

    读过制度 YAML 后补的列：质量总监审核时间、品质部接收报告时间（整改措施公示一小时的起点）、客户再次反馈（是/否）、
    费用附件。

    注入的违规（按规则 id 计数，共 18）：post_event_1h 2、post_measures_1h 1、post_verify_1_1h 1、post_verify_2_1h 1、
    first_verification_within_1_week 2、second_verification_within_1_month 1、third_verification_within_1_month 1、
    post_refeedback_1h 1、cost_feedback_same_month 1、cost_attachment_required 1、director_review_new_product 1、
    gm_approval 1（措施已实施却没有总经理批准记录）、mature_batch_to_quality_director 1、new_product_to_technical_manager 1、
    batch_issue 1（批量问题写“待确认”，取值无效）、receive_approved_report-post_measures 1（措施公示早于品质部接收报告）。

    陷阱（不是违规）：事件公示在接到反馈后 58–59 分钟；首次验证正好在实施后第 7 天（周末也不顺延，因为当天就做了）；
    3 月 31 日验证、4 月 30 日第二次验证（没有对应日取月末）；月底最后一天提交当月的协调费用；再次反馈后 55 分钟公示；
    成熟产品批量问题没有质量总监审核（由质量总监本人组织分析，不需要审核）；6 月的投诉第二、三次验证尚未到期，
    6 月下旬的投诉还在分析或待批准。
    """
    inj = injected if injected is not None else []
    taken = set()
    tech_mgr, director, qm = distinct_names(rng, 3, taken)
    lead = {"technical_manager": f"技术部经理 {tech_mgr}", "quality_director": f"质量总监 {director}",
            "quality_manager": f"品质部经理 {qm}"}

    kinds = (["n"] * 17
             + ["ev_late", "ev_late", "meas_late", "meas_ooo", "v1_post_late", "v2_post_late", "v1_late", "v1_late",
                "v2_late", "v3_late", "refb_late", "cost_late", "cost_noatt", "no_director", "no_gm", "route_batch",
                "route_new", "bad_batch"]
             + ["t_post59", "t_v1_day7", "t_month_end", "t_cost_monthend", "t_refb55", "t_batch_no_review",
                "t_open", "t_open", "t_open"])
    starts = []
    for kind in kinds:
        if kind == "t_month_end":
            d0 = date(2025, 3, 10)
        elif kind == "t_cost_monthend":
            d0 = date(2025, 4, 22)
        elif kind in ("v1_late", "v2_late", "v3_late", "v2_post_late", "no_gm", "refb_late"):
            d0 = _rand_day(rng, date(2025, 1, 6), date(2025, 3, 20))
        elif kind == "n":
            d0 = _rand_day(rng, date(2025, 1, 6), date(2025, 6, 18))
        elif kind == "t_open":
            d0 = _rand_day(rng, date(2025, 6, 16), date(2025, 6, 27))
        else:
            d0 = _rand_day(rng, date(2025, 1, 6), date(2025, 5, 10))
        starts.append((_workday_at(rng, d0, 8.2, 17), kind))
    starts.sort()

    rows = []
    for seq, (t0, kind) in enumerate(starts, 1):
        number = f"QC-{t0:%Y}-{seq:03d}"
        customer, channel = rng.choice(_HX_CUSTOMERS)
        product, unit = rng.choice(_HX_PRODUCTS)
        stage = pick(rng, [("新品(样件)", 2), ("新品(前三批)", 3), ("成熟产品", 6)])
        batch = pick(rng, [("是", 2), ("否", 3)])
        if kind in ("no_director", "route_new"):
            stage = rng.choice(["新品(样件)", "新品(前三批)"])
        elif kind in ("route_batch", "t_batch_no_review"):
            stage, batch = "成熟产品", "是"
        elif kind == "bad_batch":
            stage, batch = "成熟产品", "待确认"
        new = stage.startswith("新品")
        if new:
            owner = "technical_manager"
        elif batch == "是":
            owner = "quality_director"
        else:
            owner = "quality_manager"
        violations = []
        if kind == "route_batch" or kind == "route_new":
            owner = "quality_manager"
            violations.append("mature_batch_to_quality_director" if kind == "route_batch"
                              else "new_product_to_technical_manager")
        if kind == "bad_batch":
            violations.append("batch_issue")

        post_event = t0 + timedelta(minutes=rng.randint(8, 50))
        if kind == "ev_late":
            post_event = t0 + timedelta(minutes=rng.randint(68, 200))
            violations.append("post_event_1h")
        elif kind == "t_post59":
            post_event = t0 + timedelta(minutes=rng.randint(58, 59))

        needs_review = new or batch == "否"
        review = _workday_at(rng, t0.date() + timedelta(days=rng.randint(2, 5)), 9, 17) if needs_review else None
        if kind == "no_director":
            review = None
            violations.append("director_review_new_product")
        base = review or _workday_at(rng, t0.date() + timedelta(days=rng.randint(2, 4)), 9, 16)
        gm = _workday_at(rng, base.date() + timedelta(days=rng.randint(0, 2)), 9, 17)
        if gm <= base:
            gm = base + timedelta(minutes=rng.randint(40, 150))
        received = gm + timedelta(minutes=rng.randint(10, 150))
        post_measures = received + timedelta(minutes=rng.randint(8, 50))
        if kind == "meas_late":
            post_measures = received + timedelta(minutes=rng.randint(75, 220))
            violations.append("post_measures_1h")
        elif kind == "meas_ooo":
            post_measures = received - timedelta(minutes=rng.randint(20, 90))
            violations.append("receive_approved_report-post_measures")
        implement = gm.date() + timedelta(days=rng.randint(1, 3))
        if kind == "no_gm":
            gm = received = post_measures = None
            violations.append("gm_approval")

        if kind == "t_month_end":
            implement = date(2025, 3, 27)
            v1 = datetime(2025, 3, 31) + timedelta(hours=rng.randint(9, 15), minutes=rng.randint(0, 59))
        elif kind == "t_v1_day7":
            v1 = _at(rng, implement + timedelta(days=7), 9, 16)
        elif kind == "v1_late":
            v1 = _workday_at(rng, implement + timedelta(days=rng.randint(9, 15)), 9, 16)
            violations.append("first_verification_within_1_week")
        else:
            v1 = _workday_at(rng, implement + timedelta(days=rng.randint(2, 5)), 9, 16)
            if (v1.date() - implement).days > 7:
                v1 = _at(rng, implement + timedelta(days=rng.randint(2, 5)), 9, 16)
        pv1 = v1 + timedelta(minutes=rng.randint(5, 50))
        if kind == "v1_post_late":
            pv1 = v1 + timedelta(minutes=rng.randint(80, 240))
            violations.append("post_verify_1_1h")

        if kind == "t_month_end":
            v2 = datetime(2025, 4, 30) + timedelta(hours=rng.randint(9, 15), minutes=rng.randint(0, 59))
        elif kind == "v2_late":
            v2 = _workday_at(rng, v1.date() + timedelta(days=rng.randint(36, 45)), 9, 16)
            violations.append("second_verification_within_1_month")
        else:
            v2 = _workday_at(rng, v1.date() + timedelta(days=rng.randint(14, 25)), 9, 16)
        pv2 = v2 + timedelta(minutes=rng.randint(5, 50))
        if kind == "v2_post_late":
            pv2 = v2 + timedelta(minutes=rng.randint(80, 240))
            violations.append("post_verify_2_1h")
        if kind == "v3_late":
            v3 = _workday_at(rng, v2.date() + timedelta(days=rng.randint(36, 45)), 9, 16)
            violations.append("third_verification_within_1_month")
        else:
            v3 = _workday_at(rng, v2.date() + timedelta(days=rng.randint(14, 25)), 9, 16)
        pv3 = v3 + timedelta(minutes=rng.randint(5, 50))

        # the chain as it stood at the cutoff: a step not yet done leaves every later step empty; a posting not yet
        # done means its verification has not been held either (they are on the same afternoon)
        chain = [["post_event", post_event], ["review", review], ["gm", gm], ["received", received],
                 ["post_measures", post_measures], ["implement", implement], ["v1", v1], ["pv1", pv1],
                 ["v2", v2], ["pv2", pv2], ["v3", v3], ["pv3", pv3]]
        stop = None
        for i, (name, t) in enumerate(chain):
            if t is None:
                continue
            tt = t if isinstance(t, datetime) else datetime(t.year, t.month, t.day)
            if tt > CUTOFF:
                stop = i - 1 if name in ("pv1", "pv2", "pv3", "post_measures") else i
                break
        if stop is not None:
            for item in chain[stop:]:
                item[1] = None
        (post_event, review, gm, received, post_measures, implement, v1, pv1, v2, pv2, v3, pv3) = \
            [t for _, t in chain]

        again, again_at, post_again = "否", None, None
        if kind in ("refb_late", "t_refb55") or (kind == "n" and v1 is not None and rng.random() < 0.25):
            again = "是"
            src = v1 or post_event
            again_at = _workday_at(rng, src.date() + timedelta(days=rng.randint(1, 6)), 8.5, 16.5)
            post_again = again_at + timedelta(minutes=rng.randint(6, 45))
            if kind == "refb_late":
                post_again = again_at + timedelta(minutes=rng.randint(90, 300))
                violations.append("post_refeedback_1h")
            elif kind == "t_refb55":
                post_again = again_at + timedelta(minutes=55)
            if post_again > CUTOFF:
                again, again_at, post_again = "否", None, None

        cost, cost_day, cost_sent, attachment = None, None, None, ""
        if kind in ("cost_late", "cost_noatt", "t_cost_monthend") or (kind == "n" and rng.random() < 0.3):
            cost = rng.choice([800, 1500, 2400, 3600, 5000, 8600])
            cost_day = t0.date() + timedelta(days=rng.randint(1, 6))
            if kind == "t_cost_monthend":
                cost_day = date(2025, 4, 28)
            month_end = (cost_day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            cost_sent = min(cost_day + timedelta(days=rng.randint(0, 5)), month_end, CUTOFF.date())
            if kind == "t_cost_monthend":
                cost_sent = month_end
            elif kind == "cost_late":
                cost_sent = month_end + timedelta(days=rng.randint(2, 9))
                violations.append("cost_feedback_same_month")
            attachment = "问题信息/处理结果/费用使用说明"
            if kind == "cost_noatt":
                attachment = ""
                violations.append("cost_attachment_required")
            if cost_day > CUTOFF.date():
                cost, cost_day, cost_sent, attachment = None, None, None, ""

        status = ("已关闭" if pv3 else "验证中" if v1 else "措施实施中" if implement else
                  "待批准" if review or not needs_review else "分析中")
        rows.append({
            "投诉编号": number,
            "反馈时间": t0,
            "客户": customer,
            "反馈部门": channel,
            "产品型号": product,
            "产品阶段": stage,
            "批量问题": batch,
            "问题描述": f"{rng.choice(_HX_PROBLEMS)}，{rng.choice(['客户来料检验', '装车下线', '售后三包', 'PDI检查'])}"
                        f"发现{rng.randint(1, 60)}件",
            "责任事业部": unit,
            "分析负责人": lead[owner],
            "事件公示时间": post_event,
            "质量总监审核时间": review,
            "8D报告批准时间": gm,
            "品质部接收报告时间": received,
            "措施公示时间": post_measures,
            "措施实施日期": implement,
            "第一次验证时间": v1,
            "一次验证公示时间": pv1,
            "第二次验证时间": v2,
            "二次验证公示时间": pv2,
            "第三次验证时间": v3,
            "三次验证公示时间": pv3,
            "客户再次反馈": again,
            "客户再次反馈时间": again_at,
            "再反馈公示时间": post_again,
            "协调费用(元)": cost,
            "费用发生日期": cost_day,
            "费用提交日期": cost_sent,
            "费用附件": attachment,
            "状态": status,
        })
        for rule in violations:
            inj.append((number, rule))

    hand = {
        "procedure": "s35-product-quality-complaint-flow",
        "sheet": "导出",
        "columns": {
            "投诉编号": "case_number",
            "反馈时间": "receive_feedback_at",
            "产品型号": "product",
            "产品阶段": "product_stage",
            "批量问题": "batch_issue",
            "分析负责人": "analyse_by",
            "事件公示时间": "post_event_at",
            "质量总监审核时间": "director_review_at",
            "8D报告批准时间": "gm_approve_at",
            "品质部接收报告时间": "receive_approved_report_at",
            "措施公示时间": "post_measures_at",
            "措施实施日期": "implement_at",
            "第一次验证时间": "verify_1_at",
            "一次验证公示时间": "post_verify_1_at",
            "第二次验证时间": "verify_2_at",
            "二次验证公示时间": "post_verify_2_at",
            "第三次验证时间": "verify_3_at",
            "三次验证公示时间": "post_verify_3_at",
            "客户再次反馈": "customer_refeedback",
            "客户再次反馈时间": "refeedback_at",
            "再反馈公示时间": "post_refeedback_at",
            "协调费用(元)": "coordination_cost",
            "费用发生日期": "cost_incurred_at",
            "费用提交日期": "cost_feedback_at",
            "费用附件": "cost_attachment",
        },
        "values": {
            "product_stage": {"新品(样件)": "new", "新品(前三批)": "new_first_three_batches", "成熟产品": "mature"},
            "batch_issue": {"是": "yes", "否": "no"},
            "customer_refeedback": {"是": "yes", "否": "no"},
        },
        "roles": {lead["technical_manager"]: "technical_manager", lead["quality_director"]: "quality_director",
                  lead["quality_manager"]: "quality_manager"},
    }
    return rows, hand


EXPORTS = [
    ("276-l4-appliance-shop-aftersales.csv", "utf-8-sig", e276_l4_appliance_shop_aftersales),
    ("277-s35-heat-exchanger-complaint-ledger.xlsx", "xlsx", e277_s35_heat_exchanger_complaint_ledger),
]
