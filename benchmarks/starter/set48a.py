"""Starter-profile benchmark exports 280-281 (set forty-eighth, a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 280 281    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, workday, nth_workday_after


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _at(rng, d, lo=(8, 40), hi=(17, 20)):
    """A clock time on day d between lo and hi (hour, minute), with seconds, as a system stamps it."""
    a, b = lo[0] * 60 + lo[1], hi[0] * 60 + hi[1]
    m = rng.randint(a, b)
    return datetime(d.year, d.month, d.day, m // 60, m % 60, rng.randint(0, 59))


def _workdays_between(a: date, b: date) -> list[date]:
    out, d = [], a
    while d <= b:
        if workday(d):
            out.append(d)
        d += timedelta(days=1)
    return out


# ------------------------------------------------------------------------------------------------------------------
# 280: a district market-regulation bureau's 12315 work orders


def e280_l2_district_amr_12315_workorders(rng, injected=None):
    """临江区市场监督管理局（县级）从省 12315 投诉举报处置系统导出的“投诉举报工单明细”，CSV（GB18030），
    时间一律写成 2025-03-05 09:12:33（系统带秒的写法）。工单覆盖 2025 年 3 月至 6 月登记的投诉、举报和咨询；
    投诉由各市场监管所（派出机构，以区局名义）或区局消保科承办，个别由市局决定自行处理；区消费者协会受区局委托调解。

    读制度 YAML 之前写下的表头（只读了《市场监督管理投诉举报处理暂行办法》原文）：工单编号、诉求类型、来源渠道、
    登记时间、诉求人姓名、诉求人电话、诉求人地址、被诉主体名称、被诉主体地址、商品/服务类别、诉求内容、分送时间、
    承办单位、受理决定、受理决定时间、不予受理理由、告知诉求人时间、调解方式、调解结果、终止调解时间、终止告知时间、
    是否立案、立案决定时间、告知举报人时间、挽回经济损失(元)、办结时间、工单状态、经办人。

    读过制度 YAML 后补的列：调解单位（“调解由市场监督管理部门或者其委托单位工作人员主持”要看谁主持，区消协的调解
    是受委托的）；送检日期、检测报告日期（四十五个工作日的调解期限不计检验检测时间）；终止调解原因（第二十一条
    第（五）项“期满”终止的案件不适用四十五日规则）；是否实名（五个工作日告知只适用于实名举报）。原先写的
    “终止调解时间”改成“调解结束时间”：四十五日期限看的是调解结束（达成协议或终止），不只是终止。

    注入的违规（按规则 id 计数，共 16）：acceptance_decision_7wd 4（三件登记后第 8—10 个工作日才受理并告知，
    一件 6 月 17 日登记至今未作决定）、termination_notice_7wd 3（两件终止调解后逾期告知，一件终止后一直未告知）、
    mediation_45wd 2（一件受理后第 49 个工作日才达成协议，一件 3 月受理至今仍在调解）、reporter_notice_5wd 3
    （两件实名举报立案决定后第 7、8 个工作日才告知，一件决定后一直未告知）、decide_filing-notify_reporter 2
    （“告知举报人时间”早于立案决定：所里核查开始就电话告知了，立案决定后来才补录）、complaint_by_county_amr 2
    （工单转给区消费者协会后由消协自行“受理”，不是市场监管部门作出受理决定）。

    陷阱：4 月 25 日（周五）登记、5 月 8 日傍晚才告知的投诉（中间有 4 月 27 日调休上班和五一假期，正好第 7 个
    工作日）；5 月 30 日登记、6 月 11 日告知（端午假期）；周六网上登记、下周一分送的投诉；终止调解 4 月 28 日、
    5 月 12 日告知（第 7 个工作日，隔着五一）；受理后送检 5 周、扣除检测时间后仍在四十五个工作日内的调解；
    以“超过四十五个工作日未达成协议”终止的调解；市局消保处决定自行处理的投诉（上级部门可以处理）；区消协受托
    调解的投诉；6 月下旬登记、截至导出尚未受理的投诉（期限未到）；5 月下旬受理仍在调解中的投诉；匿名举报没有
    告知记录；实名举报 5 月 29 日立案决定、6 月 6 日告知（隔着端午）；6 月 26 日刚作出立案决定、尚未告知的实名举报；
    仍在核查、未作立案决定的举报；咨询工单没有受理决定。
    """
    T = "%Y-%m-%d %H:%M:%S"
    s = lambda t: t.strftime(T) if t else None
    taken: set = set()
    staff = distinct_names(rng, 7, taken)
    offices = ["城关市场监管所", "江北市场监管所", "临港市场监管所", "开发区市场监管所"]
    KEBAO, SHIJU, XIEHUI, JICHA = "区局消保科", "市局消保处", "区消费者协会", "区局执法稽查大队"
    streets = ["临江大道", "滨河路", "文昌街", "新华路", "江北大道", "港城路", "科创路", "望江东路", "解放街", "学院路"]
    communities = ["锦绣苑", "阳光花园", "江畔人家", "翠湖小区", "新港公寓", "怡景家园", "春江名邸", "桂花里"]

    def home_address():
        return f"临江区{rng.choice(streets)}{rng.randint(1, 399)}号{rng.choice(communities)}{rng.randint(1, 30)}幢" \
               f"{rng.randint(1, 3)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}室"

    def shop_address():
        return f"临江区{rng.choice(streets)}{rng.randint(1, 599)}号{pick(rng, [('', 3), ('一层', 1), ('商铺', 1)])}"

    sectors = {
        "餐饮服务": (["味之源餐饮店", "江鲜楼酒家", "小南国烧烤店", "阿婆面馆"],
                  "在该店就餐后腹泻，要求退还餐费并赔偿医药费", "就餐时发现菜品中有异物，商家只同意打折"),
        "预付卡消费": (["力美健身会所", "童画美术培训中心", "丝域美发工作室", "优学教育培训学校"],
                   "办理预付卡后门店停业，要求退还卡内余额", "预付课时未上完即更换老师且拒绝退费"),
        "家用电器": (["苏宁易家电器专卖店", "国美江北门店", "美凯家电经营部"],
                 "新购洗衣机三个月内两次故障，要求更换新机", "空调安装后漏水，商家拖延维修"),
        "通讯器材": (["旺达手机店", "极客数码通讯店"],
                 "购买的手机系翻新机，要求退一赔三", "手机屏幕无故失灵，商家以人为损坏为由拒绝保修"),
        "服装鞋帽": (["潮流前线服饰店", "步步高鞋业"],
                 "购买的皮鞋一周开胶，商家拒绝退货", "衣服洗后严重褪色，要求退货退款"),
        "汽车及零部件": (["临江宏达汽车销售服务有限公司", "顺通汽车维修中心"],
                    "新车交付时发现有维修痕迹，要求退车", "保养时被更换未经同意的配件并收费"),
        "食品": (["家家福超市", "百味佳食品商行", "鲜丰果业临江店"],
               "购买的食品已过保质期，要求十倍赔偿", "买到的水果缺斤短两，要求补足差价"),
    }
    report_texts = [
        ("美佳乐超市", "食品", "该超市销售过期食品，货架上多批次牛奶已过保质期"),
        ("康瑞大药房", "药品", "该药店无执业药师在岗仍销售处方药"),
        ("金冠烘焙坊", "食品", "该店后厨卫生极差，无健康证人员从事食品加工"),
        ("顺发加油站", "计量", "该加油站加油机计量不准，怀疑作弊"),
        ("亿家装饰材料店", "产品质量", "该店销售无厂名厂址的电线电缆"),
        ("优品生活网店", "价格", "该网店宣传“全网最低价”虚假宣传，先提价后打折"),
        ("华光眼镜店", "价格", "该店未明码标价，结账时随意加价"),
        ("鑫源烟酒行", "商标", "该店销售假冒注册商标的白酒"),
        ("星光KTV", "食品", "该场所销售的酒水无中文标签"),
        ("惠民药店", "医疗器械", "该药店销售的口罩无生产许可证号"),
        ("德和茶庄", "广告", "该店使用“国家级”“最佳”等绝对化用语做广告"),
        ("百城驾校报名点", "无照经营", "该报名点无营业执照经营"),
        ("蓝天电动车行", "产品质量", "该车行销售未经3C认证的电动自行车"),
        ("福满楼饭店", "食品", "该饭店使用超过保质期的食材"),
        ("佳禾母婴店", "食品", "该店销售的婴幼儿奶粉标签无中文说明"),
    ]
    channels = [("全国12315平台", 6), ("12315热线", 3), ("来信", 1), ("窗口来访", 1)]

    headers = ["工单编号", "诉求类型", "来源渠道", "登记时间", "诉求人姓名", "诉求人电话", "诉求人地址", "是否实名",
               "被诉主体名称", "被诉主体地址", "商品/服务类别", "诉求内容", "分送时间", "承办单位", "受理决定",
               "受理决定时间", "不予受理理由", "告知诉求人时间", "调解方式", "调解单位", "送检日期", "检测报告日期",
               "调解结果", "终止调解原因", "调解结束时间", "终止告知时间", "是否立案", "立案决定时间", "告知举报人时间",
               "挽回经济损失(元)", "办结时间", "工单状态", "经办人"]

    rows: list[dict] = []
    seq = {}

    def number(t):
        key = t.strftime("%Y%m%d")
        seq[key] = seq.get(key, 0) + 1
        return f"LJ12315{key}{seq[key]:03d}"

    def blank():
        return {h: None for h in headers}

    def dispatch(t0):
        """The 12315 desk hands the order to the office the same working day, or the next working morning."""
        if workday(t0.date()) and t0.hour < 17:
            return t0 + timedelta(minutes=rng.randint(12, 150))
        return _at(rng, nth_workday_after(t0.date(), 1), (8, 35), (9, 40))

    workdays_pool = [d for d in _workdays_between(date(2025, 3, 3), date(2025, 5, 16))]

    def complaint(d0=None, kind="agree", t0=None, dec_wd=None, dec_time=None, office=None, med_office=None,
                  end_wd=None, term_reason=None, term_notify_wd="auto", testing=None, mode=None, refuse_reason=None,
                  channel=None, inject=None):
        r = blank()
        if t0 is None:
            d0 = d0 or rng.choice(workdays_pool)
            t0 = _at(rng, d0, (8, 35), (16, 40))
        no = None   # numbered below, in order of registration
        r["诉求类型"] = "投诉"
        r["来源渠道"] = channel or pick(rng, channels)
        r["登记时间"] = s(t0)
        r["诉求人姓名"] = distinct_names(rng, 1, taken)[0]
        r["诉求人电话"] = mobile(rng)
        r["诉求人地址"] = home_address()
        sector = rng.choice(list(sectors))
        names, *texts = sectors[sector]
        r["被诉主体名称"] = rng.choice(names)
        r["被诉主体地址"] = shop_address()
        r["商品/服务类别"] = sector
        r["诉求内容"] = rng.choice(texts)
        t_disp = dispatch(t0)
        r["分送时间"] = s(t_disp)
        office = office or rng.choice(offices)
        r["承办单位"] = office
        r["经办人"] = rng.choice(staff)
        if kind == "open_new":
            r["工单状态"] = "待受理"
            return r, no
        k = dec_wd if dec_wd is not None else rng.randint(1, 5)
        dd = nth_workday_after(t0.date(), k)
        t_dec = dec_time or _at(rng, dd, (9, 0), (17, 0))
        if t_dec <= t_disp:
            t_dec = t_disp + timedelta(minutes=rng.randint(20, 90))
        t_tell = t_dec + timedelta(minutes=rng.randint(3, 40))
        r["受理决定时间"] = s(t_dec)
        r["告知诉求人时间"] = s(t_tell)
        if kind == "refuse":
            r["受理决定"] = "不予受理"
            r["不予受理理由"] = refuse_reason
            r["办结时间"] = s(t_tell)
            r["工单状态"] = "已办结"
            return r, no
        r["受理决定"] = "受理"
        r["调解方式"] = mode or pick(rng, [("电话调解", 5), ("现场调解", 3), ("在线调解", 2), ("视频调解", 1)])
        r["调解单位"] = med_office or office
        t_accept = t_dec
        if testing:
            c_wd, done_wd = testing
            tc = _at(rng, nth_workday_after(t_accept.date(), c_wd), (9, 30), (16, 0))
            tdone = _at(rng, nth_workday_after(tc.date(), done_wd), (9, 30), (16, 30))
            r["送检日期"] = s(tc)
            r["检测报告日期"] = s(tdone)
        if kind == "open_med":
            r["工单状态"] = "调解中"
            return r, no
        k2 = end_wd if end_wd is not None else rng.randint(3, 22)
        t_end = _at(rng, nth_workday_after(t_accept.date(), k2), (9, 0), (17, 30))
        r["调解结束时间"] = s(t_end)
        if kind == "agree":
            r["调解结果"] = "达成协议"
            r["挽回经济损失(元)"] = int(rng.choice([200, 350, 480, 680, 1200, 1999, 2600, 3800, 5400]) *
                                     rng.uniform(0.6, 1.0))
            r["办结时间"] = s(t_end + timedelta(minutes=rng.randint(30, 300)))
            r["工单状态"] = "已办结"
        else:
            r["调解结果"] = "终止调解"
            r["终止调解原因"] = term_reason or pick(rng, [("投诉人撤回投诉", 2), ("双方自行和解", 2),
                                                      ("被投诉人拒绝调解", 2), ("双方分歧较大无法达成协议", 2)])
            if term_notify_wd == "auto":
                term_notify_wd = rng.randint(1, 5)
            if term_notify_wd is None:
                r["工单状态"] = "待告知"
            else:
                tn = _at(rng, nth_workday_after(t_end.date(), term_notify_wd), (9, 0), (17, 30))
                if tn <= t_end:
                    tn = t_end + timedelta(minutes=rng.randint(30, 120))
                r["终止告知时间"] = s(tn)
                r["办结时间"] = s(tn)
                r["工单状态"] = "已办结"
        return r, no

    def report(d0, kind="ok", real=True, dec_wd=None, tell_wd=None, tell_before=False):
        r = blank()
        t0 = _at(rng, d0, (8, 35), (16, 30))
        no = None   # numbered below, in order of registration
        r["诉求类型"] = "举报"
        r["来源渠道"] = pick(rng, channels)
        r["登记时间"] = s(t0)
        r["是否实名"] = "是" if real else "否"
        if real:
            r["诉求人姓名"] = distinct_names(rng, 1, taken)[0]
            r["诉求人电话"] = mobile(rng)
            r["诉求人地址"] = pick(rng, [(home_address(), 3), (None, 1)])
        name, sector, text = report_texts.pop(rng.randrange(len(report_texts)))
        r["被诉主体名称"] = name
        r["被诉主体地址"] = shop_address()
        r["商品/服务类别"] = sector
        r["诉求内容"] = text
        t_disp = dispatch(t0)
        r["分送时间"] = s(t_disp)
        r["承办单位"] = pick(rng, [(o, 2) for o in offices] + [(JICHA, 3)])
        r["经办人"] = rng.choice(staff)
        if kind == "checking":
            r["工单状态"] = "核查中"
            return r, no
        k = dec_wd if dec_wd is not None else rng.randint(5, 12)
        t_dec = _at(rng, nth_workday_after(t0.date(), k), (9, 0), (17, 0))
        r["是否立案"] = pick(rng, [("立案", 2), ("不予立案", 3)])
        r["立案决定时间"] = s(t_dec)
        if tell_before:
            tt = _at(rng, nth_workday_after(t0.date(), 2), (9, 0), (17, 0))
            r["告知举报人时间"] = s(tt)
        elif real and kind != "no_tell":
            kt = tell_wd if tell_wd is not None else rng.randint(1, 4)
            tt = _at(rng, nth_workday_after(t_dec.date(), kt), (9, 0), (17, 30))
            r["告知举报人时间"] = s(tt)
        r["办结时间"] = r["告知举报人时间"] if r["告知举报人时间"] and not tell_before else s(t_dec)
        r["工单状态"] = "已办结" if (r["告知举报人时间"] or not real) else "待告知"
        return r, no

    def consult(d0):
        r = blank()
        t0 = _at(rng, d0, (8, 35), (17, 0))
        no = None   # numbered below, in order of registration
        r["诉求类型"] = "咨询"
        r["来源渠道"] = "12315热线"
        r["登记时间"] = s(t0)
        r["诉求人姓名"] = distinct_names(rng, 1, taken)[0]
        r["诉求人电话"] = mobile(rng)
        r["诉求内容"] = rng.choice(["咨询个体工商户年报流程", "咨询预付卡退费的维权途径", "咨询网购七日无理由退货规定",
                                 "咨询食品经营许可证办理材料"])
        r["承办单位"] = KEBAO
        r["办结时间"] = s(t0 + timedelta(minutes=rng.randint(5, 25)))
        r["工单状态"] = "已办结"
        r["经办人"] = rng.choice(staff)
        return r, no

    specs = []   # (builder, kwargs, rule injected or None)
    # ordinary complaints, decided and mediated in time
    for _ in range(10):
        specs.append((complaint, {"kind": "agree"}, None))
    for _ in range(3):
        specs.append((complaint, {"kind": "term"}, None))
    specs += [
        (complaint, {"kind": "refuse", "refuse_reason": "被投诉人住所地及经营地均不在本区，已告知向有管辖权的部门投诉"}, None),
        (complaint, {"kind": "refuse", "refuse_reason": "同一争议已由区人民法院立案受理"}, None),
        (complaint, {"kind": "refuse", "refuse_reason": "购买商品用于经营，不属于生活消费"}, None),
        # traps around the 7-working-day acceptance clock
        (complaint, {"t0": datetime(2025, 4, 25, 10, 14, 27), "dec_wd": 7, "dec_time": datetime(2025, 5, 8, 17, 41, 6)}, None),
        (complaint, {"t0": datetime(2025, 5, 30, 9, 48, 51), "dec_wd": 7, "dec_time": datetime(2025, 6, 11, 16, 55, 12)}, None),
        (complaint, {"t0": datetime(2025, 3, 15, 21, 14, 3), "dec_wd": 6, "channel": "全国12315平台"}, None),
        (complaint, {"t0": datetime(2025, 6, 25, 10, 2, 44), "kind": "open_new"}, None),
        (complaint, {"t0": datetime(2025, 6, 27, 14, 37, 19), "kind": "open_new"}, None),
        # traps around mediation
        (complaint, {"d0": date(2025, 3, 11), "dec_wd": 2, "testing": (5, 24), "end_wd": 58, "mode": "现场调解",
                     "kind": "agree"}, None),
        (complaint, {"d0": date(2025, 3, 12), "dec_wd": 1, "kind": "term", "end_wd": 46,
                     "term_reason": "超过45个工作日未达成调解协议", "term_notify_wd": 3}, None),
        (complaint, {"d0": date(2025, 4, 9), "dec_wd": 2, "kind": "term", "end_wd": None,
                     "term_reason": "被投诉人拒绝调解", "term_notify_wd": 7, "_end": date(2025, 4, 28)}, None),
        (complaint, {"d0": date(2025, 5, 19), "dec_wd": 3, "kind": "open_med"}, None),
        (complaint, {"d0": date(2025, 5, 26), "dec_wd": 2, "kind": "open_med"}, None),
        (complaint, {"office": SHIJU, "kind": "agree"}, None),
        (complaint, {"med_office": XIEHUI, "kind": "agree"}, None),
        (complaint, {"med_office": XIEHUI, "kind": "term", "term_reason": "受理后发现同一争议已申请仲裁"}, None),
        # injected: acceptance decision too late
        (complaint, {"d0": date(2025, 3, 20), "dec_wd": 9}, "acceptance_decision_7wd"),
        (complaint, {"d0": date(2025, 4, 14), "dec_wd": 10}, "acceptance_decision_7wd"),
        (complaint, {"d0": date(2025, 5, 13), "dec_wd": 8, "kind": "term"}, "acceptance_decision_7wd"),
        (complaint, {"t0": datetime(2025, 6, 17, 11, 26, 8), "kind": "open_new"}, "acceptance_decision_7wd"),
        # injected: termination not notified in time
        (complaint, {"d0": date(2025, 3, 31), "dec_wd": 3, "kind": "term", "_end": date(2025, 4, 15),
                     "term_notify_wd": 10, "term_reason": "双方分歧较大无法达成协议"}, "termination_notice_7wd"),
        (complaint, {"d0": date(2025, 5, 6), "dec_wd": 2, "kind": "term", "_end": date(2025, 5, 20),
                     "term_notify_wd": 10, "term_reason": "投诉人无正当理由不参加调解"}, "termination_notice_7wd"),
        (complaint, {"d0": date(2025, 5, 12), "dec_wd": 2, "kind": "term", "_end": date(2025, 5, 27),
                     "term_notify_wd": None, "term_reason": "被投诉人拒绝调解"}, "termination_notice_7wd"),
        # injected: mediation beyond 45 working days
        (complaint, {"d0": date(2025, 3, 4), "dec_wd": 2, "end_wd": 49, "kind": "agree"}, "mediation_45wd"),
        (complaint, {"d0": date(2025, 3, 21), "dec_wd": 1, "kind": "open_med"}, "mediation_45wd"),
        # injected: the consumers' association "accepted" the complaint itself
        (complaint, {"office": XIEHUI, "kind": "agree"}, "complaint_by_county_amr"),
        (complaint, {"office": XIEHUI, "kind": "agree"}, "complaint_by_county_amr"),
    ]
    rspecs = [
        (report, {"d0": date(2025, 3, 6)}, None),
        (report, {"d0": date(2025, 3, 27)}, None),
        (report, {"d0": date(2025, 4, 16)}, None),
        (report, {"d0": date(2025, 5, 8)}, None),
        (report, {"d0": date(2025, 5, 20), "dec_wd": 7, "tell_wd": 5}, None),          # decided 29 May, told 6 June
        (report, {"d0": date(2025, 6, 12), "dec_wd": 10, "kind": "no_tell"}, None),     # decided 26 June, not yet told
        (report, {"d0": date(2025, 3, 18), "real": False}, None),
        (report, {"d0": date(2025, 4, 22), "real": False}, None),
        (report, {"d0": date(2025, 6, 3), "real": False}, None),
        (report, {"d0": date(2025, 6, 20), "kind": "checking"}, None),
        (report, {"d0": date(2025, 3, 13), "tell_wd": 8}, "reporter_notice_5wd"),
        (report, {"d0": date(2025, 4, 24), "tell_wd": 7}, "reporter_notice_5wd"),
        (report, {"d0": date(2025, 5, 9), "kind": "no_tell"}, "reporter_notice_5wd"),
        (report, {"d0": date(2025, 3, 25), "dec_wd": 9, "tell_before": True}, "decide_filing-notify_reporter"),
        (report, {"d0": date(2025, 5, 14), "dec_wd": 8, "tell_before": True}, "decide_filing-notify_reporter"),
    ]
    cspecs = [(consult, {"d0": d}, None) for d in (date(2025, 3, 10), date(2025, 4, 7), date(2025, 5, 21),
                                                      date(2025, 6, 16))]

    built = []
    for fn, kw, rule in specs:
        kw = dict(kw)
        end_on = kw.pop("_end", None)
        if end_on is not None:
            # the mediation ended on a set date: count the working days from the (not yet known) decision
            kw["end_wd"] = "date:" + end_on.isoformat()
        built.append((fn, kw, rule))

    all_specs = built + rspecs + cspecs
    order = list(range(len(all_specs)))
    rng.shuffle(order)
    rules = {}
    for i in order:
        fn, kw, rule = all_specs[i]
        kw = dict(kw)
        if isinstance(kw.get("end_wd"), str):
            end_on = date.fromisoformat(kw["end_wd"][5:])
            # decision day is fixed by d0 and dec_wd, so the count is known
            dec_day = nth_workday_after(kw["d0"], kw["dec_wd"])
            kw["end_wd"] = len(_workdays_between(dec_day + timedelta(days=1), end_on))
        r, _ = fn(**kw)
        rows.append(r)
        rules[id(r)] = rule
    rows.sort(key=lambda r: r["登记时间"])
    for r in rows:
        r["工单编号"] = number(datetime.strptime(r["登记时间"], T))
        if rules[id(r)] and injected is not None:
            injected.append((r["工单编号"], rules[id(r)]))

    offices_role = {o: "county_amr" for o in offices}
    hand = {
        "procedure": "l2-samr-complaints-and-reports",
        "encoding": "gb18030",
        "columns": {
            "工单编号": "case_number",
            "诉求类型": "category",
            "诉求人姓名": "complainant",
            "诉求人电话": "contact_phone",
            "诉求人地址": "address",
            "被诉主体名称": "respondent_name",
            "被诉主体地址": "respondent_address",
            "诉求内容": "content",
            "告知诉求人时间": "decision_notified_at",
            "调解方式": "mediation_mode",
            "调解单位": "mediate_by",
            "送检日期": "testing_commissioned_at",
            "检测报告日期": "testing_completed_at",
            "调解结果": "mediation_outcome",
            "终止调解原因": "termination_ground",
            "调解结束时间": "end_mediation_at",
            "终止告知时间": "notify_termination_at",
            "是否实名": "real_name",
            "立案决定时间": "decide_filing_at",
            "告知举报人时间": "notify_reporter_at",
        },
        "values": {
            "category": {"投诉": "complaint", "举报": "report", "咨询": "consultation"},
            "mediation_mode": {"现场调解": "onsite", "电话调解": "remote", "在线调解": "remote", "视频调解": "remote"},
            "mediation_outcome": {"达成协议": "agreement", "终止调解": "terminated"},
            "termination_ground": {
                "投诉人撤回投诉": "withdrawn_or_settled",
                "双方自行和解": "withdrawn_or_settled",
                "被投诉人拒绝调解": "refused_mediation",
                "投诉人无正当理由不参加调解": "refused_mediation",
                "双方分歧较大无法达成协议": "no_agreement_possible",
                "超过45个工作日未达成调解协议": "period_expired",
                "受理后发现同一争议已申请仲裁": "ineligible_found",
            },
            "real_name": {"是": True, "否": False},
        },
        "roles": {**offices_role, KEBAO: "county_amr", JICHA: "county_amr", SHIJU: "higher_amr",
                  XIEHUI: "mediation_org"},
        "outcomes": {
            "诉求类型": {"date": "登记时间", "steps": {"投诉": "receive", "举报": "receive_report"}},
            "受理决定": {"date": "受理决定时间", "by": "承办单位", "steps": {"受理": "accept", "不予受理": "refuse"}},
        },
    }
    return rows, hand


# ------------------------------------------------------------------------------------------------------------------
# 281: a property developer's customer-service repair ledger


def e281_l5_developer_repair_ledger(rng, injected=None):
    """澜庭置业有限公司（房地产开发企业，即建设单位）客户服务中心的“业主报修投诉台账”，从客服系统导出为 XLSX，
    时间为 Excel 日期时间单元格（竣工验收、交付日期为日期单元格）。台账覆盖 2025 年 1 月至 6 月业主通过 App、
    400 热线和前台提出的报修、投诉；保修期内的问题派给各项目的总包单位（或其防水、机电、门窗分包）维修，过保或
    人为损坏的由物业有偿维修；外墙饰面砖脱落这类质量安全事件由客服中心报区住建局。

    读制度 YAML 之前写下的表头（只读了《建设工程质量管理条例》原文）：报修单号、项目名称、楼栋房号、业主姓名、
    联系电话、报事类型、问题部位、问题描述、报事时间、交付日期、是否在保修期、责任单位、派单时间、维修单位、
    上门时间、维修完成时间、回访时间、业主评价、处理状态、维修费用(元)、备注。

    读过制度 YAML 后补的列：竣工验收日期（保修期自竣工验收合格之日起算，不是交付日期）；受理时间（不予保修规则
    按“投诉受理时间”计算，报事时间是业主在 App 上提交的时间，两者常差一晚）；延长保修（质量保修书约定长于
    第四十条最低期限的，以约定为准，云栖府精装部分延保至 3 年）；事件发生时间、上报住建局时间（质量事故 24 小时内
    报告）。

    注入的违规（按规则 id 计数，共 17）：warranty_by_contractor 4（总包迟迟不来，甲方工程部代修后从质保金扣款）、
    warranty_duty 3（查勘判定在保修期内，总包一直未维修）、accident_report_24_hours 3（一件 26 小时后才报住建局，一件
    周五傍晚发生、下周一才补报，一件至今未报）、pipes_fitout_beyond_2_years 3（锦樾华庭 2023 年 1 月竣工验收、6 月交付，客服按交付日期判定
    管道、电线、地砖问题仍在两年保修期内，其实自验收起已超过 24 个月）、waterproofing_beyond_5_years 2（澜岸花园
    一期 2019 年底验收，屋面、卫生间渗漏已过 5 年仍按保修处理）、complaint-warranty_repair 2（总包巡查时先修好，
    客服事后补录报事，报事时间晚于维修完成时间）。

    陷阱：云栖府验收已超过两年的管道、门窗问题（保修书约定延保，仍在保修期）；锦樾华庭 1 月 8 日报的管道问题
    （验收后不足 24 个月）；澜岸花园二期的屋面渗漏（验收后第 56 个月）；澜岸花园一期过保的管道问题由物业有偿维修
    （不是保修）；地暖问题（供热系统按采暖期，不检查）；主体结构裂缝（合理使用年限，不检查）；由总包的防水、机电、
    门窗分包单位维修；23 小时 35 分上报的安全事件；人为损坏判为不在保修范围；6 月下旬的报修尚未查勘判定。
    """
    taken: set = set()
    staff = distinct_names(rng, 5, taken)
    projects = {
        "澜岸花园一期": (datetime(2019, 12, 26), datetime(2020, 6, 28), "恒建建设集团有限公司"),
        "澜岸花园二期": (datetime(2020, 7, 15), datetime(2020, 12, 30), "恒建建设集团有限公司"),
        "锦樾华庭": (datetime(2023, 1, 12), datetime(2023, 6, 30), "江南建工集团有限公司"),
        "云栖府": (datetime(2022, 11, 18), datetime(2023, 5, 20), "华陆建工集团有限公司"),
        "滨江壹号": (datetime(2024, 3, 28), datetime(2024, 9, 30), "宏基建设集团有限公司"),
    }
    subs = {"防水": "东方雨虹防水工程（临江）有限公司", "机电": "华通机电安装有限公司", "门窗": "恒美门窗幕墙有限公司"}
    DEV, PROP = "甲方工程部", "澜庭物业工程部"
    parts = {
        "屋面渗漏": ("waterproofing", "防水", ["顶层主卧天花板雨后渗水发霉", "屋面落水口周边渗漏，楼梯间墙面水渍"]),
        "卫生间渗漏": ("waterproofing", "防水", ["卫生间地面渗水至楼下邻居天花板", "淋浴区墙角渗水，墙纸起皮"]),
        "外墙渗水": ("waterproofing", "防水", ["客厅外墙内侧墙面渗水", "飘窗下方外墙渗水，踢脚线发黑"]),
        "给排水管道": ("pipes_installation_fitout", "机电", ["厨房下水管接口漏水", "阳台给水管暗管渗漏"]),
        "强弱电线路": ("pipes_installation_fitout", "机电", ["卧室插座无电", "入户弱电箱网线不通"]),
        "墙面空鼓开裂": ("pipes_installation_fitout", None, ["客厅墙面多处裂缝", "卧室墙面空鼓起皮"]),
        "地砖空鼓": ("pipes_installation_fitout", None, ["客厅地砖空鼓翘起", "厨房地砖开裂"]),
        "门窗": ("pipes_installation_fitout", "门窗", ["推拉窗关闭不严漏风", "入户门锁体损坏"]),
        "外墙饰面砖脱落": ("pipes_installation_fitout", None, ["外墙饰面砖成片脱落，砸坏楼下停放车辆",
                                                      "外墙面砖空鼓掉落至人行道"]),
        "地暖": ("heating_cooling", "机电", ["地暖不热，室温不足16度", "地暖分水器漏水"]),
        "主体结构裂缝": ("foundation_structure", None, ["承重墙出现斜向裂缝，业主担心安全", "楼板贯通裂缝"]),
        "单元门雨棚": ("other", None, ["单元门口雨棚玻璃破碎坠落"]),
        "阳台栏杆": ("other", None, ["阳台玻璃栏板松动"]),
    }

    headers = ["报修单号", "项目名称", "楼栋房号", "业主姓名", "联系电话", "报事类型", "问题部位", "问题描述", "报事时间",
               "受理时间", "交付日期", "竣工验收日期", "延长保修", "是否在保修期", "责任单位", "派单时间", "维修单位",
               "上门时间", "维修完成时间", "事件发生时间", "上报住建局时间", "回访时间", "业主评价", "处理状态",
               "维修费用(元)", "备注"]
    rows: list[dict] = []
    seq = {}

    def minute(t):
        return t.replace(second=0, microsecond=0)

    def reported_at(d):
        # owners report through the App at any hour, or by phone in office hours
        if rng.random() < 0.35:
            return minute(_at(rng, d, (19, 5), (22, 50)))
        return minute(_at(rng, d, (8, 30), (17, 50)))

    def accepted_at(t):
        if t.hour < 18 and t.hour >= 8:
            return t + timedelta(minutes=rng.randint(4, 45))
        return minute(_at(rng, t.date() + timedelta(days=1), (8, 30), (9, 20)))

    def case(project, part, d, *, verdict="是", repairer=None, visit_days=None, fix_days=None, repaired=True,
             kind="报修", accident=None, note=None, t_report=None, fix_before_report=False, status=None, fee=None):
        acc, deliv, gc = projects[project]
        comp, trade, texts = parts[part]
        r = {h: None for h in headers}
        t0 = t_report or reported_at(d)
        no = None   # numbered below, in order of the owners' reports
        r["项目名称"] = project
        r["楼栋房号"] = f"{rng.randint(1, 18)}幢{rng.randint(1, 3)}单元{rng.randint(2, 26)}0{rng.randint(1, 4)}"
        r["业主姓名"] = distinct_names(rng, 1, taken)[0]
        r["联系电话"] = mobile(rng)
        r["报事类型"] = kind
        r["问题部位"] = part
        r["问题描述"] = rng.choice(texts)
        t_acc = accepted_at(t0)
        r["报事时间"] = t0
        r["受理时间"] = t_acc
        r["交付日期"] = deliv
        r["竣工验收日期"] = acc
        longer = project == "云栖府" and comp == "pipes_installation_fitout"
        r["延长保修"] = "是" if longer else "否"
        r["责任单位"] = gc
        r["备注"] = note
        if accident is not None:
            t_acc_event, report_after = accident
            r["事件发生时间"] = t_acc_event
            if report_after is not None:
                r["上报住建局时间"] = t_acc_event + report_after
        if verdict is None:                       # not yet inspected
            r["派单时间"] = t_acc + timedelta(minutes=rng.randint(10, 90))
            r["处理状态"] = status or "待查勘"
            return r, no
        t_disp = t_acc + timedelta(minutes=rng.randint(10, 110))
        r["派单时间"] = t_disp
        vd = visit_days if visit_days is not None else rng.randint(1, 3)
        t_visit = minute(_at(rng, (t_disp + timedelta(days=vd)).date(), (9, 0), (16, 30)))
        r["上门时间"] = t_visit
        r["是否在保修期"] = verdict
        if verdict == "是":
            who = repairer or (subs[trade] if trade and rng.random() < 0.4 else gc)
        else:
            who = repairer or PROP
        if not repaired:
            r["维修单位"] = None
            r["处理状态"] = status or "待总包维修"
            return r, no
        r["维修单位"] = who
        fd = fix_days if fix_days is not None else rng.randint(0, 6)
        t_fix = minute(_at(rng, (t_visit + timedelta(days=fd)).date(), (10, 0), (17, 40)))
        if t_fix <= t_visit:
            t_fix = t_visit + timedelta(hours=rng.randint(2, 5))
        if fix_before_report:
            # the contractor fixed it on a walk-round; customer service entered the owner's report afterwards
            t_fix = minute(_at(rng, t0.date() - timedelta(days=rng.randint(1, 3)), (10, 30), (16, 30)))
            t_visit = t_fix - timedelta(minutes=rng.randint(50, 150))
            r["派单时间"] = None
            r["上门时间"] = t_visit
        r["维修完成时间"] = t_fix
        t_rv = minute(_at(rng, (max(t_fix, t_acc) + timedelta(days=rng.randint(1, 3))).date(), (9, 30), (17, 30)))
        if t_rv <= CUTOFF:
            r["回访时间"] = t_rv
            r["业主评价"] = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)])
            r["处理状态"] = status or "已关闭"
        else:
            r["处理状态"] = status or "待回访"
        if verdict != "是":
            r["维修费用(元)"] = fee or rng.choice([150, 220, 380, 460, 800])
        return r, no

    days = _workdays_between(date(2025, 1, 6), date(2025, 6, 13))
    days = [d for d in days if not (date(2025, 1, 25) <= d <= date(2025, 2, 8))]   # the Spring Festival closure
    D = lambda: rng.choice(days)
    specs = []
    # ordinary warranty repairs within every period
    ordinary = [("滨江壹号", "卫生间渗漏"), ("滨江壹号", "给排水管道"), ("滨江壹号", "强弱电线路"), ("滨江壹号", "门窗"),
                ("滨江壹号", "地砖空鼓"), ("滨江壹号", "墙面空鼓开裂"), ("滨江壹号", "外墙渗水"),
                ("锦樾华庭", "卫生间渗漏"), ("锦樾华庭", "屋面渗漏"), ("锦樾华庭", "外墙渗水"),
                ("云栖府", "卫生间渗漏"), ("云栖府", "强弱电线路"), ("云栖府", "地砖空鼓"),
                ("澜岸花园二期", "卫生间渗漏"), ("澜岸花园二期", "外墙渗水"), ("滨江壹号", "屋面渗漏")]
    for p, part in ordinary:
        specs.append(({"project": p, "part": part, "d": D()}, None))
    specs += [
        # traps
        ({"project": "云栖府", "part": "给排水管道", "d": date(2025, 3, 18)}, None),
        ({"project": "云栖府", "part": "门窗", "d": date(2025, 5, 7), "repairer": subs["门窗"]}, None),
        ({"project": "锦樾华庭", "part": "给排水管道", "d": date(2025, 1, 8), "repairer": subs["机电"]}, None),
        ({"project": "澜岸花园二期", "part": "屋面渗漏", "d": date(2025, 3, 24), "repairer": subs["防水"]}, None),
        ({"project": "澜岸花园一期", "part": "给排水管道", "d": date(2025, 4, 10), "verdict": "否",
          "note": "过保，业主同意有偿维修"}, None),
        ({"project": "锦樾华庭", "part": "地暖", "d": date(2025, 1, 14), "repairer": subs["机电"]}, None),
        ({"project": "澜岸花园一期", "part": "地暖", "d": date(2025, 2, 17), "verdict": "否",
          "note": "已过两个采暖期，物业有偿维修"}, None),
        ({"project": "滨江壹号", "part": "主体结构裂缝", "d": date(2025, 2, 24), "visit_days": 2, "fix_days": 30,
          "kind": "投诉", "note": "经检测鉴定为非结构性裂缝，总包已加固修补"}, None),
        ({"project": "滨江壹号", "part": "墙面空鼓开裂", "d": date(2025, 4, 3), "verdict": "否",
          "note": "业主装修拆改墙体所致，属人为损坏", "repaired": False, "status": "已关闭"}, None),
        ({"project": "锦樾华庭", "part": "阳台栏杆", "d": date(2025, 5, 15), "kind": "投诉",
          "accident": (datetime(2025, 5, 14, 21, 10), timedelta(hours=23, minutes=35)),
          "note": "质量安全事件，已报区住建局"}, None),
        ({"project": "滨江壹号", "part": "外墙饰面砖脱落", "d": date(2025, 6, 9), "kind": "投诉",
          "accident": (datetime(2025, 6, 9, 7, 40), timedelta(hours=2, minutes=50)),
          "note": "质量安全事件，已报区住建局"}, None),
        ({"project": "滨江壹号", "part": "给排水管道", "d": date(2025, 6, 23), "verdict": None}, None),
        ({"project": "锦樾华庭", "part": "卫生间渗漏", "d": date(2025, 6, 26), "verdict": None}, None),
        ({"project": "云栖府", "part": "门窗", "d": date(2025, 6, 27), "verdict": None}, None),
        # injected: the developer's own engineering department did the warranty repair
        ({"project": "滨江壹号", "part": "卫生间渗漏", "d": date(2025, 2, 19), "repairer": DEV, "fix_days": 9,
          "note": "总包多次催告未到场，甲方代修，费用从质保金扣除"}, "warranty_by_contractor"),
        ({"project": "滨江壹号", "part": "给排水管道", "d": date(2025, 3, 26), "repairer": DEV,
          "note": "漏水紧急，甲方工程部先行处理，费用从质保金扣除"}, "warranty_by_contractor"),
        ({"project": "锦樾华庭", "part": "外墙渗水", "d": date(2025, 4, 21), "repairer": DEV, "fix_days": 12,
          "note": "总包未响应，甲方代修"}, "warranty_by_contractor"),
        ({"project": "云栖府", "part": "墙面空鼓开裂", "d": date(2025, 5, 28), "repairer": DEV,
          "note": "总包未响应，甲方代修，费用从质保金扣除"}, "warranty_by_contractor"),
        # injected: judged within warranty, never repaired
        ({"project": "滨江壹号", "part": "屋面渗漏", "d": date(2025, 2, 12), "repaired": False,
          "status": "待总包维修", "note": "已三次函告总包"}, "warranty_duty"),
        ({"project": "锦樾华庭", "part": "卫生间渗漏", "d": date(2025, 3, 12), "repaired": False,
          "status": "总包未响应", "kind": "投诉"}, "warranty_duty"),
        ({"project": "澜岸花园二期", "part": "外墙渗水", "d": date(2025, 4, 17), "repaired": False,
          "status": "待总包维修"}, "warranty_duty"),
        # injected: quality incident reported to the housing bureau too late, or not at all
        ({"project": "滨江壹号", "part": "外墙饰面砖脱落", "d": date(2025, 3, 11), "kind": "投诉",
          "accident": (datetime(2025, 3, 11, 14, 20), timedelta(hours=26, minutes=45)),
          "note": "质量安全事件"}, "accident_report_24_hours"),
        ({"project": "澜岸花园二期", "part": "单元门雨棚", "d": date(2025, 4, 18), "kind": "投诉", "verdict": "否",
          "accident": (datetime(2025, 4, 18, 18, 30), timedelta(hours=63, minutes=40)),
          "note": "质量安全事件，周末后补报"}, "accident_report_24_hours"),
        ({"project": "锦樾华庭", "part": "阳台栏杆", "d": date(2025, 5, 26), "kind": "投诉",
          "accident": (datetime(2025, 5, 26, 10, 15), None), "note": "质量安全事件，未上报"},
         "accident_report_24_hours"),
        # injected: Jinyue Huating pipes/fit-out judged from the handover date, beyond 24 months from acceptance
        ({"project": "锦樾华庭", "part": "给排水管道", "d": date(2025, 2, 20)}, "pipes_fitout_beyond_2_years"),
        ({"project": "锦樾华庭", "part": "强弱电线路", "d": date(2025, 4, 8), "repairer": subs["机电"]},
         "pipes_fitout_beyond_2_years"),
        ({"project": "锦樾华庭", "part": "地砖空鼓", "d": date(2025, 5, 19)}, "pipes_fitout_beyond_2_years"),
        # injected: Lan'an phase one waterproofing after five years, still treated as warranty
        ({"project": "澜岸花园一期", "part": "屋面渗漏", "d": date(2025, 3, 4), "repairer": subs["防水"]},
         "waterproofing_beyond_5_years"),
        ({"project": "澜岸花园一期", "part": "卫生间渗漏", "d": date(2025, 5, 13)}, "waterproofing_beyond_5_years"),
        # injected: repaired before the owner's report was entered
        ({"project": "滨江壹号", "part": "强弱电线路", "d": date(2025, 3, 19), "fix_before_report": True,
          "note": "总包巡查时已处理，补录"}, "complaint-warranty_repair"),
        ({"project": "云栖府", "part": "卫生间渗漏", "d": date(2025, 5, 22), "fix_before_report": True,
          "repairer": subs["防水"], "note": "补录工单"}, "complaint-warranty_repair"),
    ]
    order = list(range(len(specs)))
    rng.shuffle(order)
    rules = {}
    for i in order:
        kw, rule = specs[i]
        kw = dict(kw)
        if "accident" in kw:
            kw["t_report"] = kw["accident"][0] + timedelta(minutes=rng.randint(8, 40))
        r, _ = case(**kw)
        rows.append(r)
        rules[id(r)] = rule
    rows.sort(key=lambda r: r["报事时间"])
    for r in rows:
        key = r["报事时间"].strftime("%Y%m%d")
        seq[key] = seq.get(key, 0) + 1
        r["报修单号"] = f"BX{key}{seq[key]:03d}"
        if rules[id(r)] and injected is not None:
            injected.append((r["报修单号"], rules[id(r)]))

    gcs = {gc: "contractor" for _, _, gc in projects.values()}
    hand = {
        "procedure": "l5-construction-quality-regulation",
        "columns": {
            "报修单号": "case_number",
            "问题部位": "component",
            "报事时间": "complaint_at",
            "受理时间": "received_at",
            "竣工验收日期": "completion_accepted_at",
            "延长保修": "warranty_agreed_longer",
            "是否在保修期": "within_warranty",
            "事件发生时间": "accident_at",
            "上报住建局时间": "accident_report_at",
        },
        "values": {
            "component": {
                "屋面渗漏": "waterproofing", "卫生间渗漏": "waterproofing", "外墙渗水": "waterproofing",
                "给排水管道": "pipes_installation_fitout", "强弱电线路": "pipes_installation_fitout",
                "墙面空鼓开裂": "pipes_installation_fitout", "地砖空鼓": "pipes_installation_fitout",
                "门窗": "pipes_installation_fitout", "外墙饰面砖脱落": "pipes_installation_fitout",
                "地暖": "heating_cooling", "主体结构裂缝": "foundation_structure",
                "单元门雨棚": "other", "阳台栏杆": "other",
            },
            "warranty_agreed_longer": {"是": "yes", "否": "no"},
            "within_warranty": {"是": "yes", "否": "no"},
        },
        "roles": {**gcs, **{v: "contractor" for v in subs.values()}, DEV: "developer"},
        "outcomes": {
            "是否在保修期": {"date": "维修完成时间", "by": "维修单位", "steps": {"是": "warranty_repair"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("280-l2-district-amr-12315-workorders.csv", "gb18030", e280_l2_district_amr_12315_workorders),
    ("281-l5-developer-repair-ledger.xlsx", "xlsx", e281_l5_developer_repair_ledger),
]
