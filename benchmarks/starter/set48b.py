"""Starter-profile benchmark exports 282-283 (set forty-eighth, b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 282 283    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, workday, nth_workday_after


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _months_before(d: date, m: int) -> date:
    y, mo = d.year, d.month - m
    while mo < 1:
        mo += 12
        y -= 1
    return date(y, mo, min(d.day, 28))


def _on_or_after_workday(d: date) -> date:
    while not workday(d):
        d += timedelta(days=1)
    return d


def _at(d: date, rng, lo_h=8.5, hi_h=17.5) -> datetime:
    """A time of day inside office hours on date d, whole minutes."""
    minutes = int(rng.uniform(lo_h, hi_h) * 60)
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


# --- 282: 湖南省电信用户申诉受理中心 ------------------------------------------------------------------------------

_HN_CITIES = [("长沙市岳麓区", "410013"), ("长沙市雨花区", "410007"), ("株洲市天元区", "412007"),
              ("湘潭市岳塘区", "411101"), ("衡阳市蒸湘区", "421001"), ("岳阳市岳阳楼区", "414000"),
              ("常德市武陵区", "415000"), ("郴州市北湖区", "423000"), ("益阳市赫山区", "413002")]
_HN_STREETS = ["麓谷大道", "劳动东路", "长江北路", "建设北路", "解放西路", "洞庭大道", "朗州路", "燕泉路", "桃花仑路",
               "人民中路", "枫林二路", "芙蓉中路"]
_OPERATORS = [("中国移动通信集团湖南有限公司", "湖南移动"), ("中国电信股份有限公司湖南分公司", "湖南电信"),
              ("中国联合网络通信有限公司湖南省分公司", "湖南联通")]
_APPEALS = {
    "收费争议": [("套餐外流量费用异常，要求核减", "手机月账单出现套餐外流量费三百余元，本人未开启大流量业务，向企业投诉后未得到合理解释"),
             ("要求退还未经同意订购的增值业务费", "账单中连续三个月扣除视频会员包费用，本人从未订购，企业只同意退还一个月"),
             ("宽带拆机后仍继续扣费，要求退费", "已于营业厅办理宽带拆机，此后每月仍从话费中扣除宽带月租"),
             ("国际漫游费用与宣传不符，要求按宣传标准计费", "出境前营业员承诺按日包计费，回国后按标准资费扣费")],
    "服务质量": [("要求企业就装维人员失约道歉并赔偿", "约定上门维修宽带，装维人员三次失约且未通知"),
             ("要求营业厅办理销户", "营业厅以需到开户地办理为由拒绝销户")],
    "网络质量": [("要求解决小区手机信号差问题", "小区室内手机信号长期只有一格，通话经常中断"),
             ("要求赔偿宽带断网期间损失", "宽带连续断网九天，企业未给出修复时间")],
    "携号转网": [("要求企业配合办理携号转网", "申请携号转网时被告知存在合约限制，本人合约已到期")],
    "营销宣传": [("要求按宣传承诺兑现赠送话费", "办理融合套餐时承诺每月返还话费五十元，实际未返还")],
    "个人信息安全": [("要求查明并停止泄露个人信息", "办理业务后频繁接到推销电话，怀疑营业网点泄露号码")],
}
_BIZ = {"收费争议": ["移动业务", "宽带业务", "融合套餐"], "服务质量": ["宽带业务", "移动业务", "固定电话"],
        "网络质量": ["移动业务", "宽带业务"], "携号转网": ["移动业务"], "营销宣传": ["融合套餐", "移动业务"],
        "个人信息安全": ["移动业务"]}
_REJECT_REASONS = {
    "fee_old": "收费争议申诉事项发生时距提起申诉时超过五个月",
    "settled": "申诉人与被申诉企业已达成和解协议并执行",
    "court": "该事项已由人民法院受理",
    "repeat": "本中心已受理处理过同一申诉事项",
}


def e282_l6_hunan_appeal_centre(rng, injected=None):
    """湖南省电信用户申诉受理中心的“电信用户申诉受理系统”按月导出的申诉台账（CSV，GB18030 编码，Excel 打开用）。
    时间列一律写作 2025-04-03 10:21:00，只有日期的列写作 2025-04-03。网上申诉系统全天收件，周末收到的也记当天时间。

    读制度 YAML 之前写下的表头（只读了 telecom_appeal_excerpts_from_web_pages.md 的第九条至第十四条开头和湖北省通信管理局
    网页的“申诉处理时限”）：申诉编号、收到申诉材料日期、申诉人、联系电话、通讯地址、邮政编码、被申诉企业、业务类型、
    申诉类别（中心自己的分类：收费争议、服务质量、网络质量、携号转网、营销宣传、个人信息安全）、争议发生日期、
    是否已向企业投诉、企业投诉日期、申诉要求、申诉内容摘要、受理结论（受理 / 不予受理 / 告知先向企业投诉）、
    不予受理原因、受理决定日期、转企业处理日期、调解日期、答复申诉人日期、承办人、承办科室、办理状态。

    读过制度 YAML 后补的列：申诉日期（申诉书落款或网上提交的日期：第十一条（一）的“提起申诉时”和第十二条（四）读它，
    与收到材料的日期不同——信函要走几天）、企业是否处理答复（第十三条要求询问并记录）、材料补齐日期（30日答复期限
    自收到全部申诉材料之日起算，补材料的案件从补齐日重算）、答复单位（谁向申诉人作出答复：中心自己，或转企业后由
    企业直接答复用户）。

    注入的违规（按规则 id 计数，共 16）：decide_5_working_days 4（3 件受理决定晚于第5个工作日，1 件 6 月中旬收件至今
    未作决定）、reply_30_days 3（2 件答复晚于第30日，1 件 5 月中旬受理至今未答复）、step-reply 3（转企业后由企业
    直接答复申诉人，答复单位记为湖南移动/湖南电信/湖南联通）、fee_dispute_over_5_months 2（收费争议发生已超过五个月
    仍予受理）、reject_reason_given 2（不予受理却没有写不予受理原因）、ask_operator_response 2（已向企业投诉，
    “企业是否处理答复”一栏空着）。

    陷阱：4 月 29 日收件、跨五一假期在 5 月 9 日（第5个工作日）作出决定；4 月 25 日（周五）收件，4 月 27 日（周日）
    调休上班计入，5 月 6 日决定；5 月 29 日收件跨端午，6 月 6 日决定；周六网上收件、下周五决定；6 月 25 日、27 日收件
    尚未决定（期限未到）；答复恰在第30日；4 月 1 日受理、第30日是五一假期、5 月 6 日答复（顺延）；补交材料的案件答复
    距收件五十多天，但距补齐日不足30日；6 月上旬受理尚未答复（期限未到）；收费争议恰好五个月受理；收费争议超过五个月
    但已不予受理；网络质量申诉事项发生二十二个月后受理（未满二年）；未向企业投诉的申诉告知先向企业投诉
    （“企业是否处理答复”空着不算缺）。
    """
    inj = injected if injected is not None else []
    taken: set = set()
    staff = distinct_names(rng, 6, taken)
    sections = {s: ("受理一科" if i % 2 == 0 else "受理二科") for i, s in enumerate(staff)}

    # (kind, receive date range or fixed date, extra)
    plan = []
    def add(kind, lo, hi=None, **kw):
        plan.append((kind, lo, hi or lo, kw))

    for _ in range(3):
        add("decide_late", date(2025, 3, 5), date(2025, 5, 20))
    add("decide_open_late", date(2025, 6, 16), date(2025, 6, 18))
    for _ in range(2):
        add("reply_late", date(2025, 3, 5), date(2025, 5, 10))
    add("reply_open_late", date(2025, 5, 12), date(2025, 5, 23))
    for _ in range(3):
        add("reply_by_operator", date(2025, 3, 5), date(2025, 5, 25))
    for _ in range(2):
        add("fee_old_accepted", date(2025, 3, 5), date(2025, 5, 25))
    for _ in range(2):
        add("reject_no_reason", date(2025, 3, 5), date(2025, 6, 10))
    for _ in range(2):
        add("operator_handled_blank", date(2025, 3, 5), date(2025, 5, 25))
    # traps
    add("trap_mayday_decide", date(2025, 4, 29))
    add("trap_makeup_sunday", date(2025, 4, 25))
    add("trap_dragonboat_decide", date(2025, 5, 29))
    add("trap_weekend_online", date(2025, 3, 22))
    add("trap_open_not_due", date(2025, 6, 25))
    add("trap_open_not_due", date(2025, 6, 27))
    add("trap_reply_day30", date(2025, 3, 11))
    add("trap_reply_holiday_extension", date(2025, 4, 1))
    add("trap_materials_restart", date(2025, 4, 14))
    add("trap_accepted_not_due", date(2025, 6, 5))
    add("trap_accepted_not_due", date(2025, 6, 11))
    add("trap_fee_exact_5_months", date(2025, 3, 5), date(2025, 5, 25))
    add("trap_fee_old_rejected", date(2025, 3, 5), date(2025, 6, 10))
    add("trap_network_22_months", date(2025, 3, 5), date(2025, 5, 25))
    for _ in range(4):
        add("refer", date(2025, 3, 5), date(2025, 6, 20))
    for reason in ("settled", "court", "repeat"):
        add("rejected", date(2025, 3, 5), date(2025, 6, 20), reason=reason)
    while len(plan) < 50:
        add("normal", date(2025, 3, 3), date(2025, 5, 28))

    cases = []
    for kind, lo, hi, kw in plan:
        span = (hi - lo).days
        for _ in range(50):
            d = lo + timedelta(days=rng.randint(0, span))
            if workday(d) or kind == "trap_weekend_online":
                break
        online = kind == "trap_weekend_online" or rng.random() < 0.55
        if kind == "trap_weekend_online":
            recv = datetime(d.year, d.month, d.day, rng.randint(9, 21), rng.randint(0, 59))
        else:
            recv = _at(d, rng)
        cases.append({"kind": kind, "kw": kw, "recv": recv, "online": online})
    cases.sort(key=lambda c: c["recv"])

    rows = []
    seq_by_month: dict = {}
    for c in cases:
        kind, kw, recv = c["kind"], c["kw"], c["recv"]
        rd = recv.date()
        seq_by_month[rd.month] = seq_by_month.get(rd.month, 0) + 1
        no = f"HNSS{rd:%Y%m}{seq_by_month[rd.month]:03d}"

        if kind in ("fee_old_accepted", "trap_fee_exact_5_months", "trap_fee_old_rejected"):
            cat = "收费争议"
        elif kind == "trap_network_22_months":
            cat = "网络质量"
        elif kind == "rejected" and kw["reason"] == "settled":
            cat = "收费争议"
        else:
            cat = pick(rng, [("收费争议", 45), ("服务质量", 18), ("网络质量", 15), ("携号转网", 8), ("营销宣传", 8),
                             ("个人信息安全", 6)])
        demand, grounds = rng.choice(_APPEALS[cat])
        biz = rng.choice(_BIZ[cat])
        op_full, op_short = rng.choice(_OPERATORS)
        city, pc = rng.choice(_HN_CITIES)
        addr = f"湖南省{city}{rng.choice(_HN_STREETS)}{rng.randint(1, 399)}号{rng.randint(1, 30)}栋{rng.randint(1, 28)}0{rng.randint(1, 4)}室"
        name = distinct_names(rng, 1, taken)[0]
        handler = rng.choice(staff)

        # the appeal letter's date: online = the day it arrived; by post a few days earlier
        appeal_d = rd if c["online"] else rd - timedelta(days=rng.randint(2, 5))

        complained = "否" if kind == "refer" else "是"
        if complained == "是":
            comp_d = appeal_d - timedelta(days=rng.randint(16, 55))
            handled = pick(rng, [("是", 70), ("否", 30)])
        else:
            comp_d = None
            handled = ""
        if kind == "operator_handled_blank":
            handled = ""
            inj.append((no, "ask_operator_response"))

        # when the disputed matter happened
        if kind == "fee_old_accepted":
            incident = _months_before(appeal_d, rng.choice([6, 7, 8])) - timedelta(days=rng.randint(0, 10))
            comp_d = appeal_d - timedelta(days=rng.randint(18, 30))
        elif kind == "trap_fee_exact_5_months":
            incident = _months_before(appeal_d, 5)
            appeal_d = date(appeal_d.year, appeal_d.month, incident.day)   # 5 months to the day (day <= 28: not later)
            comp_d = appeal_d - timedelta(days=20)
        elif kind == "trap_fee_old_rejected":
            incident = _months_before(appeal_d, 7)
            comp_d = appeal_d - timedelta(days=25)
        elif kind == "trap_network_22_months":
            incident = _months_before(appeal_d, 22)
            comp_d = appeal_d - timedelta(days=40)
        else:
            base = comp_d or appeal_d
            incident = base - timedelta(days=rng.randint(0, 60 if cat == "收费争议" else 200))

        # decision
        conclusion, reason = "受理", ""
        if kind == "refer":
            conclusion, reason = "告知先向企业投诉", "未向被申诉企业投诉，已告知其先向企业投诉"
        elif kind == "rejected":
            conclusion, reason = "不予受理", _REJECT_REASONS[kw["reason"]]
        elif kind == "trap_fee_old_rejected":
            conclusion, reason = "不予受理", _REJECT_REASONS["fee_old"]
        elif kind == "reject_no_reason":
            conclusion, reason = "不予受理", ""
            inj.append((no, "reject_reason_given"))

        if kind == "decide_late":
            dd = nth_workday_after(rd, rng.choice([6, 7, 9]))
        elif kind in ("decide_open_late", "trap_open_not_due"):
            dd = None
        elif kind == "trap_mayday_decide":
            dd = nth_workday_after(rd, 5)
            assert dd == date(2025, 5, 9)
        elif kind == "trap_makeup_sunday":
            dd = nth_workday_after(rd, 5)
            assert dd == date(2025, 5, 6)
        elif kind == "trap_dragonboat_decide":
            dd = nth_workday_after(rd, 5)
            assert dd == date(2025, 6, 6)
        elif kind == "trap_weekend_online":
            dd = nth_workday_after(rd, 5)   # received on a Saturday: the Friday after
        elif kind == "refer":
            dd = nth_workday_after(rd, rng.randint(0, 2))
        else:
            dd = nth_workday_after(rd, rng.randint(1, 4))
        if dd is not None:
            decide = _at(dd, rng, 9, 17.5) if dd != rd else recv + timedelta(minutes=rng.randint(40, 200))
            if kind in ("trap_mayday_decide", "trap_dragonboat_decide"):
                decide = datetime(dd.year, dd.month, dd.day, 17, rng.randint(30, 55))
        else:
            decide = None
        if kind == "decide_late":
            inj.append((no, "decide_5_working_days"))
        if kind == "decide_open_late":
            inj.append((no, "decide_5_working_days"))
        if kind in ("fee_old_accepted",):
            inj.append((no, "fee_dispute_over_5_months"))

        accepted = decide is not None and conclusion == "受理"
        forward = mediate = reply = materials = None
        reply_unit = ""
        if accepted:
            forward = decide if rng.random() < 0.6 else _at(nth_workday_after(decide.date(), 1), rng, 9, 17)
            due_base = rd
            if kind == "trap_materials_restart":
                materials = _at(date(2025, 5, 12), rng, 9, 16)
                reply = _at(date(2025, 6, 6), rng, 9, 17)
            elif kind == "reply_late":
                reply = _at(_on_or_after_workday(rd + timedelta(days=rng.randint(33, 41))), rng, 9, 17)
            elif kind in ("reply_open_late", "trap_accepted_not_due"):
                reply = None
            elif kind == "trap_reply_day30":
                reply = datetime.combine(rd + timedelta(days=30), datetime.min.time()) + timedelta(hours=16, minutes=42)
            elif kind == "trap_reply_holiday_extension":
                reply = _at(date(2025, 5, 6), rng, 9, 17)
            else:
                rdays = rng.randint(8, 27)
                rep_d = rd + timedelta(days=rdays)
                while not workday(rep_d):
                    rep_d -= timedelta(days=1)
                reply = _at(rep_d, rng, 9, 17.5)
                if reply <= forward:
                    reply = _at(nth_workday_after(forward.date(), 3), rng, 9, 17)
            if reply is not None and reply > CUTOFF:
                reply = None
            if reply is not None and (reply - forward).days >= 6 and rng.random() < 0.4:
                md = _on_or_after_workday((forward + timedelta(days=rng.randint(2, (reply - forward).days - 2))).date())
                if md < reply.date():
                    mediate = _at(md, rng, 9, 17)
            if reply is not None:
                reply_unit = "省申诉中心"
                if kind == "reply_by_operator":
                    reply_unit = op_short
                    inj.append((no, "step-reply"))
            if kind in ("reply_late", "reply_open_late"):
                inj.append((no, "reply_30_days"))

        if decide is None:
            status = "待审查"
        elif accepted and reply is None:
            status = "办理中"
        else:
            status = "已办结"

        t = lambda x: x.strftime("%Y-%m-%d %H:%M:%S") if x else ""
        dstr = lambda x: x.strftime("%Y-%m-%d") if x else ""
        rows.append({
            "申诉编号": no,
            "收到申诉材料日期": t(recv),
            "申诉人": name,
            "联系电话": mobile(rng),
            "通讯地址": addr,
            "邮政编码": pc,
            "被申诉企业": op_full,
            "业务类型": biz,
            "申诉类别": cat,
            "争议发生日期": dstr(incident),
            "申诉日期": dstr(appeal_d),
            "是否已向企业投诉": complained,
            "企业投诉日期": dstr(comp_d),
            "企业是否处理答复": handled,
            "申诉要求": demand,
            "申诉内容摘要": grounds,
            "受理结论": conclusion if decide else "",
            "不予受理原因": reason if decide else "",
            "受理决定日期": t(decide),
            "材料补齐日期": t(materials),
            "转企业处理日期": t(forward),
            "调解日期": t(mediate),
            "答复申诉人日期": t(reply),
            "答复单位": reply_unit,
            "承办人": handler,
            "承办科室": sections[handler],
            "办理状态": status,
        })

    hand = {
        "procedure": "l6-telecom-user-appeals-2016",
        "encoding": "gb18030",
        "columns": {
            "申诉编号": "case_number",
            "收到申诉材料日期": "receive_at",
            "申诉人": "complainant",
            "联系电话": "contact_phone",
            "通讯地址": "address",
            "邮政编码": "postcode",
            "被申诉企业": "respondent_name",
            "申诉类别": "category",
            "争议发生日期": "incident_at",
            "申诉日期": "appeal_at",
            "是否已向企业投诉": "complained_to_operator",
            "企业投诉日期": "complain_to_operator_at",
            "企业是否处理答复": "operator_handled",
            "申诉要求": "demand",
            "申诉内容摘要": "grounds",
            "不予受理原因": "reject_reason",
            "受理决定日期": "decide_at",
            "材料补齐日期": "all_materials_received_at",
            "答复申诉人日期": "reply_at",
            "答复单位": "reply_by",
        },
        "values": {
            "category": {"收费争议": "fee_dispute", "服务质量": "other", "网络质量": "other", "携号转网": "other",
                         "营销宣传": "other", "个人信息安全": "other"},
            "complained_to_operator": {"是": "yes", "否": "no"},
            "operator_handled": {"是": "yes", "否": "no"},
        },
        "roles": {"省申诉中心": "provincial_appeal_body", "湖南移动": "operator", "湖南电信": "operator",
                  "湖南联通": "operator"},
        "outcomes": {
            "受理结论": {"date": "受理决定日期",
                     "steps": {"受理": "accept", "告知先向企业投诉": "refer_to_operator"}},
        },
    }
    return rows, hand


# --- 283: 华帆厨电 客户服务中心投诉处 -----------------------------------------------------------------------------

_HF_CONTENT = {
    "产品质量问题": [("燃气灶点火困难，更换点火针后仍反复出现", "更换整机", "已上门更换新机，客户确认使用正常"),
                 ("油烟机运行噪音大，夜间无法使用", "上门检测并更换电机", "已更换电机，噪音恢复正常"),
                 ("消毒柜使用两个月后门体变形关不严", "更换门体组件", "门体已更换"),
                 ("蒸烤一体机加热管烧坏，保修期内要求免费维修", "保修期内免费更换加热管", "已免费更换加热管"),
                 ("热水器出水忽冷忽热", "上门检测水压并调整比例阀", "已调整，客户反馈水温稳定")],
    "服务态度问题": [("安装师傅迟到两个小时且态度恶劣", "安装服务部约谈该师傅并向客户道歉", "已道歉并赠送清洗服务一次"),
                 ("400热线坐席多次挂断电话", "调取录音核实，对坐席进行培训考核", "已致歉，客户接受"),
                 ("维修人员收取未告知的上门费", "退还上门费并通报批评", "上门费已退还")],
    "业务流程问题": [("退换货需多次提交相同材料，流程繁琐", "简化退换货资料，由专人一次性收取", "已办理换货"),
                 ("预约安装一再改期，系统无法查询进度", "指定专人跟进并每日告知进度", "已完成安装"),
                 ("开具发票需往返门店三次", "改为电子发票邮寄", "电子发票已发送")],
}
_HF_DEPTS = {"产品质量问题": ["品质部", "售后服务部"], "服务态度问题": ["安装服务部", "售后服务部"],
             "业务流程问题": ["物流配送部", "售后服务部"]}
_HF_CITIES = ["杭州", "宁波", "绍兴", "嘉兴", "苏州", "上海", "合肥", "南京"]


def e283_s11_kitchen_complaint_office(rng, injected=None):
    """华帆厨电（厨房电器制造商）客户服务中心投诉处在 CRM“客诉工单”模块中的导出（XLSX，日期时间为 Excel 日期单元格）。
    400热线全年每天 8:00–20:00 有人接听；邮件、官网留言、在线客服随时进线，第二天由坐席登记。

    读制度 YAML 之前写下的表头（只读了种子 001 中“投诉处管理制度旨在”一篇）：投诉单号、投诉时间、投诉渠道（400热线、
    邮件、官网留言、在线客服）、客户名称、联系电话、投诉类别（产品质量问题、服务态度问题、业务流程问题）、投诉内容、
    首问责任人、首问部门、初步回复时间、调查责任部门、是否成立专项小组、解决方案、处理结果、反馈客户时间、结案时间、
    高层介入（写成“高层介入日期”）、改进措施、状态。另有所在城市。

    读过制度 YAML 后补的列：登记时间（工单建档时间：记录表单环节）、复杂程度（一般/复杂：复杂投诉由专门小组调查）、
    派单时间（派给调查责任部门的时间：分类在调查之前，调查开始后才要求已分类）、反馈人（首问责任制比较接收投诉和
    向客户通报结果的是不是同一人）、长期未结（投诉处人工标记长期未解决的工单）、介入领导（高层介入由谁办理）。

    注入的违规（按规则 id 计数，共 16）：initial_reply_24h 4（3 件初步回复超过24小时，其中周六邮件周一才回；
    1 件 6 月 27 日进线至今未初步回复）、first_contact_follows_through 3（反馈客户的不是首问责任人）、
    complex_to_special_team 3（复杂投诉仍派给品质部或售后服务部调查）、long_unresolved_to_senior 2（标记长期未结
    却没有高层介入）、result_fed_back 2（有处理结果却没有反馈客户时间）、category_assigned 2（已派单调查却没有分类）。

    陷阱：初步回复恰在24小时整；周五 22 点的邮件周六晚上回复（不足24小时）；6 月 30 日上午进线尚未回复（审计时点未满
    24小时）；复杂投诉由客诉专项小组调查；一般投诉也交专项小组（不违规）；长期未结的由分管副总或客服总监介入；
    处理中的工单没有反馈（没有处理结果，不要求）；6 月 30 日刚进线、尚未派单的工单没有分类（不要求）；
    反馈人与首问责任人相同。
    """
    inj = injected if injected is not None else []
    taken: set = set()
    agents = distinct_names(rng, 7, taken)
    leaders = ["总经理", "分管副总", "客服总监"]

    plan = []
    def add(kind, lo, hi=None):
        plan.append((kind, lo, hi or lo))

    for k in ("reply_late_sat_email", "reply_late_hotline", "reply_late_web"):
        add(k, date(2025, 4, 1), date(2025, 6, 14))
    add("reply_open_late", date(2025, 6, 27))
    for _ in range(3):
        add("other_feedback", date(2025, 4, 1), date(2025, 6, 14))
    for _ in range(3):
        add("complex_wrong_dept", date(2025, 4, 1), date(2025, 6, 10))
    for _ in range(2):
        add("long_no_senior", date(2025, 4, 1), date(2025, 5, 10))
    for _ in range(2):
        add("result_no_feedback", date(2025, 4, 1), date(2025, 6, 14))
    for _ in range(2):
        add("no_category", date(2025, 4, 1), date(2025, 6, 14))
    add("trap_exact_24h", date(2025, 4, 1), date(2025, 6, 14))
    add("trap_friday_night_email", date(2025, 5, 16))
    add("trap_open_not_due", date(2025, 6, 30))
    for _ in range(3):
        add("trap_complex_team", date(2025, 4, 1), date(2025, 6, 10))
    add("trap_simple_team", date(2025, 4, 1), date(2025, 6, 10))
    add("trap_long_with_senior", date(2025, 4, 1), date(2025, 4, 30))
    add("trap_long_with_senior", date(2025, 4, 1), date(2025, 5, 10))
    for _ in range(3):
        add("trap_in_progress", date(2025, 6, 16), date(2025, 6, 26))
    add("trap_new_uncategorised", date(2025, 6, 30))
    while len(plan) < 48:
        add("normal", date(2025, 4, 1), date(2025, 6, 14))

    cases = []
    for kind, lo, hi in plan:
        d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
        if kind == "reply_late_sat_email":
            while d.weekday() != 5:
                d += timedelta(days=1)
            channel = "邮件"
            recv = datetime(d.year, d.month, d.day, rng.randint(9, 15), rng.randint(0, 59))
        elif kind == "trap_friday_night_email":
            channel = "邮件"
            recv = datetime(d.year, d.month, d.day, 22, rng.randint(5, 40))
        elif kind == "trap_open_not_due":
            channel = "400热线"
            recv = datetime(d.year, d.month, d.day, 9, rng.randint(5, 40))
        elif kind == "trap_new_uncategorised":
            channel = "在线客服"
            recv = datetime(d.year, d.month, d.day, 8, rng.randint(5, 50))
        elif kind == "reply_open_late":
            channel = "官网留言"
            recv = datetime(d.year, d.month, d.day, 10, rng.randint(0, 59))
        elif kind == "reply_late_hotline":
            channel = "400热线"
            recv = datetime(d.year, d.month, d.day, 19, rng.randint(0, 50))
        elif kind == "reply_late_web":
            channel = "官网留言"
            recv = datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59))
        else:
            channel = pick(rng, [("400热线", 60), ("邮件", 12), ("官网留言", 14), ("在线客服", 14)])
            if channel == "400热线":
                recv = datetime(d.year, d.month, d.day) + timedelta(minutes=rng.randint(8 * 60, 19 * 60 + 50))
            else:
                recv = datetime(d.year, d.month, d.day) + timedelta(minutes=rng.randint(7 * 60, 23 * 60))
        cases.append({"kind": kind, "recv": recv, "channel": channel})
    cases.sort(key=lambda c: c["recv"])

    rows = []
    for i, c in enumerate(cases, 1):
        kind, recv, channel = c["kind"], c["recv"], c["channel"]
        no = f"KS{recv:%y%m}{i:04d}"
        cat = pick(rng, [("产品质量问题", 50), ("服务态度问题", 25), ("业务流程问题", 25)])
        content, measure, result_text = rng.choice(_HF_CONTENT[cat])
        agent = rng.choice(agents)

        # registered: phone calls while talking; the rest when an agent picks them up (8:00 next morning at the latest)
        if channel == "400热线":
            record = recv + timedelta(minutes=rng.randint(2, 12))
        else:
            record = recv + timedelta(minutes=rng.randint(10, 90))
            if record.hour >= 21 or record.hour < 8:
                nd = record.date() + timedelta(days=1) if record.hour >= 21 else record.date()
                record = datetime(nd.year, nd.month, nd.day, 8, rng.randint(5, 40))

        # first reply
        if kind == "reply_late_sat_email":
            mon = recv.date() + timedelta(days=2)
            record = datetime(mon.year, mon.month, mon.day, 8, rng.randint(10, 40))
            first = record + timedelta(minutes=rng.randint(30, 90))
            inj.append((no, "initial_reply_24h"))
        elif kind == "reply_late_hotline":
            first = recv + timedelta(hours=24, minutes=rng.randint(20, 70))
            inj.append((no, "initial_reply_24h"))
        elif kind == "reply_late_web":
            first = recv + timedelta(hours=rng.randint(27, 40), minutes=rng.randint(0, 59))
            if first.hour >= 20 or first.hour < 8:
                first = first.replace(hour=rng.randint(9, 11))
                if first - recv <= timedelta(hours=24):
                    first += timedelta(days=1)
            inj.append((no, "initial_reply_24h"))
        elif kind == "reply_open_late":
            first = None
            inj.append((no, "initial_reply_24h"))
        elif kind == "trap_exact_24h":
            first = recv + timedelta(hours=24)
        elif kind == "trap_friday_night_email":
            sat = recv.date() + timedelta(days=1)
            record = datetime(sat.year, sat.month, sat.day, 8, rng.randint(10, 30))
            first = datetime(sat.year, sat.month, sat.day, 21, rng.randint(30, 59))
            if first - recv > timedelta(hours=24):
                first = recv + timedelta(hours=23, minutes=50)
        elif kind in ("trap_open_not_due", "trap_new_uncategorised"):
            first = None
        else:
            first = record + timedelta(minutes=rng.randint(5, 60 * 8))
            latest = recv + timedelta(hours=23, minutes=30)
            if first > latest:
                first = latest
            if first.hour >= 21 or first.hour < 8:
                # agents call back next morning, still inside 24 hours
                nd = first.date() + timedelta(days=1) if first.hour >= 21 else first.date()
                first = datetime(nd.year, nd.month, nd.day, 8, rng.randint(0, 30))
                if first > latest:
                    first = latest
        if first is not None and first < record:
            record = first - timedelta(minutes=5)
            if record < recv:
                record = recv

        # complexity, dispatch to the investigating department
        complex_ = kind in ("complex_wrong_dept", "trap_complex_team") or (kind == "normal" and rng.random() < 0.12)
        if kind.startswith("trap_long") or kind == "long_no_senior":
            complex_ = True
        if first is None or kind in ("trap_open_not_due", "trap_new_uncategorised"):
            dispatch = None
        else:
            dispatch = first + timedelta(hours=rng.uniform(0.5, 20))
            if dispatch.hour >= 20 or dispatch.hour < 8:
                nd = dispatch.date() + timedelta(days=1) if dispatch.hour >= 20 else dispatch.date()
                dispatch = datetime(nd.year, nd.month, nd.day, 8, rng.randint(30, 59))
            dispatch = dispatch.replace(second=0, microsecond=0)
            if dispatch > CUTOFF:
                dispatch = None
        if complex_ and kind != "complex_wrong_dept":
            dept = "客诉专项小组"
        elif kind == "trap_simple_team":
            dept = "客诉专项小组"
        else:
            dept = rng.choice(_HF_DEPTS[cat])
        if kind == "complex_wrong_dept":
            inj.append((no, "complex_to_special_team"))
        if dispatch is None:
            dept = ""
        if kind == "no_category":
            cat_out = ""
            inj.append((no, "category_assigned"))
        elif kind == "trap_new_uncategorised":
            cat_out = ""
        else:
            cat_out = cat

        # long unresolved, senior intervention
        long_flag = "是" if kind in ("long_no_senior", "trap_long_with_senior") else "否"
        senior = leader = None
        if kind == "trap_long_with_senior":
            senior = dispatch + timedelta(days=rng.randint(30, 40))
            senior = senior.replace(hour=rng.randint(9, 16))
            leader = rng.choice(["分管副总", "客服总监", "总经理"])
        if kind == "long_no_senior":
            inj.append((no, "long_unresolved_to_senior"))

        # solution, result, feedback
        solution = result = feedback = fb_by = closed = improve = None
        in_progress = kind in ("trap_in_progress", "reply_open_late", "trap_open_not_due", "trap_new_uncategorised",
                               "long_no_senior") or dispatch is None
        if not in_progress:
            start = senior if senior else dispatch
            feedback = start + timedelta(days=rng.randint(2, 9), hours=rng.randint(0, 5))
            if feedback.hour >= 20 or feedback.hour < 8:
                feedback = feedback.replace(hour=rng.randint(9, 17))
            if feedback > CUTOFF:
                feedback = None
                in_progress = True
        if not in_progress:
            solution, result = measure, result_text
            fb_by = agent
            if kind == "other_feedback":
                fb_by = rng.choice([a for a in agents if a != agent])
                inj.append((no, "first_contact_follows_through"))
            if kind == "result_no_feedback":
                feedback = fb_by = None
                inj.append((no, "result_fed_back"))
            closed = (feedback or start + timedelta(days=5)) + timedelta(days=rng.randint(0, 2))
            if closed > CUTOFF:
                closed = None
            if cat == "产品质量问题" and rng.random() < 0.5:
                improve = "已反馈研发部门改进设计"
            elif cat != "产品质量问题" and rng.random() < 0.4:
                improve = "纳入月度投诉分析，修订服务规范"
        elif kind == "long_no_senior":
            solution = measure   # a solution proposed, the customer refused it; nothing has been settled since

        status = "已结案" if closed else ("待回复" if first is None else "处理中")
        rows.append({
            "投诉单号": no,
            "投诉时间": recv,
            "投诉渠道": channel,
            "客户名称": distinct_names(rng, 1, taken)[0],
            "联系电话": mobile(rng),
            "所在城市": rng.choice(_HF_CITIES),
            "投诉类别": cat_out or None,
            "投诉内容": content,
            "首问责任人": agent,
            "首问部门": "客服中心投诉处",
            "登记时间": record,
            "初步回复时间": first,
            "复杂程度": "复杂" if complex_ else "一般",
            "派单时间": dispatch,
            "调查责任部门": dept or None,
            "是否成立专项小组": ("是" if dept == "客诉专项小组" else "否") if dept else None,
            "解决方案": solution,
            "处理结果": result,
            "反馈客户时间": feedback,
            "反馈人": fb_by,
            "结案时间": closed,
            "长期未结": long_flag,
            "高层介入日期": senior,
            "介入领导": leader,
            "改进措施": improve,
            "状态": status,
        })

    hand = {
        "procedure": "s11-complaint-office-general",
        "columns": {
            "投诉单号": "case_number",
            "投诉时间": "receive_at",
            "投诉渠道": "channel",
            "投诉类别": "category",
            "投诉内容": "content",
            "首问责任人": "receive_by",
            "登记时间": "record_at",
            "初步回复时间": "initial_reply_at",
            "复杂程度": "is_complex",
            "派单时间": "investigate_at",
            "调查责任部门": "investigate_by",
            "解决方案": "measures",
            "处理结果": "result",
            "反馈客户时间": "feedback_at",
            "反馈人": "feedback_by",
            "长期未结": "long_unresolved",
            "高层介入日期": "senior_intervention_at",
            "介入领导": "senior_intervention_by",
        },
        "values": {
            "channel": {"400热线": "hotline", "邮件": "email", "官网留言": "website", "在线客服": "website"},
            "category": {"产品质量问题": "product_quality", "服务态度问题": "service_attitude",
                         "业务流程问题": "operating_procedure"},
            "is_complex": {"复杂": True, "一般": False},
            "long_unresolved": {"是": True, "否": False},
        },
        "roles": {"品质部": "investigating_dept", "售后服务部": "investigating_dept", "安装服务部": "investigating_dept",
                  "物流配送部": "investigating_dept", "客诉专项小组": "special_team",
                  "总经理": "senior_management", "分管副总": "senior_management", "客服总监": "senior_management"},
    }
    return rows, hand


EXPORTS = [
    ("282-l6-hunan-appeal-centre-register.csv", "gb18030", e282_l6_hunan_appeal_centre),
    ("283-s11-kitchen-appliance-complaint-office.xlsx", "xlsx", e283_s11_kitchen_complaint_office),
]
