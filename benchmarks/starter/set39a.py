"""Starter-profile benchmark exports 226-227 (set 39a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 226 227    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import pick, distinct_names, mobile, nth_workday_after


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=18):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=rng.randint(day_from, day_from + 2), minute=rng.randint(0, 59))
    return u.replace(second=0, microsecond=0)


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _slash(t):
    """The CRM's own spelling: 2025/3/4 9:05 (no leading zeros), empty when not yet done."""
    return "" if t is None else f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"


def _slash_date(d):
    return "" if d is None else f"{d.year}/{d.month}/{d.day}"


# ------------------------------------------------------------------------------------------------------------------
# 226  S15: a tax-device (税控盘/开票系统) service company's CRM, 投诉处理台帐 export
# ------------------------------------------------------------------------------------------------------------------

_S15_REASONS = [
    # (投诉原因 as the CRM's dropdown spells it, 投诉性质, on-site visit, 客户诉求, 拟处理方式, 责任单位, 原因, 结果, weight)
    ("服务热线占线，多次拨打无人接听", "一般投诉", False, "要求尽快安排工程师远程处理", "热线组回拨并远程协助",
     "客服热线组", ["热线话务高峰", "坐席排班不足"], ["已回拨并远程处理", "已远程修复"], 5),
    ("税控盘故障未及时更换", "一般投诉", True, "要求当天更换税控盘", "上门更换税控盘",
     "设备仓储部", ["备件库存不足", "换盘审批流程过长"], ["已更换税控盘，客户恢复开票"], 6),
    ("多次维修仍无法开票", "一般投诉", True, "要求彻底解决开票故障", "派高级工程师上门检修",
     "技术服务部", ["工程师技能不足", "主板故障未及时判断"], ["已更换设备，客户恢复开票", "故障已排除"], 5),
    ("约定上门迟到", "一般投诉", True, "要求说明迟到原因并道歉", "上门复查并向客户致歉",
     "分包服务商", ["工程师排班不足", "路况延误"], ["已上门道歉，客户接受"], 4),
    ("开票软件未及时升级", "一般投诉", False, "要求立即升级开票软件", "远程升级开票软件",
     "技术服务部", ["升级包推送遗漏"], ["已升级至最新版本"], 5),
    ("其他服务不满意", "一般投诉", False, "要求改进服务", "电话沟通解释",
     "客服热线组", ["服务规范执行不到位"], ["已解释，客户接受"], 3),
    ("服务人员态度恶劣", "严重投诉", True, "要求更换服务人员并书面道歉", "更换服务工程师、上门致歉",
     "分包服务商", ["服务规范执行不到位", "分包单位管理不到位"], ["已更换服务工程师，书面致歉"], 3),
    ("多次爽约导致无法开票", "严重投诉", True, "要求赔偿误工损失", "主管带队上门处理",
     "分包服务商", ["工程师排班不足", "分包单位管理不到位"], ["已上门处理并协商补偿"], 2),
    ("服务人员推销产品、乱收费", "严重投诉", False, "要求退还服务费", "退费并追责",
     "技术服务部", ["服务人员违规收费"], ["已退还服务费，对当事人处罚"], 2),
    ("屡次投诉未整改", "严重投诉", True, "要求公司领导出面处理", "营销服务部经理上门",
     "技术服务部", ["整改措施未落实"], ["经理上门处理，客户接受"], 1),
]

_S15_IMPROVE = ["增加高峰时段坐席", "备件前置到服务站", "开展服务规范培训", "升级推送增加核对环节",
                "上门前电话确认时间", "分包单位月度考核"]
_S15_SUBCONTRACTORS = ["苏州金信税务技术服务有限公司", "昆山恒诚财税服务有限公司", "常熟中税通科技有限公司",
                       "吴江瑞达税务技术服务部", "太仓联和信息技术有限公司"]
_S15_TOWNS = ["苏州", "昆山", "常熟", "吴江", "太仓", "张家港"]
_S15_WORDS = ["鑫达", "华盛", "永丰", "恒泰", "瑞祥", "金桥", "宏远", "嘉禾", "佳和", "天成", "润泽", "东方", "立信",
              "新宇", "中联", "和顺", "联创", "盛源", "汇通", "百川"]
