"""Starter-profile benchmark exports 168-169 (set 29b), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 168 169    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 17, 30)   # the exports were taken on 30 June 2025; later steps have not happened


def _next_workday(d):
    while not workday(d):
        d += timedelta(days=1)
    return d


def _workdays_after(d, k):
    """The k-th working day after date d (d itself not counted)."""
    while k:
        d += timedelta(days=1)
        k -= workday(d)
    return d


def _office(t, rng):
    """t moved into office hours (8:00-18:00) on a working day, whole minutes."""
    t = t.replace(second=0, microsecond=0)
    if t.hour >= 18:
        t = datetime(t.year, t.month, t.day, 8, rng.randint(10, 59)) + timedelta(days=1)
    elif t.hour < 8:
        t = t.replace(hour=8, minute=rng.randint(10, 59))
    d = _next_workday(t.date())
    return datetime(d.year, d.month, d.day, t.hour, t.minute)


def _daytime(t, rng):
    """A site visit's time: whole minutes, in daylight (8:00-18:00), on any day of the week."""
    t = t.replace(second=0, microsecond=0)
    if t.hour >= 18:
        return datetime(t.year, t.month, t.day, 8, rng.randint(0, 59)) + timedelta(days=1)
    if t.hour < 8:
        return datetime(t.year, t.month, t.day, 8, rng.randint(0, 59))
    return t


# --- 168: S41, a construction branch's 工程质保部 owner-complaint register (Excel, date-time cells) ---------------

_S41_PROJECTS = [
    # 项目名称, 楼栋, 户数上限
    ("滨江御景三期住宅工程", ["1#", "2#", "3#", "5#", "6#"]),
    ("城南安置房C地块", ["C1#", "C2#", "C4#", "C7#"]),
    ("高新区人才公寓项目", ["A座", "B座", "C座"]),
    ("锦绣花园二期", ["8#", "9#", "11#", "12#"]),
    ("金域华府1#-6#楼", ["1#", "2#", "3#", "4#", "6#"]),
]
_S41_PROBLEMS = [
    # 问题描述, 问题性质（台账写法）
    ("卫生间楼板渗漏，楼下顶棚水渍", "通病（小组难处理）"),
    ("外墙面多处裂缝，雨天室内墙面返潮", "通病（小组难处理）"),
    ("飘窗窗台渗水，墙纸起鼓", "通病（小组难处理）"),
    ("地下室顶板渗漏，车位积水", "通病（小组难处理）"),
    ("客厅地面空鼓，踩踏有响声", "一般问题"),
    ("入户门关闭不严，门框与墙体间有缝", "一般问题"),
    ("阳台栏杆松动", "一般问题"),
    ("厨房墙砖空鼓脱落两块", "一般问题"),
    ("卧室墙面抹灰开裂", "一般问题"),
    ("铝合金窗型材变形，推拉卡滞", "材料/设备采购问题"),
    ("给水PPR管接头爆裂漏水", "材料/设备采购问题"),
    ("坐便器陶瓷开裂渗水", "材料/设备采购问题"),
    ("防盗门锁体损坏，钥匙打不开", "材料/设备采购问题"),
]
_S41_SOURCES = [
    # 投诉来源, 是否投诉到局（供 hand 使用）, 权重
    ("局工程管理部转来", True, 5),
    ("局领导批转", True, 2),
    ("局质量安全部转来", True, 2),
    ("市住建局转办", False, 3),
    ("12345热线转办", False, 3),
    ("业主来访", False, 4),
    ("业主来信", False, 2),
]


