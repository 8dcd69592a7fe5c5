"""Starter-profile benchmark exports 54-55 (set 10a), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 54 55   # writes these two (every_export picks this module up)

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, slash, person_name as _name, mobile as _mobile


CUTOFF = datetime(2025, 6, 30, 18, 0)   # both exports were taken on the evening of 30 June 2025


def _slash_day(t):
    """Date-only cells the way Excel writes them to CSV: 2025/3/4."""
    return f"{t.year}/{t.month}/{t.day}"


def _daytime(t, rng):
    """Call-backs, visits and a leader's instruction happen in office hours (08:00-20:00), to the minute."""
    t = t.replace(second=0, microsecond=0)
    if t.hour < 8:
        t = t.replace(hour=8, minute=rng.randint(0, 59))
    elif t.hour >= 20:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 59))
    return t


def _done(t):
    """A step dated after the export was taken has not happened yet."""
    return t is not None and t <= CUTOFF


def _picker(early, late):
    """Injection slots: `early` cases (finished by the export, for injections into a closing step), `late` the rest."""
    inject = {}

    def take(what, need_done=False):
        pool = early if need_done or not late else late
        i = pool.pop()
        inject.setdefault(i, []).append(what)
        return i
    return inject, take


# --- 54: S17, an auto-parts factory's 8D complaint ledger -------------------------------------------------------

