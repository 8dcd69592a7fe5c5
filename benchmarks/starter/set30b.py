"""Starter-profile benchmark exports 174-175 (set 30b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 174 175    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = date(2025, 6, 30)   # the exports were taken on 30 June 2025; later steps have not happened
EXPORT_AT = datetime(2025, 6, 30, 9, 0)


def _slash(t):
    """2025/3/4 9:12 -- how the property system's CSV export spells a time."""
    if t is None:
        return ""
    return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"


def _rand_time(rng, lo=date(2025, 1, 3), hi=date(2025, 6, 27), h0=8, h1=20):
    d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
    return datetime.combine(d, time(rng.randint(h0, h1 - 1), rng.randint(0, 59)))


def _at(d, h, m=0):
    return datetime.combine(d, time(h, m))


# --- 174: S12, a property-management centre's 客服工单 system (CSV, gb18030) ------------------------------------------

_S12_MATTERS = [
    # 投诉事项, 投诉内容, 责任部门, 处理结果
    ("维修不及时", "卫生间下水管漏水报修三天无人上门", "工程部", "已更换下水管接头，试水无渗漏"),
    ("维修质量", "上周维修的入户门锁再次损坏，无法反锁", "工程部", "更换整套门锁锁芯，业主试用正常"),
    ("电梯故障", "3号电梯频繁停层，困人一次", "工程部", "联系电梯维保单位更换门机板，运行正常"),
    ("停水停电", "未提前通知停水，家中无法做饭", "工程部", "已向业主解释管网抢修情况，今后提前张贴通知"),
    ("噪音扰民", "楼上装修晚上十点后仍在施工", "秩序维护部", "已约谈装修户并签承诺书，夜间加强巡查"),
    ("车辆管理", "车位被外来车辆长期占用", "秩序维护部", "已张贴告知单并协调车主挪车，加装车位锁"),
    ("安全管理", "单元门禁损坏，陌生人随意进出", "工程部", "门禁控制器已更换，恢复刷卡进出"),
    ("安全管理", "夜间巡逻人员在岗亭睡觉", "秩序维护部", "当班队员已通报批评，调整夜班巡查路线"),
    ("环境卫生", "楼道垃圾两天未清运，异味大", "环境部", "当日清运，调整保洁排班每日两次清运"),
    ("环境卫生", "地下车库积水发臭", "环境部", "抽排积水并消杀，疏通集水井"),
    ("绿化养护", "小区草坪打药未提前告知，宠物误食", "环境部", "已向业主致歉，今后打药提前一天公告"),
    ("宠物管理", "邻居犬只不拴绳，吓到小孩", "秩序维护部", "已上门劝导犬主，并在小区内张贴文明养犬公告"),
    ("收费问题", "物业费账单多收两个月公摊电费", "客服部", "核对账单后退还多收公摊电费"),
    ("服务态度", "前台接待员态度冷淡，推诿不登记报修", "客服部", "对当事接待员进行批评教育，重新登记并跟进"),
    ("公共设施", "儿童游乐设施螺丝松动存在安全隐患", "工程部", "紧固并更换损坏部件，设置暂停使用警示后恢复"),
    ("漏水渗水", "楼上卫生间渗水至本户天花板", "工程部", "协调楼上住户重做防水，修复本户吊顶"),
]
_S12_BUILDINGS = ["1栋", "2栋", "3栋", "5栋", "6栋", "8栋", "9栋", "11栋", "12栋"]
_S12_CHANNELS = [("400热线", 14), ("前台来访", 7), ("微信公众号", 6), ("业主APP", 5), ("书面来函", 1)]


