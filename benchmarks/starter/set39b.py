"""Starter-profile benchmark exports 228-229 (set 39b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 228 229    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, nth_workday_after, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened
AS_OF = datetime(2025, 7, 1)            # the audits run with --as-of 2025-07-01


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=19):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def _ymd(d):
    """The appeal centre's date spelling: 2025/3/4."""
    return "" if d is None else f"{d.year}/{d.month}/{d.day}"


def _minus_months(d, k):
    """The same day k months earlier (day clipped to 28 where needed)."""
    m = d.month - k
    y = d.year + (m - 1) // 12
    return date(y, (m - 1) % 12 + 1, min(d.day, 28))


def _spread(rng, kinds, n):
    """n case slots, the given kinds placed at distinct random slots, the rest None."""
    slots = [None] * n
    for i, k in zip(rng.sample(range(n), len(kinds)), kinds):
        slots[i] = k
    return slots


# ------------------------------------------------------------------------------------------------------------
# 228  S41: a construction bureau's engineering management department, OA 质量投诉台账 (XLSX)
# ------------------------------------------------------------------------------------------------------------

_S41_BRANCHES = {
    "一分公司": ["滨江花园二期", "锦绣府三标段"],
    "三分公司": ["城东安置房C区", "科创园研发楼"],
    "华南大项目部": ["南湖湾一期", "云港公寓"],
}
_S41_PROBLEMS = {
    "hard": [("外墙渗水", "雨后{b}号楼{r}室外墙内侧大面积渗水，墙纸发霉"),
             ("墙体开裂", "{b}号楼{r}室卧室墙体出现多条斜向裂缝，业主担心结构安全"),
             ("地面空鼓", "{b}号楼{r}室客厅地面多处空鼓，敲击有空响"),
             ("屋面渗漏", "{b}号楼顶层{r}室屋面渗漏，天花板有水渍")],
    "easy": [("卫生间渗漏", "{b}号楼{r}室卫生间地漏周边渗水至楼下"),
             ("瓷砖脱落", "{b}号楼{r}室厨房墙砖脱落两块"),
             ("门窗变形", "{b}号楼{r}室阳台推拉门关闭不严"),
             ("给排水管道", "{b}号楼{r}室厨房下水管接头滴漏"),
             ("电气线路", "{b}号楼{r}室部分插座无电")],
    "proc": [("门窗五金损坏", "{b}号楼{r}室窗户执手、合页批量锈蚀断裂"),
             ("管材爆裂", "{b}号楼{r}室热水管PPR管材爆裂"),
             ("开关面板", "{b}号楼{r}室开关面板发烫变色，疑为同批次产品问题")],
}
_S41_TYPE_LABEL = {"hard": "通病移交质保部", "easy": "小组整改", "proc": "材料换货"}
_S41_SOURCES_BUREAU = [("局领导批转", 3), ("政府部门转办", 2), ("总部部门转来", 2), ("业主来信", 2)]
_S41_SOURCES_BRANCH = [("业主来电", 4), ("业主来访", 3), ("业主来信", 1)]