_S15_KINDS = ["贸易有限公司", "机械制造有限公司", "餐饮管理有限公司", "电子科技有限公司", "建材有限公司",
              "物流有限公司", "纺织有限公司", "商贸有限公司"]


def e226_s15_taxdevice_crm_complaint_ledger(rng, injected=None):
    """S15 客户投诉处理管理办法：税控设备技术服务公司（苏州）的“客户服务管理系统”投诉处理台帐导出，CSV（GB18030），
    日期时间写作 2025/3/4 9:05，日期写作 2025/3/4。营销服务部接待并派单，技术服务部与分包服务商上门处理。

    读制度 YAML 之前写下的表头：投诉单号、登记时间、登记人、企业名称、纳税人识别号、联系人、联系电话、投诉渠道、
    投诉原因、投诉性质、合同有效期至、服务网点（技术服务分包单位）、设备启用日期、客户诉求、拟处理方式、责任单位、
    责任人、派单时间、责任单位反馈时间、原因调查、处理结果、回复客户时间、改善对策、效果确认时间、结案时间、状态。
    读过制度 YAML 后补的列：派单部门（填写处理单的部门）、台帐登记时间（记入投诉处理管理台帐）、回复部门（与客户接洽
    核实的部门）、约定上门时间、实际到达时间、意见报告出具日期。

    注入的违规（按规则 id 计数，共 18）：visit_within_30_minutes_of_appointment 3（迟到恰好30分钟、迟到近一小时、
    约定后没有上门）、contract_term_confirmed 2、device_date_confirmed 1、subcontractor_confirmed 1、
    demand_confirmed 1、responsible_person_named 1、case_registered 1、opinion_report_issued 1、severity 1（“投诉升级”
    不是一般/严重之一）、step-fill_handling_slip 1（质量管理部派单）、step-verify_cause 2（技术服务部自己回复客户）、
    register-verify_cause 1、verify_cause-improvement 1、case_number 1（两单同号）。
    陷阱：迟到29分钟、提前到达；约定在7月1日上午、尚未上门（未到时限）；处理中的案件没有回复、效果确认和意见报告
    （未到该环节）；合同已过期的客户（只要求写明合同期限）；周末派单和回复（本制度没有按工作日的时限）。
    """
    cases = []
    taken: set = set()
    marketing_staff = distinct_names(rng, 4, taken)
    engineers = distinct_names(rng, 7, taken)
    n = 46
    contacts = distinct_names(rng, n, taken)
    companies = set()
    day_lo, day_hi = datetime(2025, 1, 6), datetime(2025, 6, 26)
    starts = sorted([_at(rng, _rand_day(rng, day_lo, day_hi), 8.5, 17.5) for _ in range(n - 3)] +
                    [_at(rng, _rand_day(rng, datetime(2025, 6, 20), day_hi), 8.5, 17.5) for _ in range(3)])
    seq_by_month: dict = {}
    for i, t0 in enumerate(starts):
        month = t0.strftime("%Y%m")
        seq_by_month[month] = seq_by_month.get(month, 0) + 1
        number = f"KS{month}{seq_by_month[month]:03d}"
        reason, severity, visit, demand, measures, unit, causes, results, _w = pick(
            rng, [(r, r[-1]) for r in _S15_REASONS])
        while True:
            company = rng.choice(_S15_TOWNS) + rng.choice(_S15_WORDS) + rng.choice(_S15_KINDS)
            if company not in companies:
                companies.add(company)
                break
        fill = _plus(rng, t0, 0.2, 3)
        register = _plus(rng, fill, 0.3, 5)
        appointment = arrived = None
        if visit:
            base = _plus(rng, fill, 2, 40)
            appointment = base.replace(minute=rng.choice([0, 30]))
            if appointment <= fill:
                appointment += timedelta(hours=1)
            arrived = appointment + timedelta(minutes=rng.randint(-25, 22))
        feedback = _plus(rng, (arrived or fill), 3, 72)
        verify = _plus(rng, max(feedback, register), 2, 40)
        improve = _plus(rng, verify, 48, 300)
        report = _plus(rng, improve, 0.5, 30)
        close = _plus(rng, report, 0.2, 8)
        if appointment and appointment > CUTOFF:
            # a visit booked for the next morning: not due at the audit's as-of time
            appointment = datetime(2025, 7, 1, rng.choice([9, 10]), rng.choice([0, 30]))
            arrived = None
        feedback, verify = _cut(feedback), _cut(verify)
        if arrived is not None and arrived > CUTOFF:
            arrived = None
        if visit and arrived is None:
            feedback = verify = None
        if verify is None:
            improve = report = close = None
        if report is None or report > CUTOFF:
            improve = report = close = None     # 效果确认后当天或次日出具报告；未出具的也未确认
        close = _cut(close)
        status = "已结案" if close else ("待效果确认" if verify else ("处理中" if feedback or arrived else "已派单"))
        subcontractor = rng.choice(_S15_SUBCONTRACTORS) if rng.random() < 0.6 else "本公司直属服务站"
        if unit == "分包服务商":
            unit = subcontractor if subcontractor != "本公司直属服务站" else "技术服务部"
        cases.append({
            "投诉单号": number,
            "登记时间": t0,
            "登记人": rng.choice(marketing_staff),
            "企业名称": company,
            "纳税人识别号": "91320" + "".join(rng.choice("0123456789") for _ in range(9)) + "".join(
                rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(4)),
            "联系人": contacts[i],
            "联系电话": mobile(rng),
            "投诉渠道": pick(rng, [("400热线", 6), ("微信公众号", 3), ("上门反映", 1), ("书面来函", 1),
                                    ("税务局转来", 1)]),
            "投诉原因": reason,
            "投诉性质": severity,
            "合同有效期至": _slash_date(datetime(rng.choice([2024, 2025, 2025, 2026, 2026, 2027]),
                                                  rng.randint(1, 12), 28)),
            "服务网点": subcontractor,
            "设备启用日期": _slash_date(_rand_day(rng, datetime(2017, 1, 1), datetime(2024, 12, 31))),
            "客户诉求": demand,
            "拟处理方式": measures,
            "派单部门": "营销服务部",
            "派单时间": fill,
            "台帐登记时间": register,
            "责任单位": unit,
            "责任人": rng.choice(engineers),
            "约定上门时间": appointment,
            "实际到达时间": arrived,
            "责任单位反馈时间": feedback,
            "原因调查": rng.choice(causes) if feedback else "",
            "处理结果": rng.choice(results) if feedback else "",
            "回复客户时间": verify,
            "回复部门": "营销服务部" if verify else "",
            "改善对策": rng.choice(_S15_IMPROVE) if improve else "",
            "效果确认时间": improve,
            "意见报告出具日期": report,
            "结案时间": close,
            "状态": status,
        })

    def note(case, rule):
        if injected is not None:
            injected.append((case["投诉单号"], rule))

    free = list(range(n))
    rng.shuffle(free)

    def take(ok):
        for k in free:
            if ok(cases[k]):
                free.remove(k)
                return cases[k]
        raise RuntimeError("no case left for an injection")

    on_site = lambda c: c["实际到达时间"] is not None and c["回复客户时间"] is not None          # noqa: E731
    closed = lambda c: c["意见报告出具日期"] is not None                                           # noqa: E731
    anyone = lambda c: True                                                                        # noqa: E731

    # --- traps (not violations) ---
    c = take(lambda c: c["实际到达时间"] is not None)
    c["实际到达时间"] = c["约定上门时间"] + timedelta(minutes=29)          # 29 minutes late: inside the half hour
    c = take(lambda c: c["实际到达时间"] is not None)
    c["实际到达时间"] = c["约定上门时间"] - timedelta(minutes=15)          # early
    latest = max(free, key=lambda k: cases[k]["登记时间"])
    free.remove(latest)
    c = cases[latest]
    if c["约定上门时间"] is None or c["约定上门时间"].month != 7:
        c.update({"约定上门时间": datetime(2025, 7, 1, 9, 30), "实际到达时间": None, "责任单位反馈时间": None,
                  "原因调查": "", "处理结果": "", "回复客户时间": None, "回复部门": "", "改善对策": "",
                  "效果确认时间": None, "意见报告出具日期": None, "结案时间": None, "状态": "已派单"})

    # --- violations ---
    c = take(on_site)
    c["实际到达时间"] = c["约定上门时间"] + timedelta(minutes=30)
    note(c, "visit_within_30_minutes_of_appointment")
    c = take(on_site)
    c["实际到达时间"] = c["约定上门时间"] + timedelta(minutes=rng.randint(50, 70))
    note(c, "visit_within_30_minutes_of_appointment")
    c = take(on_site)
    c["实际到达时间"] = None                                                # 推辞上门：约定了却没有来
    c["处理结果"] = "工程师未上门，改为远程处理"
    note(c, "visit_within_30_minutes_of_appointment")

    for rule, header in [("contract_term_confirmed", "合同有效期至"), ("contract_term_confirmed", "合同有效期至"),
                         ("device_date_confirmed", "设备启用日期"), ("subcontractor_confirmed", "服务网点"),
                         ("demand_confirmed", "客户诉求"), ("responsible_person_named", "责任人")]:
        c = take(anyone)
        c[header] = ""
        note(c, rule)

    c = take(anyone)
    c["台帐登记时间"] = None
    note(c, "case_registered")
    c = take(closed)
    c["意见报告出具日期"] = None
    note(c, "opinion_report_issued")
    c = take(anyone)
    c["投诉性质"] = "投诉升级"
    note(c, "severity")
    c = take(anyone)
    c["派单部门"] = "质量管理部"
    note(c, "step-fill_handling_slip")
    for _ in range(2):
        c = take(lambda c: c["回复客户时间"] is not None)
        c["回复部门"] = "技术服务部"
        note(c, "step-verify_cause")
    c = take(lambda c: c["回复客户时间"] is not None and c["回复客户时间"] < CUTOFF - timedelta(days=3))
    c["台帐登记时间"] = c["回复客户时间"] + timedelta(hours=rng.randint(20, 60))   # 回复客户后才补登台帐
    note(c, "register-verify_cause")
    c = take(closed)
    c["效果确认时间"] = c["回复客户时间"] - timedelta(hours=rng.randint(5, 30))
    note(c, "verify_cause-improvement")

    # two complaints given the same number (the second one re-keyed after a system restart)
    k = cases.index(take(lambda c: c["登记时间"].month >= 3))
    cases[k]["投诉单号"] = cases[k - 1]["投诉单号"]
    note(cases[k], "case_number")

    rows = []
    for c in cases:
        row = dict(c)
        for h in ("登记时间", "派单时间", "台帐登记时间", "约定上门时间", "实际到达时间", "责任单位反馈时间",
                  "回复客户时间", "效果确认时间", "意见报告出具日期", "结案时间"):
            row[h] = _slash(row[h])
        rows.append(row)

    hand = {
        "procedure": "s15-complaint-handling-marketing",
        "columns": {
            "投诉单号": "case_number",
            "登记时间": "received_at",
            "企业名称": "customer",
            "投诉原因": "content",
            "投诉性质": "severity",
            "合同有效期至": "contract_valid_until",
            "服务网点": "service_subcontractor",
            "设备启用日期": "device_start_date",
            "客户诉求": "demand",
            "拟处理方式": "measures",
            "派单部门": "fill_handling_slip_by",
            "派单时间": "fill_handling_slip_at",
            "台帐登记时间": "register_at",
            "责任单位": "responsible_department",
            "责任人": "responsible_person",
            "约定上门时间": "appointment_at",
            "实际到达时间": "arrived_at",
            "原因调查": "cause",
            "处理结果": "result",
            "回复客户时间": "verify_cause_at",
            "回复部门": "verify_cause_by",
            "效果确认时间": "improvement_at",
            "意见报告出具日期": "opinion_report_at",
        },
        "values": {
            "severity": {"一般投诉": "general", "严重投诉": "serious"},
        },
        "roles": {"营销服务部": "marketing", "技术服务部": "tech_service_unit", "质量管理部": "quality_dept"},
    }
    return rows, hand


