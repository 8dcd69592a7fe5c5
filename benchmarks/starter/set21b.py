"""Starter-profile benchmark exports 120-121 (set 21b), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 120 121    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names


CUTOFF = datetime(2025, 6, 30, 17, 30)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return None if t is None or t > CUTOFF else t


# --- 120: S12, a property management centre's 报事 (repair/complaint/help) work orders -----------------------

def _office(t, rng):
    """Customer-service desk hours 08:00-21:00: a time outside moves to the next morning; whole minutes."""
    if t is None:
        return None
    t = t.replace(second=0, microsecond=0)
    if t.hour < 8:
        return t.replace(hour=8 + rng.randint(0, 1), minute=rng.randint(0, 59))
    if t.hour >= 21:
        return (t + timedelta(days=1)).replace(hour=8 + rng.randint(0, 1), minute=rng.randint(0, 59))
    return t


def e120_s12_property_center_work_orders(rng, injected=None):
    """锦绣华庭物业管理中心 物业管理系统“报事管理—报事记录”导出（XLSX，筛选报事类型=投诉），按 S12《物业管理中心客户投诉处理制度》审计。
    系统即《客户报修/投诉/求助记录》的电子版：客服前台接待员在投诉热线或前台登记，客户服务部核实后派单给
    工程部/秩序部/环境部/绿化组/财务室，限期完成，责任部门负责人在工单上签字，客户服务助理回访。
    日期写法：Excel 日期单元格（yyyy-mm-dd hh:mm）。
    步骤 1 写下的表头（读制度 YAML 之前，按系统自己的叫法）：
      报事单号、报事类型、登记时间、登记人、来源（投诉热线/前台来访/微信公众号/管家转达）、业主姓名、房号、联系电话、
      投诉事项（工程维修/环境卫生/秩序安全/停车管理/服务态度/收费争议/绿化养护/邻里噪音）、投诉内容、
      核实时间、核实情况、紧急程度（一般/较严重/严重）、责任部门、派单时间、要求完成时间、完成时间、处理结果、
      部门负责人签字、上报经理、回访人、回访时间、回访方式、客户评价（非常满意/满意/一般/不满意）、
      是否恶意投诉、工单状态（已关闭/待回访/处理中）、备注。
    读过制度 YAML 后补的列：派单人、上报经理时间、整改措施、责任人、特殊情况、汇报对象、汇报时间、结案人、结案时间
    （“核实时间”最后没有单列：系统里核实与派单是同一个动作，核实情况随派单填写）。
    “要求完成时间”由系统按投诉事项的时限在登记时自动生成（工程维修 3 天、收费争议 5 天……，当天 18:00）。
    注入（hand 审计应报告的）：CK104 resolve_by_set_limit 3（2 宗完成晚于要求完成日期，1 宗处理中且已过期）；
    CK101 resolver_signed 2（已结案，签字写“未签”或空白）；CK101 revisit_required 2（1 宗已关闭却没有回访，
    1 宗 6-30 完成、待回访）；CK101 customer_feedback_recorded 1（已回访、客户评价空白）；
    CK101 serious_to_cs_manager 2（较严重/严重却没有上报经理）；CK101 serious_measures_set 1（经理已检讨、整改措施空白）；
    CK101 special_to_leaders 1（特殊情况=是，没有汇报记录）；CK103 special_report_to_manager_or_leader 1（汇报对象为客服主管）；
    CK103 receive_by_customer_service 1（工程部维修主管自己在 APP 上登记）；CK103 step-revisit 1（工程部主管自己回访）；
    CK106 resolve-revisit 1（回访时间早于完成时间）；CK101 verified_and_notified 1（没有派单记录，维修工现场直接处理）；
    CK101 phone_recorded 1（业主不愿留电话）。共 18 项。
    陷阱（不应报告）：2 宗要求完成日当天 18:00 之后才完成（按日计，不算逾期）；1 宗处理中、要求完成日为 7-1，1 宗 7-2；
    1 宗已回访待结案、签字空白（尚未结案）；客户评价“不满意”“一般”也是反馈；特殊情况汇报给总经理、工程部经理、分管副总；
    恶意投诉 1 宗；微信公众号的投诉由客服专员登记（客户服务部）；“一般”紧急程度不要求上报经理。
    """
    taken: set = set()
    front = distinct_names(rng, 3, taken)          # 客服前台接待员
    clerks = distinct_names(rng, 2, taken)         # 客服专员（派单、结案）
    assistants = distinct_names(rng, 2, taken)     # 客户服务助理（回访）
    cs_manager = distinct_names(rng, 1, taken)[0]  # 客户服务经理
    eng_lead, eng_super = distinct_names(rng, 2, taken)   # 工程部维修主管、工程部主管
    heads = dict(zip(["工程部", "秩序部", "环境部", "绿化组", "财务室"], distinct_names(rng, 5, taken)))

    matters = {
        "工程维修": (3, "工程部", ["卫生间楼板渗水至楼下", "电梯频繁停运困人", "单元门禁损坏多日未修", "楼道灯长期不亮",
                                  "外墙瓷砖脱落", "地下室排水泵故障积水", "报修三次水管漏水仍未解决"]),
        "环境卫生": (1, "环境部", ["垃圾桶满溢无人清运", "楼道堆放杂物有异味", "保洁未按时清扫楼梯", "地库积灰严重"]),
        "秩序安全": (1, "秩序部", ["陌生人随意进出小区", "夜间巡逻不到位电动车被盗", "门岗对访客不登记"]),
        "停车管理": (2, "秩序部", ["车位被外来车辆长期占用", "地库道闸故障收费混乱", "消防通道停车无人劝离"]),
        "服务态度": (3, "秩序部", ["门岗保安说话态度恶劣", "维修工上门不穿鞋套且顶撞业主"]),
        "收费争议": (5, "财务室", ["物业费账单与实际面积不符", "公摊水电费分摊不透明", "停车费重复扣款"]),
        "绿化养护": (5, "绿化组", ["绿化带长期无人修剪", "树枝遮挡窗户采光", "草坪打药未提前通知"]),
        "邻里噪音": (2, "秩序部", ["楼上装修超时施工噪音扰民", "广场舞音响过大", "邻居犬只夜间吠叫"]),
    }
    results = {
        "工程维修": ["已更换防水层并闭水试验合格", "已更换控制板，运行正常", "已维修完毕并通知业主", "已更换灯具",
                     "已更换排水泵"],
        "环境卫生": ["已安排加密清运", "已清理并消毒", "已对保洁员进行批评教育"],
        "秩序安全": ["已加强门岗登记与夜间巡逻", "已调取监控并报警处理", "已对门岗进行培训"],
        "停车管理": ["已张贴告知并劝离车辆", "已维修道闸并核对收费记录", "已加强消防通道巡查"],
        "服务态度": ["已约谈当事员工并向业主致歉", "当事员工已上门道歉并处罚"],
        "收费争议": ["已核对面积并退还多收费用", "已公示分摊明细并向业主解释", "已退还重复扣款"],
        "绿化养护": ["已完成修剪", "已修剪遮挡枝条", "已补发告知并致歉"],
        "邻里噪音": ["已上门劝导并告知施工时间规定", "已协调相关业主降低音量", "已提醒犬只主人文明养犬"],
    }
    verify_notes = ["已电话核实，情况属实", "管家上门核实属实", "已查看监控核实", "已现场核实"]
    satisfaction = [("非常满意", 3), ("满意", 8), ("一般", 2), ("不满意", 2)]

    def due_from(reg, days):
        return (reg + timedelta(days=days)).replace(hour=18, minute=0, second=0, microsecond=0)

    # --- plan: 41 closed-period cases (January to 20 June) + 5 late-June cases written out by hand --------------
    n_base = 41
    starts = sorted(datetime(2025, 1, 3) + timedelta(minutes=rng.randint(0, 168 * 24 * 60)) for _ in range(n_base))
    idx = list(range(n_base))
    rng.shuffle(idx)
    roles_of = {}
    for kind, k in [("late", 2), ("sameday", 2), ("unsigned", 1), ("unsigned_blank", 1), ("no_revisit", 1),
                    ("no_feedback", 1), ("serious_no_mgr", 2), ("serious_no_measures", 1), ("serious_ok", 4),
                    ("special_gm", 1), ("special_dept", 1), ("special_vp", 1), ("special_bad", 1), ("special_none", 1),
                    ("eng_receive", 1), ("eng_revisit", 1), ("revisit_early", 1), ("no_dispatch", 1), ("no_phone", 1),
                    ("malicious", 1)]:
        for _ in range(k):
            roles_of[idx.pop()] = kind

    rows = []
    day_seq: dict = {}

    def new_case(reg, matter, kind):
        reg = _office(reg, rng)
        seq = day_seq.get(reg.date(), 0) + 1
        day_seq[reg.date()] = seq
        days, dept, contents = matters[matter]
        source = pick(rng, [("投诉热线", 45), ("前台来访", 25), ("微信公众号", 20), ("管家转达", 10)])
        recv_by = rng.choice(clerks) if source == "微信公众号" else rng.choice(front)
        if kind == "eng_receive":
            source, recv_by = "管家转达", eng_lead
        bld, unit = rng.randint(1, 12), rng.randint(1, 3)
        r = Case({
            "报事单号": f"BS{reg:%Y%m%d}{seq:03d}",
            "报事类型": "投诉",
            "登记时间": reg,
            "登记人": recv_by,
            "来源": source,
            "业主姓名": person_name(rng),
            "房号": f"{bld}栋{unit}单元{rng.randint(2, 26)}{rng.randint(1, 4):02d}",
            "联系电话": mobile(rng),
            "投诉事项": matter,
            "投诉内容": rng.choice(contents),
            "核实情况": None,
            "紧急程度": "一般",
            "责任部门": dept,
            "派单人": None,
            "派单时间": None,
            "要求完成时间": due_from(reg, days),
            "完成时间": None,
            "处理结果": None,
            "部门负责人签字": None,
            "上报经理": None,
            "上报经理时间": None,
            "整改措施": None,
            "责任人": None,
            "特殊情况": "否",
            "汇报对象": None,
            "汇报时间": None,
            "回访人": None,
            "回访时间": None,
            "回访方式": None,
            "客户评价": None,
            "结案人": None,
            "结案时间": None,
            "是否恶意投诉": "否",
            "工单状态": None,
            "备注": None,
        })
        return r

    def dispatch(r):
        r["派单人"] = rng.choice(clerks)
        r["派单时间"] = _office(r["登记时间"] + timedelta(minutes=rng.randint(10, 150)), rng)
        r["核实情况"] = rng.choice(verify_notes)

    def finish(r, at):
        r["完成时间"] = at
        r["处理结果"] = rng.choice(results[r["投诉事项"]])

    def revisit(r, at):
        r["回访人"] = rng.choice(assistants)
        r["回访时间"] = at
        r["回访方式"] = pick(rng, [("电话", 70), ("上门", 20), ("微信", 10)])
        r["客户评价"] = pick(rng, satisfaction)

    def close(r, at):
        r["结案人"] = rng.choice(clerks)
        r["结案时间"] = at
        r["部门负责人签字"] = heads[r["责任部门"]]
        r["工单状态"] = "已关闭"

    for i, reg in enumerate(starts):
        kind = roles_of.get(i, "")
        matter = pick(rng, [("工程维修", 30), ("环境卫生", 12), ("秩序安全", 10), ("停车管理", 12), ("服务态度", 8),
                            ("收费争议", 10), ("绿化养护", 8), ("邻里噪音", 10)])
        if kind in ("eng_receive", "eng_revisit", "no_dispatch", "special_dept"):
            matter = "工程维修"
        r = new_case(reg, matter, kind)
        if kind == "no_dispatch":
            r["核实情况"] = "维修工在现场直接处理，未派单"
            r["备注"] = "维修工巡楼时业主当面反映"
        else:
            dispatch(r)
        start = r["派单时间"] or r["登记时间"]
        due = r["要求完成时间"]
        span = (due - start).total_seconds() / 3600
        done = _office(start + timedelta(hours=rng.uniform(1.5, max(2.0, span * 0.8))), rng)
        if done > due:
            done = due - timedelta(minutes=rng.randint(20, 90))
        if done <= start:
            done = start + timedelta(minutes=rng.randint(40, 90))
        if kind == "late":
            done = (due + timedelta(days=rng.randint(1, 3))).replace(hour=rng.randint(9, 17), minute=rng.randint(0, 59))
        if kind == "sameday":
            done = due.replace(hour=rng.randint(19, 20), minute=rng.randint(0, 59))
            r["备注"] = "维修配件当天傍晚到货，当晚完成"
        if kind.startswith("serious") or kind == "special_gm":
            r["紧急程度"] = "严重" if kind in ("serious_ok", "special_gm") and rng.random() < 0.3 else "较严重"
        if kind in ("serious_ok", "serious_no_measures", "special_gm"):
            r["上报经理"] = cs_manager
            r["上报经理时间"] = _office(start + timedelta(minutes=rng.randint(20, 120)), rng)
            r["整改措施"] = None if kind == "serious_no_measures" else rng.choice(
                ["组织工程部、秩序部检讨，制定专项整改方案", "经理组织现场会，明确整改步骤和完成时限",
                 "更换责任供应商并加强日常巡检"])
            r["责任人"] = heads[r["责任部门"]]
            if done <= r["上报经理时间"]:
                done = r["上报经理时间"] + timedelta(hours=rng.randint(2, 20))
                done = min(_office(done, rng), due - timedelta(minutes=30))
        if kind.startswith("special"):
            r["特殊情况"] = "是"
            r["备注"] = rng.choice(["业主要求赔偿损失", "业主威胁向媒体曝光", "多户业主联名投诉"])
            to = {"special_gm": "总经理", "special_dept": "工程部经理", "special_vp": "分管副总", "special_bad": "客服主管", "special_none": None}[kind]
            if to:
                r["汇报对象"] = to
                r["汇报时间"] = _office(r["登记时间"] + timedelta(minutes=rng.randint(30, 240)), rng)
        finish(r, done)
        back = _office(done + timedelta(hours=rng.uniform(2, 40)), rng)
        if kind == "revisit_early":
            back = done - timedelta(hours=rng.randint(3, 20))
        revisit(r, back)
        if kind == "eng_revisit":
            r["回访人"] = eng_super
        if kind == "no_feedback":
            r["客户评价"] = None
            r["备注"] = "回访时业主未表态"
        if kind == "malicious":
            r["是否恶意投诉"] = "是"
            r["备注"] = "业主以投诉要挟减免物业费，已坚持原则并耐心解释"
        if kind == "no_phone":
            r["联系电话"] = None
            r["备注"] = "业主不愿留电话，来访登记"
            r["来源"] = "前台来访"
        close(r, _office(max(back, done) + timedelta(hours=rng.uniform(0.5, 20)), rng))
        if kind == "no_revisit":
            for h in ("回访人", "回访时间", "回访方式", "客户评价"):
                r[h] = None
            r["备注"] = "业主电话多次无人接听，直接结案"
        if kind == "unsigned":
            r["部门负责人签字"] = "未签"
        if kind == "unsigned_blank":
            r["部门负责人签字"] = None
        rows.append(r)

    # --- late June, written out: the export was taken on 30 June ---------------------------------------------
    late = [  # (registration, matter, state)
        (datetime(2025, 6, 25, 10, 12), "工程维修", "await_close"),   # trap: revisited, not yet closed, unsigned
        (datetime(2025, 6, 25, 16, 40), "环境卫生", "open_overdue"),  # injected: due 6-26, still open
        (datetime(2025, 6, 27, 9, 35), "收费争议", "open"),           # trap: due 7-2
        (datetime(2025, 6, 28, 14, 5), "工程维修", "open"),           # trap: due 7-1
        (datetime(2025, 6, 29, 11, 20), "停车管理", "await_revisit"), # injected: done 6-30, no revisit yet
    ]
    for reg, matter, state in late:
        r = new_case(reg, matter, state)
        dispatch(r)
        if state == "await_close":
            finish(r, datetime(2025, 6, 27, 15, 30))
            revisit(r, datetime(2025, 6, 28, 10, 5))
            r["工单状态"] = "待结案"
        elif state == "await_revisit":
            finish(r, datetime(2025, 6, 30, 10, 48))
            r["工单状态"] = "待回访"
        else:
            r["工单状态"] = "处理中"
            r["备注"] = "待配件" if matter == "工程维修" else None
        rows.append(r)

    rows.sort(key=lambda r: r["登记时间"])
    for r in rows:
        for h in ("派单时间", "完成时间", "回访时间", "结案时间", "上报经理时间", "汇报时间"):
            r[h] = _cap(r[h])

    hand = {
        "procedure": "s12-property-center-complaints",
        "sheet": "导出",
        "columns": {
            "报事单号": "case_number",
            "登记时间": "receive_at",
            "登记人": "receive_by",
            "业主姓名": "complainant",
            "房号": "address",
            "联系电话": "contact_phone",
            "投诉事项": "complaint_matter",
            "投诉内容": "content",
            "紧急程度": "severity",
            "派单人": "verify_notify_by",
            "派单时间": "verify_notify_at",
            "要求完成时间": "resolve_due_at",
            "责任部门": "resolve_by",
            "完成时间": "resolve_at",
            "处理结果": "result",
            "部门负责人签字": "resolver_signature",
            "上报经理": "manager_review_by",
            "上报经理时间": "manager_review_at",
            "整改措施": "measures",
            "责任人": "responsible_person",
            "特殊情况": "special_case",
            "汇报对象": "reported_to",
            "汇报时间": "report_special_at",
            "回访人": "revisit_by",
            "回访时间": "revisit_at",
            "客户评价": "satisfaction",
            "结案人": "record_result_by",
            "结案时间": "record_result_at",
        },
        "values": {
            "severity": {"一般": "", "较严重": "serious", "严重": "serious"},
            "special_case": {"是": True, "否": False},
        },
        # 登记人/派单人/回访人/结案人 are staff names: the desk's own people by post; the two engineering staff who
        # registered or revisited themselves belong to the complained-about department
        "roles": {
            **{n: "front_desk" for n in front},
            **{n: "customer_service" for n in clerks},
            **{n: "cs_assistant" for n in assistants},
            cs_manager: "cs_manager",
            eng_lead: "complained_dept",
            eng_super: "complained_dept",
            **{d: "complained_dept" for d in heads},
        },
    }
    hand["values"]["reported_to"] = {"总经理": "company_leader", "分管副总": "company_leader",
                                     "工程部经理": "dept_manager", "客服主管": "customer_service"}
    return rows, hand


# --- 121: S36, a hotel's guest-complaint log (大堂经理 / 宾客关系) ---------------------------------------------

def _dotted(t):
    """The guest-relations system's own spelling: 2025.03.04 21:15."""
    return t.strftime("%Y.%m.%d %H:%M") if t else None


