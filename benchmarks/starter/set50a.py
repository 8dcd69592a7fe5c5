"""Starter-profile benchmark exports 292-293 (set fiftieth, a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 292 293    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from make_exports import pick, distinct_names, mobile, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _at(d: date, rng, lo_h=9, hi_h=17) -> datetime:
    """A moment on day d between lo_h and hi_h o'clock, to the second."""
    return datetime.combine(d, time()) + timedelta(seconds=rng.randint(lo_h * 3600, hi_h * 3600 - 1))


def _due_days(d: date, n: int) -> datetime:
    """End of an n-calendar-day period counted from the day after d; a last day that is a rest day or holiday moves to
    the next working day (民法典第二百零三条, as the regulation's own days are counted)."""
    last = d + timedelta(days=n)
    while not workday(last):
        last += timedelta(days=1)
    return datetime.combine(last + timedelta(days=1), time())


# =====================================================================================================================
# 292  L3 银行业保险业消费投诉处理管理办法 — a property insurer's city branch, its complaint system export (CSV)
# =====================================================================================================================

def _fmt292(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else ""


def e292_l3_insurer_branch_complaint_system(rng, injected=None):
    """江南财产保险股份有限公司苏州中心支公司：总公司“消费投诉管理系统”按机构导出的投诉工单明细（CSV，GB18030 编码，
    系统导出，日期时间一律写作 2025-03-04 10:22:13）。中支下辖吴江、昆山、常熟支公司；上级机构为江苏省分公司，
    核查由省分公司消费者权益保护部办理。

    读制度 YAML 之前写下的表头（只读了《银行业保险业消费投诉处理管理办法》原文）：投诉单号、受理日期、投诉来源、投诉人、
    联系电话、保单号、险种、被投诉机构、投诉类别、投诉请求摘要、承办部门、经办人、处理决定日期、告知客户日期、告知方式、
    处理结果、延期原因、延期审批人、申请核查日期、核查结论告知日期、结案日期、工单状态、备注。

    读过制度 YAML 后补的列：办理时限（普通件/复杂件/特别复杂件，处理期限 15/30/60 日取决于它）、延期审批日期与
    延期告知客户日期（再延长 30 日须审批并告知投诉人）、委托公估日期/公估报告日期/公估告知客户日期（外部鉴定评估期间
    不计入时限，须告知客户）、客户补充材料日期（新事实新理由重新计算期限）、撤诉日期（撤回后程序终止）、客户失联
    （无法联系的免于保留告知证明）、告知凭证（第二十一条的证明资料）、告知救济途径（第十九条）、核查受理日期与
    核查机构（核查 30 日时限的起点、核查须由上级机构办理）、客户同意调解/提交调解日期/调解结束日期（调解期间不计入
    时限）、不予办理日期（非本人或代理人提出的投诉不予办理，不适用处理时限）。

    注入的违规（按规则 id 计数，共 16）：decide 5（普通件第 17 日以后才告知；复杂件超过 30 日；特别复杂件经审批延期
    但没有告知客户延期，只能按 30 日计而超时；5 月下旬至 6 月上旬受理的普通件截至导出仍未告知；超过原期限后才收到补充材料、不重新
    计算而超时）、extension_approved_by_named_level 3（延期由中支总经理自己审批）、notice_evidence 3（电话告知
    没有录音编号）、decision_remedies 2（告知时没有写救济途径）、review_decide 2（核查超过 30 日才告知结论；5 月受理
    的核查至今没有结论）、review_by_superior_institution 1（核查由中支客户服务部自己办理）。

    陷阱：第 15 日 23:5x 短信告知；第 15 日是周六或五一假期、下一个工作日才告知（顺延）；复杂件第 30 日 23:5x 告知；
    特别复杂件经省分公司或总公司消保部总经理审批并告知延期、第 40-58 日告知；公估期间扣除后按期；期限内收到补充材料、
    自收到之日重新计算；客户同意调解、调解期间扣除后按期；非本人提出而不予办理、没有处理决定；客户撤诉、没有处理决定；
    客户失联、没有告知凭证；6 月受理的普通件和 6 月初受理的复杂件截至导出
    未告知但未到期；核查第 30 日告知结论；6 月受理的核查尚未作出结论。
    """
    taken: set = set()
    base = date(2025, 2, 10)

    kinds = (["late_simple", "late_complex", "special_unnotified", "open_late", "material_after_due"]
             + ["ext_wrong"] * 3 + ["no_evidence"] * 3 + ["no_remedies"] * 2
             + ["review_late", "review_open_late", "review_wrong_body"]
             + ["last_minute", "weekend_due", "holiday_due", "complex_ok", "complex_last_minute", "special_ok",
                "special_head_office", "appraisal", "material_within", "withdrawn", "unreachable", "open_ok",
                "open_ok_complex", "review_ok_day30", "review_open_ok", "review_ok", "mediation", "declined"])
    kinds += ["normal"] * (50 - len(kinds))
    rng.shuffle(kinds)

    branches = [("苏州中心支公司", 4), ("吴江支公司", 2), ("昆山支公司", 3), ("常熟支公司", 2)]
    lines = [("机动车辆保险", 6), ("企业财产保险", 1), ("意外伤害保险", 1), ("短期健康保险", 1), ("家庭财产保险", 1)]
    sources = [("95xxx客服热线", 6), ("柜面接待", 2), ("监管转办", 2), ("官网/APP", 1), ("信函", 1)]
    cats = {
        "机动车辆保险": [("理赔纠纷", "对车损定损金额有异议，要求按4S店报价赔付"), ("理赔纠纷", "人伤案件误工费未获赔付"),
                       ("理赔时效", "报案后超过一个月未结案"), ("服务质量", "查勘员态度差，未按约定时间到场"),
                       ("销售纠纷", "续保时被搭售驾乘意外险")],
        "企业财产保险": [("理赔纠纷", "仓库水浸损失核定金额过低"), ("理赔时效", "厂房火灾损失理算迟迟未出")],
        "意外伤害保险": [("理赔纠纷", "骨折伤残等级评定有异议"), ("销售纠纷", "销售时未说明免责条款")],
        "短期健康保险": [("理赔纠纷", "住院医疗费用以既往症为由拒赔"), ("退保纠纷", "要求全额退还保费")],
        "家庭财产保险": [("理赔纠纷", "暴雨致室内财产损失拒赔"), ("服务质量", "报案电话长时间无人接听")],
    }
    depts = {"理赔纠纷": "理赔部", "理赔时效": "理赔部", "服务质量": "客户服务部", "销售纠纷": "个人业务部",
             "退保纠纷": "客户服务部"}
    methods = [("电话", 5), ("短信", 2), ("书面邮寄", 2), ("当面", 1)]
    remedies_texts = ["可向江苏省分公司申请核查，或申请调解、仲裁、诉讼", "申请核查/调解/诉讼",
                      "可申请省分公司核查、保险纠纷调解委员会调解或提起诉讼"]

    def evidence(method):
        if method == "电话":
            return f"录音编号LY{rng.randint(10**9, 10**10 - 1)}"
        if method == "短信":
            return "短信平台发送回执"
        if method == "书面邮寄":
            return f"EMS{rng.randint(10**11, 10**12 - 1)}"
        return "客户签收回执"

    def pick_receive(kind):
        """The day the complaint was received, chosen to fit the case's scenario."""
        if kind == "open_late":
            return base + timedelta(days=rng.randint(100, 118))           # 5/21 .. 6/8: 15-day period ends before 7/1
        if kind == "open_ok":
            return date(2025, 6, 17) + timedelta(days=rng.randint(0, 9))
        if kind == "open_ok_complex":
            return date(2025, 6, 4) + timedelta(days=rng.randint(0, 8))
        if kind == "holiday_due":
            return date(2025, 4, 16) + timedelta(days=rng.randint(0, 2))  # day 15 is 1-3 May
        if kind == "weekend_due":
            while True:
                d = base + timedelta(days=rng.randint(0, 95))
                last = d + timedelta(days=15)
                if last.weekday() == 5 and not workday(last) and not workday(last + timedelta(days=1)) \
                        and workday(last + timedelta(days=2)):
                    return d
        if kind == "review_open_late":
            return date(2025, 4, 8) + timedelta(days=rng.randint(0, 12))   # review received in May, 30 days pass
        if kind == "review_open_ok":
            return date(2025, 5, 26) + timedelta(days=rng.randint(0, 7))   # review received in June
        if kind.startswith("review") or kind in ("special_ok", "special_head_office", "ext_wrong",
                                                 "special_unnotified"):
            return base + timedelta(days=rng.randint(0, 50))              # Feb-Mar: room for long periods / reviews
        return base + timedelta(days=rng.randint(0, 105))                 # 2/10 .. 5/26

    cases = []
    for kind in kinds:
        d = pick_receive(kind)
        recv = _at(d, rng, 8, 20)
        line = pick(rng, lines)
        cat, summary = rng.choice(cats[line])
        c = {"kind": kind, "recv": recv, "line": line, "cat": cat, "summary": summary, "complexity": "普通件",
             "notify": None, "method": pick(rng, methods), "evidence": True, "remedies": True, "approver": "",
             "approve": None, "ext_notified": None, "ext_reason": "", "app_start": None, "app_end": None,
             "app_notified": None, "material": None, "withdraw": None, "unreachable": "否", "apply_review": None,
             "receive_review": None, "review_body": "", "review_decision": None, "med_agreed": "否",
             "med_apply": None, "med_end": None, "decline": None}
        due15 = _due_days(d, 15)
        due30 = _due_days(d, 30)
        due60 = _due_days(d, 60)

        def within(start: datetime, end: datetime) -> datetime:
            """A time between start and end (end exclusive), in office hours when possible."""
            span = (end - start).total_seconds()
            t = start + timedelta(seconds=rng.uniform(0.15, 0.9) * span)
            if t.hour < 9:
                t = t.replace(hour=9 + t.hour % 3)
            elif t.hour >= 18:
                t = t.replace(hour=14 + t.hour % 3)
            return t if start < t < end else start + timedelta(seconds=span / 2)

        if kind in ("normal", "no_evidence", "no_remedies", "unreachable", "review_late", "review_open_late",
                    "review_wrong_body", "review_ok_day30", "review_open_ok", "review_ok"):
            if rng.random() < 0.3 and kind == "normal":
                c["complexity"] = "复杂件"
                c["notify"] = within(recv + timedelta(days=12), due30 - timedelta(days=2))
            else:
                c["notify"] = within(recv + timedelta(days=2), due15 - timedelta(days=1))
        elif kind == "late_simple":
            c["notify"] = _at(due15.date() + timedelta(days=rng.randint(0, 4)), rng)
        elif kind == "late_complex":
            c["complexity"] = "复杂件"
            c["notify"] = _at(due30.date() + timedelta(days=rng.randint(1, 5)), rng)
        elif kind in ("special_ok", "special_head_office", "ext_wrong", "special_unnotified"):
            c["complexity"] = "特别复杂件"
            c["ext_reason"] = rng.choice(["涉及第三方责任认定，需调取交警事故卷宗", "需总公司再保部门确认赔付方案",
                                          "多名被保险人共同投诉，需逐一核实", "涉及医疗机构病历真实性核查"])
            c["approve"] = _at(d + timedelta(days=rng.randint(18, 26)), rng)
            c["approver"] = {"special_ok": "省分公司分管副总经理", "special_unnotified": "省分公司分管副总经理",
                             "special_head_office": "总公司消保部总经理", "ext_wrong": "中支总经理"}[kind]
            if kind != "special_unnotified":
                c["ext_notified"] = _at(c["approve"].date() + timedelta(days=rng.randint(0, 1)), rng)
                c["notify"] = within(due30 + timedelta(days=8), due60 - timedelta(days=2))
            else:
                c["notify"] = _at(due30.date() + timedelta(days=rng.randint(4, 14)), rng)
        elif kind == "open_late":
            pass
        elif kind == "material_after_due":
            c["material"] = _at(due15.date() + timedelta(days=rng.randint(0, 2)), rng)
            c["notify"] = _at(c["material"].date() + timedelta(days=rng.randint(7, 10)), rng)
        elif kind == "material_within":
            c["material"] = _at(d + timedelta(days=rng.randint(8, 12)), rng)
            c["notify"] = within(due15 + timedelta(days=1), _due_days(c["material"].date(), 15) - timedelta(days=1))
        elif kind == "last_minute":
            c["method"] = "短信"
            c["notify"] = due15 - timedelta(seconds=rng.randint(60, 540))
        elif kind == "complex_last_minute":
            c["complexity"] = "复杂件"
            c["method"] = "短信"
            c["notify"] = due30 - timedelta(seconds=rng.randint(60, 540))
        elif kind in ("weekend_due", "holiday_due"):
            c["notify"] = _at((due15 - timedelta(days=1)).date(), rng, 9, 12)   # the first working day after
        elif kind == "complex_ok":
            c["complexity"] = "复杂件"
            c["notify"] = within(due15 + timedelta(days=5), due30 - timedelta(days=1))
        elif kind == "appraisal":
            c["complexity"] = pick(rng, [("普通件", 1), ("复杂件", 1)])
            c["app_start"] = _at(d + timedelta(days=rng.randint(3, 5)), rng)
            c["app_end"] = _at(c["app_start"].date() + timedelta(days=rng.randint(12, 20)), rng)
            c["app_notified"] = _at(c["app_start"].date() + timedelta(days=rng.randint(0, 1)), rng)
            shift = (c["app_end"].date() - c["app_start"].date()).days
            n = 15 if c["complexity"] == "普通件" else 30
            c["notify"] = within(_due_days(d, n), _due_days(d + timedelta(days=shift), n) - timedelta(days=1))
        elif kind == "mediation":
            c["med_agreed"] = "是"
            c["med_apply"] = _at(d + timedelta(days=rng.randint(5, 8)), rng)
            c["med_end"] = _at(c["med_apply"].date() + timedelta(days=rng.randint(12, 20)), rng)
            shift = (c["med_end"].date() - c["med_apply"].date()).days
            c["notify"] = within(max(due15, c["med_end"]), _due_days(d + timedelta(days=shift), 15)
                                 - timedelta(days=1))
        elif kind == "declined":
            c["decline"] = _at(d + timedelta(days=rng.randint(3, 7)), rng)
            c["evidence"] = c["remedies"] = False
        elif kind == "withdrawn":
            c["withdraw"] = _at(d + timedelta(days=rng.randint(6, 12)), rng)
            c["evidence"] = c["remedies"] = False
        elif kind in ("open_ok", "open_ok_complex"):
            if kind == "open_ok_complex":
                c["complexity"] = "复杂件"
        if kind == "no_evidence":
            c["method"] = "电话"
            c["evidence"] = False
        if kind == "no_remedies":
            c["remedies"] = False
        if kind == "unreachable":
            c["method"] = "书面邮寄"
            c["evidence"] = False
            c["unreachable"] = "是"
        if c["notify"] is None:
            c["evidence"] = c["remedies"] = False

        # 核查 (second-tier review by the provincial branch)
        if kind.startswith("review"):
            nd = c["notify"].date()
            if kind in ("review_open_late", "review_open_ok"):
                c["apply_review"] = _at(nd + timedelta(days=rng.randint(3, 6)), rng)
                c["receive_review"] = _at(c["apply_review"].date() + timedelta(days=rng.randint(1, 2)), rng)
                c["review_body"] = "江苏省分公司消费者权益保护部"
            else:
                c["apply_review"] = _at(nd + timedelta(days=rng.randint(4, 20)), rng)
                c["receive_review"] = _at(c["apply_review"].date() + timedelta(days=rng.randint(1, 3)), rng)
                rd = c["receive_review"].date()
                if kind == "review_late":
                    c["review_decision"] = _at(_due_days(rd, 30).date() + timedelta(days=rng.randint(2, 8)), rng)
                elif kind == "review_ok_day30":
                    c["review_decision"] = _at((_due_days(rd, 30) - timedelta(days=1)).date(), rng, 15, 17)
                else:
                    c["review_decision"] = _at(rd + timedelta(days=rng.randint(8, 24)), rng)
                c["review_body"] = ("苏州中心支公司客户服务部" if kind == "review_wrong_body"
                                    else "江苏省分公司消费者权益保护部")
        cases.append(c)

    cases.sort(key=lambda c: c["recv"])
    people = distinct_names(rng, len(cases) + 8, taken)
    clients, staff = people[:len(cases)], people[len(cases):]
    rows = []
    per_day: dict = {}
    for c, client in zip(cases, clients):
        d = c["recv"].date()
        per_day[d] = per_day.get(d, 0) + 1
        no = f"TS{d:%Y%m%d}{per_day[d]:03d}"
        kind = c["kind"]
        notify = c["notify"]
        decision_day = (notify - timedelta(days=rng.randint(0, 2))) if notify else None
        if decision_day is not None and decision_day < c["recv"]:
            decision_day = notify
        if c["withdraw"]:
            status, result = "已撤诉", ""
        elif c["decline"]:
            status, result = "不予办理", "投诉提出人非投诉人本人、法定代理人或受托人，已告知不予办理"
        elif c["review_decision"] or (c["receive_review"] and not c["review_decision"]):
            status = "核查已办结" if c["review_decision"] else "核查中"
            result = pick(rng, [("维持原处理结论", 3), ("部分支持客户诉求", 1)])
        elif notify:
            status = "已办结"
            result = pick(rng, [("维持原理赔结论，已解释条款", 3), ("补付赔款", 2), ("部分支持客户诉求", 2),
                                ("退还部分保费", 1)])
        else:
            status = "处理中"
            result = ""
        remark = ""
        if kind == "unreachable":
            remark = "客户电话停机，处理决定书邮寄被退回"
        elif c["material"]:
            remark = "客户补充提交维修发票及事故证明"
        elif c["app_start"]:
            remark = "委托公估公司重新定损"
        elif c["med_apply"]:
            remark = "经客户同意提交保险纠纷调解委员会调解"
        branch = pick(rng, branches)
        row = {
            "投诉单号": no,
            "受理日期": _fmt292(c["recv"]),
            "投诉来源": pick(rng, sources),
            "投诉人": client,
            "联系电话": mobile(rng),
            "保单号": f"P{rng.choice(['DAA', 'DZA', 'EAC', 'YAB', 'JAB'])}2025{rng.randint(10**11, 10**12 - 1)}",
            "险种": c["line"],
            "被投诉机构": branch,
            "投诉类别": c["cat"],
            "投诉请求摘要": c["summary"],
            "承办部门": depts[c["cat"]],
            "经办人": rng.choice(staff),
            "办理时限": c["complexity"],
            "延期原因": c["ext_reason"],
            "延期审批人": c["approver"],
            "延期审批日期": _fmt292(c["approve"]),
            "延期告知客户日期": _fmt292(c["ext_notified"]),
            "委托公估日期": _fmt292(c["app_start"]),
            "公估报告日期": _fmt292(c["app_end"]),
            "公估告知客户日期": _fmt292(c["app_notified"]),
            "客户补充材料日期": _fmt292(c["material"]),
            "处理决定日期": _fmt292(decision_day),
            "告知客户日期": _fmt292(notify),
            "告知方式": c["method"] if notify else "",
            "告知凭证": evidence(c["method"]) if c["evidence"] else "",
            "告知救济途径": rng.choice(remedies_texts) if c["remedies"] else "",
            "客户失联": c["unreachable"],
            "处理结果": result,
            "客户同意调解": c["med_agreed"],
            "提交调解日期": _fmt292(c["med_apply"]),
            "调解结束日期": _fmt292(c["med_end"]),
            "撤诉日期": _fmt292(c["withdraw"]),
            "不予办理日期": _fmt292(c["decline"]),
            "申请核查日期": _fmt292(c["apply_review"]),
            "核查受理日期": _fmt292(c["receive_review"]),
            "核查机构": c["review_body"],
            "核查结论告知日期": _fmt292(c["review_decision"]),
            "结案日期": _fmt292(c["review_decision"] or notify or c["withdraw"] or c["decline"]),
            "工单状态": status,
            "备注": remark,
        }
        rows.append(row)
        if injected is not None:
            rule = {"late_simple": "decide", "late_complex": "decide", "special_unnotified": "decide",
                    "open_late": "decide", "material_after_due": "decide",
                    "ext_wrong": "extension_approved_by_named_level", "no_evidence": "notice_evidence",
                    "no_remedies": "decision_remedies", "review_late": "review_decide",
                    "review_open_late": "review_decide",
                    "review_wrong_body": "review_by_superior_institution"}.get(kind)
            if rule:
                injected.append((no, rule))

    hand = {
        "procedure": "l3-banking-insurance-complaints",
        "encoding": "gb18030",
        "columns": {
            "投诉单号": "case_number",
            "受理日期": "receive_at",
            "投诉人": "complainant",
            "联系电话": "contact_phone",
            "投诉请求摘要": "content",
            "办理时限": "complexity",
            "延期审批人": "approve_extension_by",
            "延期审批日期": "approve_extension_at",
            "延期告知客户日期": "extension_notified_at",
            "委托公估日期": "appraisal_started_at",
            "公估报告日期": "appraisal_ended_at",
            "公估告知客户日期": "appraisal_notified_at",
            "客户补充材料日期": "new_material_received_at",
            "告知客户日期": "notify_decision_at",
            "告知凭证": "notice_evidence",
            "告知救济途径": "remedies_stated",
            "客户失联": "complainant_unreachable",
            "客户同意调解": "mediation_agreed",
            "提交调解日期": "apply_mediation_at",
            "调解结束日期": "mediation_ended_at",
            "撤诉日期": "withdraw_at",
            "不予办理日期": "decline_at",
            "申请核查日期": "apply_review_at",
            "核查受理日期": "receive_review_at",
            "核查机构": "review_decision_by",
            "核查结论告知日期": "review_decision_at",
        },
        "values": {
            "complexity": {"普通件": "simple", "复杂件": "complex", "特别复杂件": "special"},
            "complainant_unreachable": {"是": True, "否": False},
            "mediation_agreed": {"是": True, "否": False},
        },
        "roles": {
            "省分公司分管副总经理": "superior_institution",
            "总公司消保部总经理": "head_office_executive",
            "中支总经理": "executive_in_charge",
            "江苏省分公司消费者权益保护部": "superior_institution",
            "苏州中心支公司客户服务部": "institution",
        },
    }
    return rows, hand


# =====================================================================================================================
# 293  S35 产品质量投诉处理流程 — an auto-parts maker's quality department, its complaint register in Excel (XLSX)
# =====================================================================================================================

def e293_s35_autoparts_quality_complaint_ledger(rng, injected=None):
    """浙江恒驰汽车零部件有限公司（制动器、底盘件，国内主机厂和外贸客户）品质部维护的《客户质量投诉台账》Excel 表
    （XLSX，第一张工作表；时间列为 Excel 日期时间单元格，措施实施日期、费用日期只记日期）。市场部各业务处和外贸部把
    客户反馈转给责任事业部（制动事业部、底盘事业部、总成事业部），分厂为一分厂至三分厂。

    读制度 YAML 之前写下的表头（只读了种子文件中的《产品质量投诉处理流程》原文）：投诉编号、信息接收时间、反馈部门、
    客户名称、产品型号、产品阶段、是否批量问题、问题描述、不良数量、责任事业部、责任分厂、事件公示时间、牵头负责人、
    纠正预防措施报告编号、质量总监审核日期、总经理审批时间、整改措施公示时间、措施实施日期、第一次验证日期、
    第一次验证结果公示时间、第二次验证日期、第三次验证日期、客户再次反馈时间、再次反馈公示时间、协调费用(元)、
    客户罚款(元)、费用反馈日期、业务员、状态、备注。

    读过制度 YAML 后补的列：品质部签收报告时间（整改措施公示 1 小时从品质部接到总经理批复的报告起算，不是从审批时间起算）、
    费用发生日期（“当月发生当月反馈”要有发生日期）、客户再次反馈（是/否；再次反馈公示时限只适用于客户再次反馈的案件）。

    注入的违规（按规则 id 计数，共 16）：post_event_1h 4（事件公示晚于接到反馈 1 小时以上，其中一件傍晚接到、次日早上
    才公示）、new_product_to_technical_manager 2（新品/新品前三批的原因分析由品质部经理牵头）、
    mature_batch_to_quality_director 2（成熟产品批量问题由品质部经理牵头）、first_verification_within_1_week 3
    （措施实施后第 9-12 天才首次验证；6 月上旬实施的至今没有首次验证）、director_review_mature_non_batch 2
    （成熟产品非批量问题的纠正预防措施报告没有质量总监审核就报总经理审批）、cost_feedback_same_month 3（协调费用或罚款
    次月才反馈）。

    陷阱：事件公示恰好 60 分钟、59 分钟；首次验证在实施后第 7 天下午；3 月 31 日首次验证、4 月 30 日第二次验证（没有
    对应日取月末）；6 月下旬实施、尚未首次验证；6 月首次验证、尚未第二次验证；5 月 29 日发生的罚款 5 月 31 日（周六、
    端午假期）反馈；月末当天发生当天反馈；成熟产品批量问题由质量总监牵头且没有质量总监审核（不需要）；成熟产品非批量
    问题由品质部经理牵头；客户再次反馈 58 分钟后公示；6 月中下旬的新品投诉报告尚在编写，既无质量总监审核也无总经理审批。
    """
    taken: set = set()
    kinds = (["ev_late"] * 4 + ["new_wrong_lead"] * 2 + ["batch_wrong_lead"] * 2 + ["v1_late"] * 2 + ["v1_open_late"]
             + ["no_review"] * 2 + ["cost_late"] * 3
             + ["ev_60", "ev_59", "v1_day7", "v1_open_ok", "v2_month_end", "v2_open_ok", "cost_holiday",
                "cost_same_day", "refeedback_58", "report_pending"])
    kinds += ["normal"] * (48 - len(kinds))
    rng.shuffle(kinds)

    customers = [("华北重卡", "市场一处"), ("东岭商用车", "市场一处"), ("江淮轻卡", "市场二处"), ("西南客车", "市场二处"),
                 ("金海汽车", "市场二处"), ("MotoKraft GmbH", "外贸部"), ("Rotaparts s.r.o.", "外贸部"),
                 ("Frenos del Sur S.A.", "外贸部"), ("Pacific Brake Supply", "外贸部")]
    products = [("制动钳总成 BC-3021", "制动事业部"), ("制动盘 BD-320V", "制动事业部"), ("盘式刹车片 BP-1187", "制动事业部"),
                ("轮毂单元 HU-615", "底盘事业部"), ("转向横拉杆 TR-208", "底盘事业部"), ("制动总泵总成 MC-77", "总成事业部"),
                ("气压制动阀总成 AV-12", "总成事业部")]
    problems = ["制动异响", "卡钳活塞漏油", "摩擦片脱层", "安装孔尺寸超差", "表面锈蚀", "螺纹损伤", "动平衡超差",
                "防尘罩破损", "装配漏装弹簧片", "密封圈压伤"]
    plants = {"制动事业部": ["一分厂", "二分厂"], "底盘事业部": ["二分厂"], "总成事业部": ["三分厂"]}
    stage_labels = {"new": "新品", "new3": "新品第1-3批", "mature": "成熟产品"}

    def work_time(d: date, lo=8, hi=17) -> datetime:
        return datetime.combine(d, time(rng.randint(lo, hi - 1), rng.randint(0, 59)))

    cases = []
    for kind in kinds:
        # when the feedback arrived
        if kind == "v1_open_late":
            rd = date(2025, 5, 26) + timedelta(days=rng.randint(0, 6))
        elif kind == "v1_open_ok":
            rd = date(2025, 6, 13) + timedelta(days=rng.randint(0, 3))
        elif kind == "v2_open_ok":
            rd = date(2025, 5, 26) + timedelta(days=rng.randint(0, 4))
        elif kind == "v2_month_end":
            rd = date(2025, 3, 12) + timedelta(days=rng.randint(0, 3))
        elif kind == "cost_holiday":
            rd = date(2025, 5, 19) + timedelta(days=rng.randint(0, 4))
        elif kind == "cost_same_day":
            rd = date(2025, 4, 21) + timedelta(days=rng.randint(0, 3))
        elif kind == "cost_late":
            rd = date(2025, 2, 10) + timedelta(days=rng.randint(0, 94))    # 2/10 .. 5/15: fed back in the next month
        elif kind == "v1_late":
            rd = date(2025, 2, 10) + timedelta(days=rng.randint(0, 105))   # the late first verification is on record
        elif kind == "no_review":
            rd = date(2025, 2, 10) + timedelta(days=rng.randint(0, 110))
        elif kind == "report_pending":
            rd = date(2025, 6, 18) + timedelta(days=rng.randint(0, 2))
        else:
            rd = date(2025, 2, 10) + timedelta(days=rng.randint(0, 130))   # 2/10 .. 6/20
        r = work_time(rd, 8, 17)
        if kind == "ev_late" and rng.random() < 0.5 and not any(x["kind"] == "ev_late" and x["overnight"]
                                                                 for x in cases):
            r = datetime.combine(rd, time(17, rng.randint(35, 55)))
            overnight = True
        else:
            overnight = False
        customer, feedback_dept = rng.choice(customers)
        product, bu = rng.choice(products)
        if kind == "new_wrong_lead":
            stage = "new" if not any(x["kind"] == "new_wrong_lead" for x in cases) else "new3"
        elif kind == "batch_wrong_lead":
            stage = "mature"
        elif kind == "no_review":
            stage = "mature"
        elif kind == "report_pending":
            stage = rng.choice(["new", "new3"])
        else:
            stage = pick(rng, [("new", 2), ("new3", 2), ("mature", 7)])
        batch = "是" if (kind == "batch_wrong_lead" or rng.random() < 0.3) else "否"
        if kind == "no_review":
            batch = "否"
        if stage in ("new", "new3"):
            lead = "品质部经理" if kind == "new_wrong_lead" else "技术部经理"
        elif batch == "是":
            lead = "品质部经理" if kind == "batch_wrong_lead" else "质量总监"
        else:
            lead = "品质部经理"

        c = {"kind": kind, "r": r, "customer": customer, "fb": feedback_dept, "product": product, "bu": bu,
             "stage": stage, "batch": batch, "lead": lead, "overnight": overnight}

        # 事件公示
        if kind == "ev_late":
            c["post_event"] = (datetime.combine(rd + timedelta(days=1), time(8, rng.randint(2, 25))) if overnight
                               else r + timedelta(minutes=rng.randint(75, 190)))
        elif kind == "ev_60":
            c["post_event"] = r + timedelta(minutes=60)
        elif kind == "ev_59":
            c["post_event"] = r + timedelta(minutes=59)
        else:
            c["post_event"] = r + timedelta(minutes=rng.randint(12, 52))

        # report: (director review), GM approval, quality dept receives the approved report, posts the measures
        needs_review = stage in ("new", "new3") or batch == "否"
        if kind == "report_pending":
            review, gm = None, work_time(date(2025, 7, 2), 9, 15)          # the report is still being written
        elif kind in ("v1_open_ok",):
            review = work_time(rd + timedelta(days=2), 9, 16) if needs_review else None
            gm = work_time(rd + timedelta(days=3), 9, 15)
        else:
            review = work_time(rd + timedelta(days=rng.randint(2, 4)), 9, 16) if needs_review else None
            gm = work_time((review.date() if review else rd) + timedelta(days=rng.randint(1, 2)), 9, 15)
            if kind == "no_review":
                review = None                                               # sent to the GM without the review
        c["review"], c["gm"] = review, gm
        c["recv_report"] = gm + timedelta(minutes=rng.randint(30, 150))
        c["post_measures"] = c["recv_report"] + timedelta(minutes=rng.randint(10, 50))
        c["capa"] = f"CAPA-{rd:%y%m}-{rng.randint(10, 99)}"

        # implementation (a date) and the three verifications
        if kind == "v1_open_ok":
            impl = date(2025, 6, 24) + timedelta(days=rng.randint(1, 2))
        elif kind == "v2_month_end":
            impl = date(2025, 3, 26)
        else:
            impl = gm.date() + timedelta(days=rng.randint(1, 3))
        c["impl"] = impl
        if kind == "v1_late":
            v1 = work_time(impl + timedelta(days=rng.randint(9, 12)), 9, 16)
        elif kind in ("v1_open_late", "v1_open_ok"):
            v1 = None
        elif kind == "v1_day7":
            v1 = datetime.combine(impl + timedelta(days=7), time(16, rng.randint(0, 50)))
        elif kind == "v2_month_end":
            v1 = datetime.combine(date(2025, 3, 31), time(9, rng.randint(10, 50)))
        else:
            v1 = work_time(impl + timedelta(days=rng.randint(2, 6)), 9, 16)
        if kind == "v2_open_ok" or v1 is None:
            v2 = None
        elif kind == "v2_month_end":
            v2 = datetime.combine(date(2025, 4, 30), time(15, rng.randint(0, 59)))
        else:
            v2 = work_time(v1.date() + timedelta(days=rng.randint(18, 27)), 9, 16)
        v3 = work_time(v2.date() + timedelta(days=rng.randint(18, 27)), 9, 16) if v2 else None
        c["v1"], c["v2"], c["v3"] = v1, v2, v3
        c["post_v1"] = v1 + timedelta(minutes=rng.randint(15, 55)) if v1 else None

        # the customer comes back about the same problem
        c["refb"] = c["post_refb"] = None
        if v1 and (kind == "refeedback_58" or (kind == "normal" and rng.random() < 0.15)):
            c["refb"] = work_time(v1.date() + timedelta(days=rng.randint(3, 12)), 8, 17)
            c["post_refb"] = c["refb"] + timedelta(minutes=58 if kind == "refeedback_58" else rng.randint(10, 45))

        # coordination costs and fines
        c["cost"] = c["fine"] = None
        c["incurred"] = c["cost_fb"] = None
        if kind.startswith("cost") or (kind == "normal" and rng.random() < 0.3):
            if kind == "cost_holiday":
                inc = date(2025, 5, 29)
                fb = date(2025, 5, 31)
            elif kind == "cost_same_day":
                inc = fb = date(2025, 4, 30)
            else:
                inc = rd + timedelta(days=rng.randint(1, 12))
                month_end = (date(inc.year, inc.month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
                if kind == "cost_late":
                    fb = month_end + timedelta(days=rng.randint(2, 8))
                else:
                    fb = inc + timedelta(days=rng.randint(0, (month_end - inc).days))
            c["incurred"], c["cost_fb"] = inc, fb
            if rng.random() < 0.6 or kind == "cost_same_day":
                c["cost"] = rng.choice([800, 1200, 1500, 2600, 3800, 5000, 8600])
            if c["cost"] is None or rng.random() < 0.3:
                c["fine"] = rng.choice([2000, 5000, 10000, 20000, 35000])
        cases.append(c)

    # nothing after the export was taken
    def upto(t):
        if t is None:
            return None
        if isinstance(t, date) and not isinstance(t, datetime):
            return datetime.combine(t, time()) if datetime.combine(t, time()) <= CUTOFF else None
        return t if t <= CUTOFF else None

    cases.sort(key=lambda c: c["r"])
    people = distinct_names(rng, 6, taken)
    rows = []
    for i, c in enumerate(cases, 1):
        no = f"KS-{c['r']:%Y}-{i:03d}"
        kind = c["kind"]
        chain = {}
        stop = False
        for key in ("review", "gm", "recv_report", "post_measures", "impl", "v1", "post_v1", "v2", "v3"):
            v = None if stop else upto(c[key])
            if key in ("gm", "impl", "v1", "v2") and c[key] is not None and v is None:
                stop = True
            chain[key] = v
        for step, posting in (("recv_report", "post_measures"), ("v1", "post_v1")):
            if chain[posting] is None and c[posting] is not None:
                chain[step] = None
        if chain["v1"] is None:
            chain["post_v1"] = chain["v2"] = chain["v3"] = None
        refb, post_refb = upto(c["refb"]), upto(c["post_refb"])
        if post_refb is None:
            refb = None
        inc, cost_fb = upto(c["incurred"]), upto(c["cost_fb"])
        if inc is None:
            cost_fb = None
        if chain["v3"]:
            status = "已关闭"
        elif chain["v1"]:
            status = "跟踪验证中"
        elif chain["impl"]:
            status = "措施实施中"
        elif chain["gm"]:
            status = "措施待实施"
        else:
            status = "原因分析中"
        remark = ""
        if refb:
            remark = "客户再次反馈同类问题"
        elif c["fine"] and inc:
            remark = "客户开具罚款通知单"
        rows.append({
            "投诉编号": no,
            "信息接收时间": c["r"],
            "反馈部门": c["fb"],
            "客户名称": c["customer"],
            "产品型号": c["product"],
            "产品阶段": stage_labels[c["stage"]],
            "是否批量问题": c["batch"],
            "问题描述": rng.choice(problems),
            "不良数量": rng.choice([36, 120, 480, 1500]) if c["batch"] == "是" else rng.choice([1, 2, 3, 5, 8, 12]),
            "责任事业部": c["bu"],
            "责任分厂": rng.choice(plants[c["bu"]]),
            "事件公示时间": c["post_event"],
            "牵头负责人": c["lead"],
            "纠正预防措施报告编号": c["capa"] if chain["gm"] else "",
            "质量总监审核日期": chain["review"],
            "总经理审批时间": chain["gm"],
            "品质部签收报告时间": chain["recv_report"],
            "整改措施公示时间": chain["post_measures"],
            "措施实施日期": chain["impl"],
            "第一次验证日期": chain["v1"],
            "第一次验证结果公示时间": chain["post_v1"],
            "第二次验证日期": chain["v2"],
            "第三次验证日期": chain["v3"],
            "客户再次反馈": "是" if refb else "否",
            "客户再次反馈时间": refb,
            "再次反馈公示时间": post_refb,
            "协调费用(元)": c["cost"] if inc else None,
            "客户罚款(元)": c["fine"] if inc else None,
            "费用发生日期": inc,
            "费用反馈日期": cost_fb,
            "业务员": rng.choice(people),
            "状态": status,
            "备注": remark,
        })
        if injected is not None:
            rule = {"ev_late": "post_event_1h", "new_wrong_lead": "new_product_to_technical_manager",
                    "batch_wrong_lead": "mature_batch_to_quality_director", "v1_late": "first_verification_within_1_week",
                    "v1_open_late": "first_verification_within_1_week",
                    "no_review": "director_review_mature_non_batch", "cost_late": "cost_feedback_same_month"}.get(kind)
            if rule:
                injected.append((no, rule))

    hand = {
        "procedure": "s35-product-quality-complaint-flow",
        "columns": {
            "投诉编号": "case_number",
            "信息接收时间": "receive_feedback_at",
            "产品型号": "product",
            "产品阶段": "product_stage",
            "是否批量问题": "batch_issue",
            "事件公示时间": "post_event_at",
            "牵头负责人": "analyse_by",
            "质量总监审核日期": "director_review_at",
            "总经理审批时间": "gm_approve_at",
            "品质部签收报告时间": "receive_approved_report_at",
            "整改措施公示时间": "post_measures_at",
            "措施实施日期": "implement_at",
            "第一次验证日期": "verify_1_at",
            "第一次验证结果公示时间": "post_verify_1_at",
            "第二次验证日期": "verify_2_at",
            "第三次验证日期": "verify_3_at",
            "客户再次反馈": "customer_refeedback",
            "客户再次反馈时间": "refeedback_at",
            "再次反馈公示时间": "post_refeedback_at",
            "协调费用(元)": "coordination_cost",
            "客户罚款(元)": "customer_fine",
            "费用发生日期": "cost_incurred_at",
            "费用反馈日期": "cost_feedback_at",
        },
        "values": {
            "product_stage": {"新品": "new", "新品第1-3批": "new_first_three_batches", "成熟产品": "mature"},
            "batch_issue": {"是": "yes", "否": "no"},
            "customer_refeedback": {"是": "yes", "否": "no"},
        },
        "roles": {
            "技术部经理": "technical_manager",
            "质量总监": "quality_director",
            "品质部经理": "quality_manager",
        },
    }
    return rows, hand


EXPORTS = [
    ("292-l3-banking-insurance-complaints-insurer-branch-complaint-system.csv", "gb18030",
     e292_l3_insurer_branch_complaint_system),
    ("293-s35-product-quality-complaint-flow-autoparts-quality-ledger.xlsx", "xlsx",
     e293_s35_autoparts_quality_complaint_ledger),
]
