"""Starter-profile benchmark exports 290-291 (set forty-ninth, c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 290 291    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _slash(t):
    """The CRM's own spelling: 2025/4/3 9:05 (no leading zeros on month, day, hour)."""
    return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}" if t else ""


def _office_time(d, rng, first=8, last=18):
    """A time of day inside the office hours of date d, whole minutes."""
    return datetime(d.year, d.month, d.day, rng.randint(first, last - 1), rng.randrange(0, 60))


def _next_workday_time(t, rng, days_lo, days_hi, first=8, last=18):
    """A moment some working days after t, during office hours."""
    d = t.date()
    k = rng.randint(days_lo, days_hi)
    while k:
        d += timedelta(days=1)
        k -= workday(d)
    return _office_time(d, rng, first, last)


def e290_s46_changan_suzuki_crm(rng, injected=None):
    """长安铃木汽车公司客户中心“客户关系管理系统（CRM）—投诉工单”模块导出的全国经销商/服务商投诉工单明细，
    CSV（GB18030，客户中心在 Excel 中打开），每张工单一行；时间写作系统默认的 2025/4/3 9:05（不补零）。
    客户中心受理后派单给经销商/服务商处理，特案保修的申请和审批结果由服务商在 DMS 中提交、同步回 CRM。

    读制度 YAML 之前写下的表头（只读了 S46 种子 004“一、目的及适用围”起的原文）：工单编号、投诉渠道、受理时间、
    派单时间、经销商代码、经销商/服务商名称、客户姓名、联系电话、车型、VIN码、行驶里程(km)、投诉类型、投诉级别、
    重大投诉类别、是否有效投诉、投诉描述、处理方式、特案申请单号、补偿金额(元)、结案时间、回访结果、客服专员、工单状态。

    读过制度 YAML 后补的列：是否特案（“是否申请特案保修结算”，路由规则的条件；原先只有特案申请单号，单号空着
    说不清是未申请还是漏填）、特案审批单位（“特案保修授权处理部门”，路由规则读取的列）。

    注入的违规（按规则 id 计数，共 15）：special_case_by_tech_support 6（特案保修由客户中心 2、区域服务经理 2、
    服务商自批 1、质量部 1 审批，不是技术支持系）、severity 3（投诉级别写“待定”2、“A/B”1，工单已派出多日）、
    special_case_warranty 3（是否特案写“待确认”2、“不清楚”1）、case_number 3（客户再次来电后同一工单二次派单，
    导出中同一工单编号出现两行）。

    陷阱：善意补偿（特别理赔）由客户中心或区域服务经理审批、是否特案为“否”——不是特案保修，路由规则不适用；
    特案“申请中”、审批单位还空着（技术支持系尚未批复）——条件成立但审批单位为空，不算审批部门不符；
    特案审批单位写“售后技术支持系”“技术支持系”两种写法，都是技术支持系；投诉级别“普通”是 A、B 级以外的
    一般投诉（B 级定义本身就说“在一般投诉性质基础上”），映射为空白，不算取值无效；一张工单的追加工单编号带“-1”后缀，
    看着像重复编号而不是；截至导出时点仍在处理中、没有结案时间的工单。
    """
    taken: set = set()
    n_cases = 49
    kinds = (["route_bad"] * 6 + ["special_ok"] * 7 + ["special_pending"] * 2 + ["goodwill"] * 4 +
             ["scw_bad"] * 3 + ["sev_bad"] * 3)
    kinds += ["normal"] * (n_cases - len(kinds))
    rng.shuffle(kinds)
    bad_auth = ["客户中心", "客户中心", "区域服务经理", "区域服务经理", "服务商自批", "质量部"]
    rng.shuffle(bad_auth)
    bad_sev = ["待定", "待定", "A/B"]
    rng.shuffle(bad_sev)
    bad_scw = ["待确认", "待确认", "不清楚"]
    rng.shuffle(bad_scw)

    dealers = [
        ("HB0231", "襄阳恒远长铃汽车销售服务有限公司"), ("CQ0107", "重庆渝北长安铃木特约服务站"),
        ("SC0415", "成都锦城铃木汽车销售服务有限公司"), ("HN0320", "郑州宏通汽车贸易有限公司"),
        ("JS0512", "南京宁铃汽车服务有限公司"), ("GD0733", "佛山顺铃汽车销售服务有限公司"),
        ("SD0618", "济南泉铃汽车销售有限公司"), ("ZJ0246", "杭州之江铃木汽车服务有限公司"),
    ]
    models = ["锋驭", "启悦", "维特拉", "骁途", "天语SX4", "雨燕", "北斗星X5", "奥拓"]
    channels = [("客户中心热线", 50), ("客户中心系统", 12), ("网络", 10), ("电子邮件", 6), ("传真", 2),
                ("媒体", 3), ("信件", 2), ("口头（到店）", 5)]
    issues = {
        "产品质量": ["发动机异响，怠速抖动明显", "变速箱换挡冲击，3挡升4挡顿挫", "空调不制冷，已修两次未好",
                 "天窗漏水，雨天副驾驶脚垫湿", "刹车异响，低速制动有金属摩擦声", "仪表盘故障灯常亮",
                 "机油消耗过快，每5000公里需补1升", "转向助力时有时无"],
        "服务态度": ["服务顾问态度生硬，不解释维修项目", "预约后到店仍等待3小时", "接车员推诿，说不是保修范围"],
        "维修技术": ["更换水泵后仍漏水，返修第三次", "保养后发动机故障灯亮", "钣喷色差明显，要求重做"],
        "配件供应": ["左前大灯总成缺货一个月", "变速箱控制单元等件超过20天"],
        "销售服务": ["交车时承诺的赠品未兑现", "购车发票开具延误"],
    }
    major_types = ["⑧涉及人身安全（制动）", "⑧涉及人身安全（转向）", "⑧涉及人身安全（发动机突然熄火）",
                   "②安全气囊", "③达不到换车条件要求换车", "⑥要求更换变速箱总成", "⑦投诉到消协",
                   "①车辆火灾"]
    staff = distinct_names(rng, 6, taken)
    customers = distinct_names(rng, n_cases, taken)

    # receive dates, spread over March - June 2025, sorted
    day0 = date(2025, 3, 3)
    span = (date(2025, 6, 29) - day0).days
    days = sorted(day0 + timedelta(days=rng.randrange(span + 1)) for _ in range(n_cases))

    received_at = sorted(_office_time(d, rng, 8, 20) for d in days)   # the hotline answers 8:00-20:00 every day

    rows = []
    numbers_by_day: dict = {}
    cases = []
    for i, (kind, received) in enumerate(zip(kinds, received_at)):
        d = received.date()
        seq = numbers_by_day.get(d, 0) + 1
        numbers_by_day[d] = seq
        number = f"TS{d:%Y%m%d}{seq:03d}"
        dispatched = received + timedelta(minutes=rng.randint(10, 150))
        if dispatched.hour >= 20:
            dispatched = (dispatched + timedelta(days=1)).replace(hour=8, minute=rng.randint(30, 59))
        if kind in ("route_bad", "special_ok", "special_pending", "scw_bad"):
            itype = "产品质量"
        elif kind == "goodwill":
            itype = pick(rng, [("产品质量", 3), ("维修技术", 2), ("服务态度", 1)])
        else:
            itype = pick(rng, [("产品质量", 5), ("服务态度", 2), ("维修技术", 2), ("配件供应", 1), ("销售服务", 1)])
        text = rng.choice(issues[itype])
        dealer = rng.choice(dealers)
        model = rng.choice(models)
        mileage = rng.randint(3000, 160000) if kind not in ("route_bad", "special_ok", "special_pending") \
            else rng.randint(62000, 150000)   # special cases are out of warranty
        # severity: A / B / ordinary
        channel = pick(rng, channels)
        if kind == "sev_bad":
            level = bad_sev.pop()
        elif itype == "产品质量":
            level = pick(rng, [("A级", 3), ("B级", 2), ("普通", 7)])
        else:
            level = pick(rng, [("B级", 1), ("普通", 4)])
        if channel == "媒体" and level == "普通":      # a complaint taken to the media is at least B
            level = "B级"
        major = rng.choice(major_types) if level == "A级" else ""
        valid = "是" if itype in ("服务态度", "维修技术", "销售服务") else pick(rng, [("否", 4), ("是", 1)])
        special, special_no, auth, method, amount = "否", "", "", "", ""
        if kind == "route_bad":
            special, auth, method = "是", bad_auth.pop(), "特案保修"
        elif kind == "special_ok":
            special, auth, method = "是", pick(rng, [("技术支持系", 3), ("售后技术支持系", 2)]), "特案保修"
        elif kind == "special_pending":
            special, auth, method = ("申请中" if not any(c["kind"] == "special_pending" for c in cases) else "是"), \
                "", "特案保修"
        elif kind == "scw_bad":
            special, method = bad_scw.pop(), pick(rng, [("特案保修", 1), ("正常保修", 1)])
        elif kind == "goodwill":
            auth, method = pick(rng, [("客户中心", 1), ("区域服务经理", 1)]), "善意补偿"
            amount = rng.choice([300, 500, 800, 1000, 1500, 2000])
        else:
            method = {"产品质量": pick(rng, [("正常保修", 5), ("解释说明", 2)]), "服务态度": "致歉并整改",
                      "维修技术": "返修", "配件供应": "协调调件", "销售服务": "协调兑现"}[itype]
        if method == "特案保修" and special not in ("否",):
            special_no = f"TA{dealer[0][:2]}{d:%y%m}{rng.randint(100, 999)}"
            amount = rng.choice([1200, 1800, 2600, 3500, 4200, 6800])

        open_case = kind == "special_pending" or d >= date(2025, 6, 20) and rng.random() < 0.6
        closed = None
        if not open_case:
            closed = _next_workday_time(dispatched, rng, 2, 15, 9, 18)
            if closed > CUTOFF:
                closed = None
        status = "已结案" if closed else pick(rng, [("处理中", 3), ("待回访", 1)])
        if status == "已结案":
            visit = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)])
        else:
            visit = ""
        cases.append({"kind": kind, "number": number})
        row = {
            "工单编号": number,
            "投诉渠道": channel,
            "受理时间": _slash(received),
            "派单时间": _slash(dispatched),
            "经销商代码": dealer[0],
            "经销商/服务商名称": dealer[1],
            "客户姓名": customers[i],
            "联系电话": mobile(rng),
            "车型": model,
            "VIN码": "LS5A3" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) +
                     "".join(rng.choice("0123456789") for _ in range(8)),
            "行驶里程(km)": mileage,
            "投诉类型": itype,
            "投诉级别": level,
            "重大投诉类别": major,
            "是否有效投诉": valid,
            "投诉描述": text,
            "处理方式": method,
            "是否特案": special,
            "特案申请单号": special_no,
            "特案审批单位": auth,
            "补偿金额(元)": amount,
            "结案时间": _slash(closed),
            "回访结果": visit,
            "客服专员": rng.choice(staff),
            "工单状态": status,
        }
        rows.append(row)
        if injected is not None:
            if kind == "route_bad":
                injected.append((number, "special_case_by_tech_support"))
            elif kind == "sev_bad":
                injected.append((number, "severity"))
            elif kind == "scw_bad":
                injected.append((number, "special_case_warranty"))

    # three tickets dispatched a second time after the customer called again: the CRM lists the ticket twice
    normal_idx = [i for i, c in enumerate(cases) if c["kind"] == "normal" and rows[i]["工单状态"] == "已结案"]
    redo = sorted(rng.sample(normal_idx[:-4], 3))
    extra = []
    for i in redo:
        r = dict(rows[i])
        first = datetime.strptime(r["派单时间"], "%Y/%m/%d %H:%M")
        again = _next_workday_time(first, rng, 1, 3, 9, 17)
        r["派单时间"] = _slash(again)
        r["投诉渠道"] = "客户中心热线"
        r["投诉描述"] = r["投诉描述"] + "（客户再次来电催办）"
        extra.append((again, r))
        if injected is not None:
            injected.append((r["工单编号"], "case_number"))
    # and one follow-up ticket with its own number (parent number plus "-1"): not a duplicate
    follow = rng.choice([i for i, c in enumerate(cases) if c["kind"] == "normal" and i not in redo and
                         rows[i]["工单状态"] == "已结案" and i < n_cases - 6])
    r = dict(rows[follow])
    first = datetime.strptime(r["派单时间"], "%Y/%m/%d %H:%M")
    again = _next_workday_time(first, rng, 5, 8, 9, 17)
    r.update({"工单编号": r["工单编号"] + "-1", "派单时间": _slash(again), "受理时间": _slash(again - timedelta(minutes=40)),
              "投诉描述": "同一问题再次投诉：" + r["投诉描述"], "投诉渠道": "客户中心热线", "是否有效投诉": "是",
              "结案时间": _slash(min(CUTOFF, _next_workday_time(again, rng, 2, 6, 9, 18))), "回访结果": "满意",
              "工单状态": "已结案"})
    extra.append((again, r))

    def key(row):
        return datetime.strptime(row["派单时间"], "%Y/%m/%d %H:%M")
    rows = sorted(rows + [r for _, r in extra], key=key)

    hand = {
        "procedure": "s46-changan-suzuki-dealer-complaints",
        "encoding": "gb18030",
        "columns": {
            "工单编号": "case_number",
            "投诉级别": "severity",
            "是否特案": "special_case_warranty",
            "特案审批单位": "special_case_authorised_by",
        },
        "values": {
            "severity": {"A级": "a", "B级": "b", "普通": ""},
            "special_case_warranty": {"是": True, "否": False, "申请中": True},
        },
        "roles": {
            "技术支持系": "tech_support",
            "售后技术支持系": "tech_support",
            "客户中心": "customer_center",
            "服务商自批": "dealer",
        },
    }
    return rows, hand


