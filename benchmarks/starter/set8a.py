"""Held-out starter-profile exports, set 8a (42-44): a manufacturer's quality-complaint tracking ledger (S35), a
telecom branch's complaint work orders (S39) and a foreign-invested insurer's English CRM complaint register (L3).

Written from the procedures' source texts first (headers, labels, date spellings as each company's own system would
have them); the procedure YAML was read only afterwards, to add the few columns its rules need (listed per export).

    .venv/bin/python benchmarks/starter/make_exports.py    # writes these with every other export (every_export)

Seeded by the export's number: the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import START, Case, day_first, pick, slash

CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were pulled on 2025-06-30 noon; audits run --as-of 2025-07-01


def _h(t, lo, hi, rng):
    return t + timedelta(hours=rng.uniform(lo, hi))


def _m(t, lo, hi, rng):
    return t + timedelta(minutes=rng.uniform(lo, hi))


def _o(t, rng):
    """Snaps a day-scale step forward into office hours (08:00-18:00), minute resolution: people log these by hand."""
    t = t.replace(second=0, microsecond=0)
    if t.hour >= 18:
        t = (t + timedelta(days=1)).replace(hour=rng.randint(8, 9), minute=rng.randint(0, 59))
    elif t.hour < 8:
        t = t.replace(hour=rng.randint(8, 9), minute=rng.randint(0, 59))
    return t


def _workday(rng, day_offset_max):
    """A working-hours moment on a weekday between START and START + day_offset_max days."""
    while True:
        d = START + timedelta(days=rng.randint(0, day_offset_max))
        if d.weekday() < 5:
            return d.replace(hour=rng.randint(8, 16), minute=rng.randint(0, 59))


def _cut(groups):
    """Steps are generated as far as the plan goes; the export only shows what happened before CUTOFF. `groups` is
    an ordered list of dicts (header -> datetime or other value); from the first group with a time after CUTOFF on,
    every group is blanked (a group is done together: a verification and its posting, the record and its training)."""
    stop = False
    for g in groups:
        if not stop and any(isinstance(v, datetime) and v > CUTOFF for v in g.values()):
            stop = True
        if stop:
            for k in g:
                g[k] = None
    merged = {}
    for g in groups:
        merged.update(g)
    return merged


# --- 42: S35 manufacturer's quality-complaint tracking ledger (XLSX) ---------------------------------------------

S35_HEADERS = [
    "投诉编号", "接到反馈时间", "反馈来源", "客户", "产品名称/型号", "批次号", "产品阶段", "问题性质", "问题描述", "责任事业部",
    "事件公示时间", "分析牵头人", "纠正预防措施报告完成", "质量总监审核", "总经理审批", "品质部接收审批报告", "整改措施公示时间",
    "措施实施日期", "第一次验证", "一次验证结果公示", "一次评审记录", "第二次验证", "二次验证结果公示", "二次评审记录",
    "第三次验证", "三次验证结果公示", "三次评审记录", "验证关闭日期", "验证记录日期", "验证人", "验证产品", "验证数量",
    "措施落实情况", "改进效果", "部门评价", "培训日期", "培训记录综合部备案", "客户再次反馈", "再次反馈接收时间",
    "再次反馈公示时间", "批量报废", "应急方案协商", "应急方案批准", "外贸回复客户", "VMI挑选回复", "挑选情况反馈",
    "补货生产安排", "补货发货安排", "协调费用(元)", "客户罚款(元)", "费用发生日期", "罚款票据", "罚款单填写日期",
    "费用反馈日期", "费用附件", "跟踪人", "备注",
]

S35_PRODUCTS = [("离合器总成 CL-430", "总成事业部"), ("离合器从动盘 DP-350", "总成事业部"), ("制动鼓 BD-410", "制动事业部"),
                ("制动蹄片 BS-220", "制动事业部"), ("飞轮壳 FH-12", "铸造事业部"), ("变速箱壳体 GH-9T", "铸造事业部")]
S35_CUSTOMERS = [("一汽解放", "市场部"), ("陕汽重卡", "市场部"), ("东风商用车", "市场部"), ("福田戴姆勒", "市场部"),
                 ("Volvo Trucks (Göteborg)", "外贸部"), ("Tata Motors", "外贸部"), ("KAMAZ", "外贸部")]
S35_PROBLEMS = ["摩擦片异响", "铆钉松动", "尺寸超差", "表面气孔", "动平衡超差", "花键毂磨损", "漆膜脱落", "螺纹孔滑牙"]
S35_TRACKERS = ["王建", "陈晓", "刘海涛", "赵敏"]
S35_VERIFIERS = ["品质部 孙立", "品质部 何静", "品质部 周涛"]


def e42_s35(rng):
    """Plays a truck-parts maker's 客户质量投诉跟踪台账 (Excel, one row per complaint, real date cells). Headers in the
    ledger's own words (接到反馈时间, 分析牵头人, 第一次验证, 费用反馈日期...); 产品阶段 新品/新品前三批/成熟产品,
    问题性质 批量/非批量, 客户再次反馈 有/无, 批量报废 是/否, 罚款票据 已提供/未提供; extra columns 反馈来源, 客户,
    批次号, 问题描述, 责任事业部, 跟踪人, 备注. Rows still open at the 2025-06-30 pull are blank from the pending step on.
    Added after reading the procedure: 品质部接收审批报告, 一/二/三次验证结果公示 (only one 公示 column before),
    一/二/三次评审记录, 验证关闭日期, the verification-record columns (验证记录日期, 验证人, 验证产品, 验证数量,
    措施落实情况, 改进效果, 部门评价), 培训记录综合部备案, 客户再次反馈 and 再次反馈公示时间, 批量报废 and the seven
    emergency/replenishment columns (应急方案协商 ... 补货发货安排), 罚款票据, 罚款单填写日期, 费用附件.
    Injected: 2 事件公示 2.5 h after receipt (post_event_1h); 5 整改措施公示 5 h after receipt of the approved
    report (post_measures_1h); 8 first verification 11 days after implementation; 11 second verification 40 days
    after the first; 14 二次验证结果 never posted; 17 mature batch problem led by 品质部经理 (should be 质量总监);
    20 new-product problem led by 品质部经理 (should be 技术部经理); 23 mature non-batch report without 质量总监审核;
    4 产品阶段 '试制件' (not an option); 26 coordination cost incurred in April fed back in May; 29 fine without
    receipt and no 客户罚款单; 32 coordination cost fed back without attachment; 35 batch scrap: 外贸 replied to
    the customer before the GM approved the emergency plan; 38 customer re-feedback posted 3 h later; 10 验证人 left
    blank in the verification record; 41 training record never filed with 综合部; 44 reuses 43's complaint number."""
    n = 45
    rows = []
    scrap_cases = {6, 12, 35, 30}          # mature batch problems that scrapped a batch (received early, chain complete)
    cost_cases = {3, 9, 15, 21, 26, 29, 32, 36, 40}
    refeedback_cases = {5, 16, 24, 38, 31}
    for i in range(n):
        number = f"ZL25-{i + 1:03d}"
        product, unit = S35_PRODUCTS[rng.randrange(len(S35_PRODUCTS))]
        customer, source = S35_CUSTOMERS[rng.randrange(len(S35_CUSTOMERS))]
        if i in scrap_cases:
            stage, batch = "成熟产品", "批量"
        elif i == 17:
            stage, batch = "成熟产品", "批量"
        elif i == 20:
            stage, batch = "新品", pick(rng, [("批量", 1), ("非批量", 2)])
        elif i == 23:
            stage, batch = "成熟产品", "非批量"
        else:
            stage = pick(rng, [("新品", 2), ("新品前三批", 2), ("成熟产品", 6)])
            batch = pick(rng, [("批量", 2), ("非批量", 3)])
        # received Mar 3 - early Jun; the scrap cases early enough for their whole chain
        early = scrap_cases | cost_cases | {2, 5, 8, 10, 11, 14, 17, 20, 23, 38, 41}
        t0 = _workday(rng, 40 if i in early else 95)
        if stage == "成熟产品" and batch == "批量":
            lead, needs_review = "质量总监", False
        elif stage == "成熟产品":
            lead, needs_review = "品质部经理", True
        else:
            lead, needs_review = "技术部经理", True
        if i in (17, 20):
            lead = "品质部经理"
        if i == 4:
            stage = "试制件"
        post_event = _m(t0, 8, 50, rng) if i != 2 else t0 + timedelta(hours=2, minutes=30)
        analyse = _o(_h(t0, 24, 96, rng), rng)
        review = _o(_h(analyse, 4, 30, rng), rng) if needs_review and i != 23 else None
        gm = _o(_h(review or analyse, 4, 48, rng), rng)
        got_report = _o(_h(gm, 0.5, 6, rng), rng)
        post_measures = _m(got_report, 6, 50, rng) if i != 5 else got_report + timedelta(hours=5, minutes=4)
        implement = _o(_h(got_report, 12, 72, rng), rng)
        v1 = _o(_h(implement, 48, 140, rng), rng) if i != 8 else implement + timedelta(days=11)
        v2 = _o(v1 + timedelta(days=rng.uniform(18, 27)), rng) if i != 11 else v1 + timedelta(days=40)
        v3 = _o(v2 + timedelta(days=rng.uniform(18, 27)), rng)
        effective = _o(_h(v3, 4, 48, rng), rng)
        training = _o(effective + timedelta(days=rng.uniform(1, 6)), rng)
        filed = _o(training + timedelta(days=rng.uniform(1, 3)), rng)
        qty = rng.choice([50, 80, 100, 120, 200, 300])
        groups = [
            {"接到反馈时间": t0, "事件公示时间": post_event},
            {"纠正预防措施报告完成": analyse},
            {"质量总监审核": review},
            {"总经理审批": gm, "品质部接收审批报告": got_report, "整改措施公示时间": post_measures},
            {"措施实施日期": implement},
            {"第一次验证": v1, "一次验证结果公示": _m(v1, 10, 55, rng),
             "一次评审记录": f"第一次整改评审会：{rng.choice(['措施有效，继续跟踪', '首检合格，补充作业指导书', '发现夹具定位不足，追加工装改进'])}"},
            {"第二次验证": v2, "二次验证结果公示": _m(v2, 10, 55, rng) if i != 14 else None,
             "二次评审记录": f"第二次整改评审会：{rng.choice(['连续批次无复发', '改进工装已验收', '修订检验规程QI-07'])}"},
            {"第三次验证": v3, "三次验证结果公示": _m(v3, 10, 55, rng),
             "三次评审记录": f"第三次整改评审会：{rng.choice(['三批次跟踪合格，建议关闭', '效果稳定，纳入标准化'])}"},
            {"验证关闭日期": effective, "验证记录日期": v3, "验证人": rng.choice(S35_VERIFIERS) if i != 10 else None,
             "验证产品": product.split()[0], "验证数量": qty,
             "措施落实情况": rng.choice(["工艺参数已固化，现场抽查符合", "作业指导书已更新，操作工已签字", "新工装已投用"]),
             "改进效果": rng.choice([f"抽检{qty}件未再出现{rng.choice(S35_PROBLEMS)}", f"{qty}件全检合格"]),
             "部门评价": rng.choice(["技术部、生产部评价有效", "生产部评价有效，技术部建议继续关注"]),
             "培训日期": training, "培训记录综合部备案": filed if i != 41 else None},
        ]
        if i == 41:   # training done but record never filed: keep the training even if late in the window
            for g in groups[5:]:
                for k, v in g.items():
                    if isinstance(v, datetime) and v > CUTOFF:
                        raise AssertionError("case 41 must be complete")
        row = _cut(groups)
        if i == 41:
            row["培训记录综合部备案"] = None
        # customer re-feedback, some time after the measures were posted
        refb = refb_post = None
        if i in refeedback_cases and row["整改措施公示时间"]:
            refb = row["整改措施公示时间"] + timedelta(days=rng.uniform(5, 20), hours=rng.uniform(0, 6))
            if refb.hour >= 18 or refb.hour < 8:
                refb = refb.replace(hour=rng.randint(8, 16))
            refb_post = _m(refb, 8, 50, rng) if i != 38 else refb + timedelta(hours=3, minutes=10)
            if refb > CUTOFF:
                refb = refb_post = None
        # batch scrap: emergency plan, GM approval, reply via 外贸部, VMI selection, feedback, replenishment
        em = {k: None for k in ["应急方案协商", "应急方案批准", "外贸回复客户", "VMI挑选回复", "挑选情况反馈", "补货生产安排",
                                "补货发货安排"]}
        if i in scrap_cases:
            plan = _o(_h(t0, 5, 20, rng), rng)
            approve = _o(_h(plan, 2, 12, rng), rng)
            reply = _o(_h(approve, 1, 6, rng), rng)
            if i == 35:
                approve, reply = reply + timedelta(hours=4), approve   # replied first, approval came afterwards
            vmi = _o(_h(max(reply, approve), 4, 24, rng), rng)
            fb = _o(_h(vmi, 1, 8, rng), rng)
            prod = _o(_h(fb, 2, 24, rng), rng)
            ship = _o(_h(prod, 2, 24, rng), rng)
            em = dict(zip(em, [plan, approve, reply, vmi, fb, prod, ship]))
        # coordination costs and fines: incurred, then fed back within the same month (26: the next month)
        cost = fine = incurred = receipt = slip = fed = attach = None
        if i in cost_cases:
            incurred = (t0 + timedelta(days=rng.randint(1, 6))).replace(hour=0, minute=0)
            if incurred.day > 24:
                incurred = incurred.replace(day=rng.randint(10, 20))
            if i == 26:
                incurred = datetime(2025, 4, 25)
            cost = rng.choice([800, 1500, 2600, 4200]) if i != 29 else None
            fine = rng.choice([None, 3000, 5000]) if i not in (29, 32) else (5000 if i == 29 else None)
            if i == 32:
                cost = 1800
            if fine:
                receipt = pick(rng, [("已提供", 1), ("未提供", 1)]) if i != 29 else "未提供"
            fed = incurred + timedelta(days=rng.randint(1, 4), hours=rng.randint(9, 16))
            if i == 26:
                fed = datetime(2025, 5, 6, 10, 20)
            if receipt == "未提供" and i != 29:
                slip = fed - timedelta(hours=rng.randint(2, 20))
            attach = None if i == 32 or cost is None else "问题信息、处理结果、协调费用使用情况（附照片）"
        row.update({
            "投诉编号": number, "反馈来源": source, "客户": customer, "产品名称/型号": product,
            "批次号": f"{rng.choice(['B', 'C'])}{rng.randint(2410, 2505)}-{rng.randint(1, 30):02d}",
            "产品阶段": stage, "问题性质": batch,
            "问题描述": f"{product.split()[0]}{rng.choice(S35_PROBLEMS)}，{rng.choice(['抽检', '装车后', '售后'])}发现{rng.randint(2, 60)}件",
            "责任事业部": unit, "分析牵头人": lead,
            "客户再次反馈": "有" if refb else "无", "再次反馈接收时间": refb, "再次反馈公示时间": refb_post,
            "批量报废": "是" if i in scrap_cases else "否", **em,
            "协调费用(元)": cost, "客户罚款(元)": fine, "费用发生日期": incurred, "罚款票据": receipt,
            "罚款单填写日期": slip, "费用反馈日期": fed, "费用附件": attach,
            "跟踪人": rng.choice(S35_TRACKERS), "备注": rng.choice([None, None, "客户要求8D", "已发图文整改报告", "待客户确认"]),
        })
        rows.append(Case({h: row[h].replace(second=0, microsecond=0) if isinstance(row.get(h), datetime) else row.get(h)
                          for h in S35_HEADERS}))
    rows[44]["投诉编号"] = rows[43]["投诉编号"]
    hand = {
        "procedure": "s35-product-quality-complaint-flow",
        "columns": {
            "投诉编号": "case_number", "接到反馈时间": "receive_feedback_at", "产品名称/型号": "product",
            "产品阶段": "product_stage", "问题性质": "batch_issue", "事件公示时间": "post_event_at",
            "分析牵头人": "analyse_by", "纠正预防措施报告完成": "analyse_at", "质量总监审核": "director_review_at",
            "总经理审批": "gm_approve_at", "品质部接收审批报告": "receive_approved_report_at",
            "整改措施公示时间": "post_measures_at", "措施实施日期": "implement_at",
            "第一次验证": "verify_1_at", "一次验证结果公示": "post_verify_1_at", "一次评审记录": "review_record_1",
            "第二次验证": "verify_2_at", "二次验证结果公示": "post_verify_2_at", "二次评审记录": "review_record_2",
            "第三次验证": "verify_3_at", "三次验证结果公示": "post_verify_3_at", "三次评审记录": "review_record_3",
            "验证关闭日期": "verification_effective_at", "验证记录日期": "verified_at", "验证人": "verifier",
            "验证产品": "verified_product", "验证数量": "verified_quantity", "措施落实情况": "measures_implementation",
            "改进效果": "improvement_effect", "部门评价": "department_evaluation", "培训日期": "training_at",
            "培训记录综合部备案": "training_record_filed_at", "客户再次反馈": "customer_refeedback",
            "再次反馈接收时间": "refeedback_at", "再次反馈公示时间": "post_refeedback_at", "批量报废": "batch_scrap",
            "应急方案协商": "emergency_plan_at", "应急方案批准": "emergency_approve_at", "外贸回复客户": "emergency_reply_at",
            "VMI挑选回复": "vmi_select_at", "挑选情况反馈": "selection_feedback_at",
            "补货生产安排": "replenish_production_at", "补货发货安排": "replenish_shipping_at",
            "协调费用(元)": "coordination_cost", "客户罚款(元)": "customer_fine", "费用发生日期": "cost_incurred_at",
            "罚款票据": "fine_receipt_provided", "罚款单填写日期": "fine_slip_at", "费用反馈日期": "cost_feedback_at",
            "费用附件": "cost_attachment",
        },
        "values": {
            "product_stage": {"新品": "new", "新品前三批": "new_first_three_batches", "成熟产品": "mature"},
            "batch_issue": {"批量": "yes", "非批量": "no"},
            "customer_refeedback": {"有": "yes", "无": "no"},
            "batch_scrap": {"是": "yes", "否": "no"},
            "fine_receipt_provided": {"已提供": "yes", "未提供": "no"},
        },
        "roles": {"技术部经理": "technical_manager", "质量总监": "quality_director", "品质部经理": "quality_manager"},
    }
    return rows, hand


