"""Starter-profile benchmark exports 140-141 (set 24c), written unseen by the mapping guesser's authors.

Each function plays one bureau's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 140 141    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


# --- 140: S34, a Liaoning city construction-quality complaint office's register --------------------------------

def _dot(t):
    """The register's own spelling: 2025.03.04 (dates only)."""
    if t is None:
        return None
    return f"{t.year}.{t.month:02d}.{t.day:02d}"


def _d(s):
    return date.fromisoformat(s)


def e140_s34_city_quality_complaint_register(rng, injected=None):
    """鞍山市住建局工程质量投诉办公室（设在市质监站）的《工程质量投诉登记台账》：科员在 Excel 台账里逐件登记，
    年中由 Excel 另存为 CSV（GBK）报省站。日期写法：2025.03.04（只记日期，来电来访另记时刻列不存在）。

    从条例原文写下的列：登记编号、来件日期、投诉方式（信函/电话/来访）、投诉人、联系电话、工程名称、
    工程类别（建筑安装/市政/公用/装饰装修）、建设性质（新建/改建/扩建）、交付使用日期、所处阶段
    （在建/保修期内/超保修期）、问题摘要、归口单位（本站/房产局/规划局/城建局/开发办/区县建设局）、承办人、
    处理结果、办结日期、登记人、备注。
    读过制度 YAML 后补的列：是否在保修期（是/否，在建工程写“/”）、保修期依据（279号令第四十条/省条例第二十六条，
    在建工程写“/”）。

    手工映射：登记编号 = case_number；交付使用日期 = handover_date；所处阶段 = project_stage（在建 → construction，
    保修期内、超保修期 → in_use：两者都是交付后使用中的问题）；是否在保修期 = within_warranty（“/”为不适用，读作空白）；
    保修期依据 = warranty_basis（“/”读作空白）。来件日期、归口单位等没有规则读取（制度原文在第八条中断，
    没有受理程序和环节）。

    注入（11）：CK107 case_number ×3（三个登记编号各被两件投诉重复使用：复制上一行后忘改编号）；
    CK102 within_warranty ×3（“待查”×2、“需鉴定”×1）；CK102 project_stage ×2（“不详”）；
    CK102 warranty_basis ×3（“质量保证书”×2、“合同约定”×1：不是第四条的两种依据）。
    陷阱（不是违规）：超过保修期、使用中的问题照样登记并转产权单位处理（beyond_warranty_in_use 制度未写明
    受理环节，审计不执行）；2000 年以前交付使用的老楼按省条例第二十六条定保修期；在建工程两列写“/”；
    一件补登的投诉编号带“补”字，与原编号不同。
    """
    taken = set()
    clerks = distinct_names(rng, 2, taken)
    handlers = distinct_names(rng, 5, taken)
    projects_new = ["铁东区万科城三期", "立山区恒大绿洲11#楼", "铁西区碧桂园天玺", "高新区保利和光尘樾",
                    "千山区中海国际社区", "铁东区华润置地公园九里", "立山区融创壹号院", "铁西区金地檀府"]
    projects_old = ["铁东区胜利小区", "立山区鞍钢灵山宿舍", "铁西区八卦街住宅楼", "铁东区园林小区",
                    "立山区曙光小区", "铁西区健身小区"]
    projects_build = ["鞍山市第一人民医院门诊楼扩建", "二一九路下穿通道", "千山路供热管网改造",
                      "鞍钢技工学校实训楼改建", "铁西区万象汇商业综合体", "高新区软件园二期"]
    problems_use = ["屋面渗漏", "外墙保温层脱落", "卫生间楼板渗水", "地下室渗水", "墙体裂缝", "窗台渗水",
                    "地面空鼓开裂", "供暖管道漏水", "排水管道反味堵塞"]
    problems_build = ["楼板混凝土蜂窝麻面", "钢筋外露未处理", "砌体灰缝不饱满", "防水层施工未验收即覆盖",
                      "管沟回填未夯实", "脚手架旁外墙砌筑质量差"]
    units = ["本站", "本站", "本站", "铁东区建设局", "立山区建设局", "铁西区建设局", "房产局", "城建局", "开发办"]

    cases = []   # (case dict, injected rule or None)
    n = 0
    days = [_d("2025-01-06") + timedelta(days=k) for k in range(172)]
    days = sorted(rng.sample([d for d in days if workday(d)], 35))
    # kinds: build (在建), warranty (保修期内), beyond (超保修期)
    kinds = ["warranty"] * 17 + ["build"] * 10 + ["beyond"] * 8
    rng.shuffle(kinds)
    # injections by position in the list of cases
    inj = {}
    slots = list(range(len(kinds)))
    rng.shuffle(slots)
    warranty_slots = [i for i in slots if kinds[i] == "warranty"]
    beyond_slots = [i for i in slots if kinds[i] == "beyond"]
    any_use = warranty_slots + beyond_slots
    for i in warranty_slots[:2]:
        inj[i] = ("within_warranty", "待查")
    inj[warranty_slots[2]] = ("within_warranty", "需鉴定")
    for i in any_use[3:5]:
        inj[i] = ("project_stage", "不详")
    rest = [i for i in any_use if i not in inj]
    inj[rest[0]] = ("warranty_basis", "质量保证书")
    inj[rest[1]] = ("warranty_basis", "质量保证书")
    inj[rest[2]] = ("warranty_basis", "合同约定")
    old_pre2000 = set(beyond_slots[-3:])     # delivered before 30 January 2000

    for i, kind in enumerate(kinds):
        n += 1
        received = days[i]
        way = pick(rng, [("来访", 4), ("电话", 4), ("信函", 2)])
        if kind == "build":
            project = rng.choice(projects_build)
            handover = None
            stage, warranty, basis = "在建", "/", "/"
            problem = rng.choice(problems_build)
            category = rng.choice(["建筑安装", "市政", "公用", "建筑安装"])
            nature = "扩建" if "扩建" in project else "改建" if ("改建" in project or "改造" in project) else "新建"
            unit = rng.choice(["本站", "本站", "城建局", "高新区建设局"])
            result = "已责成施工单位整改，监理复查合格" if rng.random() < 0.7 else "现场检查，下发整改通知书"
        elif kind == "warranty":
            project = rng.choice(projects_new)
            handover = date(rng.randint(2020, 2024), rng.randint(1, 12), rng.randint(1, 28))
            stage, warranty, basis = "保修期内", "是", "279号令第四十条"
            problem = rng.choice(problems_use)
            category = rng.choice(["建筑安装", "装饰装修", "建筑安装"])
            nature = "新建"
            unit = rng.choice(units)
            result = rng.choice(["已约谈开发商，责成保修", "施工单位已维修，业主签字确认", "转开发办督促建设单位维修"])
        else:
            project = rng.choice(projects_old)
            if i in old_pre2000:
                handover = date(rng.randint(1992, 1999), rng.randint(1, 12), rng.randint(1, 28))
                basis = "省条例第二十六条"
            else:
                handover = date(rng.randint(2003, 2012), rng.randint(1, 12), rng.randint(1, 28))
                basis = "279号令第四十条"
            stage, warranty = "超保修期", "否"
            problem = rng.choice(problems_use)
            category = "建筑安装"
            nature = "新建"
            unit = "产权单位"
            result = "已超保修期，告知由产权单位（物业/房产部门）处理"
        rule = None
        if i in inj:
            rule, bad = inj[i]
            if rule == "within_warranty":
                warranty = bad
            elif rule == "project_stage":
                stage = bad
            else:
                basis = bad
        done = received + timedelta(days=rng.randint(5, 40))
        if done > CUTOFF.date():
            done, result = None, "办理中"
        note = ""
        if rule == "within_warranty":
            note = "保修期待核对房屋质量保证书"
        elif rule == "warranty_basis":
            note = "按开发商提供的资料定保修期"
        c = {
            "登记编号": f"鞍质投2025-{n:03d}",
            "来件日期": received,
            "投诉方式": way,
            "投诉人": person_name(rng),
            "联系电话": mobile(rng),
            "工程名称": project,
            "工程类别": category,
            "建设性质": nature,
            "交付使用日期": handover,
            "所处阶段": stage,
            "是否在保修期": warranty,
            "保修期依据": basis,
            "问题摘要": problem,
            "归口单位": unit,
            "承办人": rng.choice(handlers),
            "处理结果": result,
            "办结日期": done,
            "登记人": rng.choice(clerks),
            "备注": note,
        }
        cases.append((c, f"{rule} (invalid value)" if rule else None))

    # three numbers reused: a row copied from the one above and the number left unchanged
    dups = []
    for k in (rng.randint(3, 10), rng.randint(13, 20), rng.randint(24, 32)):
        prev = cases[k - 1][0]
        cases[k][0]["登记编号"] = prev["登记编号"]
        dups.append(prev["登记编号"])
    # a late registration numbered with 补 (trap: a different number)
    j = next(j for j in range(21, len(cases)) if cases[j][1] is None
             and cases[j][0]["登记编号"] not in dups and cases[j + 1][0]["登记编号"] not in dups)
    late_copy = dict(cases[j][0])
    late_copy["登记编号"] = cases[j][0]["登记编号"] + "补"
    late_copy["投诉人"] = person_name(rng)
    late_copy["联系电话"] = mobile(rng)
    late_copy["备注"] = "漏登，补录"
    cases.insert(j + 1, (late_copy, None))

    if injected is not None:
        injected += [(number, "case_number (duplicate)") for number in dups]
        injected += [(c["登记编号"], inj_) for c, inj_ in cases if inj_]
    rows = [Case({h: _dot(v) if isinstance(v, date) else v for h, v in c.items()}) for c, _ in cases]

    hand = {
        "procedure": "s34-liaoning-construction-quality-complaints",
        "encoding": "gbk",
        "columns": {
            "登记编号": "case_number",
            "交付使用日期": "handover_date",
            "所处阶段": "project_stage",
            "是否在保修期": "within_warranty",
            "保修期依据": "warranty_basis",
        },
        "values": {
            "project_stage": {"在建": "construction", "保修期内": "in_use", "超保修期": "in_use"},
            "within_warranty": {"是": "yes", "否": "no", "/": ""},
            "warranty_basis": {"279号令第四十条": "delivered_after_2000_01_30",
                               "省条例第二十六条": "delivered_before_2000_01_30", "/": ""},
        },
    }
    return rows, hand