def e168_s41_branch_owner_complaint_register(rng, injected=None):
    """S41 工程质量投诉管理制度：某建工局三分公司工程质保部用 Excel 维护的“业主投诉问题记录台账”（XLSX），
    时间是 Excel 日期时间单元格（显示为 2025-03-04 09:12），只记到日的列是日期单元格。导出时间 2025-06-30，之后的环节尚未发生。

    表头（读制度 YAML 之前按台账写下）：序号、登记编号、项目名称、楼栋房号、业主姓名、联系电话、投诉来源、收到时间、
    投诉问题描述、登记人、通知项目经理时间、项目经理、事实能否确认、现场核实时间、核实参加部门、问题性质、处理方式、
    处理完成日期、处理记录表编号、业主签字确认、备案日期、回访日期、回访方式、回访人、书面报局日期、备注。
    读过制度 YAML 后补的列：项目部核实反馈时间（项目部核实未果、确定事实不能确认的时间）、核实组织部门、与业主沟通时间、
    物资部调换日期、记录表填写日期、填表人。

    登记人、填表人、回访人记人名（质保部、局工程管理部、处理小组成员、项目经理、项目部资料员），hand 的 roles 逐人对应；
    处理方式一列说明由谁实施处置，hand 在 values 的 handle_by 下对应；投诉来源说明是否投诉到局（局工程管理部、局领导、
    局质量安全部转来的是）。备案日期一列已备案的写日期，一行写“未报”。

    注入（规则 id × 件数，共 18）：onsite_verify_48h ×2（一件反馈后约 72 小时才到场；一件 6 月中旬不能确认、至今未到现场），
    onsite_verify_48h-start ×1、record_by_bureau_or_branch_qa ×1（项目部资料员登记）、hard_defect_to_qa ×1、
    easy_problem_by_team ×1、step-onsite_verify ×1（项目部组织核实）、step-handling_record ×1（质保部人员填表）、
    follow_up_by_branch_qa ×1（项目经理回访）、pm_notified ×1、owner_communicated ×1、procurement_goods_exchanged ×1、
    owner_signs_record ×1（业主拒签）、record_filed_with_competent_dept ×1（CK109，“未报”）、
    owner_contacted_after_record ×1、report_to_bureau ×1、handling_record-follow_up ×1（回访日期早于填表日期）、
    case_number ×1（编号重复）。
    陷阱：到场核实在反馈后 46 小时 40 分（48 小时内）；6 月 30 日才确定不能确认的案件尚未到场（时限 7 月 2 日）；
    市住建局、12345、业主来访来信的投诉不报局；业主拒签的不要求备案和回访；采购问题物资部先调换后处理；
    质保部写作“质保部”“分公司工程质保部”两种；事实能确认的不需要现场核实；在办案件未处置前不要求沟通、填表。
    """
    taken = set()
    qa_staff = distinct_names(rng, 3, taken)          # 分公司工程质保部
    bureau_staff = distinct_names(rng, 2, taken)      # 局工程管理部
    team = distinct_names(rng, 4, taken)              # 工程质量投诉问题处理小组成员
    pms = dict(zip([p for p, _ in _S41_PROJECTS], distinct_names(rng, len(_S41_PROJECTS), taken)))
    clerk = distinct_names(rng, 1, taken)[0]          # 某项目部资料员（注入用）
    n = 40

    # received times spread over 6 Jan - 26 Jun, sorted
    days = sorted(_next_workday(date(2025, 1, 6) + timedelta(days=rng.randint(0, 170))) for _ in range(n))
    cases = []
    for i, d in enumerate(days):
        proj, blds = rng.choice(_S41_PROJECTS)
        problem, kind = rng.choice(_S41_PROBLEMS)
        src, to_bureau, _ = pick(rng, [((s, b, w), w) for s, b, w in _S41_SOURCES])
        rec = datetime(d.year, d.month, d.day, rng.randint(8, 16), rng.randint(0, 59))
        c = {"no": f"SG3-ZB-2025-{i + 1:03d}", "inj": [], "proj": proj, "room": f"{rng.choice(blds)}-{rng.randint(1, 3)}单元-{rng.randint(2, 28)}{rng.randint(1, 4):02d}",
             "owner": person_name(rng), "tel": mobile(rng), "src": src, "bureau": to_bureau, "rec": rec,
             "problem": problem, "kind": kind,
             "rec_by": rng.choice(bureau_staff) if to_bureau else rng.choice(qa_staff)}
        c["notify"] = _office(rec + timedelta(hours=rng.uniform(0.5, 20)), rng)
        c["fb"] = _office(c["notify"] + timedelta(hours=rng.uniform(3, 30)), rng)
        c["confirmed"] = rng.random() < 0.7
        if c["confirmed"]:
            c["onsite"] = None
        else:
            c["onsite"] = _daytime(c["fb"] + timedelta(hours=rng.uniform(3, 28)), rng)
        c["onsite_org"] = rng.choice(["质保部", "分公司工程质保部"]) if not c["confirmed"] else ""
        c["onsite_with"] = "物资部、质保部、科技部、原项目部" if not c["confirmed"] else ""
        base = max(c["fb"], c["onsite"] or c["fb"])
        c["comm"] = _office(base + timedelta(hours=rng.uniform(2, 30)), rng)
        c["handle"] = _next_workday(c["comm"].date() + timedelta(days=rng.randint(3, 20)))
        c["exchange"] = (c["handle"] - timedelta(days=rng.randint(1, 4))) if kind.startswith("材料") else None
        if c["exchange"] and c["exchange"] <= c["comm"].date():
            c["exchange"] = c["handle"] - timedelta(days=1)
            if c["exchange"] <= c["comm"].date():
                c["handle"] += timedelta(days=2)
        c["how"] = {"通病": "移交质保部（不合格品控制程序）", "一般": "处理小组返修", "材料": "物资部调换、小组更换"}[kind[:2]]
        c["form"] = c["handle"] + timedelta(days=rng.randint(1, 3))
        c["form_by"] = rng.choice(team)
        c["sign"] = "已签"
        c["filed"] = _next_workday(c["form"] + timedelta(days=rng.randint(1, 4)))
        c["fu"] = _next_workday(c["form"] + timedelta(days=rng.randint(1, 5)))
        c["fu_by"] = rng.choice(qa_staff)
        c["fu_way"] = pick(rng, [("电话回访", 3), ("上门回访", 2)])
        c["report"] = _next_workday(c["fu"] + timedelta(days=rng.randint(1, 5))) if to_bureau else None
        # the export is taken on 30 June: a case whose closing steps would fall later is still being handled
        last = c["report"] or c["fu"]
        if last > CUTOFF.date():
            for k in ("handle", "form", "filed", "fu", "report"):
                c[k] = None
            c["form_by"] = c["fu_by"] = c["fu_way"] = c["sign"] = ""
            c["how"] = ""
            if c["exchange"] and c["exchange"] > CUTOFF.date():
                c["exchange"] = None
        for k in ("notify", "fb", "onsite", "comm"):
            if c[k] and c[k] > CUTOFF:
                c[k] = None
        cases.append(c)

    done = [c for c in cases if c["fu"] is not None]
    rng.shuffle(done)

    def take(cond=lambda c: True):
        for c in done:
            if cond(c):
                done.remove(c)
                return c
        raise RuntimeError("168: not enough closed cases to inject into")

    # deadline onsite_verify_48h: verified 60 h after the PM's feedback
    c = take(lambda c: not c["confirmed"] and c["handle"] > (c["fb"] + timedelta(days=5)).date())
    c["onsite"] = _daytime(c["fb"] + timedelta(hours=61, minutes=20), rng)
    c["comm"] = _office(c["onsite"] + timedelta(hours=3), rng)
    c["inj"].append("onsite_verify_48h")
    # trap: 46 h 40 min, inside the 48 h
    t = take(lambda c: not c["confirmed"] and c["handle"] > (c["fb"] + timedelta(days=4)).date()
             and 8 <= (c["fb"] + timedelta(hours=46, minutes=40)).hour < 18)
    t["onsite"] = t["fb"] + timedelta(hours=46, minutes=40)
    t["comm"] = _office(t["onsite"] + timedelta(hours=2), rng)
    # onsite_verify_48h-start: verified on site, PM feedback time not written
    c = take(lambda c: not c["confirmed"])
    c["fb"] = None
    c["inj"].append("onsite_verify_48h-start")
    # routing record_by_bureau_or_branch_qa: the record was filled by a project department's clerk
    c = take(lambda c: not c["bureau"])
    c["rec_by"] = clerk
    c["inj"].append("record_by_bureau_or_branch_qa")
    # routing hard_defect_to_qa: a common defect the team "repaired" itself
    c = take(lambda c: c["kind"].startswith("通病"))
    c["how"] = "处理小组返修"
    c["inj"].append("hard_defect_to_qa")
    # routing easy_problem_by_team: the project department fixed it itself
    c = take(lambda c: c["kind"].startswith("一般"))
    c["how"] = "项目部自行维修"
    c["inj"].append("easy_problem_by_team")
    # step-onsite_verify: the project department organised the site check
    c = take(lambda c: not c["confirmed"])
    c["onsite_org"] = "项目部"
    c["onsite_with"] = "项目部、物资部"
    c["inj"].append("step-onsite_verify")
    # step-handling_record: the handling record was filled in by a QA engineer, not a team member
    c = take()
    c["form_by"] = qa_staff[0]
    c["inj"].append("step-handling_record")
    # routing follow_up_by_branch_qa: the project manager made the follow-up call
    c = take()
    c["fu_by"] = pms[c["proj"]]
    c["inj"].append("follow_up_by_branch_qa")
    # pm_notified: handled, no notification recorded
    c = take()
    c["notify"] = None
    c["inj"].append("pm_notified")
    # owner_communicated: handled, no talk with the owner recorded
    c = take(lambda c: c["confirmed"])
    c["comm"] = None
    c["inj"].append("owner_communicated")
    # procurement_goods_exchanged: a procurement problem handled without the materials department's exchange
    c = take(lambda c: c["kind"].startswith("材料"))
    c["exchange"] = None
    c["inj"].append("procurement_goods_exchanged")
    # owner_signs_record: the owner refused to sign (then neither filing nor follow-up is owed)
    c = take(lambda c: not c["bureau"])
    c["sign"] = "业主拒签"
    c["filed"] = None
    c["inj"].append("owner_signs_record")
    # record_filed_with_competent_dept (CK109): signed but written as not filed
    c = take()
    c["filed"] = "未报"
    c["inj"].append("record_filed_with_competent_dept")
    # owner_contacted_after_record: signed record back, nobody rang the owner
    c = take(lambda c: not c["bureau"] and c["form"] < date(2025, 5, 20))
    c["fu"] = None
    c["fu_by"] = c["fu_way"] = ""
    c["inj"].append("owner_contacted_after_record")
    # report_to_bureau: a bureau complaint, follow-up done, no written report to the bureau
    c = take(lambda c: c["bureau"])
    c["report"] = None
    c["inj"].append("report_to_bureau")
    # order handling_record-follow_up: follow-up date typed two days before the handling record
    c = take(lambda c: not c["bureau"])
    c["fu"] = c["form"] - timedelta(days=2)
    if c["fu"] <= c["handle"]:
        c["handle"] = c["fu"] - timedelta(days=1)
    c["inj"].append("handling_record-follow_up")

    # an open case whose facts could not be confirmed, no site check yet, 48 h long past
    late_open = [c for c in cases if c["handle"] is None and c["rec"].date() < date(2025, 6, 20)
                 and c["rec"].date() > date(2025, 6, 5)]
    c = late_open[0]
    c["confirmed"] = False
    c["onsite"] = None
    c["onsite_org"] = c["onsite_with"] = ""
    c["comm"] = None
    c["exchange"] = None
    c["inj"].append("onsite_verify_48h")
    # trap: the newest case could not be confirmed on 29 June; the 48 h run to 1 July
    newest = cases[-1]
    newest["rec"] = datetime(2025, 6, 27, 10, 5)
    newest["notify"] = datetime(2025, 6, 27, 15, 40)
    newest["fb"] = datetime(2025, 6, 29, 16, 20) if workday(date(2025, 6, 29)) else datetime(2025, 6, 30, 9, 30)
    newest["confirmed"] = False
    for k in ("onsite", "comm", "exchange", "handle", "form", "filed", "fu", "report"):
        newest[k] = None
    newest["form_by"] = newest["fu_by"] = newest["fu_way"] = newest["sign"] = newest["how"] = ""
    newest["onsite_org"] = newest["onsite_with"] = ""
    # case number typed twice: the next case got the previous number
    i = next(i for i, c in enumerate(cases) if 10 < i and not c["inj"] and not cases[i - 1]["inj"])
    cases[i]["no"] = cases[i - 1]["no"]
    cases[i]["inj"].append("case_number")

    if injected is not None:
        injected += [(c["no"], inj) for c in cases for inj in c["inj"]]

    rows = []
    for k, c in enumerate(cases, 1):
        kind = c["kind"] if c["handle"] or (c["confirmed"] and c["comm"]) or c["onsite"] else ""
        rows.append(Case({
            "序号": k,
            "登记编号": c["no"],
            "项目名称": c["proj"],
            "楼栋房号": c["room"],
            "业主姓名": c["owner"],
            "联系电话": c["tel"],
            "投诉来源": c["src"],
            "收到时间": c["rec"],
            "投诉问题描述": c["problem"],
            "登记人": c["rec_by"],
            "通知项目经理时间": c["notify"],
            "项目经理": pms[c["proj"]],
            "项目部核实反馈时间": c["fb"],
            "事实能否确认": ("能" if c["confirmed"] else "不能") if c["fb"] or c["onsite"] or c["handle"] else "",
            "现场核实时间": c["onsite"],
            "核实组织部门": c["onsite_org"] if c["onsite"] else "",
            "核实参加部门": c["onsite_with"] if c["onsite"] else "",
            "与业主沟通时间": c["comm"],
            "问题性质": kind,
            "物资部调换日期": c["exchange"],
            "处理方式": c["how"],
            "处理完成日期": c["handle"],
            "处理记录表编号": f"ZLCL-{c['no'][-8:]}" if c["form"] else "",
            "记录表填写日期": c["form"],
            "填表人": c["form_by"],
            "业主签字确认": c["sign"],
            "备案日期": c["filed"],
            "回访日期": c["fu"],
            "回访方式": c["fu_way"],
            "回访人": c["fu_by"],
            "书面报局日期": c["report"],
            "备注": "",
        }))
    hand = {
        "procedure": "s41-construction-quality-complaints",
        "columns": {
            "登记编号": "case_number",
            "投诉问题描述": "content",
            "投诉来源": "complained_to_bureau",
            "收到时间": "record_at",
            "登记人": "record_by",
            "通知项目经理时间": "notify_at",
            "项目部核实反馈时间": "facts_unconfirmed_at",
            "事实能否确认": "facts_confirmed",
            "现场核实时间": "onsite_verify_at",
            "核实组织部门": "onsite_verify_by",
            "与业主沟通时间": "communicate_at",
            "问题性质": "problem_type",
            "物资部调换日期": "exchange_goods_at",
            "处理方式": "handle_by",
            "处理完成日期": "handle_at",
            "记录表填写日期": "handling_record_at",
            "填表人": "handling_record_by",
            "业主签字确认": "owner_signature",
            "备案日期": "filed_with_competent_dept",
            "回访日期": "follow_up_at",
            "回访人": "follow_up_by",
            "书面报局日期": "report_bureau_at",
        },
        "values": {
            "complained_to_bureau": {s: b for s, b, _ in _S41_SOURCES},
            "facts_confirmed": {"能": True, "不能": False},
            "problem_type": {"通病（小组难处理）": "hard_common_defect", "一般问题": "easy_problem",
                             "材料/设备采购问题": "procurement_problem"},
            "filed_with_competent_dept": {"未报": False},
            "handle_by": {"移交质保部（不合格品控制程序）": "branch_qa", "处理小组返修": "handling_team",
                          "物资部调换、小组更换": "handling_team", "项目部自行维修": "branch"},
        },
        "roles": {
            **{name: "branch_qa" for name in qa_staff},
            **{name: "bureau_eng_mgmt" for name in bureau_staff},
            **{name: "handling_team" for name in team},
            **{name: "project_manager" for name in pms.values()},
            clerk: "branch",
            "质保部": "branch_qa",
            "分公司工程质保部": "branch_qa",
            "项目部": "branch",
        },
    }
    return rows, hand


