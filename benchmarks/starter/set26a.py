"""Starter-profile benchmark exports 148-149 (set 26a), written unseen by the mapping guesser's authors.

Each function plays one register's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 148 149    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened
LAST = CUTOFF.date()


def _wd_after(d, k):
    """The k-th working day after date d (k=0: d itself)."""
    while k:
        d += timedelta(days=1)
        k -= workday(d)
    return d


def _wd_on_or_after(d):
    while not workday(d):
        d += timedelta(days=1)
    return d


def _workday_in(rng, lo, hi):
    """A random working day between two dates."""
    while True:
        d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
        if workday(d):
            return d


def _at(rng, d, lo_h=8, hi_h=17):
    return datetime(d.year, d.month, d.day, rng.randint(lo_h, hi_h - 1), rng.randint(0, 59))


# --- 148: L2, a district market-regulation bureau's complaint and report register -------------------------------

_H148 = [
    "序号", "登记编号", "登记时间", "诉求类别", "来源方式", "诉求人", "联系电话", "通讯地址", "代理投诉", "委托代理人",
    "委托材料", "受托人身份证明", "被诉（举报）主体名称", "被诉主体地址", "诉求内容", "投诉请求", "举报线索", "消费日期",
    "属市场监管职责", "属本局管辖", "其他机构受理情况", "承办单位", "承办人", "受理情况", "受理（立案）决定日期",
    "受理告知日期", "不予受理理由", "调解方式", "委托调解单位", "调解通知日期", "调解日期", "送检日期", "检测报告日期",
    "处理结果", "终止调解原因", "办结日期", "终止告知日期", "调解书", "调解书制作日期", "即时履行", "双方同意不制作调解书",
    "调解记录", "挽回经济损失（元）", "发现违法线索", "线索发现日期", "线索核查日期", "核查延期", "实名举报",
    "告知举报人日期", "录入人", "备注",
]

_SUOS = ["中华门市场监管所", "夫子庙市场监管所", "红花市场监管所", "光华路市场监管所"]
_KEBAO = "消保科"
_XIEHUI = "区消费者协会"
_RENTIAO = "夫子庙街道人民调解委员会"
_STREETS = ["中华路", "建康路", "长乐路", "瑞金路", "御道街", "龙蟠中路", "升州路", "太平南路", "白下路", "大光路"]
_HOME = ["建邺区江东中路", "鼓楼区中山北路", "玄武区龙蟠路", "秦淮区苜蓿园大街", "雨花台区软件大道", "江宁区天元东路",
         "栖霞区仙林大道", "秦淮区来凤街"]
_SHOPS = ["金悦", "瑞丰", "华彩", "佳禾", "鑫源", "百乐", "恒通", "锦程", "康辉", "美途", "宏达", "新月", "丽人", "优品",
          "福满", "聚鲜", "好邻", "安家"]

_C148 = [
    # 被诉主体名称式样, 诉求内容, 投诉请求, 弱项(金额区间)
    ("秦淮区{x}美发店", "2024年在该店办理会员储值卡，现门店停业装修、电话无人接听，卡内余额{n}元无法使用",
     "退还储值卡余额{n}元", (800, 3000)),
    ("南京{x}健身管理有限公司", "购买私教课程24节，上了6节后教练离职，门店拒绝退还剩余课时费", "退还剩余课时费{n}元",
     (2000, 6000)),
    ("秦淮区{x}餐馆", "在店内就餐时菜品中发现金属丝，店家只同意免单该道菜", "赔偿医疗检查费{n}元并书面道歉", (200, 800)),
    ("南京{x}超市有限公司", "购买的酸奶已过保质期两天，收银时未发现，回家后才看到", "退货并按食品安全法赔偿{n}元",
     (1000, 1000)),
    ("南京{x}电器有限公司", "购买的空调安装后制冷效果差，三次上门维修仍未解决", "更换同型号新机，价值{n}元", (2500, 5000)),
    ("秦淮区{x}通讯器材店", "购买的手机激活后发现电池循环次数达300余次，疑为翻新机", "退货退款{n}元并赔偿三倍价款",
     (1500, 4000)),
    ("秦淮区{x}洗衣店", "送洗羊绒大衣取回后严重缩水变形，店家只愿赔偿洗衣费", "按衣物购买价赔偿{n}元", (600, 2500)),
    ("南京{x}装饰工程有限公司", "厨房墙砖铺贴后两个月出现空鼓脱落，公司拖延不予返工", "免费返工并赔偿损坏橱柜{n}元",
     (1000, 4000)),
    ("秦淮区{x}宠物店", "购买的幼犬三天后确诊犬瘟热，店家称出售时健康拒绝负责", "退还购犬款并承担治疗费共{n}元",
     (1500, 4500)),
    ("秦淮区{x}眼镜店", "配镜后复查度数与验光单不符，佩戴头晕", "重新验配或退款{n}元", (400, 1500)),
]

_R148 = [
    # 被举报主体名称式样, 诉求内容, 举报线索
    ("秦淮区{x}卤菜店", "反映该店销售的散装熟食无标签、无生产日期",
     "店内散装卤菜未标注生产日期和保质期，举报人3次购买均拍照留存"),
    ("秦淮区{x}水果店", "反映该店电子秤缺斤短两", "称重2斤的水果回家复称只有1.7斤，同小区多人有同样情况"),
    ("南京{x}大药房有限公司", "反映该店店员宣传保健食品可治疗高血压", "店员口头宣称某牌鱼油胶囊可替代降压药，门口易拉宝有同样字样"),
    ("秦淮区{x}烟酒店", "反映该店销售假冒名酒", "购买的两瓶白酒瓶盖防伪码扫描显示已被查询多次，包装印刷模糊"),
    ("秦淮区{x}服装店", "反映该店商品未明码标价", "店内服装均无价签，店员对不同顾客报价不一"),
    ("南京{x}文化传媒有限公司", "反映该公司微信公众号发布医疗美容违法广告", "公众号推文使用术前术后对比图并宣称零风险"),
]

_REFUSE148 = {
    # 不予受理的情形 -> (不予受理理由, 改写的字段)
    "no_authority": ("被投诉人实际经营地在建邺区，非本局管辖，已告知向建邺区市场监管局投诉", {"属本局管辖": "否"}),
    "elsewhere": ("同一争议区消费者协会已受理调解", {"其他机构受理情况": "区消协已受理"}),
    "three_years": ("知道权益受侵害之日起已超过三年", {}),
    "proxy": ("委托代理投诉未提供授权委托书原件", {}),
    "not_duty": ("反映小区物业收费问题，不属于市场监管部门职责，已告知向住建部门反映", {"属市场监管职责": "否"}),
}


def e148_l2_district_amr_register(rng, injected=None):
    """区市场监督管理局消保科的“投诉举报登记台账”：12315 平台分送的投诉、举报、咨询，由各市场监管所承办后在 Excel
    台账逐条登记，按月另存为 CSV（GBK）。日期是台账自己的点号写法：登记时间 2025.3.4 9:12，其余日期 2025.3.4。

    读制度 YAML 之前写下的列（台账自己的叫法）：序号、登记编号、登记时间、诉求类别、来源方式、诉求人、联系电话、
    通讯地址、委托代理人、委托材料、被诉（举报）主体名称、被诉主体地址、诉求内容、消费日期、承办单位、承办人、受理情况、
    受理（立案）决定日期、不予受理理由、调解方式、委托调解单位、处理结果、终止调解原因、办结日期、终止告知日期、调解书、
    挽回经济损失（元）、发现违法线索、线索核查日期、实名举报、告知举报人日期、录入人、备注。

    读过制度 YAML 后补的列：代理投诉、受托人身份证明、投诉请求、举报线索、属市场监管职责、属本局管辖、
    其他机构受理情况、受理告知日期、调解通知日期、调解日期、送检日期、检测报告日期、调解书制作日期、即时履行、
    双方同意不制作调解书、调解记录、线索发现日期、核查延期。

    一张台账记三类诉求：投诉（登记时间是收到投诉）、举报（登记时间是收到举报）、咨询。“受理情况”一列写受理 / 不予受理
    （投诉）、立案 / 不予立案 / 告知向有权部门举报（举报）、已解答（咨询），日期都记在“受理（立案）决定日期”；
    “处理结果”写调解成功 / 终止调解 / 调解中，日期记在“办结日期”（不予受理、举报、咨询也记办结日期，但不是调解结束）。
    承办单位是各市场监管所（以区局名义办理，手工映射对应县级部门）、消保科，个别误记为区消费者协会。

    注入的违规（18 项）：
    - CK104 acceptance_decision_7wd ×2：一件第 9 个工作日才告知受理；一件 6 月 10 日登记，截至导出仍未决定；
    - CK104 mediation_45wd ×2：一件受理后第 50 个工作日才调解成功（无送检）；一件 3 月受理，截至导出仍在调解；
    - CK104 termination_notice_7wd ×1：终止调解后第 11 个工作日才告知；
    - CK104 clue_check_15wd ×1：调解中发现的线索第 21 个工作日才核查，未延期；
    - CK104 reporter_notice_5wd ×2：实名举报立案决定后第 8 个工作日才告知；一件 5 月决定不予立案，实名举报人至今未告知；
    - CK101 nine_complainant_address ×1：电话投诉受理后台账未记通讯地址；
    - CK101 onsite_mediation_notice ×1：现场调解没有调解通知日期；
    - CK101 mediation_document ×1：现场调解达成协议、未即时履行、双方未同意不制作，却没有调解书；
    - CK101 mediation_record_without_document ×1：电话调解成功，没有调解书也没有调解记录；
    - CK101 non_written_report_recorded ×1：12315 热线来电举报，台账未记举报线索；
    - CK101 refer_reporter_without_authority ×1：非本局管辖的举报，只登记“不予立案”，未告知举报人向有权部门提出；
    - CK105 over_three_years ×1、proxy_materials_missing ×1（只有授权委托书复印件）、not_covered_activities ×1（咨询按投诉受理）；
    - CK103 complaint_by_county_amr ×1：承办单位记为区消费者协会的投诉作出了受理决定。

    陷阱（不是违规）：第 7 个工作日（跨清明或劳动节假期）才告知受理；受理后送检、检测时间扣除后未超 45 个工作日；
    第（五）项“超 45 个工作日未达成协议”终止调解（不适用 45 日规则）；受理后发现法院已受理、按第（六）项终止调解；
    线索核查第 24 个工作日、已记“核查延期”；现场调解达成协议、当场即时履行未制作调解书（有调解记录）；
    双方同意不制作调解书；来信（书面）举报台账未另记举报线索；匿名举报不告知；未受理的投诉缺通讯地址；
    超三年、委托材料不全、非本局管辖、消协已受理、非市场监管职责的投诉都正确地不予受理；
    委托材料齐全的代理投诉受理；同一人就同一商家同时投诉和举报、分两条登记（两个编号，不是重复）。
    """
    taken: set = set()
    staff = {suo: distinct_names(rng, 2, taken) for suo in _SUOS}
    staff[_KEBAO] = distinct_names(rng, 1, taken)
    clerks = distinct_names(rng, 2, taken)
    used_shops: set = set()

    def shop(pattern):
        while True:
            x = rng.choice(_SHOPS)
            name = pattern.format(x=x)
            if name not in used_shops:
                used_shops.add(name)
                return name

    def blank_row():
        return {h: "" for h in _H148}

    def person(c):
        c["诉求人"] = person_name(rng)
        c["联系电话"] = mobile(rng)
        c["通讯地址"] = f"南京市{rng.choice(_HOME)}{rng.randint(1, 399)}号{rng.randint(1, 30)}栋{rng.randint(1, 28)}0{rng.randint(1, 4)}室"

    def office(c, suo=None):
        suo = suo or rng.choice(_SUOS)
        c["承办单位"] = suo
        c["承办人"] = rng.choice(staff[suo])

    def common(c, kind, reg, channel=None):
        c["登记时间"] = reg
        c["诉求类别"] = kind
        c["来源方式"] = channel or pick(rng, [("12315热线", 4), ("12315互联网平台", 5), ("来信", 1), ("来访", 1),
                                           ("12345转办", 2)])
        c["属市场监管职责"] = "是"
        c["属本局管辖"] = "是"
        c["其他机构受理情况"] = "无"
        c["代理投诉"] = "否"
        c["录入人"] = rng.choice(clerks)

    def complaint(reg, *, mode=None, outcome=None, ground=None, dec_wd=None, suo=None, template=None):
        """A compliant complaint received at `reg`; decided, mediated and ended unless the dates pass the cutoff."""
        c = blank_row()
        common(c, "投诉", reg)
        person(c)
        office(c, suo)
        pattern, content, demand, (lo, hi) = template or rng.choice(_C148)
        n = rng.randrange(lo, hi + 1, 100) if hi > lo else lo
        c["被诉（举报）主体名称"] = shop(pattern)
        c["被诉主体地址"] = f"南京市秦淮区{rng.choice(_STREETS)}{rng.randint(1, 300)}号"
        c["诉求内容"] = content.format(n=n)
        c["投诉请求"] = demand.format(n=n)
        c["消费日期"] = reg.date() - timedelta(days=rng.randint(5, 120))
        r = reg.date()
        dec = _wd_after(r, dec_wd if dec_wd is not None else rng.randint(1, 5))
        c["受理情况"] = "受理"
        c["受理（立案）决定日期"] = dec
        c["受理告知日期"] = dec if rng.random() < 0.7 else _wd_after(dec, 1)
        mode = mode or pick(rng, [("现场调解", 35), ("电话调解", 45), ("在线调解", 20)])
        c["调解方式"] = mode
        if rng.random() < 0.2:
            c["委托调解单位"] = rng.choice([_XIEHUI, _XIEHUI, _RENTIAO])
        outcome = outcome or pick(rng, [("调解成功", 65), ("终止调解", 35)])
        if mode == "现场调解":
            c["调解通知日期"] = _wd_after(dec, rng.randint(1, 3))
            med = _wd_after(c["调解通知日期"], rng.randint(2, 5))
        else:
            med = _wd_after(dec, rng.randint(1, 8))
        c["调解日期"] = med
        if outcome == "调解成功":
            end = _wd_after(med, rng.choice([0, 0, 1, 2, 3]))
            c["处理结果"] = "调解成功"
            c["办结日期"] = end
            c["挽回经济损失（元）"] = rng.randrange(max(100, n // 2), n + 1, 50) if n > 100 else n
            if mode == "现场调解":
                c["即时履行"] = "否"
                c["调解书"] = "有"
                c["调解书制作日期"] = end
                c["调解记录"] = "现场调解笔录1份"
            else:
                c["即时履行"] = "否"
                c["调解记录"] = "电话调解录音及记录已存档" if mode == "电话调解" else "在线调解聊天记录截图存档"
        else:
            ground = ground or pick(rng, [("消费者撤回投诉", 3), ("双方自行和解", 3), ("被投诉人明确拒绝调解", 3),
                                          ("双方分歧较大，无法达成调解协议", 4)])
            if ground == "被投诉人明确拒绝调解":
                c["调解日期"] = ""
                med = dec
            end = _wd_after(med, rng.randint(1, 6))
            c["处理结果"] = "终止调解"
            c["终止调解原因"] = ground
            c["办结日期"] = end
            c["终止告知日期"] = _wd_after(end, rng.choice([0, 0, 1, 2, 4]))
        c["发现违法线索"] = "否"
        c["核查延期"] = ""
        return c

    def still_open(c):
        """Blank every step dated after the cutoff: the register was exported on 30 June."""
        for h in ["受理（立案）决定日期", "受理告知日期", "调解通知日期", "调解日期", "办结日期", "终止告知日期",
                  "调解书制作日期", "线索发现日期", "线索核查日期", "告知举报人日期", "送检日期", "检测报告日期"]:
            if isinstance(c[h], date) and c[h] > LAST:
                c[h] = ""
        if c["诉求类别"] == "投诉" and c["受理情况"] == "受理" and not c["办结日期"] and c["处理结果"]:
            c["处理结果"] = "调解中"
            for h in ["终止调解原因", "终止告知日期", "调解书", "调解书制作日期", "即时履行", "调解记录",
                      "挽回经济损失（元）"]:
                c[h] = ""
        if not c["受理（立案）决定日期"] and c["受理情况"]:
            for h in ["受理情况", "受理告知日期", "调解方式", "委托调解单位", "调解通知日期", "调解日期", "处理结果",
                      "办结日期", "不予受理理由"]:
                c[h] = ""

    def report(reg, *, real=None, filed=None, channel=None, notify_wd=None):
        c = blank_row()
        common(c, "举报", reg, channel)
        real = real if real is not None else rng.random() < 0.6
        c["实名举报"] = "是" if real else "否"
        if real:
            person(c)
        pattern, content, clue = rng.choice(_R148)
        c["被诉（举报）主体名称"] = shop(pattern)
        c["被诉主体地址"] = f"南京市秦淮区{rng.choice(_STREETS)}{rng.randint(1, 300)}号"
        c["诉求内容"] = content
        c["举报线索"] = clue
        office(c)
        dec = _wd_after(reg.date(), rng.randint(5, 14))
        filed = filed if filed is not None else rng.random() < 0.4
        c["受理情况"] = "立案" if filed else "不予立案"
        c["受理（立案）决定日期"] = dec
        c["处理结果"] = "已立案" if filed else "不予立案"
        c["办结日期"] = "" if filed else dec
        if real:
            c["告知举报人日期"] = _wd_after(dec, notify_wd if notify_wd is not None else rng.choice([0, 1, 2, 3, 4]))
        c["备注"] = "已转执法稽查" if filed else ""
        return c

    def consult(reg):
        c = blank_row()
        common(c, "咨询", reg, "12315热线")
        person(c)
        c["诉求内容"] = rng.choice(["咨询预付卡商家跑路如何维权", "咨询网购商品七日无理由退货的规定",
                                   "咨询食品标签标注要求", "咨询个体工商户年报时间"])
        office(c, _KEBAO)
        c["受理情况"] = "已解答"
        c["受理（立案）决定日期"] = reg.date()
        c["受理告知日期"] = reg.date()
        c["处理结果"] = "已解答"
        c["办结日期"] = reg.date()
        return c

    def reg_in(lo, hi):
        return _at(rng, _workday_in(rng, lo, hi))

    cases = []   # (row, injected rule id or "")

    # ordinary compliant complaints through the half year
    for _ in range(12):
        c = complaint(reg_in(date(2025, 1, 6), date(2025, 6, 13)))
        still_open(c)
        cases.append((c, ""))
    # a few with clues found in mediation, checked in time
    for _ in range(2):
        c = complaint(reg_in(date(2025, 2, 10), date(2025, 5, 9)), outcome="调解成功")
        med = c["调解日期"] or c["受理（立案）决定日期"]
        c["发现违法线索"] = "是"
        c["线索发现日期"] = med
        c["线索核查日期"] = _wd_after(med, rng.randint(3, 12))
        c["备注"] = "调解中发现涉嫌销售过期食品，转执法核查" if "超市" in c["被诉（举报）主体名称"] else "调解中发现涉嫌价格违法，转执法核查"
        cases.append((c, ""))

    # traps: 7th working day across a holiday (Qingming 4-6 April; Labour Day 1-5 May)
    c = complaint(_at(rng, date(2025, 3, 27)), dec_wd=7, mode="电话调解", outcome="调解成功")
    c["受理告知日期"] = c["受理（立案）决定日期"]
    cases.append((c, ""))
    c = complaint(_at(rng, date(2025, 4, 24)), dec_wd=7, mode="在线调解", outcome="调解成功")
    c["受理告知日期"] = c["受理（立案）决定日期"]
    cases.append((c, ""))
    # trap: testing time not counted in the 45 working days
    c = complaint(reg_in(date(2025, 2, 17), date(2025, 2, 21)), mode="现场调解", outcome="调解成功",
                  template=_C148[4])
    dec = c["受理（立案）决定日期"]
    c["送检日期"] = _wd_after(dec, 3)
    c["检测报告日期"] = c["送检日期"] + timedelta(days=28)
    c["调解通知日期"] = _wd_after(c["检测报告日期"], 2)
    c["调解日期"] = _wd_after(c["调解通知日期"], 3)
    end = _wd_after(dec, 50)
    c["调解日期"] = min(c["调解日期"], end)
    c["办结日期"] = end
    c["调解书制作日期"] = end
    c["备注"] = "空调制冷量送市质检院检测"
    cases.append((c, ""))
    # trap: terminated under ground (5) after 45 working days
    c = complaint(reg_in(date(2025, 2, 24), date(2025, 3, 7)), mode="电话调解", outcome="终止调解",
                  ground="超45个工作日未达成调解协议")
    c["办结日期"] = _wd_after(c["受理（立案）决定日期"], 46)
    c["终止告知日期"] = _wd_after(c["办结日期"], 2)
    cases.append((c, ""))
    # trap: court had the dispute, found after acceptance, terminated under ground (6)
    c = complaint(reg_in(date(2025, 3, 10), date(2025, 4, 18)), mode="电话调解", outcome="终止调解",
                  ground="受理后发现法院已受理同一争议")
    c["其他机构受理情况"] = "法院已立案"
    cases.append((c, ""))
    # trap: clue check extended, done on the 24th working day
    c = complaint(reg_in(date(2025, 1, 13), date(2025, 3, 14)), mode="电话调解", outcome="调解成功")
    c["发现违法线索"] = "是"
    c["线索发现日期"] = c["调解日期"]
    c["线索核查日期"] = _wd_after(c["调解日期"], 24)
    c["核查延期"] = "是"
    c["备注"] = "线索涉及外省供货商，经批准延长核查期限"
    cases.append((c, ""))
    # trap: onsite agreement performed on the spot, no mediation document (record kept)
    c = complaint(reg_in(date(2025, 3, 3), date(2025, 5, 30)), mode="现场调解", outcome="调解成功")
    c["即时履行"] = "是"
    c["调解书"] = "无"
    c["调解书制作日期"] = ""
    c["调解记录"] = "现场调解笔录1份，当场退款"
    cases.append((c, ""))
    # trap: both sides agreed not to make a mediation document
    c = complaint(reg_in(date(2025, 1, 6), date(2025, 5, 30)), mode="现场调解", outcome="调解成功")
    c["双方同意不制作调解书"] = "是"
    c["调解书"] = "无"
    c["调解书制作日期"] = ""
    c["调解记录"] = "现场调解笔录1份，双方签字确认不制作调解书"
    cases.append((c, ""))
    # trap: proxy complaint with complete materials, accepted
    c = complaint(reg_in(date(2025, 1, 6), date(2025, 5, 30)), outcome="调解成功")
    c["代理投诉"] = "是"
    c["委托代理人"] = person_name(rng)
    c["委托材料"] = "授权委托书原件"
    c["受托人身份证明"] = "已提供"
    c["备注"] = "老人委托子女代为投诉"
    cases.append((c, ""))
    # traps: complaints correctly refused (one of them without an address)
    for key in ["no_authority", "elsewhere", "three_years", "proxy", "not_duty"]:
        c = complaint(reg_in(date(2025, 1, 6), date(2025, 6, 13)))
        for h in ["调解方式", "委托调解单位", "调解通知日期", "调解日期", "终止调解原因", "终止告知日期", "调解书",
                  "调解书制作日期", "即时履行", "调解记录", "挽回经济损失（元）", "发现违法线索"]:
            c[h] = ""
        reason, changes = _REFUSE148[key]
        c.update(changes)
        c["受理情况"] = "不予受理"
        c["不予受理理由"] = reason
        c["处理结果"] = "不予受理"
        c["办结日期"] = c["受理告知日期"]
        if key == "three_years":
            c["消费日期"] = c["登记时间"].date().replace(year=c["登记时间"].year - 4)
        if key == "proxy":
            c["代理投诉"] = "是"
            c["委托代理人"] = person_name(rng)
            c["委托材料"] = "授权委托书复印件"
            c["受托人身份证明"] = "已提供"
        if key == "no_authority":
            c["通讯地址"] = ""
            c["被诉主体地址"] = f"南京市建邺区{rng.choice(['江东中路', '嘉陵江东街', '应天大街'])}{rng.randint(1, 300)}号"
        if key == "not_duty":
            c["被诉（举报）主体名称"] = shop("南京{x}物业管理有限公司")
            c["诉求内容"] = "小区物业公司上调车位管理费，未按规定公示收费依据"
            c["投诉请求"] = "恢复原收费标准并退还多收费用"
        cases.append((c, ""))

    # reports and consultations
    for _ in range(5):
        c = report(reg_in(date(2025, 1, 6), date(2025, 6, 6)))
        still_open(c)
        cases.append((c, ""))
    c = report(reg_in(date(2025, 2, 3), date(2025, 5, 30)), real=False)      # trap: anonymous, nobody to tell
    cases.append((c, ""))
    c = report(reg_in(date(2025, 2, 3), date(2025, 5, 30)), channel="来信")   # trap: written, clue not retyped
    c["举报线索"] = ""
    c["备注"] = "举报信原件存档"
    cases.append((c, ""))
    for _ in range(2):
        cases.append((consult(reg_in(date(2025, 1, 6), date(2025, 6, 27))), ""))
    # trap: one person both complains and reports about the same shop: two registrations
    c = complaint(reg_in(date(2025, 3, 3), date(2025, 4, 30)), mode="电话调解", outcome="调解成功", template=_C148[3])
    twin = report(c["登记时间"], real=True, channel=c["来源方式"])
    twin["登记时间"] = c["登记时间"] + timedelta(minutes=3)
    for h in ["诉求人", "联系电话", "通讯地址", "被诉（举报）主体名称", "被诉主体地址"]:
        twin[h] = c[h]
    twin["诉求内容"] = "反映该超市销售超过保质期的酸奶"
    twin["举报线索"] = "冷柜内同批次酸奶多盒已过保质期，举报人拍有照片"
    twin["备注"] = "与同日投诉分别处理"
    cases.append((c, ""))
    cases.append((twin, ""))

    # --- injected violations
    c = complaint(reg_in(date(2025, 2, 10), date(2025, 3, 14)), dec_wd=9, mode="电话调解", outcome="调解成功")
    c["受理告知日期"] = c["受理（立案）决定日期"]
    cases.append((c, "acceptance_decision_7wd"))
    c = complaint(_at(rng, date(2025, 6, 10)))
    still_open(c)
    c["受理情况"] = ""
    for h in ["受理（立案）决定日期", "受理告知日期", "调解方式", "委托调解单位", "调解通知日期", "调解日期", "处理结果",
              "终止调解原因", "办结日期", "终止告知日期", "调解书", "调解书制作日期", "即时履行", "调解记录",
              "挽回经济损失（元）", "发现违法线索", "核查延期"]:
        c[h] = ""
    c["备注"] = "承办人休假，待分送"
    cases.append((c, "acceptance_decision_7wd"))

    c = complaint(reg_in(date(2025, 1, 13), date(2025, 2, 21)), mode="电话调解", outcome="调解成功")
    c["办结日期"] = _wd_after(c["受理（立案）决定日期"], 50)
    c["调解日期"] = c["办结日期"]
    cases.append((c, "mediation_45wd"))
    c = complaint(reg_in(date(2025, 3, 10), date(2025, 3, 21)), mode="在线调解", outcome="调解成功")
    for h in ["办结日期", "调解书", "调解书制作日期", "即时履行", "调解记录", "挽回经济损失（元）"]:
        c[h] = ""
    c["处理结果"] = "调解中"
    c["备注"] = "商家多次承诺退款未兑现"
    cases.append((c, "mediation_45wd"))

    c = complaint(reg_in(date(2025, 2, 10), date(2025, 4, 11)), mode="电话调解", outcome="终止调解",
                  ground="双方分歧较大，无法达成调解协议")
    c["终止告知日期"] = _wd_after(c["办结日期"], 11)
    cases.append((c, "termination_notice_7wd"))

    c = complaint(reg_in(date(2025, 2, 10), date(2025, 4, 11)), mode="电话调解", outcome="调解成功")
    c["发现违法线索"] = "是"
    c["线索发现日期"] = c["调解日期"]
    c["线索核查日期"] = _wd_after(c["调解日期"], 21)
    c["备注"] = "调解中发现涉嫌无照经营，转执法核查"
    cases.append((c, "clue_check_15wd"))

    c = report(reg_in(date(2025, 1, 13), date(2025, 4, 30)), real=True, filed=True, notify_wd=8)
    cases.append((c, "reporter_notice_5wd"))
    c = report(reg_in(date(2025, 4, 7), date(2025, 4, 25)), real=True, filed=False)
    c["告知举报人日期"] = ""
    cases.append((c, "reporter_notice_5wd"))

    c = complaint(reg_in(date(2025, 1, 6), date(2025, 5, 30)), mode="电话调解", outcome="调解成功")
    c["来源方式"] = "12315热线"
    c["通讯地址"] = ""
    cases.append((c, "nine_complainant_address"))

    c = complaint(reg_in(date(2025, 1, 6), date(2025, 5, 30)), mode="现场调解", outcome="调解成功")
    c["调解通知日期"] = ""
    cases.append((c, "onsite_mediation_notice"))

    c = complaint(reg_in(date(2025, 1, 6), date(2025, 5, 30)), mode="现场调解", outcome="调解成功")
    c["调解书"] = "无"
    c["调解书制作日期"] = ""
    c["调解记录"] = "现场调解笔录1份"
    cases.append((c, "mediation_document"))

    c = complaint(reg_in(date(2025, 1, 6), date(2025, 5, 30)), mode="电话调解", outcome="调解成功")
    c["调解记录"] = ""
    cases.append((c, "mediation_record_without_document"))

    c = report(reg_in(date(2025, 1, 6), date(2025, 5, 30)), channel="12315热线", real=False)
    c["举报线索"] = ""
    cases.append((c, "non_written_report_recorded"))

    c = report(reg_in(date(2025, 1, 6), date(2025, 5, 30)), real=False, filed=False)
    c["属本局管辖"] = "否"
    c["被诉主体地址"] = f"南京市鼓楼区{rng.choice(['中山路', '湖南路', '汉中路'])}{rng.randint(1, 300)}号"
    c["备注"] = "被举报行为发生地在鼓楼区"
    cases.append((c, "refer_reporter_without_authority"))
    # trap beside it: the same situation handled right
    c = report(reg_in(date(2025, 1, 6), date(2025, 5, 30)), real=True, filed=False)
    c["属本局管辖"] = "否"
    c["被诉主体地址"] = f"南京市玄武区{rng.choice(['珠江路', '北京东路', '中山东路'])}{rng.randint(1, 300)}号"
    c["受理情况"] = "告知向有权部门举报"
    c["处理结果"] = "已告知"
    c["告知举报人日期"] = ""
    c["备注"] = "已告知向玄武区市场监管局举报"
    cases.append((c, ""))

    c = complaint(reg_in(date(2025, 1, 6), date(2025, 5, 30)), mode="电话调解", outcome="调解成功")
    c["消费日期"] = c["登记时间"].date().replace(year=c["登记时间"].year - 3) - timedelta(days=rng.randint(40, 120))
    cases.append((c, "over_three_years"))
    # trap beside it: just under three years
    c = complaint(reg_in(date(2025, 1, 6), date(2025, 5, 30)), mode="电话调解", outcome="调解成功")
    c["消费日期"] = c["登记时间"].date().replace(year=c["登记时间"].year - 3) + timedelta(days=rng.randint(10, 40))
    c["备注"] = "装修质量问题，保修期内"
    cases.append((c, ""))

    c = complaint(reg_in(date(2025, 1, 6), date(2025, 5, 30)), mode="电话调解", outcome="调解成功")
    c["代理投诉"] = "是"
    c["委托代理人"] = person_name(rng)
    c["委托材料"] = "授权委托书复印件"
    c["受托人身份证明"] = "已提供"
    cases.append((c, "proxy_materials_missing"))

    c = complaint(reg_in(date(2025, 1, 6), date(2025, 5, 30)), mode="电话调解", outcome="调解成功")
    c["诉求类别"] = "咨询"
    c["备注"] = "来电咨询退卡，按投诉登记调解"
    cases.append((c, "not_covered_activities"))

    c = complaint(reg_in(date(2025, 1, 6), date(2025, 5, 30)), mode="电话调解", outcome="调解成功")
    c["承办单位"] = _XIEHUI
    c["承办人"] = person_name(rng)
    cases.append((c, "complaint_by_county_amr"))

    # number the register in the order of registration
    cases.sort(key=lambda ci: ci[0]["登记时间"])
    seq_of_day: dict = {}
    for i, (c, _) in enumerate(cases, 1):
        d = c["登记时间"].date()
        seq_of_day[d] = seq_of_day.get(d, rng.randint(20, 200)) + rng.randint(1, 40)
        c["序号"] = i
        c["登记编号"] = f"320104{d:%Y%m%d}{seq_of_day[d]:05d}"
    if injected is not None:
        injected += [(c["登记编号"], inj) for c, inj in cases if inj]

    def dot(v):
        if isinstance(v, datetime):
            return f"{v.year}.{v.month}.{v.day} {v.hour}:{v.minute:02d}"
        if isinstance(v, date):
            return f"{v.year}.{v.month}.{v.day}"
        return v

    rows = [Case({h: dot(c[h]) for h in _H148}) for c, _ in cases]

    hand = {
        "procedure": "l2-samr-complaints-and-reports",
        "encoding": "gbk",
        "columns": {
            "登记编号": "case_number",
            "诉求类别": "category",
            "来源方式": "submission_form",
            "诉求人": "complainant",
            "联系电话": "contact_phone",
            "通讯地址": "address",
            "代理投诉": "by_proxy",
            "委托材料": "power_of_attorney_provided",
            "受托人身份证明": "agent_identity_provided",
            "被诉（举报）主体名称": "respondent_name",
            "被诉主体地址": "respondent_address",
            "诉求内容": "content",
            "投诉请求": "demand",
            "举报线索": "report_clue",
            "消费日期": "infringement_known_at",
            "属市场监管职责": "not_samr_duty",
            "属本局管辖": "no_handling_authority",
            "其他机构受理情况": "already_handled",
            "受理告知日期": "decision_notified_at",
            "调解方式": "mediation_mode",
            "委托调解单位": "mediate_by",
            "调解通知日期": "notify_mediation_at",
            "调解日期": "mediate_at",
            "送检日期": "testing_commissioned_at",
            "检测报告日期": "testing_completed_at",
            "处理结果": "mediation_outcome",
            "终止调解原因": "termination_ground",
            "终止告知日期": "notify_termination_at",
            "调解书制作日期": "make_mediation_document_at",
            "即时履行": "performed_immediately",
            "双方同意不制作调解书": "no_document_agreed",
            "调解记录": "mediation_record",
            "线索发现日期": "find_clue_at",
            "线索核查日期": "verify_clue_at",
            "核查延期": "check_extended",
            "实名举报": "real_name",
            "告知举报人日期": "notify_reporter_at",
        },
        "outcomes": {
            "诉求类别": {"date": "登记时间", "steps": {"投诉": "receive", "咨询": "receive", "举报": "receive_report"}},
            "受理情况": {"date": "受理（立案）决定日期", "by": "承办单位",
                     "steps": {"受理": "accept", "不予受理": "refuse", "立案": "decide_filing",
                               "不予立案": "decide_filing", "告知向有权部门举报": "refer_reporter"}},
            "处理结果": {"date": "办结日期", "steps": {"调解成功": "end_mediation", "终止调解": "end_mediation"}},
        },
        "values": {
            "category": {"投诉": "complaint", "举报": "report", "咨询": "consultation"},
            "submission_form": {"12315热线": "non_written", "来访": "non_written", "12315互联网平台": "written",
                                "来信": "written", "12345转办": "written"},
            "by_proxy": {"是": True, "否": False},
            "power_of_attorney_provided": {"授权委托书原件": True, "授权委托书复印件": False},
            "agent_identity_provided": {"已提供": True, "未提供": False},
            "not_samr_duty": {"是": False, "否": True},
            "no_handling_authority": {"是": False, "否": True},
            "already_handled": {"无": False, "区消协已受理": True, "法院已立案": True},
            "mediation_mode": {"现场调解": "onsite", "电话调解": "remote", "在线调解": "remote"},
            "mediation_outcome": {"调解成功": "agreement", "终止调解": "terminated", "调解中": "", "不予受理": "",
                                  "已立案": "", "不予立案": "", "已解答": "", "已告知": ""},
            "termination_ground": {
                "消费者撤回投诉": "withdrawn_or_settled", "双方自行和解": "withdrawn_or_settled",
                "被投诉人明确拒绝调解": "refused_mediation",
                "双方分歧较大，无法达成调解协议": "no_agreement_possible",
                "超45个工作日未达成调解协议": "period_expired",
                "受理后发现法院已受理同一争议": "ineligible_found",
            },
            "performed_immediately": {"是": True, "否": False},
            "no_document_agreed": {"是": True, "否": False},
            "check_extended": {"是": True, "否": False},
            "real_name": {"是": True, "否": False},
        },
        "roles": {
            **{suo: "county_amr" for suo in _SUOS},
            _KEBAO: "county_amr",
            _XIEHUI: "mediation_org",
            _RENTIAO: "mediation_org",
        },
    }
    return rows, hand


# --- 149: L6, a provincial telecom user appeal centre's case records -----------------------------------------------

_H149 = [
    "申诉编号", "收到申诉日期", "申诉方式", "申诉日期", "申诉人", "联系电话", "通信地址", "邮政编码", "被申诉企业",
    "被申诉企业地址", "被申诉企业所在省", "涉及号码", "申诉类别", "事项发生日期", "申诉要求", "申诉内容", "申诉人身份",
    "是否已向企业投诉", "企业投诉日期", "企业处理情况", "对企业处理结果", "被申诉人明确", "请求及事实具体", "已和解并履行",
    "重复申诉", "其他机构处理情况", "受理结论", "受理决定日期", "通知申诉人日期", "不予受理原因", "材料补齐日期",
    "转企业日期", "企业反馈日期", "调解结果", "答复申诉人日期", "办结日期", "承办人", "满意度", "备注",
]

_OPS149 = [
    # 被申诉企业, 地址, 所在省, 权重
    ("中国移动通信集团四川有限公司", "成都市高新区交子大道88号", "四川", 5),
    ("中国电信股份有限公司四川分公司", "成都市青羊区西御街68号", "四川", 4),
    ("中国联合网络通信有限公司四川省分公司", "成都市锦江区总府路33号", "四川", 3),
    ("中国广电四川网络股份有限公司", "成都市武侯区天府大道北段155号", "四川", 1),
]
_MVNO149 = ("北京京东叁佰陆拾度电子商务有限公司（京东通信）", "北京市北京经济技术开发区科创十一街18号", "北京")

_K149 = [
    # 申诉类别, 申诉内容, 申诉要求, 事项距申诉天数
    ("资费争议", "办理的59元套餐未经同意被变更为129元套餐，连续{m}个月多扣费用", "恢复原套餐并退还多扣费用{n}元",
     (20, 120)),
    ("增值业务扣费", "手机号被订购视频彩铃等增值业务，本人从未办理，每月扣费15元", "退订并退还全部扣费{n}元", (20, 120)),
    ("计费扣费", "宽带已于去年办理拆机，此后仍每月扣费", "停止扣费并退还{n}元", (30, 130)),
    ("网络质量", "家中5G信号差经常无服务，多次报障未解决", "解决信号问题或免违约金解除合约", (20, 200)),
    ("携号转网", "申请携号转网被告知存在合约限制，但合约已到期", "解除限制并办理携号转网", (10, 90)),
    ("营销宣传", "营业员宣传办理宽带送手机，实际是分期付款购机", "按宣传兑现或解除合约并退费{n}元", (20, 150)),
    ("服务质量", "装维人员上门安装宽带时损坏墙面且态度恶劣", "赔礼道歉并赔偿修复费用{n}元", (10, 90)),
]
_CITIES149 = ["成都市武侯区", "成都市金牛区", "成都市成华区", "绵阳市涪城区", "德阳市旌阳区", "南充市顺庆区",
              "宜宾市翠屏区", "乐山市市中区", "泸州市江阳区"]
_POST149 = {"成都市武侯区": "610041", "成都市金牛区": "610036", "成都市成华区": "610051", "绵阳市涪城区": "621000",
            "德阳市旌阳区": "618000", "南充市顺庆区": "637000", "宜宾市翠屏区": "644000", "乐山市市中区": "614000",
            "泸州市江阳区": "646000"}


def e149_l6_provincial_appeal_centre(rng, injected=None):
    """四川省电信用户申诉受理中心的申诉处理系统，按“案件导出”功能导出的 XLSX（一案一行）。日期是 Excel 的日期单元格
    （收到申诉日期带时分：网上申诉系统自动记时间，夜间和周末也收件）。

    读制度 YAML 之前写下的列（系统自己的叫法）：申诉编号、收到申诉日期、申诉方式、申诉人、联系电话、通信地址、邮政编码、
    被申诉企业、被申诉企业所在省、涉及号码、申诉类别、事项发生日期、申诉要求、是否已向企业投诉、企业投诉日期、
    企业处理情况、申诉人身份、受理结论、受理决定日期、通知申诉人日期、不予受理原因、转企业日期、企业反馈日期、调解结果、
    答复申诉人日期、办结日期、承办人、满意度、备注。

    读过制度 YAML 后补的列：申诉日期、被申诉企业地址、申诉内容、对企业处理结果、被申诉人明确、请求及事实具体、
    已和解并履行、重复申诉、其他机构处理情况、材料补齐日期。

    “受理结论”写受理 / 不予受理 / 告知先向企业投诉 / 政策咨询已解答，结论的日期在“受理决定日期”（手工映射：该日期即
    作出受理或者不予受理的决定；结论为受理、告知先向企业投诉的，同一日期也是受理、告知两环节的时间）。“满意度”是
    中心办结后回访申诉人对中心处理的评价，不是第十条（四）说的对企业处理结果的满意，手工映射不用它；后者在“对企业处理结果”。
    “申诉方式”为电话的，是接线员代录、没有书面申诉材料（手工映射把“电话”读作没有书面材料）。

    注入的违规（16 项）：
    - CK104 decide_5_working_days ×3：第 7、第 9 个工作日才作出决定各一件；6 月 19 日收到、截至导出未作决定一件；
    - CK104 reply_30_days ×2：受理后第 36 天才答复一件；5 月收到并受理、截至导出未答复一件；
    - CK105 fee_dispute_over_5_months ×1（收费争议，事项发生后约六个半月才申诉，却受理）；
    - CK105 fails_article_10_conditions ×2（对企业处理结果满意仍受理一件；非机主、无直接利害关系仍受理一件）；
    - CK105 settled_by_executed_agreement ×1、already_handled_by_appeal_body ×1（重复申诉仍受理）；
    - CK101 record_postcode ×2、written_form ×1（电话申诉无书面材料）；
    - CK101 ask_operator_response ×1（已向企业投诉，但没有记录企业是否处理答复）；
    - CK101 tell_user_to_complain_first ×1（未向企业投诉，却记为不予受理、没有告知先向企业投诉）；
    - CK101 reject_reason_given ×1（法院已立案，不予受理但没有写理由）。

    陷阱（不是违规）：周五收到、跨端午假期第 5 个工作日决定；周六收到的网上申诉第 5 个工作日决定；收到后 43 天才答复，
    但材料 3 月 20 日才补齐、从补齐起算 26 天；收费争议事项发生约四个半月申诉；其他申诉事项发生约二十个月申诉；
    企业 15 日内未答复（未记录满意与否）的申诉受理；收费争议超五个月、已和解并履行、重复申诉、消协已受理、非机主的申诉
    都正确不予受理并写明理由；未向企业投诉的，告知先向企业投诉并写明理由；虚拟运营商（住所在北京）的申诉；
    回访“满意度”为不满意或空白；信函申诉的申诉日期早于收到日期。
    """
    taken: set = set()
    officers = distinct_names(rng, 4, taken)
    cases = []   # (row, injected rule id or "")

    def base(recv, *, kind=None, op=None, channel=None):
        c = {h: "" for h in _H149}
        cat, content, demand, (lo, hi) = kind or rng.choice(_K149)
        op = op or pick(rng, [(o[:3], o[3]) for o in _OPS149])
        channel = channel or pick(rng, [("网上申诉", 8), ("微信公众号", 3), ("信函", 1)])
        c["收到申诉日期"] = recv
        c["申诉方式"] = channel
        c["申诉日期"] = recv.date() - timedelta(days=rng.randint(3, 6)) if channel == "信函" else recv.date()
        c["申诉人"] = person_name(rng)
        c["联系电话"] = mobile(rng)
        city = rng.choice(_CITIES149)
        c["通信地址"] = f"四川省{city}{rng.choice(['人民南路', '蜀汉路', '建设路', '临江路', '滨江路', '五一路'])}{rng.randint(1, 400)}号"
        c["邮政编码"] = _POST149[city]
        c["被申诉企业"], c["被申诉企业地址"], c["被申诉企业所在省"] = op
        c["涉及号码"] = mobile(rng)
        c["申诉类别"] = cat
        n, m = rng.randrange(30, 600, 10), rng.randint(2, 4)
        c["申诉内容"] = content.format(m=m)
        c["申诉要求"] = demand.format(n=n)
        c["事项发生日期"] = c["申诉日期"] - timedelta(days=rng.randint(lo, hi))
        c["申诉人身份"] = pick(rng, [("机主本人", 8), ("号码实际使用人", 1), ("机主委托代理", 1)])
        c["是否已向企业投诉"] = "是"
        c["企业投诉日期"] = c["事项发生日期"] + timedelta(days=rng.randint(1, 8))
        if rng.random() < 0.8:
            c["企业处理情况"] = "已答复"
            c["对企业处理结果"] = "不满意"
        else:
            c["企业处理情况"] = "15日内未答复"
            c["企业投诉日期"] = min(c["企业投诉日期"], c["申诉日期"] - timedelta(days=rng.randint(16, 25)))
        c["被申诉人明确"] = "是"
        c["请求及事实具体"] = "是"
        c["已和解并履行"] = "否"
        c["重复申诉"] = "否"
        c["其他机构处理情况"] = "无"
        c["承办人"] = rng.choice(officers)
        return c

    def accept(c, dec_wd=None, reply_days=None):
        d = _wd_after(c["收到申诉日期"].date(), dec_wd if dec_wd is not None else rng.randint(1, 4))
        c["受理结论"] = "受理"
        c["受理决定日期"] = d
        c["通知申诉人日期"] = d if rng.random() < 0.8 else _wd_after(d, 1)
        c["转企业日期"] = d
        c["企业反馈日期"] = d + timedelta(days=rng.randint(3, 10))
        reply = c["收到申诉日期"].date() + timedelta(days=reply_days or rng.randint(9, 28))
        reply = max(reply, c["企业反馈日期"] + timedelta(days=1))
        c["调解结果"] = pick(rng, [("调解成功", 6), ("企业已解决", 3), ("调解不成", 2)])
        c["答复申诉人日期"] = reply
        c["办结日期"] = reply
        c["满意度"] = pick(rng, [("满意", 5), ("基本满意", 3), ("不满意", 1), ("", 1)])
        return c

    def refuse(c, reason, conclusion="不予受理"):
        d = _wd_after(c["收到申诉日期"].date(), rng.randint(1, 4))
        c["受理结论"] = conclusion
        c["受理决定日期"] = d
        c["通知申诉人日期"] = d
        c["不予受理原因"] = reason
        c["办结日期"] = d
        return c

    def still_open(c):
        for h in ["受理决定日期", "通知申诉人日期", "转企业日期", "企业反馈日期", "答复申诉人日期", "办结日期"]:
            if isinstance(c[h], date) and c[h] > LAST:
                c[h] = ""
        if not c["答复申诉人日期"]:
            c["调解结果"], c["满意度"], c["办结日期"] = "", "", ""

    def recv_in(lo, hi, weekends=True):
        while True:
            d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
            if weekends or workday(d):
                return datetime(d.year, d.month, d.day, rng.randint(7, 22), rng.randint(0, 59))

    # ordinary accepted appeals
    for _ in range(13):
        c = accept(base(recv_in(date(2025, 1, 6), date(2025, 6, 20))))
        still_open(c)
        cases.append((c, ""))
    # traps
    c = accept(base(datetime(2025, 5, 30, 16, 40)), dec_wd=5)          # Friday before the Dragon Boat holiday
    cases.append((c, ""))
    c = accept(base(datetime(2025, 3, 15, 10, 5), channel="网上申诉"), dec_wd=5)   # a Saturday
    cases.append((c, ""))
    c = accept(base(datetime(2025, 3, 3, 9, 30), channel="信函"), reply_days=43)
    c["材料补齐日期"] = date(2025, 3, 20)
    c["备注"] = "申诉人3月20日补充提交话费清单"
    cases.append((c, ""))
    fee = _K149[0]
    c = base(recv_in(date(2025, 2, 3), date(2025, 5, 30)), kind=fee)
    c["事项发生日期"] = c["申诉日期"] - timedelta(days=rng.randint(132, 140))
    c["企业投诉日期"] = c["事项发生日期"] + timedelta(days=3)
    cases.append((accept(c), ""))
    c = base(recv_in(date(2025, 2, 3), date(2025, 5, 30)), kind=_K149[3])
    c["事项发生日期"] = c["申诉日期"] - timedelta(days=rng.randint(590, 620))
    c["企业投诉日期"] = c["申诉日期"] - timedelta(days=40)
    c["备注"] = "信号问题持续至今"
    cases.append((accept(c), ""))
    c = base(recv_in(date(2025, 1, 6), date(2025, 5, 30)), op=_MVNO149)
    cases.append((accept(c), ""))
    c = base(recv_in(date(2025, 1, 6), date(2025, 5, 30)))
    c["企业处理情况"] = "15日内未答复"
    c["对企业处理结果"] = ""
    c["企业投诉日期"] = c["申诉日期"] - timedelta(days=20)
    cases.append((accept(c), ""))
    # correctly refused or referred
    c = base(recv_in(date(2025, 1, 6), date(2025, 6, 13)), kind=fee)
    c["事项发生日期"] = c["申诉日期"] - timedelta(days=rng.randint(200, 230))
    c["企业投诉日期"] = c["申诉日期"] - timedelta(days=30)
    cases.append((refuse(c, "收费争议，申诉事项发生时距提起申诉时超过五个月"), ""))
    c = base(recv_in(date(2025, 1, 6), date(2025, 6, 13)))
    c["已和解并履行"] = "是"
    cases.append((refuse(c, "已与企业达成和解协议并已执行"), ""))
    c = base(recv_in(date(2025, 1, 6), date(2025, 6, 13)))
    c["重复申诉"] = "是"
    cases.append((refuse(c, "同一事项本中心已受理处理，属重复申诉"), ""))
    c = base(recv_in(date(2025, 1, 6), date(2025, 6, 13)))
    c["其他机构处理情况"] = "消协已受理"
    cases.append((refuse(c, "同一事项消费者协会已受理"), ""))
    c = base(recv_in(date(2025, 1, 6), date(2025, 6, 13)))
    c["申诉人身份"] = "非机主"
    cases.append((refuse(c, "申诉人与申诉事项无直接利害关系（非机主）"), ""))
    for _ in range(2):
        c = base(recv_in(date(2025, 1, 6), date(2025, 6, 13)))
        c["是否已向企业投诉"] = "否"
        c["企业投诉日期"] = c["企业处理情况"] = c["对企业处理结果"] = ""
        cases.append((refuse(c, "未先向被申诉企业投诉，已告知先向企业投诉", "告知先向企业投诉"), ""))
    c = base(recv_in(date(2025, 1, 6), date(2025, 6, 13)), kind=_K149[4])
    c["申诉要求"] = "询问携号转网的办理条件和合约限制的规定"
    cases.append((refuse(c, "属政策咨询，已电话解答", "政策咨询已解答"), ""))

    # --- injected violations
    for wd in (7, 9):
        c = accept(base(recv_in(date(2025, 2, 10), date(2025, 5, 16), weekends=False)), dec_wd=wd)
        cases.append((c, "decide_5_working_days"))
    c = base(datetime(2025, 6, 19, 14, 25))
    c["备注"] = "待补充材料"
    cases.append((c, "decide_5_working_days"))

    c = accept(base(recv_in(date(2025, 1, 13), date(2025, 4, 30))), reply_days=36)
    cases.append((c, "reply_30_days"))
    c = accept(base(recv_in(date(2025, 5, 6), date(2025, 5, 16))))
    for h in ["答复申诉人日期", "办结日期", "调解结果", "满意度"]:
        c[h] = ""
    c["备注"] = "企业未反馈，已催办"
    cases.append((c, "reply_30_days"))

    c = base(recv_in(date(2025, 2, 3), date(2025, 5, 30)), kind=_K149[1])
    c["事项发生日期"] = c["申诉日期"] - timedelta(days=rng.randint(195, 205))
    c["企业投诉日期"] = c["申诉日期"] - timedelta(days=25)
    cases.append((accept(c), "fee_dispute_over_5_months"))

    c = base(recv_in(date(2025, 1, 6), date(2025, 5, 30)))
    c["企业处理情况"] = "已答复"
    c["对企业处理结果"] = "满意"
    cases.append((accept(c), "fails_article_10_conditions"))
    c = base(recv_in(date(2025, 1, 6), date(2025, 5, 30)))
    c["申诉人身份"] = "非机主"
    c["备注"] = "替邻居反映"
    cases.append((accept(c), "fails_article_10_conditions"))

    c = base(recv_in(date(2025, 1, 6), date(2025, 5, 30)))
    c["已和解并履行"] = "是"
    cases.append((accept(c), "settled_by_executed_agreement"))
    c = base(recv_in(date(2025, 1, 6), date(2025, 5, 30)))
    c["重复申诉"] = "是"
    cases.append((accept(c), "already_handled_by_appeal_body"))

    for _ in range(2):
        c = accept(base(recv_in(date(2025, 1, 6), date(2025, 5, 30)), channel="微信公众号"))
        c["邮政编码"] = ""
        cases.append((c, "record_postcode"))
    c = accept(base(recv_in(date(2025, 1, 6), date(2025, 5, 30), weekends=False), channel="电话"))
    c["备注"] = "来电代录"
    cases.append((c, "written_form"))

    c = accept(base(recv_in(date(2025, 1, 6), date(2025, 5, 30))))
    c["企业处理情况"] = ""
    c["对企业处理结果"] = ""
    cases.append((c, "ask_operator_response"))

    c = base(recv_in(date(2025, 1, 6), date(2025, 6, 13)))
    c["是否已向企业投诉"] = "否"
    c["企业投诉日期"] = c["企业处理情况"] = c["对企业处理结果"] = ""
    cases.append((refuse(c, "未先向被申诉企业投诉"), "tell_user_to_complain_first"))

    c = base(recv_in(date(2025, 1, 6), date(2025, 6, 13)))
    c["其他机构处理情况"] = "法院已立案"
    refuse(c, "")
    cases.append((c, "reject_reason_given"))

    cases.sort(key=lambda ci: ci[0]["收到申诉日期"])
    seq = rng.randint(100, 300)
    for c, _ in cases:
        seq += rng.randint(3, 25)
        c["申诉编号"] = f"51SS{c['收到申诉日期']:%Y%m%d}{seq:04d}"
    if injected is not None:
        injected += [(c["申诉编号"], inj) for c, inj in cases if inj]
    rows = [Case({h: c[h] for h in _H149}) for c, _ in cases]

    hand = {
        "procedure": "l6-telecom-user-appeals-2016",
        "columns": {
            "申诉编号": "case_number",
            "收到申诉日期": "receive_at",
            "申诉方式": "written_appeal",
            "申诉日期": "appeal_at",
            "申诉人": "complainant",
            "联系电话": "contact_phone",
            "通信地址": "address",
            "邮政编码": "postcode",
            "被申诉企业": "respondent_name",
            "被申诉企业地址": "respondent_address",
            "申诉类别": "category",
            "事项发生日期": "incident_at",
            "申诉要求": "demand",
            "申诉内容": "grounds",
            "申诉人身份": "direct_interest",
            "是否已向企业投诉": "complained_to_operator",
            "企业投诉日期": "complain_to_operator_at",
            "企业处理情况": "operator_handled",
            "对企业处理结果": "satisfaction",
            "被申诉人明确": "respondent_identified",
            "请求及事实具体": "specific_request",
            "已和解并履行": "settlement_executed",
            "重复申诉": "handled_by_appeal_body",
            "其他机构处理情况": "handled_elsewhere",
            "受理决定日期": "decide_at",
            "不予受理原因": "reject_reason",
            "材料补齐日期": "all_materials_received_at",
            "答复申诉人日期": "reply_at",
        },
        "outcomes": {
            "受理结论": {"date": "受理决定日期",
                     "steps": {"受理": "accept", "告知先向企业投诉": "refer_to_operator"}},
        },
        "values": {
            "written_appeal": {"电话": ""},
            "category": {"资费争议": "fee_dispute", "增值业务扣费": "fee_dispute", "计费扣费": "fee_dispute",
                         "网络质量": "other", "携号转网": "other", "营销宣传": "other", "服务质量": "other"},
            "direct_interest": {"机主本人": "yes", "号码实际使用人": "yes", "机主委托代理": "yes", "非机主": "no"},
            "complained_to_operator": {"是": "yes", "否": "no"},
            "operator_handled": {"已答复": "yes", "15日内未答复": "no"},
            "satisfaction": {"满意": "satisfied", "不满意": "unsatisfied"},
            "respondent_identified": {"是": "yes", "否": "no"},
            "specific_request": {"是": "yes", "否": "no"},
            "settlement_executed": {"是": "yes", "否": "no"},
            "handled_by_appeal_body": {"是": "yes", "否": "no"},
            "handled_elsewhere": {"无": "no", "消协已受理": "yes", "法院已立案": "yes"},
        },
    }
    return rows, hand


EXPORTS = [
    ("148-l2-district-amr-register.csv", "gbk", e148_l2_district_amr_register),
    ("149-l6-provincial-appeal-centre.xlsx", "xlsx", e149_l6_provincial_appeal_centre),
]