# ------------------------------------------------------------------------------------------------------------------
# 227  S31: 镇江市建设工程质量监督站（市投诉处理机构）OA 的工程质量投诉受理台账 export
# ------------------------------------------------------------------------------------------------------------------

_S31_PROJECTS = [
    # (工程名称, 辖市区, 建设单位, 施工单位)
    ("金港湾花园三期", "润州区", "镇江金港置业有限公司", "江苏润扬建设集团有限公司"),
    ("翡翠苑", "丹徒区", "镇江丹徒新城房地产开发有限公司", "镇江市第二建筑工程有限公司"),
    ("滨江华府", "京口区", "镇江滨江置业有限公司", "江苏华建建设股份有限公司"),
    ("御景园", "镇江新区", "镇江新区御景房地产开发有限公司", "江苏中南建筑产业集团有限责任公司"),
    ("凤凰城二期", "丹阳市", "丹阳凤凰置业有限公司", "丹阳市建筑安装工程有限公司"),
    ("宝华山庄", "句容市", "句容宝华房地产开发有限公司", "江苏句容建工集团有限公司"),
    ("江洲花园", "扬中市", "扬中江洲置业有限公司", "扬中市第一建筑安装有限公司"),
    ("南山雅苑", "润州区", "镇江南山房地产开发有限公司", "江苏润扬建设集团有限公司"),
    ("京口新村改造", "京口区", "镇江市城市建设投资集团有限公司", "镇江市第二建筑工程有限公司"),
]
_S31_DEFECTS = [("屋面渗漏", 5), ("外墙渗水", 5), ("卫生间渗漏", 4), ("墙体裂缝", 4), ("楼板裂缝", 2),
                ("地面空鼓", 3), ("门窗密封不良", 2), ("地下室渗水", 2), ("给排水管道渗漏", 2)]