# --- 169: S42, a provincial telecom user-appeal centre's case system (CSV, GBK) -----------------------------------

_S42_OPERATORS = [
    ("中国移动通信集团河南有限公司郑州分公司", 5), ("中国移动通信集团河南有限公司洛阳分公司", 2),
    ("中国联合网络通信有限公司河南省分公司", 3), ("中国电信股份有限公司河南分公司", 3),
    ("中国广电河南网络有限公司", 1),
]
_S42_TYPES = [
    # 申诉类型, 问题, 权重
    ("收费争议", ["未经同意开通增值业务扣费", "国际漫游费用与告知不符", "套餐到期自动续订高额资费", "宽带拆机后仍扣月租",
              "流量超出提醒未发送产生高额流量费"], 6),
    ("服务质量", ["营业厅办理销户被拒", "客服多次承诺回电未回", "补卡要求额外办理业务"], 3),
    ("网络质量", ["小区室内信号差无法通话", "宽带频繁掉线"], 2),
    ("携号转网", ["申请携号转网被告知有未到期合约无法办理", "携转授权码短信未收到"], 2),
    ("营销宣传", ["宣传“免费升级千兆”实际加收费用", "电话营销未经同意办理合约"], 2),
]
_S42_CHANNELS = [("网站", 6), ("来信", 2), ("电话登记", 2), ("工信部申诉中心转办", 2)]
_S42_CITIES = ["郑州市金水区", "郑州市二七区", "洛阳市涧西区", "开封市鼓楼区", "新乡市红旗区", "南阳市卧龙区", "许昌市魏都区"]


