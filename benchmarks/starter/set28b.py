"""Starter-profile benchmark exports 162-163 (set 28b), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 162 163    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 17, 30)   # the exports were taken on 30 June 2025; later steps have not happened
START = date(2025, 1, 2)
DAYS = (date(2025, 6, 10) - START).days


# --- 162: S24, Nanjing cable network's 96296 customer-service work-order system (CSV export, GBK) -------------------

def _ts(t):
    """2025-03-04 09:12:33 -- the work-order system's own timestamp."""
    if t is None:
        return ""
    return t.strftime("%Y-%m-%d %H:%M:%S")


def _clamp(t, rng, first=(8, 30), last=(17, 30)):
    """Move t into the working window [first, last] of its day, or the next morning."""
    lo = t.replace(hour=first[0], minute=first[1])
    hi = t.replace(hour=last[0], minute=last[1])
    if t < lo:
        t = lo + timedelta(minutes=rng.randint(3, 50))
    elif t > hi:
        t = (lo + timedelta(days=1)) + timedelta(minutes=rng.randint(3, 50))
    return t.replace(second=rng.randint(0, 59), microsecond=0)


_S24_DEPTS = {
    # 责任部门: [(业务类别, 投诉内容, 处理情况, 处罚意见)]
    "网络维护中心": [
        ("有线电视", "小区有线电视信号时好时坏，马赛克严重，已报修两次", "更换楼道分支器，信号电平恢复正常", ""),
        ("宽带", "宽带晚上经常掉线，装维说是光猫问题但一直不来换", "上门更换光猫，测速正常", "装维人员未按约上门，建议扣当月绩效2分"),
        ("有线电视", "机顶盒无信号，报修后三天无人联系", "上门检修入户线，恢复收视", "派工超时，建议通报批评"),
        ("宽带", "宽带测速只有签约速率的三分之一", "调整端口配置，复测达到签约速率", ""),
    ],
    "工程部": [
        ("有线电视", "楼道施工后线缆乱拉，挡住消防通道", "重新整理线缆并固定，清理施工垃圾", "施工队文明施工不到位，建议罚款200元"),
        ("宽带", "新房报装光纤一个月还没施工", "协调施工队三日内完成入户施工", ""),
        ("有线电视", "施工人员打穿了家里墙面瓷砖不管", "上门修补墙面并赔偿瓷砖费用", "施工损坏用户财物，建议扣施工队质保金500元"),
    ],
    "营业部": [
        ("缴费", "营业厅多收了一年的机顶盒押金", "核实后退还押金", ""),
        ("缴费", "营业员态度恶劣，办理报停被拒", "营业厅负责人致电道歉，当场办理报停", "营业员服务态度差，建议扣绩效3分"),
        ("互动电视", "营业厅办理的套餐与宣传单不一致", "按宣传单内容调整套餐并补偿一个月费用", ""),
    ],
    "市场部": [
        ("互动电视", "上门推销人员称不升级高清就停信号", "核实为推广人员误导，向用户致歉并取消升级", "推广人员虚假宣传，建议停岗培训"),
        ("宽带", "宣传的免费提速到期后自动扣费", "退还扣费并关闭自动续订", ""),
    ],
    "计费中心": [
        ("缴费", "已经报停的账户还在扣费", "核实报停未生效，退还多扣费用", ""),
        ("缴费", "银行代扣重复扣了两次收视费", "核对银行流水后退还重复扣款", ""),
        ("互动电视", "点播节目没看就被扣费", "核实为误触订购，退还点播费用", ""),
    ],
    "技术部": [
        ("互动电视", "互动电视回看功能一个星期打不开", "修复回看服务器故障，功能恢复", ""),
        ("互动电视", "机顶盒升级后频道顺序全乱了", "推送频道排序修复包并远程重置", ""),
    ],
}

_S24_MASS = ("网络维护中心", "有线电视", "光节点故障，整个小区有线电视中断大半天", "抢修光节点，全小区信号恢复，按户减免当月一天收视费")

_S24_SOURCES = [("96296热线", 14), ("营业厅意见调查表", 3), ("12345政府热线转办", 3), ("消协转办", 1), ("媒体", 1), ("部门转发", 2)]


