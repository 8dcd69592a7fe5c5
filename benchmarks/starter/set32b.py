"""Starter-profile benchmark exports 186-187 (set 32b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 186 187    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _day(rng, lo=date(2025, 1, 6), hi=date(2025, 6, 20)):
    d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
    while not workday(d):
        d += timedelta(days=1)
    return d


def _wd(d):
    while not workday(d):
        d += timedelta(days=1)
    return d


def _wd_after(d, k):
    while k:
        d += timedelta(days=1)
        k -= workday(d)
    return d


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _slash(t):
    return "" if t is None else f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"


def _slash_date(d):
    return "" if d is None else f"{d.year}/{d.month}/{d.day}"


def _months_before(d, months, extra_days=0):
    y, m = d.year, d.month - months
    while m <= 0:
        m += 12
        y -= 1
    return date(y, m, min(d.day, 28)) - timedelta(days=extra_days)


# --- 186: L6, a provincial telecom-appeal acceptance centre's 《申诉案件登记台账》 (申诉受理系统 export, XLSX) ----------

_L6_RESPONDENTS = [
    ("中国移动通信集团湖北有限公司武汉分公司", "武汉市江汉区新华路特1号"),
    ("中国移动通信集团湖北有限公司宜昌分公司", "宜昌市西陵区东山大道108号"),
    ("中国联合网络通信有限公司武汉市分公司", "武汉市江岸区三阳路83号"),
    ("中国联合网络通信有限公司襄阳市分公司", "襄阳市樊城区人民路18号"),
    ("中国电信股份有限公司武汉分公司", "武汉市洪山区中北路227号"),
    ("中国电信股份有限公司荆州分公司", "荆州市沙市区北京中路125号"),
    ("中国广电湖北网络股份有限公司十堰分公司", "十堰市张湾区车城路9号"),
]
_L6_PLACES = [("武汉市洪山区珞喻路", "430074"), ("武汉市武昌区中南二路", "430071"), ("宜昌市伍家岗区夷陵大道", "443000"),
              ("襄阳市襄城区檀溪路", "441021"), ("荆州市荆州区荆中路", "434020"), ("十堰市茅箭区北京中路", "442000"),
              ("孝感市孝南区城站路", "432000"), ("黄石市下陆区团城山大道", "435000"), ("咸宁市咸安区温泉路", "437100")]
_L6_TYPES = {
    "收费争议": [("移动通信", "对未订购的视频彩铃包月费提出异议，要求退还", "本人未办理该业务，企业称系营业厅办理但无法提供签字凭证"),
                 ("固定宽带", "宽带拆机后仍按月扣费，要求退还多扣费用", "已于营业厅办理拆机，此后每月仍扣宽带费"),
                 ("移动通信", "国际漫游流量费与宣传资费不符，要求按宣传资费结算", "出境前营业员告知每日封顶，账单未封顶"),
                 ("增值电信", "第三方代收费未经确认即扣费，要求退费", "短信二次确认记录缺失"),
                 ("移动通信", "合约到期后套餐未经同意升档，要求退还差额", "合约到期后自动变更为高档套餐")],
    "服务质量": [("固定宽带", "宽带故障多次报修未修复，要求尽快修复并减免月租", "报修后上门时间一再推迟"),
                 ("移动通信", "营业厅拒绝办理销户，要求依法办理", "营业厅以存在合约为由拒绝销户"),
                 ("固定电话", "移机迟迟未办理，要求按约定时限办理", "缴费后超过约定时限仍未移机")],
    "网络质量": [("移动通信", "住所室内无信号，要求改善覆盖", "多次投诉后企业称已纳入规划但未有进展"),
                 ("固定宽带", "宽带速率长期达不到签约速率，要求整改或降档退费", "测速结果远低于签约速率")],
    "携号转网": [("移动通信", "携号转网被拒，要求解除限制办理携转", "企业以存在合约为由拒绝，本人合约已到期")],
    "个人信息保护": [("移动通信", "名下被开通副卡，要求注销并说明原因", "本人未办理副卡，营业厅无法提供办理记录")],
}

# special cases of export 186 and the receipt dates they need (the rest are ordinary cases)
_L6_SPECIALS = [
    ("decide_late", date(2025, 2, 17), date(2025, 3, 14)), ("decide_late", date(2025, 4, 7), date(2025, 4, 22)),
    ("reply_late", date(2025, 2, 10), date(2025, 4, 25)),
    ("reply_open_overdue", date(2025, 5, 12), date(2025, 5, 23)),
    ("fee_over5", date(2025, 1, 13), date(2025, 2, 28)), ("fee_over5", date(2025, 3, 3), date(2025, 4, 30)),
    ("settled_accepted", date(2025, 3, 3), date(2025, 4, 30)),
    ("repeat_accepted", date(2025, 1, 6), date(2025, 4, 30)),
    ("not_complained_accepted", date(2025, 2, 10), date(2025, 4, 30)),
    ("phone_no_written", date(2025, 1, 6), date(2025, 5, 20)),
    ("no_postcode", date(2025, 1, 6), date(2025, 5, 20)),
    ("no_resp_addr", date(2025, 1, 6), date(2025, 5, 20)),
    ("no_appeal_date", date(2025, 1, 6), date(2025, 5, 20)),
    ("no_complained_flag", date(2025, 1, 6), date(2025, 5, 20)),
    ("no_operator_handled", date(2025, 1, 6), date(2025, 5, 20)),
    ("reject_no_reason", date(2025, 1, 6), date(2025, 5, 20)),
    # traps (look like violations, are not)
    ("trap_fee_under5", date(2025, 2, 10), date(2025, 4, 30)),
    ("trap_other_14m", date(2025, 1, 6), date(2025, 4, 30)),
    ("trap_settled_rejected", date(2025, 1, 6), date(2025, 5, 20)),
    ("trap_repeat_rejected", date(2025, 1, 6), date(2025, 5, 20)),
    ("trap_fee_over5_rejected", date(2025, 1, 6), date(2025, 5, 20)),
    ("trap_no_interest_rejected", date(2025, 1, 6), date(2025, 5, 20)),
    ("trap_reply_restart", date(2025, 2, 10), date(2025, 5, 16)),
    ("trap_reply_day30", date(2025, 2, 10), date(2025, 5, 16)),
    ("trap_decide_festival", date(2025, 1, 24), date(2025, 1, 24)),
    ("trap_decide_mayday", date(2025, 4, 30), date(2025, 4, 30)),
    ("refer", date(2025, 1, 6), date(2025, 3, 31)), ("refer", date(2025, 3, 3), date(2025, 5, 30)),
    ("refer", date(2025, 6, 3), date(2025, 6, 24)),
]
_L6_INJECTED = {"decide_late", "reply_late", "reply_open_overdue", "fee_over5", "settled_accepted", "repeat_accepted",
                "not_complained_accepted", "phone_no_written", "no_postcode", "no_resp_addr", "no_appeal_date",
                "no_complained_flag", "no_operator_handled", "reject_no_reason"}


def e186_l6_provincial_appeal_register(rng, injected=None):
    """某省通信管理局电信用户申诉受理中心《申诉案件登记台账》，从申诉受理系统导出为 XLSX（工作表“导出”），
    日期为 Excel 日期单元格（只记日期，不记时刻）。

    按原文（35号令第九条至第十四条及省局时限说明）写下的表头：
    序号、申诉编号、收件日期、申诉方式、申诉人、联系电话、通信地址、邮政编码、被申诉企业、业务类别、申诉类型、
    申诉事项发生日期、是否已向企业投诉、企业投诉日期、企业处理情况、申诉请求、事实及理由、受理意见、不予受理理由、
    受理决定日期、告知申诉人日期、转办企业日期、企业回复日期、调解情况、答复申诉人日期、处理结果、承办人、审核人、
    办理状态、备注。

    读过制度 YAML 后补的列：申诉日期（申诉书落款/网上提交日期）、书面材料编号、被申诉企业地址、对企业处理结果、
    和解协议已履行、重复申诉、利害关系人、被申诉人明确、有具体请求和事实（受理条件审查的三项勾选）、材料补齐日期。

    44 个案件。注入的违规（规则 id × 件数）：decide_5_working_days ×2（7、8 个工作日才作决定）；reply_30_days ×2
    （一件 36 日以后才答复，一件 5 月受理、截至导出仍未答复）；fee_dispute_over_5_months ×2；
    settled_by_executed_agreement ×1；already_handled_by_appeal_body ×1；fails_article_10_conditions ×1（未向企业投诉
    却予以受理，同一件另报 tell_user_to_complain_first ×1）；written_form ×1（12300 来电登记，无书面材料）；
    record_postcode ×1；record_respondent_address ×1；record_appeal_date ×1；ask_prior_complaint ×1；
    ask_operator_response ×1；reject_reason_given ×1。共 17 项。
    陷阱（不是违规）：春节前 1 月 24 日、五一前 4 月 30 日收件，第 5 个工作日才决定；收费争议事项差两天满五个月；
    网络质量申诉事项已过 14 个月（其他申诉两年内可受理）；已和解并执行、重复申诉、收费争议超五个月、非机主本人无授权的四件都不予受理且写明理由；
    收件后第 38 日答复但第 12 日才补齐材料（从补齐之日起算）；收件后正好第 30 日答复；未向企业投诉的告知先向企业投诉。
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken: set = set()
    handlers = distinct_names(rng, 4, taken)
    reviewers = distinct_names(rng, 2, taken)

    plan = []
    for kind, lo, hi in _L6_SPECIALS:
        d = _day(rng, lo, hi) if lo != hi else lo
        if kind == "trap_reply_day30":
            while not workday(d + timedelta(days=30)):
                d = _wd_after(d, 1)
        plan.append((d, kind))
    plan += [(_day(rng, date(2025, 1, 3), date(2025, 5, 30)), "normal") for _ in range(8)]
    plan += [(_day(rng, date(2025, 6, 3), date(2025, 6, 27)), "normal") for _ in range(44 - len(plan))]
    plan.sort(key=lambda p: p[0])

    rows = []
    for i, (recv, kind) in enumerate(plan):
        seq = i + 1
        number = f"鄂通申2025-{seq:04d}"
        cat = pick(rng, [("收费争议", 4), ("服务质量", 2), ("网络质量", 2), ("携号转网", 1), ("个人信息保护", 1)])
        if kind in ("fee_over5", "trap_fee_under5", "trap_fee_over5_rejected"):
            cat = "收费争议"
        elif kind == "trap_other_14m":
            cat = "网络质量"
        biz, demand, fact = rng.choice(_L6_TYPES[cat])
        resp, resp_addr = rng.choice(_L6_RESPONDENTS)
        street, post = rng.choice(_L6_PLACES)
        channel = pick(rng, [("网上申诉", 6), ("信函", 2), ("传真", 1), ("来访递交", 1)])
        if kind == "phone_no_written":
            channel = "电话"
        elif kind == "no_appeal_date":
            channel = "信函"
        appeal = {"网上申诉": recv, "来访递交": recv, "电话": recv,
                  "信函": recv - timedelta(days=rng.randint(2, 5)),
                  "传真": recv - timedelta(days=rng.randint(0, 1))}[channel]
        written = {"网上申诉": f"WS{recv:%Y%m%d}{seq:03d}", "信函": f"XH2025-{seq:03d}", "传真": f"CZ2025-{seq:03d}",
                   "来访递交": f"LF2025-{seq:03d}", "电话": ""}[channel]

        # the complaint to the operator before the appeal
        complained = "否" if kind in ("refer", "not_complained_accepted") else "是"
        comp_day, handled, satis = None, "", ""
        if complained == "是":
            comp_day = appeal - timedelta(days=rng.randint(18, 45))
            handled = "已答复" if rng.random() < 0.7 else "未在15日内答复"
            satis = "不满意" if handled == "已答复" else ""
        base = comp_day or appeal
        incident = base - timedelta(days=rng.randint(3, 40) if cat == "收费争议" else rng.randint(1, 120))
        if kind in ("fee_over5", "trap_fee_over5_rejected"):
            incident = _months_before(appeal, 5, rng.randint(8, 40))
            comp_day = incident + timedelta(days=rng.randint(100, 125))
        elif kind == "trap_fee_under5":
            incident = _months_before(appeal, 5) + timedelta(days=2)
            comp_day = incident + timedelta(days=rng.randint(90, 110))
        elif kind == "trap_other_14m":
            incident = _months_before(appeal, 14)
            comp_day = appeal - timedelta(days=30)

        settled = "是" if kind in ("settled_accepted", "trap_settled_rejected") else "否"
        repeat = "是" if kind in ("repeat_accepted", "trap_repeat_rejected") else "否"

        # the decision
        outcome, reason = "予以受理", ""
        if kind == "refer":
            outcome, reason = "告知先向企业投诉", "未向被申诉企业投诉，已告知先向企业投诉"
        elif kind == "trap_settled_rejected":
            outcome, reason = "不予受理", "申诉人与被申诉企业已达成和解协议并已执行"
        elif kind == "trap_repeat_rejected":
            outcome, reason = "不予受理", "本中心已受理并办结同一申诉事项"
        elif kind == "trap_fee_over5_rejected":
            outcome, reason = "不予受理", "收费争议申诉事项发生时距提起申诉时超过五个月"
        elif kind == "trap_no_interest_rejected":
            outcome, reason = "不予受理", "申诉人非机主本人且无授权委托，与申诉事项无直接利害关系"
        elif kind == "reject_no_reason":
            outcome, reason = "不予受理", ""

        if kind == "decide_late":
            decide = _wd_after(recv, 7 if i % 2 else 8)
        elif kind in ("trap_reply_restart", "trap_decide_festival", "trap_decide_mayday"):
            decide = _wd_after(recv, 5)
        else:
            decide = _wd_after(recv, rng.randint(1, 4))
        notify = decide if rng.random() < 0.6 else _wd_after(decide, 1)

        materials = transfer = op_reply = reply = None
        mediation = result = ""
        if outcome == "予以受理":
            transfer = decide if rng.random() < 0.5 else _wd_after(decide, 1)
            op_reply = _wd(transfer + timedelta(days=rng.randint(4, 10)))
            reply = _wd(recv + timedelta(days=rng.randint(14, 27)))
            if kind == "reply_late":
                reply = _wd(recv + timedelta(days=rng.randint(36, 42)))
            elif kind == "trap_reply_day30":
                reply = recv + timedelta(days=30)
            elif kind == "trap_reply_restart":
                materials = recv + timedelta(days=12)
                reply = _wd(recv + timedelta(days=38))
            elif kind == "reply_open_overdue":
                reply = op_reply = None
            if reply is not None and reply > CUTOFF.date():
                reply = None
            if op_reply is not None and op_reply > CUTOFF.date():
                op_reply = None
            if reply is not None:
                mediation = pick(rng, [("调解成功", 5), ("企业已自行解决", 3), ("调解不成", 1)])
                result = {"调解成功": "双方达成一致，企业已退费或整改", "企业已自行解决": "企业已按申诉人要求处理",
                          "调解不成": "已告知申诉人可依法通过其他途径解决"}[mediation]
        if decide > CUTOFF.date():
            decide = notify = transfer = op_reply = reply = None
            outcome = reason = mediation = result = ""
        if notify is not None and notify > CUTOFF.date():
            notify = None
        if transfer is not None and transfer > CUTOFF.date():
            transfer = None

        if not outcome:
            status = "待决定"
        elif outcome == "告知先向企业投诉":
            status = "已告知"
        elif outcome == "不予受理":
            status = "不予受理"
        else:
            status = "已办结" if reply is not None else "处理中"

        addr = f"湖北省{street}{rng.randint(1, 300)}号" + rng.choice(["", "", f"{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元"])
        postcode = "" if kind == "no_postcode" else post
        if kind == "no_resp_addr":
            resp_addr = ""
        if kind == "no_operator_handled":
            handled = satis = ""

        remark = ""
        if kind == "trap_reply_restart":
            remark = f"申诉人于{materials.month}月{materials.day}日补交话单及缴费凭证"
        elif kind == "phone_no_written":
            remark = "12300来电登记"
        elif kind == "reply_open_overdue":
            remark = "企业逾期未回复，已催办"
        elif kind == "trap_other_14m":
            remark = "覆盖问题持续至今"
        elif rng.random() < 0.15:
            remark = rng.choice(["申诉人要求书面答复", "已电话核实申诉人身份", "附缴费凭证复印件"])

        if kind in _L6_INJECTED:
            note((number, kind))
        rows.append({
            "序号": seq,
            "申诉编号": number,
            "收件日期": recv,
            "申诉日期": None if kind == "no_appeal_date" else appeal,
            "申诉方式": channel,
            "书面材料编号": written,
            "申诉人": person_name(rng),
            "联系电话": mobile(rng),
            "通信地址": addr,
            "邮政编码": postcode,
            "被申诉企业": resp,
            "被申诉企业地址": resp_addr,
            "业务类别": biz,
            "申诉类型": cat,
            "申诉事项发生日期": incident,
            "是否已向企业投诉": "" if kind == "no_complained_flag" else complained,
            "企业投诉日期": comp_day,
            "企业处理情况": handled,
            "对企业处理结果": satis,
            "和解协议已履行": settled,
            "重复申诉": repeat,
            "利害关系人": "否" if kind == "trap_no_interest_rejected" else "是",
            "被申诉人明确": "是",
            "有具体请求和事实": "是",
            "申诉请求": demand,
            "事实及理由": fact,
            "受理意见": outcome,
            "不予受理理由": reason,
            "受理决定日期": decide,
            "告知申诉人日期": notify,
            "转办企业日期": transfer,
            "企业回复日期": op_reply,
            "材料补齐日期": materials,
            "调解情况": mediation,
            "答复申诉人日期": reply,
            "处理结果": result,
            "承办人": rng.choice(handlers),
            "审核人": rng.choice(reviewers) if outcome else "",
            "办理状态": status,
            "备注": remark,
        })

    hand = {
        "procedure": "l6-telecom-user-appeals-2016",
        "sheet": "导出",
        "columns": {
            "申诉编号": "case_number",
            "收件日期": "receive_at",
            "申诉日期": "appeal_at",
            "书面材料编号": "written_appeal",
            "申诉人": "complainant",
            "联系电话": "contact_phone",
            "通信地址": "address",
            "邮政编码": "postcode",
            "被申诉企业": "respondent_name",
            "被申诉企业地址": "respondent_address",
            "申诉类型": "category",
            "申诉事项发生日期": "incident_at",
            "是否已向企业投诉": "complained_to_operator",
            "企业投诉日期": "complain_to_operator_at",
            "企业处理情况": "operator_handled",
            "对企业处理结果": "satisfaction",
            "和解协议已履行": "settlement_executed",
            "重复申诉": "handled_by_appeal_body",
            "利害关系人": "direct_interest",
            "被申诉人明确": "respondent_identified",
            "有具体请求和事实": "specific_request",
            "申诉请求": "demand",
            "事实及理由": "grounds",
            "不予受理理由": "reject_reason",
            "受理决定日期": "decide_at",
            "材料补齐日期": "all_materials_received_at",
            "答复申诉人日期": "reply_at",
        },
        "values": {
            "category": {"收费争议": "fee_dispute", "服务质量": "other", "网络质量": "other", "携号转网": "other",
                         "个人信息保护": "other"},
            "complained_to_operator": {"是": "yes", "否": "no"},
            "operator_handled": {"已答复": "yes", "未在15日内答复": "no"},
            "satisfaction": {"满意": "satisfied", "不满意": "unsatisfied"},
            "settlement_executed": {"是": "yes", "否": "no"},
            "handled_by_appeal_body": {"是": "yes", "否": "no"},
            "direct_interest": {"是": "yes", "否": "no"},
            "respondent_identified": {"是": "yes", "否": "no"},
            "specific_request": {"是": "yes", "否": "no"},
        },
        "outcomes": {
            "受理意见": {"date": "受理决定日期",
                         "steps": {"予以受理": "accept", "告知先向企业投诉": "refer_to_operator"}},
        },
    }
    return rows, hand


