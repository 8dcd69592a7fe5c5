"""Starter-profile benchmark exports 212-213 (set 36c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 212 213    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, cn, cn_date


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=19):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _assign(rng, kinds, candidates):
    """Spread the injection kinds over distinct random row indices: index -> kind."""
    return dict(zip(rng.sample(candidates, len(kinds)), kinds))


# --- 212 -----------------------------------------------------------------------------------------------------

_S21_COMPLAINTS = [   # (product, spec, what the customer reported, adverse event to report)
    ("一次性使用输液器", "带针 0.7#", "滴斗与管路连接处漏液，护士发现后已更换", False),
    ("一次性使用输液器", "避光型 0.55#", "药液过滤器堵塞，滴速无法调节", False),
    ("一次性使用无菌注射器", "5ml", "活塞推动卡顿，推注阻力明显偏大", False),
    ("一次性使用无菌注射器", "10ml", "单包装封口不严，无菌屏障疑似破损", False),
    ("一次性使用静脉留置针", "22G", "穿刺后回血不畅，导管尖端卷边", False),
    ("一次性使用静脉留置针", "24G", "拔针时导管断裂，部分残留于血管内，已手术取出", True),
    ("医用外科口罩", "17.5×9.5cm 独立装", "耳带焊点脱落，整盒多只", False),
    ("电子血压计", "KR-B21", "测量值较水银血压计持续偏高约15mmHg", False),
    ("医用压缩式雾化器", "KR-W3", "使用中机身发烫并有焦糊味，患者家属拔电源", True),
    ("一次性使用输液器", "精密过滤 带针", "输液过程中针座与管路脱开，药液外漏", False),
]
_S21_FEEDBACK = [     # not complaints: enquiries and suggestions
    ("一次性使用无菌注射器", "5ml", "咨询该批次灭菌有效期及说明书最新版本"),
    ("医用外科口罩", "17.5×9.5cm 独立装", "建议增加儿童规格"),
    ("电子血压计", "KR-B21", "询问袖带单独购买渠道及价格"),
    ("一次性使用输液器", "带针 0.7#", "咨询集采中标价格及发货周期"),
    ("一次性使用静脉留置针", "22G", "询问是否有带正压接头的型号"),
]
_S21_CUSTOMERS = ["苏州市立医院", "常熟市第二人民医院", "昆山市中医医院", "吴江区第一人民医院", "张家港市妇幼保健院",
                  "江苏润康医药有限公司", "浙江华东医药器械有限公司", "上海申联医疗用品有限公司", "无锡市人民医院",
                  "南通瑞慈医院"]
_S21_ACTIONS = ["更换同规格产品并留样送检", "调取批记录复核，留样检验合格，向客户出具调查报告",
                "召回客户库存同批次产品，补发新批次", "派工程师上门检测并更换整机", "留样检验，确认生产工序异常，已启动纠正预防措施"]


def e212_s21_device_qms_feedback_ledger(rng, injected=None):
    """苏州康睿医疗器械有限公司 质量管理系统（QMS）“顾客反馈台账”导出，XLSX（工作表“导出”），日期为系统时间戳（日期单元格）。

    接报由营销部各大区（华东、华南、华北）的销售/客服人员登记，营销部售后服务组评审是否构成投诉、是否需上报不良事件，
    构成投诉的开《顾客投诉处理单》，由接报大区主办，质量管理部、生产技术部协办。

    读制度 YAML 之前写下的表头：反馈单号、接报日期、客户单位、联系人、联系电话、产品名称、型号规格、生产批号、涉及数量、
    反馈内容、接报人、接报部门、是否构成投诉、是否需上报不良事件、上报日期、协办部门、处理措施、处理完成日期、客户反馈、
    总经理审批、状态。
    读过制度 YAML 后补的列：评审日期、评审部门（evaluate 环节的时间与办理部门）、处理单开具日期、处理主办部门
    （handle 环节“填写《顾客投诉处理记录》”的时间与办理部门；原有的“处理完成日期”是结案日期，处理中的投诉没有）。

    注入的违规（按规则 id 计数，共 18）：register_recorded 1（接报日期空）、batch_provided 2、quantity_provided 1、
    quantity 1（“若干”）、complaint_evaluated 2、regulator_report_decided 2、is_complaint 1（“待定”）、
    handling_recorded 2（构成投诉、已评审多时却没有处理单）、step-receive_record 1（质量管理部接报）、
    step-evaluate 1（生产技术部评审）、step-handle 1（质量管理部主办）、receive_record-evaluate 1、evaluate-handle 1、
    case_number 1（单号重复）。
    陷阱：月底接报、尚未评审的反馈（评审、结论都空）；已评审构成投诉、已开处理单、尚未结案；评审为不构成投诉的咨询、
    建议没有处理单；当天接报当天评审（时间在后）；协办部门是质量管理部、生产技术部（协办不是主办）；咨询类数量记 0。
    """
    inj = injected if injected is not None else []
    n = 46
    taken = set()
    staff = distinct_names(rng, 7, taken)
    contacts = distinct_names(rng, 24, taken)
    regions = ["营销部-华东大区", "营销部-华南大区", "营销部-华北大区"]
    after_sales = "营销部-售后服务组"
    days = sorted(_rand_day(rng, date(2025, 1, 3), date(2025, 6, 20)) for _ in range(n - 4))
    days += [date(2025, 6, 25), date(2025, 6, 26), date(2025, 6, 27), date(2025, 6, 29)]
    kinds = (["register", "batch", "batch", "qty_missing", "qty_bad", "eval_missing", "eval_missing",
              "report_missing", "report_missing", "is_bad", "handle_missing", "handle_missing",
              "recv_role", "eval_role", "handle_role", "order_re", "order_eh", "dup"])
    recvs = sorted(_at(rng, d, 8.5, 17.5) for d in days)
    plan = _assign(rng, kinds, list(range(1, n - 6)))
    # the last rows: two not yet evaluated, one complaint still being handled, one enquiry answered
    plan.update({n - 1: "open", n - 2: "open", n - 3: "handling", n - 4: "enquiry"})
    rows = []
    seq = 0
    for i, recv in enumerate(recvs):
        kind = plan.get(i, "")
        seq += 1
        number = f"FK2025{seq:04d}"
        if kind == "dup":
            number = rows[-1]["反馈单号"]
            seq -= 1
        region = rng.choice(regions)
        complaint = kind not in ("enquiry",) and (kind in ("handling", "handle_missing", "handle_role", "order_eh",
                                                           "report_missing") or rng.random() < 0.75)
        if complaint:
            product, spec, content, severe = rng.choice(_S21_COMPLAINTS)
            qty = rng.choice([1, 1, 2, 3, 5, 10, 20, 50, 100, 200])
        else:
            product, spec, content = rng.choice(_S21_FEEDBACK)
            severe = False
            qty = 0
        batch = f"KR{rng.choice(['2409', '2410', '2411', '2412', '2501', '2502', '2503'])}{rng.randint(1, 60):02d}" \
                f"{rng.choice('ABC')}"
        eval_t = _plus(rng, recv, 1.5, 50)
        handle_t = _plus(rng, eval_t, 0.5, 30) if complaint else None
        if kind == "open":
            eval_t = handle_t = None
        elif kind in ("handling", "enquiry"):
            eval_t = recv + timedelta(hours=3)
            handle_t = eval_t + timedelta(hours=1, minutes=20) if complaint else None
        if eval_t is not None and (eval_t > CUTOFF or (handle_t is not None and handle_t > CUTOFF)):
            eval_t = handle_t = None           # not evaluated yet at the cutoff
        close_t = None
        if eval_t is not None:
            start = handle_t or eval_t
            close_t = _cut(_plus(rng, start, 2 if complaint else 0.5, 400 if complaint else 8))
        if kind == "handling":
            close_t = None
        is_c = ("构成" if complaint else "不构成") if eval_t else None
        report = ("需上报" if severe else "不需上报") if eval_t else None
        report_t = _plus(rng, eval_t, 2, 40) if eval_t and severe else None
        recv_dept, eval_dept, handle_dept = region, (after_sales if eval_t else None), (region if handle_t else None)
        # --- injections
        recv_cell = recv
        if kind == "register":
            recv_cell = None
        elif kind == "batch":
            batch = None
        elif kind == "qty_missing":
            qty = None
        elif kind == "qty_bad":
            qty = "若干"
        elif kind == "eval_missing":
            is_c = None
        elif kind == "report_missing":
            report, report_t = None, None
        elif kind == "is_bad":
            is_c = "待定"
            handle_t = handle_dept = None
        elif kind == "handle_missing":
            handle_t = handle_dept = None
            close_t = None
        elif kind == "recv_role":
            recv_dept = "质量管理部"
        elif kind == "eval_role":
            eval_dept = "生产技术部"
        elif kind == "handle_role":
            handle_dept = "质量管理部"
        elif kind == "order_re":
            eval_t = recv - timedelta(days=rng.randint(1, 3), minutes=rng.randint(0, 300))
        elif kind == "order_eh":
            handle_t = eval_t - timedelta(hours=rng.randint(3, 30))
        rule = {"register": "register_recorded", "batch": "batch_provided", "qty_missing": "quantity_provided",
                "qty_bad": "quantity", "eval_missing": "complaint_evaluated",
                "report_missing": "regulator_report_decided", "is_bad": "is_complaint",
                "handle_missing": "handling_recorded", "recv_role": "step-receive_record",
                "eval_role": "step-evaluate", "handle_role": "step-handle", "order_re": "receive_record-evaluate",
                "order_eh": "evaluate-handle", "dup": "case_number"}.get(kind)
        if rule:
            inj.append((number, rule))
        if eval_t is None:
            status = "待评审"
        elif close_t is None:
            status = "处理中"
        else:
            status = "已关闭"
        helpers = None
        if handle_t is not None:
            helpers = pick(rng, [("质量管理部", 5), ("生产技术部", 2), ("质量管理部、生产技术部", 2), (None, 1)])
        if handle_t is not None:
            action = rng.choice(_S21_ACTIONS) if close_t else "已留样送检，等待检验结果"
        elif eval_t is not None and not complaint:
            action = "已电话答复客户"
        else:
            action = None
        rows.append({
            "反馈单号": number,
            "接报日期": recv_cell,
            "客户单位": rng.choice(_S21_CUSTOMERS),
            "联系人": rng.choice(contacts),
            "联系电话": mobile(rng),
            "产品名称": product,
            "型号规格": spec,
            "生产批号": batch,
            "涉及数量": qty,
            "反馈内容": content,
            "接报人": rng.choice(staff),
            "接报部门": recv_dept,
            "评审日期": eval_t,
            "评审部门": eval_dept,
            "是否构成投诉": is_c,
            "是否需上报不良事件": report,
            "上报日期": report_t,
            "协办部门": helpers,
            "处理措施": action,
            "处理单开具日期": handle_t,
            "处理主办部门": handle_dept,
            "处理完成日期": close_t,
            "客户反馈": pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)]) if close_t else None,
            "总经理审批": ("已审批" if severe or rng.random() < 0.2 else "无需") if close_t and complaint else None,
            "状态": status,
        })
    hand = {
        "procedure": "s21-medical-device-complaints",
        "sheet": "导出",
        "columns": {
            "反馈单号": "case_number",
            "接报日期": "receive_record_at",
            "接报部门": "receive_record_by",
            "反馈内容": "content",
            "生产批号": "batch",
            "涉及数量": "quantity",
            "评审日期": "evaluate_at",
            "评审部门": "evaluate_by",
            "是否构成投诉": "is_complaint",
            "是否需上报不良事件": "report_to_regulator",
            "处理单开具日期": "handle_at",
            "处理主办部门": "handle_by",
        },
        "values": {
            "is_complaint": {"构成": "yes", "不构成": "no"},
            "report_to_regulator": {"需上报": "yes", "不需上报": "no"},
        },
        "roles": {
            "营销部-华东大区": "sales", "营销部-华南大区": "sales", "营销部-华北大区": "sales",
            "营销部-售后服务组": "sales", "质量管理部": "quality", "生产技术部": "production_tech",
        },
    }
    return rows, hand


# --- 213 -----------------------------------------------------------------------------------------------------

# project master data: name, developer, completion report, completion accepted, filed, warranty book no., clause
_L5_PROJECTS = {
    "lanwan1": ("金域·澜湾花园一期", "常州金域置业有限公司", date(2019, 6, 10), date(2019, 6, 28), date(2019, 7, 8),
                "HJ3-BX-2019-011", "标准条款"),
    "lanwan2": ("金域·澜湾花园二期", "常州金域置业有限公司", date(2021, 8, 27), date(2021, 9, 15), date(2021, 9, 24),
                "HJ3-BX-2021-027", "标准条款"),
    "yuefu": ("滨江·悦府", "常州滨江城市建设发展有限公司", date(2022, 11, 8), date(2022, 11, 30), date(2022, 12, 9),
              "HJ3-BX-2022-019", "延保条款"),
    "hanlin": ("新城·翰林苑", "常州新城宏业房地产有限公司", date(2023, 4, 28), date(2023, 5, 19), date(2023, 5, 30),
               "HJ3-BX-2023-008", "标准条款"),
    "jinxiu": ("城投·锦绣家园", "常州城投置业有限公司", date(2024, 3, 8), date(2024, 3, 29), date(2024, 4, 9),
               "HJ3-BX-2024-005", "标准条款"),
    "rencai": ("高新区人才公寓A区", "常州高新区建设投资有限公司", date(2023, 12, 1), date(2023, 12, 22), date(2024, 1, 3),
               "HJ3-BX-2023-031", "标准条款"),
    "yunhe": ("运河名邸", "常州运河置业有限公司", date(2019, 12, 20), date(2020, 1, 10), date(2020, 1, 17),
              "HJ3-BX-2020-002", "延保条款"),
    "xinghe": ("天宁·星河湾", "常州星河房地产开发有限公司", date(2023, 7, 21), date(2023, 8, 10), date(2023, 9, 5),
               "HJ3-BX-2023-015", "标准条款"),
    "school": ("钟楼区第二实验小学扩建工程", "常州市钟楼区教育局", date(2024, 7, 26), date(2024, 8, 16),
               date(2024, 8, 28), None, "标准条款"),
    "longhu": ("武进·龙湖苑配套商业", "常州龙湖苑置业有限公司", date(2024, 4, 12), None, date(2024, 5, 9),
               "HJ3-BX-2024-004", "标准条款"),
    "yunhu": ("雅居乐·云湖", "常州雅居房地产开发有限公司", date(2024, 8, 30), date(2024, 9, 19), date(2024, 10, 8),
              "HJ3-BX-2024-013", "标准条款"),
    "linli": ("经开区邻里中心", "常州经开区城市发展有限公司", date(2024, 5, 17), date(2024, 6, 5), date(2024, 6, 20),
              "HJ3-BX-2024-009", "标准条款"),
}
_L5_NORMAL = ["lanwan1", "lanwan2", "yuefu", "hanlin", "jinxiu", "rencai", "yunhe", "yunhu", "linli"]
_L5_RECENT = ["jinxiu", "rencai", "yunhu", "linli"]     # accepted since December 2023: every minimum period still runs
_L5_PARTS = {   # the company's part names -> (minimum years, problems)
    "屋面渗漏": (5, ["顶层卧室顶板雨后渗水", "屋面女儿墙根部渗漏", "露台下方车库顶板渗水"]),
    "卫生间渗水": (5, ["卫生间地面渗水至楼下顶板", "淋浴区墙面返潮"]),
    "外墙渗水": (5, ["客厅外墙窗台下方渗水", "外墙面雨后内侧墙面发霉"]),
    "给排水管道": (2, ["厨房下水管接口渗漏", "给水管暗管爆裂", "卫生间排水不畅反味"]),
    "电气线路": (2, ["客厅插座回路频繁跳闸", "入户配电箱漏电保护器损坏"]),
    "门窗安装": (2, ["铝合金窗扇关闭不严", "入户门变形开关困难"]),
    "室内装修": (2, ["墙面腻子大面积开裂", "客厅地砖空鼓", "吊顶石膏板接缝开裂"]),
    "地暖供暖": (0, ["地暖分集水器漏水", "部分房间地暖不热"]),
    "主体结构": (0, ["楼板贯穿裂缝", "阳台梁裂缝"]),
    "地基基础": (0, ["单元入口台阶沉降开裂", "室外散水与墙体脱开"]),
    "室外配套": (0, ["小区道路路面沉陷", "绿化带排水井盖破损"]),
}
_L5_ACCIDENTS = ["雨篷根部断裂坠落，未造成人员伤亡", "楼梯间顶板混凝土保护层剥落坠落", "阳台栏板连接件断裂脱落",
                 "地下车库顶板局部塌落"]


def _months_later(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, d.day)


def e213_l5_contractor_warranty_ledger(rng, injected=None):
    """江苏华建建工集团第三工程公司“工程保修回访台账”（Excel 维护、另存为 CSV），GB18030，日期写“2025年3月4日”，
    事故时间写“2025年3月4日 09:05”。

    业主向建设单位客服或物业报修，转到第三工程公司登记；每行带上该项目的竣工、备案、保修书等台账信息。维修由各项目部
    或专业分包单位完成，质量事故由公司向当地住建局上报。

    读制度 YAML 之前写下的表头：报修编号、报修日期、项目名称、楼栋房号、业主姓名、联系电话、报修部位、问题描述、
    竣工验收日期、是否在保修期、责任单位、维修负责人、派工日期、上门查验日期、维修完成日期、业主验收意见、是否质量事故、
    事故上报时间、备注。
    读过制度 YAML 后补的列：接单日期（公司登记受理的日期，received_at；报修日期是业主报修的日期）、竣工报告日期、
    竣工备案日期、保修书编号、保修条款（标准条款 / 延保条款：是否约定长于第四十条的期限）、事故发生时间。

    注入的违规（按规则 id 计数，共 16）：filing_15_days 2（天宁·星河湾验收后26天才备案，两行）、
    warranty_certificate_issued 1（小学扩建工程没有保修书编号）、filing_15_days-start 1（龙湖苑配套商业没有竣工验收日期）、
    accident_report_24_hours 2、accident_report_24_hours-start 1（有上报时间、没有事故发生时间）、warranty_duty 2
    （判定在保、派工后一直没有维修）、pipes_fitout_beyond_2_years 2、waterproofing_beyond_5_years 1、
    warranty_by_contractor 1（建设单位自行维修）、component 1（“公共区域”不是部位）、complaint-warranty_repair 1
    （维修完成日期早于报修日期）、case_number 1。
    陷阱：雅居乐·云湖验收后第15天是国庆假期，假期后第一个工作日备案；经开区邻里中心第15天当天备案；新城·翰林苑一条第四十条（四）类
    报修的接单日恰好是验收满24个月那天；滨江·悦府、运河名邸约定延保，超过最低期限仍按保修维修；澜湾二期防水未满5年；
    过保的报修判定“否”、未维修；事故上报在23小时多；月底接单、尚未上门查验的报修（是否在保修期空）。
    """
    inj = injected if injected is not None else []
    n = 44
    taken = set()
    owners = distinct_names(rng, n, taken)
    leads = distinct_names(rng, 6, taken)
    units = ["第三工程公司第一项目部", "第三工程公司第二项目部", "第三工程公司第五项目部"]
    subs = {"屋面渗漏": "苏通防水工程有限公司（专业分包）", "卫生间渗水": "苏通防水工程有限公司（专业分包）",
            "外墙渗水": "苏通防水工程有限公司（专业分包）", "电气线路": "恒亮机电安装有限公司（专业分包）",
            "地暖供暖": "恒亮机电安装有限公司（专业分包）"}
    days = sorted(_rand_day(rng, date(2025, 1, 6), date(2025, 6, 18)) for _ in range(n - 4))
    days += [date(2025, 6, 24), date(2025, 6, 26), date(2025, 6, 27), date(2025, 6, 28)]
    kinds = ["late_filing", "late_filing", "no_cert", "no_completion", "acc_late", "acc_late", "acc_nostart",
             "duty", "duty", "pipes_old", "pipes_old", "wp_old", "routing", "bad_part", "order", "dup",
             # traps
             "holiday_filing", "day15_filing", "pipes_edge", "pipes_ext", "pipes_ext", "wp_4y", "acc_ok", "acc_edge"]
    plan = _assign(rng, kinds, list(range(1, n - 4)))
    # the row taken exactly 24 months after 新城·翰林苑 was accepted goes where its date falls
    edge = next(i for i, k in plan.items() if k == "pipes_edge")
    near = min(range(1, n - 4), key=lambda i: abs((days[i] - date(2025, 5, 18)).days))
    plan[edge], plan[near] = plan.get(near, ""), "pipes_edge"
    if not plan[edge]:
        del plan[edge]
    for i in range(n - 4, n):
        plan[i] = "open"
    rules = {"late_filing": "filing_15_days", "no_cert": "warranty_certificate_issued",
             "no_completion": "filing_15_days-start", "acc_late": "accident_report_24_hours",
             "acc_nostart": "accident_report_24_hours-start", "duty": "warranty_duty",
             "pipes_old": "pipes_fitout_beyond_2_years", "wp_old": "waterproofing_beyond_5_years",
             "routing": "warranty_by_contractor", "bad_part": "component", "order": "complaint-warranty_repair",
             "dup": "case_number"}
    rows = []
    seq = 0
    for i, d in enumerate(days):
        kind = plan.get(i, "")
        seq += 1
        number = f"BX25-{seq:04d}"
        if kind == "dup":
            number = rows[-1]["报修编号"]
            seq -= 1
        project = {"late_filing": "xinghe", "no_cert": "school", "no_completion": "longhu",
                   "holiday_filing": "yunhu", "day15_filing": "linli", "pipes_edge": "hanlin",
                   "pipes_old": rng.choice(["lanwan1", "lanwan2"]), "wp_old": "lanwan1",
                   "pipes_ext": "yuefu" if kind == "pipes_ext" and rng.random() < 0.5 else "yunhe",
                   "wp_4y": "lanwan2"}.get(kind) or \
            rng.choice(_L5_RECENT if kind in ("duty", "routing", "order") else _L5_NORMAL)
        name, developer, reported, accepted, filed, book, clause = _L5_PROJECTS[project]
        part = rng.choice(list(_L5_PARTS))
        if kind in ("pipes_old", "pipes_edge", "pipes_ext"):
            part = rng.choice(["给排水管道", "电气线路", "门窗安装", "室内装修"])
        elif kind in ("wp_old", "wp_4y"):
            part = rng.choice(["屋面渗漏", "卫生间渗水", "外墙渗水"])
        elif kind.startswith("acc_"):
            part = "主体结构"
        problem = rng.choice(_L5_PARTS[part][1])
        accident_t = report_t = None
        if kind.startswith("acc_"):
            problem = rng.choice(_L5_ACCIDENTS)
            accident_t = _at(rng, d, 8, 17)
            if kind == "acc_edge":
                report_t = accident_t + timedelta(hours=23, minutes=rng.randint(20, 55))
            elif kind == "acc_late":
                report_t = _plus(rng, accident_t, 27, 60)
            else:
                report_t = _plus(rng, accident_t, 1, 6)
            if kind == "acc_nostart":
                accident_t = None
        complained = d
        received = d + timedelta(days=pick(rng, [(0, 5), (1, 3), (2, 1)]))
        if kind.startswith("acc_"):
            received = d
        if kind == "pipes_edge":
            received = _months_later(accepted, 24)       # 2025-05-19: not more than 24 months
            complained = received - timedelta(days=1)
        # would the minimum period be over when the company took the report?
        years = _L5_PARTS[part][0]
        expired = bool(years) and accepted is not None and clause == "标准条款" and \
            received > _months_later(accepted, 12 * years)
        dispatched = received + timedelta(days=pick(rng, [(0, 3), (1, 4), (2, 2)]))
        inspected = dispatched + timedelta(days=pick(rng, [(0, 3), (1, 2)]))
        repaired = inspected + timedelta(days=rng.randint(1, 12))
        if repaired > date(2025, 6, 30):
            repaired = date(2025, 6, 30)
        within = "否" if expired else "是"
        verdict = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意，已二次返修", 1)])
        note = None
        if kind in ("pipes_old", "wp_old"):
            within = "是"                       # treated as warranty although the minimum period was over
        elif expired:
            repaired, verdict = None, None
            note = "已超过保修期，告知业主可委托有偿维修"
        if kind == "open":
            inspected = repaired = None
            within, verdict, note = None, None, None
            if dispatched > date(2025, 6, 30):
                dispatched = None
        unit = subs.get(part) or rng.choice(units)
        if kind == "routing":
            unit = f"建设单位（{developer}）自行维修"
            note = "业主拒绝我方进场，由建设单位委托维修"
        elif kind == "duty":
            repaired, verdict = None, None
            note = "已派工，维修班组未进场"
        elif kind == "bad_part":
            part = "公共区域"
            problem = rng.choice(["单元楼道墙面大面积空鼓", "地下车库坡道渗水"])
        elif kind == "order":
            repaired = complained - timedelta(days=rng.randint(5, 20))
        if kind in rules:
            inj.append((number, rules[kind]))
        if accident_t is not None or report_t is not None:
            note = "已按质量事故上报区住建局"
        rows.append({
            "报修编号": number,
            "报修日期": cn_date(complained),
            "接单日期": cn_date(received),
            "项目名称": name,
            "楼栋房号": f"教学楼{rng.choice('ABC')}区{rng.randint(1, 5)}0{rng.randint(1, 8)}" if project == "school" else
                    f"{rng.randint(1, 3)}号楼商铺{rng.randint(101, 126)}" if project == "longhu" else
                    f"{rng.randint(1, 18)}幢{rng.randint(1, 3)}单元{rng.randint(1, 26)}0{rng.randint(1, 4)}",
            "业主姓名": owners[i],
            "联系电话": mobile(rng),
            "报修部位": part,
            "问题描述": problem,
            "竣工报告日期": cn_date(reported),
            "竣工验收日期": cn_date(accepted) if accepted else "",
            "竣工备案日期": cn_date(filed),
            "保修书编号": book or "",
            "保修条款": clause,
            "是否在保修期": within or "",
            "责任单位": unit,
            "维修负责人": rng.choice(leads),
            "派工日期": cn_date(dispatched) if dispatched else "",
            "上门查验日期": cn_date(inspected) if inspected else "",
            "维修完成日期": cn_date(repaired) if repaired else "",
            "业主验收意见": verdict or "",
            "是否质量事故": "是" if kind.startswith("acc_") else "否",
            "事故发生时间": cn(accident_t) if accident_t else "",
            "事故上报时间": cn(report_t) if report_t else "",
            "备注": note or "",
        })
    roles = {u: "contractor" for u in units + sorted(set(subs.values()))}
    roles.update({r["责任单位"]: "developer" for r in rows if r["责任单位"].startswith("建设单位")})
    hand = {
        "procedure": "l5-construction-quality-regulation",
        "columns": {
            "报修编号": "case_number",
            "报修日期": "complaint_at",
            "接单日期": "received_at",
            "报修部位": "component",
            "竣工报告日期": "submit_completion_report_at",
            "竣工验收日期": "completion_accepted_at",
            "竣工备案日期": "filing_at",
            "保修书编号": "warranty_certificate",
            "保修条款": "warranty_agreed_longer",
            "是否在保修期": "within_warranty",
            "责任单位": "warranty_repair_by",
            "维修完成日期": "warranty_repair_at",
            "事故发生时间": "accident_at",
            "事故上报时间": "accident_report_at",
        },
        "values": {
            "component": {
                "屋面渗漏": "waterproofing", "卫生间渗水": "waterproofing", "外墙渗水": "waterproofing",
                "给排水管道": "pipes_installation_fitout", "电气线路": "pipes_installation_fitout",
                "门窗安装": "pipes_installation_fitout", "室内装修": "pipes_installation_fitout",
                "地暖供暖": "heating_cooling", "主体结构": "foundation_structure", "地基基础": "foundation_structure",
                "室外配套": "other",
            },
            "warranty_agreed_longer": {"标准条款": "no", "延保条款": "yes"},
            "within_warranty": {"是": "yes", "否": "no"},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("212-s21-device-qms-feedback-ledger.xlsx", "xlsx", e212_s21_device_qms_feedback_ledger),
    ("213-l5-contractor-warranty-ledger.csv", "gb18030", e213_l5_contractor_warranty_ledger),
]
