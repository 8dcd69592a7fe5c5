"""Starter-profile benchmark exports 124-125 (set 22a), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 124 125    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return None if t is None or t > CUTOFF else t


def _office(t, rng, first=8, last=18):
    """Office work happens on working days, first to last o'clock; a time outside moves to the next working morning."""
    if t is None:
        return None
    t = t.replace(second=0, microsecond=0)
    if t.hour >= last:
        t = (t + timedelta(days=1)).replace(hour=first, minute=rng.randint(0, 50))
    elif t.hour < first:
        t = t.replace(hour=first, minute=rng.randint(0, 50))
    while not workday(t.date()):
        t = (t + timedelta(days=1)).replace(hour=first, minute=rng.randint(0, 50))
    return t


def _shop(t, rng, first=9, last=21):
    """The after-sales desk works every day (retail), first to last o'clock."""
    if t is None:
        return None
    t = t.replace(second=0, microsecond=0)
    if t.hour >= last:
        t = (t + timedelta(days=1)).replace(hour=first, minute=rng.randint(0, 50))
    elif t.hour < first:
        t = t.replace(hour=first, minute=rng.randint(0, 50))
    return t


# --- 124: L4, a home-appliance chain's after-sales ticket system ---------------------------------------------------

def _slash(t):
    """The after-sales system's own spelling: 2025/3/4 9:12 (no zero padding, no seconds)."""
    return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}" if t else None


def _slash_day(d):
    return f"{d.year}/{d.month}/{d.day}" if d else None


