"""Starter-profile benchmark exports 78-79 (set 14a), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 78 79    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, distinct_names, pick, mobile as _mobile, person_name as _name, working_minutes


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return working_minutes(t, CUTOFF, first=8, last=22)


def _stamp(t):
    """The ticket system's own spelling: 2025/03/04 09:12:33 (zero-padded, seconds)."""
    return t.strftime("%Y/%m/%d %H:%M:%S") if t else ""


# --- 78: S30, the 天翼空间 operations centre's complaint tickets --------------------------------------------------

def e78_s30_tianyi_store(rng, injected=None):
    """中国电信天翼空间运营中心 客服支撑系统“投诉工单”导出（应用商店：天翼空间客户端、应用下载、包月订购），UTF-8 CSV，
    按 S30《中国电信天翼空间客户投诉管理办法（2010版）》审计。
    日期写法：2025/03/04 09:12:33（补零，带秒），受理、派单、回单、归档四个时间列。
    受理渠道用系统自己的叫法：省10000号 / 省营业厅 / 省网厅 / 在线客服 / 问吧 / 集团4008810000 / 集团网厅 / 网媒 / 微博；
    渠道层级：省内 / 集团 / 属地（属地分公司受理的，按第八条属于省内渠道投诉）；有效性：有效 / 无效（处理中的工单尚未判定，为空）；
    无效原因：匿名或非机主 / 无法核实 / 无法联系 / 非电信业务。工单类型是本系统的投诉细类（咨询转投诉、故障投诉、计费投诉、服务投诉）。
    处理人写运营中心客服专员姓名，处理部门写运营中心的组（投诉处理组、应用运营组、计费结算组）。
    读过制度 YAML 后补的列：没有补列——制度能检查的只有受理渠道（channel）、渠道层级（channel_level）、有效性（validity）
    三个分类和工单编号唯一，这几列在读制度前就已写下。“无效原因”一列是四种无效情形合写的一列，不能对应到制度的四个是/否字段，
    不映射（无效投诉规则本身也因制度未写受理环节而不执行）。
    注入（共 10 个工单，12 项发现）：工单编号重复 2 件（集团渠道工单同步两次 1 件；省分补录时沿用原单号 1 件）；
    受理渠道为“其他”2 件（坐席未选渠道）；工信部申诉转办 2 件（受理渠道“工信部申诉转办”、渠道层级“越级申诉”，两列都不在制度选项中）；
    渠道层级为“未分类”1 件；有效性为“待核实”2 件、“重复”1 件（已归档仍未判定有效/无效，或把重复投诉当作有效性）。
    陷阱（不是违规）：渠道层级“属地”（属地分公司受理，属省内渠道）；同一号码先后两次投诉（不同工单号）；
    派生子单“-01”后缀（单号不同）；处理中的工单有效性为空；无效投诉也有处理和回单（制度只说认定为无效，未说不处理）；
    匿名客户号码为空、判为无效。
    """
    n = 64
    slots = list(range(3, n - 2))
    rng.shuffle(slots)
    other_channel = [slots.pop() for _ in range(2)]
    miit = [slots.pop() for _ in range(2)]
    unclassified = [slots.pop()]
    pending_validity = [slots.pop() for _ in range(2)]
    repeat_validity = [slots.pop()]
    trap_local = [slots.pop() for _ in range(3)]
    trap_anonymous = [slots.pop()]
    trap_in_process = [slots.pop() for _ in range(2)]
    busy = set(other_channel + miit + unclassified + pending_validity + repeat_validity + trap_local + trap_anonymous
               + trap_in_process)

    taken: set = set()
    agents = distinct_names(rng, 6, taken)
    groups = {agents[0]: "投诉处理组", agents[1]: "投诉处理组", agents[2]: "投诉处理组", agents[3]: "应用运营组",
              agents[4]: "应用运营组", agents[5]: "计费结算组"}
    provinces = ["广东", "江苏", "浙江", "四川", "湖北", "上海", "福建", "安徽", "陕西", "重庆", "湖南", "江西"]
    apps = ["天翼空间客户端", "愤怒的小鸟", "墨迹天气", "天翼阅读", "爱动漫", "手机QQ", "UC浏览器", "91手机助手",
            "天翼视讯", "宝宝学诗", "飞信", "切水果", "掌上公交", "驾考宝典"]
    kinds = {
        "咨询转投诉": ["咨询包月退订方式，解释后仍不满意要求投诉", "多次咨询积分兑换未果，要求投诉处理",
                   "咨询应用下载流量是否收费，对解释不满意"],
        "故障投诉": ["客户端升级后闪退，无法打开", "应用下载到99%失败，多次重试仍失败", "已购买应用无法安装，提示签名错误",
                  "客户端登录提示“系统繁忙”，持续两天", "应用打开黑屏，卸载重装无效"],
        "计费投诉": ["未订购却被扣包月信息费10元", "下载免费应用被扣费", "退订后次月仍扣费，要求退费",
                  "账单出现不明“天翼空间”信息费"],
        "服务投诉": ["在线客服答复敷衍，问题未解决", "10000号转接三次无人处理", "承诺48小时回复未回复"],
    }
    results = ["已退还信息费并致歉", "已提交应用开发者修复，新版本已上架", "已指导客户清除缓存重装，恢复正常",
               "已核实为客户误订，解释后客户接受", "已退订包月业务并补偿话费", "已解释计费规则，客户表示理解",
               "已下架问题应用版本并通知客户"]
    invalid_reasons = ["匿名或非机主", "无法核实", "无法联系", "非电信业务"]
    prov_channels = [("省10000号", 46), ("省营业厅", 10), ("省网厅", 12), ("在线客服", 18), ("问吧", 6)]
    group_channels = [("集团4008810000", 45), ("集团网厅", 20), ("网媒", 15), ("微博", 20)]

    rows = []
    day = datetime(2025, 1, 3, 8, 0)
    for i in range(n):
        day = day + timedelta(hours=rng.choice([40, 48, 56, 62, 70, 72]))
        recv = day.replace(hour=8, minute=0, second=0) + timedelta(minutes=rng.randint(0, 13 * 60),
                                                                    seconds=rng.randint(0, 59))
        kind = rng.choice(list(kinds))
        level = "集团" if rng.random() < 0.3 else "省内"
        channel = pick(rng, group_channels if level == "集团" else prov_channels)
        if i in trap_local:
            level, channel = "属地", rng.choice(["省营业厅", "省10000号"])
        if i in other_channel:
            channel = "其他"
        if i in miit:
            channel, level = "工信部申诉转办", "越级申诉"
            kind = rng.choice(["计费投诉", "服务投诉"])
        if i in unclassified:
            level = "未分类"
        province = rng.choice(provinces)
        phone = "1" + rng.choice(["33", "53", "80", "89", "81", "77", "73"]) + "".join(rng.choice("0123456789")
                                                                                  for _ in range(8))
        customer = _name(rng) + rng.choice(["", "先生", "女士"])
        validity, reason = "有效", ""
        if rng.random() < 0.12 and i not in busy:
            validity, reason = "无效", rng.choice(invalid_reasons)
        if i in trap_anonymous:
            validity, reason, customer = "无效", "匿名或非机主", "匿名"
        agent = rng.choice(agents)
        dispatch = _cap(recv + timedelta(minutes=rng.randint(5, 180)))
        reply = _cap(dispatch + timedelta(hours=rng.uniform(3, 70))) if dispatch else None
        archive = _cap(reply + timedelta(hours=rng.uniform(1, 60))) if reply else None
        if i in trap_in_process:
            reply = archive = None
            validity = reason = ""
        status = "已归档" if archive else ("已回单" if reply else "处理中")
        if not archive and i not in trap_in_process and validity == "有效" and rng.random() < 0.5:
            validity = ""          # not yet judged while the ticket is open
        if i in pending_validity:
            validity, reason = "待核实", ""
        if i in repeat_validity:
            validity, reason = "重复", ""
        row = Case()
        row["工单编号"] = f"TYKJ{recv:%Y%m%d}{rng.randint(100, 999)}{i % 10}"
        row["受理时间"] = _stamp(recv)
        row["受理渠道"] = channel
        row["渠道层级"] = level
        row["受理省份"] = province
        row["工单类型"] = kind
        row["应用名称"] = rng.choice(apps)
        row["客户号码"] = "" if customer == "匿名" else phone
        row["客户姓名"] = customer
        row["投诉内容"] = rng.choice(kinds[kind])
        row["有效性"] = validity
        row["无效原因"] = reason
        row["处理部门"] = groups[agent]
        row["处理人"] = agent
        row["派单时间"] = _stamp(dispatch)
        row["回单时间"] = _stamp(reply)
        row["处理结果"] = rng.choice(results) if reply else ""
        row["归档时间"] = _stamp(archive)
        row["客户满意度"] = rng.choice(["满意", "满意", "基本满意", "不满意", "未评价"]) if archive else ""
        row["工单状态"] = status
        row["是否升级"] = "是" if level in ("集团", "越级申诉") and rng.random() < 0.4 else "否"
        rows.append(row)

    # traps: the same number complaining twice (a new ticket), and a child ticket with a -01 suffix
    free = [k for k in range(5, n - 3) if k not in busy and k + 1 not in busy and k + 2 not in busy]
    rep = free[0]
    rows[rep + 2]["客户号码"] = rows[rep]["客户号码"]
    rows[rep + 2]["客户姓名"] = rows[rep]["客户姓名"]
    child = free[-1]
    rows[child + 1]["工单编号"] = rows[child]["工单编号"] + "-01"
    # repeated ticket numbers: a group-channel ticket synchronised twice (same content), a province re-typing a number
    used = {rep, rep + 2, child, child + 1}
    cands = [k for k in free if not used & {k, k + 1} and rows[k]["渠道层级"] == "集团"]
    dup_sync = cands[len(cands) // 2]
    rows[dup_sync + 1] = Case(rows[dup_sync])
    rows[dup_sync + 1]["客户满意度"] = rows[dup_sync]["客户满意度"]
    used |= {dup_sync, dup_sync + 1}
    dup_retype = next(k for k in reversed(free) if not used & {k - 1, k, k + 1, k + 3}
                      and k + 3 < n and k + 3 not in busy and rows[k]["渠道层级"] != "集团")
    rows[dup_retype + 3]["工单编号"] = rows[dup_retype]["工单编号"]
    if injected is not None:
        num = lambda k: rows[k]["工单编号"]  # noqa: E731
        injected += [(num(dup_sync + 1), "duplicate"), (num(dup_retype + 3), "duplicate")]
        injected += [(num(k), "channel_other") for k in other_channel]
        injected += [(num(k), "miit_channel_and_level") for k in miit]
        injected += [(num(k), "level_unclassified") for k in unclassified]
        injected += [(num(k), "validity_pending") for k in pending_validity]
        injected += [(num(k), "validity_repeat") for k in repeat_validity]

    hand = {
        "procedure": "s30-telecom-tianyi-space-complaints",
        "columns": {
            "工单编号": "case_number",
            "受理渠道": "channel",
            "渠道层级": "channel_level",
            "有效性": "validity",
        },
        "values": {
            "channel": {"省10000号": "hotline_10000", "省营业厅": "business_hall", "省网厅": "online_hall",
                        "在线客服": "online_service", "问吧": "wenba", "集团4008810000": "group_hotline",
                        "集团网厅": "group_online_hall", "网媒": "web_media", "微博": "weibo"},
            "channel_level": {"省内": "provincial", "属地": "provincial", "集团": "group"},
            "validity": {"有效": "valid", "无效": "invalid"},
        },
    }
    return rows, hand


# --- 79: S46, a Changan Suzuki dealer's complaint register kept for the brand ---------------------------------

def e79_s46_dealer_register(rng, injected=None):
    """长安铃木 特约经销商（重庆渝北某4S店，服务站代码 CS-CQ017）客服部的“客户投诉处理台账”（Excel，按厂家客户中心格式报送，XLSX），
    按 S46 长安铃木《客户投诉处理管理办法》审计。
    日期写法：投诉日期、上报厂家时间、结案日期是真正的日期时间单元格；购车日期是手工录入的文字“2023.05.12”。
    投诉来源：客户中心转派 / 400来电 / 来店 / 来函 / 传真 / 邮件 / 媒体 / 消协转办；投诉等级：A级 / B级（本店写法也有“A”“重大”）；
    费用类型：保修索赔 / 特案保修 / 善意补偿 / 客户自费 / 无费用。处理负责人写本店员工姓名。
    读过制度 YAML 后补的列：特案批复单位（special_case_authorised_by；原有“费用类型”为“特案保修”即 special_case_warranty 为是）。
    注入（共 10 项）：投诉编号重复 2 件（客户中心转派的同一投诉登记两次 1 件；复制上一行未改编号 1 件）；
    投诉等级不在 A/B 中 3 件（“C级”2 件、“一般”1 件）；特案保修不是技术支持系批复 5 件（本店服务经理 2、服务站站长 1、客户中心 2）。
    陷阱（不是违规）：善意补偿由区域服务经理或本店服务经理批复（制度只规定特案由技术支持系授权）；特案保修申请中、批复单位为空 2 件；
    批复单位写“厂家技术支持系”“技术支持系”两种写法；投诉等级写“A”“重大”（即A级重大客户投诉）；同一VIN两次投诉（不同编号）；
    无效投诉（非本店原因）也登记在台账。
    """
    n = 50
    slots = list(range(2, n - 2))
    rng.shuffle(slots)
    grade_c = [slots.pop() for _ in range(2)]
    grade_general = [slots.pop()]
    bad_special = [slots.pop() for _ in range(5)]
    pending_special = [slots.pop() for _ in range(2)]
    ok_special = [slots.pop() for _ in range(5)]
    goodwill = [slots.pop() for _ in range(5)]
    busy = set(grade_c + grade_general + bad_special + pending_special + ok_special + goodwill)

    taken: set = set()
    staff = distinct_names(rng, 5, taken)        # 客服经理、客服专员、服务顾问、技术经理、服务经理
    models = ["天语SX4", "锋驭", "维特拉", "启悦", "雨燕", "奥拓", "北斗星", "骁途"]
    sources = [("客户中心转派", 30), ("400来电", 18), ("来店", 24), ("来函", 3), ("传真", 2), ("邮件", 5),
               ("媒体", 5), ("消协转办", 5)]
    issues = {
        "质量": ["变速箱换挡顿挫，多次维修未解决", "发动机异响，更换正时链条后复发", "空调不制冷，更换压缩机后仍不正常",
               "车身异响（仪表台）", "机油消耗过快", "雨天天窗漏水", "电子节气门故障灯常亮"],
        "安全": ["行驶中发动机突然熄火", "制动踏板偏软，刹车距离变长", "转向助力时有时无", "安全气囊故障灯亮"],
        "服务": ["保养后发现机油未加够", "服务顾问态度差，承诺未兑现", "维修等待配件超过一个月", "保养收费与报价不符",
               "维修后车辆漆面划伤"],
        "销售": ["购车时承诺的赠品未给", "新车交付时里程数偏多", "贷款手续费未告知"],
    }
    demands = ["尽快修好", "要求换车", "要求退车", "要求更换发动机总成", "要求更换变速箱总成", "赔偿误工费",
               "要求书面答复", "道歉并退还费用", "延长保修期"]
    measures = {"保修索赔": "按保修政策免费维修", "特案保修": "超保修期，申请特案维修", "善意补偿": "赠送保养一次/工时费减免",
                "客户自费": "客户同意自费维修", "无费用": "解释说明，客户接受"}

    rows = []
    day = datetime(2025, 1, 2, 9, 0)
    for i in range(n):
        day = day + timedelta(hours=rng.choice([48, 72, 72, 96, 96, 120]))
        recv = day.replace(hour=8, minute=30, second=0) + timedelta(minutes=rng.randint(0, 9 * 60))
        cat = pick(rng, [("质量", 45), ("安全", 12), ("服务", 30), ("销售", 13)])
        text = rng.choice(issues[cat])
        demand = rng.choice(demands)
        source = pick(rng, sources)
        major = cat == "安全" or demand in ("要求换车", "要求退车", "要求更换发动机总成", "要求更换变速箱总成",
                                            "要求书面答复") or source in ("媒体", "消协转办")
        grade = ("A级" if rng.random() < 0.8 else rng.choice(["A", "重大"])) if major else "B级"
        if i in grade_c:
            grade = "C级"
        if i in grade_general:
            grade = "一般"
        fee = "保修索赔" if cat in ("质量", "安全") else rng.choice(["无费用", "客户自费", "无费用"])
        approver = ""
        if i in ok_special or i in bad_special or i in pending_special:
            cat = "质量"
            text = rng.choice(issues["质量"])
            fee = "特案保修"
            approver = rng.choice(["技术支持系", "厂家技术支持系"])
        if i in bad_special:
            approver = ["本店服务经理", "本店服务经理", "服务站站长", "客户中心", "客户中心"][bad_special.index(i)]
        if i in pending_special:
            approver = ""
        if i in goodwill:
            fee = "善意补偿"
            approver = rng.choice(["区域服务经理", "本店服务经理"])
        own_fault = cat in ("服务", "销售") or rng.random() < 0.15
        report = recv + timedelta(hours=rng.uniform(1, 30)) if grade in ("A级", "A", "重大") or source == "客户中心转派" \
            else None
        closed = recv + timedelta(days=rng.uniform(1, 25))
        if i in pending_special:
            closed = None
        if closed and closed > CUTOFF:
            closed = None
        mileage = rng.randint(800, 160000)
        if fee == "特案保修":
            mileage = rng.randint(100001, 160000)           # out of the warranty: why it is a special case
        bought = recv - timedelta(days=rng.randint(60, 6 * 365))
        row = Case()
        row["序号"] = i + 1
        row["投诉编号"] = f"CQ017-KS25{i + 1:03d}"
        row["客户中心工单号"] = f"CS{recv:%Y%m%d}{rng.randint(1000, 9999)}" if source == "客户中心转派" else ""
        row["投诉日期"] = recv
        row["投诉来源"] = source
        row["客户姓名"] = _name(rng) + rng.choice(["", "先生", "女士"])
        row["联系电话"] = _mobile(rng)
        row["车型"] = rng.choice(models)
        row["VIN码"] = "LS5A3" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(12))
        row["行驶里程(km)"] = mileage
        row["购车日期"] = bought.strftime("%Y.%m.%d")
        row["投诉类别"] = cat
        row["投诉内容"] = text
        row["客户诉求"] = demand
        row["投诉等级"] = grade
        row["是否有效投诉"] = "是" if own_fault else "否"
        row["处理措施"] = measures[fee]
        row["费用类型"] = fee
        row["补偿金额(元)"] = rng.choice([300, 500, 800, 1200, 2680, 4500]) if fee in ("特案保修", "善意补偿") else ""
        row["特案批复单位"] = approver
        row["处理负责人"] = rng.choice(staff)
        row["上报厂家时间"] = report
        row["结案日期"] = closed.replace(hour=0, minute=0, second=0, microsecond=0) if closed else None
        row["客户满意度"] = rng.choice(["满意", "满意", "基本满意", "不满意"]) if closed else ""
        row["备注"] = "特案申请中，待技术支持系批复" if i in pending_special else rng.choice(["", "", "", "已回访", "客户要求厂家出面"])
        rows.append(row)

    # trap: the same VIN complaining again (a new number)
    free = [k for k in range(4, n - 2) if k not in busy and k + 1 not in busy]
    again = free[0]
    rows[again + 1]["VIN码"] = rows[again]["VIN码"]
    rows[again + 1]["车型"] = rows[again]["车型"]
    rows[again + 1]["客户姓名"] = rows[again]["客户姓名"]
    rows[again + 1]["联系电话"] = rows[again]["联系电话"]
    # repeated 投诉编号: a customer-centre transfer registered twice; a row copied from the one above
    cands = [k for k in free[1:] if rows[k]["投诉来源"] == "客户中心转派" and k + 1 in free and k != again + 1]
    dup_cc = cands[0]
    twice = Case(rows[dup_cc])
    twice["投诉日期"] = rows[dup_cc]["投诉日期"] + timedelta(hours=20)
    rows[dup_cc + 1] = Case({**twice, "序号": dup_cc + 2})
    dup_copy = next(k for k in reversed(free) if abs(k - dup_cc) > 2 and k != again)
    rows[dup_copy + 1]["投诉编号"] = rows[dup_copy]["投诉编号"]
    # 序号 stays the table's own row count after the edits
    for k, r in enumerate(rows):
        r["序号"] = k + 1
    if injected is not None:
        num = lambda k: rows[k]["投诉编号"]  # noqa: E731
        injected += [(num(dup_cc + 1), "duplicate"), (num(dup_copy + 1), "duplicate")]
        injected += [(num(k), "grade_c") for k in grade_c]
        injected += [(num(k), "grade_general") for k in grade_general]
        injected += [(num(k), "special_not_tech_support") for k in bad_special]

    hand = {
        "procedure": "s46-changan-suzuki-dealer-complaints",
        "columns": {
            "投诉编号": "case_number",
            "投诉等级": "severity",
            "费用类型": "special_case_warranty",
            "特案批复单位": "special_case_authorised_by",
        },
        "values": {
            "severity": {"A级": "a", "A": "a", "重大": "a", "B级": "b"},
            "special_case_warranty": {"特案保修": True, "保修索赔": False, "善意补偿": False, "客户自费": False,
                                      "无费用": False},
        },
        "roles": {"技术支持系": "tech_support", "厂家技术支持系": "tech_support", "客户中心": "customer_center",
                  "本店服务经理": "dealer", "服务站站长": "dealer"},
    }
    return rows, hand


EXPORTS = [
    ("78-s30-tianyi-store-tickets.csv", "utf-8", e78_s30_tianyi_store),
    ("79-s46-dealer-complaint-register.xlsx", "xlsx", e79_s46_dealer_register),
]