# --- 43: S39 telecom branch complaint work orders (GBK CSV) --------------------------------------------------------

S39_HEADERS = [
    "工单编号", "受理时间", "受理渠道", "受理部门", "受理员", "客户姓名", "联系号码", "业务号码", "投诉类型", "重复情形",
    "越级倾向", "投诉内容", "现场解释认可", "登记时间", "来函归档", "客户签字", "回拨核实", "派单时间", "处理部门",
    "处理完成时间", "逐级上报时间", "预处理方案", "应答口径", "处理方案", "催单时间", "重新建单时间", "不满原因",
    "批量处理人", "批量处理时间", "批量标识", "升级派单时间", "升级派单部门", "要求办结时限", "跟踪人", "跟踪开始时间",
    "上报转办单位时间", "回访结果", "备注",
]
S39_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
S39_STAFF = {"客户服务中心": ["客服-周婷", "客服-韩雪", "客服-邓磊"], "城关营业厅": ["营业-吴芳", "营业-刘强"],
             "新区营业厅": ["营业-陈静", "营业-马俊"], "网厅运营组": ["网厅-许诺"]}
S39_HANDLERS = ["网络维护中心", "市场营销部", "计费中心", "城关支局", "新区支局"]
S39_TOPICS = [("宽带频繁掉线", "网络维护中心"), ("手机信号弱", "网络维护中心"), ("套餐外流量扣费有异议", "计费中心"),
              ("月租被重复收取", "计费中心"), ("营销活动赠送话费未到账", "市场营销部"), ("装机预约超时未上门", "城关支局"),
              ("光猫故障更换不及时", "新区支局"), ("营业员办理业务态度差", "市场营销部"), ("IPTV节目卡顿", "网络维护中心")]
