"""Starter-profile benchmark exports 264-265 (set 45b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 264 265    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, slash


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _note(injected, case_number, rule):
    if injected is not None:
        injected.append((case_number, rule))


def _duplicate(rng, rows, key, free, injected, rule, k):
    """k later rows re-use an earlier row's number (a re-keyed or re-imported complaint); both rows stay free of
    other injections so that each finding belongs to one injection."""
    for _ in range(k):
        first, second = sorted(rng.sample(sorted(free), 2))
        free -= {first, second}
        rows[second][key] = rows[first][key]
        _note(injected, rows[first][key], rule)


# --- 264: a Changan Suzuki dealer's DMS complaint ledger ----------------------------------------------------------

_S46_ISSUES = [
    # (投诉类型, 问题描述, 级别 as the dealer grades it, weight, a quality problem that may go to 特案)
    ("服务态度", "接待顾问态度冷淡，交车时未说明维修项目", "", 10, False),
    ("服务态度", "预约到店后等候超过两小时无人接待", "", 6, False),
    ("维修质量", "更换刹车片后仍有异响，制动距离变长", "A级", 4, True),
    ("维修质量", "同一漏油问题第三次返修仍未解决", "A级", 4, True),
    ("维修质量", "保养后机油格渗油", "", 6, False),
    ("维修时效", "事故车钣喷超过承诺交车日期十天", "", 6, False),
    ("配件供应", "变速箱阀体缺件，等件超过一个月", "", 5, True),
    ("产品质量", "行驶中发动机突然熄火", "A级", 3, True),
    ("产品质量", "安全气囊故障灯常亮", "A级", 3, True),
    ("产品质量", "超出保修期一个月变速箱顿挫，要求免费更换总成", "A级", 3, True),
    ("产品质量", "空调不制冷，压缩机更换后复发", "", 4, True),
    ("收费争议", "首保收取了手册外的项目费用", "", 6, False),
    ("收费争议", "维修结算金额高于报价单", "", 4, False),
    ("销售承诺", "购车时承诺的装潢礼包未兑现", "", 5, False),
    ("销售承诺", "客户要求退车，称车辆为库存翻新车", "A级", 2, False),
    ("媒体曝光", "客户在汽车之家论坛发帖曝光保修被拒", "B级", 3, True),
    ("媒体曝光", "客户联系本地电视台反映变速箱问题处理不满", "B级", 2, True),
    ("客户堵门", "客户拉横幅堵门要求赔偿误工费", "A级", 2, False),
]

_S46_MODELS = ["维特拉", "锋驭", "启悦", "天语SX4", "骁途", "雨燕", "北斗星X5"]
_S46_SOURCES = [("厂家客户中心转派", 30), ("400热线", 20), ("到店投诉", 25), ("电话投诉", 15), ("网络平台", 6),
                ("12315转办", 4)]
_S46_DEPTS = {"服务态度": "售后服务部", "维修质量": "售后服务部", "维修时效": "钣喷车间", "配件供应": "配件部",
              "产品质量": "技术服务组", "收费争议": "售后服务部", "销售承诺": "销售部", "媒体曝光": "客户关系部",
              "客户堵门": "客户关系部"}
_S46_PLANS = {"服务态度": ["赔礼道歉，约谈接待顾问并通报", "赠送一次免费保养"],
              "维修质量": ["免费返修并赠送一次保养", "更换配件并延保一年", "协调厂家技术支持远程诊断"],
              "维修时效": ["提供代步车并减免部分工时费", "赔礼道歉，赠送工时券500元"],
              "配件供应": ["紧急调件，等件期间提供代步车", "协调厂家技术支持远程诊断"],
              "产品质量": ["更换总成，按保修政策处理", "协调厂家技术支持远程诊断", "更换配件并延保一年"],
              "收费争议": ["退还多收费用并赔礼道歉", "核对结算单，解释收费依据"],
              "销售承诺": ["补发装潢礼包", "销售经理上门致歉，赠送保养券"],
              "媒体曝光": ["与客户协商删帖，按政策维修", "厂家区域经理介入，达成和解"],
              "客户堵门": ["报警协调，协商补偿误工费", "厂家区域经理介入，达成和解"]}


def e264_s46_suzuki_dealer_dms_complaints(rng, injected=None):
    """S46 长安铃木经销商 DMS「客户投诉管理」模块导出，XLSX（工作表“导出”），日期为日期单元格。

    机构与系统：一家长安铃木 4S 店（经销服务商）的 DMS 客户投诉台账，记录厂家客户中心转派和本店自收的投诉，
    含厂家定义的 A/B 级、特案保修申请及其审批部门、善意补偿金额、回访。
    读制度 YAML 之前写下的表头：投诉单号、接诉时间、投诉来源、客户姓名、手机号、车型、车架号、行驶里程、投诉类型、
    投诉级别、问题描述、责任部门、处理人、处理方案、特案保修、善意补偿(元)、结案日期、回访日期、回访满意度、有效投诉。
    读过制度 YAML 后补的列：特案审批部门（谁批准特案结算）。
    注入的违规（按规则 id 计数，共 16）：severity 4（C级、待定级、A/B 级别之外的写法）、special_case_warranty 3
    （特案保修写“待研判”“待定”）、special_case_by_tech_support 5（已申请特案，审批部门写厂家客户中心或本店服务经理）、
    case_number 4（后录的单子重复使用已有单号）。
    陷阱：普通投诉投诉级别留空；特案审批部门两种写法（长安铃木技术支持系、厂家技术支持）都是技术支持系；
    未申请特案的单子审批部门栏填了本店服务经理（不适用）；善意补偿有金额但未申请特案（特别理赔，不是特案）；
    同一客户两次投诉，单号不同。
    """
    n = 46
    taken: set = set()
    customers = distinct_names(rng, n, taken)
    handlers = distinct_names(rng, 7, taken)
    days = sorted(_rand_day(rng, date(2025, 1, 3), date(2025, 6, 27)) for _ in range(n))
    weighted = [(issue, issue[3]) for issue in _S46_ISSUES]
    rows, quality_rows, plain_rows = [], [], []
    per_day: dict = {}
    for i, d in enumerate(days):
        kind, text, level, _, quality = pick(rng, weighted)
        per_day[d] = per_day.get(d, 0) + 1
        number = f"TS{d:%Y%m%d}{per_day[d]:03d}"
        received = _at(rng, d, 8.5, 18.5)
        closed = _cut(received + timedelta(days=rng.randint(1, 20), hours=rng.randint(0, 6)))
        callback = _cut(closed + timedelta(days=rng.randint(1, 4))) if closed else None
        special = "未申请"
        approver = ""
        goodwill = ""
        if quality and rng.random() < 0.55:
            special = "已申请"
            approver = rng.choice(["长安铃木技术支持系", "厂家技术支持"])
        elif rng.random() < 0.15:
            goodwill = rng.choice([200, 300, 500, 800])
        rows.append({
            "投诉单号": number,
            "接诉时间": received,
            "投诉来源": "12315转办" if level == "A级" and rng.random() < 0.2 else pick(rng, _S46_SOURCES),
            "客户姓名": customers[i],
            "手机号": mobile(rng),
            "车型": rng.choice(_S46_MODELS),
            "车架号": "LS4ASB" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(11)),
            "行驶里程(km)": rng.randint(800, 98000),
            "投诉类型": kind,
            "投诉级别": level,
            "问题描述": text,
            "责任部门": _S46_DEPTS[kind],
            "处理人": rng.choice(handlers),
            "处理方案": rng.choice(_S46_PLANS[kind]) if closed else "",
            "特案保修": special,
            "特案审批部门": approver,
            "善意补偿(元)": goodwill,
            "结案日期": datetime(closed.year, closed.month, closed.day) if closed else None,
            "回访日期": datetime(callback.year, callback.month, callback.day) if callback else None,
            "回访满意度": pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)]) if callback else "",
            "有效投诉": pick(rng, [("是", 6), ("否", 4)]) if closed else "",
        })
        (quality_rows if special == "已申请" else plain_rows).append(i)

    # the same customer complains again later under a new number (trap: not a duplicate)
    rows[-3]["客户姓名"], rows[-3]["手机号"] = rows[5]["客户姓名"], rows[5]["手机号"]
    # a dealer service manager's name in the approver column of a case with no special-case claim (trap)
    free_plain = set(plain_rows) - {5, n - 3}
    trap = rng.choice(sorted(free_plain))
    rows[trap]["特案审批部门"] = "本店服务经理"
    free_plain.discard(trap)

    free = set(range(n)) - {5, n - 3, trap}
    # special case claimed, approval recorded by somebody other than the technical support section
    wrong = rng.sample(sorted(set(quality_rows) & free), 5)
    for i, who in zip(wrong, ["厂家客户中心", "本店服务经理", "厂家客户中心", "本店服务经理", "厂家客户中心"]):
        rows[i]["特案审批部门"] = who
        _note(injected, rows[i]["投诉单号"], "special_case_by_tech_support")
    free -= set(wrong)
    # a level outside A/B
    for i, value in zip(rng.sample(sorted(free), 4), ["C级", "待定级", "C级", "A/B"]):
        rows[i]["投诉级别"] = value
        free.discard(i)
        _note(injected, rows[i]["投诉单号"], "severity")
    # the special-case box neither yes nor no
    for i, value in zip(rng.sample(sorted(free & free_plain), 3), ["待研判", "待定", "待研判"]):
        rows[i]["特案保修"] = value
        free.discard(i)
        _note(injected, rows[i]["投诉单号"], "special_case_warranty")
    _duplicate(rng, rows, "投诉单号", free, injected, "case_number", 4)

    hand = {
        "procedure": "s46-changan-suzuki-dealer-complaints",
        "sheet": "导出",
        "columns": {
            "投诉单号": "case_number",
            "投诉级别": "severity",
            "特案保修": "special_case_warranty",
            "特案审批部门": "special_case_authorised_by",
        },
        "values": {
            "severity": {"A级": "a", "B级": "b"},
            "special_case_warranty": {"已申请": True, "未申请": False},
            "special_case_authorised_by": {
                "长安铃木技术支持系": "tech_support",
                "厂家技术支持": "tech_support",
                "厂家客户中心": "customer_center",
                "本店服务经理": "dealer",
            },
        },
    }
    return rows, hand


# --- 265: a Taiwanese-invested equipment maker's OA complaint form ------------------------------------------------

_S6_CUSTOMERS = ["蘇州宏達精工", "無錫永昌塑膠", "昆山聯泰電子", "常州佳信五金", "嘉興華新紡織", "寧波凱盛模具",
                 "南通瑞豐食品", "上海銘洋印刷", "蕪湖遠東汽配", "揚州晶華光電", "太倉德興化工", "吳江鴻運包裝"]
_S6_PRODUCTS = ["KA-37 螺桿空壓機", "KA-55 螺桿空壓機", "DR-20 冷乾機", "DR-45 冷乾機", "FT-08 精密過濾器",
                "VS-22 變頻空壓機", "年度保養合約", "管路改造工程"]
_S6_ISSUES = [
    # (客訴類別, 客訴內容, 承辦單位, 嚴重 weight)
    ("產品品質", "新機試車排氣溫度過高跳機", "品保課", 3),
    ("產品品質", "冷乾機露點偏高，用氣端有水", "品保課", 2),
    ("產品品質", "過濾器濾芯破損，下游管路污染", "品保課", 4),
    ("產品品質", "變頻器報警停機，產線停線4小時", "品保課", 6),
    ("技術服務", "保養後油氣分離器滲油", "技術服務課", 2),
    ("技術服務", "工程師未按約定時間到場", "技術服務課", 1),
    ("技術服務", "維修後一週內同一故障復發", "技術服務課", 4),
    ("技術服務", "保養報告未交付，客戶無法稽核", "技術服務課", 1),
    ("交期", "備品延遲交貨兩週", "業務課", 2),
    ("交期", "新機交期延後影響客戶擴產", "業務課", 4),
    ("包裝運輸", "機台運輸途中外殼變形", "倉儲課", 2),
    ("帳務", "保養合約請款金額與報價不符", "業務課", 1),
]
_S6_CHANNELS = [("E-mail", 34), ("電話", 28), ("傳真", 7), ("客訴函", 11), ("口頭(現場)", 20)]


def e265_s6_tw_equipment_oa_complaint_forms(rng, injected=None):
    """S6 一家台資空壓設備廠（產品＋技術服務）的 OA「客訴處理單」清單匯出，CSV（UTF-8 帶 BOM），繁體表頭，
    日期寫作 2025/3/4 9:05。

    機構與系統：廠內 OA 的客訴處理單流程，業務或技術服務人員收件建單，品保課/技術服務課承辦，課長或經理核決。
    讀制度 YAML 之前寫下的表頭：客訴單號、收件日期、客戶名稱、聯絡人、聯絡電話、反映方式、產品型號、生產批號、
    客訴類別、客訴內容、客訴等級、承辦單位、承辦人、原因分析、處理對策、退貨數量、回覆期限、結案日期、核決人、
    逾期說明、追蹤改善。
    讀過制度 YAML 後補的列：無（制度只需要單號、反映方式、等級，清單都有）。
    注入的違規（按規則 id 計數，共 15）：channel 5（反映方式寫“其他”“不詳”）、severity 5（客訴等級寫“待判定”
    “未評”）、case_number 5（重送流程的單子沿用原單號）。
    陷阱：反映方式“傳真”“客訴函”是書面、“口頭(現場)”“電話”是口頭；同一客戶同日兩張單，單號不同；
    重開案件沿用原單號加“R”後綴，不是重號；未結案的單沒有結案日期與對策。
    """
    n = 52
    taken: set = set()
    contacts = distinct_names(rng, 20, taken)
    owners = {"品保課": distinct_names(rng, 3, taken), "技術服務課": distinct_names(rng, 4, taken),
              "業務課": distinct_names(rng, 2, taken), "倉儲課": distinct_names(rng, 1, taken)}
    approvers = distinct_names(rng, 3, taken)
    contact_of = {c: rng.choice(contacts) for c in _S6_CUSTOMERS}
    phone_of = {c: mobile(rng) for c in _S6_CUSTOMERS}
    days = sorted(_rand_day(rng, date(2025, 1, 6), date(2025, 6, 27)) for _ in range(n))
    weighted = [(issue, 5) for issue in _S6_ISSUES]
    per_month: dict = {}
    rows = []
    for d in days:
        kind, text, unit, serious_weight = pick(rng, weighted)
        per_month[(d.year, d.month)] = per_month.get((d.year, d.month), 0) + 1
        number = f"KS-{d:%y%m}{per_month[(d.year, d.month)]:03d}"
        received = _at(rng, d, 8, 17.5)
        serious = rng.random() < serious_weight / 12
        due = received + timedelta(days=3 if serious else 7)
        closed = _cut(_at(rng, received.date() + timedelta(days=rng.randint(1, 12)), 8.5, 18))
        customer = rng.choice(_S6_CUSTOMERS)
        product = rng.choice(_S6_PRODUCTS[:6]) if kind in ("產品品質", "包裝運輸") else rng.choice(_S6_PRODUCTS)
        late = closed is not None and closed > due
        rows.append({
            "客訴單號": number,
            "收件日期": slash(received),
            "客戶名稱": customer,
            "聯絡人": contact_of[customer],
            "聯絡電話": phone_of[customer],
            "反映方式": pick(rng, _S6_CHANNELS),
            "產品型號": product,
            "生產批號": f"{rng.choice('ABC')}{d:%y%m}{rng.randint(1, 40):02d}" if "合約" not in product
            and "工程" not in product else "",
            "客訴類別": kind,
            "客訴內容": text,
            "客訴等級": "嚴重" if serious else "一般",
            "承辦單位": unit,
            "承辦人": rng.choice(owners[unit]),
            "原因分析": rng.choice(["來料不良", "裝配作業疏失", "保養作業未依SOP", "設計裕度不足", "物流包裝不足",
                                  "排程失誤"]) if closed else "",
            "處理對策": rng.choice(["更換不良件並加嚴進料檢驗", "派員重新保養並複訓", "免費延保半年", "補發備品並調整排程",
                                  "修改設計變更通知", "折讓並更正請款"]) if closed else "",
            "退貨數量": rng.randint(1, 3) if kind == "產品品質" and closed and rng.random() < 0.3 else 0,
            "回覆期限": slash(due),
            "結案日期": slash(closed) if closed else "",
            "核決人": rng.choice(approvers) if closed else "",
            "逾期說明": rng.choice(["待料", "客戶停機排程", "原廠分析中"]) if late else "",
            "追蹤改善": pick(rng, [("已改善", 5), ("追蹤中", 3), ("", 1)]) if closed else "",
        })

    # trap: one customer sends two forms on the same day, each with its own number
    a = next(i for i in range(8, n - 1) if days[i] == days[i + 1])
    for key in ("客戶名稱", "聯絡人", "聯絡電話"):
        rows[a + 1][key] = rows[a][key]
    # trap: a reopened complaint gets its old number with an R suffix
    rows[a + 20]["客訴單號"] = rows[a + 10]["客訴單號"] + "R"

    free = set(range(n)) - {a, a + 1, a + 10, a + 20}
    for i, value in zip(rng.sample(sorted(free), 5), ["其他", "不詳", "其他", "其他", "不詳"]):
        rows[i]["反映方式"] = value
        free.discard(i)
        _note(injected, rows[i]["客訴單號"], "channel")
    for i, value in zip(rng.sample(sorted(free), 5), ["待判定", "未評", "待判定", "待判定", "未評"]):
        rows[i]["客訴等級"] = value
        free.discard(i)
        _note(injected, rows[i]["客訴單號"], "severity")
    _duplicate(rng, rows, "客訴單號", free, injected, "case_number", 5)

    hand = {
        "procedure": "s6-general-serious-complaints",
        "columns": {
            "客訴單號": "case_number",
            "反映方式": "channel",
            "客訴等級": "severity",
        },
        "values": {
            "channel": {"E-mail": "written", "傳真": "written", "客訴函": "written", "電話": "oral",
                        "口頭(現場)": "oral"},
            "severity": {"一般": "general", "嚴重": "serious"},
        },
    }
    return rows, hand


EXPORTS = [
    ("264-s46-suzuki-dealer-dms-complaints.xlsx", "xlsx", e264_s46_suzuki_dealer_dms_complaints),
    ("265-s6-tw-equipment-oa-complaint-forms.csv", "utf-8-sig", e265_s6_tw_equipment_oa_complaint_forms),
]
