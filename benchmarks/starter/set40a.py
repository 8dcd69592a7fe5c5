"""Starter-profile benchmark exports 232-233 (set 40a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 232 233    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, iso, workday, nth_workday_after


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


def _due(day, n):
    """End (exclusive) of an n-calendar-day period counted from the day after `day`; a last day that is a rest day
    moves to the next working day (民法典第二百零三条)."""
    last = day + timedelta(days=n)
    if not workday(last):
        last = nth_workday_after(last, 1)
    return datetime(last.year, last.month, last.day) + timedelta(days=1)


def _on_workday(d):
    return d if workday(d) else nth_workday_after(d, 1)


# --- 232: L1 消费者权益保护法 — a small-kitchen-appliance online shop's after-sales (ERP) export -----------------

L1_PRODUCTS = [   # name, category, price, 三包商品
    ("禾暖养生壶 Y8 多功能", "养生壶", 199, "否"),
    ("禾暖空气炸锅 A5 5L", "空气炸锅", 329, "否"),
    ("禾暖破壁机 P3 静音款", "破壁机", 599, "否"),
    ("禾暖电饭煲 R40 IH", "电饭煲", 459, "是"),
    ("禾暖微波炉 M20 变频", "微波炉", 699, "是"),
    ("禾暖电烤箱 O32 32L", "电烤箱", 389, "否"),
    ("禾暖胶囊咖啡机 C1", "咖啡机", 899, "否"),
]
L1_KETTLE = ("禾暖电热水壶 K17 1.7L", "电水壶", 129, "否")
L1_CUSTOM = ("禾暖养生壶 Y8 刻字定制款", "养生壶", 239, "否")
L1_CLEARANCE = ("禾暖破壁机 P3 清仓样机", "破壁机", 359, "否")
L1_HEATER = ("禾暖暖风机 NF20", "取暖器", 269, "否")

L1_KINDS = (["ok_nr"] * 11 + ["ok_q"] * 3 + ["exchange"] * 4 + ["repair"] * 3 + ["short"] * 3 + ["def_ok"] * 2
            + ["def_no_report", "def_no_inform", "def_no_measures", "def_pending"]
            + ["custom_refused", "day7", "holiday", "holiday", "open_ok", "open_ok", "sanbao_late", "term_ok"]
            + ["late"] * 3 + ["open_late"] + ["no_start"] * 2 + ["after7"] * 2
            + ["excluded", "confirmed", "q_after7", "order_swap"])

L1_RULE = {"def_no_report": "dangerous_defect_report", "def_no_inform": "dangerous_defect_inform_consumer",
           "def_no_measures": "dangerous_defect_measures", "def_pending": "defect_endangers_safety",
           "late": "refund_7_days", "open_late": "refund_7_days", "no_start": "refund_7_days-start",
           "after7": "no_reason_after_7_days", "excluded": "no_reason_excluded_goods",
           "confirmed": "no_reason_confirmed_not_returnable", "q_after7": "quality_after_7_days_no_termination",
           "order_swap": "return_request-returned_goods_received"}

# the K17 kettle batch: thermostat fails, the kettle keeps heating when dry (隐患 confirmed 14 May)
K17_FOUND = datetime(2025, 5, 14, 10, 40)
K17_REPORTED = datetime(2025, 5, 14, 15, 20)     # 上报区市场监管局
K17_RECALL = datetime(2025, 5, 14, 17, 5)        # 全渠道下架、发布召回公告


def _l1_case(rng, kind):
    """One after-sales order as raw values (datetimes unformatted)."""
    no_reason = ["七天无理由", "七天无理由", "七天无理由", "拍错/多拍/不想要"]
    product = rng.choice(L1_PRODUCTS)
    c = {"kind": kind, "product": product, "type": "退货退款", "reason": rng.choice(no_reason), "audit": "同意",
         "test": None, "W": None, "F": None, "custom": "否", "confirmed": "否", "hazard": "否",
         "found": None, "reported": None, "informed": None, "recall": None, "note": "", "status": "退款成功",
         "refund_share": 1.0}
    lo, hi = date(2025, 1, 6), date(2025, 6, 10)

    def forward(k_lo, k_hi):
        c["R"] = _at(rng, _rand_day(rng, lo, hi), 9, 20)
        c["A"] = _at(rng, c["R"].date() + timedelta(days=rng.randint(k_lo, k_hi)), 8, 23)

    def returned(lo_d=2, hi_d=5):
        c["W"] = _at(rng, c["A"].date() + timedelta(days=rng.randint(lo_d, hi_d)), 9, 18)

    def refunded(lo_h=0.5, hi_h=72):
        c["F"] = _plus(rng, c["W"] or c["A"], lo_h, hi_h, 9, 21)

    def backward_from_w(w_day):
        c["W"] = _at(rng, w_day, 9, 18)
        c["A"] = _at(rng, w_day - timedelta(days=rng.randint(2, 4)), 8, 23)
        c["R"] = _at(rng, c["A"].date() - timedelta(days=rng.randint(0, 5)), 9, 20)
        if c["R"] > c["A"]:
            c["R"] = c["A"] - timedelta(hours=rng.randint(2, 6))

    if kind in ("ok_nr", "excluded", "confirmed", "day7", "after7", "late"):
        if kind == "excluded":
            c["product"], c["custom"] = L1_CUSTOM, "是"
            c["note"] = "客户坚持退回，客服主管同意"
        if kind == "confirmed":
            c["product"], c["confirmed"] = L1_CLEARANCE, "是"
            c["note"] = "清仓样机，买家已勾选不退换；客服特批退回"
        if kind == "day7":
            forward(7, 7)
        elif kind == "after7":
            lo, hi = date(2025, 1, 6), date(2025, 5, 20)
            forward(9, 20)
            c["note"] = "超出七天，客服特批"
        elif kind == "late":
            lo, hi = date(2025, 1, 6), date(2025, 6, 1)
            forward(0, 6)
        else:
            forward(0, 6)
        returned()
        if kind == "late":
            due = _due(c["W"].date(), 7)
            c["F"] = _at(rng, _on_workday(due.date() + timedelta(days=rng.randint(0, 4))), 9, 21)
            c["note"] = rng.choice(["财务批量退款积压", "退款审核漏单", "仓库质检延误"])
        else:
            refunded()
    elif kind == "holiday":
        while True:
            w_day = _rand_day(rng, date(2025, 1, 10), date(2025, 6, 10))
            if not workday(w_day + timedelta(days=7)):
                break
        backward_from_w(w_day)
        last = _due(w_day, 7).date() - timedelta(days=1)
        c["F"] = _at(rng, last, 9, 20)
    elif kind == "open_ok":
        backward_from_w(_rand_day(rng, date(2025, 6, 24), date(2025, 6, 29)))
        c["status"] = "退货已入库，待退款"
    elif kind == "open_late":
        backward_from_w(_rand_day(rng, date(2025, 6, 2), date(2025, 6, 16)))
        c["status"] = "退货已入库，待退款"
        c["note"] = "退款待财务审批"
    elif kind == "no_start":
        forward(0, 6)
        c["F"] = _plus(rng, c["A"], 2, 30, 9, 21)
        c["note"] = "极速退款（揽收即退），仓库未登记签收"
    elif kind == "order_swap":
        c["W"] = _at(rng, _rand_day(rng, date(2025, 1, 15), date(2025, 6, 10)), 9, 18)
        c["R"] = _at(rng, c["W"].date() - timedelta(days=rng.randint(3, 5)), 9, 20)
        c["A"] = _plus(rng, c["W"], 12, 40, 8, 23)
        c["F"] = _plus(rng, c["A"], 1, 30, 9, 21)
        c["note"] = "买家先寄回后补申请"
    elif kind in ("ok_q", "q_after7", "sanbao_late", "term_ok"):
        c["reason"] = rng.choice(["质量问题", "质量问题", "与描述不符"]) if kind == "ok_q" else "质量问题"
        if kind == "sanbao_late":
            c["product"] = rng.choice([p for p in L1_PRODUCTS if p[3] == "是"])
        elif kind != "ok_q":
            c["product"] = rng.choice([p for p in L1_PRODUCTS if p[3] == "否"])
        if kind == "ok_q":
            forward(0, 6)
            c["test"] = rng.choice([None, "性能故障，符合退货"])
        elif kind == "q_after7":
            lo, hi = date(2025, 1, 6), date(2025, 4, 20)
            forward(15, 50)
            c["test"] = "性能故障，建议换修"
            c["note"] = "客户坚持退货，主管协商同意"
        elif kind == "sanbao_late":
            lo, hi = date(2025, 1, 6), date(2025, 5, 10)
            forward(10, 30)
            c["test"] = "性能故障，建议换修"
            c["note"] = "三包期内两次维修仍不能正常使用，按三包退货"
        else:
            lo, hi = date(2025, 1, 6), date(2025, 5, 10)
            forward(10, 30)
            c["test"] = "性能故障，符合退货"
        returned()
        refunded()
    elif kind in ("exchange", "repair", "def_pending"):
        if kind == "def_pending":
            c["product"], c["hazard"] = L1_HEATER, "待评估"
            lo, hi = date(2025, 1, 6), date(2025, 2, 20)
            c["reason"], c["type"] = "质量问题", "换货"
            c["note"] = "使用时有焦糊味，送检中"
            forward(1, 6)
            c["test"] = None
        elif kind == "exchange":
            c["reason"], c["type"] = rng.choice(["质量问题", "发错货"]), "换货"
            forward(0, 6)
            c["test"] = "性能故障，建议换修" if c["reason"] == "质量问题" else None
        else:
            c["reason"], c["type"] = "质量问题", "维修"
            lo, hi = date(2025, 1, 6), date(2025, 3, 31)
            forward(20, 80)
            c["test"] = rng.choice(["性能故障，建议换修", "未见异常"])
        returned()
        c["status"] = {"换货": "换货完成", "维修": "维修完成"}[c["type"]]
    elif kind == "short":
        c["reason"], c["type"] = "少件漏发", "仅退款"
        forward(0, 3)
        c["F"] = _plus(rng, c["A"], 1, 24, 9, 21)
        c["refund_share"] = rng.choice([0.1, 0.15, 0.2])
        c["note"] = "漏发配件，补偿部分款项"
    elif kind == "custom_refused":
        c["product"], c["custom"], c["audit"] = L1_CUSTOM, "是", "拒绝"
        forward(1, 5)
        c["status"] = "已关闭"
        c["note"] = "定制商品不支持七天无理由退货"
    elif kind.startswith("def_"):
        c["product"], c["hazard"] = L1_KETTLE, "是"
        c["reason"] = "质量问题"
        lo, hi = date(2025, 4, 25), date(2025, 5, 7)
        forward(1, 5)
        returned(1, 3)
        refunded()
        c["test"] = "性能故障，符合退货"
        c["found"], c["reported"], c["recall"] = K17_FOUND, K17_REPORTED, K17_RECALL
        c["informed"] = _plus(rng, K17_FOUND, 2, 26, 9, 20)
        c["note"] = "干烧不断电，温控器失效"
        if kind == "def_no_report":
            c["reported"] = None
        elif kind == "def_no_inform":
            c["informed"] = None
        elif kind == "def_no_measures":
            c["recall"] = None
    else:
        raise ValueError(kind)
    c["review"] = _plus(rng, c["A"], 0.2, 8, 9, 22)
    if c["W"] is not None and c["W"] > CUTOFF:
        c["W"] = None
    if c["F"] is not None and c["F"] > CUTOFF:
        c["F"] = None
    if c["type"] in ("退货退款", "仅退款") and c["F"] is None and c["audit"] == "同意" and c["W"] is not None:
        c["status"] = "退货已入库，待退款"
    return c


def e232_l1_kitchen_appliance_shop_aftersales(rng, injected=None):
    """禾暖小家电 网店（天猫 / 京东 / 抖音三个店铺）售后 ERP 的售后单导出（CSV，UTF-8 带 BOM，时间写作 2025-03-04 09:05:00）。
    每张售后单一行：退货退款、仅退款、换货、维修；K17 电热水壶一批温控器失效（干烧不断电），5 月 14 日确认隐患、上报、下架召回。

    读制度 YAML 之前写下的表头：售后单号、订单编号、买家昵称、收货人、联系手机、商品名称、商品类目、签收时间、
    售后申请时间、售后类型、申请原因、客服、审核时间、审核结果、退货物流单号、仓库收到退货时间、退款时间、退款金额、
    承担运费方、售后状态、备注。
    读过制度 YAML 后补的列：定制商品（除外商品）、下单确认不退换（购买时确认不宜退货）、三包商品（国家规定）、
    检测结论（是否符合退货条件）、安全隐患、隐患确认时间、上报监管时间、通知客户时间、下架召回时间。

    注入的违规（按规则 id 计数，共 17）：refund_7_days 4（3 单仓库收货 7 日后才退款、1 单 6 月上中旬入库至今未退），
    refund_7_days-start 2（极速退款，仓库未登记签收），no_reason_after_7_days 2（签收 9 日以上才申请七天无理由仍退款），
    no_reason_excluded_goods 1（刻字定制款按无理由退款），no_reason_confirmed_not_returnable 1（清仓样机下单确认不退换仍退款），
    quality_after_7_days_no_termination 1（非三包商品签收半个月后质量退货、检测建议换修仍退款），
    return_request-returned_goods_received 1（先寄回后补申请），dangerous_defect_report 1、
    dangerous_defect_inform_consumer 1、dangerous_defect_measures 1（K17 隐患单缺上报 / 通知 / 下架记录），
    defect_endangers_safety 1（安全隐患写“待评估”），case_number 1（同一售后单导出两次）。
    陷阱：签收后第 7 天申请的无理由退货；仓库收货后第 7 天是周末或节假日、顺延到下一个工作日退款的；6 月 24 日后入库、
    尚未到期的待退款；定制款无理由申请被拒绝（没有退款）；三包商品或检测“符合退货”的超 7 天质量退货；
    仅退款（少件漏发）没有仓库签收；换货、维修单没有退款。
    """
    taken: set = set()
    staff = distinct_names(rng, 5, taken)
    kinds = list(L1_KINDS)
    rng.shuffle(kinds)
    cases = [_l1_case(rng, kind) for kind in kinds]
    cases.sort(key=lambda c: c["A"])
    buyers = distinct_names(rng, len(cases), taken)

    rows, marks = [], []
    serial = rng.randint(1200, 1800)
    for c, buyer in zip(cases, buyers):
        serial += rng.randint(1, 9)
        number = f"SH{c['A']:%y%m%d}{serial:04d}"
        shop = pick(rng, [("tm", 5), ("jd", 3), ("dy", 2)])
        order_no = {"tm": "".join(rng.choice("0123456789") for _ in range(19)),
                    "jd": "3" + "".join(rng.choice("0123456789") for _ in range(11)),
                    "dy": "69" + "".join(rng.choice("0123456789") for _ in range(17))}[shop]
        nick = {"tm": "tb" + "".join(rng.choice("0123456789") for _ in range(10)),
                "jd": "jd_" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(12)),
                "dy": "用户" + "".join(rng.choice("0123456789") for _ in range(9))}[shop]
        name, category, price, sanbao = c["product"]
        quality = c["reason"] in ("质量问题", "与描述不符", "发错货", "少件漏发")
        waybill = None
        if c["W"] is not None or (c["type"] == "退货退款" and c["audit"] == "同意"):
            waybill = rng.choice(["SF", "YT", "ZTO"]) + "".join(rng.choice("0123456789") for _ in range(12))
        amount = None
        if c["F"] is not None:
            amount = f"{price * c['refund_share']:.2f}"
        rows.append({
            "售后单号": number,
            "订单编号": order_no,
            "买家昵称": nick,
            "收货人": buyer,
            "联系手机": mobile(rng),
            "商品名称": name,
            "商品类目": category,
            "定制商品": c["custom"],
            "下单确认不退换": c["confirmed"],
            "三包商品": sanbao,
            "签收时间": iso(c["R"]),
            "售后申请时间": iso(c["A"]),
            "售后类型": c["type"],
            "申请原因": c["reason"],
            "客服": rng.choice(staff),
            "审核时间": iso(c["review"]),
            "审核结果": c["audit"],
            "检测结论": c["test"] or "",
            "退货物流单号": waybill or "",
            "仓库收到退货时间": iso(c["W"]) if c["W"] else "",
            "退款时间": iso(c["F"]) if c["F"] else "",
            "退款金额": amount or "",
            "承担运费方": ("商家" if quality else "买家") if c["type"] in ("退货退款", "换货", "维修") else "",
            "安全隐患": c["hazard"],
            "隐患确认时间": iso(c["found"]) if c["found"] else "",
            "上报监管时间": iso(c["reported"]) if c["reported"] else "",
            "通知客户时间": iso(c["informed"]) if c["informed"] else "",
            "下架召回时间": iso(c["recall"]) if c["recall"] else "",
            "售后状态": c["status"],
            "备注": c["note"],
        })
        marks.append(c["kind"])

    # the ERP re-synced one finished no-reason return and exported it twice
    i = rng.choice([k for k, kind in enumerate(marks) if kind == "ok_nr"])
    rows.insert(i + 1, dict(rows[i]))
    marks.insert(i + 1, "dup")

    if injected is not None:
        for row, kind in zip(rows, marks):
            if kind in L1_RULE:
                injected.append((row["售后单号"], L1_RULE[kind]))
            elif kind == "dup":
                injected.append((row["售后单号"], "case_number"))

    hand = {
        "procedure": "l1-consumer-rights-protection-law",
        "columns": {
            "售后单号": "case_number",
            "申请原因": "return_basis",
            "签收时间": "goods_received_at",
            "定制商品": "goods_type",
            "下单确认不退换": "confirmed_not_returnable",
            "三包商品": "state_rule_or_agreement",
            "检测结论": "contract_termination_conditions_met",
            "售后申请时间": "return_request_at",
            "仓库收到退货时间": "returned_goods_received_at",
            "退款时间": "refund_at",
            "安全隐患": "defect_endangers_safety",
            "隐患确认时间": "discover_defect_at",
            "上报监管时间": "report_defect_at",
            "通知客户时间": "inform_consumer_defect_at",
            "下架召回时间": "defect_measures_at",
        },
        "values": {
            "return_basis": {"七天无理由": "no_reason", "拍错/多拍/不想要": "no_reason", "质量问题": "quality",
                             "与描述不符": "quality", "发错货": "", "少件漏发": ""},
            "goods_type": {"是": "custom_made", "否": "other"},
            "confirmed_not_returnable": {"是": True, "否": False},
            "state_rule_or_agreement": {"是": True, "否": False},
            "contract_termination_conditions_met": {"性能故障，符合退货": True, "性能故障，建议换修": False,
                                                    "未见异常": False},
            "defect_endangers_safety": {"是": True, "否": False},
        },
    }
    return rows, hand


# --- 233: L3 银行业保险业消费投诉处理管理办法 — a life insurer's provincial branch complaint system (XLSX) --------

L3_KINDS = (["ok_simple"] * 12 + ["ok_complex"] * 5 + ["special_ok"] * 2
            + ["appraisal_ok", "mediation_ok", "withdraw", "withdraw_late", "unreachable", "decline", "new_material"]
            + ["open_ok"] * 3 + ["day15", "weekend", "review_ok", "review_day30", "major_visit_ok", "major_event_ok",
                                 "small_group"]
            + ["late_simple"] * 2 + ["late_complex", "open_late", "no_identity", "no_findings", "no_basis",
                                     "no_remedies", "no_evidence", "appraisal_no_notice", "mediation_no_apply",
                                     "major_no_report", "ext_wrong_approver", "verify_wrong_dept", "review_late",
                                     "review_after30", "contact_after_notify", "complexity_invalid"])

L3_RULE = {"late_simple": "decide", "late_complex": "decide", "open_late": "decide",
           "no_identity": "identity_verified", "no_findings": "decision_findings", "no_basis": "decision_basis",
           "no_remedies": "decision_remedies", "no_evidence": "notice_evidence",
           "appraisal_no_notice": "appraisal_notice", "mediation_no_apply": "mediation_application",
           "major_no_report": "major_reported", "ext_wrong_approver": "extension_approved_by_named_level",
           "verify_wrong_dept": "step-verify", "review_late": "review_decide",
           "review_after30": "review_after_30_days", "contact_after_notify": "verify-notify_decision",
           "complexity_invalid": "complexity"}

L3_TOPICS = [   # 投诉类别, 险种, 核实情况, 处理依据, 处理结果
    ("销售误导", "分红型年金险", "调取双录视频及投保资料，销售人员存在夸大分红演示表述", "《保险销售行为管理办法》及投保告知书",
     "同意全额退保"),
    ("销售误导", "万能险", "核对投保单及回访录音，客户回访时已确认知晓结算利率不保证", "保险合同第5条及回访记录",
     "维持原结论，解释说明"),
    ("理赔纠纷", "重大疾病险", "核对病历及理赔材料，确诊疾病符合合同约定的重大疾病定义", "保险合同第2.4条重大疾病定义",
     "补充赔付"),
    ("理赔纠纷", "百万医疗险", "核对费用清单，自费药品不在保险责任范围内", "保险合同第3.2条责任免除",
     "维持原理赔结论"),
    ("退保纠纷", "终身寿险", "核对现金价值表，退保金计算无误", "保险合同现金价值表及第8条解除合同",
     "解释说明，客户接受"),
    ("保全服务", "两全保险", "查询保全系统，变更受益人申请因材料缺件被退回", "公司保全业务规则第12条",
     "协助补件并完成变更"),
    ("续期扣费", "重大疾病险", "核对银行扣款流水，系重复扣费", "保险合同第4条保险费的支付",
     "退还重复扣款"),
    ("服务态度", "意外伤害险", "调取通话录音，坐席解释不耐心", "公司客户服务规范",
     "致歉并对坐席进行辅导"),
]
L3_CHANNELS = [("95客服热线", 6), ("柜面来访", 2), ("官网/APP在线", 2), ("信函", 1), ("监管转办", 2)]
L3_UNITS = ["杭州中心支公司", "宁波中心支公司", "温州中心支公司", "绍兴中心支公司", "分公司个险部", "分公司银保渠道部"]
L3_REMEDIES = ["已告知可向总公司申请核查，或申请调解、仲裁、诉讼",
               "告知如有异议可于30日内向总公司书面申请核查，亦可申请调解或诉讼",
               "已告知核查、调解、仲裁、诉讼途径"]


def _l3_case(rng, kind):
    """One complaint ticket as raw values (datetimes unformatted)."""
    topic = rng.choice(L3_TOPICS)
    c = {"kind": kind, "topic": topic, "channel": pick(rng, L3_CHANNELS), "unit": rng.choice(L3_UNITS[:5]),
         "dept": rng.choice(["客户服务部", "客户服务部", "消费者权益保护部"]), "level": "简易",
         "approver": None, "approved": None, "ext_told": None, "ap_from": None, "ap_to": None, "ap_told": None,
         "med": "否", "med_from": None, "med_to": None, "visitors": None, "event": "否", "major": None,
         "withdrawn": None, "declined": None, "new": None, "findings": topic[2], "basis": topic[3], "remedies": rng.choice(L3_REMEDIES),
         "result": topic[4], "N": None, "how": pick(rng, [("电话", 5), ("短信", 2), ("书面", 2)]),
         "evidence": True, "lost": "否", "review": None}
    lo, hi = date(2025, 1, 6), date(2025, 5, 25)
    if kind in ("special_ok", "ext_wrong_approver", "review_ok", "review_day30", "review_late", "review_after30"):
        hi = date(2025, 3, 15)
    elif kind in ("ok_complex", "late_complex", "major_visit_ok", "major_no_report"):
        hi = date(2025, 4, 30)
    elif kind == "open_ok":
        lo, hi = date(2025, 6, 16), date(2025, 6, 27)
    elif kind == "open_late":
        lo, hi = date(2025, 4, 10), date(2025, 5, 31)
    elif kind in ("weekend", "day15"):
        while True:
            d = _rand_day(rng, lo, hi)
            if workday(d + timedelta(days=15)) == (kind == "day15"):
                break
        lo = hi = d
    c["R"] = _at(rng, _rand_day(rng, lo, hi), 8.5, 20)
    r = c["R"].date()
    c["ident"] = c["R"] + timedelta(minutes=rng.randint(3, 40))
    c["contact"] = _plus(rng, c["R"], 1, 30, 8, 20)

    def notify_on(day):
        # the branch answers on working days; a rest day moves to the next working day, which never passes a
        # deadline the chosen day kept (a deadline ending on a rest day moves as well)
        c["N"] = _at(rng, _on_workday(day), 9, 19)

    def notify_within(k_lo, k_hi):
        notify_on(r + timedelta(days=rng.randint(k_lo, k_hi)))

    if kind in ("ok_complex", "late_complex", "major_visit_ok", "major_no_report"):
        c["level"] = "复杂"
    if kind in ("ok_simple", "no_identity", "no_findings", "no_basis", "no_remedies", "no_evidence",
                "mediation_no_apply", "small_group", "complexity_invalid", "verify_wrong_dept",
                "contact_after_notify", "review_ok", "review_day30", "review_late", "review_after30",
                "major_event_ok", "unreachable"):
        notify_within(3, 14)
    elif kind in ("ok_complex", "major_visit_ok", "major_no_report"):
        notify_within(16, 29)
    elif kind == "day15":
        notify_within(15, 15)
    elif kind == "weekend":
        notify_on(_due(r, 15).date() - timedelta(days=1))
    elif kind in ("special_ok", "ext_wrong_approver"):
        c["level"] = "疑难"
        c["approved"] = _at(rng, r + timedelta(days=rng.randint(18, 27)), 9, 18)
        c["ext_told"] = _plus(rng, c["approved"], 1, 20, 9, 19)
        c["approver"] = rng.choice(["总公司消保部负责人", "总公司分管副总裁"])
        if kind == "ext_wrong_approver":
            c["approver"] = "分公司总经理"
        notify_within(35, 58)
    elif kind in ("appraisal_ok", "appraisal_no_notice", "mediation_ok"):
        start = r + timedelta(days=rng.randint(2, 5))
        end = start + timedelta(days=rng.randint(6, 15))
        shift = (end - start).days
        notify_on(r + timedelta(days=rng.randint(max((end - r).days + 1, 16), 15 + shift)))
        if kind == "mediation_ok":
            c["med"], c["med_from"] = "是", _at(rng, start, 9, 17)
            c["med_to"] = _at(rng, end, 9, 17)
            c["result"] = "经调解达成协议"
        else:
            c["topic"] = topic = rng.choice([t for t in L3_TOPICS if t[0] == "理赔纠纷"])
            c["findings"], c["basis"], c["result"] = topic[2], topic[3], topic[4]
            c["ap_from"] = _at(rng, start, 9, 17)
            c["ap_to"] = _at(rng, end, 9, 17)
            if kind == "appraisal_ok":
                c["ap_told"] = _plus(rng, c["ap_from"], 1, 6, 9, 19)
    elif kind in ("withdraw", "withdraw_late"):
        k = rng.randint(2, 8) if kind == "withdraw" else rng.randint(18, 25)
        c["withdrawn"] = _at(rng, r + timedelta(days=k), 9, 18)
        c["result"] = "客户撤诉"
    elif kind == "decline":
        c["declined"] = _at(rng, r + timedelta(days=rng.randint(3, 10)), 9, 18)
        c["result"] = "经核实非投诉人本人或其代理人提出，不予办理"
    elif kind == "new_material":
        c["new"] = _at(rng, r + timedelta(days=rng.randint(5, 12)), 9, 18)
        notify_on(r + timedelta(days=rng.randint(16, (c["new"].date() - r).days + 15)))
    elif kind == "open_ok":
        c["level"] = rng.choice(["简易", "复杂"])
    elif kind == "open_late":
        pass
    elif kind == "late_simple":
        notify_on(_on_workday(_due(r, 15).date() + timedelta(days=rng.randint(0, 6))))
    elif kind == "late_complex":
        notify_on(_on_workday(_due(r, 30).date() + timedelta(days=rng.randint(0, 6))))
    else:
        raise ValueError(kind)

    if kind == "no_identity":
        c["ident"] = None
    elif kind == "no_findings":
        c["findings"] = None
    elif kind == "no_basis":
        c["basis"] = None
    elif kind == "no_remedies":
        c["remedies"] = None
    elif kind == "no_evidence":
        c["evidence"] = False
    elif kind == "unreachable":
        c["lost"], c["evidence"], c["how"] = "是", False, "书面"
    elif kind == "mediation_no_apply":
        c["med"] = "是"
    elif kind in ("major_visit_ok", "major_no_report"):
        c["channel"], c["visitors"] = "柜面来访", rng.randint(21, 34)
        c["topic"] = topic = L3_TOPICS[1]
        c["findings"], c["basis"], c["result"] = topic[2], topic[3], topic[4]
        if kind == "major_visit_ok":
            c["major"] = _plus(rng, c["R"], 1, 6, 8, 21)
    elif kind == "small_group":
        c["channel"], c["visitors"] = "柜面来访", rng.randint(3, 8)
    elif kind == "major_event_ok":
        c["event"] = "是"
        c["topic"] = topic = ("理赔纠纷", "意外伤害险", "暴雨灾害致意外伤害，核对理赔时效与材料要求", "公司大灾理赔应急预案",
                              "开通绿色通道赔付")
        c["findings"], c["basis"], c["result"] = topic[2], topic[3], topic[4]
        c["major"] = _plus(rng, c["R"], 2, 20, 8, 21)
    elif kind == "verify_wrong_dept":
        c["unit"], c["dept"] = "分公司银保渠道部", "银保渠道部"
        c["topic"] = topic = L3_TOPICS[0]
        c["findings"], c["basis"], c["result"] = topic[2], topic[3], topic[4]
    elif kind == "complexity_invalid":
        c["level"] = "待定"
    elif kind == "contact_after_notify":
        c["contact"] = _plus(rng, c["N"], 20, 60, 9, 19)

    if kind in ("review_ok", "review_day30", "review_late", "review_after30"):
        got = c["N"].date() + timedelta(days=3 if c["how"] == "书面" else 0)
        if kind == "review_day30":
            apply = got + timedelta(days=30)
        elif kind == "review_after30":
            apply = got + timedelta(days=rng.randint(33, 45))
        else:
            apply = got + timedelta(days=rng.randint(5, 25))
        taken = apply + timedelta(days=rng.randint(1, 3))
        if kind == "review_late":
            done = _on_workday(_due(taken, 30).date() + timedelta(days=rng.randint(0, 5)))
        else:
            done = taken + timedelta(days=rng.randint(8, 28))
        c["review"] = (datetime(got.year, got.month, got.day), datetime(apply.year, apply.month, apply.day),
                       datetime(taken.year, taken.month, taken.day), _at(rng, done, 9, 18))
        c["result"] = "维持原结论，解释说明"
    return c


def e233_l3_life_insurer_complaint_system(rng, injected=None):
    """和润人寿保险股份有限公司浙江分公司 客户投诉管理系统的投诉工单导出（XLSX，工作表“导出”，时间为 Excel 日期单元格）。
    每个投诉工单一行；分公司客户服务部 / 消费者权益保护部承办，再延长须总公司审批，核查由总公司办理。

    读制度 YAML 之前写下的表头：投诉工单号、投诉渠道、登记时间、投诉人、联系电话、保单号、险种、投诉类别、被投诉机构、
    被投诉人员、承办人、承办部门、首次联系时间、是否复杂、延期审批人、处理决定告知时间、告知方式、处理结果、
    客户是否申请核查、核查申请日期、核查决定告知日期、是否撤诉、撤诉日期、是否调解、调解起止、鉴定期间。
    （“是否复杂”落地写作“案件难度”：简易 / 复杂 / 疑难；“调解起止”“鉴定期间”各拆成两列。）
    读过制度 YAML 后补的列：身份核验时间、延期审批时间、延期告知客户时间、鉴定告知客户时间、来访人数、重大事件引发、
    监管认定重大、上报总公司时间、不予办理日期（非本人提出）、补充材料收到日期（重新计算期限）、核实情况、处理依据、救济途径告知、
    告知凭证、客户失联、决定送达日期、核查受理日期、核查机构。

    注入的违规（按规则 id 计数，共 19）：decide 4（2 件简易件超过 15 日告知、1 件复杂件超过 30 日、1 件 4–5 月登记至今未告知），
    identity_verified 1、decision_findings 1、decision_basis 1、decision_remedies 1、notice_evidence 1（各缺一项），
    appraisal_notice 1（鉴定期间未告知客户），mediation_application 1（客户同意调解却没有调解申请），
    major_reported 1（20 人以上柜面集体来访未上报总公司），extension_approved_by_named_level 1（疑难件由分公司总经理审批延期），
    step-verify 1（银保渠道部自查被投诉的本部门），review_decide 1（总公司受理核查 30 日后才告知结论），
    review_after_30_days 1（送达 30 日后才申请核查仍作核查结论），verify-notify_decision 1（首次联系时间晚于告知时间），
    complexity 1（案件难度写“待定”），case_number 1（同一工单导出两次）。
    陷阱：第 15 日当天告知的简易件；第 15 日是周末或节假日、顺延到下一个工作日告知的；复杂件 16–29 日告知；
    经总公司审批并告知的疑难件 35–58 日告知；鉴定、调解期间扣除后不超时的；撤诉的（含登记 18 日后才撤诉、未作决定的）；
    客户失联而没有告知凭证的；非本人提出、不予办理的；期限内收到补充材料、自补充材料次日重新计算后不超时的；
    6 月中下旬登记、尚未到期的；送达后第 30 日申请核查的；3–8 人来访的非重大投诉。
    """
    taken: set = set()
    handlers = distinct_names(rng, 6, taken)
    kinds = list(L3_KINDS)
    rng.shuffle(kinds)
    cases = [_l3_case(rng, kind) for kind in kinds]
    cases.sort(key=lambda c: c["R"])
    people = distinct_names(rng, len(cases), taken)
    agents = distinct_names(rng, 8, taken)

    def cut(t):
        return None if t is None or t > CUTOFF else t

    rows, marks = [], []
    serial = rng.randint(300, 500)
    for c, person in zip(cases, people):
        serial += rng.randint(1, 6)
        number = f"TS{c['R']:%Y%m}{serial:05d}"
        notified = cut(c["N"])
        review = c["review"] or (None, None, None, None)
        got = review[0]
        if got is None and notified is not None:
            got = datetime(notified.year, notified.month, notified.day) + timedelta(
                days=3 if c["how"] == "书面" else 0)
            got = None if c["lost"] == "是" else cut(got)
        evidence = None
        if notified is not None and c["evidence"]:
            evidence = {"电话": "录音编号 RC" + f"{notified:%Y%m%d}" + "".join(rng.choice("0123456789") for _ in range(4)),
                        "短信": "短信流水 SM" + "".join(rng.choice("0123456789") for _ in range(10)),
                        "书面": "EMS " + "".join(rng.choice("0123456789") for _ in range(13))}[c["how"]]
        done = notified is not None or c["withdrawn"] is not None or c["declined"] is not None
        status = "已撤诉" if c["withdrawn"] else "不予办理" if c["declined"] else ("已办结" if notified else "处理中")
        if review[3] is not None:
            status = "核查已办结"
        rows.append({
            "投诉工单号": number,
            "投诉渠道": c["channel"],
            "登记时间": c["R"],
            "投诉人": person,
            "联系电话": mobile(rng),
            "保单号": "8" + "".join(rng.choice("0123456789") for _ in range(14)),
            "险种": c["topic"][1],
            "投诉类别": c["topic"][0],
            "被投诉机构": c["unit"],
            "被投诉人员": rng.choice(agents) if c["topic"][0] == "销售误导" else None,
            "身份核验时间": c["ident"],
            "承办部门": c["dept"],
            "承办人": rng.choice(handlers),
            "首次联系时间": cut(c["contact"]),
            "案件难度": c["level"],
            "延期审批人": c["approver"],
            "延期审批时间": c["approved"],
            "延期告知客户时间": c["ext_told"],
            "鉴定开始": c["ap_from"],
            "鉴定结束": c["ap_to"],
            "鉴定告知客户时间": c["ap_told"],
            "是否调解": c["med"],
            "调解申请日期": c["med_from"],
            "调解结束日期": c["med_to"],
            "来访人数": c["visitors"],
            "重大事件引发": c["event"],
            "监管认定重大": "否",
            "上报总公司时间": c["major"],
            "是否撤诉": "是" if c["withdrawn"] else "否",
            "撤诉日期": c["withdrawn"],
            "不予办理日期": c["declined"],
            "补充材料收到日期": c["new"],
            "核实情况": c["findings"] if notified else None,
            "处理依据": c["basis"] if notified else None,
            "救济途径告知": c["remedies"] if notified else None,
            "处理结果": c["result"] if done else None,
            "处理决定告知时间": notified,
            "告知方式": c["how"] if notified else None,
            "告知凭证": evidence,
            "客户失联": c["lost"],
            "决定送达日期": got,
            "客户是否申请核查": "是" if review[1] else "否",
            "核查申请日期": review[1],
            "核查受理日期": review[2],
            "核查决定告知日期": cut(review[3]),
            "核查机构": "总公司" if review[2] else None,
            "工单状态": status,
        })
        marks.append(c["kind"])

    i = rng.choice([k for k, kind in enumerate(marks) if kind == "ok_simple"])
    rows.insert(i + 1, dict(rows[i]))
    marks.insert(i + 1, "dup")

    if injected is not None:
        for row, kind in zip(rows, marks):
            if kind in L3_RULE:
                injected.append((row["投诉工单号"], L3_RULE[kind]))
            elif kind == "dup":
                injected.append((row["投诉工单号"], "case_number"))

    hand = {
        "procedure": "l3-banking-insurance-complaints",
        "sheet": "导出",
        "columns": {
            "投诉工单号": "case_number",
            "登记时间": "receive_at",
            "投诉人": "complainant",
            "联系电话": "contact_phone",
            "身份核验时间": "verify_identity_at",
            "承办部门": "verify_by",
            "首次联系时间": "verify_at",
            "案件难度": "complexity",
            "延期审批人": "approve_extension_by",
            "延期审批时间": "approve_extension_at",
            "延期告知客户时间": "extension_notified_at",
            "鉴定开始": "appraisal_started_at",
            "鉴定结束": "appraisal_ended_at",
            "鉴定告知客户时间": "appraisal_notified_at",
            "是否调解": "mediation_agreed",
            "调解申请日期": "apply_mediation_at",
            "调解结束日期": "mediation_ended_at",
            "来访人数": "complainants_in_person",
            "重大事件引发": "caused_by_major_event",
            "监管认定重大": "regulator_designated_major",
            "上报总公司时间": "report_major_at",
            "撤诉日期": "withdraw_at",
            "不予办理日期": "decline_at",
            "补充材料收到日期": "new_material_received_at",
            "核实情况": "verification_findings",
            "处理依据": "decision_basis",
            "救济途径告知": "remedies_stated",
            "处理决定告知时间": "notify_decision_at",
            "告知凭证": "notice_evidence",
            "客户失联": "complainant_unreachable",
            "决定送达日期": "decision_received_at",
            "核查申请日期": "apply_review_at",
            "核查受理日期": "receive_review_at",
            "核查决定告知日期": "review_decision_at",
            "核查机构": "review_decision_by",
        },
        "values": {
            "complexity": {"简易": "simple", "复杂": "complex", "疑难": "special"},
            "mediation_agreed": {"是": True, "否": False},
            "caused_by_major_event": {"是": True, "否": False},
            "regulator_designated_major": {"是": True, "否": False},
            "complainant_unreachable": {"是": True, "否": False},
        },
        "roles": {
            "客户服务部": "independent_verifier",
            "消费者权益保护部": "independent_verifier",
            "银保渠道部": "institution",
            "总公司消保部负责人": "head_office_executive",
            "总公司分管副总裁": "head_office_executive",
            "分公司总经理": "executive_in_charge",
            "总公司": "superior_institution",
        },
    }
    return rows, hand


EXPORTS = [
    ("232-l1-kitchen-appliance-shop-aftersales.csv", "utf-8-sig", e232_l1_kitchen_appliance_shop_aftersales),
    ("233-l3-life-insurer-complaint-system.xlsx", "xlsx", e233_l3_life_insurer_complaint_system),
]