S39_EXTERNAL = ["工信部申诉中心转办", "省通信管理局转办", "集团客服转派", "市消协转办"]


def e43_s39(rng):
    """Plays a telecom branch's 投诉工单 export (GBK CSV, dates like 2025/3/4 9:12). Headers in the work-order
    system's words (工单编号, 受理渠道, 投诉类型, 派单时间, 处理部门, 处理完成时间, 回访结果...); 受理渠道 10000号 /
    营业厅 / 网上营业厅 / 客户来函 / 工信部申诉中心转办 / 省通信管理局转办 / 集团客服转派 / 市消协转办; 投诉类型
    普通投诉 / 重大投诉 / 重复投诉 / 批量投诉 / 升级投诉 (普通投诉 is no class of the procedure: mapped to blank);
    重复情形 处理中催单 / 不满处理结果; 是/否 flags; 受理部门 客户服务中心 / 城关营业厅 / 新区营业厅 / 网厅运营组.
    Extra columns: 受理员, 客户姓名, 联系号码, 业务号码, 回访结果, 备注.
    Added after reading the procedure: 登记时间 (separate from 受理时间), 来函归档, 客户签字, 回拨核实, 逐级上报时间,
    预处理方案, 应答口径, 处理方案, 催单时间, 重新建单时间, 不满原因, 批量处理人, 批量处理时间, 批量标识, and the upgrade
    section 升级派单时间, 升级派单部门, 要求办结时限, 跟踪人, 跟踪开始时间, 上报转办单位时间. The hand profile maps
    受理员 (not 受理部门) to receive_by: the procedure compares the upgrade tracker with the receiver person to person;
    front-desk staff (营业-/网厅- prefixes) are mapped to intake so that external referrals they took are caught.
    Injected: 3 external referral received by a 城关营业厅 clerk (should be 客户服务中心), and so tracked by a
    客服 clerk rather than its receiver; 7 重大投诉 never reported up;
    11 重大投诉 reported but no 应答口径; 15 越级倾向 是 without 逐级上报; 19 重复投诉 (处理中) without 催单;
    23 重复投诉 (不满处理结果) without 不满原因; 27 批量投诉 handled by 新区营业厅 instead of the 投诉处理员;
    31 批量投诉 without 批量标识; 35 升级投诉 finished two days after 要求办结时限; 39 升级投诉 with no 要求办结时限;
    43 升级投诉 dispatched by 市场营销部; 47 升级投诉 tracked by a 城关支局 engineer instead of its receiver;
    51 升级投诉 handled but never reported to the transfer unit; 55 来访 without 客户签字; 59 来函 not 归档;
    63 网上营业厅 complaint not 回拨核实; 67 派单时间 before 登记时间; 9 and 13 受理渠道 '微信公众号' (not an
    option of the procedure, left unmapped); 71 10000号 complaint with empty 投诉内容; 73 reuses 72's 工单编号."""
    n = 74
    rows = []
    forced = {3: "升级投诉", 7: "重大投诉", 11: "重大投诉", 15: "普通投诉", 19: "重复投诉", 23: "重复投诉", 27: "批量投诉",
              31: "批量投诉", 35: "升级投诉", 39: "升级投诉", 43: "升级投诉", 47: "升级投诉", 51: "升级投诉",
              55: "普通投诉", 59: "普通投诉", 63: "普通投诉", 67: "普通投诉", 9: "普通投诉", 13: "普通投诉", 71: "普通投诉",
              1: "重大投诉", 5: "升级投诉", 17: "批量投诉", 21: "重复投诉", 25: "重复投诉", 29: "升级投诉"}
    seq = {}
    for i in range(n):
        cat = forced.get(i) or pick(rng, [("普通投诉", 14), ("重复投诉", 2), ("升级投诉", 2), ("批量投诉", 1)])
        late_ok = cat in ("普通投诉", "重复投诉") and i not in forced
        t0 = _workday(rng, 115 if late_ok else 100)
        t0 = t0.replace(hour=rng.randint(8, 20))
        if cat == "升级投诉":
            channel = rng.choice(S39_EXTERNAL)
        elif i in (9, 13):
            channel = "微信公众号"
        elif i == 55:
            channel = "营业厅"
        elif i == 59:
            channel = "客户来函"
        elif i == 63:
            channel = "网上营业厅"
        elif i == 71:
            channel = "10000号"
        else:
            channel = pick(rng, [("10000号", 9), ("营业厅", 5), ("网上营业厅", 3), ("客户来函", 1)])
        dept = {"10000号": "客户服务中心", "营业厅": rng.choice(["城关营业厅", "新区营业厅"]), "网上营业厅": "网厅运营组",
                "客户来函": "客户服务中心", "微信公众号": "网厅运营组"}.get(channel, "客户服务中心")
        if i == 3:
            dept = "城关营业厅"
        clerk = rng.choice(S39_STAFF[dept])
        topic, handler = S39_TOPICS[rng.randrange(len(S39_TOPICS))]
        day = t0.strftime("%Y%m%d")
        seq[day] = seq.get(day, 0) + 1
        number = f"JC{day}{seq[day]:04d}"
        record = _m(t0, 2, 20, rng)
        explained = cat == "普通投诉" and i not in forced and rng.random() < 0.18
        leap = i in (1, 15) or (cat in ("普通投诉", "重大投诉") and i not in forced and rng.random() < 0.08)
        explained = explained and not leap
        repeat = None
        if cat == "重复投诉":
            repeat = {19: "处理中催单", 23: "不满处理结果", 21: "处理中催单", 25: "不满处理结果"}.get(i) or \
                rng.choice(["处理中催单", "不满处理结果"])
        r = Case({h: None for h in S39_HEADERS})
        r.update({"工单编号": number, "受理时间": t0, "受理渠道": channel, "受理部门": dept, "受理员": clerk,
                  "客户姓名": rng.choice(S39_SURNAMES) + rng.choice(["先生", "女士"]),
                  "联系号码": f"1{rng.choice([33, 53, 77, 80, 89, 99])}{rng.randint(10000000, 99999999)}",
                  "业务号码": rng.choice([f"0717-{rng.randint(6000000, 6999999)}", f"AD{rng.randint(71700000, 71799999)}",
                                        f"1{rng.choice([33, 53, 89])}{rng.randint(10000000, 99999999)}"]),
                  "投诉类型": cat, "重复情形": repeat, "越级倾向": "是" if leap else "否",
                  "投诉内容": f"{topic}，{rng.choice(['要求尽快处理', '要求赔偿', '要求解释', '已多次反映'])}",
                  "现场解释认可": "是" if explained else "否", "登记时间": record})
        if channel == "客户来函" and i != 59:
            r["来函归档"] = "已归档"
        if channel == "营业厅" and i != 55:
            r["客户签字"] = "已签字"
        if channel == "网上营业厅" and i != 63:
            r["回拨核实"] = "已核实"
        if i == 71:
            r["投诉内容"] = None
        t = record
        if (leap or cat == "重大投诉") and i not in (7, 15):
            t = r["逐级上报时间"] = _m(record, 10, 45, rng)
        if cat == "重大投诉" and r["逐级上报时间"]:
            r["预处理方案"] = rng.choice(["先行恢复业务，专人上门安抚", "临时提供备用线路，当日排查"])
            r["应答口径"] = None if i == 11 else "已成立专项小组，24小时内给出处理意见"
            r["处理方案"] = rng.choice(["更换故障设备并减免当月月租", "核查计费记录后退还多收费用"])
        if explained:
            r["备注"] = "营业员现场解释，客户认可"
        elif cat == "重复投诉" and repeat == "处理中催单":
            if i != 19:
                r["催单时间"] = _m(record, 10, 60, rng)
            r["备注"] = "原工单处理中，客户来电催促"
        else:
            if cat == "重复投诉":
                t = r["重新建单时间"] = _m(record, 5, 30, rng)
                if i != 23:
                    r["不满原因"] = rng.choice(["上次处理后故障复发", "对退费金额不认可", "上门人员未解决问题"])
            if cat == "批量投诉":
                r["批量处理人"] = "新区营业厅" if i == 27 else "投诉处理员"
                r["批量处理时间"] = _m(t0, 10, 40, rng)
                r["登记时间"] = record = _m(r["批量处理时间"], 20, 120, rng)   # detailed record after the urgent action
                t = record
                r["批量标识"] = None if i == 31 else "批量"
                r["投诉内容"] = f"{rng.choice(['城关片区', '新区三小区', '工业园'])}{rng.randint(12, 80)}户宽带中断"
                handler = "网络维护中心"
            dispatch = _m(t, 5, 50, rng)
            if i == 67:
                dispatch = record - timedelta(minutes=25)
            r["派单时间"] = dispatch
            r["处理部门"] = handler
            if cat == "升级投诉":
                r["升级派单时间"] = dispatch
                r["升级派单部门"] = "市场营销部" if i == 43 else "客户服务中心"
                limit = (dispatch + timedelta(days=rng.randint(2, 5))).replace(hour=18, minute=0)
                r["要求办结时限"] = None if i == 39 else limit
                r["跟踪人"] = {47: "城关支局-黄工", 3: "客服-周婷"}.get(i, clerk)
                r["跟踪开始时间"] = _h(dispatch, 0.5, 4, rng)
                done = _h(dispatch, 6, 40, rng)
                if i == 35:
                    done = limit + timedelta(days=2, hours=-3)
                r["处理完成时间"] = done
                if i != 51:
                    r["上报转办单位时间"] = _h(done, 3, 30, rng)
            else:
                done = _h(dispatch, 3, 72, rng)
                r["处理完成时间"] = done if done < CUTOFF else None
        if r["处理完成时间"] or explained:
            r["回访结果"] = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)])
        rows.append(r)
    rows[73]["工单编号"] = rows[72]["工单编号"]
    for r in rows:
        for h, v in r.items():
            if isinstance(v, datetime):
                r[h] = slash(v)
    hand = {
        "procedure": "s39-telecom-branch-complaints",
        "encoding": "gb18030",
        "columns": {
            "工单编号": "case_number", "受理时间": "receive_at", "受理渠道": "channel", "受理员": "receive_by",
            "投诉类型": "category", "重复情形": "repeat_reason", "越级倾向": "leapfrog", "投诉内容": "content",
            "现场解释认可": "explained_accepted", "登记时间": "record_at", "来函归档": "letter_filed",
            "客户签字": "customer_signature", "回拨核实": "verified_with_customer", "派单时间": "dispatch_at",
            "处理部门": "handle_by", "处理完成时间": "handle_at", "逐级上报时间": "report_up_at",
            "预处理方案": "pre_handling_plan", "应答口径": "emergency_response_script", "处理方案": "handling_plan",
            "催单时间": "remind_at", "重新建单时间": "new_ticket_at", "不满原因": "dissatisfaction_reason",
            "批量处理人": "batch_handle_by", "批量处理时间": "batch_handle_at", "批量标识": "batch_flag",
            "升级派单时间": "escalated_dispatch_at", "升级派单部门": "escalated_dispatch_by",
            "要求办结时限": "handling_time_limit", "跟踪人": "escalated_track_by", "跟踪开始时间": "escalated_track_at",
            "上报转办单位时间": "review_report_at",
        },
        "values": {
            "channel": {"10000号": "phone", "营业厅": "visit", "网上营业厅": "website", "客户来函": "letter",
                        **{e: "external" for e in S39_EXTERNAL}},
            "category": {"普通投诉": "", "重大投诉": "major", "重复投诉": "repeat", "批量投诉": "batch", "升级投诉": "escalated"},
            "repeat_reason": {"处理中催单": "in_progress", "不满处理结果": "unsatisfied_result"},
            "leapfrog": {"是": True, "否": False},
            "explained_accepted": {"是": True, "否": False},
        },
        "roles": {
            "客户服务中心": "branch_service_center", "城关营业厅": "intake", "新区营业厅": "intake", "网厅运营组": "intake",
            "网络维护中心": "handling_dept", "市场营销部": "handling_dept", "计费中心": "handling_dept",
            "城关支局": "handling_dept", "新区支局": "handling_dept", "投诉处理员": "complaint_handler",
            # front-desk staff (工号前缀 营业-/网厅-) are intake; 客服- staff stay names, so that 跟踪人 = 受理员 is compared
            **{name: "intake" for d in ("城关营业厅", "新区营业厅", "网厅运营组") for name in S39_STAFF[d]},
        },
    }
    return rows, hand


