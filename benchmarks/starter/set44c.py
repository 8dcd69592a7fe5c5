"""Starter-profile benchmark exports 260-261 (set 44c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 260 261    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import slash, distinct_names, mobile


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus(rng, t, lo_min, hi_min, day_from=8, day_to=21):
    """A whole-minute time lo_min..hi_min minutes after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(lo_min, hi_min))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _take(rng, pool, taken, test=lambda c: True):
    """A random case from pool that has no injection yet and passes test; marks it taken."""
    free = [c for c in pool if id(c) not in taken and test(c)]
    c = rng.choice(free)
    taken.add(id(c))
    return c


# --- 260: a county telecom branch's complaint work-order system (S39) --------------------------------------------

TEL_TOPICS = {
    "宽带故障": ["宽带频繁掉线，报修两次未修好", "光猫红灯，宽带无法上网三天", "晚上网速只有几兆，影响孩子网课"],
    "话费争议": ["本月话费多扣38元，未使用的增值业务被收费", "流量包到期后自动续订，未收到提醒短信", "国际漫游费用与营业厅说明不符"],
    "套餐变更": ["要求降档套餐被以合约未到期为由拒绝", "变更套餐后月租未按承诺调整", "融合套餐拆分办理不成功"],
    "营销宣传": ["营业员承诺的赠送宽带未兑现", "电话营销称免费升级，次月被收费", "宣传单上的千兆优惠与实际资费不符"],
    "服务态度": ["营业厅排队一小时无人引导，营业员态度冷淡", "10000号坐席未听完诉求即挂断", "装维人员上门迟到且态度差"],
    "装机移机": ["新装宽带超过约定时间五天未装", "移机申请提交一周无人联系", "预约装机当天无人上门"],
    "信号覆盖": ["小区地下车库无手机信号", "新建小区5G信号弱，通话断续", "村里基站夜间关闭，信号差"],
}
TEL_DEPTS = ["装维中心", "网络维护中心", "计费账务中心", "城关支局", "新市支局", "政企客户部"]
TEL_EXTERNAL = ["工信部申诉转办", "通管局转办", "集团公司转派", "消协转办"]
TEL_RESULTS = ["已上门处理恢复正常，客户认可", "已退还多收费用并致歉", "已按承诺兑现优惠", "已解释资费规则，客户接受",
               "已调整基站参数，信号改善", "已完成装机，客户确认", "已批评教育相关人员并向客户致歉"]


