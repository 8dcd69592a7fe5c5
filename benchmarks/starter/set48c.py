"""Starter-profile benchmark exports 284-285 (set forty-eighth, c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 284 285    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _slash(t):
    """The property system's spelling: 2025/3/4 9:05 (no leading zeros)."""
    return "" if t is None else f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"


def _slash_day(d):
    return "" if d is None else f"{d.year}/{d.month}/{d.day}"


def _on_duty(t, first=8, last=20):
    """Whole minutes; a time after the office closes moves to the next morning, before it opens to the opening hour."""
    t = t.replace(second=0, microsecond=0)
    if t.hour >= last:
        t = (t + timedelta(days=1)).replace(hour=first, minute=t.minute % 50 + 5)
    elif t.hour < first:
        t = t.replace(hour=first, minute=t.minute % 50 + 5)
    return t


def _at(rng, d, lo_h, hi_h):
    """A time on day d between lo_h and hi_h o'clock, whole minutes."""
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


# --- 284: S12 物业管理中心 ------------------------------------------------------------------------------------

_S12_MATTERS = [  # 投诉事项, 处理部门, due in days, 投诉内容 templates, 处理结果 templates
    ("电梯故障", "工程部", 2, ["{b}栋电梯频繁停梯，今早困人约十分钟", "{b}栋2号梯运行时异响明显，轿厢晃动"],
     ["联系维保单位更换门机皮带，试运行正常", "维保单位到场检修，更换安全触板"]),
    ("漏水渗水", "工程部", 3, ["楼上卫生间渗水至本户天花板", "地下车库顶板滴水，车辆被污损"],
     ["查明为楼上防水层破损，已协调维修并做闭水试验", "对顶板裂缝注浆堵漏，复查无渗水"]),
    ("噪音扰民", "秩序维护部", 1, ["楼上夜间十点后仍有装修电钻声", "小区广场舞音响音量过大至晚九点后"],
     ["约谈装修户，重申装修时间，巡逻加密", "与广场舞队负责人沟通，限定音量与时段"]),
    ("环境卫生", "环境部", 1, ["单元门口垃圾桶满溢两天未清运", "楼道堆放杂物未清理，有异味"],
     ["增加清运频次至每日两次", "清理楼道杂物并张贴告示"]),
    ("停车管理", "秩序维护部", 2, ["固定车位被外来车辆长期占用", "地库出入口道闸识别失灵，排队严重"],
     ["联系车主挪车，对外来车辆登记限入", "更换道闸识别摄像头，恢复正常通行"]),
    ("安防门禁", "秩序维护部", 2, ["单元门禁损坏，陌生人随意进出", "夜间巡逻不到位，电动车被盗"],
     ["更换门禁电磁锁，门禁恢复", "调取监控配合报警，增加夜间巡逻频次"]),
    ("绿化养护", "环境部", 3, ["楼前树木遮挡采光，多次要求修剪未果", "草坪喷洒农药未提前告知"],
     ["安排修剪楼前香樟树冠", "向业主说明用药情况，今后提前张贴告示"]),
    ("收费争议", "财务部", 3, ["物业费账单重复收取公摊水电费", "车位管理费收费标准与公示不一致"],
     ["核对账目，退还多收公摊费用", "解释收费依据并调整账单"]),
    ("宠物扰民", "秩序维护部", 1, ["邻居犬只夜间持续吠叫", "草坪随处可见狗粪无人清理"],
     ["上门劝导犬主，签订文明养犬承诺", "增设宠物便袋箱并加强巡查劝导"]),
]


