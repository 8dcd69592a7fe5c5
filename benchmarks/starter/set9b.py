"""Starter-profile benchmark exports 51-53 (set 9b), written without reading the mapping guesser or its vocabulary.

Drafted from the source texts BEFORE opening the procedure YAML:

51 (L2, 市场监督管理投诉举报处理暂行办法) - a district 市场监督管理局's 投诉举报登记台账 exported to XLSX, real date cells:
   登记编号, 登记时间, 来源渠道(全国12315平台/12315热线/来信/来访(窗口)/传真/上级转办), 件类(投诉/举报/投诉+举报),
   投诉(举报)人, 联系电话, 通讯地址, 被投诉(举报)人名称, 被投诉人地址, 诉求内容, 商品服务类别, 承办单位(各市场监管所/
   消保科/执法大队), 分送时间, 受理决定(受理/不予受理), 决定日期, 告知日期, 不予受理理由, 调解方式(现场/电话/网络/委托消协),
   调解结果(达成协议/终止调解/撤回投诉/自行和解), 办结日期, 终止告知日期, 是否实名, 立案情况(立案/不予立案), 立案决定日期,
   告知举报人日期, 检测鉴定天数, 挽回经济损失(元), 承办人, 备注.
52 (S41, 工程质量投诉管理制度) - a construction bureau branch's 业主投诉问题记录台账, GBK CSV, dotted dates:
   记录编号, 接收时间, 投诉来源(业主来电/来访/书面/局领导转办/总部部门转办/政府转办), 接收部门(局工程管理部/分公司工程质保部),
   登记人, 项目名称, 楼栋房号, 业主姓名, 联系电话, 投诉内容, 问题类别(渗漏/裂缝/空鼓/门窗/给排水/电气/外墙), 通知项目经理时间,
   现场核实时间, 核实部门, 问题性质(通病/小组易解决/材料采购问题/非质量问题), 处理方式(质保部按不合格品控制程序/物资部调换/
   处理小组处理), 处理完成时间, 业主签字确认(是/否), 回访时间, 回访方式, 书面报局(是/否/不适用), 费用(元), 备注.
53 (S21, ISO13485 顾客投诉处置程序) - a device distributor's 顾客投诉登记表 export, UTF-8-BOM CSV, day-first dates:
   投诉单号, 接收日期, 接收人, 接收部门, 客户名称(医院), 联系人, 联系电话, 反馈途径(电话/邮件/上门/经销商转达), 产品名称,
   规格型号, 注册证号, 生产批号, 数量, 投诉描述, 登记日期, 资料核实, 评价结论(构成投诉/不构成投诉), 评价日期, 评价人,
   是否需上报监管, 上报日期, 处理部门(质量部/生技部), 处理措施(退货/换货/维修/解释说明), 处理完成日期, 总经理审批,
   客户满意度, 备注.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import chinese_calendar
from make_exports import START, Case, day_first, dotted, later, pick

HERE = Path(__file__).resolve().parent
AS_OF = datetime(2025, 7, 1)


# --- working days (statutory holidays and 调休 from chinese-calendar, as the checker uses) ----------------------

def wd_date(t: datetime, k: int) -> date:
    """The k-th working day after t's day (counting starts the next day)."""
    d = t.date()
    n = 0
    while n < k:
        d += timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n += 1
    return d


def at_wd(t: datetime, k: int, rng: random.Random, h0: int = 9, h1: int = 17) -> datetime:
    """A time in office hours on the k-th working day after t (k=0: later the same day, or t itself)."""
    if k == 0:
        return t + timedelta(minutes=rng.randint(20, 150))
    d = wd_date(t, k)
    return datetime(d.year, d.month, d.day, rng.randint(h0, h1 - 1), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))


def workday_between(rng: random.Random, d0: date, d1: date) -> datetime:
    while True:
        d = d0 + timedelta(days=rng.randint(0, (d1 - d0).days))
        if chinese_calendar.is_workday(d):
            return datetime(d.year, d.month, d.day, rng.randint(8, 16), rng.randint(0, 59))


def office(t: datetime, rng: random.Random) -> datetime:
    """Moves a time outside 08:00-18:30 to the next morning (people record things in office hours)."""
    if t is None:
        return None
    if t.hour < 8:
        return t.replace(hour=8, minute=rng.randint(0, 59))
    if t.hour > 18 or (t.hour == 18 and t.minute > 30):
        n = t + timedelta(days=1)
        return n.replace(hour=8, minute=rng.randint(0, 59))
    return t


def later_office(t, rng, lo_h, hi_h):
    return office(later(t, rng, lo_h, hi_h), rng)


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志明海燕春梅晓东文博宇浩然欣怡子涵雨"


def person(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def mobile(rng):
    return f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(10_000_000, 99_999_999)}"


# ================================================================================================================
# 51 — L2 市场监督管理投诉举报处理暂行办法: a district 市场监督管理局's 投诉举报登记台账 (XLSX, real date cells)
# ================================================================================================================

L2_OFFICES = ["城东市场监管所", "城西市场监管所", "新港市场监管所", "高新区市场监管所", "区局消费者权益保护科"]
L2_RESPONDENTS = [
    ("鑫悦百货有限公司", "建设路118号"), ("好邻居便利店", "文化街22号"), ("速达电器商行", "人民路301号"),
    ("丽人美容美发店", "学府路9号附3号"), ("乐享健身会所", "滨河大道66号3楼"), ("佳家家居建材城", "工业园区纬二路8号"),
    ("鸿运汽车销售服务有限公司", "汽车城东区12号"), ("小象教育培训中心", "中山路45号5楼"), ("一品鲜餐饮店", "美食街17号"),
    ("优品手机专卖店", "步行街88号"), ("康宁大药房连锁店", "解放路210号"), ("阳光装饰工程有限公司", "世纪大道1008号"),
    ("宏图旅行社有限公司", "商贸中心B座1202"), ("洁净洗衣店", "幸福小区门面6号"), ("宜居物业服务有限公司", "锦绣花园物业楼"),
]
L2_MATTERS = [   # (facts, demand, 商品服务类别, respondents)
    ("购买的洗衣机使用一周后不脱水，商家拒绝退换", "退货退款", "家用电器", ["速达电器商行", "鑫悦百货有限公司"]),
    ("办理的健身年卡会所停业，剩余次数无法使用", "退还剩余预付款", "预付式消费", ["乐享健身会所"]),
    ("餐后发现菜品中有异物", "赔偿并道歉", "餐饮服务", ["一品鲜餐饮店"]),
    ("美发店办卡时承诺的折扣未兑现", "按承诺折扣结算或退卡", "美容美发", ["丽人美容美发店"]),
    ("新车交付时发现车漆有修补痕迹，销售未告知", "更换车辆或赔偿", "汽车及零部件", ["鸿运汽车销售服务有限公司"]),
    ("家装完工后墙面开裂，商家不予维修", "免费返修", "装饰装修", ["阳光装饰工程有限公司", "佳家家居建材城"]),
    ("购买的手机为翻新机", "退一赔三", "通讯器材", ["优品手机专卖店"]),
    ("培训机构停课不退费", "退还未上课时费用", "教育培训", ["小象教育培训中心"]),
    ("报名旅游团行程被擅自压缩", "退还差价", "旅游服务", ["宏图旅行社有限公司"]),
    ("送洗的羊绒大衣缩水变形", "照价赔偿", "洗染服务", ["洁净洗衣店"]),
    ("购买的食品超过保质期", "退款并赔偿", "食品", ["好邻居便利店", "鑫悦百货有限公司"]),
    ("药店销售的保健品宣传可治疗疾病", "退款", "保健食品", ["康宁大药房连锁店"]),
]
L2_CLUES = ["销售过期食品", "无照经营", "虚假宣传保健品功效", "价格欺诈（先提价后打折）", "销售无中文标签进口食品",
            "使用未经检定的电子秤", "发布违法医疗广告", "销售假冒注册商标商品"]