def e260_s39_county_telecom_complaint_tickets(rng, injected=None):
    """某县电信分公司客户中心“投诉工单管理系统”导出（CSV，GB18030；日期 2025/3/4 9:05）。10000号、营业厅、信函、
    网上/掌上营业厅和工信部、通管局、集团、消协转来的投诉都在这里建单；升级投诉另有升级派单、处理时限、跟踪人和
    上报转办单位几栏。首问受理人和升级跟踪人记人名（客户中心坐席、营业厅营业员），派单、处理记部门。

    读制度 YAML 之前写下的表头：工单流水号、建单时间、受理渠道、首问受理人、受理班组、客户姓名、联系号码、业务号码、
    投诉类型、投诉级别、是否重复投诉、派单时间、处理部门、处理人、要求完成时间、处理完成时间、处理结果、回访时间、
    客户满意度、归档状态、上报时间、客户签字确认。
    （实际导出：受理班组、处理人、回访时间、客户满意度没有导出；“投诉类型”叫“业务类别”，“投诉级别”叫“工单级别”，
    “要求完成时间”叫“处理时限”，“上报时间”叫“逐级上报时间”，“是否重复投诉”细化为“重复类型”，“归档状态”叫“工单状态”。）
    读过制度 YAML 后补的列：受理时间（与建单时间分开）、投诉内容、越级倾向、解释后客户认可、来函存档、网站投诉核实、
    预处理方案、应急应答口径、处理方案、催办时间、重新建单时间、不满原因、批量专人、批量处理时间、批量标识、
    升级派单部门、升级派单时间、升级跟踪人、跟踪开始时间、上报转办单位时间。

    注入的违规（按规则 id 计数，共 17）：external_to_service_center 2（外部渠道转来的投诉由营业厅营业员受理），
    letter_kept_on_file 1（来函存档写“未存档”，CK109），visit_customer_signs 1（来访未签字），phone_detailed_record 1
    （来电没有投诉内容），website_verified_with_customer 1（网站投诉“未核实”，CK109），major_reported_up 1，
    leapfrog_reported_up 1，repeat_dissatisfaction_reason 1，batch_by_handler 1（批量投诉由营业厅营业员负责），
    batch_ticket_flagged 1（批量标识“否”，CK109），escalated_handled_by_marked_limit 2（一件处理晚于时限当日，一件
    时限已过仍在处理中），escalated_tracked_by_receiver 1（跟踪人不是首问受理人），escalated_dispatched_by_service_center 1
    （升级投诉由政企客户部自行派单），escalated_reported_to_transfer_unit 1（已处理未上报转办单位），
    dispatch-handle 1（处理完成时间早于派单时间，CK106）。
    陷阱：升级投诉在时限当日18:00之后才处理完（时限按日，不算逾期）；6月底转来的升级投诉仍在处理中、时限在7月；
    解释后客户认可的投诉只建单不派单；处理中又来催的重复投诉只催办不派单；普通工单的“工单级别”是“普通”（不属于
    制度的四类，映射为空）；越级倾向的投诉先上报后派单（顺序正确）。
    """
    inj = injected if injected is not None else []
    taken_names = set()
    agents = distinct_names(rng, 6, taken_names)     # 客户中心 10000号坐席 / 申诉专席
    hall = distinct_names(rng, 4, taken_names)       # 营业厅营业员
    admins = distinct_names(rng, 2, taken_names)     # 客户中心投诉管理员（批量投诉专人）

    plan = (["phone"] * 11 + ["visit"] * 6 + ["letter"] * 3 + ["web"] * 4 + ["accepted"] * 3 + ["major"] * 3 +
            ["leapfrog"] * 3 + ["rep_prog"] * 3 + ["rep_unsat"] * 3 + ["batch"] * 4 + ["escalated"] * 11)
    rng.shuffle(plan)
    cases = []
    for kind in plan:
        c = {"kind": kind, "inj": None, "trap": None}
        hi = date(2025, 6, 20) if kind == "escalated" else date(2025, 6, 25)
        c["rec"] = _at(rng, _rand_day(rng, date(2025, 3, 3), hi), 8.5, 19.5).replace(second=0)
        cases.append(c)
    # a few late-June phone tickets that are still open at the export
    for c in [c for c in cases if c["kind"] == "phone"][:3]:
        c["rec"] = _at(rng, _rand_day(rng, date(2025, 6, 27), date(2025, 6, 29)), 9, 18)
        c["trap"] = "open"
    taken = set()
    by_kind = {}
    for c in cases:
        by_kind.setdefault(c["kind"], []).append(c)
    for c in by_kind["phone"]:
        if c["trap"] == "open":
            taken.add(id(c))

    def mark(kind, what, test=lambda c: True):
        _take(rng, by_kind[kind], taken, test)["inj"] = what

    mark("escalated", "ext_by_hall")
    mark("escalated", "ext_by_hall")
    mark("escalated", "late")
    mark("escalated", "open_overdue", lambda c: c["rec"].date() < date(2025, 6, 15))
    mark("escalated", "other_tracker")
    mark("escalated", "dispatched_by_dept")
    mark("escalated", "no_report")
    trap_same_day = _take(rng, by_kind["escalated"], taken)
    trap_same_day["trap"] = "limit_same_day"
    trap_open = _take(rng, by_kind["escalated"], taken)
    trap_open["trap"] = "open_not_due"
    trap_open["rec"] = _at(rng, date(2025, 6, 26), 9, 16)
    mark("letter", "not_filed")
    mark("visit", "unsigned")
    mark("phone", "no_content")
    mark("web", "not_verified")
    mark("major", "no_report_up")
    mark("leapfrog", "no_report_up")
    mark("rep_unsat", "no_reason")
    mark("batch", "batch_by_hall")
    mark("batch", "not_flagged")
    mark("phone", "handle_before_dispatch")

    cases.sort(key=lambda c: c["rec"])
    seq_by_day = {}
    customers = distinct_names(rng, len(cases), taken_names)
    rows = []
    trackers = set()
    for i, c in enumerate(cases):
        kind, what = c["kind"], c["inj"]
        day = c["rec"].date()
        seq_by_day[day] = seq_by_day.get(day, 0) + rng.randint(1, 9)
        topic = rng.choice(list(TEL_TOPICS))
        t = {k: None for k in ("record", "report_up", "dispatch", "remind", "new_ticket", "batch", "esc_dispatch",
                               "limit", "track", "handle", "review")}
        rec = c["rec"]
        receiver = rng.choice(agents)
        channel = {"phone": "10000号", "visit": "营业厅", "letter": "信函", "accepted": rng.choice(["10000号", "营业厅"]),
                   "web": rng.choice(["网上营业厅", "掌上营业厅"])}.get(kind)
        if kind == "visit" or (kind == "accepted" and channel == "营业厅"):
            receiver = rng.choice(hall)
        level, repeat_type, leapfrog, accepted = "普通", "", "否", "否"
        letter_filed = signature = verified = ""
        plans = ["", "", ""]
        reason = batch_by = batch_flag = esc_by = tracker = handle_by = result = ""
        content = rng.choice(TEL_TOPICS[topic])

        if kind in ("major", "leapfrog", "rep_prog", "rep_unsat", "batch"):
            channel = rng.choice(["10000号", "10000号", "营业厅", "网上营业厅"])
            if channel == "营业厅":
                receiver = rng.choice(hall)
        if kind == "escalated":
            channel = rng.choice(TEL_EXTERNAL)
            level = "升级"
            if what == "ext_by_hall":
                receiver = rng.choice(hall)

        # record (建单)
        if channel == "信函":
            t["record"] = _plus(rng, rec, 60, 20 * 60)
        else:
            t["record"] = _plus(rng, rec, 3, 25)

        if kind == "accepted":
            accepted = "是"
            result = "首问解释后客户认可，已办结"
        elif kind == "rep_prog":
            level, repeat_type = "重复", "在途催单"
            content = "前次投诉仍未处理完，客户来电催问：" + content
            t["remind"] = _plus(rng, t["record"], 10, 90)
        else:
            if kind == "major":
                level = "重大"
                content = "多名客户联名投诉，已有媒体关注：" + content
                if what != "no_report_up":
                    t["report_up"] = _plus(rng, t["record"], 5, 40)
                    plans = ["当日成立专项小组，先行上门核查并安抚客户", "统一口径：故障原因正在排查，今日内给出处理意见",
                             "分管副总牵头，网络维护中心48小时内整改，客户中心跟踪回访"]
            if kind == "leapfrog":
                leapfrog = "是"
                content = "客户称不解决就向工信部申诉：" + content
                if what != "no_report_up":
                    t["report_up"] = _plus(rng, t["record"], 5, 40)
            if kind == "rep_unsat":
                level, repeat_type = "重复", "结果不满"
                content = "对上次处理结果不满再次投诉：" + content
                t["new_ticket"] = _plus(rng, t["record"], 5, 30)
                if what != "no_reason":
                    reason = rng.choice(["上次只是解释，问题没有解决", "答应的退费没有到账", "上门人员没修好就结单"])
            if kind == "batch":
                level = "批量"
                content = "同一小区多户反映：" + content
                t["batch"] = _plus(rng, t["record"], 10, 60)
                batch_by = rng.choice(hall) if what == "batch_by_hall" else rng.choice(admins)
                batch_flag = "否" if what == "not_flagged" else "是"
            start = max(x for x in (t["record"], t["report_up"], t["new_ticket"], t["batch"]) if x)
            handle_by = rng.choice(TEL_DEPTS)
            if kind == "escalated":
                t["esc_dispatch"] = _plus(rng, start, 10, 90)
                esc_by = "政企客户部" if what == "dispatched_by_dept" else "客户中心"
                t["limit"] = datetime.combine(t["esc_dispatch"].date() + timedelta(days=rng.randint(2, 5)),
                                              datetime.min.time()).replace(hour=18)
                tracker = rng.choice([a for a in agents if a != receiver]) if what == "other_tracker" else receiver
                t["track"] = _plus(rng, t["esc_dispatch"], 5, 60)
                if c["trap"] == "open_not_due":
                    t["limit"] = datetime(2025, 7, 2, 18, 0)
                elif c["trap"] == "limit_same_day":
                    t["handle"] = t["limit"].replace(hour=19, minute=rng.randint(5, 55))
                elif what == "late":
                    t["handle"] = _plus(rng, t["limit"], 16 * 60, 60 * 60)
                elif what != "open_overdue":
                    span = int((t["limit"] - t["track"]).total_seconds() // 60)
                    t["handle"] = _plus(rng, t["track"], 120, max(180, span - 60))
                    if t["handle"] > t["limit"]:
                        t["handle"] = t["limit"] - timedelta(minutes=rng.randint(30, 200))
                if t["handle"] and what != "no_report":
                    t["review"] = _plus(rng, t["handle"], 30, 20 * 60)
            else:
                t["dispatch"] = _plus(rng, start, 10, 180)
                if what == "handle_before_dispatch":
                    t["handle"] = t["dispatch"] - timedelta(minutes=rng.randint(40, 300))
                    t["handle"] = max(t["handle"], t["record"] + timedelta(minutes=5))
                else:
                    t["handle"] = _plus(rng, t["dispatch"], 120, 72 * 60)
            if t["handle"] and t["handle"] <= CUTOFF:
                result = rng.choice(TEL_RESULTS)

        if channel == "信函":
            letter_filed = "未存档" if what == "not_filed" else "已存档"
        if channel == "营业厅":
            signature = "" if what == "unsigned" else rng.choice(["已签字", "已签字", "客户自填并签字"])
        if channel in ("网上营业厅", "掌上营业厅"):
            verified = "未核实" if what == "not_verified" else "已回电核实"
        if what == "no_content":
            content = ""

        t = {k: _cut(v) if k != "limit" else v for k, v in t.items()}
        if t["handle"] is None:
            result = ""
            t["review"] = None
        if tracker:
            trackers.add(tracker)
        status = "处理中"
        if kind == "accepted":
            status = "已办结"
        elif kind == "rep_prog":
            status = "已催办"
        elif t["handle"]:
            status = "已归档" if t["handle"] < datetime(2025, 6, 20) else "已办结"

        number = f"TS{day:%Y%m%d}{seq_by_day[day]:04d}"
        c["number"] = number
        rows.append({
            "工单流水号": number,
            "受理时间": slash(rec),
            "受理渠道": channel,
            "首问受理人": receiver,
            "客户姓名": customers[i],
            "联系号码": mobile(rng),
            "业务号码": f"AD0510{rng.randint(10000000, 99999999)}",
            "业务类别": topic,
            "投诉内容": content,
            "工单级别": level,
            "重复类型": repeat_type,
            "越级倾向": leapfrog,
            "解释后客户认可": accepted,
            "来函存档": letter_filed,
            "客户签字": signature,
            "网站投诉核实": verified,
            "建单时间": _s(t["record"]),
            "逐级上报时间": _s(t["report_up"]),
            "预处理方案": plans[0],
            "应急应答口径": plans[1],
            "处理方案": plans[2],
            "派单时间": _s(t["dispatch"]),
            "催办时间": _s(t["remind"]),
            "重新建单时间": _s(t["new_ticket"]),
            "不满原因": reason,
            "批量专人": batch_by,
            "批量处理时间": _s(t["batch"]),
            "批量标识": batch_flag,
            "升级派单部门": esc_by if t["esc_dispatch"] else "",
            "升级派单时间": _s(t["esc_dispatch"]),
            "处理时限": _s(t["limit"]),
            "升级跟踪人": tracker,
            "跟踪开始时间": _s(t["track"]),
            "处理部门": handle_by if t["dispatch"] or t["esc_dispatch"] else "",
            "处理完成时间": _s(t["handle"]),
            "处理结果": result,
            "上报转办单位时间": _s(t["review"]),
            "工单状态": status,
        })
        rule = {"ext_by_hall": "external_to_service_center", "late": "escalated_handled_by_marked_limit",
                "open_overdue": "escalated_handled_by_marked_limit", "other_tracker": "escalated_tracked_by_receiver",
                "dispatched_by_dept": "escalated_dispatched_by_service_center",
                "no_report": "escalated_reported_to_transfer_unit", "not_filed": "letter_kept_on_file",
                "unsigned": "visit_customer_signs", "no_content": "phone_detailed_record",
                "not_verified": "website_verified_with_customer",
                "no_report_up": "major_reported_up" if kind == "major" else "leapfrog_reported_up",
                "no_reason": "repeat_dissatisfaction_reason", "batch_by_hall": "batch_by_handler",
                "not_flagged": "batch_ticket_flagged", "handle_before_dispatch": "dispatch-handle"}.get(what)
        if rule:
            inj.append((number, rule))

    roles = {a: "branch_service_center" for a in agents}
    roles.update({h: "intake" for h in hall})
    roles.update({a: "complaint_handler" for a in admins})
    roles["客户中心"] = "branch_service_center"
    roles.update({d: "handling_dept" for d in TEL_DEPTS})
    hand = {
        "procedure": "s39-telecom-branch-complaints",
        "columns": {
            "工单流水号": "case_number", "受理时间": "receive_at", "受理渠道": "channel", "首问受理人": "receive_by",
            "投诉内容": "content", "工单级别": "category", "重复类型": "repeat_reason", "越级倾向": "leapfrog",
            "解释后客户认可": "explained_accepted", "来函存档": "letter_filed", "客户签字": "customer_signature",
            "网站投诉核实": "verified_with_customer", "建单时间": "record_at", "逐级上报时间": "report_up_at",
            "预处理方案": "pre_handling_plan", "应急应答口径": "emergency_response_script", "处理方案": "handling_plan",
            "派单时间": "dispatch_at", "催办时间": "remind_at", "重新建单时间": "new_ticket_at",
            "不满原因": "dissatisfaction_reason", "批量专人": "batch_handle_by", "批量处理时间": "batch_handle_at",
            "批量标识": "batch_flag", "升级派单部门": "escalated_dispatch_by", "升级派单时间": "escalated_dispatch_at",
            "处理时限": "handling_time_limit", "升级跟踪人": "escalated_track_by", "跟踪开始时间": "escalated_track_at",
            "处理部门": "handle_by", "处理完成时间": "handle_at", "上报转办单位时间": "review_report_at",
        },
        "values": {
            "channel": {"10000号": "phone", "营业厅": "visit", "信函": "letter", "网上营业厅": "website",
                        "掌上营业厅": "website", **{x: "external" for x in TEL_EXTERNAL}},
            "category": {"普通": "", "重大": "major", "重复": "repeat", "批量": "batch", "升级": "escalated"},
            "repeat_reason": {"在途催单": "in_progress", "结果不满": "unsatisfied_result"},
            "leapfrog": {"是": True, "否": False},
            "explained_accepted": {"是": True, "否": False},
            "letter_filed": {"已存档": True, "未存档": False},
            "verified_with_customer": {"已回电核实": True, "未核实": False},
            "escalated_track_by": {p: "escalation_handler" for p in sorted(trackers)},
        },
        "roles": roles,
    }
    return rows, hand


def _s(t):
    return slash(t) if t else ""


# --- 261: a property management company's service-centre complaint ledger (S40) ----------------------------------

PROP_TOPICS = {
    "服务类": ["楼道保洁两天没人打扫", "秩序员对业主态度恶劣", "管家微信留言三天不回复", "代收快递丢失无人负责",
              "地库停车收费标准未公示", "夜间巡逻不到位，电动车被盗", "绿化修剪后垃圾堆放不清"],
    "工程质量类": ["外墙渗水导致卧室墙面发霉", "地下车库雨后积水", "电梯一周内两次困人", "卫生间楼板渗漏到楼下",
                "入户门变形关不严", "屋面防水层开裂，顶层漏雨"],
    "外部原因类": ["小区外工地夜间施工噪音", "燃气公司改管挖开路面未恢复", "市政停水未提前通知",
                "临街餐馆油烟扰民", "运营商快递柜故障取不出件"],
}
PROP_DEPTS = {"服务类": ["秩序部", "环境部", "客服部"], "工程质量类": ["工程部"], "外部原因类": ["客服部", "工程部"]}
PROP_RESULTS = {"服务类": ["已整改并向业主致歉", "已更换责任人员并加强巡查", "已补偿并完善交接流程"],
                "工程质量类": ["已维修完毕，业主验收", "已联系施工单位返修完成", "已更换部件，试运行正常"],
                "外部原因类": ["已与相关单位沟通，对方承诺整改", "已向业主说明情况并持续跟进", "已协调恢复原状"]}


def e261_s40_property_service_centre_ledger(rng, injected=None):
    """某物业服务有限公司（住宅项目）客户服务中心的物业管理系统“投诉登记台账”导出（XLSX，工作表“导出”，日期为日期单元格）。
    管家（当面投诉的当事人）、400热线/客服文员（来电、书信、邮件的接收人）、前台接待员、客服主管（上级领导）记人名；
    责任部门、回访部门、归档部门记部门。当场解决与否一列，配一个“汇报上级时间”和“汇报人”：当场解决的是处理后向上级
    汇报，不能当场解决的是通知上级领导。

    读制度 YAML 之前写下的表头：序号、登记编号、投诉日期/来访时间、投诉方式、业主姓名、房号、联系电话、投诉内容、
    投诉类别、接待人、信息接收人、告知前台时间、上报上级时间、责任部门、处理人、处理完成时间、处理结果、
    记录时间（前台登记时间）、回访时间、回访人、回访方式、回访意见。
    （实际导出：接待人与信息接收人合为“接待人”一列；“上报上级时间”叫“汇报上级时间”；处理人、回访人没有导出，
    回访意见分为“回访情况”“业主评价”两列。）
    读过制度 YAML 后补的列：是否当场解决、汇报人、上级领导、上级意见时间、疑难件、上报负责人时间、负责人意见时间、
    登记人、结果反馈时间、结果登记时间、回访部门、归档时间、归档部门。

    注入的违规（按规则 id 计数，共 19）：inform_reception_1h 2，notify_superior_2h 2（一件超过2小时才通知上级，一件
    不能当场解决却没有通知上级，同时报 unresolved_in_person_to_superior 1），record_result_same_day 2（结果次日才登记），
    revisit_3_days 2（一件第5–7天才回访，一件处理后一直未回访），revisit_by_operations_mgmt 1（客服部回访），
    hard_or_higher_to_dept_head 1（12345转办未上报部门负责人），party_notifies_superior 1（通知上级的不是接待的管家），
    step-record_dispatch 1（管家自己登记台账），category_for_dispatch 1（前台登记了却没有分类），revisit_method 1
    （回访方式“微信”，不是电话或上门，CK102），records_archived 1（已回访未归档），revisit_customer_opinion 1
    （回访没有业主评价），record_result-revisit 1（回访早于结果登记，CK106），case_number 1（登记编号重复，CK107）。
    陷阱：来电、书信或邮件55–59分钟才告知前台（不超1小时）；不能当场解决的1小时50多分通知上级；结果反馈当天晚上才登记；处理后
    第3天（跨周末）才回访（按日历日，第3天24:00前不算逾期）；6月28日以后处理、尚未回访；6月30日上午来电、已登记未处理。
    """
    inj = injected if injected is not None else []
    taken_names = set()
    butlers = distinct_names(rng, 5, taken_names)       # 管家：当面投诉的当事人
    hotline = distinct_names(rng, 3, taken_names)       # 400热线 / 客服文员：信息接收人员
    front = distinct_names(rng, 2, taken_names)         # 前台接待员
    bosses = distinct_names(rng, 2, taken_names)        # 客服主管：上级领导

    plan = (["ip_spot"] * 8 + ["ip_open"] * 10 + ["phone"] * 16 + ["letter"] * 4 + ["email"] * 5 + ["higher"] * 5)
    rng.shuffle(plan)
    cases = []
    for kind in plan:
        c = {"kind": kind, "inj": None, "trap": None, "hard": False}
        c["rec"] = _at(rng, _rand_day(rng, date(2025, 3, 3), date(2025, 6, 29)), 8, 18.5).replace(second=0)
        cases.append(c)
    by_kind = {}
    for c in cases:
        by_kind.setdefault(c["kind"], []).append(c)
    taken = set()
    remote = by_kind["phone"] + by_kind["letter"] + by_kind["email"]

    def early(c):
        """Received by mid-June: handled and revisited long before the export."""
        return c["rec"].date() <= date(2025, 6, 15)

    # traps first: the open and just-in-time cases
    t_open = _take(rng, by_kind["phone"], taken)
    t_open["trap"], t_open["rec"] = "open", _at(rng, date(2025, 6, 30), 8.5, 9.5)
    t_recent = _take(rng, by_kind["phone"], taken)
    t_recent["trap"], t_recent["rec"] = "recent", _at(rng, date(2025, 6, 27), 9, 11)
    for _ in range(2):
        _take(rng, remote, taken, early)["trap"] = "inform_59"
    _take(rng, by_kind["ip_open"], taken, early)["trap"] = "notify_1h5x"
    _take(rng, cases, taken, early)["trap"] = "record_evening"
    _take(rng, cases, taken, lambda c: early(c) and c["rec"].weekday() in (3, 4))["trap"] = "revisit_day3"
    for c in rng.sample([c for c in by_kind["phone"] + by_kind["ip_open"] if id(c) not in taken], 3):
        c["hard"] = True

    def mark(pool, what, test=early):
        _take(rng, pool, taken, test)["inj"] = what

    mark(remote, "inform_late")
    mark(remote, "inform_late")
    mark(by_kind["ip_open"], "notify_late")
    mark(by_kind["ip_open"], "no_notify")
    mark(by_kind["ip_open"], "other_reporter")
    mark(by_kind["ip_open"] + remote, "record_next_day")
    mark(by_kind["ip_open"] + remote, "record_next_day")
    mark(cases, "revisit_late")
    mark(cases, "revisit_missing")
    mark(cases, "revisit_by_kefu")
    mark(by_kind["higher"], "no_head")
    mark(by_kind["ip_open"] + remote, "butler_registers")
    mark(remote, "no_category")
    mark(cases, "wechat")
    mark(cases, "no_archive")
    mark(cases, "no_opinion")
    mark(remote + by_kind["higher"], "revisit_before_record")

    cases.sort(key=lambda c: c["rec"])
    owners = distinct_names(rng, len(cases), taken_names)
    rows = []
    seq = {}
    for i, c in enumerate(cases):
        kind, what, rec = c["kind"], c["inj"], c["rec"]
        cat = rng.choice(list(PROP_TOPICS))
        t = {k: None for k in ("report", "opinion", "escalate", "head", "inform", "record", "handle", "result",
                               "logged", "revisit", "archive")}
        reporter = boss = registrar = ""
        spot = ""
        channel = {"ip_spot": rng.choice(["来访", "现场"]), "ip_open": rng.choice(["来访", "现场"]),
                   "phone": rng.choice(["400热线", "来电"]), "letter": "书信", "email": "邮件",
                   "higher": rng.choice(["12345转办", "集团客服转办"])}[kind]
        receiver = rng.choice(butlers) if kind.startswith("ip_") else rng.choice(hotline)
        hard = c["hard"] or kind == "higher"

        if kind == "ip_spot":
            spot = "是"
            t["handle"] = _plus(rng, rec, 10, 60)
            t["report"] = _plus(rng, t["handle"], 10, 90)
            reporter = receiver
        else:
            ready = rec
            if kind == "ip_open":
                spot = "否"
                if what != "no_notify":
                    lo, hi = (140, 300) if what == "notify_late" else (15, 110)
                    if c["trap"] == "notify_1h5x":
                        lo, hi = 110, 118
                    t["report"] = rec + timedelta(minutes=rng.randint(lo, hi))
                    reporter = rng.choice([b for b in butlers if b != receiver]) if what == "other_reporter" \
                        else receiver
                    t["opinion"] = _plus(rng, t["report"], 10, 180)
                    boss = rng.choice(bosses)
                    ready = t["opinion"]
                t["record"] = _plus(rng, t["report"] or rec, 5, 60)
            elif kind == "higher":
                t["record"] = _plus(rng, rec, 10, 60)
            else:
                lo, hi = (70, 200) if what == "inform_late" else (5, 50)
                if c["trap"] == "inform_59":
                    lo, hi = 55, 59
                t["inform"] = rec + timedelta(minutes=rng.randint(lo, hi))
                t["record"] = _plus(rng, t["inform"], 2, 30)
            if hard and what != "no_head":
                t["escalate"] = _plus(rng, rec, 15, 90)
                t["head"] = _plus(rng, t["escalate"], 30, 600)
            ready = max(x for x in (ready, t["record"], t["head"]) if x)
            registrar = rng.choice(butlers) if what == "butler_registers" else rng.choice(front)
            t["handle"] = _plus(rng, ready, 120, 72 * 60)
            if c["trap"] == "open":
                t["handle"] = None
            elif c["trap"] == "recent":
                t["handle"] = _at(rng, date(2025, 6, 28), 10, 15)
        if t["handle"]:
            if what == "revisit_before_record" and t["handle"].hour >= 14:
                t["handle"] = _at(rng, t["handle"].date() + timedelta(days=1), 9, 11)
            t["result"] = _plus(rng, t["handle"], 10, 300)
            if what == "revisit_before_record":
                t["result"] = t["handle"] + timedelta(minutes=rng.randint(10, 30))
            day_end = t["result"].replace(hour=20, minute=59)
            t["logged"] = t["result"] + timedelta(minutes=rng.randint(10, max(15, int((day_end - t["result"])
                                                                                        .total_seconds() // 60))))
            if c["trap"] == "record_evening":
                t["logged"] = t["result"].replace(hour=20, minute=rng.randint(20, 55))
            if what == "record_next_day":
                t["logged"] = _at(rng, t["result"].date() + timedelta(days=1), 8.5, 11)
            # revisit
            if what == "revisit_before_record":
                t["revisit"] = t["result"] + timedelta(minutes=rng.randint(10, 60))
                t["logged"] = t["revisit"] + timedelta(minutes=rng.randint(30, 180))
            elif what != "revisit_missing" and c["trap"] != "recent":
                d = rng.randint(5, 7) if what == "revisit_late" else 3 if c["trap"] == "revisit_day3" \
                    else rng.randint(1, 3)
                lo = t["logged"] + timedelta(minutes=20)
                v = _at(rng, t["handle"].date() + timedelta(days=d), 9, 20)
                if c["trap"] == "revisit_day3":
                    v = v.replace(hour=19, minute=rng.randint(0, 50))
                v = max(v, lo)
                if v <= CUTOFF - timedelta(minutes=90):
                    t["revisit"] = v.replace(second=0, microsecond=0)
            if t["revisit"] and what != "no_archive":
                t["archive"] = min(_plus(rng, t["revisit"], 30, 3 * 24 * 60), CUTOFF - timedelta(minutes=5))
        # nothing after the export; a result not yet logged by the cutoff is not yet reported either
        t = {k: _cut(v) for k, v in t.items()}
        if t["logged"] is None:
            t["result"] = t["revisit"] = t["archive"] = None
        if t["handle"] is None:
            t["result"] = t["logged"] = t["revisit"] = t["archive"] = None
        if t["report"] is None:
            reporter = ""
        if t["opinion"] is None:
            boss = ""

        month = rec.strftime("%Y%m")
        seq[month] = seq.get(month, 0) + 1
        number = f"KF-TS-{month}-{seq[month]:03d}"
        c["number"] = number
        category = "" if what == "no_category" else cat
        rows.append({
            "序号": i + 1,
            "登记编号": number,
            "投诉时间": rec,
            "投诉方式": channel,
            "接待人": receiver,
            "业主姓名": owners[i],
            "房号": f"{rng.randint(1, 18)}幢{rng.randint(1, 3)}单元{rng.randint(1, 26)}{rng.randint(1, 4):02d}",
            "联系电话": mobile(rng),
            "投诉内容": rng.choice(PROP_TOPICS[cat]),
            "投诉类别": category,
            "是否当场解决": spot,
            "汇报上级时间": t["report"],
            "汇报人": reporter,
            "上级领导": boss,
            "上级意见时间": t["opinion"],
            "疑难件": "是" if hard else "否",
            "上报负责人时间": t["escalate"],
            "负责人意见时间": t["head"],
            "告知前台时间": t["inform"],
            "前台登记时间": t["record"],
            "登记人": registrar if t["record"] else "",
            "责任部门": rng.choice(PROP_DEPTS[cat]) if kind != "ip_spot" else "客服部",
            "处理完成时间": t["handle"],
            "结果反馈时间": t["result"],
            "处理结果": rng.choice(PROP_RESULTS[cat]) if t["logged"] else "",
            "结果登记时间": t["logged"],
            "回访时间": t["revisit"],
            "回访部门": ("客服部" if what == "revisit_by_kefu" else "运营管理部") if t["revisit"] else "",
            "回访方式": ("微信" if what == "wechat" else rng.choice(["电话", "电话", "电话", "上门"]))
            if t["revisit"] else "",
            "回访情况": rng.choice(["业主表示问题已解决", "业主认可处理结果", "业主希望加强日常巡查"]) if t["revisit"] else "",
            "业主评价": ("" if what == "no_opinion" else rng.choice(["满意", "满意", "基本满意"])) if t["revisit"] else "",
            "归档时间": t["archive"],
            "归档部门": "运营管理部" if t["archive"] else "",
        })
        rules = {"inform_late": ["inform_reception_1h"], "notify_late": ["notify_superior_2h"],
                 "no_notify": ["unresolved_in_person_to_superior", "notify_superior_2h"],
                 "other_reporter": ["party_notifies_superior"], "record_next_day": ["record_result_same_day"],
                 "revisit_late": ["revisit_3_days"], "revisit_missing": ["revisit_3_days"],
                 "revisit_by_kefu": ["revisit_by_operations_mgmt"], "no_head": ["hard_or_higher_to_dept_head"],
                 "butler_registers": ["step-record_dispatch"], "no_category": ["category_for_dispatch"],
                 "wechat": ["revisit_method"], "no_archive": ["records_archived"],
                 "no_opinion": ["revisit_customer_opinion"], "revisit_before_record": ["record_result-revisit"]}
        for rule in rules.get(what, []):
            inj.append((number, rule))

    # one number typed twice: the ledger's 登记编号 is keyed in by hand
    clean = [k for k in range(1, len(cases)) if cases[k]["inj"] is None and cases[k - 1]["inj"] is None
             and cases[k]["trap"] is None and cases[k - 1]["trap"] is None]
    k = rng.choice(clean)
    rows[k]["登记编号"] = rows[k - 1]["登记编号"]
    inj.append((rows[k]["登记编号"], "case_number"))

    roles = {b: "party" for b in butlers}
    roles.update({h: "info_receiver" for h in hotline})
    roles.update({f: "reception" for f in front})
    roles.update({b: "superior" for b in bosses})
    roles.update({d: "responsible_dept" for d in ["工程部", "秩序部", "环境部", "客服部"]})
    roles["运营管理部"] = "operations_mgmt"
    hand = {
        "procedure": "s40-property-complaint-handling",
        "sheet": "导出",
        "columns": {
            "登记编号": "case_number", "投诉时间": "receive_at", "投诉方式": "channel", "接待人": "receive_by",
            "投诉内容": "content", "投诉类别": "category", "是否当场解决": "resolved_on_spot",
            "上级领导": "superior_opinion_by", "上级意见时间": "superior_opinion_at", "疑难件": "hard_case",
            "上报负责人时间": "escalate_to_head_at", "负责人意见时间": "head_opinion_at",
            "告知前台时间": "inform_reception_at", "前台登记时间": "record_dispatch_at", "登记人": "record_dispatch_by",
            "责任部门": "handle_by", "处理完成时间": "handle_at", "结果反馈时间": "report_result_at",
            "处理结果": "result", "结果登记时间": "record_result_at", "回访时间": "revisit_at",
            "回访部门": "revisit_by", "回访方式": "revisit_method", "回访情况": "revisit_result",
            "业主评价": "satisfaction", "归档时间": "archive_at", "归档部门": "archive_by",
        },
        "values": {
            "channel": {"来访": "in_person", "现场": "in_person", "400热线": "phone", "来电": "phone", "书信": "letter",
                        "邮件": "email", "12345转办": "higher_authority", "集团客服转办": "higher_authority"},
            "category": {"服务类": "class_1", "工程质量类": "class_2", "外部原因类": "class_3"},
            "resolved_on_spot": {"是": True, "否": False},
            "hard_case": {"是": True, "否": False},
            "revisit_method": {"电话": "phone", "上门": "visit"},
        },
        "roles": roles,
        "outcomes": {
            "是否当场解决": {"date": "汇报上级时间", "by": "汇报人",
                        "steps": {"是": "report_to_superior", "否": "notify_superior"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("260-s39-county-telecom-complaint-tickets.csv", "gb18030", e260_s39_county_telecom_complaint_tickets),
    ("261-s40-property-service-centre-ledger.xlsx", "xlsx", e261_s40_property_service_centre_ledger),
]
