"""Starter-profile benchmark exports 82-83 (set 14c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 82 83    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import (Case, pick, iso, iso_date, cn_date, person_name as _name, mobile as _mobile,
                          distinct_names, nth_workday_after, working_minutes)


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return working_minutes(t, CUTOFF)


def _at(d, rng, lo=9, hi=17):
    """A working-hours time on date d."""
    return datetime(d.year, d.month, d.day, rng.randint(lo, hi - 1), rng.randint(0, 59), rng.randint(0, 59))


# --- 82: L6, a provincial telecom user-appeal centre's case system --------------------------------------------------

def e82_l6_appeal_centre(rng, injected=None):
    """安徽省电信用户申诉受理中心“电信用户申诉处理系统”申诉件导出（UTF-8 带 BOM 的 CSV），按 L6《电信用户申诉处理办法》
    （工业和信息化部令第35号）审计。
    日期写法：系统时间戳 2025-03-04 09:12:33（收件时间、结论时间、答复申诉人时间）；申诉日期、材料补齐日期 2025-03-04；
    用户在申诉表上自填的事发日期、向企业投诉日期、企业答复日期写成 2025年3月4日。
    诉求类型：申诉 / 咨询；问题类别：收费争议 / 服务质量 / 网络质量 / 营销宣传 / 携号转网 / 个人信息保护 / 宽带装维。
    申诉方式：网上申诉 / 信函 / 传真 / 来访（均为书面，材料档号是书面申诉材料的归档号）；个别“电话”登记件。
    处理结论：受理 / 不予受理 / 告知先向企业投诉 / 咨询已解答，结论时间是作出结论并告知申诉人的时间。
    承办人写员工姓名：中心的 5 名工作人员；另有 2 名运营商驻中心联络员（企业派驻，不是申诉受理机构的人员），
    名单由审计人员向中心综合科核对。
    从原文写下的列：申诉编号、收件时间、申诉日期、申诉方式、申诉人、联系电话、通信地址、邮编、被申诉企业、问题类别、
    事发日期、申诉要求、事实与理由、是否已向企业投诉、向企业投诉日期、企业答复日期、对企业处理是否满意、处理结论、
    结论时间、结论说明（不予受理、告知先投诉、咨询解答的理由）、承办人、答复申诉人时间、处理结果、办理状态。
    读过制度 YAML 后补的列：材料档号（written_appeal）、被申诉企业地址（respondent_address）、企业是否处理答复
    （operator_handled）、诉求类型（policy_inquiry）、申诉人身份（direct_interest）、已和解并履行（settlement_executed）、
    本中心曾受理（handled_by_appeal_body）、其他机构受理情况（handled_elsewhere）、被申诉人明确（respondent_identified）、
    请求事实具体（specific_request）（受理条件核查的两项）、材料补齐日期（all_materials_received_at）。
    注入（14）：申诉编号重复 1 对（同一封信函被录入两次）；结论超过 5 个工作日 2 件；受理后超过 30 日才答复 1 件、
    受理后截至审计时点仍未答复且已超 30 日 1 件；收费争议事发距申诉超过五个月仍受理 1 件；已和解并履行仍受理 1 件；
    对企业处理结果满意仍受理 1 件；不予受理没有写原因 1 件；邮编空白 1 件；由运营商驻点联络员作出结论 1 件；
    “对企业处理是否满意”填“基本满意”（不是选项）1 件；未向企业投诉却直接“不予受理”、没有告知先向企业投诉 1 件；
    电话登记、没有书面材料档号仍受理 1 件。
    陷阱（不是违规）：收费争议事发 4 个多月后申诉并受理；其他申诉事发一年多后申诉并受理；收费争议超过五个月、
    已正确不予受理并写明原因；1 月 24 日收件、2 月 7 日作出结论（春节假期，含 1 月 26 日调休上班，仍在 5 个工作日内）；
    4 月 29 日收件、5 月 8 日作出结论（劳动节假期）；补齐材料后起算、收件 30 日后才答复但在补齐后 30 日内；
    6 月受理、尚未到 30 日的未答复件；受托代理人申诉并受理；非机主申诉、重复申诉、他处已受理、请求事实不具体的，
    均已不予受理并写明原因；
    企业未答复的“对企业处理是否满意”填“企业未答复”（不适用）；咨询件只有解答、没有受理和答复。
    """
    n = 64
    taken: set = set()
    staff = distinct_names(rng, 5, taken)
    liaison = distinct_names(rng, 2, taken)   # operators' stationed liaison officers

    # receipt days from 3 January to 20 June, in order; 24 Jan and 29 Apr are always among them (holiday traps)
    jan24, apr29 = (date(2025, 1, 24) - date(2025, 1, 3)).days, (date(2025, 4, 29) - date(2025, 1, 3)).days
    days = sorted(rng.sample([k for k in range(0, 169) if k not in (jan24, apr29)], n - 2) + [jan24, apr29])
    holiday_rows = [days.index(jan24), days.index(apr29)]

    early = [i for i in range(3, 40) if i not in holiday_rows]     # received by mid-April: replies are due by July
    rng.shuffle(early)
    late_decide = [early.pop() for _ in range(2)]
    late_reply = [early.pop()]
    open_overdue = [early.pop()]
    trap_materials = [early.pop(), early.pop()]
    slots = early + [i for i in range(40, n - 10) if i not in holiday_rows]
    rng.shuffle(slots)
    fee_over = [slots.pop()]
    settled_acc = [slots.pop()]
    satisfied_acc = [slots.pop()]
    reject_no_reason = [slots.pop()]
    no_postcode = [slots.pop()]
    liaison_decides = [slots.pop()]
    bad_satisfaction = [slots.pop()]
    not_complained_rejected = [slots.pop()]
    phone_no_written = [slots.pop()]
    dup_src = slots.pop()
    # traps
    trap_fee_4m = slots.pop()
    trap_other_14m = slots.pop()
    trap_fee_rejected = slots.pop()
    trap_agent = slots.pop()
    trap_non_owner = slots.pop()
    trap_repeat = slots.pop()
    trap_elsewhere = slots.pop()
    trap_vague = slots.pop()
    accepted_forced = set(late_decide + late_reply + open_overdue + fee_over + settled_acc + satisfied_acc
                          + liaison_decides + bad_satisfaction + phone_no_written
                          + [trap_fee_4m, trap_other_14m, trap_agent] + trap_materials)
    special = accepted_forced | set(reject_no_reason + no_postcode + not_complained_rejected + holiday_rows) | {
        dup_src, trap_fee_rejected, trap_non_owner, trap_repeat, trap_elsewhere, trap_vague}

    operators = [
        ("中国移动通信集团安徽有限公司合肥分公司", "合肥市蜀山区长江西路 658 号"),
        ("中国移动通信集团安徽有限公司芜湖分公司", "芜湖市镜湖区北京中路 39 号"),
        ("中国电信股份有限公司合肥分公司", "合肥市庐阳区长江中路 127 号"),
        ("中国电信股份有限公司蚌埠分公司", "蚌埠市蚌山区涂山路 1001 号"),
        ("中国联合网络通信有限公司安徽省分公司", "合肥市包河区马鞍山路 180 号"),
        ("中国联合网络通信有限公司阜阳市分公司", "阜阳市颍州区清河路 55 号"),
        ("中国广电安徽网络股份有限公司", "合肥市政务区潜山路 190 号"),
    ]
    cities = [("合肥市蜀山区", "230031"), ("合肥市包河区", "230051"), ("芜湖市鸠江区", "241000"),
              ("蚌埠市龙子湖区", "233000"), ("阜阳市颍州区", "236000"), ("安庆市大观区", "246000"),
              ("马鞍山市花山区", "243000"), ("六安市金安区", "237000"), ("淮南市田家庵区", "232000")]
    streets = ["望江西路", "徽州大道", "黄山路", "银湖北路", "淮河路", "人民路", "文化路", "梅山路", "皖江大道"]
    topics = {
        "收费争议": [("套餐到期后被自动续订高价套餐，多扣费用", "退还多扣话费"),
                 ("未订购的视频彩铃业务每月扣费 10 元", "退还全部扣费并取消业务"),
                 ("销户后仍产生月租并被催缴", "撤销欠费记录"),
                 ("国际漫游流量计费与短信提醒金额不符", "按提醒金额计费，退还差额"),
                 ("宽带提前拆机被收取违约金 600 元", "免除违约金")],
        "服务质量": [("营业厅办理补卡时工作人员态度恶劣", "企业书面道歉"),
                 ("多次拨打客服热线无人接听", "改进服务并答复"),
                 ("号码被无故停机，影响工作", "恢复使用并赔偿损失")],
        "网络质量": [("小区手机信号长期很弱，室内无法通话", "尽快增建基站"),
                 ("宽带晚高峰经常掉线", "彻底修复或免收月费")],
        "营销宣传": [("营业员承诺的“送宽带”实际需另交费用", "兑现承诺"),
                 ("电话推销时称“免费升级”，实际改成更贵套餐", "恢复原套餐，退还差价")],
        "携号转网": [("申请携号转网被告知存在合约无法办理，但合约已到期", "解除限制，办理携转"),
                 ("携转授权码短信迟迟收不到", "尽快办理")],
        "个人信息保护": [("被用本人身份证办理了不知情的号码", "注销号码并查明原因")],
        "宽带装维": [("预约宽带安装后一周无人上门", "尽快安装并减免首月费用"),
                 ("宽带报修三天未修复", "修复并减免故障期间费用")],
    }
    inquiries = [("携号转网需要满足什么条件", "携号转网"), ("套餐降档是否必须到营业厅办理", "收费争议"),
                 ("实名登记可以异地办理吗", "服务质量"), ("宽带合约期内搬家能否免费移机", "宽带装维")]

    rows = []
    for i in range(n):
        d0 = date(2025, 1, 3) + timedelta(days=days[i])
        while d0.weekday() >= 5 and d0 not in (date(2025, 1, 26), date(2025, 2, 8), date(2025, 4, 27)):
            d0 += timedelta(days=1)
        recv = _at(d0, rng, 8, 17)
        channel = pick(rng, [("网上申诉", 60), ("信函", 20), ("来访", 12), ("传真", 8)])
        if i in phone_no_written:
            channel = "电话"
        appeal_d = recv.date() if channel in ("网上申诉", "来访", "电话") else recv.date() - timedelta(days=rng.randint(1, 4))
        kind = "咨询" if (rng.random() < 0.1 and i not in special) else "申诉"
        if kind == "咨询":
            grounds, cat = rng.choice(inquiries)
            demand = "请解答"
        else:
            cat = pick(rng, [("收费争议", 40), ("服务质量", 14), ("网络质量", 12), ("营销宣传", 12), ("携号转网", 8),
                             ("个人信息保护", 4), ("宽带装维", 10)])
            if i in fee_over + [trap_fee_4m, trap_fee_rejected]:
                cat = "收费争议"
            if i == trap_other_14m:
                cat = "网络质量"
            grounds, demand = rng.choice(topics[cat])
        op_name, op_addr = rng.choice(operators)
        city, postcode = rng.choice(cities)

        complained = "是"
        if kind == "申诉" and rng.random() < 0.08 and i not in special:
            complained = "否"
        if i in not_complained_rejected:
            complained = "否"
        # complaint to the operator, its reply, the incident
        gap = rng.randint(16, 50)
        comp_d = appeal_d - timedelta(days=gap)
        handled = pick(rng, [("是", 70), ("否", 30)])
        if i in satisfied_acc + bad_satisfaction:
            handled = "是"
        op_reply_d = comp_d + timedelta(days=rng.randint(2, 14)) if handled == "是" else None
        if cat == "收费争议":
            incident_d = comp_d - timedelta(days=rng.randint(0, 70))
        else:
            incident_d = comp_d - timedelta(days=rng.randint(0, 200))
        if i == trap_fee_4m:
            incident_d = appeal_d - timedelta(days=rng.randint(125, 140))
        if i in fee_over:
            incident_d = appeal_d - timedelta(days=rng.randint(170, 200))
        if i == trap_fee_rejected:
            incident_d = appeal_d - timedelta(days=rng.randint(180, 230))
        if i == trap_other_14m:
            incident_d = appeal_d - timedelta(days=rng.randint(400, 560))
        incident_d = min(incident_d, comp_d)
        satisfaction = pick(rng, [("不满意", 94), ("满意", 6)]) if handled == "是" else "企业未答复"
        if i in special and satisfaction == "满意":
            satisfaction = "不满意"
        if i in satisfied_acc:
            satisfaction = "满意"
        if i in bad_satisfaction:
            satisfaction = "基本满意"
        if complained == "否":
            comp_d = op_reply_d = None
            handled = ""
            satisfaction = ""

        identity = "机主本人" if i in special else pick(rng, [("机主本人", 90), ("受托代理人", 10)])
        if i == trap_agent:
            identity = "受托代理人"
        if i == trap_non_owner:
            identity = "非机主"
        settled = "是" if i in settled_acc else "否"
        repeat = "是" if i in (trap_repeat, *reject_no_reason) else "否"
        elsewhere = "12315已受理" if i == trap_elsewhere else "无"

        # the centre's conclusion
        reason = ""
        if kind == "咨询":
            concl, reason = "咨询已解答", "属电信政策咨询，已向用户解答"
        elif complained == "否":
            concl = "告知先向企业投诉"
            reason = "未向被申诉企业投诉，已告知先向企业投诉"
            if i in not_complained_rejected:
                concl = "不予受理"
                reason = "不符合申诉条件（未向企业投诉）"
        elif i == trap_fee_rejected:
            concl, reason = "不予受理", "收费争议发生时距提起申诉时已超过五个月"
        elif i == trap_non_owner:
            concl, reason = "不予受理", "申诉人非机主，与申诉事项无直接利害关系"
        elif i == trap_repeat:
            concl, reason = "不予受理", "本中心已受理过同一事项"
        elif i == trap_elsewhere:
            concl, reason = "不予受理", "消费者组织（12315）已受理"
        elif i == trap_vague:
            concl, reason = "不予受理", "申诉请求和事实根据不具体，已告知补充后再申诉"
        elif i in reject_no_reason:
            concl, reason = "不予受理", ""
        elif satisfaction == "满意" and i not in satisfied_acc:
            concl, reason = "不予受理", "对企业处理结果满意，不符合申诉条件"
        else:
            concl = "受理"

        k = rng.choice([0, 1, 1, 2, 2, 3, 4])
        if d0 == date(2025, 1, 24):
            k = 5   # 24 Jan -> 7 Feb across the Spring Festival (26 Jan worked), still the 5th working day
        if d0 == date(2025, 4, 29):
            k = 4   # 29 Apr -> 8 May across the Labour Day holiday
        decide_d = nth_workday_after(recv.date(), k)
        if i in late_decide:
            decide_d = nth_workday_after(recv.date(), rng.randint(7, 9))
        decide = _at(decide_d, rng) if decide_d != recv.date() else recv + timedelta(minutes=rng.randint(40, 200))
        by = rng.choice(staff)
        if i in liaison_decides:
            by = liaison[0]

        materials = None
        reply = None
        result = ""
        status = "已办结"
        if concl == "受理":
            if i in trap_materials:
                materials = recv.date() + timedelta(days=rng.randint(6, 12))
                reply_d = materials + timedelta(days=rng.randint(25, 29))
                if reply_d <= recv.date() + timedelta(days=30):
                    reply_d = recv.date() + timedelta(days=31)
            elif i in late_reply:
                reply_d = recv.date() + timedelta(days=rng.randint(34, 45))
            else:
                reply_d = recv.date() + timedelta(days=rng.randint(8, 29))
            reply_d = max(reply_d, decide.date() + timedelta(days=1))
            reply = _at(reply_d, rng)
            if i in open_overdue or (reply > CUTOFF) or (recv.date() >= date(2025, 6, 3) and rng.random() < 0.5):
                reply = None
            if reply is None:
                status = "处理中"
            else:
                result = pick(rng, [("调解成功，企业已退费", 40), ("企业已纠正，申诉人接受", 30), ("调解不成，已告知申诉人", 15),
                                    ("申诉不成立，已向申诉人说明", 15)])
        elif concl == "咨询已解答":
            result = "已电话解答"
        elif concl == "告知先向企业投诉":
            result = "已告知"
        else:
            result = "已告知不予受理"

        num = f"AHSS{recv:%Y%m}{i + 1:04d}"
        addr = f"安徽省{city}{rng.choice(streets)}{rng.randint(1, 300)}号{rng.randint(1, 30)}栋{rng.randint(1, 30)}0{rng.randint(1, 4)}室"
        r = Case({
            "申诉编号": num,
            "收件时间": iso(recv),
            "申诉日期": iso_date(appeal_d),
            "申诉方式": channel,
            "材料档号": "" if i in phone_no_written else f"WS{recv:%y%m%d}-{rng.randint(100, 999)}",
            "诉求类型": kind,
            "申诉人": _name(rng),
            "申诉人身份": identity,
            "联系电话": _mobile(rng),
            "通信地址": addr,
            "邮编": "" if i in no_postcode else postcode,
            "被申诉企业": op_name,
            "被申诉企业地址": op_addr,
            "问题类别": cat,
            "事发日期": cn_date(incident_d),
            "申诉要求": demand,
            "事实与理由": grounds,
            "是否已向企业投诉": complained,
            "向企业投诉日期": cn_date(comp_d) if comp_d else "",
            "企业是否处理答复": handled,
            "企业答复日期": cn_date(op_reply_d) if op_reply_d else "",
            "对企业处理是否满意": satisfaction,
            "已和解并履行": settled,
            "本中心曾受理": repeat,
            "其他机构受理情况": elsewhere,
            "被申诉人明确": "是",
            "请求事实具体": "否" if i == trap_vague else "是",
            "处理结论": concl,
            "结论时间": iso(decide),
            "结论说明": reason,
            "承办人": by,
            "材料补齐日期": iso_date(materials) if materials else "",
            "答复申诉人时间": iso(reply) if reply else "",
            "处理结果": result,
            "办理状态": status,
        })
        rows.append(r)

    # the same letter keyed in twice: a second row with the first one's number, a day later
    dup = Case(rows[dup_src])
    rows.insert(dup_src + 1, dup)

    if injected is not None:
        def num(i):
            return rows[i if i <= dup_src else i + 1]["申诉编号"]
        injected += [(rows[dup_src]["申诉编号"], "duplicate")]
        injected += [(num(i), "decide_late") for i in late_decide]
        injected += [(num(i), "reply_late") for i in late_reply + open_overdue]
        injected += [(num(i), "fee_over_5_months_accepted") for i in fee_over]
        injected += [(num(i), "settled_accepted") for i in settled_acc]
        injected += [(num(i), "satisfied_accepted") for i in satisfied_acc]
        injected += [(num(i), "no_reject_reason") for i in reject_no_reason]
        injected += [(num(i), "no_postcode") for i in no_postcode]
        injected += [(num(i), "liaison_decides") for i in liaison_decides]
        injected += [(num(i), "bad_satisfaction_value") for i in bad_satisfaction]
        injected += [(num(i), "not_referred_to_operator") for i in not_complained_rejected]
        injected += [(num(i), "no_written_material") for i in phone_no_written]

    hand = {
        "procedure": "l6-telecom-user-appeals-2016",
        "columns": {
            "申诉编号": "case_number",
            "收件时间": "receive_at",
            "申诉日期": "appeal_at",
            "材料档号": "written_appeal",
            "诉求类型": "policy_inquiry",
            "申诉人": "complainant",
            "申诉人身份": "direct_interest",
            "联系电话": "contact_phone",
            "通信地址": "address",
            "邮编": "postcode",
            "被申诉企业": "respondent_name",
            "被申诉企业地址": "respondent_address",
            "问题类别": "category",
            "事发日期": "incident_at",
            "申诉要求": "demand",
            "事实与理由": "grounds",
            "是否已向企业投诉": "complained_to_operator",
            "向企业投诉日期": "complain_to_operator_at",
            "企业是否处理答复": "operator_handled",
            "企业答复日期": "operator_reply_at",
            "对企业处理是否满意": "satisfaction",
            "已和解并履行": "settlement_executed",
            "本中心曾受理": "handled_by_appeal_body",
            "其他机构受理情况": "handled_elsewhere",
            "被申诉人明确": "respondent_identified",
            "请求事实具体": "specific_request",
            "结论时间": "decide_at",
            "结论说明": "reject_reason",
            "承办人": "decide_by",
            "材料补齐日期": "all_materials_received_at",
            "答复申诉人时间": "reply_at",
        },
        "values": {
            "policy_inquiry": {"咨询": "yes", "申诉": "no"},
            "direct_interest": {"机主本人": "yes", "受托代理人": "yes", "非机主": "no"},
            "category": {"收费争议": "fee_dispute", "服务质量": "other", "网络质量": "other", "营销宣传": "other",
                         "携号转网": "other", "个人信息保护": "other", "宽带装维": "other"},
            "complained_to_operator": {"是": "yes", "否": "no"},
            "operator_handled": {"是": "yes", "否": "no"},
            "satisfaction": {"满意": "satisfied", "不满意": "unsatisfied", "企业未答复": ""},
            "settlement_executed": {"是": "yes", "否": "no"},
            "handled_by_appeal_body": {"是": "yes", "否": "no"},
            "handled_elsewhere": {"无": "no", "12315已受理": "yes"},
            "respondent_identified": {"是": "yes", "否": "no"},
            "specific_request": {"是": "yes", "否": "no"},
        },
        "roles": {**{s: "provincial_appeal_body" for s in staff}, **{s: "operator" for s in liaison}},
        "outcomes": {
            "处理结论": {"date": "结论时间",
                     "steps": {"受理": "accept", "告知先向企业投诉": "refer_to_operator", "咨询已解答": "answer_inquiry"}},
        },
    }
    return rows, hand


# --- 83: S48, a PCB maker's customer-complaint tracking sheet --------------------------------------------------------

def e83_s48_pcb_tracking(rng, injected=None):
    """鼎翔电路（昆山）有限公司 总经理室生管组维护的“客诉追踪表 2025”（XLSX，中英混排表头），按 S48《客户投诉管理办法》审计。
    日期写法：XLSX 真日期单元格（接收日期、各环节日期；交货日、生产日期只有日期）。
    编号：客诉编号按办法“年度+月份+流水”写成 6 位（250307）。类别：Quality 品质 / Non-Quality 非品质（人为）。
    客户要求：8D Report / Replace 补货 / Credit Note 扣款 / RMA 退货 / Sorting 挑选 / Corrective action 改善报告。
    人员写姓名：生管（PMC，即总经理室生产管理组）2 人登记并判定处理方式，品保（QA）3 人确认，
    制造部 3 名课长回复制造调查，业务部 3 名业务员和 1 名业务助理回复客户（名单向人事核对）。
    从原文写下的列：客诉编号、接收日期、客户、客户料号、料号、订单号、D/C、出货数量、交货日、不良数、不良现象、类别、
    客户要求、生产单位、班别、作业员、生产日期、原因分析、处理方式、责任单位、回复客户日、Status、备注。
    读过制度 YAML 后补的列：Loss 损失（loss_caused）、Visit Date 前往日期（go_handle_at）、异常单日期（exception_slip_at）、
    Registered by（register_by）、QA 确认日 / Verified by（inspect_at / inspect_by）、制造回复日 / MFG by
    （manufacturing_investigation_at / _by）、判定日 / Decided by（determine_handling_at / _by）、责任人
    （responsible_person）、Reply by（reply_by）。
    注入（15）：客诉编号重复 1 对；编号不合“年月流水”两位规则 2 件（一件中间带横线，一件流水号位数不对）；由品保登记 1 件；
    由品保直接回复客户 2 件；由业务判定处理方式 1 件；交货日空白 1 件；订单号空白 1 件；制造已回复而班别空白 1 件、
    生产日期空白 1 件；无损失、已前往处理却没有开异常单 1 件；异常单日期早于前往日期 1 件；出货数量写成“2K” 1 件；
    已判定而责任人空白 1 件。
    陷阱（不是违规）：有损失的案件没有前往、没有异常单；6 月下旬的无损失新案尚未前往、没有异常单；非品质客诉（标签、
    包装、交期）没有制造调查、生产字段空白；6 月未结的品质案件尚无制造回复、生产字段空白，也没有判定和回复；业务助理回复客户（属业务部）；
    月底收到、按次月编号的客诉（编号月份与接收月份不同）；备注写“重复客诉”的新案（编号不同）。
    """
    taken: set = set()
    pmc = distinct_names(rng, 2, taken)
    qa = distinct_names(rng, 3, taken)
    mfg = distinct_names(rng, 3, taken)
    sales = distinct_names(rng, 3, taken)
    sales_asst = distinct_names(rng, 1, taken)
    operators = distinct_names(rng, 8, taken)

    customers = [("Flex Zhuhai", "FZ"), ("Jabil Wuxi", "JW"), ("Delta Wujiang", "DW"), ("立讯精密", "LX"),
                 ("BYD 电子", "BY"), ("Continental 长春", "CT"), ("歌尔股份", "GE")]
    defects_q = ["Open 断路", "Short 短路", "S/M peeling 防焊脱落", "Plating void 孔破", "Warpage 板翘",
                 "Delamination 分层", "Impedance out of spec 阻抗超标", "Solderability poor 上锡不良", "Blister 起泡"]
    defects_nq = ["Label error 标签错误", "Mixed P/N 混料", "Short shipment 少数", "Packing damage 包装破损",
                  "Late delivery 交期延误", "Wrong COC 出货报告错误"]
    units = ["一厂 钻孔", "一厂 电镀", "二厂 压合", "二厂 防焊", "二厂 成型", "三厂 表面处理"]
    nq_units = ["包装课", "出货课"]
    dispositions = ["Rework 重工", "Replace 补货", "Credit 扣款", "Scrap 报废", "Sorting 挑选", "UAI 特采"]
    resp_depts = ["制造部", "工程部", "品保部", "物料部", "外包厂"]

    n = 60
    # ten complaints a month, numbered per month
    rows = []
    for m in range(1, 7):
        for s in range(1, 11):
            d = date(2025, m, 1) + timedelta(days=rng.randint(0, 27))
            rows.append({"month": m, "serial": s, "day": d})
    rows.sort(key=lambda r: (r["month"], r["day"]))
    for idx, r in enumerate(rows):   # serials follow receipt order within the month
        r["serial"] = sum(1 for q in rows[:idx] if q["month"] == r["month"]) + 1
    assert len(rows) == n

    slots = list(range(2, 48))     # received by the end of May: every step of these has happened
    rng.shuffle(slots)
    bad_num = [slots.pop() for _ in range(2)]
    reg_by_qa = [slots.pop()]
    reply_by_qa = [slots.pop() for _ in range(2)]
    decided_by_sales = [slots.pop()]
    no_ship_date = [slots.pop()]
    no_po = [slots.pop()]
    no_shift = [slots.pop()]
    no_prod_date = [slots.pop()]
    no_slip = [slots.pop()]
    slip_before_visit = [slots.pop()]
    qty_text = [slots.pop()]
    no_resp_person = [slots.pop()]
    trap_asst = [slots.pop(), slots.pop()]
    trap_next_month = slots.pop()
    trap_repeat_remark = slots.pop()
    dup_src = next(i for i in slots if i + 1 in slots)    # the later row keeps only its wrong number
    slots.remove(dup_src)
    slots.remove(dup_src + 1)
    june_late = [i for i in range(48, n) if rows[i]["day"] >= date(2025, 6, 18)]
    trap_june_no_visit, trap_open_no_mfg = june_late[-1], june_late[-2]
    quality_forced = set(no_shift + no_prod_date + [trap_open_no_mfg])
    no_loss_forced = set(no_slip + slip_before_visit)

    out = []
    for i, base in enumerate(rows):
        m, sn, d = base["month"], base["serial"], base["day"]
        recv = datetime(d.year, d.month, d.day, rng.randint(8, 17), rng.randint(0, 59))
        number = f"25{m:02d}{sn:02d}"
        if i == trap_next_month:
            # received on the last working day of the month, numbered in the next month's run
            recv = datetime(2025, m, 28, 16, 40) if m != 2 else datetime(2025, 2, 28, 16, 40)
            number = f"25{m + 1:02d}11"     # after the next month's ten
        if i in bad_num:
            number = f"25{m:02d}-{sn:02d}" if bad_num.index(i) == 0 else f"25{m:02d}{sn}"
            if bad_num.index(i) == 1 and sn >= 10:
                number = f"25{m:02d}{sn:03d}"
        cust, code = rng.choice(customers)
        quality = rng.random() < 0.75 or i in quality_forced
        cat = "Quality 品质" if quality else "Non-Quality 非品质"
        defect = rng.choice(defects_q if quality else defects_nq)
        ship_qty = rng.choice([500, 800, 1000, 1200, 2000, 2400, 3000, 5000, 6000, 10000])
        ng_qty = max(1, int(ship_qty * rng.uniform(0.002, 0.08)))
        ship_d = d - timedelta(days=rng.randint(5, 40))
        prod_d = ship_d - timedelta(days=rng.randint(2, 12))
        loss = "N" if (rng.random() < 0.3 or i in no_loss_forced or i == trap_june_no_visit) else "Y"
        demand = rng.choice(["8D Report", "Replace 补货", "Credit Note 扣款", "RMA 退货", "Sorting 挑选"])
        if not quality:
            demand = rng.choice(["Replace 补货", "Corrective action 改善报告", "Credit Note 扣款"])

        t = recv
        reg_by = rng.choice(pmc) if i not in reg_by_qa else rng.choice(qa)
        visit = slip = None
        if loss == "N":
            visit = _cap(t + timedelta(days=rng.randint(0, 3), hours=rng.randint(1, 6)))
            if d >= date(2025, 6, 18) and i not in no_loss_forced:
                visit = None   # trap: a new June case, nobody has gone yet
            if visit:
                slip = _cap(visit + timedelta(hours=rng.randint(2, 30)))
                if i in no_slip:
                    slip = None
                if i in slip_before_visit:
                    slip = visit.replace(hour=10, minute=0) - timedelta(days=2)   # keyed with the wrong day
        inspect_at = _cap(t + timedelta(hours=rng.randint(4, 60)))
        inspect_by = rng.choice(qa)
        open_case = d >= date(2025, 6, 16)
        mfg_at = mfg_by = None
        if quality or rng.random() < 0.2:
            mfg_at = _cap(t + timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 8)))
            mfg_by = rng.choice(mfg)
        if (open_case and rng.random() < 0.6) or i == trap_open_no_mfg:
            mfg_at = mfg_by = None
        has_mfg = mfg_at is not None
        if i in quality_forced and not has_mfg:
            mfg_at = _cap(t + timedelta(days=2))
            mfg_by = rng.choice(mfg)
            has_mfg = True
        det_at = det_by = None
        if (has_mfg or not quality) and not (open_case and rng.random() < 0.5):
            det_at = _cap((mfg_at or inspect_at or t) + timedelta(hours=rng.randint(4, 72)))
            det_by = rng.choice(pmc) if i not in decided_by_sales else rng.choice(sales)
        reply_at = reply_by = None
        if det_at:
            reply_at = _cap(det_at + timedelta(hours=rng.randint(2, 72)))
            if reply_at:
                reply_by = rng.choice(sales)
                if i in trap_asst:
                    reply_by = sales_asst[0]
                if i in reply_by_qa:
                    reply_by = qa[reply_by_qa.index(i) % len(qa)]
            else:
                reply_by = None
        if det_at is None:
            det_by = None

        row = Case({
            "客诉编号 CC No.": number,
            "Date Rec'd 接收日期": recv,
            "Registered by": reg_by,
            "Customer 客户": cust,
            "Cust. P/N": f"{code}-{rng.randint(10000, 99999)}-{rng.choice('ABC')}",
            "P/N 料号": f"DX{rng.choice(['4L', '6L', '8L', '2L', 'HDI'])}{rng.randint(1000, 9999)}{rng.choice(['A0', 'A1', 'B0'])}",
            "PO No. 订单号": "" if i in no_po else f"{code}PO{rng.randint(4500000, 4599999)}",
            "D/C": f"{(prod_d.isocalendar()[0] % 100):02d}{prod_d.isocalendar()[1]:02d}",
            "Ship Qty 出货数": "2K" if i in qty_text else ship_qty,
            "Ship Date 交货日": None if i in no_ship_date else datetime(ship_d.year, ship_d.month, ship_d.day),
            "NG Qty 不良数": ng_qty,
            "Defect 不良现象": defect,
            "Type 类别": cat,
            "Customer Request 客户要求": demand,
            "Loss 损失": loss,
            "Visit Date 前往日期": visit,
            "异常单日期": slip,
            "QA 确认日": inspect_at,
            "Verified by": inspect_by,
            "制造回复日": mfg_at,
            "MFG by": mfg_by,
            "生产单位": (rng.choice(units) if quality else rng.choice(nq_units)) if has_mfg else None,
            "班别": (None if i in no_shift else rng.choice(["A班", "B班", "C班"])) if has_mfg else None,
            "作业员": rng.choice(operators) if has_mfg else None,
            "生产日期": (None if i in no_prod_date else datetime(prod_d.year, prod_d.month, prod_d.day)) if has_mfg else None,
            "Root Cause 原因": (rng.choice(["药水浓度异常", "压合参数偏移", "曝光对位偏差", "作业员未按SOP",
                                          "来料铜箔异常", "包装作业漏检"]) if (has_mfg or det_at) else None),
            "Disposition 处理方式": rng.choice(dispositions) if det_at else None,
            "判定日": det_at,
            "Decided by": det_by,
            "Resp. Dept 责任单位": (rng.choice(resp_depts) if quality else rng.choice(["物料部", "业务部", "制造部"])) if det_at else None,
            "责任人": (None if i in no_resp_person else rng.choice(operators + mfg)) if det_at else None,
            "回复客户日": reply_at,
            "Reply by": reply_by,
            "Status": "Closed" if reply_at else "Open",
            "备注": "重复客诉，见上月同料号" if i == trap_repeat_remark else None,
        })
        out.append(row)

    # the duplicate: a later case keyed with an earlier case's number
    dup_dst = dup_src + 1
    out[dup_dst]["客诉编号 CC No."] = out[dup_src]["客诉编号 CC No."]

    if injected is not None:
        def num(i):
            return out[i]["客诉编号 CC No."]
        injected += [(num(dup_src), "duplicate")]
        injected += [(num(i), "bad_number") for i in bad_num]
        injected += [(num(i), "registered_by_qa") for i in reg_by_qa]
        injected += [(num(i), "reply_by_qa") for i in reply_by_qa]
        injected += [(num(i), "decided_by_sales") for i in decided_by_sales]
        injected += [(num(i), "no_ship_date") for i in no_ship_date]
        injected += [(num(i), "no_po") for i in no_po]
        injected += [(num(i), "no_shift") for i in no_shift]
        injected += [(num(i), "no_production_date") for i in no_prod_date]
        injected += [(num(i), "no_exception_slip") for i in no_slip]
        injected += [(num(i), "slip_before_visit") for i in slip_before_visit]
        injected += [(num(i), "quantity_text") for i in qty_text]
        injected += [(num(i), "no_responsible_person") for i in no_resp_person]

    hand = {
        "procedure": "s48-pcb-customer-complaints",
        "columns": {
            "客诉编号 CC No.": "case_number",
            "Date Rec'd 接收日期": "register_at",
            "Registered by": "register_by",
            "P/N 料号": "product",
            "PO No. 订单号": "order_number",
            "Ship Qty 出货数": "quantity",
            "Ship Date 交货日": "ship_date",
            "Type 类别": "category",
            "Customer Request 客户要求": "demand",
            "Loss 损失": "loss_caused",
            "Visit Date 前往日期": "go_handle_at",
            "异常单日期": "exception_slip_at",
            "QA 确认日": "inspect_at",
            "Verified by": "inspect_by",
            "制造回复日": "manufacturing_investigation_at",
            "MFG by": "manufacturing_investigation_by",
            "生产单位": "production_unit",
            "班别": "shift",
            "作业员": "production_staff",
            "生产日期": "production_date",
            "判定日": "determine_handling_at",
            "Decided by": "determine_handling_by",
            "Resp. Dept 责任单位": "responsible_department",
            "责任人": "responsible_person",
            "回复客户日": "reply_at",
            "Reply by": "reply_by",
        },
        "values": {
            "category": {"Quality 品质": "quality", "Non-Quality 非品质": "non_quality"},
            "loss_caused": {"Y": True, "N": False},
        },
        "roles": {**{s: "production_control" for s in pmc}, **{s: "quality_mgmt" for s in qa},
                  **{s: "manufacturing" for s in mfg}, **{s: "sales" for s in sales + sales_asst}},
    }
    return out, hand


EXPORTS = [
    ("82-l6-appeal-centre-cases.csv", "utf-8-sig", e82_l6_appeal_centre),
    ("83-s48-pcb-complaint-tracking.xlsx", "xlsx", e83_s48_pcb_tracking),
]