def e174_s12_property_workorders(rng, injected=None):
    """物业服务中心“客户服务工单”系统导出的投诉工单（CSV，gb18030）：每张投诉工单一行；时间按系统默认写成 2025/3/4 9:12；
    登记人、派单人、回访人、结单人记系统用户姓名；责任部门记部门名；签字栏记负责人姓名（电子签名）。

    第一步（只读原文后）写下的表头：工单号、工单类型、来源渠道、登记时间、登记人、项目、楼栋房号、业主姓名、联系电话、
    投诉事项、投诉内容、投诉等级、派单时间、派单人、责任部门、要求完成时间、完成时间、处理结果、回访时间、回访人、
    回访结果、部门负责人签字、工单状态、备注。

    读过制度 YAML 后补的列：上报经理时间、整改措施、整改责任人（较严重投诉由客服经理组织检讨后填写）；特殊情况、上报对象、
    上报时间（特殊情况向部门经理或公司领导汇报）；结单时间、结单人（回访后客服部把处理结果填入记录并结单）。

    注入（按规则 id，共 21 条发现）：
      CK104 resolve_by_set_limit ×3（两件完成时间晚于要求完成日；一件处理中已过要求完成日）；
      CK101 verified_and_notified ×1、resolve_by_set_limit-start ×1（同一件：工程部维修员直接登记并处理，未派单、无要求完成时间）；
      CK103 receive_by_customer_service ×1（工程部维修员在系统里登记投诉）；
      CK101 serious_to_cs_manager ×1、serious_measures_set ×1、serious_responsible_set ×1；
      CK101 special_to_leaders ×1（特殊情况为“是”却没有上报时间）；CK103 special_report_to_manager_or_leader ×1（只报客服主管）；
      CK101 complainant_recorded ×1（匿名来电）、phone_recorded ×1、unit_recorded ×1；
      CK101 revisit_required ×1、customer_feedback_recorded ×1、result_recorded ×1、resolver_signed ×1；
      CK103 step-revisit ×1（回访由工程部主管本人打电话）；
      CK106 receive-verify_notify ×1（补登工单，登记时间晚于派单时间）；CK107 case_number ×1（工单号重复）。
    陷阱（不应报告）：要求完成当日 18:00 之后、24:00 之前完成（按日计限，不算逾期）；投诉前台态度的工单责任部门是客服部本身
    （被投诉的部门，映射为 complained_dept）；处理中的工单要求完成日在 7 月；一般投诉没有上报经理；特殊情况报分管副总
    （公司领导）；月末登记、尚未派单的工单。
    """
    taken: set = set()
    front = distinct_names(rng, 2, taken)          # 客服前台接待员
    cs_staff = distinct_names(rng, 2, taken)       # 客服专员（派单、结单）
    assistants = distinct_names(rng, 2, taken)     # 客服助理（回访）
    supervisor = distinct_names(rng, 1, taken)[0]  # 客服主管
    techs = distinct_names(rng, 3, taken)          # 工程部维修员
    eng_lead = distinct_names(rng, 1, taken)[0]    # 工程部主管
    heads = dict(zip(["工程部", "秩序维护部", "环境部", "客服部"], distinct_names(rng, 4, taken)))
    owners_taken = set(taken)

    n = 42
    still_open = [datetime(2025, 6, 24, 10, 5), datetime(2025, 6, 26, 15, 30), datetime(2025, 6, 27, 9, 48)]
    times = sorted([_rand_time(rng) for _ in range(n - 5)] + still_open)
    times += [datetime(2025, 6, 29, 19, 40), datetime(2025, 6, 30, 8, 25)]
    cases = []
    for k, t0 in enumerate(times, 1):
        matter = rng.choice(_S12_MATTERS)
        channel = pick(rng, _S12_CHANNELS)
        c = {
            "no": f"TS{t0:%Y%m}{k:04d}", "t0": t0, "channel": channel, "matter": matter,
            "reg_by": rng.choice(front) if channel in ("400热线", "微信公众号", "业主APP") else rng.choice(cs_staff),
            "unit": f"{rng.choice(_S12_BUILDINGS)}{rng.randint(1, 3)}单元{rng.randint(2, 28)}{rng.randint(1, 4):02d}",
            "owner": distinct_names(rng, 1, owners_taken)[0], "phone": mobile(rng),
            "sev": "一般", "special": "否", "rep_to": "", "rep_at": None,
            "mgr_at": None, "measures": "", "resp": "", "remark": "", "inj": [], "tag": None,
        }
        # the normal chain
        c["disp"] = t0 + timedelta(minutes=rng.randint(10, 150))
        c["disp_by"] = rng.choice(cs_staff)
        c["due"] = _at((c["disp"] + timedelta(days=rng.choice([1, 2, 2, 3, 3, 5, 7]))).date(), 18)
        span = (c["due"] - c["disp"]).total_seconds()
        c["done"] = c["disp"] + timedelta(seconds=int(span * rng.uniform(0.2, 0.85)))
        c["result"] = matter[3]
        c["visit"] = _at((c["done"] + timedelta(days=rng.randint(1, 3))).date(), rng.randint(9, 17), rng.randint(0, 59))
        c["visit_by"] = rng.choice(assistants)
        c["feedback"] = pick(rng, [("满意", 7), ("基本满意", 3), ("不满意", 1)])
        c["close"] = c["visit"] + timedelta(minutes=rng.randint(20, 200))
        c["close_by"] = rng.choice(cs_staff)
        c["sign"] = heads[matter[2]]
        cases.append(c)

    def clip(c):
        """Steps after the export moment have not happened."""
        for key in ("disp", "done", "visit", "close"):
            if c[key] is not None and c[key] > EXPORT_AT:
                c[key] = None
        if c["done"] is None:
            c["visit"] = c["close"] = None
        if c["visit"] is None:
            c["close"] = None

    for c in cases:
        clip(c)
        if c["done"] is None:
            # still being worked on: the due date must lie after the export (checked below), except injected ones
            if c["disp"] is not None and c["due"] < datetime(2025, 7, 1):
                c["due"] = _at(date(2025, 7, rng.randint(1, 4)), 18)
        elif c["visit"] is None or c["close"] is None:
            # done before the export but not yet visited: visit the next morning so every finished case is visited
            c["visit"] = c["done"] + timedelta(hours=2)
            c["close"] = c["visit"] + timedelta(minutes=30)
            if c["close"] > EXPORT_AT:
                c["done"] = c["visit"] = c["close"] = None
                c["due"] = _at(date(2025, 7, 2), 18)
    # three late-June orders are still being worked on (due in July)
    for c in cases:
        if c["t0"] in still_open:
            c.update(done=None, visit=None, close=None, due=_at(date(2025, 7, rng.randint(1, 4)), 18), tag="open")
    # the last two cases arrived at the month end and were not yet dispatched
    for c in cases[-2:]:
        c.update(disp=None, disp_by="", due=None, done=None, visit=None, close=None, tag="new")

    free = [c for c in cases if c["tag"] is None and c["close"] is not None]
    rng.shuffle(free)

    def take(pred=lambda c: True, tag="x"):
        for i, c in enumerate(free):
            if pred(c):
                free.pop(i)
                c["tag"] = tag
                return c
        raise RuntimeError("no case left for " + tag)

    # serious complaints, handled properly (4) and with gaps (3)
    for _ in range(4):
        c = take(lambda c: (c["due"] - c["disp"]).days >= 2, "serious")
        c["sev"] = "较严重"
        c["mgr_at"] = c["disp"] + timedelta(minutes=rng.randint(30, 180))
        c["measures"] = "经理组织检讨：" + rng.choice(["制定整改方案，限期完成并复查", "专人跟进，每日向客服部报进度",
                                                   "对责任人进行考核，修订作业指导书"])
        c["resp"] = rng.choice(techs + [eng_lead])
    c = take(tag="serious-noreport")
    c.update(sev="较严重")
    c["inj"].append("serious_to_cs_manager")
    c = take(lambda c: (c["due"] - c["disp"]).days >= 2, "serious-nomeasure")
    c.update(sev="较严重", mgr_at=c["disp"] + timedelta(minutes=90), resp=eng_lead)
    c["inj"].append("serious_measures_set")
    c = take(lambda c: (c["due"] - c["disp"]).days >= 2, "serious-noresp")
    c.update(sev="较严重", mgr_at=c["disp"] + timedelta(minutes=60), measures="经理组织检讨：更换供应商，加强巡检")
    c["inj"].append("serious_responsible_set")

    # special cases: reported properly (2, one to 分管副总), not reported (1), reported to the wrong person (1)
    for to in ("工程部经理", "分管副总"):
        c = take(tag="special")
        c.update(special="是", rep_to=to, rep_at=c["t0"] + timedelta(minutes=rng.randint(30, 120)),
                 remark="涉及多户业主，已上报")
    c = take(tag="special-norep")
    c.update(special="是", remark="业主扬言找媒体")
    c["inj"].append("special_to_leaders")
    c = take(tag="special-wrong")
    c.update(special="是", rep_to="客服主管", rep_at=c["t0"] + timedelta(minutes=45), remark="业主情绪激动")
    c["inj"].append("special_report_to_manager_or_leader")

    # deadline: two finished late, one open past due; trap: finished on the due day after 18:00
    for _ in range(2):
        c = take(lambda c: c["t0"] < datetime(2025, 5, 25), "late")
        c["done"] = c["due"] + timedelta(days=rng.randint(1, 3), hours=rng.randint(-3, 2))
        c["visit"] = _at((c["done"] + timedelta(days=1)).date(), 10, rng.randint(0, 59))
        c["close"] = c["visit"] + timedelta(minutes=40)
        c["remark"] = "配件到货延迟"
        c["inj"].append("resolve_by_set_limit")
    c = take(lambda c: datetime(2025, 5, 10) <= c["t0"] <= datetime(2025, 6, 15), "open-late")
    c["due"] = _at(date(2025, 6, 20), 18)
    c["done"] = c["visit"] = c["close"] = None
    c["result"] = c["feedback"] = ""
    c["remark"] = "等待厂家配件"
    c["inj"].append("resolve_by_set_limit")
    c = take(lambda c: c["t0"] < datetime(2025, 6, 1), "sameday-trap")
    c["done"] = c["due"] + timedelta(hours=3, minutes=25)          # 21:25 on the due day
    c["visit"] = _at((c["done"] + timedelta(days=1)).date(), 15, 10)
    c["close"] = c["visit"] + timedelta(minutes=25)

    # registered and fixed by the engineering department itself, never dispatched
    c = take(lambda c: c["matter"][2] == "工程部", "direct")
    c.update(reg_by=rng.choice(techs), channel="现场报修", disp=None, disp_by="", due=None)
    c["inj"] += ["receive_by_customer_service", "verified_and_notified", "resolve_by_set_limit-start"]

    # registration typed in after dispatch
    c = take(tag="backfill")
    c["t0"], c["disp"] = c["disp"] + timedelta(minutes=20), c["t0"]
    c["remark"] = "补录"
    c["inj"].append("receive-verify_notify")

    # missing record items
    c = take(lambda c: c["channel"] == "400热线", "anon")
    c.update(owner="", remark="匿名来电，不愿留姓名")
    c["inj"].append("complainant_recorded")
    c = take(tag="nophone")
    c["phone"] = ""
    c["inj"].append("phone_recorded")
    c = take(tag="nounit")
    c["unit"] = ""
    c["inj"].append("unit_recorded")

    # after-care gaps
    c = take(lambda c: c["done"] < datetime(2025, 6, 1), "novisit")
    c.update(visit=None, visit_by="", feedback="", close=None, close_by="")
    c["inj"].append("revisit_required")
    c = take(tag="nofeedback")
    c["feedback"] = ""
    c["inj"].append("customer_feedback_recorded")
    c = take(tag="noresult")
    c["result"] = ""
    c["inj"].append("result_recorded")
    c = take(tag="nosign")
    c["sign"] = ""
    c["inj"].append("resolver_signed")
    c = take(tag="visit-eng")
    c["visit_by"] = eng_lead
    c["inj"].append("step-revisit")

    # trap: complaint about the front desk; the complained department is 客服部 itself
    c = take(lambda c: c["matter"][0] != "服务态度", "cs-trap")
    c["matter"] = next(m for m in _S12_MATTERS if m[0] == "服务态度")
    c["result"] = c["matter"][3]
    c["sign"] = heads["客服部"]

    # duplicate work-order number (system migration)
    i = next(i for i, c in enumerate(cases) if i > 5 and c["tag"] is None and cases[i - 1]["tag"] in (None, "serious", "special"))
    cases[i]["no"] = cases[i - 1]["no"]
    cases[i]["tag"] = "dup"
    cases[i]["inj"].append("case_number")

    if injected is not None:
        injected += [(c["no"], inj) for c in cases for inj in c["inj"]]

    rows = []
    for c in cases:
        if c["close"] is not None:
            status = "已关闭"
        elif c["done"] is not None:
            status = "待回访"
        elif c["disp"] is not None:
            status = "处理中"
        else:
            status = "待派单"
        done = c["done"] is not None
        r = Case()
        r["工单号"] = c["no"]
        r["工单类型"] = "投诉"
        r["来源渠道"] = c["channel"]
        r["登记时间"] = _slash(c["t0"])
        r["登记人"] = c["reg_by"]
        r["项目"] = "锦江·御景湾"
        r["楼栋房号"] = c["unit"]
        r["业主姓名"] = c["owner"]
        r["联系电话"] = c["phone"]
        r["投诉事项"] = c["matter"][0]
        r["投诉内容"] = c["matter"][1]
        r["投诉等级"] = c["sev"]
        r["特殊情况"] = c["special"]
        r["上报对象"] = c["rep_to"]
        r["上报时间"] = _slash(c["rep_at"])
        r["派单时间"] = _slash(c["disp"])
        r["派单人"] = c["disp_by"]
        r["责任部门"] = c["matter"][2] if c["tag"] != "new" else ""
        r["要求完成时间"] = _slash(c["due"])
        r["上报经理时间"] = _slash(c["mgr_at"])
        r["整改措施"] = c["measures"]
        r["整改责任人"] = c["resp"]
        r["完成时间"] = _slash(c["done"])
        r["处理结果"] = c["result"] if done else ""
        r["回访时间"] = _slash(c["visit"])
        r["回访人"] = c["visit_by"] if c["visit"] is not None else ""
        r["回访结果"] = c["feedback"] if c["visit"] is not None else ""
        r["结单时间"] = _slash(c["close"])
        r["结单人"] = c["close_by"] if c["close"] is not None else ""
        r["部门负责人签字"] = c["sign"] if c["close"] is not None else ""
        r["工单状态"] = status
        r["备注"] = c["remark"]
        rows.append(r)

    roles = {name: "front_desk" for name in front}
    roles.update({name: "customer_service" for name in cs_staff + [supervisor]})
    roles.update({name: "cs_assistant" for name in assistants})
    roles.update({name: "complained_dept" for name in techs + [eng_lead]})
    roles.update({"工程部": "complained_dept", "秩序维护部": "complained_dept", "环境部": "complained_dept"})
    hand = {
        "procedure": "s12-property-center-complaints",
        "encoding": "gb18030",
        "columns": {
            "工单号": "case_number",
            "登记时间": "receive_at",
            "登记人": "receive_by",
            "楼栋房号": "address",
            "业主姓名": "complainant",
            "联系电话": "contact_phone",
            "投诉事项": "complaint_matter",
            "投诉内容": "content",
            "投诉等级": "severity",
            "特殊情况": "special_case",
            "上报对象": "reported_to",
            "上报时间": "report_special_at",
            "派单时间": "verify_notify_at",
            "派单人": "verify_notify_by",
            "责任部门": "resolve_by",
            "要求完成时间": "resolve_due_at",
            "上报经理时间": "manager_review_at",
            "整改措施": "measures",
            "整改责任人": "responsible_person",
            "完成时间": "resolve_at",
            "处理结果": "result",
            "回访时间": "revisit_at",
            "回访人": "revisit_by",
            "回访结果": "satisfaction",
            "结单时间": "record_result_at",
            "结单人": "record_result_by",
            "部门负责人签字": "resolver_signature",
        },
        "values": {
            "severity": {"一般": "", "较严重": "serious"},
            "special_case": {"是": True, "否": False},
            "resolve_by": {"客服部": "complained_dept"},
            "reported_to": {"工程部经理": "dept_manager", "分管副总": "company_leader", "客服主管": "customer_service"},
        },
        "roles": roles,
    }
    return rows, hand


