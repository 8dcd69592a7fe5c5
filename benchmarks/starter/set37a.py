"""Starter-profile benchmark exports 214-215 (set 37a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 214 215    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, slash, working_minutes


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _after(rng, t, lo_h, hi_h):
    """A staff-recorded time lo_h..hi_h hours after t, inside 8:00-20:00, None if after the cutoff."""
    if t is None:
        return None
    return working_minutes(t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60))), CUTOFF)


# --- 214: 旺迪电器 售后服务 CRM 服务工单 -----------------------------------------------------------------------

_WD_MODELS = {"空调": ["WD-KFR35GW/BP3", "WD-KFR72LW/N1"], "洗衣机": ["WD-XQG100-B14", "WD-XQB80-M6"],
              "冰箱": ["WD-BCD-520WKP"], "热水器": ["WD-JSQ25-13T1", "WD-F60-15W3"], "油烟机": ["WD-CXW-260-E8"],
              "燃气灶": ["WD-JZT-Q36B"]}


def _model(rng, issue):
    for product, models in _WD_MODELS.items():
        if product in issue:
            return rng.choice(models)
    return rng.choice([m for models in _WD_MODELS.values() for m in models])


_WD_ISSUES = {
    "投诉": ["空调安装后外机噪音大，师傅两次上门未解决", "洗衣机脱水时剧烈晃动，保修期内要求换机",
             "冰箱冷藏室结冰，维修后一周复发", "热水器点火失败，预约上门超时未到", "油烟机安装打孔损坏瓷砖",
             "上门维修收取了保内不应收的配件费", "师傅上门态度差，未穿鞋套"],
    "市场投诉": ["经销商门店以旧机翻新冒充新机销售", "电商平台促销价与门店价差异大，经销商拒绝价保",
                 "华南区多家门店同批次燃气灶点火针故障", "经销商私自收取送货安装费"],
    "咨询": ["变频空调睡眠模式如何设置", "洗衣机桶自洁周期咨询", "热水器延保政策咨询", "以旧换新补贴如何申请"],
    "报修": ["空调不制冷，显示E1故障码", "冰箱压缩机不启动", "燃气灶一侧无法点火", "洗衣机进水阀漏水"],
    "建议": ["建议说明书增加图示安装步骤", "建议小程序可查询维修进度", "建议油烟机增加延时关机功能"],
}
_WD_RELATED = ["品质部", "研发中心", "营销中心/华东大区", "营销中心/华南大区", "生产部"]
_WD_HOTLINE, _WD_ONLINE = "售后服务部/400热线组", "售后服务部/网络客服组"
_WD_FIELD, _WD_REVISIT = "售后服务部/技术服务组", "售后服务部/回访组"


def e214_s2_wangdi_crm_service_orders(rng, injected=None):
    """旺迪电器售后服务部的 CRM（服务工单模块）按建单时间导出的工单列表，XLSX，日期为 Excel 日期单元格。

    读制度 YAML 之前写下的表头（只读了 S2 种子原文：售后服务部门受理咨询与意见、处理客户投诉及市场投诉并第一时间
    反馈、客户回访与重点客户关怀、保存客户资料、向相关部门反馈意见；渠道有热线、网站、邮箱）：
        服务单号、建单时间、来电渠道、服务类型、客户姓名、联系电话、产品型号、客户等级、问题描述、接单坐席、
        承办部门、首次响应时间、回访时间、回访结果、转交部门、单据状态
    读过制度 YAML 后补的列（四条规则只查各环节由哪个部门办理，原表只有承办部门；另补反馈环节的时间）：
        建单部门、回访部门、意见反馈时间、反馈发起部门
    注入的违规（按规则 id 计数，共 15）：
        after_sales_collects 3（营销中心/品质部自己建单），after_sales_handles 4（品质部、研发中心、营销中心、生产部承办），
        after_sales_revisits 3（营销中心的业务员回访），after_sales_feeds_back 3（营销中心、品质部直接发起意见反馈），
        case_number 2（同一服务单号出现两次）
    陷阱（不是违规）：转交部门（反馈的接收方）是品质部、研发中心等相关部门；回访、意见反馈只有部分工单有（制度不要求
    每单都有）；月底新建的工单尚未响应，承办部门为空；返修工单在原单号后加“-R1”，与原单号不同；接单坐席一列写人名。
    """
    inj = injected if injected is not None else []
    n = 50
    taken: set = set()
    customers = distinct_names(rng, n, taken)
    hotline_staff = distinct_names(rng, 5, taken)
    online_staff = distinct_names(rng, 3, taken)
    sales_staff = distinct_names(rng, 2, taken)
    quality_staff = distinct_names(rng, 1, taken)

    created = sorted(_at(rng, _rand_day(rng, date(2025, 3, 3), date(2025, 6, 28)), 8, 20.5) for _ in range(n - 2))
    created += [datetime(2025, 6, 29, 19, 52), datetime(2025, 6, 30, 10, 41)]   # not yet answered at the export

    rows = []
    for i, t in enumerate(created):
        kind = pick(rng, [("投诉", 40), ("市场投诉", 10), ("咨询", 20), ("报修", 18), ("建议", 12)])
        issue = rng.choice(_WD_ISSUES[kind])
        channel = pick(rng, [("400热线", 55), ("官网留言", 12), ("微信公众号", 15), ("客服邮箱", 8), ("门店转入", 10)])
        online = channel in ("官网留言", "微信公众号", "客服邮箱")
        first = working_minutes(t + timedelta(minutes=rng.randint(6, 300)), CUTOFF) if i < n - 2 else None
        handler = "" if first is None else (_WD_HOTLINE if kind in ("咨询", "建议") else
                                            (_WD_ONLINE if online and kind != "报修" else _WD_FIELD))
        closed = first is not None and (kind in ("咨询", "建议") or rng.random() < 0.85)
        revisit = _after(rng, first, 24, 110) if closed and kind != "咨询" and rng.random() < 0.75 else None
        wants_feedback = kind in ("市场投诉", "建议") or (kind == "投诉" and rng.random() < 0.35)
        feedback = _after(rng, first, 4, 60) if first is not None and wants_feedback else None
        target = ""
        if feedback is not None:
            target = {"市场投诉": "营销中心/华南大区", "建议": "研发中心"}.get(kind, rng.choice(["品质部", "研发中心"]))
        status = "待处理" if first is None else ("已关闭" if closed and (revisit or kind in ("咨询", "建议"))
                                                  else ("待回访" if closed else "处理中"))
        rows.append({
            "服务单号": None,
            "建单时间": t,
            "来电渠道": channel,
            "服务类型": kind,
            "客户姓名": customers[i],
            "联系电话": mobile(rng),
            "产品型号": _model(rng, issue),
            "客户等级": pick(rng, [("普通", 80), ("VIP", 12), ("重点客户", 8)]),
            "问题描述": issue,
            "接单坐席": rng.choice(online_staff if online else hotline_staff),
            "建单部门": _WD_ONLINE if online else _WD_HOTLINE,
            "承办部门": handler,
            "首次响应时间": first,
            "回访时间": revisit,
            "回访部门": _WD_REVISIT if revisit else "",
            "回访结果": pick(rng, [("满意", 70), ("基本满意", 20), ("不满意", 10)]) if revisit else "",
            "意见反馈时间": feedback,
            "反馈发起部门": _WD_HOTLINE if feedback and kind == "建议" else (_WD_FIELD if feedback else ""),
            "转交部门": target,
            "单据状态": status,
            "_inj": [],
        })

    # --- injections (each on its own row) ---
    answered = [r for r in rows if r["承办部门"]]
    used: list = []

    def choose(pool, k):
        out = rng.sample([r for r in pool if all(r is not u for u in used)], k)
        used.extend(out)
        return out

    for r, dept in zip(choose([r for r in answered if r["意见反馈时间"]], 3),
                       ["营销中心/华南大区", "品质部", "营销中心/华东大区"]):
        r["反馈发起部门"] = dept                       # sales / quality sent the feedback themselves
        r["_inj"].append("after_sales_feeds_back")
    for r, dept in zip(choose([r for r in answered if r["回访时间"]], 3),
                       ["营销中心/华东大区", "营销中心/华南大区", "营销中心/华东大区"]):
        r["回访部门"] = dept                           # the dealer's sales rep made the follow-up call
        r["_inj"].append("after_sales_revisits")
    for r, dept in zip(choose(answered, 4), ["品质部", "研发中心", "营销中心/华南大区", "生产部"]):
        r["承办部门"] = dept
        r["_inj"].append("after_sales_handles")
    for r, dept in zip(choose(answered, 3), ["营销中心/华东大区", "品质部", "营销中心/华南大区"]):
        r["建单部门"] = dept                           # ticket keyed in outside after-sales
        r["来电渠道"] = "门店转入" if dept.startswith("营销") else "内部转入"
        r["接单坐席"] = rng.choice(sales_staff if dept.startswith("营销") else quality_staff)
        r["_inj"].append("after_sales_collects")

    # numbers: FW + day + that day's sequence
    seq_by_day: dict = {}
    for r in rows:
        d = r["建单时间"].date()
        seq_by_day[d] = seq_by_day.get(d, 0) + 1
        r["服务单号"] = f"FW{d:%y%m%d}{seq_by_day[d]:04d}"

    # two tickets saved at the same moment got the same number: the later one repeats the earlier one's number
    pairs = [k for k in range(1, len(rows) - 2) if rows[k]["建单时间"].date() == rows[k - 1]["建单时间"].date()]
    pairs = [k for k in pairs if all(rows[k] is not u and rows[k - 1] is not u for u in used)]
    if len(pairs) < 2:
        pairs = [k for k in range(1, len(rows) - 2) if all(rows[k] is not u and rows[k - 1] is not u for u in used)]
    dup = []
    for k in rng.sample(pairs, len(pairs)):
        if len(dup) < 2 and all(abs(k - j) > 1 for j in dup):
            dup.append(k)
    for k in dup:
        rows[k]["服务单号"] = rows[k - 1]["服务单号"]
        rows[k]["_inj"].append("case_number")

    # a re-opened repair keeps the original number with a suffix (a trap: a different number)
    reopened = next(r for r in rows if r["服务类型"] == "报修" and r["回访时间"] and not r["_inj"]
                    and all(r is not rows[k - 1] for k in dup))
    rows.append(dict(reopened, **{"服务单号": reopened["服务单号"] + "-R1", "建单时间": reopened["回访时间"],
                                  "问题描述": "返修：" + reopened["问题描述"], "首次响应时间": None,
                                  "承办部门": "", "回访时间": None, "回访部门": "", "回访结果": "", "意见反馈时间": None,
                                  "反馈发起部门": "", "转交部门": "", "单据状态": "待处理", "_inj": []}))
    rows.sort(key=lambda r: r["建单时间"])

    for r in rows:
        inj.extend((r["服务单号"], rule) for rule in r.pop("_inj"))
        for col, v in r.items():
            if v is None:
                r[col] = ""

    hand = {
        "procedure": "s2-wangdi-after-sales-service",
        "sheet": "导出",
        "columns": {
            "服务单号": "case_number",
            "建单时间": "collect_at",
            "建单部门": "collect_by",
            "首次响应时间": "handle_at",
            "承办部门": "handle_by",
            "回访时间": "revisit_at",
            "回访部门": "revisit_by",
            "意见反馈时间": "feedback_at",
            "反馈发起部门": "feedback_by",
        },
        "roles": {
            _WD_HOTLINE: "after_sales", _WD_ONLINE: "after_sales", _WD_FIELD: "after_sales", _WD_REVISIT: "after_sales",
            **{d: "related_departments" for d in _WD_RELATED},
        },
    }
    return rows, hand


# --- 215: 祥永物业 客服中心 投诉登记台账 -------------------------------------------------------------------------

_XY_MAJOR = [
    ("地下车库B区雨水倒灌，业主车辆被泡", "物业管理处", "赔偿车辆维修费用并书面说明原因"),
    ("3号电梯困人约40分钟，维保人员迟迟未到", "电梯维保单位", "要求公司领导出面说明并更换维保单位"),
    ("外墙瓷砖脱落砸坏停放车辆", "工程部", "赔偿损失，排查全部外墙"),
    ("消防主管爆裂，楼道及三户业主家中进水", "工程部", "赔偿家具地板损失"),
    ("秩序维护员与业主发生肢体冲突", "秩序维护部", "处理当事人并公开道歉"),
    ("家中被盗，门禁及监控当晚无记录", "秩序维护部", "调取监控、配合报警并说明安保责任"),
]
_XY_IMPORTANT = [
    ("楼上卫生间渗水至卧室天花，多次报修未处理", "工程部", "三天内修复并恢复吊顶"),
    ("2号电梯一周内故障三次", "电梯维保单位", "彻底检修并公布维保记录"),
    ("固定车位长期被外来车辆占用", "秩序维护部", "加强巡查并清理占位车辆"),
    ("邻居夜间装修噪音至23点", "客服前台", "按装修管理规定制止并处罚"),
    ("物业费账单多收了公摊电费", "财务部", "核对后退还多收费用"),
    ("垃圾站清运不及时，异味严重", "保洁部", "每日清运并消杀"),
    ("高层水压过低，早晚无法洗澡", "工程部", "尽快检修二次供水泵"),
    ("门禁卡批量失效，老人无法进门", "智能化班组", "当天恢复门禁并上门补卡"),
]
_XY_GENERAL = [
    ("草坪修剪后草屑未清理", "绿化班", "及时清理"),
    ("快递柜前电动车乱停", "秩序维护部", "规范停放"),
    ("小区内宠物粪便无人清理", "保洁部", "增加保洁频次，张贴文明养宠提示"),
    ("公告栏停水通知未及时更新", "客服前台", "及时更新通知"),
    ("单元门闭门器损坏，关门声响大", "工程部", "更换闭门器"),
    ("路灯两盏不亮", "工程部", "尽快维修"),
    ("前台电话无人接听", "客服前台", "保证工作时间有人接听"),
    ("儿童游乐区滑梯有毛刺", "工程部", "打磨修复"),
]
_XY_LEVEL = {"major": "Ⅰ级-重大", "important": "Ⅱ级-重要", "general": "Ⅲ级-一般"}


def _room(rng):
    return f"{rng.randint(1, 18)}栋{rng.randint(1, 3)}单元{rng.randint(2, 28)}{rng.randint(1, 4):02d}"


def e215_s9_xiangyong_complaint_ledger(rng, injected=None):
    """祥永物业客服中心的投诉登记台账（物业管理系统“客户服务-投诉登记”导出），CSV（GB18030），日期写作 2025/3/4 9:05。

    读制度 YAML 之前写下的表头（只读了 S9 种子原文：记录投诉时间、投诉人、户位、联系方式、被投诉人或部门、事件经过、
    业主要求；必要时通知物管员或管理处主任出面；重大投诉当天呈送总经理，重要投诉接待后半小时内转呈管理处主任）：
        登记编号、来电/来访时间、来访方式、业主姓名、楼栋房号、联系电话、投诉对象、投诉内容、业主诉求、投诉等级、
        接待人、上报对象、上报时间、处理结果、回访情况
    读过制度 YAML 后补的列（时限自“接待”起算，原表只有业主来电/来访的时间）：
        接待登记时间
    注入的违规（按规则 id 计数，共 18）：
        record_received_at 1、record_complainant 1、record_address 1、record_contact 1、record_complained_party 1、
        record_demand 1（台账相应栏空白）；major_to_general_manager 1 与 major_to_gm_same_day 1（同一件重大投诉只上报了
        管理处主任）；major_to_gm_same_day 另 1（次日才上报总经理）；important_to_director_30_minutes 3（接待后 45 分钟、
        两个多小时、次日才上报）；important_to_office_director 1 与 important_to_director_30_minutes 另 1（同一件重要
        投诉没有上报）；severity 1（投诉等级“待定”）；receive-report_director 1（上报时间早于接待登记时间）；
        major_to_gm_same_day-start 1（重大投诉已上报总经理，却没有接待登记时间）；case_number 1（登记编号重复）
    陷阱（不是违规）：重要投诉接待后恰好 30 分钟上报（“内”含本数）；重大投诉周六晚上接待、当晚 23 点多上报总经理
    （当天按日历日计，不看工作时间）；业主前一晚留言、次日早上接待登记、20 分钟内上报（时限自接待起算，不自来电起算）；
    一般投诉有的也上报了管理处主任；联系电话留座机号码。
    """
    inj = injected if injected is not None else []
    levels = ["major"] * 7 + ["important"] * 15 + ["general"] * 24
    rng.shuffle(levels)
    n = len(levels)
    taken: set = set()
    owners = distinct_names(rng, n, taken)
    desk = distinct_names(rng, 4, taken)

    days = sorted(_rand_day(rng, date(2025, 3, 1), date(2025, 6, 29)) for _ in range(n))
    rows = []
    for i, (d, level) in enumerate(zip(days, levels)):
        recv = _at(rng, d, 8, 19.5)
        how = pick(rng, [("来电", 55), ("来访", 30), ("微信", 10), ("书面", 5)])
        call = recv - timedelta(minutes=0 if how == "来访" else rng.randint(0, 12))
        event, party, demand = rng.choice({"major": _XY_MAJOR, "important": _XY_IMPORTANT,
                                           "general": _XY_GENERAL}[level])
        if level == "major":
            to, rep = "公司总经理", recv + timedelta(minutes=rng.randint(40, 240))
        elif level == "important":
            to, rep = "管理处主任", recv + timedelta(minutes=rng.randint(4, 27))
        elif rng.random() < 0.2:
            to, rep = "管理处主任", recv + timedelta(minutes=rng.randint(30, 180))
        else:
            to, rep = "无需上报", None
        rows.append({
            "登记编号": None,
            "来电/来访时间": call,
            "接待登记时间": recv,
            "来访方式": how,
            "业主姓名": owners[i],
            "楼栋房号": _room(rng),
            "联系电话": mobile(rng),
            "投诉对象": party,
            "投诉内容": event,
            "业主诉求": demand,
            "投诉等级": _XY_LEVEL[level],
            "接待人": rng.choice(desk),
            "上报对象": to,
            "上报时间": rep,
            "处理结果": pick(rng, [("已派工处理完毕", 35), ("已协调解决", 30), ("已向业主解释，业主认可", 20),
                                  ("处理中", 15)]),
            "回访情况": pick(rng, [("满意", 60), ("基本满意", 25), ("不满意", 5), ("", 10)]),
            "_level": level,
            "_inj": [],
        })

    majors = [r for r in rows if r["_level"] == "major"]
    importants = [r for r in rows if r["_level"] == "important"]
    generals = [r for r in rows if r["_level"] == "general"]
    rng.shuffle(majors)
    rng.shuffle(importants)
    rng.shuffle(generals)

    # --- traps ---
    t = importants.pop()
    t["上报时间"] = t["接待登记时间"] + timedelta(minutes=30)                  # exactly half an hour: in time
    t = importants.pop()                                                     # left a message the night before
    t["接待登记时间"] = t["接待登记时间"].replace(hour=8, minute=rng.randint(5, 25))
    t["来电/来访时间"] = (t["接待登记时间"] - timedelta(days=1)).replace(hour=21, minute=rng.randint(30, 55))
    t["来访方式"] = "来电"
    t["上报时间"] = t["接待登记时间"] + timedelta(minutes=rng.randint(12, 20))
    t = majors.pop()                                                         # Saturday evening, reported that night
    d = t["接待登记时间"].date()
    sat = d - timedelta(days=(d.weekday() - 5) % 7)
    t["接待登记时间"] = datetime(sat.year, sat.month, sat.day, 19, rng.randint(20, 45))
    t["来电/来访时间"] = t["接待登记时间"] - timedelta(minutes=rng.randint(1, 6))
    t["上报时间"] = datetime(sat.year, sat.month, sat.day, 23, rng.randint(5, 40))
    generals.pop()["联系电话"] = "0592-5" + "".join(rng.choice("0123456789") for _ in range(6))   # a landline

    # --- injections ---
    r = majors.pop()                                            # reported to the office director only
    r["上报对象"], r["上报时间"] = "管理处主任", r["接待登记时间"] + timedelta(minutes=rng.randint(10, 25))
    r["_inj"] += ["major_to_general_manager", "major_to_gm_same_day"]
    r = majors.pop()                                            # reported to the general manager the next morning
    r["上报时间"] = (r["接待登记时间"] + timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 40))
    r["_inj"].append("major_to_gm_same_day")
    r = majors.pop()                                            # reception time never entered
    r["接待登记时间"] = None
    r["_inj"].append("major_to_gm_same_day-start")
    for r, late in zip(importants[:3], [45, rng.randint(125, 170), None]):
        if late is None:
            r["上报时间"] = (r["接待登记时间"] + timedelta(days=1)).replace(hour=8, minute=rng.randint(30, 59))
        else:
            r["上报时间"] = r["接待登记时间"] + timedelta(minutes=late)
        r["_inj"].append("important_to_director_30_minutes")
    r = importants[3]                                           # never reported
    r["上报对象"], r["上报时间"] = "", None
    r["_inj"] += ["important_to_office_director", "important_to_director_30_minutes"]
    r = importants[4]                                           # the director was phoned before the desk logged it
    r["接待登记时间"] = r["上报时间"] + timedelta(minutes=rng.randint(15, 40))
    r["_inj"].append("receive-report_director")
    for r, (col, rule) in zip(generals[:6], [("来电/来访时间", "record_received_at"), ("业主姓名", "record_complainant"),
                                              ("楼栋房号", "record_address"), ("联系电话", "record_contact"),
                                              ("投诉对象", "record_complained_party"), ("业主诉求", "record_demand")]):
        r[col] = None
        r["_inj"].append(rule)
    generals[6]["投诉等级"] = "待定"
    generals[6]["_inj"].append("severity")

    # numbers: KS + year and month + that month's sequence, in order of reception
    rows.sort(key=lambda r: r["接待登记时间"] or r["来电/来访时间"])
    by_month: dict = {}
    for r in rows:
        t = r["接待登记时间"] or r["来电/来访时间"]
        by_month[t.month] = by_month.get(t.month, 0) + 1
        r["登记编号"] = f"KS{t:%y%m}{by_month[t.month]:03d}"
    k = rows.index(generals[7])                                 # keyed in again under the previous case's number
    if k == 0 or rows[k - 1]["_inj"]:
        k = next(j for j in range(1, len(rows)) if not rows[j]["_inj"] and not rows[j - 1]["_inj"])
    rows[k]["登记编号"] = rows[k - 1]["登记编号"]
    rows[k]["_inj"].append("case_number")

    for r in rows:
        if r["处理结果"] == "处理中":
            r["回访情况"] = ""
        del r["_level"]
        inj.extend((r["登记编号"], rule) for rule in r.pop("_inj"))
        for col, v in r.items():
            if isinstance(v, datetime):
                r[col] = slash(v)
            elif v is None:
                r[col] = ""

    hand = {
        "procedure": "s9-xiangyong-property-service",
        "columns": {
            "登记编号": "case_number",
            "来电/来访时间": "received_at",
            "接待登记时间": "receive_at",
            "业主姓名": "complainant",
            "楼栋房号": "address",
            "联系电话": "contact_phone",
            "投诉对象": "complained_party",
            "投诉内容": "content",
            "业主诉求": "demand",
            "投诉等级": "severity",
        },
        "values": {
            "severity": {"Ⅰ级-重大": "major", "Ⅱ级-重要": "important", "Ⅲ级-一般": ""},
        },
        "outcomes": {
            "上报对象": {"date": "上报时间", "steps": {"公司总经理": "report_gm", "管理处主任": "report_director"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("214-s2-wangdi-crm-service-orders.xlsx", "xlsx", e214_s2_wangdi_crm_service_orders),
    ("215-s9-xiangyong-complaint-ledger.csv", "gb18030", e215_s9_xiangyong_complaint_ledger),
]
