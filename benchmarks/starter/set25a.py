"""Starter-profile benchmark exports 142-143 (set 25a), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 142 143    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday

CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


# --- 142: L4, an online small-appliance shop's after-sales orders (ERP 售后单) ----------------------------------

def _at(day: date, rng, lo=9, hi=22) -> datetime:
    """A time on `day` between lo and hi o'clock, whole minutes."""
    return datetime(day.year, day.month, day.day, rng.randint(lo, hi - 1), rng.randint(0, 59))


def _rand_day(rng, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, (end - start).days))


def e142_l4_online_shop_after_sales(rng, injected=None):
    """杭州一家小家电网店（天猫旗舰店 + 抖音小店）的售后单：客服在聚水潭类 ERP 的《售后单》里审核、登记仓库签收和
    退款，月底由客服主管从 ERP“售后单导出”成 XLSX（工作表“导出”）。日期写法：Excel 日期时间单元格
    （yyyy-mm-dd hh:mm），约定到期日只是日期单元格。
    从办法原文写下的列：售后单号、线上订单号、店铺、买家昵称、收货人、手机号、商品名称、商品编码、数量、实付金额、
    售后类型（退货退款/仅退款/换货/维修/补发）、售后原因（七天无理由/质量问题/少件漏发/发错货/描述不符/
    未发货-拍错多拍）、申请时间、审核状态（待审核/已同意/已拒绝）、审核时间、审核人、拒绝原因、退货地址、
    退货物流、退货运单号、仓库签收时间、退款状态、退款时间、退款金额、换货/维修发出时间、客服备注、制单人。
    读过制度 YAML 后补的列：商品七天无理由（支持/不支持（定制商品）/不支持（店铺设置））、不支持无理由确认时间
    （买家下单时勾选确认的时间）、责任判定（商品质量问题/物流破损/买家原因/人为损坏/仓库错漏发）、
    约定时限（无/承诺15天修复/承诺30天修复）、约定到期日、监管抽检不合格（是/否）。
    手工映射：售后单号 = case_number；售后类型 + 申请时间 作 outcomes（退货退款 → return_request，换货、维修、补发 →
    remedy_request；仅退款是未发货取消，不对应环节）；审核状态 + 审核时间 + 审核人 作 outcomes（已同意 →
    process_return，已拒绝 → refuse_return），审核人（客服）对应 business；仓库签收时间 = returned_goods_received_at；
    退款时间 = refund_at；换货/维修发出时间 = remedy_fulfilled_at；售后原因 = return_basis（七天无理由 → no_reason，
    质量问题/发错货/描述不符 → other，少件漏发、未发货取消 → 空白）；拒绝原因 = refusal_reason；
    商品七天无理由 = statutory_exclusion（定制商品 → true，店铺自行设置的不支持 → false）；
    不支持无理由确认时间 = consumer_confirmed_not_returnable_at；责任判定 = quality_nonconforming（商品质量问题、
    物流破损 → true）；约定时限 = performance_term_set；约定到期日 = performance_due_at；
    监管抽检不合格 = certified_nonconforming。
    注入（15）：CK104 no_reason_return_processing_15_days ×3（两件审核同意超过十五日，一件六月上旬申请至今待审核）；
    CK104 no_reason_refund_15_days ×3（两件签收后十七日以上才退款，一件五月下旬签收至今未退款）；
    CK101 self_declared_exclusion_needs_consent ×2（店铺自行设置“不支持七天无理由”拒绝退货，买家没有确认记录）；
    CK101 no_refusal_for_opened_goods ×2（以“商品已拆封影响二次销售”拒绝无理由退货）；
    CK104 nonconforming_remedy_15_days ×2（质量问题维修，一件十八日以上才寄回，一件五月申请至今未寄回）；
    CK104 agreed_term_remedy_15_days ×1（承诺15天修复，到期后又过十八日以上才寄回）；
    CK104 certified_nonconforming_return_15_days ×1（抽检不合格批次的电热水壶，申请退货十九日以上才同意）；
    CK106 return_request-returned_goods_received ×1（买家先寄回、后补申请：仓库签收早于申请时间）。
    陷阱（不是违规）：无理由退货第十五日当天同意；签收后第九至第十二日退款（超过消法七日，未超过本办法十五日门槛）；
    极速退款（先退款、后签收）；定制商品拒绝无理由退货（一件以定制为由，一件以已拆封为由：法定除外商品）；
    店铺设置不支持无理由、买家下单时已确认的拒绝；人为损坏的维修拖了一个月（不是质量问题）；
    承诺30天修复、第38日寄回（未超过到期后十五日）；抽检不合格批次第十日同意退货；六月下旬的拒绝和待审核
    （十五日未满）；仅退款（未发货取消）没有申请环节。
    """
    taken = set()
    agents = distinct_names(rng, 4, taken)          # 客服（审核人）
    makers = distinct_names(rng, 2, taken)          # 制单人（客服组长）
    shops = [("天猫", "暖立小家电旗舰店"), ("抖音", "暖立小家电抖音小店")]
    goods = [("电热水壶 1.7L 双层防烫", "NL-KT17", 129), ("破壁料理机 1.75L", "NL-BL75", 399),
             ("空气炸锅 5.5L 可视", "NL-AF55", 269), ("电饭煲 4L 球釜", "NL-RC40", 339),
             ("挂烫机 手持蒸汽", "NL-GS12", 159), ("电动牙刷 声波", "NL-TB02", 99),
             ("吸尘器 无线手持", "NL-VC30", 599), ("养生壶 1.5L", "NL-HP15", 119)]
    custom_goods = ("电热水壶 1.7L 定制刻字款", "NL-KT17-DZ", 169)
    kettle_batch = ("电热水壶 1.7L 双层防烫（批次 20250108）", "NL-KT17", 129)

    def nick():
        return rng.choice(["tb", "jd_", "小", "阿", "momo", "dy"]) + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789")
                                                                            for _ in range(rng.randint(5, 8)))

    cases = []

    def add(kind, reason, resp, t_req, *, status="已同意", t_audit=None, refuse=None, t_recv=None, t_refund=None,
            t_sent=None, item=None, support="支持", confirm=None, term="无", due=None, certified="否", note=None,
            refund_state=None, rule=None):
        name, code, price = item or rng.choice(goods)
        qty = 1
        channel, shop = rng.choice(shops)
        if kind in ("退货退款", "仅退款"):
            refund_state = refund_state or ("退款成功" if t_refund else ("待退款" if status == "已同意" else
                                                                      ("已关闭" if status == "已拒绝" else "待审核")))
        else:
            refund_state = refund_state or None
        ship = kind in ("退货退款", "换货", "维修") and status == "已同意"
        c = Case({
            "售后单号": None,
            "线上订单号": "".join(rng.choice("0123456789") for _ in range(19 if channel == "抖音" else 18)),
            "店铺": shop,
            "买家昵称": nick(),
            "收货人": person_name(rng),
            "手机号": mobile(rng),
            "商品名称": name,
            "商品编码": code,
            "数量": qty,
            "实付金额": price * qty,
            "售后类型": kind,
            "售后原因": reason,
            "申请时间": t_req,
            "商品七天无理由": support,
            "不支持无理由确认时间": confirm,
            "审核状态": status,
            "审核时间": t_audit,
            "审核人": rng.choice(agents) if t_audit else None,
            "拒绝原因": refuse,
            "责任判定": resp,
            "监管抽检不合格": certified,
            "约定时限": term,
            "约定到期日": due,
            "退货地址": "浙江省杭州市余杭区仁和街道东风路18号 暖立电商仓 售后组 0571-86235107" if ship else None,
            "退货物流": rng.choice(["中通快递", "圆通速递", "韵达快递", "顺丰速运"]) if t_recv else None,
            "退货运单号": None,
            "仓库签收时间": t_recv,
            "退款状态": refund_state,
            "退款时间": t_refund,
            "退款金额": price * qty if t_refund else None,
            "换货/维修发出时间": t_sent,
            "客服备注": note,
            "制单人": rng.choice(makers),
        })
        if c["退货物流"]:
            prefix = {"中通快递": "7831", "圆通速递": "YT88", "韵达快递": "4312", "顺丰速运": "SF14"}[c["退货物流"]]
            c["退货运单号"] = prefix + "".join(rng.choice("0123456789") for _ in range(10))
        cases.append((c, rule))
        return c

    def req_day(lo, hi):
        return _at(_rand_day(rng, lo, hi), rng, 7, 24)

    def after(t, lo_d, hi_d, lo_h=9, hi_h=21):
        d = (t + timedelta(days=rng.randint(lo_d, hi_d))).date()
        out = _at(d, rng, lo_h, hi_h)
        return out if out > t else t + timedelta(hours=rng.randint(2, 5), minutes=rng.randint(0, 59))

    early, late = date(2025, 1, 6), date(2025, 5, 31)

    # ordinary seven-day no-reason returns, handled promptly (12)
    for _ in range(12):
        t = req_day(early, late)
        a = after(t, 0, 2)
        r = after(a, 2, 6)
        f = after(r, 0, 3)
        add("退货退款", "七天无理由", "买家原因", t, t_audit=a, t_recv=r, t_refund=f)
    # ordinary quality returns (2)
    for _ in range(2):
        t = req_day(early, late)
        a = after(t, 0, 1)
        r = after(a, 2, 5)
        add("退货退款", "质量问题", "商品质量问题", t, t_audit=a, t_recv=r, t_refund=after(r, 0, 2))
    # ordinary repairs, exchanges, re-sends, unshipped refunds (7)
    for _ in range(3):
        t = req_day(early, late)
        a = after(t, 0, 1)
        add("维修", "质量问题", "商品质量问题", t, t_audit=a, t_recv=after(a, 2, 4), t_sent=after(t, 6, 12),
            note="返厂检测后维修寄回")
    t = req_day(early, late)
    a = after(t, 0, 1)
    add("换货", "发错货", "仓库错漏发", t, t_audit=a, t_recv=after(a, 2, 4), t_sent=after(t, 1, 3),
        note="仓库发错颜色，先换后退")
    t = req_day(early, late)
    a = after(t, 0, 1)
    add("补发", "少件漏发", "仓库错漏发", t, t_audit=a, t_sent=after(a, 0, 1), note="漏发滤网，补发")
    for _ in range(2):
        t = req_day(early, late)
        a = t + timedelta(minutes=rng.randint(3, 50))
        add("仅退款", "未发货-拍错多拍", "买家原因", t, t_audit=a, t_refund=a, refund_state="退款成功",
            note="未发货，系统自动退款")

    # --- injected -----------------------------------------------------------------------------------------------
    # CK104 no_reason_return_processing_15_days: approved after more than 15 days (2), still pending (1)
    for _ in range(2):
        t = req_day(date(2025, 2, 10), date(2025, 4, 30))
        a = after(t, 17, 24)
        r = after(a, 2, 5)
        add("退货退款", "七天无理由", "买家原因", t, t_audit=a, t_recv=r, t_refund=after(r, 0, 2),
            note="漏审，买家催单后处理", rule="CK104 no_reason_return_processing_15_days")
    t = req_day(date(2025, 6, 3), date(2025, 6, 11))
    add("退货退款", "七天无理由", None, t, status="待审核", rule="CK104 no_reason_return_processing_15_days")
    # CK104 no_reason_refund_15_days: refunded 17-30 days after the goods came back (2), not refunded at all (1)
    for _ in range(2):
        t = req_day(date(2025, 1, 13), date(2025, 4, 20))
        a = after(t, 0, 2)
        r = after(a, 2, 5)
        add("退货退款", "七天无理由", "买家原因", t, t_audit=a, t_recv=r, t_refund=after(r, 17, 30),
            note="财务批量退款漏单", rule="CK104 no_reason_refund_15_days")
    t = req_day(date(2025, 5, 19), date(2025, 5, 27))
    a = after(t, 0, 1)
    add("退货退款", "七天无理由", "买家原因", t, t_audit=a, t_recv=after(a, 3, 5), note="待仓库质检",
        rule="CK104 no_reason_refund_15_days")
    # CK101 self_declared_exclusion_needs_consent: shop's own "no seven-day return" setting, no buyer confirmation (2)
    for _ in range(2):
        t = req_day(date(2025, 6, 17), date(2025, 6, 26))
        add("退货退款", "七天无理由", "买家原因", t, status="已拒绝", t_audit=after(t, 0, 1),
            refuse="该商品不支持七天无理由退货", support="不支持（店铺设置）",
            rule="CK101 self_declared_exclusion_needs_consent")
    # CK101 no_refusal_for_opened_goods (2)
    for _ in range(2):
        t = req_day(date(2025, 6, 17), date(2025, 6, 27))
        add("退货退款", "七天无理由", "买家原因", t, status="已拒绝", t_audit=after(t, 0, 1),
            refuse="商品已拆封影响二次销售", rule="CK101 no_refusal_for_opened_goods")
    # CK104 nonconforming_remedy_15_days: repaired after 18+ days (1), still not sent back (1)
    t = req_day(date(2025, 2, 17), date(2025, 4, 25))
    a = after(t, 0, 1)
    add("维修", "质量问题", "商品质量问题", t, t_audit=a, t_recv=after(a, 2, 4), t_sent=after(t, 19, 27),
        note="配件缺货，等厂家配件", rule="CK104 nonconforming_remedy_15_days")
    t = req_day(date(2025, 5, 6), date(2025, 5, 23))
    a = after(t, 0, 1)
    add("维修", "质量问题", "商品质量问题", t, t_audit=a, t_recv=after(a, 2, 4), note="已返厂",
        rule="CK104 nonconforming_remedy_15_days")
    # CK104 agreed_term_remedy_15_days: promised 15 days, sent 18+ days after the due date (1)
    t = req_day(date(2025, 2, 3), date(2025, 3, 28))
    a = after(t, 0, 1)
    due = (t + timedelta(days=15)).date()
    add("维修", "质量问题", "商品质量问题", t, t_audit=a, t_recv=after(a, 2, 4), term="承诺15天修复", due=due,
        t_sent=after(datetime.combine(due, datetime.min.time()), 18, 24), note="厂家返修超期",
        rule="CK104 agreed_term_remedy_15_days")
    # CK104 certified_nonconforming_return_15_days: a kettle batch failed the regulator's sampling (1)
    t = req_day(date(2025, 3, 10), date(2025, 3, 31))
    a = after(t, 19, 25)
    r = after(a, 2, 4)
    add("退货退款", "质量问题", "商品质量问题", t, t_audit=a, t_recv=r, t_refund=after(r, 0, 2), item=kettle_batch,
        certified="是", note="市监局抽检不合格批次，按通知办理退货", rule="CK104 certified_nonconforming_return_15_days")
    # CK106 return_request-returned_goods_received: goods sent back before the request was made (1)
    t = req_day(date(2025, 3, 3), date(2025, 5, 16))
    a = after(t, 0, 1)
    add("退货退款", "七天无理由", "买家原因", t, t_audit=a, t_recv=t - timedelta(days=rng.randint(1, 2), hours=3),
        t_refund=after(a, 0, 1), note="买家未申请先寄回，仓库签收后联系买家补申请",
        rule="CK106 return_request-returned_goods_received")

    # --- traps (not violations) ---------------------------------------------------------------------------------
    # approved on the 15th day
    t = req_day(date(2025, 3, 3), date(2025, 4, 30))
    a = _at((t + timedelta(days=15)).date(), rng, 9, 17)
    r = after(a, 2, 4)
    add("退货退款", "七天无理由", "买家原因", t, t_audit=a, t_recv=r, t_refund=after(r, 0, 2), note="春季大促积压")
    # refunded on day 9-12 after the goods came back (beyond the consumer law's 7 days, within the 15-day threshold)
    for _ in range(2):
        t = req_day(early, date(2025, 5, 20))
        a = after(t, 0, 1)
        r = after(a, 2, 5)
        add("退货退款", "七天无理由", "买家原因", t, t_audit=a, t_recv=r, t_refund=after(r, 9, 12))
    # express refund: refunded on pickup, warehouse signed later
    t = req_day(early, late)
    a = after(t, 0, 1)
    f = after(a, 1, 2)
    add("退货退款", "七天无理由", "买家原因", t, t_audit=a, t_refund=f, t_recv=after(f, 2, 4),
        note="极速退款（揽收即退）")
    # custom-made kettles refused: statutory exclusion
    t = req_day(date(2025, 3, 10), date(2025, 5, 10))
    add("退货退款", "七天无理由", "买家原因", t, status="已拒绝", t_audit=after(t, 0, 1),
        refuse="定制商品不适用七天无理由", item=custom_goods, support="不支持（定制商品）")
    t = req_day(date(2025, 2, 10), date(2025, 5, 10))
    add("退货退款", "七天无理由", "买家原因", t, status="已拒绝", t_audit=after(t, 0, 1),
        refuse="商品已拆封影响二次销售", item=custom_goods, support="不支持（定制商品）", note="刻字定制款")
    # shop's own exclusion, confirmed by the buyer at ordering
    t = req_day(date(2025, 3, 1), date(2025, 4, 30))
    add("退货退款", "七天无理由", "买家原因", t, status="已拒绝", t_audit=after(t, 0, 1),
        refuse="该商品不支持七天无理由退货", support="不支持（店铺设置）",
        confirm=t - timedelta(days=rng.randint(4, 9), hours=rng.randint(1, 9)), item=goods[5],
        note="个人护理用品，下单页已勾选确认")
    # damage by the buyer, repaired slowly (not a quality problem)
    t = req_day(date(2025, 2, 3), date(2025, 4, 15))
    a = after(t, 0, 1)
    add("维修", "质量问题", "人为损坏", t, t_audit=a, t_recv=after(a, 2, 4), t_sent=after(t, 28, 34),
        note="进水损坏，付费维修，买家确认报价较晚")
    # promised 30 days, sent back on day 38 (within due date + 15)
    t = req_day(date(2025, 2, 3), date(2025, 4, 15))
    a = after(t, 0, 1)
    due = (t + timedelta(days=30)).date()
    add("维修", "质量问题", "商品质量问题", t, t_audit=a, t_recv=after(a, 2, 4), term="承诺30天修复", due=due,
        t_sent=after(t, 37, 39), note="返厂维修，已告知周期")
    # kettle batch that failed sampling, return approved on day 10
    t = req_day(date(2025, 3, 10), date(2025, 3, 31))
    a = after(t, 9, 10)
    r = after(a, 2, 4)
    add("退货退款", "质量问题", "商品质量问题", t, t_audit=a, t_recv=r, t_refund=after(r, 0, 2), item=kettle_batch,
        certified="是", note="市监局抽检不合格批次，按通知办理退货")
    # recent requests still pending
    for _ in range(2):
        t = req_day(date(2025, 6, 24), date(2025, 6, 29))
        add("退货退款", "七天无理由", None, t, status="待审核")

    # the export lists orders by application time; numbers are issued in that order
    cases.sort(key=lambda ci: ci[0]["申请时间"])
    per_day = {}
    for c, _ in cases:
        d = c["申请时间"].date()
        per_day[d] = per_day.get(d, rng.randint(0, 30)) + rng.randint(1, 25)   # other orders took numbers between
        c["售后单号"] = f"SH{d:%Y%m%d}{per_day[d]:04d}"
        for h in ("申请时间", "审核时间", "仓库签收时间", "退款时间", "换货/维修发出时间", "不支持无理由确认时间"):
            if c[h] is not None:
                assert c[h] <= CUTOFF, (c["售后单号"], h, c[h])
    if injected is not None:
        injected += [(c["售后单号"], rule) for c, rule in cases if rule]
    rows = [c for c, _ in cases]

    hand = {
        "procedure": "l4-consumer-rights-violation-penalties",
        "sheet": "导出",
        "columns": {
            "售后单号": "case_number",
            "售后原因": "return_basis",
            "拒绝原因": "refusal_reason",
            "商品七天无理由": "statutory_exclusion",
            "不支持无理由确认时间": "consumer_confirmed_not_returnable_at",
            "责任判定": "quality_nonconforming",
            "约定时限": "performance_term_set",
            "约定到期日": "performance_due_at",
            "监管抽检不合格": "certified_nonconforming",
            "仓库签收时间": "returned_goods_received_at",
            "退款时间": "refund_at",
            "换货/维修发出时间": "remedy_fulfilled_at",
        },
        "values": {
            "return_basis": {"七天无理由": "no_reason", "质量问题": "other", "发错货": "other", "描述不符": "other",
                             "少件漏发": "", "未发货-拍错多拍": ""},
            "refusal_reason": {"该商品不支持七天无理由退货": "self_declared_not_applicable",
                               "商品已拆封影响二次销售": "opened_or_inspected",
                               "定制商品不适用七天无理由": "other"},
            "statutory_exclusion": {"支持": False, "不支持（定制商品）": True, "不支持（店铺设置）": False},
            "quality_nonconforming": {"商品质量问题": True, "物流破损": True, "买家原因": False, "人为损坏": False,
                                      "仓库错漏发": False},
            "performance_term_set": {"无": False, "承诺15天修复": True, "承诺30天修复": True},
            "certified_nonconforming": {"是": True, "否": False},
        },
        "roles": {name: "business" for name in agents},
        "outcomes": {
            "售后类型": {"date": "申请时间",
                         "steps": {"退货退款": "return_request", "换货": "remedy_request", "维修": "remedy_request",
                                   "补发": "remedy_request"}},
            "审核状态": {"date": "审核时间", "by": "审核人",
                         "steps": {"已同意": "process_return", "已拒绝": "refuse_return"}},
        },
    }
    return rows, hand


