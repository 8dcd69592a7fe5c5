"""Starter-profile benchmark exports 118-119 (set 21a), written unseen by the mapping guesser's authors.

Each function plays one company's (or bureau's) own complaint system for a procedure and returns (rows, hand
profile); the docstring says which system, the date spelling, what was injected and which columns were added after
reading the procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 118 119    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return None if t is None or t > CUTOFF else t


# --- 118: L1, an online small-appliance shop's after-sales ticket export ---------------------------------------

def _slash(t):
    """The ERP's own spelling: 2025/3/4 9:12 (no seconds, no leading zeros)."""
    return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}" if t else ""


def _slash_day(t):
    """Dates typed in by hand in the ERP's free date fields: 2025/3/4."""
    return f"{t.year}/{t.month}/{t.day}" if t else ""


def _at(d, rng, lo=9, hi=21):
    """A time on day d between lo:00 and hi:59."""
    return datetime(d.year, d.month, d.day, rng.randint(lo, hi), rng.randint(0, 59))


def _masked(rng):
    m = mobile(rng)
    return m[:3] + "****" + m[-4:]


_PRODUCTS_118 = [
    # name, code, category (商品分类), price, 七天无理由标识, 质保政策
    ("空气炸锅5L", "AF-501", "厨房电器", 399, "支持", "一年保修"),
    ("电热水壶1.7L", "KT-170", "厨房电器", 129, "支持", "一年保修"),
    ("破壁料理机", "BL-820", "厨房电器", 699, "支持", "一年保修"),
    ("电饭煲3L", "RC-30", "厨房电器", 459, "支持", "一年保修"),
    ("扫地机器人X3", "RB-X3", "清洁电器", 1899, "支持", "一年保修"),
    ("无线吸尘器V8", "VC-V8", "清洁电器", 1299, "支持", "国家三包"),
    ("迷你洗衣机3kg", "WM-3", "清洁电器", 899, "支持", "国家三包"),
    ("暖风机", "HT-200", "生活电器", 299, "支持", "一年保修"),
    ("加湿器4L", "HM-40", "生活电器", 189, "支持", "一年保修"),
    ("挂烫机", "GS-11", "生活电器", 239, "支持", "一年保修"),
    ("声波电动牙刷", "TB-S2", "个护", 249, "支持", "一年保修"),
    ("牙刷替换刷头4支装", "TB-H4", "个护", 69, "不支持(下单确认)", "无"),
    ("刻字定制保温杯", "CP-DZ", "定制礼品", 159, "不支持(下单确认)", "无"),
    ("食谱APP年度会员激活码", "VIP-Y", "虚拟商品", 98, "不支持(下单确认)", "无"),
]