# --- 187: S17, an auto-parts factory's 品质部《客诉及8D跟踪表》 (Excel register saved as CSV, UTF-8 with BOM) --------

_S17_CUSTOMERS = ["上汽通用五菱汽车股份有限公司", "东风日产乘用车公司襄阳工厂", "长城汽车股份有限公司徐水分公司",
                  "比亚迪汽车工业有限公司", "浙江吉利汽车有限公司宁波杭州湾工厂", "奇瑞汽车股份有限公司",
                  "延锋汽车饰件系统有限公司"]
_S17_PARTS = [
    ("前保险杠安装支架", "ZJ-2031-A", "冲压车间"),
    ("发动机悬置支架", "ZJ-1187-C", "焊装车间"),
    ("座椅滑轨连接板", "LB-0562-B", "冲压车间"),
    ("ECU安装支架", "ZJ-3310-A", "焊装车间"),
    ("门铰链加强板", "JQ-0871-D", "涂装车间"),
    ("线束固定支架", "ZJ-4402-B", "装配车间"),
]
_S17_PROBLEMS = {
    "冲压车间": [("冲裁边毛刺超0.2mm，客户装配划伤线束", "凸凹模刃口磨损，刃磨周期设置过长", "全检挑选库存及在途品",
                  "刃口刃磨周期由3万冲次改为2万冲次，首件加查毛刺"),
                 ("安装孔位偏移1.2mm，客户无法装配", "定位销磨损，首件检验未测孔位", "在途品100%检具全检",
                  "更换定位销，孔位纳入首件及巡检项目")],
    "焊装车间": [("焊点漏焊1处，客户总装发现", "焊接程序被误修改，焊点计数未报警", "库存品及客户处在制品全检",
                  "焊接程序加密锁定，增加焊点计数防错"),
                 ("焊缝气孔，客户入厂检验判退", "保护气流量不稳，气瓶压力不足", "返工补焊并100%目检",
                  "加装气体流量监控报警，班前点检")],
    "涂装车间": [("电泳涂层起泡，盐雾试验不合格", "前处理磷化槽液浓度偏低", "隔离可疑批次，重新电泳",
                  "槽液浓度由每班一测改为每2小时一测并记录")],
    "装配车间": [("卡扣漏装，客户线束无法固定", "作业员漏装，工位无防错", "在途品全检补装",
                  "增加卡扣称重防错，作业指导书更新")],
    "采购部": [("镀锌层厚度不足，到货即锈蚀", "供应商电镀时间不足，出货检验漏检", "供应商派人到客户处挑选",
                "要求供应商提交8D，增加进料膜厚抽检")],
    "仓储物流部": [("包装破损，零件磕碰变形", "周转箱隔板缺失，装箱数量超标", "更换包装后重新发货",
                  "规定每箱装箱数量并增加隔板检查")],
}

