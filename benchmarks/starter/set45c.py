"""Starter-profile benchmark exports 266-267 (set 45c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 266 267    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, workday, slash, working_minutes


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_workday(rng, lo, hi):
    while True:
        d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
        if workday(d):
            return d


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _day(d):
    return datetime(d.year, d.month, d.day)


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _plan(rng, n, kinds, traps):
    """Row index -> kind: each violation kind and each trap on its own row; the rest are plain ('')."""
    rows = list(range(n))
    rng.shuffle(rows)
    plan = [""] * n
    for i, k in zip(rows, kinds + traps):
        plan[i] = k
    return plan


def e266_s3_xingjin_tiptop_complaints(rng, injected=None):
    """星金 PCB 厂（台资，东莞厂区）的 Tiptop ERP「客訴管理」模组，导出为 XLSX（繁体表头，日期为日期格）。

    客诉单号按「CR + 年月(YYMM) + 流水号」编；品保擔當主导调查，业务承办对客户；现场处理时由业务部或品保/制造
    前往客户处，未造成损失的开立「異常處理單」回馈责任单位改善。

    读制度 YAML 之前写下的表头：客訴單號、接獲日期、客戶代號、客戶簡稱、料號、生產批號、出貨日期、不良現象、
    不良數(PCS)、出貨數(PCS)、業務承辦、品保擔當、責任單位、損失有無、異常處理單號、原因分析日、對策回覆日、
    退貨數量、退貨單號、處理期限、結案日、核決人、逾期說明、追蹤結果。

    读过制度 YAML 后补的列：處理方式（現場處理／書面回覆(8D)／視訊會議：是否前往处理）、異常單開立日（异常处理单的
    时间）、開單單位（谁开立异常处理单）。

    注入的违规（按规则 id 计数，共 15）：exception_slip_when_no_loss 6（无损失、现场处理却没有开立异常处理单）、
    loss_caused 3（損失有無写「評估中」）、onsite_handling 2（處理方式写「待定」）、case_number 2（单号重复，
    重复的一行本身合规）、slip_by_sales_or_units 2（開單單位停在系统默认值「業務/相關單位」，没有写明是哪个单位）。

    陷阱（都不是违规）：有损失、现场处理而没有异常处理单（制度只要求无损失时开单）；无损失但书面回覆或视訊会议、
    没有前往处理，因而没有开单；有损失仍另开了异常处理单；由製造部、品保部开单（有关单位，合规）；月底接获、
    还没决定处理方式的案件（處理方式空白，未办结）。繁体的「無」不在勾选项自己认得的写法里，手工映射为否。
    """
    injected = [] if injected is None else injected
    taken: set = set()
    sales = distinct_names(rng, 4, taken)
    qa = distinct_names(rng, 3, taken)
    bosses = distinct_names(rng, 2, taken)
    customers = [("C0107", "華展電子"), ("C0112", "鼎盛科技"), ("C0125", "宏聯通訊"), ("C0131", "立新車電"),
                 ("C0140", "全億光電"), ("C0152", "晶創醫電"), ("C0166", "瑞昇電源"), ("C0178", "冠德工控")]
    defects = [("錫面氧化", "製造部"), ("板翹", "製造部"), ("孔銅不足", "製造部"), ("綠漆剝落", "製造部"),
               ("微短路", "品保部"), ("開路", "製造部"), ("阻抗超規", "工程部"), ("文字印偏", "製造部"),
               ("爆板", "工程部"), ("金面刮傷", "物料部"), ("包裝受潮", "物料部"), ("漏測混板", "品保部")]

    n = 44
    kinds = ["slip"] * 6 + ["loss"] * 3 + ["onsite"] * 2 + ["dup"] * 2 + ["by"] * 2
    traps = ["t_loss_onsite", "t_remote", "t_remote", "t_extra_slip", "t_mfg", "t_qa"]
    plan = _plan(rng, n - 1, kinds, traps) + ["t_open"]
    recv = sorted(_rand_workday(rng, date(2025, 1, 3), date(2025, 6, 20)) for _ in range(n))
    # the last case or two arrive at month end and are still being looked at
    recv[-1] = date(2025, 6, 27)

    seq: dict = {}
    rows, numbers = [], []
    for i in range(n):
        kind = plan[i]
        d = recv[i]
        key = d.strftime("%y%m")
        seq[key] = seq.get(key, 0) + rng.randint(1, 3)
        number = f"CR{key}-{seq[key]:04d}"
        code, cust = rng.choice(customers)
        defect, unit = rng.choice(defects)
        lot = d - timedelta(days=rng.randint(12, 50))
        ship = lot + timedelta(days=rng.randint(3, 9))
        shipped = rng.choice([600, 800, 1200, 1500, 2000, 2400, 3000, 4800])
        bad = max(1, int(shipped * rng.uniform(0.002, 0.06)))

        loss = pick(rng, [("有", 35), ("無", 65)])
        how = pick(rng, [("現場處理", 50), ("書面回覆(8D)", 35), ("視訊會議", 15)])
        if kind in ("slip", "onsite", "by", "t_mfg", "t_qa"):
            loss, how = "無", "現場處理"
        elif kind == "t_loss_onsite":
            loss, how = "有", "現場處理"
        elif kind == "t_extra_slip":
            loss, how = "有", "現場處理"
        elif kind == "t_remote":
            loss, how = "無", rng.choice(["書面回覆(8D)", "視訊會議"])
        elif kind == "t_open":
            loss, how = "無", ""
        elif kind == "loss":
            loss = "評估中"
        if kind == "onsite":
            how = "待定"
        if kind == "dup":
            loss, how = "有", rng.choice(["書面回覆(8D)", "視訊會議"])

        visit = d + timedelta(days=rng.randint(1, 4))
        slip_no = slip_at = slip_by = ""
        want_slip = (loss == "無" and how == "現場處理") or kind == "t_extra_slip" or \
            (loss == "有" and how == "現場處理" and kind == "" and rng.random() < 0.25)
        if kind in ("slip", "t_loss_onsite"):
            want_slip = False
        if kind == "loss" and how == "現場處理":
            want_slip = rng.random() < 0.5
        if want_slip:
            slip_day = min(visit + timedelta(days=rng.randint(0, 2)), date(2025, 6, 30))
            slip_no = f"EX{slip_day:%y%m%d}{rng.randint(1, 9):02d}"
            slip_at = _day(slip_day)
            slip_by = pick(rng, [("業務部", 55), ("品保部", 35), ("製造部", 10)])
            if kind == "t_mfg":
                slip_by = "製造部"
            elif kind == "t_qa":
                slip_by = "品保部"
            elif kind == "by":
                slip_by = "業務/相關單位"

        analysed = _cut(_day(d + timedelta(days=rng.randint(1, 4))))
        answered = _cut(_day(d + timedelta(days=rng.randint(4, 12))))
        due = _day(d + timedelta(days=15))
        closed = _cut(_day(d + timedelta(days=rng.randint(12, 40)))) if answered else None
        if kind == "t_open":
            analysed = answered = closed = None
        returned = ret_no = ""
        if loss == "有" and rng.random() < 0.7:
            returned = bad if rng.random() < 0.6 else shipped
            ret_no = f"RT{d:%y%m}{rng.randint(10, 99)}"
        late = ""
        if closed and closed > due:
            late = rng.choice(["客戶要求追加3批驗證", "等待客戶回簽8D", "外包電鍍廠對策延遲", "客戶稽核排程延後"])
        row = {
            "客訴單號": number, "接獲日期": _day(d), "客戶代號": code, "客戶簡稱": cust,
            "料號": f"{rng.choice(['P4L', 'P6L', 'P8L', 'P2L', 'HDI'])}-{rng.randint(20000, 29999)}-{rng.choice('ABCD')}{rng.randint(0, 3)}",
            "生產批號": f"{lot:%y%m%d}{rng.randint(1, 3):02d}", "出貨日期": _day(ship),
            "不良現象": defect, "不良數(PCS)": bad, "出貨數(PCS)": shipped,
            "業務承辦": rng.choice(sales), "品保擔當": rng.choice(qa), "責任單位": unit,
            "損失有無": loss, "處理方式": how,
            "異常處理單號": slip_no, "異常單開立日": slip_at or None, "開單單位": slip_by,
            "原因分析日": analysed, "對策回覆日": answered, "退貨數量": returned, "退貨單號": ret_no,
            "處理期限": due, "結案日": closed, "核決人": rng.choice(bosses) if closed else "",
            "逾期說明": late, "追蹤結果": ("連續3批OK" if closed else ("追蹤中" if answered else "")),
        }
        rows.append(row)
        numbers.append(number)

    # duplicates: the clerk re-keyed an earlier (compliant) case's number on a later, compliant case
    for i in range(n):
        if plan[i] == "dup":
            j = min((k for k in range(n) if plan[k] == ""), key=lambda k: abs(k - i))
            rows[i]["客訴單號"] = numbers[j]
    for i, kind in enumerate(plan):
        rule = {"slip": "exception_slip_when_no_loss", "loss": "loss_caused", "onsite": "onsite_handling",
                "dup": "case_number", "by": "slip_by_sales_or_units"}.get(kind)
        if rule:
            injected.append((rows[i]["客訴單號"], rule))

    hand = {
        "procedure": "s3-xingjin-pcb-complaints",
        "sheet": "导出",
        "columns": {
            "客訴單號": "case_number",
            "損失有無": "loss_caused",
            "處理方式": "onsite_handling",
            "異常單開立日": "exception_slip_at",
            "開單單位": "exception_slip_by",
        },
        "values": {
            "loss_caused": {"有": True, "無": False},
            "onsite_handling": {"現場處理": True, "書面回覆(8D)": False, "視訊會議": False},
        },
        "roles": {"業務部": "sales", "品保部": "related_units", "製造部": "related_units",
                  "業務/相關單位": "sales_or_units"},
    }
    return rows, hand


def e267_s4_parts_oa_complaint_flow(rng, injected=None):
    """一家给家电整机厂配套五金/注塑件的制造企业（执行 GLZD194《客户投诉管理制度》），泛微 OA「客诉处理流程」
    的流程台账导出，CSV（GB18030），时间写作 2025/3/4 9:05。

    投诉编号是 OA 流程编号「KS + 年月日 + 当日流水」；销售部登记、品质部牵头调查，需要上门的由销售部或品质/生产/
    技术部派人去客户处，未造成损失的填《异常处理单》（OA 子流程）反映处理情况。

    读制度 YAML 之前写下的表头：投诉编号、登记时间、客户单位、联系人、联系电话、产品型号、批次、投诉内容、问题类别、
    登记人、责任部门、调查结果、处理方式、处理完成时间、审批人、答复客户时间、状态。

    读过制度 YAML 后补的列：损失情况（无损失／有损失／已索赔：是否造成损失）、上门处理（是/否）、
    异常单填报时间、异常单填报部门。

    注入的违规（按规则 id 计数，共 16）：exception_slip_when_no_loss 6（无损失、上门处理却没有异常单）、
    loss_caused 3（损失情况写「待核实」）、onsite_handling 3（上门处理写「待安排」）、case_number 2（流程退回重提，
    同一编号出现两行，重复的一行本身合规）、slip_by_sales_or_units 2（填报部门选了下拉框的「业务/相关单位」，
    没有写明哪个部门）。

    陷阱（都不是违规）：有损失或已索赔、上门处理而没有异常单；无损失、没有上门（电话沟通）也没有异常单；由生产部、
    技术部、品质部填异常单（有关单位）；有损失仍填了异常单；6 月底登记、还没定是否上门的流程（上门处理空白）；
    周末登记的投诉（这份制度没有时限）。
    """
    injected = [] if injected is None else injected
    taken: set = set()
    clerks = distinct_names(rng, 3, taken)
    approvers = distinct_names(rng, 2, taken)
    contacts = distinct_names(rng, 14, taken)
    customers = ["格力达电器", "美欣家电", "海川电器", "奥瑞空调", "志高美厨", "新宝冷链", "长锋电子", "凯迪电器"]
    customer_contact = {c: (contacts[k], mobile(rng)) for k, c in enumerate(customers)}
    products = ["压缩机支架 ZJ-320", "面板注塑件 MB-118", "电机端盖 DG-65", "散热片 SR-210", "门体铰链 JL-08",
                "底盘冲压件 DP-450", "旋钮 XN-22"]
    problems = [("尺寸超差", "生产部"), ("外观划伤", "生产部"), ("毛刺", "生产部"), ("缩水变形", "技术部"),
                ("装配干涉", "技术部"), ("包装破损", "仓储部"), ("混料", "品质部"), ("镀层脱落", "采购部")]
    results = {"生产部": "冲压/注塑工序参数漂移，已调机并加严首检", "技术部": "模具/图纸公差设计问题，已出ECN",
               "仓储部": "装箱未按规范加隔板，已培训", "品质部": "出货检验漏检，已加严抽样",
               "采购部": "外协电镀厂来料不良，已发供应商纠正单"}

    n = 52
    kinds = ["slip"] * 6 + ["loss"] * 3 + ["onsite"] * 3 + ["dup"] * 2 + ["by"] * 2
    traps = ["t_loss_onsite", "t_claim_onsite", "t_phone", "t_phone", "t_prod", "t_tech", "t_qc", "t_extra_slip"]
    plan = _plan(rng, n - 1, kinds, traps) + ["t_open"]
    days = sorted(date(2025, 1, 2) + timedelta(days=rng.randint(0, 172)) for _ in range(n))
    days[-1] = date(2025, 6, 28)     # a Saturday: the complaint was logged, nothing decided yet
    per_day: dict = {}
    rows = []
    for i in range(n):
        kind = plan[i]
        d = days[i]
        per_day[d] = per_day.get(d, 0) + 1
        number = f"KS{d:%Y%m%d}{per_day[d]:02d}"
        logged = _at(rng, d, 8.3, 17.8) if workday(d) else _at(rng, d, 9, 12)
        cust = rng.choice(customers)
        product = rng.choice(products)
        problem, dept = rng.choice(problems)
        loss = pick(rng, [("无损失", 60), ("有损失", 28), ("已索赔", 12)])
        onsite = pick(rng, [("是", 55), ("否", 45)])
        if kind in ("slip", "onsite", "by", "t_prod", "t_tech", "t_qc"):
            loss, onsite = "无损失", "是"
        elif kind == "t_loss_onsite" or kind == "t_extra_slip":
            loss, onsite = "有损失", "是"
        elif kind == "t_claim_onsite":
            loss, onsite = "已索赔", "是"
        elif kind == "t_phone":
            loss, onsite = "无损失", "否"
        elif kind == "t_open":
            loss, onsite = "无损失", ""
        elif kind == "loss":
            loss = "待核实"
        elif kind == "dup":
            loss, onsite = "有损失", "否"
        if kind == "onsite":
            onsite = "待安排"

        visit = _at(rng, d + timedelta(days=rng.randint(1, 3)), 9, 16)
        want_slip = (loss == "无损失" and onsite == "是") or kind == "t_extra_slip" or \
            (kind == "" and loss != "无损失" and onsite == "是" and rng.random() < 0.2)
        if kind in ("slip", "t_loss_onsite", "t_claim_onsite", "t_open"):
            want_slip = False
        if kind == "loss":
            want_slip = onsite == "是" and rng.random() < 0.5
        slip_at = slip_by = ""
        if want_slip:
            t = visit + timedelta(hours=rng.uniform(2, 30))
            if t.hour >= 19 or t.hour < 8:
                t = (t + timedelta(hours=14)).replace(hour=9)
            t = min(t, CUTOFF - timedelta(hours=1)).replace(second=0, microsecond=0)
            slip_at = slash(t)
            slip_by = pick(rng, [("销售部", 50), ("品质部", 30), ("生产部", 12), ("技术部", 8)])
            slip_by = {"t_prod": "生产部", "t_tech": "技术部", "t_qc": "品质部", "by": "业务/相关单位"}.get(kind, slip_by)

        done = working_minutes(logged + timedelta(days=rng.uniform(3, 25)), CUTOFF, 8, 19)
        replied = working_minutes(done + timedelta(hours=rng.uniform(2, 72)), CUTOFF, 8, 19) if done else None
        if kind == "t_open":
            done = replied = None
        status = "已结案" if replied else ("待审批" if done else "处理中")
        how = pick(rng, [("退货", 30), ("换货", 20), ("挑选使用", 20), ("让步接收", 15), ("返工", 15)])
        rows.append({
            "投诉编号": number, "登记时间": slash(logged.replace(second=0, microsecond=0)), "客户单位": cust,
            "联系人": customer_contact[cust][0], "联系电话": customer_contact[cust][1],
            "产品型号": product, "批次": f"{d - timedelta(days=rng.randint(7, 40)):%Y%m%d}-{rng.choice('ABC')}",
            "投诉内容": f"{product.split()[0]}{problem}，{rng.choice(['上线装配时发现', '来料检验发现', '客户终端反馈', '抽检发现'])}"
                    f"{rng.randint(2, 300)}件",
            "问题类别": problem, "登记人": rng.choice(clerks), "责任部门": dept,
            "损失情况": loss, "上门处理": onsite, "异常单填报时间": slip_at, "异常单填报部门": slip_by,
            "调查结果": results[dept] if done else "", "处理方式": how if done else "",
            "处理完成时间": slash(done) if done else "",
            "审批人": rng.choice(approvers) if replied else "",
            "答复客户时间": slash(replied) if replied else "",
            "状态": status,
        })

    for i in range(n):
        if plan[i] == "dup":
            # the flow was sent back and resubmitted: the resubmission kept the number of the compliant flow before it
            j = min((k for k in range(n) if plan[k] == ""), key=lambda k: abs(k - i))
            rows[i]["投诉编号"] = rows[j]["投诉编号"]
    for i, kind in enumerate(plan):
        rule = {"slip": "exception_slip_when_no_loss", "loss": "loss_caused", "onsite": "onsite_handling",
                "dup": "case_number", "by": "slip_by_sales_or_units"}.get(kind)
        if rule:
            injected.append((rows[i]["投诉编号"], rule))

    hand = {
        "procedure": "s4-glzd194-complaint-management",
        "columns": {
            "投诉编号": "case_number",
            "损失情况": "loss_caused",
            "上门处理": "onsite_handling",
            "异常单填报时间": "exception_slip_at",
            "异常单填报部门": "exception_slip_by",
        },
        "values": {
            "loss_caused": {"无损失": False, "有损失": True, "已索赔": True},
            "onsite_handling": {"是": True, "否": False},
        },
        "roles": {"销售部": "sales", "品质部": "related_units", "生产部": "related_units", "技术部": "related_units",
                  "业务/相关单位": "sales_or_units"},
    }
    return rows, hand


EXPORTS = [
    ("266-s3-xingjin-tiptop-customer-complaints.xlsx", "xlsx", e266_s3_xingjin_tiptop_complaints),
    ("267-s4-appliance-parts-oa-complaint-flow.csv", "gb18030", e267_s4_parts_oa_complaint_flow),
]
