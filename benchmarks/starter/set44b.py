"""Starter-profile benchmark exports 258-259 (set 44b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 258 259    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _after(rng, t, lo_h, hi_h, day_from=7, day_to=23):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = (t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))).replace(second=0, microsecond=0)
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from + 1, minute=rng.randint(0, 50))
    return u


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _take(rng, pool, used, test):
    """A random row index from pool that passes test and is not used yet (it joins used)."""
    cands = [i for i in pool if i not in used and test(i)]
    i = rng.choice(cands)
    used.add(i)
    return i


# --------------------------------------------------------------------------------------------------------------------

def e258_s36_hotel_guest_complaint_oa(rng, injected=None):
    """258: 一家带中餐厅、西餐厅和宴会厅的商务酒店，质检部在 OA 系统“宾客意见管理”模块中登记的宾客投诉台账，
    导出为 XLSX（工作表“导出”），时间是日期单元格。受理点分“部门”（客房部、前厅部、康乐部）和“餐厅”（中餐厅、
    西餐厅、宴会厅）；岗位列写酒店自己的岗位名（客房部长、楼面经理、餐饮副总……），人名另列。

    读制度 YAML 之前写下的表头（只读 S36 原文）：
        投诉编号、登记时间、宾客姓名、房号/台号、联系电话、投诉方式（当面/电话/信函/邮件/他人转告）、被投诉部门、
        投诉内容、投诉级别（轻度/一般/严重）、受理人、受理人岗位、处理人、处理人岗位、处理结果、补偿方式、
        请示上级（拆成 请示人岗位、请示时间、批示领导）、处理完成时间、宾客满意度
    读过制度 YAML 后补的列：
        投诉提出处（客人向哪个部门/餐厅提出，complaint_addressee）、权限内处理（是/否，否＝超出受理人权限）、
        方案拟定人、方案拟定时间、报公司时间（重大投诉）、超副总权限、请示总经理时间、跟进人岗位、跟进时间
    注入的违规（按规则 id 计数，共 18）：
        department_to_operations_director 2、restaurant_to_deputy_gm 2（超权限没有请示）、major_to_company 2、
        deputy_gm_to_general_manager 1、severity 1（级别“待定”）、channel 1（投诉方式“其他”）、
        department_complaint_to_area_supervisor 1（部门投诉由楼面经理受理）、
        restaurant_complaint_to_floor_manager 1（餐厅投诉由宴会部长受理）、
        major_to_deputy_gm 1（严重投诉由楼面经理或部门经理自己处理）、
        department_request_by_department_head 1（部门投诉超权限由本部门部长自己请示）、track_by_complaint_center 1
        （楼面经理跟进）、step-major_plan 1（运营总监拟方案）、receive-handle 1（处理完才登记）、
        request_instructions-handle 1（处理完才请示）、case_number 1（编号重复）
    陷阱（不是违规）：餐厅投诉由楼面主管受理、处理（本办法没有这个角色，不作判断）；餐厅经理跟进（中心副组长，
    算中心跟踪）；跟进人为各部长或餐饮副总（都算投诉处理中心）；严重投诉未超副总权限、没有请示总经理；“权限内处理＝是”的不需要请示；
    最后两天登记的投诉尚未处理、跟进（本办法没有时限）；处理与跟进同一分钟。
    """
    inj = injected if injected is not None else []
    taken: set = set()
    n = 46

    # people: posts are what the rules read; names are kept in their own columns
    dept_of = {"客房部": "客房", "前厅部": "前厅", "康乐部": "康乐"}
    area_head = {d: distinct_names(rng, 2, taken) for d in dept_of}            # 部长 (area supervisors)
    dept_mgr = {d: distinct_names(rng, 1, taken)[0] for d in dept_of}          # 部门经理 (department heads)
    floor_mgrs = distinct_names(rng, 3, taken)                                  # 楼面经理
    floor_sups = distinct_names(rng, 3, taken)                                  # 楼面主管
    banquet_head = distinct_names(rng, 1, taken)[0]                             # 宴会部长
    deputy_gm = distinct_names(rng, 1, taken)[0]                                # 餐饮副总
    guests = distinct_names(rng, n, taken)

    restaurants = ["中餐厅", "西餐厅", "宴会厅"]
    subjects = {
        "客房部": ["房间有异味，换房等候过久", "夜床服务遗漏", "空调噪音大影响休息", "卫生间地漏返水", "迷你吧账单有误"],
        "前厅部": ["入住排队超过二十分钟", "预订房型与到店不符", "退房时押金迟迟未退", "行李寄存丢失标签"],
        "康乐部": ["泳池水温偏低", "健身房器械损坏未标示", "桑拿间卫生差"],
        "中餐厅": ["菜品上错", "上菜太慢", "汤里有异物", "服务员态度冷淡", "结账多收酒水费"],
        "西餐厅": ["牛排熟度不对", "早餐补货不及时", "咖啡凉了", "儿童座椅不够"],
        "宴会厅": ["婚宴菜品与合同不符", "会议音响故障", "宴会开席延误四十分钟"],
    }
    cases = []
    severities = ["严重"] * 10 + ["一般"] * 20 + ["轻度"] * 16
    rng.shuffle(severities)
    for k in range(n):
        sev = severities[k]
        place = pick(rng, [("客房部", 5), ("前厅部", 3), ("康乐部", 2), ("中餐厅", 5), ("西餐厅", 3), ("宴会厅", 2)])
        is_rest = place in restaurants
        hi_day = date(2025, 6, 22) if sev == "严重" else date(2025, 6, 29)
        recv = _at(rng, _rand_day(rng, date(2025, 3, 1), hi_day), 7, 22.5)
        if is_rest:
            channel = pick(rng, [("当面", 6), ("电话", 3), ("信函", 1), ("邮件", 1)])
            rp = pick(rng, [("楼面经理", 8), ("楼面主管", 2)])
            rname = rng.choice(floor_mgrs if rp == "楼面经理" else floor_sups)
        else:
            channel = pick(rng, [("当面", 6), ("电话", 3), ("他人转告", 1), ("邮件", 1)])
            rp = f"{dept_of[place]}部长"
            rname = rng.choice(area_head[place])
        exceeds = sev == "严重" or (sev == "一般" and rng.random() < 0.35)
        c = dict(sev=sev, place=place, is_rest=is_rest, recv=recv, channel=channel, rp=rp, rname=rname,
                 exceeds=exceeds, req_post="", req_at=None, approver="", hp="", hname="", handle=None,
                 plan_by="", plan_at=None, report_at=None, over_dgm="", gm_at=None, tp="", track=None,
                 subject=rng.choice(subjects[place]))
        if exceeds:
            c["req_at"] = _after(rng, recv, 0.2, 1.2)
            if is_rest:
                c["req_post"], c["approver"] = "楼面经理", "餐饮副总"
            else:
                c["req_post"], c["approver"] = f"{dept_of[place]}部经理", "运营总监"
        if sev == "严重":
            c["plan_by"], c["plan_at"] = "餐饮副总", _after(rng, recv, 1, 4)
            c["report_at"] = _after(rng, c["plan_at"], 0.5, 6)
            c["over_dgm"] = pick(rng, [("否", 7), ("是", 3)])
            if c["over_dgm"] == "是":
                c["gm_at"] = _after(rng, c["plan_at"], 0.3, 3)
            c["hp"], c["hname"] = "餐饮副总", deputy_gm
            c["handle"] = _after(rng, max(t for t in (c["req_at"], c["plan_at"]) if t), 0.5, 8)
        else:
            start = c["req_at"] or recv
            c["handle"] = _after(rng, start, 0.3, 5)
            if is_rest:
                c["hp"] = pick(rng, [("楼面经理", 6), ("楼面主管", 3)])
                c["hname"] = rng.choice(floor_mgrs if c["hp"] == "楼面经理" else floor_sups)
            else:
                c["hp"] = pick(rng, [(f"{dept_of[place]}部长", 7), (f"{dept_of[place]}部经理", 3)])
                c["hname"] = rng.choice(area_head[place]) if c["hp"].endswith("部长") else dept_mgr[place]
        c["track"] = _after(rng, c["handle"], 6, 60)
        if sev == "严重":
            c["tp"] = pick(rng, [("餐饮副总", 3), ("投诉处理中心", 2)])
        elif is_rest:
            c["tp"] = pick(rng, [("投诉处理中心", 4), ("餐厅经理", 2)])
        else:
            c["tp"] = pick(rng, [(f"{dept_of[place]}部长", 5), ("投诉处理中心", 3)])
        cases.append(c)
    cases.sort(key=lambda c: c["recv"])
    # two late complaints still open at the cutoff (the procedure sets no deadline): registered, nothing after
    late = [c for c in cases[-10:] if c["sev"] != "严重" and not c["exceeds"]][-2:]
    for c, day, hour in zip(late, (date(2025, 6, 29), date(2025, 6, 30)), ((18, 22), (8, 11))):
        c.update(recv=_at(rng, day, *hour), open=True)
    cases.sort(key=lambda c: c["recv"])

    # traps: handled and followed up in the same minute; a case or two still open at the cutoff
    same = [i for i, c in enumerate(cases) if c["sev"] == "轻度" and c["recv"] < datetime(2025, 6, 1)]
    cases[same[0]]["track"] = cases[same[0]]["handle"]

    used: set = {same[0]}
    rows_idx = range(n)

    def hit(i, rule):
        inj.append((f"KS{cases[i]['recv']:%y%m}-{i + 1:03d}", rule))

    def early(i):                                      # finished, not just registered
        return cases[i]["recv"] < datetime(2025, 6, 20)

    def dept_general(i):
        return early(i) and not cases[i]["is_rest"] and cases[i]["sev"] == "一般"

    def rest_general(i):
        return early(i) and cases[i]["is_rest"] and cases[i]["sev"] == "一般"

    def major(i):
        return cases[i]["sev"] == "严重"

    for _ in range(2):                                 # department complaint over authority, nobody asked
        i = _take(rng, rows_idx, used, dept_general)
        cases[i].update(exceeds=True, req_post="", req_at=None, approver="")
        hit(i, "department_to_operations_director")
    for _ in range(2):                                 # restaurant complaint over authority, nobody asked
        i = _take(rng, rows_idx, used, rest_general)
        cases[i].update(exceeds=True, req_post="", req_at=None, approver="")
        hit(i, "restaurant_to_deputy_gm")
    for _ in range(2):                                 # major complaint never reported to the company
        i = _take(rng, rows_idx, used, major)
        cases[i]["report_at"] = None
        hit(i, "major_to_company")
    i = _take(rng, rows_idx, used, major)              # beyond the deputy GM's authority, the GM never asked
    cases[i].update(over_dgm="是", gm_at=None)
    hit(i, "deputy_gm_to_general_manager")
    i = _take(rng, rows_idx, used, major)              # the restaurant / department handled a major one itself
    c = cases[i]
    if c["is_rest"]:
        c.update(hp="楼面经理", hname=rng.choice(floor_mgrs))
    else:
        c.update(hp=f"{dept_of[c['place']]}部经理", hname=dept_mgr[c["place"]])
    hit(i, "major_to_deputy_gm")
    i = _take(rng, rows_idx, used, major)
    cases[i]["plan_by"] = "运营总监"
    hit(i, "step-major_plan")
    i = _take(rng, rows_idx, used, lambda i: cases[i]["sev"] == "一般" and not cases[i]["exceeds"])
    cases[i]["sev"] = "待定"
    hit(i, "severity")
    i = _take(rng, rows_idx, used, lambda i: cases[i]["sev"] == "轻度")
    cases[i]["channel"] = "其他"
    hit(i, "channel")
    i = _take(rng, rows_idx, used, lambda i: not cases[i]["is_rest"] and not major(i))
    cases[i].update(rp="楼面经理", rname=rng.choice(floor_mgrs))
    hit(i, "department_complaint_to_area_supervisor")
    i = _take(rng, rows_idx, used, lambda i: cases[i]["is_rest"] and not major(i))
    cases[i].update(place="宴会厅", rp="宴会部长", rname=banquet_head, subject=rng.choice(subjects["宴会厅"]))
    hit(i, "restaurant_complaint_to_floor_manager")
    i = _take(rng, rows_idx, used, dept_general)       # the 部长 went to the operations director himself
    c = cases[i]
    c.update(exceeds=True, req_post=f"{dept_of[c['place']]}部长", approver="运营总监",
             req_at=c["recv"] + (c["handle"] - c["recv"]) / 2)
    c["req_at"] = c["req_at"].replace(second=0, microsecond=0)
    hit(i, "department_request_by_department_head")
    i = _take(rng, rows_idx, used, lambda i: early(i) and cases[i]["is_rest"] and not major(i))
    cases[i]["tp"] = "楼面经理"
    hit(i, "track_by_complaint_center")
    i = _take(rng, rows_idx, used, lambda i: early(i) and not major(i) and not cases[i]["exceeds"])
    c = cases[i]                                       # handled on the spot, logged in the OA hours later
    c["recv"] = _after(rng, c["handle"], 0.5, 3)
    c["track"] = max(c["track"], _after(rng, c["recv"], 2, 20))
    hit(i, "receive-handle")
    i = _take(rng, rows_idx, used, lambda i: dept_general(i) or rest_general(i))
    c = cases[i]                                       # compensation approved after the fact
    c.update(exceeds=True, req_post="楼面经理" if c["is_rest"] else f"{dept_of[c['place']]}部经理",
             approver="餐饮副总" if c["is_rest"] else "运营总监", req_at=_after(rng, c["handle"], 0.5, 4))
    hit(i, "request_instructions-handle")
    # a duplicated number: the clerk typed the previous case's number again
    i = _take(rng, range(1, n), used, lambda i: early(i) and (i - 1) not in used and cases[i]["sev"] == "轻度")
    dup_of = i - 1
    inj.append((f"KS{cases[dup_of]['recv']:%y%m}-{dup_of + 1:03d}", "case_number"))

    rows = []
    phones = [mobile(rng) for _ in range(n)]
    for k, c in enumerate(cases):
        num = f"KS{c['recv']:%y%m}-{k + 1:03d}" if k != i else f"KS{cases[dup_of]['recv']:%y%m}-{dup_of + 1:03d}"
        handle, track = _cut(c["handle"]), _cut(c["track"])
        if c.get("open"):
            handle = None
        if handle is None:
            track = None
        spot = c["place"] if not c["is_rest"] else f"{c['place']}{rng.randint(1, 28)}号台"
        room = f"{rng.randint(3, 18)}{rng.randint(1, 30):02d}" if not c["is_rest"] else spot
        blamed = c["place"] if c["is_rest"] or rng.random() < 0.85 else rng.choice(["工程部", "保安部"])
        comp = "" if handle is None else pick(rng, [("致歉", 5), ("赠送果盘", 2), ("房费/餐费折扣", 3), ("免单", 1),
                                                     ("升级房型", 1)])
        rows.append({
            "投诉编号": num,
            "登记时间": c["recv"],
            "宾客姓名": guests[k],
            "房号/台号": room,
            "联系电话": phones[k],
            "投诉方式": c["channel"],
            "投诉提出处": c["place"],
            "被投诉部门": blamed if not c["is_rest"] else "餐饮部",
            "投诉内容": c["subject"],
            "投诉级别": c["sev"],
            "受理人": c["rname"],
            "受理人岗位": c["rp"],
            "权限内处理": "否" if c["exceeds"] else "是",
            "请示人岗位": c["req_post"],
            "请示时间": c["req_at"] or "",
            "批示领导": c["approver"],
            "处理人": c["hname"],
            "处理人岗位": c["hp"],
            "处理完成时间": handle or "",
            "处理结果": "" if handle is None else "已向宾客致歉并处理完毕",
            "补偿方式": comp,
            "方案拟定人": c["plan_by"],
            "方案拟定时间": c["plan_at"] or "",
            "报公司时间": c["report_at"] or "",
            "超副总权限": c["over_dgm"],
            "请示总经理时间": c["gm_at"] or "",
            "跟进人岗位": c["tp"] if track else "",
            "跟进时间": track or "",
            "宾客满意度": "" if track is None else pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)]),
        })

    roles = {"客房部长": "area_supervisor", "前厅部长": "area_supervisor", "康乐部长": "area_supervisor",
             "宴会部长": "area_supervisor",
             "客房部经理": "department_head", "前厅部经理": "department_head", "康乐部经理": "department_head",
             "楼面经理": "floor_manager", "餐饮副总": "restaurant_deputy_gm", "运营总监": "operations_director",
             "投诉处理中心": "complaint_center", "餐厅经理": "complaint_center"}   # 餐厅经理: the centre's 副组长
    hand = {
        "procedure": "s36-hotel-guest-complaints",
        "sheet": "导出",
        "columns": {
            "投诉编号": "case_number",
            "登记时间": "receive_at",
            "投诉方式": "channel",
            "投诉提出处": "complaint_addressee",
            "投诉级别": "severity",
            "受理人岗位": "receive_by",
            "权限内处理": "exceeds_receiver_authority",
            "请示人岗位": "request_instructions_by",
            "请示时间": "request_instructions_at",
            "处理人岗位": "handle_by",
            "处理完成时间": "handle_at",
            "方案拟定人": "major_plan_by",
            "方案拟定时间": "major_plan_at",
            "报公司时间": "report_company_at",
            "超副总权限": "exceeds_deputy_gm_authority",
            "请示总经理时间": "request_gm_at",
            "跟进人岗位": "track_by",
            "跟进时间": "track_at",
        },
        "values": {
            "channel": {"当面": "oral", "电话": "phone", "信函": "written", "邮件": "written", "他人转告": "relayed"},
            "complaint_addressee": {"客房部": "department", "前厅部": "department", "康乐部": "department",
                                    "中餐厅": "restaurant", "西餐厅": "restaurant", "宴会厅": "restaurant"},
            "severity": {"轻度": "minor", "一般": "general", "严重": "major"},
            "exceeds_receiver_authority": {"是": "no", "否": "yes"},
            "exceeds_deputy_gm_authority": {"是": "yes", "否": "no"},
        },
        "roles": roles,
    }
    return rows, hand


# --------------------------------------------------------------------------------------------------------------------

def _ymd(d):
    return f"{d.year}/{d.month}/{d.day}" if d else ""


def e259_s38_nanshan_profile_complaint_ledger(rng, injected=None):
    """259: 南山铝业工业型材厂的客诉台账，从 QMS（质量管理系统）“客户质量反馈”模块导出为 CSV（UTF-8 带 BOM），
    日期只记到天，写作 2025/3/4。一行一起客户反馈；部门列写厂里的叫法（售后部、销售一部、质量部、挤压车间……）。

    读制度 YAML 之前写下的表头（只读 S38 原文）：
        反馈单号、客户名称、客户反馈日期、接单人、接单部门（售后部/销售部跟单）、反馈途径、合同号、产品批号、型材型号、
        问题描述、涉及数量（吨）、是否到客户现场、现场确认日期、初判结论（我司质量问题/非我司问题）、166-1提交日期、
        质量部受理日期、166-2单号、原因分析、整改责任部门、整改措施、措施跟踪（拆成 跟踪验证日期）、关闭日期、状态
    读过制度 YAML 后补的列：
        现场确认部门、166-1填报部门、质量处理部门、166-2签发日期、告知客户自行处理日期、跟踪验证部门
    注入的违规（按规则 id 计数，共 16）：
        feedback_form_for_own_issue 2（我司问题没有 166-1）、countermeasure_form_before_close 2（已关闭没有 166-2）、
        follow_up_until_closed 2（已关闭没有跟踪验证）、own_quality_issue 1（初判结论“双方责任”）、
        receive_by_after_sales_or_sales 1（挤压车间接单）、preliminary_analysis_by_after_sales_or_sales 1（质量部先去现场）、
        feedback_form_by_after_sales_or_sales 1（质量部自己填 166-1）、quality_handle_by_quality_mgmt 1（工艺技术部处理）、
        follow_up_by_quality_mgmt 1（销售部跟踪验证）、feedback_form-quality_handle 1、quality_handle-countermeasure 1、
        preliminary_analysis-customer_self_handle 1、case_number 1
    陷阱（不是违规）：未关闭的我司问题还没有 166-2、跟踪验证（没有时限，只查已关闭的）；“待确认”的新反馈什么单都没有
    （映射为空）；“客户使用不当”＝非我司问题，不填 166-1；不到现场的没有现场确认日期；接单、现场确认、填单、受理同一天；
    跟踪验证与关闭同一天；整改责任部门写挤压车间、工艺技术部（那是执行整改的部门，不是办理环节的部门）。
    """
    inj = injected if injected is not None else []
    taken: set = set()
    n = 48
    sales_depts = ["销售一部", "销售二部", "外贸部"]
    after_sales = distinct_names(rng, 3, taken)
    sellers = {d: distinct_names(rng, 2, taken) for d in sales_depts}
    customers = ["烟台瑞祥汽车部件有限公司", "青岛恒通轨道装备有限公司", "常州新能光伏支架有限公司",
                 "佛山建越门窗幕墙有限公司", "天津东晟电子散热器有限公司", "苏州博纳自动化设备有限公司",
                 "郑州宇骏客车配件有限公司", "宁波海德工业铝型材加工厂", "潍坊鲁科冷链设备有限公司",
                 "芜湖中航车身结构件有限公司"]
    models = ["6063-T5 工业框架 4040", "6061-T6 散热器型材 NS-R120", "6082-T6 轨道车体型材 NSL-TB38",
              "6005A-T6 光伏边框 35x30", "6063-T6 设备外壳 NS-K210", "7003-T6 防撞梁型材"]
    defects = [("表面划伤、擦伤严重", "挤压车间"), ("尺寸超差，壁厚偏薄", "模具车间"), ("氧化膜色差", "表面处理车间"),
               ("力学性能不合格，硬度偏低", "熔铸车间"), ("型材扭拧、弯曲度超标", "挤压车间"),
               ("包装破损导致磕碰伤", "包装车间"), ("时效不足，折弯开裂", "工艺技术部"), ("端面毛刺未清理", "锯切车间")]
    not_ours = ["客户二次加工不当造成变形", "客户仓储受潮导致腐蚀", "客户装配用错型号", "运输方卸货磕碰（已签收无异议）"]
    cases = []
    for _ in range(n):
        recv = _rand_day(rng, date(2025, 2, 10), date(2025, 6, 27))
        dept = pick(rng, [("售后部", 5), ("销售一部", 2), ("销售二部", 2), ("外贸部", 1)])
        person = rng.choice(after_sales if dept == "售后部" else sellers[dept])
        visit = rng.random() < 0.6
        prelim = recv + timedelta(days=rng.randint(0, 4)) if visit else None
        prelim_dept = pick(rng, [("售后部", 3), (dept, 2)]) if visit else ""
        concl = pick(rng, [("我司质量问题", 7), ("非我司问题", 2), ("客户使用不当", 1)])
        if recv >= date(2025, 6, 18) and rng.random() < 0.5:
            concl = "待确认"
        c = dict(recv=recv, dept=dept, person=person, visit=visit, prelim=prelim, prelim_dept=prelim_dept,
                 concl=concl, ff=None, ff_dept="", qa=None, qa_dept="", cm=None, self_h=None, fu=None, fu_dept="",
                 close=None, customer=rng.choice(customers), model=rng.choice(models))
        base = prelim or recv
        if concl == "我司质量问题":
            c["defect"], c["resp"] = rng.choice(defects)
            c["ff"] = base + timedelta(days=rng.randint(0, 2))
            c["ff_dept"] = pick(rng, [("售后部", 3), (dept, 2)])
            c["qa"] = c["ff"] + timedelta(days=rng.randint(0, 2))
            c["qa_dept"] = "质量部"
            c["cm"] = c["qa"] + timedelta(days=rng.randint(2, 9))
            c["fu"] = c["cm"] + timedelta(days=rng.randint(10, 30))
            c["fu_dept"] = "质量部"
            c["close"] = c["fu"] + timedelta(days=rng.choice([0, 0, 1, 2, 3]))
        elif concl == "待确认":
            c["defect"], c["resp"] = rng.choice(defects)[0], ""
        else:
            c["defect"], c["resp"] = rng.choice(not_ours), ""
            c["self_h"] = base + timedelta(days=rng.randint(0, 3))
            c["close"] = c["self_h"] + timedelta(days=rng.randint(0, 2))
        cases.append(c)
    cases.sort(key=lambda c: c["recv"])
    # two late own-quality cases still being analysed by QA at the export (no 166-2 yet, not closed: not due)
    late = [c for c in cases[-14:] if c["concl"] == "我司质量问题"][-2:]
    for c, day in zip(late, (date(2025, 6, 23), date(2025, 6, 26))):
        c.update(recv=day, prelim=day if c["visit"] else None, cm=None, fu=None, fu_dept="", close=None)
        c["ff"] = day + timedelta(days=1)
        c["qa"] = c["ff"] + timedelta(days=rng.randint(0, 1))
    cases.sort(key=lambda c: c["recv"])
    last = date(2025, 6, 30)
    for c in cases:                                     # nothing after the export date; later steps wait on earlier
        seq = ["prelim", "ff", "qa", "cm", "fu", "close"] if c["concl"] == "我司质量问题" else ["prelim", "self_h", "close"]
        gone = False
        for key in seq:
            if c[key] is not None and (gone or c[key] > last):
                c[key] = None
                gone = True
        if c["ff"] is None:
            c["ff_dept"] = ""
        if c["qa"] is None:
            c["qa_dept"] = ""
        if c["fu"] is None:
            c["fu_dept"] = ""

    used: set = set()
    num = [f"ZLFK{c['recv']:%y%m}{k + 1:03d}" for k, c in enumerate(cases)]

    def own(i):
        return cases[i]["concl"] == "我司质量问题"

    def closed_own(i):
        return own(i) and cases[i]["close"] is not None

    for _ in range(2):                                  # QA told by phone, the 166-1 never filled in
        i = _take(rng, range(n), used, lambda i: own(i) and cases[i]["qa"] is not None)
        cases[i].update(ff=None, ff_dept="")
        inj.append((num[i], "feedback_form_for_own_issue"))
    for _ in range(2):                                  # closed without a 166-2
        i = _take(rng, range(n), used, closed_own)
        cases[i]["cm"] = None
        inj.append((num[i], "countermeasure_form_before_close"))
    for _ in range(2):                                  # closed without follow-up verification
        i = _take(rng, range(n), used, closed_own)
        cases[i].update(fu=None, fu_dept="")
        inj.append((num[i], "follow_up_until_closed"))
    i = _take(rng, range(n), used, own)
    cases[i]["concl"] = "双方责任"
    inj.append((num[i], "own_quality_issue"))
    i = _take(rng, range(n), used, lambda i: cases[i]["concl"] != "待确认")
    cases[i].update(dept="挤压车间", person=distinct_names(rng, 1, taken)[0])
    inj.append((num[i], "receive_by_after_sales_or_sales"))
    i = _take(rng, range(n), used, lambda i: own(i) and cases[i]["visit"] and cases[i]["prelim"] is not None)
    cases[i]["prelim_dept"] = "质量部"
    inj.append((num[i], "preliminary_analysis_by_after_sales_or_sales"))
    i = _take(rng, range(n), used, lambda i: own(i) and cases[i]["ff"] is not None)
    cases[i]["ff_dept"] = "质量部"
    inj.append((num[i], "feedback_form_by_after_sales_or_sales"))
    i = _take(rng, range(n), used, lambda i: own(i) and cases[i]["qa"] is not None)
    cases[i]["qa_dept"] = "工艺技术部"
    inj.append((num[i], "quality_handle_by_quality_mgmt"))
    i = _take(rng, range(n), used, lambda i: own(i) and cases[i]["fu"] is not None)
    cases[i]["fu_dept"] = "销售二部"
    inj.append((num[i], "follow_up_by_quality_mgmt"))
    i = _take(rng, range(n), used, lambda i: own(i) and cases[i]["qa"] is not None
              and cases[i]["qa"] < date(2025, 6, 27))
    c = cases[i]                                        # QA started before the 166-1 reached it
    c["ff"] = c["qa"] + timedelta(days=rng.randint(1, 2))
    inj.append((num[i], "feedback_form-quality_handle"))
    i = _take(rng, range(n), used, lambda i: own(i) and cases[i]["cm"] is not None)
    c = cases[i]                                        # the 166-2 dated before QA took the case
    c["cm"] = c["qa"] - timedelta(days=rng.randint(1, 2))
    inj.append((num[i], "quality_handle-countermeasure"))
    i = _take(rng, range(n), used, lambda i: cases[i]["concl"] in ("非我司问题", "客户使用不当")
              and cases[i]["self_h"] is not None and cases[i]["recv"] < date(2025, 6, 20))
    c = cases[i]                                        # customer told to sort it out before anyone looked at it
    c.update(visit=True, prelim_dept=c["dept"] if c["dept"] != "挤压车间" else "售后部")
    c["prelim"] = c["recv"] + timedelta(days=rng.randint(2, 4))
    c["self_h"] = c["prelim"] - timedelta(days=1)
    c["close"] = max(c["close"], c["prelim"])
    inj.append((num[i], "preliminary_analysis-customer_self_handle"))
    i = _take(rng, range(1, n), used, lambda i: (i - 1) not in used and cases[i]["concl"] != "待确认")
    num[i] = num[i - 1]
    inj.append((num[i], "case_number"))

    rows = []
    for k, c in enumerate(cases):
        ours = c["concl"] in ("我司质量问题", "双方责任")
        status = ("已关闭" if c["close"] else "待确认" if c["concl"] == "待确认" else
                  "跟踪验证中" if c["cm"] else "处理中")
        rows.append({
            "反馈单号": num[k],
            "客户名称": c["customer"],
            "客户反馈日期": _ymd(c["recv"]),
            "接单人": c["person"],
            "接单部门": c["dept"],
            "反馈途径": pick(rng, [("电话", 5), ("邮件", 3), ("微信", 2), ("客户来函", 1), ("拜访时反馈", 1)]),
            "合同号": f"NSGY-{c['recv']:%y}-{rng.randint(1000, 9999)}",
            "产品批号": f"{c['recv'] - timedelta(days=rng.randint(10, 60)):%y%m%d}-{rng.randint(100, 999)}",
            "型材型号": c["model"],
            "问题描述": c["defect"],
            "涉及数量(吨)": f"{rng.randint(2, 380) / 10:.1f}",
            "是否到客户现场": "是" if c["visit"] else "否",
            "现场确认日期": _ymd(c["prelim"]),
            "现场确认部门": c["prelim_dept"] if c["prelim"] else "",
            "初判结论": c["concl"],
            "166-1提交日期": _ymd(c["ff"]),
            "166-1填报部门": c["ff_dept"],
            "质量部受理日期": _ymd(c["qa"]),
            "质量处理部门": c["qa_dept"],
            "166-2单号": f"166-2-{c['cm']:%y}{k + 1:03d}" if c["cm"] else "",
            "166-2签发日期": _ymd(c["cm"]),
            "原因分析": "" if not (ours and c["cm"]) else "工艺参数波动，首检未发现",
            "整改责任部门": c["resp"] if ours and c["cm"] else "",
            "整改措施": "" if not (ours and c["cm"]) else "调整工艺参数，加严出厂检验，连续三批跟踪",
            "告知客户自行处理日期": _ymd(c["self_h"]),
            "跟踪验证日期": _ymd(c["fu"]),
            "跟踪验证部门": c["fu_dept"],
            "关闭日期": _ymd(c["close"]),
            "状态": status,
        })

    hand = {
        "procedure": "s38-nanshan-aluminium-quality-complaints",
        "columns": {
            "反馈单号": "case_number",
            "客户反馈日期": "receive_at",
            "接单部门": "receive_by",
            "问题描述": "content",
            "现场确认日期": "preliminary_analysis_at",
            "现场确认部门": "preliminary_analysis_by",
            "初判结论": "own_quality_issue",
            "166-1提交日期": "feedback_form_at",
            "166-1填报部门": "feedback_form_by",
            "质量部受理日期": "quality_handle_at",
            "质量处理部门": "quality_handle_by",
            "166-2签发日期": "countermeasure_at",
            "告知客户自行处理日期": "customer_self_handle_at",
            "跟踪验证日期": "follow_up_at",
            "跟踪验证部门": "follow_up_by",
            "关闭日期": "closed_at",
        },
        "values": {
            "own_quality_issue": {"我司质量问题": True, "非我司问题": False, "客户使用不当": False, "待确认": ""},
        },
        "roles": {"售后部": "after_sales", "销售一部": "sales", "销售二部": "sales", "外贸部": "sales",
                  "质量部": "quality_mgmt", "工艺技术部": "process_tech", "挤压车间": "production"},
    }
    return rows, hand


EXPORTS = [
    ("258-s36-hotel-oa-guest-complaints.xlsx", "xlsx", e258_s36_hotel_guest_complaint_oa),
    ("259-s38-nanshan-qms-complaint-ledger.csv", "utf-8-sig", e259_s38_nanshan_profile_complaint_ledger),
]
