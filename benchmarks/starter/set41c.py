"""Starter-profile benchmark exports 242-243 (set 41c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 242 243    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import pick, distinct_names, mobile, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened
AS_OF = datetime(2025, 7, 1)            # the audits run with --as-of 2025-07-01


def _at(rng, d, lo_h, hi_h):
    """A whole-minute time on day d between lo_h and hi_h o'clock."""
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=21):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=rng.randint(0, 59), microsecond=0)


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _due15(t):
    """End of a 15-calendar-day period counted from the day after t's date; a last day that is not a working day
    moves to the next working day (民法典第二百零三条). Returned as the following midnight (24:00 of the last day)."""
    d = t.date() + timedelta(days=15)
    while not workday(d):
        d += timedelta(days=1)
    return datetime(d.year, d.month, d.day) + timedelta(days=1)


def _s(t):
    """The ERP's own spelling: 2025-03-04 09:05:12."""
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else ""


def _d(t):
    return t.strftime("%Y-%m-%d") if t else ""


def e242_l4_home_goods_eshop_aftersale(rng, injected=None):
    """栖木家居（网店：天猫旗舰店、抖店、微信小程序商城）的 ERP“售后单”导出，CSV（UTF-8 带 BOM），每张售后单一行。
    时间写作 2025-03-04 09:05:12，日期写作 2025-03-11。

    读制度 YAML 之前写下的表头（照 L4 第八、九条能想到的网店售后单）：
    售后单号、线上订单号、店铺、买家昵称、收货人、手机号、商品名称、实付金额、售后类型（退货退款 / 换货 / 维修 / 补发）、
    申请原因（七天无理由 / 不喜欢 / 质量问题 / 描述不符 / 发错货 / 少件漏发）、申请时间、接单客服、审核结果、审核时间、
    驳回原因、退货地址下发时间、退回运单号、仓库签收时间、退款时间、退款金额、重新发货时间、售后状态、备注。

    读过制度 YAML 后补的列：商品属性（常规商品 / 定制商品 / 个护用品：法定不适用无理由退货的只有定制商品）、
    不支持无理由确认时间（买家下单时勾选“知晓该商品不支持七天无理由退货”的时间）、质检结论（质量问题 / 非质量问题 / 待检）、
    抽检不合格（是 / 否：该批次被市场监管部门抽检认定不合格）、约定时效（有 / 无）、约定完成日。

    注入的违规（按规则 id 计数，共 20）：no_reason_return_processing_15_days 4（审核拖到第 17 天以后 1、5 月申请至今待审核 1、
    以“不支持七天无理由”和“已拆封”驳回的旧单各 1）、no_reason_refund_15_days 2（签收后 20 天以上才退款 1、6 月初签收至今
    待退款 1）、nonconforming_remedy_15_days 2（质量问题换货/维修拖过 15 天 1、至今未寄出 1）、agreed_term_remedy_15_days 2
    （约定完成日后 18 天以上才寄出 1、约定日已过 15 天仍未寄出 1）、certified_nonconforming_return_15_days 1（抽检不合格批次
    退货拖过 15 天才审核）、self_declared_exclusion_needs_consent 2（常规商品以“该商品不支持七天无理由退货”驳回、买家没有
    确认过）、no_refusal_for_opened_goods 2（常规商品以“已拆封影响二次销售”驳回）、return_request-provide_return_info 1
    （退货地址在建单前一天就发给了买家）、return_request-returned_goods_received 1（买家先寄回、后补申请）、case_number 1
    （两张售后单同号）、statutory_exclusion 1（商品属性“赠品”对不上选项）、performance_term_set 1（约定时效“待确认”）。

    陷阱（不是违规）：签收后第 15 天落在周末、周一才退款（期间末日顺延）；抽检不合格批次第 15 天晚上审核；约定完成日后
    第 14 天才寄出（已比申请晚二十多天，但有约定时效的按约定日起算）；定制商品以“已拆封”驳回（法定除外商品）；个护用品以
    “不支持七天无理由”驳回，但买家下单时已确认；描述不符的退货签收 20 天后才退款（不是无理由退货）；人为损坏的维修
    25 天才寄回（不是质量问题）；6 月下旬的申请还在待审核 / 维修中（未到期）。
    """
    shops = [("天猫旗舰店", 5), ("抖店", 3), ("小程序商城", 2)]
    regular = ["电热水壶", "空气炸锅", "乳胶枕", "纯棉四件套", "保温杯", "加湿器", "落地扇", "收纳柜", "电煮锅", "记忆棉床垫"]
    custom = ["定制尺寸窗帘", "刻字木质餐盘", "定制照片抱枕"]
    personal = ["电动牙刷", "冲牙器", "剃须刀"]
    reasons_nr = [("七天无理由", 6), ("不喜欢/效果不好", 3)]
    reasons_other = [("质量问题", 4), ("描述不符", 2), ("发错货", 1)]

    taken: set = set()
    staff = distinct_names(rng, 5, taken)
    buyers = distinct_names(rng, 60, taken)

    kinds = (["nr_ok"] * 12 + ["other_return"] * 5 + ["remedy_ok"] * 6 + ["agreed_ok"] * 2
             + ["late_process", "open_process", "self_old", "self_new", "opened_old", "opened_new",
                "late_refund", "open_refund", "late_remedy", "open_remedy", "agreed_late", "agreed_open",
                "cert_late", "ck106_info", "ck106_received", "dup", "gift", "term_unknown",
                "t_weekend_refund", "t_cert_day15", "t_agreed_day14", "t_custom_opened", "t_personal_confirmed",
                "t_other_late_refund", "t_damage_repair", "t_open_new", "t_repair_open"])
    rng.shuffle(kinds)

    lo, hi = datetime(2025, 1, 6), datetime(2025, 6, 12)
    early = {"agreed_late", "late_process", "late_refund", "cert_late", "t_weekend_refund", "t_cert_day15",
             "t_agreed_day14", "t_other_late_refund", "t_damage_repair"}   # their later steps must fall before the cutoff
    rows, notes = [], []
    used_numbers: set = set()

    def number(day):
        while True:
            n = f"SH{day:%y%m%d}{rng.randint(1000, 9999)}"
            if n not in used_numbers:
                used_numbers.add(n)
                return n

    def mark(case, rule):
        notes.append((case, rule))

    dup_source = None
    for i, kind in enumerate(kinds):
        if kind in ("self_new", "opened_new", "t_open_new"):
            day = datetime(2025, 6, rng.randint(18, 26))
        elif kind == "t_repair_open":
            day = datetime(2025, 6, rng.randint(18, 23))
        elif kind in ("open_process", "late_remedy"):
            day = datetime(2025, 5, rng.randint(6, 22))
        elif kind in ("open_remedy", "agreed_open"):
            day = datetime(2025, 5, rng.randint(10, 25))
        elif kind == "open_refund":
            day = datetime(2025, 5, rng.randint(26, 31))
        elif kind in early:
            day = lo + timedelta(days=rng.randint(0, (datetime(2025, 5, 10) - lo).days))
        else:
            day = lo + timedelta(days=rng.randint(0, (hi - lo).days))
        applied = _at(rng, day, 7.5, 23.5).replace(second=rng.randint(0, 59))
        case = number(applied)
        buyer = buyers[i]
        r = {
            "售后单号": case,
            "线上订单号": "".join(rng.choice("0123456789") for _ in range(18)),
            "店铺": pick(rng, shops),
            "买家昵称": "tb" + "".join(rng.choice("0123456789abcdefgh") for _ in range(8)),
            "收货人": buyer,
            "手机号": mobile(rng),
            "商品名称": rng.choice(regular),
            "商品属性": "常规商品",
            "不支持无理由确认时间": "",
            "实付金额": f"{rng.choice([39, 59, 89, 129, 169, 199, 259, 329, 459, 699])}.00",
            "售后类型": "退货退款",
            "申请原因": pick(rng, reasons_nr),
            "申请时间": applied,
            "接单客服": rng.choice(staff),
            "审核结果": "",
            "审核时间": None,
            "驳回原因": "",
            "退货地址下发时间": None,
            "退回运单号": "",
            "仓库签收时间": None,
            "质检结论": "",
            "抽检不合格": "否",
            "约定时效": "",
            "约定完成日": None,
            "退款时间": None,
            "退款金额": "",
            "重新发货时间": None,
            "售后状态": "",
            "备注": "",
        }

        def approve(t):
            r["审核结果"] = "同意退货"
            r["审核时间"] = t
            r["退货地址下发时间"] = t + timedelta(seconds=rng.randint(2, 40))

        def receive(t):
            r["仓库签收时间"] = t
            r["退回运单号"] = rng.choice(["SF", "YT", "ZTO", "JD"]) + "".join(rng.choice("0123456789") for _ in range(12))

        def refund(t):
            r["退款时间"] = t
            r["退款金额"] = r["实付金额"]

        def normal_return(t0):
            approve(_plus(rng, t0, 0.1, 20))
            receive(_plus(rng, r["审核时间"], 40, 130))
            refund(_plus(rng, r["仓库签收时间"], 0.5, 70))

        def remedy(kind_of, reason="质量问题", quality="质量问题"):
            r["售后类型"] = kind_of
            r["申请原因"] = reason
            r["质检结论"] = quality
            r["审核结果"] = {"换货": "同意换货", "维修": "同意维修", "补发": "同意补发"}[kind_of]
            r["审核时间"] = _plus(rng, applied, 0.2, 12)
            if kind_of != "补发":
                r["退货地址下发时间"] = r["审核时间"] + timedelta(seconds=rng.randint(2, 40))
                receive(_plus(rng, r["审核时间"], 40, 110))

        if kind in ("nr_ok", "dup"):
            normal_return(applied)
            if kind == "dup":
                dup_source = r
        elif kind == "other_return":
            r["申请原因"] = pick(rng, reasons_other)
            normal_return(applied)
            r["质检结论"] = {"质量问题": "质量问题", "发错货": ""}.get(r["申请原因"], rng.choice(["质量问题", "非质量问题"]))
        elif kind == "remedy_ok":
            k = pick(rng, [("换货", 3), ("维修", 3), ("补发", 1)])
            if k == "补发":
                remedy(k, "少件漏发", "")
                r["约定时效"] = "无"
                r["重新发货时间"] = _plus(rng, r["审核时间"], 3, 60)
            else:
                remedy(k)
                r["约定时效"] = "无"
                r["重新发货时间"] = _plus(rng, r["仓库签收时间"], 20, 150)
        elif kind in ("agreed_ok", "agreed_late", "agreed_open", "t_agreed_day14"):
            remedy("维修")
            r["约定时效"] = "有"
            due = datetime(applied.year, applied.month, applied.day) + timedelta(days=7)
            r["约定完成日"] = due
            limit = _due15(due)
            if kind == "agreed_ok":
                r["重新发货时间"] = _plus(rng, r["仓库签收时间"], 20, 90)
            elif kind == "agreed_late":
                r["重新发货时间"] = _at(rng, limit + timedelta(days=rng.randint(2, 6)), 9, 18)
                mark(case, "agreed_term_remedy_15_days")
            elif kind == "t_agreed_day14":
                r["重新发货时间"] = _at(rng, due + timedelta(days=14), 10, 18)
                assert r["重新发货时间"] < limit
            else:
                assert limit <= AS_OF
                r["备注"] = "厂家返修件未回"
                mark(case, "agreed_term_remedy_15_days")
        elif kind == "late_process":
            t = _at(rng, _due15(applied) + timedelta(days=rng.randint(1, 8)), 9, 18)
            approve(t)
            receive(_plus(rng, t, 40, 100))
            refund(_plus(rng, r["仓库签收时间"], 1, 30))
            r["备注"] = "积压单"
            mark(case, "no_reason_return_processing_15_days")
        elif kind == "open_process":
            assert _due15(applied) <= AS_OF
            mark(case, "no_reason_return_processing_15_days")
        elif kind in ("self_old", "self_new", "t_personal_confirmed"):
            r["审核结果"] = "驳回"
            r["审核时间"] = _plus(rng, applied, 0.3, 20)
            r["驳回原因"] = "该商品不支持七天无理由退货"
            if kind == "t_personal_confirmed":
                r["商品名称"] = rng.choice(personal)
                r["商品属性"] = "个护用品"
                r["不支持无理由确认时间"] = applied - timedelta(days=rng.randint(3, 9), minutes=rng.randint(5, 600))
            else:
                mark(case, "self_declared_exclusion_needs_consent")
                if kind == "self_old":
                    assert _due15(applied) <= AS_OF
                    mark(case, "no_reason_return_processing_15_days")
                else:
                    assert _due15(applied) > AS_OF
        elif kind in ("opened_old", "opened_new", "t_custom_opened"):
            r["审核结果"] = "驳回"
            r["审核时间"] = _plus(rng, applied, 0.3, 20)
            r["驳回原因"] = "已拆封影响二次销售"
            if kind == "t_custom_opened":
                r["商品名称"] = rng.choice(custom)
                r["商品属性"] = "定制商品"
            else:
                mark(case, "no_refusal_for_opened_goods")
                if kind == "opened_old":
                    assert _due15(applied) <= AS_OF
                    mark(case, "no_reason_return_processing_15_days")
                else:
                    assert _due15(applied) > AS_OF
        elif kind == "late_refund":
            approve(_plus(rng, applied, 0.1, 10))
            receive(_plus(rng, r["审核时间"], 40, 100))
            refund(_at(rng, _due15(r["仓库签收时间"]) + timedelta(days=rng.randint(3, 9)), 9, 18))
            mark(case, "no_reason_refund_15_days")
        elif kind == "open_refund":
            approve(_plus(rng, applied, 0.1, 10))
            receive(_plus(rng, r["审核时间"], 30, 60))
            assert _due15(r["仓库签收时间"]) <= AS_OF
            r["备注"] = "财务未打款"
            mark(case, "no_reason_refund_15_days")
        elif kind == "t_weekend_refund":
            approve(_plus(rng, applied, 0.1, 10))
            got = _plus(rng, r["审核时间"], 40, 100)
            while (got.date() + timedelta(days=15)).weekday() != 5 or workday(got.date() + timedelta(days=15)) \
                    or workday(got.date() + timedelta(days=16)) or not workday(got.date() + timedelta(days=17)):
                got += timedelta(days=1)
            receive(got)
            monday = got + timedelta(days=17)
            refund(_at(rng, monday, 15, 20))
            assert r["退款时间"] < _due15(got)
        elif kind in ("late_remedy", "open_remedy"):
            remedy(rng.choice(["换货", "维修"]))
            r["约定时效"] = "无"
            if kind == "late_remedy":
                r["重新发货时间"] = _at(rng, _due15(applied) + timedelta(days=rng.randint(1, 8)), 9, 18)
            else:
                assert _due15(applied) <= AS_OF
                r["备注"] = "等配件"
            mark(case, "nonconforming_remedy_15_days")
        elif kind == "t_damage_repair":
            remedy("维修", "质量问题", "非质量问题")
            r["约定时效"] = "无"
            r["重新发货时间"] = _at(rng, applied + timedelta(days=25), 10, 18)
            r["备注"] = "人为损坏，付费维修"
        elif kind == "t_repair_open":
            remedy("维修")
            r["约定时效"] = "无"
            assert _due15(applied) > AS_OF
        elif kind in ("cert_late", "t_cert_day15"):
            r["商品名称"] = "电热水壶"
            r["抽检不合格"] = "是"
            r["申请原因"] = "质量问题"
            r["质检结论"] = "质量问题"
            if kind == "cert_late":
                t = _at(rng, _due15(applied) + timedelta(days=rng.randint(1, 5)), 9, 18)
                mark(case, "certified_nonconforming_return_15_days")
            else:
                t = _due15(applied) - timedelta(minutes=rng.randint(90, 180))
            approve(t)
            receive(_plus(rng, t, 40, 90))
            refund(_plus(rng, r["仓库签收时间"], 1, 30))
        elif kind == "ck106_info":
            normal_return(applied)
            r["退货地址下发时间"] = applied - timedelta(days=1, minutes=rng.randint(10, 300))
            r["备注"] = "客服先在旺旺发了退货地址"
            mark(case, "return_request-provide_return_info")
        elif kind == "ck106_received":
            r["仓库签收时间"] = None
            receive(applied - timedelta(days=rng.randint(2, 4), minutes=rng.randint(10, 300)))
            approve(_plus(rng, applied, 0.1, 6))
            refund(_plus(rng, r["审核时间"], 0.5, 30))
            r["备注"] = "买家未申请直接寄回，补建售后单"
            mark(case, "return_request-returned_goods_received")
        elif kind == "gift":
            normal_return(applied)
            r["商品名称"] = rng.choice(["赠品收纳袋", "赠品杯垫套装"])
            r["商品属性"] = "赠品"
            r["实付金额"] = r["退款金额"] = "0.00"
            mark(case, "statutory_exclusion")
        elif kind == "term_unknown":
            remedy("维修")
            r["约定时效"] = "待确认"
            r["重新发货时间"] = _plus(rng, r["仓库签收时间"], 20, 80)
            mark(case, "performance_term_set")
        elif kind == "t_other_late_refund":
            r["申请原因"] = "描述不符"
            r["质检结论"] = "非质量问题"
            approve(_plus(rng, applied, 0.1, 10))
            receive(_plus(rng, r["审核时间"], 40, 100))
            refund(_at(rng, r["仓库签收时间"] + timedelta(days=20), 10, 17))
        elif kind == "t_open_new":
            pass                                       # still 待审核, applied in late June
        else:
            raise ValueError(kind)

        for k in ("审核时间", "退货地址下发时间", "仓库签收时间", "退款时间", "重新发货时间"):
            r[k] = _cut(r[k])
        if not r["审核时间"]:
            r["审核结果"] = ""
        if r["审核结果"] == "驳回":
            r["售后状态"] = "已关闭"
        elif r["售后类型"] == "退货退款":
            r["售后状态"] = ("已完成" if r["退款时间"] else "待退款" if r["仓库签收时间"]
                         else "待买家退货" if r["审核时间"] else "待审核")
        else:
            r["售后状态"] = ("已完成" if r["重新发货时间"] else "处理中" if r["仓库签收时间"] or r["售后类型"] == "补发"
                         else "待买家寄回" if r["审核时间"] else "待审核")
        rows.append(r)

    # the duplicate: another buyer's ticket that got the same number when the ERP was re-imported
    twin = rows[rng.randrange(len(rows))]
    i = rows.index(dup_source)
    d = dict(dup_source)
    d["线上订单号"] = twin["线上订单号"][::-1]
    d["商品名称"] = rng.choice(regular)
    base = d["申请时间"] + timedelta(days=rng.randint(1, 3), hours=rng.randint(1, 5))
    d["申请时间"] = base
    d["收货人"], d["手机号"] = buyers[-1], mobile(rng)
    d["审核时间"] = _plus(rng, base, 0.2, 8)
    d["退货地址下发时间"] = d["审核时间"] + timedelta(seconds=11)
    d["仓库签收时间"] = _plus(rng, d["审核时间"], 40, 90)
    d["退款时间"] = _plus(rng, d["仓库签收时间"], 1, 20)
    d["退款金额"] = d["实付金额"]
    rows.insert(i + 1, d)
    mark(d["售后单号"], "case_number")
    assert d["退款时间"] < CUTOFF

    for r in rows:
        for k in ("申请时间", "审核时间", "退货地址下发时间", "仓库签收时间", "退款时间", "重新发货时间", "不支持无理由确认时间"):
            r[k] = _s(r[k]) if r[k] else ""
        r["约定完成日"] = _d(r["约定完成日"])
    if injected is not None:
        injected.extend(notes)

    hand = {
        "procedure": "l4-consumer-rights-violation-penalties",
        "columns": {
            "售后单号": "case_number",
            "申请原因": "return_basis",
            "商品属性": "statutory_exclusion",
            "驳回原因": "refusal_reason",
            "不支持无理由确认时间": "consumer_confirmed_not_returnable_at",
            "质检结论": "quality_nonconforming",
            "抽检不合格": "certified_nonconforming",
            "约定时效": "performance_term_set",
            "约定完成日": "performance_due_at",
            "退货地址下发时间": "provide_return_info_at",
            "仓库签收时间": "returned_goods_received_at",
            "退款时间": "refund_at",
            "重新发货时间": "remedy_fulfilled_at",
        },
        "values": {
            "return_basis": {"七天无理由": "no_reason", "不喜欢/效果不好": "no_reason", "质量问题": "other",
                             "描述不符": "other", "发错货": "other", "少件漏发": "other"},
            "statutory_exclusion": {"常规商品": False, "个护用品": False, "定制商品": True},
            "refusal_reason": {"该商品不支持七天无理由退货": "self_declared_not_applicable",
                               "已拆封影响二次销售": "opened_or_inspected"},
            "quality_nonconforming": {"质量问题": True, "非质量问题": False},
            "certified_nonconforming": {"是": True, "否": False},
            "performance_term_set": {"有": True, "无": False},
        },
        "outcomes": {
            "售后类型": {"date": "申请时间",
                       "steps": {"退货退款": "return_request", "换货": "remedy_request", "维修": "remedy_request",
                                 "补发": "remedy_request"}},
            "审核结果": {"date": "审核时间", "steps": {"同意退货": "process_return", "驳回": "refuse_return"}},
        },
    }
    return rows, hand


