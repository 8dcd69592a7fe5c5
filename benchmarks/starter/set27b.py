"""Starter-profile benchmark exports 156-157 (set 27b), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 156 157    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


# --- 156: L5, a general contractor's warranty (保修) work-order register -----------------------------------------

def _work(t, rng, start=8, end=18):
    """Move a time into the contractor's working hours (8:00-18:00 on working days), whole minutes."""
    t = t.replace(second=0, microsecond=0)
    if t.hour >= end:
        t = (t + timedelta(days=1)).replace(hour=start, minute=rng.randint(5, 55))
    elif t.hour < start:
        t = t.replace(hour=start, minute=rng.randint(5, 55))
    while not workday(t.date()):
        t = (t + timedelta(days=1)).replace(hour=start, minute=rng.randint(5, 55))
    return t


# the contractor's delivered projects: 竣工报告日期, 竣工验收日期, 竣工备案日期, 保修书编号, 保修期约定
_L5_PROJECTS = {
    "P1": ("锦绣华庭一期", "住宅", date(2019, 10, 8), date(2019, 11, 20), date(2019, 12, 2), "BXS-2019-031", "按国家最低期限"),
    "P2": ("滨江花园三期", "住宅", date(2019, 7, 2), date(2019, 8, 15), date(2019, 8, 27), "BXS-2019-018", "延长（防水10年）"),
    "P3": ("城南新苑", "住宅", date(2020, 5, 11), date(2020, 6, 18), date(2020, 6, 30), "BXS-2020-007", "按国家最低期限"),
    "P4": ("高新区科技园研发楼", "办公", date(2022, 11, 25), date(2022, 12, 28), date(2023, 1, 19), "BXS-2022-044", "按国家最低期限"),
    "P5": ("翠湖名邸", "住宅", date(2023, 6, 20), date(2023, 7, 26), date(2023, 8, 10), "BXS-2023-026", "按国家最低期限"),
    "P6": ("市第三中学教学楼", "学校", date(2024, 7, 15), date(2024, 8, 20), date(2024, 8, 30), "", "按国家最低期限"),
    "P7": ("悦澜湾二期", "住宅", date(2025, 5, 12), date(2025, 6, 20), None, "BXS-2025-009", "按国家最低期限"),
    "P8": ("汇金广场商业楼", "商业", date(2023, 2, 10), date(2023, 3, 15), date(2023, 3, 24), "BXS-2023-005", "按国家最低期限"),
    "P9": ("东湖公寓", "住宅", date(2021, 8, 3), date(2021, 9, 10), date(2021, 9, 22), "BXS-2021-022", "按国家最低期限"),
}

# 问题部位 -> (问题分类, 问题描述 choices, 责任单位)
_L5_PARTS = {
    "屋面": ("渗漏", ["顶层屋面雨后渗水，卧室顶棚有水渍", "屋面女儿墙根部渗漏", "露台下方房间顶板渗水"], "华防防水工程有限公司"),
    "卫生间": ("渗漏", ["卫生间地面渗水至楼下顶棚", "淋浴区墙根渗水，隔壁卧室墙面发霉", "卫生间管根渗漏"], "华防防水工程有限公司"),
    "外墙": ("渗漏", ["外墙窗边雨天渗水", "外墙渗水导致内墙乳胶漆起皮", "山墙面渗水"], "本公司"),
    "地下室": ("渗漏", ["地下车库顶板渗水", "地下室侧墙渗水", "储藏间墙面返潮渗水"], "华防防水工程有限公司"),
    "给排水管道": ("堵塞/漏水", ["厨房排水立管接口漏水", "给水管暗管渗漏", "排水管堵塞返水"], "鑫达水电安装有限公司"),
    "电气线路": ("电气故障", ["插座回路频繁跳闸", "入户配电箱漏电保护器跳闸", "灯具回路无电"], "鑫达水电安装有限公司"),
    "室内装修": ("空鼓脱落", ["客厅地砖空鼓", "墙面瓷砖空鼓脱落", "吊顶石膏板开裂"], "本公司"),
    "供暖系统": ("供暖不热", ["地暖分集水器漏水", "暖气片不热", "地暖局部不热"], "鑫达水电安装有限公司"),
    "主体结构": ("开裂", ["楼板出现贯通裂缝", "剪力墙斜向裂缝", "梁底裂缝"], "本公司"),
    "门窗": ("其他", ["铝合金窗关闭不严漏风", "入户门变形关不上", "窗扇五金件脱落"], "本公司"),
}


