"""Starter-profile benchmark exports 132-133 (set 23b), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 132 133    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _clock(d, rng, first=8, last=18):
    """A time on day d between first and last o'clock."""
    return datetime(d.year, d.month, d.day, rng.randint(first, last - 1), rng.randint(0, 59))


def _office(t, rng, first=8, last=18):
    """Office work happens on working days, first to last o'clock; a time outside moves to the next working morning."""
    if t is None:
        return None
    t = t.replace(second=0, microsecond=0)
    if t.hour >= last:
        t = (t + timedelta(days=1)).replace(hour=first, minute=rng.randint(0, 50))
    elif t.hour < first:
        t = t.replace(hour=first, minute=rng.randint(0, 50))
    while not workday(t.date()):
        t = (t + timedelta(days=1)).replace(hour=first, minute=rng.randint(0, 50))
    return t


def _awake(t, rng, first=8, last=21):
    """Field and duty work (any day of the week) between first and last o'clock; night moves to the next morning."""
    t = t.replace(second=0, microsecond=0)
    if t.hour >= last:
        t = (t + timedelta(days=1)).replace(hour=first, minute=rng.randint(0, 50))
    elif t.hour < first:
        t = t.replace(hour=first, minute=rng.randint(0, 50))
    return t


def _day_between(rng, a, b):
    a, b = date.fromisoformat(a), date.fromisoformat(b)
    return a + timedelta(days=rng.randint(0, (b - a).days))


# --- 132: S24, 南京广电网络 96296 客服工单系统的投诉工单 ------------------------------------------------------------

_S24_TOPICS = {
    "网络维护部": ["有线电视信号时有时无，多个频道马赛克", "宽带晚间频繁掉线", "楼道光节点故障，整栋楼无信号",
                  "数字电视高清频道无信号", "雷雨后宽带一直无法上网"],
    "技术中心": ["机顶盒频繁死机重启", "互动点播无法使用", "回看节目缺失、无法回看", "机顶盒升级后遥控器失灵"],
    "营业部": ["营业厅排队时间长，营业员态度生硬", "套餐变更未生效，仍按原套餐扣费", "报停后仍被收取收视费",
              "营业员未告知合约期，销户被收违约金"],
    "装维中心": ["装维人员预约后未按时上门", "安装人员收取材料费未开票", "装维人员上门态度差，走线不规范",
                "移机预约超期未安装"],
    "业务拓展部": ["促销承诺赠送的收视月份未到账", "宽带提速包办理后未开通", "外呼推销电话过于频繁"],
}
_S24_MASS = ["仙林片区光缆被挖断，大面积无信号", "系统割接后部分用户点播无法使用"]
_S24_STREETS = ["鼓楼区中山北路", "玄武区北京东路", "秦淮区中华路", "建邺区江东中路", "栖霞区仙林大道",
                "雨花台区软件大道", "江宁区天元中路", "浦口区江浦街道", "鼓楼区草场门大街", "秦淮区龙蟠中路"]
_S24_RESULTS = {
    "网络维护部": ["已更换故障分支器，信号恢复", "已排查光节点并更换光接收机，恢复正常", "已整改入户线路，测试正常"],
    "技术中心": ["已远程升级机顶盒固件，恢复正常", "已更换机顶盒", "已修复点播平台配置"],
    "营业部": ["已向客户致歉并退还多收费用", "已核实按客户要求重新办理套餐", "已对营业员进行批评教育"],
    "装维中心": ["已重新预约并上门安装完毕", "已退还材料费并致歉", "已重新规范走线"],
    "业务拓展部": ["已补赠收视月份", "已开通提速包并补偿一个月", "已将号码加入免打扰名单"],
}
_S24_PENALTY = ["扣责任人当月绩效100元", "扣责任人当月绩效50元", "通报批评，扣班组考核分2分", "扣责任人当月绩效200元"]


