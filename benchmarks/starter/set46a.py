"""Starter-profile benchmark exports 268-269 (set 46a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 268 269    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, iso_date, nth_workday_after, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened
AS_OF = datetime(2025, 7, 1)            # the audits run with --as-of 2025-07-01


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


def _months_before(d, months, extra_days=0):
    """The date `months` calendar months (and extra_days days) before d."""
    y, m = d.year, d.month - months
    while m < 1:
        y, m = y - 1, m + 12
    return date(y, m, min(d.day, 28)) - timedelta(days=extra_days)


# --- 268: S41, a construction branch's OA complaint ledger ---------------------------------------------------

_S41_PROBLEMS = {
    "easy_problem": [("渗漏", "卫生间地漏周边渗水，楼下顶棚有水渍"), ("开裂", "客厅墙面出现多条细裂缝"),
                     ("空鼓", "厨房墙砖空鼓，敲击有空响"), ("门窗", "阳台推拉门关闭不严，雨天进水"),
                     ("管线", "卧室插座不通电，线管疑似堵塞")],
    "hard_common_defect": [("渗漏", "外墙渗水反复发生，多户飘窗周边返潮"), ("开裂", "楼板贯通裂缝，多层同一位置出现"),
                           ("渗漏", "地下室侧墙渗水，车位积水"), ("空鼓", "屋面找平层大面积空鼓起砂")],
    "procurement_problem": [("门窗", "入户门门框变形，锁具无法锁闭"), ("门窗", "中空玻璃内部起雾，疑似密封失效"),
                            ("其他", "卫生间洁具釉面开裂"), ("其他", "木地板起拱，疑似材料含水率不合格")],
}
_S41_HANDLING = {"easy_problem": "小组整改", "hard_common_defect": "移交质保部(不合格品程序)",
                 "procurement_problem": "物资部换货"}
_S41_PROJECTS = ["锦澜府二期", "滨湖壹号院", "云栖花园", "高新区人才公寓", "翠湖湾三期", "南站安置房B区"]


def e268_s41_branch_quality_complaint_ledger(rng, injected=None):
    """S41 工程质量投诉管理制度, XLSX, a construction bureau branch's OA ledger of owner complaints (某建工集团三局
    华东分公司 "工程质量投诉台账", OA 流程导出; dates are Excel date cells, sheet "导出").

    读制度 YAML 之前写下的表头: 投诉单号, 收件时间, 来件渠道(政府转办/局领导批示/总部转来/业主来函/业主来访), 登记部门,
    登记人, 业主姓名, 联系电话, 项目名称, 楼栋房号, 投诉问题摘要, 问题分类(渗漏/开裂/空鼓/门窗/管线/其他),
    通知项目经理时间, 现场核实时间, 核实牵头部门, 处置方式(小组整改/移交质保部/物资部换货), 整改完成时间,
    业主签认(已签/未签), 质保部回访时间, 回访情况, 报局工程管理部时间, 流程状态.

    读过制度 YAML 后补的列: 局督办(是/否: complained_to_bureau), 事实认定(事实清楚/事实不清: facts_confirmed),
    核实未果时间(facts_unconfirmed_at), 业主沟通时间(communicate_at), 物资部换货日期(exchange_goods_at),
    整改实施方(handle_by), 处理记录表填报时间(handling_record_at), 备案情况(已备案/未备案: filed_with_competent_dept).

    注入的违规（按规则 id 计数，共 19）: onsite_verify_48h 3, onsite_verify_when_unconfirmed 1, owner_signs_record 2,
    record_filed_with_competent_dept 2 (CK109, 备案情况“未备案”), owner_contacted_after_record 2, report_to_bureau 1,
    hard_defect_to_qa 1, record_by_bureau_or_branch_qa 1 (项目经理部登记), step-onsite_verify 1 (项目经理部牵头核实),
    communicate-handle 1, problem_type 1 (处置方式“商务赔偿”), procurement_goods_exchanged 1, pm_notified 1,
    case_number 1 (重复单号).

    陷阱: 现场核实在核实未果后 47h10m（刚好在 48h 内）；核实未果在周五下午、周日上午到场（按日历小时计，不超时）；
    6 月 29 日核实未果、截至导出尚未到场（未到 48h）；事实清楚的案件没有现场核实（不需要）；非局督办的案件没有报局；
    月底仍在整改、尚无处理记录表的案件；业主签认后当天上午回访的案件。
    """
    inj = injected if injected is not None else []
    n = 46
    taken: set = set()
    owners = distinct_names(rng, n, taken)
    bureau_clerks = distinct_names(rng, 2, taken)
    qa_clerks = distinct_names(rng, 3, taken)
    pm_clerk = distinct_names(rng, 1, taken)[0]

    violations = (["onsite_verify_48h"] * 3 + ["onsite_verify_when_unconfirmed"] + ["owner_signs_record"] * 2
                  + ["record_filed_with_competent_dept"] * 2 + ["owner_contacted_after_record"] * 2
                  + ["report_to_bureau", "hard_defect_to_qa", "record_by_bureau_or_branch_qa", "step-onsite_verify",
                     "communicate-handle", "problem_type", "procurement_goods_exchanged", "pm_notified"])
    traps = ["verify_47h", "weekend_verify", "unconfirmed_open", "late_in_progress", "signed_same_morning"]
    slots = rng.sample(range(n), len(violations) + len(traps))
    spec = {i: v for i, v in zip(slots, violations + traps)}

    cases = []
    for i in range(n):
        v = spec.get(i)
        if v in violations:
            day = _rand_day(rng, date(2025, 1, 6), date(2025, 5, 10))
        elif v == "unconfirmed_open":
            day = date(2025, 6, 26)
        elif v == "late_in_progress":
            day = date(2025, 6, rng.randint(9, 14))
        elif v == "signed_same_morning":
            day = date(2025, 6, rng.randint(2, 6))
        elif v in ("verify_47h", "weekend_verify"):
            day = _rand_day(rng, date(2025, 2, 3), date(2025, 5, 23))
        else:
            day = _rand_day(rng, date(2025, 1, 3), date(2025, 6, 27))
        unconfirmed_needed = v in ("onsite_verify_48h", "onsite_verify_when_unconfirmed", "step-onsite_verify",
                                   "verify_47h", "weekend_verify", "unconfirmed_open")
        facts = False if unconfirmed_needed else (rng.random() >= 0.3)
        if v == "hard_defect_to_qa":
            ptype = "hard_common_defect"
        elif v == "procurement_goods_exchanged":
            ptype = "procurement_problem"
        else:
            ptype = pick(rng, [("easy_problem", 55), ("hard_common_defect", 25), ("procurement_problem", 20)])
        bureau = True if v == "report_to_bureau" else (False if v == "signed_same_morning" else rng.random() < 0.35)

        rec = _at(rng, day, 8.5, 17.5)
        notify = _plus(rng, rec, 1, 20)
        unconf = onsite = None
        if not facts:
            unconf = _plus(rng, notify, 6, 40)
            if v == "verify_47h":
                unconf = _at(rng, unconf.date() + timedelta(days=1), 9, 12.5)
                onsite = unconf + timedelta(hours=47, minutes=10)
            elif v == "weekend_verify":
                d = unconf.date()
                while d.weekday() != 4:
                    d += timedelta(days=1)
                unconf = _at(rng, d, 15.5, 17)
                onsite = datetime(d.year, d.month, d.day) + timedelta(days=2, hours=rng.randint(9, 11),
                                                                       minutes=rng.randint(0, 50))
            elif v == "unconfirmed_open":
                unconf = _at(rng, date(2025, 6, 29), 9, 11)
                onsite = None
            elif v == "onsite_verify_48h":
                onsite = _plus(rng, unconf, 52, 80)
            else:
                onsite = _plus(rng, unconf, 3, 30)
            comm = _plus(rng, onsite, 2, 30) if onsite else None
        else:
            comm = _plus(rng, notify, 3, 48)
        handle = _plus(rng, comm, 72, 20 * 24 if v != "signed_same_morning" else 120) if comm else None
        if v == "late_in_progress":
            handle = None
        exch = None
        if ptype == "procurement_problem" and comm and handle:
            gap = (handle.date() - comm.date()).days
            exch = _at(rng, comm.date() + timedelta(days=rng.randint(1, max(1, gap - 1))), 9, 17)
        hr = _plus(rng, handle, 1, 30) if handle else None
        fu = _plus(rng, hr, 4, 96) if hr else None
        if v == "signed_same_morning" and hr:
            hr = _at(rng, handle.date() + timedelta(days=1), 8.5, 9.5)
            fu = hr + timedelta(minutes=rng.randint(60, 150))
        rep = _plus(rng, fu, 4, 120) if fu and bureau else None

        # the export's cutoff: later steps have not happened; keep every compliant case consistent at the cutoff
        if onsite and onsite > CUTOFF:
            onsite = None
        if unconf and unconf > CUTOFF:
            unconf = onsite = None
        if unconf and not onsite and v != "unconfirmed_open" and unconf + timedelta(hours=48) <= AS_OF:
            onsite = _plus(rng, unconf, 2, 20)
            comm = _plus(rng, onsite, 2, 30)
            handle = hr = fu = rep = exch = None
        if notify > CUTOFF:
            notify = unconf = onsite = comm = None
        if comm and comm > CUTOFF:
            comm = None
        if not comm:
            handle = exch = None
        if exch and exch > CUTOFF:
            exch = None
        if handle and (handle > CUTOFF - timedelta(days=1)):
            handle = None
        if not handle:
            hr = fu = rep = None
        if handle and any(t and t > CUTOFF for t in (hr, fu, rep)):
            hr = _plus(rng, handle, 1, 4)
            fu = _plus(rng, hr, 2, 6)
            rep = _plus(rng, fu, 1, 3) if bureau else None
            if any(t and t > CUTOFF for t in (hr, fu, rep)):
                handle = hr = fu = rep = None
        if ptype == "procurement_problem" and handle and not exch:
            handle = hr = fu = rep = None

        c = dict(v=v, rec=rec, notify=notify, unconf=unconf, onsite=onsite, comm=comm, handle=handle, exch=exch,
                 hr=hr, fu=fu, rep=rep, facts=facts, ptype=ptype, bureau=bureau, owner=owners[i],
                 record_by="局工程管理部" if bureau and rng.random() < 0.7 else "分公司工程质保部",
                 onsite_by="分公司工程质保部", sign="已签" if hr else "", filed="已备案" if hr else "",
                 ptype_text=_S41_HANDLING[ptype],
                 handle_by="分公司工程质保部" if ptype == "hard_common_defect" else "质量投诉处理小组")

        # the injected violations
        if v == "onsite_verify_when_unconfirmed":
            c["unconf"] = c["onsite"] = None
        elif v == "owner_signs_record":
            c["sign"] = rng.choice(["未签", ""])
            c["filed"] = ""
            c["fu"] = c["rep"] = None
        elif v == "record_filed_with_competent_dept":
            c["filed"] = "未备案"
        elif v == "owner_contacted_after_record":
            c["fu"] = c["rep"] = None
        elif v == "report_to_bureau":
            c["rep"] = None
        elif v == "hard_defect_to_qa":
            c["handle_by"] = "质量投诉处理小组"
        elif v == "record_by_bureau_or_branch_qa":
            c["record_by"] = "项目经理部"
        elif v == "step-onsite_verify":
            c["onsite_by"] = "项目经理部"
        elif v == "communicate-handle":
            c["comm"] = _plus(rng, c["handle"], 2, 20)
        elif v == "problem_type":
            c["ptype_text"] = "商务赔偿"
            c["exch"] = None
            c["handle_by"] = "质量投诉处理小组"
        elif v == "procurement_goods_exchanged":
            c["exch"] = None
        elif v == "pm_notified":
            c["notify"] = None
        cases.append(c)

    cases.sort(key=lambda c: c["rec"])
    for k, c in enumerate(cases, 1):
        c["no"] = f"ZLTS-2025-{k:03d}"
    # one number typed twice by hand: a later case reuses the number of the case above it
    plain = [k for k, c in enumerate(cases) if c["v"] is None and k > 0 and cases[k - 1]["v"] is None]
    dup = rng.choice(plain)
    cases[dup]["no"] = cases[dup - 1]["no"]
    inj.append((cases[dup]["no"], "case_number"))
    for c in cases:
        if c["v"] in violations:
            inj.append((c["no"], c["v"]))

    rows = []
    for c in cases:
        kind, summary = rng.choice(_S41_PROBLEMS[c["ptype"]])
        if c["bureau"]:
            channel = pick(rng, [("局领导批示", 3), ("局工程管理部转办", 4), ("政府部门转办", 2)])
        else:
            channel = pick(rng, [("业主来函", 3), ("业主来访", 4), ("总部转来", 1), ("政府部门转办", 1)])
        decided = c["comm"] is not None or c["v"] == "pm_notified"
        if c["rep"] or (c["fu"] and not c["bureau"]):
            status = "已办结"
        elif c["fu"]:
            status = "待报局"
        elif c["hr"]:
            status = "待回访" if c["sign"] == "已签" else "待签认"
        elif c["handle"]:
            status = "待填记录表"
        elif decided:
            status = "整改中"
        else:
            status = "核实中"
        facts_text = ""
        if c["facts"]:
            facts_text = "事实清楚" if c["comm"] or c["notify"] else ""
        elif c["unconf"] or c["onsite"] or c["v"] == "onsite_verify_when_unconfirmed":
            facts_text = "事实不清"
        rows.append({
            "投诉单号": c["no"],
            "收件时间": c["rec"],
            "来件渠道": channel,
            "登记部门": c["record_by"],
            "登记人": pm_clerk if c["record_by"] == "项目经理部" else
            rng.choice(bureau_clerks if c["record_by"] == "局工程管理部" else qa_clerks),
            "局督办": "是" if c["bureau"] else "否",
            "业主姓名": c["owner"],
            "联系电话": mobile(rng),
            "项目名称": rng.choice(_S41_PROJECTS),
            "楼栋房号": f"{rng.randint(1, 18)}栋{rng.randint(2, 32)}{rng.randint(1, 4):02d}",
            "投诉问题摘要": summary,
            "问题分类": kind,
            "通知项目经理时间": c["notify"],
            "事实认定": facts_text,
            "核实未果时间": c["unconf"],
            "现场核实时间": c["onsite"],
            "核实牵头部门": c["onsite_by"] if c["onsite"] else "",
            "业主沟通时间": c["comm"],
            "处置方式": c["ptype_text"] if decided else "",
            "物资部换货日期": c["exch"],
            "整改实施方": c["handle_by"] if decided else "",
            "整改完成时间": c["handle"],
            "处理记录表填报时间": c["hr"],
            "业主签认": c["sign"],
            "备案情况": c["filed"] if c["sign"] == "已签" else "",
            "质保部回访时间": c["fu"],
            "回访情况": rng.choice(["业主满意", "基本满意", "业主认可整改结果", "业主满意，已销项"]) if c["fu"] else "",
            "报局工程管理部时间": c["rep"],
            "流程状态": status,
        })

    hand = {
        "procedure": "s41-construction-quality-complaints",
        "sheet": "导出",
        "columns": {
            "投诉单号": "case_number",
            "收件时间": "record_at",
            "登记部门": "record_by",
            "局督办": "complained_to_bureau",
            "投诉问题摘要": "content",
            "通知项目经理时间": "notify_at",
            "事实认定": "facts_confirmed",
            "核实未果时间": "facts_unconfirmed_at",
            "现场核实时间": "onsite_verify_at",
            "核实牵头部门": "onsite_verify_by",
            "业主沟通时间": "communicate_at",
            "处置方式": "problem_type",
            "物资部换货日期": "exchange_goods_at",
            "整改实施方": "handle_by",
            "整改完成时间": "handle_at",
            "处理记录表填报时间": "handling_record_at",
            "业主签认": "owner_signature",
            "备案情况": "filed_with_competent_dept",
            "质保部回访时间": "follow_up_at",
            "报局工程管理部时间": "report_bureau_at",
        },
        "values": {
            "complained_to_bureau": {"是": True, "否": False},
            "facts_confirmed": {"事实清楚": True, "事实不清": False},
            "problem_type": {"小组整改": "easy_problem", "移交质保部(不合格品程序)": "hard_common_defect",
                             "物资部换货": "procurement_problem"},
            "filed_with_competent_dept": {"已备案": True, "未备案": False},
        },
        "roles": {"局工程管理部": "bureau_eng_mgmt", "分公司工程质保部": "branch_qa",
                  "质量投诉处理小组": "handling_team", "项目经理部": "project_manager"},
    }
    return rows, hand


# --- 269: S42, a provincial telecom user appeal centre's case register -----------------------------------------

_S42_TYPES = [("收费争议", 40), ("网络质量", 15), ("业务办理", 15), ("服务质量", 12), ("携号转网", 10), ("骚扰电话", 8)]
_S42_CONTENT = {
    "收费争议": ["套餐外流量费用异常", "未经同意开通增值业务扣费", "宽带到期后继续扣费", "国际漫游费用与宣传不符"],
    "网络质量": ["小区室内无信号", "宽带频繁掉线"], "业务办理": ["销户被要求先缴违约金", "套餐变更迟迟未生效"],
    "服务质量": ["营业员态度恶劣", "装机人员多次爽约"], "携号转网": ["携转授权码无法获取", "携出被以合约期为由拒绝"],
    "骚扰电话": ["频繁接到营销电话，投诉后未处理"],
}


def _hm(t):
    return t.strftime("%Y-%m-%d %H:%M")


def e269_s42_appeal_centre_register(rng, injected=None):
    """S42 电信用户申诉处理暂行办法, CSV (UTF-8 with BOM), a provincial telecom user appeal centre's case register
    (省电信用户申诉受理中心 "申诉案件登记簿" 业务系统导出; 来件时间 "2025-03-04 10:21", other dates "2025-03-04").

    读制度 YAML 之前写下的表头: 申诉编号, 来件时间, 来件方式, 申诉人, 联系电话, 涉诉号码, 被申诉企业,
    申诉类型(收费争议/网络质量/业务办理/服务质量/携号转网/骚扰电话), 争议发生日期, 向企业投诉日期, 企业答复日期,
    已和解并履行(是/否), 曾出具调解意见书(是/否), 受理意见(受理/不予受理/待审查), 承办人, 调解结果, 办结日期.

    写生成器时补的说明列（没有规则读取）: 申诉内容.

    读过制度 YAML 后补的列: 审查日期 (the date of 受理意见: accept_appeal via outcomes), 调解日期 (mediate_at).

    注入的违规（按规则 id 计数，共 16）: reply_15_working_days 4 (2 replied late, 2 never replied),
    reply_15_working_days-start 1 (答复日期 without 向企业投诉日期), receive-reply 1, receive-appeal 1,
    appeal-accept_appeal 1, accept_appeal-mediate 1, fee_dispute_over_5_months 2, other_appeal_over_2_years 1,
    settled_by_executed_agreement 1, already_mediated 1, category 1 (申诉类型“待定”), case_number 1 (重复编号).

    陷阱: 企业在第 15 个工作日答复（跨五一、跨端午、跨春节调休 1 月 26 日）；收费争议事项发生 4 个多月后申诉并受理；
    其他申诉 22 个月后受理；超过五个月的收费争议、已和解并履行、已出具调解意见书的申诉均“不予受理”（正确）；
    6 月 16 日才向企业投诉、尚未答复即来申诉、答复期限未到（不予受理，企业未超时）；月底来件待审查的申诉。
    """
    inj = injected if injected is not None else []
    n = 48
    taken: set = set()
    users = distinct_names(rng, n, taken)
    staff = distinct_names(rng, 4, taken)

    violations = (["reply_late"] * 2 + ["reply_missing"] * 2
                  + ["reply_15_working_days-start", "receive-reply", "receive-appeal", "appeal-accept_appeal",
                     "accept_appeal-mediate", "fee_dispute_over_5_months", "fee_dispute_over_5_months",
                     "other_appeal_over_2_years", "settled_by_executed_agreement", "already_mediated", "category"])
    traps = ["wd15_mayday", "wd15_dragon", "wd15_spring", "fee_4m", "other_22m", "fee_7m_rejected",
             "settled_rejected", "mediated_rejected", "premature_rejected", "pending"]
    slots = rng.sample(range(n), len(violations) + len(traps))
    spec = {i: v for i, v in zip(slots, violations + traps)}
    fixed_receive = {"wd15_mayday": date(2025, 4, 24), "wd15_dragon": date(2025, 5, 20),
                     "wd15_spring": date(2025, 1, 24), "premature_rejected": date(2025, 6, 16)}

    cases = []
    for i in range(n):
        v = spec.get(i)
        if v == "category":
            ctype = "待定"
        elif v in ("fee_dispute_over_5_months", "fee_4m", "fee_7m_rejected"):
            ctype = "收费争议"
        elif v in ("other_appeal_over_2_years", "other_22m"):
            ctype = pick(rng, _S42_TYPES[1:])
        else:
            ctype = pick(rng, _S42_TYPES)
        while True:
            receive = fixed_receive.get(v) or _rand_day(rng, date(2025, 1, 6), date(2025, 5, 30))
            if not workday(receive) and v not in fixed_receive:
                continue
            if v in ("wd15_mayday", "wd15_dragon", "wd15_spring"):
                reply = nth_workday_after(receive, 15)
            elif v == "reply_late":
                reply = nth_workday_after(receive, rng.randint(17, 24))
            elif v in ("reply_missing", "premature_rejected"):
                reply = None
            else:
                reply = nth_workday_after(receive, rng.randint(2, 13))
            if v == "reply_missing":
                appeal_day = nth_workday_after(receive, rng.randint(17, 26))
            elif v == "premature_rejected":
                appeal_day = date(2025, 6, 24)
            elif v == "pending":
                appeal_day = date(2025, 6, rng.randint(26, 27))
            elif v == "reply_late" and rng.random() < 0.5:
                appeal_day = nth_workday_after(receive, 16)      # appealed when the 15 working days had run out
            else:
                appeal_day = nth_workday_after(reply, rng.randint(1, 15))
            if v == "pending" and (reply is None or reply >= appeal_day):
                continue
            review = nth_workday_after(appeal_day, rng.randint(1, 3)) if v != "pending" else None
            if appeal_day <= date(2025, 6, 27) and (review is None or review <= date(2025, 6, 30)):
                break
        appeal = _at(rng, appeal_day, 8.5, 17.5)

        if v in ("fee_dispute_over_5_months", "fee_7m_rejected"):
            incident = _months_before(appeal_day, rng.randint(6, 9), rng.randint(0, 20))
        elif v == "fee_4m":
            incident = _months_before(appeal_day, 4, rng.randint(0, 5))
        elif v == "other_appeal_over_2_years":
            incident = _months_before(appeal_day, rng.randint(25, 32), rng.randint(0, 20))
        elif v == "other_22m":
            incident = _months_before(appeal_day, 22, rng.randint(0, 10))
        elif ctype == "收费争议":
            incident = receive - timedelta(days=rng.randint(0, 40))
        else:
            incident = receive - timedelta(days=rng.randint(0, 300))

        settled = "是" if v in ("settled_by_executed_agreement", "settled_rejected") else "否"
        mediated = "是" if v in ("already_mediated", "mediated_rejected") else "否"
        if v in ("fee_7m_rejected", "settled_rejected", "mediated_rejected", "premature_rejected"):
            decision = "不予受理"
        elif v == "pending":
            decision = "待审查"
        else:
            decision = "受理"

        mediate = close = None
        if decision == "受理":
            m = review + timedelta(days=rng.randint(3, 25))
            while not workday(m):
                m += timedelta(days=1)
            if m <= date(2025, 6, 30) and rng.random() < 0.85:
                mediate = m
                c = m + timedelta(days=rng.randint(0, 3))
                close = c if c <= date(2025, 6, 30) else None
        elif decision == "不予受理":
            close = review
        c = dict(v=v, ctype=ctype, receive=receive, reply=reply, appeal=appeal, review=review, incident=incident,
                 settled=settled, mediated=mediated, decision=decision, mediate=mediate, close=close, user=users[i])

        # the injected violations that change dates
        if v == "reply_15_working_days-start":
            c["receive"] = None
        elif v == "receive-reply":
            c["reply"] = receive - timedelta(days=rng.randint(2, 6))
            c["incident"] = min(incident, c["reply"] - timedelta(days=3))
        elif v == "receive-appeal":
            c["receive"] = appeal_day + timedelta(days=rng.randint(1, 3))
            c["reply"] = nth_workday_after(c["receive"], rng.randint(1, 3))
            if c["reply"] > date(2025, 6, 30):
                c["reply"] = None
        elif v == "appeal-accept_appeal":
            c["review"] = appeal_day - timedelta(days=rng.randint(1, 3))
        elif v == "accept_appeal-mediate":
            c["mediate"] = review - timedelta(days=rng.randint(1, 3))
            c["close"] = review + timedelta(days=rng.randint(2, 6))
        cases.append(c)

    cases.sort(key=lambda c: c["appeal"])
    for k, c in enumerate(cases, 1):
        c["no"] = f"SS{c['appeal']:%Y%m}{k:04d}"
    plain = [k for k, c in enumerate(cases) if c["v"] is None and k > 0 and cases[k - 1]["v"] is None]
    dup = rng.choice(plain)
    cases[dup]["no"] = cases[dup - 1]["no"]
    inj.append((cases[dup]["no"], "case_number"))
    for c in cases:
        v = c["v"]
        if v in ("reply_late", "reply_missing"):
            inj.append((c["no"], "reply_15_working_days"))
        elif v in violations:
            inj.append((c["no"], v))

    rows = []
    for c in cases:
        text = rng.choice(_S42_CONTENT.get(c["ctype"], ["用户来电反映问题，类型待核"]))
        result = ""
        if c["decision"] == "受理":
            result = pick(rng, [("调解成功", 6), ("调解不成，告知其他途径", 2), ("申诉人撤诉", 1)]) \
                if c["mediate"] else "调解中"
        rows.append({
            "申诉编号": c["no"],
            "来件时间": _hm(c["appeal"]),
            "来件方式": pick(rng, [("网站", 5), ("电话", 3), ("信函", 1), ("工信部转办", 1)]),
            "申诉人": c["user"],
            "联系电话": mobile(rng),
            "涉诉号码": mobile(rng),
            "被申诉企业": pick(rng, [("移动", 5), ("电信", 3), ("联通", 3), ("广电", 1)]),
            "申诉类型": c["ctype"],
            "申诉内容": text,
            "争议发生日期": iso_date(c["incident"]),
            "向企业投诉日期": iso_date(c["receive"]) if c["receive"] else "",
            "企业答复日期": iso_date(c["reply"]) if c["reply"] else "",
            "已和解并履行": c["settled"],
            "曾出具调解意见书": c["mediated"],
            "受理意见": c["decision"],
            "审查日期": iso_date(c["review"]) if c["review"] else "",
            "承办人": rng.choice(staff) if c["decision"] != "待审查" else "",
            "调解日期": iso_date(c["mediate"]) if c["mediate"] else "",
            "调解结果": result,
            "办结日期": iso_date(c["close"]) if c["close"] else "",
        })

    hand = {
        "procedure": "s42-telecom-user-appeals",
        "columns": {
            "申诉编号": "case_number",
            "来件时间": "appeal_at",
            "申诉类型": "category",
            "争议发生日期": "incident_at",
            "向企业投诉日期": "receive_at",
            "企业答复日期": "reply_at",
            "已和解并履行": "settlement_executed",
            "曾出具调解意见书": "mediation_opinion_issued",
            "调解日期": "mediate_at",
        },
        "values": {
            "category": {"收费争议": "fee_dispute", "网络质量": "other", "业务办理": "other", "服务质量": "other",
                         "携号转网": "other", "骚扰电话": "other"},
            "settlement_executed": {"是": True, "否": False},
            "mediation_opinion_issued": {"是": True, "否": False},
        },
        "outcomes": {
            "受理意见": {"date": "审查日期", "steps": {"受理": "accept_appeal"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("268-s41-branch-quality-complaint-ledger.xlsx", "xlsx", e268_s41_branch_quality_complaint_ledger),
    ("269-s42-appeal-centre-register.csv", "utf-8-sig", e269_s42_appeal_centre_register),
]
