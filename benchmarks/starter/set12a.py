"""Starter-profile benchmark exports 66-67 (set 12a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 66 67    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, distinct_names, pick, cn, person_name as _name, mobile as _mobile, working_minutes


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t, last_hour=20):
    return working_minutes(t, CUTOFF, last=last_hour)


# --- 66: S37, a district construction-quality complaint window (Xiamen) --------------------------------------------

def e66_s37_window(rng, injected=None):
    """厦门市建设投诉中心质量分中心 集美片区受理窗口（设在集美区建设工程质量安全监督站）“质量投诉受理登记”系统导出（GBK CSV），
    按 S37《厦门市建设工程质量投诉处理工作细则》（厦建质监[2008]104号）审计。
    日期写法：2025年3月4日 09:12（来电来访时间、处理时间、报主办人时间）。
    按原文写下的列：受理编号、来电来访时间、投诉方式（来电 / 来访 / 来信 / 电子邮件 / 传真，系统下拉另有“其他”）、值班科室、值班人员、
    投诉人、联系电话、工程报建名称、房号、与产权人关系、工程阶段（在建 / 已交付）、质量缺陷描述、处理意见（受理 / 建议通过其他途径解决）、
    不予受理原因、报主办人时间、主办人、备注。
    值班人员写姓名：监督一科、监督二科、监督三科、安全监督科按周轮流值班（每科两人，名单按值班表核对）；
    分中心主办人员两人（综合管理室），“主办人”一列是接报告的主办人员，不是报告人。
    “值班人员”是接待并登记的人：receive_by，也是处理意见所说环节（记录 / 建议另循途径）的办理人（outcomes 的 by）。
    读过制度 YAML 后补的列：处理时间（处理意见的日期：受理即记录 record，建议通过其他途径解决即 refer_elsewhere，写成 outcomes），
    受理审查的七列：诉求（要求整改 / 要求维修 / 要求查处 / 要求赔偿 / 要求换房 / 要求退房）、同意整改、二次装修、竣工验收
    （已验收 / 未验收交付 / 验收不合格 / 在建）、保修期（保修期内 / 已过保修期 / 不属保修范围 / 施工期）、质量缺陷（是 / 否）、诉讼（无 / 已起诉）。
    注入：受理编号重复 1 对（窗口补录时手工编号与已有编号重复）；
    属第三条情形却作为受理件受理 5 件（要求退房且不同意整改、要求赔偿、二次装修造成、已过保修期、已起诉；每件另报“未建议另循途径”）；
    受理件缺联系电话 1 件、缺与产权人关系 1 件；受理后没有报告主办人 2 件；处理意见空白（既未受理记录也未建议另循途径）1 件；
    由分中心主办人员自己接听登记（不是值班人员；接待、记录各报一次）2 件；投诉方式填“其他”（不在第二条、第六条所列形式中）2 件。
    陷阱（不是违规）：依第三条各情形建议通过其他途径解决的投诉件（其中有的没有联系电话、房号或与产权人关系，未作为受理件记录，不要求）；
    在建工程施工过程中的质量投诉（属投诉范围，保修期一列为“施工期”）；承租人、委托代理人、业委会代表投诉；
    报告主办人拖了三至五天（“及时”无可计量时限，不检查）；“主办人”是报告的接收人；诉求“要求查处”（不属第三条1所列要求）；
    安全监督科轮值的值班人员受理。
    """
    n = 62
    slots = list(range(2, n - 4))
    rng.shuffle(slots)
    acc_return, acc_comp, acc_deco, acc_warr, acc_lit = (slots.pop() for _ in range(5))
    no_phone, no_relation = slots.pop(), slots.pop()
    no_report = [slots.pop() for _ in range(2)]
    no_outcome = slots.pop()
    by_officer = [slots.pop() for _ in range(2)]
    other_way = [slots.pop() for _ in range(2)]
    # proper referrals (traps): one for each of the seven conditions, the rest at random
    ref_kinds = ["return", "compensation", "decoration", "not_accepted", "warranty", "not_defect", "litigation",
                 "not_defect", "compensation", "warranty", "not_defect", "decoration", "exchange"]
    referrals = {slots.pop(): k for k in ref_kinds}
    slow_report = [slots.pop() for _ in range(3)]
    acc_bad = {acc_return: "return", acc_comp: "compensation", acc_deco: "decoration", acc_warr: "warranty",
               acc_lit: "litigation"}

    taken = set()
    sections = ["监督一科", "监督二科", "监督三科", "安全监督科"]
    duty = {s: distinct_names(rng, 2, taken) for s in sections}
    officers = distinct_names(rng, 2, taken)

    projects = [  # (报建名称, 在建?, 竣工年份), weight
        (("集美新城悦海湾二期（A1-A6#楼）", False, 2023), 22),
        (("杏林湾商务营运中心3#楼", False, 2022), 12),
        (("灌口镇东辉安置房（一期）", False, 2021), 16),
        (("后溪镇保障性住房（地块二）", True, None), 8),
        (("碧溪花园（三期）", False, 2024), 18),
        (("乐海家园（二期）", False, 2024), 18),
        (("集美大学城教师公寓5#、6#楼", True, None), 6),
    ]
    buildings = {"集美新城悦海湾二期（A1-A6#楼）": [f"A{k}#楼" for k in range(1, 7)],
                 "杏林湾商务营运中心3#楼": ["3#楼"], "集美大学城教师公寓5#、6#楼": ["5#楼", "6#楼"],
                 "乐海家园（二期）8#楼": ["8#楼"]}
    old_project = ("侨英街道滨水小区C区", False, 2011)
    unaccepted_project = ("乐海家园（二期）8#楼", False, None)
    defects = ["卫生间楼板渗水至楼下", "外墙窗边渗水，墙面发霉", "客厅楼板出现贯穿裂缝", "屋面渗漏，顶层天花板水渍",
               "阳台栏杆松动", "地下车库顶板渗漏", "墙体多处开裂", "入户门门框变形关不上", "楼梯间墙面空鼓脱落",
               "外墙瓷砖空鼓、局部脱落", "厨房排烟道反味", "地面找平层起砂开裂", "飘窗底板渗水"]
    site_defects = ["施工现场模板支撑疑似不牢", "主体结构混凝土蜂窝麻面", "砌体灰缝不饱满", "在建楼栋外墙脚手架旁墙体开裂"]
    not_defects = ["小区绿化与销售宣传不符", "开发商延期交房", "物业收费过高", "车位配比不足", "小区周边工地夜间噪音"]
    reasons = {
        "return": "投诉人要求退房，不同意整改，建议通过民事途径解决",
        "exchange": "投诉人要求换房，建议与开发企业协商或通过民事途径解决",
        "compensation": "投诉人要求经济赔偿，建议通过民事仲裁或司法途径解决",
        "decoration": "经核实系业主二次装修造成，建议与装修单位协商解决",
        "not_accepted": "该楼未经竣工验收交付使用，建议向区建设局执法大队反映",
        "warranty": "已超过保修期限，建议通过其他途径解决",
        "not_defect": "不属工程质量缺陷，建议向相关部门反映",
        "litigation": "已进入司法诉讼程序，建议等待法院判决",
    }
    ways = [("来电", 40), ("来访", 30), ("来信", 10), ("电子邮件", 12), ("传真", 3)]
    relations = [("本人", 62), ("配偶", 12), ("子女", 6), ("父母", 6), ("承租人", 7), ("委托代理人", 4)]

    workdays = [d for d in (datetime(2025, 1, 3, 8, 30) + timedelta(days=k) for k in range(176)) if d.weekday() < 5]
    days = sorted(rng.sample(workdays, n))    # the window is open on working days, 3 January to 27 June
    rows = []
    for i in range(n):
        recv = days[i] + timedelta(minutes=rng.randint(0, 9 * 60))
        week = recv.isocalendar()[1]
        section = sections[week % 4]
        officer_on_duty = rng.choice(duty[section])
        way = pick(rng, ways)
        if i in other_way:
            way = "其他"
        kind = referrals.get(i) or acc_bad.get(i)
        proj, building_site, _year = pick(rng, projects)
        if kind == "warranty":
            proj, building_site, _year = old_project
        elif kind == "not_accepted":
            proj, building_site, _year = unaccepted_project
        elif kind:
            while building_site:
                proj, building_site, _year = pick(rng, projects)
        demand = pick(rng, [("要求整改", 50), ("要求维修", 35), ("要求查处", 15)])
        agree = "同意"
        deco = "否"
        acceptance = "在建" if building_site else "已验收"
        warranty = "施工期" if building_site else "保修期内"
        defect_q = "是"
        lawsuit = "无"
        text = rng.choice(site_defects if building_site else defects)
        if kind == "return":
            demand, agree = "要求退房", "不同意"
        elif kind == "exchange":
            demand = "要求换房"
        elif kind == "compensation":
            demand = "要求赔偿"
            text += "，要求赔偿损失"
        elif kind == "decoration":
            deco = "是"
            text = rng.choice(["卫生间改造后楼下渗水", "拆改隔墙后墙体开裂", "阳台封闭后窗边渗水"])
        elif kind == "not_accepted":
            acceptance, warranty = "未验收交付", ""
        elif kind == "warranty":
            warranty = "已过保修期"
            text = rng.choice(["外墙渗水", "楼板开裂", "卫生间渗水至楼下"])
        elif kind == "not_defect":
            defect_q, demand = "否", "要求查处"
            text = rng.choice(not_defects)
        elif kind == "litigation":
            lawsuit = "已起诉"
        public = rng.random() < 0.08 and not building_site and not kind
        relation = "业委会代表" if public else pick(rng, relations)
        blocks = buildings.get(proj) or [f"{k}#楼" for k in range(1, 13)]
        if building_site:
            room = f"{rng.choice(blocks)}（施工中）"
            relation = rng.choice(["周边居民", "购房人", "购房人"])
        elif public:
            room = rng.choice(["公共部位（地下车库）", "公共部位（屋面）", "公共部位（电梯厅）"])
            text = rng.choice(["地下车库顶板渗漏", "屋面渗漏，顶层天花板水渍", "楼梯间墙面空鼓脱落", "外墙瓷砖空鼓、局部脱落"])
        else:
            room = f"{rng.choice(blocks)}{rng.randint(2, 28)}{rng.randint(1, 4):02d}室"
        phone = _mobile(rng)
        if way in ("来电", "来访"):
            decided = recv + timedelta(minutes=rng.randint(8, 45))
        else:   # letters, e-mail and faxes are read and registered later the same day or the next
            decided = recv + timedelta(hours=rng.choice([2, 5, 22, 24, 26]))
        decided = _cap(decided, 18)
        if i in referrals:
            outcome, reason = "建议通过其他途径解决", reasons[kind]
            if rng.random() < 0.35:
                phone = ""
            if rng.random() < 0.3:
                room = ""
            if rng.random() < 0.4:
                relation = ""
            report = case_officer = None
        else:
            outcome, reason = "受理", ""
            report = decided + timedelta(hours=rng.choice([0.5, 1, 2, 3, 20, 24, 26]))
            if i in slow_report:
                report = decided + timedelta(days=rng.randint(3, 5))
            report = _cap(report, 18) if decided else None
            case_officer = rng.choice(officers) if report else None
        recorder = officer_on_duty
        if i in by_officer:
            recorder = rng.choice(officers)
            case_officer = recorder
            section = "综合管理室"
        if i in no_report:
            report = case_officer = None
        if i == no_outcome:
            outcome, decided, reason, report, case_officer = "", None, "", None, None
        if i == no_phone:
            phone = ""
        if i == no_relation:
            relation = ""
        row = Case()
        row["受理编号"] = f"JMZT-2025-{i + 1:04d}"
        row["来电来访时间"] = cn(recv)
        row["投诉方式"] = way
        row["值班科室"] = section
        row["值班人员"] = recorder
        row["投诉人"] = _name(rng) + ("（代）" if relation == "委托代理人" else "")
        row["联系电话"] = phone
        row["工程报建名称"] = proj
        row["房号"] = room
        row["与产权人关系"] = relation
        row["工程阶段"] = "在建" if building_site else "已交付"
        row["质量缺陷描述"] = text
        row["诉求"] = demand
        row["同意整改"] = agree if demand not in ("要求查处",) or rng.random() < 0.5 else ""
        row["二次装修"] = deco
        row["竣工验收"] = acceptance
        row["保修期"] = warranty
        row["质量缺陷"] = defect_q
        row["诉讼"] = lawsuit
        row["处理意见"] = outcome
        row["处理时间"] = cn(decided) if decided else ""
        row["不予受理原因"] = reason
        row["报主办人时间"] = cn(report) if report else ""
        row["主办人"] = case_officer or ""
        row["备注"] = rng.choice(["", "", "", "", "已电话回复", "附照片4张", "投诉人要求书面答复", "同一楼栋多户反映"]) \
            if outcome else "登记未完成"
        rows.append(row)
    # a repeated 受理编号: a letter registered by hand afterwards got the number of the row above
    busy = set(acc_bad) | {no_phone, no_relation, no_outcome, *no_report, *by_officer, *other_way}
    dup_src = next(k for k in range(20, 45) if k not in busy and k + 1 not in busy)
    rows[dup_src + 1]["受理编号"] = rows[dup_src]["受理编号"]
    if injected is not None:
        num = lambda i: rows[i]["受理编号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        injected += [(num(i), f"accepted_{k}") for i, k in acc_bad.items()]
        injected += [(num(no_phone), "no_contact"), (num(no_relation), "no_relation")]
        injected += [(num(i), "no_report") for i in no_report]
        injected += [(num(no_outcome), "no_outcome")]
        injected += [(num(i), "recorded_by_case_officer") for i in by_officer]
        injected += [(num(i), "channel_other") for i in other_way]

    hand = {
        "procedure": "s37-xiamen-construction-quality-complaints",
        "columns": {
            "受理编号": "case_number",
            "来电来访时间": "receive_at",
            "投诉方式": "channel",
            "投诉人": "complainant",
            "联系电话": "contact_phone",
            "工程报建名称": "project_name",
            "房号": "address",
            "与产权人关系": "relation_to_owner",
            "诉求": "demanded_remedy",
            "同意整改": "accepts_rectification",
            "二次装修": "secondary_decoration",
            "竣工验收": "delivered_without_acceptance",
            "保修期": "within_warranty",
            "质量缺陷": "is_quality_defect",
            "诉讼": "in_litigation",
            "报主办人时间": "report_at",
            "值班人员": "receive_by",
        },
        "values": {
            "channel": {"来电": "phone", "来访": "visit", "来信": "letter", "电子邮件": "email", "传真": "fax"},
            "demanded_remedy": {"要求整改": "rectification", "要求维修": "rectification", "要求查处": "",
                                "要求赔偿": "compensation", "要求换房": "exchange_house", "要求退房": "return_house"},
            "accepts_rectification": {"同意": "yes", "不同意": "no"},
            "secondary_decoration": {"是": "yes", "否": "no"},
            "delivered_without_acceptance": {"已验收": "no", "在建": "no", "未验收交付": "yes", "验收不合格": "yes"},
            "within_warranty": {"保修期内": "yes", "已过保修期": "no", "不属保修范围": "no", "施工期": ""},
            "is_quality_defect": {"是": "yes", "否": "no"},
            "in_litigation": {"无": "no", "已起诉": "yes"},
        },
        "outcomes": {
            "处理意见": {"date": "处理时间", "by": "值班人员",
                     "steps": {"受理": "record", "建议通过其他途径解决": "refer_elsewhere"}},
        },
        "roles": {**{v: "duty_officer" for names in duty.values() for v in names},
                  **{v: "case_officer" for v in officers}},
    }
    return rows, hand


# --- 67: L5, a property developer's warranty-repair and quality-complaint ledger ----------------------------------

def e67_l5_developer(rng, injected=None):
    """常州润泽置业有限公司 客户关系中心“维修及质量投诉台账”（Excel 共享台账，XLSX；登记日期、派单时间、维修完成日期、事故发生时间、
    报主管部门时间为日期时间单元格，竣工验收日期、交房日期、竣工备案日期为日期单元格），按 L5《建设工程质量管理条例》审计。
    按原文写下的列：报修单号、登记日期、报修渠道（400热线 / 业主APP / 物业前台转报 / 现场接待 / 住建局转办）、项目名称、楼栋房号、业主姓名、
    联系电话、问题类别（防水渗漏 / 给排水 / 电气 / 装饰装修 / 门窗 / 结构裂缝 / 地暖空调 / 公共部位 / 其他）、问题描述、竣工验收日期、交房日期、
    保修判定（保内 / 保外 / 待查勘）、责任施工单位、派单时间、维修完成日期、业主验收、赔偿金额、是否质量事故、报主管部门时间、备注。
    项目：润泽花园（2018-12-25 竣工验收，常州建工集团）、翡翠湾一期（2019-06-28，江苏华鼎建设；购房合同承诺防水保修10年）、
    翡翠湾二期（2020-11-16，江苏华鼎建设）、云栖府（2022-12-20，中恒建设集团）、润泽中心（商业，2023-09-26，中恒建设集团）、
    澜庭（2024-05-30，苏南建工）。
    读过制度 YAML 后补的列：竣工备案日期（filing_at），延保（否 / 是（防水10年）：warranty_agreed_longer），
    维修方式（保修 / 有偿维修 / 不予维修：保修即施工单位履行保修义务，写成 outcomes，日期为维修完成日期），
    维修单位（实际维修者：warranty_repair_by；原有的“责任施工单位”是合同上的总包，不是办理者），事故发生时间（accident_at）。
    登记日期即投诉受理时间（received_at，不予保修规则按它计算期限）。维修单位：各总包和总包的防水分包（江苏固防防水）是施工单位；
    润泽置业工程部维修班是建设单位自己的维修班；润泽物业工程部是物业公司（条例没有对应角色，只做有偿维修）。
    注入：报修单号重复 1 对；润泽花园防水渗漏已超过竣工验收后5年（未延保）却按保修由总包维修 2 件；
    云栖府给排水、电气问题已超过2年却按保修由总包维修 2 件；保内问题由润泽置业工程部维修班自修（不是施工单位）2 件；
    保内问题派单后施工单位一直未到场维修 2 件；润泽中心（商业）竣工验收后27天才备案（该项目 2 件投诉各报一次）；
    质量事故报告住建局超过24小时 1 件、未报告 1 件。
    陷阱（不是违规）：翡翠湾一期防水渗漏超过5年但购房合同承诺防水10年，按保修维修；超过保修期的问题有偿维修（含维修班、物业有偿维修）或不予维修；
    润泽花园、翡翠湾的结构裂缝按保修维修（主体结构保修期为合理使用年限）；地暖超过两个采暖期有偿维修（不检查）；
    江苏固防防水（总包的防水分包）保修维修；六月中旬以后登记、尚未查勘的报修（保修判定“待查勘”）；质量事故在22小时50分后报告；
    门窗按装饰装修归入第四十条（四）。
    """
    n = 64
    projects = {  # 项目名称: (竣工验收日期, 备案日期, 交房日期, 责任施工单位, 防水延保)
        "润泽花园": (date(2018, 12, 25), date(2019, 1, 7), date(2019, 3, 16), "常州建工集团有限公司", False),
        "翡翠湾一期": (date(2019, 6, 28), date(2019, 7, 9), date(2019, 9, 28), "江苏华鼎建设工程有限公司", True),
        "翡翠湾二期": (date(2020, 11, 16), date(2020, 11, 26), date(2020, 12, 30), "江苏华鼎建设工程有限公司", False),
        "云栖府": (date(2022, 12, 20), date(2023, 1, 3), date(2023, 1, 15), "中恒建设集团有限公司", False),
        "润泽中心（商业）": (date(2023, 9, 26), date(2023, 10, 23), date(2023, 11, 18), "中恒建设集团有限公司", False),
        "澜庭": (date(2024, 5, 30), date(2024, 6, 11), date(2024, 6, 28), "苏南建工有限公司", False),
    }
    weights = [("润泽花园", 9), ("翡翠湾一期", 11), ("翡翠湾二期", 12), ("云栖府", 16), ("澜庭", 18)]
    fitout = ("给排水", "电气", "装饰装修", "门窗")
    texts = {
        "防水渗漏": ["卫生间渗水至楼下", "外墙渗水，卧室墙面发霉", "顶层屋面渗漏", "窗边渗水", "阳台地面渗水至楼下"],
        "给排水": ["厨房下水管漏水", "给水管接头渗漏", "地漏反味返水"],
        "电气": ["客厅插座无电", "卫生间漏电开关频繁跳闸", "弱电箱网络线不通"],
        "装饰装修": ["墙面涂料起皮", "地砖空鼓", "吊顶石膏板开裂"],
        "门窗": ["铝合金窗关不严", "入户门锁芯损坏", "推拉门轨道变形"],
        "结构裂缝": ["楼板斜向裂缝", "剪力墙竖向裂缝", "梁底裂缝"],
        "地暖空调": ["地暖局部不热", "中央空调冷凝水管漏水"],
        "公共部位": ["单元门禁损坏", "地下车库地面开裂", "电梯厅墙砖脱落"],
        "其他": ["信报箱锈蚀", "阳台晾衣架松动"],
    }
    components = [("防水渗漏", 30), ("给排水", 12), ("电气", 9), ("装饰装修", 13), ("门窗", 9), ("结构裂缝", 5),
                  ("地暖空调", 5), ("公共部位", 10), ("其他", 7)]
    channels = [("400热线", 40), ("业主APP", 25), ("物业前台转报", 20), ("现场接待", 10), ("住建局转办", 5)]
    sub_waterproof = "江苏固防防水工程有限公司"
    self_crew = "润泽置业工程部维修班"
    property_crew = "润泽物业工程部"

    slots = list(range(2, n - 6))
    rng.shuffle(slots)
    wp_over = [slots.pop() for _ in range(2)]
    pipe_over = [slots.pop() for _ in range(2)]
    self_repair = [slots.pop() for _ in range(2)]
    early = sorted(s for s in slots if s < 30)
    no_repair = early[:2]
    for s in no_repair:
        slots.remove(s)
    centre = [slots.pop() for _ in range(2)]
    acc_ok, acc_23h, acc_late, acc_missing = (slots.pop() for _ in range(4))
    accidents = {
        acc_ok: ("澜庭", "其他", "阳台玻璃栏板爆裂坠落，无人员受伤", timedelta(hours=2, minutes=45)),
        acc_23h: ("澜庭", "装饰装修", "外墙保温层局部脱落砸坏一楼雨棚", timedelta(hours=22, minutes=50)),
        acc_late: ("云栖府", "结构裂缝", "地下车库顶板混凝土剥落砸伤车辆", timedelta(days=2, hours=5)),
        acc_missing: ("翡翠湾二期", "装饰装修", "电梯厅吊顶整块坍塌", None),
    }
    trap_ext = [s for s in slots[:12]]     # candidates for the 翡翠湾一期 extended-waterproofing trap

    rows = []
    day = datetime(2025, 1, 6, 8, 30)
    for i in range(n):
        day = day + timedelta(days=rng.choice([1, 2, 2, 3, 3, 4]))
        recv = day.replace(hour=8, minute=30) + timedelta(minutes=rng.randint(0, 11 * 60))
        proj = pick(rng, weights)
        comp = pick(rng, components)
        if i in trap_ext[:2]:
            proj, comp = "翡翠湾一期", "防水渗漏"
        if i in wp_over:
            proj, comp = "润泽花园", "防水渗漏"
        elif i in pipe_over:
            proj, comp = "云栖府", ["给排水", "电气"][pipe_over.index(i)]
        elif i in self_repair:
            proj = "澜庭"
            comp = rng.choice(["给排水", "装饰装修", "防水渗漏"])
        elif i in no_repair:
            proj = ["澜庭", "翡翠湾二期"][no_repair.index(i)]
            comp = "防水渗漏"
        elif i in centre:
            proj, comp = "润泽中心（商业）", rng.choice(["给排水", "防水渗漏", "电气"])
        text = rng.choice(texts[comp])
        acc = accidents.get(i)
        if acc:
            proj, comp, text, _delay = acc
        accepted, filed, handed, contractor, ext = projects[proj]
        received = recv.date()

        def beyond(months):
            y, m = accepted.year + (accepted.month - 1 + months) // 12, (accepted.month - 1 + months) % 12 + 1
            return received > date(y, m, min(accepted.day, 28))

        if comp == "防水渗漏":
            in_warranty = ext or not beyond(60)
        elif comp in fitout:
            in_warranty = not beyond(24)
        elif comp == "地暖空调":
            in_warranty = accepted > date(2023, 11, 1)     # fewer than two heating seasons (常州 heating from mid-November)
        else:
            in_warranty = True                              # structure (design life), public parts, others
        if i in wp_over + pipe_over:
            in_warranty = True                              # the desk judged them 保内 by mistake
        verdict = "保内" if in_warranty else "保外"
        dispatch = method = crew = done = None
        remark = ""
        if verdict == "保内":
            dispatch = _cap(recv + timedelta(hours=rng.uniform(2, 30)))
            done = _cap(dispatch + timedelta(days=rng.uniform(1, 12))) if dispatch else None
            method = "保修"
            crew = sub_waterproof if comp == "防水渗漏" and rng.random() < 0.3 else contractor
            if i in self_repair:
                crew = self_crew
                remark = "总包响应慢，工程部先行维修，费用从质保金扣除"
            if i in no_repair:
                method, done, crew = "", None, ""
                remark = "已发函催告施工单位，至今未到场"
        else:
            method = pick(rng, [("有偿维修", 60), ("不予维修", 40)])
            if method == "有偿维修":
                dispatch = _cap(recv + timedelta(hours=rng.uniform(4, 48)))
                crew = rng.choice([self_crew, property_crew])
                done = _cap(dispatch + timedelta(days=rng.uniform(1, 8))) if dispatch else None
                remark = "已过保修期，业主同意有偿维修"
            else:
                remark = "已过保修期，已告知业主自行维修"
        if method == "保修" and done is None and i not in no_repair:
            verdict, dispatch, method, crew = "待查勘", None, "", ""
            remark = "待约业主查勘"
        if recv > datetime(2025, 6, 12) and not acc and i not in wp_over + pipe_over + self_repair + centre \
                and rng.random() < 0.6:
            verdict, dispatch, method, crew, done = "待查勘", None, "", "", None
            remark = "待约业主查勘"
        if method == "有偿维修" and done is None:
            method, crew, dispatch = "", "", None
            remark = "已过保修期，待业主确认报价"
        acc_at = report = None
        if acc:
            acc_at = (recv - timedelta(hours=rng.uniform(0.5, 3))).replace(second=0, microsecond=0)
            report = acc_at + acc[3] if acc[3] else None
        if comp == "公共部位" or acc:
            room = {"单元门禁损坏": f"{rng.randint(1, 12)}#楼{rng.randint(1, 3)}单元门厅", "地下车库地面开裂": "地下车库",
                    "电梯厅墙砖脱落": f"{rng.randint(1, 12)}#楼电梯厅"}.get(text) if not acc \
                else f"{rng.randint(1, 12)}#楼公共部位"
        elif proj == "润泽中心（商业）":
            room = f"商铺{rng.randint(1, 3)}F-{rng.randint(1, 40):02d}"
        else:
            room = f"{rng.randint(1, 16)}#楼{rng.randint(1, 3)}单元{rng.randint(2, 26)}{rng.randint(1, 4):02d}"
        row = Case()
        row["报修单号"] = f"RZWX-25-{i + 1:04d}"
        row["登记日期"] = recv
        row["报修渠道"] = pick(rng, channels)
        row["项目名称"] = proj
        row["楼栋房号"] = room
        row["业主姓名"] = _name(rng) if comp != "公共部位" else "业委会"
        row["联系电话"] = _mobile(rng)
        row["问题类别"] = comp
        row["问题描述"] = text
        row["竣工验收日期"] = accepted
        row["竣工备案日期"] = filed
        row["交房日期"] = handed
        row["保修判定"] = verdict
        row["延保"] = "是（防水10年）" if ext and comp == "防水渗漏" else "否"
        row["责任施工单位"] = contractor
        row["派单时间"] = dispatch
        row["维修方式"] = method or ""
        row["维修单位"] = crew or ""
        row["维修完成日期"] = done
        row["业主验收"] = pick(rng, [("满意", 60), ("基本满意", 30), ("不满意", 10)]) if done else ""
        row["赔偿金额"] = rng.choice([800, 1500, 2000, 3600]) if acc and done and method == "保修" else None
        row["是否质量事故"] = "是" if acc else "否"
        row["事故发生时间"] = acc_at
        row["报主管部门时间"] = report
        row["备注"] = remark
        rows.append(row)
    assert all(r["登记日期"] <= CUTOFF for r in rows)
    # a repeated 报修单号: the row was copied to add a second defect and the number kept
    busy = set(wp_over + pipe_over + self_repair + no_repair + centre) | set(accidents)
    dup_src = next(k for k in range(20, 45) if k not in busy and k + 1 not in busy)
    rows[dup_src + 1]["报修单号"] = rows[dup_src]["报修单号"]
    if injected is not None:
        num = lambda i: rows[i]["报修单号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        injected += [(num(i), "waterproofing_beyond_5y_repaired") for i in wp_over]
        injected += [(num(i), "pipes_beyond_2y_repaired") for i in pipe_over]
        injected += [(num(i), "repaired_by_developer") for i in self_repair]
        injected += [(num(i), "contractor_never_came") for i in no_repair]
        injected += [(num(i), "project_filed_late") for i in centre]
        injected += [(num(acc_late), "accident_reported_late"), (num(acc_missing), "accident_not_reported")]

    contractors = sorted({p[3] for p in projects.values()} | {sub_waterproof})
    hand = {
        "procedure": "l5-construction-quality-regulation",
        "columns": {
            "报修单号": "case_number",
            "登记日期": "received_at",
            "问题类别": "component",
            "竣工验收日期": "completion_accepted_at",
            "竣工备案日期": "filing_at",
            "保修判定": "within_warranty",
            "延保": "warranty_agreed_longer",
            "事故发生时间": "accident_at",
            "报主管部门时间": "accident_report_at",
        },
        "values": {
            "component": {"防水渗漏": "waterproofing", "给排水": "pipes_installation_fitout",
                          "电气": "pipes_installation_fitout", "装饰装修": "pipes_installation_fitout",
                          "门窗": "pipes_installation_fitout", "结构裂缝": "foundation_structure",
                          "地暖空调": "heating_cooling", "公共部位": "other", "其他": "other"},
            "within_warranty": {"保内": "yes", "保外": "no", "待查勘": ""},
            "warranty_agreed_longer": {"否": "no", "是（防水10年）": "yes"},
        },
        "outcomes": {
            "维修方式": {"date": "维修完成日期", "by": "维修单位", "steps": {"保修": "warranty_repair"}},
        },
        "roles": {**{c: "contractor" for c in contractors}, self_crew: "developer"},
    }
    return rows, hand


EXPORTS = [
    ("66-s37-district-quality-complaint-window.csv", "gbk", e66_s37_window),
    ("67-l5-developer-warranty-repair-ledger.xlsx", "xlsx", e67_l5_developer),
]
