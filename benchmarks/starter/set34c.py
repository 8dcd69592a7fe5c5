"""Starter-profile benchmark exports 200-201 (set 34c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 200 201    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened
AS_OF = datetime(2025, 7, 1)


def _day(d):
    """A date as a midnight datetime (a date-only cell)."""
    return None if d is None else datetime(d.year, d.month, d.day)


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _wd(d):
    """Working day (2025 calendar; other years: Monday-Friday)."""
    return workday(d) if d.year == 2025 else d.weekday() < 5


def _add_workdays(d, k):
    """The k-th working day after date d (d not counted)."""
    while k > 0:
        d += timedelta(days=1)
        if _wd(d):
            k -= 1
    return d


def _cal_due(d, n=15):
    """Last day of an n-calendar-day period counted from the day after d, moved past rest days."""
    x = d + timedelta(days=n)
    while not _wd(x):
        x += timedelta(days=1)
    return x


def _add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    return date(d.year + y, mo + 1, d.day)


def e200_s42_provincial_appeal_register(rng, injected=None):
    """200 — a provincial telecom users' appeal centre (四川省电信用户申诉受理中心) appeal register, exported from its
    case system to XLSX (sheet 导出); dates are Excel date cells (登记时间 with the time, the others date only).

    Step-1 headers (from the source text alone): 申诉单号, 登记时间, 申诉渠道, 申诉人, 联系电话, 申诉号码, 被申诉企业,
    企业所属省份, 申诉类型, 争议发生日期, 向企业投诉日期, 企业答复日期, 用户对企业答复, 申诉内容, 用户诉求, 受理意见,
    不予受理原因, 受理审核日期, 承办人, 调解结果, 办结日期, 回访满意度, 备注, 录入人.
    读过制度 YAML 后补的列：属地申诉机构（已设/未设）, 和解情况, 重复申诉, 原申诉处理结果, 受理单位, 调解日期, 调解单位.

    Injected (16): CK104 reply_15_working_days ×4 (two late replies, two never replied); CK101
    reply_15_working_days-start ×1 (reply date but no complaint date); CK105 fee_dispute_over_5_months ×2,
    other_appeal_over_2_years ×1, settled_by_executed_agreement ×2, already_mediated ×1; CK103
    appeal_to_provincial_body ×1 (accepted by the national centre although the respondent's province has a body),
    appeal_to_national_center ×1 (province without a body, accepted by the provincial centre), step-mediate ×1
    (mediated by the provincial communications administration); CK106 receive-appeal ×1, accept_appeal-mediate ×1.
    Traps: fee dispute exactly five months old accepted; fee dispute over five months rejected; other appeal 22 months
    old accepted; settled-and-executed rejected; settled but not executed accepted; repeat appeal after withdrawal
    accepted; reply on the 15th working day across a holiday; recent complaint without reply (not yet due, appeal
    rejected); province without a body handled by the national centre / rejected; respondent in another province
    with a body rejected and referred.
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken = set()
    handlers = distinct_names(rng, 4, taken)
    clerks = distinct_names(rng, 2, taken)

    local_ops = ["中国移动四川公司成都分公司", "中国移动四川公司绵阳分公司", "中国电信四川公司成都分公司",
                 "中国电信四川公司南充分公司", "中国联通四川省分公司", "中国联通四川公司德阳分公司", "中国广电四川公司"]
    fee_types = [("计费争议", "对上月账单流量费用有异议，认为未使用", "退还多扣话费"),
                 ("增值业务扣费", "未订购的视频会员包每月扣费", "退订并退还扣费"),
                 ("套餐资费争议", "办理时承诺的优惠未兑现，按原价收费", "按承诺资费收费")]
    other_types = [("服务质量", "营业厅办理业务态度恶劣", "赔礼道歉"),
                   ("网络质量", "家中信号差，多次报修未解决", "尽快解决信号问题"),
                   ("携号转网", "申请携号转网被以合约未到期为由拒绝", "办理携号转网"),
                   ("宽带装维", "宽带频繁断线，装维人员多次爽约", "维修或免费解约"),
                   ("营销宣传", "营销电话诱导办理副卡", "取消副卡并退费"),
                   ("号卡业务", "号码被停机，未收到任何通知", "恢复号码使用")]
    channels = [("网站", 40), ("电话", 25), ("微信公众号", 15), ("工信部转办", 12), ("信函", 8)]

    plan = (["fee5"] * 2 + ["other2y", "settled", "settled", "mediated", "late_reply", "late_reply",
                               "no_reply", "no_reply", "no_receive", "prov_national", "unset_prov", "mediate_bureau",
                               "recv_after_appeal", "mediate_before_accept"]
            + ["fee5_edge", "fee5_rej", "other_22m", "settled_rej", "settled_unexec", "mediated_withdrawn",
               "reply_edge", "no_reply_recent", "unset_national", "unset_rej", "other_prov_rej"]
            + ["normal"] * 13 + ["normal_rej"] * 2)
    rng.shuffle(plan)

    def make(flag):
        is_fee = flag in ("fee5", "fee5_edge", "fee5_rej") or (
            flag not in ("other2y", "other_22m") and rng.random() < 0.45)
        ctype, content, demand = rng.choice(fee_types if is_fee else other_types)
        province, body = "四川省", "已设"
        company = rng.choice(local_ops)
        settle, repeat, prior = "无", "否", ""
        verdict, reason, unit = "受理", "", "省申诉中心"
        med_unit = "省申诉中心"
        remark = ""

        # the appeal registration, the complaint to the operator and its reply
        if flag == "no_reply_recent":
            receive = date(2025, 6, 19)
            reply = None
            appeal_d = date(2025, 6, 26)
        elif flag == "reply_edge":
            receive = date(2025, 4, 18)                     # Friday; 15 working days run over May Day
            reply = _add_workdays(receive, 15)
            appeal_d = reply + timedelta(days=rng.randint(2, 6))
        else:
            receive = date(2025, 1, 2) + timedelta(days=rng.randint(0, 150))
            if flag == "late_reply":
                reply = _add_workdays(receive, rng.randint(20, 27))
            elif flag == "no_reply":
                reply = None
            else:
                reply = _add_workdays(receive, rng.randint(2, 12))
            base = reply if reply is not None else _add_workdays(receive, 16)
            appeal_d = base + timedelta(days=rng.randint(1, 15))
            if appeal_d > date(2025, 6, 24):
                shift = (appeal_d - date(2025, 6, 24)).days + rng.randint(5, 40)
                receive -= timedelta(days=shift)
                receive = receive if _wd(receive) else receive - timedelta(days=2)
                if flag == "late_reply":
                    reply = _add_workdays(receive, rng.randint(20, 27))
                elif reply is not None:
                    reply = _add_workdays(receive, rng.randint(2, 12))
                base = reply if reply is not None else _add_workdays(receive, 16)
                appeal_d = base + timedelta(days=rng.randint(1, 10))
        appeal = _at(rng, appeal_d, 8.5, 17.5)

        incident = receive - timedelta(days=rng.randint(1, 40 if is_fee else 150))
        if flag in ("fee5", "fee5_rej"):
            incident = _add_months(appeal_d, -rng.randint(6, 8)) - timedelta(days=rng.randint(3, 20))
        elif flag == "fee5_edge":
            incident = _add_months(appeal_d, -5) if appeal_d.day <= 28 else _add_months(appeal_d.replace(day=28), -5)
        elif flag == "other2y":
            incident = _add_months(appeal_d, -27) if appeal_d.day <= 28 else date(2022, 11, 20)
        elif flag == "other_22m":
            incident = _add_months(appeal_d.replace(day=min(appeal_d.day, 28)), -22)
        if flag in ("fee5", "fee5_rej", "other2y", "other_22m"):
            receive = incident + timedelta(days=rng.randint(1, 10))
            reply = receive + timedelta(days=rng.randint(2, 6))

        if flag == "recv_after_appeal":
            # registered first, the user was told to complain to the operator and the date was filled in afterwards
            receive = appeal_d + timedelta(days=rng.randint(2, 4))
            reply = _add_workdays(receive, rng.randint(2, 6))
            remark = "登记后告知用户先向企业投诉"
        receive_cell = receive
        if flag == "no_receive":
            receive_cell = None
            remark = "用户记不清向企业投诉的日期"

        # acceptance
        if flag in ("fee5_rej",):
            verdict, reason = "不予受理", "话费争议申诉超过五个月"
        elif flag == "settled_rej":
            settle, verdict, reason = "已和解并履行", "不予受理", "已与企业达成和解协议并已执行"
        elif flag == "no_reply_recent":
            verdict, reason = "不予受理", "企业答复期限未满，请待企业处理后再申诉"
        elif flag == "unset_rej":
            province, body, company = "西藏自治区", "未设", "中国移动西藏公司拉萨分公司"
            verdict, reason = "不予受理", "被申诉企业属地未设申诉机构，告知向全国中心申诉"
        elif flag == "other_prov_rej":
            province, company = "重庆市", "中国联通重庆市分公司"
            verdict, reason = "不予受理", "被申诉企业不在本省，告知向属地申诉机构申诉"
        elif flag == "normal_rej":
            verdict, reason = "不予受理", rng.choice(["非电信服务争议", "已进入司法程序", "申诉材料不全，经告知未补正"])
        if flag in ("settled", "settled_unexec"):
            settle = "已和解并履行" if flag == "settled" else "已和解未履行"
        if flag in ("mediated", "mediated_withdrawn"):
            repeat, prior = "是", ("出具调解意见书" if flag == "mediated" else "用户撤诉")
        if flag == "prov_national":
            unit = "部申诉中心"
            remark = "部中心受理后转我中心调解"
        elif flag == "unset_prov":
            province, body, company = "西藏自治区", "未设", "中国电信西藏公司"
            remark = "用户常住本省"
        elif flag == "unset_national":
            province, body, company = "西藏自治区", "未设", "中国联通西藏自治区分公司"
            unit = "部申诉中心"
            remark = "部中心受理，抄送我中心备案"
        if flag == "mediate_bureau":
            med_unit = "省通信管理局"
            remark = "局领导接访，直接组织调解"

        if verdict == "受理":
            accept_d = appeal_d + timedelta(days=rng.randint(1, 4))
            if flag == "recv_after_appeal":
                accept_d = receive + timedelta(days=rng.randint(1, 3))
            if flag == "mediate_before_accept":
                accept_d = appeal_d + timedelta(days=rng.randint(3, 4))
                med_d = accept_d - timedelta(days=2)
                remark = "调解日期补录"
            else:
                med_d = accept_d + timedelta(days=rng.randint(2, 18))
            if flag not in ("mediate_bureau", "mediate_before_accept") and med_d > date(2025, 6, 29):
                med_d = None
            if flag in ("mediate_bureau", "mediate_before_accept") and med_d > date(2025, 6, 27):
                med_d = accept_d + timedelta(days=1)
        else:
            accept_d = appeal_d + timedelta(days=rng.randint(1, 3))
            med_d = None
        if flag == "other2y":
            remark = "用户称问题持续至今"

        return dict(flag=flag, appeal=appeal, ctype=ctype, content=content, demand=demand, province=province,
                    body=body, company=company, incident=incident, receive=receive_cell, reply=reply,
                    settle=settle, repeat=repeat, prior=prior, verdict=verdict, reason=reason, unit=unit,
                    accept=accept_d, med=med_d, med_unit=med_unit, remark=remark, receive_true=receive)

    def ok(c):
        """The case is possible by the export day and shows exactly its flag's finding."""
        flag, a = c["flag"], c["appeal"].date()
        r, rp = c["receive_true"], c["reply"]
        last = date(2025, 6, 30)
        if a > date(2025, 6, 27) or c["accept"] > last or (c["med"] is not None and c["med"] > date(2025, 6, 29)):
            return False
        if rp is not None and rp > last:
            return False
        if c["incident"] >= r:
            return False
        due = _add_workdays(r, 15)                              # reply due by the end of this day
        late = (rp is None and AS_OF.date() > due) or (rp is not None and rp > due)
        if late != (flag in ("late_reply", "no_reply")):
            return False
        if flag != "recv_after_appeal" and r > a:
            return False
        if c["accept"] <= a:
            return False
        if c["med"] is not None and flag != "mediate_before_accept" and c["med"] <= c["accept"]:
            return False
        return True

    cases = []
    for flag in plan:
        while True:
            c = make(flag)
            if ok(c):
                break
        cases.append(c)

    cases.sort(key=lambda c: c["appeal"])
    rows = []
    for i, c in enumerate(cases, 1):
        no = f"SC{c['appeal']:%Y%m}{i:04d}"
        flag = c["flag"]
        if flag in ("fee5", "other2y", "settled", "mediated", "late_reply", "no_reply", "no_receive", "prov_national",
                    "unset_prov", "mediate_bureau", "recv_after_appeal", "mediate_before_accept"):
            note((no, flag))
        accepted = c["verdict"] == "受理"
        med = c["med"]
        if accepted and med is not None:
            result = pick(rng, [("调解成功", 55), ("调解不成功", 20), ("出具调解意见书", 10), ("用户撤诉", 15)])
            closed = med + timedelta(days=rng.randint(0, 3))
            closed = closed if closed <= date(2025, 6, 30) else None
        elif accepted:
            result, closed = "调解中", None
        else:
            result, closed = "", c["accept"]
        rows.append({
            "申诉单号": no,
            "登记时间": c["appeal"],
            "申诉渠道": pick(rng, channels) if flag not in ("prov_national", "unset_national") else "工信部转办",
            "申诉人": person_name(rng),
            "联系电话": mobile(rng),
            "申诉号码": mobile(rng),
            "被申诉企业": c["company"],
            "企业所属省份": c["province"],
            "属地申诉机构": c["body"],
            "申诉类型": c["ctype"],
            "争议发生日期": _day(c["incident"]),
            "向企业投诉日期": _day(c["receive"]),
            "企业答复日期": _day(c["reply"]),
            "用户对企业答复": "不满意" if c["reply"] is not None else "企业未答复",
            "申诉内容": c["content"],
            "用户诉求": c["demand"],
            "和解情况": c["settle"],
            "重复申诉": c["repeat"],
            "原申诉处理结果": c["prior"],
            "受理意见": c["verdict"],
            "不予受理原因": c["reason"],
            "受理审核日期": _day(c["accept"]),
            "受理单位": c["unit"] if accepted else "",
            "承办人": rng.choice(handlers),
            "调解日期": _day(med),
            "调解单位": c["med_unit"] if med is not None else "",
            "调解结果": result,
            "办结日期": _day(closed),
            "回访满意度": (pick(rng, [("满意", 55), ("基本满意", 25), ("不满意", 10), ("未回访", 10)])
                      if closed is not None and accepted else ""),
            "备注": c["remark"],
            "录入人": rng.choice(clerks),
        })
        for k in ("登记时间", "受理审核日期", "调解日期", "办结日期"):
            assert rows[-1][k] is None or rows[-1][k] <= CUTOFF, (no, k)

    hand = {
        "procedure": "s42-telecom-user-appeals",
        "sheet": "导出",
        "columns": {
            "申诉单号": "case_number",
            "登记时间": "appeal_at",
            "申诉类型": "category",
            "争议发生日期": "incident_at",
            "向企业投诉日期": "receive_at",
            "企业答复日期": "reply_at",
            "用户对企业答复": "satisfaction",
            "属地申诉机构": "respondent_province_has_body",
            "和解情况": "settlement_executed",
            "原申诉处理结果": "mediation_opinion_issued",
            "调解日期": "mediate_at",
            "调解单位": "mediate_by",
        },
        "values": {
            "category": {"计费争议": "fee_dispute", "增值业务扣费": "fee_dispute", "套餐资费争议": "fee_dispute",
                         "服务质量": "other", "网络质量": "other", "携号转网": "other", "宽带装维": "other",
                         "营销宣传": "other", "号卡业务": "other"},
            "satisfaction": {"不满意": "unsatisfied", "企业未答复": ""},
            "respondent_province_has_body": {"已设": True, "未设": False},
            "settlement_executed": {"无": False, "已和解未履行": False, "已和解并履行": True},
            "mediation_opinion_issued": {"出具调解意见书": True, "用户撤诉": False},
        },
        "roles": {"省申诉中心": "provincial_appeal_body", "部申诉中心": "national_appeal_center",
                  "省通信管理局": "provincial_comm_admin"},
        "outcomes": {
            "受理意见": {"date": "受理审核日期", "by": "受理单位", "steps": {"受理": "accept_appeal"}},
        },
    }
    return rows, hand


def e201_l4_appliance_aftersales(rng, injected=None):
    """201 — an online home-appliance retailer's after-sales register (售后单), exported from its e-commerce back office
    as CSV (GB18030); times spelled 2025-03-04 09:12:33, the promised-completion day 2025-03-10.

    Step-1 headers (from the source text alone): 售后单号, 订单号, 下单时间, 签收时间, 申请时间, 售后类型, 申请原因,
    商品名称, SKU, 数量, 实付金额, 退款金额, 七天无理由, 买家账号, 联系人, 联系电话, 售后状态, 审核结果, 审核时间,
    审核客服, 拒绝原因, 退货物流单号, 仓库收货时间, 质检结果, 退款时间, 维修完成时间, 换货发出时间, 备注.
    读过制度 YAML 后补的列：抽检不合格, 是否承诺时效, 承诺完成日, 不支持无理由确认时间, 服务完结时间.

    Injected (16): CK101 self_declared_exclusion_needs_consent ×2, no_refusal_for_opened_goods ×2,
    no_reason_refund_15_days-start ×1 (极速退款, refund before the goods reached the warehouse); CK104
    no_reason_return_processing_15_days ×4 (two approvals after 18-24 days, two old refusals never processed),
    no_reason_refund_15_days ×2 (one refund 19 days after receipt, one never refunded), certified_nonconforming_return_15_days
    ×1, agreed_term_remedy_15_days ×1, nonconforming_remedy_15_days ×2 (one late repair, one exchange still open);
    CK106 return_request-returned_goods_received ×1 (goods shipped back before the application).
    Traps: approval on the 15th day; refund 10 days after receipt (late under the 7-day law, not past 15);
    self-declared exclusion refused with the buyer's confirmation; customised goods refused; late refusal for the
    7-day window still recent; certified return approved on day 13; promised repair finished 12 days after the
    promised day (and over 15 days after the request); repair found fault-free that took a month; quality returns
    refunded late (not a no-reason return).
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken = set()
    agents = distinct_names(rng, 5, taken)

    products = [("美的变频空调 KFR-35GW", "MD-KFR35-01", 2699), ("海尔滚筒洗衣机 EG100", "HR-EG100-02", 2199),
                ("格力电风扇 FD-40", "GL-FD40-03", 299), ("苏泊尔电饭煲 SF40FC", "SPR-SF40-04", 399),
                ("九阳破壁机 L18-P", "JY-L18P-05", 699), ("戴森吸尘器 V12", "DS-V12-06", 3990),
                ("小米空气净化器 4Pro", "MI-AP4P-07", 1299), ("西门子冰箱 KA92", "SMS-KA92-08", 5999),
                ("方太油烟机 CXW-358", "FT-CXW358-09", 4299), ("海信电视 65E3K", "HX-65E3K-10", 3299)]
    kettle = ("志康电热水壶 ZK-1508", "ZK-1508-11", 129)            # the batch the market regulator found nonconforming
    custom = ("定制刻字保温电饭煲 SF30", "SPR-SF30-DZ", 459)         # made to order: statutory exclusion
    seller_set = ("拆封即激活净水器 RO-600", "QX-RO600-12", 1899)    # the shop set it to 不支持 itself

    plan = (["nr_late"] * 2 + ["refund_late", "refund_open", "fast_refund", "selfdecl_old", "selfdecl_new",
                               "opened_old", "opened_new", "certified_late", "agreed_late", "nc_late", "nc_open",
                               "early_return"]
            + ["nr_edge", "refund_10d", "selfdecl_ok", "custom_refused", "late_window_recent", "certified_ok",
               "agreed_within", "nc_noquality", "quality_late_refund"]
            + ["nr_normal"] * 9 + ["quality_return"] * 3 + ["repair"] * 4 + ["exchange"] * 3 + ["repair_rejected"])
    rng.shuffle(plan)

    def fmt(t):
        return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")

    def sec(t):
        return None if t is None else t.replace(second=rng.randint(0, 59))

    def h(t, lo, hi):
        return t + timedelta(minutes=rng.randint(int(lo * 60), int(hi * 60)))

    def make(flag):
        product = rng.choice(products)
        qty = 1
        kind, reason_ = "退货退款", "七天无理由"
        seven = "支持"
        certified = "否"
        promise, promise_day = "否", None
        confirm = None
        verdict, verdict_at, refuse_reason = "同意退货", None, ""
        received = refund = repaired = shipped = done = None
        qc = ""
        remark = ""
        request = None

        if flag in ("nr_normal", "nr_late", "nr_edge", "refund_late", "refund_open", "refund_10d", "fast_refund",
                    "early_return"):
            if flag == "nr_edge":
                rd = date(2025, 3, 3)                      # Monday; day 15 = 2025-03-18, a Tuesday
                request = _at(rng, rd, 9, 12)
                verdict_at = datetime(2025, 3, 18, 17, 40)
                remark = "仓库排查库存后审核"
            else:
                rd = date(2025, 1, 6) + timedelta(days=rng.randint(0, 150))
                if flag == "refund_open":
                    rd = date(2025, 5, 12) + timedelta(days=rng.randint(0, 4))
                request = _at(rng, rd, 8, 23)
                if flag == "nr_late":
                    days = rng.randint(20, 24)
                    verdict_at = h(request, 24 * days, 24 * days + 6)
                    remark = "售后积压，超期审核"
                elif flag == "fast_refund":
                    verdict_at = h(request, 0.02, 0.1)
                else:
                    verdict_at = h(request, 0.3, 40)
            if flag == "early_return":
                received = request - timedelta(hours=rng.randint(20, 60))
                refund = h(verdict_at, 1, 24)
                qc = "商品完好"
                remark = "买家先寄回后补申请"
            elif flag == "fast_refund":
                refund = h(verdict_at, 0.05, 0.5)
                remark = "极速退款，商品未寄回"
            else:
                received = h(verdict_at, 24 * 2, 24 * 6)
            if received is not None and flag != "early_return":
                qc = pick(rng, [("商品完好", 70), ("包装破损-商品完好", 30)])
                if flag == "refund_late":
                    refund = h(received, 24 * 19, 24 * 19 + 8)
                    remark = "财务漏退，买家催促后补退"
                elif flag == "refund_open":
                    refund = None
                    remark = "退款审批中"
                elif flag == "refund_10d":
                    refund = h(received, 24 * 10, 24 * 10 + 5)
                else:
                    refund = h(received, 1, 24 * 4)
        elif flag in ("selfdecl_old", "selfdecl_new", "selfdecl_ok"):
            product = seller_set
            seven = "不支持（商家设置）"
            rd = {"selfdecl_old": date(2025, 3, 1) + timedelta(days=rng.randint(0, 20)),
                  "selfdecl_new": date(2025, 6, 20),
                  "selfdecl_ok": date(2025, 2, 10) + timedelta(days=rng.randint(0, 60))}[flag]
            request = _at(rng, rd, 9, 22)
            verdict, refuse_reason = "驳回", "商品不支持七天无理由退货"
            verdict_at = h(request, 1, 20)
        elif flag in ("opened_old", "opened_new"):
            rd = date(2025, 2, 10) + timedelta(days=rng.randint(0, 15)) if flag == "opened_old" else date(2025, 6, 24)
            request = _at(rng, rd, 9, 22)
            verdict, refuse_reason = "驳回", "商品已拆封使用，影响二次销售"
            verdict_at = h(request, 1, 20)
        elif flag == "custom_refused":
            product = custom
            seven = "不支持（定制商品）"
            request = _at(rng, date(2025, 1, 15) + timedelta(days=rng.randint(0, 60)), 9, 22)
            verdict, refuse_reason = "驳回", "定制商品不适用七天无理由退货"
            verdict_at = h(request, 1, 20)
        elif flag == "late_window_recent":
            request = _at(rng, date(2025, 6, 25), 9, 22)
            verdict, refuse_reason = "驳回", "超过七天无理由退货期限"
            verdict_at = h(request, 1, 20)
        elif flag in ("certified_late", "certified_ok", "quality_return", "quality_late_refund"):
            kind = "退货退款"
            reason_ = rng.choice(["质量问题", "与描述不符", "物流破损"]) if flag in ("quality_return",
                                                                          "quality_late_refund") else "质量问题"
            if flag.startswith("certified"):
                product, certified = kettle, "是"
                qty = rng.choice([1, 1, 2])
                rd = date(2025, 3, 10) + timedelta(days=rng.randint(0, 30))
            else:
                rd = date(2025, 1, 6) + timedelta(days=rng.randint(0, 160))
            request = _at(rng, rd, 8, 22)
            if flag == "certified_late":
                verdict_at = h(request, 24 * 22, 24 * 22 + 5)
                remark = "等待厂家确认批次后审核"
            elif flag == "certified_ok":
                verdict_at = h(request, 24 * 13, 24 * 13 + 5)
                remark = "抽检不合格批次，全额退款"
            else:
                verdict_at = h(request, 2, 72)
            received = h(verdict_at, 24 * 2, 24 * 6)
            qc = "质量问题属实"
            refund = h(received, 24 * 20, 24 * 22) if flag == "quality_late_refund" else h(received, 2, 24 * 3)
            if flag == "quality_late_refund":
                remark = "等待厂家鉴定后退款"
        else:   # repairs and exchanges
            kind = "换货" if flag in ("exchange", "nc_open") else "维修"
            reason_ = "质量问题"
            rd = date(2025, 1, 8) + timedelta(days=rng.randint(0, 150))
            if flag == "nc_open":
                rd = date(2025, 5, 6)
            request = _at(rng, rd, 8, 22)
            verdict = "同意换货" if kind == "换货" else "同意维修"
            verdict_at = h(request, 1, 30)
            qc = "质量问题属实"
            if flag == "repair_rejected":
                verdict, refuse_reason, qc = "驳回", "人为损坏，不在保修范围", "人为损坏"
            elif flag == "nc_noquality":
                qc = "无故障"
                repaired = h(request, 24 * 28, 24 * 30)
                done = h(repaired, 24, 48)
                remark = "多次检测未发现故障，原机寄回"
            elif flag in ("agreed_late", "agreed_within"):
                promise = "是"
                promise_day = rd + timedelta(days=7)
                extra = 24 if flag == "agreed_late" else 12
                done = datetime(promise_day.year, promise_day.month, promise_day.day, 0, 0) + \
                    timedelta(days=extra, hours=rng.randint(10, 17), minutes=rng.randint(0, 59))
                repaired = done - timedelta(hours=rng.randint(20, 40))
                remark = "延保服务承诺7日修复" + ("，配件缺货" if flag == "agreed_late" else "")
            elif flag == "nc_late":
                repaired = h(request, 24 * 24, 24 * 25)
                done = h(repaired, 24, 40)
                remark = "等待厂家配件"
            elif flag == "nc_open":
                remark = "新机缺货，等待厂家调货"
            else:
                span = rng.randint(3, 11)
                if kind == "换货":
                    shipped = h(request, 24 * (span - 2), 24 * (span - 1))
                    done = h(shipped, 24, 48)
                else:
                    repaired = h(request, 24 * (span - 2), 24 * (span - 1))
                    done = h(repaired, 12, 36)
            if kind == "换货" and flag != "nc_open" and shipped is None and done is not None:
                shipped = done - timedelta(hours=30)

        # the order behind the request
        if kind == "退货退款" and reason_ == "七天无理由":
            signed = request - timedelta(days=rng.randint(0, 6), hours=rng.randint(1, 20))
            if flag == "late_window_recent":
                signed = request - timedelta(days=rng.randint(10, 14), hours=rng.randint(1, 20))
        elif kind == "退货退款":
            signed = request - timedelta(days=rng.randint(0, 12), hours=rng.randint(1, 20))
        else:
            signed = request - timedelta(days=rng.randint(2 if kind == "换货" else 30, 14 if kind == "换货" else 300),
                                         hours=rng.randint(1, 20))
        ordered = signed - timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 12))
        confirm = ordered + timedelta(seconds=rng.randint(20, 200)) if flag == "selfdecl_ok" else None
        if done is None and kind == "退货退款":
            done = refund if refund is not None else None
        return dict(flag=flag, product=product, qty=qty, kind=kind, reason=reason_, seven=seven,
                    certified=certified, promise=promise, promise_day=promise_day, confirm=confirm,
                    verdict=verdict, verdict_at=verdict_at, refuse_reason=refuse_reason, received=received,
                    refund=refund, repaired=repaired, shipped=shipped, done=done, qc=qc, remark=remark,
                    request=request, signed=signed, ordered=ordered)

    def late(start, end, n=15):
        """True when `end` (or the audit day, if open) falls after an n-calendar-day period from `start`."""
        due_end = datetime.combine(_cal_due(start.date(), n) + timedelta(days=1), datetime.min.time())
        return (end if end is not None else AS_OF) >= due_end

    def ok(c):
        """The case is possible by the export day and shows exactly its flag's deadline findings."""
        flag = c["flag"]
        for k in ("verdict_at", "received", "refund", "repaired", "shipped", "done"):
            if c[k] is not None and c[k] > CUTOFF:
                return False
        no_reason = c["kind"] == "退货退款" and c["reason"] == "七天无理由"
        if no_reason and c["seven"] != "不支持（定制商品）" and c["confirm"] is None:
            processed = c["verdict_at"] if c["verdict"] == "同意退货" else None
            if late(c["request"], processed) != (flag in ("nr_late", "selfdecl_old", "opened_old")):
                return False
        if no_reason and c["received"] is not None:
            if late(c["received"], c["refund"]) != (flag in ("refund_late", "refund_open")):
                return False
        if c["certified"] == "是" and late(c["request"], c["verdict_at"]) != (flag == "certified_late"):
            return False
        if c["promise_day"] is not None:
            pd = datetime.combine(c["promise_day"], datetime.min.time())
            if late(pd, c["done"]) != (flag == "agreed_late"):
                return False
        elif c["kind"] != "退货退款" and c["qc"] == "质量问题属实":
            if late(c["request"], c["done"]) != (flag in ("nc_late", "nc_open")):
                return False
        return True

    cases = []
    for flag in plan:
        while True:
            c = make(flag)
            if ok(c):
                break
        cases.append(c)

    cases.sort(key=lambda c: c["request"])
    rows = []
    for c in cases:
        flag = c["flag"]
        no = f"SH{c['request']:%y%m%d}{rng.randint(100000, 999999)}"
        if flag in ("nr_late", "refund_late", "refund_open", "fast_refund", "selfdecl_old", "selfdecl_new",
                    "opened_old", "opened_new", "certified_late", "agreed_late", "nc_late", "nc_open", "early_return"):
            note((no, flag))
        name, sku, price = c["product"]
        paid = price * c["qty"] - rng.choice([0, 0, 0, 10, 20, 50])
        if c["kind"] == "退货退款":
            if c["verdict"] == "驳回":
                status = "已拒绝"
            elif c["refund"] is not None:
                status = "已完成"
            elif c["received"] is not None:
                status = "退款中"
            else:
                status = "待买家退货"
        elif c["verdict"] == "驳回":
            status = "已拒绝"
        else:
            status = "已完成" if c["done"] is not None else ("换货中" if c["kind"] == "换货" else "维修中")
        returned = c["kind"] == "退货退款" and c["verdict"] != "驳回"
        rows.append({
            "售后单号": no,
            "订单号": f"{rng.randint(10, 99)}{c['ordered']:%y%m%d}{rng.randint(10000000, 99999999)}",
            "下单时间": fmt(sec(c["ordered"])),
            "签收时间": fmt(sec(c["signed"])),
            "申请时间": fmt(sec(c["request"])),
            "售后类型": c["kind"],
            "申请原因": c["reason"],
            "商品名称": name,
            "SKU": sku,
            "数量": c["qty"],
            "实付金额": f"{paid:.2f}",
            "退款金额": f"{paid:.2f}" if c["refund"] is not None else "",
            "七天无理由": c["seven"],
            "抽检不合格": c["certified"],
            "不支持无理由确认时间": fmt(sec(c["confirm"])) if isinstance(c["confirm"], datetime) else "",
            "买家账号": f"jd_{rng.randint(1000, 9999)}{rng.choice('abcdefghkmnpqrstuvwxyz')}{rng.randint(10, 99)}",
            "联系人": person_name(rng),
            "联系电话": mobile(rng),
            "售后状态": status,
            "审核结果": c["verdict"],
            "审核时间": fmt(sec(c["verdict_at"])),
            "审核客服": rng.choice(agents),
            "拒绝原因": c["refuse_reason"],
            "退货物流单号": (f"SF{rng.randint(10**11, 10**12 - 1)}" if returned and c["received"] is not None else ""),
            "仓库收货时间": fmt(sec(c["received"])),
            "质检结果": c["qc"],
            "退款时间": fmt(sec(c["refund"])),
            "是否承诺时效": c["promise"] if c["kind"] == "维修" else "",
            "承诺完成日": "" if c["promise_day"] is None else c["promise_day"].strftime("%Y-%m-%d"),
            "维修完成时间": fmt(sec(c["repaired"])),
            "换货发出时间": fmt(sec(c["shipped"])),
            "服务完结时间": fmt(sec(c["done"])) if c["kind"] != "退货退款" else "",
            "备注": c["remark"],
        })

    hand = {
        "procedure": "l4-consumer-rights-violation-penalties",
        "encoding": "gb18030",
        "columns": {
            "售后单号": "case_number",
            "申请原因": "return_basis",
            "七天无理由": "statutory_exclusion",
            "抽检不合格": "certified_nonconforming",
            "不支持无理由确认时间": "consumer_confirmed_not_returnable_at",
            "拒绝原因": "refusal_reason",
            "仓库收货时间": "returned_goods_received_at",
            "质检结果": "quality_nonconforming",
            "退款时间": "refund_at",
            "是否承诺时效": "performance_term_set",
            "承诺完成日": "performance_due_at",
            "服务完结时间": "remedy_fulfilled_at",
        },
        "values": {
            "return_basis": {"七天无理由": "no_reason", "质量问题": "other", "与描述不符": "other", "物流破损": "other"},
            "statutory_exclusion": {"支持": False, "不支持（商家设置）": False, "不支持（定制商品）": True},
            "certified_nonconforming": {"是": True, "否": False},
            "refusal_reason": {"商品不支持七天无理由退货": "self_declared_not_applicable",
                               "商品已拆封使用，影响二次销售": "opened_or_inspected",
                               "定制商品不适用七天无理由退货": "other", "超过七天无理由退货期限": "other",
                               "人为损坏，不在保修范围": "other"},
            "quality_nonconforming": {"质量问题属实": True, "商品完好": False, "包装破损-商品完好": False,
                                      "无故障": False, "人为损坏": False},
            "performance_term_set": {"是": True, "否": False},
        },
        "outcomes": {
            "售后类型": {"date": "申请时间", "steps": {"退货退款": "return_request", "换货": "remedy_request",
                                                 "维修": "remedy_request"}},
            "审核结果": {"date": "审核时间", "steps": {"同意退货": "process_return", "驳回": "refuse_return"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("200-s42-provincial-appeal-register.xlsx", "xlsx", e200_s42_provincial_appeal_register),
    ("201-l4-appliance-aftersales.csv", "gb18030", e201_l4_appliance_aftersales),
]
