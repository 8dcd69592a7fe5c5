"""Starter-profile benchmark exports 48-50 (set 9a), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py    # writes these with every other export (every_export)

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, START, pick, slash, day_first, person_name as _name, mobile as _mobile


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _office_time(rng, day):
    """A time on `day` during the front desk's hours (08:00-20:00)."""
    return day.replace(hour=8, minute=0) + timedelta(minutes=rng.randint(0, 12 * 60 - 1))


# --- 48: S9, another property company's front-desk complaint register ------------------------------------------

def e48_s9_property(rng, injected=None):
    """鸿景物业 锦江花园管理处 客服前台“业主投诉登记台账”（物业管理系统导出，GBK 编码 CSV），按 S9《客户服务管理制度及流程》审计。
    日期写法：2025/3/4 9:12（slash）。投诉级别分 重大 / 重要 / 一般（“一般”是本公司自己的第三级，制度未给出，映射为空）。
    “处理负责人”一列写人名：周建国是公司总经理，陈立新是管理处主任，黄志强、林小燕是物管员，刘敏是客服主管（不对应任何角色）。
    读过制度 YAML 后补的列：录入时间（系统登记时间，即接待记录的时间 receive_at；“投诉时间”是业主反映的时间，字段 received_at），
    上门了解时间（explain_at），处理负责人 / 开始处理时间（按投诉级别：重大→总经理处理 gm_handle，重要→主任处理 director_handle，用 outcomes）。
    注入：JJ-2503-0xx 编号重复 1 对；重要投诉转呈主任超过半小时 2 件；重大投诉次日才呈报总经理 1 件；
    重大投诉没有呈报总经理时间 1 件；重要投诉没有转呈主任时间 1 件；投诉时间空白 1 件；联系电话空白 2 件；房号空白 1 件；
    被投诉部门/人员空白 1 件；业主要求空白 2 件；事件经过空白 1 件；重要投诉由物管员处理 1 件；重大投诉由管理处主任处理 1 件；
    主任处理早于转呈主任 1 件；上门了解早于录入 1 件；投诉级别写成“紧急”（不在选项中）1 件。
    """
    n = 64
    inject = {}
    slots = list(range(3, n))
    rng.shuffle(slots)

    def take(k, what):
        got = [slots.pop() for _ in range(k)]
        for i in got:
            inject.setdefault(i, []).append(what)
        return got

    # severity per case first, so the severity-specific injections land on the right level
    levels = [pick(rng, [("一般", 62), ("重要", 27), ("重大", 11)]) for _ in range(n)]
    for i in (5, 17, 29, 41, 53):
        levels[i] = "重大"
    for i in (8, 14, 22, 33, 38, 47, 58):
        levels[i] = "重要"
    majors = [i for i in range(n) if levels[i] == "重大"]
    importants = [i for i in range(n) if levels[i] == "重要"]
    for i in majors + importants:
        if i in slots:
            slots.remove(i)
    rng.shuffle(majors)
    rng.shuffle(importants)
    inj_major = {"late_gm": majors[0], "no_gm": majors[1], "gm_by_director": majors[2]}
    inj_imp = {"late_dir_a": importants[0], "late_dir_b": importants[1], "no_dir": importants[2],
               "by_officer": importants[3], "handle_before_report": importants[4]}
    no_received = take(1, "no_received")
    no_phone = take(2, "no_phone")
    no_room = take(1, "no_room")
    no_party = take(1, "no_party")
    no_demand = take(2, "no_demand")
    no_content = take(1, "no_content")
    explain_early = take(1, "explain_early")
    urgent = take(1, "urgent")
    for i in urgent:
        levels[i] = "紧急"

    parties = [("工程维修部", 26), ("保安队", 20), ("保洁组", 16), ("客服前台", 10), ("绿化组", 6), ("停车场管理", 12),
               ("保安队 岗亭值班员", 4), ("工程维修部 电工老赵", 3), ("收费处", 6)]
    issues = {
        "工程维修部": [("楼上卫生间渗水到本户天花板", "尽快维修并赔偿天花板损失"), ("电梯一周内第三次停运", "彻底检修电梯，给出书面说明"),
                   ("报修水管漏水两天无人上门", "今天内上门维修"), ("地下车库照明灯大面积不亮", "尽快更换灯具")],
        "保安队": [("夜间外来车辆随意进入小区", "加强门岗登记"), ("保安值班时睡觉，快递被冒领", "查监控、追回快递"),
                 ("保安态度恶劣，与业主争吵", "保安道歉，公司给出处理结果")],
        "保洁组": [("楼道垃圾三天未清运，有异味", "每天清运"), ("清洁工用脏拖把拖电梯", "规范保洁作业")],
        "客服前台": [("电话多次无人接听", "保证值班电话畅通"), ("前台办理门禁卡推诿", "当天办好门禁卡")],
        "绿化组": [("修剪树枝砸坏车窗", "赔偿车窗维修费用"), ("喷洒农药未提前通知", "以后提前张贴通知")],
        "停车场管理": [("固定车位被他人长期占用", "清走占位车辆"), ("停车费多收一个月", "退还多收的停车费")],
        "收费处": [("物业费账单与合同面积不符", "核对面积并更正账单")],
    }
    handlers = {"重大": "总经理 周建国", "重要": "管理处主任 陈立新"}
    receptionists = ["前台 吴静", "前台 郑丽", "客服主管 刘敏", "前台 何娜"]

    rows = []
    day = START
    for i in range(n):
        day = day + timedelta(days=rng.choice([0, 1, 1, 1, 2, 2, 3]))
        t = _office_time(rng, day)                         # 业主来电/来访（投诉时间）
        rec = t + timedelta(minutes=rng.randint(1, 9))     # 前台录入系统（接待记录）
        level = levels[i]
        party = pick(rng, parties)
        content, demand = rng.choice(issues[party.split(" ")[0]])
        building = rng.randint(1, 18)
        room = f"{building}栋{rng.randint(1, 3)}单元{rng.randint(2, 32)}{rng.randint(1, 4):02d}"
        report_gm = report_dir = None
        handler = handle_at = None
        if level == "重大":
            report_gm = rec + timedelta(minutes=rng.randint(20, 240))
            if report_gm.date() != rec.date():
                report_gm = rec.replace(hour=23, minute=10)
            handler = handlers["重大"]
            handle_at = report_gm + timedelta(minutes=rng.randint(30, 300))
            if i == inj_major["late_gm"]:
                report_gm = (rec + timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 40))
                handle_at = report_gm + timedelta(hours=2)
            if i == inj_major["no_gm"]:
                report_gm = None
            if i == inj_major["gm_by_director"]:
                handler = handlers["重要"]
        elif level == "重要":
            report_dir = rec + timedelta(minutes=rng.randint(4, 26))
            handler = handlers["重要"]
            handle_at = report_dir + timedelta(minutes=rng.randint(20, 180))
            if i in (inj_imp["late_dir_a"], inj_imp["late_dir_b"]):
                report_dir = rec + timedelta(minutes=rng.randint(50, 140))
                handle_at = report_dir + timedelta(minutes=40)
            if i == inj_imp["no_dir"]:
                report_dir = None
            if i == inj_imp["by_officer"]:
                handler = "物管员 黄志强"
            if i == inj_imp["handle_before_report"]:
                report_dir = rec + timedelta(minutes=25)
                handle_at = rec + timedelta(minutes=12)
        elif rng.random() < 0.35:
            handler = rng.choice(["物管员 黄志强", "物管员 林小燕", "客服主管 刘敏"])
            handle_at = rec + timedelta(hours=rng.uniform(1, 30))
        explain = None
        if rng.random() < 0.45 or i in explain_early:
            explain = rec + timedelta(minutes=rng.randint(25, 600))
            if i in explain_early:
                explain = t - timedelta(minutes=40)       # 物管员先到现场，前台事后补录
        closed = (handle_at or rec) + timedelta(hours=rng.uniform(4, 72))
        done = closed < datetime(2025, 6, 28)
        visit = closed + timedelta(days=rng.randint(1, 4)) if done and rng.random() < 0.8 else None
        visit = None if visit and visit > CUTOFF else visit
        row = Case()
        row["登记编号"] = f"JJ-{rec:%y%m}-{i + 1:03d}"
        row["投诉时间"] = "" if i in no_received else slash(t)
        row["录入时间"] = slash(rec)
        row["投诉人"] = _name(rng) + rng.choice(["", "", "（业主）", "（租户）"])
        row["房号"] = "" if i in no_room else room
        row["联系电话"] = "" if i in no_phone else _mobile(rng)
        row["投诉方式"] = pick(rng, [("来电", 50), ("来访", 30), ("微信群", 12), ("书面", 8)])
        row["被投诉部门/人员"] = "" if i in no_party else party
        row["事件经过"] = "" if i in no_content else content
        row["业主要求"] = "" if i in no_demand else demand
        row["投诉级别"] = level
        row["接待人"] = rng.choice(receptionists)
        row["呈报总经理时间"] = slash(report_gm) if report_gm else ""
        row["转呈主任时间"] = slash(report_dir) if report_dir else ""
        row["上门了解时间"] = slash(explain) if explain else ""
        row["处理负责人"] = handler or ""
        row["开始处理时间"] = slash(handle_at) if handle_at else ""
        row["处理结果"] = rng.choice(["已维修", "已协调解决", "已向业主解释", "已赔偿", "已整改"]) if done else "处理中"
        row["回访时间"] = slash(visit) if visit else ""
        row["回访意见"] = pick(rng, [("满意", 70), ("基本满意", 20), ("不满意", 10)]) if visit else ""
        row["备注"] = rng.choice(["", "", "", "已拍照存档", "业主要求书面回复", "涉及楼上住户"])
        rows.append(row)
    # a repeated 登记编号: the system re-used a number after a record was voided and re-entered
    dup_src, dup_dst = 10, 11
    rows[dup_dst]["登记编号"] = rows[dup_src]["登记编号"]
    if injected is not None:
        num = lambda i: rows[i]["登记编号"]  # noqa: E731
        injected += [(num(dup_dst), "duplicate")]
        injected += [(num(i), w) for w, i in inj_major.items()] + [(num(i), w) for w, i in inj_imp.items()]
        injected += [(num(i), w) for i, ws in inject.items() for w in ws]

    hand = {
        "procedure": "s9-xiangyong-property-service",
        "encoding": "gb18030",
        "columns": {
            "登记编号": "case_number",
            "投诉时间": "received_at",
            "录入时间": "receive_at",
            "投诉人": "complainant",
            "房号": "address",
            "联系电话": "contact_phone",
            "被投诉部门/人员": "complained_party",
            "事件经过": "content",
            "业主要求": "demand",
            "投诉级别": "severity",
            "呈报总经理时间": "report_gm_at",
            "转呈主任时间": "report_director_at",
            "上门了解时间": "explain_at",
        },
        "values": {"severity": {"重大": "major", "重要": "important", "一般": ""}},
        "roles": {"总经理 周建国": "general_manager", "管理处主任 陈立新": "office_director",
                  "物管员 黄志强": "property_officer", "物管员 林小燕": "property_officer"},
        "outcomes": {"投诉级别": {"date": "开始处理时间", "by": "处理负责人",
                                  "steps": {"重大": "gm_handle", "重要": "director_handle"}}},
    }
    return rows, hand