def e118_l1_shop_after_sales(rng, injected=None):
    """118: 消费者权益保护法 (L1) -- 一家网店（小家电、数码配件，天猫/京东/抖音/小程序四个店铺）的 ERP 售后单导出，CSV，GB18030.

    The shop's ERP (聚水潭一类) exports its after-sales tickets ("售后单") one per line. Dates are spelled the ERP's
    way, 2025/3/4 9:12 (no seconds, no leading zeros); the three hand-typed date fields added for product-safety
    cases are plain days, 2025/3/4.

    Headers written down from the law text alone (step 1):
        售后单号, 平台订单号, 店铺, 买家昵称, 收货人, 联系电话, 商品名称, 商品编码, 商品分类, 实付金额,
        签收时间, 申请时间, 售后类型 (仅退款/退货退款/换货/维修), 申请原因 (七天无理由/质量问题/描述不符/发错货/少件…),
        问题描述, 退货物流单号, 仓库收货时间, 验货结果 (完好/已拆封/缺配件…), 退款金额, 退款时间,
        退货运费承担 (买家/商家/运费险), 售后状态 (待审核/已同意/已拒绝/已完成/已关闭), 拒绝原因, 客服, 审核人,
        备注, 录入人

    读过制度 YAML 后补的列：七天无理由标识 (商品页“不支持七天无理由退货”、买家下单时已勾选确认), 质保政策
    (国家三包/30天包退/一年保修/无), 问题等级 (一般/严重/安全隐患), 检测结论 (功能失效/可维修/外观瑕疵),
    报监管部门日期, 通知已购买家日期, 下架停售日期.

    Injected (audit findings expected, by rule id):
        CK104 refund_7_days                          3  (refund 11 and 16 days after the warehouse got the goods back;
                                                           one still unrefunded at the cut-off, 13 days after)
        CK105 no_reason_after_7_days                 3  (七天无理由 asked 9, 10 and 13 days after 签收, refunded anyway)
        CK105 no_reason_excluded_goods               2  (定制保温杯, APP 激活码 refunded as 七天无理由)
        CK105 no_reason_confirmed_not_returnable     3  (the two above, whose listing was also confirmed 不支持 at
                                                           purchase, and one 刷头 refund)
        CK105 quality_after_7_days_no_termination    2  (质量问题 refund 12 and 18 days after 签收, 一年保修, 可维修/外观瑕疵)
        CK101 dangerous_defect_report                2  (安全隐患 electric kettle cases with no 报监管部门日期)
        CK101 dangerous_defect_measures              1  (one of those, no 下架停售日期 either)
        CK101 dangerous_defect_inform_consumer       1  (安全隐患 挂烫机 case with no 通知已购买家日期)
        CK106 return_request-returned_goods_received 1  (parcel came back before the ticket was opened)
        CK107 case_number                            1  (ticket synced twice from the platform)
      = 19 findings in 16 cases.
    Traps (no finding expected): 七天无理由 asked on the 7th day after 签收 (late evening); refund on the 7th day after
    the warehouse receipt; refund on 5/6 for goods received back on 4/26 (the 7th day, 5/3, falls in the 劳动节
    holiday); 极速退款 paid before the parcel reached the warehouse; 质量问题 refunds 10 and 20 days after 签收 under
    国家三包 / with 功能失效; a 定制保温杯 refunded for 质量问题; a 严重 (not 安全隐患) blender with nothing reported;
    a 七天无理由 request 12 days late that was refused; open tickets still inside their deadline at the cut-off.
    """
    stores = [("天猫旗舰店", 45), ("京东旗舰店", 25), ("抖音小店", 20), ("官方小程序", 10)]
    taken = set()
    agents = distinct_names(rng, 4, taken)
    leads = distinct_names(rng, 2, taken)
    P = {p[1]: p for p in _PRODUCTS_118}

    # (kind, product code or None, options)
    specs = []
    ordinary_nr = ["AF-501", "KT-170", "BL-820", "RC-30", "RB-X3", "HM-40", "GS-11", "TB-S2", "VC-V8", "HT-200",
                   "AF-501", "HM-40", "TB-S2", "RC-30"]
    for k, code in enumerate(ordinary_nr):
        specs.append({"kind": "nr", "code": code})
    specs[0]["trap"] = "request_day7"
    specs[1]["trap"] = "refund_day7"
    specs[2]["trap"] = "holiday"
    specs[3]["trap"] = "fast_refund"
    specs += [{"kind": "nr_pending_refund", "code": "BL-820"}, {"kind": "nr_in_transit", "code": "AF-501"}]
    specs += [{"kind": "nr_refused_late", "code": "HM-40", "trap": "refused"},
              {"kind": "nr_refused_opened", "code": "VIP-Y", "trap": "refused"}]
    specs += [{"kind": "nr", "code": c, "inj": "refund_7_days", "late": d}
              for c, d in (("RB-X3", 11), ("AF-501", 16))]
    specs += [{"kind": "nr_pending_refund", "code": "RC-30", "inj": "refund_7_days", "late": None}]
    specs += [{"kind": "nr", "code": c, "inj": "no_reason_after_7_days", "req_day": d}
              for c, d in (("GS-11", 9), ("TB-S2", 10), ("HM-40", 13))]
    specs += [{"kind": "nr", "code": "CP-DZ", "inj": "no_reason_excluded_goods"},
              {"kind": "nr", "code": "VIP-Y", "inj": "no_reason_excluded_goods"},
              {"kind": "nr", "code": "TB-H4", "inj": "no_reason_confirmed_not_returnable"},
              {"kind": "nr", "code": "KT-170", "inj": "return_request-returned_goods_received"}]
    specs += [{"kind": "q", "code": c} for c in ("AF-501", "RB-X3", "RC-30", "TB-S2", "HM-40")]
    specs += [{"kind": "q", "code": "WM-3", "req_day": 10, "verdict": "可维修", "trap": "state_rule"},
              {"kind": "q", "code": "RB-X3", "req_day": 20, "verdict": "功能失效", "trap": "termination"}]
    specs += [{"kind": "q", "code": "BL-820", "req_day": 12, "verdict": "可维修",
               "inj": "quality_after_7_days_no_termination"},
              {"kind": "q", "code": "AF-501", "req_day": 18, "verdict": "外观瑕疵", "reason": "描述不符",
               "inj": "quality_after_7_days_no_termination"}]
    # product-safety cases: two heater complaints (all done), two kettles (report missing), one steamer (no notice)
    specs += [{"kind": "q", "code": "HT-200", "safety": "ok", "month": 1},
              {"kind": "q", "code": "HT-200", "safety": "ok", "month": 1},
              {"kind": "q", "code": "KT-170", "safety": "no_report", "month": 3,
               "inj": "dangerous_defect_report"},
              {"kind": "q", "code": "KT-170", "safety": "no_report_no_measures", "month": 4,
               "inj": "dangerous_defect_report+measures"},
              {"kind": "q", "code": "GS-11", "safety": "no_inform", "month": 5,
               "inj": "dangerous_defect_inform_consumer"}]
    specs += [{"kind": "q", "code": "BL-820", "grade": "严重", "verdict": "功能失效", "trap": "serious_not_safety"},
              {"kind": "q", "code": "CP-DZ", "trap": "custom_quality"}]
    specs += [{"kind": "exchange", "code": c} for c in ("AF-501", "TB-S2", "HM-40")]
    specs += [{"kind": "repair", "code": c} for c in ("RB-X3", "VC-V8", "WM-3")]
    specs += [{"kind": "refund_only", "code": c, "why": w}
              for c, w in (("RC-30", "未发货-不想要了"), ("BL-820", "未发货-不想要了"), ("TB-S2", "少件"),
                           ("RB-X3", "价格保护"))]

    # request times: spread over 6 Jan - 27 Jun, pinned where a case needs a particular date
    day0 = datetime(2025, 1, 6)
    span = (datetime(2025, 6, 20) - day0).days
    for s in specs:
        if s.get("trap") == "holiday":
            s["req"] = datetime(2025, 4, 22, 20, 14)
        elif s["kind"] == "nr_pending_refund" and s.get("inj"):
            s["req"] = datetime(2025, 6, 12, 21, 5)
        elif s["kind"] == "nr_pending_refund":
            s["req"] = datetime(2025, 6, 21, 10, 48)
        elif s["kind"] == "nr_in_transit":
            s["req"] = datetime(2025, 6, 27, 15, 31)
        elif s.get("month"):
            s["req"] = _at(datetime(2025, s["month"], 1) + timedelta(days=rng.randint(3, 24)), rng)
        else:
            s["req"] = _at(day0 + timedelta(days=rng.randint(0, span)), rng, 8, 22)
    specs.sort(key=lambda s: s["req"])

    rows = []
    seq_by_day = {}
    for s in specs:
        name, code, cat, price, nr_flag, warranty = P[s["code"]]
        req = s["req"]
        store = pick(rng, stores)
        d = req.date()
        seq_by_day[d] = seq_by_day.get(d, 0) + 1
        number = f"AS{req:%y%m%d}{seq_by_day[d]:03d}{rng.randint(0, 9)}"
        if store == "天猫旗舰店":
            order_no, nick = "".join(rng.choice("0123456789") for _ in range(19)), "t_" + str(rng.randint(10**9, 10**10))
        elif store == "京东旗舰店":
            order_no, nick = str(rng.randint(3 * 10**11, 3 * 10**11 + 9 * 10**10)), "jd_" + "".join(
                rng.choice("0123456789abcdef") for _ in range(10))
        elif store == "抖音小店":
            order_no, nick = "69" + "".join(rng.choice("0123456789") for _ in range(17)), "用户" + str(rng.randint(10**6, 10**7))
        else:
            order_no, nick = f"MP{req:%Y%m%d}{rng.randint(10000, 99999)}", "微信用户"
        if store == "官方小程序" and warranty == "一年保修" and rng.random() < 0.5 and not s.get("inj") \
                and s["kind"] != "q":
            warranty = "30天包退"
        agent = rng.choice(agents)
        lead = rng.choice(leads)
        kind = s["kind"]

        # 签收 (goods received): request minus the day offset
        if kind == "refund_only" and s["why"].startswith("未发货"):
            signed = None
        else:
            if s.get("trap") == "request_day7":
                off = 7
            elif s.get("req_day"):
                off = s["req_day"]
            elif s.get("trap") == "refused":
                off = 12 if kind == "nr_refused_late" else 2
            elif kind == "refund_only":
                off = rng.randint(1, 20)
            elif kind in ("exchange", "repair"):
                off = rng.randint(1, 60) if kind == "repair" else rng.randint(1, 6)
            else:
                off = rng.randint(0, 6)
            sd = (req - timedelta(days=off)).date()
            signed = _at(sd, rng, 9, 20)
            if off == 0 and signed > req:
                signed = req - timedelta(hours=rng.randint(1, 3))
            if s.get("trap") == "request_day7":
                signed = signed.replace(hour=10, minute=12)
                req = s["req"] = datetime.combine(sd + timedelta(days=7), datetime.min.time()).replace(hour=22, minute=41)
        back = refund = None
        grade = verdict = check = ""
        ship_no = ""
        reason = {"nr": "七天无理由", "nr_pending_refund": "七天无理由", "nr_in_transit": "七天无理由",
                  "nr_refused_late": "七天无理由", "nr_refused_opened": "七天无理由"}.get(kind, "质量问题")
        atype = "退货退款"
        status = "已完成"
        refuse = ""
        note = ""
        freight = "买家" if reason == "七天无理由" else "商家"
        if reason == "七天无理由" and rng.random() < 0.3:
            freight = "运费险"
        amount = f"{price:.2f}"
        desc = rng.choice(["不想要了", "买多了", "家里人已经买了", "和预期不一样", "拍错型号", "颜色不喜欢"]) \
            if reason == "七天无理由" else ""

        if kind == "nr":
            back = _at((req + timedelta(days=rng.randint(2, 5))).date(), rng, 10, 17)
            if s.get("trap") == "holiday":
                back = datetime(2025, 4, 26, 14, 20)
                refund = datetime(2025, 5, 6, 10, 37)
                note = "节后统一退款"
            elif s.get("trap") == "refund_day7":
                refund = datetime.combine(back.date() + timedelta(days=7), datetime.min.time()).replace(hour=16, minute=5)
                note = "退款审批滞后"
            elif s.get("trap") == "fast_refund":
                refund = req + timedelta(minutes=rng.randint(2, 9))
                note = "极速退款（信用用户，先退款后退货）"
            elif s.get("inj") == "refund_7_days":
                refund = _at(back.date() + timedelta(days=s["late"]), rng, 10, 17)
                note = "财务漏审" if s["late"] < 15 else "买家多次催促后退款"
            elif s.get("inj") == "return_request-returned_goods_received":
                back = _at((req - timedelta(days=1)).date(), rng, 10, 16)
                refund = req + timedelta(days=1, hours=rng.randint(0, 3))
                note = "买家未申请直接寄回，仓库收件后补建售后单"
            else:
                refund = back + timedelta(hours=rng.randint(1, 50))
                if refund.hour < 9 or refund.hour > 20:
                    refund = max(refund.replace(hour=rng.randint(10, 18)), back + timedelta(minutes=40))
            if s.get("inj") == "no_reason_after_7_days":
                note = rng.choice(["老客户，主管同意退货", "买家称出差未及时申请，同意退"])
                if s["req_day"] == 13:
                    note = "买家投诉到平台，同意退货"
            if s.get("inj") in ("no_reason_excluded_goods", "no_reason_confirmed_not_returnable"):
                note = {"CP-DZ": "刻字内容买家不满意，协商同意退", "VIP-Y": "激活码未使用，同意退款",
                        "TB-H4": "未拆封，同意退"}[s["code"]]
                if s["code"] == "VIP-Y":
                    back = refund - timedelta(minutes=30)   # the code is withdrawn in the back office: "received" at once
                    refund = back + timedelta(hours=2)
            check = "完好" if s["code"] != "VIP-Y" else "激活码已作废"
            ship_no = "" if s["code"] == "VIP-Y" else "SF" + "".join(rng.choice("0123456789") for _ in range(12))
        elif kind == "nr_pending_refund":
            if s.get("inj"):
                back = datetime(2025, 6, 17, 11, 26)
                status = "待退款"
                note = "已入库，待财务退款"
            else:
                back = datetime(2025, 6, 26, 15, 2)
                status = "待退款"
            check = "完好"
            ship_no = "YT" + "".join(rng.choice("0123456789") for _ in range(13))
        elif kind == "nr_in_transit":
            status = "待买家退货" if rng.random() < 0.5 else "退货在途"
            ship_no = "ZTO" + "".join(rng.choice("0123456789") for _ in range(12))
        elif kind == "nr_refused_late":
            status = "已拒绝"
            refuse = "已超过七天无理由退货期"
            amount = "0.00"
        elif kind == "nr_refused_opened":
            status = "已拒绝"
            refuse = "激活码已使用"
            amount = "0.00"
        elif kind == "q":
            reason = s.get("reason", "质量问题")
            freight = "商家"
            grade = s.get("grade", "一般")
            verdict = s.get("verdict") or rng.choice(["功能失效", "功能失效", "可维修", "外观瑕疵"])
            desc = {"AF-501": "加热不均，内胆涂层起皮", "RB-X3": "回充失败，不能自动回座", "RC-30": "煮饭夹生",
                    "TB-S2": "充不进电", "HM-40": "不出雾", "WM-3": "脱水时异响", "BL-820": "电机异响，冒烟味",
                    "HT-200": "使用中插头发烫、外壳熔化", "KT-170": "底座漏电，手碰有麻感",
                    "GS-11": "蒸汽从手柄处喷出，烫伤手背", "CP-DZ": "保温杯不保温"}[s["code"]]
            if s.get("reason") == "描述不符":
                desc = "实物颜色与页面图片不一致，侧面有划痕"
            if s.get("safety"):
                grade, verdict = "安全隐患", "功能失效"
            back = _at((req + timedelta(days=rng.randint(2, 5))).date(), rng, 10, 17)
            refund = back + timedelta(hours=rng.randint(2, 70))
            if refund.hour < 9 or refund.hour > 20:
                refund = max(refund.replace(hour=rng.randint(10, 18)), back + timedelta(minutes=40))
            check = "确认故障" if verdict != "外观瑕疵" else "确认外观问题"
            ship_no = "SF" + "".join(rng.choice("0123456789") for _ in range(12))
            if s.get("inj") == "quality_after_7_days_no_termination":
                note = "买家要求退货，为避免差评同意退"
            if s.get("trap") == "state_rule":
                note = "三包期内，按三包退货"
            if s.get("trap") == "termination":
                note = "多次维修无效，同意退货"
        elif kind in ("exchange", "repair"):
            atype = "换货" if kind == "exchange" else "维修"
            reason = "质量问题" if kind == "repair" or rng.random() < 0.7 else "发错货"
            if reason == "发错货":
                desc = "收到的颜色与下单不符"
                freight = "商家"
            else:
                desc = rng.choice(["开机无反应", "按键失灵", "有异响", "指示灯不亮"])
                grade = "一般"
                verdict = "可维修" if kind == "repair" else "功能失效"
            back = _at((req + timedelta(days=rng.randint(2, 5))).date(), rng, 10, 17)
            back = _cap(back)
            amount = "0.00"
            check = "确认故障" if reason == "质量问题" else "完好"
            ship_no = "SF" + "".join(rng.choice("0123456789") for _ in range(12))
            note = "已换新发出" if kind == "exchange" else "返厂维修，已寄回"
        elif kind == "refund_only":
            atype = "仅退款"
            reason = s["why"]
            freight = ""
            if reason.startswith("未发货"):
                refund = req + timedelta(minutes=rng.randint(3, 40))
                desc = "未发货，申请取消"
            elif reason == "少件":
                refund = req + timedelta(hours=rng.randint(2, 24))
                amount = "35.00"
                desc = "少发一个刷头"
            else:
                refund = req + timedelta(hours=rng.randint(2, 24))
                amount = "200.00"
                desc = "签收后降价，申请价保补差"

        # safety measures (the shop's own product-safety log, typed in by hand)
        rep = inform = measure = None
        if s.get("safety"):
            if s["code"] == "HT-200":
                rep, measure, inform = datetime(2025, 1, 10), datetime(2025, 1, 9), datetime(2025, 1, 11)
                if req.date() < rep.date():
                    rep = inform = measure = req + timedelta(days=1)
            else:
                base = req + timedelta(days=1)
                rep, measure, inform = base, base, base + timedelta(days=rng.randint(1, 2))
            if s["safety"] == "no_report":
                rep = None
            elif s["safety"] == "no_report_no_measures":
                rep = measure = None
            elif s["safety"] == "no_inform":
                inform = None
            note = {"HT-200": "同批次暖风机已下架并报市场监管局，短信通知已购买家",
                    "KT-170": "同款水壶漏电，已下架", "GS-11": "已报市场监管局并下架"}[s["code"]]
            if s["safety"] == "no_report_no_measures":
                note = "已致电买家说明，待厂家检测"
            if s["safety"] == "no_report":
                note = "已下架，短信通知已购买家"

        back, refund = _cap(back), _cap(refund)
        if back is None and kind in ("nr", "q"):
            status = "退货在途"
        elif refund is None and kind in ("nr", "q") and status == "已完成":
            status = "待退款"
        r = Case({
            "售后单号": number,
            "平台订单号": order_no,
            "店铺": store,
            "买家昵称": nick,
            "收货人": person_name(rng),
            "联系电话": _masked(rng),
            "商品名称": name,
            "商品编码": code,
            "商品分类": cat,
            "七天无理由标识": nr_flag,
            "质保政策": warranty,
            "实付金额": f"{price:.2f}",
            "签收时间": _slash(signed),
            "申请时间": _slash(req),
            "售后类型": atype,
            "申请原因": reason,
            "问题描述": desc,
            "问题等级": grade,
            "检测结论": verdict,
            "退货物流单号": ship_no,
            "仓库收货时间": _slash(back),
            "验货结果": check,
            "退款金额": amount,
            "退款时间": _slash(refund),
            "退货运费承担": freight,
            "售后状态": status,
            "拒绝原因": refuse,
            "报监管部门日期": _slash_day(rep),
            "通知已购买家日期": _slash_day(inform),
            "下架停售日期": _slash_day(measure),
            "客服": agent,
            "审核人": lead if status not in ("待审核",) else "",
            "备注": note,
            "录入人": agent if store == "官方小程序" or rng.random() < 0.3 else "系统同步",
        })
        s["row"] = r
        rows.append(r)

    # the duplicate: an exchange ticket synced twice from the platform takes the number of the row before it
    busy = {i for i, s in enumerate(specs) if s.get("inj") or s.get("trap") or s["kind"] not in ("exchange",)}
    dup = next(k for k in range(1, len(specs)) if k not in busy)
    rows[dup]["售后单号"] = rows[dup - 1]["售后单号"]

    if injected is not None:
        injected += [(rows[dup]["售后单号"], "duplicate")]
        injected += [(s["row"]["售后单号"], s["inj"]) for s in specs if s.get("inj")]

    hand = {
        "procedure": "l1-consumer-rights-protection-law",
        "encoding": "gb18030",
        "columns": {
            "售后单号": "case_number",
            "商品分类": "goods_type",
            "七天无理由标识": "confirmed_not_returnable",
            "质保政策": "state_rule_or_agreement",
            "签收时间": "goods_received_at",
            "申请时间": "return_request_at",
            "申请原因": "return_basis",
            "问题等级": "defect_endangers_safety",
            "检测结论": "contract_termination_conditions_met",
            "仓库收货时间": "returned_goods_received_at",
            "退款时间": "refund_at",
            "报监管部门日期": "report_defect_at",
            "通知已购买家日期": "inform_consumer_defect_at",
            "下架停售日期": "defect_measures_at",
        },
        "values": {
            "goods_type": {"厨房电器": "other", "清洁电器": "other", "生活电器": "other", "个护": "other",
                           "定制礼品": "custom_made", "虚拟商品": "digital_downloaded_or_opened"},
            "confirmed_not_returnable": {"支持": False, "不支持(下单确认)": True},
            "state_rule_or_agreement": {"国家三包": True, "30天包退": True, "一年保修": False, "无": False},
            "return_basis": {"七天无理由": "no_reason", "质量问题": "quality", "描述不符": "quality",
                             "少件": "", "发错货": "", "未发货-不想要了": "", "价格保护": ""},
            "defect_endangers_safety": {"安全隐患": True, "严重": False, "一般": False},
            "contract_termination_conditions_met": {"功能失效": True, "可维修": False, "外观瑕疵": False},
        },
    }
    return rows, hand