def e132_s24_cable_complaint_work_orders(rng, injected=None):
    """S24 南京广电网络：96296 客服中心工单系统的“投诉工单查询”导出（XLSX，日期为 Excel 日期时间单元格）。

    系统：客户服务部在 CRM 工单系统中受理/发起投诉（《客户投诉/建议信息登记处理单》即工单），派单给责任部门，
    责任部门接单、回单并在系统中回填《纠正及预防措施记录表》，客服部提交分管领导审核，告知客户、回访；
    客户不满意的重新登记派单，仍不满意的报分管领导批示后最终答复。处罚意见和报综合部也记在工单上。

    第 1 步（读制度 YAML 之前）写下的表头：
    工单编号、受理时间、投诉来源（96296热线/营业厅意见调查表/政府部门转办/消协转办/媒体曝光/部门发起）、
    投诉类别（常规投诉/发掘性投诉/集中性投诉）、用户证号、客户姓名、联系电话、装机地址、投诉内容、受理人、
    责任部门、派单时间、接单人、接单时间、纠正预防措施反馈时间、处理结果、分管领导审核时间、回访时间、回访人、
    回访结果（满意/基本满意/不满意；仍不满意的写“仍不满意”）、继续投诉（是/否）、领导批示时间、最终答复时间、
    工单状态（已归档/处理中/待回访/待审核）、处罚意见、备注、录入人。

    读过制度 YAML 后补的列：受理部门、回单时间、审核人、结果告知时间、再次登记时间、二次回单时间、
    处罚意见提交时间、报综合部时间。

    注入（规则 id：发现数）：
      case_number（CK107 重复工单编号）：1
      register_by_customer_service（营业厅直接录入工单，受理部门为营业部）：1
      step-leader_audit（客服部经理代为审核）：1
      revisit_by_customer_service（网络维护部工程师自行回访）：1
      corrective_record_3_days（接单后第 5、6 天才回填记录表；在办工单接单 5 天仍未填）：3
      corrective_record_3_days-start（有记录表、无接单时间）：1
      accept_required + corrective_record_required（已回单，但既无接单时间也无记录表，同一工单两项）：2
      leader_audit_required：1；revisit_required：1；notify_result_required：1
      re_register_when_unsatisfied：1；leader_review_when_still_unsatisfied：1；final_reply_when_still_unsatisfied：1
      penalty_forwarded：1
      register-accept（接单时间早于受理时间，部门发起后补录）：1
      handle-corrective_action（记录表早于回单）：1
    共 19 项（18 个工单；48 行）。
    陷阱（看似违规、实际合规）：接单后第 3 天 21 点回填记录表（时限至第 3 天 24:00）；接单 4 月 30 日、5 月 3 日
    回填（假期中，按自然日仍在 3 天内）；6 月 28、29 日接单尚未回填（未到期）；部门发起的发掘性投诉仍由客户服务部登记；
    客户服务部经理本人回访；完整走完第二轮、报领导批示并最终答复的工单；没有处罚意见的工单不要求报综合部。
    """
    taken = set()
    agents = distinct_names(rng, 6, taken)               # 客户服务部坐席
    cs_manager = distinct_names(rng, 1, taken)[0]        # 客户服务部经理
    leaders = distinct_names(rng, 2, taken)              # 分管副总经理（客服、网络）
    counter_staff = distinct_names(rng, 1, taken)[0]     # 营业部营业员
    receivers = {d: distinct_names(rng, 2, taken) for d in _S24_TOPICS}
    net_engineer = receivers["网络维护部"][0]

    header = ["工单编号", "受理时间", "投诉来源", "投诉类别", "用户证号", "客户姓名", "联系电话", "装机地址",
              "投诉内容", "受理部门", "受理人", "责任部门", "派单时间", "接单人", "接单时间", "回单时间", "处理结果",
              "纠正预防措施反馈时间", "审核人", "分管领导审核时间", "结果告知时间", "回访时间", "回访人", "回访结果",
              "继续投诉", "再次登记时间", "二次回单时间", "领导批示时间", "最终答复时间", "处罚意见",
              "处罚意见提交时间", "报综合部时间", "工单状态", "备注", "录入人"]

    def new_case(t0, dept=None, source=None, category="常规投诉"):
        dept = dept or pick(rng, [("网络维护部", 5), ("技术中心", 3), ("营业部", 2), ("装维中心", 3),
                                  ("业务拓展部", 1)])
        source = source or pick(rng, [("96296热线", 12), ("营业厅意见调查表", 2), ("政府部门转办", 2),
                                      ("消协转办", 1), ("媒体曝光", 1)])
        agent = rng.choice(agents)
        c = {h: None for h in header}
        c.update({
            "受理时间": t0, "投诉来源": source, "投诉类别": category,
            "用户证号": "8" + "".join(rng.choice("0123456789") for _ in range(9)),
            "客户姓名": person_name(rng), "联系电话": mobile(rng),
            "装机地址": f"{rng.choice(_S24_STREETS)}{rng.randint(1, 300)}号{rng.randint(1, 20)}幢"
                        f"{rng.randint(1, 4)}单元{rng.randint(1, 18)}{rng.randint(1, 4):02d}室",
            "投诉内容": rng.choice(_S24_TOPICS[dept]), "受理部门": "客户服务部", "受理人": agent,
            "责任部门": dept, "录入人": agent, "备注": "",
        })
        disp = t0 + timedelta(minutes=rng.randint(8, 50))
        c["派单时间"] = disp
        c["接单人"] = rng.choice(receivers[dept])
        c["接单时间"] = _awake(disp + timedelta(minutes=rng.randint(10, 300)), rng)
        c["回单时间"] = _awake(c["接单时间"] + timedelta(hours=rng.randint(2, 40)), rng)
        c["处理结果"] = rng.choice(_S24_RESULTS[dept])
        # the record form is filled with the return or shortly after, within the 3 calendar days
        due = datetime.combine(c["接单时间"].date() + timedelta(days=3), datetime.min.time()) + timedelta(hours=18)
        corr = c["回单时间"] + timedelta(minutes=rng.randint(20, 600))
        c["纠正预防措施反馈时间"] = min(corr, max(due, c["回单时间"] + timedelta(minutes=20)))
        c["审核人"] = leaders[0] if dept in ("营业部", "业务拓展部", "装维中心") else leaders[1]
        c["分管领导审核时间"] = _office(c["纠正预防措施反馈时间"] + timedelta(hours=rng.randint(2, 30)), rng)
        c["结果告知时间"] = _office(c["分管领导审核时间"] + timedelta(hours=rng.randint(1, 20)), rng, 9, 20)
        c["回访时间"] = _office(c["结果告知时间"] + timedelta(hours=rng.randint(24, 72)), rng, 9, 20)
        c["回访人"] = rng.choice(agents)
        c["回访结果"] = pick(rng, [("满意", 6), ("基本满意", 2)])
        c["继续投诉"] = "否"
        c["工单状态"] = "已归档"
        return c

    def unsatisfied(c, still=False):
        c["回访结果"] = "仍不满意" if still else "不满意"
        c["继续投诉"] = "是"
        c["再次登记时间"] = c["回访时间"] + timedelta(minutes=rng.randint(3, 15))
        c["二次回单时间"] = _office(c["再次登记时间"] + timedelta(hours=rng.randint(3, 30)), rng)
        if still:
            c["领导批示时间"] = _office(c["二次回单时间"] + timedelta(hours=rng.randint(24, 60)), rng)
            c["最终答复时间"] = _office(c["领导批示时间"] + timedelta(hours=rng.randint(2, 24)), rng, 9, 20)
        return c

    def penalty(c):
        c["处罚意见"] = rng.choice(_S24_PENALTY)
        c["处罚意见提交时间"] = c["纠正预防措施反馈时间"] + timedelta(minutes=rng.randint(5, 60))
        c["报综合部时间"] = _office(c["处罚意见提交时间"] + timedelta(hours=rng.randint(4, 96)), rng)
        return c

    def t_in(a, b, first=8, last=21):
        return _clock(_day_between(rng, a, b), rng, first, last)

    cases = []
    # ordinary, compliant work orders
    for _ in range(17):
        c = new_case(t_in("2025-01-03", "2025-06-12"))
        if rng.random() < 0.3:
            penalty(c)
        cases.append((c, None))
    # a network accident: several customers on one evening (集中性投诉)
    acc = t_in("2025-03-10", "2025-03-10", 19, 21)
    for k in range(3):
        c = new_case(acc + timedelta(minutes=7 * k + rng.randint(0, 5)), dept="网络维护部", source="96296热线",
                     category="集中性投诉")
        c["投诉内容"] = _S24_MASS[0]
        c["处理结果"] = "光缆抢修完成，信号恢复"
        cases.append((c, None))
    c = new_case(t_in("2025-05-19", "2025-05-19", 9, 12), dept="技术中心", category="集中性投诉")
    c["投诉内容"] = _S24_MASS[1]
    cases.append((c, None))
    # trap: a 发掘性投诉 raised by the 稽核 of 装维中心, registered by 客户服务部 as it should
    c = new_case(t_in("2025-02-17", "2025-04-25", 9, 17), dept="装维中心", source="部门发起", category="发掘性投诉")
    c["投诉内容"] = "稽核发现装维人员私自收取客户移机费"
    c["备注"] = "装维中心稽核组发起"
    penalty(c)
    cases.append((c, None))
    # trap: the record form filled on the 3rd day at 21:00 (due at 24:00)
    c = new_case(t_in("2025-03-20", "2025-04-18", 9, 17), dept="网络维护部")
    c["回单时间"] = _awake(c["接单时间"] + timedelta(days=2), rng)
    c["纠正预防措施反馈时间"] = datetime.combine(c["接单时间"].date() + timedelta(days=3),
                                          datetime.min.time()) + timedelta(hours=21, minutes=12)
    if c["回单时间"] > c["纠正预防措施反馈时间"]:
        c["回单时间"] = c["纠正预防措施反馈时间"] - timedelta(hours=3)
    c["分管领导审核时间"] = _office(c["纠正预防措施反馈时间"] + timedelta(hours=14), rng)
    c["结果告知时间"] = _office(c["分管领导审核时间"] + timedelta(hours=2), rng, 9, 20)
    c["回访时间"] = _office(c["结果告知时间"] + timedelta(hours=30), rng, 9, 20)
    cases.append((c, None))
    # trap: accepted on 30 April, record filled on 3 May during the holiday (calendar days)
    c = new_case(datetime(2025, 4, 30, 10, 14), dept="网络维护部")
    c["接单时间"] = datetime(2025, 4, 30, 11, 2)
    c["回单时间"] = datetime(2025, 5, 2, 15, 40)
    c["纠正预防措施反馈时间"] = datetime(2025, 5, 3, 10, 25)
    c["分管领导审核时间"] = datetime(2025, 5, 6, 9, 30)
    c["结果告知时间"] = datetime(2025, 5, 6, 14, 5)
    c["回访时间"] = datetime(2025, 5, 8, 10, 40)
    cases.append((c, None))
    # trap: the 客户服务部 manager does the revisit himself
    c = new_case(t_in("2025-02-10", "2025-05-30"))
    c["回访人"] = cs_manager
    cases.append((c, None))
    # trap: a full second round (unsatisfied) and a full escalation (still unsatisfied)
    cases.append((unsatisfied(new_case(t_in("2025-01-06", "2025-05-30"))), None))
    cases.append((penalty(unsatisfied(new_case(t_in("2025-02-06", "2025-05-20")), still=True)), None))
    # open work orders at the time of the export
    c = new_case(datetime(2025, 6, 28, 9, 36), dept="装维中心")      # trap: accepted 6-28, due 7-1 24:00
    c["接单时间"] = datetime(2025, 6, 28, 10, 20)
    for h in ("回单时间", "处理结果", "纠正预防措施反馈时间", "审核人", "分管领导审核时间", "结果告知时间", "回访时间",
              "回访人", "回访结果", "继续投诉"):
        c[h] = None
    c["工单状态"] = "处理中"
    cases.append((c, None))
    c = new_case(datetime(2025, 6, 29, 15, 2), dept="网络维护部")      # trap: returned, record not yet due
    c["接单时间"] = datetime(2025, 6, 29, 16, 10)
    c["回单时间"] = datetime(2025, 6, 30, 11, 45)
    for h in ("纠正预防措施反馈时间", "分管领导审核时间", "结果告知时间", "回访时间"):
        c[h] = None
    c["审核人"] = c["回访人"] = c["回访结果"] = c["继续投诉"] = None
    c["工单状态"] = "处理中"
    cases.append((c, None))
    c = new_case(datetime(2025, 6, 30, 10, 21))                         # only registered and dispatched
    for h in ("接单人", "接单时间", "回单时间", "处理结果", "纠正预防措施反馈时间", "审核人", "分管领导审核时间",
              "结果告知时间", "回访时间", "回访人", "回访结果", "继续投诉"):
        c[h] = None
    c["工单状态"] = "处理中"
    cases.append((c, None))
    c = new_case(t_in("2025-06-13", "2025-06-18", 9, 17))               # closed before the export
    cases.append((c, None))

    # --- injected violations ---
    c = new_case(t_in("2025-02-05", "2025-05-20", 9, 17), dept="营业部", source="营业厅意见调查表")
    c["受理部门"] = "营业部"
    c["受理人"] = c["录入人"] = counter_staff
    c["备注"] = "营业厅直接录入"
    cases.append((c, "register_by_customer_service"))
    c = new_case(t_in("2025-01-08", "2025-05-20"))
    c["审核人"] = cs_manager
    c["备注"] = "分管领导出差，客服部经理代审"
    cases.append((c, "step-leader_audit"))
    c = new_case(t_in("2025-01-08", "2025-05-20"), dept="网络维护部")
    c["回访人"] = net_engineer
    cases.append((c, "revisit_by_customer_service"))
    for days in (4, 6):
        c = new_case(t_in("2025-01-08", "2025-05-20", 9, 17), dept=rng.choice(["装维中心", "网络维护部"]))
        c["纠正预防措施反馈时间"] = _office(c["接单时间"] + timedelta(days=days, hours=rng.randint(0, 3)), rng)
        c["分管领导审核时间"] = _office(c["纠正预防措施反馈时间"] + timedelta(hours=rng.randint(2, 20)), rng)
        c["结果告知时间"] = _office(c["分管领导审核时间"] + timedelta(hours=rng.randint(1, 20)), rng, 9, 20)
        c["回访时间"] = _office(c["结果告知时间"] + timedelta(hours=rng.randint(24, 72)), rng, 9, 20)
        cases.append((c, "corrective_record_3_days"))
    c = new_case(datetime(2025, 6, 24, 14, 8), dept="装维中心")         # open: accepted 6-25, not filled
    c["接单时间"] = datetime(2025, 6, 25, 9, 12)
    c["回单时间"] = datetime(2025, 6, 27, 16, 30)
    for h in ("纠正预防措施反馈时间", "分管领导审核时间", "结果告知时间", "回访时间"):
        c[h] = None
    c["审核人"] = c["回访人"] = c["回访结果"] = c["继续投诉"] = None
    c["工单状态"] = "处理中"
    c["备注"] = "已催办"
    cases.append((c, "corrective_record_3_days"))
    c = new_case(t_in("2025-01-08", "2025-05-20"), dept="技术中心")
    c["接单人"] = c["接单时间"] = None
    c["备注"] = "部门未在系统接单"
    cases.append((c, "corrective_record_3_days-start"))
    c = new_case(t_in("2025-01-08", "2025-05-20"), dept="业务拓展部")
    c["接单人"] = c["接单时间"] = c["纠正预防措施反馈时间"] = None
    c["审核人"] = c["分管领导审核时间"] = None
    c["备注"] = "电话通知部门处理"
    cases.append((c, "accept_required+corrective_record_required"))
    c = new_case(t_in("2025-01-08", "2025-05-20"))
    c["审核人"] = c["分管领导审核时间"] = None
    cases.append((c, "leader_audit_required"))
    c = new_case(t_in("2025-03-01", "2025-05-10"))
    c["结果告知时间"] = c["回访时间"] = c["回访人"] = c["回访结果"] = c["继续投诉"] = None
    c["工单状态"] = "待回访"
    cases.append((c, "revisit_required"))
    c = new_case(t_in("2025-01-08", "2025-05-20"))
    c["结果告知时间"] = None
    cases.append((c, "notify_result_required"))
    c = unsatisfied(new_case(t_in("2025-01-08", "2025-05-10")))
    c["再次登记时间"] = None
    c["备注"] = "客户不满意，电话通知部门重新处理"
    cases.append((c, "re_register_when_unsatisfied"))
    c = unsatisfied(new_case(t_in("2025-01-08", "2025-05-10")), still=True)
    c["领导批示时间"] = c["最终答复时间"] = None
    c["工单状态"] = "已归档"
    cases.append((c, "leader_review_when_still_unsatisfied"))
    c = unsatisfied(new_case(t_in("2025-01-08", "2025-05-01"), dept="营业部"), still=True)
    c["最终答复时间"] = None
    c["工单状态"] = "待回访"
    cases.append((c, "final_reply_when_still_unsatisfied"))
    c = penalty(new_case(t_in("2025-01-08", "2025-05-20"), dept="装维中心"))
    c["报综合部时间"] = None
    cases.append((c, "penalty_forwarded"))
    c = new_case(t_in("2025-01-08", "2025-05-20", 12, 17), dept="网络维护部", source="部门发起",
                 category="发掘性投诉")
    c["投诉内容"] = "巡检发现分前端机房设备超温告警未处理，影响片区信号"
    c["接单时间"] = c["受理时间"] - timedelta(hours=2, minutes=rng.randint(0, 50))
    c["回单时间"] = c["接单时间"] + timedelta(hours=rng.randint(3, 20))
    c["纠正预防措施反馈时间"] = c["回单时间"] + timedelta(hours=1)
    c["分管领导审核时间"] = _office(c["纠正预防措施反馈时间"] + timedelta(hours=rng.randint(2, 20)), rng)
    c["结果告知时间"] = _office(c["分管领导审核时间"] + timedelta(hours=rng.randint(1, 20)), rng, 9, 20)
    c["回访时间"] = _office(c["结果告知时间"] + timedelta(hours=rng.randint(24, 72)), rng, 9, 20)
    c["备注"] = "部门先行处理，客服补录工单"
    cases.append((c, "register-accept"))
    c = new_case(t_in("2025-01-08", "2025-05-20"), dept="技术中心")
    c["纠正预防措施反馈时间"] = c["回单时间"] - timedelta(hours=rng.randint(2, 6))
    if c["纠正预防措施反馈时间"] < c["接单时间"]:
        c["纠正预防措施反馈时间"] = c["接单时间"] + timedelta(minutes=30)
        c["回单时间"] = c["接单时间"] + timedelta(hours=5)
    cases.append((c, "handle-corrective_action"))

    # order by register time and number the work orders
    rng.shuffle(cases)
    cases.sort(key=lambda ci: ci[0]["受理时间"])
    per_day = {}
    for c, _ in cases:
        d = c["受理时间"].date()
        per_day[d] = per_day.get(d, 0) + 1
        c["工单编号"] = f"TS{d:%Y%m%d}{per_day[d]:03d}"
    dup = next(k for k in range(10, len(cases)) if cases[k][1] is None and cases[k - 1][1] is None)
    cases[dup][0]["工单编号"] = cases[dup - 1][0]["工单编号"]
    if injected is not None:
        injected.append((cases[dup][0]["工单编号"], "case_number"))
        for c, inj in cases:
            for r in (inj or "").split("+"):
                if r:
                    injected.append((c["工单编号"], r))
    rows = []
    for c, _ in cases:
        for h in header:
            if isinstance(c[h], datetime) and c[h] > CUTOFF:
                raise ValueError(f"{c['工单编号']} {h} after the export")
        rows.append({h: c[h] for h in header})

    dept_roles = {d: "responsible_dept" for d in _S24_TOPICS}
    hand = {
        "procedure": "s24-nanjing-cable-complaint-supervision",
        "sheet": "导出",
        "columns": {
            "工单编号": "case_number",
            "受理时间": "register_at",
            "受理部门": "register_by",
            "投诉类别": "category",
            "投诉内容": "content",
            "责任部门": "accept_by",
            "接单时间": "accept_at",
            "回单时间": "handle_at",
            "处理结果": "result",
            "纠正预防措施反馈时间": "corrective_action_at",
            "审核人": "leader_audit_by",
            "分管领导审核时间": "leader_audit_at",
            "结果告知时间": "notify_result_at",
            "回访时间": "revisit_at",
            "回访人": "revisit_by",
            "回访结果": "satisfaction",
            "再次登记时间": "re_register_at",
            "二次回单时间": "rehandle_at",
            "领导批示时间": "leader_review_at",
            "最终答复时间": "final_reply_at",
            "处罚意见提交时间": "submit_penalty_at",
            "报综合部时间": "forward_penalty_at",
        },
        "values": {
            "category": {"常规投诉": "routine", "发掘性投诉": "discovered", "集中性投诉": "mass"},
            "satisfaction": {"满意": "satisfied", "基本满意": "satisfied", "不满意": "unsatisfied",
                             "仍不满意": "still_unsatisfied"},
        },
        "roles": {
            "客户服务部": "customer_service", **dept_roles,
            **{n: "customer_service" for n in agents}, cs_manager: "customer_service",
            leaders[0]: "supervising_leader", leaders[1]: "supervising_leader",
            net_engineer: "responsible_dept",
        },
    }
    return rows, hand


