"""Starter-profile benchmark exports 236-237 (set 40c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 236 237    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, nth_workday_after, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _rand_workday(rng, lo, hi):
    d = _rand_day(rng, lo, hi)
    while not workday(d):
        d += timedelta(days=1)
    return d


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _day(d):
    return None if d is None else datetime(d.year, d.month, d.day)


def _months_before(d, k):
    """The same day of the month k months before d (clamped to the month's last day)."""
    y, m = d.year, d.month - k
    while m <= 0:
        y, m = y - 1, m + 12
    for day in range(d.day, 27, -1):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    return date(y, m, min(d.day, 28))


def _slash_day(d):
    return "" if d is None else f"{d.year}/{d.month}/{d.day}"


def _slash_time(t):
    return "" if t is None else f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"


def _assign(rng, n, kinds):
    """Spread the special kinds over n rows at random; the rest are 'normal'."""
    slots = rng.sample(range(n), len(kinds))
    out = ["normal"] * n
    for i, k in zip(slots, kinds):
        out[i] = k
    return out


# ---------------------------------------------------------------------------------------------------------------

def e236_s42_appeal_center_worksheets(rng, injected=None):
    """浙江省电信用户申诉受理中心“申诉工单平台”导出（CSV，GB18030）：每张申诉工单一行。

    机构：省通信管理局委托的电信用户申诉受理中心。用户先向运营商投诉，不满意或运营商逾期未答复的来中心申诉；
    中心登记申诉、审核是否受理、组织调解。平台记的是中心自己的工单，用户向运营商投诉、运营商答复的日期由
    承办人向申诉人和企业核实后补录。时间写作 2025/3/4 9:05，只记日期的列写作 2025/3/4。

    读制度 YAML 之前写下的表头：申诉单号、登记时间、申诉人、联系电话、被申诉企业、申诉类型、争议发生日期、
    首次向企业投诉日期、企业答复日期、和解情况、是否曾调解、受理意见、不予受理原因、承办人、办结日期、处理结果。

    读过制度 YAML 后补的列：审核时间（受理意见的日期；受理环节须有时间，才能判断“不予受理的申诉是否被受理”
    和环节顺序）。

    注入的违规（按规则 id 计数，共 16）：reply_15_working_days 4（两件答复晚于第15个工作日，两件至今没有答复）、
    reply_15_working_days-start 1（有企业答复日期，没有首次投诉日期）、fee_dispute_over_5_months 2、
    other_appeal_over_2_years 1、settled_by_executed_agreement 1、already_mediated 1、receive-appeal 1（登记申诉
    早于向企业投诉）、appeal-accept_appeal 1（审核时间早于登记时间）、accept_appeal-mediate 1（办结早于审核）、
    case_number 1（两张工单同号）、category 2（申诉类型“未分类”，不知是否话费争议）。

    陷阱：答复恰在第15个工作日（跨清明或五一，日历日已超过15天）；话费争议恰好5个月（不超过）；其他申诉23个月；
    已和解并履行、曾出具调解意见书、话费争议超过5个月而中心“不予受理”的（正确）；6月中旬才投诉、尚未答复、
    未到期的申诉（待审核）；企业逾期、用户先申诉企业后答复的（第八条允许，只报超时，不报顺序）；申诉登记在周末
    （网上申诉），审核、办结只在工作日。
    """
    n = 44
    kinds = _assign(rng, n, [
        "late_reply", "late_reply", "no_reply", "no_reply", "no_receive",
        "fee_old", "fee_old", "other_old", "settled", "mediated_before",
        "appeal_before_receive", "accept_before_appeal", "mediate_before_accept", "dup", "uncat", "uncat",
        "trap_15th", "trap_15th", "trap_fee_5m", "trap_other_23m", "trap_settled_rejected",
        "trap_mediated_rejected", "trap_fee_old_rejected", "trap_recent", "trap_recent",
    ])
    taken: set = set()
    staff = distinct_names(rng, 5, taken)
    appellants = distinct_names(rng, n, taken)
    operators = ["中国移动浙江公司杭州分公司", "中国移动浙江公司温州分公司", "中国电信杭州分公司",
                 "中国电信宁波分公司", "中国联通浙江省分公司", "中国联通台州市分公司", "中国广电浙江公司"]
    fee_types = [("计费争议", 5), ("增值业务扣费", 3), ("套餐资费争议", 3)]
    other_types = [("网络质量", 3), ("业务办理", 3), ("服务质量", 2), ("携号转网", 2), ("宽带装维", 2),
                   ("号码实名", 1)]
    reject_reasons = {
        "settled": "已与企业达成和解协议并已履行",
        "mediated": "本中心已就该事项出具调解意见书",
        "fee_old": "话费争议事项发生已超过五个月",
    }
    cases = []
    for kind in kinds:
        c = {"kind": kind}
        fee = kind in ("fee_old", "trap_fee_5m", "trap_fee_old_rejected") or \
            (kind not in ("other_old", "trap_other_23m", "uncat") and rng.random() < 0.45)
        if kind == "uncat":
            c["type"] = "未分类"
        else:
            c["type"] = pick(rng, fee_types if fee else other_types)
        # the user's complaint to the operator (a working day) and the operator's reply
        if kind == "trap_15th":
            rcv = rng.choice([date(2025, 3, 25), date(2025, 3, 27), date(2025, 4, 15), date(2025, 4, 17)])
            reply = nth_workday_after(rcv, 15)
        elif kind == "trap_recent":
            rcv = _rand_workday(rng, date(2025, 6, 13), date(2025, 6, 18))
            reply = None
        elif kind in ("late_reply", "no_reply"):
            rcv = _rand_workday(rng, date(2025, 1, 6), date(2025, 4, 30))
            reply = nth_workday_after(rcv, rng.randint(17, 24)) if kind == "late_reply" else None
        else:
            rcv = _rand_workday(rng, date(2025, 1, 3), date(2025, 5, 20))
            reply = nth_workday_after(rcv, rng.randint(1, 11))
        # the appeal to the centre
        if kind in ("late_reply", "no_reply"):
            appeal_d = nth_workday_after(rcv, rng.randint(16, 18))
        elif kind == "trap_recent":
            appeal_d = _rand_day(rng, date(2025, 6, 26), date(2025, 6, 29))
        elif kind == "appeal_before_receive":
            # the user came to the centre first; the centre sent him to the operator, whose complaint date is later
            appeal_d = rcv - timedelta(days=rng.randint(2, 6))
        else:
            appeal_d = (reply or rcv) + timedelta(days=rng.randint(1, 15))
        appeal = _at(rng, appeal_d, 8.5, 17.5)
        # when the disputed matter happened
        if kind in ("fee_old", "trap_fee_old_rejected"):
            inc = _months_before(appeal_d, rng.choice([6, 7, 8])) - timedelta(days=rng.randint(0, 20))
        elif kind == "trap_fee_5m":
            inc = _months_before(appeal_d, 5)
        elif kind == "other_old":
            inc = _months_before(appeal_d, rng.choice([25, 27, 30])) - timedelta(days=rng.randint(1, 20))
        elif kind == "trap_other_23m":
            inc = _months_before(appeal_d, 23) + timedelta(days=rng.randint(0, 10))
        elif fee:
            inc = min(rcv, appeal_d) - timedelta(days=rng.randint(3, 75))
        else:
            inc = min(rcv, appeal_d) - timedelta(days=rng.randint(0, 200))
        c.update(rcv=rcv, reply=reply, appeal=appeal, inc=inc)
        c["settle"] = "已和解并履行" if kind in ("settled", "trap_settled_rejected") else \
            pick(rng, [("未和解", 8), ("已和解未履行", 1)])
        c["mediated_before"] = "是" if kind in ("mediated_before", "trap_mediated_rejected") else "否"
        # the centre's decision
        decided = nth_workday_after(appeal_d, rng.randint(1, 3))
        if kind == "trap_recent" or _day(decided) > CUTOFF:
            c.update(decision="待审核", decided=None, reason="")
        else:
            c["decided"] = _at(rng, decided, 8.5, 17.5)
            if kind == "accept_before_appeal":
                # the worksheet was registered only after the review (补登记): the review time is the earlier one
                early = appeal_d - timedelta(days=rng.randint(1, 2))
                while not workday(early):
                    early -= timedelta(days=1)
                c["decided"] = _at(rng, early, 8.5, 17.5)
            if kind.startswith("trap_") and kind.endswith("_rejected"):
                key = {"trap_settled_rejected": "settled", "trap_mediated_rejected": "mediated",
                       "trap_fee_old_rejected": "fee_old"}[kind]
                c.update(decision="不予受理", reason=reject_reasons[key])
            else:
                c.update(decision="受理", reason="")
        # mediation and closing
        c["result"], c["closed"] = "", None
        if c["decision"] == "受理":
            closed = nth_workday_after(c["decided"].date(), rng.randint(3, 15))
            if kind == "mediate_before_accept":
                # mediated first, the acceptance review keyed in afterwards with the keying-in time
                closed = nth_workday_after(c["decided"].date(), 1)
                c["decided"] = _at(rng, nth_workday_after(closed, rng.randint(1, 2)), 8.5, 17.5)
            if _day(closed) <= CUTOFF:
                c["result"] = pick(rng, [("调解成功", 6), ("调解不成", 2), ("申诉人撤诉", 1), ("企业已自行解决", 1)])
                if kind == "mediate_before_accept":
                    c["result"] = "调解成功"
                c["closed"] = closed
        if kind == "no_receive":
            c["rcv"] = None
        c["staff"] = rng.choice(staff)
        c["operator"] = rng.choice(operators)
        cases.append(c)

    # numbering: by registration order; the 'dup' case reuses its neighbour's number
    order = sorted(range(n), key=lambda k: cases[k]["appeal"])
    for seq, k in enumerate(order, start=1):
        cases[k]["no"] = f"ZJSS2025{seq + 117:05d}"
    for k in order:
        if cases[k]["kind"] == "dup":
            pos = order.index(k)
            other = order[pos - 1] if pos else order[pos + 1]
            cases[k]["no"] = cases[other]["no"]

    rules = {
        "late_reply": ["reply_15_working_days"], "no_reply": ["reply_15_working_days"],
        "no_receive": ["reply_15_working_days-start"],
        "fee_old": ["fee_dispute_over_5_months"], "other_old": ["other_appeal_over_2_years"],
        "settled": ["settled_by_executed_agreement"], "mediated_before": ["already_mediated"],
        "appeal_before_receive": ["receive-appeal"], "accept_before_appeal": ["appeal-accept_appeal"],
        "mediate_before_accept": ["accept_appeal-mediate"], "dup": ["case_number"], "uncat": ["category"],
    }
    rows = []
    for k in order:
        c = cases[k]
        if injected is not None:
            for rule in rules.get(c["kind"], []):
                injected.append((c["no"], rule))
        rows.append({
            "申诉单号": c["no"],
            "登记时间": _slash_time(c["appeal"]),
            "申诉人": appellants[k],
            "联系电话": mobile(rng),
            "被申诉企业": c["operator"],
            "申诉类型": c["type"],
            "争议发生日期": _slash_day(c["inc"]),
            "首次向企业投诉日期": _slash_day(c["rcv"]),
            "企业答复日期": _slash_day(c["reply"]),
            "和解情况": c["settle"],
            "是否曾调解": c["mediated_before"],
            "受理意见": c["decision"],
            "审核时间": _slash_time(c["decided"]),
            "不予受理原因": c["reason"],
            "承办人": c["staff"],
            "处理结果": c["result"],
            "办结日期": _slash_day(c["closed"]),
        })

    hand = {
        "procedure": "s42-telecom-user-appeals",
        "encoding": "gb18030",
        "columns": {
            "申诉单号": "case_number",
            "登记时间": "appeal_at",
            "申诉类型": "category",
            "争议发生日期": "incident_at",
            "首次向企业投诉日期": "receive_at",
            "企业答复日期": "reply_at",
            "和解情况": "settlement_executed",
            "是否曾调解": "mediation_opinion_issued",
        },
        "values": {
            "category": {
                "计费争议": "fee_dispute", "增值业务扣费": "fee_dispute", "套餐资费争议": "fee_dispute",
                "网络质量": "other", "业务办理": "other", "服务质量": "other", "携号转网": "other",
                "宽带装维": "other", "号码实名": "other",
                # 未分类: left unmapped on purpose -- whether it is a fee dispute decides the 5-month limit
            },
            "settlement_executed": {"已和解并履行": True, "已和解未履行": False, "未和解": False},
            "mediation_opinion_issued": {"是": True, "否": False},
        },
        "outcomes": {
            "受理意见": {"date": "审核时间", "steps": {"受理": "accept_appeal"}},
            "处理结果": {"date": "办结日期", "by": "承办人",
                     "steps": {"调解成功": "mediate", "调解不成": "mediate"}},
        },
        "roles": {name: "appeal_body" for name in staff},
    }
    return rows, hand


# ---------------------------------------------------------------------------------------------------------------

def e237_s43_quality_station_complaint_ledger(rng, injected=None):
    """扬州市建设工程质量监督站“投诉信访台账”OA 导出（XLSX，工作表“导出”）：每件投诉一行。

    机构：市住建局下属的工程质量监督站（市级工程质量投诉处理机构）。来访、来信、网上投诉、12345 转办和省质监总站
    转办的投诉都登进台账；业务科初查、提出立案意见，承办人现场处理，站长或副站长签字结案；省站转办的，结案前把
    处理结果报省站备案。日期列都是 Excel 日期单元格（只有日期）。

    读制度 YAML 之前写下的表头：投诉编号、接待日期、投诉人、身份证号、联系电话、工程名称、工程地址、建设单位、
    投诉内容、与工程关系、投诉书、证据材料、诉求类别（问题类型）、是否涉诉、立案情况、来源、承办人、结案日期、
    负责人签字、上报省站备案日期。

    读过制度 YAML 后补的列：署名方式（实名/匿名，不予立案的条件）、涉及本人权益（有无直接利害关系，按举报处理的
    条件）、初查日期（了解投诉情况的时间：立案、引导起诉、转举报都在它之后才要求）、意见日期（立案情况的日期）、
    处理日期（处理环节的时间，立案—处理—结案的顺序）。

    注入的违规（按规则 id 计数，共 20）：show_identity 3（实名却没有身份证号 1；匿名 2）、
    anonymous_or_in_judicial_process 2（匿名立案 1、已起诉立案 1）、provide_evidence 2、state_interest_relation 1、
    register_quality_complaint 2（质量问题初查后未立案）、not_quality_complaint 1 与 guide_to_court_recorded 1
    （购房纠纷被立案）、guide_to_court_recorded 又 1（邻里纠纷“不予立案”却没有告知诉讼途径）、
    no_direct_interest 1 与 handled_as_report 1（与本人无利害关系却立案）、report_transferred_result 1
    （省站转办已结案未报备）、report_to_province-close 1（结案后才报省站）、head_signs_closure 2（空白、“未签”）、
    category 1（问题类型“其他”）。

    陷阱：已起诉的质量投诉不予立案（正确）；房产、拆迁类不予立案并告知诉讼途径（正确）；与本人无利害关系的转举报
    办理（正确）；省站转办、已处理未结案、尚未报备（结案后才要求）；6月底接待、尚未初查的质量投诉（不要求立案）；
    同一天接待、初查、立案。
    """
    n = 40
    kinds = _assign(rng, n, [
        "no_id", "anon_rejected", "anon_registered", "court_registered", "no_evidence", "no_evidence",
        "no_relation", "not_registered", "not_registered_pending", "dispute_registered", "dispute_no_guide",
        "no_interest_registered", "transfer_no_report", "report_after_close", "unsigned_blank", "unsigned_word",
        "other_cat",
        "trap_court_rejected", "trap_dispute_guided", "trap_dispute_guided", "trap_no_interest_report",
        "trap_transfer_open", "trap_recent", "trap_transfer_ok", "trap_same_day",
    ])
    taken: set = set()
    officers = distinct_names(rng, 4, taken)
    heads = distinct_names(rng, 2, taken)       # 站长、副站长: they sign the closing
    people = distinct_names(rng, n, taken)
    quality_types = [("屋面渗漏", 4), ("外墙渗水", 3), ("墙体裂缝", 3), ("楼板开裂", 2), ("地面空鼓", 2),
                     ("门窗渗漏", 2), ("管道渗漏", 1), ("结构安全隐患", 1)]
    disputes = ["购房合同纠纷", "邻里纠纷", "拆迁补偿", "安置房分配", "要求停工"]
    projects = [("翠岗花园三期", "邗江区翠岗路18号", "扬州翠岗置业有限公司"),
                ("运河湾壹号", "广陵区运河南路66号", "扬州运河湾房地产开发有限公司"),
                ("文昌府", "邗江区文昌西路210号", "江苏文昌置业有限公司"),
                ("江都龙川家园安置小区", "江都区龙川北路9号", "江都区城建开发公司"),
                ("仪征枣林湾名苑", "仪征市枣林湾大道28号", "仪征枣林湾投资有限公司"),
                ("高邮秦邮雅苑", "高邮市海潮东路101号", "高邮秦邮置业有限公司"),
                ("宝应荷园里", "宝应县安宜东路77号", "宝应荷园房地产有限公司")]
    contents = {
        "屋面渗漏": "顶楼卧室天花板雨天渗水，要求查明屋面防水施工质量",
        "外墙渗水": "外墙窗下渗水导致内墙发霉，开发商维修后仍渗漏",
        "墙体裂缝": "客厅墙体出现多条斜向裂缝，担心结构安全",
        "楼板开裂": "楼板出现贯通裂缝，楼下天花板可见裂纹",
        "地面空鼓": "交房后地面大面积空鼓起砂，要求按规范返工",
        "门窗渗漏": "铝合金窗框四周渗水，保修期内维修不到位",
        "管道渗漏": "卫生间排水立管接口渗漏，楼下住户受损",
        "结构安全隐患": "地下车库顶板钢筋外露锈蚀，要求鉴定",
        "购房合同纠纷": "开发商交房面积与合同不符，要求退还房款差价",
        "邻里纠纷": "楼上住户装修改动承重墙引发纠纷",
        "拆迁补偿": "对拆迁补偿标准有异议",
        "安置房分配": "安置房楼层分配不公",
        "要求停工": "要求邻地项目停止施工",
        "其他": "反映小区配套工程问题，情况不详",
    }
    purposes = ["要求责令开发商维修", "要求组织质量鉴定", "要求监督整改到位", "要求赔偿损失并维修"]
    relations_direct = ["业主", "业主", "业主", "承租人", "业主（二手房）"]
    relations_indirect = ["附近居民", "路过群众", "小区外商户"]
    evidences = ["现场照片6张", "现场照片及维修记录", "检测报告复印件", "照片、视频及物业报修单", "房屋质量鉴定报告"]
    channels = [("来访", 4), ("来信", 2), ("网上信访", 2), ("12345转办", 3)]

    cases = []
    for i, kind in enumerate(kinds):
        c = {"kind": kind}
        if kind in ("dispute_registered",):
            c["type"] = "购房合同纠纷"
        elif kind == "dispute_no_guide":
            c["type"] = "邻里纠纷"
        elif kind == "trap_dispute_guided":
            c["type"] = rng.choice([d for d in disputes if d != "邻里纠纷"])
        elif kind == "other_cat":
            c["type"] = "其他"
        else:
            c["type"] = pick(rng, quality_types)
        anon = kind in ("anon_rejected", "anon_registered")
        c["anon"] = "匿名" if anon else "实名"
        c["name"] = "匿名" if anon else people[i]
        c["id"] = "" if anon or kind == "no_id" else \
            f"3210{rng.randint(81, 99):02d}{rng.randint(1955, 1998)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" \
            f"{rng.randint(0, 999):03d}{rng.choice('0123456789X')}"
        c["phone"] = "" if anon else mobile(rng)
        c["court"] = "已起诉" if kind in ("court_registered", "trap_court_rejected") else "无"
        indirect = kind in ("no_interest_registered", "trap_no_interest_report")
        c["interest"] = "否" if indirect else "是"
        c["relation"] = "" if kind == "no_relation" else rng.choice(relations_indirect if indirect else relations_direct)
        c["evidence"] = "" if kind == "no_evidence" else rng.choice(evidences)
        transferred = kind in ("transfer_no_report", "report_after_close", "trap_transfer_open", "trap_transfer_ok")
        c["source"] = "省站转办" if transferred else \
            pick(rng, [ch for ch in channels if ch[0] != "来访"] if anon else channels)
        c["letter"] = "已提交" if c["source"] != "来访" or rng.random() < 0.7 else "口头陈述（已记录）"
        c["project"] = rng.choice(projects)
        c["content"] = contents[c["type"]] + "，" + rng.choice(purposes)
        c["officer"] = rng.choice(officers)

        # timeline (all dates)
        if kind == "trap_recent":
            got = rng.choice([date(2025, 6, 26), date(2025, 6, 27)])
        elif kind in ("transfer_no_report", "report_after_close", "unsigned_blank", "unsigned_word"):
            got = _rand_workday(rng, date(2025, 1, 6), date(2025, 4, 11))   # old enough to be closed by now
        else:
            got = _rand_workday(rng, date(2025, 1, 6), date(2025, 5, 16))
        review = None if kind == "trap_recent" else \
            (got if kind == "trap_same_day" else nth_workday_after(got, rng.randint(1, 6)))
        decided = None if review is None else \
            (review if kind == "trap_same_day" else nth_workday_after(review, rng.randint(0, 4)))
        # what the station decided
        if review is None:
            decision = ""
        elif kind in ("not_registered", "not_registered_pending"):
            decision = "暂缓立案" if kind == "not_registered" else ""
        elif kind in ("anon_rejected", "trap_court_rejected", "dispute_no_guide"):
            decision = "不予立案"
        elif kind == "trap_dispute_guided":
            decision = "不予立案（已告知诉讼途径）"
        elif kind == "trap_no_interest_report":
            decision = "转举报办理"
        else:
            decision = "立案"
        if decision == "":
            decided = None
        handle = close = report = None
        sign = ""
        if decision == "立案":
            handle = nth_workday_after(decided, rng.randint(2, 12))
            close = nth_workday_after(handle, rng.randint(2, 15))
            if kind == "trap_transfer_open":
                close = None
            if transferred and close is not None:
                report = nth_workday_after(handle, rng.randint(1, 3))   # reported to the province, then closed
                if report > close:
                    report = close
        elif decision and kind != "not_registered":
            close = nth_workday_after(decided, rng.randint(1, 4))
        if kind == "transfer_no_report":
            report = None
        if kind == "report_after_close":
            report = nth_workday_after(close, rng.randint(2, 6))
        if close is not None and close > CUTOFF.date():
            close = report = None
        if handle is not None and handle > CUTOFF.date():
            handle = None
        if close is not None:
            sign = {"unsigned_blank": "", "unsigned_word": "未签"}.get(kind, rng.choice(heads))
        c.update(got=got, review=review, decision=decision, decided=decided, handle=handle, close=close,
                 report=report, sign=sign)
        cases.append(c)

    order = sorted(range(n), key=lambda k: cases[k]["got"])
    for seq, k in enumerate(order, start=1):
        cases[k]["no"] = f"YZZJ-TS-2025-{seq + 20:03d}"

    rules = {
        "no_id": ["show_identity"], "anon_rejected": ["show_identity"],
        "anon_registered": ["show_identity", "anonymous_or_in_judicial_process"],
        "court_registered": ["anonymous_or_in_judicial_process"],
        "no_evidence": ["provide_evidence"], "no_relation": ["state_interest_relation"],
        "not_registered": ["register_quality_complaint"], "not_registered_pending": ["register_quality_complaint"],
        "dispute_registered": ["not_quality_complaint", "guide_to_court_recorded"],
        "dispute_no_guide": ["guide_to_court_recorded"],
        "no_interest_registered": ["no_direct_interest", "handled_as_report"],
        "transfer_no_report": ["report_transferred_result"], "report_after_close": ["report_to_province-close"],
        "unsigned_blank": ["head_signs_closure"], "unsigned_word": ["head_signs_closure"],
        "other_cat": ["category"],
    }
    rows = []
    for k in order:
        c = cases[k]
        if injected is not None:
            for rule in rules.get(c["kind"], []):
                injected.append((c["no"], rule))
        name, addr, developer = c["project"]
        rows.append({
            "投诉编号": c["no"],
            "接待日期": _day(c["got"]),
            "来源": c["source"],
            "投诉人": c["name"],
            "署名方式": c["anon"],
            "身份证号": c["id"],
            "联系电话": c["phone"],
            "工程名称": name,
            "工程地址": addr,
            "建设单位": developer,
            "问题类型": c["type"],
            "投诉内容": c["content"],
            "与工程关系": c["relation"],
            "涉及本人权益": c["interest"],
            "投诉书": c["letter"],
            "证据材料": c["evidence"],
            "是否涉诉": c["court"],
            "初查日期": _day(c["review"]),
            "立案情况": c["decision"],
            "意见日期": _day(c["decided"]),
            "处理日期": _day(c["handle"]),
            "承办人": c["officer"],
            "结案日期": _day(c["close"]),
            "负责人签字": c["sign"],
            "上报省站备案日期": _day(c["report"]),
        })

    hand = {
        "procedure": "s43-jiangsu-construction-quality-complaints",
        "sheet": "导出",
        "columns": {
            "投诉编号": "case_number",
            "接待日期": "file_complaint_at",
            "来源": "transferred_by_province",
            "投诉人": "complainant",
            "署名方式": "anonymous",
            "身份证号": "id_number",
            "问题类型": "category",
            "投诉内容": "complaint_reason",
            "与工程关系": "interest_relation",
            "涉及本人权益": "direct_interest",
            "证据材料": "evidence",
            "是否涉诉": "in_judicial_process",
            "初查日期": "review_at",
            "处理日期": "handle_at",
            "承办人": "close_by",
            "结案日期": "close_at",
            "负责人签字": "head_signature",
            "上报省站备案日期": "report_to_province_at",
        },
        "values": {
            "transferred_by_province": {"省站转办": True, "来访": False, "来信": False, "网上信访": False,
                                        "12345转办": False},
            "anonymous": {"匿名": True, "实名": False},
            "direct_interest": {"是": True, "否": False},
            "in_judicial_process": {"已起诉": True, "无": False},
            "category": {
                **{t: "quality" for t, _ in quality_types},
                "购房合同纠纷": "real_estate_dispute", "邻里纠纷": "neighbour_dispute",
                "拆迁补偿": "demolition_compensation", "安置房分配": "demolition_resettlement",
                "要求停工": "obstruct_construction",
                # 其他: left unmapped -- nobody can tell whether it is a quality complaint
            },
        },
        "outcomes": {
            "立案情况": {"date": "意见日期", "steps": {
                "立案": "register", "不予立案（已告知诉讼途径）": "guide_to_court", "转举报办理": "handle_as_report"}},
        },
        "roles": {name: "case_officer" for name in officers},
    }
    return rows, hand


EXPORTS = [
    ("236-s42-appeal-center-worksheets.csv", "gb18030", e236_s42_appeal_center_worksheets),
    ("237-s43-quality-station-complaint-ledger.xlsx", "xlsx", e237_s43_quality_station_complaint_ledger),
]