def e284_s12_property_center_register(rng, injected=None):
    """锦澜物业服务有限公司·云栖苑物业管理中心：物业管理系统“客服工单”模块导出的投诉登记台账（CSV，GB18030）。
    日期写作 2025/3/4 9:05（无前导零），“处理期限”只写日期 2025/3/7。

    读制度 YAML 之前写下的表头（只读了 S12 原文）：登记编号、登记时间、来源、接待人、投诉人、房号、联系电话、
    投诉事项、投诉内容、核实情况、派单时间、处理期限、严重程度、上报经理时间、处理部门（原想作“派单部门”，
    工单系统派给哪个部门就是哪个部门处理，定稿写成“处理部门”）、处理结果、完成时间、回访人、回访时间、回访意见、
    责任部门负责人签字、工单状态、备注。

    读过制度 YAML 后补的列：受理岗位（规则 receive_by_customer_service 要知道由哪个岗位/部门受理登记，接待人只是人名）、
    整改措施、落实责任人（较严重投诉经经理检讨后落实的措施与责任人，serious_measures_set / serious_responsible_set 读取）。

    注入的违规（按规则 id 计数，共 17）：resolve_by_set_limit 4（3 件完成时间晚于处理期限当天，1 件逾期仍在处理）、
    revisit_required 3（已处理未回访）、step-resolve 3（客服中心自行处理，未交相关部门）、
    serious_to_cs_manager 3（较严重投诉没有上报经理）、verify_notify-resolve 2（先处理完、事后补派单）、
    receive_by_customer_service 2（工程部、秩序维护部自己接下投诉登记）。

    陷阱：处理期限当天 19 点多完成（按日计，不算逾期）；处理期限是星期日、当天完成；6 月末登记、期限在 7 月的
    在办工单（未完成、未回访都不报）；派单与完成同一天、先派单后完成；较严重投诉已上报经理并写明措施与责任人；
    热线投诉由客服中心（而不是前台）受理登记（属客户服务部，符合）。
    """
    taken: set = set()
    front = distinct_names(rng, 3, taken)          # 客服前台接待员
    cs_staff = distinct_names(rng, 2, taken)       # 客服中心专员
    assistants = distinct_names(rng, 2, taken)     # 客服助理（回访）
    heads = {"工程部": distinct_names(rng, 1, taken)[0], "秩序维护部": distinct_names(rng, 1, taken)[0],
             "环境部": distinct_names(rng, 1, taken)[0], "财务部": distinct_names(rng, 1, taken)[0],
             "客服中心": distinct_names(rng, 1, taken)[0]}
    field_staff = {"工程部": distinct_names(rng, 1, taken)[0], "秩序维护部": distinct_names(rng, 1, taken)[0]}
    owners = distinct_names(rng, 48, taken)

    n = 48
    days = sorted(date(2025, 3, 3) + timedelta(days=rng.randint(0, 112)) for _ in range(n - 4))
    days += [date(2025, 6, 25), date(2025, 6, 26), date(2025, 6, 27), date(2025, 6, 28)]
    days.sort()

    # which case is which: the last four are June's open or quickly closed ones; "open_late" sits in early June
    kinds = (["late"] * 3 + ["no_revisit"] * 3 + ["cs_resolve"] * 3 + ["serious_noreview"] * 3 + ["order"] * 2
             + ["recv_wrong"] * 2 + ["last_day", "sunday_due"] + ["serious_ok"] * 3)
    kinds += ["normal"] * (n - 5 - len(kinds))
    rng.shuffle(kinds)
    june_mid = max(i for i, d in enumerate(days[:n - 4]) if d <= date(2025, 6, 12))
    kinds.insert(june_mid, "open_late")
    kinds += ["open_ok", "open_ok", "normal_quick", "open_new"]

    # the system numbers the orders in the order they were registered
    recvs = sorted(_at(rng, d, 8.2, 18.5) for d in days)
    by_kind = {  # what such cases are about: parts and on-site repairs are the engineers'; a phone call settles neighbours
        "open_late": [m for m in _S12_MATTERS if m[1] == "工程部"],
        "order": [m for m in _S12_MATTERS if m[1] == "工程部"],
        "cs_resolve": [m for m in _S12_MATTERS if m[0] in ("噪音扰民", "宠物扰民", "停车管理")],
    }

    rows = []
    for i, (recv, kind) in enumerate(zip(recvs, kinds)):
        d = recv.date()
        no = f"TS{d:%y%m}{i + 1:03d}"
        matter, dept, due_days, contents, results = rng.choice(by_kind.get(kind, _S12_MATTERS))
        source = pick(rng, [("投诉热线", 5), ("前台来访", 3), ("业主微信群", 2), ("书面信函", 1)])
        if source == "投诉热线":
            post = pick(rng, [("客服前台", 3), ("客服中心", 2)])
        elif source == "前台来访":
            post = "客服前台"
        else:
            post = "客服中心"
        if kind == "recv_wrong":
            post = "工程部" if dept == "工程部" else "秩序维护部"
            source = "现场反映"
        receptionist = (rng.choice(front) if post == "客服前台" else rng.choice(cs_staff) if post == "客服中心"
                        else field_staff[post])
        building = rng.randint(1, 18)
        address = f"{building}栋{rng.randint(1, 3)}单元{rng.randint(2, 26)}{rng.randint(1, 4):02d}"
        pair = rng.randrange(len(contents))
        content = contents[pair].format(b=building)

        severity = "一般"
        if kind in ("serious_ok", "serious_noreview") or (kind == "normal" and rng.random() < 0.08):
            severity = "较严重"

        verify = _on_duty(recv + timedelta(minutes=rng.randint(15, 180)))
        due = verify.date() + timedelta(days=due_days)
        if kind == "open_late":
            due = verify.date() + timedelta(days=max(due_days, 2))
        if kind == "sunday_due":
            while due.weekday() != 6:
                due += timedelta(days=1)
        review = None
        if severity == "较严重" and kind != "serious_noreview":
            review = _on_duty(verify + timedelta(minutes=rng.randint(30, 240)))
        handle_dept = "客服中心" if kind == "cs_resolve" else dept

        # when the department finished
        if kind in ("open_ok", "open_new", "open_late"):
            resolve = None
        elif kind == "late":
            resolve = _at(rng, min(due + timedelta(days=rng.randint(1, 4)), date(2025, 6, 29)), 9, 17.5)
        elif kind == "last_day":
            resolve = _at(rng, due, 19.2, 19.9)
        elif kind == "sunday_due":
            resolve = _at(rng, due, 14, 17)
        elif kind == "order":
            resolve = recv + timedelta(minutes=rng.randint(30, 90))
            verify = _on_duty(resolve + timedelta(hours=rng.uniform(16, 30)))
            due = verify.date() + timedelta(days=due_days)
        else:
            start = max(verify, review) if review else verify
            span = (datetime(due.year, due.month, due.day, 18, 0) - start).total_seconds() / 3600
            resolve = _on_duty(start + timedelta(hours=rng.uniform(0.5, max(0.6, span * 0.8))))
            if resolve.date() > due:
                resolve = _at(rng, due, 9, 17.5)
        if kind == "open_ok":
            due = date(2025, 7, 1) + timedelta(days=rng.randint(1, 4))
        if kind == "open_new":
            verify, due = None, None
        if kind == "normal_quick":
            resolve = _at(rng, recv.date(), min(recv.hour + 2, 17), 18.5)
            if resolve <= verify:
                resolve = verify + timedelta(minutes=rng.randint(40, 90))

        revisit = None
        if resolve is not None and kind != "no_revisit":
            revisit = _on_duty(resolve + timedelta(hours=rng.uniform(3, 60)))
            if revisit > CUTOFF:
                revisit = _at(rng, date(2025, 6, 30), 9, 11.5)

        if kind in ("open_ok", "open_late"):
            status = "处理中"
        elif kind == "open_new":
            status = "待派单"
        elif resolve is not None and revisit is None:
            status = "待回访"
        else:
            status = "已完结"
        if kind == "no_revisit" and rng.random() < 0.4:
            status = "已完结"

        remark = ""
        if kind == "open_late":
            remark = "配件未到货，业主多次催促"
        elif kind == "order":
            remark = "维修师傅现场处理，次日补录派单"
        elif kind == "cs_resolve":
            remark = "客服中心电话协调解决"
        elif kind == "recv_wrong":
            remark = "巡查时业主当面反映，由部门自行登记"
        elif kind == "late":
            remark = (pick(rng, [("等待维保单位排期", 1), ("需业主配合入户，多次预约未果", 1)]) if dept == "工程部"
                      else pick(rng, [("人手紧张，延后处理", 1), ("", 2)]))
        elif kind == "open_ok":
            remark = "已派单，部门处理中"

        measures = responsible = ""
        if review is not None:
            measures = pick(rng, [("经理召集工程、秩序部检讨，制定专项整改方案", 1),
                                  ("暂停涉事员工上岗，增加夜班巡查", 1), ("更换维保单位考核方案，逐台排查", 1)])
            responsible = heads[dept]
        satisfaction = ""
        if revisit is not None:
            satisfaction = pick(rng, [("满意", 7), ("基本满意", 2), ("不满意", 1)])
        signature = heads[handle_dept] if resolve is not None else ""

        if injected is not None:
            rule = {"late": "resolve_by_set_limit", "open_late": "resolve_by_set_limit",
                    "no_revisit": "revisit_required", "cs_resolve": "step-resolve",
                    "serious_noreview": "serious_to_cs_manager", "order": "verify_notify-resolve",
                    "recv_wrong": "receive_by_customer_service"}.get(kind)
            if rule:
                injected.append((no, rule))

        for t in (verify, review, resolve, revisit):
            if t is not None and not (recv <= t <= CUTOFF):
                raise ValueError(f"{no}: a step out of place ({kind}, {t})")
        if resolve is not None and due is not None and kind not in ("late",) and resolve.date() > due:
            raise ValueError(f"{no}: late by accident ({kind})")
        if revisit is not None and revisit <= resolve:
            raise ValueError(f"{no}: revisit before resolve")

        rows.append({
            "登记编号": no,
            "登记时间": _slash(recv),
            "来源": source,
            "受理岗位": post,
            "接待人": receptionist,
            "投诉人": owners[i],
            "房号": address,
            "联系电话": mobile(rng),
            "投诉事项": matter,
            "投诉内容": content,
            "核实情况": "" if verify is None else pick(rng, [("现场核实属实", 4), ("电话核实属实", 2), ("调取监控核实", 1)]),
            "派单时间": _slash(verify),
            "处理期限": _slash_day(due),
            "严重程度": severity,
            "上报经理时间": _slash(review),
            "整改措施": measures,
            "落实责任人": responsible,
            "处理部门": handle_dept if verify is not None or resolve is not None else "",
            "处理结果": results[pair] if resolve is not None else "",
            "完成时间": _slash(resolve),
            "回访人": rng.choice(assistants) if revisit is not None else "",
            "回访时间": _slash(revisit),
            "回访意见": satisfaction,
            "责任部门负责人签字": signature,
            "工单状态": status,
            "备注": remark,
        })

    hand = {
        "procedure": "s12-property-center-complaints",
        "encoding": "gb18030",
        "columns": {
            "登记编号": "case_number",
            "登记时间": "receive_at",
            "受理岗位": "receive_by",
            "投诉人": "complainant",
            "房号": "address",
            "联系电话": "contact_phone",
            "投诉事项": "complaint_matter",
            "投诉内容": "content",
            "派单时间": "verify_notify_at",
            "处理期限": "resolve_due_at",
            "严重程度": "severity",
            "上报经理时间": "manager_review_at",
            "整改措施": "measures",
            "落实责任人": "responsible_person",
            "处理部门": "resolve_by",
            "处理结果": "result",
            "完成时间": "resolve_at",
            "回访时间": "revisit_at",
            "回访意见": "satisfaction",
            "责任部门负责人签字": "resolver_signature",
        },
        "values": {
            "severity": {"较严重": "serious", "一般": ""},
        },
        "roles": {
            "客服前台": "front_desk",
            "客服中心": "customer_service",
            "工程部": "complained_dept",
            "秩序维护部": "complained_dept",
            "环境部": "complained_dept",
            "财务部": "complained_dept",
        },
    }
    return rows, hand


