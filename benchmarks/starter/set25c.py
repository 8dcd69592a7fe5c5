"""Starter-profile benchmark exports 146-147 (set 25c), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 146 147    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


# --- 146: S14, a wholesale-market operator's complaint work orders -----------------------------------------------

def _shift(t):
    """Keep a step time inside the office's hours (8:30-18:00; the market office works every day)."""
    t = t.replace(second=0, microsecond=0)
    if t.hour < 8 or (t.hour == 8 and t.minute < 30):
        t = t.replace(hour=9, minute=t.minute % 50 + 5)
    elif t.hour >= 18:
        t = (t + timedelta(days=1)).replace(hour=9, minute=t.minute % 50 + 5)
    return t


def _after(t, rng, lo_h, hi_h):
    return _shift(t + timedelta(hours=rng.uniform(lo_h, hi_h)))


_S14_KINDS = [
    # 投诉情形, 投诉性质, 被投诉部门, [(投诉事由, 客户要求, 处理意见)], weight
    ("热线打不通", "一般", "服务中心", [
        ("报修热线一上午打了五六次都占线，打通后客服说登记了让等通知", "要求热线有人接、报修当天有回音",
         "责成服务中心核查当日热线值守记录，向档主回电致歉并当日派工"),
        ("夜间打服务热线无人接听，档口卷闸门卡住无法锁门", "要求夜间热线安排专人值守",
         "服务中心调整夜班值守，工程部次日上午检修卷闸门")], 5),
    ("接待不及时", "一般", "服务中心", [
        ("到一楼服务台反映问题，等了四十分钟没人登记", "要求服务台有人接待并登记",
         "服务中心调整午间排班，向投诉人说明并致歉"),
        ("上门反映隔壁档口占用通道，服务台说找管理员，来回推了三次", "要求有人负责处理通道占用",
         "服务中心首问登记，营运部当日清理通道")], 4),
    ("多次维修未解决", "一般", "工程部", [
        ("档口顶棚漏水报修三次，每次修完下雨又漏", "要求彻底修好并赔偿泡水货物",
         "工程部重新勘查屋面防水，损失按租赁合同协商"),
        ("档口电源反复跳闸，电工来了两次没查出原因", "要求查清原因、尽快恢复供电",
         "工程部更换档口配电箱，营运部登记停电时长"),
        ("二楼卫生间下水堵塞，报修后一周仍未疏通", "要求当天疏通",
         "工程部安排外协疏通，保洁部加强巡查")], 7),
    ("其他", "一般", "保洁部", [
        ("通道垃圾下午才清运，档口门前有异味", "要求上午清运一次",
         "保洁部调整清运时段为上午十点前"),
        ("保洁拖地时把水洒进档口，纸箱被泡", "要求道歉并赔偿纸箱",
         "保洁部班长上门致歉，损失按实际照价赔偿")], 4),
    ("其他", "一般", "保安部", [
        ("卸货区车辆乱停，保安不管，货车进不来", "要求保安疏导卸货区车辆",
         "保安部早六点至九点卸货区增派一人疏导"),
        ("晚上闭市后档口外堆放的货物被人拿走，巡逻没发现", "要求调取监控并加强夜间巡逻",
         "保安部调取监控并报派出所，夜间巡逻改为每小时一次")], 4),
    ("其他", "一般", "营运部", [
        ("市场广播音量太大，影响与顾客谈生意", "要求调低广播音量",
         "营运部调整广播音量和播放时段"),
        ("促销活动摊位摆在档口正前方，挡住门面", "要求挪开促销摊位",
         "营运部当日调整活动摊位位置")], 3),
    ("态度恶劣", "严重", "保安部", [
        ("保安劝离时言语辱骂顾客，顾客在抖音发了视频", "要求当事保安公开道歉并处理",
         "保安部当事人停岗，行政部约见顾客当面致歉")], 2),
    ("态度恶劣", "严重", "服务中心", [
        ("服务台人员与档主争吵，说“爱租不租”", "要求道歉并调换服务台人员",
         "服务中心当事人书面检讨并调岗，经理上门致歉")], 2),
    ("乱收费、索要财物", "严重", "营运部", [
        ("管理员收取“占道费”二百元，不开收据", "要求退还费用并查处当事人",
         "退还费用，当事管理员停职调查"),
        ("管理员暗示过节要送购物卡，否则检查时“多照顾”", "要求查处",
         "纪检调查，当事管理员调离营运岗位")], 2),
    ("乱收费、索要财物", "严重", "招商部", [
        ("续租时招商专员要求另交一千元“排位费”", "要求退还并说明收费依据",
         "招商部退还费用，当事人停职调查")], 2),
    ("媒体曝光", "严重", "工程部", [
        ("暴雨后地下卸货区积水半米，被本地公众号曝光", "要求加装排水泵，赔偿停业损失",
         "工程部加装排水泵，营运部核定受影响档口并减免当月管理费")], 1),
    ("屡投屡犯", "严重", "保洁部", [
        ("同一保洁员本月第三次被投诉把垃圾扫进档口", "要求更换该区域保洁员",
         "保洁部更换该区域保洁员并全员培训")], 1),
]


