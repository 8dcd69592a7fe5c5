"""Starter-profile benchmark exports 184-185 (set 32a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 184 185    # or with no numbers: every export

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


def _at(rng, d, lo_h, hi_h):
    """A whole-minute time on day d between lo_h and hi_h o'clock."""
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _next_workday(d):
    while not workday(d):
        d += timedelta(days=1)
    return d


def _plus_days(rng, t, lo, hi, lo_h=8.5, hi_h=17.0):
    """A working-hours time lo..hi calendar days after t (moved on to the next working day)."""
    d = _next_workday(t.date() + timedelta(days=rng.randint(lo, hi)))
    return _at(rng, d, lo_h, hi_h)


def _on_day(rng, t, n, lo_h=9.0, hi_h=16.5):
    """A time on exactly the n-th calendar day after t (must be a working day; the caller picks t so that it is)."""
    return _at(rng, t.date() + timedelta(days=n), lo_h, hi_h)


def _workdays_after(d, k):
    """The k-th working day after date d (d itself not counted)."""
    while k:
        d += timedelta(days=1)
        k -= workday(d)
    return d


def _receipt_for(rng, lo, hi, n_day):
    """A receipt day between lo and hi whose n_day-th calendar day after it is a working day."""
    for _ in range(200):
        d = _day(rng, lo, hi)
        if workday(d + timedelta(days=n_day)):
            return d
    raise RuntimeError("no receipt day")


def _dotted(t):
    return "" if t is None else f"{t.year}.{t.month:02d}.{t.day:02d} {t.hour:02d}:{t.minute:02d}"


def _dotted_date(d):
    return "" if d is None else f"{d.year}.{d.month:02d}.{d.day:02d}"


# --- 184: L3, a city commercial bank's 消费者权益保护部《消费投诉管理系统》 work-order export (XLSX) ------------

_L3_BRANCHES = ["城西支行", "城东支行", "高新区支行", "滨江支行", "开发区支行", "江北支行"]
_L3_UPPER = {"江北支行": "江北分行"}          # 江北支行 is under 江北分行; the others are under the head office
_L3_TOPICS = [
    ("信用卡", "客户称未开通分期却被收取分期手续费", "退还分期手续费"),
    ("信用卡", "年费未提前告知即扣收", "退还年费"),
    ("信用卡", "还款日当天转账入账延迟，被记逾期", "撤销征信逾期记录"),
    ("个人贷款", "提前还款被收取违约金，合同条款未解释", "退还违约金"),
    ("个人贷款", "房贷利率调整未按约定执行", "按约定利率重算并退还多收利息"),
    ("代销理财", "理财产品风险等级与销售时介绍不符，到期亏损", "赔偿本金损失"),
    ("代理保险", "办理存款时被误导购买分红型保险", "全额退保并退还保费"),
    ("借记卡", "借记卡被盗刷，挂失后仍有交易", "赔偿被盗刷资金"),
    ("借记卡", "账户被无故限制非柜面交易", "解除限制并说明原因"),
    ("支付结算", "跨行转账退回，手续费未退", "退还手续费"),
    ("手机银行", "手机银行登录反复失败，影响工资代发查询", "解决登录问题"),
    ("收费服务", "小额账户管理费未免收", "退还账户管理费"),
    ("储蓄存款", "大额存单提前支取利息计算有异议", "按合同重新计息"),
]
_L3_BASIS = ["依据《信用卡章领用合约》第{n}条", "依据借款合同第{n}条及提前还款约定", "依据《代理保险业务管理办法》及投保单",
             "依据本行收费价目表第{n}项", "依据理财产品说明书及风险揭示书", "依据《借记卡章程》第{n}条及交易流水核查"]
_L3_EVIDENCE = {"电话": "录音LY2025{n:07d}", "短信": "短信平台发送记录SM{n:06d}", "书面": "EMS 11{n:08d}",
                "面谈": "客户签收回执"}


