"""Starter-profile benchmark exports 106-107 (set 19a), written unseen by the mapping guesser's authors.

Each function plays one company's (or bureau's) own complaint system for a procedure and returns (rows, hand
profile); the docstring says which system, the date spelling, what was injected and which columns were added after
reading the procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 106 107    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, distinct_names, person_name as _name, mobile as _mobile


def _when(rng, lo=datetime(2025, 1, 2), hi=datetime(2025, 6, 27)):
    """A registration moment between lo and hi, inside a dealer's or a bureau's opening hours."""
    d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
    return d.replace(hour=rng.randint(8, 17), minute=rng.randint(0, 59))


# --- 106: S46, a Changan Suzuki dealer's complaint ledger in its DMS ----------------------------------------------

def e106_s46_dealer_ledger(rng, injected=None):
    """蓉铃汽车（长安铃木授权经销商，4S店）DMS“客户关怀—客诉管理”模块导出的客诉台账（XLSX，工作表“导出”），
    按 S46 长安铃木《客户投诉处理管理办法》审计。
    日期：登记时间、结案时间、购车日期是真正的日期时间单元格。
    客诉单号：KS + 年月 + 三位流水（KS2503-014）；信息来源：厂家客户中心下发 / 400热线 / 到店 / 电话 / 微信公众号 /
    汽车之家 / 12315转办。客诉等级按厂家的A/B分级，DMS下拉框只有“A级”“B级”，个别行是手工改写的。
    特案申请写 是 / 否 / 已提交（已提交即已向厂家申请，读作“是”）。
    读过制度 YAML 后补的列：特案审批部门（special_case_authorised_by；写“长安铃木技术支持系”“技术支持系(TS)”的是厂家技术支持系，
    “服务经理(店内)”“售后服务部”是本店，“厂家客户中心”是厂家客户中心；没有申请特案的行写“/”）。
    原有列中映射的：客诉单号（case_number）、客诉等级（severity）、特案申请（special_case_warranty）。
    注入（10 处）：客诉单号重复 1 处（厂家下发的客诉同步了两次）；客诉等级不在A/B之内 3 件（“C级”2、“待评定”1）；
    特案申请写“待定”2 件（超保维修，尚未决定是否申请）；特案由技术支持系以外的部门审批 4 件（服务经理(店内) 2、售后服务部 1、厂家客户中心 1）。
    陷阱（不是违规）：特案申请“已提交”、审批部门写“技术支持系(TS)”；特案已申请但厂家尚未审批（审批部门空白）2 件；
    未申请特案、审批部门写“/”；没有特案、由服务经理批的善意补偿（善意补偿金额列）若干；客诉等级尚未评定（空白）2 件；
    同一客户、同一车辆两次来诉（不同单号）。
    """
    n = 62
    staff = distinct_names(rng, 7, set())
    sas, cs_agents, svc_manager = staff[:4], staff[4:6], staff[6]

    a_issues = [
        ("产品质量", "行驶中制动踏板变硬，刹车距离明显变长"), ("产品质量", "安全气囊故障灯常亮，两次检修未排除"),
        ("产品质量", "高速行驶中发动机突然熄火"), ("产品质量", "停放时发动机舱冒烟起火"),
        ("维修质量", "变速箱顿挫，同一故障维修三次未修好"), ("销售承诺", "新车交付一周内多处故障，要求退车并赔偿误工费"),
        ("服务态度", "客户称将向电视台、抖音曝光维修经历"), ("维修质量", "客户带家属在展厅门口拉横幅堵门"),
        ("费用争议", "客户已向12315投诉，市场监管局来电核实"), ("产品质量", "要求厂家书面答复发动机异响原因"),
        ("产品质量", "转向助力间歇失效，方向盘突然变沉"), ("产品质量", "追尾事故后气囊未弹出，要求赔偿"),
    ]
    b_issues = [
        ("维修质量", "保养后机油液位偏低"), ("配件等待", "维修等待配件超过两周"), ("服务态度", "服务顾问态度冷淡，不回电话"),
        ("服务态度", "洗车不干净，座椅有泥印"), ("费用争议", "保养结算金额高于预估报价"), ("产品质量", "空调制冷效果差"),
        ("产品质量", "车内异味明显"), ("产品质量", "中控屏频繁死机"), ("销售承诺", "购车时承诺赠送的脚垫、贴膜未兑现"),
        ("销售承诺", "交车时发现漆面划痕"), ("维修质量", "维修后方向盘、座椅留有油污"), ("服务态度", "预约到店后仍排队两小时"),
        ("产品质量", "雨刮器刮水异响"), ("产品质量", "车窗升降有异响"), ("费用争议", "事故车定损慢，垫付费用未退"),
        ("维修质量", "钣喷后色差明显"),
    ]
    # out-of-warranty quality problems a dealer applies a 特案 for
    special_issues = [
        ("产品质量", "超出保修期一个月变速箱异响，要求免费维修"), ("产品质量", "过保后发动机烧机油"),
        ("产品质量", "保修期外空调压缩机损坏"), ("产品质量", "里程超保，正时链条异响"),
        ("产品质量", "超保三个月转向机漏油"), ("产品质量", "过保半年天窗漏水泡坏地毯"),
    ]
    models = ["维特拉", "启悦", "锋驭", "骁途", "天语SX4", "雨燕", "北斗星X5", "奥拓"]
    sources = [("厂家客户中心下发", 18), ("400热线", 10), ("到店", 25), ("电话", 20), ("微信公众号", 10),
               ("汽车之家", 7), ("12315转办", 4)]
    depts = ["售后服务部", "销售部", "配件部", "机修车间", "钣喷车间", "客服部"]
    dept_for = {"产品质量": "售后服务部", "维修质量": "机修车间", "服务态度": "客服部", "配件等待": "配件部",
                "费用争议": "售后服务部", "销售承诺": "销售部"}
    tech = ["长安铃木技术支持系", "技术支持系(TS)"]

    # which rows carry what: kinds of cases, then the injections
    slots = list(range(1, n - 1))
    rng.shuffle(slots)
    special_rows = slots[:16]                  # 特案 applications (7 of them the traps / injections below)
    rest = slots[16:]
    a_rows = rest[:12]
    b_rows = rest[12:]
    bad_route = special_rows[:4]
    route_wrong = ["服务经理(店内)", "服务经理(店内)", "售后服务部", "厂家客户中心"]
    trap_submitted = special_rows[4]
    trap_pending = special_rows[5:7]
    bad_special = special_rows[7:9]           # 特案申请“待定”: out-of-warranty repairs not yet decided
    bad_level = [a_rows[0]] + b_rows[:2]      # C级 / 待评定
    level_wrong = {a_rows[0]: "待评定", b_rows[0]: "C级", b_rows[1]: "C级"}
    trap_blank_level = b_rows[2:4]
    trap_goodwill = b_rows[4:8]

    times = sorted(_when(rng) for _ in range(n))
    serial = {}
    rows = []
    first_customer = None
    for i, t0 in enumerate(times):
        ym = f"{t0.year % 100:02d}{t0.month:02d}"
        serial[ym] = serial.get(ym, 0) + 1
        if i in special_rows:
            kind, issue = rng.choice(special_issues)
            level = pick(rng, [("B级", 4), ("A级", 1)])
        elif i in a_rows:
            kind, issue = rng.choice(a_issues)
            level = "A级"
        else:
            kind, issue = rng.choice(b_issues)
            level = "B级"
        model = rng.choice(models)
        bought = datetime(2025, 1, 1) - timedelta(days=rng.randint(20, 6 * 365)) if i not in special_rows \
            else datetime(2025, 1, 1) - timedelta(days=rng.randint(3 * 365 + 40, 6 * 365))
        km = rng.randint(800, 40000) if i not in special_rows else rng.randint(62000, 140000)
        closed = t0 + timedelta(days=rng.uniform(0.2, 20), hours=rng.uniform(0, 5))
        if level == "A级":
            closed += timedelta(days=rng.uniform(5, 25))
        if closed > datetime(2025, 6, 30, 17, 0) or rng.random() < 0.05:
            closed = None
        closed = closed.replace(second=0, microsecond=0) if closed else None
        if closed and not 8 <= closed.hour < 19:
            closed = closed.replace(hour=rng.randint(9, 18), minute=rng.randint(0, 59))
        customer = _name(rng)
        phone = _mobile(rng)
        vin = "LS5A" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(13))
        if i == 3:
            first_customer = (customer, phone, vin, model, bought, km)
        if i == 40 and first_customer:           # the same customer and car back again, a new 单号 (trap)
            customer, phone, vin, model, bought, km0 = first_customer
            km = km0 + rng.randint(3000, 8000)
            issue = issue + "（二次来诉）"
        special, approver, amount, goodwill = "否", "/", None, None
        if i in special_rows:
            special = "是"
            approver = rng.choice(tech)
            amount = rng.choice([1200, 1800, 2600, 3500, 4800, 6200, 8800])
        if i in bad_route:
            approver = route_wrong[bad_route.index(i)]
        if i == trap_submitted:
            special, approver = "已提交", "技术支持系(TS)"
        if i in trap_pending:
            approver, amount = "", None
        if i in bad_special:
            special, approver, amount = "待定", "", None
        if i in level_wrong:
            level = level_wrong[i]
        if i in trap_blank_level:
            level = ""
        if i in trap_goodwill:
            goodwill = rng.choice([200, 300, 500, 800])
        measure = {
            "产品质量": ["检测后更换故障件", "报厂家技术支持远程诊断", "升级软件后试车正常", "更换总成"],
            "维修质量": ["返修并免收工时费", "重新钣喷", "车间主管复检后交车"],
            "服务态度": ["店总致电道歉，对SA进行考核", "赠送一次免费保养"],
            "配件等待": ["加急调件，提供代步车"],
            "费用争议": ["退还多收费用", "逐项解释结算单"],
            "销售承诺": ["补送精品", "补漆处理并赠送保养"],
        }[kind]
        if i in special_rows:
            measure = ["申请特案，厂家承担部分维修费用", "特案结算，客户承担工时费"]
        row = Case({
            "客诉单号": f"KS{ym}-{serial[ym]:03d}",
            "登记时间": t0,
            "信息来源": pick(rng, sources) if level != "A级" else pick(rng, [("厂家客户中心下发", 3), ("到店", 2), ("12315转办", 1)]),
            "客户姓名": customer,
            "手机号": phone,
            "车型": model,
            "VIN": vin,
            "购车日期": bought,
            "行驶里程(km)": km,
            "客诉类型": kind,
            "客诉描述": issue,
            "客诉等级": level,
            "责任部门": dept_for[kind] if rng.random() < 0.85 else rng.choice(depts),
            "接待SA": rng.choice(sas),
            "处理措施": rng.choice(measure),
            "特案申请": special,
            "特案审批部门": approver,
            "特案金额(元)": amount,
            "善意补偿(元)": goodwill,
            "补偿审批人": svc_manager if goodwill else None,
            "结案时间": closed,
            "回访结果": (pick(rng, [("满意", 7), ("基本满意", 2), ("不满意", 1)]) if closed else ""),
            "客服专员": rng.choice(cs_agents),
            "备注": "",
        })
        if i in trap_pending:
            row["备注"] = "特案已提交厂家，待审批"
        rows.append(row)

    # a complaint passed down by the factory's customer centre, synchronised twice: same number on the next row
    busy = set(bad_route + bad_special + bad_level + trap_pending + [trap_submitted, 3, 40])
    dup_src = next(k for k in range(20, 50) if rows[k]["信息来源"] == "厂家客户中心下发"
                   and k not in busy and k + 1 not in busy)
    rows[dup_src + 1]["客诉单号"] = rows[dup_src]["客诉单号"]
    if injected is not None:
        num = lambda i: rows[i]["客诉单号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        injected += [(num(i), "bad_level") for i in bad_level]
        injected += [(num(i), "bad_special_value") for i in bad_special]
        injected += [(num(i), "bad_route") for i in bad_route]

    hand = {
        "procedure": "s46-changan-suzuki-dealer-complaints",
        "columns": {
            "客诉单号": "case_number",
            "客诉等级": "severity",
            "特案申请": "special_case_warranty",
            "特案审批部门": "special_case_authorised_by",
        },
        "values": {
            "severity": {"A级": "a", "B级": "b"},
            "special_case_warranty": {"是": True, "否": False, "已提交": True},
            "special_case_authorised_by": {"/": ""},
        },
        "roles": {"长安铃木技术支持系": "tech_support", "技术支持系(TS)": "tech_support",
                  "服务经理(店内)": "dealer", "售后服务部": "dealer", "厂家客户中心": "customer_center"},
    }
    return rows, hand


# --- 107: S34, a county construction-quality supervision station's complaint register ----------------------------

def e107_s34_county_station(rng, injected=None):
    """辽宁省青山县建设工程质量安全监督站“工程质量投诉登记台账”（Excel 台账另存为 CSV，GBK 编码），
    按 S34《辽宁省建设工程质量投诉处理条例》审计。
    日期写法：点分日期 2025.03.04（收件、勘查、办结、交付使用日期都这样写，在建工程的交付使用日期空白）。
    登记编号：质投2025-012；来件方式：来信 / 来电 / 来访 / 12345转办 / 信访局转办；承办科室：监督一科 / 监督二科 / 市政监督组；
    受理情况：受理 / 告知向产权单位反映 / 转县房产局。
    读过制度 YAML 后补的列：是否在保修期（within_warranty：是 / 否 / 超保，在建工程写“/”），
    发生阶段（project_stage：在建 / 施工中 / 使用中 / 已交付使用），
    保修期依据（warranty_basis：“279号令第四十条”即2000年1月30日以后交付、“省质量条例第二十六条”即以前交付，在建工程写“/”）。
    原有列中映射的：登记编号（case_number）、交付使用日期（handover_date）。
    注入（10 处）：登记编号重复 2 处（一件手抄时照抄了上一行编号，一件12345工单补录时沿用了原编号）；
    是否在保修期写“待鉴定”2 件、“有争议”1 件；发生阶段写“不详”2 件；保修期依据写“待查”3 件。
    陷阱（不是违规）：“超保”即否；在建工程三列写“/”、交付使用日期空白；2000年以前交付的老楼按省条例确定保修期；
    超过保修期、使用中的问题已告知向产权单位反映或转房产局（第三条的情形，本来就不在投诉范围内，办理正确；
    制度没有写明受理环节，这条规则不检查）；同一业主就同一问题两次来电（两个编号）。
    """
    n = 56
    staff = distinct_names(rng, 5, set())
    officers = {"监督一科": staff[:2], "监督二科": staff[2:4], "市政监督组": staff[4:5]}

    # project: (name, developer/owner, contractor, handover date or None when still being built, section)
    projects = [
        ("锦绣华庭小区", "青山县锦绣房地产开发有限公司", "辽宁宏建建设集团有限公司", datetime(2019, 11, 20), "监督一科"),
        ("滨河新城二期", "青山县城投置业有限公司", "沈阳中建恒达建筑工程有限公司", datetime(2022, 9, 30), "监督一科"),
        ("翰林苑小区", "青山县翰林房地产开发有限公司", "青山县第二建筑工程公司", datetime(2017, 6, 15), "监督二科"),
        ("县医院家属楼", "青山县人民医院", "青山县第一建筑工程公司", datetime(1998, 10, 8), "监督二科"),
        ("北关棚改回迁楼", "青山县房屋征收服务中心", "辽宁宏建建设集团有限公司", datetime(2023, 12, 26), "监督一科"),
        ("世纪花园", "青山县世纪置业有限公司", "鞍山华宇建筑安装有限公司", datetime(2008, 8, 8), "监督二科"),
        ("兴隆街综合楼", "青山县供销合作社", "青山县第一建筑工程公司", datetime(1996, 5, 20), "监督二科"),
        ("阳光水岸", "青山县阳光房地产开发有限公司", "沈阳中建恒达建筑工程有限公司", datetime(2021, 10, 30), "监督一科"),
        ("和平里小区", "青山县和平置业有限公司", "青山县第二建筑工程公司", datetime(2024, 6, 28), "监督一科"),
        ("东城名苑", "青山县东城房地产开发有限公司", "辽宁宏建建设集团有限公司", datetime(2023, 10, 15), "监督二科"),
        ("北关棚改回迁楼二期", "青山县房屋征收服务中心", "鞍山华宇建筑安装有限公司", datetime(2024, 11, 20), "监督一科"),
        ("县第三小学教学楼改扩建工程", "青山县教育局", "青山县第二建筑工程公司", None, "监督二科"),
        ("城关镇集中供热管网改造工程", "青山县热力有限公司", "辽宁北方市政工程有限公司", None, "市政监督组"),
        ("御景湾三期", "青山县御景房地产开发有限公司", "辽宁宏建建设集团有限公司", None, "监督一科"),
        ("县人民医院门诊综合楼", "青山县人民医院", "鞍山华宇建筑安装有限公司", None, "监督二科"),
    ]
    # problem: (text, warranty years counted from hand-over; None: structure, design service life)
    in_use_problems = [
        ("顶层屋面渗漏，雨天室内滴水", 5), ("卫生间渗漏至楼下住户", 5), ("外墙渗水，卧室墙面发霉", 5),
        ("外墙保温层大面积脱落", 5), ("暖气片不热，室温不足16度", 2), ("给水管接口漏水", 2),
        ("户内电线短路跳闸，线管未按图施工", 2), ("地面空鼓开裂", 2), ("承重墙出现斜向裂缝", None),
        ("楼体不均匀沉降，单元门变形", None), ("地下室返潮积水", 5), ("楼梯间墙皮大片脱落", 2),
    ]
    building_problems = [
        "施工现场使用的钢筋锈蚀严重，怀疑不合格", "混凝土浇筑后出现蜂窝麻面", "砌体灰缝不饱满，质量堪忧",
        "管网焊口未做探伤即回填", "脚手架下方楼板出现裂缝", "雨季施工未采取防护，基坑泡水",
    ]
    channels = [("来电", 30), ("来访", 20), ("来信", 6), ("12345转办", 25), ("信访局转办", 6)]

    slots = list(range(1, n - 1))
    rng.shuffle(slots)
    times = sorted(_when(rng, datetime(2025, 1, 3), datetime(2025, 6, 25)) for _ in range(n))
    rows = []
    seq = 0
    plan = []
    for i in range(n):
        if rng.random() < 0.25:
            p = rng.choice([q for q in projects if q[3] is None])
            problem, years = rng.choice(building_problems), 0
        else:
            p = rng.choice([q for q in projects if q[3] is not None])
            problem, years = rng.choice(in_use_problems)
        plan.append((p, problem, years))

    # injections and traps land on rows of the right kind
    in_use_rows = [i for i in slots if plan[i][0][3] is not None]
    building_rows = [i for i in slots if plan[i][0][3] is None]
    bad_within = in_use_rows[:3]
    within_wrong = {bad_within[0]: "待鉴定", bad_within[1]: "待鉴定", bad_within[2]: "有争议"}
    bad_stage = [in_use_rows[3], building_rows[0]]
    bad_basis = in_use_rows[4:7]
    busy = set(bad_within + bad_stage + bad_basis)

    def dotted_date(t):
        return t.strftime("%Y.%m.%d") if t else ""

    for i, t0 in enumerate(times):
        p, problem, years = plan[i]
        name, owner, contractor, handed, section = p
        seq += 1
        if handed is None:
            within, stage, basis = "/", pick(rng, [("在建", 3), ("施工中", 2)]), "/"
        else:
            if years is None:
                inside = True
            else:
                inside = handed.replace(year=handed.year + years) > t0
            within = ("是" if inside else pick(rng, [("否", 3), ("超保", 2)]))
            stage = pick(rng, [("使用中", 3), ("已交付使用", 2)])
            basis = "279号令第四十条" if handed > datetime(2000, 1, 30) else "省质量条例第二十六条"
        if i in within_wrong:
            within = within_wrong[i]
        if handed is not None and within in ("否", "超保"):
            outcome = pick(rng, [("告知向产权单位反映", 3), ("转县房产局", 1)])
        else:
            outcome = "受理"
        if i in bad_stage:
            stage = "不详"
        if i in bad_basis:
            basis = "待查"
        surveyed = t0 + timedelta(days=rng.randint(1, 6)) if outcome == "受理" else None
        done = (surveyed or t0) + timedelta(days=rng.randint(2, 30))
        if done > datetime(2025, 6, 30):
            done = None
        unit = ""
        if handed is not None:
            unit = f"{rng.randint(1, 18)}#楼{rng.randint(1, 4)}单元{rng.randint(1, 11)}0{rng.randint(1, 2)}"
        row = Case({
            "序号": i + 1,
            "登记编号": f"质投2025-{seq:03d}",
            "收件日期": dotted_date(t0),
            "来件方式": pick(rng, channels),
            "投诉人": _name(rng),
            "联系电话": _mobile(rng),
            "工程名称": name,
            "楼号房号": unit,
            "建设单位": owner,
            "施工单位": contractor,
            "交付使用日期": dotted_date(handed),
            "反映问题": problem,
            "是否在保修期": within,
            "发生阶段": stage,
            "保修期依据": basis,
            "受理情况": outcome,
            "承办科室": section if outcome == "受理" else "",
            "承办人": rng.choice(officers[section]) if outcome == "受理" else "",
            "现场勘查日期": dotted_date(surveyed),
            "处理意见": (rng.choice(["责令施工单位限期维修", "协调建设单位组织维修", "下发整改通知书", "委托检测机构检测",
                                  "约谈施工单位项目经理"]) if outcome == "受理" else ""),
            "办结日期": dotted_date(done),
            "回访情况": (pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)]) if done and outcome == "受理" else ""),
            "备注": "",
        })
        rows.append(row)

    # the same owner calling twice about the same leak: two numbers, not a duplicate (trap)
    rep_src = next(k for k in range(5, 30) if rows[k]["交付使用日期"] and k not in busy)
    rep_dst = next(k for k in range(rep_src + 8, n) if rows[k]["交付使用日期"] and k not in busy)
    for h in ("投诉人", "联系电话", "工程名称", "楼号房号", "建设单位", "施工单位", "交付使用日期", "反映问题",
              "是否在保修期", "发生阶段", "保修期依据", "受理情况", "承办科室", "承办人", "处理意见"):
        rows[rep_dst][h] = rows[rep_src][h]
    rows[rep_dst]["来件方式"] = "来电"
    rows[rep_dst]["备注"] = f"二次来电，前件{rows[rep_src]['登记编号']}"
    busy |= {rep_src, rep_dst}
    # two repeated numbers: one copied from the row above by hand, one 12345 work order entered again later
    dup1 = next(k for k in range(10, 30) if k not in busy and k - 1 not in busy)
    rows[dup1]["登记编号"] = rows[dup1 - 1]["登记编号"]
    dup2_src = next(k for k in range(30, 45) if rows[k]["来件方式"] == "12345转办" and k not in busy and k != dup1)
    busy |= {dup1, dup1 - 1, dup2_src}
    dup2 = next(k for k in range(dup2_src + 3, n) if k not in busy)
    rows[dup2]["登记编号"] = rows[dup2_src]["登记编号"]
    for h in ("来件方式", "投诉人", "联系电话", "工程名称", "楼号房号", "建设单位", "施工单位", "交付使用日期", "反映问题",
              "是否在保修期", "发生阶段", "保修期依据", "受理情况", "承办科室", "承办人"):
        rows[dup2][h] = rows[dup2_src][h]
    rows[dup2]["备注"] = "12345工单补录"
    for k in (rep_dst, dup2):
        if rows[k]["受理情况"] != "受理":
            rows[k]["现场勘查日期"] = rows[k]["处理意见"] = rows[k]["回访情况"] = ""
        elif not rows[k]["现场勘查日期"]:
            rows[k]["现场勘查日期"] = rows[k]["收件日期"]
    if injected is not None:
        num = lambda i: rows[i]["登记编号"]  # noqa: E731
        injected += [(num(dup1), "duplicate"), (num(dup2), "duplicate")]
        injected += [(num(i), "bad_within_warranty") for i in bad_within]
        injected += [(num(i), "bad_stage") for i in bad_stage]
        injected += [(num(i), "bad_basis") for i in bad_basis]

    hand = {
        "procedure": "s34-liaoning-construction-quality-complaints",
        "encoding": "gb18030",
        "columns": {
            "登记编号": "case_number",
            "交付使用日期": "handover_date",
            "是否在保修期": "within_warranty",
            "发生阶段": "project_stage",
            "保修期依据": "warranty_basis",
        },
        "values": {
            "within_warranty": {"是": "yes", "否": "no", "超保": "no", "/": ""},
            "project_stage": {"在建": "construction", "施工中": "construction", "使用中": "in_use",
                              "已交付使用": "in_use"},
            "warranty_basis": {"279号令第四十条": "delivered_after_2000_01_30",
                               "省质量条例第二十六条": "delivered_before_2000_01_30", "/": ""},
        },
    }
    return rows, hand


EXPORTS = [
    ("106-s46-dealer-complaint-ledger.xlsx", "xlsx", e106_s46_dealer_ledger),
    ("107-s34-county-station-complaint-register.csv", "gbk", e107_s34_county_station),
]
