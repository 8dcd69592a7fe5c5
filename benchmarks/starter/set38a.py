"""Starter-profile benchmark exports 220-221 (set 38a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 220 221    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import pick, distinct_names, iso_date, slash


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _day(t):
    return datetime(t.year, t.month, t.day)


def _office(rng, t, first=8, last=20):
    """t in whole minutes, a time outside office hours moved to the next morning."""
    t = t.replace(second=0, microsecond=0)
    if t.hour >= last:
        t = t + timedelta(days=1)
    if t.hour >= last or t.hour < first:
        t = t.replace(hour=first, minute=rng.randint(0, 59))
    return t


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _date_code(rng, reg):
    """A PCB date code WWYY: the week the board was made, some weeks before the complaint."""
    made = reg - timedelta(days=rng.randint(10, 60))
    year, week, _ = made.isocalendar()
    return f"{week:02d}{year % 100:02d}"


def _pairs(free, k):
    """k rows i whose predecessor i-1 is also free, taking both out of `free` (i-1 keeps its number, i repeats it)."""
    out = []
    for i in list(free):
        if len(out) < k and i > 0 and i in free and i - 1 in free:
            free.remove(i)
            free.remove(i - 1)
            out.append(i)
    return out


def _note(injected, case, rule):
    if injected is not None:
        injected.append((case, rule))


# ------------------------------------------------------------------------------------------------------------------

PCB_CUSTOMERS = [("C0107", "华鼎通讯"), ("C0112", "明阳电子"), ("C0125", "众泰车电"), ("C0131", "博思医疗"),
                 ("C0146", "凯越安防"), ("C0153", "东晟电源"), ("C0168", "瑞科工控"), ("C0172", "芯联模组")]
PCB_DEFECTS = {          # 不良现象 -> (责任单位, 原因分析, 改善对策)
    "开路": ("线路课", "蚀刻过度，线宽偏细处断线", "调整蚀刻速度，首件加测线宽"),
    "短路": ("线路课", "干膜残留导致线路间残铜", "加强显影后AOI全检"),
    "阻焊起泡": ("防焊课", "前处理微蚀不足，附着力差", "微蚀量每班点检，烘烤曲线复核"),
    "孔铜偏薄": ("电镀课", "电镀电流密度偏低", "更换阳极袋，切片频率加倍"),
    "板翘": ("成型课", "压合后冷却不足", "增加压板烘烤，出货前整平"),
    "尺寸超差": ("成型课", "锣带补偿值设定错误", "CAM复核锣带参数"),
    "字符模糊": ("文字课", "网版张力下降", "网版寿命管控，张力每日量测"),
    "金面氧化": ("表面处理课", "包装未抽真空", "包装加干燥剂并真空封装"),
    "阻抗超差": ("工程部", "叠构介厚与设计不符", "工程评审增加阻抗模拟"),
    "漏钻孔": ("钻孔课", "钻带版本错误", "钻带发放双人核对"),
}


def e220_s3_xingjin_erp_customer_complaints(rng, injected=None):
    """星金PCB（S3）：ERP品保模块“客诉管理”查询导出（XLSX，工作表“导出”，日期为Excel日期格）。

    星金的客诉单由业务员在ERP登记，品保担当调查；“处理方式”是下拉选单（现场处理、驻厂处理、电话沟通、8D书面回复、
    寄样分析）。未造成损失而派人前往（现场处理、驻厂处理）时，前往单位开立异常处理单，异常单号、开立日、开单单位
    回写在客诉单上。

    读制度 YAML 之前写下的表头：客诉单号、登记日期、客户代码、客户简称、料号、生产批号（写作“生产周期”）、不良现象、
    不良数(PCS)、有无损失、业务员、品保担当、责任单位、原因分析、改善对策、退货数量、回复客户日期、结案日期、
    核决主管、单据状态。

    读过制度 YAML 后补的列：处理方式（是否前往处理）、异常单号、异常单开立日、开单单位（异常处理单的填报日期与单位）。

    注入的违规（按规则 id 计数，共 15）：exception_slip_when_no_loss 6（无损失、现场/驻厂处理，却没有开异常单），
    loss_caused 3（有无损失写成“待评估”“客户未回复”“未确认”），onsite_handling 3（处理方式写成“其他”“待定”），
    case_number 3（单号被重复使用）。

    陷阱：有损失而现场处理、没有异常单（制度只要求无损失时开单）；无损失但电话沟通/8D书面回复、没有异常单；
    异常单由品保部、制造部开立（有关单位，不是业务部）；有损失时也开了异常单；六月下旬登记、处理方式尚未
    选定的未结案件（不是“前往处理”，不适用）；有无损失尚未填写（空白不是无效值）。
    """
    names = set()
    sales = distinct_names(rng, 4, names)
    qa = distinct_names(rng, 3, names)
    managers = distinct_names(rng, 2, names)
    sales_unit = {sales[0]: "业务一课", sales[1]: "业务一课", sales[2]: "业务二课", sales[3]: "业务二课"}

    n = 46
    days = sorted(_rand_day(rng, datetime(2025, 1, 6), datetime(2025, 6, 27)) for _ in range(n))
    serial = {}
    slips = 0
    cases = []
    for reg in sorted(_at(rng, d, 8.5, 18) for d in days):
        key = f"{reg:%y%m}"
        serial[key] = serial.get(key, 0) + 1
        number = f"KS{key}-{serial[key]:03d}"
        cust = rng.choice(PCB_CUSTOMERS)
        defect = rng.choice(list(PCB_DEFECTS))
        unit, cause, action = PCB_DEFECTS[defect]
        loss = pick(rng, [("有", 3), ("无", 7)])
        method = pick(rng, [("现场处理", 7), ("驻厂处理", 2), ("电话沟通", 2), ("8D书面回复", 2), ("寄样分析", 1)])
        bad = rng.choice([12, 24, 36, 50, 80, 120, 200, 350, 600, 1200])
        seller = rng.choice(sales)
        c = {
            "客诉单号": number,
            "登记日期": reg,
            "客户代码": cust[0],
            "客户简称": cust[1],
            "料号": f"{rng.choice(['2L', '4L', '6L', '8L'])}-{rng.randint(1000, 9999)}{rng.choice('ABC')}",
            "生产周期": _date_code(rng, reg),
            "不良现象": defect,
            "不良数(PCS)": bad,
            "有无损失": loss,
            "业务员": seller,
            "品保担当": rng.choice(qa),
            "处理方式": method,
            "异常单号": None,
            "异常单开立日": None,
            "开单单位": None,
            "责任单位": unit,
            "原因分析": cause,
            "改善对策": action,
            "退货数量": bad if loss == "有" and rng.random() < 0.7 else 0,
            "回复客户日期": None,
            "结案日期": None,
            "核决主管": rng.choice(managers),
            "单据状态": "处理中",
        }
        onsite = method in ("现场处理", "驻厂处理")
        slip_at = _day(reg + timedelta(days=rng.randint(0, 3)))
        wants_slip = (loss == "无" and onsite) or (loss == "有" and onsite and rng.random() < 0.3) or \
            (not onsite and rng.random() < 0.1)
        if wants_slip and slip_at > CUTOFF:
            if loss == "无" and onsite:
                c["处理方式"] = None          # visit not yet arranged: method still open
            wants_slip = False
        if wants_slip:
            slips += 1
            c["异常单号"] = f"YC{slip_at:%y%m}{slips:03d}"
            c["异常单开立日"] = slip_at
            c["开单单位"] = pick(rng, [(sales_unit[seller], 5), ("品保部", 3), ("制造部", 2), ("工程部", 2)])
        reply = _cut(_day(reg + timedelta(days=rng.randint(2, 9))))
        close = _cut(_day(reply + timedelta(days=rng.randint(3, 20)))) if reply else None
        c["回复客户日期"] = reply
        c["结案日期"] = close
        c["单据状态"] = "已结案" if close else ("待结案" if reply else "处理中")
        cases.append(c)

    # traps, placed on particular rows (none of them a violation)
    free = list(range(n))
    rng.shuffle(free)

    def take(cond):
        for i in free:
            if cond(cases[i]):
                free.remove(i)
                return cases[i]
        return None

    t = take(lambda c: c["异常单号"] is None and c["处理方式"] in ("现场处理", "电话沟通", "8D书面回复", "寄样分析"))
    t["有无损失"], t["处理方式"] = "有", "现场处理"           # loss caused, went on site, no slip: not required
    t = take(lambda c: c["异常单号"] is None and c["处理方式"] is not None)
    t["有无损失"], t["处理方式"] = "无", "电话沟通"           # no loss but handled by phone: no slip needed
    t = take(lambda c: c["登记日期"] > datetime(2025, 6, 16) and c["结案日期"] is None)
    if t is not None:                                         # open case, method not chosen yet
        t["有无损失"], t["处理方式"], t["异常单号"], t["异常单开立日"], t["开单单位"] = "无", None, None, None, None
    t = take(lambda c: c["异常单号"] is not None and c["有无损失"] == "无")
    t["开单单位"] = "制造部"                                   # a related unit filed the slip
    t = take(lambda c: c["结案日期"] is None)
    t["有无损失"] = None                                       # not yet assessed: blank, not invalid

    # violations
    for i in _pairs(free, 3):
        cases[i]["客诉单号"] = cases[i - 1]["客诉单号"]
        _note(injected, cases[i]["客诉单号"], "case_number")
    for _ in range(6):
        c = take(lambda c: c["有无损失"] == "无" and c["处理方式"] in ("现场处理", "驻厂处理") and c["异常单号"])
        c["异常单号"], c["异常单开立日"], c["开单单位"] = None, None, None
        _note(injected, c["客诉单号"], "exception_slip_when_no_loss")
    for bad in ("待评估", "客户未回复", "未确认"):
        c = take(lambda c: c["有无损失"] is not None)
        c["有无损失"] = bad
        _note(injected, c["客诉单号"], "loss_caused")
    for bad in ("其他", "待定", "其他"):
        c = take(lambda c: c["处理方式"] is not None)
        c["处理方式"] = bad
        _note(injected, c["客诉单号"], "onsite_handling")

    hand = {
        "procedure": "s3-xingjin-pcb-complaints",
        "sheet": "导出",
        "columns": {
            "客诉单号": "case_number",
            "有无损失": "loss_caused",
            "处理方式": "onsite_handling",
            "异常单开立日": "exception_slip_at",
            "开单单位": "exception_slip_by",
        },
        "values": {
            "onsite_handling": {"现场处理": True, "驻厂处理": True, "电话沟通": False, "8D书面回复": False,
                                "寄样分析": False},
        },
        "roles": {"业务一课": "sales", "业务二课": "sales", "品保部": "related_units", "制造部": "related_units",
                  "工程部": "related_units"},
    }
    return cases, hand


# ------------------------------------------------------------------------------------------------------------------

OA_CUSTOMERS = ["宁波舜宇汽配有限公司", "苏州科沃电器有限公司", "东莞立盛电子科技有限公司", "佛山美达家电有限公司",
                "常州星河新能源有限公司", "厦门宏发精工有限公司", "重庆长鸣摩托车配件厂", "青岛海澜智能家居有限公司"]
OA_PRODUCTS = ["HR-2P端子外壳", "HR-6P连接器", "PA66线束扣", "PBT继电器座", "ABS面壳-A12", "五金支架S-08", "PC透光罩"]
OA_ISSUES = {   # 异常描述 -> (承办部门, 处理意见)
    "外观缩水、表面流痕": ("生产部", "调整保压参数，库存品全检挑选"),
    "卡扣断裂": ("技术部", "模具R角修正，增加来料韧性测试"),
    "尺寸超差装配不良": ("品质部", "三坐标复测，模具修正后送样确认"),
    "混料（颜色不一致）": ("生产部", "清机换料制度重新培训，在库品全检"),
    "包装破损、数量短少": ("仓储部", "改用加厚纸箱，出货前点数复核"),
    "毛边披锋": ("生产部", "修模并增加修边工序"),
    "丝印脱落": ("品质部", "增加百格测试频次"),
}


def e221_s4_oa_quality_abnormality_flow(rng, injected=None):
    """GLZD194客户投诉管理制度（S4）：一家注塑/五金件厂的OA“客诉品质异常流程”报表导出（CSV，UTF-8 带 BOM）。

    业务员在OA上发起流程，承办部门经办，经理审批；发起日期、审批时间、答复客户时间、办结时间写作 2025/3/4 9:05，
    异常单填报日期写作 2025-03-04。是否造成损失、是否派员现场处理是表单上的是/否单选。

    读制度 YAML 之前写下的表头：流程编号、发起日期、发起人、所属部门、客户名称、产品型号、异常描述、是否造成损失、
    异常处理单号、承办部门、经办人、处理意见、审批人、审批时间、答复客户时间、办结时间、流程状态。

    读过制度 YAML 后补的列：是否派员现场处理、异常单填报日期、填报部门（异常处理单的填报时间与单位）。

    注入的违规（按规则 id 计数，共 14）：exception_slip_when_no_loss 5（未造成损失、派员现场处理，没有填报异常处理单），
    loss_caused 4（是否造成损失写成“待核实”“待客户确认”“不详”“部分”），onsite_handling 3（是否派员现场处理写成
    “待定”“待确认”“视频沟通”），case_number 2（退回后重新发起的流程沿用了原流程编号）。

    陷阱：造成损失而派员现场处理、没有异常单（制度只要求未造成损失时填报）；未造成损失、没有派员（电话/书面处理），
    没有异常单；异常单由品质部、生产部、技术部填报（有关单位）；六月下旬发起、尚在处理中的流程，是否派员现场处理还没有填写（空白，不适用）；
    周末发起的流程（制度没有时限）。
    """
    names = set()
    sellers = distinct_names(rng, 5, names)
    handlers = distinct_names(rng, 6, names)
    approvers = distinct_names(rng, 2, names)
    seller_dept = {s: ("业务一部" if k < 3 else "业务二部") for k, s in enumerate(sellers)}

    n = 40
    days = sorted(_rand_day(rng, datetime(2025, 1, 3), datetime(2025, 6, 28)) for _ in range(n))
    slips = 120
    cases = []
    for k, start in enumerate(sorted(_at(rng, d, 8.0, 19.0) for d in days)):
        seller = rng.choice(sellers)
        issue = rng.choice(list(OA_ISSUES))
        dept, opinion = OA_ISSUES[issue]
        loss = pick(rng, [("是", 35), ("否", 65)])
        onsite = pick(rng, [("是", 55), ("否", 45)])
        c = {
            "流程编号": f"KT2025{k + 17:04d}",
            "发起日期": start,
            "发起人": seller,
            "所属部门": seller_dept[seller],
            "客户名称": rng.choice(OA_CUSTOMERS),
            "产品型号": rng.choice(OA_PRODUCTS),
            "异常描述": issue,
            "是否造成损失": loss,
            "是否派员现场处理": onsite,
            "异常处理单号": None,
            "异常单填报日期": None,
            "填报部门": None,
            "承办部门": dept,
            "经办人": rng.choice(handlers),
            "处理意见": opinion,
            "审批人": rng.choice(approvers),
            "审批时间": None,
            "答复客户时间": None,
            "办结时间": None,
            "流程状态": "审批中",
        }
        slip_at = _day(start + timedelta(days=rng.randint(0, 4)))
        wants_slip = (loss == "否" and onsite == "是") or (loss == "是" and onsite == "是" and rng.random() < 0.25)
        if wants_slip and slip_at > CUTOFF:
            if loss == "否":
                c["是否派员现场处理"] = None     # not yet decided whether to send anyone
            wants_slip = False
        if wants_slip:
            slips += 1
            c["异常处理单号"] = f"YCCL-{slip_at:%y%m}-{slips:03d}"
            c["异常单填报日期"] = slip_at
            c["填报部门"] = pick(rng, [("业务部", 5), ("品质部", 3), ("生产部", 2), ("技术部", 1)])
        approve = _cut(_office(rng, start + timedelta(hours=rng.uniform(2, 50))))
        reply = _cut(_office(rng, approve + timedelta(hours=rng.uniform(6, 80)))) if approve else None
        done = _cut(_office(rng, reply + timedelta(days=rng.uniform(2, 15)))) if reply else None
        c["审批时间"], c["答复客户时间"], c["办结时间"] = approve, reply, done
        c["流程状态"] = "已归档" if c["办结时间"] else ("处理中" if c["审批时间"] else "审批中")
        cases.append(c)

    free = list(range(n))
    rng.shuffle(free)

    def take(cond):
        for i in free:
            if cond(cases[i]):
                free.remove(i)
                return cases[i]
        return None

    # traps
    t = take(lambda c: c["异常处理单号"] is None and c["是否派员现场处理"] is not None)
    t["是否造成损失"], t["是否派员现场处理"] = "是", "是"       # loss caused: no slip required
    t = take(lambda c: c["异常处理单号"] is None and c["是否派员现场处理"] is not None)
    t["是否造成损失"], t["是否派员现场处理"] = "否", "否"       # nobody went: no slip required
    t = take(lambda c: c["异常处理单号"] is not None and c["是否造成损失"] == "否" and c["填报部门"] == "业务部")
    t["填报部门"] = "技术部"
    t = take(lambda c: c["流程状态"] == "审批中" or c["发起日期"] > datetime(2025, 6, 20))
    if t is not None:
        t["是否派员现场处理"], t["异常处理单号"], t["异常单填报日期"], t["填报部门"] = None, None, None, None
        t["是否造成损失"] = "否"

    # violations
    for i in _pairs(free, 2):
        cases[i]["流程编号"] = cases[i - 1]["流程编号"]
        _note(injected, cases[i]["流程编号"], "case_number")
    for _ in range(5):
        c = take(lambda c: c["是否造成损失"] == "否" and c["是否派员现场处理"] == "是" and c["异常处理单号"])
        c["异常处理单号"], c["异常单填报日期"], c["填报部门"] = None, None, None
        _note(injected, c["流程编号"], "exception_slip_when_no_loss")
    for bad in ("待核实", "待客户确认", "不详", "部分"):
        c = take(lambda c: c["是否造成损失"] is not None)
        c["是否造成损失"] = bad
        _note(injected, c["流程编号"], "loss_caused")
    for bad in ("待定", "待确认", "视频沟通"):
        c = take(lambda c: c["是否派员现场处理"] is not None)
        c["是否派员现场处理"] = bad
        _note(injected, c["流程编号"], "onsite_handling")

    rows = []
    for c in cases:
        r = dict(c)
        for key in ("发起日期", "审批时间", "答复客户时间", "办结时间"):
            r[key] = slash(c[key]) if c[key] else None
        r["异常单填报日期"] = iso_date(c["异常单填报日期"]) if c["异常单填报日期"] else None
        rows.append(r)

    hand = {
        "procedure": "s4-glzd194-complaint-management",
        "columns": {
            "流程编号": "case_number",
            "是否造成损失": "loss_caused",
            "是否派员现场处理": "onsite_handling",
            "异常单填报日期": "exception_slip_at",
            "填报部门": "exception_slip_by",
        },
        "roles": {"业务部": "sales", "品质部": "related_units", "生产部": "related_units", "技术部": "related_units"},
    }
    return rows, hand


EXPORTS = [
    ("220-s3-xingjin-erp-customer-complaints.xlsx", "xlsx", e220_s3_xingjin_erp_customer_complaints),
    ("221-s4-oa-quality-abnormality-flow.csv", "utf-8-sig", e221_s4_oa_quality_abnormality_flow),
]
