"""Starter-profile benchmark exports 164-165 (set 28c), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 164 165    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 17, 30)   # the exports were taken on 30 June 2025; later steps have not happened


def _slash(t):
    """2025/3/4 9:12 -- how the QMS prints a time stamp; a date without time as 2025/3/4."""
    if t is None:
        return ""
    if isinstance(t, datetime):
        return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"
    return f"{t.year}/{t.month}/{t.day}"


def _at(d, rng, lo=8, hi=16):
    """A time on day d inside the plant's office hours (the plant stops over the Spring Festival, 28 Jan - 4 Feb)."""
    if date(2025, 1, 28) <= d <= date(2025, 2, 4):
        d = date(2025, 2, 5)
    return datetime(d.year, d.month, d.day, rng.randint(lo, hi), rng.randint(0, 59))


def _next_workday(d):
    while not workday(d):
        d += timedelta(days=1)
    return d


# --- 164: S35, an auto-parts maker's 品质部 customer quality-complaint tracking (QMS export, CSV) --------------------

_S35_PRODUCTS = [
    # 产品名称, 零件号前缀, 责任事业部, 问题
    ("前制动钳总成", "BK-31", "底盘件事业部", ["制动钳活塞回位不良", "卡钳放气螺栓渗油", "支架螺纹孔乱牙"]),
    ("后桥壳", "AX-20", "总成事业部", ["桥壳焊缝气孔", "半轴套管同轴度超差", "油封座划伤"]),
    ("转向拉杆球头", "ST-08", "底盘件事业部", ["球头防尘套开裂", "球头间隙超差异响", "锁紧螺母扭矩不足"]),
    ("副车架", "SF-12", "冲压事业部", ["安装孔位偏移", "电泳漆膜起泡", "焊点虚焊"]),
    ("控制臂", "CA-15", "冲压事业部", ["衬套压装不到位", "表面锈蚀", "臂体变形"]),
    ("传动轴总成", "DS-40", "总成事业部", ["动平衡超差抖动", "万向节异响", "花键磨损"]),
]
_S35_CUSTOMERS = {
    "市场部": ["一汽解放青岛汽车有限公司", "陕西重型汽车有限公司", "北汽福田汽车股份有限公司", "江淮汽车股份有限公司",
             "东风柳州汽车有限公司"],
    "外贸部": ["Dana Mexico S.A.", "Meritor HVS (India)", "TATA Motors Ltd.", "GAZ Group"],
}
_S35_REVIEW = ["评审会：措施有效，继续跟踪", "评审会：部分有效，增加首件检验", "评审会：补充作业指导书", "评审会：措施有效",
               "评审会：加严抽检比例至20%"]


