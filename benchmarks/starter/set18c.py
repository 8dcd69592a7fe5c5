"""Starter-profile benchmark exports 104-105 (set 18c), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 104 105    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, iso, person_name as _name, mobile as _mobile, distinct_names, workday


# --- 104: S30, the 天翼空间 operations centre's complaint work orders -----------------------------------------------

def e104_s30_tianyi_space(rng, injected=None):
    """天翼空间运营中心 客服支撑系统“投诉工单”导出（CSV，UTF-8 带 BOM），按 S30《中国电信天翼空间客户投诉管理办法》审计。
    日期写法：2025-03-04 09:12:33（系统时间戳，带秒）。每行一张投诉工单：各省分10000号、营业厅、网厅、在线客服、问吧
    受理后派到运营中心的（省内渠道），以及集团客服热线(4008810000)、集团网厅、网络媒体、新浪微博受理的（集团渠道）。
    工单性质：投诉 / 咨询转投诉 / 障碍转投诉（第七条的两种判定情形）；处理班组：计费稽核组、应用运营组、客户端组、CP管理组。
    渠道层级：省内渠道 / 地市渠道 / 集团渠道 —— 属地分公司的营业厅、10000号受理的，省分接口写“地市渠道”。
    读过制度 YAML 后补的列：用户身份核验（本网用户 / 非本网用户 / 匿名，对应“投诉客户为匿名或非客户关系人”）。
    原有的“有效性”“无效原因”是在读 YAML 之前按第八条（二）写下的；无效原因一列写四种情形之一，制度是四个勾选项，
    一列不能对四个字段，审计人员不映射（无效投诉规则本来没有“已受理”环节，无法检查）。
    注入：工单编号重复 2 对（省分接口重推同一工单）；受理渠道不在制度列举之中 5 件（客户端意见反馈 3、工信部申诉转办 1、
    客服邮箱 1）；有效性写“待定” 2 件（已归档却未判定）；渠道层级写“运营中心”1 件（中心舆情组自己从网络媒体发现的）。
    陷阱（不是违规）：渠道层级“地市渠道”（第八条：属地分公司渠道即省内渠道）；无效投诉（匿名、非本网用户、信息不完整、
    第三方支付等不属电信范围）及其空白的客户姓名、号码；咨询转投诉、障碍转投诉工单；处理拖了一两周的工单（制度第八条后缺失，
    没有时限）；未归档的工单；客户姓名空白的有效投诉（导出脱敏）；“网上营业厅”“问吧”“集团客服热线(4008810000)”
    “网络媒体”“新浪微博”是制度渠道的系统写法。
    """
    n = 64
    taken: set = set()
    handlers = distinct_names(rng, 7, taken)
    center_agents = distinct_names(rng, 3, taken)
    slots = list(range(3, n - 3))
    rng.shuffle(slots)
    bad_channel = [slots.pop() for _ in range(5)]
    pending_validity = [slots.pop() for _ in range(2)]
    bad_level = [slots.pop()]
    trap_city = [slots.pop() for _ in range(4)]
    trap_invalid = [slots.pop() for _ in range(5)]
    trap_slow = [slots.pop() for _ in range(3)]
    busy = set(bad_channel + pending_validity + bad_level + trap_city + trap_invalid + trap_slow)

    provinces = ["广东", "江苏", "浙江", "四川", "湖北", "上海", "福建", "安徽", "湖南", "陕西", "重庆", "山东"]
    prov_channels = [("10000号", 40), ("营业厅", 10), ("网上营业厅", 10), ("在线客服", 12), ("问吧", 5)]
    group_channels = [("集团客服热线(4008810000)", 10), ("集团网厅", 5), ("网络媒体", 4), ("新浪微博", 5)]
    apps = ["天翼空间客户端", "天翼阅读", "爱音乐", "天翼视讯", "翼游戏中心", "号码百事通", "天翼云盘", "手机导航"]
    issues = {
        "扣费争议": ["未订购却被扣取信息费", "退订后次月仍扣费", "包月业务重复计费", "应用内购买金额与提示不符"],
        "客户端故障": ["客户端升级后闪退", "客户端登录一直提示网络异常", "客户端搜索不到已购应用"],
        "应用无法使用": ["已购游戏无法打开", "视频播放卡顿无法观看", "导航应用定位失败"],
        "下载失败": ["应用下载到99%失败且已扣费", "下载速度极慢反复中断"],
        "业务退订": ["10000号无法退订该业务", "网厅退订入口找不到"],
        "服务态度": ["在线客服答复敷衍", "10000号多次转接无人处理"],
    }
    teams = {"扣费争议": "计费稽核组", "客户端故障": "客户端组", "应用无法使用": "CP管理组", "下载失败": "应用运营组",
             "业务退订": "计费稽核组", "服务态度": "应用运营组"}
    results = {
        "扣费争议": ["核实为误订购，已退费并退订", "核实订购记录有效，已向客户解释", "已退还重复扣费"],
        "客户端故障": ["指导客户卸载重装，已恢复", "已提交客户端版本修复，客户同意等待"],
        "应用无法使用": ["CP已修复，客户确认可用", "已退还购买费用"],
        "下载失败": ["已补发下载权限", "已退还信息费"],
        "业务退订": ["已后台退订并告知客户", "已退订并退还当月费用"],
        "服务态度": ["已致歉，相关坐席纳入考核", "已回电说明并致歉"],
    }
    invalid_reasons = [("匿名", "匿名"), ("非本网用户", "非客户关系人"), ("本网用户", "投诉人信息不完整无法联系"),
                       ("本网用户", "投诉事宜不具体无法核实"), ("本网用户", "投诉对象非电信管理范畴（第三方支付）")]
    cutoff = datetime(2025, 6, 30, 23, 59)

    rows = []
    t = datetime(2025, 1, 2, 8, 0)
    seq = {}
    for i in range(n):
        t = t + timedelta(hours=rng.uniform(40, 84))
        recv = t.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59), second=rng.randint(0, 59))
        group = rng.random() < 0.3
        if group:
            channel, level, prov = pick(rng, group_channels), "集团渠道", "集团"
        else:
            channel, level, prov = pick(rng, prov_channels), "省内渠道", rng.choice(provinces)
        if i in trap_city:
            channel, level, prov = rng.choice(["营业厅", "10000号"]), "地市渠道", rng.choice(provinces)
        if i in bad_channel:
            k = bad_channel.index(i)
            channel = ["客户端意见反馈", "客户端意见反馈", "客户端意见反馈", "工信部申诉转办", "客服邮箱"][k]
            level, prov = "集团渠道", "集团"
        if i in bad_level:
            channel, level, prov = "网络媒体", "运营中心", "集团"
        kind = pick(rng, [("投诉", 70), ("咨询转投诉", 18), ("障碍转投诉", 12)])
        cat = pick(rng, [("扣费争议", 34), ("客户端故障", 16), ("应用无法使用", 16), ("下载失败", 10), ("业务退订", 14),
                         ("服务态度", 10)])
        if kind == "障碍转投诉" and cat in ("扣费争议", "业务退订", "服务态度"):
            cat = rng.choice(["客户端故障", "应用无法使用", "下载失败"])
        validity, reason, ident = "有效", "", "本网用户"
        name, phone = _name(rng) + rng.choice(["", "先生", "女士"]), _mobile(rng)
        if i in trap_invalid:
            ident, reason = invalid_reasons[trap_invalid.index(i)]
            validity = "无效"
            if ident == "匿名":
                name, phone = "", ""
            elif reason.startswith("投诉人信息不完整"):
                phone = ""
        if i in pending_validity:
            validity = "待定"
        if rng.random() < 0.06 and i not in trap_invalid:
            name = ""                                            # 导出时脱敏，不是匿名
        dispatch = recv + timedelta(minutes=rng.randint(4, 240))
        back = dispatch + timedelta(hours=rng.uniform(2, 96))
        if i in trap_slow:
            back = dispatch + timedelta(days=rng.uniform(9, 16))
        if validity == "无效":
            back = dispatch + timedelta(hours=rng.uniform(1, 8))
        archive = back + timedelta(hours=rng.uniform(6, 72))
        if back > cutoff:
            back = archive = None
        elif archive > cutoff or (i > n - 8 and rng.random() < 0.4 and i not in pending_validity):
            archive = None
        status = "已归档" if archive else ("待回访" if back else "处理中")
        day = recv.strftime("%Y%m%d")
        seq[day] = seq.get(day, 0) + 1
        row = Case()
        row["工单编号"] = f"TYKJ{day}{rng.randint(1, 9)}{seq[day]:03d}"
        row["工单性质"] = kind
        row["受理渠道"] = channel
        row["渠道层级"] = level
        row["受理省份"] = prov
        row["受理时间"] = iso(recv)
        row["受理工号"] = (f"{prov}-{rng.randint(10000, 99999)}" if prov != "集团" else
                        f"JT-{rng.choice(center_agents)}")
        row["用户号码"] = phone
        row["客户姓名"] = name
        row["用户身份核验"] = ident
        row["应用名称"] = rng.choice(apps)
        row["投诉分类"] = cat
        row["投诉内容"] = rng.choice(issues[cat]) if validity != "无效" or reason != "投诉事宜不具体无法核实" else "说不清楚哪个业务，要求查一下"
        row["有效性"] = validity
        row["无效原因"] = reason
        row["派单时间"] = iso(dispatch)
        row["处理班组"] = teams[cat]
        row["处理人"] = rng.choice(handlers)
        row["回单时间"] = iso(back) if back else ""
        row["处理结果"] = (("无效工单，已按规则回复" if validity == "无效" else rng.choice(results[cat])) if back else "")
        row["客户满意度"] = pick(rng, [("满意", 60), ("基本满意", 25), ("不满意", 10), ("未评价", 5)]) if archive else ""
        row["归档时间"] = iso(archive) if archive else ""
        row["工单状态"] = status
        rows.append(row)
    # two work orders pushed twice by a provincial interface: the copy comes a few minutes later with the same number
    clean = [k for k in range(8, n - 8) if k not in busy and k + 1 not in busy and rows[k]["渠道层级"] == "省内渠道"]
    dups = [clean[len(clean) // 4], clean[3 * len(clean) // 4]]
    dup_numbers = [rows[k]["工单编号"] for k in dups]
    for k in sorted(dups, reverse=True):
        copy = Case(rows[k])
        copy["派单时间"] = iso(datetime.fromisoformat(rows[k]["派单时间"]) + timedelta(minutes=rng.randint(3, 15)))
        rows.insert(k + 1, copy)
    if injected is not None:
        num = lambda r: r["工单编号"]  # noqa: E731
        injected += [(number, "duplicate") for number in dup_numbers]
        injected += [(num(r), "channel_outside_options") for r in rows
                     if r["受理渠道"] in ("客户端意见反馈", "工信部申诉转办", "客服邮箱")]
        injected += [(num(r), "validity_pending") for r in rows if r["有效性"] == "待定"]
        injected += [(num(r), "level_outside_options") for r in rows if r["渠道层级"] == "运营中心"]

    hand = {
        "procedure": "s30-telecom-tianyi-space-complaints",
        "columns": {
            "工单编号": "case_number",
            "受理渠道": "channel",
            "渠道层级": "channel_level",
            "有效性": "validity",
            "用户身份核验": "anonymous_or_non_customer",
        },
        "values": {
            "channel": {"10000号": "hotline_10000", "营业厅": "business_hall", "网上营业厅": "online_hall",
                        "在线客服": "online_service", "问吧": "wenba", "集团客服热线(4008810000)": "group_hotline",
                        "集团网厅": "group_online_hall", "网络媒体": "web_media", "新浪微博": "weibo"},
            "channel_level": {"省内渠道": "provincial", "地市渠道": "provincial", "集团渠道": "group"},
            "validity": {"有效": "valid", "无效": "invalid"},
            "anonymous_or_non_customer": {"本网用户": False, "非本网用户": True, "匿名": True},
        },
    }
    return rows, hand


# --- 105: L3, a city commercial bank branch's consumer-complaint register ------------------------------------------

def e105_l3_city_bank(rng, injected=None):
    """临川银行股份有限公司 滨江支行“消费投诉登记台账”（Excel，XLSX；日期列都是真正的日期时间单元格），
    按 L3《银行业保险业消费投诉处理管理办法》审计。支行的上级机构是总行（城商行总行—支行两级），核查由总行消费者权益保护部办理。
    投诉渠道：网点现场 / 客服热线 / 手机银行在线客服 / 来信 / 监管转办（临川金融监管分局消保处转来，台账记监管收件日期、转办日期）。
    人员（审计人员向支行办公室核对名单）：两名消保专员和运营主管是支行指定的投诉核实人；客户经理、柜员是被投诉的一线人员；
    延期审批人写“姓名(职务)”：总行消保部总经理、总行分管副行长、支行行长。
    办结方式 + 办结日期：已答复（处理决定告知客户之日：电话拨打、短信发出、书面寄出）/ 客户撤诉 / 不予办理（非本人、非受托人投诉）/ 处理中。
    读过制度 YAML 后补的列：身份核实日期、核实完成日期、补充材料收到日期、客户失联、客户收悉日期、群体投诉人数、
    突发事件引发、监管认定重大（后三列与原有的“重大投诉报告日期”一起是第二十九条重大投诉的条件），办结方式中的“不予办理”。
    注入：15日内未答复 3 件（一件第19日、一件第29日才答复——第24日适逢五一假期，一件6月3日收到至今未答复）；
    复杂案件第38日才答复 1 件；特别复杂、总行消保部已批延期但没有告知客户、第47日答复 1 件（只能按30日计）；
    延期由支行行长审批 1 件；由被投诉的客户经理本人核实 2 件；答复未告知救济途径 1 件；
    23名客户共同到网点面谈投诉、没有重大投诉报告 1 件；送外部鉴定（笔迹鉴定）未告知客户 1 件；
    监管分局收件后第10个工作日才转办 1 件；投诉编号重复 1 对（热线来电和客户到网点被登记成两行）；
    客户收悉处理决定后第41日才申请核查、总行仍作出核查结论 1 件；核查由滨江支行自己办理 1 件。
    陷阱（不是违规）：第15日当天答复；复杂案件第27日答复；特别复杂、总行分管副行长审批并已告知客户、第52日答复；
    送鉴定的期间扣除后在期限内；调解期间扣除后在期限内；期限内收到补充材料、重新起算后在期限内；
    过了15日才撤诉、没有处理决定（撤回的案件不适用时限）；客户失联、没有告知留痕；8人共同面谈投诉（不足20人，不是重大投诉）；
    暴雨停业引发的投诉已当天报告；收悉后第30日申请核查；监管转办跨清明节、第7个工作日转来；
    不予办理的非本人投诉（有身份核实日期：正是核实身份才发现不是本人或受托人）；6月下旬收到、尚未到期的处理中案件。
    """
    taken: set = set()
    verifiers = distinct_names(rng, 3, taken)           # 消保专员 ×2，运营主管
    managers = distinct_names(rng, 4, taken)            # 客户经理
    tellers = distinct_names(rng, 3, taken)             # 柜员
    head, vp, branch_head = distinct_names(rng, 3, taken)
    clerks = verifiers[:2]

    days = []
    day = datetime(2025, 1, 6, 9, 0)
    while True:
        day = day + timedelta(days=rng.choice([1, 2, 2, 3, 3, 4]))
        while not workday(day.date()):
            day += timedelta(days=1)
        if day > datetime(2025, 6, 27):
            break
        days.append(day)
    n = len(days)
    violations = [("late", 2), ("complex_late", 1), ("special_unnotified", 1), ("branch_approved", 1),
                  ("self_verify", 2), ("no_remedy", 1), ("major_unreported", 1), ("appraisal_silent", 1),
                  ("forward_late", 1), ("review_late", 1), ("review_by_branch", 1)]
    traps = [("t_day15", 1), ("t_complex27", 1), ("t_special", 1), ("t_appraisal", 1), ("t_mediation", 1),
             ("t_new_material", 1), ("t_withdraw", 1), ("t_unreachable", 1), ("t_group8", 1), ("t_review30", 1),
             ("t_decline", 1), ("review_ok", 1), ("t_major_event", 1)]
    tags = {}
    open_late = next(k for k in range(n) if datetime(2025, 6, 2) <= days[k] <= datetime(2025, 6, 13))
    tags[open_late] = "open_late"
    qingming = min((k for k in range(2, n)), key=lambda k: abs((days[k] - datetime(2025, 4, 9, 9)).days))
    tags[qingming] = "t_forward_qingming"
    early = [k for k in range(2, n) if days[k] < datetime(2025, 4, 20) and k not in tags]
    rng.shuffle(early)
    for tag, count in violations + traps:
        if tag.startswith("review") or tag in ("t_review30", "special_unnotified", "branch_approved", "t_special"):
            pool = [k for k in early if days[k] < datetime(2025, 3, 31)]
        else:
            pool = early
        for _ in range(count):
            k = pool[0]
            early.remove(k)
            tags[k] = tag
    viol = []

    kinds = {
        "借记卡": ["借记卡被收取小额账户管理费", "借记卡被冻结未提前告知", "ATM吞卡后三天未退还"],
        "信用卡": ["信用卡分期手续费与宣传不符", "信用卡年费未告知即扣收", "催收电话骚扰家人"],
        "个人贷款": ["提前还款被收取违约金", "房贷利率未按约定调整", "贷款时被要求购买理财"],
        "理财": ["理财产品风险等级与销售时说明不一致", "理财到期收益低于业绩比较基准且未说明"],
        "代销保险": ["存款时被误导购买分红险", "保险合同投保人签名非本人所签"],
        "支付结算": ["跨行转账延迟到账", "手机银行转账被限额未提示"],
        "存款": ["大额存单提前支取利息计算有误", "网点拒绝办理零钱存款"],
    }
    findings = ["调取柜面监控及业务凭证，客户所述基本属实", "核查系统流水，扣费符合合同约定", "与经办客户经理面谈并调取录音，存在解释不到位",
                "核实收费标准已在营业厅公示", "核实为系统批量处理差错"]
    bases = {"借记卡": ["依据《临川银行借记卡章程》第十二条", "依据总行服务收费价目表"],
             "信用卡": ["依据《信用卡领用合约》第五条", "依据分期业务协议及息费公示"],
             "个人贷款": ["依据借款合同第八条约定", "依据LPR定价调整条款"],
             "理财": ["依据理财产品说明书风险揭示条款", "依据销售双录及风险测评记录"],
             "代销保险": ["依据保险代理合作协议及笔迹鉴定意见", "依据投保单及双录资料"],
             "支付结算": ["依据支付结算办法及系统流水", "依据手机银行服务协议"],
             "存款": ["依据大额存单产品说明书", "依据《人民币管理条例》及网点服务规范"]}
    results = ["退还已收费用", "向客户致歉并调整利息", "维持原处理，向客户解释", "协调保险公司办理退保", "补发卡片并致歉"]
    remedies = "已告知：对处理结果有异议可自收到决定之日起30日内向总行书面申请核查，或申请调解、仲裁、诉讼"
    channels = [("网点现场", 38), ("客服热线", 24), ("手机银行在线客服", 14), ("来信", 8), ("监管转办", 16)]
    cutoff = datetime(2025, 6, 30, 17, 30)

    def office(d, lo=9, hi=17):
        """an act on the same calendar day, in office hours, whole minutes"""
        return d.replace(hour=rng.randint(lo, hi - 1), minute=rng.randint(0, 59), second=0, microsecond=0)

    def on_day(recv, k):
        """an act k calendar days after receipt (a working day, moved earlier if needed, never before day 1)"""
        d = recv + timedelta(days=k)
        while not workday(d.date()) and (d.date() - recv.date()).days > 1:
            d -= timedelta(days=1)
        return office(d)

    def forward_day(d):
        """an act on day d, or on the first working day after it"""
        while not workday(d.date()):
            d += timedelta(days=1)
        return office(d)

    rows = []
    for i in range(n):
        tag = tags.get(i, "")
        day = days[i]
        if tag == "t_day15":
            while not (workday(day.date()) and workday((day + timedelta(days=15)).date())):
                day += timedelta(days=1)
        recv = office(day, 9, 17)
        cat = pick(rng, [("借记卡", 18), ("信用卡", 20), ("个人贷款", 16), ("理财", 12), ("代销保险", 10),
                         ("支付结算", 14), ("存款", 10)])
        if tag in ("t_appraisal", "appraisal_silent"):
            cat = "代销保险"
        channel = pick(rng, channels)
        if tag in ("forward_late", "t_forward_qingming"):
            channel = "监管转办"
        if tag in ("t_group8", "major_unreported", "t_major_event"):
            channel = "网点现场"
        complexity = pick(rng, [("一般", 78), ("复杂", 22)])
        if tag in ("complex_late", "t_complex27"):
            complexity = "复杂"
        if tag in ("special_unnotified", "branch_approved", "t_special"):
            complexity = "特别复杂"
        if tag in ("late", "t_day15", "t_appraisal", "major_unreported", "t_major_event", "appraisal_silent", "t_mediation", "t_new_material",
                   "no_remedy", "self_verify", "open_late"):
            complexity = "一般"
        target = rng.choice(managers + managers + tellers)
        if tag == "self_verify":
            target = rng.choice(managers)
        reg_in = fwd = None
        fwd_by = ""
        if channel == "监管转办":
            wd = 10 if tag == "forward_late" else (7 if tag == "t_forward_qingming" else rng.randint(1, 5))
            start = recv.date()
            # the regulator received it wd working days before it forwarded it
            d = start
            k = 0
            while k < wd:
                d -= timedelta(days=1)
                k += workday(d)
            reg_in = office(datetime.combine(d, recv.time()))
            fwd = office(recv, 9, recv.hour + 1) if recv.hour > 9 else recv
            fwd = min(fwd, recv)
            fwd_by = "临川金融监管分局消保处"
        # the register's own course of a case
        limit = {"一般": 15, "复杂": 30, "特别复杂": 60}[complexity]
        k_dec = rng.randint(3, 13) if complexity == "一般" else rng.randint(10, 28) if complexity == "复杂" else rng.randint(35, 55)
        app_start = app_end = app_note = None
        med_agree, med_apply, med_end = "", None, None
        new_mat = None
        ext_by, ext_at, ext_note = "", None, None
        outcome, close_at = "已答复", None
        unreachable = ""
        persons = None
        report = None
        if tag == "late":
            k_dec = [19, 24][sum(t == "late" for _, t in viol)]
        if tag == "complex_late":
            k_dec = 36
        if tag == "t_day15":
            k_dec = 15
        if tag == "t_complex27":
            k_dec = 27
        if tag in ("special_unnotified", "branch_approved", "t_special"):
            k_dec = {"special_unnotified": 47, "branch_approved": 50, "t_special": 52}[tag]
            ext_at = on_day(recv, 24)
            ext_by = {"special_unnotified": f"{head}(总行消保部总经理)", "branch_approved": f"{branch_head}(支行行长)",
                      "t_special": f"{vp}(总行分管副行长)"}[tag]
            ext_note = None if tag == "special_unnotified" else ext_at + timedelta(hours=rng.randint(1, 5))
        if complexity == "特别复杂" and not ext_at:
            complexity = "复杂"
            k_dec = rng.randint(12, 26)
        if tag in ("t_appraisal", "appraisal_silent"):
            app_start = on_day(recv, 3)
            app_end = on_day(recv, 17)
            k_dec = 17 + rng.randint(3, 7)
            app_note = None if tag == "appraisal_silent" else app_start + timedelta(hours=rng.randint(1, 6))
        if tag == "t_mediation":
            med_agree = "是"
            med_apply = on_day(recv, 5)
            med_end = on_day(recv, 24)
            k_dec = 27
        elif rng.random() < 0.12 and tag == "":
            med_agree = "否"
        dec = on_day(recv, k_dec)
        if tag == "t_new_material":                                   # new facts on day 6: the period starts again
            new_mat = forward_day(recv + timedelta(days=6))
            dec = forward_day(new_mat + timedelta(days=rng.randint(9, 12)))
        if tag in ("t_appraisal", "appraisal_silent"):
            dec = forward_day(app_end + timedelta(days=rng.randint(2, 5)))
        if tag in ("late", "complex_late", "special_unnotified"):     # clearly late: a weekend moves it later, not earlier
            dec = forward_day(recv + timedelta(days=k_dec))
        if tag == "t_withdraw":
            outcome, close_at = "客户撤诉", on_day(recv, 20)
        elif tag == "t_decline":
            outcome, close_at = "不予办理", on_day(recv, 4)
        elif tag == "open_late" or dec > cutoff:
            outcome, close_at = "处理中", None
        else:
            close_at = dec
        if tag == "t_unreachable":
            unreachable = "是"
        if tag == "t_group8":
            persons = 8
        if tag == "major_unreported":
            persons = 23
        major_event = "是" if tag == "t_major_event" else ""
        regulator_major = "否" if channel == "监管转办" else ""
        if tag == "t_major_event":
            report = recv + timedelta(hours=rng.randint(1, 4))
        # identity check, verification (a person with no stake in the matter), notice of the decision
        verify_id = recv + timedelta(minutes=rng.randint(10, 180))   # a decline is found out by checking identity
        verifier = rng.choice(verifiers)
        if tag == "self_verify":
            verifier = target
        span = ((close_at or min(cutoff, recv + timedelta(days=limit))) - recv).total_seconds()
        verify_at = recv + timedelta(seconds=span * rng.uniform(0.35, 0.8))
        verify_at = office(verify_at) if verify_at.date() > recv.date() else verify_at + timedelta(minutes=30)
        if ext_at and verify_at >= ext_at:
            verify_at = on_day(recv, 15)
        if med_apply and verify_at >= med_apply:
            verify_at = on_day(recv, 3)
        if verify_at > cutoff:
            verify_at = None
        if tag == "t_decline":
            verify_at = None
        decided = outcome == "已答复"
        way = pick(rng, [("电话", 55), ("短信", 15), ("书面", 20), ("面谈", 10)]) if decided else ""
        if channel == "来信" and decided:
            way = "书面"
        evidence = ""
        if decided:
            evidence = {"电话": f"录音LY{dec:%Y%m%d}-{rng.randint(1, 300):04d}", "短信": "短信平台发送记录",
                        "书面": f"EMS {rng.randint(10**12, 10**13 - 1)}", "面谈": "客户签字确认书"}[way]
        if tag == "t_unreachable":
            evidence = ""
        if tag == "t_unreachable":
            way = "电话"
        received = None
        if decided and unreachable != "是":
            received = dec if way in ("电话", "短信", "面谈") else dec + timedelta(days=rng.randint(2, 4))
            received = received if received <= cutoff else None
        apply_rv = recv_rv = rv_dec = None
        rv_by = ""
        if tag in ("review_late", "review_by_branch", "t_review30", "review_ok") and received:
            gap = {"review_late": 41, "review_by_branch": rng.randint(5, 20), "t_review30": 30,
                   "review_ok": rng.randint(3, 25)}[tag]
            apply_rv = office(received + timedelta(days=gap))
            if tag == "t_review30":                                   # the 30th day, in the morning
                apply_rv = (received + timedelta(days=gap)).replace(hour=9, minute=5)
            recv_rv = apply_rv + timedelta(days=rng.randint(1, 2))
            recv_rv = office(recv_rv)
            rv_dec = office(recv_rv + timedelta(days=rng.randint(10, 25)))
            rv_by = "滨江支行" if tag == "review_by_branch" else "总行消费者权益保护部"
            if rv_dec > cutoff:
                rv_dec = None
                rv_by = ""
        text = rng.choice(kinds[cat])
        if tag == "t_group8":
            text = "8名客户共同到网点反映同一理财产品到期未兑付"
            cat = "理财"
        if tag == "t_decline":
            text = "代其朋友投诉信用卡催收问题，未提供授权委托书"
            cat = "信用卡"
        if tag == "major_unreported":
            text = "23名客户共同到网点反映代销的同一款私募类理财到期无法兑付"
            cat = "理财"
        if tag == "t_major_event":
            text = "暴雨致网点停电停业两天，急需取款无法办理"
            cat = "存款"
        row = Case()
        row["投诉编号"] = f"LCBJ-{recv:%Y%m}-{i + 1:03d}"
        row["投诉渠道"] = channel
        row["监管收件日期"] = reg_in
        row["转办日期"] = fwd
        row["转办单位"] = fwd_by
        row["收到投诉日期"] = recv
        row["登记人"] = rng.choice(clerks)
        row["投诉人"] = _name(rng) + ("等8人" if persons else "")
        row["联系电话"] = _mobile(rng)
        row["业务类别"] = cat
        row["投诉事由"] = text
        row["被投诉人员"] = target if tag not in ("t_decline",) else ""
        row["复杂程度"] = complexity
        row["群体投诉人数"] = persons
        row["突发事件引发"] = major_event
        row["监管认定重大"] = regulator_major
        row["身份核实日期"] = verify_id
        row["核实人"] = verifier if verify_at else ""
        row["核实完成日期"] = verify_at
        row["核实情况"] = rng.choice(findings) if decided else ""
        row["外部鉴定起始日"] = app_start
        row["外部鉴定完成日"] = app_end
        row["鉴定告知客户日期"] = app_note
        row["同意调解"] = med_agree
        row["申请调解日期"] = med_apply
        row["调解结束日期"] = med_end
        row["补充材料收到日期"] = new_mat
        row["延期审批人"] = ext_by
        row["延期审批日期"] = ext_at
        row["延期告知客户日期"] = ext_note
        row["办结方式"] = outcome
        row["办结日期"] = close_at
        row["告知方式"] = way
        row["处理依据及理由"] = rng.choice(bases[cat]) if decided else ""
        row["处理结果"] = rng.choice(results) if decided else ("客户来电撤回投诉" if outcome == "客户撤诉" else
                                                            "非本人或受托人投诉，已告知不予办理" if outcome == "不予办理" else "")
        row["告知救济途径"] = remedies if decided and tag != "no_remedy" else ""
        row["告知留痕"] = evidence
        row["客户失联"] = unreachable
        row["客户收悉日期"] = received
        row["申请核查日期"] = apply_rv
        row["核查受理日期"] = recv_rv
        row["核查结论告知日期"] = rv_dec
        row["核查机构"] = rv_by
        row["重大投诉报告日期"] = report
        row["备注"] = rng.choice(["", "", "", "客户情绪激动", "已录音录像", "已向总行消保部报备", "客户要求书面答复"])
        rows.append(row)
        if tag and not tag.startswith("t_") and tag != "review_ok":
            viol.append((row["投诉编号"], tag))
    # a repeated 投诉编号: a hotline call and the customer's later visit about the same matter were keyed in as two rows
    busy = set(tags)
    src = next(k for k in range(12, n - 6) if k not in busy and k + 1 not in busy and rows[k]["办结方式"] == "已答复"
               and rows[k]["复杂程度"] == "一般")
    copy = Case(rows[src])
    copy["投诉渠道"] = "网点现场"
    copy["登记人"] = clerks[1] if copy["登记人"] == clerks[0] else clerks[0]
    rows.insert(src + 1, copy)
    if injected is not None:
        num = lambda r: r["投诉编号"]  # noqa: E731
        injected += [(num(copy), "duplicate")] + viol

    hand = {
        "procedure": "l3-banking-insurance-complaints",
        "columns": {
            "投诉编号": "case_number",
            "监管收件日期": "regulator_receive_at",
            "转办日期": "forward_at",
            "转办单位": "forward_by",
            "收到投诉日期": "receive_at",
            "投诉人": "complainant",
            "联系电话": "contact_phone",
            "投诉事由": "content",
            "复杂程度": "complexity",
            "群体投诉人数": "complainants_in_person",
            "突发事件引发": "caused_by_major_event",
            "监管认定重大": "regulator_designated_major",
            "身份核实日期": "verify_identity_at",
            "核实人": "verify_by",
            "核实完成日期": "verify_at",
            "核实情况": "verification_findings",
            "外部鉴定起始日": "appraisal_started_at",
            "外部鉴定完成日": "appraisal_ended_at",
            "鉴定告知客户日期": "appraisal_notified_at",
            "同意调解": "mediation_agreed",
            "申请调解日期": "apply_mediation_at",
            "调解结束日期": "mediation_ended_at",
            "补充材料收到日期": "new_material_received_at",
            "延期审批人": "approve_extension_by",
            "延期审批日期": "approve_extension_at",
            "延期告知客户日期": "extension_notified_at",
            "处理依据及理由": "decision_basis",
            "告知救济途径": "remedies_stated",
            "告知留痕": "notice_evidence",
            "客户失联": "complainant_unreachable",
            "客户收悉日期": "decision_received_at",
            "申请核查日期": "apply_review_at",
            "核查受理日期": "receive_review_at",
            "核查结论告知日期": "review_decision_at",
            "核查机构": "review_decision_by",
            "重大投诉报告日期": "report_major_at",
        },
        "values": {
            "complexity": {"一般": "simple", "复杂": "complex", "特别复杂": "special"},
            "mediation_agreed": {"是": True, "否": False},
            "complainant_unreachable": {"是": True, "否": False},
            "caused_by_major_event": {"是": True, "否": False},
            "regulator_designated_major": {"是": True, "否": False},
        },
        "roles": {
            "临川金融监管分局消保处": "regulator_complaint_dept",
            **{v: "independent_verifier" for v in verifiers},
            **{v: "institution" for v in managers + tellers},
            f"{head}(总行消保部总经理)": "superior_institution",
            f"{vp}(总行分管副行长)": "head_office_executive",
            f"{branch_head}(支行行长)": "institution",
            "总行消费者权益保护部": "superior_institution",
            "滨江支行": "institution",
        },
        "outcomes": {
            "办结方式": {"date": "办结日期",
                     "steps": {"已答复": "notify_decision", "客户撤诉": "withdraw", "不予办理": "decline"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("104-s30-tianyi-space-work-orders.csv", "utf-8-sig", e104_s30_tianyi_space),
    ("105-l3-city-bank-complaint-register.xlsx", "xlsx", e105_l3_city_bank),
]