def e146_s14_market_operator_work_orders(rng, injected=None):
    """某小商品批发市场运营公司（市场设一、二层档口，档主为承租商户）行政部客服组的投诉工单：客服热线、上门、
    微信公众号的投诉都在商管系统里开“投诉工单”，派给被投诉部门，部门反馈后由客服回复客户并结单。
    年中从系统导出 XLSX（工作表“导出”）。日期写法：Excel 日期时间单元格（yyyy-mm-dd hh:mm）。

    从制度原文写下的列：工单号、登记时间、投诉来源（客服热线/上门投诉/微信公众号/意见箱/管理处转来）、投诉人、
    投诉人类型（档主/顾客/其他）、档口号、联系电话、投诉事由、投诉性质（一般/严重）、投诉情形（热线打不通/
    接待不及时/多次维修未解决/态度恶劣/乱收费索要财物/媒体曝光/屡投屡犯/其他）、被投诉部门、被投诉人员、
    受理人、派单时间、部门反馈时间、反馈单签章（已签章/未签章）、处理意见、改善措施、回复客户时间、客户评价、
    工单状态（处理中/待回复/已结单）、结单时间、录入人、备注。

    读过制度 YAML 后补的列：客户要求、台账登记时间（行政部把工单记入《客户投诉处理管理台账》的时间）、
    接单时间（被投诉部门在系统里接单、开始调查）、反馈部门、原因调查、改善确认时间、意见报告出具时间。
    （“工单状态”实际取值：处理中/待回复/待结单/已结单。）

    注入（38 行）：case_number 重复 2（系统重复保存，沿用上一单号）；demand_understood 2（客户要求空）；
    handling_slip_filled 1（现场协调未派单）；severity_classified 1（投诉性质空）；severity 取值无效 1（“较严重”）；
    measures_drafted 1（处理意见空）；responsible_unit_named 1（被投诉部门空）；responsible_person_named 1
    （被投诉人员空）；case_registered 1（台账登记时间空）；feedback_signed 2（“未签章”）；opinion_report_issued 2
    （已确认改善、未出具意见报告）；step-receive 1（招商部专员开单）；step-feedback 1（行政部代填反馈）；
    investigate-feedback 1（接单补点晚于反馈）；feedback-verify_cause 1（先答复档主、部门反馈后补）。共 19 项。
    陷阱：重开的工单号带“-1”（不同单号）；被投诉人员写“当班客服”“当班××（未查明姓名）”（已填）；
    月底尚未反馈的工单签章为空、未改善的没有意见报告（环节未到）；反馈部门“服务中心”是被投诉部门，不是行政部；
    严重投诉由行政部经理本人受理。
    """

    taken: set = set()
    clerks = distinct_names(rng, 4, taken)            # 行政部客服组
    admin_head = distinct_names(rng, 1, taken)[0]     # 行政部经理（严重投诉亲自受理）
    leasing = distinct_names(rng, 1, taken)[0]        # 招商部专员（自己在系统里开了单）
    staff = {dept: distinct_names(rng, 3, taken)
             for dept in ("服务中心", "工程部", "保洁部", "保安部", "营运部", "招商部")}

    n = 38
    start = datetime(2025, 1, 6, 8, 30)
    span = (datetime(2025, 6, 30, 15, 0) - start).total_seconds()
    times = sorted(start + timedelta(seconds=rng.uniform(0, span)) for _ in range(n))
    kinds = [k for k in _S14_KINDS for _ in range(k[4])]

    # which case carries which injection (older cases for the steps that need a finished case)
    plan = {}
    slots = rng.sample(range(2, 26), 14)
    for k, inj in zip(slots, ["demand", "demand", "no_slip", "no_severity", "bad_severity", "no_measures",
                              "no_unit", "no_person", "no_ledger", "unsigned", "unsigned", "no_report", "no_report",
                              "receiver_leasing"]):
        plan[k] = inj
    rest = [k for k in range(2, 28) if k not in plan]
    for k, inj in zip(rng.sample(rest, 3), ["feedback_by_admin", "accept_after_feedback", "reply_before_feedback"]):
        plan[k] = inj
    trap_person = rng.choice([k for k in range(0, 30) if k not in plan])

    cases = []
    for i, t in enumerate(times):
        inj = plan.get(i)
        situation, severity, dept, texts, _w = rng.choice(kinds)
        content, demand, measures = rng.choice(texts)
        received = _shift(t)
        who = pick(rng, [("档主", 6), ("顾客", 3), ("其他", 1)])
        if dept == "招商部" or "档口" in content or "档主" in content:
            who = "档主"
        stall = f"{rng.choice('ABCD')}{rng.randint(1, 2)}-{rng.randint(101, 168)}" if who == "档主" else ""
        channel = pick(rng, [("客服热线", 5), ("上门投诉", 3), ("微信公众号", 2), ("意见箱", 1), ("管理处转来", 1)])
        if situation == "接待不及时":
            channel = "上门投诉"
        receiver = admin_head if severity == "严重" and rng.random() < 0.6 else rng.choice(clerks)
        entered_by = receiver
        person = rng.choice(staff[dept])
        if situation in ("热线打不通", "接待不及时") and rng.random() < 0.5:
            person = "当班客服"
        if i == trap_person:
            person = "当班保安（未查明姓名）" if dept == "保安部" else "当班人员（排班表待核）"

        dispatch = _after(received, rng, 0.2, 3)
        ledger = _after(dispatch, rng, 0.1, 1.0)
        accept = _after(ledger, rng, 0.3, 5)
        feedback = _after(accept, rng, 20, 110)
        reply = _after(feedback, rng, 2, 40)
        improve = _after(reply, rng, 40, 220)
        report = _after(improve, rng, 1, 60)
        steps = [dispatch, ledger, accept, feedback, reply, improve, report]
        steps = [s if s <= CUTOFF else None for s in steps]
        for j in range(1, len(steps)):      # a later step never before an earlier one that has not happened
            if steps[j - 1] is None:
                steps[j] = None
        dispatch, ledger, accept, feedback, reply, improve, report = steps
        if report is None:      # the office records the confirmation when it issues the opinion report
            improve = None
        feedback_dept = dept if feedback else None
        signed = "已签章" if feedback else None
        cause = {"服务中心": "人员排班不足、值守不到位", "工程部": "维修未查明根本原因", "保洁部": "作业不规范",
                 "保安部": "岗位职责落实不到位", "营运部": "现场管理不规范", "招商部": "违反收费管理规定"}[dept] \
            if feedback else None
        improvement = None
        if improve:
            improvement = rng.choice(["已整改，回访确认", "已落实，效果待观察一个月", "已培训并纳入月度考核"])
        evaluation = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)]) if reply else None
        status = "已结单" if report else ("待结单" if reply else ("待回复" if feedback else "处理中"))
        note = None
        number_day = received.strftime("%Y%m%d")

        if inj == "demand":
            demand = None
        elif inj == "no_slip":
            dispatch = ledger = accept = feedback = None
            feedback_dept = signed = cause = None
            note = "服务台现场协调解决，未派单"
        elif inj == "no_severity":
            severity = None
        elif inj == "bad_severity":
            severity = "较严重"
        elif inj == "no_measures":
            measures = None
        elif inj == "no_unit":
            pass                                     # 被投诉部门 left blank below
        elif inj == "no_person":
            person = None
        elif inj == "no_ledger":
            ledger = None
        elif inj == "unsigned":
            signed = "未签章"
            note = "反馈单部门主管出差，未签章"
        elif inj == "no_report":
            report = None
            status = "待结单"
        elif inj == "receiver_leasing":
            receiver = entered_by = leasing
            note = "档主在招商部续租时口头投诉，招商专员代为开单"
        elif inj == "feedback_by_admin":
            feedback_dept = "行政部"
            note = "部门未在系统回复，行政部电话了解后代填反馈"
        elif inj == "accept_after_feedback":
            accept = _shift(feedback + timedelta(hours=rng.uniform(2, 20)))
            note = "部门先电话回复，系统接单补点"
        elif inj == "reply_before_feedback":
            reply = (feedback - timedelta(hours=rng.uniform(1, 3))).replace(second=0, microsecond=0)
            if reply.hour < 8 or reply <= accept:
                reply = accept + timedelta(minutes=25)
            note = "先电话答复档主，部门书面反馈后补"

        cases.append([Case({
            "工单号": None,
            "登记时间": received,
            "投诉来源": channel,
            "投诉人": person_name(rng),
            "投诉人类型": who,
            "档口号": stall,
            "联系电话": mobile(rng),
            "投诉事由": content,
            "客户要求": demand,
            "投诉性质": severity,
            "投诉情形": situation,
            "被投诉部门": None if inj == "no_unit" else dept,
            "被投诉人员": person,
            "受理人": receiver,
            "派单时间": dispatch,
            "处理意见": measures,
            "台账登记时间": ledger,
            "接单时间": accept,
            "部门反馈时间": feedback,
            "反馈部门": feedback_dept,
            "原因调查": cause,
            "反馈单签章": signed,
            "回复客户时间": reply,
            "客户评价": evaluation,
            "改善措施": improvement,
            "改善确认时间": improve,
            "意见报告出具时间": report,
            "工单状态": status,
            "结单时间": report,
            "录入人": entered_by,
            "备注": note,
        }), inj, number_day])

    # work-order numbers: TS + date + daily sequence
    seq: dict = {}
    for c, inj, day in cases:
        seq[day] = seq.get(day, 0) + 1
        c["工单号"] = f"TS{day}{seq[day]:03d}"
    # a reopened order keeps its number with -1 (trap: a different number)
    j = rng.choice([k for k in range(5, 30) if k not in plan and cases[k][0]["意见报告出具时间"]])
    c_re = cases[j][0]
    c_re["工单号"] = c_re["工单号"] + "-1"
    c_re["备注"] = "原工单结单后档主再次来电，重开"
    # two orders saved twice by the system with the number of the order before them
    dups = []
    first = rng.choice([k for k in range(3, 24) if k not in plan and k - 1 not in plan and j not in (k, k - 1)])
    second = rng.choice([k for k in range(27, 37) if k not in plan and k - 1 not in plan and j not in (k, k - 1)])
    for k in (first, second):
        cases[k][0]["工单号"] = cases[k - 1][0]["工单号"]
        dups.append(cases[k][0]["工单号"])

    if injected is not None:
        injected += [(number, "case_number (duplicate)") for number in dups]
        injected += [(c["工单号"], inj) for c, inj, _ in cases if inj]
    rows = [c for c, _, _ in cases]

    hand = {
        "procedure": "s14-operations-complaint-flow",
        "sheet": "导出",
        "columns": {
            "工单号": "case_number",
            "登记时间": "receive_at",
            "受理人": "receive_by",
            "投诉事由": "content",
            "客户要求": "demand",
            "投诉性质": "severity",
            "派单时间": "fill_handling_slip_at",
            "处理意见": "measures",
            "被投诉部门": "responsible_department",
            "被投诉人员": "responsible_person",
            "台账登记时间": "register_at",
            "接单时间": "investigate_at",
            "部门反馈时间": "feedback_at",
            "反馈部门": "feedback_by",
            "原因调查": "cause",
            "反馈单签章": "complained_unit_signature",
            "回复客户时间": "verify_cause_at",
            "改善确认时间": "improvement_at",
            "意见报告出具时间": "opinion_report_at",
        },
        "values": {
            "severity": {"一般": "general", "严重": "serious"},
            "complained_unit_signature": {"未签章": ""},
        },
        "roles": {
            **{name: "admin_dept" for name in [*clerks, admin_head]},
            leasing: "complained_dept",
            "行政部": "admin_dept",
            **{dept: "complained_dept" for dept in staff},
        },
    }
    return rows, hand


