"""Starter-profile benchmark exports 80-81 (set 14b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 80 81    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name as _name, mobile as _mobile, distinct_names, working_minutes


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return working_minutes(t, CUTOFF, first=8, last=20)


def _cn(d):
    return f"{d.year}年{d.month}月{d.day}日"


def _dot(d):
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


# --- 80: S34, a Liaoning city construction-quality supervision station's complaint register ----------------------

def e80_s34_station(rng, injected=None):
    """鞍山市建设工程质量监督站 投诉科《工程质量投诉登记台账》（Excel 另存为 GBK CSV），按 S34《辽宁省建设工程质量投诉处理条例》审计。
    日期写法：来诉日期、办结日期写“2025年3月4日”；交付使用日期写点分“2003.09.28”（档案里抄来的竣工备案日期）。
    登记编号“质投〔2025〕023号”；“序号”是表格行号；“12345工单号”只有市民热线转办件有，同一张热线工单可能分成两件登记。
    来诉方式：来信 / 来电 / 来访 / 12345转办 / 省站转办。在建工程的“保修期内”“保修期依据”两列写“/”（不适用）。
    读过制度 YAML 后补的列：保修期依据（warranty_basis：279号令第四十条 / 省条例第二十六条）。
    “工程状态”（在建 / 已交付使用 → project_stage）、“保修期内”（是 / 否 → within_warranty）、“交付使用日期”是事先就写下的列。
    注入（9 项）：登记编号重复 2 件（抄录同楼另一投诉人时没改编号）；保修期内写“待鉴定”2 件、“不详”1 件（未判定是否在保修期，
    取值不在选项中）；保修期依据写“按合同约定”3 件（不是第四条规定的两种依据之一）；工程状态写“不详”1 件（匿名来信，未查明）。
    陷阱（不是违规）：超过保修期、使用过程中的问题告知由产权单位 / 物业处理（第三条，办理正确；该规则本身也不执行）；
    2000年1月30日以前交付的老楼按省条例第二十六条确定保修期；在建工程两列写“/”；两件登记共用一张 12345 工单（编号不同）；
    来访件没有电话；同一工程有几位业主分别投诉（编号不同）。
    """
    n = 56
    slots = list(range(3, n))
    rng.shuffle(slots)
    stages = {}
    for i in range(n):
        stages[i] = pick(rng, [("在建", 30), ("已交付使用", 70)])
    delivered = [i for i in slots if stages[i] == "已交付使用"]
    building = [i for i in slots if stages[i] == "在建"]
    bad_warranty = delivered[:3]            # 待鉴定, 待鉴定, 不详
    bad_basis = delivered[3:6]              # 按合同约定
    bad_stage = [i for i in slots if i not in delivered[:6]][:1]
    busy = set(bad_warranty + bad_basis + bad_stage)
    trap_old = [i for i in delivered if i not in busy][:4]      # delivered before 2000-01-30
    trap_same_12345 = [i for i in slots if i not in busy and i + 1 not in busy and i not in trap_old and i + 1 < n][:1]

    officers = distinct_names(rng, 6, set())
    sections = {"监督一科": officers[0:2], "监督二科": officers[2:4], "市政监督科": officers[4:5], "投诉科": officers[5:6]}
    districts = ["铁东区", "铁西区", "立山区", "千山区", "高新区", "经开区"]
    projects = [
        ("铁东区", "万科城市之光三期", "鞍山万科房地产开发有限公司", "中建二局第三建筑工程有限公司", "房屋建筑"),
        ("铁西区", "恒大绿洲12#-18#楼", "鞍山恒大置业有限公司", "辽宁城建集团有限公司", "房屋建筑"),
        ("立山区", "碧桂园·天玺", "鞍山碧桂园房地产开发有限公司", "广东腾越建筑工程有限公司", "房屋建筑"),
        ("千山区", "华府丹郡二期", "鞍山华府房地产开发有限公司", "鞍山第一建筑工程有限公司", "房屋建筑"),
        ("高新区", "融创御府", "鞍山融创鑫城置业有限公司", "中国建筑第八工程局有限公司", "房屋建筑"),
        ("铁东区", "二一九公园东侧市政道路改造", "鞍山市城市建设发展有限公司", "鞍山市政工程有限公司", "市政"),
        ("铁西区", "建设大道供热管网改造", "鞍山市热力有限公司", "辽宁鑫源管道工程有限公司", "公用设施"),
        ("立山区", "胜利北路回迁楼A区", "鞍山市立山区房屋征收中心", "鞍山第三建筑工程有限公司", "房屋建筑"),
        ("经开区", "金地铂悦精装修工程", "鞍山金地房地产开发有限公司", "深圳洪涛装饰股份有限公司", "装饰装修"),
        ("千山区", "保利林语", "鞍山保利房地产开发有限公司", "中铁九局集团有限公司", "房屋建筑"),
    ]
    old_projects = [
        ("铁东区", "园林路住宅小区（原市建一公司宿舍）", "鞍山市房产开发总公司", "鞍山第一建筑工程有限公司", "房屋建筑"),
        ("铁西区", "繁荣小区5#楼", "鞍山市铁西区城建开发公司", "鞍山第二建筑工程公司", "房屋建筑"),
        ("立山区", "曙光小区2#楼", "鞍钢房地产开发公司", "鞍钢建设集团有限公司", "房屋建筑"),
    ]
    # part -> (problem texts, warranty years; None = design life of the structure)
    parts = {
        "屋面": (["顶层屋面渗漏，雨天卧室顶棚滴水", "屋面防水卷材起鼓开裂"], 5),
        "外墙": (["外墙保温层空鼓脱落", "外墙渗水，窗台下墙面发霉"], 5),
        "卫生间": (["卫生间防水失效，渗漏至楼下", "卫生间地面反坡积水"], 5),
        "主体结构": (["楼板出现贯穿裂缝", "承重墙斜向裂缝且逐渐加宽", "阳台栏板根部开裂"], None),
        "给排水管线": (["排水立管接口渗漏", "给水管暗管爆裂"], 2),
        "电气管线": (["入户电线线径不足，经常跳闸", "插座回路未接地"], 2),
        "供热系统": (["暖气片不热，室温不足16度", "供热管道保温层破损漏水"], 2),
        "门窗": (["塑钢窗密封不严进风进雨", "入户门变形关不严"], 2),
        "地面": (["地面找平层空鼓起砂", "地热管上方地面开裂"], 2),
    }
    road_parts = {"路面": ["新修路面沉陷开裂", "人行道方砖松动塌陷"], "管网": ["供热管沟回填沉降", "检查井周边下沉"]}
    site_issues = ["施工现场混凝土试块未按规定留置", "砌体灰缝不饱满，疑似偷工减料", "钢筋保护层不足，楼板露筋",
                   "未经验收即浇筑混凝土", "防水层未做闭水试验就回填"]
    relations = [("本人", 70), ("配偶", 10), ("亲属", 8), ("租户", 6), ("业委会", 6)]
    channels = [("来电", 30), ("来访", 25), ("来信", 10), ("12345转办", 30), ("省站转办", 5)]

    rows = []
    seq = 0
    day = datetime(2025, 1, 3)
    for i in range(n):
        day += timedelta(days=rng.choice([1, 2, 3, 3, 4, 5]))
        if day > datetime(2025, 6, 27):
            day = datetime(2025, 6, 27)
        recv = day
        stage = stages[i]
        channel = pick(rng, channels)
        if stage == "在建":
            region, pname, dev, builder, kind = rng.choice(projects[:7] if rng.random() < 0.85 else projects[5:7])
            handover = None
            if kind in ("市政", "公用设施"):
                part = rng.choice(list(road_parts))
                problem = rng.choice(road_parts[part])
            else:
                part, problem = "施工现场", rng.choice(site_issues)
            within, basis = "/", "/"
            section = "市政监督科" if kind in ("市政", "公用设施") else rng.choice(["监督一科", "监督二科"])
            action = pick(rng, [("下发整改通知单，责令施工单位整改", 60), ("现场抽测，约谈监理单位", 25), ("暂停该部位施工，复查合格后恢复", 15)])
            refer = ""
        else:
            if i in trap_old:
                region, pname, dev, builder, kind = rng.choice(old_projects)
                handover = date(rng.randint(1993, 1999), rng.randint(1, 12), rng.randint(1, 28))
            else:
                region, pname, dev, builder, kind = rng.choice([p for p in projects if p[4] in ("房屋建筑", "装饰装修")])
                handover = date(rng.choice([2008, 2012, 2016, 2019, 2020, 2021, 2022, 2023, 2024]), rng.randint(1, 12), rng.randint(1, 28))
            part = rng.choice(list(parts))
            texts, years = parts[part]
            problem = rng.choice(texts)
            age = (recv.date() - handover).days / 365.25
            in_warranty = years is None or age < years
            within = "是" if in_warranty else "否"
            basis = "279号令第四十条" if handover >= date(2000, 1, 30) else "省条例第二十六条"
            section = rng.choice(["监督一科", "监督二科", "投诉科"])
            if in_warranty:
                action = pick(rng, [("责令建设单位组织施工单位保修", 55), ("现场勘验后函告建设单位限期维修", 30), ("组织双方现场协调，约定维修期限", 15)])
                refer = ""
            else:
                action = "超过保修期，告知由产权单位处理"
                refer = pick(rng, [("产权单位", 40), ("小区物业服务企业", 40), ("市住房保障和房产局", 20)])
        if i in bad_warranty:
            within = ["待鉴定", "待鉴定", "不详"][bad_warranty.index(i)]
            action = "委托检测机构鉴定后再定" if within == "待鉴定" else "已电话联系建设单位核实交付时间"
            refer = ""
        if i in bad_basis:
            basis = "按合同约定"
        officer = rng.choice(sections[section])
        finished = recv + timedelta(days=rng.randint(3, 40))
        done = _cn(finished) if finished <= CUTOFF and i not in bad_warranty[:2] else ""
        if i in bad_stage:
            stage = "不详"
            channel = "来信"
        complainant = _name(rng) if channel != "来信" or rng.random() < 0.5 else "匿名"
        phone = _mobile(rng) if channel != "来访" or rng.random() < 0.6 else ""
        if complainant == "匿名":
            phone = ""
        seq += 1
        r = Case()
        r["序号"] = seq
        r["登记编号"] = f"质投〔2025〕{seq:03d}号"
        r["来诉日期"] = _cn(recv)
        r["来诉方式"] = channel
        r["12345工单号"] = f"AS{recv:%y%m%d}{rng.randint(100, 999)}" if channel == "12345转办" else ""
        r["投诉人"] = complainant
        r["联系电话"] = phone
        r["与产权人关系"] = pick(rng, relations) if complainant != "匿名" else ""
        r["工程名称"] = pname
        r["所在区"] = region
        r["建设单位"] = dev
        r["施工单位"] = builder
        r["工程类别"] = kind
        r["工程状态"] = stage
        r["交付使用日期"] = _dot(handover) if handover else ""
        r["问题部位"] = part
        r["问题描述"] = problem
        r["保修期内"] = within
        r["保修期依据"] = basis
        r["承办科室"] = section
        r["承办人"] = officer
        r["处理方式"] = action
        r["转办单位"] = refer
        r["办结日期"] = done
        r["备注"] = ""
        rows.append(r)
    # one 12345 hotline order split into two registrations (two owners named on the same order): not a duplicate
    k = trap_same_12345[0]
    rows[k]["来诉方式"] = rows[k + 1]["来诉方式"] = "12345转办"
    rows[k]["12345工单号"] = rows[k + 1]["12345工单号"] = rows[k]["12345工单号"] or f"AS{datetime(2025, 1, 3) + timedelta(days=k):%y%m%d}517"
    rows[k + 1]["备注"] = "与上一件同一热线工单"
    # repeated 登记编号: the registrar copied the row of a neighbour's complaint and kept the number
    cands = [j for j in range(10, n - 1) if j not in busy and j + 1 not in busy and j not in (k, k + 1) and j + 1 not in (k, k + 1)
             and rows[j]["工程状态"] == "已交付使用"]
    dup = [cands[0], next(j for j in cands[len(cands) // 2:] if j > cands[0] + 2)]
    for j in dup:
        rows[j + 1]["登记编号"] = rows[j]["登记编号"]
        for h in ("工程名称", "所在区", "建设单位", "施工单位", "工程类别"):
            rows[j + 1][h] = rows[j][h]
    if injected is not None:
        num = lambda i: rows[i]["登记编号"]  # noqa: E731
        injected += [(num(j + 1), "duplicate") for j in dup]
        injected += [(num(i), "within_warranty_invalid") for i in bad_warranty]
        injected += [(num(i), "warranty_basis_invalid") for i in bad_basis]
        injected += [(num(i), "project_stage_invalid") for i in bad_stage]

    hand = {
        "procedure": "s34-liaoning-construction-quality-complaints",
        "encoding": "gb18030",
        "columns": {
            "登记编号": "case_number",
            "交付使用日期": "handover_date",
            "保修期内": "within_warranty",
            "工程状态": "project_stage",
            "保修期依据": "warranty_basis",
        },
        "values": {
            "within_warranty": {"是": "yes", "否": "no", "/": ""},
            "project_stage": {"在建": "construction", "已交付使用": "in_use"},
            "warranty_basis": {"279号令第四十条": "delivered_after_2000_01_30", "省条例第二十六条": "delivered_before_2000_01_30",
                               "/": ""},
        },
    }
    return rows, hand


# --- 81: S14, a wholesale mall operator's complaint work orders -----------------------------------------------------

def e81_s14_mall(rng, injected=None):
    """鸿发商业运营管理有限公司（广州白云 鸿发国际服装批发商贸城）客诉工单系统导出（XLSX，日期为真正的日期单元格），
    按 S14《投诉处理流程》审计。投诉人多为档主（铺位号如 B2-118），也有来批货的顾客。
    组织：行政部设客诉专员（接待、派单、登台账）、行政主管、行政经理；营运部（楼层管理员、服务热线）、工程部、安保部、
    保洁部、招商部、推广部、财务部是被投诉部门。接待人、派单人、回访人、确认人写员工姓名（名单由审计人员向人事部核对）。
    投诉性质：一般 / 严重；分类条款写“一般①”…“严重⑤”。
    事先写下的列：工单编号、工单来源、接待时间、接待人、客户姓名、客户类型、铺位号、联系电话、投诉内容、投诉性质、分类条款、
    派单时间、派单人、责任部门（被投诉部门）、反馈时间、部门负责人签字、处理结果、改善对策、效果确认、工单状态、结案时间。
    读过制度 YAML 后补的列：客户诉求（demand）、拟处理方式（measures）、责任人（responsible_person）、
    台账登记时间（register_at）、接单部门 / 接单时间（investigate_by / investigate_at）、原因分析（cause）、
    回访时间 / 回访人（与客户核实：verify_cause_at / verify_cause_by）、效果确认时间 / 确认人（improvement_at / improvement_by）、
    意见报告编号 / 意见报告日期（opinion_report_at）。
    注入（13 项）：工单编号重复 1 件（微信留言被同步两次）；客户诉求空白 2 件；没有派单（没有填处理单）1 件；
    投诉性质写“待定”1 件；派单后没有责任人 1 件；派单后没有登记台账 1 件；由招商部员工派单 1 件；
    接单部门是行政部自己 1 件；有反馈但部门负责人没有签字 1 件；由工程部员工回访核实 1 件；
    效果已确认却没有出具意见报告 1 件；反馈时间早于接单时间 1 件（反馈单补录时填错日期）。
    陷阱（不是违规）：6 月底的工单还在处理中，后面的环节空白；签字栏写“已盖章”而不是姓名；接单与反馈是同一时刻；
    意见报告在效果确认后几天才出具；严重投诉另有“上报总经理”的备注；责任部门与接单部门不同（营运部转工程部维修）。
    """
    n = 64
    slots = list(range(2, n - 6))           # the last few orders are still open at the cutoff
    rng.shuffle(slots)
    early = [i for i in slots if i < 40]    # injections that need the order to have reached the later steps
    late_kinds = ["no_signature", "bad_verifier", "no_report"]
    kinds = ["no_demand", "no_demand", "no_slip", "bad_severity", "no_person", "no_register", "bad_dispatcher",
             "admin_investigates", "feedback_early"]
    inj = dict(zip(early[:3], late_kinds))
    rest = [i for i in slots if i not in inj]
    inj.update(zip(rest[:len(kinds)], kinds))
    kinds = late_kinds + kinds
    slots = early[:3] + rest
    trap_stamp = slots[len(kinds):len(kinds) + 2]
    trap_seal = slots[len(kinds) + 2:len(kinds) + 5]

    taken: set = set()
    clerks = distinct_names(rng, 3, taken)                 # 行政部客诉专员
    admin_sup, admin_mgr = distinct_names(rng, 2, taken)   # 行政主管, 行政经理
    depts = ["营运部", "工程部", "安保部", "保洁部", "招商部", "推广部", "财务部"]
    heads = dict(zip(depts, distinct_names(rng, len(depts), taken)))
    staff = dict(zip(depts, distinct_names(rng, len(depts), taken)))
    complaints = {
        "营运部": [("服务热线一直占线，打了五次都没人接", "一般①"), ("楼层管理员私下向档主推销货架，不买就刁难", "严重④"),
                  ("服务台客服说话难听，把档主赶出去", "严重①"), ("到服务台投诉登记后三天没人理", "一般②"),
                  ("楼层管理员答应报修，一周了还没人来维修", "一般④")],
        "工程部": [("档口空调不制冷，报修三次仍未修好", "一般③"), ("货梯经常停运，影响上货", "一般③"), ("档口顶棚漏水泡湿货品", "一般④"),
                  ("B区照明线路老化经常跳闸", "一般④")],
        "安保部": [("保安态度恶劣，推搡送货司机", "严重①"), ("消防通道被其他档口堆货，保安不管", "一般④"),
                  ("夜间档口被盗，监控录像调不出来", "一般④")],
        "保洁部": [("二楼洗手间长期无人打扫", "一般④"), ("保洁人员把档口门口的货当垃圾清走", "一般④")],
        "招商部": [("续租时招商人员索要好处费", "严重④"), ("同一楼层招了同类竞品档口，与招商承诺不符", "一般④")],
        "推广部": [("推广活动收费后未按约定投放广告", "一般④"), ("活动现场音响太吵影响经营，被本地媒体报道", "严重②")],
        "财务部": [("管理费多收，发票与收费单对不上", "严重④"), ("押金退还拖了两个月", "一般④")],
    }
    demands = ["尽快维修", "退还多收费用", "赔偿货品损失", "对相关人员处理并道歉", "给个书面答复", "调整档口位置",
               "减免当月管理费", "加强管理"]
    measures = {"营运部": "营运部核查并对当事人批评教育", "工程部": "工程部24小时内上门维修", "安保部": "安保部调查处理并加强巡查",
                "保洁部": "保洁部整改并加派人手", "招商部": "招商部核实，行政部跟进调查", "推广部": "推广部核对合同履约情况",
                "财务部": "财务部复核收费并退还差额"}
    causes = ["人员培训不到位", "设备老化", "排班不足", "制度执行不严", "外包单位管理松懈", "合同条款解释不一致"]
    results = {"营运部": ["当事人已道歉，档主接受", "已增开热线坐席，档主认可", "楼层管理员已调岗"],
               "工程部": ["已维修完毕，档主确认", "已更换设备，运行正常", "已赔偿部分货品损失"],
               "安保部": ["当事保安已停岗培训，当面道歉", "已清理通道堆货", "已调取备份录像并报警"],
               "保洁部": ["已加派保洁，每小时巡查", "已赔偿货品损失"],
               "招商部": ["已立案调查，涉事人员停职", "已解释招商政策，档主认可"],
               "推广部": ["已补投广告", "已调整音响音量和时段"],
               "财务部": ["已退还差额并重开发票", "押金已退还"]}
    improvements = ["纳入月度考核", "修订巡查制度", "更换设备", "组织专项培训", "调整外包合同考核条款"]
    channels = [("服务热线", 35), ("服务台上门", 30), ("微信公众号", 20), ("12345转办", 10), ("媒体", 5)]

    rows = []
    day = datetime(2025, 1, 6)
    for i in range(n):
        day += timedelta(hours=rng.choice([36, 48, 56, 60, 64]))
        if i >= n - 5:                      # the last orders came in during the last fortnight of June
            day = max(day, datetime(2025, 6, 18) + timedelta(days=3 * (i - (n - 5))))
        recv = _cap(day.replace(hour=8) + timedelta(minutes=rng.randint(0, 10 * 60)))
        dept = pick(rng, [("营运部", 20), ("工程部", 30), ("安保部", 15), ("保洁部", 12), ("招商部", 8), ("推广部", 7), ("财务部", 8)])
        content, clause = rng.choice(complaints[dept])
        kind = inj.get(i)
        sev = "严重" if clause.startswith("严重") else "一般"
        channel = "媒体" if "媒体" in content else pick(rng, channels[:4])
        clerk = rng.choice(clerks)
        slip = _cap(recv + timedelta(minutes=rng.randint(10, 90)))
        dispatcher = rng.choice(clerks)
        register = _cap(slip + timedelta(minutes=rng.randint(15, 300))) if slip else None
        # 营运部 complaints about repairs go to 工程部 to investigate; the rest to the complained department
        taker = "工程部" if dept == "营运部" and "维修" in content else dept
        investigate = _cap(register + timedelta(hours=rng.uniform(0.5, 20))) if register else None
        feedback = _cap(investigate + timedelta(hours=rng.uniform(4, 110))) if investigate else None
        if i in trap_stamp and feedback:
            feedback = investigate
        verify = _cap(feedback + timedelta(hours=rng.uniform(12, 72))) if feedback else None
        improve = _cap(verify + timedelta(days=rng.uniform(1, 10))) if verify else None
        report = _cap(improve + timedelta(days=rng.choice([0, 0, 1, 2, 4]), hours=rng.uniform(0, 3))) if improve else None
        if improve and report is None:      # the effect is confirmed and the report issued in one sitting; open at the cutoff
            improve = None
        signer = heads[taker]
        person = heads[dept]
        demand = rng.choice(demands)
        verifier = rng.choice([admin_sup] * 3 + clerks)
        confirmer = rng.choice([admin_sup, admin_mgr])
        # injections
        if kind == "no_demand":
            demand = ""
        elif kind == "no_slip":
            slip = None
            register = investigate = feedback = verify = improve = report = None
        elif kind == "bad_severity":
            sev = "待定"
        elif kind == "no_person":
            person = ""
        elif kind == "no_register":
            register = None
        elif kind == "bad_dispatcher":
            dispatcher = staff["招商部"]
        elif kind == "admin_investigates":
            taker = "行政部"
        elif kind == "no_signature":
            signer = ""
        elif kind == "bad_verifier":
            verifier = staff["工程部"]
        elif kind == "no_report":
            report = None
        elif kind == "feedback_early":
            feedback = investigate - timedelta(days=1, hours=rng.randint(1, 5))
        if kind in ("no_signature", "bad_verifier", "no_report") and (verify is None or improve is None):
            raise AssertionError(f"injection {kind} on an order still open: pick another slot")
        if i in trap_seal and signer:
            signer = "已盖章"
        if report:
            status, closed = "已结案", report
        elif improve:
            status, closed = "待出报告", None
        elif verify:
            status, closed = "待效果确认", None
        elif feedback:
            status, closed = "待回访", None
        elif slip:
            status, closed = "处理中", None
        else:
            status, closed = "待派单", None
        if kind == "no_report":
            status, closed = "已结案", improve + timedelta(hours=2)
        r = Case()
        r["工单编号"] = f"HF-KS{recv:%y%m%d}{i + 1:03d}"
        r["工单来源"] = channel
        r["接待时间"] = recv
        r["接待人"] = clerk
        r["客户姓名"] = _name(rng) + rng.choice(["", "", "老板", "姐"])
        r["客户类型"] = pick(rng, [("档主", 80), ("顾客", 20)])
        r["铺位号"] = f"{rng.choice('ABC')}{rng.randint(1, 4)}-{rng.randint(101, 268)}" if r["客户类型"] == "档主" else ""
        r["联系电话"] = _mobile(rng)
        r["投诉内容"] = content
        r["客户诉求"] = demand
        r["投诉性质"] = sev
        r["分类条款"] = clause
        r["派单时间"] = slip
        r["派单人"] = dispatcher if slip else ""
        r["拟处理方式"] = measures[dept] if slip else ""
        r["责任部门"] = dept if slip else ""
        r["责任人"] = person if slip else ""
        r["台账登记时间"] = register
        r["接单部门"] = taker if investigate else ""
        r["接单时间"] = investigate
        r["反馈时间"] = feedback
        r["部门负责人签字"] = signer if feedback else ""
        r["原因分析"] = rng.choice(causes) if feedback else ""
        r["处理结果"] = rng.choice(results[dept]) if feedback else ""
        r["回访时间"] = verify
        r["回访人"] = verifier if verify else ""
        r["改善对策"] = rng.choice(improvements) if improve else ""
        r["效果确认"] = pick(rng, [("有效", 85), ("待观察", 15)]) if improve else ""
        r["效果确认时间"] = improve
        r["确认人"] = confirmer if improve else ""
        r["意见报告编号"] = f"HF-YJ-2025-{i + 1:03d}" if report else ""
        r["意见报告日期"] = report
        r["工单状态"] = status
        r["结案时间"] = closed
        r["备注"] = "已上报总经理" if sev == "严重" else ""
        rows.append(r)
    # a WeChat message synced twice: the second copy keeps the first's order number
    src = next(k for k in range(15, n - 8) if rows[k]["工单来源"] == "微信公众号" and k not in inj and k + 1 not in inj)
    rows[src + 1]["工单编号"] = rows[src]["工单编号"]
    if injected is not None:
        injected += [(rows[src + 1]["工单编号"], "duplicate")]
        injected += [(rows[i]["工单编号"], k) for i, k in sorted(inj.items())]

    admin = clerks + [admin_sup, admin_mgr, "行政部"]
    complained = depts + list(staff.values()) + list(heads.values())
    hand = {
        "procedure": "s14-operations-complaint-flow",
        "columns": {
            "工单编号": "case_number",
            "接待时间": "receive_at",
            "接待人": "receive_by",
            "投诉内容": "content",
            "客户诉求": "demand",
            "投诉性质": "severity",
            "派单时间": "fill_handling_slip_at",
            "派单人": "fill_handling_slip_by",
            "拟处理方式": "measures",
            "责任部门": "responsible_department",
            "责任人": "responsible_person",
            "台账登记时间": "register_at",
            "接单部门": "investigate_by",
            "接单时间": "investigate_at",
            "反馈时间": "feedback_at",
            "部门负责人签字": "complained_unit_signature",
            "原因分析": "cause",
            "处理结果": "result",
            "回访时间": "verify_cause_at",
            "回访人": "verify_cause_by",
            "效果确认时间": "improvement_at",
            "确认人": "improvement_by",
            "意见报告日期": "opinion_report_at",
        },
        "values": {"severity": {"一般": "general", "严重": "serious"}},
        "roles": {**{v: "admin_dept" for v in admin}, **{v: "complained_dept" for v in complained}},
    }
    return rows, hand


EXPORTS = [
    ("80-s34-station-complaint-ledger.csv", "gbk", e80_s34_station),
    ("81-s14-wholesale-mall-work-orders.xlsx", "xlsx", e81_s14_mall),
]
