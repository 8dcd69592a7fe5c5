"""Starter-profile benchmark exports 262-263 (set 45a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 262 263    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile


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


def _slash(t):
    return "" if t is None else f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"


def e262_s30_tianyi_space_crm_complaint_orders(rng, injected=None):
    """中国电信天翼空间运营中心 客服工单系统（CRM）“投诉工单”查询页导出，CSV（UTF-8 带 BOM），日期写作 2025/3/4 9:05。
    运营中心自己受理省分转来的和集团渠道转来的投诉工单，系统里有受理渠道、渠道归属两个下拉框，
    有效性判定和四个“无效原因”勾选项（是/否）。

    读制度 YAML 之前写下的表头（只读了种子 S30 原文）：工单号、建单时间、受理渠道、渠道归属（省内/集团）、
    工单类别（投诉/咨询转投诉/障碍转投诉）、客户名称、联系号码、涉及产品、投诉内容、有效性判定、无效原因、
    处理组、处理人、处理结果、回复客户时间、结单时间、满意度。
    读过制度 YAML 后补的列：无效原因在 YAML 里是四个勾选项，原来一列自由文字不够，补了四列是/否：
    “无效-匿名或非机主”“无效-事由无法核实”“无效-联系不上”“无效-非我司业务”（“无效原因”一列保留为说明文字）。
    制度的其余部分（时限、流程、角色分工）原文缺失，没有别的列要补。

    注入的违规（按规则 id 计数，共 16）：channel 3（受理渠道“其他”“短信”，不在制度列举的渠道中）、
    channel_level 2（渠道归属“待定”）、validity 3（有效性判定“待核实”“重复投诉”）、
    anonymous_or_non_customer 2、not_verifiable 1、unreachable 2、out_of_scope 1（勾选项写“待确认”“不详”）、
    case_number 2（同一工单号建了两次）。
    陷阱：无效投诉（勾了无效原因）照常处理并结单——原文只说“认定为无效投诉”，CK105 不执行，不是违规；
    “集团4008810000”“集团网厅”“网络媒体”都是制度列举的集团渠道，只是写法不同；“属地分公司”属省内渠道；
    截至导出仍未结单的工单（制度没有时限）；咨询转投诉、障碍转投诉的工单类别不是制度的列，不检查。
    """
    note = injected.append if injected is not None else (lambda item: None)
    n = 46
    staff = distinct_names(rng, 7, set())
    customers = distinct_names(rng, n, set(staff))
    groups = ["投诉处理一组", "投诉处理二组", "集团工单组", "应用运营组"]
    products = ["天翼空间客户端", "应用下载", "包月订购", "积分兑换", "游戏计费", "音乐彩铃包", "话费代扣"]
    problems = {
        "天翼空间客户端": ["客户端闪退无法登录", "升级后无法打开", "下载页面一直转圈"],
        "应用下载": ["下载应用扣费但未成功安装", "重复下载被重复计费", "应用无法打开"],
        "包月订购": ["未经同意被订购包月业务", "退订后仍继续扣费", "二次确认短信未收到即扣费"],
        "积分兑换": ["积分兑换的应用未到账", "积分被扣但兑换失败"],
        "游戏计费": ["游戏内购买道具扣费未到账", "游戏点卡重复扣费"],
        "音乐彩铃包": ["彩铃包扣费但无法设置", "音乐包退订不成功"],
        "话费代扣": ["话费代扣金额与账单不符", "未授权的代扣"],
    }
    # the system's channel picklist and the level it belongs to
    channels = [
        (("10000号", "省公司"), 9), (("10000号", "属地分公司"), 5), (("营业厅", "属地分公司"), 5),
        (("网上营业厅", "省公司"), 3), (("在线客服", "省公司"), 4), (("问吧", "省公司"), 2),
        (("集团4008810000", "集团"), 5), (("集团网厅", "集团"), 2), (("网络媒体", "集团"), 1), (("微博", "集团"), 2),
    ]
    invalid_reasons = [("无效-匿名或非机主", "客户匿名来电，拒留身份"), ("无效-事由无法核实", "反映内容不具体，无法核实"),
                       ("无效-联系不上", "联系号码空号，多次外呼未接通"), ("无效-非我司业务", "反映的是第三方网站充值，非电信业务")]
    flag_cols = [c for c, _ in invalid_reasons]

    rows = []
    day = date(2025, 1, 6)
    for i in range(n):
        day = day + timedelta(days=rng.choice([2, 3, 4, 4, 5]))
        if day > date(2025, 6, 27):
            day = date(2025, 6, 27)
        created = _at(rng, day, 8.5, 20.5).replace(second=0)
        channel, level = pick(rng, channels)
        product = rng.choice(products)
        kind = pick(rng, [("投诉", 6), ("咨询转投诉", 2), ("障碍转投诉", 2)])
        flags = {c: "否" for c in flag_cols}
        reason = ""
        if rng.random() < 0.15:
            col, reason = rng.choice(invalid_reasons)
            flags[col] = "是"
        validity = "无效" if reason else "有效"
        replied = _cut(_plus(rng, created, 2, 40))
        closed = _cut(_plus(rng, replied, 1, 72)) if replied else None
        if i >= n - 4:                       # the last few are still being worked on at the export
            replied = replied if i == n - 4 else None
            closed = None
        handler_group = "集团工单组" if level == "集团" else rng.choice(groups[:2] + groups[3:])
        if closed:
            result = "无效投诉，已向客户说明" if reason else pick(
                rng, [("已退费并致歉", 4), ("已恢复使用", 3), ("已退订并说明", 3), ("解释后客户接受", 2)])
            satisfaction = "" if reason else pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)])
        else:
            result, satisfaction = ("处理中" if replied else "待处理"), ""
        rows.append({
            "工单号": f"TYKJ{created:%Y%m%d}{i + 1:04d}",
            "建单时间": _slash(created),
            "受理渠道": channel,
            "渠道归属": level,
            "工单类别": kind,
            "客户名称": "" if flags["无效-匿名或非机主"] == "是" else customers[i],
            "联系号码": mobile(rng),
            "涉及产品": product,
            "投诉内容": rng.choice(problems[product]),
            "有效性判定": validity,
            **flags,
            "无效原因": reason,
            "处理组": handler_group,
            "处理人": rng.choice(staff),
            "处理结果": result,
            "回复客户时间": _slash(replied),
            "结单时间": _slash(closed),
            "满意度": satisfaction,
        })

    # --- injections: one per row, rows chosen at random
    plan = (["channel"] * 3 + ["channel_level"] * 2 + ["validity"] * 3 + ["anonymous_or_non_customer"] * 2
            + ["not_verifiable"] + ["unreachable"] * 2 + ["out_of_scope"] + ["case_number"] * 2)
    targets = rng.sample(range(3, n), len(plan))
    flag_of = {"anonymous_or_non_customer": "无效-匿名或非机主", "not_verifiable": "无效-事由无法核实",
               "unreachable": "无效-联系不上", "out_of_scope": "无效-非我司业务"}
    bad_channels = iter(["其他", "短信", "其他"])
    bad_validity = iter(["待核实", "重复投诉", "待核实"])
    for rule, k in zip(plan, targets):
        r = rows[k]
        if rule == "channel":
            r["受理渠道"] = next(bad_channels)
        elif rule == "channel_level":
            r["渠道归属"] = "待定"
        elif rule == "validity":
            r["有效性判定"] = next(bad_validity)
        elif rule in flag_of:
            r[flag_of[rule]] = rng.choice(["待确认", "不详"])
        elif rule == "case_number":
            earlier = rng.choice([j for j in range(k) if j not in targets])
            r["工单号"] = rows[earlier]["工单号"]    # the same number issued twice
        note((r["工单号"], rule))

    hand = {
        "procedure": "s30-telecom-tianyi-space-complaints",
        "columns": {
            "工单号": "case_number",
            "受理渠道": "channel",
            "渠道归属": "channel_level",
            "有效性判定": "validity",
            "无效-匿名或非机主": "anonymous_or_non_customer",
            "无效-事由无法核实": "not_verifiable",
            "无效-联系不上": "unreachable",
            "无效-非我司业务": "out_of_scope",
        },
        "values": {
            "channel": {"10000号": "hotline_10000", "营业厅": "business_hall", "网上营业厅": "online_hall",
                        "在线客服": "online_service", "问吧": "wenba", "集团4008810000": "group_hotline",
                        "集团网厅": "group_online_hall", "网络媒体": "web_media", "微博": "weibo"},
            "channel_level": {"省公司": "provincial", "属地分公司": "provincial", "集团": "group"},
            "validity": {"有效": "valid", "无效": "invalid"},
        },
    }
    return rows, hand


def e263_s34_dalian_quality_station_complaint_ledger(rng, injected=None):
    """大连市建设工程质量监督站 工程质量投诉办公室 OA“投诉登记台账”导出，XLSX（工作表“导出”），日期为日期单元格。
    市站按属地受理本市的工程质量投诉（来信、来电、来访、网上信访转办），超过保修期、在使用中的问题登记后
    转产权单位或有关部门，台账仍记一行。

    读制度 YAML 之前写下的表头（只读了种子 S34 原文）：登记编号、收件日期、来源方式（来信/来电/来访/网上转办）、
    投诉人、联系电话、工程名称、工程地点、工程类型（房屋建筑/市政/公用/装饰装修）、建设单位、施工单位、
    交付使用时间、是否在保修期、投诉问题、承办科室、承办人、转办单位、办理情况、办结日期。
    读过制度 YAML 后补的列：“问题阶段”（在建/已交付使用；YAML 的 project_stage）、
    “保修期依据”（279号令/省质量条例；YAML 的 warranty_basis）。

    注入的违规（按规则 id 计数，共 14）：within_warranty 4（是否在保修期写“待鉴定”“不清楚”）、
    project_stage 3（问题阶段写“待现场核实”“不明”）、warranty_basis 3（保修期依据写“购房合同约定”“开发商承诺”）、
    case_number 4（同一登记编号登记了两次）。制度只有这四条规则可查（CK105 超保修期的规则不执行），
    所以注入只分布在四条规则上。
    陷阱：超过保修期、在使用中的问题登记后转产权单位（CK105 不执行，不是违规）；在建工程的“是否在保修期”
    和“保修期依据”留空（空白不算取值无效）；2000 年以前交付的老小区依省质量条例确定保修期；
    截至导出尚未办结的投诉（制度没有时限）。
    """
    note = injected.append if injected is not None else (lambda item: None)
    n = 41
    staff = distinct_names(rng, 5, set())
    complainants = distinct_names(rng, n, set(staff))
    districts = ["中山区", "西岗区", "沙河口区", "甘井子区", "旅顺口区", "金州区", "普兰店区"]
    estates = ["海韵名邸", "星海湾壹号", "锦绣华城", "泉水新苑", "山水嘉园", "滨海花园", "春柳小区", "红旗西苑",
               "万达华府", "恒大绿洲", "中南锦苑", "保利海德公园", "华润橡树湾", "甘井子工人村"]
    builders = ["大连一建集团有限公司", "中建八局大连分公司", "大连三川建设集团", "辽宁城建集团", "大连金广建设集团"]
    developers = ["大连万达地产", "大连亿达集团", "华润置地（大连）", "保利大连公司", "大连市房地产开发总公司"]
    kinds = {"房屋建筑": ["屋面渗漏", "外墙保温脱落", "墙体开裂", "卫生间渗水", "地下室返潮", "门窗渗水"],
             "市政": ["小区道路塌陷", "雨水管网堵塞"],
             "公用": ["供暖管线漏水", "燃气管道锈蚀"],
             "装饰装修": ["地面空鼓", "吊顶脱落"]}
    sources = [("来信", 2), ("来电", 5), ("来访", 4), ("网上信访转办", 3)]

    rows = []
    day = date(2025, 1, 3)
    for i in range(n):
        day = day + timedelta(days=rng.choice([2, 3, 4, 5, 6]))
        if day > date(2025, 6, 27):
            day = date(2025, 6, 27)
        received = _at(rng, day, 8.5, 16.5).replace(second=0)
        kind = pick(rng, [("房屋建筑", 7), ("市政", 1), ("公用", 1), ("装饰装修", 2)])
        scenario = pick(rng, [("保修期内", 6), ("在建", 2), ("超保修期", 2), ("老小区保修期内", 1)])
        estate = rng.choice(estates)
        if scenario == "在建":
            handover, stage, warranty, basis = None, "在建", "", ""
        elif scenario == "老小区保修期内":
            handover = _rand_day(rng, date(1996, 5, 1), date(1999, 12, 20))
            stage, warranty, basis = "已交付使用", "是", "省质量条例"    # structural parts: the life of the design
            kind = "房屋建筑"
        elif scenario == "超保修期":
            handover = _rand_day(rng, date(2008, 1, 1), date(2018, 12, 31))
            stage, warranty, basis = "已交付使用", "否", "279号令"
            if rng.random() < 0.25:
                handover = _rand_day(rng, date(1993, 1, 1), date(1999, 10, 31))
                basis = "省质量条例"
        else:
            handover = _rand_day(rng, date(2020, 7, 1), date(2024, 10, 31))
            stage, warranty, basis = "已交付使用", "是", "279号令"
        problem = rng.choice(kinds[kind])
        if scenario == "在建":
            problem = rng.choice(["主体结构施工质量差", "钢筋外露", "混凝土蜂窝麻面", "砌体灰缝不饱满"])
        office = "投诉办" if scenario != "在建" else rng.choice(["监督一科", "监督二科"])
        if scenario == "超保修期":
            transfer, progress = rng.choice(["小区产权单位", "区住建局物业科", "供热公司"]), "已告知投诉人，转产权单位处理"
        elif scenario == "在建":
            transfer, progress = "", pick(rng, [("已责令施工单位整改", 3), ("已下达整改通知书", 2), ("整改完毕，复查合格", 2)])
        else:
            transfer = rng.choice(["", "", f"{districts[i % len(districts)]}住建局"])
            progress = pick(rng, [("已责令施工单位维修", 4), ("已组织现场核查", 3), ("维修完毕，投诉人认可", 3)])
        done = _cut(datetime.combine(received.date() + timedelta(days=rng.randint(5, 40)), datetime.min.time())
                    + timedelta(hours=rng.choice([9, 10, 14, 15])))
        if i >= n - 3:
            done = None
        if done is None:
            progress = "办理中"
        rows.append({
            "登记编号": f"DLZT-2025-{i + 1:03d}",
            "收件日期": received,
            "来源方式": pick(rng, sources),
            "投诉人": complainants[i],
            "联系电话": mobile(rng),
            "工程名称": f"{estate}{rng.randint(1, 12)}号楼" if kind == "房屋建筑" else f"{estate}{kind}配套工程",
            "工程地点": f"大连市{districts[i % len(districts)]}",
            "工程类型": kind,
            "建设单位": rng.choice(developers),
            "施工单位": rng.choice(builders),
            "交付使用时间": datetime.combine(handover, datetime.min.time()) if handover else None,
            "问题阶段": stage,
            "是否在保修期": warranty,
            "保修期依据": basis,
            "投诉问题": problem,
            "承办科室": office,
            "承办人": rng.choice(staff),
            "转办单位": transfer,
            "办理情况": progress,
            "办结日期": done,
        })

    plan = ["within_warranty"] * 4 + ["project_stage"] * 3 + ["warranty_basis"] * 3 + ["case_number"] * 4
    candidates = [k for k in range(3, n) if rows[k]["问题阶段"] == "已交付使用"]
    targets = rng.sample(candidates, len(plan))
    bad_warranty = iter(["待鉴定", "不清楚", "待鉴定", "不清楚"])
    bad_stage = iter(["待现场核实", "不明", "待现场核实"])
    bad_basis = iter(["购房合同约定", "开发商承诺", "购房合同约定"])
    for rule, k in zip(plan, targets):
        r = rows[k]
        if rule == "within_warranty":
            r["是否在保修期"] = next(bad_warranty)
        elif rule == "project_stage":
            r["问题阶段"] = next(bad_stage)
        elif rule == "warranty_basis":
            r["保修期依据"] = next(bad_basis)
        elif rule == "case_number":
            earlier = rng.choice([j for j in range(k) if j not in targets])
            r["登记编号"] = rows[earlier]["登记编号"]   # re-registered under an old number
        note((r["登记编号"], rule))

    hand = {
        "procedure": "s34-liaoning-construction-quality-complaints",
        "sheet": "导出",
        "columns": {
            "登记编号": "case_number",
            "交付使用时间": "handover_date",
            "是否在保修期": "within_warranty",
            "问题阶段": "project_stage",
            "保修期依据": "warranty_basis",
        },
        "values": {
            "within_warranty": {"是": "yes", "否": "no"},
            "project_stage": {"在建": "construction", "已交付使用": "in_use"},
            "warranty_basis": {"279号令": "delivered_after_2000_01_30", "省质量条例": "delivered_before_2000_01_30"},
        },
    }
    return rows, hand


EXPORTS = [
    ("262-s30-tianyi-space-crm-complaint-orders.csv", "utf-8-sig", e262_s30_tianyi_space_crm_complaint_orders),
    ("263-s34-dalian-quality-station-complaint-ledger.xlsx", "xlsx", e263_s34_dalian_quality_station_complaint_ledger),
]
