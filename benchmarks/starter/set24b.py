"""Starter-profile benchmark exports 138-139 (set 24b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own records for a procedure and returns (rows, hand profile); the docstring
says which system, the date spelling, what was injected and which columns were added after reading the procedure
YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 138 139    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _slash(t):
    """The branch system's own spelling: 2025/3/4 9:12 (dates only: 2025/3/4)."""
    if t is None:
        return None
    if isinstance(t, datetime):
        return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"
    return f"{t.year}/{t.month}/{t.day}"


def _add_wd(d, k):
    """The k-th working day after date d (d itself not counted)."""
    while k > 0:
        d += timedelta(days=1)
        if workday(d):
            k -= 1
    return d


def _next_wd(d):
    while not workday(d):
        d += timedelta(days=1)
    return d


def _office(t):
    """An office act: whole minutes, on a working day between 8:00 and 17:59 (later acts move to the next morning)."""
    t = t.replace(second=0, microsecond=0)
    if t.hour >= 18:
        t = (t + timedelta(days=1)).replace(hour=8 + t.minute % 2, minute=t.minute)
    elif t.hour < 8:
        t = t.replace(hour=8 + t.hour % 3)
    d = _next_wd(t.date())
    if d != t.date():
        t = datetime(d.year, d.month, d.day, 8 + t.minute % 3, t.minute)
    return t


def _spread(rng, n, first, last):
    """n dates between first and last (inclusive), sorted."""
    span = (last - first).days
    return sorted(first + timedelta(days=rng.randint(0, span)) for _ in range(n))


# --- 138: S31, the Zhenjiang construction quality supervision station's complaint register ---------------------------

ESTATES_138 = [
    ("御江苑", "镇江御江置业有限公司", "江苏华建建设有限公司"),
    ("金山湖壹号", "镇江金湖房地产开发有限公司", "中建八局第三建设有限公司"),
    ("润州花园三期", "镇江润城置业有限公司", "镇江市第二建筑工程有限公司"),
    ("丁卯新城", "镇江新区丁卯开发有限公司", "江苏镇江建工集团有限公司"),
    ("南徐名邸", "镇江南徐房地产开发有限公司", "南通四建集团有限公司"),
    ("梦溪雅苑", "镇江梦溪置业有限公司", "江苏华建建设有限公司"),
    ("谷阳新村安置房", "镇江市城市建设投资集团有限公司", "镇江市第一建筑工程有限公司"),
    ("丹阳天地华府", "丹阳天地置业有限公司", "丹阳市建筑安装工程有限公司"),
    ("句容碧桂园·凤凰城", "句容碧桂园房地产开发有限公司", "广东腾越建筑工程有限公司"),
    ("扬中江洲名苑", "扬中江洲房地产有限公司", "扬中市第二建筑安装工程有限公司"),
    ("官塘桥路公寓", "镇江瑞鼎置业有限公司", "中天建设集团有限公司"),
]