def e54_s17_8d(rng, injected=None):
    """恒锐汽车零部件（宁波）有限公司 业务部“客诉8D台账”（Excel 台账另存为 CSV，GBK 编码），按 S17《客户投诉处理控制程序》审计。
    日期写法：时间列 2025/3/4 9:12（Excel 另存 CSV 的 slash 写法），日期列 2025/3/4（对策导入、8D完成、三批交货、效果确认、结案）。
    读原文后、打开制度 YAML 前写下的列：客诉单号、客户、零件号、品名、不良现象、不良数、投诉方式、业务接单时间、业务担当、
    转品质时间、主导QE、QE开始分析时间、原因分类、采购联络、对策部门、8D完成日期、1批交货/2批交货/3批交货（跟踪批次的交货日期）、
    效果确认（OK/NG）、回复客户日期、客户意见、结案日期、退货数量。
    人员：业务担当 陈晓东、孙丽、郭海燕（业务部）；QE 林涛、马志强、何静，品质经理 罗建华（品质部）；总经理 许国庆。
    读过制度 YAML 后补的列：对策导入日期（countermeasure_at）、效果确认日期（confirm_effect_at；“效果确认”一列只写 OK/NG）、
    回复人（reply_by）、回复报告（reply_report：8D报告 / 客诉报告）。
    映射要点：业务接单时间是 receive_at（制度以受理代替“品质部收到”起算2小时），转品质时间不映射；人名按部门对应角色，
    对策部门中 制造部/工程部/仓储物流课 对应“各部门”。
    注入：客诉单号重复 1 对；QE 超过2小时才开始分析 2 件；QE开始分析时间空白（早已受理）1 件；业务接单时间空白 1 件；
    客户邮件直接发给 QE、由 QE 接单 1 件；由业务担当做原因分析（主导QE 写业务员）1 件；效果已确认、3批交货空白 1 件；
    回复客户早于效果确认 1 件；由 QE 直接回复客户 1 件；已回复、客户意见空白 1 件；回复报告写“邮件说明”（不在选项中）1 件；
    效果已确认、对策导入日期空白 1 件；已回复、效果确认日期空白 1 件；效果五月中已确认、至今未回复客户 1 件。
    陷阱（不是违规）：总经理亲自主导核实 3 件；正好2小时开始分析 1 件；17 点后接单、晚间 QE 加班开始分析（2小时内）；
    来料问题由采购部拟定对策；第3批 NG、效果未确认、未回复的在办案件 2 件；五六月受理、尚在跟踪批次的在办案件若干。
    """
    n = 58
    sales = ["陈晓东", "孙丽", "郭海燕"]
    qes = ["林涛", "马志强", "何静", "林涛", "马志强", "何静", "罗建华"]
    gm = "许国庆"
    customers = [("华驰汽车", 30), ("北辰汽车（杭州湾工厂）", 22), ("瑞丰座椅系统", 14), ("博远动力", 10), ("凯翔商用车", 8)]
    parts = [("HR-3501-021A", "制动钳支架"), ("HR-3001-114", "转向节"), ("HR-2905-036B", "减震器上支架"),
             ("HR-1001-208", "发动机悬置支架"), ("HR-3724-052", "线束固定支架"), ("HR-1205-017", "排气管吊耳")]
    defects = {  # 不良现象 -> 原因分类, 对策部门
        "安装孔孔径超差，螺栓无法装入": ("制程", "制造部"),
        "焊点漏焊1处": ("制程", "制造部"),
        "M10螺纹不通": ("制程", "制造部"),
        "表面锈蚀": ("物流包装", "仓储物流课"),
        "混料：同箱内混入HR-3501-021B": ("制程", "制造部"),
        "材料硬度不合格": ("来料", "采购部"),
        "电泳涂层起泡": ("来料", "采购部"),
        "装配干涉，孔位偏移0.8mm": ("设计", "工程部"),
        "外箱标签零件号错误": ("物流包装", "仓储物流课"),
        "首件检验漏检，批量毛刺": ("检验", "品质部"),
    }
    ways = [("邮件", 40), ("电话", 25), ("主机厂供应商系统", 20), ("现场（驻厂）", 15)]

    early = [i for i in range(3, 38) if i not in (20, 21)]    # 20/21 are the repeated 客诉单号
    late = list(range(38, n - 2))
    rng.shuffle(early)
    rng.shuffle(late)
    inject, take = _picker(early, late)
    late_a = take("verify_late")
    late_b = take("verify_late_next_morning")
    no_verify = take("verify_missing")
    no_receive = take("receive_missing")
    qe_receives = take("receive_by_qe")
    sales_verifies = take("verify_by_sales", True)
    no_batch3 = take("batch3_missing", True)
    reply_early = take("reply_before_confirm", True)
    qe_replies = take("reply_by_qe", True)
    no_opinion = take("opinion_missing", True)
    bad_report = take("report_invalid", True)
    no_cm = take("countermeasure_missing", True)
    no_confirm = take("confirm_missing", True)
    never_replied = take("confirmed_not_replied", True)
    gm_leads = [early.pop(), late.pop(), late.pop()]
    exactly_2h = late.pop()
    evening = early.pop()
    ng = [early.pop(), early.pop()]

    rows = []
    day = datetime(2025, 1, 6, 8, 0)
    for i in range(n):
        day += timedelta(days=rng.choice([1, 2, 3, 3, 4]))
        if day.weekday() == 6:
            day += timedelta(days=1)
        if i in (late_b, evening):
            t0 = day.replace(hour=rng.choice([16, 17]), minute=rng.randint(35, 55))
        else:
            t0 = day.replace(hour=8, minute=0) + timedelta(minutes=rng.randint(0, 9 * 60))
        salesman = rng.choice(sales)
        qe = rng.choice(qes)
        if i in gm_leads:
            qe = gm
        transfer = t0 + timedelta(minutes=rng.randint(5, 40))
        verify = transfer + timedelta(minutes=rng.randint(8, 60))
        if i == exactly_2h:
            transfer = t0 + timedelta(minutes=50)
            verify = t0 + timedelta(hours=2)
        if i == evening:
            verify = t0 + timedelta(minutes=rng.randint(75, 110))     # 18:xx-19:xx, QE 加班
            transfer = t0 + timedelta(minutes=30)
        if i == late_a:
            verify = t0 + timedelta(hours=3, minutes=rng.randint(20, 50))
        if i == late_b:
            verify = (t0 + timedelta(days=1)).replace(hour=8, minute=rng.randint(20, 50))
        defect = rng.choice(list(defects))
        cause, cm_dept = defects[defect]
        cm = (verify + timedelta(days=rng.randint(2, 7))).replace(hour=0, minute=0)
        report8d = cm + timedelta(days=rng.randint(0, 2))
        b1 = cm + timedelta(days=rng.randint(3, 9))
        b2 = b1 + timedelta(days=rng.randint(4, 9))
        b3 = b2 + timedelta(days=rng.randint(4, 9))
        confirm = b3 + timedelta(days=rng.randint(0, 2))
        reply = (confirm + timedelta(days=rng.randint(0, 2))).replace(hour=9) + timedelta(minutes=rng.randint(0, 8 * 60))
        close = reply + timedelta(days=rng.randint(0, 4))
        # what has happened by the export: a later step only if the earlier one has
        if not _done(reply):
            reply = close = None
            confirm = None               # the ledger fills 效果确认 and 回复 together; pending confirmation
        if not _done(close):
            close = None
        result = "OK" if confirm else ""
        if i in ng and _done(b3):
            result, confirm, reply, close = "NG，重新对策", None, None, None
        b1, b2, b3 = (b if _done(b) else None for b in (b1, b2, b3))
        if b3 is None:
            confirm = reply = close = None
            result = ""
        cm = cm if _done(cm) else None
        report8d = report8d if _done(report8d) else None
        replier = salesman
        report = pick(rng, [("8D报告", 80), ("客诉报告", 20)]) if reply else ""
        if cause == "物流包装" and reply and rng.random() < 0.7:
            report = "客诉报告"
        opinion = pick(rng, [("接受", 40), ("OK，同意结案", 25), ("认可对策，继续观察", 20), ("客户无异议", 15)]) if reply else ""

        receive_by = salesman
        verify_by = qe
        if i == qe_receives:
            receive_by = rng.choice(["林涛", "何静"])
        if i == sales_verifies:
            verify_by = rng.choice([s for s in sales if s != salesman])
        if i == no_batch3:
            b3 = None
        if i == reply_early and reply:
            reply = (confirm - timedelta(days=rng.randint(3, 6))).replace(hour=10, minute=rng.randint(0, 59))
            close = confirm + timedelta(days=1)
        if i == qe_replies:
            replier = qe if qe != gm else "马志强"
        if i == no_opinion:
            opinion = ""
        if i == bad_report:
            report = "邮件说明"
        if i == no_cm:
            cm = None
        if i == no_confirm:
            confirm = None
            result = "OK"
        if i == never_replied:
            reply = close = None
            report = opinion = ""
        row = Case()
        row["客诉单号"] = f"KS{t0:%y%m}-{i + 1:03d}"
        row["客户"] = pick(rng, customers)
        part_no, part_name = rng.choice(parts)
        row["零件号"] = part_no
        row["品名"] = part_name
        row["不良现象"] = defect
        row["不良数"] = rng.choice([1, 2, 3, 5, 8, 12, 20, 36, 120])
        row["投诉方式"] = pick(rng, ways)
        if i == qe_receives:
            row["投诉方式"] = "邮件（发至QE）"
        row["业务接单时间"] = "" if i == no_receive else slash(t0)
        row["业务担当"] = receive_by
        row["转品质时间"] = slash(transfer)
        row["主导QE"] = verify_by
        row["QE开始分析时间"] = "" if i == no_verify else slash(verify)
        row["原因分类"] = cause if cm else ""
        row["采购联络"] = f"采购 王芳 {_slash_day(verify + timedelta(days=1))} 已通知供应商" if cause == "来料" else "/"
        row["对策部门"] = cm_dept
        row["对策导入日期"] = _slash_day(cm) if cm else ""
        row["8D完成日期"] = _slash_day(report8d) if report8d else ""
        row["1批交货"] = _slash_day(b1) if b1 else ""
        row["2批交货"] = _slash_day(b2) if b2 else ""
        row["3批交货"] = _slash_day(b3) if b3 else ""
        row["效果确认"] = result
        row["效果确认日期"] = _slash_day(confirm) if confirm else ""
        row["回复客户日期"] = slash(reply) if reply else ""
        row["回复人"] = replier if reply else ""
        row["回复报告"] = report
        row["客户意见"] = opinion
        row["结案日期"] = _slash_day(close) if close else ""
        row["退货数量"] = row["不良数"] if rng.random() < 0.4 else 0
        rows.append(row)

    # a repeated 客诉单号: a complaint re-entered after its row was deleted by mistake got the old row's number
    dup_src = 20
    dup_dst = 21
    rows[dup_dst]["客诉单号"] = rows[dup_src]["客诉单号"]
    if injected is not None:
        injected.append((rows[dup_dst]["客诉单号"], "duplicate"))
        injected += [(rows[i]["客诉单号"], w) for i, ws in sorted(inject.items()) for w in ws]

    people = {name: "sales" for name in sales}
    people.update({name: "quality" for name in dict.fromkeys(qes)})   # in order: the file is the same every run
    people[gm] = "general_manager"
    hand = {
        "procedure": "s17-complaint-control-8d",
        "encoding": "gb18030",
        "columns": {
            "客诉单号": "case_number",
            "客户": "customer",
            "不良现象": "content",
            "业务接单时间": "receive_at",
            "业务担当": "receive_by",
            "主导QE": "verify_by",
            "QE开始分析时间": "verify_at",
            "对策部门": "countermeasure_by",
            "对策导入日期": "countermeasure_at",
            "1批交货": "track_batch_at",
            "2批交货": "track_batch_2_at",
            "3批交货": "track_batch_3_at",
            "效果确认日期": "confirm_effect_at",
            "回复客户日期": "reply_at",
            "回复人": "reply_by",
            "回复报告": "reply_report",
            "客户意见": "satisfaction",
        },
        "values": {"reply_report": {"8D报告": "eight_d_report", "客诉报告": "customer_complaint_report"}},
        "roles": {**people, "制造部": "all_departments", "工程部": "all_departments", "仓储物流课": "all_departments",
                  "采购部": "purchasing", "品质部": "quality"},
    }
    return rows, hand


