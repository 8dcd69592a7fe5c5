"""Starter-profile benchmark exports 278-279 (set 47c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 278 279    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, workday, slash


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _rand_workday(rng, lo, hi):
    while True:
        d = _rand_day(rng, lo, hi)
        if workday(d):
            return d


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


def _office_plus(rng, t, lo_h, hi_h):
    """Like _plus, but inside office hours (8:30-17:30) and on a working day."""
    u = _plus(rng, t, lo_h, hi_h, day_from=9, day_to=17)
    while not workday(u.date()):
        u = (u + timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 50))
    return u


def _cut(t):
    return None if t is None or t > CUTOFF else t


# --- 278: S37 -------------------------------------------------------------------------------------------------

_S37_PROJECTS = [
    ("海沧区", "海沧新城·观澜苑二期"), ("集美区", "集美新城·杏林湾一号"), ("思明区", "思明区瑞景公寓改造工程"),
    ("湖里区", "五缘湾·湖畔花园"), ("翔安区", "翔安新城·东园保障房三期"), ("同安区", "同安滨海·西柯安置房"),
    ("集美区", "集美·诚毅学村北区"), ("湖里区", "湖里高新·林边佳苑"), ("海沧区", "海沧·马銮湾悦府"),
    ("思明区", "思明·莲前花园一期"),
]
_S37_DEFECTS = [("渗漏水", 10), ("墙面开裂", 6), ("地面空鼓", 4), ("门窗质量", 3), ("给排水管道", 3), ("外墙脱落", 2)]
_S37_NOT_DEFECT = ["物业服务", "房屋面积", "价格纠纷"]
_S37_RELATIONS = [("本人", 14), ("配偶", 4), ("子女", 3), ("父母", 2), ("承租人", 2), ("受托人", 1)]
_S37_CHANNELS = [("来电", 10), ("来访", 8), ("信件", 3), ("电子邮件", 3), ("传真", 1)]
# reason for advising other routes -> (rule id, what the ledger shows)
_S37_REASONS = ["compensation_or_exchange", "secondary_decoration_defect", "delivered_without_acceptance",
                "outside_warranty", "not_quality_defect", "in_litigation"]


def _s37_house(rng):
    return f"{rng.randint(1, 18)}号楼{rng.randint(1, 3)}单元{rng.randint(2, 32)}{rng.randint(1, 4):02d}室"


def e278_s37_xiamen_quality_complaint_ledger(rng, injected=None):
    """厦门市建设工程质量安全监督站·质量投诉分中心的 OA“质量投诉件登记台账”，导出为 XLSX（工作表“导出”），
    日期时间是日期单元格。

    读制度 YAML 之前写下的表头（只读了 S37 种子原文）：投诉件编号、来件时间、来件方式、值班科室、接待人、
    投诉人、联系电话、报建工程名称、房号、与产权人关系、反映问题、受理意见、不予受理原因、报主办时间、主办人、
    承办科室、处理情况、反馈日期、办结日期。

    读过制度 YAML 后补的列：接待岗位（值班人员/主办人员/科室负责人，接待环节由谁办理）、投诉诉求、是否同意整改、
    是否二次装修、竣工验收情况（正着问：已验收合格/未验收交付/验收不合格）、是否在保修期、缺陷类别（含“物业服务”
    “房屋面积”“价格纠纷”这类非质量问题）、是否已起诉、受理意见时间（受理意见那一步的日期）、督办时间、督办单位。
    “不予受理原因”改写为“另循途径原因”；“承办科室”“反馈日期”删去（制度不检查，台账保留“处理情况”“办结日期”）。

    受理意见一列是结论：“予以受理”即记录（record），“告知另循途径”即 refer_elsewhere，“待核实”不对应环节；
    受理意见时间是该结论的时间（hand profile 用 outcomes）。“主办人”是被报告的人，不是报告环节的办理人，不映射。

    注入的违规（按规则 id 计数，共 18）：record_house 2、record_relation_to_owner 1、record_contact 1、
    record_project_name 1、report_to_case_officer 2、in_scope_recorded 1、advised_other_routes 2（属另循途径情形
    却予以受理的两案，各另有一条 CK105：六种情形中随机两种，本种子为 outside_warranty 1、in_litigation 1）、channel 2（12345转办、信访转办）、step-receive 1（科室负责人接待）、
    step-coordinate 1（监督科室督办）、record-report 1（先报主办、次日才补录受理意见）、case_number 1（重号）。

    陷阱：告知另循途径的案件缺房号或与产权人关系（未作为受理件记录，不要求）；属另循途径情形且已告知的（合规）；
    同一案件同时符合两种情形并已告知（合规）；报主办时间与受理意见时间为同一分钟（不是顺序颠倒）；
    近期受理、已报主办但尚未督办（制度没有督办时限）；“竣工验收情况”是正着问的（已验收合格 = 否）。
    """
    n = 44
    taken = set()
    complainants = distinct_names(rng, n, taken)
    duty = distinct_names(rng, 6, taken)
    officers = distinct_names(rng, 2, taken)
    heads = distinct_names(rng, 2, taken)
    sections = ["监督一科", "监督二科", "监督三科", "监督四科"]

    # which cases are (correctly) advised other routes, and why
    kinds = ["accept"] * 33 + ["refer"] * 11
    rng.shuffle(kinds)
    days = sorted(_rand_workday(rng, date(2025, 1, 6), date(2025, 6, 25)) for _ in range(n))

    cases = []
    for i in range(n):
        d = days[i]
        channel = pick(rng, _S37_CHANNELS)
        if channel in ("来电", "来访"):
            recv = _at(rng, d, 8.5, 17.3)
        else:   # letters, e-mails, faxes are opened and registered in office hours
            recv = _at(rng, d, 9, 16.5)
        _, project = rng.choice(_S37_PROJECTS)
        c = {
            "kind": kinds[i], "reasons": [], "recv": recv, "channel": channel,
            "section": rng.choice(sections), "duty": rng.choice(duty), "post": "值班人员",
            "name": complainants[i], "phone": mobile(rng), "project": project, "house": _s37_house(rng),
            "relation": pick(rng, _S37_RELATIONS), "defect": pick(rng, _S37_DEFECTS), "demand": "要求整改",
            "agree": "同意", "decoration": "否", "acceptance": "已验收合格", "warranty": "是", "lawsuit": "否",
        }
        if c["kind"] == "refer":
            k = 2 if rng.random() < 0.15 else 1
            c["reasons"] = rng.sample(_S37_REASONS, k)
        cases.append(c)

    # violations that change what kind of case it is
    idx = list(range(n))
    accept_idx = [i for i in idx if cases[i]["kind"] == "accept"]
    refer_idx = [i for i in idx if cases[i]["kind"] == "refer"]
    rng.shuffle(accept_idx)
    rng.shuffle(refer_idx)
    # refer cases that should have been advised other routes but were accepted instead (exactly one reason each)
    wrong_accept = refer_idx[:2]
    reasons2 = rng.sample(_S37_REASONS, 2)
    for i, r in zip(wrong_accept, reasons2):
        cases[i]["kind"] = "wrong_accept"
        cases[i]["reasons"] = [r]

    inj = {}
    plan = [("record_house", 2), ("record_relation_to_owner", 1), ("record_contact", 1), ("record_project_name", 1),
            ("report_to_case_officer", 2), ("in_scope_recorded", 1), ("channel", 2), ("step-receive", 1),
            ("step-coordinate", 1), ("record-report", 1)]
    # only older cases for the "never recorded" and "never reported" ones, so that the gap is plain
    pool = list(accept_idx)
    for rule, k in plan:
        for _ in range(k):
            if rule in ("in_scope_recorded", "report_to_case_officer"):
                i = next(j for j in pool if cases[j]["recv"] < datetime(2025, 5, 20))
            else:
                i = pool[0]
            pool.remove(i)
            inj[i] = rule

    # fill in the ledger values for each case
    for i, c in enumerate(cases):
        for r in c["reasons"]:
            if r == "compensation_or_exchange":
                c["demand"] = rng.choice(["要求赔偿", "要求换房", "要求退房"])
                c["agree"] = "不同意"
            elif r == "secondary_decoration_defect":
                c["decoration"] = "是"
            elif r == "delivered_without_acceptance":
                c["acceptance"] = rng.choice(["未验收交付", "验收不合格"])
            elif r == "outside_warranty":
                c["warranty"] = "否"
            elif r == "not_quality_defect":
                c["defect"] = rng.choice(_S37_NOT_DEFECT)
            elif r == "in_litigation":
                c["lawsuit"] = "是"
        recv = c["recv"]
        if c["kind"] == "refer":
            c["opinion"] = "告知另循途径"
            c["opinion_at"] = _office_plus(rng, recv, 0.2, 3)
            c["report_at"] = c["coord_at"] = None
            c["coord_by"] = ""
            # a referred case is not recorded as an accepted case: the desk often leaves the house or relation blank
            if rng.random() < 0.35:
                c["house"] = ""
            if rng.random() < 0.3:
                c["relation"] = ""
        else:
            c["opinion"] = "予以受理"
            c["opinion_at"] = _office_plus(rng, recv, 0.2, 2)
            if rng.random() < 0.2:
                c["report_at"] = c["opinion_at"]                 # trap: reported in the same minute
            else:
                c["report_at"] = _office_plus(rng, c["opinion_at"], 0.3, 20)
            c["coord_at"] = _cut(_office_plus(rng, c["report_at"], 20, 100))
            if c["recv"] > datetime(2025, 6, 18):
                c["coord_at"] = None                              # trap: reported, not yet supervised
            c["coord_by"] = "质量分中心" if c["coord_at"] else ""
        assert c["opinion_at"] <= CUTOFF and (c["report_at"] is None or c["report_at"] <= CUTOFF)

    for i, rule in inj.items():
        c = cases[i]
        if rule == "record_house":
            c["house"] = ""
        elif rule == "record_relation_to_owner":
            c["relation"] = ""
        elif rule == "record_contact":
            c["phone"] = ""
        elif rule == "record_project_name":
            c["project"] = ""
        elif rule == "report_to_case_officer":
            c["report_at"] = c["coord_at"] = None
            c["coord_by"] = ""
        elif rule == "in_scope_recorded":
            c["opinion"] = "待核实"
            c["opinion_at"] = c["report_at"] = c["coord_at"] = None
            c["coord_by"] = ""
        elif rule == "channel":
            c["channel"] = "12345转办" if "12345转办" not in [cases[x]["channel"] for x in inj] else "信访转办"
        elif rule == "step-receive":
            c["post"] = "科室负责人"
            c["duty"] = rng.choice(heads)
        elif rule == "step-coordinate":
            if c["coord_at"] is None:
                c["coord_at"] = _office_plus(rng, c["report_at"], 20, 60)
            c["coord_by"] = c["section"]
        elif rule == "record-report":
            # reported to the case officer right after the visit; the acceptance opinion was only typed in next day
            c["report_at"] = _office_plus(rng, c["recv"], 0.2, 1)
            c["opinion_at"] = _office_plus(rng, c["report_at"], 18, 30)
            if c["coord_at"] is not None and c["coord_at"] <= c["opinion_at"]:
                c["coord_at"] = _office_plus(rng, c["opinion_at"], 4, 30)
        assert c["coord_at"] is None or c["coord_at"] <= CUTOFF

    # numbers in order of arrival; one number typed twice
    order = sorted(range(n), key=lambda j: cases[j]["recv"])
    numbers = {j: f"ZLTS-2025-{k + 1:04d}" for k, j in enumerate(order)}
    dup_pos = rng.choice([p for p in range(5, n) if order[p] not in inj and cases[order[p]]["kind"] == "accept"])
    dup_case = order[dup_pos]
    numbers[dup_case] = numbers[order[dup_pos - 1]]

    rows = []
    for j in order:
        c = cases[j]
        no = numbers[j]
        accepted = c["opinion"] == "予以受理"
        if c["opinion"] == "告知另循途径":
            why = {"compensation_or_exchange": "要求赔偿/换退房，建议民事途径", "secondary_decoration_defect": "二次装修造成",
                   "delivered_without_acceptance": "未经竣工验收交付，转建设行政主管部门",
                   "outside_warranty": "超过保修期", "not_quality_defect": "非工程质量问题",
                   "in_litigation": "已进入诉讼程序"}
            reason = "；".join(why[r] for r in c["reasons"])
            result = "已向投诉人说明，建议通过其他途径解决"
        else:
            reason = ""
            result = rng.choice(["已责成施工单位整改", "已约谈建设单位，限期维修", "现场查勘，责任单位已维修",
                                 "已转监督科室跟踪整改", ""]) if c["coord_at"] else ""
        done = c["coord_at"] + timedelta(days=rng.randint(5, 25)) if accepted and c["coord_at"] and rng.random() < 0.6 \
            else None
        rows.append({
            "投诉件编号": no,
            "来件时间": c["recv"],
            "来件方式": c["channel"],
            "值班科室": c["section"],
            "接待人": c["duty"],
            "接待岗位": c["post"],
            "投诉人": c["name"],
            "联系电话": c["phone"],
            "报建工程名称": c["project"],
            "房号": c["house"],
            "与产权人关系": c["relation"],
            "缺陷类别": c["defect"],
            "投诉诉求": c["demand"],
            "是否同意整改": c["agree"],
            "是否二次装修": c["decoration"],
            "竣工验收情况": c["acceptance"],
            "是否在保修期": c["warranty"],
            "是否已起诉": c["lawsuit"],
            "受理意见": c["opinion"],
            "受理意见时间": c["opinion_at"],
            "另循途径原因": reason,
            "报主办时间": c["report_at"],
            "主办人": rng.choice(officers) if c["report_at"] else "",
            "督办时间": c["coord_at"],
            "督办单位": c["coord_by"],
            "处理情况": result,
            "办结日期": _cut(done.replace(hour=0, minute=0)) if done else None,
        })
        if injected is not None:
            if j in inj:
                injected.append((no, inj[j]))
            if c["kind"] == "wrong_accept":
                injected.append((no, c["reasons"][0]))
                injected.append((no, "advised_other_routes"))
            if j == dup_case:
                injected.append((no, "case_number"))

    hand = {
        "procedure": "s37-xiamen-construction-quality-complaints",
        "sheet": "导出",
        "columns": {
            "投诉件编号": "case_number",
            "来件时间": "receive_at",
            "来件方式": "channel",
            "接待岗位": "receive_by",
            "投诉人": "complainant",
            "联系电话": "contact_phone",
            "报建工程名称": "project_name",
            "房号": "address",
            "与产权人关系": "relation_to_owner",
            "缺陷类别": "is_quality_defect",
            "投诉诉求": "demanded_remedy",
            "是否同意整改": "accepts_rectification",
            "是否二次装修": "secondary_decoration",
            "竣工验收情况": "delivered_without_acceptance",
            "是否在保修期": "within_warranty",
            "是否已起诉": "in_litigation",
            "报主办时间": "report_at",
            "督办时间": "coordinate_at",
            "督办单位": "coordinate_by",
        },
        "values": {
            "channel": {"来电": "phone", "来访": "visit", "信件": "letter", "电子邮件": "email", "传真": "fax"},
            "is_quality_defect": {**{k: "yes" for k, _ in _S37_DEFECTS}, **{k: "no" for k in _S37_NOT_DEFECT}},
            "demanded_remedy": {"要求整改": "rectification", "要求赔偿": "compensation", "要求换房": "exchange_house",
                                "要求退房": "return_house"},
            "accepts_rectification": {"同意": "yes", "不同意": "no"},
            "secondary_decoration": {"是": "yes", "否": "no"},
            "delivered_without_acceptance": {"已验收合格": "no", "未验收交付": "yes", "验收不合格": "yes"},
            "within_warranty": {"是": "yes", "否": "no"},
            "in_litigation": {"是": "yes", "否": "no"},
        },
        "roles": {"值班人员": "duty_officer", "主办人员": "case_officer", "科室负责人": "section_head",
                  "质量分中心": "sub_center", **{s: "supervision_sections" for s in sections}},
        "outcomes": {
            "受理意见": {"date": "受理意见时间", "steps": {"予以受理": "record", "告知另循途径": "refer_elsewhere"}},
        },
    }
    return rows, hand


# --- 279: S5 --------------------------------------------------------------------------------------------------

_S5_SOURCES = [("400热线", 12), ("QQ在线", 4), ("现场", 5), ("微信公众号", 3), ("携程点评", 2)]
_S5_DEPTS = [("农耕园", 10), ("旅行社", 7), ("营销部", 4), ("游客中心", 3), ("观光车队", 2)]
_S5_TYPES = {
    "农耕园": ["采摘体验与宣传不符", "园内餐饮卫生", "工作人员态度差", "排队时间过长", "门票价格争议"],
    "旅行社": ["行程临时变更", "导游服务不到位", "住宿标准不符", "退团费用争议"],
    "营销部": ["团购券无法使用", "优惠活动未兑现", "电话推销骚扰"],
    "游客中心": ["寄存物品遗失", "咨询答复不一致", "停车收费争议"],
    "观光车队": ["观光车班次间隔长", "司机态度差"],
}


def e279_s5_yonglian_400_ticket_log(rng, injected=None):
    """永联旅游公司办公室的“400旅游热线工单系统”导出的投诉工单，CSV（GB18030，给 Excel 打开），
    日期写作 2025/4/5 9:05。

    读制度 YAML 之前写下的表头（只读了 S5 种子原文）：工单号、建单时间、来源渠道、游客姓名、联系电话、
    被投诉部门、投诉类型、投诉内容、建单人、派单时间、承办部门、承办人、处理结果、回访时间、回访人、满意度、
    工单状态。

    读过制度 YAML 后补的列：建单部门（接待环节由哪个部门办理）、派单部门（转办由哪个部门办出）、
    回访部门（回访由哪个部门办理）。人名列（建单人、回访人）保留，但制度的角色是部门。

    “承办部门”是转办的对象，不是转办的办理人（派单部门才是），hand profile 不映射它。

    注入的违规（按规则 id 计数，共 15）：office_receives 4（农耕园游客中心、旅行社门店自行建单）、
    office_transfers 3（营销部、旅行社自行派单）、revisit_office_or_departments 2（回访部门写“游客自评”，
    实为游客自己在短信里打分，公司没有回访）、receive-transfer 3（先派单、后补建工单）、case_number 3
    （同一天两个坐席同时建单，流水号撞号）。

    陷阱：建单即派单（同一分钟，不是顺序颠倒）；处理中、尚未派单或尚未回访的工单（制度没有时限，也没有说每件都
    必须转办、回访）；回访由农耕园、旅行社等部门自己做（制度允许）；“400热线”“QQ客服”是办公室的坐席；
    周末的工单（制度不按工作日计时）。
    """
    n = 50
    taken = set()
    tourists = distinct_names(rng, n, taken)
    seats = distinct_names(rng, 4, taken)
    dept_staff = {d: distinct_names(rng, 2, taken) for d, _ in _S5_DEPTS}
    office_recv = [("400热线", 6), ("QQ客服", 2), ("办公室", 3)]

    days = sorted(_rand_day(rng, date(2025, 3, 1), date(2025, 6, 29)) for _ in range(n))
    cases = []
    for i in range(n):
        d = days[i]
        src = pick(rng, _S5_SOURCES)
        recv = _at(rng, d, 8.2, 19.8)
        dept = pick(rng, _S5_DEPTS)
        c = {"recv": recv, "src": src, "dept": dept, "type": rng.choice(_S5_TYPES[dept]),
             "recv_by": "办公室" if src == "现场" else ("QQ客服" if src == "QQ在线" else pick(rng, office_recv)),
             "clerk": rng.choice(seats), "transfer_at": None, "transfer_by": "", "handler": "",
             "revisit_at": None, "revisit_by": "", "revisit_person": ""}
        if c["recv_by"] == "QQ客服" and src != "QQ在线":
            c["recv_by"] = "400热线"
        # transfer: most tickets go out at once or within a few hours; a few not yet
        r = rng.random()
        if r < 0.2:
            c["transfer_at"] = recv.replace(second=0, microsecond=0)          # trap: created and dispatched at once
        elif r < 0.9:
            c["transfer_at"] = _plus(rng, recv, 0.2, 5)
        c["transfer_at"] = _cut(c["transfer_at"])
        if c["transfer_at"]:
            c["transfer_by"] = "办公室"
            c["handler"] = rng.choice(dept_staff[dept])
            if rng.random() < 0.75:
                c["revisit_at"] = _cut(_plus(rng, c["transfer_at"], 24, 120))
                if c["revisit_at"]:
                    by = pick(rng, [("办公室", 3), ("dept", 2)])
                    c["revisit_by"] = dept if by == "dept" else "办公室"
                    c["revisit_person"] = rng.choice(seats) if by != "dept" else rng.choice(dept_staff[dept])
        cases.append(c)

    inj = {}
    idx = list(range(n))
    rng.shuffle(idx)
    transferred = [i for i in idx if cases[i]["transfer_at"] is not None]
    revisited = [i for i in transferred if cases[i]["revisit_at"] is not None]
    for i in revisited[:2]:
        inj[i] = "revisit_office_or_departments"
        cases[i]["revisit_by"] = "游客自评"
        cases[i]["revisit_person"] = ""
    pool = [i for i in transferred if i not in inj]
    for i in pool[:3]:
        inj[i] = "office_transfers"
        cases[i]["transfer_by"] = "营销部" if cases[i]["dept"] == "营销部" else rng.choice(["营销部", "旅行社"])
    for i in pool[3:6]:
        inj[i] = "receive-transfer"
        c = cases[i]
        # dispatched by phone first, ticket typed in afterwards
        c["transfer_at"] = c["recv"].replace(second=0, microsecond=0)
        c["recv"] = _plus(rng, c["transfer_at"], 0.5, 6)
        if c["revisit_at"] is not None and c["revisit_at"] <= c["recv"]:
            c["revisit_at"] = _plus(rng, c["recv"], 24, 48)
        c["revisit_at"] = _cut(c["revisit_at"])
        if c["revisit_at"] is None:
            c["revisit_by"] = c["revisit_person"] = ""
    rest = [i for i in idx if i not in inj]
    for i in rest[:4]:
        inj[i] = "office_receives"
        c = cases[i]
        c["src"] = "现场"
        c["dept"] = rng.choice(["农耕园", "旅行社"])
        c["type"] = rng.choice(_S5_TYPES[c["dept"]])
        c["recv_by"] = "农耕园游客中心" if c["dept"] == "农耕园" else "旅行社门店"
        c["clerk"] = rng.choice(dept_staff[c["dept"]])
        if c["handler"]:
            c["handler"] = rng.choice(dept_staff[c["dept"]])
        if c["revisit_by"] not in ("", "办公室", "游客自评"):
            c["revisit_by"] = c["dept"]

    # numbers: YL + yymmdd + daily serial, by creation time; three times two seats got the same serial
    order = sorted(range(n), key=lambda j: cases[j]["recv"])
    numbers, serial = {}, {}
    for j in order:
        d = cases[j]["recv"].date()
        serial[d] = serial.get(d, 0) + 1
        numbers[j] = f"YL{d:%y%m%d}{serial[d]:02d}"
    dup = []
    for k in range(1, n):
        a, b = order[k - 1], order[k]
        if cases[a]["recv"].date() == cases[b]["recv"].date() and a not in inj and b not in inj \
                and (k - 1) not in [order.index(x) for x in dup]:
            dup.append(b)
    rng.shuffle(dup)
    dup = dup[:3]
    assert len(dup) == 3
    for b in dup:
        a = order[order.index(b) - 1]
        numbers[b] = numbers[a]
        # the clash: both tickets created within a minute of each other
        cases[b]["recv"] = cases[a]["recv"] + timedelta(seconds=rng.randint(5, 50))
        cases[b]["src"] = "QQ在线" if cases[a]["src"] != "QQ在线" else "400热线"
        cases[b]["recv_by"] = "QQ客服" if cases[b]["src"] == "QQ在线" else "400热线"
        if cases[b]["transfer_at"] is not None and cases[b]["transfer_at"] < cases[b]["recv"]:
            cases[b]["transfer_at"] = _plus(rng, cases[b]["recv"], 0.2, 2)

    rows = []
    for j in order:
        c = cases[j]
        no = numbers[j]
        if c["revisit_at"]:
            status = "已办结"
        elif c["transfer_at"]:
            status = "待回访" if rng.random() < 0.6 else "处理中"
        else:
            status = "待派单"
        result = rng.choice(["已向游客致歉", "已退还差价", "已赠送门票两张", "已整改并告知游客", "已解释说明"]) \
            if c["revisit_at"] or (c["transfer_at"] and rng.random() < 0.5) else ""
        rows.append({
            "工单号": no,
            "建单时间": slash(c["recv"]),
            "来源渠道": c["src"],
            "游客姓名": tourists[j],
            "联系电话": mobile(rng),
            "被投诉部门": c["dept"],
            "投诉类型": c["type"],
            "建单部门": c["recv_by"],
            "建单人": c["clerk"],
            "派单时间": slash(c["transfer_at"]) if c["transfer_at"] else "",
            "派单部门": c["transfer_by"],
            "承办部门": c["dept"] if c["transfer_at"] else "",
            "承办人": c["handler"],
            "处理结果": result,
            "回访时间": slash(c["revisit_at"]) if c["revisit_at"] else "",
            "回访部门": c["revisit_by"],
            "回访人": c["revisit_person"],
            "满意度": pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)]) if c["revisit_at"] else "",
            "工单状态": status,
        })
        if injected is not None:
            if j in inj:
                injected.append((no, inj[j]))
            if j in dup:
                injected.append((no, "case_number"))

    hand = {
        "procedure": "s5-yonglian-tourist-complaints",
        "columns": {
            "工单号": "case_number",
            "建单时间": "receive_at",
            "建单部门": "receive_by",
            "派单时间": "transfer_at",
            "派单部门": "transfer_by",
            "回访时间": "revisit_at",
            "回访部门": "revisit_by",
        },
        "roles": {"400热线": "office", "QQ客服": "office", "办公室": "office",
                  "农耕园": "tourism_departments", "旅行社": "tourism_departments", "营销部": "tourism_departments",
                  "游客中心": "tourism_departments", "观光车队": "tourism_departments",
                  "农耕园游客中心": "tourism_departments", "旅行社门店": "tourism_departments",
                  "游客自评": "tourist"},
    }
    return rows, hand


EXPORTS = [
    ("278-s37-quality-complaint-ledger.xlsx", "xlsx", e278_s37_xiamen_quality_complaint_ledger),
    ("279-s5-yonglian-400-tickets.csv", "gb18030", e279_s5_yonglian_400_ticket_log),
]
