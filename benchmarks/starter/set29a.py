"""Starter-profile benchmark exports 166-167 (set 29a), written unseen by the mapping guesser's authors.

Each function plays one company's (or bureau's) own system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 166 167    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 17, 30)   # the exports were taken on 30 June 2025; later steps have not happened


# --- 166: L4, a home-furnishing retailer's after-sales / consumer-dispute work orders (CRM export, CSV) ------------

def _crm(t):
    """2025-03-04 09:12:33 -- how the CRM prints a time stamp; a date without time as 2025-03-04."""
    if t is None:
        return ""
    if isinstance(t, datetime):
        return t.strftime("%Y-%m-%d %H:%M:%S")
    return t.strftime("%Y-%m-%d")


def _cs_time(d, rng, lo=9, hi=21):
    """A time on day d inside the online customer-service hours (9:00-21:59)."""
    return datetime(d.year, d.month, d.day, rng.randint(lo, hi), rng.randint(0, 59), rng.randint(0, 59))


def _rand_day(rng, lo, hi):
    """A day between the dates lo and hi (inclusive)."""
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


_L4_ONLINE = [("天猫旗舰店", 5), ("京东自营旗舰店", 3), ("微信小程序商城", 2)]
_L4_STORES = ["厦门SM城市广场店", "厦门湖里万达店", "泉州浦西万达店", "福州东二环泰禾店"]
_L4_GOODS = [
    # 商品名称, 商品编码, 价格区间, 是否定制
    ("北欧布艺三人位沙发（科技布）", "SF-3021", (2899, 5699), False),
    ("白橡木实木餐桌1.4m", "CZ-1408", (1999, 3899), False),
    ("天然乳胶独立弹簧床垫1.8m", "CD-1820", (2299, 4599), False),
    ("岩板电视柜+茶几组合", "CJ-2210", (1599, 3299), False),
    ("电动升降书桌", "SZ-0612", (1299, 2499), False),
    ("实木儿童床1.2m（含护栏）", "ET-1206", (1899, 3299), False),
    ("真皮电动功能单人沙发", "SF-1107", (3299, 6999), False),
    ("胡桃木床头柜（两只装）", "CT-0302", (899, 1699), False),
    ("人体工学办公椅", "YZ-0458", (799, 1899), False),
    ("羊毛手工地毯2x3m", "DT-2030", (1299, 2999), False),
]
_L4_CUSTOM = [("全屋定制衣柜（按尺寸定做）", "DZ-YG01", (6800, 15800)),
              ("定制遮光窗帘（按尺寸加工）", "DZ-CL03", (1200, 3600))]
_L4_QUALITY_PROBLEMS = {
    "质量问题": ["沙发坐垫塌陷、回弹差", "桌面开裂", "床垫弹簧异响", "抽屉滑轨卡顿脱落", "升降电机不工作",
             "皮面起皮脱色", "柜门变形关不严", "椅子气杆漏气下沉", "贴皮起鼓"],
    "物流破损": ["外包装破损，桌角磕伤", "岩板台面运输碎裂", "沙发扶手划破", "床头柜面板压裂"],
    "安装问题": ["师傅安装后床架晃动", "安装孔位打偏", "柜体安装不水平"],
    "与描述不符": ["颜色与详情页差异大", "尺寸与详情页标注不符"],
}
_L4_NO_REASON = ["不喜欢颜色", "尺寸放不下", "拍多了", "家人不喜欢", "买贵了/价格变动", "风格与装修不搭"]


def e166_l4_home_furnishing_aftersales(rng, injected=None):
    """L4 侵害消费者权益行为处罚办法 -- 某家居连锁（门店 + 天猫/京东/小程序网店）客服中心的售后工单系统导出（CSV）。

    系统：家居零售 CRM 的“售后工单”模块，每张售后工单一行，GBK 编码 CSV；时间写成 2025-03-04 09:12:33（系统时间戳），
    签收日期、承诺完成日只有日期（2025-03-04）。受理时间是客户在网店发起售后申请或打进客服电话的时间。

    按原文先写下的表头：工单号, 订单号, 销售渠道, 门店, 客户姓名, 联系电话, 商品名称, 商品编码, 订单金额, 签收日期,
    问题分类, 诉求类型, 问题描述, 受理时间, 受理人, 处理方案, 是否拆封, 退货地址已告知, 收到退货时间, 退款时间,
    退款金额, 完结时间, 工单状态, 驳回原因, 备注, 创建人

    读过制度 YAML 后补的列：退货类型（七天无理由 / 质量问题退货）, 定制商品（是/否）, 抽检不合格批次（市场监管抽检
    通报不合格的批次标“是”）, 是否承诺时效, 承诺完成日, 退货地址短信发送时间, 客户确认不支持无理由时间, 同意退货时间
    （退货审核通过即办理退货手续）, 驳回时间。

    手工映射：“诉求类型”是结论列，“受理时间”按它分给退货要求（退货退款）或修理/更换/补发要求；“处理方案”是结论列，
    “完结时间”按它分给履行修理/更换/补发义务（退货退款的完结由“退款时间”说明，不分）。

    注入（按规则 id，共 15 项发现）：
    - self_declared_exclusion_needs_consent ×1：床垫以店铺规定不支持无理由驳回，没有客户确认；
    - no_refusal_for_opened_goods ×2：以已拆封为由驳回（3 月一件，6 月下旬一件）；
    - no_reason_return_processing_15_days ×4：第 19 天才审核通过一件；5 月下旬申请至今未审核一件；上面两件 3 月被驳回
      的（自行规定不适用、已拆封）也从未办理退货手续；
    - no_reason_refund_15_days ×2：收到退货后第 18 天才退款一件；6 月初收到退货至今未退款一件；
    - certified_nonconforming_return_15_days ×1：抽检不合格批次儿童床，第 20 天才办理退货；
    - agreed_term_remedy_15_days ×2：承诺完成日后 22 天才完结一件；承诺完成日 5 月中旬、至今未完结一件；
    - nonconforming_remedy_15_days ×2：质量问题维修第 22 天才完结一件；5 月底报修、等配件至今未完结一件；
    - CK106 remedy_request-remedy_fulfilled ×1：师傅上门处理后次日补录工单，完结时间早于受理时间。
    陷阱（不应报告）：第 15 天审核通过、第 15 天退款的无理由退货；质量问题退货第 12 天才退款（不是无理由退货）；
    定制衣柜以定作商品依法不适用驳回（定制商品=是）；贴身床垫不支持无理由但有客户确认时间；以拆封为由驳回后经客诉
    复核第 9 天同意退货；抽检不合格批次第 14 天办理退货；承诺完成日后第 12 天完结（自受理起 30 天）；人为损坏的有偿
    维修 25 天完结；6 月下旬刚受理、尚未到期的工单。
    """
    cases = []
    taken = set()
    agents = distinct_names(rng, 6, taken)          # 客服中心售后组
    store_staff = distinct_names(rng, 4, taken)     # 门店店长，门店售后工单由他们建单

    def new_case(kind, day, inj=()):
        c = {"kind": kind, "inj": list(inj), "online": True, "custom": False, "certified": False,
             "req": _cs_time(day, rng), "addr": None, "confirm": None, "approve": None, "recv": None, "refund": None,
             "refuse": None, "reason": "", "done": None, "plan": "", "term": None, "due": None,
             "opened": "否", "remark": "", "status": "已完结"}
        cases.append(c)
        return c

    def goods(c, custom=False, code=None):
        if custom:
            name, sku, (lo, hi) = rng.choice(_L4_CUSTOM)
            c["custom"] = True
        else:
            pool = [g for g in _L4_GOODS if code is None or g[1] == code]
            name, sku, (lo, hi), _ = rng.choice(pool)
        c["goods"], c["sku"] = name, sku
        c["amount"] = rng.randrange(lo, hi, 10) - 1 if hi > lo else lo

    def no_reason_return(c, process_after, recv_after=None, refund_after=None):
        """An online no-reason return: times in days after the request (None: not happened yet)."""
        c["basis"], c["claim"], c["category"] = "七天无理由", "退货退款", "个人原因"
        c["desc"] = rng.choice(_L4_NO_REASON)
        c["addr"] = c["req"] + timedelta(minutes=rng.randint(1, 40))
        c["opened"] = pick(rng, [("否", 3), ("是", 2)])
        if process_after is not None:
            c["approve"] = c["req"] + timedelta(days=process_after, hours=rng.uniform(0.3, 5))
            c["approve"] = max(c["approve"], c["addr"] + timedelta(minutes=5))
        if recv_after is not None:
            c["recv"] = _cs_time((c["req"] + timedelta(days=recv_after)).date(), rng, 9, 17)
        if refund_after is not None:
            c["refund"] = c["recv"] + timedelta(days=refund_after, hours=rng.uniform(0.5, 3))
        c["plan"] = "退货退款"
        c["status"] = "已完结" if c["refund"] else ("待退款" if c["recv"] else "处理中")
        c["done"] = c["refund"]

    def remedy(c, category, claim, plan, done_after, term_due=None):
        c["category"], c["claim"], c["plan"] = category, claim, plan
        c["desc"] = rng.choice(_L4_QUALITY_PROBLEMS[category]) if category in _L4_QUALITY_PROBLEMS else "客户自行搬运磕坏"
        c["term"] = "是" if term_due is not None else "否"
        c["due"] = term_due
        if done_after is not None:
            c["done"] = c["req"] + timedelta(days=done_after, hours=rng.uniform(1, 6))
        c["status"] = "已完结" if c["done"] else "处理中"

    # A. online no-reason returns, handled in time
    for _ in range(8):
        c = new_case("A", _rand_day(rng, date(2025, 1, 6), date(2025, 6, 8)))
        goods(c)
        recv = rng.randint(3, 8)
        no_reason_return(c, rng.randint(0, 2), recv, rng.randint(0, 4))
    c = new_case("A", date(2025, 3, 10))        # trap: approved on the 15th day (deadline 03-25 24:00)
    goods(c)
    no_reason_return(c, 15, 18, 1)
    c["approve"] = datetime(2025, 3, 25, 17, 42, 8)
    c["remark"] = "仓库排期，客户同意延后审核"
    c = new_case("A", date(2025, 4, 14))        # trap: refunded on the 15th day after the goods came back
    goods(c)
    no_reason_return(c, 1, 5, 15)
    c["refund"] = datetime(2025, 5, 4, 15, 20, 41)   # goods received 04-19 -> deadline 05-04 24:00
    c["done"] = c["refund"]
    c["remark"] = "财务五一假期后统一打款"
    c = new_case("A", date(2025, 2, 17), ["no_reason_return_processing_15_days"])   # approved on day 19
    goods(c)
    no_reason_return(c, 19, 23, 2)
    c = new_case("A", date(2025, 5, 26), ["no_reason_return_processing_15_days"])   # never approved
    goods(c)
    no_reason_return(c, None)
    c["remark"] = "仓库待审核"
    c = new_case("A", date(2025, 3, 27), ["no_reason_refund_15_days"])              # refund 18 days after receipt
    goods(c)
    no_reason_return(c, 1, 6, 18)
    c = new_case("A", date(2025, 5, 29), ["no_reason_refund_15_days"])              # goods back 06-05, no refund
    goods(c)
    no_reason_return(c, 0, 7, None)
    c["recv"] = datetime(2025, 6, 5, 10, 36, 12)
    c["remark"] = "待财务审核退款"

    # R. refused no-reason returns
    c = new_case("R1", date(2025, 3, 5), ["self_declared_exclusion_needs_consent",
                                          "no_reason_return_processing_15_days"])
    goods(c, code="CD-1820")
    no_reason_return(c, None)
    c["refuse"], c["reason"] = c["req"] + timedelta(days=1, hours=2), "店铺规定床垫类贴身用品不支持七天无理由"
    c["status"], c["opened"], c["desc"] = "已驳回", "否", "睡着太硬，想退"
    c = new_case("R2", _rand_day(rng, date(2025, 2, 10), date(2025, 4, 30)))        # trap: customer confirmed
    goods(c, code="CD-1820")
    no_reason_return(c, None)
    c["confirm"] = datetime.combine(c["req"].date() - timedelta(days=rng.randint(8, 20)), datetime.min.time()) + \
        timedelta(hours=rng.randint(10, 22), minutes=rng.randint(0, 59))
    c["refuse"], c["reason"] = c["req"] + timedelta(hours=rng.randint(2, 20)), "店铺规定床垫类贴身用品不支持七天无理由"
    c["status"], c["opened"] = "已驳回", "是"
    c["remark"] = "下单页已勾选确认不支持七天无理由"
    c = new_case("R3", date(2025, 3, 18), ["no_refusal_for_opened_goods", "no_reason_return_processing_15_days"])
    goods(c)
    no_reason_return(c, None)
    c["refuse"], c["reason"] = c["req"] + timedelta(hours=rng.randint(3, 26)), "商品已拆封，影响二次销售"
    c["status"], c["opened"] = "已驳回", "是"
    c = new_case("R4", date(2025, 4, 21))                                            # trap: refusal overturned
    goods(c)
    no_reason_return(c, 9, 12, 2)
    c["refuse"], c["reason"] = c["req"] + timedelta(hours=rng.randint(3, 20)), "商品已拆封，影响二次销售"
    c["opened"] = "是"
    c["remark"] = "客户投诉至12315，主管复核后同意退货"
    c = new_case("R5", _rand_day(rng, date(2025, 2, 20), date(2025, 5, 20)))        # trap: made to measure
    goods(c, custom=True)
    no_reason_return(c, None)
    c["refuse"], c["reason"] = c["req"] + timedelta(hours=rng.randint(2, 30)), "定制商品（按客户尺寸定做），依法不适用七天无理由"
    c["status"], c["opened"], c["desc"] = "已驳回", "是", "装好后觉得颜色偏深"
    c = new_case("R6", date(2025, 6, 21), ["no_refusal_for_opened_goods"])
    goods(c)
    no_reason_return(c, None)
    c["refuse"], c["reason"] = c["req"] + timedelta(hours=rng.randint(3, 20)), "已拆封安装，外包装缺失"
    c["status"], c["opened"] = "已驳回", "是"

    # B. quality returns (agreed / store sales), not no-reason returns
    for i in range(3):
        c = new_case("B", _rand_day(rng, date(2025, 1, 8), date(2025, 5, 30)))
        c["online"] = i != 0
        goods(c)
        c["basis"], c["claim"], c["category"] = "质量问题退货", "退货退款", "质量问题"
        c["desc"] = rng.choice(_L4_QUALITY_PROBLEMS["质量问题"])
        c["approve"] = c["req"] + timedelta(days=rng.randint(1, 3), hours=rng.uniform(0.5, 4))
        c["recv"] = _cs_time((c["approve"] + timedelta(days=rng.randint(1, 4))).date(), rng, 9, 17)
        c["refund"] = c["recv"] + timedelta(days=12 if i == 2 else rng.randint(0, 3), hours=rng.uniform(0.5, 3))
        c["plan"], c["done"], c["opened"] = "退货退款", c["refund"], "是"
        if i == 2:
            c["remark"] = "财务月结后退款"

    # H. returns of a batch the market regulator found nonconforming (children's bed, formaldehyde)
    for day, after, inj in ((date(2025, 4, 8), 20, ["certified_nonconforming_return_15_days"]),
                            (date(2025, 4, 10), 14, [])):
        c = new_case("H", day, inj)
        c["online"] = day.day == 8
        goods(c, code="ET-1206")
        c["certified"], c["basis"], c["claim"], c["category"] = True, "质量问题退货", "退货退款", "质量问题"
        c["desc"] = "市场监管局抽检通报该批次甲醛释放量不合格，客户要求退货"
        c["approve"] = c["req"] + timedelta(days=after, hours=rng.uniform(0.5, 4))
        c["recv"] = _cs_time((c["approve"] + timedelta(days=2)).date(), rng, 9, 17)
        c["refund"] = c["recv"] + timedelta(days=1, hours=2)
        c["plan"], c["done"], c["opened"] = "退货退款", c["refund"], "是"

    # C. repairs / exchanges / spare parts for quality problems, no promised date
    kinds = [("质量问题", "维修", "上门维修"), ("物流破损", "换货", "换新"), ("质量问题", "补发配件", "补发配件"),
             ("安装问题", "维修", "上门维修"), ("质量问题", "换货", "换新"), ("与描述不符", "换货", "换新"),
             ("质量问题", "维修", "上门维修")]
    for category, claim, plan in kinds:
        c = new_case("C", _rand_day(rng, date(2025, 1, 6), date(2025, 6, 6)))
        c["online"] = rng.random() < 0.6
        goods(c)
        remedy(c, category, claim, plan, rng.randint(2, 13))
    c = new_case("C", date(2025, 2, 19), ["nonconforming_remedy_15_days"])         # done on day 22
    goods(c)
    remedy(c, "质量问题", "维修", "上门维修", 22)
    c = new_case("C", date(2025, 5, 30), ["nonconforming_remedy_15_days"])         # still waiting for parts
    goods(c)
    remedy(c, "质量问题", "换货", "换新", None)
    c["remark"] = "等厂家补货"
    for _ in range(2):                                                              # recent, not yet due
        c = new_case("C", _rand_day(rng, date(2025, 6, 18), date(2025, 6, 27)))
        goods(c)
        remedy(c, rng.choice(["质量问题", "物流破损"]), "维修", "上门维修", None)
    c = new_case("C", date(2025, 4, 2), ["remedy_request-remedy_fulfilled"])       # ticket keyed in afterwards
    c["online"] = False
    goods(c)
    remedy(c, "安装问题", "维修", "上门维修", None)
    c["done"] = _cs_time(c["req"].date() - timedelta(days=1), rng, 14, 17)
    c["status"] = "已完结"
    c["remark"] = "师傅上门已处理，次日补录工单"

    # I. remedies with a promised completion date (made-to-order parts from the factory)
    for day, due_after, done_after_due, inj in (
            (date(2025, 2, 24), 20, 22, ["agreed_term_remedy_15_days"]),
            (date(2025, 4, 28), 18, None, ["agreed_term_remedy_15_days"]),
            (date(2025, 3, 12), 18, 12, []),
            (_rand_day(rng, date(2025, 1, 10), date(2025, 5, 10)), 15, -3, [])):
        c = new_case("I", day, inj)
        c["online"] = rng.random() < 0.4
        goods(c, custom=rng.random() < 0.5)
        due = day + timedelta(days=due_after)
        remedy(c, "质量问题", rng.choice(["维修", "换货"]), "返厂维修", None, due)
        if done_after_due is not None:
            c["done"] = _cs_time(due + timedelta(days=done_after_due), rng, 10, 18)
            c["status"] = "已完结"
        else:
            c["remark"] = "门板返厂重做，工厂排产延误"

    # F. paid repair of damage the customer caused -- not a quality problem
    c = new_case("F", date(2025, 3, 3))
    c["online"] = False
    goods(c)
    remedy(c, "人为损坏", "维修", "有偿维修", 25)
    c["remark"] = "客户确认有偿维修，配件费已收"

    rng.shuffle(cases)
    cases.sort(key=lambda c: c["req"])
    for c in cases:                                       # keep every step at or before the export
        for k in ("addr", "confirm", "approve", "recv", "refund", "refuse", "done"):
            assert c[k] is None or c[k] <= CUTOFF, (c["kind"], k, c[k])
    seq = {}
    for c in cases:
        d = c["req"].date()
        seq[d] = seq.get(d, 0) + 1
        c["no"] = f"SH{d:%y%m%d}{seq[d]:04d}"

    if injected is not None:
        injected += [(c["no"], inj) for c in cases for inj in c["inj"]]

    rows = []
    for c in cases:
        if c["online"]:
            channel = pick(rng, _L4_ONLINE)
            store = ""
            if channel == "天猫旗舰店":
                order = "".join(rng.choice("0123456789") for _ in range(19))
            elif channel == "京东自营旗舰店":
                order = "3" + "".join(rng.choice("0123456789") for _ in range(11))
            else:
                order = f"XCX{c['req'] - timedelta(days=rng.randint(10, 40)):%Y%m%d}{rng.randint(1000, 9999)}"
            creator = "系统"
            agent = rng.choice(agents)
        else:
            channel = "门店"
            store = rng.choice(_L4_STORES)
            order = f"MD{_L4_STORES.index(store) + 1:02d}-{c['req'] - timedelta(days=rng.randint(10, 60)):%y%m%d}-" \
                    f"{rng.randint(1, 60):03d}"
            creator = store_staff[_L4_STORES.index(store)]
            agent = rng.choice(agents)
        signed = (c["req"] - timedelta(days=rng.randint(1, 5) if c["claim"] == "退货退款" and c["online"]
                                       else rng.randint(3, 120))).date()
        if c["confirm"] is not None:
            signed = max(signed, c["confirm"].date() + timedelta(days=3))
        r = Case()
        r["工单号"] = c["no"]
        r["订单号"] = order
        r["销售渠道"] = channel
        r["门店"] = store
        r["客户姓名"] = person_name(rng)
        r["联系电话"] = mobile(rng)
        r["商品名称"] = c["goods"]
        r["商品编码"] = c["sku"]
        r["订单金额"] = c["amount"]
        r["签收日期"] = _crm(signed)
        r["问题分类"] = c["category"]
        r["诉求类型"] = c["claim"]
        r["退货类型"] = c.get("basis", "")
        r["定制商品"] = "是" if c["custom"] else "否"
        r["抽检不合格批次"] = "是" if c["certified"] else ""
        r["问题描述"] = c["desc"]
        r["受理时间"] = _crm(c["req"])
        r["受理人"] = agent
        r["处理方案"] = c["plan"]
        r["是否承诺时效"] = c["term"] or ""
        r["承诺完成日"] = _crm(c["due"])
        r["是否拆封"] = c["opened"]
        r["退货地址已告知"] = "是" if c["addr"] else ("" if c["claim"] != "退货退款" else "是")
        r["退货地址短信发送时间"] = _crm(c["addr"])
        r["客户确认不支持无理由时间"] = _crm(c["confirm"])
        r["同意退货时间"] = _crm(c["approve"])
        r["收到退货时间"] = _crm(c["recv"])
        r["退款时间"] = _crm(c["refund"])
        r["退款金额"] = c["amount"] if c["refund"] else ""
        r["驳回时间"] = _crm(c["refuse"])
        r["驳回原因"] = c["reason"]
        r["完结时间"] = _crm(c["done"])
        r["工单状态"] = c["status"]
        r["备注"] = c["remark"]
        r["创建人"] = creator
        rows.append(r)

    hand = {
        "procedure": "l4-consumer-rights-violation-penalties",
        "encoding": "gbk",
        "columns": {
            "工单号": "case_number",
            "问题分类": "quality_nonconforming",
            "退货类型": "return_basis",
            "定制商品": "statutory_exclusion",
            "抽检不合格批次": "certified_nonconforming",
            "是否承诺时效": "performance_term_set",
            "承诺完成日": "performance_due_at",
            "退货地址短信发送时间": "provide_return_info_at",
            "客户确认不支持无理由时间": "consumer_confirmed_not_returnable_at",
            "同意退货时间": "process_return_at",
            "收到退货时间": "returned_goods_received_at",
            "退款时间": "refund_at",
            "驳回时间": "refuse_return_at",
            "驳回原因": "refusal_reason",
        },
        "values": {
            "quality_nonconforming": {"质量问题": True, "物流破损": True, "安装问题": True, "与描述不符": True,
                                      "个人原因": False, "人为损坏": False},
            "return_basis": {"七天无理由": "no_reason", "质量问题退货": "other"},
            "statutory_exclusion": {"是": True, "否": False},
            "certified_nonconforming": {"是": True},
            "performance_term_set": {"是": True, "否": False},
            "refusal_reason": {
                "店铺规定床垫类贴身用品不支持七天无理由": "self_declared_not_applicable",
                "商品已拆封，影响二次销售": "opened_or_inspected",
                "已拆封安装，外包装缺失": "opened_or_inspected",
                "定制商品（按客户尺寸定做），依法不适用七天无理由": "other",
            },
        },
        "outcomes": {
            "诉求类型": {"date": "受理时间",
                      "steps": {"退货退款": "return_request", "维修": "remedy_request", "换货": "remedy_request",
                                "补发配件": "remedy_request"}},
            "处理方案": {"date": "完结时间",
                      "steps": {"上门维修": "remedy_fulfilled", "换新": "remedy_fulfilled", "补发配件": "remedy_fulfilled",
                                "返厂维修": "remedy_fulfilled", "有偿维修": "remedy_fulfilled"}},
        },
    }
    return rows, hand


# --- 167: S37, Xiamen quality-supervision station's complaint intake and referral register (Excel) ------------------

def _duty_day(rng, lo, hi):
    """A working day between lo and hi on which the window is staffed."""
    while True:
        d = _rand_day(rng, lo, hi)
        if workday(d):
            return d


def _after_workdays(d, k):
    while k:
        d += timedelta(days=1)
        k -= workday(d)
    return d


_S37_PROJECTS = [
    # 工程报建名称, 建设单位, 施工单位, 竣工验收日期
    ("翔安区滨海尚城二期（5#-12#楼）", "厦门滨海尚城置业有限公司", "福建省闽南建筑工程有限公司", date(2023, 11, 20)),
    ("集美区杏林湾壹号三期", "厦门杏湾房地产开发有限公司", "中建海峡建设发展有限公司", date(2024, 6, 28)),
    ("海沧区天湖苑保障性住房（A地块）", "厦门市安居集团有限公司", "厦门特房建设工程集团有限公司", date(2022, 12, 15)),
    ("同安区祥平新城安置房地块3", "厦门同安城建投资有限公司", "福建六建集团有限公司", date(2021, 5, 30)),
    ("湖里区五缘湾嘉园", "厦门五缘湾置地有限公司", "中铁十七局集团建筑工程有限公司", date(2020, 9, 10)),
    ("思明区观音山商务公寓B栋", "厦门观音山投资开发有限公司", "厦门源昌城建集团有限公司", date(2024, 1, 18)),
    ("集美区后溪镇城南花园", "厦门后溪城南开发有限公司", "福建省惠五建设工程有限公司", date(2017, 8, 25)),
    ("翔安区新店镇溪美安置小区（二期）", "厦门翔安新城建设有限公司", "厦门中联建设工程有限公司", date(2025, 3, 28)),
]
_S37_DEFECTS = [
    ("卫生间地面渗漏至楼下", "rectification"), ("外墙窗边渗水", "rectification"), ("客厅楼板出现贯穿裂缝", "rectification"),
    ("地下室车库顶板渗漏", "rectification"), ("内墙抹灰空鼓开裂", "rectification"), ("屋面防水层渗漏，顶楼天花板霉变", "rectification"),
    ("阳台栏杆松动", "rectification"), ("入户门框变形关不严", "rectification"), ("卧室飘窗渗水", "rectification"),
    ("厨房排水立管接口渗漏", "rectification"),
]
_S37_RELATIONS = [("本人", 10), ("配偶", 3), ("父亲", 1), ("母亲", 1), ("子女", 2), ("租户", 1), ("委托代理人", 1)]
_S37_CHANNELS = [("来电", 9), ("来访", 6), ("来信", 2), ("电子邮件", 2), ("传真", 1)]
_S37_SECTIONS = ["监督一科", "监督二科", "监督三科", "监督四科"]


def e167_s37_xiamen_quality_complaint_register(rng, injected=None):
    """S37 厦门市建设工程质量投诉处理工作细则 -- 厦门市建设投诉中心质量分中心（市质安站综合管理室）的投诉登记台账（Excel）。

    系统：分中心窗口值班人员维护的 Excel 登记台账，工作表“导出”，每件来电、来访、来信一行；日期是 Excel 日期单元格
    （只记日期，不记时刻）。各监督科室轮流值班，“值班人”记人名；“主办人”是综合管理室的分中心主办人员。

    按原文先写下的表头：登记编号, 受理日期, 投诉方式, 值班科室, 值班人, 投诉人, 联系电话, 与产权人关系, 工程报建名称,
    房号, 建设单位, 施工单位, 竣工验收日期, 投诉内容, 投诉诉求, 是否受理, 不予受理原因, 告知意见, 报主办人日期, 主办人,
    转办科室, 转办日期, 整改情况, 回复日期, 办结日期, 状态, 备注

    读过制度 YAML 后补的列：同意整改（同意/不同意）, 二次装修（是/否）, 验收情况（已验收/未验收交付）, 保修期内（是/否）,
    属质量缺陷（是/否）, 已起诉（否/已起诉）。

    手工映射：“是否受理”是结论列，“受理日期”既是接待日期，又按结论分给记录受理件（受理）或建议另循途径（不予受理）；
    “待定”不对应任何环节。“转办日期”是分中心协调、督办的日期。值班人的人名对应值班人员，主办人的人名对应主办人员。

    注入（按规则 id，共 17 项发现）：
    - compensation_or_exchange ×1、secondary_decoration_defect ×1、outside_warranty ×1、in_litigation ×1（CK105）：
      属第三条情形却作为受理件登记；这 4 件同时没有建议另循途径，advised_other_routes 各报 1 次（×4）；
    - “待定”一件（非工程质量缺陷，等补材料两周多）：advised_other_routes ×1、in_scope_recorded ×1；
    - record_relation_to_owner ×1、record_house ×1、record_contact ×1（来信没有留电话）；
    - report_to_case_officer ×2：受理后没有报主办人日期；
    - CK106 record-report ×1：报主办人日期录成受理日期之前（21 日录成 12 日）；
    - CK103 step-receive ×1：主办人在办公室直接接待来访并登记（不是窗口值班人员）。
    陷阱（不应报告）：8 件第三条情形已不予受理并告知其他途径（其中两件没有记与产权人关系或房号、都没有报主办人）；
    竣工 4 年多的屋面渗漏仍在防水保修期内而受理；未验收交付的工程已不予受理；受理后同日报主办人、同日转办。
    """
    cases = []
    taken = set()
    duty = {s: distinct_names(rng, 2, taken) for s in _S37_SECTIONS}
    officers = distinct_names(rng, 2, taken)          # 分中心主办人员（综合管理室）

    def new_case(day, inj=(), project=None):
        proj = project if project is not None else rng.choice([p for p in _S37_PROJECTS if date(2020, 1, 1) <= p[3] <= date(2024, 12, 31)])
        defect, _ = rng.choice(_S37_DEFECTS)
        sec = _S37_SECTIONS[(day.isocalendar()[1]) % 4]        # the sections take the window week by week
        c = {"day": day, "inj": list(inj), "proj": proj, "defect": defect, "demand": "维修整改", "agree": "同意",
             "deco": "否", "accept_check": "已验收", "warranty": "是", "defect_yes": "是", "sued": "否",
             "decision": "受理", "why": "", "advice": "", "section": sec, "duty": rng.choice(duty[sec]),
             "relation": pick(rng, _S37_RELATIONS), "house": f"{rng.randint(1, 12)}#楼{rng.randint(2, 28)}{rng.randint(1, 4):02d}室",
             "phone": mobile(rng), "channel": pick(rng, _S37_CHANNELS), "report": None, "officer": rng.choice(officers),
             "to": "", "coord": None, "fix": "", "reply": None, "closed": None, "remark": ""}
        cases.append(c)
        return c

    def accepted(c, report_lag=None, coord=True):
        c["report"] = _after_workdays(c["day"], report_lag if report_lag is not None else pick(rng, [(0, 5), (1, 2)]))
        if coord:
            c["to"] = c["section"] if rng.random() < 0.3 else rng.choice(_S37_SECTIONS)
            c["coord"] = _after_workdays(c["report"], rng.randint(0, 3))
            reply = _after_workdays(c["coord"], rng.randint(8, 25))
            if reply <= CUTOFF.date():
                c["reply"] = reply
                c["fix"] = rng.choice(["施工单位已返修，复查无渗漏", "责任单位已出整改方案，限期整改", "已整改完毕，业主确认",
                                       "施工单位已进场维修"])
                closed = _after_workdays(reply, rng.randint(0, 6))
                c["closed"] = closed if closed <= CUTOFF.date() else None
            else:
                c["fix"] = "督办中"

    def referred(c, why, advice):
        c["decision"], c["why"], c["advice"] = "不予受理", why, advice

    # in-scope complaints, accepted and handled
    for _ in range(16):
        c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 26)))
        accepted(c)
    c = new_case(_duty_day(rng, date(2025, 2, 10), date(2025, 5, 30)), project=_S37_PROJECTS[4])   # trap
    c["defect"] = "屋面防水层渗漏，顶楼天花板霉变"
    c["remark"] = "竣工不满5年，屋面防水在保修期内"
    accepted(c)
    c = new_case(_duty_day(rng, date(2025, 1, 10), date(2025, 5, 30)))                              # trap
    accepted(c, report_lag=0)
    c["coord"] = c["report"]
    c["remark"] = "当日报主办人并转办"

    # situations of article 3, referred elsewhere as the rules ask (traps)
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 20)))
    c["demand"], c["agree"] = "经济赔偿", "不同意"
    c["defect"] = "楼上卫生间渗漏泡坏木地板，要求开发商赔偿"
    referred(c, "要求经济赔偿", "建议与建设单位协商，协商不成可申请仲裁或向法院起诉")
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 20)))
    c["demand"] = "退房"
    c["defect"] = "交房后发现层高不足，要求退房"
    referred(c, "要求退房", "属合同纠纷，建议向市房地产交易权籍登记中心或法院解决")
    c["relation"] = ""
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 20)))
    c["deco"] = "是"
    c["defect"] = "业主自行改造卫生间后渗漏"
    referred(c, "二次装修造成", "建议与装修公司协商或向消费者权益保护委员会投诉")
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 20)), project=_S37_PROJECTS[7])
    c["accept_check"] = "未验收交付"
    c["defect"] = "提前交房后外墙渗水"
    referred(c, "工程未经竣工验收交付使用", "建议向区建设局执法大队反映未验先交问题")
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 20)), project=_S37_PROJECTS[6])
    c["warranty"] = "否"
    c["defect"] = "内墙抹灰空鼓开裂"
    referred(c, "超过保修期", "建议通过物业维修资金或民事途径解决")
    c["house"] = ""
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 20)))
    c["defect_yes"] = "否"
    c["defect"] = "小区绿化带被物业改成停车位"
    referred(c, "非工程质量问题", "属物业管理事项，建议向区建设局物业科反映")
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 20)))
    c["sued"] = "已起诉"
    c["defect"] = "地下室车库顶板渗漏"
    referred(c, "已进入诉讼程序", "已起诉，建议按司法程序解决")
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 20)))
    c["agree"] = "不同意"
    c["defect"] = "客厅楼板出现贯穿裂缝，不同意施工单位修补，要求重做"
    referred(c, "不同意责任方整改", "建议委托鉴定后通过民事途径解决")

    # injected: article-3 situations recorded as accepted complaints
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 10)), ["compensation_or_exchange", "advised_other_routes"])
    c["demand"], c["defect"] = "经济赔偿", "外墙渗水导致墙纸家具发霉，要求赔偿损失"
    accepted(c)
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 10)), ["secondary_decoration_defect", "advised_other_routes"])
    c["deco"], c["defect"] = "是", "阳台封闭改造后窗边渗水"
    accepted(c)
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 10)), ["outside_warranty", "advised_other_routes"],
                 project=_S37_PROJECTS[6])
    c["warranty"], c["defect"] = "否", "入户门框变形关不严"
    accepted(c)
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 10)), ["in_litigation", "advised_other_routes"])
    c["sued"], c["defect"] = "已起诉", "卧室飘窗渗水"
    accepted(c)
    c["remark"] = "业主称已向思明区法院起诉开发商"
    # injected: pending for weeks, not a quality defect, neither recorded nor referred
    c = new_case(date(2025, 6, 10), ["advised_other_routes", "in_scope_recorded"])
    c["decision"], c["defect_yes"], c["defect"] = "待定", "否", "小区电梯经常停运"
    c["remark"] = "待投诉人补充购房合同"
    # injected: record incomplete
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 20)), ["record_relation_to_owner"])
    accepted(c)
    c["relation"] = ""
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 20)), ["record_house"])
    accepted(c)
    c["house"] = ""
    c["remark"] = "投诉人未提供具体房号"
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 20)), ["record_contact"])
    c["channel"] = "来信"
    accepted(c)
    c["phone"] = ""
    # injected: not reported to the case officer
    for _ in range(2):
        c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 6)), ["report_to_case_officer"])
        accepted(c, coord=False)
        c["report"] = None
    # injected: report date keyed as the 12th for a case received on the 21st
    c = new_case(date(2025, 3, 21), ["record-report"])
    accepted(c, report_lag=0)
    c["report"] = date(2025, 3, 12)
    # injected: the case officer took a walk-in himself
    c = new_case(_duty_day(rng, date(2025, 1, 3), date(2025, 6, 20)), ["step-receive"])
    c["channel"] = "来访"
    c["duty"] = c["officer"]
    accepted(c, report_lag=0)
    c["remark"] = "投诉人直接到综合管理室反映"

    cases.sort(key=lambda c: (c["day"], rng.random()))
    for i, c in enumerate(cases, 1):
        c["no"] = f"ZT2025-{i:03d}"
        for k in ("report", "coord", "reply", "closed"):
            assert c[k] is None or c[k] <= CUTOFF.date(), (c["no"], k)

    if injected is not None:
        injected += [(c["no"], inj) for c in cases for inj in c["inj"]]

    rows = []
    for c in cases:
        if c["decision"] == "受理":
            status = "已办结" if c["closed"] else ("已回复" if c["reply"] else ("督办中" if c["coord"] else "已受理"))
        elif c["decision"] == "不予受理":
            status = "已告知"
        else:
            status = "待补材料"
        proj = c["proj"]
        r = Case()
        r["登记编号"] = c["no"]
        r["受理日期"] = c["day"]
        r["投诉方式"] = c["channel"]
        r["值班科室"] = c["section"] if c["duty"] not in officers else "综合管理室"
        r["值班人"] = c["duty"]
        r["投诉人"] = person_name(rng)
        r["联系电话"] = c["phone"]
        r["与产权人关系"] = c["relation"]
        r["工程报建名称"] = proj[0]
        r["房号"] = c["house"]
        r["建设单位"] = proj[1]
        r["施工单位"] = proj[2]
        r["竣工验收日期"] = proj[3] if c["accept_check"] == "已验收" else None
        r["投诉内容"] = c["defect"]
        r["投诉诉求"] = c["demand"]
        r["同意整改"] = c["agree"]
        r["二次装修"] = c["deco"]
        r["验收情况"] = c["accept_check"]
        r["保修期内"] = c["warranty"]
        r["属质量缺陷"] = c["defect_yes"]
        r["已起诉"] = c["sued"]
        r["是否受理"] = c["decision"]
        r["不予受理原因"] = c["why"]
        r["告知意见"] = c["advice"]
        r["报主办人日期"] = c["report"]
        r["主办人"] = c["officer"] if c["report"] else ""
        r["转办科室"] = c["to"]
        r["转办日期"] = c["coord"]
        r["整改情况"] = c["fix"]
        r["回复日期"] = c["reply"]
        r["办结日期"] = c["closed"]
        r["状态"] = status
        r["备注"] = c["remark"]
        rows.append(r)

    roles = {name: "duty_officer" for names in duty.values() for name in names}
    roles.update({name: "case_officer" for name in officers})
    hand = {
        "procedure": "s37-xiamen-construction-quality-complaints",
        "sheet": "导出",
        "columns": {
            "登记编号": "case_number",
            "受理日期": "receive_at",
            "投诉方式": "channel",
            "值班人": "receive_by",
            "投诉人": "complainant",
            "联系电话": "contact_phone",
            "与产权人关系": "relation_to_owner",
            "工程报建名称": "project_name",
            "房号": "address",
            "投诉诉求": "demanded_remedy",
            "同意整改": "accepts_rectification",
            "二次装修": "secondary_decoration",
            "验收情况": "delivered_without_acceptance",
            "保修期内": "within_warranty",
            "属质量缺陷": "is_quality_defect",
            "已起诉": "in_litigation",
            "报主办人日期": "report_at",
            "转办日期": "coordinate_at",
        },
        "values": {
            "channel": {"来电": "phone", "来访": "visit", "来信": "letter", "电子邮件": "email", "传真": "fax"},
            "demanded_remedy": {"维修整改": "rectification", "经济赔偿": "compensation", "换房": "exchange_house",
                                "退房": "return_house"},
            "accepts_rectification": {"同意": "yes", "不同意": "no"},
            "secondary_decoration": {"是": "yes", "否": "no"},
            "delivered_without_acceptance": {"已验收": "no", "未验收交付": "yes"},
            "within_warranty": {"是": "yes", "否": "no"},
            "is_quality_defect": {"是": "yes", "否": "no"},
            "in_litigation": {"否": "no", "已起诉": "yes"},
        },
        "roles": roles,
        "outcomes": {
            "是否受理": {"date": "受理日期", "steps": {"受理": "record", "不予受理": "refer_elsewhere"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("166-l4-home-furnishing-aftersales.csv", "gbk", e166_l4_home_furnishing_aftersales),
    ("167-s37-xiamen-quality-complaint-register.xlsx", "xlsx", e167_s37_xiamen_quality_complaint_register),
]
