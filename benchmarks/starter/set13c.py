"""Starter-profile benchmark exports 76-77 (set 13c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 76 77    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import (
    Case, pick, slash, distinct_names, nth_workday_after, person_name as _name, mobile as _mobile, working_minutes
)


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened
AS_OF = datetime(2025, 7, 1)


def _wd(d, n: int) -> datetime:
    """The n-th working day after day d (counting from the next day), as a date-only datetime; n=0: d itself."""
    day = nth_workday_after(d.date() if isinstance(d, datetime) else d, n)
    return datetime(day.year, day.month, day.day)


def _cap(t):
    return working_minutes(t, CUTOFF)


# --- 76: S13, a tobacco company's distribution centre, customer-complaint records --------------------------------

def e76_s13_tobacco(rng, injected=None):
    """临溪市烟草公司 卷烟物流配送中心 客户服务部“客户投诉记录”导出（客服管理系统，UTF-8 CSV），
    按 S13《客户投诉处理办法》（配送中心、客户经理）审计。XX品读作卷烟，客户是持证零售户。
    日期写法：2025/3/4 9:12（slash）；12313 热线 24 小时值守，夜间来电次日上午补登记录单。
    投诉方式：电话 / 电子邮件 / 服务大厅现场 / 客户经理转报 / 网上订货平台留言。
    责任判定：卷烟质量 / 客户经理 / 送货服务 / 分拣差错 / 订货系统。
    人员（roles 按姓名对应；distinct_names 生成，每人只担一个岗位）：客服专员三人（受理、登记记录单，complaint_receiver）；
    客服主管一人（下发《客户投诉处理单》，cs_supervisor）；分管副主任、中心主任（审核处理方案，leader）；
    客户经理五人（每人一个片区）、送货员三人、质量监督员、分拣组长、信息中心管理员（都是相关责任人 responsible_party）。
    从原文写下的列：投诉单号、受理时间、投诉方式、零售户名称、许可证号、联系电话、所属片区、客户经理、投诉事项、受理人、
    责任判定、责任部门、处理单下发时间、责任人、处理方案、审核领导、审核时间、答复时限、答复客户时间、处理结果、备注。
    读过制度 YAML 后补的列：记录单登记时间（record_at；受理时间是来电/到访时间 receive_at），判定时间（determine_department_at），
    原因分析（cause），退换货时间（explain_replace_at），处理单下发人（send_handling_slip_by），方案拟定时间（draft_plan_at）。
    映射说明：受理人即填写记录单的人（record_by）；责任人即收到处理单、调查原因的相关责任人（investigate_by）；
    答复时限即通知客户的解决期限（resolution_due_at；系统对每件都给出答复时限，只有责任在客户经理的才由规则检查）；
    答复客户时间即投诉解决时间（closed_at）。投诉方式“电话”对应原文缺名的第（1）种方式（unnamed_first，原文列举顺序为
    （1）投诉（2）电邮（3）现场（4）其他，第（1）种应是电话投诉）；客户经理转报、平台留言对应“其他投诉”。
    送货服务、分拣差错、订货系统不是制度两类责任之一，values 写成空白。
    注入：投诉单号重复 1 对；没有记录单（记录单登记时间、受理人空白，客户经理在店里口头接下）2 件；
    由客户经理（不是客服专员）登记记录单 1 件；由客服专员（不是客服主管）下发处理单 1 件；判定后责任部门空白 1 件；
    原因分析空白 1 件；已答复客户而处理方案没有审核 2 件；由客服主管（不是主管领导）审核 1 件；
    责任在客户经理却没有答复时限 1 件；责任在客户经理、答复客户晚于答复时限 2 件；卷烟质量问题没有退换货记录 1 件。
    陷阱（不是违规）：夜间来电次日上午才登记记录单；非客户经理责任的投诉答复晚于系统默认答复时限；
    客户经理责任的投诉恰在答复时限当刻答复；6 月底尚在处理中的投诉（方案未拟定、未答复，答复时限在 7 月）；
    分管副主任之外由中心主任审核；送货、分拣、订货系统责任没有对应的制度类别。
    """
    n = 62
    taken: set = set()
    agents = distinct_names(rng, 3, taken)
    supervisor = distinct_names(rng, 1, taken)[0]
    leaders = distinct_names(rng, 2, taken)          # 分管副主任, 中心主任
    managers = distinct_names(rng, 5, taken)
    drivers = distinct_names(rng, 3, taken)
    qc, sorter, it_admin = distinct_names(rng, 3, taken)
    areas = ["城区一片", "城区二片", "东乡片", "西乡片", "南塘片"]
    area_manager = dict(zip(areas, managers))

    issues = {
        "卷烟质量": [("条烟内有一包烟支空头", "卷烟工业企业卷接工序质量缺陷", "当面解释并退换一条"),
                 ("整件卷烟受潮发霉", "到货前仓储环节受潮", "退换受潮卷烟并通报工业企业"),
                 ("烟支爆口漏气", "卷烟工业企业卷制质量问题", "退换问题卷烟，样品送质量监督员"),
                 ("小盒包装错位破损", "包装工序缺陷", "退换破损卷烟"),
                 ("滤嘴脱落", "卷烟工业企业接装质量问题", "退换并上报工业企业召回同批号")],
        "客户经理": [("客户经理未按约定时间走访", "客户经理走访计划安排不合理", "客户经理上门致歉并调整走访周期"),
                 ("客户经理服务态度生硬", "客户经理沟通方式不当", "约谈客户经理，向客户道歉"),
                 ("货源投放政策解释不清", "客户经理政策宣传不到位", "客户经理上门重新讲解投放政策"),
                 ("紧俏品规需求未及时反馈", "客户经理未及时录入需求", "补录需求并在下周期调剂"),
                 ("订货额度调整未提前告知", "客户经理未履行告知义务", "补充告知并解释额度测算办法")],
        "送货服务": [("送货员未按时送达", "线路调度临时调整未通知客户", "调整送货线路并向客户致歉"),
                 ("少送一条", "交接时未当面点验", "补送一条并加强点验"),
                 ("送货员未当面点验签收", "送货员未执行交接流程", "对送货员进行培训考核"),
                 ("外箱破损", "装卸搬运不当", "更换外箱破损卷烟")],
        "分拣差错": [("送错品规", "分拣线扫码错误", "上门调换品规"),
                 ("多送两条未订品规", "分拣人工补货错误", "上门收回多送卷烟")],
        "订货系统": [("网上订货平台无法登录", "平台升级期间账号同步失败", "重置账号并协助补订"),
                 ("扣款成功但订单未生成", "支付接口回调异常", "核实后退回扣款并补录订单")],
    }
    dept_of = {"卷烟质量": "质量监督员", "客户经理": "营销部（客户经理）", "送货服务": "配送中心送货班组",
               "分拣差错": "配送中心分拣车间", "订货系统": "信息中心"}
    results = {"卷烟质量": "已退换，客户满意", "客户经理": "客户认可处理结果", "送货服务": "已补送/致歉，客户满意",
               "分拣差错": "已调换，客户满意", "订货系统": "已恢复，客户满意"}
    shops = ["便利店", "烟酒商行", "百货店", "超市", "副食店", "食杂店"]
    places = ["东门", "新华", "南塘", "西湖", "北山", "滨江", "文昌", "临溪", "桥头", "光明"]

    resp_list = [pick(rng, [("卷烟质量", 22), ("客户经理", 30), ("送货服务", 26), ("分拣差错", 12), ("订货系统", 10)])
                 for _ in range(n)]
    early = list(range(2, n - 10))                 # injections only on cases that are closed by the cutoff
    rng.shuffle(early)
    am_cases = [i for i in early if resp_list[i] == "客户经理"]
    pq_cases = [i for i in early if resp_list[i] == "卷烟质量"]
    late_due = am_cases[:2]
    no_due = am_cases[2:3]
    on_the_dot = am_cases[3:4]
    no_explain = pq_cases[:1]
    rest = [i for i in early if i not in late_due + no_due + on_the_dot + no_explain]
    no_record = rest[0:2]
    am_records = rest[2:3]
    agent_slip = rest[3:4]
    no_dept = rest[4:5]
    no_cause = rest[5:6]
    no_approval = rest[6:8]
    supervisor_approves = rest[8:9]
    trap_slow_default = [i for i in rest[9:] if resp_list[i] != "客户经理"][:3]   # answered after the default due

    rows = []
    t = datetime(2025, 1, 3, 8, 0)
    span = (datetime(2025, 6, 27, 12, 0) - t) / n
    for i in range(n):
        recv = t + span * i + timedelta(hours=rng.uniform(0, span.total_seconds() / 3600 * 0.8))
        night = rng.random() < 0.15
        if i >= n - 3:                              # the last three came in on 27-29 June: still open at the cutoff
            recv = datetime(2025, 6, 27 + i - (n - 3), 8)
            night = False
        recv = recv.replace(hour=rng.choice([20, 21, 22, 23, 6, 7]) if night else rng.randint(8, 19),
                            minute=rng.randint(0, 59), second=0, microsecond=0)
        resp = resp_list[i]
        area = rng.choice(areas)
        manager = area_manager[area]
        content, cause, measure = rng.choice(issues[resp])
        channel = pick(rng, [("电话", 55), ("电子邮件", 6), ("服务大厅现场", 12), ("客户经理转报", 15), ("网上订货平台留言", 12)])
        if resp == "订货系统":
            channel = rng.choice(["电话", "网上订货平台留言"])
        # 记录单：白天当场登记；夜间来电次日上午补登
        if recv.hour >= 20:
            record = (recv + timedelta(days=1)).replace(hour=8, minute=rng.randint(15, 59))
        elif recv.hour < 8:
            record = recv.replace(hour=8, minute=rng.randint(15, 59))
        else:
            record = recv + timedelta(minutes=rng.randint(3, 40))
        receiver = rng.choice(agents)
        if i in no_record:
            channel, record, receiver = "客户经理转报", None, None
        if i in am_records:
            channel, receiver = "客户经理转报", manager
        base = record or recv
        determine = _cap(base + timedelta(hours=rng.uniform(1, 20)))
        explain = _cap(determine + timedelta(hours=rng.uniform(2, 26))) if resp == "卷烟质量" and determine else None
        if resp == "卷烟质量" and determine and not explain:   # judged on the last day: exchanged at once, or not judged yet
            explain = determine + timedelta(minutes=40) if determine + timedelta(minutes=40) <= CUTOFF else None
            determine = determine if explain else None
        if i in no_explain:
            explain = None
        slip = _cap(determine + timedelta(hours=rng.uniform(0.5, 6))) if determine else None
        slip_by = supervisor if slip else None
        if i in agent_slip:
            slip_by = rng.choice(agents)
        responsible = {"客户经理": manager, "送货服务": rng.choice(drivers), "卷烟质量": qc,
                       "分拣差错": sorter, "订货系统": it_admin}[resp]
        draft = _cap(slip + timedelta(hours=rng.uniform(4, 40))) if slip else None
        approve = _cap(draft + timedelta(hours=rng.uniform(1, 18))) if draft else None
        approver = pick(rng, [(leaders[0], 80), (leaders[1], 20)]) if approve else None
        if i in supervisor_approves:
            approver = supervisor
        if draft and not approve:                   # awaiting approval at the cutoff: the draft is only recorded on submission
            draft = None
        closed = _cap(approve + timedelta(hours=rng.uniform(1, 28))) if approve else None
        if i in no_approval:
            approve = approver = None
        # 答复时限：客户经理责任的按性质判定 3/5/7 天并通知客户；其他的系统默认受理后 5 天
        due = None
        if resp == "客户经理":
            for days in (3, 5, 7, 10):
                due = (base + timedelta(days=days)).replace(hour=17, minute=30)
                if (closed and due >= closed) or (not closed and due >= AS_OF):
                    break
            if i in late_due:
                due = (base + timedelta(days=3)).replace(hour=17, minute=30)
                closed = due + timedelta(hours=rng.choice([20, 26, 44, 50]))
            if i in on_the_dot:
                closed = due
            if i in no_due:
                due = None
        else:
            due = (base + timedelta(days=5)).replace(hour=17, minute=30)
            if i in trap_slow_default and closed:
                closed = due + timedelta(hours=rng.choice([16, 22, 40]))
        shop_owner = _name(rng)
        row = Case()
        row["投诉单号"] = ""
        row["受理时间"] = slash(recv)
        row["投诉方式"] = channel
        row["零售户名称"] = f"{rng.choice(places)}{shop_owner}{rng.choice(shops)}"
        row["许可证号"] = f"3310{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
        row["联系电话"] = _mobile(rng)
        row["所属片区"] = area
        row["客户经理"] = manager
        row["投诉事项"] = content
        row["受理人"] = receiver or ""
        row["记录单登记时间"] = slash(record) if record else ""
        row["责任判定"] = resp if determine else ""
        row["判定时间"] = slash(determine) if determine else ""
        row["责任部门"] = dept_of[resp] if determine and i not in no_dept else ""
        row["原因分析"] = cause if determine and i not in no_cause else ""
        row["退换货时间"] = slash(explain) if explain else ""
        row["处理单下发时间"] = slash(slip) if slip else ""
        row["处理单下发人"] = slip_by or ""
        row["责任人"] = responsible if slip else ""
        row["处理方案"] = measure if draft else ""
        row["方案拟定时间"] = slash(draft) if draft else ""
        row["审核领导"] = approver or ""
        row["审核时间"] = slash(approve) if approve else ""
        row["答复时限"] = slash(due) if due else ""
        row["答复客户时间"] = slash(closed) if closed else ""
        row["处理结果"] = results[resp] if closed else ""
        row["备注"] = ""
        if night:
            row["备注"] = "夜间12313来电"
        if i in no_record:
            row["备注"] = "客户经理走访时口头反映"
        rows.append((recv, i, row))
    rows.sort(key=lambda p: p[0])
    by_i = {i: r for _, i, r in rows}
    rows = [r for _, _, r in rows]
    seq: dict = {}
    for r in rows:
        day = r["受理时间"].split(" ")[0]
        y, m, d = (int(x) for x in day.split("/"))
        seq[day] = seq.get(day, 0) + 1
        r["投诉单号"] = f"TS{y % 100:02d}{m:02d}{d:02d}{seq[day]:02d}"
    # a repeated 投诉单号: a complaint keyed in again under the number of the one logged just before it
    busy = {id(by_i[i]) for i in late_due + no_due + on_the_dot + no_explain + no_record + am_records + agent_slip
            + no_dept + no_cause + no_approval + supervisor_approves}
    dup_src = next(k for k in range(15, 45) if id(rows[k]) not in busy and id(rows[k + 1]) not in busy
                   and rows[k]["审核时间"] and rows[k + 1]["审核时间"])
    rows[dup_src + 1]["投诉单号"] = rows[dup_src]["投诉单号"]
    if injected is not None:
        num = lambda i: by_i[i]["投诉单号"]  # noqa: E731
        injected += [(rows[dup_src + 1]["投诉单号"], "duplicate")]
        injected += [(num(i), "no_record_slip") for i in no_record]
        injected += [(num(i), "record_by_account_manager") for i in am_records]
        injected += [(num(i), "slip_sent_by_agent") for i in agent_slip]
        injected += [(num(i), "no_responsible_department") for i in no_dept]
        injected += [(num(i), "no_cause") for i in no_cause]
        injected += [(num(i), "plan_not_approved") for i in no_approval]
        injected += [(num(i), "approved_by_supervisor") for i in supervisor_approves]
        injected += [(num(i), "no_resolution_due") for i in no_due]
        injected += [(num(i), "closed_after_due") for i in late_due]
        injected += [(num(i), "no_explain_replace") for i in no_explain]

    hand = {
        "procedure": "s13-distribution-complaint-handling",
        "columns": {
            "投诉单号": "case_number",
            "受理时间": "receive_at",
            "投诉方式": "channel",
            "投诉事项": "content",
            "记录单登记时间": "record_at",
            "受理人": "record_by",
            "责任判定": "responsibility",
            "判定时间": "determine_department_at",
            "责任部门": "responsible_department",
            "原因分析": "cause",
            "退换货时间": "explain_replace_at",
            "处理单下发时间": "send_handling_slip_at",
            "处理单下发人": "send_handling_slip_by",
            "责任人": "investigate_by",
            "处理方案": "measures",
            "方案拟定时间": "draft_plan_at",
            "审核领导": "approve_plan_by",
            "审核时间": "approve_plan_at",
            "答复时限": "resolution_due_at",
            "答复客户时间": "closed_at",
        },
        "values": {
            "channel": {"电话": "unnamed_first", "电子邮件": "email", "服务大厅现场": "onsite",
                        "客户经理转报": "other", "网上订货平台留言": "other"},
            "responsibility": {"卷烟质量": "product_quality", "客户经理": "account_manager",
                               "送货服务": "", "分拣差错": "", "订货系统": ""},
        },
        "roles": {**{a: "complaint_receiver" for a in agents}, supervisor: "cs_supervisor",
                  **{x: "leader" for x in leaders},
                  **{x: "responsible_party" for x in managers + drivers + [qc, sorter, it_admin]}},
    }
    return rows, hand


# --- 77: L2, a county market-regulation bureau's 12315 complaint and report register ------------------------------

def e77_l2_county_12315(rng, injected=None):
    """临溪县市场监督管理局 消保科“12315投诉举报登记台账”（Excel，XLSX；日期列都是真正的日期单元格，
    登记日期、受理日期、受理告知日期带时刻），按 L2《市场监督管理投诉举报处理暂行办法》审计。
    件类型：投诉 / 举报 / 咨询；来源渠道：全国12315平台 / 12315热线 / 来信 / 来访 / 市局转办。
    承办单位：城关、东溪、南湖三个市场监管所（派出机构，以县局名义处理投诉，按县级部门 county_amr 对应）、县局消保科（county_amr）、
    市局消保处（上级部门 higher_amr）；调解单位另有县消费者协会、城关人民调解委员会（受委托调解，mediation_org）。
    从原文写下的列：登记编号、登记日期、来源渠道、件类型、投诉(举报)人、联系电话、通讯地址、被投诉(举报)人、被投诉人地址、
    承办单位、承办人、受理日期、是否受理、不予受理情形、调解方式、调解结果、告知双方日期、办结日期、是否实名、立案决定日期、
    告知举报人日期、备注（“终止调解日期”改为下面的“调解结束日期”）。
    读过制度 YAML 后补的列：投诉请求（demand）、问题摘要（content）、职责范围（是/否 → not_samr_duty 否/是）、
    本局管辖（是/否 → no_handling_authority 否/是）、
    受理告知日期（decision_notified_at）、调解单位（mediate_by）、调解通知日期（notify_mediation_at）、调解日期（mediate_at）、
    送检日期 / 检测报告日期（testing_commissioned_at / testing_completed_at）、终止调解情形（termination_ground）、
    调解结束日期（end_mediation_at）、即时履行（performed_immediately）、同意不制作调解书（no_document_agreed）、
    调解书日期（make_mediation_document_at）、
    调解记录（mediation_record）、发现违法线索日期 / 线索核查日期 / 核查延期（find_clue_at / verify_clue_at / check_extended）、
    立案情况（举报的立案结论，只作说明，不映射）。
    映射说明：件类型既是事项类别（category），又是 outcomes 结论列：投诉的登记日期是“收到投诉”（receive），
    举报的登记日期是“收到举报”（receive_report），咨询不对应环节；是否受理为 outcomes 结论列（受理 → accept，
    不予受理 → refuse），日期是受理日期，办理人是承办单位；办结日期、承办人（姓名）、来源渠道、不予受理情形、立案情况不映射。
    注入：登记编号重复 1 对；受理告知超过七个工作日 2 件；受理的投诉缺投诉人通讯地址 1 件、缺被投诉人地址 1 件；
    由县消协（受委托调解单位，不是市场监管部门）作出受理决定 1 件；调解超过四十五个工作日才达成协议 1 件；
    终止调解后超过七个工作日才告知双方 1 件；现场调解没有调解通知日期 1 件；现场调解达成协议、未即时履行却没有调解书 1 件；
    电话调解达成协议、没有调解书也没有调解记录 1 件；发现违法线索超过十五个工作日才核查（未延期）1 件；
    实名举报立案决定后超过五个工作日才告知举报人 1 件；本局管辖为“否”却受理并调解成功 1 件。
    陷阱（不是违规）：春节、五一假期前后的受理告知（日历天数长，工作日不超过七个）；送检期间不计入调解期限的案件
    （日历上超过四十五个工作日）；因四十五个工作日届满而终止调解的（第（五）项，不检查调解时限）；受理后发现不属本局管辖、
    按第（六）项终止调解的；核查延期十五个工作日、在延期内完成核查的；现场调解达成协议并当场履行、只有调解记录的；
    现场调解达成协议、双方同意不制作调解书、只有调解记录的；不属于市场监管职责、不属本局管辖而不予受理的；
    市局消保处直接受理的投诉；县消协、人民调解委员会受委托调解的；不予受理的投诉缺被投诉人地址；匿名举报没有告知；
    咨询件没有受理决定；6 月底尚在调解中、尚未告知立案结果的件。
    """
    taken: set = set()
    staff = distinct_names(rng, 8, taken)
    offices = ["城关市场监管所", "东溪市场监管所", "南湖市场监管所"]
    office_staff = {"城关市场监管所": staff[0:2], "东溪市场监管所": staff[2:4], "南湖市场监管所": staff[4:5],
                    "县局消保科": staff[5:7], "市局消保处": staff[7:8], "县消协": ["消协工作人员"]}
    towns = {"城关市场监管所": ["城关镇人民路", "城关镇解放街", "城关镇建设路", "城关镇滨河路"],
             "东溪市场监管所": ["东溪镇东溪大道", "东溪镇工业园", "东溪镇新街"],
             "南湖市场监管所": ["南湖乡南湖路", "南湖乡集镇街"]}
    complaints = [("优品生活超市", "购买的食品已过保质期", "退货并按规定赔偿"),
                  ("好又多便利店", "购买的饮料已过保质期", "退货并按规定赔偿"),
                  ("鑫源家电商场", "新买冰箱一周内不制冷，商场拒绝退换", "退换冰箱"),
                  ("金手指美容美发店", "美容项目效果与宣传不符并强制办卡", "退还办卡费用"),
                  ("健身宝贝游泳健身会所", "会所停业装修，预付卡余额不退", "退还预付卡余额"),
                  ("老李家餐馆", "菜品中有异物", "退还餐费并赔偿"),
                  ("惠民大药房", "保健品宣称能治病，服用无效", "退货退款"),
                  ("星光眼镜店", "眼镜镜片度数与验光单不符", "重新配镜"),
                  ("阳光教育培训学校", "培训课程中途停课不退费", "退还剩余课时费用"),
                  ("顺达二手车行", "二手车隐瞒事故记录", "退车退款"),
                  ("新潮手机通讯店", "手机维修后仍无法开机，收取维修费", "退还维修费"),
                  ("百福装饰材料店", "装修材料与样品不符", "更换或退货"),
                  ("美味蛋糕坊", "生日蛋糕奶油变质", "退还餐费并赔偿"),
                  ("快洁洗衣店", "洗衣店洗坏羽绒服", "照价赔偿"),
                  ("城关电动车行", "购买的电动车电池三个月即无法充电", "更换电池")]
    reports = [("优品生活超市", "超市销售过期食品"), ("惠民大药房", "药店无执业药师在岗销售处方药"),
               ("老李家餐馆", "餐馆后厨卫生脏乱、从业人员无健康证"), ("城东加油站", "加油机计量不准"),
               ("鑫源家电商场", "商场虚构原价进行促销"), ("绿野农资店", "农资店销售无标签化肥"),
               ("金手指美容美发店", "美容店无资质从事医疗美容")]
    consults = ["预付卡退费有什么规定", "七日无理由退货适用哪些商品", "如何查询企业登记信息", "个体户年报怎么报"]
    agree_outcomes = {"更换电池": "经营者同意更换电池", "退还预付卡余额": "退还余额", "退货并按规定赔偿": "退货并赔偿",
                      "退还维修费": "退还维修费", "更换或退货": "同意更换", "退换冰箱": "更换冰箱", "退货退款": "退货退款", "退还办卡费用": "退还部分费用",
                      "退还剩余课时费用": "退还剩余课时费", "退还餐费并赔偿": "退还餐费并赔偿", "退车退款": "补偿差价",
                      "重新配镜": "免费重新配镜", "照价赔偿": "按折旧赔偿", "办理七日无理由退货": "办理退货"}
    grounds = {"withdrawn": ["投诉人撤回投诉", "双方自行和解"], "refused": ["被投诉人明确拒绝调解"],
               "no_agreement": ["双方分歧较大，无法达成调解协议"]}

    kinds = ["投诉"] * 46 + ["举报"] * 10 + ["咨询"] * 5
    rng.shuffle(kinds)
    n = len(kinds)
    t0 = datetime(2025, 1, 2, 8, 0)
    span = (datetime(2025, 6, 20, 18, 0) - t0) / n
    recvs = []
    for i in range(n):
        r = t0 + span * i + timedelta(hours=rng.uniform(0, span.total_seconds() / 3600 * 0.9))
        recvs.append(r.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59), second=0, microsecond=0))
    comp_idx = [i for i in range(n) if kinds[i] == "投诉"]
    rep_idx = [i for i in range(n) if kinds[i] == "举报"]
    # complaint roles: refused / accepted; accepted plans
    # the Spring Festival / May Day acceptance traps are the complaints received just before the holidays
    cny = [i for i in comp_idx if datetime(2025, 1, 20) <= recvs[i] < datetime(2025, 1, 28)]
    mayday = [i for i in comp_idx if datetime(2025, 4, 25) <= recvs[i] < datetime(2025, 5, 1)]
    holiday_traps = set(cny[:1] + mayday[:1])
    early_c = [i for i in comp_idx if recvs[i] < datetime(2025, 5, 20) and i not in holiday_traps]
    rng.shuffle(early_c)
    refused = early_c[:5]
    acc = early_c[5:]
    trap_open = [i for i in comp_idx if recvs[i] >= datetime(2025, 6, 10)][-2:]   # still in mediation at the cutoff
    # the long-running ones (45 working days, 15+15 working days) on complaints accepted by mid-March
    long_run = [i for i in acc if recvs[i] < datetime(2025, 3, 15)]
    over_45, trap_testing, trap_expired, late_clue, trap_extended_clue = ([x] for x in long_run[:5])
    acc = [i for i in acc if i not in long_run[:5]]
    late_notice = acc[0:2]
    no_addr = acc[2:3]
    no_resp_addr = acc[3:4]
    consumer_assoc_accepts = acc[4:5]
    late_termination_notice = acc[5:6]
    onsite_no_notice = acc[6:7]
    onsite_no_document = acc[7:8]
    remote_no_record = acc[8:9]
    no_authority_accepted = acc[9:10]
    trap_ineligible = acc[10:11]
    trap_immediate = acc[11:13]
    trap_no_document_agreed = acc[13:14]
    trap_city = acc[14:15]
    clue_ok = acc[15:17]
    rep_real = [i for i in rep_idx if recvs[i] < datetime(2025, 6, 1)]
    late_reporter = rep_real[:1]

    rows = []
    for i in range(n):
        kind = kinds[i]
        recv = recvs[i]
        office = rng.choice(offices)
        addr_town = rng.choice(towns[office])
        row = Case()
        row["登记编号"] = ""
        row["登记日期"] = recv
        row["来源渠道"] = pick(rng, [("全国12315平台", 55), ("12315热线", 25), ("来信", 5), ("来访", 10), ("市局转办", 5)])
        row["件类型"] = kind
        row["投诉(举报)人"] = _name(rng)
        row["联系电话"] = _mobile(rng)
        row["通讯地址"] = f"临溪县{rng.choice(sum(towns.values(), []))}{rng.randint(1, 200)}号"
        row["被投诉(举报)人"] = None
        row["被投诉人地址"] = f"临溪县{addr_town}{rng.randint(1, 300)}号"
        for h in ["投诉请求", "问题摘要", "职责范围", "本局管辖", "承办单位", "承办人", "是否受理", "受理日期", "不予受理情形", "受理告知日期",
                  "调解单位", "调解方式", "调解通知日期", "调解日期", "送检日期", "检测报告日期", "调解结果", "终止调解情形",
                  "调解结束日期", "告知双方日期", "即时履行", "同意不制作调解书", "调解书日期", "调解记录", "发现违法线索日期", "线索核查日期",
                  "核查延期", "是否实名", "立案情况", "立案决定日期", "告知举报人日期", "办结日期", "备注"]:
            row[h] = None
        row["承办单位"] = office
        row["承办人"] = rng.choice(office_staff[office])
        if kind == "咨询":
            row["被投诉(举报)人"] = None
            row["被投诉人地址"] = None
            row["问题摘要"] = rng.choice(consults)
            row["承办单位"] = "县局消保科"
            row["承办人"] = rng.choice(office_staff["县局消保科"])
            row["办结日期"] = datetime(recv.year, recv.month, recv.day)
            row["备注"] = "已电话解答"
            rows.append(row)
            continue
        if kind == "举报":
            row["被投诉(举报)人"], row["问题摘要"] = rng.choice(reports)
            row["职责范围"] = "是"
            row["本局管辖"] = "是"
            real = rng.random() < 0.7 or i in late_reporter
            row["是否实名"] = "实名" if real else "匿名"
            decide = _wd(recv, rng.randint(4, 13))
            if decide > CUTOFF:
                row["立案情况"] = "核查中"
            else:
                row["立案情况"] = pick(rng, [("立案", 55), ("不予立案", 45)])
                row["立案决定日期"] = decide
                if real:
                    tell = _wd(decide, 8 if i in late_reporter else rng.randint(1, 4))
                    row["告知举报人日期"] = tell if tell <= CUTOFF else None
                row["办结日期"] = decide
            rows.append(row)
            continue
        # --- 投诉
        row["被投诉(举报)人"], content, demand = rng.choice(complaints)
        row["问题摘要"] = content
        row["投诉请求"] = demand
        row["职责范围"] = "是"
        row["本局管辖"] = "是"
        k = 8 if i in late_notice else (rng.randint(1, 4))
        decided = _wd(recv, k).replace(hour=rng.randint(9, 16), minute=rng.randint(0, 59))
        if i in holiday_traps:                       # received just before the holiday, decided right after it
            decided = _wd(recv, 5).replace(hour=10, minute=rng.randint(0, 59))
        notified = decided + timedelta(minutes=rng.randint(5, 90))
        if i in late_notice:
            notified = _wd(decided, 2).replace(hour=15, minute=rng.randint(0, 59))
        row["受理日期"] = decided
        row["受理告知日期"] = notified
        if i in refused:
            row["是否受理"] = "不予受理"
            why = ["不属于市场监管职责", "不属于本局管辖", "非为生活消费需要（职业索赔）", "法院已受理同一争议",
                   "未能提供被投诉人有效信息"][refused.index(i) % 5]
            row["不予受理情形"] = why
            if why == "不属于市场监管职责":
                row["职责范围"] = "否"
                row["被投诉(举报)人"], row["问题摘要"], row["投诉请求"] = "锦绣花园物业服务中心", "物业费上涨未公示", "退还多收物业费"
            if why == "不属于本局管辖":
                row["本局管辖"] = "否"
                row["被投诉(举报)人"] = "外县网店（浙江某电商）"
            if why == "未能提供被投诉人有效信息":
                row["被投诉人地址"] = None
            row["办结日期"] = datetime(notified.year, notified.month, notified.day)
            rows.append(row)
            continue
        row["是否受理"] = "受理"
        if i in trap_city:
            row["承办单位"] = "市局消保处"
            row["承办人"] = office_staff["市局消保处"][0]
            row["备注"] = "市局提级处理"
        if i in consumer_assoc_accepts:
            row["承办单位"] = "县消协"
            row["承办人"] = "消协工作人员"
        if i in no_addr:
            row["通讯地址"] = None
        if i in no_resp_addr:
            row["被投诉人地址"] = None
        if i in no_authority_accepted or i in trap_ineligible:
            row["本局管辖"] = "否"
        mediator = pick(rng, [(row["承办单位"], 70), ("县消协", 22), ("城关人民调解委员会", 8)])
        if row["承办单位"] == "市局消保处":
            mediator = "市局消保处"
        mode = pick(rng, [("电话调解", 55), ("现场调解", 35), ("在线视频调解", 10)])
        if i in onsite_no_notice + onsite_no_document + trap_immediate + trap_testing + trap_no_document_agreed:
            mode = "现场调解"
        if i in remote_no_record:
            mode = "电话调解"
        outcome = pick(rng, [("调解成功", 65), ("终止调解", 35)])
        if i in over_45 + onsite_no_document + remote_no_record + no_authority_accepted + trap_immediate + trap_testing \
                + trap_no_document_agreed:
            outcome = "调解成功"
        if i in late_termination_notice + trap_expired + trap_ineligible:
            outcome = "终止调解"
        if i in onsite_no_notice:
            outcome = rng.choice(["调解成功", "终止调解"])
        acc_day = decided
        notice = mediate = None
        if mode == "现场调解":
            notice = _wd(acc_day, rng.randint(1, 3))
            mediate = _wd(notice, rng.randint(2, 5))
        else:
            mediate = _wd(acc_day, rng.randint(1, 8))
        end = _wd(mediate, rng.randint(0, 3))
        ground = None
        if outcome == "终止调解":
            ground = rng.choice(grounds[pick(rng, [("withdrawn", 40), ("refused", 30), ("no_agreement", 30)])])
            end = _wd(mediate, rng.randint(0, 6))
        if i in trap_open:
            end = _wd(mediate, 12)
        if i in trap_testing:                        # 送检 about five weeks: not counted in the 45 working days
            row["送检日期"] = _wd(mediate, 1)
            row["检测报告日期"] = _wd(row["送检日期"], 30)
            end = _wd(row["检测报告日期"], 12)
            row["备注"] = "双方共同委托县质检所检测"
        if i in over_45:
            end = _wd(acc_day, 52)
            row["备注"] = "被投诉人多次变更方案"
        if i in trap_expired:
            end = _wd(acc_day, 46)
            ground = "超过四十五个工作日未能达成调解协议"
        if i in trap_ineligible:
            ground = "受理后发现不属本局管辖"
            row["备注"] = "被投诉人实际经营地在外县"
        fb = None
        if i in clue_ok + late_clue + trap_extended_clue:
            row["发现违法线索日期"] = mediate
            k = rng.randint(5, 13)
            if i in late_clue:
                k = 21
            if i in trap_extended_clue:
                k = 26
                row["核查延期"] = "是"
            fb = _wd(mediate, k)
            row["线索核查日期"] = fb if fb <= CUTOFF else None
        row["调解单位"] = mediator
        row["调解方式"] = mode
        row["调解通知日期"] = notice if notice and notice <= CUTOFF and i not in onsite_no_notice else None
        row["调解日期"] = mediate if mediate <= CUTOFF else None
        if end > CUTOFF:                             # still in mediation at the cutoff
            row["办结日期"] = None
            rows.append(row)
            continue
        row["调解结果"] = outcome
        row["调解结束日期"] = end
        if outcome == "终止调解":
            row["终止调解情形"] = ground
            tell = _wd(end, 10 if i in late_termination_notice else rng.randint(0, 4))
            row["告知双方日期"] = tell if tell <= CUTOFF else None
            row["办结日期"] = row["告知双方日期"] or end
        else:
            agreed = agree_outcomes[demand]
            row["备注"] = row["备注"] or agreed
            if mode == "现场调解":
                immediate = i in trap_immediate or (i not in onsite_no_document + trap_no_document_agreed
                                                    and rng.random() < 0.3)
                row["即时履行"] = "是" if immediate else "否"
                if immediate:
                    row["调解记录"] = "现场调解笔录已归档"
                elif i in trap_no_document_agreed:
                    row["同意不制作调解书"] = "是"
                    row["调解记录"] = "现场调解笔录已归档（双方签字同意不制作调解书）"
                else:
                    row["调解书日期"] = None if i in onsite_no_document else _wd(end, rng.randint(0, 1))
                    row["同意不制作调解书"] = "否"
                    if i in onsite_no_document:
                        row["调解记录"] = "现场调解笔录已归档"
            else:
                row["调解记录"] = None if i in remote_no_record else rng.choice(["电话调解录音及记录已存档",
                                                                                 "调解记录表已存档"])
            row["办结日期"] = row["调解书日期"] or end
        rows.append(row)

    for k, row in enumerate(rows):
        row["登记编号"] = f"LX12315-2025-{k + 1:04d}"
    # a repeated 登记编号: a case keyed in under the number of the one registered just before it
    busy = set(late_notice + no_addr + no_resp_addr + consumer_assoc_accepts + over_45 + late_termination_notice
               + onsite_no_notice + onsite_no_document + remote_no_record + late_clue + no_authority_accepted
               + late_reporter + trap_testing + trap_expired + trap_ineligible + trap_extended_clue + trap_immediate
               + trap_no_document_agreed + trap_city + list(holiday_traps) + refused)
    dup_src = next(k for k in range(10, n - 1) if kinds[k] != "咨询" and kinds[k + 1] != "咨询"
                   and k not in busy and k + 1 not in busy)
    rows[dup_src + 1]["登记编号"] = rows[dup_src]["登记编号"]
    if injected is not None:
        num = lambda i: rows[i]["登记编号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        injected += [(num(i), "late_acceptance_notice") for i in late_notice]
        injected += [(num(i), "missing_address") for i in no_addr]
        injected += [(num(i), "missing_respondent_address") for i in no_resp_addr]
        injected += [(num(i), "accepted_by_consumer_association") for i in consumer_assoc_accepts]
        injected += [(num(i), "mediation_over_45wd") for i in over_45]
        injected += [(num(i), "late_termination_notice") for i in late_termination_notice]
        injected += [(num(i), "onsite_without_notice") for i in onsite_no_notice]
        injected += [(num(i), "onsite_agreement_without_document") for i in onsite_no_document]
        injected += [(num(i), "agreement_without_record") for i in remote_no_record]
        injected += [(num(i), "late_clue_check") for i in late_clue]
        injected += [(num(i), "late_reporter_notice") for i in late_reporter]
        injected += [(num(i), "accepted_without_authority") for i in no_authority_accepted]

    hand = {
        "procedure": "l2-samr-complaints-and-reports",
        "columns": {
            "登记编号": "case_number",
            "件类型": "category",
            "投诉(举报)人": "complainant",
            "联系电话": "contact_phone",
            "通讯地址": "address",
            "被投诉(举报)人": "respondent_name",
            "被投诉人地址": "respondent_address",
            "投诉请求": "demand",
            "问题摘要": "content",
            "职责范围": "not_samr_duty",
            "本局管辖": "no_handling_authority",
            "受理告知日期": "decision_notified_at",
            "调解单位": "mediate_by",
            "调解方式": "mediation_mode",
            "调解通知日期": "notify_mediation_at",
            "调解日期": "mediate_at",
            "送检日期": "testing_commissioned_at",
            "检测报告日期": "testing_completed_at",
            "调解结果": "mediation_outcome",
            "终止调解情形": "termination_ground",
            "调解结束日期": "end_mediation_at",
            "告知双方日期": "notify_termination_at",
            "即时履行": "performed_immediately",
            "同意不制作调解书": "no_document_agreed",
            "调解书日期": "make_mediation_document_at",
            "调解记录": "mediation_record",
            "发现违法线索日期": "find_clue_at",
            "线索核查日期": "verify_clue_at",
            "核查延期": "check_extended",
            "是否实名": "real_name",
            "立案决定日期": "decide_filing_at",
            "告知举报人日期": "notify_reporter_at",
        },
        "values": {
            "category": {"投诉": "complaint", "举报": "report", "咨询": "consultation"},
            "not_samr_duty": {"是": False, "否": True},
            "no_handling_authority": {"是": False, "否": True},
            "mediation_mode": {"现场调解": "onsite", "电话调解": "remote", "在线视频调解": "remote"},
            "mediation_outcome": {"调解成功": "agreement", "终止调解": "terminated"},
            "termination_ground": {"投诉人撤回投诉": "withdrawn_or_settled", "双方自行和解": "withdrawn_or_settled",
                                   "被投诉人明确拒绝调解": "refused_mediation",
                                   "双方分歧较大，无法达成调解协议": "no_agreement_possible",
                                   "超过四十五个工作日未能达成调解协议": "period_expired",
                                   "受理后发现不属本局管辖": "ineligible_found"},
            "performed_immediately": {"是": True, "否": False},
            "no_document_agreed": {"是": True, "否": False},
            "check_extended": {"是": True, "否": False},
            "real_name": {"实名": True, "匿名": False},
        },
        "roles": {"城关市场监管所": "county_amr", "东溪市场监管所": "county_amr", "南湖市场监管所": "county_amr",
                  "县局消保科": "county_amr", "市局消保处": "higher_amr",
                  "县消协": "mediation_org", "城关人民调解委员会": "mediation_org"},
        "outcomes": {
            "件类型": {"date": "登记日期", "steps": {"投诉": "receive", "举报": "receive_report"}},
            "是否受理": {"date": "受理日期", "by": "承办单位", "steps": {"受理": "accept", "不予受理": "refuse"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("76-s13-tobacco-distribution-complaint-records.csv", "utf-8", e76_s13_tobacco),
    ("77-l2-county-12315-register.xlsx", "xlsx", e77_l2_county_12315),
]
