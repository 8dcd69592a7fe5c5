"""Starter-profile benchmark exports 152-153 (set 26c), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 152 153    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


# --- 152: S13, a tobacco-style distribution centre's customer-complaint ledger ------------------------------------

def _s(t):
    """2025/3/4 9:12 -- the ledger's own spelling (Excel saved as CSV)."""
    if t is None:
        return ""
    if isinstance(t, datetime):
        return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"
    return f"{t.year}/{t.month}/{t.day}"


def _office(t, rng):
    """Move a step time into the centre's office hours (8:00-17:30, working days)."""
    t = t.replace(second=0, microsecond=0)
    if t.hour >= 17 and t.minute > 30 or t.hour >= 18:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(10, 50))
    elif t.hour < 8:
        t = t.replace(hour=8, minute=rng.randint(10, 50))
    while not workday(t.date()):
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(10, 50))
    return t


_S13_KINDS = [
    # 责任判定, 责任部门, 投诉内容, 原因分析, 处理方案, weight
    ("商品质量", "质量监督", [
        ("到货的两条烟有一条外包装受潮发霉", "仓储湿度偏高，该批次部分件烟受潮", "退换受潮条烟，仓库加开除湿机并抽检同批库存"),
        ("条盒内少了一包", "生产环节装盒缺包，质量监督核实属实", "当面补足一包，向工业公司反馈缺包问题"),
        ("拆开后发现烟支有断支、漏丝", "该批次烟支质量异常", "退换该条，同批次召回未售部分"),
        ("封签破损，怀疑被调包", "运输途中件箱挤压，封签破损，商品本身无异常", "耐心解释并为客户退换封签破损的条烟")], 6),
    ("客户经理", "营销部", [
        ("客户经理一个月没来走访，订货问题没人管", "客户经理片区调整后未及时走访新接手客户", "片区经理督促客户经理三日内上门走访，讲解订货政策"),
        ("客户经理答应调的货源一直没调", "客户经理对货源投放政策解释不清、承诺不当", "片区经理上门说明货源投放规则，客户经理当面致歉"),
        ("客户经理态度生硬，问问题不耐烦", "客户经理服务态度问题", "客户经理书面检讨并上门致歉，片区经理跟踪回访"),
        ("网上订货密码重置找客户经理三天没弄好", "客户经理业务不熟，未及时转信息中心", "客户经理协同信息中心当日重置，并上门教客户操作")], 7),
    ("调度运输", "调度运输", [
        ("送货员比约定时间晚了两个多小时", "线路调整未通知客户，车辆晚点", "调度优化送货线路，送货员向客户道歉并提前电话预约"),
        ("送货员把货放门口没让签收就走了", "送货员赶线路，未按规定当面交接", "送货员上门补办签收并道歉，调度组内通报"),
        ("送货车堵在店门口卸货，影响生意", "卸货停车位置不当", "送货员改在路口停车卸货，调度记入线路备注")], 5),
    ("分拣差错", "配送中心", [
        ("订的是软包，送来的是硬包", "分拣线品规串货", "当天补送正确品规并收回错货，分拣组复核扫码"),
        ("少送了两条，单子上有", "分拣漏件", "次日随车补送两条，分拣组加强出库复核")], 4),
    ("客户原因", "无（客户原因）", [
        ("说没订的货给送来了", "经核查系客户本人网上误订", "向客户解释订单记录，协助办理退货手续")], 1),
]

_S13_CHANNELS = [("电话", 10), ("电邮", 2), ("现场", 5), ("其他", 2)]   # 其他 = 微信群留言、意见箱等