# --- 119: L6, a provincial telecom user appeal centre's case system ---------------------------------------------

def _nth_workday(d, k):
    """The k-th working day after day d (d itself not counted; k=0: d)."""
    while k > 0:
        d += timedelta(days=1)
        if workday(d.date() if isinstance(d, datetime) else d):
            k -= 1
    return d


def _add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    last = [31, 29 if (d.year + y) % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo]
    return d.replace(year=d.year + y, month=mo + 1, day=min(d.day, last))


_RESPONDENTS_119 = [
    ("中国移动通信集团浙江有限公司杭州分公司", "杭州市上城区解放东路19号", 30),
    ("中国移动通信集团浙江有限公司宁波分公司", "宁波市鄞州区天童南路588号", 12),
    ("中国电信股份有限公司浙江分公司", "杭州市上城区平海路1号", 22),
    ("中国联合网络通信有限公司浙江省分公司", "杭州市滨江区江南大道1号", 18),
    ("中国广电浙江网络有限公司", "杭州市拱墅区莫干山路111号", 6),
    ("浙江某信息技术有限公司（移动转售）", "杭州市余杭区文一西路998号", 4),
]
_STREETS_119 = ["杭州市西湖区文三路", "杭州市拱墅区湖墅南路", "宁波市海曙区中山西路", "温州市鹿城区人民路",
                "绍兴市越城区解放北路", "嘉兴市南湖区中山东路", "金华市婺城区八一北街", "台州市椒江区市府大道",
                "湖州市吴兴区红旗路", "杭州市萧山区金城路"]