def e164_s35_autoparts_complaint_tracking(rng, injected=None):
    """S35 产品质量投诉处理流程：一家汽车零部件厂品质部在 QMS 里维护的“客户质量投诉跟踪台账”，导出为 CSV（GBK）。
    时间按系统打印：2025/3/4 9:12；只有日期的列写 2025/3/4。导出时间 2025-06-30，之后的环节尚未发生。

    先写下的列（只读了原文）：投诉单号, 反馈时间, 反馈部门, 客户, 产品名称, 零件号, 产品状态, 批量/非批量, 问题描述,
    责任事业部, 事业部经理, 事件公示时间, 分析牵头人, 纠正预防措施报告提交时间, 审核人, 审核时间, 总经理审批时间,
    措施公示时间, 公示人, 措施实施日期, 首次验证日期, 二次验证日期, 三次验证日期, 验证人, 协调费用(元), 费用发生日期,
    费用反馈日期, 客户罚款单, 状态, 录入人, 备注。
    读过制度 YAML 后补的列：事业部签收时间, 品质部接收时间, 首次验证公示时间, 首次评审记录, 二次验证公示时间,
    二次评审记录, 三次验证公示时间, 三次评审记录, 验证结论, 验证有效日期, 培训日期, 培训记录备案日期, 客户再次反馈,
    再次反馈时间, 再次反馈公示时间, 费用附件。

    注入（规则 id × 件数）：post_event_1h ×2，post_measures_1h ×1，first_verification_within_1_week ×2（一件迟做、
    一件至今未做），second_verification_within_1_month ×1，post_verify_2_1h ×1，new_product_to_technical_manager ×1，
    mature_batch_to_quality_director ×1，director_review_new_product ×1，step-director_review ×1，gm_approval ×1，
    review_record_after_verify_1 ×1，cost_feedback_same_month ×2，cost_attachment_required ×1，post_refeedback_1h ×1，
    three_verifications ×1。共 18 件。
    陷阱（不是违规）：反馈时间到事件公示超过1小时、但事业部签收到公示不足1小时（常见）；签收后58分钟公示；
    成熟产品批量问题没有质量总监审核（本人牵头，不需审核）；成熟产品非批量问题由品质部经理牵头；
    3月31日发生的费用当天反馈；再次反馈后58分钟公示；近期在办案件尚未验证（未到期）。
    """
    taken: set = set()
    tech_mgr, q_director, q_mgr, gm = distinct_names(rng, 4, taken)
    bu_mgr = dict(zip(["总成事业部", "底盘件事业部", "冲压事业部"], distinct_names(rng, 3, taken)))
    qe = distinct_names(rng, 3, taken)           # 品质部工程师：公示人、验证人
    clerks = distinct_names(rng, 2, taken)       # 市场部内勤：录入人
    sales = distinct_names(rng, 3, taken)

    n = 40
    days = sorted(rng.sample(range(0, 166), n))
    cases = []
    for i, off in enumerate(days):
        d = _next_workday(date(2025, 1, 6) + timedelta(days=off))
        if d > date(2025, 6, 27):
            d = date(2025, 6, 27)
        prod, pn, bu, problems = rng.choice(_S35_PRODUCTS)
        dept = pick(rng, [("市场部", 3), ("外贸部", 2)])
        stage = pick(rng, [("新品", 2), ("新品前三批", 2), ("量产", 6)])
        batch = pick(rng, [("批量", 3), ("非批量", 5)])
        t0 = _at(d, rng, 8, 15)
        c = {
            "no": f"KS{d.year % 100:02d}{d.month:02d}-{i + 1:03d}", "dept": dept,
            "customer": rng.choice(_S35_CUSTOMERS[dept]), "product": prod,
            "pn": f"{pn}{rng.randint(100, 999)}-{rng.choice('ABC')}", "stage": stage, "batch": batch,
            "problem": rng.choice(problems) + (f"，涉及{rng.randint(40, 800)}件" if batch == "批量" else f"，{rng.randint(1, 6)}件"),
            "bu": bu, "t0": t0, "inj": [],
        }
        c["receive"] = t0 + timedelta(minutes=rng.randint(10, 80))
        c["post_event"] = c["receive"] + timedelta(minutes=rng.randint(8, 52))
        if stage in ("新品", "新品前三批"):
            c["lead"] = tech_mgr
        elif batch == "批量":
            c["lead"] = q_director
        else:
            c["lead"] = q_mgr
        c["analyse"] = _at(c["receive"].date() + timedelta(days=rng.randint(2, 6)), rng, 9, 17)
        if c["lead"] == q_director:
            c["reviewer"], c["review"] = "", None
            gm_from = c["analyse"]
        else:
            c["reviewer"] = q_director
            c["review"] = _at(c["analyse"].date() + timedelta(days=rng.randint(1, 2)), rng, 8, 16)
            gm_from = c["review"]
        c["gm"] = _at(gm_from.date() + timedelta(days=rng.randint(1, 3)), rng, 9, 13)
        c["qrecv"] = c["gm"] + timedelta(minutes=rng.randint(30, 180))
        c["post_measures"] = c["qrecv"] + timedelta(minutes=rng.randint(8, 52))
        c["implement"] = c["gm"].date() + timedelta(days=rng.randint(1, 3))
        if date(2025, 1, 23) <= c["implement"] <= date(2025, 2, 4):     # measures go onto the lines after the festival
            c["implement"] = date(2025, 2, 5)
        c["v1"] = _at(c["implement"] + timedelta(days=rng.randint(3, 6)), rng, 8, 15)
        c["v2"] = _at(c["v1"].date() + timedelta(days=rng.randint(20, 28)), rng, 8, 15)
        c["v3"] = _at(c["v2"].date() + timedelta(days=rng.randint(20, 28)), rng, 8, 15)
        for k in ("1", "2", "3"):
            c["pv" + k] = c["v" + k] + timedelta(minutes=rng.randint(10, 50))
            c["rr" + k] = rng.choice(_S35_REVIEW)
        c["effective"] = c["v3"].date() + timedelta(days=rng.randint(1, 3))
        c["training"] = c["effective"] + timedelta(days=rng.randint(3, 10))
        c["filed"] = c["training"] + timedelta(days=rng.randint(1, 5))
        c["verifier"] = rng.choice(qe)
        c["poster"] = rng.choice(qe)
        c["refb"] = c["post_refb"] = None
        c["cost"] = c["cost_at"] = c["cost_fb"] = None
        c["attach"] = ""
        cases.append(c)

    def cut(c):
        """Steps after the export time have not happened: cut the chain at the first step after CUTOFF."""
        chain = ["receive", "post_event", "analyse", "review", "gm", "qrecv", "post_measures", "implement",
                 "v1", "pv1", "v2", "pv2", "v3", "pv3", "effective", "training", "filed"]
        if c["filed"] is not None and c["filed"] > CUTOFF.date():
            c["effective"] = c["training"] = c["filed"] = None     # not yet judged effective
        gone = False
        for k in chain:
            v = c.get(k)
            if v is None:
                continue
            vt = v if isinstance(v, datetime) else datetime(v.year, v.month, v.day)
            if gone or vt > CUTOFF:
                gone = True
                c[k] = None
        for k in ("1", "2", "3"):
            if c["v" + k] is None:
                c["rr" + k] = ""
        if c["v1"] is None:
            c["verifier"] = ""

    for c in cases:
        cut(c)

    def done(*keys):
        return [c for c in cases if not c["inj"] and all(c[k] is not None for k in keys)]

    def take(pool, k):
        out = rng.sample(pool, k)
        return out

    # refeedback: a few customers came back; traps and one violation
    refb_cases = take([c for c in done("v1") if c["v1"].date() <= date(2025, 6, 20)], 5)
    for j, c in enumerate(refb_cases):
        t = _at(c["v1"].date() + timedelta(days=rng.randint(1, 8)), rng, 8, 15)
        c["refb"] = t
        c["post_refb"] = t + timedelta(minutes=58 if j == 0 else rng.randint(10, 45))
        if j == 1:
            c["post_refb"] = t + timedelta(minutes=rng.randint(150, 200))
            c["inj"].append("post_refeedback_1h")

    # post_event_1h: two late postings; one trap at 58 minutes
    for c in take(done("post_event"), 2):
        c["post_event"] = c["receive"] + timedelta(minutes=rng.randint(130, 290))
        c["inj"].append("post_event_1h")
    trap = rng.choice([c for c in cases if not c["inj"]])
    trap["post_event"] = trap["receive"] + timedelta(minutes=58)

    # post_measures_1h
    for c in take(done("post_measures"), 1):
        c["post_measures"] = c["qrecv"] + timedelta(minutes=rng.randint(200, 300))
        c["inj"].append("post_measures_1h")

    # routing: new product led by 品质部经理; mature batch led by 品质部经理
    new_pool = [c for c in done("analyse", "gm") if c["stage"] != "量产"]
    c = rng.choice(new_pool)
    c["lead"] = q_mgr
    c["inj"].append("new_product_to_technical_manager")
    mb_pool = [c for c in done("analyse") if c["stage"] == "量产" and c["batch"] == "批量"]
    c = rng.choice(mb_pool)
    c["lead"] = q_mgr
    c["inj"].append("mature_batch_to_quality_director")

    # director review missing (new product, approved by GM) / reviewed by the wrong person
    new_pool = [c for c in done("gm") if c["stage"] != "量产"]
    c = rng.choice(new_pool)
    c["reviewer"], c["review"] = "", None
    c["inj"].append("director_review_new_product")
    new_pool = [c for c in done("gm") if c["stage"] != "量产"]
    c = rng.choice(new_pool)
    c["reviewer"] = q_mgr
    c["inj"].append("step-director_review")

    # gm_approval: measures implemented without the general manager's approval
    c = rng.choice(done("implement", "v1"))
    c["gm"] = c["qrecv"] = c["post_measures"] = None
    c["inj"].append("gm_approval")

    # first verification: one late, one never done (implemented in May)
    c = rng.choice(done("v1", "v2"))
    c["v1"] = _at(c["implement"] + timedelta(days=rng.randint(9, 12)), rng, 8, 15)
    c["pv1"] = c["v1"] + timedelta(minutes=rng.randint(10, 40))
    c["inj"].append("first_verification_within_1_week")
    pool = [c for c in done("implement") if date(2025, 5, 5) <= c["implement"] <= date(2025, 6, 10)]
    c = rng.choice(pool)
    for k in ("v1", "pv1", "v2", "pv2", "v3", "pv3", "effective", "training", "filed", "refb", "post_refb"):
        c[k] = None
    c["rr1"] = c["rr2"] = c["rr3"] = c["verifier"] = ""
    c["inj"].append("first_verification_within_1_week")

    # second verification more than a month after the first
    c = rng.choice(done("v2", "v3"))
    gap = rng.randint(36, 40)
    shift = _at(c["v1"].date() + timedelta(days=gap), rng, 8, 15) - c["v2"]
    for k in ("v2", "pv2", "v3", "pv3"):
        c[k] = c[k] + shift
    for k in ("effective", "training", "filed"):
        c[k] = c[k] + timedelta(days=shift.days + 1) if c[k] else None
    cut(c)
    c["inj"].append("second_verification_within_1_month")

    # post_verify_2_1h: second result posted next morning
    c = rng.choice(done("v2", "pv2"))
    c["pv2"] = c["v2"] + timedelta(hours=rng.randint(18, 22))
    c["inj"].append("post_verify_2_1h")

    # review record after verify 1 missing
    c = rng.choice(done("v1"))
    c["rr1"] = ""
    c["inj"].append("review_record_after_verify_1")

    # three_verifications: judged effective after the first verification, trained, no second verification (not yet due)
    pool = [c for c in done("v1") if date(2025, 6, 2) <= c["v1"].date() <= date(2025, 6, 12)]
    c = rng.choice(pool)
    c["v2"] = c["pv2"] = c["v3"] = c["pv3"] = None
    c["rr2"] = c["rr3"] = ""
    c["effective"] = c["v1"].date() + timedelta(days=2)
    c["training"] = c["effective"] + timedelta(days=rng.randint(3, 5))
    c["filed"] = c["training"] + timedelta(days=1)
    c["inj"].append("three_verifications")

    # coordination costs: incurred and fed back in the same month; two late, one without the attachment; traps at month end
    cost_pool = [c for c in cases if c["receive"] and c["receive"].date() < date(2025, 6, 15)]
    cost_cases = rng.sample(cost_pool, 12)
    for j, c in enumerate(cost_cases):
        c["cost"] = rng.choice([800, 1200, 1500, 2000, 2600, 3500, 5000, 6800])
        inc = c["receive"].date() + timedelta(days=rng.randint(0, 10))
        if inc > date(2025, 6, 25):
            inc = date(2025, 6, 20)
        end = (date(inc.year, inc.month + 1, 1) - timedelta(days=1)) if inc.month < 12 else date(inc.year, 12, 31)
        fb = inc + timedelta(days=rng.randint(0, (end - inc).days)) if end > inc else inc
        c["cost_at"], c["cost_fb"] = inc, fb
        c["attach"] = "附件：问题信息、处理结果、协调费用使用情况"
    traps = [c for c in cost_cases if c["cost_at"].month == 3] or cost_cases[:1]
    t = traps[0]
    t["cost_at"], t["cost_fb"] = date(2025, 3, 31), date(2025, 3, 31)
    late = [c for c in cost_cases if c is not t and c["cost_at"].month < 6][:2]
    for c in late:
        nxt = date(c["cost_at"].year, c["cost_at"].month + 1, 1)
        c["cost_fb"] = nxt + timedelta(days=rng.randint(2, 12))
        c["inj"].append("cost_feedback_same_month")
    noatt = [c for c in cost_cases if c is not t and c not in late][0]
    noatt["attach"] = ""
    noatt["inj"].append("cost_attachment_required")

    if injected is not None:
        injected += [(c["no"], inj) for c in cases for inj in c["inj"]]

    rows = []
    for c in cases:
        if c["filed"]:
            status = "已关闭"
        elif c["v1"]:
            status = "验证中"
        elif c["implement"]:
            status = "整改中"
        elif c["gm"]:
            status = "待实施"
        elif c["review"] or (c["lead"] == q_director and c["analyse"]):
            status = "待总经理审批"
        elif c["analyse"]:
            status = "待审核"
        else:
            status = "分析中"
        eff = c["effective"] is not None
        fine_slip = ""
        if c["cost"] and rng.random() < 0.25:
            fine_slip = f"KF{c['cost_at'].month:02d}-{rng.randint(1, 30):02d}"
        r = Case()
        r["投诉单号"] = c["no"]
        r["反馈时间"] = _slash(c["t0"])
        r["反馈部门"] = c["dept"]
        r["客户"] = c["customer"]
        r["产品名称"] = c["product"]
        r["零件号"] = c["pn"]
        r["产品状态"] = c["stage"]
        r["批量/非批量"] = c["batch"]
        r["问题描述"] = c["problem"]
        r["责任事业部"] = c["bu"]
        r["事业部经理"] = bu_mgr[c["bu"]]
        r["事业部签收时间"] = _slash(c["receive"])
        r["事件公示时间"] = _slash(c["post_event"])
        r["分析牵头人"] = c["lead"] if c["analyse"] else c["lead"]
        r["纠正预防措施报告提交时间"] = _slash(c["analyse"])
        r["审核人"] = c["reviewer"] if c["review"] else ""
        r["审核时间"] = _slash(c["review"])
        r["总经理审批时间"] = _slash(c["gm"])
        r["品质部接收时间"] = _slash(c["qrecv"])
        r["措施公示时间"] = _slash(c["post_measures"])
        r["公示人"] = c["poster"] if c["post_measures"] else ""
        r["措施实施日期"] = _slash(c["implement"])
        r["首次验证日期"] = _slash(c["v1"])
        r["首次验证公示时间"] = _slash(c["pv1"])
        r["首次评审记录"] = c["rr1"]
        r["二次验证日期"] = _slash(c["v2"])
        r["二次验证公示时间"] = _slash(c["pv2"])
        r["二次评审记录"] = c["rr2"]
        r["三次验证日期"] = _slash(c["v3"])
        r["三次验证公示时间"] = _slash(c["pv3"])
        r["三次评审记录"] = c["rr3"]
        r["验证人"] = c["verifier"]
        r["验证结论"] = "有效" if eff else ("跟踪中" if c["v1"] else "")
        r["验证有效日期"] = _slash(c["effective"])
        r["培训日期"] = _slash(c["training"])
        r["培训记录备案日期"] = _slash(c["filed"])
        r["客户再次反馈"] = "是" if c["refb"] else "否"
        r["再次反馈时间"] = _slash(c["refb"])
        r["再次反馈公示时间"] = _slash(c["post_refb"])
        r["协调费用(元)"] = c["cost"] if c["cost"] else ""
        r["费用发生日期"] = _slash(c["cost_at"])
        r["费用反馈日期"] = _slash(c["cost_fb"])
        r["费用附件"] = c["attach"] if c["cost"] else ""
        r["客户罚款单"] = fine_slip
        r["状态"] = status
        r["录入人"] = rng.choice(clerks) if c["dept"] == "市场部" else rng.choice(sales)
        r["备注"] = pick(rng, [("", 6), ("客户要求8D报告", 1), ("已发整改报告邮件（图文）", 1), ("VMI库存已挑选", 1)])
        rows.append(r)

    hand = {
        "procedure": "s35-product-quality-complaint-flow",
        "encoding": "gbk",
        "columns": {
            "投诉单号": "case_number",
            "产品名称": "product",
            "产品状态": "product_stage",
            "批量/非批量": "batch_issue",
            "事业部签收时间": "receive_feedback_at",
            "事业部经理": "post_event_by",
            "事件公示时间": "post_event_at",
            "分析牵头人": "analyse_by",
            "纠正预防措施报告提交时间": "analyse_at",
            "审核人": "director_review_by",
            "审核时间": "director_review_at",
            "总经理审批时间": "gm_approve_at",
            "品质部接收时间": "receive_approved_report_at",
            "措施公示时间": "post_measures_at",
            "公示人": "post_measures_by",
            "措施实施日期": "implement_at",
            "首次验证日期": "verify_1_at",
            "首次验证公示时间": "post_verify_1_at",
            "首次评审记录": "review_record_1",
            "二次验证日期": "verify_2_at",
            "二次验证公示时间": "post_verify_2_at",
            "二次评审记录": "review_record_2",
            "三次验证日期": "verify_3_at",
            "三次验证公示时间": "post_verify_3_at",
            "三次评审记录": "review_record_3",
            "验证人": "verifier",
            "验证有效日期": "verification_effective_at",
            "培训日期": "training_at",
            "培训记录备案日期": "training_record_filed_at",
            "客户再次反馈": "customer_refeedback",
            "再次反馈时间": "refeedback_at",
            "再次反馈公示时间": "post_refeedback_at",
            "协调费用(元)": "coordination_cost",
            "费用发生日期": "cost_incurred_at",
            "费用反馈日期": "cost_feedback_at",
            "费用附件": "cost_attachment",
        },
        "values": {
            "product_stage": {"新品": "new", "新品前三批": "new_first_three_batches", "量产": "mature"},
            "batch_issue": {"批量": "yes", "非批量": "no"},
            "customer_refeedback": {"是": "yes", "否": "no"},
        },
        "roles": {
            tech_mgr: "technical_manager",
            q_director: "quality_director",
            q_mgr: "quality_manager",
            **{name: "business_unit_manager" for name in bu_mgr.values()},
            **{name: "quality_dept" for name in qe},
        },
    }
    return rows, hand