def e51_l2_district_register(rng, injected=None):
    """市场监管局（区级）投诉举报登记台账，按 L2《市场监督管理投诉举报处理暂行办法》。
    Plays a district 市场监督管理局's 12315 complaint/report register, exported to XLSX with real date cells (every
    time column is an Excel datetime; 权益受损知悉日期, 送检日期 and 检测报告日期 are dates). One row per item
    (投诉, 举报, 咨询, 收费问题); 承办单位 is the 市场监管所 or 区局科室 that signed for it.

    Added after reading the procedure (not in the first draft): 投诉请求 split from 诉求内容 (demand vs facts);
    权益受损知悉日期; 他处已受理; 授权委托书原件 / 受托人身份证明 (the draft only had 是否委托代理); 调解主持;
    现场调解通知时间; 调解时间; 送检日期 / 检测报告日期 (replacing the draft's 检测鉴定天数); 终止情形; 调解书制作时间;
    即时履行; 同意不制作调解书; 调解记录; 线索发现时间 / 线索核查时间 / 核查延期; 举报形式; 线索摘要; 非本局管辖; 告知另行举报时间.

    Reading: the 市场监管所 (the bureau's 派出机构) and 区局消费者权益保护科 handle complaints in the district bureau's name,
    so they are county_amr; 区12345热线分中心 is the intake office, 区消费者协会 an entrusted mediator, 被投诉经营者 the
    respondent. 诉求类型 gives both the category and, with 签收时间/承办单位, which intake step (收到投诉 or 收到举报);
    受理决定 with 决定时间/承办单位 gives 受理 or 不予受理 (“按咨询答复” is neither). `mapping --check` exits 3: the
    register has no 处理权限争议 columns, no 办理部门 for the clue/notice/filing steps, and no columns for 不属于职责,
    非生活消费 or 其他不予受理情形.

    Injected (each deliberate; the rest of the cases keep every deadline with a margin):
    - decision (受理/不予受理) told to the complainant after 7 working days: 2 accepted cases and 1 refused case;
      1 accepted case whose 告知投诉人时间 was never filled (overdue by the as-of date);
    - mediation ended more than 45 working days after acceptance with no testing: 2 cases; 1 accepted case in March
      still without 办结时间 on 2025-07-01; (not violations: 1 case over 45 days only because of a 送检 period,
      1 case terminated for 超过45个工作日未达成协议);
    - 终止调解 told to the parties after 7 working days: 2 cases;
    - 现场调解 without 现场调解通知时间: 1; 现场调解达成协议, not performed at once, no 调解书: 1;
      非现场调解达成协议 with neither 调解书 nor 调解记录: 1;
    - 违法线索 checked after 15 working days without 核查延期: 1 (not a violation: 1 extended case checked within 30);
    - 举报: 电话（非书面）举报 without 线索摘要: 1; 实名举报 told after 5 working days: 2 (anonymous reports have no
      告知 and are fine); 非本局管辖 without 告知另行举报时间: 1;
    - accepted complaints missing 通讯地址: 1, missing 被投诉人经营地址: 1;
    - accepted although ineligible: 权益受损知悉日期 more than three years before 签收: 1; 委托代理 without 授权委托书原件: 1;
      a 咨询 item 受理 as a complaint: 1; 他处已受理 = 是 and mediated to agreement: 1 (not a violation: 1 such case
      terminated with 终止情形 “受理后发现不予受理情形”); a 收费问题 item 不予受理 is fine;
    - 调解时间 before 决定时间 (mediated before acceptance was decided): 1;
    - 承办单位 = 区12345热线分中心 (the intake office, not a handling office) for a complaint it signed for, accepted and
      mediated itself: 1 case, three routing findings (receive, accept, mediate);
    - 调解主持 = 被投诉经营者 (merchant told to settle it himself, recorded as the mediator): 1;
    - a repeated 登记编号: 1.
    """
    inj = injected if injected is not None else []
    kinds = (["agree_onsite"] * 11 + ["agree_remote"] * 12 + ["terminate"] * 7 + ["open"] * 5 + ["refuse"] * 5
             + ["report"] * 8 + ["clue"] * 2
             + ["late_decision"] * 2 + ["late_refuse_notice", "no_decision_notice", "late_mediation", "late_mediation",
                                        "testing_ok", "open_overdue", "expired_terminated", "late_term_notice",
                                        "late_term_notice", "onsite_no_notice", "no_document", "no_record",
                                        "clue_late", "clue_ext_ok", "report_oral_no_clue", "report_late_notice",
                                        "report_late_notice", "report_anonymous", "report_no_authority",
                                        "report_referred", "missing_address", "missing_resp_addr", "over_3y",
                                        "proxy_no_poa", "proxy_ok", "consult_accepted", "consult_answered",
                                        "already_handled_accepted", "already_handled_terminated", "fee_refused",
                                        "out_of_order", "intake_centre", "respondent_mediates"])
    rng.shuffle(kinds)
    rows = []
    for kind in kinds:
        is_report = kind.startswith("report")
        mediation_kind = kind not in ("refuse", "late_refuse_notice", "fee_refused", "consult_answered",
                                      "open", "open_overdue") and not is_report
        if kind == "open":
            sign = workday_between(rng, date(2025, 5, 19), date(2025, 6, 20))
        elif kind in ("open_overdue", "late_mediation", "expired_terminated", "testing_ok"):
            sign = workday_between(rng, START.date(), date(2025, 3, 28))
        elif mediation_kind or kind == "clue_late":
            sign = workday_between(rng, START.date(), date(2025, 4, 25))
        else:
            sign = workday_between(rng, START.date(), date(2025, 6, 13))
        channel = pick(rng, [("全国12315平台", 55), ("12315热线", 25), ("来信", 6), ("来访（窗口）", 8),
                             ("12345热线转办", 6)])
        logged = sign - timedelta(hours=rng.uniform(2, 40))
        office = rng.choice(L2_OFFICES)
        matter, demand, goods, sellers = rng.choice(L2_MATTERS)
        resp, resp_addr = rng.choice(L2_RESPONDENTS)
        if not is_report:
            seller = rng.choice(sellers)
            resp, resp_addr = next(r for r in L2_RESPONDENTS if r[0] == seller)
        name = person(rng)
        c = Case()
        c["登记编号"] = None
        c["登记时间"] = logged.replace(second=0, microsecond=0)
        c["来源渠道"] = channel
        c["诉求类型"] = "举报" if is_report else "投诉"
        c["投诉（举报）人"] = name
        c["联系电话"] = mobile(rng)
        c["通讯地址"] = f"本区{rng.choice(['金桂', '翠湖', '锦绣', '滨江', '和平'])}小区{rng.randint(1, 30)}栋{rng.randint(1, 6)}0{rng.randint(1, 4)}室"
        c["是否委托代理"] = "否"
        c["授权委托书原件"] = None
        c["受托人身份证明"] = None
        c["被投诉（举报）人"] = resp
        c["经营地址"] = resp_addr
        c["诉求内容"] = matter
        c["投诉请求"] = demand
        c["商品服务类别"] = goods
        c["权益受损知悉日期"] = datetime(sign.year, sign.month, sign.day) - timedelta(days=rng.randint(3, 60))
        c["他处已受理"] = "否"
        c["承办单位"] = office
        c["签收时间"] = sign
        for h in ("受理决定", "决定时间", "告知投诉人时间", "不予受理理由", "调解方式", "调解主持", "现场调解通知时间",
                  "调解时间", "送检日期", "检测报告日期", "调解结果", "终止情形", "办结时间", "终止告知时间",
                  "调解书制作时间", "即时履行", "同意不制作调解书", "调解记录", "挽回经济损失（元）", "线索发现时间", "线索核查时间",
                  "核查延期", "举报形式", "线索摘要", "实名", "立案情况", "立案决定时间", "告知举报人时间",
                  "非本局管辖", "告知另行举报时间", "承办人", "备注"):
            c[h] = None
        c["承办人"] = person(rng)
        c["非本局管辖"] = "否"
        c.kind = kind
        rows.append(c)

        if is_report:
            clue = rng.choice(L2_CLUES)
            c["诉求内容"] = f"反映{resp}{clue}"
            c["商品服务类别"] = None
            c["投诉请求"] = "依法查处"
            c["权益受损知悉日期"] = None
            oral = channel in ("12315热线", "12345热线转办") or kind == "report_oral_no_clue"
            if kind == "report_oral_no_clue":
                c["来源渠道"] = "12315热线"
            c["举报形式"] = "电话/口头" if oral else "书面材料"
            c["线索摘要"] = None if kind == "report_oral_no_clue" else f"{clue}，时间地点见附件"
            real = kind in ("report_late_notice", "report_no_authority", "report_referred") or (
                kind == "report" and rng.random() < 0.6)
            if kind == "report_anonymous":
                real = False
            c["实名"] = "实名" if real else "匿名"
            if not real:
                c["投诉（举报）人"] = None
                c["联系电话"] = None
                c["通讯地址"] = None
            if kind in ("report_no_authority", "report_referred"):
                c["非本局管辖"] = "是"
                c["经营地址"] = "外区" + resp_addr
                if kind == "report_referred":
                    c["告知另行举报时间"] = at_wd(sign, rng.randint(1, 3), rng)
                    c["备注"] = "被举报人住所地在外区，已告知向其所在地市场监管局举报"
                else:
                    c["备注"] = "非本局管辖"
                    inj.append((c, "refer_reporter_without_authority"))
                continue
            dec = at_wd(sign, rng.randint(5, 14), rng)
            c["立案情况"] = rng.choice(["立案", "立案", "不予立案"])
            c["立案决定时间"] = dec
            if real:
                if kind == "report_late_notice":
                    c["告知举报人时间"] = at_wd(dec, rng.randint(8, 12), rng)
                    inj.append((c, "reporter_notice_5wd"))
                else:
                    c["告知举报人时间"] = at_wd(dec, rng.randint(1, 4), rng)
            if kind == "report_oral_no_clue":
                inj.append((c, "non_written_report_recorded"))
            continue

        # --- complaints and items registered through the complaint intake
        if kind in ("consult_accepted", "consult_answered"):
            c["诉求类型"] = "咨询"
            c["诉求内容"] = rng.choice(["咨询网购七日无理由退货的规定", "咨询预付卡退费的办理途径"])
            c["投诉请求"] = "请求答复"
        if kind == "fee_refused":
            c["诉求类型"] = "收费问题"
            c["诉求内容"] = "反映街道办收取的占道经营管理费过高"
            c["投诉请求"] = "要求退还管理费"
            c["被投诉（举报）人"] = "某街道办事处"
            c["经营地址"] = "解放路1号"
        if kind == "proxy_ok":
            c["是否委托代理"] = "是"
            c["授权委托书原件"] = "已提交"
            c["受托人身份证明"] = "已提交"
        if kind == "proxy_no_poa":
            c["是否委托代理"] = "是"
            c["授权委托书原件"] = "未提交"
            c["受托人身份证明"] = "已提交"
            inj.append((c, "proxy_materials_missing"))
        if kind == "over_3y":
            c["权益受损知悉日期"] = datetime(2021, rng.randint(1, 12), rng.randint(1, 28))
            inj.append((c, "over_three_years"))
        if kind in ("already_handled_accepted", "already_handled_terminated"):
            c["他处已受理"] = "是"
            if kind == "already_handled_accepted":
                inj.append((c, "already_handled_elsewhere"))
        if kind == "consult_accepted":
            inj.append((c, "not_covered_activities"))
        if kind == "intake_centre":
            c["承办单位"] = "区12345热线分中心"
            inj.append((c, "step-receive"))
            inj.append((c, "complaint_by_county_amr"))
            inj.append((c, "mediation_chaired_by_amr_or_entrusted"))   # it also chaired the mediation itself

        if kind in ("refuse", "late_refuse_notice", "fee_refused", "consult_answered"):
            dec = at_wd(sign, rng.randint(1, 5), rng)
            if kind == "consult_answered":
                c["受理决定"] = "按咨询答复"
                c["决定时间"] = dec
                c["告知投诉人时间"] = dec + timedelta(minutes=rng.randint(10, 90))
                continue
            c["受理决定"] = "不予受理"
            c["决定时间"] = dec
            c["不予受理理由"] = {"fee_refused": "属行政事业性收费问题，告知按信访途径反映"}.get(kind, rng.choice(
                ["不能证明与被投诉人存在消费者权益争议", "消费者协会已受理同一争议", "非生活消费需要"]))
            if kind == "late_refuse_notice":
                c["告知投诉人时间"] = at_wd(sign, rng.randint(9, 12), rng)
                inj.append((c, "acceptance_decision_7wd"))
            else:
                c["告知投诉人时间"] = at_wd(dec, rng.randint(0, 1), rng)
                if c["告知投诉人时间"].date() > wd_date(sign, 7):
                    c["告知投诉人时间"] = dec + timedelta(minutes=30)
            continue

        # accepted
        c["受理决定"] = "受理"
        if kind == "late_decision":
            acc = at_wd(sign, rng.randint(8, 11), rng)
            c["告知投诉人时间"] = acc + timedelta(minutes=rng.randint(20, 120))
            inj.append((c, "acceptance_decision_7wd"))
        else:
            acc = at_wd(sign, rng.randint(1, 5), rng)
            c["告知投诉人时间"] = acc + timedelta(minutes=rng.randint(20, 120))
        c["决定时间"] = acc
        if kind == "no_decision_notice":
            c["告知投诉人时间"] = None
            inj.append((c, "acceptance_decision_7wd"))
        if kind == "missing_address":
            c["通讯地址"] = None
            inj.append((c, "nine_complainant_address"))
        if kind == "missing_resp_addr":
            c["经营地址"] = None
            inj.append((c, "nine_respondent_address"))

        if kind in ("open", "open_overdue"):
            if rng.random() < 0.5 or kind == "open_overdue":
                c["调解方式"] = "电话调解"
                c["调解主持"] = c["承办单位"]
                c["调解时间"] = at_wd(acc, rng.randint(2, 6), rng)
                c["调解记录"] = "双方分歧较大，约定再次调解"
            if kind == "open_overdue":
                c["备注"] = "被投诉人多次推诿，待再次调解"
                inj.append((c, "mediation_45wd"))
            continue

        onsite = kind in ("agree_onsite", "onsite_no_notice", "no_document") or (
            kind in ("terminate", "late_term_notice", "late_mediation", "testing_ok") and rng.random() < 0.4)
        c["调解方式"] = "现场调解" if onsite else rng.choice(["电话调解", "在线调解", "视频调解"])
        c["调解主持"] = pick(rng, [(c["承办单位"], 80), ("区消费者协会", 20)])
        if kind == "respondent_mediates":
            c["调解主持"] = "被投诉经营者"
            inj.append((c, "mediation_chaired_by_amr_or_entrusted"))
        if kind == "out_of_order":
            med = at_wd(sign, 1, rng, 9, 11)
            acc = at_wd(sign, 3, rng)
            c["决定时间"] = acc
            c["告知投诉人时间"] = acc + timedelta(minutes=40)
            c["调解方式"] = "电话调解"
            onsite = False
            inj.append((c, "accept-mediate"))
        else:
            med = at_wd(acc, rng.randint(2, 12), rng)
        c["调解时间"] = med
        if onsite:
            if kind == "onsite_no_notice":
                inj.append((c, "onsite_mediation_notice"))
            else:
                c["现场调解通知时间"] = at_wd(acc, 1, rng) if wd_date(acc, 1) < med.date() else acc + timedelta(hours=1)

        # clue found during mediation
        if kind in ("clue", "clue_late", "clue_ext_ok"):
            found = med + timedelta(hours=rng.uniform(0.5, 3))
            c["线索发现时间"] = found
            c["核查延期"] = "否"
            if kind == "clue_late":
                c["线索核查时间"] = at_wd(found, rng.randint(19, 24), rng)
                inj.append((c, "clue_check_15wd"))
            elif kind == "clue_ext_ok":
                c["核查延期"] = "是"
                c["线索核查时间"] = at_wd(found, rng.randint(20, 27), rng)
                c["备注"] = "线索涉及外省供货商，经批准延长核查期限"
            else:
                c["线索核查时间"] = at_wd(found, rng.randint(4, 12), rng)
            c["备注"] = c["备注"] or "调解中发现涉嫌违法线索，已移交执法队核查"

        # end of mediation
        terminate = kind in ("terminate", "late_term_notice", "expired_terminated", "already_handled_terminated")
        if kind == "late_mediation":
            end = at_wd(acc, rng.randint(50, 56), rng)
            inj.append((c, "mediation_45wd"))
        elif kind == "expired_terminated":
            end = at_wd(acc, rng.randint(46, 48), rng)
        elif kind == "testing_ok":
            sent = at_wd(med, 1, rng)
            back = at_wd(sent, rng.randint(12, 16), rng)
            c["送检日期"] = datetime(sent.year, sent.month, sent.day)
            c["检测报告日期"] = datetime(back.year, back.month, back.day)
            # 45 working days not counting the test period would end about len(test) later: stay 3 days inside
            test_len = sum(1 for i in range((back.date() - sent.date()).days + 1)
                           if chinese_calendar.is_workday(sent.date() + timedelta(days=i)))
            end = at_wd(acc, 45 + test_len - 4, rng)
            c["备注"] = "双方共同委托检测机构鉴定，检测期间不计入调解期限"
        elif kind in ("clue", "clue_late", "clue_ext_ok"):
            end = at_wd(med, rng.randint(0, 8), rng)
        else:
            end = med if rng.random() < 0.5 else at_wd(med, rng.randint(1, 10), rng)
        if end < med:
            end = med
        if kind == "out_of_order" and end <= acc:
            end = at_wd(acc, rng.randint(1, 5), rng)
        c["办结时间"] = end
        if terminate:
            c["调解结果"] = "终止调解"
            c["终止情形"] = {"expired_terminated": "超过45个工作日未达成协议",
                         "already_handled_terminated": "受理后发现不予受理情形"}.get(
                kind, rng.choice(["投诉人撤诉或双方和解", "被投诉人拒绝调解", "双方无法达成协议"]))
            if kind == "late_term_notice":
                c["终止告知时间"] = at_wd(end, rng.randint(9, 13), rng)
                inj.append((c, "termination_notice_7wd"))
            else:
                c["终止告知时间"] = at_wd(end, rng.randint(0, 4), rng)
            if kind == "already_handled_terminated":
                c["备注"] = "调解中得知区消协已受理同一争议，终止调解"
        else:
            c["调解结果"] = "达成协议"
            c["挽回经济损失（元）"] = rng.choice([200, 380, 560, 800, 1200, 1500, 2680, 3999, 6800])
            if onsite:
                immediate = rng.random() < 0.3 and kind != "no_document"
                c["即时履行"] = "是" if immediate else "否"
                c["同意不制作调解书"] = "否"
                if kind == "agree_onsite" and not immediate and rng.random() < 0.3:
                    c["同意不制作调解书"] = "是"
                    c["调解记录"] = "双方同意不制作调解书，现场调解笔录存档"
                elif kind == "no_document":
                    c["调解记录"] = "现场调解达成退款协议，商家承诺七日内退款"
                    inj.append((c, "mediation_document"))
                elif not immediate:
                    c["调解书制作时间"] = end + timedelta(minutes=rng.randint(20, 90))
                else:
                    c["调解记录"] = "现场调解达成协议并当场履行"
            else:
                c["即时履行"] = rng.choice(["是", "否"])
                if kind == "no_record":
                    inj.append((c, "mediation_record_without_document"))
                else:
                    c["调解记录"] = {"电话调解": "电话调解录音已存档", "在线调解": "在线调解记录已存档"}.get(
                        c["调解方式"], "视频调解记录见附件")
    rows.sort(key=lambda r: r["登记时间"])
    seq = {}
    for r in rows:
        prefix = "JB" if r["诉求类型"] == "举报" else "TS"
        day = r["登记时间"].strftime("%Y%m%d")
        seq[day] = seq.get(day, 0) + 1
        r["登记编号"] = f"{prefix}{day}{seq[day]:03d}"
    dup = [r for r in rows if r.kind == "agree_remote"]
    dup[3]["登记编号"] = dup[2]["登记编号"]
    inj.append((dup[3], "case_number"))

    hand = {
        "procedure": "l2-samr-complaints-and-reports",
        "columns": {
            "登记编号": "case_number",
            "诉求类型": "category",
            "投诉（举报）人": "complainant",
            "联系电话": "contact_phone",
            "通讯地址": "address",
            "是否委托代理": "by_proxy",
            "授权委托书原件": "power_of_attorney_provided",
            "受托人身份证明": "agent_identity_provided",
            "被投诉（举报）人": "respondent_name",
            "经营地址": "respondent_address",
            "诉求内容": "content",
            "投诉请求": "demand",
            "权益受损知悉日期": "infringement_known_at",
            "他处已受理": "already_handled",
            "告知投诉人时间": "decision_notified_at",
            "调解方式": "mediation_mode",
            "调解主持": "mediate_by",
            "现场调解通知时间": "notify_mediation_at",
            "调解时间": "mediate_at",
            "送检日期": "testing_commissioned_at",
            "检测报告日期": "testing_completed_at",
            "调解结果": "mediation_outcome",
            "终止情形": "termination_ground",
            "办结时间": "end_mediation_at",
            "终止告知时间": "notify_termination_at",
            "调解书制作时间": "make_mediation_document_at",
            "即时履行": "performed_immediately",
            "同意不制作调解书": "no_document_agreed",
            "调解记录": "mediation_record",
            "线索发现时间": "find_clue_at",
            "线索核查时间": "verify_clue_at",
            "核查延期": "check_extended",
            "举报形式": "submission_form",
            "线索摘要": "report_clue",
            "实名": "real_name",
            "立案决定时间": "decide_filing_at",
            "告知举报人时间": "notify_reporter_at",
            "非本局管辖": "no_handling_authority",
            "告知另行举报时间": "refer_reporter_at",
        },
        "values": {
            "category": {"投诉": "complaint", "举报": "report", "咨询": "consultation", "收费问题": "administrative_fee"},
            "by_proxy": {"是": True, "否": False},
            "power_of_attorney_provided": {"已提交": True, "未提交": False},
            "agent_identity_provided": {"已提交": True, "未提交": False},
            "already_handled": {"是": True, "否": False},
            "mediation_mode": {"现场调解": "onsite", "电话调解": "remote", "在线调解": "remote", "视频调解": "remote"},
            "mediation_outcome": {"达成协议": "agreement", "终止调解": "terminated"},
            "termination_ground": {
                "投诉人撤诉或双方和解": "withdrawn_or_settled",
                "被投诉人拒绝调解": "refused_mediation",
                "双方无法达成协议": "no_agreement_possible",
                "超过45个工作日未达成协议": "period_expired",
                "受理后发现不予受理情形": "ineligible_found",
            },
            "performed_immediately": {"是": True, "否": False},
            "no_document_agreed": {"是": True, "否": False},
            "check_extended": {"是": True, "否": False},
            "submission_form": {"书面材料": "written", "电话/口头": "non_written"},
            "real_name": {"实名": True, "匿名": False},
            "no_handling_authority": {"是": True, "否": False},
        },
        "roles": {
            # 市场监管所 are the district bureau's 派出机构; they handle complaints in the bureau's (county-level) name
            "城东市场监管所": "county_amr",
            "城西市场监管所": "county_amr",
            "新港市场监管所": "county_amr",
            "高新区市场监管所": "county_amr",
            "区局消费者权益保护科": "county_amr",
            "区12345热线分中心": "intake_office",
            "区消费者协会": "mediation_org",
            "被投诉经营者": "respondent",
        },
        "outcomes": {
            "诉求类型": {"date": "签收时间", "by": "承办单位",
                     "steps": {"投诉": "receive", "咨询": "receive", "收费问题": "receive", "举报": "receive_report"}},
            "受理决定": {"date": "决定时间", "by": "承办单位", "steps": {"受理": "accept", "不予受理": "refuse"}},
        },
    }
    return rows, hand


