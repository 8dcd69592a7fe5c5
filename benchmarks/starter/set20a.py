"""Starter-profile benchmark exports 112-113 (set 20a), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 112 113    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, iso, distinct_names, person_name as _name, mobile as _mobile, workday


# --- 112: L4, an online retailer's after-sales register -----------------------------------------------------------

CUTOFF_112 = datetime(2025, 6, 30, 23, 0)   # 聚水潭式 ERP 的售后单导出，取数于 6 月 30 日晚


def _secs(t, rng):
    return t.replace(second=rng.randint(0, 59), microsecond=0) if t else None


def _ts(t):
    return iso(t) if t else ""


def _office(t, rng, first=8, last=23):
    """Customer service and the warehouse work first..last o'clock: a time outside moves to the next opening."""
    if t is None or first <= t.hour < last:
        return t
    if t.hour >= last:
        t += timedelta(days=1)
    return t.replace(hour=first + rng.randint(0, 1), minute=rng.randint(0, 59))


def e112_l4_eshop_after_sales(rng, injected=None):
    """鲸选优品（家居小家电网店，天猫 / 京东 / 抖音 / 自营小程序四个店铺）ERP“售后单”导出（UTF-8 带 BOM 的 CSV），
    按 L4《侵害消费者权益行为处罚办法》审计。日期写法：2025-03-04 09:12:33（ERP 的 ISO 带秒）。
    每行一张售后单：售后类型 退货退款 / 仅退款 / 换货 / 维修 / 补发；申请原因是买家在平台上选的原因；
    审核结果 同意 / 拒绝 / 待审核，审核人是客服姓名或“系统自动同意”（店铺设置的超时自动同意）；
    退货签收时间是仓库签收买家寄回的包裹；换新/补发/修复寄出时间是换货新品、补发件或修好的商品寄出；
    仓库质检、退货物流单号、备注是系统自带的。
    读过制度 YAML 后补的列：判责（质量问题(商家) / 物流破损 / 发错漏发(商家) / 发货超时(商家) / 物流丢件 / 买家原因 / 无理由，
    作为“不符合质量要求”的条件）、7天无理由标识（商品档案的属性：支持 / 不支持(定制) / 不支持(贴身/个护) / 不支持(清仓特价)，
    作为“法律规定不适用无理由退货”的条件，只有定制是法定除外）、买家确认不支持无理由时间（下单时勾选“已知晓不支持7天无理由”）、
    抽检不合格（该批次经市场监管部门抽检认定不合格，是 / 空白）、拒绝原因（原来只在备注里写）、
    服务承诺（无 / 极速换新48h / 7天修复 / 48h补发）与承诺完成时间（约定的履行期限及届满时间）。
    注入（14 件）：无理由退货超过十五日才审核同意 2 件、一直未审核 1 件（no_reason_return_processing_15_days）；
    收到退回商品超过十五日才退款 2 件、签收后一直未退款 1 件（no_reason_refund_15_days）；
    清仓特价商品以“不支持7天无理由”拒绝退货、没有买家确认记录 2 件（self_declared_exclusion_needs_consent，
    同时因未办理退货而超过十五日：no_reason_return_processing_15_days 另报 2 项）；
    以“已拆封影响二次销售”拒绝无理由退货 2 件（no_refusal_for_opened_goods，同样另报超过十五日未办理 2 项）；
    质量问题换货 / 维修超过十五日才寄出 2 件（nonconforming_remedy_15_days）；
    抽检不合格批次的电热水壶退货超过十五日才同意 1 件（certified_nonconforming_return_15_days）；售后单号重复 1 对。
    陷阱（不是违规）：收到退回商品后第 9~13 天才退款 2 件（超过消法第二十五条的七日，但没有超过本办法的十五日门槛）；
    第 15 天上午才同意退货 1 件（期限是第 15 日 24:00）；清仓特价商品拒绝退货但有买家确认记录 1 件；
    定制窗帘以“定制商品不支持无理由退货”或“已拆封”拒绝 2 件（法定除外商品）；极速退款（先退款后签收退货）3 件；
    维修因人为损坏被拒 1 件；有服务承诺的换货 / 维修超出承诺 3~6 天才寄出 1 件（未超过届满后十五日）；6 月下旬的申请尚未处理完（未超期）；仅退款、买家超时未寄回而关闭的售后单；
    抽检不合格批次的其他退货按时同意。
    """
    n = 66
    taken: set = set()
    agents = distinct_names(rng, 4, taken)          # 客服专员
    supervisor = distinct_names(rng, 1, taken)[0]   # 售后主管
    staff = agents + [supervisor]
    shops = [("鲸选优品天猫旗舰店", 38), ("鲸选优品京东旗舰店", 24), ("鲸选抖音小店", 22), ("鲸选优品小程序", 16)]
    products = {
        "kettle": ("鲸选1.7L不锈钢电热水壶 JX-K17", "JX-K17-WH", 129.0, "支持"),
        "fryer": ("鲸选3.5L迷你空气炸锅", "JX-AF35-GR", 239.0, "支持"),
        "juicer": ("便携无线榨汁杯", "JX-JC03-PK", 89.0, "支持"),
        "bedding": ("全棉磨毛四件套1.8m 莫兰迪灰", "JX-B18-G", 299.0, "支持"),
        "curtain": ("定制全遮光窗帘（按尺寸）", "JX-CT-DZ", 460.0, "不支持(定制)"),
        "underwear": ("莫代尔男士内裤3条装", "JX-UW03-L", 69.0, "不支持(贴身/个护)"),
        "toothbrush": ("声波电动牙刷 JX-ET2", "JX-ET2-BK", 159.0, "不支持(贴身/个护)"),
        "storage": ("【清仓】折叠收纳箱三件套", "JX-SB3-QC", 49.0, "不支持(清仓特价)"),
        "glassbox": ("【清仓】耐热玻璃保鲜盒10件套", "JX-GB10-QC", 39.0, "不支持(清仓特价)"),
    }
    returnable = ["kettle", "fryer", "juicer", "bedding"]
    clearance = ["storage", "glassbox"]

    kinds = [pick(rng, [("退货退款", 54), ("仅退款", 12), ("换货", 14), ("维修", 10), ("补发", 10)]) for _ in range(n)]
    slots = list(range(1, n - 2))
    rng.shuffle(slots)
    plan: dict[int, str] = {}

    def take(kind_ok, label, k, fallback="退货退款"):
        got = 0
        for i in list(slots):
            if got == k:
                break
            if kind_ok(kinds[i]) and i not in plan:
                plan[i] = label
                slots.remove(i)
                got += 1
        while got < k:                       # not enough of that kind: turn a free slot into one
            i = slots.pop()
            kinds[i] = fallback
            plan[i] = label
            got += 1

    is_return = lambda k: k == "退货退款"  # noqa: E731
    is_remedy = lambda k: k in ("换货", "维修")  # noqa: E731
    take(is_return, "late_process", 2)
    take(is_return, "open_process", 1)
    take(is_return, "late_refund", 2)
    take(is_return, "open_refund", 1)
    take(is_return, "clearance_refused", 2)
    take(is_return, "opened_refused", 2)
    take(is_remedy, "late_remedy", 2, fallback="换货")
    take(is_return, "certified_late", 1)
    # traps
    take(is_return, "refund_day_9_13", 2)
    take(is_return, "process_day_15", 1)
    take(is_return, "clearance_confirmed", 1)
    take(is_return, "custom_refused", 2)
    take(is_return, "express_refund", 3)
    take(lambda k: k == "维修", "repair_refused", 1, fallback="维修")
    take(is_remedy, "promise_late", 1, fallback="换货")
    take(is_return, "certified_ok", 2)

    carriers = [("SF", 13), ("YT", 13), ("ZTO", 12), ("JDVA", 13)]
    inspections = ["完好", "已拆封-不影响二次销售", "外包装破损", "确认质量问题"]

    rows = []
    for i in range(n):
        kind = kinds[i]
        role = plan.get(i, "")
        # request time: evenly over 2025-01-03 .. 2025-06-26, mostly daytime and evening
        day = datetime(2025, 1, 3) + timedelta(days=int(175 * i / n) + rng.randint(0, 2))
        if role in ("late_process", "late_refund", "late_remedy", "open_process", "open_refund", "promise_late",
                    "clearance_refused", "opened_refused", "refund_day_9_13", "process_day_15", "express_refund"):
            day = min(day, datetime(2025, 5, 20) + timedelta(days=rng.randint(0, 5)))
        if role in ("certified_late", "certified_ok"):
            day = datetime(2025, 4, 8) + timedelta(days=rng.randint(0, 45))
        if role == "open_refund":
            day = datetime(2025, 5, 6) + timedelta(days=rng.randint(0, 8))
        if role == "open_process":
            day = datetime(2025, 5, 19) + timedelta(days=rng.randint(0, 6))
        req = day + timedelta(hours=pick(rng, [(rng.uniform(8, 12), 3), (rng.uniform(12, 18), 3),
                                                (rng.uniform(18, 23.9), 3), (rng.uniform(0, 8), 1)]))
        req = _secs(req, rng)
        key = rng.choice(returnable)
        if role in ("clearance_refused", "clearance_confirmed"):
            key = rng.choice(clearance)
        elif role == "custom_refused":
            key = "curtain"
        elif role in ("certified_late", "certified_ok"):
            key = "kettle"
        elif role == "opened_refused":
            key = rng.choice(["bedding", "fryer"])
        elif kind == "退货退款" and role == "" and rng.random() < 0.22:
            key = rng.choice(["underwear", "toothbrush", "storage", "glassbox", "curtain"])
        pname, sku, price, seven = products[key]
        qty = 1 if rng.random() < 0.85 else 2
        paid = round(price * qty * rng.uniform(0.85, 1.0), 2)
        shop = pick(rng, shops)

        reason = liability = refusal = remark = ""
        audit_res, audit_at, auditor = "同意", None, ""
        track = signed = inspect = refund = sent = None
        confirm_at = None
        certified = ""
        refund_amt = None
        status = ""
        no_reason = False
        promise, promise_due = "", None

        if kind == "退货退款":
            quality = rng.random() < 0.3 and key not in ("curtain",) and role not in (
                "late_process", "open_process", "late_refund", "open_refund", "clearance_refused", "opened_refused",
                "refund_day_9_13", "process_day_15", "clearance_confirmed", "express_refund", "custom_refused")
            if role in ("certified_late", "certified_ok"):
                quality = True
            if quality:
                reason = rng.choice(["质量问题", "质量问题", "收到商品破损", "发错货"])
                liability = {"质量问题": "质量问题(商家)", "收到商品破损": "物流破损", "发错货": "发错漏发(商家)"}[reason]
            else:
                no_reason = True
                reason = pick(rng, [("七天无理由退货", 6), ("不想要了", 3), ("拍错/多拍", 2)])
                liability = pick(rng, [("无理由", 7), ("买家原因", 3)])
            if role in ("certified_late", "certified_ok"):
                reason, liability, certified = "质量问题", "质量问题(商家)", "是"
                remark = "JX-K17 2025年3月批次经市场监管局抽检不合格（加热时间超标）"
            if seven != "支持" and key != "curtain" and (key in clearance or rng.random() < 0.7):
                # goods the shop lists as not returnable: the buyer ticked the box at checkout on most orders
                confirm_at = _secs(req - timedelta(days=rng.randint(3, 12), hours=rng.uniform(0, 10)), rng)
            audit_at = req + timedelta(hours=pick(rng, [(rng.uniform(0.05, 4), 5), (rng.uniform(4, 30), 4),
                                                        (48.0, 1)]))
            auditor = rng.choice(staff)
            if audit_at - req >= timedelta(hours=47.9):
                auditor = "系统自动同意"
            if role == "late_process":
                audit_at = req + timedelta(days=rng.randint(17, 24), hours=rng.uniform(1, 6))
                auditor = supervisor
                remark = "售后积压，补审"
            if role == "certified_late":
                audit_at = req + timedelta(days=rng.randint(17, 20), hours=rng.uniform(1, 5))
                auditor = supervisor
                remark += "；等待厂家出具处理意见后才同意退货"
            if role == "process_day_15":
                audit_at = (req + timedelta(days=15)).replace(hour=10, minute=rng.randint(0, 50))
                auditor = supervisor
                remark = "买家先协商换货未果，后同意退货"
            if role == "open_process":
                audit_res, audit_at, auditor = "待审核", None, ""
                status = "待处理"
            if role in ("clearance_refused", "clearance_confirmed"):
                audit_res = "拒绝"
                refusal = "清仓特价商品，页面已注明不支持7天无理由退货"
                audit_at = req + timedelta(hours=rng.uniform(0.5, 20))
                auditor = rng.choice(agents)
                confirm_at = None if role == "clearance_refused" else \
                    _secs(req - timedelta(days=rng.randint(4, 9), hours=rng.uniform(0, 6)), rng)
                if role == "clearance_refused":
                    remark = "订单为老版详情页下单，无勾选记录"
            if role == "opened_refused":
                audit_res = "拒绝"
                refusal = "商品已拆封/已使用，影响二次销售"
                audit_at = req + timedelta(hours=rng.uniform(0.5, 20))
                auditor = rng.choice(agents)
                reason = "七天无理由退货"
            if role == "custom_refused":
                audit_res = "拒绝"
                refusal = ["定制商品，不支持7天无理由退货", "商品已拆封/已使用，影响二次销售"][plan_count(plan, i, role)]
                audit_at = req + timedelta(hours=rng.uniform(0.5, 20))
                auditor = rng.choice(agents)
                reason = "七天无理由退货"
            if auditor != "系统自动同意":
                audit_at = _office(audit_at, rng)
            audit_at = _secs(audit_at, rng)
            if audit_res == "拒绝":
                status = "已拒绝"
            elif audit_res == "同意":
                closed_unshipped = role == "" and rng.random() < 0.08
                if closed_unshipped:
                    status = "售后关闭"
                    remark = "买家超时未寄回，系统关闭"
                else:
                    signed = audit_at + timedelta(days=rng.uniform(1.5, 6))
                    signed = signed.replace(hour=rng.randint(9, 17), minute=rng.randint(0, 59))
                    if signed < audit_at:
                        signed += timedelta(days=1)
                    track = rng.choice(carriers)
                    inspect = pick(rng, [("完好", 6), ("已拆封-不影响二次销售", 3), ("外包装破损", 1)]) if no_reason \
                        else "确认质量问题"
                    refund = signed + timedelta(hours=pick(rng, [(rng.uniform(0.2, 6), 5), (rng.uniform(6, 70), 4)]))
                    if role == "late_refund":
                        refund = signed + timedelta(days=rng.randint(17, 24), hours=rng.uniform(0, 8))
                        remark = "财务打款失败后重新提交"
                    if role == "refund_day_9_13":
                        refund = signed + timedelta(days=rng.randint(9, 12), hours=rng.uniform(0, 8))
                        remark = "退款复核"
                    if role == "open_refund":
                        refund = None
                    if role == "express_refund":
                        refund = audit_at + timedelta(minutes=rng.randint(1, 20))
                        remark = "极速退款（信用用户，先退款后退货）"
                    signed = _secs(signed, rng)
                    refund = _secs(refund, rng)
                    if signed > CUTOFF_112:
                        signed = inspect = None
                        track = rng.choice(carriers) if rng.random() < 0.6 else None
                        refund = refund if role == "express_refund" else None
                        status = "待仓库收货" if track else "待买家退货"
                    elif refund is None or refund > CUTOFF_112:
                        refund = None
                        status = "待退款"
                    else:
                        status = "退款成功"
                    if role == "express_refund" and refund:
                        status = "退款成功"
                    if refund:
                        refund_amt = paid
        elif kind == "仅退款":
            reason = pick(rng, [("未按约定时间发货", 3), ("快递一直未送到", 3), ("空包裹", 1)])
            liability = {"未按约定时间发货": "发货超时(商家)", "快递一直未送到": "物流丢件", "空包裹": "物流丢件"}[reason]
            audit_at = _secs(_office(req + timedelta(hours=rng.uniform(0.1, 20)), rng), rng)
            auditor = rng.choice(staff)
            refund = _secs(audit_at + timedelta(minutes=rng.randint(1, 90)), rng)
            refund_amt = paid
            status = "退款成功"
        else:   # 换货 / 维修 / 补发
            if kind == "换货":
                reason = pick(rng, [("质量问题", 5), ("发错货", 3), ("收到商品破损", 2)])
            elif kind == "维修":
                reason = "质量问题"
                key = rng.choice(["kettle", "fryer", "juicer", "toothbrush"])
                pname, sku, price, seven = products[key]
            else:
                reason = pick(rng, [("少件/漏发", 3), ("收到商品破损", 2)])
            if role == "late_remedy":
                reason = "质量问题"
            liability = {"质量问题": "质量问题(商家)", "发错货": "发错漏发(商家)", "收到商品破损": "物流破损",
                         "少件/漏发": "发错漏发(商家)"}[reason]
            audit_at = _secs(_office(req + timedelta(hours=rng.uniform(0.1, 26)), rng), rng)
            auditor = rng.choice(staff)
            if role == "repair_refused":
                audit_res = "拒绝"
                refusal = "人为损坏（进水），不在三包范围"
                liability = "买家原因"
                status = "已拒绝"
            else:
                promise = pick(rng, [("无", 6), ({"换货": "极速换新48h", "维修": "7天修复", "补发": "48h补发"}[kind], 4)])
                if role == "late_remedy":
                    promise = "无"
                if role == "promise_late":
                    promise = "极速换新48h" if kind == "换货" else "7天修复"
            if audit_res == "拒绝":
                pass
            elif kind == "补发":
                sent = audit_at + timedelta(hours=rng.uniform(4, 40))
                if promise != "无":
                    promise_due = audit_at + timedelta(hours=48)
            else:
                signed = audit_at + timedelta(days=rng.uniform(1.5, 4.5))
                signed = signed.replace(hour=rng.randint(9, 17), minute=rng.randint(0, 59))
                track = rng.choice(carriers)
                inspect = "确认质量问题" if reason == "质量问题" else ("外包装破损" if reason == "收到商品破损" else "完好")
                sent = signed + timedelta(days=rng.uniform(0.3, 3) if kind == "换货" else rng.uniform(2, 6))
                if promise == "极速换新48h":          # the new item leaves before the old one comes back
                    promise_due = audit_at + timedelta(hours=48)
                    sent = audit_at + timedelta(hours=rng.uniform(4, 40))
                elif promise == "7天修复":
                    promise_due = signed.replace(hour=23, minute=59, second=59) + timedelta(days=7)
                if role == "promise_late":
                    sent = promise_due + timedelta(days=rng.randint(3, 6), hours=rng.uniform(0, 5))
                    remark = "新品缺货，超出承诺时效，已补偿10元券"
                if role == "late_remedy":
                    sent = req + timedelta(days=rng.randint(18, 26), hours=rng.uniform(0, 6))
                    remark = "厂家缺货，等待新批次" if kind == "换货" else "返厂维修，配件缺货"
                signed = _secs(signed, rng)
                if signed > CUTOFF_112:
                    signed = inspect = None
                    if promise != "极速换新48h":
                        sent = None
                    status = "待仓库收货"
            sent = _secs(_office(sent, rng, 9, 20), rng)
            if sent and sent > CUTOFF_112:
                sent = None
                status = status or "处理中"
            if sent:
                status = "已完成"
            elif not status:
                status = "处理中"

        r = Case()
        r["售后单号"] = f"SH{req:%y%m%d}{rng.randint(1000, 9999)}"
        r["店铺"] = shop
        if "天猫" in shop:
            r["平台订单号"] = "".join(rng.choice("0123456789") for _ in range(19)).lstrip("0") or "1"
        elif "京东" in shop:
            r["平台订单号"] = str(rng.randint(3 * 10 ** 11, 3 * 10 ** 11 + 9 * 10 ** 10))
        elif "抖音" in shop:
            r["平台订单号"] = "69" + "".join(rng.choice("0123456789") for _ in range(17))
        else:
            r["平台订单号"] = f"JX{req - timedelta(days=rng.randint(2, 10)):%y%m%d}{rng.randint(10000, 99999)}"
        r["申请时间"] = _ts(req)
        r["售后类型"] = kind
        r["申请原因"] = reason
        r["判责"] = liability
        r["商品名称"] = pname
        r["商家编码"] = sku
        r["7天无理由标识"] = seven
        r["买家确认不支持无理由时间"] = _ts(confirm_at)
        r["抽检不合格"] = certified
        r["实付金额"] = f"{paid:.2f}"
        r["退款金额"] = f"{refund_amt:.2f}" if refund_amt else ""
        r["买家昵称"] = rng.choice(["tb", "jd_", "dy", "wx_"]) + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789")
                                                                         for _ in range(8))
        r["收货人"] = _name(rng)
        r["手机"] = _mobile(rng)
        r["审核结果"] = audit_res
        r["审核时间"] = _ts(audit_at)
        r["审核人"] = auditor
        r["拒绝原因"] = refusal
        r["退货物流单号"] = f"{track[0]}{''.join(rng.choice('0123456789') for _ in range(track[1]))}" if track else ""
        r["退货签收时间"] = _ts(signed)
        r["仓库质检"] = inspect or ""
        r["退款时间"] = _ts(refund)
        r["服务承诺"] = promise
        r["承诺完成时间"] = _ts(_secs(promise_due, rng))
        r["换新/补发/修复寄出时间"] = _ts(sent)
        r["售后状态"] = status
        r["备注"] = remark
        rows.append(r)

    # a repeated 售后单号: a ticket split by hand when the buyer returned two items in two parcels
    free = [k for k in range(10, n - 1) if k not in plan and k + 1 not in plan and kinds[k] == "退货退款"]
    dup_src = free[0]
    dup_dst = next(k for k in range(dup_src + 1, n) if k not in plan)
    rows[dup_dst]["售后单号"] = rows[dup_src]["售后单号"]

    if injected is not None:
        num = lambda i: rows[i]["售后单号"]  # noqa: E731
        injected += [(num(dup_dst), "duplicate")]
        injected += [(num(i), lab) for i, lab in sorted(plan.items()) if lab in (
            "late_process", "open_process", "late_refund", "open_refund", "clearance_refused", "opened_refused",
            "late_remedy", "certified_late")]

    hand = {
        "procedure": "l4-consumer-rights-violation-penalties",
        "columns": {
            "售后单号": "case_number",
            "申请原因": "return_basis",
            "判责": "quality_nonconforming",
            "7天无理由标识": "statutory_exclusion",
            "买家确认不支持无理由时间": "consumer_confirmed_not_returnable_at",
            "抽检不合格": "certified_nonconforming",
            "拒绝原因": "refusal_reason",
            "退货签收时间": "returned_goods_received_at",
            "退款时间": "refund_at",
            "换新/补发/修复寄出时间": "remedy_fulfilled_at",
            "服务承诺": "performance_term_set",
            "承诺完成时间": "performance_due_at",
        },
        "values": {
            "return_basis": {"七天无理由退货": "no_reason", "不想要了": "no_reason", "拍错/多拍": "no_reason",
                             "质量问题": "other", "收到商品破损": "other", "发错货": "other", "少件/漏发": "other",
                             "未按约定时间发货": "", "快递一直未送到": "", "空包裹": ""},
            "quality_nonconforming": {"质量问题(商家)": True, "物流破损": True, "发错漏发(商家)": False,
                                      "发货超时(商家)": False, "物流丢件": False, "买家原因": False, "无理由": False},
            "statutory_exclusion": {"支持": False, "不支持(定制)": True, "不支持(贴身/个护)": False,
                                    "不支持(清仓特价)": False},
            "certified_nonconforming": {"是": True, "否": False},
            "performance_term_set": {"无": False, "极速换新48h": True, "7天修复": True, "48h补发": True},
            "refusal_reason": {"清仓特价商品，页面已注明不支持7天无理由退货": "self_declared_not_applicable",
                               "商品已拆封/已使用，影响二次销售": "opened_or_inspected",
                               "定制商品，不支持7天无理由退货": "other",
                               "人为损坏（进水），不在三包范围": "other"},
        },
        "roles": {**{v: "business" for v in staff}, "系统自动同意": "business"},
        "outcomes": {
            "售后类型": {"date": "申请时间",
                     "steps": {"退货退款": "return_request", "换货": "remedy_request", "维修": "remedy_request",
                               "补发": "remedy_request"}},
            "审核结果": {"date": "审核时间", "by": "审核人",
                     "steps": {"同意": "process_return", "拒绝": "refuse_return"}},
        },
    }
    return rows, hand