# special cases of export 187: (kind, earliest, latest customer-complaint date)
_S17_SPECIALS = [
    ("verify_late", date(2025, 1, 8), date(2025, 5, 20)),
    ("verify_late_weekend", date(2025, 2, 10), date(2025, 5, 20)),
    ("verify_open", date(2025, 6, 30), date(2025, 6, 30)),
    ("verify_by_purchasing", date(2025, 1, 8), date(2025, 5, 30)),
    ("verify_by_sales", date(2025, 1, 8), date(2025, 5, 30)),
    ("reply_by_quality", date(2025, 1, 8), date(2025, 4, 25)),
    ("batch3_missing", date(2025, 1, 8), date(2025, 4, 25)), ("batch3_missing", date(2025, 1, 8), date(2025, 4, 25)),
    ("confirm_missing_replied", date(2025, 1, 8), date(2025, 4, 25)),
    ("confirmed_not_replied", date(2025, 4, 14), date(2025, 4, 25)),
    ("cm_missing_confirmed", date(2025, 1, 8), date(2025, 4, 25)),
    ("reply_no_report", date(2025, 1, 8), date(2025, 4, 25)),
    ("opinion_missing", date(2025, 1, 8), date(2025, 4, 25)), ("opinion_missing", date(2025, 1, 8), date(2025, 4, 25)),
    ("reply_before_confirm", date(2025, 1, 8), date(2025, 4, 25)),
    ("receive_by_quality", date(2025, 1, 8), date(2025, 4, 25)),
    # traps
    ("trap_verify_118min", date(2025, 1, 8), date(2025, 6, 20)),
    ("trap_verify_gm", date(2025, 1, 8), date(2025, 4, 25)),
    ("trap_verify_evening", date(2025, 1, 8), date(2025, 6, 20)),
    ("trap_confirm_same_day", date(2025, 1, 8), date(2025, 4, 25)),
]
_S17_INJECTED = {"verify_late", "verify_late_weekend", "verify_open", "verify_by_purchasing", "verify_by_sales",
                 "reply_by_quality", "batch3_missing", "confirm_missing_replied", "confirmed_not_replied",
                 "cm_missing_confirmed", "reply_no_report", "opinion_missing", "reply_before_confirm",
                 "receive_by_quality"}