def e228_s41_bureau_oa_quality_complaint_ledger(rng, injected=None):
    """S41 工程质量投诉管理制度: a construction bureau's 工程管理部 OA, module 质量投诉台账, exported to XLSX (sheet
    "导出"); the bureau's engineering management department and the branches' QA departments both register complaints
    in it. Times are date-time cells.

    读制度 YAML 之前写下的表头：投诉编号、登记时间、登记部门、投诉来源、业主姓名、联系电话、项目名称、楼栋房号、
    问题类别、问题描述、通知项目部时间、项目经理、现场核实时间、现场核实组织单位、处置方式、整改完成时间、
    整改实施单位、处理记录表填报时间、业主签字、回访时间、回访单位、办理状态。

    读过制度 YAML 后补的列：投诉层级（局级/分公司级：是否投诉到局）、项目核实结果（已确认/无法确认：能否确认事实主体）、
    转质保部核实时间（确定不能确认事实主体、转质保部组织现场核实的时间，48h 的起算）、与业主沟通时间、
    物资部换货时间、填报单位（处理记录表由谁填）、备案情况、书面报局时间、所属单位。

    注入的违规（按规则 id 计数，共 16）：onsite_verify_48h 3（其中 1 件至今未核实）、owner_communicated 1、
    procurement_goods_exchanged 1、owner_signs_record 1（业主拒签）、record_filed_with_competent_dept 1（未备案，CK109）、
    owner_contacted_after_record 1、report_to_bureau 1、hard_defect_to_qa 1、step-onsite_verify 1（项目经理部组织）、
    step-handling_record 1（质保部填表）、handle-handling_record 1（记录表早于整改完成）、record-notify 1（通知早于登记）、
    case_number 1（编号重复）、problem_type 1（处置方式“待定”）。

    陷阱：现场核实在转核实后 47 小时多，跨周末（按连续小时计算，未超）；6 月 30 日上午才转质保部核实、尚未到现场的
    （至 7 月 1 日 0 时未满 48 小时）；分公司级投诉不报局；材料换货与整改完成同一天；尚在整改中、未填记录表的案件。
    """
    n = 42
    taken: set = set()
    owners = distinct_names(rng, n, taken)
    pms = {p: distinct_names(rng, 1, taken)[0] for ps in _S41_BRANCHES.values() for p in ps}
    kinds = ["late48_a", "late48_b", "late48_open", "no_communicate", "no_exchange", "refused_sign", "not_filed",
             "no_follow_up", "no_report", "hard_by_team", "onsite_by_pm", "record_by_qa", "record_before_handle",
             "notify_before_record", "bad_type", "trap_47h", "trap_open_fresh", "trap_same_day_exchange"]
    slots = _spread(rng, kinds, n)

    cases = []
    for i, kind in enumerate(slots):
        branch = rng.choice(list(_S41_BRANCHES))
        project = rng.choice(_S41_BRANCHES[branch])
        qa, team = f"{branch}质保部", f"{branch}投诉处理小组"
        # what sort of case
        confirmed = rng.random() < 0.68
        if kind in ("late48_a", "late48_b", "late48_open", "onsite_by_pm", "trap_47h", "trap_open_fresh"):
            confirmed = False
        elif kind in ("no_communicate", "notify_before_record"):
            confirmed = True
        ptype = pick(rng, [("hard", 25), ("easy", 55), ("proc", 20)])
        if kind in ("no_exchange", "trap_same_day_exchange"):
            ptype = "proc"
        elif kind == "hard_by_team":
            ptype = "hard"
        elif kind == "bad_type":
            ptype = "easy"
        bureau = rng.random() < 0.55
        if kind == "no_report":
            bureau = True
        # complete cases need room to finish before the cutoff
        if kind is None:
            day = _rand_day(rng, date(2025, 1, 6), date(2025, 6, 27))
        elif kind == "late48_open":
            day = _rand_day(rng, date(2025, 6, 9), date(2025, 6, 20))
        elif kind == "trap_open_fresh":
            day = date(2025, 6, 27)
        else:
            day = _rand_day(rng, date(2025, 1, 6), date(2025, 5, 16))
        if kind == "trap_47h":   # registered on a Thursday, turned over to QA on Friday, site visit on Sunday
            while day.weekday() != 3:
                day += timedelta(days=1)
        record = _at(rng, day, 8.5, 16.5)
        notify = _plus(rng, record, 0.3, 5)
        if kind == "notify_before_record":   # phoned the project first, typed the entry in the next day
            notify = record - timedelta(minutes=rng.randint(18 * 60, 26 * 60))
        unconf = onsite = None
        if confirmed:
            communicate = _plus(rng, notify, 2, 40)
        else:
            unconf = _plus(rng, notify, 3, 28)
            if kind == "trap_47h":
                unconf = datetime(day.year, day.month, day.day, 10, rng.randint(0, 40)) + timedelta(days=1)
                onsite = unconf + timedelta(hours=47, minutes=rng.randint(5, 50))
            elif kind == "trap_open_fresh":
                unconf = datetime(2025, 6, 30, 9, rng.randint(10, 50))
            elif kind == "late48_a":
                while onsite is None or onsite - unconf <= timedelta(hours=48, minutes=30):
                    onsite = _plus(rng, unconf, 49, 62)
            elif kind == "late48_b":
                onsite = _plus(rng, unconf, 72, 110)
            elif kind != "late48_open":
                for _ in range(50):
                    onsite = _plus(rng, unconf, 3, 44)
                    if onsite - unconf < timedelta(hours=47):
                        break
                else:
                    onsite = unconf + timedelta(hours=24)
            communicate = _plus(rng, onsite, 1, 26) if onsite else None
        exchange = None
        if ptype == "proc" and communicate:
            exchange = _plus(rng, communicate, 24, 110)
        handle = None
        if communicate:
            handle = _plus(rng, exchange or communicate, 24, 230)
            if kind == "trap_same_day_exchange":
                handle = exchange + timedelta(minutes=rng.randint(90, 300))
        hrec = _plus(rng, handle, 1, 40) if handle else None
        if kind == "record_before_handle":
            hrec = handle - timedelta(minutes=rng.randint(26 * 60, 60 * 60))
        follow = _plus(rng, max(hrec, handle), 24, 110) if handle else None
        report = _plus(rng, follow, 20, 90) if follow and bureau else None

        # the export's cutoff: steps not yet done are blank; 整改完成 .. 回访/报局 go together (the record table
        # is filled, signed, filed and followed up as one closing package)
        if unconf and unconf > CUTOFF:   # the project is still checking the facts
            unconf = onsite = communicate = exchange = handle = hrec = follow = report = None
        if onsite and onsite > CUTOFF:
            onsite = None
        if communicate and communicate > CUTOFF:
            communicate = None
        if exchange and exchange > CUTOFF:
            exchange = None
        tail = [t for t in (handle, hrec, follow, report) if t]
        if tail and (max(tail) > CUTOFF or not communicate or (ptype == "proc" and not exchange)
                     or (not confirmed and not onsite)):
            handle = hrec = follow = report = None
        if kind is not None and kind not in ("late48_open", "trap_open_fresh") and follow is None:
            raise AssertionError(f"{kind} did not finish")   # an injected case must have run its whole course
        open_unconf = unconf and not onsite
        if kind is None and open_unconf and AS_OF - unconf > timedelta(hours=48):
            # a normal case must not be overdue by accident: the site visit happened in time
            onsite = _plus(rng, unconf, 2, 20)
            if onsite > CUTOFF:
                onsite = unconf + timedelta(hours=2)

        signature = "已签字" if hrec else ""
        filed = "已备案" if hrec else ""
        record_by = "局工程管理部" if bureau else qa
        source = pick(rng, _S41_SOURCES_BUREAU if bureau else _S41_SOURCES_BRANCH)
        onsite_by = qa if onsite else ""
        handle_by = (qa if ptype == "hard" else team) if handle else ""
        hrec_by = team if hrec else ""
        follow_by = qa if follow else ""
        type_label = _S41_TYPE_LABEL[ptype] if communicate else ""   # decided once the facts are agreed with the owner

        if kind == "no_communicate":
            communicate = None
        elif kind == "no_exchange":
            exchange = None
        elif kind == "refused_sign":
            signature, filed = "业主拒签", ""
        elif kind == "not_filed":
            filed = "未备案"
        elif kind == "no_follow_up":
            follow, follow_by, report = None, "", None
        elif kind == "no_report":
            report = None
        elif kind == "hard_by_team":
            handle_by = team
        elif kind == "onsite_by_pm":
            onsite_by = "项目经理部"
        elif kind == "record_by_qa":
            hrec_by = qa
        elif kind == "bad_type":
            type_label = "待定"

        cat, text = rng.choice(_S41_PROBLEMS[ptype])
        building, room = rng.randint(1, 18), f"{rng.randint(2, 28)}0{rng.randint(1, 4)}"
        if handle and follow and (report or not bureau):
            status = "已办结"
        elif follow:
            status = "待报局"
        elif handle:
            status = "待回访"
        elif communicate or onsite:
            status = "整改中"
        elif unconf:
            status = "待现场核实"
        else:
            status = "待核实"
        cases.append({
            "_kind": kind,
            "登记时间": record,
            "登记部门": record_by,
            "投诉层级": "局级" if bureau else "分公司级",
            "投诉来源": source,
            "业主姓名": owners[i],
            "联系电话": mobile(rng),
            "所属单位": branch,
            "项目名称": project,
            "楼栋房号": f"{building}-{room}",
            "问题类别": cat,
            "问题描述": text.format(b=building, r=room),
            "通知项目部时间": notify,
            "项目经理": pms[project],
            "项目核实结果": "已确认" if confirmed else "无法确认",
            "转质保部核实时间": unconf,
            "现场核实时间": onsite,
            "现场核实组织单位": onsite_by,
            "与业主沟通时间": communicate,
            "处置方式": type_label,
            "物资部换货时间": exchange,
            "整改完成时间": handle,
            "整改实施单位": handle_by,
            "处理记录表填报时间": hrec,
            "填报单位": hrec_by,
            "业主签字": signature,
            "备案情况": filed,
            "回访时间": follow,
            "回访单位": follow_by,
            "书面报局时间": report,
            "办理状态": status,
        })

    cases.sort(key=lambda c: c["登记时间"])
    serial: dict = {}
    for c in cases:
        t = c["登记时间"]
        serial[(t.year, t.month)] = serial.get((t.year, t.month), 0) + 1
        c["投诉编号"] = f"ZLTS-{t.year}{t.month:02d}-{serial[(t.year, t.month)]:03d}"
    # a duplicate number: a late-registered case re-used the number of an earlier one of the same month
    later_ones = [k for k, c in enumerate(cases) if c["_kind"] is None and k > 0 and cases[k - 1]["_kind"] is None
                  and c["登记时间"].day > 10 and cases[k - 1]["登记时间"].month == c["登记时间"].month]
    dup = rng.choice(later_ones)
    cases[dup]["投诉编号"] = cases[dup - 1]["投诉编号"]
    cases[dup]["_kind"] = "duplicate"

    rule_of = {
        "late48_a": "onsite_verify_48h", "late48_b": "onsite_verify_48h", "late48_open": "onsite_verify_48h",
        "no_communicate": "owner_communicated", "no_exchange": "procurement_goods_exchanged",
        "refused_sign": "owner_signs_record", "not_filed": "record_filed_with_competent_dept",
        "no_follow_up": "owner_contacted_after_record", "no_report": "report_to_bureau",
        "hard_by_team": "hard_defect_to_qa", "onsite_by_pm": "step-onsite_verify",
        "record_by_qa": "step-handling_record", "record_before_handle": "handle-handling_record",
        "notify_before_record": "record-notify", "bad_type": "problem_type", "duplicate": "case_number",
    }
    header = ["投诉编号", "登记时间", "登记部门", "投诉层级", "投诉来源", "业主姓名", "联系电话", "所属单位", "项目名称",
              "楼栋房号", "问题类别", "问题描述", "通知项目部时间", "项目经理", "项目核实结果", "转质保部核实时间",
              "现场核实时间", "现场核实组织单位", "与业主沟通时间", "处置方式", "物资部换货时间", "整改完成时间",
              "整改实施单位", "处理记录表填报时间", "填报单位", "业主签字", "备案情况", "回访时间", "回访单位",
              "书面报局时间", "办理状态"]
    rows = []
    for c in cases:
        if injected is not None and c["_kind"] in rule_of:
            injected.append((c["投诉编号"], rule_of[c["_kind"]]))
        rows.append({h: ("" if c[h] is None else c[h]) for h in header})

    roles = {"局工程管理部": "bureau_eng_mgmt", "项目经理部": "project_manager"}
    for b in _S41_BRANCHES:
        roles[f"{b}质保部"] = "branch_qa"
        roles[f"{b}投诉处理小组"] = "handling_team"
    hand = {
        "procedure": "s41-construction-quality-complaints",
        "sheet": "导出",
        "columns": {
            "投诉编号": "case_number",
            "登记时间": "record_at",
            "登记部门": "record_by",
            "投诉层级": "complained_to_bureau",
            "问题描述": "content",
            "通知项目部时间": "notify_at",
            "项目核实结果": "facts_confirmed",
            "转质保部核实时间": "facts_unconfirmed_at",
            "现场核实时间": "onsite_verify_at",
            "现场核实组织单位": "onsite_verify_by",
            "与业主沟通时间": "communicate_at",
            "处置方式": "problem_type",
            "物资部换货时间": "exchange_goods_at",
            "整改完成时间": "handle_at",
            "整改实施单位": "handle_by",
            "处理记录表填报时间": "handling_record_at",
            "填报单位": "handling_record_by",
            "业主签字": "owner_signature",
            "备案情况": "filed_with_competent_dept",
            "回访时间": "follow_up_at",
            "回访单位": "follow_up_by",
            "书面报局时间": "report_bureau_at",
        },
        "values": {
            "complained_to_bureau": {"局级": True, "分公司级": False},
            "facts_confirmed": {"已确认": True, "无法确认": False},
            "problem_type": {"通病移交质保部": "hard_common_defect", "小组整改": "easy_problem",
                             "材料换货": "procurement_problem"},
            "filed_with_competent_dept": {"已备案": True, "未备案": False},
            "owner_signature": {"业主拒签": ""},
        },
        "roles": roles,
    }
    return rows, hand


