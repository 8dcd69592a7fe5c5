"""Starter-profile benchmark exports 294-295 (set fiftieth, b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 294 295    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened
FIRST_DAY = date(2025, 3, 3)
LAST_DAY = date(2025, 6, 24)


def _iso_s(t):
    return None if t is None else t.strftime("%Y-%m-%d %H:%M:%S")


def _day_time(rng, d, lo=8, hi=19):
    """A time on date d between lo and hi o'clock, whole minutes."""
    return datetime(d.year, d.month, d.day, rng.randint(lo, hi - 1), rng.randint(0, 59))


def _random_day(rng, first=FIRST_DAY, last=LAST_DAY):
    return first + timedelta(days=rng.randint(0, (last - first).days))


def _in_hours(t, first=8, last=21):
    """Moves a time outside working hours to the next morning (staff enter steps while on duty)."""
    t = t.replace(second=0, microsecond=0)
    if t.hour < first:
        return t.replace(hour=first, minute=t.minute % 30 + 5)
    if t.hour >= last:
        return (t + timedelta(days=1)).replace(hour=first, minute=t.minute % 30 + 5)
    return t


def _open(t):
    """None for a step that had not happened by the export's cutoff."""
    return None if t is None or t > CUTOFF else t


# ------------------------------------------------------------------------------------------------------------
# 294: S39, a city telecom branch's complaint work-order system (CSV, GB18030)
# ------------------------------------------------------------------------------------------------------------

