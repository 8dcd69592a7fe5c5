"""Starter-profile benchmark exports 222-223 (set 38b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 222 223    # or with no numbers: every export

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
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=21):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=rng.randint(0, 59), microsecond=0)


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _workday_on_or_after(d):
    while not workday(d):
        d += timedelta(days=1)
    return d


def e222_s6_tiptop_customer_complaints(rng, injected=None):
    """S6 客戶投訴管理制度 (一般性/嚴重性投訴): 昆山一家台資工控設備廠（伺服驅動器、溫控儀、PLC 模組、人機介面），
    鼎新 Tiptop ERP 的「客訴管理」作業，品保部每月匯出到 Excel（工作表「导出」）。表頭是繁體（台方系統），
    日期是 Excel 日期格（只記日期，不記時刻）；客訴單號按公司的表單編號原則：CS + 年(2) + 月(2) + "-" + 流水號(3)。

    读制度 YAML 之前写下的表头（只读了种子 S6 原文）：
      客訴單號、客訴日期、客戶代號、客戶名稱、反映方式（書面函件 / 電話 / E-mail / 傳真 / 客戶來訪 / 業務拜訪口述）、
      客訴類別、嚴重度（一般 / 嚴重）、產品料號、品名、批號、客訴數量、客訴內容、業務承辦、品保擔當、責任單位、
      調查結果、改善對策、是否退貨、退貨數量、核決主管、回覆客戶日期、結案日期、處理天數、逾期否、狀態
    读过制度 YAML 后补的列：無（規則只讀案件編號、投訴渠道、投訴等級，三者上面都已有）。

    注入的违规（按规则 id 计数，共 14）：
      channel 5（反映方式「其他」「不明」：不是書面也不是口頭）、
      severity 5（嚴重度「待判定」「觀察中」「未分類」：不是一般性也不是嚴重性）、
      case_number 4（同月兩件客訴手工開成同一個單號）。
    陷阱（不是违规）：
      - 反映方式 E-mail、傳真（書面）和客戶來訪、業務拜訪口述（口頭）是公司自己的寫法，都對得上制度的兩種形式；
      - 一件結案後客戶再次反映的客訴重開為「原單號-R1」，與原單號不同，不算重號；
      - 6 月最後幾天新開、還在調查中的客訴，嚴重度尚未填（空白不是取值無效）；
      - 同一客戶同一批號在不同月份各有一件客訴（不同單號）。
    """
    taken: set = set()
    sales = distinct_names(rng, 5, taken)
    qa = distinct_names(rng, 3, taken)
    approvers = {"一般": "品保課長 " + distinct_names(rng, 1, taken)[0], "嚴重": "廠長 " + distinct_names(rng, 1, taken)[0]}
    customers = [("C0012", "蘇州華星電子有限公司"), ("C0031", "昆山宏達精密機械有限公司"), ("C0045", "無錫晶源光電科技有限公司"),
                 ("C0102", "寧波拓邦電器有限公司"), ("C0118", "東莞立昌精密工業有限公司"), ("C0127", "上海恒潤儀器有限公司"),
                 ("C0150", "常州天合機電設備有限公司"), ("C0163", "合肥藍橋自動化有限公司")]
    products = [("SD-200A", "伺服驅動器 2kW"), ("SD-075B", "伺服驅動器 750W"), ("TC-48N", "溫控儀 48×48"),
                ("EX-16R", "PLC擴展模組 16點繼電器"), ("HMI-7T", "7吋觸控人機介面"), ("VF-55E", "變頻器 5.5kW")]
    kinds = [("功能異常", 30), ("外觀不良", 18), ("包裝/標示錯誤", 10), ("數量短少", 8), ("交期延誤", 10), ("技術服務", 14),
             ("軟體/參數", 10)]
    content = {
        "功能異常": ["上電後報警E-07無法運轉", "通訊中斷，RS485無回應", "溫度顯示漂移約3℃", "繼電器輸出不動作", "觸控偏移無法校正"],
        "外觀不良": ["外殼刮傷", "面板印刷模糊", "端子台裂損", "螺絲生鏽"],
        "包裝/標示錯誤": ["標籤料號與實物不符", "外箱未貼批號", "說明書版本錯誤"],
        "數量短少": ["整箱少2台", "附件端子少配"],
        "交期延誤": ["較約定交期晚5天到貨", "分批出貨未事先通知"],
        "技術服務": ["現場調機工程師未按約到場", "技術支援回覆慢，產線停線半天", "參數設定指導有誤"],
        "軟體/參數": ["韌體版本與樣品不一致", "出廠參數未按客戶規格設定"],
    }
    findings = {"功能異常": "來料元件不良", "外觀不良": "搬運碰傷", "包裝/標示錯誤": "包裝作業員漏檢", "數量短少": "出貨點數錯誤",
                "交期延誤": "物料短缺致排程延後", "技術服務": "服務排程衝突", "軟體/參數": "燒錄站程式版本未更新"}
    actions = {"功能異常": "更換供應商批次並加嚴IQC", "外觀不良": "改用隔板包裝", "包裝/標示錯誤": "增設出貨前標示核對",
               "數量短少": "出貨稱重防呆", "交期延誤": "安全庫存上調", "技術服務": "增設值班工程師",
               "軟體/參數": "燒錄程式版本管控"}
    resp = {"功能異常": ["製造一課", "品保部", "資材部"], "外觀不良": ["製造二課", "品保部"], "包裝/標示錯誤": ["製造二課"],
            "數量短少": ["資材部"], "交期延誤": ["資材部", "生管課"], "技術服務": ["技術服務課"], "軟體/參數": ["工程部"]}
    channels = [("電話", 32), ("E-mail", 30), ("書面函件", 14), ("傳真", 5), ("客戶來訪", 9), ("業務拜訪口述", 10)]

    n = 44
    days = sorted(_workday_on_or_after(_rand_day(rng, date(2025, 1, 6), date(2025, 6, 26))) for _ in range(n - 2))
    days += [date(2025, 6, 27), date(2025, 6, 27)]         # two recent ones, still being investigated
    cases = []
    for k, d in enumerate(days):
        kind = pick(rng, kinds)
        level = pick(rng, [("一般", 78), ("嚴重", 22)])
        cust = rng.choice(customers)
        prod = rng.choice(products)
        made = d - timedelta(days=rng.randint(10, 75))
        lot = f"{made:%y%m%d}-{rng.randint(1, 9)}"
        qty = rng.choice([1, 2, 3, 5, 8, 10, 20, 50, 120]) if kind not in ("交期延誤", "技術服務") else None
        received = datetime(d.year, d.month, d.day)
        reply = _cut(received + timedelta(days=rng.randint(1, 4 if level == "嚴重" else 7)))
        close = _cut(received + timedelta(days=rng.randint(6, 32))) if reply else None
        recent = k >= n - 2
        if recent:
            reply = close = None
        limit = 7 if level == "嚴重" else 15
        returned = qty is not None and kind in ("功能異常", "外觀不良", "數量短少") and rng.random() < 0.5
        row = {
            "客訴單號": None,
            "客訴日期": received,
            "客戶代號": cust[0],
            "客戶名稱": cust[1],
            "反映方式": pick(rng, channels),
            "客訴類別": kind,
            "嚴重度": "" if recent else level,
            "產品料號": prod[0],
            "品名": prod[1],
            "批號": lot,
            "客訴數量": qty,
            "客訴內容": rng.choice(content[kind]),
            "業務承辦": rng.choice(sales),
            "品保擔當": rng.choice(qa),
            "責任單位": rng.choice(resp[kind]),
            "調查結果": findings[kind] if reply else "",
            "改善對策": actions[kind] if close else "",
            "是否退貨": "Y" if returned else "N",
            "退貨數量": (qty if returned else None),
            "核決主管": approvers[level] if close else "",
            "回覆客戶日期": reply,
            "結案日期": close,
            "處理天數": (close - received).days if close else None,
            "逾期否": ("Y" if (close - received).days > limit else "N") if close else "",
            "狀態": "已結案" if close else ("待客戶確認" if reply else "調查中"),
        }
        cases.append(row)

    # numbers: CS + yymm + "-" + serial within the month, in the order the complaints came in
    serial: dict = {}
    for row in cases:
        d = row["客訴日期"]
        key = (d.year, d.month)
        serial[key] = serial.get(key, 0) + 1
        row["客訴單號"] = f"CS{d.year % 100:02d}{d.month:02d}-{serial[key]:03d}"

    # trap: a closed complaint reopened the next month under the original number + "-R1"
    closed = [r for r in cases if r["狀態"] == "已結案" and r["結案日期"] < datetime(2025, 6, 5)]
    orig = rng.choice(closed)
    again = dict(orig)
    again_day = _workday_on_or_after((orig["結案日期"] + timedelta(days=rng.randint(8, 20))).date())
    again.update({"客訴單號": orig["客訴單號"] + "-R1", "客訴日期": datetime(again_day.year, again_day.month, again_day.day),
                  "客訴內容": orig["客訴內容"] + "（改善後再次發生）", "反映方式": "E-mail", "嚴重度": "嚴重",
                  "調查結果": "", "改善對策": "", "核決主管": "", "回覆客戶日期": None, "結案日期": None, "處理天數": None,
                  "逾期否": "", "狀態": "調查中"})
    reply = _cut(again["客訴日期"] + timedelta(days=rng.randint(1, 4)))
    if reply:
        again.update({"回覆客戶日期": reply, "調查結果": "前次對策未落實到二線", "狀態": "待客戶確認"})
    cases.append(again)
    # trap: the same customer's same lot complained about again in a later month (a new complaint, a new number)
    first = rng.choice([r for r in cases if r is not orig and r is not again and r["客訴日期"].month <= 3])
    second = rng.choice([r for r in cases if r is not orig and r is not again
                         and r["客訴日期"].month >= first["客訴日期"].month + 2])
    for h in ("客戶代號", "客戶名稱", "產品料號", "品名", "批號"):
        second[h] = first[h]
    cases.sort(key=lambda r: (r["客訴日期"], r["客訴單號"]))

    # injections, each on a different row; the reopened complaint, its original and the recent open ones stay clean
    free = [i for i, r in enumerate(cases)
            if r is not again and r is not orig and r["嚴重度"] != ""]
    rng.shuffle(free)
    found = []

    # duplicate numbers: a later complaint of the same month keyed with an earlier one's number
    dups = 0
    used: set = set()
    for i in free:
        if dups == 4:
            break
        if i in used:
            continue
        month = cases[i]["客訴日期"].month
        later_ones = [j for j in free if j > i and j not in used and cases[j]["客訴日期"].month == month]
        if not later_ones:
            continue
        j = rng.choice(later_ones)
        cases[j]["客訴單號"] = cases[i]["客訴單號"]
        used |= {i, j}
        found.append((cases[i]["客訴單號"], "case_number"))
        dups += 1
    rest = [i for i in free if i not in used]
    for i, bad in zip(rest[:5], ["其他", "不明", "其他", "不明", "其他"]):
        cases[i]["反映方式"] = bad
        found.append((cases[i]["客訴單號"], "channel"))
    for i, bad in zip(rest[5:10], ["待判定", "觀察中", "未分類", "待判定", "觀察中"]):
        cases[i]["嚴重度"] = bad
        found.append((cases[i]["客訴單號"], "severity"))
    if injected is not None:
        injected.extend(found)

    hand = {
        "procedure": "s6-general-serious-complaints",
        "sheet": "导出",
        "columns": {"客訴單號": "case_number", "反映方式": "channel", "嚴重度": "severity"},
        "values": {
            "channel": {"書面函件": "written", "E-mail": "written", "傳真": "written",
                        "電話": "oral", "客戶來訪": "oral", "業務拜訪口述": "oral"},
            "severity": {"一般": "general", "嚴重": "serious"},
        },
    }
    return cases, hand


def e223_s46_suzuki_customer_center_tickets(rng, injected=None):
    """S46 长安铃木 客户投诉处理管理办法: 长安铃木汽车客户中心的 CRM 投诉工单（400 热线、微信、网络、消协转办等渠道
    建单，派给经销商/服务商处理，客户中心回访结案）。运营支持科按月从 CRM 导出 CSV（GB18030），时间写作
    2025-03-04 09:05:33；工单编号 TS + 建单日期(8) + 当日流水(4)。

    读制度 YAML 之前写下的表头（只读了种子 S46 原文）：
      工单编号、建单时间、来源渠道、客户姓名、联系电话、车架号、车型、购车日期、行驶里程(km)、经销商代码、经销商名称、
      投诉类型、重点管控级别（A类 / B类 / 空）、问题描述、客户诉求、派单时间、经销商首次响应时间、处理措施、
      补偿方式（无 / 善意补偿 / 特案保修）、补偿金额(元)、结案时间、回访时间、回访结果、有效投诉判定、工单状态
    读过制度 YAML 后补的列：补偿审批部门（特案保修由谁授权结算；善意补偿也记在这一列）。

    注入的违规（按规则 id 计数，共 15）：
      special_case_by_tech_support 5（补偿方式为特案保修，审批部门却是客户关怀科、客户中心、区域服务经理、
        经销商售后经理，不是技术支持系）、
      severity 4（重点管控级别「待定级」「C类」「未评级」）、
      special_case_warranty 3（补偿方式「待评估」「待技术判定」：既不是特案也不是别的补偿）、
      case_number 3（经销商 DMS 回传时把另一张工单写成同一编号）。
    陷阱（不是违规）：
      - 善意补偿（特别理赔）由客户关怀科审批：只有特案保修须由技术支持系授权；
      - 技术支持系的不同写法（技术支持系、技术支持系-发动机组、技术支持系-底盘电器组）都是技术支持系；
      - 升级的 A类工单另开子工单「原编号-1」，编号不同，不算重号；
      - 普通投诉的重点管控级别为空（未列入重点管控），不是取值无效；
      - 6 月底新建、尚未处理完的工单补偿方式为空，不是取值无效。
    """
    taken: set = set()
    customers = distinct_names(rng, 60, taken)
    agents = distinct_names(rng, 6, taken)
    visitors = distinct_names(rng, 3, taken)
    dealers = [("CS21007", "重庆渝铃汽车销售服务有限公司"), ("CS23011", "成都锦铃汽车销售服务有限公司"),
               ("CS42003", "武汉汉铃汽车贸易有限公司"), ("CS43015", "长沙湘铃汽车销售服务有限公司"),
               ("CS32009", "南京宁铃汽车销售服务有限公司"), ("CS41006", "郑州豫铃汽车贸易有限公司"),
               ("CS61004", "西安秦铃汽车销售服务有限公司"), ("CS37012", "济南泉铃汽车销售服务有限公司")]
    models = ["维特拉", "骁途", "锋驭", "启悦", "新奥拓", "雨燕", "天语SX4"]
    channel_w = [("400热线", 52), ("官方微信", 16), ("官网留言", 8), ("经销商转报", 8), ("信函", 3),
                 ("网络媒体", 5), ("消协转办", 4), ("12315转办", 4)]
    kinds = [("产品质量", 34), ("维修质量", 20), ("服务态度", 14), ("配件供应", 12), ("销售服务", 10), ("保修政策", 10)]
    issues = {
        "产品质量": [("制动异响，踩刹车发抖", "A类"), ("安全气囊故障灯常亮", "A类"), ("行驶中发动机突然熄火", "A类"),
                     ("变速箱顿挫、换挡冲击", ""), ("空调不制冷", ""), ("车内异味", ""), ("机油消耗过快", "")],
        "维修质量": [("同一故障第三次返修仍未修好", "A类"), ("保养后漏油", ""), ("维修后出现新的异响", "")],
        "服务态度": [("前台接待态度差", ""), ("电话回访时工作人员推诿", ""), ("已在微博曝光服务站态度问题", "B类")],
        "配件供应": [("等配件超过30天", ""), ("更换配件非原厂件", "")],
        "销售服务": [("购车时承诺的赠品未兑现", ""), ("上牌拖延", ""), ("已联系本地电视台曝光加价提车", "B类")],
        "保修政策": [("超出保修期1个月的发动机故障要求免费维修", ""), ("要求更换变速箱总成", "A类"),
                     ("保修政策解释不满，已发帖曝光", "B类")],
    }
    wants = ["要求免费维修", "要求赔偿", "要求书面答复", "要求换车", "要求道歉", "要求尽快修复", "要求延长保修"]

    n = 50
    opened = sorted(_at(rng, _rand_day(rng, date(2025, 1, 3), date(2025, 6, 29)), 8.0, 20.5) for _ in range(n - 3))
    opened += [datetime(2025, 6, 29, 16, 12), datetime(2025, 6, 30, 9, 5), datetime(2025, 6, 30, 10, 47)]
    rows = []
    for t in opened:
        t = t.replace(second=rng.randint(0, 59))
        kind = pick(rng, kinds)
        problem, level = rng.choice(issues[kind])
        dealer = rng.choice(dealers)
        sent = _cut(_plus(rng, t, 0.2, 2.5))
        first = _cut(_plus(rng, sent, 0.3, 20)) if sent else None
        close = _cut(_plus(rng, first, 24, 24 * (18 if level else 9))) if first else None
        visit = _cut(_plus(rng, close, 2, 72)) if close else None
        if close is None:
            visit = None
        bought = t.date() - timedelta(days=rng.randint(60, 1500))
        comp, amount, approver = "", None, ""
        if close:
            comp = pick(rng, [("无", 62), ("善意补偿", 20), ("特案保修", 18)])
            if comp == "善意补偿":
                amount, approver = rng.choice([200, 300, 500, 800, 1000, 1500]), "客户关怀科"
            elif comp == "特案保修":
                amount = rng.choice([1200, 2680, 3500, 4800, 6200, 9800])
                approver = pick(rng, [("技术支持系", 50), ("技术支持系-发动机组", 25), ("技术支持系-底盘电器组", 25)])
        rows.append({
            "工单编号": None,
            "建单时间": iso(t),
            "来源渠道": pick(rng, channel_w) if level != "B类" else rng.choice(["网络媒体", "400热线"]),
            "客户姓名": customers[len(rows)],
            "联系电话": mobile(rng),
            "车架号": "LS5A3" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(4))
                      + str(rng.randint(0, 9)) + "S" + f"{rng.randint(0, 999999):06d}",
            "车型": rng.choice(models),
            "购车日期": bought.isoformat(),
            "行驶里程(km)": int((t.date() - bought).days * rng.uniform(12, 75)) // 10 * 10,
            "经销商代码": dealer[0],
            "经销商名称": dealer[1],
            "投诉类型": kind,
            "重点管控级别": level,
            "问题描述": problem,
            "客户诉求": rng.choice(wants),
            "受理坐席": rng.choice(agents),
            "派单时间": iso(sent) if sent else "",
            "经销商首次响应时间": iso(first) if first else "",
            "处理措施": (rng.choice(["检修后更换故障件", "技术专家到店诊断", "协商一致后结案", "道歉并内部处理相关人员",
                                   "提供代步车并加急订件"]) if close else ""),
            "补偿方式": comp,
            "补偿金额(元)": amount,
            "补偿审批部门": approver,
            "结案时间": iso(close) if close else "",
            "回访时间": iso(visit) if visit else "",
            "回访人": rng.choice(visitors) if visit else "",
            "回访结果": pick(rng, [("满意", 60), ("基本满意", 28), ("不满意", 12)]) if visit else "",
            "有效投诉判定": ("是" if kind in ("服务态度", "维修质量") and rng.random() < 0.7 else "否") if close else "",
            "工单状态": "已结案" if close else ("处理中" if first else "已派单" if sent else "新建"),
        })

    per_day: dict = {}
    for r in rows:
        d = r["建单时间"][:10].replace("-", "")
        per_day[d] = per_day.get(d, 0) + 1
        r["工单编号"] = f"TS{d}{per_day[d]:04d}"

    # trap: two escalated A-class tickets got a child ticket "<number>-1" for the manufacturer's technical follow-up
    parents = rng.sample([r for r in rows if r["重点管控级别"] == "A类" and r["工单状态"] == "已结案"], 2)
    for p in parents:
        child = dict(p)
        t = _plus(rng, datetime.fromisoformat(p["经销商首次响应时间"]), 2, 20)
        sent = _plus(rng, t, 0.1, 0.6)
        child.update({"工单编号": p["工单编号"] + "-1", "建单时间": iso(t), "来源渠道": "经销商转报",
                      "派单时间": iso(sent), "经销商首次响应时间": iso(_plus(rng, sent, 0.5, 3)),
                      "问题描述": p["问题描述"] + "（技术支持跟进）", "客户诉求": p["客户诉求"],
                      "补偿方式": "无", "补偿金额(元)": None, "补偿审批部门": ""})
        rows.append(child)
    rows.sort(key=lambda r: r["建单时间"])

    special = [i for i, r in enumerate(rows) if r["补偿方式"] == "特案保修"]
    keep = {i for i, r in enumerate(rows) if r in parents or r["工单编号"].endswith("-1")}
    found = []
    rng.shuffle(special)
    wrong_by = ["客户关怀科", "客户中心", "区域服务经理", "经销商售后经理", "客户关怀科"]
    routed = [i for i in special if i not in keep][:5]
    for i, who in zip(routed, wrong_by):
        rows[i]["补偿审批部门"] = who
        found.append((rows[i]["工单编号"], "special_case_by_tech_support"))
    free = [i for i, r in enumerate(rows) if i not in keep and i not in routed]
    rng.shuffle(free)
    level_rows = free[:4]
    for i, bad in zip(level_rows, ["待定级", "C类", "未评级", "C类"]):
        rows[i]["重点管控级别"] = bad
        found.append((rows[i]["工单编号"], "severity"))
    comp_rows = [i for i in free[4:] if rows[i]["工单状态"] == "已结案" and rows[i]["补偿方式"] != "特案保修"][:3]
    for i, bad in zip(comp_rows, ["待评估", "待技术判定", "待评估"]):
        rows[i].update({"补偿方式": bad, "补偿金额(元)": None, "补偿审批部门": ""})
        found.append((rows[i]["工单编号"], "special_case_warranty"))
    taken_rows = set(level_rows) | set(comp_rows)
    # duplicate numbers: the later of two tickets of the same month came back from a dealer DMS with the earlier one's
    spare = [i for i in free if i not in taken_rows]
    dups = 0
    for i in spare:
        if dups == 3:
            break
        month = rows[i]["建单时间"][:7]
        later_ones = [j for j in spare if j > i and rows[j]["建单时间"][:7] == month and j not in taken_rows]
        if i in taken_rows or not later_ones:
            continue
        j = rng.choice(later_ones)
        rows[j]["工单编号"] = rows[i]["工单编号"]
        taken_rows |= {i, j}
        found.append((rows[i]["工单编号"], "case_number"))
        dups += 1
    if injected is not None:
        injected.extend(found)

    hand = {
        "procedure": "s46-changan-suzuki-dealer-complaints",
        "columns": {"工单编号": "case_number", "重点管控级别": "severity", "补偿方式": "special_case_warranty",
                    "补偿审批部门": "special_case_authorised_by"},
        "values": {
            "severity": {"A类": "a", "B类": "b"},
            "special_case_warranty": {"特案保修": True, "善意补偿": False, "无": False},
        },
        "roles": {"技术支持系": "tech_support", "技术支持系-发动机组": "tech_support", "技术支持系-底盘电器组": "tech_support",
                  "客户关怀科": "customer_center", "客户中心": "customer_center", "经销商售后经理": "dealer"},
    }
    return rows, hand


EXPORTS = [
    ("222-s6-tiptop-customer-complaints.xlsx", "xlsx", e222_s6_tiptop_customer_complaints),
    ("223-s46-suzuki-customer-center-tickets.csv", "gb18030", e223_s46_suzuki_customer_center_tickets),
]
