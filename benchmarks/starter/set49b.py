"""Starter-profile benchmark exports 288-289 (set forty-ninth, b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 288 289    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _slash(t):
    return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}" if t else ""


def _daytime(t):
    """Back-office times: replies and archiving happen 8:00-22:00; later ones move to the next morning."""
    if t.hour < 8:
        return t.replace(hour=8 + t.minute % 3)
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8 + t.minute % 3)
    return t


def _telecom_number(rng):
    return rng.choice(["133", "153", "173", "177", "180", "181", "189", "199"]) + \
        "".join(rng.choice("0123456789") for _ in range(8))


def e288_s30_tianyi_space_workorders(rng, injected=None):
    """中国电信天翼空间运营中心客服支撑组从“天翼空间客户服务工单系统”导出的投诉工单（CSV，GB18030 编码），
    日期时间写作 2025/4/3 14:22（系统默认的斜杠写法，不带秒）。受理渠道按系统的下拉项书写（网上营业厅、问吧、集团热线、
    网络媒体……），渠道层级一栏写 省分 / 属地 / 集团。

    读制度 YAML 之前写下的表头（只读了 S30 原文第一条至第八条）：工单编号、原工单号、受理时间、工单类型、受理渠道、
    渠道层级、受理省份、业务名称、客户号码、客户称呼、投诉内容、处理班组、处理人、回复时间、归档时间、工单状态、
    有效性判定、无效原因说明、客户满意度。

    读过制度 YAML 后补的列：匿名/非客户关系人、事宜不具体无法核实、信息不全无法联系、超出电信服务范围
    （制度把第八条（二）的四种无效情形写成四个勾选字段；系统的“无效投诉认定”页本来就是这四个勾选框，导出时补上，
    取值 是/否，未认定的工单为空）。

    注入的违规（按规则 id 计数，共 17）：channel 4（受理渠道写“短信”“政企客户经理”，不是第七条、第八条所列的任何渠道）、
    channel_level 3（渠道层级写“通管局转办”，既不是省内渠道也不是集团渠道）、validity 3（已归档工单的有效性判定写“待定”）、
    not_verifiable 2（“事宜不具体无法核实”写“待核实”）、unreachable 2（“信息不全无法联系”写“联系中”）、
    case_number 3（工单回退重派后同一工单号被再导出一行）。

    陷阱：渠道层级“属地”（第八条：属地分公司受理的属省内渠道投诉，映射为 provincial）；受理渠道写法与制度不同但意思相同的
    （网上营业厅=网厅、问吧=问吧平台、集团热线=集团热线4008810000、网络媒体=网媒）；处理中工单的有效性判定与四个勾选框为空
    （尚未认定，不算取值无效）；认定为无效投诉、勾选“匿名/非客户关系人”等的工单（原文没有受理环节，这条规则不检查，
    也本来就没有违规）；“原工单号”与工单编号相同前缀的咨询转投诉工单（原工单号不是案件编号，不算重复）；
    工单编号只差最后一位的相邻工单。
    """
    taken: set = set()
    staff = distinct_names(rng, 7, taken)
    customers = distinct_names(rng, 40, taken)
    teams = ["客服一组", "客服二组", "应用运营组", "计费支撑组"]
    provinces = ["广东", "江苏", "浙江", "四川", "上海", "湖北", "福建", "安徽", "陕西", "重庆"]
    prov_channels = [("10000号", 30), ("营业厅", 7), ("网上营业厅", 9), ("在线客服", 14), ("问吧", 7)]
    group_channels = [("集团热线", 8), ("集团网厅", 5), ("网络媒体", 3), ("微博", 4)]
    business = {
        "天翼空间客户端": ["客户端升级后闪退，无法打开", "客户端登录提示账号异常", "客户端下载速度极慢，多次中断"],
        "应用下载": ["下载的应用安装失败，提示包损坏", "已购应用更换手机后无法重新下载", "应用下载后内容与介绍不符"],
        "应用内计费": ["未点击购买却被扣取信息费", "游戏道具扣费成功但未到账", "退订后仍按月扣费"],
        "包月业务": ["未经确认被开通包月业务", "包月业务退订不成功", "包月费用与宣传资费不一致"],
        "积分兑换": ["积分兑换应用后未到账", "积分被扣但兑换失败"],
    }
    n = 48
    # tickets still 处理中 at the cutoff are among the later ones; the two checkboxes still being filled in are open ones
    late = list(range(n - 20, n))
    open_cases = set(rng.sample(late, 9))
    inj_verify = set(rng.sample(sorted(open_cases), 2))
    inj_reach = set(rng.sample(sorted(open_cases - inj_verify), 2))
    rest = [i for i in range(n) if i not in open_cases]
    inj_channel = set(rng.sample(rest, 4))
    rest = [i for i in rest if i not in inj_channel]
    inj_level = set(rng.sample(rest, 3))
    rest = [i for i in rest if i not in inj_level]
    inj_validity = set(rng.sample(rest, 3))
    rest = [i for i in rest if i not in inj_validity]
    dup_of = sorted(rng.sample(rest, 3))

    rows = []
    t = datetime(2025, 4, 1, 8, 0)
    seq = 310
    for i in range(n):
        t = t + timedelta(hours=rng.uniform(20, 42))
        if t.hour < 8:
            t = t.replace(hour=8 + t.hour % 4)
        elif t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=9)
        t = t.replace(minute=rng.randrange(60), second=0)
        seq += rng.choice([1, 1, 1, 2, 3, 5])
        number = f"TYKJ{t:%Y%m%d}{seq:05d}"
        group = rng.random() < 0.27
        if i in inj_channel:
            channel = ["短信", "政企客户经理", "短信", "政企客户经理"][len([k for k in inj_channel if k < i])]
            group = False
        elif group:
            channel = pick(rng, group_channels)
        else:
            channel = pick(rng, prov_channels)
        if i in inj_level:
            level = "通管局转办"
        elif group:
            level = "集团"
        else:
            level = pick(rng, [("省分", 4), ("属地", 1)])
        province = "集团" if group else rng.choice(provinces)
        kind = pick(rng, [("投诉", 6), ("咨询转投诉", 2), ("障碍转投诉", 2)])
        biz = rng.choice(list(business))
        content = rng.choice(business[biz])
        origin = ""
        if kind != "投诉":
            origin = f"{'ZX' if kind == '咨询转投诉' else 'ZA'}{(t - timedelta(days=rng.randint(1, 4))):%Y%m%d}{seq - rng.randint(40, 90):05d}"
        is_open = i in open_cases
        invalid_reason = None
        if not is_open and rng.random() < 0.22:
            invalid_reason = rng.choice(["anon", "verify", "reach", "scope"])
        flags = {"anon": "否", "verify": "否", "reach": "否", "scope": "否"}
        name = rng.choice(customers)[0] + rng.choice(["先生", "女士"])
        phone = _telecom_number(rng)
        reason_text = ""
        if invalid_reason:
            flags[invalid_reason] = "是"
            if invalid_reason == "anon":
                name, reason_text = "匿名", "客户拒绝提供身份，号码非本人名下"
            elif invalid_reason == "verify":
                reason_text = "客户只称“总被乱扣费”，说不出时间、应用和金额，无法核查"
                content = "反映天翼空间乱扣费，未说明具体业务"
            elif invalid_reason == "reach":
                phone, reason_text = "", "留存号码为空号，三次外呼均无法联系"
            else:
                reason_text = "反映的是第三方手机厂商应用商店扣费，非中国电信业务"
        if is_open:
            flags = {k: "" for k in flags}
            validity = ""
        else:
            validity = "无效" if invalid_reason else "有效"
        if i in inj_verify:
            flags["verify"] = "待核实"
        if i in inj_reach:
            flags["reach"] = "联系中"
        if i in inj_validity:
            validity = "待定"
        reply = _daytime(t + timedelta(hours=rng.uniform(2, 46)))
        archive = _daytime(reply + timedelta(hours=rng.uniform(1, 60)))
        if is_open:
            status = "处理中"
            reply = reply if rng.random() < 0.4 and reply < CUTOFF else None
            archive = None
        else:
            status = "已归档"
        if reply and reply > CUTOFF:
            reply, archive, status = None, None, "处理中"
        if archive and archive > CUTOFF:
            archive, status = None, "待回访"
        satisfaction = "" if status != "已归档" else pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 2), ("未评价", 2)])
        rows.append({
            "工单编号": number,
            "原工单号": origin,
            "受理时间": _slash(t),
            "工单类型": kind,
            "受理渠道": channel,
            "渠道层级": level,
            "受理省份": province,
            "业务名称": biz,
            "客户号码": phone,
            "客户称呼": name,
            "投诉内容": content,
            "处理班组": rng.choice(teams),
            "处理人": rng.choice(staff),
            "回复时间": _slash(reply),
            "归档时间": _slash(archive),
            "工单状态": status,
            "有效性判定": validity,
            "无效原因说明": reason_text,
            "匿名/非客户关系人": flags["anon"],
            "事宜不具体无法核实": flags["verify"],
            "信息不全无法联系": flags["reach"],
            "超出电信服务范围": flags["scope"],
            "客户满意度": satisfaction,
        })
        if injected is not None:
            if i in inj_channel:
                injected.append((number, "channel"))
            if i in inj_level:
                injected.append((number, "channel_level"))
            if i in inj_validity:
                injected.append((number, "validity"))
            if i in inj_verify:
                injected.append((number, "not_verifiable"))
            if i in inj_reach:
                injected.append((number, "unreachable"))

    # 回退重派的工单：系统把重派记录按同一工单号再导出一行（放在导出末尾）
    for i in dup_of:
        again = dict(rows[i])
        again["处理班组"] = "应用运营组" if again["处理班组"] != "应用运营组" else "计费支撑组"
        again["处理人"] = rng.choice(staff)
        rows.append(again)
        if injected is not None:
            injected.append((again["工单编号"], "case_number"))

    hand = {
        "procedure": "s30-telecom-tianyi-space-complaints",
        "encoding": "gb18030",
        "columns": {
            "工单编号": "case_number",
            "受理渠道": "channel",
            "渠道层级": "channel_level",
            "有效性判定": "validity",
            "匿名/非客户关系人": "anonymous_or_non_customer",
            "事宜不具体无法核实": "not_verifiable",
            "信息不全无法联系": "unreachable",
            "超出电信服务范围": "out_of_scope",
        },
        "values": {
            "channel": {
                "10000号": "hotline_10000",
                "营业厅": "business_hall",
                "网上营业厅": "online_hall",
                "在线客服": "online_service",
                "问吧": "wenba",
                "集团热线": "group_hotline",
                "集团网厅": "group_online_hall",
                "网络媒体": "web_media",
                "微博": "weibo",
            },
            "channel_level": {"省分": "provincial", "属地": "provincial", "集团": "group"},
            "validity": {"有效": "valid", "无效": "invalid"},
        },
    }
    return rows, hand


def e289_s34_anshan_quality_complaint_ledger(rng, injected=None):
    """鞍山市建设工程质量监督站（市工程质量投诉办公室，按第七条设立的投诉管理工作机构）用 Excel 记的
    “工程质量投诉登记台账”（XLSX，工作表“导出”），收件日期、交付使用日期、办结日期是 Excel 日期单元格。

    读制度 YAML 之前写下的表头（只读了 S34 原文第一条至第八条）：序号、登记编号、收件日期、投诉方式、投诉人、联系电话、
    工程名称、工程地址、所在区、建设单位、施工单位、工程类别、交付使用日期、保修情况、问题部位、问题描述、承办单位、
    处理情况、办结日期、经办人、备注。

    读过制度 YAML 后补的列：工程状态（制度的字段“问题发生阶段”：建设过程中 / 使用过程中，台账原来只在备注里写“在建”）、
    保修期依据（制度按第四条把保修期依据分为 279号令第四十条 / 省条例第二十六条两类，台账补一列记所依据的规定）。

    注入的违规（按规则 id 计数，共 15）：within_warranty 5（保修情况写“待核实”“部分部位过保”，不是“是/否”）、
    project_stage 3（工程状态写“不详”“待查”）、warranty_basis 4（保修期依据写“按合同约定”“未确定”，
    不是第四条的两种依据之一）、case_number 3（同一投诉人再次来信，沿用原登记编号另记一行）。

    陷阱：交付使用日期 2000-01-28 依省条例、2000-02-01 依 279 号令（分界两侧，都对）；已过保修期、使用中的工程，
    承办单位写“转产权单位”（第三条的正确处理；原文没有受理环节，这条规则本来也不检查）；在建工程的保修情况写“—”、
    交付使用日期和保修期依据为空（不适用，映射为空白）；正在核查的案件保修情况为空；同一小区、同一投诉人的两件投诉
    用不同登记编号；登记编号带“-补”的补登案件（编号不同，不算重复）。
    """
    taken: set = set()
    staff = distinct_names(rng, 5, taken)
    complainants = distinct_names(rng, 44, taken)
    districts = ["铁东区", "铁西区", "立山区", "千山区", "高新区"]
    streets = ["胜利路", "建国大道", "千山中路", "人民路", "湖南街", "园林路", "钢都路", "对炉山路", "鞍千路"]
    compounds = ["万科城", "星河湾", "钢都花园", "恒大名都", "碧桂园·凤凰城", "华润幸福里", "保利花园", "绿地国际花都",
                 "铁西新城御景园", "明达新区", "曙光小区", "和平小区", "胜利小区", "矿山新村"]
    developers = ["鞍山万科置业有限公司", "鞍山恒大地产有限公司", "鞍山保利房地产开发有限公司",
                  "鞍山市城建开发总公司", "鞍钢房产开发公司", "鞍山明达置业有限公司"]
    builders = ["中建八局第二建设有限公司", "辽宁鞍山建设集团有限公司", "鞍山市第三建筑工程公司", "中国二十二冶集团有限公司",
                "辽宁宏达防水工程有限公司", "鞍山金鼎装饰工程有限公司"]
    problems = {
        "屋面": ["顶层屋面渗漏，雨天室内滴水", "屋面防水层起鼓开裂"],
        "外墙": ["外墙保温层大面积脱落", "外墙面砖空鼓、脱落"],
        "卫生间": ["卫生间防水失效，渗至楼下", "卫生间地漏返水"],
        "主体结构": ["承重墙出现斜向裂缝", "楼板裂缝并有渗水"],
        "门窗": ["塑钢窗密封不严，冬季透风", "入户门变形无法关严"],
        "供暖管道": ["地暖管漏水，地面鼓包", "暖气不热，管道安装坡度不对"],
        "电气线路": ["插座线路短路跳闸", "强电箱接线混乱，多次跳闸"],
        "地下室": ["地下车库顶板渗水", "地下室墙面返潮积水"],
        "道路": ["小区道路路面沉陷开裂"],
    }
    n = 45
    idx = list(range(n))
    inj_warranty = set(rng.sample(idx, 5))
    rest = [i for i in idx if i not in inj_warranty]
    inj_stage = set(rng.sample(rest, 3))
    rest = [i for i in rest if i not in inj_stage]
    inj_basis = set(rng.sample(rest, 4))
    rest = [i for i in rest if i not in inj_basis]
    # the two boundary traps, the construction-stage cases and the duplicates come from the clean cases
    boundary = rng.sample(rest, 2)
    rest = [i for i in rest if i not in boundary]
    building = set(rng.sample(rest, 7))
    rest = [i for i in rest if i not in building]
    dup_of = sorted(rng.sample(rest, 3))
    rest = [i for i in rest if i not in dup_of]
    pending = set(rng.sample(rest, 2))

    rows = []
    d = date(2025, 3, 3)
    for i in range(n):
        d = d + timedelta(days=rng.choice([1, 1, 1, 2, 2, 3]))
        while not workday(d):
            d += timedelta(days=1)
        received = datetime(d.year, d.month, d.day)
        number = f"鞍质投2025-{i + 21:03d}"
        if i == 17:
            number = f"鞍质投2025-{i + 20:03d}-补"
        way = pick(rng, [("来信", 3), ("来电", 5), ("来访", 4), ("12345转办", 4), ("网上信访", 2)])
        person = complainants[i if i < len(complainants) else 0]
        compound = rng.choice(compounds)
        project = f"{compound}{rng.randint(1, 28)}号楼" if compound not in ("钢都花园",) else f"{compound}三期"
        district = rng.choice(districts)
        address = f"{district}{rng.choice(streets)}{rng.randint(1, 360)}号"
        category = pick(rng, [("住宅", 8), ("公共建筑", 1), ("装饰装修", 1)])
        part = rng.choice([p for p in problems if p != "道路"])
        if category == "装饰装修":
            part = rng.choice(["卫生间", "门窗", "电气线路"])
        if rng.random() < 0.07:
            part, category = "道路", "市政道路"
        describe = rng.choice(problems[part])
        developer, builder = rng.choice(developers), rng.choice(builders)
        # stage, handover date, warranty and its basis
        if i in building:
            stage, handover, warranty, basis = "在建", None, "—", None
            describe = describe.replace("，雨天室内滴水", "，施工期间雨后渗水")
        else:
            stage = "已交付使用"
            if i in boundary:
                handover = datetime(2000, 1, 28) if boundary.index(i) == 0 else datetime(2000, 2, 1)
            else:
                year = pick(rng, [(1996, 1), (1998, 1), (2006, 1), (2012, 2), (2016, 2), (2019, 2), (2021, 3),
                                  (2022, 3), (2023, 3), (2024, 2)])
                handover = datetime(year, rng.randint(1, 12), rng.randint(1, 28))
            basis = "省条例第二十六条" if handover < datetime(2000, 1, 30) else "279号令第四十条"
            age = (received - handover).days / 365.25
            limit = {"屋面": 5, "外墙": 5, "卫生间": 5, "地下室": 5, "主体结构": 50, "门窗": 2, "电气线路": 2,
                     "供暖管道": 2, "道路": 2}[part]
            if handover < datetime(2000, 1, 30):
                limit = min(limit, 5)   # 省条例：同样按部位，老住宅早已过期
            warranty = "保修期内" if age <= limit else "已过保修期"
        if i in pending:
            warranty = None
        if i in inj_warranty:
            warranty = ["待核实", "部分部位过保"][len([k for k in inj_warranty if k < i]) % 2]
        if i in inj_stage:
            stage = ["不详", "待查", "不详"][len([k for k in inj_stage if k < i])]
        if i in inj_basis:
            basis = ["按合同约定", "未确定"][len([k for k in inj_basis if k < i]) % 2]
        # who handles it, and the outcome
        if warranty == "已过保修期" and stage == "已交付使用":
            office = "转产权单位"
            outcome = "已过保修期，告知由产权单位（物业/房产管理部门）处理"
        elif category == "市政道路":
            office = "市城建局"
            outcome = "转市城建局投诉机构，责令施工单位修复"
        else:
            office = pick(rng, [("本站投诉科", 5), (f"{district}住建局", 3), ("市房产局", 1)])
            outcome = pick(rng, [("已责令施工单位限期维修，复查合格", 5), ("已组织建设、施工单位与业主调解", 2),
                                 ("已下发整改通知书", 2)])
        closed = received + timedelta(days=rng.randint(6, 40))
        while not workday(closed.date()):
            closed += timedelta(days=1)
        if i in pending or closed > CUTOFF:
            closed, outcome = None, "正在核查"
        rows.append({
            "序号": 0,
            "登记编号": number,
            "收件日期": received,
            "投诉方式": way,
            "投诉人": person,
            "联系电话": mobile(rng),
            "工程名称": project,
            "工程地址": address,
            "所在区": district,
            "建设单位": developer,
            "施工单位": builder,
            "工程类别": category,
            "工程状态": stage,
            "交付使用日期": handover,
            "保修情况": warranty,
            "保修期依据": basis,
            "问题部位": part,
            "问题描述": describe,
            "承办单位": office,
            "处理情况": outcome,
            "办结日期": closed,
            "经办人": rng.choice(staff),
            "备注": "",
        })
        if injected is not None:
            if i in inj_warranty:
                injected.append((number, "within_warranty"))
            if i in inj_stage:
                injected.append((number, "project_stage"))
            if i in inj_basis:
                injected.append((number, "warranty_basis"))

    # the same complainant again, a second complaint under a new number (trap: not a duplicate)
    first = rows[4]
    rows[30]["投诉人"], rows[30]["工程名称"], rows[30]["联系电话"] = first["投诉人"], first["工程名称"], first["联系电话"]

    # 再次来信：沿用原登记编号另记一行（插在收件日期相应的位置）
    for again in [dict(rows[i]) for i in dup_of]:
        later = again["收件日期"] + timedelta(days=rng.randint(9, 20))
        while not workday(later.date()):
            later += timedelta(days=1)
        again["收件日期"] = later
        again["投诉方式"] = "来信"
        again["备注"] = "再次来信，催办"
        reply = later + timedelta(days=rng.randint(3, 8))
        while not workday(reply.date()):
            reply += timedelta(days=1)
        again["处理情况"] = "已函复来信人，处理情况见原件"
        again["办结日期"] = reply if reply <= CUTOFF else None
        pos = next((k for k, r in enumerate(rows) if r["收件日期"] > later), len(rows))
        rows.insert(pos, again)
        if injected is not None:
            injected.append((again["登记编号"], "case_number"))
    for k, r in enumerate(rows):
        r["序号"] = k + 1

    hand = {
        "procedure": "s34-liaoning-construction-quality-complaints",
        "columns": {
            "登记编号": "case_number",
            "交付使用日期": "handover_date",
            "保修情况": "within_warranty",
            "工程状态": "project_stage",
            "保修期依据": "warranty_basis",
        },
        "values": {
            "within_warranty": {"保修期内": "yes", "已过保修期": "no", "—": ""},
            "project_stage": {"在建": "construction", "已交付使用": "in_use"},
            "warranty_basis": {"279号令第四十条": "delivered_after_2000_01_30",
                               "省条例第二十六条": "delivered_before_2000_01_30"},
        },
    }
    return rows, hand


EXPORTS = [
    ("288-s30-tianyi-space-complaint-workorders.csv", "gb18030", e288_s30_tianyi_space_workorders),
    ("289-s34-anshan-quality-complaint-ledger.xlsx", "xlsx", e289_s34_anshan_quality_complaint_ledger),
]