def e138_s31_station_register(rng, injected=None):
    """S31 镇江 建筑工程质量投诉处理暂行办法：镇江市建设工程质量监督站（市建筑工程质量投诉处理机构）投诉科自己维护的
“工程质量投诉登记台账”Excel 表（XLSX，工作表“导出”），每件投诉一行；日期是 Excel 日期单元格，只记日期。

读原文后写下的表头（台账自己的叫法）：序号、登记编号、来件日期、来件方式（来信/来电/来访/电子邮件/网上信箱）、
来源（直接受理/12345热线转办/市政府交办/省住建厅转办/局信访办交办）、投诉人、联系电话、工程名称、楼栋房号、建设单位、
施工单位、竣工验收日期（在建的写“在建”）、问题类别（渗漏/开裂/空鼓/地面起砂/门窗/给排水/其他）、投诉内容摘要、
是否已向建设单位报修、报修日期、现场核查日期、核查人、整改通知日期、整改期限、整改完成日期、调解情况、办结日期、
反馈交办单位日期、承办人、备注、录入人。

读过制度 YAML 后补的列：受理日期（与来件日期分开记，交办件常晚几天登记受理）、承办单位（站投诉科，或转市住建局、
辖市区住建局办理；个别件直接转开发商自行处理）、建设单位处理情况（拒不维修/推诿拖延/维修后仍未修好/称不属保修范围/
未报修）。

注入（应被发现）：
- CK101 developer_contacted_first ×3：没有向建设单位报修过（报修日期空）。
- CK101 report_back_to_superior ×3：交办件已办结，反馈交办单位日期空。
- CK103 accept_by_competent_body ×2：承办单位写“开发商自行处理”（站里没有受理，直接转给建设单位）。
- CK106 contact_developer-complain ×2：报修日期晚于来件日期（来访后才补报修）。
- CK106 complain-accept ×1：受理日期早于来件日期（交办件受理日期录错月份）。
- CK106 accept-report_back ×1：反馈交办单位日期早于受理日期（录错）。
- CK107 case_number ×1：两件不同投诉录成同一登记编号。
共 13 项。

陷阱（不应报告）：交办件尚未办结、还没有反馈的 2 件；直接受理的件办结后不反馈（不要求）；报修日期与来件日期同一天的
2 件；承办单位是辖市、区住建局的件（第五条允许）；建设单位已维修、投诉人仍投诉的件（建设单位处理情况写“维修后仍未修好”）。
"""
    staff = distinct_names(rng, 7, set())
    handlers, clerks, inspectors = staff[:3], staff[3:5], staff[5:]
    districts = {"丹阳天地华府": "丹阳市住建局", "句容碧桂园·凤凰城": "句容市住建局", "扬中江洲名苑": "扬中市住建局"}
    kinds = [("渗漏", ["卫生间楼板渗水至楼下", "外墙渗水，卧室墙面发霉", "屋面渗漏，顶层天花板水渍", "地下室车库顶板渗漏",
                       "飘窗窗台渗水"]),
             ("开裂", ["客厅墙面斜向裂缝", "楼板出现贯通裂缝", "阳台栏板开裂", "外墙保温层开裂"]),
             ("空鼓", ["地面找平层大面积空鼓", "外墙面砖空鼓脱落"]),
             ("地面起砂", ["入户地面起砂严重"]),
             ("门窗", ["铝合金窗框变形关不严", "入户门安装不牢"]),
             ("给排水", ["排水立管漏水", "给水管暗管渗漏"]),
             ("其他", ["楼梯栏杆高度不足", "烟道串味"])]
    developer_says = ["拒不维修", "推诿拖延", "推诿拖延", "维修后仍未修好", "称不属保修范围"]

    n = 40
    days = _spread(rng, n, date(2025, 1, 6), date(2025, 6, 20))
    plan = {}   # case index -> injection
    order = list(range(n))
    rng.shuffle(order)
    referred_idx = sorted(order[:16])                      # 16 交办件
    direct_idx = sorted(order[16:])
    # choose the injections among closed/open cases after the cases are laid out (below)

    cases = []
    for i, d in enumerate(days):
        referred = i in referred_idx
        source = pick(rng, [("12345热线转办", 6), ("市政府交办", 2), ("省住建厅转办", 1), ("局信访办交办", 2)]) \
            if referred else "直接受理"
        way = pick(rng, [("来电", 4), ("来信", 2), ("电子邮件", 1), ("网上信箱", 1)]) if referred else \
            pick(rng, [("来访", 5), ("来电", 3), ("来信", 2), ("电子邮件", 1)])
        estate, developer, builder = rng.choice(ESTATES_138)
        kind, texts = pick(rng, [(k, w) for k, w in zip(kinds, [8, 5, 3, 1, 2, 2, 1])])
        completion = date(rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28))
        if completion > date(2024, 10, 1) and rng.random() < 0.5:
            completion = "在建"
        come = _next_wd(d)
        contact = come - timedelta(days=rng.randint(7, 90))
        accept = come if not referred else _add_wd(come, rng.randint(0, 3))
        accept_unit = districts.get(estate) if rng.random() < 0.7 and estate in districts else \
            pick(rng, [("市质监站投诉科", 8), ("市住建局", 1), ("京口区住建局", 1), ("润州区住建局", 1)])
        inspect = _add_wd(accept, rng.randint(2, 8))
        notice = _add_wd(inspect, rng.randint(1, 4))
        limit = notice + timedelta(days=rng.choice([15, 30, 30, 45]))
        fixed = _add_wd(notice, rng.randint(8, 35))
        closed = _add_wd(fixed, rng.randint(1, 6))
        c = Case()
        c["序号"] = i + 1
        c["登记编号"] = f"镇质投〔2025〕{i + 1:03d}号"
        c["来件日期"] = come
        c["来件方式"] = way
        c["来源"] = source
        c["投诉人"] = person_name(rng)
        c["联系电话"] = mobile(rng)
        c["工程名称"] = estate
        c["楼栋房号"] = f"{rng.randint(1, 28)}幢{rng.randint(1, 3)}单元{rng.randint(1, 32)}{rng.randint(1, 4):02d}室"
        c["建设单位"] = developer
        c["施工单位"] = builder
        c["竣工验收日期"] = completion
        c["问题类别"] = kind
        c["投诉内容摘要"] = rng.choice(texts)
        c["是否已向建设单位报修"] = "是"
        c["报修日期"] = contact
        c["建设单位处理情况"] = rng.choice(developer_says)
        c["受理日期"] = accept
        c["承办单位"] = accept_unit
        c["承办人"] = rng.choice(handlers)
        c["现场核查日期"] = inspect
        c["核查人"] = "、".join(rng.sample(inspectors + handlers[:1], 2))
        c["整改通知日期"] = notice
        c["整改期限"] = limit
        c["整改完成日期"] = fixed
        c["调解情况"] = pick(rng, [("达成一致", 5), ("未达成一致", 1), ("", 3)])
        c["办结日期"] = closed
        c["反馈交办单位日期"] = None
        c["备注"] = ""
        c["录入人"] = rng.choice(clerks)
        # what has not happened by 30 June
        for h in ["现场核查日期", "整改通知日期", "整改完成日期", "办结日期"]:
            if c[h] is not None and c[h] > CUTOFF.date():
                for later in ["现场核查日期", "整改通知日期", "整改期限", "整改完成日期", "办结日期"][
                        ["现场核查日期", "整改通知日期", "整改期限", "整改完成日期", "办结日期"].index(h):]:
                    c[later] = None
                if h == "现场核查日期":
                    c["核查人"] = ""
                break
        if c["整改通知日期"] is None:
            c["整改期限"] = None
        if c["办结日期"] is None:
            c["调解情况"] = ""
            c["备注"] = "办理中"
        if referred and c["办结日期"] is not None:
            c["反馈交办单位日期"] = min(_add_wd(c["办结日期"], rng.randint(0, 3)), CUTOFF.date())
        cases.append([c, None])

    closed_ref = [k for k in referred_idx if cases[k][0]["办结日期"] is not None]
    open_ref = [k for k in referred_idx if cases[k][0]["办结日期"] is None]
    closed_dir = [k for k in direct_idx if cases[k][0]["办结日期"] is not None]
    assert len(open_ref) >= 2 and len(closed_ref) >= 8, (len(open_ref), len(closed_ref))

    def take(pool, k):
        free = [x for x in pool if cases[x][1] is None]
        chosen = rng.sample(free, k)
        return chosen

    for k in take(closed_ref, 3):                                     # closed 交办件 never fed back
        cases[k][0]["反馈交办单位日期"] = None
        cases[k][1] = "report_back_to_superior"
    for k in take(closed_dir + closed_ref, 3):                        # never contacted the developer
        c = cases[k][0]
        c["是否已向建设单位报修"] = "否"
        c["报修日期"] = None
        c["建设单位处理情况"] = "未报修"
        c["备注"] = "投诉人未向建设单位报修，直接来站投诉"
        cases[k][1] = "developer_contacted_first"
    for k in take(direct_idx, 2):                                     # passed straight to the developer
        c = cases[k][0]
        c["承办单位"] = "开发商自行处理"
        c["承办人"] = ""
        c["现场核查日期"] = None
        c["核查人"] = ""
        c["整改通知日期"] = None
        c["整改期限"] = None
        c["调解情况"] = ""
        c["备注"] = "电话转建设单位客服处理"
        cases[k][1] = "accept_by_competent_body"
    for k in take(direct_idx, 2):                                     # reported to the developer only after the visit
        c = cases[k][0]
        c["报修日期"] = _add_wd(c["来件日期"], rng.randint(1, 3))
        c["建设单位处理情况"] = "推诿拖延"
        c["备注"] = "来访后经告知补向建设单位报修"
        cases[k][1] = "contact_developer-complain"
    k = take(closed_ref, 1)[0]                                        # acceptance date typed a month early
    c = cases[k][0]
    c["受理日期"] = c["受理日期"] - timedelta(days=30) if c["受理日期"].day <= 28 else c["受理日期"] - timedelta(days=31)
    if c["受理日期"] >= c["来件日期"]:
        c["受理日期"] = c["来件日期"] - timedelta(days=29)
    cases[k][1] = "complain-accept"
    k = take(closed_ref, 1)[0]                                        # feedback date typed before acceptance
    c = cases[k][0]
    c["反馈交办单位日期"] = c["受理日期"] - timedelta(days=rng.randint(3, 9))
    if c["反馈交办单位日期"] <= c["来件日期"]:   # keep it a feedback/acceptance mix-up only
        c["反馈交办单位日期"] = c["受理日期"] - timedelta(days=1)
    cases[k][1] = "accept-report_back"
    # traps: same-day report to the developer and complaint (not out of order)
    for k in take(direct_idx, 2):
        cases[k][0]["报修日期"] = cases[k][0]["来件日期"]
        cases[k][0]["备注"] = "当日先到售楼处报修未果后来站"
        cases[k][1] = "trap"

    # the duplicate number: a second complaint on the same estate entered under the previous row's number
    dup = rng.choice([k for k in range(5, n - 5) if cases[k][1] is None])
    cases[dup + 1][0]["登记编号"] = cases[dup][0]["登记编号"]
    if cases[dup + 1][1] is None:
        cases[dup + 1][1] = "dup"

    if injected is not None:
        injected += [(cases[dup][0]["登记编号"], "case_number (duplicate)")]
        injected += [(c["登记编号"], inj) for c, inj in cases if inj and inj not in ("trap", "dup")]
    rows = [Case(c) for c, _ in cases]

    hand = {
        "procedure": "s31-zhenjiang-building-quality-complaints",
        "sheet": "导出",
        "columns": {
            "登记编号": "case_number",
            "来件日期": "complain_at",
            "来件方式": "channel",
            "来源": "referred_by_superior",
            "报修日期": "contact_developer_at",
            "建设单位处理情况": "developer_fulfilled_warranty",
            "受理日期": "accept_at",
            "承办单位": "accept_by",
            "办结日期": "closed_at",
            "反馈交办单位日期": "report_back_at",
        },
        "values": {
            "channel": {"来信": "letter", "来电": "phone", "来访": "visit", "电子邮件": "email", "网上信箱": "email"},
            "referred_by_superior": {"直接受理": "no", "12345热线转办": "yes", "市政府交办": "yes",
                                     "省住建厅转办": "yes", "局信访办交办": "yes"},
            "developer_fulfilled_warranty": {"拒不维修": "no", "推诿拖延": "no", "维修后仍未修好": "no",
                                             "称不属保修范围": "no", "未报修": ""},
        },
        "roles": {
            "市质监站投诉科": "complaint_office",
            "市住建局": "city_authority",
            "京口区住建局": "district_authority",
            "润州区住建局": "district_authority",
            "丹阳市住建局": "district_authority",
            "句容市住建局": "district_authority",
            "扬中市住建局": "district_authority",
            "开发商自行处理": "developer",
        },
    }
    return rows, hand