# --- 141: S37, the Xiamen quality supervision station's complaint desk ------------------------------------------

def e141_s37_xiamen_complaint_desk(rng, injected=None):
    """厦门市建设工程质量安全监督站 质量投诉分中心 窗口的《质量投诉受理登记表》：值班人员在分中心电脑的 Excel
    登记表里逐件录入，综合管理室每半年汇总导出 XLSX。日期为 Excel 日期单元格（受理时间带时刻）。

    从细则原文写下的列：受理编号、受理时间、来件形式（书信/电子邮件/传真/走访/来电）、值班科室、值班人、
    投诉人、联系方式、报建工程名称、房号、与产权人关系（本人/配偶/亲属/承租人/委托代理人）、反映问题、
    是否受理（受理/不予受理）、不予受理原因（要求赔偿或换退房/二次装修/未验收交付/超过保修期/非质量缺陷/
    已进入诉讼）、主办人、处理科室、处理情况、办结时间、备注。
    读过制度 YAML 后补的列：投诉人诉求（要求整改/要求赔偿/要求换房/要求退房）、同意整改（是/否）、
    二次装修（是/否）、竣工验收（已验收/未验收交付/验收不合格交付，在建写“/”）、保修期内（是/否）、
    质量缺陷（是/否）、已起诉（是/否）、登记时间（值班人员作出“是否受理”并登记的时间）、报主办时间。

    手工映射：受理编号 = case_number；受理时间 = receive_at（窗口接待来电、来访、来件）；来件形式 = channel；
    投诉人、联系方式、报建工程名称、房号、与产权人关系 = 第七条第1项的记录内容；报主办时间 = report_at；
    “是否受理/登记时间/值班人”用 outcomes（受理 → record，不予受理 → refer_elsewhere；“待核实”不对应环节）；
    值班人的姓名在 roles 中对应 duty_officer，分中心两名主办人员的姓名对应 case_officer；诉求、同意整改等七列
    对应第三条六种情形的条件字段；“不予受理原因”是说明文字，不映射。

    注入（16 件，18 项发现）：CK101 record_complainant ×1、record_contact ×1、record_project_name ×1、
    record_house ×2、record_relation_to_owner ×2、report_to_case_officer ×2（已登记受理，报主办时间空）；
    CK105 secondary_decoration_defect ×1、in_litigation ×1（属第三条情形却登记受理，各同时引出
    CK101 advised_other_routes ×1，共 2）；CK101 in_scope_recorded ×1（接待后到导出时仍“待核实”，既未登记也未
    建议其他途径）；CK106 record-report ×1（报主办时间早于登记时间）；CK103 step-record ×1（主办人员直接接电话登记）；
    CK102 channel ×1（“12345转办”不是细则的来件形式）；CK107 case_number ×1（一个编号用了两次）。
    陷阱（不是违规）：不予受理的件房号、与产权人关系空着（第七条只要求受理件）；属第三条情形并已建议其他途径
    （不予受理）的件；要求整改且同意整改的受理件；在建工程“保修期内”“竣工验收”写“/”；报主办时间与登记时间
    同一分钟。没有报主办、仍“待核实”的注入件都不放在六月的最后几天（细则“及时”没有时限，审计不看时间，
    放在最后几天的会像是还来不及办）。
    """
    taken = set()
    duty = distinct_names(rng, 8, taken)
    officers = distinct_names(rng, 2, taken)
    sections = ["监督一科", "监督二科", "监督三科", "监督四科"]
    section_of = {name: sections[k % 4] for k, name in enumerate(duty)}
    projects = ["翔安区保利和光屿湖", "集美区建发央誉", "海沧区万科云玺", "湖里区国贸天琴湾", "思明区联发欣悦学府",
                "同安区中骏天峰", "翔安区招商臻园", "集美区禹洲溪堤尚城", "湖里区金茂悦", "海沧区融信海上城"]
    relations = ["本人"] * 6 + ["配偶", "亲属", "承租人", "委托代理人"]
    problems_ok = ["卧室外墙渗水", "卫生间楼板渗漏", "客厅地面空鼓", "窗框周边渗水", "阳台栏杆松动", "屋面防水层起鼓",
                   "楼梯间墙面裂缝", "地下车库顶板渗水", "外墙涂料大面积脱落", "入户门框变形"]

    # plans: (kind, injection)
    #  ok: 受理，全部记录；ref: 不予受理（属第三条情形或非受理范围），已建议其他途径
    plan = ([("ok", None)] * 17
            + [("ok", "record_complainant"), ("ok", "record_contact"), ("ok", "record_project_name"),
               ("ok", "record_house"), ("ok", "record_house"),
               ("ok", "record_relation_to_owner"), ("ok", "record_relation_to_owner"),
               ("ok", "report_to_case_officer"), ("ok", "report_to_case_officer"),
               ("ok", "secondary_decoration_defect"), ("ok", "in_litigation"),
               ("pending", "in_scope_recorded"), ("ok", "record-report"), ("ok", "step-record"),
               ("ok", "channel")]
            + [("ref", None)] * 8)
    rng.shuffle(plan)
    # keep the injections that need time out of the last days of June
    days = [date(2025, 1, 6) + timedelta(days=k) for k in range(172)]
    days = sorted(rng.sample([d for d in days if workday(d)], len(plan)))
    late = [k for k, (kind, inj) in enumerate(plan) if k >= len(plan) - 3 and inj in ("report_to_case_officer",
                                                                                     "in_scope_recorded")]
    for k in late:
        swap = next(j for j in range(5, 20) if plan[j][1] is None)
        plan[k], plan[swap] = plan[swap], plan[k]
    ref_reasons = [("remedy", "要求赔偿或换退房"), ("decoration", "二次装修"), ("acceptance", "未验收交付"),
                   ("warranty", "超过保修期"), ("defect", "非质量缺陷"), ("litigation", "已进入诉讼"),
                   ("refuse", "不同意整改"), ("none", "不属本站受理（市政道路）")]
    rng.shuffle(ref_reasons)

    cases = []
    for k, (kind, inj) in enumerate(plan):
        way = pick(rng, [("来电", 5), ("走访", 4), ("书信", 1), ("电子邮件", 2), ("传真", 1)])
        if inj == "channel":
            way = "12345转办"
        t = datetime(days[k].year, days[k].month, days[k].day, rng.randint(8, 15), rng.randint(0, 59))
        officer = rng.choice(duty)
        if way in ("书信", "电子邮件", "传真", "12345转办"):
            t_rec = t + timedelta(minutes=rng.randint(30, 90))
        else:
            t_rec = t + timedelta(minutes=rng.randint(3, 25))
        c = {
            "受理编号": f"XMZJ-TS-2025{k + 1:04d}",
            "受理时间": t,
            "来件形式": way,
            "值班科室": section_of[officer],
            "值班人": officer,
            "投诉人": person_name(rng),
            "联系方式": mobile(rng),
            "报建工程名称": rng.choice(projects),
            "房号": f"{rng.randint(1, 18)}#楼{rng.randint(2, 32)}{rng.randint(1, 4):02d}室",
            "与产权人关系": rng.choice(relations),
            "反映问题": rng.choice(problems_ok),
            "投诉人诉求": "要求整改",
            "同意整改": "是",
            "二次装修": "否",
            "竣工验收": "已验收",
            "保修期内": "是",
            "质量缺陷": "是",
            "已起诉": "否",
            "是否受理": "受理",
            "不予受理原因": "",
            "登记时间": t_rec,
            "主办人": rng.choice(officers),
            "报主办时间": t_rec + timedelta(minutes=rng.randint(0, 60)),
            "处理科室": rng.choice(sections),
            "处理情况": "",
            "办结时间": None,
            "备注": "",
        }
        if rng.random() < 0.15:
            c["竣工验收"], c["保修期内"] = "/", "/"
            c["反映问题"] = rng.choice(["在建楼栋外墙砌体开裂", "施工中楼板钢筋外露", "在建地下室底板渗水"])
            c["房号"] = f"{rng.randint(1, 12)}#楼（在建）"
            c["与产权人关系"] = "预售合同买受人"
        if kind == "ok" and inj is None and rng.random() < 0.5:
            c["报主办时间"] = c["登记时间"]   # trap: same minute
        if kind == "ref":
            code, reason = ref_reasons.pop()
            c["是否受理"] = "不予受理"
            c["不予受理原因"] = reason
            c["主办人"], c["报主办时间"], c["处理科室"] = "", None, ""
            c["登记时间"] = t + timedelta(minutes=rng.randint(5, 30))
            if rng.random() < 0.5:
                c["房号"] = ""
            if rng.random() < 0.5:
                c["与产权人关系"] = ""
            if code == "remedy":
                c["投诉人诉求"] = rng.choice(["要求赔偿", "要求退房", "要求换房"])
            elif code == "refuse":
                c["同意整改"] = "否"
            elif code == "decoration":
                c["二次装修"] = "是"
            elif code == "acceptance":
                c["竣工验收"] = rng.choice(["未验收交付", "验收不合格交付"])
            elif code == "warranty":
                c["保修期内"] = "否"
            elif code == "defect":
                c["质量缺陷"] = "否"
                c["反映问题"] = "小区绿化与宣传不符"
            elif code == "litigation":
                c["已起诉"] = "是"
            else:
                c["报建工程名称"] = "湖里区仙岳路人行道改造"
                c["反映问题"] = "人行道砖松动"
                c["房号"] = ""
            c["处理情况"] = "已向投诉人说明，建议通过其他途径解决"
        elif kind == "pending":
            c["是否受理"] = "待核实"
            c["登记时间"], c["主办人"], c["报主办时间"], c["处理科室"] = None, "", None, ""
            c["处理情况"] = "待核实工程报建信息"
        else:
            end = c["报主办时间"] + timedelta(days=rng.randint(10, 45))
            if end <= CUTOFF:
                c["办结时间"] = end.replace(hour=rng.randint(9, 17))
                c["处理情况"] = rng.choice(["责成施工单位维修完毕，投诉人确认", "约谈建设单位，已整改",
                                          "现场检查，下发整改通知，已整改"])
            else:
                c["处理情况"] = "处理中"
        # injections
        if inj == "record_complainant":
            c["投诉人"] = ""
            c["来件形式"] = "电子邮件"
            c["备注"] = "邮件未署名"
        elif inj == "record_contact":
            c["联系方式"] = ""
        elif inj == "record_project_name":
            c["报建工程名称"] = ""
            c["备注"] = "投诉人说不清报建名称"
        elif inj == "record_house":
            c["房号"] = ""
        elif inj == "record_relation_to_owner":
            c["与产权人关系"] = ""
        elif inj == "report_to_case_officer":
            c["主办人"], c["报主办时间"], c["处理科室"] = "", None, ""
            c["处理情况"], c["办结时间"] = "", None
        elif inj == "secondary_decoration_defect":
            c["二次装修"] = "是"
            c["反映问题"] = "自行改造卫生间后楼下渗水"
        elif inj == "in_litigation":
            c["已起诉"] = "是"
            c["备注"] = "已向思明区法院起诉开发商"
        elif inj == "record-report":
            c["报主办时间"] = c["登记时间"] - timedelta(minutes=rng.randint(20, 60))
            if c["报主办时间"] < c["受理时间"]:
                c["报主办时间"] = c["受理时间"]
                c["登记时间"] = c["受理时间"] + timedelta(minutes=rng.randint(30, 60))
            c["备注"] = "先电话报主办，后补登记"
        elif inj == "step-record":
            c["值班人"] = c["主办人"]
            c["值班科室"] = "综合管理室"
            c["备注"] = "主办人直接接听"
        cases.append((c, inj))

    # one number used twice: the next row's number typed again
    k = rng.randint(8, 25)
    while plan[k][1] or plan[k - 1][1]:
        k += 1
    cases[k][0]["受理编号"] = cases[k - 1][0]["受理编号"]
    dup = cases[k][0]["受理编号"]

    if injected is not None:
        injected += [(dup, "case_number (duplicate)")]
        injected += [(c["受理编号"], inj) for c, inj in cases if inj]
    rows = [Case(c) for c, _ in cases]

    hand = {
        "procedure": "s37-xiamen-construction-quality-complaints",
        "sheet": "导出",
        "columns": {
            "受理编号": "case_number",
            "受理时间": "receive_at",
            "来件形式": "channel",
            "投诉人": "complainant",
            "联系方式": "contact_phone",
            "报建工程名称": "project_name",
            "房号": "address",
            "与产权人关系": "relation_to_owner",
            "投诉人诉求": "demanded_remedy",
            "同意整改": "accepts_rectification",
            "二次装修": "secondary_decoration",
            "竣工验收": "delivered_without_acceptance",
            "保修期内": "within_warranty",
            "质量缺陷": "is_quality_defect",
            "已起诉": "in_litigation",
            "报主办时间": "report_at",
        },
        "values": {
            "channel": {"来电": "phone", "走访": "visit", "书信": "letter", "电子邮件": "email", "传真": "fax"},
            "demanded_remedy": {"要求整改": "rectification", "要求赔偿": "compensation", "要求换房": "exchange_house",
                                "要求退房": "return_house"},
            "accepts_rectification": {"是": "yes", "否": "no"},
            "secondary_decoration": {"是": "yes", "否": "no"},
            "delivered_without_acceptance": {"已验收": "no", "未验收交付": "yes", "验收不合格交付": "yes", "/": ""},
            "within_warranty": {"是": "yes", "否": "no", "/": ""},
            "is_quality_defect": {"是": "yes", "否": "no"},
            "in_litigation": {"是": "yes", "否": "no"},
        },
        "roles": {**{name: "duty_officer" for name in duty}, **{name: "case_officer" for name in officers}},
        "outcomes": {
            "是否受理": {"date": "登记时间", "by": "值班人", "steps": {"受理": "record", "不予受理": "refer_elsewhere"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("140-s34-city-quality-complaint-register.csv", "gbk", e140_s34_city_quality_complaint_register),
    ("141-s37-xiamen-complaint-desk.xlsx", "xlsx", e141_s37_xiamen_complaint_desk),
]