# ================================================================================================================
# 52 — S41 工程质量投诉管理制度: a construction bureau branch's 业主投诉问题记录台账 (GBK CSV, dotted dates)
# ================================================================================================================

S41_PROJECTS = [("锦绣华庭二期", "锦绣华庭"), ("滨江壹号", "滨江壹号"), ("翠湖湾", "翠湖湾"), ("城南安置房三标段", "城南安置房"),
                ("高新区人才公寓", "人才公寓"), ("御景东方", "御景东方"), ("第一中学新校区", "一中新校区")]
S41_ISSUES = [
    ("渗漏", "卫生间楼板渗水至楼下住户顶棚", "hard"), ("渗漏", "外窗窗框四周雨天渗水", "easy"),
    ("渗漏", "地下车库顶板多处渗漏", "hard"), ("裂缝", "客厅墙面出现多条斜向裂缝", "hard"),
    ("裂缝", "阳台栏板根部开裂", "easy"), ("空鼓", "卧室地面砖大面积空鼓", "easy"), ("空鼓", "外墙保温层空鼓脱落", "hard"),
    ("门窗", "入户防火门关闭不严、闭门器失效", "buy"), ("门窗", "塑钢窗五金件锈蚀无法开启", "buy"),
    ("给排水", "厨房排水管接头漏水", "easy"), ("给排水", "PPR给水管爆裂", "buy"), ("电气", "插座回路跳闸，开关面板烧蚀", "buy"),
    ("电气", "入户配电箱漏电保护器频繁动作", "buy"), ("外墙", "外墙涂料大面积起皮脱落", "hard"),
    ("地面", "楼梯间踏步面层起砂", "easy"),
]