def e294_s39_branch_ticket_system(rng, injected=None):
    """某电信市分公司“客户投诉工单系统”的工单导出（CSV，GB18030 编码），日期写作 2025-03-04 09:05:00（系统自动带秒）。

    一行一张投诉工单。营业厅、10000号热线、网上营业厅、信函（综合办公室收信登记）和外部转派（工信部申诉中心、省通信管理局、集团10000号、
    市消协）都在这套系统里建单；外部转派的升级投诉由分公司客户服务中心受理、派单。

    读制度 YAML 之前写下的表头（只读了种子 004 中《分公司投诉处理管理办法（试行）》原文）：工单流水号、受理时间、受理渠道、
    受理部门、受理员工、客户姓名、联系电话、业务号码、投诉分类、投诉内容摘要、是否现场解决、派单时间、承办部门、承办人、
    要求完成时限、回单时间、处理结果、客户签字确认、上报时间、原工单号、不满原因、批量标识、工单状态、归档时间。

    读过制度 YAML 后补的列：建单时间（“如实记录投诉信息”的时间：受理时间是来电/来访/收信/收到转派的时刻，建单是把投诉
    录成工单的时刻，来函往往晚几个小时）；派单部门（升级投诉须由客户服务中心派单，要知道派单的是哪个部门）；越级倾向
    （有越级投诉记录或越级倾向的须生成工单并上报）；核对客户资料（网上营业厅的投诉须电话核对客户资料和投诉内容）。

    注入的违规（按规则 id 计数，共 16）：escalated_handled_by_marked_limit 4（3 张升级投诉在工单标明的时限日之后才回单，
    1 张时限已过、截至导出仍在处理中）、external_to_service_center 3（工信部/管局转派的投诉由政企客户部、市场部直接受理）、
    escalated_dispatched_by_service_center 2（其中两张又由政企客户部、市场部自己派单；第三张转回客户服务中心派单）、
    major_reported_up 3（重大投诉没有上报时间）、report_up-dispatch 2（重大投诉先派单、几个小时后才上报）、
    website_verified_with_customer 2（网厅投诉建单后“未核对”客户资料）。

    陷阱：升级投诉在时限当天 18:00 之后、24:00 之前回单（时限按日计，不算逾期）；一张升级投诉截至导出仍在处理，时限在
    7 月 3 日；一张升级投诉周日由客户服务中心受理（365×8 小时值守）；一般投诉回单晚于系统给的要求完成时限（制度只对升级
    投诉规定按工单时限处理）；一张重大投诉上报与派单在同一分钟；越级倾向的投诉都已建单并上报；6 月 30 日上午的网厅留言
    尚未建单、也未核对；营业厅当场解释解决的投诉只建单不派单。
    """
    taken: set = set()
    staff_intake = {
        "人民路营业厅": distinct_names(rng, 2, taken),
        "开发区营业厅": distinct_names(rng, 2, taken),
        "10000号客服热线": distinct_names(rng, 3, taken),
        "网厅在线客服": distinct_names(rng, 2, taken),
        "综合办公室": distinct_names(rng, 1, taken),
        "客户服务中心": distinct_names(rng, 2, taken),
        "政企客户部": distinct_names(rng, 1, taken),
        "市场部": distinct_names(rng, 1, taken),
    }
    handlers = {
        "网络维护中心": distinct_names(rng, 2, taken),
        "装维服务中心": distinct_names(rng, 3, taken),
        "计费账务中心": distinct_names(rng, 2, taken),
        "市场部": distinct_names(rng, 1, taken),
        "政企客户部": distinct_names(rng, 1, taken),
    }

    channel_dept = {"营业厅": None, "10000号": "10000号客服热线", "网上营业厅": "网厅在线客服", "信函": "综合办公室"}
    external_labels = ["工信部申诉中心转办", "省通信管理局转办", "集团10000号转派", "市消协转办"]

    topics = {
        "网络维护中心": ["小区宽带晚间频繁掉线", "4G信号弱室内无法通话", "光猫频繁重启上网中断", "IPTV卡顿花屏"],
        "装维服务中心": ["宽带新装超过约定时间未上门", "装维人员上门迟到态度差", "移机后一周未恢复使用", "报障后装维未按预约上门"],
        "计费账务中心": ["套餐外流量费用与告知不符", "已退订增值业务仍在扣费", "融合套餐月租多收", "销户后仍产生月租"],
        "市场部": ["营业员办理套餐时未告知合约期", "宣传的赠送话费未到账", "营销短信退订后仍发送"],
        "政企客户部": ["专线中断影响门店收银", "企业宽带合同到期后未按约续费"],
    }

    def dept_for_topic():
        return pick(rng, [("网络维护中心", 4), ("装维服务中心", 4), ("计费账务中心", 3), ("市场部", 2)])

    # ---- case specifications -------------------------------------------------------------------------------
    specs = []
    # ordinary complaints (一般投诉)
    for k in range(17):
        ch = pick(rng, [("营业厅", 5), ("10000号", 8), ("网上营业厅", 4), ("信函", 2)])
        specs.append({"kind": "一般投诉", "channel": ch})
    # on-the-spot explained and resolved at the counter / on the phone
    for ch in ["营业厅", "营业厅", "10000号", "10000号"]:
        specs.append({"kind": "一般投诉", "channel": ch, "on_spot": True})
    # website complaints whose details were not verified with the customer (injected)
    specs.append({"kind": "一般投诉", "channel": "网上营业厅", "verified": "未核对", "inj": ["website_verified_with_customer"]})
    specs.append({"kind": "一般投诉", "channel": "网上营业厅", "verified": "未核对", "inj": ["website_verified_with_customer"]})
    # ordinary complaints handled after the system's own time limit (trap: no rule for ordinary ones)
    specs.append({"kind": "一般投诉", "channel": "10000号", "late_ordinary": True})
    specs.append({"kind": "一般投诉", "channel": "营业厅", "late_ordinary": True})
    # leapfrog tendency: ticket and report both done (trap)
    specs.append({"kind": "一般投诉", "channel": "10000号", "leapfrog": True})
    specs.append({"kind": "一般投诉", "channel": "营业厅", "leapfrog": True})
    # website message on the cutoff morning, not yet entered (trap)
    specs.append({"kind": "一般投诉", "channel": "网上营业厅", "not_yet": True,
                  "day": date(2025, 6, 30), "at": (10, 40)})
    # major complaints
    specs.append({"kind": "重大投诉", "channel": "10000号"})
    specs.append({"kind": "重大投诉", "channel": "营业厅", "same_minute": True})
    specs.append({"kind": "重大投诉", "channel": "10000号", "no_report": True, "inj": ["major_reported_up"]})
    specs.append({"kind": "重大投诉", "channel": "营业厅", "no_report": True, "inj": ["major_reported_up"]})
    specs.append({"kind": "重大投诉", "channel": "信函", "no_report": True, "inj": ["major_reported_up"]})
    specs.append({"kind": "重大投诉", "channel": "10000号", "late_report": True, "inj": ["report_up-dispatch"]})
    specs.append({"kind": "重大投诉", "channel": "营业厅", "late_report": True, "inj": ["report_up-dispatch"]})
    # repeat complaints (unsatisfied with the earlier result: a new ticket with the reason)
    for ch in ["10000号", "10000号", "营业厅", "网上营业厅"]:
        specs.append({"kind": "重复投诉", "channel": ch})
    # batch complaints
    for ch in ["10000号", "10000号", "营业厅"]:
        specs.append({"kind": "批量投诉", "channel": ch})
    # escalated complaints from outside channels
    for k in range(3):
        specs.append({"kind": "升级投诉", "channel": "external"})
    specs.append({"kind": "升级投诉", "channel": "external", "sunday": True})
    specs.append({"kind": "升级投诉", "channel": "external", "limit_evening": True})
    specs.append({"kind": "升级投诉", "channel": "external", "limit_evening": True})
    specs.append({"kind": "升级投诉", "channel": "external", "open_in_time": True, "day": date(2025, 6, 27)})
    for k in range(3):
        specs.append({"kind": "升级投诉", "channel": "external", "late": True,
                      "inj": ["escalated_handled_by_marked_limit"]})
    specs.append({"kind": "升级投诉", "channel": "external", "open_overdue": True, "day": date(2025, 6, 18),
                  "inj": ["escalated_handled_by_marked_limit"]})
    specs.append({"kind": "升级投诉", "channel": "external", "wrong_receiver": "政企客户部", "wrong_dispatcher": True,
                  "inj": ["external_to_service_center", "escalated_dispatched_by_service_center"]})
    specs.append({"kind": "升级投诉", "channel": "external", "wrong_receiver": "市场部", "wrong_dispatcher": True,
                  "inj": ["external_to_service_center", "escalated_dispatched_by_service_center"]})
    specs.append({"kind": "升级投诉", "channel": "external", "wrong_receiver": "政企客户部",
                  "inj": ["external_to_service_center"]})

    # ---- times ------------------------------------------------------------------------------------------------
    for s in specs:
        if "day" in s:
            d = s["day"]
        elif s.get("sunday"):
            d = _random_day(rng, last=date(2025, 6, 6))
            while d.weekday() != 6:
                d += timedelta(days=1)
        elif s["kind"] == "升级投诉":
            d = _random_day(rng, last=date(2025, 6, 13))     # time limits fall before the cutoff
        else:
            d = _random_day(rng)
        if "at" in s:
            s["receive"] = datetime(d.year, d.month, d.day, *s["at"])
        else:
            s["receive"] = _day_time(rng, d, 8, 20)
    specs.sort(key=lambda s: s["receive"])

    rows = []
    serial_by_day: dict = {}
    customers = distinct_names(rng, len(specs) + 5, taken)
    for i, s in enumerate(specs):
        t0 = s["receive"]
        day_key = t0.date()
        serial_by_day[day_key] = serial_by_day.get(day_key, 0) + rng.randint(3, 40)
        number = f"TS{t0:%Y%m%d}{serial_by_day[day_key]:04d}"
        kind, ch = s["kind"], s["channel"]

        # channel label and receiving department
        if ch == "external":
            ch_label = rng.choice(external_labels)
            recv_dept = s.get("wrong_receiver", "客户服务中心")
        else:
            ch_label = ch
            recv_dept = channel_dept[ch] or rng.choice(["人民路营业厅", "开发区营业厅"])
        recv_staff = rng.choice(staff_intake[recv_dept])

        topic_dept = "政企客户部" if s.get("wrong_receiver") == "政企客户部" else dept_for_topic()
        content = rng.choice(topics[topic_dept])
        if kind == "批量投诉":
            content = rng.choice(["某小区整栋楼宽带中断", "片区基站故障大面积无信号", "某写字楼光缆被挖断多家企业断网"])
            topic_dept = "网络维护中心"
        if kind == "重大投诉":
            content = rng.choice(["客户称将向媒体曝光营业员私自办理业务", "老人手机被开通高额增值业务，家属到厅讨说法",
                                  "宽带故障致客户网店停业，要求赔偿", "客户身份信息被冒用办理号码"])

        # record (建单)
        if s.get("not_yet"):
            record = None
        elif ch == "信函":
            record = _in_hours(t0 + timedelta(hours=rng.uniform(1, 5)))
        else:
            record = t0 + timedelta(minutes=rng.randint(3, 25))

        dispatch = handle = limit = report = None
        dispatch_dept = None
        handle_dept = None
        result = ""
        if s.get("not_yet"):
            pass
        elif s.get("on_spot"):
            result = "现场解释，客户认可"
        else:
            if kind == "重大投诉" and not s.get("no_report") and not s.get("late_report") and not s.get("same_minute"):
                report = _in_hours(record + timedelta(minutes=rng.randint(5, 30)))
                dispatch = report + timedelta(minutes=rng.randint(10, 40))
            elif s.get("leapfrog"):
                report = _in_hours(record + timedelta(minutes=rng.randint(5, 20)))
                dispatch = report + timedelta(minutes=rng.randint(5, 30))
            elif kind == "升级投诉":
                dispatch = record + timedelta(minutes=rng.randint(15, 90))
            else:
                dispatch = record + timedelta(minutes=rng.randint(5, 60))
            dispatch = _in_hours(dispatch)
            if s.get("late_report"):          # dispatched first, reported hours later
                report = _in_hours(dispatch + timedelta(hours=rng.uniform(3, 20)))
            elif s.get("same_minute"):
                report = dispatch
            if kind == "升级投诉":
                dispatch_dept = recv_dept if s.get("wrong_dispatcher") else "客户服务中心"
                days = rng.randint(2, 5)
                limit = (dispatch + timedelta(days=days)).replace(hour=18, minute=0)
                if s.get("open_in_time"):
                    limit = datetime(2025, 7, 3, 18, 0)
                if s.get("open_overdue"):
                    limit = datetime(2025, 6, 23, 18, 0)
                if s.get("late"):
                    handle = _in_hours(limit + timedelta(days=rng.randint(1, 3), hours=rng.uniform(-4, 2)))
                elif s.get("limit_evening"):
                    handle = limit.replace(hour=rng.randint(19, 22), minute=rng.randint(0, 59))
                elif s.get("open_in_time") or s.get("open_overdue"):
                    handle = None
                else:
                    handle = _in_hours(dispatch + timedelta(hours=rng.uniform(4, 30)))
                    if handle.date() > limit.date():
                        handle = limit.replace(hour=16, minute=rng.randint(0, 59))
            else:
                dispatch_dept = recv_dept
                limit = dispatch + timedelta(hours=48)
                if s.get("late_ordinary"):
                    handle = _in_hours(limit + timedelta(hours=rng.uniform(20, 60)))
                else:
                    handle = _in_hours(dispatch + timedelta(hours=rng.uniform(2, 40)))
            handle_dept = topic_dept
            handle = _open(handle)
            if handle is not None:
                result = rng.choice(["已处理，客户表示认可", "已修复，回访客户满意", "已退还多收费用", "已向客户解释并致歉",
                                     "已更换设备，恢复正常", "已协调上门处理完毕"])

        if kind == "升级投诉" and s.get("open_overdue"):
            handle = None

        status = ("待建单" if record is None else "已归档" if (s.get("on_spot") or handle is not None) else "处理中")
        archive = None
        if status == "已归档":
            archive = _open(_in_hours((handle or record) + timedelta(hours=rng.uniform(2, 30))))
            if archive is None:
                status = "已回单"

        if kind == "重复投诉":
            prev = f"TS{(t0 - timedelta(days=rng.randint(5, 25))):%Y%m%d}{rng.randint(10, 300):04d}"
            reason = rng.choice(["对上次处理结果不满意，故障仍未解决", "上次承诺退费未到账", "装维上门后问题依旧"])
        else:
            prev, reason = "", ""

        if ch == "营业厅":
            signature = "已签字"
        else:
            signature = ""
        if ch == "网上营业厅":
            verified = "" if record is None else s.get("verified", "已核对")
        else:
            verified = ""

        handle_staff = rng.choice(handlers[handle_dept]) if handle_dept and handle else ""
        biz = mobile(rng) if rng.random() < 0.6 else f"KD{rng.randint(10**9, 10**10 - 1)}"
        rows.append({
            "工单流水号": number,
            "受理时间": _iso_s(t0),
            "受理渠道": ch_label,
            "受理部门": recv_dept,
            "受理员工": recv_staff,
            "客户姓名": customers[i],
            "联系电话": mobile(rng),
            "业务号码": biz,
            "投诉分类": kind,
            "投诉内容摘要": content,
            "是否现场解决": "是" if s.get("on_spot") else "否",
            "建单时间": _iso_s(record),
            "越级倾向": "是" if s.get("leapfrog") else "否",
            "派单时间": _iso_s(dispatch),
            "派单部门": dispatch_dept or "",
            "承办部门": handle_dept or "",
            "承办人": handle_staff,
            "要求完成时限": _iso_s(limit),
            "回单时间": _iso_s(handle),
            "处理结果": result,
            "客户签字确认": signature,
            "核对客户资料": verified,
            "上报时间": _iso_s(report),
            "原工单号": prev,
            "不满原因": reason,
            "批量标识": "是" if kind == "批量投诉" else "",
            "工单状态": status,
            "归档时间": _iso_s(archive),
        })
        if injected is not None:
            for rule in s.get("inj", []):
                injected.append((number, rule))

    hand = {
        "procedure": "s39-telecom-branch-complaints",
        "encoding": "gb18030",
        "columns": {
            "工单流水号": "case_number",
            "受理时间": "receive_at",
            "受理渠道": "channel",
            "受理部门": "receive_by",
            "投诉分类": "category",
            "投诉内容摘要": "content",
            "建单时间": "record_at",
            "越级倾向": "leapfrog",
            "承办部门": "handle_by",
            "要求完成时限": "handling_time_limit",
            "回单时间": "handle_at",
            "客户签字确认": "customer_signature",
            "核对客户资料": "verified_with_customer",
            "上报时间": "report_up_at",
            "不满原因": "dissatisfaction_reason",
            "批量标识": "batch_flag",
        },
        "outcomes": {
            "投诉分类": {
                "date": "派单时间",
                "by": "派单部门",
                "steps": {"一般投诉": "dispatch", "重大投诉": "dispatch", "重复投诉": "dispatch",
                          "批量投诉": "dispatch", "升级投诉": "escalated_dispatch"},
            },
        },
        "values": {
            "channel": {"营业厅": "visit", "10000号": "phone", "网上营业厅": "website", "信函": "letter",
                        "工信部申诉中心转办": "external", "省通信管理局转办": "external",
                        "集团10000号转派": "external", "市消协转办": "external"},
            "category": {"一般投诉": "", "重大投诉": "major", "重复投诉": "repeat", "批量投诉": "batch",
                         "升级投诉": "escalated"},
            "leapfrog": {"是": True, "否": False},
            "verified_with_customer": {"已核对": True, "未核对": False},
        },
        "roles": {
            "人民路营业厅": "intake",
            "综合办公室": "intake",
            "开发区营业厅": "intake",
            "10000号客服热线": "intake",
            "网厅在线客服": "intake",
            "客户服务中心": "branch_service_center",
            "网络维护中心": "handling_dept",
            "装维服务中心": "handling_dept",
            "计费账务中心": "handling_dept",
            "市场部": "handling_dept",
            "政企客户部": "handling_dept",
        },
    }
    return rows, hand


