"""Starter-profile benchmark exports 246-247 (set 42b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 246 247    # or with no numbers: every export

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


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=20):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _slash(t):
    return "" if t is None else f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"


# --- 246: S12, a residential estate's property-service SaaS (客服工单模块), XLSX ---------------------------------

_ESTATE_MATTERS = [  # 投诉事项 → (责任部门, 问题描述 variants, 限期天数 lo..hi, 处理结果 variants)
    ("楼上漏水", "工程部", ["卫生间吊顶渗水，怀疑楼上防水层破损", "厨房天花板持续滴水，已影响橱柜"], (2, 5),
     ["已协调楼上业主开放入户，重做防水并修补吊顶", "已更换楼上破损角阀，渗水停止"]),
    ("电梯故障", "工程部", ["3号电梯频繁停在两层之间", "电梯按钮失灵，老人被困约10分钟"], (1, 3),
     ["维保单位已更换控制板，试运行正常", "已更换按钮面板并全面检测"]),
    ("门禁失灵", "工程部", ["单元门禁刷卡无反应，陌生人随意进出", "地库门禁常开，安全隐患"], (1, 3),
     ["已更换门禁读卡器", "已维修闭门器和门禁电源"]),
    ("公共照明", "工程部", ["楼道感应灯坏了一周无人修", "小区主路路灯不亮"], (2, 4),
     ["已更换楼道感应灯", "已检修路灯线路并恢复照明"]),
    ("噪音扰民", "秩序维护部", ["楼上装修周末早上七点开始电钻施工", "广场舞音响夜间过大"], (1, 3),
     ["已约谈装修户并重申装修时间规定", "已与广场舞队协商降低音量并限定时段"]),
    ("停车纠纷", "秩序维护部", ["固定车位长期被外来车辆占用", "地库通道被乱停车辆堵住"], (1, 4),
     ["已联系车主挪车并张贴警示", "已加装车位锁并加强巡查"]),
    ("保安服务态度", "秩序维护部", ["门岗保安对访客态度生硬", "夜班保安值岗时睡觉"], (2, 5),
     ["已对当事保安批评教育并调岗", "已组织秩序维护员服务礼仪培训"]),
    ("垃圾清运", "环境部", ["单元门口垃圾桶满溢两天未清运", "建筑垃圾堆在绿化带边"], (1, 3),
     ["已增加清运频次至每日两次", "已清运建筑垃圾并告知装修户"]),
    ("绿化养护", "环境部", ["楼前树木遮挡低层采光", "草坪打药未提前通知，有刺激气味"], (3, 7),
     ["已修剪遮挡枝叶", "已整改打药公告流程并向业主致歉"]),
    ("物业费争议", "财务部", ["空置房物业费未按约定打折", "收费通知单金额与合同不一致"], (3, 7),
     ["已核对合同并退回多收费用", "已重新出具收费明细并解释计费标准"]),
]
_ESTATE_MEASURES = ["召开专题检讨会，明确整改时限并落实到人", "责任部门书面检讨，客服经理每日跟进整改进度",
                    "对相关人员绩效考核扣分，增加巡检频次"]


def e246_s12_estate_saas_complaint_tickets(rng, injected=None):
    """S12 物业管理中心 — a residential estate's property-service SaaS, module 客服工单 (投诉类), exported to Excel.

    One row per complaint ticket; date-time columns are Excel date cells, 要求完成日期 a date cell. The front desk
    (客服前台) takes hotline and walk-in complaints, 客服中心 takes WeChat/APP ones; a complaint is dispatched
    (派单) to 工程部 / 秩序维护部 / 环境部 / 财务部 with a required completion date; serious ones (等级 较重 / 重大)
    go to the 客服经理 for review; 客服助理 revisits after completion; the ticket is closed with the responsible
    department head's signature.

    读制度 YAML 之前写下的表头：工单号 报事时间 报事渠道 业主姓名 房号 联系电话 投诉事项 问题描述 受理岗位 受理人
    派单时间 责任部门 要求完成日期 投诉等级 上报经理时间 完成时间 处理结果 部门负责人签字 回访岗位 回访时间 业主评价
    关单时间 工单状态（“核实情况/核实时间”并入派单：系统里核实后才能派单）。

    读过制度 YAML 后补的列：需领导介入（特殊情况）、上报对象、上报领导时间（4.2 特殊情况汇报）、整改措施、整改责任人
    （4.3 较严重投诉经理检讨后落实的措施与责任人）。

    注入的违规（按规则 id 计数，共 19）：resolve_by_set_limit 3（两单逾期完成，一单逾期未完成）、
    resolve_by_set_limit-start 1（已完成却没有要求完成日期）、revisit_required 1、customer_feedback_recorded 1、
    resolver_signed 1（签字栏写“未签”）、receive_by_customer_service 1（工程部直接受理）、step-revisit 2
    （责任部门自己回访）、serious_to_cs_manager 1、serious_measures_set 1、special_report_to_manager_or_leader 1
    （上报客服领班）、special_to_leaders 1、severity 1（等级写“咨询”）、receive-verify_notify 1、resolve-revisit 1、
    case_number 1（两张工单共用一个工单号，报在后一行）、phone_recorded 1。

    陷阱：要求完成日期当天晚上才完成（按日计，不算逾期）；未完成而要求完成日期在 7 月 1 日以后的在办工单；
    已完成已回访但尚未关单、签字栏空白的工单；等级“普通”映射为空（不是较严重）；要求完成日期落在周末（限期按日历日）；
    “客服中心”受理（客户服务部本身，合规）。
    """
    taken: set[str] = set()
    front = distinct_names(rng, 3, taken)
    centre = distinct_names(rng, 2, taken)
    heads = {dept: name for dept, name in zip(["工程部", "秩序维护部", "环境部", "财务部"], distinct_names(rng, 4, taken))}
    fixers = distinct_names(rng, 5, taken)
    owners = distinct_names(rng, 60, taken)

    n = 46
    days = sorted(_rand_day(rng, date(2025, 3, 3), date(2025, 6, 27)) for _ in range(n))
    # the last tickets are still open when exported; a few near the end come in on 28-29 June
    days[-3:] = [date(2025, 6, 28), date(2025, 6, 29), date(2025, 6, 29)]

    cases = []
    for i, d in enumerate(days):
        matter, dept, texts, (lo, hi), results = rng.choice(_ESTATE_MATTERS)
        channel = pick(rng, [("400热线", 5), ("前台来访", 3), ("微信公众号", 2), ("业主APP", 1)])
        recv = _at(rng, d, 8, 19.5).replace(second=0)
        c = {
            "no": f"TS{d:%Y%m%d}{i + 1:03d}", "recv": recv, "channel": channel, "owner": owners[i],
            "room": f"{rng.randint(1, 18)}栋{rng.randint(1, 3)}单元{rng.randint(2, 32)}{rng.randint(1, 4):02d}",
            "phone": mobile(rng), "matter": matter, "content": rng.choice(texts), "dept": dept,
            "post": "客服前台" if channel in ("400热线", "前台来访") else "客服中心",
            "taker": rng.choice(front) if channel in ("400热线", "前台来访") else rng.choice(centre),
            "level": pick(rng, [("普通", 8), ("较重", 1.3), ("重大", 0.5)]),
            "special": "否", "report_to": "", "report_at": None, "mgr_at": None, "measures": "", "resp": "",
            "result": rng.choice(results), "revisit_post": "客服助理",
            "rating": pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)]), "sign": heads[dept],
        }
        c["notify"] = _plus(rng, recv, 0.3, 3)
        c["due"] = c["notify"].date() + timedelta(days=rng.randint(lo, hi))
        if c["level"] != "普通":
            c["mgr_at"] = _plus(rng, c["notify"], 0.2, 2)
            c["measures"] = rng.choice(_ESTATE_MEASURES)
            c["resp"] = rng.choice(fixers)
        if rng.random() < 0.1 or c["level"] == "重大":
            c["special"] = "是"
            c["report_to"] = pick(rng, [("部门经理", 3), ("总经理", 1), ("分管副总", 1)])
            c["report_at"] = _plus(rng, c["notify"], 0.1, 1.5)
        # completion: somewhere between dispatch and the required date's end of working day
        start = (c["mgr_at"] or c["notify"]) + timedelta(hours=1)
        last = datetime(c["due"].year, c["due"].month, c["due"].day, 18, 0)
        span = max(int((last - start).total_seconds() // 60), 30)
        c["done"] = _plus(rng, start, 0, span / 60, day_to=19)
        if c["done"].date() > c["due"]:
            c["done"] = last
        cases.append(c)

    # the still-open tickets: received late in June, due after the audit date
    for c in cases[-4:]:
        c["due"] = date(2025, 7, rng.randint(1, 4))
        c["done"] = None

    for c in cases:
        c["done"] = _cut(c["done"])
        c["revisit"] = c["closed"] = None
        if c["done"]:
            c["revisit"] = _plus(rng, c["done"], 1, 30)
            if c["revisit"] > CUTOFF:
                c["revisit"] = c["done"] + timedelta(minutes=rng.randint(20, 60))
            c["revisit"] = _cut(c["revisit"])
            if c["revisit"] is None:           # finished too late to revisit before the export: treat as open
                c["done"] = None
            else:
                c["closed"] = _cut(_plus(rng, c["revisit"], 0.5, 20))
        if c["done"] is None and c["due"] < date(2025, 7, 1):
            c["due"] = date(2025, 7, 3)        # an open ticket that is not yet due (trap)

    # --- injections: each on its own row, rows chosen at random among the finished (closed) tickets ---------------
    def note(c, rule):
        if injected is not None:
            injected.append((c["no"], rule))

    used: list[dict] = []

    def take(ok=lambda c: True, plain=True):
        """A random ticket not used yet: closed, and (plain) an ordinary one with no special report."""
        pool = [c for c in cases if c["closed"] and not any(c is u for u in used) and ok(c)
                and (not plain or (c["level"] == "普通" and c["special"] == "否"))]
        c = rng.choice(pool)
        used.append(c)
        return c

    for _ in range(2):                          # finished after the required date
        c = take(lambda c: c["due"] < date(2025, 6, 16))
        c["done"] = _plus(rng, datetime.combine(c["due"], datetime.min.time()), 24 + 9, 24 + 60, day_to=19)
        c["revisit"] = _plus(rng, c["done"], 1, 6)
        c["closed"] = _plus(rng, c["revisit"], 0.5, 4)
        note(c, "resolve_by_set_limit")
    c = next(p for p in cases if p["done"] is None)   # still open, and its required date has passed
    c["due"] = min(c["notify"].date() + timedelta(days=1), date(2025, 6, 30))
    used.append(c)
    note(c, "resolve_by_set_limit")
    c = take()
    c["due"] = None
    note(c, "resolve_by_set_limit-start")
    c = take()
    c["revisit"] = c["closed"] = None
    note(c, "revisit_required")
    c = take()
    c["rating"] = ""
    note(c, "customer_feedback_recorded")
    c = take()
    c["sign"] = "未签"
    note(c, "resolver_signed")
    c = take()
    c["post"], c["taker"] = "工程部", rng.choice(fixers)
    note(c, "receive_by_customer_service")
    for post in ("工程部主管", "秩序维护部领班"):
        c = take()
        c["revisit_post"] = post
        note(c, "step-revisit")
    c = take()
    c["phone"] = ""
    note(c, "phone_recorded")
    c = take(lambda c: (c["done"] - c["notify"]) > timedelta(hours=3))
    c["notify"], c["recv"] = c["recv"], c["notify"] + timedelta(minutes=rng.randint(20, 90))   # 报事时间补录晚于派单
    note(c, "receive-verify_notify")
    c = take(lambda c: (c["done"] - c["notify"]) > timedelta(hours=4))
    c["revisit"] = c["done"] - timedelta(minutes=rng.randint(40, 180))   # 回访早于完成
    note(c, "resolve-revisit")
    c = take()
    c["level"] = "咨询"
    note(c, "severity")

    c = take(lambda c: c["level"] != "普通" and c["special"] == "否", plain=False)
    c["mgr_at"], c["measures"], c["resp"] = None, "", ""
    note(c, "serious_to_cs_manager")
    c = take(lambda c: c["level"] != "普通" and c["special"] == "否", plain=False)
    c["measures"] = ""
    note(c, "serious_measures_set")
    c = take(lambda c: c["special"] == "是", plain=False)
    c["report_to"] = "客服领班"
    note(c, "special_report_to_manager_or_leader")
    c = take(lambda c: c["special"] == "是", plain=False)
    c["report_at"] = None
    note(c, "special_to_leaders")

    first = take()                               # the system reissued a number after a restore: two tickets share it
    second = take(lambda c: c["recv"] > first["recv"])
    second["no"] = first["no"]
    note(first, "case_number")

    trap = take(lambda c: c["due"] < date(2025, 6, 20) and c["notify"].date() < c["due"])
    trap["done"] = datetime(trap["due"].year, trap["due"].month, trap["due"].day, 19, 40)   # evening of the due day
    trap["revisit"] = _plus(rng, trap["done"], 12, 20)
    trap["closed"] = _plus(rng, trap["revisit"], 1, 3)
    # the latest finished ticket: revisited on the export's morning, not closed (no signature yet)
    trap = max((c for c in cases if c["closed"] and not any(c is u for u in used) and c["level"] == "普通"),
               key=lambda c: c["recv"])
    used.append(trap)
    trap["done"] = max(trap["done"], datetime(2025, 6, 29, 15, rng.randint(0, 59)))
    trap["due"] = max(trap["due"], trap["done"].date())
    trap["revisit"] = datetime(2025, 6, 30, 9, rng.randint(0, 59))
    trap["closed"] = None

    rows = []
    for c in cases:
        if c["closed"]:
            status = "已关闭"
        elif c["revisit"]:
            status = "已回访"
            c["sign"] = ""
        elif c["done"]:
            status = "已完成"
            c["sign"] = "" if c["sign"] != "未签" else c["sign"]
        else:
            status = "处理中"
            c["result"] = c["rating"] = c["sign"] = ""
        if not c["revisit"]:
            c["rating"] = ""
        rows.append({
            "工单号": c["no"], "报事时间": c["recv"], "报事渠道": c["channel"], "业主姓名": c["owner"],
            "房号": c["room"], "联系电话": c["phone"], "投诉事项": c["matter"], "问题描述": c["content"],
            "受理岗位": c["post"], "受理人": c["taker"], "投诉等级": c["level"], "派单时间": c["notify"],
            "责任部门": c["dept"],
            "要求完成日期": datetime(c["due"].year, c["due"].month, c["due"].day) if c["due"] else None,
            "需领导介入": c["special"], "上报对象": c["report_to"], "上报领导时间": c["report_at"],
            "上报经理时间": c["mgr_at"], "整改措施": c["measures"], "整改责任人": c["resp"],
            "完成时间": c["done"], "处理结果": c["result"] if c["done"] else "",
            "回访岗位": c["revisit_post"] if c["revisit"] else "", "回访时间": c["revisit"], "业主评价": c["rating"],
            "关单时间": c["closed"], "部门负责人签字": c["sign"], "工单状态": status,
        })

    hand = {
        "procedure": "s12-property-center-complaints",
        "sheet": "导出",
        "columns": {
            "工单号": "case_number", "报事时间": "receive_at", "业主姓名": "complainant", "房号": "address",
            "联系电话": "contact_phone", "投诉事项": "complaint_matter", "问题描述": "content",
            "受理岗位": "receive_by", "投诉等级": "severity", "派单时间": "verify_notify_at",
            "责任部门": "resolve_by", "要求完成日期": "resolve_due_at", "需领导介入": "special_case",
            "上报对象": "reported_to", "上报领导时间": "report_special_at", "上报经理时间": "manager_review_at",
            "整改措施": "measures", "整改责任人": "responsible_person", "完成时间": "resolve_at",
            "处理结果": "result", "回访岗位": "revisit_by", "回访时间": "revisit_at", "业主评价": "satisfaction",
            "关单时间": "record_result_at", "部门负责人签字": "resolver_signature",
        },
        "values": {
            "severity": {"普通": "", "较重": "serious", "重大": "serious"},
            "special_case": {"是": True, "否": False},
            "reported_to": {"部门经理": "dept_manager", "总经理": "company_leader", "分管副总": "company_leader",
                            "客服领班": "front_desk"},
        },
        "roles": {
            "客服前台": "front_desk", "客服中心": "customer_service", "客服助理": "cs_assistant",
            "工程部": "complained_dept", "秩序维护部": "complained_dept", "环境部": "complained_dept",
            "财务部": "complained_dept", "工程部主管": "complained_dept", "秩序维护部领班": "complained_dept",
        },
    }
    return rows, hand


# --- 247: S14, a wholesale market operator's OA flow 《客诉处理单》, CSV saved from the OA report view (GB18030) --------

_MARKET_KINDS = [  # 投诉类别 → (投诉性质, 责任部门, 投诉内容 variants, 档主诉求 variants)
    ("热线难打通", "一般投诉", "客服热线组", ["连续两天打服务热线都占线，报修无人登记", "热线接通后说找不到负责人，让明天再打"],
     ["热线安排专人接听", "尽快登记报修并回电"]),
    ("热线推诿", "一般投诉", "客服热线组", ["热线客服说漏电不归他们管，让自己找电工", "热线答复含糊，推给工程部又推回来"],
     ["明确由谁负责并给答复", "要求热线客服道歉"]),
    ("上门无人接待", "一般投诉", "市场管理部", ["到管理处投诉半小时无人接待登记", "午休时间办公室没人，投诉无处登记"],
     ["管理处安排值班", "当场登记并给出处理时间"]),
    ("多次维修未修好", "一般投诉", "工程维修部", ["档口排水沟报修三次仍然返水", "冷库电源跳闸修了两次还在跳"],
     ["彻底修好，不再返工", "赔偿冷库货损"]),
    ("卫生保洁", "一般投诉", "保洁部", ["B区通道垃圾中午前无人清扫", "公厕异味严重影响生意"], ["增加保洁频次", "公厕每日消毒"]),
    ("装卸区秩序", "一般投诉", "保安部", ["卸货区被私家车占用，货车进不来", "夜间装卸无人疏导，车辆堵死"],
     ["安排保安疏导", "划定专用卸货位"]),
    ("态度恶劣", "严重投诉", "市场管理部", ["管理员当众辱骂档主，影响恶劣", "巡查人员言语威胁要停电"],
     ["当事人公开道歉", "调换巡查人员"]),
    ("媒体曝光", "严重投诉", "工程维修部", ["雨天A区屋顶漏水被本地新闻报道，多家档口停业", "消防通道堵塞被网络曝光"],
     ["赔偿停业损失", "限期整改并公开说明"]),
    ("屡诉不改", "严重投诉", "保洁部", ["同一通道卫生问题本月第四次投诉仍未改善", "保洁员多次被投诉乱倒污水仍不改"],
     ["更换保洁承包方", "给出书面整改承诺"]),
    ("乱收费", "严重投诉", "财务部", ["收取所谓“旺铺管理费”无收据", "管理员索要红包才给办理用电增容"],
     ["退还费用并出具说明", "严肃处理当事人"]),
]
_MARKET_MEASURES = {"一般投诉": ["责任部门3日内整改并回复档主", "安排专人跟进，整改后由行政部复查"],
                    "严重投诉": ["行政部牵头调查，责任部门当周提交书面整改报告", "暂停当事人岗位，调查后按制度处理"]}
_MARKET_CAUSES = ["人员不足，值班安排不合理", "维修材料未到位，临时处理", "员工服务意识差，培训不到位",
                  "外包单位管理松散", "制度执行不严，缺乏检查"]
_MARKET_RESULTS = ["已整改完毕，档主认可", "已道歉并赔偿，档主表示接受", "已更换责任人员，档主满意",
                   "已整改，档主基本满意", "已退还费用并处分当事人"]


def e247_s14_wholesale_market_oa_complaint_slips(rng, injected=None):
    """S14 投诉处理流程 — a wholesale market operator's OA (流程：客诉处理单), report view saved as CSV in GB18030.

    One row per complaint flow. 行政部 (and its 接待室) receives stall holders' (档主) complaints by hotline, walk-in
    or the market's WeChat group, fills in the handling slip and passes it (转办) to the responsible department,
    enters it in the complaint ledger (台账), waits for the department's signed feedback, calls the stall holder back,
    confirms the improvement and issues a handling-opinion report; the flow then closes. Date-times in the OA's
    report spelling `2025/3/4 9:05`.

    读制度 YAML 之前写下的表头：流程编号 受理时间 档口号 档主姓名 联系方式（导出写作“联系电话”）投诉渠道 投诉内容
    投诉性质 投诉类别 受理人 责任部门 责任人 转办时间 处理时限 部门反馈时间 原因分析 处理措施（导出写作“处理方式”）
    部门主管签字 回复档主时间 结案时间 是否逾期（导出写作“是否超时”）备注。

    读过制度 YAML 后补的列：受理部门（3(1) 接待由行政部门办理）、档主诉求（3(2) 投诉要求）、台账登记时间（3(5) 登记）、
    反馈单位（3(11)③ 反馈由被投诉部门办理）、效果确认时间（3(7)）、意见报告出具时间（3(9)）、处理结果（与客户核实的妥善处理情况）。

    注入的违规（按规则 id 计数，共 16）：demand_understood 2、handling_slip_filled 1、severity_classified 1、
    severity 1（性质写“待定”）、measures_drafted 1、responsible_person_named 1、case_registered 1、
    feedback_signed 2（一单空白，一单写“待补签”）、opinion_report_issued 1、step-receive 1（招商部受理）、
    step-feedback 1（行政部代写反馈）、fill_handling_slip-register 1、feedback-verify_cause 1、case_number 1。

    陷阱：“是否超时”为“是”的流程（制度没有规定处理时效，不是违规）；尚未反馈、签字栏空白的在办流程；已回复档主、
    尚未确认效果的流程（还不要求意见报告）；意见报告已出具、尚未结案的流程；周末受理；热线类投诉的责任部门/反馈单位为客服热线组
    （被投诉部门，合规）；性质写“一般”“一般投诉”两种写法。
    """
    taken: set[str] = set()
    admin = distinct_names(rng, 3, taken)
    dept_staff = {k: distinct_names(rng, 2, taken) for k in
                  ["客服热线组", "市场管理部", "工程维修部", "保洁部", "保安部", "财务部", "招商部"]}
    dept_heads = {k: distinct_names(rng, 1, taken)[0] for k in dept_staff}
    holders = distinct_names(rng, 60, taken)

    n = 42
    days = sorted(_rand_day(rng, date(2025, 3, 1), date(2025, 6, 20)) for _ in range(n - 4))
    days += [date(2025, 6, 23), date(2025, 6, 25), date(2025, 6, 27), date(2025, 6, 29)]   # still in progress
    cases = []
    for i, d in enumerate(days):
        kind, sev, dept, contents, demands = rng.choice(_MARKET_KINDS)
        if sev == "一般投诉" and rng.random() < 0.25:
            sev = "一般"
        recv = _at(rng, d, 8.5, 17.5).replace(second=0)
        c = {"no": f"KSCL-{d:%y%m}-{i + 1:03d}", "recv": recv, "recv_dept": pick(rng, [("行政部", 4), ("行政部接待室", 2)]),
             "taker": rng.choice(admin), "channel": pick(rng, [("服务热线", 4), ("上门", 3), ("市场微信群", 2)]),
             "stall": f"{rng.choice('ABCDE')}区{rng.randint(1, 6)}-{rng.randint(1, 120):03d}", "holder": holders[i],
             "phone": mobile(rng), "kind": kind, "sev": sev, "content": rng.choice(contents),
             "demand": rng.choice(demands), "dept": dept, "person": rng.choice(dept_staff[dept]),
             "measures": rng.choice(_MARKET_MEASURES["严重投诉" if sev == "严重投诉" else "一般投诉"]),
             "limit": 5 if sev == "严重投诉" else 3, "fb_dept": dept, "cause": rng.choice(_MARKET_CAUSES),
             "sign": dept_heads[dept], "result": rng.choice(_MARKET_RESULTS), "note": ""}
        c["slip"] = _plus(rng, recv, 0.2, 4, day_to=18)
        c["reg"] = _plus(rng, c["slip"], 0.2, 20, day_to=18)
        if c["reg"] > CUTOFF:                    # the flow starts with the slip; the ledger entry follows at once
            c["slip"] = recv + timedelta(minutes=rng.randint(10, 40))
            c["reg"] = c["slip"] + timedelta(minutes=rng.randint(5, 30))
        c["fb"] = _plus(rng, c["reg"], 5, 80, day_to=18)
        c["verify"] = _plus(rng, c["fb"], 1, 30, day_to=18)
        c["improve"] = _plus(rng, c["verify"], 24, 168, day_to=18)
        c["report"] = _plus(rng, c["improve"], 1, 40, day_to=18)
        c["close"] = _plus(rng, c["report"], 0.5, 20, day_to=18)
        later_none = False
        for k in ("slip", "reg", "fb", "verify", "improve", "report", "close"):
            if later_none or c[k] > CUTOFF:
                c[k], later_none = None, True
        # the OA saves the improvement confirmation together with the opinion report
        if c["report"] is None:
            c["improve"] = None
        cases.append(c)

    def note(c, rule):
        if injected is not None:
            injected.append((c["no"], rule))

    used: list[dict] = []

    def take(stage="close"):
        """A random flow not used yet that has reached `stage`."""
        c = rng.choice([c for c in cases if c[stage] and not any(c is u for u in used)])
        used.append(c)
        return c

    for _ in range(2):
        c = take("slip")
        c["demand"] = ""
        note(c, "demand_understood")
    c = take("close")
    c["slip"] = None                              # 处理单没有走 OA，转办时间空白
    note(c, "handling_slip_filled")
    c = take("slip")
    c["sev"] = ""
    note(c, "severity_classified")
    c = take("slip")
    c["sev"] = "待定"
    note(c, "severity")
    c = take("slip")
    c["measures"] = ""
    note(c, "measures_drafted")
    c = take("slip")
    c["person"] = ""
    note(c, "responsible_person_named")
    c = take("close")
    c["reg"] = None
    note(c, "case_registered")
    c = take("fb")
    c["sign"] = ""
    note(c, "feedback_signed")
    c = take("fb")
    c["sign"] = "待补签"
    note(c, "feedback_signed")
    c = take("close")
    c["report"] = None
    note(c, "opinion_report_issued")
    c = take("close")
    c["recv_dept"] = "招商部"
    note(c, "step-receive")
    c = take("close")
    c["fb_dept"] = "行政部"
    note(c, "step-feedback")
    c = take("fb")
    c["reg"] = c["slip"] - timedelta(minutes=rng.randint(15, 90))   # 台账先登记、处理单后补
    if c["reg"] <= c["recv"]:
        c["reg"] = c["recv"] + (c["slip"] - c["recv"]) / 2
    note(c, "fill_handling_slip-register")
    c = take("verify")
    c["verify"] = c["fb"] - timedelta(hours=rng.randint(2, 20))     # 先回复档主，部门反馈后到
    if c["verify"] <= c["reg"]:
        c["verify"] = c["reg"] + (c["fb"] - c["reg"]) / 2
    note(c, "feedback-verify_cause")
    first = take("close")
    second = take("close")
    second["no"] = first["no"]
    note(first, "case_number")

    trap = rng.choice([c for c in cases if c["verify"] and datetime(2025, 6, 5) < c["verify"] < datetime(2025, 6, 29)
                       and not any(c is u for u in used)])   # called back, improvement not confirmed yet: no report due
    trap["improve"] = trap["report"] = trap["close"] = None

    rows = []
    for c in cases:
        stage = next((s for s, k in [("已结案", "close"), ("待结案", "report"), ("意见报告", "improve"),
                                      ("效果确认", "verify"), ("回复档主", "fb"), ("部门处理", "reg"),
                                      ("台账登记", "slip")] if c[k]), "转办")
        fb = c["fb"] is not None
        over = fb and c["slip"] is not None and (c["fb"] - c["slip"]) > timedelta(days=c["limit"])
        rows.append({
            "流程编号": c["no"], "受理时间": _slash(c["recv"]), "受理部门": c["recv_dept"], "受理人": c["taker"],
            "投诉渠道": c["channel"], "档口号": c["stall"], "档主姓名": c["holder"], "联系电话": c["phone"],
            "投诉类别": c["kind"], "投诉性质": c["sev"], "投诉内容": c["content"], "档主诉求": c["demand"],
            "转办时间": _slash(c["slip"]), "责任部门": c["dept"], "责任人": c["person"], "处理方式": c["measures"],
            "处理时限": f"{c['limit']}天", "台账登记时间": _slash(c["reg"]), "部门反馈时间": _slash(c["fb"]),
            "反馈单位": c["fb_dept"] if fb else "", "原因分析": c["cause"] if fb else "",
            "部门主管签字": c["sign"] if fb else "", "是否超时": "是" if over else "否",
            "回复档主时间": _slash(c["verify"]), "处理结果": c["result"] if c["verify"] else "",
            "效果确认时间": _slash(c["improve"]), "意见报告出具时间": _slash(c["report"]),
            "结案时间": _slash(c["close"]), "流程状态": stage, "备注": c["note"],
        })

    hand = {
        "procedure": "s14-operations-complaint-flow",
        "columns": {
            "流程编号": "case_number", "受理时间": "receive_at", "受理部门": "receive_by", "投诉性质": "severity",
            "投诉内容": "content", "档主诉求": "demand", "转办时间": "fill_handling_slip_at",
            "责任部门": "responsible_department", "责任人": "responsible_person", "处理方式": "measures",
            "台账登记时间": "register_at", "部门反馈时间": "feedback_at", "反馈单位": "feedback_by",
            "原因分析": "cause", "部门主管签字": "complained_unit_signature", "回复档主时间": "verify_cause_at",
            "处理结果": "result", "效果确认时间": "improvement_at", "意见报告出具时间": "opinion_report_at",
        },
        "values": {
            "severity": {"一般投诉": "general", "一般": "general", "严重投诉": "serious"},
            "complained_unit_signature": {"待补签": ""},
        },
        "roles": {
            "行政部": "admin_dept", "行政部接待室": "admin_dept",
            "客服热线组": "complained_dept", "市场管理部": "complained_dept", "工程维修部": "complained_dept",
            "保洁部": "complained_dept", "保安部": "complained_dept", "财务部": "complained_dept",
            "招商部": "complained_dept",
        },
    }
    return rows, hand


EXPORTS = [
    ("246-s12-estate-saas-complaint-tickets.xlsx", "xlsx", e246_s12_estate_saas_complaint_tickets),
    ("247-s14-wholesale-market-oa-complaint-slips.csv", "gb18030", e247_s14_wholesale_market_oa_complaint_slips),
]