def e52_s41_owner_complaint_ledger(rng, injected=None):
    """某工程局三分公司《业主投诉问题记录》台账，按 S41《工程质量投诉管理制度》。
    Plays a construction bureau branch's owner-complaint ledger (Excel kept by the branch's 工程质保部, saved as a
    GBK CSV), dotted dates (2025.03.04 09:12). One row per 业主投诉问题记录; 投诉来源 says how it reached the
    branch (业主直接来电/来访/来函, 局领导批转, 局工程管理部转办, 总部部门转办, 政府部门转办).

    Added after reading the procedure (not in the first draft): 通知单位 (who notified the PM); 核实结果 (事实清楚 /
    事实无法确认) and 核实未果时间 (the start of the 48 h on-site check); 与业主沟通时间; 物资调换时间 (采购问题);
    处理单位; 处理记录表日期 (the draft only had 处理完成时间); 记录表备案 (已备案/未备案); 回访部门. 投诉来源 is read
    as “投诉到局的项目” (局领导批转 / 局工程管理部转办 → 是; the rest → 否) instead of adding a column for it.
    记录表备案 is a checkbox: 未备案 maps to an unticked (empty) box; 业主签字 “未签” likewise maps to empty.
    `mapping --check` exits 3: the ledger has no 办理部门 for 物资调换, 填写记录表 and 书面报局.

    Injected (each deliberate):
    - 现场核实 more than 48 h after 核实未果时间: 3 cases;
    - 事实无法确认 and handled without any 现场核实: 1 case (also overdue for the 48 h check at the as-of date);
    - 现场核实 recorded but 核实未果时间 blank: 1 case (the 48 h check has no start);
    - 接收部门 = 项目经理部 (a project office filled in the record instead of 局工程管理部/分公司工程质保部): 1;
    - 通知单位 = 分公司工程质保部 instead of 局工程管理部: 2;
    - 通病 (hard defect) handled by the 处理小组 instead of 质保部: 1; 易解决问题 handled by 项目经理部: 1;
      回访 by 项目经理部 instead of 分公司工程质保部: 1;
    - 采购问题 without 物资调换时间: 1; handled but no 处理记录表: 1; 记录表 without 业主签字: 1;
      业主签字 but 未备案: 1; 业主签字 but no 回访: 1; 局 case followed up but never 书面报局: 1;
      handled without 与业主沟通时间: 1; handled without 通知时间: 1; 接收时间 blank (record never dated): 1;
    - 回访 dated before the 处理记录表 (out of order): 1;
    - 问题性质 = “待定” (not one of the procedure's three kinds of confirmed problem): 1;
    - a repeated 记录编号: 1.
    """
    inj = injected if injected is not None else []
    kinds = (["ok"] * 30 + ["unconfirmed_ok"] * 10 + ["open"] * 4
             + ["late_onsite"] * 3 + ["no_onsite", "no_unconfirmed_time", "record_by_pm", "notify_by_qa", "notify_by_qa",
                                      "hard_by_team", "easy_by_pm", "followup_by_pm", "no_exchange", "no_handling_record",
                                      "no_signature", "not_filed", "no_followup", "no_report_bureau", "no_communicate",
                                      "no_notify", "no_record_time", "followup_before_record", "type_pending"])
    rng.shuffle(kinds)
    rows = []
    for kind in kinds:
        if kind == "open":
            rec = workday_between(rng, date(2025, 6, 16), date(2025, 6, 27))
        else:
            rec = workday_between(rng, START.date(), date(2025, 5, 30))
        project, short = rng.choice(S41_PROJECTS)
        cat, text, nature = rng.choice(S41_ISSUES)
        if kind in ("no_exchange",):
            cat, text, nature = rng.choice([i for i in S41_ISSUES if i[2] == "buy"])
        if kind in ("hard_by_team",):
            cat, text, nature = rng.choice([i for i in S41_ISSUES if i[2] == "hard"])
        if kind in ("easy_by_pm",):
            cat, text, nature = rng.choice([i for i in S41_ISSUES if i[2] == "easy"])
        source = pick(rng, [("业主来电", 35), ("业主来访", 20), ("业主来函", 8), ("局领导批转", 10), ("局工程管理部转办", 12),
                            ("总部部门转办", 7), ("政府部门转办", 8)])
        if kind == "no_report_bureau":
            source = "局领导批转"
        to_bureau = source in ("局领导批转", "局工程管理部转办")
        receiver = "局工程管理部" if to_bureau else "分公司工程质保部"
        c = Case()
        c["记录编号"] = None
        c["接收时间"] = rec
        c["投诉来源"] = source
        c["接收部门"] = receiver
        c["登记人"] = person(rng)
        c["项目名称"] = project
        c["楼栋房号"] = f"{rng.randint(1, 18)}#楼{rng.randint(1, 3)}单元{rng.randint(2, 32)}0{rng.randint(1, 4)}"
        c["业主姓名"] = person(rng)
        c["联系电话"] = mobile(rng)
        c["问题类别"] = cat
        c["投诉内容"] = text
        for h in ("通知时间", "通知单位", "核实结果", "核实未果时间", "现场核实时间", "现场核实组织部门", "与业主沟通时间",
                  "问题性质", "物资调换时间", "处理单位", "处理完成时间", "处理记录表日期", "业主签字", "记录表备案",
                  "回访时间", "回访部门", "回访方式", "书面报局时间", "维修费用（元）", "备注"):
            c[h] = None
        c.kind = kind
        rows.append(c)
        if kind == "record_by_pm":
            c["接收部门"] = "项目经理部"
            inj.append((c, "record_by_bureau_or_branch_qa"))
        if kind == "no_record_time":
            c["接收时间"] = None
            c["备注"] = "总部转来时未注明接收时间"
            c["投诉来源"] = "总部部门转办"
            inj.append((c, "owner_complaint_recorded"))
        t = rec
        # 4.4 notify the branch / project manager
        notify = later_office(t, rng, 0.5, 20)
        if kind != "no_notify":
            c["通知时间"] = notify
            c["通知单位"] = "局工程管理部"
            if kind == "notify_by_qa":
                c["通知单位"] = "分公司工程质保部"
                inj.append((c, "step-notify"))
        else:
            inj.append((c, "pm_notified"))
        t = notify
        unconfirmed = kind in ("unconfirmed_ok", "late_onsite", "no_onsite", "no_unconfirmed_time") or (
            kind == "open" and rng.random() < 0.5)
        c["核实结果"] = "事实无法确认" if unconfirmed else "事实清楚"
        if unconfirmed:
            fail = later_office(t, rng, 3, 30)
            if kind != "no_unconfirmed_time":
                c["核实未果时间"] = fail
            else:
                inj.append((c, "onsite_verify_48h-start"))
            if kind == "no_onsite":
                inj.append((c, "onsite_verify_when_unconfirmed"))
                inj.append((c, "onsite_verify_48h"))
                t = fail
            else:
                gap = rng.uniform(60, 110) if kind == "late_onsite" else rng.uniform(3, 30)
                onsite = office(fail + timedelta(hours=gap), rng)
                c["现场核实时间"] = onsite
                c["现场核实组织部门"] = "分公司工程质保部"
                if kind == "late_onsite":
                    inj.append((c, "onsite_verify_48h"))
                t = onsite
        else:
            t = later_office(t, rng, 2, 30)
        if kind == "open" and rng.random() < 0.5:
            continue
        comm = later_office(t, rng, 1, 20)
        if kind == "no_communicate":
            inj.append((c, "owner_communicated"))
        else:
            c["与业主沟通时间"] = comm
        if kind == "open":
            continue
        # 4.6 disposal
        nature_label = {"hard": "通病（移交质保部）", "easy": "小组可处理", "buy": "材料采购问题"}[nature]
        c["问题性质"] = nature_label
        if kind == "type_pending":
            c["问题性质"] = "待定"
            inj.append((c, "problem_type"))
        handler = {"hard": "分公司工程质保部", "easy": "质量投诉处理小组", "buy": "质量投诉处理小组"}[nature]
        if kind == "hard_by_team":
            handler = "质量投诉处理小组"
            inj.append((c, "hard_defect_to_qa"))
        if kind == "easy_by_pm":
            handler = "项目经理部"
            inj.append((c, "easy_problem_by_team"))
        start_fix = later_office(comm, rng, 12, 72)
        if nature == "buy":
            if kind == "no_exchange":
                inj.append((c, "procurement_goods_exchanged"))
            else:
                c["物资调换时间"] = start_fix
                start_fix = later_office(start_fix, rng, 24, 96)
        done = later_office(start_fix, rng, 4, 24 * (14 if nature == "hard" else 5))
        c["处理单位"] = handler
        c["处理完成时间"] = done
        c["维修费用（元）"] = rng.choice([0, 0, 350, 800, 1200, 2600, 4800, 9500]) if nature != "buy" else 0
        if kind == "no_handling_record":
            c["备注"] = "维修完成，记录表未交回"
            inj.append((c, "handling_record_filled"))
            continue
        hr = later_office(done, rng, 0.5, 30)
        c["处理记录表日期"] = hr
        if kind == "no_signature":
            c["业主签字"] = "未签"
            c["备注"] = "业主对处理结果有异议，拒绝签字"
            inj.append((c, "owner_signs_record"))
            continue
        c["业主签字"] = "已签"
        c["记录表备案"] = "已备案"
        if kind == "not_filed":
            c["记录表备案"] = "未备案"
            inj.append((c, "record_filed_with_competent_dept"))
        if kind == "no_followup":
            inj.append((c, "owner_contacted_after_record"))
            continue
        fu = later_office(hr, rng, 24, 24 * 6)
        if kind == "followup_before_record":
            fu = hr - timedelta(hours=rng.uniform(20, 60))
            inj.append((c, "handling_record-follow_up"))
        c["回访时间"] = fu
        c["回访部门"] = "分公司工程质保部"
        if kind == "followup_by_pm":
            c["回访部门"] = "项目经理部"
            inj.append((c, "follow_up_by_branch_qa"))
        c["回访方式"] = rng.choice(["电话", "电话", "上门"])
        if to_bureau:
            if kind == "no_report_bureau":
                inj.append((c, "report_to_bureau"))
            else:
                c["书面报局时间"] = later_office(fu, rng, 12, 24 * 5)
    rows.sort(key=lambda r: r["接收时间"] or r["通知时间"])
    for i, r in enumerate(rows, 1):
        r["记录编号"] = f"SGS-ZT-2025-{i:03d}"
    dup = [r for r in rows if r.kind == "ok"]
    dup[6]["记录编号"] = dup[5]["记录编号"]
    inj.append((dup[6], "case_number"))
    for r in rows:
        for h, v in r.items():
            if isinstance(v, datetime):
                r[h] = dotted(v)

    hand = {
        "procedure": "s41-construction-quality-complaints",
        "columns": {
            "记录编号": "case_number",
            "接收时间": "record_at",
            "接收部门": "record_by",
            "投诉来源": "complained_to_bureau",
            "投诉内容": "content",
            "通知时间": "notify_at",
            "通知单位": "notify_by",
            "核实结果": "facts_confirmed",
            "核实未果时间": "facts_unconfirmed_at",
            "现场核实时间": "onsite_verify_at",
            "现场核实组织部门": "onsite_verify_by",
            "与业主沟通时间": "communicate_at",
            "问题性质": "problem_type",
            "物资调换时间": "exchange_goods_at",
            "处理单位": "handle_by",
            "处理完成时间": "handle_at",
            "处理记录表日期": "handling_record_at",
            "业主签字": "owner_signature",
            "记录表备案": "filed_with_competent_dept",
            "回访时间": "follow_up_at",
            "回访部门": "follow_up_by",
            "书面报局时间": "report_bureau_at",
        },
        "values": {
            "complained_to_bureau": {"局领导批转": True, "局工程管理部转办": True, "业主来电": False, "业主来访": False,
                                     "业主来函": False, "总部部门转办": False, "政府部门转办": False},
            "facts_confirmed": {"事实清楚": True, "事实无法确认": False},
            "problem_type": {"通病（移交质保部）": "hard_common_defect", "小组可处理": "easy_problem",
                             "材料采购问题": "procurement_problem"},
            "owner_signature": {"已签": "已签", "未签": ""},
            "filed_with_competent_dept": {"已备案": True, "未备案": ""},   # a checkbox: 未备案 is an unticked box
        },
        "roles": {
            "局工程管理部": "bureau_eng_mgmt",
            "分公司工程质保部": "branch_qa",
            "质量投诉处理小组": "handling_team",
            "项目经理部": "project_manager",
        },
    }
    return rows, hand