def e162_s24_nanjing_cable_complaint_workorders(rng, injected=None):
    """南京广电网络客户服务部的“96296 客服工单系统”：坐席受理 96296 热线、营业厅意见调查表、政府部门/消协/媒体转来的
    投诉和各部门发起的投诉，生成《客户投诉/建议信息登记处理单》派到责任部门；部门接单人处理后在系统里上传《纠正及预防
    措施记录表》，客服部汇总报分管领导审核，再回访客户；客户不满意的二次派单，仍不满意的报分管领导批示后答复。
    导出为 CSV（GBK，系统“导出 Excel”按钮出的 csv）。日期写法：2025-03-04 09:12:33（系统时间戳，带秒）。

    按原文先写下的列（系统自己的叫法）：
    工单编号, 受理时间, 投诉来源(96296热线/营业厅意见调查表/政府部门转办/消协转办/媒体/部门转发/内部发起),
    投诉类型(常规投诉/发掘性投诉/集中性投诉), 客户姓名, 联系电话, 用户证号, 业务类别(有线电视/宽带/互动电视/缴费),
    投诉内容, 受理坐席, 派单时间, 责任部门, 部门接单人, 接单时间, 纠正预防措施反馈时间, 处理情况,
    分管领导审核时间, 回访时间, 回访人, 回访结果(满意/基本满意/不满意), 是否二次投诉, 二次派单时间, 二次回复时间,
    报分管领导时间, 领导批示, 最终答复时间, 处罚意见, 处罚意见递交时间, 工单状态(已归档/处理中/待回访), 备注

    读过制度 YAML 后补的列：处理完成时间（部门在系统点“处理完成”）, 审核人（审核记录表的领导）, 告知客户时间（坐席把处理
    结果告知客户）, 处罚意见提出时间（责任部门在工单上提出处罚意见；“处罚意见递交时间”是客服部转综合部的时间）。
    “回访结果”记最近一次回访：第一次回访不满意的写“不满意”并二次派单，二次回复后仍不满意的改写“仍不满意”。

    注入（19 项，18 个案件）：corrective_record_3_days ×4（3 件记录表在接单后第4—6天才上传，1 件 6 月 18 日受理、
    已处理、到 6 月 30 日仍未上传）；corrective_record_3_days-start ×1（部门没在系统点接单，记录表照传）；
    accept_required ×1 与 corrective_record_required ×1（同一件：没接单、没记录表，处理完成、已回访）；
    leader_audit_required ×1；revisit_required ×1；notify_result_required ×1；handling_completed ×1（处理完成时间未填）；
    penalty_forwarded ×1；re_register_when_unsatisfied ×1（部门直接联系用户，没有二次派单）；rehandle_when_unsatisfied ×1；
    leader_review_when_still_unsatisfied ×1（客服部按原意见直接答复）；register_by_customer_service ×1（市场部人员录单）；
    revisit_by_customer_service ×1（责任部门自行回访）；step-leader_audit ×1（客服部经理代审）；
    handle-corrective_action ×1（记录表先于处理完成）。
    陷阱（不是违规）：2 件记录表在接单后第3天 21 点上传（3天内、含当天 24:00 前）；1 件周五傍晚派单、周一才接单，
    记录表距派单 4 天多、距接单 2 天（时限从接单起算）；6 月 27—30 日的 3 件在办案件（已派单未接单 / 已接单 / 已处理），
    记录表期限未到；“基本满意”不需二次处理；2 件不满意、1 件仍不满意走完二次派单、二次回复、报分管领导和最终答复；
    发掘性投诉由各部门发起但仍由客服坐席录单；3 件集中性投诉（同一天光节点故障）；处罚意见“无”的工单没有处罚时间。
    """
    taken = set()
    agents = distinct_names(rng, 5, taken)           # 客户服务部 96296 坐席
    visitors = distinct_names(rng, 2, taken)         # 客户服务部 回访专员
    cs_manager = distinct_names(rng, 1, taken)[0]    # 客户服务部经理
    leaders = distinct_names(rng, 2, taken)          # 分管领导（分管客服、分管网络的副总经理）
    receivers = {d: distinct_names(rng, 2, taken) for d in _S24_DEPTS}   # 各责任部门的专人/专岗

    scen = (["normal"] * 13 + ["unsat_ok"] * 2 + ["still_ok"] + ["edge_day3"] * 2 + ["weekend_gap"]
            + ["late_corrective"] * 3 + ["start_missing", "accept_corr_missing", "leader_audit_missing",
               "revisit_missing", "notify_missing", "handle_missing", "penalty_not_forwarded",
               "unsat_no_reregister", "unsat_no_rehandle", "still_no_leader_review", "register_by_dept",
               "revisit_by_dept", "audit_by_cs_manager", "corrective_before_handle"])
    rng.shuffle(scen)
    scen += ["open_overdue", "inprog_accepted", "inprog_handled", "inprog_dispatched"]
    assert len(scen) == 40

    mass_day = START + timedelta(days=rng.randint(60, 90))
    mass_left = 3
    cases = []
    for k, sc in enumerate(scen):
        late = sc.startswith(("unsat", "still"))
        if sc == "open_overdue":
            day = date(2025, 6, 18)
        elif sc == "inprog_accepted":
            day = date(2025, 6, 28)
        elif sc == "inprog_handled":
            day = date(2025, 6, 27)
        elif sc == "inprog_dispatched":
            day = date(2025, 6, 30)
        else:
            day = START + timedelta(days=rng.randint(0, DAYS - (25 if late else 8)))
        if sc == "normal" and mass_left and rng.random() < 0.4:
            kind, mass = "集中性投诉", True
            day = mass_day
            mass_left -= 1
        else:
            mass = False
            kind = "发掘性投诉" if rng.random() < 0.12 else "常规投诉"
        if sc == "weekend_gap":                        # dispatched on a Friday evening, received by the dept on Monday
            while day.weekday() != 4:
                day += timedelta(days=1)
        t0 = datetime.combine(day, datetime.min.time()) + timedelta(hours=rng.uniform(8, 20.5))
        t0 = t0.replace(second=rng.randint(0, 59), microsecond=0)
        if sc == "weekend_gap":
            t0 = t0.replace(hour=17, minute=rng.randint(40, 59))
        if sc == "inprog_dispatched":                  # received on the morning of the export day
            t0 = t0.replace(hour=rng.randint(9, 11))

        if mass:
            dept = _S24_MASS[0]
            biz, content, result, penalty = _S24_MASS[1], _S24_MASS[2], _S24_MASS[3], ""
        else:
            dept = pick(rng, [("网络维护中心", 5), ("工程部", 2), ("营业部", 2), ("市场部", 1), ("计费中心", 2), ("技术部", 1)])
            biz, content, result, penalty = rng.choice(_S24_DEPTS[dept])
        if sc == "penalty_not_forwarded" and not penalty:
            dept = "网络维护中心"
            biz, content, result, penalty = _S24_DEPTS[dept][1]
        if kind == "发掘性投诉":
            source = "部门发起"
        elif mass:
            source = "96296热线"
        else:
            source = pick(rng, _S24_SOURCES)

        r = Case()
        r["工单编号"] = None
        r["受理时间"] = t0
        r["投诉来源"] = source
        r["投诉类型"] = kind
        r["业务类别"] = biz
        r["客户姓名"] = person_name(rng)
        r["联系电话"] = mobile(rng)
        r["用户证号"] = "0251" + "".join(rng.choice("0123456789") for _ in range(8))
        r["投诉内容"] = content
        r["受理坐席"] = rng.choice(agents)
        disp = t0 + timedelta(minutes=rng.randint(4, 70))
        r["派单时间"] = disp.replace(second=rng.randint(0, 59))
        r["责任部门"] = dept
        who = rng.choice(receivers[dept])
        r["部门接单人"] = who
        acc = _clamp(disp + timedelta(hours=rng.uniform(0.2, 5)), rng)
        if sc == "weekend_gap":
            acc = _clamp(datetime.combine(day + timedelta(days=3), datetime.min.time()).replace(hour=8, minute=30)
                         + timedelta(minutes=rng.randint(5, 60)), rng)
        r["接单时间"] = acc
        hdl = _clamp(acc + timedelta(hours=rng.uniform(2, 26)), rng)
        r["处理完成时间"] = hdl
        r["处理情况"] = result
        # the record sheet: normally the same or next day, at the latest the 2nd day after receiving the slip
        limit = datetime.combine(acc.date() + timedelta(days=2), datetime.min.time()).replace(hour=17)
        cor = _clamp(hdl + timedelta(hours=rng.uniform(0.5, 6)), rng)
        if cor > limit:
            hdl = _clamp(acc + timedelta(hours=rng.uniform(1, 5)), rng)
            r["处理完成时间"] = hdl
            cor = hdl + timedelta(minutes=rng.randint(20, 90))
        if sc == "edge_day3":                          # the last evening of the 3 days: still in time
            hdl = _clamp(datetime.combine(acc.date() + timedelta(days=3), datetime.min.time()).replace(hour=14)
                         + timedelta(minutes=rng.randint(0, 120)), rng)
            r["处理完成时间"] = hdl
            cor = hdl.replace(hour=21, minute=rng.randint(5, 50))
        if sc == "weekend_gap":                        # 4-5 days after the dispatch, 2 days after receiving it
            cor = _clamp(datetime.combine(acc.date() + timedelta(days=2), datetime.min.time()).replace(hour=10)
                         + timedelta(minutes=rng.randint(0, 240)), rng)
            hdl = cor - timedelta(hours=rng.uniform(2, 20))
            hdl = _clamp(max(hdl, acc + timedelta(hours=1)), rng)
            r["处理完成时间"] = hdl
        if sc == "late_corrective":
            cor = _clamp(datetime.combine(acc.date() + timedelta(days=rng.choice([4, 4, 5, 6])), datetime.min.time())
                         + timedelta(hours=rng.uniform(9, 16)), rng)
            hdl = _clamp(cor - timedelta(hours=rng.uniform(24, 40)), rng)
            if hdl <= acc:
                hdl = acc + timedelta(hours=3)
            r["处理完成时间"] = hdl
        if sc == "corrective_before_handle":           # the department filled the sheet first, finished the repair later
            cor = _clamp(acc + timedelta(hours=rng.uniform(1, 3)), rng)
            hdl = _clamp(cor + timedelta(hours=rng.uniform(18, 30)), rng)
            r["处理完成时间"] = hdl
        r["纠正预防措施反馈时间"] = cor.replace(second=rng.randint(0, 59))
        aud = _clamp(max(cor, hdl) + timedelta(hours=rng.uniform(2, 30)), rng, (8, 30), (18, 0))
        r["审核人"] = leaders[0] if dept in ("营业部", "市场部", "计费中心") else leaders[1]
        r["分管领导审核时间"] = aud
        ntf = _clamp(aud + timedelta(hours=rng.uniform(0.5, 5)), rng, (8, 0), (20, 30))
        r["告知客户时间"] = ntf
        rv = _clamp(ntf + timedelta(hours=rng.uniform(20, 70)), rng, (9, 0), (20, 0))
        r["回访时间"] = rv
        r["回访人"] = rng.choice(visitors)
        r["回访结果"] = pick(rng, [("满意", 7), ("基本满意", 3)])
        r["是否二次投诉"] = "否"
        r["二次派单时间"] = r["二次回复时间"] = r["报分管领导时间"] = r["领导批示"] = r["最终答复时间"] = None
        if sc.startswith(("unsat", "still")):
            r["回访结果"] = "仍不满意" if sc.startswith("still") else "不满意"
            r["是否二次投诉"] = "是"
            rr = rv + timedelta(minutes=rng.randint(8, 40))
            r["二次派单时间"] = rr
            rh = _clamp(rr + timedelta(hours=rng.uniform(3, 28)), rng)
            r["二次回复时间"] = rh
            if sc.startswith("still"):
                lr = _clamp(rh + timedelta(hours=rng.uniform(20, 50)), rng, (8, 30), (18, 0))
                r["报分管领导时间"] = lr
                r["领导批示"] = rng.choice(["同意按公司标准补偿，由客服部答复", "责任部门再上门一次，补偿一个月收视费",
                                         "按原处理意见答复，做好解释"])
                r["最终答复时间"] = _clamp(lr + timedelta(hours=rng.uniform(3, 30)), rng, (8, 0), (20, 30))
        r["处罚意见"] = penalty or "无"
        r["处罚意见提出时间"] = r["处罚意见递交时间"] = None
        if penalty:
            sp = cor + timedelta(minutes=rng.randint(10, 240))
            r["处罚意见提出时间"] = sp.replace(second=rng.randint(0, 59))
            r["处罚意见递交时间"] = _clamp(sp + timedelta(hours=rng.uniform(6, 50)), rng)
        r["工单状态"] = "已归档"
        r["备注"] = ""
        cases.append([r, sc])

    # --- the scenarios that break a rule, and the cases still open on 30 June ---
    for c in cases:
        r, sc = c
        label = None
        if sc == "late_corrective":
            label = "corrective_record_3_days"
            r["备注"] = "部门记录表逾期提交"
        elif sc == "start_missing":
            r["接单时间"] = None
            r["备注"] = "部门未在系统点接单，电话通知后直接处理"
            label = "corrective_record_3_days-start"
        elif sc == "accept_corr_missing":
            r["接单时间"] = r["纠正预防措施反馈时间"] = r["分管领导审核时间"] = None
            r["审核人"] = ""
            r["备注"] = "部门未接单、未上传记录表"
            label = "accept_required+corrective_record_required"
        elif sc == "leader_audit_missing":
            r["分管领导审核时间"] = None
            r["审核人"] = ""
            label = "leader_audit_required"
        elif sc == "revisit_missing":
            r["回访时间"] = None
            r["回访人"] = r["回访结果"] = ""
            r["工单状态"] = "待回访"
            label = "revisit_required"
        elif sc == "notify_missing":
            r["告知客户时间"] = None
            label = "notify_result_required"
        elif sc == "handle_missing":
            r["处理完成时间"] = None
            r["备注"] = "处理完成时间未填"
            label = "handling_completed"
        elif sc == "penalty_not_forwarded":
            r["处罚意见递交时间"] = None
            label = "penalty_forwarded"
        elif sc == "unsat_no_reregister":
            r["二次派单时间"] = None
            r["备注"] = "部门直接联系用户再次处理，未重新派单"
            label = "re_register_when_unsatisfied"
        elif sc == "unsat_no_rehandle":
            r["二次回复时间"] = None
            r["工单状态"] = "处理中"
            label = "rehandle_when_unsatisfied"
        elif sc == "still_no_leader_review":
            r["报分管领导时间"] = None
            r["领导批示"] = ""
            r["备注"] = "客服部按原处理意见直接答复"
            label = "leader_review_when_still_unsatisfied"
        elif sc == "register_by_dept":
            r["受理坐席"] = rng.choice(receivers["市场部"])
            r["投诉来源"] = "部门转发"
            r["备注"] = "市场部社区推广时直接录入"
            label = "register_by_customer_service"
        elif sc == "revisit_by_dept":
            r["回访人"] = r["部门接单人"]
            r["备注"] = "责任部门自行回访"
            label = "revisit_by_customer_service"
        elif sc == "audit_by_cs_manager":
            r["审核人"] = cs_manager
            r["备注"] = "分管领导出差，客服部经理代审"
            label = "step-leader_audit"
        elif sc == "corrective_before_handle":
            label = "handle-corrective_action"
        elif sc == "open_overdue":
            for k in ("纠正预防措施反馈时间", "分管领导审核时间", "告知客户时间", "回访时间"):
                r[k] = None
            r["审核人"] = r["回访人"] = r["回访结果"] = r["是否二次投诉"] = ""
            r["处罚意见"], r["处罚意见提出时间"], r["处罚意见递交时间"] = "", None, None
            r["工单状态"] = "处理中"
            label = "corrective_record_3_days"
        elif sc.startswith("inprog"):
            drop = {"inprog_dispatched": ["部门接单人", "接单时间", "处理完成时间", "处理情况"],
                    "inprog_accepted": ["处理完成时间", "处理情况"],
                    "inprog_handled": []}[sc]
            for k in drop + ["纠正预防措施反馈时间", "审核人", "分管领导审核时间", "告知客户时间", "回访时间", "回访人",
                             "回访结果", "是否二次投诉", "处罚意见", "处罚意见提出时间", "处罚意见递交时间"]:
                r[k] = None
            r["工单状态"] = "处理中" if sc != "inprog_dispatched" else "已派单"
            if sc == "inprog_handled":
                r["接单时间"] = datetime(2025, 6, 28, 9, rng.randint(5, 40), rng.randint(0, 59))
                r["处理完成时间"] = datetime(2025, 6, 29, 15, rng.randint(0, 50), rng.randint(0, 59))
        c[1] = label

    cases.sort(key=lambda c: c[0]["受理时间"])
    seq = {}
    for c in cases:
        r = c[0]
        d = r["受理时间"].date()
        seq[d] = seq.get(d, 0) + 1
        r["工单编号"] = f"TS{d:%Y%m%d}{seq[d]:04d}"
        assert all(v is None or not isinstance(v, datetime) or v <= CUTOFF for v in r.values()), r

    if injected is not None:
        injected += [(c[0]["工单编号"], c[1]) for c in cases if c[1]]

    rows = []
    for c in cases:
        r = Case((k, _ts(v) if isinstance(v, datetime) else ("" if v is None else v)) for k, v in c[0].items())
        rows.append(r)

    hand = {
        "procedure": "s24-nanjing-cable-complaint-supervision",
        "encoding": "gbk",
        "columns": {
            "工单编号": "case_number",
            "受理时间": "register_at",
            "受理坐席": "register_by",
            "投诉类型": "category",
            "投诉内容": "content",
            "部门接单人": "accept_by",
            "接单时间": "accept_at",
            "责任部门": "handle_by",
            "处理完成时间": "handle_at",
            "处理情况": "result",
            "纠正预防措施反馈时间": "corrective_action_at",
            "审核人": "leader_audit_by",
            "分管领导审核时间": "leader_audit_at",
            "告知客户时间": "notify_result_at",
            "回访时间": "revisit_at",
            "回访人": "revisit_by",
            "回访结果": "satisfaction",
            "二次派单时间": "re_register_at",
            "二次回复时间": "rehandle_at",
            "报分管领导时间": "leader_review_at",
            "最终答复时间": "final_reply_at",
            "处罚意见提出时间": "submit_penalty_at",
            "处罚意见递交时间": "forward_penalty_at",
        },
        "values": {
            "category": {"常规投诉": "routine", "发掘性投诉": "discovered", "集中性投诉": "mass"},
            "satisfaction": {"满意": "satisfied", "基本满意": "satisfied", "不满意": "unsatisfied",
                             "仍不满意": "still_unsatisfied"},
        },
        "roles": {
            **{n: "customer_service" for n in [*agents, *visitors, cs_manager]},
            **{n: "supervising_leader" for n in leaders},
            **{d: "responsible_dept" for d in _S24_DEPTS},
            **{n: "responsible_dept" for names in receivers.values() for n in names},
        },
    }
    return rows, hand