def e152_s13_distribution_complaint_ledger(rng, injected=None):
    """某地市商品配送中心（给零售客户送货，客户经理按片区维护零售户）客户服务部的《客户投诉记录单》登记台账：
    专人受理的每一起投诉（电话、电邮、现场、其他）都登一行，客服主管把《客户投诉处理单》副本送责任人，责任人
    调查后由客服部会同责任部门拟处理方案，主管领导审核。台账是 Excel，年中另存为 CSV（GBK）交审计。
    日期写法：Excel 另存 CSV 的样子 2025/3/4 9:12。

    从制度原文写下的列：记录单号、受理时间、受理人、投诉方式（电话/电邮/现场/其他）、客户编码、客户名称、
    联系电话、所属片区、客户经理、投诉内容、责任判定（商品质量/客户经理/调度运输/分拣/其他）、责任部门、
    责任人、处理单送达时间、送达人、承诺解决期限、告知客户时间、退换召回、处理方案、审核领导、审核时间、
    处理结果、办结时间、状态、备注。

    读过制度 YAML 后补的列：记录单填写时间、填单人、责任认定时间、原因分析、责任人反馈时间、退换日期、方案拟定时间。
    承诺解决期限在系统里是“期限日 18:00”（同一写法 2025/3/10 18:00）。受理人都是配送中心的受理专员；填单人
    一般就是受理人。

    注入（按规则 id，共 18 项）：record_slip_always 2（客户经理口头转达、没有填记录单）、step-record 1（客户经理
    自己填单）、receive-record 1（记录单填写时间早于受理时间，日期录错）、deadline_notified 2（责任在客户经理却没有
    承诺期限）、resolve_by_notified_due 3（两件办结晚于承诺期限，一件到 6/30 仍未办结且已过期限）、
    explain_when_product_quality 2（商品质量问题没有退换）、responsible_department_determined 1、cause_determined 1
    （已办结，责任部门或原因分析空白）、plan_approved 2（已办结，方案没有领导审核）、step-send_handling_slip 1
    （受理专员代主管送达处理单）、step-approve_plan 1（客服主管代领导签审核）、case_number 1（同一记录单录了两行）。

    陷阱（不是违规）：责任在客户经理、在承诺期限当天 15:20 办结的；责任在客户经理、尚未办结但承诺期限在审计日
    之后的；调度运输、分拣差错、客户原因的投诉没有承诺期限（只有客户经理的才要求）；夜间值班电话受理的投诉；
    副主任审核方案（同为主管领导）；客户原因的投诉责任部门写“无（客户原因）”；尚未拟定方案的在办案件没有审核。
    """
    taken = set()
    receivers = distinct_names(rng, 3, taken)          # 客户投诉受理专员
    supervisor = distinct_names(rng, 1, taken)[0]       # 客户服务主管
    director, deputy = distinct_names(rng, 2, taken)    # 配送中心主任、副主任（主管领导）
    managers = distinct_names(rng, 6, taken)            # 客户经理
    drivers = distinct_names(rng, 3, taken)             # 送货员
    sorter = distinct_names(rng, 1, taken)[0]           # 分拣组长
    qc = distinct_names(rng, 1, taken)[0]               # 质量监督员
    areas = ["城东片区", "城西片区", "城南片区", "城北片区", "开发区片区", "城郊片区"]
    shops = ["便利店", "烟酒店", "超市", "商行", "小卖部", "副食店"]
    streets = ["建设路", "人民路", "解放路", "新华街", "和平路", "中山路", "滨江路", "兴业街", "文化路", "长江路"]

    n = 40
    plan = {
        # index: injection
        3: "record_slip_always", 17: "record_slip_always",
        9: "step-record",
        22: "receive-record",
        5: "deadline_notified", 26: "deadline_notified",
        7: "resolve_by_notified_due", 19: "resolve_by_notified_due",
        38: "resolve_by_notified_due (open)",
        2: "explain_when_product_quality", 30: "explain_when_product_quality",
        12: "responsible_department_determined",
        15: "cause_determined",
        24: "plan_approved", 28: "plan_approved",
        11: "step-send_handling_slip",
        33: "step-approve_plan",
    }
    # responsibilities that the injections need
    need = {i: "商品质量" for i in (2, 30)}
    need.update({i: "客户经理" for i in (5, 26, 7, 19, 38, 13, 36, 39)})   # 13, 36, 39: traps
    starts = sorted(datetime(2025, 1, 6, 8) + timedelta(minutes=rng.randint(0, 172 * 24 * 60)) for _ in range(n))
    starts[38] = datetime(2025, 6, 17, 10, 25)
    starts[39] = datetime(2025, 6, 26, 14, 40)
    starts[36] = max(starts[36], datetime(2025, 6, 9, 9, 0))
    cases = []
    for i, t0 in enumerate(starts):
        # 24-hour intake: most complaints in the day, some in the evening by the duty phone
        if rng.random() < 0.15:
            t0 = t0.replace(hour=rng.choice([19, 20, 21, 22]))
        else:
            t0 = t0.replace(hour=rng.randint(8, 16))
        t0 = t0.replace(second=0, microsecond=0)
        inj = plan.get(i)
        resp = need.get(i)
        if resp is None:
            resp = pick(rng, [(k[0], k[3]) for k in _S13_KINDS])
        kind = next(k for k in _S13_KINDS if k[0] == resp)
        content, cause, measures = rng.choice(kind[2])
        dept = kind[1]
        mgr_i = rng.randrange(6)
        channel = pick(rng, _S13_CHANNELS)
        receiver = rng.choice(receivers)
        responsible = {"商品质量": qc, "客户经理": managers[mgr_i], "调度运输": rng.choice(drivers),
                       "分拣差错": sorter, "客户原因": managers[mgr_i]}[resp]
        record_at = t0 + timedelta(minutes=rng.randint(3, 40))
        record_by = receiver
        det_at = _office(t0 + timedelta(minutes=rng.randint(45, 150)), rng)
        send_at = _office(det_at + timedelta(hours=rng.uniform(0.5, 20)), rng)
        send_by = supervisor
        feedback_at = _office(send_at + timedelta(hours=rng.uniform(3, 50)), rng)
        draft_at = _office(feedback_at + timedelta(hours=rng.uniform(1, 20)), rng)
        approve_at = _office(draft_at + timedelta(hours=rng.uniform(1, 30)), rng)
        approve_by = pick(rng, [(director, 3), (deputy, 2)])
        closed_at = _office(approve_at + timedelta(hours=rng.uniform(2, 60)), rng)
        due = notify_at = None
        replace_at = None
        replace_txt = ""
        if resp == "客户经理":
            notify_at = _office(t0 + timedelta(hours=rng.uniform(1, 8)), rng)
            due = (t0 + timedelta(days=rng.randint(5, 10))).date()
            # resolved within the promised date
            latest = datetime.combine(due, datetime.min.time()).replace(hour=16)
            if closed_at > latest:
                closed_at = latest - timedelta(hours=rng.uniform(1, 20))
                closed_at = closed_at.replace(hour=max(closed_at.hour, 9), second=0, microsecond=0)
                approve_at = min(approve_at, closed_at - timedelta(hours=2))
                draft_at = min(draft_at, approve_at - timedelta(hours=1))
                feedback_at = min(feedback_at, draft_at - timedelta(hours=1))
                send_at = min(send_at, feedback_at - timedelta(hours=1))
                det_at = min(det_at, send_at - timedelta(minutes=30))
        if resp == "商品质量":
            replace_at = _office(t0 + timedelta(hours=rng.uniform(1, 26)), rng)
            replace_txt = rng.choice(["退换1条", "退换2条", "补足", "同批召回"])
        note = ""
        # --- injections ---------------------------------------------------------------------------------
        if inj == "record_slip_always":
            record_at, record_by = None, ""
            note = "客户经理口头转达，未填记录单，月底据周报补登"
            channel = "现场"
        elif inj == "step-record":
            record_by = managers[mgr_i]
            channel = "现场"
            note = "客户经理现场接到投诉，自行填单后交客服部"
        elif inj == "receive-record":
            # slip dated ten days before the complaint (typed 4/1 for 4/11)
            record_at = record_at - timedelta(days=10)
        elif inj == "deadline_notified":
            due = notify_at = None
            note = "未与客户约定解决期限"
        elif inj == "resolve_by_notified_due":
            closed_at = _office(datetime.combine(due, datetime.min.time()) + timedelta(days=rng.randint(2, 5), hours=10), rng)
            note = "客户经理调岗，处理拖期"
        elif inj == "resolve_by_notified_due (open)":
            due = date(2025, 6, 24)
            closed_at = None
            approve_at = draft_at = None
            note = "片区经理休假，方案未定"
        elif inj == "explain_when_product_quality":
            replace_at, replace_txt = None, ""
            note = "客户要求下次送货一并处理，未退换"
        elif inj == "responsible_department_determined":
            dept = ""
        elif inj == "cause_determined":
            cause = ""
        elif inj == "plan_approved":
            approve_at, approve_by = None, ""
            note = "方案未送领导审核即执行"
        elif inj == "step-send_handling_slip":
            send_by = rng.choice(receivers)
            note = "主管出差，处理单由受理专员送达"
        elif inj == "step-approve_plan":
            approve_by = supervisor
            note = "领导外出，主管代签"
        # --- traps ----------------------------------------------------------------------------------------
        if i == 13:      # closed on the promised date itself (date-only deadline): on time
            closed_at = datetime.combine(due, datetime.min.time()).replace(hour=15, minute=20)
            approve_at = min(approve_at, closed_at - timedelta(hours=3))
            draft_at = min(draft_at, approve_at - timedelta(hours=1))
            feedback_at = min(feedback_at, draft_at - timedelta(hours=1))
            send_at = min(send_at, feedback_at - timedelta(hours=1))
            det_at = min(det_at, send_at - timedelta(minutes=30))
        if i == 39:      # open, promised date after the audit date: not yet overdue
            due = date(2025, 7, 4)
            closed_at = approve_at = draft_at = None
        # --- what had happened by the export --------------------------------------------------------------
        seq = [det_at, send_at, feedback_at, draft_at, approve_at, closed_at]
        cut = False
        for k, v in enumerate(seq):
            if cut or (v is not None and v > CUTOFF):
                cut = True
                seq[k] = None
        det_at, send_at, feedback_at, draft_at, approve_at, closed_at = seq
        if replace_at is not None and replace_at > CUTOFF:      # explained and exchanged on the phone that evening
            replace_at = t0 + timedelta(minutes=rng.randint(20, 50))
        if notify_at is not None and notify_at > CUTOFF:
            notify_at = t0 + timedelta(minutes=rng.randint(20, 50))
        if due is not None and closed_at is None and inj is None and due < date(2025, 7, 2):
            due = date(2025, 7, rng.randint(2, 4))
        if approve_at is None and inj != "plan_approved":
            draft_at = None if (draft_at and closed_at is None) else draft_at
        if closed_at is None and inj == "plan_approved":
            raise AssertionError("plan_approved injection needs a closed case")
        status = "已办结" if closed_at else ("处理中" if send_at else "已受理")
        row = Case({
            "记录单号": f"KT{t0:%y%m}{i + 1:03d}",
            "受理时间": _s(t0),
            "受理人": receiver,
            "记录单填写时间": _s(record_at),
            "填单人": record_by,
            "投诉方式": channel,
            "客户编码": f"4301{rng.randint(10**7, 10**8 - 1)}",
            "客户名称": f"{rng.choice(streets)}{person_name(rng)[0]}记{rng.choice(shops)}",
            "联系电话": mobile(rng),
            "所属片区": areas[mgr_i],
            "客户经理": managers[mgr_i],
            "投诉内容": content,
            "责任判定": resp if (det_at or resp == "商品质量" or due) else "",
            "责任认定时间": _s(det_at),
            "原因分析": cause if det_at else "",
            "责任部门": dept if det_at else "",
            "责任人": responsible if send_at else "",
            "处理单送达时间": _s(send_at),
            "送达人": send_by if send_at else "",
            "责任人反馈时间": _s(feedback_at),
            "承诺解决期限": _s(due) + (" 18:00" if due else ""),
            "告知客户时间": _s(notify_at) if due else "",
            "退换召回": replace_txt,
            "退换日期": _s(replace_at),
            "处理方案": measures if draft_at else "",
            "方案拟定时间": _s(draft_at),
            "审核领导": approve_by if approve_at else "",
            "审核时间": _s(approve_at),
            "处理结果": ("已按方案处理，客户认可" if closed_at else ""),
            "办结时间": _s(closed_at),
            "状态": status,
            "备注": note,
        })
        cases.append((row, inj))
    # one slip typed into the ledger twice
    dup = 20
    cases.insert(dup + 1, (Case(cases[dup][0]), None))
    if injected is not None:
        injected.append((cases[dup][0]["记录单号"], "case_number (duplicate)"))
        injected += [(c["记录单号"], inj) for c, inj in cases if inj]
    rows = [c for c, _ in cases]
    hand = {
        "procedure": "s13-distribution-complaint-handling",
        "encoding": "gbk",
        "columns": {
            "记录单号": "case_number",
            "受理时间": "receive_at",
            "受理人": "receive_by",
            "记录单填写时间": "record_at",
            "填单人": "record_by",
            "投诉方式": "channel",
            "投诉内容": "content",
            "责任判定": "responsibility",
            "责任认定时间": "determine_department_at",
            "原因分析": "cause",
            "责任部门": "responsible_department",
            "处理单送达时间": "send_handling_slip_at",
            "送达人": "send_handling_slip_by",
            "责任人反馈时间": "propose_result_at",
            "责任人": "propose_result_by",
            "承诺解决期限": "resolution_due_at",
            "告知客户时间": "notify_deadline_at",
            "退换日期": "explain_replace_at",
            "处理方案": "measures",
            "方案拟定时间": "draft_plan_at",
            "审核领导": "approve_plan_by",
            "审核时间": "approve_plan_at",
            "办结时间": "closed_at",
        },
        "values": {
            "channel": {"电话": "unnamed_first", "电邮": "email", "现场": "onsite", "其他": "other"},
            "responsibility": {"商品质量": "product_quality", "客户经理": "account_manager",
                               "调度运输": "", "分拣差错": "", "客户原因": ""},
            "receive_by": {name: "distribution_center" for name in receivers},
        },
        "roles": {
            **{name: "complaint_receiver" for name in receivers},
            supervisor: "cs_supervisor",
            director: "leader",
            deputy: "leader",
            **{name: "responsible_party" for name in [*managers, *drivers, sorter, qc]},
        },
    }
    return rows, hand