def e184_l3_city_bank_complaint_register(rng, injected=None):
    """临江银行（城市商业银行）消费者权益保护部《消费投诉管理系统》工单导出（XLSX，一张工作表“导出”）。支行受理和承办，
    总行消保部统一管理；国家金融监督管理总局临江监管分局（12378 热线）转办的投诉，系统记录监管收件和转办日期。
    日期：Excel 日期单元格（时间列带时分，监管和鉴定、调解等只记日期的列为日期）。

    第一步（只读过原文后）写下的表头：工单编号, 登记时间, 投诉来源, 监管转办单号, 客户姓名, 联系电话, 业务类别,
    被投诉机构, 被投诉人员, 投诉内容摘要, 客户诉求, 承办机构, 承办人, 复杂程度, 延期审批人, 延期审批时间, 延期告知时间,
    处理依据, 办结时间, 告知方式, 核查申请时间, 核查机构, 核查告知时间, 工单状态, 录入人, 备注
    （“处理意见”写成“处理依据”一列；“结果告知时间”与“办结时间”是系统里同一个时间，只留“办结时间”）。
    读过制度 YAML 后补的列：监管收件日期, 监管转办日期, 身份核实时间, 外部鉴定送出日期, 鉴定结果返回日期,
    鉴定告知客户时间, 客户同意调解, 调解申请日期, 调解结束日期, 补充材料接收时间, 面谈人数, 突发事件引发,
    监管认定重大投诉, 重大投诉报告时间, 核实情况, 救济途径告知, 办结类型, 告知凭证, 客户联系状态, 决定送达日期, 核查受理时间。

    注入（规则 id × 件数）：decide × 4（简单 18 日；复杂 34 日；特别复杂有审批无告知 45 日；6 月 9 日受理至今未办结），
    forward_7_working_days × 1（监管第 9 个工作日才转办），notice_evidence × 2，decision_remedies × 1，
    decision_findings × 1，identity_verified × 1，appraisal_notice × 1，mediation_application × 1，
    major_reported × 1（26 人面谈群体投诉），extension_approved_by_named_level × 1（支行行长自批延期），
    review_by_superior_institution × 1（核查由原承办支行自己做），review_decide × 1（核查 40 日），
    review_after_30_days × 1（送达后第 38 日才申请核查，仍作出核查决定）。共 17 项。
    陷阱（不应报告）：简单投诉第 15 日告知；复杂投诉第 29 日；特别复杂经总行分管行长审批并告知、第 52 日办结；
    鉴定期间扣除后在期限内；调解期间扣除后在期限内；期限内收到新材料重新计算；撤诉（第 20 日，无身份核实、无告知凭证）；
    非本人投诉不予办理；客户无法联系、无告知凭证；劳动节前后恰好第 7 个工作日转办；12 人面谈（不是重大投诉）未报告；
    20 人面谈已报告；暴雨停电引发的投诉已报告；监管认定的重大投诉已报告；送达后第 30 日申请核查；6 月下旬受理、尚未到期的在办工单。
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken: set = set()
    handlers = distinct_names(rng, 7, taken)
    clerks = distinct_names(rng, 3, taken)

    plan = (["s_ok"] * 7 + ["c_ok"] * 3 + ["reg_ok"] * 4 + ["open_ok"] * 3 + ["review_ok"]
            + ["t_day15", "t_complex29", "t_special_ok", "t_appraisal_ok", "t_mediation_ok", "t_new_material",
               "t_withdraw", "t_decline", "t_unreachable", "t_forward_holiday", "t_group12", "t_group20",
               "t_event_reported", "t_regmajor", "t_review30"]
            + ["v_simple18", "v_complex34", "v_special_nonotice", "v_open_overdue", "v_forward9", "v_noevidence",
               "v_noevidence", "v_noremedy", "v_nofindings", "v_noidentity", "v_appraisal_nonotice",
               "v_mediation_noapply", "v_major_noreport", "v_ext_wrong_approver", "v_review_by_branch",
               "v_review_late", "v_review_after30"])
    rng.shuffle(plan)

    cases = []
    for kind in plan:
        c = {"kind": kind, "complexity": "简单", "source": pick(rng, [("客服热线", 5), ("营业网点", 4), ("手机银行", 2),
                                                                      ("信函", 1)]),
             "outcome": "正常办结", "contact": "正常", "persons": None, "event": "否", "designated": "否", "report": None,
             "approver": None, "approve_at": None, "ext_notice": None, "appr": None, "med_agreed": "",
             "med_apply": None, "med_end": None, "new_mat": None, "reg": None, "review": None,
             "findings": True, "basis": True, "remedies": True, "evidence": True, "identity": True}
        n_days = rng.randint(2, 13)
        lo, hi = date(2025, 1, 6), date(2025, 5, 20)
        if kind == "c_ok":
            c["complexity"], n_days = "复杂", rng.randint(16, 28)
        elif kind == "open_ok":
            c["complexity"] = rng.choice(["简单", "复杂"])
            lo, hi = (date(2025, 6, 18), date(2025, 6, 27)) if c["complexity"] == "简单" else (date(2025, 6, 5),
                                                                                               date(2025, 6, 20))
            n_days = None
        elif kind == "t_day15":
            n_days = 15
        elif kind == "t_complex29":
            c["complexity"], n_days = "复杂", 29
        elif kind == "v_simple18":
            n_days = 18
        elif kind == "v_complex34":
            c["complexity"], n_days = "复杂", 34
        elif kind in ("t_special_ok", "v_special_nonotice", "v_ext_wrong_approver"):
            c["complexity"] = "特别复杂"
            n_days = {"t_special_ok": 52, "v_special_nonotice": 45, "v_ext_wrong_approver": 40}[kind]
            lo, hi = date(2025, 1, 6), date(2025, 4, 10)
        elif kind == "v_open_overdue":
            lo = hi = date(2025, 6, 9)
            n_days = None
        elif kind in ("t_appraisal_ok", "v_appraisal_nonotice"):
            n_days = 25 if kind == "t_appraisal_ok" else 22
        elif kind == "t_mediation_ok":
            n_days = 33
        elif kind == "t_new_material":
            n_days = 24
        elif kind == "v_major_noreport":
            c["complexity"], n_days = "复杂", 27
        elif kind.startswith(("review", "t_review", "v_review")):
            lo, hi = date(2025, 1, 6), date(2025, 3, 20)
        d0 = _receipt_for(rng, lo, hi, n_days if n_days and n_days >= 14 else 15)
        c["recv"] = _at(rng, d0, 8.75, 17.0)
        if kind in ("reg_ok", "t_forward_holiday", "v_forward9", "t_regmajor"):
            c["source"] = "监管转办"
            if kind == "t_forward_holiday":
                rd, k = date(2025, 4, 28), 7
            else:
                rd, k = _day(rng, date(2025, 1, 6), date(2025, 5, 30)), (9 if kind == "v_forward9" else
                                                                          rng.randint(1, 5))
            fd = _workdays_after(rd, k)
            c["reg"] = (rd, fd)
            c["recv"] = _at(rng, fd, 9.0, 16.5)
        recv = c["recv"]
        c["closed"] = (None if n_days is None else
                       _on_day(rng, recv, n_days) if n_days >= 14 else _plus_days(rng, recv, n_days, n_days))
        if c["closed"] is not None and c["closed"] <= recv:
            c["closed"] = recv + timedelta(hours=rng.randint(2, 5))
        if kind == "t_special_ok":
            c["approver"], c["approve_at"] = "总行分管行长", _on_day(rng, recv, 24)
            c["ext_notice"] = c["approve_at"] + timedelta(hours=2)
        elif kind == "v_special_nonotice":
            c["approver"], c["approve_at"] = "江北分行行长", _on_day(rng, recv, 26)
            note((kind, "decide: 特别复杂，有审批、无告知投诉人，按 30 日计，第 45 日告知"))
        elif kind == "v_ext_wrong_approver":
            c["approver"], c["approve_at"] = None, _on_day(rng, recv, 25)     # set to the branch below
            c["ext_notice"] = c["approve_at"] + timedelta(hours=3)
            note((kind, "extension_approved_by_named_level: 支行行长自批延期"))
        elif kind in ("t_appraisal_ok", "v_appraisal_nonotice"):
            start = recv.date() + timedelta(days=4)
            end = start + timedelta(days=15 if kind == "t_appraisal_ok" else 12)
            c["appr"] = (start, end, _at(rng, start, 9.0, 16.0) if kind == "t_appraisal_ok" else None)
            if kind == "v_appraisal_nonotice":
                note((kind, "appraisal_notice: 送鉴定未告知投诉人"))
        elif kind == "t_mediation_ok":
            c["med_agreed"], c["med_apply"] = "是", recv.date() + timedelta(days=6)
            c["med_end"] = recv.date() + timedelta(days=28)
        elif kind == "v_mediation_noapply":
            c["med_agreed"] = "是"
            note((kind, "mediation_application: 客户同意调解，未向调解组织申请"))
        elif kind == "t_new_material":
            c["new_mat"] = _on_day(rng, recv, 10, 10.0, 15.0)
        elif kind == "t_withdraw":
            c["outcome"], c["closed"] = "撤诉", _on_day(rng, recv, 20) if workday(recv.date() + timedelta(days=20)) \
                else _plus_days(rng, recv, 20, 20)
            c["identity"] = c["evidence"] = c["findings"] = c["basis"] = c["remedies"] = False
        elif kind == "t_decline":
            c["outcome"], c["closed"] = "不予办理", _plus_days(rng, recv, 8, 9)
            c["evidence"] = c["findings"] = c["basis"] = c["remedies"] = False
        elif kind == "t_unreachable":
            c["contact"], c["evidence"] = "无法联系", False
        elif kind in ("t_group12", "t_group20", "v_major_noreport"):
            c["source"] = "营业网点"
            c["persons"] = {"t_group12": 12, "t_group20": 20, "v_major_noreport": 26}[kind]
            if kind == "t_group20":
                c["report"] = recv + timedelta(minutes=rng.randint(40, 150))
            if kind == "v_major_noreport":
                note((kind, "major_reported: 26 人面谈群体投诉，未报告"))
        elif kind == "t_event_reported":
            c["event"], c["report"] = "是", recv + timedelta(minutes=rng.randint(30, 120))
        elif kind == "t_regmajor":
            c["designated"], c["report"] = "是", recv + timedelta(minutes=rng.randint(30, 120))
        elif kind == "v_simple18":
            note((kind, "decide: 简单投诉第 18 日告知"))
        elif kind == "v_complex34":
            note((kind, "decide: 复杂投诉第 34 日告知"))
        elif kind == "v_open_overdue":
            note((kind, "decide: 6 月 9 日受理，至审计时点未告知"))
        elif kind == "v_forward9":
            note((kind, "forward_7_working_days: 第 9 个工作日转办"))
        elif kind == "v_noevidence":
            c["evidence"] = False
            note((kind, "notice_evidence: 无告知凭证"))
        elif kind == "v_noremedy":
            c["remedies"] = False
            note((kind, "decision_remedies: 未告知救济途径"))
        elif kind == "v_nofindings":
            c["findings"] = False
            note((kind, "decision_findings: 未写核实情况"))
        elif kind == "v_noidentity":
            c["identity"] = False
            note((kind, "identity_verified: 无身份核实记录"))
        if kind.startswith(("review", "t_review", "v_review")):
            delivered = c["closed"].date() + timedelta(days=rng.randint(2, 3))
            gap = {"t_review30": 30, "v_review_after30": 38}.get(kind, rng.randint(6, 20))
            apply = _at(rng, delivered + timedelta(days=gap), 9.0, 16.0)
            r_recv = _plus_days(rng, apply, 1, 2)
            r_dec = _plus_days(rng, r_recv, 40, 40) if kind == "v_review_late" else _plus_days(rng, r_recv, 10, 24)
            c["review"] = [delivered, apply, r_recv, r_dec, None]
            if kind == "v_review_by_branch":
                note((kind, "review_by_superior_institution: 原承办支行自行核查"))
            elif kind == "v_review_late":
                note((kind, "review_decide: 核查 40 日才告知"))
            elif kind == "v_review_after30":
                note((kind, "review_after_30_days: 送达后第 38 日申请核查"))
        cases.append(c)

    cases.sort(key=lambda c: c["recv"])
    rows = []
    for i, c in enumerate(cases, 1):
        kind, recv, closed = c["kind"], c["recv"], c["closed"]
        branch = rng.choice(_L3_BRANCHES)
        upper = _L3_UPPER.get(branch, "总行消保部")
        category, summary, demand = rng.choice(_L3_TOPICS)
        if kind in ("t_group12", "t_group20", "v_major_noreport"):
            category, summary, demand = "代销理财", f"{c['persons']}名客户到网点反映所购代销信托产品到期未兑付", "兑付本息"
        if kind == "t_regmajor":
            category, summary, demand = "代理保险", "监管转办：同一营销团队销售的分红险多名客户集中投诉退保难", "全额退保"
        if kind == "t_event_reported":
            category, summary, demand = "借记卡", "暴雨致网点停电、ATM 吞卡，卡内资金当天无法取出", "尽快退卡并补偿误工损失"
        if kind in ("t_appraisal_ok", "v_appraisal_nonotice"):
            category, summary, demand = "代理保险", "客户称投保单签名不是本人所签，要求退保", "全额退还保费"
        if kind == "t_decline":
            summary = "来电人自称持卡人亲属，投诉信用卡催收方式；核实后持卡人本人未委托"
        handler = rng.choice(handlers)
        closed_ok = closed is not None
        written = c["review"] is not None
        way = ("书面" if written else rng.choice(["电话", "电话", "短信", "书面", "面谈"])) if closed_ok else ""
        if c["outcome"] != "正常办结" or c["contact"] == "无法联系":
            way = ""
        delivered = None
        if c["review"]:
            delivered = c["review"][0]
        elif way == "书面":
            delivered = closed.date() + timedelta(days=2)
        notify = closed_ok and c["outcome"] == "正常办结"
        evidence = (_L3_EVIDENCE[way].format(n=rng.randint(10 ** 5, 10 ** 6 - 1)) if way and c["evidence"] else "")
        approver = c["approver"]
        if kind == "v_ext_wrong_approver":
            approver = f"{branch}行长"
        elif kind == "v_special_nonotice":
            approver = f"{upper}行长" if upper.endswith("分行") else "总行分管行长"
        reg = c["reg"]
        review = c["review"]
        r_by = ""
        if review:
            r_by = branch if kind == "v_review_by_branch" else upper
        status = ("在办" if closed is None else {"正常办结": "已办结", "撤诉": "已撤诉", "不予办理": "已终止"}[c["outcome"]])
        remark = ""
        if kind == "t_new_material":
            remark = "客户补充提交银行流水，合并处理，期限重新计算"
        elif kind == "t_decline":
            remark = "非持卡人本人或受托人投诉，告知来电人不予办理"
        elif kind == "t_withdraw":
            remark = "客户来电撤回投诉"
        elif kind == "t_unreachable":
            remark = "多次致电空号，信函退回"
        elif c["med_agreed"] == "是":
            remark = "建议提交临江市银行业纠纷调解中心调解"
        elif review:
            remark = "客户对处理结果有异议，书面申请上级核查"
        rows.append({
            "工单编号": f"LJB-TS-2025{i:05d}",
            "登记时间": recv,
            "投诉来源": c["source"],
            "监管转办单号": f"LJJG{reg[1]:%Y%m%d}-{rng.randint(100, 999)}" if reg else "",
            "监管收件日期": reg[0] if reg else None,
            "监管转办日期": reg[1] if reg else None,
            "客户姓名": person_name(rng),
            "联系电话": mobile(rng),
            "业务类别": category,
            "被投诉机构": branch,
            "被投诉人员": person_name(rng) if rng.random() < 0.35 else "",
            "投诉内容摘要": summary,
            "客户诉求": demand,
            "承办机构": branch,
            "承办人": handler,
            "身份核实时间": recv + timedelta(minutes=rng.randint(5, 75)) if c["identity"] else None,
            "复杂程度": c["complexity"],
            "延期审批人": approver or "",
            "延期审批时间": c["approve_at"],
            "延期告知时间": c["ext_notice"],
            "外部鉴定送出日期": c["appr"][0] if c["appr"] else None,
            "鉴定结果返回日期": c["appr"][1] if c["appr"] else None,
            "鉴定告知客户时间": c["appr"][2] if c["appr"] else None,
            "客户同意调解": c["med_agreed"],
            "调解申请日期": c["med_apply"],
            "调解结束日期": c["med_end"],
            "补充材料接收时间": c["new_mat"],
            "面谈人数": c["persons"],
            "突发事件引发": c["event"],
            "监管认定重大投诉": c["designated"],
            "重大投诉报告时间": c["report"],
            "核实情况": (f"调阅{rng.choice(['业务凭证', '交易流水', '双录视频', '合同文本', '通话录音'])}，"
                       f"{rng.choice(['情况属实', '部分属实', '与客户所述不符'])}") if notify and c["findings"] else "",
            "处理依据": rng.choice(_L3_BASIS).format(n=rng.randint(3, 28)) if notify and c["basis"] else "",
            "救济途径告知": (rng.choice(["已告知可申请上级核查、调解、仲裁、诉讼", "已告知申请核查及调解、仲裁、诉讼途径"])
                        if notify and c["remedies"] else ""),
            "办结类型": c["outcome"] if closed_ok else "",
            "办结时间": closed,
            "告知方式": way,
            "告知凭证": evidence,
            "客户联系状态": c["contact"],
            "决定送达日期": delivered,
            "核查申请时间": review[1] if review else None,
            "核查受理时间": review[2] if review else None,
            "核查机构": r_by,
            "核查告知时间": review[3] if review else None,
            "工单状态": status,
            "录入人": rng.choice(clerks),
            "备注": remark,
        })

    hand = {
        "procedure": "l3-banking-insurance-complaints",
        "sheet": "导出",
        "columns": {
            "工单编号": "case_number",
            "登记时间": "receive_at",
            "监管收件日期": "regulator_receive_at",
            "监管转办日期": "forward_at",
            "客户姓名": "complainant",
            "联系电话": "contact_phone",
            "投诉内容摘要": "content",
            "承办人": "verify_by",
            "身份核实时间": "verify_identity_at",
            "复杂程度": "complexity",
            "延期审批人": "approve_extension_by",
            "延期审批时间": "approve_extension_at",
            "延期告知时间": "extension_notified_at",
            "外部鉴定送出日期": "appraisal_started_at",
            "鉴定结果返回日期": "appraisal_ended_at",
            "鉴定告知客户时间": "appraisal_notified_at",
            "客户同意调解": "mediation_agreed",
            "调解申请日期": "apply_mediation_at",
            "调解结束日期": "mediation_ended_at",
            "补充材料接收时间": "new_material_received_at",
            "面谈人数": "complainants_in_person",
            "突发事件引发": "caused_by_major_event",
            "监管认定重大投诉": "regulator_designated_major",
            "重大投诉报告时间": "report_major_at",
            "核实情况": "verification_findings",
            "处理依据": "decision_basis",
            "救济途径告知": "remedies_stated",
            "告知凭证": "notice_evidence",
            "客户联系状态": "complainant_unreachable",
            "决定送达日期": "decision_received_at",
            "核查申请时间": "apply_review_at",
            "核查受理时间": "receive_review_at",
            "核查机构": "review_decision_by",
            "核查告知时间": "review_decision_at",
        },
        "values": {
            "complexity": {"简单": "simple", "复杂": "complex", "特别复杂": "special"},
            "mediation_agreed": {"是": True, "否": False},
            "caused_by_major_event": {"是": True, "否": False},
            "regulator_designated_major": {"是": True, "否": False},
            "complainant_unreachable": {"正常": False, "无法联系": True},
        },
        "roles": {
            **{b: "institution" for b in _L3_BRANCHES},
            **{f"{b}行长": "institution" for b in _L3_BRANCHES},
            "江北分行": "superior_institution",
            "总行消保部": "superior_institution",
            "江北分行行长": "superior_institution",
            "总行分管行长": "head_office_executive",
            **{h: "independent_verifier" for h in handlers},
        },
        "outcomes": {
            "办结类型": {"date": "办结时间", "by": "承办机构",
                      "steps": {"正常办结": "notify_decision", "撤诉": "withdraw", "不予办理": "decline"}},
        },
    }
    return rows, hand


# --- 185: S15, a tax-device service company's 营销部 service-CRM complaint records (CSV, GB18030) ---------------

_S15_STATIONS = ["恒信科技（东城服务站）", "安达电子（西区服务站）", "联拓信息（开发区服务站）", "佳诚网络（北郊服务站）"]
_S15_DEVICES = [("金税盘", "6612"), ("税控盘", "4993"), ("税务UKey", "5370"), ("报税盘", "6613")]
_S15_REASONS = [
    # (投诉原因, 等级, 内容, 客户要求, 处理方式, 责任单位 key, 是否上门)
    ("热线难打通", "一般投诉", "连续两天拨打服务热线占线，转人工无人接听", "热线尽快回电并处理报税问题", "热线组回电并远程指导",
     "营销部", False),
    ("坏盘未及时更换", "一般投诉", "{dev}读盘失败，报修五天仍未更换", "立即更换设备", "换盘", "station", True),
    ("多次维修未解决", "一般投诉", "{dev}反复提示口令错误，服务人员上门三次未解决", "更换服务人员彻底解决", "上门维修并更换服务人员",
     "station", True),
    ("上门迟到", "一般投诉", "约定上午上门安装，服务人员迟到且未提前告知", "服务人员道歉，按时上门", "上门服务并道歉", "station", True),
    ("未及时升级影响开票", "一般投诉", "开票软件未及时升级，月底无法开具发票", "当天完成升级", "远程升级", "技术服务部", False),
    ("服务态度恶劣", "严重投诉", "服务人员在企业财务室言语粗暴，与会计发生争执", "公司书面道歉并处理当事人", "道歉并约谈当事人",
     "station", False),
    ("乱收费", "严重投诉", "服务人员上门时要求另付“加急费”200元，无收据", "退还费用", "退费并处理当事人", "station", True),
    ("推销产品", "严重投诉", "服务人员借年费催缴强行推销记账软件", "停止推销，退还已付软件费", "退费并约谈服务站", "station", False),
    ("设备质量问题", "一般投诉", "新领{dev}两周内两次无法识别", "换新设备", "换盘并送质量部分析", "质量部", False),
]
_S15_COMPANIES = ["临江{a}商贸有限公司", "临江市{a}餐饮管理有限公司", "{a}建材经营部", "临江{a}物流有限公司", "{a}科技有限公司",
                  "临江市{a}百货商行", "{a}建筑劳务有限公司", "临江{a}医疗器械有限公司", "{a}汽车维修服务部",
                  "临江市{a}印务有限公司"]
_S15_NAME_PARTS = ["鑫达", "宏远", "嘉禾", "瑞丰", "盛源", "恒泰", "金桥", "顺捷", "华越", "同创", "永兴", "博远", "和信",
                   "东升", "汇通", "天成", "联华", "景程"]


def e185_s15_tax_device_service_crm(rng, injected=None):
    """金穗税务技术服务有限公司（税控设备技术服务单位）营销部服务 CRM“客户投诉记录”导出（CSV，GB18030）。营销部（含热线组）
    受理投诉、填写处理单派给责任单位（各服务站即技术服务分包单位、技术服务部、质量部），上门服务记约定和到达时间。
    日期：点分写法 2025.03.04 09:12，只记日期的列 2025.03.04。

    第一步（只读过原文后）写下的表头：投诉单号, 受理时间, 来源方式, 企业名称, 纳税人识别号, 联系人, 联系电话, 设备型号,
    设备编号, 出库/启用日期, 服务合同到期日, 服务站, 投诉等级, 投诉原因, 投诉内容, 客户要求, 受理人, 处理方式, 责任单位,
    责任人, 派单时间, 责任单位反馈时间, 主管签字, 核实时间, 处理结果, 改善措施, 效果确认, 回访时间, 满意度, 结案时间,
    单据状态, 备注。
    读过制度 YAML 后补的列：受理部门, 约定上门时间, 实际到达时间, 台账登记日期, 效果确认日期, 意见报告日期, 通报部门,
    通报日期。

    注入（规则 id × 件数）：visit_within_30_minutes_of_appointment × 3（迟到恰好 30 分钟、45 分钟、2 小时），
    contract_term_confirmed × 2，subcontractor_confirmed × 1，device_date_confirmed × 1，demand_confirmed × 1，
    handling_slip_filled × 1（热线当场处理、未填处理单），severity_classified × 1，measures_drafted × 1，
    responsible_person_named × 1，case_registered × 2，opinion_report_issued × 2，
    step-fill_handling_slip × 2（技术服务部自己受理派单），improvement-opinion_report × 1（意见报告早于效果确认）。共 19 项。
    陷阱（不应报告）：迟到 29 分钟；提前到达；服务站写“自营（无分包）”；营销部热线组受理派单；6 月下旬受理、
    尚未确认效果也没有意见报告的在办单；未填处理单的那件没有等级以外的处理单内容、没有台账登记。
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken: set = set()
    sales = distinct_names(rng, 4, taken)
    techs = distinct_names(rng, 2, taken)
    station_staff = {s: distinct_names(rng, 2, taken) for s in _S15_STATIONS}
    tech_staff = distinct_names(rng, 2, taken)
    quality_staff = distinct_names(rng, 1, taken)
    sales_staff = distinct_names(rng, 1, taken)
    bosses = {s: person_name(rng) for s in [*_S15_STATIONS, "技术服务部", "质量部", "营销部"]}

    plan = (["ok"] * 20 + ["ok_visit"] * 4 + ["t_late29", "t_early", "t_selfrun", "t_hotline", "t_inprogress",
                                                  "t_inprogress"]
            + ["v_late30", "v_late45", "v_late2h", "v_nocontract", "v_nocontract", "v_nosubcon", "v_nodevdate",
               "v_nodemand", "v_noslip", "v_noseverity", "v_nomeasures", "v_noperson", "v_noregister",
               "v_noregister", "v_noreport", "v_noreport", "v_wrongdept", "v_wrongdept", "v_order"])
    rng.shuffle(plan)
    visit_kinds = {"ok_visit", "t_late29", "t_early", "v_late30", "v_late45", "v_late2h"}
    late_min = {"t_late29": 29, "v_late30": 30, "v_late45": 45, "v_late2h": 124}

    cases = []
    for kind in plan:
        if kind == "t_inprogress":
            d = _day(rng, date(2025, 6, 20), date(2025, 6, 25))
        else:
            d = _day(rng, date(2025, 1, 6), date(2025, 6, 6))
        recv = _at(rng, d, 8.5, 17.0)
        if kind in visit_kinds:
            reason = rng.choice([r for r in _S15_REASONS if r[6]])
        elif kind in ("t_hotline", "v_noslip"):
            reason = _S15_REASONS[0]
        else:
            reason = rng.choice(_S15_REASONS)
        cases.append((recv, kind, reason))
    cases.sort(key=lambda x: x[0])

    rows = []
    for i, (recv, kind, reason) in enumerate(cases, 1):
        cause, grade, content, demand, measure, unit_key, onsite = reason
        dev, prefix = rng.choice(_S15_DEVICES)
        station = rng.choice(_S15_STATIONS)
        subcon = "自营（无分包）" if kind == "t_selfrun" else station
        if kind == "t_selfrun" and unit_key == "station":
            unit_key = "技术服务部"
        unit = station if unit_key == "station" else unit_key
        if unit == station and kind == "t_selfrun":
            unit = "技术服务部"
        person = rng.choice(station_staff[unit] if unit in station_staff else
                            {"技术服务部": tech_staff, "质量部": quality_staff, "营销部": sales_staff}[unit])
        dept = "营销部热线组" if (cause == "热线难打通" or kind == "t_hotline") else "营销部"
        taker = rng.choice(sales)
        if kind == "v_wrongdept":
            dept, taker = "技术服务部", rng.choice(techs)
            note((kind, "step-fill_handling_slip: 技术服务部自行受理派单"))
        slip = recv + timedelta(minutes=rng.randint(15, 150))
        if slip.hour >= 18:
            slip = _at(rng, _next_workday(slip.date() + timedelta(days=1)), 8.5, 10.0)
        register = _next_workday(slip.date() + timedelta(days=rng.randint(1, 2)))
        appt = arrive = None
        if kind in visit_kinds:
            appt_day = _next_workday(slip.date() + timedelta(days=rng.randint(1, 2)))
            appt = datetime(appt_day.year, appt_day.month, appt_day.day, rng.choice([9, 10, 14, 15]),
                            rng.choice([0, 30]))
            delta = late_min.get(kind, -12 if kind == "t_early" else rng.randint(-15, 20))
            arrive = appt + timedelta(minutes=delta)
            if kind in late_min and kind != "t_late29":
                note((kind, f"visit_within_30_minutes_of_appointment: 迟到 {delta} 分钟"))
        feedback = _plus_days(rng, max(slip, arrive or slip), 1, 3)
        verify = _plus_days(rng, feedback, 0, 2)
        if verify.date() <= register:
            verify = _at(rng, _next_workday(register + timedelta(days=1)), 9.0, 16.5)
        improve = _next_workday(verify.date() + timedelta(days=rng.randint(2, 8)))
        report = _next_workday(improve + timedelta(days=rng.randint(1, 3)))
        notify = _next_workday(report + timedelta(days=rng.randint(1, 2)))
        revisit = _at(rng, _next_workday(report + timedelta(days=rng.randint(1, 3))), 9.0, 17.0)
        if kind == "v_order":
            report = improve - timedelta(days=2)
            while not workday(report):
                report -= timedelta(days=1)
            notify = _next_workday(improve + timedelta(days=1))
            revisit = _at(rng, _next_workday(improve + timedelta(days=1)), 9.0, 17.0)
            note((kind, "improvement-opinion_report: 意见报告日期早于效果确认日期"))
        if kind == "t_inprogress" or revisit.date() > CUTOFF.date():
            improve = report = notify = revisit = None
            if verify > CUTOFF:
                verify = None
        if kind == "v_noreport":
            report = notify = None
            note((kind, "opinion_report_issued: 效果已确认，无意见报告"))
        if kind == "v_noslip":
            slip = register = appt = arrive = feedback = verify = improve = report = notify = None
            revisit = recv + timedelta(hours=rng.randint(2, 5))
            note((kind, "handling_slip_filled: 热线当场处理，未填处理单"))
        start = date(rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28))
        contract_end = date(rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))
        if contract_end < recv.date():
            contract_end = date(2026, contract_end.month, contract_end.day)
        row = {
            "投诉单号": f"TS{recv:%y%m}{i:04d}",
            "受理时间": _dotted(recv),
            "来源方式": "服务热线" if dept == "营销部热线组" else pick(rng, [("服务热线", 5), ("微信公众号", 2), ("上门反映", 2),
                                                                          ("书面来函", 1), ("税务局转来", 1)]),
            "企业名称": rng.choice(_S15_COMPANIES).format(a=rng.choice(_S15_NAME_PARTS)),
            "纳税人识别号": "91" + "3301" + "".join(rng.choice("0123456789") for _ in range(2)) + "MA"
                       + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8)),
            "联系人": person_name(rng),
            "联系电话": mobile(rng),
            "设备型号": dev,
            "设备编号": prefix + "".join(rng.choice("0123456789") for _ in range(8)),
            "出库/启用日期": "" if kind == "v_nodevdate" else _dotted_date(start),
            "服务合同到期日": "" if kind == "v_nocontract" else _dotted_date(contract_end),
            "服务站": "" if kind == "v_nosubcon" else subcon,
            "投诉等级": "" if kind == "v_noseverity" else grade,
            "投诉原因": cause,
            "投诉内容": content.format(dev=dev),
            "客户要求": "" if kind == "v_nodemand" else demand,
            "受理人": taker,
            "受理部门": dept,
            "处理方式": "" if kind in ("v_nomeasures", "v_noslip") else measure,
            "责任单位": "" if kind == "v_noslip" else unit,
            "责任人": "" if kind in ("v_noperson", "v_noslip") else person,
            "派单时间": _dotted(slip),
            "约定上门时间": _dotted(appt),
            "实际到达时间": _dotted(arrive),
            "责任单位反馈时间": _dotted(feedback),
            "主管签字": bosses.get(unit, "") if feedback else "",
            "台账登记日期": "" if kind == "v_noregister" else _dotted_date(register),
            "核实时间": _dotted(verify),
            "处理结果": ("热线回电，远程指导完成报税" if kind == "v_noslip" else
                     rng.choice(["已处理，客户认可", "已处理完毕", "已按客户要求处理"]) if verify else ""),
            "改善措施": rng.choice(["服务站加强服务规范培训", "热线增加高峰时段坐席", "备机库存前移至服务站",
                                "当事人停岗培训", "升级推送改为提前三天通知"]) if improve else "",
            "效果确认": "已确认" if improve else ("待确认" if verify else ""),
            "效果确认日期": _dotted_date(improve),
            "意见报告日期": _dotted_date(report),
            "通报部门": rng.choice(["技术服务部、各服务站", "质量部", "技术服务部", "各服务站"]) if notify else "",
            "通报日期": _dotted_date(notify),
            "回访时间": _dotted(revisit),
            "满意度": pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)]) if revisit else "",
            "结案时间": _dotted(revisit + timedelta(minutes=rng.randint(5, 60))) if revisit else "",
            "单据状态": "已结案" if revisit else "处理中",
            "备注": "",
        }
        if kind == "v_nocontract":
            note((kind, "contract_term_confirmed: 合同到期日未填"))
        elif kind == "v_nosubcon":
            note((kind, "subcontractor_confirmed: 服务站未填"))
        elif kind == "v_nodevdate":
            note((kind, "device_date_confirmed: 出库/启用日期未填"))
        elif kind == "v_nodemand":
            note((kind, "demand_confirmed: 客户要求未填"))
        elif kind == "v_noseverity":
            note((kind, "severity_classified: 投诉等级未填"))
        elif kind == "v_nomeasures":
            note((kind, "measures_drafted: 处理方式未填"))
        elif kind == "v_noperson":
            note((kind, "responsible_person_named: 责任人未填"))
        elif kind == "v_noregister":
            note((kind, "case_registered: 未登记台账"))
        if kind == "t_selfrun":
            row["备注"] = "客户为公司直营区域，无分包服务站"
        elif kind == "v_noslip":
            row["备注"] = "热线当场解决，未转处理单"
        rows.append(row)

    hand = {
        "procedure": "s15-complaint-handling-marketing",
        "encoding": "gb18030",
        "columns": {
            "投诉单号": "case_number",
            "受理时间": "received_at",
            "企业名称": "customer",
            "出库/启用日期": "device_start_date",
            "服务合同到期日": "contract_valid_until",
            "服务站": "service_subcontractor",
            "投诉等级": "severity",
            "投诉原因": "cause",
            "投诉内容": "content",
            "客户要求": "demand",
            "受理部门": "fill_handling_slip_by",
            "处理方式": "measures",
            "责任单位": "responsible_department",
            "责任人": "responsible_person",
            "派单时间": "fill_handling_slip_at",
            "约定上门时间": "appointment_at",
            "实际到达时间": "arrived_at",
            "台账登记日期": "register_at",
            "核实时间": "verify_cause_at",
            "处理结果": "result",
            "效果确认日期": "improvement_at",
            "意见报告日期": "opinion_report_at",
            "通报日期": "notify_departments_at",
        },
        "values": {
            "severity": {"一般投诉": "general", "严重投诉": "serious"},
        },
        "roles": {"营销部": "marketing", "营销部热线组": "marketing", "技术服务部": "tech_service_unit"},
    }
    return rows, hand


EXPORTS = [
    ("184-l3-city-bank-complaint-register.xlsx", "xlsx", e184_l3_city_bank_complaint_register),
    ("185-s15-tax-device-service-crm.csv", "gb18030", e185_s15_tax_device_service_crm),
]
