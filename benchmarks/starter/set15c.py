"""Starter-profile benchmark exports 88-89 (set 15c), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 88 89    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import cn, pick, distinct_names, person_name, mobile, working_minutes


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _when(rng):
    """A complaint's time between 2 January and 27 June 2025, in the office's opening hours."""
    t = datetime(2025, 1, 2, 8, 0) + timedelta(days=rng.randint(0, 175))
    return t.replace(hour=rng.randint(8, 19), minute=rng.randint(0, 59))


# --- 88: S9, a residential property office's owner-complaint log -------------------------------------------------

def e88_s9_owner_complaints(rng, injected=None):
    """锦城物业服务有限公司 嘉禾苑管理处 前台《业主投诉登记表》（物业收费/工单系统导出，UTF-8 CSV），按 S9《客户服务管理制度及流程》审计。
    日期写法：2025年3月4日 09:12（cn）。投诉方式：来访 / 来电 / 业主微信群 / 书面信函 / 12345转办；投诉等级：一般 / 重要 / 重大。
    人员（名单由审计人员向管理处核对）：公司总经理 1 人、管理处主任 1 人、物管员 3 人、前台客服 2 人（只在“接待人”出现）；
    一般投诉多由物管员或工程维修班、秩序维护队、保洁班处理。
    先按原文写下的列：登记编号、投诉时间、投诉方式、投诉业主、楼栋房号、联系电话、被投诉对象、事件经过、业主诉求、接待人、
    投诉等级、报总经理时间、转主任时间、处理人（一列写全部投诉的处理人）、处理结果、回访情况、状态。
    读过制度 YAML 后补的列：处理完成时间；手工映射用 outcomes 按投诉等级把处理人 / 处理完成时间分给
    “公司总经理进行处理程序”（重大）与“管理处主任进行处理程序”（重要），一般投诉不对应环节。
    注入（13 项）：登记编号重复 1 对（前台录入时沿用了上一张的编号）；联系电话空白 2 件；业主诉求空白 1 件；
    被投诉对象空白 1 件；楼栋房号空白 1 件；重要投诉转主任超过半小时 2 件；重要投诉没有转主任时间 1 件（主任自己处理了，却没有转呈记录；报 CK101 与 CK104 两条）；
    重大投诉次日才报总经理 1 件；重要投诉由物管员处理 1 件；重大投诉由管理处主任处理（未经总经理）1 件；投诉等级写成“特急”1 件。
    陷阱（不是违规）：重要投诉恰好 30 分钟转主任；重大投诉当天 23 点后才报总经理；重大投诉同时也转了主任；一般投诉由物管员、
    维修班处理，没有转主任或报总经理；联系电话写座机；业主诉求写“无具体要求，仅反映情况”；公共部位投诉的房号只写楼栋；
    最近几件处理中，尚无处理人。
    """
    n = 64
    taken: set = set()
    gm, = distinct_names(rng, 1, taken)
    director, = distinct_names(rng, 1, taken)
    officers = distinct_names(rng, 3, taken)
    desk = distinct_names(rng, 2, taken)
    teams = ["工程维修班", "秩序维护队", "保洁班", "绿化班"]

    times = sorted(_when(rng) for _ in range(n))
    levels = [pick(rng, [("一般", 66), ("重要", 26), ("重大", 8)]) for _ in range(n)]
    # enough of each level for the injections and traps
    for k in rng.sample(range(n - 6), 22):
        if levels.count("重要") >= 20:
            break
        if levels[k] == "一般":
            levels[k] = "重要"
    for k in rng.sample(range(n - 6), 22):
        if levels.count("重大") >= 6:
            break
        if levels[k] == "一般":
            levels[k] = "重大"

    important = [i for i in range(n - 4) if levels[i] == "重要"]
    major = [i for i in range(n - 4) if levels[i] == "重大"]
    rng.shuffle(important)
    rng.shuffle(major)
    imp_late = important[:2]
    imp_missing = important[2:3]
    imp_by_officer = important[3:4]
    trap_30 = important[4:5]
    major_late = major[:1]
    major_by_director = major[1:2]
    trap_major_late_evening = major[2:3]
    trap_major_director_too = major[3:4]
    busy = set(imp_late + imp_missing + imp_by_officer + trap_30 + major_late + major_by_director
               + trap_major_late_evening + trap_major_director_too)
    free = [i for i in range(2, n - 3) if i not in busy]
    rng.shuffle(free)
    no_phone = free[:2]
    no_demand = free[2:3]
    no_party = free[3:4]
    no_room = free[4:5]
    bad_level = free[5:6]
    trap_landline = free[6:8]
    trap_no_demand_text = free[8:9]
    injected_rows = set(no_phone + no_demand + no_party + no_room + bad_level) | busy
    dup_dst = next(k for k in free[9:] if k - 1 not in injected_rows)
    if trap_major_late_evening:   # a major complaint taken in the evening
        times[trap_major_late_evening[0]] = times[trap_major_late_evening[0]].replace(hour=19, minute=rng.randint(5, 40))
    if major_late:                # a major complaint taken late in the afternoon, passed on the next morning
        times[major_late[0]] = times[major_late[0]].replace(hour=rng.randint(16, 18))

    matters = {
        "秩序维护队": [("地库道闸夜间无人值守，外来车辆随意进出", "加强夜间巡逻，登记外来车辆"),
                   ("快递员被保安拦在门外，态度恶劣", "对当班保安批评教育，向业主道歉"),
                   ("小区有人遛狗不牵绳，保安不管", "加强巡查劝导并张贴文明养犬告示")],
        "工程维修班": [("3号电梯一周内困人两次", "联系电梯维保单位全面检修，更换门机板"),
                   ("楼顶防水层破损，雨天家中天花板渗水", "维修楼顶防水层，修补业主家天花板"),
                   ("地下车库照明灯坏了半个月没人修", "更换车库照明灯具"),
                   ("单元门禁经常刷卡打不开", "更换门禁读卡器")],
        "保洁班": [("楼道垃圾两天没有清运，气味很大", "调整清运频次，每日两次"),
                ("电梯轿厢长期不擦，有宠物尿渍", "当日清洁消毒，增加巡检"),
                ("化粪池外溢无人处理", "联系清掏单位清掏")],
        "绿化班": [("绿化修剪噪音早上七点就开始", "调整作业时间至8:30以后"),
                ("楼下树木遮挡采光，多次反映未修剪", "安排修剪")],
        "物业服务中心": [("物业费涨价未公示", "张贴调价公示并解释收费依据"),
                    ("装修押金退还拖延两个月", "核实后退还押金"),
                    ("停车位被他人长期占用，物业不处理", "联系占用车主挪车，加装地锁")],
        "楼上业主": [("楼上装修周末施工噪音", "约谈装修户，重申装修时间规定"),
                 ("楼上空调外机滴水到阳台", "上门协调加装接水管")],
    }
    demands = ["尽快维修", "给个说法", "赔偿损失", "当面道歉", "加强管理", "减免本月物业费", "书面答复",
               "三天内解决", "更换当班人员"]

    rows = []
    month_seq: dict = {}
    for i, t0 in enumerate(times):
        level = levels[i]
        party = rng.choice(list(matters))
        content, result = rng.choice(matters[party])
        if party == "物业服务中心" and rng.random() < 0.5:
            party = rng.choice(officers) + "（物管员）"
        month_seq[t0.month] = month_seq.get(t0.month, 0) + 1
        number = f"JHY{t0:%y%m}-{month_seq[t0.month]:03d}"

        report_gm = to_director = None
        handler = done = None
        if level == "重要":
            if i in imp_missing:
                to_director = None
            elif i in imp_late:
                to_director = t0 + timedelta(minutes=rng.randint(48, 170))
            elif i in trap_30:
                to_director = t0 + timedelta(minutes=30)
            else:
                to_director = t0 + timedelta(minutes=rng.randint(4, 27))
            handler = rng.choice(officers) if i in imp_by_officer else director
            start = to_director or t0
            done = start + timedelta(hours=rng.uniform(1.5, 52))
        elif level == "重大":
            if i in major_late:
                report_gm = (t0 + timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 40))
            elif i in trap_major_late_evening:
                report_gm = t0.replace(hour=23, minute=rng.randint(5, 50))
            else:
                report_gm = t0 + timedelta(minutes=rng.randint(40, 200))
                if report_gm.date() != t0.date():
                    report_gm = t0.replace(hour=23, minute=30)
            if i in trap_major_director_too:
                to_director = t0 + timedelta(minutes=rng.randint(5, 20))
            handler = director if i in major_by_director else gm
            done = report_gm + timedelta(hours=rng.uniform(3, 72))
        else:
            handler = rng.choice(officers + officers + teams)
            done = t0 + timedelta(hours=rng.uniform(0.5, 60))
        done = working_minutes(done, CUTOFF)
        if t0 > datetime(2025, 6, 16) and i not in busy and rng.random() < 0.5:
            done = None     # still being handled at the export
        if done is None or (i >= n - 3 and level == "一般"):
            handler = done = None

        row = {}
        row["登记编号"] = number
        row["投诉时间"] = cn(t0)
        row["投诉方式"] = pick(rng, [("来访", 35), ("来电", 35), ("业主微信群", 18), ("书面信函", 5), ("12345转办", 7)])
        surname = rng.choice("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
        row["投诉业主"] = person_name(rng) if rng.random() < 0.6 else surname + rng.choice(["先生", "女士", "阿姨"])
        row["楼栋房号"] = f"{rng.randint(1, 18)}栋{rng.randint(1, 3)}单元{rng.randint(2, 26)}0{rng.randint(1, 4)}"
        if party in ("工程维修班", "保洁班") and rng.random() < 0.25:
            row["楼栋房号"] = f"{rng.randint(1, 18)}栋（公共部位）"
        row["联系电话"] = mobile(rng)
        row["被投诉对象"] = party
        row["事件经过"] = content
        row["业主诉求"] = rng.choice(demands)
        row["接待人"] = rng.choice(desk) if row["投诉方式"] != "12345转办" else "客服中心"
        row["投诉等级"] = level
        row["报总经理时间"] = cn(report_gm) if report_gm else ""
        row["转主任时间"] = cn(to_director) if to_director else ""
        row["处理人"] = handler or ""
        row["处理完成时间"] = cn(done) if done else ""
        row["处理结果"] = result if done else ""
        if done and rng.random() < 0.7:
            row["回访情况"] = pick(rng, [("满意", 60), ("基本满意", 25), ("不满意", 8), ("电话未接通", 7)])
        else:
            row["回访情况"] = ""
        row["状态"] = "已办结" if done else "处理中"

        if i in no_phone:
            row["联系电话"] = ""
        if i in no_demand:
            row["业主诉求"] = ""
        if i in no_party:
            row["被投诉对象"] = ""
        if i in no_room:
            row["楼栋房号"] = ""
        if i in bad_level:
            row["投诉等级"] = "特急"
        if i in trap_landline:
            row["联系电话"] = f"0519-8{rng.randint(1000000, 9999999)}"
        if i in trap_no_demand_text:
            row["业主诉求"] = "无具体要求，仅反映情况"
        rows.append(row)

    rows[dup_dst]["登记编号"] = rows[dup_dst - 1]["登记编号"]
    if injected is not None:
        num = lambda i: rows[i]["登记编号"]  # noqa: E731
        injected += [(num(dup_dst), "duplicate")]
        injected += [(num(i), "no_phone") for i in no_phone]
        injected += [(num(i), "no_demand") for i in no_demand]
        injected += [(num(i), "no_party") for i in no_party]
        injected += [(num(i), "no_room") for i in no_room]
        injected += [(num(i), "important_late") for i in imp_late]
        injected += [(num(i), "important_not_transferred") for i in imp_missing]
        injected += [(num(i), "major_next_day") for i in major_late]
        injected += [(num(i), "important_by_officer") for i in imp_by_officer]
        injected += [(num(i), "major_by_director") for i in major_by_director]
        injected += [(num(i), "bad_level") for i in bad_level]

    hand = {
        "procedure": "s9-xiangyong-property-service",
        "columns": {
            "登记编号": "case_number",
            "投诉时间": "receive_at",
            "投诉业主": "complainant",
            "楼栋房号": "address",
            "联系电话": "contact_phone",
            "被投诉对象": "complained_party",
            "事件经过": "content",
            "业主诉求": "demand",
            "投诉等级": "severity",
            "报总经理时间": "report_gm_at",
            "转主任时间": "report_director_at",
        },
        "values": {"severity": {"重大": "major", "重要": "important", "一般": ""}},
        "roles": {gm: "general_manager", director: "office_director",
                  **{o: "property_officer" for o in officers}},
        "outcomes": {
            "投诉等级": {"date": "处理完成时间", "by": "处理人",
                     "steps": {"重大": "gm_handle", "重要": "director_handle"}},
        },
    }
    return rows, hand


# --- 89: S44, a brake-parts plant's customer quality-complaint ledger --------------------------------------------

def e89_s44_quality_ledger(rng, injected=None):
    """常州恒锐制动系统有限公司 客户质量投诉台账 “CQ Ledger 2025”（XLSX，质检部维护，中英混排表头），按 S44《客户质量问题投诉处理流程》审计。
    日期写法：XLSX 日期单元格（yyyy-mm-dd hh:mm；Filed 只有日期）。部门简称：CS 客服部、Sales 销售部、QC 质检部、PE 工艺技术部、PD 生产部。
    “我司责任 Y/N”：Y / N / 待定（在查）；Disposition：退货 Return、返工 Rework、挑选 Sorting、让步接收 Concession、
    客户自行处理（N 的案件）。QEC = 《质量异常信息投诉单》，QEF = 《质量异常信息反馈单》，RMA = 《产品退货申请表》。
    人员（名单由审计人员向人事核对）：CS 3 人、Sales 2 人、QC 3 人（含质检部经理）、PE 1 人、PD 1 人。
    先按原文写下的列：CQ No.、Date Received、接收部门、Customer、Part No.、Lot No.、Defect Description、NG Qty、
    我司责任 Y/N、QEC Date、QEF Date、Disposition、RMA Date、Return Done、Filed (5 copies)、Status、Closed Date。
    读过制度 YAML 后补的列：QEC By、QEF By、RMA By（填单人）、Follow-up Owner、Last Follow-up（质检部跟进）。
    注入（13 项）：CQ No. 重复 1 对；由 QC 直接接收 1 件；我司责任为 Y 却没有 QEC 1 件；QEC 由销售员填写 1 件；
    Y 且已关闭却没有 QEF 1 件；QEF 由工艺工程师填写 1 件；已退货却没有 RMA 1 件；RMA 由销售员填写 1 件；
    已退货并关闭却没有存档 1 件；Y 且已关闭却没有跟进记录 1 件；跟进人是生产部主管 1 件；RMA 日期晚于退货完成 1 件；
    我司责任写“部分”1 件。
    陷阱（不是违规）：Sales 接收；N 的案件没有 QEC / QEF / 跟进；“待定”的在查案件（映射为空白）；未关闭的 Y 案件还没有 QEF、
    跟进；同意退货但退货未完成的案件没有存档；返工、挑选、让步接收的案件没有 RMA；QEF 由质检部经理填写。
    """
    n = 58
    taken: set = set()
    cs = distinct_names(rng, 3, taken)
    sales = distinct_names(rng, 2, taken)
    qc = distinct_names(rng, 3, taken)          # qc[0] is the QC manager
    pe, = distinct_names(rng, 1, taken)
    pd, = distinct_names(rng, 1, taken)

    customers = ["上汽通用五菱", "奇瑞汽车", "吉利汽车(宁波)", "长城汽车", "比亚迪汽车", "博世汽车部件(苏州)",
                 "大陆汽车系统(常熟)", "江淮汽车", "东风柳汽", "零跑汽车"]
    parts = ["HR-BC-2231 前制动卡钳", "HR-BC-2240 后制动卡钳", "HR-BK-1108 卡钳支架", "HR-PD-0562 前摩擦片",
             "HR-PD-0577 后摩擦片", "HR-DS-3301 制动盘", "HR-PN-0091 导向销"]
    own_defects = ["缸体砂眼渗油", "支架安装孔位偏移0.3mm", "摩擦片低速异响", "导向销螺纹滑牙", "制动盘端跳超差",
                   "表面镀锌层起泡", "活塞防尘罩装反", "混料：后摩擦片混入前摩擦片箱", "标签批次号与实物不符",
                   "卡钳放气螺钉漏装"]
    not_own = ["客户装配扭矩过大导致导向销断裂", "客户仓库露天存放受潮锈蚀", "第三方物流运输跌落磕碰",
               "客户涂装线烘烤后变色（客户工艺）", "客户误用其他车型摩擦片"]
    measures = ["退货", "返工", "挑选", "让步接收"]

    recv = sorted(_when(rng) for _ in range(n))
    resp = [pick(rng, [("Y", 66), ("N", 22), ("待定", 12)]) for _ in range(n)]
    # cases opened in the last three weeks are often still under investigation
    for i in range(n):
        if recv[i] > datetime(2025, 6, 9) and resp[i] == "Y" and rng.random() < 0.4:
            resp[i] = "待定"
        if recv[i] < datetime(2025, 5, 1) and resp[i] == "待定":
            resp[i] = "Y"
    disp = []
    for i in range(n):
        if resp[i] == "Y":
            disp.append(pick(rng, [("退货", 40), ("返工", 25), ("挑选", 22), ("让步接收", 13)]))
        elif resp[i] == "N":
            disp.append("客户自行处理")
        else:
            disp.append("")

    early = [i for i in range(2, n) if recv[i] < datetime(2025, 5, 20)]   # old enough to be closed
    own_return = [i for i in early if resp[i] == "Y" and disp[i] == "退货"]
    own_other = [i for i in early if resp[i] == "Y" and disp[i] != "退货"]
    rng.shuffle(own_return)
    rng.shuffle(own_other)
    ret_no_rma, ret_rma_by_sales, ret_not_filed, ret_rma_late, trap_ret_open = own_return[:5]
    no_qec, qec_by_sales, no_qef, qef_by_pe, no_follow, follow_by_pd, trap_qef_manager = own_other[:7]
    busy = {ret_no_rma, ret_rma_by_sales, ret_not_filed, ret_rma_late, trap_ret_open,
            no_qec, qec_by_sales, no_qef, qef_by_pe, no_follow, follow_by_pd, trap_qef_manager}
    free = [i for i in range(2, n - 2) if i not in busy and resp[i] in ("Y", "N")]
    rng.shuffle(free)
    recv_by_qc = free[0]
    partial = free[1]
    dup_dst = free[2]

    must_close = {ret_no_rma, ret_not_filed, no_qef, no_follow, follow_by_pd, qef_by_pe}

    rows = []
    seq = 0
    for i, t0 in enumerate(recv):
        seq += 1
        own = resp[i]
        row = {}
        row["CQ No."] = f"CQ25-{seq:03d}"
        row["Date Received"] = t0
        row["接收部门"] = "QC" if i == recv_by_qc else pick(rng, [("CS", 72), ("Sales", 28)])
        row["Customer"] = rng.choice(customers)
        row["Part No."] = rng.choice(parts)
        row["Lot No."] = f"L{t0 - timedelta(days=rng.randint(10, 60)):%y%m%d}-{rng.randint(1, 3)}"
        row["Defect Description"] = rng.choice(own_defects if own in ("Y", "待定") else not_own)
        row["NG Qty"] = rng.choice([1, 2, 3, 5, 8, 12, 20, 36, 50, 120, 400])
        row["我司责任 Y/N"] = own

        qec_at = qec_by = qef_at = qef_by = None
        rma_at = rma_by = ret_done = filed = None
        fu_by = fu_at = closed = None
        if own == "Y":
            qec_at = t0 + timedelta(hours=rng.uniform(4, 72))
            qec_by = rng.choice(sales) if i == qec_by_sales else rng.choice(cs)
            qef_at = qec_at + timedelta(hours=rng.uniform(24, 24 * 6))
            qef_by = pe if i == qef_by_pe else (qc[0] if i == trap_qef_manager else rng.choice(qc[1:] + qc[:1]))
            last = qef_at
            if disp[i] == "退货":
                rma_at = qef_at + timedelta(hours=rng.uniform(4, 48))
                rma_by = rng.choice(sales) if i == ret_rma_by_sales else rng.choice(cs)
                ret_done = rma_at + timedelta(days=rng.uniform(2, 10))
                if i == ret_rma_late:
                    rma_at = ret_done + timedelta(days=rng.uniform(1, 3))
                filed = ret_done + timedelta(days=rng.randint(1, 5))
                last = max(filed, rma_at)
            fu_at = last + timedelta(days=rng.uniform(3, 25))
            fu_by = pd if i == follow_by_pd else rng.choice(qc)
            closed = fu_at + timedelta(days=rng.uniform(0.5, 10))
            # a case still open at the export: later steps not yet reached
            if i not in must_close and i != trap_ret_open and (closed > CUTOFF or rng.random() < 0.12):
                closed = None
                if fu_at > CUTOFF or rng.random() < 0.5:
                    fu_at = fu_by = None
            if i == trap_ret_open:   # return approved, goods not yet back
                ret_done = filed = fu_at = fu_by = closed = None
                rma_at = qef_at + timedelta(hours=10)
            if t0 > datetime(2025, 6, 6) and i not in busy and rng.random() < 0.6:
                # still with QC at the export: no feedback form yet
                qef_at = rma_at = ret_done = filed = fu_at = closed = None
        elif own == "N":
            if rng.random() < 0.8:
                closed = t0 + timedelta(days=rng.uniform(2, 12))
        # whole minutes in working hours, nothing after the export's cutoff (30 June); Filed is a date only
        qec_at, qef_at, rma_at, ret_done, fu_at, closed = [
            working_minutes(v, CUTOFF) for v in (qec_at, qef_at, rma_at, ret_done, fu_at, closed)]
        if filed is not None:
            filed = datetime(filed.year, filed.month, filed.day)
            if ret_done is not None and filed.date() <= ret_done.date():
                filed = datetime.combine(ret_done.date() + timedelta(days=1), datetime.min.time())
            if filed > CUTOFF:
                filed = None
        if qef_at is None:
            qef_by = None
        if qec_at is None:
            qec_by = None
        if rma_at is None:
            rma_by = None
        if fu_at is None:
            fu_by = None
        if qef_at is None or (rma_at is None and own == "Y" and disp[i] == "退货"):
            # without the feedback form nothing further happened
            if i != ret_no_rma:
                ret_done = filed = None
        if closed and own == "Y" and (qef_at is None or fu_at is None) and i not in (no_qef, no_follow):
            closed = None

        # the injections that remove a record
        if i == no_qec:
            qec_at = qec_by = None
        if i == no_qef:
            qef_at = qef_by = None
        if i == no_follow:
            fu_at = fu_by = None
        if i == ret_no_rma:
            rma_at = rma_by = None
        if i == ret_not_filed:
            filed = None
        if i in must_close and closed is None:
            closed = working_minutes(max(v for v in (qef_at, ret_done, filed, fu_at, t0) if v)
                                     + timedelta(days=2), CUTOFF)

        row["QEC Date"] = qec_at
        row["QEC By"] = qec_by or ""
        row["QEF Date"] = qef_at
        row["QEF By"] = qef_by or ""
        row["Disposition"] = disp[i] if (own != "Y" or qef_at or i == no_qef) else ""
        row["RMA Date"] = rma_at
        row["RMA By"] = rma_by or ""
        row["Return Done"] = ret_done
        row["Filed (5 copies)"] = filed
        row["Follow-up Owner"] = fu_by or ""
        row["Last Follow-up"] = fu_at
        row["Status"] = "Closed" if closed else "Open"
        row["Closed Date"] = closed
        if i == partial:
            row["我司责任 Y/N"] = "部分"
        rows.append(row)

    rows[dup_dst]["CQ No."] = rows[dup_dst - 1]["CQ No."]
    if injected is not None:
        num = lambda i: rows[i]["CQ No."]  # noqa: E731
        injected += [(num(dup_dst), "duplicate"), (num(recv_by_qc), "received_by_qc"),
                     (num(no_qec), "no_qec"), (num(qec_by_sales), "qec_by_sales"), (num(no_qef), "no_qef"),
                     (num(qef_by_pe), "qef_by_pe"), (num(ret_no_rma), "return_without_rma"),
                     (num(ret_rma_by_sales), "rma_by_sales"), (num(ret_not_filed), "not_filed"),
                     (num(no_follow), "no_follow_up"), (num(follow_by_pd), "follow_up_by_pd"),
                     (num(ret_rma_late), "rma_after_return"), (num(partial), "bad_responsibility")]

    hand = {
        "procedure": "s44-customer-quality-complaints-2017",
        "columns": {
            "CQ No.": "case_number",
            "Date Received": "receive_at",
            "接收部门": "receive_by",
            "Defect Description": "content",
            "我司责任 Y/N": "own_quality_issue",
            "QEC Date": "complaint_form_at",
            "QEC By": "complaint_form_by",
            "QEF Date": "countermeasure_at",
            "QEF By": "countermeasure_by",
            "Disposition": "return_approved",
            "RMA Date": "return_request_at",
            "RMA By": "return_request_by",
            "Return Done": "process_return_at",
            "Filed (5 copies)": "archive_return_at",
            "Follow-up Owner": "follow_up_by",
            "Last Follow-up": "follow_up_at",
            "Closed Date": "closed_at",
        },
        "values": {
            "own_quality_issue": {"Y": True, "N": False, "待定": ""},
            "return_approved": {"退货": True, "返工": False, "挑选": False, "让步接收": False, "客户自行处理": ""},
        },
        "roles": {"CS": "customer_service", "Sales": "sales", "QC": "quality_inspection",
                  **{p: "customer_service" for p in cs}, **{p: "sales" for p in sales},
                  **{p: "quality_inspection" for p in qc}, pe: "process_tech", pd: "production"},
    }
    return rows, hand


EXPORTS = [
    ("88-s9-owner-complaint-log.csv", "utf-8", e88_s9_owner_complaints),
    ("89-s44-cq-ledger.xlsx", "xlsx", e89_s44_quality_ledger),
]