# --- 285: S13 配送中心 ----------------------------------------------------------------------------------------

_S13_KINDS = {
    # 责任判定 label -> (责任部门 choices, 投诉内容, 调查原因, 处理方案)
    "卷烟质量问题": (["工业企业（驻点质量监督员）", "质量监督员"],
                ["条盒内有两包卷烟霉变", "整件卷烟中发现漏嘴、空头烟", "新到货卷烟受潮结块", "小盒包装破损、烟支断裂"],
                ["工业企业仓储环节受潮", "生产批次卷接质量缺陷", "运输途中外箱受挤压破损"],
                ["按规定退换问题卷烟，反馈工业企业召回同批次产品", "为零售户调换同规格卷烟，问题烟送检"]),
    "客户经理服务问题": (["客户经理", "片区经理"],
                  ["客户经理连续两周未到店拜访", "客户经理对货源分配政策解释不清、态度生硬",
                   "订货时客户经理擅自调整订货量", "客户经理未及时通知新品上市信息"],
                  ["客户经理拜访计划执行不到位", "客户经理业务不熟、沟通方式不当", "客户经理违反订单操作规范"],
                  ["片区经理带客户经理上门致歉并重新讲解政策", "调整拜访线路，恢复按周走访", "恢复原订货量并补货"]),
    "配送问题": (["物流配送中心（送货班组）", "调度运输"],
                ["送货员未按约定时段送货", "少送一条卷烟", "送错卷烟规格", "送货员要求零售户到路口自提"],
                ["送货线路临时调整未告知", "分拣差错", "送货员违反送货服务规范"],
                ["补送缺货卷烟并致歉", "调整送货时段，纳入送货员考核", "追回错送卷烟并更换"]),
    "订货系统问题": (["信息中心"],
                ["网上订货平台无法提交订单", "订货后系统显示金额与实际扣款不符"],
                ["订货平台升级期间接口故障", "电子结算系统对账延迟"],
                ["协助零售户电话补录订单", "核对扣款流水，退还差额"]),
}