# ------------------------------------------------------------------------------------------------------------
# 229  L6: a provincial telecom user appeal centre, 申诉工单系统 (CSV, GB18030)
# ------------------------------------------------------------------------------------------------------------

_L6_CITIES = {"杭州市": ("310", ["西湖区文三路", "拱墅区莫干山路", "上城区解放路", "滨江区江南大道", "余杭区文一西路"]),
              "宁波市": ("315", ["海曙区中山西路", "鄞州区天童南路", "江北区人民路"]),
              "温州市": ("325", ["鹿城区车站大道", "瓯海区温州大道"]),
              "绍兴市": ("312", ["越城区解放北路", "柯桥区笛扬路"]),
              "嘉兴市": ("314", ["南湖区中山东路", "秀洲区洪兴路"])}
_L6_OPERATORS = [("中国移动通信集团浙江有限公司{c}分公司", "{c}{s}1号移动大楼"),
                 ("中国电信股份有限公司{c}分公司", "{c}{s}88号电信大楼"),
                 ("中国联合网络通信有限公司{c}分公司", "{c}{s}126号联通大厦"),
                 ("中国广电浙江网络有限公司{c}分公司", "{c}{s}9号")]
_L6_TYPES = [  # (申诉类型, fee dispute?, 业务类型, 申诉请求, 事实与理由)
    ("资费争议", True, "移动业务", "退还多扣费用", "套餐外流量费用异常，账单比往月多出{n}元，营业厅未说明"),
    ("资费争议", True, "宽带业务", "退还宽带续费款", "宽带到期未续约仍被自动续费{n}元"),
    ("扣费争议", True, "移动业务", "退还增值业务费", "未订购的增值业务连续扣费，共计{n}元"),
    ("网络质量", False, "移动业务", "解决信号问题并减免月租", "小区室内信号长期不稳定，通话经常中断"),
    ("宽带装维", False, "宽带业务", "尽快上门维修", "宽带频繁掉线，报修后{n}天无人上门"),
    ("携号转网", False, "移动业务", "办理携号转出", "申请携号转网被以合约未到期为由拒绝"),
    ("营销宣传", False, "移动业务", "按宣传兑现优惠", "营业员承诺的话费返还未兑现，共{n}元"),
    ("服务质量", False, "固话业务", "赔礼道歉并改进服务", "营业厅工作人员态度恶劣，拒绝办理销户"),
]


