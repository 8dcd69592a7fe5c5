"""Starter-profile benchmark exports 270-271 (set 46b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 270 271    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, slash


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened
LAST_DAY = date(2025, 6, 30)            # date-only ledgers: nothing dated after the export day


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=18):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning (None after None)."""
    if t is None:
        return None
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _day(d):
    """A date-only ledger entry as an XLSX date cell (None stays empty)."""
    return None if d is None or d > LAST_DAY else datetime(d.year, d.month, d.day)


# --- 270: a city's construction-quality complaint platform (S43) ---------------------------------------------------

UNITS_270 = ["苏州市质安站", "吴中区质监站", "相城区质监站", "吴江区质监站", "昆山市质监站"]
DISTRICTS_270 = {"苏州市质安站": ["姑苏区", "工业园区", "虎丘区"], "吴中区质监站": ["吴中区"], "相城区质监站": ["相城区"],
                 "吴江区质监站": ["吴江区"], "昆山市质监站": ["昆山市"]}

QUALITY_270 = [   # 问题类型 -> (投诉事由, 投诉目的, 请求事项, 证据材料)
    ("渗漏", ["卫生间楼板渗漏，水渍已蔓延至楼下住户顶棚", "顶层屋面渗漏，雨天卧室吊顶滴水", "地下室外墙渗水，车位长期积水"],
     ["查明渗漏原因及责任单位", "要求认定施工质量问题"], ["责令施工单位限期维修", "督促开发商维修并赔偿装修损失"],
     ["渗漏部位照片8张、物业报修记录", "现场视频2段、楼下住户证明", "照片12张、维修申请回执"]),
    ("墙体裂缝", ["客厅填充墙出现斜向贯通裂缝，宽约2毫米", "外墙窗角多处裂缝，雨水沿裂缝渗入", "楼梯间墙体裂缝持续扩展"],
     ["要求鉴定是否影响结构安全", "查明裂缝原因"], ["组织结构安全检测", "责令建设单位修复裂缝"],
     ["裂缝照片及测宽记录", "照片6张、第三方检测初步意见", "照片、物业巡查记录"]),
    ("地面空鼓开裂", ["交房后客厅地面大面积空鼓、起砂", "地下车库地坪开裂起壳"],
     ["要求认定地面施工质量不合格", "查明空鼓成因"], ["督促开发商返工重做", "要求施工单位返修"],
     ["敲击检测视频、照片10张", "现场照片、交房验收单"]),
    ("外墙保温脱落", ["外墙保温层成片空鼓脱落，危及楼下行人", "台风后外墙保温板脱落砸坏车辆"],
     ["消除安全隐患", "查明保温工程质量责任"], ["责令立即排险并整改", "要求开发商整体排查外墙保温"],
     ["脱落部位照片、车辆受损照片", "现场照片15张、报警回执"]),
    ("门窗质量", ["铝合金窗框渗水，玻璃密封胶开裂", "入户门变形无法正常关闭"],
     ["要求认定门窗安装质量问题", "查明渗水原因"], ["更换不合格门窗", "督促维修"],
     ["照片、门窗合格证复印件", "现场视频、维修记录"]),
    ("结构安全隐患", ["地下车库顶板混凝土剥落、钢筋外露", "阳台挑板根部出现裂缝并下沉"],
     ["要求排除结构安全隐患", "要求进行结构安全鉴定"], ["组织鉴定并限期加固", "责令停止使用并加固"],
     ["照片20张、业主联名信", "照片、物业安全告知书"]),
]
DISPUTE_270 = [   # 问题类型 -> (制度类别, 事由, 目的, 请求, 证据)
    ("购房合同纠纷", "real_estate_dispute", "开发商逾期交房且交付面积与合同不符", "追究开发商违约责任",
     "要求开发商支付违约金并退还面积差价", "购房合同复印件、交房通知书"),
    ("邻里纠纷", "neighbour_dispute", "楼上住户装修长期占用楼道堆放建材", "要求制止邻居行为",
     "要求邻居清理楼道并赔偿", "照片、物业调解记录"),
    ("拆迁补偿", "demolition_compensation", "老宅拆迁补偿标准低于周边地块", "要求提高补偿标准",
     "要求重新评估补偿金额", "拆迁补偿协议、评估报告"),
    ("安置房分配", "demolition_resettlement", "安置房楼层及朝向分配不公", "要求重新分配安置房",
     "要求调换安置房源", "安置协议、分房结果公示照片"),
    ("阻挠施工", "obstruct_construction", "相邻地块夜间施工影响采光通风，要求停工", "阻止相邻项目继续建设",
     "要求责令相邻工地停工", "照片、噪声录音"),
]
RELATION_270 = ["{b}幢{r}室业主", "{b}幢{r}室业主（已入住）", "{b}幢{r}室住户（承租人）", "{b}幢{r}室业主委托人",
                "{b}幢业主代表"]


