"""Starter-profile benchmark exports 122-123 (set 21c), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 122 123    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return None if t is None or t > CUTOFF else t


def _office(t, rng, first=8, last=18):
    """Office work happens on working days, first to last o'clock; a time outside moves to the next working morning."""
    if t is None:
        return None
    t = t.replace(second=0, microsecond=0)
    if t.hour >= last:
        t = (t + timedelta(days=1)).replace(hour=first, minute=rng.randint(0, 50))
    elif t.hour < first:
        t = t.replace(hour=first, minute=rng.randint(0, 50))
    while not workday(t.date()):
        t = (t + timedelta(days=1)).replace(hour=first, minute=rng.randint(0, 50))
    return t


# --- 122: S13, a distribution company's customer-service complaint register ---------------------------------------

def _slash(t):
    """The CRM's own spelling: 2025/3/4 9:12 (no zero padding, no seconds)."""
    return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}" if t else None


def e122_s13_distribution_complaints(rng, injected=None):
    """江州恒顺商贸配送有限公司 配送中心“客户服务管理系统 → 投诉登记簿”导出（GB18030 CSV），按 S13《客户投诉处理办法》审计。
    日期写法：2025/3/4 9:12（年/月/日不补零，时:分）；“承诺解决期限”是系统中带时刻的时限，同样写法。
    组织：配送中心客服部 24 小时热线（客服专员轮值，夜间来电由值班专员登记）；客服主管下发《客户投诉处理单》；
    主管领导为配送中心主任和分管副总；责任部门为仓储分拣组、调度运输组、质检科、片区经理、客户经理等。
    受理人、下发人、方案审核人都写员工姓名（名单由审计人员向客服部核对，写在 roles 中）。

    第一步（只读过制度原文）写下的表头：
    投诉单号, 登记时间, 受理人, 投诉方式（来电/邮件/上门/其他）, 客户编码, 客户名称, 联系人, 联系电话, 所属片区,
    客户经理, 投诉内容, 责任判定（商品质量/客户经理服务/配送/其他）, 责任部门, 处理单下发时间, 下发人, 调查结果,
    处理方式（退换货/召回/解释说明…）, 承诺解决期限, 期限告知客户时间, 处理结果反馈时间, 处理方案, 方案形成时间,
    方案审核人, 审核时间, 审核意见, 单据状态（已办结/处理中/待审核）, 备注, 录入人
    （实际取值：投诉方式 来电/邮件/上门/客户经理转达/微信；责任判定 商品质量/客户经理服务/配送服务/其他。）

    读过制度 YAML 后补的列：投诉时间（客户来电/来访/来邮件的时间，登记时间是填写记录单的时间）、定责时间、
    原因初判（受理人定责时写的主要原因，与责任部门同时填写）、退换货完成时间、办结时间。

    48 行。注入（按规则 id 计数，共 18 项）：
      record_slip_always ×2（值班电话记录批量导入，未补填记录单，登记时间为空）；
      deadline_notified ×2（责任在客户经理，未写承诺解决期限）；
      explain_when_product_quality ×2（商品质量问题只作解释说明，没有退换货）；
      responsible_department_determined ×1、cause_determined ×1（已定责并办结，责任部门 / 原因初判漏填）；
      plan_approved ×1（方案形成后未经审核即办结）；
      resolve_by_notified_due ×3（两件办结晚于承诺期限，一件在办案件截至 2025-07-01 已过期限）；
      step-record ×1（片区经理自己登记了投诉）；step-send_handling_slip ×1（客服专员代下发处理单）；
      step-approve_plan ×1（客服主管审核方案）；
      determine_department-send_handling_slip ×1（处理单下发时间早于定责时间）；
      propose_result-draft_plan ×1（方案形成时间早于责任部门反馈时间）；
      case_number ×1（导入记录手工编号与已有单号重复）。
    陷阱（不应报告）：夜间 0-7 点来电的 24 小时受理；承诺期限当天、在时刻之前办结的；在办案件承诺期限在 7 月 1 日之后；
      责任为配送服务、其他的案件没有退换货也没有承诺期限；尚未定责的在办案件没有责任部门、原因初判；
      尚未形成方案的在办案件没有审核；分管副总（另一位主管领导）审核；召回处理的商品质量案件。
    """
    taken = set()
    clerks = distinct_names(rng, 4, taken)          # 客服专员
    supervisors = distinct_names(rng, 2, taken)     # 客服主管
    leaders = distinct_names(rng, 2, taken)         # 配送中心主任、分管副总
    area_managers = distinct_names(rng, 4, taken)   # 片区经理
    account_managers = distinct_names(rng, 8, taken)
    areas = ["城东片区", "城西片区", "开发区片区", "北郊片区"]
    shops = ["便利店", "超市", "副食店", "百货商行", "烟酒店", "生活超市", "便民店"]
    shop_first = ["鑫旺", "好又多", "家乐", "华联", "永兴", "惠民", "金太阳", "福满多", "佳佳", "顺发", "万家", "红星"]

    n = 48
    starts = sorted(datetime(2025, 1, 6) + timedelta(minutes=rng.randint(0, 155 * 24 * 60)) for _ in range(n - 7))
    # the hotline is open round the clock: most calls come in shop hours, some at night
    starts = [t.replace(hour=rng.choice([6, 7, 22, 23, 0, 1])) if rng.random() < 0.14 else
              t.replace(hour=rng.randint(8, 20)) for t in starts]
    starts.sort()
    # the cases still open at the export came in during the last fortnight
    starts += [datetime(2025, 6, d, rng.randint(8, 16), rng.randint(0, 59)) for d in (16, 18, 20, 23, 26, 29, 30)]
    starts[-1] = starts[-1].replace(hour=9)

    resp_kinds = ["product_quality"] * 18 + ["account_manager"] * 18 + ["delivery"] * 8 + ["other"] * 4
    rng.shuffle(resp_kinds)

    specs = [{"start": t, "resp": k} for t, k in zip(starts, resp_kinds)]
    # the last cases are still open at the export: stage 0 received only, 1 blamed, 2 slip sent, 3 result back,
    # 5 plan approved (a drafted but unapproved plan would itself be a finding)
    open_stages = {n - 1: 0, n - 2: 0, n - 3: 1, n - 4: 2, n - 5: 3, n - 6: 5, n - 7: 2}
    for i, st in open_stages.items():
        specs[i]["stage"] = st
    for s in specs:
        s.setdefault("stage", 6)
    for i in (n - 1, n - 2):
        specs[i]["resp"] = None                   # not yet judged

    def free(pred, lo=0, hi=n):
        for k in rng.sample(range(lo, hi), hi - lo):
            s = specs[k]
            if not s.get("inj") and not s.get("trap") and pred(s):
                return s
        raise RuntimeError("no free case")

    closed = lambda s: s["stage"] == 6
    am = lambda s: s["resp"] == "account_manager"
    pq = lambda s: s["resp"] == "product_quality"
    free(lambda s: closed(s), 0, 30)["inj"] = "record_slip_always"
    free(lambda s: closed(s), 0, 40)["inj"] = "record_slip_always"
    free(lambda s: closed(s) and am(s))["inj"] = "deadline_notified"
    free(lambda s: closed(s) and am(s))["inj"] = "deadline_notified"
    free(lambda s: closed(s) and pq(s))["inj"] = "explain_when_product_quality"
    free(lambda s: closed(s) and pq(s))["inj"] = "explain_when_product_quality"
    free(lambda s: closed(s))["inj"] = "responsible_department_determined"
    free(lambda s: closed(s))["inj"] = "cause_determined"
    free(lambda s: closed(s))["inj"] = "plan_approved"
    free(lambda s: closed(s) and am(s))["inj"] = "resolve_by_notified_due"
    free(lambda s: closed(s) and am(s))["inj"] = "resolve_by_notified_due"
    late_open = specs[n - 4]                       # stage 2, open: its promise ran out before the export
    late_open["resp"] = "account_manager"
    late_open["inj"] = "resolve_by_notified_due (open)"
    free(lambda s: closed(s))["inj"] = "step-record"
    free(lambda s: closed(s))["inj"] = "step-send_handling_slip"
    free(lambda s: closed(s))["inj"] = "step-approve_plan"
    free(lambda s: closed(s))["inj"] = "determine_department-send_handling_slip"
    free(lambda s: closed(s))["inj"] = "propose_result-draft_plan"
    # traps
    free(lambda s: closed(s) and am(s))["trap"] = "closed_on_due_day"
    specs[n - 3]["resp"] = "account_manager"
    specs[n - 3]["trap"] = "open_due_after_asof"
    specs[n - 6]["resp"] = "account_manager"
    specs[n - 6]["trap"] = "open_due_after_asof"
    free(lambda s: closed(s) and pq(s))["trap"] = "recall"

    content = {
        "product_quality": ["到货整件中有 {k} 条外包装破损、受潮", "批次商品临近保质期，要求退换", "送到的货有 {k} 件渗漏",
                            "商品条码与订单不符，疑似假冒", "整箱内少装 {k} 条", "开箱发现霉变 {k} 件"],
        "account_manager": ["客户经理未按约定时间上门，订货未及时提交", "客户经理态度生硬，推脱不解决问题",
                            "客户经理多次联系不上，订单漏报", "客户经理承诺的政策没有兑现", "客户经理代订货品种与要求不符"],
        "delivery": ["送货时间比约定晚 {k} 小时", "送货员未卸货到店内", "配送车辆堵门影响营业", "送错货，少送 {k} 件"],
        "other": ["电话订货热线长时间占线", "对货款结算方式有异议", "发票开具错误", "咨询新品上市时间无人答复"],
    }
    depts = {"product_quality": ["质检科", "仓储分拣组"], "account_manager": ["客户经理", "片区经理"],
             "delivery": ["调度运输组", "仓储分拣组"], "other": ["客服部", "财务结算组"]}
    causes = {"product_quality": ["厂家批次质量问题", "仓储环境潮湿", "分拣装箱差错", "运输途中挤压"],
              "account_manager": ["客户经理未按拜访线路执行", "客户经理服务意识不足", "订单录入遗漏", "政策解释不到位"],
              "delivery": ["线路调度不合理", "车辆故障延误", "送货员操作不规范", "分拣差错"],
              "other": ["热线人员不足", "结算规则未告知客户", "开票信息录入错误", "新品信息未及时下发"]}
    words = {"product_quality": "商品质量", "account_manager": "客户经理服务", "delivery": "配送服务", "other": "其他"}

    rows, seq = [], {}
    for idx, s in enumerate(specs):
        inj, trap, stage, resp = s.get("inj"), s.get("trap"), s["stage"], s["resp"]
        t0 = s["start"]
        area_i = rng.randrange(4)
        channel = pick(rng, [("来电", 60), ("上门", 12), ("邮件", 8), ("客户经理转达", 12), ("微信", 8)])
        if t0.hour < 8 or t0.hour >= 21:
            channel = "来电"
        clerk = rng.choice(clerks)
        recorded = t0 + timedelta(minutes=rng.randint(3, 35))
        blamed = _office(recorded + timedelta(hours=rng.uniform(0.5, 6)), rng)
        slip = _office(blamed + timedelta(hours=rng.uniform(0.3, 3)), rng)
        feedback = _office(slip + timedelta(hours=rng.uniform(20, 60)), rng)
        plan = _office(feedback + timedelta(hours=rng.uniform(2, 20)), rng)
        approved = _office(plan + timedelta(hours=rng.uniform(1, 20)), rng)
        done = _office(approved + timedelta(hours=rng.uniform(3, 40)), rng)
        explained = notified = due = None
        if resp == "product_quality":
            explained = _office(blamed + timedelta(hours=rng.uniform(3, 26)), rng)
        if resp == "account_manager":
            notified = _office(blamed + timedelta(hours=rng.uniform(0.3, 3)), rng)
            due = done + timedelta(days=rng.randint(1, 3))
            due = due.replace(hour=rng.choice([12, 17, 18]), minute=0)
            if trap == "closed_on_due_day":
                due = done.replace(hour=18, minute=0)       # closed earlier the same day
            if inj == "resolve_by_notified_due":
                due = (notified + timedelta(days=1)).replace(hour=17, minute=0)
                assert done > due
        # what the export still lacks at the cutoff
        if stage < 1:
            blamed = None
        if stage < 2:
            slip = None
        if stage < 3:
            feedback = None
        if stage < 4:
            plan = None
        if stage < 5:
            approved = None
        if stage < 6:
            done = None
        if resp == "account_manager" and stage < 6:
            due = datetime(2025, 7, rng.randint(2, 8), 18, 0)       # promised for early July
            if inj:
                due = (blamed + timedelta(days=3)).replace(hour=17, minute=0)
        if blamed is None:
            explained = notified = None
        am_name = account_managers[area_i * 2 + rng.randrange(2)]
        text = rng.choice(content[resp or rng.choice(list(content))]).format(k=rng.randint(1, 6))
        dept = rng.choice(depts[resp]) if resp else None
        if dept == "片区经理":
            dept = f"片区经理（{area_managers[area_i]}）"
        r = Case()
        seq[t0.date()] = seq.get(t0.date(), 0) + 1
        r["投诉单号"] = f"KS{t0:%y%m%d}{seq[t0.date()]:02d}"
        r["投诉时间"] = _slash(t0)
        r["登记时间"] = _slash(recorded)
        r["受理人"] = clerk
        r["投诉方式"] = channel
        r["客户编码"] = f"JZ{rng.randint(10000, 99999)}"
        r["客户名称"] = rng.choice(shop_first) + rng.choice(shops)
        r["联系人"] = person_name(rng)
        r["联系电话"] = mobile(rng)
        r["所属片区"] = areas[area_i]
        r["客户经理"] = am_name
        r["投诉内容"] = text
        r["责任判定"] = words[resp] if resp and blamed else None
        r["定责时间"] = _slash(blamed)
        r["原因初判"] = rng.choice(causes[resp]) if resp and blamed else None
        r["责任部门"] = dept if blamed else None
        r["处理单下发时间"] = _slash(slip)
        r["下发人"] = rng.choice(supervisors) if slip else None
        r["调查结果"] = ("经核实，" + rng.choice(causes[resp]) + "，情况属实") if feedback else None
        way = {"product_quality": "退换货", "account_manager": "约谈整改", "delivery": "补送", "other": "解释说明"}
        r["处理方式"] = way[resp] if resp and blamed else None
        r["退换货完成时间"] = _slash(explained)
        r["承诺解决期限"] = _slash(due)
        r["期限告知客户时间"] = _slash(notified)
        r["处理结果反馈时间"] = _slash(feedback)
        r["处理方案"] = {"product_quality": "为客户办理退换并向厂家索赔", "account_manager": "客户经理书面检讨，片区经理回访客户",
                     "delivery": "调整配送线路，补送缺货", "other": "向客户说明并改进相关流程"}[resp] if plan else None
        r["方案形成时间"] = _slash(plan)
        r["方案审核人"] = (leaders[0] if rng.random() < 0.7 else leaders[1]) if approved else None
        r["审核时间"] = _slash(approved)
        r["审核意见"] = rng.choice(["同意", "同意，按方案执行", "同意，注意回访"]) if approved else None
        r["办结时间"] = _slash(done)
        r["单据状态"] = "已办结" if done else ("待审核" if plan and not approved else "处理中")
        r["备注"] = None
        r["录入人"] = clerk

        if trap == "recall":
            r["处理方式"] = "召回"
            r["处理方案"] = "同批次商品全部召回，厂家换货"
        if trap == "closed_on_due_day":
            r["备注"] = "当天按承诺办结"
        if inj == "record_slip_always":
            r["登记时间"] = None
            r["投诉方式"] = "来电"
            r["录入人"] = "批量导入"
            r["备注"] = "值班电话记录导入，未补填记录单"
        if inj == "deadline_notified":
            r["承诺解决期限"] = None
            r["期限告知客户时间"] = None
        if inj == "explain_when_product_quality":
            r["退换货完成时间"] = None
            r["处理方式"] = "解释说明"
            r["备注"] = "客户接受解释，未退换"
        if inj == "responsible_department_determined":
            r["责任部门"] = None
        if inj == "cause_determined":
            r["原因初判"] = None
        if inj == "plan_approved":
            r["方案审核人"] = None
            r["审核时间"] = None
            r["审核意见"] = None
            r["备注"] = "主任出差，先行办结"
        if inj == "step-record":
            r["受理人"] = area_managers[area_i]
            r["录入人"] = area_managers[area_i]
            r["投诉方式"] = "客户经理转达"
        if inj == "step-send_handling_slip":
            r["下发人"] = rng.choice([c for c in clerks if c != r["受理人"]])
        if inj == "step-approve_plan":
            r["方案审核人"] = supervisors[0]
        if inj == "determine_department-send_handling_slip":
            r["处理单下发时间"] = _slash(blamed - timedelta(hours=1, minutes=rng.randint(5, 50)))
        if inj == "propose_result-draft_plan":
            r["方案形成时间"] = _slash(feedback - timedelta(hours=rng.randint(2, 5)))
        s["row"] = r
        rows.append(r)

    # a hand-numbered imported row took a number the system had already given
    busy = {k for k, s in enumerate(specs) if s.get("inj") or s.get("trap") or s["stage"] < 6}
    dup = next(k for k in range(20, n) if k not in busy and k - 1 not in busy)
    rows[dup]["投诉单号"] = rows[dup - 1]["投诉单号"]
    rows[dup]["录入人"] = "批量导入"
    rows[dup]["备注"] = "导入时手工编号"

    if injected is not None:
        injected += [(rows[dup]["投诉单号"], "case_number (duplicate)")]
        injected += [(s["row"]["投诉单号"], s["inj"]) for s in specs if s.get("inj")]

    roles = {**{c: "complaint_receiver" for c in clerks}, **{s: "cs_supervisor" for s in supervisors},
             **{ld: "leader" for ld in leaders}, **{a: "responsible_party" for a in area_managers}}
    hand = {
        "procedure": "s13-distribution-complaint-handling",
        "encoding": "gb18030",
        "columns": {
            "投诉单号": "case_number",
            "投诉时间": "receive_at",
            "登记时间": "record_at",
            "受理人": "record_by",
            "投诉方式": "channel",
            "投诉内容": "content",
            "责任判定": "responsibility",
            "定责时间": "determine_department_at",
            "原因初判": "cause",
            "责任部门": "responsible_department",
            "处理单下发时间": "send_handling_slip_at",
            "下发人": "send_handling_slip_by",
            "退换货完成时间": "explain_replace_at",
            "承诺解决期限": "resolution_due_at",
            "期限告知客户时间": "notify_deadline_at",
            "处理结果反馈时间": "propose_result_at",
            "处理方案": "measures",
            "方案形成时间": "draft_plan_at",
            "方案审核人": "approve_plan_by",
            "审核时间": "approve_plan_at",
            "办结时间": "closed_at",
        },
        "values": {
            "channel": {"来电": "unnamed_first", "邮件": "email", "上门": "onsite", "客户经理转达": "other",
                        "微信": "other"},
            "responsibility": {"商品质量": "product_quality", "客户经理服务": "account_manager", "配送服务": "",
                               "其他": ""},
        },
        "roles": roles,
    }
    return rows, hand



