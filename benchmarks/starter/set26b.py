"""Starter-profile benchmark exports 150-151 (set 26b), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 150 151    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


# --- 150: S11, a home-appliance brand's complaint office ticket system ----------------------------------------------

def e150_s11_appliance_complaint_tickets(rng, injected=None):
    """某小家电品牌（电饭煲、空气炸锅等，华东销售公司）客户服务中心“投诉处”的投诉工单：400 热线、客服邮箱、
    官网留言、电商平台转来的投诉都在客服工单系统里建单，首问客服跟到底，复杂的拉专项小组，久拖不决的升级给
    分管副总。年中从工单系统导出 XLSX（工作表“导出”）。日期写法：Excel 日期时间单元格（yyyy-mm-dd hh:mm）。

    从制度原文写下的列：工单编号、创建时间、投诉渠道（400热线/客服邮箱/官网留言/电商平台转入）、客户姓名、联系电话、
    问题分类（产品质量/服务态度/业务流程）、投诉描述、首问客服、首次回复时间、是否复杂（是/否）、调查责任部门、
    调查结论、解决方案、解决时间、结果告知时间、工单状态（处理中/已解决/已关闭）、是否升级高层、升级时间、
    原因分析、改进措施、备注、录入人。

    读过制度 YAML 后补的列：投诉时间（客户来电/来信的时间，与系统“创建时间”分开）、转调查时间、处理结果、
    告知客服（结果告知由谁打电话）、长期未结（系统按超 30 天未结自动打标，是/否）、介入领导。

    注入（按规则 id 计数，共 17 项）：initial_reply_24h 3（27 小时、52 小时才首次回复各 1；官网留言至导出时仍未回复 1）；
    first_contact_follows_through 2（结果由另一名客服告知）；complex_to_special_team 2（复杂投诉只派品质部调查）；
    long_unresolved_to_senior 2（长期未结却无升级记录）；step-senior_intervention 1（升级给客服主管而非高层）；
    category_assigned 2（已转调查却未分类）；solution_proposed 1（有处理结果无解决方案）；
    result_fed_back 2（有处理结果但未告知客户）；content_recorded 1（投诉描述为空）；
    receive-record 1（投诉时间录成了建单后一天）。
    陷阱（不应报告）：23 小时 40 分回复（跨周末连续计时）1；恰好 24 小时回复 1；非复杂投诉由专项调查小组调查 1；
    处理 26 天但未打“长期未结”且无升级 1；未打长期未结却升级给总经理 1；已告知但告知客服一栏空白 1；
    近期在办工单未分类、未转调查、无结果。
    电商平台转入的投诉按“网站平台”渠道映射；“业务流程”类按“操作流程”映射。
    """
    taken: set = set()
    agents = distinct_names(rng, 6, taken)
    supervisor, vp, gm = distinct_names(rng, 3, taken)

    kinds = {
        "产品质量": ("品质部", 55, [
            ("电饭煲使用两个月内胆涂层起皮脱落", "免费更换内胆", "已寄出新内胆，客户确认收到"),
            ("空气炸锅加热时有塑料焦糊味", "退货退款", "已上门取件并全额退款"),
            ("新买的电水壶底座漏电跳闸", "换新并检测同批次", "已换新机，客户表示满意"),
            ("豆浆机电机异响，打浆不碎", "安排上门维修", "已更换电机，试机正常"),
            ("电饭煲显示屏不亮，无法预约", "换新处理", "已换新，客户认可"),
            ("养生壶玻璃壶身出现裂纹", "补发壶身并赠送滤网", "已补发，客户签收"),
        ]),
        "服务态度": ("售后服务部", 25, [
            ("上门维修师傅迟到两小时且未提前告知", "向客户致歉并赠送延保一年", "客户接受致歉"),
            ("400热线客服挂断客户电话", "主管回电致歉，对当事客服约谈", "客户接受致歉"),
            ("安装师傅收取额外上门费", "退还上门费50元", "已退还，客户认可"),
            ("维修网点推诿不受理保修", "协调网点重新受理并上门", "已上门维修完成"),
        ]),
        "业务流程": ("电商运营部", 20, [
            ("退货审核超过七天无人处理", "加急审核并补偿优惠券", "已退款，客户认可"),
            ("发票开具信息错误，重开流程繁琐", "财务直接重开电子发票", "已重开并发送邮箱"),
            ("物流显示签收但客户未收到货", "联系物流核查并补发", "已补发，客户签收"),
            ("以旧换新补贴未到账", "核对订单后补发补贴", "补贴已到账"),
        ]),
    }
    channels = [("400热线", 60), ("客服邮箱", 12), ("官网留言", 12), ("电商平台转入", 16)]
    logistics = "物流部"

    n = 40
    days = sorted(rng.sample(range(3, 163), n))
    base_day = datetime(2025, 1, 1)

    def office(t):
        """The complaint office works every day 8:30-20:30."""
        t = t.replace(second=0, microsecond=0)
        if t.hour < 8 or (t.hour == 8 and t.minute < 30):
            t = t.replace(hour=8, minute=35 + t.minute % 20)
        elif t.hour > 20 or (t.hour == 20 and t.minute > 30):
            t = (t + timedelta(days=1)).replace(hour=8, minute=35 + t.minute % 20)
        return t

    # which case gets which plan (indices in time order; the last six are the open, recent ones)
    closed_pool = list(range(2, n - 6))
    rng.shuffle(closed_pool)
    plan: dict[int, str] = {}
    early = [k for k in closed_pool if k < 26]
    for label in ["long_no_senior", "long_no_senior", "senior_wrong", "long_ok", "long_ok", "long_26_trap",
                  "senior_no_flag_trap"]:
        k = early.pop()
        plan[k] = label
    rest = [k for k in closed_pool if k not in plan]
    for label in ["late_reply_27", "late_reply_52", "same_as", "same_as", "complex_wrong", "complex_wrong",
                  "no_category", "no_category", "no_solution", "no_feedback", "no_feedback", "no_content",
                  "recv_after_record", "reply_2340_trap", "reply_24_trap", "team_not_complex_trap",
                  "feedback_by_blank_trap"]:
        plan[rest.pop()] = label
    plan[n - 2] = "open_no_reply"

    recent_stages = ["replied", "replied", "investigating", "investigating", "closed"]
    rng.shuffle(recent_stages)
    rows = []
    inj_list = []
    seqs: dict[str, int] = {}
    for k in range(n):
        label = plan.get(k)
        d = base_day + timedelta(days=days[k])
        if label == "open_no_reply":
            d = datetime(2025, 6, 26)
        stage = None
        if k >= n - 6 and label != "open_no_reply":
            d = datetime(2025, 6, 23) + timedelta(days=k - (n - 6))
            stage = recent_stages.pop()
        channel = pick(rng, channels)
        if label in ("recv_after_record", "open_no_reply"):
            channel = rng.choice(["客服邮箱", "官网留言"])
        if label in ("reply_2340_trap", "reply_24_trap"):
            channel = "400热线"
        category = pick(rng, [(c, v[1]) for c, v in kinds.items()])
        dept, _, texts = kinds[category]
        content, measure, result = rng.choice(texts)
        if category == "业务流程" and "物流" in content:
            dept = logistics
        if channel == "400热线":
            recv = d.replace(hour=rng.randint(8, 20), minute=rng.randint(0, 59))
            recv = office(recv)
            created = recv + timedelta(minutes=rng.randint(3, 25))
        else:
            recv = d.replace(hour=rng.randint(0, 23), minute=rng.randint(0, 59))
            created = office(recv + timedelta(minutes=rng.randint(10, 90)))
        if label == "reply_2340_trap":
            # a Friday-evening call, answered on Saturday afternoon: weekends count, still inside 24 hours
            while recv.weekday() != 4:
                recv += timedelta(days=1)
            recv = recv.replace(hour=18, minute=50)
            created = recv + timedelta(minutes=6)
        first = rng.choice(agents)

        reply = office(created + timedelta(hours=rng.uniform(0.3, 4)))
        if reply - recv > timedelta(hours=23):
            reply = created + timedelta(minutes=rng.randint(20, 60))
        if label == "late_reply_27":
            reply = office(recv + timedelta(hours=27, minutes=rng.randint(0, 40)))
        elif label == "late_reply_52":
            reply = office(recv + timedelta(hours=52, minutes=rng.randint(0, 40)))
        elif label == "reply_2340_trap":
            reply = recv + timedelta(hours=23, minutes=40)
        elif label == "reply_24_trap":
            reply = recv + timedelta(hours=24)

        complex_ = rng.random() < 0.15 or label in ("long_ok", "senior_wrong", "complex_wrong")
        if label in ("team_not_complex_trap", "no_category", "long_no_senior", "long_26_trap"):
            complex_ = False
        inv_by = "专项调查小组" if complex_ else dept
        if label == "complex_wrong":
            inv_by = "品质部"
            category = "产品质量"
            content, measure, result = rng.choice(kinds["产品质量"][2])
        if label == "team_not_complex_trap":
            inv_by = "专项调查小组"
        investigate = office(reply + timedelta(hours=rng.uniform(0.5, 20)))
        if label in ("long_no_senior", "senior_wrong", "long_ok"):
            solve_days = rng.uniform(33, 48)
        elif label == "long_26_trap":
            solve_days = rng.uniform(25.5, 26.5)
        elif label == "senior_no_flag_trap":
            solve_days = rng.uniform(12, 16)
        elif complex_:
            solve_days = rng.uniform(5, 14)
        else:
            solve_days = rng.uniform(0.6, 7)
        solution = office(investigate + timedelta(days=solve_days))
        feedback = office(solution + timedelta(hours=rng.uniform(0.3, 20)))
        feedback_by = first

        long_flag = "是" if (solution - recv).days >= 30 else "否"
        senior_at = senior_by = None
        if label in ("long_ok", "senior_wrong"):
            senior_at = office(recv + timedelta(days=30, hours=rng.uniform(1, 30)))
            senior_by = supervisor if label == "senior_wrong" else rng.choice([vp, vp, gm])
        elif label == "senior_no_flag_trap":
            # a newspaper reporter called: escalated to the general manager though not long-unresolved
            senior_at = office(investigate + timedelta(hours=rng.uniform(2, 20)))
            senior_by = gm

        # cut at the export: later steps have not happened
        if label == "open_no_reply":
            reply = investigate = solution = feedback = None
        elif stage == "replied":
            investigate = solution = feedback = None
        elif stage == "investigating":
            solution = feedback = None
        if investigate and investigate > CUTOFF:
            investigate = solution = feedback = None
        if solution and (solution > CUTOFF or feedback > CUTOFF):
            solution = feedback = None    # the result is written up when the customer is told

        if label == "same_as":
            feedback_by = rng.choice([a for a in agents if a != first])
        if label == "no_feedback":
            feedback = None
        if label == "feedback_by_blank_trap":
            feedback_by = None
        shown_recv = recv
        if label == "recv_after_record":
            shown_recv = recv + timedelta(days=1)   # 来信时间 typed one day later than the real one

        status = "已关闭" if feedback else ("已解决" if solution else ("处理中" if reply else "待受理"))
        seqs[recv.strftime("%Y%m%d")] = seqs.get(recv.strftime("%Y%m%d"), rng.randint(0, 4)) + 1
        number = f"TS{recv:%Y%m%d}{seqs[recv.strftime('%Y%m%d')]:03d}"
        cause = ""
        improve = ""
        if solution:
            cause = {"产品质量": rng.choice(["来料不良", "装配工艺问题", "运输磕碰", "用户使用不当"]),
                     "服务态度": rng.choice(["服务人员未按规范执行", "网点管理不到位"]),
                     "业务流程": rng.choice(["审核人手不足", "系统流程设计缺陷", "物流交接疏漏"])}[category]
            improve = rng.choice(["", "", "已反馈相关部门整改", "纳入月度质量分析会", "更新作业指导书"])
        row = Case({
            "工单编号": number,
            "投诉时间": shown_recv,
            "创建时间": created,
            "投诉渠道": channel,
            "客户姓名": person_name(rng),
            "联系电话": mobile(rng),
            "问题分类": "" if label == "no_category" or stage == "replied" or reply is None else category,
            "投诉描述": "" if label == "no_content" else content,
            "首问客服": first,
            "首次回复时间": reply,
            "是否复杂": "是" if complex_ else "否",
            "调查责任部门": inv_by if investigate else "",
            "转调查时间": investigate,
            "调查结论": (rng.choice(["情况属实", "情况属实", "部分属实"]) if solution else ""),
            "解决方案": "" if (solution is None or label == "no_solution") else measure,
            "处理结果": result if solution else "",
            "解决时间": solution,
            "结果告知时间": feedback,
            "告知客服": feedback_by if feedback else "",
            "工单状态": status,
            "长期未结": long_flag if solution else "否",
            "是否升级高层": "是" if senior_at else "否",
            "升级时间": senior_at,
            "介入领导": senior_by or "",
            "原因分析": cause,
            "改进措施": improve,
            "备注": "",
            "录入人": first if channel == "400热线" else rng.choice(agents),
        })
        if label == "senior_no_flag_trap":
            row["备注"] = "媒体记者来电询问，升级总经理"
        if label == "recv_after_record":
            row["备注"] = "来信时间补录"
        if label == "no_solution":
            row["备注"] = "电话沟通后处理"
        inj = {"late_reply_27": "initial_reply_24h", "late_reply_52": "initial_reply_24h",
               "open_no_reply": "initial_reply_24h", "same_as": "first_contact_follows_through",
               "complex_wrong": "complex_to_special_team", "long_no_senior": "long_unresolved_to_senior",
               "senior_wrong": "step-senior_intervention", "no_category": "category_assigned",
               "no_solution": "solution_proposed", "no_feedback": "result_fed_back",
               "no_content": "content_recorded", "recv_after_record": "receive-record"}.get(label)
        if inj:
            inj_list.append((number, inj))
        rows.append(row)

    if injected is not None:
        injected += inj_list

    hand = {
        "procedure": "s11-complaint-office-general",
        "sheet": "导出",
        "columns": {
            "工单编号": "case_number",
            "投诉时间": "receive_at",
            "首问客服": "receive_by",
            "创建时间": "record_at",
            "投诉渠道": "channel",
            "问题分类": "category",
            "投诉描述": "content",
            "首次回复时间": "initial_reply_at",
            "是否复杂": "is_complex",
            "调查责任部门": "investigate_by",
            "转调查时间": "investigate_at",
            "解决方案": "measures",
            "处理结果": "result",
            "解决时间": "solution_at",
            "结果告知时间": "feedback_at",
            "告知客服": "feedback_by",
            "长期未结": "long_unresolved",
            "升级时间": "senior_intervention_at",
            "介入领导": "senior_intervention_by",
        },
        "values": {
            "channel": {"400热线": "hotline", "客服邮箱": "email", "官网留言": "website", "电商平台转入": "website"},
            "category": {"产品质量": "product_quality", "服务态度": "service_attitude",
                         "业务流程": "operating_procedure"},
        },
        "roles": {
            **{a: "first_contact" for a in agents},
            supervisor: "complaint_office",
            vp: "senior_management",
            gm: "senior_management",
            "专项调查小组": "special_team",
            "品质部": "investigating_dept",
            "售后服务部": "investigating_dept",
            "电商运营部": "investigating_dept",
            "物流部": "investigating_dept",
        },
    }
    return rows, hand



# --- 151: S12, a residential estate's property management centre complaint register --------------------------------

def e151_s12_estate_complaint_register(rng, injected=None):
    """某住宅小区（高层 12 栋）物业管理中心客户服务部的《客户投诉记录》电子台账：前台接待员接热线/来访投诉后
    在 Excel 台账登记，核实后派相关部门（工程部、秩序维护部、环境部）限期解决，严重的报客服经理，处理完由客服
    助理回访。年中另存为 CSV（GBK）。日期写法：2025.03.04 09:12（点分日期）。

    从制度原文写下的列：登记号、投诉时间、接待人、投诉人、房号、联系电话、投诉方式（热线/来访/业主群）、
    投诉事项、投诉内容、已致歉（是/否）、核实情况、责任部门、限期、是否严重、上报经理时间、处理结果、完成时间、
    部门负责人签字、回访时间、回访人、业主意见（满意/基本满意/不满意）、恶意投诉（是/空）、备注。

    读过制度 YAML 后补的列：派单时间（核实后通知责任部门）、整改措施、责任人（严重投诉经理检讨后落实）、
    特殊情况（是/空）、汇报对象、汇报时间、结果登记时间（回访后把结果填进《客户报修/投诉/求助记录》的时间）。

    注入（按规则 id 计数，共 19 项）：receive_by_customer_service 2（夜间由工程部值班员接诉登记）；
    resolve_by_set_limit 3（超过限期完成 2，至导出时已过限期仍未完成 1）；resolve_by_set_limit-start 1（已完成却没写限期）；
    serious_to_cs_manager 1；serious_measures_set 1；serious_responsible_set 1；special_to_leaders 1（特殊情况无汇报记录）；
    special_report_to_manager_or_leader 1（只报给了楼栋管家）；step-revisit 1（前台接待员回访）；
    revisit_required 1；resolver_signed 2（签字栏空白 1、写“未签” 1）；customer_feedback_recorded 1；
    verified_and_notified 1（无派单记录）；verify_notify-resolve 1（派单时间在完成之后，事后补录）；phone_recorded 1。
    陷阱（不应报告）：限期当天晚上完成 1；特殊情况报总经理或工程部经理；客服主管本人接诉登记 1；恶意投诉照常回访；
    业主不满意（有意见即有反馈）；导出时在办、限期在 7 月以后的投诉；一般投诉不报经理。
    “是否严重”一栏的“一般”不是制度的选项，映射为空白。
    """
    taken: set = set()
    front = distinct_names(rng, 3, taken)
    supervisor, manager, eng_duty = distinct_names(rng, 3, taken)
    assistants = distinct_names(rng, 2, taken)
    heads = dict(zip(["工程部", "秩序维护部", "环境部"], distinct_names(rng, 3, taken)))
    workers = {dept: distinct_names(rng, 3, taken) for dept in heads}

    matters = [
        # 投诉事项, 内容, 责任部门, 限期天数, 处理结果, weight
        ("漏水", ["楼上卫生间渗水到我家天花板", "厨房水管接头漏水，物业维修后仍滴水", "地下车库顶板渗水滴到车上"],
         "工程部", 3, ["已更换管件并做闭水试验，不再渗漏", "已协调楼上业主维修防水层"], 14),
        ("电梯", ["电梯频繁停运，老人上下楼困难", "电梯按键失灵，维保不及时"], "工程部", 2,
         ["维保单位已更换控制板，运行正常", "已更换按键面板"], 10),
        ("噪音", ["楼下商铺夜间施工噪音扰民", "邻居装修周末早上七点开始电钻"], "秩序维护部", 1,
         ["已上门劝导，施工时间已调整", "已书面告知装修时间规定"], 12),
        ("停车", ["车位被外来车辆占用", "消防通道长期停车无人管"], "秩序维护部", 1,
         ["已联系车主挪车并加强巡查", "已张贴告示并锁定违停车辆"], 12),
        ("卫生", ["垃圾桶满溢两天无人清运", "楼道有宠物粪便未及时清扫"], "环境部", 1,
         ["已清运并增加清运频次", "已清扫消毒"], 10),
        ("绿化", ["楼前草坪枯死一片", "树枝遮挡窗户影响采光"], "环境部", 4,
         ["已补种草皮", "已修剪树枝"], 6),
        ("门禁", ["单元门禁卡经常刷不开", "快递柜故障取不出件"], "工程部", 2,
         ["已更换门禁读卡器", "已联系快递柜厂家修复"], 8),
    ]
    long_matters = [("外墙渗水", "下雨时外墙渗水进卧室，墙面发霉", "工程部", 9),
                    ("照明", "地库照明大面积不亮，晚上不安全", "工程部", 8)]

    def office(t):
        """The front desk and departments work 8:00-20:00 every day."""
        t = t.replace(second=0, microsecond=0)
        if t.hour < 8:
            t = t.replace(hour=8, minute=10 + t.minute % 30)
        elif t.hour >= 20:
            t = (t + timedelta(days=1)).replace(hour=8, minute=10 + t.minute % 30)
        return t

    def dotted(t):
        return "" if t is None else f"{t:%Y.%m.%d %H:%M}"

    n = 36
    days = sorted(rng.sample(range(2, 166), n - 5))     # closed cases: 3 Jan - 15 Jun
    pool = list(range(1, n - 5))
    rng.shuffle(pool)
    plan: dict[int, str] = {}
    for label in ["recv_by_eng", "recv_by_eng", "late", "late", "no_due", "serious_no_mgr", "serious_no_measures",
                  "serious_no_resp", "special_no_report", "special_wrong", "revisit_by_front", "no_revisit",
                  "unsigned_blank", "unsigned_wei", "no_satisfaction", "no_notify", "notify_after_resolve",
                  "no_phone", "due_day_trap", "special_gm_trap", "special_dept_trap", "supervisor_trap",
                  "malicious_trap", "serious_ok", "serious_ok", "serious_ok"]:
        plan[pool.pop()] = label
    plan[n - 5] = "open_overdue"

    rows = []
    inj_list = []
    seq = rng.randint(3, 9)
    for k in range(n):
        label = plan.get(k)
        if k < n - 5:
            d = datetime(2025, 1, 1) + timedelta(days=days[k])
        elif label == "open_overdue":
            d = datetime(2025, 6, 16)
        else:
            d = datetime(2025, 6, 22) + timedelta(days=rng.randint(0, 5))
        recent_open = k > n - 5

        if recent_open:
            matter, content, dept, window = rng.choice(long_matters)
            results = [""]
        else:
            matter, contents, dept, window, results, _ = pick(rng, [(m, m[-1]) for m in matters])
            pick_i = rng.randrange(len(contents))
            content = contents[pick_i]
            results = [results[pick_i % len(results)]]
        way = pick(rng, [("热线", 55), ("来访", 30), ("业主群", 15)])
        recv = d.replace(hour=rng.randint(8, 19), minute=rng.randint(0, 59))
        taker = rng.choice(front)
        if label == "recv_by_eng":
            recv = d.replace(hour=rng.randint(20, 22), minute=rng.randint(35, 59))
            taker, way = eng_duty, "热线"
        elif label == "supervisor_trap":
            taker, way = supervisor, "来访"
        notify = office(recv + timedelta(hours=rng.uniform(0.3, 3)))
        if recent_open:
            due = max(notify.date() + timedelta(days=window), date(2025, 7, 1) + timedelta(days=rng.randint(0, 3)))
        elif label == "open_overdue":
            matter, content, dept = "漏水", "空调冷凝水管漏水，外墙面被水泡", "工程部"
            due = notify.date() + timedelta(days=4)
        else:
            due = notify.date() + timedelta(days=window)
        due_end = datetime(due.year, due.month, due.day, 18, 30)
        resolve = office(notify + (due_end - notify) * rng.uniform(0.15, 0.85))
        if resolve > due_end:
            resolve = due_end - timedelta(minutes=rng.randint(10, 90))
        if label == "late":
            resolve = datetime(due.year, due.month, due.day, rng.randint(9, 17), rng.randint(0, 59)) + \
                timedelta(days=rng.randint(1, 3))
        elif label == "due_day_trap":
            resolve = datetime(due.year, due.month, due.day, 19, 40)

        serious = label in ("serious_no_mgr", "serious_no_measures", "serious_no_resp", "serious_ok")
        mgr_at = office(recv + timedelta(hours=rng.uniform(0.5, 4))) if serious else None
        if mgr_at and mgr_at >= resolve:
            mgr_at = notify + (resolve - notify) / 2
        measures = rng.choice(["经理组织工程部、秩序维护部现场检讨，制定整改方案并限期完成",
                               "召开专题会，落实专人跟进并每日向业主通报进度",
                               "更换维保单位负责人，增加巡检频次"]) if serious else ""
        responsible = rng.choice(workers[dept]) if serious else ""

        special = label in ("special_no_report", "special_wrong", "special_gm_trap", "special_dept_trap")
        reported_to = {"special_wrong": "楼栋管家", "special_gm_trap": "总经理",
                       "special_dept_trap": f"{dept}经理"}.get(label, "")
        report_at = office(recv + timedelta(hours=rng.uniform(1, 5))) if reported_to else None

        revisit = office(resolve + timedelta(hours=rng.uniform(4, 40)))
        if revisit.hour >= 18:
            revisit = (revisit + timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 50))
        record_at = office(revisit + timedelta(hours=rng.uniform(0.3, 3)))
        revisit_by = rng.choice(assistants)
        satisfaction = pick(rng, [("满意", 70), ("基本满意", 20), ("不满意", 10)])
        signature = heads[dept]
        result = rng.choice(results)
        malicious = ""
        if label == "malicious_trap":
            matter, content = "绿化", "要求物业赔偿车辆被树枝刮花的全部喷漆费用，否则在业主群里曝光"
            result = "现场核实刮痕与树枝无关，已耐心解释，不予赔偿"
            dept, signature, satisfaction, malicious = "环境部", heads["环境部"], "不满意", "是"

        if recent_open or label == "open_overdue":
            resolve = revisit = record_at = None
            result = satisfaction = signature = revisit_by = ""
        if label == "no_due":
            due = None
        if label == "no_notify":
            notify = None
        if label == "notify_after_resolve":
            notify = office(resolve + timedelta(hours=rng.uniform(20, 30)))
        if label == "no_revisit":
            revisit = record_at = None
            revisit_by = satisfaction = signature = ""
        if label == "revisit_by_front":
            revisit_by = rng.choice(front)
        if label == "unsigned_blank":
            signature = ""
        if label == "unsigned_wei":
            signature = "未签"
        if label == "no_satisfaction":
            satisfaction = ""
        if label == "serious_no_mgr":
            mgr_at, measures, responsible = None, "", ""
        if label == "serious_no_measures":
            measures = ""
        if label == "serious_no_resp":
            responsible = ""

        row = Case({
            "登记号": "",
            "投诉时间": dotted(recv),
            "接待人": taker,
            "投诉人": person_name(rng),
            "房号": f"{rng.randint(1, 12)}-{rng.randint(1, 3)}-{rng.randint(2, 33)}{rng.randint(1, 4):02d}",
            "联系电话": "" if label == "no_phone" else mobile(rng),
            "投诉方式": way,
            "投诉事项": matter,
            "投诉内容": content,
            "已致歉": "是" if rng.random() < 0.9 else "否",
            "核实情况": rng.choice(["属实", "属实", "现场核实属实", "部分属实"]),
            "派单时间": dotted(notify),
            "责任部门": dept,
            "限期": "" if due is None else f"{due:%Y.%m.%d}",
            "是否严重": "严重" if serious else "一般",
            "上报经理时间": dotted(mgr_at),
            "整改措施": measures,
            "责任人": responsible,
            "特殊情况": "是" if special else "",
            "汇报对象": reported_to,
            "汇报时间": dotted(report_at),
            "处理结果": result,
            "完成时间": dotted(resolve),
            "部门负责人签字": signature,
            "回访时间": dotted(revisit),
            "回访人": revisit_by,
            "业主意见": satisfaction,
            "结果登记时间": dotted(record_at),
            "恶意投诉": malicious,
            "备注": {"notify_after_resolve": "派单记录事后补录", "special_gm_trap": "业主扬言找媒体",
                   "special_dept_trap": "涉及多户，需工程部经理协调", "recv_by_eng": "夜间来电，工程值班接听",
                   "open_overdue": "等待高空作业队排期"}.get(label, ""),
        })
        if label == "special_wrong":
            row["备注"] = "涉及开发商遗留问题"
        if label == "special_no_report":
            row["备注"] = "涉及开发商遗留问题，需公司层面协调"
        inj = {"recv_by_eng": "receive_by_customer_service", "late": "resolve_by_set_limit",
               "open_overdue": "resolve_by_set_limit", "no_due": "resolve_by_set_limit-start",
               "serious_no_mgr": "serious_to_cs_manager", "serious_no_measures": "serious_measures_set",
               "serious_no_resp": "serious_responsible_set", "special_no_report": "special_to_leaders",
               "special_wrong": "special_report_to_manager_or_leader", "revisit_by_front": "step-revisit",
               "no_revisit": "revisit_required", "unsigned_blank": "resolver_signed",
               "unsigned_wei": "resolver_signed", "no_satisfaction": "customer_feedback_recorded",
               "no_notify": "verified_and_notified", "notify_after_resolve": "verify_notify-resolve",
               "no_phone": "phone_recorded"}.get(label)
        rows.append((row, inj))

    rows.sort(key=lambda r: r[0]["投诉时间"])
    for row, inj in rows:           # the register is numbered in the order complaints come in
        seq += rng.choice([1, 1, 1, 1, 2])
        row["登记号"] = f"KS2025-{seq:03d}"
        if inj:
            inj_list.append((row["登记号"], inj))
    rows = [row for row, _ in rows]
    if injected is not None:
        injected += inj_list

    hand = {
        "procedure": "s12-property-center-complaints",
        "encoding": "gbk",
        "columns": {
            "登记号": "case_number",
            "投诉时间": "receive_at",
            "接待人": "receive_by",
            "投诉人": "complainant",
            "房号": "address",
            "联系电话": "contact_phone",
            "投诉事项": "complaint_matter",
            "投诉内容": "content",
            "派单时间": "verify_notify_at",
            "责任部门": "resolve_by",
            "限期": "resolve_due_at",
            "是否严重": "severity",
            "上报经理时间": "manager_review_at",
            "整改措施": "measures",
            "责任人": "responsible_person",
            "特殊情况": "special_case",
            "汇报对象": "reported_to",
            "汇报时间": "report_special_at",
            "处理结果": "result",
            "完成时间": "resolve_at",
            "部门负责人签字": "resolver_signature",
            "回访时间": "revisit_at",
            "回访人": "revisit_by",
            "业主意见": "satisfaction",
            "结果登记时间": "record_result_at",
        },
        "values": {
            "severity": {"严重": "serious", "一般": ""},
            "reported_to": {"总经理": "company_leader", "工程部经理": "dept_manager",
                            "秩序维护部经理": "dept_manager", "环境部经理": "dept_manager"},
            "satisfaction": {"满意": "satisfied", "基本满意": "satisfied", "不满意": "unsatisfied"},
        },
        "roles": {
            **{name: "front_desk" for name in front},
            supervisor: "customer_service",
            **{name: "cs_assistant" for name in assistants},
            eng_duty: "complained_dept",
            "工程部": "complained_dept",
            "秩序维护部": "complained_dept",
            "环境部": "complained_dept",
        },
    }
    return rows, hand


EXPORTS = [
    ("150-s11-appliance-complaint-tickets.xlsx", "xlsx", e150_s11_appliance_complaint_tickets),
    ("151-s12-estate-complaint-register.csv", "gbk", e151_s12_estate_complaint_register),
]