# ------------------------------------------------------------------------------------------------------------
# 295: S40, a property-management company's complaint register in Excel (XLSX)
# ------------------------------------------------------------------------------------------------------------

def e295_s40_property_complaint_register(rng, injected=None):
    """某物业服务公司运营管理部在 Excel 中维护的《投诉处理记录表》（zz98/8.3-QP10-F1）汇总台账（XLSX），日期时间为
    Excel 日期单元格（yyyy-mm-dd hh:mm）。

    一行一起投诉，“序号”是台账的流水号（2025 年 3 月起重新编号），没有别的编号。物业服务中心前台接待员登记，各责任部门
    处理后把结果报前台，运营管理部回访。

    读制度 YAML 之前写下的表头（只读了种子 004 中《投诉处理管理办法》原文）：序号、投诉时间、投诉人、房号、联系电话、
    投诉方式、投诉内容、投诉类别、信息接收人、告知前台时间、前台接待员、登记时间、责任部门、通知上级时间、处理意见、
    处理过程及结果、处理完毕时间、原因分析、回访时间、回访方式、回访人、客户意见、备注。

    读过制度 YAML 后补的列：是否当场解决（当面投诉当场解决的只需向上级汇报，不能当场解决的两小时内通知上级；
    “通知上级时间”一列两种情形都记，当场解决的记的是向上级汇报的时间）；是否疑难、上报负责人时间（处理难度较大、
    集团或政府部门转来的投诉要立即上报部门负责人）；反馈前台时间、结果登记时间（处理结果报前台、前台当天登记）；
    回访部门（回访应由运营管理部进行，回访人一列只有姓名）。当场解决的当面投诉不经前台分派，“登记时间”（分派登记）空着，
    只填结果登记时间。

    注入的违规（按规则 id 计数，共 16）：notify_superior_2h 3（当面投诉不能当场解决，两个多小时后、次日才通知上级）、
    inform_reception_1h 3（来电、来信、邮件的接收人超过 1 小时才告知前台）、revisit_3_days 3（2 起处理完毕 4、5 天后
    才回访，1 起处理完毕已过 3 天截至导出未回访）、revisit_by_operations_mgmt 3（客服中心、工程维修部自己回访）、
    hard_or_higher_to_dept_head 2（12345、集团转办的投诉没有上报部门负责人）、record_result_same_day 2（前台次日才
    登记处理结果）。

    陷阱：恰好 2 小时通知上级；恰好 60 分钟告知前台；处理完毕后第 3 天晚上回访（按日历日，跨周末）；6 月 28 日处理完毕、
    截至导出尚未回访（还在 3 天内）；前台当天 22 点后登记结果；当场解决的当面投诉只有向上级汇报的时间；疑难投诉已上报
    负责人；运营管理部周末回访。
    """
    taken: set = set()
    receivers = distinct_names(rng, 4, taken)       # staff who take calls, letters, e-mails, and meet owners
    front = distinct_names(rng, 2, taken)           # front-desk receptionists
    ops_staff = distinct_names(rng, 2, taken)       # 运营管理部 revisit staff
    cs_staff = distinct_names(rng, 1, taken)        # 客服中心 housekeeper
    eng_staff = distinct_names(rng, 1, taken)       # 工程维修部
    owners = distinct_names(rng, 60, taken)

    depts = {
        "一类（服务）": [("客服中心", 3), ("秩序维护部", 3), ("环境管理部", 3)],
        "二类（工程质量）": [("工程维修部", 1)],
        "三类（红线外/第三方）": [("客服中心", 2), ("秩序维护部", 1)],
    }
    contents = {
        "一类（服务）": ["保安夜间巡逻不到位，电动车被盗", "保洁未按时清运垃圾，楼道异味", "管家答应的事情一周没回复",
                     "前台人员态度冷淡", "装修噪音投诉后无人制止", "地库车位被占，保安不处理"],
        "二类（工程质量）": ["卫生间顶板渗水", "外墙瓷砖空鼓脱落", "入户门变形关不严", "阳台窗户渗水", "地暖不热"],
        "三类（红线外/第三方）": ["小区外道路施工扬尘噪音", "燃气公司抄表员未预约上门", "快递柜收费不合理",
                           "宽带运营商入户施工损坏墙面", "小区外夜市油烟扰民"],
    }

    specs = []
    # in person (来访 = 物业服务中心前台; 现场 = 工作现场)
    for k in range(5):
        specs.append({"ch": pick(rng, [("来访", 1), ("现场", 1)]), "on_spot": True})
    specs.append({"ch": "现场", "on_spot": True, "revisit_by": "客服中心", "inj": ["revisit_by_operations_mgmt"]})
    for k in range(3):
        specs.append({"ch": pick(rng, [("来访", 1), ("现场", 1)]), "on_spot": False})
    specs.append({"ch": "来访", "on_spot": False, "notify_exact": True})
    for extra in [(2, 30), (3, 40)]:
        specs.append({"ch": "现场", "on_spot": False, "notify_late": extra, "inj": ["notify_superior_2h"]})
    specs.append({"ch": "来访", "on_spot": False, "notify_next_day": True, "inj": ["notify_superior_2h"]})
    specs.append({"ch": "来访", "on_spot": False, "record_next_day": True, "inj": ["record_result_same_day"]})
    # remote (来电, 来信, 邮件)
    for k in range(14):
        specs.append({"ch": pick(rng, [("来电", 6), ("来信", 1), ("邮件", 2)])})
    specs.append({"ch": "来电", "inform_exact": True})
    specs.append({"ch": "来电", "inform_late": 95, "inj": ["inform_reception_1h"]})
    specs.append({"ch": "来信", "inform_late": 300, "inj": ["inform_reception_1h"]})
    specs.append({"ch": "邮件", "inform_late": 16 * 60, "inj": ["inform_reception_1h"]})
    specs.append({"ch": "来电", "hard": True})
    specs.append({"ch": "邮件", "hard": True})
    specs.append({"ch": "来电", "revisit_late": 4, "inj": ["revisit_3_days"]})
    specs.append({"ch": "来电", "revisit_late": 5, "inj": ["revisit_3_days"]})
    specs.append({"ch": "来电", "no_revisit": True, "handle_day": date(2025, 6, 24), "inj": ["revisit_3_days"]})
    specs.append({"ch": "来电", "revisit_day3": True})
    specs.append({"ch": "邮件", "revisit_day3": True})
    specs.append({"ch": "来电", "open_revisit": True, "handle_day": date(2025, 6, 28)})
    specs.append({"ch": "来电", "revisit_by": "工程维修部", "cat": "二类（工程质量）", "inj": ["revisit_by_operations_mgmt"]})
    specs.append({"ch": "来电", "revisit_by": "客服中心", "inj": ["revisit_by_operations_mgmt"]})
    specs.append({"ch": "来信", "record_late_evening": True})
    specs.append({"ch": "来电", "record_next_day": True, "inj": ["record_result_same_day"]})
    specs.append({"ch": "来电", "weekend_revisit": True})
    # higher authority (集团转办, 12345转办)
    for ch in ["集团转办", "12345转办", "12345转办"]:
        specs.append({"ch": ch})
    specs.append({"ch": "12345转办", "no_head": True, "inj": ["hard_or_higher_to_dept_head"]})
    specs.append({"ch": "集团转办", "no_head": True, "inj": ["hard_or_higher_to_dept_head"]})

    for s in specs:
        if "handle_day" in s:
            d = s["handle_day"] - timedelta(days=rng.randint(1, 3))
        elif s.get("weekend_revisit"):
            d = _random_day(rng)
            while d.weekday() != 3:      # received Thursday, handled Friday, revisited at the weekend
                d += timedelta(days=1)
        elif s.get("revisit_day3"):
            d = _random_day(rng)
            while d.weekday() != 2:      # Wednesday: handled Thursday/Friday, day 3 across the weekend
                d += timedelta(days=1)
        else:
            d = _random_day(rng, last=date(2025, 6, 20))
        s["receive"] = _day_time(rng, d, 8, 19)
    specs.sort(key=lambda s: s["receive"])

    rows = []
    for i, s in enumerate(specs):
        number = i + 1
        t0 = s["receive"]
        ch = s["ch"]
        in_person = ch in ("来访", "现场")
        remote = ch in ("来电", "来信", "邮件")
        cat = s.get("cat") or pick(rng, [("一类（服务）", 6), ("二类（工程质量）", 3), ("三类（红线外/第三方）", 2)])
        dept = pick(rng, depts[cat])
        content = rng.choice(contents[cat])

        notify = inform = record = head = None
        on_spot = s.get("on_spot")
        if in_person and on_spot:
            handle = t0 + timedelta(minutes=rng.randint(10, 50))
            notify = handle + timedelta(minutes=rng.randint(10, 90))     # reported to the superior afterwards
            dept = rng.choice(["客服中心", "秩序维护部", "环境管理部"]) if cat != "二类（工程质量）" else "工程维修部"
        elif in_person:
            if s.get("notify_exact"):
                notify = t0 + timedelta(hours=2)
            elif s.get("notify_late"):
                h, m = s["notify_late"]
                notify = t0 + timedelta(hours=h, minutes=m)
            elif s.get("notify_next_day"):
                notify = (t0 + timedelta(days=1)).replace(hour=8, minute=rng.randint(30, 59))
            else:
                notify = t0 + timedelta(minutes=rng.randint(15, 100))
            record = notify + timedelta(minutes=rng.randint(20, 120))
            handle = record + timedelta(hours=rng.uniform(3, 48))
        else:
            if remote:
                if s.get("inform_exact"):
                    inform = t0 + timedelta(minutes=60)
                elif s.get("inform_late"):
                    inform = _in_hours(t0 + timedelta(minutes=s["inform_late"]), 8, 21)
                else:
                    inform = t0 + timedelta(minutes=rng.randint(5, 50))
                record = inform + timedelta(minutes=rng.randint(5, 40))
            else:
                if not s.get("no_head"):
                    head = t0 + timedelta(minutes=rng.randint(10, 60))
                record = t0 + timedelta(minutes=rng.randint(70, 150))
            if s.get("hard"):
                head = record + timedelta(minutes=rng.randint(10, 40))
            handle = record + timedelta(hours=rng.uniform(4, 60))
        if "handle_day" in s:
            handle = datetime.combine(s["handle_day"], datetime.min.time()).replace(hour=rng.randint(9, 16),
                                                                                    minute=rng.randint(0, 59))
        if s.get("weekend_revisit") or s.get("revisit_day3"):
            handle = (t0 + timedelta(days=1)).replace(hour=rng.randint(14, 17), minute=rng.randint(0, 59))
        handle = _in_hours(handle, 8, 20)

        # result reported to the front desk, and recorded by the front desk
        report = handle + timedelta(minutes=rng.randint(10, 180))
        report = _in_hours(report, 8, 20)
        if s.get("record_next_day"):
            rec_result = (report + timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 40))
        elif s.get("record_late_evening"):
            report = report.replace(hour=17, minute=rng.randint(30, 55))
            rec_result = report.replace(hour=22, minute=rng.randint(10, 45))
        else:
            rec_result = report + timedelta(minutes=rng.randint(5, 120))
            if rec_result.date() != report.date():
                rec_result = report.replace(hour=23, minute=30)

        # revisit by 运营管理部 within 3 calendar days of handling
        revisit_by = s.get("revisit_by", "运营管理部")
        if s.get("no_revisit") or s.get("open_revisit"):
            revisit = None
        elif s.get("revisit_late"):
            revisit = (handle + timedelta(days=s["revisit_late"])).replace(hour=rng.randint(9, 17),
                                                                          minute=rng.randint(0, 59))
        elif s.get("revisit_day3"):
            revisit = (handle + timedelta(days=3)).replace(hour=19, minute=rng.randint(0, 50))
        elif s.get("weekend_revisit"):
            revisit = (handle + timedelta(days=1)).replace(hour=10, minute=rng.randint(0, 59))
        else:
            revisit = (handle + timedelta(days=rng.randint(1, 2))).replace(hour=rng.randint(9, 17),
                                                                          minute=rng.randint(0, 59))
        if revisit is not None and revisit <= rec_result:
            revisit = rec_result + timedelta(hours=2)

        for t in (notify, inform, record, head, handle, report, rec_result, revisit):
            assert t is None or t <= CUTOFF, (number, t)

        if revisit is None:
            revisit_by = ""
        revisit_staff = {"运营管理部": rng.choice(ops_staff), "客服中心": cs_staff[0],
                         "工程维修部": eng_staff[0], "": ""}[revisit_by]
        room = f"{rng.randint(1, 18)}栋{rng.randint(1, 3)}单元{rng.randint(2, 28)}{rng.randint(1, 4):02d}"
        rows.append({
            "序号": number,
            "投诉时间": t0,
            "投诉人": owners[i],
            "房号": room,
            "联系电话": mobile(rng),
            "投诉方式": ch,
            "投诉内容": content,
            "投诉类别": cat,
            "信息接收人": rng.choice(receivers),
            "告知前台时间": inform,
            "前台接待员": rng.choice(front),
            "登记时间": record,
            "责任部门": dept,
            "是否当场解决": ("是" if on_spot else "否") if in_person else "",
            "通知上级时间": notify,
            "是否疑难": "是" if s.get("hard") else "否",
            "上报负责人时间": head,
            "处理意见": rng.choice(["安排维修人员上门查看", "责成当班人员整改", "与第三方单位沟通协调", "向业主解释并致歉"]),
            "处理过程及结果": rng.choice(["已上门维修完毕，业主确认", "已整改，业主认可", "已协调第三方处理完毕",
                                    "已向业主解释，业主表示理解"]),
            "处理完毕时间": handle,
            "原因分析": rng.choice(["员工服务意识不足", "施工遗留质量问题", "第三方原因", "巡查不到位", "设备老化"]),
            "反馈前台时间": report,
            "结果登记时间": rec_result,
            "回访时间": revisit,
            "回访方式": "" if revisit is None else pick(rng, [("电话", 4), ("上门", 1)]),
            "回访人": revisit_staff,
            "回访部门": revisit_by,
            "客户意见": "" if revisit is None else pick(rng, [("满意", 6), ("基本满意", 2), ("不满意", 1)]),
            "备注": "",
        })
        if injected is not None:
            for rule in s.get("inj", []):
                injected.append((str(number), rule))

    hand = {
        "procedure": "s40-property-complaint-handling",
        "columns": {
            "序号": "case_number",
            "投诉时间": "receive_at",
            "投诉方式": "channel",
            "投诉内容": "content",
            "投诉类别": "category",
            "告知前台时间": "inform_reception_at",
            "登记时间": "record_dispatch_at",
            "责任部门": "handle_by",
            "是否当场解决": "resolved_on_spot",
            "是否疑难": "hard_case",
            "上报负责人时间": "escalate_to_head_at",
            "处理过程及结果": "result",
            "处理完毕时间": "handle_at",
            "反馈前台时间": "report_result_at",
            "结果登记时间": "record_result_at",
            "回访时间": "revisit_at",
            "回访方式": "revisit_method",
            "回访部门": "revisit_by",
            "客户意见": "satisfaction",
        },
        "outcomes": {
            "是否当场解决": {
                "date": "通知上级时间",
                "steps": {"是": "report_to_superior", "否": "notify_superior"},
            },
        },
        "values": {
            "channel": {"来访": "in_person", "现场": "in_person", "来电": "phone", "来信": "letter", "邮件": "email",
                        "集团转办": "higher_authority", "12345转办": "higher_authority"},
            "category": {"一类（服务）": "class_1", "二类（工程质量）": "class_2", "三类（红线外/第三方）": "class_3"},
            "resolved_on_spot": {"是": True, "否": False},
            "hard_case": {"是": True, "否": False},
            "revisit_method": {"电话": "phone", "上门": "visit"},
        },
        "roles": {
            "客服中心": "responsible_dept",
            "秩序维护部": "responsible_dept",
            "环境管理部": "responsible_dept",
            "工程维修部": "responsible_dept",
            "运营管理部": "operations_mgmt",
        },
    }
    return rows, hand


EXPORTS = [
    ("294-s39-telecom-branch-complaints-ticket-system.csv", "gb18030", e294_s39_branch_ticket_system),
    ("295-s40-property-complaint-handling-register.xlsx", "xlsx", e295_s40_property_complaint_register),
]
