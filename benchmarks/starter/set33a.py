"""Starter-profile benchmark exports 190-191 (set 33a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 190 191    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened
CUTOFF_DAY = CUTOFF.date()


def _wd(d, k):
    """The k-th working day after date d (d itself not counted; k=0: d)."""
    while k:
        d += timedelta(days=1)
        k -= workday(d)
    return d


def _next_wd(d):
    while not workday(d):
        d += timedelta(days=1)
    return d


def _dotted(t):
    return "" if t is None else t.strftime("%Y.%m.%d %H:%M")


def _dotted_day(d):
    return "" if d is None else d.strftime("%Y.%m.%d")


def _months_before(d, months, day_shift=0):
    y, m = d.year, d.month - months
    while m <= 0:
        m += 12
        y -= 1
    return date(y, m, min(d.day, 28)) + timedelta(days=day_shift)


# ---------------------------------------------------------------------------------------------------------------
# 190: a county market-regulation bureau's complaint-and-report register (XLSX)
# ---------------------------------------------------------------------------------------------------------------

def e190_l2_county_amr_complaint_register(rng, injected=None):
    """L2 市场监督管理投诉举报处理暂行办法 — 清溪县市场监督管理局《投诉举报登记台账》, XLSX.

    The bureau's 消保科 keeps one Excel register for everything that reaches it (全国12315平台 work orders, the 12315
    hotline, window visits, letters): one row per 诉求; a 诉求 that is both a complaint and a report gets two rows
    (第七条 分别处理). The 所 (城关所, 清河所 …) type in what they did; the 消保科 clerk exports the sheet “导出”.
    Dates are Excel date cells (day only, as the 所 write them on paper first).

    Headers written down from the source text before the procedure YAML was read:
        登记编号, 登记日期, 诉求类型 (投诉/举报/咨询), 来源渠道 (全国12315平台/12315热线/窗口来访/来信/12345转办),
        诉求人, 联系电话, 是否匿名, 被诉求人, 被诉求人地址, 诉求内容, 承办单位 (城关所…/局消保科/市局12315中心/县消委会),
        承办人, 受理情况 (受理/不予受理), 受理决定日期, 不予受理理由, 告知诉求人日期, 调解结果 (调解成功/调解终止),
        调解结束日期, 终止告知日期, 立案情况 (立案/不予立案), 立案决定日期, 告知举报人日期, 办结日期, 录入人, 备注
    读过制度 YAML 后补的列：诉求人地址, 代理投诉, 授权委托书 (原件/复印件/未提供), 受托人身份证明, 争议发生日期, 诉求
        (the demand, apart from the facts in 诉求内容), 重复件, 非本局管辖, 调解方式 (现场/电话/网络), 调解通知日期,
        调解日期, 送检日期, 检测报告日期, 终止原因, 调解书出具日期, 即时履行, 调解记录, 发现违法线索日期,
        线索核查办结日期, 核查延期, 同意不出具调解书, 属市场监管职责.

    Hand profile: 登记日期 is the receive date of a complaint (诉求类型 投诉/咨询) or of a report (举报), so it is given
    through `outcomes` on 诉求类型 (which also feeds category); 受理情况 + 受理决定日期 + 承办单位 is an outcome for
    accept/refuse. The 所 and 消保科 are the county bureau (county_amr), 市局12315中心 the higher bureau, 县消委会 the
    consumer council (mediation_org). 是否匿名 is real_name read backwards, 属市场监管职责 is not_samr_duty read backwards.

    Injected (18): acceptance_decision_7wd ×2 (告知 on the 10th working day; a 6-13 complaint still undecided),
    mediation_45wd ×2 (agreement on the 51st working day; a March case still in mediation), termination_notice_7wd ×1,
    clue_check_15wd ×1 (19 working days, not extended), reporter_notice_5wd ×2 (real-name reports told on the 7th/8th
    working day), nine_complainant_address ×1, nine_respondent_address ×1 (a WeChat shop without address),
    onsite_mediation_notice ×1, mediation_document ×1, mediation_record_without_document ×1,
    already_handled_elsewhere ×1 (重复件 accepted), over_three_years ×1, not_covered_activities ×1 (a 咨询 accepted),
    proxy_materials_missing ×1 (only a copy of the power of attorney), complaint_by_county_amr ×1 (县消委会 accepted).
    Traps (not violations): 告知 on the 7th working day across the May-Day holiday (14 calendar days); a mediation of
    55 working days of which 24 were testing; a termination for 超期未达成协议 after 47 working days; a termination
    notice on exactly the 7th working day; a clue check of 24 working days with 核查延期 是; an anonymous report never
    told; a refused complaint without complainant address; phone/online mediations without a notice date; an onsite
    agreement performed on the spot (即时履行, no 调解书, record kept); 重复件 accepted and then terminated for
    受理后发现不予受理情形; a dispute 35 months old; a 咨询 refused; a proxy complaint with all papers; a complaint
    accepted by 市局12315中心 (a higher bureau may handle); a 非本局管辖 complaint refused; a complaint outside market regulation (物业收费) refused.
    """
    note = injected.append if injected is not None else (lambda item: None)
    county = "清溪县"
    offices = ["城关所", "清河所", "龙岗所", "白沙所", "局消保科"]
    staff = {}
    taken: set = set()
    for o in offices:
        staff[o] = distinct_names(rng, 2, taken)
    staff["市局12315中心"] = distinct_names(rng, 1, taken)
    staff["县消委会"] = distinct_names(rng, 1, taken)
    clerks = distinct_names(rng, 2, taken)
    towns = {"城关所": "城关镇", "清河所": "清河镇", "龙岗所": "龙岗乡", "白沙所": "白沙镇", "局消保科": "城关镇"}
    streets = ["人民路", "解放路", "建设路", "新华街", "滨河路", "文昌路", "迎宾大道", "工农路"]
    shops = [
        ("惠民超市", "食品过期", "购买的牛奶已过保质期，饮用后腹泻", "退货并赔偿"),
        ("鑫悦汽车销售服务有限公司", "汽车质量", "新车交付一个月变速箱异响，4S店拒绝更换", "更换变速箱总成"),
        ("美丽人生美容美发店", "预付卡", "办理美容卡3000元后门店更换经营者，拒绝继续服务", "退还卡内余额"),
        ("好家居建材经营部", "商品质量", "购买的实木门开裂变形，商家只同意补漆", "更换或退货"),
        ("百味餐饮店", "餐饮服务", "菜品中发现异物，店家态度恶劣", "退还餐费并赔礼道歉"),
        ("快捷通讯器材店", "手机质量", "新购手机屏幕失灵，店家称人为损坏不予保修", "免费维修或更换"),
        ("金秋教育培训中心", "培训服务", "报名培训课程后机构停课，拒绝退费", "退还剩余学费"),
        ("康健大药房有限公司", "药品价格", "同一药品两次购买价格不一致，结算价高于标价", "退还差价"),
        ("小太阳母婴用品店", "商品质量", "婴儿推车刹车失灵", "退货退款"),
        ("顺达电动车行", "电动车质量", "电动车电池续航远低于宣传，三个月即鼓包", "更换电池"),
        ("悦来宾馆", "住宿服务", "预订房间与实际入住房型不符", "退还差价"),
        ("千禧珠宝店", "黄金饰品", "黄金手镯称重与票据不符", "补足差额"),
        ("鲜果坊水果店", "计量", "购买水果缺斤短两", "补足并赔偿"),
        ("安居物业装饰有限公司", "装修服务", "装修合同约定工期已过两个月仍未完工", "解除合同并退还预付款"),
    ]
    report_matters = [
        ("惠民超市", "销售过期食品，货架上多批次酸奶超过保质期"),
        ("兴旺农资店", "销售无标签化肥，疑似假冒"),
        ("夜色KTV", "酒水价格未明码标价"),
        ("福满楼酒家", "后厨卫生条件差，无健康证人员上岗"),
        ("诚信加油站", "加油机计量不准，疑似作弊"),
        ("一品烟酒行", "销售假冒白酒"),
        ("乐享网吧", "无照经营餐饮"),
        ("天天鲜菜市场摊位", "使用未经检定的电子秤"),
        ("新世纪眼镜店", "虚假宣传“医学验光”"),
        ("美滋滋烧烤店", "使用来源不明的冻肉"),
        ("康乐保健品店", "会销夸大保健食品功效"),
    ]

    def addr(o):
        return f"{county}{towns.get(o, '城关镇')}{rng.choice(streets)}{rng.randint(1, 268)}号"

    def person_addr():
        return f"{county}{rng.choice(list(towns.values()))}{rng.choice(streets)}{rng.randint(1, 199)}号{rng.randint(1, 6)}单元"

    def recv_day(lo, hi):
        while True:
            d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
            if rng.random() < 0.12 or workday(d):   # 12315 platform work orders also arrive at weekends
                return d

    # ---- plan the cases: (kind, flags) -------------------------------------------------------------------
    plan = []
    plan += [("complaint", set()) for _ in range(15)]
    plan += [("complaint", {"acc7_late_notify"}), ("complaint", {"acc7_pending"}), ("complaint", {"trap_acc7_holiday"}),
             ("complaint", {"med45_late_end"}), ("complaint", {"med45_open"}), ("complaint", {"trap_med45_testing"}),
             ("complaint", {"trap_med45_period_expired"}), ("complaint", {"term7_late"}),
             ("complaint", {"trap_term7_exact"}), ("complaint", {"clue15_late"}), ("complaint", {"trap_clue15_extended"}),
             ("complaint", {"no_address"}), ("complaint", {"trap_refused_no_address"}),
             ("complaint", {"no_respondent_address"}), ("complaint", {"onsite_no_notice"}),
             ("complaint", {"onsite_no_document"}), ("complaint", {"trap_onsite_immediate"}),
             ("complaint", {"remote_no_record"}), ("complaint", {"already_handled"}),
             ("complaint", {"trap_already_handled_terminated"}), ("complaint", {"over_three_years"}),
             ("complaint", {"trap_35_months"}), ("consult", {"consult_accepted"}), ("consult", {"trap_consult_refused"}),
             ("complaint", {"proxy_copy"}), ("complaint", {"trap_proxy_ok"}), ("complaint", {"council_accepted"}),
             ("complaint", {"trap_city_accepted"}), ("complaint", {"trap_no_authority_refused"}),
             ("complaint", {"trap_not_duty_refused"})]
    plan += [("report", set()) for _ in range(6)]
    plan += [("report", {"reporter5_late"}), ("report", {"reporter5_late"}), ("report", {"trap_anonymous_untold"})]
    rng.shuffle(plan)

    cases = []
    for kind, flags in plan:
        c = {"kind": kind, "flags": flags, "office": rng.choice(offices[:4] + offices[:4] + ["局消保科"])}
        c["channel"] = pick(rng, [("全国12315平台", 45), ("12315热线", 30), ("窗口来访", 12), ("来信", 5), ("12345转办", 8)])
        c["recv"] = recv_day(date(2025, 1, 6), date(2025, 6, 16) if not flags else date(2025, 5, 20))
        c["proxy"], c["poa"], c["agent_id"] = "否", "", ""
        c["dup"], c["no_auth"], c["duty"] = "否", "否", "是"
        c["known"] = None
        for k in ("accept", "refuse", "notify", "mnotice", "mediate", "test_from", "test_to", "end", "term_notice",
                  "doc", "clue", "clue_done", "decide", "rnotify"):
            c[k] = None
        c["outcome"] = c["ground"] = c["mode"] = c["immediate"] = c["nodoc"] = c["record"] = c["ext"] = ""
        c["refuse_reason"] = ""
        cases.append(c)

    def accept(c, dec_wd=None, notify_extra=None):
        dec_wd = rng.randint(1, 5) if dec_wd is None else dec_wd
        c["accept"] = _wd(c["recv"], dec_wd)
        c["notify"] = _wd(c["accept"], rng.randint(0, min(1, 7 - dec_wd)) if notify_extra is None else notify_extra)

    def refuse(c, reason):
        c["refuse"] = _wd(c["recv"], rng.randint(1, 5))
        c["notify"] = _wd(c["refuse"], rng.randint(0, 1))
        c["refuse_reason"] = reason

    def mediate(c, mode=None, outcome=None, end_wd=None, ground=None):
        c["mode"] = mode or pick(rng, [("现场", 30), ("电话", 60), ("网络", 10)])
        if c["mode"] == "现场":
            c["mnotice"] = _wd(c["accept"], rng.randint(1, 2))
            c["mediate"] = _wd(c["mnotice"], rng.randint(2, 4))
        else:
            c["mediate"] = _wd(c["accept"], rng.randint(1, 4))
        c["end"] = _wd(c["accept"], end_wd) if end_wd else _wd(c["mediate"], rng.randint(0, 8))
        c["outcome"] = outcome or pick(rng, [("调解成功", 65), ("调解终止", 35)])
        c["record"] = "调解笔录已归档"
        if c["outcome"] == "调解成功":
            c["nodoc"] = "否"
            if c["mode"] == "现场":
                c["immediate"] = "否"
                c["doc"] = _wd(c["end"], rng.randint(0, 2))
            else:
                c["immediate"] = rng.choice(["是", "否"])
        else:
            c["ground"] = ground or pick(rng, [("撤回投诉", 20), ("自行和解", 25), ("被投诉人拒绝调解", 25),
                                               ("无法达成协议", 30)])
            c["term_notice"] = _wd(c["end"], rng.randint(1, 5))

    for c in cases:
        f = c["flags"]
        if c["kind"] == "report":
            c["real"] = "是" if "trap_anonymous_untold" in f else pick(rng, [("否", 70), ("是", 30)])
            c["decide"] = _wd(c["recv"], rng.randint(5, 25))
            if "reporter5_late" in f:
                c["real"] = "否"
                c["recv"] = recv_day(date(2025, 2, 3), date(2025, 4, 30))
                c["decide"] = _wd(c["recv"], rng.randint(8, 15))
                c["rnotify"] = _wd(c["decide"], 7)
            elif c["real"] == "否":
                c["rnotify"] = _wd(c["decide"], rng.randint(1, 4))
            if "trap_anonymous_untold" in f:
                c["rnotify"] = None
            continue
        c["real"] = ""
        if "acc7_pending" in f:
            c["recv"] = date(2025, 6, 13)
            continue
        if "trap_acc7_holiday" in f:
            c["recv"] = date(2025, 4, 29)
            accept(c, dec_wd=6, notify_extra=1)            # decided 5-12, told 5-13: 7th working day
            mediate(c, mode="电话")
            continue
        if "acc7_late_notify" in f:
            c["recv"] = recv_day(date(2025, 2, 10), date(2025, 5, 20))
            c["recv"] = _next_wd(c["recv"])
            accept(c, dec_wd=4, notify_extra=6)            # told on the 10th working day
            mediate(c, mode="电话")
            continue
        if "trap_refused_no_address" in f:
            refuse(c, "不能证明与被投诉人之间存在消费者权益争议")
            c["no_addr"] = True
            continue
        if "trap_consult_refused" in f:
            refuse(c, "属咨询，已解答")
            continue
        if "trap_not_duty_refused" in f:
            c["duty"] = "否"
            refuse(c, "物业服务收费问题不属市场监管职责，告知向住建部门反映")
            continue
        if "trap_no_authority_refused" in f:
            c["no_auth"] = "是"
            refuse(c, "被投诉人住所地在外县，告知向其所在地市场监管部门投诉")
            continue
        # the rest are accepted
        if "med45_late_end" in f:
            c["recv"] = _next_wd(date(2025, 1, 13) + timedelta(days=rng.randint(0, 20)))
            accept(c)
            mediate(c, mode="电话", outcome="调解成功", end_wd=51)
            c["immediate"] = "否"
        elif "med45_open" in f:
            c["recv"] = _next_wd(date(2025, 3, 3) + timedelta(days=rng.randint(0, 14)))
            accept(c)
            mediate(c, mode="现场")
            c["end"] = c["doc"] = c["term_notice"] = None
            c["outcome"] = c["ground"] = c["immediate"] = c["nodoc"] = ""
        elif "trap_med45_testing" in f:
            c["recv"] = date(2025, 2, 10)
            accept(c, dec_wd=2, notify_extra=0)
            mediate(c, mode="电话", outcome="调解成功", end_wd=55)
            c["test_from"] = _wd(c["mediate"], 2)
            c["test_to"] = _wd(c["test_from"], 24)
            c["immediate"] = "是"
        elif "trap_med45_period_expired" in f:
            c["recv"] = _next_wd(date(2025, 1, 20) + timedelta(days=rng.randint(0, 20)))
            accept(c)
            mediate(c, mode="电话", outcome="调解终止", end_wd=47, ground="超期未达成协议")
        elif "term7_late" in f:
            accept(c)
            mediate(c, outcome="调解终止", ground="被投诉人拒绝调解")
            c["term_notice"] = _wd(c["end"], 10)
        elif "trap_term7_exact" in f:
            accept(c)
            mediate(c, outcome="调解终止", ground="无法达成协议")
            c["term_notice"] = _wd(c["end"], 7)
        elif "clue15_late" in f or "trap_clue15_extended" in f:
            c["recv"] = _next_wd(date(2025, 2, 17) + timedelta(days=rng.randint(0, 40)))
            accept(c)
            mediate(c, mode="现场", outcome="调解成功")
            c["clue"] = _wd(c["mediate"], 1)
            if "clue15_late" in f:
                c["clue_done"], c["ext"] = _wd(c["clue"], 19), "否"
            else:
                c["clue_done"], c["ext"] = _wd(c["clue"], 24), "是"
        elif "onsite_no_notice" in f:
            accept(c)
            mediate(c, mode="现场")
            c["mnotice"] = None
        elif "onsite_no_document" in f:
            accept(c)
            mediate(c, mode="现场", outcome="调解成功")
            c["doc"] = None
        elif "trap_onsite_immediate" in f:
            accept(c)
            mediate(c, mode="现场", outcome="调解成功")
            c["doc"], c["immediate"] = None, "是"
        elif "remote_no_record" in f:
            accept(c)
            mediate(c, mode="电话", outcome="调解成功")
            c["record"] = ""
        elif "trap_already_handled_terminated" in f:
            c["dup"] = "是"
            accept(c)
            mediate(c, mode="电话", outcome="调解终止", ground="受理后发现不予受理情形")
        else:
            if "already_handled" in f:
                c["dup"] = "是"
            if "over_three_years" in f:
                c["known"] = _months_before(c["recv"], 38, -rng.randint(0, 60))
            if "trap_35_months" in f:
                c["known"] = _months_before(c["recv"], 35, rng.randint(0, 10))
            if "proxy_copy" in f:
                c["proxy"], c["poa"], c["agent_id"] = "是", "复印件", "已提供"
            if "trap_proxy_ok" in f:
                c["proxy"], c["poa"], c["agent_id"] = "是", "原件", "已提供"
            if "council_accepted" in f:
                c["office"] = "县消委会"
            if "trap_city_accepted" in f:
                c["office"] = "市局12315中心"
            accept(c)
            # ordinary and the remaining flagged cases: mediated unless too recent
            if c["accept"] <= date(2025, 6, 20) or rng.random() < 0.5:
                mediate(c)     # cases still open at the export are recent ones (45 working days not yet over)
        # no step after the export
        for k in ("accept", "notify", "mnotice", "mediate", "test_from", "test_to", "end", "term_notice", "doc",
                  "clue", "clue_done"):
            if c[k] is not None and c[k] > CUTOFF_DAY:
                c[k] = None
        if c["end"] is None:
            c["outcome"] = c["ground"] = c["immediate"] = c["nodoc"] = ""
            c["term_notice"] = c["doc"] = None
            if c["mediate"] is None and c["mode"] != "现场":
                c["mode"] = ""
            if "med45_open" not in f:
                assert _wd(c["accept"], 45) >= date(2025, 7, 1), c

    for c in cases:
        if c["known"] is None:
            c["known"] = c["recv"] - timedelta(days=rng.randint(1, 40))

    # the two late real-name reports: 7th and 8th working day
    late = [c for c in cases if "reporter5_late" in c["flags"]]
    late[1]["rnotify"] = _wd(late[1]["decide"], 8)
    for c in cases:
        for k in ("decide", "rnotify"):
            if c[k] is not None and c[k] > CUTOFF_DAY:
                c[k] = None

    cases.sort(key=lambda c: (c["recv"], rng.random()))
    rows = []
    seq = {}
    for c in cases:
        f = c["flags"]
        n = seq[c["recv"].month] = seq.get(c["recv"].month, 0) + 1
        no = f"QXSJ{c['recv']:%Y%m}{n:03d}"
        for x in sorted(f):
            if not x.startswith("trap"):
                note((no, x))
        office = c["office"]
        handler = rng.choice(staff[office])
        c["filing"] = (pick(rng, [("立案", 60), ("不予立案", 40)]) if c["decide"] else "")
        if c["kind"] == "report":
            shop, clue = rng.choice(report_matters)
            anonymous = c["real"] == "是"
            rows.append(_row190(
                no, c, "举报", None if anonymous else person_name(rng), "" if anonymous else mobile(rng),
                "" if anonymous else person_addr(), c["real"], f"{county}{shop}", addr(office), clue, "依法查处",
                office, handler, rng.choice(clerks)))
            continue
        shop, kind_, facts, demand = rng.choice(shops)
        facts_txt = f"{facts}（{kind_}）"
        if c["kind"] == "consult":
            facts_txt, demand = rng.choice([("咨询预付卡退费的法律规定", "告知相关规定"),
                                            ("咨询网购七日无理由退货的适用范围", "告知相关规定")])
        resp_addr = "" if "no_respondent_address" in f else addr(office)
        resp = f"{county}{shop}"
        if "no_respondent_address" in f:
            resp = "微信号“小美优选”（个人微商）"
        rows.append(_row190(
            no, c, "咨询" if c["kind"] == "consult" else "投诉", person_name(rng), mobile(rng),
            "" if ("no_address" in f or c.get("no_addr")) else person_addr(), "", resp, resp_addr, facts_txt, demand,
            office, handler, rng.choice(clerks)))

    roles = {o: "county_amr" for o in offices}
    roles.update({"市局12315中心": "higher_amr", "县消委会": "mediation_org"})
    hand = {
        "procedure": "l2-samr-complaints-and-reports",
        "sheet": "导出",
        "columns": {
            "登记编号": "case_number",
            "诉求类型": "category",
            "诉求人": "complainant",
            "联系电话": "contact_phone",
            "诉求人地址": "address",
            "是否匿名": "real_name",
            "代理投诉": "by_proxy",
            "授权委托书": "power_of_attorney_provided",
            "受托人身份证明": "agent_identity_provided",
            "被诉求人": "respondent_name",
            "被诉求人地址": "respondent_address",
            "争议发生日期": "infringement_known_at",
            "诉求内容": "content",
            "诉求": "demand",
            "重复件": "already_handled",
            "属市场监管职责": "not_samr_duty",
            "非本局管辖": "no_handling_authority",
            "告知诉求人日期": "decision_notified_at",
            "调解方式": "mediation_mode",
            "调解通知日期": "notify_mediation_at",
            "调解日期": "mediate_at",
            "送检日期": "testing_commissioned_at",
            "检测报告日期": "testing_completed_at",
            "调解结果": "mediation_outcome",
            "终止原因": "termination_ground",
            "调解结束日期": "end_mediation_at",
            "终止告知日期": "notify_termination_at",
            "调解书出具日期": "make_mediation_document_at",
            "即时履行": "performed_immediately",
            "同意不出具调解书": "no_document_agreed",
            "调解记录": "mediation_record",
            "发现违法线索日期": "find_clue_at",
            "线索核查办结日期": "verify_clue_at",
            "核查延期": "check_extended",
            "立案决定日期": "decide_filing_at",
            "告知举报人日期": "notify_reporter_at",
        },
        "values": {
            "category": {"投诉": "complaint", "举报": "report", "咨询": "consultation"},
            "real_name": {"是": False, "否": True},
            "by_proxy": {"是": True, "否": False},
            "power_of_attorney_provided": {"原件": True, "复印件": False, "未提供": False},
            "agent_identity_provided": {"已提供": True, "未提供": False},
            "already_handled": {"是": True, "否": False},
            "not_samr_duty": {"是": False, "否": True},
            "no_handling_authority": {"是": True, "否": False},
            "mediation_mode": {"现场": "onsite", "电话": "remote", "网络": "remote"},
            "mediation_outcome": {"调解成功": "agreement", "调解终止": "terminated"},
            "termination_ground": {"撤回投诉": "withdrawn_or_settled", "自行和解": "withdrawn_or_settled",
                                   "被投诉人拒绝调解": "refused_mediation", "无法达成协议": "no_agreement_possible",
                                   "超期未达成协议": "period_expired", "受理后发现不予受理情形": "ineligible_found"},
            "performed_immediately": {"是": True, "否": False},
            "no_document_agreed": {"是": True, "否": False},
            "check_extended": {"是": True, "否": False},
        },
        "roles": roles,
        "outcomes": {
            "诉求类型": {"date": "登记日期", "steps": {"投诉": "receive", "咨询": "receive", "举报": "receive_report"}},
            "受理情况": {"date": "受理决定日期", "by": "承办单位", "steps": {"受理": "accept", "不予受理": "refuse"}},
        },
    }
    return rows, hand


def _row190(no, c, kind, name, phone, address, anonymous, resp, resp_addr, content, demand, office, handler, clerk):
    decided = c["accept"] or c["refuse"]
    status = c["filing"] if c["kind"] == "report" else ""
    closed = None
    if c["kind"] != "report":
        closed = c["term_notice"] or c["doc"] or c["end"] or (c["notify"] if c["refuse"] else None)
        if c["clue_done"]:
            closed = max(closed, c["clue_done"]) if closed else c["clue_done"]
    else:
        closed = c["rnotify"] or c["decide"]
    remark = ""
    if "trap_med45_testing" in c["flags"]:
        remark = "双方共同委托县产品质量检验所检测"
    elif c["ext"] == "是":
        remark = "线索涉及外地生产企业，经局领导批准延长核查"
    elif "trap_acc7_holiday" in c["flags"]:
        remark = "五一假期顺延"
    elif "acc7_pending" in c["flags"]:
        remark = "待补充购物凭证"
    return {
        "登记编号": no,
        "登记日期": c["recv"],
        "诉求类型": kind,
        "来源渠道": c["channel"],
        "诉求人": name or "",
        "联系电话": phone,
        "诉求人地址": address,
        "是否匿名": anonymous if c["kind"] == "report" else "",
        "代理投诉": c["proxy"] if c["kind"] != "report" else "",
        "授权委托书": c["poa"],
        "受托人身份证明": c["agent_id"],
        "被诉求人": resp,
        "被诉求人地址": resp_addr,
        "争议发生日期": c["known"] if c["kind"] == "complaint" else None,
        "诉求内容": content,
        "诉求": demand,
        "重复件": c["dup"] if c["kind"] != "report" else "",
        "属市场监管职责": c["duty"] if c["kind"] != "report" else "",
        "非本局管辖": c["no_auth"] if c["kind"] != "report" else "",
        "承办单位": office,
        "承办人": handler,
        "受理情况": "受理" if c["accept"] else ("不予受理" if c["refuse"] else ""),
        "受理决定日期": decided,
        "不予受理理由": c["refuse_reason"],
        "告知诉求人日期": c["notify"],
        "调解方式": c["mode"],
        "调解通知日期": c["mnotice"],
        "调解日期": c["mediate"],
        "送检日期": c["test_from"],
        "检测报告日期": c["test_to"],
        "调解结果": c["outcome"],
        "终止原因": c["ground"],
        "调解结束日期": c["end"],
        "终止告知日期": c["term_notice"],
        "调解书出具日期": c["doc"],
        "即时履行": c["immediate"],
        "同意不出具调解书": c["nodoc"],
        "调解记录": c["record"],
        "发现违法线索日期": c["clue"],
        "线索核查办结日期": c["clue_done"],
        "核查延期": c["ext"],
        "立案决定日期": c["decide"],
        "立案情况": status,
        "告知举报人日期": c["rnotify"],
        "办结日期": closed,
        "录入人": clerk,
        "备注": remark,
    }


# ---------------------------------------------------------------------------------------------------------------
# 191: a property developer's warranty-repair and quality-defect ledger (CSV, GB18030)
# ---------------------------------------------------------------------------------------------------------------

def e191_l5_developer_warranty_repair_ledger(rng, injected=None):
    """L5 建设工程质量管理条例 — 锦程置业 客服中心《维修台账》, ERP 客服模块报修单导出, CSV GB18030.

    The developer's 客服中心 logs every owner repair request in the ERP 客服 module (报修单), dispatches it to the
    responsible contractor (总包 or its 防水分包) and records completion, the owner's confirmation and the return
    visit. Project data (竣工验收, 备案, 保修书) is copied onto each ticket from the project card. Dates are written
    `2025.03.04 09:12` (days: `2019.10.18`).

    Headers written down from the source text before the procedure YAML was read:
        报修单号, 报修时间, 报修来源 (400热线/物业前台/业主APP/项目客服), 项目名称, 楼栋房号, 业主姓名, 联系电话,
        报修部位, 问题分类 (防水渗漏/给排水/强弱电/门窗五金/墙地面/结构裂缝/暖通空调/公共设施), 问题描述, 交付日期,
        保修判定 (保内/保外/待核定), 责任单位, 派单时间, 接单时间, 维修完成时间, 维修单位, 维修结果, 业主确认,
        回访时间, 回访满意度, 费用承担, 登记人, 备注
    读过制度 YAML 后补的列：竣工报告日期, 竣工验收日期, 竣工备案日期, 保修书编号, 延保约定 (无/精装3年/屋面防水10年), 质量事故,
        事故发生时间, 报住建局时间.

    Hand profile: 报修时间 is the complaint's receive time (received_at, which the warranty-period rules read);
    维修完成时间 / 维修单位 are the contractor's warranty repair; 总包 and its 防水分包 are the contractor, the
    developer's own 工程部 is the developer. 保修判定 待核定 (not yet inspected) is blank. 问题分类: 防水渗漏 →
    waterproofing, 给排水/强弱电/门窗五金/墙地面 → pipes_installation_fitout, 结构裂缝 → foundation_structure,
    暖通空调 → heating_cooling, 公共设施 → other.

    Injected (11): filing_15_days ×2 (天宸二期 filed on day 23: both of its tickets), accident_report_24_hours ×1
    (31.5 hours), waterproofing_beyond_5_years ×2 (翠湖苑一期 bathroom leaks repaired as 保内 after 5 years),
    pipes_fitout_beyond_2_years ×2 (云樾府 plumbing/electrical repaired under warranty after 2 years, no longer
    warranty agreed), warranty_duty ×2 (保内 tickets from Feb/Mar the contractor never repaired),
    warranty_by_contractor ×2 (保内 repairs done by the developer's own 工程部).
    Traps: 天宸一期 filed on day 15; an accident reported after 21.7 hours; 翠湖苑一期 roof leak with 屋面防水10年;
    翠湖苑二期 leaks at 53-59 months; 云樾府 fit-out repairs with 精装3年; a 天宸一期 pipe repair at 23 months;
    保外 tickets told to pay and not repaired; 待核定 tickets still open.
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken: set = set()
    clerks = distinct_names(rng, 3, taken)
    projects = {
        "P1": dict(name="锦程·翠湖苑一期", accepted=date(2019, 10, 18), filed=date(2019, 10, 30), cert="JC-BX-2019-07",
                   contractor="江南建工集团有限公司", sub="恒固防水工程有限公司", delivered=date(2019, 12, 28)),
        "P2": dict(name="锦程·翠湖苑二期", accepted=date(2020, 7, 22), filed=date(2020, 8, 3), cert="JC-BX-2020-04",
                   contractor="江南建工集团有限公司", sub="恒固防水工程有限公司", delivered=date(2020, 9, 26)),
        "P3": dict(name="锦程·云樾府", accepted=date(2022, 12, 26), filed=date(2023, 1, 6), cert="JC-BX-2022-11",
                   contractor="中恒建设集团有限公司", sub="恒固防水工程有限公司", delivered=date(2023, 2, 18)),
        "P4": dict(name="锦程·天宸一期", accepted=date(2023, 6, 28), filed=date(2023, 7, 13), cert="JC-BX-2023-06",
                   contractor="华浙建设有限公司", sub="卓远防水科技有限公司", delivered=date(2023, 8, 30)),
        "P5": dict(name="锦程·天宸二期", accepted=date(2024, 5, 20), filed=date(2024, 6, 12), cert="JC-BX-2024-03",
                   contractor="华浙建设有限公司", sub="卓远防水科技有限公司", delivered=date(2024, 6, 28)),
        "P6": dict(name="锦程·星河湾", accepted=date(2024, 11, 15), filed=date(2024, 11, 27), cert="JC-BX-2024-09",
                   contractor="省建工第三建筑有限公司", sub="卓远防水科技有限公司", delivered=date(2024, 12, 20)),
    }
    problems = {
        "防水渗漏": [("卫生间", "卫生间地漏周边渗水至楼下顶棚"), ("外墙", "外墙窗边渗水，墙面发霉"),
                     ("屋面", "顶楼屋面渗漏，雨天主卧顶棚滴水"), ("阳台", "阳台地面积水渗至楼下")],
        "给排水": [("厨房", "厨房下水管接口漏水"), ("卫生间", "马桶下水不畅，管道堵塞"), ("阳台", "阳台排水立管渗水")],
        "强弱电": [("客厅", "客厅插座无电"), ("主卧", "空调插座跳闸"), ("入户", "弱电箱网络不通")],
        "门窗五金": [("主卧", "窗户关闭不严，把手松动"), ("入户", "入户门锁芯卡滞"), ("阳台", "推拉门滑轨变形")],
        "墙地面": [("客厅", "地砖空鼓开裂"), ("次卧", "墙面腻子开裂起皮"), ("餐厅", "木地板起拱")],
        "结构裂缝": [("客厅", "楼板出现贯通裂缝"), ("次卧", "墙体斜向裂缝")],
        "暖通空调": [("客厅", "地暖不热"), ("主卧", "新风系统噪音大")],
        "公共设施": [("地下车库", "车库地坪起砂"), ("单元大堂", "单元门禁失灵")],
    }
    sources = [("400热线", 35), ("物业前台", 30), ("业主APP", 25), ("项目客服", 10)]

    def recv_time(lo, hi):
        d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
        return datetime(d.year, d.month, d.day, rng.randint(8, 19), rng.randint(0, 59))

    def t_after(t, lo_h, hi_h):
        u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
        if u.hour < 8:
            u = u.replace(hour=8, minute=rng.randint(0, 50))
        elif u.hour >= 19:
            u = (u + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 50))
        return u

    # (project, category, flag) — ordinary tickets and the special ones
    specs = []
    ordinary_pool = [("P3", "防水渗漏"), ("P3", "结构裂缝"), ("P4", "防水渗漏"), ("P4", "门窗五金"), ("P4", "墙地面"),
                     ("P6", "防水渗漏"), ("P6", "给排水"), ("P6", "强弱电"), ("P6", "门窗五金"), ("P6", "墙地面"),
                     ("P6", "暖通空调"), ("P6", "公共设施"), ("P6", "给排水"), ("P6", "防水渗漏")]
    for _ in range(16):
        p, cat = rng.choice(ordinary_pool)
        specs.append((p, cat, ""))
    specs += [("P6", "防水渗漏", "open"), ("P6", "墙地面", "open"), ("P4", "给排水", "open")]
    specs += [("P5", "墙地面", "filing_late"), ("P5", "给排水", "filing_late"),
              ("P6", "公共设施", "accident_late"), ("P3", "门窗五金", "trap_accident_in_time"),
              ("P1", "防水渗漏", "waterproof_old"), ("P1", "防水渗漏", "waterproof_old"),
              ("P3", "给排水", "fitout_old"), ("P3", "强弱电", "fitout_old"),
              ("P6", "给排水", "warranty_not_done"), ("P6", "防水渗漏", "warranty_not_done"),
              ("P6", "强弱电", "developer_repaired"), ("P4", "墙地面", "developer_repaired"),
              ("P1", "防水渗漏", "trap_roof_10y"), ("P1", "防水渗漏", "trap_out_of_warranty"),
              ("P1", "结构裂缝", ""), ("P2", "防水渗漏", "trap_leak_under_60m"), ("P2", "防水渗漏", "trap_leak_under_60m"),
              ("P2", "给排水", "trap_out_of_warranty"), ("P2", "暖通空调", "trap_out_of_warranty"),
              ("P3", "墙地面", "trap_fitout_3y"), ("P3", "门窗五金", "trap_fitout_3y"),
              ("P4", "给排水", "trap_23_months"), ("P3", "强弱电", "trap_out_of_warranty")]
    rng.shuffle(specs)
    for pr in projects.values():
        pr["report_lead"] = rng.randint(8, 25)

    tickets = []
    for p, cat, flag in specs:
        pr = projects[p]
        t = {"p": p, "cat": cat, "flag": flag, "longer": "无"}
        t["recv"] = recv_time(date(2025, 1, 3), date(2025, 6, 20))
        if flag in ("warranty_not_done",):
            t["recv"] = recv_time(date(2025, 2, 5), date(2025, 3, 28))
        if flag == "open":
            t["recv"] = recv_time(date(2025, 6, 23), date(2025, 6, 29))
        if flag == "trap_23_months":
            t["recv"] = recv_time(date(2025, 6, 3), date(2025, 6, 12))
        if flag == "trap_leak_under_60m":
            t["recv"] = recv_time(date(2025, 1, 3), date(2025, 6, 20))     # 53-59 months after 2020-07-22
        if p == "P4" and cat in ("给排水", "强弱电", "门窗五金", "墙地面") and flag not in ("trap_23_months", "open"):
            t["recv"] = recv_time(date(2025, 1, 3), date(2025, 6, 10))     # inside the 24 months (to 2025-06-28)
        if flag == "trap_roof_10y":
            t["longer"] = "屋面防水10年"
        if flag == "trap_fitout_3y" or (p == "P3" and cat in ("门窗五金", "墙地面")):
            t["longer"] = "精装3年"
        area, desc = rng.choice(problems[cat])
        if flag == "trap_roof_10y":
            area, desc = "屋面", "顶楼屋面渗漏，雨天主卧顶棚滴水"
        if flag == "waterproof_old":
            area, desc = "卫生间", "卫生间地漏周边渗水至楼下顶棚"
        t["area"], t["desc"] = area, desc
        t["dispatch"] = t_after(t["recv"], 0.3, 3)
        t["take"] = t_after(t["dispatch"], 1, 20)
        t["done"] = t_after(t["take"], 24, 24 * 10)
        t["judge"] = "保内"
        t["unit"] = pr["sub"] if cat == "防水渗漏" else pr["contractor"]
        t["resp"] = t["unit"]
        t["result"] = "已修复"
        t["pay"] = "施工单位"
        t["accident"] = t["acc_at"] = t["acc_rep"] = None
        if flag in ("trap_out_of_warranty",):
            t["judge"] = "保外"
            t["done"] = None
            t["unit"] = ""
            t["result"] = "已超出保修期，告知业主可委托物业有偿维修"
            t["pay"] = "业主自费"
        if flag == "warranty_not_done":
            t["done"] = None
            t["unit"] = ""
            t["result"] = "施工单位多次催告未到场，已发函"
        if flag == "developer_repaired":
            t["unit"] = "锦程置业工程部"
            t["result"] = "总包未响应，我司工程部先行维修"
            t["pay"] = "开发商先行垫付，向总包追偿"
        if flag == "accident_late":
            t["area"], t["desc"] = "外墙", "外墙保温板大面积脱落，砸坏楼下停放车辆"
            t["acc_at"] = datetime(2025, 3, 14, 6, 40)
            t["recv"] = datetime(2025, 3, 14, 7, 5)
            t["acc_rep"] = datetime(2025, 3, 15, 14, 10)            # 31.5 hours
            t["dispatch"] = datetime(2025, 3, 14, 7, 30)
            t["take"] = datetime(2025, 3, 14, 9, 0)
            t["done"] = datetime(2025, 4, 2, 17, 0)
        if flag == "trap_accident_in_time":
            t["area"], t["desc"] = "阳台", "阳台栏杆整体松动脱落，坠落至一楼花园，未伤人"
            t["acc_at"] = datetime(2025, 5, 8, 19, 20)
            t["recv"] = datetime(2025, 5, 8, 19, 42)
            t["acc_rep"] = datetime(2025, 5, 9, 17, 0)              # 21.7 hours
            t["dispatch"] = datetime(2025, 5, 8, 20, 10)
            t["take"] = datetime(2025, 5, 9, 8, 30)
            t["done"] = datetime(2025, 5, 16, 16, 0)
            t["longer"] = "精装3年"
        if t["done"] is not None and t["done"] > CUTOFF:
            t["done"] = None
        if flag == "open" or (t["done"] is None and flag == ""):
            t["judge"] = "待核定"
            t["done"] = None
            t["unit"] = ""
            t["result"] = "维修中"
            t["pay"] = ""
        t["visit"] = t_after(t["done"], 20, 72) if t["done"] else None
        if t["visit"] is not None and t["visit"] > CUTOFF:
            t["visit"] = None
        tickets.append(t)

    tickets.sort(key=lambda t: t["recv"])
    rows = []
    seq = {}
    for t in tickets:
        pr = projects[t["p"]]
        n = seq[t["recv"].month] = seq.get(t["recv"].month, 0) + 1
        no = f"WX-{t['recv']:%Y%m}-{n:04d}"
        f = t["flag"]
        if f and not f.startswith("trap") and f != "open":
            note((no, f))
        building = f"{rng.randint(1, 18)}栋{rng.randint(1, 3)}单元{rng.randint(2, 26)}{rng.randint(1, 4):02d}"
        if t["area"] in ("地下车库", "单元大堂", "外墙") and f != "accident_late":
            building = f"{rng.randint(1, 18)}栋公共区域"
        accident = "是" if t["acc_at"] else "否"
        remark = ""
        if f == "accident_late":
            remark = "已报区住建局质监站，物业已设置警戒区"
        elif f == "trap_accident_in_time":
            remark = "次日报区住建局"
        elif f == "trap_roof_10y":
            remark = "屋面防水按合同保修10年"
        rows.append({
            "报修单号": no,
            "报修时间": _dotted(t["recv"]),
            "报修来源": pick(rng, sources) if not t["acc_at"] else "物业前台",
            "项目名称": pr["name"],
            "楼栋房号": building,
            "业主姓名": person_name(rng),
            "联系电话": mobile(rng),
            "报修部位": t["area"],
            "问题分类": t["cat"],
            "问题描述": t["desc"],
            "交付日期": _dotted_day(pr["delivered"]),
            "竣工报告日期": _dotted_day(pr["accepted"] - timedelta(days=pr["report_lead"])),
            "竣工验收日期": _dotted_day(pr["accepted"]),
            "竣工备案日期": _dotted_day(pr["filed"]),
            "保修书编号": pr["cert"],
            "延保约定": t["longer"],
            "保修判定": t["judge"],
            "责任单位": t["resp"],
            "派单时间": _dotted(t["dispatch"]),
            "接单时间": _dotted(t["take"]),
            "维修完成时间": _dotted(t["done"]),
            "维修单位": t["unit"],
            "维修结果": t["result"],
            "业主确认": "已确认" if t["done"] else "",
            "回访时间": _dotted(t["visit"]),
            "回访满意度": pick(rng, [("满意", 70), ("基本满意", 22), ("不满意", 8)]) if t["visit"] else "",
            "费用承担": t["pay"],
            "质量事故": accident,
            "事故发生时间": _dotted(t["acc_at"]),
            "报住建局时间": _dotted(t["acc_rep"]),
            "登记人": rng.choice(clerks),
            "备注": remark,
        })

    roles = {pr["contractor"]: "contractor" for pr in projects.values()}
    roles.update({pr["sub"]: "contractor" for pr in projects.values()})
    roles["锦程置业工程部"] = "developer"
    hand = {
        "procedure": "l5-construction-quality-regulation",
        "encoding": "gb18030",
        "columns": {
            "报修单号": "case_number",
            "报修时间": "received_at",
            "问题分类": "component",
            "竣工验收日期": "completion_accepted_at",
            "竣工备案日期": "filing_at",
            "保修书编号": "warranty_certificate",
            "竣工报告日期": "submit_completion_report_at",
            "延保约定": "warranty_agreed_longer",
            "保修判定": "within_warranty",
            "维修完成时间": "warranty_repair_at",
            "维修单位": "warranty_repair_by",
            "事故发生时间": "accident_at",
            "报住建局时间": "accident_report_at",
        },
        "values": {
            "component": {"防水渗漏": "waterproofing", "给排水": "pipes_installation_fitout",
                          "强弱电": "pipes_installation_fitout", "门窗五金": "pipes_installation_fitout",
                          "墙地面": "pipes_installation_fitout", "结构裂缝": "foundation_structure",
                          "暖通空调": "heating_cooling", "公共设施": "other"},
            "warranty_agreed_longer": {"无": "no", "精装3年": "yes", "屋面防水10年": "yes"},
            "within_warranty": {"保内": "yes", "保外": "no", "待核定": ""},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("190-l2-county-amr-complaint-register.xlsx", "xlsx", e190_l2_county_amr_complaint_register),
    ("191-l5-developer-warranty-repair-ledger.csv", "gb18030", e191_l5_developer_warranty_repair_ledger),
]
