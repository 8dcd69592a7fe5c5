"""Starter-profile benchmark exports 128-129 (set 22c), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 128 129    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


# --- 128: L5, a general contractor's warranty-repair work orders ----------------------------------------------------

def _dot(t):
    """The platform's own spelling: 2025.03.04 09:12 (dates only: 2019.11.26)."""
    if t is None:
        return None
    if isinstance(t, datetime):
        return t.strftime("%Y.%m.%d %H:%M")
    return t.strftime("%Y.%m.%d")


def _d(s):
    return date.fromisoformat(s)


def _office(t, rng, first=8, last=18):
    """Office work happens on working days, first to last o'clock; a time outside moves to the next working morning."""
    if t is None:
        return None
    t = t.replace(second=0, microsecond=0)
    if t.hour >= last:
        t = (t + timedelta(days=1)).replace(hour=first, minute=rng.randint(0, 50))
    elif t.hour < first:
        t = t.replace(hour=first, minute=rng.randint(0, 50))
    while not workday(t.date()):
        t = (t + timedelta(days=1)).replace(hour=first, minute=rng.randint(0, 50))
    return t


def _cap(t):
    return None if t is None or t > CUTOFF else t


# project master data: name -> (竣工报告提交日期, 竣工验收日期, 保修书编号, 防水延保)
_L5_PROJECTS = {
    "金桥商务楼":        ("2019-05-31", "2019-06-20", "BX-2019-014", False),
    "老街棚改一标段":    ("2019-09-16", "2019-10-09", "", False),      # taken over from the merged 市政公司: 保修书 not on file
    "锦绣华庭一期":      ("2019-11-08", "2019-11-26", "BX-2019-031", True),   # 屋面、卫生间防水约定 8 年
    "锦绣华庭二期":      ("2021-04-28", "2021-05-18", "BX-2021-012", False),
    "滨江实验学校":      ("2022-08-12", "2022-08-30", "BX-2022-027", False),
    "天元产业园3#厂房":  ("2023-02-24", "2023-03-15", "BX-2023-006", False),
    "翠湖花园":          ("2023-12-01", "2023-12-20", "BX-2023-041", False),
    "城北安置房B区":     ("2024-06-11", "2024-06-28", "BX-2024-019", False),
    "东湖人才公寓":      ("2024-09-27", "2024-10-15", "BX-2024-033", False),
}
_L5_WATER = ["屋面渗漏", "卫生间渗漏", "外墙渗漏"]
_L5_FIT = ["给排水管道", "电气线路", "装饰装修", "门窗"]
_L5_TEXT = {
    "屋面渗漏": ["顶层次卧顶板雨后渗水", "屋面女儿墙根部渗漏", "露台下方顶棚水渍"],
    "卫生间渗漏": ["主卫地漏周边渗水到楼下", "卫生间墙角返潮起皮", "楼下反映卫生间吊顶滴水"],
    "外墙渗漏": ["客厅外墙窗边雨后渗水", "山墙内侧墙面发霉渗水"],
    "给排水管道": ["厨房给水管接头滴漏", "阳台排水立管堵塞返水", "热水管暗管渗漏"],
    "电气线路": ["卧室插座无电", "厨房回路频繁跳闸", "入户配电箱漏电开关跳闸"],
    "装饰装修": ["客厅地砖空鼓", "墙面腻子开裂脱落", "吊顶石膏板接缝开裂"],
    "门窗": ["入户门关闭不严", "铝合金窗推拉不畅、密封条脱落", "窗扇五金件松脱"],
    "采暖系统": ["地暖分集水器漏水", "暖气片不热"],
    "结构裂缝": ["楼板出现贯通裂缝", "梁底斜向裂缝"],
    "室外配套": ["小区道路井盖下沉", "地库坡道排水沟堵塞"],
}
_L5_TEAMS = {
    "屋面渗漏": ["宏宇防水工程公司", "本公司维修一班"], "卫生间渗漏": ["宏宇防水工程公司", "本公司维修一班"],
    "外墙渗漏": ["宏宇防水工程公司"], "给排水管道": ["恒通水电安装队", "本公司维修二班"],
    "电气线路": ["恒通水电安装队", "本公司维修二班"], "装饰装修": ["佳美装饰公司", "本公司维修一班"],
    "门窗": ["佳美装饰公司"], "采暖系统": ["恒通水电安装队"], "结构裂缝": ["本公司维修一班"],
    "室外配套": ["本公司维修二班"],
}


