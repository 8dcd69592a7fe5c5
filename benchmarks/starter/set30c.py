"""Starter-profile benchmark exports 176-177 (set 30c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 176 177    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, iso


CUTOFF = datetime(2025, 6, 30, 17, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _day(rng, lo=date(2025, 1, 3), hi=date(2025, 6, 14)):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    """A whole-minute time on day d between lo_h and hi_h o'clock."""
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus_min(rng, t, lo, hi):
    return t + timedelta(minutes=rng.randint(lo, hi))


# --- 176: S40, a residential property company's service-desk 《投诉处理记录表》 (Excel, date cells) -----------------

_S40_PROJECTS = [("锦华苑", ["1", "2", "3", "5", "6", "8"]), ("滨江御府", ["A1", "A2", "B1", "B3", "C2"])]
_S40_CONTENT = {
    "管理服务类": [
        ("楼道保洁不及时，垃圾桶满溢两天无人清运", "环境部"),
        ("夜间巡逻秩序员态度生硬，与业主发生口角", "秩序维护部"),
        ("地库外来车辆乱停，占用业主固定车位", "秩序维护部"),
        ("快递代收点丢件，物业推脱不管", "客服部"),
        ("电梯困人，报修后四十分钟才有人到场", "工程部"),
        ("绿化修剪早上七点开机，噪音扰民", "环境部"),
        ("门禁卡补办要等一周，服务效率低", "客服部"),
        ("单元门禁损坏多日未修", "工程部"),
        ("泳池开放时间与公告不符", "客服部"),
    ],
    "工程质量类": [
        ("卫生间楼板渗水至楼下吊顶", "工程部"),
        ("外墙空鼓，雨后室内墙面发霉", "工程部"),
        ("地下车库顶板渗漏，车辆被滴水污染", "工程部"),
        ("主卧窗户密封不严，下雨渗水", "工程部"),
        ("客厅墙面出现多条裂缝", "工程部"),
    ],
    "红线外及第三方": [
        ("小区南门外市政道路施工夜间噪音", "客服部"),
        ("燃气公司上门安检时间未提前通知", "客服部"),
        ("供电局计划停电未在群内通知", "客服部"),
        ("宽带运营商在弱电井乱拉线", "工程部"),
    ],
}
_S40_RESULTS = ["已安排{d}当日处理完毕，业主现场确认", "{d}到场维修，问题已解决", "{d}已与业主沟通并整改",
                "{d}协调相关单位处理，已向业主解释说明", "{d}已整改并拍照留存"]
_S40_REVISIT = ["业主表示问题已解决", "业主认可处理结果", "业主表示已无渗水", "业主对处理速度有意见，结果认可",
                "业主希望加强日常巡查", "业主表示整改到位"]