def e124_l4_appliance_after_sales(rng, injected=None):
    """124: 侵害消费者权益行为处罚办法 (L4) — 一家家电连锁（门店 + 天猫/京东/官方小程序/电视购物/电话订购）的售后工单系统导出，
    CSV（GB18030）。日期写法全表一种：`2025/3/4 9:12`（无补零、无秒）；只记日子的两列写 `2025/3/4`。

    读原文后写下的表头（售后系统自己的叫法）：售后单号, 原订单号, 下单渠道, 会员姓名, 手机号, 商品名称, 品类, 成交价,
    签收日期, 服务类型, 申请时间, 顾客诉求, 检测结论, 是否拆封, 处理结果, 不予受理原因, 退货地址告知日期, 退货入库日期,
    退款日期, 退款金额, 维修/换货完成日期, 单据状态, 售后专员, 录入人, 备注。
    服务类型：无理由退货 / 质量退货 / 换货 / 维修；处理结果：同意退货 / 驳回 / 已派工 / 待审核；
    检测结论：质量问题 / 无质量问题 / 人为损坏（无理由退货不检测，空白）。

    读过制度 YAML 后补的列：七天无理由（商品档案的标记：支持 / 不支持 / 定制不支持）, 不支持无理由确认时间（下单页顾客
    勾选确认的时间）, 监管抽检不合格（是/否）, 时效承诺（有/无）, 承诺完成日期, 处理时间（处理结果的时间）。

    手工映射：服务类型既是退货依据（无理由退货→no_reason，质量退货→other，换货、维修不适用），又经 outcomes 把
    “申请时间”分给退货要求（无理由退货、质量退货）或修理更换要求（换货、维修）；处理结果经 outcomes 把“处理时间”分给
    办理退货手续（同意退货）或拒绝退货（驳回）。

    注入（共 17 项发现）：
      CK104 no_reason_return_processing_15_days ×4（1 单审核拖到第 20 天左右；1 单 5 月申请至今待审核；另 2 单是下面
      4 月以“已拆封”驳回、5 月以“商品不支持七天无理由”驳回的，拒绝后一直未办理退货，同样超期）；
      CK101 no_refusal_for_opened_goods ×2（4 月 1 单、6 月下旬 1 单，以已拆封为由驳回）；
      CK101 self_declared_exclusion_needs_consent ×2（5 月 1 单、6 月下旬 1 单，商家自定不支持、没有顾客确认）；
      CK104 no_reason_refund_15_days ×2（1 单入库后 20 多天才退款；1 单 6 月上旬入库至今未退款）；
      CK104 nonconforming_remedy_15_days ×2（1 单维修 20 多天；1 单 5 月底报修至今未修好）；
      CK104 agreed_term_remedy_15_days ×1（承诺完成日后 20 多天才修好）；
      CK104 certified_nonconforming_return_15_days ×1（监管抽检不合格批次，退货第 20 天左右才办）；
      CK106 return_request-provide_return_info ×1（客服在线上先发了退货地址，第二天才补建售后单）；
      CK106 remedy_request-remedy_fulfilled ×1（师傅上门修好后补建工单）；
      CK107 case_number ×1（一张手工补录的单子用了已有的单号）。
    陷阱（不应报告）：入库后第 15 天退款；4 月 16 日申请、第 15 天落在劳动节假期、节后 5 月 6 日才同意退货（期间顺延）；
    商家自定不支持但下单时顾客已勾选确认的驳回；定制商品（法定除外）以已拆封为由驳回；承诺完成日期较晚、报修后 25 天
    才修好但未超过承诺日后 15 天的维修；人为损坏的付费维修 30 天；监管抽检不合格、12 天内办好退货的质量退货；
    6 月下旬申请、尚未到期的在办单和以“超过7天”驳回的单。
    """
    taken = set()
    agents = distinct_names(rng, 4, taken)
    clerks = distinct_names(rng, 2, taken)
    online = [("天猫旗舰店", 5), ("京东旗舰店", 4), ("官方小程序", 3), ("电视购物", 1), ("电话订购", 1)]
    goods = [
        ("空气炸锅 KZ-55", "厨房小电", 399), ("破壁料理机 PB-12", "厨房小电", 699), ("电饭煲 FB-40", "厨房小电", 459),
        ("扫地机器人 S9", "清洁电器", 2299), ("无线吸尘器 V8", "清洁电器", 1599), ("电热水器 60L", "热水器", 1899),
        ("滚筒洗衣机 10kg", "洗衣机", 3299), ("对开门冰箱 520L", "冰箱", 4599), ("挂式空调 1.5匹", "空调", 2799),
        ("净水器 RO-600G", "净水", 2599), ("电动牙刷 T3", "个护", 259), ("吹风机 HD-18", "个护", 329),
        ("55寸电视 E55", "电视", 2999), ("油烟机 CXW-220", "厨卫", 3199),
    ]
    custom_goods = [("定制嵌入式蒸烤箱 ZK-45(定制面板)", "厨卫", 6899), ("集成灶 JJZ-90(定制尺寸)", "厨卫", 8999)]

    # kind, count
    plan = [
        ("nr_ok", 8), ("nr_late_process", 1), ("nr_pending", 1), ("nr_refuse_opened_old", 1),
        ("nr_refuse_opened_recent", 1), ("nr_refuse_selfdecl_old", 1), ("nr_refuse_selfdecl_recent", 1),
        ("nr_refuse_confirmed", 1), ("nr_refuse_custom", 1), ("nr_refund_late", 1), ("nr_refund_open", 1),
        ("nr_refund_day15", 1), ("nr_holiday", 1), ("nr_address_before", 1), ("nr_recent_open", 2),
        ("nr_late_request_refused", 1),
        ("qr_ok", 3), ("qr_certified_late", 1), ("qr_certified_ok", 1),
        ("rp_ok", 6), ("rp_late", 1), ("rp_open", 1), ("rp_term_late", 1), ("rp_term_trap", 1),
        ("rp_human_damage_slow", 1), ("rp_backfill", 1), ("rp_recent_open", 1),
        ("ex_ok", 4),
    ]
    inj_of = {
        "nr_late_process": ["no_reason_return_processing_15_days"],
        "nr_pending": ["no_reason_return_processing_15_days"],
        "nr_refuse_opened_old": ["no_refusal_for_opened_goods", "no_reason_return_processing_15_days"],
        "nr_refuse_opened_recent": ["no_refusal_for_opened_goods"],
        "nr_refuse_selfdecl_old": ["self_declared_exclusion_needs_consent", "no_reason_return_processing_15_days"],
        "nr_refuse_selfdecl_recent": ["self_declared_exclusion_needs_consent"],
        "nr_refund_late": ["no_reason_refund_15_days"],
        "nr_refund_open": ["no_reason_refund_15_days"],
        "rp_late": ["nonconforming_remedy_15_days"],
        "rp_open": ["nonconforming_remedy_15_days"],
        "rp_term_late": ["agreed_term_remedy_15_days"],
        "qr_certified_late": ["certified_nonconforming_return_15_days"],
        "nr_address_before": ["return_request-provide_return_info"],
        "rp_backfill": ["remedy_request-remedy_fulfilled"],
    }
    # request date windows for kinds whose verdict depends on the date (the audit runs as of 1 July)
    window = {
        "nr_pending": (date(2025, 5, 6), date(2025, 5, 28)),
        "nr_refuse_opened_old": (date(2025, 4, 1), date(2025, 4, 25)),
        "nr_refuse_opened_recent": (date(2025, 6, 17), date(2025, 6, 25)),
        "nr_refuse_selfdecl_old": (date(2025, 5, 5), date(2025, 5, 25)),
        "nr_refuse_selfdecl_recent": (date(2025, 6, 18), date(2025, 6, 26)),
        "nr_refund_open": (date(2025, 5, 26), date(2025, 6, 3)),
        "nr_holiday": (date(2025, 4, 16), date(2025, 4, 16)),
        "nr_recent_open": (date(2025, 6, 24), date(2025, 6, 28)),
        "nr_late_request_refused": (date(2025, 6, 19), date(2025, 6, 25)),
        "rp_open": (date(2025, 5, 20), date(2025, 6, 6)),
        "rp_recent_open": (date(2025, 6, 23), date(2025, 6, 27)),
    }
    specs = []
    for kind, k in plan:
        for _ in range(k):
            lo, hi = window.get(kind, (date(2025, 1, 6), date(2025, 5, 31)))
            d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
            hour = rng.choice([9, 10, 11, 13, 14, 15, 16, 19, 20, 21, 22]) if kind.startswith("nr") else rng.randint(9, 19)
            specs.append({"kind": kind, "t0": datetime(d.year, d.month, d.day, hour, rng.randint(0, 59))})
    specs.sort(key=lambda s: s["t0"])

    rows = []
    seq_by_day = {}
    for s in specs:
        kind, t0 = s["kind"], s["t0"]
        seq_by_day[t0.date()] = seq_by_day.get(t0.date(), 0) + 1
        no = f"SH{t0:%y%m%d}{seq_by_day[t0.date()] + 100 * rng.randint(0, 3):03d}"
        nr, qr, rp, ex = (kind.startswith(p) for p in ("nr_", "qr_", "rp_", "ex_"))
        item = rng.choice(custom_goods) if kind == "nr_refuse_custom" else rng.choice(goods)
        channel = pick(rng, online) if nr else pick(rng, [("门店", 5), ("天猫旗舰店", 2), ("京东旗舰店", 2), ("官方小程序", 1)])
        signed = (t0 - timedelta(days=rng.randint(1, 6))).date() if (nr or qr) else \
            (t0 - timedelta(days=rng.randint(40, 400))).date()
        r = Case()
        r["售后单号"] = no
        r["原订单号"] = f"{rng.randint(2, 4)}{rng.randint(10**15, 10**16 - 1)}" if channel != "门店" else \
            f"MD{signed:%Y%m%d}{rng.randint(1000, 9999)}"
        r["下单渠道"] = channel
        r["会员姓名"] = person_name(rng)
        r["手机号"] = mobile(rng)
        r["商品名称"], r["品类"], price = item
        r["成交价"] = f"{price - rng.choice([0, 0, 50, 100, 200]) if price > 1000 else price:.2f}"
        r["签收日期"] = _slash_day(signed)
        r["服务类型"] = "无理由退货" if nr else "质量退货" if qr else "维修" if rp else "换货"
        r["申请时间"] = _slash(t0)
        r["顾客诉求"] = ""
        r["检测结论"] = ""
        r["是否拆封"] = ""
        r["七天无理由"] = "支持"
        r["不支持无理由确认时间"] = ""
        r["监管抽检不合格"] = "否"
        r["时效承诺"] = ""
        r["承诺完成日期"] = ""
        r["处理结果"] = ""
        r["处理时间"] = ""
        r["不予受理原因"] = ""
        r["退货地址告知日期"] = ""
        r["退货入库日期"] = ""
        r["退款日期"] = ""
        r["退款金额"] = ""
        r["维修/换货完成日期"] = ""
        r["单据状态"] = ""
        r["售后专员"] = rng.choice(agents)
        r["录入人"] = "系统" if channel != "门店" else rng.choice(clerks)
        r["备注"] = ""

        if nr or qr:
            # a return: address message, approval, goods back in the warehouse, refund
            r["是否拆封"] = rng.choice(["是", "否", "否"]) if nr else "是"
            r["顾客诉求"] = rng.choice(["不想要了，申请七天无理由退货", "尺寸不合适，退货", "买重了，退一台",
                                     "家里人已买同款，退货", "和页面描述颜色有差异，想退"]) if nr else \
                rng.choice(["使用三天出现异响，要求退货", "开机报E4故障，要求退货退款", "外壳开裂漏水，要求退货",
                            "通电无反应，要求退货"])
            if qr:
                r["检测结论"] = "质量问题"
            addr = t0 + timedelta(minutes=rng.randint(3, 90))
            days_to_process = rng.uniform(0.1, 2.5) if nr else rng.uniform(1, 6)
            process = _shop(t0 + timedelta(days=days_to_process), rng)
            received = _shop(process + timedelta(days=rng.uniform(2, 6), hours=rng.randint(0, 5)), rng)
            refund = _shop(received + timedelta(days=rng.uniform(0, 4)), rng)
            refuse = reason = None
            if kind == "nr_late_process":
                process = _shop(datetime.combine(t0.date() + timedelta(days=rng.randint(18, 24)), datetime.min.time())
                                + timedelta(hours=rng.randint(10, 17), minutes=rng.randint(0, 59)), rng)
                received = _shop(process + timedelta(days=rng.uniform(2, 5)), rng)
                refund = _shop(received + timedelta(days=rng.uniform(0, 2)), rng)
                r["备注"] = "审核积压，顾客多次催促"
            if kind == "nr_holiday":
                process = datetime(2025, 5, 6, rng.randint(10, 16), rng.randint(0, 59))
                received = _shop(process + timedelta(days=rng.uniform(2, 4)), rng)
                refund = _shop(received + timedelta(days=rng.uniform(0, 2)), rng)
                r["备注"] = "节假日仓库停收，节后办理"
            if kind == "nr_pending":
                process = received = refund = None
                r["处理结果"] = "待审核"
                r["备注"] = "等待品牌方确认退货政策"
            if kind in ("nr_refuse_opened_old", "nr_refuse_opened_recent", "nr_refuse_custom"):
                r["是否拆封"] = "是"
                refuse, reason = _shop(t0 + timedelta(hours=rng.randint(3, 40)), rng), "已拆封"
                if kind == "nr_refuse_custom":
                    r["七天无理由"] = "定制不支持"
                    r["顾客诉求"] = "安装前发现面板颜色不喜欢，要求退货"
                    r["备注"] = "定制商品，按尺寸下单生产"
            if kind in ("nr_refuse_selfdecl_old", "nr_refuse_selfdecl_recent", "nr_refuse_confirmed"):
                r["七天无理由"] = "不支持"
                refuse, reason = _shop(t0 + timedelta(hours=rng.randint(3, 40)), rng), "商品不支持七天无理由"
                if kind == "nr_refuse_confirmed":
                    r["不支持无理由确认时间"] = _slash(datetime.combine(signed - timedelta(days=rng.randint(1, 3)),
                                                                   datetime.min.time())
                                                  + timedelta(hours=rng.randint(9, 22), minutes=rng.randint(0, 59)))
                    r["备注"] = "下单页已勾选确认不支持无理由退货"
            if kind == "nr_late_request_refused":
                refuse, reason = _shop(t0 + timedelta(hours=rng.randint(2, 20)), rng), "超过7天"
                signed = (t0 - timedelta(days=rng.randint(11, 16))).date()
                r["签收日期"] = _slash_day(signed)
            if refuse:
                process = received = refund = None
                r["处理结果"], r["处理时间"], r["不予受理原因"] = "驳回", _slash(refuse), reason
            if kind == "nr_refund_late":
                refund = _shop(received + timedelta(days=rng.randint(19, 26)), rng)
                r["备注"] = "财务退款批次漏单"
            if kind == "nr_refund_open":
                received = _shop(datetime(2025, 6, rng.randint(4, 12), rng.randint(10, 17), rng.randint(0, 59)), rng)
                process = _shop(received - timedelta(days=rng.uniform(2, 4)), rng)
                refund = None
                r["备注"] = "已入库，待财务退款"
            if kind == "nr_refund_day15":
                refund = datetime.combine(received.date() + timedelta(days=15), datetime.min.time()) + \
                    timedelta(hours=rng.randint(10, 16), minutes=rng.randint(0, 59))
                r["备注"] = "支付渠道原路退回延迟"
            if kind == "nr_address_before":
                addr = t0 - timedelta(hours=rng.randint(14, 22))
                r["录入人"] = rng.choice(clerks)
                r["备注"] = "在线客服先发退货地址，次日补建售后单"
            if kind == "qr_certified_late":
                r["监管抽检不合格"] = "是"
                process = _shop(t0 + timedelta(days=rng.randint(18, 23)), rng)
                received = _shop(process + timedelta(days=rng.uniform(1, 3)), rng)
                refund = _shop(received + timedelta(days=rng.uniform(0, 2)), rng)
                r["备注"] = "该批次市场监管抽检不合格，等厂家确认后才办退货"
            if kind == "qr_certified_ok":
                r["监管抽检不合格"] = "是"
                process = _shop(t0 + timedelta(days=rng.randint(9, 12)), rng)
                received = _shop(process + timedelta(days=rng.uniform(1, 2)), rng)
                refund = _shop(received + timedelta(days=rng.uniform(0, 1)), rng)
                r["备注"] = "该批次市场监管抽检不合格"
            process, received, refund = _cap(process), _cap(received), _cap(refund)
            if received is None:
                refund = None
            if process and not r["处理结果"]:
                r["处理结果"], r["处理时间"] = "同意退货", _slash(process)
            elif not r["处理结果"]:
                r["处理结果"] = "待审核"
            if r["处理结果"] != "驳回":
                r["退货地址告知日期"] = _slash(_cap(addr))
            r["退货入库日期"] = _slash(received)
            r["退款日期"] = _slash(refund)
            r["退款金额"] = r["成交价"] if refund else ""
            r["单据状态"] = "已驳回" if r["处理结果"] == "驳回" else "已完成" if refund else "处理中"
        else:
            # a repair or an exchange: dispatch, the job done
            r["顾客诉求"] = rng.choice(["不制冷，要求上门维修", "漏水，要求维修", "开机无显示，要求修理", "噪音大，要求检修",
                                     "显示屏闪烁，要求维修"]) if rp else \
                rng.choice(["到货有划痕，要求换新", "使用一周出现故障，要求换货", "遥控器失灵，要求换机"])
            r["检测结论"] = "质量问题"
            r["时效承诺"] = "无"
            dispatch = _shop(t0 + timedelta(hours=rng.randint(2, 30)), rng)
            done = _shop(t0 + timedelta(days=rng.uniform(2, 10)), rng)
            due = None
            if kind in ("rp_ok", "ex_ok") and rng.random() < 0.4:
                due = (t0 + timedelta(days=rng.randint(5, 8))).date()
                done = _shop(t0 + timedelta(days=rng.uniform(1, 4)), rng)
            if kind == "rp_late":
                done = _shop(t0 + timedelta(days=rng.randint(20, 28)), rng)
                r["备注"] = "配件缺货，厂家调货"
            if kind == "rp_open":
                done = None
                r["备注"] = "主板缺货，等厂家发件"
            if kind == "rp_term_late":
                due = (t0 + timedelta(days=rng.randint(5, 7))).date()
                done = _shop(datetime.combine(due, datetime.min.time()) + timedelta(days=rng.randint(19, 25), hours=14), rng)
                r["备注"] = "承诺一周修好，实际拖了很久"
            if kind == "rp_term_trap":
                due = (t0 + timedelta(days=14)).date()
                done = _shop(t0 + timedelta(days=25, hours=rng.randint(0, 4)), rng)
                r["备注"] = "与顾客约定两周内修复（需返厂），返厂延误"
            if kind == "rp_human_damage_slow":
                r["检测结论"] = "人为损坏"
                done = _shop(t0 + timedelta(days=rng.randint(28, 33)), rng)
                r["备注"] = "进水损坏，保外付费维修，顾客确认报价较晚"
            if kind == "rp_backfill":
                done = t0 - timedelta(hours=rng.randint(3, 6))
                dispatch = None
                r["录入人"] = rng.choice(clerks)
                r["备注"] = "师傅上门当场修好，事后补建工单"
            if kind == "rp_recent_open":
                done = None
            if due:
                r["时效承诺"], r["承诺完成日期"] = "有", _slash_day(due)
            done = _cap(done)
            r["处理结果"], r["处理时间"] = ("已派工", _slash(_cap(dispatch))) if dispatch else ("已派工", "")
            if kind == "rp_backfill":
                r["处理时间"] = _slash(done)
            r["维修/换货完成日期"] = _slash(done)
            r["单据状态"] = "已完成" if done else "处理中"
        s["row"] = r
        rows.append(r)

    # a hand-entered ticket took a number the system had already given
    busy = {k for k, s in enumerate(specs) if s["kind"] not in ("nr_ok", "rp_ok", "ex_ok", "qr_ok")}
    dup = next(k for k in range(15, len(rows)) if k not in busy and k - 1 not in busy)
    rows[dup]["售后单号"] = rows[dup - 1]["售后单号"]
    rows[dup]["录入人"] = rng.choice(clerks)
    rows[dup]["备注"] = "门店手工单补录"

    if injected is not None:
        injected += [(rows[dup]["售后单号"], "case_number (duplicate)")]
        injected += [(s["row"]["售后单号"], i) for s in specs for i in inj_of.get(s["kind"], [])]

    hand = {
        "procedure": "l4-consumer-rights-violation-penalties",
        "encoding": "gb18030",
        "columns": {
            "售后单号": "case_number",
            "服务类型": "return_basis",
            "检测结论": "quality_nonconforming",
            "七天无理由": "statutory_exclusion",
            "不支持无理由确认时间": "consumer_confirmed_not_returnable_at",
            "监管抽检不合格": "certified_nonconforming",
            "时效承诺": "performance_term_set",
            "承诺完成日期": "performance_due_at",
            "不予受理原因": "refusal_reason",
            "退货地址告知日期": "provide_return_info_at",
            "退货入库日期": "returned_goods_received_at",
            "退款日期": "refund_at",
            "维修/换货完成日期": "remedy_fulfilled_at",
        },
        "values": {
            "return_basis": {"无理由退货": "no_reason", "质量退货": "other", "换货": "", "维修": ""},
            "quality_nonconforming": {"质量问题": True, "无质量问题": False, "人为损坏": False},
            "statutory_exclusion": {"支持": False, "不支持": False, "定制不支持": True},
            "certified_nonconforming": {"是": True, "否": False},
            "performance_term_set": {"有": True, "无": False},
            "refusal_reason": {"已拆封": "opened_or_inspected", "商品不支持七天无理由": "self_declared_not_applicable",
                               "超过7天": "other"},
        },
        "outcomes": {
            "服务类型": {"date": "申请时间",
                      "steps": {"无理由退货": "return_request", "质量退货": "return_request",
                                "换货": "remedy_request", "维修": "remedy_request"}},
            "处理结果": {"date": "处理时间", "steps": {"同意退货": "process_return", "驳回": "refuse_return"}},
        },
    }
    return rows, hand