def e285_s13_tobacco_distribution_crm(rng, injected=None):
    """某市烟草专卖局（公司）物流配送中心：卷烟营销客户服务系统“投诉管理”导出（XLSX，日期为 Excel 日期时间单元格）。
    客户是持证卷烟零售户，客户经理按片区服务零售户；投诉由配送中心客服专席 24 小时受理。

    读制度 YAML 之前写下的表头（只读了 S13 原文）：投诉编号、受理时间、投诉方式、零售户名称、许可证号、联系人、
    联系电话、所属片区、客户经理、受理人、投诉内容、责任判定、责任部门、责任人、处理单下发时间、承诺解决期限、
    期限告知时间、调查原因、处理结果及建议、结果反馈时间、处理方案、方案形成时间、审核人、审核意见、审核时间、
    办结时间、客户满意度、状态。

    读过制度 YAML 后补的列：登记时间（《客户投诉记录单》的填写时间，record_slip_always 读取，与受理时间分开）、
    判定时间（判断责任的时间）、退换时间（质量问题向客户解释并退换或召回的时间，explain_when_product_quality 读取）、
    审核人职务（审核人只是人名，step-approve_plan 要知道是不是主管领导）。

    注入的违规（按规则 id 计数，共 17）：resolve_by_notified_due 4（客户经理责任，3 件办结晚于承诺期限，1 件逾期未办结）、
    deadline_notified 2（客户经理责任，没有判定期限、没有告知客户）、explain_when_product_quality 3（卷烟质量问题没有退换记录）、
    plan_approved 3（已办结，方案没有经领导审核）、step-approve_plan 3（客服部主管自己审核了方案）、
    draft_plan-approve_plan 2（审核时间早于方案形成时间）。

    陷阱：客户经理责任的案件恰在承诺期限那一分钟办结（不晚于期限）；客户经理责任、期限在 7 月的在办案件；
    配送问题、订货系统问题写了承诺期限而办结更晚（期限规则只适用于客户经理责任）；周六、周日夜间受理（24 小时受理）；
    在办案件已调查、尚未形成方案（不要求审核）；6 月底刚受理的卷烟质量投诉已当天退换。
    """
    taken: set = set()
    agents = distinct_names(rng, 4, taken)       # 客服专席
    supervisor = distinct_names(rng, 1, taken)[0]  # 客服部主管
    deputy = distinct_names(rng, 1, taken)[0]      # 分管副经理
    boss = distinct_names(rng, 1, taken)[0]        # 经理
    managers = distinct_names(rng, 6, taken)       # 客户经理
    areas = ["城东片区", "城西片区", "城南片区", "城北片区", "开发区片区", "东湖镇片区"]
    contacts = distinct_names(rng, 50, taken)
    shops = ["便利店", "烟酒商行", "超市", "副食店", "百货店", "烟酒店"]

    n = 50
    days = sorted(date(2025, 3, 3) + timedelta(days=rng.randint(0, 110)) for _ in range(n - 5))
    days += [date(2025, 6, 21), date(2025, 6, 24), date(2025, 6, 26), date(2025, 6, 28), date(2025, 6, 29)]
    days.sort()

    plan = (["late_am"] * 3 + ["no_due"] * 2 + ["no_replace"] * 3 + ["no_approve"] * 3 + ["cs_approve"] * 3
            + ["approve_early"] * 2 + ["am_on_the_minute", "delivery_late_ok", "system_late_ok"])
    plan += ["normal"] * (n - 6 - len(plan))
    rng.shuffle(plan)
    june_mid = max(i for i, d in enumerate(days[:n - 5]) if d <= date(2025, 6, 10))
    plan.insert(june_mid, "open_late_am")
    plan += ["am_open_ok", "investigating", "normal", "quality_new", "night_weekend"]

    resp_for = {"late_am": "客户经理服务问题", "open_late_am": "客户经理服务问题", "no_due": "客户经理服务问题",
                "am_on_the_minute": "客户经理服务问题", "am_open_ok": "客户经理服务问题",
                "no_replace": "卷烟质量问题", "quality_new": "卷烟质量问题",
                "delivery_late_ok": "配送问题", "system_late_ok": "订货系统问题"}

    def office(t):
        """Only intake runs round the clock; the office's own steps are done 8:00 to 21:00."""
        if t.hour < 8:
            return t.replace(hour=8, minute=0) + timedelta(minutes=rng.randint(0, 80))
        if t.hour >= 21:
            return (t + timedelta(days=1)).replace(hour=8, minute=0) + timedelta(minutes=rng.randint(0, 80))
        return t

    rows = []
    for i, (d, kind) in enumerate(zip(days, plan)):
        no = f"PS-TS-{d:%Y%m}-{i + 1:04d}"
        resp = resp_for.get(kind) or pick(rng, [("卷烟质量问题", 3), ("客户经理服务问题", 3), ("配送问题", 3),
                                               ("订货系统问题", 1)])
        depts, contents, causes, measures = _S13_KINDS[resp]
        pair = rng.randrange(len(measures))
        channel = pick(rng, [("电话", 6), ("电子邮件", 1), ("现场", 2), ("微信公众号", 2)])
        if kind == "night_weekend" or (kind == "normal" and d.weekday() >= 5):
            recv = _at(rng, d, 20.5, 23.5)
            channel = "电话"
        else:
            recv = _at(rng, d, 8, 18)
        record = recv + timedelta(minutes=rng.randint(3, 25))
        judge = office(record + timedelta(minutes=rng.randint(30, 240)))
        area_i = rng.randrange(len(areas))
        due = notify = replace = None
        if resp == "客户经理服务问题":
            notify = office(judge + timedelta(minutes=rng.randint(10, 90)))
            due = (datetime.combine(judge.date(), datetime.min.time())
                   + timedelta(days=rng.choice([2, 3, 5]), hours=rng.choice([12, 17, 18])))
        if resp == "卷烟质量问题":
            replace = office(judge + timedelta(hours=rng.uniform(1, 20)))
        if kind in ("delivery_late_ok", "system_late_ok"):
            due = (datetime.combine(judge.date(), datetime.min.time())
                   + timedelta(days=2, hours=17))
        if kind == "no_due":
            due = notify = None
        if kind == "no_replace":
            replace = None

        slip = office(judge + timedelta(minutes=rng.randint(20, 180)))
        investigated = slip + timedelta(hours=rng.uniform(3, 30))
        proposed = investigated + timedelta(minutes=rng.randint(30, 300))
        drafted = proposed + timedelta(hours=rng.uniform(1, 24))
        approved = drafted + timedelta(hours=rng.uniform(1, 20))
        closed = approved + timedelta(hours=rng.uniform(2, 48))
        approver, approver_post = (deputy, "分管副经理") if rng.random() < 0.8 else (boss, "经理")

        if due is not None and kind not in ("late_am", "open_late_am", "delivery_late_ok", "system_late_ok",
                                           "am_open_ok"):
            # a promise kept: closing before the promised time (the chain squeezed into it if need be)
            if closed > due:
                room = (due - slip).total_seconds()
                investigated = slip + timedelta(seconds=room * 0.25)
                proposed = slip + timedelta(seconds=room * 0.4)
                drafted = slip + timedelta(seconds=room * 0.55)
                approved = slip + timedelta(seconds=room * 0.7)
                closed = slip + timedelta(seconds=room * rng.uniform(0.8, 0.98))
            if kind == "am_on_the_minute":
                closed = due
        if kind == "late_am":
            closed = max(closed, due + timedelta(hours=rng.uniform(5, 80)))
        if kind in ("delivery_late_ok", "system_late_ok"):
            closed = max(closed, due + timedelta(hours=rng.uniform(6, 30)))
        if kind == "no_approve":
            approved = None
        if kind == "cs_approve":
            approver, approver_post = supervisor, "客服部主管"
        if kind == "approve_early":
            approved = drafted - timedelta(hours=rng.uniform(2, 6))
            approver_post = "分管副经理"
            approver = deputy

        if kind == "open_late_am":
            due = (datetime.combine(judge.date(), datetime.min.time()) + timedelta(days=3, hours=17))
            drafted = approved = closed = None
            proposed = None
        if kind == "am_open_ok":
            due = datetime(2025, 7, 3, 17, 0)
            drafted = approved = closed = None
        if kind == "investigating":
            proposed = drafted = approved = closed = None
        if kind == "quality_new":
            recv = datetime(d.year, d.month, d.day, 10, 12)
            record = recv + timedelta(minutes=9)
            judge = recv + timedelta(hours=2)
            replace = recv + timedelta(hours=5, minutes=30)
            slip = judge + timedelta(minutes=40)
            investigated = proposed = drafted = approved = closed = None

        # back-office steps (investigation, plan, approval, closing) are done in office hours too
        chain = [investigated, proposed, drafted, approved, closed]
        for k, t in enumerate(chain):
            if t is None:
                continue
            t = office(t)
            earlier = [c for c in chain[:k] if c is not None]
            if earlier and kind != "approve_early" and t <= max(earlier):
                t = max(earlier) + timedelta(minutes=rng.randint(10, 40))
            chain[k] = t
        investigated, proposed, drafted, approved, closed = chain
        if kind == "approve_early":   # the leader said yes on the phone; the plan was written up afterwards
            approved = drafted - timedelta(hours=rng.uniform(2, 6))
            if approved.hour < 8:
                approved = (approved - timedelta(days=1)).replace(hour=rng.randint(15, 18), minute=rng.randint(0, 59))
        if due is not None and closed is not None and resp == "客户经理服务问题" and kind != "late_am" \
                and closed > due:
            raise ValueError(f"{no}: promise broken by accident ({kind})")
        if kind == "approve_early" and not approved < drafted:
            raise ValueError(f"{no}: approval not before the plan")
        if kind == "am_on_the_minute" and closed != due:
            raise ValueError(f"{no}: trap moved")

        # what had not happened by the export's cutoff is blank; a plan still awaiting approval is not yet "formed"
        chain = [investigated, proposed, drafted, approved, closed]
        for k, t in enumerate(chain):
            if t is not None and t > CUTOFF:
                chain[k:] = [None] * (len(chain) - k)
                break
        investigated, proposed, drafted, approved, closed = chain
        if approved is None and closed is None and kind not in ("no_approve",):
            drafted = None
        if replace is not None and replace > CUTOFF:
            replace = judge + timedelta(minutes=rng.randint(30, 90))
        if resp == "客户经理服务问题" and closed is None and due is not None and kind != "open_late_am" \
                and due < datetime(2025, 7, 1, 12, 0):
            due = datetime(2025, 7, 2, 17, 0)
        steps = [recv, record, judge, notify, replace, slip, investigated, proposed, drafted, approved, closed]
        for t in steps:
            if t is not None and t > CUTOFF:
                raise ValueError(f"{no}: a step after the cutoff ({kind}, {t})")

        if injected is not None:
            rule = {"late_am": "resolve_by_notified_due", "open_late_am": "resolve_by_notified_due",
                    "no_due": "deadline_notified", "no_replace": "explain_when_product_quality",
                    "no_approve": "plan_approved", "cs_approve": "step-approve_plan",
                    "approve_early": "draft_plan-approve_plan"}.get(kind)
            if rule:
                injected.append((no, rule))

        def m(t):
            return None if t is None else t.replace(second=0, microsecond=0)

        status = ("已办结" if closed is not None else "方案实施中" if approved is not None
                  else "待审核" if drafted is not None else "处理中")
        rows.append({
            "投诉编号": no,
            "受理时间": m(recv),
            "登记时间": m(record),
            "投诉方式": channel,
            "零售户名称": f"{contacts[i][0]}记{rng.choice(shops)}",
            "许可证号": f"3301{rng.randint(10, 99)}{rng.randint(100000, 999999)}",
            "联系人": contacts[i],
            "联系电话": mobile(rng),
            "所属片区": areas[area_i],
            "客户经理": managers[area_i],
            "受理人": rng.choice(agents),
            "投诉内容": rng.choice(contents),
            "责任判定": resp,
            "判定时间": m(judge),
            "责任部门": rng.choice(depts),
            "责任人": managers[area_i] if resp == "客户经理服务问题" else "",
            "处理单下发时间": m(slip),
            "承诺解决期限": m(due),
            "期限告知时间": m(notify),
            "退换时间": m(replace),
            "调查原因": rng.choice(causes) if investigated is not None else "",
            "处理结果及建议": measures[pair] if proposed is not None else "",
            "结果反馈时间": m(proposed),
            "处理方案": measures[pair] if drafted is not None else "",
            "方案形成时间": m(drafted),
            "审核人": approver if approved is not None else "",
            "审核人职务": approver_post if approved is not None else "",
            "审核意见": pick(rng, [("同意", 5), ("同意，按方案执行", 3), ("同意，纳入月度考核", 1)])
            if approved is not None else "",
            "审核时间": m(approved),
            "办结时间": m(closed),
            "客户满意度": pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)]) if closed is not None else "",
            "状态": status,
        })

    hand = {
        "procedure": "s13-distribution-complaint-handling",
        "columns": {
            "投诉编号": "case_number",
            "受理时间": "receive_at",
            "登记时间": "record_at",
            "投诉方式": "channel",
            "投诉内容": "content",
            "责任判定": "responsibility",
            "判定时间": "judge_responsibility_at",
            "责任部门": "responsible_department",
            "调查原因": "cause",
            "处理单下发时间": "send_handling_slip_at",
            "承诺解决期限": "resolution_due_at",
            "期限告知时间": "notify_deadline_at",
            "退换时间": "explain_replace_at",
            "结果反馈时间": "propose_result_at",
            "处理方案": "measures",
            "方案形成时间": "draft_plan_at",
            "审核人职务": "approve_plan_by",
            "审核时间": "approve_plan_at",
            "办结时间": "closed_at",
        },
        "values": {
            "channel": {"电话": "unnamed_first", "电子邮件": "email", "现场": "onsite", "微信公众号": "other"},
            "responsibility": {"卷烟质量问题": "product_quality", "客户经理服务问题": "account_manager",
                               "配送问题": "", "订货系统问题": ""},
        },
        "roles": {
            "分管副经理": "leader",
            "经理": "leader",
            "客服部主管": "cs_supervisor",
        },
    }
    return rows, hand


EXPORTS = [
    ("284-s12-property-center-complaint-workorders.csv", "gb18030", e284_s12_property_center_register),
    ("285-s13-tobacco-distribution-complaints.xlsx", "xlsx", e285_s13_tobacco_distribution_crm),
]
