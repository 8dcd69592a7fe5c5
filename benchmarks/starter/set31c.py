"""Starter-profile benchmark exports 182-183 (set 31c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 182 183    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _day(rng, lo=date(2025, 1, 6), hi=date(2025, 6, 20)):
    d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
    while not workday(d):
        d += timedelta(days=1)
    return d


def _at(rng, d, lo_h, hi_h):
    """A whole-minute time on day d between lo_h and hi_h o'clock."""
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus_min(rng, t, lo, hi):
    return t + timedelta(minutes=rng.randint(lo, hi))


def _plus_days(rng, t, lo, hi, lo_h=8.5, hi_h=16.5):
    """A working-hours time lo..hi days after t (moved on to the next working day)."""
    d = t.date() + timedelta(days=rng.randint(lo, hi))
    while not workday(d):
        d += timedelta(days=1)
    return _at(rng, d, lo_h, hi_h)


def _slash(t):
    return "" if t is None else f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"


def _slash_date(d):
    return "" if d is None else f"{d.year}/{d.month}/{d.day}"


def _office(t):
    """An ERP time stamp outside office hours (8-18 on a working day) moves to the next working morning."""
    if 8 <= t.hour < 18 and workday(t.date()):
        return t
    d = t.date() + timedelta(days=0 if t.hour < 8 else 1)
    while not workday(d):
        d += timedelta(days=1)
    return datetime(d.year, d.month, d.day, 8, 30) + timedelta(minutes=t.minute % 20)


def _month_end(d):
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


# --- 182: S35, an auto-parts exporter's 品质部《客户质量投诉跟踪台账》 (Excel register saved as CSV, GBK) ----------

_S35_PRODUCTS = [
    ("BZ3502-010", "制动总成", "制动器事业部", "制动一分厂"),
    ("BZ3501-075", "制动盘", "制动器事业部", "制动二分厂"),
    ("ZX3003-220", "转向横拉杆总成", "转向事业部", "转向分厂"),
    ("ZX3401-015", "转向器支架", "转向事业部", "转向分厂"),
    ("LH1601-100", "离合器压盘总成", "总成事业部", "总成分厂"),
    ("LH1602-030", "离合器从动盘", "总成事业部", "总成分厂"),
]
_S35_PROBLEMS = {
    "制动总成": ["制动钳活塞卡滞，客户台架试验拖滞力超标", "摩擦片铆钉松动", "放气螺钉漏装"],
    "制动盘": ["制动盘端面跳动超差，客户装车后抖动", "表面防锈处理不良，到港后锈蚀", "铸件砂眼，客户入厂检验判退"],
    "转向横拉杆总成": ["拉杆球头防尘罩破损", "球头摆动力矩超上限", "螺纹漏攻丝"],
    "转向器支架": ["焊缝气孔，客户入厂检验判退", "关键尺寸φ42孔径超下差", "涂层附着力不合格，划格试验脱落"],
    "离合器压盘总成": ["压盘总成分离指高度不一致", "包装标签与实物型号不符", "膜片弹簧断裂"],
    "离合器从动盘": ["摩擦片铆钉松动", "减振弹簧异响", "花键毂尺寸超差，装配困难"],
}
_S35_CUSTOMERS = [("Autoteile Rhein GmbH", "外贸部"), ("Norte Autopartes S.A.", "外贸部"),
                  ("Baltic Brake Parts UAB", "外贸部"), ("宁波甬达汽车部件有限公司", "市场部"),
                  ("襄阳东风配套三厂", "市场部"), ("柳州华盛底盘系统有限公司", "市场部"),
                  ("Great Lakes Aftermarket Inc.", "外贸部")]