def e270_suzhou_construction_quality_platform(rng, injected=None):
    """苏州市建设工程质量投诉处理平台（市住建局 OA 的“投诉信访”模块）导出的投诉登记台账，XLSX，一案一行；市质安站和
    各区、县级市质监站共用一个平台，日期是单元格日期（只记日期）。“立案意见”一列结论、一个“意见日期”。

    读制度 YAML 之前写下的表头：登记编号、来件日期、来件渠道（来访/来信/12345转办/省站转办）、转办文号、投诉人、证件号码、
    联系电话、署名情况、工程名称、工程地址、工程状态、与工程关系、涉及本人权益、问题类型、投诉事由、投诉目的、请求事项、
    证据材料、涉诉情况、接待单位、接待日期、立案意见、意见日期、承办单位、办案负责人、上报省站日期、办结日期、负责人签字、
    办理状态。
    读过制度 YAML 后补的列：现场勘查日期（处理环节的时间）、多部门会办、会办部门。

    注入的违规（按规则 id 计数，共 19）：show_identity 2（一件实名缺证件、一件匿名件）、anonymous_or_in_judicial_process 2
    （匿名件立案、已起诉件立案）、provide_evidence 1、state_demand 1、register_quality_complaint 1（实名质量投诉接待后
    没有立案意见）、not_quality_complaint 1 与 guide_to_court_recorded 1（同一件购房合同纠纷被立案）、no_direct_interest 1
    与 handled_as_report 1（同一件与本人无直接利害关系的投诉被立案）、report_transferred_result 1（省站转办件已办结未上报）、
    joint_handling 1（需会办、已勘查、无会办部门）、head_signs_closure 1（“未签”）、handled_by_receiving_body 1
    （非转办件由另一站承办）、category 1（“物业服务”不是制度的类别）、review-register 1（意见日期早于接待日期）、
    handle-close 1（办结日期早于现场勘查日期）、case_number 1（登记编号重复）。
    陷阱（不是违规）：购房合同纠纷、拆迁等不予立案并告知诉讼途径；与本人无直接利害关系的转举报件办理；已起诉件不予立案；
    省站转办件尚未办结、还没有上报日期；需会办但尚未勘查、会办部门空；省站转办件由市质安站接待、区站承办（转办件不适用
    “由接到投诉的机构处理”）；在办案件没有负责人签字；接待与立案意见同一天。
    """
    taken = set()
    heads = dict(zip(UNITS_270, distinct_names(rng, len(UNITS_270), taken)))
    officers = {u: distinct_names(rng, 2, taken) for u in UNITS_270}

    inj_slots = ["no_id", "anon_reg", "court_reg", "no_evidence", "no_demand", "no_register", "dispute_reg",
                 "noint_reg", "transfer_no_report", "joint_no_depts", "unsigned", "other_unit", "bad_category",
                 "register_early", "close_early", "dup"]
    trap_slots = ["dispute_ok", "dispute_ok", "report_ok", "court_ok", "transfer_open", "joint_pending",
                  "transfer_diff_unit"]
    n = 44
    slots = inj_slots + trap_slots + [None] * (n - len(inj_slots) - len(trap_slots))
    rng.shuffle(slots)

    needs_closed = {"transfer_no_report", "unsigned", "close_early", "joint_no_depts", "other_unit"}
    cases = []
    for slot in slots:
        if slot is None:
            slot = pick(rng, [("quality", 70), ("dispute_ok", 14), ("report_ok", 6), ("court_ok", 4), ("transfer", 12)])
        kind = {"dispute_ok": "dispute", "dispute_reg": "dispute", "report_ok": "report", "noint_reg": "report",
                "court_ok": "court", "court_reg": "court", "bad_category": "other"}.get(slot, "quality")
        transferred = slot in ("transfer", "transfer_no_report", "transfer_open", "transfer_diff_unit") or \
            (slot == "quality" and rng.random() < 0.08)
        registered = kind == "quality" or slot in ("dispute_reg", "noint_reg", "court_reg")
        if slot == "no_register":
            registered = False
        if slot in needs_closed:
            lo, hi = date(2025, 1, 6), date(2025, 4, 10)
        elif slot in ("transfer_open", "joint_pending"):
            lo, hi = date(2025, 6, 3), date(2025, 6, 13)
        elif slot == "dup":
            lo, hi = date(2025, 3, 1), date(2025, 5, 30)
        else:
            lo, hi = date(2025, 1, 6), date(2025, 6, 16)
        filed = _rand_day(rng, lo, hi)
        review = filed + timedelta(days=rng.randint(0, 4))
        decided = review + timedelta(days=rng.randint(0, 6))
        if slot == "register_early":
            review = filed + timedelta(days=rng.randint(3, 5))
            decided = review - timedelta(days=rng.randint(1, 2))
        handle = close = report = None
        if registered:
            handle = decided + timedelta(days=rng.randint(2, 12))
            if slot == "close_early":
                handle = decided + timedelta(days=rng.randint(8, 14))
                close = handle - timedelta(days=rng.randint(2, 5))
            elif slot == "transfer_open":
                close = None
            elif slot == "joint_pending":
                handle = None
            else:
                close = handle + timedelta(days=rng.randint(10, 30 if slot in needs_closed else 45))
            if handle is not None and handle > LAST_DAY:
                handle = close = None
        elif slot != "no_register":
            close = decided + timedelta(days=rng.randint(1, 10))
        if close is not None and close > LAST_DAY:
            close = None
        if transferred and close and slot != "transfer_no_report":
            report = max(handle, close - timedelta(days=rng.randint(0, 3)))

        unit = pick(rng, [(UNITS_270[0], 10), (UNITS_270[1], 25), (UNITS_270[2], 20), (UNITS_270[3], 20),
                          (UNITS_270[4], 25)])
        review_unit = handle_unit = unit
        if slot == "transfer_diff_unit":
            review_unit, handle_unit = UNITS_270[0], rng.choice(UNITS_270[1:])
        elif slot == "other_unit":
            review_unit = rng.choice(UNITS_270[1:])
            handle_unit = UNITS_270[0]

        bldg, room = rng.randint(1, 28), rng.choice([1, 2, 3, 5, 6, 8, 9, 11, 12, 15, 17]) * 100 + rng.randint(1, 4)
        relation = rng.choice(RELATION_270).format(b=bldg, r=room)
        if kind == "dispute":
            label, _cat, reason, purpose, demand, evidence = rng.choice(DISPUTE_270)
        elif kind == "other":
            label, reason, purpose, demand, evidence = ("物业服务", "物业公司对公共部位渗水长期不予维修",
                                                        "要求物业公司履行维修义务", "要求更换物业公司",
                                                        "报修记录、照片")
        else:
            q = rng.choice(QUALITY_270 if kind != "report" else QUALITY_270[3::2])
            label, reason, purpose = q[0], rng.choice(q[1]), rng.choice(q[2])
            demand, evidence = rng.choice(q[3]), rng.choice(q[4])
        interest = "是"
        if kind == "report":
            relation = rng.choice(["非本小区居民，路过发现", "相邻小区居民", "原施工班组工人"])
            interest = "否"
        court = "已起诉" if kind == "court" else "未涉诉"
        if kind == "court" and rng.random() < 0.5:
            court = "法院已立案"

        if slot == "dispute_reg" or kind == "quality" and registered or slot in ("noint_reg", "court_reg"):
            verdict = "予以立案"
        elif kind == "dispute":
            verdict = "不予立案，告知诉讼途径"
        elif kind == "report":
            verdict = "转举报件办理"
        else:
            verdict = "不予立案"
        if slot == "no_register":
            verdict = ""
        joint = "否"
        depts = ""
        if registered and kind == "quality" and (slot in ("joint_no_depts", "joint_pending") or rng.random() < 0.18):
            joint = "是"
            if handle is not None and slot != "joint_no_depts":
                depts = rng.choice(["区住建局房产科、区城管局", "市房管局、属地街道", "区住建局物业科、消防救援大队",
                                    "区应急管理局、属地街道"])

        name = distinct_names(rng, 1, taken)[0]
        ident = f"3205{rng.randint(0, 99):02d}********{rng.randint(0, 999):03d}{rng.choice('0123456789X')}"
        signed = heads[handle_unit or unit] if close else ""
        if slot == "unsigned":
            signed = "未签"
        if slot == "no_id":
            ident = ""
        anonymous = "实名"
        phone = mobile(rng)
        if slot == "anon_reg":
            anonymous, name, ident, phone = "匿名", "", "", ""
            relation = "自称小区业主"
        channel = pick(rng, [("来访", 40), ("来信", 20), ("12345转办", 30), ("网上信访", 10)])
        if transferred:
            channel = "省站转办"
        rules = {"no_id": ["show_identity"], "anon_reg": ["show_identity", "anonymous_or_in_judicial_process"],
                 "court_reg": ["anonymous_or_in_judicial_process"], "no_evidence": ["provide_evidence"],
                 "no_demand": ["state_demand"], "no_register": ["register_quality_complaint"],
                 "dispute_reg": ["not_quality_complaint", "guide_to_court_recorded"],
                 "noint_reg": ["no_direct_interest", "handled_as_report"],
                 "transfer_no_report": ["report_transferred_result"], "joint_no_depts": ["joint_handling"],
                 "unsigned": ["head_signs_closure"], "other_unit": ["handled_by_receiving_body"],
                 "bad_category": ["category"], "register_early": ["review-register"],
                 "close_early": ["handle-close"], "dup": ["case_number"]}.get(slot, [])
        status = "已办结" if close else "办理中"
        cases.append((filed, slot, rules, {
            "登记编号": None,
            "来件日期": _day(filed),
            "来件渠道": channel,
            "转办文号": f"苏建质诉转〔2025〕{rng.randint(3, 88)}号" if transferred else "",
            "投诉人": name,
            "证件号码": ident,
            "联系电话": phone,
            "署名情况": anonymous,
            "工程名称": rng.choice(["悦湖花园", "太湖新城·翠苑", "阳澄半岛", "运河雅居", "玉山名邸", "尹山湖花园",
                                   "相城未来城", "松陵家园", "金鸡湖畔", "木渎古韵苑"]),
            "工程地址": rng.choice(DISTRICTS_270[review_unit if slot == "other_unit" else handle_unit]) + rng.choice(
                ["东环路", "太湖大道", "华元路", "中山路", "前进西路", "澄和路"]) + f"{rng.randint(1, 999)}号",
            "工程状态": "在建" if rng.random() < 0.15 else "保修期内",
            "与工程关系": relation,
            "涉及本人权益": interest,
            "问题类型": label,
            "投诉事由": reason,
            "投诉目的": purpose,
            "请求事项": "" if slot == "no_demand" else demand,
            "证据材料": "" if slot == "no_evidence" else evidence,
            "涉诉情况": court,
            "接待单位": review_unit,
            "接待日期": _day(review),
            "立案意见": verdict,
            "意见日期": _day(decided) if verdict else None,
            "承办单位": handle_unit if registered and verdict else "",
            "办案负责人": rng.choice(officers[handle_unit or unit]) if verdict else "",
            "现场勘查日期": _day(handle),
            "多部门会办": joint,
            "会办部门": depts,
            "上报省站日期": _day(report),
            "办结日期": _day(close),
            "负责人签字": signed,
            "办理状态": status,
        }))

    cases.sort(key=lambda c: (c[0], c[1] == "dup"))
    rows = []
    for i, (_, slot, rules, row) in enumerate(cases):
        row["登记编号"] = f"SZZT-2025-{i + 101:04d}"
        if slot == "dup":
            row["登记编号"] = rows[-1]["登记编号"]
        rows.append(row)
        for rule in rules:
            if injected is not None:
                injected.append((row["登记编号"], rule))

    hand = {
        "procedure": "s43-jiangsu-construction-quality-complaints",
        "sheet": "导出",
        "columns": {
            "登记编号": "case_number",
            "来件日期": "file_complaint_at",
            "来件渠道": "transferred_by_province",
            "投诉人": "complainant",
            "证件号码": "id_number",
            "署名情况": "anonymous",
            "与工程关系": "interest_relation",
            "涉及本人权益": "direct_interest",
            "问题类型": "category",
            "投诉事由": "complaint_reason",
            "投诉目的": "complaint_purpose",
            "请求事项": "demand",
            "证据材料": "evidence",
            "涉诉情况": "in_judicial_process",
            "接待单位": "review_by",
            "接待日期": "review_at",
            "承办单位": "handle_by",
            "现场勘查日期": "handle_at",
            "多部门会办": "needs_joint_handling",
            "会办部门": "joint_depts",
            "上报省站日期": "report_to_province_at",
            "办结日期": "close_at",
            "办案负责人": "close_by",
            "负责人签字": "head_signature",
        },
        "values": {
            "category": {**{q[0]: "quality" for q in QUALITY_270}, **{d[0]: d[1] for d in DISPUTE_270}},
            "transferred_by_province": {"省站转办": True, "来访": False, "来信": False, "12345转办": False,
                                        "网上信访": False},
            "anonymous": {"实名": False, "匿名": True},
            "direct_interest": {"是": True, "否": False},
            "in_judicial_process": {"未涉诉": False, "已起诉": True, "法院已立案": True},
            "needs_joint_handling": {"是": True, "否": False},
            "head_signature": {"未签": ""},
        },
        "roles": {u: "complaint_body" for u in UNITS_270},
        "outcomes": {
            "立案意见": {"date": "意见日期",
                      "steps": {"予以立案": "register", "不予立案，告知诉讼途径": "guide_to_court",
                                "转举报件办理": "handle_as_report"}},
        },
    }
    return rows, hand