# ================================================================================================================
# 53 — S21 顾客投诉处置程序 (ISO13485): a medical-device distributor's 顾客投诉登记表 (UTF-8-BOM CSV, day-first dates)
# ================================================================================================================

S21_HOSPITALS = ["市第一人民医院", "市中医院", "区妇幼保健院", "仁和医院", "市第三人民医院", "康复医院", "东城社区卫生服务中心",
                 "开发区医院", "口腔医院", "眼科医院"]
S21_PRODUCTS = [   # (name, spec, registration, unit, typical feedback)
    ("一次性使用无菌注射器", "5ml 带针", "国械注准20153150123", "支", ["针头与针座连接松动", "包装破损、无菌屏障失效"]),
    ("一次性使用输液器", "带针 0.7#", "国械注准20163140456", "套", ["滴斗漏液", "流量调节器失灵"]),
    ("医用外科口罩", "17.5×9.5cm", "湘械注准20202140789", "只", ["耳带脱落", "标签批号与外箱不一致"]),
    ("电子血压计", "BP-320", "粤械注准20192070321", "台", ["读数偏差较大", "开机无显示"]),
    ("一次性使用导尿包", "F16", "苏械注准20172660654", "包", ["球囊无法充盈", "包装破损、无菌屏障失效"]),
    ("医用超声耦合剂", "250ml", "鲁械注准20182640987", "瓶", ["有异味、颜色异常", "瓶盖漏液"]),
    ("一次性使用静脉留置针", "22G", "国械注准20183150222", "支", ["回血不畅", "导管套管分离"]),
    ("指夹式脉搏血氧仪", "PO-60", "粤械注准20202070888", "台", ["开机黑屏", "血氧值跳动不稳"]),
]