def e176_s40_property_service_desk_register(rng, injected=None):
    """S40 物业投诉处理 — XLSX. 一家住宅物业公司两个项目客服中心前台共用的《投诉处理记录表》电子版（Excel），
    日期为 Excel 日期单元格（yyyy-mm-dd hh:mm）。

    第 1 步（读制度 YAML 之前，按原文和物业公司的叫法写下）的列：序号、投诉编号、项目名称、房号、业主姓名、联系电话、
    投诉方式（来访/现场/来电/书面/邮件/集团转办/12345转办）、投诉时间、记录时间、接待人、投诉内容、
    投诉性质（管理服务类/工程质量类/红线外及第三方）、责任部门（工程部/秩序维护部/环境部/客服部）、上报时间、
    处理完成时间、处理结果、回访日期、回访人、回访方式（电话/上门）、回访意见（满意/基本满意/不满意）、备注、录入人。
    接待人：当面投诉记接待的管家，来电/书面/邮件记接听或收件的监控中心值班员，转办件记前台。

    读过制度 YAML 后补的列：转前台时间（值班员告知前台的时间）、记录人（登记并分派的前台）、当场处理（是/否，
    只对当面投诉填）、上报人、疑难投诉（是/否）、报经理时间（上报部门负责人）、结果反馈时间（责任部门把处理情况报前台）、
    结果登记时间（前台登记处理结果）、回访记录（回访内容）。
    “上报时间/上报人”按“当场处理”分两个环节：是=当场处理后向上级汇报，否=不能当场处理、通知上级领导（outcomes）。
    “记录时间”是前台登记并分派的时间；当场处理完的当面投诉不再分派，记录时间为空，只有结果登记时间。

    注入（规则 id × 件数）：inform_reception_1h ×3、notify_superior_2h ×2、party_notifies_superior ×1、
    on_spot_handling_reported ×1、hard_or_higher_to_dept_head ×2（集团转办未报经理 1、疑难来电未报经理 1）、
    category_for_dispatch ×1、result_reported ×1、record_result_same_day ×2、revisit_3_days ×2、
    revisit_by_operations_mgmt ×1（管家自己回访）、revisit_customer_opinion ×1、case_number 重复 ×1（两件编号相同）。
    陷阱（不应报告）：来电 58 分钟告知前台；不能当场处理的 1 小时 52 分通知上级；结果当天 19 点后登记；
    处理后第 3 天上午回访（不足 72 小时）；疑难/转办件已报经理；月底未处理、未回访的在办件（处理后不满 3 天）。
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken: set = set()
    keepers = distinct_names(rng, 4, taken)        # 管家（当面投诉的当事人）
    watch = distinct_names(rng, 3, taken)          # 监控中心值班员（信息接收人员）
    desk = distinct_names(rng, 2, taken)           # 前台接待员
    ops = distinct_names(rng, 2, taken)            # 运营管理部回访专员
    clerks = [desk[0], desk[1]]

    # (投诉方式, kind, spot, flags)
    specs = []
    specs += [("来访", "in", True, set()) for _ in range(3)] + [("现场", "in", True, set()) for _ in range(2)]
    specs += [("现场", "in", True, {"no_report_sup"})]
    specs += [("来访", "in", True, {"same_reporter_trap"})]
    specs += [("来访", "in", False, set()) for _ in range(2)] + [("现场", "in", False, set())]
    specs += [("现场", "in", False, {"late_notify"}), ("来访", "in", False, {"late_notify"})]
    specs += [("来访", "in", False, {"other_reporter"}), ("现场", "in", False, {"notify_near"})]
    specs += [("来访", "in", False, {"hard"})]
    specs += [("来电", "remote", None, set()) for _ in range(8)]
    specs += [("来电", "remote", None, {"late_inform"}) for _ in range(2)]
    specs += [("来电", "remote", None, {"inform_near"}), ("来电", "remote", None, {"hard_no_head"}),
              ("来电", "remote", None, {"no_category"}), ("来电", "remote", None, {"open_handled"}),
              ("来电", "remote", None, {"open"})]
    specs += [("书面", "remote", None, set()), ("书面", "remote", None, {"late_inform"}),
              ("书面", "remote", None, {"open"})]
    specs += [("邮件", "remote", None, set()) for _ in range(2)] + [("邮件", "remote", None, {"no_result"})]
    specs += [("集团转办", "higher", None, set()) for _ in range(2)] + [("12345转办", "higher", None, set())]
    specs += [("12345转办", "higher", None, {"no_head"}), ("集团转办", "higher", None, {"hard"})]
    specs.append(("现场", "in", False, {"open"}))

    cases = []
    for ch, kind, spot, flags in specs:
        c = Case(ch=ch, kind=kind, spot=spot, flags=set(flags))
        open_ = flags & {"open", "open_handled"}
        d = _day(rng, date(2025, 6, 24), date(2025, 6, 27)) if open_ else _day(rng)
        if "open" in flags and kind == "in":
            d = date(2025, 6, 29)
        c["t0"] = _at(rng, d, 8.5, 16.5)
        c["cat"] = pick(rng, [("管理服务类", 6), ("工程质量类", 3), ("红线外及第三方", 1)])
        if kind == "in" and spot:
            c["cat"] = "管理服务类"
        c["content"], c["dept"] = rng.choice(_S40_CONTENT[c["cat"]])
        c["project"], blocks = rng.choice(_S40_PROJECTS)
        c["room"] = f"{rng.choice(blocks)}-{rng.randint(1, 3)}-{rng.randint(2, 28)}{rng.randint(1, 4):02d}"
        c["owner"] = person_name(rng)
        c["phone"] = mobile(rng)
        c["hard"] = bool(flags & {"hard", "hard_no_head"})
        cases.append(c)
    cases.sort(key=lambda c: c["t0"])

    for c in cases:
        flags, t0 = c["flags"], c["t0"]
        c.update(inform=None, record=None, rec_by=None, sup=None, sup_by=None, head=None, handle=None,
                 report_res=None, record_res=None, revisit=None, rev_by=None, rev_way=None, rev_note="",
                 satisfaction="", result="", remark="")
        if c["kind"] == "in":
            c["recv_by"] = rng.choice(keepers)
            if c["spot"]:
                c["handle"] = _plus_min(rng, t0, 15, 70)
                c["sup"] = _plus_min(rng, c["handle"], 5, 40)
                c["sup_by"] = c["recv_by"]
                c["dept"] = "客服部" if c["dept"] == "客服部" else c["dept"]
                if "no_report_sup" in flags:
                    c["sup"] = c["sup_by"] = None
                    c["remark"] = "现场已处理完毕"
            else:
                mins = rng.randint(15, 95)
                if "late_notify" in flags:
                    mins = rng.choice([160, 245])
                if "notify_near" in flags:
                    mins = 112
                c["sup"] = t0 + timedelta(minutes=mins)
                c["sup_by"] = c["recv_by"]
                if "other_reporter" in flags:
                    c["sup_by"] = rng.choice([k for k in keepers if k != c["recv_by"]])
                    c["sup"] = _plus_min(rng, t0, 20, 80)
                    c["remark"] = "接待管家休班，由同组管家报主管"
                c["record"] = _plus_min(rng, c["sup"], 10, 50)
                c["rec_by"] = rng.choice(desk)
        elif c["kind"] == "remote":
            c["recv_by"] = rng.choice(watch)
            mins = rng.randint(8, 45)
            if "late_inform" in flags:
                mins = rng.choice([95, 185]) if c["ch"] == "来电" else 1150
            if "inform_near" in flags:
                mins = 58
            c["inform"] = t0 + timedelta(minutes=mins)
            c["record"] = _plus_min(rng, c["inform"], 5, 30)
            c["rec_by"] = rng.choice(desk)
            if "hard" in flags:
                c["head"] = _plus_min(rng, c["record"], 5, 40)
        else:
            c["recv_by"] = rng.choice(desk)
            c["head"] = _plus_min(rng, t0, 10, 50)
            if "no_head" in flags:
                c["head"] = None
            c["record"] = _plus_min(rng, t0, 5, 30)
            c["rec_by"] = c["recv_by"]
            c["hard"] = "hard" in flags
        if c["kind"] == "in" and "hard" in flags:
            c["head"] = _plus_min(rng, c["sup"], 5, 30)
        if "hard_no_head" in flags:
            c["head"] = None
            c["remark"] = "业主称已多次反映，要求总经理答复"
        if "no_category" in flags:
            c["cat_out"] = ""
        else:
            c["cat_out"] = c["cat"]

        # handling
        if "open" in flags:
            continue
        if c["handle"] is None:
            start = c["record"]
            if "open_handled" in flags:
                c["handle"] = _at(rng, date(2025, 6, 28), 13, 16)
            else:
                k = rng.choice([0, 1, 1, 2, 3]) if c["cat"] != "工程质量类" else rng.choice([1, 2, 3, 4])
                hd = start.date() + timedelta(days=k)
                c["handle"] = _at(rng, hd, 9, 16)
                if c["handle"] <= start + timedelta(hours=1):
                    c["handle"] = _at(rng, start.date() + timedelta(days=1), 9, 16)
        h = c["handle"]
        c["result"] = rng.choice(_S40_RESULTS).format(d=c["dept"])
        c["report_res"] = _plus_min(rng, h, 20, 120)
        c["record_res"] = _plus_min(rng, c["report_res"], 5, 50)
        if "open_handled" in flags:
            continue
        k = rng.choice([1, 1, 2])
        c["revisit"] = _at(rng, h.date() + timedelta(days=k), 9, 17.5)
        if c["revisit"] <= c["record_res"]:
            c["revisit"] = _at(rng, h.date() + timedelta(days=2), 9, 17.5)
        c["rev_by"] = rng.choice(ops)
        c["rev_way"] = pick(rng, [("电话", 4), ("上门", 1)])
        c["rev_note"] = rng.choice(_S40_REVISIT)
        c["satisfaction"] = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)])
        if "no_result" in flags:
            c["result"] = ""

    # revisit-stage injections and traps on finished cases with no other flag
    plain = [c for c in cases if not c["flags"] and c["revisit"] is not None and c["kind"] != "in"]
    rng.shuffle(plain)
    for c in plain[0:2]:      # result recorded a day late
        c["flags"].add("late_record")
        c["report_res"] = max(_at(rng, c["handle"].date(), 16.5, 17.5), _plus_min(rng, c["handle"], 20, 60))
        c["record_res"] = _at(rng, c["handle"].date() + timedelta(days=1), 9, 10)
        c["revisit"] = _at(rng, c["handle"].date() + timedelta(days=2), 10, 17)
        c["remark"] = "前台次日补登"
    for c in plain[2:4]:      # revisit after 3 days
        c["flags"].add("late_revisit")
        c["revisit"] = _at(rng, c["handle"].date() + timedelta(days=rng.choice([5, 6])), 9, 17)
    plain[4]["flags"].add("keeper_revisit")
    plain[4]["rev_by"] = plain[4]["recv_by"] if plain[4]["recv_by"] in keepers else keepers[0]
    plain[4]["rev_way"] = "上门"
    plain[5]["flags"].add("no_satisfaction")
    plain[5]["satisfaction"] = ""
    for c in plain[6:8]:      # the two traps below need an afternoon handling time on a day after the record
        hd = c["handle"].date() if c["handle"].date() > c["record"].date() else c["record"].date() + timedelta(days=1)
        c["handle"] = _at(rng, hd, 15, 16)
    plain[6]["flags"].add("record_evening")      # trap: recorded the same evening
    plain[6]["report_res"] = _plus_min(rng, plain[6]["handle"], 60, 120)
    plain[6]["record_res"] = _at(rng, plain[6]["handle"].date(), 19.2, 19.8)
    plain[7]["flags"].add("revisit_day3")        # trap: third day, before the handling hour
    plain[7]["report_res"] = _plus_min(rng, plain[7]["handle"], 20, 60)
    plain[7]["record_res"] = _plus_min(rng, plain[7]["report_res"], 5, 30)
    plain[7]["revisit"] = _at(rng, plain[7]["handle"].date() + timedelta(days=3), 9.5, 11)

    rows = []
    seq = {}
    for i, c in enumerate(cases, 1):
        y = c["t0"].year
        seq[c["project"]] = seq.get(c["project"], 0) + 1
        code = "JH" if c["project"] == "锦华苑" else "BJ"
        c["no"] = f"TS-{code}-{y}{seq[c['project']]:03d}"
    dup = [c for c in cases if c["kind"] == "remote" and not c["flags"] and c["revisit"] is not None][-1]
    twin = [c for c in cases if c["project"] == dup["project"] and c["t0"] < dup["t0"] and not c["flags"]][-1]
    dup["no"] = twin["no"]
    dup["flags"].add("dup_no")
    for i, c in enumerate(cases, 1):
        for f in sorted(c["flags"]):
            note((c["no"], f))
        rows.append({
            "序号": i,
            "投诉编号": c["no"],
            "项目名称": c["project"],
            "房号": c["room"],
            "业主姓名": c["owner"],
            "联系电话": c["phone"],
            "投诉方式": c["ch"],
            "投诉时间": c["t0"],
            "接待人": c["recv_by"],
            "转前台时间": c["inform"],
            "记录时间": c["record"],
            "记录人": c["rec_by"],
            "投诉内容": c["content"],
            "投诉性质": c["cat_out"],
            "当场处理": {True: "是", False: "否", None: ""}[c["spot"]],
            "上报时间": c["sup"],
            "上报人": c["sup_by"],
            "疑难投诉": "是" if c["hard"] else "否",
            "报经理时间": c["head"],
            "责任部门": c["dept"],
            "处理完成时间": c["handle"],
            "处理结果": c["result"],
            "结果反馈时间": c["report_res"],
            "结果登记时间": c["record_res"],
            "回访日期": c["revisit"],
            "回访人": c["rev_by"],
            "回访方式": c["rev_way"],
            "回访记录": c["rev_note"],
            "回访意见": c["satisfaction"],
            "备注": c["remark"],
            "录入人": rng.choice(clerks),
        })

    roles = {n: "party" for n in keepers} | {n: "info_receiver" for n in watch} | \
        {n: "reception" for n in desk} | {n: "operations_mgmt" for n in ops} | \
        {d: "responsible_dept" for d in ("工程部", "秩序维护部", "环境部", "客服部")}
    hand = {
        "procedure": "s40-property-complaint-handling",
        "sheet": "导出",
        "columns": {
            "投诉编号": "case_number",
            "投诉方式": "channel",
            "投诉时间": "receive_at",
            "接待人": "receive_by",
            "转前台时间": "inform_reception_at",
            "记录时间": "record_dispatch_at",
            "记录人": "record_dispatch_by",
            "投诉内容": "content",
            "投诉性质": "category",
            "当场处理": "resolved_on_spot",
            "疑难投诉": "hard_case",
            "报经理时间": "escalate_to_head_at",
            "责任部门": "handle_by",
            "处理完成时间": "handle_at",
            "处理结果": "result",
            "结果反馈时间": "report_result_at",
            "结果登记时间": "record_result_at",
            "回访日期": "revisit_at",
            "回访人": "revisit_by",
            "回访方式": "revisit_method",
            "回访记录": "revisit_result",
            "回访意见": "satisfaction",
        },
        "values": {
            "channel": {"来访": "in_person", "现场": "in_person", "来电": "phone", "书面": "letter",
                        "邮件": "email", "集团转办": "higher_authority", "12345转办": "higher_authority"},
            "category": {"管理服务类": "class_1", "工程质量类": "class_2", "红线外及第三方": "class_3"},
            "resolved_on_spot": {"是": True, "否": False},
            "hard_case": {"是": True, "否": False},
            "revisit_method": {"电话": "phone", "上门": "visit"},
        },
        "roles": roles,
        "outcomes": {
            "当场处理": {"date": "上报时间", "by": "上报人",
                         "steps": {"是": "report_to_superior", "否": "notify_superior"}},
        },
    }
    return rows, hand


# --- 177: S39, a telecom branch's CRM complaint work-order export (CSV, GBK) --------------------------------------

_S39_NORMAL = [
    ("宽带频繁掉线，报修三次未解决", "装维中心"),
    ("套餐外流量费异常，要求核减", "计费账务中心"),
    ("营业员办理携号转网时态度恶劣", "市场部"),
    ("小区4G信号弱，室内无法通话", "网络维护中心"),
    ("未经同意开通增值业务并扣费", "计费账务中心"),
    ("光猫更换后IPTV无法使用", "装维中心"),
    ("宣传的融合套餐优惠未兑现", "市场部"),
    ("固话停机后仍收取月租", "计费账务中心"),
    ("装机预约超期未上门", "装维中心"),
    ("5G套餐网速达不到宣传标准", "网络维护中心"),
]
_S39_MAJOR = [
    ("小区光交箱被撞，整栋楼宽带和电视中断超过24小时", "网络维护中心"),
    ("医院专线中断，影响挂号系统运行", "政企客户部"),
    ("乡镇基站停电，全村手机无信号", "网络维护中心"),
]
_S39_ESC = [
    ("宽带合约到期后擅自续约并收取违约金", "计费账务中心"),
    ("号码被停机，客户称未欠费", "计费账务中心"),
    ("办理销户后仍持续扣费", "计费账务中心"),
    ("家中宽带长期限速，多次投诉未解决", "装维中心"),
    ("营业厅承诺的赠送话费未到账", "市场部"),
    ("手机信号覆盖差，基站迟迟未建", "网络维护中心"),
]
_S39_EXT = ["工信部申诉", "通管局转办", "消协转办", "集团转派"]
_S39_RESULTS = ["已核实并处理，客户认可", "已上门维修恢复正常", "已核减费用{n}元", "已向客户解释并致歉",
                "已调整网络参数，信号改善", "已退还多收费用{n}元"]
_S39_UNSAT = ["核减金额不足，要求全额退还", "维修后仍频繁掉线", "对处理人员解释不认可", "未按承诺时间上门"]


def e177_s39_telecom_branch_crm_workorders(rng, injected=None):
    """S39 分公司投诉处理 — CSV GBK. 某电信分公司客服中心从 CRM 投诉工单系统导出的工单明细，系统时间
    2025-03-04 09:12:33。

    第 1 步（读制度 YAML 之前，按原文和电信 CRM 的叫法写下）的列：工单流水号、受理时间、受理渠道（10000号/营业厅/
    网上营业厅/来函/工信部申诉/通管局转办/消协转办/集团转派）、受理员、客户名称、联系电话、业务号码、
    投诉分类（普通投诉/重大投诉/重复投诉/升级投诉）、投诉内容、派单时间、处理单位、处理人、要求完成时间、回单时间、
    处理结果、客户评价、工单状态、关联工单号、不满意原因、归档时间、备注。

    读过制度 YAML 后补的列：建单时间（受理员生成工单、记录投诉信息的时间）、越级标识（是/否）、逐级上报时间、跟踪人、
    跟踪时间（升级投诉的跟踪记录）、上报转办单位时间、受理单签字（营业厅来访：已签/未签）、来函存档号（已存档的写档案号，
    没有存档的写“未存档”）、网上核实（已核实/未核实）、重复类型（处理中催办/不满意重投）、催办时间、
    首问办结（是/否：受理员当场解释、客户认可，不派单）。
    不满意重投的工单本身就是“重新生成的一张投诉工单”，其建单时间也是该环节的时间（outcomes 按重复类型取建单时间）。
    “派单时间”按投诉分类分两个环节：升级投诉为客服中心的升级派单，其余为一般派单（outcomes）；普通投诉不属于制度的
    四类特殊投诉，投诉分类映射为空白。跟踪人在“跟踪人”一列单独对应为升级投诉受理人员（values）。

    注入（规则 id × 件数）：external_to_service_center ×2（外部转派件由营业厅经理受理）、
    escalated_handled_by_marked_limit ×2、escalated_time_limit_marked ×1（未处理的在办件）、
    escalated_tracked_by_receiver ×1、escalated_tracked ×1、escalated_reported_to_transfer_unit ×1、
    major_reported_up ×1、leapfrog_reported_up ×1、repeat_in_progress_to_dispatch ×1、visit_customer_signs ×1、
    letter_kept_on_file ×1、website_verified_with_customer ×1、phone_detailed_record ×1、
    repeat_dissatisfaction_reason ×1。
    陷阱（不应报告）：升级投诉在要求完成日当天、过了钟点才回单（时限按日）；来函存档号写档案号；
    不满意重投不需要催办；有越级倾向的已上报并派单；首问办结、未派单的工单（已建单记录）；
    月底未回单的在办件（升级件要求完成时间在 7 月）。
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken: set = set()
    agents = distinct_names(rng, 4, taken)         # 10000号话务员（投诉受理人员）
    hall = distinct_names(rng, 3, taken)           # 营业厅受理员/值班经理
    center = distinct_names(rng, 3, taken)         # 分公司客服中心专人
    handlers = {d: distinct_names(rng, 2, taken) for d in
                ("装维中心", "计费账务中心", "市场部", "网络维护中心", "政企客户部")}

    specs = []   # (投诉分类, 受理渠道, flags)
    specs += [("普通投诉", "10000号", set()) for _ in range(8)]
    specs += [("普通投诉", "10000号", {"no_content"}), ("普通投诉", "10000号", {"leap"}),
              ("普通投诉", "10000号", {"leap", "leap_no_report"}), ("普通投诉", "10000号", {"open"}),
              ("普通投诉", "10000号", {"first_contact"}), ("普通投诉", "10000号", {"first_contact"}),
              ("普通投诉", "营业厅", {"first_contact"}),
              ("普通投诉", "10000号", {"open"})]
    specs += [("普通投诉", "营业厅", set()) for _ in range(4)]
    specs += [("普通投诉", "营业厅", {"unsigned"}), ("普通投诉", "营业厅", {"leap"})]
    specs += [("普通投诉", "网上营业厅", set()) for _ in range(4)] + [("普通投诉", "网上营业厅", {"unverified"})]
    specs += [("普通投诉", "来函", set()) for _ in range(2)] + [("普通投诉", "来函", {"not_filed"})]
    specs += [("重大投诉", "10000号", set()), ("重大投诉", "营业厅", set()), ("重大投诉", "10000号", {"major_no_report"})]
    specs += [("升级投诉", rng.choice(_S39_EXT), set()) for _ in range(3)]
    specs += [("升级投诉", rng.choice(_S39_EXT), {"limit_same_day"})]
    specs += [("升级投诉", rng.choice(_S39_EXT), {"hall_receiver"}) for _ in range(2)]
    specs += [("升级投诉", rng.choice(_S39_EXT), {"late"}) for _ in range(2)]
    specs += [("升级投诉", rng.choice(_S39_EXT), {"no_limit", "open"}), ("升级投诉", rng.choice(_S39_EXT), {"other_tracker"}),
              ("升级投诉", rng.choice(_S39_EXT), {"no_track"}), ("升级投诉", rng.choice(_S39_EXT), {"no_review"}),
              ("升级投诉", rng.choice(_S39_EXT), {"open"})]

    cases = []
    for cat, ch, flags in specs:
        c = Case(cat=cat, ch=ch, flags=set(flags), repeat="", orig="", remind=None, unsat="")
        d = _day(rng, date(2025, 6, 23), date(2025, 6, 28)) if "open" in flags else _day(rng)
        if ch == "10000号":
            c["t0"] = _at(rng, d, 8, 21)
            c["recv_by"] = rng.choice(agents)
        elif ch == "营业厅":
            c["t0"] = _at(rng, d, 9, 17)
            c["recv_by"] = rng.choice(hall)
        elif ch in ("网上营业厅", "来函"):
            c["t0"] = _at(rng, d, 8.5, 17.5)
            c["recv_by"] = rng.choice(center)
        else:
            c["t0"] = _at(rng, d, 8.5, 17)
            c["recv_by"] = rng.choice(hall) if "hall_receiver" in flags else rng.choice(center)
        pool = _S39_MAJOR if cat == "重大投诉" else _S39_ESC if cat == "升级投诉" else _S39_NORMAL
        c["content"], c["dept"] = rng.choice(pool)
        cases.append(c)

    # repeat complaints, tied to earlier ordinary tickets
    base = [c for c in cases if c["cat"] == "普通投诉" and not c["flags"]]
    for kind in ["处理中催办", "处理中催办", "处理中催办", "不满意重投", "不满意重投", "不满意重投"]:
        orig = base.pop(rng.randrange(len(base)))
        r = Case(cat="重复投诉", ch=orig["ch"] if orig["ch"] != "来函" else "10000号", flags=set(), repeat=kind,
                 orig=orig, remind=None, unsat="", content=orig["content"], dept=orig["dept"])
        r["recv_by"] = rng.choice(agents) if r["ch"] == "10000号" else orig["recv_by"]
        orig["slow"] = kind == "处理中催办"
        cases.append(r)
    [c for c in cases if c["repeat"] == "处理中催办"][0]["flags"].add("no_remind")
    [c for c in cases if c["repeat"] == "不满意重投"][1]["flags"].add("no_reason")

    for c in cases:
        flags = c["flags"]
        c.update(record=None, report_up=None, dispatch=None, limit=None, handle=None, track=None, track_by="",
                 review=None, result="", rating="", signed="", filed="", verified="", leap="否", status="", first="否")
        if c["cat"] == "重复投诉":
            continue
        t0 = c["t0"]
        c["record"] = _plus_min(rng, t0, 1, 12)
        after = c["record"]
        if c["cat"] == "重大投诉" or "leap" in flags:
            c["report_up"] = _plus_min(rng, after, 5, 40)
            after = c["report_up"]
            if flags & {"major_no_report", "leap_no_report"}:
                c["report_up"] = None
        if "leap" in flags:
            c["leap"] = "是"
        if c["ch"] == "营业厅":
            c["signed"] = "已签"
        if "first_contact" in flags:      # explained on the call / at the counter and accepted: no work order
            c["first"] = "是"
            c["result"] = "受理员当场解释，客户认可"
            c["rating"] = "满意"
            c["status"] = "已办结"
            continue
        c["dispatch"] = _plus_min(rng, after, 3, 60)
        if c["cat"] == "升级投诉":
            c["limit"] = datetime.combine(c["dispatch"].date() + timedelta(days=rng.choice([3, 5])),
                                          datetime.min.time()).replace(hour=17)
            if "open" in flags:
                c["limit"] = datetime(2025, 7, rng.randint(2, 4), 17)
            c["track_by"] = c["recv_by"]
            if "other_tracker" in flags:
                c["track_by"] = rng.choice([n for n in center if n != c["recv_by"]])
            c["track"] = _plus_min(rng, c["dispatch"], 60, 300)
            if "no_track" in flags:
                c["track"], c["track_by"] = None, ""
        else:
            c["limit"] = c["dispatch"] + timedelta(hours=48)
        if c["ch"] == "来函":
            c["filed"] = f"DA-2025-{rng.randint(10, 180):03d}"
        if c["ch"] == "网上营业厅":
            c["verified"] = "已核实"
        if "no_limit" in flags:
            c["limit"] = None
        if "open" in flags:
            c["status"] = "处理中"
            continue
        span = rng.uniform(3, 40) if c["cat"] != "升级投诉" else rng.uniform(20, 60)
        if c.get("slow"):
            span = rng.uniform(50, 70)
        c["handle"] = c["dispatch"] + timedelta(hours=span)
        if c["cat"] == "升级投诉" and c["handle"] > c["limit"]:
            c["handle"] = c["limit"] - timedelta(hours=rng.uniform(2, 20))
        if "late" in flags:
            c["handle"] = _at(rng, c["limit"].date() + timedelta(days=rng.choice([2, 3])), 9, 17)
        if "limit_same_day" in flags:
            c["handle"] = _at(rng, c["limit"].date(), 18.5, 20.5)
        c["handle"] = c["handle"].replace(second=rng.randint(0, 59), microsecond=0)
        if c["cat"] == "升级投诉":
            c["review"] = c["handle"] + timedelta(hours=rng.uniform(2, 20))
            if "no_review" in flags:
                c["review"] = None
        c["result"] = rng.choice(_S39_RESULTS).format(n=rng.choice([20, 35, 58, 100, 126]))
        c["rating"] = pick(rng, [("满意", 6), ("基本满意", 2), ("不满意", 1)])
        c["status"] = "已归档"

    for c in cases:    # the repeat tickets, now that the originals have times
        if c["cat"] != "重复投诉":
            continue
        o = c["orig"]
        if c["repeat"] == "处理中催办":
            c["t0"] = (o["dispatch"] + (o["handle"] - o["dispatch"]) * rng.uniform(0.3, 0.7)).replace(microsecond=0)
            c["record"] = _plus_min(rng, c["t0"], 1, 8)
            c["remind"] = _plus_min(rng, c["record"], 5, 40)
            if "no_remind" in c["flags"]:
                c["remind"] = None
            c["status"] = "已办结"
        else:
            c["t0"] = _at(rng, o["handle"].date() + timedelta(days=rng.randint(1, 6)), 9, 19)
            c["record"] = _plus_min(rng, c["t0"], 1, 12)
            c["dispatch"] = _plus_min(rng, c["record"], 3, 40)
            c["limit"] = c["dispatch"] + timedelta(hours=48)
            c["handle"] = c["dispatch"] + timedelta(hours=rng.uniform(5, 40))
            c["unsat"] = rng.choice(_S39_UNSAT) if "no_reason" not in c["flags"] else ""
            c["result"] = rng.choice(_S39_RESULTS).format(n=rng.choice([30, 60, 90]))
            c["rating"] = pick(rng, [("满意", 2), ("基本满意", 2), ("不满意", 1)])
            c["status"] = "已归档"
        if c["ch"] == "营业厅":
            c["signed"] = "已签"
        if c["ch"] == "网上营业厅":
            c["verified"] = "已核实"

    for c in cases:
        if "no_content" in c["flags"]:
            c["content"] = ""
        if "unsigned" in c["flags"]:
            c["signed"] = "未签"
        if "not_filed" in c["flags"]:
            c["filed"] = "未存档"
        if "unverified" in c["flags"]:
            c["verified"] = "未核实"

    cases.sort(key=lambda c: c["t0"])
    rows = []
    for i, c in enumerate(cases, 1):
        c["no"] = f"TS{c['t0']:%Y%m%d}{3100 + i:05d}"
    for c in cases:
        for f in sorted(c["flags"]):
            note((c["no"], f))
        worker = rng.choice(handlers[c["dept"]]) if c["handle"] or c["dispatch"] else ""
        rows.append({
            "工单流水号": c["no"],
            "受理时间": iso(c["t0"]),
            "建单时间": iso(c["record"]) if c["record"] else "",
            "受理渠道": c["ch"],
            "受理员": c["recv_by"],
            "客户名称": person_name(rng),
            "联系电话": mobile(rng),
            "业务号码": mobile(rng) if rng.random() < 0.6 else f"0523{rng.randint(80000000, 89999999)}",
            "投诉分类": c["cat"],
            "越级标识": c["leap"],
            "投诉内容": c["content"],
            "逐级上报时间": iso(c["report_up"]) if c["report_up"] else "",
            "派单时间": iso(c["dispatch"]) if c["dispatch"] else "",
            "处理单位": c["dept"] if c["dispatch"] else "",
            "处理人": worker,
            "要求完成时间": iso(c["limit"]) if c["limit"] else "",
            "回单时间": iso(c["handle"]) if c["handle"] else "",
            "处理结果": c["result"],
            "跟踪人": c["track_by"],
            "跟踪时间": iso(c["track"]) if c["track"] else "",
            "上报转办单位时间": iso(c["review"]) if c["review"] else "",
            "受理单签字": c["signed"],
            "来函存档号": c["filed"],
            "网上核实": c["verified"],
            "首问办结": c["first"],
            "客户评价": c["rating"],
            "工单状态": c["status"],
            "关联工单号": c["orig"]["no"] if c["orig"] else "",
            "重复类型": c["repeat"],
            "催办时间": iso(c["remind"]) if c["remind"] else "",
            "不满意原因": c["unsat"],
            "归档时间": iso(c["handle"] + timedelta(hours=rng.uniform(1, 30))) if c["status"] == "已归档" else "",
            "备注": "客户要求书面答复" if c["cat"] == "升级投诉" and rng.random() < 0.3 else "",
        })

    roles = {n: "intake" for n in agents + hall} | {n: "branch_service_center" for n in center} | \
        {d: "handling_dept" for d in handlers}
    hand = {
        "procedure": "s39-telecom-branch-complaints",
        "encoding": "gbk",
        "columns": {
            "工单流水号": "case_number",
            "受理时间": "receive_at",
            "建单时间": "record_at",
            "受理渠道": "channel",
            "受理员": "receive_by",
            "投诉分类": "category",
            "越级标识": "leapfrog",
            "投诉内容": "content",
            "逐级上报时间": "report_up_at",
            "处理单位": "handle_by",
            "要求完成时间": "handling_time_limit",
            "回单时间": "handle_at",
            "跟踪人": "escalated_track_by",
            "跟踪时间": "escalated_track_at",
            "上报转办单位时间": "review_report_at",
            "受理单签字": "customer_signature",
            "来函存档号": "letter_filed",
            "网上核实": "verified_with_customer",
            "重复类型": "repeat_reason",
            "催办时间": "remind_at",
            "不满意原因": "dissatisfaction_reason",
            "首问办结": "explained_accepted",
        },
        "values": {
            "channel": {"10000号": "phone", "营业厅": "visit", "网上营业厅": "website", "来函": "letter",
                        "工信部申诉": "external", "通管局转办": "external", "消协转办": "external",
                        "集团转派": "external"},
            "category": {"普通投诉": "", "重大投诉": "major", "重复投诉": "repeat", "升级投诉": "escalated"},
            "leapfrog": {"是": True, "否": False},
            "letter_filed": {"未存档": False},
            "verified_with_customer": {"已核实": True, "未核实": False},
            "repeat_reason": {"处理中催办": "in_progress", "不满意重投": "unsatisfied_result"},
            "escalated_track_by": {n: "escalation_handler" for n in center + hall},
            "explained_accepted": {"是": True, "否": False},
        },
        "roles": roles,
        "outcomes": {
            "投诉分类": {"date": "派单时间", "steps": {"普通投诉": "dispatch", "重大投诉": "dispatch",
                                                 "重复投诉": "dispatch", "升级投诉": "escalated_dispatch"}},
            "重复类型": {"date": "建单时间", "steps": {"不满意重投": "new_ticket"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("176-s40-property-service-desk-register.xlsx", "xlsx", e176_s40_property_service_desk_register),
    ("177-s39-telecom-branch-crm-workorders.csv", "gbk", e177_s39_telecom_branch_crm_workorders),
]
