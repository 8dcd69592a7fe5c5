"""Starter-profile benchmark exports 230-231 (set 39c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 230 231    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=19):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning; None stays None."""
    if t is None:
        return None
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    u = u.replace(second=0, microsecond=0)
    return u if u > t else t + timedelta(minutes=30)


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _take(rng, pool, k):
    """k distinct items drawn from pool, removed from it (so one row carries one injection)."""
    chosen = rng.sample(sorted(pool), k)
    for c in chosen:
        pool.discard(c)
    return chosen


# --- 230: S44, a cable works' DingTalk OA approval flow "客户质量投诉" ------------------------------------------

def e230_s44_cable_oa_quality_complaint_flow(rng, injected=None):
    """S44 客户质量问题投诉处理流程 — 一家电线电缆厂（客服部、销售部、质检部、工艺技术部、生产部、生产办、成品库）
    在钉钉 OA 里建的「客户质量投诉」审批流，按流程导出的台账（XLSX，工作表“导出”，时间为日期单元格）。
    一行一个审批流程；流程编号 ZLTS+发起日期+3 位流水。

    读制度 YAML 之前写下的表头：流程编号、发起时间、客户单位、客户联系人、联系电话、产品型号、生产批号、投诉内容、
    接单部门、接单人、通知质检时间、现场确认时间、判定结果、投诉单填写部门、反馈单日期、反馈单承办部门、处理意见、
    退货申请单号、退货完成日期、存档日期、跟踪记录时间、结案时间。
    读过制度 YAML 后补的列：投诉单提交时间（原先只记填写部门）、退货申请时间、退货申请部门、跟踪部门、
    转客户自行处理日期。

    注入的违规（按规则 id 计数，共 16）：complaint_form_for_own_issue 2、return_request_before_return 1、
    return_form_archived 2、countermeasure_form_before_close 1、follow_up_until_solved 2、
    receive_by_customer_service_or_sales 1、complaint_form_by_customer_service 1、countermeasure_by_quality_inspection 1、
    follow_up_by_quality_inspection 1、complaint_form-countermeasure 1（CK106）、process_return-archive_return 1（CK106）、
    own_quality_issue 1（判定结果“待定”，CK102）、case_number 1（重号，CK107）。
    陷阱：销售部接单（制度允许客服部或销售部）；非我司问题的案件没有投诉单、反馈单；在办的我司问题案件还没有反馈单、
    跟踪记录（只对已结案的检查）；退货已完成但尚未存档、也未结案的案件；反馈单与投诉单同一天、晚几个小时。
    """
    taken: set = set()
    n = 46
    cs_staff = distinct_names(rng, 4, taken)
    sales_staff = distinct_names(rng, 3, taken)
    qc_staff = distinct_names(rng, 3, taken)
    contacts = distinct_names(rng, n, taken)
    customers = ["国网江苏电力物资公司", "中建三局安装公司", "苏州华盛机电", "南通海力建设", "无锡新区供电所",
                 "常州天宇房地产", "上海隧道工程", "扬州润泰置业", "徐州矿务集团", "镇江港务集团", "宁波东方建设",
                 "合肥城建集团", "杭州申达电气", "泰州金鹰物业"]
    products = ["YJV22-8.7/15kV 3×240", "YJV-0.6/1kV 4×95+1×50", "BV-450/750V 2.5", "BVR-450/750V 6",
                "KVVP-450/750V 10×1.5", "ZR-YJV-0.6/1kV 5×16", "RVV-300/500V 3×2.5", "JKLYJ-10kV 1×185",
                "NH-BV-450/750V 4", "WDZ-YJY-0.6/1kV 4×185+1×95"]
    problems = ["绝缘层偏心，最薄点不合格", "导体直流电阻超标", "护套表面开裂", "印字模糊、米标不连续",
                "实际长度少于标称长度", "盘具破损、电缆外护套压伤", "铠装带搭盖不足", "绝缘火花试验击穿",
                "护套颜色与合同不符", "阻燃试验不合格", "线芯分色错误", "铜丝发黑氧化"]
    remedies = ["返工", "补发", "让步接收", "折价"]

    cases = []
    day0, day1 = date(2025, 3, 3), date(2025, 6, 27)
    days = sorted(_rand_day(rng, day0, day1) for _ in range(n))
    serial: dict = {}
    for i, d in enumerate(days):
        while d.weekday() == 6:
            d -= timedelta(days=1)
        serial[d] = serial.get(d, 0) + 1
        recv = _at(rng, d, 8.3, 17.5)
        by_sales = rng.random() < 0.3
        c = {
            "no": f"ZLTS{d:%Y%m%d}{serial[d]:03d}", "recv": recv,
            "recv_dept": "销售部" if by_sales else "客服部",
            "recv_person": rng.choice(sales_staff if by_sales else cs_staff),
            "customer": rng.choice(customers), "contact": contacts[i], "phone": mobile(rng),
            "product": rng.choice(products), "batch": f"{(recv - timedelta(days=rng.randint(20, 120))):%y%m%d}-{rng.randint(1, 6)}#",
            "content": rng.choice(problems),
        }
        c["notify"] = _cut(_plus(rng, recv, 0.1, 1.5))
        c["investigate"] = _cut(_plus(rng, recv, 3, 50))
        verdict = None
        if c["investigate"]:
            verdict = pick(rng, [("own", 72), ("not_own", 28)])
            if _plus(rng, c["investigate"], 1, 20) > CUTOFF:
                verdict = None          # not yet judged at export time
        c["verdict"] = verdict
        c.update(form=None, form_dept=None, cm=None, cm_dept=None, opinion=None, rr=None, rr_dept=None, rr_no=None,
                 ret=None, archive=None, fu=None, fu_dept=None, self_handle=None, closed=None)
        if verdict == "own":
            c["form"] = _cut(_plus(rng, c["investigate"], 1, 20))
            c["form_dept"] = "客服部" if c["form"] else None
            c["cm"] = _cut(_plus(rng, c["form"], 3, 110))
            if c["cm"]:
                c["cm_dept"] = "质检部"
                c["opinion"] = "同意退货" if rng.random() < 0.35 else rng.choice(remedies)
            last = c["cm"]
            if c["opinion"] == "同意退货":
                c["rr"] = _cut(_plus(rng, c["cm"], 2, 40))
                if c["rr"]:
                    c["rr_dept"] = "客服部"
                    c["rr_no"] = f"TH{c['rr']:%y%m}{rng.randint(100, 999)}"
                c["ret"] = _cut(_plus(rng, c["rr"], 48, 160))
                c["archive"] = _cut(_plus(rng, c["ret"], 20, 90))
                last = c["archive"]
            c["fu"] = _cut(_plus(rng, c["cm"], 70, 220))
            c["fu_dept"] = "质检部" if c["fu"] else None
            if last and c["fu"]:
                c["closed"] = _cut(_plus(rng, max(last, c["fu"]), 24, 120))
        elif verdict == "not_own":
            c["self_handle"] = _cut(_plus(rng, c["investigate"], 2, 30))
            c["closed"] = _cut(_plus(rng, c["self_handle"], 1, 30))
        cases.append(c)

    def closed_own(extra=lambda c: True):
        return {i for i, c in enumerate(cases) if c["verdict"] == "own" and c["closed"] and extra(c)}

    # traps, fixed before the injections draw their rows: one finished return not yet archived and still open
    returned_open = [i for i, c in enumerate(cases) if c["ret"] and not c["closed"]]
    if not returned_open:
        cand = [i for i, c in enumerate(cases) if c["ret"]]
        returned_open = [max(cand, key=lambda i: cases[i]["recv"])]
    trap = returned_open[0]
    cases[trap]["archive"] = None
    cases[trap]["closed"] = None
    same_day = [i for i, c in enumerate(cases) if i != trap and c["cm"] and c["form"].hour <= 13]
    quick = rng.choice(same_day)                               # QC answered the same afternoon
    cases[quick]["cm"] = cases[quick]["form"] + timedelta(minutes=rng.randint(90, 240))
    reserved = {trap, quick}

    inj = []
    own_any = {i for i, c in enumerate(cases) if c["verdict"] == "own" and c["form"]} - reserved
    pool_closed = closed_own() - reserved
    pool_ret_closed = closed_own(lambda c: c["ret"] is not None) - reserved
    pool_ret = {i for i, c in enumerate(cases) if c["ret"]} - reserved

    for i in _take(rng, pool_ret_closed, 2):                   # returned and closed, never archived
        cases[i]["archive"] = None
        inj.append((i, "return_form_archived"))
    pool_ret -= {i for i, _ in inj}
    for i in _take(rng, pool_ret, 1):                          # return done without a return request on file
        cases[i]["rr"] = cases[i]["rr_dept"] = cases[i]["rr_no"] = None
        inj.append((i, "return_request_before_return"))
    for i in _take(rng, {j for j in pool_ret if cases[j]["closed"]}, 1):   # archived before the goods were back
        c = cases[i]
        c["archive"] = _plus(rng, c["rr"], 3, 20)
        c["ret"] = _plus(rng, c["archive"], 24, 60)
        inj.append((i, "process_return-archive_return"))
    used = {i for i, _ in inj}
    own_any -= used
    pool_closed -= used
    pool_closed_noret = {i for i in pool_closed if not cases[i]["ret"]}
    for i in _take(rng, pool_closed_noret, 1):                 # closed with no feedback form at all
        cases[i]["cm"] = cases[i]["cm_dept"] = None
        inj.append((i, "countermeasure_form_before_close"))
    pool_closed -= {i for i, _ in inj}
    for i in _take(rng, pool_closed, 2):                       # closed without any follow-up record
        cases[i]["fu"] = cases[i]["fu_dept"] = None
        inj.append((i, "follow_up_until_solved"))
    used = {i for i, _ in inj}
    own_any -= used
    for i in _take(rng, own_any, 2):                           # own quality problem, complaint form never filed
        cases[i]["form"] = cases[i]["form_dept"] = None
        inj.append((i, "complaint_form_for_own_issue"))
    for i in _take(rng, own_any, 1):                           # the sales office filled in the complaint form
        cases[i]["form_dept"] = "销售部"
        inj.append((i, "complaint_form_by_customer_service"))
    with_cm = {i for i in own_any if cases[i]["cm"]}
    for i in _take(rng, with_cm, 1):                           # feedback form written by production
        cases[i]["cm_dept"] = "生产部"
        inj.append((i, "countermeasure_by_quality_inspection"))
    with_fu = {i for i in with_cm if cases[i]["fu"]}
    for i in _take(rng, with_fu, 1):                           # follow-up logged by production
        cases[i]["fu_dept"] = "生产部"
        inj.append((i, "follow_up_by_quality_inspection"))
    own_any -= {i for i, _ in inj}
    swap = {i for i in own_any if cases[i]["cm"] and (cases[i]["rr"] or cases[i]["fu"] or cases[i]["closed"])}
    for i in _take(rng, swap, 1):                              # feedback form dated before the complaint form
        c = cases[i]
        c["cm"], c["form"] = c["form"], c["form"] + timedelta(minutes=rng.randint(40, 180))
        inj.append((i, "complaint_form-countermeasure"))
    used = {i for i, _ in inj} | reserved
    rest = [i for i in range(n) if i not in used]
    rng.shuffle(rest)
    i = rest.pop()                                             # a QC inspector took the call directly
    cases[i]["recv_dept"] = "质检部"
    cases[i]["recv_person"] = rng.choice(qc_staff)
    inj.append((i, "receive_by_customer_service_or_sales"))
    undecided = [j for j in rest if cases[j]["verdict"] == "not_own" and cases[j]["closed"]]
    i = undecided[0]                                           # closed with the verdict left at 待定
    rest.remove(i)
    cases[i]["verdict"] = "pending"
    cases[i]["self_handle"] = None
    inj.append((i, "own_quality_issue"))
    a, b = sorted(rest[:2])                                    # a flow copied and resubmitted under the old number
    cases[b]["no"] = cases[a]["no"]
    inj.append((b, "case_number"))

    if injected is not None:
        injected.extend((cases[i]["no"], rule) for i, rule in inj)

    verdict_text = {"own": "我司质量问题", "not_own": "非我司问题", "pending": "待定", None: None}
    rows = []
    for c in cases:
        rows.append({
            "流程编号": c["no"],
            "发起时间": c["recv"],
            "客户单位": c["customer"],
            "客户联系人": c["contact"],
            "联系电话": c["phone"],
            "产品型号": c["product"],
            "生产批号": c["batch"],
            "投诉内容": c["content"],
            "接单部门": c["recv_dept"],
            "接单人": c["recv_person"],
            "通知质检时间": c["notify"],
            "现场确认时间": c["investigate"],
            "判定结果": verdict_text[c["verdict"]],
            "投诉单提交时间": c["form"],
            "投诉单填写部门": c["form_dept"],
            "反馈单日期": c["cm"],
            "反馈单承办部门": c["cm_dept"],
            "处理意见": c["opinion"],
            "退货申请单号": c["rr_no"],
            "退货申请时间": c["rr"],
            "退货申请部门": c["rr_dept"],
            "退货完成日期": c["ret"],
            "存档日期": c["archive"],
            "跟踪记录时间": c["fu"],
            "跟踪部门": c["fu_dept"],
            "转客户自行处理日期": c["self_handle"],
            "结案时间": c["closed"],
        })

    hand = {
        "procedure": "s44-customer-quality-complaints-2017",
        "sheet": "导出",
        "columns": {
            "流程编号": "case_number",
            "发起时间": "receive_at",
            "接单部门": "receive_by",
            "投诉内容": "content",
            "现场确认时间": "investigate_at",
            "判定结果": "own_quality_issue",
            "投诉单提交时间": "complaint_form_at",
            "投诉单填写部门": "complaint_form_by",
            "反馈单日期": "countermeasure_at",
            "反馈单承办部门": "countermeasure_by",
            "处理意见": "return_approved",
            "退货申请时间": "return_request_at",
            "退货申请部门": "return_request_by",
            "退货完成日期": "process_return_at",
            "存档日期": "archive_return_at",
            "跟踪记录时间": "follow_up_at",
            "跟踪部门": "follow_up_by",
            "转客户自行处理日期": "customer_self_handle_at",
            "结案时间": "closed_at",
        },
        "values": {
            "own_quality_issue": {"我司质量问题": True, "非我司问题": False},
            "return_approved": {"同意退货": True, "返工": False, "补发": False, "让步接收": False, "折价": False},
        },
        "roles": {"客服部": "customer_service", "销售部": "sales", "质检部": "quality_inspection",
                  "生产部": "production"},
    }
    return rows, hand