# --- 139: S41, a construction company branch's engineering quality complaint records ----------------------------

PROJECTS_139 = [
    ("滨江壹号院二期", "滨江壹号院项目经理部"),
    ("科创园B区研发楼", "科创园项目经理部"),
    ("阳光城·翡丽湾", "翡丽湾项目经理部"),
    ("南湖安置小区四标段", "南湖安置房大项目部"),
    ("市一中新校区", "一中新校区项目经理部"),
    ("万科·城市之光", "城市之光项目经理部"),
    ("高铁新城人才公寓", "人才公寓项目经理部"),
]


def e139_s41_branch_complaint_records(rng, injected=None):
    """S41 工程质量投诉管理制度：某建筑工程局下属分公司工程质保部在公司“客户服务与维保管理系统”中登记的业主投诉
记录，按月导出的 CSV（GB18030）；时间写作 2025/3/4 9:12，备案日期、书面报局日期只记日期（2025/3/4）。

读原文后写下的表头（系统自己的叫法）：投诉单号、项目名称、项目部、楼号房号、业主姓名、联系电话、
投诉来源（业主来电/业主来函/业主来访/局工程管理部转办/局领导批示/政府12345转办/总部客服转办）、接收部门、接收时间、
投诉内容、记录人、项目经理核实时间、核实结果（事实清楚/事实不清，需现场核实）、现场核实时间、现场核实参加部门、
问题性质（质量通病/一般问题/材料设备问题）、处理方式、处理完成时间、处理人、处理记录表编号、业主签字（已签/未签/业主拒签）、
备案日期、质保部回访时间、回访方式（电话/上门）、回访结果、是否投诉到局、书面报局日期、备注。

读过制度 YAML 后补的列：通知项目部时间、与业主沟通时间、现场核实组织部门、物资部调换时间、处理部门、记录表填写时间、
回访部门。

注入（应被发现）：
- CK103 record_by_bureau_or_branch_qa ×1：接收部门是项目经理部。
- CK103 hard_defect_to_qa ×1：质量通病由投诉处理小组自行处理。
- CK103 procurement_replaced_by_team ×1：材料设备问题由物资部直接更换。
- CK103 follow_up_by_branch_qa ×1：回访部门是项目经理部。
- CK103 step-onsite_verify ×1：现场核实由项目经理部组织。
- CK104 onsite_verify_48h ×3：2 件现场核实晚于项目经理核实（事实不清）后 48 小时；另 1 件事实不清却始终没有现场核实、
  已处理完（截至审计时点未完成）。
- CK101 onsite_verify_when_unconfirmed ×1：即上面那件事实不清、没有现场核实就处理完的。
- CK101 onsite_verify_48h-start ×1：事实不清、有现场核实时间，项目经理核实时间空。
- CK101 owner_communicated ×1、pm_notified ×1：已处理完，与业主沟通时间 / 通知项目部时间空。
- CK101 procurement_goods_exchanged ×1：材料设备问题已处理完，物资部调换时间空。
- CK101 owner_signs_record ×2：记录表已填，业主签字写“未签”“业主拒签”。
- CK101 record_filed_with_competent_dept ×1：业主已签，备案日期空。
- CK101 owner_contacted_after_record ×1：业主已签，质保部回访时间空。
- CK101 report_to_bureau ×1：投诉到局的件已回访，书面报局日期空。
- CK106 notify-communicate ×1：与业主沟通时间早于通知项目部时间。
共 19 项（18 件案件）。

陷阱（不应报告）：1 件现场核实在项目经理核实后 46-47 小时内；事实清楚的件没有现场核实（不要求）；
刚登记、尚未处理的件没有通知/沟通记录（处理之后才要求）；投诉到局、尚未处理完的件没有书面报局；
没有投诉到局的件不报局；一般问题、质量通病没有物资部调换时间（只要求材料设备问题）。
"""
    staff = distinct_names(rng, 9, set())
    clerks, pms, fixers, qa_people = staff[:2], staff[2:5], staff[5:8], staff[8:]
    contents = {
        "质量通病": ["外墙窗边渗水，雨天室内墙面潮湿", "卫生间地面与墙面交接处渗水", "顶层屋面渗漏", "墙面多处裂缝反复出现",
                  "地下车库顶板渗漏"],
        "一般问题": ["入户门关闭不严", "厨房墙砖空鼓", "阳台地漏堵塞", "室内地面局部起砂", "窗扇密封条脱落",
                  "卫生间门框变形", "踢脚线脱落"],
        "材料设备问题": ["入户门锁芯损坏", "铝合金窗五金件锈蚀断裂", "排水管件开裂漏水", "户内配电箱开关跳闸失灵",
                    "卫生间洁具裂纹"],
    }
    sources = [("业主来电", 5), ("业主来函", 2), ("业主来访", 3), ("局工程管理部转办", 3), ("局领导批示", 1),
               ("政府12345转办", 2), ("总部客服转办", 1)]

    n = 45
    days = _spread(rng, n, date(2025, 1, 6), date(2025, 6, 24))
    cases = []
    for i, d in enumerate(days):
        project, dept = rng.choice(PROJECTS_139)
        source = pick(rng, sources)
        bureau = source in ("局工程管理部转办", "局领导批示")
        nature = pick(rng, [("质量通病", 25), ("一般问题", 55), ("材料设备问题", 20)])
        confirmed = rng.random() < 0.62
        record = _office(datetime(d.year, d.month, d.day, rng.randint(8, 17), rng.randint(0, 59)))
        notify = _office(record + timedelta(hours=rng.uniform(0.5, 20)))
        check = _office(notify + timedelta(hours=rng.uniform(3, 30)))
        talk = _office(check + timedelta(hours=rng.uniform(0.5, 20)))
        onsite = None
        if not confirmed:
            onsite = _office(check + timedelta(hours=rng.uniform(4, 40)))
            if onsite - check > timedelta(hours=45):
                onsite = check + timedelta(hours=rng.uniform(2, 6))
                onsite = onsite.replace(second=0, microsecond=0)
        ready = max(t for t in (talk, onsite) if t is not None)
        exchange = _office(ready + timedelta(days=rng.uniform(1, 5))) if nature == "材料设备问题" else None
        handle = _office((exchange or ready) + timedelta(days=rng.uniform(1, 10)))
        sheet = _office(handle + timedelta(hours=rng.uniform(1, 24)))
        follow = _office(sheet + timedelta(days=rng.uniform(1, 3)))
        report = _add_wd(follow.date(), rng.randint(1, 5)) if bureau else None
        c = Case()
        c["投诉单号"] = f"ZL{record:%Y%m}{i + 1:03d}"
        c["项目名称"] = project
        c["项目部"] = dept
        c["楼号房号"] = f"{rng.randint(1, 22)}#-{rng.randint(1, 3)}-{rng.randint(2, 33)}{rng.randint(1, 4):02d}" \
            if "研发楼" not in project and "一中" not in project else f"{rng.randint(1, 5)}号楼"
        c["业主姓名"] = person_name(rng) if "研发楼" not in project and "一中" not in project else \
            rng.choice(["科创园管委会", "市一中基建办"])
        c["联系电话"] = mobile(rng)
        c["投诉来源"] = source
        c["是否投诉到局"] = "是" if bureau else "否"
        c["接收部门"] = "局工程管理部" if bureau else "分公司质保部"
        c["接收时间"] = record
        c["投诉内容"] = rng.choice(contents[nature])
        c["记录人"] = rng.choice(clerks) if not bureau else "局工管部"
        c["通知项目部时间"] = notify
        c["项目经理核实时间"] = check
        c["核实结果"] = "事实清楚" if confirmed else "事实不清，需现场核实"
        c["与业主沟通时间"] = talk
        c["现场核实时间"] = onsite
        c["现场核实组织部门"] = "分公司质保部" if onsite else ""
        c["现场核实参加部门"] = "、".join(["质保部"] + rng.sample(["物资部", "科技部", "原项目经理部"], 2)) if onsite else ""
        c["问题性质"] = nature
        c["物资部调换时间"] = exchange
        c["处理方式"] = {"质量通病": "移交质保部按不合格品控制程序处理", "一般问题": "处理小组维修",
                      "材料设备问题": "物资部调换合格品，小组更换"}[nature]
        c["处理部门"] = "分公司质保部" if nature == "质量通病" else "投诉处理小组"
        c["处理完成时间"] = handle
        c["处理人"] = rng.choice(fixers)
        c["处理记录表编号"] = f"JL-2025-{i + 1:03d}"
        c["记录表填写时间"] = sheet
        c["业主签字"] = "已签"
        c["备案日期"] = _add_wd(sheet.date(), rng.randint(1, 4))
        c["质保部回访时间"] = follow
        c["回访部门"] = "分公司质保部"
        c["回访方式"] = pick(rng, [("电话", 3), ("上门", 1)])
        c["回访结果"] = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)])
        c["书面报局日期"] = report
        c["备注"] = ""
        # not yet happened on 30 June: the case is still being handled
        last = report or follow.date()
        if last > CUTOFF.date() or c["备案日期"] > CUTOFF.date():
            for h in ["处理完成时间", "记录表填写时间", "备案日期", "质保部回访时间", "书面报局日期"]:
                c[h] = None
            for h in ["处理人", "处理记录表编号", "业主签字", "回访部门", "回访方式", "回访结果"]:
                c[h] = ""
            c["备注"] = "处理中"
            if exchange and exchange > CUTOFF:
                c["物资部调换时间"] = None
            if (onsite and onsite > CUTOFF) or check > CUTOFF or talk > CUTOFF:
                c["项目经理核实时间"] = None
                c["核实结果"] = ""
                c["与业主沟通时间"] = None
                c["现场核实时间"] = None
                c["现场核实组织部门"] = ""
                c["现场核实参加部门"] = ""
                c["物资部调换时间"] = None
            if notify > CUTOFF:
                c["通知项目部时间"] = None
        cases.append([c, None])

    done = [k for k in range(n) if cases[k][0]["处理完成时间"] is not None]
    ongoing = [k for k in range(n) if k not in done]
    assert len(done) >= 34 and len(ongoing) >= 3, (len(done), len(ongoing))

    def take(cond, k=1):
        free = [x for x in done if cases[x][1] is None and cond(cases[x][0])]
        return rng.sample(free, k)

    def unconfirmed(c):
        return c["核实结果"] == "事实不清，需现场核实"

    def mark(k, what):
        cases[k][1] = what
        return cases[k][0]

    c = mark(take(lambda c: not c["是否投诉到局"] == "是" and c["投诉来源"] == "业主来访")[0], "record_by")
    c["接收部门"] = "项目经理部"
    c = mark(take(lambda c: c["问题性质"] == "质量通病")[0], "hard_defect_to_qa")
    c["处理部门"] = "投诉处理小组"
    c["处理方式"] = "处理小组维修"
    k1, k2 = take(lambda c: c["问题性质"] == "材料设备问题", 2)
    c = mark(k1, "procurement_replaced_by_team")
    c["处理部门"] = "物资部"
    c["处理方式"] = "物资部直接更换"
    c = mark(k2, "procurement_goods_exchanged")
    c["物资部调换时间"] = None
    c["处理方式"] = "小组更换"
    c = mark(take(lambda c: c["是否投诉到局"] == "否")[0], "follow_up_by_branch_qa")
    c["回访部门"] = "项目经理部"
    c = mark(take(unconfirmed)[0], "step-onsite_verify")
    c["现场核实组织部门"] = "项目经理部"
    for k in take(unconfirmed, 2):                                    # on site more than 48 hours later
        c = mark(k, "onsite_verify_48h")
        late = _office(c["项目经理核实时间"] + timedelta(hours=rng.uniform(56, 80)))
        c["现场核实时间"] = late
        if late >= c["处理完成时间"]:
            c["处理完成时间"] = _office(late + timedelta(days=2))
            c["记录表填写时间"] = _office(c["处理完成时间"] + timedelta(hours=3))
            c["备案日期"] = _add_wd(c["记录表填写时间"].date(), 1)
            c["质保部回访时间"] = _office(c["记录表填写时间"] + timedelta(days=1))
            if c["书面报局日期"] is not None:
                c["书面报局日期"] = _add_wd(c["质保部回访时间"].date(), 2)
        if c["物资部调换时间"] is not None and c["物资部调换时间"] <= late:
            c["物资部调换时间"] = _office(late + timedelta(hours=20))
            if c["物资部调换时间"] >= c["处理完成时间"]:
                c["物资部调换时间"] = late + timedelta(hours=1)
    c = mark(take(lambda c: unconfirmed(c) and c["是否投诉到局"] == "否")[0], "onsite_verify_when_unconfirmed")
    c["现场核实时间"] = None
    c["现场核实组织部门"] = ""
    c["现场核实参加部门"] = ""
    c = mark(take(unconfirmed)[0], "onsite_verify_48h-start")
    c["项目经理核实时间"] = None
    c = mark(take(lambda c: True)[0], "owner_communicated")
    c["与业主沟通时间"] = None
    c = mark(take(lambda c: True)[0], "pm_notified")
    c["通知项目部时间"] = None
    for k, word in zip(take(lambda c: c["是否投诉到局"] == "否", 2), ["未签", "业主拒签"]):
        c = mark(k, "owner_signs_record")
        c["业主签字"] = word
        c["备案日期"] = None
        c["备注"] = "业主对维修效果有异议，拒绝签字" if word == "业主拒签" else "业主外出，待补签"
    c = mark(take(lambda c: True)[0], "record_filed_with_competent_dept")
    c["备案日期"] = None
    c = mark(take(lambda c: c["是否投诉到局"] == "否")[0], "owner_contacted_after_record")
    c["质保部回访时间"] = None
    c["回访部门"] = ""
    c["回访方式"] = ""
    c["回访结果"] = ""
    c = mark(take(lambda c: c["是否投诉到局"] == "是")[0], "report_to_bureau")
    c["书面报局日期"] = None
    c = mark(take(lambda c: c["核实结果"] == "事实清楚")[0], "notify-communicate")
    c["与业主沟通时间"] = c["接收时间"] + timedelta(minutes=rng.randint(20, 50))
    c["通知项目部时间"] = _office(c["接收时间"] + timedelta(hours=rng.uniform(4, 20)))
    if c["项目经理核实时间"] <= c["通知项目部时间"]:
        c["项目经理核实时间"] = c["通知项目部时间"] + timedelta(hours=2)
    # trap: on site 46-47.5 hours after the project manager's check
    c = mark(take(unconfirmed)[0], "trap")
    c["现场核实时间"] = (c["项目经理核实时间"] + timedelta(hours=46, minutes=rng.randint(5, 85)))
    if c["物资部调换时间"] is not None and c["物资部调换时间"] <= c["现场核实时间"]:
        c["物资部调换时间"] = c["现场核实时间"] + timedelta(hours=2)
    if c["处理完成时间"] <= (c["物资部调换时间"] or c["现场核实时间"]):
        c["处理完成时间"] = (c["物资部调换时间"] or c["现场核实时间"]) + timedelta(hours=3)
        c["记录表填写时间"] = c["处理完成时间"] + timedelta(hours=1)
    # trap: a case just registered, nobody notified yet
    k = max(ongoing)
    c = cases[k][0]
    for h in ["通知项目部时间", "项目经理核实时间", "与业主沟通时间", "现场核实时间", "物资部调换时间"]:
        c[h] = None
    for h in ["核实结果", "现场核实组织部门", "现场核实参加部门"]:
        c[h] = ""
    c["备注"] = "待转项目部"

    if injected is not None:
        injected += [(c["投诉单号"], inj) for c, inj in cases if inj and inj != "trap"]
        injected += [(c["投诉单号"], "onsite_verify_48h") for c, inj in cases if inj == "onsite_verify_when_unconfirmed"]
    rows = [Case({h: _slash(v) if isinstance(v, (date, datetime)) else v for h, v in c.items()}) for c, _ in cases]

    hand = {
        "procedure": "s41-construction-quality-complaints",
        "encoding": "gb18030",
        "columns": {
            "投诉单号": "case_number",
            "接收时间": "record_at",
            "接收部门": "record_by",
            "投诉内容": "content",
            "通知项目部时间": "notify_at",
            "项目经理核实时间": "facts_unconfirmed_at",
            "核实结果": "facts_confirmed",
            "与业主沟通时间": "communicate_at",
            "现场核实时间": "onsite_verify_at",
            "现场核实组织部门": "onsite_verify_by",
            "问题性质": "problem_type",
            "物资部调换时间": "exchange_goods_at",
            "处理部门": "handle_by",
            "处理完成时间": "handle_at",
            "记录表填写时间": "handling_record_at",
            "业主签字": "owner_signature",
            "备案日期": "filed_with_competent_dept",
            "质保部回访时间": "follow_up_at",
            "回访部门": "follow_up_by",
            "是否投诉到局": "complained_to_bureau",
            "书面报局日期": "report_bureau_at",
        },
        "values": {
            "facts_confirmed": {"事实清楚": True, "事实不清，需现场核实": False},
            "complained_to_bureau": {"是": True, "否": False},
            "problem_type": {"质量通病": "hard_common_defect", "一般问题": "easy_problem",
                             "材料设备问题": "procurement_problem"},
        },
        "roles": {
            "局工程管理部": "bureau_eng_mgmt",
            "分公司质保部": "branch_qa",
            "项目经理部": "project_manager",
            "投诉处理小组": "handling_team",
            "物资部": "materials_dept",
        },
    }
    return rows, hand


EXPORTS = [
    ("138-s31-station-complaint-register.xlsx", "xlsx", e138_s31_station_register),
    ("139-s41-branch-complaint-records.csv", "gb18030", e139_s41_branch_complaint_records),
]