_T = str.maketrans(
    "吴邓叶卢黄兰蒋伟涛强郑红杰艳刚国庆华冯罗张许丽苏晓东孙陈刘杨赵马韩谢钟吕钱邹陆顾龙万贺汤乔赖龚军辉静飞鹏宁凤兴荣宝贵云颖帅萧",
    "吳鄧葉盧黃蘭蔣偉濤強鄭紅傑艷剛國慶華馮羅張許麗蘇曉東孫陳劉楊趙馬韓謝鍾呂錢鄒陸顧龍萬賀湯喬賴龔軍輝靜飛鵬寧鳳興榮寶貴雲穎帥蕭")


def e291_s6_tw_equipment_register(rng, injected=None):
    """台灣一家自動化檢測設備製造商（產品與到場技術服務）品保部維護的「客訴處理登記表」，Excel 活頁簿（XLSX），
    每件客訴一列；立案日期、處理期限、結案日期是 Excel 日期儲存格（只有日期）。繁體中文，部門與取值是公司自己的說法。

    读制度 YAML 之前写下的表头（只读了 S6 种子 000“1. 總則”一段原文）：客訴單號（表單編號原則：CC-年月+流水號）、
    立案日期、客戶名稱、客戶聯絡人、聯絡電話、反映方式、產品/服務項目、料號、訂單編號、出貨日期、客訴內容、
    客訴類別、責任單位、原因分析、處理對策、退貨數量、處理期限、結案日期、處理狀態、核決主管、備註。

    读过制度 YAML 后补的列：无（制度只有投诉形式（书面/口头）和投诉分类（一般性/严重性）两个字段，
    “反映方式”“客訴類別”两列原本就有）。

    注入的违规（按规则 id 计数，共 14）：channel 5（反映方式写“業務轉達”3、“不詳”1、“其他”1，说不出是书面还是口头）、
    severity 5（已結案的客訴類別仍写“待評估”3、“未定”1、“一般/嚴重”1）、case_number 4（同一客訴單號更新進度時
    另起一列，登記表中出現兩列）。

    陷阱：反映方式用具体媒介记录（電話、拜訪面談→口头；E-mail、傳真、客訴函、LINE訊息→书面），都能对上；
    客訴類別写“重大”的是严重性投诉；最近几天立案、尚在调查中的客訴類別空白（尚未判定，不算取值无效）；
    CC-2505xx 与 CC-2504xx 流水号相同、月份不同，不是重复单号；仍在處理中的客訴沒有結案日期。
    """
    taken: set = set()
    n_cases = 42
    kinds = ["ch_bad"] * 5 + ["sev_bad"] * 5 + ["sev_major"] * 2
    kinds += ["normal"] * (n_cases - len(kinds))
    rng.shuffle(kinds)
    for j in (n_cases - 2, n_cases - 1):           # the newest cases stay ordinary (not yet classified)
        if kinds[j] != "normal":
            k = kinds.index("normal")
            kinds[j], kinds[k] = kinds[k], kinds[j]
    bad_ch = ["業務轉達", "業務轉達", "業務轉達", "不詳", "其他"]
    rng.shuffle(bad_ch)
    bad_sev = ["待評估", "待評估", "待評估", "未定", "一般/嚴重"]
    rng.shuffle(bad_sev)
    customers = ["台積精密股份有限公司", "宏曜光電股份有限公司", "聯鋒半導體股份有限公司", "晶豐電子股份有限公司",
                 "大立科技股份有限公司", "佳承電機工業股份有限公司", "信邦塑膠工業股份有限公司", "永捷汽車零件股份有限公司",
                 "昇陽材料科技股份有限公司", "華瀚電路板股份有限公司", "東元紡織股份有限公司", "和碩醫材股份有限公司"]
    items = [("AOI-5200 自動光學檢測機", "EQ-5200-01", "產品"), ("VT-80 視覺定位模組", "MD-0080-03", "產品"),
             ("LC-12 線性控制器", "CT-0012-02", "產品"), ("PS-300 壓力感測模組", "SN-0300-05", "產品"),
             ("設備安裝調機", "SV-INST", "技術服務"), ("年度定期保養", "SV-PM", "技術服務"),
             ("操作教育訓練", "SV-TRN", "技術服務"), ("現場故障維修", "SV-RPR", "技術服務")]
    issues_prod = ["檢測誤判率偏高，良品被判NG", "開機後觸控螢幕無反應", "來料外箱破損、機台外觀刮傷",
                   "控制器通訊中斷，每日當機二至三次", "感測值漂移超出規格±0.5%", "出貨數量與訂單不符，短少2台",
                   "光源模組亮度不足", "軟體版本與合約不符"]
    issues_svc = ["工程師到場時間延誤兩天", "調機後產能未達合約約定之每小時1,200片", "保養後機台異音",
                  "教育訓練講師無法回答操作問題", "維修報價未事先告知", "工程師態度不佳"]
    units = [("品保部", 4), ("製造部", 3), ("技術服務課", 4), ("業務部", 2), ("研發部", 2), ("資材課", 1)]
    channels_ok = [("電話", 8), ("E-mail", 9), ("傳真", 2), ("客訴函", 3), ("拜訪面談", 3), ("LINE訊息", 3)]
    managers = [n.translate(_T) for n in distinct_names(rng, 4, taken)]
    contacts = {c: (n.translate(_T), f"0{rng.choice(['2', '3', '4', '6', '7'])}-{rng.randint(2000000, 8999999)}")
                for c, n in zip(customers, distinct_names(rng, len(customers), taken))}

    day0 = date(2025, 3, 3)
    span = (date(2025, 6, 27) - day0).days
    days = sorted(day0 + timedelta(days=rng.randrange(span + 1)) for _ in range(n_cases))
    # registered on working days only (the register is kept by 品保部 office staff)
    days = sorted(d if d.weekday() < 5 else d + timedelta(days=7 - d.weekday()) for d in days)

    rows = []
    serial: dict = {}
    open_left = 2   # the two newest cases are still being investigated, not yet classified
    for i, (kind, d) in enumerate(zip(kinds, days)):
        ym = (d.year % 100, d.month)
        serial[ym] = serial.get(ym, 0) + 1
        number = f"CC-{ym[0]:02d}{ym[1]:02d}{serial[ym]:02d}"
        item = rng.choice(items)
        content = rng.choice(issues_prod if item[2] == "產品" else issues_svc)
        newest = i >= n_cases - open_left
        if kind == "ch_bad":
            channel = bad_ch.pop()
        else:
            channel = pick(rng, channels_ok)
        if kind == "sev_bad":
            level = bad_sev.pop()
        elif kind == "sev_major":
            level = "重大"
        elif newest:
            level = ""
        else:
            level = pick(rng, [("一般", 4), ("嚴重", 1)])
        deadline = d + timedelta(days=14 if level in ("嚴重", "重大") else 7)
        if newest:
            closed, status = None, "調查中"
        else:
            closed = d + timedelta(days=rng.randint(3, 25))
            while closed.weekday() >= 5:
                closed += timedelta(days=1)
            if closed >= CUTOFF.date():
                closed, status = None, "處理中"
            else:
                status = "已結案"
        if kind == "sev_bad" and status != "已結案":      # an unclassified case should at least be closed
            closed = d + timedelta(days=rng.randint(3, 8))
            while closed.weekday() >= 5:
                closed += timedelta(days=1)
            status = "已結案"
        qty = rng.randint(1, 6) if item[2] == "產品" and rng.random() < 0.35 else 0
        cust = rng.choice(customers)
        row = {
            "客訴單號": number,
            "立案日期": datetime(d.year, d.month, d.day),
            "客戶名稱": cust,
            "客戶聯絡人": contacts[cust][0],
            "聯絡電話": contacts[cust][1],
            "反映方式": channel,
            "產品/服務項目": item[0],
            "料號": item[1],
            "訂單編號": f"SO{d.year % 100}{rng.randint(1, 12):02d}{rng.randint(1000, 9999)}",
            "出貨日期": datetime(d.year, d.month, d.day) - timedelta(days=rng.randint(10, 120)),
            "客訴內容": content,
            "客訴類別": level,
            "責任單位": pick(rng, units) if not newest else "",
            "原因分析": "" if newest else rng.choice(["作業員未依SOP組裝", "供應商來料不良", "出貨檢驗漏檢",
                                                      "軟體參數設定錯誤", "客戶端使用環境溫度過高", "派工排程不當",
                                                      "非本公司責任（客戶操作不當）"]),
            "處理對策": "" if newest else rng.choice(["更換不良品", "到場重新調機", "軟體更新至最新版",
                                                      "補出貨並加強出貨檢驗", "退貨重工", "提供8D報告",
                                                      "加強教育訓練", "說明並致歉"]),
            "退貨數量": qty,
            "處理期限": datetime(deadline.year, deadline.month, deadline.day),
            "結案日期": datetime(closed.year, closed.month, closed.day) if closed else None,
            "處理狀態": status,
            "核決主管": rng.choice(managers),
            "備註": "",
        }
        rows.append(row)
        if injected is not None:
            if kind == "ch_bad":
                injected.append((number, "channel"))
            elif kind == "sev_bad":
                injected.append((number, "severity"))

    # four cases were updated by adding a new line with the same 客訴單號 instead of editing the first one
    candidates = [i for i, r in enumerate(rows) if r["處理狀態"] == "已結案" and
                  r["客訴類別"] in ("一般", "嚴重") and r["反映方式"] in dict(channels_ok)]
    redo = sorted(rng.sample(candidates, 4))
    out = []
    for i, r in enumerate(rows):
        if i in redo:
            first = dict(r)
            first["處理狀態"] = "追蹤中"
            first["結案日期"] = None
            first["備註"] = "待客戶確認"
            r = dict(r)
            r["備註"] = "客戶確認改善有效，結案"
            out.append(first)
            if injected is not None:
                injected.append((r["客訴單號"], "case_number"))
        out.append(r)

    hand = {
        "procedure": "s6-general-serious-complaints",
        "columns": {
            "客訴單號": "case_number",
            "反映方式": "channel",
            "客訴類別": "severity",
        },
        "values": {
            "channel": {"電話": "oral", "拜訪面談": "oral", "E-mail": "written", "傳真": "written",
                        "客訴函": "written", "LINE訊息": "written"},
            "severity": {"一般": "general", "嚴重": "serious", "重大": "serious"},
        },
    }
    return out, hand


EXPORTS = [
    ("290-s46-changan-suzuki-crm-complaint-tickets.csv", "gb18030", e290_s46_changan_suzuki_crm),
    ("291-s6-tw-equipment-complaint-register.xlsx", "xlsx", e291_s6_tw_equipment_register),
]
