"""Starter-profile benchmark exports 196-197 (set 34a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 196 197    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, person_name, mobile, distinct_names


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _after(rng, t, lo_h, hi_h, day_from=8, day_to=21):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def _dotted(d):
    return None if d is None else f"{d.year}.{d.month:02d}.{d.day:02d}"


def e196_s41_developer_crm_quality(rng, injected=None):
    """196: a residential developer's customer-service centre (a property arm of a construction bureau), owners'
    quality-complaint register kept in its property CRM (明源-style 客服工单), exported to XLSX on 2025-06-30.

    Date spelling: Excel date-time cells (the CRM exports real date cells, to the minute).

    Headers written down from the source text alone (step 1):
      投诉单号, 登记时间, 投诉来源, 登记部门, 项目名称, 楼栋房号, 业主姓名, 联系电话, 问题类别, 问题描述,
      通知项目时间, 事实是否清楚, 现场核实时间, 核实人员, 处理方式, 处理完成时间, 处理记录表编号, 业主签字,
      报备时间, 回访时间, 回访方式, 是否投诉到局, 书面报局时间, 单据状态, 跟进人, 备注, 录入人
    读过制度 YAML 后补的列：派单部门, 项目反馈时间, 与业主沟通时间, 核实组织部门, 物资调换时间, 处理单位,
      记录表签回日期, 回访部门

    Injected (rule id: findings): onsite_verify_48h 4 (three site checks 50-90 h after the project reported the
    facts unclear, and the unclear case never checked on site, still overdue at the audit); onsite_verify_when_unconfirmed 1; pm_notified 1; owner_communicated 1; procurement_goods_exchanged 1;
    handling_record_filled 1; owner_signs_record 1 (业主拒签); record_filed_with_competent_dept 1 (报备时间 written
    "未报", CK109); owner_contacted_after_record 1; report_to_bureau 1; hard_defect_to_qa 1; easy_problem_by_team 1;
    record_by_bureau_or_branch_qa 1 (登记部门 项目部); step-notify 1 (派单部门 分公司质保部); handle-handling_record 1
    (记录表签回日期 typed before 处理完成时间). 18 in all.
    Traps: a site check 47 h after the feedback; confirmed-fact cases without any site check; 是否投诉到局=否 cases
    without a written report; the refused-signature case has no 报备/回访 (not required without a signature);
    cases still open (no 处理完成时间) lack record/signature/回访; procurement cases not yet handled lack 物资调换时间.
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken = set()
    followers = distinct_names(rng, 4, taken)
    clerks = distinct_names(rng, 3, taken)
    checkers = distinct_names(rng, 5, taken)

    projects = {"翡翠湾一期": "FCW", "锦绣华府": "JXHF", "云栖澜庭": "YQLT", "滨江壹号": "BJ01"}
    easy = ["卫生间地漏返水", "入户门门锁卡滞，开关困难", "阳台栏杆立柱松动", "客厅墙面局部空鼓", "厨房插座不通电",
            "卧室窗户密封条脱落漏风", "卫生间墙砖空鼓脱落", "户内给水管接头渗水"]
    hard = ["外墙渗水至主卧墙面发霉", "客厅楼板出现贯通裂缝", "地下室顶板渗漏滴水", "顶层屋面防水渗漏",
            "卫生间楼板渗漏至楼下住户", "外墙保温层开裂"]
    procure = ["铝合金窗型材变形关闭不严", "入户门材质与合同约定不符", "地砖批次色差明显", "木地板起拱（板材含水率超标）",
               "交付配置燃气热水器无法点火"]
    kinds = {"小组维修": easy, "移交质保部": hard, "材料更换": procure}
    category_of = {"卫生间地漏返水": "给排水", "户内给水管接头渗水": "给排水", "厨房插座不通电": "电气",
                   "入户门门锁卡滞，开关困难": "门窗", "卧室窗户密封条脱落漏风": "门窗", "铝合金窗型材变形关闭不严": "门窗",
                   "入户门材质与合同约定不符": "门窗", "阳台栏杆立柱松动": "栏杆", "客厅墙面局部空鼓": "空鼓开裂",
                   "卫生间墙砖空鼓脱落": "空鼓开裂", "客厅楼板出现贯通裂缝": "空鼓开裂", "外墙保温层开裂": "空鼓开裂",
                   "外墙渗水至主卧墙面发霉": "渗漏", "地下室顶板渗漏滴水": "渗漏", "顶层屋面防水渗漏": "渗漏",
                   "卫生间楼板渗漏至楼下住户": "渗漏", "地砖批次色差明显": "装饰装修",
                   "木地板起拱（板材含水率超标）": "装饰装修", "交付配置燃气热水器无法点火": "设备设施"}

    n = 40
    starts = sorted(_rand_day(rng, date(2025, 1, 3), date(2025, 6, 18)) for _ in range(n))
    # flags go to cases that will be closed (started before mid-May)
    closed_pool = [i for i in range(n) if starts[i] <= date(2025, 5, 10)]
    flags_wanted = ["late48", "late48", "late48", "near48", "no_onsite", "no_notify", "no_communicate", "no_exchange",
                    "no_record", "refused", "filed_no", "no_follow", "no_report", "hard_by_team", "easy_by_qa",
                    "record_by_pm", "notify_by_qa", "order_rec"]
    chosen = rng.sample(closed_pool, len(flags_wanted))
    flag_of = dict(zip(chosen, flags_wanted))

    rows = []
    seq = {}
    for i in range(n):
        flag = flag_of.get(i)
        d0 = starts[i]
        proj = rng.choice(list(projects))
        seq[proj] = seq.get(proj, 0) + 1
        no = f"TS-{projects[proj]}-{d0:%Y%m}-{seq[proj]:03d}"
        source = pick(rng, [("业主来电", 35), ("业主来访", 20), ("微信公众号", 15), ("局领导批转", 12),
                            ("局信访转办", 8), ("12345转办", 10)])
        if flag == "no_report":
            source = "局领导批转"
        elif flag in ("no_follow", "refused", "no_record"):
            source = rng.choice(["业主来电", "业主来访", "微信公众号"])
        to_bureau = "是" if source in ("局领导批转", "局信访转办") else "否"

        kind = pick(rng, [("小组维修", 55), ("移交质保部", 25), ("材料更换", 20)])
        if flag in ("no_exchange",):
            kind = "材料更换"
        elif flag == "hard_by_team":
            kind = "移交质保部"
        elif flag == "easy_by_qa":
            kind = "小组维修"
        problem = rng.choice(kinds[kind])
        clear = rng.random() < 0.65
        if flag in ("late48", "near48", "no_onsite"):
            clear = False

        record = _at(rng, d0, 8.5, 18)
        record_by = "局工程管理部" if source in ("局领导批转", "局信访转办", "12345转办") else \
            rng.choice(["局工程管理部", "分公司质保部", "分公司质保部"])
        if flag == "record_by_pm":
            record_by = "项目部"
        notify = _after(rng, record, 0.5, 20)
        notify_by = "分公司质保部" if flag == "notify_by_qa" else "局工程管理部"
        feedback = _after(rng, notify, 3, 40)
        t = feedback
        onsite = onsite_by = checker = None
        if not clear:
            if flag == "late48":
                hrs = rng.uniform(50, 90)
            elif flag == "near48":
                hrs = 47 + rng.randint(0, 30) / 60
            else:
                hrs = rng.uniform(4, 30)
            onsite = (feedback + timedelta(hours=hrs)).replace(second=0, microsecond=0)
            if flag != "near48":   # nobody goes on site at night: the next morning instead (only ever later)
                if onsite.hour >= 19:
                    onsite = (onsite + timedelta(days=1)).replace(hour=rng.randint(8, 10))
                elif onsite.hour < 8:
                    onsite = onsite.replace(hour=rng.randint(8, 10))
            onsite_by = "分公司质保部"
            checker = "、".join(rng.sample(checkers, 2))
            t = onsite
        communicate = _after(rng, t, 1, 30)
        exchange = None
        t = communicate
        if kind == "材料更换":
            exchange = _after(rng, communicate, 48, 240)
            t = exchange
        handle = _after(rng, t, 24, 24 * 15)
        handle_by = {"小组维修": "投诉处理小组", "移交质保部": "分公司质保部", "材料更换": "投诉处理小组"}[kind]
        if flag == "hard_by_team":
            handle_by = "投诉处理小组"
        elif flag == "easy_by_qa":
            handle_by = "分公司质保部"
        rec = _after(rng, handle, 2, 72)
        if flag == "order_rec":
            rec = handle - timedelta(days=rng.randint(2, 4), minutes=rng.randint(0, 300))
        sign = "已签字"
        filed = _after(rng, rec, 4, 96)
        follow = _after(rng, max(rec, handle), 20, 24 * 6)
        follow_by = "分公司质保部"
        report = _after(rng, follow, 24, 24 * 5) if to_bureau == "是" else None
        status = "已关闭"
        last = max(x for x in (rec, filed, follow, report) if x is not None)
        if last > CUTOFF or handle > CUTOFF:
            # still being repaired: nothing from 处理完成 on has happened yet
            handle = rec = filed = follow = report = None
            sign = None
            status = "处理中"
            if exchange is not None and exchange > CUTOFF:
                exchange = None
            if communicate > CUTOFF:
                communicate = None
        assert flag is None or handle is not None, (i, flag)

        if flag == "no_onsite":
            onsite = onsite_by = checker = None
        elif flag == "no_notify":
            notify = None
            notify_by = None
        elif flag == "no_communicate":
            communicate = None
        elif flag == "no_exchange":
            exchange = None
        elif flag == "no_record":
            rec = sign = filed = follow = None
            status = "待签回"
        elif flag == "refused":
            sign = "业主拒签"
            filed = follow = None
            status = "待回访"
        elif flag == "no_follow":
            follow = None
            status = "待回访"
        elif flag == "no_report":
            report = None
        rec_no = f"ZL-{projects[proj]}-{rec:%m%d}{rng.randint(10, 99)}" if rec is not None else None
        filed_cell = "未报" if flag == "filed_no" else filed

        for f in {"late48": ["onsite_verify_48h"], "no_onsite": ["onsite_verify_when_unconfirmed", "onsite_verify_48h"],
                  "no_notify": ["pm_notified"], "no_communicate": ["owner_communicated"],
                  "no_exchange": ["procurement_goods_exchanged"], "no_record": ["handling_record_filled"],
                  "refused": ["owner_signs_record"], "filed_no": ["record_filed_with_competent_dept"],
                  "no_follow": ["owner_contacted_after_record"], "no_report": ["report_to_bureau"],
                  "hard_by_team": ["hard_defect_to_qa"], "easy_by_qa": ["easy_problem_by_team"],
                  "record_by_pm": ["record_by_bureau_or_branch_qa"], "notify_by_qa": ["step-notify"],
                  "order_rec": ["handle-handling_record"]}.get(flag, []):
            note((no, f))

        clerk = rng.choice(clerks)
        rows.append({
            "投诉单号": no,
            "登记时间": record,
            "投诉来源": source,
            "登记部门": record_by,
            "项目名称": proj,
            "楼栋房号": f"{rng.randint(1, 18)}栋{rng.randint(1, 3)}单元{rng.randint(2, 32)}{rng.randint(1, 4):02d}",
            "业主姓名": person_name(rng),
            "联系电话": mobile(rng),
            "问题类别": category_of[problem],
            "问题描述": problem,
            "派单部门": notify_by,
            "通知项目时间": notify,
            "项目反馈时间": feedback,
            "事实是否清楚": "清楚" if clear else "不清楚",
            "现场核实时间": onsite,
            "核实组织部门": onsite_by,
            "核实人员": checker,
            "与业主沟通时间": communicate,
            "处理方式": kind,
            "物资调换时间": exchange,
            "处理单位": handle_by if handle is not None else None,
            "处理完成时间": handle,
            "处理记录表编号": rec_no,
            "记录表签回日期": rec,
            "业主签字": sign,
            "报备时间": filed_cell,
            "回访时间": follow,
            "回访方式": rng.choice(["电话", "电话", "上门"]) if follow is not None else None,
            "回访部门": follow_by if follow is not None else None,
            "是否投诉到局": to_bureau,
            "书面报局时间": report,
            "单据状态": status,
            "跟进人": rng.choice(followers),
            "备注": rng.choice(["", "", "", "业主要求书面答复", "已拍照留存", "二次投诉", "业主情绪激动，需重点关注"]),
            "录入人": clerk,
        })
        for k, v in rows[-1].items():
            assert not isinstance(v, datetime) or v <= CUTOFF, (no, k)

    hand = {
        "procedure": "s41-construction-quality-complaints",
        "sheet": "导出",
        "columns": {
            "投诉单号": "case_number",
            "登记时间": "record_at",
            "登记部门": "record_by",
            "问题描述": "content",
            "派单部门": "notify_by",
            "通知项目时间": "notify_at",
            "项目反馈时间": "facts_unconfirmed_at",
            "事实是否清楚": "facts_confirmed",
            "现场核实时间": "onsite_verify_at",
            "核实组织部门": "onsite_verify_by",
            "与业主沟通时间": "communicate_at",
            "处理方式": "problem_type",
            "物资调换时间": "exchange_goods_at",
            "处理单位": "handle_by",
            "处理完成时间": "handle_at",
            "记录表签回日期": "handling_record_at",
            "业主签字": "owner_signature",
            "报备时间": "filed_with_competent_dept",
            "回访时间": "follow_up_at",
            "回访部门": "follow_up_by",
            "是否投诉到局": "complained_to_bureau",
            "书面报局时间": "report_bureau_at",
        },
        "values": {
            "facts_confirmed": {"清楚": True, "不清楚": False},
            "problem_type": {"小组维修": "easy_problem", "移交质保部": "hard_common_defect",
                             "材料更换": "procurement_problem"},
            "complained_to_bureau": {"是": True, "否": False},
            "filed_with_competent_dept": {"未报": False},
            "owner_signature": {"业主拒签": ""},
        },
        "roles": {"局工程管理部": "bureau_eng_mgmt", "分公司质保部": "branch_qa", "投诉处理小组": "handling_team",
                  "项目部": "project_manager"},
    }
    return rows, hand