# --- 153: S40, a property company's front-desk complaint register -------------------------------------------------

_S40_KINDS = [
    # 投诉类别, 责任部门, [(投诉内容, 处理过程及结果)], weight, can be settled on the spot
    ("一类", "秩序维护部", [
        ("门岗保安对业主态度生硬，访客登记时出言不逊", "秩序维护部主管约谈当班保安，当面向业主致歉，门岗重新培训访客登记流程"),
        ("地库夜间巡逻不到位，车辆被划无人发现", "调取监控提供给业主报警，地库夜间巡逻改为每两小时一次并签到")], 5, True),
    ("一类", "环境部", [
        ("楼道垃圾两天没清，有异味", "环境部当日清运并消杀，调整该楼栋保洁排班"),
        ("电梯轿厢地面脏，保洁不及时", "保洁领班安排立即清洁，电梯轿厢改为每日早晚两次保洁")], 5, True),
    ("一类", "工程部", [
        ("报修水龙头漏水两天了维修工还没上门", "工程部当日上门更换阀芯，报修单超时纳入考核"),
        ("单元门禁坏了一周没人修", "工程部更换门禁控制板，恢复刷卡功能")], 5, True),
    ("一类", "客服部", [
        ("管家微信消息不回，问装修手续没人答复", "客服部主管约谈管家，当日上门讲解装修手续并致歉"),
        ("物业费发票开错抬头，来回跑了三次", "客服部当日重开发票并送上门")], 4, True),
    ("二类", "工程部", [
        ("卫生间天花渗水，楼上说不是他家的问题", "工程部入户检测为楼上防水层破损，协调施工单位保修返工"),
        ("客厅外墙一下雨就渗水，墙皮起鼓", "工程部会同开发商查验外墙，列入维修计划并完成外墙打胶"),
        ("地下车库顶板渗漏，车被滴脏", "工程部协调施工单位注浆堵漏，临时加装接水槽")], 5, False),
    ("三类", "客服部", [
        ("小区外道路施工夜间噪音大，影响休息", "客服部致函施工单位并报城管，施工单位调整夜间作业时段"),
        ("供电局检修停电没有提前通知", "客服部向供电所核实并张贴停电公告，约定今后提前一天通知"),
        ("快递柜超时收费，业主不认可", "客服部约见快递柜运营方，延长免费存放时长至24小时")], 4, False),
]