# --- 49: S42, a provincial operator's appeal work orders ---------------------------------------------------------

def e49_s42_operator(rng, injected=None):
    """某省电信运营商 客户服务中心“投诉/申诉工单”导出（XLSX，日期为真正的日期单元格），按 S42《电信用户申诉处理暂行办法》审计。
    用户先向运营商投诉（10000号、营业厅、网厅、APP），不满意或逾期未答复的向省通信管理局申诉受理中心（少数向工信部申诉受理中心）申诉，
    申诉受理机构转办回运营商，工单上记下申诉、受理、调解的日期。申诉类别用公司自己的分类：资费争议 / 计费差错 / 网络质量 /
    宽带装维 / 业务办理 / 服务态度 / 携号转网（前两类为话费争议）。满意度：满意 / 基本满意 / 不满意（“基本满意”制度没有这一项，不映射）。
    读过制度 YAML 后补的列：受理部门（receive_by），用户申诉日期（appeal_at），申诉受理机构（accept_appeal_by），
    申诉受理日期（accept_appeal_at），调解日期（mediate_at），曾经调解结案（mediation_opinion_issued）；“和解协议已执行”原拟为“是否已和解”。
    注入：工单流水号重复 1 对；首次答复超过15个工作日 3 件（其中 1 件跨五一假期），受理后一直未答复 1 件；
    话费争议事项发生5个多月后才申诉仍被受理 1 件；其他申诉事项发生2年多后申诉仍被受理 1 件；已和解并执行仍受理申诉 1 件；
    已调解结案又受理申诉 1 件；答复时间早于受理时间 1 件；申诉受理日期早于用户申诉日期 1 件；
    由省通信管理局申诉受理中心（而非运营商）答复用户 1 件；满意度“基本满意”5 件（不在选项中）。
    """
    n = 72
    order = list(range(2, n))
    rng.shuffle(order)
    late = [i for i in reversed(order) if i < 55][:3]         # late replies that were still sent before 1 July
    order = [i for i in order if i not in late]
    never = [rng.choice([i for i in order[18:] if i < 40])]
    order.remove(never[0])
    reply_before = [order.pop()]
    wrong_reply = [order.pop()]
    # appeal-bearing cases
    appealed = set(order[:18])
    fee_old, other_old, settled, mediated_before, accept_early = order[:5]

    categories = [("资费争议", 26), ("计费差错", 12), ("网络质量", 18), ("宽带装维", 14), ("业务办理", 14),
                  ("服务态度", 8), ("携号转网", 8)]
    fee_like = {"资费争议", "计费差错"}
    texts = {
        "资费争议": ["套餐外流量费用与宣传不符", "未订购的增值业务被扣费", "合约到期后资费自动上调"],
        "计费差错": ["国际漫游费重复计费", "宽带停机期间仍收月租", "话费账单多扣一个月"],
        "网络质量": ["家中室内无4G信号", "5G频繁掉线", "通话经常断续"],
        "宽带装维": ["宽带报障三天未上门", "装机人员迟到且未修好", "光猫更换后网速变慢"],
        "业务办理": ["销户后仍继续扣费", "营业厅拒绝办理过户", "办理副卡未经本人同意"],
        "服务态度": ["10000号客服挂断电话", "营业员态度冷淡"],
        "携号转网": ["携转授权码无法获取", "携号转网被要求先补缴违约金"],
    }
    units = ["10000号客服中心", "市分公司营业厅", "网上营业厅", "政企客户部"]
    handlers_dept = ["省公司投诉管理中心", "市分公司客户服务部", "网络维护中心", "计费账务中心"]
    bodies = [("省通信管理局电信用户申诉受理中心", 88), ("工业和信息化部电信用户申诉受理中心", 12)]

    rows = []
    day = START.replace(hour=9)
    for i in range(n):
        day = day + timedelta(hours=rng.choice([20, 24, 26, 30, 40, 48]))
        recv = day.replace(hour=8, minute=0) + timedelta(minutes=rng.randint(0, 13 * 60))
        cat = pick(rng, categories)
        if i == fee_old:
            cat = "资费争议"
        if i == other_old:
            cat = "网络质量"
        incident = (recv - timedelta(days=rng.randint(2, 60))).replace(hour=0, minute=0)
        reply = recv + timedelta(hours=rng.uniform(3, 9 * 24))
        if i in late:
            reply = recv + timedelta(days=rng.randint(30, 38))
        if i in never:
            reply = None
        if i in reply_before:
            reply = recv - timedelta(hours=2)
        unsatisfied = i in appealed
        sat = None
        if reply:
            sat = "不满意" if unsatisfied else pick(rng, [("满意", 80), ("基本满意", 8), ("不满意", 12)])
        appeal = accept = mediate = None
        if i in appealed:
            base = reply if reply and reply > recv else recv + timedelta(days=22)
            appeal = base + timedelta(days=rng.randint(2, 15), hours=rng.randint(0, 6))
            if reply is None or i in late:
                appeal = recv + timedelta(days=24, hours=rng.randint(0, 30))
            accept = appeal + timedelta(days=rng.randint(1, 5), hours=rng.randint(1, 8))
            if rng.random() < 0.65:
                mediate = accept + timedelta(days=rng.randint(3, 14), hours=rng.randint(0, 6))
            if i == accept_early:
                accept = appeal - timedelta(days=2)
        if i == fee_old:
            incident = (appeal - timedelta(days=rng.randint(170, 200))).replace(hour=0, minute=0)
        if i == other_old:
            incident = (appeal - timedelta(days=rng.randint(760, 800))).replace(hour=0, minute=0)
        reply, appeal, accept, mediate = (None if x and x > CUTOFF else x for x in (reply, appeal, accept, mediate))
        row = Case()
        row["工单流水号"] = f"TS{recv:%Y%m%d}{rng.randint(100000, 999999)}"
        row["用户号码"] = _mobile(rng)
        row["客户姓名"] = _name(rng)
        row["受理渠道"] = "工信部转办" if i in appealed and rng.random() < 0.1 else \
            pick(rng, [("10000号", 50), ("营业厅", 22), ("网厅", 12), ("APP", 16)])
        row["受理时间"] = recv
        row["受理部门"] = pick(rng, [(u, w) for u, w in zip(units, [60, 22, 10, 8])])
        row["争议发生日期"] = incident.date() if hasattr(incident, "date") else incident
        row["申诉类别"] = cat
        row["申诉内容"] = rng.choice(texts[cat])
        row["承办部门"] = rng.choice(handlers_dept) if reply else ""
        row["承办人"] = _name(rng) if reply else ""
        row["首次答复时间"] = reply
        row["答复方式"] = pick(rng, [("电话", 70), ("短信", 20), ("上门", 10)]) if reply else ""
        row["处理结果"] = (pick(rng, [("已解决", 60), ("部分解决", 25), ("未解决", 15)]) if reply else "处理中")
        row["客户满意度"] = sat or ""
        row["退费金额(元)"] = round(rng.uniform(5, 300), 2) if cat in fee_like and reply and rng.random() < 0.6 else None
        row["和解协议已执行"] = "是" if i == settled else ("否" if i in appealed else "")
        row["曾经调解结案"] = "是" if i == mediated_before else ("否" if i in appealed else "")
        row["用户申诉日期"] = appeal
        row["申诉受理机构"] = pick(rng, bodies) if appeal else ""
        row["申诉受理日期"] = accept
        row["调解日期"] = mediate
        row["备注"] = rng.choice(["", "", "", "用户要求书面答复", "已录音", "重复投诉", "VIP客户"])
        if i in wrong_reply:
            row["承办部门"] = "省通信管理局电信用户申诉受理中心"
        rows.append(Case({k: (None if v == "" else v.replace(second=0, microsecond=0) if isinstance(v, datetime) else v)
                          for k, v in row.items()}))   # empty cells, not ""; times to the minute
    rows[41]["工单流水号"] = rows[40]["工单流水号"]          # re-imported work order keeps the old number
    if injected is not None:
        num = lambda i: rows[i]["工单流水号"]  # noqa: E731
        injected += [(num(41), "duplicate")] + [(num(i), "late") for i in late] + [(num(i), "never") for i in never]
        injected += [(num(i), "reply_before_receive") for i in reply_before]
        injected += [(num(i), "reply_by_appeal_body") for i in wrong_reply]
        injected += [(num(fee_old), "fee_over_5_months"), (num(other_old), "other_over_2_years"),
                     (num(settled), "settled"), (num(mediated_before), "mediated_before"),
                     (num(accept_early), "accept_before_appeal")]
        injected += [(r["工单流水号"], "basically_satisfied") for r in rows if r["客户满意度"] == "基本满意"]
    hand = {
        "procedure": "s42-telecom-user-appeals",
        "columns": {
            "工单流水号": "case_number",
            "受理时间": "receive_at",
            "受理部门": "receive_by",
            "争议发生日期": "incident_at",
            "申诉类别": "category",
            "承办部门": "reply_by",
            "首次答复时间": "reply_at",
            "客户满意度": "satisfaction",
            "和解协议已执行": "settlement_executed",
            "曾经调解结案": "mediation_opinion_issued",
            "用户申诉日期": "appeal_at",
            "申诉受理机构": "accept_appeal_by",
            "申诉受理日期": "accept_appeal_at",
            "调解日期": "mediate_at",
        },
        "values": {
            "category": {"资费争议": "fee_dispute", "计费差错": "fee_dispute", "网络质量": "other", "宽带装维": "other",
                         "业务办理": "other", "服务态度": "other", "携号转网": "other"},
            "satisfaction": {"满意": "satisfied", "不满意": "unsatisfied"},
            "settlement_executed": {"是": True, "否": False},
            "mediation_opinion_issued": {"是": True, "否": False},
        },
        "roles": {
            "10000号客服中心": "operator", "市分公司营业厅": "operator", "网上营业厅": "operator", "政企客户部": "operator",
            "省公司投诉管理中心": "operator", "市分公司客户服务部": "operator", "网络维护中心": "operator",
            "计费账务中心": "operator",
            "省通信管理局电信用户申诉受理中心": "provincial_appeal_body",
            "工业和信息化部电信用户申诉受理中心": "national_appeal_center",
        },
    }
    return rows, hand


