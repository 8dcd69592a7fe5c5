"""Starter-profile benchmark exports 210-211 (set 36b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 210 211    # or with no numbers: every export

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


def _wd(rng, d, k, lo_h=8.5, hi_h=17.5):
    """An office-hours time on the k-th working day after date d (k=0: d itself)."""
    day = d.date() if isinstance(d, datetime) else d
    return _at(rng, nth_workday_after(day, k), lo_h, hi_h)


def _s(t):
    return "" if t is None else slash(t)


# ------------------------------------------------------------------------------------------------------------------
# 210  S13 · a dairy company's city distribution centre, CRM complaint tickets (CSV, UTF-8 with BOM)
# ------------------------------------------------------------------------------------------------------------------

_S13_STORES = ["好邻居便利店（和平路店）", "家家福超市", "鲜丰生鲜（滨河店）", "华联社区店", "佳惠便利（学府街）",
               "金穗粮油副食", "一鸣早餐铺", "万家乐超市（北站店）", "七彩便利", "兴隆商店", "惠民生鲜超市",
               "星光面包坊", "乐购便利（二中店）", "阳光母婴", "红旗连锁（新桥店）", "小区菜篮子"]
_S13_AREAS = ["城东片区", "城西片区", "高新片区", "开发区片区"]
_S13_CHANNELS = [("400热线", 6), ("微信服务号", 3), ("配送现场", 2), ("邮件", 1), ("客户经理代报", 1)]
_S13_PQ = [  # (投诉内容, 责任部门, 原因分析, 处理方案)
    ("到货酸奶胀包，整箱无法上架", "品控部", "同批次发酵菌种活性偏高，出厂检验抽样未覆盖", "整箱退换，同批次全区召回"),
    ("巴氏鲜奶口感发酸，顾客退货", "车队调度", "冷链车温控器故障，途中温度超标约2小时", "退换当日鲜奶，冷链车停运检修"),
    ("利乐包漏液，纸箱浸湿", "生产部", "灌装线封口温度波动，热封不牢", "退换破损品，生产线封口参数复核"),
    ("到货鲜奶距保质期仅剩1天", "配送中心", "分拣未按先进先出出库，拣错批次", "临期品全部退换，分拣复训"),
    ("奶酪棒包装内有异物", "品控部", "外包装膜碎屑混入，来料检验漏检", "退换并赔付，供应商来料加严检验"),
    ("低温乳饮到货时外箱温度偏高", "车队调度", "卸货排队时间过长，车门长时间敞开", "退换整单，调整该线路配送时段"),
]
_S13_AM = [
    ("客户经理未按约定时间上门对账", "客户经理", "客户经理拜访线路排得过满，漏访该门店", "片区经理陪访致歉，重排拜访线路"),
    ("促销政策未及时传达，门店错过补贴", "客户经理", "客户经理未在群内转发促销通知", "补发促销补贴，客户经理书面检讨"),
    ("订货建议量过大导致压货", "片区经理", "片区下达的铺货指标偏高，客户经理照单下单", "超量部分退回，片区指标调整"),
    ("客户经理态度生硬，与店主发生争执", "客户经理", "客户经理沟通方式不当", "更换该店客户经理，上门致歉"),
    ("冰柜报修后一周无人跟进", "客户经理", "客户经理未将报修单转交设备组", "三日内上门维修冰柜，补偿两箱产品"),
    ("退货款迟迟未结算", "片区经理", "片区月结对账延误", "本周内结清退货款，片区对账改为半月一次"),
]


def e210_s13_dairy_depot_crm_tickets(rng, injected=None):
    """210 · 乳业公司城区配送中心 客服CRM“客诉工单”导出（CSV，UTF-8 带 BOM，日期写作 2025/3/4 9:05）。

    单位：一家乳制品公司的城区配送中心，给便利店、超市配送低温奶；客户经理按片区跑店。400 热线 24 小时接单，
    客服专员在 CRM 里建单并补录《客户投诉记录单》，客服部判责任归类，受理专员定责任部门，客服主管派单，
    方案由分管副总或运营总监审批。

    读制度 YAML 之前写下的表头：工单号、建单时间、受理渠道、门店编码、门店名称、联系人、联系电话、所属片区、
    客户经理、投诉内容、责任归类、责任部门、派单时间、约定解决期限、处理方案、审核领导、审核时间、结案时间、
    回访结果、工单状态。

    读过制度 YAML 后补的列：记录单录入时间、录入岗位、归类时间、归类部门、退换货办理时间、期限告知时间、
    原因分析、定责时间、派单人岗位、方案形成时间。

    注入的违规（按规则 id 计数，共 19）：record_slip_always 2（记录单未录入）、deadline_notified 2（客户经理类
    没有约定解决期限）、explain_when_product_quality 2（产品质量类没有退换货记录）、resolve_by_notified_due 3
    （2 件结案晚于约定期限，1 件未结案、期限已过）、responsible_department_determined 1、cause_determined 1、
    plan_approved 2（方案形成后未经审核即结案）、step-record 1（客户经理自己录入记录单）、
    step-send_handling_slip 1（客服专员派单）、step-approve_plan 1（客服主管审批方案）、responsibility 1
    （责任归类写“待定”）、judge_responsibility-explain_replace 1（先退换货、后归类）、case_number 1（工单号重复）。

    陷阱：夜间、周末建单（24 小时受理，不是违规）；客户经理类恰在约定期限那一分钟结案；未结案的客户经理类
    约定期限在 7 月，审计时点尚未到期；刚建单、尚未归类或尚未形成方案的工单（没有方案就不要求审核）；
    “400热线”“微信服务号”“客户经理代报”都是其他投诉方式。
    """
    if injected is None:
        injected = []
    taken: set = set()
    managers = dict(zip(_S13_AREAS, distinct_names(rng, 4, taken)))
    contacts = distinct_names(rng, 50, taken)

    kinds = (["no_record"] * 2 + ["no_due"] * 2 + ["no_explain"] * 2 + ["late_closed"] * 2 + ["late_open"]
             + ["no_dept", "no_cause"] + ["no_approve"] * 2 + ["record_by_am", "slip_by_clerk", "approve_by_super",
                                                               "resp_pending", "explain_early"]
             + ["due_exact"] + ["open_am_future"] * 2 + ["open_new"] * 2 + ["open_sent"] * 2 + ["normal"] * 23)
    rng.shuffle(kinds)
    rule_of = {"no_record": "record_slip_always", "no_due": "deadline_notified",
               "no_explain": "explain_when_product_quality", "late_closed": "resolve_by_notified_due",
               "late_open": "resolve_by_notified_due", "no_dept": "responsible_department_determined",
               "no_cause": "cause_determined", "no_approve": "plan_approved", "record_by_am": "step-record",
               "slip_by_clerk": "step-send_handling_slip", "approve_by_super": "step-approve_plan",
               "resp_pending": "responsibility", "explain_early": "judge_responsibility-explain_replace"}
    am_kinds = {"no_due", "late_closed", "late_open", "due_exact", "open_am_future"}
    pq_kinds = {"no_explain", "explain_early"}
    open_kinds = {"late_open", "open_am_future", "open_new", "open_sent"}

    cases = []
    for kind in kinds:
        resp = "am" if kind in am_kinds else "pq" if kind in pq_kinds else "pending" if kind == "resp_pending" \
            else pick(rng, [("pq", 6), ("am", 4)])
        if kind == "late_open":
            t0 = _rand_day(rng, date(2025, 6, 4), date(2025, 6, 11))
        elif kind in open_kinds:
            t0 = _rand_day(rng, date(2025, 6, 22), date(2025, 6, 27))
        else:
            t0 = _rand_day(rng, date(2025, 1, 6), date(2025, 6, 10))
        hour = pick(rng, [((7, 12), 5), ((12, 19), 5), ((19, 23.9), 2), ((0, 7), 1)])
        t0 = _at(rng, t0, *hour)
        record = t0 + timedelta(minutes=rng.randint(4, 55))
        judge = _plus(rng, record, 0.5, 6)
        determine = _plus(rng, judge, 0.2, 3)
        explain = _plus(rng, judge, 1, 26) if resp == "pq" else None
        notify = _plus(rng, judge, 0.3, 4) if resp == "am" else None
        send = _plus(rng, determine, 0.3, 5)
        draft = _plus(rng, send, 20, 96)
        approve = _plus(rng, draft, 1, 30)
        close = _plus(rng, approve, 1, 48)
        due = None
        if kind == "open_new":                      # only logged and classified
            determine = send = draft = approve = close = None
            if explain is not None:
                explain = _plus(rng, judge, 0.3, 2)
        elif kind in ("open_sent", "open_am_future", "late_open"):   # slip sent, responsible party investigating
            draft = approve = close = None
        if resp == "am":
            if kind == "late_open":
                due = datetime.combine(_rand_day(rng, date(2025, 6, 16), date(2025, 6, 26)), datetime.min.time()) \
                    + timedelta(hours=18)
            elif close is None:
                due = datetime(2025, 7, rng.randint(2, 5), 18, 0)
            elif kind == "due_exact":
                close = close.replace(hour=18, minute=0)
                due = close
            elif kind == "late_closed":
                due = datetime.combine(close.date() - timedelta(days=rng.randint(1, 2)), datetime.min.time()) \
                    + timedelta(hours=18)
                if due <= notify:
                    due = notify + (close - notify) / 2
                    due = due.replace(second=0, microsecond=0)
            else:
                due = datetime.combine(close.date() + timedelta(days=rng.randint(0, 3)), datetime.min.time()) \
                    + timedelta(hours=18)
                if due < close:
                    due += timedelta(days=1)
        if kind == "explain_early":
            explain = judge - timedelta(minutes=rng.randint(40, 150))
            if explain <= record:
                judge = record + timedelta(minutes=rng.randint(200, 300))
                explain = judge - timedelta(minutes=rng.randint(40, 150))
                determine = _plus(rng, judge, 0.2, 3)
                send = _plus(rng, determine, 0.3, 5)
                draft = _plus(rng, send, 20, 96)
                approve = _plus(rng, draft, 1, 30)
                close = _plus(rng, approve, 1, 48)
        last = max(t for t in (record, judge, determine, explain, notify, send, draft, approve, close) if t)
        if last > CUTOFF:                           # an open case whose steps ran past the export: pull it back
            shift = last - CUTOFF + timedelta(minutes=rng.randint(30, 900))
            t0, record, judge, determine, explain, notify, send, draft, approve, close = (
                None if t is None else t - shift
                for t in (t0, record, judge, determine, explain, notify, send, draft, approve, close))
        area = rng.choice(_S13_AREAS)
        store = rng.choice(_S13_STORES)
        content, dept, cause, plan = rng.choice(_S13_PQ if resp != "am" else _S13_AM)
        case = {
            "_kind": kind, "_t0": t0,
            "建单时间": t0, "受理渠道": pick(rng, _S13_CHANNELS), "门店编码": f"MD{rng.randint(10000, 39999)}",
            "门店名称": store, "联系人": contacts.pop(), "联系电话": mobile(rng), "所属片区": area,
            "客户经理": managers[area], "投诉内容": content,
            "记录单录入时间": record, "录入岗位": "受理专员",
            "责任归类": {"pq": "产品质量类", "am": "客户经理类", "pending": "待定"}[resp],
            "归类时间": judge, "归类部门": "客服部",
            "退换货办理时间": explain, "期限告知时间": notify, "约定解决期限": due,
            "责任部门": dept if determine else "", "原因分析": cause if determine else "", "定责时间": determine,
            "派单时间": send, "派单人岗位": "客服主管" if send else "",
            "处理方案": plan if draft else "", "方案形成时间": draft,
            "审核领导": pick(rng, [("分管副总", 3), ("运营总监", 2)]) if approve else "", "审核时间": approve,
            "结案时间": close,
            "回访结果": pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)]) if close else "",
            "工单状态": "已结案" if close else "待审核" if draft else "处理中" if send else "已受理",
        }
        if kind == "no_record":
            case["记录单录入时间"], case["录入岗位"] = None, ""
        elif kind == "no_due":
            case["期限告知时间"] = case["约定解决期限"] = None
        elif kind == "no_explain":
            case["退换货办理时间"] = None
        elif kind == "no_dept":
            case["责任部门"] = ""
        elif kind == "no_cause":
            case["原因分析"] = ""
        elif kind == "no_approve":
            case["审核领导"], case["审核时间"] = "", None
        elif kind == "record_by_am":
            case["录入岗位"] = "客户经理"
        elif kind == "slip_by_clerk":
            case["派单人岗位"] = "客服专员"
        elif kind == "approve_by_super":
            case["审核领导"] = "客服主管"
        cases.append(case)

    cases.sort(key=lambda c: c["_t0"])
    per_day: dict = {}
    for case in cases:
        d = case["_t0"].date()
        per_day[d] = per_day.get(d, 0) + 1
        case["工单号"] = f"KS{d:%y%m%d}{per_day[d]:03d}"
        if case["_kind"] in rule_of:
            injected.append((case["工单号"], rule_of[case["_kind"]]))
    # CRM re-import: a later complaint got the number of an earlier closed ticket
    normals = [c for c in cases if c["_kind"] == "normal" and c["结案时间"]]
    first, second = rng.sample(normals, 2)
    if first["_t0"] > second["_t0"]:
        first, second = second, first
    second["工单号"] = first["工单号"]
    injected.append((first["工单号"], "case_number"))

    headers = ["工单号", "建单时间", "受理渠道", "门店编码", "门店名称", "联系人", "联系电话", "所属片区", "客户经理",
               "投诉内容", "记录单录入时间", "录入岗位", "责任归类", "归类时间", "归类部门", "退换货办理时间",
               "期限告知时间", "约定解决期限", "责任部门", "原因分析", "定责时间", "派单时间", "派单人岗位", "处理方案",
               "方案形成时间", "审核领导", "审核时间", "结案时间", "回访结果", "工单状态"]
    rows = []
    for case in cases:
        rows.append({h: _s(case[h]) if isinstance(case[h], datetime) or case[h] is None else case[h]
                     for h in headers})

    hand = {
        "procedure": "s13-distribution-complaint-handling",
        "columns": {
            "工单号": "case_number",
            "建单时间": "receive_at",
            "受理渠道": "channel",
            "投诉内容": "content",
            "记录单录入时间": "record_at",
            "录入岗位": "record_by",
            "责任归类": "responsibility",
            "归类时间": "judge_responsibility_at",
            "归类部门": "judge_responsibility_by",
            "退换货办理时间": "explain_replace_at",
            "期限告知时间": "notify_deadline_at",
            "约定解决期限": "resolution_due_at",
            "责任部门": "responsible_department",
            "原因分析": "cause",
            "定责时间": "determine_department_at",
            "派单时间": "send_handling_slip_at",
            "派单人岗位": "send_handling_slip_by",
            "处理方案": "measures",
            "方案形成时间": "draft_plan_at",
            "审核领导": "approve_plan_by",
            "审核时间": "approve_plan_at",
            "结案时间": "closed_at",
        },
        "values": {
            "channel": {"400热线": "other", "微信服务号": "other", "配送现场": "onsite", "邮件": "email",
                        "客户经理代报": "other"},
            "responsibility": {"产品质量类": "product_quality", "客户经理类": "account_manager"},
        },
        "roles": {"受理专员": "complaint_receiver", "客户经理": "responsible_party", "客服部": "customer_service",
                  "客服专员": "customer_service", "客服主管": "cs_supervisor", "分管副总": "leader",
                  "运营总监": "leader"},
    }
    return rows, hand


# ------------------------------------------------------------------------------------------------------------------
# 211  L2 · a county market regulation bureau's complaint ledger from the 12315 platform (XLSX)
# ------------------------------------------------------------------------------------------------------------------

_L2_RESPONDENTS = [  # (被投诉方, 地址, 品类, 争议事实, 投诉请求)
    ("青阳县惠众家电商行", "青阳县蓉城镇九华西路88号", "家用电器", "购买的空调安装后不制冷，商家拖延维修", "要求退货退款"),
    ("青阳县好运来汽车维修部", "青阳县蓉城镇经三路12号", "汽车维修", "保养时被更换未经同意的配件并收费", "要求退还配件费用"),
    ("安徽美颜医疗美容诊所有限公司", "青阳县蓉城镇五溪路6号", "美容服务", "预付卡办理后门店停业，余额无法使用", "要求退还预付卡余额"),
    ("青阳县鑫源超市", "青阳县新河镇新河街17号", "食品", "购买的袋装熟食已过保质期", "要求十倍赔偿"),
    ("青阳县一品教育培训学校", "青阳县蓉城镇崇文路30号", "教育培训", "课程未上完机构拒绝退费", "要求退还剩余课时费"),
    ("青阳县家和装饰工程有限公司", "青阳县木镇镇工业园2号", "家装服务", "装修工期延误两个月且墙面开裂", "要求赔偿损失并返工"),
    ("青阳县乐享通讯器材店", "青阳县蓉城镇长生路45号", "手机数码", "新购手机屏幕出现亮线，商家称人为损坏", "要求更换新机"),
    ("青阳县云帆旅行社有限公司", "青阳县蓉城镇青通路3号", "旅游服务", "旅行团擅自减少景点并强制购物", "要求退还部分团费"),
    ("青阳县鲜多多生鲜店（网店）", "青阳县蓉城镇电商产业园B座", "网络购物", "网购水果到货腐烂，店家不予处理", "要求退款"),
    ("青阳县丰源燃气具经营部", "青阳县丁桥镇丁桥街5号", "燃气具", "燃气灶点火不良，多次维修未修好", "要求退货"),
    ("青阳县悦动健身会所", "青阳县蓉城镇滨河路22号", "健身服务", "健身房更换经营者后拒绝履行会员卡", "要求退还会员费"),
    ("青阳县康宁大药房", "青阳县庙前镇庙前街9号", "药品零售", "购买的保健品宣传可治病", "要求退货并赔偿"),
]
_L2_CHANNELS = [("12315平台", 7), ("12315热线", 4), ("窗口来访", 2), ("来信", 1)]


def e211_l2_county_amr_complaint_ledger(rng, injected=None):
    """211 · 青阳县市场监督管理局 投诉件办理台账（从12315平台处理端导出的 XLSX，工作表“导出”，日期为日期单元格）。

    单位：县局消费者权益保护股统一办理辖区投诉，网购类由网络交易监管股办理；部分投诉委托县消费者协会调解；
    市局消保处偶尔直接处理本县收到的投诉。台账每件一行。

    读制度 YAML 之前写下的表头：投诉编号、登记时间、来源渠道、诉求类型、投诉人、联系电话、联系地址、被投诉方、
    被投诉方地址、投诉请求、争议事实、涉及品类、承办单位、承办人、审查结论、审查日期、告知投诉人日期、调解方式、
    调解结果、终止原因、调解终结日期、终止告知日期、违法线索、线索核查完成日期、挽回经济损失(元)、办结状态。

    读过制度 YAML 后补的列：代理投诉、委托书原件、受托人身份证明、他处受理情况、知悉受损日期、调解通知日期、
    调解日期、调解主持、送检日期、检测报告日期、调解书出具日期、当场履行、同意不出具调解书、调解记录、线索发现日期、
    核查延期。

    注入的违规（按规则 id 计数，共 19）：acceptance_decision_7wd 3（2 件超过七个工作日才告知，1 件至今未决定）、
    mediation_45wd 2（1 件调解超过四十五个工作日才结束，1 件至今仍在调解）、termination_notice_7wd 1、
    clue_check_15wd 1、nine_complainant_address 1、nine_respondent_address 1、onsite_mediation_notice 1、
    mediation_document 1、mediation_record_without_document 1、already_handled_elsewhere 1（消协已调解过仍受理）、
    proxy_materials_missing 1（代理投诉没有委托书原件仍受理）、not_covered_activities 1（咨询件按投诉受理）、
    notify_mediation-mediate 1（现场调解通知日期晚于调解日期）、complaint_by_county_amr 1（县消协作出受理决定）、
    category 1（诉求类型“意见建议”）、case_number 1（投诉编号重复）。

    陷阱：周末经12315平台登记的投诉（工作日从下一个工作日算）；五一假期前登记、第七个工作日才告知；
    检测鉴定期间不计入四十五个工作日，扣除后未超期；因“超期未达成”终止的不适用四十五日规则；
    受理后发现消协已处理过、以“发现不予受理情形”终止调解的不报告；核查延期的线索在三十个工作日内核查完毕；
    双方同意不出具调解书、有调解记录的现场调解；市局消保处直接处理（上级部门可以处理）；六月下旬登记尚未
    作出受理决定、五月下旬受理仍在调解的，都未到期；知悉受损日期接近三年但未超过；代理投诉材料齐全的；
    咨询件不予受理的；当场履行、未出具调解书但有调解记录的。
    """
    if injected is None:
        injected = []
    taken: set = set()
    handlers = distinct_names(rng, 5, taken)
    people = distinct_names(rng, 60, taken)

    kinds = (["ack_late"] * 2 + ["ack_open", "med_late_closed", "med_late_open", "term_notice_late", "clue_late",
                                 "no_address", "no_resp_addr", "onsite_no_notice", "onsite_no_doc",
                                 "remote_no_record", "handled_elsewhere", "proxy_no_poa", "consult_accepted",
                                 "notice_after_mediation", "accepted_by_cca", "category_invalid"]
             + ["weekend_receipt", "ack_holiday_edge", "testing_pause", "period_expired", "ineligible_found",
                "clue_extended", "higher_amr", "open_recent", "open_mediation", "three_years_near", "proxy_ok",
                "consult_refused", "onsite_immediate", "onsite_no_doc_agreed", "refused_court"]
             + ["normal"] * 15)
    rng.shuffle(kinds)
    rule_of = {"ack_late": "acceptance_decision_7wd", "ack_open": "acceptance_decision_7wd",
               "med_late_closed": "mediation_45wd", "med_late_open": "mediation_45wd",
               "term_notice_late": "termination_notice_7wd", "clue_late": "clue_check_15wd",
               "no_address": "nine_complainant_address", "no_resp_addr": "nine_respondent_address",
               "onsite_no_notice": "onsite_mediation_notice", "onsite_no_doc": "mediation_document",
               "remote_no_record": "mediation_record_without_document",
               "handled_elsewhere": "already_handled_elsewhere", "proxy_no_poa": "proxy_materials_missing",
               "consult_accepted": "not_covered_activities", "notice_after_mediation": "notify_mediation-mediate",
               "accepted_by_cca": "complaint_by_county_amr", "category_invalid": "category"}

    def received(lo, hi, weekend=False):
        while True:
            d = _rand_day(rng, lo, hi)
            if workday(d) != weekend:
                return _at(rng, d, 8.5, 17.5) if not weekend else _at(rng, d, 7, 22)

    cases = []
    for kind in kinds:
        c = {"_kind": kind}
        if kind == "weekend_receipt":
            rcv = received(date(2025, 1, 6), date(2025, 5, 20), weekend=True)
        elif kind == "ack_holiday_edge":
            rcv = _at(rng, date(2025, 4, 28), 9, 16)
        elif kind in ("ack_open", "med_late_open"):
            rcv = received(date(2025, 6, 3), date(2025, 6, 9)) if kind == "ack_open" else \
                received(date(2025, 3, 3), date(2025, 3, 20))
        elif kind == "open_recent":
            rcv = received(date(2025, 6, 23), date(2025, 6, 27))
        elif kind == "open_mediation":
            rcv = received(date(2025, 5, 19), date(2025, 5, 23))
        elif kind in ("med_late_closed", "testing_pause", "period_expired"):
            rcv = received(date(2025, 1, 6), date(2025, 2, 20))
        elif kind in ("clue_late", "clue_extended"):
            rcv = received(date(2025, 1, 6), date(2025, 3, 31))
        else:
            rcv = received(date(2025, 1, 6), date(2025, 5, 9))
        c["rcv"] = rcv
        category = "咨询" if kind in ("consult_accepted", "consult_refused") else \
            "意见建议" if kind == "category_invalid" else "投诉"
        c["category"] = category
        accepted = kind not in ("ack_open", "open_recent", "consult_refused", "refused_court", "category_invalid")
        # acceptance decision and notice
        if kind == "ack_holiday_edge":
            dec = _wd(rng, rcv, rng.randint(3, 5))
            told = _wd(rng, rcv, 7, 9, 17)
            if told < dec:
                dec, told = told - timedelta(hours=1), told
        elif kind == "ack_late":
            dec = _wd(rng, rcv, rng.randint(5, 8))
            told = _wd(rng, rcv, rng.randint(9, 12))
        elif kind in ("ack_open", "open_recent"):
            dec = told = None
        else:
            k = rng.randint(1, 5)
            dec = _wd(rng, rcv, k, 9, 16)
            told = dec + timedelta(minutes=rng.randint(20, 180)) if rng.random() < 0.6 else \
                _wd(rng, dec, rng.randint(1, 2), 9, 17)
        c.update(dec=dec, told=told, accepted=accepted and dec is not None)
        c["unit"] = "市局消保处" if kind == "higher_amr" else "县消费者协会" if kind == "accepted_by_cca" else None
        c["elsewhere"] = "法院已立案" if kind == "refused_court" else \
            "消协已调解" if kind in ("handled_elsewhere", "ineligible_found") else "无"
        c["proxy"] = ("是", "否", "是") if kind == "proxy_no_poa" else ("是", "是", "是") if kind == "proxy_ok" else \
            ("否", "", "")
        c["known"] = date(rcv.year - 3, rcv.month, min(rcv.day, 28)) + timedelta(days=rng.randint(5, 20)) \
            if kind == "three_years_near" else (rcv - timedelta(days=rng.randint(2, 60))).date()
        c["mode"] = c["notify_med"] = c["mediate"] = c["end"] = c["outcome"] = c["ground"] = None
        c["notify_term"] = c["doc"] = c["immediate"] = c["no_doc"] = c["record"] = c["t_from"] = c["t_to"] = None
        c["find"] = c["verify"] = c["extended"] = None
        if c["accepted"]:
            acc = dec
            if kind in ("onsite_no_notice", "onsite_no_doc", "notice_after_mediation", "onsite_immediate",
                        "onsite_no_doc_agreed"):
                mode = "现场"
            elif kind in ("remote_no_record",):
                mode = pick(rng, [("电话", 3), ("在线视频", 1)])
            else:
                mode = pick(rng, [("现场", 4), ("电话", 4), ("在线视频", 2)])
            if kind == "term_notice_late" or kind == "period_expired" or kind == "ineligible_found":
                outcome = "调解终止"
            elif kind in ("onsite_no_doc", "remote_no_record", "onsite_immediate", "onsite_no_doc_agreed",
                          "testing_pause"):
                outcome = "调解成功"
            else:
                outcome = pick(rng, [("调解成功", 6), ("调解终止", 4)])
            if mode == "现场":
                notify_med = _wd(rng, acc, rng.randint(1, 3))
                mediate = _wd(rng, notify_med, rng.randint(2, 5), 9, 16)
                if kind == "notice_after_mediation":
                    mediate = _wd(rng, acc, rng.randint(2, 4), 9, 16)
                    notify_med = _wd(rng, mediate, rng.randint(1, 2))
                if kind == "onsite_no_notice":
                    notify_med = None
            else:
                notify_med = None
                mediate = _wd(rng, acc, rng.randint(1, 8), 9, 16)
            if kind == "testing_pause":
                t_from = _wd(rng, mediate, 1)
                t_to = _wd(rng, t_from, rng.randint(22, 26))
                end = _wd(rng, t_to, rng.randint(22, 26))   # raw count over 45, testing days excluded
                c.update(t_from=t_from, t_to=t_to)
            elif kind == "med_late_closed":
                end = _wd(rng, acc, rng.randint(50, 60))
            elif kind == "period_expired":
                end = _wd(rng, acc, 46)
            else:
                end = _wd(rng, mediate, rng.randint(0, 10)) if outcome == "调解终止" else \
                    mediate + timedelta(minutes=rng.randint(30, 150))
            if end < mediate:
                end = mediate + timedelta(minutes=90)
            if kind in ("open_mediation", "med_late_open"):
                end = None
                outcome = None
                if kind == "med_late_open":
                    mode = "电话"
                    notify_med = None
            ground = None
            if outcome == "调解终止":
                ground = "超期未达成" if kind == "period_expired" else \
                    "发现不予受理情形" if kind == "ineligible_found" else \
                    pick(rng, [("投诉人撤诉", 3), ("双方自行和解", 2), ("被诉方拒绝调解", 2), ("双方分歧过大", 3)])
                if kind == "term_notice_late":
                    notify_term = _wd(rng, end, rng.randint(9, 14))
                else:
                    notify_term = _wd(rng, end, rng.randint(0, 5))
                    if notify_term <= end:
                        notify_term = end + timedelta(minutes=rng.randint(30, 120))
                c["notify_term"] = notify_term
            elif outcome == "调解成功":
                if mode == "现场":
                    immediate = "是" if kind == "onsite_immediate" else "否"
                    c["immediate"] = immediate
                    c["no_doc"] = "是" if kind == "onsite_no_doc_agreed" else "否"
                    if immediate == "否" and kind not in ("onsite_no_doc", "onsite_no_doc_agreed"):
                        c["doc"] = end + timedelta(minutes=rng.randint(30, 120))
                    else:
                        c["record"] = f"现场调解笔录 TJ2025-{rng.randint(100, 999)}"
                elif kind != "remote_no_record":
                    c["record"] = f"{mode}调解记录已存档（录音 {rng.randint(1000, 9999)}）"
            if kind in ("clue_late", "clue_extended") or (kind == "normal" and rng.random() < 0.2 and end):
                find = mediate
                if kind == "clue_late":
                    verify = _wd(rng, find, rng.randint(18, 22))
                    ext = "否"
                elif kind == "clue_extended":
                    verify = _wd(rng, find, rng.randint(22, 28))
                    ext = "是"
                else:
                    verify = _wd(rng, find, rng.randint(3, 14))
                    ext = "否"
                c.update(find=find, verify=verify, extended=ext)
            c.update(mode=mode, notify_med=notify_med, mediate=mediate, end=end, outcome=outcome, ground=ground)
        cases.append(c)

    # a complaint is still open if a step falls after the export: drop it and what follows it
    for c in cases:
        steps = ["told", "notify_med", "mediate", "end", "notify_term", "doc", "find", "verify"]
        for s in steps:
            if c.get(s) is not None and c[s] > CUTOFF:
                raise ValueError(f"{c['_kind']}: {s} {c[s]} after the export")   # the dates above avoid this

    cases.sort(key=lambda c: c["rcv"])
    seq = 0
    rows = []
    for c in cases:
        seq += 1
        kind = c["_kind"]
        number = f"3417232025{seq:05d}"
        c["number"] = number
        if kind in rule_of:
            injected.append((number, rule_of[kind]))
        resp_name, resp_addr, product, facts, demand = rng.choice(_L2_RESPONDENTS)
        if c["category"] == "咨询":
            facts, demand = "询问预付卡办理后商家变更经营者时如何维权", "咨询维权途径"
        elif c["category"] == "意见建议":
            facts, demand = "建议加强对农村集市散装食品的检查", "建议"
        unit = c["unit"] or ("县局网络交易监管股" if "网" in resp_name else "县局消保股")
        if c["accepted"]:
            verdict = "受理"
            reason = ""
        elif c["dec"] is not None:
            verdict = "不予受理"
            reason = {"法院已立案": "人民法院已受理同一争议", "无": "不属于消费者权益争议"}[c["elsewhere"]]
            if c["category"] == "咨询":
                reason = "属咨询事项，已当场解答"
        else:
            verdict = reason = ""
        mediator = None
        if c["mediate"] is not None:
            mediator = "县消费者协会" if (unit == "县局消保股" and rng.random() < 0.3) else unit
        if c["end"] is not None:
            status = "已办结"
        elif c["accepted"]:
            status = "调解中"
        elif c["dec"] is not None:
            status = "已办结"
        else:
            status = "待审查"
        saved = ""
        if c["outcome"] == "调解成功":
            saved = rng.choice([200, 360, 500, 800, 1280, 2000, 3500])
        row = {
            "投诉编号": number,
            "登记时间": c["rcv"],
            "来源渠道": pick(rng, _L2_CHANNELS) if kind != "weekend_receipt" else "12315平台",
            "诉求类型": c["category"],
            "投诉人": people.pop(),
            "联系电话": mobile(rng),
            "联系地址": "" if kind == "no_address" else
            f"青阳县{rng.choice(['蓉城镇', '新河镇', '木镇镇', '丁桥镇', '庙前镇'])}"
            f"{rng.choice(['幸福', '光明', '平安', '长青', '和平'])}小区{rng.randint(1, 30)}栋{rng.randint(101, 1802)}室",
            "代理投诉": c["proxy"][0],
            "委托书原件": c["proxy"][1],
            "受托人身份证明": c["proxy"][2],
            "被投诉方": resp_name,
            "被投诉方地址": "" if kind == "no_resp_addr" else resp_addr,
            "涉及品类": product,
            "投诉请求": demand,
            "争议事实": facts,
            "知悉受损日期": c["known"],
            "他处受理情况": c["elsewhere"],
            "承办单位": unit if c["dec"] is not None else "",
            "承办人": rng.choice(handlers) if c["dec"] is not None else "",
            "审查结论": verdict,
            "不予受理原因": reason,
            "审查日期": c["dec"],
            "告知投诉人日期": c["told"],
            "调解方式": c["mode"] or "",
            "调解通知日期": c["notify_med"],
            "调解日期": c["mediate"],
            "调解主持": mediator or "",
            "送检日期": c["t_from"],
            "检测报告日期": c["t_to"],
            "调解结果": c["outcome"] or "",
            "终止原因": c["ground"] or "",
            "调解终结日期": c["end"],
            "终止告知日期": c["notify_term"],
            "调解书出具日期": c["doc"],
            "当场履行": c["immediate"] or "",
            "同意不出具调解书": c["no_doc"] or "",
            "调解记录": c["record"] or "",
            "违法线索": "经营者涉嫌虚假宣传" if c["find"] else "",
            "线索发现日期": c["find"],
            "线索核查完成日期": c["verify"],
            "核查延期": c["extended"] or "",
            "挽回经济损失(元)": saved,
            "办结状态": status,
        }
        rows.append(row)
    # the platform re-issued a number: a later complaint carries an earlier complaint's number
    normals = [r for r, c in zip(rows, cases) if c["_kind"] == "normal"]
    first, second = rng.sample(normals, 2)
    if first["登记时间"] > second["登记时间"]:
        first, second = second, first
    second["投诉编号"] = first["投诉编号"]
    injected.append((first["投诉编号"], "case_number"))

    hand = {
        "procedure": "l2-samr-complaints-and-reports",
        "sheet": "导出",
        "columns": {
            "投诉编号": "case_number",
            "登记时间": "receive_at",
            "诉求类型": "category",
            "投诉人": "complainant",
            "联系电话": "contact_phone",
            "联系地址": "address",
            "代理投诉": "by_proxy",
            "委托书原件": "power_of_attorney_provided",
            "受托人身份证明": "agent_identity_provided",
            "被投诉方": "respondent_name",
            "被投诉方地址": "respondent_address",
            "投诉请求": "demand",
            "争议事实": "content",
            "知悉受损日期": "infringement_known_at",
            "他处受理情况": "already_handled",
            "告知投诉人日期": "decision_notified_at",
            "调解方式": "mediation_mode",
            "调解通知日期": "notify_mediation_at",
            "调解日期": "mediate_at",
            "调解主持": "mediate_by",
            "送检日期": "testing_commissioned_at",
            "检测报告日期": "testing_completed_at",
            "调解结果": "mediation_outcome",
            "终止原因": "termination_ground",
            "调解终结日期": "end_mediation_at",
            "终止告知日期": "notify_termination_at",
            "调解书出具日期": "make_mediation_document_at",
            "当场履行": "performed_immediately",
            "同意不出具调解书": "no_document_agreed",
            "调解记录": "mediation_record",
            "线索发现日期": "find_clue_at",
            "线索核查完成日期": "verify_clue_at",
            "核查延期": "check_extended",
        },
        "values": {
            "category": {"投诉": "complaint", "咨询": "consultation"},
            "by_proxy": {"是": True, "否": False},
            "power_of_attorney_provided": {"是": True, "否": False},
            "agent_identity_provided": {"是": True, "否": False},
            "already_handled": {"无": False, "消协已调解": True, "法院已立案": True},
            "mediation_mode": {"现场": "onsite", "电话": "remote", "在线视频": "remote"},
            "mediation_outcome": {"调解成功": "agreement", "调解终止": "terminated"},
            "termination_ground": {"投诉人撤诉": "withdrawn_or_settled", "双方自行和解": "withdrawn_or_settled",
                                   "被诉方拒绝调解": "refused_mediation", "双方分歧过大": "no_agreement_possible",
                                   "超期未达成": "period_expired", "发现不予受理情形": "ineligible_found"},
            "performed_immediately": {"是": True, "否": False},
            "no_document_agreed": {"是": True, "否": False},
            "check_extended": {"是": True, "否": False},
        },
        "roles": {"县局消保股": "county_amr", "县局网络交易监管股": "county_amr", "市局消保处": "higher_amr",
                  "县消费者协会": "mediation_org"},
        "outcomes": {
            "审查结论": {"date": "审查日期", "by": "承办单位", "steps": {"受理": "accept", "不予受理": "refuse"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("210-s13-dairy-depot-crm-tickets.csv", "utf-8-sig", e210_s13_dairy_depot_crm_tickets),
    ("211-l2-county-amr-complaint-ledger.xlsx", "xlsx", e211_l2_county_amr_complaint_ledger),
]
