"""Starter-profile benchmark exports 108-109 (set 19b), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 108 109    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, iso, working_minutes, distinct_names, person_name, mobile


CUTOFF = datetime(2025, 6, 30, 18, 0)   # both exports were taken on 30 June 2025; later steps have not happened


def _note(injected, case_number, what):
    if injected is not None:
        injected.append((case_number, what))


# --- 108: L1, an online appliance shop's after-sales tickets ---------------------------------------------------

def _secs(t, rng):
    """ERP timestamps carry seconds."""
    return None if t is None else t.replace(second=rng.randint(0, 59))


def e108_l1_appliance_eshop(rng, injected=None):
    """美渡电器官方旗舰店（天猫 / 京东 / 抖音三店）电商 ERP 后台“售后单”导出（UTF-8 带 BOM 的 CSV），按 L1《消费者权益保护法》审计。
    日期写法：ERP 的 2025-03-04 09:12:33（带秒的 ISO）。售后类型：退货退款 / 仅退款 / 换货 / 维修；
    申请原因沿用平台的下拉项：七天无理由退货、不喜欢/不想要、拍错/多拍（无理由），质量问题、商品与描述不符、包装/商品破损（质量），
    未按约定时间发货、快递一直未送达、少件/漏发（仅退款，不是退货），以及“其他”。
    “七天无理由”一列是商品详情页的服务标识（支持 / 不支持（定制） / 不支持（下单已确认））；“商品类型”是 ERP 的商品档案属性（标准品 / 定制款）。
    退款操作人是售后组长、财务的姓名或“系统自动退款”（都是店铺一方）。
    读过制度 YAML 后补的列：安全隐患（是/否）、报市监局时间、安全告知时间、下架召回时间（第十九条的危险缺陷处置，
    店铺安全事件登记时才填）；原有的“七天无理由”“商品类型”两列本来就有，读过 YAML 后才决定映射为 confirmed_not_returnable / goods_type。
    注入（13）：无理由退货仓库签收后超过七日才退款 2 件（9–14 天）；无理由退货仓库已签收、截至导出未退款且已超七日 1 件；
    签收后第 9–12 天才申请的无理由退货仍同意并退款 2 件；定制款按七天无理由退款 1 件；下单已确认不支持无理由的电动牙刷按无理由退款 1 件；
    安全隐患未报市监局 1 件、安全隐患未采取下架召回措施 1 件；申请原因为“其他”2 件（看不出退货依据，审计人员不映射）；
    补建的售后单申请时间晚于仓库签收 1 件（无主件退回后补单）；同一售后单被 ERP 重复推送 1 对。
    陷阱（不是违规）：质量问题退货在仓库签收 12 天后才退款（第二十四条没有退款期限）；退款恰在仓库签收后第 7 天；
    4 月 28 日仓库签收、5 月 6 日退款（第七日 5 月 5 日是法定假日，顺延）；极速退款（退款早于仓库签收）2 件；
    签收后第 7 天晚上才申请的无理由退货（仍在七日内）；超过七天申请的无理由退货被客服拒绝（未退款）；
    定制款、电动牙刷因质量问题退货退款；6 月 26 日后仓库签收、截至导出尚未退款（未超期）；仅退款（未发货、少件）没有仓库签收；
    换货、维修单没有退款。
    """
    taken: set = set()
    cs_staff = distinct_names(rng, 5, taken)        # 售后客服（审核）
    refunders = distinct_names(rng, 2, taken)       # 售后组长、财务（退款操作）
    wh_staff = distinct_names(rng, 3, taken)        # 退货仓验货员

    products = [  # name, SKU, price, 商品类型, 七天无理由
        ("美渡空气炸锅5.5L可视款", "MD-AF5501", 399, "标准品", "支持"),
        ("美渡IH电饭煲4L", "MD-RC4012", 459, "标准品", "支持"),
        ("美渡破壁料理机静音款", "MD-BL8803", 899, "标准品", "支持"),
        ("美渡电热水壶1.7L", "MD-KT1702", 129, "标准品", "支持"),
        ("美渡无线吸尘器V6", "MD-VC6609", 1299, "标准品", "支持"),
        ("美渡踢脚线电暖器", "MD-HT2200", 569, "标准品", "支持"),
        ("美渡扫地机器人X9", "MD-RB9100", 2499, "标准品", "支持"),
        ("美渡双杆挂烫机", "MD-GS1800", 299, "标准品", "支持"),
    ]
    toothbrush = ("美渡声波电动牙刷", "MD-TB3301", 299, "标准品", "不支持（下单已确认）")
    shaver = ("美渡电动剃须刀", "MD-SV2102", 359, "标准品", "不支持（下单已确认）")
    custom = ("美渡IH电饭煲4L（刻字定制款）", "MD-RC4012-DZ", 529, "定制款", "不支持（定制）")

    n = 64
    kinds = ["ret"] * 30 + ["retq"] * 10 + ["refund_only"] * 8 + ["exchange"] * 8 + ["repair"] * 8
    rng.shuffle(kinds)
    idx = {k: [i for i in range(n) if kinds[i] == k] for k in set(kinds)}
    ret = idx["ret"]
    special = {}
    for what in ["late", "late", "overdue", "after7", "after7", "custom", "confirmed", "other", "other", "reversed",
                 "dup", "t_fast", "t_fast", "t_day7", "t_holiday", "t_apply_day7", "t_reject", "t_open"]:
        special[ret.pop()] = what
    retq = idx["retq"]
    for what in ["t_quality_late", "t_custom_quality", "t_brush_quality", "safety_ok"]:
        special[retq.pop()] = what
    exch = idx["exchange"]
    for what in ["safety_no_report", "safety_no_measures", "safety_ok"]:
        special[exch.pop()] = what

    no_reason_words = [("七天无理由退货", 6), ("不喜欢/不想要", 3), ("拍错/多拍", 1)]
    quality_words = [("质量问题", 6), ("商品与描述不符", 2), ("包装/商品破损", 2)]
    problems = {
        "七天无理由退货": ["买大了厨房放不下", "家里已有同款", "收到后觉得不需要"],
        "不喜欢/不想要": ["颜色和图片有色差不喜欢", "不想要了"],
        "拍错/多拍": ["拍错型号，想要6L的", "多拍了一台"],
        "质量问题": ["通电后异响", "加热不均匀", "开机几分钟自动断电", "电机有焦糊味", "显示屏不亮"],
        "商品与描述不符": ["页面写静音实际噪音很大", "标称容量与实物不符"],
        "包装/商品破损": ["外壳磕碰开裂", "玻璃盖碎裂"],
        "未按约定时间发货": ["承诺48小时发货，4天未发"],
        "快递一直未送达": ["物流停滞一周"],
        "少件/漏发": ["少发配件刷头", "赠品未发"],
        "其他": ["协商退货", "客户要求退"],
    }
    platforms = [("天猫", 5), ("京东", 3), ("抖音", 2)]

    def work(t, first=9, last=22):
        return _secs(working_minutes(t, CUTOFF, first, last), rng)

    rows = []
    t_base = datetime(2025, 1, 3, 10, 0)
    span_days = 158
    for i in range(n):
        kind, sp = kinds[i], special.get(i, "")
        plat = pick(rng, platforms)
        prod = rng.choice(products)
        if sp in ("custom", "t_custom_quality"):
            prod = custom
        elif sp in ("confirmed",):
            prod = toothbrush
        elif sp == "t_brush_quality":
            prod = rng.choice([toothbrush, shaver])
        elif sp.startswith("safety"):
            prod = rng.choice([products[3], products[5]])
        qty = 1 if rng.random() < 0.9 else 2
        sign = t_base + timedelta(days=rng.uniform(0, span_days))
        sign = sign.replace(hour=rng.randint(9, 20), minute=rng.randint(0, 59))     # couriers deliver by day
        if sp and sign > datetime(2025, 5, 25):      # the injected and trap cases have run their course by June
            sign -= timedelta(days=rng.uniform(30, 60))
        sign = _secs(sign, rng)
        if kind == "ret":
            reason = pick(rng, no_reason_words)
            apply = sign + timedelta(days=rng.uniform(0.1, 6.5))
        elif kind in ("retq", "exchange", "repair"):
            reason = pick(rng, quality_words)
            apply = sign + timedelta(days=rng.uniform(0.2, 6.0 if kind != "repair" else 60))
        else:
            reason = pick(rng, [("未按约定时间发货", 3), ("快递一直未送达", 2), ("少件/漏发", 3)])
            apply = sign + timedelta(days=rng.uniform(0.2, 3))
        if sp == "other":
            reason = "其他"
        if sp in ("after7", "t_reject"):
            apply = sign + timedelta(days=rng.uniform(9, 12.5))
        if sp == "t_apply_day7":
            sign = sign.replace(hour=11)
            apply = (sign + timedelta(days=7)).replace(hour=21, minute=rng.randint(5, 50))
        if sp == "t_holiday":
            sign = datetime(2025, 4, 20, 15, 22, 7)
            apply = datetime(2025, 4, 22, 20, 41, 55)
        if sp == "overdue":
            sign = datetime(2025, 6, 5, 14, 0) + timedelta(days=rng.uniform(0, 4))
            apply = sign + timedelta(days=rng.uniform(1, 4))
        if sp == "t_open":
            sign = datetime(2025, 6, 20, 10, 0) + timedelta(days=rng.uniform(0, 2))
            apply = sign + timedelta(days=rng.uniform(1, 2))
        if sp.startswith("safety"):
            reason = "质量问题"
        while apply > CUTOFF - timedelta(hours=3):     # long-tail repair requests: keep them before the export
            sign, apply = sign - timedelta(days=10), apply - timedelta(days=10)
        apply = _secs(apply.replace(microsecond=0), rng)
        if kind == "refund_only" and reason == "未按约定时间发货":
            sign_out = None
        else:
            sign_out = sign
        audit = work(apply + timedelta(hours=rng.uniform(0.2, 18)))
        buyer = person_name(rng)
        order_no = str(rng.randint(10 ** 17, 10 ** 18 - 1)) if plat != "京东" else str(rng.randint(3 * 10 ** 11, 4 * 10 ** 11))
        account = {"天猫": f"tb{rng.randint(10 ** 8, 10 ** 9 - 1)}", "京东": f"jd_{rng.randint(10 ** 7, 10 ** 8 - 1)}",
                   "抖音": f"dy{rng.randint(10 ** 9, 10 ** 10 - 1)}"}[plat]
        price = prod[2] * qty
        sh_type = {"ret": "退货退款", "retq": "退货退款", "refund_only": "仅退款", "exchange": "换货",
                   "repair": "维修"}[kind]
        r = Case({
            "售后单号": f"AS{apply:%y%m%d}{i + 1:04d}",
            "平台": plat,
            "店铺": f"美渡电器官方旗舰店（{plat}）",
            "订单编号": order_no,
            "买家账号": account,
            "收件人": buyer,
            "收件电话": mobile(rng),
            "商品名称": prod[0],
            "商家编码": prod[1],
            "商品类型": prod[3],
            "七天无理由": prod[4],
            "数量": qty,
            "实付金额": f"{price:.2f}",
            "签收时间": iso(sign_out) if sign_out else "",
            "申请时间": iso(apply),
            "售后类型": sh_type,
            "申请原因": reason,
            "问题描述": rng.choice(problems[reason]),
            "商品状态": pick(rng, [("未拆封", 3), ("已拆封未使用", 3), ("已使用", 4)]) if kind != "refund_only" else "",
            "审核结果": "同意",
            "审核时间": iso(audit) if audit else "",
            "审核客服": rng.choice(cs_staff),
            "拒绝理由": "",
            "退回快递单号": "",
            "仓库签收时间": "",
            "验货人": "",
            "验货结果": "",
            "退款金额": "",
            "退款时间": "",
            "退款操作人": "",
            "运费承担": "",
            "售后状态": "",
            "安全隐患": "否",
            "报市监局时间": "",
            "安全告知时间": "",
            "下架召回时间": "",
            "备注": "",
        })
        if sp.startswith("safety"):
            r["问题描述"] = "使用中插头处冒烟、有焦糊味" if prod[1] == "MD-HT2200" else "底座漏电，手碰到壶身发麻"
            r["安全隐患"] = "是"
            rep = work(apply + timedelta(hours=rng.uniform(2, 30)), 9, 18)
            inf = work(apply + timedelta(days=rng.uniform(1, 3)), 9, 18)
            if sp != "safety_no_report":
                r["报市监局时间"] = iso(rep)
            r["安全告知时间"] = iso(inf)
            if sp != "safety_no_measures":
                r["下架召回时间"] = iso(work(apply + timedelta(days=rng.uniform(0.5, 2)), 9, 18))
                r["备注"] = f"{prod[1]} 同批次下架，店铺首页发布召回公告"
        if audit is None:       # applied on the export day, not yet reviewed
            r["审核结果"], r["审核客服"], r["售后状态"] = "", "", "待审核"
            rows.append(r)
            continue
        if sp == "t_reject":
            r["审核结果"], r["拒绝理由"], r["售后状态"] = "拒绝", "已超过7天无理由退货期限", "售后关闭"
            rows.append(r)
            continue
        if kind == "refund_only":
            refund = work(apply + timedelta(hours=rng.uniform(0.5, 30)))
            amount = price if reason != "少件/漏发" else round(price * rng.choice([0.05, 0.1]), 2)
            r.update({"退款金额": f"{amount:.2f}", "退款时间": iso(refund),
                      "退款操作人": pick(rng, [("系统自动退款", 1), (refunders[0], 2)]), "售后状态": "退款成功"})
            rows.append(r)
            continue
        # goods come back to the returns warehouse
        r["退回快递单号"] = rng.choice(["SF", "YT", "JDV"]) + str(rng.randint(10 ** 11, 10 ** 12 - 1))
        wh = work(audit + timedelta(days=rng.uniform(1.5, 4.5)), 9, 18)
        if sp == "t_holiday":
            wh = datetime(2025, 4, 28, 10, 17, 40)
        if sp == "overdue":
            wh = datetime(2025, 6, 16, 10, 5, 12) + timedelta(days=rng.randint(0, 3))
        if sp == "t_open":
            wh = datetime(2025, 6, 26, 15, 2, 31) + timedelta(days=rng.randint(0, 2))
        if sp == "reversed":   # goods came back without a ticket; the ticket was created afterwards
            apply_late = wh + timedelta(days=rng.uniform(1, 2))
            apply_late = _secs(working_minutes(apply_late, CUTOFF, 9, 22), rng)
            r["申请时间"] = iso(apply_late)
            r["售后单号"] = f"AS{apply_late:%y%m%d}{i + 1:04d}"
            audit = apply_late + timedelta(minutes=rng.randint(3, 40))
            r["审核时间"] = iso(audit)
            r["备注"] = "无主件退回，客服补建售后单"
        if wh is None:
            r["售后状态"] = "待买家退货" if rng.random() < 0.5 else "待仓库收货"
            rows.append(r)
            continue
        r["仓库签收时间"] = iso(wh)
        r["验货人"] = rng.choice(wh_staff)
        if kind == "ret":
            r["验货结果"] = pick(rng, [("完好可二次销售", 8), ("外包装破损", 2)])
            r["运费承担"] = pick(rng, [("买家承担", 6), ("运费险", 4)])
        else:
            r["验货结果"] = "质量问题属实"
            r["运费承担"] = "卖家承担"
        if kind in ("exchange", "repair"):
            r["售后状态"] = "换货完成" if kind == "exchange" else "维修完成"
            if (wh + timedelta(days=3)) > CUTOFF:
                r["售后状态"] = "处理中"
        else:
            refund = work(wh + timedelta(days=rng.uniform(0.05, 4)))
            if sp == "late":
                refund = work(wh + timedelta(days=rng.uniform(9, 14)))
                r["备注"] = "财务批量退款积压"
            if sp == "t_quality_late":
                refund = work(wh + timedelta(days=rng.uniform(12, 13)))
                r["备注"] = "等厂家检测报告后退款"
            if sp == "t_day7":
                refund = _secs((wh + timedelta(days=7)).replace(hour=16, minute=rng.randint(0, 59)), rng)
            if sp == "t_holiday":
                refund = datetime(2025, 5, 6, 10, 32, 18)
            if sp in ("overdue", "t_open"):
                refund = None
            if sp == "reversed":
                refund = work(audit + timedelta(hours=rng.uniform(0.5, 20)))
            if sp == "t_fast":
                refund = _secs(audit + timedelta(hours=rng.uniform(0.1, 0.5)), rng)
                r["备注"] = "极速退款（买家已寄回，先退款）"
                r["退款操作人"] = "系统自动退款"
            if refund is None:
                r["售后状态"] = "待退款"
            else:
                r["退款时间"] = iso(refund)
                r["退款金额"] = f"{price:.2f}"
                if not r["退款操作人"]:
                    r["退款操作人"] = rng.choice(refunders)
                r["售后状态"] = "退款成功"
        rows.append(r)

    # ERP pushed one ticket twice
    dup_i = next(i for i, w in special.items() if w == "dup")
    rows.insert(dup_i + 1, Case(dict(rows[dup_i])))

    for i, what in special.items():
        cn = rows[i if i <= dup_i else i + 1]["售后单号"]
        label = {"late": "无理由退货超七日退款", "overdue": "无理由退货已签收未退款且超期",
                 "after7": "签收后超七日申请无理由退货仍退款", "custom": "定制款按无理由退款",
                 "confirmed": "下单已确认不支持无理由仍按无理由退款", "other": "申请原因“其他”（退货依据无法映射）",
                 "reversed": "申请时间晚于仓库签收", "dup": "售后单号重复",
                 "safety_no_report": "安全隐患未报市监局", "safety_no_measures": "安全隐患未下架召回"}.get(what)
        if label:
            _note(injected, cn, label)

    hand = {
        "procedure": "l1-consumer-rights-protection-law",
        "columns": {
            "售后单号": "case_number",
            "签收时间": "goods_received_at",
            "申请时间": "return_request_at",
            "申请原因": "return_basis",
            "商品类型": "goods_type",
            "七天无理由": "confirmed_not_returnable",
            "仓库签收时间": "returned_goods_received_at",
            "退款时间": "refund_at",
            "退款操作人": "refund_by",
            "验货人": "returned_goods_received_by",
            "安全隐患": "defect_endangers_safety",
            "报市监局时间": "report_defect_at",
            "安全告知时间": "inform_consumer_defect_at",
            "下架召回时间": "defect_measures_at",
        },
        "values": {
            "return_basis": {
                "七天无理由退货": "no_reason", "不喜欢/不想要": "no_reason", "拍错/多拍": "no_reason",
                "质量问题": "quality", "商品与描述不符": "quality", "包装/商品破损": "quality",
                "未按约定时间发货": "", "快递一直未送达": "", "少件/漏发": "",
            },
            "goods_type": {"标准品": "other", "定制款": "custom_made"},
            "confirmed_not_returnable": {"支持": False, "不支持（下单已确认）": True, "不支持（定制）": ""},
            "defect_endangers_safety": {"是": True, "否": False},
        },
        "roles": {**{v: "business" for v in refunders + wh_staff}, "系统自动退款": "business"},
    }
    return rows, hand


# --- 109: S11, a furniture group's complaint office register ----------------------------------------------------

def e109_s11_complaint_office(rng, injected=None):
    """锦程家居集团 客户投诉处《客户投诉登记台账》（XLSX，投诉处内勤用 Excel 维护），按 S11《投诉处管理制度》审计。
    日期写法：Excel 真日期单元格（yyyy-mm-dd hh:mm），结案日期只有日期。
    投诉渠道：400热线 / 客服邮箱 / 官网留言 / 微信公众号 / 门店转来 / 信函；投诉类别用集团自己的三类：产品质量 / 服务态度 / 业务流程。
    首问责任人、通报人写投诉处坐席的姓名；调查责任部门写部门名（质量管理部、售后服务部、物流配送部、门店运营部、专项调查组）；
    介入领导写职务（总经理、分管副总裁；投诉处处长不是高层）。
    读过制度 YAML 后补的列：登记时间（录入台账的时间，record_at：详细记录处理过程一条读它）、转调查时间（investigate_at）、
    通报人（feedback_by，原表只有“结果通报时间”）、处理结果（result）、处理经过（文字，不映射）、长期未决（是/否）、高层介入时间 / 介入领导（原表只有一列“高层介入”是/否，改为时间和人）。
    注入（14）：初步回复超过 24 小时 2 件；没有初步回复 1 件；投诉内容空白 1 件；已转调查却没有投诉类别 1 件；
    有处理结果而没有解决方案 1 件；有处理结果而没有通报客户 1 件；复杂投诉由质量管理部单独调查（没有专项调查组）1 件；
    通报人不是首问责任人 2 件；标记长期未决却没有高层介入 1 件；长期未决由投诉处处长“介入”1 件；
    登记时间空白 1 件（内勤漏登，只有受理时间）；
    同一投诉登记两次（编号重复）1 对。
    陷阱（不是违规）：初步回复恰好 24 小时；周五晚上受理、周六上午回复；夜里的邮件、官网留言次日上午回复（不足 24 小时）；
    微信公众号、门店转来、信函渠道（制度列举渠道“等”，不限于三种）；尚未出结果的案件没有解决方案、没有通报；
    受理已四十多天但未标记长期未决、没有高层介入；非长期未决的复杂投诉高层（总经理或分管副总裁）也过问了；最近受理、尚未转调查的案件没有类别。
    """
    taken: set = set()
    agents = distinct_names(rng, 6, taken)      # 投诉处坐席（首问责任人）
    depts = ["质量管理部", "售后服务部", "物流配送部", "门店运营部"]
    seniors = ["总经理", "分管副总裁"]
    categories = {
        "产品质量": ["沙发坐垫塌陷", "衣柜门板开裂", "床架异响", "餐桌漆面起泡", "板材有刺鼻气味"],
        "服务态度": ["安装师傅态度恶劣", "客服挂断电话", "门店导购承诺不兑现"],
        "业务流程": ["退款流程太慢", "预约安装一改再改", "订单被重复扣款", "以旧换新补贴未到账"],
    }
    dept_for = {"产品质量": "质量管理部", "服务态度": "门店运营部", "业务流程": "售后服务部"}
    channels = [("400热线", 50), ("客服邮箱", 14), ("官网留言", 14), ("微信公众号", 12), ("门店转来", 6), ("信函", 4)]

    n = 56
    starts = sorted(datetime(2025, 1, 6, 8, 0) + timedelta(days=rng.uniform(0, 170)) for _ in range(n))
    slots = list(range(n))
    rng.shuffle(slots)
    early = [i for i in slots if starts[i] < datetime(2025, 4, 15)]          # old enough to have run long
    special = {}
    for what in ["long_no_senior", "long_wrong_senior", "long_ok", "long_ok", "t_old_unflagged"]:
        special[early.pop()] = what
    closed_pool = [i for i in slots if starts[i] < datetime(2025, 5, 25) and i not in special]   # closed by June
    for what in ["late", "late", "no_reply", "no_content", "no_category", "no_solution", "no_feedback",
                 "complex_wrong", "other_feedback", "other_feedback", "no_process", "dup", "t_24h", "t_friday",
                 "t_night", "t_night", "t_complex_senior"]:
        special[closed_pool.pop()] = what
    special[n - 1] = "t_recent"
    special[n - 2] = "t_recent"

    def work(t, first=8, last=21):
        return working_minutes(t, CUTOFF, first, last)

    rows = []
    for i in range(n):
        sp = special.get(i, "")
        ch = pick(rng, channels)
        recv = starts[i]
        if ch in ("400热线", "门店转来"):
            recv = recv.replace(hour=rng.randint(8, 20))
        recv = recv.replace(second=0, microsecond=0)
        if sp == "t_friday":
            while recv.weekday() != 4:
                recv -= timedelta(days=1)
            recv = recv.replace(hour=19, minute=rng.randint(10, 50))
        if sp == "t_night":
            ch = rng.choice(["客服邮箱", "官网留言"])
            recv = recv.replace(hour=23, minute=rng.randint(0, 55))
        # the desk enters the case in the register within minutes (night e-mails and web messages next morning)
        record = working_minutes(recv + timedelta(minutes=rng.randint(2, 15)), CUTOFF, 8, 21)
        cat = rng.choice(list(categories))
        complex_ = sp in ("complex_wrong", "t_complex_senior", "long_ok") or rng.random() < 0.1
        # initial reply within 24 h: a working-hours time no later than 23.5 h after receipt
        for _ in range(50):
            reply = work(recv + timedelta(hours=rng.uniform(0.3, 20)))
            if reply is not None and reply - recv <= timedelta(hours=23, minutes=30) and reply > record:
                break
        if sp == "late":
            reply = work(recv + timedelta(hours=rng.uniform(30, 56)))
        if sp == "t_24h":
            reply = recv + timedelta(hours=24)
        if sp == "t_friday":
            reply = (recv + timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 40))
        if sp == "t_night":
            reply = (recv + timedelta(days=1)).replace(hour=rng.randint(11, 15), minute=rng.randint(0, 59))
        if sp == "no_reply":
            reply = None
        agent = rng.choice(agents)
        inv_at = work((reply or recv) + timedelta(hours=rng.uniform(2, 40)), 8, 18)
        inv_by = "专项调查组" if complex_ else dept_for[cat]
        if sp == "complex_wrong":
            inv_by = "质量管理部"
        long_ = sp in ("long_ok", "long_no_senior", "long_wrong_senior")
        if long_:
            fb = work(inv_at + timedelta(days=rng.uniform(45, 60)), 8, 18)
        elif sp == "t_old_unflagged":
            fb = work(inv_at + timedelta(days=rng.uniform(40, 48)), 8, 18)
        else:
            fb = work(inv_at + timedelta(days=rng.uniform(1, 12 if not complex_ else 25)), 8, 18)
        if sp == "t_recent":
            inv_at, fb = None, None
        elif i >= n - 8 and rng.random() < 0.5:
            fb = None
        content = rng.choice(categories[cat])
        r = Case({
            "投诉单编号": f"TS2025-{i + 1:04d}",
            "受理时间": recv,
            "登记时间": record if sp != "no_process" else None,
            "投诉渠道": ch,
            "首问责任人": agent,
            "客户名称": person_name(rng),
            "联系方式": mobile(rng),
            "投诉类别": cat if inv_at else "",
            "投诉内容": f"{content}，要求{rng.choice(['退换', '维修', '赔偿', '道歉', '尽快处理'])}",
            "初步回复时间": reply,
            "是否复杂投诉": "是" if complex_ else "否",
            "转调查时间": inv_at,
            "调查责任部门": inv_by if inv_at else "",
            "调查结论": "",
            "解决方案": "",
            "处理结果": "",
            "结果通报时间": None,
            "通报人": "",
            "结案日期": None,
            "当前状态": "已受理" if not inv_at else "处理中",
            "处理经过": f"{recv:%m-%d} 登记；" + (f"{inv_at:%m-%d} 转{inv_by}" if inv_at else ""),
            "长期未决": "是" if long_ else "否",
            "高层介入时间": None,
            "介入领导": "",
            "原因分析": "",
            "预防改进措施": "",
            "客户评价": "",
        })
        if fb is not None:
            r["调查结论"] = pick(rng, [("情况属实", 6), ("部分属实", 3), ("不属实", 1)])
            r["解决方案"] = {"产品质量": rng.choice(["上门更换部件", "整件退换", "上门维修并补偿"]),
                         "服务态度": "责任人通报批评，向客户致歉",
                         "业务流程": rng.choice(["加急退款", "改约安装并补偿配送费", "核实后退还重复扣款"])}[cat]
            r["处理结果"] = rng.choice(["客户接受，已办结", "已按方案处理完毕", "已补偿，客户认可"])
            r["结果通报时间"] = fb
            r["通报人"] = agent
            r["结案日期"] = datetime(fb.year, fb.month, fb.day)
            r["当前状态"] = "已结案"
            r["处理经过"] += f"；{fb:%m-%d} 电话告知客户处理结果"
            r["原因分析"] = rng.choice(["供应商来料问题", "安装人员培训不足", "系统流程设计缺陷", "沟通不到位"])
            r["预防改进措施"] = rng.choice(["加强来料检验", "开展服务礼仪培训", "优化退款审批节点", "—"])
            r["客户评价"] = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)])
        if long_ or sp == "t_complex_senior":
            if sp != "long_no_senior":
                when = inv_at + timedelta(days=rng.uniform(25, 35)) if long_ else inv_at + timedelta(days=rng.uniform(2, 6))
                r["高层介入时间"] = work(when, 9, 18)
                r["介入领导"] = "投诉处处长" if sp == "long_wrong_senior" else rng.choice(seniors)
                r["处理经过"] += f"；{r['高层介入时间']:%m-%d} {r['介入领导']}督办"
        # injections on the record itself
        if sp == "no_content":
            r["投诉内容"] = ""
        if sp == "no_category":
            r["投诉类别"] = ""
        if sp == "no_solution":
            r["解决方案"] = ""
        if sp == "no_feedback":
            r["结果通报时间"], r["通报人"] = None, ""
            r["处理经过"] = r["处理经过"].rsplit("；", 1)[0]
        if sp == "other_feedback":
            r["通报人"] = rng.choice([a for a in agents if a != agent])
        rows.append(r)

    dup_i = next(i for i, w in special.items() if w == "dup")
    twin = Case(dict(rows[dup_i]))
    twin["投诉渠道"] = "客服邮箱"           # the customer also wrote in; logged again under the same number
    twin["受理时间"] = rows[dup_i]["受理时间"] + timedelta(hours=2)
    twin["登记时间"] = twin["受理时间"] + timedelta(minutes=6)
    rows.insert(dup_i + 1, twin)

    for i, what in special.items():
        cn = rows[i if i <= dup_i else i + 1]["投诉单编号"]
        label = {"late": "初步回复超24小时", "no_reply": "没有初步回复", "no_content": "投诉内容空白",
                 "no_category": "已调查未分类", "no_solution": "有结果无解决方案", "no_feedback": "有结果未通报",
                 "complex_wrong": "复杂投诉非专项调查组调查", "other_feedback": "通报人不是首问责任人",
                 "long_no_senior": "长期未决无高层介入", "long_wrong_senior": "长期未决由投诉处处长介入",
                 "no_process": "登记时间空白（未记录）", "dup": "编号重复"}.get(what)
        if label:
            _note(injected, cn, label)

    hand = {
        "procedure": "s11-complaint-office-general",
        "columns": {
            "投诉单编号": "case_number",
            "受理时间": "receive_at",
            "首问责任人": "receive_by",
            "投诉渠道": "channel",
            "投诉类别": "category",
            "投诉内容": "content",
            "初步回复时间": "initial_reply_at",
            "是否复杂投诉": "is_complex",
            "转调查时间": "investigate_at",
            "调查责任部门": "investigate_by",
            "解决方案": "measures",
            "处理结果": "result",
            "结果通报时间": "feedback_at",
            "通报人": "feedback_by",
            "登记时间": "record_at",
            "长期未决": "long_unresolved",
            "高层介入时间": "senior_intervention_at",
            "介入领导": "senior_intervention_by",
        },
        "values": {
            "channel": {"400热线": "hotline", "客服邮箱": "email", "官网留言": "website",
                        "微信公众号": "", "门店转来": "", "信函": ""},
            "category": {"产品质量": "product_quality", "服务态度": "service_attitude", "业务流程": "operating_procedure"},
            "is_complex": {"是": True, "否": False},
            "long_unresolved": {"是": True, "否": False},
        },
        # the agents' names are left out of roles: first_contact_follows_through compares the names themselves
        "roles": {**{d: "investigating_dept" for d in depts},
                  "专项调查组": "special_team", "总经理": "senior_management", "分管副总裁": "senior_management",
                  "投诉处处长": "complaint_office"},
    }
    return rows, hand


EXPORTS = [
    ("108-l1-appliance-eshop-after-sales.csv", "utf-8-sig", e108_l1_appliance_eshop),
    ("109-s11-complaint-office-register.xlsx", "xlsx", e109_s11_complaint_office),
]