# --- 55: S11, a water company's complaint office tickets -----------------------------------------------------------

def e55_s11_water(rng, injected=None):
    """临江水务集团 客户服务中心投诉处“投诉工单”（客服工单系统导出的 XLSX，日期为真正的日期时间单元格），按 S11《投诉处管理制度》审计。
    读原文后、打开制度 YAML 前写下的列：工单编号、受理时间、受理渠道、投诉人、联系电话、用水地址、投诉类别（水质 / 水压停水 /
    服务态度 / 业务流程 / 抄表收费）、投诉内容、首问责任人（受理坐席，姓名加工号）、初步回复时间、承办部门、专项小组、处理结果、
    回访时间、办结时间、高层介入时间（原想写“高层介入”，定为时间列）、整改措施、满意度。
    读过制度 YAML 后补的列：建单时间（record_at，工单系统登记），派单时间（investigate_at，分类在调查前），处理意见（measures，
    即解决方案），回访人（feedback_by，首问责任制），复杂投诉（是/否，is_complex），超期督办（是/否，long_unresolved），介入领导
    （senior_intervention_by）。
    映射要点：受理渠道中 12345转办、营业厅来访、微信公众号 不是原文列举的渠道，原文不限于所列，写成空；水压停水 按产品质量，
    抄表收费 按操作流程；坐席姓名不对应角色（首问责任人是谁接的就是谁），首问责任制按 回访人 与 首问责任人 是否同一人检查；
    承办部门对应调查责任部门，专项调查组对应专门调查小组；分管副总、总经理对应高层，客服中心主任对应投诉管理部门。
    注入：工单编号重复 1 对；初步回复超过24小时 2 件；早已受理、没有初步回复 1 件；已派单、投诉类别空白 1 件；投诉类别写“咨询”
    （不在选项中）1 件；投诉内容空白 1 件；有处理结果、处理意见空白 1 件；有处理结果、没有回访 1 件；回访人不是首问责任人 2 件；
    复杂投诉由水质监测中心单独调查 1 件；超期督办、没有高层介入 1 件；超期督办由客服中心主任介入（不是高层）1 件。
    陷阱（不是违规）：正好24小时初步回复 1 件；夜间受理、次日傍晚回复（不足24小时）；6月30日晚受理、尚未初步回复 1 件；
    12345转办等原文未列的渠道；复杂投诉由专项调查组调查；办理超过一个月但未标超期督办 1 件；在办、无结果的案件没有回访。
    """
    n = 62
    agents = ["张敏（8012）", "刘静（8015）", "黄磊（8021）", "吴艳（8007）", "徐文斌（8030）"]
    depts = [("供水管网所", 30), ("水质监测中心", 14), ("营业收费所", 24), ("计量表务所", 14), ("客户服务中心", 10)]
    topics = {
        "水质": [("自来水发黄有铁锈味", "水质监测中心", "冲洗支管并取样检测", "支管冲洗后取样合格"),
               ("水中有白色沉淀、烧开后水垢多", "水质监测中心", "上门取样检测硬度", "检测各项指标合格，已向用户解释"),
               ("二次供水水箱有异味", "水质监测中心", "督促物业清洗水箱并复检", "水箱已清洗消毒，复检合格")],
        "水压停水": [("高峰期水压低，6楼以上无水", "供水管网所", "排查片区管网阀门", "调整阀门开度，水压恢复"),
                 ("停水未提前通知", "供水管网所", "核实停水通知张贴情况", "已向用户致歉，今后提前24小时通知"),
                 ("抢修后路面未恢复", "供水管网所", "安排施工班组恢复路面", "路面已恢复")],
        "服务态度": [("抄表员态度恶劣", "计量表务所", "约谈抄表员并回访用户", "抄表员已当面致歉"),
                 ("营业厅窗口推诿", "营业收费所", "调取窗口录像核实", "窗口人员已批评教育"),
                 ("热线长时间无人接听", "客户服务中心", "核查话务记录", "已增加高峰时段坐席")],
        "业务流程": [("过户手续要求材料反复补交", "营业收费所", "一次性告知所需材料", "已办结过户"),
                 ("新装水表申请超期未装", "计量表务所", "加快安装排期", "水表已安装通水")],
        "抄表收费": [("水费突增，怀疑水表计量不准", "计量表务所", "上门校验水表", "水表校验合格，查出户内管道漏水"),
                 ("估抄导致多收水费", "营业收费所", "核实抄表记录并退费", "多收水费已退还"),
                 ("已缴费仍收到欠费短信", "营业收费所", "核对缴费记录", "系统对账延迟，短信已撤回并致歉")],
    }
    channels = [("客服热线", 42), ("12345转办", 20), ("微信公众号", 14), ("网上营业厅", 8), ("电子邮件", 6), ("营业厅来访", 10)]
    leaders = {"vp": "分管副总经理 赵建华", "gm": "总经理 周国庆", "office": "客服中心主任 孙丽"}

    early = [i for i in range(3, 42) if i not in (30, 31)]    # 30/31 are the repeated 工单编号
    late = list(range(42, n - 2))
    rng.shuffle(early)
    rng.shuffle(late)
    inject, take = _picker(early, late)
    late_a = take("initial_reply_late")
    late_b = take("initial_reply_late")
    no_reply = take("initial_reply_missing")
    no_category = take("category_missing")
    consult = take("category_invalid")
    no_content = take("content_missing")
    no_measures = take("measures_missing", True)
    no_feedback = take("feedback_missing", True)
    other_fb_a = take("feedback_by_other", True)
    other_fb_b = take("feedback_by_other", True)
    complex_alone = take("complex_not_special_team", True)
    overdue_alone = take("long_unresolved_no_senior", True)
    overdue_office = take("long_unresolved_by_office_director", True)
    exactly_24h = late.pop()
    night = late.pop()
    long_unflagged = early.pop()
    overdue_ok = [early.pop(), early.pop()]
    complex_ok = [early.pop(), early.pop(), late.pop(), late.pop()]
    last_night = n - 1                                   # received on 30 June evening, no initial reply yet

    rows = []
    day = datetime(2025, 1, 2, 8, 0)
    for i in range(n):
        day += timedelta(days=rng.choice([2, 2, 3, 3, 4]))
        t0 = day.replace(hour=8, minute=0) + timedelta(minutes=rng.randint(0, 13 * 60))
        if i == night:
            t0 = day.replace(hour=22, minute=rng.randint(5, 50))
        if i == last_night:
            t0 = datetime(2025, 6, 30, 20, 17)
        elif t0 > datetime(2025, 6, 27):         # the last tickets before the export: a few hours apart
            t0 = max(rows[-1]["受理时间"], datetime(2025, 6, 26, 9, 0)) + timedelta(minutes=rng.randint(60, 300))
        channel = pick(rng, channels)
        agent = rng.choice(agents)
        category = pick(rng, [("水质", 18), ("水压停水", 24), ("服务态度", 16), ("业务流程", 14), ("抄表收费", 28)])
        content, dept, measures, result = rng.choice(topics[category])
        is_complex = i in complex_ok or i == complex_alone
        if is_complex:
            category = "水质"
            content, dept, measures, result = rng.choice(topics["水质"])
        overdue = i in overdue_ok or i in (overdue_alone, overdue_office)
        record = t0 + timedelta(minutes=rng.randint(1, 8))
        dispatch = record + timedelta(minutes=rng.randint(5, 90))
        if t0.hour < 11:                         # callback the same day
            first = t0 + timedelta(minutes=rng.randint(40, 420))
        elif rng.random() < 0.5 and t0.hour < 17:
            first = t0 + timedelta(minutes=rng.randint(40, 200))
        else:                                    # callback the next morning
            first = (t0 + timedelta(days=1)).replace(hour=8, minute=rng.randint(30, 59)) + \
                timedelta(minutes=rng.randint(0, 90))
        if i == exactly_24h:
            first = t0 + timedelta(hours=24)
        if i == night:
            first = (t0 + timedelta(days=1)).replace(hour=17, minute=rng.randint(0, 40))
        if i == late_a:
            first = _daytime(t0 + timedelta(hours=rng.uniform(30, 34)), rng)
        if i == late_b:
            first = (t0 + timedelta(days=3)).replace(hour=10, minute=rng.randint(0, 59))
        if i in (no_reply, last_night):
            first = None
        span = rng.uniform(1, 6)
        if is_complex:
            span = rng.uniform(8, 20)
        if overdue or i == long_unflagged:
            span = rng.uniform(32, 45)
        solved = dispatch + timedelta(days=span)
        fb = _daytime(solved + timedelta(hours=rng.uniform(2, 40)), rng)
        close = _daytime(fb + timedelta(hours=rng.uniform(0.5, 6)), rng)
        senior = senior_by = None
        if overdue:
            senior = _daytime(dispatch + timedelta(days=rng.uniform(20, 28)), rng)
            senior_by = leaders["vp"] if i != overdue_ok[1] else leaders["gm"]
            if i == overdue_alone:
                senior = senior_by = None
            if i == overdue_office:
                senior_by = leaders["office"]
        done = _done(fb)
        if i == last_night:
            record = t0 + timedelta(minutes=4)
            dispatch = None
            done = False
        feedback_by = agent
        if i in (other_fb_a, other_fb_b):
            feedback_by = rng.choice([a for a in agents if a != agent])
        investigate_by = "专项调查组" if i in complex_ok else dept

        row = Case()
        row["工单编号"] = f"TS{t0:%Y%m%d}{i + 1:04d}"
        row["受理时间"] = t0
        row["建单时间"] = record
        row["受理渠道"] = channel
        row["投诉人"] = _name(rng) + rng.choice(["", "", "（户主）", "（租户）"])
        row["联系电话"] = _mobile(rng)
        row["用水地址"] = f"临江市{rng.choice(['江北区', '城南区', '滨湖新区', '高新区'])}{rng.choice(['望江路', '建设路', '湖滨大道', '人民南路'])}{rng.randint(1, 399)}号"
        row["投诉类别"] = "" if i == no_category else ("咨询" if i == consult else category)
        row["投诉内容"] = "" if i == no_content else content
        row["首问责任人"] = agent
        row["初步回复时间"] = first
        row["派单时间"] = dispatch
        row["承办部门"] = investigate_by if dispatch else ""
        row["复杂投诉"] = "是" if is_complex else "否"
        row["专项小组"] = "水质专项组（组长：生产技术部 刘建华）" if i in complex_ok else ""
        row["处理意见"] = "" if (i == no_measures or not dispatch) else measures
        row["处理结果"] = result if done else ""
        row["回访时间"] = fb if done and i != no_feedback else None
        row["回访人"] = feedback_by if done and i != no_feedback else ""
        row["满意度"] = pick(rng, [("满意", 70), ("基本满意", 20), ("不满意", 10)]) if row["回访时间"] else ""
        row["办结时间"] = close if done else None
        row["超期督办"] = "是" if overdue else "否"
        row["高层介入时间"] = senior
        row["介入领导"] = senior_by or ""
        row["整改措施"] = rng.choice(["", "", "纳入月度例会通报", "修订停水通知流程", "加强窗口服务培训"]) if done else ""
        rows.append(row)

    # a repeated 工单编号: a 12345 re-transfer of the same matter was imported under the first ticket's number
    dup_src, dup_dst = 30, 31
    rows[dup_dst]["工单编号"] = rows[dup_src]["工单编号"]
    if injected is not None:
        injected.append((rows[dup_dst]["工单编号"], "duplicate"))
        injected += [(rows[i]["工单编号"], w) for i, ws in sorted(inject.items()) for w in ws]

    hand = {
        "procedure": "s11-complaint-office-general",
        "columns": {
            "工单编号": "case_number",
            "受理时间": "receive_at",
            "建单时间": "record_at",
            "受理渠道": "channel",
            "投诉类别": "category",
            "投诉内容": "content",
            "首问责任人": "receive_by",
            "初步回复时间": "initial_reply_at",
            "派单时间": "investigate_at",
            "承办部门": "investigate_by",
            "复杂投诉": "is_complex",
            "处理意见": "measures",
            "处理结果": "result",
            "回访时间": "feedback_at",
            "回访人": "feedback_by",
            "超期督办": "long_unresolved",
            "高层介入时间": "senior_intervention_at",
            "介入领导": "senior_intervention_by",
        },
        "values": {
            "channel": {"客服热线": "hotline", "电子邮件": "email", "网上营业厅": "website",
                        "12345转办": "", "微信公众号": "", "营业厅来访": ""},
            "category": {"水质": "product_quality", "水压停水": "product_quality", "服务态度": "service_attitude",
                         "业务流程": "operating_procedure", "抄表收费": "operating_procedure"},
            "is_complex": {"是": True, "否": False},
            "long_unresolved": {"是": True, "否": False},
        },
        "roles": {"供水管网所": "investigating_dept", "水质监测中心": "investigating_dept",
                  "营业收费所": "investigating_dept", "计量表务所": "investigating_dept",
                  "客户服务中心": "investigating_dept", "专项调查组": "special_team",
                  leaders["vp"]: "senior_management", leaders["gm"]: "senior_management",
                  leaders["office"]: "complaint_office"},
    }
    return rows, hand


EXPORTS = [
    ("54-s17-8d-complaint-ledger.csv", "gbk", e54_s17_8d),
    ("55-s11-water-complaint-tickets.xlsx", "xlsx", e55_s11_water),
]
