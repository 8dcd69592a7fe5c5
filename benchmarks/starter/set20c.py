"""Starter-profile benchmark exports 116-117 (set 20c), written unseen by the mapping guesser's authors.

Each function plays one company's (or bureau's) own complaint system for a procedure and returns (rows, hand
profile); the docstring says which system, the date spelling, what was injected and which columns were added after
reading the procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 116 117    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return None if t is None or t > CUTOFF else t


# --- 116: S39, a telecom branch's complaint work-order export ---------------------------------------------------

def _ts(t):
    """The work-order system's own spelling: 2025/03/04 09:12:33."""
    return t.strftime("%Y/%m/%d %H:%M:%S") if t else None


def _day_shift(t, rng):
    """Field and back-office work happens 08:00-21:00; a time outside moves to the next morning."""
    if t is None:
        return None
    if t.hour < 8:
        return t.replace(hour=8 + rng.randint(0, 2), minute=rng.randint(0, 59))
    if t.hour >= 21:
        return (t + timedelta(days=1)).replace(hour=8 + rng.randint(0, 2), minute=rng.randint(0, 59))
    return t


def e116_s39_branch_work_orders(rng, injected=None):
    """恒通电信 江州分公司 客户服务支撑系统“投诉工单查询”导出（UTF-8 CSV），按 S39《分公司投诉处理管理办法（试行）》审计。
    日期写法：2025/03/04 09:12:33（年/月/日补零，带秒）；“要求办结时限”同样写法。
    组织：客服中心下设 10000号话务组（也接网厅、微信公众号、掌厅APP 的网单和来函登记）、升级投诉组（365×8 专人受理
    工信部申诉中心、省通信管理局、集团客服、消协、12315 转派的投诉）、工单调度组（催单）、投诉处理员；营业厅受理来访；
    处理部门为城东/城西/开发区支局、网络运维部、计费账务中心、政企客户部、市场部。受理人、派单人、跟踪人、批量牵头人
    都写员工姓名（名单由审计人员向客服中心核对，写在 roles 中；升级投诉组的人不写进 roles，因为“跟踪人须是受理人本人”
    要按姓名比较，只在“升级派单”的派单人一列按 values 记为分公司客户中心）。
    处理方式一列是几个环节的结论：派单 / 催单（在途重复，调度组向处理部门催办）/ 重派（结果不满，重新生成工单）/
    升级派单（升级组派单）/ 现场解决（不派单），派单时间、派单人是该环节的时间和办理人（outcomes）。
    读过制度 YAML 后补的列：越级倾向（leapfrog）、重复类型（repeat_reason）、解释认可（explained_accepted）、
    来函存档号（letter_filed）、客户签字（customer_signature）、网单核实（verified_with_customer）、
    预处理方案 / 应答口径 / 处理方案（重大投诉的三项）、跟踪人 / 首次跟踪时间（escalated_track_by/_at）、
    回复转办单位时间（review_report_at）、
    批量事件号 / 批量牵头人 / 批量通报时间（batch_flag、batch_handle_by/_at）。
    注入（15）：工单编号重复 1 对；12315 转办的投诉由 10000号话务员受理（external_to_service_center）；
    来电投诉内容空白；来函没有存档号；营业厅来访客户签字“未签”；网单“未核实”（CK109）；重大投诉没有上报时间；
    重大投诉没有应答口径；有越级倾向的投诉没有上报；结果不满的重复投诉没有记录不满原因；升级投诉超过要求办结时限回单；
    升级投诉由受理人以外的升级组同事跟踪；批量投诉没有批量事件号；批量投诉的牵头人是营业厅受理员；工单标识写“紧急”（取值无效）。
    陷阱（不是违规）：升级投诉在周末由升级组受理（365×8）；升级投诉在时限当天晚于所标时刻回单（时限按日）；
    6月底受理、7月才到时限的升级投诉未回单；升级投诉由另一名升级组同事派单、受理人本人跟踪；批量投诉由网络运维部工程师牵头
    （“投诉处理”部门也可以负责）；来函存档号是档案编号而不是“是”；微信公众号、掌厅APP 的投诉按网站受理；
    在途重复只催单、没有回单；现场解决的投诉不派单（已解释认可并建单）；既是重大投诉又有越级倾向的只上报一次也合规。
    """
    taken: set = set()
    agents = distinct_names(rng, 5, taken)          # 10000号话务组 (also web orders and letters)
    clerks = distinct_names(rng, 3, taken)          # 营业厅受理员
    upgrade = distinct_names(rng, 3, taken)         # 客服中心升级投诉组
    dispatchers = distinct_names(rng, 2, taken)     # 工单调度组
    handlers = distinct_names(rng, 2, taken)        # 分公司投诉处理员
    engineers = distinct_names(rng, 2, taken)       # 网络运维部工程师
    halls = {clerks[0]: "城区营业厅", clerks[1]: "城区营业厅", clerks[2]: "开发区营业厅"}

    specs = []
    # ordinary dispatched tickets by channel, direct resolutions, and the special kinds
    for ch, k in (("phone", 14), ("visit", 5), ("web", 4), ("letter", 3)):
        specs += [{"kind": "ordinary", "ch": ch} for _ in range(k)]
    specs += [{"kind": "direct", "ch": rng.choice(["phone", "phone", "visit"])} for _ in range(6)]
    specs += [{"kind": "major", "ch": "phone"} for _ in range(4)]
    specs += [{"kind": "leapfrog", "ch": rng.choice(["phone", "visit"])} for _ in range(3)]
    specs += [{"kind": "repeat_ip", "ch": "phone"} for _ in range(3)]
    specs += [{"kind": "repeat_un", "ch": "phone"} for _ in range(3)]
    specs += [{"kind": "escalated", "ch": "external"} for _ in range(7)]
    specs += [{"kind": "ext_plain", "ch": "external"}]
    for ev in ("A", "B"):
        specs += [{"kind": "batch", "ch": "phone", "event": ev, "seq": s} for s in range(3)]

    def first(kind, ch=None, k=0):
        return [s for s in specs if s["kind"] == kind and (ch is None or s["ch"] == ch)][k]

    first("ordinary", "phone")["inj"] = "phone_no_content"
    first("ordinary", "phone", 1)["inj"] = "bad_category"
    first("ordinary", "letter")["inj"] = "letter_no_archive"
    first("ordinary", "visit")["inj"] = "visit_unsigned"
    first("ordinary", "web")["inj"] = "web_unverified"
    first("major")["inj"] = "major_not_reported"
    first("major", k=1)["inj"] = "major_no_script"
    first("major", k=2)["trap"] = "major_leapfrog"
    first("leapfrog")["inj"] = "leapfrog_not_reported"
    first("repeat_un")["inj"] = "repeat_no_reason"
    first("escalated")["inj"] = "escalated_late"
    first("escalated", k=1)["inj"] = "escalated_other_tracker"
    first("escalated", k=2)["trap"] = "escalated_same_day"
    first("escalated", k=3)["trap"] = "escalated_open_july"
    first("escalated", k=4)["trap"] = "escalated_weekend"
    first("escalated", k=5)["trap"] = "escalated_other_dispatcher"
    first("ext_plain")["inj"] = "external_by_agent"
    [s for s in specs if s["kind"] == "batch" and s["event"] == "A"][1]["inj"] = "batch_no_flag"
    [s for s in specs if s["kind"] == "batch" and s["event"] == "B"][2]["inj"] = "batch_clerk_lead"
    for s in specs:
        if s["ch"] == "web":
            s["web"] = pick(rng, [("网厅", 2), ("微信公众号", 2), ("掌上营业厅APP", 1)])

    # receive times: spread over 2 Jan .. 29 Jun; batch events share one day; special traps placed by hand
    base = datetime(2025, 1, 2, 0, 0)
    events = {"A": base + timedelta(days=rng.randint(40, 70), hours=9, minutes=rng.randint(0, 50)),
              "B": base + timedelta(days=rng.randint(110, 140), hours=19, minutes=rng.randint(0, 50))}
    for s in specs:
        if s["kind"] == "batch":
            s["t0"] = events[s["event"]] + timedelta(minutes=s["seq"] * rng.randint(6, 25))
        else:
            d = base + timedelta(days=rng.randint(0, 170))
            s["t0"] = d.replace(hour=rng.randint(8, 20), minute=rng.randint(0, 59), second=rng.randint(0, 59))
        if s.get("trap") == "escalated_open_july":
            s["t0"] = datetime(2025, 6, 27, 15, 12, 41)
        if s.get("trap") == "escalated_weekend":
            d = base + timedelta(days=rng.randint(20, 150))
            d += timedelta(days=(5 - d.weekday()) % 7)          # a Saturday
            s["t0"] = d.replace(hour=10, minute=rng.randint(0, 59), second=rng.randint(0, 59))
    specs.sort(key=lambda s: s["t0"])

    services = {"宽带": ["宽带频繁掉线", "宽带网速达不到签约速率", "光猫故障报修三天无人上门", "移机后无法上网"],
                "手机": ["家中室内手机信号差", "套餐外流量扣费异议", "被开通增值业务未经同意", "携号转网受阻"],
                "固话": ["固话杂音大无法通话", "固话欠费停机异议"],
                "IPTV": ["IPTV 频繁卡顿", "IPTV 点播扣费异议"],
                "融合套餐": ["融合套餐降档被拒", "合约到期后资费自动上调", "营销人员承诺赠送宽带未兑现"]}
    dept_for = {"宽带": ["城东支局", "城西支局", "开发区支局", "网络运维部"], "手机": ["网络运维部", "计费账务中心", "市场部"],
                "固话": ["城东支局", "城西支局", "计费账务中心"], "IPTV": ["网络运维部", "计费账务中心"],
                "融合套餐": ["市场部", "计费账务中心", "政企客户部"]}
    results = ["已上门更换光猫，恢复正常", "已核实退还多扣费用", "已调整天线方向，信号改善", "已取消增值业务并退费",
               "已解释资费规则，用户表示理解", "已更换入户线，测速达标", "已协调营销人员兑现承诺", "已为用户办理降档"]
    externals = [("工信部申诉中心", "GXB"), ("省通信管理局", "TGJ"), ("集团客服转派", "JT"), ("消协转办", "XX")]

    rows = []
    seq = {}
    for i, s in enumerate(specs):
        t0, kind, inj, trap = s["t0"], s["kind"], s.get("inj"), s.get("trap")
        service = "宽带" if kind == "batch" else \
            pick(rng, [("宽带", 35), ("手机", 30), ("固话", 8), ("IPTV", 10), ("融合套餐", 17)])
        day_key = t0.strftime("%y%m%d")
        seq[day_key] = seq.get(day_key, 0) + 1
        number = f"TS{day_key}{rng.randint(1, 9)}{seq[day_key]:03d}"
        ch = s["ch"]
        if ch == "phone":
            channel, receiver, intake_dept = "10000号", rng.choice(agents), "10000号话务组"
        elif ch == "visit":
            receiver = rng.choice(clerks)
            channel, intake_dept = "营业厅", halls[receiver]
        elif ch == "web":
            channel, receiver, intake_dept = s["web"], rng.choice(agents), "10000号话务组"
        elif ch == "letter":
            channel, receiver, intake_dept = "来函", rng.choice(agents), "10000号话务组"
        else:
            src, prefix = rng.choice(externals)
            if trap == "escalated_open_july":
                src = "消协转办"          # five days: the limit falls in July
            channel, receiver, intake_dept = src, rng.choice(upgrade), "升级投诉组"
            if inj == "external_by_agent":
                channel, receiver, intake_dept = "12315转办", rng.choice(agents), "10000号话务组"
        content = rng.choice(services[service])
        if kind == "batch":
            content = f"{['翠湖花园', '东方新城'][s['event'] == 'B']}小区宽带大面积中断"
        record = t0 + timedelta(minutes=rng.randint(3, 18), seconds=rng.randint(0, 59))
        r = Case({
            "工单编号": number, "受理时间": _ts(t0), "受理渠道": channel, "受理人": receiver, "受理部门": intake_dept,
            "客户姓名": person_name(rng), "联系电话": mobile(rng),
            "业务号码": (f"0523{rng.randint(10000000, 99999999)}" if service in ("宽带", "固话", "IPTV") else mobile(rng)),
            "业务类型": service, "投诉内容": content, "工单标识": "普通", "越级倾向": "无", "重复类型": None,
            "原工单号": None, "不满原因": None, "解释认可": None, "建单时间": _ts(record), "处理方式": "派单",
            "派单时间": None, "派单人": None, "处理部门": None, "要求办结时限": None, "回单时间": None, "处理结果": None,
            "上报时间": None, "预处理方案": None, "应答口径": None, "处理方案": None, "外部单号": None,
            "跟踪人": None, "首次跟踪时间": None,
            "回复转办单位时间": None, "批量事件号": None, "批量牵头人": None, "批量通报时间": None,
            "来函存档号": None, "客户签字": None, "网单核实": None, "工单状态": None, "归档时间": None, "满意度": None,
        })
        if ch == "letter":
            r["来函存档号"] = f"JZ-LH-2025-{rng.randint(1, 120):03d}"
        if ch == "visit":
            r["客户签字"] = "已签"
        if ch == "web":
            r["网单核实"] = "已核实"

        # when the ticket goes out: report up first (major / leapfrog), then dispatch
        t = record
        if kind == "major" or kind == "leapfrog":
            t = record + timedelta(minutes=rng.randint(8, 45), seconds=rng.randint(0, 59))
            r["上报时间"] = _ts(t)
        if kind == "major":
            r["工单标识"] = "重大投诉"
            r["预处理方案"] = rng.choice(["先行恢复用户业务，安排专人对接", "抢修期间每两小时向用户通报进度", "暂停扣费，核查计费数据"])
            r["应答口径"] = rng.choice(["对给您带来的不便深表歉意，我司已成立专项小组处理", "目前故障正在全力抢修，预计今日内恢复"])
            r["处理方案"] = rng.choice(["网络运维部牵头排查，支局配合上门", "计费账务中心复核话单，确认后全额退费", "市场部与用户协商补偿方案"])
            content = r["投诉内容"] = rng.choice(["基站故障致整栋楼手机无信号超过24小时", "企业专线中断影响用户生产经营",
                                               "用户称将向媒体曝光乱扣费问题", "用户账户被盗办理多张副卡"])
        if kind == "leapfrog" or trap == "major_leapfrog":
            r["越级倾向"] = "有"
        dispatch = t + timedelta(minutes=rng.randint(2, 35), seconds=rng.randint(0, 59))
        dispatcher = receiver
        handle_dept = rng.choice(dept_for[service])
        limit = None

        if kind == "direct":
            r["处理方式"] = "现场解决"
            r["解释认可"] = "是"
            r["处理结果"] = rng.choice(["已向用户解释资费构成，用户认可", "现场重置密码，用户认可", "已解释停机原因，用户认可"])
            r["工单状态"] = "已归档"
            r["归档时间"] = _ts(record + timedelta(minutes=rng.randint(5, 40)))
            dispatch = None
        elif kind == "repeat_ip":
            r["工单标识"] = "重复投诉"
            r["重复类型"] = "在途重复"
            r["处理方式"] = "催单"
            dispatcher = rng.choice(dispatchers)
            dispatch = record + timedelta(minutes=rng.randint(10, 90), seconds=rng.randint(0, 59))
            r["处理结果"] = "已向处理部门催办，告知用户处理进度"
            r["工单状态"] = "已催办"
        elif kind == "repeat_un":
            r["工单标识"] = "重复投诉"
            r["重复类型"] = "结果不满"
            r["处理方式"] = "重派"
            r["不满原因"] = rng.choice(["上门维修后两天内再次掉线", "只退还一半费用，用户要求全额退", "处理人员未联系用户就回单"])
        elif kind in ("escalated",):
            r["工单标识"] = "升级投诉"
            r["处理方式"] = "升级派单"
            src_prefix = dict(externals)[channel]
            r["外部单号"] = f"{src_prefix}2025{rng.randint(10000, 99999)}"
            dispatcher = receiver if trap != "escalated_other_dispatcher" else \
                rng.choice([u for u in upgrade if u != receiver])
            days = 3 if channel in ("工信部申诉中心", "省通信管理局") else 5
            limit = (dispatch + timedelta(days=days)).replace(hour=17, minute=0, second=0)
            r["要求办结时限"] = _ts(limit)
            r["跟踪人"] = receiver
            if inj == "escalated_other_tracker":
                r["跟踪人"] = rng.choice([u for u in upgrade if u != receiver])
        elif kind == "batch":
            r["工单标识"] = "批量投诉"
            ev = s["event"]
            r["批量事件号"] = f"PL{events[ev].strftime('%Y%m%d')}-0{1 if ev == 'A' else 2}"
            r["批量牵头人"] = engineers[0] if ev == "A" else handlers[0]
            r["批量通报时间"] = _ts(events[ev] + timedelta(minutes=rng.randint(12, 30)))
            handle_dept = "网络运维部"
            if inj == "batch_no_flag":
                r["批量事件号"] = None
            if inj == "batch_clerk_lead":
                r["批量牵头人"] = clerks[2]

        # handling
        if dispatch is not None:
            r["派单时间"] = _ts(dispatch)
            r["派单人"] = dispatcher
        if dispatch is not None and kind != "repeat_ip":
            r["处理部门"] = handle_dept
            handle = dispatch + timedelta(hours=rng.uniform(3, 70))
            if limit is not None:
                handle = min(handle, limit - timedelta(hours=rng.uniform(2, 30)))
                handle = max(handle, dispatch + timedelta(hours=2))
                if inj == "escalated_late":
                    handle = limit + timedelta(days=rng.randint(1, 3), hours=rng.randint(1, 4))
                if trap == "escalated_same_day":
                    handle = limit + timedelta(hours=1, minutes=rng.randint(10, 50))
            handle = _day_shift(handle.replace(microsecond=0), rng)
            if limit is not None and inj != "escalated_late" and trap != "escalated_same_day" \
                    and handle.date() > limit.date():
                handle = limit.replace(hour=rng.randint(9, 15), minute=rng.randint(0, 59), second=rng.randint(0, 59))
            if trap == "escalated_open_july":
                handle = None
            handle = _cap(handle)
            if handle is not None:
                r["回单时间"] = _ts(handle)
                r["处理结果"] = rng.choice(results)
                if limit is not None:
                    track = dispatch + timedelta(minutes=rng.randint(30, 300), seconds=rng.randint(0, 59))
                    track = _day_shift(track, rng)
                    if track > handle - timedelta(minutes=20):
                        track = dispatch + timedelta(minutes=rng.randint(10, 40))
                    r["首次跟踪时间"] = _ts(track)
                    rep = _cap(_day_shift(handle + timedelta(hours=rng.uniform(1, 20)), rng))
                    r["回复转办单位时间"] = _ts(rep.replace(microsecond=0)) if rep else None
                done = _cap(_day_shift(handle + timedelta(days=rng.randint(1, 4), hours=rng.uniform(-3, 3)), rng))
                r["工单状态"] = "已归档" if done else "待回访"
                r["归档时间"] = _ts(done.replace(microsecond=0)) if done else None
                r["满意度"] = pick(rng, [("满意", 7), ("基本满意", 2), ("不满意", 1), ("", 2)]) if done else None
            else:
                r["工单状态"] = "处理中"
                if limit is not None:
                    r["首次跟踪时间"] = _ts(_day_shift(dispatch + timedelta(minutes=rng.randint(30, 300)), rng))

        # the remaining injections
        if inj == "phone_no_content":
            r["投诉内容"] = None
        if inj == "bad_category":
            r["工单标识"] = "紧急"
        if inj == "letter_no_archive":
            r["来函存档号"] = None
        if inj == "visit_unsigned":
            r["客户签字"] = "未签"
        if inj == "web_unverified":
            r["网单核实"] = "未核实"
        if inj in ("major_not_reported", "leapfrog_not_reported"):
            r["上报时间"] = None
        if inj == "major_no_script":
            r["应答口径"] = None
        if inj == "repeat_no_reason":
            r["不满原因"] = None
        s["row"] = r
        rows.append(r)

    # repeats point at an earlier dispatched ticket
    for i, s in enumerate(specs):
        if s["kind"] in ("repeat_ip", "repeat_un"):
            earlier = [o["row"]["工单编号"] for o in specs[:i] if o["kind"] == "ordinary"]
            s["row"]["原工单号"] = rng.choice(earlier) if earlier else None

    # the duplicate: an ordinary ticket takes the number of the row before it (re-imported from the web channel)
    busy = {i for i, s in enumerate(specs) if s.get("inj") or s.get("trap") or s["kind"] != "ordinary"}
    dup = next(k for k in range(20, len(specs)) if k not in busy and k - 1 not in busy)
    rows[dup]["工单编号"] = rows[dup - 1]["工单编号"]

    if injected is not None:
        injected += [(rows[dup]["工单编号"], "duplicate")]
        injected += [(s["row"]["工单编号"], s["inj"]) for s in specs if s.get("inj")]

    # the upgrade group's names stay out of `roles`: 跟踪人 must be the same person as 受理人, so both columns keep names
    # (a role mapping would compare roles, not people); they are branch_service_center only as 升级派单's dispatcher
    roles = {**{v: "intake" for v in agents + clerks},
             **{v: "dispatch_dept" for v in dispatchers},
             **{v: "complaint_handler" for v in handlers},
             **{v: "handling_dept" for v in engineers},
             **{d: "handling_dept" for d in ("城东支局", "城西支局", "开发区支局", "网络运维部", "计费账务中心",
                                             "政企客户部", "市场部")}}
    hand = {
        "procedure": "s39-telecom-branch-complaints",
        "columns": {
            "工单编号": "case_number",
            "受理时间": "receive_at",
            "受理渠道": "channel",
            "受理人": "receive_by",
            "投诉内容": "content",
            "工单标识": "category",
            "越级倾向": "leapfrog",
            "重复类型": "repeat_reason",
            "不满原因": "dissatisfaction_reason",
            "解释认可": "explained_accepted",
            "建单时间": "record_at",
            "处理部门": "handle_by",
            "要求办结时限": "handling_time_limit",
            "回单时间": "handle_at",
            "上报时间": "report_up_at",
            "预处理方案": "pre_handling_plan",
            "应答口径": "emergency_response_script",
            "处理方案": "handling_plan",
            "跟踪人": "escalated_track_by",
            "首次跟踪时间": "escalated_track_at",
            "回复转办单位时间": "review_report_at",
            "批量事件号": "batch_flag",
            "批量牵头人": "batch_handle_by",
            "批量通报时间": "batch_handle_at",
            "来函存档号": "letter_filed",
            "客户签字": "customer_signature",
            "网单核实": "verified_with_customer",
        },
        "values": {
            "channel": {"10000号": "phone", "营业厅": "visit", "网厅": "website", "微信公众号": "website",
                        "掌上营业厅APP": "website", "来函": "letter", "工信部申诉中心": "external",
                        "省通信管理局": "external", "集团客服转派": "external", "消协转办": "external",
                        "12315转办": "external"},
            "category": {"普通": "", "重大投诉": "major", "重复投诉": "repeat", "批量投诉": "batch",
                         "升级投诉": "escalated"},
            "leapfrog": {"有": True, "无": False},
            "repeat_reason": {"在途重复": "in_progress", "结果不满": "unsatisfied_result"},
            "explained_accepted": {"是": True, "否": False},
            "verified_with_customer": {"已核实": True, "未核实": False},
            "escalated_dispatch_by": {v: "branch_service_center" for v in upgrade},
        },
        "roles": roles,
        "outcomes": {
            "处理方式": {"date": "派单时间", "by": "派单人",
                     "steps": {"派单": "dispatch", "催单": "remind", "重派": "new_ticket",
                               "升级派单": "escalated_dispatch"}},
        },
    }
    return rows, hand


