"""Starter-profile benchmark exports 86-87 (set 15b), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 86 87    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, distinct_names, pick, mobile as _mobile, person_name as _name, nth_workday_after, workday


CUTOFF = datetime(2025, 6, 30, 17, 30)   # the exports were taken on 30 June 2025 after work; later steps have not happened


def _dot(d):
    """The bureau's ledger spelling: 2025.3.4 (no leading zeros, no time)."""
    return f"{d.year}.{d.month}.{d.day}" if d else ""


# --- 86: S31, a district construction bureau's quality-complaint register ---------------------------------------------

def e86_s31_district_register(rng, injected=None):
    """镇江市润州区住房和城乡建设局 “建设工程质量投诉登记台账”（局 OA 信访投诉模块导出，UTF-8 带 BOM 的 CSV），按 S31《建筑工程质量投诉处理暂行办法》（镇江）审计。
    日期写法：只记日期，点分、不补零：2025.3.4。
    来源：直接受理 / 12345平台转办 / 区信访局转办 / 市住建局交办（后三种是上级或政府批转、交办的，“交办单号”有值）；
    投诉方式：来访 / 来电 / 来信 / 电子邮件 / 局长信箱（局长信箱是局网站上的电子信箱，按电子邮件）。
    承办单位：区质监站（区住建局确定的投诉处理机构，按 complaint_office）、区住建局质安科（district_authority）、
    市质监站（市交办件会同办理，complaint_office）。
    读过制度 YAML 后补的列：投诉日期（投诉人来信 / 来电 / 向 12345 反映的日期，与登记日期分开；complain_at），
    首次向开发商报修日期（原来只想记“是否已与开发商协商”，制度要求的是先行联系的记录，改为日期；contact_developer_at），
    开发商处理情况（拒不维修 / 拖延未修 / 维修不到位 / 已修复，developer_fulfilled_warranty），
    回复单位（report_back_by，原有“回复交办单位日期”即 report_back_at）。
    注入（13 项）：登记编号重复 1 对（同一来访件登记两次）；没有向开发商报修的记录 3 件；开发商处理情况填“待核实”1 件（不在选项中）；
    投诉方式填“微信”1 件（不在选项中）；批转 / 交办件已办结却没有回复交办单位 2 件；12345 件由开发商直接回复平台 1 件（回复单位=建设单位）；
    承办单位写“建设单位”（转开发商自行处理）2 件；向开发商报修日期晚于投诉日期 1 件；登记日期早于投诉日期 1 件（录错）。
    陷阱（不是违规）：报修与投诉同一天；开发商“已修复”投诉人仍来投诉（对维修质量不满）；批转件尚在办理、还没有回复；
    直接受理件办结后没有“回复交办单位”；批转件办理中先作阶段性回复；承办单位为区住建局质安科或市质监站；在建工程没有竣工验收日期；
    6 月下旬登记、尚未办结的件。
    """
    n = 58
    taken: set = set()
    handlers = distinct_names(rng, 5, taken)        # 区质监站投诉组 4 人 + 质安科 1 人
    clerks = distinct_names(rng, 2, taken)          # 登记人（信访窗口）
    projects = [
        ("金山湖畔花园二期", "镇江润城置业有限公司", "江苏润扬建设集团有限公司", "房屋建筑", date(2023, 11, 20)),
        ("南徐云庭", "镇江南徐房地产开发有限公司", "中建八局第三建设有限公司", "房屋建筑", date(2024, 6, 28)),
        ("官塘桥安置小区三期", "镇江市润州区城市建设投资有限公司", "镇江市第一建筑工程有限公司", "房屋建筑", date(2022, 12, 15)),
        ("润扬名都", "江苏金港房地产开发有限公司", "江苏华建建设股份有限公司", "房屋建筑", date(2021, 9, 30)),
        ("宝塔路商业综合体", "镇江宝华商业管理有限公司", "南通四建集团有限公司", "房屋建筑", None),
        ("西津渡历史街区立面改造", "镇江文旅产业集团有限公司", "镇江古建园林工程有限公司", "建筑装饰装修", date(2024, 4, 18)),
        ("蒋乔幼儿园新建工程", "镇江市润州区教育局", "镇江市第一建筑工程有限公司", "房屋建筑", None),
        ("和平路小区老旧改造（二标段）", "镇江市润州区城市建设投资有限公司", "江苏润扬建设集团有限公司", "建筑装饰装修", date(2024, 10, 25)),
        ("长江路滨江绿地配套用房", "镇江城市建设产业集团有限公司", "中铁二十四局集团有限公司", "土木工程", date(2023, 5, 10)),
        ("檀山府", "镇江檀山置业有限公司", "江苏江都建设集团有限公司", "房屋建筑", date(2024, 12, 26)),
    ]
    problems = [("渗漏", ["卫生间楼板渗水到楼下", "外墙窗边渗水，墙面发霉", "屋面防水层破损，顶层漏雨", "地下车库顶板渗漏"]),
                ("裂缝", ["客厅顶板出现贯通裂缝", "外墙保温层开裂脱落", "楼梯间墙体斜裂缝"]),
                ("空鼓", ["地坪大面积空鼓", "卫生间墙砖空鼓脱落"]),
                ("门窗", ["铝合金窗关闭不严，雨天进水", "入户门变形无法关闭"]),
                ("水电安装", ["排水管倒坡返水", "配电箱漏电开关频繁跳闸"]),
                ("其他", ["公共部位栏杆高度不足", "室内净高与图纸不符"])]
    refer_src = {"12345平台转办": "12345", "区信访局转办": "RZXF", "市住建局交办": "SZJ"}

    # accept days: distinct working days spread over January-June
    pool = [date(2025, 1, 2) + timedelta(days=k) for k in range(177)]
    days = sorted(rng.sample([x for x in pool if workday(x)], n))

    sources = [pick(rng, [("直接受理", 58), ("12345平台转办", 26), ("区信访局转办", 8), ("市住建局交办", 8)]) for _ in range(n)]
    slots = list(range(2, n - 6))
    rng.shuffle(slots)
    referred_closed = [i for i in slots if sources[i] != "直接受理" and days[i] < date(2025, 5, 10)]
    direct = [i for i in slots if sources[i] == "直接受理"]
    no_report = referred_closed[:2]
    report_by_dev = referred_closed[2:3]
    trap_interim = referred_closed[3:4]
    busy = set(no_report + report_by_dev + trap_interim)
    rest = [i for i in slots if i not in busy]
    no_contact = rest[:3]
    bad_warranty = rest[3:4]
    bad_channel = [i for i in rest[4:] if sources[i] == "直接受理"][:1]
    busy |= set(no_contact + bad_warranty + bad_channel)
    rest = [i for i in rest if i not in busy]
    accept_dev = rest[:2]
    contact_late = rest[2:3]
    accept_early = [i for i in rest[3:] if sources[i] == "直接受理"][:1]
    busy |= set(accept_dev + contact_late + accept_early)
    rest = [i for i in rest if i not in busy]
    trap_same_day = rest[:2]
    trap_fixed = rest[2:4]
    # the repeated number: a 来访 registered twice (next row copies the number), both ordinary cases
    dup_src = next(k for k in range(10, n - 8) if k not in busy and k + 1 not in busy
                   and k not in trap_same_day + trap_fixed and k + 1 not in trap_same_day + trap_fixed)
    dup_dst = dup_src + 1
    sources[dup_src] = sources[dup_dst] = "直接受理"

    rows = []
    for i in range(n):
        acc = days[i]
        src = sources[i]
        if i == dup_dst:
            acc = days[dup_src]
        if src == "直接受理":
            channel = pick(rng, [("来访", 45), ("来电", 25), ("来信", 12), ("电子邮件", 6), ("局长信箱", 12)])
        else:
            channel = "来电" if src == "12345平台转办" else pick(rng, [("来信", 6), ("来访", 4)])
        if i == dup_dst:
            channel = "来访"
        if i in bad_channel:
            channel = "微信"
        if src != "直接受理":
            complain = acc - timedelta(days=rng.randint(1, 5))
        elif channel == "来信":
            complain = acc - timedelta(days=rng.randint(2, 6))
        elif channel in ("电子邮件", "局长信箱"):
            complain = acc - timedelta(days=rng.randint(0, 2))
        else:
            complain = acc
        if i in accept_early:                   # 登记日期录错，早于投诉日期
            complain = acc + timedelta(days=rng.randint(2, 5))
        proj, developer, builder, kind, completed = rng.choice(projects)
        span = 90 if not completed else max(6, min(90, (complain - completed).days - 3))
        contact = complain - timedelta(days=rng.randint(6, span))
        if i in trap_same_day:
            contact = complain
        if i in contact_late:
            contact = complain + timedelta(days=rng.randint(3, 10))
        if i in no_contact:
            contact = None
        stage = "保修期内" if completed else "在建"
        cat, descs = rng.choice(problems)
        dev_status = pick(rng, [("拒不维修", 30), ("拖延未修", 40), ("维修不到位", 30)])
        if i in trap_fixed:
            dev_status = "已修复"
        if i in bad_warranty:
            dev_status = "待核实"
        accept_by = pick(rng, [("区质监站", 72), ("区住建局质安科", 18), ("市质监站", 40 if src == "市住建局交办" else 1)])
        if i in accept_dev:
            accept_by = "建设单位"
        handler = handlers[4] if accept_by == "区住建局质安科" else rng.choice(handlers[:4])
        survey = nth_workday_after(acc, rng.randint(1, 6))
        limit = survey + timedelta(days=rng.choice([15, 20, 30]))
        closed = nth_workday_after(acc, rng.randint(10, 40))
        if i in no_report + report_by_dev:
            closed = min(closed, date(2025, 6, 20))
        if closed > CUTOFF.date():
            closed = None
        if survey > CUTOFF.date():
            survey = limit = None
        report = report_by = None
        if src != "直接受理":
            if closed:
                report = max(acc, closed - timedelta(days=rng.randint(0, 2)))
            elif i in trap_interim or rng.random() < 0.25:
                report = nth_workday_after(acc, rng.randint(3, 8))
                if report > CUTOFF.date():
                    report = None
            if i in trap_interim:                # interim reply while still being handled
                closed = None
                report = nth_workday_after(acc, 5)
            if report:
                report_by = "区质监站" if accept_by != "市质监站" else "市质监站"
            if i in no_report:
                report = report_by = None
            if i in report_by_dev:
                report_by = "建设单位"
        opinion = "" if not survey else rng.choice(["责成建设单位限期维修", "督促施工单位返修并组织复查", "组织双方现场调解，达成维修协议",
                                                    "委托检测机构检测后按结论处理", "责成建设单位出具维修方案"])
        if accept_by == "建设单位":
            opinion = "转建设单位自行处理"
        row = Case()
        row["序号"] = i + 1
        row["登记编号"] = f"润建质投（{acc.year}）{i + 1:03d}号"
        row["投诉日期"] = _dot(complain)
        row["登记日期"] = _dot(acc)
        row["登记人"] = rng.choice(clerks)
        row["投诉方式"] = channel
        row["来源"] = src
        row["交办单号"] = "" if src == "直接受理" else f"{refer_src[src]}{acc:%Y%m%d}{rng.randint(100, 999)}"
        row["投诉人"] = _name(rng) + rng.choice(["", "", "（业主代表）"])
        row["联系电话"] = _mobile(rng)
        row["项目名称"] = proj
        row["楼栋房号"] = f"{rng.randint(1, 18)}幢{rng.randint(1, 3)}单元{rng.randint(1, 26)}0{rng.randint(1, 4)}室" \
            if kind == "房屋建筑" and "幼儿园" not in proj and "综合体" not in proj else rng.choice(["", "公共部位"])
        row["建设单位"] = developer
        row["施工单位"] = builder
        row["工程类别"] = kind
        row["工程状态"] = stage
        row["竣工验收日期"] = _dot(completed)
        row["问题类别"] = cat
        row["主要问题"] = rng.choice(descs)
        row["首次向开发商报修日期"] = _dot(contact)
        row["开发商处理情况"] = dev_status
        row["承办单位"] = accept_by
        row["承办人"] = handler if accept_by != "建设单位" else ""
        row["现场勘查日期"] = _dot(survey) if accept_by != "建设单位" else ""
        row["处理意见"] = opinion
        row["整改期限"] = _dot(limit) if accept_by != "建设单位" else ""
        row["办结日期"] = _dot(closed)
        row["回复交办单位日期"] = _dot(report)
        row["回复单位"] = report_by or ""
        row["投诉人评价"] = pick(rng, [("满意", 45), ("基本满意", 35), ("不满意", 20)]) if closed else ""
        row["备注"] = pick(rng, [("", 80), ("已电话回访", 10), ("投诉人要求书面答复", 6), ("重复来访", 4)])
        rows.append(row)
    rows[dup_dst]["登记编号"] = rows[dup_src]["登记编号"]
    rows[dup_dst]["备注"] = "同一来访件重复登记"
    if injected is not None:
        num = lambda i: rows[i]["登记编号"]  # noqa: E731
        injected += [(num(dup_dst), "duplicate")]
        injected += [(num(i), "no_contact_developer") for i in no_contact]
        injected += [(num(i), "warranty_value") for i in bad_warranty]
        injected += [(num(i), "channel_value") for i in bad_channel]
        injected += [(num(i), "no_report_back") for i in no_report]
        injected += [(num(i), "report_back_by_developer") for i in report_by_dev]
        injected += [(num(i), "accepted_by_developer") for i in accept_dev]
        injected += [(num(i), "contact_after_complaint") for i in contact_late]
        injected += [(num(i), "accepted_before_complaint") for i in accept_early]

    hand = {
        "procedure": "s31-zhenjiang-building-quality-complaints",
        "columns": {
            "登记编号": "case_number",
            "投诉日期": "complain_at",
            "登记日期": "accept_at",
            "承办单位": "accept_by",
            "投诉方式": "channel",
            "首次向开发商报修日期": "contact_developer_at",
            "开发商处理情况": "developer_fulfilled_warranty",
            "来源": "referred_by_superior",
            "回复交办单位日期": "report_back_at",
            "回复单位": "report_back_by",
            "办结日期": "closed_at",
        },
        "values": {
            "channel": {"来访": "visit", "来电": "phone", "来信": "letter", "电子邮件": "email", "局长信箱": "email"},
            "developer_fulfilled_warranty": {"拒不维修": "no", "拖延未修": "no", "维修不到位": "no", "已修复": "yes"},
            "referred_by_superior": {"直接受理": "no", "12345平台转办": "yes", "区信访局转办": "yes", "市住建局交办": "yes"},
        },
        "roles": {"区质监站": "complaint_office", "市质监站": "complaint_office", "区住建局质安科": "district_authority",
                  "建设单位": "developer"},
    }
    return rows, hand