def e197_s43_jiangsu_station_ledger(rng, injected=None):
    """197: a Jiangsu city construction-quality supervision station (市建设工程质量监督站) complaint-handling ledger
    (工程质量投诉登记台账), kept on paper and typed up into Excel by the station's office, saved as CSV (GB18030).

    Date spelling: dotted dates without time, 2025.03.04 (as written in the paper ledger).

    Headers written down from the source text alone (step 1):
      序号, 收件编号, 收件日期, 来源, 投诉人, 身份证明, 联系电话, 工程名称, 工程所在地, 工程状态, 投诉事由, 投诉书,
      利害关系, 证据材料, 署名, 是否已诉讼, 立案情况, 立案日期, 承办人, 会同部门, 结案日期, 站长签字,
      上报省站日期, 备注, 登记人
    读过制度 YAML 后补的列：投诉目的, 请求事项, 事项性质, 直接利害, 接待日期, 接待单位, 告知起诉日期, 转举报日期,
      处理日期, 处理单位, 涉及多部门

    Injected (rule id: findings): not_quality_complaint 1 (a 房产纠纷 registered; the same case also lacks the
    court guidance, guide_to_court_recorded) ; guide_to_court_recorded 2 (that one and a 邻里纠纷 not registered
    without guidance); anonymous_or_in_judicial_process 2 (an anonymous letter and a case already in court, both
    registered); show_identity 2 (the two anonymous letters, registered or not, carry no identity document — right
    for the data); no_direct_interest 1 + handled_as_report 1 (one no-direct-interest case registered as a complaint);
    register_quality_complaint 1; provide_evidence 1; state_purpose 1; state_demand 1; report_transferred_result 1;
    joint_handling 1; head_signs_closure 1; handled_by_receiving_body 1; review-register 1 (立案日期 typed before
    接待日期). 18 in all.
    Traps: an anonymous letter, an in-court case, non-quality disputes and no-direct-interest cases correctly not
    registered (with 告知起诉/转举报 dates); a province-transferred case handled by a different unit than the one that
    received it; a province-transferred case still open (no report yet); open cases without 站长签字; 涉及多部门=否 with
    an empty 会同部门.
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken = set()
    officers = distinct_names(rng, 5, taken)
    heads = distinct_names(rng, 1, taken)
    clerks = distinct_names(rng, 2, taken)

    units = ["市质监站", "市质监站", "市质监站", "江都分站", "邗江分站"]
    districts = {"市质监站": ["广陵区", "经济开发区", "生态科技新城"], "江都分站": ["江都区"], "邗江分站": ["邗江区"]}
    estates = ["瘦西湖畔花园", "运河观邸", "东方润园", "明月湖壹号", "蜀岗雅苑", "仙城新寓", "廖家沟名苑", "江都金地华府"]
    quality = [("外墙渗水，卧室墙面发霉", "要求施工单位维修", "责令建设、施工单位限期维修外墙防水"),
               ("楼板裂缝，担心结构安全", "要求鉴定结构安全", "委托检测并督促整改"),
               ("屋面防水失效渗漏", "要求维修并赔偿损失", "责令限期维修，赔偿室内装修损失"),
               ("地下车库顶板渗漏", "要求彻底整改", "督促建设单位整改车库顶板防水"),
               ("阳台栏杆高度不足", "消除安全隐患", "要求按规范加高栏杆"),
               ("在建工程基坑开挖致房屋开裂", "要求停工并鉴定", "责令施工单位采取加固措施并评估损失"),
               ("外墙保温层大面积空鼓", "防止坠落伤人", "督促维修外墙保温层"),
               ("卫生间楼板渗漏至楼下", "要求维修", "责令限期维修卫生间防水")]
    nonq = {"房产纠纷": ("交房面积缩水", "要求退还差价", "责令开发商退还面积差价款"),
            "邻里纠纷": ("邻居装修拆改承重墙", "要求恢复原状", "责令邻居停止拆改"),
            "拆迁补偿": ("拆迁评估价格过低", "要求提高补偿", "重新评估补偿款"),
            "拆迁安置": ("安置房交付延期", "要求尽快安置", "督促按期交付安置房"),
            "阻挠施工": ("小区旁道路施工噪声扰民", "要求停止施工", "责令停止道路施工")}
    relations_direct = ["本户业主", "本户业主", "房屋所有权人", "楼下住户（受渗漏影响）", "相邻住户（房屋受损）", "承租人"]
    relations_indirect = ["小区其他楼栋住户", "路过群众", "业主亲属（非产权人）"]
    evidence_pool = ["现场照片12张", "照片、视频各一份", "房屋质量检测报告1份", "照片5张、维修申请回执",
                     "物业报修记录、照片", "裂缝观测记录、照片"]
    joint_pool = ["市住建局房产处", "区城管局", "市自然资源和规划局", "区住建局"]

    n = 36
    starts = sorted(_rand_day(rng, date(2025, 1, 6), date(2025, 6, 13)) for _ in range(n))
    early = [i for i in range(n) if starts[i] <= date(2025, 4, 30)]
    late = [i for i in range(n) if starts[i] > date(2025, 5, 25)]
    special = ["reg_dispute", "no_guide", "reg_anon", "anon_ok", "reg_court", "reg_nointerest", "no_register",
               "no_evidence", "no_purpose", "no_demand", "no_report_prov", "no_joint", "no_sign", "diff_body", "order",
               "t_court", "t_dispute", "t_dispute2", "t_nointerest", "t_prov_diff", "t_joint_ok"]
    chosen = rng.sample(early, len(special))
    flag_of = dict(zip(chosen, special))
    # the last case received: transferred by the province, still open
    flag_of[late[-1]] = "t_prov_open"

    rows = []
    for i in range(n):
        flag = flag_of.get(i)
        d0 = starts[i]
        no = f"扬质投〔2025〕{i + 1:03d}号"
        source = pick(rng, [("来访", 40), ("来信", 20), ("12345转办", 15), ("省站转办", 12), ("市长信箱", 13)])
        if flag in ("no_report_prov", "t_prov_diff", "t_prov_open"):
            source = "省站转办"
        elif flag in ("reg_anon", "anon_ok"):
            source = "来信"
        elif flag is not None and source == "省站转办":
            source = "来访"
        category = "工程质量"
        if flag in ("reg_dispute", "t_dispute"):
            category = "房产纠纷"
        elif flag == "no_guide":
            category = "邻里纠纷"
        elif flag == "t_dispute2":
            category = rng.choice(["拆迁补偿", "拆迁安置", "阻挠施工"])
        anonymous = flag in ("reg_anon", "anon_ok")
        in_court = flag in ("reg_court", "t_court")
        direct = flag not in ("reg_nointerest", "t_nointerest")

        if category == "工程质量":
            reason, purpose, demand = rng.choice(quality)
        else:
            reason, purpose, demand = nonq[category]
        unit = rng.choice(units)
        if flag == "diff_body":
            unit = "江都分站"
        area = rng.choice(districts[unit])
        estate = rng.choice(estates)
        project = f"{estate}{rng.randint(1, 22)}#楼"
        relation = rng.choice(relations_direct) if direct else rng.choice(relations_indirect)
        if category != "工程质量":
            relation = {"房产纠纷": "购房人", "邻里纠纷": "相邻住户", "拆迁补偿": "被拆迁户", "拆迁安置": "被拆迁户",
                        "阻挠施工": "周边居民"}[category]
        evidence = rng.choice(evidence_pool)
        if category != "工程质量" and rng.random() < 0.5:
            evidence = rng.choice(["购房合同复印件", "照片3张", "评估报告复印件"])

        d_recv = d0
        d_review = d0 + timedelta(days=0 if source == "来访" else rng.randint(1, 3))
        decision = None
        d_reg = d_guide = d_report = None
        if anonymous and flag == "anon_ok":
            decision = "不予立案"
        elif in_court and flag == "t_court":
            decision = "不予立案"
        elif category != "工程质量" and flag != "reg_dispute":
            decision = "不予立案"
            d_guide = d_review + timedelta(days=rng.randint(0, 3))
            if flag == "no_guide":
                d_guide = None
        elif not direct and flag == "t_nointerest":
            decision = "转举报"
            d_report = d_review + timedelta(days=rng.randint(0, 5))
        else:
            decision = "立案"
            d_reg = d_review + timedelta(days=rng.randint(1, 7))
        if flag == "no_register":
            decision = "待补材料"
            d_reg = None
        if flag == "order":
            d_reg = d_review - timedelta(days=rng.randint(2, 5))

        transferred = source == "省站转办"
        joint = "否"
        joint_depts = None
        d_handle = d_close = d_prov = None
        handle_unit = None
        sign = None
        if d_reg is not None:
            if flag in ("no_joint", "t_joint_ok") or rng.random() < 0.12:
                joint = "是"
                joint_depts = rng.choice(joint_pool)
            if flag == "t_joint_ok":
                joint = "否"
                joint_depts = None
            d_handle = max(d_reg, d_review) + timedelta(days=rng.randint(5, 35))
            handle_unit = unit
            if flag == "diff_body":
                handle_unit = "市质监站"
            elif flag == "t_prov_diff":
                unit = "市质监站"
                handle_unit = rng.choice(["江都分站", "邗江分站"])
                area = districts[handle_unit][0]
            d_close = d_handle + timedelta(days=rng.randint(3, 15))
            if transferred:
                d_prov = d_handle + timedelta(days=rng.randint(1, d_close.toordinal() - d_handle.toordinal()))
            sign = heads[0]
            if flag == "t_prov_open" or datetime(d_handle.year, d_handle.month, d_handle.day) > CUTOFF:
                d_handle = d_close = d_prov = None
                handle_unit = None
                sign = None
                if flag == "t_prov_open":
                    joint, joint_depts = "否", None
            elif datetime(d_close.year, d_close.month, d_close.day) > CUTOFF:
                d_close = d_prov = None
                sign = None
        if flag == "no_joint":
            joint_depts = None
        if flag == "no_sign":
            sign = None
        if flag == "no_report_prov":
            d_prov = None
        if flag in ("reg_dispute", "reg_anon", "reg_court", "reg_nointerest", "no_joint", "no_sign", "no_report_prov",
                    "diff_body", "order", "t_prov_diff"):
            assert d_close is not None, (i, flag)
        if flag == "no_evidence":
            evidence = None
        if flag == "no_purpose":
            purpose = None
        if flag == "no_demand":
            demand = None

        if anonymous:
            name, id_no, phone = "匿名", None, None
        else:
            name = person_name(rng)
            birth = date(rng.randint(1955, 1998), rng.randint(1, 12), rng.randint(1, 28))
            id_no = f"3210{rng.choice(['02', '03', '12', '81', '84'])}{birth:%Y%m%d}{rng.randint(100, 999)}" \
                    f"{rng.choice('0123456789X')}"
            phone = mobile(rng)

        for f in {"reg_dispute": ["not_quality_complaint", "guide_to_court_recorded"],
                  "no_guide": ["guide_to_court_recorded"],
                  "reg_anon": ["anonymous_or_in_judicial_process", "show_identity"],
                  "anon_ok": ["show_identity"],
                  "reg_court": ["anonymous_or_in_judicial_process"],
                  "reg_nointerest": ["no_direct_interest", "handled_as_report"],
                  "no_register": ["register_quality_complaint"], "no_evidence": ["provide_evidence"],
                  "no_purpose": ["state_purpose"], "no_demand": ["state_demand"],
                  "no_report_prov": ["report_transferred_result"], "no_joint": ["joint_handling"],
                  "no_sign": ["head_signs_closure"], "diff_body": ["handled_by_receiving_body"],
                  "order": ["review-register"]}.get(flag, []):
            note((no, f))

        remark = rng.choice(["", "", "", "已电话回复投诉人", "投诉人多次来访", "材料已归档"])
        if decision == "待补材料":
            remark = "通知补交检测报告，暂未立案"
        elif flag == "t_court":
            remark = "已向法院起诉，告知不予立案"
        elif flag == "anon_ok":
            remark = "匿名来信，不予立案"
        rows.append({
            "序号": i + 1,
            "收件编号": no,
            "收件日期": _dotted(d_recv),
            "来源": source,
            "投诉人": name,
            "身份证明": id_no,
            "联系电话": phone,
            "工程名称": project,
            "工程所在地": area,
            "工程状态": rng.choice(["保修期内", "保修期内", "在建"]) if category == "工程质量" else rng.choice(["已竣工", "在建"]),
            "事项性质": category,
            "投诉事由": reason,
            "投诉目的": purpose,
            "请求事项": demand,
            "投诉书": "有",
            "利害关系": relation,
            "直接利害": "有" if direct else "无",
            "证据材料": evidence,
            "署名": "匿名" if anonymous else "实名",
            "是否已诉讼": "是" if in_court else "否",
            "接待日期": _dotted(d_review),
            "接待单位": unit,
            "立案情况": decision,
            "立案日期": _dotted(d_reg),
            "告知起诉日期": _dotted(d_guide),
            "转举报日期": _dotted(d_report),
            "承办人": rng.choice(officers),
            "涉及多部门": joint,
            "会同部门": joint_depts,
            "处理日期": _dotted(d_handle),
            "处理单位": handle_unit,
            "结案日期": _dotted(d_close),
            "站长签字": sign,
            "上报省站日期": _dotted(d_prov),
            "备注": remark,
            "登记人": rng.choice(clerks),
        })

    hand = {
        "procedure": "s43-jiangsu-construction-quality-complaints",
        "encoding": "gb18030",
        "columns": {
            "收件编号": "case_number",
            "收件日期": "file_complaint_at",
            "来源": "transferred_by_province",
            "投诉人": "complainant",
            "身份证明": "id_number",
            "事项性质": "category",
            "投诉事由": "complaint_reason",
            "投诉目的": "complaint_purpose",
            "请求事项": "demand",
            "利害关系": "interest_relation",
            "直接利害": "direct_interest",
            "证据材料": "evidence",
            "署名": "anonymous",
            "是否已诉讼": "in_judicial_process",
            "接待日期": "review_at",
            "接待单位": "review_by",
            "立案日期": "register_at",
            "告知起诉日期": "guide_to_court_at",
            "转举报日期": "handle_as_report_at",
            "涉及多部门": "needs_joint_handling",
            "会同部门": "joint_depts",
            "处理日期": "handle_at",
            "处理单位": "handle_by",
            "结案日期": "close_at",
            "站长签字": "head_signature",
            "上报省站日期": "report_to_province_at",
        },
        "values": {
            "transferred_by_province": {"省站转办": True, "来访": False, "来信": False, "12345转办": False,
                                        "市长信箱": False},
            "category": {"工程质量": "quality", "房产纠纷": "real_estate_dispute", "邻里纠纷": "neighbour_dispute",
                         "拆迁补偿": "demolition_compensation", "拆迁安置": "demolition_resettlement",
                         "阻挠施工": "obstruct_construction"},
            "direct_interest": {"有": True, "无": False},
            "anonymous": {"匿名": True, "实名": False},
            "in_judicial_process": {"是": True, "否": False},
            "needs_joint_handling": {"是": True, "否": False},
        },
        "roles": {"市质监站": "complaint_body", "江都分站": "complaint_body", "邗江分站": "complaint_body"},
    }
    return rows, hand


EXPORTS = [
    ("196-s41-developer-crm-quality.xlsx", "xlsx", e196_s41_developer_crm_quality),
    ("197-s43-jiangsu-station-ledger.csv", "gb18030", e197_s43_jiangsu_station_ledger),
]