# --- 123: S32, a manufacturer's quality-anomaly tracking workbook ---------------------------------------------------

def _workday_after(d, k):
    """The k-th working day after date d (k=0: d itself, moved to a working day)."""
    while not workday(d):
        d += timedelta(days=1)
    while k:
        d += timedelta(days=1)
        if workday(d):
            k -= 1
    return d


def e123_s32_quality_anomaly_tracking(rng, injected=None):
    """江州宏达电器配件有限公司 质控部“品质异常联络单跟踪表”（Excel 台账，XLSX），按 S32《产品质量异常处理流程》审计。
    日期写法：Excel 日期单元格（只到日）。台账由质控部文员维护，业务部、技术部、生产部在联络单上签回后由文员登记。
    本次交审计的是台账按“异常类别”筛出的客户来源部分（客诉、客退、客户验货），厂内的来料、制程巡检异常不在其中：
    制度的流程以业务部接收客户投诉开始、以回复客户结束。
    发出人、确认人、效果确认人、业务员写员工姓名；分析部门、执行部门写部门（名单由审计人员向质控部核对，写在 roles 中）。

    第一步（只读过制度原文）写下的表头：
    异常单号, 发出日期, 发出人, 异常类别（来料/制程/出货前/客诉）, 判定依据（超出不良率目标/重复发生/客户退货/
    未按作业指导书/标准不完善/原材料不良/设备故障/其它）, 不良性质（外观/结构/功能）, 产品型号, 批号, 车间/线别,
    批量数, 抽检数, 不良数, 不良率, 质量目标, 不良描述, 确认人, 确认日期, 分析部门, 分析人, 原因分析, 临时对策,
    对策提出日期, 执行部门, 执行日期, 效果确认（OK/NG）, 效果确认人, 效果确认日期, 不良品处理（返工/报废/特采/退供应商）,
    客户回复日期, 业务员, 状态（结案/跟踪中）, 备注
    （实际取值：异常类别 客诉/客退/客户验货；判定依据 不良率超标/重复发生/客户抱怨/客户退货/其它影响品质/
    未按SOP作业/标准不完善/来料不良/设备故障/其它隐患；不良性质 外观/尺寸/结构/功能/性能。）

    读过制度 YAML 后补的列：客户（说明来源，规则不读）；规则所需的各环节时间和办理人第一步的表头已有，没有再补。

    46 行。注入（按规则 id 计数，共 15 项）：
      result_fed_back ×3（技术部已提出对策，业务部一直没有回复客户）；
      receive_by_sales ×1（客户品质工程师直接找质控部，联络单由质控部发出）；
      confirm_by_quality_control ×2（不良现象由技术部工程师、业务员确认）；
      structural_functional_analysed_by_technical ×2（结构、功能不良由质控部自行分析提对策）；
      execute_by_production ×1（临时对策由质控部自己挑选返工）；
      confirm_effect_by_quality_control ×1（效果由生产主管确认）；
      reply_by_sales ×1（技术部工程师直接回复客户）；
      receive-confirm ×1（确认日期早于联络单发出日期）；analyse-reply ×1（先回复客户后提对策）；
      execute-confirm_effect ×1（效果确认日期早于执行日期）；case_number ×1（文员复制行后单号未改）。
    陷阱（不应报告）：外观不良由质控部分析（制度不检查外观类的分析部门）；来料引起的功能不良由采购部分析（其它部门，算符合）；
      同一天发出、确认；尚未提出对策的在办单子没有回复日期；已回复、效果待确认的在办单子；执行部门为装配车间。
    """
    taken = set()
    sales = distinct_names(rng, 3, taken)          # 业务部
    qc = distinct_names(rng, 3, taken)             # 质控部 QE / IPQC
    tech = distinct_names(rng, 3, taken)           # 技术部工程师
    prod_leads = distinct_names(rng, 2, taken)     # 生产主管
    customers = ["华东电气成套", "申联开关", "南方智能家居", "德胜照明", "立达配电设备", "康明电器"]
    products = [("KG-86 开关面板", "塑壳"), ("CZ-10A 五孔插座", "插座"), ("JX-2.5 接线端子", "端子"),
                ("JDQ-12V 继电器", "继电器"), ("SK-03 塑壳底座", "塑壳"), ("DL-16A 断路器外壳", "塑壳")]
    n = 46
    days = sorted(_workday_after(date(2025, 1, 6) + timedelta(days=rng.randint(0, 145)), 0) for _ in range(n - 6))
    # the slips still open at the export: two replied with the effect not yet confirmed, four not yet analysed
    days += [date(2025, 6, 9), date(2025, 6, 11), date(2025, 6, 20), date(2025, 6, 24), date(2025, 6, 26),
             date(2025, 6, 27)]
    specs = [{"d0": d} for d in days]
    # the last cases are still open at the export: stage 0 issued only, 1 confirmed; 4 replied, effect pending
    for i, st in {n - 1: 0, n - 2: 0, n - 3: 1, n - 4: 1, n - 5: 4, n - 6: 4}.items():   # 5: effect confirmed
        specs[i]["stage"] = st
    for s in specs:
        s.setdefault("stage", 5)
        s["kind"] = pick(rng, [("外观", 34), ("尺寸", 14), ("结构", 16), ("功能", 22), ("性能", 14)])

    def free(pred, lo=0, hi=n):
        for k in rng.sample(range(lo, hi), hi - lo):
            s = specs[k]
            if not s.get("inj") and not s.get("trap") and pred(s):
                return s
        raise RuntimeError("no free case")

    done = lambda s: s["stage"] == 5
    sf = lambda s: s["kind"] in ("尺寸", "结构", "功能", "性能")
    free(lambda s: done(s), 0, 25)["inj"] = "result_fed_back"
    free(lambda s: done(s), 0, 38)["inj"] = "result_fed_back"
    free(lambda s: done(s), 30, 40)["inj"] = "result_fed_back"
    free(done)["inj"] = "receive_by_sales"
    free(done)["inj"] = "confirm_by_quality_control"
    free(done)["inj"] = "confirm_by_quality_control"
    free(lambda s: done(s) and sf(s))["inj"] = "structural_functional_analysed_by_technical"
    free(lambda s: done(s) and sf(s))["inj"] = "structural_functional_analysed_by_technical"
    free(done)["inj"] = "execute_by_production"
    free(done)["inj"] = "confirm_effect_by_quality_control"
    free(done)["inj"] = "reply_by_sales"
    free(done)["inj"] = "receive-confirm"
    free(done)["inj"] = "analyse-reply"
    free(done)["inj"] = "execute-confirm_effect"
    free(lambda s: done(s) and s["kind"] == "外观")["trap"] = "appearance_by_qc"
    free(lambda s: done(s) and s["kind"] == "外观")["trap"] = "appearance_by_qc"
    free(lambda s: done(s) and s["kind"] in ("功能", "性能"))["trap"] = "purchasing_analyses_material"

    desc = {"外观": ["表面划伤", "缩水、流痕", "色差明显", "丝印模糊", "毛边未修净"],
            "尺寸": ["安装孔距超差", "外形尺寸偏大 0.3mm", "卡扣尺寸偏小"],
            "结构": ["卡扣断裂", "装配后松动", "螺柱开裂", "铆接不牢"],
            "功能": ["通断不良", "按键无回弹", "接触不良发热", "吸合不动作"],
            "性能": ["温升超标", "耐压测试击穿", "接触电阻偏大"]}
    basis_p = ["不良率超标", "重复发生", "客户抱怨", "客户退货", "其它影响品质"]
    basis_q = ["未按SOP作业", "标准不完善", "来料不良", "设备故障", "其它隐患"]
    causes = {"未按SOP作业": "作业员未按 SOP 顺序装配", "标准不完善": "检验标准未规定该项", "来料不良": "供应商来料尺寸不良",
              "设备故障": "注塑机温控失灵 / 模具磨损", "其它隐患": "包装方式不当致运输损伤"}
    lines = ["注塑一线", "注塑二线", "装配一线", "装配二线", "冲压线"]
    exec_depts = ["生产一部", "生产二部", "装配车间"]

    rows, wrong_confirmers = [], []
    for idx, s in enumerate(specs):
        inj, trap, stage, kind = s.get("inj"), s.get("trap"), s["stage"], s["kind"]
        d0 = s["d0"]
        src = pick(rng, [("客诉", 55), ("客退", 30), ("客户验货", 15)])
        product, _family = rng.choice(products)
        batch = rng.choice([2000, 3000, 5000, 8000, 10000, 20000])
        sample = {2000: 125, 3000: 200, 5000: 200, 8000: 315, 10000: 315, 20000: 500}[batch]
        bad = rng.randint(3, 25)
        target = rng.choice([0.5, 1.0, 1.5])
        rate = round(bad / sample * 100, 2)
        if src == "客退":
            basis = "客户退货"
        elif rate > target and rng.random() < 0.5:
            basis = "不良率超标"
        else:
            basis = rng.choice(basis_p + basis_q)
        confirm = _workday_after(d0, rng.choice([0, 0, 1, 1, 2]))
        analyse = _workday_after(confirm, rng.randint(1, 4))
        execute = _workday_after(analyse, rng.randint(0, 3))
        reply = _workday_after(analyse, rng.randint(1, 5))
        effect = _workday_after(execute, rng.randint(3, 12))
        if kind == "外观":
            an_dept = rng.choice(["质控部", "技术部"]) if trap != "appearance_by_qc" else "质控部"
        else:
            an_dept = "技术部"
        if trap == "purchasing_analyses_material":
            an_dept, basis = "采购部", "来料不良"
        analyst = rng.choice(qc) if an_dept == "质控部" else (rng.choice(tech) if an_dept == "技术部" else person_name(rng))
        clerk = rng.choice(sales)
        if stage < 1:
            confirm = None
        if stage < 2:
            analyse = reply = execute = None
        if stage < 5:
            effect = None
        assert all(x is None or x <= CUTOFF.date() for x in (confirm, analyse, execute, reply, effect))
        r = Case()
        r["异常单号"] = f"QA-KS{d0:%y%m}-{idx + 1:03d}"
        r["发出日期"] = d0
        r["发出人"] = clerk
        r["异常类别"] = src
        r["客户"] = rng.choice(customers)
        r["判定依据"] = basis if confirm else None
        r["不良性质"] = kind if confirm else None
        r["产品型号"] = product
        r["批号"] = f"{d0 - timedelta(days=rng.randint(5, 40)):%y%m%d}-{rng.randint(1, 3)}"
        r["车间/线别"] = rng.choice(lines)
        r["批量数"] = batch
        r["抽检数"] = sample
        r["不良数"] = bad
        r["不良率"] = rate / 100
        r["质量目标"] = target / 100
        r["不良描述"] = rng.choice(desc[kind])
        r["确认人"] = rng.choice(qc) if confirm else None
        r["确认日期"] = confirm
        r["分析部门"] = an_dept if analyse else None
        r["分析人"] = analyst if analyse else None
        r["原因分析"] = causes.get(basis, "批次工艺波动，详见 8D") if analyse else None
        r["临时对策"] = rng.choice(["在库品 100% 全检", "追加首件检验", "更换模具镶件", "供应商来料加严检验",
                                 "调整工艺参数并加严巡检"]) if analyse else None
        r["对策提出日期"] = analyse
        r["执行部门"] = rng.choice(exec_depts) if execute else None
        r["执行日期"] = execute
        r["效果确认"] = "OK" if effect else None
        r["效果确认人"] = rng.choice(qc) if effect else None
        r["效果确认日期"] = effect
        r["不良品处理"] = rng.choice(["返工", "报废", "特采", "退供应商"]) if analyse else None
        r["客户回复日期"] = reply
        r["业务员"] = clerk if reply else None
        r["状态"] = "结案" if effect else "跟踪中"
        r["备注"] = None

        if trap == "appearance_by_qc":
            r["备注"] = "外观类，质控部判定"
        if inj == "result_fed_back":
            r["客户回复日期"] = None
            r["业务员"] = None
            r["状态"] = "跟踪中"
            r["备注"] = "待业务回复客户"
        if inj == "receive_by_sales":
            r["发出人"] = rng.choice(qc)
            r["备注"] = "客户 QE 直接联系质控部"
        if inj == "confirm_by_quality_control":
            wrong_confirmers.append(r)
            r["确认人"] = rng.choice(tech) if len(wrong_confirmers) == 1 else clerk
        if inj == "structural_functional_analysed_by_technical":
            r["分析部门"] = "质控部"
            r["分析人"] = rng.choice(qc)
        if inj == "execute_by_production":
            r["执行部门"] = "质控部"
            r["备注"] = "质控部自行挑选返工"
        if inj == "confirm_effect_by_quality_control":
            r["效果确认人"] = rng.choice(prod_leads)
        if inj == "reply_by_sales":
            r["业务员"] = rng.choice(tech)
            r["备注"] = "技术部直接回复客户"
        if inj == "receive-confirm":
            r["确认日期"] = _workday_after(d0 - timedelta(days=4), 0)
            r["备注"] = "在客户现场先行确认，回厂补发联络单"
        if inj == "analyse-reply":
            r["客户回复日期"] = min(confirm, analyse - timedelta(days=1))
            r["备注"] = "先电话答复客户，对策后补"
        if inj == "execute-confirm_effect":
            r["效果确认日期"] = execute - timedelta(days=rng.randint(1, 3))
        s["row"] = r
        rows.append(r)

    busy = {k for k, s in enumerate(specs) if s.get("inj") or s.get("trap") or s["stage"] < 5}
    dup = next(k for k in range(15, n) if k not in busy and k - 1 not in busy)
    rows[dup]["异常单号"] = rows[dup - 1]["异常单号"]

    if injected is not None:
        injected += [(rows[dup]["异常单号"], "case_number (duplicate)")]
        injected += [(s["row"]["异常单号"], s["inj"]) for s in specs if s.get("inj")]

    roles = {**{p: "sales" for p in sales}, **{p: "quality_control" for p in qc}, **{p: "technical" for p in tech},
             **{p: "production" for p in prod_leads},
             "质控部": "quality_control", "技术部": "technical", "生产一部": "production", "生产二部": "production",
             "装配车间": "production", "采购部": "other_departments"}
    hand = {
        "procedure": "s32-quality-anomaly-handling-yccl",
        "columns": {
            "异常单号": "case_number",
            "发出日期": "receive_at",
            "发出人": "receive_by",
            "判定依据": "category",
            "不良性质": "defect_type",
            "确认人": "confirm_by",
            "确认日期": "confirm_at",
            "分析部门": "analyse_by",
            "对策提出日期": "analyse_at",
            "执行部门": "execute_by",
            "执行日期": "execute_at",
            "效果确认人": "confirm_effect_by",
            "效果确认日期": "confirm_effect_at",
            "客户回复日期": "reply_at",
            "业务员": "reply_by",
        },
        "values": {
            "category": {**{b: "product_quality_anomaly" for b in basis_p}, **{b: "process_anomaly" for b in basis_q}},
            "defect_type": {"外观": "appearance", "尺寸": "structural", "结构": "structural", "功能": "functional",
                            "性能": "functional"},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("122-s13-distribution-complaint-register.csv", "gb18030", e122_s13_distribution_complaints),
    ("123-s32-quality-anomaly-tracking.xlsx", "xlsx", e123_s32_quality_anomaly_tracking),
]
