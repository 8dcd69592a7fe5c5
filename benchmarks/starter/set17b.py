"""Starter-profile benchmark exports 98-99 (set 17b), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 98 99    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import (Case, pick, person_name, mobile, distinct_names, working_minutes, workday,
                          nth_workday_after)


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return working_minutes(t, CUTOFF)


def _dotted(t):
    return f"{t:%Y.%m.%d %H:%M}" if t else ""


def _dotted_date(t):
    return f"{t:%Y.%m.%d}" if t else ""


# --- 98: S32, a connector maker's QMS customer-complaint anomaly sheets --------------------------------------------

def e98_s32_qms_anomaly(rng, injected=None):
    """宁波瑞丰精密电子有限公司（连接器、线束、FPC 排线）QMS“品质异常 > 客户抱怨”模块的客诉异常处理单导出
    （带 BOM 的 UTF-8 CSV），按 S32《产品质量异常处理流程》YCCL-2012 审计（瑞丰沿用该流程，部门也叫质控部、技术部、
    生产一部 / 生产二部 / SMT车间 / 线束车间、业务部）。每行一张客诉单（客户抱怨或客户退货），从业务部提报起，
    经质控部判定、技术部（或相关部门）分析并提出临时对策、生产执行、质控部效果确认，到业务部回复客户。
    日期写法：2025.03.04 09:12（点分，QMS 默认格式）；结案日期只有日期 2025.03.04。
    源文本读后写下的列（当时设想的是全部品质异常单）：单号、开单时间、异常类型、发现环节、线别、工单号、料号、品名规格、
    批量数、抽检数、不良数、不良率、不良现象、不良分类、开单人、开单部门、QC判定、判定人、责任单位、原因分析、分析单位、
    分析人、临时对策、对策提出时间、执行单位、执行完成时间、效果确认人、效果确认时间、不良品处置、客户名称、客诉回复时间、
    单据状态、结案时间。
    读过制度 YAML 后：制度的环节从业务部接收客户投诉开始，所以导出范围改为“客户抱怨”模块（IQC / IPQC 自开的单不在其中），
    列名随模块改为客诉单号、接收时间、提报部门 / 提报人、判定结果、分析责任部门等，去掉发现环节、工单号、抽检数、分析人，
    加了客户代码、客诉类型、出货批号；补的列：回复人（reply_by）。其余环节列原本就在：
    提报部门 = receive_by，接收时间 = receive_at，判定人 / 判定时间 = confirm_by / confirm_at，
    分析责任部门 / 对策提出时间 = analyse_by / analyse_at，执行单位 / 执行完成时间 = execute_by / execute_at，
    效果确认人 / 效果确认时间 = confirm_effect_by / confirm_effect_at。
    人员（审计人员向人事部核对名单）：业务部 曾洋、何晓东、任海燕、林军；
    质控部 QE 魏艳、卢娜、朱国庆、高桂英；技术部工程师 朱娟、韩杰、胡敏；生产组长 吕秀英、马小红。
    取值：不良分类 外观不良 → appearance；结构不良、尺寸不良（端子尺寸、卡扣配合）→ structural；功能不良、电性能不良 → functional。
    异常性质 品质异常、重复发生（3.1.1.2）→ product_quality_anomaly；制程异常、来料异常（3.1.2.3 使用不合格原料）、
    设备异常（3.1.2.4 机械故障或磨损）→ process_anomaly。采购部、仓储部是“其它部门”。
    注入（14 处）：客诉单号重复 1 对（业务部手工编号撞号）；质控部直接接收客户投诉并提报 2 件（提报部门不是业务部）；
    由技术部工程师判定不良 1 件；结构 / 功能不良由质控部、生产一部分析 2 件；临时对策由仓储部执行 1 件；
    由生产组长确认临时对策效果 1 件；由质控部 QE 直接回复客户 1 件；对策已提出却没有回复客户 2 件（其中 1 件已结案）；
    不良分类为制度没有的“包装不良”2 件；回复客户早于对策提出 1 件。
    陷阱（不是违规）：质控部分析外观不良（4.2 只管结构类、功能类）；采购部分析来料异常引起的结构、功能不良（其它部门，4.5）；
    技术部-结构组 / 技术部-电子组（技术部）；对策提出早于质控部判定（制度没有规定两者先后）；效果确认晚于回复客户；
    没有执行和效果确认的（特采、报废的单子）；判定不成立、没有分析也回复了客户的；
    月底新单还在分析中、没有回复的；回复拖了一两周（制度没有时限）。
    """
    taken: set = set()
    sales = distinct_names(rng, 4, taken)
    qc = distinct_names(rng, 4, taken)
    tech = distinct_names(rng, 3, taken)
    prod = distinct_names(rng, 2, taken)

    n = 62
    slots = list(range(2, n - 8))
    rng.shuffle(slots)
    bad_receive = [slots.pop() for _ in range(2)]
    bad_confirm = [slots.pop()]
    bad_analyse = [slots.pop() for _ in range(2)]
    bad_execute = [slots.pop()]
    bad_effect = [slots.pop()]
    bad_reply_by = [slots.pop()]
    no_reply = [slots.pop() for _ in range(2)]
    bad_defect = [slots.pop() for _ in range(2)]
    early_reply = [slots.pop()]
    analysed_forced = set(bad_analyse + bad_execute + bad_effect + bad_reply_by + no_reply + early_reply)

    customers = [("KH0012", "华东电器股份有限公司"), ("KH0027", "明阳汽车电子（苏州）有限公司"),
                 ("KH0031", "瑞康家电科技有限公司"), ("KH0045", "德信照明有限公司"),
                 ("KH0058", "博越新能源科技有限公司"), ("KH0102", "SUNWAY TECH (HK) LTD."),
                 ("KH0066", "佳联通讯设备有限公司")]
    parts = [("RF-T254-04P", "端子连接器 2.54mm 4P", "线束车间"), ("RF-CN0805-12P", "板对板连接器 0.8mm 12P", "SMT车间"),
             ("RF-WH-A1203", "空调内机线束 A1203", "线束车间"), ("RF-FPC-30P05", "FPC 排线 30P 0.5mm", "生产二部"),
             ("RF-WH-B0817", "车载线束 B0817", "线束车间"), ("RF-HS396-06P", "电源插座 3.96mm 6P", "生产一部"),
             ("RF-USB-C24", "Type-C 母座 24P", "SMT车间")]
    defects = {
        "外观不良": ["外壳表面刮花", "塑胶件缩水、毛边", "端子镀层发黑", "丝印模糊", "线材表皮破损"],
        "尺寸不良": ["端子间距超差 0.08mm", "卡扣尺寸偏小，插拔松动", "线长短 5mm"],
        "结构不良": ["卡扣断裂", "胶壳与端子配合松动脱出", "焊脚变形无法插板"],
        "功能不良": ["导通测试开路", "插拔后接触不良", "短路"],
        "电性能不良": ["接触电阻偏大", "耐压测试击穿", "绝缘电阻不足"],
        "包装不良": ["包装数量短少", "防静电袋破损，产品散落"],
    }
    natures = [("品质异常", 40), ("制程异常", 28), ("来料异常", 14), ("设备异常", 8), ("重复发生", 10)]
    causes = {
        "品质异常": "检验漏检，抽样方案执行不到位", "制程异常": "作业员未按SOP作业",
        "来料异常": "供应商胶壳料批次不良", "设备异常": "冲压模具磨损未及时保养", "重复发生": "原对策未横向展开到同类料号",
    }
    measures = ["库存及在途品全检挑选", "调整模具并首件确认", "更换供应商批次并加严IQC", "增加100%导通测试工位",
                "SOP修订并对作业员再培训", "包装方式改为吸塑盘"]
    dispositions = [("返工", 30), ("挑选", 25), ("报废", 15), ("特采", 10), ("退供应商", 10), ("", 10)]
    start = datetime(2025, 1, 6, 8, 30)

    rows = []
    for i in range(n):
        day = start + timedelta(days=int(i * 174 / n) + rng.choice([0, 0, 1]))
        while not workday(day.date()):
            day += timedelta(days=1)
        recv = day + timedelta(minutes=rng.randint(0, 9 * 60))
        cust_code, cust = rng.choice(customers)
        part, part_name, line = rng.choice(parts)
        defect = pick(rng, [("外观不良", 34), ("尺寸不良", 10), ("结构不良", 18), ("功能不良", 24), ("电性能不良", 10)])
        if i in bad_analyse:
            defect = "功能不良" if bad_analyse.index(i) == 0 else "结构不良"
        if i in bad_defect:
            defect = "包装不良"
        nature = pick(rng, natures)
        kind = pick(rng, [("客户抱怨", 70), ("客户退货", 30)])
        receive_dept = pick(rng, [("业务部", 60), ("业务部(外贸)", 15), ("业务部-华东", 25)])
        if cust_code == "KH0102":
            receive_dept = "业务部(外贸)"
        raiser = rng.choice(sales)
        if i in bad_receive:
            receive_dept, raiser = "质控部", qc[bad_receive.index(i)]
        verdict = "成立" if (i in analysed_forced or i in bad_defect or rng.random() > 0.1) else "不成立"
        confirmer = rng.choice(qc)
        if i in bad_confirm:
            confirmer = tech[0]
        confirm = _cap(recv + timedelta(hours=rng.uniform(2, 30)))
        analyse = analyse_dept = execute = execute_dept = effect = effect_by = None
        if verdict == "成立" and confirm:
            analyse = _cap(recv + timedelta(hours=rng.uniform(6, 96)))
            if defect == "外观不良":
                analyse_dept = pick(rng, [("质控部", 60), ("技术部", 40)])
            elif nature == "来料异常":
                analyse_dept = pick(rng, [("采购部", 60), ("技术部-结构组", 40)])
            else:
                analyse_dept = pick(rng, [("技术部", 40), ("技术部-结构组", 30), ("技术部-电子组", 30)])
            if i in bad_analyse:
                analyse_dept = "质控部" if bad_analyse.index(i) == 0 else "生产一部"
        disposition = pick(rng, dispositions) if analyse else ""
        if analyse and (disposition in ("返工", "挑选") or i in bad_execute or i in bad_effect or rng.random() < 0.3):
            execute = _cap(analyse + timedelta(hours=rng.uniform(4, 48)))
            execute_dept = line if rng.random() < 0.7 else rng.choice(["生产一部", "生产二部"])
            if i in bad_execute:
                execute_dept = "仓储部"
                disposition = "挑选"
            if execute and (rng.random() < 0.9 or i in bad_effect):
                effect = _cap(execute + timedelta(days=rng.uniform(2, 8)))
                effect_by = rng.choice(qc)
                if i in bad_effect:
                    effect_by = prod[0]
        if execute is None:
            execute_dept = None
        if effect is None:
            effect_by = None
        reply_base = analyse or confirm
        reply = _cap(reply_base + timedelta(hours=rng.uniform(4, 72) if rng.random() < 0.85
                                            else rng.uniform(7 * 24, 14 * 24))) if reply_base else None
        if i in early_reply:
            reply = analyse - timedelta(hours=rng.uniform(20, 26))
            reply = max(reply, recv + timedelta(hours=1)).replace(second=0, microsecond=0)
        if reply is None and analyse and i not in no_reply:     # too close to the cut-off: the analysis is not in yet
            analyse = analyse_dept = execute = execute_dept = effect = effect_by = None
            disposition = ""
        if i in no_reply:
            reply = None
        replier = rng.choice(sales) if reply else None
        if i in bad_reply_by:
            replier = qc[2]
        if not confirm:
            status, closed = "待判定", None
        elif verdict == "成立" and not analyse:
            status, closed = "分析中", None
        elif reply and (effect or not execute):
            status, closed = "已结案", _cap(max(t for t in (reply, effect) if t) + timedelta(hours=rng.uniform(2, 72)))
            status = status if closed else "待结案"
        elif reply:
            status, closed = "效果验证中", None
        else:
            status, closed = "待回复", None
        if i == no_reply[0]:
            status = "已结案"
            closed = _cap(max(t for t in (analyse, effect) if t) + timedelta(days=2))
        qty = rng.choice([2000, 5000, 10000, 20000, 50000])
        bad = rng.randint(3, max(4, qty // 200))
        row = Case()
        row["客诉单号"] = f"KS{recv:%y%m}-{i + 1:03d}"
        row["客户代码"] = cust_code
        row["客户名称"] = cust
        row["客诉类型"] = kind
        row["接收时间"] = _dotted(recv)
        row["提报部门"] = receive_dept
        row["提报人"] = raiser
        row["料号"] = part
        row["品名规格"] = part_name
        row["出货批号"] = f"{recv - timedelta(days=rng.randint(5, 40)):%y%m%d}-{rng.randint(1, 3)}"
        row["出货数量"] = qty
        row["不良数量"] = bad
        row["不良率"] = f"{bad / qty:.2%}"
        row["不良描述"] = rng.choice(defects[defect])
        row["不良分类"] = defect
        row["异常性质"] = nature
        row["判定结果"] = verdict if confirm else ""
        row["判定人"] = confirmer if confirm else ""
        row["判定时间"] = _dotted(confirm)
        row["分析责任部门"] = analyse_dept or ""
        row["原因分析"] = causes[nature] if analyse else ("非我司责任，客户端装配不当" if verdict == "不成立" else "")
        row["临时对策"] = rng.choice(measures) if analyse else ""
        row["对策提出时间"] = _dotted(analyse)
        row["执行单位"] = execute_dept or ""
        row["执行完成时间"] = _dotted(execute)
        row["效果确认人"] = effect_by or ""
        row["效果确认时间"] = _dotted(effect)
        row["不良品处置"] = disposition
        row["回复人"] = replier or ""
        row["回复客户时间"] = _dotted(reply)
        row["单据状态"] = status
        row["结案日期"] = _dotted_date(closed)
        rows.append(row)
    # a repeated 客诉单号: 业务部 numbers the sheets by hand from its own ledger and gave the next one the same number
    busy = set(bad_receive + bad_confirm + bad_analyse + bad_execute + bad_effect + bad_reply_by + no_reply
               + bad_defect + early_reply)
    dup_src = next(k for k in range(20, 45) if k not in busy and k + 1 not in busy
                   and rows[k]["客诉单号"][:6] == rows[k + 1]["客诉单号"][:6])
    rows[dup_src + 1]["客诉单号"] = rows[dup_src]["客诉单号"]
    if injected is not None:
        num = lambda i: rows[i]["客诉单号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        injected += [(num(i), "receive_by_qc") for i in bad_receive]
        injected += [(num(i), "confirm_by_technical") for i in bad_confirm]
        injected += [(num(i), "analyse_by_not_technical") for i in bad_analyse]
        injected += [(num(i), "execute_by_warehouse") for i in bad_execute]
        injected += [(num(i), "effect_by_production") for i in bad_effect]
        injected += [(num(i), "reply_by_qc") for i in bad_reply_by]
        injected += [(num(i), "no_reply") for i in no_reply]
        injected += [(num(i), "invalid_defect_type") for i in bad_defect]
        injected += [(num(i), "reply_before_analysis") for i in early_reply]

    roles = {"业务部": "sales", "业务部(外贸)": "sales", "业务部-华东": "sales",
             "质控部": "quality_control", "技术部": "technical", "技术部-结构组": "technical", "技术部-电子组": "technical",
             "生产一部": "production", "生产二部": "production", "SMT车间": "production", "线束车间": "production",
             "采购部": "other_departments", "仓储部": "other_departments"}
    roles.update({v: "sales" for v in sales})
    roles.update({v: "quality_control" for v in qc})
    roles.update({v: "technical" for v in tech})
    roles.update({v: "production" for v in prod})
    hand = {
        "procedure": "s32-quality-anomaly-handling-yccl",
        "columns": {
            "客诉单号": "case_number",
            "接收时间": "receive_at",
            "提报部门": "receive_by",
            "不良分类": "defect_type",
            "异常性质": "category",
            "判定人": "confirm_by",
            "判定时间": "confirm_at",
            "分析责任部门": "analyse_by",
            "对策提出时间": "analyse_at",
            "执行单位": "execute_by",
            "执行完成时间": "execute_at",
            "效果确认人": "confirm_effect_by",
            "效果确认时间": "confirm_effect_at",
            "回复人": "reply_by",
            "回复客户时间": "reply_at",
        },
        "values": {
            "defect_type": {"外观不良": "appearance", "结构不良": "structural", "尺寸不良": "structural",
                            "功能不良": "functional", "电性能不良": "functional"},
            "category": {"品质异常": "product_quality_anomaly", "重复发生": "product_quality_anomaly",
                         "制程异常": "process_anomaly", "来料异常": "process_anomaly", "设备异常": "process_anomaly"},
        },
        "roles": roles,
    }
    return rows, hand


# --- 99: S42, a provincial operator's complaint / appeal work orders ----------------------------------------------

def e99_s42_operator_orders(rng, injected=None):
    """华讯通信江西省分公司 客服工单系统“投诉申诉工单明细”导出（XLSX；建单时间、争议发生日期、答复用户时间、归档时间、
    用户申诉时间、申诉中心受理时间、调解时间为真正的日期时间单元格），按 S42《电信用户申诉处理暂行办法》审计。
    每行一张用户投诉工单（10000号、营业厅、网上营业厅、手机APP 受理；少数是通管局转办来的申诉建单），
    用户不满意或逾期未答复而向申诉受理机构申诉的，同一工单上记着申诉转办信息。
    源文本读后写下的列：工单流水号、建单时间、受理渠道、用户号码、客户姓名、归属地市、业务类别、投诉内容、争议发生日期、
    工单级别、处理单位、处理人（工号）、答复用户时间、处理结果、退赔金额(元)、回访满意度、工单状态、归档时间
    （还写过工单类型、是否重复投诉，导出时没有保留）。
    读过制度 YAML 后补的列：受理部门（receive_by）、受理工号、是否升级申诉、申诉转办单号、申诉受理机构（accept_appeal_by）、用户申诉时间（appeal_at）、
    申诉中心受理时间（accept_appeal_at）、和解履行（settlement_executed）、前次调解（mediation_opinion_issued）、调解时间（mediate_at）。
    映射：建单时间 = receive_at，受理部门 = receive_by，处理单位 = reply_by（处理单位答复用户），答复用户时间 = reply_at，
    业务类别 = category（计费争议、套餐资费、增值业务扣费都是用户对所收费用的争议 → fee_dispute；网络质量、宽带装维、
    营销宣传、携号转网、服务态度、号卡业务 → other），争议发生日期 = incident_at，回访满意度 = satisfaction
    （满意、基本满意 → satisfied；不满意 → unsatisfied；未回访、用户未接 → 空白）；和解履行：已履行 → true，
    未和解、和解未履行 → false；前次调解：有 → true，无 → false。受理部门、处理单位都是本公司（operator）的部门、营业厅，
    合作营业厅（代理商代办点）也代表本公司受理。
    注入（14 处）：工单流水号重复 1 对（网厅与10000号两个入口同号）；答复用户超过15个工作日 4 件（其中 2 件用户因此申诉）；
    至今未答复且已超过15个工作日 2 件；话费争议事项发生距申诉超过五个月仍被受理 2 件；其他申诉事项发生距申诉超过二年仍被受理 1 件；
    已和解并履行仍被受理 1 件；前次已调解并出具调解意见书仍被受理 1 件；通管局转办建单的申诉早于向本公司投诉（未先投诉，越级申诉）1 件；
    业务类别“未分类”1 件。
    陷阱（不是违规）：正好第15个工作日答复、跨清明 / 五一 / 端午假期（日历日超过15天）；周末受理的工单从下一个工作日起算；
    4月27日（调休上班的星期日）答复；话费争议事项发生距申诉四个多月；其他申诉事项发生距申诉一年零十个月；
    已和解履行、没有申诉的；不满意却没有申诉的；工信部申诉中心受理的申诉（没有“本省是否设申诉受理机构”一列，第九条不检查）；
    月底新建、尚在15个工作日内未答复的工单。
    """
    taken: set = set()
    agents = distinct_names(rng, 6, taken)
    handlers = distinct_names(rng, 8, taken)

    n = 66
    early = list(range(3, n - 22))
    rng.shuffle(early)
    late = early[:4]                       # late answers still inside the export
    slots = [i for i in range(3, n - 10) if i not in late]
    rng.shuffle(slots)
    late_appeal = late[:2]
    open_overdue = [slots.pop() for _ in range(2)]
    fee_old = [slots.pop() for _ in range(2)]
    other_old = [slots.pop()]
    settled = [slots.pop()]
    mediated = [slots.pop()]
    direct_appeal = [slots.pop()]
    unclassified = [slots.pop()]
    trap_fee_4m = [slots.pop()]
    trap_other_22m = [slots.pop()]
    trap_settled_no_appeal = [slots.pop()]
    trap_unsat_no_appeal = [slots.pop()]
    forced_appeal = set(late_appeal + fee_old + other_old + settled + mediated + direct_appeal + trap_fee_4m
                        + trap_other_22m)

    cities = ["南昌", "九江", "赣州", "上饶", "宜春", "吉安", "抚州"]
    fee_cats = ["计费争议", "套餐资费", "增值业务扣费"]
    other_cats = ["网络质量", "宽带装维", "营销宣传", "携号转网", "服务态度", "号卡业务"]
    texts = {
        "计费争议": ["3月账单流量费异常偏高", "停机期间仍收取月租", "国际漫游费用与短信提醒不符"],
        "套餐资费": ["套餐到期自动续约为高档套餐", "宽带融合套餐降档后仍按原价收费"],
        "增值业务扣费": ["未订购的视频会员被扣费", "SP短信业务每月扣费10元"],
        "网络质量": ["小区室内信号差，经常无服务", "5G网络高峰期网速慢"],
        "宽带装维": ["宽带报修三天无人上门", "装机人员私自收取调测费"],
        "营销宣传": ["营业员承诺的话费返还未到账", "宣传的赠送宽带未兑现"],
        "携号转网": ["申请携号转网被告知不符合条件", "携转授权码短信收不到"],
        "服务态度": ["营业厅工作人员态度恶劣", "10000号客服多次推诿"],
        "号卡业务": ["副卡无法销户", "实名补卡被拒"],
    }
    results = ["核实后退还多收费用", "解释说明，用户认可", "退订业务并退还近两个月费用", "派单网络优化，已加装室分",
               "上门修复并赠送一个月宽带", "协调营业厅兑现返还话费", "对责任人员考核并向用户致歉"]
    channels = [("10000号", 50), ("营业厅", 20), ("网上营业厅", 12), ("手机APP", 18)]
    halls = ["南昌八一大道营业厅", "九江浔阳路营业厅", "赣州章贡营业厅", "上饶中心营业厅"]
    province_body = "江西省电信用户申诉受理中心"
    national_body = "工信部电信用户申诉受理中心"
    t0 = datetime(2025, 1, 2, 9, 0)

    # placing the exact-15th-working-day traps on windows that span a holiday
    holiday_windows = [(date(2025, 3, 24), date(2025, 4, 3)), (date(2025, 4, 14), date(2025, 4, 30)),
                       (date(2025, 5, 19), date(2025, 5, 30))]

    rows = []
    recv_days = []
    for i in range(n):
        d = (t0 + timedelta(days=int(i * 176 / n) + rng.choice([0, 0, 1, 2]))).date()
        recv_days.append(d)
    exact15 = []
    for lo, hi in holiday_windows:
        cand = [i for i, d in enumerate(recv_days) if lo <= d <= hi and i in slots]
        if cand:
            exact15.append(cand[0])
            slots.remove(cand[0])
    weekend_recv = [slots.pop()]
    sunday_reply = [i for i, d in enumerate(recv_days) if date(2025, 4, 8) <= d <= date(2025, 4, 22) and i in slots][:1]

    for i in range(n):
        d = recv_days[i]
        if i in weekend_recv:
            while d.weekday() != 5:
                d += timedelta(days=1)
        channel = pick(rng, channels)
        if i in weekend_recv:
            channel = "手机APP"
        recv = datetime(d.year, d.month, d.day, 8, 30) + timedelta(minutes=rng.randint(0, 10 * 60))
        cat = pick(rng, [(c, 14) for c in fee_cats] + [(c, 8) for c in other_cats])
        if i in fee_old or i in trap_fee_4m:
            cat = rng.choice(fee_cats)
        if i in other_old or i in trap_other_22m:
            cat = rng.choice(["营销宣传", "宽带装维"])
        city = rng.choice(cities)
        dept = {"10000号": "省客服中心", "营业厅": rng.choice(halls + ["合作营业厅"]), "网上营业厅": "电子渠道中心",
                "手机APP": "电子渠道中心"}[channel]
        agent = f"{rng.randint(8001, 8099)} {rng.choice(agents)}" if channel == "10000号" else rng.choice(agents)
        fee = cat in fee_cats
        incident = recv - timedelta(days=rng.randint(3, 60) if fee else rng.randint(1, 200))
        # the operator's answer, in working days after the day the complaint came in
        k = rng.randint(1, 12)
        if i in exact15:
            k = 15
        if i in late:
            k = rng.randint(17, 26)
        reply_day = nth_workday_after(d, k)
        if i in sunday_reply:
            reply_day = date(2025, 4, 27)
        reply = datetime(reply_day.year, reply_day.month, reply_day.day, rng.randint(9, 16), rng.randint(0, 59))
        if i in exact15:
            reply = reply.replace(hour=17, minute=rng.randint(10, 50))
        if i in open_overdue or reply > CUTOFF:
            reply = None
        handler_unit = rng.choice([f"{city}分公司", f"{city}分公司", "计费结算中心" if fee else "省网络运营中心", "省客服中心"])
        handler = rng.choice(handlers)
        satisfaction = ""
        if reply:
            satisfaction = pick(rng, [("满意", 45), ("基本满意", 25), ("不满意", 15), ("未回访", 8), ("用户未接", 7)])
        appeal = accept = mediate = None
        body = ""
        wants_appeal = i in forced_appeal or (satisfaction == "不满意" and i not in trap_unsat_no_appeal
                                              and rng.random() < 0.6)
        if i in trap_unsat_no_appeal and reply:
            satisfaction = "不满意"
        if wants_appeal:
            if i in late_appeal:
                base = datetime.combine(nth_workday_after(d, 16), datetime.min.time())
                appeal = base + timedelta(days=rng.randint(0, 2), hours=rng.randint(9, 17))
            else:
                if reply is None:    # keep the appeal inside the export: answer within the time limit
                    reply = datetime.combine(nth_workday_after(d, 5), datetime.min.time()) + timedelta(hours=15)
                satisfaction = "不满意"
                appeal = reply + timedelta(days=rng.randint(1, 12), hours=rng.randint(-3, 5))
            if i in direct_appeal:
                appeal = recv - timedelta(days=rng.randint(4, 6), hours=rng.randint(1, 5))
                channel, dept, agent = "通管局转办", "省客服中心", f"{rng.randint(8001, 8099)} {rng.choice(agents)}"
            accept = appeal + timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 5))
            if i in direct_appeal:
                accept = recv - timedelta(days=1)
            if i in fee_old:
                incident = appeal - timedelta(days=rng.randint(175, 230))
            elif i in trap_fee_4m:
                incident = appeal - timedelta(days=rng.randint(125, 140))
            elif i in other_old:
                incident = appeal - timedelta(days=rng.randint(770, 820))
            elif i in trap_other_22m:
                incident = appeal - timedelta(days=rng.randint(640, 690))
            if accept > CUTOFF:
                appeal = accept = None
            elif rng.random() < 0.5:
                mediate = accept + timedelta(days=rng.randint(3, 15), hours=rng.randint(0, 4))
                mediate = mediate if mediate <= CUTOFF else None
            body = national_body if (accept and rng.random() < 0.15) else province_body
        if i in unclassified:
            cat = "未分类"
        settlement = ""
        if appeal:
            settlement = "未和解"
            if i in settled:
                settlement = "已履行"
            elif rng.random() < 0.15:
                settlement = "和解未履行"
        elif i in trap_settled_no_appeal or (reply and rng.random() < 0.1):
            settlement = "已履行"
        prior = ("有" if i in mediated else "无") if appeal else ""
        if reply is None:
            status, archived = "处理中", None
        elif appeal and not mediate:
            status, archived = "申诉处理中", None
        else:
            archived = max(t for t in (reply, mediate) if t) + timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 3))
            status = "已归档" if archived <= CUTOFF else "待回访"
            archived = archived if archived <= CUTOFF else None
        level = pick(rng, [("普通", 80), ("紧急", 12), ("重大", 3), ("申诉", 5)])
        if appeal:
            level = "申诉"
        row = Case()
        row["工单流水号"] = f"TS{recv:%Y%m%d}{rng.randint(100000, 999999)}"
        row["建单时间"] = recv
        row["受理渠道"] = channel
        row["受理部门"] = dept
        row["受理工号"] = agent
        row["用户号码"] = mobile(rng)
        row["客户姓名"] = person_name(rng)
        row["归属地市"] = city
        row["业务类别"] = cat
        row["投诉内容"] = rng.choice(texts.get(cat, texts["计费争议"]))
        row["争议发生日期"] = datetime(incident.year, incident.month, incident.day)
        row["工单级别"] = level
        row["处理单位"] = handler_unit if reply else ""
        row["处理人"] = handler
        row["答复用户时间"] = reply
        row["处理结果"] = rng.choice(results) if reply else ""
        row["退赔金额(元)"] = round(rng.uniform(5, 300), 2) if reply and fee and rng.random() < 0.6 else None
        row["回访满意度"] = satisfaction
        row["工单状态"] = status
        row["归档时间"] = archived
        row["是否升级申诉"] = "是" if appeal else "否"
        row["申诉转办单号"] = f"赣申{accept:%Y%m}{rng.randint(1000, 9999)}" if appeal else ""
        row["申诉受理机构"] = body if appeal else ""
        row["用户申诉时间"] = appeal
        row["申诉中心受理时间"] = accept
        row["和解履行"] = settlement
        row["前次调解"] = prior
        row["调解时间"] = mediate
        rows.append(row)
    # a repeated 工单流水号: the web-hall entry and the 10000 entry drew the same number on one day
    busy = set(late + open_overdue + fee_old + other_old + settled + mediated + direct_appeal + unclassified
               + trap_fee_4m + trap_other_22m + trap_settled_no_appeal + trap_unsat_no_appeal + exact15
               + weekend_recv + sunday_reply)
    free = [k for k in range(20, 50) if k not in busy and k + 1 not in busy]
    same_day = [k for k in free if rows[k]["建单时间"].date() == rows[k + 1]["建单时间"].date()]
    dup_src = (same_day or free)[0]
    rows[dup_src + 1]["工单流水号"] = rows[dup_src]["工单流水号"]
    if injected is not None:
        num = lambda i: rows[i]["工单流水号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        injected += [(num(i), "late_reply") for i in late]
        injected += [(num(i), "no_reply_overdue") for i in open_overdue]
        injected += [(num(i), "fee_dispute_over_5_months") for i in fee_old]
        injected += [(num(i), "other_over_2_years") for i in other_old]
        injected += [(num(i), "settled_executed") for i in settled]
        injected += [(num(i), "already_mediated") for i in mediated]
        injected += [(num(i), "appeal_before_complaint") for i in direct_appeal]
        injected += [(num(i), "invalid_category") for i in unclassified]

    operator_units = ["省客服中心", "电子渠道中心", "合作营业厅", *halls, *(f"{c}分公司" for c in cities),
                      "计费结算中心", "省网络运营中心"]
    hand = {
        "procedure": "s42-telecom-user-appeals",
        "columns": {
            "工单流水号": "case_number",
            "建单时间": "receive_at",
            "受理部门": "receive_by",
            "业务类别": "category",
            "争议发生日期": "incident_at",
            "处理单位": "reply_by",
            "答复用户时间": "reply_at",
            "回访满意度": "satisfaction",
            "申诉受理机构": "accept_appeal_by",
            "用户申诉时间": "appeal_at",
            "申诉中心受理时间": "accept_appeal_at",
            "和解履行": "settlement_executed",
            "前次调解": "mediation_opinion_issued",
            "调解时间": "mediate_at",
        },
        "values": {
            "category": {**{c: "fee_dispute" for c in fee_cats}, **{c: "other" for c in other_cats}},
            "satisfaction": {"满意": "satisfied", "基本满意": "satisfied", "不满意": "unsatisfied",
                             "未回访": "", "用户未接": ""},
            "settlement_executed": {"已履行": True, "未和解": False, "和解未履行": False},
            "mediation_opinion_issued": {"有": True, "无": False},
        },
        "roles": {**{u: "operator" for u in operator_units},
                  province_body: "provincial_appeal_body", national_body: "national_appeal_center"},
    }
    return rows, hand


EXPORTS = [
    ("98-s32-qms-complaint-anomalies.csv", "utf-8-sig", e98_s32_qms_anomaly),
    ("99-s42-operator-appeal-orders.xlsx", "xlsx", e99_s42_operator_orders),
]
