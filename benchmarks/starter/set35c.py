"""Starter-profile benchmark exports 206-207 (set 35c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 206 207    # or with no numbers: every export

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


def e206_s11_water_hotline_tickets(rng, injected=None):
    """S11 投诉处管理制度 — 某市自来水公司客户服务中心（投诉处）的供水服务热线工单系统，导出「投诉工单」为 XLSX，
    日期为 Excel 日期时间单元格。工单由热线坐席/营业厅首问受理人建单，派给承办单位（管网所、水质中心、营业所……），
    办结后由首问受理人回访。

    读制度 YAML 之前写下的表头（系统自己的叫法）：
    工单编号, 受理时间, 受理渠道, 户号, 户名, 联系电话, 用水地址, 诉求类别, 诉求内容, 首问受理人, 首次回复时间,
    承办单位, 承办人, 处理结果, 办结时间, 回访时间, 回访满意度, 工单状态, 紧急程度, 备注

    读过制度 YAML 后补的列：建单时间, 派单时间, 处理措施, 回访人, 专班处理, 超期督办, 督办领导, 领导督办时间

    注入的违规（按规则 id 计数，共 17）：
      initial_reply_24h 3（两宗首次回复超过24小时，一宗6月28日受理至导出时仍未回复）
      content_recorded 1（12345 转办件诉求内容为空，只写“详见附件”）
      process_recorded 1（纸质来信补录，建单时间为空）
      category_assigned 2（已派单而诉求类别为空）
      solution_proposed 2（有处理结果而处理措施为空）
      result_fed_back 2（已办结有处理结果，却没有回访时间）
      complex_to_special_team 2（专班处理=是，却派给普通承办单位）
      first_contact_follows_through 2（回访人不是首问受理人）
      long_unresolved_to_senior 1（超期督办=是，却没有领导督办时间）
      step-senior_intervention 1（超期督办由客服中心主任督办，不是公司领导）
    陷阱（不是违规）：首次回复用了23小时50分；周五傍晚受理、周六下午回复（24小时连续计算仍在期限内）；
      6月30日上午受理、尚未回复（期限未到）；6月30日受理、尚未派单也未分类；专班处理=否而由专班承办；
      处理中的工单没有回访；营业厅来访（不在制度所列渠道，映射为空）。
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken = set()
    agents = distinct_names(rng, 6, taken)          # 热线坐席、营业厅首问受理人
    leaders = distinct_names(rng, 2, taken)         # 分管副总经理、总经理
    office_head = distinct_names(rng, 1, taken)[0]  # 客服中心主任
    doers = {d: distinct_names(rng, 2, taken) for d in
             ("管网运维所", "水质检测中心", "营业收费所", "抄表中心", "工程管理部", "供水专项工作专班")}

    templates = [
        ("水质问题", "自来水发黄有异味，放水十分钟仍浑浊", "管网运维所",
         "安排冲洗支管并取样检测", "已冲洗管网，水样检测合格，用户确认水质恢复"),
        ("水质问题", "水中有白色悬浮物，担心水质安全", "水质检测中心",
         "上门取样送检，告知检测结果", "检测各项指标符合国家标准，白色物为水垢，已向用户解释"),
        ("水压不足", "高峰时段楼上水压低，热水器无法点火", "管网运维所",
         "检查小区二次供水泵房及减压阀", "泵房变频器故障已更换，水压恢复正常"),
        ("停水问题", "未接到停水通知突然停水一整天", "工程管理部",
         "核实停水公告张贴及短信发送情况", "施工停水通知漏发该小区，已致歉并完善通知名单"),
        ("抄表收费", "本月水费比往月高出三倍，怀疑抄错表", "抄表中心",
         "安排复抄并检查水表及户内管道", "复核为估抄差错，已退还多收水费"),
        ("抄表收费", "银行代扣重复扣款两次", "营业收费所",
         "核对代扣记录并办理退款", "确认重复扣款，已原路退回"),
        ("营业办理", "办理过户手续被要求反复提交材料", "营业收费所",
         "核实过户材料清单并一次性告知", "已一次性告知所需材料并当场办结过户"),
        ("服务态度", "抄表员上门态度恶劣，言语不文明", "抄表中心",
         "调查抄表员服务情况并约谈", "已对抄表员批评教育并扣减绩效，向用户致歉"),
        ("服务态度", "营业厅窗口人员玩手机不理睬用户", "营业收费所",
         "调取窗口监控核实", "情况属实，已通报批评当事人并上门致歉"),
        ("施工作业", "路面开挖后长期未恢复，影响通行", "工程管理部",
         "督促施工单位限期恢复路面", "路面已恢复并经验收"),
        ("漏水报修", "小区门口主管漏水两天无人处理", "管网运维所",
         "组织抢修并排查周边管线", "已完成抢修，恢复供水"),
    ]
    complex_templates = [
        ("水质问题", "整栋楼自来水有明显异味，多户反映腹泻", "供水专项工作专班",
         "成立专班联合疾控取样，排查二次供水水箱", "水箱清洗消毒，复检合格，已逐户告知"),
        ("水压不足", "片区连续一周夜间无水，多次报修未解决", "供水专项工作专班",
         "专班排查片区管网及增压站运行", "增压站调度方案调整，片区夜间供水恢复"),
        ("抄表收费", "小区总表与分表差额分摊争议，多户拒缴", "供水专项工作专班",
         "专班会同物业核查总分表并出具分摊方案", "已出具分摊方案，经业主代表确认"),
    ]
    category_words = {"水质问题", "水压不足", "停水问题", "抄表收费", "营业办理", "服务态度", "施工作业", "漏水报修"}
    assert {t[0] for t in templates + complex_templates} <= category_words

    channels = [("96116热线", 10), ("12345转办", 4), ("微信公众号", 4), ("网上营业厅", 2), ("电子邮件", 1),
                ("营业厅来访", 2)]
    streets = ["解放路", "人民东路", "滨江大道", "建设南路", "文昌街", "和平里", "青年路", "环城西路"]
    communities = ["阳光花园", "锦绣苑", "东湖小区", "幸福里", "翠苑新村", "金桥家园", "丽景湾"]

    n = 40
    # which row carries which injection / trap (row indices are 0-based in received order)
    plan = {
        3: "late_reply", 11: "late_reply", 37: "open_overdue",
        7: "no_content", 15: "no_record",
        9: "no_category", 22: "no_category",
        5: "no_measures", 27: "no_measures",
        13: "no_feedback", 25: "no_feedback",
        17: "complex_wrong_dept", 30: "complex_wrong_dept",
        19: "other_feedback", 33: "other_feedback",
        21: "overdue_no_leader", 28: "overdue_by_office_head",
        # traps
        8: "trap_2350", 14: "trap_weekend", 39: "trap_open_fresh", 38: "trap_fresh_unclassified",
        24: "trap_team_not_complex",
        # legitimate escalations and complex cases
        4: "complex_ok", 26: "complex_ok", 31: "overdue_ok", 12: "overdue_ok",
    }
    # received dates spread over the half year, ascending
    days = sorted(_rand_day(rng, date(2025, 1, 3), date(2025, 6, 24)) for _ in range(n - 3))
    days += [date(2025, 6, 28), date(2025, 6, 30), date(2025, 6, 30)]
    rows = []
    for i, d in enumerate(days):
        kind = plan.get(i, "")
        channel = pick(rng, channels)
        if kind == "no_record":
            channel = "来信"
        tpl = rng.choice(complex_templates if kind.startswith("complex") else templates)
        category, content, dept, measures, result = tpl
        complex_flag = "是" if kind.startswith("complex") else "否"
        if kind == "complex_wrong_dept":
            dept = "管网运维所" if category != "抄表收费" else "抄表中心"
        if kind == "trap_team_not_complex":
            dept = "供水专项工作专班"
        agent = rng.choice(agents[:4]) if channel != "营业厅来访" else rng.choice(agents[4:])
        if kind == "trap_weekend":
            while d.weekday() != 4:
                d += timedelta(days=1)
            received = datetime(d.year, d.month, d.day, 17, rng.randint(0, 40))
        elif kind in ("trap_open_fresh", "trap_fresh_unclassified"):
            received = _at(rng, d, 8.2, 10.5)
        elif channel in ("微信公众号", "网上营业厅", "电子邮件"):
            received = _at(rng, d, 6, 23.5)
        else:
            received = _at(rng, d, 7.5, 20.5)
        received = received.replace(second=0)
        no = f"GS{received:%Y%m%d}{i + 1:04d}"
        created = received + timedelta(minutes=rng.randint(2, 14))
        if channel in ("微信公众号", "网上营业厅", "电子邮件") and (received.hour >= 21 or received.hour < 8):
            created = _plus(rng, received, 0.2, 0.5)
        reply = _plus(rng, created, 0.5, 6, day_from=8, day_to=20)
        if (reply - received) > timedelta(hours=22):
            reply = received + timedelta(hours=rng.randint(18, 21), minutes=rng.randint(0, 50))
        if kind == "late_reply":
            reply = received + timedelta(hours=rng.randint(27, 46), minutes=rng.randint(0, 50))
            note((no, "initial_reply_24h"))
        elif kind == "trap_2350":
            reply = received + timedelta(hours=23, minutes=50)
        elif kind == "trap_weekend":
            reply = received + timedelta(hours=23, minutes=rng.randint(0, 20))
        dispatch = created + timedelta(minutes=rng.randint(8, 55))
        done = _plus(rng, dispatch, 20, 24 * (12 if complex_flag == "是" else 6))
        visit = _plus(rng, done, 2, 40)
        if kind == "open_overdue":
            reply = None
            note((no, "initial_reply_24h"))
        if kind in ("open_overdue", "trap_open_fresh", "trap_fresh_unclassified"):
            done = visit = None
            if kind != "open_overdue":
                reply = None
        if kind == "trap_fresh_unclassified":
            dispatch = None
            category = ""
        reply, dispatch, done, visit = _cut(reply), _cut(dispatch), _cut(done), _cut(visit)
        if done is None:
            visit = None
        if kind in ("no_feedback",):
            visit = None
            note((no, "result_fed_back"))
        visitor = agent if visit else None
        if kind == "other_feedback":
            visitor = rng.choice([a for a in agents if a != agent])
            note((no, "first_contact_follows_through"))
        if kind == "no_category":
            category = ""
            note((no, "category_assigned"))
        if kind == "no_content":
            content = ""
            channel = "12345转办"
            note((no, "content_recorded"))
        if kind == "no_record":
            created = None
            note((no, "process_recorded"))
        if kind == "no_measures":
            measures = ""
            note((no, "solution_proposed"))
        if kind == "complex_wrong_dept":
            note((no, "complex_to_special_team"))
        overdue, leader, leader_at = "", None, None
        if kind in ("overdue_ok", "overdue_no_leader", "overdue_by_office_head"):
            overdue = "是"
            done = _plus(rng, dispatch, 24 * 25, 24 * 40)
            leader_at = _plus(rng, dispatch, 24 * 15, 24 * 20)
            leader = rng.choice(leaders)
            done, leader_at = _cut(done), _cut(leader_at)
            assert leader_at is not None, no
            visit = _plus(rng, done, 2, 30) if done else None
            visit = _cut(visit)
            visitor = agent if visit else None
            if kind == "overdue_no_leader":
                leader, leader_at = None, None
                note((no, "long_unresolved_to_senior"))
            if kind == "overdue_by_office_head":
                leader = office_head
                note((no, "step-senior_intervention"))
        if kind in ("other_feedback", "no_feedback", "no_measures", "late_reply"):
            assert done is not None, (no, kind)
        status = "已回访归档" if visit else ("已办结" if done else ("处理中" if dispatch else "待派单"))
        rows.append({
            "工单编号": no,
            "受理时间": received,
            "建单时间": created,
            "受理渠道": channel,
            "户号": f"{rng.randint(1, 9)}{rng.randint(0, 9999999):07d}",
            "户名": distinct_names(rng, 1, set())[0],
            "联系电话": mobile(rng),
            "用水地址": f"{rng.choice(streets)}{rng.randint(1, 300)}号{rng.choice(communities)}"
                        f"{rng.randint(1, 20)}栋{rng.randint(1, 3)}单元{rng.randint(1, 30)}0{rng.randint(1, 4)}",
            "诉求类别": category,
            "诉求内容": content,
            "紧急程度": "紧急" if complex_flag == "是" or category in ("漏水报修", "停水问题") else "一般",
            "首问受理人": agent,
            "首次回复时间": reply,
            "派单时间": dispatch,
            "承办单位": dept if dispatch else "",
            "承办人": rng.choice(doers[dept]) if dispatch else "",
            "专班处理": complex_flag,
            "处理措施": measures if done else "",
            "处理结果": result if done else "",
            "办结时间": done,
            "超期督办": overdue,
            "督办领导": leader,
            "领导督办时间": leader_at,
            "回访时间": visit,
            "回访人": visitor,
            "回访满意度": rng.choice(["满意", "满意", "满意", "基本满意", "不满意"]) if visit else "",
            "工单状态": status,
            "备注": {"no_content": "诉求详见12345工单附件", "no_record": "纸质来信补录",
                   "overdue_ok": "超期工单，已报分管领导", "overdue_by_office_head": "超期工单，中心主任督办"}.get(
                kind, rng.choice(["", "", "", "", "用户要求短信告知结果", "重复来电", "已拍照留存"])),
        })
        r = rows[-1]
        for k in ("受理时间", "建单时间", "首次回复时间", "派单时间", "办结时间", "领导督办时间", "回访时间"):
            assert r[k] is None or r[k] <= CUTOFF, (no, k)
        seq = [r["受理时间"], r["建单时间"], r["首次回复时间"]]
        seq = [t for t in seq if t]
        assert seq == sorted(seq), no
        seq = [t for t in (r["派单时间"], r["办结时间"], r["回访时间"]) if t]
        assert seq == sorted(seq), no

    roles = {a: "first_contact" for a in agents}
    roles.update({d: "investigating_dept" for d in doers})
    roles["供水专项工作专班"] = "special_team"
    roles.update({x: "senior_management" for x in leaders})
    roles[office_head] = "complaint_office"
    hand = {
        "procedure": "s11-complaint-office-general",
        "sheet": "导出",
        "columns": {
            "工单编号": "case_number",
            "受理时间": "receive_at",
            "建单时间": "record_at",
            "受理渠道": "channel",
            "诉求类别": "category",
            "诉求内容": "content",
            "首问受理人": "receive_by",
            "首次回复时间": "initial_reply_at",
            "派单时间": "investigate_at",
            "承办单位": "investigate_by",
            "专班处理": "is_complex",
            "处理措施": "measures",
            "处理结果": "result",
            "办结时间": "solution_at",
            "超期督办": "long_unresolved",
            "督办领导": "senior_intervention_by",
            "领导督办时间": "senior_intervention_at",
            "回访时间": "feedback_at",
            "回访人": "feedback_by",
        },
        "values": {
            "channel": {"96116热线": "hotline", "12345转办": "hotline", "微信公众号": "website",
                        "网上营业厅": "website", "电子邮件": "email", "营业厅来访": "", "来信": ""},
            "category": {"水质问题": "product_quality", "水压不足": "product_quality", "停水问题": "product_quality",
                         "漏水报修": "product_quality", "抄表收费": "operating_procedure",
                         "营业办理": "operating_procedure", "施工作业": "operating_procedure",
                         "服务态度": "service_attitude"},
            "is_complex": {"是": True, "否": False},
            "long_unresolved": {"是": True},
        },
        "roles": roles,
    }
    return rows, hand