# --- 271: a valve maker's ERP customer-complaint orders (S44) ------------------------------------------------------

CUSTOMERS_271 = ["南京江宁水务工程有限公司", "无锡华东供热设备有限公司", "常州天和化工有限公司", "扬州润泽市政工程有限公司",
                 "南通海达船舶配套有限公司", "苏州工业园区清源华衍水务", "徐州中能热电有限公司", "盐城金海石化设备有限公司",
                 "泰州恒顺消防工程有限公司", "镇江宏远建设集团有限公司", "合肥新源管道工程有限公司", "浙江瓯江阀门销售有限公司"]
PRODUCTS_271 = ["Z41H-16C DN100 闸阀", "D371X-16Q DN200 蝶阀", "J41H-25 DN50 截止阀", "H44H-16C DN150 止回阀",
                "Q41F-16P DN80 球阀", "Z45X-10Q DN300 软密封闸阀"]
OWN_FAULTS_271 = ["阀体砂眼渗漏，现场试压不合格", "密封面泄漏，关闭后仍有介质通过", "手轮断裂", "法兰螺栓孔距与图纸不符",
                  "阀杆卡涩，开关扭矩过大", "涂层起泡脱落，到货即锈蚀", "蝶板密封圈脱出", "铭牌压力等级与合同不符"]