# --- 44: L3 foreign-invested insurer's English CRM complaint register (UTF-8 BOM CSV, day-first dates) ------------

L3_HEADERS = [
    "Case Ref", "Date Received", "Channel", "Customer Name", "Mobile", "Policy No.", "Product", "Complaint Summary",
    "Complexity", "Case Owner", "ID Check Date", "Investigator", "Investigation Start", "Extension Approved By",
    "Extension Approved On", "Extension Notified On", "Assessment Start", "Assessment End", "Assessment Notice Sent",
    "New Info Received", "Mediation Agreed", "Mediation Applied On", "Mediation Closed On", "Withdrawn On",
    "Rejected (Not Complainant) On", "Decision Notified On", "Notification Method", "Notice Proof", "Customer Unreachable",
    "Findings", "Decision Rationale", "Remedies Advised", "Decision Received On", "Review Requested On",
    "Review Received On", "Review Decision On", "Review Unit", "Major Event Related", "In-person Group Size",
    "Regulator Designated Major", "Major Complaint Reported On", "Regulator Received On", "Regulator Forwarded On",
    "Compensation (CNY)", "Status", "Remarks",
]
L3_NAMES = ["Li Wei", "Zhang Min", "Wang Fang", "Chen Jie", "Liu Yang", "Huang Lei", "Zhou Xin", "Wu Ting", "Xu Hao",
            "Sun Li", "Ma Jun", "Zhu Qing", "Hu Bin", "Guo Rui", "Lin Na"]