def e243_s5_yonglian_office_complaint_ledger(rng, injected=None):
    """永联旅游公司办公室的“游客投诉登记台账”（办公室文员在 Excel 里记，OA 里按月导出），XLSX，工作表“导出”，每件投诉一行。
    时间是 Excel 日期时间单元格。

    读制度 YAML 之前写下的表头（照 S5 能想到的办公室台账）：
    登记编号、来电来访时间、投诉渠道（400热线 / QQ在线 / 现场 / 信函 / 旅行社转来）、游客姓名、联系电话、被投诉部门、
    投诉内容、接待人、转办部门、转办时间、承办人、处理结果、回访时间、回访人、游客满意度、结案日期。

    读过制度 YAML 后补的列：接待部门（谁接的这件投诉：办公室，或部门在现场自己接下）、转办经办（谁办的转办）、
    回访单位（回访由哪个部门做的；游客自己来电反馈的记“游客来电”）。

    注入的违规（按规则 id 计数，共 14）：office_receives 4（旅行社、农耕园、营销部在现场自己接下投诉）、office_transfers 3
    （营销部、旅行社自己转给别的部门）、revisit_office_or_departments 2（没有回访，记的是“游客来电”）、receive-transfer 3
    （转办时间早于登记的来电来访时间：信函、现场投诉事后补登）、case_number 2（两件投诉用了同一个登记编号）。

    陷阱（不是违规）：农耕园、旅行社自己做的回访（各部门回访也合条文）；“综合办公室”“旅游公司办公室”“办公室”三种写法都是
    办公室；转办部门（转给谁）是营销部而转办经办是办公室；登记后几分钟内就转办；办公室当场解释、没有转办的投诉。
    """
    offices = [("办公室", 6), ("综合办公室", 2), ("旅游公司办公室", 1)]
    depts = ["农耕园", "旅行社", "营销部", "民宿部", "餐饮部"]
    channels = [("400热线", 6), ("QQ在线", 3), ("现场", 3), ("信函", 1), ("旅行社转来", 1)]
    matters = {
        "农耕园": ["采摘区门票与宣传价格不符", "园区观光车等候超过一小时", "亲子农耕体验课临时取消未通知", "讲解员态度生硬"],
        "旅行社": ["一日游行程擅自删减景点", "导游强制购物", "团费退款迟迟未到账", "接站车辆迟到四十分钟"],
        "营销部": ["团购券核销被拒", "电话推销过于频繁", "宣传册优惠已过期仍在派发", "会员积分未到账"],
        "民宿部": ["房间卫生差、床单有污渍", "预订的景观房被换成普通房", "热水供应不稳定"],
        "餐饮部": ["农家菜分量不足", "结账多收茶位费", "上菜太慢"],
    }
    results = ["已向游客道歉并退还差价", "已解释说明，游客表示理解", "已批评教育当事员工", "已补发优惠券", "已退还部分费用",
               "已协调重新安排"]

    taken: set = set()
    clerks = distinct_names(rng, 3, taken)
    handlers = {d: distinct_names(rng, 2, taken) for d in depts}
    tourists = distinct_names(rng, 50, taken)

    n_cases = 42
    kinds = (["ok"] * (n_cases - 14) + ["recv_bad"] * 4 + ["xfer_bad"] * 3 + ["revisit_bad"] * 2 + ["order_bad"] * 3
             + ["dup"] * 2)
    rng.shuffle(kinds)
    # traps ride on "ok" cases: department revisits, office-only cases, same-hour transfers
    lo = datetime(2025, 1, 3)
    days = sorted(lo + timedelta(days=rng.randint(0, 170)) for _ in kinds)
    rows, notes = [], []
    seq = 0
    dup_pending = []

    for i, (kind, day) in enumerate(zip(kinds, days)):
        seq += 1
        dept = rng.choice(depts)
        received = _at(rng, day, 8, 18.5)
        r = {
            "登记编号": f"YLTS-2025-{seq:03d}",
            "来电来访时间": received,
            "投诉渠道": pick(rng, channels),
            "游客姓名": tourists[i],
            "联系电话": mobile(rng),
            "被投诉部门": dept,
            "投诉内容": rng.choice(matters[dept]),
            "接待人": rng.choice(clerks),
            "接待部门": pick(rng, offices),
            "转办部门": "",
            "转办时间": None,
            "转办经办": "",
            "承办人": "",
            "处理结果": "",
            "回访时间": None,
            "回访单位": "",
            "回访人": "",
            "游客满意度": "",
            "结案日期": None,
        }
        on_the_spot = kind == "ok" and rng.random() < 0.2
        if kind == "recv_bad":
            r["接待部门"] = dept if dept in ("旅行社", "农耕园", "营销部") else rng.choice(["旅行社", "农耕园", "营销部"])
            r["接待人"] = rng.choice(handlers[r["接待部门"]])
            r["投诉渠道"] = "现场"
            notes.append((r["登记编号"], "office_receives"))
        if not on_the_spot:
            r["转办部门"] = dept
            r["转办时间"] = _plus(rng, received, 0.05, 26).replace(second=0)
            r["转办经办"] = r["接待部门"] if r["接待部门"] in dict(offices) else pick(rng, offices)
            r["承办人"] = rng.choice(handlers[dept])
            if kind == "xfer_bad":
                r["转办经办"] = rng.choice([d for d in ("营销部", "旅行社") if d != dept] or ["营销部"])
                notes.append((r["登记编号"], "office_transfers"))
            if kind == "order_bad":
                r["投诉渠道"] = rng.choice(["信函", "现场"])
                r["转办时间"] = received - timedelta(days=rng.randint(1, 3), minutes=rng.randint(0, 240))
                notes.append((r["登记编号"], "receive-transfer"))
        else:
            r["承办人"] = r["接待人"]
        r["处理结果"] = rng.choice(results) if not on_the_spot else "已当场解释说明"
        start = r["转办时间"] or received
        done = _plus(rng, max(start, received), 20, 120)
        revisit = rng.random() < 0.75 or kind == "revisit_bad"
        if revisit:
            r["回访时间"] = _plus(rng, done, 20, 100).replace(second=0)
            by = pick(rng, [("办公室", 5), (dept, 3)])
            r["回访单位"] = by
            r["回访人"] = rng.choice(clerks) if by == "办公室" else rng.choice(handlers[dept])
            r["游客满意度"] = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)])
            if kind == "revisit_bad":
                r["回访单位"] = "游客来电"
                r["回访人"] = r["游客姓名"]
                r["游客满意度"] = "不满意"
                notes.append((r["登记编号"], "revisit_office_or_departments"))
        close = (r["回访时间"] or done) + timedelta(hours=rng.randint(1, 30))
        r["结案日期"] = datetime(close.year, close.month, close.day) if close < CUTOFF else None
        for k in ("转办时间", "回访时间"):
            r[k] = _cut(r[k])
        if r["回访时间"] is None:
            r["回访单位"] = r["回访人"] = r["游客满意度"] = ""
        if r["转办时间"] is None and r["转办部门"]:
            r["转办部门"] = r["转办经办"] = ""
        if kind == "dup":
            dup_pending.append(r)
        rows.append(r)

    # two numbers typed twice: the clerk re-used the previous case's 登记编号
    for r in dup_pending:
        k = rows.index(r)
        assert k > 0
        r["登记编号"] = rows[k - 1]["登记编号"]
        seq_fix = r["登记编号"]
        notes.append((seq_fix, "case_number"))
    for r in dup_pending:
        assert sum(x["登记编号"] == r["登记编号"] for x in rows) == 2
    assert all(r["来电来访时间"] < CUTOFF for r in rows)

    if injected is not None:
        injected.extend(notes)

    hand = {
        "procedure": "s5-yonglian-tourist-complaints",
        "sheet": "导出",
        "columns": {
            "登记编号": "case_number",
            "来电来访时间": "receive_at",
            "接待部门": "receive_by",
            "转办时间": "transfer_at",
            "转办经办": "transfer_by",
            "回访时间": "revisit_at",
            "回访单位": "revisit_by",
        },
        "roles": {
            "办公室": "office", "综合办公室": "office", "旅游公司办公室": "office",
            "农耕园": "tourism_departments", "旅行社": "tourism_departments", "营销部": "tourism_departments",
            "民宿部": "tourism_departments", "餐饮部": "tourism_departments",
            "游客来电": "tourist",
        },
    }
    return rows, hand


EXPORTS = [
    ("242-l4-home-goods-eshop-aftersale.csv", "utf-8-sig", e242_l4_home_goods_eshop_aftersale),
    ("243-s5-yonglian-office-complaint-ledger.xlsx", "xlsx", e243_s5_yonglian_office_complaint_ledger),
]
