"""Starter-profile benchmark exports 180-181 (set 31b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 180 181    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, mobile, distinct_names, iso


CUTOFF = datetime(2025, 6, 30, 17, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _day(rng, lo=date(2025, 1, 3), hi=date(2025, 6, 14)):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    """A whole-minute time on day d between lo_h and hi_h o'clock."""
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus_min(rng, t, lo, hi):
    return t + timedelta(minutes=rng.randint(lo, hi))


def _office(t):
    """Move a time that fell outside 8:30-18:00 to the next morning."""
    if t.hour >= 18:
        t = datetime(t.year, t.month, t.day, 8, 30) + timedelta(days=1, minutes=t.minute)
    elif t.hour < 8:
        t = datetime(t.year, t.month, t.day, 8, 30) + timedelta(minutes=t.minute)
    return t


def _upto(t):
    """A step time that is after the export was taken has not happened yet."""
    return t if t is not None and t <= CUTOFF else None


# --- 180: S14, a market-operations company's shared Excel 《客户投诉登记台账》 (Excel date cells) -----------------------

# (content, 投诉情形, 类别, 责任部门, 客户诉求, 处理方式, 原因分析, 处理结果, 整改措施 or None)
_S14_CASES = [
    ("服务热线连续打了五次都占线，冷库停电无人处理", "热线难打通", "一般", "行政部",
     "热线要有人接，冷库尽快恢复供电", "核查热线值班表，工程部同步抢修", "午间热线仅一人值守", "已恢复供电，热线增加午间值班",
     "热线午间增设一名值班员"),
    ("热线客服称水电问题不归行政管，让自己去找物业", "热线推诿", "一般", "行政部",
     "要求客服道歉并给出报修渠道", "约谈当班客服，告知报修流程", "客服对报修分工不熟", "已向档主致歉并代为报修",
     "组织客服岗位分工培训"),
    ("到管理处投诉地面积水，等了四十分钟没人接待", "上门未接待", "一般", "行政部",
     "尽快清理积水，以后来访有人接待", "安排保洁清理积水，调整接待排班", "接待员外出未安排替岗", "积水当日清理完毕",
     "管理处接待岗设替岗制度"),
    ("冷库制冷故障报修三次仍未修好，冻品化冻损失", "维修不彻底", "一般", "工程维修部",
     "彻底修好冷库并赔偿冻品损失", "更换压缩机，评估损失", "维修工未查出压缩机老化", "已更换压缩机，冷库恢复正常",
     "冷库设备建立月度巡检"),
    ("摊位上方雨棚漏水，维修两次下雨照样漏", "维修不彻底", "一般", "工程维修部",
     "彻底修好雨棚", "更换整块雨棚板", "上次只打了密封胶", "雨棚板已更换，雨后复查无渗漏", "雨棚维修须雨后复查"),
    ("水产区排水沟堵塞，污水漫到摊位", "其他一般", "一般", "工程维修部",
     "疏通排水沟", "安排疏通并加装格栅", "排水沟无格栅，杂物堵塞", "已疏通并加装格栅", None),
    ("公共通道垃圾两天没人清运，气味很大", "其他一般", "一般", "保洁部",
     "每天按时清运", "调整清运班次", "清运车辆故障未补位", "已清运完毕，恢复每日两次清运", "清运车故障时启用备用车"),
    ("夜间通道照明灯坏了一半，收摊时看不清", "其他一般", "一般", "工程维修部",
     "尽快修好照明", "更换损坏灯具", "灯具老化", "已更换灯具16盏", None),
    ("停车场保安乱指挥，送货车被堵半小时", "其他一般", "一般", "保安部",
     "早上送货时段安排专人疏导", "调整早班岗位", "早班岗位缺员", "早上5-7点增设疏导岗", None),
    ("电表读数与实际不符，本月电费多出三百多元", "其他一般", "一般", "财务部",
     "核对电表，退还多收电费", "复核抄表记录", "抄表员录入错误", "已核实并在下月电费中抵扣", "抄表数据双人复核"),
    ("消防通道被相邻档口占用，货物进不来", "其他一般", "一般", "市场管理部",
     "清理通道", "责令相邻档口限时清理", "巡查未及时发现", "通道已清理", None),
    ("收费员态度恶劣，当众辱骂档主", "态度恶劣", "严重", "财务部",
     "收费员当面道歉，调离岗位", "约谈收费员，停岗培训", "收费员情绪失控", "收费员已当面道歉并调岗", "收费岗位服务规范再培训"),
    ("市场积水无人管的视频被本地公众号曝光", "媒体曝光", "严重", "工程维修部",
     "尽快整改并公开说明", "改造排水管网，发布整改说明", "雨污分流管网老化", "管网改造完成，已在公众号发布说明",
     "雨季前排水设施专项检查"),
    ("同一保洁员第三次被投诉乱倒污水", "屡投不改", "严重", "保洁部",
     "更换保洁员", "保洁员调离本区域并处罚", "多次教育未改正", "已调离并按制度处罚", "保洁员违规记录纳入考核"),
    ("管理员多收卫生费还不给收据", "乱收费", "严重", "市场管理部",
     "退还多收费用，开具收据", "核查收费，退还并处理当事人", "管理员私自加收", "已退还并对管理员停职处理", "收费一律开具票据并公示标准"),
    ("市场管理员向档主推销电子秤，不买就说要换摊位", "推销产品", "严重", "市场管理部",
     "停止推销，追究责任", "调查取证并处理当事人", "当事人违规推销", "当事人已辞退，已向档主致歉", "重申员工禁止推销规定"),
    ("保安夜班向档主索要香烟才放货车进场", "索要财物", "严重", "保安部",
     "处理当事保安", "调取监控，处理当事人", "夜班监管缺失", "当事保安已辞退", "夜班进场登记改为系统放行"),
    ("称重台公平秤长期不准，顾客与档主经常吵架", "其他一般", "一般", "市场管理部",
     "校准公平秤", "送计量所校准", "公平秤未按期检定", "已校准并张贴检定合格证", None),
    ("冷链车位被私家车占用，无法卸货", "其他一般", "一般", "保安部",
     "冷链车位专用", "加装车位锁，加强巡查", "车位无标识", "已加装车位锁和标识", None),
    ("二楼公共卫生间没有水，一整天没人管", "其他一般", "一般", "工程维修部",
     "尽快恢复供水", "抢修供水管", "水管阀门损坏", "已更换阀门恢复供水", None),
]
_S14_CHANNELS = [("服务热线", 6), ("上门", 4), ("微信群", 3), ("书面", 1)]
_S14_DEPTS = ["工程维修部", "保洁部", "保安部", "财务部", "市场管理部", "行政部"]