# --- 113: S35, an auto-parts maker's QMS complaint tracking -------------------------------------------------------

CUTOFF_113 = datetime(2025, 6, 30, 18, 0)


def _on_workday(d, rng, lo=8.5, hi=16.0):
    """A time on the first working day on or after d's date, between lo and hi o'clock."""
    day = d.replace(hour=0, minute=0, second=0, microsecond=0)
    while not workday(day.date()):
        day += timedelta(days=1)
    return day + timedelta(minutes=rng.randint(int(lo * 60), int(hi * 60)))


def _mins(t, rng, lo=5, hi=50):
    return t + timedelta(minutes=rng.randint(lo, hi))


def e113_s35_qms_quality_complaints(rng, injected=None):
    """宁波锐驰汽车零部件有限公司 QMS“客户质量投诉跟踪”导出（XLSX，日期为真正的日期单元格），按 S35《产品质量投诉处理流程》审计。
    产品：制动钳总成、转向拉杆总成、轮毂轴承单元、制动盘铸件；反馈来源 外贸部 / 市场部一处 / 市场部二处；
    责任事业部 总成事业部 / 制动事业部 / 铸件事业部，对应 一分厂 / 二分厂 / 三分厂。
    产品阶段写 新品 / 新品前三批 / 量产；问题性质写 批量 / 非批量；原因分析负责人、事件公示人写员工姓名
    （技术部经理、质量总监、品质部经理、三位事业部经理、二分厂厂长、品质工程师的名单由审计人员向人事部核对）。
    读过制度 YAML 后补的列：事件公示人（post_event_by）、品质部接收审批报告（receive_approved_report，整改措施公示 1 小时的起点）、
    第一/二/三次验证公示（原来只有一列“验证结果公示”）、第一/二/三次评审记录、验证有效日期、验证人 / 验证产品 / 验证数量 /
    改进效果 / 部门评价（验证记录）、培训日期、培训记录备案(综合部)、客户再次反馈（是/否）、批量报废及应急处理各列
    （应急方案协商、应急方案总经理批准、外贸回复客户、VMI挑选回复、挑选情况反馈、补货排产、补货发货）、客户罚款(元)、
    罚款票据、客户罚款单日期、费用附件（原来的“费用提交日期”即费用反馈日期，由市场部业务员反馈；“业务员”列映射为 cost_feedback_by）。
    注入（15 件）：事件公示超过 1 小时 2 件（post_event_1h）；事件公示人是二分厂厂长而不是事业部经理 1 件（step-post_event）；
    量产批量问题由品质部经理组织分析 1 件（mature_batch_to_quality_director）；新品问题由品质部经理组织分析 1 件
    （new_product_to_technical_manager）；新品前三批的报告没有质量总监审核就经总经理审批 1 件（director_review_new_product）；
    整改措施公示超过 1 小时 1 件（post_measures_1h）；首次验证在措施实施后第 10~12 天 1 件（first_verification_within_1_week）；
    第二次验证距第一次 38~42 天 1 件（second_verification_within_1_month）；第二次验证结果公示超过 1 小时 1 件
    （post_verify_2_1h）；客户再次反馈次日才公示 1 件（post_refeedback_1h）；协调费用过月才反馈 1 件
    （cost_feedback_same_month）；客户当月未提供罚款票据、没有填写客户罚款单 1 件（fine_slip_required）；
    验证有效后验证记录缺验证数量 1 件（record_verified_quantity）；投诉编号重复 1 对。
    陷阱（不是违规）：事件公示在第 55 分钟 1 件；量产批量问题没有质量总监审核（总监本人组织分析，不需审核）；
    第二次验证距第一次 30 天（跨 31 天的月份，未超过“一个月”）1 件；费用在月末最后一天发生、当天反馈 1 件；
    客户已提供罚款票据、没有罚款单；6 月下旬刚实施的措施尚未验证（未满一周）；客户再次反馈“否”的各列空白。
    """
    n = 58
    taken: set = set()
    tech_mgr, q_director, q_manager = distinct_names(rng, 3, taken)
    bu_mgr = dict(zip(["总成事业部", "制动事业部", "铸件事业部"], distinct_names(rng, 3, taken)))
    plant_head = distinct_names(rng, 1, taken)[0]        # 二分厂厂长
    q_engineers = distinct_names(rng, 3, taken)
    sales = distinct_names(rng, 3, taken)
    plants = {"总成事业部": "一分厂", "制动事业部": "二分厂", "铸件事业部": "三分厂"}
    products = [("制动钳总成", "RC-BC", "总成事业部"), ("转向拉杆总成", "RC-TR", "总成事业部"),
                ("轮毂轴承单元", "RC-HB", "总成事业部"), ("制动盘", "RC-BD", "铸件事业部"),
                ("制动鼓", "RC-DR", "铸件事业部"), ("制动蹄片总成", "RC-BS", "制动事业部"),
                ("电子驻车卡钳", "RC-EP", "制动事业部")]
    customers = {"外贸部": ["Nordlicht Automotive GmbH", "Kensington Parts Ltd", "Aurora Motor Parts Inc.",
                           "Iberia Recambios S.L.", "Gulf Star Auto Trading LLC"],
                 "市场部一处": ["江淮星途汽车配套有限公司", "长庆重卡装配厂"],
                 "市场部二处": ["华东汽配连锁（售后市场）", "蓝湾商用车服务站"]}
    defects = {"制动钳总成": ["活塞回位不良", "放气螺钉渗油", "卡钳异响"],
               "转向拉杆总成": ["球头间隙超差", "防尘罩破裂", "螺纹损伤"],
               "轮毂轴承单元": ["ABS齿圈信号异常", "轴承异响", "法兰跳动超差"],
               "制动盘": ["动平衡超差", "铸造砂眼", "摩擦面硬度不足"],
               "制动鼓": ["内径尺寸超差", "铸造气孔"],
               "制动蹄片总成": ["摩擦片脱层", "铆钉松动"],
               "电子驻车卡钳": ["电机异响", "驻车力不足", "线束插头松脱"]}

    stages = [pick(rng, [("新品", 14), ("新品前三批", 16), ("量产", 70)]) for _ in range(n)]
    batch = [pick(rng, [("批量", 35), ("非批量", 65)]) for _ in range(n)]
    slots = list(range(1, n - 3))
    rng.shuffle(slots)
    plan: dict[int, str] = {}

    def take(ok, label, k=1, force=None):
        got = 0
        for i in list(slots):
            if got == k:
                break
            if ok(i) and i not in plan:
                plan[i] = label
                slots.remove(i)
                got += 1
        while got < k:
            i = slots.pop()
            if force:
                stages[i], batch[i] = force
            plan[i] = label
            got += 1

    early = lambda i: i < n * 0.6  # noqa: E731   (cases old enough to reach the second verification)
    take(lambda i: True, "late_event", 2)
    take(lambda i: stages[i] == "量产" and batch[i] == "非批量", "event_by_plant_head")
    take(lambda i: stages[i] == "量产" and batch[i] == "批量", "batch_by_qm", force=("量产", "批量"))
    take(lambda i: stages[i] == "新品", "new_by_qm", force=("新品", "非批量"))
    take(lambda i: stages[i] == "新品前三批", "no_director_review", force=("新品前三批", "非批量"))
    take(lambda i: True, "late_post_measures")
    take(lambda i: i < n * 0.85, "late_verify_1")
    take(early, "late_verify_2")
    take(early, "late_post_verify_2")
    take(lambda i: i < n * 0.8, "late_post_refeedback")
    take(lambda i: 8 < i < n * 0.7, "cost_next_month")
    take(lambda i: i < n * 0.8, "fine_no_slip")
    take(lambda i: i < n * 0.45, "effective_no_qty")
    # traps
    take(lambda i: True, "event_55min")
    take(lambda i: 0.33 * n < i < 0.5 * n, "verify_2_30_days")
    take(lambda i: 4 < i < n * 0.7, "cost_month_end")
    take(lambda i: i < n * 0.8, "fine_with_receipt")
    take(lambda i: stages[i] == "量产" and batch[i] == "批量" and i < n * 0.5, "scrap", k=3,
         force=("量产", "批量"))

    rows = []
    for i in range(n):
        role = plan.get(i, "")
        stage, nature = stages[i], batch[i]
        if stage != "量产":
            nature = pick(rng, [("非批量", 3), ("批量", 1)]) if role not in ("new_by_qm", "no_director_review") \
                else "非批量"
        pname, code, bu = rng.choice(products)
        if role == "event_by_plant_head":
            pname, code, bu = rng.choice([p for p in products if p[2] == "制动事业部"])
        source = pick(rng, [("外贸部", 55), ("市场部一处", 25), ("市场部二处", 20)])
        # 2025-01-06 .. 2025-06-24, in order of the case number
        base = datetime(2025, 1, 6) + timedelta(days=int(168 * i / n) + rng.randint(0, 2))
        if i == n - 1:
            base = datetime(2025, 6, 17)
        recv = _on_workday(base, rng, 8.5, 15.5)
        if role == "event_55min":
            post_event = recv + timedelta(minutes=55)
        elif role == "late_event":
            post_event = recv + timedelta(minutes=rng.randint(150, 260)) if plan_count(plan, i, "late_event") == 0 \
                else _on_workday(recv + timedelta(days=1), rng, 8.5, 10)
        else:
            post_event = _mins(recv, rng)
        poster = plant_head if role == "event_by_plant_head" else bu_mgr[bu]
        plant = plants[bu]
        # root-cause analysis and approval
        if stage in ("新品", "新品前三批"):
            analyst = tech_mgr
        elif nature == "批量":
            analyst = q_director
        else:
            analyst = q_manager
        if role in ("batch_by_qm", "new_by_qm"):
            analyst = q_manager
        analyse = _on_workday(recv + timedelta(days=rng.randint(1, 4)), rng, 9, 16)
        review = None
        if analyst != q_director and role != "no_director_review":
            review = _on_workday(analyse + timedelta(days=rng.randint(0, 2)), rng, 9, 16)
            if review <= analyse:
                review = analyse + timedelta(hours=2)
        gm_at = _on_workday((review or analyse) + timedelta(days=rng.randint(1, 2)), rng, 9, 13.5)
        got_report = gm_at + timedelta(minutes=rng.randint(20, 150))
        post_measures = _mins(got_report, rng) if role != "late_post_measures" else \
            got_report + timedelta(minutes=rng.randint(100, 200))
        implement = _on_workday(gm_at + timedelta(days=rng.randint(1, 3)), rng, 8, 10)
        v1 = _on_workday(implement + timedelta(days=rng.randint(2, 5)), rng, 9, 15.5)
        if role == "late_verify_1":
            v1 = _on_workday(implement + timedelta(days=rng.randint(10, 12)), rng, 9, 15.5)
        if (v1.date() - implement.date()).days > 6 and role != "late_verify_1":
            v1 = _on_workday(implement + timedelta(days=2), rng, 9, 15.5)
            if (v1.date() - implement.date()).days > 6:
                v1 = implement + timedelta(hours=5)
        gap2 = rng.randint(14, 27)
        if role == "late_verify_2":
            gap2 = rng.randint(38, 42)
        v2 = v1 + timedelta(days=gap2)
        v2 = v2.replace(hour=rng.randint(9, 15), minute=rng.randint(0, 59))
        if role == "verify_2_30_days":       # first verification in March or April: 30 days is within a month
            v2 = (v1 + timedelta(days=30)).replace(hour=10, minute=rng.randint(0, 30))
            assert v1.month in (3, 4), v1
        v3 = (v2 + timedelta(days=rng.randint(14, 27))).replace(hour=rng.randint(9, 15), minute=rng.randint(0, 59))
        pv1 = _mins(v1, rng)
        pv2 = _mins(v2, rng) if role != "late_post_verify_2" else v2 + timedelta(minutes=rng.randint(130, 220))
        pv3 = _mins(v3, rng)
        effective = _on_workday(v3 + timedelta(days=rng.randint(0, 1)), rng, 14, 16.5)
        if effective < v3:
            effective = v3 + timedelta(minutes=40)
        training = _on_workday(effective + timedelta(days=rng.randint(1, 4)), rng, 9, 15)
        filed = _on_workday(training + timedelta(days=rng.randint(0, 2)), rng, 9, 16)
        if filed < training:
            filed = training + timedelta(hours=1)

        chain = [("post_event", post_event), ("analyse", analyse), ("review", review), ("gm", gm_at),
                 ("got_report", got_report), ("post_measures", post_measures), ("implement", implement),
                 ("v1", v1), ("pv1", pv1), ("v2", v2), ("pv2", pv2), ("v3", v3), ("pv3", pv3)]
        t = {}
        stopped = False
        for name, value in chain:
            if value is None:
                t[name] = None
                continue
            if stopped or value > CUTOFF_113:
                stopped = True
                t[name] = None
            else:
                t[name] = value
        done = not stopped and filed <= CUTOFF_113
        if not done:
            effective = training = filed = None
        # a late second verification must not be cut off by the export date (keep the injection visible)
        if role == "late_verify_2" and t["v2"] is None:
            raise AssertionError("late_verify_2 case too recent")

        # customer re-feedback
        refb = post_refb = None
        again = "否"
        if t["v1"] and (rng.random() < 0.15 or role == "late_post_refeedback"):
            refb = _on_workday(t["v1"] + timedelta(days=rng.randint(3, 9)), rng, 9, 15.5)
            if refb > CUTOFF_113:
                refb = None
            else:
                again = "是"
                post_refb = _mins(refb, rng) if role != "late_post_refeedback" else \
                    _on_workday(refb + timedelta(days=1), rng, 8.5, 10)
        if role == "late_post_refeedback" and refb is None:
            raise AssertionError("late_post_refeedback case too recent")

        # batch scrap and the emergency chain
        scrap = "是" if role == "scrap" else ("否" if nature == "批量" else "")
        em = [None] * 7
        if role == "scrap":
            plan_at = _on_workday(recv + timedelta(days=1), rng, 9, 11)
            approve = plan_at + timedelta(hours=rng.uniform(2, 5))
            reply = _on_workday(approve + timedelta(days=rng.randint(0, 1)), rng, 9, 16) if rng.random() < 0.5 \
                else approve + timedelta(hours=1.5)
            if reply <= approve:
                reply = approve + timedelta(hours=1)
            vmi = _on_workday(reply + timedelta(days=rng.randint(1, 2)), rng, 9, 16)
            sel = vmi + timedelta(hours=rng.uniform(1, 20))
            prod = _on_workday(sel + timedelta(days=1), rng, 8.5, 11)
            ship = _on_workday(prod + timedelta(days=rng.randint(2, 5)), rng, 9, 16)
            em = [x.replace(second=0, microsecond=0) for x in (plan_at, approve, reply, vmi, sel, prod, ship)]

        # coordination costs and customer fines
        cost = fine = None
        cost_day = cost_fb = slip = None
        receipt = attach = ""
        if role in ("cost_next_month", "cost_month_end", "fine_no_slip", "fine_with_receipt") or \
                (rng.random() < 0.22 and recv < datetime(2025, 6, 10)):
            cost_day = (recv + timedelta(days=rng.randint(2, 12))).replace(hour=0, minute=0)
            if role == "cost_month_end":
                cost_day = datetime(2025, 4, 30) if recv < datetime(2025, 4, 20) else datetime(2025, 5, 31)
                cost_fb = cost_day
            else:
                month_end = (cost_day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
                cost_fb = min(cost_day + timedelta(days=rng.randint(0, 6)), month_end)
            if role == "cost_next_month":
                cost_day = cost_day.replace(day=min(cost_day.day, 20)) + timedelta(days=0)
                nxt = (cost_day.replace(day=28) + timedelta(days=4)).replace(day=rng.randint(2, 8))
                cost_fb = nxt
            if rng.random() < 0.8 or role in ("cost_next_month", "cost_month_end"):
                cost = rng.choice([800, 1200, 1500, 2600, 3800, 5000, 6800])
            if role in ("fine_no_slip", "fine_with_receipt") or rng.random() < 0.3:
                fine = rng.choice([2000, 3000, 5000, 8000, 10000])
                receipt = "已提供" if role == "fine_with_receipt" or (role != "fine_no_slip" and rng.random() < 0.5) \
                    else "未提供"
                if receipt == "未提供" and role != "fine_no_slip":
                    slip = cost_fb - timedelta(days=rng.randint(0, min(2, (cost_fb - cost_day).days)))
            if cost is None and fine is None:
                cost = 1000
            attach = "问题信息、处理结果、费用使用情况（附件%d页）" % rng.randint(2, 6)

        r = Case()
        yymm = recv.strftime("%y%m")
        r["投诉编号"] = f"CQ-{yymm}-{i + 1:03d}"
        r["接到反馈时间"] = recv
        r["反馈来源"] = source
        r["客户"] = rng.choice(customers[source])
        r["产品名称"] = pname
        r["零件号"] = f"{code}-{rng.randint(1000, 9999)}{rng.choice('ABCDE')}"
        r["产品阶段"] = stage
        r["问题性质"] = nature
        r["问题描述"] = rng.choice(defects[pname])
        r["不良数量"] = rng.randint(120, 2400) if nature == "批量" else rng.randint(1, 30)
        r["责任事业部"] = bu
        r["责任分厂"] = plant
        r["事件公示时间"] = post_event
        r["事件公示人"] = poster
        r["原因分析负责人"] = analyst
        r["CAPA报告提交"] = t["analyse"]
        r["质量总监审核"] = t["review"]
        r["总经理审批"] = t["gm"]
        r["品质部接收审批报告"] = t["got_report"]
        r["整改措施公示时间"] = t["post_measures"]
        r["措施实施日期"] = t["implement"]
        for k, (v, pv) in enumerate([("v1", "pv1"), ("v2", "pv2"), ("v3", "pv3")], start=1):
            word = "一二三"[k - 1]
            r[f"第{word}次验证"] = t[v]
            r[f"第{word}次验证公示"] = t[pv]
            r[f"第{word}次评审记录"] = f"PS-{t[v]:%y%m}-{rng.randint(10, 99)}" if t[v] else ""
        r["验证有效日期"] = effective
        r["验证人"] = rng.choice(q_engineers) if effective else ""
        r["验证产品"] = f"{pname} {code}" if effective else ""
        r["验证数量"] = rng.choice([50, 100, 200, 300, 500]) if effective else None
        if role == "effective_no_qty":
            if not effective:
                raise AssertionError("effective_no_qty case not finished")
            r["验证数量"] = None
        r["改进效果"] = rng.choice(["连续三批未再发生", "客户端复检合格", "过程能力Cpk由0.9提升至1.45", "同类不良下降95%"]) \
            if effective else ""
        r["部门评价"] = rng.choice(["措施有效，固化到作业指导书", "有效，PFMEA已更新", "有效，纳入控制计划"]) if effective else ""
        r["培训日期"] = training
        r["培训记录备案(综合部)"] = filed
        r["客户再次反馈"] = again
        r["再次反馈时间"] = refb
        r["再次反馈公示时间"] = post_refb
        r["批量报废"] = scrap
        for head, value in zip(["应急方案协商", "应急方案总经理批准", "外贸回复客户", "VMI挑选回复", "挑选情况反馈",
                                "补货排产", "补货发货"], em):
            r[head] = value
        r["协调费用(元)"] = cost
        r["客户罚款(元)"] = fine
        r["费用发生日期"] = cost_day
        r["费用反馈日期"] = cost_fb
        r["罚款票据"] = receipt
        r["客户罚款单日期"] = slip
        r["费用附件"] = attach
        r["业务员"] = rng.choice(sales) if cost_day else ""
        r["状态"] = "已关闭" if filed else ("验证中" if t["v1"] else ("整改中" if t["implement"] else "分析中"))
        rows.append(r)

    # a repeated 投诉编号: the quality clerk re-used last month's serial when the system was down
    dup_src = next(k for k in range(20, 40) if k not in plan and k + 1 not in plan)
    dup_dst = dup_src + 1
    rows[dup_dst]["投诉编号"] = rows[dup_src]["投诉编号"]

    if injected is not None:
        num = lambda i: rows[i]["投诉编号"]  # noqa: E731
        injected += [(num(dup_dst), "duplicate")]
        traps = ("event_55min", "verify_2_30_days", "cost_month_end", "fine_with_receipt", "scrap")
        injected += [(num(i), lab) for i, lab in sorted(plan.items()) if lab not in traps]

    hand = {
        "procedure": "s35-product-quality-complaint-flow",
        "columns": {
            "投诉编号": "case_number",
            "接到反馈时间": "receive_feedback_at",
            "产品名称": "product",
            "产品阶段": "product_stage",
            "问题性质": "batch_issue",
            "事件公示时间": "post_event_at",
            "事件公示人": "post_event_by",
            "原因分析负责人": "analyse_by",
            "CAPA报告提交": "analyse_at",
            "质量总监审核": "director_review_at",
            "总经理审批": "gm_approve_at",
            "品质部接收审批报告": "receive_approved_report_at",
            "整改措施公示时间": "post_measures_at",
            "措施实施日期": "implement_at",
            "第一次验证": "verify_1_at",
            "第一次验证公示": "post_verify_1_at",
            "第一次评审记录": "review_record_1",
            "第二次验证": "verify_2_at",
            "第二次验证公示": "post_verify_2_at",
            "第二次评审记录": "review_record_2",
            "第三次验证": "verify_3_at",
            "第三次验证公示": "post_verify_3_at",
            "第三次评审记录": "review_record_3",
            "验证有效日期": "verification_effective_at",
            "验证人": "verifier",
            "验证产品": "verified_product",
            "验证数量": "verified_quantity",
            "改进效果": "improvement_effect",
            "部门评价": "department_evaluation",
            "培训日期": "training_at",
            "培训记录备案(综合部)": "training_record_filed_at",
            "客户再次反馈": "customer_refeedback",
            "再次反馈时间": "refeedback_at",
            "再次反馈公示时间": "post_refeedback_at",
            "批量报废": "batch_scrap",
            "应急方案协商": "emergency_plan_at",
            "应急方案总经理批准": "emergency_approve_at",
            "外贸回复客户": "emergency_reply_at",
            "VMI挑选回复": "vmi_select_at",
            "挑选情况反馈": "selection_feedback_at",
            "补货排产": "replenish_production_at",
            "补货发货": "replenish_shipping_at",
            "协调费用(元)": "coordination_cost",
            "客户罚款(元)": "customer_fine",
            "费用发生日期": "cost_incurred_at",
            "费用反馈日期": "cost_feedback_at",
            "罚款票据": "fine_receipt_provided",
            "客户罚款单日期": "fine_slip_at",
            "费用附件": "cost_attachment",
            "业务员": "cost_feedback_by",
        },
        "values": {
            "product_stage": {"新品": "new", "新品前三批": "new_first_three_batches", "量产": "mature"},
            "batch_issue": {"批量": "yes", "非批量": "no"},
            "batch_scrap": {"是": "yes", "否": "no"},
            "customer_refeedback": {"是": "yes", "否": "no"},
            "fine_receipt_provided": {"已提供": "yes", "未提供": "no"},
        },
        "roles": {
            tech_mgr: "technical_manager", q_director: "quality_director", q_manager: "quality_manager",
            **{v: "business_unit_manager" for v in bu_mgr.values()},
            plant_head: "production",
            **{v: "quality_dept" for v in q_engineers},
            **{v: "market_dept" for v in sales},
        },
    }
    return rows, hand


def plan_count(plan, i, label):
    """How many cases before case i carry the same injection label (to vary the two late postings)."""
    return sum(1 for k, lab in plan.items() if lab == label and k < i)


EXPORTS = [
    ("112-l4-eshop-after-sales-register.csv", "utf-8-sig", e112_l4_eshop_after_sales),
    ("113-s35-qms-quality-complaint-tracking.xlsx", "xlsx", e113_s35_qms_quality_complaints),
]