# --- 165: S38, Nanshan aluminium's industrial-profile customer quality-complaint register (Excel, date cells) -------

_S38_PROFILES = ["6063-T5 工业型材 NS-6352", "6061-T6 电池托盘边梁 NS-8810", "6082-T6 轨道车辆地板型材 NS-7021",
                 "6005A-T6 车体侧墙型材 NS-7315", "6063-T6 光伏边框 NS-5120", "6061-T6 散热器型材 NS-4408"]
_S38_CUSTOMERS = ["中车青岛四方机车车辆股份有限公司", "比亚迪汽车工业有限公司", "中集车辆（集团）股份有限公司",
                  "宁德时代新能源科技股份有限公司", "烟台某精密机械有限公司", "晶澳太阳能科技股份有限公司",
                  "无锡某散热器有限公司"]
_S38_PROBLEMS = [
    # 问题描述, 本公司原因时的原因分析, 整改措施, 责任部门
    ("型材表面划伤、擦伤", "出料台辊道有硬质异物", "更换出料台石墨条，增加班前清理", "挤压分厂"),
    ("壁厚尺寸超差0.15mm", "模具工作带磨损", "模具返修并缩短上机周期", "模具中心"),
    ("硬度不足（韦氏硬度<10）", "时效炉温度偏低", "时效炉校温，增加每炉硬度抽检", "热处理工段"),
    ("氧化膜色差", "氧化槽液浓度波动", "槽液每班化验两次", "氧化分厂"),
    ("弯曲度超差", "拉伸矫直量不足", "修订矫直工艺卡", "挤压分厂"),
    ("端面毛刺、锯切斜口", "锯片磨损未及时更换", "锯片按米数强制更换", "挤压分厂"),
]
_S38_NOT_OURS = ["客户折弯工艺不当导致开裂", "客户仓储受潮产生白斑", "客户机加工装夹变形", "运输卸货磕碰（客户自提）"]


