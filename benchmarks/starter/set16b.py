"""Starter-profile benchmark exports 92-93 (set 16b), written unseen by the mapping guesser's authors.

Each function plays one company's (or bureau's) own complaint system for a procedure and returns (rows, hand
profile); the docstring says which system, the date spelling, what was injected and which columns were added after
reading the procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 92 93    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, distinct_names, person_name, mobile, working_minutes


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return working_minutes(t, CUTOFF)


def _dot(t):
    """The branch register's spelling: 2025.03.04 09:12."""
    return t.strftime("%Y.%m.%d %H:%M") if t else ""


def _dot_date(t):
    return t.strftime("%Y.%m.%d") if t else ""


def _within(start, lo_h, hi_h, rng, limit_h=None, tries=40):
    """A working-hours time lo_h..hi_h after start; with limit_h, one that stays within limit_h of start after the
    move into working hours (or None when no such time is found)."""
    for _ in range(tries):
        t = _cap(start + timedelta(hours=rng.uniform(lo_h, hi_h)))
        if t is None:
            return None
        if limit_h is None or (t - start) <= timedelta(hours=limit_h):
            return t
    return None


# --- 92: S41, a construction group branch's owner-complaint register ---------------------------------------------

def e92_s41_owner_register(rng, injected=None):
    """华建八局第二建设有限公司 江南分公司 工程质保部《业主投诉处理台账（2025）》，Excel 台账另存为 CSV（GBK），按 S41《工程质量投诉管理制度》审计。
    日期写法：2025.03.04 09:12（点分，台账手工录入）；备案、报局只记日期 2025.03.04。
    投诉来源：业主来访 / 业主来函 / 局领导批转 / 局工程管理部转办 / 总部转办 / 政府转办（12345）。登记部门：质保部、局工程管理部（局里收到后登记转来）。
    问题类别：质量通病（移交质保部按不合格品控制程序）/ 一般问题（处理小组处理）/ 材料问题（物资部调换，小组更换）。
    处理责任单位：质保部、处理小组、（违规）项目部、物资部。记录表填写人是处理小组成员姓名；回访人是质保部质量工程师姓名；
    核实组织部门写部门名。名单由审计人员向分公司人事核对：质保部 3 人、处理小组 4 人、项目经理 6 人（都由 distinct_names 生成，互不相同）。
    读过制度 YAML 后补的列：项目部核实反馈时间（4.4 项目部核实后反馈的时间；事实“无法确认”的，即起算48h的“确定不能确认事实主体的时间”），
    事实确认（已确认 / 无法确认），核实组织部门，物资部调换日期，记录表填写人，业主签字，备案情况，局级投诉（是/否），书面报局日期。
    注入（15 件，各在不同案件）：投诉编号重复 1 对（同一封来函登记两次）；无法确认事实而现场核实晚于项目部反馈 48h 2 件；
    无法确认事实却无现场核实而已处理完 1 件；现场核实由项目部组织 1 件；材料问题没有物资部调换记录 1 件；材料问题由物资部自行处理（不是小组更换）1 件；
    质量通病由项目部处理（未移交质保部）1 件；已处理完没有填写处理记录表 1 件；业主拒签 1 件；业主已签字而备案情况空白（未备案）1 件；
    业主已签字质保部没有回访 1 件；局级投诉回访后没有书面报局 1 件；由项目部登记投诉 1 件；问题类别写“设计问题”（不在三类之内）1 件。
    陷阱（不是违规）：现场核实在反馈后 44~47.5 小时（未超 48h），以及离收到日期已超过 48h 但离项目部反馈未超的核实；
    局工程管理部登记的投诉；非局级投诉不报局；事实已确认仍去现场看过的；处理中的案件（6 月收到，尚未处理完）没有记录表、签字、回访；
    回访方式为上门；参加人员没有科技部（不检查）。
    """
    n = 62
    base = datetime(2025, 1, 6, 8, 0)
    recs = sorted(base + timedelta(days=rng.uniform(0, 168), hours=rng.uniform(0, 9)) for _ in range(n))
    recs = [_cap(t) for t in recs]
    complete = [i for i in range(n) if recs[i] < datetime(2025, 5, 20)]
    slots = [i for i in complete if i not in (0, 1)]
    rng.shuffle(slots)
    take = lambda k: [slots.pop() for _ in range(k)]  # noqa: E731
    dup_src = slots.pop()
    dup_dst = dup_src + 1 if dup_src + 1 in slots else None
    if dup_dst is None:
        dup_dst = next(i for i in slots if i not in (dup_src,))
    slots.remove(dup_dst)
    bad_value = take(1)
    late_onsite = take(2)
    no_onsite = take(1)
    onsite_by_pm = take(1)
    no_exchange = take(1)
    proc_by_materials = take(1)
    hard_by_pm = take(1)
    no_record = take(1)
    refused = take(1)
    not_filed = take(1)
    no_follow = take(1)
    no_report = take(1)
    record_by_pm = take(1)
    trap_47h = take(2)
    trap_onsite_confirmed = take(2)

    qa_staff = distinct_names(rng, 3, set())
    taken = set(qa_staff)
    team = distinct_names(rng, 4, taken)
    pms = distinct_names(rng, 6, taken)
    projects = [("滨江壹号院二期", "住宅"), ("城南安置房B地块", "住宅"), ("翡翠湾花园三期", "住宅"),
                ("市第二人民医院门诊综合楼", "公建"), ("高新区人才公寓", "住宅"), ("江南职教中心实训楼", "公建"),
                ("锦绣华庭", "住宅"), ("运河湾商业综合体", "公建")]
    pm_of = {p: pms[k % len(pms)] for k, (p, _) in enumerate(projects)}
    public_owner = {"市第二人民医院门诊综合楼": "市第二人民医院基建处", "江南职教中心实训楼": "江南职业教育中心后勤处",
                    "运河湾商业综合体": "运河湾商业管理有限公司"}
    issues = {
        "质量通病": ["卫生间渗水至楼下顶棚", "外墙窗边渗漏", "地下车库顶板渗水", "屋面防水层起鼓渗漏", "楼板出现裂缝",
                  "外墙涂料大面积开裂脱落", "阳台地漏倒灌"],
        "一般问题": ["入户门变形关不严", "墙面空鼓需修补", "地砖空鼓两处", "踢脚线脱落", "窗台石材破损", "吊顶石膏板接缝开裂"],
        "材料问题": ["铝合金窗型材变形", "PPR给水管接头爆裂", "开关插座面板发黄松动", "入户门锁具损坏（批次问题）",
                  "卫生间洁具釉面开裂", "电线规格与图纸不符"],
        "设计问题": ["车库坡道坡度过大"],
    }
    participants = ["质保部、物资部、科技部、原项目部", "质保部、原项目部", "质保部、物资部、原项目部", "质保部、科技部"]

    rows = []
    for i in range(n):
        rec = recs[i]
        proj, kind = rng.choice(projects)
        bureau = rng.random() < 0.35
        source = pick(rng, [("局领导批转", 3), ("局工程管理部转办", 4), ("总部转办", 2)]) if bureau else \
            pick(rng, [("业主来访", 5), ("业主来函", 3), ("政府转办（12345）", 2)])
        cat = pick(rng, [("质量通病", 45), ("一般问题", 35), ("材料问题", 20)])
        confirmed = rng.random() < 0.55
        if i in late_onsite + no_onsite + onsite_by_pm + trap_47h:
            confirmed = False
        if i in trap_onsite_confirmed:
            confirmed = True
        if i in no_exchange + proc_by_materials:
            cat = "材料问题"
        if i in hard_by_pm:
            cat = "质量通病"
        if i in bad_value:
            cat = "设计问题"
        if i in no_report:
            bureau = True
            source = "局领导批转"
        record_dept = "局工程管理部" if bureau and rng.random() < 0.5 else "质保部"
        if i in record_by_pm:
            record_dept = "项目部"

        notify = _within(rec, 1, 20, rng)
        feedback = _within(notify, 3, 40, rng)
        onsite = onsite_by = None
        if not confirmed:
            if i in late_onsite:
                onsite = _within(feedback, 55, 96, rng)
            elif i in no_onsite:
                onsite = None
            elif i in trap_47h:
                onsite = _within(feedback, 44, 47.5, rng, limit_h=47.9) or _within(feedback, 20, 40, rng, limit_h=47.9)
            else:
                onsite = _within(feedback, 4, 40, rng, limit_h=47.9)
            if onsite:
                onsite_by = "项目部" if i in onsite_by_pm else "质保部"
        elif i in trap_onsite_confirmed or rng.random() < 0.1:
            onsite = _within(feedback, 4, 60, rng)
            onsite_by = "质保部"
        communicate = _within(onsite or feedback, 1, 24, rng)
        exchange = None
        if cat == "材料问题" and i not in no_exchange:
            exchange = _within(communicate, 30, 140, rng)
        handle = _within(exchange or communicate, 24, 240, rng)
        handle_by = {"质量通病": "质保部", "一般问题": "处理小组", "材料问题": "处理小组", "设计问题": "质保部"}[cat]
        if i in hard_by_pm:
            handle_by = "项目部"
        if i in proc_by_materials:
            handle_by = "物资部"
        record_t = _within(handle, 2, 40, rng) if handle else None
        follow = _within(record_t, 24, 120, rng) if record_t else None
        report = _within(follow, 24, 168, rng) if (follow and bureau) else None
        if i not in complete or handle is None or record_t is None or follow is None or (bureau and report is None):
            if i in complete:       # an injected or trap case must finish: pull the chain forward
                raise RuntimeError(f"case {i} did not finish before the cutoff")
            # still in progress: the branch has not finished handling yet
            handle = record_t = follow = report = None
            if exchange and exchange > datetime(2025, 6, 25):
                exchange = None
        signed = "已签" if record_t else ""
        filed = "已备案" if record_t else ""
        writer = rng.choice(team) if record_t else ""
        if i in no_record:
            record_t = None
            signed = filed = writer = ""
            follow = report = None
        if i in refused:
            signed = "业主拒签"
            filed = ""
        if i in not_filed:
            filed = ""          # the 备案 cell left blank: the signed record was never filed
        if i in no_follow:
            follow = report = None
        if i in no_report:
            report = None
        status = "已办结" if (follow and (report or not bureau)) else ("处理中" if not handle else "待回访")
        if i in refused or i in no_record:
            status = "已办结"
        if i in no_report or i in not_filed:
            status = "已办结"

        row = Case()
        row["序号"] = i + 1
        row["投诉编号"] = f"JN-ZT-2025-{i + 1:03d}"
        row["收到日期"] = _dot(rec)
        row["投诉来源"] = source
        row["局级投诉"] = "是" if bureau else "否"
        row["登记部门"] = record_dept
        row["项目名称"] = proj
        row["项目经理"] = pm_of[proj]
        row["业主"] = public_owner.get(proj) or (person_name(rng) + rng.choice(["", "先生", "女士"]))
        row["联系电话"] = mobile(rng)
        row["部位/房号"] = (f"{rng.randint(1, 18)}#楼{rng.randint(2, 26)}0{rng.randint(1, 4)}" if kind == "住宅"
                          else rng.choice(["门诊楼三层", "裙楼屋面", "地下一层", "实训楼二层", "B区外立面"]))
        row["投诉问题"] = rng.choice(issues[cat])
        row["通知项目部时间"] = _dot(notify)
        row["项目部核实反馈时间"] = _dot(feedback)
        row["事实确认"] = "已确认" if confirmed else "无法确认"
        row["现场核实时间"] = _dot(onsite)
        row["核实组织部门"] = onsite_by or ""
        row["参加人员"] = rng.choice(participants) if onsite else ""
        row["与业主沟通时间"] = _dot(communicate)
        row["问题类别"] = cat
        row["物资部调换日期"] = _dot(exchange)
        row["处理责任单位"] = handle_by if handle else ("" if i not in complete else handle_by)
        row["处理完成时间"] = _dot(handle)
        row["处理记录表编号"] = f"JN-JL-{i + 1:03d}" if record_t else ""
        row["记录表填写人"] = writer
        row["记录表日期"] = _dot(record_t)
        row["业主签字"] = signed
        row["备案情况"] = filed
        row["回访时间"] = _dot(follow)
        row["回访方式"] = pick(rng, [("电话", 7), ("上门", 3)]) if follow else ""
        row["回访人"] = rng.choice(qa_staff) if follow else ""
        row["书面报局日期"] = _dot_date(report)
        row["状态"] = status
        row["备注"] = ""
        rows.append(row)

    # the same letter registered twice: the second copy keeps the first's number
    rows[dup_dst]["投诉编号"] = rows[dup_src]["投诉编号"]
    rows[dup_dst]["备注"] = "来函重复登记"
    rows[bad_value[0]]["备注"] = "设计院意见待回复"
    rows[refused[0]]["备注"] = "业主对修补效果有异议，拒绝签字"
    if injected is not None:
        num = lambda i: rows[i]["投诉编号"]  # noqa: E731
        injected += [(num(dup_dst), "duplicate")]
        injected += [(num(i), "late_onsite") for i in late_onsite]
        injected += [(num(i), "no_onsite") for i in no_onsite]
        injected += [(num(i), "onsite_by_pm") for i in onsite_by_pm]
        injected += [(num(i), "no_exchange") for i in no_exchange]
        injected += [(num(i), "procurement_by_materials") for i in proc_by_materials]
        injected += [(num(i), "hard_defect_by_pm") for i in hard_by_pm]
        injected += [(num(i), "no_handling_record") for i in no_record]
        injected += [(num(i), "owner_refused") for i in refused]
        injected += [(num(i), "not_filed") for i in not_filed]
        injected += [(num(i), "no_follow_up") for i in no_follow]
        injected += [(num(i), "no_report_bureau") for i in no_report]
        injected += [(num(i), "recorded_by_pm") for i in record_by_pm]
        injected += [(num(i), "bad_category") for i in bad_value]

    roles = {"质保部": "branch_qa", "局工程管理部": "bureau_eng_mgmt", "处理小组": "handling_team",
             "物资部": "materials_dept", "项目部": "project_manager"}
    roles.update({name: "branch_qa" for name in qa_staff})
    roles.update({name: "handling_team" for name in team})
    roles.update({name: "project_manager" for name in pms})
    hand = {
        "procedure": "s41-construction-quality-complaints",
        "columns": {
            "投诉编号": "case_number",
            "收到日期": "record_at",
            "登记部门": "record_by",
            "局级投诉": "complained_to_bureau",
            "投诉问题": "content",
            "通知项目部时间": "notify_at",
            "项目部核实反馈时间": "facts_unconfirmed_at",
            "事实确认": "facts_confirmed",
            "现场核实时间": "onsite_verify_at",
            "核实组织部门": "onsite_verify_by",
            "与业主沟通时间": "communicate_at",
            "问题类别": "problem_type",
            "物资部调换日期": "exchange_goods_at",
            "处理责任单位": "handle_by",
            "处理完成时间": "handle_at",
            "记录表填写人": "handling_record_by",
            "记录表日期": "handling_record_at",
            "业主签字": "owner_signature",
            "备案情况": "filed_with_competent_dept",
            "回访时间": "follow_up_at",
            "回访人": "follow_up_by",
            "书面报局日期": "report_bureau_at",
        },
        "values": {
            "complained_to_bureau": {"是": True, "否": False},
            "facts_confirmed": {"已确认": True, "无法确认": False},
            "problem_type": {"质量通病": "hard_common_defect", "一般问题": "easy_problem",
                             "材料问题": "procurement_problem"},
            "owner_signature": {"业主拒签": ""},
            "filed_with_competent_dept": {"已备案": True},
        },
        "roles": roles,
    }
    return rows, hand


