"""Starter-profile benchmark exports 252-253 (set 43b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 252 253    # or with no numbers: every export

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


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=21):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def _chain(times):
    """Cut step times at the export: once a step lies after the cutoff, it and every later step are empty."""
    out, gone = [], False
    for t in times:
        gone = gone or t is None or t > CUTOFF
        out.append(None if gone else t)
    return out


def _slash(t):
    return "" if t is None else f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"


def _take(rng, pool, used, k=1):
    """k indices from pool not yet used (which they join)."""
    free = [i for i in pool if i not in used]
    if len(free) < k:
        raise RuntimeError("not enough cases to inject into")
    got = rng.sample(free, k)
    used.update(got)
    return got


# --- 252: S11, an appliance retail chain's complaint office, OA ticket flow ---------------------------------------

def _after_reply(rng, c):
    """The steps after the first reply: handed to the department, solution settled, result told, ticket closed."""
    c["inv"] = _plus(rng, c["reply"], 0.5, 20)
    c["sol"] = _plus(rng, c["inv"], 24 * (6 if c["slow"] else 1), 24 * (14 if c["slow"] else 5))
    c["fb"] = _plus(rng, c["sol"], 0.5, 30)
    c["close"] = _plus(rng, c["fb"], 0.5, 48)


def _move_reply(rng, c, reply):
    """Put the first reply at `reply`; the later steps follow it."""
    c["reply"] = reply
    _after_reply(rng, c)


S11_CONTENT = {
    "质量问题": ["新购空调不制冷，售后上门两次未修好", "冰箱门封条开胶，要求换新", "洗衣机脱水异响，怀疑是翻新机",
                 "电视开机黑屏，购买不到一个月", "热水器漏水，要求退货", "油烟机吸力不足，与宣传不符"],
    "服务态度": ["门店导购态度恶劣，催问时被挂电话", "安装师傅索要额外费用，态度生硬", "客服多次推诿，不给明确答复",
                 "送货员拒绝搬上楼并出言不逊"],
    "流程时效": ["退货审核超过一周无人处理", "预约安装三次改期", "以旧换新补贴迟迟未到账", "送货比承诺晚四天且无通知",
                 "发票开具流程繁琐，要求跑三趟门店"],
}
S11_MEASURES = {
    "质量问题": ["厂家工程师复检，确认故障后换新", "按三包规定办理退货退款", "更换配件并延保一年"],
    "服务态度": ["核实录音，对责任人通报批评并向客户致歉", "退还多收费用并致歉", "约谈安装服务商，扣减服务费"],
    "流程时效": ["加急审核退款，三个工作日内到账", "重新预约并赠送延保", "财务补发补贴并说明原因"],
}
S11_RESULT = ["已换新，客户认可", "已退款", "已致歉并补偿积分", "已维修完毕", "已补发到账", "客户接受处理意见"]


def e252_s11_appliance_chain_oa_tickets(rng, injected=None):
    """S11 投诉处管理制度 — 悦家电器连锁的投诉处，在 OA 里走“客诉工单”流程，导出工单台账（XLSX，日期时间是 Excel 日期单元格）。

    读制度 YAML 之前写下的表头：工单编号、建单时间、投诉渠道、客户姓名、联系电话、投诉类别、投诉内容摘要、首问人、
    承办部门、初步回复时间、是否成立专项小组、处理方案、办结时间、回访结果、升级至、工单状态。
    （“是否成立专项小组”读过制度后改为记案件性质的“疑难件”，见下。）

    读过制度 YAML 后补的列：疑难件（复杂投诉，是/否）、转办时间（调查）、方案确定时间、处理结果、结果反馈时间、
    反馈人（首问责任制）、超期升级（长期未解决，是/否）、升级时间（高层介入）。

    注入的违规（按规则 id 计数，共 18）：initial_reply_24h 3（两宗回复超过24小时，一宗至今没有初步回复）、
    first_contact_follows_through 2（反馈人不是首问人）、complex_to_special_team 2（疑难件由售后服务部承办）、
    long_unresolved_to_senior 1（超期升级为“是”却没有升级记录）、step-senior_intervention 1（升级至投诉处经理）、
    category 2（投诉类别“其他”）、is_complex 1（疑难件“待定”）、content_recorded 1、solution_proposed 1、
    result_fed_back 1、category_assigned 1、solution-feedback 1（结果反馈早于方案确定）、case_number 1（工单编号重复）。

    陷阱（不是违规）：初步回复恰好在建单后24小时；周五下午建单、周六下午回复（23小时40分，按小时连续计算）；
    6月30日上午建单、截至导出尚未回复（期限在审计时点之后）；非疑难件交专项调查组调查；处理中、尚无结果的工单没有反馈。
    """
    taken: set = set()
    agents = distinct_names(rng, 6, taken)
    customers = distinct_names(rng, 46, taken)
    n = len(customers)
    depts = {"质量问题": ["品质管理部", "售后服务部"], "服务态度": ["门店运营部", "售后服务部"],
             "流程时效": ["物流配送部", "售后服务部"]}

    starts = sorted(_at(rng, _rand_day(rng, date(2025, 3, 3), date(2025, 6, 28)), 8.5, 20.5) for _ in range(n - 1))
    starts.append(datetime(2025, 6, 30, 9, rng.randint(5, 50)))     # trap: still waiting for its first reply

    cases = []
    for k, t0 in enumerate(starts):
        cat = pick(rng, [("质量问题", 5), ("服务态度", 3), ("流程时效", 3)])
        complex_ = rng.random() < 0.15
        reply = _plus(rng, t0, 0.2, 12)
        if reply - t0 > timedelta(hours=23, minutes=30):
            reply = t0 + timedelta(minutes=rng.randint(20, 120))
        cases.append({
            "no": f"TS2025-{k + 101:04d}", "t0": t0, "reply": reply, "slow": complex_ or rng.random() < 0.2,
            "channel": pick(rng, [("400热线", 6), ("客服邮箱", 2), ("官网留言", 2)]),
            "cat": cat, "content": rng.choice(S11_CONTENT[cat]), "agent": rng.choice(agents),
            "complex": "是" if complex_ else "否", "dept": "专项调查组" if complex_ else rng.choice(depts[cat]),
            "measures": rng.choice(S11_MEASURES[cat]), "result": rng.choice(S11_RESULT),
        })
        _after_reply(rng, cases[-1])
    cases[-1]["reply"] = None

    used: set = {n - 1}
    everyone = range(n - 1)
    # traps first, so that no violation lands on them
    (i,) = _take(rng, everyone, used)
    _move_reply(rng, cases[i], cases[i]["t0"] + timedelta(hours=24))                   # exactly 24 hours: inside
    fridays = [j for j in everyone if cases[j]["t0"].weekday() == 4 and cases[j]["t0"].hour in range(9, 18)]
    (i,) = _take(rng, fridays, used)
    _move_reply(rng, cases[i], cases[i]["t0"] + timedelta(hours=23, minutes=40))       # Saturday, 23h40: inside
    (i,) = _take(rng, [j for j in everyone if cases[j]["complex"] == "否"], used)
    cases[i]["dept"] = "专项调查组"                                                  # not complex, but a team: fine

    def note(i, rule):
        if injected is not None:
            injected.append((cases[i]["no"], rule))

    # timeline injections (before the cutoff is applied)
    for i in _take(rng, everyone, used, 2):                                         # late first reply
        _move_reply(rng, cases[i], _plus(rng, cases[i]["t0"], 26, 40))
        note(i, "initial_reply_24h")
    (i,) = _take(rng, [j for j in everyone if cases[j]["t0"] < datetime(2025, 6, 20)], used)
    cases[i]["reply"] = None                                                        # never replied, work went on
    cases[i]["skip_reply"] = True
    note(i, "initial_reply_24h")

    # the cutoff, and what follows from it
    for c in cases:
        reply = c["reply"]
        if c.get("skip_reply"):
            _, inv, sol, fb, close = _chain([c["t0"], c["inv"], c["sol"], c["fb"], c["close"]])
        else:
            reply, inv, sol, fb, close = _chain([reply, c["inv"], c["sol"], c["fb"], c["close"]])
        c.update(reply=reply, inv=inv, sol=sol, fb=fb, close=close)
        if inv is None:
            c["dept"] = None
        if sol is None:
            c["measures"] = None
        if fb is None:
            c["result"] = None
        c["fb_by"] = c["agent"] if fb else None
        c["survey"] = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)]) if close else None
        end = fb or CUTOFF
        c["long"] = "是" if inv and end - c["t0"] > timedelta(days=12) else "否"
        c["senior"] = c["senior_at"] = None
        if c["long"] == "是":
            c["senior"] = pick(rng, [("分管副总", 3), ("总经理", 1)])
            c["senior_at"] = _plus(rng, c["t0"], 24 * 10, 24 * 11.5)
        c["status"] = "已办结" if close else ("待回复" if reply is None and inv is None else "处理中")

    # field injections
    done = [j for j in everyone if cases[j]["fb"] is not None]
    for i in _take(rng, done, used, 2):
        cases[i]["fb_by"] = rng.choice([a for a in agents if a != cases[i]["agent"]])
        note(i, "first_contact_follows_through")
    for i in _take(rng, [j for j in everyone if cases[j]["inv"] and cases[j]["complex"] == "否"], used, 2):
        cases[i]["complex"] = "是"
        cases[i]["dept"] = "售后服务部"
        note(i, "complex_to_special_team")
    long_ = [j for j in everyone if cases[j]["long"] == "是"]
    (i,) = _take(rng, long_, used)
    cases[i]["senior"] = cases[i]["senior_at"] = None
    note(i, "long_unresolved_to_senior")
    (i,) = _take(rng, long_, used)
    cases[i]["senior"] = "投诉处经理"
    note(i, "step-senior_intervention")
    for i in _take(rng, everyone, used, 2):
        cases[i]["cat"] = "其他"
        note(i, "category")
    (i,) = _take(rng, [j for j in everyone if cases[j]["complex"] == "否"], used)
    cases[i]["complex"] = "待定"
    note(i, "is_complex")
    (i,) = _take(rng, everyone, used)
    cases[i]["content"] = None
    note(i, "content_recorded")
    (i,) = _take(rng, done, used)
    cases[i]["measures"] = cases[i]["sol"] = None
    note(i, "solution_proposed")
    (i,) = _take(rng, done, used)
    cases[i]["fb"] = cases[i]["fb_by"] = None
    note(i, "result_fed_back")
    (i,) = _take(rng, [j for j in everyone if cases[j]["inv"]], used)
    cases[i]["cat"] = None
    note(i, "category_assigned")
    (i,) = _take(rng, done, used)
    c = cases[i]
    c["fb"] = _plus(rng, c["inv"], 1, 20)                           # told before the solution was settled
    note(i, "solution-feedback")
    i, j = sorted(_take(rng, everyone, used, 2))
    cases[j]["no"] = cases[i]["no"]
    note(j, "case_number")

    rows = []
    for c, name in zip(cases, customers):
        rows.append({
            "工单编号": c["no"], "建单时间": c["t0"], "投诉渠道": c["channel"], "客户姓名": name, "联系电话": mobile(rng),
            "投诉类别": c["cat"], "投诉内容摘要": c["content"], "首问人": c["agent"], "初步回复时间": c["reply"],
            "疑难件": c["complex"], "承办部门": c["dept"], "转办时间": c["inv"], "处理方案": c["measures"],
            "方案确定时间": c["sol"], "处理结果": c["result"], "结果反馈时间": c["fb"], "反馈人": c["fb_by"],
            "回访结果": c["survey"], "超期升级": c["long"], "升级至": c["senior"], "升级时间": c["senior_at"],
            "办结时间": c["close"], "工单状态": c["status"],
        })

    roles = {a: "first_contact" for a in agents}
    roles.update({d: "investigating_dept" for d in ("品质管理部", "售后服务部", "门店运营部", "物流配送部")})
    roles.update({"专项调查组": "special_team", "总经理": "senior_management", "分管副总": "senior_management",
                  "投诉处经理": "complaint_office"})
    hand = {
        "procedure": "s11-complaint-office-general",
        "sheet": "导出",
        "columns": {
            "工单编号": "case_number", "建单时间": "receive_at", "投诉渠道": "channel", "投诉类别": "category",
            "投诉内容摘要": "content", "首问人": "receive_by", "初步回复时间": "initial_reply_at",
            "疑难件": "is_complex", "承办部门": "investigate_by", "转办时间": "investigate_at",
            "处理方案": "measures", "方案确定时间": "solution_at", "处理结果": "result",
            "结果反馈时间": "feedback_at", "反馈人": "feedback_by", "超期升级": "long_unresolved",
            "升级至": "senior_intervention_by", "升级时间": "senior_intervention_at",
        },
        "values": {
            "channel": {"400热线": "hotline", "客服邮箱": "email", "官网留言": "website"},
            "category": {"质量问题": "product_quality", "服务态度": "service_attitude", "流程时效": "operating_procedure"},
        },
        "roles": roles,
    }
    return rows, hand


# --- 253: S13, a tobacco company's distribution centre, customer-service system ---------------------------------

S13_CONTENT = {
    "卷烟质量": ["条烟开封后发现霉变", "烟支空头、短支较多", "整条外包装破损受潮", "烟丝脱落严重，消费者退货",
                 "同批次卷烟口味异常"],
    "客户经理": ["客户经理未按时通知订货，错过订货周期", "客户经理拜访不到位，一个月未见人", "货源分配说明不清，客户经理态度敷衍",
                 "客户经理私自更改订单数量", "反映问题后客户经理迟迟不答复"],
}
S13_CAUSE = {
    "卷烟质量": ["仓储环节受潮", "工业企业生产批次质量问题", "运输途中挤压破损"],
    "客户经理": ["客户经理未执行订货提醒制度", "客户经理服务意识不强", "片区客户经理调整交接不到位"],
}
S13_DEPT = {"卷烟质量": ["质量监督科", "配送中心仓储组", "调度运输科"], "客户经理": ["第一片区营销部", "第二片区营销部", "第三片区营销部"]}
S13_PLAN = {
    "卷烟质量": ["为客户退换问题卷烟，并向工业企业反馈质量问题", "退换破损卷烟，加强装车防护"],
    "客户经理": ["更换片区客户经理并上门致歉", "对客户经理批评教育，补录订单", "客户经理限期上门说明并整改"],
}


def e253_s13_tobacco_distribution_cs_system(rng, injected=None):
    """S13 客户投诉处理办法 — 某市烟草公司卷烟配送中心，零售户投诉在客户服务系统中流转，导出 CSV（GB18030，日期写作
    2025/3/4 9:05，承诺解决期限带钟点）。

    读制度 YAML 之前写下的表头：记录单号、受理时间、投诉方式、零售户名称、客户编码、联系电话、投诉事项、受理人、责任判断、
    责任部门、责任人、处理单下发时间、调查结果反馈时间、处理方案、审核领导、审核时间、通知客户时间、承诺解决期限、状态。

    读过制度 YAML 后补的列：受理单位（受理环节的部门）、登记时间（填写记录单）、判定时间（责任判断）、原因分析、
    初判时间（判断原因和负责部门）、方案拟定时间、退换货时间（解释并退换）、解决时间。

    注入的违规（按规则 id 计数，共 19）：record_slip_always 2（没有登记时间）、deadline_notified 2（客户经理责任，
    没有承诺解决期限）、resolve_by_notified_due 3（两宗解决晚于承诺期限，一宗过期仍未解决）、
    explain_when_product_quality 2（卷烟质量问题没有退换货记录）、plan_approved 2（方案拟定后没有审核）、
    step-receive 1（客户服务部受理）、step-approve_plan 1（客服主管审核方案）、responsibility 2（责任判断“送货员”）、
    draft_plan-approve_plan 1（审核早于方案拟定）、determine_department-send_handling_slip 1（处理单下发早于初判）、
    cause_determined 1（初判后没有原因分析）、case_number 1（记录单号重复）。

    陷阱（不是违规）：解决时间比承诺期限早半小时；未解决但承诺期限在7月之后；夜间来电（24小时受理），次日上午登记、
    尚未判定责任。
    """
    taken: set = set()
    clerks = distinct_names(rng, 4, taken)
    staff = {"卷烟质量": distinct_names(rng, 3, taken), "客户经理": distinct_names(rng, 5, taken)}
    owners = distinct_names(rng, 40, taken)
    n = len(owners)
    shops = [o + rng.choice(["便利店", "烟酒店", "超市", "商行", "食杂店"]) for o in owners]

    starts = []
    for _ in range(n - 2):
        d = _rand_day(rng, date(2025, 3, 3), date(2025, 6, 26))
        starts.append(_at(rng, d, 0, 23.9) if rng.random() < 0.25 else _at(rng, d, 8, 20))
    starts.sort()
    starts.append(datetime(2025, 6, 27, 9, rng.randint(5, 55)))        # trap: open, due after the audit
    starts.append(datetime(2025, 6, 29, 22, rng.randint(5, 55)))       # trap: night call, not yet judged

    cases = []
    for k, t0 in enumerate(starts):
        resp = pick(rng, [("卷烟质量", 4), ("客户经理", 6)])
        rec = _plus(rng, t0, 0.1, 0.8)
        judge = _plus(rng, rec, 0.5, 20)
        explain = _plus(rng, judge, 0.5, 30) if resp == "卷烟质量" else None
        notify = _plus(rng, judge, 0.2, 6) if resp == "客户经理" else None
        det = _plus(rng, judge, 0.2, 6)
        slip = _plus(rng, det, 0.2, 20)
        prop = _plus(rng, slip, 24, 96)
        draft = _plus(rng, prop, 1, 24)
        appr = _plus(rng, draft, 1, 30)
        closed = _plus(rng, appr, 4, 72)
        cases.append({
            "no": f"JL{t0:%Y%m}-{k + 1:03d}", "t0": t0, "rec": rec, "judge": judge, "explain": explain,
            "notify": notify, "det": det, "slip": slip, "prop": prop, "draft": draft, "appr": appr, "closed": closed,
            "resp": resp, "channel": pick(rng, [("电话", 7), ("邮件", 1), ("上门", 2), ("微信", 1)]),
            "unit": "配送中心", "clerk": rng.choice(clerks), "content": rng.choice(S13_CONTENT[resp]),
            "cause": rng.choice(S13_CAUSE[resp]), "dept": rng.choice(S13_DEPT[resp]),
            "plan": rng.choice(S13_PLAN[resp]), "leader": pick(rng, [("分管副经理", 4), ("总经理", 1)]),
            "person": None, "due": None,
        })
    last = cases[-1]
    last["rec"] = _plus(rng, last["t0"], 9.5, 10.5)
    last["judge"] = None
    pending = cases[-2]
    pending.update(resp="客户经理", notify=pending["explain"] or pending["notify"], explain=None,
                   content=rng.choice(S13_CONTENT["客户经理"]), cause=rng.choice(S13_CAUSE["客户经理"]),
                   dept=rng.choice(S13_DEPT["客户经理"]), plan=rng.choice(S13_PLAN["客户经理"]),
                   prop=datetime(2025, 7, 1, 15, 0))                  # the department has not reported back yet

    used: set = {n - 2, n - 1}
    everyone = range(n - 2)

    def note(i, rule):
        if injected is not None:
            injected.append((cases[i]["no"], rule))

    # the cutoff, and what follows from it
    for c in cases:
        judge = c["judge"] if c["judge"] and c["judge"] <= CUTOFF else None
        side = c["explain"] or c["notify"]
        if judge and side > CUTOFF:             # a judged case has its explanation / due date on record the same day
            side = judge + timedelta(minutes=rng.randint(10, 30))
            if side > CUTOFF:
                judge = side = None
        if c["resp"] == "卷烟质量":
            c["explain"] = side
        else:
            c["notify"] = side
        rec, judge, det, slip, prop, draft, appr, closed = _chain(
            [c["rec"], judge, c["det"], c["slip"], c["prop"], c["draft"], c["appr"], c["closed"]])
        if draft is not None and appr is None:  # a drafted plan waits for approval only briefly: not drafted yet
            draft = None
        c.update(rec=rec, judge=judge, det=det, slip=slip, prop=prop, draft=draft, appr=appr, closed=closed)
        if judge is None:
            c["resp"] = c["explain"] = c["notify"] = None
        if det is None:
            c["cause"] = c["dept"] = None
        if draft is None:
            c["plan"] = None
        if appr is None:
            c["leader"] = None
        if c["resp"] == "客户经理":
            if closed is not None:
                k = rng.randint(1, 3)
                c["due"] = datetime.combine(closed.date() + timedelta(days=k), datetime.min.time()).replace(hour=18)
            else:
                c["due"] = max(_plus(rng, c["notify"], 24 * 5, 24 * 9), datetime(2025, 7, 2, 18, 0))
                c["due"] = c["due"].replace(hour=18, minute=0)
        if c["det"] is not None:
            c["person"] = rng.choice(staff[c["resp"]])

    # traps
    closed_am = [j for j in everyone if cases[j]["resp"] == "客户经理" and cases[j]["closed"]]
    (i,) = _take(rng, [j for j in closed_am if cases[j]["closed"].date() > cases[j]["appr"].date()], used)
    c = cases[i]
    c["due"] = datetime.combine(c["closed"].date(), datetime.min.time()).replace(hour=18)
    c["closed"] = c["due"] - timedelta(minutes=30)                                # resolved half an hour before due

    # injections
    for i in _take(rng, everyone, used, 2):
        cases[i]["rec"] = None
        note(i, "record_slip_always")
    for i in _take(rng, [j for j in closed_am if j not in used], used, 2):
        cases[i]["due"] = cases[i]["notify"] = None
        note(i, "deadline_notified")
    slack = [j for j in closed_am if j not in used and cases[j]["closed"] - cases[j]["notify"] > timedelta(days=3)]
    for i in _take(rng, slack, used, 2):
        c = cases[i]
        c["due"] = datetime.combine(c["closed"].date() - timedelta(days=rng.randint(1, 2)), datetime.min.time()) \
            .replace(hour=18)
        note(i, "resolve_by_notified_due")
    (i,) = _take(rng, [j for j in closed_am if cases[j]["closed"] < datetime(2025, 6, 15)], used)
    c = cases[i]
    c["closed"] = None
    c["due"] = datetime.combine(c["appr"].date() + timedelta(days=2), datetime.min.time()).replace(hour=18)
    note(i, "resolve_by_notified_due")
    for i in _take(rng, [j for j in everyone if cases[j]["resp"] == "卷烟质量"], used, 2):
        cases[i]["explain"] = None
        note(i, "explain_when_product_quality")
    for i in _take(rng, [j for j in everyone if cases[j]["draft"]], used, 2):
        cases[i]["appr"] = cases[i]["leader"] = None
        note(i, "plan_approved")
    (i,) = _take(rng, everyone, used)
    cases[i]["unit"] = "客户服务部"
    note(i, "step-receive")
    (i,) = _take(rng, [j for j in everyone if cases[j]["appr"]], used)
    cases[i]["leader"] = "客服主管"
    note(i, "step-approve_plan")
    for i in _take(rng, [j for j in everyone if cases[j]["resp"]], used, 2):
        c = cases[i]
        c["resp"] = "送货员"
        c["explain"] = c["notify"] = c["due"] = None
        if c["det"]:
            c["dept"] = "调度运输科"
            c["cause"] = "送货员未按约定时间送货"
        note(i, "responsibility")
    (i,) = _take(rng, [j for j in everyone if cases[j]["appr"]], used)
    c = cases[i]
    c["appr"] = max(c["draft"] - timedelta(minutes=rng.randint(40, 300)), c["prop"] + timedelta(minutes=10))
    note(i, "draft_plan-approve_plan")
    (i,) = _take(rng, [j for j in everyone if cases[j]["slip"]], used)
    c = cases[i]
    c["slip"] = c["det"] - timedelta(minutes=rng.randint(5, 25))
    note(i, "determine_department-send_handling_slip")
    (i,) = _take(rng, [j for j in everyone if cases[j]["det"]], used)
    cases[i]["cause"] = None
    note(i, "cause_determined")
    i, j = sorted(_take(rng, everyone, used, 2))
    cases[j]["no"] = cases[i]["no"]
    note(j, "case_number")

    rows = []
    for c, shop in zip(cases, shops):
        if c["closed"]:
            status = "已解决"
        elif c["appr"]:
            status = "处理中"
        elif c["draft"]:
            status = "待审核"
        elif c["judge"]:
            status = "调查中"
        else:
            status = "已登记"
        rows.append({
            "记录单号": c["no"], "受理时间": _slash(c["t0"]), "投诉方式": c["channel"], "受理单位": c["unit"],
            "零售户名称": shop, "客户编码": f"3301{rng.randint(10 ** 7, 10 ** 8 - 1)}", "联系电话": mobile(rng),
            "投诉事项": c["content"], "受理人": c["clerk"], "登记时间": _slash(c["rec"]),
            "责任判断": c["resp"] or "", "判定时间": _slash(c["judge"]), "责任部门": c["dept"] or "",
            "责任人": c["person"] or "",
            "原因分析": c["cause"] or "", "初判时间": _slash(c["det"]), "处理单下发时间": _slash(c["slip"]),
            "调查结果反馈时间": _slash(c["prop"]), "处理方案": c["plan"] or "", "方案拟定时间": _slash(c["draft"]),
            "审核领导": c["leader"] or "", "审核时间": _slash(c["appr"]), "退换货时间": _slash(c["explain"]),
            "通知客户时间": _slash(c["notify"]), "承诺解决期限": _slash(c["due"]), "解决时间": _slash(c["closed"]),
            "状态": status,
        })

    roles = {"配送中心": "distribution_center", "客户服务部": "customer_service", "分管副经理": "leader", "总经理": "leader",
             "客服主管": "cs_supervisor"}
    roles.update({k: "complaint_receiver" for k in clerks})
    hand = {
        "procedure": "s13-distribution-complaint-handling",
        "columns": {
            "记录单号": "case_number", "受理时间": "receive_at", "投诉方式": "channel", "受理单位": "receive_by",
            "投诉事项": "content", "受理人": "record_by", "登记时间": "record_at", "责任判断": "responsibility",
            "判定时间": "judge_responsibility_at", "责任部门": "responsible_department", "原因分析": "cause",
            "初判时间": "determine_department_at", "处理单下发时间": "send_handling_slip_at",
            "调查结果反馈时间": "propose_result_at", "处理方案": "measures", "方案拟定时间": "draft_plan_at",
            "审核领导": "approve_plan_by", "审核时间": "approve_plan_at", "退换货时间": "explain_replace_at",
            "通知客户时间": "notify_deadline_at", "承诺解决期限": "resolution_due_at", "解决时间": "closed_at",
        },
        "values": {
            "channel": {"电话": "unnamed_first", "邮件": "email", "上门": "onsite", "微信": "other"},
            "responsibility": {"卷烟质量": "product_quality", "客户经理": "account_manager"},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("252-s11-appliance-chain-oa-tickets.xlsx", "xlsx", e252_s11_appliance_chain_oa_tickets),
    ("253-s13-tobacco-distribution-cs-system.csv", "gb18030", e253_s13_tobacco_distribution_cs_system),
]