L3_PRODUCTS = [("Critical Illness", "CI"), ("Whole Life", "WL"), ("Unit-linked", "UL"), ("Medical Reimbursement", "MR"),
               ("Annuity", "AN"), ("Group Medical", "GM")]
L3_ISSUES = {"Critical Illness": ["claim declined - pre-existing condition", "claim payment delayed"],
             "Whole Life": ["mis-selling: sold as savings deposit", "surrender value lower than illustrated"],
             "Unit-linked": ["fund switch not executed", "fees not disclosed at sale"],
             "Medical Reimbursement": ["outpatient claim partly rejected", "hospital list not explained"],
             "Annuity": ["payout start date disputed", "agent promised higher return"],
             "Group Medical": ["claim documents requested twice", "reimbursement rate disputed"]}
L3_OWNERS = ["CRU - Amy Zhou", "CRU - Kevin Lu", "CRU - Grace He"]
L3_INVESTIGATORS = ["Claims QA - Daniel Sun", "Compliance - Iris Wang", "Sales QA - Tony Ma", "Claims QA - Helen Xu"]
L3_CHANNELS = [("Hotline 400", 8), ("Branch Counter", 4), ("Email", 2), ("WeChat", 2), ("Letter", 1),
               ("Regulator Referral", 3)]
L3_REMEDIES = "Review by Provincial Branch / Insurance Mediation Committee / Arbitration / Litigation"
L3_REMEDIES_SHORT = "Review / Mediation / Arbitration / Court"