# --- 93: L5, a county construction bureau's quality complaint and warranty case register ---------------------------

def e93_l5_bureau_register(rng, injected=None):
    """东湖县住房和城乡建设局（县建设工程质量安全监督站）《建设工程质量投诉及保修案件登记表》XLSX 导出，按 L5《建设工程质量管理条例》审计。
    日期写法：Excel 真日期单元格（来件、受理、事故时间带时分；竣工、备案、维修完成等只有日期）。
    来源：12345热线 / 来信 / 来访 / 信访局转办 / 网络问政 / 事故报告 / 质监巡查。问题部位用站里的叫法：屋面渗漏、卫生间渗漏、
    外墙渗水（第四十条（二））；给排水管道、电气线路、装饰装修、电梯设备（（四））；供暖系统（（三））；地基沉降、主体结构裂缝（（一））；
    小区道路（其他）。事故等级：一般事故 / 重大事故。维修单位写单位全称：施工单位（承包单位）名称对应 contractor，建设单位（开发商）名称对应 developer。
    读过制度 YAML 后补的列：来件日期（投诉环节时间，与受理日期分开），竣工报告日期，保修书编号，延长保修（保修书约定期限长于第四十条最低期限：是/否），
    维修单位，事故发生时间，事故报告时间，事故等级，上报县政府及市局日期。是否在保修期内尚未核实的写“待核实”，不涉及的写“/”。
    注入（13 件，各在不同案件）：案件编号重复 1 对（12345 工单重复登记）；竣工验收后超过 15 日才备案 2 件；有竣工报告日期而没有保修书编号 1 件；
    在保修期内而施工单位未维修 2 件（拒不履行）；保修维修由建设单位自行组织（不是施工单位）1 件；屋面渗漏竣工已逾 5 年、未延长保修而按保修维修 1 件；
    给排水管道竣工已逾 2 年、未延长保修而按保修维修 1 件；质量事故超过 24 小时才报告 1 件；质量事故有关单位未报告（经检举才知道）1 件；
    重大事故没有向县政府及市局上报 1 件；问题部位写“待定”（不在部位分类之内）1 件。
    陷阱（不是违规）：屋面渗漏竣工 6 年但保修书约定延长保修；给排水管道竣工 2 年半、认定不在保修期内、未按保修维修；供暖系统竣工 3 年（不检查）；
    竣工后第 15 日备案（期限内）；事故后 23 小时报告；在建工程的事故（没有竣工、备案、保修书）；受理较晚、是否在保修期内“待核实”的案件没有维修；
    同一工程的几件投诉。
    """
    n = 58
    base = datetime(2025, 1, 3, 8, 30)
    recs = sorted(base + timedelta(days=rng.uniform(0, 172), hours=rng.uniform(0, 8)) for _ in range(n))
    recs = [_cap(t) for t in recs]
    early = [i for i in range(n) if recs[i] < datetime(2025, 5, 25)]
    slots = [i for i in early if i not in (0, 1)]
    rng.shuffle(slots)
    take = lambda k: [slots.pop() for _ in range(k)]  # noqa: E731
    dup_src = slots.pop()
    dup_dst = dup_src + 1 if dup_src + 1 in slots else next(i for i in slots)
    slots.remove(dup_dst)
    late_filing = take(2)
    no_cert = take(1)
    no_repair = take(2)
    repair_by_dev = take(1)
    old_roof = take(1)
    old_pipe = take(1)
    acc_late = take(1)
    acc_unreported = take(1)
    major_no_up = take(1)
    bad_component = take(1)
    trap_roof_extended = take(1)
    trap_pipe_out = take(1)
    trap_heating = take(1)
    trap_day15 = take(1)
    acc_ok = take(1)
    acc_major_ok = take(1)
    accidents = acc_late + acc_unreported + major_no_up + acc_ok + acc_major_ok

    staff = distinct_names(rng, 4, set())
    contractors = ["东湖县第一建筑工程有限公司", "江淮建工集团有限公司", "华建八局第二建设有限公司", "东湖县宏达建设有限公司",
                   "中恒建设集团有限公司", "东湖县城建工程有限公司"]
    developers = ["东湖县城投置业有限公司", "锦程房地产开发有限公司", "东湖碧湾置业有限公司", "东湖县教育局", "东湖县人民医院",
                  "恒信房地产开发有限公司"]
    supervisors = ["东湖县建设监理有限公司", "正衡工程咨询有限公司", "江淮项目管理有限公司"]
    towns = ["城关镇", "东湖街道", "柳林镇", "河口镇", "新城开发区"]
    estate = ["锦程·御景园", "碧湾花园", "城投·阳光里", "东湖春晓", "恒信·翰林苑", "新城安置小区", "滨湖雅苑", "柳林新村安置房",
              "县第二实验小学教学楼", "县人民医院住院楼", "河口镇卫生院", "城关农贸市场"]
    comp_group = {
        "屋面渗漏": "w", "卫生间渗漏": "w", "外墙渗水": "w",
        "给排水管道": "p", "电气线路": "p", "装饰装修": "p", "电梯设备": "p",
        "供暖系统": "h", "地基沉降": "s", "主体结构裂缝": "s", "小区道路": "o",
    }
    age_months = {"w": (8, 54), "p": (3, 22), "h": (6, 20), "s": (12, 96), "o": (6, 36)}
    desc = {
        "屋面渗漏": "顶层住户反映屋面渗水，雨天天花板滴水", "卫生间渗漏": "卫生间渗水至楼下住户", "外墙渗水": "外墙窗台处渗水，室内墙面发霉",
        "给排水管道": "给水立管接口漏水", "电气线路": "入户电线发热跳闸，疑线径不足", "装饰装修": "公共走道地砖空鼓开裂",
        "电梯设备": "电梯频繁困人，维保单位称安装缺陷", "供暖系统": "地暖不热，分集水器漏水", "地基沉降": "单元门口台阶及散水明显沉降",
        "主体结构裂缝": "楼板出现贯通裂缝", "小区道路": "小区道路路面塌陷", "待定": "住户反映多处质量问题，待现场勘查",
    }
    # projects: an estate's phase or a public building; a project keeps its completion, filing and warranty data on
    # every row. Injected and trap rows get a project of their own (reserved), so a project-level fault is one finding.
    pool = [f"{e}{ph}" for e in estate[:8] for ph in ("一期", "二期", "三期")] + estate[8:]
    rng.shuffle(pool)
    special = set(late_filing + no_cert + old_roof + old_pipe + trap_roof_extended + trap_pipe_out + trap_heating
                  + trap_day15 + repair_by_dev + no_repair)
    reserved = {i: pool.pop() for i in sorted(special)}
    shared = pool
    projects = {}

    def project(name, accepted, i):
        if name not in projects:
            base_name = next(e for e in estate if name.startswith(e))
            dev = rng.choice([d for d in developers if d.endswith("公司")])
            if "小学" in name:
                dev = "东湖县教育局"
            if "医院" in name or "卫生院" in name:
                dev = "东湖县人民医院"
            filed = accepted + timedelta(days=rng.randint(3, 13))
            if i in late_filing:
                filed = accepted + timedelta(days=rng.randint(22, 48))
            if i in trap_day15:
                filed = accepted + timedelta(days=15)
            longer = "是" if (i in trap_roof_extended or rng.random() < 0.15) else "否"
            if i in old_roof + old_pipe + trap_pipe_out:
                longer = "否"
            projects[name] = {"dev": dev, "con": rng.choice(contractors), "sup": rng.choice(supervisors),
                              "town": rng.choice(towns), "accepted": accepted,
                              "report": accepted - timedelta(days=rng.randint(5, 25)), "filed": filed,
                              "cert": "" if i in no_cert else f"BX-{accepted.year}-{rng.randint(10, 199):03d}",
                              "longer": longer, "base": base_name}
        return projects[name]

    comp_weights = [("屋面渗漏", 12), ("卫生间渗漏", 10), ("外墙渗水", 12), ("给排水管道", 10), ("电气线路", 5),
                    ("装饰装修", 10), ("电梯设备", 4), ("供暖系统", 4), ("地基沉降", 3), ("主体结构裂缝", 4),
                    ("小区道路", 3)]
    ongoing = ["东湖县第三中学综合楼", "新城商务中心A座", "柳林镇污水处理厂", "城关镇安置房二期", "河口大桥接线工程"]

    rows = []
    for i in range(n):
        recv = recs[i]
        come = recv - timedelta(hours=rng.uniform(0, 30)) if rng.random() < 0.7 else recv
        come = come.replace(second=0, microsecond=0)
        is_acc = i in accidents
        source = "事故报告" if is_acc else pick(rng, [("12345热线", 40), ("来信", 10), ("来访", 18), ("信访局转办", 10),
                                                    ("网络问政", 14), ("质监巡查", 8)])
        if i in acc_unreported:
            source = "来访"
        row = Case()
        if is_acc:
            pname = ongoing[accidents.index(i)]
            con, dev, sup = rng.choice(contractors), rng.choice([d for d in developers if d.endswith("公司")]), rng.choice(supervisors)
            comp = "主体结构裂缝" if accidents.index(i) % 2 == 0 else "地基沉降"
            acc_at = (recv - timedelta(hours=rng.uniform(30, 60))).replace(second=0, microsecond=0)
            if i in acc_late:
                rep = acc_at + timedelta(hours=rng.uniform(30, 52))
            elif i in acc_unreported:
                rep = None
            elif i in acc_ok:
                rep = acc_at + timedelta(hours=rng.uniform(22.5, 23.5))
            else:
                rep = acc_at + timedelta(hours=rng.uniform(2, 12))
            rep = rep.replace(second=0, microsecond=0) if rep else None
            if rep and rep > recv:
                recv = (rep + timedelta(hours=rng.uniform(0.5, 3))).replace(second=0, microsecond=0)
                come = rep
            major = "重大事故" if i in major_no_up + acc_major_ok else "一般事故"
            up = None
            if i in acc_major_ok:
                up = (rep + timedelta(hours=rng.uniform(3, 20))).replace(second=0, microsecond=0)
            row_data = dict(pname=pname, town=rng.choice(towns), dev=dev, con=con, sup=sup, report=None, accepted=None,
                            filed=None, cert="", longer="", comp=comp, within="/", acc_at=acc_at, acc_rep=rep,
                            major=major, up=up, repair_by="", repair_at=None)
            result = "责令停工整改，组织事故调查" if i not in acc_ok else "已责令整改，加固方案经专家论证"
        else:
            pname = reserved.get(i) or rng.choice(shared)
            if pname in projects:        # a project already on the register: a part that can still be in its period
                age = (recv - projects[pname]["accepted"]).days / 30.44
                fits = [(c, w) for c, w in comp_weights if age <= age_months[comp_group[c]][1]]
                comp = pick(rng, fits)
                p = projects[pname]
            else:
                comp = pick(rng, comp_weights)
                if i in old_roof + trap_roof_extended:
                    comp = "屋面渗漏"
                if i in old_pipe + trap_pipe_out:
                    comp = "给排水管道"
                if i in trap_heating:
                    comp = "供暖系统"
                if i in no_repair + repair_by_dev and comp_group[comp] == "h":
                    comp = "外墙渗水"
                lo, hi = age_months[comp_group[comp]]
                months = rng.uniform(lo, hi)
                if i in old_roof:
                    months = rng.uniform(78, 90)
                if i in trap_roof_extended:
                    months = rng.uniform(70, 76)
                if i in old_pipe:
                    months = rng.uniform(32, 40)
                if i in trap_pipe_out:
                    months = rng.uniform(29, 31)
                if i in trap_heating:
                    months = rng.uniform(35, 38)
                accepted = datetime.combine((recv - timedelta(days=months * 30.44)).date(), datetime.min.time())
                p = project(pname, accepted, i)
            within = "否" if i in trap_pipe_out else "是"
            repair_at = None
            repair_by = p["con"]
            pending = recv > datetime(2025, 5, 25)
            if within == "是" and not pending:
                repair_at = datetime.combine((recv + timedelta(days=rng.randint(6, 35))).date(), datetime.min.time())
                if repair_at > CUTOFF:
                    repair_at = None
            if i in no_repair:
                repair_at, repair_by = None, ""
            if i in repair_by_dev:
                repair_by = p["dev"]
            if i in old_roof + old_pipe:        # the bureau did not check the period and had it repaired under warranty
                repair_at = repair_at or datetime.combine((recv + timedelta(days=12)).date(), datetime.min.time())
            if within == "是" and repair_at is None and i not in no_repair:
                within = "待核实"
                repair_by = ""
            if within == "否":
                repair_by = ""
            if i in bad_component:
                comp = "待定"
            row_data = dict(pname=pname, town=p["town"], dev=p["dev"], con=p["con"], sup=p["sup"], report=p["report"],
                            accepted=p["accepted"], filed=p["filed"], cert=p["cert"], longer=p["longer"], comp=comp,
                            within=within, acc_at=None, acc_rep=None, major="", up=None, repair_by=repair_by,
                            repair_at=repair_at)
            if within == "否":
                result = "经核实已超过保修期，告知业主可有偿维修或通过民事途径解决"
            elif within == "待核实":
                result = "已转质监站现场勘查"
            elif repair_at:
                result = "责令施工单位履行保修义务，已维修完毕" if repair_by == p["con"] else "建设单位组织维修完毕"
            else:
                result = "已下发整改通知书，施工单位至今未维修"
        d = row_data
        closed = d["repair_at"] + timedelta(days=rng.randint(1, 6)) if d["repair_at"] else None
        if closed and closed > CUTOFF:
            closed = None
        if d["within"] == "否":
            closed = datetime.combine((recv + timedelta(days=rng.randint(3, 12))).date(), datetime.min.time())
        row["案件编号"] = f"东建质投〔2025〕{i + 1:03d}号"
        row["来件日期"] = come
        row["受理日期"] = recv
        row["来源"] = source
        row["投诉人"] = (d["con"] if source == "事故报告" else
                      ("匿名" if rng.random() < 0.08 else person_name(rng) + rng.choice(["", "", "（业主代表）"])))
        row["联系电话"] = "" if row["投诉人"] == "匿名" else mobile(rng)
        row["工程名称"] = d["pname"]
        row["工程地址"] = d["town"]
        row["建设单位"] = d["dev"]
        row["施工单位"] = d["con"]
        row["监理单位"] = d["sup"]
        row["竣工报告日期"] = d["report"]
        row["竣工验收日期"] = d["accepted"]
        row["竣工验收备案日期"] = d["filed"]
        row["保修书编号"] = d["cert"]
        row["延长保修"] = d["longer"]
        row["问题部位"] = d["comp"]
        row["问题描述"] = desc[d["comp"]] if not is_acc else ("浇筑中的楼板模板支撑失稳坍塌" if d["comp"] == "主体结构裂缝"
                                                          else "基坑边坡局部坍塌，邻近道路开裂")
        row["是否在保修期内"] = d["within"]
        row["是否质量事故"] = "是" if is_acc else "否"
        row["事故发生时间"] = d["acc_at"]
        row["事故报告时间"] = d["acc_rep"]
        row["事故等级"] = d["major"]
        row["上报县政府及市局日期"] = d["up"]
        row["承办科室"] = "质监站" if is_acc or rng.random() < 0.6 else "建管股"
        row["承办人"] = rng.choice(staff)
        row["维修单位"] = d["repair_by"]
        row["维修完成日期"] = d["repair_at"]
        row["办理结果"] = result
        row["办结日期"] = closed
        row["状态"] = "已办结" if closed else "办理中"
        rows.append(row)

    rows[dup_dst]["案件编号"] = rows[dup_src]["案件编号"]
    if injected is not None:
        num = lambda i: rows[i]["案件编号"]  # noqa: E731
        injected += [(num(dup_dst), "duplicate")]
        injected += [(num(i), "late_filing") for i in late_filing]
        injected += [(num(i), "no_warranty_certificate") for i in no_cert]
        injected += [(num(i), "no_warranty_repair") for i in no_repair]
        injected += [(num(i), "repair_by_developer") for i in repair_by_dev]
        injected += [(num(i), "roof_beyond_5_years") for i in old_roof]
        injected += [(num(i), "pipe_beyond_2_years") for i in old_pipe]
        injected += [(num(i), "accident_report_late") for i in acc_late]
        injected += [(num(i), "accident_not_reported") for i in acc_unreported]
        injected += [(num(i), "major_not_reported_up") for i in major_no_up]
        injected += [(num(i), "bad_component") for i in bad_component]

    roles = {name: "contractor" for name in contractors}
    roles.update({name: "developer" for name in developers})
    hand = {
        "procedure": "l5-construction-quality-regulation",
        "columns": {
            "案件编号": "case_number",
            "来件日期": "complaint_at",
            "受理日期": "received_at",
            "竣工报告日期": "submit_completion_report_at",
            "竣工验收日期": "completion_accepted_at",
            "竣工验收备案日期": "filing_at",
            "保修书编号": "warranty_certificate",
            "延长保修": "warranty_agreed_longer",
            "问题部位": "component",
            "是否在保修期内": "within_warranty",
            "事故发生时间": "accident_at",
            "事故报告时间": "accident_report_at",
            "事故等级": "major_accident",
            "上报县政府及市局日期": "major_accident_report_at",
            "维修单位": "warranty_repair_by",
            "维修完成日期": "warranty_repair_at",
        },
        "values": {
            "warranty_agreed_longer": {"是": "yes", "否": "no"},
            "component": {"屋面渗漏": "waterproofing", "卫生间渗漏": "waterproofing", "外墙渗水": "waterproofing",
                          "给排水管道": "pipes_installation_fitout", "电气线路": "pipes_installation_fitout",
                          "装饰装修": "pipes_installation_fitout", "电梯设备": "pipes_installation_fitout",
                          "供暖系统": "heating_cooling", "地基沉降": "foundation_structure",
                          "主体结构裂缝": "foundation_structure", "小区道路": "other"},
            "within_warranty": {"是": "yes", "否": "no", "待核实": "", "/": ""},
            "major_accident": {"一般事故": "no", "重大事故": "yes"},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("92-s41-owner-complaint-register.csv", "gbk", e92_s41_owner_register),
    ("93-l5-county-quality-warranty-cases.xlsx", "xlsx", e93_l5_bureau_register),
]
