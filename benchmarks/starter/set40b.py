"""Starter-profile benchmark exports 234-235 (set 40b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 234 235    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, workday, slash


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened
AS_OF = datetime(2025, 7, 1)            # the audits run as of 1 July 2025, 00:00


def _workday_between(rng, lo, hi):
    while True:
        d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
        if workday(d):
            return d


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _mins(rng, t, lo, hi):
    return t + timedelta(minutes=rng.randint(lo, hi))


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=19):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def _days(rng, t, lo_d, hi_d, lo_h=8.5, hi_h=17.5):
    """A time on the day lo_d..hi_d days after t, inside office hours."""
    d = t.date() + timedelta(days=rng.randint(lo_d, hi_d))
    return _at(rng, d, lo_h, hi_h)


def _month_after(d):
    """The day one month after d (the same day of the next month, or its last day)."""
    y, m = (d.year, d.month + 1) if d.month < 12 else (d.year + 1, 1)
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue


def _midnight(d):
    return datetime(d.year, d.month, d.day)


def _overdue_open(start, end, kind):
    """True when a deadline from `start` is still open at AS_OF and already due (the export would show it late)."""
    if start is None or end is not None:
        return False
    if kind == "hour":
        return AS_OF > start + timedelta(hours=1)
    if kind == "week":
        due = _midnight(start.date() + timedelta(days=8))
    elif kind == "month":
        due = _midnight(_month_after(start.date()) + timedelta(days=1))
    else:   # same month
        nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        due = _midnight(nxt)
    return AS_OF >= due


# ----------------------------------------------------------------------------------------------------------------
# 234  S35: an auto-parts maker's QMS complaint ledger (XLSX)
# ----------------------------------------------------------------------------------------------------------------

S35_BU = {   # 事业部 -> (分厂, products)
    "制动事业部": ("一分厂", ["制动卡钳 BC-2217", "制动卡钳 BC-3105", "制动盘 BD-4410", "制动盘 BD-4520"]),
    "转向事业部": ("二分厂", ["转向横拉杆 TR-118", "转向节 SK-620", "转向节 SK-645"]),
    "总成事业部": ("三分厂", ["前桥总成 FA-09", "轮毂单元 HU-330", "后桥总成 RA-12"]),
}
S35_PROBLEMS = ["活塞回位不良", "端面跳动超差", "球头异响", "螺纹孔滑牙", "涂层附着力不足", "漏装垫片", "盐雾试验锈蚀",
                "安装孔位尺寸超差", "包装破损致磕碰", "异物卡滞", "铸件气孔渗漏", "防尘罩脱落"]
S35_DOMESTIC = ["柳州锐捷汽车", "合肥恒驰汽车", "襄阳东平汽车", "重庆长锐汽车", "芜湖科德底盘"]
S35_OVERSEAS = ["Kraus Fahrzeugteile GmbH", "Delano Parts Inc.", "AutoNova s.r.o.", "MK Automotriz S.A."]


def e234_s35_autoparts_qms_complaints(rng, injected=None):
    """宁波一家汽车零部件企业（制动、转向、总成三个事业部，内外销）的 QMS“客诉管理”模块导出，XLSX，工作表“导出”，
    日期是日期单元格（到分钟；费用发生、提报、罚款单只记日期）。44 个客诉单，2025 年 1 月初至 6 月中旬接到。

    读制度 YAML 之前写下的表头：客诉单号、信息接收时间、反馈渠道、客户名称、产品型号、生产批次、产品状态、问题类别、
    问题描述、责任事业部、牵头分析、分厂公示时间、CAPA批准时间、措施公示时间、措施实施时间、一次验证时间、一次验证公示、
    二次验证时间、二次验证公示、三次验证时间、三次验证公示、客户二次投诉时间、二次投诉公示时间、协调费用(元)、
    费用发生日期、费用提报日期、状态。

    读过制度 YAML 后补的列：总监审核时间、品质部收到批复时间（措施公示1小时的起算点）、一验评审纪要、二验评审纪要、
    三验评审纪要、验证关闭时间、验证人、验证数量、整改效果、培训日期、培训记录归档日期、客户二次投诉（是/否，
    条件列）、批量报废、应急方案会签时间、应急方案批准时间、外贸回复客户时间、VMI挑选回复时间、客户罚款(元)、
    罚款票据、罚款单日期、费用附件。

    自己的说法：产品状态“新品开发/小批试产/量产”（制度：新品/新品前三批/成熟批量产品），问题类别“批量/零星”，
    牵头分析记岗位“技术部经理/质量总监/品质部部长”，罚款票据“已提供/未提供”。

    注入的违规（按规则 id 计数，共 19）：post_event_1h 3、post_measures_1h 2、first_verification_within_1_week 2
    （一件验证晚了，一件措施实施后一直没验证）、second_verification_within_1_month 1、post_verify_2_1h 1、
    new_product_to_technical_manager 1、mature_batch_to_quality_director 1、director_review_new_product 1、
    gm_approve-implement 1（措施先实施、后批准）、review_record_after_verify_2 1、cost_feedback_same_month 1、
    fine_slip_required 1、emergency_approval_required 1、product_stage 1（“待确认”）、case_number 1（重号）。

    陷阱：分厂公示恰在接收后 60 分钟；首次验证在实施后第 7 天下午；二次验证恰在一次验证的次月同日；
    费用在月末最后一天发生、当天提报；量产批量问题由质量总监牵头、没有“总监审核”（不需要）；
    6 月接到、尚在验证中或尚未到期的在办单；罚款票据已提供的不需罚款单。
    """
    inj = injected if injected is not None else []
    taken: set = set()
    verifiers = distinct_names(rng, 4, taken)
    n = 44

    # --- the cases' fixed attributes, in order of receipt ---
    starts = sorted(_at(rng, _workday_between(rng, date(2025, 1, 6), date(2025, 6, 18)), 8.0, 17.5)
                    for _ in range(n))
    cases = []
    for i, t0 in enumerate(starts):
        bu = rng.choice(list(S35_BU))
        plant, products = S35_BU[bu]
        overseas = rng.random() < 0.4
        stage = pick(rng, [("new", 2), ("new3", 3), ("mature", 8)])
        batch = rng.random() < 0.4
        c = {
            "no": f"KS{t0:%y%m}-{i + 1:03d}",
            "t0": t0, "bu": bu, "plant": plant, "product": rng.choice(products),
            "customer": rng.choice(S35_OVERSEAS if overseas else S35_DOMESTIC),
            "channel": "外贸部" if overseas else "市场部",
            "stage": stage, "batch": batch, "scrap": False, "refeedback": False,
            "cost": None, "fine": None, "receipt": None,
            "flags": set(),
        }
        cases.append(c)

    # --- which case carries which violation (cases received early enough for the step to have happened) ---
    def early(limit, cond=lambda c: True, exclude=()):
        return [k for k, c in enumerate(cases) if c["t0"] < limit and cond(c) and k not in exclude]

    used: set = set()

    def choose(pool, k=1):
        got = rng.sample([p for p in pool if p not in used], k)
        used.update(got)
        return got

    for k in choose(early(datetime(2025, 6, 18)), 3):
        cases[k]["flags"].add("post_event_1h")
    for k in choose(early(datetime(2025, 5, 20)), 2):
        cases[k]["flags"].add("post_measures_1h")
    for k in choose(early(datetime(2025, 5, 1)), 1):
        cases[k]["flags"].add("first_verification_within_1_week")
    for k in choose(early(datetime(2025, 4, 1)), 1):
        cases[k]["flags"].add("second_verification_within_1_month")
    for k in choose(early(datetime(2025, 4, 20)), 1):
        cases[k]["flags"].add("post_verify_2_1h")
    for k in choose(early(datetime(2025, 4, 10)), 1):
        cases[k]["flags"].add("review_record_after_verify_2")
    for k in choose(early(datetime(2025, 6, 1), lambda c: c["stage"] != "mature"), 1):
        cases[k]["flags"].add("new_product_to_technical_manager")
    for k in choose(early(datetime(2025, 6, 1), lambda c: c["stage"] == "mature" and c["batch"]), 1):
        cases[k]["flags"].add("mature_batch_to_quality_director")
    for k in choose(early(datetime(2025, 5, 25), lambda c: c["stage"] != "mature"), 1):
        cases[k]["flags"].add("director_review_new_product")
    for k in choose(early(datetime(2025, 5, 25)), 1):
        cases[k]["flags"].add("gm_approve-implement")
    for k in choose(early(datetime(2025, 5, 10)), 1):
        cases[k]["flags"].add("cost_feedback_same_month")
        cases[k]["cost"] = rng.randrange(1500, 9000, 100)
    for k in choose(early(datetime(2025, 5, 20)), 1):
        cases[k]["flags"].add("fine_slip_required")
        cases[k]["fine"], cases[k]["receipt"] = rng.randrange(2000, 20000, 500), "未提供"
    for k in choose(early(datetime(2025, 6, 1), lambda c: c["stage"] == "mature" and c["batch"]), 1):
        cases[k]["flags"].add("emergency_approval_required")
        cases[k]["scrap"] = True
    for k in choose(early(datetime(2025, 6, 10)), 1):
        cases[k]["flags"].add("product_stage")
    # a case whose measures were put in place in mid-June and never verified
    late_start = [k for k, c in enumerate(cases) if datetime(2025, 6, 3) <= c["t0"] < datetime(2025, 6, 12)
                  and k not in used]
    k_open = rng.choice(late_start)
    used.add(k_open)
    cases[k_open]["flags"].add("first_verification_within_1_week")
    cases[k_open]["flags"].add("never_verified")

    # --- the other features, on cases without a violation of the same kind ---
    for c in cases:
        if not c["flags"] & {"cost_feedback_same_month", "fine_slip_required"} and c["t0"] < datetime(2025, 6, 5) \
                and rng.random() < 0.3:
            if rng.random() < 0.7:
                c["cost"] = rng.randrange(500, 12000, 100)
            if c["cost"] is None or rng.random() < 0.35:
                c["fine"] = rng.randrange(1000, 30000, 500)
                c["receipt"] = pick(rng, [("已提供", 3), ("未提供", 2)])
        if c["stage"] == "mature" and c["batch"] and c["t0"] < datetime(2025, 6, 10) and rng.random() < 0.35:
            c["scrap"] = True
        if not c["flags"] and rng.random() < 0.2:
            c["refeedback"] = True

    # --- timelines ---
    for c in cases:
        for _attempt in range(200):
            tl = _s35_timeline(rng, c)
            if _s35_clean(tl, c):
                break
        else:
            raise RuntimeError(f"no clean timeline for {c['no']}")
        c["tl"] = tl

    # --- traps ---
    plain = [c for c in cases if not c["flags"] and c["tl"]["post_event"] is not None]
    c = rng.choice(plain)
    c["tl"]["post_event"] = c["t0"] + timedelta(minutes=60)
    week_trap = [c for c in cases if not c["flags"] and c["tl"]["verify_1"] is not None and
                 c["tl"]["verify_2"] is not None]
    c = rng.choice(week_trap)
    v1 = _at(rng, c["tl"]["implement"].date() + timedelta(days=7), 14.0, 17.5)
    shift = v1 - c["tl"]["verify_1"]
    for key in ("verify_1", "post_verify_1"):
        c["tl"][key] += shift
    month_trap = [x for x in cases if not x["flags"] and x is not c and x["tl"]["verify_2"] is not None
                  and x["tl"]["verify_3"] is not None]
    m = rng.choice(month_trap)
    v2 = _at(rng, _month_after(m["tl"]["verify_1"].date()), 9.0, 11.0)
    if v2 < m["tl"]["verify_3"] - timedelta(days=3):
        m["tl"]["post_verify_2"] = v2 + (m["tl"]["post_verify_2"] - m["tl"]["verify_2"])
        m["tl"]["verify_2"] = v2

    month_end = [x for x in cases if not x["flags"] and x["tl"]["cost_feedback"] is not None
                 and x["tl"]["cost_incurred"].month < 6]
    x = rng.choice(month_end)
    inc = x["tl"]["cost_incurred"]
    last_day = _midnight(date(inc.year, inc.month + 1, 1) - timedelta(days=1))
    x["tl"]["cost_incurred"] = x["tl"]["cost_feedback"] = last_day
    if x["tl"]["fine_slip"] is not None:
        x["tl"]["fine_slip"] = last_day

    # --- rows ---
    rows = []
    for c in cases:
        tl, f = c["tl"], c["flags"]
        stage_label = {"new": "新品开发", "new3": "小批试产", "mature": "量产"}[c["stage"]]
        if "product_stage" in f:
            stage_label = "待确认"
        if c["stage"] in ("new", "new3"):
            lead = "技术部经理"
        elif c["batch"]:
            lead = "质量总监"
        else:
            lead = "品质部部长"
        if "new_product_to_technical_manager" in f:
            lead = rng.choice(["品质部部长", "质量总监"])
        if "mature_batch_to_quality_director" in f:
            lead = "品质部部长"
        effective = tl["effective"]
        if tl["training"] is not None:
            status = "已关闭"
        elif tl["verify_1"] is not None:
            status = "验证中"
        elif tl["implement"] is not None:
            status = "措施实施"
        elif tl["gm_approve"] is not None:
            status = "措施批准"
        else:
            status = "分析中"
        rows.append({
            "客诉单号": c["no"],
            "信息接收时间": tl["receive"],
            "反馈渠道": c["channel"],
            "客户名称": c["customer"],
            "产品型号": c["product"],
            "生产批次": f"{c['t0'] - timedelta(days=rng.randint(20, 90)):%y%m%d}-{rng.randint(1, 4)}",
            "产品状态": stage_label,
            "问题类别": "批量" if c["batch"] else "零星",
            "问题描述": rng.choice(S35_PROBLEMS),
            "责任事业部": c["bu"],
            "牵头分析": lead,
            "分厂公示时间": tl["post_event"],
            "总监审核时间": tl["director_review"],
            "CAPA批准时间": tl["gm_approve"],
            "品质部收到批复时间": tl["receive_report"],
            "措施公示时间": tl["post_measures"],
            "措施实施时间": tl["implement"],
            "一次验证时间": tl["verify_1"],
            "一次验证公示": tl["post_verify_1"],
            "一验评审纪要": f"PSR-{c['no'][2:]}-1" if tl["verify_1"] else None,
            "二次验证时间": tl["verify_2"],
            "二次验证公示": tl["post_verify_2"],
            "二验评审纪要": (f"PSR-{c['no'][2:]}-2" if tl["verify_2"] and "review_record_after_verify_2" not in f
                           else None),
            "三次验证时间": tl["verify_3"],
            "三次验证公示": tl["post_verify_3"],
            "三验评审纪要": f"PSR-{c['no'][2:]}-3" if tl["verify_3"] else None,
            "验证关闭时间": effective,
            "验证人": rng.choice(verifiers) if effective else None,
            "验证数量": rng.choice([200, 300, 500, 800, 1000, 1200]) if effective else None,
            "整改效果": pick(rng, [("连续三批未再发生", 3), ("未再发生，效果良好", 2), ("客户端确认改善", 1)])
            if effective else None,
            "培训日期": tl["training"],
            "培训记录归档日期": tl["filed"],
            "客户二次投诉": "是" if tl["refeedback"] else "否",
            "客户二次投诉时间": tl["refeedback"],
            "二次投诉公示时间": tl["post_refeedback"],
            "批量报废": "是" if c["scrap"] else "否",
            "应急方案会签时间": tl["em_plan"],
            "应急方案批准时间": tl["em_approve"],
            "外贸回复客户时间": tl["em_reply"],
            "VMI挑选回复时间": tl["em_vmi"],
            "协调费用(元)": c["cost"],
            "客户罚款(元)": c["fine"],
            "费用发生日期": tl["cost_incurred"],
            "罚款票据": c["receipt"],
            "罚款单日期": tl["fine_slip"],
            "费用提报日期": tl["cost_feedback"],
            "费用附件": "问题信息、处理结果、协调费用使用明细" if c["cost"] is not None else None,
            "状态": status,
        })
        for rule in sorted(f - {"never_verified"}):
            inj.append((c["no"], rule))

    # a second ledger line keyed in under an existing number (the duplicate)
    dup_src = rng.choice([r for r, c in zip(rows, cases) if not c["flags"]])
    victim = rng.choice([k for k, (r, c) in enumerate(zip(rows, cases)) if not c["flags"] and r is not dup_src])
    rows[victim]["客诉单号"] = dup_src["客诉单号"]
    inj.append((dup_src["客诉单号"], "case_number"))

    hand = {
        "procedure": "s35-product-quality-complaint-flow",
        "sheet": "导出",
        "columns": {
            "客诉单号": "case_number",
            "信息接收时间": "receive_feedback_at",
            "产品型号": "product",
            "产品状态": "product_stage",
            "问题类别": "batch_issue",
            "牵头分析": "analyse_by",
            "分厂公示时间": "post_event_at",
            "总监审核时间": "director_review_at",
            "CAPA批准时间": "gm_approve_at",
            "品质部收到批复时间": "receive_approved_report_at",
            "措施公示时间": "post_measures_at",
            "措施实施时间": "implement_at",
            "一次验证时间": "verify_1_at",
            "一次验证公示": "post_verify_1_at",
            "一验评审纪要": "review_record_1",
            "二次验证时间": "verify_2_at",
            "二次验证公示": "post_verify_2_at",
            "二验评审纪要": "review_record_2",
            "三次验证时间": "verify_3_at",
            "三次验证公示": "post_verify_3_at",
            "三验评审纪要": "review_record_3",
            "验证关闭时间": "verification_effective_at",
            "验证人": "verifier",
            "验证数量": "verified_quantity",
            "整改效果": "improvement_effect",
            "培训日期": "training_at",
            "培训记录归档日期": "training_record_filed_at",
            "客户二次投诉": "customer_refeedback",
            "客户二次投诉时间": "refeedback_at",
            "二次投诉公示时间": "post_refeedback_at",
            "批量报废": "batch_scrap",
            "应急方案会签时间": "emergency_plan_at",
            "应急方案批准时间": "emergency_approve_at",
            "外贸回复客户时间": "emergency_reply_at",
            "VMI挑选回复时间": "vmi_select_at",
            "协调费用(元)": "coordination_cost",
            "客户罚款(元)": "customer_fine",
            "费用发生日期": "cost_incurred_at",
            "罚款票据": "fine_receipt_provided",
            "罚款单日期": "fine_slip_at",
            "费用提报日期": "cost_feedback_at",
            "费用附件": "cost_attachment",
        },
        "values": {
            "product_stage": {"新品开发": "new", "小批试产": "new_first_three_batches", "量产": "mature"},
            "batch_issue": {"批量": "yes", "零星": "no"},
            "batch_scrap": {"是": "yes", "否": "no"},
            "customer_refeedback": {"是": "yes", "否": "no"},
            "fine_receipt_provided": {"已提供": "yes", "未提供": "no"},
        },
        "roles": {"技术部经理": "technical_manager", "质量总监": "quality_director", "品质部部长": "quality_manager"},
    }
    return rows, hand


def _s35_timeline(rng, c):
    f = c["flags"]
    t0 = c["t0"]
    tl = dict.fromkeys(["receive", "post_event", "director_review", "gm_approve", "receive_report", "post_measures",
                        "implement", "verify_1", "post_verify_1", "verify_2", "post_verify_2", "verify_3",
                        "post_verify_3", "effective", "training", "filed", "refeedback", "post_refeedback",
                        "em_plan", "em_approve", "em_reply", "em_vmi", "cost_incurred", "fine_slip",
                        "cost_feedback"])
    tl["receive"] = t0
    tl["post_event"] = _mins(rng, t0, 75, 1100) if "post_event_1h" in f else _mins(rng, t0, 8, 57)
    needs_review = c["stage"] != "mature" or not c["batch"]
    if needs_review:
        review = _plus(rng, t0, 26, 96)
        gm = _plus(rng, review, 3, 50)
        if "director_review_new_product" not in f:
            tl["director_review"] = review
    else:
        review = t0
        gm = _plus(rng, t0, 40, 120)
    tl["gm_approve"] = gm
    tl["receive_report"] = _mins(rng, gm, 15, 240)
    tl["post_measures"] = (_mins(rng, tl["receive_report"], 70, 900) if "post_measures_1h" in f
                           else _mins(rng, tl["receive_report"], 6, 55))
    if "gm_approve-implement" in f:
        tl["implement"] = (review + (gm - review) / 2).replace(second=0, microsecond=0)
    else:
        tl["implement"] = _plus(rng, gm, 16, 60)
    impl = tl["implement"]
    if "never_verified" not in f:
        if "first_verification_within_1_week" in f:
            tl["verify_1"] = _days(rng, impl, 9, 13)
        else:
            tl["verify_1"] = _days(rng, impl, 2, 6)
        tl["post_verify_1"] = _mins(rng, tl["verify_1"], 10, 55)
        gap2 = (33, 42) if "second_verification_within_1_month" in f else (16, 27)
        tl["verify_2"] = _days(rng, tl["verify_1"], *gap2)
        tl["post_verify_2"] = (_mins(rng, tl["verify_2"], 80, 400) if "post_verify_2_1h" in f
                               else _mins(rng, tl["verify_2"], 10, 55))
        tl["verify_3"] = _days(rng, tl["verify_2"], 16, 27)
        tl["post_verify_3"] = _mins(rng, tl["verify_3"], 10, 55)
        tl["effective"] = _plus(rng, tl["verify_3"], 2, 40)
        tl["training"] = _days(rng, tl["effective"], 2, 7)
        tl["filed"] = _days(rng, tl["training"], 1, 4)
        if c["refeedback"]:
            tl["refeedback"] = _at(rng, _workday_between(rng, tl["verify_1"].date() + timedelta(days=2),
                                                         tl["verify_1"].date() + timedelta(days=14)), 8.5, 17.0)
            tl["post_refeedback"] = _mins(rng, tl["refeedback"], 8, 55)
    if c["scrap"]:
        tl["em_plan"] = _plus(rng, t0, 3, 20)
        approve = _plus(rng, tl["em_plan"], 2, 20)
        if "emergency_approval_required" not in f:
            tl["em_approve"] = approve
        tl["em_reply"] = _mins(rng, approve, 40, 360)
        tl["em_vmi"] = _plus(rng, tl["em_reply"], 4, 30)
    if c["cost"] is not None or c["fine"] is not None:
        inc = t0.date() + timedelta(days=rng.randint(1, 12))
        nxt = date(inc.year + (inc.month == 12), inc.month % 12 + 1, 1)
        if "cost_feedback_same_month" in f:
            fb = nxt + timedelta(days=rng.randint(2, 12))
        else:
            fb = inc + timedelta(days=rng.randint(0, min(8, (nxt - inc).days - 1)))
        tl["cost_incurred"], tl["cost_feedback"] = _midnight(inc), _midnight(fb)
        if c["receipt"] == "未提供" and "fine_slip_required" not in f:
            tl["fine_slip"] = _midnight(fb - timedelta(days=rng.randint(0, min(2, (fb - inc).days))))
    for k, v in tl.items():
        if v is not None and v > CUTOFF:
            tl[k] = None
    return tl


def _s35_clean(tl, c):
    """No deadline the case keeps may stand open and already due, and no step may be left without its follow-up."""
    f = c["flags"]
    checks = [("receive", "post_event", "hour", "post_event_1h"),
              ("receive_report", "post_measures", "hour", "post_measures_1h"),
              ("implement", "verify_1", "week", "first_verification_within_1_week"),
              ("verify_1", "post_verify_1", "hour", None), ("verify_2", "post_verify_2", "hour", None),
              ("verify_3", "post_verify_3", "hour", None), ("refeedback", "post_refeedback", "hour", None),
              ("verify_1", "verify_2", "month", None), ("verify_2", "verify_3", "month", None),
              ("cost_incurred", "cost_feedback", "same", None)]
    for start, end, kind, rule in checks:
        if rule in f:
            continue
        if _overdue_open(tl[start], tl[end], kind):
            return False
    # steps without a time limit whose follow-up is required once they are done
    for before, after in [("gm_approve", "receive_report"), ("effective", "training"), ("training", "filed"),
                          ("em_approve", "em_reply"), ("em_reply", "em_vmi")]:
        if tl[before] is not None and tl[after] is None:
            return False
    # every violation planned must be visible before the cutoff
    need = {"post_event_1h": "post_event", "post_measures_1h": "post_measures", "post_verify_2_1h": "post_verify_2",
            "second_verification_within_1_month": "verify_2", "review_record_after_verify_2": "verify_2",
            "director_review_new_product": "gm_approve", "gm_approve-implement": "gm_approve",
            "cost_feedback_same_month": "cost_feedback", "fine_slip_required": "cost_feedback",
            "emergency_approval_required": "em_reply", "new_product_to_technical_manager": "receive",
            "mature_batch_to_quality_director": "receive"}
    for rule, key in need.items():
        if rule in f and tl[key] is None:
            return False
    if "first_verification_within_1_week" in f and "never_verified" not in f and tl["verify_1"] is None:
        return False
    if "never_verified" in f and (tl["implement"] is None or not _overdue_open(tl["implement"], None, "week")):
        return False
    return True


# ----------------------------------------------------------------------------------------------------------------
# 235  S37: Xiamen construction-quality complaint desk register (CSV, GB18030)
# ----------------------------------------------------------------------------------------------------------------

S37_PROJECTS = ["集美区杏林湾公寓二期", "湖里区金山花园", "海沧区海晟维多利亚三期", "思明区莲前安置房B地块",
                "翔安区马巷保障房一期", "同安区银湖名苑", "集美区后溪新城7号地块", "湖里区高林居住区A区",
                "海沧区新阳佳园", "思明区前埔北区保障房"]
S37_DEFECTS = ["卫生间渗漏", "外墙渗水", "楼板开裂", "窗台渗水", "墙体空鼓开裂", "屋面防水失效", "地下室渗漏",
               "楼梯间墙面裂缝", "阳台栏杆松动", "给排水管道渗漏", "地面沉降开裂"]
S37_RELATIONS = [("本人", 10), ("配偶", 3), ("子女", 2), ("父母", 2), ("租户", 1)]
S37_CHANNELS = [("来访", 6), ("来电", 6), ("来信", 2), ("电子邮件", 2), ("传真", 1)]
S37_SECTIONS = ["监督一科", "监督二科", "监督三科"]
# reasons to advise another route: (condition key, value in the register, reason written down)
S37_REFER = [
    ("remedy", "要求赔偿", "要求经济赔偿，建议通过民事途径解决"),
    ("remedy", "要求退房", "要求退房，建议通过民事仲裁或诉讼解决"),
    ("remedy", "要求换房", "要求换房，建议与开发商协商或仲裁"),
    ("agree", "不同意", "不同意施工单位整改，建议另循途径"),
    ("decoration", "是", "系业主二次装修造成，不属受理范围"),
    ("acceptance", "未验收即交付", "工程未经竣工验收交付使用，建议向执法部门反映"),
    ("warranty", "已过保修期", "已超过保修期限，建议另循途径"),
    ("warranty", "不属保修范围", "不属保修范围，建议另循途径"),
    ("defect", "非质量问题", "系物业管理问题，非工程质量缺陷"),
    ("litigation", "已起诉", "已进入诉讼程序，建议等待法院处理"),
]


def e235_s37_xiamen_quality_desk_register(rng, injected=None):
    """厦门市建设工程质量安全监督站质量投诉分中心受理窗口的“投诉登记簿”（办公 OA 导出），CSV，GB18030 编码，
    时间写作“2025/3/4 9:05”。48 件来件，2025 年 1 月初至 6 月下旬。值班人按监督科室轮流值班，记人名；
    受理意见一列写“受理”或“告知其他途径”，同一行的“受理意见时间”是该意见的时间（用 outcomes 分给 record / refer_elsewhere）。

    读制度 YAML 之前写下的表头：登记编号、来件日期、来件方式、投诉人、联系电话、工程报建名称、房号、与产权人关系、
    投诉事项摘要、值班科室、值班人、受理意见、不予受理原因、报主办人日期、主办人、办理状态、办结日期。

    读过制度 YAML 后补的列：受理意见时间（记录/告知的时间）、诉求、同意整改、二次装修、竣工验收、保修情况、缺陷性质、
    诉讼情况（第三条六种情形的条件列）。

    自己的说法：诉求“要求维修/要求整改/要求赔偿/要求换房/要求退房”，竣工验收“已验收/未验收即交付/验收不合格交付”，
    保修情况“保修期内/已过保修期/不属保修范围”，缺陷性质“质量缺陷/非质量问题”，诉讼情况“无/已起诉”。

    注入的违规（按规则 id 计数，共 16）：compensation_or_exchange 1、secondary_decoration_defect 1、outside_warranty 1、
    in_litigation 1（这四件都作为受理件登记，所以另各有 advised_other_routes 1，共 4）、in_scope_recorded 1（来件后
    没有受理意见）、report_to_case_officer 1、record_contact 1、record_house 1、step-receive 1（主办人自己接了来电，
    没有经值班人）、record-report 1（先报主办人、后补登记）、channel 1（“微信”）、case_number 1（重号）。

    陷阱：告知其他途径的来件没有房号、与产权人关系（只对受理件要求）；要求退房而已告知其他途径的；在保修期内、
    要求维修的受理件；6 月 27 日来件、6 月 30 日上午报主办人的；周六来访、当天受理登记的（值班，无工作日时限）；
    4 月 27 日（星期日，调休上班日）来信的。
    """
    inj = injected if injected is not None else []
    taken: set = set()
    complainants = distinct_names(rng, 48, taken)
    duty = distinct_names(rng, 6, taken)
    officers = distinct_names(rng, 3, taken)
    duty_section = {name: S37_SECTIONS[k % 3] for k, name in enumerate(duty)}
    n = 48

    def day():
        d = date(2025, 1, 6) + timedelta(days=rng.randint(0, 172))
        return d if workday(d) or rng.random() < 0.15 else day()

    starts = sorted(_at(rng, day(), 8.5, 17.3) for _ in range(n))
    cases = []
    for i, t0 in enumerate(starts):
        cases.append({"no": f"ZL{t0:%Y}-{i + 1:04d}", "t0": t0, "flags": set(), "refer": None})

    used: set = set()

    def choose(cond=lambda c: True, k=1):
        got = rng.sample([j for j, c in enumerate(cases) if j not in used and cond(c)], k)
        used.update(got)
        return got

    before_june = lambda c: c["t0"] < datetime(2025, 6, 20)   # noqa: E731
    for rule in ["compensation_or_exchange", "secondary_decoration_defect", "outside_warranty", "in_litigation",
                 "in_scope_recorded", "report_to_case_officer", "record_contact", "record_house", "step-receive",
                 "record-report", "channel"]:
        for j in choose(before_june):
            cases[j]["flags"].add(rule)
    # cases advised another route, among the rest
    for j in choose(before_june, 11):
        cases[j]["refer"] = rng.choice(S37_REFER)
    # trap: the last case, received on 27 June, recorded that day and reported on the morning of the 30th
    last = cases[-1]
    if not last["flags"] and last["refer"] is None:
        last["t0"] = _at(rng, date(2025, 6, 27), 9.0, 16.0)
        last["report_trap"] = True
    # trap: a Saturday walk-in taken by the duty officer (no working-day clock in these rules)
    mondays = [c for c in cases if not c["flags"] and c["refer"] is None and not c.get("report_trap")
               and c["t0"].weekday() == 0 and not workday(c["t0"].date() - timedelta(days=2))]
    sat = rng.choice(mondays)
    sat["t0"] = _at(rng, sat["t0"].date() - timedelta(days=2), 9.0, 11.5)
    sat["walk_in"] = True

    rows = []
    for c in cases:
        f, t0 = c["flags"], c["t0"]
        name = complainants.pop()
        project = rng.choice(S37_PROJECTS)
        cond = {"remedy": pick(rng, [("要求维修", 3), ("要求整改", 2)]), "agree": "同意", "decoration": "否",
                "acceptance": "已验收", "warranty": "保修期内", "defect": "质量缺陷", "litigation": "无"}
        reason = ""
        if c["refer"]:
            key, value, reason = c["refer"]
            cond[key] = value
            if key == "remedy":
                cond["agree"] = ""
        if "compensation_or_exchange" in f:
            cond["remedy"], cond["agree"] = "要求赔偿", ""
        if "secondary_decoration_defect" in f:
            cond["decoration"] = "是"
        if "outside_warranty" in f:
            cond["warranty"] = "已过保修期"
        if "in_litigation" in f:
            cond["litigation"] = "已起诉"
        on_duty = rng.choice(duty)
        receiver = rng.choice(officers) if "step-receive" in f else on_duty
        channel = "来访" if c.get("walk_in") else pick(rng, S37_CHANNELS)
        if "channel" in f:
            channel = "微信"
        opinion_at = _mins(rng, t0, 5, 40)
        if c["refer"]:
            opinion, report, officer = "告知其他途径", None, ""
            status, closed = "已告知", None
        elif "in_scope_recorded" in f:
            opinion, opinion_at, report, officer = "", None, None, ""
            status, closed = "待登记", None
        else:
            opinion = "受理"
            officer = rng.choice(officers)
            if c.get("report_trap"):
                report = _at(rng, date(2025, 6, 30), 8.5, 11.5)
            else:
                report = _plus(rng, opinion_at, 0.5, 26)
            if "record-report" in f:
                report = _mins(rng, t0, 10, 50)
                opinion_at = _plus(rng, t0, 18, 30)
            if "report_to_case_officer" in f:
                report, officer = None, ""
            closed = _days(rng, report or opinion_at, 12, 45)
            if closed > CUTOFF:
                closed, status = None, "办理中"
            else:
                status = "已办结"
        referred = c["refer"] is not None
        rows.append({
            "登记编号": c["no"],
            "来件日期": slash(t0),
            "来件方式": channel,
            "投诉人": name,
            "联系电话": "" if "record_contact" in f else mobile(rng),
            "工程报建名称": project,
            "房号": "" if "record_house" in f or (referred and rng.random() < 0.5)
            else f"{rng.randint(1, 18)}号楼{rng.randint(2, 32)}{rng.randint(1, 4):02d}室",
            "与产权人关系": "" if referred and rng.random() < 0.4 else pick(rng, S37_RELATIONS),
            "投诉事项摘要": rng.choice(S37_DEFECTS),
            "诉求": cond["remedy"],
            "同意整改": cond["agree"],
            "二次装修": cond["decoration"],
            "竣工验收": cond["acceptance"],
            "保修情况": cond["warranty"],
            "缺陷性质": cond["defect"],
            "诉讼情况": cond["litigation"],
            "值班科室": duty_section[on_duty],
            "值班人": receiver,
            "受理意见": opinion,
            "受理意见时间": slash(opinion_at) if opinion_at else "",
            "不予受理原因": reason,
            "报主办人日期": slash(report) if report else "",
            "主办人": officer,
            "办理状态": status,
            "办结日期": slash(closed) if closed else "",
        })
        for rule in sorted(f):
            inj.append((c["no"], rule))
        if f & {"compensation_or_exchange", "secondary_decoration_defect", "outside_warranty", "in_litigation"}:
            inj.append((c["no"], "advised_other_routes"))

    # a second register line keyed in under an existing number (the duplicate)
    clean = [k for k, c in enumerate(cases) if not c["flags"] and not c.get("report_trap")]
    src, victim = rng.sample(clean, 2)
    rows[victim]["登记编号"] = rows[src]["登记编号"]
    inj.append((rows[src]["登记编号"], "case_number"))

    hand = {
        "procedure": "s37-xiamen-construction-quality-complaints",
        "encoding": "gb18030",
        "columns": {
            "登记编号": "case_number",
            "来件日期": "receive_at",
            "来件方式": "channel",
            "投诉人": "complainant",
            "联系电话": "contact_phone",
            "工程报建名称": "project_name",
            "房号": "address",
            "与产权人关系": "relation_to_owner",
            "诉求": "demanded_remedy",
            "同意整改": "accepts_rectification",
            "二次装修": "secondary_decoration",
            "竣工验收": "delivered_without_acceptance",
            "保修情况": "within_warranty",
            "缺陷性质": "is_quality_defect",
            "诉讼情况": "in_litigation",
            "值班人": "receive_by",
            "报主办人日期": "report_at",
        },
        "values": {
            "channel": {"来访": "visit", "来电": "phone", "来信": "letter", "电子邮件": "email", "传真": "fax"},
            "demanded_remedy": {"要求维修": "rectification", "要求整改": "rectification", "要求赔偿": "compensation",
                                "要求换房": "exchange_house", "要求退房": "return_house"},
            "accepts_rectification": {"同意": "yes", "不同意": "no"},
            "secondary_decoration": {"是": "yes", "否": "no"},
            "delivered_without_acceptance": {"已验收": "no", "未验收即交付": "yes", "验收不合格交付": "yes"},
            "within_warranty": {"保修期内": "yes", "已过保修期": "no", "不属保修范围": "no"},
            "is_quality_defect": {"质量缺陷": "yes", "非质量问题": "no"},
            "in_litigation": {"无": "no", "已起诉": "yes"},
        },
        "roles": {**{p: "duty_officer" for p in duty}, **{p: "case_officer" for p in officers}},
        "outcomes": {
            "受理意见": {"date": "受理意见时间", "steps": {"受理": "record", "告知其他途径": "refer_elsewhere"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("234-s35-autoparts-qms-complaints.xlsx", "xlsx", e234_s35_autoparts_qms_complaints),
    ("235-s37-xiamen-quality-desk-register.csv", "gb18030", e235_s37_xiamen_quality_desk_register),
]