# --- 147: S21, a sterile medical-device maker's customer-complaint register ----------------------------------------

def _slash(d):
    """The register's own spelling: 2025/3/4 (Excel short date saved to CSV)."""
    return f"{d.year}/{d.month}/{d.day}" if d else None


def _workdays_after(d, k):
    while k:
        d += timedelta(days=1)
        k -= workday(d)
    return d


_S21_PRODUCTS = [
    ("一次性使用输液器 带针", ["0.7mm", "0.8mm"], 5),
    ("一次性使用无菌注射器 带针", ["5ml", "10ml", "20ml"], 4),
    ("一次性使用静脉留置针", ["22G", "24G"], 3),
    ("一次性使用无菌注射针", ["0.45×16RWLB", "0.6×25TWLB"], 2),
]

_S21_FEEDBACK = [
    # 反馈内容, 是否构成投诉, 是否需向监管部门报告, 适用产品, 调查结论, 处理措施, weight
    ("滴斗内发现黑色异物", "是", "否", "输液器", "留样复检发现同类异物，确认为注塑工序清洁不到位", "换货", 3),
    ("推杆回弹，推注不顺畅", "是", "否", "注射器", "胶塞硅化不足，该批次过程记录已追溯", "换货", 3),
    ("导管尖端卷边，穿刺失败", "是", "否", "留置针", "留样检验合格，个别产品运输挤压所致", "换货", 2),
    ("流量调节器失灵，滴速无法控制", "是", "否", "输液器", "调节器滚轮尺寸超差，供应商来料问题", "退货", 2),
    ("外包装破损，无菌屏障可能失效", "是", "否", "", "运输破损，仓库出库检查未发现", "换货", 2),
    ("针尖有倒钩，患者疼痛明显", "是", "否", "针", "磨针工序参数漂移，已调整", "换货", 2),
    ("输液过程中患者出现寒战、高热，疑与输液器有关", "是", "是", "输液器", "留样热原检验合格，待监管部门调查结论", "暂停该批发货，上报不良事件", 1),
    ("留置针导管断裂，部分残留血管内", "是", "是", "留置针", "导管材料批次抽检拉伸强度偏低", "召回同批次产品，上报不良事件", 1),
    ("询问该批号环氧乙烷残留检测报告", "否（咨询）", "否", "", "提供出厂检验报告", "书面答复", 2),
    ("输液管内有大量气泡，经核实为未按说明书排气", "否（使用不当）", "否", "输液器", "使用方法问题", "上门培训", 2),
    ("建议外包装增加批号条形码", "否（建议）", "否", "", "转生技部评估", "书面答复", 1),
]