def e180_s14_market_operations_complaint_ledger(rng, injected=None):
    """180 — S14 投诉处理流程：一家农贸批发市场运营公司行政部在共享 Excel 中记的《客户投诉登记台账》（工作表“导出”）。

    系统：行政部几个人共用的一张 Excel 台账，每件投诉一行，档主或顾客来电、上门、在微信群里投诉，接待的人当场记下，
    再填纸质《客户投诉处理单》送到责任部门；责任部门反馈后由行政部回复客户，需要整改的跟进确认、出意见报告。
    日期写法：Excel 日期单元格（带时分）。

    先按制度原文写下的表头：序号、登记编号、投诉时间、投诉方式、投诉人、档位号、联系电话、投诉内容、投诉类别、投诉情形、
    登记人、责任部门、责任人、处理单送达时间、处理时限、部门反馈时间、反馈签字、处理结果、回复客户时间、整改措施、
    整改确认、结案时间、状态、备注。
    读过制度 YAML 后补的列：客户诉求、接待人、登记日期、处理方式、原因分析、回复人、意见报告日期。

    注入（按规则 id 计数，共 16 项）：demand_understood ×2（客户诉求空）、handling_slip_filled ×1（电话里直接答复、
    没开处理单）、severity_classified ×2（类别空 1、写“待定” 1）、responsible_person_named ×1、measures_drafted ×1、
    case_registered ×1（登记日期空）、feedback_signed ×2（签字空 1、“未签” 1）、opinion_report_issued ×1（整改已确认、
    没出意见报告）、step-receive ×1（市场管理部的人自己接待记录）、step-verify_cause ×1（责任部门责任人自己回复客户）、
    fill_handling_slip-register ×1（台账登记早于处理单送达）、feedback-verify_cause ×1（部门还没反馈就回复了客户）、
    case_number 重复 ×1。
    陷阱（不应报告）：反馈签字写“已盖章”；登记日期与处理单送达同一分钟；回复客户与部门反馈同一天、晚几个小时；
    月底在办、部门未反馈的案件（不要求签字）；整改未确认的案件没有意见报告；行政部经理自己接待。
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken: set = set()
    admin = distinct_names(rng, 3, taken)                  # 行政部：接待、登记、回复
    admin_mgr = distinct_names(rng, 1, taken)[0]           # 行政部经理
    staff = {d: distinct_names(rng, 2, taken) for d in _S14_DEPTS if d != "行政部"}   # 各部门经办人
    staff["行政部"] = admin[:2]
    heads = {d: distinct_names(rng, 1, taken)[0] for d in _S14_DEPTS if d != "行政部"}
    heads["行政部"] = admin_mgr
    complainants = distinct_names(rng, 40, taken)

    n = 40
    days = sorted([_day(rng, date(2025, 1, 3), date(2025, 6, 20)) for _ in range(n - 4)] +
                  [_day(rng, date(2025, 6, 23), date(2025, 6, 27)) for _ in range(4)])
    cases = []
    for i, d in enumerate(days):
        tpl = _S14_CASES[i % len(_S14_CASES)] if i < len(_S14_CASES) else rng.choice(_S14_CASES)
        content, kind, sev, dept, demand, measures, cause, result, improve = tpl
        t0 = _at(rng, d, 7.5, 17.5)
        ch = pick(rng, _S14_CHANNELS)
        if kind == "上门未接待":
            ch = "上门"
        if kind in ("热线难打通", "热线推诿"):
            ch = "微信群"
        recv_by = rng.choice(admin + [admin_mgr] if rng.random() < 0.15 else admin)
        slip = _office(_plus_min(rng, t0, 15, 180))
        reg = _plus_min(rng, slip, 5, 240)
        reg_by = rng.choice(admin)
        fb_days = (0, 1) if sev == "严重" else (1, 5)
        fb = _office(slip + timedelta(days=rng.randint(*fb_days), minutes=rng.randint(60, 300)))
        verify = _office(_plus_min(rng, fb, 60, 1800))
        imp = _office(verify + timedelta(days=rng.randint(2, 10), minutes=rng.randint(0, 240))) if improve else None
        rep = _office(imp + timedelta(days=rng.randint(0, 3), minutes=rng.randint(30, 240))) if imp else None
        if rep is None and rng.random() < 0.25:
            rep = _office(verify + timedelta(days=rng.randint(1, 3), minutes=rng.randint(0, 120)))
        fb, verify, imp, rep = _upto(fb), _upto(verify), _upto(imp), _upto(rep)
        if d >= date(2025, 6, 25):
            fb = None                                      # still with the department at month end
        if fb is None:
            verify = imp = rep = None
        if verify is None:
            imp = rep = None
        if imp is None and improve:
            rep = None
        if imp is not None and rep is None:                # confirmed at month end: report issued the same day
            rep = imp + timedelta(minutes=30) if imp + timedelta(minutes=30) <= CUTOFF else None
            imp = imp if rep is not None else None
        cases.append({
            "flags": set(), "t0": t0, "ch": ch, "who": complainants[i],
            "stall": f"{rng.choice('ABCDEF')}{rng.randint(1, 3)}-{rng.randint(1, 60):02d}",
            "phone": mobile(rng), "content": content, "kind": kind, "sev": sev, "demand": demand,
            "recv_by": recv_by, "reg": reg, "reg_by": reg_by, "dept": dept, "person": rng.choice(staff[dept]),
            "measures": measures, "slip": slip, "limit": "当天" if sev == "严重" else rng.choice(["3天", "3天", "5天"]),
            "fb": fb, "cause": cause if fb else "", "sign": heads[dept] if fb else "",
            "result": result if verify else "", "verify": verify, "ver_by": rng.choice(admin),
            "improve": improve if verify and improve else "", "imp": imp, "rep": rep, "remark": "",
        })
    cases.sort(key=lambda c: c["t0"])
    for i, c in enumerate(cases, 1):
        c["no"] = f"TS2025-{i:03d}"

    done = [c for c in cases if c["verify"] is not None]
    open_ = [c for c in cases if c["fb"] is None]
    assert len(open_) >= 1
    pool = list(done)
    rng.shuffle(pool)

    def take(cond=lambda c: True):
        for c in pool:
            if cond(c):
                pool.remove(c)
                return c
        raise AssertionError("no case left for injection")

    # injections
    for _ in range(2):
        c = take()
        c["demand"] = ""
        c["flags"].add("demand_understood")
    c = take(lambda c: c["sev"] == "一般")
    c["slip"] = None
    c["remark"] = "电话里直接答复，未开处理单"
    c["flags"].add("handling_slip_filled")
    c = take()
    c["sev"] = ""
    c["flags"].add("severity_classified")
    c = take()
    c["sev"] = "待定"
    c["flags"].add("severity_classified")
    c = take()
    c["person"] = ""
    c["flags"].add("responsible_person_named")
    c = take()
    c["measures"] = ""
    c["flags"].add("measures_drafted")
    c = take()
    c["reg"] = None
    c["reg_by"] = ""
    c["flags"].add("case_registered")
    c = take()
    c["sign"] = ""
    c["flags"].add("feedback_signed")
    c = take()
    c["sign"] = "未签"
    c["remark"] = "部门主管出差，反馈单未签"
    c["flags"].add("feedback_signed")
    c = take(lambda c: c["imp"] is not None and c["rep"] is not None)
    c["rep"] = None
    c["flags"].add("opinion_report_issued")
    c = take(lambda c: c["dept"] == "市场管理部")
    c["recv_by"] = staff["市场管理部"][0]
    c["remark"] = "档主直接找到市场管理部，由其代为登记"
    c["flags"].add("step-receive")
    c = take(lambda c: c["dept"] not in ("行政部",))
    c["ver_by"] = c["person"]
    c["flags"].add("step-verify_cause")
    c = take()
    c["reg"] = c["slip"] - timedelta(minutes=rng.randint(60, 300))
    c["flags"].add("fill_handling_slip-register")
    c = take()
    c["verify"] = c["fb"] - timedelta(hours=rng.randint(3, 20))
    c["remark"] = "先行电话安抚答复，部门反馈后补录"
    c["flags"].add("feedback-verify_cause")
    c = take()
    # duplicate number: the next case was given this case's number by copying the row above
    k = cases.index(c)
    dup = cases[k + 1] if k + 1 < len(cases) else cases[k - 1]
    dup["no"] = c["no"]
    dup["flags"].add("dup_no")

    # traps
    c = take(lambda c: c["fb"] is not None)
    c["sign"] = "已盖章"
    c = take(lambda c: c["fb"] is not None)
    c["sign"] = "已盖章"
    c = take()
    c["reg"] = c["slip"]
    c = take()
    c["verify"] = c["fb"] + timedelta(hours=2)

    rows = []
    for i, c in enumerate(cases, 1):
        for f in sorted(c["flags"]):
            note((c["no"], f))
        last = c["rep"] or c["imp"] or c["verify"]
        closed = last if c["verify"] is not None and (not c["improve"] or c["imp"] is not None) else None
        status = "已结案" if closed else ("待回复" if c["fb"] else "处理中")
        rows.append({
            "序号": i,
            "登记编号": c["no"],
            "投诉时间": c["t0"],
            "投诉方式": c["ch"],
            "投诉人": c["who"],
            "档位号": c["stall"],
            "联系电话": c["phone"],
            "投诉内容": c["content"],
            "客户诉求": c["demand"],
            "投诉类别": c["sev"],
            "投诉情形": c["kind"],
            "接待人": c["recv_by"],
            "登记人": c["reg_by"],
            "登记日期": c["reg"],
            "责任部门": c["dept"],
            "责任人": c["person"],
            "处理方式": c["measures"],
            "处理单送达时间": c["slip"],
            "处理时限": c["limit"],
            "部门反馈时间": c["fb"],
            "原因分析": c["cause"],
            "反馈签字": c["sign"],
            "处理结果": c["result"],
            "回复客户时间": c["verify"],
            "回复人": c["ver_by"] if c["verify"] else "",
            "整改措施": c["improve"],
            "整改确认": c["imp"],
            "意见报告日期": c["rep"],
            "结案时间": closed,
            "状态": status,
            "备注": c["remark"],
        })

    roles = {a: "admin_dept" for a in admin + [admin_mgr]} | \
        {s: "complained_dept" for d, names in staff.items() if d != "行政部" for s in names}
    hand = {
        "procedure": "s14-operations-complaint-flow",
        "sheet": "导出",
        "columns": {
            "登记编号": "case_number",
            "投诉时间": "receive_at",
            "接待人": "receive_by",
            "投诉内容": "content",
            "客户诉求": "demand",
            "投诉类别": "severity",
            "登记人": "register_by",
            "登记日期": "register_at",
            "责任部门": "responsible_department",
            "责任人": "responsible_person",
            "处理方式": "measures",
            "处理单送达时间": "fill_handling_slip_at",
            "部门反馈时间": "feedback_at",
            "原因分析": "cause",
            "反馈签字": "complained_unit_signature",
            "处理结果": "result",
            "回复客户时间": "verify_cause_at",
            "回复人": "verify_cause_by",
            "整改确认": "improvement_at",
            "意见报告日期": "opinion_report_at",
        },
        "values": {
            "severity": {"一般": "general", "严重": "serious", "待定": ""},
        },
        "roles": roles,
    }
    return rows, hand


# --- 181: S21, a sterile-device maker's QMS 顾客投诉 module export (CSV, UTF-8 with BOM) ---------------------------

_S21_PRODUCTS = [
    ("一次性使用输液器", ["带针 0.7mm", "带针 0.55mm", "避光型"], "支"),
    ("一次性使用静脉留置针", ["20G", "22G", "24G"], "支"),
    ("一次性使用无菌注射器", ["5ml", "10ml", "20ml"], "支"),
    ("一次性使用吸痰管", ["F12", "F14"], "根"),
    ("医用外科口罩", ["17.5×9.5cm"], "盒"),
]
# (反馈内容, 是否投诉, 上报, 调查部门, 调查结论, 处理措施)
_S21_FEEDBACK = {
    "一次性使用输液器": [
        ("输液过程中滴斗与导管连接处渗漏", True, False, "生技部", "粘接工序溶剂量不足", "退换同批次库存，调整粘接工艺"),
        ("流量调节器失灵，无法控制滴速", True, False, "质量部", "调节器滚轮尺寸超差", "更换产品，加严来料检验"),
        ("使用中导管断裂，药液外漏，患者皮肤轻度刺激", True, True, "质量部", "管材批次拉伸强度偏低", "召回该批次，评估不良事件"),
        ("询问避光型输液器能否用于化疗药", False, False, "", "", ""),
    ],
    "一次性使用静脉留置针": [
        ("针尖有毛刺，穿刺困难", True, False, "生技部", "磨针工序砂轮磨损", "更换产品，更换砂轮并加严巡检"),
        ("导管回缩，留置后脱出", True, True, "质量部", "导管与座连接强度不足", "封存同批次，评估不良事件并上报"),
        ("包装破损，无菌屏障失效", True, False, "质量部", "运输中挤压", "换货，改进外箱"),
        ("建议增加24G规格库存", False, False, "", "", ""),
    ],
    "一次性使用无菌注射器": [
        ("活塞推动阻力大，推注不顺", True, False, "生技部", "硅油涂布不均", "调整涂布参数，换货"),
        ("刻度印刷模糊", True, False, "质量部", "移印油墨批次问题", "换货，更换油墨供应商"),
        ("针头与针座松脱", True, True, "质量部", "针座粘接固化不足", "召回该批次并报告"),
        ("咨询注射器有效期如何查看", False, False, "", "", ""),
    ],
    "一次性使用吸痰管": [
        ("管壁有黑点异物", True, False, "生技部", "挤出机清机不彻底", "换货，加严挤出清机"),
        ("侧孔毛边划伤黏膜", True, True, "质量部", "冲孔模具磨损", "召回并评估不良事件"),
        ("要求提供灭菌检验报告", False, False, "", "", ""),
    ],
    "医用外科口罩": [
        ("耳带脱落", True, False, "生技部", "焊点能量偏低", "换货，调整超声焊参数"),
        ("口罩有异味", True, False, "质量部", "EO解析时间不足", "换货，延长解析周期"),
        ("询问是否有儿童尺寸", False, False, "", "", ""),
    ],
}
_S21_CUSTOMERS = ["市第一人民医院", "市中医院", "县人民医院", "区妇幼保健院", "华东医疗器械有限公司（经销商）",
                  "康达医药有限公司（经销商）", "市第三人民医院", "省肿瘤医院", "社区卫生服务中心", "民康医院"]
_S21_SOURCES = [("电话", 5), ("邮件", 3), ("经销商反馈", 3), ("业务员走访", 2), ("现场服务", 1)]


def e181_s21_device_maker_qms_complaints(rng, injected=None):
    """181 — S21 ISO13485 顾客投诉处置程序：一家一次性无菌医疗器械生产企业 QMS 软件“顾客投诉”模块导出的记录。

    系统：QMS 软件的顾客投诉台账，销售部客服登记顾客反馈（医院、经销商来电/邮件），评价是否构成投诉、是否需上报
    监管，构成投诉的转质量部或生技部调查，销售部牵头处理、回复客户；重大的经总经理审批。导出为带 BOM 的 UTF-8 CSV。
    日期写法：2025-03-04 09:12:00。

    先按制度原文写下的表头：投诉编号、反馈日期、登记日期、登记人、客户名称、联系人、联系电话、产品名称、规格型号、
    产品批号、涉及数量、反馈内容、信息来源、评价结论、评价日期、评价人、是否需上报监管、上报日期、调查部门、调查结论、
    处理措施、处理完成日期、CAPA编号、总经理审批、审批日期、回复客户日期、关闭日期、状态、备注。
    读过制度 YAML 后补的列：数量单位、处理负责人。

    注入（按规则 id 计数，共 17 项）：register_recorded ×1（纸质登记补录，登记日期空）、batch_provided ×2、
    quantity_provided ×1（数量空）、quantity 取值无效 ×1（“若干”）、complaint_evaluated ×1（有评价日期、结论空）、
    regulator_report_decided ×2、handling_recorded ×2（评价为投诉、至今没有处理记录）、step-evaluate ×2（质量部
    QA 评价）、step-receive_record ×1（生技部服务工程师登记）、step-handle ×1（质量部的人作处理负责人）、
    receive_record-evaluate ×1（评价日期早于登记日期）、evaluate-handle ×1（处理完成早于评价）、case_number 重复 ×1。
    陷阱（不应报告）：评价为非投诉（咨询、建议）的反馈没有处理记录；6 月中旬以后登记、尚“待评价”的反馈没有评价结论、
    上报决定和处理记录；评价与登记同一天、晚几个小时；调查部门写质量部、生技部（协助部门）。
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken: set = set()
    sales = distinct_names(rng, 3, taken)          # 销售部客服专员
    qa = distinct_names(rng, 2, taken)             # 质量部 QA
    eng = distinct_names(rng, 2, taken)            # 生技部服务工程师
    gm = distinct_names(rng, 1, taken)[0]          # 总经理
    contacts = distinct_names(rng, 40, taken)

    n = 38
    days = sorted([_day(rng, date(2025, 1, 3), date(2025, 6, 12)) for _ in range(n - 4)] +
                  [_day(rng, date(2025, 6, 16), date(2025, 6, 26)) for _ in range(4)])
    cases = []
    for i, d in enumerate(days):
        prod, specs, unit = rng.choice(_S21_PRODUCTS)
        text, is_c, report, dept, concl, action = rng.choice(_S21_FEEDBACK[prod])
        t0 = _at(rng, d, 8.5, 17.5)
        reg = _office(_plus_min(rng, t0, 20, 1200))
        ev = ev_by = None
        if d <= date(2025, 6, 12):
            ev = _office(reg + timedelta(days=rng.randint(0, 4), minutes=rng.randint(30, 300)))
            ev_by = rng.choice(sales)
        handle = reply = close = None
        if ev is not None and is_c:
            handle = _office(ev + timedelta(days=rng.randint(2, 12), minutes=rng.randint(0, 300)))
            reply = _office(handle + timedelta(days=rng.randint(0, 2), minutes=rng.randint(30, 240)))
            close = _office(reply + timedelta(days=rng.randint(0, 5), minutes=rng.randint(10, 120)))
        elif ev is not None:
            reply = _office(ev + timedelta(minutes=rng.randint(30, 600)))
            close = reply
        handle, reply, close = _upto(handle), _upto(reply), _upto(close)
        mfg = d - timedelta(days=rng.randint(30, 300))
        batch = f"{mfg:%y%m%d}{rng.randint(1, 3)}"
        cases.append({
            "flags": set(), "t0": t0, "reg": reg, "reg_by": rng.choice(sales), "customer": rng.choice(_S21_CUSTOMERS),
            "contact": contacts[i], "phone": mobile(rng), "prod": prod, "spec": rng.choice(specs), "unit": unit,
            "batch": batch, "qty": str(rng.choice([1, 2, 3, 5, 10, 20, 50, 100]) if unit != "盒" else rng.randint(1, 6)),
            "text": text, "src": pick(rng, _S21_SOURCES), "is_c": is_c, "report": report, "ev": ev, "ev_by": ev_by,
            "dept": dept, "concl": concl, "action": action, "handle": handle, "h_by": rng.choice(sales),
            "reply": reply, "close": close, "remark": "",
        })
    cases.sort(key=lambda c: c["t0"])
    for i, c in enumerate(cases, 1):
        c["no"] = f"KS-{c['t0']:%Y%m}-{i:03d}"

    evaluated = [c for c in cases if c["ev"] is not None]
    complaints = [c for c in evaluated if c["is_c"] and c["handle"] is not None]
    pending = [c for c in cases if c["ev"] is None]
    assert len(pending) >= 2 and len(complaints) >= 12, (len(pending), len(complaints))
    pool = list(cases)
    rng.shuffle(pool)

    def take(cond=lambda c: True):
        for c in pool:
            if cond(c):
                pool.remove(c)
                return c
        raise AssertionError("no case left for injection")

    is_complaint = lambda c: c["ev"] is not None and c["is_c"] and c["handle"] is not None   # noqa: E731
    c = take()
    c["reg"] = None
    c["reg_by"] = ""
    c["remark"] = "纸质登记表补录"
    c["flags"].add("register_recorded")
    for _ in range(2):
        c = take()
        c["batch"] = ""
        c["flags"].add("batch_provided")
    c = take()
    c["qty"] = ""
    c["flags"].add("quantity_provided")
    c = take()
    c["qty"] = "若干"
    c["flags"].add("quantity")
    c = take(lambda c: c["ev"] is not None and not c["is_c"])
    c["blank_conclusion"] = True
    c["flags"].add("complaint_evaluated")
    for _ in range(2):
        c = take(lambda c: c["ev"] is not None)
        c["blank_report"] = True
        c["flags"].add("regulator_report_decided")
    for _ in range(2):
        c = take(lambda c: is_complaint(c) and c["ev"] < datetime(2025, 5, 20))
        c["handle"] = c["reply"] = c["close"] = None
        c["action"] = ""
        c["flags"].add("handling_recorded")
    for _ in range(2):
        c = take(lambda c: c["ev"] is not None)
        c["ev_by"] = rng.choice(qa)
        c["flags"].add("step-evaluate")
    c = take(lambda c: c["reg"] is not None)
    c["reg_by"] = eng[0]
    c["flags"].add("step-receive_record")
    c = take(lambda c: is_complaint(c))
    c["h_by"] = qa[1]
    c["flags"].add("step-handle")
    c = take(lambda c: c["ev"] is not None and c["reg"] is not None)
    c["ev"] = c["reg"] - timedelta(days=1, hours=rng.randint(1, 5))
    c["flags"].add("receive_record-evaluate")
    c = take(lambda c: is_complaint(c))
    c["handle"] = c["ev"] - timedelta(hours=rng.randint(3, 30))
    c["remark"] = "先行换货，评价单后补"
    c["flags"].add("evaluate-handle")
    c = take()
    k = cases.index(c)
    dup = cases[k + 1] if k + 1 < len(cases) else cases[k - 1]
    dup["no"] = c["no"]
    dup["flags"].add("dup_no")

    # traps: evaluation the same day as registration, a few hours later
    c = take(lambda c: c["ev"] is not None and c["reg"] is not None)
    c["ev"] = c["reg"] + timedelta(hours=2)
    if c["handle"] is not None and c["handle"] < c["ev"]:
        c["handle"] = c["ev"] + timedelta(days=1)

    rows = []
    for c in cases:
        for f in sorted(c["flags"]):
            note((c["no"], f))
        evald = c["ev"] is not None
        if not evald:
            concl_word, report_word = "待评价", ""
        else:
            concl_word = "" if c.get("blank_conclusion") else ("确认为投诉" if c["is_c"] else "非投诉（咨询/建议）")
            report_word = "" if c.get("blank_report") else ("是" if c["report"] and c["is_c"] else "否")
        complaint = evald and c["is_c"]
        reported = complaint and c["report"] and not c.get("blank_report")
        if c["close"] is not None:
            status = "已关闭"
        elif not evald:
            status = "待评价"
        elif complaint and c["handle"] is None:
            status = "处理中"
        else:
            status = "待关闭"
        rows.append({
            "投诉编号": c["no"],
            "反馈日期": iso(c["t0"]),
            "登记日期": iso(c["reg"]) if c["reg"] else "",
            "登记人": c["reg_by"],
            "客户名称": c["customer"],
            "联系人": c["contact"],
            "联系电话": c["phone"],
            "产品名称": c["prod"],
            "规格型号": c["spec"],
            "产品批号": c["batch"],
            "涉及数量": c["qty"],
            "数量单位": c["unit"],
            "反馈内容": c["text"],
            "信息来源": c["src"],
            "评价结论": concl_word,
            "评价日期": iso(c["ev"]) if evald else "",
            "评价人": c["ev_by"] or "",
            "是否需上报监管": report_word,
            "上报日期": iso(_office(c["ev"] + timedelta(hours=rng.randint(2, 20)))) if reported else "",
            "调查部门": c["dept"] if complaint else "",
            "调查结论": c["concl"] if complaint and c["handle"] else "",
            "处理措施": c["action"] if complaint else "",
            "处理负责人": c["h_by"] if complaint else "",
            "处理完成日期": iso(c["handle"]) if complaint and c["handle"] else "",
            "CAPA编号": f"CAPA-2025-{rng.randint(1, 60):03d}" if complaint and c["handle"] and rng.random() < 0.5 else "",
            "总经理审批": gm if reported else "",
            "审批日期": iso(_office(c["ev"] + timedelta(hours=rng.randint(20, 48)))) if reported else "",
            "回复客户日期": iso(c["reply"]) if c["reply"] else "",
            "关闭日期": iso(c["close"]) if c["close"] else "",
            "状态": status,
            "备注": c["remark"],
        })

    roles = {s: "sales" for s in sales} | {q: "quality" for q in qa} | {e: "production_tech" for e in eng}
    hand = {
        "procedure": "s21-medical-device-complaints",
        "columns": {
            "投诉编号": "case_number",
            "反馈日期": "received_at",
            "登记日期": "receive_record_at",
            "登记人": "receive_record_by",
            "产品批号": "batch",
            "涉及数量": "quantity",
            "反馈内容": "content",
            "评价结论": "is_complaint",
            "评价日期": "evaluate_at",
            "评价人": "evaluate_by",
            "是否需上报监管": "report_to_regulator",
            "处理负责人": "handle_by",
            "处理完成日期": "handle_at",
        },
        "values": {
            "is_complaint": {"确认为投诉": "yes", "非投诉（咨询/建议）": "no", "待评价": ""},
            "report_to_regulator": {"是": "yes", "否": "no"},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("180-s14-market-operations-complaint-ledger.xlsx", "xlsx", e180_s14_market_operations_complaint_ledger),
    ("181-s21-device-maker-qms-complaints.csv", "utf-8-sig", e181_s21_device_maker_qms_complaints),
]
