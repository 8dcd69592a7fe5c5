"""Starter-profile benchmark exports 244-245 (set 42a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 244 245    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, nth_workday_after, slash


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _wd(rng, t, k, lo_h=9, hi_h=17):
    """An office-hours time on the k-th working day after t's date (k=0: t's own day, later than t)."""
    d = nth_workday_after(t.date() if isinstance(t, datetime) else t, k)
    u = _at(rng, d, lo_h, hi_h)
    if isinstance(t, datetime) and u <= t:
        u = t + timedelta(minutes=rng.randint(20, 90))
    return u


def _cut(t):
    return None if t is None or t > CUTOFF else t


# --- 244: a county market-regulation bureau's 12315 complaint and report register ------------------------------

UNITS_244 = ["消保科", "城关市场监管所", "湖滨市场监管所", "新桥市场监管所"]
MERCHANTS_244 = [
    ("青溪县惠民购物广场", "青溪县城关镇人民路188号"), ("青溪县万家福超市湖滨店", "青溪县湖滨镇滨江路26号"),
    ("青溪县鑫源家电商行", "青溪县城关镇解放街72号"), ("青溪县悦动健身会所", "青溪县城关镇文昌路9号三楼"),
    ("青溪县启明教育培训中心", "青溪县新桥镇学府路15号"), ("青溪县顺达汽车销售服务有限公司", "青溪县经济开发区纬二路8号"),
    ("青溪县老灶台餐饮店", "青溪县湖滨镇渔港路3号"), ("青溪县丽人美容美体店", "青溪县城关镇中山北路41号"),
    ("青溪县新桥建材市场鸿发瓷砖店", "青溪县新桥镇建材市场B区12号"), ("青溪县通达手机连锁店", "青溪县城关镇人民路96号"),
    ("青溪县宝宝乐母婴用品店", "青溪县湖滨镇商业街18号"), ("青溪县康宁大药房", "青溪县新桥镇振兴路52号"),
    ("青溪县优品家居馆（网店）", "青溪县电商产业园2号楼305室"), ("青溪县金福珠宝店", "青溪县城关镇步行街6号"),
]
ISSUES_244 = [
    ("购买的电热水壶使用两周底座漏电，商家以人为损坏为由拒绝退换", "退货退款"),
    ("办理健身年卡后门店停业装修三个月，要求退还剩余卡费遭拒", "退还预付卡余额"),
    ("网购沙发到货后发现色差严重且有划痕，商家只同意补偿50元", "退货退款"),
    ("新车交付一个月发动机故障灯常亮，4S店维修两次未修好", "更换车辆或赔偿损失"),
    ("在餐馆就餐后出现腹泻，怀疑食材不新鲜，要求赔偿医药费", "赔偿医药费"),
    ("培训机构承诺不满意全额退费，实际只退一半", "按约定全额退费"),
    ("购买的瓷砖铺贴后大面积空鼓开裂，商家称是施工问题", "更换瓷砖并赔偿人工费"),
    ("美容店办卡时口头承诺的项目实际另收费", "退还多收费用"),
    ("手机购买七天内屏幕出现亮线，门店拒绝退换", "更换新机"),
    ("金饰称重与发票重量不符，少了0.3克", "补足差价"),
    ("母婴店销售的奶粉临近保质期未提示", "退货并赔偿"),
    ("药店销售的保健品宣称能治疗高血压，服用后无效", "退货退款"),
]
REPORTS_244 = [
    "超市销售过期酸奶，货架上有多盒已过保质期",
    "药店通过微信群宣传保健品具有治疗作用",
    "餐饮店后厨卫生条件差，无健康证人员上岗",
    "手机店销售翻新机冒充新机",
    "培训机构发布虚假招生广告，宣称“包过”",
    "珠宝店黄金饰品以次充好",
    "建材市场商户使用未经检定的电子秤",
    "网店刷单好评、虚构交易",
    "美容店无证从事医疗美容项目",
]
ADDRESSES_244 = ["城关镇阳光花园", "城关镇锦绣华庭", "湖滨镇滨江苑", "新桥镇幸福里小区", "城关镇文昌新村",
                 "湖滨镇渔港新村", "新桥镇翠湖名邸", "城关镇东方明珠小区"]
GROUNDS_244 = {     # the register's own words for why mediation was terminated
    "withdrawn_or_settled": "投诉人撤诉/双方和解",
    "refused_mediation": "被诉方拒绝调解",
    "no_agreement_possible": "双方分歧较大无法达成协议",
    "testing_disagreement": "检测费用协商不成",
    "period_expired": "超45个工作日未达成协议",
    "ineligible_found": "受理后发现不属受理范围",
}


def e244_l2_county_12315_register(rng, injected=None):
    """青溪县市场监督管理局 12315 投诉举报处置台账（县局自建登记系统导出为 XLSX，工作表“导出”）。
    投诉、举报同表登记，“诉求类别”区分；“登记时间”是收到投诉（举报）的时间，“受理结论”与“受理审查日期”、
    “承办单位”一起记受理或不予受理的决定。日期为 Excel 日期时间单元格。
    承办单位是县局消保科和三个市场监管所（所以县局名义办理投诉，审计时按县级部门 county_amr 对待），
    调解可委托县消保委（mediation_org）；“市局12315指挥中心”是统一接收机构（intake_office），不应自行受理。

    读制度 YAML 之前写下的表头：工单编号、登记时间、来源渠道、诉求类别、诉求人、联系电话、通讯地址、被诉主体、
    被诉主体地址、问题描述、承办单位、承办人、受理结论、受理审查日期、告知投诉人日期、不予受理理由、调解方式、
    调解日期、调解结果、终止原因、调解结束日期、终止告知日期、调解书日期、实名举报、立案决定日期、告知举报人日期、
    举报处理结果、发现违法线索日期、线索核查办结日期
    读过制度 YAML 后补的列：具体诉求（第九条的投诉请求，原先并在问题描述里）、问题发生日期（三年期限的起点）、
    他处已受理（第十五条（二））、调解通知日期（现场调解提前告知）、调解主持单位、送检日期、检测报告日期、
    调解笔录（未制作调解书时的调解记录）、核查延期（线索核查的特殊情况延长）

    注入的违规（按规则 id 计数，共 20）：acceptance_decision_7wd 3（两件告知晚于七个工作日，一件至今未决定）、
    mediation_45wd 2（一件超期才达成协议，一件受理后四十五个工作日仍未结束）、termination_notice_7wd 2（一件告知晚，
    一件至今未告知）、clue_check_15wd 1、reporter_notice_5wd 1、nine_complainant_address 1、nine_respondent_address 1、
    onsite_mediation_notice 1、mediation_record_without_document 1、not_covered_activities 1（“咨询”按投诉受理）、
    already_handled_elsewhere 1、over_three_years 1、notify_mediation-mediate 1（调解通知日期晚于调解日期）、
    case_number 1（重号）、complaint_by_county_amr 1（市局12315指挥中心自行受理）、real_name 1（取值“待核实”）
    陷阱：春节前收到、节后告知（日历十七天，仍在七个工作日内）；终止原因为“超45个工作日”的案件超过四十五个工作日才终止
    （该情形不适用四十五日条）；送检期间不计入，名义上超过四十五个工作日的调解仍在期限内；线索核查延期后在三十个工作日内办结；
    匿名举报未告知；受理后才发现已由他处受理、以“受理后发现不属受理范围”终止的；问题发生日期差几天满三年的受理；
    对收费问题、他处已受理和超过三年的投诉作出不予受理；近期受理尚未到期、近期收到尚未决定的案件。
    """
    inj = injected if injected is not None else []
    taken: set = set()
    staff = distinct_names(rng, 8, taken)
    people = dict(zip(UNITS_244, (staff[0:2], staff[2:4], staff[4:6], staff[6:8])))

    # (kind, tag): kind decides the flow, tag an injection ("x_…") or a trap ("t_…")
    plans = [("refused", None)] * 3 + [("refused", "t_fee"), ("refused", "t_old"), ("refused", "t_elsewhere"),
                                      ("refused", "x_notice_late")]
    plans += [("remote", None)] * 5 + [("remote", "x_no_record"), ("remote", "x_consult"), ("remote", "clue"),
                                       ("remote", "x_clue_late"), ("remote", "t_clue_ext"), ("remote", "x_accept_late"),
                                       ("remote", "x_intake"), ("remote", "x_late45"), ("remote", "t_testing"),
                                       ("remote", "x_elsewhere"), ("remote", "t_almost3y"), ("remote", "t_cny")]
    plans += [("onsite", None)] * 4 + [("onsite", "x_no_notice"), ("onsite", "x_notice_after"),
                                       ("onsite", "x_no_address"), ("onsite", "dup")]
    plans += [("terminated", None)] * 5 + [("terminated", "x_term_late"), ("terminated", "x_term_missing"),
                                           ("terminated", "t_expired"), ("terminated", "t_found_elsewhere"),
                                           ("terminated", "x_over3y"), ("terminated", "x_no_resp_address")]
    plans += [("open", None)] * 4 + [("open", "x_open45")]
    plans += [("new", None)] * 2 + [("new", "x_undecided")]
    plans += [("report", None)] * 3 + [("report", "t_anonymous")] * 2 + [("report", "undecided"),
                                                                        ("report", "x_report_late"),
                                                                        ("report", "x_realname_value")]

    def receive_day(kind, tag):
        if tag == "t_cny":
            return date(2025, 1, 24)
        if tag in ("x_late45", "t_testing", "t_expired", "x_open45"):
            return _rand_day(rng, date(2025, 1, 6), date(2025, 3, 7))
        if tag in ("clue", "x_clue_late", "t_clue_ext"):
            return _rand_day(rng, date(2025, 1, 6), date(2025, 3, 21))
        if kind == "open":
            return _rand_day(rng, date(2025, 5, 12), date(2025, 6, 13))
        if kind == "new":
            return _rand_day(rng, date(2025, 6, 24), date(2025, 6, 27)) if tag is None else date(2025, 6, 9)
        if kind == "refused":
            return _rand_day(rng, date(2025, 1, 6), date(2025, 6, 13))
        if kind == "report":
            return _rand_day(rng, date(2025, 6, 19), date(2025, 6, 26)) if tag == "undecided" \
                else _rand_day(rng, date(2025, 1, 6), date(2025, 5, 16))
        return _rand_day(rng, date(2025, 1, 6), date(2025, 4, 18))

    staged = []
    for kind, tag in plans:
        d = receive_day(kind, tag)
        channel = pick(rng, [("全国12315平台", 5), ("12315热线", 3), ("来信", 1), ("窗口来访", 1)])
        if channel in ("全国12315平台",) and tag != "t_cny":
            t0 = _at(rng, d, 7, 23)          # the platform takes complaints at any hour
        else:
            if channel != "全国12315平台":
                while d.weekday() >= 5:
                    d += timedelta(days=1)
            t0 = _at(rng, d, 8.5, 17)
        staged.append((t0, kind, tag, channel))
    staged.sort(key=lambda s: s[0])

    names = distinct_names(rng, len(staged), taken)
    rows = []
    numbers = []
    for k, ((t0, kind, tag, channel), person) in enumerate(zip(staged, names), start=1):
        number = f"QX12315-2025-{k:04d}"
        if tag == "dup" and numbers:
            number = numbers[rng.randrange(max(1, len(numbers) - 6), len(numbers))]   # a recent number reused
            inj.append((number, "case_number"))
        numbers.append(number)
        unit = pick(rng, [("消保科", 2), ("城关市场监管所", 3), ("湖滨市场监管所", 2), ("新桥市场监管所", 2)])
        merchant, m_addr = rng.choice(MERCHANTS_244)
        issue, demand = rng.choice(ISSUES_244)
        r = {
            "工单编号": number, "登记时间": t0, "来源渠道": channel, "诉求类别": "投诉",
            "诉求人": person, "联系电话": mobile(rng),
            "通讯地址": f"青溪县{rng.choice(ADDRESSES_244)}{rng.randint(1, 18)}栋{rng.randint(1, 6)}0{rng.randint(1, 4)}室",
            "被诉主体": merchant, "被诉主体地址": m_addr, "问题描述": issue, "具体诉求": demand,
            "问题发生日期": (t0 - timedelta(days=rng.randint(1, 60))).date(), "他处已受理": "否",
            "承办单位": unit, "承办人": rng.choice(people[unit]),
            "受理结论": None, "受理审查日期": None, "告知投诉人日期": None, "不予受理理由": None,
            "调解方式": None, "调解通知日期": None, "调解日期": None, "调解主持单位": None,
            "送检日期": None, "检测报告日期": None, "调解结果": None, "终止原因": None,
            "调解结束日期": None, "终止告知日期": None, "调解书日期": None, "调解笔录": None,
            "发现违法线索日期": None, "线索核查办结日期": None, "核查延期": None,
            "实名举报": None, "立案决定日期": None, "举报处理结果": None, "告知举报人日期": None,
        }
        rows.append(r)

        if kind == "report":
            r["诉求类别"] = "举报"
            r["问题描述"] = rng.choice(REPORTS_244)
            for h in ("具体诉求", "问题发生日期", "他处已受理"):
                r[h] = None
            anonymous = tag == "t_anonymous"
            if anonymous:
                r["诉求人"] = r["联系电话"] = r["通讯地址"] = None
            r["实名举报"] = "否" if anonymous else "是"
            if tag == "undecided":
                r["举报处理结果"] = "核查中"
                continue
            decided = _wd(rng, t0, rng.randint(6, 14))
            r["立案决定日期"] = decided
            r["举报处理结果"] = pick(rng, [("立案", 2), ("不予立案", 3)])
            if anonymous:
                continue
            if tag == "x_report_late":
                r["告知举报人日期"] = _wd(rng, decided, rng.randint(7, 9))
                inj.append((number, "reporter_notice_5wd"))
            else:
                r["告知举报人日期"] = _wd(rng, decided, rng.randint(0, 4))
            if tag == "x_realname_value":
                r["实名举报"] = "待核实"
                inj.append((number, "real_name"))
            continue

        # --- complaints: the acceptance decision
        if kind == "new":
            if tag == "x_undecided":
                inj.append((number, "acceptance_decision_7wd"))
            continue
        if tag == "t_cny":
            decided = datetime(2025, 2, 7, 10, 20)
            notified = datetime(2025, 2, 10, 9, 35)          # the 7th working day after 24 January
        else:
            decided = _wd(rng, t0, rng.randint(1, 5))
            notified = _wd(rng, decided, rng.randint(0, 1))
            if notified.date() > nth_workday_after(t0.date(), 7):
                notified = decided + timedelta(minutes=rng.randint(30, 120))
        if tag in ("x_notice_late", "x_accept_late"):
            notified = _wd(rng, t0, rng.randint(9, 11))
            inj.append((number, "acceptance_decision_7wd"))
        r["受理审查日期"], r["告知投诉人日期"] = decided, notified

        if kind == "refused":
            r["受理结论"] = "不予受理"
            r["不予受理理由"] = rng.choice(["投诉人不能证明与被投诉人存在消费关系", "被投诉人不在本局管辖范围",
                                      "非生活消费需要", "投诉材料不全，经告知未补正"])
            if tag == "t_fee":
                r["诉求类别"] = "收费问题"
                r["被诉主体"], r["被诉主体地址"] = "青溪县不动产登记中心", "青溪县城关镇政务服务中心二楼"
                r["问题描述"], r["具体诉求"] = "办理不动产登记时被收取工本费，认为收费不合理", "退还费用"
                r["不予受理理由"] = "属行政事业性收费问题，已告知按信访渠道反映"
            elif tag == "t_old":
                r["问题发生日期"] = date(2021, rng.randint(1, 9), rng.randint(1, 28))
                r["不予受理理由"] = "知道权益受侵害之日起已超过三年"
            elif tag == "t_elsewhere":
                r["他处已受理"] = "是"
                r["不予受理理由"] = "同一争议已由县消费者协会调解处理"
            continue

        r["受理结论"] = "受理"
        if tag == "x_consult":
            r["诉求类别"] = "咨询"
            r["问题描述"] = "询问网购商品七日无理由退货的运费由谁承担，并称商家不同意退货"
            inj.append((number, "not_covered_activities"))
        if tag == "x_intake":
            r["承办单位"], r["承办人"] = "市局12315指挥中心", distinct_names(rng, 1, taken)[0]
            inj.append((number, "complaint_by_county_amr"))
        if tag == "x_elsewhere":
            r["他处已受理"] = "是"
            inj.append((number, "already_handled_elsewhere"))
        if tag == "x_over3y":
            r["问题发生日期"] = date(2021, rng.randint(3, 11), rng.randint(1, 28))
            inj.append((number, "over_three_years"))
        if tag == "t_almost3y":
            r["问题发生日期"] = (t0 - timedelta(days=3 * 365 - rng.randint(8, 20))).date()
        if tag == "x_no_address":
            r["通讯地址"] = None
            inj.append((number, "nine_complainant_address"))
        if tag == "x_no_resp_address":
            r["被诉主体地址"] = None
            inj.append((number, "nine_respondent_address"))

        host = r["承办单位"] if r["承办单位"] in UNITS_244 else rng.choice(UNITS_244[1:])
        if rng.random() < 0.3:
            host = "县消保委"
        limit45 = nth_workday_after(decided.date(), 45)

        if kind == "open":
            r["调解方式"] = pick(rng, [("电话调解", 3), ("在线视频调解", 1)])
            med = _cut(_wd(rng, decided, rng.randint(3, 8)))
            r["调解日期"], r["调解主持单位"] = med, (host if med else None)
            if tag == "x_open45":
                inj.append((number, "mediation_45wd"))
            continue

        if kind == "remote":
            r["调解方式"] = pick(rng, [("电话调解", 4), ("在线视频调解", 2)])
            med = _wd(rng, decided, rng.randint(2, 10))
            r["调解日期"], r["调解主持单位"] = med, host
            end = _wd(rng, med, rng.randint(0, 8))
            if tag == "x_late45":
                end = _wd(rng, decided, rng.randint(49, 53))
                inj.append((number, "mediation_45wd"))
            if tag == "t_testing":
                sent = _wd(rng, med, 1)
                back = _wd(rng, sent, rng.randint(12, 15))
                r["送检日期"], r["检测报告日期"] = sent, back
                end = _wd(rng, decided, rng.randint(49, 52))    # 45 working days plus most of the testing time
            r["调解结果"], r["调解结束日期"] = "达成协议", end
            r["调解笔录"] = None if tag == "x_no_record" else rng.choice(["电话调解录音已存档", "调解记录表已归档",
                                                                        "视频调解截图及记录已归档"])
            if tag == "x_no_record":
                inj.append((number, "mediation_record_without_document"))
            if tag in ("clue", "x_clue_late", "t_clue_ext"):
                found = _wd(rng, med, rng.randint(0, 2))
                r["发现违法线索日期"] = found
                wait = {"clue": rng.randint(4, 12), "x_clue_late": rng.randint(18, 21), "t_clue_ext": rng.randint(20, 27)}[tag]
                r["线索核查办结日期"] = _wd(rng, found, wait)
                r["核查延期"] = "是" if tag == "t_clue_ext" else "否"
                if tag == "x_clue_late":
                    inj.append((number, "clue_check_15wd"))
            assert end.date() <= limit45 or tag in ("x_late45", "t_testing")
            continue

        if kind == "onsite":
            r["调解方式"] = "现场调解"
            notice = _wd(rng, decided, rng.randint(1, 3))
            med = _wd(rng, notice, rng.randint(2, 5), 9, 11)
            r["调解通知日期"], r["调解日期"], r["调解主持单位"] = notice, med, host
            if tag == "x_no_notice":
                r["调解通知日期"] = None
                inj.append((number, "onsite_mediation_notice"))
            if tag == "x_notice_after":
                r["调解通知日期"] = _wd(rng, med, rng.randint(1, 2))
                inj.append((number, "notify_mediation-mediate"))
            end = med + timedelta(minutes=rng.randint(60, 150))
            r["调解结果"], r["调解结束日期"] = "达成协议", end
            r["调解书日期"] = _wd(rng, end, rng.randint(0, 2))
            r["调解笔录"] = rng.choice(["现场调解笔录已归档", None])
            continue

        # terminated
        ground = pick(rng, [("withdrawn_or_settled", 3), ("refused_mediation", 2), ("no_agreement_possible", 3),
                            ("testing_disagreement", 1)])
        if tag == "t_expired":
            ground = "period_expired"
        if tag == "t_found_elsewhere":
            ground = "ineligible_found"
            r["他处已受理"] = "是"
        if tag == "x_over3y" and ground == "withdrawn_or_settled":
            ground = "no_agreement_possible"
        if ground in ("no_agreement_possible", "testing_disagreement", "period_expired"):
            r["调解方式"] = pick(rng, [("电话调解", 2), ("现场调解", 1)])
            if r["调解方式"] == "现场调解":
                notice = _wd(rng, decided, rng.randint(1, 3))
                med = _wd(rng, notice, rng.randint(2, 4), 9, 11)
                r["调解通知日期"] = notice
            else:
                med = _wd(rng, decided, rng.randint(2, 8))
            r["调解日期"], r["调解主持单位"] = med, host
            end = _wd(rng, med, rng.randint(1, 10))
            if ground == "period_expired":
                end = _wd(rng, decided, rng.randint(46, 48))
        else:
            end = _wd(rng, decided, rng.randint(2, 12))
        r["调解结果"], r["终止原因"], r["调解结束日期"] = "终止调解", GROUNDS_244[ground], end
        if tag == "x_term_late":
            r["终止告知日期"] = _wd(rng, end, rng.randint(9, 12))
            inj.append((number, "termination_notice_7wd"))
        elif tag == "x_term_missing":
            inj.append((number, "termination_notice_7wd"))
        else:
            r["终止告知日期"] = _wd(rng, end, rng.randint(0, 5))

    for r in rows:     # nothing after the export was taken
        for h, v in r.items():
            if isinstance(v, datetime) and v > CUTOFF:
                raise AssertionError(f"{r['工单编号']} {h} {v} after the cutoff")

    hand = {
        "procedure": "l2-samr-complaints-and-reports",
        "sheet": "导出",
        "columns": {
            "工单编号": "case_number",
            "诉求类别": "category",
            "诉求人": "complainant",
            "联系电话": "contact_phone",
            "通讯地址": "address",
            "被诉主体": "respondent_name",
            "被诉主体地址": "respondent_address",
            "问题描述": "content",
            "具体诉求": "demand",
            "问题发生日期": "infringement_known_at",
            "他处已受理": "already_handled",
            "告知投诉人日期": "decision_notified_at",
            "调解方式": "mediation_mode",
            "调解通知日期": "notify_mediation_at",
            "调解日期": "mediate_at",
            "调解主持单位": "mediate_by",
            "送检日期": "testing_commissioned_at",
            "检测报告日期": "testing_completed_at",
            "调解结果": "mediation_outcome",
            "终止原因": "termination_ground",
            "调解结束日期": "end_mediation_at",
            "终止告知日期": "notify_termination_at",
            "调解书日期": "make_mediation_document_at",
            "调解笔录": "mediation_record",
            "发现违法线索日期": "find_clue_at",
            "线索核查办结日期": "verify_clue_at",
            "核查延期": "check_extended",
            "实名举报": "real_name",
            "立案决定日期": "decide_filing_at",
            "告知举报人日期": "notify_reporter_at",
        },
        "values": {
            "category": {"投诉": "complaint", "举报": "report", "咨询": "consultation",
                         "收费问题": "administrative_fee"},
            "already_handled": {"是": True, "否": False},
            "mediation_mode": {"现场调解": "onsite", "电话调解": "remote", "在线视频调解": "remote"},
            "mediation_outcome": {"达成协议": "agreement", "终止调解": "terminated"},
            "termination_ground": {label: ground for ground, label in GROUNDS_244.items()},
            "check_extended": {"是": True, "否": False},
            "real_name": {"是": True, "否": False},
        },
        "roles": {
            "消保科": "county_amr",
            "城关市场监管所": "county_amr",
            "湖滨市场监管所": "county_amr",
            "新桥市场监管所": "county_amr",
            "县消保委": "mediation_org",
            "市局12315指挥中心": "intake_office",
        },
        "outcomes": {
            "诉求类别": {"date": "登记时间",
                     "steps": {"投诉": "receive", "咨询": "receive", "收费问题": "receive", "举报": "receive_report"}},
            "受理结论": {"date": "受理审查日期", "by": "承办单位", "steps": {"受理": "accept", "不予受理": "refuse"}},
        },
    }
    return rows, hand


# --- 245: Wangdi appliances' after-sales service CRM ------------------------------------------------------------

AFTER_SALES_245 = ["售后服务部", "售后服务部-400热线", "售后服务部-网络客服组", "售后服务部-回访组"]
OTHER_DEPTS_245 = ["营销中心", "品质部", "研发中心", "生产部"]
PRODUCTS_245 = ["WD-BX518 对开门冰箱", "WD-XQG100 滚筒洗衣机", "WD-KFR35 挂式空调", "WD-RQ16 燃气热水器",
                "WD-YJ900 油烟机", "WD-WB25 微波炉", "WD-DFB40 电饭煲", "WD-JSQ60 电热水器"]
CITIES_245 = ["广州", "佛山", "东莞", "中山", "江门", "珠海", "惠州", "肇庆"]
TOPICS_245 = {     # what the customer said, and what the ticket was closed with
    "投诉": [("安装师傅迟到三小时且态度恶劣", "已致歉并对师傅考核"), ("维修后同一故障再次出现", "已重新上门维修，客户确认"),
           ("上门维修收费与价目表不符", "已退还多收费用"), ("配件等待超过两周仍未到货", "已加急调货并上门更换"),
           ("新机开箱发现外壳凹陷", "已更换整机"), ("热线多次占线无人接听", "已致歉并回电处理报修")],
    "市场投诉": [("经销商以旧换新补贴未兑现", "已协调经销商兑现补贴"), ("门店促销赠品未发放", "已补发赠品"),
             ("电商店铺发错型号拒绝退换", "已换货")],
    "咨询": [("询问清洗保养收费标准", "已电话答复"), ("询问延保服务如何购买", "已短信发送说明"),
           ("询问安装位置要求", "已电话答复")],
    "意见建议": [("建议洗衣机增加童锁提示音", "已记录并转达相关部门"), ("建议说明书增加图示", "已答复客户并致谢"),
             ("建议开通微信报修", "已记录并转达相关部门")],
}


def e245_s2_wangdi_service_crm(rng, injected=None):
    """旺迪电器售后服务部的服务工单系统（CRM）导出，CSV，GB18030 编码，日期写作 2025/3/4 9:05。
    一行一张服务单：接单、处理、回访、向相关部门转达客户意见各记部门和时间；售后服务部的各组
    （400热线、网络客服组、回访组）都是售后服务部门（after_sales），营销中心、品质部、研发中心、生产部是相关部门。

    读制度 YAML 之前写下的表头：服务单号、接单时间、接单渠道、接单人、客户姓名、联系电话、所在城市、产品型号、
    购买日期、单据类型、问题描述、处理部门、处理人、完成时间、处理结果、回访时间、回访人、满意度、重点客户、
    转达对象、转达时间
    读过制度 YAML 后补的列：接单部门（“接收和受理”由谁办理，原先只有接单人）、回访部门（原先只有回访人）、
    转达发起部门（向相关部门反馈由谁发起，原先只有转达对象）

    注入的违规（按规则 id 计数，共 14）：after_sales_collects 3（营销中心、品质部直接接单）、after_sales_handles 4
    （品质部、营销中心自行处理投诉）、after_sales_revisits 3（营销中心回访）、after_sales_feeds_back 2（营销中心
    自行转达研发中心）、case_number 2（系统同步生成的重号）
    陷阱：售后服务部各组的不同写法（都是售后服务部门）；转达对象是营销中心（发起的是售后服务部，不违规）；
    没有回访、没有转达的单子（制度没有要求每案回访、每案反馈）；尚未处理完的单子（处理部门为空）。
    """
    inj = injected if injected is not None else []
    taken: set = set()
    agents = distinct_names(rng, 6, taken)
    engineers = distinct_names(rng, 5, taken)
    visitors = distinct_names(rng, 2, taken)
    others = dict(zip(OTHER_DEPTS_245, ([n] for n in distinct_names(rng, 4, taken))))

    n = 52
    tags = [None] * n
    slots = rng.sample(range(1, n - 6), 14)     # the last week's tickets are often still open
    plan = ["collect"] * 3 + ["handle"] * 4 + ["revisit"] * 3 + ["feedback"] * 2 + ["dup"] * 2
    for i, tag in zip(slots, plan):
        tags[i] = tag
    free = [i for i in range(n) if tags[i] is None]
    for i in rng.sample(free, 3):
        tags[i] = "t_target_sales"         # a suggestion forwarded by after-sales to the sales centre: fine

    starts = sorted(_at(rng, _rand_day(rng, date(2025, 1, 3), date(2025, 6, 27)), 8.5, 21) for _ in range(n))
    customers = distinct_names(rng, n, taken)
    rows = []
    numbers = []
    for k, (t0, tag, customer) in enumerate(zip(starts, tags, customers)):
        number = f"WD-FW{t0:%y%m%d}{k + 11:03d}"
        kind = pick(rng, [("投诉", 5), ("市场投诉", 2), ("咨询", 2), ("意见建议", 2)])
        if tag in ("handle", "revisit") and kind not in ("投诉", "市场投诉"):
            kind = "投诉"
        if tag in ("feedback", "t_target_sales"):
            kind = "意见建议" if rng.random() < 0.6 else "投诉"
        if tag == "dup":
            number = numbers[rng.randrange(max(0, len(numbers) - 5), len(numbers))]
            inj.append((number, "case_number"))
        numbers.append(number)
        channel = pick(rng, [("400热线", 5), ("官网留言", 2), ("客服邮箱", 1), ("经销商转来", 1), ("微信公众号", 2)])
        collect_dept = {"400热线": "售后服务部-400热线", "官网留言": "售后服务部-网络客服组",
                        "客服邮箱": "售后服务部-网络客服组", "微信公众号": "售后服务部-网络客服组"}.get(channel, "售后服务部")
        collector = rng.choice(agents)
        if tag == "collect":
            collect_dept = rng.choice(["营销中心", "营销中心", "品质部"])
            collector = others[collect_dept][0]
            if collect_dept == "营销中心":
                channel = "经销商转来"
            inj.append((number, "after_sales_collects"))
        r = {
            "服务单号": number, "接单时间": slash(t0), "接单渠道": channel, "接单部门": collect_dept, "接单人": collector,
            "客户姓名": customer, "联系电话": mobile(rng), "所在城市": rng.choice(CITIES_245),
            "产品型号": rng.choice(PRODUCTS_245),
            "购买日期": (t0 - timedelta(days=rng.randint(10, 700))).strftime("%Y/%-m/%-d"),
            "单据类型": kind, "问题描述": None,
            "处理部门": "", "处理人": "", "完成时间": "", "处理结果": "",
            "回访时间": "", "回访部门": "", "回访人": "", "满意度": "", "重点客户": pick(rng, [("否", 5), ("是", 1)]),
            "转达对象": "", "转达发起部门": "", "转达时间": "",
        }
        r["问题描述"], result = rng.choice(TOPICS_245[kind])
        rows.append(r)

        done = t0 + timedelta(hours=rng.uniform(1, 30) if kind in ("咨询", "意见建议") else rng.uniform(20, 160))
        done = done.replace(second=0, microsecond=0)
        if done.hour < 8 or done.hour >= 21:
            done = (done + timedelta(hours=12)).replace(hour=rng.randint(9, 11))
        if done > CUTOFF or (t0 > datetime(2025, 6, 24) and tag is None and rng.random() < 0.6):
            assert tag in (None, "collect", "dup", "t_target_sales"), f"{number}: {tag} injection still open"
            continue   # still being handled
        dept, doer = "售后服务部", rng.choice(engineers if kind in ("投诉", "市场投诉") else agents)
        if tag == "handle":
            dept = rng.choice(["品质部", "营销中心"])
            doer = others[dept][0]
            inj.append((number, "after_sales_handles"))
        r["处理部门"], r["处理人"], r["完成时间"] = dept, doer, slash(done)
        r["处理结果"] = result

        if kind in ("投诉", "市场投诉") and (tag == "revisit" or rng.random() < 0.7):
            visit = done + timedelta(hours=rng.uniform(20, 90))
            visit = visit.replace(hour=rng.randint(9, 17), second=0, microsecond=0)
            if visit <= CUTOFF:
                vdept, vdoer = pick(rng, [("售后服务部-回访组", 4), ("售后服务部", 1)]), rng.choice(visitors)
                if tag == "revisit":
                    vdept, vdoer = "营销中心", others["营销中心"][0]
                    r["重点客户"] = "是"
                    inj.append((number, "after_sales_revisits"))
                r["回访时间"], r["回访部门"], r["回访人"] = slash(visit), vdept, vdoer
                r["满意度"] = pick(rng, [("非常满意", 3), ("满意", 4), ("一般", 2), ("不满意", 1)])
            elif tag == "revisit":
                raise AssertionError(f"{number}: revisit injection after the cutoff")

        if kind == "意见建议" or tag in ("feedback", "t_target_sales") or (kind == "投诉" and rng.random() < 0.25):
            sent = done + timedelta(hours=rng.uniform(1, 48))
            sent = sent.replace(hour=rng.randint(9, 17), second=0, microsecond=0)
            if sent <= CUTOFF:
                target = "营销中心" if tag == "t_target_sales" else rng.choice(["研发中心", "品质部", "生产部"])
                sender = "售后服务部"
                if tag == "feedback":
                    sender, target = "营销中心", "研发中心"
                    inj.append((number, "after_sales_feeds_back"))
                r["转达对象"], r["转达发起部门"], r["转达时间"] = target, sender, slash(sent)
            elif tag == "feedback":
                raise AssertionError(f"{number}: feedback injection after the cutoff")

    hand = {
        "procedure": "s2-wangdi-after-sales-service",
        "columns": {
            "服务单号": "case_number",
            "接单时间": "collect_at",
            "接单部门": "collect_by",
            "完成时间": "handle_at",
            "处理部门": "handle_by",
            "回访时间": "revisit_at",
            "回访部门": "revisit_by",
            "转达时间": "feedback_at",
            "转达发起部门": "feedback_by",
        },
        "roles": {**{d: "after_sales" for d in AFTER_SALES_245}, **{d: "related_departments" for d in OTHER_DEPTS_245}},
    }
    return rows, hand


EXPORTS = [
    ("244-l2-county-12315-register.xlsx", "xlsx", e244_l2_county_12315_register),
    ("245-s2-wangdi-service-crm.csv", "gb18030", e245_s2_wangdi_service_crm),
]