OTHER_FAULTS_271 = ["安装时法兰螺栓未对称紧固导致渗漏", "介质含大颗粒杂质超出选型工况", "现场用管钳强行扳动造成阀杆弯曲",
                    "用户自行更换填料后泄漏"]


def _filed(rng, t):
    """The day a return form is filed away: a date only (read as midnight), so one to three days after step t."""
    if t is None:
        return None
    d = t.date() + timedelta(days=rng.randint(1, 3))
    return _cut(datetime(d.year, d.month, d.day))


def e271_valve_erp_complaint_orders(rng, injected=None):
    """江苏一家阀门厂 ERP“客诉管理”模块导出的客诉单列表，CSV（GB18030，Excel 直接打开），一单一行；时间写成
    2025/3/4 9:05。公司自己把质检部叫“品管部”，销售部叫“营销部”，客服部叫“客户服务部”。

    读制度 YAML 之前写下的表头：客诉单号、接单时间、客户名称、联系人、联系电话、接单部门、接单人、产品型号、生产批号、
    问题描述、通知质检时间、通知生产时间、现场确认、责任判定、异常投诉单号、投诉单填写人、投诉单提交时间、质检经办人、
    反馈单日期、处理意见、退货申请单号、退货申请部门、退货完成日期、存档部门、跟踪状态、关闭日期。
    读过制度 YAML 后补的列：调查确认时间（详细了解、现场确认的时间）、填单部门、反馈部门、退货申请时间、最近跟踪时间、
    跟踪部门、退货单归档日期（“存档部门”改记归档日期）。

    注入的违规（按规则 id 计数，共 18）：complaint_form_for_own_issue 2、countermeasure_form_before_close 1、
    follow_up_until_solved 2、return_request_before_return 1、return_form_archived 2、own_quality_issue 1（“部分责任”）、
    return_approved 1（“退换货”）、receive_by_customer_service_or_sales 1（品管部直接接单）、
    complaint_form_by_customer_service 1（营销部填投诉单）、countermeasure_by_quality_inspection 1（生产部出反馈单）、
    return_request_by_customer_service 1（成品库填退货申请）、follow_up_by_quality_inspection 1（客户服务部跟踪）、
    complaint_form-countermeasure 1（反馈单早于投诉单）、return_request-process_return 1（先入库后申请）、
    case_number 1（单号重复）。
    陷阱（不是违规）：营销部接单（制度允许销售部接收）；非我司责任的不填投诉单；我司责任、已填投诉单但未关闭、还没有
    反馈单和跟踪记录；退货已入库但未关闭、尚未归档；待判定的新单；调查、填单、反馈在同一天先后进行。
    """
    taken = set()
    cs_staff = distinct_names(rng, 3, taken)
    sales_staff = distinct_names(rng, 3, taken)
    qa_staff = distinct_names(rng, 2, taken)

    inj_slots = ["no_form", "no_form", "no_cm", "no_follow", "no_follow", "no_request", "no_archive", "no_archive",
                 "bad_own", "bad_disposal", "rcv_qa", "form_sales", "cm_prod", "req_store", "fu_cs", "cm_before_form",
                 "return_before_request", "dup"]
    trap_slots = ["open_own", "return_open", "pending", "pending"]
    n = 50
    slots = inj_slots + trap_slots + [None] * (n - len(inj_slots) - len(trap_slots))
    rng.shuffle(slots)

    returned = {"no_request", "no_archive", "req_store", "return_before_request", "return_open", "bad_disposal"}
    closed_needed = {"no_cm", "no_follow", "no_request", "no_archive"}
    cases = []
    for slot in slots:
        if slot is None:
            slot = pick(rng, [("own", 68), ("not_own", 24), ("pending", 4), ("open_own", 4)])
        own = slot not in ("not_own", "pending")
        if slot in closed_needed or slot in ("rcv_qa", "form_sales", "cm_prod", "req_store", "fu_cs",
                                              "cm_before_form", "return_before_request", "bad_own", "bad_disposal"):
            lo, hi = date(2025, 1, 3), date(2025, 4, 18)
        elif slot == "pending":
            lo, hi = date(2025, 6, 23), date(2025, 6, 28)
        elif slot in ("open_own", "return_open"):
            lo, hi = date(2025, 6, 2), date(2025, 6, 12)
        elif slot == "dup":
            lo, hi = date(2025, 2, 3), date(2025, 4, 25)
        else:
            lo, hi = date(2025, 1, 3), date(2025, 6, 20)
        received = _at(rng, _rand_day(rng, lo, hi), 8.5, 17.5)
        investigated = _cut(_plus(rng, received, 2, 50))
        form = cm = req = proc = arch = fu = closed = None
        disposal = ""
        if own:
            disposal = "退货" if slot in returned else pick(rng, [("退货", 22), ("返修", 35), ("换货", 23), ("补发", 10),
                                                                ("让步接收", 10)])
            if slot == "bad_disposal":
                disposal = "退换货"
            form = _cut(_plus(rng, investigated, 1, 20))
            if slot == "cm_before_form":
                form = _plus(rng, investigated, 30, 60)
                cm = form - timedelta(minutes=rng.randint(120, 1200))
            else:
                cm = _cut(_plus(rng, form, 24, 120))
            if slot == "no_form":
                cm = _cut(_plus(rng, investigated, 30, 140))
                form = None
            if slot == "open_own":
                cm = None
            if slot == "no_cm":
                cm = None
                base = form
            else:
                base = cm
            if disposal in ("退货", "退换货") and base is not None:
                req = _cut(_plus(rng, base, 4, 48))
                proc = _cut(_plus(rng, req, 24, 120))
                arch = _filed(rng, proc)
                if slot == "no_request":
                    req = None
                elif slot == "return_before_request":
                    proc = _cut(_plus(rng, base, 24, 72))
                    req = proc + timedelta(minutes=rng.randint(60, 1400))
                    arch = _filed(rng, req)
                if slot in ("no_archive", "return_open"):
                    arch = None
            last = max(t for t in (base, proc, arch) if t is not None) if base is not None else None
            fu = _cut(_plus(rng, last, 48, 300))
            if slot == "no_follow":
                fu = None
            ends = [t for t in (fu, arch, base) if t is not None]
            closed = _cut(_plus(rng, max(ends), 24, 240)) if ends else None
            if slot in ("open_own", "return_open"):
                fu = closed = None
            if (fu is None and slot != "no_follow") or (proc is not None and arch is None and slot != "no_archive") \
                    or (base is None and slot != "no_cm") or (disposal in ("退货", "退换货") and proc is None):
                closed = None      # not solved yet: the chain ran past the export
        elif slot == "not_own":
            closed = _cut(_plus(rng, investigated, 24, 96))
        if own and form is None and slot != "no_form":
            own, disposal, cm, req, proc, arch, fu, closed = False, "", None, None, None, None, None, None
            slot = "pending"

        if slot == "pending":
            verdict = "待判定"
        elif slot == "bad_own":
            verdict = "部分责任"
        elif own:
            verdict = "我司责任"
        else:
            verdict = pick(rng, [("非我司责任", 75), ("客户使用不当", 25)])
        desc = rng.choice(OWN_FAULTS_271 if own or slot == "pending" else OTHER_FAULTS_271)

        recv_dept = pick(rng, [("客户服务部", 70), ("营销部", 30)])
        if slot == "rcv_qa":
            recv_dept = "品管部"
        taker = rng.choice(cs_staff if recv_dept == "客户服务部" else sales_staff if recv_dept == "营销部" else qa_staff)
        rules = {"no_form": ["complaint_form_for_own_issue"], "no_cm": ["countermeasure_form_before_close"],
                 "no_follow": ["follow_up_until_solved"], "no_request": ["return_request_before_return"],
                 "no_archive": ["return_form_archived"], "bad_own": ["own_quality_issue"],
                 "bad_disposal": ["return_approved"], "rcv_qa": ["receive_by_customer_service_or_sales"],
                 "form_sales": ["complaint_form_by_customer_service"],
                 "cm_prod": ["countermeasure_by_quality_inspection"], "req_store": ["return_request_by_customer_service"],
                 "fu_cs": ["follow_up_by_quality_inspection"], "cm_before_form": ["complaint_form-countermeasure"],
                 "return_before_request": ["return_request-process_return"], "dup": ["case_number"]}.get(slot, [])
        status = "已关闭" if closed else "待判定" if verdict == "待判定" else "处理中"
        cases.append((received, slot, rules, {
            "客诉单号": None,
            "接单时间": slash(received),
            "客户名称": rng.choice(CUSTOMERS_271),
            "联系人": distinct_names(rng, 1, taken)[0],
            "联系电话": mobile(rng),
            "接单部门": recv_dept,
            "接单人": taker,
            "产品型号": rng.choice(PRODUCTS_271),
            "生产批号": f"{received - timedelta(days=rng.randint(20, 150)):%y%m}-{rng.randint(1, 60):03d}",
            "问题描述": desc,
            "调查确认时间": slash(investigated) if investigated else "",
            "责任判定": verdict,
            "异常投诉单号": f"ZYT-{form:%y%m%d}-{rng.randint(1, 6):02d}" if form else "",
            "投诉单提交时间": slash(form) if form else "",
            "填单部门": ("营销部" if slot == "form_sales" else "客户服务部") if form else "",
            "反馈单日期": slash(cm) if cm else "",
            "反馈部门": ("生产部" if slot == "cm_prod" else "品管部") if cm else "",
            "处理方式": disposal if (cm or slot == "no_cm") else "",
            "退货申请时间": slash(req) if req else "",
            "退货申请部门": ("成品库" if slot == "req_store" else "客户服务部") if req else "",
            "退货入库时间": slash(proc) if proc else "",
            "退货单归档日期": f"{arch.year}/{arch.month}/{arch.day}" if arch else "",
            "最近跟踪时间": slash(fu) if fu else "",
            "跟踪部门": ("客户服务部" if slot == "fu_cs" else "品管部") if fu else "",
            "关闭日期": slash(closed) if closed else "",
            "单据状态": status,
        }))

    cases.sort(key=lambda c: (c[0], c[1] == "dup"))
    rows = []
    for k, (received, slot, rules, row) in enumerate(cases):
        row["客诉单号"] = rows[-1]["客诉单号"] if slot == "dup" else f"KS{received:%y%m}-{k + 1:03d}"
        rows.append(row)
        for rule in rules:
            if injected is not None:
                injected.append((row["客诉单号"], rule))

    hand = {
        "procedure": "s44-customer-quality-complaints-2017",
        "columns": {
            "客诉单号": "case_number",
            "接单时间": "receive_at",
            "接单部门": "receive_by",
            "问题描述": "content",
            "调查确认时间": "investigate_at",
            "责任判定": "own_quality_issue",
            "投诉单提交时间": "complaint_form_at",
            "填单部门": "complaint_form_by",
            "反馈单日期": "countermeasure_at",
            "反馈部门": "countermeasure_by",
            "处理方式": "return_approved",
            "退货申请时间": "return_request_at",
            "退货申请部门": "return_request_by",
            "退货入库时间": "process_return_at",
            "退货单归档日期": "archive_return_at",
            "最近跟踪时间": "follow_up_at",
            "跟踪部门": "follow_up_by",
            "关闭日期": "closed_at",
        },
        "values": {
            "own_quality_issue": {"我司责任": True, "非我司责任": False, "客户使用不当": False, "待判定": ""},
            "return_approved": {"退货": True, "返修": False, "换货": False, "补发": False, "让步接收": False},
        },
        "roles": {"客户服务部": "customer_service", "营销部": "sales", "品管部": "quality_inspection",
                  "生产部": "production", "成品库": "finished_goods_store"},
    }
    return rows, hand


EXPORTS = [
    ("270-s43-suzhou-construction-quality-platform.xlsx", "xlsx", e270_suzhou_construction_quality_platform),
    ("271-s44-valve-erp-complaint-orders.csv", "gb18030", e271_valve_erp_complaint_orders),
]