# --- 175: S13, a tobacco distribution centre's 客户投诉登记台账 (Excel workbook kept by 客户服务部) ------------------

_S13_KINDS = {
    # 责任判定: (weight, 责任部门 choices, [(投诉事项, 原因分析, 处理方案, 处理结果)])
    "卷烟质量": (9, ["质量监督组", "工业公司驻点质检员"], [
        ("条盒内一包烟支霉变", "仓储环节受潮，批次含水率偏高", "按条退换，同批次库存抽检", "已为客户退换1条，同批次抽检合格"),
        ("烟支空头、烟丝脱落", "卷接机组工艺缺陷，属工业质量问题", "按条退换并反馈工业公司", "已退换2条，工业公司书面回复整改"),
        ("软包烟盒破损漏丝", "分拣线挤压导致包装破损", "按条退换，调整分拣线压力", "已退换，分拣线已调整"),
        ("烟支有异味", "同批次疑似运输串味", "同批次召回并送检", "同批次召回，送检结果合格后重新投放"),
        ("整条烟少一包", "工业公司装箱差错", "补发并反馈工业公司", "已补发1包，工业公司确认差错"),
    ]),
    "客户经理": (10, ["营销部（片区经理）"], [
        ("客户经理连续两周未到店走访", "客户经理走访计划未落实", "片区经理督促补访，纳入月度考核", "客户经理已上门走访并致歉"),
        ("新品上市政策未及时告知", "客户经理信息传达不到位", "客户经理上门讲解政策，补录意向订单", "已上门讲解并补录订单"),
        ("货源分配不公平", "客户经理未按档位执行货源投放", "重新核定客户档位，公开投放规则", "已重新核定档位并解释投放规则"),
        ("客户经理态度生硬", "客户经理沟通方式不当", "客户经理当面致歉，片区经理约谈", "客户经理已致歉，客户接受"),
        ("订单被客户经理代改未告知", "客户经理违规代客户修改订单", "退回多订卷烟，对客户经理通报批评", "已退回多订卷烟并通报批评"),
    ]),
    "配送": (9, ["送货部", "调度运输组"], [
        ("送货员未按约定时间送货", "线路调整未提前通知客户", "调整送货线路，提前电话告知", "已调整线路，送货员上门致歉"),
        ("送货少一条", "分拣出库差错", "补送并核查分拣记录", "次日补送1条"),
        ("送货员态度差，扔下货就走", "送货员服务不规范", "送货员当面致歉，送货部约谈", "送货员已致歉"),
        ("卷烟外箱被雨淋湿", "雨天未使用防雨罩", "更换受潮卷烟，车辆配齐防雨罩", "已更换受潮卷烟"),
    ]),
    "订单系统": (4, ["订单中心"], [
        ("网上订货系统登录不上，错过订货日", "系统升级期间未发布公告", "为客户补开订货通道", "已补订"),
        ("扣款重复", "银行代扣接口重复发起", "退还重复扣款", "重复扣款已原路退还"),
    ]),
    "客户原因": (4, ["客户服务部"], [
        ("签收后称少货", "客户签收后自行遗漏，监控核实不少货", "调取监控向客户解释", "客户认可，撤回投诉"),
        ("对零售指导价调整不理解", "客户对价格政策不了解", "向客户解释价格调整文件", "已解释，客户理解"),
    ]),
}
_S13_CHANNELS = [("电话", 12), ("现场", 3), ("邮件", 2), ("客户经理代报", 4), ("微信", 3)]
_S13_AREAS = ["城区一片", "城区二片", "城北片", "洋河片", "仓集片", "众兴片"]
_S13_SHOPS = ["好又多便利店", "万家福超市", "诚信烟酒店", "金鑫商行", "惠民超市", "百佳便利", "永辉烟酒", "红星副食店",
              "乐购便利店", "兴旺超市", "福满多商店", "家家乐超市", "邻里便利", "聚源烟酒行", "新世纪超市", "佳佳乐便利"]