def _add_working_days(d, n):
    holidays = {datetime(2025, 4, 4).date(), datetime(2025, 5, 1).date(), datetime(2025, 5, 2).date(),
                datetime(2025, 5, 5).date(), datetime(2025, 6, 2).date()}
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5 and d.date() not in holidays:
            n -= 1
    return d


def e44_l3(rng):
    """Plays the complaint module of a foreign-invested life insurer's English CRM (Shenzhen central sub-branch),
    exported as UTF-8-with-BOM CSV with day-first dates (dd/mm/yyyy HH:MM). Headers are the CRM's English field names
    (Case Ref, Date Received, Channel, Complexity Standard/Complex/Highly Complex, Case Owner, Investigator, Decision
    Notified On, Notification Method, Status...); Y/N flags. Extra columns: Channel, Policy No., Product, Case Owner,
    Notification Method, Compensation (CNY), Status, Remarks.
    Added after reading the procedure: ID Check Date, Extension Approved By/On and Extension Notified On (had only a
    free-text extension remark), Assessment Start/End/Notice Sent, New Info Received, Mediation Agreed/Applied
    On/Closed On, Rejected (Not Complainant) On, Notice Proof, Customer Unreachable, Findings, Decision Rationale,
    Remedies Advised, Decision Received On, Review Received On, Major Event Related, In-person Group Size, Regulator
    Designated Major, Major Complaint Reported On, Regulator Received On, Regulator Forwarded On.
    Injected: 2 Standard case notified on day 22; 6 Complex case notified on day 41; 10 Highly Complex extension
    approved by 'Central Sub-branch GM' (should be the provincial branch or a head-office executive); 14 Highly
    Complex case decided on day 45 with an approval but no notice to the customer of the extension (so 30 days
    apply); 18 Standard case received 05/06 still open at the pull; 22 Remedies Advised blank; 26 Notice Proof
    blank (customer reachable); 30 no ID Check Date; 34 external assessment without notice to the customer;
    38 Mediation Agreed Y but no mediation application; 42 review decided 38 days after the review was received;
    46 review decided by 'Shenzhen Central Sub-branch' (the branch that made the decision); 50 review requested 45
    days after the customer received the decision, and still reviewed; 54 regulator referral forwarded 11 days
    (9 working days) after the regulator received it; 58 in-person group complaint of 26 people never reported as
    major; 61 Complexity 'Urgent' (not an option); 64 decision notified before the investigation started;
    66 reuses 65's Case Ref.
    Deliberate non-violations: 4, 24 external assessment periods and 8, 28 mediation periods that only keep the
    decision within 15 days once excluded; 12, 32 new information received within the period restarting it;
    16, 36, 56 withdrawn; 20 rejected (not raised by the complainant); 40, 48 customer unreachable (no notice proof)."""
    n = 67
    rows = []
    forced_cx = {2: "Standard", 6: "Complex", 10: "Highly Complex", 14: "Highly Complex", 18: "Standard",
                 4: "Standard", 24: "Standard", 34: "Standard", 8: "Standard", 28: "Standard", 38: "Standard",
                 12: "Standard", 32: "Standard", 42: "Standard", 46: "Standard", 50: "Standard", 44: "Highly Complex",
                 52: "Highly Complex", 61: "Urgent", 3: "Standard", 27: "Standard", 47: "Standard"}
    review_cases = {42, 46, 50, 3, 27, 47}
    for i in range(n):
        cx = forced_cx.get(i) or pick(rng, [("Standard", 7), ("Complex", 3), ("Highly Complex", 1)])
        injected = {2, 6, 10, 14, 22, 26, 30, 34, 38, 42, 46, 50, 54, 58, 61, 64, 4, 24, 8, 28, 12, 32, 40, 48}
        if i in review_cases:
            t0 = _workday(rng, 25)
        elif cx == "Highly Complex":
            t0 = _workday(rng, 45)
        elif i in injected:
            t0 = _workday(rng, 60)
        elif i == 18:
            t0 = datetime(2025, 6, 5, 10, 40)
        else:
            t0 = _workday(rng, 96)
        channel = "Regulator Referral" if i == 54 else pick(rng, L3_CHANNELS)
        if i == 58:
            channel = "Branch Counter"
        product, code = L3_PRODUCTS[rng.randrange(len(L3_PRODUCTS))]
        r = Case({h: None for h in L3_HEADERS})
        r.update({"Case Ref": f"CMP-SZ-25{i + 101:05d}", "Date Received": t0, "Channel": channel,
                  "Customer Name": rng.choice(L3_NAMES), "Mobile": f"13{rng.randint(100000000, 999999999)}",
                  "Policy No.": f"{code}{rng.randint(20180000, 20259999)}", "Product": product,
                  "Complaint Summary": rng.choice(L3_ISSUES[product]), "Complexity": cx,
                  "Case Owner": rng.choice(L3_OWNERS), "Mediation Agreed": "N", "Customer Unreachable": "N",
                  "Major Event Related": "N", "Regulator Designated Major": "N", "Status": "Open"})
        if channel == "Regulator Referral":
            reg = t0 - timedelta(days=rng.randint(3, 6), hours=rng.randint(0, 5))
            reg = reg.replace(hour=rng.randint(9, 16))
            while reg.weekday() >= 5:
                reg -= timedelta(days=1)
            fwd = _add_working_days(reg, rng.randint(1, 4)).replace(hour=rng.randint(9, 17))
            if i == 54:
                reg = datetime(2025, 3, 17, 10, 0)
                fwd = datetime(2025, 3, 28, 15, 30)   # 9 working days, 11 calendar days
            t0 = _h(fwd, 1, 20, rng)
            r["Date Received"] = t0
            r["Regulator Received On"], r["Regulator Forwarded On"] = reg, fwd
        idc = _o(_h(t0, 1, 20, rng), rng)
        start = _o(_h(idc, 1, 24, rng), rng)
        r["ID Check Date"] = None if i == 30 else idc
        r["Investigator"] = rng.choice(L3_INVESTIGATORS)
        r["Investigation Start"] = start
        pause = timedelta(0)
        base = t0
        # external assessment (medical records review), not counted
        if i in (4, 24, 34):
            a0 = _o(start + timedelta(days=rng.uniform(1, 3)), rng)
            a1 = _o(a0 + timedelta(days=rng.uniform(9, 14)), rng)
            r["Assessment Start"], r["Assessment End"] = a0, a1
            r["Assessment Notice Sent"] = None if i == 34 else _o(_h(a0, 1, 20, rng), rng)
            pause = a1 - a0
        if i in (8, 28, 38):
            r["Mediation Agreed"] = "Y"
            if i != 38:
                m0 = _o(start + timedelta(days=rng.uniform(2, 4)), rng)
                m1 = _o(m0 + timedelta(days=rng.uniform(9, 16)), rng)
                r["Mediation Applied On"], r["Mediation Closed On"] = m0, m1
                pause = m1 - m0
        if i in (12, 32):
            new = _o(t0 + timedelta(days=rng.uniform(7, 11)), rng)
            r["New Info Received"] = new
            base = new
        if i == 58:
            r["In-person Group Size"] = 26
            r["Complaint Summary"] = "group of agents' clients: Universal Life bonus cut, demanding refund"
        elif i in (44, 52):
            r["Major Event Related"] = "Y"
            r["Complaint Summary"] = "Typhoon Yagi follow-up: property rider claims delayed"
            r["Major Complaint Reported On"] = _o(_h(t0, 1, 8, rng), rng)
        elif i == 60:
            r["Regulator Designated Major"] = "Y"
            r["Major Complaint Reported On"] = _o(_h(t0, 2, 20, rng), rng)
        # the outcome
        if i in (16, 36, 56):
            r["Withdrawn On"] = _o(t0 + timedelta(days=rng.uniform(2, 8)), rng)
            r["Status"] = "Withdrawn"
            r["Remarks"] = "Customer withdrew after explanation"
            rows.append(r)
            continue
        if i == 20:
            r["Rejected (Not Complainant) On"] = _o(t0 + timedelta(days=rng.uniform(3, 6)), rng)
            r["Status"] = "Closed"
            r["Remarks"] = "Raised by an unauthorised third party (claims agent); told in writing"
            rows.append(r)
            continue
        if i in (4, 24, 8, 28):
            days = rng.uniform(8, 13)
        elif cx in ("Standard", "Urgent"):
            days = rng.uniform(4, 13)
        elif cx == "Complex":
            days = rng.uniform(16, 28)
        else:
            days = rng.uniform(36, 54)
        if i == 2:
            days = 21.3
        if i == 6:
            days = 40.2
        if i == 14:
            days = 44.5
        notified = base + pause + timedelta(days=days)
        if notified.hour < 9 or notified.hour > 19:
            notified = notified.replace(hour=rng.randint(9, 18))
        if cx == "Highly Complex":
            appr = _o(t0 + timedelta(days=rng.uniform(18, 26)), rng)
            r["Extension Approved By"] = "Central Sub-branch GM" if i == 10 else rng.choice(
                ["Guangdong Provincial Branch", "Head Office - Chief Customer Officer"])
            r["Extension Approved On"] = appr
            r["Extension Notified On"] = None if i == 14 else _o(_h(appr, 2, 30, rng), rng)
        if i == 18 or notified > CUTOFF:
            r["Status"] = "Open"
            r["Remarks"] = "Awaiting claims file from hospital" if i == 18 else None
            rows.append(r)
            continue
        if i == 64:
            r["Investigation Start"] = notified + timedelta(hours=5)
        method = rng.choice(["Phone", "SMS", "Email", "Letter"])
        unreachable = i in (40, 48)
        r.update({"Decision Notified On": notified, "Notification Method": method,
                  "Notice Proof": None if unreachable or i == 26 else {
                      "Phone": f"Call recording REC{rng.randint(100000, 999999)}",
                      "SMS": f"SMS log {notified:%Y%m%d}-{rng.randint(100, 999)}",
                      "Email": "Email sent, copy on file",
                      "Letter": f"EMS {rng.randint(1000000000, 9999999999)}"}[method],
                  "Customer Unreachable": "Y" if unreachable else "N",
                  "Findings": rng.choice(["Sales call recording reviewed; disclosure incomplete",
                                          "Claim file reviewed; exclusion correctly applied",
                                          "System log shows switch request received but not processed",
                                          "Hospital invoices reviewed; two items eligible"]),
                  "Decision Rationale": rng.choice(["Policy terms clause 5.2; exclusion upheld",
                                                    "Sales process breach; premium refunded",
                                                    "Operational error; switch executed at original date price",
                                                    "Partial acceptance under the medical schedule"]),
                  "Remedies Advised": None if i == 22 else rng.choice([L3_REMEDIES, L3_REMEDIES_SHORT]),
                  "Status": "Closed",
                  "Compensation (CNY)": rng.choice([0, 0, 0, 500, 1200, 3800, 12500])})
        if not unreachable:
            r["Decision Received On"] = notified + timedelta(days=0 if method != "Letter" else rng.randint(2, 4))
        if i in review_cases:
            got = r["Decision Received On"] or notified
            apply = _o(got + timedelta(days=45.2 if i == 50 else rng.uniform(4, 20)), rng)
            rec = _o(_h(apply, 20, 70, rng), rng)
            dec = _o(rec + timedelta(days=38 if i == 42 else rng.uniform(10, 25)), rng)
            r["Review Requested On"], r["Review Received On"], r["Review Decision On"] = apply, rec, dec
            r["Review Unit"] = "Shenzhen Central Sub-branch" if i == 46 else "Guangdong Provincial Branch"
            r["Remarks"] = "Customer disagreed with outcome; review requested in writing"
        rows.append(r)
    rows[66]["Case Ref"] = rows[65]["Case Ref"]
    for r in rows:
        for h, v in r.items():
            if isinstance(v, datetime):
                r[h] = day_first(v)
    hand = {
        "procedure": "l3-banking-insurance-complaints",
        "date_order": "day_first",
        "columns": {
            "Case Ref": "case_number", "Date Received": "receive_at", "Customer Name": "complainant",
            "Mobile": "contact_phone", "Complaint Summary": "content", "Complexity": "complexity",
            "ID Check Date": "verify_identity_at", "Investigator": "verify_by", "Investigation Start": "verify_at",
            "Extension Approved By": "approve_extension_by", "Extension Approved On": "approve_extension_at",
            "Extension Notified On": "extension_notified_at", "Assessment Start": "appraisal_started_at",
            "Assessment End": "appraisal_ended_at", "Assessment Notice Sent": "appraisal_notified_at",
            "New Info Received": "new_material_received_at", "Mediation Agreed": "mediation_agreed",
            "Mediation Applied On": "apply_mediation_at", "Mediation Closed On": "mediation_ended_at",
            "Withdrawn On": "withdraw_at", "Rejected (Not Complainant) On": "decline_at",
            "Decision Notified On": "notify_decision_at", "Notice Proof": "notice_evidence",
            "Customer Unreachable": "complainant_unreachable", "Findings": "verification_findings",
            "Decision Rationale": "decision_basis", "Remedies Advised": "remedies_stated",
            "Decision Received On": "decision_received_at", "Review Requested On": "apply_review_at",
            "Review Received On": "receive_review_at", "Review Decision On": "review_decision_at",
            "Review Unit": "review_decision_by", "Major Event Related": "caused_by_major_event",
            "In-person Group Size": "complainants_in_person", "Regulator Designated Major": "regulator_designated_major",
            "Major Complaint Reported On": "report_major_at", "Regulator Received On": "regulator_receive_at",
            "Regulator Forwarded On": "forward_at",
        },
        "values": {
            "complexity": {"Standard": "simple", "Complex": "complex", "Highly Complex": "special"},
            "mediation_agreed": {"Y": True, "N": False},
            "complainant_unreachable": {"Y": True, "N": False},
            "caused_by_major_event": {"Y": True, "N": False},
            "regulator_designated_major": {"Y": True, "N": False},
        },
        "roles": {
            "Guangdong Provincial Branch": "superior_institution",
            "Head Office - Chief Customer Officer": "head_office_executive",
            "Central Sub-branch GM": "institution",
            "Shenzhen Central Sub-branch": "institution",
        },
    }
    return rows, hand


EXPORTS = [
    ("42-s35-quality-tracking-ledger.xlsx", "xlsx", e42_s35),
    ("43-s39-branch-work-orders.csv", "gbk", e43_s39),
    ("44-l3-insurer-crm-complaints.csv", "utf-8-sig", e44_l3),
]
