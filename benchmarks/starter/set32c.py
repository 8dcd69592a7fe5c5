"""Starter-profile benchmark exports 188-189 (set 32c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 188 189    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, person_name, mobile, distinct_names


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _slash(t):
    return "" if t is None else f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _after(rng, t, lo_h, hi_h, day_from=8, day_to=21):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def e188_s24_nanjing_cable_workorders(rng, injected=None):
    """S24 南京广电网络 客户投诉处理与督办管理办法 — CSV (GBK). 有线电视网络公司客户服务部的“96296 客服工单系统”
    投诉工单导出：客服部坐席登记（或由各部门发起）投诉工单，派到责任部门，责任部门接单、填纠正预防措施，
    客服部汇总后报分管领导审核，再回访客户；不满意的二次派单，仍不满意的报分管领导批示后答复客户办结。
    日期写法：`2025/3/4 9:12`（系统导出的斜线日期，不补零）。

    按制度原文写下的表头（系统字段名）：
    工单编号, 登记时间, 投诉分类, 投诉来源, 客户证号, 客户姓名, 联系电话, 所属分公司, 业务类型, 投诉内容,
    登记人, 派单时间, 责任部门, 接单时间, 接单人, 纠正预防措施提交时间, 措施填写人, 分管领导审核时间, 审核领导,
    回访时间, 回访人, 回访结果, 二次派单时间, 二次回复时间, 领导批示时间, 最终答复时间, 工单状态, 处罚意见,
    处罚意见递交综合部时间, 备注

    读过制度 YAML 后补的列：登记部门（登记工单的部门，客服部以外的部门也能在系统里直接发起）, 处理完成时间, 处理结果,
    结果告知时间, 处罚意见提交时间。

    注入（按规则 id，共 19 处）：corrective_record_3_days 3（两件记录表在接单后第5、6天才填，一件6月24日接单至导出仍未填），
    corrective_record_3_days-start 1, accept_required 1 与 corrective_record_required 1（同一件：现场处理，未接单、无记录表），
    leader_audit_required 1, revisit_required 1, notify_result_required 1, penalty_forwarded 1,
    re_register_when_unsatisfied 1, rehandle_when_unsatisfied 1, leader_review_when_still_unsatisfied 1,
    register_by_customer_service 2（市场营销部、江宁分公司自己发起的工单）, step-leader_audit 1（客服部经理自己审核）,
    revisit_by_customer_service 1（责任部门装维人员自己回访）, leader_audit-notify_result 1, case_number 1（系统升级重号）。
    陷阱（不应报告）：周五傍晚接单、周一填记录表（第3天，含周末）；4月30日接单、5月3日（假日）填记录表；
    6月28日、29日接单尚未填记录表（期限未到）；6月30日登记尚未接单；客服部员工发起的发掘性投诉（登记部门仍是客服部）；
    基本满意的工单不再二次派单；不满意的工单二次回复后办结、不报分管领导。
    """
    note = injected.append if injected is not None else (lambda item: None)

    taken: set = set()
    agents = distinct_names(rng, 5, taken)            # 客服部坐席（登记人）
    visitors = distinct_names(rng, 3, taken)          # 客服部回访员
    cs_manager = distinct_names(rng, 1, taken)[0]     # 客服部经理
    leaders = distinct_names(rng, 2, taken)           # 分管副总（分管领导）
    depts = {
        "网络维护中心": ("有线电视", ["信号中断，所有频道显示“无信号”", "部分频道马赛克、声音断续", "光节点故障，整栋楼停播"]),
        "技术运维部": ("互动电视", ["点播节目无法播放，提示E102", "回看功能失效三天", "互动电视开机卡在启动画面"]),
        "数据业务部": ("宽带", ["宽带晚间网速只有几兆", "宽带频繁掉线", "宽带报装后一周未开通"]),
        "营业管理部": ("营业服务", ["营业厅办理过户排队两小时", "营业员办错套餐，多扣费用", "营业员服务态度差"]),
        "市场营销部": ("资费套餐", ["续费后套餐未生效", "促销赠送的机顶盒未兑现", "未经同意开通增值包并扣费"]),
        "江宁分公司": ("装维服务", ["装维人员预约后未上门", "上门安装乱走线未清理", "装维人员索要额外费用"]),
        "浦口分公司": ("装维服务", ["报修三天无人处理", "装维人员迟到两小时", "更换机顶盒后仍无法收看"]),
    }
    engineers = {d: distinct_names(rng, 2, taken) for d in depts}
    areas = ["玄武", "秦淮", "建邺", "鼓楼", "栖霞", "雨花台", "江宁", "浦口", "六合", "溧水", "高淳"]
    sources = [("96296客服热线", 55), ("营业厅意见调查表", 10), ("12345政府热线转办", 12), ("消协转办", 4),
               ("媒体", 2), ("部门转发", 7)]
    penalties = ["建议扣责任装维人员绩效2分", "建议对当班营业员通报批评", "建议扣责任班组当月服务考核分5分",
                 "建议责任人书面检查并扣绩效200元"]

    def chain(t_reg, late_days=0):
        c = {"t_reg": t_reg}
        c["dispatch"] = _after(rng, t_reg, 0.1, 1.0)
        while True:
            c["accept"] = _after(rng, c["dispatch"], 0.2, 18)
            c["handle"] = _after(rng, c["accept"], 1, 36)
            c["cm"] = _after(rng, c["handle"], 0.5, 12)
            if c["cm"] - c["accept"] <= timedelta(hours=60):
                break
        if late_days:
            c["cm"] = _at(rng, c["accept"].date() + timedelta(days=late_days), 9, 17)
        c["audit"] = _after(rng, c["cm"], 2, 60)
        c["notify"] = _after(rng, c["audit"], 0.5, 20)
        c["revisit"] = _after(rng, c["notify"], 20, 72)
        c["sat"] = pick(rng, [("满意", 68), ("基本满意", 12), ("不满意（继续投诉）", 14), ("二次处理后仍不满意", 6)])
        c["rereg"] = c["rehandle"] = c["review"] = c["final"] = None
        if c["sat"] in ("不满意（继续投诉）", "二次处理后仍不满意"):
            c["rereg"] = _after(rng, c["revisit"], 0.1, 4)
            c["rehandle"] = _after(rng, c["rereg"], 4, 60)
            if c["sat"] == "二次处理后仍不满意":
                c["review"] = _after(rng, c["rehandle"], 12, 72)
                c["final"] = _after(rng, c["review"], 2, 30)
        c["pen"] = c["pen_fwd"] = None
        if rng.random() < 0.22:
            c["pen"] = _after(rng, c["cm"], 1, 48)
            c["pen_fwd"] = _after(rng, c["pen"], 4, 72)
        c["reg_dept"] = "客户服务部"
        c["auditor"] = rng.choice(leaders)
        c["visitor"] = rng.choice(visitors)
        c["flags"] = set()
        return c

    # 36 older cases, all steps done; registration days spread over January to early June
    days = sorted(_rand_day(rng, date(2025, 1, 3), date(2025, 6, 10)) for _ in range(36))
    cases = [chain(_at(rng, d, 8, 20.5)) for d in days]

    # near-miss traps on the 3-day record: accepted on a Friday evening, record on Monday (day 3, weekend counted);
    # accepted on 30 April, record on 3 May (day 3, a public holiday)
    def set_accept_cm(c, accept, cm):
        c["accept"] = accept
        c["dispatch"] = accept - timedelta(minutes=rng.randint(20, 90))
        c["t_reg"] = c["dispatch"] - timedelta(minutes=rng.randint(5, 40))
        c["handle"] = accept + (cm - accept) * rng.uniform(0.3, 0.8)
        c["handle"] = c["handle"].replace(second=0, microsecond=0)
        c["cm"] = cm
        c["audit"] = _after(rng, cm, 2, 30)
        c["notify"] = _after(rng, c["audit"], 0.5, 10)
        c["revisit"] = _after(rng, c["notify"], 20, 48)
        c["sat"] = "满意"
        c["rereg"] = c["rehandle"] = c["review"] = c["final"] = None
        c["pen"] = c["pen_fwd"] = None

    set_accept_cm(cases[8], datetime(2025, 2, 21, 17, 12), datetime(2025, 2, 24, 15, 40))
    cases[8]["flags"].add("trap_weekend_day3")
    set_accept_cm(cases[22], datetime(2025, 4, 30, 14, 5), datetime(2025, 5, 3, 10, 26))
    cases[22]["flags"].add("trap_holiday_day3")
    cases.sort(key=lambda c: c["t_reg"])

    free = [c for c in cases if not c["flags"]]
    rng.shuffle(free)

    def take(cond=lambda c: True):
        for c in free:
            if cond(c):
                free.remove(c)
                return c
        raise RuntimeError("no case left")

    satisfied = lambda c: c["sat"] in ("满意", "基本满意") and c["pen"] is None
    # CK104 corrective_record_3_days: record filled 5-6 days after the order was accepted
    for k in (5, 6):
        c = take(satisfied)
        rebuilt = chain(c["t_reg"], late_days=k)
        rebuilt["sat"], rebuilt["rereg"], rebuilt["rehandle"], rebuilt["review"], rebuilt["final"] = "满意", None, None, None, None
        rebuilt["pen"] = rebuilt["pen_fwd"] = None
        c.update(rebuilt)
        c["flags"] = {"corrective_record_3_days"}
    # corrective_record_3_days-start: record filled, the department never clicked 接单
    c = take(satisfied)
    c["accept"] = None
    c["flags"].add("corrective_record_3_days-start")
    # accept_required + corrective_record_required: the installer fixed it on site, no 接单, no record
    c = take(satisfied)
    c["accept"] = c["cm"] = c["audit"] = None
    c["flags"] |= {"accept_required", "corrective_record_required"}
    # leader_audit_required: record filled, never sent to the leader; customer still informed and called back
    c = take(satisfied)
    c["audit"] = None
    c["auditor"] = ""
    c["flags"].add("leader_audit_required")
    # revisit_required: audited and informed, the call-back never made
    c = take(satisfied)
    c["revisit"] = None
    c["sat"] = ""
    c["flags"].add("revisit_required")
    # notify_result_required: called back without the result ever being given
    c = take(satisfied)
    c["notify"] = None
    c["flags"].add("notify_result_required")
    # penalty_forwarded: penalty opinion handed in, never passed to 综合部
    c = take(satisfied)
    c["pen"] = _after(rng, c["cm"], 1, 30)
    c["pen_fwd"] = None
    c["flags"].add("penalty_forwarded")
    # re_register_when_unsatisfied: unhappy customer, the department called again but no new slip was filled
    c = take(satisfied)
    c["sat"] = "不满意（继续投诉）"
    c["rehandle"] = _after(rng, c["revisit"], 5, 40)
    c["flags"].add("re_register_when_unsatisfied")
    # rehandle_when_unsatisfied: new slip filled, the department never answered it
    c = take(satisfied)
    c["sat"] = "不满意（继续投诉）"
    c["rereg"] = _after(rng, c["revisit"], 0.1, 3)
    c["flags"].add("rehandle_when_unsatisfied")
    # leader_review_when_still_unsatisfied: still unhappy after the second reply, never put to the leader
    c = take(satisfied)
    c["sat"] = "二次处理后仍不满意"
    c["rereg"] = _after(rng, c["revisit"], 0.1, 3)
    c["rehandle"] = _after(rng, c["rereg"], 5, 50)
    c["flags"].add("leader_review_when_still_unsatisfied")
    # register_by_customer_service: two orders opened by a department itself, not by 客户服务部
    for dept in ("市场营销部", "江宁分公司"):
        c = take(satisfied)
        c["reg_dept"] = dept
        c["flags"].add("register_by_customer_service")
    # step-leader_audit: the 客服部 manager signed the record off himself
    c = take(satisfied)
    c["auditor"] = cs_manager
    c["flags"].add("step-leader_audit")
    # revisit_by_customer_service: the responsible department's own engineer made the call-back
    c = take(satisfied)
    c["visitor"] = "ENGINEER"
    c["flags"].add("revisit_by_customer_service")
    # leader_audit-notify_result: customer told the result before the leader audited the record
    c = take(satisfied)
    c["notify"] = _after(rng, c["cm"], 0.5, 3)
    c["audit"] = _after(rng, c["notify"], 5, 30)
    if c["revisit"] <= c["audit"]:
        c["revisit"] = _after(rng, c["audit"], 20, 48)
    c["flags"].add("leader_audit-notify_result")

    # four recent orders still open at the export (30 June noon)
    recent = []
    t = datetime(2025, 6, 30, 9, 17)          # registered this morning, not yet accepted
    recent.append({"t_reg": t, "dispatch": t + timedelta(minutes=26), "accept": None, "handle": None, "cm": None})
    t = datetime(2025, 6, 29, 10, 42)         # accepted 29 June, record due by 2 July: trap
    recent.append({"t_reg": t, "dispatch": t + timedelta(minutes=18), "accept": datetime(2025, 6, 29, 14, 5),
                   "handle": None, "cm": None, "flags": {"trap_open_within_3_days"}})
    t = datetime(2025, 6, 28, 16, 3)          # accepted 28 June evening, handled, record due 1 July: trap
    recent.append({"t_reg": t, "dispatch": t + timedelta(minutes=35), "accept": datetime(2025, 6, 28, 19, 20),
                   "handle": datetime(2025, 6, 29, 11, 10), "cm": None, "flags": {"trap_open_within_3_days"}})
    t = datetime(2025, 6, 24, 9, 55)          # accepted 24 June, handled, record never filled: overdue
    recent.append({"t_reg": t, "dispatch": t + timedelta(minutes=12), "accept": datetime(2025, 6, 24, 13, 30),
                   "handle": datetime(2025, 6, 25, 15, 45), "cm": None, "flags": {"corrective_record_3_days"}})
    for c in recent:
        c.setdefault("flags", set())
        c.update({"audit": None, "notify": None, "revisit": None, "sat": "", "rereg": None, "rehandle": None,
                  "review": None, "final": None, "pen": None, "pen_fwd": None, "reg_dept": "客户服务部",
                  "auditor": "", "visitor": ""})
    cases += recent

    # numbering: GD + registration date + daily serial; a system upgrade in April handed one number out twice
    serial: dict = {}
    for c in cases:
        d = c["t_reg"].date()
        serial[d] = serial.get(d, 0) + rng.randint(3, 40)
        c["no"] = f"GD{d:%Y%m%d}{serial[d]:04d}"
    april = [c for c in cases if c["t_reg"].month == 4 and not c["flags"]]
    a, b = april[0], april[1]
    b["no"] = a["no"]
    b["flags"].add("case_number")

    for c in cases:
        for t_ in ("dispatch", "accept", "handle", "cm", "audit", "notify", "revisit", "rereg", "rehandle",
                   "review", "final", "pen", "pen_fwd"):
            assert c[t_] is None or c[t_] <= CUTOFF, (c["no"], t_, c[t_])

    rows = []
    for c in cases:
        for f in sorted(c["flags"]):
            if not f.startswith("trap"):
                note((c["no"], f))
        dept = rng.choice(list(depts))
        if c["reg_dept"] in depts:
            dept = c["reg_dept"]
        biz, problems = depts[dept]
        problem = rng.choice(problems)
        if c["reg_dept"] != "客户服务部":
            cat, src = "发掘性投诉", "部门发起"
        elif "光节点" in problem:
            cat, src = "集中性投诉", "96296客服热线"
        elif rng.random() < 0.1:
            cat, src = "发掘性投诉", "员工发起"      # 客服部 staff raised it: still registered by 客服部
        else:
            cat, src = "常规投诉", pick(rng, sources)
        eng = engineers[dept]
        visitor = rng.choice(eng) if c["visitor"] == "ENGINEER" else c["visitor"]
        if c["final"]:
            status = "已办结"
        elif c["review"]:
            status = "待最终答复"
        elif c["sat"] == "不满意（继续投诉）" and c["rehandle"]:
            status = "已办结"
        elif c["rereg"] or c["sat"] == "二次处理后仍不满意":
            status = "二次处理中"
        elif c["revisit"]:
            status = "已办结"
        elif c["audit"] or c["notify"]:
            status = "待回访"
        elif c["cm"]:
            status = "待审核"
        elif c["accept"] or c["handle"]:
            status = "处理中"
        else:
            status = "待接单"
        result = ""
        if c["handle"]:
            result = rng.choice(["已上门检修恢复正常", "已更换设备，客户确认可用", "已退还多收费用", "已向客户致歉并说明情况",
                                 "已调整线路，信号恢复", "已补办业务"])
        rows.append({
            "工单编号": c["no"],
            "登记时间": _slash(c["t_reg"]),
            "登记部门": c["reg_dept"],
            "登记人": rng.choice(agents) if c["reg_dept"] == "客户服务部" else rng.choice(eng),
            "投诉分类": cat,
            "投诉来源": src,
            "客户证号": f"8025{rng.randint(10**11, 10**12 - 1)}",
            "客户姓名": person_name(rng),
            "联系电话": mobile(rng),
            "所属分公司": dept[:2] if dept.endswith("分公司") else rng.choice(areas),
            "业务类型": biz,
            "投诉内容": problem,
            "派单时间": _slash(c["dispatch"]),
            "责任部门": dept,
            "接单时间": _slash(c["accept"]),
            "接单人": rng.choice(eng) if c["accept"] else "",
            "处理完成时间": _slash(c["handle"]),
            "处理结果": result,
            "纠正预防措施提交时间": _slash(c["cm"]),
            "措施填写人": rng.choice(eng) if c["cm"] else "",
            "分管领导审核时间": _slash(c["audit"]),
            "审核领导": c["auditor"] if c["audit"] else "",
            "结果告知时间": _slash(c["notify"]),
            "回访时间": _slash(c["revisit"]),
            "回访人": visitor if c["revisit"] else "",
            "回访结果": c["sat"] if c["revisit"] else "",
            "二次派单时间": _slash(c["rereg"]),
            "二次回复时间": _slash(c["rehandle"]),
            "领导批示时间": _slash(c["review"]),
            "最终答复时间": _slash(c["final"]),
            "处罚意见": rng.choice(penalties) if c["pen"] else "",
            "处罚意见提交时间": _slash(c["pen"]),
            "处罚意见递交综合部时间": _slash(c["pen_fwd"]),
            "工单状态": status,
            "备注": rng.choice(["", "", "", "", "客户要求加急", "已短信告知处理进度", "客户催单一次", "夜间来电"]),
        })

    roles = {"客户服务部": "customer_service", cs_manager: "customer_service"}
    roles.update({d: "responsible_dept" for d in depts})
    roles.update({n: "customer_service" for n in visitors})
    roles.update({n: "supervising_leader" for n in leaders})
    roles.update({n: "responsible_dept" for d in depts for n in engineers[d]})
    hand = {
        "procedure": "s24-nanjing-cable-complaint-supervision",
        "encoding": "gbk",
        "columns": {
            "工单编号": "case_number",
            "登记时间": "register_at",
            "登记部门": "register_by",
            "投诉分类": "category",
            "投诉内容": "content",
            "责任部门": "accept_by",
            "接单时间": "accept_at",
            "处理完成时间": "handle_at",
            "处理结果": "result",
            "纠正预防措施提交时间": "corrective_action_at",
            "分管领导审核时间": "leader_audit_at",
            "审核领导": "leader_audit_by",
            "结果告知时间": "notify_result_at",
            "回访时间": "revisit_at",
            "回访人": "revisit_by",
            "回访结果": "satisfaction",
            "二次派单时间": "re_register_at",
            "二次回复时间": "rehandle_at",
            "领导批示时间": "leader_review_at",
            "最终答复时间": "final_reply_at",
            "处罚意见提交时间": "submit_penalty_at",
            "处罚意见递交综合部时间": "forward_penalty_at",
        },
        "values": {
            "category": {"常规投诉": "routine", "发掘性投诉": "discovered", "集中性投诉": "mass"},
            "satisfaction": {"满意": "satisfied", "基本满意": "satisfied", "不满意（继续投诉）": "unsatisfied",
                             "二次处理后仍不满意": "still_unsatisfied"},
        },
        "roles": roles,
    }
    return rows, hand


def e189_s36_hotel_guest_complaint_log(rng, injected=None):
    """S36 酒店宾客投诉处理管理办法 — XLSX. 酒店前厅部大堂副理（大堂经理）手工维护的《宾客投诉记录本》电子版：
    每件宾客投诉（当面、电话、书面、他人转告）一行，记录受理人、被投诉部门、投诉级别、处理经过、请示上级、
    宾客反馈；日期是 Excel 日期时间单元格。工作表“导出”。

    按制度原文写下的表头：
    序号, 投诉单号, 投诉时间, 房号/台号, 宾客姓名, 联系方式, 投诉方式, 被投诉部门, 投诉级别, 投诉内容, 受理人,
    受理人岗位, 处理措施, 补偿方式, 是否超出权限, 请示对象, 请示时间, 处理完成时间, 处理负责人, 宾客反馈,
    上报公司时间, 处理方案拟定人, 值班经理, 备注

    读过制度 YAML 后补的列：受理地点（宾客在哪里提出：大堂、各餐厅、客房部、康乐中心、前台）, 请示人岗位,
    方案拟定时间, 超副总权限, 报总经理时间, 跟进人（岗位）, 跟进时间。

    注入（按规则 id，共 16 处）：restaurant_to_deputy_gm 2, department_to_operations_director 1,
    deputy_gm_to_general_manager 1, major_to_company 1, restaurant_complaint_to_floor_manager 2（区域部长、大堂经理受理餐厅投诉）,
    department_complaint_to_area_supervisor 1（楼面经理受理客房投诉）, major_to_deputy_gm 1 与 step-major_plan 1（同一件：
    楼面经理自己处理重大投诉并拟方案）, restaurant_request_by_floor_manager 1（区域部长越过楼面经理请示副总）,
    department_request_by_department_head 1（区域部长自己请示运营总监）, track_by_complaint_center 2（楼面经理、大堂经理跟进）,
    major_plan-report_company 1（方案拟定前先电话上报公司）, case_number 1（三月份两份记录合并时重号）。
    陷阱（不应报告）：大堂经理在大堂受理的投诉（不属“直接向部门”也不属“向餐厅”）；在大堂提出的重大投诉由餐厅副总经理处理；
    重大投诉未超副总权限、没有请示总经理；楼面经理请示餐厅副总经理、部门经理请示运营总监的超权限投诉；
    未超权限的投诉没有请示；餐厅副总经理跟进重大投诉（投诉处理中心组长）。
    """
    note = injected.append if injected is not None else (lambda item: None)

    taken: set = set()
    lobby = distinct_names(rng, 3, taken)             # 大堂经理（大堂副理）
    floor = distinct_names(rng, 2, taken)             # 中餐厅、西餐厅楼面经理
    area = distinct_names(rng, 4, taken)              # 各区域部长
    distinct_names(rng, 2, taken)                     # 前台接待 (drawn, not used: the draws after it stay the same)
    duty = distinct_names(rng, 4, taken)              # 值班经理
    # where the guest raised it, and what it was about
    places = {
        "大堂": [("前厅部", "办理入住等候四十分钟无人解释"), ("前厅部", "行李员将行李送错房间"),
                 ("餐饮部", "早餐券被前台漏给，早餐厅拒绝入内"), ("保安部", "地下车库车辆被剐蹭无人处理")],
        "中餐厅": [("餐饮部", "菜品中吃出头发"), ("餐饮部", "上菜等候一个小时"), ("餐饮部", "账单多收两道菜"),
                   ("餐饮部", "服务员态度生硬，与客人争执"), ("餐饮部", "海鲜不新鲜，客人食用后腹泻")],
        "西餐厅": [("餐饮部", "牛排熟度与要求不符"), ("餐饮部", "自助餐取餐区餐品长时间未补充"),
                   ("餐饮部", "儿童座椅不干净")],
        "宴会厅": [("餐饮部", "婚宴菜品与菜单不一致"), ("餐饮部", "宴会音响中途故障"), ("工程部", "宴会厅空调不制冷")],
        "客房部": [("客房部", "房间未打扫干净，床单有污渍"), ("工程部", "空调噪音大无法入睡"), ("客房部", "洗衣服务洗坏衬衫"),
                   ("客房部", "夜床服务未做")],
        "康乐中心": [("康乐部", "游泳池水质浑浊"), ("康乐部", "健身房器械损坏未维修")],
        "前台": [("前厅部", "退房时押金未及时退还"), ("前厅部", "预订的大床房被安排成双床房")],
    }
    dept_head_of = {"前厅部": "前厅部经理", "客房部": "客房部经理", "康乐部": "康乐部经理", "工程部": "工程部经理",
                    "保安部": "保安部经理", "餐饮部": "餐厅经理"}
    remedies = ["致歉", "赠送果盘", "赠送下午茶券", "菜品免单", "房费八折", "免费升级房型", "赔偿洗衣费", "赠送早餐"]

    def new_case(t, place):
        dept, text = rng.choice(places[place])
        c = {"t": t, "place": place, "dept": dept, "text": text, "flags": set()}
        if place in ("中餐厅", "西餐厅", "宴会厅"):
            c["recv_post"] = "楼面经理"
            c["recv_name"] = floor[0] if place == "中餐厅" else floor[1]
        elif place == "大堂":
            c["recv_post"] = "大堂经理"
            c["recv_name"] = rng.choice(lobby)
        elif place == "前台" and rng.random() < 0.5:
            c["recv_post"] = "区域部长"
            c["recv_name"] = rng.choice(area)
        else:
            c["recv_post"] = "区域部长"
            c["recv_name"] = rng.choice(area)
        c["level"] = pick(rng, [("轻微", 60), ("一般", 40)])
        c["exceed"] = "是" if rng.random() < 0.3 else "否"
        c["req_post"] = c["req_to"] = ""
        c["req"] = None
        if c["exceed"] == "是":
            c["req"] = t + timedelta(minutes=rng.randint(10, 90))
            if place in ("中餐厅", "西餐厅", "宴会厅"):
                c["req_post"], c["req_to"] = "楼面经理", "餐厅副总经理"
            elif place == "大堂":
                c["req_post"], c["req_to"] = "大堂经理", "运营总监"
            else:
                c["req_post"], c["req_to"] = dept_head_of[dept], "运营总监"
        start = c["req"] or t
        c["handle"] = start + timedelta(minutes=rng.randint(20, 600))
        if c["place"] in ("中餐厅", "西餐厅", "宴会厅"):
            c["handler"] = "楼面经理"
        elif c["place"] == "大堂" and c["level"] == "轻微":
            c["handler"] = "大堂经理"
        else:
            c["handler"] = rng.choice(["区域部长", dept_head_of[c["dept"]]])
        c["plan_by"] = ""
        c["plan"] = c["report"] = c["gm"] = None
        c["over_gm"] = ""
        c["track_post"] = "区域部长"
        c["track"] = c["handle"] + timedelta(hours=rng.uniform(4, 50))
        c["feedback"] = pick(rng, [("满意", 70), ("基本满意", 20), ("不满意", 10)])
        return c

    def make_major(c, over_gm="否"):
        c["level"] = "重大"
        c["exceed"] = "是"
        c["req"] = c["t"] + timedelta(minutes=rng.randint(5, 30))
        if c["place"] in ("中餐厅", "西餐厅", "宴会厅"):
            c["req_post"], c["req_to"] = "楼面经理", "餐厅副总经理"
        else:
            c["req_post"], c["req_to"] = "大堂经理", "餐厅副总经理"
        c["plan_by"] = "餐厅副总经理"
        c["plan"] = c["req"] + timedelta(minutes=rng.randint(30, 180))
        c["report"] = c["plan"] + timedelta(minutes=rng.randint(20, 240))
        c["over_gm"] = over_gm
        if over_gm == "是":
            c["gm"] = c["plan"] + timedelta(minutes=rng.randint(10, 120))
        c["handler"] = "餐厅副总经理"
        c["handle"] = c["report"] + timedelta(hours=rng.uniform(2, 30))
        c["track_post"] = "餐厅副总经理"
        c["track"] = c["handle"] + timedelta(hours=rng.uniform(20, 72))
        c["feedback"] = pick(rng, [("满意", 40), ("基本满意", 40), ("不满意", 20)])

    n = 36
    place_list = ["大堂"] * 9 + ["中餐厅"] * 9 + ["西餐厅"] * 4 + ["宴会厅"] * 3 + ["客房部"] * 6 + ["康乐中心"] * 2 + ["前台"] * 3
    rng.shuffle(place_list)
    days = sorted(date(2025, 1, 2) + timedelta(days=rng.randint(0, 172)) for _ in range(n))
    cases = []
    for d, place in zip(days, place_list):
        hour = rng.choice([(7, 10), (11, 14), (17.5, 21.5), (14, 17), (21, 23.5)])
        t = datetime(d.year, d.month, d.day) + timedelta(minutes=rng.randint(int(hour[0] * 60), int(hour[1] * 60)))
        cases.append(new_case(t, place))

    rest = [c for c in cases if c["place"] in ("中餐厅", "西餐厅", "宴会厅")]
    dept_cases = [c for c in cases if c["place"] in ("客房部", "康乐中心", "前台")]
    lobby_cases = [c for c in cases if c["place"] == "大堂"]
    rng.shuffle(rest)
    rng.shuffle(dept_cases)
    rng.shuffle(lobby_cases)

    # six major complaints: four in the restaurants, one at the lobby desk (food-safety complaint), one more in the restaurants
    majors = rest[:5] + lobby_cases[:1]
    for c in majors:
        c["text"] = rng.choice(["宴会后多名宾客腹泻，要求赔偿医疗费", "菜品中发现玻璃碎片，宾客划伤口腔",
                                "服务员将热汤洒在宾客身上致烫伤", "包间内宾客财物丢失，怀疑员工所为",
                                "生日宴预订被错误取消，宾客当场发怒"]) if c["place"] != "大堂" else "在中餐厅用餐后食物中毒，到大堂要求赔偿"
        c["dept"] = "餐饮部"
    make_major(majors[0], over_gm="是")                  # GM asked: fine
    make_major(majors[1], over_gm="否")                  # trap: major, within the deputy GM's authority, no GM request
    make_major(majors[5], over_gm="否")                  # trap: major raised at the lobby, deputy GM handled it
    # deputy_gm_to_general_manager: over the deputy GM's authority, the GM never asked
    make_major(majors[2], over_gm="是")
    majors[2]["gm"] = None
    majors[2]["flags"].add("deputy_gm_to_general_manager")
    # major_to_company: never reported to the company
    make_major(majors[3], over_gm="否")
    majors[3]["report"] = None
    majors[3]["flags"].add("major_to_company")
    # major_to_deputy_gm + step-major_plan: the floor manager handled it and drafted the plan himself
    make_major(majors[4], over_gm="否")
    majors[4]["handler"] = "楼面经理"
    majors[4]["plan_by"] = "楼面经理"
    majors[4]["flags"] |= {"major_to_deputy_gm", "step-major_plan"}
    # major_plan-report_company: phoned the company before the plan existed
    majors[0]["report"] = majors[0]["req"] + timedelta(minutes=rng.randint(5, 20))
    majors[0]["plan"] = majors[0]["report"] + timedelta(minutes=rng.randint(60, 180))
    majors[0]["gm"] = majors[0]["plan"] + timedelta(minutes=rng.randint(10, 60))
    majors[0]["handle"] = majors[0]["gm"] + timedelta(hours=rng.uniform(2, 20))
    majors[0]["track"] = majors[0]["handle"] + timedelta(hours=rng.uniform(20, 60))
    majors[0]["flags"].add("major_plan-report_company")

    minor_rest = rest[5:]
    # restaurant_to_deputy_gm: over the floor manager's authority, nobody asked the deputy GM
    for c in minor_rest[:2]:
        c["level"], c["exceed"] = "一般", "是"
        c["req"], c["req_post"], c["req_to"] = None, "", ""
        c["flags"].add("restaurant_to_deputy_gm")
    # restaurant_request_by_floor_manager: the area supervisor went to the deputy GM himself
    c = minor_rest[2]
    c["level"], c["exceed"] = "一般", "是"
    c["req"] = c["t"] + timedelta(minutes=rng.randint(10, 40))
    c["req_post"], c["req_to"] = "区域部长", "餐厅副总经理"
    c["handle"] = c["req"] + timedelta(minutes=rng.randint(30, 200))
    c["track"] = c["handle"] + timedelta(hours=rng.uniform(4, 30))
    c["flags"].add("restaurant_request_by_floor_manager")
    # restaurant_complaint_to_floor_manager: restaurant complaint taken by an area supervisor / the lobby manager
    c = minor_rest[3]
    c["recv_post"], c["recv_name"] = "区域部长", rng.choice(area)
    c["flags"].add("restaurant_complaint_to_floor_manager")
    c = minor_rest[4]
    c["recv_post"], c["recv_name"] = "大堂经理", rng.choice(lobby)
    c["flags"].add("restaurant_complaint_to_floor_manager")
    # track_by_complaint_center: followed up by the floor manager / the lobby manager
    minor_rest[5]["track_post"] = "楼面经理"
    minor_rest[5]["flags"].add("track_by_complaint_center")
    lobby_cases[1]["track_post"] = "大堂经理"
    lobby_cases[1]["flags"].add("track_by_complaint_center")
    # trap: restaurant complaint over authority, the floor manager asked the deputy GM (the rule's own route)
    c = minor_rest[6]
    c["level"], c["exceed"] = "一般", "是"
    c["req"] = c["t"] + timedelta(minutes=rng.randint(10, 40))
    c["req_post"], c["req_to"] = "楼面经理", "餐厅副总经理"
    c["handle"] = c["req"] + timedelta(minutes=rng.randint(30, 200))
    c["track"] = c["handle"] + timedelta(hours=rng.uniform(4, 30))
    c["flags"].add("trap_floor_manager_asked")

    # department complaints
    # department_to_operations_director: over the supervisor's authority, no request to the operations director
    c = dept_cases[0]
    c["level"], c["exceed"] = "一般", "是"
    c["req"], c["req_post"], c["req_to"] = None, "", ""
    c["flags"].add("department_to_operations_director")
    # department_request_by_department_head: the area supervisor asked the operations director himself
    c = dept_cases[1]
    c["level"], c["exceed"] = "一般", "是"
    c["req"] = c["t"] + timedelta(minutes=rng.randint(10, 60))
    c["req_post"], c["req_to"] = "区域部长", "运营总监"
    c["handle"] = c["req"] + timedelta(minutes=rng.randint(30, 300))
    c["track"] = c["handle"] + timedelta(hours=rng.uniform(4, 30))
    c["flags"].add("department_request_by_department_head")
    # department_complaint_to_area_supervisor: a room complaint written up by the floor manager
    c = dept_cases[2]
    c["recv_post"], c["recv_name"] = "楼面经理", floor[0]
    c["flags"].add("department_complaint_to_area_supervisor")
    # trap: department complaint over authority, the department head asked the operations director
    c = dept_cases[3]
    c["level"], c["exceed"] = "一般", "是"
    c["req"] = c["t"] + timedelta(minutes=rng.randint(10, 60))
    c["req_post"], c["req_to"] = dept_head_of[c["dept"]], "运营总监"
    c["handle"] = c["req"] + timedelta(minutes=rng.randint(30, 300))
    c["track"] = c["handle"] + timedelta(hours=rng.uniform(4, 30))
    c["flags"].add("trap_department_head_asked")

    cases.sort(key=lambda c: c["t"])
    serial: dict = {}
    for c in cases:
        ym = c["t"].strftime("%y%m")
        serial[ym] = serial.get(ym, 0) + 1
        c["no"] = f"KS{ym}-{serial[ym]:03d}"
    # the log was kept in two copies in March; one number was typed twice
    march = [c for c in cases if c["t"].month == 3 and not c["flags"] and c["level"] != "重大"]
    march[2]["no"] = march[1]["no"]
    march[2]["flags"].add("case_number")

    def mins(t):
        return None if t is None else t.replace(second=0, microsecond=0)

    rows = []
    for i, c in enumerate(cases, 1):
        for f in sorted(c["flags"]):
            if not f.startswith("trap"):
                note((c["no"], f))
        for k in ("req", "handle", "plan", "report", "gm", "track"):
            assert c[k] is None or c[k] <= CUTOFF, (c["no"], k)
        room = (f"{rng.randint(3, 22)}{rng.randint(1, 36):02d}" if c["place"] in ("客房部", "前台", "大堂", "康乐中心")
                else f"{'A' if c['place'] == '中餐厅' else 'B'}{rng.randint(1, 30):02d}" if c["place"] != "宴会厅" else "宴会厅")
        way = pick(rng, [("当面", 60), ("电话", 20), ("意见卡", 10), ("他人转告", 6), ("网络点评", 4)])
        remedy = ("赔偿医疗费并免单" if c["level"] == "重大" else rng.choice(remedies))
        rows.append({
            "序号": i,
            "投诉单号": c["no"],
            "投诉时间": mins(c["t"]),
            "受理地点": c["place"],
            "房号/台号": room,
            "宾客姓名": person_name(rng)[0] + rng.choice(["先生", "女士"]),
            "联系方式": mobile(rng),
            "投诉方式": way,
            "被投诉部门": c["dept"],
            "投诉级别": c["level"],
            "投诉内容": c["text"],
            "受理人": c["recv_name"],
            "受理人岗位": c["recv_post"],
            "是否超出权限": c["exceed"],
            "请示人岗位": c["req_post"],
            "请示对象": c["req_to"],
            "请示时间": mins(c["req"]),
            "处理措施": (rng.choice(["当面致歉", "更换菜品并致歉", "核对账单后退款", "重新安排座位"])
                         if c["place"] in ("中餐厅", "西餐厅", "宴会厅") else
                         rng.choice(["当面致歉并说明原因", "安排工程部维修", "重新打扫房间", "调换房间", "调阅监控核实"]))
                        if c["level"] != "重大" else "副总现场处理，拟定赔偿方案",
            "补偿方式": remedy,
            "处理负责人": c["handler"],
            "处理完成时间": mins(c["handle"]),
            "处理方案拟定人": c["plan_by"],
            "方案拟定时间": mins(c["plan"]),
            "上报公司时间": mins(c["report"]),
            "超副总权限": c["over_gm"],
            "报总经理时间": mins(c["gm"]),
            "跟进人": c["track_post"],
            "跟进时间": mins(c["track"]),
            "宾客反馈": c["feedback"],
            "值班经理": rng.choice(duty),
            "备注": rng.choice(["", "", "", "", "常住客", "VIP客人", "已录入宾客档案", "客人离店后电话跟进"]),
        })

    roles = {"大堂经理": "lobby_manager", "楼面经理": "floor_manager", "区域部长": "area_supervisor",
             "餐厅副总经理": "restaurant_deputy_gm", "运营总监": "operations_director", "总经理": "general_manager"}
    roles.update({h: "department_head" for h in dept_head_of.values() if h != "餐厅经理"})
    hand = {
        "procedure": "s36-hotel-guest-complaints",
        "sheet": "导出",
        "columns": {
            "投诉单号": "case_number",
            "投诉时间": "receive_at",
            "受理地点": "complaint_addressee",
            "投诉方式": "channel",
            "投诉级别": "severity",
            "受理人岗位": "receive_by",
            "是否超出权限": "exceeds_receiver_authority",
            "请示人岗位": "request_instructions_by",
            "请示时间": "request_instructions_at",
            "处理负责人": "handle_by",
            "处理完成时间": "handle_at",
            "处理方案拟定人": "major_plan_by",
            "方案拟定时间": "major_plan_at",
            "上报公司时间": "report_company_at",
            "超副总权限": "exceeds_deputy_gm_authority",
            "报总经理时间": "request_gm_at",
            "跟进人": "track_by",
            "跟进时间": "track_at",
        },
        "values": {
            "complaint_addressee": {"中餐厅": "restaurant", "西餐厅": "restaurant", "宴会厅": "restaurant",
                                    "客房部": "department", "康乐中心": "department", "前台": "department", "大堂": ""},
            "channel": {"当面": "oral", "电话": "phone", "意见卡": "written", "网络点评": "written", "他人转告": "relayed"},
            "severity": {"轻微": "minor", "一般": "general", "重大": "major"},
            "exceeds_receiver_authority": {"是": "yes", "否": "no"},
            "exceeds_deputy_gm_authority": {"是": "yes", "否": "no"},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("188-s24-nanjing-cable-workorders.csv", "gbk", e188_s24_nanjing_cable_workorders),
    ("189-s36-hotel-guest-complaint-log.xlsx", "xlsx", e189_s36_hotel_guest_complaint_log),
]