def e156_l5_contractor_warranty_orders(rng, injected=None):
    """L5 建设工程质量管理条例：一家施工总承包单位客服部的“保修工单台账”，由其房屋保修管理系统导出为 XLSX
    （工作表“导出”），日期时间是 Excel 日期单元格。总包对已交付的几个住宅、办公、学校、商业项目负责保修：业主、
    物业、建设单位报修后登记工单，判定是否在保修期内，派给自有维修班组或责任分包单位，上门查勘、维修，业主签字
    确认，客服回访。总包保修不力、建设单位另行委托维修的，班组一栏记“甲方另行委托”（费用从保修金扣）。

    按原文写下的表头（读制度 YAML 之前）：
    工单编号、项目名称、楼栋房号、报修来源（业主来电/物业转报/建设单位函告/400热线/微信公众号）、报修人、
    联系电话、报修时间、问题部位（屋面/卫生间/外墙/地下室/给排水管道/电气线路/供暖系统/主体结构/门窗/室内装修）、
    问题描述、问题分类（渗漏/开裂/堵塞/电气故障/供暖不热/空鼓脱落/其他）、竣工验收日期、保修判定（在保/过保/
    非保修范围）、责任单位、派单时间、维修班组、维修负责人、上门查勘时间、维修完成时间、维修结果、业主签字、
    回访时间、回访结果、是否赔偿、赔偿金额（元）、备注、录入人。

    读过制度 YAML 后补的列：受理时间（客服登记受理的时间，物业转报的晚于报修时间）、竣工报告日期、竣工备案日期
    （建设单位办理，总包项目档案中记录）、保修书编号、保修期约定（按国家最低期限/延长）、质量事故发生时间、
    事故上报住建局时间。这些都是系统从项目档案带到每张工单上的列，同一项目的各行相同（事故两列除外）。

    注入的违规（按审计规则计，共 16 项）：
    - CK104 filing_15_days ×3：高新区科技园研发楼竣工验收 2022-12-28，备案 2023-01-19（第 22 天），该项目 3 张工单；
    - CK101 warranty_certificate_issued ×2：市第三中学教学楼有竣工报告日期却没有保修书编号，该项目 2 张工单；
    - CK101 warranty_duty ×2：判定在保、受理已数月仍未维修（分包未进场、拖延）；
    - CK103 warranty_by_contractor ×2：在保问题由“甲方另行委托”维修；
    - CK105 waterproofing_beyond_5_years ×2：锦绣华庭一期（2019-11-20 验收）屋面渗漏、城南新苑（2020-06-18 验收）
      2025-06-20 受理的卫生间渗漏，都按最低期限却被判在保并维修；
    - CK105 pipes_fitout_beyond_2_years ×2：锦绣华庭一期给排水管道、科技园研发楼电气线路，已过 24 个月仍判在保并维修；
    - CK106 complaint-warranty_repair ×1：维修完成时间录错月份，早于报修时间；
    - CK104 accident_report_24_hours ×2：锦绣华庭一期雨篷混凝土块脱落事故 40 多小时后才报住建局；科技园研发楼吊顶
      脱落事故至导出时未上报。

    陷阱（不是违规）：
    - 滨江花园三期 2019 年验收、防水已过 5 年，但保修书约定防水 10 年（保修期约定“延长”），在保维修 4 张；
    - 城南新苑 2025-06-18 受理的屋面渗漏，恰在竣工验收满 60 个月当天（未超过）；
    - 汇金广场商业楼 2025-03-15 受理的给排水漏水，恰在验收满 24 个月当天，报修时间是前一晚；
    - 翠湖名邸 2023-07-26 验收、2023-08-10 备案，正好第 15 天；悦澜湾二期 2025-06-20 验收、导出时尚未备案，
      期限 7 月 5 日未到；其两张 6 月底工单待查勘、保修判定空白；
    - 翠湖名邸地下车库渗水致配电箱短路的事故，23 小时 10 分上报；
    - 过保、非保修范围的工单未维修（不违反保修义务）；主体结构、供暖系统的旧项目问题（条例的期限不按固定期间检查）；
    - 分包单位（防水、水电分包）维修的：分包单位也是施工单位，按总包履行保修义务计；
    - 责任单位一栏是造成问题的单位，不是维修者。
    """
    note = injected.append if injected is not None else (lambda item: None)
    clerks = distinct_names(rng, 3, set())
    taken = set(clerks)
    foremen = distinct_names(rng, 5, taken)
    crews = {"本公司": ["总包维修一班", "总包维修二班"],
             "华防防水工程有限公司": ["华防防水（分包）"],
             "鑫达水电安装有限公司": ["鑫达水电（分包）", "总包水电班"]}
    sources = [("业主来电", 5), ("物业转报", 6), ("400热线", 4), ("微信公众号", 3), ("建设单位函告", 1)]

    # (project, 问题部位, 报修 day, 保修判定, kind, extra) -- kind: done / undone / none / pending / developer
    plan = [
        ("P1", "屋面", date(2025, 2, 17), "在保", "done", "ck105_wp"),
        ("P1", "卫生间", date(2025, 3, 6), "过保", "none", None),
        ("P1", "给排水管道", date(2025, 4, 9), "在保", "done", "ck105_pipes"),
        ("P1", "主体结构", date(2025, 1, 13), "在保", "done", None),
        ("P1", "主体结构", date(2025, 3, 14), "在保", "done", "accident_late"),
        ("P1", "供暖系统", date(2025, 1, 6), "过保", "none", None),
        ("P2", "屋面", date(2025, 1, 21), "在保", "done", None),
        ("P2", "卫生间", date(2025, 3, 24), "在保", "done", None),
        ("P2", "外墙", date(2025, 5, 12), "在保", "done", None),
        ("P2", "地下室", date(2025, 6, 3), "在保", "done", None),
        ("P3", "屋面", date(2025, 6, 18), "在保", "done", "trap_60_months"),
        ("P3", "卫生间", date(2025, 6, 19), "在保", "done", "ck105_wp_late_receipt"),
        ("P3", "外墙", date(2025, 3, 11), "在保", "done", None),
        ("P3", "卫生间", date(2025, 2, 10), "在保", "undone", "duty"),
        ("P3", "电气线路", date(2025, 4, 15), "过保", "none", None),
        ("P4", "屋面", date(2025, 2, 25), "在保", "done", None),
        ("P4", "电气线路", date(2025, 3, 18), "在保", "done", "ck105_pipes"),
        ("P4", "室内装修", date(2025, 4, 22), "过保", "none", "accident_unreported"),
        ("P5", "卫生间", date(2025, 1, 8), "在保", "done", None),
        ("P5", "屋面", date(2025, 2, 26), "在保", "developer", "developer"),
        ("P5", "外墙", date(2025, 4, 2), "在保", "done", None),
        ("P5", "给排水管道", date(2025, 3, 3), "在保", "done", None),
        ("P5", "电气线路", date(2025, 5, 20), "在保", "done", None),
        ("P5", "地下室", date(2025, 6, 12), "在保", "done", "accident_ok"),
        ("P5", "室内装修", date(2025, 3, 27), "在保", "undone", "duty"),
        ("P5", "卫生间", date(2025, 4, 28), "非保修范围", "none", None),
        ("P6", "卫生间", date(2025, 3, 4), "在保", "done", "cert"),
        ("P6", "门窗", date(2025, 5, 7), "在保", "developer", "cert+developer"),
        ("P7", "卫生间", date(2025, 6, 26), "", "pending", None),
        ("P7", "门窗", date(2025, 6, 27), "", "pending", None),
        ("P8", "给排水管道", date(2025, 3, 14), "在保", "done", "trap_24_months"),
        ("P8", "给排水管道", date(2025, 4, 23), "过保", "none", None),
        ("P8", "屋面", date(2025, 4, 8), "在保", "done", "ck106"),
        ("P9", "屋面", date(2025, 1, 16), "在保", "done", None),
        ("P9", "外墙", date(2025, 5, 26), "在保", "done", None),
        ("P9", "供暖系统", date(2025, 2, 19), "在保", "done", None),
        ("P9", "给排水管道", date(2025, 2, 5), "过保", "none", None),
        ("P9", "卫生间", date(2025, 6, 9), "非保修范围", "none", None),
    ]

    cases = []
    for proj, part, day, judged, kind, extra in plan:
        name, ptype, report, accepted, filed, cert, agreed = _L5_PROJECTS[proj]
        cls, descs, resp = _L5_PARTS[part]
        if proj == "P4" and part == "电气线路":
            resp = "鑫达水电安装有限公司"
        source = pick(rng, sources)
        if extra == "trap_24_months":
            source = "物业转报"
        reported = datetime.combine(day, datetime.min.time()) + timedelta(hours=rng.uniform(7.5, 20.5))
        reported = reported.replace(second=0, microsecond=0)
        if extra == "trap_24_months":
            reported = reported.replace(hour=19, minute=42)
        if extra in ("trap_60_months", "ck105_wp_late_receipt"):
            reported = reported.replace(hour=rng.randint(9, 11))
        if source == "物业转报":
            received = _work(reported + timedelta(hours=rng.uniform(2, 20)), rng)
        else:
            received = _work(reported + timedelta(minutes=rng.randint(3, 90)), rng)
        if extra == "ck105_wp_late_receipt":      # owner wrote on WeChat on 6/19 evening, registered next morning
            reported = reported.replace(hour=21, minute=8)
            received = datetime(2025, 6, 20, 8, 37)
        if extra == "trap_60_months":
            received = reported + timedelta(minutes=rng.randint(5, 40))
        if extra == "trap_24_months":                 # Friday-evening call via the property office, Saturday duty clerk
            received = datetime(2025, 3, 15, 9, 10)
        if extra == "accident_late":
            reported, received = datetime(2025, 3, 14, 16, 45), datetime(2025, 3, 14, 16, 52)
        elif extra == "accident_unreported":
            reported, received = datetime(2025, 4, 22, 10, 40), datetime(2025, 4, 22, 10, 48)
        elif extra == "accident_ok":
            reported, received = datetime(2025, 6, 12, 21, 55), datetime(2025, 6, 13, 8, 10)
        if proj == "P6":
            room = f"{rng.choice(['教学楼', '实验楼'])}{rng.randint(1, 5)}层"
        elif ptype in ("办公", "商业"):
            room = f"{rng.randint(1, 12)}F-{rng.randint(1, 20):02d}室"
        else:
            room = f"{rng.randint(1, 18)}#楼{rng.randint(1, 3)}单元{rng.randint(2, 28)}{rng.randint(1, 4):02d}"
        if part in ("屋面",) and ptype == "住宅":
            room = f"{rng.randint(1, 18)}#楼顶层"
        reporter = "物业客服" if source == "物业转报" else ("甲方工程部" if source == "建设单位函告" else person_name(rng))
        c = Case()
        c["工单编号"] = None
        c["项目名称"] = name
        c["楼栋房号"] = room
        c["报修来源"] = source
        c["报修人"] = reporter if source != "物业转报" else person_name(rng)
        c["联系电话"] = mobile(rng)
        c["报修时间"] = reported
        c["受理时间"] = received
        c["问题部位"] = part
        c["问题描述"] = rng.choice(descs)
        c["问题分类"] = cls
        c["竣工报告日期"] = report
        c["竣工验收日期"] = accepted
        c["竣工备案日期"] = filed
        c["保修书编号"] = cert
        c["保修期约定"] = agreed
        c["保修判定"] = judged
        c["责任单位"] = resp
        dispatch = survey = done = None
        crew = foreman = result = signed = revisit = revisit_result = None
        comp, amount, remark = "否", None, ""
        if kind != "pending":
            survey = _work(received + timedelta(hours=rng.uniform(4, 60)), rng)
        else:
            survey = None
        if kind in ("done", "undone", "developer"):
            dispatch = _work(received + timedelta(hours=rng.uniform(0.5, 20)), rng)
            survey = _work(dispatch + timedelta(hours=rng.uniform(2, 48)), rng)
            crew = rng.choice(crews[resp])
            foreman = rng.choice(foremen)
        if kind == "done":
            done = _work(survey + timedelta(days=rng.uniform(1, 12)), rng)
            result = "已修复"
            signed = "已签"
            revisit = _work(done + timedelta(days=rng.uniform(2, 8)), rng)
            revisit_result = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)])
        elif kind == "undone":
            result = "维修中" if extra == "duty" and part == "室内装修" else "待维修"
            remark = "分包防水单位未进场，已发催告函" if part == "卫生间" else "材料未到，工期未定"
        elif kind == "developer":
            crew = "甲方另行委托"
            foreman = ""
            done = _work(survey + timedelta(days=rng.uniform(10, 25)), rng)
            result = "已修复"
            signed = "已签"
            remark = "总包逾期未修，建设单位另行委托维修，费用从保修金扣除"
        elif kind == "none":
            if judged == "过保":
                result = rng.choice(["过保，已出具有偿维修报价", "过保，建议业主联系物业有偿维修"])
            else:
                result = "非保修范围（业主装修破坏防水层）"
            signed = ""
        elif kind == "pending":
            result = "待查勘"
            dispatch = _work(received + timedelta(hours=rng.uniform(1, 6)), rng)
            crew = rng.choice(crews[resp])
            foreman = rng.choice(foremen)
        if done is not None and done > CUTOFF:
            done = _work(CUTOFF - timedelta(days=1), rng)
        if revisit is not None and revisit > CUTOFF:
            revisit, revisit_result = None, None

        accident_at = accident_report = None
        if extra == "accident_late":
            c["问题描述"] = "单元入口雨篷混凝土块脱落，砸坏业主车辆，无人员伤亡"
            c["问题分类"] = "开裂"
            accident_at = datetime(2025, 3, 14, 16, 20)
            accident_report = datetime(2025, 3, 16, 10, 5)
            comp, amount = "是", 8600
            remark = "周末未及时上报住建局"
            note((name, "CK104 accident_report_24_hours"))
        elif extra == "accident_unreported":
            c["问题描述"] = "二层会议室吊顶石膏板整块脱落，砸伤一名员工"
            c["问题分类"] = "空鼓脱落"
            accident_at = datetime(2025, 4, 22, 10, 15)
            remark = "使用单位已自行维修；事故未上报"
            note((name, "CK104 accident_report_24_hours"))
        elif extra == "accident_ok":
            c["问题描述"] = "地下车库顶板渗水，配电箱进水短路起火，已扑灭"
            accident_at = datetime(2025, 6, 12, 21, 40)
            accident_report = datetime(2025, 6, 13, 20, 50)
            remark = "已报区住建局"
        if extra == "ck106":
            done = c["受理时间"] + timedelta(days=5)
            done = _work(done, rng).replace(month=done.month - 1)       # typed March for April
            remark = "完成时间录入有误"
        c["派单时间"] = dispatch
        c["维修班组"] = crew
        c["维修负责人"] = foreman
        c["上门查勘时间"] = survey
        c["维修完成时间"] = done
        c["维修结果"] = result
        c["业主签字"] = signed
        c["回访时间"] = revisit
        c["回访结果"] = revisit_result
        c["是否赔偿"] = comp
        c["赔偿金额（元）"] = amount
        c["质量事故发生时间"] = accident_at
        c["事故上报住建局时间"] = accident_report
        c["备注"] = remark
        c["录入人"] = rng.choice(clerks)
        if proj == "P4":
            note((name, "CK104 filing_15_days"))
        if proj == "P6":
            note((name, "CK101 warranty_certificate_issued"))
        if kind == "undone":
            note((name, "CK101 warranty_duty"))
        if kind == "developer":
            note((name, "CK103 warranty_by_contractor"))
        if extra in ("ck105_wp", "ck105_wp_late_receipt"):
            note((name, "CK105 waterproofing_beyond_5_years"))
        if extra == "ck105_pipes":
            note((name, "CK105 pipes_fitout_beyond_2_years"))
        if extra == "ck106":
            note((name, "CK106 complaint-warranty_repair"))
        cases.append(c)

    cases.sort(key=lambda c: c["报修时间"])
    per_month = {}
    for c in cases:
        m = c["报修时间"].strftime("%y%m")
        per_month[m] = per_month.get(m, 0) + 1
        c["工单编号"] = f"BX{m}-{per_month[m]:04d}"
    rows = cases

    hand = {
        "procedure": "l5-construction-quality-regulation",
        "sheet": "导出",
        "columns": {
            "工单编号": "case_number",
            "报修时间": "complaint_at",
            "受理时间": "received_at",
            "问题部位": "component",
            "竣工报告日期": "submit_completion_report_at",
            "竣工验收日期": "completion_accepted_at",
            "竣工备案日期": "filing_at",
            "保修书编号": "warranty_certificate",
            "保修期约定": "warranty_agreed_longer",
            "保修判定": "within_warranty",
            "维修班组": "warranty_repair_by",
            "维修完成时间": "warranty_repair_at",
            "质量事故发生时间": "accident_at",
            "事故上报住建局时间": "accident_report_at",
        },
        "values": {
            "component": {
                "屋面": "waterproofing", "卫生间": "waterproofing", "外墙": "waterproofing", "地下室": "waterproofing",
                "给排水管道": "pipes_installation_fitout", "电气线路": "pipes_installation_fitout",
                "室内装修": "pipes_installation_fitout", "供暖系统": "heating_cooling",
                "主体结构": "foundation_structure", "门窗": "other",
            },
            "warranty_agreed_longer": {"按国家最低期限": "no", "延长（防水10年）": "yes"},
            "within_warranty": {"在保": "yes", "过保": "no", "非保修范围": "no"},
        },
        "roles": {
            "总包维修一班": "contractor", "总包维修二班": "contractor", "总包水电班": "contractor",
            "华防防水（分包）": "contractor", "鑫达水电（分包）": "contractor",
            "甲方另行委托": "developer",
        },
    }
    return rows, hand