def _ts(t):
    """2025-03-04 09:12:33 -- how the case system prints a time stamp (seconds included)."""
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else ""


def _d(d):
    return d.strftime("%Y-%m-%d") if d else ""


def _workdays_before(d, k):
    while k:
        d -= timedelta(days=1)
        k -= workday(d)
    return d


def _months_before(d, months, plus_days=0):
    y, m = d.year, d.month - months
    while m < 1:
        y, m = y - 1, m + 12
    return date(y, m, min(d.day, 28)) + timedelta(days=plus_days)


def e169_s42_provincial_appeal_case_system(rng, injected=None):
    """S42 电信用户申诉处理暂行办法（信息产业部令第7号）：某省电信用户申诉受理中心“申诉案件管理系统”的案件导出（CSV，GBK），
    时间写作 2025-03-04 09:12:33，只记到日的写作 2025-03-04。导出时间 2025-06-30，之后的环节尚未发生。

    表头（读制度 YAML 之前按系统写下）：申诉单号、收件时间、申诉渠道、申诉人、联系电话、通信地址、被申诉企业、业务号码、
    申诉类型、问题发生日期、向企业投诉日期、企业答复日期、受理结论、受理决定时间、不予受理原因、承办人、转企业处理时间、
    企业回复时间、调解时间、办结时间、处理结果、是否出具调解意见书、是否已和解并执行、录入人、备注。
    读过制度 YAML 后补的列：申诉内容、对企业处理是否满意、重复申诉情况（前次是否已调解并出具意见书）。

    “是否出具调解意见书”是本次申诉调解的结果，不是第十条（三）的“已就申诉事项调解并出具调解意见书”：hand 把后者对应到
    “重复申诉情况”。受理结论（受理 / 不予受理 / 告知先向企业投诉 / 待审核）与受理决定时间用 outcomes 对应受理环节。
    收件时间即用户提出申诉的时间；向企业投诉日期、企业答复日期是中心询问用户后录入的。

    注入（规则 id × 件数，共 14）：fee_dispute_over_5_months ×2、other_appeal_over_2_years ×1、
    settled_by_executed_agreement ×1、already_mediated ×1（均为受理了不应受理的申诉，CK105）；reply_15_working_days ×4
    （企业 18、23 个工作日才答复各一件，始终未答复两件）；reply_15_working_days-start ×1（用户记不清投诉日期）；
    receive-appeal ×1（投诉日期录晚一个月）、appeal-accept_appeal ×1（转办件收件时间取了扫描入库日）、
    accept_appeal-mediate ×1（调解时间录早）；case_number ×1（编号重复）。
    陷阱：收费争议四个月二十多天的受理；收费争议超过五个月、已和解并执行的均不予受理；网络质量问题二十个月的受理；
    前次不予受理的重复申诉；跨五一假期恰在第 15 个工作日答复；6 月 20 日才投诉企业、答复期限未满的告知先向企业投诉；
    从未向企业投诉的告知先投诉（无日期）；网站申诉在夜间、周末收件。
    """
    taken = set()
    staff = distinct_names(rng, 4, taken)        # 中心承办人
    clerks = distinct_names(rng, 2, taken)       # 录入人
    n = 38
    days = sorted(date(2025, 1, 6) + timedelta(days=rng.randint(0, 170)) for _ in range(n))
    cases = []
    for i, d in enumerate(days):
        ctype, problems, _ = pick(rng, [((t, p, w), w) for t, p, w in _S42_TYPES])
        channel = pick(rng, _S42_CHANNELS)
        if channel == "网站":
            appeal = datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        else:
            wd = _next_workday(d)
            appeal = datetime(wd.year, wd.month, wd.day, rng.randint(8, 16), rng.randint(0, 59), rng.randint(0, 59))
        c = {"no": "", "inj": [], "appeal": appeal, "channel": channel, "type": ctype, "problem": rng.choice(problems),
             "user": person_name(rng), "tel": mobile(rng), "addr": rng.choice(_S42_CITIES),
             "op": pick(rng, _S42_OPERATORS), "settled": "否", "repeat": "否", "sat": "不满意", "reason": "", "note": ""}
        c["msisdn"] = mobile(rng)
        # the user complained to the operator first, got an answer inside 15 working days, was not satisfied
        c["reply"] = appeal.date() - timedelta(days=rng.randint(1, 20))
        c["receive"] = _workdays_before(c["reply"], rng.randint(1, 13))
        c["incident"] = c["receive"] - timedelta(days=rng.randint(0, 25 if ctype == "收费争议" else 60))
        c["verdict"] = "受理"
        c["accept"] = _office(datetime.combine(_workdays_after(appeal.date(), rng.randint(1, 4)), datetime.min.time())
                              + timedelta(hours=rng.uniform(8.5, 17)), rng)
        cases.append(c)

    def progress(c):
        """Forwarding to the operator, its answer, mediation and closing, cut at the export."""
        c["fwd"] = c["op_answer"] = c["mediate"] = c["close"] = None
        c["result"], c["opinion"], c["by"] = "", "", ""
        if c["verdict"] != "受理" or c["accept"] is None:
            if c["verdict"] == "受理":
                c["verdict"] = "待审核"
            return
        c["by"] = rng.choice(staff)
        c["fwd"] = _office(c["accept"] + timedelta(hours=rng.uniform(1, 20)), rng)
        c["op_answer"] = _office(c["fwd"] + timedelta(days=rng.uniform(1, 7)), rng)
        how = pick(rng, [("企业先行处理，用户满意", 4), ("mediate", 5), ("用户撤诉", 1)])
        if how == "mediate":
            c["mediate"] = _office(c["op_answer"] + timedelta(days=rng.uniform(1, 8)), rng)
            outcome = pick(rng, [("调解成功", 3), ("调解不成", 1)])
            c["close"] = _office(c["mediate"] + timedelta(days=rng.uniform(0.2, 6)), rng)
            c["result"] = outcome
            c["opinion"] = "是" if outcome == "调解不成" else "否"
        else:
            c["close"] = _office(c["op_answer"] + timedelta(hours=rng.uniform(2, 50)), rng)
            c["result"] = how
            c["opinion"] = "否"
        for k in ("fwd", "op_answer", "mediate", "close"):
            if c[k] and c[k] > CUTOFF:
                c[k] = None
        if c["close"] is None:
            c["result"] = "办理中"
            c["opinion"] = ""
            if c["mediate"] and c["mediate"] > CUTOFF:
                c["mediate"] = None

    for c in cases:
        if c["accept"] > CUTOFF:
            c["accept"] = None

    pool = [c for c in cases if c["accept"] is not None and c["appeal"] < datetime(2025, 6, 10)]
    rng.shuffle(pool)

    def take(cond=lambda c: True):
        for c in pool:
            if cond(c):
                pool.remove(c)
                return c
        raise RuntimeError("169: not enough accepted cases")

    # eligibility fee_dispute_over_5_months: accepted although the disputed charge is over five months old
    for extra in (9, 40):
        c = take(lambda c: c["type"] == "收费争议" and c["appeal"].month >= 3)
        c["incident"] = _months_before(c["appeal"].date(), 5) - timedelta(days=extra)
        c["receive"] = _workdays_before(c["reply"], rng.randint(3, 10))
        c["inj"].append("fee_dispute_over_5_months")
    # trap: a fee dispute four months and ~25 days old, accepted
    t = take(lambda c: c["type"] == "收费争议" and c["appeal"].month >= 3)
    t["incident"] = _months_before(t["appeal"].date(), 5, plus_days=4)
    # trap: a fee dispute over five months old, correctly not accepted
    t = take(lambda c: c["type"] == "收费争议")
    t["incident"] = _months_before(t["appeal"].date(), 6, plus_days=rng.randint(0, 9))
    t["verdict"], t["reason"] = "不予受理", "收费争议超过五个月"
    # eligibility other_appeal_over_2_years: a broadband dispute from 2022, accepted
    c = take(lambda c: c["type"] != "收费争议")
    c["type"], c["problem"] = "网络质量", "宽带提速承诺未兑现（2022年签约）"
    c["incident"] = date(2022, 11, 14)
    c["inj"].append("other_appeal_over_2_years")
    # trap: a network problem twenty months old, accepted (under two years)
    t = take(lambda c: c["type"] != "收费争议")
    t["incident"] = _months_before(t["appeal"].date(), 20)
    # eligibility settled_by_executed_agreement: accepted though the user had settled and been refunded
    c = take()
    c["settled"] = "是"
    c["note"] = "用户称已退费，仍要求赔偿"
    c["inj"].append("settled_by_executed_agreement")
    # trap: settled and executed, correctly not accepted
    t = take()
    t["settled"] = "是"
    t["verdict"], t["reason"] = "不予受理", "已与企业和解并执行"
    # eligibility already_mediated: the centre had already mediated and issued an opinion, accepted again
    c = take()
    c["repeat"] = "是（前次已调解并出具意见书）"
    c["inj"].append("already_mediated")
    # trap: a repeat appeal whose first round was not accepted -- no opinion was ever issued
    t = take()
    t["repeat"] = "是（前次不予受理）"
    # reply_15_working_days: the operator answered late (18 and 23 working days)
    for k in (18, 23):
        c = take()
        c["receive"] = _workdays_before(c["reply"], k)
        c["incident"] = c["receive"] - timedelta(days=rng.randint(0, 10))
        c["inj"].append("reply_15_working_days")
    # reply_15_working_days: the operator never answered
    for _ in range(2):
        c = take(lambda c: c["appeal"] > datetime(2025, 2, 10))
        c["receive"] = _workdays_before(c["appeal"].date(), rng.randint(17, 25))
        c["incident"] = c["receive"] - timedelta(days=rng.randint(0, 10))
        c["reply"] = None
        c["sat"] = "企业未答复"
        c["inj"].append("reply_15_working_days")
    # trap: answered on exactly the 15th working day, across the May Day holiday
    t = take(lambda c: c["appeal"] > datetime(2025, 5, 20))
    t["receive"] = date(2025, 4, 22)
    t["reply"] = _workdays_after(t["receive"], 15)
    t["incident"] = date(2025, 4, 18)
    # reply_15_working_days-start: the user could not say when he had complained to the operator
    c = take()
    c["receive"] = None
    c["note"] = "用户记不清向企业投诉日期"
    c["inj"].append("reply_15_working_days-start")
    # order receive-appeal: the complaint date was typed one month too late
    c = take(lambda c: c["receive"].month < 6 and c["appeal"].month < 6)
    wrong = c["receive"] + timedelta(days=31)
    while wrong <= c["appeal"].date():
        wrong += timedelta(days=7)
    c["receive"] = wrong
    c["reply"] = _workdays_after(wrong, rng.randint(2, 8))
    c["inj"].append("receive-appeal")
    # order appeal-accept_appeal: a transferred case whose 收件时间 was taken from the day the file was scanned in
    c = take(lambda c: c["channel"] != "网站")
    c["channel"] = "工信部申诉中心转办"
    c["appeal"], c["accept"] = c["accept"] + timedelta(days=2, minutes=17), c["appeal"]
    c["inj"].append("appeal-accept_appeal")

    for c in cases:
        progress(c)
    # order accept_appeal-mediate: mediation time typed a week before the acceptance
    c = next(c for c in pool if c["mediate"] is not None)
    pool.remove(c)
    c["mediate"] = c["accept"] - timedelta(days=6, hours=2)
    c["inj"].append("accept_appeal-mediate")

    # the newest cases: still being examined, or told to complain to the operator first
    newest = cases[-1]
    newest["receive"], newest["reply"], newest["sat"] = date(2025, 6, 20), None, "企业未答复"
    newest["incident"] = date(2025, 6, 18)
    newest["appeal"] = datetime(2025, 6, 24, 21, 14, 7)
    newest["channel"] = "网站"
    newest["verdict"], newest["reason"], newest["accept"], newest["by"] = "告知先向企业投诉", "企业答复期限未满", \
        datetime(2025, 6, 26, 10, 2, 41), ""
    for k in ("fwd", "op_answer", "mediate", "close"):
        newest[k] = None
    newest["result"] = newest["opinion"] = ""
    # trap: a user who never complained to the operator is told to do so first (no dates, nothing to check)
    never = next(c for c in pool if c["appeal"] > datetime(2025, 4, 1))
    never["receive"] = never["reply"] = None
    never["sat"] = "未向企业投诉"
    never["verdict"], never["reason"], never["by"] = "告知先向企业投诉", "未向被申诉企业投诉", ""
    for k in ("fwd", "op_answer", "mediate", "close"):
        never[k] = None
    never["result"] = never["opinion"] = ""

    cases.sort(key=lambda c: c["appeal"])
    for i, c in enumerate(cases, 1):
        c["no"] = f"HNSS{c['appeal']:%Y%m}{i:04d}"
    # the same number given twice (the system's counter was reset after a restart)
    i = next(i for i in range(12, len(cases)) if not cases[i]["inj"] and not cases[i - 1]["inj"]
             and cases[i]["appeal"].month == cases[i - 1]["appeal"].month)
    cases[i]["no"] = cases[i - 1]["no"]
    cases[i]["inj"].append("case_number")

    if injected is not None:
        injected += [(c["no"], inj) for c in cases for inj in c["inj"]]

    rows = []
    for c in cases:
        accepted = c["verdict"] == "受理"
        decided = c["verdict"] not in ("待审核",)
        rows.append(Case({
            "申诉单号": c["no"],
            "收件时间": _ts(c["appeal"]),
            "申诉渠道": c["channel"],
            "申诉人": c["user"],
            "联系电话": c["tel"],
            "通信地址": c["addr"],
            "被申诉企业": c["op"],
            "业务号码": c["msisdn"],
            "申诉类型": c["type"],
            "申诉内容": c["problem"],
            "问题发生日期": _d(c["incident"]),
            "向企业投诉日期": _d(c["receive"]),
            "企业答复日期": _d(c["reply"]),
            "对企业处理是否满意": c["sat"],
            "是否已和解并执行": c["settled"],
            "重复申诉情况": c["repeat"],
            "受理结论": c["verdict"],
            "受理决定时间": _ts(c["accept"]) if decided else "",
            "不予受理原因": c["reason"],
            "承办人": c["by"] if accepted else "",
            "转企业处理时间": _ts(c["fwd"]),
            "企业回复时间": _ts(c["op_answer"]),
            "调解时间": _ts(c["mediate"]),
            "办结时间": _ts(c["close"]),
            "处理结果": c["result"] if accepted else ("不予受理" if c["verdict"] == "不予受理" else ""),
            "是否出具调解意见书": c["opinion"],
            "录入人": rng.choice(clerks),
            "备注": c["note"],
        }))
    hand = {
        "procedure": "s42-telecom-user-appeals",
        "encoding": "gbk",
        "columns": {
            "申诉单号": "case_number",
            "问题发生日期": "incident_at",
            "申诉类型": "category",
            "向企业投诉日期": "receive_at",
            "企业答复日期": "reply_at",
            "对企业处理是否满意": "satisfaction",
            "收件时间": "appeal_at",
            "是否已和解并执行": "settlement_executed",
            "重复申诉情况": "mediation_opinion_issued",
            "调解时间": "mediate_at",
        },
        "values": {
            "category": {"收费争议": "fee_dispute", **{t: "other" for t, _, _ in _S42_TYPES if t != "收费争议"}},
            "satisfaction": {"不满意": "unsatisfied", "企业未答复": "", "未向企业投诉": ""},
            "settlement_executed": {"是": True, "否": False},
            "mediation_opinion_issued": {"否": False, "是（前次已调解并出具意见书）": True, "是（前次不予受理）": False},
        },
        "outcomes": {
            "受理结论": {"date": "受理决定时间", "steps": {"受理": "accept_appeal"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("168-s41-branch-owner-complaint-register.xlsx", "xlsx", e168_s41_branch_owner_complaint_register),
    ("169-s42-provincial-appeal-case-system.csv", "gbk", e169_s42_provincial_appeal_case_system),
]