_S40_CHANNELS = [("来访", 5), ("现场", 4), ("电话", 7), ("信件", 1), ("邮件", 2), ("集团转办", 1), ("12345转办", 1)]


def _day(t, rng):
    """Keep a time inside the service centre's day (8:00-20:00; the property office works every day)."""
    if t.hour < 8:
        return t.replace(hour=8, minute=rng.randint(5, 55))
    if t.hour >= 20:
        return (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(5, 55))
    return t


def _cell(t):
    return t.replace(second=0, microsecond=0) if t is not None else None


def e153_s40_property_front_desk_register(rng, injected=None):
    """某住宅小区物业服务中心前台的《投诉处理记录表》：前台接待员把当面、电话、信件、邮件来的投诉都登进
    Excel 表，分类后传给责任部门，部门处理完把过程和结果报回前台，运营管理部回访后在同一张表上记回访。
    年中从表里导出一份 XLSX（工作表“导出”）交审计。日期写法：Excel 日期时间单元格。

    从制度原文写下的列：序号、投诉时间、业主姓名、房号、联系电话、投诉方式（来访/电话/信件/邮件）、
    投诉内容、投诉类别（一类/二类/三类）、接待人、信息接收人、告知前台时间、是否当场处理、通知上级时间、
    上级领导、是否上报部门负责人、部门负责人、责任部门、处理人、处理过程及结果、完成时间、报前台时间、
    回访日期、回访方式（电话/上门）、回访人、回访意见（满意/基本满意/不满意）、备注。
    表里“信息接收人”与“接待人”是同一栏：谁先接到投诉（前台、现场员工、管家、夜间值班员）就写谁，所以只留“接待人”。
    “通知上级时间”一栏当场处理的记的是事后向主管汇报的时间，不能当场处理的记的是通知主管的时间。

    读过制度 YAML 后补的列：登记编号、报告人、上级批示时间、疑难投诉、上报时间、负责人批示时间、派单人、
    派单时间、结果登记时间、回访记录、归档日期。

    注入（按规则 id，19 个案件、20 项发现）：notify_superior_2h 2（现场员工三到五小时后才报主管）、
    unresolved_in_person_to_superior 1（不能当场处理、没有报主管；同一案件另有 notify_superior_2h 未完成 1 项，
    也算注入）、superior_opinion_given 1、party_notifies_superior 1（前台代现场员工报主管）、
    on_spot_handling_reported 1、inform_reception_1h 2（管家次日才转前台）、remote_complaint_recorded 1（电话投诉
    直接找工程部处理，前台没有派单）、hard_or_higher_to_dept_head 1（12345 转办件没有上报经理）、
    head_opinion_given 1、category_for_dispatch 1、result_reported 1、record_result_same_day 1（次日才登结果）、
    revisit_3_days 2、revisit_recorded 1、records_archived 1、revisit_by_operations_mgmt 1（管家回访）。

    陷阱（不是违规）：1 小时 50 分钟报主管的；55 分钟告知前台的；处理后第三天下午回访的；傍晚 18:10 报前台、
    当晚 19:45 登记结果的；前台在服务中心当面接待的投诉由前台本人报主管（前台此时就是当事人）；疑难投诉上报
    经理并有批示的；6 月 30 日下午刚收到、还没处理的信件投诉；三类（红线外、第三方）投诉由客服部协调处理。
    """
    taken = set()
    clerks = distinct_names(rng, 2, taken)            # 前台接待员
    butlers = distinct_names(rng, 3, taken)           # 客户管家（接业主电话、信件、邮件）
    duty = distinct_names(rng, 2, taken)              # 客服热线夜间值班员
    onsite = list(zip(distinct_names(rng, 4, taken), ["工程部", "秩序维护部", "环境部", "环境部"]))   # 现场员工
    sup_cs, sup_eng = distinct_names(rng, 2, taken)   # 客服主管、工程主管（上级领导）
    head = distinct_names(rng, 1, taken)[0]           # 物业服务中心经理（部门负责人）
    ops = distinct_names(rng, 2, taken)               # 运营管理部回访专员
    buildings = [f"{b}栋" for b in range(1, 19)]

    n = 44
    plan = {
        4: "notify_superior_2h", 27: "notify_superior_2h",
        9: "unresolved_in_person_to_superior",
        14: "superior_opinion_given",
        20: "party_notifies_superior",
        11: "on_spot_handling_reported",
        6: "inform_reception_1h", 31: "inform_reception_1h",
        17: "remote_complaint_recorded",
        23: "hard_or_higher_to_dept_head",
        35: "head_opinion_given",
        2: "category_for_dispatch",
        25: "result_reported",
        12: "record_result_same_day",
        8: "revisit_3_days", 29: "revisit_3_days",
        15: "revisit_recorded",
        33: "records_archived",
        19: "revisit_by_operations_mgmt",
    }
    # channel / on-the-spot needs of the injections and traps
    in_person_not_spot = {4, 27, 9, 14, 20, 1}      # 1: trap, superior told after 1h50m
    in_person_spot = {11, 7}
    remote = {6, 31, 17, 2, 3, 16, 43}              # 3: trap, front desk told after 55 min; 43: just received
    higher = {23}
    hard = {35, 22}                                 # 22: escalated and answered, a clean hard case
    starts = sorted(datetime(2025, 1, 3, 8) + timedelta(minutes=rng.randint(0, 176 * 24 * 60)) for _ in range(n))
    starts[43] = datetime(2025, 6, 30, 14, 5)
    cases = []
    for i, t0 in enumerate(starts):
        t0 = t0.replace(hour=rng.randint(8, 18), second=0, microsecond=0)
        inj = plan.get(i)
        if i in in_person_not_spot or i in in_person_spot:
            channel = rng.choice(["来访", "现场"])
        elif i in remote:
            channel = rng.choice(["电话", "电话", "邮件", "信件"])
        elif i in higher:
            channel = "12345转办"
        else:
            channel = pick(rng, _S40_CHANNELS)
        if i in in_person_not_spot or i in hard or i in higher:
            kind = pick(rng, [(k, k[3]) for k in _S40_KINDS if not k[4] or i in in_person_not_spot])
        elif i in in_person_spot:
            kind = pick(rng, [(k, k[3]) for k in _S40_KINDS if k[4]])
        else:
            kind = pick(rng, [(k, k[3]) for k in _S40_KINDS])
        category, dept, texts, _, spot_ok = kind
        content, result = rng.choice(texts)
        in_person = channel in ("来访", "现场")
        is_higher = channel.endswith("转办")
        if in_person:
            if channel == "来访":
                receiver = rng.choice(clerks)
            else:
                receiver = rng.choice(onsite)[0]
            on_spot = (i in in_person_spot) or (i not in in_person_not_spot and spot_ok and rng.random() < 0.55)
        elif is_higher:
            receiver = rng.choice(clerks)
            on_spot = None
        else:
            receiver = rng.choice(duty) if (t0.hour >= 18 or channel == "电话" and rng.random() < 0.3) else rng.choice(butlers)
            on_spot = None
        is_hard = (i in hard) or (not is_higher and not spot_ok and i not in in_person_not_spot
                                 and i not in remote and rng.random() < 0.2)
        if i in in_person_not_spot or i in remote or i in higher:
            is_hard = False
        if in_person and on_spot:
            t0 = t0.replace(hour=min(t0.hour, 16))
        r = {}   # step -> time, in the order they happened
        r["receive"] = t0
        if in_person and on_spot:
            r["handle"] = t0 + timedelta(minutes=rng.randint(10, 60))
            r["report_sup"] = r["handle"] + timedelta(minutes=rng.randint(5, 60))
            r["report_result"] = r["report_sup"] + timedelta(minutes=rng.randint(10, 150))
        else:
            t = t0
            if in_person:
                r["notify"] = t = t0 + timedelta(minutes=rng.randint(10, 100))
                r["sup_op"] = t = t + timedelta(minutes=rng.randint(20, 240))
            elif not is_higher:
                r["inform"] = t = t0 + timedelta(minutes=rng.randint(5, 50))
            if is_higher or is_hard:
                r["escalate"] = t = t + timedelta(minutes=rng.randint(10, 50))
                r["head_op"] = t = t + timedelta(minutes=rng.randint(60, 300))
            r["dispatch"] = t = t + timedelta(minutes=rng.randint(10, 60))
            r["handle"] = t = _day(t + timedelta(hours=rng.uniform(2, 70)), rng)
            r["report_result"] = t + timedelta(minutes=rng.randint(20, 300))
        # the front desk writes the result down the same day
        rr = r["report_result"]
        if rr.hour >= 19:
            rr = r["report_result"] = rr.replace(hour=18, minute=rng.randint(0, 40))
            if rr <= r["handle"]:
                r["handle"] = rr - timedelta(minutes=30)
        if rr.hour < 8:
            rr = r["report_result"] = rr.replace(hour=8, minute=rng.randint(10, 50))
        r["record_result"] = rr + timedelta(minutes=rng.randint(5, 90))
        r["revisit"] = max(r["handle"] + timedelta(hours=rng.uniform(8, 62)), r["record_result"] + timedelta(hours=2))
        r["revisit"] = r["revisit"].replace(hour=rng.randint(9, 17))
        if r["revisit"] <= r["record_result"]:
            r["revisit"] = r["record_result"] + timedelta(hours=2)
        r["archive"] = _day(r["revisit"] + timedelta(hours=rng.uniform(0.5, 30)), rng)
        if r["archive"] > CUTOFF:
            r["archive"] = r["revisit"] + timedelta(minutes=30)
        notify_by = receiver
        superior = sup_eng if dept == "工程部" else sup_cs
        revisit_by = rng.choice(ops)
        revisit_way = pick(rng, [("电话", 4), ("上门", 1)])
        satisfaction = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)])
        revisit_note = {"满意": "业主对处理结果满意", "基本满意": "问题已解决，业主希望以后响应再快些",
                        "不满意": "业主认为处理太慢，已转主管跟进"}[satisfaction]
        cat_txt = category
        note = ""
        # --- injections ---------------------------------------------------------------------------------
        if inj == "notify_superior_2h":
            late = timedelta(minutes=rng.randint(170, 320))
            shift = r["receive"] + late - r["notify"]
            for k in ("notify", "sup_op", "dispatch", "handle", "report_result", "record_result", "revisit", "archive"):
                r[k] = r[k] + shift
            note = "当事人忙于现场，事后才报主管"
        elif inj == "unresolved_in_person_to_superior":
            r.pop("notify")
            r.pop("sup_op")
            note = "现场员工直接转前台派单，未报主管"
        elif inj == "superior_opinion_given":
            r.pop("sup_op")
        elif inj == "party_notifies_superior":
            receiver = rng.choice(onsite)[0]
            channel = "现场"
            notify_by = rng.choice(clerks)
            note = "前台代为报主管"
        elif inj == "on_spot_handling_reported":
            r.pop("report_sup")
        elif inj == "inform_reception_1h":
            shift = _day(r["inform"] + timedelta(hours=rng.uniform(3, 18)), rng) - r["inform"]
            for k in ("inform", "dispatch", "handle", "report_result", "record_result", "revisit", "archive"):
                r[k] = r[k] + shift
            note = "管家次日才转前台"
        elif inj == "remote_complaint_recorded":
            r.pop("dispatch")
            note = "管家直接找工程部处理，前台未派单"
        elif inj == "hard_or_higher_to_dept_head":
            r.pop("escalate")
            r.pop("head_op")
            note = "12345转办件，前台直接派单"
        elif inj == "head_opinion_given":
            r.pop("head_op")
        elif inj == "category_for_dispatch":
            cat_txt = ""
        elif inj == "result_reported":
            result = ""
        elif inj == "record_result_same_day":
            r["record_result"] = (r["report_result"] + timedelta(days=1)).replace(hour=9, minute=rng.randint(5, 40))
            if r["revisit"] <= r["record_result"]:
                r["revisit"] = r["record_result"] + timedelta(hours=3)
                r["archive"] = r["revisit"] + timedelta(hours=2)
        elif inj == "revisit_3_days":
            r["revisit"] = (r["handle"] + timedelta(days=rng.randint(5, 7))).replace(hour=rng.randint(9, 16))
            r["archive"] = r["revisit"] + timedelta(hours=3)
        elif inj == "revisit_recorded":
            revisit_note = ""
        elif inj == "records_archived":
            r.pop("archive")
        elif inj == "revisit_by_operations_mgmt":
            revisit_by = rng.choice(butlers)
            note = "运营管理部人手不足，由管家回访"
        # --- traps ----------------------------------------------------------------------------------------
        if i == 1:       # superior told 1h50m after the complaint: inside two hours
            shift = r["receive"] + timedelta(minutes=110) - r["notify"]
            for k in ("notify", "sup_op", "dispatch", "handle", "report_result", "record_result", "revisit", "archive"):
                r[k] = r[k] + shift
        if i == 3:       # front desk told 55 minutes after the call
            shift = r["receive"] + timedelta(minutes=55) - r["inform"]
            for k in ("inform", "dispatch", "handle", "report_result", "record_result", "revisit", "archive"):
                r[k] = r[k] + shift
        if i == 10:      # revisited on the third day after handling
            r["revisit"] = (r["handle"] + timedelta(days=3)).replace(hour=16, minute=20)
            r["archive"] = r["revisit"] + timedelta(minutes=40)
        if i == 16:      # result brought to the desk in the evening, written down the same evening
            r["report_result"] = r["report_result"].replace(hour=18, minute=10)
            if r["report_result"] <= r["handle"]:
                r["handle"] = r["report_result"] - timedelta(minutes=40)
            r["record_result"] = r["report_result"].replace(hour=19, minute=45)
        # --- what had happened by the export: a step after the export date and everything after it is blank ---
        order = sorted(r.items(), key=lambda kv: kv[1])
        cut = next((t for _, t in order if t > CUTOFF), None)
        if cut is not None:
            r = {k: v for k, v in r.items() if v < cut}
        g = lambda k: _cell(r.get(k))
        outcome_t = g("report_sup") if on_spot else g("notify")
        row = Case({
            "序号": i + 1,
            "登记编号": f"WY{t0:%y%m}-{i + 1:03d}",
            "投诉时间": _cell(t0),
            "业主姓名": person_name(rng),
            "房号": f"{rng.choice(buildings)}{rng.randint(1, 3)}单元{rng.randint(2, 26)}{rng.randint(1, 4):02d}",
            "联系电话": mobile(rng),
            "投诉方式": channel,
            "投诉内容": content,
            "投诉类别": cat_txt,
            "接待人": receiver,
            "告知前台时间": g("inform"),
            "是否当场处理": ("是" if on_spot else "否") if in_person else "",
            "通知上级时间": outcome_t,
            "报告人": (notify_by if outcome_t else ""),
            "上级领导": superior if g("sup_op") else "",
            "上级批示时间": g("sup_op"),
            "疑难投诉": "是" if is_hard else "否",
            "是否上报部门负责人": "是" if g("escalate") else "否",
            "上报时间": g("escalate"),
            "部门负责人": head if g("head_op") else "",
            "负责人批示时间": g("head_op"),
            "派单人": rng.choice(clerks) if g("dispatch") else "",
            "派单时间": g("dispatch"),
            "责任部门": dept if (g("dispatch") or g("handle") or on_spot) else "",
            "处理人": (rng.choice([who for who, d in onsite if d == dept] or [superior]) if g("handle") else ""),
            "完成时间": g("handle"),
            "处理过程及结果": result if g("record_result") else "",
            "报前台时间": g("report_result"),
            "结果登记时间": g("record_result"),
            "回访日期": g("revisit"),
            "回访方式": revisit_way if g("revisit") else "",
            "回访人": revisit_by if g("revisit") else "",
            "回访意见": satisfaction if g("revisit") else "",
            "回访记录": revisit_note if g("revisit") else "",
            "归档日期": g("archive"),
            "备注": note,
        })
        cases.append((row, inj))
    if injected is not None:
        injected += [(c["登记编号"], inj) for c, inj in cases if inj]
        injected += [(c["登记编号"], "notify_superior_2h (never notified)") for c, inj in cases
                     if inj == "unresolved_in_person_to_superior"]
    rows = [c for c, _ in cases]
    depts = ["工程部", "秩序维护部", "环境部", "客服部"]
    hand = {
        "procedure": "s40-property-complaint-handling",
        "sheet": "导出",
        "columns": {
            "登记编号": "case_number",
            "投诉时间": "receive_at",
            "投诉方式": "channel",
            "投诉内容": "content",
            "投诉类别": "category",
            "接待人": "receive_by",
            "告知前台时间": "inform_reception_at",
            "是否当场处理": "resolved_on_spot",
            "上级领导": "superior_opinion_by",
            "上级批示时间": "superior_opinion_at",
            "疑难投诉": "hard_case",
            "上报时间": "escalate_to_head_at",
            "部门负责人": "head_opinion_by",
            "负责人批示时间": "head_opinion_at",
            "派单人": "record_dispatch_by",
            "派单时间": "record_dispatch_at",
            "责任部门": "handle_by",
            "完成时间": "handle_at",
            "处理过程及结果": "result",
            "报前台时间": "report_result_at",
            "结果登记时间": "record_result_at",
            "回访日期": "revisit_at",
            "回访方式": "revisit_method",
            "回访人": "revisit_by",
            "回访记录": "revisit_result",
            "回访意见": "satisfaction",
            "归档日期": "archive_at",
        },
        "outcomes": {
            "是否当场处理": {"date": "通知上级时间", "by": "报告人",
                        "steps": {"是": "report_to_superior", "否": "notify_superior"}},
        },
        "values": {
            "channel": {"来访": "in_person", "现场": "in_person", "电话": "phone", "信件": "letter", "邮件": "email",
                        "集团转办": "higher_authority", "12345转办": "higher_authority"},
            "category": {"一类": "class_1", "二类": "class_2", "三类": "class_3"},
            "resolved_on_spot": {"是": True, "否": False},
            "hard_case": {"是": True, "否": False},
            "revisit_method": {"电话": "phone", "上门": "visit"},
            # a front-desk clerk who takes a complaint at the desk is the 当事人 of that complaint
            "receive_by": {name: "party" for name in clerks},
            "notify_superior_by": {name: "party" for name in clerks},
            "report_to_superior_by": {name: "party" for name in clerks},
        },
        "roles": {
            **{name: "reception" for name in clerks},
            **{name: "info_receiver" for name in [*butlers, *duty]},
            **{name: "party" for name, _ in onsite},
            sup_cs: "superior",
            sup_eng: "superior",
            head: "dept_head",
            **{name: "operations_mgmt" for name in ops},
            **{d: "responsible_dept" for d in depts},
        },
    }
    return rows, hand


EXPORTS = [
    ("152-s13-distribution-complaint-ledger.csv", "gbk", e152_s13_distribution_complaint_ledger),
    ("153-s40-property-front-desk-register.xlsx", "xlsx", e153_s40_property_front_desk_register),
]