# --- 231: S48, a PCB maker's ERP customer-complaint module -------------------------------------------------

def _ymd(t):
    return "" if t is None else t.strftime("%Y/%m/%d")


def _ymdhm(t):
    return "" if t is None else t.strftime("%Y/%m/%d %H:%M")


def e231_s48_pcb_erp_complaint_module(rng, injected=None):
    """S48 客户投诉管理办法（PCB）— 一家印制电路板厂 ERP（台资厂常用的客诉模块）导出的客诉单清单
    （CSV，UTF-8 带 BOM；日期 2025/03/04，时间 2025/03/04 09:05）。客诉单号按办法“年度+月份+流水”六位，如 250307。
    部门用厂内叫法：总经理室生管组、品保部、制造部下的内层课/电镀课/防焊课/成型课、业务部。

    读制度 YAML 之前写下的表头：客诉单号、登记日期、客户名称、订单编号、料号、客诉数量、交运日期、异常描述、
    客诉原因类别、业务员、品保调查人、责任单位、生产班别、生产日期、处理方式、回复客户日期、结案日期、是否逾期。
    读过制度 YAML 后补的列：登记单位、客诉要求、客户损失、业务前往处理日期、异常单开立日期、品保确认日期、
    品保确认单位、制造调查日期、调查单位、生产单位、生产人员、处置拟定日期、拟定单位、责任人、回复单位。

    注入的违规（按规则 id 计数，共 17）：record_order_number 1、record_part_number 1、record_ship_date 1、
    record_demand 1、quantity 1（客诉数量“一批”，CK102）、exception_slip_when_no_loss 2、
    go_handle-exception_slip 1（CK106）、report_shift 1、report_production_date 1、record_responsibility 1、
    record_responsible_person 1、register_by_production_control 1、inspect_by_quality_mgmt 1、reply_by_sales 1、
    year_month_serial 1（手工单号少一位，CK108）、case_number 1（重号，CK107）。
    陷阱：客户有损失的案件没有异常处理单（只要求未造成损失而前往处理的）；未造成损失、业务没有前往（电话处理）的
    案件也没有异常处理单；人为疏失、没有做制造调查的案件没有生产单位、班别等；尚未拟定处置的在办案件没有责任单位、
    责任人；调查单位记到课（电镀课、防焊课…），都是制造部门。
    """
    taken: set = set()
    n = 48
    sales_staff = distinct_names(rng, 4, taken)
    qa_staff = distinct_names(rng, 3, taken)
    operators = distinct_names(rng, 10, taken)
    owners = distinct_names(rng, 8, taken)
    customers = ["深圳欣旺达", "东莞华贝电子", "惠州TCL通讯", "苏州汇川技术", "厦门立达信", "宁波舜宇光电",
                 "珠海格力电器", "中山明阳电器", "上海移远通信", "杭州海康威视", "无锡村田电子", "合肥联宝"]
    problems = {
        "品质异常": ["孔铜厚度不足，回流后断路", "防焊起泡", "阻抗超出规格", "板弯板翘超标", "金面氧化拒焊",
                     "线路开路", "内层短路", "字符偏移"],
        "人为疏失": ["料号标签贴错", "出货数量少装", "混入他料号板", "未附出货检验报告", "包装未抽真空受潮"],
    }
    demands = ["退货重做", "补货", "折让", "提供8D报告", "现场挑选", "退货重做并提供8D报告"]
    sections = ["内层课", "电镀课", "防焊课", "成型课"]

    cases = []
    days = sorted(_rand_day(rng, date(2025, 3, 3), date(2025, 6, 27)) for _ in range(n))
    month_serial: dict = {}
    for i, d in enumerate(days):
        while d.weekday() == 6:
            d -= timedelta(days=1)
        reg = _at(rng, d, 8.2, 17.8)
        month_serial[(d.year, d.month)] = month_serial.get((d.year, d.month), 0) + 1
        kind = pick(rng, [("品质异常", 70), ("人为疏失", 30)])
        ship = reg - timedelta(days=rng.randint(3, 40))
        c = {
            "no": f"{d:%y%m}{month_serial[(d.year, d.month)]:02d}", "reg": reg, "reg_by": "生管组",
            "customer": rng.choice(customers), "order": f"SO{(ship - timedelta(days=rng.randint(10, 30))):%y%m}{rng.randint(1000, 9999)}",
            "part": f"{rng.choice(['2', '4', '6', '8'])}L-{rng.choice('ABCDHK')}{rng.randint(10000, 99999)}-R{rng.randint(1, 4)}",
            "qty": str(rng.choice([50, 120, 200, 360, 500, 800, 1000, 1200, 2400, 5000])),
            "ship": ship, "kind": kind, "desc": rng.choice(problems[kind]), "demand": rng.choice(demands),
            "sales": rng.choice(sales_staff), "qa": rng.choice(qa_staff),
            "loss": pick(rng, [("有", 50), ("无", 50)]),
        }
        c["go"] = c["slip"] = None
        if c["loss"] == "无" and rng.random() < 0.85:
            c["go"] = _cut(_plus(rng, reg, 3, 48))
            c["slip"] = _cut(_plus(rng, c["go"], 1, 20))
        c["inspect"] = _cut(_plus(rng, reg, 2, 40))
        c["inspect_by"] = "品保部" if c["inspect"] else None
        c["inv"] = c["inv_by"] = c["unit"] = c["shift"] = c["staff"] = c["pdate"] = None
        if kind == "品质异常" or rng.random() < 0.4:
            c["inv"] = _cut(_plus(rng, c["inspect"], 4, 70))
            if c["inv"]:
                sec = rng.choice(sections)
                c["inv_by"] = sec
                c["unit"] = rng.choice(["一厂", "二厂"])
                c["shift"] = rng.choice(["A班", "B班", "C班"])
                c["staff"] = rng.choice(operators)
                c["pdate"] = ship - timedelta(days=rng.randint(2, 15))
                c["cause"] = sec
        c["det"] = _cut(_plus(rng, c["inv"] or c["inspect"], 8, 70)) if (c["inv"] or (c["inspect"] and kind == "人为疏失")) else None
        c["det_by"] = c["resp_dept"] = c["resp_person"] = c["handling"] = None
        if c["det"]:
            c["det_by"] = "生管组"
            if c["inv"]:
                c["resp_dept"] = c["cause"]
            else:
                c["resp_dept"] = rng.choice(["业务部", "仓储课", "出货课"])
            c["resp_person"] = rng.choice(owners)
            c["handling"] = rng.choice(["退货重做", "特采折让", "补货", "现场挑选", "重工后回货"])
        c["reply"] = _cut(_plus(rng, c["det"], 2, 40))
        c["reply_by"] = "业务部" if c["reply"] else None
        c["closed"] = _cut(_plus(rng, c["reply"], 24, 200))
        cases.append(c)

    inj = []
    free = set(range(n))

    def take(cond, k, rule):
        out = _take(rng, {i for i in free if cond(cases[i])}, k)
        free.difference_update(out)
        inj.extend((i, rule) for i in out)
        return out

    for i in take(lambda c: c["go"] and c["slip"], 2, "exception_slip_when_no_loss"):
        cases[i]["slip"] = None                                 # went to the customer, no 异常处理单 raised
    for i in take(lambda c: c["go"] and c["slip"], 1, "go_handle-exception_slip"):
        c = cases[i]                                            # slip dated before the visit it reports
        c["slip"], c["go"] = c["go"] - timedelta(hours=rng.randint(2, 6)), c["slip"]
        if c["slip"] <= c["reg"]:
            c["slip"] = c["reg"] + timedelta(minutes=20)
    for i in take(lambda c: c["inv"], 1, "report_shift"):
        cases[i]["shift"] = None
    for i in take(lambda c: c["inv"], 1, "report_production_date"):
        cases[i]["pdate"] = None
    for i in take(lambda c: c["det"], 1, "record_responsibility"):
        cases[i]["resp_dept"] = None
    for i in take(lambda c: c["det"], 1, "record_responsible_person"):
        cases[i]["resp_person"] = None
    for i in take(lambda c: c["inspect"], 1, "inspect_by_quality_mgmt"):
        cases[i]["inspect_by"] = "电镀课"                        # the plating section signed the confirmation
    for i in take(lambda c: c["reply"], 1, "reply_by_sales"):
        cases[i]["reply_by"] = "品保部"                          # QA answered the customer directly
    for i in take(lambda c: True, 1, "register_by_production_control"):
        cases[i]["reg_by"] = "业务部"                            # keyed in by sales instead of 生管组
    for i in take(lambda c: True, 1, "record_order_number"):
        cases[i]["order"] = None
    for i in take(lambda c: True, 1, "record_part_number"):
        cases[i]["part"] = None
    for i in take(lambda c: True, 1, "record_ship_date"):
        cases[i]["ship"] = None
    for i in take(lambda c: True, 1, "record_demand"):
        cases[i]["demand"] = None
    for i in take(lambda c: True, 1, "quantity"):
        cases[i]["qty"] = "一批"
    for i in take(lambda c: True, 1, "year_month_serial"):
        c = cases[i]                                            # typed by hand without the month's leading zero
        c["no"] = f"{c['reg']:%y}{c['reg'].month}{c['no'][-2:]}"
    dup = sorted(_take(rng, free, 2))
    cases[dup[1]]["no"] = cases[dup[0]]["no"]
    inj.append((dup[1], "case_number"))

    if injected is not None:
        injected.extend((cases[i]["no"], rule) for i, rule in inj)

    rows = []
    for c in cases:
        open_days = ((c["closed"] or CUTOFF) - c["reg"]).days
        rows.append({
            "客诉单号": c["no"],
            "登记日期": _ymdhm(c["reg"]),
            "登记单位": c["reg_by"],
            "客户名称": c["customer"],
            "业务员": c["sales"],
            "订单编号": c["order"] or "",
            "料号": c["part"] or "",
            "客诉数量": c["qty"],
            "交运日期": _ymd(c["ship"]),
            "客诉原因类别": c["kind"],
            "异常描述": c["desc"],
            "客诉要求": c["demand"] or "",
            "客户损失": c["loss"],
            "业务前往处理日期": _ymdhm(c["go"]),
            "异常单开立日期": _ymdhm(c["slip"]),
            "品保调查人": c["qa"],
            "品保确认日期": _ymdhm(c["inspect"]),
            "品保确认单位": c["inspect_by"] or "",
            "制造调查日期": _ymdhm(c["inv"]),
            "调查单位": c["inv_by"] or "",
            "生产单位": c["unit"] or "",
            "生产班别": c["shift"] or "",
            "生产人员": c["staff"] or "",
            "生产日期": _ymd(c["pdate"]),
            "处置拟定日期": _ymdhm(c["det"]),
            "拟定单位": c["det_by"] or "",
            "处理方式": c["handling"] or "",
            "责任单位": c["resp_dept"] or "",
            "责任人": c["resp_person"] or "",
            "回复客户日期": _ymdhm(c["reply"]),
            "回复单位": c["reply_by"] or "",
            "结案日期": _ymd(c["closed"]),
            "是否逾期": "Y" if open_days > 30 else "N",
        })

    hand = {
        "procedure": "s48-pcb-customer-complaints",
        "columns": {
            "客诉单号": "case_number",
            "登记日期": "register_at",
            "登记单位": "register_by",
            "订单编号": "order_number",
            "料号": "product",
            "客诉数量": "quantity",
            "交运日期": "ship_date",
            "客诉原因类别": "category",
            "客诉要求": "demand",
            "客户损失": "loss_caused",
            "业务前往处理日期": "go_handle_at",
            "异常单开立日期": "exception_slip_at",
            "品保确认日期": "inspect_at",
            "品保确认单位": "inspect_by",
            "制造调查日期": "manufacturing_investigation_at",
            "调查单位": "manufacturing_investigation_by",
            "生产单位": "production_unit",
            "生产班别": "shift",
            "生产人员": "production_staff",
            "生产日期": "production_date",
            "处置拟定日期": "determine_handling_at",
            "拟定单位": "determine_handling_by",
            "责任单位": "responsible_department",
            "责任人": "responsible_person",
            "回复客户日期": "reply_at",
            "回复单位": "reply_by",
        },
        "values": {
            "category": {"品质异常": "quality", "人为疏失": "non_quality"},
            "loss_caused": {"有": True, "无": False},
        },
        "roles": {"生管组": "production_control", "品保部": "quality_mgmt", "业务部": "sales",
                  "内层课": "manufacturing", "电镀课": "manufacturing", "防焊课": "manufacturing",
                  "成型课": "manufacturing"},
    }
    return rows, hand


EXPORTS = [
    ("230-s44-cable-oa-quality-complaint-flow.xlsx", "xlsx", e230_s44_cable_oa_quality_complaint_flow),
    ("231-s48-pcb-erp-complaint-module.csv", "utf-8-sig", e231_s48_pcb_erp_complaint_module),
]
