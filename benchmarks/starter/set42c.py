"""Starter-profile benchmark exports 248-249 (set 42c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 248 249    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, nth_workday_after, workday, slash


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=21):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def _take(rng, pool, used, k=1):
    """k random rows of `pool` not yet in `used` (which they join)."""
    free = [i for i in pool if i not in used]
    out = rng.sample(free, k)
    used.update(out)
    return out


# --- 248: S21, a sterile-device maker's QMS complaint ledger (XLSX) -------------------------------------------

_S21_PRODUCTS = {
    "syringe": ("一次性使用无菌注射器 带针", ["1ml", "2ml", "5ml", "10ml", "20ml"], "支"),
    "infusion": ("一次性使用输液器 带针", ["0.7×25TWLB", "0.8×28TWLB"], "套"),
    "cannula": ("一次性使用静脉留置针", ["20G", "22G", "24G"], "支"),
    "blood": ("一次性使用静脉采血针", ["0.7×25", "0.8×25"], "支"),
}

# (反馈描述, products, 评价结论, 是否上报药监, 处理措施, 协办部门)
_S21_FEEDBACK = [
    ("使用中针座与外套连接处漏液", ["syringe"], "确认投诉", "不需上报",
     "同批次留样复检，更换问题产品", "质量管理部"),
    ("针尖有毛刺，穿刺疼痛明显", ["syringe", "blood"], "确认投诉", "不需上报",
     "留样检验针尖，生技部排查磨针工序，换货", "生产技术部、质量管理部"),
    ("小包装封口开裂，无菌屏障受损", ["syringe", "infusion", "cannula", "blood"], "确认投诉", "不需上报",
     "召回该箱产品，排查热封参数", "生产技术部"),
    ("流量调节器失灵，无法调节滴速", ["infusion"], "确认投诉", "不需上报",
     "换货，质量部对调节器来料抽检", "质量管理部"),
    ("滴斗有裂纹，输液时漏液", ["infusion"], "确认投诉", "不需上报",
     "换货，生技部检查滴斗注塑模具", "生产技术部"),
    ("药液通道内见黑色异物", ["infusion"], "确认投诉", "不需上报",
     "留样分析异物来源，整批隔离复检", "质量管理部、生产技术部"),
    ("导管打折，回血不畅", ["cannula"], "确认投诉", "不需上报",
     "现场查看使用方法，换货并做使用培训", "质量管理部"),
    ("刻度印刷模糊，无法准确计量", ["syringe"], "确认投诉", "不需上报",
     "换货，生技部调整移印工序", "生产技术部"),
    ("拔针后发现导管尖端断裂残留体内", ["cannula"], "确认投诉", "需上报",
     "按可疑不良事件上报，封存同批次，质量部牵头调查", "质量管理部、生产技术部"),
    ("输液后患者穿刺部位红肿，疑似热原反应", ["infusion"], "确认投诉", "需上报",
     "按可疑不良事件上报，留样送检热原", "质量管理部"),
    ("询问该批次有效期及储存条件", ["syringe", "infusion", "cannula", "blood"], "咨询", "不需上报",
     "电话答复", ""),
    ("索取该批次出厂检验报告", ["syringe", "infusion", "cannula", "blood"], "咨询", "不需上报",
     "邮件发送检验报告", ""),
    ("到货外箱破损，内包装完好", ["syringe", "infusion", "cannula", "blood"], "一般反馈", "不需上报",
     "转物流承运商处理", ""),
    ("到货数量与随货同行单不符", ["syringe", "infusion", "cannula", "blood"], "一般反馈", "不需上报",
     "核对出库单后补发", ""),
]

_S21_CUSTOMERS = [
    "江宁区人民医院", "昆山市第一人民医院", "吴江区中医院", "常熟市第二人民医院", "张家港市妇幼保健院",
    "太仓市中心医院", "苏州瑞康医药有限公司", "无锡九州通医疗器械有限公司", "南通华东医药有限公司",
    "宿迁市钟吾医院", "泰州市人民医院", "嘉兴康顺医疗用品有限公司",
]


def e248_s21_sterile_device_complaint_ledger(rng, injected=None):
    """S21 ISO13485 顾客投诉处置程序. A sterile-device maker (一次性注射器、输液器、留置针、采血针) keeps its 客诉台账
    in the QMS module of its ERP; 销售部内勤 register each customer feedback, the 销售部 客诉专员 or manager evaluates it
    (确认投诉 / 一般反馈 / 咨询, and whether it is a 可疑不良事件 to be reported to 药监), and for confirmed complaints the
    主办部门 (市场销售部) handles it with 质量管理部 / 生产技术部 assisting. The XLSX export has real date cells.
    接收人 and 评价人 are people, not departments: the hand profile maps them by the company's staff list (销售部内勤
    three, 客诉专员 and 销售部经理, two QA engineers of 质量管理部).

    读制度 YAML 之前写下的表头：客诉编号、接收日期、客户单位、联系人、联系电话、产品名称、规格型号、生产批号、涉及数量、
    单位、反馈描述、接收人、评价结论、是否上报药监、上报日期、处理措施、协办部门、处理完成日期、总经理审批、回访结果。
    读过制度 YAML 后补的列：评价日期、评价人（评价环节的时间和办理人）、主办部门（处理环节的办理部门）。

    注入的违规（按规则 id 计数，共 17）：register_recorded 1（接收日期空）、batch_provided 2（生产批号空）、
    quantity_provided 1、quantity 1（CK102，“若干”）、complaint_evaluated 1（已评价、结论空）、
    regulator_report_decided 2、handling_recorded 2（确认投诉、没有处理记录）、is_complaint 1（CK102，“待复检”）、
    step-receive_record 1（质量部 QA 登记）、step-evaluate 1（QA 评价）、step-handle 1（质量管理部主办）、
    receive_record-evaluate 1（先评价、后补登记）、evaluate-handle 1（先处理、后评价）、case_number 1（编号重复）。
    陷阱：咨询、一般反馈没有处理完成日期（处理记录只对确认投诉要求）；6 月下旬接收、尚未评价的几条（没有评价就不要求
    结论、上报判断和处理记录）；协办部门写质量管理部、生产技术部（会同处理，不是主办）；同一天接收并评价的。
    """
    taken: set = set()
    receivers = distinct_names(rng, 3, taken)       # 销售部内勤
    evaluators = distinct_names(rng, 2, taken)      # 销售部 客诉专员、销售部经理
    qa_staff = distinct_names(rng, 2, taken)        # 质量管理部 QA 工程师
    n = 44
    contacts = distinct_names(rng, n, taken)

    days = sorted(_rand_day(rng, date(2025, 1, 6), date(2025, 6, 20)) for _ in range(n - 3))
    days = [d if workday(d) else nth_workday_after(d, 1) for d in days]
    days += sorted(_rand_day(rng, date(2025, 6, 23), date(2025, 6, 27)) for _ in range(3))   # not yet evaluated
    cases = []
    for i, d in enumerate(days):
        fb = rng.choice(_S21_FEEDBACK[:-4]) if rng.random() < 0.7 else rng.choice(_S21_FEEDBACK[-4:])
        desc, kinds, conclusion, report, measures, assist = fb
        kind = rng.choice(kinds)
        product, specs, unit = _S21_PRODUCTS[kind]
        received = _at(rng, d, 8.5, 17.0)
        prod_day = received.date() - timedelta(days=rng.randint(30, 300))
        quantity = rng.randint(1, 240) if conclusion == "确认投诉" else rng.choice([200, 500, 1000, 2000, 3000])
        c = {
            "no": f"KS25-{i + 1:03d}", "received": received, "receiver": rng.choice(receivers),
            "customer": rng.choice(_S21_CUSTOMERS), "contact": contacts[i], "phone": mobile(rng),
            "product": product, "spec": rng.choice(specs), "unit": unit,
            "batch": f"{prod_day:%y%m%d}{rng.randint(1, 4):02d}", "quantity": quantity, "desc": desc,
            "evaluated": None, "evaluator": None, "conclusion": None, "report": None, "reported": None,
            "measures": "", "assist": "", "handled": None, "handler": None, "gm": "", "revisit": "",
        }
        if d < date(2025, 6, 23):
            k = pick(rng, [(0, 3), (1, 4), (2, 2)])
            ev = _plus(rng, received, 1, 5, 8, 18) if k == 0 else _at(rng, nth_workday_after(d, k), 8.5, 17.5)
            if ev <= CUTOFF:
                c.update(evaluated=ev, evaluator=rng.choice(evaluators), conclusion=conclusion, report=report,
                         measures=measures, assist=assist)
                if report == "需上报":
                    day = nth_workday_after(ev.date(), rng.randint(0, 1))
                    c["reported"] = datetime(day.year, day.month, day.day)
                if conclusion == "确认投诉" and (CUTOFF - ev) > timedelta(hours=3):
                    room = (CUTOFF - ev).total_seconds() / 3600
                    h = rng.uniform(2, min(240, room - 0.5))
                    c["handled"] = _plus(rng, ev, h, h, 8, 19)
                    if c["handled"] > CUTOFF:
                        c["handled"] = (ev + timedelta(hours=1)).replace(second=0, microsecond=0)
                    c["handler"] = "市场销售部"
                    c["gm"] = "同意" if report == "需上报" or quantity > 100 else rng.choice(["已阅", ""])
                    c["revisit"] = pick(rng, [("满意", 6), ("基本满意", 3), ("", 2)])
                elif conclusion == "确认投诉":
                    c.update(evaluated=None, evaluator=None, conclusion=None, report=None, reported=None,
                             measures="", assist="")
        cases.append(c)

    used: set = set()
    inj = []

    def note(c, rule):
        inj.append((c["no"], rule))

    # duplicate number: the ledger clerk reused the previous number
    j = rng.randint(10, n - 10)
    cases[j]["no"] = cases[j - 1]["no"]
    used.update({j, j - 1})
    note(cases[j], "case_number")

    everyone = range(n)
    evaluated = [i for i in everyone if cases[i]["evaluated"]]
    complaints = [i for i in evaluated if cases[i]["conclusion"] == "确认投诉"]
    spread = [i for i in complaints if (cases[i]["handled"] - cases[i]["evaluated"]) > timedelta(days=2)]

    for i in _take(rng, evaluated, used):
        cases[i]["received"] = None
        note(cases[i], "register_recorded")
    for i in _take(rng, everyone, used, 2):
        cases[i]["batch"] = ""
        note(cases[i], "batch_provided")
    for i in _take(rng, everyone, used):
        cases[i]["quantity"] = None
        note(cases[i], "quantity_provided")
    for i in _take(rng, everyone, used):
        cases[i]["quantity"] = "若干"
        note(cases[i], "quantity")
    for i in _take(rng, evaluated, used):
        cases[i]["conclusion"] = None
        note(cases[i], "complaint_evaluated")
    for i in _take(rng, evaluated, used, 2):
        cases[i]["report"] = None
        note(cases[i], "regulator_report_decided")
    for i in _take(rng, complaints, used, 2):
        cases[i].update(handled=None, handler=None, measures="", gm="", revisit="")
        note(cases[i], "handling_recorded")
    for i in _take(rng, complaints, used):
        cases[i]["conclusion"] = "待复检"
        note(cases[i], "is_complaint")
    for i in _take(rng, everyone, used):
        cases[i]["receiver"] = qa_staff[0]
        note(cases[i], "step-receive_record")
    for i in _take(rng, evaluated, used):
        cases[i]["evaluator"] = qa_staff[1]
        note(cases[i], "step-evaluate")
    for i in _take(rng, complaints, used):
        cases[i]["handler"] = "质量管理部"
        note(cases[i], "step-handle")
    early = [i for i in evaluated if i not in used and cases[i]["received"].date() < date(2025, 6, 1)]
    for i in _take(rng, early, used):
        c = cases[i]     # registered in the ledger only after the evaluation, from the e-mail
        c["received"] = _plus(rng, c["evaluated"], 20, 50, 9, 17)
        if c["handled"] and c["handled"] <= c["received"]:
            c["handled"] = _plus(rng, c["received"], 2, 30, 9, 17)
        note(c, "receive_record-evaluate")
    for i in _take(rng, spread, used):
        c = cases[i]     # handled at once, the evaluation written up afterwards
        gap = (c["handled"] - c["received"]).total_seconds() / 3600
        c["evaluated"] = (c["handled"] + timedelta(hours=rng.uniform(1, 20))).replace(second=0, microsecond=0)
        c["handled"] = (c["received"] + timedelta(hours=gap * rng.uniform(0.3, 0.7))).replace(second=0,
                                                                                               microsecond=0)
        if c["evaluated"] > CUTOFF:
            c["evaluated"] = CUTOFF - timedelta(hours=2)
        note(c, "evaluate-handle")
    if injected is not None:
        injected.extend(inj)

    rows = []
    for c in cases:
        rows.append({
            "客诉编号": c["no"],
            "接收日期": c["received"],
            "接收人": c["receiver"],
            "客户单位": c["customer"],
            "联系人": c["contact"],
            "联系电话": c["phone"],
            "产品名称": c["product"],
            "规格型号": c["spec"],
            "生产批号": c["batch"],
            "涉及数量": c["quantity"],
            "单位": c["unit"],
            "反馈描述": c["desc"],
            "评价日期": c["evaluated"],
            "评价人": c["evaluator"],
            "评价结论": c["conclusion"],
            "是否上报药监": c["report"],
            "上报日期": c["reported"],
            "处理措施": c["measures"],
            "主办部门": c["handler"],
            "协办部门": c["assist"],
            "处理完成日期": c["handled"],
            "总经理审批": c["gm"],
            "回访结果": c["revisit"],
        })
    staff = {name: "sales" for name in receivers + evaluators}
    staff.update({name: "quality" for name in qa_staff})
    hand = {
        "procedure": "s21-medical-device-complaints",
        "sheet": "导出",
        "columns": {
            "客诉编号": "case_number",
            "接收日期": "receive_record_at",
            "接收人": "receive_record_by",
            "反馈描述": "content",
            "生产批号": "batch",
            "涉及数量": "quantity",
            "评价日期": "evaluate_at",
            "评价人": "evaluate_by",
            "评价结论": "is_complaint",
            "是否上报药监": "report_to_regulator",
            "主办部门": "handle_by",
            "处理完成日期": "handle_at",
        },
        "values": {
            "is_complaint": {"确认投诉": "yes", "一般反馈": "no", "咨询": "no"},
            "report_to_regulator": {"需上报": "yes", "不需上报": "no"},
        },
        "roles": {**staff, "市场销售部": "sales", "质量管理部": "quality", "生产技术部": "production_tech"},
    }
    return rows, hand


# --- 249: S24, the cable operator's 96296 complaint work-order system (CSV, GB18030) ---------------------------

_S24_DEPTS = ["网络运维中心", "工程安装部", "营业管理部", "业务支撑中心", "江宁分公司", "六合分公司"]

# (工单类别, 投诉来源, 投诉内容, 处理部门)
_S24_TOPICS = [
    ("普通投诉", "96296热线", "机顶盒频繁死机，重启后仍无信号", "网络运维中心"),
    ("普通投诉", "96296热线", "宽带晚间掉线，测速远低于签约带宽", "网络运维中心"),
    ("普通投诉", "96296热线", "预约上门安装，装维人员迟到两小时未通知", "工程安装部"),
    ("普通投诉", "营业厅意见簿", "营业厅办理过户排队时间过长，工作人员态度生硬", "营业管理部"),
    ("普通投诉", "96296热线", "套餐到期后未经同意自动续订高价套餐", "业务支撑中心"),
    ("普通投诉", "12345转办", "报修三次未解决，电视画面马赛克", "江宁分公司"),
    ("普通投诉", "消协转办", "退订宽带后仍被扣费", "业务支撑中心"),
    ("普通投诉", "96296热线", "装维人员施工后未清理楼道线缆", "六合分公司"),
    ("普通投诉", "微信公众号", "公众号缴费成功但账户未到账", "业务支撑中心"),
    ("走访发现", "网格经理走访", "走访发现装维人员私自向用户收取材料费", "工程安装部"),
    ("走访发现", "网格经理走访", "走访发现营业员未按规定告知套餐资费", "营业管理部"),
    ("区域故障", "网管告警", "小区光节点故障，整栋楼电视无信号", "网络运维中心"),
    ("区域故障", "96296热线", "片区互动点播平台无法登录", "网络运维中心"),
]

_S24_PENALTIES = ["扣当事装维人员绩效100元", "通报批评，扣部门月度考核1分", "扣当班营业员绩效50元",
                  "责任人书面检查，扣绩效200元"]


def e249_s24_cable_96296_work_orders(rng, injected=None):
    """S24 南京广电网络 客户投诉处理与督办管理办法. The operator's own 96296 客服工单系统: 客服中心 (the 客户服务部)
    creates a 投诉工单 and dispatches it; a 接单人 of the responsible department takes it; the department finishes the
    work and submits the 整改单 (纠正及预防措施记录表); a 分管副总 approves it; 客服中心 tells the customer and its
    回访组 calls back; unhappy customers get a 二次派单, and if still unhappy the ticket is escalated for the leader's
    批示 before the final reply. Penalty proposals (处罚意见) are forwarded to 综合管理部. CSV in GB18030, times spelt
    2025/3/4 9:05. 接单人 and 审核领导 are people; the hand profile maps them by the staff list (the 接单人 are all
    staff of responsible departments, the 审核领导 the two 分管副总).

    读制度 YAML 之前写下的表头：工单编号、建单时间、投诉来源、工单类别、用户姓名、智能卡号、联系电话、装机地址、投诉内容、
    处理部门、派单时间、接单人、整改反馈时间、审核领导、回访时间、回访结果、是否重复投诉、关联原工单、处罚意见、办结时间。
    读过制度 YAML 后补的列：建单部门、接单时间、处理完成时间、领导审核时间、结果告知时间、回访班组、二次派单时间、
    二次处理完成时间、升级批示时间、最终答复时间、处罚意见提交时间、转综合部时间。

    注入的违规（按规则 id 计数，共 19）：corrective_record_3_days 3（整改单逾期 2，其中 1 条周四接单、下周一才交；
    1 条接单后一直未交）、corrective_record_3_days-start 1（有整改单、没有接单时间）、accept_required 1 与
    corrective_record_required 1（同一工单：已处理，没有接单时间也没有整改单）、leader_audit_required 1、
    revisit_required 1、notify_result_required 1、penalty_forwarded 1、re_register_when_unsatisfied 1、
    rehandle_when_unsatisfied 1、leader_review_when_still_unsatisfied 1、register_by_customer_service 1（走访发现的
    责任部门自己建单）、revisit_by_customer_service 1（处理部门自己回访）、step-handle 1（客服中心自己处理）、
    notify_result-revisit 1（先回访、后告知结果）、case_number 1（工单编号重复）、category 1（CK102，“建议”工单）。
    陷阱：周五接单、下周一晚上才交整改单（含周末，自然日第 3 天，仍在时限内）；6 月 28 日以后接单、整改单尚未提交
    （未到期）；6 月底刚建单、尚未接单的；回访“基本满意”的不需二次派单。
    """
    taken: set = set()
    takers = distinct_names(rng, 8, taken)          # 接单人, staff of the responsible departments
    leaders = distinct_names(rng, 2, taken)         # 分管副总
    n = 48
    customers = distinct_names(rng, n, taken)
    streets = ["江宁区双龙大道", "鼓楼区中山北路", "六合区雄州东路", "玄武区北京东路", "秦淮区中华路",
               "建邺区江东中路", "栖霞区仙林大道", "雨花台区软件大道", "浦口区江浦街道", "江宁区东山街道"]

    def chain(c, accept, pace):
        """The ticket's later steps from the 接单 time; pace < 1 makes every gap shorter."""
        c["accepted"] = accept
        c["handled"] = _plus(rng, accept, 2 * pace, 40 * pace)
        latest = datetime.combine(accept.date() + timedelta(days=3), datetime.min.time()) + timedelta(hours=23)
        c["corrective"] = min(_plus(rng, c["handled"], 1 * pace, 30 * pace), latest)
        if c["corrective"] <= c["handled"]:
            c["corrective"] = c["handled"] + timedelta(minutes=30)
        c["audited"] = _plus(rng, c["corrective"], 2 * pace, 48 * pace)
        c["notified"] = _plus(rng, c["audited"], 1 * pace, 24 * pace)
        c["revisited"] = _plus(rng, c["notified"], 4 * pace, 72 * pace)
        c["satisfaction"] = pick(rng, [("满意", 60), ("基本满意", 20), ("不满意", 12), ("仍不满意", 8)])
        if c["satisfaction"] in ("不满意", "仍不满意"):
            c["re_registered"] = _plus(rng, c["revisited"], 0.2, 3 * pace)
            c["rehandled"] = _plus(rng, c["re_registered"], 3 * pace, 48 * pace)
            if c["satisfaction"] == "仍不满意":
                c["reviewed"] = _plus(rng, c["rehandled"], 4 * pace, 48 * pace)
                c["final_reply"] = _plus(rng, c["reviewed"], 2 * pace, 24 * pace)
        if rng.random() < 0.25:
            c["penalty"] = rng.choice(_S24_PENALTIES)
            c["penalty_at"] = _plus(rng, c["corrective"], 0.5 * pace, 24 * pace)
            c["forwarded"] = _plus(rng, c["penalty_at"], 2 * pace, 72 * pace)

    steps = ["accepted", "handled", "corrective", "audited", "notified", "revisited", "re_registered", "rehandled",
             "reviewed", "final_reply", "penalty_at", "forwarded"]

    def last_step(c):
        return max(c[k] for k in steps if c.get(k))

    days = sorted(_rand_day(rng, date(2025, 2, 3), date(2025, 6, 26)) for _ in range(n - 4))
    days += [date(2025, 6, 28), date(2025, 6, 28), date(2025, 6, 29), date(2025, 6, 30)]   # open at the cutoff
    seq: dict = {}
    cases = []
    for i, d in enumerate(days):
        seq[d] = seq.get(d, rng.randint(3, 40)) + rng.randint(1, 25)
        category, source, content, dept = rng.choice(_S24_TOPICS)
        created = _at(rng, d, 8.0, 11.0) if d == CUTOFF.date() else _at(rng, d, 8.0, 20.5)
        c = {k: None for k in steps}
        c.update(no=f"TS{d:%Y%m%d}{seq[d]:04d}", created=created, creator="客服中心",
                 source=source, category=category, name=customers[i], card=f"8250{rng.randint(10**11, 10**12 - 1)}",
                 phone=mobile(rng), addr=f"{rng.choice(streets)}{rng.randint(1, 300)}号{rng.randint(1, 30)}栋",
                 content=content, dept=dept, dispatched=_plus(rng, created, 0.1, 2), taker=rng.choice(takers),
                 leader=rng.choice(leaders), visitor="客服中心回访组", satisfaction="", penalty="", closed=None,
                 repeat="否")
        accept = _plus(rng, c["dispatched"], 0.2, 20)
        if accept.date() >= date(2025, 6, 28):
            # open at the cutoff, not yet due: dispatched, perhaps taken, perhaps handled
            stage = rng.choice([0, 1, 2])
            if stage >= 1 and accept <= CUTOFF:
                c["accepted"] = accept
                if stage == 2:
                    h = _plus(rng, accept, 1, 10)
                    c["handled"] = h if h <= CUTOFF else None
            cases.append(c)
            continue
        for pace in (1.0, 0.6, 0.35, 0.2, 0.1, 0.05):
            for k in steps:
                c[k] = None
            c["penalty"] = ""
            chain(c, accept, pace)
            if last_step(c) <= CUTOFF:
                break
        else:
            raise RuntimeError(f"ticket {i} cannot finish before the cutoff")
        c["closed"] = _plus(rng, last_step(c), 0.1, 2)
        if c["closed"] > CUTOFF:
            c["closed"] = None
        if c["re_registered"]:
            c["repeat"] = "是"
        cases.append(c)

    used: set = set()
    inj = []

    def note(c, rule):
        inj.append((c["no"], rule))

    fine = [i for i, c in enumerate(cases) if c["revisited"]]

    # duplicate number: two agents' tickets of the same day got the same number
    j = rng.choice([i for i in fine[5:] if i - 1 in fine
                    and cases[i - 1]["created"].date() == cases[i]["created"].date()])
    cases[j]["no"] = cases[j - 1]["no"]
    used.update({j, j - 1})
    note(cases[j], "case_number")

    order = ["accepted", "handled", "corrective", "audited", "notified", "revisited", "re_registered", "rehandled",
             "reviewed", "final_reply"]

    def move_corrective(c, t):
        """The 整改单 handed in at t; every later step moves by as much."""
        delta = t - c["corrective"]
        for k in order[order.index("corrective") + 1:] + ["penalty_at", "forwarded"]:
            if c[k]:
                c[k] += delta
        c["corrective"] = t
        if c["closed"]:
            c["closed"] += delta
        assert last_step(c) <= CUTOFF, c["no"]

    def clear_from(c, first):
        for k in steps[steps.index(first):]:
            c[k] = None
        c["satisfaction"], c["penalty"], c["closed"], c["repeat"] = "", "", None, "否"

    # late 整改单: taken on a Thursday, handed in the next Monday (the department counted working days)
    early = [i for i in fine if cases[i]["accepted"].date() < date(2025, 6, 1)]
    thursdays = [i for i in early if cases[i]["accepted"].weekday() == 3]
    for i in _take(rng, thursdays, used):
        c = cases[i]
        move_corrective(c, _at(rng, c["accepted"].date() + timedelta(days=4), 9, 11))
        note(c, "corrective_record_3_days")
    for i in _take(rng, early, used):
        c = cases[i]      # a day and a half late
        move_corrective(c, _at(rng, c["accepted"].date() + timedelta(days=5), 9, 15))
        note(c, "corrective_record_3_days")
    # trap: taken on a Friday, the 整改单 handed in on Monday evening: day 3 counting the weekend, still in time
    fridays = [i for i in early if cases[i]["accepted"].weekday() == 4 and i not in used]
    for i in _take(rng, fridays, used):
        c = cases[i]
        move_corrective(c, _at(rng, c["accepted"].date() + timedelta(days=3), 20, 21.5))
    for i in _take(rng, [i for i in fine if cases[i]["accepted"].date() < date(2025, 6, 20)], used):
        c = cases[i]      # handled, the 整改单 never handed in: the ticket is stuck
        clear_from(c, "corrective")
        note(c, "corrective_record_3_days")
    for i in _take(rng, fine, used):
        cases[i]["accepted"] = None
        note(cases[i], "corrective_record_3_days-start")
    for i in _take(rng, fine, used):
        c = cases[i]      # fixed on the phone; nobody took the ticket, no 整改单, no leader's review
        c["accepted"] = c["corrective"] = c["audited"] = c["penalty_at"] = c["forwarded"] = None
        c["penalty"] = ""
        note(c, "accept_required")
        note(c, "corrective_record_required")
    for i in _take(rng, fine, used):
        c = cases[i]
        c["audited"] = None
        note(c, "leader_audit_required")
    for i in _take(rng, fine, used):
        c = cases[i]
        for k in ("revisited", "re_registered", "rehandled", "reviewed", "final_reply"):
            c[k] = None
        c["satisfaction"], c["repeat"], c["closed"] = "", "否", None
        note(c, "revisit_required")
    for i in _take(rng, fine, used):
        cases[i]["notified"] = None
        note(cases[i], "notify_result_required")
    penalised = [i for i in fine if cases[i]["penalty_at"]]
    for i in _take(rng, penalised, used):
        cases[i]["forwarded"] = None
        note(cases[i], "penalty_forwarded")
    unhappy = [i for i in fine if cases[i]["satisfaction"] == "不满意"]
    for i in _take(rng, unhappy, used):
        cases[i]["re_registered"] = None
        note(cases[i], "re_register_when_unsatisfied")
    for i in _take(rng, unhappy, used):
        cases[i]["rehandled"] = None
        note(cases[i], "rehandle_when_unsatisfied")
    for i in _take(rng, [i for i in fine if cases[i]["satisfaction"] == "仍不满意"], used):
        cases[i]["reviewed"] = None
        note(cases[i], "leader_review_when_still_unsatisfied")
    discovered = [i for i in fine if cases[i]["category"] == "走访发现"]
    for i in _take(rng, discovered or fine, used):
        cases[i]["creator"] = cases[i]["dept"]
        note(cases[i], "register_by_customer_service")
    for i in _take(rng, fine, used):
        cases[i]["visitor"] = cases[i]["dept"]
        note(cases[i], "revisit_by_customer_service")
    for i in _take(rng, fine, used):
        cases[i]["dept"] = "客服中心"
        note(cases[i], "step-handle")
    for i in _take(rng, [i for i in fine if not cases[i]["re_registered"] and not cases[i]["forwarded"]], used):
        c = cases[i]      # called back first, the result notice logged the next day
        c["notified"] = _plus(rng, c["revisited"], 16, 30)
        if c["notified"] > CUTOFF:
            c["notified"] = c["revisited"] + timedelta(hours=1)
        note(c, "notify_result-revisit")
    for i in _take(rng, fine, used):
        cases[i]["category"] = "建议"
        note(cases[i], "category")
    if injected is not None:
        injected.extend(inj)

    def s(t):
        return slash(t) if t else ""

    rows = []
    for c in cases:
        rows.append({
            "工单编号": c["no"],
            "建单时间": s(c["created"]),
            "建单部门": c["creator"],
            "投诉来源": c["source"],
            "工单类别": c["category"],
            "用户姓名": c["name"],
            "智能卡号": c["card"],
            "联系电话": c["phone"],
            "装机地址": c["addr"],
            "投诉内容": c["content"],
            "处理部门": c["dept"],
            "派单时间": s(c["dispatched"]),
            "接单人": c["taker"] if c["accepted"] else "",
            "接单时间": s(c["accepted"]),
            "处理完成时间": s(c["handled"]),
            "整改反馈时间": s(c["corrective"]),
            "审核领导": c["leader"] if c["audited"] else "",
            "领导审核时间": s(c["audited"]),
            "结果告知时间": s(c["notified"]),
            "回访班组": c["visitor"] if c["revisited"] else "",
            "回访时间": s(c["revisited"]),
            "回访结果": c["satisfaction"],
            "是否重复投诉": c["repeat"],
            "二次派单时间": s(c["re_registered"]),
            "二次处理完成时间": s(c["rehandled"]),
            "升级批示时间": s(c["reviewed"]),
            "最终答复时间": s(c["final_reply"]),
            "处罚意见": c["penalty"],
            "处罚意见提交时间": s(c["penalty_at"]),
            "转综合部时间": s(c["forwarded"]),
            "办结时间": s(c["closed"]),
        })
    hand = {
        "procedure": "s24-nanjing-cable-complaint-supervision",
        "columns": {
            "工单编号": "case_number",
            "建单时间": "register_at",
            "建单部门": "register_by",
            "工单类别": "category",
            "投诉内容": "content",
            "处理部门": "handle_by",
            "接单人": "accept_by",
            "接单时间": "accept_at",
            "处理完成时间": "handle_at",
            "整改反馈时间": "corrective_action_at",
            "审核领导": "leader_audit_by",
            "领导审核时间": "leader_audit_at",
            "结果告知时间": "notify_result_at",
            "回访班组": "revisit_by",
            "回访时间": "revisit_at",
            "回访结果": "satisfaction",
            "二次派单时间": "re_register_at",
            "二次处理完成时间": "rehandle_at",
            "升级批示时间": "leader_review_at",
            "最终答复时间": "final_reply_at",
            "处罚意见提交时间": "submit_penalty_at",
            "转综合部时间": "forward_penalty_at",
        },
        "values": {
            "category": {"普通投诉": "routine", "走访发现": "discovered", "区域故障": "mass"},
            "satisfaction": {"满意": "satisfied", "基本满意": "satisfied", "不满意": "unsatisfied",
                             "仍不满意": "still_unsatisfied"},
        },
        "roles": {
            "客服中心": "customer_service", "客服中心回访组": "customer_service",
            **{d: "responsible_dept" for d in _S24_DEPTS},
            **{name: "responsible_dept" for name in takers},
            **{name: "supervising_leader" for name in leaders},
        },
    }
    return rows, hand


EXPORTS = [
    ("248-s21-sterile-device-complaint-ledger.xlsx", "xlsx", e248_s21_sterile_device_complaint_ledger),
    ("249-s24-cable-96296-work-orders.csv", "gb18030", e249_s24_cable_96296_work_orders),
]