def e128_l5_warranty_repair_orders(rng, injected=None):
    """128: L5 建设工程质量管理条例 — 一家施工总承包单位（建工集团第三工程公司）的“工程维保管理平台”报修工单导出。

    公司对已竣工交付的住宅、学校、厂房项目负责保修；业主、物业、建设单位或住建部门转来的报修都在平台上开单，
    派给公司维修班或责任分包单位，上门查勘、维修、业主签字、回访。导出为 CSV（GB18030，平台默认），
    日期写法 `2025.03.04 09:12`（竣工日期只有日期 `2018.06.20`）。

    读制度之前按系统写下的表头：
    工单编号, 项目名称, 楼栋房号, 报修人, 联系电话, 报修来源, 报修时间, 报修部位, 问题描述, 竣工验收日期,
    保修判定, 派单时间, 维修单位, 维修负责人, 上门查勘时间, 维修完成时间, 处理结果, 业主确认, 回访时间,
    回访满意度, 登记人, 备注

    读过制度 YAML 后补的列：受理时间（客服开单时间，报修时间是业主报修的时间）、竣工报告提交日期、保修书编号
    （均来自平台的项目档案）、约定延保（保修书对该部位约定的期限是否长于国家规定）、事故发生时间、事故上报时间
    （质量事故报住建部门的时间，只有发生事故的工单有）。

    注入（规则 id: 个数）：
    - warranty_certificate_issued: 2（老街棚改一标段为合并前市政公司的项目，保修书编号空白，两张工单）
    - warranty_duty: 2（保修期内，分包推诿、材料未到，至导出时未维修）
    - warranty_by_contractor: 2（维修单位“甲方自修”：建设单位自己修的）
    - accident_report_24_hours: 2（周末吊顶坍塌隔两天才上报；楼梯栏杆松脱至导出时未上报）
    - waterproofing_beyond_5_years: 2（金桥商务楼、老街棚改的防水问题已过 5 年、未约定延保，仍按保修期内免费维修）
    - pipes_fitout_beyond_2_years: 2（锦绣华庭二期、滨江实验学校的管道/电气问题已过 2 年，仍按保修维修）
    - complaint-warranty_repair（CK106）: 2（夜间爆管抢修后次日补录报修时间；维修完成时间月份录错）
    - case_number（CK107）: 1（补录工单沿用了上一张的编号）
    共 15 项。
    陷阱：锦绣华庭一期防水已过 5 年但保修书约定 8 年（约定延保=是，2 张）；天元厂房给排水恰在竣工满 2 年当天受理
    （不超过）；已过保的防水、管道问题告知过保未维修（3 张）；业主自行装修损坏判为非保修责任未维修；外墙保温脱落
    23 小时 45 分上报；阳台玻璃栏板坠落 17 小时上报；采暖、结构裂缝、室外配套等制度不检查期限的部位按保修维修；
    6 月下旬的报修尚待查勘（保修判定“待查勘”，不算未履行保修）。
    """
    taken = set()
    clerks = distinct_names(rng, 3, taken)
    foremen = {t: distinct_names(rng, 2, taken) for t in
               ["宏宇防水工程公司", "本公司维修一班", "恒通水电安装队", "本公司维修二班", "佳美装饰公司", "甲方自修"]}
    sources = [("业主来电", 40), ("物业转单", 30), ("400热线", 15), ("微信报修", 10), ("建设单位转办", 5)]

    def base(project, part, t0, source=None):
        rep, acc, cert, ext = _L5_PROJECTS[project]
        source = source or pick(rng, sources)
        lag = {"物业转单": (2, 20), "建设单位转办": (4, 30)}.get(source, (0.05, 1.5))
        t_recv = _office(t0 + timedelta(hours=rng.uniform(*lag)), rng)
        c = Case()
        c["工单编号"] = None
        c["项目名称"] = project
        c["楼栋房号"] = (f"{rng.randint(1, 12)}#-{rng.randint(2, 28)}{rng.randint(1, 4):02d}"
                      if "厂房" not in project and "学校" not in project and "商务" not in project
                      else rng.choice(["教学楼", "综合楼", "1#车间", "办公区", "5层", "12层"]))
        c["报修人"] = person_name(rng) if "学校" not in project and "厂房" not in project else rng.choice(["后勤处", "行政部", "设备科"])
        c["联系电话"] = mobile(rng)
        c["报修来源"] = source
        c["报修时间"] = t0.replace(second=0, microsecond=0)
        c["受理时间"] = t_recv
        c["报修部位"] = part
        c["问题描述"] = rng.choice(_L5_TEXT[part])
        c["竣工报告提交日期"] = _d(rep)
        c["竣工验收日期"] = _d(acc)
        c["保修书编号"] = cert
        c["约定延保"] = "是" if (ext and part in ("屋面渗漏", "卫生间渗漏")) else "否"
        c["保修判定"] = "保修期内"
        c["派单时间"] = None
        c["维修单位"] = None
        c["维修负责人"] = None
        c["上门查勘时间"] = None
        c["维修完成时间"] = None
        c["处理结果"] = None
        c["业主确认"] = None
        c["回访时间"] = None
        c["回访满意度"] = None
        c["事故发生时间"] = None
        c["事故上报时间"] = None
        c["登记人"] = rng.choice(clerks)
        c["备注"] = ""
        return c

    def repair(c, team=None, done=True, result="已修复"):
        t = c["受理时间"]
        team = team or rng.choice(_L5_TEAMS[c["报修部位"]])
        c["派单时间"] = _office(t + timedelta(hours=rng.uniform(0.5, 20)), rng)
        c["维修单位"] = team
        c["维修负责人"] = rng.choice(foremen[team])
        c["上门查勘时间"] = _office(c["派单时间"] + timedelta(hours=rng.uniform(4, 60)), rng)
        if done:
            fin = _office(c["上门查勘时间"] + timedelta(hours=rng.uniform(2, 200)), rng)
            c["维修完成时间"] = fin
            c["处理结果"] = result
            c["业主确认"] = pick(rng, [("已签字", 85), ("未签", 10), ("拒签", 5)])
            visit = _cap(_office(fin + timedelta(days=rng.uniform(2, 8)), rng))
            c["回访时间"] = visit
            if visit:
                c["回访满意度"] = "不满意" if c["业主确认"] == "拒签" else pick(rng, [("满意", 70), ("基本满意", 25), ("不满意", 5)])
        return c

    def when(lo, hi):
        """A report time between two dates: owners call any day, 7:30-21:30."""
        d0, d1 = _d(lo), _d(hi)
        d = d0 + timedelta(days=rng.randint(0, (d1 - d0).days))
        return datetime(d.year, d.month, d.day, rng.randint(7, 21), rng.randint(0, 59))

    cases = []   # (case, injected rule or None)

    # normal warranty repairs, within the periods
    normal_pool = [
        ("东湖人才公寓", _L5_WATER + _L5_FIT + ["采暖系统"], 7),
        ("城北安置房B区", _L5_WATER + _L5_FIT + ["室外配套"], 6),
        ("翠湖花园", _L5_WATER + _L5_FIT, 4),
        ("天元产业园3#厂房", ["屋面渗漏", "外墙渗漏"], 2),
        ("锦绣华庭二期", _L5_WATER, 3),
        ("滨江实验学校", ["屋面渗漏", "卫生间渗漏"], 2),
    ]
    for project, parts, k in normal_pool:
        for _ in range(k):
            c = repair(base(project, rng.choice(parts), when("2025-01-03", "2025-06-10")))
            cases.append((c, None))

    # traps --------------------------------------------------------------------------------------------------
    for lo, hi, part in [("2025-01-06", "2025-03-20", "屋面渗漏"), ("2025-04-01", "2025-05-30", "卫生间渗漏")]:
        c = repair(base("锦绣华庭一期", part, when(lo, hi)), team="宏宇防水工程公司")
        c["备注"] = "保修书约定防水8年"
        cases.append((c, None))
    c = base("天元产业园3#厂房", "给排水管道", datetime(2025, 3, 15, 8, 40), source="业主来电")
    c["受理时间"] = datetime(2025, 3, 15, 9, 5)
    cases.append((repair(c, team="恒通水电安装队"), None))
    for project, part, lo, hi in [("金桥商务楼", "外墙渗漏", "2025-02-10", "2025-03-10"),
                                  ("锦绣华庭一期", "给排水管道", "2025-03-01", "2025-04-30"),
                                  ("锦绣华庭二期", "电气线路", "2025-04-10", "2025-05-20")]:
        c = base(project, part, when(lo, hi))
        c["保修判定"] = "已过保"
        c["派单时间"] = None
        c["上门查勘时间"] = _office(c["受理时间"] + timedelta(hours=rng.uniform(20, 50)), rng)
        c["维修单位"] = "本公司维修二班" if part != "外墙渗漏" else "宏宇防水工程公司"
        c["维修负责人"] = rng.choice(foremen[c["维修单位"]])
        c["处理结果"] = "过保不予保修"
        c["备注"] = "已告知业主超过保修期，可有偿维修"
        cases.append((c, None))
    c = base("翠湖花园", "装饰装修", when("2025-03-01", "2025-04-20"))
    c["保修判定"] = "非保修责任"
    c["上门查勘时间"] = _office(c["受理时间"] + timedelta(hours=rng.uniform(20, 50)), rng)
    c["维修单位"] = "佳美装饰公司"
    c["维修负责人"] = rng.choice(foremen["佳美装饰公司"])
    c["处理结果"] = "不予保修"
    c["备注"] = "业主二次装修拆改墙体造成开裂"
    cases.append((c, None))
    for project, part in [("锦绣华庭二期", "采暖系统"), ("锦绣华庭一期", "结构裂缝")]:
        cases.append((repair(base(project, part, when("2025-01-06", "2025-03-10"))), None))
    # accidents: 17 h and 23 h 45 min, both in time
    c = base("东湖人才公寓", "门窗", datetime(2025, 3, 18, 22, 55), source="物业转单")
    c["问题描述"] = "阳台玻璃栏板坠落至一楼花园，无人员受伤"
    c["事故发生时间"] = datetime(2025, 3, 18, 22, 40)
    c["事故上报时间"] = datetime(2025, 3, 19, 15, 40)
    cases.append((repair(c, team="佳美装饰公司"), None))
    c = base("城北安置房B区", "装饰装修", datetime(2025, 5, 30, 19, 20), source="物业转单")
    c["问题描述"] = "外墙保温层局部脱落砸坏停放车辆"
    c["事故发生时间"] = datetime(2025, 5, 30, 19, 5)
    c["事故上报时间"] = datetime(2025, 5, 31, 18, 50)
    cases.append((repair(c, team="本公司维修一班"), None))
    # late June, not yet surveyed
    for _ in range(3):
        project = rng.choice(["东湖人才公寓", "城北安置房B区", "翠湖花园"])
        c = base(project, rng.choice(_L5_WATER + _L5_FIT), when("2025-06-23", "2025-06-29"))
        c["保修判定"] = "待查勘"
        c["处理结果"] = "待派单"
        if rng.random() < 0.6 and _cap(_office(c["受理时间"] + timedelta(hours=3), rng)):
            c["派单时间"] = _office(c["受理时间"] + timedelta(hours=3), rng)
            c["维修单位"] = rng.choice(_L5_TEAMS[c["报修部位"]])
            c["维修负责人"] = rng.choice(foremen[c["维修单位"]])
            c["处理结果"] = "已派单"
        cases.append((c, None))

    # injections ---------------------------------------------------------------------------------------------
    for project, part in [("老街棚改一标段", "卫生间渗漏"), ("老街棚改一标段", "结构裂缝")]:
        c = repair(base(project, part, when("2025-02-10", "2025-05-10")))
        cases.append((c, "warranty_certificate_issued"))
    # the 老街 卫生间 one is also a waterproofing problem past 5 years repaired as warranty
    cases[-2] = (cases[-2][0], "warranty_certificate_issued+waterproofing_beyond_5_years")
    c = repair(base("金桥商务楼", "屋面渗漏", when("2025-03-01", "2025-05-15")), team="宏宇防水工程公司")
    cases.append((c, "waterproofing_beyond_5_years"))
    c = repair(base("锦绣华庭二期", "给排水管道", when("2025-02-01", "2025-04-30")), team="恒通水电安装队")
    cases.append((c, "pipes_fitout_beyond_2_years"))
    c = repair(base("滨江实验学校", "电气线路", when("2025-03-01", "2025-05-30")), team="本公司维修二班")
    cases.append((c, "pipes_fitout_beyond_2_years"))
    for project, part, note in [("城北安置房B区", "卫生间渗漏", "防水分包推诿，至今未安排维修"),
                                ("东湖人才公寓", "门窗", "窗型材厂家停产，材料未到")]:
        c = repair(base(project, part, when("2025-02-17", "2025-04-18")), done=False)
        c["处理结果"] = "待维修"
        c["备注"] = note
        cases.append((c, "warranty_duty"))
    for project, part in [("翠湖花园", "外墙渗漏"), ("东湖人才公寓", "给排水管道")]:
        c = repair(base(project, part, when("2025-02-20", "2025-05-20"), source="建设单位转办"), team="甲方自修")
        c["备注"] = "建设单位工程部自行维修，费用从保修金中扣除"
        cases.append((c, "warranty_by_contractor"))
    # accidents reported late / not at all
    c = base("城北安置房B区", "装饰装修", datetime(2025, 4, 26, 14, 35), source="物业转单")
    c["问题描述"] = "客厅吊顶整块坍塌，业主轻微擦伤"
    c["事故发生时间"] = datetime(2025, 4, 26, 14, 20)
    c["事故上报时间"] = datetime(2025, 4, 28, 9, 30)
    cases.append((repair(c, team="本公司维修一班"), "accident_report_24_hours"))
    c = base("翠湖花园", "装饰装修", datetime(2025, 6, 12, 10, 30), source="物业转单")
    c["问题描述"] = "楼梯间栏杆松脱，住户摔倒受伤"
    c["事故发生时间"] = datetime(2025, 6, 12, 10, 15)
    cases.append((repair(c, team="本公司维修一班"), "accident_report_24_hours"))
    # repair before the report: backfilled order after a night burst; month typed wrong
    c = repair(base("东湖人才公寓", "给排水管道", datetime(2025, 1, 21, 23, 10), source="400热线"), team="恒通水电安装队")
    c["报修时间"] = datetime(2025, 1, 22, 9, 15)
    c["受理时间"] = datetime(2025, 1, 22, 9, 20)
    c["派单时间"] = datetime(2025, 1, 22, 9, 25)
    c["上门查勘时间"] = datetime(2025, 1, 22, 9, 25)
    c["维修完成时间"] = datetime(2025, 1, 22, 1, 40)
    c["备注"] = "夜间爆管值班抢修，次日补录工单"
    cases.append((c, "complaint-warranty_repair"))
    c = repair(base("城北安置房B区", "电气线路", datetime(2025, 5, 13, 10, 5)), team="本公司维修二班")
    f = c["维修完成时间"]
    c["维修完成时间"] = f.replace(month=4)
    cases.append((c, "complaint-warranty_repair"))

    # order by report time and number the work orders
    rng.shuffle(cases)
    cases.sort(key=lambda ci: ci[0]["报修时间"])
    per_day = {}
    rows = []
    for c, inj in cases:
        d = c["报修时间"].date()
        per_day[d] = per_day.get(d, 0) + 1
        c["工单编号"] = f"WB{d:%y%m%d}{per_day[d]:02d}"
        rows.append((c, inj))
    dup = next(k for k in range(15, len(rows)) if rows[k][1] is None and rows[k - 1][1] is None
               and rows[k][0]["报修时间"].month == rows[k - 1][0]["报修时间"].month)
    rows[dup][0]["工单编号"] = rows[dup - 1][0]["工单编号"]
    rows[dup][0]["备注"] = (rows[dup][0]["备注"] + "；补录工单").lstrip("；")
    if injected is not None:
        injected += [(rows[dup][0]["工单编号"], "case_number (duplicate)")]
        for c, inj in rows:
            for r in (inj or "").split("+"):
                if r:
                    injected.append((c["工单编号"], r))

    out = []
    for c, _ in rows:
        for h, v in c.items():
            if isinstance(v, (datetime, date)):
                c[h] = _dot(v)
            elif v is None:
                c[h] = ""
        out.append(c)

    hand = {
        "procedure": "l5-construction-quality-regulation",
        "encoding": "gb18030",
        "columns": {
            "工单编号": "case_number",
            "报修时间": "complaint_at",
            "受理时间": "received_at",
            "报修部位": "component",
            "竣工报告提交日期": "submit_completion_report_at",
            "竣工验收日期": "completion_accepted_at",
            "保修书编号": "warranty_certificate",
            "约定延保": "warranty_agreed_longer",
            "保修判定": "within_warranty",
            "维修单位": "warranty_repair_by",
            "维修完成时间": "warranty_repair_at",
            "事故发生时间": "accident_at",
            "事故上报时间": "accident_report_at",
        },
        "values": {
            "component": {
                "屋面渗漏": "waterproofing", "卫生间渗漏": "waterproofing", "外墙渗漏": "waterproofing",
                "给排水管道": "pipes_installation_fitout", "电气线路": "pipes_installation_fitout",
                "装饰装修": "pipes_installation_fitout", "门窗": "pipes_installation_fitout",
                "采暖系统": "heating_cooling", "结构裂缝": "foundation_structure", "室外配套": "other",
            },
            "warranty_agreed_longer": {"是": "yes", "否": "no"},
            "within_warranty": {"保修期内": "yes", "已过保": "no", "非保修责任": "no", "待查勘": ""},
        },
        "roles": {
            "本公司维修一班": "contractor", "本公司维修二班": "contractor", "宏宇防水工程公司": "contractor",
            "恒通水电安装队": "contractor", "佳美装饰公司": "contractor", "甲方自修": "developer",
        },
    }
    return out, hand