# --- 157: S2, 旺迪電器 after-sales service desk (客服系統) --------------------------------------------------------

def _tw(t):
    """2025/03/04 09:12 -- the service system's own spelling."""
    return "" if t is None else t.strftime("%Y/%m/%d %H:%M")


def _desk(t, rng):
    """The service desk works 8:30-20:30 every day (hotline shifts); a later time moves to the next morning."""
    t = t.replace(second=0, microsecond=0)
    if t.hour >= 20 and t.minute > 30 or t.hour >= 21:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(30, 59))
    elif t.hour < 8 or (t.hour == 8 and t.minute < 30):
        t = t.replace(hour=8, minute=rng.randint(30, 59))
    return t


_S2_PRODUCTS = ["WD-KFR35GW 分體空調", "WD-XQB80 波輪洗衣機", "WD-BCD256 雙門冰箱", "WD-JSQ20 燃氣熱水器",
                "WD-CXW218 抽油煙機", "WD-DG15 電熱水器"]

_S2_TEXT = {
    "諮詢": ["詢問空調遙控器設置方法", "詢問延保服務價格", "詢問熱水器安裝尺寸", "詢問冰箱除霜方式"],
    "意見建議": ["建議洗衣機增加童鎖提示音", "建議官網增加安裝預約進度查詢", "建議油煙機說明書加大字體", "建議增加夜間熱線"],
    "客戶投訴": ["安裝師傅遲到兩小時且態度差", "維修後一週再次故障", "上門收費與報價不符", "熱線等候時間過長"],
    "市場投訴": ["同批次熱水器點火困難，經銷商反映多起", "某區域冰箱門封條批量變形", "空調外機異響，門店集中退貨"],
    "報修": ["空調不製冷", "洗衣機脫水異響", "冰箱冷藏室結冰", "熱水器打不著火", "油煙機吸力弱"],
}


