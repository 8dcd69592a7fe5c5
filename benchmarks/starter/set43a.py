"""Starter-profile benchmark exports 250-251 (set 43a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 250 251    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, nth_workday_after, workday


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


def _add_months(d, months):
    """Same day `months` later (or earlier); a day the month lacks becomes its last day."""
    y, m = divmod(d.month - 1 + months, 12)
    first_next = date(d.year + y + (m == 11), (m + 1) % 12 + 1, 1)
    return date(d.year + y, m + 1, min(d.day, (first_next - timedelta(days=1)).day))


def _midnight(d):
    return datetime(d.year, d.month, d.day)


def _workday_on_or_after(d):
    while not workday(d):
        d += timedelta(days=1)
    return d


# --- 250: L5, a developer's customer-relations centre (明源-style ERP, 客服报修工单) -----------------------------

_L5_COMPONENTS = {
    "防水-屋面": ("waterproofing", ["顶楼屋面雨后渗水，卧室吊顶有水渍", "屋面女儿墙根部渗漏", "露台下方房间顶板滴水"]),
    "防水-卫生间": ("waterproofing", ["卫生间地面渗水至楼下顶板", "淋浴区墙根渗水，隔壁卧室墙面发霉", "主卫闭水不合格，楼下反映渗漏"]),
    "防水-外墙": ("waterproofing", ["外墙渗水，客厅墙面起皮", "飘窗下沿外墙渗水", "台风雨后外墙窗边渗水"]),
    "水电-给排水": ("pipes_installation_fitout", ["厨房给水管接头渗漏", "阳台地漏反水", "主卫排水管堵塞", "热水管暗管漏水"]),
    "水电-强弱电": ("pipes_installation_fitout", ["客厅插座无电", "卫生间回路频繁跳闸", "弱电箱网线不通"]),
    "装修-墙地面": ("pipes_installation_fitout", ["客厅地砖空鼓", "卧室墙面开裂", "木地板起拱"]),
    "装修-门窗": ("pipes_installation_fitout", ["入户门锁芯损坏", "推拉窗关闭不严漏风", "卧室门变形关不上"]),
    "暖通-地暖": ("heating_cooling", ["地暖部分房间不热", "地暖分水器漏水", "新风系统不出风"]),
    "结构-裂缝沉降": ("foundation_structure", ["车库顶板裂缝渗水", "楼梯间墙体斜向裂缝", "阳台梁底裂缝"]),
    "公区-道路园林": ("other", ["小区主干道路面沉陷", "景观水池渗漏", "单元门口台阶破损"]),
}
_L5_ACCIDENT = ("装修-外立面", ["外墙面砖脱落，砸坏楼下停放车辆", "阳台玻璃栏板爆裂坠落", "单元大堂吊顶局部坍塌"])


def e250_l5_developer_warranty_tickets(rng, injected=None):
    """汇锦置业（一家房地产开发企业）客户关系中心的报修工单台账，明源式 ERP“客服管理-报修工单”导出（XLSX）。

    每个报修工单一行；所属项目分期的竣工资料（竣工报告、验收、备案日期，保修书编号，延保约定）由系统从“项目分期”
    档案带出。时间列是 Excel 日期单元格。

    读制度 YAML 之前写下的表头（按条例第三十九至四十一条、第四十九条、第五十二条设想保修台账会有的）：
    报修单号、报修时间、报修渠道、业主姓名、联系电话、项目分期、房号、报修部位、问题描述、保修判定、派单时间、
    维修单位、维修完成时间、回访时间、回访结果、工单状态、竣工验收日期、报住建局时间、客服专员。
    （起初设想的是施工单位的保修服务台；读过 YAML 看到备案、保修书都落在建设单位与施工单位之间，改为开发企业的
    客户关系中心，表头未变。）

    读过制度 YAML 后补的列：受理时间（与业主报修时间分开，条例的“受理时间”）、竣工报告日期、竣工备案日期、
    保修书编号、延保约定（保修书是否约定长于法定最低期限）、事故发生时间、事故等级。

    注入的违规（按规则 id 计数，共 16）：waterproofing_beyond_5_years 2（澜庭一期防水问题已超5年仍判“保内”维修）、
    pipes_fitout_beyond_2_years 2（水电问题已超2年仍判“保内”维修）、warranty_duty 3（保内工单挂起、未维修）、
    warranty_by_contractor 2（开发企业工程部自行代修）、component 1（报修部位“综合(多处)”，对不上第四十条的项目）、
    complaint-warranty_repair 1（维修完成时间早于报修时间）、accident_report_24_hours 1（质量事故超过24小时才报住建局）、
    case_number 1（工单号重复）、filing_15_days 2（滨江府一期备案晚于验收合格后15日，该分期的两个工单）、
    warranty_certificate_issued 1（云著商业街有竣工报告日期却没有保修书编号）。

    陷阱：澜庭二期（2020-08-20 验收）防水问题仍在5年内，保内维修；云著A区约定延保，水电问题超过2年仍保内；
    云著B区一个给排水工单恰在验收满24个月当天受理（不算超过）；一起事故在第24小时前（23个半小时后）上报；滨江府二期备案期限
    第15日落在五一假期，假后第一个工作日备案；翠湖湾二期恰在第15日备案；月底新报修的工单尚待勘查、保修判定为空。
    """
    inj = injected if injected is not None else []
    taken: set = set()
    d = date
    # 分期, 总包单位, 竣工报告日期, 竣工验收日期, 竣工备案日期, 保修书编号, 延保, 工单数, 指定的报修部位
    phases = [
        ("澜庭一期", "苏建华宇建设集团有限公司", d(2019, 10, 28), d(2019, 11, 15), d(2019, 11, 26), "HJ-BX-2019-007",
         False, 7, ["防水-屋面", "防水-卫生间", "防水-外墙", "水电-给排水", "水电-强弱电", "结构-裂缝沉降", "公区-道路园林"]),
        ("澜庭二期", "苏建华宇建设集团有限公司", d(2020, 7, 30), d(2020, 8, 20), d(2020, 9, 1), "HJ-BX-2020-012",
         False, 6, ["防水-卫生间", "防水-外墙", "水电-给排水", "装修-门窗", "暖通-地暖", "结构-裂缝沉降"]),
        ("云著A区", "江苏恒泰建工集团有限公司", d(2022, 12, 5), d(2022, 12, 28), d(2023, 1, 10), "HJ-BX-2022-031",
         True, 6, ["水电-给排水", "装修-墙地面"]),
        ("云著B区", "江苏恒泰建工集团有限公司", d(2023, 5, 30), d(2023, 6, 20), d(2023, 7, 3), "HJ-BX-2023-018",
         False, 6, ["水电-给排水"]),
        ("云著商业街", "江苏恒泰建工集团有限公司", d(2023, 10, 20), d(2023, 11, 8), d(2023, 11, 20), "",
         False, 1, ["防水-屋面"]),
        ("翠湖湾一期", "中阳建设集团有限公司", d(2024, 2, 26), d(2024, 3, 15), d(2024, 3, 27), "HJ-BX-2024-004",
         False, 7, []),
        ("翠湖湾二期", "中阳建设集团有限公司", d(2024, 11, 25), d(2024, 12, 12), d(2024, 12, 27), "HJ-BX-2024-029",
         False, 5, []),
        ("滨江府一期", "苏建华宇建设集团有限公司", d(2024, 12, 20), d(2025, 1, 10), d(2025, 2, 14), "HJ-BX-2025-001",
         False, 2, ["装修-墙地面", "水电-强弱电"]),
        ("滨江府二期", "苏建华宇建设集团有限公司", d(2025, 3, 28), d(2025, 4, 16), d(2025, 5, 6), "HJ-BX-2025-009",
         False, 4, []),
    ]
    waterproof_sub = "苏州雨丰防水工程有限公司"
    fitout_sub = "苏州鼎立装饰工程有限公司"
    developer_shop = "汇锦置业工程部"
    clerks = distinct_names(rng, 4, taken)
    common = [k for k in _L5_COMPONENTS if not k.startswith(("结构", "公区"))]

    tickets = []
    for (name, gc, report, accepted, filed, cert, longer, n, fixed) in phases:
        labels = list(fixed) + [pick(rng, [(k, 3 if k.startswith(("防水", "水电")) else 2) for k in common])
                                for _ in range(n - len(fixed))]
        lo = max(d(2025, 1, 3), accepted + timedelta(days=20))
        for j, label in enumerate(labels):
            day = _rand_day(rng, lo, d(2025, 6, 10) if j < len(fixed) else d(2025, 6, 28))
            tickets.append({"phase": name, "gc": gc, "report": report, "accepted": accepted, "filed": filed,
                            "cert": cert, "longer": longer, "label": label, "day": day})
    owners = distinct_names(rng, len(tickets), taken)

    for t, owner in zip(tickets, owners):
        t["complaint"] = _at(rng, t["day"], 7.5, 21.5).replace(second=0)
        t["owner"] = owner
    # trap: a 云著B区 给排水 ticket received exactly 24 months after acceptance (2023-06-20 -> 2025-06-20)
    trap_b = next(t for t in tickets if t["phase"] == "云著B区" and t["label"] == "水电-给排水")
    trap_b["complaint"] = datetime(2025, 6, 19, 20, rng.randint(5, 55))
    for t in tickets:
        t["received"] = _plus(rng, t["complaint"], 0.2, 5)
    trap_b["received"] = datetime(2025, 6, 20, 8, rng.randint(31, 58))
    tickets.sort(key=lambda t: t["complaint"])

    def rightly_in_warranty(t):
        cls = _L5_COMPONENTS.get(t["label"], ("pipes_installation_fitout",))[0]
        if t["longer"]:
            return True
        if cls == "waterproofing":
            return t["received"].date() <= _add_months(t["accepted"], 60)
        if cls == "pipes_installation_fitout":
            return t["received"].date() <= _add_months(t["accepted"], 24)
        return True

    for t in tickets:
        t["inside"] = rightly_in_warranty(t)
        t["by"] = t["gc"]
        if t["label"].startswith("防水") and rng.random() < 0.5:
            t["by"] = waterproof_sub
        elif t["label"].startswith("装修") and rng.random() < 0.5:
            t["by"] = fitout_sub
        if not t["inside"]:
            t["by"] = ""
        t["repair"] = _plus(rng, t["received"], 20, 24 * 9) if t["inside"] else None
        t["judged"] = "保内" if t["inside"] else "保外"
        t["status"] = "已关闭" if t["inside"] else "保外已告知"
        t["accident"] = None
        t["inj"] = None
        if t["repair"] is not None and t["repair"] > CUTOFF:
            # not surveyed yet: the warranty judgement is entered when the repair is closed out
            t["repair"], t["judged"], t["by"], t["status"] = None, "", "", "待勘查"
        if t["inside"] and t["received"] > datetime(2025, 6, 22) and rng.random() < 0.4 and t is not trap_b:
            t["repair"], t["judged"], t["by"], t["status"] = None, "", "", "待勘查"
    trap_b["repair"] = _plus(rng, trap_b["received"], 50, 60)
    trap_b["judged"], trap_b["status"], trap_b["by"] = "保内", "已关闭", trap_b["gc"]

    def free(t, before=datetime(2025, 6, 10)):
        return t["inj"] is None and t["received"] < before and t is not trap_b and \
            t["phase"] not in ("滨江府一期", "云著商业街")

    def mark(t, rule):
        t["inj"] = rule
        t["by"] = t["by"] or t["gc"]

    # CK105: out-of-period problems repaired as if inside the warranty
    for t in rng.sample([t for t in tickets if t["phase"] == "澜庭一期" and t["label"].startswith("防水")
                         and free(t, datetime(2025, 6, 20))], 2):
        t["judged"], t["status"] = "保内", "已关闭"
        t["repair"] = _plus(rng, t["received"], 24, 24 * 6)
        mark(t, "waterproofing_beyond_5_years")
    for phase in ("澜庭一期", "澜庭二期"):
        t = rng.choice([t for t in tickets if t["phase"] == phase and t["label"] == "水电-给排水"
                               and free(t, datetime(2025, 6, 20))])
        t["judged"], t["status"] = "保内", "已关闭"
        t["repair"] = _plus(rng, t["received"], 24, 24 * 6)
        mark(t, "pipes_fitout_beyond_2_years")

    def inside_done():
        return [t for t in tickets if free(t) and t["judged"] == "保内" and t["repair"] is not None]

    # three quality accidents (young phases): one reported late, one just inside 24 h, one in good time
    young = [t for t in inside_done() if t["phase"] in ("翠湖湾一期", "翠湖湾二期", "滨江府二期", "云著B区")]
    acc = rng.sample(young, 3)
    for k, t in enumerate(acc):
        t["label"] = _L5_ACCIDENT[0]
        t["desc"] = _L5_ACCIDENT[1][k]
        t["by"] = t["gc"]
        t["accident"] = t["complaint"] - timedelta(minutes=rng.randint(20, 150))
        t["grade"] = "较大" if k == 2 else "一般"
        lag = [rng.randint(26 * 60, 40 * 60), rng.randint(23 * 60 + 30, 23 * 60 + 50), rng.randint(3 * 60, 10 * 60)][k]
        t["report_auth"] = t["accident"] + timedelta(minutes=lag)
        t["inj"] = "accident_report_24_hours" if k == 0 else "trap"

    for t in rng.sample(inside_done(), 3):
        t["repair"], t["status"] = None, "挂起（施工单位未响应）"
        mark(t, "warranty_duty")
    for t in rng.sample(inside_done(), 2):
        t["by"] = developer_shop
        t["status"] = "已关闭（甲方代修，扣质保金）"
        mark(t, "warranty_by_contractor")
    t = rng.choice([t for t in inside_done() if t["label"].startswith(("装修", "水电"))] or inside_done())
    t["label"] = "综合(多处)"
    t["desc"] = "卧室墙面开裂、卫生间门框变形等多处问题"
    mark(t, "component")
    t = rng.choice(inside_done())
    t["repair"] = t["complaint"] - timedelta(days=rng.randint(6, 20), minutes=rng.randint(0, 300))
    mark(t, "complaint-warranty_repair")

    # numbering: by complaint time; one number entered twice (the second ticket re-used the first's number)
    for k, t in enumerate(tickets):
        t["no"] = f"HJKF-{t['complaint']:%y%m}-{k + 101:04d}"
    pair = rng.choice([k for k in range(1, len(tickets)) if tickets[k]["inj"] is None and tickets[k - 1]["inj"] is None
                       and free(tickets[k]) and free(tickets[k - 1])])
    tickets[pair]["no"] = tickets[pair - 1]["no"]
    tickets[pair]["inj"] = "case_number"
    tickets[pair - 1]["inj"] = "trap"

    rows = []
    for t in tickets:
        if t["phase"] == "滨江府一期":
            inj.append((t["no"], "filing_15_days"))
        if t["phase"] == "云著商业街":
            inj.append((t["no"], "warranty_certificate_issued"))
        if t["inj"] not in (None, "trap"):
            inj.append((t["no"], t["inj"]))
        if "desc" not in t:
            t["desc"] = rng.choice(_L5_COMPONENTS[t["label"]][1])
        dispatch = _plus(rng, t["received"], 0.3, 6) if t["judged"] or t["status"].startswith("挂起") else None
        visit = _cut(_plus(rng, t["repair"], 20, 72)) if t["repair"] and t["inj"] != "complaint-warranty_repair" \
            else None
        building = rng.randint(1, 18)
        rows.append({
            "报修单号": t["no"],
            "报修时间": t["complaint"],
            "受理时间": t["received"],
            "报修渠道": pick(rng, [("400热线", 5), ("微信小程序", 4), ("物业转单", 3), ("现场接待", 1)]),
            "业主姓名": t["owner"],
            "联系电话": mobile(rng),
            "项目分期": t["phase"],
            "房号": f"{building}-{rng.randint(1, 3)}-{rng.randint(2, 26)}{rng.randint(1, 4):02d}"
                  if t["phase"] != "云著商业街" else f"商{rng.randint(1, 3)}-{rng.randint(101, 128)}",
            "报修部位": t["label"],
            "问题描述": t["desc"],
            "保修判定": t["judged"],
            "派单时间": _cut(dispatch),
            "维修单位": t["by"],
            "维修完成时间": t["repair"],
            "回访时间": visit,
            "回访结果": pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)]) if visit else "",
            "工单状态": t["status"],
            "客服专员": rng.choice(clerks),
            "竣工报告日期": _midnight(t["report"]),
            "竣工验收日期": _midnight(t["accepted"]),
            "竣工备案日期": _midnight(t["filed"]),
            "保修书编号": t["cert"],
            "延保约定": "延长保修" if t["longer"] else "标准保修",
            "事故发生时间": t["accident"],
            "事故等级": t.get("grade", ""),
            "报住建局时间": t.get("report_auth"),
        })

    contractor_units = sorted({p[1] for p in phases} | {waterproof_sub, fitout_sub})
    hand = {
        "procedure": "l5-construction-quality-regulation",
        "sheet": "导出",
        "columns": {
            "报修单号": "case_number",
            "报修时间": "complaint_at",
            "受理时间": "received_at",
            "报修部位": "component",
            "保修判定": "within_warranty",
            "维修单位": "warranty_repair_by",
            "维修完成时间": "warranty_repair_at",
            "竣工报告日期": "submit_completion_report_at",
            "竣工验收日期": "completion_accepted_at",
            "竣工备案日期": "filing_at",
            "保修书编号": "warranty_certificate",
            "延保约定": "warranty_agreed_longer",
            "事故发生时间": "accident_at",
            "事故等级": "major_accident",
            "报住建局时间": "accident_report_at",
        },
        "values": {
            "component": {**{k: v[0] for k, v in _L5_COMPONENTS.items()},
                          _L5_ACCIDENT[0]: "pipes_installation_fitout"},
            "within_warranty": {"保内": "yes", "保外": "no"},
            "warranty_agreed_longer": {"延长保修": "yes", "标准保修": "no"},
            "major_accident": {"一般": "no", "较大": "no"},
        },
        "roles": {**{u: "contractor" for u in contractor_units}, developer_shop: "developer"},
    }
    return rows, hand


# --- 251: L6, a provincial telecom user appeal centre (申诉业务管理系统) ------------------------------------------

def _slash_date(t):
    return f"{t.year}/{t.month}/{t.day}"


def _slash(t):
    return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"


_L6_CATEGORIES = [
    # 系统里的申诉类型, 制度的类别, 权重, 申诉请求, 事实与理由
    ("资费/计费", "fee_dispute", 5, "退还多收费用", "账单中出现未使用的流量费、漫游费，营业厅不予退还"),
    ("增值业务扣费", "fee_dispute", 4, "退订并退还扣费", "未经本人同意开通视频彩铃等增值业务并按月扣费"),
    ("套餐及营销", "other", 3, "按办理时承诺的套餐执行", "合约到期后套餐被自动续约，宣传与实际不符"),
    ("携号转网", "other", 2, "解除携转限制", "申请携号转网被告知存在未到期合约，无法办理"),
    ("网络质量", "other", 3, "解决信号问题或无责解约", "住处室内无信号，多次报修未解决"),
    ("宽带装移机", "other", 2, "按约定时间装机", "宽带办理后超过约定期限仍未上门安装"),
    ("服务质量", "other", 2, "营业员道歉并处理", "营业厅拒绝为老年用户办理销户"),
]
_L6_OPERATORS = [
    ("中国移动通信集团江苏有限公司南京分公司", "南京市鼓楼区虎踞路59号"),
    ("中国联合网络通信有限公司苏州市分公司", "苏州市姑苏区人民路1088号"),
    ("中国电信股份有限公司无锡分公司", "无锡市梁溪区人民中路232号"),
    ("中国广电江苏网络有限公司常州分公司", "常州市天宁区延陵西路56号"),
    ("中国移动通信集团江苏有限公司徐州分公司", "徐州市泉山区中山南路108号"),
]
_L6_PLACES = [("南京市鼓楼区中山北路", "210009"), ("苏州市吴中区东吴北路", "215128"), ("无锡市滨湖区太湖大道", "214072"),
              ("常州市新北区太湖东路", "213022"), ("徐州市鼓楼区淮海东路", "221005"), ("南通市崇川区工农路", "226001")]


def e251_l6_appeal_centre_register(rng, injected=None):
    """某省电信用户申诉受理中心的申诉登记台账，“申诉业务管理系统”导出的 CSV（GB18030）。

    每件申诉一行。时间写成 2025/3/4 9:05，只有日期的列写成 2025/3/4。

    读制度 YAML 之前写下的表头（按35号令第九至十四条和湖北省通信管理局网页的时限设想申诉中心会登记的）：
    申诉单号、申诉日期、收件时间、来件方式、申诉人、联系电话、联系地址、邮编、被申诉单位、申诉类型、事项发生日期、
    申诉请求、事实与理由、是否已向企业投诉、企业投诉日期、企业答复情况、企业答复日期、对企业处理结果、受理结论、
    结论日期、不予受理理由、承办人、答复申诉人日期、处理结果、办结状态。

    读过制度 YAML 后补的列：书面材料编号（申诉书存档号）、被申诉单位地址、申诉人为当事人、被申诉人明确、
    请求及事实具体（第十条的立案审查勾选）、已和解并履行、重复申诉、司法仲裁消协已处理、材料补齐日期。

    注入的违规（按规则 id 计数，共 17）：decide_5_working_days 3（两件第6至9个工作日才作结论，一件至今未作结论）、
    reply_30_days 2（一件第30日后才答复，一件受理后逾期未答复）、fee_dispute_over_5_months 2、
    settled_by_executed_agreement 1、already_handled_by_appeal_body 1、fails_article_10_conditions 1 与
    tell_user_to_complain_first 1（同一件：未向企业投诉却受理）、ask_prior_complaint 1（未记录是否已向企业投诉）、
    reject_reason_given 1、written_form 1（电话登记，没有书面申诉材料）、record_postcode 1、category 1（申诉类型
    “未分类”）、complain_to_operator-operator_reply 1（企业答复日期早于投诉日期）。

    陷阱：清明、五一前收件的，结论恰在第5个工作日（跨假期）；30日答复期限最后一日落在五一假期，假后第一个工作日答复；
    事后补齐材料的，答复晚于收件30日但在补齐后30日内；收费争议恰满5个月（不算超过）受理；其他申诉事项发生已20个月受理；
    6月受理、尚未到答复期限的未办结申诉；收费超期、已和解、重复申诉、消协已处理、非当事人代申诉、未先向企业投诉的，均依规不予受理
    或告知先向企业投诉并写明理由。
    """
    inj = injected if injected is not None else []
    taken: set = set()
    staff = distinct_names(rng, 5, taken)
    n = 48
    people = distinct_names(rng, n, taken)
    lo, hi = date(2025, 1, 6), date(2025, 6, 27)
    days = sorted(_workday_on_or_after(_rand_day(rng, lo, hi)) for _ in range(n - 2))
    days += [date(2025, 4, 2), date(2025, 4, 29)]        # traps across 清明 and 五一
    days = sorted(min(x, date(2025, 6, 27)) for x in days)

    cases = []
    for k, day in enumerate(days):
        cat = pick(rng, [(c, c[2]) for c in _L6_CATEGORIES])
        op = rng.choice(_L6_OPERATORS)
        place = rng.choice(_L6_PLACES)
        receive = _at(rng, day, 8.6, 17.3).replace(second=0)
        appeal = day - timedelta(days=pick(rng, [(0, 5), (1, 2), (2, 2), (3, 1)]))
        replied = rng.random() < 0.75
        if replied:
            op_reply = appeal - timedelta(days=rng.randint(1, 12))
            op_complaint = op_reply - timedelta(days=rng.randint(1, 13))
        else:
            op_reply = None
            op_complaint = appeal - timedelta(days=rng.randint(16, 40))
        back = rng.randint(0, 60) if cat[1] == "fee_dispute" else rng.randint(0, 240)
        incident = op_complaint - timedelta(days=back)
        cases.append({
            "k": k, "cat": cat, "op": op, "place": place, "receive": receive, "appeal": appeal,
            "complained": "是", "op_complaint": op_complaint, "op_reply": op_reply,
            "handled": "已答复" if replied else "未答复", "satisfaction": "不满意" if replied else "",
            "incident": incident, "settled": "否", "repeat": "否", "elsewhere": "否",
            "party": "是", "named": "是", "concrete": "是",
            "outcome": "受理", "reason": "", "materials": None, "written": True, "postcode": True, "inj": [],
            "name": people[k], "staff": rng.choice(staff),
        })

    def free(c, lo_day=date(2025, 1, 6), hi_day=date(2025, 5, 20)):
        return not c["inj"] and c.get("trap") is None and lo_day <= c["receive"].date() <= hi_day

    def choose(lo_day=date(2025, 1, 6), hi_day=date(2025, 5, 20), cond=lambda c: True):
        c = rng.choice([c for c in cases if free(c, lo_day, hi_day) and cond(c)])
        return c

    for c in cases:
        if c["receive"].date() in (date(2025, 4, 2), date(2025, 4, 29)):
            c["trap"] = "holiday"

    def no_prior(c):
        c["complained"], c["op_complaint"], c["op_reply"], c["handled"], c["satisfaction"] = "否", None, None, "", ""

    # rightly not accepted / referred back to the operator (not violations)
    c = choose(cond=lambda c: c["cat"][1] == "fee_dispute")
    c["incident"] = _add_months(c["appeal"], -7) - timedelta(days=rng.randint(0, 20))
    c["op_complaint"] = c["incident"] + timedelta(days=rng.randint(100, 150))
    if c["op_reply"] is not None:
        c["op_reply"] = c["op_complaint"] + timedelta(days=rng.randint(2, 10))
    c["outcome"], c["reason"], c["trap"] = "不予受理", "收费争议，事项发生距申诉已超过五个月（第十一条（一））", "ok"
    c = choose()
    c["settled"], c["outcome"], c["reason"], c["trap"] = "是", "不予受理", "已与企业达成和解协议并已执行", "ok"
    c = choose()
    c["repeat"], c["outcome"], c["reason"], c["trap"] = "是", "不予受理", "同一事项本中心已于前次申诉办结", "ok"
    c = choose()
    c["elsewhere"], c["outcome"], c["reason"], c["trap"] = "是", "不予受理", "消费者协会已受理调解", "ok"
    c = choose()
    c["party"], c["outcome"], c["reason"], c["trap"] = "否", "不予受理", "代亲属申诉，未提供机主授权，非直接利害关系人", "ok"
    for _ in range(3):
        c = choose(hi_day=date(2025, 6, 20))
        no_prior(c)
        c["outcome"], c["reason"], c["trap"] = "告知先向企业投诉", "未向被申诉企业投诉，已告知先行投诉", "ok"
    c = choose(cond=lambda c: c["cat"][1] == "fee_dispute" and c["appeal"].day <= 28)
    c["incident"] = _add_months(c["appeal"], -5)                              # exactly five months: still in time
    c["op_complaint"] = c["incident"] + timedelta(days=rng.randint(40, 90))
    if c["op_reply"] is not None:
        c["op_reply"] = c["op_complaint"] + timedelta(days=rng.randint(2, 10))
    c["trap"] = "ok"
    c = choose(cond=lambda c: c["cat"][1] == "other")
    c["incident"] = _add_months(c["appeal"], -20)
    c["trap"] = "ok"
    for c in rng.sample([c for c in cases if free(c) and c["outcome"] == "受理"], 3):
        c["materials"] = c["receive"] + timedelta(days=rng.randint(8, 14), hours=rng.randint(-3, 3))
        c["materials"] = _workday_on_or_after(c["materials"].date())
        c["materials"] = _at(rng, c["materials"], 9, 17)
        c["trap"] = "materials"

    # violations
    def hit(c, rule):
        c["inj"].append(rule)

    for _ in range(2):
        c = choose(cond=lambda c: c["cat"][1] == "fee_dispute")
        c["incident"] = _add_months(c["appeal"], -6) - timedelta(days=rng.randint(3, 60))
        c["op_complaint"] = c["incident"] + timedelta(days=rng.randint(150, 170))
        if c["op_reply"] is not None:
            c["op_reply"] = c["op_complaint"] + timedelta(days=rng.randint(2, 8))
        hit(c, "fee_dispute_over_5_months")
    c = choose()
    c["settled"] = "是"
    hit(c, "settled_by_executed_agreement")
    c = choose()
    c["repeat"] = "是"
    hit(c, "already_handled_by_appeal_body")
    c = choose()
    no_prior(c)
    hit(c, "fails_article_10_conditions")
    hit(c, "tell_user_to_complain_first")
    c = choose()
    c["complained"], c["op_complaint"], c["op_reply"], c["handled"], c["satisfaction"] = "", None, None, "", ""
    hit(c, "ask_prior_complaint")
    c = choose()
    c["repeat"], c["outcome"] = "是", "不予受理"
    hit(c, "reject_reason_given")
    c = choose()
    c["written"] = False
    hit(c, "written_form")
    c = choose()
    c["postcode"] = False
    hit(c, "record_postcode")
    c = choose()
    c["cat"] = ("未分类", None, 0, c["cat"][3], c["cat"][4])
    hit(c, "category")
    c = choose(cond=lambda c: c["op_reply"] is not None)
    c["op_reply"] = c["op_complaint"] - timedelta(days=rng.randint(2, 6))
    hit(c, "complain_to_operator-operator_reply")

    late_decide = []
    for k in range(3):
        june = [c for c in cases if free(c, date(2025, 6, 2), date(2025, 6, 20))]
        c = choose() if k < 2 else rng.choice(june) if june else choose(date(2025, 5, 21), date(2025, 6, 20))
        hit(c, "decide_5_working_days")
        late_decide.append(c)
    late_reply = []
    for k in range(2):
        c = choose() if k == 0 else choose(date(2025, 3, 1), date(2025, 5, 20))
        hit(c, "reply_30_days")
        late_reply.append(c)

    # decisions and replies
    for c in cases:
        rday = c["receive"].date()
        if c.get("trap") == "holiday":
            dday = nth_workday_after(rday, 5)
        elif c in late_decide[:2]:
            dday = nth_workday_after(rday, rng.randint(6, 9))
        else:
            dday = nth_workday_after(rday, pick(rng, [(1, 4), (2, 4), (3, 3), (4, 2), (5, 1)]))
        decide = _at(rng, dday, 9, 17.5)
        if decide <= c["receive"]:
            decide = c["receive"] + timedelta(minutes=rng.randint(40, 120))
        if c is late_decide[2]:
            decide = None
        if decide is not None and decide > CUTOFF:
            if nth_workday_after(rday, 5) > date(2025, 6, 30):
                decide = None                       # not yet decided, and not yet due
            else:
                decide = max(c["receive"] + timedelta(minutes=30), _at(rng, date(2025, 6, 30), 8.6, 11.8))
        c["decide"] = decide
        if decide is None:
            c["outcome"], c["reason"] = "", ""
        c["reply"] = None
        if c["outcome"] == "受理":
            base = c["materials"] or c["receive"]
            if c.get("trap") == "holiday" and rday == date(2025, 4, 2):
                reply = datetime(2025, 5, 6, rng.randint(9, 16), rng.randint(0, 59))   # due day 05-02 falls in 五一
            elif c is late_reply[0]:
                due = _workday_on_or_after(base.date() + timedelta(days=30))
                reply = _at(rng, _workday_on_or_after(due + timedelta(days=rng.randint(1, 8))), 9, 17)
            elif c is late_reply[1]:
                reply = None
            elif c.get("trap") == "materials":     # later than 30 days after receipt, inside 30 days after 补齐
                span = (c["materials"].date() - rday).days
                reply = _at(rng, _workday_on_or_after(rday + timedelta(days=rng.randint(31, span + 26))), 9, 17.5)
            else:
                reply = _at(rng, _workday_on_or_after(base.date() + timedelta(days=rng.randint(10, 28))), 9, 17.5)
            if reply is not None and c["decide"] is not None and reply < c["decide"] + timedelta(days=1):
                reply = _at(rng, nth_workday_after(c["decide"].date(), rng.randint(1, 3)), 9, 17.5)
            if reply is not None and reply > CUTOFF:
                if _workday_on_or_after(base.date() + timedelta(days=30)) <= date(2025, 6, 30):
                    reply = _at(rng, date(2025, 6, 30), 8.6, 11.8)     # due by the export: replied that morning
                else:
                    reply = None                                        # still open, not yet due
            c["reply"] = reply

    cases.sort(key=lambda c: c["receive"])
    rows = []
    for k, c in enumerate(cases):
        no = f"SS{c['receive']:%y%m}{k + 1:03d}"
        for rule in c["inj"]:
            inj.append((no, rule))
        if c["reply"]:
            status, result = "已办结", pick(rng, [("调解成功，企业退费", 4), ("调解成功，企业按约履行", 2),
                                                   ("调解不成，告知其他途径", 1)])
        elif c["outcome"] == "受理":
            status, result = "调解中", ""
        elif c["outcome"]:
            status, result = "已办结", ""
        else:
            status, result = "待审查", ""
        street, postcode = c["place"]
        rows.append({
            "申诉单号": no,
            "申诉日期": _slash_date(c["appeal"]),
            "收件时间": _slash(c["receive"]),
            "来件方式": "电话登记" if not c["written"] else pick(rng, [("网站", 6), ("信函", 2), ("传真", 1)]),
            "书面材料编号": f"WS{c['receive']:%Y%m%d}{rng.randint(10, 99)}" if c["written"] else "",
            "申诉人": c["name"],
            "联系电话": mobile(rng),
            "联系地址": f"{street}{rng.randint(1, 300)}号{rng.randint(1, 30)}幢{rng.randint(101, 2604)}室",
            "邮编": postcode if c["postcode"] else "",
            "被申诉单位": c["op"][0],
            "被申诉单位地址": c["op"][1],
            "申诉类型": c["cat"][0],
            "事项发生日期": _slash_date(c["incident"]),
            "申诉请求": c["cat"][3],
            "事实与理由": c["cat"][4],
            "是否已向企业投诉": c["complained"],
            "企业投诉日期": _slash_date(c["op_complaint"]) if c["op_complaint"] else "",
            "企业答复情况": c["handled"],
            "企业答复日期": _slash_date(c["op_reply"]) if c["op_reply"] else "",
            "对企业处理结果": c["satisfaction"],
            "申诉人为当事人": c["party"],
            "被申诉人明确": c["named"],
            "请求及事实具体": c["concrete"],
            "已和解并履行": c["settled"],
            "重复申诉": c["repeat"],
            "司法仲裁消协已处理": c["elsewhere"],
            "材料补齐日期": _slash(c["materials"]) if c["materials"] else "",
            "受理结论": c["outcome"],
            "结论日期": _slash(c["decide"]) if c["decide"] else "",
            "不予受理理由": c["reason"],
            "承办人": c["staff"],
            "答复申诉人日期": _slash(c["reply"]) if c["reply"] else "",
            "处理结果": result,
            "办结状态": status,
        })

    hand = {
        "procedure": "l6-telecom-user-appeals-2016",
        "encoding": "gb18030",
        "columns": {
            "申诉单号": "case_number",
            "申诉日期": "appeal_at",
            "收件时间": "receive_at",
            "书面材料编号": "written_appeal",
            "申诉人": "complainant",
            "联系电话": "contact_phone",
            "联系地址": "address",
            "邮编": "postcode",
            "被申诉单位": "respondent_name",
            "被申诉单位地址": "respondent_address",
            "申诉类型": "category",
            "事项发生日期": "incident_at",
            "申诉请求": "demand",
            "事实与理由": "grounds",
            "是否已向企业投诉": "complained_to_operator",
            "企业投诉日期": "complain_to_operator_at",
            "企业答复情况": "operator_handled",
            "企业答复日期": "operator_reply_at",
            "对企业处理结果": "satisfaction",
            "申诉人为当事人": "direct_interest",
            "被申诉人明确": "respondent_identified",
            "请求及事实具体": "specific_request",
            "已和解并履行": "settlement_executed",
            "重复申诉": "handled_by_appeal_body",
            "司法仲裁消协已处理": "handled_elsewhere",
            "材料补齐日期": "all_materials_received_at",
            "结论日期": "decide_at",
            "不予受理理由": "reject_reason",
            "答复申诉人日期": "reply_at",
        },
        "values": {
            "category": {c[0]: c[1] for c in _L6_CATEGORIES},
            "complained_to_operator": {"是": "yes", "否": "no"},
            "operator_handled": {"已答复": "yes", "未答复": "no"},
            "satisfaction": {"满意": "satisfied", "不满意": "unsatisfied"},
            "direct_interest": {"是": "yes", "否": "no"},
            "respondent_identified": {"是": "yes", "否": "no"},
            "specific_request": {"是": "yes", "否": "no"},
            "settlement_executed": {"是": "yes", "否": "no"},
            "handled_by_appeal_body": {"是": "yes", "否": "no"},
            "handled_elsewhere": {"是": "yes", "否": "no"},
        },
        "outcomes": {
            "受理结论": {"date": "结论日期", "steps": {"受理": "accept", "告知先向企业投诉": "refer_to_operator"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("250-l5-developer-warranty-tickets.xlsx", "xlsx", e250_l5_developer_warranty_tickets),
    ("251-l6-appeal-centre-register.csv", "gb18030", e251_l6_appeal_centre_register),
]