def e53_s21_distributor_complaints(rng, injected=None):
    """某医疗器械经营公司《顾客投诉登记表》导出，按 S21《顾客投诉处置程序》（YY/T0287-2017 idt ISO13485-2016）。
    Plays a device distributor's complaint register kept in its ERP's after-sales module (a Hong Kong-built ERP that
    spells dates day-first: 04/03/2025 09:12), exported as UTF-8 with BOM. One row per customer feedback, from the
    hospital's call or e-mail to the 处理完成 record.

    Added after reading the procedure (not in the first draft): 评价部门 (the draft only had 评价人); 主办部门 (the draft's
    处理部门 meant the helping department, kept as 协办部门). 接收日期 (when the feedback arrived) maps to the field
    received_at and 登记日期 (when 销售部 entered it in the 顾客投诉登记表) to the receive_record step.

    Injected (each deliberate):
    - 生产批号 blank: 2 cases; 数量 blank: 1; 数量 “若干” (not a number): 1;
    - 登记日期 blank (feedback never entered in the 登记表): 1;
    - 评价日期 filled but 评价结论 blank: 1; 是否需上报监管 blank after evaluation: 1; 是否需上报监管 “待评估”: 1;
    - 评价为构成投诉 but no 处理完成日期 (no 顾客投诉处理记录), long after evaluation: 1;
    - 接收部门 = 质量部 (not 销售部): 1; 评价部门 = 质量部: 2; 主办部门 = 质量部: 1;
    - 评价日期 before 登记日期: 1; 处理完成日期 before 评价日期: 1;
    - a repeated 投诉单号: 1.
    Not violations: feedback evaluated as 不构成投诉 may have no 处理完成日期; feedback not yet evaluated (late June) has
    neither 评价 nor 处理.
    """
    inj = injected if injected is not None else []
    kinds = (["ok"] * 30 + ["not_complaint"] * 8 + ["pending"] * 4
             + ["no_batch", "no_batch", "no_quantity", "quantity_vague", "no_register_date", "no_conclusion",
                "no_report_decision", "report_pending", "no_handling", "received_by_qa", "evaluated_by_qa",
                "evaluated_by_qa", "handled_by_qa", "evaluate_before_register", "handle_before_evaluate"])
    rng.shuffle(kinds)
    rows = []
    for kind in kinds:
        if kind == "pending":
            got = workday_between(rng, date(2025, 6, 23), date(2025, 6, 30))
        else:
            got = workday_between(rng, START.date(), date(2025, 6, 6))
        prod, spec, reg, unit, issues = rng.choice(S21_PRODUCTS)
        c = Case()
        c["投诉单号"] = None
        c["接收日期"] = got
        c["接收人"] = person(rng)
        c["接收部门"] = "销售部"
        c["登记日期"] = None
        c["客户名称"] = rng.choice(S21_HOSPITALS)
        c["联系人"] = person(rng) + rng.choice(["（设备科）", "（护士长）", "（采购）", ""])
        c["联系电话"] = mobile(rng)
        c["反馈途径"] = pick(rng, [("电话", 50), ("邮件", 20), ("业务员拜访", 20), ("厂家转达", 10)])
        c["产品名称"] = prod
        c["规格型号"] = spec
        c["注册证号"] = reg
        c["生产批号"] = f"{rng.choice(['2410', '2411', '2412', '2501', '2502'])}{rng.randint(10, 99)}{rng.choice('ABC')}"
        c["数量"] = rng.choice([1, 2, 3, 5, 10, 20, 50, 100, 200])
        c["单位"] = unit
        c["投诉描述"] = rng.choice(issues)
        for h in ("资料核实", "评价日期", "评价部门", "评价人", "评价结论", "是否需上报监管", "上报日期", "主办部门", "协办部门",
                  "处理措施", "处理完成日期", "总经理审批", "客户满意度", "备注"):
            c[h] = None
        c.kind = kind
        rows.append(c)
        if kind == "no_batch":
            c["生产批号"] = None
            c["备注"] = "客户已丢弃外包装，批号不详"
            inj.append((c, "batch_provided"))
        if kind == "no_quantity":
            c["数量"] = None
            inj.append((c, "quantity_provided"))
        if kind == "quantity_vague":
            c["数量"] = "若干"
            inj.append((c, "quantity"))
        if kind == "received_by_qa":
            c["接收部门"] = "质量部"
            inj.append((c, "step-receive_record"))
        reg_at = office(got + timedelta(hours=rng.uniform(0.3, 20)), rng)
        if kind == "no_register_date":
            inj.append((c, "register_recorded"))
        else:
            c["登记日期"] = reg_at
        c["资料核实"] = rng.choice(["已核实", "已核实", "已核实", "待补充"])
        if kind == "pending":
            continue
        ev = later_office(reg_at, rng, 4, 72)
        if kind == "evaluate_before_register":
            ev = got + timedelta(minutes=rng.randint(10, 50))
            c["登记日期"] = later_office(reg_at, rng, 24, 72)
            inj.append((c, "receive_record-evaluate"))
        c["评价日期"] = ev
        c["评价部门"] = "销售部"
        c["评价人"] = person(rng)
        if kind == "evaluated_by_qa":
            c["评价部门"] = "质量部"
            inj.append((c, "step-evaluate"))
        complaint = kind != "not_complaint"
        c["评价结论"] = "构成投诉" if complaint else "不构成投诉（一般反馈）"
        if kind == "no_conclusion":
            c["评价结论"] = None
            inj.append((c, "complaint_evaluated"))
        serious = complaint and rng.random() < 0.15
        c["是否需上报监管"] = "需上报" if serious else "无需上报"
        if serious:
            c["上报日期"] = later_office(ev, rng, 24, 24 * 10)
            c["总经理审批"] = "已审批"
        if kind == "no_report_decision":
            c["是否需上报监管"] = None
            inj.append((c, "regulator_report_decided"))
        if kind == "report_pending":
            c["是否需上报监管"] = "待评估"
            inj.append((c, "report_to_regulator"))
        if kind == "no_handling":
            c["备注"] = "已转厂家，处理记录未回"
            inj.append((c, "handling_recorded"))
            continue
        if not complaint and rng.random() < 0.6:
            c["备注"] = "属使用咨询，已电话解释"
            continue
        done = later_office(ev, rng, 24, 24 * 18)
        if kind == "handle_before_evaluate":
            done = ev - timedelta(hours=rng.uniform(2, 20))
            c["评价日期"] = ev
            inj.append((c, "evaluate-handle"))
        c["主办部门"] = "销售部"
        if kind == "handled_by_qa":
            c["主办部门"] = "质量部"
            inj.append((c, "step-handle"))
        c["协办部门"] = rng.choice(["质量部", "质量部", "生技部", "质量部、生技部"])
        c["处理措施"] = rng.choice(["换货", "退货", "维修", "解释说明", "换货并补偿"]) if complaint else "解释说明"
        c["处理完成日期"] = done
        c["客户满意度"] = rng.choice(["满意", "满意", "基本满意", "不满意"])
        if c["总经理审批"] is None:
            c["总经理审批"] = "不适用"
    rows.sort(key=lambda r: r["接收日期"])
    seq = {}
    for r in rows:
        ym = r["接收日期"].strftime("%y%m")
        seq[ym] = seq.get(ym, 0) + 1
        r["投诉单号"] = f"KS{ym}-{seq[ym]:03d}"
    dup = [r for r in rows if r.kind == "ok"]
    dup[11]["投诉单号"] = dup[10]["投诉单号"]
    inj.append((dup[11], "case_number"))
    for r in rows:
        for h, v in r.items():
            if isinstance(v, datetime):
                r[h] = day_first(v)

    hand = {
        "procedure": "s21-medical-device-complaints",
        "date_order": "day_first",
        "columns": {
            "投诉单号": "case_number",
            "接收日期": "received_at",
            "接收部门": "receive_record_by",
            "登记日期": "receive_record_at",
            "生产批号": "batch",
            "数量": "quantity",
            "投诉描述": "content",
            "评价日期": "evaluate_at",
            "评价部门": "evaluate_by",
            "评价结论": "is_complaint",
            "是否需上报监管": "report_to_regulator",
            "主办部门": "handle_by",
            "处理完成日期": "handle_at",
        },
        "values": {
            "is_complaint": {"构成投诉": "yes", "不构成投诉（一般反馈）": "no"},
            "report_to_regulator": {"需上报": "yes", "无需上报": "no"},
        },
        "roles": {"销售部": "sales", "质量部": "quality", "生技部": "production_tech"},
    }
    return rows, hand


# ================================================================================================================

CASE_COL = {"51": "登记编号", "52": "记录编号", "53": "投诉单号"}   # for checking an audit against `injected`

EXPORTS = [
    ("51-l2-district-amr-register.xlsx", "xlsx", e51_l2_district_register),
    ("52-s41-owner-complaint-ledger.csv", "gbk", e52_s41_owner_complaint_ledger),
    ("53-s21-distributor-complaints.csv", "utf-8-sig", e53_s21_distributor_complaints),
]