def e187_s17_autoparts_8d_tracking(rng, injected=None):
    """汽车零部件厂品质部《客诉及8D跟踪表》（Excel 台账另存为 CSV，UTF-8 带 BOM），日期写法 2025/3/4 9:12
    （只记日期的列写 2025/3/4）。

    按原文（客户投诉处理控制程序 4.0 职责、5.1–5.6）写下的表头：
    序号、客诉单号、客户、投诉方式、零件名称、料号、客户投诉日期、业务员、问题描述、不良数量、转品质部时间、
    品质部收样时间、开始分析时间、品质跟踪负责人、是否涉及供应商、采购跟进人、根本原因、责任部门、临时措施、永久对策、
    对策完成日期、对策审核人、8D报告完成日期、交业务部日期、回复客户日期、客户意见、效果确认第1批、效果确认第2批、
    效果确认第3批、效果确认结论、效果确认人、结案日期、状态、备注。

    读过制度 YAML 后补的列：回复人、回复形式（8D报告/客诉报告）、效果确认日期。

    40 个案件。注入的违规（规则 id × 件数）：verify_within_2h ×3（一件下午转交后 4 小时多才开始分析，一件周五下午转交、
    周一早上才开始，一件 6 月 30 日上午转交、截至导出仍未开始）；quality_or_gm_verifies ×2（采购员、业务员主导核实）；
    step-receive ×1（客户 SQE 直接找品质部，业务员一栏登记的是品质工程师）；step-reply ×1（品质工程师直接回复客户）；
    three_batches_tracked ×2（只跟踪两批就确认效果）；effect_confirmed ×1（客户催要 8D，未确认效果先行回复）；
    replied_to_customer ×1（4 月效果已确认，至导出仍未回复）；countermeasure_before_confirmation ×1（对策完成日期空白）；
    reply_with_report ×1；customer_opinion_sought ×2；confirm_effect-reply ×1（先回复客户、后确认效果）。共 16 项。
    陷阱（不是违规）：转交后 118 分钟开始分析；16 点多转交、18 点前开始分析；总经理主导核实的批量问题；
    第 3 批交货当天确认效果；晚间邮件次日上午转交（2 小时从转交起算）；供应商原因的对策由采购部执行。
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken: set = set()
    sales = distinct_names(rng, 3, taken)
    quality = distinct_names(rng, 3, taken)
    buyers = distinct_names(rng, 2, taken)
    gm = distinct_names(rng, 1, taken)[0]
    qa_head = quality[0]
    cut = CUTOFF.date()

    plan = [(_day(rng, lo, hi) if lo != hi else lo, kind) for kind, lo, hi in _S17_SPECIALS]
    if True:   # the Friday-afternoon case needs a Friday
        d, k = next(p for p in plan if p[1] == "verify_late_weekend")
        while d.weekday() != 4 or not workday(d) or not workday(_wd_after(d, 1)) or (_wd_after(d, 1) - d).days != 3:
            d += timedelta(days=1)
        plan = [(d, k) if p[1] == k else p for p in plan]
    plan += [(_day(rng, date(2025, 1, 6), date(2025, 5, 9)), "normal") for _ in range(10)]
    plan += [(_day(rng, date(2025, 5, 12), date(2025, 6, 27)), "normal") for _ in range(40 - len(plan))]
    plan.sort(key=lambda p: p[0])

    rows = []
    per_month: dict = {}
    for i, (d, kind) in enumerate(plan):
        per_month[d.month] = per_month.get(d.month, 0) + 1
        number = f"KS{d:%y%m}-{per_month[d.month]:02d}"
        customer = rng.choice(_S17_CUSTOMERS)
        part, part_no, shop = rng.choice(_S17_PARTS)
        channel = pick(rng, [("邮件", 5), ("电话", 2), ("微信", 2), ("客户现场", 1), ("客户质量系统", 2)])
        supplier = kind == "verify_by_purchasing" or rng.random() < 0.15
        dept = "采购部" if supplier else (shop if rng.random() < 0.75 else "仓储物流部")
        problem, cause, temp, perm = rng.choice(_S17_PROBLEMS[dept])
        seller = rng.choice(sales)
        receiver = rng.choice(quality) if kind == "receive_by_quality" else seller
        qty = rng.choice([3, 5, 8, 12, 20, 36, 50, 120, 200, 480])

        # 业务部 receives and hands the written report over to 品质部 (evening e-mails are handed over next morning)
        if channel == "邮件" and rng.random() < 0.25 and kind not in ("verify_open", "verify_late_weekend"):
            transfer = _at(rng, _wd_after(d, 1), 8.3, 9.5)
        elif kind == "verify_late_weekend":
            transfer = _at(rng, d, 15.0, 15.6)
        elif kind == "verify_open":
            transfer = _at(rng, d, 8.6, 9.3)
        elif kind == "trap_verify_evening":
            transfer = _at(rng, d, 16.0, 16.3)
        else:
            transfer = _at(rng, d, 8.5, 15.5)
        lag = rng.randint(12, 100)
        if kind == "verify_late":
            lag = rng.randint(230, 300)
        elif kind == "trap_verify_118min":
            lag = 118
        elif kind == "trap_verify_evening":
            lag = rng.randint(95, 110)
        verify = transfer + timedelta(minutes=lag)
        if kind == "verify_late_weekend":
            verify = _at(rng, _wd_after(d, 1), 8.4, 9.0)
        sample = transfer + timedelta(minutes=rng.randint(0, min(lag, 30)))
        if kind == "verify_late_weekend":
            sample = transfer + timedelta(minutes=rng.randint(5, 25))
        if kind == "verify_open":
            verify = None
        leader = rng.choice(quality)
        if kind == "verify_by_purchasing":
            leader = rng.choice(buyers)
        elif kind == "verify_by_sales":
            leader = seller
        elif kind == "trap_verify_gm":
            leader = gm

        vday = (verify or transfer).date()
        cm = _wd(vday + timedelta(days=rng.randint(3, 12)))
        b1 = _wd(cm + timedelta(days=rng.randint(3, 8)))
        b2 = _wd(b1 + timedelta(days=rng.randint(3, 8)))
        b3 = _wd(b2 + timedelta(days=rng.randint(3, 8)))
        confirm = _wd(b3 + timedelta(days=rng.randint(1, 2)))
        if kind == "trap_confirm_same_day":
            confirm = b3
        report = confirm
        to_sales = _wd(report + timedelta(days=rng.randint(0, 1)))
        reply = _wd(to_sales + timedelta(days=rng.randint(0, 2)))
        if kind == "batch3_missing":
            b3 = None
            confirm = report = _wd(b2 + timedelta(days=rng.randint(1, 3)))
            to_sales = reply = _wd(confirm + timedelta(days=1))
        elif kind == "confirm_missing_replied":
            b3 = confirm = None
            report = to_sales = reply = _wd(b2 + timedelta(days=2))
        elif kind == "confirmed_not_replied":
            reply = None
        elif kind == "reply_before_confirm":
            report = to_sales = reply = _wd(b2 + timedelta(days=1))
        if verify is None:
            cm = b1 = b2 = b3 = confirm = report = to_sales = reply = None

        # the export was taken on 30 June: later steps have not happened (a confirmed case is replied the same day)
        def upto(x):
            return x if x is not None and x <= cut else None
        cm, b1, b2, b3 = upto(cm), upto(b1), upto(b2), upto(b3)
        if cm is None:
            b1 = b2 = b3 = None
        if b1 is None:
            b2 = b3 = None
        if b2 is None:
            b3 = None
        if confirm is not None and (confirm > cut or (b3 is None and kind not in ("batch3_missing",))):
            confirm = None if kind != "confirm_missing_replied" else None
        if kind not in ("confirm_missing_replied",):
            if confirm is None:
                report = to_sales = reply = None
            elif reply is not None and reply > cut:
                report = to_sales = reply = confirm
        if kind == "confirmed_not_replied":
            to_sales = None
        if kind == "cm_missing_confirmed":
            cm = None

        reply_form = ""
        opinion = ""
        replier = ""
        if reply is not None:
            reply_form = pick(rng, [("8D报告", 4), ("客诉报告", 1)])
            opinion = rng.choice(["接受8D报告，同意结案", "认可对策，后续批次附出货检验报告", "满意", "同意结案",
                                  "接受，继续观察两个月"])
            replier = seller
        if kind == "reply_no_report":
            reply_form = ""
        if kind == "opinion_missing":
            opinion = ""
        if kind == "reply_by_quality":
            replier = rng.choice(quality)

        confirmer = qa_head if confirm else ""
        conclusion = "OK" if confirm else ""
        closed = reply if reply is not None and opinion else None
        if verify is None:
            status = "待分析"
        elif cm is None and confirm is None:
            status = "对策实施中" if kind != "confirm_missing_replied" else "已结案"
        elif confirm is None and reply is None:
            status = "效果跟踪中"
        elif reply is None:
            status = "待回复"
        else:
            status = "已结案" if closed else "已回复"
        if kind == "confirm_missing_replied":
            status = "已结案"

        remark = ""
        if kind == "verify_late":
            remark = "品质工程师在客户处处理另一客诉"
        elif kind == "verify_open":
            remark = "样品已到，待安排分析"
        elif kind == "confirm_missing_replied":
            remark = "客户催要8D，先行回复"
        elif kind == "trap_verify_gm":
            remark = "批量问题，总经理主导召开专题会"
        elif kind == "verify_by_sales":
            remark = "业务员在客户处现场确认"
        elif kind == "receive_by_quality":
            remark = "客户SQE直接联系品质部登记"
        elif rng.random() < 0.15:
            remark = rng.choice(["客户要求提供全尺寸报告", "已补发合格品", "涉及索赔待谈", "附不良照片"])

        if kind in _S17_INJECTED:
            note((number, kind))
        rows.append({
            "序号": i + 1,
            "客诉单号": number,
            "客户": customer,
            "投诉方式": channel,
            "零件名称": part,
            "料号": part_no,
            "客户投诉日期": _slash_date(d),
            "业务员": receiver,
            "问题描述": problem,
            "不良数量": qty,
            "转品质部时间": _slash(transfer),
            "品质部收样时间": _slash(sample),
            "开始分析时间": _slash(verify),
            "品质跟踪负责人": leader,
            "是否涉及供应商": "是" if supplier else "否",
            "采购跟进人": rng.choice(buyers) if supplier else "",
            "根本原因": cause if cm or confirm else "",
            "责任部门": dept if verify else "",
            "临时措施": temp if verify else "",
            "永久对策": perm if cm or confirm else "",
            "对策完成日期": _slash_date(cm),
            "对策审核人": qa_head if cm else "",
            "8D报告完成日期": _slash_date(report),
            "交业务部日期": _slash_date(to_sales),
            "回复客户日期": _slash_date(reply),
            "回复人": replier,
            "回复形式": reply_form,
            "客户意见": opinion,
            "效果确认第1批": _slash_date(b1),
            "效果确认第2批": _slash_date(b2),
            "效果确认第3批": _slash_date(b3),
            "效果确认日期": _slash_date(confirm),
            "效果确认结论": conclusion,
            "效果确认人": confirmer,
            "结案日期": _slash_date(closed),
            "状态": status,
            "备注": remark,
        })

    roles = {name: "sales" for name in sales}
    roles.update({name: "quality" for name in quality})
    roles.update({name: "purchasing" for name in buyers})
    roles[gm] = "general_manager"
    roles.update({"冲压车间": "all_departments", "焊装车间": "all_departments", "涂装车间": "all_departments",
                  "装配车间": "all_departments", "仓储物流部": "all_departments", "采购部": "purchasing",
                  "品质部": "quality"})
    hand = {
        "procedure": "s17-complaint-control-8d",
        "encoding": "utf-8-sig",
        "columns": {
            "客诉单号": "case_number",
            "客户": "customer",
            "问题描述": "content",
            "客户投诉日期": "received_at",
            "转品质部时间": "receive_at",
            "业务员": "receive_by",
            "开始分析时间": "verify_at",
            "品质跟踪负责人": "verify_by",
            "对策完成日期": "countermeasure_at",
            "责任部门": "countermeasure_by",
            "效果确认第1批": "track_batch_at",
            "效果确认第2批": "track_batch_2_at",
            "效果确认第3批": "track_batch_3_at",
            "效果确认日期": "confirm_effect_at",
            "效果确认人": "confirm_effect_by",
            "回复客户日期": "reply_at",
            "回复人": "reply_by",
            "回复形式": "reply_report",
            "客户意见": "satisfaction",
        },
        "values": {
            "reply_report": {"8D报告": "eight_d_report", "客诉报告": "customer_complaint_report"},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("186-l6-provincial-appeal-register.xlsx", "xlsx", e186_l6_provincial_appeal_register),
    ("187-s17-autoparts-8d-tracking.csv", "utf-8-sig", e187_s17_autoparts_8d_tracking),
]