# --- 87: S35, an auto-parts maker's customer quality-complaint tracking workbook ------------------------------------

def _at(d, rng, lo=8, hi=17):
    """A time of day in office hours on date/datetime d."""
    d = d if isinstance(d, datetime) else datetime(d.year, d.month, d.day)
    return d.replace(hour=rng.randint(lo, hi - 1), minute=rng.randint(0, 59), second=0, microsecond=0)


def _office(t):
    """Moves a time outside office hours (8:00-18:00) to the next morning."""
    if t.hour < 8:
        return t.replace(hour=8 + t.hour % 3)
    if t.hour >= 18:
        return (t + timedelta(days=1)).replace(hour=8 + t.hour % 3)
    return t


def _month_end(d):
    nxt = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return nxt - timedelta(days=1)


def e87_s35_parts_tracking(rng, injected=None):
    """浙江瑞驰汽车部件有限公司 品质部“客户质量投诉跟踪表”（XLSX，日期时间都是真正的日期单元格），按 S35《产品质量投诉处理流程》审计。
    客户：国内主机厂（市场部反馈）和海外客户（外贸部反馈，带 VMI 仓库）。责任事业部：转向事业部 / 制动事业部 / 总成事业部。
    产品阶段：新品 / 新品前三批 / 量产（量产即成熟批量产品）；问题类型：批量 / 单件 / 零星（单件、零星都是非批量）。
    “分析牵头人”写员工姓名：组织架构表上三人分别是技术部经理、质量总监、品质部经理（见 hand 的 roles；审计人员向综合部核对过）。
    从原文先写下的列：投诉编号、客户、反馈渠道、产品图号/名称、产品阶段、问题类型、问题描述、不良数量、责任事业部、信息接收时间、
    事件公示时间、分析牵头人、原因分析完成、质量总监审核、总经理批准、措施公示时间、措施导入日期、一次/二次/三次验证、
    客户二次投诉、二次投诉接收时间、二次投诉公示时间、协调费用、客户罚款、费用发生日期、费用报品质部日期、罚款票据、培训日期、状态。
    读过制度 YAML 后补的列：批复下发品质部（品质部接到总经理批准的整改报告的时间，措施公示 1 小时的起点）、一次/二次/三次验证公示、
    一次/二次/三次评审记录、验证有效确认、验证记录-日期/验证人/产品/措施落实/数量/改进效果/部门评价、培训记录备案、罚款单日期、
    费用附件、批量报废、应急方案协商/应急方案批准/外贸回复客户/VMI挑选回复/挑选情况通报/补货生产安排/补货发运。
    注入（15 项）：事件公示超过 1 小时 1 件；分析牵头人不对 2 件（新品由品质部经理牵头、量产零星问题由技术部经理牵头）；
    新品前三批的报告没有质量总监审核 1 件；措施公示超过 1 小时 1 件；一次验证在措施导入一周后 1 件；二次验证距一次验证超过一个月 1 件；
    二次验证结果公示超过 1 小时 1 件；一次验证后没有评审记录 1 件；只做一次验证就判定有效并培训（没有二次、三次验证）1 件；
    客户二次投诉公示超过 1 小时 1 件；费用次月才报品质部 1 件；协调费用没有附件 1 件；客户未提供罚款票据又没有填罚款单 1 件；
    批量报废的应急方案未经总经理批准外贸部就回复客户 1 件。
    陷阱（不是违规）：公示在 50-59 分钟之间；量产批量问题没有质量总监审核（质量总监本人牵头）；二次验证距一次验证 28 天；
    客户提供了罚款票据、没有罚款单；月末发生、当月最后一天报品质部的费用；批量问题但没有报废、没有应急流程；
    客户二次投诉为“否”、没有公示；6 月接到、尚在验证中的件（一次验证后未满一个月）。
    """
    n = 50
    taken: set = set()
    tech_mgr, q_director, q_mgr = distinct_names(rng, 3, taken)
    inspectors = distinct_names(rng, 4, taken)
    units = {"转向事业部": [("RC-ZX-3312", "转向节总成"), ("RC-ZX-2108", "转向横拉杆"), ("RC-ZX-4420", "转向器支架")],
             "制动事业部": [("RC-ZD-1506", "制动卡钳"), ("RC-ZD-1733", "制动盘"), ("RC-ZD-2051", "驻车制动拉索")],
             "总成事业部": [("RC-ZC-0907", "前悬架总成"), ("RC-ZC-1128", "后桥总成"), ("RC-ZC-0615", "轮毂单元")]}
    domestic = ["吉利汽车（宁波杭州湾）", "奇瑞汽车（芜湖）", "上汽通用五菱", "长城汽车（平湖）", "零跑汽车（金华）"]
    overseas = ["AutoNova GmbH", "Maxwell Parts Ltd.", "Sanyo Buhin Co., Ltd.", "Rodar Autopeças Ltda."]
    issues = ["装配尺寸超差，无法装车", "表面锈蚀", "螺纹滑牙", "异响", "焊缝气孔", "涂层脱落", "漏装防尘罩", "标签与实物不符",
              "硬度不合格", "包装破损导致磕碰"]
    reviews = ["评审：措施有效，继续跟踪", "评审：首件合格，巡检频次提高至每2小时", "评审：需补充作业指导书，纳入下次验证",
               "评审：效果稳定，修订控制计划", "评审：检具需重新校准，列入下次验证"]

    pool = [datetime(2025, 1, 6) + timedelta(days=k) for k in range(165)]
    recv_days = sorted(rng.sample(pool, n))
    stages = [pick(rng, [("新品", 18), ("新品前三批", 18), ("量产", 64)]) for _ in range(n)]
    kinds = ["批量" if stages[i] == "量产" and rng.random() < 0.4 else pick(rng, [("单件", 5), ("零星", 5)])
             for i in range(n)]
    for i in range(n):
        if stages[i] != "量产" and rng.random() < 0.25:
            kinds[i] = "批量"

    early = [i for i in range(n) if recv_days[i] < datetime(2025, 3, 25)]
    mid = [i for i in range(n) if datetime(2025, 3, 25) <= recv_days[i] < datetime(2025, 4, 25)]
    rng.shuffle(early)
    rng.shuffle(mid)
    busy: set = set()

    def take(cands, k, cond=lambda i: True):
        out = [i for i in cands if i not in busy and cond(i)][:k]
        busy.update(out)
        return out

    scrap = take(early, 3, lambda i: stages[i] == "量产" and kinds[i] == "批量")      # normal emergency chains
    no_emg_approval = take(early, 1, lambda i: stages[i] == "量产" and kinds[i] == "批量")
    late_event = take(early + mid, 1)
    bad_lead_new = take(early + mid, 1, lambda i: stages[i] in ("新品", "新品前三批"))
    bad_lead_mature = take(early + mid, 1, lambda i: stages[i] == "量产" and kinds[i] != "批量")
    no_director = take(early + mid, 1, lambda i: stages[i] == "新品前三批")
    late_measures = take(early + mid, 1)
    late_v1 = take(early, 1)
    late_v2 = take(early, 1)
    late_pv2 = take(early, 1)
    no_review1 = take(early + mid, 1)
    late_refb = take(early + mid, 1)
    cost_late = take(early + mid, 1)
    no_attach = take(early + mid, 1)
    no_slip = take(early + mid, 1)
    trap_v2_28 = take(early, 1)
    trap_receipt = take(early + mid, 1)
    trap_monthend = take(early + mid, 1)
    trap_refb_ok = take(early + mid, 2)
    # only one verification, then judged effective and trained: a case received in the second half of May
    may = [i for i in range(n) if datetime(2025, 5, 15) <= recv_days[i] < datetime(2025, 5, 28)]
    one_verify = take(may, 1)
    assert all([scrap, no_emg_approval, late_event, bad_lead_new, bad_lead_mature, no_director, late_measures, late_v1,
                late_v2, late_pv2, no_review1, late_refb, cost_late, no_attach, no_slip, one_verify]), "no slot"
    for i in scrap + no_emg_approval:
        kinds[i] = "批量"

    chain = ["receive", "post_event", "analyse", "director", "gm", "report_in", "post_measures", "implement",
             "v1", "pv1", "v2", "pv2", "v3", "pv3", "effective", "training", "filed"]
    rows = []
    for i in range(n):
        unit = rng.choice(list(units))
        part, pname = rng.choice(units[unit])
        export = i in scrap + no_emg_approval or rng.random() < 0.3
        stage, kind = stages[i], kinds[i]
        T: dict = {}
        T["receive"] = _at(recv_days[i], rng, 8, 17)
        T["post_event"] = T["receive"] + timedelta(minutes=rng.randint(12, 55))
        if i in late_event:
            T["post_event"] = T["receive"] + timedelta(minutes=rng.randint(85, 110))
        T["analyse"] = _at(T["receive"] + timedelta(days=rng.randint(1, 3)), rng)
        if stage == "量产" and kind == "批量":
            lead = q_director
            T["director"] = None
            T["gm"] = _office(T["analyse"] + timedelta(hours=rng.randint(3, 44), minutes=rng.randint(0, 59)))
        else:
            lead = tech_mgr if stage != "量产" else q_mgr
            T["director"] = _office(T["analyse"] + timedelta(hours=rng.randint(2, 26), minutes=rng.randint(0, 59)))
            T["gm"] = _at(T["director"] + timedelta(days=rng.randint(1, 2)), rng, 8, 12)
        if i in bad_lead_new:
            lead = q_mgr
        if i in bad_lead_mature:
            lead = tech_mgr
        if i in no_director:
            T["director"] = None
        T["report_in"] = T["gm"] + timedelta(minutes=rng.randint(40, 300))
        T["post_measures"] = T["report_in"] + timedelta(minutes=rng.randint(10, 55))
        if i in late_measures:
            T["post_measures"] = T["report_in"] + timedelta(minutes=rng.randint(140, 200))
        T["implement"] = _at(T["report_in"] + timedelta(days=rng.randint(1, 3)), rng)
        T["v1"] = _at(T["implement"] + timedelta(days=rng.randint(2, 6)), rng, 9, 16)
        if i in late_v1:
            T["v1"] = _at(T["implement"] + timedelta(days=rng.randint(9, 12)), rng, 9, 16)
        T["pv1"] = T["v1"] + timedelta(minutes=rng.randint(10, 55))
        T["v2"] = _at(T["v1"] + timedelta(days=rng.randint(14, 26)), rng, 9, 16)
        if i in trap_v2_28:
            T["v2"] = _at(T["v1"] + timedelta(days=28), rng, 9, 16)
        if i in late_v2:
            T["v2"] = _at(T["v1"] + timedelta(days=rng.randint(34, 40)), rng, 9, 16)
        T["pv2"] = T["v2"] + timedelta(minutes=rng.randint(10, 55))
        if i in late_pv2:
            T["pv2"] = T["v2"] + timedelta(minutes=rng.randint(150, 300))
        T["v3"] = _at(T["v2"] + timedelta(days=rng.randint(14, 26)), rng, 9, 16)
        T["pv3"] = T["v3"] + timedelta(minutes=rng.randint(10, 55))
        T["effective"] = _at(T["v3"] + timedelta(days=rng.randint(0, 2)), rng, 13, 17)
        if i in one_verify:
            T["v1"] = max(T["v1"], datetime(2025, 6, 3, 10, 0))
            T["implement"] = max(T["implement"], T["v1"] - timedelta(days=4))
            T["pv1"] = T["v1"] + timedelta(minutes=rng.randint(10, 55))
            T["v2"] = T["pv2"] = T["v3"] = T["pv3"] = None
            T["effective"] = _at(T["v1"] + timedelta(days=2), rng, 13, 17)
        T["training"] = _at(T["effective"] + timedelta(days=rng.randint(2, 6)), rng)
        T["filed"] = _at(T["training"] + timedelta(days=rng.randint(1, 3)), rng)
        # the export was taken on 30 June: the first step not yet done, and everything after it, is blank
        for k, key in enumerate(chain):
            if T.get(key) and T[key] > CUTOFF:
                for later_key in chain[k:]:
                    T[later_key] = None
                break
        # a posting not yet made means its event is also after the export (postings follow within the hour)
        for ev, post in (("report_in", "post_measures"), ("v1", "pv1"), ("v2", "pv2"), ("v3", "pv3")):
            if T[ev] and not T[post]:
                T[ev] = None
        if T["implement"] and not T["report_in"]:
            T["implement"] = None
        if not T["implement"]:
            for key in chain[chain.index("v1"):]:
                T[key] = None
        if not (T["effective"] and T["training"] and T["filed"]):     # effective, records, training and filing go together
            T["effective"] = T["training"] = T["filed"] = None
        if T["v1"] and not T["v2"] and not T["v3"] and T["effective"] and i not in one_verify:
            T["effective"] = T["training"] = T["filed"] = None

        # customer's second complaint
        refb = post_refb = None
        again = "否"
        if (i in late_refb + trap_refb_ok or rng.random() < 0.08) and T["gm"]:
            refb = _at(T["gm"] + timedelta(days=rng.randint(3, 20)), rng, 8, 16)
            post_refb = refb + timedelta(minutes=rng.randint(15, 58) if i not in trap_refb_ok else rng.randint(50, 59))
            if i in late_refb:
                post_refb = refb + timedelta(minutes=rng.randint(150, 240))
            if post_refb > CUTOFF:
                refb = post_refb = None
            else:
                again = "是"

        # coordination costs and customer fines (dates only)
        cost = fine = incurred = receipt = slip = fed = attach = None
        if i in cost_late + no_attach + no_slip + trap_receipt + trap_monthend or rng.random() < 0.18:
            incurred = (T["receive"] + timedelta(days=rng.randint(3, 18))).date()
            if i in cost_late + trap_monthend:
                incurred = _month_end(incurred) - timedelta(days=rng.randint(1, 3))
            if incurred <= date(2025, 6, 25):
                cost = rng.choice([800, 1200, 1500, 2600, 3800, 5000])
                if i in no_slip + trap_receipt or rng.random() < 0.5:
                    fine = rng.choice([2000, 5000, 10000, 20000])
                    receipt = "未提供" if i in no_slip or (i not in trap_receipt and rng.random() < 0.5) else "已提供"
                fed = min(incurred + timedelta(days=rng.randint(0, 5)), _month_end(incurred))
                if i in trap_monthend:
                    fed = _month_end(incurred)
                if i in cost_late:
                    fed = _month_end(incurred) + timedelta(days=rng.randint(2, 6))
                if receipt == "未提供" and i not in no_slip:
                    slip = incurred + timedelta(days=rng.randint(0, (fed - incurred).days))
                attach = "" if i in no_attach else rng.choice(["问题信息+处理结果+费用使用明细.pdf", "附件：问题信息、处理结果、费用使用情况",
                                                              "协调费用说明（含处理结果）.docx"])
            else:
                incurred = None

        # batch scrap: emergency handling (export customers, VMI warehouse abroad)
        scrapped = "是" if i in scrap + no_emg_approval else ("否" if kind == "批量" else "")
        E = dict.fromkeys(["plan", "approve", "reply", "vmi", "sel_fb", "prod", "ship"])
        if scrapped == "是":
            t = _at(T["receive"] + timedelta(days=1), rng, 9, 12)
            for key in E:
                E[key] = t
                t = t + timedelta(hours=rng.randint(4, 30))
            if i in no_emg_approval:
                E["approve"] = None

        # a case is closed once training is filed; before that it is open at one step or another
        if T["filed"]:
            status = "已关闭"
        elif T["v1"]:
            status = "验证中"
        elif T["gm"]:
            status = "措施实施中"
        else:
            status = "分析中"

        record = bool(T["effective"])
        row = Case()
        row["投诉编号"] = f"KS{T['receive']:%y%m}-{i + 1:03d}"
        row["客户"] = rng.choice(overseas if export else domestic)
        row["反馈渠道"] = "外贸部" if export else "市场部"
        row["产品图号"] = part
        row["产品名称"] = pname
        row["产品阶段"] = stage
        row["问题类型"] = kind
        row["问题描述"] = rng.choice(issues)
        row["不良数量"] = rng.randint(300, 4000) if kind == "批量" else rng.randint(1, 40)
        row["责任事业部"] = unit
        row["信息接收时间"] = T["receive"]
        row["事件公示时间"] = T["post_event"]
        row["分析牵头人"] = lead
        row["原因分析完成"] = T["analyse"]
        row["质量总监审核"] = T["director"]
        row["总经理批准"] = T["gm"]
        row["批复下发品质部"] = T["report_in"]
        row["措施公示时间"] = T["post_measures"]
        row["措施导入日期"] = T["implement"]
        for k, name in ((1, "一次"), (2, "二次"), (3, "三次")):
            row[f"{name}验证"] = T[f"v{k}"]
            row[f"{name}验证公示"] = T[f"pv{k}"]
            row[f"{name}评审记录"] = rng.choice(reviews) if T[f"v{k}"] else None
        if i in no_review1:
            row["一次评审记录"] = None
        row["验证有效确认"] = T["effective"]
        row["验证记录-日期"] = T["effective"].replace(hour=0, minute=0) if record else None
        row["验证记录-验证人"] = rng.choice(inspectors) if record else None
        row["验证记录-产品"] = f"{pname} {part}" if record else None
        row["验证记录-措施落实"] = rng.choice(["各项措施已按报告落实", "工装已更换，作业指导书已修订", "来料全检措施已执行"]) if record else None
        row["验证记录-数量"] = rng.choice([200, 500, 800, 1000, 1500]) if record else None
        row["验证记录-改进效果"] = rng.choice(["连续三批未再发生", "不良率由2.1%降至0.1%", "客户端未再反馈同类问题"]) if record else None
        row["验证记录-部门评价"] = rng.choice(["技术部、生产部确认有效", "评审组评价：有效", "生产部确认措施可长期执行"]) if record else None
        row["培训日期"] = T["training"]
        row["培训记录备案"] = T["filed"]
        row["客户二次投诉"] = again
        row["二次投诉接收时间"] = refb
        row["二次投诉公示时间"] = post_refb
        row["协调费用"] = cost
        row["客户罚款"] = fine
        row["费用发生日期"] = datetime(incurred.year, incurred.month, incurred.day) if incurred else None
        row["罚款票据"] = receipt
        row["罚款单日期"] = datetime(slip.year, slip.month, slip.day) if slip else None
        row["费用报品质部日期"] = datetime(fed.year, fed.month, fed.day) if fed else None
        row["费用附件"] = attach
        row["批量报废"] = scrapped
        row["应急方案协商"] = E["plan"]
        row["应急方案批准"] = E["approve"]
        row["外贸回复客户"] = E["reply"]
        row["VMI挑选回复"] = E["vmi"]
        row["挑选情况通报"] = E["sel_fb"]
        row["补货生产安排"] = E["prod"]
        row["补货发运"] = E["ship"]
        row["状态"] = status
        rows.append(row)
    if injected is not None:
        num = lambda i: rows[i]["投诉编号"]  # noqa: E731
        for what, idx in (("post_event_late", late_event), ("lead_new_by_quality_manager", bad_lead_new),
                          ("lead_mature_non_batch_by_tech_manager", bad_lead_mature), ("no_director_review", no_director),
                          ("post_measures_late", late_measures), ("first_verification_late", late_v1),
                          ("second_verification_late", late_v2), ("post_verify_2_late", late_pv2),
                          ("no_review_record_1", no_review1), ("only_one_verification", one_verify),
                          ("post_refeedback_late", late_refb), ("cost_next_month", cost_late),
                          ("no_cost_attachment", no_attach), ("no_fine_slip", no_slip),
                          ("emergency_reply_without_approval", no_emg_approval)):
            injected += [(num(i), what) for i in idx]

    hand = {
        "procedure": "s35-product-quality-complaint-flow",
        "columns": {
            "投诉编号": "case_number",
            "产品名称": "product",
            "产品阶段": "product_stage",
            "问题类型": "batch_issue",
            "信息接收时间": "receive_feedback_at",
            "事件公示时间": "post_event_at",
            "分析牵头人": "analyse_by",
            "原因分析完成": "analyse_at",
            "质量总监审核": "director_review_at",
            "总经理批准": "gm_approve_at",
            "批复下发品质部": "receive_approved_report_at",
            "措施公示时间": "post_measures_at",
            "措施导入日期": "implement_at",
            "一次验证": "verify_1_at",
            "一次验证公示": "post_verify_1_at",
            "一次评审记录": "review_record_1",
            "二次验证": "verify_2_at",
            "二次验证公示": "post_verify_2_at",
            "二次评审记录": "review_record_2",
            "三次验证": "verify_3_at",
            "三次验证公示": "post_verify_3_at",
            "三次评审记录": "review_record_3",
            "验证有效确认": "verification_effective_at",
            "验证记录-日期": "verified_at",
            "验证记录-验证人": "verifier",
            "验证记录-产品": "verified_product",
            "验证记录-措施落实": "measures_implementation",
            "验证记录-数量": "verified_quantity",
            "验证记录-改进效果": "improvement_effect",
            "验证记录-部门评价": "department_evaluation",
            "培训日期": "training_at",
            "培训记录备案": "training_record_filed_at",
            "客户二次投诉": "customer_refeedback",
            "二次投诉接收时间": "refeedback_at",
            "二次投诉公示时间": "post_refeedback_at",
            "协调费用": "coordination_cost",
            "客户罚款": "customer_fine",
            "费用发生日期": "cost_incurred_at",
            "罚款票据": "fine_receipt_provided",
            "罚款单日期": "fine_slip_at",
            "费用报品质部日期": "cost_feedback_at",
            "费用附件": "cost_attachment",
            "批量报废": "batch_scrap",
            "应急方案协商": "emergency_plan_at",
            "应急方案批准": "emergency_approve_at",
            "外贸回复客户": "emergency_reply_at",
            "VMI挑选回复": "vmi_select_at",
            "挑选情况通报": "selection_feedback_at",
            "补货生产安排": "replenish_production_at",
            "补货发运": "replenish_shipping_at",
        },
        "values": {
            "product_stage": {"新品": "new", "新品前三批": "new_first_three_batches", "量产": "mature"},
            "batch_issue": {"批量": "yes", "单件": "no", "零星": "no"},
            "batch_scrap": {"是": "yes", "否": "no"},
            "customer_refeedback": {"是": "yes", "否": "no"},
            "fine_receipt_provided": {"已提供": "yes", "未提供": "no"},
        },
        "roles": {tech_mgr: "technical_manager", q_director: "quality_director", q_mgr: "quality_manager"},
    }
    return rows, hand


EXPORTS = [
    ("86-s31-district-quality-complaint-register.csv", "utf-8-sig", e86_s31_district_register),
    ("87-s35-parts-quality-complaint-tracking.xlsx", "xlsx", e87_s35_parts_tracking),
]