# --- 133: S38, 南山铝业工业型材 售后服务部《客户质量投诉台账》 ------------------------------------------------------

_S38_CUSTOMERS = ["烟台瑞达幕墙工程有限公司", "青岛海联轨道装备有限公司", "潍坊盛泰散热器有限公司",
                  "天津宏远光伏支架有限公司", "苏州联达工业自动化有限公司", "宁波凯越汽配有限公司",
                  "济南鲁信门窗幕墙有限公司", "无锡华晟新能源科技有限公司", "大连东洋电子散热器厂",
                  "常州精航工业铝材加工有限公司"]
_S38_PROFILES = [("NSG-4040A", "6063-T5"), ("NSG-4590", "6063-T5"), ("NSR-120B", "6005A-T6"),
                 ("NSR-86", "6082-T6"), ("NSH-S220", "6063-T5"), ("NSC-P3080", "6061-T6"), ("NSV-2040", "6063-T6")]
_S38_OWN = [("表面擦划伤严重，影响阳极氧化", "出料台辊道有异物划伤", "清理辊道并加装毛毡，增加出料巡检"),
            ("壁厚偏薄，超出图纸公差", "挤压模具工作带磨损", "更换模具，首件全尺寸检验"),
            ("硬度不合格（韦氏硬度偏低）", "时效炉温控偏差", "校准时效炉热电偶，每炉抽检硬度"),
            ("平面间隙超标，装配困难", "在线淬火风冷不均", "调整风冷参数，加严平面间隙检验"),
            ("扭拧度超差", "拉伸矫直量不足", "修订矫直工艺卡，增加扭拧度抽检"),
            ("表面气泡、起皮", "铸棒含气量偏高", "加强铸造除气精炼并抽检铸棒"),
            ("定尺长度偏短", "锯切定尺挡板松动", "紧固挡板，锯切工序首件确认"),
            ("包装隔层不当导致磕碰伤", "包装工未按规范放置隔条", "对包装工培训，包装后抽检")]