# --- 163: S32, a manufacturer's quality-anomaly register kept by the QC department (Excel, saved as CSV) ------------

def _dd(d):
    """2025.03.04 -- how the QC clerk types dates in the register."""
    return "" if d is None else f"{d.year}.{d.month:02d}.{d.day:02d}"


_S32_PRODUCTS = [
    # 产品型号, 发生工序, [(不良性质, 不良现象, 原因分析, 临时对策, 不良品处理)]
    ("风扇电机 YF-25", "装配二线", [
        ("功能", "电机运转异响", "轴承游隙超差，供应商批次问题", "换用库存合格批次轴承，在线100%听音检测", "返工"),
        ("功能", "电机不启动", "启动电容焊点虚焊", "焊接工位增加焊点目检，补焊", "返工"),
        ("外观", "端盖表面划伤", "周转箱无隔板，运输摩擦", "周转箱加装隔板", "挑选"),
    ]),
    ("控制板 PCB-A3", "SMT车间", [
        ("功能", "温控失灵", "NTC电阻贴装偏移", "调整贴片机吸嘴，首件全检", "返工"),
        ("功能", "上电无显示", "显示屏排线插接不到位", "插接工位增加拉力确认", "返工"),
        ("外观", "板面助焊剂残留", "清洗工序时间不足", "延长清洗时间，每小时抽检", "返工"),
    ]),
    ("塑料外壳 KC-120", "注塑车间", [
        ("外观", "外壳缩水、色差", "模温偏低，色母比例不稳定", "调整模温，色母称量双人复核", "挑选"),
        ("结构", "卡扣断裂", "材料回料比例过高", "回料比例降到15%以下", "报废"),
        ("外观", "表面毛刺", "模具分型面磨损", "修模，临时增加去毛刺工位", "返工"),
    ]),
    ("冲压支架 ZJ-08", "冲压车间", [
        ("结构", "孔位偏移0.4mm", "冲模定位销磨损", "更换定位销，首件三坐标检测", "挑选"),
        ("结构", "折弯角度超差", "折弯模回弹补偿不足", "调整折弯角度，每2小时抽检", "返工"),
        ("外观", "表面锈点", "防锈油涂覆不均", "更换喷油嘴，包装前目检", "返工"),
    ]),
    ("电饭煲内胆 NT-40", "装配一线", [
        ("外观", "涂层起泡", "喷涂前除油不彻底", "增加除油槽浓度检测频次", "报废"),
        ("结构", "内胆与外壳装配干涉", "内胆翻边尺寸偏大", "供应商调整翻边模具，来料全检翻边尺寸", "挑选"),
        ("功能", "加热不均，局部糊底", "底部复合铝层厚度不足", "来料增加铝层厚度抽检", "退供应商"),
    ]),
]