def e157_s2_wangdi_service_records(rng, injected=None):
    """S2 旺迪電器 售後服務管理制度：旺迪電器客服中心的“客服系統”服務單導出（CSV，UTF-8 帶 BOM，繁體字），
    日期寫作 2025/03/04 09:12。客服中心經熱線、官網、郵箱等渠道接收客戶諮詢、意見、投訴和市場投訴，登記服務單，
    第一時間回覆客戶，處理完結案；重點客戶納入關懷計劃並回訪；客戶意見建議轉相關部門；客戶資料歸檔更新。
    部門 2025 年 4 月 1 日起由“售後服務部”更名為“客服中心”，系統中兩種寫法並存（同一部門）。

    按原文写下的表头（读制度 YAML 之前）：
    服務單號、登錄時間、來源（熱線/官網/郵箱/經銷商轉報/門店）、客戶姓名、聯絡電話、客戶類別（一般客戶/重點客戶/
    經銷商）、產品型號、服務類型（諮詢/意見建議/客戶投訴/市場投訴/報修）、內容摘要、受理人、首次回覆時間、
    處理結果、結案時間、回訪時間、回訪人、滿意度（非常滿意/滿意/一般/不滿意）、轉交部門（品管部/研發部/業務部/
    生產部）、轉交時間、資料歸檔（已歸檔/未歸檔）、備註。

    读过制度 YAML 后补的列：受理部門（受理人所屬部門，系統自動帶出）、處理部門、轉交人（把意見轉給相關部門的人；
    “轉交部門”是收到意見的部門）。回訪人、轉交人記人名。

    注入的違規（按審計規則計，共 11 項）：
    - CK103 after_sales_collects ×3：服務單由業務部（2）、門市部（1）登記受理；
    - CK103 after_sales_handles ×3：市場投訴由品管部直接處理結案；
    - CK103 after_sales_revisits ×2：回訪由業務員做；
    - CK103 after_sales_feeds_back ×2：業務員把客戶建議直接轉給研發部；
    - CK107 case_number ×1：一張服務單因系統遷移重複匯入（兩行同號，審計報 1 項）。

    陷阱（不是違規）：
    - “售後服務部”與“客服中心”是同一部門更名前後的寫法；
    - 經銷商轉報、門市來源的單，仍由客服中心受理；
    - 轉交部門是品管部、研發部的，轉交人是客服專員（收到意見的部門不是反饋者）；
    - 諮詢單沒有處理部門以外的後續、很多單沒有回訪和轉交（制度不要求每單回訪、轉交）；
    - 導出時仍在處理中的單沒有結案、回訪。
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken = set()
    cs = distinct_names(rng, 5, taken)
    sales = distinct_names(rng, 3, taken)
    qa = distinct_names(rng, 2, taken)
    store = distinct_names(rng, 1, taken)

    def dept(t):
        return "售後服務部" if t < datetime(2025, 4, 1) else "客服中心"

    kinds = [("報修", 12), ("客戶投訴", 8), ("諮詢", 6), ("意見建議", 5), ("市場投訴", 4)]
    sources = {"報修": [("熱線", 6), ("官網", 2), ("經銷商轉報", 1), ("門市", 1)],
               "客戶投訴": [("熱線", 5), ("郵箱", 2), ("官網", 2), ("經銷商轉報", 1)],
               "諮詢": [("熱線", 5), ("官網", 2)],
               "意見建議": [("郵箱", 3), ("官網", 3), ("熱線", 1)],
               "市場投訴": [("經銷商轉報", 3), ("門市", 1)]}
    n = 36
    starts = sorted(datetime(2025, 1, 2, 8, 30) + timedelta(minutes=rng.randint(0, 177 * 24 * 60)) for _ in range(n))
    type_list = [pick(rng, kinds) for _ in range(n)]
    # make sure the kinds the injections need are there
    for i, k in [(3, "市場投訴"), (11, "市場投訴"), (20, "市場投訴"), (27, "市場投訴"),
                 (5, "意見建議"), (14, "意見建議"), (22, "意見建議"), (30, "意見建議"),
                 (2, "客戶投訴"), (9, "客戶投訴"), (17, "客戶投訴")]:
        type_list[i] = k
    inj_collect = {2: "業務部", 9: "業務部", 17: "門市部"}
    inj_handle = {3, 11, 20}
    inj_feedback = {14, 30}
    inj_revisit = set()

    rows = []
    per_day = {}
    for i, (t0, kind) in enumerate(zip(starts, type_list)):
        t0 = _desk(t0, rng)
        key = t0.strftime("%y%m%d")
        per_day[key] = per_day.get(key, 0) + 1
        c = Case()
        c["服務單號"] = f"FW{key}{per_day[key]:03d}"
        c["登錄時間"] = _tw(t0)
        src = pick(rng, sources[kind])
        if i in inj_collect:
            src = "經銷商轉報" if inj_collect[i] == "業務部" else "門市"
        c["來源"] = src
        c["客戶姓名"] = person_name(rng) if src not in ("經銷商轉報",) or kind != "市場投訴" else \
            rng.choice(["順達家電城", "百匯電器行", "新城家電專營店"])
        c["聯絡電話"] = mobile(rng)
        c["客戶類別"] = "經銷商" if kind == "市場投訴" else pick(rng, [("一般客戶", 8), ("重點客戶", 2)])
        c["產品型號"] = "" if kind == "意見建議" and rng.random() < 0.5 else rng.choice(_S2_PRODUCTS)
        c["服務類型"] = kind
        c["內容摘要"] = rng.choice(_S2_TEXT[kind])
        if i in inj_collect:
            c["受理人"] = rng.choice(sales) if inj_collect[i] == "業務部" else store[0]
            c["受理部門"] = inj_collect[i]
        else:
            c["受理人"] = rng.choice(cs)
            c["受理部門"] = dept(t0)
        first = _desk(t0 + timedelta(minutes=rng.randint(5, 240)), rng)
        c["首次回覆時間"] = _tw(first)
        # handling
        days = {"諮詢": (0, 0.2), "意見建議": (1, 6), "客戶投訴": (1, 10), "報修": (1, 8), "市場投訴": (5, 25)}[kind]
        close = _desk(first + timedelta(days=rng.uniform(*days)), rng)
        if kind == "諮詢":
            close = first
        still_open = close > CUTOFF or (t0 > datetime(2025, 6, 20) and kind != "諮詢" and rng.random() < 0.6)
        if i in inj_handle:
            c["處理部門"] = "品管部"
            c["處理結果"] = "品管部批次排查後更換配件，已結案"
            note((c["服務單號"], "CK103 after_sales_handles"))
        else:
            c["處理部門"] = dept(close if not still_open else t0)
            c["處理結果"] = {"諮詢": "已電話解答", "意見建議": "已記錄並感謝客戶", "客戶投訴": "已致歉並補償",
                             "報修": "已派工維修完畢", "市場投訴": "已更換批次配件"}[kind]
        if still_open:
            c["處理結果"] = "處理中"
            c["結案時間"] = ""
        else:
            c["結案時間"] = _tw(close)
        # revisit
        revisit = None
        if not still_open and kind in ("報修", "客戶投訴", "市場投訴"):
            if c["客戶類別"] == "重點客戶" or rng.random() < 0.7:
                revisit = _desk(close + timedelta(days=rng.uniform(1, 7)), rng)
                if revisit > CUTOFF:
                    revisit = None
        if revisit is not None:
            c["回訪時間"] = _tw(revisit)
            c["回訪人"] = rng.choice(cs)
            c["滿意度"] = pick(rng, [("非常滿意", 4), ("滿意", 5), ("一般", 2), ("不滿意", 1)])
        else:
            c["回訪時間"] = c["回訪人"] = c["滿意度"] = ""
        # feedback to related departments
        fb = None
        if kind == "意見建議" or kind == "市場投訴" or (kind == "客戶投訴" and rng.random() < 0.4):
            fb = _desk(t0 + timedelta(days=rng.uniform(0.2, 3)), rng)
            if fb > CUTOFF:
                fb = None
        if fb is not None:
            c["轉交部門"] = {"意見建議": rng.choice(["研發部", "研發部", "業務部"]), "市場投訴": "品管部",
                             "客戶投訴": rng.choice(["品管部", "業務部", "生產部"])}[kind]
            if i in inj_feedback:
                c["轉交部門"] = "研發部"
                c["轉交人"] = rng.choice(sales)
                note((c["服務單號"], "CK103 after_sales_feeds_back"))
            else:
                c["轉交人"] = rng.choice(cs)
            c["轉交時間"] = _tw(fb)
        else:
            c["轉交部門"] = c["轉交人"] = c["轉交時間"] = ""
        c["資料歸檔"] = "未歸檔" if still_open else pick(rng, [("已歸檔", 9), ("未歸檔", 1)])
        c["備註"] = ""
        if i in inj_collect:
            c["備註"] = "業務員代客戶登記" if inj_collect[i] == "業務部" else "門市店員登記"
            note((c["服務單號"], "CK103 after_sales_collects"))
        rows.append(c)

    # two revisits made by the sales reps themselves (after the repair they called their own customers)
    for i, c in enumerate(rows):
        if len(inj_revisit) < 2 and i > 7 and c["服務類型"] == "報修" and c["回訪人"] and i not in inj_collect:
            c["回訪人"] = rng.choice(sales)
            inj_revisit.add(i)
            note((c["服務單號"], "CK103 after_sales_revisits"))

    # one ticket imported twice when the old system was migrated
    dup = Case(rows[7])
    dup["備註"] = "系統遷移重複匯入"
    rows.insert(8, dup)
    note((dup["服務單號"], "CK107 case_number"))

    hand = {
        "procedure": "s2-wangdi-after-sales-service",
        "encoding": "utf-8-sig",
        "columns": {
            "服務單號": "case_number",
            "登錄時間": "collect_at",
            "受理部門": "collect_by",
            "結案時間": "handle_at",
            "處理部門": "handle_by",
            "回訪時間": "revisit_at",
            "回訪人": "revisit_by",
            "轉交時間": "feedback_at",
            "轉交人": "feedback_by",
        },
        "roles": {
            "售後服務部": "after_sales", "客服中心": "after_sales",
            "業務部": "related_departments", "門市部": "related_departments", "品管部": "related_departments",
            **{name: "after_sales" for name in cs},
            **{name: "related_departments" for name in sales},
        },
    }
    return rows, hand


EXPORTS = [
    ("156-l5-contractor-warranty-orders.xlsx", "xlsx", e156_l5_contractor_warranty_orders),
    ("157-s2-wangdi-service-records.csv", "utf-8-sig", e157_s2_wangdi_service_records),
]
