"""Starter-profile benchmark exports 224-225 (set 38c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 224 225    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, iso, iso_date, cn_date, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _office(rng, t, lo_h, hi_h, day_from=8, day_to=18):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night (and the weekend) into office hours."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    while not workday(u.date()):
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _workday_between(rng, lo, hi):
    while True:
        d = _rand_day(rng, lo, hi)
        if workday(d):
            return d


# --- 224: S34, a city construction-quality complaint office --------------------------------------------------------

S34_DISTRICTS = ["和平区", "沈河区", "皇姑区", "大东区", "铁西区", "浑南区", "于洪区", "沈北新区", "苏家屯区"]
S34_ESTATES = ["翰林府", "锦绣华庭", "北陵花园", "中海国际社区", "万科春河里", "保利海上五月花", "华润置地公园", "金地檀悦",
               "阳光新城", "碧桂园银河城", "龙湖天宸原著", "首开国风尚樾", "富力院士廷", "恒大绿洲", "北宸府"]
S34_MUNICIPAL = [("青年大街地下综合管廊工程", "沈河区", "新建"), ("南运河截污管线改造工程", "和平区", "改建"),
                 ("沈北新区供热管网改造工程", "沈北新区", "改建"), ("浑南大道道路拓宽工程", "浑南区", "扩建"),
                 ("铁西区老旧小区雨污分流工程", "铁西区", "改建"), ("于洪区燃气管网更新工程", "于洪区", "改建"),
                 ("皇姑区昆山西路排水管网工程", "皇姑区", "新建")]
# 反映问题, 问题部位, 是否防水类（保修5年）, 是否地基主体（合理使用年限内保修）
S34_PROBLEMS = [("屋面渗漏", "屋面", True, False), ("卫生间渗水至楼下", "卫生间", True, False),
                ("外墙渗水", "外墙", True, False), ("外墙保温层脱落", "外墙", False, False),
                ("墙体裂缝", "主体结构", False, True), ("楼板裂缝", "主体结构", False, True),
                ("地面空鼓开裂", "室内地面", False, False), ("供暖管道漏水", "供热系统", False, False),
                ("窗户渗水", "外窗", True, False), ("地下室渗水", "地下室", True, False),
                ("地基不均匀沉降", "地基基础", False, True), ("电气线路故障", "电气管线", False, False)]
S34_DECOR_PROBLEMS = [("吊顶脱落", "吊顶"), ("墙面瓷砖空鼓脱落", "墙面"), ("地面空鼓开裂", "室内地面"),
                      ("门窗安装松动", "门窗"), ("楼梯扶手松动", "楼梯间")]
S34_MUNI_PROBLEMS = [("路面塌陷", "道路结构层"), ("检查井盖下沉", "检查井"), ("管道接口渗漏", "管线"),
                     ("混凝土强度不足", "主体结构"), ("回填土未分层压实", "沟槽回填")]


def e224_s34_shenyang_complaint_ledger(rng, injected=None):
    """沈阳市建设工程质量监督站·工程质量投诉办公室（市级投诉管理工作机构）的“住建信访投诉管理系统”导出台账，
    CSV，GB18030。时间写作 2025-03-04 09:12:00，交付使用日期由窗口人员按“2003年10月15日”录入，其余日期写作 2025-03-04。

    读制度 YAML 之前写下的表头：投诉件编号、来件时间、来件方式（来信/来电/来访/网上信箱/12345转办）、投诉人、联系电话、
    工程名称、所在区县、工程性质（新建/改建/扩建）、工程类别（房屋建筑/市政/公用/装饰装修）、工程状态（在建/已交付使用）、
    交付使用日期、反映问题、问题部位、转办单位、承办人、现场核查日期、处理意见、办结日期、答复投诉人日期、备注。

    读过制度 YAML 后补的列：是否在保修期内（是/否；在建工程写“/”）、保修期依据（国务院279号令 / 辽宁省建设工程质量条例；
    在建工程写“/”）。问题发生阶段就是原有的“工程状态”，交付使用日期原有。

    制度可检查的规则只有四条（三个取值、案件编号唯一）；“超过保修期、在使用过程中”的受理范围规则因原文没有受理环节，
    任何导出都无法检查，所以超过保修期的已交付工程照常登记并写“告知向产权单位反映”，不算注入。

    注入的违规（按规则 id 计数，共 13）：within_warranty 3（待鉴定、待核实、不确定）、project_stage 3（不详、待核实、其他）、
    warranty_basis 4（交付日期不详、按合同约定、待查）、case_number 3（系统恢复后同号重录的另一件投诉）。

    陷阱：在建工程的“是否在保修期内”“保修期依据”写“/”（不适用，映射为空）；交付日期恰在 2000年1月30日前后的工程
    （1月28日按省条例，2月中旬按279号令）；超过保修期、已交付使用的投诉（本应转产权单位，规则无法检查）；
    同一问题邻户来电补录的“ZLTS-2025-00xx补”编号不是重复；还在办理、未办结的投诉。
    """
    taken: set = set()
    staff = distinct_names(rng, 5, taken)
    n = rng.randint(44, 50)
    complainants = distinct_names(rng, n + 4, taken)

    recv = []
    for _ in range(n):
        d = _workday_between(rng, date(2025, 1, 6), date(2025, 6, 27))
        recv.append(_at(rng, d, 8.5, 17.2).replace(second=rng.randint(0, 59)))
    recv.sort()

    cases = []
    first_no = rng.randint(8, 20)
    for t0 in recv:
        district = rng.choice(S34_DISTRICTS)
        kind = pick(rng, [("房屋建筑工程", 70), ("市政基础设施工程", 12), ("装饰装修工程", 10), ("公用工程", 8)])
        stage = pick(rng, [("已交付使用", 72), ("在建", 28)])
        nature = pick(rng, [("新建", 80), ("改建", 12), ("扩建", 8)])
        if kind in ("市政基础设施工程", "公用工程"):
            project, district, nature = rng.choice(S34_MUNICIPAL)
            problem, part = rng.choice(S34_MUNI_PROBLEMS)
            waterproof, structural = part == "管线", part in ("主体结构", "道路结构层")
        else:
            project = f"{rng.choice(S34_ESTATES)}{rng.choice(['', '一期', '二期', '三期'])}{rng.randint(1, 28)}号楼"
            problem, part, waterproof, structural = rng.choice(S34_PROBLEMS)
            if kind == "装饰装修工程":
                project = f"{rng.choice(S34_ESTATES)}公共区域装饰装修工程"
                (problem, part), waterproof, structural = rng.choice(S34_DECOR_PROBLEMS), False, False
        handover = None
        if stage == "已交付使用":
            year = pick(rng, [(rng.randint(2022, 2024), 55), (rng.randint(2015, 2021), 28), (rng.randint(2000, 2014), 12),
                              (rng.randint(1995, 1999), 5)])
            handover = _rand_day(rng, date(year, 1, 1), date(year, 12, 28))
            age = (t0.date() - handover).days / 365.25
            within = structural or age <= 2 or (waterproof and age <= 5)
            warranty = "是" if within else "否"
            basis = "国务院279号令" if handover > date(2000, 1, 30) else "辽宁省建设工程质量条例"
        else:
            warranty, basis = "/", "/"
        cases.append(dict(t0=t0, district=district, kind=kind, stage=stage, project=project, problem=problem,
                          part=part, nature=nature, handover=handover, warranty=warranty, basis=basis, trap=False))

    # traps: hand-over dates either side of 30 January 2000
    delivered = [c for c in cases if c["stage"] == "已交付使用" and c["kind"] == "房屋建筑工程"]
    for c, d in zip(rng.sample(delivered, 2), (date(2000, 1, 28), date(2000, 2, rng.randint(10, 20)))):
        c["handover"] = d
        c["basis"] = "国务院279号令" if d > date(2000, 1, 30) else "辽宁省建设工程质量条例"
        c["warranty"] = "否" if c["part"] not in ("主体结构", "地基基础") else "是"
        c["trap"] = True

    rows = []
    numbers = []
    for k, c in enumerate(cases):
        t0 = c["t0"]
        number = f"ZLTS-2025-{first_no + k:04d}"
        numbers.append(number)
        handler = rng.choice(staff)
        channel = pick(rng, [("来电", 30), ("来访", 22), ("来信", 12), ("网上信箱", 16), ("12345转办", 20)])
        beyond = c["stage"] == "已交付使用" and c["warranty"] == "否"
        if beyond:
            forward = "产权单位"
            opinion = "超过保修期，告知投诉人向产权单位或物业反映"
        elif c["stage"] == "在建":
            forward = f"{c['district']}住房和城乡建设局"
            opinion = rng.choice(["责令施工单位限期整改", "下发整改通知书，监理单位督促整改", "经核查属实，责令停工整改"])
        else:
            forward = pick(rng, [("建设单位", 55), (f"{c['district']}住房和城乡建设局", 30), ("市房产局", 15)])
            opinion = rng.choice(["责成建设单位限期维修", "已转属地住建局督办维修", "经核查情况属实，建设单位已维修",
                                  "经核查不属实，已向投诉人解释"])
        check = _cut(_office(rng, t0, 20, 24 * 6)) if not beyond else None
        done = None
        if beyond:
            done = _cut(_office(rng, t0, 2, 48))
        elif check:
            done = _cut(_office(rng, check, 24, 24 * 25))
        reply = _cut(_office(rng, done, 0, 48)) if done else None
        rows.append({
            "投诉件编号": number,
            "来件时间": iso(t0),
            "来件方式": channel,
            "投诉人": complainants[k],
            "联系电话": mobile(rng),
            "工程名称": c["project"],
            "所在区县": c["district"],
            "工程性质": c["nature"],
            "工程类别": c["kind"],
            "工程状态": c["stage"],
            "交付使用日期": cn_date(c["handover"]) if c["handover"] else "",
            "是否在保修期内": c["warranty"],
            "保修期依据": c["basis"],
            "反映问题": c["problem"],
            "问题部位": c["part"],
            "转办单位": forward,
            "承办人": handler,
            "现场核查日期": iso_date(check) if check else "",
            "处理意见": opinion if done else ("正在核查" if check else "待现场核查"),
            "办结日期": iso_date(done) if done else "",
            "答复投诉人日期": iso_date(reply) if reply else "",
            "备注": "",
        })

    def note(row, rule):
        if injected is not None:
            injected.append((row["投诉件编号"], rule))

    idx = [i for i, c in enumerate(cases) if not c["trap"]]
    rng.shuffle(idx)
    delivered_idx = [i for i in idx if rows[i]["工程状态"] == "已交付使用"]

    def take_delivered(within=False):
        i = next(j for j in reversed(delivered_idx) if not within or rows[j]["是否在保修期内"] == "是")
        delivered_idx.remove(i)
        idx.remove(i)
        return rows[i]

    for value in ("待鉴定", "待核实", "不确定"):   # the office could not tell yet whether the defect is still covered
        row = take_delivered(within=True)
        row["是否在保修期内"] = value
        row["备注"] = "需委托检测机构鉴定" if value == "待鉴定" else ""
        note(row, "within_warranty")
    for value in ("不详", "待核实", "其他"):   # complaints by web form or hotline that did not say whether it is built
        i = next(j for j in reversed(idx) if rows[j]["工程状态"] == "在建")
        idx.remove(i)
        row = rows[i]
        row["工程状态"] = value
        note(row, "project_stage")
    for value in ("交付日期不详", "按合同约定", "待查", "交付日期不详"):
        row = take_delivered(within=True)
        row["保修期依据"] = value
        if value == "交付日期不详":
            row["交付使用日期"] = ""
        note(row, "warranty_basis")

    # trap: a re-registered complaint gets a "补" number, which is a different number
    base = rows[idx.pop()]
    extra = dict(base, **{"投诉件编号": base["投诉件编号"] + "补", "来件方式": "来电", "投诉人": complainants[-1],
                          "联系电话": mobile(rng), "备注": "同一问题，邻户来电补录"})
    again = datetime.fromisoformat(base["来件时间"]) + timedelta(minutes=rng.randint(40, 300))
    extra["来件时间"] = iso(again.replace(second=rng.randint(0, 59)))
    rows.insert(rows.index(base) + 1, extra)

    # duplicates: after a system restore three numbers were handed out a second time to other complaints
    for _ in range(3):
        source = rows[idx.pop()]
        victim = rows[idx.pop()]
        victim["投诉件编号"] = source["投诉件编号"]
        note(victim, "case_number")

    hand = {
        "procedure": "s34-liaoning-construction-quality-complaints",
        "columns": {
            "投诉件编号": "case_number",
            "交付使用日期": "handover_date",
            "是否在保修期内": "within_warranty",
            "工程状态": "project_stage",
            "保修期依据": "warranty_basis",
        },
        "values": {
            "within_warranty": {"是": "yes", "否": "no", "/": ""},
            "project_stage": {"在建": "construction", "已交付使用": "in_use"},
            "warranty_basis": {"国务院279号令": "delivered_after_2000_01_30",
                               "辽宁省建设工程质量条例": "delivered_before_2000_01_30", "/": ""},
        },
    }
    return rows, hand


# --- 225: S38, Nanshan Aluminium industrial profiles, QMS complaint ledger ----------------------------------------

S38_CUSTOMERS_DOMESTIC = ["青岛海川轨道装备有限公司", "江苏恒润汽车部件有限公司", "宁波德隆精密机械有限公司",
                          "天津博远轨道车辆配件有限公司", "烟台福森新能源科技有限公司", "常州瑞泰散热器有限公司",
                          "广东粤兴光伏支架有限公司", "长春一汽富晟零部件有限公司"]
S38_CUSTOMERS_EXPORT = ["Alutec Industrie GmbH", "Sanwa Metal Co., Ltd.", "Nordic Rail Components AB",
                        "Pacific Solar Mounting Pty Ltd"]
S38_ALLOYS = ["6063-T5", "6063-T6", "6061-T6", "6082-T6", "6005A-T6", "6060-T66"]
S38_OWN = ["表面划伤", "壁厚偏薄，尺寸超差", "氧化膜色差", "弯曲度超标", "硬度不合格（韦氏硬度偏低）", "挤压纹明显",
           "端面毛刺未清理", "扭拧度超差", "力学性能不合格", "表面气泡"]
S38_NOT_OWN = ["客户二次加工后变形", "客户仓储不当导致腐蚀", "运输途中包装破损磕碰（承运方责任）",
               "客户按旧版图纸验收", "客户焊接工艺不当开裂"]
S38_MEASURES = {"表面划伤": "增加包装隔条及护角，料框加垫毛毡", "壁厚偏薄，尺寸超差": "更换模具并首件全检",
                "氧化膜色差": "氧化槽液成分每班化验，同批次同槽氧化", "弯曲度超标": "调整矫直工艺，增加在线直线度抽检",
                "硬度不合格（韦氏硬度偏低）": "调整时效工艺参数，每炉取样", "挤压纹明显": "调整挤压速度并修模",
                "端面毛刺未清理": "修订锯切工序作业指导书", "扭拧度超差": "调整牵引与矫直参数",
                "力学性能不合格": "调整时效工艺参数，每炉取样做拉伸试验", "表面气泡": "加强铸棒除气，调整挤压温度"}


def e225_s38_nanshan_qms_complaints(rng, injected=None):
    """山东南山铝业工业型材厂售后服务部在 QMS“客诉管理”模块导出的客诉台账，XLSX（工作表“导出”），时间为日期时间单元格。

    读制度 YAML 之前写下的表头：客诉单号、接报时间、接报人、接报部门（售后服务部/销售部）、客户名称、销售订单号、型材型号、
    合金状态、生产批号、问题描述、不良数量（支）、现场确认时间、确认结论（我司质量问题/非我司质量问题）、166-1提交时间、
    质量部接收时间、质量部接收人、166-2完成时间、整改措施、关闭时间、单据状态。

    读过制度 YAML 后补的列：确认部门（先期分析的办理部门）、166-1填单部门、处理部门（质量部接收的办理部门）、
    166-2编制部门、跟踪验证时间、验证部门。

    注入的违规（按规则 id 计数，共 18）：feedback_form_for_own_issue 2、countermeasure_form_before_close 2、
    follow_up_until_closed 2、own_quality_issue 2（部分我司责任、待第三方检测）、receive_by_after_sales_or_sales 1、
    preliminary_analysis_by_after_sales_or_sales 1、feedback_form_by_after_sales_or_sales 1、
    quality_handle_by_quality_mgmt 1、countermeasure_by_quality_mgmt 1、follow_up_by_quality_mgmt 1、
    preliminary_analysis-feedback_form 1、feedback_form-quality_handle 1、countermeasure-follow_up 1、case_number 1。

    陷阱：非我司质量问题的投诉没有 166-1/166-2/跟踪验证就关闭（客户自行处理，不要求）；我司问题仍在处理中、还没有
    166-2 或跟踪验证（只对已关闭的要求）；国内销售部、外贸销售部接报和先期确认（销售部跟单员、销售员可以）；
    不必到现场的投诉没有现场确认时间；166-1 提交与质量部接收同一天、相隔几十分钟；客户再次反馈的“-R”单号不是重复。
    """
    taken: set = set()
    after_sales = distinct_names(rng, 3, taken)
    domestic = distinct_names(rng, 2, taken)
    foreign = distinct_names(rng, 1, taken)
    quality = distinct_names(rng, 3, taken)
    n = rng.randint(40, 46)

    recv = []
    for _ in range(n):
        d = _workday_between(rng, date(2025, 1, 6), date(2025, 6, 27))
        recv.append(_at(rng, d, 8.0, 17.5))
    recv.sort()

    cases = []
    for k, t0 in enumerate(recv):
        dept = pick(rng, [("售后服务部", 60), ("国内销售部", 25), ("外贸销售部", 15)])
        taker = rng.choice({"售后服务部": after_sales, "国内销售部": domestic, "外贸销售部": foreign}[dept])
        customer = rng.choice(S38_CUSTOMERS_EXPORT if dept == "外贸销售部" else S38_CUSTOMERS_DOMESTIC)
        own = rng.random() < 0.75
        c = {"t0": t0, "dept": dept, "taker": taker, "customer": customer, "own": own,
             "no": f"GYKS-2025{k + 1:03d}", "alloy": rng.choice(S38_ALLOYS),
             "problem": rng.choice(S38_OWN if own else S38_NOT_OWN)}
        # the site visit ("如有必要") by after-sales or the salesman who took it; foreign customers mostly by photo
        visit = rng.random() < (0.35 if dept == "外贸销售部" else 0.65)
        c["pre_at"] = _cut(_office(rng, t0, 4, 72)) if visit else None
        c["pre_by"] = (dept if dept != "外贸销售部" else "售后服务部") if c["pre_at"] else None
        decided = c["pre_at"] or _cut(_office(rng, t0, 1, 24))
        c["verdict"] = ("我司质量问题" if own else "非我司质量问题") if decided else None
        for key in ("ff_at", "ff_by", "qh_at", "qh_by", "cm_at", "cm_by", "fu_at", "fu_by", "closed"):
            c[key] = None
        if decided and own:
            c["ff_at"] = _cut(_office(rng, decided, 1, 30))
            if c["ff_at"]:
                c["ff_by"] = c["pre_by"] or ("售后服务部" if dept == "外贸销售部" else dept)
            if c["ff_at"]:
                c["qh_at"] = _cut(_office(rng, c["ff_at"], 0.3, 20))
                c["qh_by"] = "工业型材质量管理部" if c["qh_at"] else None
            if c["qh_at"]:
                c["cm_at"] = _cut(_office(rng, c["qh_at"], 24, 24 * 7))
                c["cm_by"] = "工业型材质量管理部" if c["cm_at"] else None
            if c["cm_at"]:
                c["fu_at"] = _cut(_office(rng, c["cm_at"], 24 * 7, 24 * 30))
                c["fu_by"] = "工业型材质量管理部" if c["fu_at"] else None
            if c["fu_at"]:
                c["closed"] = _cut(_office(rng, c["fu_at"], 1, 72))
        elif decided:
            c["closed"] = _cut(_office(rng, decided, 2, 48))
        cases.append(c)

    def note(c, rule):
        if injected is not None:
            injected.append((c["no"], rule))

    closed_own = [c for c in cases if c["own"] and c["closed"]]
    rng.shuffle(closed_own)
    with_visit = [c for c in closed_own if c["pre_at"]]
    used = set()

    def take(pool):
        for c in pool:
            if c["no"] not in used:
                used.add(c["no"])
                return c
        raise RuntimeError("no case left for an injection")

    # missing forms and follow-up on closed own-quality cases
    for _ in range(2):
        c = take(closed_own)
        c["ff_at"] = c["ff_by"] = None
        note(c, "feedback_form_for_own_issue")
    for _ in range(2):
        c = take(closed_own)
        c["cm_at"] = c["cm_by"] = None
        note(c, "countermeasure_form_before_close")
    for _ in range(2):
        c = take(closed_own)
        c["fu_at"] = c["fu_by"] = None
        note(c, "follow_up_until_closed")
    # verdicts outside yes/no
    for value in ("部分我司责任", "待第三方检测"):
        c = take(closed_own)
        c["verdict"] = value
        note(c, "own_quality_issue")
    # wrong departments
    c = take([x for x in closed_own if x["dept"] == "售后服务部" and not x["pre_at"]])
    c["dept"], c["taker"] = "工业型材质量管理部", rng.choice(quality)
    note(c, "receive_by_after_sales_or_sales")
    c = take(with_visit)
    c["pre_by"] = "工艺技术部"
    note(c, "preliminary_analysis_by_after_sales_or_sales")
    c = take(closed_own)
    c["ff_by"] = "工业型材质量管理部"
    note(c, "feedback_form_by_after_sales_or_sales")
    c = take(closed_own)
    c["qh_by"] = "生产部"
    note(c, "quality_handle_by_quality_mgmt")
    c = take(closed_own)
    c["cm_by"] = "工艺技术部"
    note(c, "countermeasure_by_quality_mgmt")
    c = take(closed_own)
    c["fu_by"] = "挤压分厂"
    note(c, "follow_up_by_quality_mgmt")
    # steps out of order
    c = take(with_visit)   # the 166-1 went in from the phone call, the site visit came a day later
    c["pre_at"] = _office(rng, c["ff_at"], 20, 30)
    note(c, "preliminary_analysis-feedback_form")
    c = take(closed_own)   # quality received the phone notice, the form was filled in afterwards
    c["ff_at"], c["qh_at"] = _office(rng, c["qh_at"], 3, 20), c["ff_at"]
    c["ff_at"] = min(c["ff_at"], c["cm_at"] - timedelta(hours=1))
    note(c, "feedback_form-quality_handle")
    c = take(closed_own)   # verification dated before the 166-2 was written up
    c["fu_at"] = max(c["cm_at"] - timedelta(minutes=rng.randint(200, 1700)), c["qh_at"] + timedelta(minutes=75))
    note(c, "countermeasure-follow_up")

    rows = []
    for c in cases:
        status = "已关闭" if c["closed"] else ("处理中" if c["verdict"] else "待确认")
        rows.append({
            "客诉单号": c["no"],
            "接报时间": c["t0"],
            "接报部门": c["dept"],
            "接报人": c["taker"],
            "客户名称": c["customer"],
            "销售订单号": f"SO25{rng.randint(10000, 99999)}",
            "型材型号": f"GY-{rng.randint(10000, 39999)}",
            "合金状态": c["alloy"],
            "生产批号": f"JY{(c['t0'] - timedelta(days=rng.randint(12, 80))).strftime('%y%m%d')}-{rng.randint(1, 12):02d}",
            "问题描述": c["problem"],
            "不良数量(支)": rng.randint(6, 900),
            "现场确认时间": c["pre_at"],
            "确认部门": c["pre_by"],
            "确认结论": c["verdict"],
            "166-1提交时间": c["ff_at"],
            "166-1填单部门": c["ff_by"],
            "质量部接收时间": c["qh_at"],
            "处理部门": c["qh_by"],
            "质量部接收人": rng.choice(quality) if c["qh_at"] else None,
            "166-2完成时间": c["cm_at"],
            "166-2编制部门": c["cm_by"],
            "整改措施": S38_MEASURES.get(c["problem"]) if c["cm_at"] else None,
            "跟踪验证时间": c["fu_at"],
            "验证部门": c["fu_by"],
            "关闭时间": c["closed"],
            "单据状态": status,
        })

    # trap: the customer came back on a closed case; the re-complaint gets a "-R" number of its own
    late = [r for r in rows if r["单据状态"] == "已关闭" and r["确认结论"] == "我司质量问题"
            and r["客诉单号"] not in used and datetime(2025, 5, 1) < r["关闭时间"] < datetime(2025, 6, 20)]
    if late:
        base = rng.choice(late)
        t0 = _at(rng, _workday_between(rng, max(base["关闭时间"].date() + timedelta(days=3), date(2025, 6, 16)),
                                       date(2025, 6, 27)), 8.5, 17)
        again = {h: None for h in base}
        again.update({"客诉单号": base["客诉单号"] + "-R", "接报时间": t0, "接报部门": "售后服务部",
                      "接报人": rng.choice(after_sales), "客户名称": base["客户名称"], "销售订单号": base["销售订单号"],
                      "型材型号": base["型材型号"], "合金状态": base["合金状态"], "生产批号": base["生产批号"],
                      "问题描述": base["问题描述"] + "（客户再次反馈）", "不良数量(支)": rng.randint(3, 60),
                      "单据状态": "待确认"})
        rows.append(again)

    # duplicate: the ERP handed out one number twice on the day of the upgrade
    src, victim = rng.sample([r for r in rows if r["客诉单号"] not in used and not r["客诉单号"].endswith("-R")], 2)
    victim["客诉单号"] = src["客诉单号"]
    if injected is not None:
        injected.append((victim["客诉单号"], "case_number"))
    rows.sort(key=lambda r: r["接报时间"])

    hand = {
        "procedure": "s38-nanshan-aluminium-quality-complaints",
        "sheet": "导出",
        "columns": {
            "客诉单号": "case_number",
            "接报时间": "receive_at",
            "接报部门": "receive_by",
            "问题描述": "content",
            "现场确认时间": "preliminary_analysis_at",
            "确认部门": "preliminary_analysis_by",
            "确认结论": "own_quality_issue",
            "166-1提交时间": "feedback_form_at",
            "166-1填单部门": "feedback_form_by",
            "质量部接收时间": "quality_handle_at",
            "处理部门": "quality_handle_by",
            "166-2完成时间": "countermeasure_at",
            "166-2编制部门": "countermeasure_by",
            "跟踪验证时间": "follow_up_at",
            "验证部门": "follow_up_by",
            "关闭时间": "closed_at",
        },
        "values": {
            "own_quality_issue": {"我司质量问题": True, "非我司质量问题": False},
        },
        "roles": {
            "售后服务部": "after_sales",
            "国内销售部": "sales",
            "外贸销售部": "sales",
            "工业型材质量管理部": "quality_mgmt",
            "工艺技术部": "process_tech",
            "生产部": "production",
            "挤压分厂": "production",
        },
    }
    return rows, hand


EXPORTS = [
    ("224-s34-shenyang-complaint-ledger.csv", "gb18030", e224_s34_shenyang_complaint_ledger),
    ("225-s38-nanshan-qms-complaints.xlsx", "xlsx", e225_s38_nanshan_qms_complaints),
]