def e165_s38_nanshan_quality_complaint_register(rng, injected=None):
    """S38 南山铝业 客户质量问题投诉处理流程：工业型材厂质量管理部用 Excel 维护的“客户质量投诉登记台账”（XLSX），
    日期是 Excel 日期单元格（只有日期）。导出时间 2025-06-30，之后的环节尚未发生。

    先写下的列（只读了原文）：序号, 反馈单号, 接诉日期, 客户名称, 合同号, 型材型号, 批次号, 投诉数量, 问题描述, 反馈人,
    反馈渠道, 是否现场确认, 确认结论, 166-1提交日期, 质量部接收日期, 质量部处理人, 166-2填写日期, 责任部门, 原因分析,
    整改措施, 处理结果, 关闭日期, 状态, 备注。
    读过制度 YAML 后补的列：先期确认部门, 先期确认日期, 跟踪验证日期。

    注入（规则 id × 件数）：feedback_form_for_own_issue ×3（两件已关闭、一件在办），countermeasure_form_before_close ×2，
    follow_up_until_closed ×2，receive_by_after_sales_or_sales ×2（质量管理部、挤压分厂直接接的投诉），
    preliminary_analysis_by_after_sales_or_sales ×1（工艺技术部去现场），feedback_form_by_after_sales_or_sales ×1
    （质量管理部的人填 166-1），quality_handle_by_quality_mgmt ×1（工艺技术部的人接收处理），
    CK106 preliminary_analysis-feedback_form ×1（166-1 早于先期确认）。共 13 件。
    陷阱（不是违规）：非本公司质量问题已关闭而没有 166-1、166-2、跟踪记录；本公司问题在办、尚无 166-2 和跟踪；
    “待确认”的近期投诉没有 166-1；销售部跟单员接诉并填写 166-1；没有去现场的不记先期确认。
    """
    taken: set = set()
    after_sales = distinct_names(rng, 3, taken)
    sales = distinct_names(rng, 4, taken)
    qm = distinct_names(rng, 3, taken)
    tech = distinct_names(rng, 1, taken)[0]

    n = 36
    days = sorted(rng.sample(range(0, 170), n))
    cases = []
    for i, off in enumerate(days):
        d0 = date(2025, 1, 3) + timedelta(days=off)
        if d0 > date(2025, 6, 27):
            d0 = date(2025, 6, 27)
        channel = pick(rng, [("售后服务部", 3), ("销售部跟单员", 2)])
        filer = rng.choice(after_sales if channel == "售后服务部" else sales)
        prob, cause, measure, resp = rng.choice(_S38_PROBLEMS)
        c = {"no": f"ZY{d0.year % 100:02d}{d0.month:02d}{i + 1:03d}", "d0": d0, "channel": channel, "filer": filer,
             "customer": rng.choice(_S38_CUSTOMERS), "profile": rng.choice(_S38_PROFILES), "problem": prob,
             "cause": cause, "measure": measure, "resp": resp, "inj": []}
        onsite = rng.random() < 0.6
        c["onsite"] = "是" if onsite else "否"
        c["pre_by"] = (pick(rng, [("售后服务部", 3), ("销售部", 1)]) if onsite else "")
        c["pre_at"] = d0 + timedelta(days=rng.randint(1, 4)) if onsite else None
        concl_at = (c["pre_at"] or d0) + timedelta(days=rng.randint(0, 2))
        if concl_at > CUTOFF.date() - timedelta(days=3) or (d0 >= date(2025, 6, 12) and rng.random() < 0.6):
            c["own"] = "待确认"
        else:
            c["own"] = pick(rng, [("本公司质量问题", 7), ("非本公司质量问题", 3)])
        c["form1"] = c["qm_at"] = c["form2"] = c["follow"] = c["closed"] = None
        c["qm_by"] = ""
        if c["own"] == "本公司质量问题":
            c["form1"] = concl_at + timedelta(days=1)
            c["qm_at"] = c["form1"] + timedelta(days=rng.randint(1, 2))
            c["qm_by"] = rng.choice(qm)
            c["form2"] = c["qm_at"] + timedelta(days=rng.randint(3, 10))
            c["follow"] = c["form2"] + timedelta(days=rng.randint(10, 30))
            c["closed"] = c["follow"] + timedelta(days=rng.randint(1, 5))
        elif c["own"] == "非本公司质量问题":
            c["problem"] = prob
            c["cause"] = rng.choice(_S38_NOT_OURS)
            c["measure"] = ""
            c["resp"] = ""
            c["closed"] = concl_at + timedelta(days=rng.randint(1, 4))
        for k in ("form1", "qm_at", "form2", "follow", "closed"):       # later steps have not happened
            if c[k] is not None and c[k] > CUTOFF.date():
                for k2 in ("form1", "qm_at", "form2", "follow", "closed")[("form1", "qm_at", "form2", "follow", "closed").index(k):]:
                    c[k2] = None
                break
        if c["qm_at"] is None:
            c["qm_by"] = ""
        cases.append(c)

    def pool(own=True, closed=None):
        out = [c for c in cases if not c["inj"] and c["own"] == ("本公司质量问题" if own else "非本公司质量问题")]
        if closed is not None:
            out = [c for c in out if (c["closed"] is not None) == closed]
        return out

    for c in rng.sample(pool(closed=True), 2):
        c["form1"] = None
        c["inj"].append("feedback_form_for_own_issue")
    c = rng.choice(pool(closed=False))
    c["form1"] = None
    c["inj"].append("feedback_form_for_own_issue")
    for c in rng.sample(pool(closed=True), 2):
        c["form2"] = None
        c["inj"].append("countermeasure_form_before_close")
    for c in rng.sample(pool(closed=True), 2):
        c["follow"] = None
        c["inj"].append("follow_up_until_closed")
    c = rng.choice([c for c in cases if not c["inj"]])
    c["channel"] = "质量管理部"
    c["filer"] = rng.choice(after_sales)
    c["remark"] = "客户直接致电质量管理部"
    c["inj"].append("receive_by_after_sales_or_sales")
    c = rng.choice([c for c in cases if not c["inj"]])
    c["channel"] = "挤压分厂"
    c["filer"] = rng.choice(after_sales)
    c["remark"] = "客户驻厂人员直接反映给挤压分厂"
    c["inj"].append("receive_by_after_sales_or_sales")
    c = rng.choice([c for c in cases if not c["inj"] and c["pre_at"]])
    c["pre_by"] = "工艺技术部"
    c["inj"].append("preliminary_analysis_by_after_sales_or_sales")
    c = rng.choice([c for c in pool() if c["form1"]])
    c["filer"] = rng.choice(qm)
    c["inj"].append("feedback_form_by_after_sales_or_sales")
    c = rng.choice([c for c in pool() if c["qm_at"]])
    c["qm_by"] = tech
    c["inj"].append("quality_handle_by_quality_mgmt")
    c = rng.choice([c for c in pool() if c["pre_at"] and c["form1"]])
    c["form1"] = c["pre_at"] - timedelta(days=1)
    if c["form1"] < c["d0"]:
        c["form1"] = c["d0"]
        c["pre_at"] = c["d0"] + timedelta(days=1)
    c["inj"].append("preliminary_analysis-feedback_form")

    if injected is not None:
        injected += [(c["no"], inj) for c in cases for inj in c["inj"]]

    rows = []
    for i, c in enumerate(cases):
        if c["closed"]:
            status = "已关闭"
        elif c["own"] == "待确认":
            status = "确认中"
        elif c["form2"]:
            status = "整改跟踪"
        else:
            status = "处理中"
        own = c["own"] == "本公司质量问题"
        if c["closed"]:
            result = "已整改，客户认可" if own else "非我司原因，客户自行处理"
        else:
            result = ""
        unit = rng.choice(["支", "吨"])
        qty = rng.randint(20, 600) if unit == "支" else round(rng.uniform(0.5, 12), 2)
        r = Case()
        r["序号"] = i + 1
        r["反馈单号"] = c["no"]
        r["接诉日期"] = c["d0"]
        r["客户名称"] = c["customer"]
        r["合同号"] = f"NSGY-{c['d0'].year}-{rng.randint(1000, 9999)}"
        r["型材型号"] = c["profile"]
        r["批次号"] = f"{(c['d0'] - timedelta(days=rng.randint(15, 60))).strftime('%y%m%d')}-{rng.randint(1, 24):02d}"
        r["投诉数量"] = f"{qty}{unit}"
        r["问题描述"] = c["problem"]
        r["反馈人"] = c["filer"]
        r["反馈渠道"] = c["channel"]
        r["是否现场确认"] = "是" if c["pre_at"] else "否"
        r["先期确认部门"] = c["pre_by"] if c["pre_at"] else ""
        r["先期确认日期"] = c["pre_at"]
        r["确认结论"] = c["own"]
        r["166-1提交日期"] = c["form1"]
        r["质量部接收日期"] = c["qm_at"]
        r["质量部处理人"] = c["qm_by"]
        r["166-2填写日期"] = c["form2"]
        r["责任部门"] = c["resp"] if own else ""
        r["原因分析"] = c["cause"] if (own and c["form2"]) or (not own and c["own"] != "待确认") else ""
        r["整改措施"] = c["measure"] if own and c["form2"] else ""
        r["跟踪验证日期"] = c["follow"]
        r["处理结果"] = result
        r["关闭日期"] = c["closed"]
        r["状态"] = status
        r["备注"] = c.get("remark", "")
        rows.append(r)

    roles = {"售后服务部": "after_sales", "销售部跟单员": "sales", "销售部": "sales", "质量管理部": "quality_mgmt",
             "挤压分厂": "production", "工艺技术部": "process_tech"}
    roles.update({name: "after_sales" for name in after_sales})
    roles.update({name: "sales" for name in sales})
    roles.update({name: "quality_mgmt" for name in qm})
    roles[tech] = "process_tech"
    hand = {
        "procedure": "s38-nanshan-aluminium-quality-complaints",
        "sheet": "导出",
        "columns": {
            "反馈单号": "case_number",
            "接诉日期": "receive_at",
            "反馈渠道": "receive_by",
            "问题描述": "content",
            "先期确认部门": "preliminary_analysis_by",
            "先期确认日期": "preliminary_analysis_at",
            "确认结论": "own_quality_issue",
            "反馈人": "feedback_form_by",
            "166-1提交日期": "feedback_form_at",
            "质量部接收日期": "quality_handle_at",
            "质量部处理人": "quality_handle_by",
            "166-2填写日期": "countermeasure_at",
            "跟踪验证日期": "follow_up_at",
            "关闭日期": "closed_at",
        },
        "values": {
            "own_quality_issue": {"本公司质量问题": True, "非本公司质量问题": False, "待确认": ""},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("164-s35-autoparts-complaint-tracking.csv", "gbk", e164_s35_autoparts_complaint_tracking),
    ("165-s38-nanshan-quality-complaint-register.xlsx", "xlsx", e165_s38_nanshan_quality_complaint_register),
]