# --- 143: S6, an equipment maker's technical-service complaint register (Excel, saved as CSV) -----------------

def _slash(d: date | None) -> str | None:
    """The register's own spelling: 2025/3/4 (dates only)."""
    return None if d is None else f"{d.year}/{d.month}/{d.day}"


def e143_s6_tech_service_complaint_register(rng, injected=None):
    """昆山一家台资包装设备厂（技术服务部 + 品保部）的《客戶投訴處理登錄表》：品保部文管在 Excel 里逐件登记，
    年中由 Excel 另存为 CSV（简体 Windows 的 ANSI，即 GB18030/GBK）交稽核。表头和取值是繁体。
    日期写法：2025/3/4（只记日期）。
    从制度原文写下的列：客訴單號（CS-年月-序號）、登錄日期、客戶名稱、客戶聯絡人、聯絡電話、投訴方式（電話/書面/
    E-mail/傳真/業務轉達/現場反映/客戶稽核）、產品型號、機台序號、客訴內容、客訴類別（產品品質/技術服務）、
    客訴等級（一般/嚴重）、承辦人、責任單位、原因調查、處理對策、核決人、回覆客戶日期、追蹤改善、是否退貨、
    結案日期、逾期說明、備註。
    读过制度 YAML 后补的列：无（制度原文在分类标准处中断，只有投诉形式、投诉等级两个字段和单号唯一）。
    手工映射：客訴單號 = case_number；投訴方式 = channel（電話、業務轉達、現場反映 → oral：客户口头说的；
    書面、E-mail、傳真、客戶稽核 → written：客户稽核以书面稽核报告提出）；客訴等級 = severity（一般 → general，
    嚴重、嚴重（客戶停線）→ serious）。“其他”“待評估”不映射：由人判断。
    注入（11）：CK107 case_number ×4（四个单号各被两件投诉使用：复制上一行后忘改单号）；
    CK102 severity ×4（“待評估”：承办人一直没有分级）；CK102 channel ×3（“其他”：看不出是书面还是口头）。
    陷阱（不是违规）：重开的案件另起一行，单号带“R”，与原单号不同；“嚴重（客戶停線）”是严重性投诉的写法；
    六月底刚登记、还没有分级的两件等级为空；“客戶稽核”“業務轉達”是可以判定的投诉形式。
    """
    taken = set()
    engineers = distinct_names(rng, 5, taken)
    managers = distinct_names(rng, 2, taken)
    gm = distinct_names(rng, 1, taken)[0]
    customers = ["蘇州華鼎包裝科技有限公司", "無錫恒泰食品有限公司", "上海佳潤日化有限公司", "寧波立新塑膠製品有限公司",
                 "常州安康藥業有限公司", "嘉興美途紙業有限公司", "南通瑞豐飲料有限公司", "昆山億達電子有限公司",
                 "杭州綠源茶業有限公司", "合肥聯創家電配件有限公司"]
    models = ["HP-3200 熱收縮包裝機", "HP-4500 全自動熱收縮包裝機", "CT-800 封箱機", "LB-220 貼標機",
              "FP-600 枕式包裝機", "VS-350 真空包裝機"]
    complaints = [
        ("產品品質", "封切刀溫度不穩，封口開裂", "溫控器批次不良", "更換溫控器並送客戶備品 2 只"),
        ("產品品質", "輸送帶跑偏，包裝膜褶皺", "滾筒平行度超差", "現場校正滾筒，出貨前增加平行度檢驗"),
        ("產品品質", "觸控屏無反應", "觸控屏排線鬆脫", "重新固定排線，追加點膠工序"),
        ("產品品質", "新機漏氣，真空度不足", "密封條尺寸不符", "更換密封條，通知採購追溯供應商"),
        ("技術服務", "工程師未按約定時間到廠", "派工排程衝突", "調整派工規則，道歉並補派工程師"),
        ("技術服務", "保養後設備異響", "保養時軸承未上油", "重新保養，修訂保養作業標準書"),
        ("技術服務", "電話諮詢三天無人回覆", "技術服務專線無人值守", "設專人值守專線，每日下班前清單"),
        ("技術服務", "操作培訓內容不足，換型無法完成", "培訓教材缺換型章節", "補訓一次，增補教材"),
        ("產品品質", "貼標位置偏移 3mm", "感測器固定座鬆動", "更換固定座，加防鬆螺絲"),
        ("產品品質", "馬達過熱停機", "馬達選型功率偏小", "更換 1.5kW 馬達，設計變更"),
    ]
    depts = {"產品品質": ["品保部", "製造部", "採購部", "研發部"], "技術服務": ["技術服務部", "技術服務部", "業務部"]}

    n = 34
    days = sorted(_rand_day(rng, date(2025, 1, 6), date(2025, 6, 25)) for _ in range(n - 2))
    days += sorted(_rand_day(rng, date(2025, 6, 27), date(2025, 6, 30)) for _ in range(2))   # not assessed yet
    channels = [pick(rng, [("電話", 9), ("E-mail", 7), ("書面", 3), ("傳真", 1), ("業務轉達", 3), ("現場反映", 3)])
                for _ in range(n)]
    levels = [pick(rng, [("一般", 5), ("嚴重", 2)]) for _ in range(n)]

    # injected invalid values and traps, on distinct rows (the last two rows are the unassessed ones)
    slots = rng.sample(range(2, n - 2), 9)
    bad_level, bad_channel, audit_rows, stop_line = slots[:4], slots[4:7], slots[7:8], slots[8:9]
    rules = [None] * n
    for i in bad_level:
        levels[i] = "待評估"
        rules[i] = "CK102 severity"
    for i in bad_channel:
        channels[i] = "其他"
        rules[i] = "CK102 channel"
    for i in audit_rows:
        channels[i] = "客戶稽核"
    for i in stop_line:
        levels[i] = "嚴重（客戶停線）"
    levels[n - 2] = levels[n - 1] = None
    channels[n - 1] = "電話"

    cases = []
    seq = {}
    for i, d in enumerate(days):
        ym = f"{d:%y%m}"
        seq[ym] = seq.get(ym, 0) + 1
        cat, what, cause, action = rng.choice(complaints)
        level = levels[i]
        fresh = d >= date(2025, 6, 27)
        reply = None if fresh else d + timedelta(days=rng.randint(1, 6))
        closed = None
        if reply and rng.random() < 0.85:
            closed = reply + timedelta(days=rng.randint(5, 30))
            if closed > CUTOFF.date():
                closed = None
        c = Case({
            "客訴單號": f"CS-{ym}-{seq[ym]:03d}",
            "登錄日期": d,
            "客戶名稱": rng.choice(customers),
            "客戶聯絡人": person_name(rng),
            "聯絡電話": mobile(rng),
            "投訴方式": channels[i],
            "產品型號": rng.choice(models),
            "機台序號": f"KS{rng.randint(21, 24)}{rng.randint(1, 12):02d}{rng.randint(1, 999):03d}",
            "客訴內容": what,
            "客訴類別": cat,
            "客訴等級": level,
            "承辦人": rng.choice(engineers),
            "責任單位": None if fresh else rng.choice(depts[cat]),
            "原因調查": None if fresh else cause,
            "處理對策": None if fresh else action,
            "核決人": None if fresh else (gm if level and level.startswith("嚴重") else rng.choice(managers)),
            "回覆客戶日期": reply,
            "追蹤改善": None if not reply else ("已確認有效" if closed else "追蹤中"),
            "是否退貨": "否" if cat == "技術服務" else pick(rng, [("否", 6), ("是", 1)]),
            "結案日期": closed,
            "逾期說明": None,
            "備註": None,
        })
        if reply and (reply - d).days > 5:
            c["逾期說明"] = "等待客戶提供不良樣品"
        if level is None:
            c["備註"] = "待技術服務部評估等級"
        cases.append((c, rules[i]))

    # four numbers reused: a row copied from the one above and the number left unchanged
    dups = []
    free = [k for k in range(3, n - 3) if rules[k] is None and rules[k - 1] is None]
    while len(dups) < 4:
        k = rng.choice(free)
        if all(abs(k - j) > 2 for j in dups):
            dups.append(k)
    for k in sorted(dups):
        cases[k][0]["客訴單號"] = cases[k - 1][0]["客訴單號"]
    # a reopened case registered again with an R suffix (trap: a different number)
    j = next(j for j in range(10, n - 3) if rules[j] is None and j not in dups and j + 1 not in dups)
    reopened = Case(cases[j][0])
    reopened["客訴單號"] += "R"
    reopened["登錄日期"] = cases[j][0]["結案日期"] or cases[j][0]["登錄日期"] + timedelta(days=12)
    reopened["客訴內容"] = "同一問題再次發生：" + reopened["客訴內容"]
    reopened["回覆客戶日期"] = reopened["登錄日期"] + timedelta(days=2)
    reopened["結案日期"] = None
    reopened["追蹤改善"] = "追蹤中"
    reopened["備註"] = "重開案件"
    cases.insert(j + 1, (reopened, None))

    if injected is not None:
        injected += [(cases[k][0]["客訴單號"], "CK107 case_number") for k in dups]
        injected += [(c["客訴單號"], r) for c, r in cases if r]
    rows = [Case({h: _slash(v) if isinstance(v, date) else v for h, v in c.items()}) for c, _ in cases]

    hand = {
        "procedure": "s6-general-serious-complaints",
        "encoding": "gb18030",
        "columns": {
            "客訴單號": "case_number",
            "投訴方式": "channel",
            "客訴等級": "severity",
        },
        "values": {
            "channel": {"電話": "oral", "業務轉達": "oral", "現場反映": "oral",
                        "書面": "written", "E-mail": "written", "傳真": "written", "客戶稽核": "written"},
            "severity": {"一般": "general", "嚴重": "serious", "嚴重（客戶停線）": "serious"},
        },
    }
    return rows, hand


EXPORTS = [
    ("142-l4-online-shop-after-sales.xlsx", "xlsx", e142_l4_online_shop_after_sales),
    ("143-s6-tech-service-complaint-register.csv", "gb18030", e143_s6_tech_service_complaint_register),
]
