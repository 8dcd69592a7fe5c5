"""Starter-profile benchmark exports 96-97 (set 17a), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 96 97    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import (Case, START, pick, slash, person_name as _name, mobile as _mobile, distinct_names,
                          nth_workday_after, workday, working_minutes)


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _office_time(rng, day):
    """A time inside office hours on the first working day from `day` on."""
    d = day.date()
    while not workday(d):
        d += timedelta(days=1)
    return datetime(d.year, d.month, d.day, rng.choice([8, 9, 9, 10, 10, 11, 14, 14, 15, 16]), rng.randint(0, 59))


def _day(t):
    return datetime(t.year, t.month, t.day) if t else None


def _workday_after(t, k):
    d = nth_workday_after(t.date(), k)
    return datetime(d.year, d.month, d.day)


# --- 96: S43, a county housing and construction bureau's construction-quality complaint register --------------------

def e96_s43_county_bureau(rng, injected=None):
    """泗阳县住房和城乡建设局（县建设工程质量监督站承办）“建设工程质量投诉登记台账”（XLSX，局质安科每周维护），
    按 S43《江苏省建设工程质量投诉处理规定》（摘要）审计。
    日期写法：XLSX 真日期单元格；收件时间带时分，意见日期、结案日期、上报省站备案日期只有日期。
    来源：来访 / 来信 / 12345转办 / 市局转办 / 省站转办（只有“省站转办”是省投诉处理机构转交办理）。
    承办科室：监督一科、监督二科、监督三科、局质安科都属县投诉处理机构；“××镇建管所”是乡镇建设管理所（有关行政部门）。
    办案人、站负责人签字写员工姓名（办案人是监督科室的监督员，签字的是站长、副站长）。
    读过制度 YAML 后补的列：事项性质（category）、直接利害关系（direct_interest）、实名（anonymous）、涉诉情况（in_judicial_process）、
    需会同处理（needs_joint_handling）、现场踏勘日期（处理环节 handle 的时间）；原拟的“立案日期”改为“意见日期”（立案、不予立案、转举报都记这一天，立案意见列说是哪种），
    原拟的“投诉目的及请求事项”拆成“投诉目的”“请求事项”两列（制度要求两项分别阐明）。
    注入：投诉编号重复 1 对；实名投诉未登记身份证号 1 件；证据材料空白 1 件；工程质量投诉（实名、有利害关系、未涉诉）了解后没有立案意见 1 件；
    拆迁安置纠纷予以立案 1 件（同时没有引导起诉）；邻里纠纷写“不予立案”但没有引导起诉 1 件；匿名投诉予以立案 1 件；
    已起诉的投诉予以立案 1 件；无直接利害关系（周边居民）予以立案、没有转举报 1 件；省站转办已结案未上报省站备案 1 件；
    省站转办上报备案日期晚于结案日期 1 件；需会同处理已结案、会同部门空白 1 件；已结案负责人“未签”1 件、签字空白 1 件；
    交乡镇建管所承办 1 件。共 15 处。
    陷阱（不是违规）：市局转办的结案后没有上报省站（不是省站转交）；省站转办尚未结案、没有上报；需会同处理尚未现场踏勘、会同部门还空着；
    未结案的没有负责人签字；匿名投诉、已起诉的投诉“不予立案”；非工程质量事项“不予立案（已告知起诉途径）”；
    无直接利害关系的“按举报转办”；上报省站与结案同一天；涉诉情况空白（未填，不是“已起诉”）；承办科室为局质安科（县局本部）。
    附带的发现：两件匿名投诉都没有身份证号（“投诉时应出示身份证明”，制度没有为匿名投诉开例外），各报一次 show_identity。
    """
    n = 58
    slots = list(range(3, n - 8))      # injections and traps land on cases received early enough to be closed
    rng.shuffle(slots)
    take = lambda k: [slots.pop() for _ in range(k)]  # noqa: E731
    bad_no_id = take(1)
    bad_no_evidence = take(1)
    bad_not_registered = take(1)
    bad_resettle_registered = take(1)
    bad_no_guidance = take(1)
    bad_anon_registered = take(1)
    bad_sued_registered = take(1)
    bad_no_interest_registered = take(1)
    bad_prov_no_report = take(1)
    bad_prov_late_report = take(1)
    bad_joint_blank = take(1)
    bad_unsigned = take(1)
    bad_sign_blank = take(1)
    bad_township = take(1)
    trap_city_closed = take(1)
    trap_anon = take(1)
    trap_sued = take(1)
    trap_report_as_tipoff = take(2)
    trap_non_quality = take(4)
    trap_prov_same_day = take(1)
    late = list(range(n - 6, n))       # received in June: still open
    trap_prov_open = [late[0]]
    trap_joint_open = [late[1]]

    taken: set = set()
    officers = distinct_names(rng, 5, taken)           # 监督员（办案人）
    heads = distinct_names(rng, 2, taken)              # 站长、副站长
    sections = ["监督一科", "监督二科", "监督三科"]
    townships = ["爱园镇建管所", "王集镇建管所"]

    projects = [
        ("泗阳县锦绣华庭二期", "泗阳锦绣置业有限公司", "江苏华建建设集团有限公司"),
        ("众兴镇城南安置小区三期", "泗阳县城市建设投资有限公司", "宿迁市宏远建设工程有限公司"),
        ("泗阳碧桂园·御府", "泗阳碧桂园房地产开发有限公司", "中建八局第三建设有限公司"),
        ("县人民医院门诊楼扩建工程", "泗阳县人民医院", "江苏省华建建设股份有限公司"),
        ("运河湾壹号院", "泗阳运河湾房地产开发有限公司", "江苏南通二建集团有限公司"),
        ("泗阳县实验小学教学综合楼", "泗阳县教育局", "宿迁市恒泰建设有限公司"),
        ("爱园镇美丽乡村集中居住区", "爱园镇人民政府", "泗阳县第一建筑安装工程有限公司"),
        ("恒大名都（泗阳）", "泗阳恒大置业有限公司", "江苏龙海建工集团有限公司"),
    ]
    quality_issues = [
        ("卫生间楼板渗漏，楼下住户顶棚霉变", "督促建设单位履行保修责任", "对卫生间防水层返修并恢复楼下吊顶"),
        ("外墙保温层大面积空鼓、局部脱落，存在坠落风险", "消除安全隐患", "对外墙保温层全面排查整改"),
        ("客厅楼板出现贯通裂缝，宽度约1mm", "查明裂缝原因", "委托检测并出具加固方案"),
        ("屋面防水失效，顶层卧室雨天漏水", "督促维修", "对屋面防水重新施工"),
        ("地下车库顶板渗水，车辆被腐蚀", "督促维修并追究施工单位责任", "车库顶板堵漏并处理结构裂缝"),
        ("阳台栏杆松动，高度不足1.05m", "消除坠落隐患", "按规范更换栏杆"),
        ("入户门及窗框变形，关闭不严", "督促维修", "更换窗框、调整入户门"),
        ("楼梯间墙面抹灰大面积开裂起鼓", "督促维修", "铲除空鼓抹灰重做"),
        ("地面沉降，室内地砖开裂", "查明原因并整改", "对回填土沉降部位进行处理"),
        ("教室墙体裂缝，担心学生安全", "查明是否存在结构安全问题", "组织结构安全鉴定"),
    ]
    non_quality = {
        "房地产民事纠纷": ("开发商延期交房且实测面积比合同少3.2平方米", "要求开发商赔偿", "要求退还面积差价并支付违约金"),
        "邻里纠纷": ("楼上住户装修拆改承重墙，担心影响本户", "要求制止", "要求楼上恢复原状"),
        "拆迁补偿": ("安置房评估价格过低", "要求提高补偿", "要求重新评估补偿款"),
        "拆迁安置": ("安置房分配楼层不满意", "要求调整安置房源", "要求更换低楼层安置房"),
        "阻工": ("相邻工地夜间施工影响休息，要求停工", "要求停止施工", "要求该工地停工"),
    }
    joint_depts = ["县城管局", "县自然资源和规划局", "县市场监管局", "县消防救援大队", "县供电公司"]
    evidences = ["现场照片8张", "照片、视频", "购房合同复印件、照片", "第三方检测报告", "照片12张、维修申请记录",
                 "房产证复印件、现场照片"]
    relations = [("业主", 70), ("业主（委托家属）", 8), ("承租人", 6), ("业主委员会", 6), ("使用单位", 4)]

    rows = []
    day = START - timedelta(days=58)
    for i in range(n):
        day = day + timedelta(hours=rng.choice([40, 48, 52, 60, 72, 70]))
        recv = _office_time(rng, day)
        if i in late:
            recv = _office_time(rng, datetime(2025, 6, 9) + timedelta(days=3 * late.index(i)))
        proj, builder, contractor = rng.choice(projects)
        source = pick(rng, [("来访", 36), ("来信", 14), ("12345转办", 28), ("市局转办", 10), ("省站转办", 8)])
        if i in bad_prov_no_report + bad_prov_late_report + trap_prov_same_day + trap_prov_open:
            source = "省站转办"
        elif i in trap_city_closed:
            source = "市局转办"
        elif source == "省站转办":
            source = "来访"
        category = "工程质量"
        if i in trap_non_quality:
            category = ["房地产民事纠纷", "邻里纠纷", "拆迁补偿", "阻工"][trap_non_quality.index(i)]
        if i in bad_resettle_registered:
            category = "拆迁安置"
        if i in bad_no_guidance:
            category = "邻里纠纷"
        anonymous = i in bad_anon_registered + trap_anon
        sued = i in bad_sued_registered + trap_sued
        no_interest = i in bad_no_interest_registered + trap_report_as_tipoff
        if category == "工程质量":
            reason, purpose, demand = rng.choice(quality_issues)
        else:
            reason, purpose, demand = non_quality[category]

        # the decision: 立案 / 不予立案 / 不予立案（已告知起诉途径）/ 按举报转办
        if i in bad_not_registered:
            verdict = ""
        elif i in bad_resettle_registered + bad_anon_registered + bad_sued_registered + bad_no_interest_registered:
            verdict = "予以立案"
        elif i in bad_no_guidance:
            verdict = "不予立案"
        elif category != "工程质量":
            verdict = "不予立案（已告知起诉途径）"
        elif anonymous or sued:
            verdict = "不予立案"
        elif no_interest:
            verdict = "按举报转办"
        else:
            verdict = "予以立案"
        decided = _workday_after(recv, rng.choice([1, 1, 2, 3, 5])) if verdict else None

        registered = verdict == "予以立案"
        joint = (registered and rng.random() < 0.15) or i in bad_joint_blank + trap_joint_open
        section = handler = visited = closed = signer = reported = None
        remark = ""
        if registered:
            section = pick(rng, [(s, 30) for s in sections] + [("局质安科", 10)])
            if i in bad_township:
                section = townships[0]
                remark = "属地镇处理"
            handler = rng.choice(officers)
            visited = _workday_after(decided, rng.randint(1, 6))
            if visited > CUTOFF or i in trap_joint_open:
                visited = None
            closed = decided + timedelta(days=rng.randint(12, 45))
            if i in bad_township + bad_joint_blank + bad_unsigned + bad_sign_blank + bad_prov_no_report + \
                    bad_prov_late_report + trap_city_closed + trap_prov_same_day + bad_resettle_registered + \
                    bad_anon_registered + bad_sued_registered + bad_no_interest_registered:
                closed = decided + timedelta(days=rng.randint(12, 30))      # these are closed by June
            if closed > CUTOFF or i in late:
                closed = None
            if closed:
                signer = rng.choice(heads)
                if i in bad_unsigned:
                    signer = "未签"
                if i in bad_sign_blank:
                    signer = None
                if source == "省站转办":
                    reported = closed - timedelta(days=rng.randint(1, 3))
                    if i in trap_prov_same_day:
                        reported = closed
                    if i in bad_prov_late_report:
                        reported = closed + timedelta(days=rng.randint(3, 8))
                    if i in bad_prov_no_report:
                        reported = None

        row = Case()
        row["序号"] = i + 1
        row["投诉编号"] = f"泗建质投〔2025〕{i + 1:03d}号"
        row["收件时间"] = recv
        row["来源"] = source
        row["投诉人"] = "匿名" if anonymous else _name(rng)
        row["身份证号"] = "" if anonymous or i in bad_no_id else \
            f"321323{rng.randint(1958, 1998)}{rng.randint(1, 12):02d}****{rng.randint(0, 9)}{rng.choice('0123456789X')}"
        row["联系电话"] = "" if anonymous else _mobile(rng)
        row["与被投诉工程关系"] = "自称小区业主" if anonymous else \
            ("周边居民（非业主）" if no_interest else pick(rng, relations))
        row["工程名称"] = proj
        row["房号/部位"] = f"{rng.randint(1, 18)}#楼{rng.randint(1, 3)}单元{rng.randint(2, 26)}0{rng.randint(1, 4)}室" \
            if "医院" not in proj and "小学" not in proj else rng.choice(["三楼东侧教室", "门诊楼2层", "综合楼屋面"])
        row["建设单位"] = builder
        row["施工单位"] = contractor
        row["投诉事由"] = reason
        row["投诉目的"] = purpose
        row["请求事项"] = demand
        row["投诉书"] = "12345工单" if source == "12345转办" else "有"
        row["证据材料"] = "" if i in bad_no_evidence else rng.choice(evidences)
        row["事项性质"] = category
        row["直接利害关系"] = "无" if no_interest else "有"
        row["实名"] = "匿名" if anonymous else "实名"
        row["涉诉情况"] = "已起诉" if sued else pick(rng, [("无", 80), ("", 20)])
        row["需会同处理"] = "是" if joint else "否"
        row["会同部门"] = "" if (not joint or i in bad_joint_blank + trap_joint_open) else rng.choice(joint_depts)
        row["立案意见"] = verdict
        row["意见日期"] = decided
        row["不予立案理由"] = {"不予立案（已告知起诉途径）": f"属{category}，不属工程质量投诉",
                           "按举报转办": "与投诉人无直接利害关系，转举报程序"}.get(verdict, "")
        if verdict == "不予立案":
            row["不予立案理由"] = "匿名投诉" if anonymous else ("已进入诉讼程序" if sued else "不属工程质量投诉")
        row["承办科室"] = section or ""
        row["办案人"] = handler or ""
        row["现场踏勘日期"] = visited
        row["处理意见"] = ("责令施工单位限期整改，已复查" if closed else "责令整改，待复查") if registered else ""
        row["结案日期"] = closed
        row["站负责人签字"] = signer or ""
        row["上报省站备案日期"] = reported
        row["备注"] = remark or rng.choice(["", "", "", "", "已电话回复投诉人", "投诉人要求书面答复", "联合现场踏勘"])
        rows.append(row)

    # a repeated number: the clerk copied the row above for a second letter on the same matter
    busy = set(range(3, n - 8)) - set(slots)
    dup_src = next(k for k in range(10, n - 8) if k not in busy and k + 1 not in busy)
    rows[dup_src + 1]["投诉编号"] = rows[dup_src]["投诉编号"]

    if injected is not None:
        num = lambda i: rows[i]["投诉编号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        for kind, idx in [("no_id", bad_no_id), ("no_evidence", bad_no_evidence),
                          ("not_registered", bad_not_registered),
                          ("non_quality_registered", bad_resettle_registered), ("no_guidance", bad_no_guidance),
                          ("anonymous_registered", bad_anon_registered), ("sued_registered", bad_sued_registered),
                          ("no_interest_registered", bad_no_interest_registered),
                          ("province_no_report", bad_prov_no_report),
                          ("province_report_after_close", bad_prov_late_report),
                          ("joint_depts_blank", bad_joint_blank), ("unsigned", bad_unsigned),
                          ("signature_blank", bad_sign_blank), ("township_handles", bad_township)]:
            injected += [(num(i), kind) for i in idx]

    hand = {
        "procedure": "s43-jiangsu-construction-quality-complaints",
        "columns": {
            "投诉编号": "case_number", "收件时间": "review_at", "投诉人": "complainant", "身份证号": "id_number",
            "与被投诉工程关系": "interest_relation", "投诉事由": "complaint_reason", "投诉目的": "complaint_purpose",
            "请求事项": "demand", "证据材料": "evidence", "来源": "transferred_by_province", "事项性质": "category",
            "直接利害关系": "direct_interest", "实名": "anonymous", "涉诉情况": "in_judicial_process",
            "需会同处理": "needs_joint_handling", "会同部门": "joint_depts", "承办科室": "handle_by", "现场踏勘日期": "handle_at",
            "办案人": "close_by", "结案日期": "close_at", "站负责人签字": "head_signature",
            "上报省站备案日期": "report_to_province_at",
        },
        "values": {
            "transferred_by_province": {"省站转办": True, "来访": False, "来信": False, "12345转办": False, "市局转办": False},
            "category": {"工程质量": "quality", "房地产民事纠纷": "real_estate_dispute", "邻里纠纷": "neighbour_dispute",
                         "拆迁补偿": "demolition_compensation", "拆迁安置": "demolition_resettlement",
                         "阻工": "obstruct_construction"},
            "direct_interest": {"有": True, "无": False},
            "anonymous": {"实名": False, "匿名": True},
            "in_judicial_process": {"无": False, "已起诉": True},
            "needs_joint_handling": {"是": True, "否": False},
            "head_signature": {"未签": ""},
        },
        "roles": {**{s: "complaint_body" for s in sections}, "局质安科": "complaint_body",
                  **{t: "admin_depts" for t in townships}, **{o: "case_officer" for o in officers}},
        "outcomes": {"立案意见": {"date": "意见日期", "steps": {"予以立案": "register",
                                                         "不予立案（已告知起诉途径）": "guide_to_court",
                                                         "按举报转办": "handle_as_report"}}},
    }
    return rows, hand


# --- 97: S37, a district construction-quality supervision station's complaint ledger -------------------------------

def e97_s37_district_station(rng, injected=None):
    """厦门市海沧区建设工程质量安全监督站 质量投诉受理窗口“质量投诉受理登记台账”（GBK 编码 CSV，站内台账系统导出），
    按 S37《厦门市建设工程质量投诉处理工作细则》审计（区站窗口参照市站细则，由各监督科室轮流值班）。
    日期写法：2025/3/4 9:12（slash）。投诉方式：来信 / 电子邮件 / 传真 / 来访 / 来电。
    值班人写员工姓名，都是轮流值班的监督科室监督员；主办人是综合管理室的投诉主办人员。
    读过制度 YAML 后补的列：问题类别（按类别判断是否属工程质量缺陷：物业服务、延期交房、面积差异、配套设施不是）、
    同意整改、二次装修、竣工验收、保修情况、涉诉情况（第三条六种情形的受理审查项），录入时间（“受理情况”一栏的时间：
    受理的是登记时间，不予受理的是告知其他途径的时间）；原拟的“是否受理”改名“受理情况”。
    注入：登记号重复 1 对（同一投诉人第二次来电另起一行、号没改）；受理件联系方式空白 1 件、工程报建名称空白 1 件、房号空白 1 件、
    与产权人关系空白 2 件；受理件没有报告主办人时间 2 件；报告主办人时间早于录入时间 1 件；要求退房的投诉作为受理件登记 1 件、
    二次装修造成的缺陷作为受理件登记 1 件、超保修期的作为受理件登记 1 件（这三件同时没有建议另循途径）；
    属受理范围却既没有登记也没有告知（受理情况空白）1 件；投诉方式写“网上信访”（不在书信、电子邮件、传真、走访、来电之列）1 件。共 14 处。
    陷阱（不是违规）：在建工程（竣工验收“在建”，保修情况“施工阶段”）照常受理；诉求“要求维修”即要求整改；
    物业服务、延期交房等非质量问题“不予受理”并告知途径；已起诉的、二次装修的、要求赔偿的“不予受理”；不予受理的没有工程名称、房号
    （只对受理件要求记录）；报告主办人晚了三四天（“及时”没有时限）；同意整改空白（未问，不是“不同意”）。
    """
    n = 64
    slots = list(range(2, n - 2))
    rng.shuffle(slots)
    take = lambda k: [slots.pop() for _ in range(k)]  # noqa: E731
    bad_no_contact = take(1)
    bad_no_project = take(1)
    bad_no_house = take(1)
    bad_no_relation = take(2)
    bad_no_report = take(2)
    bad_report_early = take(1)
    bad_return_house = take(1)
    bad_decoration = take(1)
    bad_warranty = take(1)
    bad_blank_outcome = take(1)
    bad_channel = take(1)
    trap_in_construction = take(3)
    trap_referred = take(6)          # property / delay / area / sued / decoration / compensation: properly referred
    trap_slow_report = take(2)
    trap_repair = take(2)

    taken: set = set()
    duty = distinct_names(rng, 6, taken)          # 轮值监督员（两人一科）
    duty_section = {name: ["监督一科", "监督二科", "监督三科"][k // 2] for k, name in enumerate(duty)}
    hosts = distinct_names(rng, 2, taken)         # 综合管理室 投诉主办人员

    projects = ["海沧区马銮湾新城保障性住房项目（一期）", "海沧阳光城·翡丽湾", "厦门融创海沧湾花园", "海沧区新阳居住区B地块",
                "海沧区东孚安置房二期", "招商·海德公园", "建发·央著（海沧）", "海沧区第二实验小学扩建工程"]
    building = ["海沧区第二实验小学扩建工程", "海沧区东孚安置房二期"]      # still being built; the rest handed over
    built = {p: p not in building for p in projects}
    quality_cats = [("渗漏", 30), ("墙体开裂", 18), ("空鼓脱落", 12), ("地面沉降", 6), ("门窗", 8), ("给排水", 8), ("外墙保温", 6)]
    issue_text = {"渗漏": ["卫生间楼板渗漏至楼下", "外窗四周雨天渗水", "地下室侧墙渗水"],
                  "墙体开裂": ["卧室墙体斜裂缝", "填充墙与梁交接处通长裂缝"],
                  "空鼓脱落": ["外墙瓷砖空鼓脱落", "顶棚抹灰脱落"],
                  "地面沉降": ["一楼地面下沉约3cm"], "门窗": ["推拉窗关闭不严、渗风"],
                  "给排水": ["排水立管接口漏水"], "外墙保温": ["外墙保温板开裂起鼓"]}
    non_quality = {"物业服务": "物业维修不及时、收费不透明", "延期交房": "开发商逾期三个月交房",
                   "面积差异": "实测面积比合同少2.6平方米", "配套设施": "小区配套幼儿园未按期建设"}
    relations = [("本人", 62), ("配偶", 14), ("父子", 6), ("母女", 4), ("承租人", 6), ("受托人", 4), ("物业公司（代业主）", 4)]
    routes = {"物业服务": "建议向区住房局物业科或街道反映", "延期交房": "建议依购房合同向法院起诉或申请仲裁",
              "面积差异": "建议依购房合同与开发商协商或起诉", "配套设施": "建议向区住房局、开发商反映",
              "已起诉": "已进入司法程序，建议等候法院处理", "二次装修": "系自行装修造成，建议与装修公司协商",
              "赔偿": "要求赔偿属民事纠纷，建议协商或民事诉讼", "退房": "退房属合同纠纷，建议民事诉讼或仲裁",
              "超保": "已过保修期，建议由产权人自行维修或协商", "未验收": "未经竣工验收交付，建议向区建设局执法大队反映"}

    rows = []
    day = START - timedelta(days=60)
    for i in range(n):
        day = day + timedelta(hours=rng.choice([44, 48, 50, 60, 66]))
        recv = _office_time(rng, day) + timedelta(minutes=rng.choice([0, 0, 5, 20]))
        proj = rng.choice(building if rng.random() < 0.06 else [p for p in projects if built[p]])
        if i in trap_in_construction:
            proj = building[trap_in_construction.index(i) % 2]
        channel = pick(rng, [("来访", 40), ("来电", 30), ("来信", 10), ("电子邮件", 12), ("传真", 3)])
        if i in bad_channel:
            channel = "网上信访"
        officer = rng.choice(duty)
        cat = pick(rng, quality_cats)
        remedy = pick(rng, [("要求整改", 75), ("要求维修", 15), ("要求赔偿", 6), ("要求换房", 2), ("要求退房", 2)])
        if i in trap_repair:
            remedy = "要求维修"
        agree = "同意" if remedy in ("要求整改", "要求维修") and rng.random() < 0.85 else ""
        decoration, litigation, warranty = "否", "未起诉", ("保修期内" if built[proj] else "施工阶段")
        accepted_ok = True
        reason = None
        if remedy in ("要求赔偿", "要求换房", "要求退房"):
            accepted_ok, reason = False, ("退房" if remedy == "要求退房" else "赔偿")
            agree = rng.choice(["不同意", ""])
        if i in trap_referred:
            kind = trap_referred.index(i)
            if kind < 3:
                cat = ["物业服务", "延期交房", "面积差异"][kind]
                accepted_ok, reason = False, cat
            elif kind == 3:
                litigation, accepted_ok, reason = "已起诉", False, "已起诉"
            elif kind == 4:
                decoration, accepted_ok, reason = "是", False, "二次装修"
            else:
                remedy, agree, accepted_ok, reason = "要求赔偿", "不同意", False, "赔偿"
        elif not accepted_ok:
            pass
        elif rng.random() < 0.08:
            cat = rng.choice(["物业服务", "配套设施"])
            accepted_ok, reason = False, cat
        if i in bad_return_house:
            remedy, agree, cat = "要求退房", "不同意", "墙体开裂"
        if i in bad_decoration:
            decoration, cat, remedy, agree = "是", "渗漏", "要求整改", "同意"
        if i in bad_warranty:
            warranty, cat, remedy, agree = "超保修期", "外墙保温", "要求整改", "同意"
        if i in bad_blank_outcome + bad_channel + trap_repair + trap_in_construction + bad_no_contact + \
                bad_no_project + bad_no_house + bad_no_relation + bad_no_report + bad_report_early + trap_slow_report:
            accepted_ok, reason, remedy = True, None, remedy if remedy in ("要求整改", "要求维修") else "要求整改"
            agree = rng.choice(["同意", "同意", ""]) if agree == "不同意" else agree
            if cat in non_quality:
                cat = "渗漏"
        if i in trap_in_construction:
            warranty = "施工阶段"
        accepted = accepted_ok or i in bad_return_house + bad_decoration + bad_warranty
        if i in bad_return_house + bad_decoration + bad_warranty:
            accepted, reason = True, None
        if cat in non_quality:      # what such callers ask for
            remedy = "要求赔偿" if cat in ("延期交房", "面积差异") else ""
            agree = ""
        if cat in issue_text:
            text = rng.choice(issue_text[cat])
        else:
            text = non_quality[cat]

        entered = recv + timedelta(minutes=rng.randint(8, 50))
        outcome = "受理" if accepted else "不予受理"
        if i in bad_blank_outcome:
            outcome = ""
        report = host = section = result = done = replied = None
        if outcome == "受理":
            report = entered + timedelta(hours=rng.uniform(0.5, 26))
            if i in trap_slow_report:
                report = entered + timedelta(days=rng.randint(3, 4), hours=rng.randint(0, 3))
            report = working_minutes(report, CUTOFF, first=8, last=18)
            if i in bad_report_early:
                report = recv - timedelta(minutes=rng.randint(20, 90))    # typed in the morning, dated before the visit
            if i in bad_no_report:
                report = None
            host = rng.choice(hosts)
            section = rng.choice(["监督一科", "监督二科", "监督三科"])
            done = (report or entered) + timedelta(days=rng.randint(6, 30))
            if done > CUTOFF:
                done = None
            result = "已责令建设单位组织维修，复查合格" if done else "已转监督科室督促整改"
            replied = done + timedelta(days=rng.randint(0, 3)) if done else None
            if replied and replied > CUTOFF:
                replied = None
        elif outcome == "不予受理":
            replied = entered

        row = Case()
        row["登记号"] = f"HCZJ-TS-2025-{i + 1:03d}"
        row["来访(来电)时间"] = slash(recv)
        row["投诉方式"] = channel
        row["值班科室"] = duty_section[officer]
        row["值班人"] = officer
        row["投诉人"] = _name(rng)
        row["联系方式"] = "" if i in bad_no_contact else _mobile(rng)
        row["工程报建名称"] = "" if i in bad_no_project or (outcome == "不予受理" and rng.random() < 0.4) else proj
        row["房号(合同房屋全称)"] = "" if i in bad_no_house or (outcome == "不予受理" and rng.random() < 0.5) else \
            (f"{proj}{rng.randint(1, 24)}#楼{rng.randint(2, 32)}0{rng.randint(1, 4)}室" if "小学" not in proj
             else "教学楼三层")
        row["与产权人关系"] = "" if i in bad_no_relation or (outcome == "不予受理" and rng.random() < 0.3) else \
            ("使用单位（学校）" if "小学" in proj else pick(rng, relations))
        row["问题类别"] = cat
        row["反映问题"] = text
        row["投诉人诉求"] = remedy
        row["同意整改"] = agree
        row["二次装修"] = decoration
        row["竣工验收"] = "已验收" if built[proj] else "在建"
        row["保修情况"] = warranty
        row["涉诉情况"] = litigation
        row["受理情况"] = outcome
        row["不受理情形"] = {"物业服务": "非工程质量缺陷", "延期交房": "非工程质量缺陷", "面积差异": "非工程质量缺陷",
                        "配套设施": "非工程质量缺陷", "已起诉": "已进入司法诉讼程序", "二次装修": "二次装修造成",
                        "赔偿": "要求经济赔偿/换房", "退房": "要求退房"}.get(reason, "") if outcome == "不予受理" else ""
        row["告知途径"] = routes.get(reason, "") if outcome == "不予受理" else ""
        row["录入时间"] = slash(entered)
        row["报告主办人时间"] = slash(report) if report else ""
        row["主办人"] = host or ""
        row["转办科室"] = section or ""
        row["处理情况"] = result or ""
        row["办结日期"] = f"{done.year}/{done.month}/{done.day}" if done else ""
        row["回复日期"] = f"{replied.year}/{replied.month}/{replied.day}" if replied else ""
        row["备注"] = rng.choice(["", "", "", "", "投诉人已现场签字", "同一楼栋多户反映", "已拍照存档", "投诉人要求书面答复"])
        rows.append(row)

    busy = set(range(2, n - 2)) - set(slots)
    dup_src = next(k for k in range(12, n - 3) if k not in busy and k + 1 not in busy)
    rows[dup_src + 1]["登记号"] = rows[dup_src]["登记号"]

    if injected is not None:
        num = lambda i: rows[i]["登记号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        for kind, idx in [("no_contact", bad_no_contact), ("no_project", bad_no_project), ("no_house", bad_no_house),
                          ("no_relation", bad_no_relation), ("no_report", bad_no_report),
                          ("report_before_record", bad_report_early), ("return_house_accepted", bad_return_house),
                          ("decoration_accepted", bad_decoration), ("outside_warranty_accepted", bad_warranty),
                          ("neither_recorded_nor_referred", bad_blank_outcome),
                          ("channel_not_in_options", bad_channel)]:
            injected += [(num(i), kind) for i in idx]

    hand = {
        "procedure": "s37-xiamen-construction-quality-complaints",
        "columns": {
            "登记号": "case_number", "来访(来电)时间": "receive_at", "投诉方式": "channel", "值班人": "receive_by",
            "投诉人": "complainant", "联系方式": "contact_phone", "工程报建名称": "project_name",
            "房号(合同房屋全称)": "address", "与产权人关系": "relation_to_owner", "问题类别": "is_quality_defect",
            "投诉人诉求": "demanded_remedy", "同意整改": "accepts_rectification", "二次装修": "secondary_decoration",
            "竣工验收": "delivered_without_acceptance", "保修情况": "within_warranty", "涉诉情况": "in_litigation",
            "报告主办人时间": "report_at",
        },
        "values": {
            "channel": {"来信": "letter", "电子邮件": "email", "传真": "fax", "来访": "visit", "来电": "phone"},
            "is_quality_defect": {**{c: "yes" for c, _ in quality_cats}, **{c: "no" for c in non_quality}},
            "demanded_remedy": {"要求整改": "rectification", "要求维修": "rectification", "要求赔偿": "compensation",
                                "要求换房": "exchange_house", "要求退房": "return_house"},
            "accepts_rectification": {"同意": "yes", "不同意": "no"},
            "secondary_decoration": {"是": "yes", "否": "no"},
            "delivered_without_acceptance": {"已验收": "no", "在建": "no"},
            "within_warranty": {"保修期内": "yes", "施工阶段": "yes", "超保修期": "no"},
            "in_litigation": {"未起诉": "no", "已起诉": "yes"},
        },
        "roles": {o: "duty_officer" for o in duty},
        "outcomes": {"受理情况": {"date": "录入时间", "steps": {"受理": "record", "不予受理": "refer_elsewhere"}}},
    }
    return rows, hand


EXPORTS = [
    ("96-s43-county-bureau-quality-complaint-ledger.xlsx", "xlsx", e96_s43_county_bureau),
    ("97-s37-district-station-complaint-ledger.csv", "gbk", e97_s37_district_station),
]
