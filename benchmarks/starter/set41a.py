"""Starter-profile benchmark exports 238-239 (set 41a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 238 239    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, iso, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes, seconds=rng.randint(0, 59))


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=21):
    """A time lo_h..hi_h hours after t (with seconds, as a ticket system stamps it), moved out of the night."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)), seconds=rng.randint(0, 59))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(microsecond=0)


def _on_workday(t):
    while not workday(t.date()):
        t += timedelta(days=1)
    return t


def _cut(t):
    return None if t is None or t > CUTOFF else t


def e238_s30_tianyi_space_ticket_export(rng, injected=None):
    """中国电信天翼空间运营中心 客服工单系统“投诉工单查询”导出（CSV，UTF-8 带 BOM）。时间为系统戳 2025-03-04 09:05:11。

    读制度 YAML 之前写下的表头（只读种子第一至八条）：工单流水号、建单时间、受理渠道（10000号热线/实体营业厅/网上营业厅/
    在线客服/问吧平台/集团热线/集团网厅/网媒曝光/官方微博）、渠道层级（省内/属地/集团）、来电号码、客户姓名、
    工单类型（投诉/咨询转投诉/障碍转投诉）、业务产品、问题描述、有效性判定（有效/无效）、无效原因、派单时间、
    处理班组、处理人、处理完成时间、回复客户时间、回访满意度、归档时间、工单状态。

    读过制度 YAML 后补的列：无效投诉的四种情形各一列勾选（是/否）——匿名/非机主、事由不具体、联系不上、非电信业务
    （原先只有一列“无效原因”文字，制度把四种情形各作一个勾选字段，作为“认定为无效投诉”规则的条件）。

    注入的违规（按规则 id 计数，共 16）：channel 3（“短信”“信函”“客户经理”：制度的渠道选项里没有）、
    channel_level 2（“未定级”）、validity 2（“待定”“存疑”）、anonymous_or_non_customer 2、not_verifiable 1、
    unreachable 2、out_of_scope 2（勾选列写“待核实”“不确定”）、case_number 2（后一张工单重复用了前一张的流水号）。

    陷阱（不是违规）：无效投诉（四种情形之一勾“是”、有效性“无效”）照常建单归档——制度没有受理环节，规则不检查；
    匿名反映的客户姓名为空、联系不上的来电号码为空；“属地”层级即省内渠道；集团热线写作“4008810000”；
    重开工单的流水号带“-1”后缀，与原单不重复；月底仍在处理中的工单，有效性与四个勾选列尚未判定（空白）；周末建单。
    """
    year_lo, year_hi = date(2025, 3, 1), date(2025, 6, 29)
    n = 48
    taken: set = set()
    groups = {
        "客服一组": distinct_names(rng, 3, taken),
        "客服二组": distinct_names(rng, 3, taken),
        "应用商店产品组": distinct_names(rng, 2, taken),
        "计费支撑组": distinct_names(rng, 2, taken),
        "客户端技术组": distinct_names(rng, 2, taken),
    }
    customers = distinct_names(rng, n, taken)
    channels = [("10000号热线", 40), ("网上营业厅", 10), ("在线客服", 12), ("问吧平台", 8), ("实体营业厅", 8),
                ("4008810000", 8), ("集团网厅", 4), ("网媒曝光", 4), ("官方微博", 6)]
    group_channels = {"4008810000", "集团网厅", "网媒曝光", "官方微博"}
    problems = {
        "天翼空间应用商店": ["下载应用后扣费但无法安装", "同一应用重复扣费，要求退费", "应用商店页面资费提示不清"],
        "天翼空间客户端": ["客户端升级后登录报错，无法使用", "客户端闪退，已卸载重装仍无法打开", "客户端消息推送无法关闭"],
        "爱游戏": ["游戏点数充值未到账", "包月游戏未经确认被订购，要求退订退费"],
        "手机阅读包月": ["未主动订购却收取阅读包月费", "退订后次月仍扣费"],
        "增值业务订购": ["对资费解释不满意，要求投诉", "咨询退订方式后仍无法退订"],
    }
    handler_group = {"天翼空间应用商店": "应用商店产品组", "天翼空间客户端": "客户端技术组", "爱游戏": "计费支撑组",
                     "手机阅读包月": "计费支撑组", "增值业务订购": None}
    invalid_reasons = [
        ("匿名/非机主", "匿名反映，不愿提供机主信息"),
        ("事由不具体", "投诉内容不具体，无法核实"),
        ("联系不上", "未留联系电话，外呼无法联系"),
        ("非电信业务", "第三方应用商户纠纷，非电信业务范畴"),
    ]
    flags = [f for f, _ in invalid_reasons]

    days = sorted(_rand_day(rng, year_lo, year_hi) for _ in range(n))
    rows, seq_by_day = [], {}
    for i, d in enumerate(days):
        created = _at(rng, d, 8, 21.5)
        seq_by_day[d] = seq_by_day.get(d, 0) + rng.randint(3, 40)
        number = f"TS{d:%Y%m%d}{seq_by_day[d]:04d}"
        ch = pick(rng, channels)
        level = "集团" if ch in group_channels else pick(rng, [("省内", 4), ("属地", 1)])
        product = rng.choice(list(problems))
        kind = "咨询转投诉" if product == "增值业务订购" else pick(rng, [("投诉", 5), ("障碍转投诉", 2)])
        grp = handler_group[product] or rng.choice(["客服一组", "客服二组"])
        invalid = rng.random() < 0.15
        reason = rng.choice(invalid_reasons) if invalid else None
        name = "" if reason and reason[0] == "匿名/非机主" else customers[i]
        dispatch = _plus(rng, created, 0.1, 1.0)
        done = _plus(rng, dispatch, 2, 48)
        reply = _plus(rng, done, 0.5, 6)
        archive = _plus(rng, reply, 24, 72)
        dispatch, done, reply, archive = (_cut(t) for t in (dispatch, done, reply, archive))
        status = "已归档" if archive else ("已回复" if reply else ("处理中" if dispatch else "待派单"))
        judged = reply is not None          # 有效性在回复客户时判定
        row = {
            "工单流水号": number,
            "建单时间": iso(created),
            "受理渠道": ch,
            "渠道层级": level,
            "来电号码": "" if reason and reason[0] == "联系不上" else mobile(rng),
            "客户姓名": name,
            "工单类型": kind,
            "业务产品": product,
            "问题描述": "客户反映" + rng.choice(problems[product]),
            "有效性判定": ("无效" if invalid else "有效") if judged else "",
        }
        for f in flags:
            row[f] = ("是" if reason and reason[0] == f else "否") if judged else ""
        row.update({
            "无效原因": reason[1] if (reason and judged) else "",
            "派单时间": iso(dispatch) if dispatch else "",
            "处理班组": grp if dispatch else "",
            "处理人": rng.choice(groups[grp]) if dispatch else "",
            "处理完成时间": iso(done) if done else "",
            "回复客户时间": iso(reply) if reply else "",
            "回访满意度": (pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1), ("未回访", 1)]) if archive else ""),
            "归档时间": iso(archive) if archive else "",
            "工单状态": status,
        })
        rows.append(row)

    # a reopened ticket keeps its number with a "-1" suffix (trap: not a duplicate)
    closed = [i for i, r in enumerate(rows) if r["归档时间"] and r["有效性判定"] == "有效"]
    src = rng.choice(closed[: len(closed) // 2])
    reopen = dict(rows[src])
    reopen["工单流水号"] += "-1"
    reopen["工单类型"] = "投诉"
    reopen["问题描述"] = "客户对上次处理结果不满意，要求重新处理：" + rows[src]["问题描述"][4:]
    t0 = datetime.strptime(rows[src]["归档时间"], "%Y-%m-%d %H:%M:%S")
    t1 = _plus(rng, t0, 48, 120)
    reopen.update({"建单时间": iso(t1), "派单时间": iso(_plus(rng, t1, 0.2, 1)), "处理完成时间": "", "回复客户时间": "",
                   "回访满意度": "", "归档时间": "", "工单状态": "处理中", "有效性判定": "", "无效原因": ""})
    for f in flags:
        reopen[f] = ""
    rows.append(reopen)
    rows.sort(key=lambda r: r["建单时间"])

    def note(r, rule):
        if injected is not None:
            injected.append((r["工单流水号"], rule))

    judged_rows = [r for r in rows if r["有效性判定"] and not r["工单流水号"].endswith("-1")]
    picked = rng.sample(judged_rows, 14)
    targets = iter(picked)
    for value in ("短信", "信函", "客户经理"):
        r = next(targets)
        r["受理渠道"] = value
        r["渠道层级"] = "省内"
        note(r, "channel")
    for _ in range(2):
        r = next(targets)
        r["渠道层级"] = "未定级"
        note(r, "channel_level")
    for value in ("待定", "存疑"):
        r = next(targets)
        r["有效性判定"] = value
        note(r, "validity")
    for flag, rule, values in (("匿名/非机主", "anonymous_or_non_customer", ("待核实", "不确定")),
                               ("事由不具体", "not_verifiable", ("待核实",)),
                               ("联系不上", "unreachable", ("不确定", "待核实")),
                               ("非电信业务", "out_of_scope", ("待核实", "不确定"))):
        for value in values:
            r = next(targets)
            r[flag] = value
            note(r, rule)
    # two later tickets carry an earlier ticket's number (numbers re-issued after a system migration)
    reopened = {r["工单流水号"][:-2] for r in rows if r["工单流水号"].endswith("-1")}
    rest = [r for r in rows if all(r is not p for p in picked) and not r["工单流水号"].endswith("-1")
            and r["工单流水号"] not in reopened]
    for _ in range(2):
        a, b = sorted(rng.sample(range(len(rest)), 2))
        rest[b]["工单流水号"] = rest[a]["工单流水号"]
        note(rest[b], "case_number")
        rest = [r for k, r in enumerate(rest) if k not in (a, b)]

    hand = {
        "procedure": "s30-telecom-tianyi-space-complaints",
        "columns": {
            "工单流水号": "case_number",
            "受理渠道": "channel",
            "渠道层级": "channel_level",
            "有效性判定": "validity",
            "匿名/非机主": "anonymous_or_non_customer",
            "事由不具体": "not_verifiable",
            "联系不上": "unreachable",
            "非电信业务": "out_of_scope",
        },
        "values": {
            "channel": {"10000号热线": "hotline_10000", "实体营业厅": "business_hall", "网上营业厅": "online_hall",
                        "在线客服": "online_service", "问吧平台": "wenba", "4008810000": "group_hotline",
                        "集团网厅": "group_online_hall", "网媒曝光": "web_media", "官方微博": "weibo"},
            "channel_level": {"省内": "provincial", "属地": "provincial", "集团": "group"},
            "validity": {"有效": "valid", "无效": "invalid"},
        },
    }
    return rows, hand


def e239_s34_liaoning_quality_complaint_ledger(rng, injected=None):
    """辽宁省建设工程质量监督总站（省工程质量投诉工作办公室）OA“工程质量投诉登记台账”导出（XLSX，工作表“导出”）。
    日期为日期单元格（只记日，不记时刻）。

    读制度 YAML 之前写下的表头（只读种子第一至八条）：登记编号、收件日期、投诉方式（来信/来电/来访/网上信访）、投诉人、
    联系电话、工程名称、工程地址、工程类别（住宅/公共建筑/市政道路/供热管网/装饰装修）、建设性质（新建/改建/扩建）、
    交付使用日期、是否在保（在保/过保）、问题部位、问题描述、承办科室、经办人、转办单位、现场勘查日期、办结日期、
    答复投诉人日期、办理结果。

    读过制度 YAML 后补的列：工程阶段（在建/已交付使用：第三条“建设过程中”与“使用过程中”）、保修期依据
    （国务院279号令第四十条/省质量条例第二十六条：第四条按交付使用日期适用的规定）。

    注入的违规（按规则 id 计数，共 14）：handover_date 3（交付使用日期写成“不详”“档案缺失”“开发商未提供”，不是日期）、
    within_warranty 3（“待鉴定”“有争议”“不详”）、project_stage 3（“待核”“不明”）、warranty_basis 3（“按合同约定”
    “待定”“开发商承诺”）、case_number 2（后一件登记重复用了前一件的编号）。

    陷阱（不是违规）：超过保修期、使用过程中的问题照常登记并告知由产权单位处理（制度没有受理环节，规则不检查）；
    在建工程的交付使用日期空白、是否在保与保修期依据写“/”（不适用）；2000年1月30日以前交付的老楼按省条例确定保修期；
    2000年2月交付的工程按279号令；月底收件尚未勘查、办结的案件（制度没有时限）；来信在周一登记。
    """
    taken: set = set()
    office = distinct_names(rng, 4, taken)
    section_staff = {"投诉办公室": office, "监督一科": distinct_names(rng, 2, taken),
                     "监督二科": distinct_names(rng, 2, taken)}
    n = 40
    complainants = distinct_names(rng, n, taken)
    cities = {"沈阳市": ["和平区", "沈河区", "铁西区", "浑南区", "皇姑区"], "大连市": ["甘井子区", "沙河口区", "金州区"],
              "鞍山市": ["铁东区", "立山区"], "抚顺市": ["顺城区"], "锦州市": ["太和区", "古塔区"], "营口市": ["站前区", "鲅鱼圈区"],
              "辽阳市": ["白塔区"], "盘锦市": ["兴隆台区"], "铁岭市": ["银州区"], "丹东市": ["振兴区"], "葫芦岛市": ["龙港区"]}
    estates = ["锦绣", "华府", "阳光", "御景", "滨河", "金地", "万科城", "恒大绿洲", "碧桂园", "紫薇苑", "丽都", "翡翠城",
               "和园", "春晓", "新城"]
    roads = ["建设大路", "北京街", "青年大街", "长江路", "中华路", "解放路", "太原街"]
    # part -> (warranty years, or None for the design life of the structure; 2 heating seasons counted as 2 years)
    building = {"地基沉降": None, "主体结构裂缝": None, "屋面渗漏": 5, "外墙渗水": 5, "卫生间渗漏": 5,
                "暖气不热": 2, "电气管线老化": 2, "给排水管道漏水": 2, "墙面空鼓开裂": 2}
    parts_by_kind = {
        "住宅": building, "公共建筑": building,
        "市政道路": {"路基沉陷": None, "路面开裂": 2, "雨水管道堵塞": 2},
        "供热管网": {"供热管道漏水": 2, "管沟塌陷": None, "保温层脱落": 2},
        "装饰装修": {"墙面空鼓开裂": 2, "吊顶脱落": 2, "电气管线老化": 2, "卫生间渗漏": 5},
    }
    site_issues = (["楼板裂缝", "混凝土强度存疑", "防水施工不规范", "钢筋外露", "砌体灰缝不饱满"],
                   ["路基压实度不足", "管道焊口渗漏", "沟槽回填不实"])
    kinds = [("住宅", 60), ("公共建筑", 12), ("市政道路", 8), ("供热管网", 8), ("装饰装修", 12)]
    basis_new, basis_old = "国务院279号令第四十条", "省质量条例第二十六条"

    days = []
    while len(days) < n:
        d = _rand_day(rng, date(2025, 1, 6), date(2025, 6, 27))
        if workday(d):
            days.append(d)
    days.sort()
    rows = []
    for k, d in enumerate(days, start=1):
        city = rng.choice(list(cities))
        district = rng.choice(cities[city])
        kind = pick(rng, kinds)
        in_build = rng.random() < 0.25
        if kind == "市政道路":
            project = f"{city}{rng.choice(roads)}改造工程"
        elif kind == "供热管网":
            project = f"{city}{district}供热管网改造工程"
        elif kind == "公共建筑":
            project = f"{city}{district}{rng.choice(['第二中学教学楼', '社区卫生服务中心', '文体中心', '政务服务中心'])}"
        elif kind == "装饰装修":
            project = f"{rng.choice(estates)}广场商业装修工程"
        else:
            project = f"{rng.choice(estates)}小区{rng.randint(1, 28)}号楼"
        handover, within, basis = None, "/", "/"
        if in_build:
            stage = "在建"
            part = rng.choice(site_issues[kind in ("市政道路", "供热管网")])
            desc = f"反映在建工程{part}，要求监督部门检查"
        else:
            stage = "已交付使用"
            r = rng.random()
            if r < 0.12:
                handover = datetime(rng.randint(1993, 1999), rng.randint(1, 12), rng.randint(1, 28))
            elif r < 0.16:
                handover = datetime(2000, 2, rng.randint(10, 28))
            else:
                handover = datetime(rng.randint(2008, 2024), rng.randint(1, 12), rng.randint(1, 28))
            parts = parts_by_kind[kind]
            part = rng.choice(list(parts))
            years = parts[part]
            if handover < datetime(2000, 1, 30):
                basis = basis_old
                in_warranty = years is None
            else:
                basis = basis_new
                expires = handover.replace(year=handover.year + years) if years else None
                in_warranty = expires is None or expires.date() > d
            within = "在保" if in_warranty else "过保"
            desc = f"反映{part}，{'要求建设单位保修' if in_warranty else '要求维修'}"
        received = datetime(d.year, d.month, d.day)
        section = pick(rng, [("投诉办公室", 5), ("监督一科", 2), ("监督二科", 2)])
        survey = _cut(_on_workday(received + timedelta(days=rng.randint(3, 15))))
        done = _cut(_on_workday(survey + timedelta(days=rng.randint(7, 30)))) if survey else None
        answered = _cut(_on_workday(done + timedelta(days=rng.randint(0, 5)))) if done else None
        if within == "过保":
            forward, result = "产权单位", "已超过保修期，告知由产权单位或物业处理"
            survey = None
        elif in_build:
            forward, result = f"{city}建设工程质量监督站", "已责令施工单位整改，监督站复查"
        else:
            forward = f"{city}建设工程质量监督站"
            result = pick(rng, [("责成建设单位限期保修", 5), ("双方调解达成一致", 2), ("经鉴定不属质量问题，已答复", 1)])
        if not done:
            result = "办理中"
        rows.append({
            "登记编号": f"辽质投〔2025〕{k:03d}号",
            "收件日期": received,
            "投诉方式": pick(rng, [("来信", 25), ("来电", 30), ("来访", 25), ("网上信访", 20)]),
            "投诉人": complainants[k - 1],
            "联系电话": mobile(rng),
            "工程名称": project,
            "工程地址": f"{city}{district}",
            "工程类别": kind,
            "建设性质": pick(rng, [("新建", 7), ("改建", 2), ("扩建", 1)]),
            "工程阶段": stage,
            "交付使用日期": handover,
            "是否在保": within,
            "保修期依据": basis,
            "问题部位": part,
            "问题描述": desc,
            "承办科室": section,
            "经办人": rng.choice(section_staff[section]),
            "转办单位": forward,
            "现场勘查日期": survey,
            "办结日期": done,
            "答复投诉人日期": answered,
            "办理结果": result,
        })

    def note(r, rule):
        if injected is not None:
            injected.append((r["登记编号"], rule))

    delivered = [r for r in rows if r["交付使用日期"]]
    picked = rng.sample(delivered, 9)
    targets = iter(picked)
    for value in ("不详", "档案缺失", "开发商未提供"):
        r = next(targets)
        r["交付使用日期"] = value
        note(r, "handover_date")
    for value in ("待鉴定", "有争议", "不详"):
        r = next(targets)
        r["是否在保"] = value           # not yet settled: the case waits for an appraisal
        r.update({"转办单位": r["工程地址"][:r["工程地址"].index("市") + 1] + "建设工程质量监督站", "办结日期": None,
                  "答复投诉人日期": None, "办理结果": "委托质量鉴定中"})
        note(r, "within_warranty")
    for value in ("按合同约定", "待定", "开发商承诺"):
        r = next(targets)
        r["保修期依据"] = value
        note(r, "warranty_basis")
    others = [r for r in rows if all(r is not p for p in picked)]
    for value in rng.sample(["待核", "不明", "待核"], 3):
        r = others.pop(rng.randrange(len(others)))
        r["工程阶段"] = value
        picked.append(r)
        note(r, "project_stage")
    rest = [r for r in rows if all(r is not p for p in picked)]
    for _ in range(2):
        a, b = sorted(rng.sample(range(len(rest)), 2))
        rest[b]["登记编号"] = rest[a]["登记编号"]
        note(rest[b], "case_number")
        rest = [r for j, r in enumerate(rest) if j not in (a, b)]

    hand = {
        "procedure": "s34-liaoning-construction-quality-complaints",
        "sheet": "导出",
        "columns": {
            "登记编号": "case_number",
            "交付使用日期": "handover_date",
            "是否在保": "within_warranty",
            "工程阶段": "project_stage",
            "保修期依据": "warranty_basis",
        },
        "values": {
            "within_warranty": {"在保": "yes", "过保": "no", "/": ""},
            "project_stage": {"在建": "construction", "已交付使用": "in_use"},
            "warranty_basis": {basis_new: "delivered_after_2000_01_30", basis_old: "delivered_before_2000_01_30",
                               "/": ""},
        },
    }
    return rows, hand


EXPORTS = [
    ("238-s30-tianyi-space-ticket-export.csv", "utf-8-sig", e238_s30_tianyi_space_ticket_export),
    ("239-s34-liaoning-quality-complaint-ledger.xlsx", "xlsx", e239_s34_liaoning_quality_complaint_ledger),
]