def e229_l6_provincial_appeal_center_workorders(rng, injected=None):
    """L6 电信用户申诉处理办法 (工业和信息化部令第35号): a provincial telecom user appeal centre (浙江省电信用户申诉受理
    中心), its 申诉工单系统 exported to CSV in GB18030. Dates are the system's 2025/3/4 (date only; the centre logs
    receipt by day).

    读制度 YAML 之前写下的表头：工单号、收件日期、申诉人、联系电话、被申诉企业、业务类型、申诉类型、事项发生日期、
    是否已向企业投诉、向企业投诉日期、企业处理情况、受理结论、结论日期、不予受理原因、承办人、转办企业日期、
    企业办理回复日期、调解结果、答复申诉人日期、办结状态。

    读过制度 YAML 后补的列：申诉渠道、申诉书编号（书面申诉材料）、申诉书落款日期（申诉日期）、通讯地址、邮编、
    企业地址、申诉请求、事实与理由、申诉性质（申诉/政策咨询）、企业答复日期（申诉前经营者的答复）、
    用户对企业处理意见、已和解并履行、本中心曾受理、其他机构受理情况、利害关系人、被申诉人明确、请求事实明确、
    告知先行投诉日期、政策解答日期、补正材料收齐日期、答复单位。

    注入的违规（按规则 id 计数，共 16）：decide_5_working_days 3（其中 1 件至今未作决定）、reply_30_days 2（其中 1 件
    已受理至今未答复）、fee_dispute_over_5_months 1、settled_by_executed_agreement 1、fails_article_10_conditions 1
    （用户对企业处理满意仍受理）、reject_reason_given 1、tell_user_to_complain_first 1、ask_operator_response 1、
    record_postcode 1、category 1（申诉类型“待分类”）、appeal-receive 1（落款日期晚于收件）、step-reply 1（企业直接
    答复）、case_number 1（工单号重复）。

    陷阱：4 月 29 日收件、5 月 9 日决定（跨五一，第 5 个工作日）；4 月 1 日收件、5 月 6 日答复（第 30 日是五一假期，顺延）；
    补正材料收齐后重新起算的 30 日；资费争议事项发生后恰好 5 个月申诉而受理；其他申诉事项发生 20 个月后申诉而受理；
    企业超过 15 日未答复的用户申诉；6 月 26 日收件尚未决定、6 月上旬受理尚未答复的在办件。
    """
    n = 50
    taken: set = set()
    people = distinct_names(rng, n, taken)
    staff = distinct_names(rng, 5, taken)
    kinds = ["dec_late_a", "dec_late_b", "dec_open", "reply_late", "reply_open", "fee_over", "settled_acc",
             "satisfied_acc", "no_reason", "no_refer", "no_operator_handled", "no_postcode", "bad_category",
             "appeal_after_receive", "reply_by_operator",
             "trap_mayday_decide", "trap_mayday_reply", "trap_restart", "trap_fee_5m", "trap_other_20m",
             "trap_open_undecided", "trap_open_unreplied",
             "rej_no_complaint", "rej_no_complaint", "rej_settled", "rej_fee_old", "rej_elsewhere", "rej_repeat",
             "rej_no_interest", "policy", "policy"]
    slots = _spread(rng, kinds, n)

    cases = []
    for i, kind in enumerate(slots):
        city = rng.choice(list(_L6_CITIES))
        pc, streets = _L6_CITIES[city]
        op_name, op_addr = rng.choice(_L6_OPERATORS)
        ctype, _fee, biz, demand, grounds = rng.choice(
            [t for t in _L6_TYPES if (kind not in ("fee_over", "trap_fee_5m", "rej_fee_old") or t[1])
             and (kind != "trap_other_20m" or not t[1])])
        c = {
            "_kind": kind, "申诉渠道": pick(rng, [("网上申诉", 6), ("信函", 3), ("传真", 1)]),
            "申诉人": people[i], "联系电话": mobile(rng),
            "通讯地址": f"浙江省{city}{rng.choice(streets)}{rng.randint(3, 399)}号{rng.randint(1, 30)}幢"
                        f"{rng.randint(1, 24)}0{rng.randint(1, 4)}室",
            "邮编": f"{pc}{rng.randint(0, 60):03d}",
            "被申诉企业": op_name.format(c=city[:-1]),
            "企业地址": op_addr.format(c=city, s=rng.choice(streets)),
            "业务类型": biz, "申诉类型": ctype,
            "申诉请求": demand, "事实与理由": grounds.format(n=rng.choice([38, 96, 120, 268, 15, 7, 3, 5])),
            "申诉性质": "申诉", "是否已向企业投诉": "是", "企业处理情况": "", "用户对企业处理意见": "",
            "已和解并履行": "否", "本中心曾受理": "否", "其他机构受理情况": "无",
            "利害关系人": "是", "被申诉人明确": "是", "请求事实明确": "是",
            "不予受理原因": "", "告知先行投诉日期": None, "政策解答日期": None, "补正材料收齐日期": None,
            "转办企业日期": None, "企业办理回复日期": None, "调解结果": "", "答复申诉人日期": None, "答复单位": "",
            "承办人": rng.choice(staff),
        }
        # receipt day (the centre logs receipt on working days)
        if kind == "dec_open":
            recv = _rand_day(rng, date(2025, 6, 9), date(2025, 6, 16))
        elif kind == "reply_open":
            recv = _rand_day(rng, date(2025, 5, 12), date(2025, 5, 23))
        elif kind == "trap_mayday_decide":
            recv = date(2025, 4, 29)
        elif kind == "trap_mayday_reply":
            recv = date(2025, 4, 1)
        elif kind == "trap_open_undecided":
            recv = date(2025, 6, 26)
        elif kind == "trap_open_unreplied":
            recv = _rand_day(rng, date(2025, 6, 3), date(2025, 6, 11))
        elif kind is None:
            recv = _rand_day(rng, date(2025, 1, 6), date(2025, 6, 25))
        else:
            recv = _rand_day(rng, date(2025, 1, 6), date(2025, 5, 9))
        while not workday(recv) or (kind == "trap_fee_5m" and recv.day > 28):
            recv += timedelta(days=1)
        if kind in ("trap_fee_5m", "fee_over"):
            c["申诉渠道"] = "网上申诉"
        online = c["申诉渠道"] == "网上申诉"
        appeal = recv if online else recv - timedelta(days=rng.randint(1, 5))
        if kind == "appeal_after_receive":
            c["申诉渠道"] = "信函"
            appeal = recv + timedelta(days=rng.randint(2, 4))   # the letter's date mistyped as a later day
        # before the appeal: the operator
        no_reply = rng.random() < 0.3 and kind not in ("satisfied_acc", "no_operator_handled")
        if no_reply:
            complain = appeal - timedelta(days=rng.randint(17, 40))
            op_reply = None
            c["企业处理情况"] = "超15日未答复"
        else:
            op_reply = appeal - timedelta(days=rng.randint(1, 25))
            complain = op_reply - timedelta(days=rng.randint(1, 12))
            c["企业处理情况"] = "已答复"
            c["用户对企业处理意见"] = "不满意"
        incident = complain - timedelta(days=rng.randint(0, 25))
        if kind in ("fee_over", "rej_fee_old"):
            incident = _minus_months(appeal, 5) - timedelta(days=rng.randint(3, 40))
        elif kind == "trap_fee_5m":
            incident = _minus_months(appeal, 5)   # exactly five months: not "more than five months"
        elif kind == "trap_other_20m":
            incident = appeal - timedelta(days=rng.randint(600, 640))

        # the centre's decision
        accept = True
        reason = ""
        if kind in ("rej_no_complaint", "no_refer"):
            c["是否已向企业投诉"] = "否"
            c["企业处理情况"] = c["用户对企业处理意见"] = ""
            complain = op_reply = None
            accept, reason = False, "未向被申诉企业投诉，已告知先行向企业投诉"
        elif kind in ("rej_settled", "no_reason"):
            c["已和解并履行"] = "是"
            accept, reason = False, "双方已达成和解协议并已履行"
        elif kind == "rej_fee_old":
            accept, reason = False, "资费争议事项发生已超过五个月"
        elif kind == "rej_elsewhere":
            c["其他机构受理情况"] = pick(rng, [("法院已立案", 1), ("市消保委已调解", 1)])
            accept, reason = False, "已由其他机构受理"
        elif kind == "rej_repeat":
            c["本中心曾受理"] = "是"
            accept, reason = False, "同一事项本中心已受理处理"
        elif kind == "rej_no_interest":
            c["利害关系人"] = "否"
            accept, reason = False, "申诉人与申诉事项无直接利害关系（代他人申诉，未提供授权）"
        elif kind == "policy":
            c["申诉性质"] = "政策咨询"
            accept, reason = False, "属电信政策咨询，已作解答"
        elif kind == "settled_acc":
            c["已和解并履行"] = "是"
        elif kind == "satisfied_acc":
            c["用户对企业处理意见"] = "满意"
        elif kind == "no_operator_handled":
            c["企业处理情况"] = c["用户对企业处理意见"] = ""
            op_reply = None
        if kind == "no_reason":
            reason = ""

        if kind in ("dec_late_a", "dec_late_b"):
            decide = nth_workday_after(recv, rng.randint(6, 9))
        elif kind == "trap_mayday_decide":
            decide = nth_workday_after(recv, 5)
        elif kind in ("dec_open", "trap_open_undecided"):
            decide = None
        else:
            decide = nth_workday_after(recv, pick(rng, [(1, 2), (2, 3), (3, 3), (4, 2), (5, 1)]))
            if decide > date(2025, 6, 30):
                decide = None   # still under review; its fifth working day is not yet past
        reply = materials = None
        if decide and accept:
            if kind == "trap_restart" or (kind is None and rng.random() < 0.12):
                materials = recv + timedelta(days=rng.randint(4, 12))
                reply = materials + timedelta(days=rng.randint(26 if kind else 12, 30))
            elif kind == "reply_late":
                reply = recv + timedelta(days=rng.randint(32, 40))
            elif kind == "trap_mayday_reply":
                reply = date(2025, 5, 6)   # day 30 is 1 May, a holiday: the period ends on 6 May
            elif kind not in ("reply_open", "trap_open_unreplied"):
                reply = recv + timedelta(days=rng.randint(8, 29))
            if reply and reply <= decide:
                reply = decide + timedelta(days=rng.randint(1, 3))
            if reply and reply > date(2025, 6, 30):
                reply = None
            if reply is None and kind is None:
                assert (materials or recv) + timedelta(days=30) >= date(2025, 7, 1), "normal case overdue"
            c["转办企业日期"] = nth_workday_after(decide, rng.randint(0, 1))
            back = c["转办企业日期"] + timedelta(days=rng.randint(2, 8))
            if reply and back > reply:
                back = reply
            c["企业办理回复日期"] = back if back <= date(2025, 6, 30) else None
            if reply:
                c["调解结果"] = pick(rng, [("调解成功", 6), ("部分支持", 2), ("调解不成", 1)])
                c["答复单位"] = "被申诉企业" if kind == "reply_by_operator" else "省申诉中心"
        if decide and kind == "rej_no_complaint":
            c["告知先行投诉日期"] = decide
        if decide and kind == "policy":
            c["政策解答日期"] = decide
        if kind == "no_postcode":
            c["邮编"] = ""
        if kind == "bad_category":
            c["申诉类型"] = "待分类"

        c.update({
            "收件日期": recv, "申诉书落款日期": appeal, "事项发生日期": incident,
            "向企业投诉日期": complain, "企业答复日期": op_reply,
            "受理结论": ("受理" if accept else ("政策解答" if kind == "policy" else "不予受理")) if decide else "",
            "结论日期": decide, "不予受理原因": reason if decide and not accept else "",
            "补正材料收齐日期": materials, "答复申诉人日期": reply,
            "办结状态": ("已办结" if (reply or (decide and not accept)) else ("处理中" if decide else "待审查")),
        })
        c["申诉书编号"] = ("WS" if online else "XH") + f"{recv:%y%m%d}{rng.randint(10, 99)}"
        cases.append(c)

    cases.sort(key=lambda c: (c["收件日期"], c["申诉书编号"]))
    for k, c in enumerate(cases, 1):
        c["工单号"] = f"ZJSS{c['收件日期'].year}{k + 120:05d}"
    pool = [k for k, c in enumerate(cases) if c["_kind"] is None and k > 0 and cases[k - 1]["_kind"] is None]
    dup = rng.choice(pool)
    cases[dup]["工单号"] = cases[dup - 1]["工单号"]
    cases[dup]["_kind"] = "duplicate"

    rule_of = {
        "dec_late_a": "decide_5_working_days", "dec_late_b": "decide_5_working_days",
        "dec_open": "decide_5_working_days", "reply_late": "reply_30_days", "reply_open": "reply_30_days",
        "fee_over": "fee_dispute_over_5_months", "settled_acc": "settled_by_executed_agreement",
        "satisfied_acc": "fails_article_10_conditions", "no_reason": "reject_reason_given",
        "no_refer": "tell_user_to_complain_first", "no_operator_handled": "ask_operator_response",
        "no_postcode": "record_postcode", "bad_category": "category", "appeal_after_receive": "appeal-receive",
        "reply_by_operator": "step-reply", "duplicate": "case_number",
    }
    header = ["工单号", "收件日期", "申诉渠道", "申诉书编号", "申诉书落款日期", "申诉人", "联系电话", "通讯地址", "邮编",
              "被申诉企业", "企业地址", "业务类型", "申诉类型", "事项发生日期", "申诉请求", "事实与理由", "申诉性质",
              "是否已向企业投诉", "向企业投诉日期", "企业处理情况", "企业答复日期", "用户对企业处理意见", "已和解并履行",
              "本中心曾受理", "其他机构受理情况", "利害关系人", "被申诉人明确", "请求事实明确", "受理结论", "结论日期",
              "不予受理原因", "告知先行投诉日期", "政策解答日期", "补正材料收齐日期", "承办人", "转办企业日期",
              "企业办理回复日期", "调解结果", "答复单位", "答复申诉人日期", "办结状态"]
    rows = []
    for c in cases:
        if injected is not None and c["_kind"] in rule_of:
            injected.append((c["工单号"], rule_of[c["_kind"]]))
        rows.append({h: (_ymd(c[h]) if isinstance(c[h], date) or c[h] is None else c[h]) for h in header})

    def yes_no():
        return {"是": "yes", "否": "no"}   # a fresh dict each time: the profile's YAML must not use aliases
    hand = {
        "procedure": "l6-telecom-user-appeals-2016",
        "columns": {
            "工单号": "case_number",
            "收件日期": "receive_at",
            "申诉书编号": "written_appeal",
            "申诉书落款日期": "appeal_at",
            "申诉人": "complainant",
            "联系电话": "contact_phone",
            "通讯地址": "address",
            "邮编": "postcode",
            "被申诉企业": "respondent_name",
            "企业地址": "respondent_address",
            "申诉类型": "category",
            "事项发生日期": "incident_at",
            "申诉请求": "demand",
            "事实与理由": "grounds",
            "申诉性质": "policy_inquiry",
            "是否已向企业投诉": "complained_to_operator",
            "向企业投诉日期": "complain_to_operator_at",
            "企业处理情况": "operator_handled",
            "企业答复日期": "operator_reply_at",
            "用户对企业处理意见": "satisfaction",
            "已和解并履行": "settlement_executed",
            "本中心曾受理": "handled_by_appeal_body",
            "其他机构受理情况": "handled_elsewhere",
            "利害关系人": "direct_interest",
            "被申诉人明确": "respondent_identified",
            "请求事实明确": "specific_request",
            "结论日期": "decide_at",
            "不予受理原因": "reject_reason",
            "告知先行投诉日期": "refer_to_operator_at",
            "政策解答日期": "answer_inquiry_at",
            "补正材料收齐日期": "all_materials_received_at",
            "答复单位": "reply_by",
            "答复申诉人日期": "reply_at",
        },
        "values": {
            "category": {"资费争议": "fee_dispute", "扣费争议": "fee_dispute", "网络质量": "other",
                         "宽带装维": "other", "携号转网": "other", "营销宣传": "other", "服务质量": "other"},
            "policy_inquiry": {"申诉": "no", "政策咨询": "yes"},
            "complained_to_operator": yes_no(),
            "operator_handled": {"已答复": "yes", "超15日未答复": "no"},
            "satisfaction": {"满意": "satisfied", "不满意": "unsatisfied"},
            "settlement_executed": yes_no(),
            "handled_by_appeal_body": yes_no(),
            "handled_elsewhere": {"无": "no", "法院已立案": "yes", "市消保委已调解": "yes"},
            "direct_interest": yes_no(),
            "respondent_identified": yes_no(),
            "specific_request": yes_no(),
        },
        "roles": {"省申诉中心": "appeal_body", "被申诉企业": "operator"},
        "outcomes": {"受理结论": {"date": "结论日期", "steps": {"受理": "accept"}}},
    }
    return rows, hand


EXPORTS = [
    ("228-s41-bureau-oa-quality-complaint-ledger.xlsx", "xlsx", e228_s41_bureau_oa_quality_complaint_ledger),
    ("229-l6-provincial-appeal-center-workorders.csv", "gb18030", e229_l6_provincial_appeal_center_workorders),
]