_S38_NOT_OWN = [("机加工后出现裂纹", "客户机加工进给量过大所致，材料性能合格"),
                ("型材表面出现白色腐蚀斑点", "客户仓库受潮存放所致"),
                ("孔位与图纸不符", "客户自行冲孔定位错误"),
                ("到货型材弯曲", "物流卸货叉车操作不当，属承运方责任")]


def _s38_dt(t):
    """The register's own spelling: 2025/3/4 9:12 (dates only: 2025/3/4)."""
    if t is None:
        return ""
    if isinstance(t, datetime):
        return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"
    return f"{t.year}/{t.month}/{t.day}"


def _next_workday(d, k=0):
    """k working days after d (k=0: d itself, or the next working day if d is not one)."""
    while not workday(d):
        d += timedelta(days=1)
    for _ in range(k):
        d += timedelta(days=1)
        while not workday(d):
            d += timedelta(days=1)
    return d


def e133_s38_aluminium_quality_complaint_register(rng, injected=None):
    """S38 南山铝业工业型材：售后服务部的《客户质量投诉台账》（Excel 登记簿另存 CSV，GB18030）。

    系统：售后服务部内勤用 Excel 登记每一起客户质量投诉（客户直接打来的、销售跟单员转来的、走访时收到的），
    照《质量异常信息反馈单》QHSE/R-0211-166-1 / -2 的纸单补录日期；质量管理部处理完回传 166-2，跟踪验证后关闭。
    日期写法：接报时间、通知时间 `2025/3/4 9:12`，其余只有日期 `2025/3/4`。

    第 1 步（读制度 YAML 之前）写下的表头：
    序号、反馈单号、接报时间、客户名称、订单号、型材型号、批号、合金状态、数量(吨)、问题描述、
    反馈途径（客户直接反馈/销售跟单员/售后服务部走访）、接报人、通知质量部/生产部时间、是否到客户现场、现场确认日期、
    确认结论（我司质量问题/非我司质量问题/待定）、166-1提交日期、质量部接收日期、质量部处理人、原因分析、
    166-2填写日期、处理意见（让步接收/返修/换货/退货/折价/客户自行处理）、整改措施、措施落实跟踪、关闭日期、
    状态（已关闭/跟踪中/处理中/待确认）、备注。

    读过制度 YAML 后补的列：接报部门、填单部门、166-2填写部门、跟踪验证日期。

    注入（规则 id：发现数）：
      case_number（CK107 重复反馈单号）：1
      feedback_form_for_own_issue（确认为我司问题却没有 166-1）：2
      countermeasure_form_before_close（已关闭的我司问题没有 166-2）：2
      follow_up_until_closed（已关闭的我司问题没有跟踪验证日期）：2
      receive_by_after_sales_or_sales（客户直接打到挤压车间/质量管理部，接报部门为生产部、质量管理部）：2
      feedback_form_by_after_sales_or_sales（166-1 由质量管理部自己填写）：1
      countermeasure_by_quality_mgmt（166-2 由生产部填写）：1
      receive-preliminary_analysis（销售员先到现场，回来后才登记）：1
      feedback_form-quality_handle（质量部接收早于 166-1 提交）：1
      countermeasure-follow_up（166-2 补填，晚于跟踪验证）：1
    共 14 项。
    陷阱：非我司质量问题已关闭，没有 166-1、166-2 和跟踪（不要求）；我司问题尚在处理/跟踪中，还没有 166-2 或跟踪
    验证日期（只对已关闭的要求）；“待定”的新投诉没有 166-1；销售部跟单员接报并填写 166-1（允许）；
    166-1 提交与质量部接收同一天、现场确认与 166-1 同一天（不算颠倒）。
    """
    taken = set()
    after_sales = distinct_names(rng, 3, taken)
    sales = distinct_names(rng, 3, taken)
    qm = distinct_names(rng, 3, taken)
    prod = distinct_names(rng, 2, taken)

    header = ["序号", "反馈单号", "接报时间", "客户名称", "订单号", "型材型号", "批号", "合金状态", "数量(吨)",
              "问题描述", "反馈途径", "接报部门", "接报人", "通知质量部/生产部时间", "是否到客户现场", "现场确认日期",
              "确认结论", "166-1提交日期", "填单部门", "质量部接收日期", "质量部处理人", "原因分析", "166-2填写日期",
              "166-2填写部门", "处理意见", "整改措施", "措施落实跟踪", "跟踪验证日期", "关闭日期", "状态", "备注"]
    end = CUTOFF.date()

    def new_case(day, own=True, visit=None, route=None):
        route = route or pick(rng, [("客户直接反馈", 5), ("销售跟单员", 4), ("售后服务部走访", 1)])
        dept = "销售部" if route == "销售跟单员" else "售后服务部"
        day = _next_workday(day)
        t0 = _clock(day, rng, 8, 17)
        model, temper = rng.choice(_S38_PROFILES)
        c = {h: None for h in header}
        c.update({
            "接报时间": t0, "客户名称": rng.choice(_S38_CUSTOMERS),
            "订单号": f"XS{day:%y%m}{rng.randint(100, 999)}", "型材型号": model,
            "批号": f"{temper[:4]}-{(day - timedelta(days=rng.randint(10, 60))):%y%m%d}-{rng.randint(1, 9)}",
            "合金状态": temper, "数量(吨)": f"{rng.uniform(0.3, 18):.2f}", "反馈途径": route, "接报部门": dept,
            "接报人": rng.choice(sales if dept == "销售部" else after_sales),
            "通知质量部/生产部时间": t0 + timedelta(minutes=rng.randint(5, 40)), "备注": "",
        })
        visit = (rng.random() < 0.55) if visit is None else visit
        c["是否到客户现场"] = "是" if visit else "否"
        confirm = _next_workday(day, rng.randint(1, 4)) if visit else day
        if visit:
            c["现场确认日期"] = confirm
        if own:
            desc, cause, action = rng.choice(_S38_OWN)
            c["问题描述"], c["原因分析"], c["整改措施"] = desc, cause, action
            c["确认结论"] = "我司质量问题"
            c["166-1提交日期"] = _next_workday(confirm, rng.choice([0, 0, 1]))
            c["填单部门"] = dept
            c["质量部接收日期"] = _next_workday(c["166-1提交日期"], rng.choice([0, 0, 1]))
            c["质量部处理人"] = rng.choice(qm)
            c["166-2填写日期"] = _next_workday(c["质量部接收日期"], rng.randint(2, 7))
            c["166-2填写部门"] = "质量管理部"
            c["处理意见"] = pick(rng, [("让步接收", 3), ("返修", 2), ("换货", 2), ("退货", 1), ("折价", 2)])
            c["跟踪验证日期"] = _next_workday(c["166-2填写日期"], rng.randint(8, 20))
            c["措施落实跟踪"] = rng.choice(["连续3批跟踪无异常", "后续2批抽检合格", "客户反馈改善有效"])
            c["关闭日期"] = _next_workday(c["跟踪验证日期"], rng.randint(0, 2))
            c["状态"] = "已关闭"
            if c["关闭日期"] > end:
                c["关闭日期"] = None
                c["状态"] = "跟踪中"
            if c["跟踪验证日期"] > end:
                c["跟踪验证日期"] = c["措施落实跟踪"] = None
            if c["166-2填写日期"] > end:
                c["166-2填写日期"] = c["166-2填写部门"] = c["处理意见"] = c["整改措施"] = None
                c["状态"] = "处理中"
        else:
            desc, cause = rng.choice(_S38_NOT_OWN)
            c["问题描述"], c["原因分析"] = desc, cause
            c["确认结论"] = "非我司质量问题"
            c["处理意见"] = "客户自行处理"
            c["关闭日期"] = _next_workday(confirm, rng.randint(1, 3))
            c["状态"] = "已关闭"
        return c

    def day_in(a, b):
        return _day_between(rng, a, b)

    cases = []
    for _ in range(14):
        cases.append((new_case(day_in("2025-01-03", "2025-05-20")), None))
    for _ in range(7):
        cases.append((new_case(day_in("2025-01-03", "2025-06-10"), own=False), None))
    # open cases near the export (traps: no 166-2 / no follow-up yet, which is allowed before closing)
    for d in ("2025-06-05", "2025-06-12", "2025-06-18", "2025-06-23"):
        c = new_case(date.fromisoformat(d), visit=False)
        cases.append((c, None))
    c = new_case(date(2025, 6, 26), visit=True, route="销售跟单员")       # trap: 待定, no 166-1 yet
    c["现场确认日期"] = date(2025, 6, 30)
    for h in ("166-1提交日期", "填单部门", "质量部接收日期", "质量部处理人", "原因分析", "166-2填写日期",
              "166-2填写部门", "处理意见", "整改措施", "措施落实跟踪", "跟踪验证日期", "关闭日期"):
        c[h] = None
    c["确认结论"] = "待定"
    c["状态"] = "待确认"
    c["备注"] = "已取样送检"
    cases.append((c, None))
    c = new_case(date(2025, 6, 27), visit=False)
    for h in ("166-1提交日期", "填单部门", "质量部接收日期", "质量部处理人", "原因分析", "166-2填写日期",
              "166-2填写部门", "处理意见", "整改措施", "措施落实跟踪", "跟踪验证日期", "关闭日期"):
        c[h] = None
    c["确认结论"] = "待定"
    c["状态"] = "待确认"
    cases.append((c, None))
    # trap: the 销售部 跟单员 takes the complaint and fills the 166-1 himself
    cases.append((new_case(day_in("2025-02-10", "2025-04-30"), route="销售跟单员"), None))

    # --- injected violations ---
    for note in ("销售员电话告知质量部，未填反馈单", "客户邮件直接发给质量部工程师"):
        c = new_case(day_in("2025-01-10", "2025-05-10"))
        c["166-1提交日期"] = c["填单部门"] = None
        c["备注"] = note
        cases.append((c, "feedback_form_for_own_issue"))
    for _ in range(2):
        c = new_case(day_in("2025-01-10", "2025-05-10"))
        c["166-2填写日期"] = c["166-2填写部门"] = None
        c["备注"] = "现场直接换货处理"
        cases.append((c, "countermeasure_form_before_close"))
    for _ in range(2):
        c = new_case(day_in("2025-01-10", "2025-05-10"))
        c["跟踪验证日期"] = c["措施落实跟踪"] = None
        cases.append((c, "follow_up_until_closed"))
    c = new_case(day_in("2025-01-10", "2025-05-10"), route="客户直接反馈")
    c["接报部门"], c["接报人"] = "生产部", rng.choice(prod)
    c["备注"] = "客户直接致电挤压车间"
    cases.append((c, "receive_by_after_sales_or_sales"))
    c = new_case(day_in("2025-01-10", "2025-05-10"), route="客户直接反馈")
    c["接报部门"], c["接报人"] = "质量管理部", rng.choice(qm)
    c["备注"] = "客户质量部直接联系我司质量管理部"
    cases.append((c, "receive_by_after_sales_or_sales"))
    c = new_case(day_in("2025-01-10", "2025-05-10"))
    c["填单部门"] = "质量管理部"
    cases.append((c, "feedback_form_by_after_sales_or_sales"))
    c = new_case(day_in("2025-01-10", "2025-05-10"))
    c["166-2填写部门"] = "生产部"
    cases.append((c, "countermeasure_by_quality_mgmt"))
    c = new_case(day_in("2025-01-10", "2025-05-10"), visit=True, route="销售跟单员")
    c["现场确认日期"] = c["接报时间"].date() - timedelta(days=2)
    c["备注"] = "销售员走访时发现，回公司后登记"
    cases.append((c, "receive-preliminary_analysis"))
    c = new_case(day_in("2025-01-10", "2025-05-10"))
    c["质量部接收日期"] = c["166-1提交日期"] - timedelta(days=rng.randint(1, 2))
    c["备注"] = "质量部先行处理，反馈单后补"
    cases.append((c, "feedback_form-quality_handle"))
    c = new_case(day_in("2025-01-10", "2025-04-20"))
    c["166-2填写日期"] = _next_workday(c["跟踪验证日期"], 2)
    c["关闭日期"] = _next_workday(c["166-2填写日期"], 1)
    c["备注"] = "166-2 补填"
    cases.append((c, "countermeasure-follow_up"))

    rng.shuffle(cases)
    cases.sort(key=lambda ci: ci[0]["接报时间"])
    for k, (c, _) in enumerate(cases, 1):
        c["序号"] = k
        c["反馈单号"] = f"SH25-{k:03d}"
    dup = next(k for k in range(12, len(cases)) if cases[k][1] is None and cases[k - 1][1] is None)
    cases[dup][0]["反馈单号"] = cases[dup - 1][0]["反馈单号"]
    if injected is not None:
        injected.append((cases[dup][0]["反馈单号"], "case_number"))
        injected += [(c["反馈单号"], inj) for c, inj in cases if inj]
    rows = []
    for c, _ in cases:
        for h in header:
            v = c[h]
            if isinstance(v, (datetime, date)):
                if (v if isinstance(v, datetime) else datetime.combine(v, datetime.min.time())) > CUTOFF:
                    raise ValueError(f"{c['反馈单号']} {h} after the export")
                c[h] = _s38_dt(v)
            elif v is None:
                c[h] = ""
        rows.append({h: c[h] for h in header})

    hand = {
        "procedure": "s38-nanshan-aluminium-quality-complaints",
        "encoding": "gb18030",
        "columns": {
            "反馈单号": "case_number",
            "接报时间": "receive_at",
            "接报部门": "receive_by",
            "问题描述": "content",
            "现场确认日期": "preliminary_analysis_at",
            "确认结论": "own_quality_issue",
            "166-1提交日期": "feedback_form_at",
            "填单部门": "feedback_form_by",
            "质量部接收日期": "quality_handle_at",
            "166-2填写日期": "countermeasure_at",
            "166-2填写部门": "countermeasure_by",
            "跟踪验证日期": "follow_up_at",
            "关闭日期": "closed_at",
        },
        "values": {
            "own_quality_issue": {"我司质量问题": True, "非我司质量问题": False, "待定": ""},
        },
        "roles": {"售后服务部": "after_sales", "销售部": "sales", "质量管理部": "quality_mgmt",
                  "生产部": "production"},
    }
    return rows, hand


EXPORTS = [
    ("132-s24-cable-complaint-work-orders.xlsx", "xlsx", e132_s24_cable_complaint_work_orders),
    ("133-s38-aluminium-quality-complaint-register.csv", "gb18030", e133_s38_aluminium_quality_complaint_register),
]
