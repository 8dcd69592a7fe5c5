"""Held-out starter-profile exports, set 7a (exports 36-38): L4, L5 and S12, each as one organisation's own system.

    .venv/bin/python benchmarks/starter/make_exports.py    # writes these with every other export (every_export)

Seeded by the export's number (18_000 + NN): the files are the same on every run. Each function's docstring says
which system it plays, how it spells dates, what was injected (by case number) and which columns were added only
after reading the procedure YAML.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from make_exports import Case, START, later, pick, day_first, dotted  # noqa: F401  (helpers as in make_exports)

HERE = Path(__file__).resolve().parent


def _day(t):
    """A date cell (midnight) for registers that keep dates only."""
    return datetime(t.year, t.month, t.day) if t else None


def _dotted_date(t):
    return t.strftime("%Y.%m.%d") if t else ""


def _day_first_date(t):
    return t.strftime("%d/%m/%Y") if t else ""


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
         "霞", "平", "刚", "桂英", "建华", "晓东", "海燕", "志强", "玉兰", "文博", "佳怡", "子涵"]


def _office(t):
    """Staff act between 08:00 and 21:00: a time outside moves forward to the next 08:xx (order is kept)."""
    if t is None:
        return None
    if t.hour < 8:
        return t.replace(hour=8)
    if t.hour >= 21:
        return (t + timedelta(days=1)).replace(hour=8)
    return t


def _name(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _phone(rng):
    return rng.choice(["138", "139", "136", "159", "186", "188", "177", "135", "150", "133"]) + f"{rng.randrange(10**8):08d}"


# --- 36: L4, a district market-supervision bureau's consumer-rights case register (XLSX) -----------------------

def e36_l4(rng):
    """鹭湖区市场监督管理局《侵害消费者权益案件办理台账》(XLSX, real date cells, dates only, shown yyyy-mm-dd 00:00).
    One row per 12315 complaint / tip-off turned into a case about a business delaying or refusing returns, repairs or
    refunds; the bureau's investigation sheet records the key dates of the consumer's request and the business's
    performance, then the bureau's own outcome and penalty columns (not needed by any rule).
    Headers written before reading the procedure: 案件编号, 线索来源, 登记日期, 当事人名称, 统一社会信用代码, 经营地址,
    投诉人, 联系电话, 违法行为类别, 违法事实摘要, 经营者履行日期, 是否构成欺诈, 立案日期, 承办科室, 执法人员, 处罚种类,
    违法所得(元), 罚没金额(元), 处罚决定日期, 信用公示日期, 是否移送司法机关, 备注 (and one 消费者提出要求日期, split
    afterwards in two).
    Added after reading the procedure: 退货类型, 检验结论, 质量问题, 有无约定履行期限, 约定履行期满日, 消费者提出退货日期,
    提供退货地址日期, 退货手续办理日期, 拒绝退货日期, 拒退理由, 法定不适用商品, 消费者书面确认日期, 收到退回商品日期,
    退款日期, 消费者提出修理更换等要求日期 (the split of 消费者提出要求日期); plus 商品或服务名称, 购买方式, 涉及金额(元),
    处理结论 for realism.
    Injected: no-reason return handled 19-26 days after the request (LH-XF-2025-0007, -0013); return request never
    handled by 2025-07-01 (-0019); no-reason refund 20-23 days after goods came back (-0024, -0029); certified
    nonconforming goods returned 18-21 days after the request (-0034, -0036); repair/replacement 20-24 days after the
    agreed term expired (-0040, -0042); quality remedy 19-23 days after the consumer's request (-0046, -0049);
    refusal as "not returnable" with no consumer confirmation (-0052, -0053: also reported as return never handled);
    refusal because the goods were opened (-0055, -0056: also reported as return never handled); a refund with no
    goods-received date (-0028); a remedy performed with no request date (-0050); return handled before the request
    (date slip, -0016); 检验结论 "送检中" outside the options (-0037); case number -0021 entered twice (two businesses).
    Not violations (traps): -0054 refused as "not returnable" but the consumer had confirmed in writing; -0057 refused
    as opened, then processed within 15 days after mediation; -0058/-0059 statutory exclusions (custom-made, fresh food).
    """
    businesses = ["鹭湖区优品数码商行", "鹭湖区惠家电器经营部", "云购(厦门)电子商务有限公司", "鹭湖区宜居家具城",
                  "闽南好货直播电商有限公司", "鹭湖区嘉美服饰店", "星选优购网络科技有限公司", "鹭湖区鲜丰生鲜超市",
                  "鹭湖区立信汽车维修服务部", "鹭湖区美尚美容美发店", "悦动体育用品有限公司", "鹭湖区安康母婴用品店",
                  "鑫鑫家装建材经营部", "电视购物频道(海峡购物)有限公司", "鹭湖区聚福珠宝银楼"]
    goods_online = ["蓝牙耳机", "扫地机器人", "羽绒服", "运动鞋", "空气炸锅", "儿童安全座椅", "智能手表", "床上四件套",
                    "行李箱", "电动牙刷"]
    goods_quality = ["冰箱", "洗衣机", "笔记本电脑", "电动自行车", "热水器", "沙发", "手机", "空调", "橱柜", "电视机"]
    sources = [("12315投诉转案", 6), ("举报", 2), ("日常监督检查", 1), ("上级交办", 1)]
    offices = ["消费者权益保护科", "网络交易监管科", "鹭湖市场监管所", "湖滨市场监管所"]
    officers = ["林志坚、陈晓", "黄文斌、吴婷", "郑海波、李娜", "许锦华、蔡明"]

    rows = []
    day0 = datetime(2025, 1, 6)

    def base(n, kind):
        reg = day0 + timedelta(days=rng.randint(0, 120))
        biz = rng.choice(businesses)
        return Case({
            "案件编号": f"LH-XF-2025-{n:04d}",
            "线索来源": pick(rng, sources),
            "登记日期": None,           # set below from the request
            "当事人名称": biz,
            "统一社会信用代码": "91350206" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10)),
            "经营地址": f"鹭湖区{rng.choice(['湖滨南路', '嘉禾路', '莲前西路', '仙岳路', '湖里大道'])}{rng.randint(1, 399)}号",
            "投诉人": _name(rng),
            "联系电话": _phone(rng),
            "商品或服务名称": "",
            "购买方式": "",
            "涉及金额(元)": rng.choice([89, 159, 299, 468, 899, 1280, 2399, 3599, 5999, 8800]),
            "违法行为类别": kind,
            "消费者诉求": "",
            "退货类型": "不涉及退货",
            "检验结论": "未送检",
            "质量问题": "否",
            "有无约定履行期限": "无",
            "约定履行期满日": None,
            "消费者提出退货日期": None,
            "提供退货地址日期": None,
            "退货手续办理日期": None,
            "拒绝退货日期": None,
            "拒退理由": "",
            "法定不适用商品": "否",
            "消费者书面确认日期": None,
            "收到退回商品日期": None,
            "退款日期": None,
            "消费者提出修理更换等要求日期": None,
            "经营者履行日期": None,
            "违法事实摘要": "",
            "是否构成欺诈": "否",
            "处理结论": "调解结案",
            "立案日期": None,
            "承办科室": rng.choice(offices),
            "执法人员": rng.choice(officers),
            "处罚种类": "",
            "违法所得(元)": "",
            "罚没金额(元)": "",
            "处罚决定日期": None,
            "信用公示日期": None,
            "是否移送司法机关": "否",
            "备注": "",
        }), reg

    def penalise(c, found_at, amount):
        c["处理结论"] = "立案查处"
        c["立案日期"] = _day(found_at + timedelta(days=rng.randint(2, 6)))
        c["处罚种类"] = rng.choice(["警告", "警告、罚款", "罚款"])
        c["违法所得(元)"] = 0
        c["罚没金额(元)"] = amount
        c["处罚决定日期"] = _day(c["立案日期"] + timedelta(days=rng.randint(20, 45)))
        c["信用公示日期"] = _day(c["处罚决定日期"] + timedelta(days=rng.randint(3, 15)))

    n = 0
    # A. no-reason (7-day) returns of goods sold online / TV / phone: 0001-0031
    for _ in range(31):
        n += 1
        c, req = base(n, "第九条 无理由退货")
        late_process = n in (7, 13)
        never = n == 19
        late_refund = n in (24, 29)
        c["商品或服务名称"] = rng.choice(goods_online)
        c["购买方式"] = pick(rng, [("网络购物", 8), ("电视购物", 1), ("电话购物", 1)])
        c["消费者诉求"] = "七日无理由退货并退款"
        c["退货类型"] = "七日无理由退货"
        c["消费者提出退货日期"] = _day(req)
        c["登记日期"] = _day(req + timedelta(days=rng.randint(3, 8) if not late_process else rng.randint(16, 18)))
        c["提供退货地址日期"] = _day(req + timedelta(days=rng.randint(0, 2)))
        if never:
            req = datetime(2025, 5, 19)
            c["消费者提出退货日期"] = _day(req)
            c["登记日期"] = _day(req + timedelta(days=12))
            c["提供退货地址日期"] = None
            c["违法事实摘要"] = "消费者网购后申请七日无理由退货，经营者至今未予办理，客服失联。"
            c["处理结论"] = "立案调查中"
            c["立案日期"] = _day(req + timedelta(days=20))
            rows.append(c)
            continue
        processed = req + timedelta(days=rng.randint(19, 26) if late_process else rng.randint(0, 5))
        c["退货手续办理日期"] = _day(processed)
        received = processed + timedelta(days=rng.randint(2, 6))
        c["收到退回商品日期"] = _day(received)
        c["退款日期"] = _day(received + timedelta(days=rng.randint(20, 23) if late_refund else rng.randint(0, 6)))
        if late_process:
            c["违法事实摘要"] = "经营者自收到退货要求之日起超过十五日未办理退货手续。"
            penalise(c, processed, rng.choice([3000, 5000, 8000]))
        elif late_refund:
            c["违法事实摘要"] = "经营者收到退回商品后超过十五日未退还货款。"
            penalise(c, received + timedelta(days=20), rng.choice([3000, 5000]))
        else:
            c["违法事实摘要"] = "经调解，经营者同意退货退款。"
        if n == 16:   # date slip: the handling date typed a month early, before the request
            c["退货手续办理日期"] = _day(req - timedelta(days=rng.randint(25, 31)))
            c["备注"] = "办理日期以经营者提供的退货单为准"
        if n == 28:   # refunded at once, the goods-received date never recorded
            c["收到退回商品日期"] = None
            c["备注"] = "经营者称先行退款，未登记收货"
        rows.append(c)
    # B. goods certified nonconforming by a test, consumer asks for a return (第八条(一)): 0032-0037
    for _ in range(6):
        n += 1
        c, req = base(n, "第八条 拖延或拒绝退货")
        late = n in (34, 36)
        c["商品或服务名称"] = rng.choice(goods_quality)
        c["购买方式"] = "实体店购买"
        c["消费者诉求"] = "退货退款"
        c["退货类型"] = "质量问题退货"
        c["检验结论"] = "不合格"
        c["质量问题"] = "是"
        c["消费者提出退货日期"] = _day(req)
        c["登记日期"] = _day(req + timedelta(days=rng.randint(2, 6)))
        processed = req + timedelta(days=rng.randint(18, 21) if late else rng.randint(1, 9))
        c["退货手续办理日期"] = _day(processed)
        c["收到退回商品日期"] = _day(processed + timedelta(days=rng.randint(0, 2)))
        c["退款日期"] = _day(processed + timedelta(days=rng.randint(1, 4)))
        c["违法事实摘要"] = ("商品经检验不合格，经营者自消费者提出退货要求之日起超过十五日未退货。" if late
                         else "商品经检验不合格，经营者已退货退款。")
        if late:
            penalise(c, processed, rng.choice([5000, 10000]))
        if n == 37:
            c["检验结论"] = "送检中"
            c["备注"] = "检验报告未出"
        rows.append(c)
    # C. repair / replacement with an agreed or statutory term (三包期限) (第八条(二), term set): 0038-0043
    for _ in range(6):
        n += 1
        c, req = base(n, "第八条 拖延履行修理更换义务")
        late = n in (40, 42)
        c["商品或服务名称"] = rng.choice(goods_quality)
        c["购买方式"] = "实体店购买"
        c["消费者诉求"] = rng.choice(["修理", "更换", "修理或更换"])
        c["质量问题"] = "是"
        c["有无约定履行期限"] = "有"
        c["消费者提出修理更换等要求日期"] = _day(req)
        due = req + timedelta(days=rng.choice([7, 10, 15, 30]))
        c["约定履行期满日"] = _day(due)
        c["登记日期"] = _day(req + timedelta(days=rng.randint(2, 10)))
        done = due + timedelta(days=rng.randint(20, 24) if late else rng.randint(-5, 3))
        done = max(done, req + timedelta(days=1))
        c["经营者履行日期"] = _day(done)
        c["违法事实摘要"] = ("约定维修期满后超过十五日仍未修复。" if late else "经营者在约定期限内履行了三包义务。")
        if late:
            penalise(c, done, rng.choice([5000, 8000]))
        rows.append(c)
    # D. quality remedy with no term (第八条(二), from the request): 0044-0051
    for _ in range(8):
        n += 1
        c, req = base(n, "第八条 拖延履行修理更换义务")
        late = n in (46, 49)
        c["商品或服务名称"] = rng.choice(goods_quality + ["美发服务", "汽车保养服务"])
        c["购买方式"] = "实体店购买"
        c["消费者诉求"] = rng.choice(["修理", "更换", "退还服务费用", "赔偿损失"])
        c["质量问题"] = "是"
        c["有无约定履行期限"] = "无"
        c["消费者提出修理更换等要求日期"] = _day(req)
        c["登记日期"] = _day(req + timedelta(days=rng.randint(2, 10)))
        done = req + timedelta(days=rng.randint(19, 23) if late else rng.randint(1, 11))
        c["经营者履行日期"] = _day(done)
        c["违法事实摘要"] = ("自消费者提出要求之日起超过十五日无正当理由拒不履行。" if late else "经营者已履行。")
        if late:
            penalise(c, done, rng.choice([3000, 5000]))
        if n == 50:   # performed, but the consumer's request date was never written down
            c["消费者提出修理更换等要求日期"] = None
            c["备注"] = "投诉人记不清提出要求的日期"
        rows.append(c)
    # E. refusals of no-reason returns: 0052-0059
    refusals = {52: "selfdecl", 53: "selfdecl", 54: "selfdecl_ok", 55: "opened", 56: "opened", 57: "opened_then_ok",
                58: "statutory", 59: "statutory"}
    for _ in range(8):
        n += 1
        kind = refusals[n]
        c, req = base(n, "第九条 拒绝无理由退货")
        c["商品或服务名称"] = {"statutory": rng.choice(["定制西装", "生鲜海鲜礼盒"])}.get(kind, rng.choice(goods_online))
        c["购买方式"] = "网络购物"
        c["消费者诉求"] = "七日无理由退货并退款"
        c["退货类型"] = "七日无理由退货"
        c["消费者提出退货日期"] = _day(req)
        c["登记日期"] = _day(req + timedelta(days=rng.randint(5, 12)))
        refused = req + timedelta(days=rng.randint(0, 2))
        c["拒绝退货日期"] = _day(refused)
        if kind.startswith("selfdecl"):
            c["拒退理由"] = "商家称该商品不适用七天无理由退货"
            if kind == "selfdecl_ok":
                c["消费者书面确认日期"] = _day(req - timedelta(days=rng.randint(3, 10)))
                c["违法事实摘要"] = "商品页面已显著提示不适用七日无理由退货，消费者下单时勾选确认。"
                c["处理结论"] = "不予立案"
            else:
                c["违法事实摘要"] = "经营者未经消费者确认，以自行规定商品不适用无理由退货为由拒绝退货。"
                penalise(c, refused + timedelta(days=20), rng.choice([5000, 10000]))
        elif kind.startswith("opened"):
            c["拒退理由"] = "商品已拆封/影响二次销售"
            if kind == "opened_then_ok":
                processed = req + timedelta(days=rng.randint(6, 10))
                c["退货手续办理日期"] = _day(processed)
                c["收到退回商品日期"] = _day(processed + timedelta(days=3))
                c["退款日期"] = _day(processed + timedelta(days=4))
                c["违法事实摘要"] = "经营者以已拆封为由拒退，经调解后同意退货。"
            else:
                c["违法事实摘要"] = "经营者以消费者已拆封、查验为由拒绝退货。"
                penalise(c, refused + timedelta(days=20), rng.choice([3000, 5000]))
        else:
            c["拒退理由"] = "属法定不适用商品"
            c["法定不适用商品"] = "是"
            c["违法事实摘要"] = "商品属消费者定作或鲜活易腐商品，依法不适用无理由退货。"
            c["处理结论"] = "不予立案"
        rows.append(c)
    # a case number typed twice: 0021 reused for a second, unrelated complaint
    dup, _ = base(21, "第九条 无理由退货")
    req = datetime(2025, 4, 22)
    dup.update({"商品或服务名称": "电动牙刷", "购买方式": "网络购物", "消费者诉求": "七日无理由退货并退款",
                "退货类型": "七日无理由退货", "消费者提出退货日期": _day(req), "登记日期": _day(req + timedelta(days=5)),
                "提供退货地址日期": _day(req), "退货手续办理日期": _day(req + timedelta(days=2)),
                "收到退回商品日期": _day(req + timedelta(days=5)), "退款日期": _day(req + timedelta(days=6)),
                "违法事实摘要": "经调解，经营者同意退货退款。"})
    rows.insert(40, dup)

    hand = {
        "procedure": "l4-consumer-rights-violation-penalties",
        "sheet": "导出",
        "columns": {
            "案件编号": "case_number",
            "退货类型": "return_basis",
            "检验结论": "certified_nonconforming",
            "质量问题": "quality_nonconforming",
            "有无约定履行期限": "performance_term_set",
            "约定履行期满日": "performance_due_at",
            "消费者提出退货日期": "return_request_at",
            "提供退货地址日期": "provide_return_info_at",
            "退货手续办理日期": "process_return_at",
            "拒绝退货日期": "refuse_return_at",
            "拒退理由": "refusal_reason",
            "法定不适用商品": "statutory_exclusion",
            "消费者书面确认日期": "consumer_confirmed_not_returnable_at",
            "收到退回商品日期": "returned_goods_received_at",
            "退款日期": "refund_at",
            "消费者提出修理更换等要求日期": "remedy_request_at",
            "经营者履行日期": "remedy_fulfilled_at",
        },
        "values": {
            "return_basis": {"七日无理由退货": "no_reason", "质量问题退货": "other", "不涉及退货": ""},
            "certified_nonconforming": {"不合格": True, "合格": False, "未送检": False},
            "quality_nonconforming": {"是": True, "否": False},
            "performance_term_set": {"有": True, "无": False},
            "refusal_reason": {"商家称该商品不适用七天无理由退货": "self_declared_not_applicable",
                               "商品已拆封/影响二次销售": "opened_or_inspected",
                               "属法定不适用商品": "other"},
            "statutory_exclusion": {"是": True, "否": False},
        },
    }
    return rows, hand


# --- 37: L5, a general contractor's warranty (保修) register (GBK CSV) -----------------------------------------

def e37_l5(rng):
    """闽建三局第二工程有限公司 维保中心《工程保修登记台账》(GBK CSV from an old ERP, dotted dates 2025.03.04 09:12;
    project dates 2024.08.16). One row per owner's warranty call on the company's completed residential projects; the
    project columns (完工报告、验收、备案、保修书) are copied from the project master into every row.
    Headers written before reading the procedure: 保修单号, 项目名称, 楼栋房号, 业主姓名, 联系电话, 报修时间,
    竣工验收日期, 保修部位, 问题描述, 是否质量事故, 上报住建时间, 责任单位, 现场查勘时间, 维修完成时间, 业主验收,
    维修费用(元), 备注.
    Added after reading the procedure: 登记时间 (the centre's receipt, apart from the owner's 报修时间), 竣工报告提交日期,
    竣工备案日期, 保修书编号, 保修书约定, 保修判定, 事故发生时间, 事故等级, 住建局上报上级时间, 维修单位 (责任单位 kept as the
    party at fault, 维修单位 is who did the repair).
    Injected: project 滨江苑二期 filed 24 days after acceptance (every row of that project: BX25-0012, -0027, -0041,
    -0044, -0055); 保修书编号 left blank on one row (-0019); waterproofing leak at 锦绣花园 (accepted 2019.11.28, national
    minimum) repaired as in-warranty after 5 years (-0008); pipe leak at 翠湖湾 (accepted 2022.09.20) repaired as
    in-warranty after 2 years (-0033); in-warranty calls never repaired (-0023, -0047); repair done by the developer
    itself (建设单位自行维修, -0030); repair dated before the owner's call (-0036); accident reported to 住建局 31 hours
    after it happened (-0044); major accident with no upward report recorded (-0050); 保修部位 "待查" outside the
    options (-0015, -0062); 保修单号 -0026 entered twice.
    Not violations (traps): 云栖府 has an extended warranty (延长保修), so its pipe and fit-out calls after 2 years
    (-0005, -0021, -0039…) are in warranty; out-of-warranty calls at 锦绣花园/翠湖湾 marked 保外 and not repaired.
    """
    projects = {
        # name: (report submitted, accepted, filed, certificate, agreed longer, weight)
        "锦绣花园": (datetime(2019, 11, 15), datetime(2019, 11, 28), datetime(2019, 12, 6), "BXS-2019-031", "按国家最低", 2),
        "云栖府": (datetime(2021, 6, 4), datetime(2021, 6, 18), datetime(2021, 6, 29), "BXS-2021-017", "延长保修", 3),
        "翠湖湾": (datetime(2022, 9, 2), datetime(2022, 9, 20), datetime(2022, 9, 30), "BXS-2022-044", "按国家最低", 3),
        "星河湾三期": (datetime(2023, 6, 26), datetime(2023, 7, 8), datetime(2023, 7, 19), "BXS-2023-026", "按国家最低", 3),
        "滨江苑二期": (datetime(2024, 8, 1), datetime(2024, 8, 16), datetime(2024, 9, 9), "BXS-2024-012", "按国家最低", 0),
        "望山里": (datetime(2024, 12, 6), datetime(2024, 12, 20), datetime(2025, 1, 3), "BXS-2024-058", "按国家最低", 3),
    }
    parts = {  # export label: (component option, description pool)
        "屋面渗漏": ("waterproofing", ["顶层屋面雨后渗水", "屋面女儿墙根部渗漏"]),
        "卫生间渗漏": ("waterproofing", ["卫生间地面渗水至楼下", "淋浴区墙面返潮"]),
        "外墙渗水": ("waterproofing", ["外墙窗边渗水", "外墙面雨后内墙发霉"]),
        "给排水管道": ("pipes_installation_fitout", ["厨房下水管漏水", "给水立管接口滴漏", "阳台地漏堵塞返水"]),
        "电气线路": ("pipes_installation_fitout", ["插座跳闸", "入户配电箱漏电开关频繁跳闸"]),
        "门窗及装修": ("pipes_installation_fitout", ["铝合金窗关闭不严", "木地板起拱", "入户门变形"]),
        "墙体开裂": ("foundation_structure", ["客厅承重墙斜向裂缝", "楼板裂缝"]),
        "地暖空调": ("heating_cooling", ["地暖局部不热", "中央空调冷凝水管滴水"]),
        "室外配套": ("other", ["小区道路塌陷", "景观围墙开裂"]),
    }
    part_weights = [("屋面渗漏", 2), ("卫生间渗漏", 4), ("外墙渗水", 3), ("给排水管道", 4), ("电气线路", 2),
                    ("门窗及装修", 4), ("墙体开裂", 1), ("地暖空调", 1), ("室外配套", 1)]
    staff = ["许工", "陈工", "林工", "洪工"]
    rows = []

    def make(n, project, part, call, **kw):
        rep, acc, filed, cert, longer, _ = projects[project]
        comp = parts[part][0]
        elapsed_months = (call.year - acc.year) * 12 + call.month - acc.month
        in_warranty = True
        if longer == "按国家最低":
            if comp == "waterproofing" and elapsed_months > 60:
                in_warranty = False
            if comp == "pipes_installation_fitout" and elapsed_months > 24:
                in_warranty = False
        in_warranty = kw.get("force_in", in_warranty)
        logged = _office(later(call, rng, 0.2, 5))
        survey = _office(later(logged, rng, 4, 40))
        repaired = _office(later(survey, rng, 24, 24 * 12)) if in_warranty else None
        building = rng.randint(1, 18)
        c = Case({
            "保修单号": f"BX25-{n:04d}",
            "项目名称": project,
            "楼栋房号": f"{building}#-{rng.randint(1, 3)}单元-{rng.randint(2, 32)}{rng.randint(1, 4):02d}",
            "业主姓名": _name(rng),
            "联系电话": _phone(rng),
            "报修时间": dotted(call),
            "登记时间": dotted(logged),
            "竣工报告提交日期": _dotted_date(rep),
            "竣工验收日期": _dotted_date(acc),
            "竣工备案日期": _dotted_date(filed),
            "保修书编号": cert,
            "保修书约定": longer,
            "保修部位": part,
            "问题描述": rng.choice(parts[part][1]),
            "保修判定": "保内" if in_warranty else "保外",
            "是否质量事故": "否",
            "事故发生时间": "",
            "事故等级": "",
            "上报住建时间": "",
            "住建局上报上级时间": "",
            "责任单位": pick(rng, [("总包", 6), ("防水分包", 2), ("水电分包", 2), ("门窗厂家", 1)]),
            "现场查勘时间": dotted(survey),
            "维修单位": pick(rng, [("维保中心", 5), ("项目部", 2)]) if in_warranty else "",
            "维修完成时间": dotted(repaired) if repaired else "",
            "业主验收": "已签字" if repaired else "",
            "维修费用(元)": rng.choice([0, 0, 0, 350, 800, 1200, 2600]) if repaired else "",
            "备注": "" if in_warranty else "已超出保修期，告知业主可有偿维修",
        })
        return c

    call0 = START - timedelta(days=20)
    n = 0
    names = [p for p in projects if projects[p][5]]
    weights = [projects[p][5] for p in names]
    special = {8: ("锦绣花园", "卫生间渗漏"), 33: ("翠湖湾", "给排水管道"),
               12: ("滨江苑二期", None), 27: ("滨江苑二期", None), 41: ("滨江苑二期", None), 55: ("滨江苑二期", None),
               44: ("滨江苑二期", "室外配套"), 50: ("翠湖湾", "墙体开裂"), 18: ("星河湾三期", "室外配套"),
               58: ("望山里", "墙体开裂"), 5: ("云栖府", "给排水管道"), 21: ("云栖府", "门窗及装修"),
               39: ("云栖府", "电气线路"), 3: ("锦绣花园", "外墙渗水"), 10: ("翠湖湾", "电气线路"),
               30: ("星河湾三期", "卫生间渗漏"), 36: ("望山里", "门窗及装修"), 23: ("星河湾三期", "给排水管道"),
               47: ("望山里", "卫生间渗漏"), 15: ("望山里", None), 62: ("星河湾三期", None)}
    for _ in range(66):
        n += 1
        call = call0 + timedelta(hours=rng.uniform(0, 24 * 85))
        call = call.replace(hour=rng.randint(8, 19))
        project, part = special.get(n, (None, None))
        project = project or rng.choices(names, weights)[0]
        part = part or pick(rng, part_weights)
        if n in (8, 33):
            c = make(n, project, part, call, force_in=True)   # wrongly repaired as in-warranty
        else:
            c = make(n, project, part, call)
        if n in (18, 44, 50, 58):   # quality accidents
            acc_at = call - timedelta(hours=rng.uniform(0.5, 3))
            c["是否质量事故"] = "是"
            c["事故发生时间"] = dotted(acc_at)
            c["事故等级"] = "重大" if n in (50, 58) else "一般"
            c["上报住建时间"] = dotted(acc_at + timedelta(hours=31 if n == 44 else rng.uniform(3, 16)))
            if n == 58:
                c["住建局上报上级时间"] = dotted(acc_at + timedelta(hours=rng.uniform(20, 40)))
            c["保修判定"] = "保内"
            c["问题描述"] = {18: "阳台玻璃栏板脱落", 44: "外墙装饰线条坠落砸坏车辆", 50: "楼梯间梁贯通裂缝、楼板下沉",
                         58: "地下车库顶板局部坍塌"}[n]
            if not c["维修完成时间"]:
                c["维修完成时间"] = dotted(later(call, rng, 72, 300))
                c["维修单位"] = "维保中心"
                c["业主验收"] = "已签字"
                c["备注"] = ""
        if n == 19:
            c["保修书编号"] = ""
        if n in (15, 62):
            c["保修部位"] = "待查"
        if n in (23, 47):   # in-warranty, never repaired
            c["保修判定"] = "保内"
            c["维修单位"] = ""
            c["维修完成时间"] = ""
            c["业主验收"] = ""
            c["维修费用(元)"] = ""
            c["备注"] = "已查勘，待安排维修"
        if n == 30:
            c["保修判定"] = "保内"
            c["维修单位"] = "建设单位自行维修"
            if not c["维修完成时间"]:
                c["维修完成时间"] = dotted(later(call, rng, 48, 200))
            c["备注"] = "开发商自行找人维修，费用从保修金扣除"
        if n == 36:   # repair date typed a month early
            c["保修判定"] = "保内"
            c["维修单位"] = "维保中心"
            c["维修完成时间"] = dotted(call - timedelta(days=30, hours=2))
            c["业主验收"] = "已签字"
            c["备注"] = ""
        rows.append(c)
    # BX25-0026 entered twice: a second call registered under the same number
    dup = make(26, "望山里", "门窗及装修", START + timedelta(days=40, hours=3))
    rows.insert(45, dup)

    hand = {
        "procedure": "l5-construction-quality-regulation",
        "columns": {
            "保修单号": "case_number",
            "报修时间": "complaint_at",
            "登记时间": "received_at",
            "竣工报告提交日期": "submit_completion_report_at",
            "竣工验收日期": "completion_accepted_at",
            "竣工备案日期": "filing_at",
            "保修书编号": "warranty_certificate",
            "保修书约定": "warranty_agreed_longer",
            "保修部位": "component",
            "保修判定": "within_warranty",
            "事故发生时间": "accident_at",
            "事故等级": "major_accident",
            "上报住建时间": "accident_report_at",
            "住建局上报上级时间": "major_accident_report_at",
            "维修单位": "warranty_repair_by",
            "维修完成时间": "warranty_repair_at",
        },
        "values": {
            "warranty_agreed_longer": {"延长保修": "yes", "按国家最低": "no"},
            "component": {"屋面渗漏": "waterproofing", "卫生间渗漏": "waterproofing", "外墙渗水": "waterproofing",
                          "给排水管道": "pipes_installation_fitout", "电气线路": "pipes_installation_fitout",
                          "门窗及装修": "pipes_installation_fitout", "墙体开裂": "foundation_structure",
                          "地暖空调": "heating_cooling", "室外配套": "other"},
            "within_warranty": {"保内": "yes", "保外": "no"},
            "major_accident": {"重大": "yes", "一般": "no"},
        },
        "roles": {"维保中心": "contractor", "项目部": "contractor", "建设单位自行维修": "developer"},
    }
    return rows, hand


# --- 38: S12, a Hong Kong-managed property company's helpdesk (UTF-8 BOM CSV, day-first) ----------------------

def e38_s12(rng):
    """港汇(厦门)物业服务有限公司 海韵华庭管理中心 客服工单系统 (helpdesk exported as UTF-8-BOM CSV; the system runs an
    en-GB locale, so dates are day-first 04/03/2025 09:12 and due dates 07/03/2025). One row per complaint ticket;
    receivers and revisiting staff are recorded by name.
    Headers written before reading the procedure: 工单号, 来电时间, 受理人, 业主姓名, 房号, 联系电话, 投诉事项,
    投诉内容, 严重程度, 核实时间, 派单部门, 经理汇报时间, 完成时间, 处理结果, 部门负责人签字, 回访时间, 回访人,
    回访结果, 恶意投诉, 备注.
    Added after reading the procedure: 要求完成日期 (the limit given to the department), 解决措施, 责任人 (for serious
    complaints), 是否特殊情况, 汇报对象, 汇报时间 (special cases), 结单时间 (result written into the record).
    Injected: 受理人 an engineering technician (HY2503-0011); revisit by the engineering technician who did the repair
    (-0024); resolved after the limit (-0007, -0019, -0033, -0052); ticket never resolved, limit passed (-0060);
    serious complaints with no report to the CS manager (-0015, -0041); manager review with no measures (-0028) and
    no responsible person (-0046); special case with no report (-0037); resolved with no revisit (-0013, -0057);
    revisit with no customer feedback (-0021); result closed with no department head signature (-0030, -0049);
    resolved with no result written (-0043); resolved with no verification/dispatch (-0054); resolved with no limit
    set (-0039); no phone (-0009, -0048), no unit (-0026), no content (-0035); revisit dated before the repair
    (-0017); repair dated before the dispatch (-0031); 严重程度 "待定" outside the options (-0064); 来电时间 blank
    (-0066); ticket number -0044 used twice.
    """
    matters = {
        "工程维修": ("工程部", ["电梯频繁故障停运", "地下车库照明不亮", "单元门禁损坏", "楼道渗水", "水压不足"]),
        "安全秩序": ("保安部", ["外来车辆随意停放", "夜间装修噪音", "快递员随意进出", "车位被占"]),
        "环境卫生": ("保洁部", ["垃圾清运不及时", "楼道有异味", "电梯轿厢不干净"]),
        "绿化养护": ("园艺部", ["绿化带杂草丛生", "修剪树枝砸到车辆", "草坪喷灌水溅入室内"]),
        "收费争议": ("财务部", ["物业费多收", "停车费计费错误", "水电公摊有疑问"]),
    }
    results = {"工程维修": ["已修复，业主确认", "已更换配件，恢复正常"], "安全秩序": ["已加派人员巡查", "已劝离并登记"],
               "环境卫生": ["已清理完毕", "已调整清运频次"], "绿化养护": ["已修剪清理", "已调整喷灌时间"],
               "收费争议": ["已核对账单并退还差额", "已向业主解释收费依据"]}
    front = ["李倩", "周婷", "何嘉欣"]
    supervisor = "张立"
    assistants = ["陈敏", "梁雪"]
    heads = {"工程部": "吴振国", "保安部": "邱海峰", "保洁部": "叶秀兰", "园艺部": "彭志明", "财务部": "苏婉"}
    rows = []
    t = START
    n = 0
    for _ in range(65):
        n += 1
        t = t + timedelta(hours=rng.uniform(6, 40))
        recv = t.replace(hour=rng.randint(8, 20), minute=rng.randint(0, 59))
        matter = pick(rng, [("工程维修", 5), ("安全秩序", 3), ("环境卫生", 2), ("绿化养护", 1), ("收费争议", 2)])
        dept, pool = matters[matter]
        serious = (rng.random() < 0.18 or n in (15, 28, 41, 46)) and n != 31
        special = n in (37, 58, 20)
        verified = _office(later(recv, rng, 0.3, 4))
        due = _day(verified) + timedelta(days=rng.randint(1, 5))
        review = _office(later(recv, rng, 1, 8)) if serious else None
        start_fix = max(verified, review) if review else verified
        resolved = _office(later(start_fix, rng, 3, 20))
        if resolved.date() > due.date():
            resolved = due + timedelta(hours=rng.uniform(9, 17))
        if n in (7, 19, 33, 52):
            resolved = due + timedelta(days=rng.randint(2, 6), hours=rng.uniform(9, 17))
        revisit = _office(later(resolved, rng, 2, 40))
        closed = _office(later(revisit, rng, 0.2, 6))
        room = f"{rng.randint(1, 6)}座{rng.randint(2, 33)}{rng.choice('ABCDEF')}"
        c = Case({
            "工单号": f"HY2503-{n:04d}",
            "来电时间": day_first(recv),
            "受理人": pick(rng, [(front[0], 3), (front[1], 3), (front[2], 2), (supervisor, 1)]),
            "业主姓名": _name(rng),
            "房号": room,
            "联系电话": _phone(rng),
            "投诉事项": matter,
            "投诉内容": rng.choice(pool),
            "严重程度": "较严重" if serious else "一般",
            "核实时间": day_first(verified),
            "派单部门": dept,
            "要求完成日期": _day_first_date(due),
            "经理汇报时间": day_first(review) if review else "",
            "解决措施": rng.choice(["更换故障部件并增加巡检", "约谈责任人并加强培训", "调整作业时间并公示"]) if serious else "",
            "责任人": rng.choice(["吴振国", "邱海峰", "叶秀兰", "苏婉"]) if serious else "",
            "是否特殊情况": "是" if special else "否",
            "汇报对象": "",
            "汇报时间": "",
            "完成时间": day_first(resolved),
            "处理结果": rng.choice(results[matter]),
            "部门负责人签字": heads[dept],
            "回访时间": day_first(revisit),
            "回访人": rng.choice(assistants),
            "回访结果": pick(rng, [("满意", 7), ("基本满意", 2), ("不满意", 1)]),
            "结单时间": day_first(closed),
            "恶意投诉": "否",
            "备注": "",
        })
        if special:
            c["汇报对象"] = rng.choice(["部门经理", "总经理"])
            c["汇报时间"] = day_first(later(recv, rng, 0.5, 3))
            c["备注"] = "涉及媒体关注" if n == 20 else "业主联名投诉"
        # --- injections
        if n == 11:
            c["受理人"] = "黄师傅"
            c["备注"] = "业主在楼道直接向维修工反映"
        if n == 24:
            c["回访人"] = "刘工"
        if n in (15, 41):
            c["经理汇报时间"] = ""
        if n == 28:
            c["解决措施"] = ""
        if n == 46:
            c["责任人"] = ""
        if n == 37:
            c["汇报对象"] = ""
            c["汇报时间"] = ""
        if n in (13, 57):
            c["回访时间"] = ""
            c["回访人"] = ""
            c["回访结果"] = ""
        if n == 21:
            c["回访结果"] = ""
        if n in (30, 49):
            c["部门负责人签字"] = ""
        if n == 43:
            c["处理结果"] = ""
        if n == 54:
            c["核实时间"] = ""
        if n == 39:
            c["要求完成日期"] = ""
        if n in (9, 48):
            c["联系电话"] = ""
        if n == 26:
            c["房号"] = ""
        if n == 35:
            c["投诉内容"] = ""
        if n == 17:
            c["回访时间"] = day_first(_office(resolved - timedelta(hours=rng.uniform(24, 30))))   # a day early
            c["结单时间"] = day_first(resolved + timedelta(hours=2))
        if n == 31:
            c["完成时间"] = day_first(_office(verified - timedelta(hours=rng.uniform(24, 28))))   # a day early
            c["回访时间"] = day_first(_office(verified + timedelta(hours=8)))
            c["结单时间"] = day_first(_office(verified + timedelta(hours=9)))
        if n == 64:
            c["严重程度"] = "待定"
        if n == 60:
            for h in ("完成时间", "处理结果", "回访时间", "回访人", "回访结果", "结单时间"):
                c[h] = ""
            c["备注"] = "业主不在家，未能入户"
        rows.append(c)
    # one more ticket (#66) with the call time not filled in
    n += 1
    last = dict(rows[-1])
    last.update({"工单号": f"HY2503-{n:04d}", "来电时间": "", "业主姓名": _name(rng), "联系电话": _phone(rng)})
    rows.append(Case(last))
    # HY2503-0044 issued twice (system hiccup): a second ticket under the same number
    dup = Case(dict(rows[3]))
    dup.update({"工单号": "HY2503-0044", "业主姓名": _name(rng), "联系电话": _phone(rng)})
    rows.insert(47, dup)

    hand = {
        "procedure": "s12-property-center-complaints",
        "date_order": "day_first",
        "columns": {
            "工单号": "case_number",
            "来电时间": "receive_at",
            "受理人": "receive_by",
            "业主姓名": "complainant",
            "房号": "address",
            "联系电话": "contact_phone",
            "投诉事项": "complaint_matter",
            "投诉内容": "content",
            "严重程度": "severity",
            "核实时间": "verify_notify_at",
            "派单部门": "resolve_by",
            "要求完成日期": "resolve_due_at",
            "经理汇报时间": "manager_review_at",
            "解决措施": "measures",
            "责任人": "responsible_person",
            "是否特殊情况": "special_case",
            "汇报对象": "reported_to",
            "汇报时间": "report_special_at",
            "完成时间": "resolve_at",
            "处理结果": "result",
            "部门负责人签字": "resolver_signature",
            "回访时间": "revisit_at",
            "回访人": "revisit_by",
            "回访结果": "satisfaction",
            "结单时间": "record_result_at",
        },
        "values": {
            "severity": {"较严重": "serious", "一般": ""},
            "special_case": {"是": True, "否": False},
            "reported_to": {"部门经理": "dept_manager", "总经理": "company_leader"},
        },
        "roles": {"李倩": "front_desk", "周婷": "front_desk", "何嘉欣": "front_desk", "张立": "customer_service",
                  "陈敏": "cs_assistant", "梁雪": "cs_assistant",
                  "黄师傅": "complained_dept", "刘工": "complained_dept",
                  "工程部": "complained_dept", "保安部": "complained_dept", "保洁部": "complained_dept",
                  "园艺部": "complained_dept", "财务部": "complained_dept"},
    }
    return rows, hand


EXPORTS = [
    ("36-l4-case-register.xlsx", "xlsx", e36_l4),
    ("37-l5-warranty-register.csv", "gbk", e37_l5),
    ("38-s12-helpdesk-tickets.csv", "utf-8-sig", e38_s12),
]