# --- 129: S44, a plant's customer quality-complaint register -------------------------------------------------------

_S44_PRODUCTS = [
    ("PPR冷水管 dn25×2.8", ["管材端面有细微裂纹", "外径超差，与管件配合过松", "管材内壁有气泡"]),
    ("PPR热水管 dn32×5.4", ["打压试验时管材爆裂", "壁厚不足，实测低于标称值", "管材弯曲变形"]),
    ("PE100给水管 dn110", ["管材表面划痕深度超标", "熔接后焊口渗漏", "颜色不均、有黑点杂质"]),
    ("PVC-U排水管 dn110", ["管材脆裂，冬季施工时断裂", "承口尺寸偏小，无法插入"]),
    ("PPR等径三通 dn32", ["管件内螺纹滑丝", "热熔后管件开裂"]),
    ("PE电熔直通 dn160", ["电熔管件通电后不熔", "接线柱松动"]),
]
_S44_CUSTOMERS = ["华东建材经销部", "宏远水电安装工程公司", "城南自来水公司", "佳禾建材商行", "新城建设集团物资部",
                  "顺通管业（经销）", "鹏程房地产工程部", "明达消防工程公司", "安居水暖器材店", "恒信市政工程公司"]


def e129_s44_customer_quality_complaints(rng, injected=None):
    """129: S44 客户质量问题投诉处理流程 (2017-09-10) — 一家塑料管材厂客服部维护的 Excel“客户质量投诉台账”。

    客服部或销售部接到客户的质量投诉后登记一行，通知质检部与生产部，确认是否本公司产品问题，
    填《质量异常信息投诉单》交质检部，质检部出《质量异常信息反馈单》，同意退货的走《产品退货申请表》，
    退货后各部门复印存档，质检部跟踪到关闭。导出为 XLSX（导出脚本把工作表命名为“导出”），日期为 Excel 日期单元格
    （接收、通知、投诉单提交带时分，其余只有日期）。

    读制度之前按台账写下的表头：
    序号, 投诉编号, 接收时间, 接收部门, 接收人, 客户名称, 产品型号, 批次号, 数量, 问题描述, 通知质检/生产时间,
    现场确认日期, 确认结果, 投诉单提交时间, 质检责任人, 反馈单日期, 处理意见, 退货申请日期, 退货签字,
    退货完成日期, 存档部门, 跟踪状态, 关闭日期, 备注

    读过制度 YAML 后补的列：责任部门（造成问题的部门，不是办理部门）、投诉单填单部门、反馈单出具部门、
    退货申请部门、复印存档日期、最近跟踪日期。

    注入（规则 id: 个数）：
    - receive_by_customer_service_or_sales: 2（客户质量工程师直接找质检部，接收部门记为质检部）
    - complaint_form_by_customer_service: 1（投诉单由销售部填写）
    - countermeasure_by_quality_inspection: 1（反馈单由生产部出具）
    - return_request_by_customer_service: 1（退货申请由销售部填写）
    - complaint_form_for_own_issue: 2（确认为我司问题，没有投诉单）
    - countermeasure_form_before_close: 2（我司问题已关闭，没有反馈单）
    - follow_up_until_solved: 2（我司问题已关闭，没有跟踪记录）
    - return_request_before_return: 1（客户直接退回，没有退货申请）
    - return_form_archived: 2（退货完成并已关闭，没有复印存档日期）
    - investigate-complaint_form（CK106）: 1（投诉单早于现场确认）
    - complaint_form-countermeasure（CK106）: 1（反馈单日期早于投诉单）
    - return_request-process_return（CK106）: 1（先退货后补退货申请）
    - case_number（CK107）: 1（同一投诉登记了两次，沿用同一编号）
    共 18 项。
    陷阱：我司问题仍在跟踪、尚无反馈单（未关闭，不报）；已退货未关闭、尚未存档（不报）；退货申请与反馈单同一天；
    非我司问题由客户自行处理、没有任何单据即关闭；销售一部、销售二部接收；6 月底接收的投诉待确认。
    """
    taken = set()
    cs_staff = distinct_names(rng, 3, taken)
    sales_staff = {"销售一部": distinct_names(rng, 2, taken), "销售二部": distinct_names(rng, 2, taken)}
    qc_staff = distinct_names(rng, 3, taken)
    qc_dept_staff = distinct_names(rng, 1, taken)

    def at(d, lo=8, hi=17):
        return datetime(d.year, d.month, d.day, rng.randint(lo, hi), rng.randint(0, 59))

    def next_work(d, k):
        """k working days after date d (at least one day later when k >= 1)."""
        while k:
            d += timedelta(days=1)
            if workday(d):
                k -= 1
        return d

    def new_case(day, dept=None):
        product, problems = rng.choice(_S44_PRODUCTS)
        dept = dept or pick(rng, [("客服部", 60), ("销售一部", 20), ("销售二部", 20)])
        t0 = at(day)
        c = Case()
        c["序号"] = None
        c["投诉编号"] = None
        c["接收时间"] = t0
        c["接收部门"] = dept
        c["接收人"] = rng.choice(cs_staff) if dept == "客服部" else \
            (rng.choice(sales_staff[dept]) if dept in sales_staff else qc_dept_staff[0])
        c["客户名称"] = rng.choice(_S44_CUSTOMERS)
        c["产品型号"] = product
        c["批次号"] = f"{rng.choice(['A', 'B', 'C'])}{(day - timedelta(days=rng.randint(10, 90))):%y%m%d}-{rng.randint(1, 3)}"
        c["数量"] = rng.choice([20, 40, 50, 100, 200, 300, 500, 1000])
        c["问题描述"] = rng.choice(problems)
        c["通知质检/生产时间"] = t0 + timedelta(minutes=rng.randint(8, 120))
        for h in ["现场确认日期", "确认结果", "责任部门", "投诉单提交时间", "投诉单填单部门", "质检责任人", "反馈单日期",
                  "反馈单出具部门", "处理意见", "退货申请日期", "退货申请部门", "退货签字", "退货完成日期", "存档部门",
                  "复印存档日期", "最近跟踪日期", "跟踪状态", "关闭日期", "备注"]:
            c[h] = None
        return c

    def own(c, *, visit=True, opinion=None, done=True):
        """Our product's fault: site check, 投诉单, 反馈单, the opinion, return paperwork, follow-up and close."""
        d0 = c["接收时间"].date()
        if visit:
            c["现场确认日期"] = next_work(d0, rng.randint(1, 3))
            form_day = c["现场确认日期"] + timedelta(days=rng.randint(0, 1))
        else:
            form_day = next_work(d0, rng.randint(1, 2))
        while not workday(form_day):
            form_day += timedelta(days=1)
        c["确认结果"] = "我司问题"
        c["责任部门"] = pick(rng, [("生产部", 55), ("工艺技术部", 25), ("采购部", 10), ("成品库", 10)])
        c["投诉单提交时间"] = at(form_day, 9, 17)
        c["投诉单填单部门"] = "客服部"
        c["质检责任人"] = rng.choice(qc_staff)
        fb = next_work(form_day, rng.randint(1, 4))
        c["反馈单日期"] = fb
        c["反馈单出具部门"] = "质检部"
        c["处理意见"] = opinion or pick(rng, [("退货", 35), ("换货", 25), ("返工处理", 15), ("让步接收", 15), ("折价", 10)])
        last = fb
        if c["处理意见"] == "退货":
            c["退货申请日期"] = fb + timedelta(days=rng.randint(0, 2))
            c["退货申请部门"] = "客服部"
            c["退货签字"] = "已签齐"
            c["退货完成日期"] = next_work(c["退货申请日期"], rng.randint(2, 6))
            c["存档部门"] = "生产办/质检部/成品库/销售部/财务部"
            c["复印存档日期"] = c["退货完成日期"] + timedelta(days=rng.randint(0, 3))
            last = c["复印存档日期"]
        c["最近跟踪日期"] = next_work(max(fb, last), rng.randint(3, 12))
        c["关闭日期"] = c["最近跟踪日期"] + timedelta(days=rng.randint(0, 6)) if done else None
        c["跟踪状态"] = "已关闭" if done else "跟踪中"
        return c

    def not_ours(c):
        d0 = c["接收时间"].date()
        c["现场确认日期"] = next_work(d0, rng.randint(1, 3))
        c["确认结果"] = "非我司问题"
        c["处理意见"] = "客户自行处理"
        c["质检责任人"] = rng.choice(qc_staff)
        c["关闭日期"] = next_work(c["现场确认日期"], rng.randint(0, 2))
        c["跟踪状态"] = "已关闭"
        c["备注"] = rng.choice(["现场确认为安装时热熔温度过高", "运输装卸碰伤，非产品质量问题", "客户使用非配套管件",
                                "冬季露天堆放暴晒后受冻"])
        return c

    def day_between(lo, hi):
        d0, d1 = date.fromisoformat(lo), date.fromisoformat(hi)
        while True:
            d = d0 + timedelta(days=rng.randint(0, (d1 - d0).days))
            if workday(d):
                return d

    cases = []
    for _ in range(14):
        cases.append((own(new_case(day_between("2025-01-03", "2025-05-20")), visit=rng.random() < 0.7), None))
    for _ in range(7):
        cases.append((not_ours(new_case(day_between("2025-01-03", "2025-06-15"))), None))

    # traps
    c = own(new_case(day_between("2025-06-09", "2025-06-13")), done=False)
    c["反馈单日期"] = c["反馈单出具部门"] = c["处理意见"] = None
    c["退货申请日期"] = c["退货申请部门"] = c["退货签字"] = c["退货完成日期"] = c["存档部门"] = c["复印存档日期"] = None
    c["最近跟踪日期"] = None
    c["备注"] = "质检部与工艺技术部分析中"
    cases.append((c, None))
    c = own(new_case(day_between("2025-05-26", "2025-06-06")), opinion="退货", done=False)
    c["复印存档日期"] = c["存档部门"] = None
    c["最近跟踪日期"] = None
    c["备注"] = "退货已入成品库，待财务冲账"
    cases.append((c, None))
    c = own(new_case(day_between("2025-02-10", "2025-04-10"), dept="销售二部"), opinion="退货")
    c["退货申请日期"] = c["反馈单日期"]
    cases.append((c, None))
    for _ in range(2):
        c = new_case(day_between("2025-06-25", "2025-06-27"))
        c["确认结果"] = "待确认"
        c["质检责任人"] = rng.choice(qc_staff)
        c["跟踪状态"] = "待确认"
        cases.append((c, None))

    # injections
    for _ in range(2):
        c = own(new_case(day_between("2025-02-01", "2025-05-10"), dept="质检部"))
        c["备注"] = "客户质量工程师直接联系质检部"
        cases.append((c, "receive_by_customer_service_or_sales"))
    c = own(new_case(day_between("2025-01-10", "2025-05-10"), dept="销售一部"))
    c["投诉单填单部门"] = "销售部"
    cases.append((c, "complaint_form_by_customer_service"))
    c = own(new_case(day_between("2025-01-10", "2025-05-10")), opinion="返工处理")
    c["反馈单出具部门"] = "生产部"
    c["备注"] = "生产部直接安排返工"
    cases.append((c, "countermeasure_by_quality_inspection"))
    c = own(new_case(day_between("2025-01-10", "2025-05-10"), dept="销售二部"), opinion="退货")
    c["退货申请部门"] = "销售部"
    cases.append((c, "return_request_by_customer_service"))
    for _ in range(2):
        c = own(new_case(day_between("2025-01-10", "2025-05-10")), opinion=rng.choice(["换货", "折价"]))
        c["投诉单提交时间"] = c["投诉单填单部门"] = None
        c["备注"] = "电话沟通后直接处理"
        cases.append((c, "complaint_form_for_own_issue"))
    for _ in range(2):
        c = own(new_case(day_between("2025-01-10", "2025-05-10")), opinion="换货")
        c["反馈单日期"] = c["反馈单出具部门"] = None
        c["备注"] = "客服直接安排换货"
        cases.append((c, "countermeasure_form_before_close"))
    for _ in range(2):
        c = own(new_case(day_between("2025-01-10", "2025-05-10")), opinion=rng.choice(["让步接收", "返工处理"]))
        c["最近跟踪日期"] = None
        cases.append((c, "follow_up_until_solved"))
    c = own(new_case(day_between("2025-01-10", "2025-05-10")), opinion="退货")
    c["退货申请日期"] = c["退货申请部门"] = c["退货签字"] = None
    c["备注"] = "客户直接将货退回"
    cases.append((c, "return_request_before_return"))
    for _ in range(2):
        c = own(new_case(day_between("2025-01-10", "2025-05-10")), opinion="退货")
        c["复印存档日期"] = None
        c["存档部门"] = "质检部"
        cases.append((c, "return_form_archived"))
    c = own(new_case(day_between("2025-01-10", "2025-05-10")), visit=True)
    c["投诉单提交时间"] = at(c["现场确认日期"] - timedelta(days=1), 13, 17)
    c["投诉单提交时间"] = max(c["投诉单提交时间"], c["接收时间"] + timedelta(minutes=30))
    if c["投诉单提交时间"].date() >= c["现场确认日期"]:
        c["现场确认日期"] = c["投诉单提交时间"].date() + timedelta(days=1)
    cases.append((c, "investigate-complaint_form"))
    c = own(new_case(day_between("2025-01-10", "2025-05-10")), opinion="让步接收")
    c["反馈单日期"] = c["投诉单提交时间"].date() - timedelta(days=1)
    if c["现场确认日期"] and c["反馈单日期"] < c["现场确认日期"]:
        c["现场确认日期"] = None
    c["反馈单日期"] = max(c["反馈单日期"], c["接收时间"].date())
    cases.append((c, "complaint_form-countermeasure"))
    c = own(new_case(day_between("2025-01-10", "2025-05-10")), opinion="退货")
    c["退货申请日期"] = c["退货完成日期"] + timedelta(days=2)
    c["复印存档日期"] = c["退货申请日期"] + timedelta(days=1)
    c["备注"] = "先退货，后补退货申请表"
    cases.append((c, "return_request-process_return"))

    rng.shuffle(cases)
    cases.sort(key=lambda ci: ci[0]["接收时间"])
    for k, (c, _) in enumerate(cases, 1):
        c["序号"] = k
        c["投诉编号"] = f"KS2025-{k:03d}"
    dup = next(k for k in range(12, len(cases)) if cases[k][1] is None and cases[k - 1][1] is None
               and cases[k][0]["确认结果"] == "非我司问题")
    cases[dup][0]["投诉编号"] = cases[dup - 1][0]["投诉编号"]
    if injected is not None:
        injected += [(cases[dup][0]["投诉编号"], "case_number (duplicate)")]
        injected += [(c["投诉编号"], inj) for c, inj in cases if inj]
    rows = [c for c, _ in cases]

    hand = {
        "procedure": "s44-customer-quality-complaints-2017",
        "sheet": "导出",
        "columns": {
            "投诉编号": "case_number",
            "接收时间": "receive_at",
            "接收部门": "receive_by",
            "问题描述": "content",
            "现场确认日期": "investigate_at",
            "确认结果": "own_quality_issue",
            "投诉单提交时间": "complaint_form_at",
            "投诉单填单部门": "complaint_form_by",
            "反馈单日期": "countermeasure_at",
            "反馈单出具部门": "countermeasure_by",
            "处理意见": "return_approved",
            "退货申请日期": "return_request_at",
            "退货申请部门": "return_request_by",
            "退货完成日期": "process_return_at",
            "复印存档日期": "archive_return_at",
            "最近跟踪日期": "follow_up_at",
            "关闭日期": "closed_at",
        },
        "values": {
            "own_quality_issue": {"我司问题": True, "非我司问题": False, "待确认": ""},
            "return_approved": {"退货": True, "换货": False, "返工处理": False, "让步接收": False, "折价": False,
                                "客户自行处理": False},
        },
        "roles": {"客服部": "customer_service", "销售一部": "sales", "销售二部": "sales", "销售部": "sales",
                  "质检部": "quality_inspection", "生产部": "production"},
    }
    return rows, hand


EXPORTS = [
    ("128-l5-warranty-repair-orders.csv", "gb18030", e128_l5_warranty_repair_orders),
    ("129-s44-customer-quality-complaints.xlsx", "xlsx", e129_s44_customer_quality_complaints),
]