def e121_s36_hotel_guest_complaint_log(rng, injected=None):
    """云岭国际大酒店 宾客关系系统“宾客投诉记录”导出（GB18030 CSV），按 S36《酒店宾客投诉处理管理办法》审计。
    大堂经理代表酒店受理宾客投诉，各部门（前厅部、客房部、中餐厅、西餐厅、宴会厅、工程部、康乐部、保安部）处理
    本部门的投诉；超出权限时向上请示；重大投诉报公司。
    日期写法：2025.03.04 21:15（点分年月日，补零，到分钟）。
    步骤 1 写下的表头（读制度 YAML 之前，按系统自己的叫法）：
      记录号、投诉时间、房号/台号、宾客姓名、宾客类型（散客/会员/协议客户/团队）、联系方式、
      投诉途径（当面/电话/书面/他人转告/网络点评）、被投诉部门、投诉类别（服务态度/出品质量/设施设备/清洁卫生/
      噪音/账务差错）、投诉内容、投诉级别（轻微/一般/重大）、受理人、受理岗位（大堂经理/楼面经理/区域部长/前台）、
      处理人、处理措施、补偿金额、请示对象（运营总监/餐厅副总经理/总经理）、请示时间、上报公司时间、
      处理完毕时间、宾客意见（满意/接受/不满意）、录入人、备注。
    读过制度 YAML 后补的列：投诉地点（中餐厅/西餐厅/宴会厅/客房楼层/康乐中心/大堂）、超出权限（是/否）、请示人、
    方案拟定时间、需请示总经理（是/否）、请示总经理时间、跟踪人、跟踪时间。
    （步骤 1 的“前台”在系统里写作“前台接待员”。）
    岗位与人名：受理岗位写岗位；处理人、请示人、跟踪人写姓名（名单向人事部核对后写在 roles 中；餐厅经理即投诉处理中心
    副组长，本办法没有单独的角色，不写进 roles）。“大堂”的投诉既不是直接向部门、也不是向餐厅提出的，投诉提出对象为空。
    注入（hand 审计应报告的）：CK103 department_complaint_to_area_supervisor 2（客房楼层的投诉由大堂经理受理）；
    CK103 restaurant_complaint_to_floor_manager 2（餐厅的投诉由区域部长受理）；CK103 major_to_deputy_gm 1（重大投诉由楼面经理处理）；
    CK101 department_to_operations_director 1、CK101 restaurant_to_deputy_gm 1（超出权限却没有请示记录）；
    CK103 department_request_by_department_head 1、CK103 restaurant_request_by_floor_manager 1（由区域部长请示）；
    CK101 major_to_company 1（重大投诉没有上报公司）；CK101 deputy_gm_to_general_manager 1（需请示总经理却没有请示记录）；
    CK103 track_by_complaint_center 1（大堂经理跟踪）；CK106 handle-track 1（跟踪时间早于处理完毕时间）；
    CK106 receive-handle 1（处理完毕时间误录为上个月）。共 14 项。
    陷阱（不应报告）：大堂的投诉由大堂经理或前台接待员受理、由大堂经理处理；区域部长、餐厅副总经理跟踪（中心成员）；
    餐厅经理跟踪（无单独角色）；重大投诉需请示总经理=否的不要求请示，=是且有请示总经理时间的 1 宗合规；超出权限=否的不要求请示；大堂的投诉超出权限由
    大堂经理请示运营总监；6 月底 2 宗尚未处理完毕。
    """
    taken: set = set()
    deputy_gm = distinct_names(rng, 1, taken)[0]           # 餐厅副总经理（投诉处理中心组长）
    rest_manager = distinct_names(rng, 1, taken)[0]        # 餐厅经理（副组长）
    floor_mgrs = distinct_names(rng, 2, taken)             # 楼面经理
    area = dict(zip(["中餐厅", "客房部", "康乐部"], distinct_names(rng, 3, taken)))   # 区域部长
    lobby = distinct_names(rng, 2, taken)                  # 大堂经理
    dept_heads = dict(zip(["客房部", "康乐部", "前厅部"], distinct_names(rng, 3, taken)))   # 部门经理
    front = distinct_names(rng, 2, taken)                  # 前台接待员
    clerk = distinct_names(rng, 1, taken)[0]               # 宾客关系主任（录入）

    places = {  # 投诉地点 -> (被投诉部门 choices, 类别/内容)
        "中餐厅": (["中餐厅"], [("出品质量", "菜品有异物"), ("出品质量", "海鲜不新鲜"), ("服务态度", "服务员上菜时态度冷淡"),
                               ("出品质量", "上菜太慢等候四十分钟"), ("账务差错", "账单多收一道菜")]),
        "西餐厅": (["西餐厅"], [("出品质量", "牛排熟度与要求不符"), ("服务态度", "自助早餐补餐不及时"),
                               ("清洁卫生", "餐具有污渍")]),
        "宴会厅": (["宴会厅"], [("服务态度", "婚宴上菜顺序混乱"), ("设施设备", "宴会厅空调不制冷")]),
        "客房楼层": (["客房部", "工程部"], [("清洁卫生", "房间卫生间有毛发"), ("设施设备", "空调噪音大无法入睡"),
                                         ("噪音", "隔壁房间深夜喧哗"), ("服务态度", "服务员未敲门直接进房"),
                                         ("设施设备", "热水时有时无")]),
        "康乐中心": (["康乐部"], [("清洁卫生", "泳池水质浑浊"), ("服务态度", "健身房教练态度差"),
                                 ("设施设备", "桑拿房温控失灵")]),
        "大堂": (["前厅部", "保安部"], [("服务态度", "办理入住等候过久"), ("账务差错", "押金退还金额有误"),
                                       ("服务态度", "行李员搬运时损坏行李箱"), ("设施设备", "车库道闸抬杆伤车")]),
    }
    measures = {  # 类别 -> [(措施, 是否有补偿金额)]
        "出品质量": [("菜品重做并致歉", False), ("免单该道菜品", True), ("赠送果盘并致歉", False)],
        "服务态度": [("当面致歉，赠送果盘", False), ("部门经理致歉并批评教育当事员工", False), ("赠送次日早餐", False)],
        "设施设备": [("安排工程部即时维修", False), ("更换房间并致歉", False), ("维修并赠送康乐体验券", False)],
        "清洁卫生": [("重新清洁并致歉", False), ("重新清洁并赠送水果", False)],
        "噪音": [("上门劝导相邻宾客", False), ("更换房间并致歉", False)],
        "账务差错": [("退还多收款项", True), ("更正账单并致歉", False)],
    }
    majors = {"中餐厅": "宴请客人多人食用后腹泻", "西餐厅": "服务员与宾客发生争执并推搡", "宴会厅": "婚宴多名宾客食用后腹泻",
              "客房楼层": "浴室玻璃门爆裂划伤宾客", "康乐中心": "泳池防滑垫缺失宾客滑倒受伤", "大堂": "行李员遗失宾客贵重行李"}

    n = 40
    times = [datetime(2025, 1, 4) + timedelta(minutes=rng.randint(0, 172 * 24 * 60)) for _ in range(n - 2)]
    place_of = [pick(rng, [("中餐厅", 25), ("西餐厅", 15), ("宴会厅", 8), ("客房楼层", 25), ("康乐中心", 10), ("大堂", 17)])
                for _ in range(n - 2)]
    for i, (t, place) in enumerate(zip(times, place_of)):
        if place in ("中餐厅", "西餐厅", "宴会厅") and not 7 <= t.hour < 22:
            times[i] = t.replace(hour=rng.choice([8, 12, 13, 18, 19, 20]))
        elif place == "康乐中心" and not 9 <= t.hour < 23:
            times[i] = t.replace(hour=rng.randint(10, 21))
        elif 2 <= t.hour < 7:
            times[i] = t.replace(hour=rng.randint(7, 10))
    pairs = sorted(zip(times, place_of))
    times, place_of = [t for t, _ in pairs], [p for _, p in pairs]
    times += [datetime(2025, 6, 29, 21, 40), datetime(2025, 6, 30, 12, 15)]    # not yet handled on 30 June
    place_of += ["客房楼层", "中餐厅"]
    rest = [i for i in range(n - 2) if place_of[i] in ("中餐厅", "西餐厅", "宴会厅")]
    dept = [i for i in range(n - 2) if place_of[i] in ("客房楼层", "康乐中心")]
    lob = [i for i in range(n - 2) if place_of[i] == "大堂"]
    rng.shuffle(rest)
    rng.shuffle(dept)
    rng.shuffle(lob)
    kind = {}
    for name, pool, k in [("rest_recv_area", rest, 2), ("rest_exceed_norequest", rest, 1), ("rest_request_area", rest, 1),
                          ("rest_exceed_ok", rest, 2), ("major_ok", rest, 1), ("major_floor", rest, 1),
                          ("major_gm_missing", rest, 1), ("major_no_company", dept, 1), ("major_gm_ok", dept, 1),
                          ("dept_recv_lobby", dept, 2), ("dept_exceed_norequest", dept, 1), ("dept_request_area", dept, 1),
                          ("dept_exceed_ok", dept, 2), ("track_lobby", dept, 1), ("handle_before_track", rest, 1),
                          ("handle_typo", dept, 1), ("lobby_exceed", lob, 1), ("track_rm", lob, 1)]:
        for _ in range(k):
            kind[pool.pop()] = name

    rows = []
    month_seq: dict = {}
    for i, t in enumerate(times):
        k = kind.get(i, "")
        place = place_of[i]
        depts, items = places[place]
        category, content = rng.choice(items)
        month_seq[t.month] = month_seq.get(t.month, 0) + 1
        is_rest = place in ("中餐厅", "西餐厅", "宴会厅")
        is_dept = place in ("客房楼层", "康乐中心")
        complained = rng.choice(depts)
        if is_rest:
            post, receiver = "楼面经理", rng.choice(floor_mgrs)
        elif is_dept:
            post = "区域部长"
            receiver = area["客房部"] if place == "客房楼层" else area["康乐部"]
        else:
            post = pick(rng, [("大堂经理", 70), ("前台接待员", 30)])
            receiver = rng.choice(lobby) if post == "大堂经理" else rng.choice(front)
        if k == "rest_recv_area":
            post, receiver = "区域部长", area["中餐厅"]
        if k == "dept_recv_lobby":
            post, receiver = "大堂经理", rng.choice(lobby)
        level = pick(rng, [("轻微", 55), ("一般", 45)])
        if k.startswith("major"):
            level = "重大"
            category, content = "出品质量" if "腹泻" in majors[place] else "服务态度" if "推搡" in majors[place] \
                else "设施设备", majors[place]
        room = f"{rng.randint(3, 18)}{rng.randint(1, 30):02d}" if place in ("客房楼层", "大堂") else \
            (f"{place[:1]}{rng.randint(1, 28)}号台" if place != "宴会厅" else "宴会厅")
        if place == "康乐中心":
            room = f"{rng.randint(3, 18)}{rng.randint(1, 30):02d}"
        handler = receiver
        if is_dept and rng.random() < 0.3:
            handler = dept_heads["客房部" if place == "客房楼层" else "康乐部"]
        if place == "大堂":
            handler = rng.choice(lobby)
        if level == "重大":
            handler = deputy_gm
        if k == "major_floor":
            handler = rng.choice(floor_mgrs)
        exceeds = "否"
        req_by = req_to = req_at = None
        handle_at = t + timedelta(minutes=rng.randint(15, 180))
        if level == "重大" or k in ("rest_exceed_norequest", "rest_request_area", "rest_exceed_ok", "dept_exceed_norequest",
                                   "dept_request_area", "dept_exceed_ok", "lobby_exceed"):
            exceeds = "是"
            if level == "轻微":
                level = "一般"
            handle_at = t + timedelta(minutes=rng.randint(60, 240))
            req_at = t + timedelta(minutes=rng.randint(10, 60))
            if is_rest:
                req_by, req_to = receiver if post == "楼面经理" else rng.choice(floor_mgrs), "餐厅副总经理"
            elif is_dept:
                req_by, req_to = dept_heads["客房部" if place == "客房楼层" else "康乐部"], "运营总监"
            else:
                req_by, req_to = rng.choice(lobby), "运营总监"
            if k == "rest_request_area":
                req_by = area["中餐厅"]
            if k == "dept_request_area":
                req_by = area["客房部" if place == "客房楼层" else "康乐部"]
            if k in ("rest_exceed_norequest", "dept_exceed_norequest"):
                req_by = req_to = req_at = None
        if k == "major_floor":   # the floor manager kept it to himself: no instructions asked either
            pass
        plan_at = report_at = gm_flag = gm_at = None
        if level == "重大":
            plan_at = t + timedelta(minutes=rng.randint(60, 150))
            report_at = plan_at + timedelta(minutes=rng.randint(30, 240))
            gm_flag = "否"
            if k in ("major_gm_missing", "major_gm_ok"):
                gm_flag = "是"
                gm_at = None if k == "major_gm_missing" else plan_at + timedelta(minutes=rng.randint(10, 60))
            if k == "major_no_company":
                report_at = None
            handle_at = max(handle_at, report_at or plan_at) + timedelta(minutes=rng.randint(30, 300))
        track_by = track_at = None
        if rng.random() < 0.75 or k in ("track_lobby", "handle_before_track", "track_rm") or level == "重大":
            track_by = deputy_gm if level == "重大" else (
                area["中餐厅"] if is_rest else area["客房部" if place == "客房楼层" else "康乐部"] if is_dept
                else rest_manager)
            if is_rest and rng.random() < 0.3:
                track_by = rest_manager
            if handle_at.hour < 7:
                track_at = handle_at.replace(hour=rng.randint(9, 16), minute=rng.randint(0, 59))
            elif handle_at.hour < 15:
                track_at = handle_at + timedelta(minutes=rng.randint(120, 240))
            else:   # the next day, in office hours
                track_at = (handle_at + timedelta(days=1)).replace(hour=rng.randint(9, 16), minute=rng.randint(0, 59))
        if place == "大堂" and track_by is not None and k != "track_rm" and rng.random() < 0.5:
            track_by = track_at = None
        if k == "track_lobby":
            track_by = rng.choice(lobby)
        if k == "handle_before_track":
            track_at = handle_at - timedelta(minutes=rng.randint(20, 90))
        if k == "handle_typo":
            handle_at = handle_at.replace(month=handle_at.month - 1) if handle_at.month > 1 else handle_at - timedelta(days=2)
        amount = None
        m, paid = rng.choice(measures[category])
        if place in ("中餐厅", "西餐厅", "宴会厅", "康乐中心") and m.startswith("更换房间"):
            m = "当面致歉并即时处理"
        if paid:
            amount = rng.choice([68, 128, 188, 260, 380])
        if level == "重大":
            m = rng.choice(["餐厅副总经理出面致歉，承担医药费并赔偿", "承担全部损失并赔偿"])
            amount = rng.choice([1800, 2600, 3800, 5000])
        if i >= n - 2:   # taken on 30 June: not yet handled
            handle_at = track_by = track_at = None
            m = "已致歉，等待部门调查"
            amount = None
        opinion = None if handle_at is None else pick(rng, [("满意", 50), ("接受", 35), ("不满意", 15)])
        channel = pick(rng, [("当面", 55), ("电话", 25), ("书面", 8), ("他人转告", 7), ("网络点评", 5)])
        if place == "大堂" and channel == "网络点评":
            channel = "书面"
        r = Case({
            "记录号": f"TS{t:%y%m}-{month_seq[t.month]:03d}",
            "投诉时间": _dotted(t),
            "房号/台号": room,
            "宾客姓名": person_name(rng)[0] + rng.choice(["先生", "女士"]) if rng.random() < 0.3 else person_name(rng),
            "宾客类型": pick(rng, [("散客", 45), ("会员", 30), ("协议客户", 15), ("团队", 10)]),
            "联系方式": mobile(rng),
            "投诉途径": channel,
            "投诉地点": place,
            "被投诉部门": complained,
            "投诉类别": category,
            "投诉内容": content,
            "投诉级别": level,
            "受理人": receiver,
            "受理岗位": post,
            "处理人": None if handle_at is None else handler,
            "处理措施": m,
            "补偿金额": amount,
            "超出权限": exceeds,
            "请示人": req_by,
            "请示对象": req_to,
            "请示时间": _dotted(req_at),
            "方案拟定时间": _dotted(plan_at),
            "上报公司时间": _dotted(report_at),
            "需请示总经理": gm_flag,
            "请示总经理时间": _dotted(gm_at),
            "处理完毕时间": _dotted(_cap(handle_at)),
            "跟踪人": track_by if track_at and _cap(track_at) else None,
            "跟踪时间": _dotted(_cap(track_at)),
            "宾客意见": opinion,
            "录入人": clerk,
            "备注": None,
        })
        if k == "handle_typo":
            r["备注"] = "处理完毕时间月份录入有误"
        rows.append(r)

    hand = {
        "procedure": "s36-hotel-guest-complaints",
        "encoding": "gb18030",
        "columns": {
            "记录号": "case_number",
            "投诉时间": "receive_at",
            "受理岗位": "receive_by",
            "投诉途径": "channel",
            "投诉地点": "complaint_addressee",
            "投诉级别": "severity",
            "超出权限": "exceeds_receiver_authority",
            "请示人": "request_instructions_by",
            "请示时间": "request_instructions_at",
            "处理人": "handle_by",
            "处理完毕时间": "handle_at",
            "方案拟定时间": "major_plan_at",
            "上报公司时间": "report_company_at",
            "需请示总经理": "exceeds_deputy_gm_authority",
            "请示总经理时间": "request_gm_at",
            "跟踪人": "track_by",
            "跟踪时间": "track_at",
        },
        "values": {
            "channel": {"当面": "oral", "电话": "phone", "书面": "written", "他人转告": "relayed", "网络点评": "written"},
            "complaint_addressee": {"中餐厅": "restaurant", "西餐厅": "restaurant", "宴会厅": "restaurant",
                                    "客房楼层": "department", "康乐中心": "department", "大堂": ""},
            "severity": {"轻微": "minor", "一般": "general", "重大": "major"},
            "exceeds_receiver_authority": {"是": "yes", "否": "no"},
            "exceeds_deputy_gm_authority": {"是": "yes", "否": "no"},
        },
        "roles": {
            "楼面经理": "floor_manager", "区域部长": "area_supervisor", "大堂经理": "lobby_manager", "前台接待员": "all_staff",
            deputy_gm: "restaurant_deputy_gm",
            **{x: "floor_manager" for x in floor_mgrs},
            **{x: "area_supervisor" for x in area.values()},
            **{x: "lobby_manager" for x in lobby},
            **{x: "department_head" for x in dept_heads.values()},
        },
    }
    return rows, hand


EXPORTS = [
    ("120-s12-property-center-work-orders.xlsx", "xlsx", e120_s12_property_center_work_orders),
    ("121-s36-hotel-guest-complaint-log.csv", "gb18030", e121_s36_hotel_guest_complaint_log),
]