# --- 117: S43, a city construction-quality supervision station's complaint register -------------------------------

def e117_s43_station_register(rng, injected=None):
    """港城市建设工程质量监督站 投诉科《工程质量投诉登记台账》（XLSX，市站汇总本站及临港区、北湖县、南溪县三个质监站的登记），
    按 S43《江苏省建设工程质量投诉处理规定》（摘要）审计。
    日期写法：Excel 日期单元格（只有日期）。来源：来访 / 来信 / 12345转办 / 省总站转办 / 网上信访。
    问题类别写具体问题（屋面渗漏、墙体裂缝、外墙保温脱落……都是质量问题；购房合同纠纷、延期交房、相邻采光纠纷、拆迁补偿、
    安置房分配、阻止邻里建房不是质量投诉）。立案情况一列是结论：立案 / 转举报处理 / 不予立案，决定日期是该环节的日期（outcomes）。
    办案负责人写姓名；负责人签字写站长（副站长）姓名。接待机构、承办机构不写进 roles（本台账只有投诉处理机构，两列按机构名
    比较是否同一机构；写成同一角色就无从比较）。
    读过制度 YAML 后补的列：署名（anonymous）、直接利害关系（direct_interest）、诉讼情况（in_judicial_process）、
    投诉目的 / 请求处理事项（原只有“投诉事项”“诉求”）、联合处理 / 会同部门（needs_joint_handling、joint_depts）、
    接待机构 / 承办机构（review_by、handle_by）、不予立案告知书送达日期（guide_to_court_at）、报省总站备案日期。
    注入（13）：登记号重复 1 对；购房合同纠纷予以立案（同时没有引导起诉）；匿名来信予以立案（同时没有身份证号）；已向法院起诉的投诉予以立案；
    与投诉人没有直接利害关系的投诉作为质量投诉立案（同时没有转举报处理）；实名、有直接利害关系的屋面渗漏投诉不予立案；
    拆迁补偿诉求不予立案却没有送达告知书（没有引导起诉）；结案没有负责人签字；省总站转办的投诉结案后没有报省总站备案；
    需联合处理却没有写会同部门；北湖县站接待、市站承办（非省转办）；实名投诉人没有身份证号；没有证据材料。
    另一封匿名来信正确地不予立案，但没有身份证明，审计照例报告 show_identity（投诉时应出示身份证明，对每件投诉适用）。
    陷阱（不是违规）：12345转办的结案案件没有报省总站备案（只有省总站转办的要备案）；省总站转办的案件由市站接收、南溪县站承办
    （省转办不适用“由接到投诉的机构处理”）；省总站转办、尚未结案的案件没有备案；没有直接利害关系的转举报处理、不立案；
    已起诉的投诉不予立案；超过保修期的工程仍立案（本规定没有以保修期为立案条件）；未结案的案件没有负责人签字；
    联合处理为“否”的没有会同部门。
    """
    taken: set = set()
    officers = distinct_names(rng, 5, taken)        # 办案负责人
    heads = distinct_names(rng, 4, taken)           # 市站站长、副站长及县（区）站站长
    head_of = {"市站": heads[0], "临港区站": heads[2], "北湖县站": heads[3], "南溪县站": heads[1]}

    quality = ["屋面渗漏", "墙体裂缝", "地面空鼓起砂", "外墙保温脱落", "楼板裂缝", "地下室渗水", "卫生间渗漏",
               "房屋不均匀沉降", "外窗渗水"]
    non_quality = {"购房合同纠纷": "real_estate_dispute", "延期交房": "real_estate_dispute",
                   "相邻采光纠纷": "neighbour_dispute", "拆迁补偿": "demolition_compensation",
                   "安置房分配": "demolition_resettlement", "阻止邻里建房": "obstruct_construction"}
    projects = [("滨江华府", "港城置业有限公司", "江苏华建建设集团有限公司"), ("翠湖湾二期", "港城城投地产公司", "南通三建集团"),
                ("北湖新村安置房", "北湖县城建公司", "北湖县建筑安装工程公司"), ("临港人才公寓", "临港开发投资公司", "中建八局三公司"),
                ("南溪锦园", "南溪恒泰房地产公司", "江苏南溪建工集团"), ("海韵名邸", "港城海韵置业公司", "苏中建设集团"),
                ("市第二人民医院门诊楼", "港城市卫健委", "江苏省建筑工程集团"), ("城南实验小学", "港城市教育局", "港城一建")]
    reasons = {"屋面渗漏": "顶层卧室雨天漏水，墙面发霉", "墙体裂缝": "客厅墙体出现多条斜向裂缝", "地面空鼓起砂": "入户地面大面积空鼓起砂",
               "外墙保温脱落": "外墙保温层成片脱落，砸坏楼下车辆", "楼板裂缝": "楼板贯通裂缝，楼上渗水", "地下室渗水": "地下车库长期渗水积水",
               "卫生间渗漏": "卫生间向楼下渗漏", "房屋不均匀沉降": "房屋沉降导致门窗变形", "外窗渗水": "外窗窗框四周渗水"}
    joint_choices = ["住建局房屋安全管理处", "城管局", "自然资源和规划局", "市场监管局", "消防救援支队"]

    specs = [{"kind": "quality"} for _ in range(34)]
    specs += [{"kind": "nonq"} for _ in range(6)]
    specs += [{"kind": "report"} for _ in range(3)]
    specs += [{"kind": "anon"}, {"kind": "court"}]
    specs += [{"kind": "quality", "src": "省总站转办"} for _ in range(4)]
    specs += [{"kind": "quality", "src": "12345转办"} for _ in range(3)]
    n = len(specs)
    rng.shuffle(specs)

    def nth(pred, k=0):
        return [s for s in specs if pred(s)][k]

    plain = rng.sample([s for s in specs if s["kind"] == "quality" and "src" not in s], 13)
    for s, what in zip(plain, ["register_real_estate",       # becomes a 购房合同纠纷 that is registered
                               "register_anonymous", "register_in_court", "register_no_interest",
                               "quality_not_registered", "no_head_signature", "joint_no_depts", "other_body_handles",
                               "no_id_number", "no_evidence"]):
        s["inj"] = what
    plain[10]["trap"] = "out_of_warranty"
    plain[11]["trap"] = plain[12]["trap"] = "joint_ok"
    nth(lambda s: s["kind"] == "nonq", 0)["inj"] = "nonq_no_notice"
    prov = [s for s in specs if s.get("src") == "省总站转办"]
    prov[0]["inj"] = "province_not_reported"
    prov[1]["trap"] = "province_other_body"
    prov[2]["trap"] = "province_open"

    # reception days: working days 3 Jan .. 20 Jun, in register order
    days = []
    d = datetime(2025, 1, 3)
    while d <= datetime(2025, 6, 20):
        if d.weekday() < 5 and not (datetime(2025, 1, 28) <= d <= datetime(2025, 2, 4)):
            days.append(d)
        d += timedelta(days=1)
    picked = sorted(rng.sample(days, n))
    for s in specs:
        if s.get("trap") == "province_open":
            s["late"] = True
    late = [s for s in specs if s.get("late")]
    order = [s for s in specs if not s.get("late")] + late     # the open transferred case lands in June
    rows = []
    seq = 0
    for s, day in zip(order, picked):
        seq += 1
        kind, inj, trap = s["kind"], s.get("inj"), s.get("trap")
        body = pick(rng, [("市站", 5), ("临港区站", 2), ("北湖县站", 2), ("南溪县站", 2)])
        src = s.get("src") or pick(rng, [("来访", 6), ("来信", 2), ("网上信访", 1)])
        if src == "省总站转办":
            body = "市站"
        proj, owner, builder = rng.choice(projects)
        name = person_name(rng)
        idno = (f"3206{rng.randint(10, 99)}19{rng.randint(55, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
                f"{rng.randint(1000, 9999)}")
        cat = rng.choice(quality)
        relation = pick(rng, [("房屋业主", 7), ("承租人", 1), ("业主委托代理人", 1)])
        direct = "有"
        signed = "实名"
        court = "无"
        decision = "立案"
        if kind == "nonq":
            cat = rng.choice(list(non_quality))
            decision = "不予立案"
            if inj == "nonq_no_notice":
                cat = "拆迁补偿"
        if kind == "report":
            relation = rng.choice(["附近居民（无房产）", "网友", "路过群众"])
            direct, decision = "无", "转举报处理"
        if kind == "anon":
            signed, name, idno, decision = "匿名", None, None, "不予立案"
            src = "来信"
        if kind == "court":
            court, decision = "已向法院起诉", "不予立案"
        if inj == "register_real_estate":
            cat = "购房合同纠纷"
        if inj == "register_anonymous":
            signed, name, idno, src = "匿名", None, None, "来信"
        if inj == "register_in_court":
            court = "法院已受理"
        if inj == "register_no_interest":
            relation, direct = "相邻小区居民", "无"
        if inj == "quality_not_registered":
            decision = "不予立案"
        if inj == "no_id_number":
            idno = None
        decide = day + timedelta(days=rng.randint(1, 6))
        project_state = "保修期内" if kind != "nonq" else "已交付"
        if trap == "out_of_warranty":
            project_state = "超过保修期"
        if rng.random() < 0.15 and kind == "quality" and not inj and not trap:
            project_state = "在建"
        quality_case = cat in quality
        r = Case({
            "登记号": f"港质投[2025]{seq:03d}号", "来源": src, "接待日期": day, "接待机构": body,
            "投诉人": name, "身份证号": idno, "联系电话": mobile(rng) if name else None, "署名": signed,
            "与被投诉工程关系": relation, "直接利害关系": direct,
            "工程名称": proj, "工程地址": f"港城市{rng.choice(['海港路', '通江大道', '北湖路', '南溪镇人民路'])}{rng.randint(1, 399)}号",
            "建设单位": owner, "施工单位": builder, "工程状态": project_state, "问题类别": cat,
            "投诉理由": reasons.get(cat) or {"购房合同纠纷": "开发商交付面积与合同不符", "延期交房": "开发商逾期交房半年",
                                             "相邻采光纠纷": "新建楼房遮挡我家采光", "拆迁补偿": "拆迁补偿款低于评估价",
                                             "安置房分配": "安置房楼层分配不公", "阻止邻里建房": "邻居翻建房屋影响我家"}[cat],
            "投诉目的": "要求责令施工单位维修" if quality_case else "要求主管部门出面解决",
            "请求处理事项": rng.choice(["维修并赔偿损失", "鉴定房屋安全", "责令整改", "查处施工单位"]) if quality_case
            else rng.choice(["退还房款", "增加补偿", "重新分配", "责令停工"]),
            "证据材料": rng.choice(["现场照片8张", "照片及购房合同复印件", "检测报告1份、照片", "视频、照片", "维修记录及照片"]),
            "诉讼情况": court, "立案情况": decision, "决定日期": decide, "不予立案告知书送达日期": None,
            "联合处理": "否", "会同部门": None, "承办机构": None, "处理意见日期": None, "办案负责人": None,
            "报省总站备案日期": None, "结案日期": None, "负责人签字": None, "备注": None,
        })
        if inj == "no_evidence":
            r["证据材料"] = None
        if src == "省总站转办":
            r["备注"] = f"省总站转办单 苏质投转〔2025〕{rng.randint(10, 99)}号"
        if decision == "不予立案" and kind == "nonq" and inj != "nonq_no_notice":
            r["不予立案告知书送达日期"] = decide + timedelta(days=rng.randint(1, 5))
            r["备注"] = "已告知可依法向人民法院起诉"
        if decision == "不予立案" and kind == "court":
            r["备注"] = "已进入诉讼程序，不予立案"
        if decision == "不予立案" and kind == "anon":
            r["备注"] = "匿名来信，不予立案，存档"
        if decision == "转举报处理":
            r["备注"] = "无直接利害关系，转举报件办理"
        if decision == "立案":
            handler = body
            if trap == "province_other_body":
                handler = "南溪县站"
            if inj == "other_body_handles":
                r["接待机构"] = "北湖县站"
                handler = "市站"
            r["承办机构"] = handler
            officer = rng.choice(officers)
            r["办案负责人"] = officer
            if trap == "joint_ok" or inj == "joint_no_depts":
                r["联合处理"] = "是"
                r["会同部门"] = "、".join(rng.sample(joint_choices, 2)) if trap == "joint_ok" else None
            handle = decide + timedelta(days=rng.randint(8, 35))
            close = handle + timedelta(days=rng.randint(3, 20))
            if trap == "province_open":
                handle = decide + timedelta(days=rng.randint(4, 8))
                close = None
            if handle > CUTOFF:
                handle = close = None
            if close is not None and close > CUTOFF:
                close = None
            if inj in ("no_head_signature", "province_not_reported", "joint_no_depts") and close is None:
                handle = decide + timedelta(days=10)
                close = handle + timedelta(days=3)
            r["处理意见日期"] = handle
            r["结案日期"] = close
            if close is not None:
                r["负责人签字"] = head_of[handler]
                if src == "省总站转办":
                    r["报省总站备案日期"] = close - timedelta(days=rng.randint(0, 2))
                    if r["报省总站备案日期"] < handle:
                        r["报省总站备案日期"] = handle
            if inj == "no_head_signature":
                r["负责人签字"] = None
            if inj == "province_not_reported":
                r["报省总站备案日期"] = None
        s["row"] = r
        rows.append(r)

    busy = {i for i, s in enumerate(order) if s.get("inj") or s.get("trap") or s["kind"] != "quality"}
    dup = next(k for k in range(25, n) if k not in busy and k - 1 not in busy)
    rows[dup]["登记号"] = rows[dup - 1]["登记号"]

    if injected is not None:
        injected += [(rows[dup]["登记号"], "duplicate")]
        injected += [(s["row"]["登记号"], s["inj"]) for s in order if s.get("inj")]
        injected += [(s["row"]["登记号"], "anonymous_no_id (expected)") for s in order if s["kind"] == "anon"]

    hand = {
        "procedure": "s43-jiangsu-construction-quality-complaints",
        "columns": {
            "登记号": "case_number",
            "来源": "transferred_by_province",
            "接待日期": "review_at",
            "接待机构": "review_by",
            "投诉人": "complainant",
            "身份证号": "id_number",
            "署名": "anonymous",
            "与被投诉工程关系": "interest_relation",
            "直接利害关系": "direct_interest",
            "问题类别": "category",
            "投诉理由": "complaint_reason",
            "投诉目的": "complaint_purpose",
            "请求处理事项": "demand",
            "证据材料": "evidence",
            "诉讼情况": "in_judicial_process",
            "不予立案告知书送达日期": "guide_to_court_at",
            "联合处理": "needs_joint_handling",
            "会同部门": "joint_depts",
            "承办机构": "handle_by",
            "处理意见日期": "handle_at",
            "办案负责人": "close_by",
            "报省总站备案日期": "report_to_province_at",
            "结案日期": "close_at",
            "负责人签字": "head_signature",
        },
        "values": {
            "transferred_by_province": {"省总站转办": True, "来访": False, "来信": False, "网上信访": False,
                                        "12345转办": False},
            "anonymous": {"匿名": True, "实名": False},
            "direct_interest": {"有": True, "无": False},
            "in_judicial_process": {"无": False, "已向法院起诉": True, "法院已受理": True},
            "needs_joint_handling": {"是": True, "否": False},
            "category": {**{q: "quality" for q in quality}, **non_quality},
        },
        # the bodies stay out of `roles`: 承办机构 must be the body that received the complaint (接待机构), compared by
        # name; mapped to one role, every pair would look the same
        "roles": {o: "case_officer" for o in officers},
        "outcomes": {
            "立案情况": {"date": "决定日期", "steps": {"立案": "register", "转举报处理": "handle_as_report"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("116-s39-branch-complaint-work-orders.csv", "utf-8", e116_s39_branch_work_orders),
    ("117-s43-quality-station-complaint-register.xlsx", "xlsx", e117_s43_station_register),
]