def e182_s35_autoparts_quality_complaint_ledger(rng, injected=None):
    """S35 产品质量投诉处理流程 — CSV (GBK). 一家汽车零部件出口制造商品质部的《客户质量投诉跟踪台账》：品质部文员在 Excel
    里逐件登记市场部、外贸部转来的客户质量投诉，一行跟到三次验证和培训，月底另存为 CSV 报质量总监。
    日期写法：2025/3/4 9:12（费用日期只写日：2025/3/28）。导出于 2025-06-30 中午。

    第 1 步（读制度 YAML 之前，按原文和这家工厂的叫法写下）的列：登记号、反馈时间、客户名称、反馈部门、业务员、
    产品图号、产品名称、生产批号、产品阶段、批量问题、问题描述、责任事业部、责任分厂、事业部经理、现场公示时间、
    分析牵头人、纠正预防措施报告日期、质量总监审核日期、总经理批准时间、措施公示时间、措施实施日期、第一次验证时间、
    第一次验证公示时间、第二次验证时间、第二次验证公示时间、第三次验证时间、第三次验证公示时间、验证人、评审会议日期、
    客户再次反馈时间、再次反馈公示时间、协调费用(元)、客户罚款(元)、费用发生日期、费用反馈日期、客户罚款单、培训日期、
    跟踪状态、备注、录入人。
    读过制度 YAML 后补的列：品质部接报告时间、一次评审记录、二次评审记录、三次评审记录、验证有效日期、验证产品、
    验证数量、措施实施情况、改进效果、部门评价、客户再次反馈（是/否）、批量报废、应急方案协商、总经理批准应急、
    外贸回复客户、VMI挑选回复、挑选情况通报、补货排产、补货发货、罚款票据、费用附件、培训记录备案。

    注入（按规则 id，共 20）：post_event_1h ×2（公示晚 1 小时 20 分、3 小时 10 分）、post_measures_1h ×1、
    first_verification_within_1_week ×2（实施后 9 天、12 天才首次验证）、second_verification_within_1_month ×1、
    post_verify_2_1h ×1、post_refeedback_1h ×1、cost_feedback_same_month ×2（月底发生、次月反馈）、
    director_review_new_product ×1、director_review_mature_non_batch ×1、gm_approval ×1（措施未经总经理批准即实施）、
    new_product_to_technical_manager ×1（新品由品质部经理牵头）、mature_non_batch_to_quality_manager ×1（量产零星问题由
    质量总监牵头）、cost_attachment_required ×1、fine_slip_required ×1、review_record_after_verify_2 ×1、
    training_record_filed ×1、emergency_approval_required ×1（批量报废未经总经理批准即由外贸回复客户）。
    陷阱（不应报告）：现场公示 58 分钟；验证结果 55 分钟公示；实施后 6 天 23 小时首次验证；第二次验证比第一次晚一个日历月差 2 小时；
    总经理批准数日后品质部才接到报告、接到后 40 分钟内公示；量产批量问题由质量总监牵头、没有质量总监审核；
    4 月 1 日发生、4 月 30 日反馈的费用；客户已提供罚款票据的没有罚款单；第二次验证在 6 月、第三次尚未到期；
    总经理已批准、尚未实施的在办件；刚出报告、尚未审批的在办件。
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken: set = set()
    tech_mgr, q_dir, q_mgr = distinct_names(rng, 3, taken)
    bu_mgr = dict(zip(["制动器事业部", "转向事业部", "总成事业部"], distinct_names(rng, 3, taken)))
    verifiers = distinct_names(rng, 3, taken)
    sales = distinct_names(rng, 4, taken)
    clerks = distinct_names(rng, 2, taken)
    lead = {"new": tech_mgr, "first3": tech_mgr, "batch": q_dir, "single": q_mgr}

    days = sorted([_day(rng, hi=date(2025, 4, 8)) for _ in range(30)] + [_day(rng, lo=date(2025, 4, 9)) for _ in range(14)]
                  + [_day(rng, lo=date(2025, 6, 21), hi=date(2025, 6, 26)) for _ in range(3)])
    kinds = ["single"] * 21 + ["batch"] * 13 + ["new"] * 7 + ["first3"] * 6
    rng.shuffle(kinds)
    cases = []
    for i, d in enumerate(days):
        prod = rng.choice(_S35_PRODUCTS)
        cust, via = rng.choice(_S35_CUSTOMERS)
        c = Case(kind=kinds[i], flags=set(), prod=prod, cust=cust, via=via)
        t0 = _at(rng, d, 8.5, 16.5)
        c["t0"] = t0
        c["post_event"] = _plus_min(rng, t0, 12, 50)
        c["lead"] = lead[c["kind"]]
        c["analyse"] = _plus_days(rng, t0, 2, 5)
        needs_review = c["kind"] != "batch"
        c["review"] = _plus_days(rng, c["analyse"], 1, 2) if needs_review else None
        c["gm"] = _plus_days(rng, c["review"] or c["analyse"], 1, 2)
        c["receipt"] = _plus_min(rng, c["gm"], 25, 180)
        c["post_measures"] = _plus_min(rng, c["receipt"], 10, 50)
        c["implement"] = _plus_days(rng, c["receipt"], 1, 3)
        c["v1"] = _plus_days(rng, c["implement"], 3, 5)
        if c["v1"].date() > c["implement"].date() + timedelta(days=6):   # over a holiday: the plant verifies anyway
            c["v1"] = _at(rng, c["implement"].date() + timedelta(days=6), 8.5, 16.5)
        c["pv1"] = _plus_min(rng, c["v1"], 10, 45)
        c["v2"] = _plus_days(rng, c["v1"], 15, 24)
        c["pv2"] = _plus_min(rng, c["v2"], 10, 45)
        c["v3"] = _plus_days(rng, c["v2"], 15, 24)
        c["pv3"] = _plus_min(rng, c["v3"], 10, 45)
        c["effective"] = _plus_days(rng, c["v3"], 0, 2)
        c["training"] = _plus_days(rng, c["effective"], 3, 8)
        c["filed"] = _plus_days(rng, c["training"], 1, 4)
        c["reviews"] = True, True, True
        c["refeedback"] = None
        c["post_refeedback"] = None
        c["scrap"] = False
        c["cost"] = None          # (coordination cost, fine, incurred, fed back, receipt provided, slip, attachment)
        cases.append(c)

    # numbering: ZL + yymm + running number of the year
    for i, c in enumerate(cases, 1):
        c["no"] = f"ZL{c['t0']:%y%m}-{i:03d}"

    def early(kind=None, side=None):
        """Cases whose whole chain ends well before the cut-off, not yet used (side: a field that the case must not
        have yet; such side injections — costs, re-feedback — may share a case with a main-chain one)."""
        pool = [c for c in cases if (c[side] is None if side else not c.get("main"))
                and c["filed"] is not None and c["filed"] < CUTOFF - timedelta(days=10)
                and (kind is None or c["kind"] in kind)]
        c = rng.choice(pool)
        if side is None:
            c["main"] = True
        return c

    # --- customer re-feedback (4 cases, one posted late) ------------------------------------------------------
    for j in range(4):
        c = early(side="refeedback")
        c["refeedback"] = _plus_days(rng, c["v1"], 3, 10)
        if j == 0:
            c["post_refeedback"] = _plus_min(rng, c["refeedback"], 110, 150)
            c["flags"].add("post_refeedback_1h")
        else:
            c["post_refeedback"] = _plus_min(rng, c["refeedback"], 10, 55)
            c["flags"].add("refeedback_ok")

    # --- batch scrap: two mature batch cases (one reply to customer without the GM's approval) -----------------
    for j in range(2):
        c = early({"batch"})
        c["scrap"] = True
        p = _plus_min(rng, c["t0"], 240, 600)
        c["em_plan"] = p
        c["em_approve"] = _plus_min(rng, p, 60, 240)
        c["em_reply"] = _plus_min(rng, c["em_approve"], 20, 120)
        c["vmi"] = _plus_days(rng, c["em_reply"], 1, 1)
        c["sel_fb"] = _plus_min(rng, c["vmi"], 30, 180)
        c["repl"] = _plus_days(rng, c["sel_fb"], 1, 2)
        c["ship"] = _plus_days(rng, c["repl"], 2, 4)
        if j == 0:
            c["em_approve"] = None
            c["flags"].add("emergency_approval_required")
        else:
            c["flags"].add("scrap_ok")

    # --- costs: coordination costs and customer fines ------------------------------------------------------------
    def add_cost(c, coord, fine, incurred, fed, receipt, slip, attach):
        c["cost"] = (coord, fine, incurred, fed, receipt, slip, attach)

    attach_text = "问题信息、处理结果、协调费用使用情况"
    for j, spec in enumerate(["late", "late", "noattach", "noslip", "apr1", "receipt", "ok", "ok", "slip_ok"]):
        c = early(side="cost")
        inc = (c["t0"] + timedelta(days=rng.randint(2, 6))).date()
        coord = rng.choice([800, 1200, 1500, 2600, 3500]) if spec not in ("noslip", "receipt", "slip_ok") else None
        fine = rng.choice([500, 1000, 2000, 3000]) if spec in ("noslip", "receipt", "slip_ok") else None
        if spec == "late":
            inc = _month_end(inc) - timedelta(days=rng.randint(0, 2))
            fed = inc + timedelta(days=rng.randint(4, 8))
            c["flags"].add("cost_feedback_same_month")
        elif spec == "apr1":
            inc, fed = date(2025, 4, 1), date(2025, 4, 30)
            c["flags"].add("cost_month_edge_ok")
        else:
            fed = min(inc + timedelta(days=rng.randint(1, 8)), _month_end(inc))
            c["flags"].add({"noattach": "cost_attachment_required", "noslip": "fine_slip_required"}.get(spec, "cost_ok"))
        receipt = {"noslip": False, "slip_ok": False, "receipt": True}.get(spec)
        slip = inc + timedelta(days=(fed - inc).days // 2) if spec == "slip_ok" else None
        attach = attach_text if coord and spec != "noattach" else ""
        add_cost(c, coord, fine, inc, fed, receipt, slip, attach)

    # --- deadline injections -------------------------------------------------------------------------------------
    c = early()
    c["post_event"] = _plus_min(rng, c["t0"], 78, 84)
    c["flags"].add("post_event_1h")
    c = early()
    c["post_event"] = _plus_min(rng, c["t0"], 188, 192)
    c["flags"].add("post_event_1h")
    c = early()
    c["post_event"] = c["t0"] + timedelta(minutes=58)
    c["flags"].add("post_event_58min_ok")

    c = early()
    c["post_measures"] = _plus_min(rng, c["receipt"], 135, 150)
    c["flags"].add("post_measures_1h")
    c = early()                                   # trap: receipt days after the GM signed
    c["receipt"] = _plus_days(rng, c["gm"], 3, 4)
    c["post_measures"] = _plus_min(rng, c["receipt"], 20, 40)
    c["implement"] = max(c["implement"], _plus_days(rng, c["receipt"], 1, 1))
    c["flags"].add("receipt_late_ok")

    def shift_from_v1(c, new_v1):
        delta = new_v1 - c["v1"]
        for k in ("v1", "pv1", "v2", "pv2", "v3", "pv3", "effective", "training", "filed"):
            c[k] = c[k] + delta
        if c["refeedback"]:
            c["refeedback"] += delta
            c["post_refeedback"] += delta

    for gap in (9, 12):
        c = early()
        shift_from_v1(c, c["implement"] + timedelta(days=gap, minutes=rng.randint(0, 90)))
        c["flags"].add("first_verification_within_1_week")
    c = early()
    shift_from_v1(c, c["implement"] + timedelta(days=6, hours=23))
    c["flags"].add("verify_6d23h_ok")

    c = early()
    delta = c["v1"] + timedelta(days=38) - c["v2"]
    for k in ("v2", "pv2", "v3", "pv3", "effective", "training", "filed"):
        c[k] += delta
    c["flags"].add("second_verification_within_1_month")
    c = early()
    while c["v1"].day > 28:
        c["main"] = False
        c = early()
    v1 = c["v1"]
    delta = v1.replace(month=v1.month + 1) - timedelta(hours=2) - c["v2"]   # a calendar month less two hours
    for k in ("v2", "pv2", "v3", "pv3", "effective", "training", "filed"):
        c[k] += delta
    c["flags"].add("verify_month_edge_ok")

    c = early()
    c["pv2"] = _plus_days(rng, c["v2"], 1, 1)
    c["flags"].add("post_verify_2_1h")
    c = early()
    c["pv1"] = c["v1"] + timedelta(minutes=55)
    c["flags"].add("post_verify_55min_ok")

    # --- requirement injections ----------------------------------------------------------------------------------
    c = early({"new", "first3"})
    c["review"] = None
    c["flags"].add("director_review_new_product")
    c = early({"single"})
    c["review"] = None
    c["flags"].add("director_review_mature_non_batch")
    c = early({"batch"})
    c["flags"].add("batch_no_review_ok")
    c = early()
    c["gm"] = c["receipt"] = c["post_measures"] = None
    c["flags"].add("gm_approval")
    c = early({"new"})
    c["lead"] = q_mgr
    c["flags"].add("new_product_to_technical_manager")
    c = early({"single"})
    c["lead"] = q_dir
    c["flags"].add("mature_non_batch_to_quality_manager")
    c = early()
    c["reviews"] = True, False, True
    c["flags"].add("review_record_after_verify_2")
    c = early()
    c["filed"] = None
    c["flags"].add("training_record_filed")

    # --- the cut-off: later steps have not happened -----------------------------------------------------------
    chain = ["post_event", "analyse", "review", "gm", "receipt", "post_measures", "implement", "v1", "pv1", "v2",
             "pv2", "v3", "pv3", "effective", "training", "filed"]
    for c in cases:
        gone = False
        for k in chain:
            if gone or (c[k] is not None and c[k] > CUTOFF):
                gone = True
                c[k] = None
        if c["refeedback"] and c["post_refeedback"] > CUTOFF:
            c["refeedback"] = c["post_refeedback"] = None
        # a 1-hour posting after the cut-off: its starting step has not been entered either
        if c["receipt"] and not c["post_measures"]:
            c["receipt"] = None
        for a, b in (("v1", "pv1"), ("v2", "pv2"), ("v3", "pv3")):
            if c[a] and not c[b]:
                for k in chain[chain.index(a):]:
                    c[k] = None
        # no sign-off of effectiveness before training and filing are in the register
        if c["effective"] and (not c["training"] or not c["filed"]) and "training_record_filed" not in c["flags"]:
            c["effective"] = c["training"] = c["filed"] = None
        if c["gm"] is None and c["implement"] and "gm_approval" not in c["flags"]:
            for k in chain[chain.index("implement"):]:
                c[k] = None
        if c["v2"] and not c["v3"] and c["v2"] > datetime(2025, 6, 1):
            c["flags"].add("v3_pending_ok")
        if c["implement"] and not c["v1"]:
            c["flags"].add("v1_pending_ok")

    rows = []
    for c in cases:
        for f in sorted(c["flags"]):
            note((c["no"], f))
        code, name, bu, plant = c["prod"]
        verified = c["effective"] is not None
        cost = c["cost"] or (None, None, None, None, None, None, "")
        if c["effective"]:
            status = "已关闭"
        elif c["v1"]:
            status = "验证中"
        elif c["implement"]:
            status = "措施实施"
        elif c["gm"]:
            status = "待实施"
        else:
            status = "分析中"
        last_review = c["v3"] or c["v2"] or c["v1"]
        scrap = c["scrap"]
        rows.append({
            "登记号": c["no"],
            "反馈时间": _slash(c["t0"]),
            "客户名称": c["cust"],
            "反馈部门": c["via"],
            "业务员": rng.choice(sales),
            "产品图号": code,
            "产品名称": name,
            "生产批号": f"{c['t0'] - timedelta(days=rng.randint(20, 80)):%y%m%d}-{rng.randint(1, 3)}",
            "产品阶段": {"new": "新品", "first3": "前三批", "batch": "量产", "single": "量产"}[c["kind"]],
            "批量问题": {"batch": "批量", "single": "零星"}.get(c["kind"], rng.choice(["批量", "零星"])),
            "问题描述": rng.choice(_S35_PROBLEMS[name]),
            "责任事业部": bu,
            "责任分厂": plant,
            "事业部经理": bu_mgr[bu],
            "现场公示时间": _slash(c["post_event"]),
            "分析牵头人": c["lead"] if c["analyse"] else "",
            "纠正预防措施报告日期": _slash(c["analyse"]),
            "质量总监审核日期": _slash(c["review"]),
            "总经理批准时间": _slash(c["gm"]),
            "品质部接报告时间": _slash(c["receipt"]),
            "措施公示时间": _slash(c["post_measures"]),
            "措施实施日期": _slash(c["implement"]),
            "第一次验证时间": _slash(c["v1"]),
            "第一次验证公示时间": _slash(c["pv1"]),
            "一次评审记录": f"PS{c['v1']:%y%m%d}-1 评审通过，补充作业指导书" if c["v1"] and c["reviews"][0] else "",
            "第二次验证时间": _slash(c["v2"]),
            "第二次验证公示时间": _slash(c["pv2"]),
            "二次评审记录": f"PS{c['v2']:%y%m%d}-2 效果稳定，继续跟踪" if c["v2"] and c["reviews"][1] else "",
            "第三次验证时间": _slash(c["v3"]),
            "第三次验证公示时间": _slash(c["pv3"]),
            "三次评审记录": f"PS{c['v3']:%y%m%d}-3 措施有效，纳入控制计划" if c["v3"] and c["reviews"][2] else "",
            "验证有效日期": _slash(c["effective"]),
            "验证人": rng.choice(verifiers) if c["v1"] else "",
            "验证产品": name if verified else "",
            "验证数量": str(rng.choice([50, 100, 200, 300, 500])) if verified else "",
            "措施实施情况": rng.choice(["工装已更换，作业指导书已修订", "增加100%全检工序", "供应商来料加严检验"])
            if verified else "",
            "改进效果": rng.choice(["连续三批未再发生", "客户端抽检合格", "不良率由3.2%降至0.1%"]) if verified else "",
            "部门评价": rng.choice(["技术部、生产部确认有效", "评审会一致认为措施有效"]) if verified else "",
            "评审会议日期": _slash_date(last_review.date()) if last_review else "",
            "客户再次反馈": "是" if c["refeedback"] else "否",
            "客户再次反馈时间": _slash(c["refeedback"]),
            "再次反馈公示时间": _slash(c["post_refeedback"]),
            "批量报废": "是" if scrap else "否",
            "应急方案协商": _slash(c.get("em_plan")) if scrap else "",
            "总经理批准应急": _slash(c.get("em_approve")) if scrap else "",
            "外贸回复客户": _slash(c.get("em_reply")) if scrap else "",
            "VMI挑选回复": _slash(c.get("vmi")) if scrap else "",
            "挑选情况通报": _slash(c.get("sel_fb")) if scrap else "",
            "补货排产": _slash(c.get("repl")) if scrap else "",
            "补货发货": _slash(c.get("ship")) if scrap else "",
            "协调费用(元)": "" if cost[0] is None else str(cost[0]),
            "客户罚款(元)": "" if cost[1] is None else str(cost[1]),
            "费用发生日期": _slash_date(cost[2]),
            "费用反馈日期": _slash_date(cost[3]),
            "罚款票据": {True: "已提供", False: "未提供", None: ""}[cost[4]],
            "客户罚款单": _slash_date(cost[5]),
            "费用附件": cost[6],
            "培训日期": _slash(c["training"]),
            "培训记录备案": _slash(c["filed"]),
            "跟踪状态": status,
            "备注": rng.choice(["", "", "", "客户要求8D报告", "已发邮件附照片", "补发10件"]),
            "录入人": rng.choice(clerks),
        })

    hand = {
        "procedure": "s35-product-quality-complaint-flow",
        "encoding": "gbk",
        "columns": {
            "登记号": "case_number",
            "反馈时间": "receive_feedback_at",
            "产品名称": "product",
            "产品阶段": "product_stage",
            "批量问题": "batch_issue",
            "现场公示时间": "post_event_at",
            "分析牵头人": "analyse_by",
            "纠正预防措施报告日期": "analyse_at",
            "质量总监审核日期": "director_review_at",
            "总经理批准时间": "gm_approve_at",
            "品质部接报告时间": "receive_approved_report_at",
            "措施公示时间": "post_measures_at",
            "措施实施日期": "implement_at",
            "第一次验证时间": "verify_1_at",
            "第一次验证公示时间": "post_verify_1_at",
            "一次评审记录": "review_record_1",
            "第二次验证时间": "verify_2_at",
            "第二次验证公示时间": "post_verify_2_at",
            "二次评审记录": "review_record_2",
            "第三次验证时间": "verify_3_at",
            "第三次验证公示时间": "post_verify_3_at",
            "三次评审记录": "review_record_3",
            "验证有效日期": "verification_effective_at",
            "验证人": "verifier",
            "验证产品": "verified_product",
            "验证数量": "verified_quantity",
            "措施实施情况": "measures_implementation",
            "改进效果": "improvement_effect",
            "部门评价": "department_evaluation",
            "客户再次反馈": "customer_refeedback",
            "客户再次反馈时间": "refeedback_at",
            "再次反馈公示时间": "post_refeedback_at",
            "批量报废": "batch_scrap",
            "应急方案协商": "emergency_plan_at",
            "总经理批准应急": "emergency_approve_at",
            "外贸回复客户": "emergency_reply_at",
            "VMI挑选回复": "vmi_select_at",
            "挑选情况通报": "selection_feedback_at",
            "补货排产": "replenish_production_at",
            "补货发货": "replenish_shipping_at",
            "协调费用(元)": "coordination_cost",
            "客户罚款(元)": "customer_fine",
            "费用发生日期": "cost_incurred_at",
            "费用反馈日期": "cost_feedback_at",
            "罚款票据": "fine_receipt_provided",
            "客户罚款单": "fine_slip_at",
            "费用附件": "cost_attachment",
            "培训日期": "training_at",
            "培训记录备案": "training_record_filed_at",
        },
        "values": {
            "product_stage": {"新品": "new", "前三批": "new_first_three_batches", "量产": "mature"},
            "batch_issue": {"批量": "yes", "零星": "no"},
            "batch_scrap": {"是": "yes", "否": "no"},
            "customer_refeedback": {"是": "yes", "否": "no"},
            "fine_receipt_provided": {"已提供": "yes", "未提供": "no"},
        },
        "roles": {tech_mgr: "technical_manager", q_dir: "quality_director", q_mgr: "quality_manager"},
    }
    return rows, hand


# --- 183: S38, an aluminium extrusion plant's ERP 质量异常信息反馈单 export (XLSX, Excel date cells) ---------------

_S38_CUSTOMERS = [("C10217", "常州瑞晟光伏科技有限公司"), ("C10342", "烟台鑫港集装箱制造有限公司"),
                  ("C10455", "江苏汇通汽车轻量化部件有限公司"), ("C10508", "青岛华轨车辆配套有限公司"),
                  ("C10611", "苏州德联储能设备有限公司"), ("C10736", "宁波锐达工业自动化有限公司"),
                  ("C10802", "天津博远幕墙工程有限公司")]
_S38_PROFILES = [("GX-4521", "6063-T5"), ("GX-6180", "6061-T6"), ("GX-7012", "6005A-T6"), ("GX-3308", "6082-T6"),
                 ("GX-5526", "6063-T6")]
_S38_OWN = [("型材表面划伤，长度方向连续划痕", "挤压分厂", "出料台导轨毛刺未清理", "更换导轨石墨条，每班首检出料台"),
            ("氧化膜色差，同批次明显深浅不一", "氧化分厂", "槽液温度波动", "增加槽温自动记录，超限报警"),
            ("壁厚超差，局部1.32mm（要求1.4±0.1）", "挤压分厂", "模具工作带磨损", "模具下机修模，增加首件全尺寸检验"),
            ("扭拧度超标，客户装配困难", "挤压分厂", "拉伸矫直量不足", "调整拉伸率至1.5%，增加扭拧抽检"),
            ("韦氏硬度偏低（实测8-9HW）", "挤压分厂", "时效炉温偏低", "时效炉校温，每炉随炉试样检测硬度"),
            ("表面气泡，喷涂后暴露", "熔铸分厂", "铸棒含氢量偏高", "加强除气精炼，增加测氢频次"),
            ("长度短尺，每支短15mm", "挤压分厂", "锯切定尺挡块松动", "锯切定尺挡块加固，每班校验"),
            ("包装不良，运输后端部磕碰", "包装车间", "端部未加护角", "端部加装护角，装车前拍照确认")]
_S38_NOT_OWN = ["客户折弯加工开裂（客户折弯半径小于图纸要求）", "客户仓库露天存放，表面腐蚀",
                "客户机加工后毛刺，刀具磨损所致", "客户来料检验误用非本批次标准"]


def e183_s38_nanshan_erp_quality_feedback(rng, injected=None):
    """S38 南山铝业 客户质量问题投诉处理流程 — XLSX. 工业型材厂 ERP 质量模块《质量异常信息反馈单》列表导出
    （每张单据一行；售后服务部/销售接单建单，质量管理部在同一张单据上填 166-2、跟踪、关闭）。
    日期为 Excel 日期时间单元格（ERP 时间戳）。导出于 2025-06-30 中午。

    第 1 步（读制度 YAML 之前，按原文和 ERP 的叫法写下）的列：单据编号、单据日期、客户编码、客户名称、销售订单号、
    型材型号、合金状态、生产批号、投诉数量(吨)、反馈渠道、接收人、接收部门、通知质管部时间、通知生产部时间、
    是否现场确认、现场确认日期、初步确认结论、166-1提交日期、提交人、质管部接收日期、质管处理人、是否赴客户现场、
    166-2填写日期、责任部门、原因分析、整改措施、处理方式、措施验证日期、关闭日期、单据状态、制单人、审核人、备注。
    读过制度 YAML 后补的列：质量问题描述、确认部门、提交部门、处理部门、166-2填写部门、跟踪部门。

    注入（按规则 id，共 14）：feedback_form_for_own_issue ×2（确认为我司问题却没有 166-1）、
    countermeasure_form_before_close ×2（已关闭、没有 166-2）、follow_up_until_closed ×2（已关闭、没有措施验证）、
    receive_by_after_sales_or_sales ×1（客户直接打给质量管理部，由质管部建单）、
    preliminary_analysis_by_after_sales_or_sales ×1（工艺技术部去客户现场确认）、
    feedback_form_by_after_sales_or_sales ×1（质量管理部代填 166-1）、quality_handle_by_quality_mgmt ×1（挤压分厂直接处理）、
    countermeasure_by_quality_mgmt ×1（工艺技术部填 166-2）、preliminary_analysis-feedback_form ×1（先交 166-1 后现场确认）、
    feedback_form-quality_handle ×1（质管部在 166-1 提交前就已接收处理）、case_number ×1（两张单据编号相同）。
    陷阱（不应报告）：销售部门接单、销售员现场确认（制度允许售后或销售）；非我司质量问题由客户自行处理、关闭时没有
    166-1/166-2；我司问题在办、尚未填 166-2 和措施验证；待确认的新单据没有 166-1；现场确认当天稍后提交 166-1。
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken: set = set()
    after_sales = distinct_names(rng, 3, taken)
    sales1 = distinct_names(rng, 2, taken)
    sales2 = distinct_names(rng, 2, taken)
    qa = distinct_names(rng, 3, taken)
    tech = distinct_names(rng, 1, taken)
    extr = distinct_names(rng, 1, taken)
    staff = {"售后服务部": after_sales, "销售一部": sales1, "销售二部": sales2, "质量管理部": qa, "工艺技术部": tech,
             "挤压分厂": extr}
    qa_head = qa[0]

    days = sorted([_day(rng, lo=date(2025, 1, 3), hi=date(2025, 5, 12)) for _ in range(27)]
                  + [_day(rng, lo=date(2025, 5, 13), hi=date(2025, 6, 24)) for _ in range(9)])
    cases = []
    for i, d in enumerate(days):
        c = Case(flags=set(), main=False)
        c["t0"] = _at(rng, d, 8.0, 17.0)
        late = d >= date(2025, 6, 18)
        c["kind"] = "pending" if late and rng.random() < 0.7 else ("own" if rng.random() < 0.75 else "not_own")
        c["recv_dept"] = pick(rng, [("售后服务部", 6), ("销售一部", 2), ("销售二部", 2)])
        c["channel"] = {"售后服务部": rng.choice(["客户来电", "客户邮件", "售后走访"])}.get(
            c["recv_dept"], rng.choice(["跟单员转来", "业务员走访"]))
        c["onsite"] = c["kind"] == "not_own" or rng.random() < 0.55
        c["prelim"] = _plus_days(rng, c["t0"], 1, 3) if c["onsite"] else None
        c["prelim_dept"] = c["recv_dept"] if c["onsite"] else ""
        base = c["prelim"] or c["t0"]
        if c["kind"] == "own":
            c["form"] = _office(_plus_min(rng, base, 60, 300)) if c["onsite"] else _plus_days(rng, base, 0, 1)
            c["form_dept"] = c["recv_dept"]
            c["handle"] = _office(_plus_min(rng, c["form"], 60, 1500))
            c["handle_dept"] = "质量管理部"
            c["cm"] = _plus_days(rng, c["handle"], 2, 6)
            c["cm_dept"] = "质量管理部"
            c["follow"] = _plus_days(rng, c["cm"], 7, 20)
            c["follow_dept"] = "质量管理部"
            c["closed"] = _plus_days(rng, c["follow"], 0, 4)
        else:
            c["form"] = c["handle"] = c["cm"] = c["follow"] = None
            c["form_dept"] = c["handle_dept"] = c["cm_dept"] = c["follow_dept"] = ""
            c["closed"] = _plus_days(rng, base, 1, 3) if c["kind"] == "not_own" else None
        c["prob"] = rng.choice(_S38_OWN)
        c["content"] = c["prob"][0] if c["kind"] != "not_own" else rng.choice(_S38_NOT_OWN)
        cases.append(c)

    seq = {}
    for c in cases:
        ym = f"{c['t0']:%y%m}"
        seq[ym] = seq.get(ym, 0) + 1
        c["no"] = f"ZLYC{ym}{seq[ym]:04d}"

    def closed_own(extra=None):
        pool = [c for c in cases if c["kind"] == "own" and not c["main"] and c["closed"]
                and c["closed"] < CUTOFF - timedelta(days=5) and (extra is None or extra(c))]
        c = rng.choice(pool)
        c["main"] = True
        return c

    c = closed_own()
    c["form"], c["form_dept"] = None, ""
    c["flags"].add("feedback_form_for_own_issue")
    c = closed_own()
    c["form"], c["form_dept"] = None, ""
    c["flags"].add("feedback_form_for_own_issue")
    for _ in range(2):
        c = closed_own()
        c["cm"], c["cm_dept"] = None, ""
        c["flags"].add("countermeasure_form_before_close")
    for _ in range(2):
        c = closed_own()
        c["follow"], c["follow_dept"] = None, ""
        c["flags"].add("follow_up_until_closed")
    c = closed_own()
    c["recv_dept"], c["channel"] = "质量管理部", "客户致电质管部"
    if c["prelim"]:
        c["prelim_dept"] = "售后服务部"
    c["flags"].add("receive_by_after_sales_or_sales")
    c = closed_own(lambda c: c["onsite"])
    c["prelim_dept"] = "工艺技术部"
    c["flags"].add("preliminary_analysis_by_after_sales_or_sales")
    c = closed_own()
    c["form_dept"] = "质量管理部"
    c["flags"].add("feedback_form_by_after_sales_or_sales")
    c = closed_own()
    c["handle_dept"] = "挤压分厂"
    c["flags"].add("quality_handle_by_quality_mgmt")
    c = closed_own()
    c["cm_dept"] = "工艺技术部"
    c["flags"].add("countermeasure_by_quality_mgmt")
    c = closed_own(lambda c: c["onsite"] and (c["prelim"] - c["t0"]).days >= 2)
    c["form"] = _plus_days(rng, c["t0"], 1, 1, 8.5, 10)          # 166-1 before the on-site confirmation
    c["handle"] = _plus_min(rng, c["prelim"], 120, 300)
    c["flags"].add("preliminary_analysis-feedback_form")
    c = closed_own()
    c["handle"] = c["form"] - timedelta(minutes=rng.randint(90, 240))   # QA took it up before the 166-1 was in
    if c["prelim"] and c["handle"] <= c["prelim"]:
        c["handle"] = c["prelim"] + timedelta(minutes=20)
        c["form"] = c["handle"] + timedelta(minutes=rng.randint(60, 120))
    c["flags"].add("feedback_form-quality_handle")

    # the cut-off: later steps have not happened
    for c in cases:
        gone = False
        for k in ("prelim", "form", "handle", "cm", "follow", "closed"):
            if gone or (c[k] is not None and c[k] > CUTOFF):
                gone = True
                c[k] = None
                if k != "closed" and k != "prelim":
                    c[{"form": "form_dept", "handle": "handle_dept", "cm": "cm_dept", "follow": "follow_dept"}[k]] = ""
        if c["prelim"] is None:
            c["prelim_dept"] = ""
        if c["kind"] == "own" and not c["closed"]:
            c["flags"].add("own_open_ok")

    # an ERP migration handed out one number twice
    twin_pool = [c for c in cases if not c["flags"] and c["closed"]]
    a = rng.choice(twin_pool[:-1])
    b = twin_pool[twin_pool.index(a) + 1]
    b["no"] = a["no"]
    b["flags"].add("case_number")

    rows = []
    for c in cases:
        for f in sorted(c["flags"]):
            note((c["no"], f))
        cust = rng.choice(_S38_CUSTOMERS)
        model, alloy = rng.choice(_S38_PROFILES)
        own = c["kind"] == "own"
        recv = rng.choice(staff[c["recv_dept"]])
        if c["closed"]:
            status = "已关闭"
        elif c["kind"] == "pending":
            status = "待确认"
        elif c["follow"]:
            status = "待关闭"
        elif c["cm"]:
            status = "措施落实中"
        else:
            status = "处理中"
        notify = _plus_min(rng, c["t0"], 10, 90)
        rows.append({
            "单据编号": c["no"],
            "单据日期": c["t0"],
            "客户编码": cust[0],
            "客户名称": cust[1],
            "销售订单号": f"SO{c['t0'] - timedelta(days=rng.randint(15, 60)):%y%m}{rng.randint(100, 999)}",
            "型材型号": model,
            "合金状态": alloy,
            "生产批号": f"{c['t0'] - timedelta(days=rng.randint(20, 70)):%y%m%d}{rng.randint(1, 4):02d}",
            "投诉数量(吨)": round(rng.uniform(0.3, 12.0), 2),
            "质量问题描述": c["content"],
            "反馈渠道": c["channel"],
            "接收人": recv,
            "接收部门": c["recv_dept"],
            "通知质管部时间": notify,
            "通知生产部时间": _plus_min(rng, notify, 0, 30),
            "是否现场确认": "是" if c["prelim"] else "否",
            "现场确认日期": c["prelim"],
            "确认部门": c["prelim_dept"],
            "初步确认结论": {"own": "我司质量问题", "not_own": "非我司质量问题", "pending": "待确认"}[c["kind"]],
            "166-1提交日期": c["form"],
            "提交人": rng.choice(staff[c["form_dept"]]) if c["form_dept"] else "",
            "提交部门": c["form_dept"],
            "质管部接收日期": c["handle"],
            "质管处理人": rng.choice(staff[c["handle_dept"]]) if c["handle_dept"] else "",
            "处理部门": c["handle_dept"],
            "是否赴客户现场": ("是" if rng.random() < 0.4 else "否") if c["handle"] else "",
            "166-2填写日期": c["cm"],
            "166-2填写部门": c["cm_dept"],
            "责任部门": c["prob"][1] if own else "",
            "原因分析": c["prob"][2] if own and c["cm"] else "",
            "整改措施": c["prob"][3] if own and c["cm"] else "",
            "处理方式": (rng.choice(["退货补料", "让步接收", "挑选使用", "折价处理"]) if own and c["cm"] else
                         ("客户自行处理" if c["kind"] == "not_own" and c["closed"] else "")),
            "措施验证日期": c["follow"],
            "跟踪部门": c["follow_dept"],
            "关闭日期": c["closed"],
            "单据状态": status,
            "制单人": recv,
            "审核人": qa_head if c["handle"] or c["closed"] else "",
            "备注": rng.choice(["", "", "", "客户要求出具8D报告", "附现场照片6张", "已补发合格品", "客户索赔待谈"]),
        })

    roles = {"售后服务部": "after_sales", "销售一部": "sales", "销售二部": "sales", "质量管理部": "quality_mgmt",
             "工艺技术部": "process_tech", "挤压分厂": "production"}
    hand = {
        "procedure": "s38-nanshan-aluminium-quality-complaints",
        "sheet": "导出",
        "columns": {
            "单据编号": "case_number",
            "单据日期": "receive_at",
            "接收部门": "receive_by",
            "质量问题描述": "content",
            "现场确认日期": "preliminary_analysis_at",
            "确认部门": "preliminary_analysis_by",
            "初步确认结论": "own_quality_issue",
            "166-1提交日期": "feedback_form_at",
            "提交部门": "feedback_form_by",
            "质管部接收日期": "quality_handle_at",
            "处理部门": "quality_handle_by",
            "166-2填写日期": "countermeasure_at",
            "166-2填写部门": "countermeasure_by",
            "措施验证日期": "follow_up_at",
            "跟踪部门": "follow_up_by",
            "关闭日期": "closed_at",
        },
        "values": {
            "own_quality_issue": {"我司质量问题": True, "非我司质量问题": False, "待确认": ""},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("182-s35-autoparts-quality-complaint-ledger.csv", "gbk", e182_s35_autoparts_quality_complaint_ledger),
    ("183-s38-nanshan-erp-quality-feedback.xlsx", "xlsx", e183_s38_nanshan_erp_quality_feedback),
]
