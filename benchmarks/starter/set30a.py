"""Starter-profile benchmark exports 172-173 (set 30a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 172 173    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = date(2025, 6, 30)   # the exports were taken on 30 June 2025; later steps have not happened


def _next_workday(d):
    while not workday(d):
        d += timedelta(days=1)
    return d


def _plus_workdays(d, k):
    d = _next_workday(d)
    while k > 0:
        d += timedelta(days=1)
        k -= workday(d)
    return d


def _rand_day(rng, lo=date(2025, 1, 3), hi=date(2025, 6, 26)):
    return _next_workday(lo + timedelta(days=rng.randint(0, (hi - lo).days)))


def _upto(d):
    """A step date only if it had happened by the day the export was taken."""
    return d if d is not None and d <= CUTOFF else None


def _pick_cases(rng, cases, k, ok, used):
    """k cases not yet used for an injection or trap, each satisfying ok(case)."""
    pool = [c for c in cases if id(c) not in used and ok(c)]
    chosen = rng.sample(pool, k)
    used.update(id(c) for c in chosen)
    return chosen


# --- 172: S44, a building-materials plant's customer quality-complaint tracker (Excel, XLSX) -------------------------

_S44_CUSTOMERS = [
    # 客户名称, 工程/项目
    ("常州嘉宏建筑装饰工程有限公司", "武进万达广场二期精装修"),
    ("江苏南通二建集团有限公司常州分公司", "金坛华府天地12#楼"),
    ("溧阳市城建建材经营部", "门市零售"),
    ("无锡市锡山区东亭鑫达建材商行", "门市零售"),
    ("中天建设集团有限公司", "常州新北区龙湖天街"),
    ("镇江华厦建筑劳务有限公司", "丹阳吾悦广场住宅三标段"),
    ("常州金坛城投建设有限公司", "金坛区第二人民医院门诊楼"),
    ("苏州金螳螂建筑装饰股份有限公司", "常州环球港酒店改造"),
    ("宜兴市恒达建材贸易有限公司", "代理商"),
    ("南京大地建设集团有限责任公司", "句容碧桂园凤凰城D区"),
    ("江苏沪宁钢机建设工程有限公司", "溧阳高新区标准厂房"),
    ("常州武进区湖塘佳美装饰材料店", "门市零售"),
]
_S44_PRODUCTS = [
    # 产品名称, 规格型号, 投诉内容（本厂问题）, 原因分析, 整改措施
    ("纸面石膏板", "9.5×1200×3000 普通", "板面局部起鼓、护面纸与芯材粘结不牢", "干燥窑三区温度波动，护面纸粘结剂配比偏低",
     "调整干燥窑温控参数，粘结剂按工艺卡复核，出厂抽检加测粘结性能"),
    ("纸面石膏板", "12×1200×2400 耐水", "耐水板吸水率超标，卫生间吊顶受潮下垂", "防水剂计量泵堵塞，掺量不足",
     "更换计量泵并增加每班点检，批次吸水率全检一周"),
    ("干混砌筑砂浆", "DM M7.5", "砂浆和易性差、凝结时间明显偏长", "缓凝剂称量误差，配料系统秤未按期校准",
     "配料秤重新校准，纳入月度计量检定计划"),
    ("干混抹灰砂浆", "DP M10", "抹灰层大面积空鼓开裂", "机制砂含粉量超标，进厂检验漏检",
     "加严机制砂进厂检验，含粉量每车必检"),
    ("蒸压加气混凝土砌块", "B06 A3.5 600×240×200", "砌块缺棱掉角严重，抗压强度不足", "蒸压釜恒压时间不足，出釜后码垛碰撞",
     "恢复恒压时间工艺要求，更换码垛夹具并培训叉车工"),
    ("蒸压加气混凝土砌块", "B05 A3.5 600×200×250", "同批砌块尺寸偏差超出标准", "切割机钢丝磨损未及时更换",
     "切割钢丝改为按产量更换，首件尺寸检验"),
    ("瓷砖胶", "C1T 20kg", "瓷砖铺贴后空鼓脱落", "可再分散乳胶粉批次质量波动", "更换乳胶粉供应商批次，增加拉伸粘结强度抽检"),
    ("石膏基自流平", "SL-25", "地面起砂、强度不足", "减水剂失效批次混用", "隔离失效原料，建立原料保质期标识"),
]
_S44_NOT_OURS = [
    # 投诉内容, 结论
    ("纸面石膏板接缝处开裂", "施工使用不当"),
    ("砂浆抹灰后表面泛白起粉", "施工使用不当"),
    ("砌块墙体出现裂缝", "非本厂质量问题"),
    ("石膏板受潮发霉", "储存不当"),
    ("瓷砖胶铺贴后个别砖面高低不平", "施工使用不当"),
    ("自流平表面出现气泡", "非本厂质量问题"),
]
_S44_OPINIONS = [("退货", 30), ("换货", 25), ("现场修补", 20), ("折价让步接收", 15), ("补发", 10)]


def e172_s44_building_materials_complaint_tracker(rng, injected=None):
    """常州金坛某新型建材有限公司（纸面石膏板、干混砂浆、蒸压加气砌块）客服部的《客户质量投诉跟踪台账》：客服内勤在
    Excel 里一件一行登记，质检部在同一张表里补填分析、处理和跟进；导出为 XLSX，日期是 Excel 日期单元格（接报、通知
    带时分，其余只记日）。

    列（按原文写下，未看制度 YAML）：客诉编号、接报时间、接报部门、接报人、客户名称、工程/项目、联系人、联系电话、
    产品名称、规格型号、生产批号、发货日期、投诉内容、通知质检生产时间、是否到现场、现场确认日期、确认结论、
    投诉单号（《质量异常信息投诉单》）、投诉单提交日期、原因分析、处理意见、反馈单号（《质量异常信息反馈单》）、
    反馈单日期、整改措施、退货申请表号、退货签批完成日期、退货完成日期、复印存档、跟进人、跟进情况、结案日期、
    状态、备注。

    读过制度 YAML 后补的列：告知客户日期（非本厂问题时通知客户自行处理的日期）、投诉单填报部门、反馈单编制部门、
    退货申请部门、跟进日期（质检部最后一次跟进落实的日期）。“复印存档”一列记的是五个部门复印存档完成的日期。

    注入（按规则 id，共 16 处）：complaint_form_for_own_issue 2（本厂问题未填投诉单）、countermeasure_form_before_close 2
    （结案但没有反馈单）、follow_up_until_solved 2（结案但没有跟进记录）、return_request_before_return 1（退货完成却没有
    退货申请表）、return_form_archived 2（退货后结案，申请表未复印存档）、receive_by_customer_service_or_sales 1（质检部
    直接接报）、complaint_form_by_customer_service 1（销售一部填的投诉单）、countermeasure_by_quality_inspection 1（工艺
    技术部编的反馈单）、follow_up_by_quality_inspection 1（客服人员自己跟进）、complaint_form-countermeasure 1（反馈单
    日期早于投诉单）、return_request-process_return 1（退货先于签批完成）、case_number 1（重复编号）。
    陷阱（都不应报告）：销售一部/销售二部接报（4.1 允许销售部接报）；非本厂质量问题、施工使用不当的件结案时
    没有投诉单、反馈单和跟进记录；本厂问题仍在处理、尚无反馈单或跟进记录（未结案）；已退货未结案、尚未复印存档；
    投诉单与反馈单同一天；处理意见为退货但退货尚未办理（在办）。
    """
    used = set()
    cs_staff = distinct_names(rng, 3, used)
    sales1 = distinct_names(rng, 2, used)
    sales2 = distinct_names(rng, 2, used)
    qc_staff = distinct_names(rng, 3, used)
    tech_staff = distinct_names(rng, 1, used)
    receivers = {"客服部": cs_staff, "销售一部": sales1, "销售二部": sales2, "质检部": qc_staff}

    n = 42
    cases = []
    for _ in range(n):
        day = _rand_day(rng, hi=date(2025, 6, 25))
        t = datetime(day.year, day.month, day.day, rng.randint(8, 16), rng.randint(0, 59))
        cases.append({"t": t, "inj": [], "trap": None})
    cases.sort(key=lambda c: c["t"])
    per_month = {}
    for c in cases:
        ym = (c["t"].year, c["t"].month)
        per_month[ym] = per_month.get(ym, 0) + 1
        c["no"] = f"KS{c['t']:%y%m}-{per_month[ym]:03d}"

    for c in cases:
        rday = c["t"].date()
        c["dept"] = pick(rng, [("客服部", 65), ("销售一部", 20), ("销售二部", 15)])
        c["receiver"] = rng.choice(receivers[c["dept"]])
        c["cust"], c["proj"] = rng.choice(_S44_CUSTOMERS)
        c["contact"] = person_name(rng)
        c["phone"] = mobile(rng)
        c["notify"] = c["t"] + timedelta(minutes=rng.randint(10, 150))
        c["ship"] = rday - timedelta(days=rng.randint(5, 60))
        c["batch"] = f"{c['ship'] - timedelta(days=rng.randint(1, 6)):%Y%m%d}-{rng.choice('ABC')}{rng.randint(1, 3)}"
        c["visit"] = rng.random() < 0.7
        c["visit_day"] = _upto(_plus_workdays(rday, rng.randint(1, 4))) if c["visit"] else None
        concl_day = c["visit_day"] or _upto(_plus_workdays(rday, rng.randint(1, 3)))
        if c["visit"] and c["visit_day"] is None:
            concl_day = None
        c["own"] = None if concl_day is None else (rng.random() < 0.68)
        c["concl_day"] = concl_day
        if c["own"] is False:
            content, verdict = rng.choice(_S44_NOT_OURS)
            c["product"] = rng.choice(_S44_PRODUCTS)
            c["content"], c["verdict"] = content, verdict
            c["tell"] = _upto(concl_day + timedelta(days=rng.randint(0, 2)))
            c["closed"] = _upto(c["tell"] + timedelta(days=rng.randint(0, 3))) if c["tell"] else None
            continue
        prod = rng.choice(_S44_PRODUCTS)
        c["product"] = prod
        c["content"] = prod[2]
        if c["own"] is None:
            c["verdict"] = ""
            c["closed"] = None
            continue
        c["verdict"] = "本厂质量问题"
        c["form_day"] = concl_day
        c["form_by"] = "客服部"
        fb = _plus_workdays(concl_day, rng.randint(0, 5))
        c["fb_day"] = _upto(fb)
        c["fb_by"] = "质检部"
        c["opinion"] = pick(rng, _S44_OPINIONS)
        last = fb
        if c["opinion"] == "退货":
            sign = _plus_workdays(fb, rng.randint(1, 3))
            done = sign + timedelta(days=rng.randint(2, 8))
            arch = done + timedelta(days=rng.randint(0, 3))
            c["ret_sign"], c["ret_done"], c["ret_arch"] = _upto(sign), _upto(done), _upto(arch)
            c["ret_by"] = "客服部"
            last = arch
        fu = last + timedelta(days=rng.randint(5, 15))
        c["fu_day"] = _upto(fu)
        c["fu_by"] = rng.choice(qc_staff)
        c["closed"] = _upto(fu + timedelta(days=rng.randint(0, 5)))
        if c["fb_day"] is None:
            c["opinion"] = ""

    def own_closed(c, ret=None):
        if c["own"] is not True or c["closed"] is None:
            return False
        if ret is None:
            return True
        return (c["opinion"] == "退货") == ret

    # --- injections ---
    for c in _pick_cases(rng, cases, 2, lambda c: c["own"] is True and c["opinion"] != "退货", used):
        c["form_day"] = None
        c["form_by"] = None
        c["inj"].append("complaint_form_for_own_issue")
    for c in _pick_cases(rng, cases, 2, lambda c: own_closed(c, ret=False), used):
        c["fb_day"] = None
        c["fb_by"] = None
        c["inj"].append("countermeasure_form_before_close")
    for c in _pick_cases(rng, cases, 2, lambda c: own_closed(c, ret=False), used):
        c["fu_day"] = None
        c["fu_by"] = None
        c["inj"].append("follow_up_until_solved")
    for c in _pick_cases(rng, cases, 1, lambda c: own_closed(c, ret=True), used):
        c["ret_sign"] = None
        c["ret_by"] = None
        c["no_ret_form"] = True
        c["inj"].append("return_request_before_return")
    for c in _pick_cases(rng, cases, 2, lambda c: own_closed(c, ret=True), used):
        c["ret_arch"] = None
        c["inj"].append("return_form_archived")
    for c in _pick_cases(rng, cases, 1, lambda c: True, used):
        c["dept"] = "质检部"
        c["receiver"] = rng.choice(qc_staff)
        c["inj"].append("receive_by_customer_service_or_sales")
    for c in _pick_cases(rng, cases, 1, lambda c: c["own"] is True, used):
        c["form_by"] = "销售一部"
        c["inj"].append("complaint_form_by_customer_service")
    for c in _pick_cases(rng, cases, 1, lambda c: c["own"] is True and c["fb_day"] is not None, used):
        c["fb_by"] = "工艺技术部"
        c["inj"].append("countermeasure_by_quality_inspection")
    for c in _pick_cases(rng, cases, 1, lambda c: own_closed(c), used):
        c["fu_by"] = c["receiver"] if c["dept"] == "客服部" else rng.choice(cs_staff)
        c["inj"].append("follow_up_by_quality_inspection")
    for c in _pick_cases(rng, cases, 1, lambda c: c["own"] is True and c["fb_day"] is not None, used):
        c["fb_day"] = c["form_day"] - timedelta(days=rng.randint(1, 3))
        c["inj"].append("complaint_form-countermeasure")
    for c in _pick_cases(rng, cases, 1, lambda c: c["own"] is True and c["opinion"] == "退货"
                         and c.get("ret_done") is not None, used):
        c["ret_done"] = c["ret_sign"] - timedelta(days=rng.randint(1, 2))
        c["inj"].append("return_request-process_return")

    # --- traps (marked so the duplicate below does not land on them) ---
    for c in _pick_cases(rng, cases, 2, lambda c: c["own"] is True and c["fb_day"] is not None
                         and c["opinion"] != "退货", used):
        c["fb_day"] = c["form_day"]            # 投诉单与反馈单同一天
        c["trap"] = "same_day"
    recent = lambda c: (c["own"] is True and c["t"].date() >= date(2025, 6, 3) and c.get("form_day") is not None
                        and c["form_day"] <= date(2025, 6, 20))
    for c in _pick_cases(rng, cases, 1, recent, used):          # 本厂问题在办，质检部尚未出反馈单
        c["fb_day"], c["opinion"], c["fu_day"], c["closed"] = None, "", None, None
        c["trap"] = "open_no_feedback"
    for c in _pick_cases(rng, cases, 2, recent, used):          # 同意退货：一件已退货未结案、未存档，一件尚未退货
        c["fb_day"] = _plus_workdays(c["form_day"], 1)
        c["opinion"], c["ret_by"] = "退货", "客服部"
        c["ret_sign"] = _plus_workdays(c["fb_day"], 1)
        c["ret_done"] = c["ret_sign"] + timedelta(days=2) if c["trap"] is None and not any(
            x.get("trap") == "returned_open" for x in cases) else None
        c["ret_arch"], c["fu_day"], c["closed"] = None, None, None
        c["trap"] = "returned_open" if c["ret_done"] else "return_pending"

    i = next(i for i, c in enumerate(cases) if i > 20 and id(c) not in used and id(cases[i - 1]) not in used)
    cases[i]["no"] = cases[i - 1]["no"]
    cases[i]["inj"].append("case_number")

    if injected is not None:
        injected += [(c["no"], inj) for c in cases for inj in c["inj"]]

    rows = []
    seq = 0
    for c in cases:
        prod = c["product"]
        own = c["own"]
        r = Case()
        r["客诉编号"] = c["no"]
        r["接报时间"] = c["t"]
        r["接报部门"] = c["dept"]
        r["接报人"] = c["receiver"]
        r["客户名称"] = c["cust"]
        r["工程/项目"] = c["proj"]
        r["联系人"] = c["contact"]
        r["联系电话"] = c["phone"]
        r["产品名称"] = prod[0]
        r["规格型号"] = prod[1]
        r["生产批号"] = c["batch"]
        r["发货日期"] = c["ship"]
        r["投诉内容"] = c["content"]
        r["通知质检生产时间"] = c["notify"]
        r["是否到现场"] = "是" if c["visit"] else "否"
        r["现场确认日期"] = c["visit_day"]
        r["确认结论"] = c["verdict"]
        r["告知客户日期"] = c.get("tell") if own is False else None
        has_form = own is True and c.get("form_day") is not None
        if has_form:
            seq += 1
        r["投诉单号"] = f"QE-T-{c['form_day']:%y%m}{seq:03d}" if has_form else ""
        r["投诉单提交日期"] = c.get("form_day") if own is True else None
        r["投诉单填报部门"] = (c.get("form_by") or "") if own is True else ""
        if own is True and c.get("fb_day") is not None:
            r["原因分析"] = prod[3]
        elif own is False:
            r["原因分析"] = {"施工使用不当": "现场核查为施工工艺不符合产品使用说明", "储存不当": "客户露天堆放未覆盖，受潮",
                          "非本厂质量问题": "抽检留样合格，问题系基层/结构原因"}[c["verdict"]]
        else:
            r["原因分析"] = ""
        if own is True:
            r["处理意见"] = c["opinion"]
        elif own is False:
            r["处理意见"] = "由客户自行处理"
        else:
            r["处理意见"] = ""
        has_fb = own is True and c.get("fb_day") is not None
        r["反馈单号"] = f"QE-F-{c['fb_day']:%y%m}{rng.randint(100, 999)}" if has_fb else ""
        r["反馈单日期"] = c.get("fb_day") if own is True else None
        r["反馈单编制部门"] = (c.get("fb_by") or "") if own is True else ""
        r["整改措施"] = prod[4] if has_fb else ""
        is_ret = own is True and c["opinion"] == "退货"
        r["退货申请表号"] = (f"TH{c['ret_sign']:%Y%m%d}{rng.randint(1, 9):02d}"
                        if is_ret and c.get("ret_sign") is not None else "")
        r["退货签批完成日期"] = c.get("ret_sign") if is_ret else None
        r["退货申请部门"] = (c.get("ret_by") or "") if is_ret and c.get("ret_sign") is not None else ""
        r["退货完成日期"] = c.get("ret_done") if is_ret else None
        r["复印存档"] = c.get("ret_arch") if is_ret else None
        r["跟进人"] = (c.get("fu_by") or "") if own is True and c.get("fu_day") is not None else ""
        r["跟进日期"] = c.get("fu_day") if own is True else None
        if own is True and c.get("fu_day") is not None:
            r["跟进情况"] = rng.choice(["整改措施已落实，后续批次未再发生", "已回访客户，客户认可处理结果",
                                     "连续三批出厂检验合格，问题关闭", "措施已执行，继续关注下批次"])
        else:
            r["跟进情况"] = ""
        r["结案日期"] = c["closed"]
        r["状态"] = "已结案" if c["closed"] else ("待确认" if own is None else "处理中")
        remark = ""
        if c.get("no_ret_form"):
            remark = "客户急需，先行退货"
        elif "follow_up_until_solved" in c["inj"]:
            remark = "客户电话确认已解决"
        elif own is None:
            remark = "待现场确认"
        r["备注"] = remark
        rows.append(r)

    roles = {"客服部": "customer_service", "销售一部": "sales", "销售二部": "sales", "质检部": "quality_inspection",
             "工艺技术部": "process_tech"}
    roles.update({name: "quality_inspection" for name in qc_staff})
    roles.update({name: "customer_service" for name in cs_staff})
    hand = {
        "procedure": "s44-customer-quality-complaints-2017",
        "sheet": "导出",
        "columns": {
            "客诉编号": "case_number",
            "接报时间": "receive_at",
            "接报部门": "receive_by",
            "投诉内容": "content",
            "现场确认日期": "investigate_at",
            "确认结论": "own_quality_issue",
            "告知客户日期": "customer_self_handle_at",
            "投诉单提交日期": "complaint_form_at",
            "投诉单填报部门": "complaint_form_by",
            "处理意见": "return_approved",
            "反馈单日期": "countermeasure_at",
            "反馈单编制部门": "countermeasure_by",
            "退货签批完成日期": "return_request_at",
            "退货申请部门": "return_request_by",
            "退货完成日期": "process_return_at",
            "复印存档": "archive_return_at",
            "跟进人": "follow_up_by",
            "跟进日期": "follow_up_at",
            "结案日期": "closed_at",
        },
        "values": {
            "own_quality_issue": {"本厂质量问题": True, "非本厂质量问题": False, "施工使用不当": False,
                                  "储存不当": False},
            "return_approved": {"退货": True, "换货": False, "现场修补": False, "折价让步接收": False, "补发": False,
                                "由客户自行处理": False},
        },
        "roles": roles,
    }
    return rows, hand


def e173_s31_zhenjiang_district_quality_complaint_register(rng, injected=None):
    """镇江市京口区住房和城乡建设局（区建设工程质量监督站）《建筑工程质量投诉登记簿》：纸质登记簿由内勤按月录入
    Excel，另存为 CSV（GB18030）报市质监站；日期写成 2025年3月4日（只记日期）。一件投诉一行，区政府、市局交办的件
    也登记。

    列（按原文写下，未看制度 YAML）：登记号、收件日期、投诉方式（来信/来电/来访/电子邮件/交办）、交办单位、投诉人、
    联系电话、住址、工程名称、工程地点、工程类别、建设单位（开发商）、施工单位、工程状况（在建/已竣工）、
    竣工验收日期、投诉内容、是否先与建设单位协商、建设单位处理情况、受理意见、承办人、现场核查日期、核查结论、
    责令整改通知书编号、限期修复日期、修复情况、复查日期、调解情况、答复投诉人日期、反馈交办单位日期、办结日期、
    备注。

    读过制度 YAML 后补的列：向建设单位报修日期（投诉人自述或建设单位回执上的首次报修日期）、受理日期、承办单位。
    “投诉方式”只记来信/来电/来访/电子邮件，交办的件在“交办单位”写明交办机关，直接受理的空着。

    注入（按规则 id，共 12 处）：developer_contacted_first 3（没有先找建设单位、报修日期空）、contact_developer-complain 2
    （报修日期晚于收件日期：站里让投诉人先去报修）、complain-accept 1（受理日期早于收件日期，录入笔误）、
    accept-report_back 1（受理前就向交办单位回了“已收悉”）、report_back_to_superior 2（交办件已办结、未反馈交办单位）、
    accept_by_competent_body 2（承办单位写的是建设单位：转开发商自行处理）、case_number 1（重复登记号）。
    陷阱（都不应报告）：交办件尚未办结、还没有反馈（在办）；直接受理的件办结时没有反馈日期；报修当天就来投诉（同日）；
    受理当天即反馈交办单位（同日）；市质监站、区住建局承办（第五条允许）；建设单位“已维修、投诉人仍不满意”的件。
    """
    used = set()
    clerk = distinct_names(rng, 1, used)[0]
    officers = distinct_names(rng, 4, used)

    projects = [
        # 工程名称, 工程地点, 工程类别, 建设单位, 施工单位, 工程状况
        ("京口区润州花园三期8#楼", "京口区学府路", "房屋建筑工程", "镇江润州置业有限公司", "江苏华建建设股份有限公司", "已竣工"),
        ("象山新城安置房二期", "京口区象山街道", "房屋建筑工程", "镇江市京口区城市建设投资有限公司", "镇江建工建设集团有限公司", "已竣工"),
        ("金山湖壹号院5#楼", "京口区禹山北路", "房屋建筑工程", "镇江金湖房地产开发有限公司", "中天建设集团有限公司", "在建"),
        ("谏壁街道农民集中居住区", "京口区谏壁街道", "房屋建筑工程", "镇江市京口区谏壁街道办事处", "江苏恒通建设工程有限公司", "已竣工"),
        ("京口区实验小学改扩建", "京口区梦溪路", "房屋建筑工程", "镇江市京口区教育局", "江苏镇江二建工程有限公司", "在建"),
        ("江滨新村老旧小区改造", "京口区江滨路", "建筑装饰装修工程", "镇江市京口区住房和城乡建设局", "镇江市丹徒建筑工程有限公司", "已竣工"),
        ("华润悦府12#楼", "京口区新民东路", "房屋建筑工程", "镇江华润置地有限公司", "中建八局第三建设有限公司", "已竣工"),
        ("丁卯科技园研发楼", "京口区丁卯桥路", "房屋建筑工程", "镇江丁卯科技园开发有限公司", "南通四建集团有限公司", "在建"),
        ("碧桂园江山樾9#楼", "京口区官塘桥路", "房屋建筑工程", "镇江碧桂园房地产开发有限公司", "广东腾越建筑工程有限公司", "已竣工"),
        ("大港片区给排水管网改造", "京口区大港", "设备安装工程", "镇江市京口区水务局", "江苏润扬管道工程有限公司", "已竣工"),
    ]
    defects = [
        ("卧室顶板渗水，雨天滴漏", "屋面防水层局部破损"),
        ("外墙窗边渗水，墙面发霉", "窗框与墙体间打胶不密实"),
        ("客厅墙体多处裂缝", "填充墙与框架梁交接处未挂网"),
        ("卫生间渗漏至楼下", "防水层上翻高度不足"),
        ("地下室车库侧墙渗水", "后浇带止水钢板焊接不严"),
        ("室内地坪空鼓起砂", "地坪找平层养护不到位"),
        ("外墙保温层脱落", "保温板粘结面积不足"),
        ("排水立管接口渗漏", "管件承插口未做密封"),
        ("楼梯栏杆松动", "预埋件焊接不牢"),
    ]
    dev_handling = [("拒不维修", 25), ("推诿未修", 25), ("维修后仍渗漏", 25), ("逾期未修", 15),
                    ("已维修，投诉人仍不满意", 10)]
    superiors = ["区政府办公室", "镇江市住房和城乡建设局", "12345热线", "区信访局"]

    n = 36
    cases = []
    for _ in range(n):
        cases.append({"recv": _rand_day(rng, hi=date(2025, 6, 26)), "inj": []})
    cases.sort(key=lambda c: c["recv"])
    for k, c in enumerate(cases, 1):
        c["no"] = f"京口质投〔2025〕{k}号"

    for c in cases:
        recv = c["recv"]
        c["proj"] = rng.choice(projects)
        c["defect"] = rng.choice(defects)
        c["channel"] = pick(rng, [("来访", 35), ("来电", 30), ("来信", 20), ("电子邮件", 15)])
        c["superior"] = rng.choice(superiors) if rng.random() < 0.4 else ""
        c["contact"] = recv - timedelta(days=rng.randint(7, 90))
        c["dev"] = pick(rng, dev_handling)
        c["accept"] = _upto(_plus_workdays(recv, rng.randint(0, 3)))
        c["unit"] = pick(rng, [("区质监站", 80), ("区住建局", 12), ("市质监站", 8)])
        c["officer"] = rng.choice(officers)
        acc = c["accept"] or recv
        c["check"] = _upto(_plus_workdays(acc, rng.randint(1, 5)))
        if c["check"]:
            c["notice_no"] = f"京质整改〔2025〕{rng.randint(10, 99)}号"
            c["fix_by"] = c["check"] + timedelta(days=rng.choice([15, 20, 30]))
            c["recheck"] = _upto(c["fix_by"] + timedelta(days=rng.randint(0, 7)))
        else:
            c["notice_no"], c["fix_by"], c["recheck"] = "", None, None
        c["reply"] = _upto(c["recheck"] + timedelta(days=rng.randint(0, 3))) if c["recheck"] else None
        c["closed"] = _upto(c["reply"] + timedelta(days=rng.randint(0, 4))) if c["reply"] else None
        if c["superior"] and c["closed"]:
            c["report"] = c["closed"] - timedelta(days=rng.randint(0, 2))
            if c["reply"] and c["report"] < c["reply"]:
                c["report"] = c["reply"]
        else:
            c["report"] = None
        c["trap"] = None

    # --- injections ---
    for c in _pick_cases(rng, cases, 3, lambda c: True, used):
        c["contact"] = None
        c["dev"] = "未联系"
        c["inj"].append("developer_contacted_first")
    for c in _pick_cases(rng, cases, 2, lambda c: c["accept"] is not None, used):
        c["contact"] = c["recv"] + timedelta(days=rng.randint(1, 4))
        c["inj"].append("contact_developer-complain")
    for c in _pick_cases(rng, cases, 1, lambda c: c["accept"] is not None and c["recv"].day >= 11, used):
        c["accept"] = c["recv"] - timedelta(days=10)        # 录成了上一旬
        c["contact"] = min(c["contact"], c["accept"] - timedelta(days=3))
        c["inj"].append("complain-accept")
    for c in _pick_cases(rng, cases, 1, lambda c: c["superior"] and c["accept"] is not None and c["closed"]
                         and c["accept"] > c["recv"], used):
        c["report"] = c["recv"]
        c["inj"].append("accept-report_back")
    for c in _pick_cases(rng, cases, 2, lambda c: c["superior"] and c["closed"], used):
        c["report"] = None
        c["inj"].append("report_back_to_superior")
    for c in _pick_cases(rng, cases, 2, lambda c: c["accept"] is not None, used):
        c["unit"] = c["proj"][3]
        c["inj"].append("accept_by_competent_body")

    # --- traps ---
    for c in _pick_cases(rng, cases, 1, lambda c: c["accept"] is not None, used):
        c["unit"] = "市质监站"                                  # 市站直接承办（第五条允许）
        c["trap"] = "city_station"
    for c in _pick_cases(rng, cases, 1, lambda c: True, used):
        c["contact"] = c["recv"]
        c["trap"] = "same_day_contact"
    for c in _pick_cases(rng, cases, 1, lambda c: c["superior"] and c["closed"] and c["accept"], used):
        c["report"] = c["accept"]
        c["trap"] = "same_day_report"

    i = next(i for i, c in enumerate(cases) if i > 18 and id(c) not in used and id(cases[i - 1]) not in used)
    cases[i]["no"] = cases[i - 1]["no"]
    cases[i]["inj"].append("case_number")

    if injected is not None:
        injected += [(c["no"], inj) for c in cases for inj in c["inj"]]

    def cn(d):
        return f"{d.year}年{d.month}月{d.day}日" if d else ""

    rows = []
    for c in cases:
        proj = c["proj"]
        complainant = person_name(rng)
        r = Case()
        r["登记号"] = c["no"]
        r["收件日期"] = cn(c["recv"])
        r["投诉方式"] = c["channel"]
        r["交办单位"] = c["superior"]
        r["投诉人"] = complainant
        r["联系电话"] = mobile(rng)
        if proj[5] == "已竣工":
            r["住址"] = f"{proj[0].rstrip('楼')}{rng.randint(1, 3)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室" \
                if "楼" in proj[0] else f"{proj[1]}{rng.randint(1, 60)}号"
        else:
            r["住址"] = f"{proj[1]}{rng.randint(1, 60)}号"
        r["工程名称"] = proj[0]
        r["工程地点"] = proj[1]
        r["工程类别"] = proj[2]
        r["建设单位"] = proj[3]
        r["施工单位"] = proj[4]
        r["工程状况"] = "在建" if proj[5] == "在建" else "已竣工（保修期内）"
        r["竣工验收日期"] = cn(date(rng.choice([2021, 2022, 2023, 2024]), rng.randint(1, 12), rng.randint(1, 28))) \
            if proj[5] == "已竣工" else ""
        r["投诉内容"] = c["defect"][0]
        r["是否先与建设单位协商"] = "否" if c["contact"] is None else "是"
        r["向建设单位报修日期"] = cn(c["contact"])
        r["建设单位处理情况"] = c["dev"]
        r["受理意见"] = "予以受理" if c["accept"] else "待定"
        r["受理日期"] = cn(c["accept"])
        r["承办单位"] = c["unit"] if c["accept"] else ""
        r["承办人"] = c["officer"] if c["accept"] and c["unit"] in ("区质监站", "区住建局") else ""
        r["现场核查日期"] = cn(c["check"])
        r["核查结论"] = f"{c['defect'][1]}，属施工质量缺陷" if c["check"] else ""
        r["责令整改通知书编号"] = c["notice_no"]
        r["限期修复日期"] = cn(c["fix_by"])
        r["修复情况"] = ("已修复" if c["recheck"] else "修复中") if c["check"] else ""
        r["复查日期"] = cn(c["recheck"])
        r["调解情况"] = rng.choice(["双方达成一致", "建设单位承担维修费用", "投诉人认可维修结果", ""]) if c["recheck"] else ""
        r["答复投诉人日期"] = cn(c["reply"])
        r["反馈交办单位日期"] = cn(c["report"])
        r["办结日期"] = cn(c["closed"])
        remark = ""
        if "contact_developer-complain" in c["inj"]:
            remark = "来访时告知先向建设单位报修，已补报修回执"
        elif "accept_by_competent_body" in c["inj"]:
            remark = "转建设单位自行处理"
        elif "accept-report_back" in c["inj"]:
            remark = "收件当日电话回复交办单位已收悉"
        elif c["superior"] and not c["closed"]:
            remark = "在办"
        r["备注"] = remark
        rows.append(r)

    roles = {"区质监站": "complaint_office", "市质监站": "complaint_office", "区住建局": "district_authority"}
    roles.update({p[3]: "developer" for p in projects})
    hand = {
        "procedure": "s31-zhenjiang-building-quality-complaints",
        "encoding": "gb18030",
        "columns": {
            "登记号": "case_number",
            "收件日期": "complain_at",
            "投诉方式": "channel",
            "交办单位": "referred_by_superior",
            "向建设单位报修日期": "contact_developer_at",
            "建设单位处理情况": "developer_fulfilled_warranty",
            "受理日期": "accept_at",
            "承办单位": "accept_by",
            "反馈交办单位日期": "report_back_at",
            "办结日期": "closed_at",
        },
        "values": {
            "channel": {"来信": "letter", "来电": "phone", "来访": "visit", "电子邮件": "email"},
            "referred_by_superior": {s: "yes" for s in superiors},
            "developer_fulfilled_warranty": {"拒不维修": "no", "推诿未修": "no", "维修后仍渗漏": "no", "逾期未修": "no",
                                             "已维修，投诉人仍不满意": "yes", "未联系": ""},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("172-s44-building-materials-complaint-tracker.xlsx", "xlsx", e172_s44_building_materials_complaint_tracker),
    ("173-s31-zhenjiang-district-quality-register.csv", "gb18030",
     e173_s31_zhenjiang_district_quality_complaint_register),
]
