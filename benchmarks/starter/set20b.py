"""Starter-profile benchmark exports 114-115 (set 20b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 114 115    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import (Case, pick, slash, person_name as _name, mobile as _mobile, distinct_names,
                          nth_workday_after, working_minutes)


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return working_minutes(t, CUTOFF)


def _wd(t, k, rng, lo=9, hi=17):
    """A time on the k-th working day after t's date (k=0: the same day, not before t), inside office hours."""
    d = nth_workday_after(t.date(), k)
    out = datetime(d.year, d.month, d.day, rng.randint(lo, hi - 1), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))
    if out <= t:
        out = t + timedelta(minutes=rng.randint(20, 90))
    return out


# --- 114: L2, a district market-regulation bureau's 12315 complaint and report register --------------------------

def e114_l2_district_amr(rng, injected=None):
    """临江区市场监督管理局 全国12315平台（工作人员端）“投诉举报件”导出（XLSX，日期时间列均为真正的日期时间单元格），
    按 L2《市场监督管理投诉举报处理暂行办法》审计。
    诉求类别：投诉 / 举报（另有 1 件登记为“咨询”）；信息来源：12315热线 / 全国12315平台 / 12315小程序 / 12345转办 / 来信 / 窗口来访。
    承办机构：城东、城西、江滨、临港开发区四个市场监管所（区局派出机构，以区局名义办理）、区局消费者权益保护科、区局执法稽查大队；
    市局消费者权益保护处（上级部门）提级办理 1 件；调解单位另有“区消保委城东分会”（受委托调解）。
    登记时间是平台（或市12345热线）登记的时间，分送时间是件到达本局承办机构的时间（审计人员据第十四条和分送规定，以分送时间为“收到投诉”）。
    先写下的列（未读制度 YAML）：登记编号、登记时间、诉求类别、信息来源、当事人姓名/电话/地址、被诉主体名称/地址、涉及客体、诉求内容摘要、
    承办机构、承办人、分送时间、受理情况、受理决定时间、受理告知时间、不予受理原因、调解方式、处理结果、终止调解时间（后并入办结时间）、
    终止调解告知时间、办结时间、挽回经济损失（元）、是否实名、立案情况、立案决定时间、告知举报人时间、发现违法线索时间、线索核查完成时间
    （写下时“日期”后来统一改成“时间”，“是否立案”改叫“立案情况”，“涉嫌违法线索”一列并入发现违法线索时间）。
    读过制度 YAML 后补的列：具体诉求（demand）、调解单位（mediate_by）、调解通知时间（notify_mediation_at，现场调解提前告知）、
    调解时间（mediate_at）、检测委托时间 / 检测完成时间（不计入调解期限）、终止调解原因（termination_ground）、是否即时履行、
    双方同意不制作调解书、调解书制作日期（make_mediation_document_at）、核查延期（check_extended）、办理状态。
    受理情况（受理/不予受理）与受理决定时间、承办机构写成 outcomes（accept / refuse 的时间和办理单位）；诉求类别同时写成 outcomes，
    投诉的分送时间是 receive_at，举报的是 receive_report_at，咨询件也按收到（receive）；处理结果（调解成功/终止调解）同时写成
    outcomes，办结时间只对这两种结果是调解结束（end_mediation）的时间（不予受理件、举报件的办结时间不是调解结束）。
    注入：登记编号重复 1 对；受理告知超过七个工作日 2 件（一件受理、一件不予受理）；受理后超过四十五个工作日仍未结束调解 2 件
    （一件调解成功但已超期，一件至 6 月 30 日仍在办理）；终止调解后超过七个工作日才告知 1 件；调解中发现的违法线索超过十五个工作日
    才核查完毕且未延期 1 件；实名举报立案决定后超过五个工作日才告知举报人 2 件；受理的投诉被诉主体地址空白 1 件；
    现场调解没有调解通知时间 1 件；现场调解达成协议、未即时履行也未约定不制作，却没有调解书 1 件；
    承办机构写“区消保委”却作出受理决定 1 件；诉求类别为“咨询”却受理 1 件。共 14 处。
    陷阱（不是违规）：12345转办件登记后四天多才分送到本局，按登记时间算超过七个工作日、按分送时间算在期限内 2 件；
    跨劳动节受理（4 月 28 日收到，5 月 7、8 日前后告知：日历上九、十天，工作日不超过五天）1 件；
    委托检测约二十个工作日，调解总时长超过四十五个工作日、扣除检测后在期限内 1 件；
    因第（五）项（四十五个工作日未达成协议）终止调解、终止时间在期限之后 1 件；核查延期、二十二个工作日核查完毕 1 件；
    匿名举报不告知；不予受理的投诉当事人地址空白（不予受理原因即未提供材料）1 件；市局提级办理 1 件；消保委分会受委托调解；
    电话/网络调解达成协议没有调解书；现场调解即时履行没有调解书。
    """
    n = 66
    taken: set = set()
    units = {
        "城东市场监管所": distinct_names(rng, 2, taken),
        "城西市场监管所": distinct_names(rng, 2, taken),
        "江滨市场监管所": distinct_names(rng, 2, taken),
        "临港开发区市场监管所": distinct_names(rng, 2, taken),
        "消费者权益保护科": distinct_names(rng, 1, taken),
        "执法稽查大队": distinct_names(rng, 2, taken),
    }
    city_unit, city_staff = "市局消费者权益保护处", distinct_names(rng, 1, taken)[0]
    xiaobao = "区消保委城东分会"
    xiaobao_staff = distinct_names(rng, 1, taken)[0]

    kinds = ["投诉" if rng.random() < 0.76 else "举报" for _ in range(n)]
    slots = list(range(3, n - 2))
    rng.shuffle(slots)
    complaints = [i for i in slots if kinds[i] == "投诉"]
    reports = [i for i in slots if kinds[i] == "举报"]
    # complaint injections and traps, each on its own row
    acc_late = complaints[0:2]
    med_late = complaints[2:4]
    term_late = complaints[4:5]
    clue_late = complaints[5:6]
    nine_missing = complaints[6:7]
    onsite_no_notice = complaints[7:8]
    doc_missing = complaints[8:9]
    xiaobao_accept = complaints[9:10]
    consult = complaints[10:11]
    t_12345 = complaints[11:13]
    t_holiday = complaints[13:14]
    t_testing = complaints[14:15]
    t_expired = complaints[15:16]
    t_clue_ext = complaints[16:17]
    t_refused_blank = complaints[17:18]
    t_city = complaints[18:19]
    rep_late = reports[:2]
    t_anon = reports[2:3]
    forced_accept = set(med_late + term_late + clue_late + nine_missing + onsite_no_notice + doc_missing +
                        xiaobao_accept + consult + t_testing + t_expired + t_clue_ext + t_city)
    early = set(med_late + term_late + t_testing + t_expired)          # these need a long run before 30 June

    sources = [("12315热线", 34), ("全国12315平台", 30), ("12315小程序", 12), ("12345转办", 12), ("来信", 4), ("窗口来访", 8)]
    goods = {
        "商品": [("某品牌羽绒服", "羽绒服穿着一周后大量钻绒，商家拒绝退货", "退货退款"),
               ("预包装食品", "购买的牛奶已过保质期仍在货架销售", "退款并赔偿"),
               ("电动自行车", "新车电池续航与宣传严重不符", "更换电池"),
               ("手机", "新购手机屏幕出现亮线，门店称人为损坏", "免费维修"),
               ("家具", "定制衣柜尺寸与合同不符，商家拖延整改", "按合同整改或退款"),
               ("黄金饰品", "金店称重与发票克重不一致", "补足差价")],
        "服务": [("预付卡消费", "健身房闭店，会员卡余额无法退还", "退还预付款余额"),
               ("美容美发", "办卡时承诺的护理项目未兑现，要求退卡被拒", "退卡退款"),
               ("教育培训", "培训机构停课后拒不退还剩余课时费", "退还剩余课时费"),
               ("汽车维修", "4S店保养后发动机异响，店方推诿", "免费检修"),
               ("餐饮服务", "饭店收取包间最低消费未事先告知", "退还多收费用"),
               ("装修服务", "装修公司延期交付且墙面开裂", "赔偿损失并返工")],
    }
    report_topics = [("无照经营", "小区底商一家棋牌室无营业执照经营"), ("虚假宣传", "直播间宣称保健食品可治疗糖尿病"),
                     ("价格违法", "超市标价签与结算价格不一致"), ("食品安全", "早餐店使用过期原料"),
                     ("计量违法", "菜市场摊位电子秤作弊"), ("商标侵权", "门店销售假冒知名品牌运动鞋")]
    shops = ["临江区{}便利店", "临江区{}餐饮店", "杭州{}健身管理有限公司", "临江{}家居经营部", "{}汽车销售服务有限公司",
             "临江区{}美容美发店", "{}教育科技有限公司", "临江区{}通讯器材店", "{}珠宝首饰店", "{}装饰工程有限公司"]
    shop_for = {"某品牌羽绒服": "临江区{}服饰店", "预包装食品": "临江区{}超市", "电动自行车": "临江区{}电动车行",
                "手机": "临江区{}通讯器材店", "家具": "临江{}家居经营部", "黄金饰品": "{}珠宝首饰店",
                "预付卡消费": "杭州{}健身管理有限公司", "美容美发": "临江区{}美容美发店", "教育培训": "{}教育科技有限公司",
                "汽车维修": "{}汽车销售服务有限公司", "餐饮服务": "临江区{}餐饮店", "装修服务": "{}装饰工程有限公司"}
    shop_words = ["锦程", "鑫悦", "恒达", "佳美", "华联", "润丰", "诚信", "瑞祥", "金帆", "明远", "百汇", "安和"]
    roads = ["江滨路", "临港大道", "解放东路", "文昌街", "新河路", "望江路", "钱塘路", "丰收路"]
    refuse_reasons = ["投诉事项不属于市场监管部门职责", "法院已受理同一争议", "非生活消费需要", "未提供被投诉人有效信息",
                      "知道权益受侵害之日起超过三年"]

    rows = []
    for i in range(n):
        kind = kinds[i]
        if i in early:
            day = datetime(2025, 1, 6) + timedelta(days=rng.randint(0, 40))
        elif i in t_holiday:
            day = datetime(2025, 4, 28)
        else:
            day = datetime(2025, 1, 6) + timedelta(days=int(158 * i / n) + rng.randint(0, 2))
        t_reg = day.replace(hour=rng.randint(8, 19), minute=rng.randint(0, 59))
        source = pick(rng, sources)
        if i in t_12345:
            source = "12345转办"
        if i in t_holiday:
            t_reg = day.replace(hour=10, minute=12)
            source = "12315热线"
        if source == "12345转办":
            lag = timedelta(days=4 if i in t_12345 else rng.choice([0, 1]), hours=rng.randint(1, 5))
        else:
            lag = timedelta(minutes=rng.randint(15, 180))
        t_recv = _cap(t_reg + lag) or (t_reg + lag)
        unit = rng.choice(list(units)[:4] + ["消费者权益保护科"])
        if kind == "举报":
            unit = rng.choice(list(units)[:4] + ["执法稽查大队", "执法稽查大队"])
        if i in t_city:
            unit = city_unit
        staff = city_staff if unit == city_unit else rng.choice(units[unit])
        if i in xiaobao_accept:
            unit, staff = "区消保委", xiaobao_staff
        category = "咨询" if i in consult else kind

        r = Case()
        r["登记编号"] = f"3301{'15' if source != '12345转办' else '99'}{t_reg:%Y%m%d}{rng.randint(100000, 999999)}"
        r["登记时间"] = t_reg
        r["诉求类别"] = category
        r["信息来源"] = source
        r["当事人姓名"] = _name(rng) if not (kind == "举报" and i in t_anon) else ""
        r["当事人电话"] = _mobile(rng)
        r["当事人地址"] = f"临江区{rng.choice(roads)}{rng.randint(1, 399)}号{rng.randint(1, 30)}幢{rng.randint(101, 2602)}室"
        obj = rng.choice(["商品", "服务"])
        item, text, demand = rng.choice(goods[obj])
        word = rng.choice(shop_words)
        r["被诉主体名称"] = (shop_for[item] if kind == "投诉" else rng.choice(shops)).format(word)
        r["被诉主体地址"] = f"临江区{rng.choice(roads)}{rng.randint(1, 600)}号"
        r["涉及客体"] = obj if kind == "投诉" else ""
        r["诉求内容摘要"] = f"{item}：{text}" if kind == "投诉" else "；".join(rng.choice(report_topics))
        r["具体诉求"] = demand if kind == "投诉" else ""
        r["承办机构"] = unit
        r["承办人"] = staff
        r["分送时间"] = t_recv
        for h in ["受理情况", "受理决定时间", "受理告知时间", "不予受理原因", "调解方式", "调解单位", "调解通知时间", "调解时间",
                  "检测委托时间", "检测完成时间", "处理结果", "终止调解原因", "是否即时履行", "双方同意不制作调解书",
                  "调解书制作日期", "终止调解告知时间", "发现违法线索时间", "线索核查完成时间", "核查延期", "挽回经济损失（元）",
                  "是否实名", "立案情况", "立案决定时间", "告知举报人时间", "办理状态", "办结时间"]:
            r[h] = None

        if kind == "举报":
            real = i not in t_anon and rng.random() < 0.65 or i in rep_late
            r["是否实名"] = "实名" if real else "匿名"
            if not real:
                r["当事人姓名"] = ""
                r["当事人电话"] = ""
                r["当事人地址"] = ""
            decide = _wd(t_recv, rng.randint(3, 12), rng)
            if decide <= CUTOFF - timedelta(days=10):
                r["立案情况"] = pick(rng, [("立案", 45), ("不予立案", 55)])
                r["立案决定时间"] = decide
                if real:
                    k = rng.randint(0, 3) if i not in rep_late else rng.randint(7, 9)
                    r["告知举报人时间"] = _wd(decide, k, rng)
                r["处理结果"] = "立案查处" if r["立案情况"] == "立案" else "不予立案"
                r["办理状态"] = "已办结"
                r["办结时间"] = r["告知举报人时间"] or _wd(decide, 1, rng)
            else:
                r["办理状态"] = "办理中"
            rows.append(r)
            continue

        # --- complaints (and the one consultation registered like one)
        accept = i in forced_accept or (i not in t_refused_blank and rng.random() < 0.85)
        if i in t_refused_blank:
            r["当事人地址"] = ""
        k_dec = rng.randint(0, 4)
        if i in t_12345:
            k_dec = 5
        if i in t_holiday:
            k_dec = 4                     # 4-28 → 5-7: nine calendar days, four working days
        decision = _wd(t_recv, k_dec, rng)
        notified = _wd(decision, rng.randint(0, 1), rng) if k_dec < 6 else decision
        if i in acc_late:
            notified = _wd(t_recv, rng.randint(9, 11), rng)
            decision = _wd(t_recv, rng.randint(2, 5), rng)
        r["受理情况"] = "受理" if accept else "不予受理"
        r["受理决定时间"] = decision
        r["受理告知时间"] = notified
        if not accept:
            r["不予受理原因"] = "未提供本人通讯地址等材料" if i in t_refused_blank else rng.choice(refuse_reasons)
            r["处理结果"] = "不予受理"
            r["办理状态"] = "已办结"
            r["办结时间"] = notified
            rows.append(r)
            continue
        if i in nine_missing:
            r["被诉主体地址"] = ""
        mode = pick(rng, [("电话调解", 50), ("现场调解", 32), ("网络调解", 18)])
        if i in onsite_no_notice or i in doc_missing:
            mode = "现场调解"
        r["调解方式"] = mode
        r["调解单位"] = xiaobao if (rng.random() < 0.12 and i not in xiaobao_accept and i not in t_city) else unit
        mediate = _wd(decision, rng.randint(1, 8), rng)
        r["调解时间"] = mediate
        if mode == "现场调解" and i not in onsite_no_notice:
            r["调解通知时间"] = _wd(decision, 0, rng) if mediate.date() > decision.date() else decision
        pause = 0
        if i in t_testing:
            commissioned = _wd(mediate, 1, rng)
            completed = _wd(commissioned, 21, rng)
            r["检测委托时间"] = commissioned
            r["检测完成时间"] = completed
            end = _wd(decision, 52, rng)
            pause = 21
        elif rng.random() < 0.06 and i not in early:
            commissioned = _wd(mediate, 1, rng)
            completed = _wd(commissioned, rng.randint(3, 8), rng)
            r["检测委托时间"] = commissioned
            r["检测完成时间"] = completed
            end = _wd(completed, rng.randint(1, 5), rng)
        else:
            end = _wd(mediate, rng.randint(0, 12), rng)
        agree = rng.random() < 0.62
        if i in term_late or i in t_expired:
            agree = False
        if i in doc_missing or i in med_late[:1]:
            agree = True
        if i in med_late:
            end = _wd(decision, 50 + rng.randint(0, 4), rng)
        if i in t_expired:
            end = _wd(decision, 46, rng)
        if i in med_late[1:]:
            end = None
        if end is not None and end > CUTOFF:
            end = None
        if end is None:
            r["办理状态"] = "办理中"
            if i not in med_late and nth_workday_after(decision.date(), 45 + pause) < datetime(2025, 7, 1).date():
                raise AssertionError("an open mediation would be overdue")
            r["处理结果"] = "调解中"
            rows.append(r)
            continue
        r["办理状态"] = "已办结"
        r["办结时间"] = end
        if agree:
            r["处理结果"] = "调解成功"
            r["挽回经济损失（元）"] = rng.choice([120, 260, 399, 580, 800, 1200, 1688, 2300, 3600, 5000])
            if mode == "现场调解":
                immediate = i not in doc_missing and rng.random() < 0.45
                r["是否即时履行"] = "是" if immediate else "否"
                r["双方同意不制作调解书"] = "否"
                if not immediate and i not in doc_missing:
                    r["调解书制作日期"] = end
        else:
            r["处理结果"] = "终止调解"
            ground = pick(rng, [("投诉人撤回投诉", 20), ("双方自行和解", 25), ("被投诉人明确拒绝调解", 25),
                                ("双方明确表示无法达成调解协议", 30)])
            if i in t_expired:
                ground = "45个工作日内未能达成调解协议"
            r["终止调解原因"] = ground
            k = rng.randint(0, 4) if i not in term_late else rng.randint(9, 11)
            tell = _wd(end, k, rng)
            if tell > CUTOFF:
                tell = _wd(end, 0, rng)
            r["终止调解告知时间"] = tell
        if (i in clue_late or i in t_clue_ext or (rng.random() < 0.08 and end < CUTOFF - timedelta(days=45))):
            r["发现违法线索时间"] = mediate
            k = rng.randint(4, 13)
            if i in clue_late:
                k = rng.randint(19, 21)
            if i in t_clue_ext:
                k = 22
            r["线索核查完成时间"] = _wd(mediate, k, rng)
            r["核查延期"] = "是" if i in t_clue_ext else "否"
        rows.append(r)

    # a repeated 登记编号: the 12345 hotline pushed the same item twice and the second copy kept the number
    busy = set(forced_accept) | set(acc_late + rep_late + t_12345 + t_holiday + t_refused_blank + t_anon)
    dup_src = next(k for k in range(25, 50) if k not in busy and k + 1 not in busy and kinds[k] == kinds[k + 1] == "投诉")
    rows[dup_src + 1]["登记编号"] = rows[dup_src]["登记编号"]
    if injected is not None:
        num = lambda i: rows[i]["登记编号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        injected += [(num(i), "acceptance_late") for i in acc_late]
        injected += [(num(i), "mediation_over_45wd") for i in med_late]
        injected += [(num(i), "termination_notice_late") for i in term_late]
        injected += [(num(i), "clue_check_late") for i in clue_late]
        injected += [(num(i), "reporter_notice_late") for i in rep_late]
        injected += [(num(i), "respondent_address_missing") for i in nine_missing]
        injected += [(num(i), "onsite_without_notice") for i in onsite_no_notice]
        injected += [(num(i), "no_mediation_document") for i in doc_missing]
        injected += [(num(i), "accepted_by_consumer_council") for i in xiaobao_accept]
        injected += [(num(i), "consultation_accepted") for i in consult]

    rows.sort(key=lambda r: r["登记时间"])           # the platform lists items by registration time
    amr = list(units) + [city_unit]
    hand = {
        "procedure": "l2-samr-complaints-and-reports",
        "columns": {
            "登记编号": "case_number",
            "诉求类别": "category",
            "当事人姓名": "complainant",
            "当事人电话": "contact_phone",
            "当事人地址": "address",
            "被诉主体名称": "respondent_name",
            "被诉主体地址": "respondent_address",
            "诉求内容摘要": "content",
            "具体诉求": "demand",
            "受理告知时间": "decision_notified_at",
            "调解方式": "mediation_mode",
            "调解单位": "mediate_by",
            "调解通知时间": "notify_mediation_at",
            "调解时间": "mediate_at",
            "检测委托时间": "testing_commissioned_at",
            "检测完成时间": "testing_completed_at",
            "处理结果": "mediation_outcome",
            "终止调解原因": "termination_ground",
            "是否即时履行": "performed_immediately",
            "双方同意不制作调解书": "no_document_agreed",
            "调解书制作日期": "make_mediation_document_at",
            "终止调解告知时间": "notify_termination_at",
            "发现违法线索时间": "find_clue_at",
            "线索核查完成时间": "verify_clue_at",
            "核查延期": "check_extended",
            "是否实名": "real_name",
            "立案决定时间": "decide_filing_at",
            "告知举报人时间": "notify_reporter_at",
        },
        "values": {
            "category": {"投诉": "complaint", "举报": "report", "咨询": "consultation"},
            "mediation_mode": {"现场调解": "onsite", "电话调解": "remote", "网络调解": "remote"},
            "mediation_outcome": {"调解成功": "agreement", "终止调解": "terminated", "调解中": "", "不予受理": "",
                                  "立案查处": "", "不予立案": ""},
            "termination_ground": {"投诉人撤回投诉": "withdrawn_or_settled", "双方自行和解": "withdrawn_or_settled",
                                   "被投诉人明确拒绝调解": "refused_mediation",
                                   "双方明确表示无法达成调解协议": "no_agreement_possible",
                                   "45个工作日内未能达成调解协议": "period_expired"},
            "performed_immediately": {"是": True, "否": False},
            "no_document_agreed": {"是": True, "否": False},
            "check_extended": {"是": True, "否": False},
            "real_name": {"实名": True, "匿名": False},
        },
        "roles": {**{u: "county_amr" for u in amr[:-1]}, city_unit: "higher_amr",
                  xiaobao: "mediation_org", "区消保委": "mediation_org"},
        "outcomes": {
            "诉求类别": {"date": "分送时间", "steps": {"投诉": "receive", "咨询": "receive", "举报": "receive_report"}},
            "受理情况": {"date": "受理决定时间", "by": "承办机构", "steps": {"受理": "accept", "不予受理": "refuse"}},
            "处理结果": {"date": "办结时间", "steps": {"调解成功": "end_mediation", "终止调解": "end_mediation"}},
        },
    }
    return rows, hand


# --- 115: S40, a property-management company's complaint ledger (customer-service centre) -------------------------

def e115_s40_property_ledger(rng, injected=None):
    """杭州禾润物业服务有限公司 客户服务中心“客户投诉台账”（Excel 台账另存为 CSV，GBK），按 S40《投诉处理管理办法》审计。
    日期写法：2025/3/4 9:12（slash）。项目：禾润·桂语苑 / 禾润·江湾里 / 禾润·云栖府。
    投诉途径：来访（到物业服务中心）/ 现场（在小区内向当班员工当面投诉）/ 电话（管家或服务中心电话）/ 400热线（集团客服中心坐席）/
    信函 / 邮件 / 集团转办 / 12345转办；投诉类别：一类 / 二类 / 三类；责任部门：工程部 / 秩序维护部 / 环境部 / 客服中心（三类投诉由客服中心协调）。
    接待人、回访人写员工姓名（审计人员向人事核对名单）：前台 3 人、管家 3 人、秩序维护员 2 人、维修工 2 人、400坐席 2 人，
    运营管理部 3 人（回访专员 2 人、经理 1 人）。
    先写下的列（未读制度 YAML；括号里是后来改的名字）：序号、受理编号（投诉编号）、项目、房号、业主姓名、联系电话、投诉途径、投诉时间、
    接收人（接待人）、投诉内容、投诉类别、告知前台时间（转前台时间）、登记时间（派单时间：前台登记并派单，record_dispatch_at）、当场处理、
    上报上级时间（报主管时间）、责任部门、处理结果、处理完毕时间（完成时间）、结果登记时间（录入时间：record_result_at）、
    回访时间、回访方式、回访人、业主评价、备注。
    读过制度 YAML 后补的列：疑难投诉（hard_case）、上报经理时间（escalate_to_head_at）、
    回单时间（责任部门把过程、结果报前台：report_result_at）、回访情况（revisit_result）。
    “报主管时间”一列两用：当场处理=是 时是当场处理后向上级汇报（report_to_superior），=否 时是通知上级（notify_superior），写成 outcomes。
    完成时间即责任部门处理完毕（handle_at）。回访人按列单独映射（values.revisit_by）：运营管理部的人为 operations_mgmt，
    管家是客服中心前台接待人员（reception）；接待人列只写姓名，当事人 / 信息接收人员是岗位，不映射（不作判断）。
    注入：投诉编号重复 1 对；电话、邮件投诉超过 1 小时才转前台 2 件；当面投诉不能当场处理、超过 2 小时才报主管 2 件；
    回单后次日才录入 1 件；完成后超过 3 天才回访 2 件；由管家（不是运营管理部）回访 1 件；当场处理却没有向上级汇报的记录 1 件；
    12345转办却没有上报经理 1 件；派单了却没有投诉类别 1 件；回访了却没有业主评价 1 件。共 13 处。
    陷阱（不是违规）：不能当场处理、1 小时 50 分报主管 1 件；信函 55 分钟转前台 1 件；完成后第 3 天下午回访 1 件；
    当场处理后两三个小时才报主管（汇报没有时限）；疑难投诉已上报经理；三类投诉由客服中心协调处理；6 月底新收、尚未处理或尚未回访的投诉；
    运营管理部经理本人回访。
    """
    n = 62
    taken: set = set()
    front = distinct_names(rng, 3, taken)
    butlers = distinct_names(rng, 3, taken)
    guards = distinct_names(rng, 2, taken)
    fixers = distinct_names(rng, 2, taken)
    seats = distinct_names(rng, 2, taken)
    ops = distinct_names(rng, 3, taken)          # ops[2] is the 运营管理部经理
    projects = [("禾润·桂语苑", 16), ("禾润·江湾里", 22), ("禾润·云栖府", 12)]
    channels = [("来访", 26), ("现场", 16), ("电话", 28), ("400热线", 12), ("信函", 3), ("邮件", 6),
                ("集团转办", 5), ("12345转办", 4)]
    chans = [pick(rng, channels) for _ in range(n)]
    slots = list(range(3, n - 5))               # the last rows are late-June cases still open
    rng.shuffle(slots)

    def take(pred, k):
        out = [i for i in slots if pred(chans[i])][:k]
        for i in out:
            slots.remove(i)
        return out

    in_person = ("来访", "现场")
    inform_late = take(lambda c: c in ("电话", "400热线"), 1) + take(lambda c: c == "邮件", 1)
    notify_late = take(lambda c: c in in_person, 2)
    record_late = take(lambda c: True, 1)
    revisit_late = take(lambda c: True, 2)
    revisit_wrong = take(lambda c: True, 1)
    onspot_no_report = take(lambda c: c in in_person, 1)
    escalate_missing = take(lambda c: c == "12345转办", 1)
    if not escalate_missing:
        escalate_missing = [slots.pop()]
        chans[escalate_missing[0]] = "12345转办"
    cat_blank = take(lambda c: c == "电话", 1)
    sat_blank = take(lambda c: True, 1)
    t_notify_110 = take(lambda c: c in in_person, 1)
    t_letter = take(lambda c: c == "信函", 1)
    if not t_letter:
        t_letter = [slots.pop()]
        chans[t_letter[0]] = "信函"
    t_day3 = take(lambda c: True, 1)
    not_on_spot = set(notify_late + t_notify_110)
    on_spot = set(onspot_no_report)

    issues = {   # (content, responsible department, what was done)
        "一类": [("保安对访客态度生硬，出言不逊", "秩序维护部", "已对当班保安批评教育并向业主道歉"),
               ("楼道保洁不到位，连续三天未拖地", "环境部", "已安排保洁补做并加强检查"),
               ("报修后维修人员未按约定时间上门", "工程部", "已重新预约上门维修完毕，对维修工考核"),
               ("管家微信消息一天未回复", "客服中心", "已向业主致歉，管家当日回复并跟进"),
               ("代收快递丢失", "客服中心", "已调取监控并联系快递公司赔偿"),
               ("夜间车库无人巡逻，车辆被剐蹭", "秩序维护部", "已调取监控协助业主报警，增加夜间巡查频次"),
               ("清晨修剪绿化噪音扰民", "环境部", "绿化修剪改为上午九点后进行"),
               ("地库出入口道闸频繁故障", "工程部", "已更换道闸电机")],
        "二类": [("卫生间楼板渗水至楼下", "工程部", "已联系施工单位返修，闭水试验合格"),
               ("外墙出现裂缝，雨天渗水", "工程部", "已联系施工单位外墙修补完成"),
               ("地下车库顶板渗漏", "工程部", "已注浆堵漏，持续观察"),
               ("入户门窗密封不严、漏风", "工程部", "已重新打胶并更换密封条"),
               ("阳台地漏反水", "工程部", "已疏通排水立管并更换地漏")],
        "三类": [("小区外道路夜间施工噪音", "客服中心", "已向街道、施工单位反映并书面答复业主"),
               ("市政停水未提前通知", "客服中心", "已向水务公司了解情况并在业主群公告"),
               ("第三方快递柜超时收费", "客服中心", "已联系快递柜运营方，延长免费保管时间"),
               ("临街餐饮油烟影响住户", "客服中心", "已向街道和环保部门反映，书面答复业主"),
               ("宽带运营商报修无人处理", "客服中心", "已联系运营商上门维修")],
    }
    revisit_words = {"满意": ["业主表示满意", "问题已解决，业主认可"], "基本满意": ["业主基本认可，希望加快响应", "问题已解决，对时效有意见"],
                     "不满意": ["业主认为处理不彻底，已转工程部复查", "业主仍有意见，要求书面答复"]}

    def same_day(t, cap_h, cap_m):
        return min(t, t.replace(hour=cap_h, minute=cap_m))

    rows = []
    base = datetime(2025, 1, 3, 8, 0)
    for i in range(n):
        ch = chans[i]
        if i >= n - 5:
            day = datetime(2025, 6, 25) + timedelta(days=i - (n - 5))
        else:
            day = base + timedelta(days=int(170 * i / (n - 5)) + rng.randint(0, 1))
        recv = day.replace(hour=rng.randint(8, 18), minute=rng.randint(0, 59))
        cls = pick(rng, [("一类", 55), ("二类", 28), ("三类", 17)])
        text, dept, done = rng.choice(issues[cls])
        if ch in in_person:
            receiver = rng.choice(front) if ch == "来访" else rng.choice(guards + fixers + butlers)
        elif ch == "电话":
            receiver = rng.choice(butlers)
        elif ch == "400热线":
            receiver = rng.choice(seats)
        elif ch == "信函":
            receiver = rng.choice(guards)
        elif ch == "邮件":
            receiver = rng.choice(butlers)
        else:
            receiver = rng.choice(front)
        higher = ch in ("集团转办", "12345转办")
        hard = higher or (rng.random() < 0.08 and i not in escalate_missing)
        r = Case()
        r["序号"] = i + 1
        r["投诉编号"] = f"HRWY-KS{recv:%y%m}-{i + 1:03d}"
        r["项目"] = pick(rng, projects)
        r["房号"] = f"{rng.randint(1, 18)}幢{rng.randint(1, 3)}单元{rng.randint(2, 26)}{rng.randint(1, 4):02d}"
        r["业主姓名"] = _name(rng) + rng.choice(["", "", "先生", "女士"])
        r["联系电话"] = _mobile(rng)
        r["投诉途径"] = ch
        r["投诉时间"] = slash(recv)
        r["接待人"] = receiver
        r["投诉内容"] = text
        r["投诉类别"] = cls if i not in cat_blank else ""
        for h in ["当场处理", "报主管时间", "转前台时间", "派单时间", "疑难投诉", "上报经理时间", "责任部门", "处理结果",
                  "完成时间", "回单时间", "录入时间", "回访时间", "回访方式", "回访人", "回访情况", "业主评价", "备注"]:
            r[h] = ""
        r["疑难投诉"] = "是" if hard else "否"
        r["责任部门"] = dept
        if hard and i not in escalate_missing:
            r["上报经理时间"] = slash(recv + timedelta(minutes=rng.randint(15, 90)))
        handle = None
        if ch in in_person:
            spot = i in on_spot or (i not in not_on_spot and rng.random() < 0.45 and cls == "一类")
            r["当场处理"] = "是" if spot else "否"
            if spot:
                handle = recv + timedelta(minutes=rng.randint(10, 40))
                if i not in onspot_no_report:
                    r["报主管时间"] = slash(same_day(handle + timedelta(minutes=rng.randint(10, 200)), 20, 30))
            else:
                notify = recv + timedelta(minutes=rng.randint(10, 100))
                if i in notify_late:
                    notify = recv + timedelta(minutes=rng.randint(150, 300))
                if i in t_notify_110:
                    notify = recv + timedelta(minutes=110)
                r["报主管时间"] = slash(notify)
                dispatch = notify + timedelta(minutes=rng.randint(10, 60))
                r["派单时间"] = slash(dispatch)
                handle = _cap(dispatch + timedelta(hours=rng.uniform(3, 80)))
        elif not higher:
            inform = recv + timedelta(minutes=rng.randint(5, 45))
            if i in inform_late:
                inform = recv + timedelta(minutes=rng.randint(90, 240))
            if i in t_letter:
                inform = recv + timedelta(minutes=55)
            r["转前台时间"] = slash(inform)
            dispatch = inform + timedelta(minutes=rng.randint(5, 40))
            r["派单时间"] = slash(dispatch)
            handle = _cap(dispatch + timedelta(hours=rng.uniform(2, 90)))
        else:
            dispatch = recv + timedelta(minutes=rng.randint(20, 120))
            r["派单时间"] = slash(dispatch)
            handle = _cap(dispatch + timedelta(hours=rng.uniform(24, 110)))
        if i >= n - 5 and i % 2 == 0:
            handle = None                          # received at the end of June, still being handled
        if handle is None:
            r["备注"] = "处理中"
            rows.append(r)
            continue
        handle = _cap(handle) or handle
        r["完成时间"] = slash(handle)
        r["处理结果"] = done
        report = _cap(handle + timedelta(minutes=rng.randint(10, 240))) or handle + timedelta(minutes=5)
        r["回单时间"] = slash(report)
        record = same_day(report + timedelta(minutes=rng.randint(5, 90)), 21, 30)
        if record < report:
            record = report + timedelta(minutes=3)
        if i in record_late:
            record = (report + timedelta(days=1)).replace(hour=9, minute=rng.randint(5, 50))
        r["录入时间"] = slash(record)
        revisit = record + timedelta(hours=rng.uniform(2, 50))
        if i in revisit_late:
            revisit = handle + timedelta(days=rng.uniform(4.5, 7))
        if i in t_day3:
            revisit = (handle + timedelta(days=3)).replace(hour=15, minute=20)
        revisit = working_minutes(revisit, CUTOFF)
        if revisit is None or revisit <= record:
            if handle.date() >= datetime(2025, 6, 28).date():
                r["备注"] = "待回访"
                rows.append(r)
                continue
            revisit = record + timedelta(hours=2)
        r["回访时间"] = slash(revisit)
        r["回访方式"] = pick(rng, [("电话回访", 80), ("上门回访", 20)])
        r["回访人"] = rng.choice(butlers) if i in revisit_wrong else pick(rng, [(ops[0], 45), (ops[1], 45), (ops[2], 10)])
        sat = pick(rng, [("满意", 62), ("基本满意", 28), ("不满意", 10)])
        r["回访情况"] = rng.choice(revisit_words[sat])
        r["业主评价"] = sat if i not in sat_blank else ""
        r["备注"] = rng.choice(["", "", "", "", "已拍照存档", "业主要求书面回复", "已纳入月度质量讲评"])
        rows.append(r)

    # a repeated 投诉编号: a row was copied down in the sheet and the number not changed
    busy = set(inform_late + notify_late + record_late + revisit_late + revisit_wrong + onspot_no_report +
               escalate_missing + cat_blank + sat_blank + t_notify_110 + t_letter + t_day3)
    dup_src = next(k for k in range(20, 45) if k not in busy and k + 1 not in busy and
                   rows[k]["投诉编号"][:12] == rows[k + 1]["投诉编号"][:12])
    rows[dup_src + 1]["投诉编号"] = rows[dup_src]["投诉编号"]
    if injected is not None:
        num = lambda i: rows[i]["投诉编号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        injected += [(num(i), "inform_reception_late") for i in inform_late]
        injected += [(num(i), "notify_superior_late") for i in notify_late]
        injected += [(num(i), "record_result_next_day") for i in record_late]
        injected += [(num(i), "revisit_late") for i in revisit_late]
        injected += [(num(i), "revisit_not_by_operations") for i in revisit_wrong]
        injected += [(num(i), "on_spot_not_reported") for i in onspot_no_report]
        injected += [(num(i), "not_escalated_to_head") for i in escalate_missing]
        injected += [(num(i), "category_missing") for i in cat_blank]
        injected += [(num(i), "satisfaction_missing") for i in sat_blank]

    hand = {
        "procedure": "s40-property-complaint-handling",
        "columns": {
            "投诉编号": "case_number",
            "投诉途径": "channel",
            "投诉时间": "receive_at",
            "接待人": "receive_by",
            "投诉内容": "content",
            "投诉类别": "category",
            "当场处理": "resolved_on_spot",
            "转前台时间": "inform_reception_at",
            "派单时间": "record_dispatch_at",
            "疑难投诉": "hard_case",
            "上报经理时间": "escalate_to_head_at",
            "责任部门": "handle_by",
            "处理结果": "result",
            "完成时间": "handle_at",
            "回单时间": "report_result_at",
            "录入时间": "record_result_at",
            "回访时间": "revisit_at",
            "回访方式": "revisit_method",
            "回访人": "revisit_by",
            "回访情况": "revisit_result",
            "业主评价": "satisfaction",
        },
        "values": {
            "channel": {"来访": "in_person", "现场": "in_person", "电话": "phone", "400热线": "phone", "信函": "letter",
                        "邮件": "email", "集团转办": "higher_authority", "12345转办": "higher_authority"},
            "category": {"一类": "class_1", "二类": "class_2", "三类": "class_3"},
            "resolved_on_spot": {"是": True, "否": False},
            "hard_case": {"是": True, "否": False},
            "revisit_method": {"电话回访": "phone", "上门回访": "visit"},
            "revisit_by": {**{p: "operations_mgmt" for p in ops}, **{p: "reception" for p in butlers}},
        },
        "roles": {"工程部": "responsible_dept", "秩序维护部": "responsible_dept", "环境部": "responsible_dept",
                  "客服中心": "responsible_dept"},
        "outcomes": {
            "当场处理": {"date": "报主管时间", "steps": {"是": "report_to_superior", "否": "notify_superior"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("114-l2-district-12315-register.xlsx", "xlsx", e114_l2_district_amr),
    ("115-s40-property-complaint-ledger.csv", "gbk", e115_s40_property_ledger),
]
