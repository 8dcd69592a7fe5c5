"""Starter-profile benchmark exports 218-219 (set 37c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 218 219    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, iso


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


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _midnight(d):
    return datetime(d.year, d.month, d.day)


# --- 218: 南京广电网络 96296 客服工单系统（S24）---------------------------------------------------------------------

def e218_s24_cable_crm_tickets(rng, injected=None):
    """南京广电网络客服中心 96296 客户服务工单系统（CRM）导出的“投诉/建议工单”台账，CSV（带 BOM 的 UTF-8），
    日期写作 2025-06-03 14:22:00。每张工单一行；受理班组、责任部门、回访班组、审核领导记部门或岗位。

    读制度 YAML 之前写下的表头（只读了种子原文 S24）：
      工单编号、受理时间、受理渠道、投诉性质、客户姓名、联系电话、装机地址、智能卡号、投诉内容、受理人、派单时间、
      责任部门、接单人、接单时间、整改措施表提交时间（纠正及预防措施记录表）、审核领导、回访时间、回访结果、
      原工单号（重复投诉）、处罚意见、结单时间
    读过制度 YAML 后补的列：
      受理班组（register_by）、处理完成时间（handle）、处理结果（result）、结果告知时间（notify_result）、回访班组（revisit_by）、
      领导审核时间（leader_audit 的时间；“审核领导”原有）、二次派单时间（re_register）、二次处理完成时间（rehandle）、
      领导批示时间（leader_review）、最终答复时间（final_reply）、处罚意见提交时间（submit_penalty）、
      转综合部时间（forward_penalty）、考核执行时间（execute_penalty）
    注入的违规（按规则 id 计数，共 19）：
      corrective_record_3_days 3（一宗 5/30 周五接单、6/3 才填表：端午假期也计日，已逾期；一宗第 4 天填；一宗 6 月下旬接单至今未填）、
      accept_required 1 与 corrective_record_required 1（同一宗：无接单时间、无整改表，已处理完成）、
      corrective_record_3_days-start 1（有整改表、无接单时间）、leader_audit_required 1、revisit_required 1、
      notify_result_required 1、penalty_forwarded 1、re_register_when_unsatisfied 1、leader_review_when_still_unsatisfied 1、
      register_by_customer_service 1（网络运维部自行建单）、step-handle 1（客服中心自行处理）、
      step-leader_audit 1（客服中心主任审核）、revisit_by_customer_service 1（工程安装部回访）、category 1（投诉性质“建议”）、
      handle-corrective_action 1（整改表早于处理完成）、case_number 1（工单编号重复）
    陷阱（不是违规）：整改表在第 3 天 21 点后填写（期内）；4/30 接单、5/3 假日填表（含非工作日，期内）；
      6/28、6/29、6/30 接单尚未填表（未到期）；6/30 上午新建、尚未派单；回访不满意、二次处理后未再不满意的不报分管领导；
      多数工单没有处罚意见。
    """
    inj = injected if injected is not None else []
    taken: set = set()
    n = 46
    customers = distinct_names(rng, n + 1, taken)
    agents = distinct_names(rng, 6, taken)
    visitors = distinct_names(rng, 3, taken)
    depts = ["网络运维部", "工程安装部", "营业管理部", "计费结算中心", "内容运营部", "宽带业务部"]
    receivers = {d: distinct_names(rng, 2, taken) for d in depts}
    kf_receivers = distinct_names(rng, 1, taken)
    leaders = ["分管副总(网络)", "分管副总(市场)"]
    streets = ["中山北路", "汉中路", "龙蟠中路", "江东北路", "应天大街", "集庆门大街", "月苑南路", "迈皋桥路", "文靖路", "宁海路"]
    estates = ["苑", "花园", "新村", "小区", "公寓"]
    topics = {
        "网络运维部": ["有线电视信号时有时无，多个频道马赛克", "晚间高峰宽带断线，重启光猫后仍不稳定", "数字电视部分频道无信号"],
        "工程安装部": ["预约上门安装超时未到", "装维人员施工后未清理现场", "迁移机顶盒后线路未固定"],
        "营业管理部": ["营业厅办理业务排队时间长、态度生硬", "营业员未告知套餐到期自动续费", "过户手续被要求重复提交材料"],
        "计费结算中心": ["停机期间仍被扣收基本收视费", "套餐优惠未按约定减免", "发票金额与实际缴费不一致"],
        "内容运营部": ["点播影片付费后无法播放", "回看节目缺失，与宣传不符", "频道调整未提前公告"],
        "宽带业务部": ["宽带实际速率远低于签约速率", "宽带提速承诺未兑现", "宽带报装后迟迟未开通"],
    }
    results = {
        "网络运维部": "已查明分支器故障并更换，信号恢复正常",
        "工程安装部": "已向客户致歉，重新预约上门完成施工",
        "营业管理部": "已对当事营业员批评教育，业务已办结",
        "计费结算中心": "已核减多收费用并退回客户账户",
        "内容运营部": "已退还点播费用并修复片源",
        "宽带业务部": "已调整端口配置，测速达到签约速率",
    }

    inject_kinds = ["late_holiday", "late_plain", "open_late", "no_accept_no_corr", "no_accept", "no_leader",
                    "no_revisit", "no_notify", "no_forward", "no_rereg", "no_review", "reg_dept", "handle_dept",
                    "audit_dept", "revisit_dept", "bad_cat", "order", "dup_src"]
    trap_kinds = ["edge", "holiday", "open_acc", "open_acc", "open_acc2", "open_new", "unsat", "unsat", "still",
                  "penalty", "penalty"]
    kinds = inject_kinds + trap_kinds + ["normal"] * (n - len(inject_kinds) - len(trap_kinds))
    rng.shuffle(kinds)

    def corrective_in_time(acc, late_days=0, edge=False):
        """Handle and corrective-action times for an accept time: the record on day 0-3 (day 3 ends at 24:00)."""
        due = _midnight(acc.date() + timedelta(days=4))
        if late_days:
            corr = _at(rng, acc.date() + timedelta(days=3 + late_days), 8.5, 17)
        elif edge:
            corr = _at(rng, acc.date() + timedelta(days=3), 21, 23.6)
        else:
            k = pick(rng, [(0, 1), (1, 3), (2, 3), (3, 2)])
            corr = _at(rng, acc.date() + timedelta(days=k), 8.5, 20.5)
            if corr < acc + timedelta(hours=2):
                corr = _plus(rng, acc, 2, 5)
            if corr >= due:
                corr = due - timedelta(minutes=rng.randint(70, 180))
        gap = (corr - acc).total_seconds() / 60
        handle = acc + timedelta(minutes=int(gap * rng.uniform(0.3, 0.8)))
        for _ in range(30):     # handled in the daytime where the interval allows it
            if 8 <= handle.hour < 21:
                break
            d = _rand_day(rng, acc.date(), corr.date())
            u = _at(rng, d, 8.5, 20.5)
            if acc + timedelta(minutes=20) < u < corr - timedelta(minutes=20):
                handle = u
        return handle.replace(second=0), corr

    cases = []
    for i, kind in enumerate(kinds):
        dept = "网络运维部" if kind == "reg_dept" else rng.choice(depts)
        c = {"kind": kind, "dept": dept, "customer": customers[i]}
        for _ in range(200):
            if kind in ("open_new",):
                t0 = _at(rng, date(2025, 6, 30), 8, 11.3)
            elif kind == "open_acc":
                t0 = _at(rng, rng.choice([date(2025, 6, 27), date(2025, 6, 28), date(2025, 6, 29)]), 9, 19)
            elif kind == "open_acc2":
                t0 = _at(rng, date(2025, 6, 30), 8, 9.5)
            elif kind == "open_late":
                t0 = _at(rng, _rand_day(rng, date(2025, 6, 19), date(2025, 6, 24)), 9, 18)
            elif kind == "holiday":
                t0 = _at(rng, date(2025, 4, 30), 8.5, 10)
            elif kind == "late_holiday":
                t0 = _at(rng, date(2025, 5, 30), 8.5, 11)
            else:
                t0 = _at(rng, _rand_day(rng, date(2025, 1, 2), date(2025, 6, 14)), 8, 20.5)
            acc = _plus(rng, t0, 0.3, 6)
            if kind == "open_acc":
                acc = max(acc, _at(rng, date(2025, 6, 28), 9, 17))
            if kind == "holiday":
                acc = _plus(rng, t0, 0.3, 2)            # 4/30; due 5/3 24:00 (a holiday: not extended, not needed)
            if kind == "late_holiday":
                acc = _at(rng, date(2025, 5, 30), 13, 17)
                if acc <= t0:
                    continue
            c.update(register=t0, accept=acc)
            if kind in ("open_new", "open_acc", "open_acc2", "open_late"):
                break
            if kind == "holiday":
                handle, corr = _at(rng, date(2025, 5, 2), 9, 12), _at(rng, date(2025, 5, 3), 14, 18)
            elif kind == "late_holiday":
                handle, corr = _at(rng, date(2025, 6, 2), 9, 15), _at(rng, date(2025, 6, 3), 9, 11)
            else:
                handle, corr = corrective_in_time(acc, late_days=rng.randint(1, 2) if kind == "late_plain" else 0,
                                                  edge=kind == "edge")
            leader = _plus(rng, corr, 2, 48)
            notify = _plus(rng, leader, 1, 24)
            revisit = _plus(rng, notify, 4, 72)
            sat = pick(rng, [("satisfied", 85), ("basic", 15)])
            if kind in ("unsat", "no_rereg"):
                sat = "unsatisfied"
            if kind in ("still", "no_review"):
                sat = "still_unsatisfied"
            c.update(handle=handle, corrective=corr, leader=leader, notify=notify, revisit=revisit, sat=sat)
            last = revisit
            if sat in ("unsatisfied", "still_unsatisfied"):
                c["re_register"] = _plus(rng, revisit, 0.2, 4)
                c["rehandle"] = _plus(rng, c["re_register"], 4, 48)
                last = c["rehandle"]
                if sat == "still_unsatisfied":
                    c["leader_review"] = _plus(rng, c["rehandle"], 24, 72)
                    c["final_reply"] = _plus(rng, c["leader_review"], 4, 48)
                    last = c["final_reply"]
            if kind in ("penalty", "no_forward") or (kind == "normal" and rng.random() < 0.2):
                c["penalty"] = True
                c["submit_penalty"] = _plus(rng, corr, 0.5, 24)
                c["forward_penalty"] = _plus(rng, c["submit_penalty"], 4, 72)
                c["execute_penalty"] = _cut(_plus(rng, c["forward_penalty"], 24, 240))
                last = max(last, c["forward_penalty"])
            if last <= CUTOFF - timedelta(hours=2):
                break
            for k in ("re_register", "rehandle", "leader_review", "final_reply", "penalty", "submit_penalty",
                      "forward_penalty", "execute_penalty"):
                c.pop(k, None)
        else:
            raise RuntimeError(kind)

        # the open cases
        if kind == "open_new":
            c["accept"] = None
        elif kind == "open_acc":
            if rng.random() < 0.5:
                c["handle"] = _plus(rng, c["accept"], 2, 20)
                if c["handle"] > CUTOFF:
                    c["handle"] = None
        elif kind == "open_acc2":
            c["accept"] = _at(rng, date(2025, 6, 30), 9.6, 11.8)
        elif kind == "open_late":
            c["handle"] = _plus(rng, c["accept"], 4, 30)

        # the injections that remove or alter a record
        if kind == "no_accept_no_corr":
            c.update(accept=None, corrective=None, leader=None)
        elif kind == "no_accept":
            c["accept"] = None
        elif kind == "no_leader":
            c["leader"] = None
        elif kind == "no_revisit":
            c.update(revisit=None, sat=None)
        elif kind == "no_notify":
            c["notify"] = None
        elif kind == "no_forward":
            c.update(forward_penalty=None, execute_penalty=None)
        elif kind == "no_rereg":
            c["re_register"] = None
        elif kind == "no_review":
            c["leader_review"] = None
        elif kind == "order":
            # the corrective-action record was filled in before the handling was marked complete
            acc, corr = c["accept"], c["corrective"]
            c["handle"] = corr + timedelta(minutes=rng.randint(20, 90))
            if c["handle"] >= c["leader"]:
                c["leader"] = _plus(rng, c["handle"], 1, 3)
                c["notify"] = _plus(rng, c["leader"], 1, 3)
                c["revisit"] = _plus(rng, c["notify"], 4, 24)
            c["corrective"] = max(corr - timedelta(minutes=rng.randint(60, 180)), acc + timedelta(minutes=30))
        cases.append(c)

    cases.sort(key=lambda c: c["register"])
    per_day: dict = {}
    rows = []
    for c in cases:
        d = c["register"].date()
        per_day[d] = per_day.get(d, 0) + 1
        c["no"] = f"TS{d:%Y%m%d}{per_day[d]:03d}"
    # one number issued twice: a ticket re-imported from the 12345 platform got an existing number
    src = next(c for c in cases if c["kind"] == "dup_src")
    later = [c for c in cases if c["register"] > src["register"] and c["kind"] == "normal"]
    dup = rng.choice(later)
    dup["no"] = src["no"]

    kind_rule = {
        "late_holiday": ["corrective_record_3_days"], "late_plain": ["corrective_record_3_days"],
        "open_late": ["corrective_record_3_days"],
        "no_accept_no_corr": ["accept_required", "corrective_record_required"],
        "no_accept": ["corrective_record_3_days-start"], "no_leader": ["leader_audit_required"],
        "no_revisit": ["revisit_required"], "no_notify": ["notify_result_required"],
        "no_forward": ["penalty_forwarded"], "no_rereg": ["re_register_when_unsatisfied"],
        "no_review": ["leader_review_when_still_unsatisfied"], "reg_dept": ["register_by_customer_service"],
        "handle_dept": ["step-handle"], "audit_dept": ["step-leader_audit"],
        "revisit_dept": ["revisit_by_customer_service"], "bad_cat": ["category"],
        "order": ["handle-corrective_action"],
    }
    sat_text = {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意，已二次派单",
                "still_unsatisfied": "二次处理后仍不满意", None: ""}

    def fmt(t):
        return iso(t) if t else ""

    for c in cases:
        kind, dept = c["kind"], c["dept"]
        for rule in kind_rule.get(kind, []):
            inj.append((c["no"], rule))
        if c is dup:
            inj.append((c["no"], "case_number"))
        cat = pick(rng, [("用户投诉", 70), ("内部发现", 15), ("批量故障", 15)])
        if dept not in ("网络运维部", "宽带业务部", "内容运营部") and cat == "批量故障":
            cat = "用户投诉"
        if kind == "bad_cat":
            cat = "建议"
        channel = {"用户投诉": pick(rng, [("96296热线", 60), ("营业厅意见调查表", 12), ("12345政府热线转办", 12),
                                           ("消协转办", 5), ("媒体反映", 3), ("部门转发", 8)]),
                   "内部发现": pick(rng, [("装维上门发现", 1), ("营业稽核发现", 1)]),
                   "批量故障": "96296热线", "建议": "96296热线"}[cat]
        content = rng.choice(topics[dept])
        if cat == "批量故障":
            content = "片区" + content
        if cat == "建议":
            content = "建议营业厅周末延长营业时间"
        reg_by = "客服中心" if channel != "营业厅意见调查表" else "客服中心(营业厅)"
        if kind == "reg_dept":
            cat, channel, reg_by = "内部发现", "网络巡检发现", "网络运维部"
        handle_dept = "客服中心" if kind == "handle_dept" else dept
        receiver = "" if c.get("accept") is None else (
            kf_receivers[0] if kind == "handle_dept" else rng.choice(receivers[dept]))
        sat = c.get("sat")
        revisit_by = "" if c.get("revisit") is None else (
            "工程安装部" if kind == "revisit_dept" else "客服中心回访组")
        leader_by = "" if c.get("leader") is None else (
            "客服中心主任" if kind == "audit_dept" else rng.choice(leaders))
        closed = c.get("final_reply") or (c.get("rehandle") if sat == "unsatisfied" else None) or \
            (c.get("revisit") if sat in ("satisfied", "basic") else None)
        row = {
            "工单编号": c["no"],
            "受理时间": fmt(c["register"]),
            "受理渠道": channel,
            "投诉性质": cat,
            "受理班组": reg_by,
            "受理人": rng.choice(agents),
            "客户姓名": c["customer"],
            "联系电话": mobile(rng),
            "装机地址": f"南京市{rng.choice(streets)}{rng.randint(1, 300)}号{rng.choice(['金陵', '紫荆', '梅园', '清江', '翠屏'])}"
                        f"{rng.choice(estates)}{rng.randint(1, 30)}幢{rng.randint(1, 6)}0{rng.randint(1, 4)}室",
            "智能卡号": f"8250{rng.randint(10**11, 10**12 - 1)}",
            "投诉内容": content,
            "派单时间": "" if kind == "open_new" else fmt(c["register"] + timedelta(minutes=rng.randint(3, 15))),
            "责任部门": handle_dept,
            "接单人": receiver,
            "接单时间": fmt(c.get("accept")),
            "处理完成时间": fmt(c.get("handle")),
            "处理结果": results[dept] if c.get("handle") else "",
            "整改措施表提交时间": fmt(c.get("corrective")),
            "审核领导": leader_by,
            "领导审核时间": fmt(c.get("leader")),
            "结果告知时间": fmt(c.get("notify")),
            "回访班组": revisit_by,
            "回访人": rng.choice(visitors) if c.get("revisit") else "",
            "回访时间": fmt(c.get("revisit")),
            "回访结果": sat_text[sat],
            "二次派单时间": fmt(c.get("re_register")),
            "二次处理完成时间": fmt(c.get("rehandle")),
            "领导批示时间": fmt(c.get("leader_review")),
            "最终答复时间": fmt(c.get("final_reply")),
            "处罚意见": rng.choice(["对责任人通报批评", "扣责任班组当月服务考核分2分", "对当事员工罚款200元"])
            if c.get("penalty") else "",
            "处罚意见提交时间": fmt(c.get("submit_penalty")),
            "转综合部时间": fmt(c.get("forward_penalty")),
            "考核执行时间": fmt(c.get("execute_penalty")),
            "结单时间": fmt(closed),
        }
        rows.append(row)

    hand = {
        "procedure": "s24-nanjing-cable-complaint-supervision",
        "columns": {
            "工单编号": "case_number",
            "受理时间": "register_at",
            "受理班组": "register_by",
            "投诉性质": "category",
            "投诉内容": "content",
            "责任部门": "handle_by",
            "接单时间": "accept_at",
            "处理完成时间": "handle_at",
            "处理结果": "result",
            "整改措施表提交时间": "corrective_action_at",
            "审核领导": "leader_audit_by",
            "领导审核时间": "leader_audit_at",
            "结果告知时间": "notify_result_at",
            "回访班组": "revisit_by",
            "回访时间": "revisit_at",
            "回访结果": "satisfaction",
            "二次派单时间": "re_register_at",
            "二次处理完成时间": "rehandle_at",
            "领导批示时间": "leader_review_at",
            "最终答复时间": "final_reply_at",
            "处罚意见提交时间": "submit_penalty_at",
            "转综合部时间": "forward_penalty_at",
            "考核执行时间": "execute_penalty_at",
        },
        "values": {
            "category": {"用户投诉": "routine", "内部发现": "discovered", "批量故障": "mass"},
            "satisfaction": {"满意": "satisfied", "基本满意": "satisfied", "不满意，已二次派单": "unsatisfied",
                             "二次处理后仍不满意": "still_unsatisfied"},
        },
        "roles": {
            "客服中心": "customer_service", "客服中心(营业厅)": "customer_service",
            "客服中心回访组": "customer_service", "客服中心主任": "customer_service",
            **{d: "responsible_dept" for d in depts},
            "分管副总(网络)": "supervising_leader", "分管副总(市场)": "supervising_leader",
        },
    }
    return rows, hand


# --- 219: 制造企业 QMS 客诉品质异常单（S32）------------------------------------------------------------------------

def e219_s32_qms_customer_anomaly(rng, injected=None):
    """一家汽车零部件制造企业的质量管理系统（QMS）“客诉品质异常单”导出，XLSX（工作表“导出”），日期为日期单元格。
    业务部开单接收客户抱怨，品管部确认判定，技术部分析并提出临时对策，车间执行，品管部确认效果，业务部回复客户。

    读制度 YAML 之前写下的表头（只读了种子原文 S32）：
      异常单号、开单时间、异常来源、异常类型、客户名称、产品料号、品名、批号、批量数、不良数、不良率、不良描述、
      提出人、不良类别（外观/结构/功能）、分析部门、分析人、临时对策、执行部门、执行完成时间、效果确认人、
      效果确认时间、不良品处理方式、业务跟进人、回复客户时间、是否重复发生、结案日期
    读过制度 YAML 后补的列：
      接收部门（receive_by）、确认部门、品管确认时间（confirm）、分析完成时间（analyse）、效果确认部门（confirm_effect_by）、
      回复部门（reply_by）
    注入的违规（按规则 id 计数，共 16）：
      receive_by_sales 1（品管部直接接客诉开单）、confirm_by_quality_control 2（车间、技术部自行确认）、
      structural_functional_analysed_by_technical 2（结构/功能不良由品管部、注塑车间分析）、execute_by_production 1（技术部执行对策）、
      confirm_effect_by_quality_control 1（车间自行确认效果）、reply_by_sales 1（技术部直接回复客户）、
      result_fed_back 2（分析完成后未回复客户：一宗 5 月的、一宗 6 月下旬的）、receive-confirm 1、analyse-reply 1、
      execute-confirm_effect 1、category 1（异常类型“客户误用”）、defect_type 1（不良类别“其他”）、case_number 1（单号重复）
    陷阱（不是违规）：外观不良由品管部分析（原文未指定外观类的分析部门）；来料不良的结构类问题由采购部分析（4.5 其它部门）；
      6 月底开单、尚未分析的在办单；已回复客户、对策执行后效果尚待确认的单；同日分析后即回复。
    """
    inj = injected if injected is not None else []
    taken: set = set()
    n = 42
    sales_staff = distinct_names(rng, 4, taken)
    qc_staff = distinct_names(rng, 3, taken)
    tech_staff = distinct_names(rng, 3, taken)
    buyers = distinct_names(rng, 1, taken)
    customers = ["上海华域汽车系统", "宁波拓普集团", "芜湖奇瑞汽车零部件", "长春一汽富维", "重庆长安汽车", "苏州博世汽车部件",
                 "广州小鹏汽车", "合肥蔚来汽车"]
    products = [("HX-2231-A", "电机支架", "冲压车间"), ("HX-3108-B", "控制板外壳", "注塑车间"),
                ("HX-4012-C", "线束总成", "装配车间"), ("HX-1520-D", "散热器端盖", "冲压车间"),
                ("HX-5506-E", "齿轮箱盖", "注塑车间"), ("HX-6120-F", "传感器组件", "装配车间")]
    anomaly_types = [("品质不良", 40), ("重复不良", 8), ("作业违规", 15), ("标准缺失", 8), ("来料不良", 15),
                     ("设备异常", 14)]
    defects = {
        "外观不良": ["表面划伤", "毛刺未去除", "色差超标", "缩水、流痕", "电镀层起泡"],
        "结构/尺寸不良": ["孔位偏移0.3mm", "装配干涉", "卡扣断裂", "平面度超差", "螺纹牙型不良"],
        "功能不良": ["通电无输出", "信号间歇中断", "温升超标", "异响", "密封测试泄漏"],
    }
    measures = ["全检挑选，不良品隔离", "调整模具参数并首件确认", "增加100%外观目检工位", "更换磨损刀具",
                "供应商来料加严检验", "修订作业指导书并培训"]
    dispositions = ["返工", "报废", "挑选使用", "退供应商", "特采"]

    inject_kinds = ["recv_dept", "conf_dept_ws", "conf_dept_tech", "ana_dept_qc", "ana_dept_ws", "exec_dept",
                    "eff_dept", "reply_dept", "no_reply_old", "no_reply_new", "ord_rc", "ord_ar", "ord_ec",
                    "bad_cat", "bad_defect", "dup_src"]
    trap_kinds = ["appearance_qc", "appearance_qc", "purchase", "open", "open", "open_conf", "effect_pending",
                  "same_day"]
    kinds = inject_kinds + trap_kinds + ["normal"] * (n - len(inject_kinds) - len(trap_kinds))
    rng.shuffle(kinds)

    def office(t, lo_h, hi_h):
        return _plus(rng, t, lo_h, hi_h, day_from=8, day_to=18)

    cases = []
    for kind in kinds:
        pno, pname, shop = rng.choice(products)
        c = {"kind": kind, "pno": pno, "pname": pname, "shop": shop}
        atype = pick(rng, anomaly_types)
        dclass = pick(rng, [("外观不良", 40), ("结构/尺寸不良", 35), ("功能不良", 25)])
        if kind in ("appearance_qc",):
            dclass = "外观不良"
        if kind in ("ana_dept_qc", "ana_dept_ws", "purchase"):
            dclass = rng.choice(["结构/尺寸不良", "功能不良"]) if kind != "purchase" else "结构/尺寸不良"
        if kind == "purchase":
            atype = "来料不良"
        c.update(atype=atype, dclass=dclass)
        for _ in range(200):
            if kind in ("open", "open_conf"):
                d = _rand_day(rng, date(2025, 6, 26), date(2025, 6, 30))
            elif kind == "no_reply_new":
                d = _rand_day(rng, date(2025, 6, 16), date(2025, 6, 20))
            elif kind == "effect_pending":
                d = _rand_day(rng, date(2025, 6, 17), date(2025, 6, 20))
            else:
                d = _rand_day(rng, date(2025, 1, 6), date(2025, 6, 10))
            if d.weekday() >= 5 and rng.random() < 0.8:
                continue
            t0 = _at(rng, d, 8.5, 17.2)
            conf = office(t0, 1, 26)
            ana = office(conf, 4, 80)
            exe = office(ana, 2, 40)
            eff = office(exe, 24, 140)
            rep = office(ana, 0.5, 5) if kind == "same_day" else office(ana, 2, 70)
            if kind == "same_day" and rep.date() != ana.date():
                continue
            c.update(receive=t0, confirm=conf, analyse=ana, execute=exe, effect=eff, reply=rep)
            if kind in ("open", "open_conf"):
                if t0 > CUTOFF:
                    continue
                c.update(analyse=None, execute=None, effect=None, reply=None)
                c["confirm"] = _cut(conf) if kind == "open_conf" else None
                if kind == "open_conf" and c["confirm"] is None:
                    continue
                break
            if kind == "effect_pending":
                c["effect"] = None
                if max(exe, rep) <= CUTOFF:
                    break
                continue
            if kind == "no_reply_new":
                c["reply"] = None
                if exe <= CUTOFF and eff > CUTOFF:
                    c["effect"] = None
                    break
                if eff <= CUTOFF:
                    break
                continue
            if max(eff, rep) <= CUTOFF:
                break
        else:
            raise RuntimeError(kind)
        if kind == "no_reply_old":
            c["reply"] = None
        elif kind == "ord_rc":
            # the returned parts reached incoming inspection before the sales clerk opened the complaint slip
            c["confirm"] = c["receive"] - timedelta(minutes=rng.randint(60, 600))
        elif kind == "ord_ar":
            # sales answered the customer before the technical analysis was closed
            c["reply"] = c["analyse"] - timedelta(minutes=rng.randint(120, 1500))
            if c["reply"] <= c["receive"]:
                c["reply"] = c["receive"] + (c["analyse"] - c["receive"]) / 2
            c["reply"] = c["reply"].replace(second=0, microsecond=0)
        elif kind == "ord_ec":
            c["effect"] = c["execute"] - timedelta(minutes=rng.randint(60, 300))
        cases.append(c)

    cases.sort(key=lambda c: c["receive"])
    per_month: dict = {}
    for c in cases:
        m = c["receive"].strftime("%y%m")
        per_month[m] = per_month.get(m, 0) + 1
        c["no"] = f"KS-{m}-{per_month[m]:03d}"
    src = next(c for c in cases if c["kind"] == "dup_src")
    dup = rng.choice([c for c in cases if c["kind"] == "normal" and c["receive"] > src["receive"]])
    dup["no"] = src["no"]

    kind_rule = {
        "recv_dept": "receive_by_sales", "conf_dept_ws": "confirm_by_quality_control",
        "conf_dept_tech": "confirm_by_quality_control", "ana_dept_qc": "structural_functional_analysed_by_technical",
        "ana_dept_ws": "structural_functional_analysed_by_technical", "exec_dept": "execute_by_production",
        "eff_dept": "confirm_effect_by_quality_control", "reply_dept": "reply_by_sales",
        "no_reply_old": "result_fed_back", "no_reply_new": "result_fed_back", "ord_rc": "receive-confirm",
        "ord_ar": "analyse-reply", "ord_ec": "execute-confirm_effect", "bad_cat": "category",
        "bad_defect": "defect_type",
    }

    rows = []
    for c in cases:
        kind = c["kind"]
        if kind in kind_rule:
            inj.append((c["no"], kind_rule[kind]))
        if c is dup:
            inj.append((c["no"], "case_number"))
        sales_dept = rng.choice(["业务一部", "业务二部"])
        recv_by = "品管部" if kind == "recv_dept" else sales_dept
        conf_by = {"conf_dept_ws": c["shop"], "conf_dept_tech": "技术部"}.get(kind, "品管部")
        if c["dclass"] == "外观不良":
            ana_by = "品管部" if kind == "appearance_qc" else "技术部"
        else:
            ana_by = "采购部" if kind == "purchase" else "技术部"
        ana_by = {"ana_dept_qc": "品管部", "ana_dept_ws": c["shop"]}.get(kind, ana_by)
        exe_by = "技术部" if kind == "exec_dept" else c["shop"]
        eff_by = c["shop"] if kind == "eff_dept" else "品管部"
        rep_by = "技术部" if kind == "reply_dept" else sales_dept
        atype = "客户误用" if kind == "bad_cat" else c["atype"]
        dclass = "其他" if kind == "bad_defect" else c["dclass"]
        defect = rng.choice(defects[c["dclass"]])
        if kind == "bad_cat":
            defect = "客户装配时超扭矩导致" + defect
        if kind == "bad_defect":
            defect = "包装箱受潮变形"
        lot = rng.randint(500, 5000)
        bad = rng.randint(3, max(4, lot // 40))
        ana, exe, eff, rep = c["analyse"], c["execute"], c["effect"], c["reply"]
        closed = max(eff, rep) if eff and rep else None
        row = {
            "异常单号": c["no"],
            "开单时间": c["receive"],
            "接收部门": recv_by,
            "业务跟进人": rng.choice(sales_staff),
            "客户名称": rng.choice(customers),
            "异常来源": pick(rng, [("客户抱怨", 70), ("客户退货", 30)]),
            "产品料号": c["pno"],
            "品名": c["pname"],
            "批号": f"L{c['receive']:%y%m%d}-{rng.randint(1, 9):02d}",
            "批量数": lot,
            "不良数": bad,
            "不良率": f"{bad / lot:.1%}",
            "不良描述": defect,
            "异常类型": atype,
            "不良类别": dclass,
            "是否重复发生": "是" if atype == "重复不良" else "否",
            "确认部门": conf_by if c["confirm"] else "",
            "提出人": rng.choice(qc_staff) if c["confirm"] else "",
            "品管确认时间": c["confirm"],
            "分析部门": ana_by if ana else "",
            "分析人": ((buyers[0] if ana_by == "采购部" else rng.choice(qc_staff) if ana_by == "品管部"
                       else rng.choice(tech_staff)) if ana else ""),
            "临时对策": rng.choice(measures) if ana else "",
            "分析完成时间": ana,
            "执行部门": exe_by if exe else "",
            "执行完成时间": exe,
            "不良品处理方式": rng.choice(dispositions) if exe else "",
            "效果确认部门": eff_by if eff else "",
            "效果确认人": rng.choice(qc_staff) if eff else "",
            "效果确认时间": eff,
            "回复部门": rep_by if rep else "",
            "回复客户时间": rep,
            "结案日期": _midnight(closed.date()) if closed else None,
        }
        rows.append(row)

    hand = {
        "procedure": "s32-quality-anomaly-handling-yccl",
        "sheet": "导出",
        "columns": {
            "异常单号": "case_number",
            "开单时间": "receive_at",
            "接收部门": "receive_by",
            "异常类型": "category",
            "不良类别": "defect_type",
            "确认部门": "confirm_by",
            "品管确认时间": "confirm_at",
            "分析部门": "analyse_by",
            "分析完成时间": "analyse_at",
            "执行部门": "execute_by",
            "执行完成时间": "execute_at",
            "效果确认部门": "confirm_effect_by",
            "效果确认时间": "confirm_effect_at",
            "回复部门": "reply_by",
            "回复客户时间": "reply_at",
        },
        "values": {
            "category": {"品质不良": "product_quality_anomaly", "重复不良": "product_quality_anomaly",
                         "作业违规": "process_anomaly", "标准缺失": "process_anomaly", "来料不良": "process_anomaly",
                         "设备异常": "process_anomaly"},
            "defect_type": {"外观不良": "appearance", "结构/尺寸不良": "structural", "功能不良": "functional"},
        },
        "roles": {
            "业务一部": "sales", "业务二部": "sales", "品管部": "quality_control", "技术部": "technical",
            "采购部": "other_departments", "冲压车间": "production", "注塑车间": "production", "装配车间": "production",
        },
    }
    return rows, hand


EXPORTS = [
    ("218-s24-cable-crm-tickets.csv", "utf-8-sig", e218_s24_cable_crm_tickets),
    ("219-s32-qms-customer-anomaly.xlsx", "xlsx", e219_s32_qms_customer_anomaly),
]
