"""Starter-profile benchmark exports 208-209 (set 36a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 208 209    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, slash


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=21):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def _note(injected, case_number, rule):
    if injected is not None:
        injected.append((case_number, rule))


# --- 208: 天翼空间运营中心 投诉工单系统 (S30) -------------------------------------------------------------------

def e208_s30_tianyi_space_workorders(rng, injected=None):
    """中国电信天翼空间运营中心的投诉工单系统，按“工单查询-导出”得到的 CSV（GB18030，日期写作 2025/3/4 9:05）。

    读制度 YAML 之前写下的表头（只读了 S30 原文）：
        工单编号、建单时间、工单类型（查询/咨询/障碍申告/投诉）、受理渠道（10000号、营业厅、网上营业厅、掌上营业厅、
        在线客服、问吧、集团4008810000、集团网厅、网络媒体、微博）、渠道归属（省内/集团）、受理省份、客户号码、
        客户姓名、涉及产品、问题描述、有效性判定（有效/无效）、无效原因、处理人、回复客户时间、归档时间、工单状态
    读过制度 YAML 后补的列：
        无效情形的四个勾选（系统里是四个“是/否”下拉）：匿名或非客户、诉求不具体、联系不上、非电信业务
        （原来只有一列“无效原因”的文字说明，保留）
    注入的违规（按规则 id 计数，共 15）：
        channel 4（掌上营业厅 2、自助终端 1、客户端内反馈 1：都不是制度列出的投诉渠道），
        channel_level 3（工信部转办、消协转办、未分类），validity 3（部分有效），
        not_verifiable 2（诉求不具体一栏写“待核实”），unreachable 1（联系不上一栏写“不详”），
        case_number 2（两个工单编号各被重复导出一次）
    陷阱：
        渠道归属写“属地”的（属地分公司受理，按第八条属于省内渠道投诉）；认定为无效、勾了无效情形却照常回复的工单
        （制度对无效投诉如何处置原文缺失，不是违规）；工单类型为“咨询转投诉”“障碍转投诉”的（第七条列为投诉）；
        同一天先后建的两张工单编号只差末位（两对，不是重复编号）。
    """
    provinces = ["广东", "江苏", "浙江", "四川", "湖北", "上海", "福建", "安徽", "湖南", "陕西"]
    products = ["天翼空间应用商城", "天翼空间客户端", "爱游戏", "天翼阅读", "爱音乐", "应用内购计费", "天翼云盘"]
    provincial = [("10000号", 10), ("营业厅", 4), ("网上营业厅", 3), ("在线客服", 5), ("问吧", 2)]
    group = [("集团4008810000", 4), ("集团网厅", 2), ("网络媒体", 1), ("官方微博", 2)]
    problems = {
        "投诉": ["应用下载后无法安装，多次尝试失败", "未订购却被扣取增值业务费", "客户端频繁闪退无法登录",
                 "退订后仍持续扣费", "积分兑换的游戏道具未到账", "客服答复与实际资费不符"],
        "咨询转投诉": ["咨询包月资费后对解释不满", "咨询退款进度超过承诺时限仍未到账"],
        "障碍转投诉": ["客户端更新后无法播放已购内容", "业务平台故障导致下载中断并重复扣费"],
    }
    staff = distinct_names(rng, 6, set())
    n = 44
    names = distinct_names(rng, n, set(staff))
    rows, seqs = [], set()
    for i in range(n):
        if i in (11, 29):       # two orders opened one after the other: numbers differ only in the last digit
            seq = seq + 1 if seq % 10 < 9 else seq - 1
            created = _plus(rng, created, 0.1, 0.5, day_to=23)
            d = created.date()
        elif i >= n - 3:        # the last orders before the export: not yet answered
            d = date(2025, 6, 29) + timedelta(days=i % 2)
            created = _at(rng, d, 8, 11.5)
            seq = rng.randint(1000, 9999)
        else:
            d = _rand_day(rng, date(2025, 3, 1), date(2025, 6, 28))
            created = _at(rng, d, 8, 22)
            seq = rng.randint(1000, 9999)
        while (d, seq) in seqs:
            seq = rng.randint(1000, 9999)
        seqs.add((d, seq))
        kind = pick(rng, [("投诉", 7), ("咨询转投诉", 2), ("障碍转投诉", 2)])
        is_group = rng.random() < 0.3
        channel = pick(rng, group if is_group else provincial)
        level = "集团" if is_group else pick(rng, [("省内", 6), ("属地", 1)])
        invalid = rng.random() < 0.2
        flags = ["否"] * 4
        reason = ""
        if invalid:
            k = rng.randrange(4)
            flags[k] = "是"
            reason = ["来电人非机主且无法提供机主信息", "仅称“体验不好”，无具体问题", "留存号码空号，多次联系不上",
                      "反映第三方网站账号被盗，非电信业务"][k]
        replied = _plus(rng, created, 2, 40)
        archived = _plus(rng, replied, 1, 30)
        if replied > CUTOFF:
            replied = archived = None
        elif archived > CUTOFF:
            archived = None
        status = "已归档" if archived else ("已回复" if replied else "处理中")
        rows.append({
            "工单编号": f"TYKJ{d:%Y%m%d}{seq}",
            "建单时间": slash(created),
            "工单类型": kind,
            "受理渠道": channel,
            "渠道归属": level,
            "受理省份": rng.choice(provinces),
            "客户号码": mobile(rng) if not (invalid and flags[2] == "是") else "",
            "客户姓名": names[i] if not (invalid and flags[0] == "是") else "匿名",
            "涉及产品": rng.choice(products),
            "问题描述": rng.choice(problems[kind]),
            "有效性判定": "无效" if invalid else "有效",
            "匿名或非客户": flags[0],
            "诉求不具体": flags[1],
            "联系不上": flags[2],
            "非电信业务": flags[3],
            "无效原因": reason,
            "处理人": rng.choice(staff),
            "回复客户时间": slash(replied) if replied else "",
            "归档时间": slash(archived) if archived else "",
            "工单状态": status,
        })
    rows.sort(key=lambda r: r["工单编号"])

    # injections: one row each, duplicates copy a clean row's number onto another clean row
    order = list(range(n))
    rng.shuffle(order)
    plan = (["channel"] * 4 + ["channel_level"] * 3 + ["validity"] * 3 + ["not_verifiable"] * 2
            + ["unreachable"] + ["dup"] * 2)
    dup_sources = order[len(plan):len(plan) + 2]
    bad_channels = iter(["掌上营业厅", "掌上营业厅", "自助终端", "客户端内反馈"])
    bad_levels = iter(["工信部转办", "消协转办", "未分类"])
    for idx, what in zip(order, plan):
        r = rows[idx]
        if what == "channel":
            r["受理渠道"] = next(bad_channels)
            r["渠道归属"] = pick(rng, [("省内", 3), ("属地", 1)])
            _note(injected, r["工单编号"], "channel")
        elif what == "channel_level":
            r["渠道归属"] = next(bad_levels)
            r["受理渠道"] = "10000号"
            _note(injected, r["工单编号"], "channel_level")
        elif what == "validity":
            r["有效性判定"] = "部分有效"
            _note(injected, r["工单编号"], "validity")
        elif what == "not_verifiable":
            r["诉求不具体"] = "待核实"
            _note(injected, r["工单编号"], "not_verifiable")
        elif what == "unreachable":
            r["联系不上"] = "不详"
            _note(injected, r["工单编号"], "unreachable")
    for idx, src in zip([i for i, w in zip(order, plan) if w == "dup"], dup_sources):
        rows[idx]["工单编号"] = rows[src]["工单编号"]
        _note(injected, rows[src]["工单编号"], "case_number")

    hand = {
        "procedure": "s30-telecom-tianyi-space-complaints",
        "encoding": "gb18030",
        "columns": {
            "工单编号": "case_number",
            "受理渠道": "channel",
            "渠道归属": "channel_level",
            "有效性判定": "validity",
            "匿名或非客户": "anonymous_or_non_customer",
            "诉求不具体": "not_verifiable",
            "联系不上": "unreachable",
            "非电信业务": "out_of_scope",
        },
        "values": {
            "channel": {
                "10000号": "hotline_10000", "营业厅": "business_hall", "网上营业厅": "online_hall",
                "在线客服": "online_service", "问吧": "wenba", "集团4008810000": "group_hotline",
                "集团网厅": "group_online_hall", "网络媒体": "web_media", "官方微博": "weibo",
            },
            "channel_level": {"省内": "provincial", "属地": "provincial", "集团": "group"},
            "validity": {"有效": "valid", "无效": "invalid"},
        },
    }
    return rows, hand


# --- 209: 物业管理中心 客户报修/投诉/求助记录 (S12) --------------------------------------------------------------

def e209_s12_property_service_ledger(rng, injected=None):
    """某住宅小区物业管理中心客户服务部的 Excel 台账《客户报修/投诉/求助记录》（投诉部分），XLSX，工作表“导出”，
    时间为日期单元格（限期只记日期）。

    读制度 YAML 之前写下的表头（只读了 S12 原文）：
        登记编号、登记时间、接待人（客服前台/客服部）、业主姓名、房号、联系电话、投诉事项、投诉内容、严重程度
        （一般/较严重）、核实时间、派单部门（责任部门）、要求完成时限、完成时间、处理结果、责任部门签字人、上报经理、
        回访人、回访时间、客户意见、是否恶意投诉
    读过制度 YAML 后补的列：
        经理检讨时间、整改措施、整改责任人（较严重投诉由经理检讨后落实）、特殊情况（是/否）、汇报对象、汇报时间、
        结果登记时间（客服部把处理结果填进台账、请部门负责人签字的时间）
        （“核实时间”在台账里写作“核实派单时间”；“上报经理”并入“经理检讨时间”）
    注入的违规（按规则 id 计数，共 19）：
        receive_by_customer_service 2（接待写工程部），phone_recorded 1（联系电话空），
        verified_and_notified 1（已完成却无核实派单时间），resolve_by_set_limit 3（两件过了限期才完成，
        一件限期已过至今未完成），result_recorded 1（已完成无处理结果），resolver_signed 2（负责人签字写“未签”），
        serious_to_cs_manager 1（较严重却无经理检讨），serious_measures_set 1（经理检讨后无整改措施），
        special_report_to_manager_or_leader 1（特殊情况只报了客服经理），special_to_leaders 1（特殊情况未记汇报），
        step-revisit 1（回访人写工程部），revisit_required 2（已完成未回访），resolve-revisit 1（回访早于完成），
        customer_feedback_recorded 1（已回访无客户意见）
    陷阱：
        限期当天晚上才完成的（按日计，当天24:00前不算逾期）；限期落在周末、周末完成的；至今未完成但限期在7月2日之后的；
        接待写“客服前台”的（6.1 热线由前台受理）；一般投诉无经理检讨；严重程度“一般”在制度中没有对应选项（映射为空）；
        特殊情况写“否”的无汇报；客户意见“不满意”的（有反馈即可）。
    """
    depts = {
        "工程部": ["家中卫生间顶棚渗水，楼上住户不配合检查", "电梯频繁停运，困人两次", "单元门禁刷卡失灵",
                 "地下车库照明损坏多日未修"],
        "秩序维护部": ["外来车辆占用业主固定车位", "夜间广场舞噪音扰民", "快递员随意进出小区未登记"],
        "环境部": ["楼道垃圾两天未清运", "垃圾房异味严重", "保洁拖地后地面湿滑无提示"],
        "绿化组": ["绿化修剪后枝叶堆放在车道", "草坪喷药未提前通知，孩子接触后过敏"],
        "财务部": ["物业费发票开具错误", "公摊水电费计算有疑问，要求公示明细"],
    }
    matters = {"工程部": "设施维修", "秩序维护部": "安全秩序", "环境部": "环境卫生", "绿化组": "绿化养护",
               "财务部": "收费"}
    results = {
        "工程部": "已上门维修，恢复正常使用", "秩序维护部": "已加强巡查并与相关人员沟通，问题已制止",
        "环境部": "已安排清运并增加保洁频次", "绿化组": "已清理并调整作业时间、提前公告", "财务部": "已核对并重新开具/公示",
    }
    heads = dict(zip(depts, distinct_names(rng, len(depts), set())))
    taken = set(heads.values())
    n = 48
    owners = distinct_names(rng, n, taken)
    fixers = distinct_names(rng, 8, taken)
    buildings = ["1栋", "2栋", "3栋", "5栋", "6栋", "8栋", "9栋"]

    # the row kinds: injections first (each on its own case), traps, the rest ordinary
    plan = (["receive_by"] * 2 + ["phone"] + ["no_verify"] + ["late"] * 2 + ["open_overdue"] + ["no_result"]
            + ["unsigned"] * 2 + ["serious_no_review"] + ["serious_no_measures"] + ["special_wrong_to"]
            + ["special_no_report"] + ["revisit_by"] + ["no_revisit"] * 2 + ["revisit_early"] + ["no_feedback"])
    traps = ["due_evening"] * 2 + ["due_weekend"] + ["open_not_due"] * 3 + ["serious_ok"] * 3 + ["special_ok"] * 2
    kinds = plan + traps + ["ordinary"] * (n - len(plan) - len(traps))
    rng.shuffle(kinds)

    cases = []
    for kind in kinds:
        dept = rng.choice(list(depts))
        if kind in ("serious_no_review", "serious_no_measures", "serious_ok"):
            dept = rng.choice(["工程部", "秩序维护部"])
        if kind == "open_not_due":
            d = _rand_day(rng, date(2025, 6, 23), date(2025, 6, 29))
        elif kind == "open_overdue":
            d = _rand_day(rng, date(2025, 5, 26), date(2025, 6, 6))
        else:
            d = _rand_day(rng, date(2025, 3, 3), date(2025, 6, 8))
        received = _at(rng, d, 8, 19.5)
        notified = _plus(rng, received, 0.3, 5)
        days = rng.randint(1, 5) if dept != "财务部" else rng.randint(3, 7)
        if kind == "open_not_due":
            days = max(days, (date(2025, 7, 2) - notified.date()).days + rng.randint(0, 3))
        due = notified.date() + timedelta(days=days)
        if kind == "due_weekend":
            while due.weekday() < 5:
                due += timedelta(days=1)
        serious = kind in ("serious_no_review", "serious_no_measures", "serious_ok") or (
            kind == "ordinary" and dept in ("工程部", "秩序维护部") and rng.random() < 0.12)
        special = kind in ("special_wrong_to", "special_no_report", "special_ok")
        review = _plus(rng, notified, 1, 20) if serious else None
        # resolved: before the due date (or on it in the evening, or late)
        due_end = datetime(due.year, due.month, due.day) + timedelta(days=1)
        if kind in ("due_evening", "due_weekend"):
            resolved = _at(rng, due, 18, 22.5) if kind == "due_evening" else _at(rng, due, 9, 17)
        elif kind == "late":
            resolved = _at(rng, due + timedelta(days=rng.randint(1, 4)), 9, 18)
        else:
            lo = review if review else notified
            span = max(1.5, (due_end - lo).total_seconds() / 3600 - 4)
            resolved = _plus(rng, lo, 1, span, day_to=20)
            if resolved >= due_end:
                resolved = _at(rng, due, 9, 17)
        if review and review >= resolved:
            review = _plus(rng, notified, 0.2, max(0.3, (resolved - notified).total_seconds() / 3600 - 0.5))
        revisit = _plus(rng, resolved, 1, 40)
        recorded = _plus(rng, revisit, 0.5, 20)
        if kind in ("open_not_due", "open_overdue"):
            resolved = revisit = recorded = None
        cases.append({
            "kind": kind, "dept": dept, "received": received, "notified": notified, "due": due, "serious": serious,
            "special": special, "review": review, "resolved": resolved, "revisit": revisit, "recorded": recorded,
        })
    cases.sort(key=lambda c: c["received"])

    rows = []
    for i, c in enumerate(cases, 1):
        kind, dept = c["kind"], c["dept"]
        no = f"TS2025-{i:03d}"
        complaint = rng.choice(depts[dept])
        special_at = _plus(rng, c["received"], 0.5, 6) if c["special"] else None
        row = {
            "记录编号": no,
            "登记时间": c["received"],
            "接待": pick(rng, [("客服前台", 3), ("客服部", 2)]),
            "业主姓名": owners[i - 1],
            "房号": f"{rng.choice(buildings)}{rng.randint(1, 3)}单元{rng.randint(2, 28)}{rng.randint(1, 4):02d}",
            "联系电话": mobile(rng),
            "投诉事项": matters[dept],
            "投诉内容": complaint,
            "严重程度": "较严重" if c["serious"] else "一般",
            "核实派单时间": c["notified"],
            "责任部门": dept,
            "限期": c["due"],
            "完成时间": c["resolved"],
            "处理结果": results[dept] if c["resolved"] else "",
            "经理检讨时间": c["review"],
            "整改措施": "经理组织检讨，制定整改方案并每日跟进" if c["review"] else "",
            "整改责任人": rng.choice(fixers) if c["review"] else "",
            "特殊情况": "是" if c["special"] else "否",
            "汇报对象": pick(rng, [("部门经理", 2), ("公司领导", 1)]) if c["special"] else "",
            "汇报时间": special_at,
            "回访人": "客服助理" if c["revisit"] else "",
            "回访时间": c["revisit"],
            "客户意见": pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)]) if c["revisit"] else "",
            "结果登记时间": c["recorded"],
            "负责人签字": heads[dept] if c["recorded"] else "",
            "备注": "",
        }
        if kind == "receive_by":
            row["接待"] = "工程部"
            row["备注"] = "工程部维修时业主当面投诉，由工程部登记"
            _note(injected, no, "receive_by_customer_service")
        elif kind == "phone":
            row["联系电话"] = ""
            _note(injected, no, "phone_recorded")
        elif kind == "no_verify":
            row["核实派单时间"] = None
            _note(injected, no, "verified_and_notified")
        elif kind in ("late", "open_overdue"):
            _note(injected, no, "resolve_by_set_limit")
        elif kind == "no_result":
            row["处理结果"] = ""
            _note(injected, no, "result_recorded")
        elif kind == "unsigned":
            row["负责人签字"] = "未签"
            _note(injected, no, "resolver_signed")
        elif kind == "serious_no_review":
            row["经理检讨时间"] = None
            row["整改措施"] = row["整改责任人"] = ""
            _note(injected, no, "serious_to_cs_manager")
        elif kind == "serious_no_measures":
            row["整改措施"] = ""
            _note(injected, no, "serious_measures_set")
        elif kind == "special_wrong_to":
            row["汇报对象"] = "客服经理"
            _note(injected, no, "special_report_to_manager_or_leader")
        elif kind == "special_no_report":
            row["汇报对象"] = ""
            row["汇报时间"] = None
            _note(injected, no, "special_to_leaders")
        elif kind == "revisit_by":
            row["回访人"] = "工程部"
            _note(injected, no, "step-revisit")
        elif kind == "no_revisit":
            row["回访人"] = row["客户意见"] = ""
            row["回访时间"] = None
            _note(injected, no, "revisit_required")
        elif kind == "revisit_early":
            row["回访时间"] = _plus(rng, c["notified"], 0.5, max(0.6, (c["resolved"] - c["notified"]).total_seconds()
                                                            / 3600 - 0.5))
            if row["回访时间"] >= c["resolved"]:
                row["回访时间"] = c["resolved"] - timedelta(minutes=30)
            row["备注"] = "回访时部门尚未处理完，业主同意再等"
            _note(injected, no, "resolve-revisit")
        elif kind == "no_feedback":
            row["客户意见"] = ""
            _note(injected, no, "customer_feedback_recorded")
        rows.append(row)

    hand = {
        "procedure": "s12-property-center-complaints",
        "sheet": "导出",
        "columns": {
            "记录编号": "case_number",
            "登记时间": "receive_at",
            "接待": "receive_by",
            "业主姓名": "complainant",
            "房号": "address",
            "联系电话": "contact_phone",
            "投诉事项": "complaint_matter",
            "投诉内容": "content",
            "严重程度": "severity",
            "核实派单时间": "verify_notify_at",
            "责任部门": "resolve_by",
            "限期": "resolve_due_at",
            "完成时间": "resolve_at",
            "处理结果": "result",
            "经理检讨时间": "manager_review_at",
            "整改措施": "measures",
            "整改责任人": "responsible_person",
            "特殊情况": "special_case",
            "汇报对象": "reported_to",
            "汇报时间": "report_special_at",
            "回访人": "revisit_by",
            "回访时间": "revisit_at",
            "客户意见": "satisfaction",
            "结果登记时间": "record_result_at",
            "负责人签字": "resolver_signature",
        },
        "values": {
            "severity": {"较严重": "serious", "一般": ""},
            "special_case": {"是": True, "否": False},
            "reported_to": {"部门经理": "dept_manager", "公司领导": "company_leader", "客服经理": "cs_manager"},
        },
        "roles": {
            "客服前台": "front_desk", "客服部": "customer_service", "客服助理": "cs_assistant",
            "工程部": "complained_dept", "秩序维护部": "complained_dept", "环境部": "complained_dept",
            "绿化组": "complained_dept", "财务部": "complained_dept",
        },
    }
    return rows, hand


EXPORTS = [
    ("208-s30-tianyi-space-workorders.csv", "gb18030", e208_s30_tianyi_space_workorders),
    ("209-s12-property-service-ledger.xlsx", "xlsx", e209_s12_property_service_ledger),
]