_S32_CUSTOMERS = ["华南电器", "欧瑞家电", "启航电子", "德力机电", "恒通照明"]


def e163_s32_quality_anomaly_register(rng, injected=None):
    """某五金/电器制造公司质控部的《品质异常处理跟踪表》：质控部 IPQC/OQC 发现的来料、制程、出货前异常和业务部转来的
    客户抱怨，开《品质异常联络单》逐件登记在 Excel 台账里，写明不良现象、不良率、谁分析、临时对策、生产部门执行和
    质控部效果确认；客诉由业务部回复客户。导出为 CSV（UTF-8 带 BOM，Excel“另存为 CSV UTF-8”）。
    日期写法：2025.03.04（台账里手填的日期，不记时刻）。

    按原文先写下的列（台账自己的叫法）：
    联络单号, 发生日期, 异常类别(来料异常/制程异常/出货检验异常/客户抱怨), 提出人, 发生部门/工序, 产品型号,
    生产批号, 不良现象, 检验数, 不良数, 不良率, 不良性质(外观/结构/功能), 质控判定人, 判定日期, 分析部门,
    原因分析, 临时对策, 对策提出日期, 执行部门, 执行日期, 效果确认(OK/NG), 确认人, 确认日期, 不良品处理(返工/挑选/报废/特采/退供应商),
    客户名称, 业务员, 回复客户日期, 是否重复发生, 状态(已结案/跟踪中), 备注

    读过制度 YAML 后补的列：回复人（给客户回 8D/处理结果的人）。台账的“异常类别”另有“客户退货”一值（3.1.1.3 客户抱怨及退货）。
    手工映射：只有客户抱怨、客户退货才有“投诉分析完成后回复客户”，所以分析环节用 outcomes 按“异常类别”取“对策提出日期”
    和“分析部门”（内部的制程、出货、来料异常没有客户可回复）；业务员一栏只在客诉行填写，作为接收客诉的人。

    注入（15 项）：result_fed_back ×2（1 件业务员离职未回复，1 件 6 月 20 日的客诉分析完仍待回复）；
    defect_type（CK102）×1（不良性质写“包装”）；receive_by_sales ×1（客户 SQE 直接找质控部）；
    confirm_by_quality_control ×1（技术部工程师判定）；structural_functional_analysed_by_technical ×2（功能不良由质控部分析、
    结构不良由车间分析）；execute_by_production ×1（质控部自己挑选）；confirm_effect_by_quality_control ×1（车间主任确认效果）；
    reply_by_sales ×1（技术部直接回复客户）；execute-confirm_effect ×2；analyse-reply ×1（先口头回复客户）；
    receive-confirm ×1（判定日期早于登记的发生日期）；case_number（CK107）×1（两人同时开单，联络单号重复）。
    陷阱（不是违规）：外观不良的客诉由质控部分析（原文不指定外观类的分析部门）×2；结构不良的客诉由工艺部（其它部门）分析；
    “客户退货”是产品品质异常；执行与效果确认同一天；6 月 26 日的客诉尚未分析，不需回复；6 月 27 日的制程异常已执行、
    未确认效果；内部异常没有客户、没有回复日期。
    """
    taken = set()
    qc = distinct_names(rng, 4, taken)            # 质控部 IQC/IPQC/OQC/QE
    tech = distinct_names(rng, 3, taken)          # 技术部工程师
    sales = distinct_names(rng, 3, taken)         # 业务部业务员
    foremen = distinct_names(rng, 2, taken)       # 车间主任/班长
    lines = ["装配一线", "装配二线", "SMT车间", "注塑车间", "冲压车间"]

    scen = (["normal"] * 19 + ["cl_appearance_qc"] * 2 + ["cl_struct_process_dept", "same_day_confirm"]
            + ["no_reply", "defect_packing", "receive_by_qc", "confirm_by_tech", "analyse_by_qc",
               "analyse_by_production", "execute_by_qc", "confirm_effect_by_foreman", "reply_by_tech",
               "confirm_before_execute", "confirm_before_execute", "reply_before_analysis",
               "confirm_before_receive", "duplicate_number"])
    rng.shuffle(scen)
    scen += ["no_reply_recent", "inprog_complaint", "inprog_internal"]
    complaint_scen = {"cl_appearance_qc", "cl_struct_process_dept", "no_reply", "receive_by_qc", "analyse_by_qc",
                      "analyse_by_production", "reply_by_tech", "reply_before_analysis", "no_reply_recent",
                      "inprog_complaint", "defect_packing"}
    assert len(scen) == 40

    cases = []
    for sc in scen:
        if sc == "no_reply_recent":
            d0 = date(2025, 6, 20)
        elif sc == "inprog_complaint":
            d0 = date(2025, 6, 26)
        elif sc == "inprog_internal":
            d0 = date(2025, 6, 27)
        else:
            d0 = START + timedelta(days=rng.randint(0, DAYS - 5))
        complaint = sc in complaint_scen or (sc == "normal" and rng.random() < 0.35)
        prod, line, kinds = rng.choice(_S32_PRODUCTS)
        if sc == "cl_appearance_qc":
            kinds = [k for k in kinds if k[0] == "外观"]
        elif sc in ("cl_struct_process_dept", "analyse_by_production"):
            kinds = [k for k in kinds if k[0] == "结构"] or [_S32_PRODUCTS[3][2][0]]
            if kinds == [_S32_PRODUCTS[3][2][0]]:
                prod, line = _S32_PRODUCTS[3][0], _S32_PRODUCTS[3][1]
        elif sc == "analyse_by_qc":
            kinds = [k for k in kinds if k[0] == "功能"] or [_S32_PRODUCTS[0][2][0]]
            if kinds == [_S32_PRODUCTS[0][2][0]]:
                prod, line = _S32_PRODUCTS[0][0], _S32_PRODUCTS[0][1]
        nature, phenom, cause, action, disposal = rng.choice(kinds)
        if complaint:
            cat = "客户退货" if rng.random() < 0.2 else "客户抱怨"
        else:
            cat = pick(rng, [("制程异常", 6), ("出货检验异常", 4), ("来料异常", 2)])
            if cat == "来料异常":
                cause = "供应商来料不良：" + cause
                disposal = "退供应商"
        checked = rng.choice([50, 80, 125, 200, 315, 500])
        bad = rng.randint(max(2, checked // 50), max(4, checked // 8))

        r = Case()
        r["联络单号"] = None
        r["发生日期"] = d0
        r["异常类别"] = cat
        r["提出人"] = rng.choice(sales) if complaint else rng.choice(qc)
        r["发生部门/工序"] = "客户端" if complaint else line
        r["产品型号"] = prod
        r["生产批号"] = f"{(d0 - timedelta(days=rng.randint(3, 40))):%y%m%d}-{rng.randint(1, 3):02d}"
        r["不良现象"] = phenom
        r["检验数"] = checked
        r["不良数"] = bad
        r["不良率"] = f"{100 * bad / checked:.1f}%"
        r["不良性质"] = nature
        r["质控判定人"] = rng.choice(qc)
        d1 = d0 + timedelta(days=rng.choice([0, 0, 1, 1, 2]))
        r["判定日期"] = d1
        if nature == "外观":
            an = pick(rng, [("质控部", 3), ("技术部", 1)])
        else:
            an = pick(rng, [("技术部", 5), ("工艺部", 1)])
        if sc == "cl_appearance_qc":
            an = "质控部"
        elif sc == "cl_struct_process_dept":
            an = "工艺部"
        r["分析部门"] = an
        r["原因分析"] = cause
        r["临时对策"] = action
        d2 = d1 + timedelta(days=rng.choice([0, 1, 1, 2, 3]))
        r["对策提出日期"] = d2
        r["执行部门"] = line
        d3 = d2 + timedelta(days=rng.choice([0, 1, 1, 2]))
        r["执行日期"] = d3
        r["效果确认"] = "OK"
        r["确认人"] = rng.choice(qc)
        d4 = d3 + timedelta(days=rng.choice([0, 1, 2, 3, 5]))
        if sc == "same_day_confirm":
            d4 = d3
        r["确认日期"] = d4
        r["不良品处理"] = disposal
        r["客户名称"] = rng.choice(_S32_CUSTOMERS) if complaint else ""
        sm = rng.choice(sales)
        r["业务员"] = sm if complaint else ""
        if complaint:
            r["提出人"] = sm
        r["回复人"] = sm if complaint else ""
        r["回复客户日期"] = d2 + timedelta(days=rng.choice([0, 1, 1, 2, 3])) if complaint else None
        r["是否重复发生"] = "是" if rng.random() < 0.1 else "否"
        r["状态"] = "已结案"
        r["备注"] = ""
        cases.append([r, sc])

    for c in cases:
        r, sc = c
        label = None
        if sc in ("no_reply", "no_reply_recent"):
            r["回复客户日期"] = None
            r["回复人"] = ""
            r["状态"] = "跟踪中"
            r["备注"] = "8D报告待业务部回复客户" if sc == "no_reply_recent" else "业务员离职，未回复"
            label = "result_fed_back"
        elif sc == "defect_packing":
            r["不良性质"] = "包装"
            r["不良现象"] = "彩盒压扁、说明书漏放"
            r["原因分析"] = "包装线漏放检测失效，堆码超高"
            r["临时对策"] = "包装线增加称重检测，堆码不超过6层"
            r["分析部门"] = "质控部"
            r["不良品处理"] = "返工"
            label = "CK102 defect_type"
        elif sc == "receive_by_qc":
            r["业务员"] = r["提出人"] = rng.choice(qc)
            r["备注"] = "客户SQE直接联系质控部"
            label = "receive_by_sales"
        elif sc == "confirm_by_tech":
            r["质控判定人"] = rng.choice(tech)
            label = "confirm_by_quality_control"
        elif sc == "analyse_by_qc":
            r["分析部门"] = "质控部"
            label = "structural_functional_analysed_by_technical"
        elif sc == "analyse_by_production":
            r["分析部门"] = r["执行部门"]
            label = "structural_functional_analysed_by_technical"
        elif sc == "execute_by_qc":
            r["执行部门"] = "质控部"
            r["临时对策"] = "质控部对库存及在线品100%挑选"
            r["不良品处理"] = "挑选"
            label = "execute_by_production"
        elif sc == "confirm_effect_by_foreman":
            r["确认人"] = rng.choice(foremen)
            label = "confirm_effect_by_quality_control"
        elif sc == "reply_by_tech":
            r["回复人"] = rng.choice(tech)
            r["备注"] = "客户要求技术直接回复"
            label = "reply_by_sales"
        elif sc == "confirm_before_execute":
            r["确认日期"] = r["执行日期"] - timedelta(days=rng.choice([1, 2]))
            if r["确认日期"] < r["对策提出日期"]:
                r["执行日期"] = r["执行日期"] + timedelta(days=2)
                r["确认日期"] = r["执行日期"] - timedelta(days=1)
            label = "execute-confirm_effect"
        elif sc == "reply_before_analysis":
            r["回复客户日期"] = r["对策提出日期"] - timedelta(days=rng.choice([2, 3]))
            if r["回复客户日期"] < r["发生日期"]:
                r["对策提出日期"] = r["发生日期"] + timedelta(days=4)
                r["执行日期"] = r["对策提出日期"] + timedelta(days=1)
                r["确认日期"] = r["执行日期"] + timedelta(days=2)
                r["回复客户日期"] = r["发生日期"] + timedelta(days=1)
            r["备注"] = "先口头回复客户，分析报告后补"
            label = "analyse-reply"
        elif sc == "confirm_before_receive":
            r["判定日期"] = r["发生日期"] - timedelta(days=rng.choice([1, 2]))
            r["备注"] = "发生日期按客户邮件日期补登"
            label = "receive-confirm"
        elif sc == "duplicate_number":
            label = "duplicate_number"
        elif sc == "inprog_complaint":
            for k in ("分析部门", "原因分析", "临时对策", "对策提出日期", "执行部门", "执行日期", "效果确认", "确认人",
                      "确认日期", "不良品处理", "回复人", "回复客户日期"):
                r[k] = None
            r["状态"] = "跟踪中"
        elif sc == "inprog_internal":
            r["执行日期"] = date(2025, 6, 28)
            r["对策提出日期"] = r["判定日期"] = date(2025, 6, 27)
            for k in ("效果确认", "确认人", "确认日期"):
                r[k] = None
            r["状态"] = "跟踪中"
        c[1] = label

    for c in cases:                                   # steps after the export was taken have not happened
        r = c[0]
        for k in ("执行日期", "确认日期"):
            if r[k] is not None and r[k] > CUTOFF.date():
                r[k] = None
                r["效果确认"] = r["确认人"] = ""
                r["状态"] = "跟踪中"

    cases.sort(key=lambda c: c[0]["发生日期"])
    seq = {}
    for c in cases:
        r = c[0]
        m = r["发生日期"].strftime("%y%m")
        seq[m] = seq.get(m, 0) + 1
        r["联络单号"] = f"YC{m}-{seq[m]:03d}"
    k = next(i for i, c in enumerate(cases) if c[1] == "duplicate_number")
    src = cases[k - 1] if k > 0 and cases[k - 1][0]["发生日期"].month == cases[k][0]["发生日期"].month else cases[k + 1]
    cases[k][0]["联络单号"] = src[0]["联络单号"]
    cases[k][0]["备注"] = (cases[k][0]["备注"] + "；" if cases[k][0]["备注"] else "") + "两人同时开单"
    cases[k][1] = "case_number (duplicate)"
    for c in cases:
        assert all(not isinstance(v, date) or v <= CUTOFF.date() for v in c[0].values()), c

    if injected is not None:
        injected += [(c[0]["联络单号"], c[1]) for c in cases if c[1]]

    rows = []
    for c in cases:
        rows.append(Case((k, _dd(v) if isinstance(v, date) else ("" if v is None else v)) for k, v in c[0].items()))

    hand = {
        "procedure": "s32-quality-anomaly-handling-yccl",
        "encoding": "utf-8-sig",
        "columns": {
            "联络单号": "case_number",
            "异常类别": "category",
            "不良性质": "defect_type",
            "发生日期": "receive_at",
            "业务员": "receive_by",
            "质控判定人": "confirm_by",
            "判定日期": "confirm_at",
            "执行部门": "execute_by",
            "执行日期": "execute_at",
            "确认人": "confirm_effect_by",
            "确认日期": "confirm_effect_at",
            "回复人": "reply_by",
            "回复客户日期": "reply_at",
        },
        "values": {
            "category": {"客户抱怨": "product_quality_anomaly", "客户退货": "product_quality_anomaly",
                         "出货检验异常": "product_quality_anomaly", "制程异常": "process_anomaly",
                         "来料异常": "process_anomaly"},
            "defect_type": {"外观": "appearance", "结构": "structural", "功能": "functional"},
        },
        "roles": {
            **{n: "quality_control" for n in qc},
            "质控部": "quality_control",
            **{n: "technical" for n in tech},
            "技术部": "technical",
            **{n: "sales" for n in sales},
            **{n: "production" for n in foremen},
            **{ln: "production" for ln in lines},
            "工艺部": "other_departments",
            "采购部": "other_departments",
        },
        "outcomes": {
            "异常类别": {"date": "对策提出日期", "by": "分析部门",
                     "steps": {"客户抱怨": "analyse", "客户退货": "analyse"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("162-s24-nanjing-cable-complaint-workorders.csv", "gbk", e162_s24_nanjing_cable_complaint_workorders),
    ("163-s32-quality-anomaly-register.csv", "utf-8-sig", e163_s32_quality_anomaly_register),
]
