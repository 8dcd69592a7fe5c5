"""Starter-profile benchmark exports 144-145 (set 25b), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 144 145    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


# --- 144: S36, a hotel's guest-complaint log kept by the duty managers (大堂副理) ---------------------------------

def _slash(t):
    """The log's own spelling: 2025/3/4 9:12 (Excel's display in a Chinese locale, saved to CSV as shown)."""
    if t is None:
        return None
    return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"


def _at(rng, d, lo=8, hi=22):
    return datetime(d.year, d.month, d.day, rng.randint(lo, hi - 1), rng.randint(0, 59))


def _office(rng, t, lo=9, hi=20):
    """Moved to the next opening hour when it falls outside lo:00-hi:00 (nobody returns orders at 3 a.m.)."""
    if lo <= t.hour < hi:
        return t
    nxt = t if t.hour < lo else t + timedelta(days=1)
    return datetime(nxt.year, nxt.month, nxt.day, lo, rng.randint(0, 50))


def _spread(rng, n, start, end):
    """n sorted dates between start and end (inclusive)."""
    days = (end - start).days
    return sorted(start + timedelta(days=rng.randint(0, days)) for _ in range(n))


def e144_s36_hotel_guest_complaint_log(rng, injected=None):
    """144: 宾客投诉记录 — the duty-manager desk's Excel log, saved as CSV (GBK) for the monthly report.

    System: the front office keeps one shared Excel workbook 宾客投诉记录表; every duty manager (大堂副理) types the
    complaints of the shift; the department's answer and the guest follow-up are filled in later. Exported as CSV.
    Staff are recorded by name (the hand profile maps the roster's names to posts in `roles`).
    Date spelling: 2025/3/4 9:12 (Excel's default display in a Chinese locale).

    Headers written from the source text (step 1):
      序号, 投诉单号, 日期时间, 房号/台号, 客人姓名, 联系电话, 客人类型 (散客/会员/团队/协议公司),
      投诉途径 (当面/电话/来函/意见卡/他人转告), 被投诉部门 (前厅部/客房部/餐饮部/工程部/康乐部),
      投诉事由, 级别 (轻微/一般/重大), 接待人 (name), 处理人 (name), 处理经过及结果,
      补偿 (免房费/赠送果盘/升级房型/折扣/无), 补偿金额, 完成时间,
      客人意见 (满意/基本满意/不满意), 回访时间, 回访人, 备注, 录入人
    读过制度 YAML 后补的列：受理点 (中餐厅/西餐厅/宴会厅 = 向餐厅提出; 客房部/前厅部/康乐部 = 直接向部门提出;
      大堂 = neither), 是否超权限, 请示人, 请示时间, 方案拟定时间, 报公司时间, 需总经理定夺, 请示总经理时间.

    Injected (17): department_complaint_to_area_supervisor 2, restaurant_complaint_to_floor_manager 2,
      major_to_deputy_gm 2, track_by_complaint_center 2, restaurant_to_deputy_gm 1,
      department_to_operations_director 1, department_request_by_department_head 1, major_to_company 1,
      deputy_gm_to_general_manager 1, CK106 request_instructions-handle 1, CK106 handle-track 1,
      severity (CK102, 级别 待定) 1, case_number duplicate 1.
    Traps (not violations): complaints taken at the lobby desk (受理点 大堂) by the duty managers, some over their
      authority and passed up by them; a restaurant complaint taken by a waiter (a name that is no post in the
      procedure: not judged); follow-ups by the restaurant manager (副组长, no role of its own: not judged); a major
      complaint the deputy GM settled within his authority (需总经理定夺 否, no request to the GM); a major complaint
      that did go to the GM; cases of the last days not finished yet.
    """
    taken = set()
    deputy_gm, rest_mgr = distinct_names(rng, 2, taken)
    floor_mgrs = distinct_names(rng, 2, taken)
    depts = ["客房部", "前厅部", "康乐部"]
    area_sup = dict(zip(depts + ["餐饮部"], distinct_names(rng, 4, taken)))    # 客房部长、前厅部长、康乐部长、中餐部长
    dept_head = dict(zip(depts, distinct_names(rng, 3, taken)))                # 部门经理（第一负责人）
    lobby = distinct_names(rng, 2, taken)                                      # 大堂副理
    waiter = distinct_names(rng, 1, taken)[0]

    restaurant_points = ["中餐厅", "西餐厅", "宴会厅"]
    issues = {
        "餐饮部": ["菜品内有异物", "上菜太慢，等候四十分钟", "服务员态度生硬", "账单多收一道菜", "海鲜不新鲜",
                 "宴会席位安排错误", "早餐品种少、补餐不及时", "包间空调不制冷"],
        "客房部": ["房间卫生不洁，浴巾有污渍", "夜床服务未做", "洗衣丢失衬衫一件", "房间有烟味", "迷你吧收费有误"],
        "前厅部": ["入住等候时间长", "预订房型与实际不符", "叫醒服务未叫醒", "行李送错房间", "退房结账多扣押金"],
        "康乐部": ["泳池水温过低", "健身房器械损坏无人维修", "桑拿预约被取消"],
        "工程部": ["空调噪音大", "热水不稳定", "电视无信号"],
    }
    results = {"轻微": ["当面致歉，立即整改", "解释说明，客人接受", "致歉并重新安排，客人接受"],
               "一般": ["部门经理致歉，整改到位", "致歉并给予补偿，客人接受", "调查核实后致歉，落实整改"],
               "重大": ["副总亲自致歉，协商赔偿", "副总现场处理并赔偿", "报公司后协商赔偿，客人接受"]}

    # (addressee, severity, injection)
    plan = []
    plan += [("r", None, "restaurant_complaint_to_floor_manager")] * 2
    plan += [("d", None, "department_complaint_to_area_supervisor")] * 2
    plan += [("r", "重大", "major_to_deputy_gm"), ("d", "重大", "major_to_deputy_gm")]
    plan += [("r", None, "track_by_complaint_center"), ("d", None, "track_by_complaint_center")]
    plan += [("r", "一般", "restaurant_to_deputy_gm"), ("d", "一般", "department_to_operations_director"),
             ("d", "一般", "department_request_by_department_head"), ("r", "重大", "major_to_company"),
             ("r", "重大", "deputy_gm_to_general_manager"), ("r", "一般", "request_instructions-handle"),
             ("d", None, "handle-track"), ("r", None, "severity")]
    # clean cases and traps
    plan += [("l", None, "trap_lobby"), ("l", "一般", "trap_lobby_exceeds"), ("l", None, "trap_lobby")]
    plan += [("r", None, "trap_waiter"), ("r", "重大", "trap_major_no_gm"), ("d", "重大", "trap_major_gm")]
    plan += [("r", None, None)] * 10 + [("d", None, None)] * 8
    rng.shuffle(plan)
    # keep the very last days for clean cases (unfinished work)
    plan.sort(key=lambda p: p[2] is None and rng.random() < 0.3)
    days = _spread(rng, len(plan) - 1, date(2025, 1, 3), date(2025, 6, 29)) + [date(2025, 6, 30)]
    assert plan[-1][2] is None
    times = sorted(_at(rng, d, 7, 23) if d < date(2025, 6, 30) else _at(rng, d, 9, 16) for d in days)

    cases = []
    month_seq = {}
    for (addr, sev, inj), t0 in zip(plan, times):
        d = t0.date()
        if addr == "r":
            point = rng.choice(restaurant_points)
            target = "餐饮部"
            room = point[:1] + rng.choice("ABCV") + str(rng.randint(1, 30)) if point != "宴会厅" else "宴会厅"
        elif addr == "d":
            point = rng.choice(depts)
            target = point if rng.random() < 0.85 else "工程部"
            room = str(rng.randint(6, 22)) + f"{rng.randint(1, 36):02d}"
        else:
            point = "大堂"
            target = rng.choice(["前厅部", "工程部", "客房部"])
            room = str(rng.randint(6, 22)) + f"{rng.randint(1, 36):02d}"
        if sev is None:
            sev = pick(rng, [("轻微", 55), ("一般", 45)])
        major = sev == "重大"
        channel = pick(rng, [("当面", 50), ("电话", 25), ("意见卡", 10), ("来函", 5), ("他人转告", 10)])
        if major:
            channel = pick(rng, [("当面", 80), ("电话", 20)])

        # receiver by the rule: restaurant → floor manager, department → that department's area supervisor
        if addr == "r":
            receiver = rng.choice(floor_mgrs)
        elif addr == "d":
            receiver = area_sup[point]
        else:
            receiver = rng.choice(lobby)
        exceeds = "是" if (major or sev == "一般" and rng.random() < 0.3) else "否"
        if inj in ("restaurant_to_deputy_gm", "department_to_operations_director",
                   "department_request_by_department_head", "request_instructions-handle", "trap_lobby_exceeds"):
            exceeds = "是"
        if addr == "r":
            requester = receiver
        elif addr == "d":
            requester = dept_head[point]
        else:
            requester = receiver
        if addr == "r":
            handler = rest_mgr if sev != "轻微" else receiver
        elif addr == "d":
            handler = area_sup[point] if sev == "轻微" else dept_head[point]
        else:
            handler = receiver
        if major:
            handler = deputy_gm
        if addr == "r":
            tracker = rng.choice([rest_mgr, rest_mgr, area_sup["餐饮部"], deputy_gm])
        elif addr == "d":
            tracker = area_sup[point]
        else:
            tracker = rng.choice([area_sup[target] if target in area_sup else area_sup["客房部"], rest_mgr])

        t_req = t0 + timedelta(minutes=rng.randint(10, 90)) if exceeds == "是" else None
        base = t_req or t0
        t_plan = t_report = t_gm = None
        exceeds_gm = None
        if major:
            t_plan = base + timedelta(minutes=rng.randint(40, 180))
            t_report = t_plan + timedelta(minutes=rng.randint(30, 240))
            exceeds_gm = "否"
            base = t_report
            if inj in ("deputy_gm_to_general_manager", "trap_major_gm"):
                exceeds_gm = "是"
                t_gm = t_report + timedelta(minutes=rng.randint(20, 120))
                base = t_gm
            t_handle = base + timedelta(hours=rng.randint(2, 30))
        elif sev == "一般":
            t_handle = base + timedelta(minutes=rng.randint(60, 1800))
        else:
            t_handle = base + timedelta(minutes=rng.randint(15, 240))
        t_handle = _office(rng, t_handle, 7, 23)
        t_track = _office(rng, t_handle + timedelta(days=rng.randint(1, 3), hours=rng.randint(0, 6)))
        opinion = pick(rng, [("满意", 60), ("基本满意", 30), ("不满意", 10)])
        note = None
        result = rng.choice(results.get(sev, results["一般"]))
        if d == date(2025, 6, 30):
            t_handle = CUTOFF + timedelta(hours=1)     # still being handled when the log was exported

        if inj == "restaurant_complaint_to_floor_manager":
            receiver = rng.choice(lobby)
            note = "客人到大堂副理处投诉餐厅"
        elif inj == "department_complaint_to_area_supervisor":
            receiver = rng.choice(lobby) if not any(c["备注"] == "客房来电转大堂副理" for c, _ in cases) else floor_mgrs[0]
            note = "客房来电转大堂副理" if receiver in lobby else "楼面经理代为受理"
            if receiver in lobby:
                channel = "电话"
        elif inj == "major_to_deputy_gm":
            handler = floor_mgrs[1] if addr == "r" else area_sup[point]
            note = "副总外出，由现场负责人处理"
            result = "现场负责人致歉，协商赔偿"
        elif inj == "track_by_complaint_center":
            tracker = rng.choice(lobby)
        elif inj in ("restaurant_to_deputy_gm", "department_to_operations_director"):
            t_req = None
            requester = None
        elif inj == "department_request_by_department_head":
            requester = area_sup[point]
            note = "部长直接请示运营总监"
        elif inj == "major_to_company":
            t_report = None
        elif inj == "deputy_gm_to_general_manager":
            t_gm = None
        elif inj == "request_instructions-handle":
            t_req = t_handle + timedelta(minutes=rng.randint(30, 180))
            note = "先行免单，事后补请示"
        elif inj == "handle-track":
            t_track = t_handle - timedelta(hours=rng.randint(3, 20))
            if t_track <= t0:
                t_track = t0 + timedelta(minutes=20)
                t_handle = t_track + timedelta(hours=5)
        elif inj == "severity":
            sev = "待定"
        elif inj == "trap_waiter":
            receiver = waiter
            note = "服务员当班受理后交楼面经理"
        elif inj == "trap_lobby_exceeds":
            note = "大堂副理请示前厅部经理后处理"
            requester = receiver

        # the export was taken on 30 June: later steps have not happened
        if t_handle > CUTOFF:
            t_handle = None
            opinion = None
        if t_handle is None or t_track > CUTOFF:
            t_track = None
        ym = f"{d.year % 100:02d}{d.month:02d}"
        month_seq[ym] = month_seq.get(ym, 0) + 1
        comp = pick(rng, [("无", 50), ("赠送果盘", 15), ("折扣", 15), ("免单", 10), ("升级房型", 10)])
        if sev == "重大":
            comp = "赔偿"
        elif sev == "轻微" and comp in ("免单", "升级房型"):
            comp = "无"
        if addr != "r" and comp == "免单":
            comp = "免房费"
        if addr == "r" and comp == "升级房型":
            comp = "赠送果盘"
        amount = {"无": None, "赠送果盘": 88, "折扣": rng.choice([50, 100, 150]), "免单": rng.randint(180, 1500),
                  "免房费": rng.choice([398, 458, 688]), "升级房型": None, "赔偿": rng.choice([800, 1500, 2000, 3000])}[comp]
        surname = person_name(rng)[0]
        c = {
            "序号": None,
            "投诉单号": f"TS{ym}{month_seq[ym]:03d}",
            "日期时间": t0,
            "房号/台号": room,
            "客人姓名": surname + rng.choice(["先生", "女士"]),
            "联系电话": mobile(rng) if channel != "意见卡" or rng.random() < 0.5 else None,
            "客人类型": pick(rng, [("散客", 50), ("会员", 25), ("团队", 10), ("协议公司", 15)]),
            "投诉途径": channel,
            "受理点": point,
            "被投诉部门": target,
            "投诉事由": rng.choice(issues[target]),
            "级别": sev,
            "接待人": receiver,
            "是否超权限": exceeds,
            "请示人": requester if t_req else None,
            "请示时间": t_req,
            "处理人": handler if t_handle else None,
            "处理经过及结果": result if t_handle else "处理中",
            "补偿": comp if t_handle else None,
            "补偿金额": amount if t_handle else None,
            "完成时间": t_handle,
            "方案拟定时间": t_plan,
            "报公司时间": t_report,
            "需总经理定夺": exceeds_gm,
            "请示总经理时间": t_gm,
            "客人意见": opinion,
            "回访时间": t_track,
            "回访人": tracker if t_track else None,
            "备注": note,
            "录入人": rng.choice(lobby),
        }
        inj_rule = inj if inj and not inj.startswith("trap") else None
        if inj_rule in ("request_instructions-handle", "handle-track"):
            inj_rule = "CK106 " + inj_rule
        cases.append((c, inj_rule))

    # one number typed twice: a row copied from the one above and the number left unchanged
    k = rng.randint(10, len(cases) - 5)
    while cases[k][1] or cases[k - 1][1] or cases[k][0]["投诉单号"][:6] != cases[k - 1][0]["投诉单号"][:6]:
        k += 1
    cases[k][0]["投诉单号"] = cases[k - 1][0]["投诉单号"]
    dup = cases[k][0]["投诉单号"]
    for i, (c, _) in enumerate(cases):
        c["序号"] = i + 1

    if injected is not None:
        injected += [(dup, "case_number (duplicate)")]
        injected += [(c["投诉单号"], inj) for c, inj in cases if inj]
    rows = [Case({h: _slash(v) if isinstance(v, datetime) else v for h, v in c.items()}) for c, _ in cases]

    roles = {deputy_gm: "restaurant_deputy_gm"}
    roles.update({n: "floor_manager" for n in floor_mgrs})
    roles.update({n: "area_supervisor" for n in area_sup.values()})
    roles.update({n: "department_head" for n in dept_head.values()})
    roles.update({n: "lobby_manager" for n in lobby})
    hand = {
        "procedure": "s36-hotel-guest-complaints",
        "encoding": "gbk",
        "columns": {
            "投诉单号": "case_number",
            "日期时间": "receive_at",
            "接待人": "receive_by",
            "投诉途径": "channel",
            "受理点": "complaint_addressee",
            "级别": "severity",
            "是否超权限": "exceeds_receiver_authority",
            "请示人": "request_instructions_by",
            "请示时间": "request_instructions_at",
            "处理人": "handle_by",
            "完成时间": "handle_at",
            "方案拟定时间": "major_plan_at",
            "报公司时间": "report_company_at",
            "需总经理定夺": "exceeds_deputy_gm_authority",
            "请示总经理时间": "request_gm_at",
            "回访时间": "track_at",
            "回访人": "track_by",
        },
        "values": {
            "channel": {"当面": "oral", "电话": "phone", "来函": "written", "意见卡": "written", "他人转告": "relayed"},
            "complaint_addressee": {"中餐厅": "restaurant", "西餐厅": "restaurant", "宴会厅": "restaurant",
                                    "客房部": "department", "前厅部": "department", "康乐部": "department",
                                    "大堂": ""},
            "severity": {"轻微": "minor", "一般": "general", "重大": "major"},
            "exceeds_receiver_authority": {"是": "yes", "否": "no"},
            "exceeds_deputy_gm_authority": {"是": "yes", "否": "no"},
        },
        "roles": roles,
    }
    return rows, hand


# --- 145: S39, a telecom branch's complaint work-order system ---------------------------------------------------

def e145_s39_telecom_branch_work_orders(rng, injected=None):
    """145: 投诉工单查询导出 — the branch customer-service centre's work-order system, exported to XLSX.

    System: the branch's 客服工单系统 (complaint module). Every complaint contact is a work order: taken at a channel
    (10000号, 营业厅, 网上营业厅, letters, complaints transferred from outside), written up, dispatched to a 支局 or
    department, handled and returned (回单); escalated complaints have their own block (派单、时限、跟踪、上报).
    Export via 工单查询→导出Excel; staff are recorded by name, units by name.
    Date spelling: Excel date-time cells.

    Headers written from the source text (step 1):
      工单流水号, 受理时间, 受理渠道 (10000号/营业厅/网上营业厅/客户来函/工信部申诉转办/集团转派/通管局转办/
      消协转办), 用户号码, 客户名称, 产品类型 (宽带/移动/固话/IPTV), 投诉类型 (普通/重大/重复/批量/升级),
      投诉内容, 越级倾向 (是/否), 受理工号, 受理人, 受理部门, 现场解决 (是/否), 派单时间, 派单人, 处理单位,
      处理时限, 处理人, 回单时间, 处理结果, 客户签字确认 (来访), 原工单号 (重复投诉), 不满原因, 批量标识,
      上报时间, 客户评价 (满意/基本满意/不满意), 工单状态 (处理中/已回单/已归档), 备注
    读过制度 YAML 后补的列：建单时间, 重复原因, 重复投诉处置 (催办原工单/重新派单) + 处置时间, 来函存档, 电话核实,
      批量负责 + 批量处理时间, 预处理方案, 应答口径, 处理方案, 升级派单时间, 升级派单部门, 跟踪人, 跟踪时间,
      转办单位上报时间, 上报审核部门.

    Injected (19): external_to_service_center 1, escalated_dispatched_by_service_center 1,
      escalated_tracked_by_receiver 1, escalated_handled_by_marked_limit (CK104) 2, escalated_time_limit_marked 1,
      escalated_reported_to_transfer_unit 1, major_reported_up 1, major_emergency_response_script 1,
      leapfrog_reported_up 1, leapfrog_ticket_generated 1, repeat_in_progress_to_dispatch 1,
      repeat_dissatisfaction_reason 1, batch_ticket_flagged (CK109) 1, batch_by_handler 1,
      letter_kept_on_file (CK109) 1, visit_customer_signs 1, website_verified_with_customer (CK109) 1,
      case_number duplicate 1 (a work order returned twice comes out as two lines).
    Traps (not violations): a letter filed under an archive number instead of 是; a web complaint of 30 June not yet
      written up (no check with the customer due yet); a batch complaint run by 网络维护中心 (the procedure allows
      either the handling department or the complaint officer); an escalated complaint returned on the day of its
      limit but after the hour written; an escalated complaint still open with its limit in July; a major complaint
      with 越级倾向 reported up once (both rules satisfied); repeat complaints handled both ways correctly.
    """
    taken = set()
    kf_staff = distinct_names(rng, 6, taken)                          # 客服中心 (10000号、网厅、来函、升级投诉)
    yyt = ["城东营业厅", "城西营业厅"]
    yyt_staff = {n: yyt[i % 2] for i, n in enumerate(distinct_names(rng, 4, taken))}
    handlers_pool = distinct_names(rng, 8, taken)
    staff_no = {n: f"KF{rng.randint(1000, 9999)}" for n in kf_staff}
    staff_no.update({n: f"YY{rng.randint(1000, 9999)}" for n in yyt_staff})
    units = ["城东支局", "城西支局", "开发区支局", "网络维护中心", "计费账务中心", "政企客户部"]
    external = ["工信部申诉转办", "集团转派", "通管局转办", "消协转办"]
    contents = {
        "宽带": ["宽带频繁掉线，报修三次未解决", "宽带装机超过约定时间未上门", "宽带网速达不到签约速率",
               "宽带拆机后仍在扣费"],
        "移动": ["套餐外流量费用异常", "未经同意开通增值业务", "室内信号差无法通话", "携号转网被限制"],
        "固话": ["固话无拨号音", "固话月租与宣传不符"],
        "IPTV": ["IPTV画面卡顿", "IPTV点播扣费有误"],
    }

    # (category, channel kind, injection)
    plan = []
    plan += [("普通", "letter", "letter_kept_on_file"), ("普通", "visit", "visit_customer_signs"),
             ("普通", "website", "website_verified_with_customer"), ("普通", None, "leapfrog_reported_up"),
             ("普通", None, "leapfrog_ticket_generated")]
    plan += [("重大", None, "major_reported_up"), ("重大", None, "major_emergency_response_script")]
    plan += [("重复", None, "repeat_in_progress_to_dispatch"), ("重复", None, "repeat_dissatisfaction_reason")]
    plan += [("批量", None, "batch_ticket_flagged"), ("批量", None, "batch_by_handler")]
    plan += [("升级", "external", "external_to_service_center"),
             ("升级", "external", "escalated_dispatched_by_service_center"),
             ("升级", "external", "escalated_tracked_by_receiver"),
             ("升级", "external", "late"), ("升级", "external", "overdue_open"),
             ("升级", "external", "escalated_time_limit_marked"),
             ("升级", "external", "escalated_reported_to_transfer_unit")]
    # traps and clean cases
    plan += [("普通", "letter", "trap_archive_no"), ("普通", None, "trap_leapfrog_ok"), ("重大", None, "trap_major_leapfrog"),
             ("批量", None, "trap_batch_nmc"), ("批量", None, None), ("升级", "external", "trap_same_day"),
             ("升级", "external", None), ("升级", "external", None)]
    plan += [("重复", None, "in_progress")] * 2 + [("重复", None, "unsatisfied")] * 2
    plan += [("普通", None, None)] * 14
    rng.shuffle(plan)
    plan.sort(key=lambda p: p[2] is None and rng.random() < 0.35)
    days = _spread(rng, len(plan), date(2025, 1, 6), date(2025, 6, 25))
    plan.append(("升级", "external", "trap_open_future"))
    days.append(date(2025, 6, 27))
    plan.append(("普通", "website", "trap_web_pending"))
    days.append(date(2025, 6, 30))
    # the escalated complaint with no limit written: dispatched a week before the export, not returned yet
    i = next(i for i, p in enumerate(plan) if p[2] == "escalated_time_limit_marked")
    days[i] = date(2025, 6, 23)
    i = next(i for i, p in enumerate(plan) if p[2] == "overdue_open")
    days[i] = date(2025, 6, 9)
    times = [_at(rng, d, 8, 21) if d < date(2025, 6, 30) else _at(rng, d, 9, 16) for d in days]
    order = sorted(range(len(plan)), key=lambda i: times[i])
    plan = [plan[i] for i in order]
    times = [times[i] for i in order]

    cases = []
    seq = 0
    for (cat, kind, inj), t0 in zip(plan, times):
        d = t0.date()
        if kind is None:
            kind = pick(rng, [("phone", 60), ("visit", 20), ("website", 15), ("letter", 5)])
            if cat == "升级":
                kind = "external"
        channel = {"phone": "10000号", "visit": rng.choice(yyt), "website": rng.choice(["网上营业厅", "掌上营业厅"]),
                   "letter": "客户来函", "external": rng.choice(external)}[kind]
        if kind == "visit":
            receiver = rng.choice([n for n, y in yyt_staff.items() if y == channel])
            channel_word = "营业厅"
            dept = channel
        else:
            receiver = rng.choice(kf_staff)
            channel_word = channel
            dept = "客服中心"
        product = pick(rng, [("宽带", 40), ("移动", 40), ("固话", 8), ("IPTV", 12)])
        content = rng.choice(contents[product])
        seq += 1
        number = f"TS{d:%Y%m%d}{seq:04d}"
        t_rec = t0 + timedelta(minutes=rng.randint(2, 25))
        c = {h: None for h in HEADERS_145}
        c.update({
            "工单流水号": number, "受理时间": t0, "受理渠道": channel_word, "用户号码": mobile(rng) if product == "移动"
            else "0" + str(rng.randint(5500000, 5599999)) if product == "固话" else "AD" + str(rng.randint(10**7, 10**8 - 1)),
            "客户名称": person_name(rng), "产品类型": product, "投诉类型": cat, "投诉内容": content, "越级倾向": "否",
            "受理工号": staff_no[receiver], "受理人": receiver, "受理部门": dept, "建单时间": t_rec,
            "现场解决": "否",
        })
        if kind == "letter":
            c["来函存档"] = "是"
        if kind == "visit":
            c["客户签字确认"] = "已签"
        if kind == "website":
            c["电话核实"] = "是"
        unit = rng.choice(units)
        t_disp = None
        t_handle = None
        if cat == "普通":
            leap = inj in ("leapfrog_reported_up", "leapfrog_ticket_generated", "trap_leapfrog_ok")
            if leap:
                c["越级倾向"] = "是"
                c["备注"] = "客户称不解决将向工信部申诉"
            if inj == "leapfrog_ticket_generated" or (not leap and inj is None and rng.random() < 0.3):
                c["现场解决"] = "是"
                c["处理结果"] = "已向客户解释，客户认可"
            else:
                t = t_rec
                if leap and inj != "leapfrog_reported_up":
                    t = t_rec + timedelta(minutes=rng.randint(5, 30))
                    c["上报时间"] = t
                t_disp = t + timedelta(minutes=rng.randint(5, 60))
            if inj == "leapfrog_ticket_generated":
                c["上报时间"] = t_rec + timedelta(minutes=rng.randint(5, 30))
        elif cat == "重大":
            c["越级倾向"] = "是" if inj == "trap_major_leapfrog" else "否"
            content = rng.choice(["光缆被挖断，整片小区断网两天", "营业员与客户发生冲突，客户受伤", "客户信息疑似被泄露，媒体已介入"])
            c["投诉内容"] = content
            if inj != "major_reported_up":
                t_up = t_rec + timedelta(minutes=rng.randint(5, 20))
                c["上报时间"] = t_up
                c["预处理方案"] = "成立专班，当日内联系客户并安抚"
                c["应答口径"] = None if inj == "major_emergency_response_script" else "统一由客服中心对外答复，按口径解释原因及恢复时间"
                c["处理方案"] = "抢修恢复后逐户回访，按协议减免费用"
                t_disp = t_up + timedelta(minutes=rng.randint(10, 60))
            else:
                t_disp = t_rec + timedelta(minutes=rng.randint(10, 60))
                c["备注"] = "当班未上报"
        elif cat == "重复":
            prev = [x for x, _ in cases if x["投诉类型"] in ("普通", "重复") and x["派单时间"]]
            if prev:
                c["原工单号"] = rng.choice(prev[-6:])["工单流水号"]
            reason = "in_progress" if inj in ("in_progress", "repeat_in_progress_to_dispatch") or (
                inj is None and rng.random() < 0.5) else "unsatisfied"
            if reason == "in_progress":
                c["重复原因"] = "问题处理中再次投诉"
                if inj != "repeat_in_progress_to_dispatch":
                    c["重复投诉处置"] = "催办原工单"
                    c["处置时间"] = t_rec + timedelta(minutes=rng.randint(5, 30))
                else:
                    c["备注"] = "已安抚客户"
            else:
                c["重复原因"] = "对处理结果不满"
                c["重复投诉处置"] = "重新派单"
                t_disp = t_rec + timedelta(minutes=rng.randint(5, 40))
                c["处置时间"] = t_disp
                c["不满原因"] = None if inj == "repeat_dissatisfaction_reason" else rng.choice(
                    ["上门后问题未解决即回单", "减免金额不认可", "处理人员未联系客户"])
        elif cat == "批量":
            c["投诉内容"], c["产品类型"] = rng.choice([("小区宽带大面积断网", "宽带"), ("片区手机无信号", "移动"),
                                                  ("IPTV整栋楼无法播放", "IPTV")])
            c["批量负责"] = {"batch_by_handler": rng.choice(yyt), "trap_batch_nmc": "网络维护中心"}.get(inj, "投诉处理员")
            t_b = t_rec + timedelta(minutes=rng.randint(5, 40))
            c["批量处理时间"] = t_b
            c["批量标识"] = "否" if inj == "batch_ticket_flagged" else "是"
            t_disp = t_b + timedelta(minutes=rng.randint(30, 180))
            unit = "网络维护中心"
        if cat != "升级" and t_disp is not None:
            c["派单时间"] = t_disp
            c["派单人"] = receiver
            t_handle = t_disp + timedelta(hours=rng.randint(3, 100))
        if cat == "升级":
            if inj == "external_to_service_center":
                receiver = rng.choice(list(yyt_staff))
                c.update({"受理人": receiver, "受理工号": staff_no[receiver], "受理部门": yyt_staff[receiver]})
                c["备注"] = "工信部转办件直接转营业厅受理"
            t_ed = t_rec + timedelta(minutes=rng.randint(10, 90))
            c["升级派单时间"] = t_ed
            c["升级派单部门"] = "市场部" if inj == "escalated_dispatched_by_service_center" else "客服中心"
            limit = datetime(t_ed.year, t_ed.month, t_ed.day, rng.choice([12, 17, 18])) + timedelta(days=rng.randint(2, 5))
            c["处理时限"] = None if inj == "escalated_time_limit_marked" else limit
            t_track = _office(rng, t_ed + timedelta(hours=rng.randint(4, 30)), 8, 21)
            c["跟踪时间"] = t_track
            c["跟踪人"] = rng.choice([n for n in kf_staff if n != receiver]) if inj == "escalated_tracked_by_receiver" \
                else receiver
            t_handle = max(t_track + timedelta(hours=1),
                           limit - timedelta(hours=rng.randint(3, 40)))
            if inj == "late":
                t_handle = limit + timedelta(days=rng.randint(1, 3), hours=rng.randint(0, 5))
            elif inj == "trap_same_day":
                limit = datetime(limit.year, limit.month, limit.day, 12)
                c["处理时限"] = limit
                t_handle = limit + timedelta(hours=4, minutes=rng.randint(0, 50))
            elif inj in ("overdue_open", "escalated_time_limit_marked", "trap_open_future"):
                t_handle = None
            if t_handle is not None and inj != "escalated_reported_to_transfer_unit":
                c["转办单位上报时间"] = t_handle + timedelta(hours=rng.randint(2, 20))
                c["上报审核部门"] = "客服中心"
        if t_handle is not None and inj != "trap_same_day":
            t_handle = _office(rng, t_handle)
        if c.get("转办单位上报时间"):
            c["转办单位上报时间"] = _office(rng, t_handle + timedelta(hours=rng.randint(2, 20)))
        if t_handle is not None and t_handle < CUTOFF:
            c["回单时间"] = t_handle
            c["处理单位"] = unit
            c["处理人"] = rng.choice(handlers_pool)
            c["处理结果"] = rng.choice(["已上门处理，故障恢复", "核实后退还多收费用", "已解释并调整套餐", "已修复并回访客户"])
            c["客户评价"] = pick(rng, [("满意", 60), ("基本满意", 30), ("不满意", 10)])
        if c.get("转办单位上报时间") and c["转办单位上报时间"] > CUTOFF:
            c["转办单位上报时间"] = None
            c["上报审核部门"] = None
        if inj == "trap_web_pending":
            c.update({"建单时间": None, "电话核实": None, "派单时间": None, "派单人": None, "回单时间": None,
                      "处理单位": None, "处理人": None, "处理结果": None, "客户评价": None})
        if inj == "letter_kept_on_file":
            c["来函存档"] = "否"
        elif inj == "trap_archive_no":
            c["来函存档"] = f"DA2025-{rng.randint(10, 99):03d}"
        elif inj == "visit_customer_signs":
            c["客户签字确认"] = "未签"
        elif inj == "website_verified_with_customer":
            c["电话核实"] = "否"
        if c["回单时间"]:
            c["工单状态"] = "已归档" if c["回单时间"] < datetime(2025, 6, 20) else "已回单"
        elif c["现场解决"] == "是" or c["重复投诉处置"] == "催办原工单" or (cat == "重复" and not c["派单时间"]):
            c["工单状态"] = "已归档"
        else:
            c["工单状态"] = "处理中"
        rule = None if inj is None or inj.startswith("trap") or inj in ("in_progress", "unsatisfied") else inj
        if rule in ("late", "overdue_open"):
            rule = "escalated_handled_by_marked_limit"
        cases.append((c, rule))

    # one work order exported twice: it was returned twice (re-dispatched after the first 回单), one line per 回单
    k = rng.randint(12, len(cases) - 8)
    while cases[k][1] or cases[k][0]["投诉类型"] != "普通" or not cases[k][0]["回单时间"]:
        k += 1
    again = dict(cases[k][0])
    again["回单时间"] = _office(rng, again["回单时间"] + timedelta(hours=rng.randint(20, 60)))
    again["处理人"] = rng.choice(handlers_pool)
    again["处理结果"] = "复查后二次回单"
    cases.insert(k + 1, (again, None))
    dup = again["工单流水号"]

    if injected is not None:
        injected += [(dup, "case_number (duplicate)")]
        injected += [(c["工单流水号"], inj) for c, inj in cases if inj]
    rows = [Case(c) for c, _ in cases]

    hand = {
        "procedure": "s39-telecom-branch-complaints",
        "sheet": "导出",
        "columns": {
            "工单流水号": "case_number",
            "受理时间": "receive_at",
            "受理人": "receive_by",
            "受理渠道": "channel",
            "投诉类型": "category",
            "投诉内容": "content",
            "越级倾向": "leapfrog",
            "建单时间": "record_at",
            "现场解决": "explained_accepted",
            "派单时间": "dispatch_at",
            "派单人": "dispatch_by",
            "处理单位": "handle_by",
            "处理时限": "handling_time_limit",
            "回单时间": "handle_at",
            "客户签字确认": "customer_signature",
            "来函存档": "letter_filed",
            "电话核实": "verified_with_customer",
            "重复原因": "repeat_reason",
            "不满原因": "dissatisfaction_reason",
            "批量负责": "batch_handle_by",
            "批量处理时间": "batch_handle_at",
            "批量标识": "batch_flag",
            "上报时间": "report_up_at",
            "预处理方案": "pre_handling_plan",
            "应答口径": "emergency_response_script",
            "处理方案": "handling_plan",
            "升级派单时间": "escalated_dispatch_at",
            "升级派单部门": "escalated_dispatch_by",
            "跟踪人": "escalated_track_by",
            "跟踪时间": "escalated_track_at",
            "转办单位上报时间": "review_report_at",
            "上报审核部门": "review_report_by",
        },
        "values": {
            "channel": {"10000号": "phone", "营业厅": "visit", "网上营业厅": "website", "掌上营业厅": "website",
                        "客户来函": "letter", **{e: "external" for e in external}},
            "category": {"普通": "", "重大": "major", "重复": "repeat", "批量": "batch", "升级": "escalated"},
            "leapfrog": {"是": True, "否": False},
            "explained_accepted": {"是": True, "否": False},
            "repeat_reason": {"问题处理中再次投诉": "in_progress", "对处理结果不满": "unsatisfied_result"},
            "receive_by": {**{n: "branch_service_center" for n in kf_staff}, **{n: "intake" for n in yyt_staff}},
            "dispatch_by": {n: "intake" for n in kf_staff + list(yyt_staff)},
            "escalated_track_by": {n: "escalation_handler" for n in kf_staff + list(yyt_staff)},
            "batch_handle_by": {"投诉处理员": "complaint_handler", "网络维护中心": "handling_dept",
                                **{y: "intake" for y in yyt}},
            "escalated_dispatch_by": {"客服中心": "branch_service_center", "市场部": "related_depts"},
            "review_report_by": {"客服中心": "branch_service_center"},
        },
        "roles": {u: "handling_dept" for u in units},
        "outcomes": {
            "重复投诉处置": {"date": "处置时间", "steps": {"催办原工单": "remind", "重新派单": "new_ticket"}},
        },
    }
    return rows, hand


HEADERS_145 = ["工单流水号", "受理时间", "受理渠道", "用户号码", "客户名称", "产品类型", "投诉类型", "重复原因", "原工单号",
               "投诉内容", "越级倾向", "受理工号", "受理人", "受理部门", "建单时间", "现场解决", "派单时间", "派单人",
               "处理单位", "处理时限", "处理人", "回单时间", "处理结果", "客户签字确认", "来函存档", "电话核实", "不满原因",
               "重复投诉处置", "处置时间", "批量负责", "批量处理时间", "批量标识", "上报时间", "预处理方案", "应答口径",
               "处理方案", "升级派单时间", "升级派单部门", "跟踪人", "跟踪时间", "转办单位上报时间", "上报审核部门",
               "客户评价", "工单状态", "备注"]


EXPORTS = [
    ("144-s36-hotel-guest-complaint-log.csv", "gbk", e144_s36_hotel_guest_complaint_log),
    ("145-s39-telecom-branch-work-orders.xlsx", "xlsx", e145_s39_telecom_branch_work_orders),
]
