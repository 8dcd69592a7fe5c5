"""Starter-profile benchmark exports 204-205 (set 35b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 204 205    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""


from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, person_name, mobile, distinct_names, iso


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus(rng, t, lo_min, hi_min, secs=False):
    u = t + timedelta(minutes=rng.randint(lo_min, hi_min))
    return u.replace(second=rng.randint(0, 59) if secs else 0, microsecond=0)


def _daytime(rng, t, day_from=8, day_to=21):
    """Move a time out of the night into the next working morning."""
    if t.hour < day_from:
        return t.replace(hour=day_from, minute=rng.randint(0, 50))
    if t.hour >= day_to:
        return (t + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return t


def e204_s39_telecom_branch_crm(rng, injected=None):
    """A city telecom branch's customer-service centre: complaint work orders exported from its CRM 投诉工单 module
    (CSV, GBK as the CRM's 导出 button writes it). Date spelling: `2025-03-04 09:12:33` (CRM timestamps).

    Headers written from the source text (step 1):
    工单流水号, 受理时间, 受理渠道 (10000号/营业厅/网上营业厅/信函/工信部申诉/集团转派/消协转办), 受理工号, 受理人,
    客户号码, 客户姓名, 投诉类型 (普通投诉/重复投诉/批量投诉/升级投诉/重大投诉), 业务类别 (宽带/移动/固话/IPTV/计费),
    投诉内容, 越级倾向 (是/否), 是否现场解决 (是/否), 客户签字确认 (来访), 原工单号 (重复投诉), 不满原因,
    派单时间, 处理部门, 处理人, 处理时限, 回单时间, 处理结果, 上报时间, 工单状态, 备注.

    读过制度 YAML 后补的列：来函存档 (已存档/未存档), 网上投诉核实 (已回拨核实/未核实), 建单时间, 重复情形
    (处理中再次投诉/对处理结果不满), 催办时间, 预处理方案, 应急口径, 处理方案, 批量标识 (是/否), 批量负责人,
    批量处置时间, 跟踪人, 首次跟踪时间, 转办单位上报时间.
    (上报时间 = 上报值班经理/领导; 派单时间 of a 升级投诉 is the escalated dispatch, of a 重复投诉 the regenerated ticket:
    the hand profile splits it with `outcomes` on 投诉类型.)

    46 work orders. Injected (18 cases, 19 hand findings):
      letter_kept_on_file 1 (未存档), visit_customer_signs 1 (未签), website_verified_with_customer 1 (未核实),
      major_reported_up 1, major_emergency_response_script 1, leapfrog_reported_up 1, leapfrog_ticket_generated 1,
      repeat_new_ticket 1, repeat_dissatisfaction_reason 1, repeat_in_progress_to_dispatch 1,
      batch_ticket_flagged 1 (标识“否”), batch_by_handler 1 (营业厅营业员负责),
      escalated_time_limit_marked 1 (+ escalated_handled_by_marked_limit-start 1 on the same handled case),
      escalated_handled_by_marked_limit 1 (回单 a day after the limit), escalated_tracked 1,
      escalated_tracked_by_receiver 1 (another 专席 tracks), escalated_reported_to_transfer_unit 1,
      external_to_service_center 1 (消协转办 logged and tracked by a 营业厅 clerk).
    Traps (no finding): an escalated order handled on its limit day hours after the limit's 12:00 (limit is by day);
    an escalated order still open on 30 June whose limit is in July (nothing reported to the transfer unit yet); an
    in-progress repeat complaint with 催办 and no new ticket; a web complaint submitted on 30 June not yet taken up
    (no 建单, no 核实); unsatisfied repeats with a regenerated ticket still open; 现场解决 orders with no dispatch.
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken = set()
    center = distinct_names(rng, 4, taken)        # 客户中心升级投诉专席 (branch service centre)
    agents = distinct_names(rng, 5, taken)        # 10000号 / 网厅坐席
    counter = distinct_names(rng, 4, taken)       # 营业厅值班经理、营业员
    handlers = distinct_names(rng, 2, taken)      # 分公司投诉处理员
    workers = distinct_names(rng, 8, taken)       # 处理部门的处理人
    depts = ["网络维护中心", "计费账务中心", "装维中心", "城区营业部", "政企客户部", "无线网络优化中心"]
    ext_channels = ["工信部申诉", "集团转派", "消协转办", "通信管理局转办"]

    # (投诉类型, 受理渠道 kind, flag); flag "ok" or a violation / trap
    plan = []
    plan += [("普通投诉", "phone", "ok")] * 7 + [("普通投诉", "phone", "onspot")] * 3
    plan += [("普通投诉", "visit", "onspot")] * 3 + [("普通投诉", "visit", "ok"), ("普通投诉", "visit", "unsigned")]
    plan += [("普通投诉", "web", "ok")] * 2 + [("普通投诉", "web", "unverified"), ("普通投诉", "web", "fresh")]
    plan += [("普通投诉", "letter", "ok")] * 2 + [("普通投诉", "letter", "not_filed")]
    plan += [("重大投诉", "phone", "ok"), ("重大投诉", "visit", "no_report_up"), ("重大投诉", "phone", "no_script")]
    plan += [("普通投诉", "phone", "leap_ok"), ("普通投诉", "phone", "leap_no_report"), ("普通投诉", "visit", "leap_no_ticket")]
    plan += [("重复投诉", "phone", "in_progress_ok"), ("重复投诉", "phone", "in_progress_no_remind"),
             ("重复投诉", "phone", "unsat_ok"), ("重复投诉", "phone", "unsat_no_ticket"),
             ("重复投诉", "web", "unsat_no_reason")]
    plan += [("批量投诉", "phone", "ok"), ("批量投诉", "phone", "batch_unflagged"), ("批量投诉", "phone", "batch_counter")]
    plan += [("升级投诉", "ext", f) for f in ("ok", "ok", "limit_day_trap", "open_trap", "no_limit", "overdue",
                                           "other_tracker", "not_tracked", "not_reported", "counter_received")]
    rng.shuffle(plan)

    lo, hi = date(2025, 1, 3), date(2025, 6, 24)
    times = []
    for typ, kind, flag in plan:
        if flag in ("fresh", "open_trap"):
            d = date(2025, 6, 30) if flag == "fresh" else date(2025, 6, 26)
        else:
            d = _rand_day(rng, lo, date(2025, 6, 12) if typ == "升级投诉" else hi)
        h = (8, 11.5) if flag == "fresh" else (8.5, 20.5)
        times.append(_at(rng, d, *h).replace(second=rng.randint(0, 59)))
    cases = sorted(zip(times, plan), key=lambda x: x[0])

    content_by_biz = {
        "宽带": ["宽带晚上频繁掉线，报修两次未解决", "光猫红灯亮，宽带无法上网已三天", "宽带实测网速远低于签约的500M",
                 "装维人员上门迟到且未穿工装"],
        "移动": ["小区室内手机信号差，通话经常中断", "5G套餐在家中只能用4G", "国际漫游流量被多扣费"],
        "计费": ["未办理业务却被扣除增值业务费", "合约到期后资费自动上调未提前告知", "话费账单中出现不明的短信包费用"],
        "IPTV": ["IPTV点播频繁卡顿", "IPTV机顶盒更换后仍无法开机"],
        "固话": ["固话无拨号音，报障后无人联系", "固话停机后被继续收取月租"],
    }
    violations = {"unsigned", "unverified", "not_filed", "no_report_up", "no_script", "leap_no_report",
                  "leap_no_ticket", "in_progress_no_remind", "unsat_no_ticket", "unsat_no_reason", "batch_unflagged",
                  "batch_counter", "no_limit", "overdue", "other_tracker", "not_tracked", "not_reported",
                  "counter_received"}

    def add(r, no, flag):
        rows.append(r)
        if flag in violations:
            note((no, flag))

    dept_by_biz = {"宽带": ["装维中心", "网络维护中心"], "移动": ["无线网络优化中心", "网络维护中心"],
                   "计费": ["计费账务中心", "城区营业部"], "IPTV": ["装维中心", "政企客户部"],
                   "固话": ["网络维护中心", "计费账务中心"]}
    result_by_biz = {"宽带": ["已上门更换光猫，测速恢复正常", "已整治入户线路，连续观察三天无掉线"],
                     "移动": ["已调整基站参数，室内信号改善", "已加装室分设备，客户认可"],
                     "计费": ["核实为误扣，已退还多收费用", "已取消增值业务并退费，客户接受"],
                     "IPTV": ["已更换机顶盒，播放正常", "已优化组播配置，卡顿消除"],
                     "固话": ["已修复外线故障，恢复通话", "停机期间月租已减免"]}
    rows = []
    seq = {}
    for t0, (typ, kind, flag) in cases:
        seq[t0.date()] = seq.get(t0.date(), 0) + 1
        no = f"TS{t0:%Y%m%d}{seq[t0.date()]:04d}"
        biz = rng.choice(list(content_by_biz))
        content = rng.choice(content_by_biz[biz])
        if kind == "phone":
            channel, receiver = "10000号", rng.choice(agents)
        elif kind == "visit":
            channel, receiver = "营业厅", rng.choice(counter)
        elif kind == "web":
            channel, receiver = rng.choice(["网上营业厅", "网上营业厅", "掌上营业厅"]), rng.choice(agents)
        elif kind == "letter":
            channel, receiver = "信函", rng.choice(center)
        else:
            channel, receiver = rng.choice(ext_channels), rng.choice(center)
        if flag == "counter_received":
            channel, receiver = "消协转办", rng.choice(counter)
        r = {
            "工单流水号": no, "受理时间": t0, "受理渠道": channel, "受理工号": "", "受理人": receiver,
            "客户号码": mobile(rng) if biz != "固话" else f"0571-8{rng.randint(1000000, 9999999)}",
            "客户姓名": person_name(rng), "投诉类型": typ, "业务类别": biz, "投诉内容": content,
            "越级倾向": "否", "是否现场解决": "否", "客户签字确认": "", "来函存档": "", "网上投诉核实": "",
            "建单时间": None, "重复情形": "", "原工单号": "", "不满原因": "", "催办时间": None, "上报时间": None,
            "预处理方案": "", "应急口径": "", "处理方案": "", "派单时间": None, "批量标识": "", "批量负责人": "",
            "批量处置时间": None, "处理部门": "", "处理人": "", "处理时限": None, "跟踪人": "", "首次跟踪时间": None,
            "回单时间": None, "处理结果": "", "转办单位上报时间": None, "工单状态": "", "备注": "",
        }
        r["受理工号"] = f"HZ{(sorted(taken).index(receiver) * 37 + 1001):05d}"
        if kind == "visit":
            r["客户签字确认"] = "未签" if flag == "unsigned" else "已签字"
        if kind == "letter":
            r["来函存档"] = "未存档" if flag == "not_filed" else "已存档"
            r["备注"] = "来函原件已扫描" if flag != "not_filed" else "来函原件在营业部"
        if kind == "web" and flag != "fresh":
            r["网上投诉核实"] = "未核实" if flag == "unverified" else "已回拨核实"
        if flag == "fresh":
            r["工单状态"] = "待受理"
            add(r, no, flag)
            continue

        rec = _plus(rng, t0, 3, 25, secs=True)
        r["建单时间"] = rec
        if flag == "onspot":
            r["是否现场解决"] = "是"
            r["处理结果"] = rng.choice(["已向客户解释计费规则，客户认可", "现场指导客户重启光猫后恢复，客户认可",
                                     "解释套餐资费构成，客户表示理解"])
            r["工单状态"] = "已归档"
            add(r, no, flag)
            continue

        before_dispatch = rec
        if flag.startswith("leap"):
            r["越级倾向"] = "是"
            r["备注"] = rng.choice(["客户称再不解决就打工信部电话", "客户表示要向通信管理局投诉"])
        if typ == "重大投诉" or flag.startswith("leap"):
            if flag not in ("no_report_up", "leap_no_report"):
                r["上报时间"] = _plus(rng, rec, 5, 30, secs=True)
                before_dispatch = r["上报时间"]
        if typ == "重大投诉" and flag != "no_report_up":
            r["预处理方案"] = "成立专项小组，当日内派维护人员上门排查，必要时临时更换设备"
            r["应急口径"] = "" if flag == "no_script" else "已高度重视，正在全力排查，24小时内给您答复"
            r["处理方案"] = "网络维护中心牵头排查，计费中心核实费用并视情况减免"
        if typ == "重大投诉":
            r["备注"] = rng.choice(["多名用户同时反映，媒体记者来电", "客户情绪激动，扬言向媒体曝光"])

        if typ == "重复投诉":
            orig = f"TS{(t0 - timedelta(days=rng.randint(3, 20))):%Y%m%d}{rng.randint(1, 3):04d}"
            r["原工单号"] = orig
            if flag.startswith("in_progress"):
                r["重复情形"] = "处理中再次投诉"
                r["处理结果"] = "已安抚客户并告知原工单处理进度"
                if flag == "in_progress_ok":
                    r["催办时间"] = _plus(rng, rec, 5, 40, secs=True)
                r["工单状态"] = "已归档"
                add(r, no, flag)
                continue
            r["重复情形"] = "对处理结果不满"
            if flag != "unsat_no_reason":
                r["不满原因"] = rng.choice(["上门后问题仍未解决", "对减免金额不认可", "处理人员未与本人联系就回单"])
            if flag == "unsat_no_ticket":
                r["处理结果"] = "已向客户解释原处理结果"
                r["工单状态"] = "已归档"
                add(r, no, flag)
                continue

        if flag == "leap_no_ticket":
            r["是否现场解决"] = "否"
            r["处理结果"] = "营业厅值班经理当面安抚，未生成工单"
            r["工单状态"] = "已归档"
            add(r, no, flag)
            continue

        disp = _plus(rng, before_dispatch, 8, 70, secs=True)
        r["派单时间"] = disp
        dept = rng.choice(dept_by_biz[biz])
        r["处理部门"] = dept
        r["处理人"] = rng.choice(workers)
        if typ == "批量投诉":
            r["批量标识"] = "否" if flag == "batch_unflagged" else "是"
            r["批量负责人"] = rng.choice(counter) if flag == "batch_counter" else rng.choice(handlers)
            r["批量处置时间"] = _plus(rng, disp, 2, 30, secs=True)
            r["备注"] = f"同一小区{rng.randint(6, 40)}户同时反映"

        if typ == "升级投诉":
            limit_day = disp.date() + timedelta(days=rng.randint(2, 5))
            if flag == "open_trap":                  # still being handled; its marked limit is after the export
                limit_day = date(2025, 7, rng.randint(2, 4))
            limit = datetime(limit_day.year, limit_day.month, limit_day.day, rng.choice([12, 17, 18]), 0)
            if flag == "limit_day_trap":
                limit = limit.replace(hour=12)
            r["处理时限"] = None if flag == "no_limit" else limit
            if flag != "not_tracked":
                r["跟踪人"] = rng.choice([c for c in center if c != receiver]) if flag == "other_tracker" else receiver
                r["首次跟踪时间"] = _plus(rng, disp, 10, 180, secs=True)
            if flag == "open_trap":
                r["工单状态"] = "处理中"
                add(r, no, flag)
                continue
            if flag == "limit_day_trap":
                done = limit + timedelta(minutes=rng.randint(120, 300), seconds=rng.randint(0, 59))
            elif flag == "overdue":
                done = _at(rng, limit_day + timedelta(days=rng.randint(1, 2)), 9, 18).replace(second=rng.randint(0, 59))
            else:
                done = _daytime(rng, _plus(rng, disp, 240, int((limit - disp).total_seconds() // 60) - 30, secs=True))
                if done > limit:
                    done = limit - timedelta(minutes=rng.randint(30, 90), seconds=rng.randint(0, 59))
            r["回单时间"] = done
            r["处理结果"] = rng.choice(result_by_biz[biz])
            if flag != "not_reported":
                r["转办单位上报时间"] = _daytime(rng, _plus(rng, done, 60, 1500, secs=True))
            r["工单状态"] = "已归档" if flag != "not_reported" else "已回单"
            add(r, no, flag)
            continue

        done = _daytime(rng, _plus(rng, disp, 120, 4 * 1440, secs=True))
        if done > CUTOFF:
            r["工单状态"] = "处理中"
        else:
            r["回单时间"] = done
            r["处理结果"] = rng.choice(result_by_biz[biz])
            r["工单状态"] = "已归档"
        add(r, no, flag)

    for r in rows:
        for k in ("受理时间", "建单时间", "催办时间", "上报时间", "派单时间", "批量处置时间", "首次跟踪时间", "回单时间",
                  "转办单位上报时间"):
            assert r[k] is None or r[k] <= CUTOFF, (r["工单流水号"], k)
            r[k] = "" if r[k] is None else iso(r[k])
        r["处理时限"] = "" if r["处理时限"] is None else iso(r["处理时限"])

    roles = {n: "branch_service_center" for n in center}
    roles.update({n: "intake" for n in agents + counter})
    roles.update({n: "complaint_handler" for n in handlers})
    roles.update({d: "handling_dept" for d in depts})
    hand = {
        "procedure": "s39-telecom-branch-complaints",
        "encoding": "gb18030",
        "columns": {
            "工单流水号": "case_number",
            "受理时间": "receive_at",
            "受理渠道": "channel",
            "受理人": "receive_by",
            "投诉类型": "category",
            "投诉内容": "content",
            "越级倾向": "leapfrog",
            "是否现场解决": "explained_accepted",
            "客户签字确认": "customer_signature",
            "来函存档": "letter_filed",
            "网上投诉核实": "verified_with_customer",
            "建单时间": "record_at",
            "重复情形": "repeat_reason",
            "不满原因": "dissatisfaction_reason",
            "催办时间": "remind_at",
            "上报时间": "report_up_at",
            "预处理方案": "pre_handling_plan",
            "应急口径": "emergency_response_script",
            "处理方案": "handling_plan",
            "批量标识": "batch_flag",
            "批量负责人": "batch_handle_by",
            "批量处置时间": "batch_handle_at",
            "处理部门": "handle_by",
            "处理时限": "handling_time_limit",
            "跟踪人": "escalated_track_by",
            "首次跟踪时间": "escalated_track_at",
            "回单时间": "handle_at",
            "转办单位上报时间": "review_report_at",
        },
        "values": {
            "channel": {"10000号": "phone", "营业厅": "visit", "网上营业厅": "website", "掌上营业厅": "website",
                        "信函": "letter", "工信部申诉": "external", "集团转派": "external", "消协转办": "external",
                        "通信管理局转办": "external"},
            "category": {"普通投诉": "", "重大投诉": "major", "重复投诉": "repeat", "批量投诉": "batch",
                         "升级投诉": "escalated"},
            "leapfrog": {"是": True, "否": False},
            "explained_accepted": {"是": True, "否": False},
            "letter_filed": {"已存档": True, "未存档": False},
            "verified_with_customer": {"已回拨核实": True, "未核实": False},
            "repeat_reason": {"处理中再次投诉": "in_progress", "对处理结果不满": "unsatisfied_result"},
            "escalated_track_by": {n: "escalation_handler" for n in center + counter},
        },
        "roles": roles,
        "outcomes": {
            "投诉类型": {"date": "派单时间",
                     "steps": {"普通投诉": "dispatch", "重大投诉": "dispatch", "批量投诉": "dispatch",
                               "重复投诉": "new_ticket", "升级投诉": "escalated_dispatch"}},
        },
    }
    return [dict(r) for r in rows], hand



def e205_s40_property_ticket_system(rng, injected=None):
    """A property-management company's service centre (物业服务中心): complaint tickets in its property system's
    客服工单 module, exported to XLSX. Date spelling: Excel date-time cells.

    Headers written from the source text (step 1):
    工单编号, 项目名称, 房号, 业主姓名, 联系电话, 投诉方式 (来访/来电/信件/电子邮件/业主APP/政府转办), 投诉时间,
    投诉内容, 投诉类别 (一类-服务/二类-工程/三类-第三方), 接待人, 责任部门, 责任人, 通知上级时间, 上级领导,
    登记时间, 处理完成时间, 处理结果, 回访时间, 回访方式 (电话/上门), 回访人, 回访评价 (满意/基本满意/不满意),
    工单状态, 备注.

    读过制度 YAML 后补的列：当场处理 (是/否), 通知人, 上级意见时间, 疑难件 (是/否), 上报经理时间, 经理批示时间,
    转前台时间, 登记人, 回复前台时间, 结果登记时间, 回访情况, 归档时间.
    (通知上级时间 is the report after on-the-spot handling or the notification of an unresolved one: the hand profile
    splits it with `outcomes` on 当场处理. Staff are recorded by name; the hand profile maps the names to posts.)

    42 tickets. Injected (17 cases, 18 hand findings):
      on_spot_handling_reported 1, notify_superior_2h 2 (2h10m-5h), unresolved_in_person_to_superior 1
      (+ notify_superior_2h 1 on the same never-notified case, overdue at the audit date), party_notifies_superior 1
      (another steward notified), superior_opinion_given 1, inform_reception_1h 1, remote_complaint_recorded 1,
      category_for_dispatch 1, hard_or_higher_to_dept_head 1 (12345/集团转办 not reported to the manager),
      record_result_same_day 1 (recorded next morning), revisit_3_days 2 (one revisited after 4-6 days, one handled
      mid-June and never revisited), revisit_by_operations_mgmt 1 (前台 did the call-back), revisit_customer_opinion 1,
      records_archived 1, result_reported 1.
    Traps (no finding): an in-person notification after 1h48m; a phone complaint passed to the front desk after 56 min;
    a result reported 17:4x and recorded the same evening after 20:00; a revisit 2 days 21 h after handling; an
    e-mail complaint handled on 29 June not yet revisited; two tickets still being handled; on-the-spot tickets closed
    right after the front desk typed them in.
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken = set()
    stewards = distinct_names(rng, 6, taken)      # 楼栋管家、秩序/工程现场人员 (当事人)
    hotline = distinct_names(rng, 3, taken)       # 400 客服热线、收发室 (信息接收人员)
    front = distinct_names(rng, 2, taken)         # 物业服务中心前台接待员
    supervisors = distinct_names(rng, 2, taken)   # 客服主管、工程主管 (上级领导)
    heads = distinct_names(rng, 2, taken)         # 服务中心经理 (部门负责人)
    ops = distinct_names(rng, 2, taken)           # 运营管理部回访专员
    projects = ["锦绣华庭", "滨江壹号", "翠湖苑"]
    content_by_cls = {
        "一类投诉": ["管家答应的事情一直没有回复", "保洁未按时清理楼道垃圾", "门岗对访客态度恶劣", "物业费发票迟迟未开"],
        "二类投诉": ["卫生间楼板渗水到楼下", "外墙窗边雨天渗水", "地下车库顶板滴水", "入户门变形关不严"],
        "三类投诉": ["小区外道路施工噪音扰民", "燃气公司改管后路面未恢复", "快递柜公司收费过高", "红线外垃圾站异味"],
    }
    dept_by_cls = {"一类投诉": ["客服部", "环境部", "秩序部"], "二类投诉": ["工程部"], "三类投诉": ["客服部", "工程部"]}
    result_by_cls = {
        "一类投诉": ["已向业主致歉并完成整改", "已约谈责任员工并回复业主", "已补开发票并送达业主"],
        "二类投诉": ["已联系施工单位维修，闭水试验合格", "已重新打胶密封，雨天复查无渗水", "已更换入户门合页并调校"],
        "三类投诉": ["已联系施工方调整夜间作业时间", "已函告燃气公司，路面已恢复", "已与快递柜运营方沟通并向业主说明"],
    }
    violations = {"onspot_unreported", "no_satisfaction", "notify_late", "no_notify", "other_notifier",
                  "no_superior_opinion", "revisit_by_front", "inform_late", "not_recorded", "no_category",
                  "record_late", "revisit_late", "revisit_missing", "not_archived", "no_result", "not_to_head"}

    plan = [("onspot", f) for f in ["ok"] * 5 + ["onspot_unreported", "no_satisfaction"]]
    plan += [("unres", f) for f in ["ok"] * 2 + ["notify_late"] * 2 + ["notify_trap", "no_notify", "other_notifier",
                                                                         "no_superior_opinion", "revisit_by_front", "open"]]
    plan += [("phone", f) for f in ["ok"] * 4 + ["hard_ok", "inform_late", "inform_trap", "not_recorded", "no_category",
                                                 "record_late", "record_trap", "revisit_late", "revisit_missing",
                                                 "revisit_trap", "not_archived", "no_result", "open"]]
    plan += [("letter", "ok")] * 2 + [("email", "ok"), ("email", "recent_open")]
    plan += [("higher", f) for f in ["ok"] * 3 + ["not_to_head"]]
    rng.shuffle(plan)

    def daytime(t):
        return _daytime(rng, t.replace(second=0, microsecond=0), 8, 20)

    stamped = []
    for kind, flag in plan:
        if flag == "open":
            d = date(2025, 6, rng.randint(27, 28))
        elif flag == "recent_open":
            d = date(2025, 6, 26)
        else:
            d = _rand_day(rng, date(2025, 1, 3), date(2025, 6, 18))
        lo_h, hi_h = (8.5, 18.5) if kind in ("onspot", "unres") else (8, 19.5)
        stamped.append((_at(rng, d, lo_h, hi_h), kind, flag))
    stamped.sort(key=lambda x: x[0])

    rows = []
    for i, (t0, kind, flag) in enumerate(stamped, 1):
        no = f"KS-{t0:%Y%m}-{i:03d}"
        cls = pick(rng, [("一类投诉", 5), ("二类投诉", 3), ("三类投诉", 2)])
        channel = {"onspot": ["来访", "现场"], "unres": ["来访", "现场"], "phone": ["来电"], "letter": ["信件"],
                   "email": ["电子邮件"], "higher": ["12345转办", "集团转办"]}[kind]
        r = {
            "工单编号": no, "项目名称": rng.choice(projects),
            "房号": f"{rng.randint(1, 18)}幢{rng.randint(1, 3)}单元{rng.randint(2, 32)}{rng.randint(1, 4):02d}",
            "业主姓名": person_name(rng), "联系电话": mobile(rng), "投诉方式": rng.choice(channel), "投诉时间": t0,
            "接待人": "", "投诉内容": rng.choice(content_by_cls[cls]), "投诉类别": cls, "当场处理": "",
            "通知上级时间": None, "通知人": "", "上级领导": "", "上级意见时间": None, "疑难件": "否",
            "上报经理时间": None, "经理批示时间": None, "转前台时间": None, "登记时间": None, "登记人": "",
            "责任部门": rng.choice(dept_by_cls[cls]), "责任人": person_name(rng), "处理完成时间": None, "处理结果": "",
            "回复前台时间": None, "结果登记时间": None, "回访时间": None, "回访方式": "", "回访人": "",
            "回访情况": "", "回访评价": "", "归档时间": None, "工单状态": "", "备注": "",
        }
        ready = t0                                     # the latest step the handling must follow
        done = None
        if kind in ("onspot", "unres"):
            party = rng.choice(stewards)
            r["接待人"] = party
            r["当场处理"] = "是" if kind == "onspot" else "否"
            rec = t0 + timedelta(minutes=rng.randint(15, 110))
            r["登记时间"], r["登记人"] = rec, rng.choice(front)
            if kind == "onspot":
                if flag != "onspot_unreported":
                    r["通知上级时间"] = t0 + timedelta(minutes=rng.randint(10, 90))
                    r["通知人"] = party
                done = rec + timedelta(minutes=rng.randint(1, 3))
                ready = None
            else:
                if flag != "no_notify":
                    gap = {"notify_late": rng.randint(130, 300), "notify_trap": rng.randint(108, 116)}.get(
                        flag, rng.randint(15, 100))
                    r["通知上级时间"] = t0 + timedelta(minutes=gap)
                    r["通知人"] = rng.choice([s for s in stewards if s != party]) if flag == "other_notifier" else party
                    if flag != "no_superior_opinion":
                        r["上级意见时间"] = r["通知上级时间"] + timedelta(minutes=rng.randint(10, 120))
                        r["上级领导"] = rng.choice(supervisors)
                        ready = r["上级意见时间"]
                    else:
                        ready = r["通知上级时间"]
                ready = max(ready, rec)
        else:
            r["接待人"] = rng.choice(hotline)
            if kind != "higher":
                gap = {"inform_late": rng.randint(80, 240), "inform_trap": rng.randint(55, 59)}.get(
                    flag, rng.randint(5, 50))
                r["转前台时间"] = t0 + timedelta(minutes=gap)
                ready = r["转前台时间"]
            if flag != "not_recorded":
                r["登记时间"] = ready + timedelta(minutes=rng.randint(3, 30))
                r["登记人"] = rng.choice(front)
                ready = r["登记时间"]
            if kind == "higher" or flag == "hard_ok":
                r["疑难件"] = "是"
                r["备注"] = "业主多次反映，已向街道报备" if kind != "higher" else "12345/集团转办件，限期回复"
                if flag != "not_to_head":
                    r["上报经理时间"] = t0 + timedelta(minutes=rng.randint(10, 60))
                    r["经理批示时间"] = r["上报经理时间"] + timedelta(minutes=rng.randint(30, 240))
                    ready = max(ready, r["经理批示时间"])
        if flag == "no_category":
            r["投诉类别"] = ""
        if flag == "open":
            r["工单状态"] = "处理中"
            rows.append(r)
            continue

        if done is None:
            if flag == "recent_open":
                done = datetime(2025, 6, 29, 9, 0) + timedelta(minutes=rng.randint(0, 120))
            else:
                done = daytime(ready + timedelta(minutes=rng.randint(180, 3 * 1440)))
        r["处理完成时间"] = done
        r["处理结果"] = "" if flag == "no_result" else rng.choice(result_by_cls[cls] if kind != "onspot" else
                                                              ["当场解释并处理完毕，业主认可", "当场安排保洁清理完毕",
                                                               "当场联系维修人员处理完毕"])
        if kind == "onspot":
            rep = done + timedelta(minutes=rng.randint(1, 5))
        elif flag == "record_late":
            rep = done.replace(hour=17, minute=rng.randint(30, 55)) if done.hour < 17 else done
        elif flag == "record_trap":
            rep = done.replace(hour=17, minute=rng.randint(40, 58)) if done.hour < 17 else done
        else:
            rep = daytime(done + timedelta(minutes=rng.randint(10, 150)))
        r["回复前台时间"] = rep
        if flag == "record_late":
            recres = (rep + timedelta(days=1)).replace(hour=8, minute=rng.randint(30, 59))
        elif flag == "record_trap":
            recres = rep.replace(hour=20, minute=rng.randint(5, 40))
        else:
            recres = rep + timedelta(minutes=rng.randint(2, 90))
            if recres.date() != rep.date():
                recres = rep + timedelta(minutes=1)
        r["结果登记时间"] = recres
        if flag in ("revisit_missing", "recent_open"):
            r["工单状态"] = "待回访"
            if flag in violations:
                note((no, flag))
            rows.append(r)
            continue
        if flag == "revisit_late":
            rv = daytime(done + timedelta(days=rng.randint(4, 6)))
        elif flag == "revisit_trap":
            rv = done + timedelta(days=2, hours=rng.randint(20, 23))
            rv = rv.replace(minute=0) if rv.hour < 20 else rv.replace(hour=19, minute=rng.randint(0, 30))
        else:
            rv = daytime(max(recres, done) + timedelta(minutes=rng.randint(120, 2 * 1440)))
        assert rv > recres and (flag == "revisit_late" or rv - done < timedelta(days=3)), (no, flag)
        r["回访时间"] = rv
        r["回访方式"] = pick(rng, [("电话", 4), ("上门", 1)])
        r["回访人"] = rng.choice(front) if flag == "revisit_by_front" else rng.choice(ops)
        r["回访情况"] = rng.choice(["业主确认问题已解决", "业主表示处理及时", "复查现场已恢复，业主认可",
                                  "业主认为处理偏慢，但结果接受"])
        r["回访评价"] = "" if flag == "no_satisfaction" else pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)])
        if flag != "not_archived":
            r["归档时间"] = rv + timedelta(minutes=rng.randint(10, 240))
            r["工单状态"] = "已归档"
        else:
            r["工单状态"] = "已回访"
        if flag in violations:
            note((no, flag))
        rows.append(r)

    for r in rows:
        for k, v in r.items():
            if isinstance(v, datetime):
                assert v <= CUTOFF, (r["工单编号"], k)
                r[k] = v.replace(second=0, microsecond=0)

    roles = {n: "party" for n in stewards}
    roles.update({n: "info_receiver" for n in hotline})
    roles.update({n: "reception" for n in front})
    roles.update({n: "superior" for n in supervisors})
    roles.update({n: "dept_head" for n in heads})
    roles.update({n: "operations_mgmt" for n in ops})
    roles.update({d: "responsible_dept" for d in ("客服部", "工程部", "秩序部", "环境部")})
    hand = {
        "procedure": "s40-property-complaint-handling",
        "sheet": "导出",
        "columns": {
            "工单编号": "case_number",
            "投诉方式": "channel",
            "投诉时间": "receive_at",
            "接待人": "receive_by",
            "投诉内容": "content",
            "投诉类别": "category",
            "当场处理": "resolved_on_spot",
            "上级领导": "superior_opinion_by",
            "上级意见时间": "superior_opinion_at",
            "疑难件": "hard_case",
            "上报经理时间": "escalate_to_head_at",
            "经理批示时间": "head_opinion_at",
            "转前台时间": "inform_reception_at",
            "登记时间": "record_dispatch_at",
            "登记人": "record_dispatch_by",
            "责任部门": "handle_by",
            "处理完成时间": "handle_at",
            "处理结果": "result",
            "回复前台时间": "report_result_at",
            "结果登记时间": "record_result_at",
            "回访时间": "revisit_at",
            "回访方式": "revisit_method",
            "回访人": "revisit_by",
            "回访情况": "revisit_result",
            "回访评价": "satisfaction",
            "归档时间": "archive_at",
        },
        "values": {
            "channel": {"来访": "in_person", "现场": "in_person", "来电": "phone", "信件": "letter",
                        "电子邮件": "email", "12345转办": "higher_authority", "集团转办": "higher_authority"},
            "category": {"一类投诉": "class_1", "二类投诉": "class_2", "三类投诉": "class_3"},
            "resolved_on_spot": {"是": True, "否": False},
            "hard_case": {"是": True, "否": False},
            "revisit_method": {"电话": "phone", "上门": "visit"},
        },
        "roles": roles,
        "outcomes": {
            "当场处理": {"date": "通知上级时间", "by": "通知人",
                     "steps": {"是": "report_to_superior", "否": "notify_superior"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("204-s39-telecom-branch-crm.csv", "gb18030", e204_s39_telecom_branch_crm),
    ("205-s40-property-ticket-system.xlsx", "xlsx", e205_s40_property_ticket_system),
]