# --- 50: S48, a PCB maker's English-language complaint CRM -------------------------------------------------------

def _dmy(t):
    return t.strftime("%d/%m/%Y")


def e50_s48_pcb(rng, injected=None):
    """港资PCB厂的英文客诉系统（Customer Complaint CRM）导出，UTF-8 CSV，按 S48《客户投诉管理办法》审计。
    日期写法：日/月/年（04/03/2025 09:12，day_first；交货、生产日期只写 04/03/2025）。Complaint No. 按制度编号原则写
    年2位+月2位+流水2位（250307）。部门代码：GMO-PC（总经理室生产管理组）、QA（质量管理部）、Sales（业务部）、MFG（制造部）、ENG（工程部）。
    Complaint Type：Product Quality / Workmanship（质量投诉），Human Error / Packing & Shipping / Documentation（非质量异常，人为因素），
    Customer Side（客户端自身原因，制度两类都不是，不映射）。
    读过制度 YAML 后补的列：SO No.（订单编号），Customer Request（客户要求），Loss Incurred（是否造成损失），Logged By / Logged On
    （登记 register），Site Visit Date、Exception Slip Date（未造成损失时前往处理、填报异常处理单），QA Verified On（inspect_at），
    MFG Investigation Done / MFG Owner（制造部调查），Production Line / Shift / Operator / Production Date（生产单位、班别、生产人员、生产日期），
    Disposition Decided On / Decided By（拟定处理方式），Responsible Person（责任人员），Reply Sent On / Reply Sent By（传达处理结果）。
    注入：编号重复 1 对；编号不合规则 2 件（2504-07、25047）；SO No. 空 1 件；Our P/N 空 1 件；Ship Date 空 2 件；
    Customer Request 空 1 件；Qty Defective 写 TBD 1 件；未造成损失、已前往处理却没有异常处理单 2 件；异常处理单早于前往处理 1 件；
    制造部调查后 Shift 空 1 件、Operator 空 1 件、Production Date 空 1 件；拟定处理后 Responsible Dept 空 1 件、Responsible Person 空 1 件；
    Sales 登记 2 件；MFG 检验确认 1 件；QA 做制造调查 1 件；QA 拟定处理方式 1 件；QA 直接回复客户 1 件；Complaint Type 为 Customer Side 1 件。
    """
    n = 58
    order = list(range(1, n - 10))     # injected cases are old enough to have reached the steps injected into
    rng.shuffle(order)

    def take(k):
        return {order.pop() for _ in range(k)}

    no_so, no_pn, no_ship, no_req, tbd = take(1), take(1), take(2), take(1), take(1)
    wrong_log, wrong_qa, wrong_mfg, wrong_decide, wrong_reply = take(2), take(1), take(1), take(1), take(1)
    no_shift, no_operator, no_pdate, no_rdept, no_rperson = take(1), take(1), take(1), take(1), take(1)
    customer_side = take(1)
    no_slip = take(2)
    slip_early = take(1)
    customers = [("Flextronics Zhuhai", "FLX"), ("Jabil Guangzhou", "JBL"), ("Delta Electronics Dongguan", "DLT"),
                 ("Hella Automotive", "HEL"), ("Kostal Shanghai", "KST"), ("Sanmina Shenzhen", "SAN")]
    defects = {
        "Product Quality": ["Solder mask peeling after reflow", "Plating void in PTH", "Delamination after 3x reflow",
                            "Impedance out of spec on L3"],
        "Workmanship": ["Scratches on gold fingers", "V-cut depth too shallow", "Silkscreen offset"],
        "Human Error": ["Wrong revision shipped", "Mixed date codes in one carton"],
        "Packing & Shipping": ["Boards shipped without desiccant", "Carton crushed, boards bent"],
        "Documentation": ["CoC missing microsection report", "Label quantity mismatch"],
        "Customer Side": ["Boards warped after customer's own baking at 180°C"],
    }
    requests = ["8D report within 7 days", "Replace defective boards", "Credit note", "Sort stock at customer site",
                "Return for rework", "Root cause & containment"]
    types = [("Product Quality", 38), ("Workmanship", 22), ("Human Error", 14), ("Packing & Shipping", 12),
             ("Documentation", 8)]
    rows = []
    serial = {}
    day = START
    for i in range(n):
        day = day + timedelta(hours=rng.choice([24, 36, 48, 48, 60, 72]))
        logged = day.replace(hour=8, minute=30) + timedelta(minutes=rng.randint(0, 9 * 60))
        ym = logged.strftime("%y%m")
        serial[ym] = serial.get(ym, 0) + 1
        number = f"{ym}{serial[ym]:02d}"
        ctype = "Customer Side" if i in customer_side else pick(rng, types)
        cust, code = rng.choice(customers)
        ship = logged - timedelta(days=rng.randint(5, 40))
        qty_ship = rng.choice([500, 800, 1000, 1200, 2000, 3000, 5000])
        qty_def = rng.randint(3, max(4, qty_ship // 20))
        loss = "No" if rng.random() < 0.4 or i in no_slip | slip_early else "Yes"
        visit = slip = None
        if loss == "No":
            visit = logged + timedelta(hours=rng.uniform(4, 50))
            slip = visit + timedelta(hours=rng.uniform(1, 20))
            if i in no_slip:
                slip = None
            if i in slip_early:
                slip = visit - timedelta(hours=6)
        age = datetime(2025, 7, 1) - logged
        inspect = logged + timedelta(hours=rng.uniform(3, 30))
        mfg = inspect + timedelta(hours=rng.uniform(12, 96)) if age.days > 5 else None
        decide = mfg + timedelta(hours=rng.uniform(12, 72)) if mfg and age.days > 10 else None
        reply = decide + timedelta(hours=rng.uniform(4, 48)) if decide and age.days > 12 else None
        closed = reply + timedelta(days=rng.randint(1, 10)) if reply and rng.random() < 0.85 else None
        visit, slip, mfg, decide, reply, closed = (None if x and x > CUTOFF else x
                                                   for x in (visit, slip, mfg, decide, reply, closed))
        row = Case()
        row["Complaint No."] = number
        row["Customer"] = cust
        row["Customer P/N"] = f"{code}-{rng.randint(10000, 99999)}-{rng.choice('ABCD')}"
        row["Our P/N"] = "" if i in no_pn else f"H{rng.choice(['4', '6', '8'])}L{rng.randint(1000, 9999)}R{rng.randint(1, 5)}"
        row["SO No."] = "" if i in no_so else f"SO{ship:%y}{rng.randint(10000, 99999)}"
        row["Lot No."] = f"{ship:%y%W}{rng.randint(10, 99)}"
        row["Qty Shipped"] = qty_ship
        row["Qty Defective"] = "TBD" if i in tbd else qty_def
        row["Ship Date"] = "" if i in no_ship else _dmy(ship)
        row["Logged On"] = day_first(logged)
        row["Logged By"] = "Sales" if i in wrong_log else "GMO-PC"
        row["Defect Description"] = rng.choice(defects[ctype])
        row["Customer Request"] = "" if i in no_req else rng.choice(requests)
        row["Complaint Type"] = ctype
        row["Loss Incurred"] = loss
        row["Sales Rep"] = rng.choice(["Kelvin Lau", "Iris Cheung", "Tommy Ng", "Ada Wong"])
        row["Site Visit Date"] = day_first(visit) if visit else ""
        row["Exception Slip Date"] = day_first(slip) if slip else ""
        row["QA Investigation Owner"] = "MFG" if i in wrong_qa else "QA"
        row["QA Verified On"] = day_first(inspect)
        row["MFG Owner"] = ("QA" if i in wrong_mfg else "MFG") if mfg else ""
        row["MFG Investigation Done"] = day_first(mfg) if mfg else ""
        row["Production Line"] = rng.choice(["Plant 1 Line A", "Plant 1 Line B", "Plant 2 Line C"]) if mfg else ""
        row["Shift"] = (rng.choice(["Day", "Night"]) if i not in no_shift else "") if mfg else ""
        row["Operator"] = (rng.choice(["Zhang Wei", "Li Na", "Chen Hao", "Liu Yang", "Huang Min"])
                           if i not in no_operator else "") if mfg else ""
        row["Production Date"] = (_dmy(ship - timedelta(days=rng.randint(3, 12))) if i not in no_pdate else "") \
            if mfg else ""
        row["Root Cause"] = rng.choice(["Under-cure of solder mask", "Drill smear", "Operator skipped AOI",
                                        "Packing SOP not followed", "Press cycle deviation"]) if mfg else ""
        row["Disposition"] = rng.choice(["Rework", "Replace", "Credit Note", "Return", "Use As Is"]) if decide else ""
        row["Decided By"] = ("QA" if i in wrong_decide else "GMO-PC") if decide else ""
        row["Disposition Decided On"] = day_first(decide) if decide else ""
        row["Responsible Dept"] = (rng.choice(["MFG", "QA", "ENG", "Warehouse"]) if i not in no_rdept else "") \
            if decide else ""
        row["Responsible Person"] = (rng.choice(["Wu Jian", "Zhou Lei", "Xu Ping", "Ma Lin"])
                                     if i not in no_rperson else "") if decide else ""
        row["Reply Sent By"] = ("QA" if i in wrong_reply else "Sales") if reply else ""
        row["Reply Sent On"] = day_first(reply) if reply else ""
        row["Closed On"] = day_first(closed) if closed else ""
        row["Remarks"] = rng.choice(["", "", "", "8D sent", "customer audit planned", "repeat issue", "urgent"])
        rows.append(row)
    # numbering injections: a repeated number, one typed with a hyphen, one with a one-digit serial
    rows[12]["Complaint No."] = rows[11]["Complaint No."]
    rows[20]["Complaint No."] = rows[20]["Complaint No."][:2] + rows[20]["Complaint No."][2:4] + "-" + \
        rows[20]["Complaint No."][4:]
    short = next(k for k in range(30, n) if rows[k]["Complaint No."].endswith(("01", "02", "03", "04", "05")))
    rows[short]["Complaint No."] = rows[short]["Complaint No."][:4] + rows[short]["Complaint No."][5:]
    if injected is not None:
        num = lambda i: rows[i]["Complaint No."]  # noqa: E731
        injected += [(num(12), "duplicate"), (num(20), "bad_number"), (num(short), "bad_number")]
        for what, idx in [("no_so", no_so), ("no_pn", no_pn), ("no_ship", no_ship), ("no_req", no_req), ("tbd", tbd),
                          ("wrong_log", wrong_log), ("wrong_qa", wrong_qa), ("wrong_mfg", wrong_mfg),
                          ("wrong_decide", wrong_decide), ("wrong_reply", wrong_reply), ("no_shift", no_shift),
                          ("no_operator", no_operator), ("no_pdate", no_pdate), ("no_rdept", no_rdept),
                          ("no_rperson", no_rperson), ("customer_side", customer_side), ("no_slip", no_slip),
                          ("slip_early", slip_early)]:
            injected += [(num(i), what) for i in sorted(idx)]
    hand = {
        "procedure": "s48-pcb-customer-complaints",
        "date_order": "day_first",
        "columns": {
            "Complaint No.": "case_number",
            "Our P/N": "product",
            "SO No.": "order_number",
            "Qty Defective": "quantity",
            "Ship Date": "ship_date",
            "Logged On": "register_at",
            "Logged By": "register_by",
            "Customer Request": "demand",
            "Complaint Type": "category",
            "Loss Incurred": "loss_caused",
            "Site Visit Date": "go_handle_at",
            "Exception Slip Date": "exception_slip_at",
            "QA Investigation Owner": "inspect_by",
            "QA Verified On": "inspect_at",
            "MFG Owner": "manufacturing_investigation_by",
            "MFG Investigation Done": "manufacturing_investigation_at",
            "Production Line": "production_unit",
            "Shift": "shift",
            "Operator": "production_staff",
            "Production Date": "production_date",
            "Decided By": "determine_handling_by",
            "Disposition Decided On": "determine_handling_at",
            "Responsible Dept": "responsible_department",
            "Responsible Person": "responsible_person",
            "Reply Sent By": "reply_by",
            "Reply Sent On": "reply_at",
        },
        "values": {
            "category": {"Product Quality": "quality", "Workmanship": "quality", "Human Error": "non_quality",
                         "Packing & Shipping": "non_quality", "Documentation": "non_quality"},
            "loss_caused": {"Yes": True, "No": False},
        },
        "roles": {"GMO-PC": "production_control", "QA": "quality_mgmt", "Sales": "sales", "MFG": "manufacturing"},
    }
    return rows, hand


EXPORTS = [
    ("48-s9-owner-complaint-register.csv", "gbk", e48_s9_property),
    ("49-s42-operator-appeal-orders.xlsx", "xlsx", e49_s42_operator),
    ("50-s48-pcb-complaint-crm.csv", "utf-8", e50_s48_pcb),
]