def e175_s13_tobacco_complaint_ledger(rng, injected=None):
    """烟草配送中心客户服务部的《客户投诉登记台账》（Excel 工作簿，XLSX）：每件投诉一行；受理时间、填单时间是带时分的
    日期格（24 小时值班电话），其余日期是只到日的日期格；人员记姓名，责任部门记部门名。

    第一步（只读原文后）写下的表头：序号、投诉编号、受理时间、受理人、投诉方式、客户名称、许可证号、联系电话、所属片区、
    客户经理、投诉事项、投诉类型、投诉级别、责任判定、责任部门、责任人、处理单送达日期、承诺解决期限、告知客户日期、
    处理方案、领导审核意见、审核日期、退换货情况、处理结果、办结日期、客户意见、备注。

    读过制度 YAML 后补的列：填单时间（《客户投诉记录单》的填写时间）、原因分析、分派日期（判定主要原因和负责部门的日期）、
    送达人（送达《客户投诉处理单》副本的人）、退换日期（质量问题向客户解释并退换/召回的日期）、调查回复日期（责任部门
    提出处理结果和建议的日期）、方案拟定日期、审核人。（“投诉类型”没有保留：责任判定一列已说明。）

    注入（按规则 id，共 15 条发现）：
      CK104 resolve_by_notified_due ×3（责任在客户经理：两件办结日期晚于承诺期限；一件未办结已过承诺期限）；
      CK101 deadline_notified ×1（责任在客户经理却没有承诺期限）；explain_when_product_quality ×2（卷烟质量问题没有退换日期）；
      CK101 responsible_department_determined ×1、cause_determined ×1；plan_approved ×2（已办结却没有审核日期）；
      CK101 record_slip_always ×1（电话投诉未填记录单）；
      CK103 step-approve_plan ×1（方案由客服主管自己审核）；step-send_handling_slip ×1（处理单由值班受理员送达）；
      CK106 draft_plan-approve_plan ×1（审核日期早于方案拟定日期）；CK107 case_number ×1（投诉编号重复）。
    陷阱（不应报告）：办结日期正好是承诺期限当天；未办结、承诺期限在 7 月的客户经理投诉；配送、订单系统、客户原因的投诉
    没有承诺期限（只有责任在客户经理的才须告知期限）；深夜来电次日上午才填单；质量问题整批召回（退换日期照记）；
    分管副主任审核；在办案件还没有方案、没有审核。
    """
    taken: set = set()
    receivers = distinct_names(rng, 3, taken)       # 值班受理员（24 小时）
    supervisor = distinct_names(rng, 1, taken)[0]   # 客户服务主管
    leaders = distinct_names(rng, 2, taken)         # 配送中心主任、分管副主任
    managers = distinct_names(rng, 6, taken)        # 客户经理
    staff = distinct_names(rng, 8, taken)           # 各责任部门的责任人
    area_mgr = dict(zip(_S13_AREAS, managers))

    kinds = list(_S13_KINDS)
    n = 36
    cutoff = CUTOFF
    recv = []
    for _ in range(n - 3):
        d = date(2025, 1, 3) + timedelta(days=rng.randint(0, 173))
        h = pick(rng, [(rng.randint(8, 17), 8), (rng.randint(18, 21), 2), (rng.choice([22, 23, 0, 1, 6]), 1)])
        recv.append(datetime.combine(d, time(h, rng.randint(0, 59))))
    recv += [datetime(2025, 6, 23, 10, 12), datetime(2025, 6, 25, 14, 40), datetime(2025, 6, 27, 9, 5)]
    recv.sort()
    shops = set()
    cases = []
    for k, t in enumerate(recv, 1):
        kind = pick(rng, [(x, _S13_KINDS[x][0]) for x in kinds])
        item = rng.choice(_S13_KINDS[kind][2])
        area = rng.choice(_S13_AREAS)
        while True:
            shop = rng.choice(["宿城区", "泗阳县", "洋河新区"]) + rng.choice(_S13_SHOPS)
            if shop not in shops:
                shops.add(shop)
                break
        channel = pick(rng, _S13_CHANNELS)
        c = {"no": f"TS2025-{k:03d}", "recv": t, "kind": kind, "item": item, "area": area, "shop": shop,
             "licence": "3213" + "".join(rng.choice("0123456789") for _ in range(8)), "phone": mobile(rng),
             "channel": channel, "level": pick(rng, [("一般", 9), ("严重", 1)]),
             "by": rng.choice(receivers), "dept": rng.choice(_S13_KINDS[kind][1]), "resp": rng.choice(staff),
             "sent_by": supervisor, "appr_by": pick(rng, [(leaders[0], 2), (leaders[1], 3)]),
             "opinion": rng.choice(["同意", "同意，按方案执行", "同意，举一反三"]), "remark": "",
             "inj": [], "tag": None}
        if t.hour >= 22 or t.hour < 7:
            c["record"] = datetime.combine(t.date() + timedelta(days=1 if t.hour >= 22 else 0), time(8, rng.randint(20, 50)))
            c["remark"] = "夜间值班电话受理，次日填单"
        else:
            c["record"] = t + timedelta(minutes=rng.randint(5, 40))
        c["det"] = c["record"].date() + timedelta(days=rng.choice([0, 0, 1]))
        c["sent"] = c["det"] + timedelta(days=rng.choice([0, 1]))
        c["notify"] = c["det"] + timedelta(days=rng.choice([0, 1])) if kind == "客户经理" else None
        c["explain"] = c["det"] + timedelta(days=rng.choice([0, 1, 2])) if kind == "卷烟质量" else None
        c["swap"] = ("同批次召回" if "召回" in item[2] else "按条退换") if kind == "卷烟质量" else ""
        c["propose"] = c["sent"] + timedelta(days=rng.randint(1, 4))
        c["draft"] = c["propose"] + timedelta(days=rng.choice([0, 1]))
        c["approve"] = c["draft"] + timedelta(days=rng.choice([0, 1, 2]))
        c["closed"] = c["approve"] + timedelta(days=rng.choice([0, 1, 2]))
        c["due"] = max(c["notify"] + timedelta(days=rng.choice([5, 7, 10])), c["closed"] + timedelta(days=rng.randint(1, 3))) \
            if kind == "客户经理" else None
        c["feedback"] = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)])
        # later steps have not happened by the export; an unapproved plan is not yet on the ledger
        for key in ("det", "sent", "notify", "explain", "propose", "draft", "approve", "closed"):
            if c[key] is not None and c[key] > cutoff:
                c[key] = None
        if c["approve"] is None:
            c["draft"] = c["closed"] = None
        if c["explain"] is None and kind == "卷烟质量":
            c["explain"] = c["det"]
        cases.append(c)

    # the three late-June complaints are still open (investigation under way)
    for c in cases:
        if c["recv"] in (datetime(2025, 6, 23, 10, 12), datetime(2025, 6, 25, 14, 40), datetime(2025, 6, 27, 9, 5)):
            c.update(propose=None, draft=None, approve=None, closed=None, tag="open")
            if c["kind"] == "客户经理":
                c["due"] = date(2025, 7, rng.randint(2, 8))

    free = [c for c in cases if c["tag"] is None and c["closed"] is not None and c["recv"] < datetime(2025, 6, 10)]
    rng.shuffle(free)

    def take(pred=lambda c: True, tag="x"):
        for i, c in enumerate(free):
            if pred(c):
                free.pop(i)
                c["tag"] = tag
                return c
        raise RuntimeError("no case left for " + tag)

    def kind_is(*ks):
        return lambda c: c["kind"] in ks

    # promised deadline (account manager's fault)
    for _ in range(2):
        c = take(kind_is("客户经理"), "late")
        c["due"] = c["notify"] + timedelta(days=3)
        c["closed"] = c["due"] + timedelta(days=rng.randint(2, 6))
        c["approve"] = min(c["approve"], c["closed"])
        c["remark"] = "客户经理外出培训，延误"
        c["inj"].append("resolve_by_notified_due")
    c = take(lambda c: c["kind"] == "客户经理" and date(2025, 5, 1) < c["det"] < date(2025, 6, 5), "open-late")
    c["due"] = c["notify"] + timedelta(days=5)
    c.update(propose=None, draft=None, approve=None, closed=None, remark="片区经理未回复")
    c["inj"].append("resolve_by_notified_due")
    c = take(kind_is("客户经理"), "due-trap")
    c["due"] = c["closed"]
    c = take(kind_is("客户经理"), "nodue")
    c["due"] = None
    c["notify"] = None
    c["inj"].append("deadline_notified")

    # product quality without explanation / exchange on record
    for _ in range(2):
        c = take(kind_is("卷烟质量"), "noexplain")
        c.update(explain=None, swap="")
        c["inj"].append("explain_when_product_quality")

    c = take(tag="nodept")
    c["dept"] = ""
    c["inj"].append("responsible_department_determined")
    c = take(tag="nocause")
    c["nocause"] = True
    c["inj"].append("cause_determined")
    for _ in range(2):
        c = take(tag="noappr")
        c.update(approve=None, opinion="", appr_by="")
        c["inj"].append("plan_approved")
    c = take(lambda c: c["channel"] == "电话", "noslip")
    c["record"] = None
    c["inj"].append("record_slip_always")
    c = take(tag="selfappr")
    c["appr_by"] = supervisor
    c["inj"].append("step-approve_plan")
    c = take(tag="sentbyrecv")
    c["sent_by"] = c["by"]
    c["inj"].append("step-send_handling_slip")
    c = take(lambda c: c["approve"] > c["propose"], "apprfirst")
    c["draft"] = c["approve"] + timedelta(days=1)
    c["closed"] = max(c["closed"], c["draft"])
    if c["due"] is not None:
        c["due"] = max(c["due"], c["closed"])
    c["remark"] = "方案口头请示后补录"
    c["inj"].append("draft_plan-approve_plan")

    i = next(i for i, c in enumerate(cases) if i > 5 and c["tag"] is None and cases[i - 1]["tag"] is None)
    cases[i]["no"] = cases[i - 1]["no"]
    cases[i]["tag"] = "dup"
    cases[i]["inj"].append("case_number")

    if injected is not None:
        injected += [(c["no"], inj) for c in cases for inj in c["inj"]]

    rows = []
    for k, c in enumerate(cases, 1):
        item = c["item"]
        closed = c["closed"] is not None
        r = Case()
        r["序号"] = k
        r["投诉编号"] = c["no"]
        r["受理时间"] = c["recv"]
        r["受理人"] = c["by"]
        r["填单时间"] = c["record"]
        r["投诉方式"] = c["channel"]
        r["客户名称"] = c["shop"]
        r["许可证号"] = c["licence"]
        r["联系电话"] = c["phone"]
        r["所属片区"] = c["area"]
        r["客户经理"] = area_mgr[c["area"]]
        r["投诉事项"] = item[0]
        r["投诉级别"] = c["level"]
        r["责任判定"] = c["kind"] if c["det"] is not None else None
        r["原因分析"] = (None if c.get("nocause") else item[1]) if c["det"] is not None else None
        r["分派日期"] = c["det"]
        r["责任部门"] = (c["dept"] or None) if c["det"] is not None else None
        r["责任人"] = c["resp"] if c["det"] is not None else None
        r["处理单送达日期"] = c["sent"]
        r["送达人"] = c["sent_by"] if c["sent"] is not None else None
        r["告知客户日期"] = c["notify"]
        r["承诺解决期限"] = c["due"]
        r["退换日期"] = c["explain"]
        r["退换货情况"] = c["swap"] or None
        r["调查回复日期"] = c["propose"]
        r["处理方案"] = item[2] if c["draft"] is not None else None
        r["方案拟定日期"] = c["draft"]
        r["领导审核意见"] = (c["opinion"] or None) if c["approve"] is not None else None
        r["审核人"] = (c["appr_by"] or None) if c["approve"] is not None else None
        r["审核日期"] = c["approve"]
        r["处理结果"] = item[3] if closed else None
        r["办结日期"] = c["closed"]
        r["客户意见"] = c["feedback"] if closed else None
        r["备注"] = c["remark"] or None
        rows.append(r)

    roles = {name: "complaint_receiver" for name in receivers}
    roles[supervisor] = "cs_supervisor"
    roles.update({name: "leader" for name in leaders})
    hand = {
        "procedure": "s13-distribution-complaint-handling",
        "columns": {
            "投诉编号": "case_number",
            "受理时间": "receive_at",
            "受理人": "record_by",
            "填单时间": "record_at",
            "投诉方式": "channel",
            "投诉事项": "content",
            "责任判定": "responsibility",
            "原因分析": "cause",
            "分派日期": "determine_department_at",
            "责任部门": "responsible_department",
            "处理单送达日期": "send_handling_slip_at",
            "送达人": "send_handling_slip_by",
            "告知客户日期": "notify_deadline_at",
            "承诺解决期限": "resolution_due_at",
            "退换日期": "explain_replace_at",
            "调查回复日期": "propose_result_at",
            "处理方案": "measures",
            "方案拟定日期": "draft_plan_at",
            "审核人": "approve_plan_by",
            "审核日期": "approve_plan_at",
            "办结日期": "closed_at",
        },
        "values": {
            "channel": {"电话": "unnamed_first", "邮件": "email", "现场": "onsite", "客户经理代报": "other", "微信": "other"},
            "responsibility": {"卷烟质量": "product_quality", "客户经理": "account_manager", "配送": "", "订单系统": "",
                               "客户原因": ""},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("174-s12-property-workorders.csv", "gb18030", e174_s12_property_workorders),
    ("175-s13-tobacco-complaint-ledger.xlsx", "xlsx", e175_s13_tobacco_complaint_ledger),
]