# --- 125: S17, a parts factory's 品质部 customer-complaint tracking workbook ---------------------------------------

def e125_s17_factory_complaint_tracking(rng, injected=None):
    """125: 客户投诉处理控制程序（8D）(S17) — 一家东莞五金注塑件厂品质部维护的 Excel《客诉跟踪表》，XLSX。
    日期是 Excel 日期单元格：接收、转交、开始分析三列带时分，其余只记日子。

    读原文后写下的表头（跟踪表自己的叫法）：客诉编号, 客户名称, 料号, 品名, 出货批号, 不良数, 不良描述, 客诉接收时间,
    业务员, 转品质部时间, 品质受理人, 开始分析时间, 分析方式, 根本原因, 临时措施, 长期对策, 责任部门, 对策完成日期,
    涉及供应商, 采购跟进人, 第1批交货, 第2批交货, 第3批交货, 效果确认, 确认人, 回复报告, 回复客户日期, 回复人,
    客户意见, 是否退货, 退货数量, 状态, 备注。
    回复报告写“8D报告”或“客诉报告”；责任部门写部门（生产部、工程部、模具部、品质部、采购部）；业务员、品质受理人、
    确认人、回复人写人名。

    读过制度 YAML 后补的列：效果确认日期（“效果确认”一栏只写 OK，确认的日子另记一列）。

    手工映射：品质部 2 小时的起算是品质部收到客诉报告，所以“转品质部时间”是受理转交环节的时间，“客诉接收时间”是
    字段 received_at；人名按各人所在部门对应角色（总经理对应 general_manager），责任部门中生产部、工程部、模具部对应
    “各部门”。

    注入（共 14 项发现）：
      CK104 verify_within_2h ×3（转交后 3 小时多、5 小时才开始分析各 1 单；下午 4 点多转交、次日早上才开始 1 单）；
      CK101 three_batches_tracked ×2（只跟踪两批就确认效果）；
      CK101 effect_confirmed ×1（没有效果确认就回复客户）；
      CK101 replied_to_customer ×1（6 月中旬已确认效果、至今未回复客户）；
      CK101 countermeasure_before_confirmation ×1（对策完成日期空白却已确认效果）；
      CK101 reply_with_report ×1（已回复、回复报告一栏空白）；
      CK101 customer_opinion_sought ×1（已回复、客户意见空白）；
      CK103 quality_or_gm_verifies ×1（品质人员请假，业务员自己开始分析）；
      CK103 step-reply ×1（品质工程师直接回复客户）；
      CK106 confirm_effect-reply ×1（先回复客户，后确认效果）；
      CK107 case_number ×1（复制上一行新建时编号没改）。
    陷阱（不应报告）：转交后 1 小时 55 分开始分析；总经理亲自主导分析（必要时总经理主导）；供应商来料问题由采购部拟定
    对策（采购部属于“各部门”）；对策已做、只跟踪了一两批、尚未确认效果的在办案件；6 月下旬刚受理、正在分析的案件。
    """
    taken = set()
    sales = distinct_names(rng, 4, taken)
    quality = distinct_names(rng, 3, taken)
    gm = distinct_names(rng, 1, taken)[0]
    buyer = distinct_names(rng, 1, taken)[0]
    customers = [("华信电子", "HX"), ("锐达汽车部件", "RD"), ("博远科技", "BY"), ("鸿泰电器", "HT"), ("凯旋精密", "KX")]
    parts = [("支架", "冲压件"), ("端子", "五金件"), ("前盖", "注塑件"), ("后壳", "注塑件"), ("散热片", "五金件"),
             ("固定卡扣", "注塑件"), ("屏蔽罩", "冲压件"), ("侧板", "钣金件")]
    defects = [
        ("孔位偏移，与模组无法组装", "工程部", "冲压模具定位销磨损", "全检出货，挑出偏位品", "更换定位销，首件加检孔位"),
        ("表面有缩水、沙眼", "生产部", "注塑保压时间不足", "库存品全检", "调整保压参数并固化到SOP"),
        ("毛刺超标划伤客户作业员", "模具部", "冲头刃口崩缺", "出货前加一道去毛刺", "修模，刃口寿命纳入点检"),
        ("尺寸超差 0.15mm", "工程部", "CNC 程序补偿值错误", "隔离在库品重新测量", "程序变更需双人确认"),
        ("包装破损，产品变形", "生产部", "纸箱规格不符，堆叠过高", "改用加强箱", "修订包装规范，限高四层"),
        ("导电胶条过长", "生产部", "裁切治具松动", "全检胶条长度", "治具加锁紧并每班点检"),
        ("电镀层起泡", "采购部", "外协电镀前处理不良", "要求供应商全检", "供应商导入前处理参数记录，来料加抽检"),
        ("混料：两种料号装在同一箱", "生产部", "换线时未清线", "客户处全检挑料", "换线清线检查表，品质确认后开线"),
    ]
    plan = [
        ("ok", 16), ("inprog_verify", 2), ("inprog_cm", 4),
        ("late_3h", 1), ("late_5h", 1), ("late_overnight", 1),
        ("trap_1h55", 1), ("trap_gm", 1), ("trap_purchasing", 1),
        ("two_batches", 2), ("reply_no_confirm", 1), ("confirm_no_reply", 1), ("confirm_no_cm", 1),
        ("reply_no_report", 1), ("reply_no_opinion", 1), ("verify_by_sales", 1), ("reply_by_quality", 1),
        ("reply_before_confirm", 1),
    ]
    inj_of = {
        "late_3h": "verify_within_2h", "late_5h": "verify_within_2h", "late_overnight": "verify_within_2h",
        "two_batches": "three_batches_tracked", "reply_no_confirm": "effect_confirmed",
        "confirm_no_reply": "replied_to_customer", "confirm_no_cm": "countermeasure_before_confirmation",
        "reply_no_report": "reply_with_report", "reply_no_opinion": "customer_opinion_sought",
        "verify_by_sales": "quality_or_gm_verifies", "reply_by_quality": "step-reply",
        "reply_before_confirm": "confirm_effect-reply",
    }
    window = {
        "inprog_verify": (date(2025, 6, 23), date(2025, 6, 27)),
        "inprog_cm": (date(2025, 5, 12), date(2025, 6, 6)),
        "confirm_no_reply": (date(2025, 4, 14), date(2025, 4, 18)),
    }
    specs = []
    for kind, k in plan:
        for _ in range(k):
            lo, hi = window.get(kind, (date(2025, 1, 6), date(2025, 4, 25)))
            d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
            while not workday(d):
                d += timedelta(days=1)
            t = datetime(d.year, d.month, d.day, rng.choice([8, 9, 9, 10, 10, 11, 13, 14]), rng.randint(0, 59))
            if kind == "late_overnight":
                t = t.replace(hour=15, minute=rng.randint(40, 59))
            if kind == "late_5h":
                t = t.replace(hour=8, minute=rng.randint(10, 40))
            specs.append({"kind": kind, "t": t})
    specs.sort(key=lambda s: s["t"])

    def day(t):
        return date(t.year, t.month, t.day) if t else None

    rows = []
    for n, s in enumerate(specs, 1):
        kind, t_recv = s["kind"], s["t"]
        cust, code = rng.choice(customers)
        part, kind_of_part = rng.choice(parts)
        defect = rng.choice(defects)
        if kind == "trap_purchasing":
            defect = defects[6]
        elif defect[1] == "采购部":
            defect = defects[0]
        major = rng.random() < 0.55
        rep = rng.choice(sales)
        qe = rng.choice(quality)

        transfer = _office(t_recv + timedelta(minutes=rng.randint(10, 70)), rng)
        verify = transfer + timedelta(minutes=rng.randint(12, 100))
        if kind == "late_3h":
            verify = transfer + timedelta(hours=3, minutes=rng.randint(5, 50))
        if kind == "late_5h":
            verify = transfer + timedelta(hours=5, minutes=rng.randint(0, 40))
        if kind == "late_overnight":
            transfer = t_recv.replace(hour=16, minute=rng.randint(30, 55))
            nxt = t_recv.date() + timedelta(days=1)
            while not workday(nxt):
                nxt += timedelta(days=1)
            verify = datetime(nxt.year, nxt.month, nxt.day, 8, rng.randint(20, 50))
        if kind == "trap_1h55":
            verify = transfer + timedelta(hours=1, minutes=55)
        verify_by = gm if kind == "trap_gm" else rep if kind == "verify_by_sales" else qe

        cm = day(verify) + timedelta(days=rng.randint(3, 9))
        batches = [cm + timedelta(days=rng.randint(4, 8))]
        for _ in range(2):
            batches.append(batches[-1] + timedelta(days=rng.randint(4, 9)))
        confirm = batches[-1] + timedelta(days=rng.randint(0, 2))
        reply = confirm + timedelta(days=rng.randint(0, 3))
        confirm_by, reply_by = rng.choice(quality), rep
        report = "8D报告" if major else "客诉报告"
        opinion = rng.choice(["客户接受改善对策", "客户确认OK，同意结案", "客户无异议", "客户要求后续批次附检验报告",
                              "满意"])

        if kind == "inprog_verify":
            cm = None
        if kind == "inprog_cm":
            keep = rng.randint(0, 2)
            batches = batches[:keep]
            confirm = reply = None
        if kind == "two_batches":
            batches = batches[:2]
            confirm = batches[-1] + timedelta(days=rng.randint(1, 3))
            reply = confirm + timedelta(days=rng.randint(0, 2))
        if kind == "reply_no_confirm":
            confirm = None
        if kind == "confirm_no_reply":
            reply = None
        if kind == "confirm_no_cm":
            cm = None
        if kind == "reply_no_report":
            report = ""
        if kind == "reply_no_opinion":
            opinion = ""
        if kind == "reply_by_quality":
            reply_by = confirm_by
        if kind == "reply_before_confirm":
            reply = batches[1] + timedelta(days=1)
            confirm = batches[2] + timedelta(days=1)

        if cm is None and kind == "inprog_verify":
            batches, confirm, reply = [], None, None
        cap = date(2025, 6, 30)
        batches = [b for b in batches if b <= cap]
        if confirm and confirm > cap:
            confirm = None
        if reply and reply > cap:
            reply = None
        if kind in ("ok", "trap_1h55", "trap_gm", "trap_purchasing"):
            assert reply and confirm and len(batches) == 3, (kind, t_recv)

        supplier = defect[1] == "采购部"
        returned = rng.random() < 0.3
        r = Case()
        r["客诉编号"] = f"KS-{t_recv:%y%m}-{n:03d}"
        r["客户名称"] = cust
        r["料号"] = f"{code}-{rng.randint(1000, 9999)}-{rng.choice('ABC')}"
        r["品名"] = part
        r["出货批号"] = f"L{(t_recv - timedelta(days=rng.randint(5, 30))):%y%m%d}{rng.randint(1, 9):02d}"
        r["不良数"] = rng.choice([3, 5, 8, 12, 20, 36, 50, 120, 300])
        r["不良描述"] = defect[0]
        r["客诉接收时间"] = t_recv
        r["业务员"] = rep
        r["转品质部时间"] = transfer
        r["品质受理人"] = verify_by
        r["开始分析时间"] = verify
        r["分析方式"] = "8D" if major else "简易分析"
        r["根本原因"] = defect[2]
        r["临时措施"] = defect[3]
        r["长期对策"] = defect[4] if cm else ""
        r["责任部门"] = defect[1]
        r["对策完成日期"] = cm
        r["涉及供应商"] = "是" if supplier else "否"
        r["采购跟进人"] = buyer if supplier else ""
        for i in range(3):
            r[f"第{i + 1}批交货"] = batches[i] if i < len(batches) else None
        r["效果确认"] = "OK" if confirm else ""
        r["确认人"] = confirm_by if confirm else ""
        r["效果确认日期"] = confirm
        r["回复报告"] = report if reply else ""
        r["回复客户日期"] = reply
        r["回复人"] = reply_by if reply else ""
        r["客户意见"] = opinion if reply else ""
        r["是否退货"] = "是" if returned else "否"
        r["退货数量"] = r["不良数"] if returned else ""
        r["状态"] = "结案" if reply else "待回复" if confirm else "跟踪中" if batches else "对策中" if cm else "分析中"
        r["备注"] = ""
        if kind == "trap_gm":
            r["备注"] = "批量不良，总经理亲自主导"
        if kind == "verify_by_sales":
            r["备注"] = "品质工程师请假，业务先行分析"
        if kind == "late_overnight":
            r["备注"] = "下班前转交，次日分析"
        if kind == "reply_before_confirm":
            r["备注"] = "客户催促，先回复8D"
        if kind == "confirm_no_reply":
            r["备注"] = "待业务回复"
        s["row"] = r
        rows.append(r)

    # a row copied from the one above kept its number
    busy = {k for k, s in enumerate(specs) if s["kind"] != "ok"}
    dup = next(k for k in range(12, len(rows)) if k not in busy and k - 1 not in busy)
    rows[dup]["客诉编号"] = rows[dup - 1]["客诉编号"]

    if injected is not None:
        injected += [(rows[dup]["客诉编号"], "case_number (duplicate)")]
        injected += [(s["row"]["客诉编号"], inj_of[s["kind"]]) for s in specs if s["kind"] in inj_of]

    roles = {**{p: "sales" for p in sales}, **{p: "quality" for p in quality}, gm: "general_manager",
             "生产部": "all_departments", "工程部": "all_departments", "模具部": "all_departments",
             "品质部": "quality", "采购部": "purchasing"}
    hand = {
        "procedure": "s17-complaint-control-8d",
        "columns": {
            "客诉编号": "case_number",
            "客户名称": "customer",
            "不良描述": "content",
            "客诉接收时间": "received_at",
            "转品质部时间": "receive_at",
            "业务员": "receive_by",
            "开始分析时间": "verify_at",
            "品质受理人": "verify_by",
            "对策完成日期": "countermeasure_at",
            "责任部门": "countermeasure_by",
            "第1批交货": "track_batch_at",
            "第2批交货": "track_batch_2_at",
            "第3批交货": "track_batch_3_at",
            "效果确认日期": "confirm_effect_at",
            "确认人": "confirm_effect_by",
            "回复报告": "reply_report",
            "回复客户日期": "reply_at",
            "回复人": "reply_by",
            "客户意见": "satisfaction",
        },
        "values": {
            "reply_report": {"8D报告": "eight_d_report", "客诉报告": "customer_complaint_report"},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("124-l4-appliance-after-sales.csv", "gb18030", e124_l4_appliance_after_sales),
    ("125-s17-factory-complaint-tracking.xlsx", "xlsx", e125_s17_factory_complaint_tracking),
]