# 承办科室 as the OA writes it -> who in fact took the case on
_S31_HANDLERS = [("投诉科", 8), ("监督一科", 3), ("监督二科", 3), ("市住建局质安处", 1), ("丹阳市质监站", 1),
                 ("句容市质监站", 1)]
_S31_REFERRERS = [("市住建局", 3), ("省住建厅", 1), ("市信访局", 2), ("市长信箱", 2)]


def _day(t):
    return None if t is None else datetime(t.year, t.month, t.day)


def e227_s31_zhenjiang_quality_station_oa_ledger(rng, injected=None):
    """S31 镇江市建筑工程质量投诉处理暂行办法：镇江市建设工程质量监督站（市投诉处理机构）OA 系统“工程质量投诉受理台账”
    导出为 Excel（工作表“导出”），日期为日期单元格（只记到日）。投诉科、各监督科承办，辖市的由其质监站承办。

    读制度 YAML 之前写下的表头：受理编号、收件日期、来源（来信/来电/来访/电子邮件）、交办单位、投诉人、联系电话、
    工程名称、房号、建设单位、施工单位、竣工验收日期、问题类别、是否先与开发商协商、承办科室、承办人、辖市区、
    现场核查日期、处理意见、责令整改期限、整改完成日期、答复投诉人日期、上报交办单位日期、办结日期、办理状态。
    读过制度 YAML 后补的列：受理日期（收件后登记受理的日期）、向建设单位报修日期（先行联系协商的日期）、
    建设单位履行保修情况、上报经办（向交办单位反馈处理情况的经办单位）。

    注入的违规（按规则 id 计数，共 14）：developer_contacted_first 2（没有先找建设单位）、report_back_to_superior 2
    （交办件已办结却没有上报交办单位）、channel 1（来源“传真”）、developer_fulfilled_warranty 1（“协商中”）、
    accept_by_competent_body 2（承办科室“转建设单位处理”）、step-report_back 1（由市住建局质安处自行回复）、
    contact_developer-complain 2（先来投诉、后向建设单位报修）、complain-accept 1（受理日期早于收件日期）、
    accept-report_back 1（上报交办单位日期早于受理日期）、case_number 1（两件同号）。
    陷阱：交办件尚在办理、还没有上报（未办结不要求）；建设单位已维修仍来投诉的（是否履行保修只是条件）；收件当天
    受理、周末收件；上报交办单位与办结同一天；辖市质监站、市住建局质安处承办（都是有权受理的机构）。
    """
    cases = []
    taken: set = set()
    staff = distinct_names(rng, 6, taken)
    n = 40
    complainants = distinct_names(rng, n, taken)
    receipts = sorted(_rand_day(rng, datetime(2025, 1, 3), datetime(2025, 6, 20)) for _ in range(n))
    for i, d1 in enumerate(receipts):
        number = f"镇建质投〔2025〕{i + 1:03d}号"
        project, district, developer, builder = rng.choice(_S31_PROJECTS)
        accepted_date = d1 if rng.random() < 0.4 else nth_workday_after(d1.date(), rng.randint(1, 3))
        d2 = datetime(accepted_date.year, accepted_date.month, accepted_date.day)
        d0 = d1 - timedelta(days=rng.randint(12, 120))                       # 业主先向建设单位报修
        fulfilled = pick(rng, [("拒不维修", 4), ("拖延未修", 5), ("维修后仍渗漏", 2), ("已维修", 1)])
        referrer = pick(rng, [("", 11)] + _S31_REFERRERS)
        handler = pick(rng, _S31_HANDLERS)
        if handler.endswith("质监站"):
            district = handler[:3]
            project, developer, builder = next((p, dv, b) for p, dt, dv, b in _S31_PROJECTS if dt == district)
        d3 = d2 + timedelta(days=rng.randint(2, 10))                          # 现场核查
        deadline = d3 + timedelta(days=rng.choice([15, 20, 30]))             # 责令整改期限
        d4 = d3 + timedelta(days=rng.randint(7, 35))                          # 整改完成
        d5 = d4 + timedelta(days=rng.randint(1, 5))                           # 答复投诉人
        d6 = d5 + timedelta(days=rng.randint(0, 6)) if referrer else None     # 上报交办单位
        d7 = max(d5, d6 or d5) + timedelta(days=rng.randint(0, 3))           # 办结
        if d3 > CUTOFF:
            d3 = deadline = None
        if d4 > CUTOFF or d3 is None:
            d4 = d5 = d6 = d7 = None
        if d5 and d5 > CUTOFF:
            d5 = d6 = d7 = None
        if d7 and (d7 > CUTOFF or (d6 and d6 > CUTOFF)):
            d6 = d7 = None
        if d7:
            status = "已办结"
        elif d4:
            status = "待答复"
        elif d3:
            status = "整改中"
        else:
            status = "核查中"
        cases.append({
            "受理编号": number,
            "收件日期": d1,
            "受理日期": d2,
            "来源": pick(rng, [("来电", 5), ("来信", 3), ("来访", 4), ("电子邮件", 2)]),
            "交办单位": referrer,
            "投诉人": complainants[i],
            "联系电话": mobile(rng),
            "工程名称": project,
            "房号": f"{rng.randint(1, 28)}幢{rng.randint(1, 3)}单元{rng.randint(2, 26)}{rng.randint(1, 4):02d}室",
            "建设单位": developer,
            "施工单位": builder,
            "竣工验收日期": datetime(rng.choice([2020, 2021, 2022, 2023, 2024]), rng.randint(1, 12),
                                    rng.randint(1, 28)),
            "问题类别": pick(rng, _S31_DEFECTS),
            "是否先与开发商协商": "是",
            "向建设单位报修日期": d0,
            "建设单位履行保修情况": fulfilled,
            "承办科室": handler,
            "承办人": rng.choice(staff),
            "辖市区": district,
            "现场核查日期": d3,
            "处理意见": "责令建设单位组织施工单位限期维修" if d3 else "",
            "责令整改期限": deadline,
            "整改完成日期": d4,
            "答复投诉人日期": d5,
            "上报交办单位日期": d6,
            "上报经办": "投诉科" if d6 else "",
            "办结日期": d7,
            "办理状态": status,
        })

    def note(case, rule):
        if injected is not None:
            injected.append((case["受理编号"], rule))

    free = list(range(n))
    rng.shuffle(free)

    def take(ok):
        for k in free:
            if ok(cases[k]):
                free.remove(k)
                return cases[k]
        raise RuntimeError("no case left for an injection")

    referred_closed = lambda c: c["交办单位"] and c["办结日期"] is not None                        # noqa: E731
    anyone = lambda c: True                                                                          # noqa: E731

    # --- traps (not violations) ---
    take(lambda c: c["交办单位"] and c["办结日期"] is None)                 # 交办件处理中，尚未上报：保持原样
    c = take(referred_closed)
    c["上报交办单位日期"] = c["办结日期"]                                   # 上报与办结同一天
    c = take(lambda c: c["收件日期"].weekday() < 5)
    c["受理日期"] = c["收件日期"]                                           # 收件当天受理

    # --- violations ---
    for _ in range(2):
        c = take(anyone)
        c["是否先与开发商协商"] = "否"
        c["向建设单位报修日期"] = None
        note(c, "developer_contacted_first")
    for _ in range(2):
        c = take(referred_closed)
        c["上报交办单位日期"] = None
        c["上报经办"] = ""
        note(c, "report_back_to_superior")
    c = take(anyone)
    c["来源"] = "传真"
    note(c, "channel")
    c = take(anyone)
    c["建设单位履行保修情况"] = "协商中"
    note(c, "developer_fulfilled_warranty")
    for _ in range(2):
        c = take(lambda c: c["承办科室"] in ("投诉科", "监督一科", "监督二科"))
        c["承办科室"] = "转建设单位处理"
        if c["处理意见"]:
            c["处理意见"] = "转建设单位自行处理并答复投诉人"
        note(c, "accept_by_competent_body")
    c = take(lambda c: c["上报交办单位日期"] is not None)
    c["上报经办"] = "市住建局质安处"
    note(c, "step-report_back")
    for _ in range(2):
        c = take(anyone)
        c["向建设单位报修日期"] = c["收件日期"] + timedelta(days=rng.randint(1, 6))   # 先来投诉，经告知后才报修
        note(c, "contact_developer-complain")
    c = take(lambda c: c["受理日期"] > c["收件日期"])
    c["受理日期"] = c["收件日期"] - timedelta(days=rng.randint(1, 3))        # 登记错误：受理早于收件
    note(c, "complain-accept")
    c = take(lambda c: c["上报交办单位日期"] is not None)
    c["上报交办单位日期"] = c["受理日期"] - timedelta(days=rng.randint(1, 5))
    note(c, "accept-report_back")

    # two cases given the same number (entered by two staff on the same day)
    k = cases.index(take(lambda c: c["受理编号"] != cases[0]["受理编号"]))
    cases[k]["受理编号"] = cases[k - 1]["受理编号"]
    note(cases[k], "case_number")

    rows = [{h: (_day(v) if isinstance(v, datetime) else v) for h, v in c.items()} for c in cases]

    hand = {
        "procedure": "s31-zhenjiang-building-quality-complaints",
        "sheet": "导出",
        "columns": {
            "受理编号": "case_number",
            "收件日期": "complain_at",
            "受理日期": "accept_at",
            "来源": "channel",
            "交办单位": "referred_by_superior",
            "向建设单位报修日期": "contact_developer_at",
            "建设单位履行保修情况": "developer_fulfilled_warranty",
            "承办科室": "accept_by",
            "上报交办单位日期": "report_back_at",
            "上报经办": "report_back_by",
            "办结日期": "closed_at",
        },
        "values": {
            "channel": {"来信": "letter", "来电": "phone", "来访": "visit", "电子邮件": "email"},
            "referred_by_superior": {"市住建局": "yes", "省住建厅": "yes", "市信访局": "yes", "市长信箱": "yes"},
            "developer_fulfilled_warranty": {"拒不维修": "no", "拖延未修": "no", "维修后仍渗漏": "no",
                                             "已维修": "yes"},
        },
        "roles": {
            "投诉科": "complaint_office", "监督一科": "complaint_office", "监督二科": "complaint_office",
            "市住建局质安处": "city_authority", "丹阳市质监站": "district_authority",
            "句容市质监站": "district_authority", "转建设单位处理": "developer",
        },
    }
    return rows, hand


EXPORTS = [
    ("226-s15-taxdevice-crm-complaint-ledger.csv", "gb18030", e226_s15_taxdevice_crm_complaint_ledger),
    ("227-s31-zhenjiang-quality-station-oa-ledger.xlsx", "xlsx", e227_s31_zhenjiang_quality_station_oa_ledger),
]