def _dmy(t):
    return "" if t is None else t.strftime("%d/%m/%Y %H:%M")


def e207_s36_hotel_pms_complaint_log(rng, injected=None):
    """S36 酒店宾客投诉处理管理办法 — 一家商务酒店前厅部在 PMS 的「宾客投诉记录」模块登记投诉，导出为 CSV（GB18030，
    PMS 运行在中文 Windows 上）。PMS 按酒店集团的区域设置写日期：日/月/年 时:分（`04/03/2025 21:15`），
    所以手工映射写 date_order: day_first。受理人、处理人记姓名，另有职位列。

    读制度 YAML 之前写下的表头（系统自己的叫法）：
    投诉编号, 投诉时间, 房号, 宾客姓名, 宾客类型, 联系电话, 投诉方式, 被投诉部门, 投诉级别, 投诉内容, 受理人,
    处理人, 处理措施, 补偿, 处理完毕时间, 宾客意见, 记录人, 备注

    读过制度 YAML 后补的列：受理点, 受理人职位, 超出权限, 请示人职位, 请示时间, 处理人职位, 需总经理审批,
    总经理审批时间, 上报集团时间, 回访人职位, 回访时间

    注入的违规（按规则 id 计数，共 13）：
      department_to_operations_director 1（部门受理、超出权限，却没有请示时间）
      restaurant_to_deputy_gm 1（餐厅受理、超出权限，却没有请示时间）
      deputy_gm_to_general_manager 1（重大投诉、需总经理审批=是，却没有总经理审批时间）
      major_to_company 2（重大投诉没有上报集团时间）
      department_complaint_to_area_supervisor 1（前台的投诉由前台接待受理）
      restaurant_complaint_to_floor_manager 1（餐厅的投诉由餐厅部长受理）
      major_to_deputy_gm 2（重大投诉由客房部经理、大堂副理处理）
      department_request_by_department_head 1（部门受理的超权限投诉由大堂副理请示）
      track_by_complaint_center 2（由大堂副理回访）
      receive-handle 1（处理完毕时间录成投诉前一天）
    陷阱（不是违规）：大堂受理的投诉由大堂副理受理、请示（受理点“大堂”不属部门或餐厅，映射为空）；
      一般投诉需总经理审批=是而没有审批时间（该规则只管重大投诉）；超出权限=否而没有请示；
      重大投诉由餐饮副总经理处理并回访（副总经理属投诉处理中心）；6月29-30日的投诉尚未处理、回访。
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken = set()
    post_roles = {
        "大堂副理": "lobby_manager", "前台部长": "area_supervisor", "楼层部长": "area_supervisor",
        "餐厅部长": "area_supervisor", "康乐部长": "area_supervisor", "楼面经理": "floor_manager",
        "前厅部经理": "department_head", "客房部经理": "department_head", "康乐部经理": "department_head",
        "餐饮副总经理": "restaurant_deputy_gm", "总经理": "general_manager", "前台接待": "all_staff",
    }
    staff = {p: distinct_names(rng, 2 if p in ("大堂副理", "前台部长", "楼层部长", "前台接待") else 1, taken)
             for p in post_roles}
    clerks = staff["前台接待"] + distinct_names(rng, 2, taken)   # 记录人：前台、宾客关系主任

    # 受理点 -> (被投诉部门, 受理职位, 部门负责人职位, 回访职位)
    points = {
        "前台": ("前厅部", "前台部长", "前厅部经理", "前台部长"),
        "客房楼层": ("客房部", "楼层部长", "客房部经理", "楼层部长"),
        "康乐中心": ("康乐部", "康乐部长", "康乐部经理", "康乐部长"),
        "中餐厅": ("餐饮部", "楼面经理", "楼面经理", "餐厅部长"),
        "全日餐厅": ("餐饮部", "楼面经理", "楼面经理", "餐厅部长"),
        "大堂": ("前厅部", "大堂副理", "前厅部经理", "前台部长"),
    }
    templates = {
        "前台": [("入住排队等候超过二十分钟", "轻微", "致歉并赠送欢迎饮品"),
                ("押金预授权被重复冻结两次", "一般", "联系银行撤销重复预授权"),
                ("前台员工办理退房时态度冷淡", "一般", "当事员工当面致歉"),
                ("预订的大床房到店无房，被安排到其他酒店", "重大", "承担外住房费及交通并致歉")],
        "客房楼层": [("房间浴室有毛发，毛巾有污渍", "轻微", "重新清洁并更换布草"),
                  ("空调夜间噪音大无法入睡", "轻微", "更换房间"),
                  ("服务员未经同意进入房间打扫", "一般", "致歉并加强楼层培训"),
                  ("放在房内的笔记本电脑丢失", "重大", "报警并调取监控，协助客人处理"),
                  ("床单有血迹未更换", "一般", "更换床品并减免当晚房费")],
        "康乐中心": [("泳池水温过低", "轻微", "调整水温并致歉"),
                  ("跑步机突然停机致客人摔伤", "重大", "送医检查并承担医疗费用")],
        "中餐厅": [("上菜等候四十分钟", "轻微", "致歉并赠送甜品"),
                 ("菜品中吃出金属丝", "一般", "免单并致歉"),
                 ("婚宴后多名宾客腹泻", "重大", "送医并封存留样，配合市场监管部门调查"),
                 ("服务员与客人争吵", "一般", "当事员工致歉")],
        "全日餐厅": [("早餐补餐不及时，品种少", "轻微", "致歉并加强补餐"),
                  ("账单多收两份自助餐费用", "一般", "退还多收款项并致歉")],
        "大堂": [("行李寄存后少了一件", "一般", "调取监控找回行李"),
               ("大堂装修噪音影响休息", "轻微", "致歉并调整施工时间")],
    }
    channels = [("当面", 10), ("电话", 6), ("意见卡", 2), ("导游转告", 1), ("携程点评", 2)]
    guest_types = ["散客", "散客", "会员", "金卡会员", "协议客户", "团队"]
    comps = {"轻微": ["致歉", "赠送果盘", "赠送甜品", ""], "一般": ["房费八折", "免早餐", "升级房型", "免单"],
             "重大": ["免当晚房费", "赔偿", "免单并赔偿"]}

    n = 40
    plan = {
        2: ("前台", "major_gm_ok"), 6: ("客房楼层", "major_ok"), 12: ("客房楼层", "major_by_room_mgr"),
        18: ("中餐厅", "major_no_report"), 23: ("康乐中心", "major_by_lobby"), 29: ("中餐厅", "major_gm_missing"),
        33: ("客房楼层", "major_no_report"),
        4: ("客房楼层", "exceed_ok"), 9: ("中餐厅", "exceed_ok"), 15: ("前台", "exceed_no_request"),
        20: ("全日餐厅", "exceed_no_request"), 26: ("客房楼层", "exceed_by_lobby"), 31: ("大堂", "trap_lobby_exceed"),
        8: ("前台", "receive_by_clerk"), 36: ("中餐厅", "receive_by_section"),
        11: ("客房楼层", "track_by_lobby"), 24: ("前台", "track_by_lobby"),
        16: ("全日餐厅", "handle_before_receive"),
        35: ("客房楼层", "trap_general_gm_flag"), 5: ("康乐中心", "trap_no_exceed"),
    }
    days = sorted(_rand_day(rng, date(2025, 1, 3), date(2025, 6, 26)) for _ in range(n - 2))
    days += [date(2025, 6, 29), date(2025, 6, 30)]
    rows = []
    for i, d in enumerate(days):
        point, kind = plan.get(i, (None, ""))
        if point is None:
            point = pick(rng, [("前台", 5), ("客房楼层", 8), ("康乐中心", 1), ("中餐厅", 4), ("全日餐厅", 3), ("大堂", 2)])
        dept, recv_post, head_post, track_post = points[point]
        pool = templates[point]
        if kind.startswith("major"):
            pool = [t for t in pool if t[1] == "重大"]
        elif kind in ("trap_general_gm_flag", "exceed_ok", "exceed_no_request", "exceed_by_lobby", "trap_lobby_exceed"):
            pool = [t for t in pool if t[1] == "一般"]
        else:
            pool = [t for t in pool if t[1] != "重大"]
        content, level, measure = rng.choice(pool)
        if i >= n - 2:
            received = _at(rng, d, 7.5, 9.5)
        else:
            received = _at(rng, d, 7, 23.3)
        no = f"TS{received:%y%m%d}{i + 1:03d}"
        channel = pick(rng, channels)
        if channel == "携程点评":
            received = received.replace(hour=max(received.hour, 9))
        exceed = "否"
        request_post, request_at = "", None
        if kind.startswith("major") or kind.startswith("exceed") or kind == "trap_lobby_exceed":
            exceed = "是"
            request_post = head_post if point != "大堂" else "大堂副理"
            request_at = _plus(rng, received, 0.2, 1.5, day_from=7, day_to=24)
        if kind == "exceed_no_request":
            request_post, request_at = "", None
            note((no, "restaurant_to_deputy_gm" if point.endswith("餐厅") else "department_to_operations_director"))
        if kind == "exceed_by_lobby":
            request_post = "大堂副理"
            note((no, "department_request_by_department_head"))
        start = request_at or received
        if level == "重大":
            handle_post = "餐饮副总经理"
            handle_at = _plus(rng, start, 1, 10, day_from=8, day_to=22)
        elif level == "一般":
            handle_post = head_post if exceed == "是" and point != "大堂" else rng.choice([recv_post, head_post])
            handle_at = _plus(rng, start, 0.5, 20, day_from=8, day_to=22)
        else:
            handle_post = recv_post
            handle_at = _plus(rng, start, 0.3, 3, day_from=7, day_to=23)
        if kind == "major_by_room_mgr":
            handle_post = "客房部经理"
            note((no, "major_to_deputy_gm"))
        if kind == "major_by_lobby":
            handle_post = "大堂副理"
            note((no, "major_to_deputy_gm"))
        if kind == "handle_before_receive":
            handle_at = received - timedelta(days=1) + timedelta(minutes=rng.randint(30, 120))
            note((no, "receive-handle"))
        gm_flag, gm_at, report_at = "", None, None
        if level == "重大":
            gm_flag = "否"
            report_at = _plus(rng, start, 1, 8, day_from=8, day_to=22)
            if kind in ("major_gm_ok", "major_gm_missing"):
                gm_flag = "是"
                gm_at = _plus(rng, start, 0.5, 3, day_from=8, day_to=23)
            if kind == "major_gm_missing":
                gm_at = None
                note((no, "deputy_gm_to_general_manager"))
            if kind == "major_no_report":
                report_at = None
                note((no, "major_to_company"))
        if kind == "trap_general_gm_flag":
            gm_flag = "是"
        receiver_post = recv_post
        if kind == "receive_by_clerk":
            receiver_post = "前台接待"
            note((no, "department_complaint_to_area_supervisor"))
        if kind == "receive_by_section":
            receiver_post = "餐厅部长"
            note((no, "restaurant_complaint_to_floor_manager"))
        tracker = "餐饮副总经理" if level == "重大" and rng.random() < 0.5 else track_post
        track_at = _plus(rng, max(handle_at, received), 3, 40, day_from=9, day_to=21)
        if kind == "track_by_lobby":
            tracker = "大堂副理"
            note((no, "track_by_complaint_center"))
        if i >= n - 2:
            handle_at = track_at = None
            handle_post = tracker = ""
        handle_at, track_at, request_at, gm_at, report_at = (
            _cut(handle_at), _cut(track_at), _cut(request_at), _cut(gm_at), _cut(report_at))
        if kind and not kind.startswith("trap") and i < n - 2:
            assert handle_at and track_at, (no, kind)
        if kind.startswith("major") or kind.startswith("exceed"):
            assert report_at or kind == "major_no_report" or level != "重大", no
        rows.append({
            "投诉编号": no,
            "投诉时间": _dmy(received),
            "房号": f"{rng.randint(3, 18)}{rng.randint(1, 32):02d}" if point != "中餐厅" or rng.random() < 0.4 else "",
            "宾客姓名": distinct_names(rng, 1, set())[0][0] + rng.choice(["先生", "女士"]),
            "宾客类型": rng.choice(guest_types),
            "联系电话": mobile(rng),
            "投诉方式": channel,
            "受理点": point,
            "被投诉部门": dept,
            "投诉级别": level,
            "投诉内容": content,
            "受理人": rng.choice(staff[receiver_post]),
            "受理人职位": receiver_post,
            "超出权限": exceed,
            "请示人职位": request_post,
            "请示时间": _dmy(request_at),
            "处理人": rng.choice(staff[handle_post]) if handle_post else "",
            "处理人职位": handle_post,
            "处理措施": measure if handle_at else "",
            "补偿": rng.choice(comps[level]) if handle_at else "",
            "需总经理审批": gm_flag,
            "总经理审批时间": _dmy(gm_at),
            "上报集团时间": _dmy(report_at),
            "处理完毕时间": _dmy(handle_at),
            "回访人职位": tracker,
            "回访时间": _dmy(track_at),
            "宾客意见": rng.choice(["满意", "满意", "接受", "接受", "不满意"]) if track_at else "",
            "记录人": rng.choice(clerks),
            "备注": rng.choice(["", "", "", "", "常住客", "已录入宾客档案", "客人要求书面答复", "OTA 差评已回复"]),
        })

    roles = dict(post_roles)
    hand = {
        "procedure": "s36-hotel-guest-complaints",
        "encoding": "gb18030",
        "date_order": "day_first",
        "columns": {
            "投诉编号": "case_number",
            "投诉时间": "receive_at",
            "投诉方式": "channel",
            "受理点": "complaint_addressee",
            "投诉级别": "severity",
            "受理人职位": "receive_by",
            "超出权限": "exceeds_receiver_authority",
            "请示人职位": "request_instructions_by",
            "请示时间": "request_instructions_at",
            "处理人职位": "handle_by",
            "处理完毕时间": "handle_at",
            "需总经理审批": "exceeds_deputy_gm_authority",
            "总经理审批时间": "request_gm_at",
            "上报集团时间": "report_company_at",
            "回访人职位": "track_by",
            "回访时间": "track_at",
        },
        "values": {
            "channel": {"当面": "oral", "电话": "phone", "意见卡": "written", "携程点评": "written",
                        "导游转告": "relayed"},
            "complaint_addressee": {"前台": "department", "客房楼层": "department", "康乐中心": "department",
                                    "中餐厅": "restaurant", "全日餐厅": "restaurant", "大堂": ""},
            "severity": {"轻微": "minor", "一般": "general", "重大": "major"},
            "exceeds_receiver_authority": {"是": "yes", "否": "no"},
            "exceeds_deputy_gm_authority": {"是": "yes", "否": "no"},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("206-s11-water-hotline-tickets.xlsx", "xlsx", e206_s11_water_hotline_tickets),
    ("207-s36-hotel-pms-complaint-log.csv", "gb18030", e207_s36_hotel_pms_complaint_log),
]
