"""Starter-profile benchmark exports 70-71 (set 12c), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 70 71    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, distinct_names, pick, dotted, person_name as _name, mobile as _mobile


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _clock(day, rng, lo=8.5, hi=18.0):
    """A time on `day` between lo and hi o'clock, whole minutes."""
    midnight = day.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight + timedelta(minutes=rng.randint(int(lo * 60), int(hi * 60)))


def _days(rng, n, first, last_day):
    """n sorted receipt days between `first` and `first + last_day` days, the last one on that day."""
    offsets = sorted(rng.uniform(0, last_day) for _ in range(n - 1)) + [last_day]
    return [first + timedelta(days=int(o)) for o in offsets]


def _office(t, rng):
    """A time pushed into the service centre's day (08:00-20:00): evening work moves to the next morning."""
    if t.hour >= 20:
        return _clock(t + timedelta(days=1), rng, 8.5, 10.0)
    if t.hour < 8:
        return _clock(t, rng, 8.5, 10.0)
    return t


def _fmt(t):
    return dotted(t) if t else ""


# --- 70: S40, a property management company's service-desk complaint tickets -------------------------------------

def e70_s40_service_desk(rng, injected=None):
    """锦华物业服务有限公司 云溪苑物业服务中心 “锦华慧服务”物业管理系统 客服工单（投诉类）导出（UTF-8 CSV），
    按 S40《投诉处理管理办法》审计。日期写法：2025.03.04 09:12（点号分隔，系统导出格式）。
    投诉途径：当面 / 来电 / 来信 / 邮件 / 12345转办 / 集团转办（后两种是直接到集团或政府部门、再转到项目的投诉）；
    投诉分类：一类（服务管理）/ 二类（工程质量）/ 三类（红线外/第三方），即制度 4.1 的三类投诉。
    首接人是接到投诉的员工姓名（当面投诉是在现场接待的秩序员、保洁员、维修工、楼栋管家或前台，即“当事人”；
    来电、来信、邮件是接电话/收信的管家或前台，即“信息接收人员”）；派单人、结单人是服务中心前台；
    部门负责人是项目经理或项目副经理；回访人是运营管理部品质专员（名单由审计人员向运营管理部核对）。
    系统用语：派单 = 前台把投诉记入《投诉处理记录表》并分类传达；回单 = 责任部门处理完后把过程、结果报前台；
    结单 = 前台把处理结果记入记录表。
    读过制度 YAML 前写下的列：投诉单号、所属项目、房号、业主姓名、联系电话、投诉途径、投诉时间、首接人、上报上级时间、
    上级领导、告知前台时间、派单人、派单时间、投诉分类、投诉内容、责任部门、处理人、完成时间、处理结果、回单时间、
    回访方式、回访时间、回访人、回访情况、工单状态、备注。
    读过制度 YAML 后补的列：当场解决（resolved_on_spot，当面投诉才填）、上报人（上报上级的员工，用于“当事人本人上报”的核对）、
    上级意见时间（superior_opinion_at）、重大疑难（hard_case）、上报负责人时间 / 部门负责人 / 负责人意见时间
    （escalate_to_head_at / head_opinion_by / head_opinion_at）、结单人 / 结单时间（record_result_by / record_result_at）、
    满意度（satisfaction）。
    “上报上级时间”一列按“当场解决”分给两个环节（outcomes）：是 → 当场处理后向上级汇报（report_to_superior），
    否 → 不能当场处理的、通知上级领导（notify_superior）；上报人是该环节的办理人。
    角色：责任部门列的部门都是 responsible_dept，项目经理/副经理是 dept_head，品质专员是 operations_mgmt；前台姓名只在
    派单人、结单人两列（values 按列）读作 reception，因为同一前台在首接人列里是当事人或信息接收人员（岗位按行为定，
    首接人列的姓名不对应角色，只用于“当事人本人上报”的比较）；工程部、秩序部主管只在回访人列读作 responsible_dept
    （在“上级领导”列里他们是上级）。不映射：上级领导（接受汇报或给意见的人，当场解决的也填）、处理人、房号、业主姓名、
    联系电话、所属项目、工单状态、备注（制度没有这些列或没有规则读取）。
    注入：投诉单号重复 1 对（补录工单沿用了原单号）；来电/邮件告知前台超过 1 小时 2 件；当面投诉不能当场解决、
    超过 2 小时才上报上级 2 件；上报上级的不是首接人（当事人）本人 1 件（保洁员接待、由管家上报）；
    回单后次日才结单 2 件；处理完成后超过 3 天才回访 2 件；由工程部主管、秩序部主管（责任部门）自己回访 2 件；
    12345转办 / 集团转办的投诉没有上报部门负责人 2 件；派单时没有投诉分类 1 件。共 15 项。
    陷阱（不是违规）：当场解决的当面投诉过了几个小时才向上级汇报（制度没有给汇报时限）；当场解决的当面投诉没有分类
    （没有派单，不需“分类传达”）；前台自己接的电话，告知前台时间等于投诉时间；晚上接的电话 45 分钟内告知前台；
    回访隔了三个日历日但不到 72 小时；三类投诉由客服中心协调第三方处理；业主“不满意”；月底才处理完、还没回访的工单
    （不满 3 天）；处理中的工单（没有回单、结单、回访）。
    """
    n = 64
    taken: set[str] = set()
    front = distinct_names(rng, 3, taken)                      # 服务中心前台
    butlers = distinct_names(rng, 4, taken)                    # 楼栋管家（客服中心）
    field = {"秩序部": distinct_names(rng, 3, taken), "环境部": distinct_names(rng, 2, taken), "工程部": distinct_names(rng, 3, taken),
             "客服中心": butlers}
    chiefs = {dept: distinct_names(rng, 1, taken)[0] for dept in ("秩序部", "环境部", "工程部", "客服中心")}
    heads = distinct_names(rng, 2, taken)                      # 项目经理、项目副经理
    ops = distinct_names(rng, 2, taken)                        # 运营管理部品质专员
    dept_of = {name: dept for dept, names in field.items() for name in names}

    slots = list(range(2, n - 8))
    rng.shuffle(slots)
    late_inform = [slots.pop() for _ in range(2)]
    late_notify = [slots.pop() for _ in range(2)]
    other_reporter = [slots.pop()]
    no_escalate = [slots.pop() for _ in range(2)]
    blank_cat = [slots.pop()]
    late_record = [slots.pop() for _ in range(2)]
    late_revisit = [slots.pop() for _ in range(2)]
    wrong_revisit = [slots.pop() for _ in range(2)]
    escalated = [slots.pop() for _ in range(3)]         # compliant 12345 / 集团转办 cases
    trap_slow_report = [slots.pop() for _ in range(2)]  # on-spot in-person, reported hours later
    trap_no_cat = [slots.pop()]                         # on-spot in-person without a class
    trap_front_phone = [slots.pop() for _ in range(2)]  # front desk took the call itself
    trap_evening = [slots.pop()]
    trap_three_days = [slots.pop() for _ in range(2)]
    traps = {"slow_report": trap_slow_report, "no_cat_on_spot": trap_no_cat, "front_phone": trap_front_phone,
             "evening": trap_evening, "three_days": trap_three_days}
    open_cases = [n - 3, n - 1]                         # still being handled on 30 June
    trap_not_visited = [n - 2]                          # handled on 30 June, revisit not yet due
    traps["not_yet_visited"] = trap_not_visited

    channels = [pick(rng, [("当面", 30), ("来电", 48), ("来信", 4), ("邮件", 9), ("12345转办", 5), ("集团转办", 4)])
                for _ in range(n)]
    on_spot = [rng.random() < 0.5 for _ in range(n)]
    for i in late_inform:
        channels[i] = rng.choice(["来电", "来电", "邮件"])
    for i in late_notify + other_reporter:
        channels[i], on_spot[i] = "当面", False
    for i in trap_slow_report + trap_no_cat:
        channels[i], on_spot[i] = "当面", True
    for i in no_escalate + escalated:
        channels[i] = rng.choice(["12345转办", "集团转办"])
    for i in blank_cat + trap_front_phone + trap_evening + trap_not_visited + wrong_revisit:
        channels[i] = "来电"

    texts = {   # 投诉分类 -> 责任部门 -> [(投诉内容, 处理结果)]
        "一类（服务管理）": {
            "秩序部": [("夜间外来车辆随意进出，门岗不登记", "已加强门岗登记，对当班秩序员批评教育"),
                    ("秩序员巡逻时态度生硬，与业主争吵", "已向业主致歉，对当事秩序员进行服务规范培训"),
                    ("地库有人长期占用他人车位无人管", "已联系占位车主挪车并加强巡查"),
                    ("快递员被门岗拦截，包裹放在门口丢失", "已调取监控找回包裹，规范快递进出管理")],
            "环境部": [("单元门口垃圾桶满溢两天未清运", "已当天清运并调整清运频次"),
                    ("楼道保洁只扫不拖，扶手积灰", "已调整保洁标准并每日检查"),
                    ("草坪打药未提前通知，孩子接触后过敏", "已向业主致歉，今后打药提前一天张贴通知"),
                    ("消杀后楼道药味刺鼻", "已开窗通风，改用低气味药剂")],
            "工程部": [("报修水龙头漏水三天无人上门", "已上门更换阀芯并致歉"),
                    ("维修工上门未穿鞋套，弄脏地板", "已上门清洁地板，对维修工进行服务规范培训"),
                    ("电梯报修后半天才有人来", "已与维保单位约定30分钟到场")],
            "客服中心": [("管家电话长期无人接听", "已调整管家值班并公布备用电话"),
                     ("前台办理装修手续时推诿，要求跑三趟", "已向业主致歉，一次办结装修手续"),
                     ("物业费账单多算了两个月", "已核对账单并退还多收费用")],
        },
        "二类（工程质量）": {
            "工程部": [("卫生间楼板渗水到楼下", "已联系开发商维保单位重做防水，闭水试验合格"),
                    ("外墙开裂，下雨时卧室墙面渗水", "已完成外墙裂缝注浆修补"),
                    ("入户门变形关不严", "已更换门扇铰链并调试"),
                    ("地下车库顶板渗漏滴水", "已完成顶板注浆堵漏"),
                    ("阳台排水管反味", "已加装存水弯"),
                    ("新交付房屋地暖不热", "已联系开发商维保单位冲洗地暖管")],
        },
        "三类（红线外/第三方）": {
            "客服中心": [("小区东侧市政道路施工夜间噪音", "已联系施工方调整夜间作业时间"),
                     ("运营商光纤故障，整栋断网", "已协调运营商抢修恢复"),
                     ("快递柜运营方收取超时费", "已与快递柜运营方沟通并在业主群告知"),
                     ("自来水公司计划停水未提前通知", "已张贴停水通知并协调送水"),
                     ("相邻工地渣土车扬尘", "已联系工地洒水并报城管")],
            "秩序部": [("外卖电动车从红线外人行道穿行进入", "已在围墙缺口加装隔离栏"),
                    ("小区外道路违停堵住出入口", "已报交警处理")],
        },
    }
    visit_notes = {"满意": ["业主表示问题已解决", "业主认可处理结果", "上门查看处理效果良好"],
                   "基本满意": ["业主基本认可，希望以后及时处理", "业主认可结果，但认为处理偏慢"],
                   "不满意": ["业主仍认为处理太慢", "业主对处理结果不认可，已转责任部门复查"]}

    days = _days(rng, n, datetime(2025, 1, 3), 176)
    seq: dict = {}                                      # the day's ticket sequence (报修、咨询 tickets share it)
    rows = []
    for i in range(n):
        seq[days[i]] = seq.get(days[i], 0) + rng.randint(1, 4)
        channel = channels[i]
        in_person = channel == "当面"
        remote = channel in ("来电", "来信", "邮件")
        higher = channel in ("12345转办", "集团转办")
        recv = _clock(days[i], rng, 8.0, 19.0)
        if i in trap_slow_report:
            recv = _clock(days[i], rng, 8.0, 12.0)
        if i in trap_evening:
            recv = days[i].replace(hour=19, minute=rng.randint(30, 55))

        # who took it and what it is about
        if in_person:
            receiver = rng.choice([n_ for names in field.values() for n_ in names] + front)
            dept = dept_of.get(receiver, "客服中心")
            cat = "二类（工程质量）" if dept == "工程部" and not on_spot[i] and rng.random() < 0.4 else "一类（服务管理）"
        else:
            cat = pick(rng, [("一类（服务管理）", 55), ("二类（工程质量）", 30), ("三类（红线外/第三方）", 15)])
            dept = rng.choice(list(texts[cat]))
            if i in wrong_revisit:                      # the supervisor of the department that handled it
                dept = "工程部" if wrong_revisit.index(i) == 0 else "秩序部"
                cat = "二类（工程质量）" if dept == "工程部" else "一类（服务管理）"
            if remote:
                receiver = rng.choice(butlers + front) if channel == "来电" else rng.choice(front)
                if i in trap_front_phone:
                    receiver = rng.choice(front)
                if i in late_inform and receiver in front:
                    receiver = rng.choice(butlers)
            else:
                receiver = rng.choice(front)
        content, result = rng.choice(texts[cat][dept])
        handler = rng.choice(field[dept])

        report_at = reporter = superior = opinion_at = None
        inform_at = dispatch_at = dispatcher = None
        escalate_at = head = head_at = None
        hard = "否"
        if in_person:
            superior = chiefs[dept] if receiver not in front else chiefs["客服中心"]
            reporter = receiver
            if on_spot[i]:
                handle = recv + timedelta(minutes=rng.randint(10, 50))
                handler = receiver
                report_at = recv + timedelta(minutes=rng.randint(20, 110))
                if i in trap_slow_report:
                    report_at = recv + timedelta(hours=rng.uniform(3.5, 7))
            else:
                report_at = recv + timedelta(minutes=rng.randint(8, 100))
                if i in late_notify:
                    report_at = recv + timedelta(hours=rng.uniform(2.6, 6))
                if i in other_reporter:
                    reporter = rng.choice([b for b in butlers if b != receiver])
                opinion_at = report_at + timedelta(minutes=rng.randint(15, 180))
                handle = _clock(opinion_at + timedelta(days=rng.choice([0, 0, 1, 1, 2])), rng, 9, 17.5)
                if handle < opinion_at + timedelta(minutes=30):
                    handle = _office(opinion_at + timedelta(minutes=rng.randint(30, 120)), rng)
        else:
            if remote:
                if receiver in front:
                    inform_at = recv
                elif i in trap_evening:
                    inform_at = recv + timedelta(minutes=rng.randint(35, 45))
                else:
                    inform_at = recv + timedelta(minutes=rng.randint(4, 50))
                if i in late_inform:
                    inform_at = recv + timedelta(hours=rng.uniform(1.6, 5))
                if rng.random() < 0.08 and i not in late_inform + blank_cat + trap_front_phone + trap_evening:
                    hard = "是"
            if higher or hard == "是":
                escalate_at = recv + timedelta(minutes=rng.randint(10, 90))
                head = rng.choice(heads)
                head_at = _office(escalate_at + timedelta(minutes=rng.randint(30, 300)), rng)
                if i in no_escalate:
                    escalate_at = head = head_at = None
            start = head_at or inform_at or recv
            dispatch_at = start + timedelta(minutes=rng.randint(5, 60))
            if higher:                                  # 转办 tickets wait for the morning; phone calls are logged at once
                dispatch_at = _office(dispatch_at, rng)
            dispatcher = rng.choice(front)
            handle = _clock(dispatch_at + timedelta(days=pick(rng, [(0, 3), (1, 4), (2, 2), (3, 1)])), rng, 9, 17.5)
            if handle < dispatch_at + timedelta(hours=1):
                handle = _office(dispatch_at + timedelta(minutes=rng.randint(60, 180)), rng)
        if i in blank_cat or i in trap_no_cat:
            cat_written = ""
        else:
            cat_written = cat

        # handled, reported to the front desk (回单), recorded (结单), revisited
        if i in open_cases:
            handle = None
        if i in trap_not_visited:
            handle = _clock(CUTOFF, rng, 9, 15)
        handle = handle if handle and handle <= CUTOFF else None
        back_at = closer = close_at = None
        visit = visitor = None
        if handle:
            back_at = handle + timedelta(minutes=rng.randint(10, 90))
            closer = rng.choice(front)
            end_of_day = back_at.replace(hour=21, minute=0)
            close_at = back_at + timedelta(minutes=rng.randint(5, 120))
            if close_at > end_of_day:
                close_at = back_at + timedelta(minutes=5)
            if i in late_record:
                close_at = (back_at + timedelta(days=1)).replace(hour=8, minute=rng.randint(40, 59))
            if back_at > CUTOFF:
                back_at = closer = close_at = None
            elif close_at > CUTOFF:
                close_at = back_at + timedelta(minutes=5)
            offset = 1 if i not in trap_three_days else 3
            visit = _clock(handle + timedelta(days=offset), rng, 9, 17.5)
            if offset == 1 and rng.random() < 0.4:
                visit = _clock(handle + timedelta(days=2), rng, 9, 17.5)
            if i in trap_three_days:
                visit = (handle + timedelta(days=3)).replace(hour=9, minute=rng.randint(0, 40))
                if visit - handle > timedelta(hours=70):
                    visit = handle + timedelta(hours=rng.uniform(64, 70))
                    visit = visit.replace(second=0, microsecond=0)
            if close_at and visit <= close_at:
                visit = close_at + timedelta(hours=rng.uniform(2, 5))
                visit = visit.replace(second=0, microsecond=0)
            if i in late_revisit:
                visit = _clock(handle + timedelta(days=rng.randint(4, 6)), rng, 9, 17.5)
            if visit > CUTOFF or close_at is None or i in trap_not_visited:
                visit = None
            if visit:
                visitor = rng.choice(ops)
                if i in wrong_revisit:
                    visitor = chiefs["工程部"] if wrong_revisit.index(i) == 0 else chiefs["秩序部"]
        if visit:
            status = "已回访"
        elif close_at:
            status = "待回访"
        elif handle:
            status = "已完成"
        else:
            status = "处理中"
        satisfaction = pick(rng, [("满意", 62), ("基本满意", 28), ("不满意", 10)]) if visit else ""

        row = Case()
        row["投诉单号"] = f"YXY-TS{recv:%y%m%d}{seq[days[i]]:02d}"
        row["所属项目"] = rng.choice(["锦华·云溪苑一期", "锦华·云溪苑二期"])
        row["房号"] = f"{rng.randint(1, 18)}-{rng.randint(1, 3)}-{rng.randint(2, 26)}0{rng.randint(1, 4)}"
        row["业主姓名"] = _name(rng) + rng.choice(["", "先生", "女士", ""])
        row["联系电话"] = _mobile(rng)
        row["投诉途径"] = channel
        row["投诉时间"] = _fmt(recv)
        row["首接人"] = receiver
        row["当场解决"] = ("是" if on_spot[i] else "否") if in_person else ""
        row["上报人"] = reporter or ""
        row["上报上级时间"] = _fmt(report_at)
        row["上级领导"] = superior or ""
        row["上级意见时间"] = _fmt(opinion_at)
        row["告知前台时间"] = _fmt(inform_at)
        row["派单人"] = dispatcher or ""
        row["派单时间"] = _fmt(dispatch_at)
        row["投诉分类"] = cat_written
        row["投诉内容"] = content
        row["重大疑难"] = hard
        row["上报负责人时间"] = _fmt(escalate_at)
        row["部门负责人"] = head or ""
        row["负责人意见时间"] = _fmt(head_at)
        row["责任部门"] = dept
        row["处理人"] = handler
        row["完成时间"] = _fmt(handle)
        row["处理结果"] = ("当场处理：" + result if in_person and on_spot[i] else result) if handle else ""
        row["回单时间"] = _fmt(back_at)
        row["结单人"] = closer or ""
        row["结单时间"] = _fmt(close_at)
        row["回访方式"] = pick(rng, [("电话", 80), ("上门", 20)]) if visit else ""
        row["回访时间"] = _fmt(visit)
        row["回访人"] = visitor or ""
        row["回访情况"] = rng.choice(visit_notes[satisfaction]) if visit else ""
        row["满意度"] = satisfaction
        row["工单状态"] = status
        row["备注"] = rng.choice(["", "", "", "", "业主要求书面回复", "已拍照存档", "需跟进"]
                               + (["开发商维保"] * 3 if cat == "二类（工程质量）" else []))
        rows.append(row)

    # a repeated 投诉单号: a back-entered ticket kept the number of the one above it
    busy = set(late_inform + late_notify + other_reporter + no_escalate + blank_cat + late_record + late_revisit
               + wrong_revisit + [i for idx in traps.values() for i in idx])
    dup_src = next(k for k in range(20, 45) if k not in busy and k + 1 not in busy)
    rows[dup_src + 1]["投诉单号"] = rows[dup_src]["投诉单号"]
    if injected is not None:
        num = lambda i: rows[i]["投诉单号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        injected += [(num(i), "late_inform") for i in late_inform]
        injected += [(num(i), "late_notify") for i in late_notify]
        injected += [(num(i), "other_reporter") for i in other_reporter]
        injected += [(num(i), "late_record") for i in late_record]
        injected += [(num(i), "late_revisit") for i in late_revisit]
        injected += [(num(i), "wrong_revisit") for i in wrong_revisit]
        injected += [(num(i), "no_escalate") for i in no_escalate]
        injected += [(num(i), "blank_category") for i in blank_cat]
        injected += [(num(i), "trap_" + what) for what, idx in traps.items() for i in idx]

    hand = {
        "procedure": "s40-property-complaint-handling",
        "columns": {
            "投诉单号": "case_number",
            "投诉途径": "channel",
            "投诉时间": "receive_at",
            "首接人": "receive_by",
            "当场解决": "resolved_on_spot",
            "上级意见时间": "superior_opinion_at",
            "告知前台时间": "inform_reception_at",
            "派单人": "record_dispatch_by",
            "派单时间": "record_dispatch_at",
            "投诉分类": "category",
            "投诉内容": "content",
            "重大疑难": "hard_case",
            "上报负责人时间": "escalate_to_head_at",
            "部门负责人": "head_opinion_by",
            "负责人意见时间": "head_opinion_at",
            "责任部门": "handle_by",
            "完成时间": "handle_at",
            "处理结果": "result",
            "回单时间": "report_result_at",
            "结单人": "record_result_by",
            "结单时间": "record_result_at",
            "回访方式": "revisit_method",
            "回访时间": "revisit_at",
            "回访人": "revisit_by",
            "回访情况": "revisit_result",
            "满意度": "satisfaction",
        },
        "values": {
            "channel": {"当面": "in_person", "来电": "phone", "来信": "letter", "邮件": "email",
                        "12345转办": "higher_authority", "集团转办": "higher_authority"},
            "resolved_on_spot": {"是": True, "否": False},
            "hard_case": {"是": True, "否": False},
            "category": {"一类（服务管理）": "class_1", "二类（工程质量）": "class_2", "三类（红线外/第三方）": "class_3"},
            "revisit_method": {"电话": "phone", "上门": "visit"},
            # 前台姓名只在派单人、结单人两列读作前台接待员：同一前台在“首接人”中是当事人或信息接收人员（岗位按行为定）
            "record_dispatch_by": {f: "reception" for f in front},
            "record_result_by": {f: "reception" for f in front},
            # 工程部、秩序部主管在“回访人”中是责任部门的人；在“上级领导”中是上级，所以只在回访人一列对应
            "revisit_by": {chiefs[d]: "responsible_dept" for d in ("工程部", "秩序部")},
        },
        "roles": {
            **{d: "responsible_dept" for d in ("秩序部", "环境部", "工程部", "客服中心")},
            **{h: "dept_head" for h in heads},
            **{o: "operations_mgmt" for o in ops},
        },
        "outcomes": {
            "当场解决": {"date": "上报上级时间", "by": "上报人",
                       "steps": {"是": "report_to_superior", "否": "notify_superior"}},
        },
    }
    return rows, hand


# --- 71: S12, a residential estate customer-service centre's complaint log (Excel) --------------------------------

def e71_s12_estate_log(rng, injected=None):
    """滨江·御景园物业管理中心 客户服务部《客户投诉记录》Excel 台账（XLSX；受理日期、通知时间、汇报经理时间、汇报时间、
    完成时间、结果反馈时间、回访时间是真正的日期时间单元格，限期、签认日期是日期单元格），按 S12《物业管理中心客户投诉处理制度》审计。
    投诉事项：噪音扰民 / 漏水渗水 / 停车管理 / 环境卫生 / 服务态度 / 设施损坏 / 装修管理 / 宠物管理 / 绿化养护 / 安全管理；
    严重程度：一般 / 较严重；通知部门是被投诉、负责解决的部门：工程部 / 秩序部 / 保洁部 / 绿化部 / 客服部。
    受理人、回访人写员工姓名（名单由审计人员向客户服务部核对）：两名客服前台接待员、两名客服专员（客户服务部）负责受理；
    两名客户服务助理负责回访；另有工程部维修班长、工程部主管、秩序部主管。负责人签字写解决部门负责人的姓名。
    读过制度 YAML 前写下的列：记录编号、受理日期、受理人、投诉人、单元号、联系电话、投诉事项、投诉内容、严重程度、核实情况、
    通知部门、通知时间、限期、汇报经理时间、处理结果、完成时间、结果反馈时间、回访时间、回访人、客户意见、负责人签字、备注。
    读过制度 YAML 后补的列：解决措施、责任人（较严重投诉经理检讨后落实的，measures / responsible_person）、
    特殊情况 / 汇报对象 / 汇报时间（special_case / reported_to / report_special_at）、
    签认日期（处理结果填入记录并由解决部门负责人签字的日期，record_result_at）。
    “结果反馈时间”是相关部门把结果报客服部的时间，不是“填写处理结果、负责人签字”（在回访之后），不映射；
    限期按“限期解决日期”（resolve_due_at）读，完成时间即相关部门解决的时间（resolve_at）。
    角色：前台接待员姓名 → front_desk，客服专员 → customer_service，客户服务助理 → cs_assistant，工程部维修班长和
    工程部、秩序部主管 → complained_dept，五个部门名 → complained_dept。汇报对象（field reported_to）按取值对应：
    总经理、分管副总 → company_leader，××部经理 → dept_manager。不映射：核实情况、结果反馈时间、备注。
    “一般”不是制度的选项（制度只分出“较严重”），映射为空；通知部门“客服部”也对应“被投诉的部门”：
    投诉前台、客服人员的，被投诉的部门就是客服部，由它自己解决。
    注入：记录编号重复 1 对（复制上一行后没改编号）；完成时间晚于限期 3 件；较严重投诉没有汇报经理 2 件；
    较严重投诉经理检讨后没有落实责任人 1 件；已解决没有回访 1 件；由工程部主管、秩序部主管（被投诉部门）回访 2 件；
    由工程部维修班长受理登记 1 件；联系电话空白 1 件；签认日期已填、负责人没有签字 1 件；特殊情况没有向部门经理或公司领导汇报 1 件。共 14 项。
    陷阱（不是违规）：限期当天晚上才完成（按日计，不算逾期）；投诉客服部自己的由客服部解决；一般投诉没有汇报经理、
    没有解决措施和责任人；特殊情况向总经理、分管副总（公司领导）或本部门经理（部门经理）汇报（两者任一即可）；联系电话写座机；备注“恶意投诉，已耐心解释”；
    客户意见“不满意”；月底仍在处理、限期未到的投诉（没有完成、回访、签认）。
    """
    n = 56
    taken: set[str] = set()
    front = distinct_names(rng, 2, taken)           # 客服前台接待员
    cs_staff = distinct_names(rng, 2, taken)        # 客服专员（客户服务部）
    assistants = distinct_names(rng, 2, taken)      # 客户服务助理
    foreman = distinct_names(rng, 1, taken)[0]      # 工程部维修班长
    chiefs = {d: distinct_names(rng, 1, taken)[0] for d in ("工程部", "秩序部")}
    heads = {d: distinct_names(rng, 1, taken)[0] for d in ("工程部", "秩序部", "保洁部", "绿化部", "客服部")}
    cs_manager = distinct_names(rng, 1, taken)[0]

    slots = list(range(2, n - 6))
    rng.shuffle(slots)
    late = [slots.pop() for _ in range(3)]
    serious_unreported = [slots.pop() for _ in range(2)]
    no_responsible = [slots.pop()]
    no_revisit = [slots.pop()]
    wrong_revisit = [slots.pop() for _ in range(2)]
    wrong_receiver = [slots.pop()]
    no_phone = [slots.pop()]
    no_signature = [slots.pop()]
    special_unreported = [slots.pop()]
    special_ok = [slots.pop() for _ in range(3)]
    trap_due_evening = [slots.pop() for _ in range(2)]
    trap_cs_self = [slots.pop() for _ in range(2)]
    trap_landline = [slots.pop()]
    trap_malicious = [slots.pop()]
    open_cases = [n - 2, n - 1]                     # late-June engineering jobs, limit not yet reached
    traps = {"due_evening": trap_due_evening, "cs_handles_own": trap_cs_self, "landline": trap_landline,
             "malicious": trap_malicious, "special_reported": special_ok}

    serious = [rng.random() < 0.18 for _ in range(n)]
    for i in serious_unreported + no_responsible:
        serious[i] = True

    matters = {   # 投诉事项: (通知部门, [(投诉内容, 处理结果)])
        "噪音扰民": ("秩序部", [("楼上夜间拖动家具、跳绳，影响休息", "已上门劝导，噪音已停止"),
                            ("小区广场舞音响声音过大", "已协调广场舞队降低音量、调整时间"),
                            ("隔壁装修周末施工", "已发整改通知，周末禁止施工")]),
        "漏水渗水": ("工程部", [("楼上卫生间渗水到我家天花板", "已协调楼上业主维修防水层，闭水试验无渗漏"),
                            ("地下室车位顶板漏水滴到车上", "已完成顶板注浆堵漏"),
                            ("外墙窗边渗水", "已重新打胶密封，雨后复查无渗水")]),
        "停车管理": ("秩序部", [("固定车位被外来车辆占用", "已联系车主挪车并加强巡查"),
                            ("道闸识别失灵，进出排长队", "已维修道闸识别系统"),
                            ("消防通道长期停车无人管", "已清理违停并加装隔离桩")]),
        "环境卫生": ("保洁部", [("垃圾房异味大、清运不及时", "已增加清运频次并消杀"),
                            ("电梯轿厢有宠物粪便未清理", "已清理消毒并加强巡查"),
                            ("楼道小广告无人清理", "已清理并加强巡查")]),
        "服务态度": ("客服部", [("前台办事推诿，态度冷淡", "已向业主致歉，对当事员工批评教育"),
                            ("客服电话多次无人接听", "已调整热线值班安排并致歉"),
                            ("管家答应的事没有回音", "已向业主致歉，落实专人跟进")]),
        "设施损坏": ("工程部", [("单元门禁坏了一周没修", "已更换门禁读卡器"),
                            ("儿童游乐设施螺丝松动", "已紧固并张贴安全提示"),
                            ("地库照明多处不亮", "已更换灯具")]),
        "装修管理": ("秩序部", [("邻居装修砸承重墙无人制止", "已责令停工整改并报城管"),
                            ("装修垃圾堆放在楼道", "已清运装修垃圾并告知装修户")]),
        "宠物管理": ("秩序部", [("大型犬不拴绳在小区游荡", "已联系犬主，要求文明养犬"),
                            ("宠物在草坪便溺无人清理", "已张贴文明养宠告示并加强巡查")]),
        "绿化养护": ("绿化部", [("绿化带枯死未补种", "已补种并安排养护"), ("树枝遮挡窗户影响采光", "已修剪树枝")]),
        "安全管理": ("秩序部", [("夜间单元门常开，陌生人随意进出", "已维修单元门闭门器"),
                            ("电动车在楼道充电无人管", "已清理楼道电动车并张贴告示")]),
    }
    weights = [("噪音扰民", 16), ("漏水渗水", 14), ("停车管理", 14), ("环境卫生", 12), ("服务态度", 8),
               ("设施损坏", 12), ("装修管理", 6), ("宠物管理", 6), ("绿化养护", 5), ("安全管理", 7)]
    checks = ["经现场核实情况属实", "已电话核实，情况属实", "已查看监控，属实", "部分属实，已向业主说明"]
    measures = ["组织相关部门检讨，制定整改方案并限期完成", "约谈责任班组，增加夜间巡查", "联系施工单位返修，逐户排查",
                "召开专题会，落实专人跟进"]

    days = _days(rng, n, datetime(2025, 1, 6), 172)
    days[n - 2] = max(days[n - 2], datetime(2025, 6, 23))
    rows = []
    for i in range(n):
        recv = _clock(days[i], rng, 8.5, 18.5)
        matter = pick(rng, weights)
        if i in open_cases:
            matter = rng.choice(["漏水渗水", "设施损坏"])
        if i in trap_cs_self:
            matter = "服务态度"
        dept, contents = matters[matter]
        receiver = rng.choice(front + front + cs_staff)
        if i in wrong_receiver:
            receiver = foreman
            matter = "设施损坏"
            dept, contents = matters[matter]
        content, result = rng.choice(contents)
        notify = _office(recv + timedelta(minutes=rng.randint(20, 300)), rng)
        days_allowed = rng.choice([1, 2, 3]) if dept != "工程部" else rng.choice([3, 5, 7])
        if serious[i]:
            days_allowed = min(days_allowed, 3)
        due = datetime(notify.year, notify.month, notify.day) + timedelta(days=days_allowed)
        manager_at = None
        if serious[i] and i not in serious_unreported:
            manager_at = _office(recv + timedelta(minutes=rng.randint(30, 240)), rng)
        special = i in special_ok + special_unreported
        reported_to = report_special_at = None
        if special and i in special_ok:
            reported_to = rng.choice(["总经理", "分管副总"] + ([f"{dept}经理"] if dept != "客服部" else []))
            report_special_at = _office(recv + timedelta(minutes=rng.randint(20, 180)), rng)

        # solved within the limit (or not), revisited, signed off
        if i in open_cases:
            solved = None
            due = max(due, datetime(2025, 7, 1) + timedelta(days=rng.randint(1, 4)))
        else:
            span = (due - datetime(notify.year, notify.month, notify.day)).days
            ready = max(notify, manager_at or notify)          # notified, and for serious ones reviewed
            solved = _clock(notify + timedelta(days=rng.randint(0, span)), rng, 9, 17.8)
            if solved < ready + timedelta(minutes=40):
                solved = _office(ready + timedelta(minutes=rng.randint(40, 150)), rng)
                if solved >= due + timedelta(days=1):
                    solved = ready + timedelta(minutes=40)
            if i in trap_due_evening:
                solved = due.replace(hour=19, minute=rng.randint(10, 50))
            if i in late:
                solved = _clock(due + timedelta(days=rng.randint(2, 6)), rng, 9, 17.5)
        feedback = _office(solved + timedelta(minutes=rng.randint(10, 240)), rng) if solved else None
        visit = visitor = signed = None
        if solved and i not in no_revisit:
            visit = _clock(solved + timedelta(days=rng.randint(1, 3)), rng, 9, 17.5)
            visitor = rng.choice(assistants)
            if i in wrong_revisit:
                visitor = chiefs["工程部"] if wrong_revisit.index(i) == 0 else chiefs["秩序部"]
                if visitor == chiefs["工程部"]:
                    matter, (dept, contents) = "漏水渗水", matters["漏水渗水"]
                else:
                    matter, (dept, contents) = "停车管理", matters["停车管理"]
                content, result = rng.choice(contents)
        if solved:
            base = visit or solved
            signed = datetime(base.year, base.month, base.day) + timedelta(days=rng.randint(1, 3))
        opinion = pick(rng, [("满意", 60), ("基本满意", 28), ("不满意", 12)]) if visit else ""
        phone = _mobile(rng)
        if i in trap_landline:
            phone = f"0571-8{rng.randint(1000000, 9999999)}"
        if i in no_phone:
            phone = ""

        row = Case()
        row["记录编号"] = f"YJY-KS-2025-{i + 1:03d}"
        row["受理日期"] = recv
        row["受理人"] = receiver
        row["投诉人"] = _name(rng) + rng.choice(["", "先生", "女士", "女士"])
        row["单元号"] = f"{rng.randint(1, 16)}幢{rng.randint(1, 3)}单元{rng.randint(2, 28)}0{rng.randint(1, 4)}"
        row["联系电话"] = phone
        row["投诉事项"] = matter
        row["投诉内容"] = content
        row["严重程度"] = "较严重" if serious[i] else "一般"
        row["核实情况"] = rng.choice(checks)
        row["通知部门"] = dept
        row["通知时间"] = notify
        row["限期"] = due.date()
        row["汇报经理时间"] = manager_at
        row["解决措施"] = rng.choice(measures) if manager_at else ""
        row["责任人"] = heads[dept] if manager_at and i not in no_responsible else ""
        row["特殊情况"] = "是" if special else ""
        row["汇报对象"] = reported_to or ""
        row["汇报时间"] = report_special_at
        row["处理结果"] = result if solved else ""
        row["完成时间"] = solved
        row["结果反馈时间"] = feedback
        row["回访时间"] = visit
        row["回访人"] = visitor or ""
        row["客户意见"] = opinion
        row["负责人签字"] = heads[dept] if signed and i not in no_signature else ""
        row["签认日期"] = signed.date() if signed else None
        row["备注"] = "恶意投诉，已坚持原则并耐心解释" if i in trap_malicious else \
            ("群诉，已报领导" if special else rng.choice(["", "", "", "", "业主要求书面答复", "已拍照留存", "需跟进"]))
        rows.append(row)

    # a repeated 记录编号: the clerk copied the row above for a new complaint and did not change the number
    busy = set(late + serious_unreported + no_responsible + no_revisit + wrong_revisit + wrong_receiver + no_phone
               + no_signature + special_unreported + [i for idx in traps.values() for i in idx])
    dup_src = next(k for k in range(15, 40) if k not in busy and k + 1 not in busy)
    rows[dup_src + 1]["记录编号"] = rows[dup_src]["记录编号"]
    if injected is not None:
        num = lambda i: rows[i]["记录编号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        injected += [(num(i), "late_resolve") for i in late]
        injected += [(num(i), "serious_not_reported") for i in serious_unreported]
        injected += [(num(i), "no_responsible_person") for i in no_responsible]
        injected += [(num(i), "no_revisit") for i in no_revisit]
        injected += [(num(i), "wrong_revisit") for i in wrong_revisit]
        injected += [(num(i), "wrong_receiver") for i in wrong_receiver]
        injected += [(num(i), "no_phone") for i in no_phone]
        injected += [(num(i), "no_signature") for i in no_signature]
        injected += [(num(i), "special_not_reported") for i in special_unreported]
        injected += [(num(i), "trap_" + what) for what, idx in traps.items() for i in idx]

    hand = {
        "procedure": "s12-property-center-complaints",
        "columns": {
            "记录编号": "case_number",
            "受理日期": "receive_at",
            "受理人": "receive_by",
            "投诉人": "complainant",
            "单元号": "address",
            "联系电话": "contact_phone",
            "投诉事项": "complaint_matter",
            "投诉内容": "content",
            "严重程度": "severity",
            "通知部门": "resolve_by",
            "通知时间": "verify_notify_at",
            "限期": "resolve_due_at",
            "汇报经理时间": "manager_review_at",
            "解决措施": "measures",
            "责任人": "responsible_person",
            "特殊情况": "special_case",
            "汇报对象": "reported_to",
            "汇报时间": "report_special_at",
            "处理结果": "result",
            "完成时间": "resolve_at",
            "回访时间": "revisit_at",
            "回访人": "revisit_by",
            "客户意见": "satisfaction",
            "负责人签字": "resolver_signature",
            "签认日期": "record_result_at",
        },
        "values": {
            "severity": {"较严重": "serious", "一般": ""},
            "special_case": {"是": True},
            "reported_to": {"总经理": "company_leader", "分管副总": "company_leader",
                            **{f"{d}经理": "dept_manager" for d in ("工程部", "秩序部", "保洁部", "绿化部")}},
        },
        "roles": {
            **{f: "front_desk" for f in front},
            **{c: "customer_service" for c in cs_staff},
            **{a: "cs_assistant" for a in assistants},
            foreman: "complained_dept",
            **{c: "complained_dept" for c in chiefs.values()},
            **{d: "complained_dept" for d in ("工程部", "秩序部", "保洁部", "绿化部", "客服部")},
        },
    }
    return rows, hand


EXPORTS = [
    ("70-s40-service-desk-complaint-tickets.csv", "utf-8", e70_s40_service_desk),
    ("71-s12-estate-complaint-log.xlsx", "xlsx", e71_s12_estate_log),
]