def e147_s21_device_complaint_register(rng, injected=None):
    """某一次性无菌医疗器械（输液器、注射器、留置针）生产企业销售部的《顾客投诉登记表》：销售内勤在 Excel
    里逐条登记顾客反馈，年中另存为 CSV（GBK）交管理者代表。日期写法：2025/3/4（Excel 另存的短日期）。

    从程序原文写下的列：登记编号、接收日期、反馈方式（电话/传真/邮件/来函/业务员带回/经销商反馈）、顾客单位、
    联系人、联系电话、产品名称、型号规格、生产批号、数量、反馈内容、是否构成投诉（是/否）、
    是否需向监管部门报告（是/否）、报告日期、接收人、处理记录编号、协助部门（质量部/生技部）、调查结论、
    处理措施、处理完成日期、顾客意见、总经理审批、备注。
    （“是否构成投诉”实际写作 是 / 否（咨询）/ 否（使用不当）/ 否（建议）；另有“登记人”列。）

    读过程序 YAML 后补的列：评审日期、评审人（销售部评价是否构成投诉、是否需报告的日期和人）、
    处理记录日期（开《顾客投诉处理记录》的日期）。

    注入（36 行）：case_number 重复 1（复制上一行未改编号）；register_recorded 1（接收日期空）；batch_provided 2
    （批号空）；quantity_provided 1（数量空）；quantity 取值无效 1（“若干”）；complaint_evaluated 1（已评审、
    是否构成投诉空）；regulator_report_decided 2（是否需报告空）；is_complaint 取值无效 1（“待查”）；
    handling_recorded 2（构成投诉、未开处理记录）；step-receive_record 1（质量部工程师接收）；step-evaluate 2
    （质量部经理评审）；receive_record-evaluate 1（评审日期早于接收日期）；evaluate-handle 1（先开处理记录后评审）。
    共 17 项。
    陷阱：不构成投诉的反馈没有处理记录；月底新收、尚未评审的反馈（是否构成投诉等为空）；评审与开处理记录同一天；
    同一来函两种产品分行登记为“-1”“-2”（不同编号，共用一份处理记录）；业务员（销售部）接收；评审人是销售部经理
    而协助部门是质量部。
    """

    taken: set = set()
    clerks = distinct_names(rng, 2, taken)          # 销售内勤
    reps = distinct_names(rng, 3, taken)            # 业务员
    sales_mgr = distinct_names(rng, 1, taken)[0]    # 销售部经理
    qa_mgr, qa_eng = distinct_names(rng, 2, taken)  # 质量部
    gm = distinct_names(rng, 1, taken)[0]           # 总经理
    cities = ["嘉兴", "湖州", "绍兴", "金华", "台州", "衢州", "丽水", "舟山", "宁波", "温州"]
    customers = [f"{c}市第一人民医院" for c in cities[:4]] + [f"{c}市中医院" for c in cities[4:7]] + \
        [f"{c}县人民医院" for c in ("安吉", "德清", "嵊州")] + [f"{c}康达医疗器械有限公司" for c in cities[7:]]

    n = 35
    days = [d for d in (date(2025, 1, 2) + timedelta(days=k) for k in range(180)) if workday(d)]
    received_days = sorted(rng.sample(days, n))
    fb_pool = [f for f in _S21_FEEDBACK for _ in range(f[6])]

    plan = {}
    slots = rng.sample(range(1, 30), 16)
    for k, inj in zip(slots, ["no_receive_date", "no_batch", "no_batch", "no_qty", "bad_qty", "no_is_complaint",
                              "no_report_decision", "no_report_decision", "bad_is_complaint", "no_handling",
                              "no_handling", "receiver_qa", "evaluator_qa", "evaluator_qa",
                              "evaluate_before_receive", "handle_before_evaluate"]):
        plan[k] = inj
    cutoff = CUTOFF.date()

    cases = []
    for i, received in enumerate(received_days):
        inj = plan.get(i)
        while True:
            content, is_complaint, report, fits, cause, action, _w = rng.choice(fb_pool)
            if inj in ("no_handling", "handle_before_evaluate", "no_report_decision", "evaluate_before_receive") \
                    and is_complaint != "是":
                continue
            product, specs, _pw = rng.choice(_S21_PRODUCTS)
            if fits and fits not in product:
                continue
            break
        spec = rng.choice(specs)
        made = received - timedelta(days=rng.randint(40, 300))
        batch = f"{made:%y%m%d}{rng.randint(1, 3):02d}"
        qty = rng.choice([1, 1, 2, 3, 5, 10, 20, 50, 100, 200])
        way = pick(rng, [("电话", 4), ("邮件", 2), ("传真", 1), ("来函", 1), ("业务员带回", 3), ("经销商反馈", 2)])
        customer = rng.choice(customers)
        if way == "经销商反馈":
            customer = rng.choice(customers[-3:])
        receiver = rng.choice(reps) if way == "业务员带回" else rng.choice(clerks)
        evaluated = _workdays_after(received, rng.choice([0, 0, 1, 1, 2, 3]))
        evaluator = sales_mgr
        handled = _workdays_after(evaluated, rng.choice([0, 0, 1, 2])) if is_complaint == "是" else None
        if (handled or evaluated) > cutoff:          # the evaluation and the handling record are filled in together
            evaluated = handled = None
        done = _workdays_after(handled, rng.randint(3, 20)) if handled else None
        if done and done > cutoff:
            done = None
        if not evaluated:
            is_complaint = report = None
        assist = None
        if handled:
            assist = pick(rng, [("质量部", 5), ("生技部", 2), ("质量部、生技部", 3)])
        reported_on = _workdays_after(evaluated, rng.randint(0, 2)) if report == "是" else None
        record_no = None
        note = None

        if inj == "no_receive_date":
            note = "业务员出差带回，接收日期未记"
        elif inj == "no_batch":
            batch = None
            note = "顾客未提供批号，外包装已丢弃"
        elif inj == "no_qty":
            qty = None
        elif inj == "bad_qty":
            qty = "若干"
        elif inj == "no_is_complaint":
            is_complaint = None
        elif inj == "no_report_decision":
            report = reported_on = None
        elif inj == "bad_is_complaint":
            is_complaint = "待查"
            handled = done = assist = None
            note = "待质量部留样检验后再定"
        elif inj == "no_handling":
            handled = done = None
            note = "已电话安排换货，未开处理记录"
        elif inj == "receiver_qa":
            receiver, way = qa_eng, "电话"
            note = "医院设备科直接致电质量部"
        elif inj == "evaluator_qa":
            evaluator = qa_mgr
        elif inj == "evaluate_before_receive":
            evaluated = received - timedelta(days=rng.randint(2, 5))
            note = "补登记，接收日期按登记当天填写"
        elif inj == "handle_before_evaluate":
            handled = evaluated - timedelta(days=rng.randint(1, 3))
            note = "先开处理记录安排换货，评审后补"

        cases.append([Case({
            "登记编号": None,
            "接收日期": None if inj == "no_receive_date" else received,
            "反馈方式": way,
            "顾客单位": customer,
            "联系人": person_name(rng),
            "联系电话": mobile(rng),
            "产品名称": product,
            "型号规格": spec,
            "生产批号": batch,
            "数量": qty,
            "反馈内容": content,
            "接收人": receiver,
            "评审日期": evaluated if evaluated else None,
            "评审人": evaluator if evaluated else None,
            "是否构成投诉": is_complaint,
            "是否需向监管部门报告": report,
            "报告日期": reported_on,
            "处理记录编号": record_no,
            "处理记录日期": handled,
            "协助部门": assist,
            "调查结论": cause if done else None,
            "处理措施": action if done else None,
            "处理完成日期": done,
            "顾客意见": rng.choice(["满意", "满意", "接受", "无异议"]) if done else None,
            "总经理审批": gm if done and action not in ("书面答复", "上门培训") else None,
            "登记人": rng.choice(clerks),
            "备注": note,
        }), inj])

    # register numbers KS25-001...; the 处理记录 numbered in the order they were opened
    for k, (c, _) in enumerate(cases, start=1):
        c["登记编号"] = f"KS25-{k:03d}"
    opened = sorted((c["处理记录日期"], k) for k, (c, _) in enumerate(cases) if c["处理记录日期"])
    for m, (_, k) in enumerate(opened, start=1):
        cases[k][0]["处理记录编号"] = f"CL25-{m:03d}"
    # one complaint about two products registered as -1/-2 (trap: different numbers)
    j = rng.choice([k for k in range(3, 33) if k not in plan and cases[k][0]["处理记录日期"]])
    second = Case(cases[j][0])
    cases[j][0]["登记编号"] += "-1"
    second["登记编号"] += "-2"
    product, specs, _pw = next(p for p in _S21_PRODUCTS if p[0] != cases[j][0]["产品名称"])
    second.update({"产品名称": product, "型号规格": rng.choice(specs), "数量": rng.choice([2, 5, 10]),
                   "生产批号": f"{cases[j][0]['接收日期'] - timedelta(days=rng.randint(40, 200)):%y%m%d}01",
                   "备注": "同一来函涉及两种产品，分行登记"})
    cases.insert(j + 1, [second, None])
    # a row copied from the one above and its number left unchanged
    dup = rng.choice([k for k in range(5, len(cases)) if cases[k][1] is None and cases[k - 1][1] is None
                      and "-" not in cases[k][0]["登记编号"][5:] and "-" not in cases[k - 1][0]["登记编号"][5:]])
    cases[dup][0]["登记编号"] = cases[dup - 1][0]["登记编号"]

    if injected is not None:
        injected.append((cases[dup][0]["登记编号"], "case_number (duplicate)"))
        injected += [(c["登记编号"], inj) for c, inj in cases if inj]
    rows = [Case({h: _slash(v) if isinstance(v, date) else v for h, v in c.items()}) for c, _ in cases]

    hand = {
        "procedure": "s21-medical-device-complaints",
        "encoding": "gbk",
        "columns": {
            "登记编号": "case_number",
            "接收日期": "receive_record_at",
            "接收人": "receive_record_by",
            "反馈内容": "content",
            "生产批号": "batch",
            "数量": "quantity",
            "评审日期": "evaluate_at",
            "评审人": "evaluate_by",
            "是否构成投诉": "is_complaint",
            "是否需向监管部门报告": "report_to_regulator",
            "处理记录日期": "handle_at",
        },
        "values": {
            "is_complaint": {"是": "yes", "否（咨询）": "no", "否（使用不当）": "no", "否（建议）": "no"},
            "report_to_regulator": {"是": "yes", "否": "no"},
        },
        "roles": {
            **{name: "sales" for name in [*clerks, *reps, sales_mgr]},
            qa_mgr: "quality",
            qa_eng: "quality",
        },
    }
    return rows, hand


EXPORTS = [
    ("146-s14-market-operator-work-orders.xlsx", "xlsx", e146_s14_market_operator_work_orders),
    ("147-s21-device-complaint-register.csv", "gbk", e147_s21_device_complaint_register),
]