_POSTCODES_119 = {"杭州": "310", "宁波": "315", "温州": "325", "绍兴": "312", "嘉兴": "314", "金华": "321",
                  "台州": "318", "湖州": "313"}


def e119_l6_appeal_centre_cases(rng, injected=None):
    """119: 电信用户申诉处理办法 (L6, 2016) -- 某省通信管理局电信用户申诉受理中心的申诉处理系统导出，XLSX.

    The centre's case system exports one appeal per row (one sheet); dates are Excel date cells (days only).

    Headers written down from the regulation text alone (step 1):
        申诉编号, 收到申诉材料日期, 申诉渠道 (网站/信函/传真/电子邮件/微信公众号), 申诉人, 联系电话, 通信地址, 邮编,
        被申诉企业, 被申诉企业归属省份, 申诉类别 (资费争议/服务质量/网络质量/携号转网/其他), 申诉事项发生日期,
        是否已向企业投诉, 向企业投诉日期, 企业处理情况 (已答复不满意/超15日未答复/未投诉), 申诉请求及事实理由,
        受理意见 (受理/不予受理/告知先向企业投诉/咨询已解答), 受理意见日期, 不予受理理由, 告知申诉人日期,
        转企业处理日期, 答复申诉人日期, 处理结果, 承办人, 备注

    读过制度 YAML 后补的列：登记类型 (申诉/咨询), 申诉书日期, 书面材料编号, 被申诉企业地址, 对企业处理是否满意,
    受理条件审查的三列 利害关系人 / 被申诉人明确 / 请求事实具体 (是/否), 已和解并执行 (是/否/已和解未执行),
    其他机构处理情况 (无/消协已受理/法院已立案), 重复申诉 (是/否), 用户诉求, 材料补齐日期.
    (电话 is also a channel: the centre types up phone appeals; 申诉渠道 gained the value after reading the YAML.)

    Injected (audit findings expected, by rule id):
        CK104 decide_5_working_days                 3  (decided on the 7th and 9th working day; one received 6/20
                                                          still undecided at the cut-off)
        CK104 reply_30_days                         2  (replied 38 days after receipt; one accepted in May with no reply)
        CK105 fee_dispute_over_5_months             2  (资费争议 accepted 5.5 and 7 months after the incident)
        CK105 settled_by_executed_agreement         1
        CK105 handled_by_court_or_other_body        1  (消协已受理, accepted again)
        CK105 fails_article_10_conditions           2  (利害关系人=否 accepted; 未向企业投诉 accepted)
        CK101 tell_user_to_complain_first           2  (the 未向企业投诉 case accepted above, and one 未向企业投诉 case
                                                          marked 不予受理 instead of 告知先向企业投诉)
        CK101 reject_reason_given                   1  (不予受理 with no reason)
        CK101 record_postcode                       2
        CK101 written_form                          1  (phone appeal typed up, no written material number)
        CK107 case_number                           1  (case entered twice)
      = 18 findings in 17 cases.
    Traps (no finding expected): decided on the 5th working day across 劳动节 (received 4/30, decided 5/12) and across
    端午 (received 5/28, decided 6/5); reply 43 days after receipt but 26 days after the 材料补齐日期; a 资费争议 appealed
    exactly 5 months after the incident and accepted; a 资费争议 older than 5 months properly 不予受理 with a reason;
    a 服务质量 appeal 22 months after the incident accepted; 已和解未执行 accepted; 法院已立案 and 重复申诉 cases
    properly 不予受理; 未向企业投诉 cases 告知先向企业投诉; 政策咨询 answered; cases received late June still inside
    both deadlines.
    """
    taken = set()
    clerks = distinct_names(rng, 4, taken)
    specs = [{"kind": "acc"} for _ in range(20)]
    specs += [{"kind": "acc", "inj": "decide_5_working_days", "decide_wd": 7},
              {"kind": "acc", "inj": "decide_5_working_days", "decide_wd": 9},
              {"kind": "open_decide", "inj": "decide_5_working_days", "recv": datetime(2025, 6, 20)},
              {"kind": "open_decide", "recv": datetime(2025, 6, 27)},
              {"kind": "acc", "inj": "reply_30_days", "reply_days": 38},
              {"kind": "acc", "inj": "reply_30_days", "recv": datetime(2025, 5, 12), "reply_days": None},
              {"kind": "acc", "trap": "materials", "recv": datetime(2025, 3, 3)},
              {"kind": "acc", "trap": "labour_day", "recv": datetime(2025, 4, 30)},
              {"kind": "acc", "trap": "dragon_boat", "recv": datetime(2025, 5, 28)},
              {"kind": "acc", "inj": "fee_dispute_over_5_months", "fee_months": 5.5},
              {"kind": "acc", "inj": "fee_dispute_over_5_months", "fee_months": 7},
              {"kind": "acc", "trap": "fee_exact_5"},
              {"kind": "rej", "trap": "fee_rejected", "fee_months": 8, "reason": "属收费争议，事项发生至申诉已超过五个月"},
              {"kind": "acc", "trap": "other_22_months"},
              {"kind": "acc", "inj": "settled_by_executed_agreement", "settled": "是"},
              {"kind": "acc", "trap": "settled_not_executed", "settled": "已和解未执行"},
              {"kind": "acc", "inj": "handled_by_court_or_other_body", "elsewhere": "消协已受理"},
              {"kind": "rej", "trap": "court", "elsewhere": "法院已立案", "reason": "该事项人民法院已立案受理"},
              {"kind": "rej", "trap": "repeat", "repeat": "是", "reason": "本中心已受理过同一事项（重复申诉）"},
              {"kind": "acc", "inj": "fails_article_10_conditions", "interest": "否"},
              {"kind": "acc", "inj": "fails_article_10_conditions+tell_user_to_complain_first", "complained": "否"},
              {"kind": "rej", "inj": "tell_user_to_complain_first", "complained": "否",
               "reason": "用户未向被申诉企业投诉"},
              {"kind": "refer"}, {"kind": "refer"}, {"kind": "refer"},
              {"kind": "inquiry"}, {"kind": "inquiry"},
              {"kind": "rej", "inj": "reject_reason_given", "reason": ""}]
    # record gaps on ordinary accepted cases
    specs[3]["inj"] = specs[11]["inj"] = "record_postcode"
    specs[7]["inj"] = "written_form"

    day0, last = datetime(2025, 1, 6), datetime(2025, 6, 16)
    for s in specs:
        if "recv" not in s:
            while True:
                d = day0 + timedelta(days=rng.randint(0, (last - day0).days))
                if workday(d.date()) or rng.random() < 0.15:   # web and WeChat appeals also arrive at weekends
                    break
            s["recv"] = d
    specs.sort(key=lambda s: s["recv"])

    rows = []
    seq = 0
    for s in specs:
        seq += 1
        kind = s["kind"]
        recv = s["recv"]
        number = f"浙申2025-{seq * 7 + rng.randint(0, 6):04d}"
        channel = pick(rng, [("网站", 45), ("微信公众号", 25), ("信函", 12), ("电子邮件", 10), ("传真", 3)])
        if s.get("inj") == "written_form":
            channel = "电话"
        prefix = {"网站": "WZ", "微信公众号": "WX", "信函": "XH", "电子邮件": "YJ", "传真": "CZ"}.get(channel)
        written = f"{prefix}-2025-{rng.randint(1, 999):03d}" if prefix else ""
        appeal = recv - timedelta(days=rng.randint(2, 5)) if channel == "信函" else recv
        resp, resp_addr, _ = pick(rng, [((a, b, w), w) for a, b, w in _RESPONDENTS_119])
        street = rng.choice(_STREETS_119)
        address = f"{street}{rng.randint(1, 399)}号{rng.randint(1, 30)}幢{rng.randint(101, 2402)}室"
        postcode = _POSTCODES_119[street[:2]] + f"{rng.randint(0, 99):03d}"
        if s.get("inj") == "record_postcode":
            postcode = ""

        if kind == "inquiry":
            category = "其他"
        elif s.get("fee_months") or s.get("trap") == "fee_exact_5":
            category = "资费争议"
        elif s.get("trap") == "other_22_months":
            category = "服务质量"
        else:
            category = pick(rng, [("资费争议", 45), ("服务质量", 25), ("网络质量", 15), ("携号转网", 10), ("其他", 5)])

        complained = s.get("complained", "否" if kind == "refer" else "是")
        if complained == "是":
            handled = pick(rng, [("已答复不满意", 70), ("超15日未答复", 30)])
            comp_at = appeal - timedelta(days=rng.randint(16, 40) if handled == "超15日未答复" else rng.randint(5, 30))
            satisfied = "不满意" if handled == "已答复不满意" else ""
        else:
            handled, comp_at, satisfied = "未投诉", None, ""

        # incident date
        if s.get("fee_months"):
            fm = s["fee_months"]
            incident = _add_months(appeal, -int(fm)) - timedelta(days=15 if fm % 1 else rng.randint(3, 20))
        elif s.get("trap") == "fee_exact_5":
            incident = _add_months(appeal, -5)
        elif s.get("trap") == "other_22_months":
            incident = _add_months(appeal, -22) - timedelta(days=rng.randint(1, 10))
        else:
            incident = (comp_at or appeal) - timedelta(days=rng.randint(0, 25))
        if comp_at and comp_at < incident:
            comp_at = incident + timedelta(days=rng.randint(1, 5))

        # decision, notice, forwarding and reply
        decide = notice = forward = reply = materials = None
        verdict = reason = result = ""
        if kind != "open_decide":
            if s.get("decide_wd"):
                decide = _nth_workday(recv, s["decide_wd"])
            elif s.get("trap") == "labour_day":
                decide = datetime(2025, 5, 12)
            elif s.get("trap") == "dragon_boat":
                decide = datetime(2025, 6, 5)
            else:
                decide = _nth_workday(recv, pick(rng, [(0, 10), (1, 35), (2, 30), (3, 15), (4, 10)]))
            notice = decide if rng.random() < 0.7 else _nth_workday(decide, 1)
        if kind == "acc":
            verdict = "受理"
            forward = notice + timedelta(days=rng.randint(0, 1))
            if s.get("trap") == "materials":
                materials = recv + timedelta(days=17)
                reply = materials + timedelta(days=26)
            elif "reply_days" in s:
                reply = recv + timedelta(days=s["reply_days"]) if s["reply_days"] else None
            else:
                reply = recv + timedelta(days=rng.randint(8, 28))
                reply = max(reply, forward + timedelta(days=3))
            reply = _cap(reply)
            if reply:
                result = pick(rng, [("调解成功", 55), ("企业已解决", 30), ("调解不成功，终止调解", 15)])
            else:
                result = "调解中"
        elif kind == "rej":
            verdict = "不予受理"
            reason = s["reason"]
        elif kind == "refer":
            verdict = "告知先向企业投诉"
            reason = "用户未向被申诉企业投诉，已告知先向企业投诉"
        elif kind == "inquiry":
            verdict = "咨询已解答"
            reason = "属政策咨询，已电话解答"
            result = "已解答"

        topic = {
            "资费争议": ("退还多扣费用", "账单中出现未订购的增值业务扣费"),
            "服务质量": ("要求企业赔礼道歉并整改", "营业厅办理业务时被强制捆绑套餐"),
            "网络质量": ("要求解决信号问题并减免月租", "家中室内手机信号长期只有一格，多次报修未解决"),
            "携号转网": ("要求办理携号转网", "申请携出时被告知有合约限制，但本人未签订合约"),
            "其他": ("要求说明有关规定", "咨询宽带合约到期后的资费政策"),
        }[category]
        demand, grounds = topic
        if category == "资费争议":
            amt = rng.randint(20, 600)
            demand = f"退还多扣费用{amt}元"
            grounds = f"{incident:%Y年%m月}账单中出现未订购的增值业务扣费{amt}元，" + (
                "向企业投诉后答复不予退费" if handled == "已答复不满意" else "向企业投诉后超过15日无答复")

        note = ""
        if s.get("trap") == "materials":
            note = "申诉人3月20日补交相关证明材料"
        if s.get("inj") == "written_form":
            note = "申诉人电话申诉，承办人记录"
        if s.get("inj") == "handled_by_court_or_other_body":
            note = "申诉人称消协调解未果"
        if s.get("trap") == "settled_not_executed":
            note = "和解协议约定的退费企业未执行"
        if s.get("inj") == "reject_reason_given":
            note = "已电话告知"

        r = Case({
            "申诉编号": number,
            "登记类型": "咨询" if kind == "inquiry" else "申诉",
            "收到申诉材料日期": recv,
            "申诉书日期": appeal,
            "申诉渠道": channel,
            "书面材料编号": written,
            "申诉人": person_name(rng),
            "联系电话": mobile(rng),
            "通信地址": address,
            "邮编": postcode,
            "被申诉企业": resp,
            "被申诉企业地址": resp_addr,
            "被申诉企业归属省份": "浙江",
            "申诉类别": category,
            "申诉事项发生日期": incident,
            "是否已向企业投诉": complained,
            "向企业投诉日期": comp_at,
            "企业处理情况": handled,
            "对企业处理是否满意": satisfied,
            "利害关系人": s.get("interest", "是"),
            "被申诉人明确": "是",
            "请求事实具体": "是",
            "已和解并执行": s.get("settled", "否"),
            "其他机构处理情况": s.get("elsewhere", "无"),
            "重复申诉": s.get("repeat", "否"),
            "用户诉求": demand,
            "申诉请求及事实理由": grounds,
            "受理意见": verdict,
            "受理意见日期": _cap(decide),
            "不予受理理由": reason,
            "告知申诉人日期": _cap(notice),
            "材料补齐日期": materials,
            "转企业处理日期": _cap(forward),
            "答复申诉人日期": reply,
            "处理结果": result,
            "承办人": rng.choice(clerks),
            "备注": note,
        })
        s["row"] = r
        rows.append(r)

    # the duplicate: an ordinary accepted case entered twice takes the number of the row before it
    busy = {i for i, s in enumerate(specs) if s.get("inj") or s.get("trap") or s["kind"] != "acc"}
    dup = next(k for k in range(15, len(specs)) if k not in busy and k - 1 not in busy)
    rows[dup]["申诉编号"] = rows[dup - 1]["申诉编号"]

    if injected is not None:
        injected += [(rows[dup]["申诉编号"], "duplicate")]
        injected += [(s["row"]["申诉编号"], s["inj"]) for s in specs if s.get("inj")]

    yes_no = {"是": "yes", "否": "no"}
    hand = {
        "procedure": "l6-telecom-user-appeals-2016",
        "columns": {
            "申诉编号": "case_number",
            "登记类型": "policy_inquiry",
            "收到申诉材料日期": "receive_at",
            "申诉书日期": "appeal_at",
            "书面材料编号": "written_appeal",
            "申诉人": "complainant",
            "联系电话": "contact_phone",
            "通信地址": "address",
            "邮编": "postcode",
            "被申诉企业": "respondent_name",
            "被申诉企业地址": "respondent_address",
            "申诉类别": "category",
            "申诉事项发生日期": "incident_at",
            "是否已向企业投诉": "complained_to_operator",
            "向企业投诉日期": "complain_to_operator_at",
            "企业处理情况": "operator_handled",
            "对企业处理是否满意": "satisfaction",
            "利害关系人": "direct_interest",
            "被申诉人明确": "respondent_identified",
            "请求事实具体": "specific_request",
            "已和解并执行": "settlement_executed",
            "其他机构处理情况": "handled_elsewhere",
            "重复申诉": "handled_by_appeal_body",
            "用户诉求": "demand",
            "申诉请求及事实理由": "grounds",
            "受理意见日期": "decide_at",
            "不予受理理由": "reject_reason",
            "材料补齐日期": "all_materials_received_at",
            "答复申诉人日期": "reply_at",
        },
        "values": {
            "policy_inquiry": {"申诉": "no", "咨询": "yes"},
            "category": {"资费争议": "fee_dispute", "服务质量": "other", "网络质量": "other", "携号转网": "other",
                         "其他": "other"},
            "complained_to_operator": dict(yes_no),
            "operator_handled": {"已答复不满意": "yes", "超15日未答复": "no", "未投诉": ""},
            "satisfaction": {"不满意": "unsatisfied", "满意": "satisfied"},
            "direct_interest": dict(yes_no),
            "respondent_identified": dict(yes_no),
            "specific_request": dict(yes_no),
            "settlement_executed": {"是": "yes", "否": "no", "已和解未执行": "no"},
            "handled_elsewhere": {"无": "no", "消协已受理": "yes", "法院已立案": "yes"},
            "handled_by_appeal_body": dict(yes_no),
        },
        "outcomes": {
            "受理意见": {"date": "告知申诉人日期",
                      "steps": {"受理": "accept", "告知先向企业投诉": "refer_to_operator", "咨询已解答": "answer_inquiry"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("118-l1-online-shop-after-sales-tickets.csv", "gb18030", e118_l1_shop_after_sales),
    ("119-l6-provincial-appeal-centre-cases.xlsx", "xlsx", e119_l6_appeal_centre_cases),
]
