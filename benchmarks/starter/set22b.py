"""Starter-profile benchmark exports 126-127 (set 22b), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 126 127    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return None if t is None or t > CUTOFF else t


def _office(t, rng, first=8, last=18):
    """Office work happens on working days, first to last o'clock; a time outside moves to the next working morning."""
    if t is None:
        return None
    t = t.replace(second=0, microsecond=0)
    if t.hour >= last:
        t = (t + timedelta(days=1)).replace(hour=first, minute=rng.randint(0, 50))
    elif t.hour < first:
        t = t.replace(hour=first, minute=rng.randint(0, 50))
    while not workday(t.date()):
        t = (t + timedelta(days=1)).replace(hour=first, minute=rng.randint(0, 50))
    return t


def _after(t, rng, lo_h, hi_h):
    return _office(t + timedelta(hours=rng.uniform(lo_h, hi_h)), rng) if t else None


# --- 126: S15, a tax-device service company's complaint ledger ------------------------------------------------------

def _dot(t):
    """The ledger module's own spelling: 2025.03.04 09:12."""
    return t.strftime("%Y.%m.%d %H:%M") if t else ""


def _dot_day(d):
    return d.strftime("%Y.%m.%d") if d else ""


def e126_s15_taxdevice_complaint_ledger(rng, injected=None):
    """江城航信税务技术服务有限公司 营销部《客户投诉处理管理台帐》（客服管理系统中的台帐模块，导出为 GBK CSV），按 S15
    《客户投诉处理管理办法》审计。公司为本市纳税企业提供金税盘/税控盘/税务UKey的发行、安装、维护；上门服务由各区县
    服务站或分包的技术服务单位承担。营销部客服专员接听服务热线、登记投诉（受理人写员工姓名，共用热线账号写“营销部热线”），
    填写并下发《客户投诉处理单》给责任单位，营销部主管核实责任单位反馈，营销部内勤录入台帐。
    日期写法：2025.03.04 09:12（点分隔，补零，时:分）；合同有效期、设备出库日期只写日期 2025.03.04。

    第一步（只读过制度原文）写下的表头：
    序号, 处理单编号, 登记时间, 投诉方式, 纳税人识别号, 企业名称, 联系人, 联系电话, 所属区县, 技术服务单位, 合同有效期至,
    设备型号, 设备出库日期, 投诉内容, 投诉性质（一般/严重）, 投诉原因, 受理人, 处理单下发时间, 责任单位, 责任人, 处理方式,
    责任单位反馈时间, 原因调查, 核实人, 核实时间, 回复客户时间, 改善对策, 效果确认, 客户评价, 结案日期, 状态, 备注, 录入人
    读过制度 YAML 后补的列：客户诉求, 约定上门时间, 实际到达时间, 效果确认日期, 意见报告日期, 录入时间

    注入（按规则 id，共 17 项）：
      visit_within_30_minutes_of_appointment (CK104) ×4：迟到恰好 30 分钟 1、迟到 48 分钟 1、迟到 2 小时以上 1、
        约定 6 月下旬上门至导出时仍未到达 1；
      contract_term_confirmed ×1、device_date_confirmed ×1、demand_confirmed ×1、handling_slip_filled ×1（电话解释后未填处理单）、
      severity_classified ×1、measures_drafted ×1、case_registered ×1（补录的纸质单，台帐未录入）、
      opinion_report_issued ×2（效果已确认未出意见报告）（以上 CK101）；
      step-check_customer (CK103) ×1（分包单位工程师代为受理）、step-verify_cause (CK103) ×1（质量部人员核实）；
      register-verify_cause (CK106) ×1（台帐录入晚于核实）；case_number (CK107) ×1（重复编号）。
    陷阱（不应报告）：迟到 20 分钟、29 分钟与提前到达；合同已过期但有效期已填写；技术服务单位写“本部直接服务”；
      受理人写共用账号“营销部热线”；复诉案件编号带“-1”后缀；未到效果确认的在办案件没有意见报告；
      核实与录入同一天（录入在前）。
    """
    taken: set = set()
    clerks = distinct_names(rng, 4, taken)          # 营销部客服专员
    supervisors = distinct_names(rng, 2, taken)     # 营销部主管（核实、效果确认）
    ledger_clerk = distinct_names(rng, 1, taken)[0]  # 营销部内勤（录入台帐）
    qa_person = distinct_names(rng, 1, taken)[0]     # 质量部
    sub_engineer = distinct_names(rng, 1, taken)[0]  # 分包单位工程师
    engineers = distinct_names(rng, 8, taken)       # 责任人（服务站/分包单位工程师、热线组长）

    districts = ["江北区", "江南区", "高新区", "城东区", "临江县", "青山县"]
    stations = {"江北区": "江北服务站", "江南区": "江南服务站", "高新区": "恒信科技（分包）", "城东区": "城东服务站",
                "临江县": "临江县服务网点（分包）", "青山县": "青山县服务网点（分包）"}
    companies = ["江城{}贸易有限公司", "{}建材经营部", "江城市{}餐饮管理有限公司", "{}机电设备有限公司", "江城{}物流有限公司",
                 "{}科技有限公司", "{}五金商行", "江城{}医药连锁有限公司", "{}印务有限公司", "{}汽车服务有限公司"]
    words = ["华瑞", "鑫达", "永泰", "恒通", "润丰", "博远", "金桥", "盛源", "德隆", "宏景", "安和", "立信", "顺昌", "万嘉",
             "天衡", "佳禾", "汇丰源", "明德", "瑞康", "新越", "嘉诚", "百川", "中航", "东升", "锦程", "昌盛", "和泰",
             "联创", "宇恒", "同济", "众鑫", "荣达", "聚源", "泰和", "惠民", "宏达", "凯旋", "双赢", "春晖", "沃土"]
    rng.shuffle(words)
    devices = ["金税盘", "税控盘", "税务UKey", "报税盘"]
    kinds = [  # (投诉原因, 投诉性质, 是否上门, 内容, 诉求, 处理方式)
        ("热线难打通", "一般", False, "连续两天拨打服务热线均占线，无法报修", "尽快安排处理并改善热线接听",
         "热线组长电话致歉，远程协助处理"),
        ("设备故障未及时更换", "一般", True, "金税盘读盘失败，报修一周未更换", "更换设备，保证正常开票", "上门更换设备"),
        ("多次维修未解决", "一般", True, "开票软件反复报错，工程师上门两次仍未解决", "彻底解决故障", "更换工程师上门排查"),
        ("上门迟到/推诿", "一般", True, "约定上午上门，工程师迟迟未到", "按约定时间上门", "重新约定时间上门服务"),
        ("未及时升级", "一般", False, "开票系统未及时升级，无法开具新税率发票", "立即升级", "远程升级并跟踪开票"),
        ("服务态度", "严重", False, "工程师言语粗鲁，与财务人员争执", "更换服务人员并书面道歉", "约谈工程师，上门致歉"),
        ("乱收费", "严重", True, "工程师上门推销打印机并收取额外服务费", "退还费用", "退还费用，调查处理工程师"),
        ("其他", "一般", False, "年度服务费发票开具延迟", "尽快开具发票", "财务补开发票并说明"),
    ]
    channels = [("服务热线", 6), ("来访", 1), ("微信公众号", 2), ("书面", 1), ("工程师转交", 1)]

    n = 40
    starts = sorted([datetime(2025, 1, 6) + timedelta(days=rng.uniform(0, 160)) for _ in range(n - 4)] +
                    [datetime(2025, 6, 16) + timedelta(days=rng.uniform(0, 11)) for _ in range(4)])
    rows = []
    for i, t0 in enumerate(starts):
        t0 = _office(t0.replace(hour=rng.randint(8, 17), minute=rng.randint(0, 59)), rng)
        reason, sev, visit, content, demand, measure = kinds[rng.choice([0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7])]
        dist = rng.choice(districts)
        dev = rng.choice(devices)
        start_dev = date(rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28))
        contract = date(rng.choice([2025, 2025, 2026, 2026, 2027]), rng.randint(1, 12), 1) - timedelta(days=1)
        if contract < t0.date() + timedelta(days=20):
            contract = contract.replace(year=contract.year + 1)
        slip = _after(t0, rng, 0.3, 5)
        reg = _after(slip, rng, 1, 20)
        appt = arr = None
        if visit:
            d = slip.date() + timedelta(days=rng.randint(1, 2))
            while not workday(d):
                d += timedelta(days=1)
            appt = datetime(d.year, d.month, d.day, rng.choice([9, 10, 14, 15]), rng.choice([0, 30]))
            arr = appt + timedelta(minutes=rng.randint(-20, 12))
            feedback = _after(arr, rng, 2, 8)
        else:
            feedback = _after(slip, rng, 3, 40)
        verify = _after(max(feedback, reg), rng, 1, 20)
        reply = _after(verify, rng, 0.2, 3)
        improve = _after(verify, rng, 40, 150)
        report = _after(improve, rng, 0.5, 6)
        close = _after(report, rng, 0.5, 6)
        r = Case()
        r["序号"] = i + 1
        r["处理单编号"] = f"YX-TS{t0:%y%m}-{i + 1:03d}"
        r["登记时间"] = t0
        r["投诉方式"] = pick(rng, channels)
        r["纳税人识别号"] = "91" + "".join(rng.choice("0123456789") for _ in range(4)) + "0" + \
            "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(11))
        r["企业名称"] = rng.choice(companies).format(words[i % len(words)])
        r["联系人"] = person_name(rng)
        r["联系电话"] = mobile(rng)
        r["所属区县"] = dist
        r["技术服务单位"] = stations[dist]
        r["合同有效期至"] = contract
        r["设备型号"] = dev
        r["设备出库日期"] = start_dev
        r["投诉内容"] = content.replace("金税盘", dev) if dev != "税务UKey" else content
        r["客户诉求"] = demand
        r["投诉性质"] = sev
        r["投诉原因"] = reason
        r["受理人"] = rng.choice(clerks + ["营销部热线"])
        r["处理单下发时间"] = slip
        r["责任单位"] = "营销部热线组" if reason == "热线难打通" else ("财务部" if reason == "其他" else stations[dist])
        r["责任人"] = rng.choice(engineers)
        r["处理方式"] = measure
        r["约定上门时间"] = appt
        r["实际到达时间"] = arr
        r["责任单位反馈时间"] = feedback
        r["原因调查"] = rng.choice(["工程师排班冲突", "设备批次质量问题", "工程师业务不熟", "热线高峰人手不足",
                                "升级通知未送达", "个人行为，违反服务规范", "客户网络环境问题"])
        r["核实人"] = rng.choice(supervisors)
        r["核实时间"] = verify
        r["回复客户时间"] = reply
        r["改善对策"] = rng.choice(["加强工程师培训", "热线增加坐席", "建立升级提醒机制", "备机库存前移至服务站",
                                "纳入月度考核"])
        r["效果确认"] = "有效"
        r["效果确认日期"] = improve
        r["意见报告日期"] = report
        r["客户评价"] = pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)])
        r["结案日期"] = close
        r["状态"] = "已结案"
        r["备注"] = ""
        r["录入人"] = ledger_clerk
        r["录入时间"] = reg
        rows.append(r)

    inj = []

    def case(k):
        return rows[k]["处理单编号"]

    visits = [k for k, r in enumerate(rows) if r["约定上门时间"] and r["登记时间"] < datetime(2025, 6, 10)]
    # CK104: late by exactly 30 min, 48 min, 2h10; traps: 20, 29 min late, 10 min early
    for k, m in zip(visits[1:7], [30, 48, 130, 20, 29, -10]):
        rows[k]["实际到达时间"] = rows[k]["约定上门时间"] + timedelta(minutes=m)
        if m >= 30:
            inj.append((case(k), "visit_within_30_minutes_of_appointment"))
            rows[k]["备注"] = "工程师迟到，客户再次来电催促" if m > 30 else ""
    # the open no-show: a visit case in late June
    late = [k for k, r in enumerate(rows) if r["约定上门时间"] and datetime(2025, 6, 18) < r["登记时间"] < datetime(2025, 6, 25)]
    if not late:
        raise RuntimeError("no late-June visit case")
    k_open = late[0]
    rows[k_open]["实际到达时间"] = None
    for h in ("责任单位反馈时间", "核实时间", "回复客户时间", "效果确认日期", "意见报告日期", "结案日期"):
        rows[k_open][h] = None
    rows[k_open]["备注"] = "工程师未按约上门，已催办"
    inj.append((case(k_open), "visit_within_30_minutes_of_appointment (open)"))

    used = set(visits[1:7]) | {k_open}
    free = [k for k in range(3, n - 6) if k not in used]
    rng.shuffle(free)

    k = free.pop(); rows[k]["合同有效期至"] = None; rows[k]["备注"] = "合同档案未找到"
    inj.append((case(k), "contract_term_confirmed"))
    k = free.pop(); rows[k]["设备出库日期"] = None
    inj.append((case(k), "device_date_confirmed"))
    k = free.pop(); rows[k]["客户诉求"] = ""
    inj.append((case(k), "demand_confirmed"))
    k = free.pop(); rows[k]["投诉性质"] = ""
    inj.append((case(k), "severity_classified"))
    k = free.pop(); rows[k]["处理方式"] = ""
    inj.append((case(k), "measures_drafted"))
    k = free.pop()
    for h in ("处理单下发时间",):
        rows[k][h] = None
    rows[k]["备注"] = "电话中已解释，未填处理单"
    inj.append((case(k), "handling_slip_filled"))
    k = free.pop(); rows[k]["录入时间"] = None; rows[k]["录入人"] = ""; rows[k]["备注"] = "纸质处理单补录"
    inj.append((case(k), "case_registered"))
    for _ in range(2):
        k = free.pop(); rows[k]["意见报告日期"] = None
        inj.append((case(k), "opinion_report_issued"))
    k = free.pop(); rows[k]["受理人"] = sub_engineer; rows[k]["投诉方式"] = "工程师转交"
    inj.append((case(k), "step-check_customer"))
    k = free.pop(); rows[k]["核实人"] = qa_person
    inj.append((case(k), "step-verify_cause"))
    k = free.pop()
    rows[k]["录入时间"] = rows[k]["核实时间"] + timedelta(hours=rng.randint(20, 30))
    rows[k]["录入时间"] = _office(rows[k]["录入时间"], rng)
    rows[k]["备注"] = "台帐补录"
    inj.append((case(k), "register-verify_cause"))
    # traps
    k = free.pop(); rows[k]["合同有效期至"] = rows[k]["登记时间"].date() - timedelta(days=rng.randint(10, 60))
    rows[k]["备注"] = "合同已到期，续签中"
    k = free.pop(); rows[k]["技术服务单位"] = "本部直接服务"
    same_day = [j for j in free if rows[j]["核实时间"].hour >= 10
                and rows[j]["处理单下发时间"] < rows[j]["核实时间"].replace(hour=8, minute=40)]
    k = same_day[0]
    free.remove(k)
    rows[k]["录入时间"] = rows[k]["核实时间"].replace(hour=9, minute=rng.randint(0, 40))
    # CK107 duplicate; trap: a reopened case numbered with -1
    k = free.pop()
    rows[k]["处理单编号"] = rows[k - 1]["处理单编号"]
    inj.append((case(k), "case_number (duplicate)"))
    k = free.pop()
    rows[k]["处理单编号"] = rows[k - 2]["处理单编号"] + "-1" if k - 2 >= 0 else rows[k]["处理单编号"]
    rows[k]["备注"] = "复诉"

    # cut off at the export time: steps after 30 June 18:00 have not happened
    for r in rows:
        for h in ("处理单下发时间", "录入时间", "责任单位反馈时间", "核实时间", "回复客户时间", "效果确认日期",
                  "意见报告日期", "结案日期", "实际到达时间"):
            r[h] = _cap(r[h])
        if r["效果确认日期"] is None:
            r["效果确认"] = ""
            r["改善对策"] = "" if r["核实时间"] is None else r["改善对策"]
            r["客户评价"] = ""
        if r["结案日期"] is None:
            r["状态"] = "处理中"
        if r["核实时间"] is None:
            r["原因调查"] = ""
    for r in rows:
        for h in ("登记时间", "处理单下发时间", "约定上门时间", "实际到达时间", "责任单位反馈时间", "核实时间",
                  "回复客户时间", "效果确认日期", "意见报告日期", "结案日期", "录入时间"):
            r[h] = _dot(r[h])
        for h in ("合同有效期至", "设备出库日期"):
            r[h] = _dot_day(r[h])

    if injected is not None:
        injected += inj

    roles = {**{c: "marketing" for c in clerks + supervisors + [ledger_clerk, "营销部热线"]},
             qa_person: "quality_dept", sub_engineer: "tech_service_unit"}
    hand = {
        "procedure": "s15-complaint-handling-marketing",
        "encoding": "gbk",
        "columns": {
            "处理单编号": "case_number",
            "登记时间": "received_at",
            "企业名称": "customer",
            "技术服务单位": "service_subcontractor",
            "合同有效期至": "contract_valid_until",
            "设备出库日期": "device_start_date",
            "投诉内容": "content",
            "客户诉求": "demand",
            "投诉性质": "severity",
            "受理人": "check_customer_by",
            "处理单下发时间": "fill_handling_slip_at",
            "责任单位": "responsible_department",
            "责任人": "responsible_person",
            "处理方式": "measures",
            "约定上门时间": "appointment_at",
            "实际到达时间": "arrived_at",
            "原因调查": "cause",
            "核实人": "verify_cause_by",
            "核实时间": "verify_cause_at",
            "效果确认日期": "improvement_at",
            "意见报告日期": "opinion_report_at",
            "录入人": "register_by",
            "录入时间": "register_at",
        },
        "values": {
            "severity": {"一般": "general", "严重": "serious"},
        },
        "roles": roles,
    }
    return rows, hand


# --- 127: S5, the Yonglian tourism company office's visitor-complaint register ------------------------------------

def e127_s5_yonglian_visitor_complaints(rng, injected=None):
    """永聯旅游公司辦公室《游客投訴登記表》（Excel 工作簿，XLSX），按 S5《永聯旅游公司游客投訴管理制度》審計。
    辦公室接聽400旅游熱線、QQ在線咨詢並接待現場投訴，登記後轉辦農耕園、旅行社、營銷部等部門處理；辦結後由辦公室或
    承辦部門回訪。表頭與取值照制度原文用繁體字；接待人、轉辦人、承辦人、回訪人都寫員工姓名（審計人員向辦公室核對過名單，
    寫在 roles 中：辦公室四人對應 office，各部門員工對應 tourism_departments）。
    日期寫法：Excel 日期單元格（只有日期）；接待時間另列，寫“14:30”這樣的文字。

    第一步（只讀過制度原文）寫下的表頭：
    登記編號, 接待日期, 接待時間, 投訴渠道（400熱線/QQ/現場/來信/網評）, 游客姓名, 聯系電話, 團號/游覽項目, 被投訴部門
    （農耕園/旅行社/營銷部/景區管理/餐飲）, 投訴事由, 投訴類型, 接待人, 轉辦日期, 轉辦部門, 承辦人, 處理結果,
    答復游客日期, 回訪日期, 回訪人, 游客意見（滿意/基本滿意/不滿意）, 辦結日期, 備註
    讀過制度 YAML 後補的列：轉辦人

    注入（按規則 id，共 11 項）：
      office_receives (CK103) ×4：農耕園售票員、旅行社導游、營銷部業務員在現場接待投訴，事後補登（接待人是部門員工）；
      office_transfers (CK103) ×3：營銷部員工自行把投訴轉給旅行社/農耕園（轉辦人是部門員工）；
      receive-transfer (CK106) ×3：部門先行轉辦處理、辦公室事後補登，接待日期晚於轉辦日期；
      case_number (CK107) ×1：兩件投訴登了同一個編號。
    陷阱（不應報告）：當天接待當天轉辦；辦公室當場解釋辦結、未轉辦；回訪由承辦部門員工（旅行社、農耕園）辦理；
      接待人是辦公室主任；補登的案件編號帶“補”字後綴（與原編號不同）；6月下旬的案件尚未轉辦或回訪。
    """
    taken: set = set()
    office = distinct_names(rng, 4, taken)            # 辦公室：主任 office[0]，文員三人
    farm = distinct_names(rng, 3, taken)              # 農耕園
    agency = distinct_names(rng, 3, taken)            # 旅行社
    sales = distinct_names(rng, 2, taken)             # 營銷部
    dept_staff = {"農耕園": farm, "旅行社": agency, "營銷部": sales}

    channels = [("400熱線", 6), ("QQ", 3), ("現場", 3), ("來信", 1), ("網評", 1)]
    kinds = [  # (被投訴部門, 投訴類型, 投訴事由, 處理結果)
        ("農耕園", "服務態度", "採摘區工作人員態度生硬，不讓兒童入內", "當事員工批評教育，向游客致歉"),
        ("農耕園", "設施設備", "小火車中途停運半小時，無人解釋", "設備檢修，贈送下次乘坐券"),
        ("農耕園", "價格收費", "採摘稱重價格與標價不符", "核實後退還差價"),
        ("旅行社", "服務質量", "導游擅自減少游覽景點", "旅行社退還部分團費"),
        ("旅行社", "服務態度", "導游強制購物", "導游停團整改，向游客致歉"),
        ("旅行社", "餐飲住宿", "團餐質量差、份量不足", "更換合作餐廳，補償餐費"),
        ("營銷部", "價格收費", "網上預訂優惠未兌現", "補發優惠券並致歉"),
        ("營銷部", "服務質量", "宣傳冊活動時間與實際不符", "更正宣傳資料，贈送門票"),
        ("景區管理", "環境衛生", "停車場衛生間髒亂", "加派保潔"),
    ]
    projects = ["農耕園一日游", "永聯小鎮二日游", "親子採摘團", "研學游", "散客門票", "江南水鄉線"]

    n = 36
    days = sorted(date(2025, 1, 3) + timedelta(days=rng.randint(0, 172)) for _ in range(n))
    rows = []
    for i, d in enumerate(days):
        dept, typ, what, result = rng.choice(kinds)
        ch = pick(rng, channels)
        receiver = rng.choice(office[1:] * 3 + office[:1])
        spot = dept == "景區管理" or rng.random() < 0.06
        tr = None if spot else d + timedelta(days=pick(rng, [(0, 5), (1, 4), (2, 1)]))
        handler = rng.choice(dept_staff.get(dept, ["保潔班"])) if tr else ""
        answer = d if spot else tr + timedelta(days=rng.randint(1, 5))
        close = answer + timedelta(days=rng.randint(0, 2))
        revisit = close + timedelta(days=rng.randint(1, 6)) if rng.random() < 0.8 else None
        r = Case()
        r["登記編號"] = f"YLLY-TS-2025-{i + 1:03d}"
        r["接待日期"] = d
        r["接待時間"] = f"{rng.randint(8, 17)}:{rng.choice(['00', '10', '15', '20', '30', '40', '45', '50'])}"
        r["投訴渠道"] = ch
        r["游客姓名"] = person_name(rng)
        r["聯系電話"] = mobile(rng)
        r["團號/游覽項目"] = (f"YL{d:%m%d}-{rng.randint(1, 9):02d}" if dept == "旅行社" else rng.choice(projects))
        r["被投訴部門"] = dept
        r["投訴事由"] = what
        r["投訴類型"] = typ
        r["接待人"] = receiver
        r["轉辦日期"] = tr
        r["轉辦部門"] = dept if tr else ""
        r["轉辦人"] = receiver if tr else ""
        r["承辦人"] = handler
        r["處理結果"] = result if not spot else "辦公室當場解釋並致歉" + ("，已通知景區管理" if dept == "景區管理" else "")
        r["答復游客日期"] = answer
        r["回訪日期"] = revisit
        r["回訪人"] = ""
        if revisit:
            r["回訪人"] = rng.choice(office[1:]) if rng.random() < 0.7 or dept not in dept_staff or not tr else handler
        r["游客意見"] = pick(rng, [("滿意", 6), ("基本滿意", 3), ("不滿意", 1)]) if revisit else ""
        r["辦結日期"] = close
        r["備註"] = ""
        rows.append(r)

    inj = []
    idx = list(range(1, n - 4))
    rng.shuffle(idx)
    # CK103 office_receives: a department's own staff received the complaint on the spot
    for _ in range(4):
        k = next(j for j in idx if rows[j]["被投訴部門"] in dept_staff and rows[j]["轉辦日期"])
        idx.remove(k)
        rows[k]["接待人"] = rng.choice(dept_staff[rows[k]["被投訴部門"]])
        rows[k]["投訴渠道"] = "現場"
        rows[k]["備註"] = f"{rows[k]['被投訴部門']}現場接待，次日交辦公室登記"
        inj.append((rows[k]["登記編號"], "office_receives"))
    # CK103 office_transfers: 營銷部 forwarded it itself
    for _ in range(3):
        k = next(j for j in idx if rows[j]["被投訴部門"] in ("農耕園", "旅行社") and rows[j]["轉辦日期"])
        idx.remove(k)
        rows[k]["轉辦人"] = rng.choice(sales)
        rows[k]["備註"] = "營銷部直接轉辦"
        inj.append((rows[k]["登記編號"], "office_transfers"))
    # CK106 receive-transfer: the department handled it first, the office registered it later
    for _ in range(3):
        k = next(j for j in idx if rows[j]["轉辦日期"])
        idx.remove(k)
        rows[k]["轉辦日期"] = rows[k]["接待日期"] - timedelta(days=rng.randint(1, 3))
        rows[k]["備註"] = "部門先行處理，辦公室補登"
        inj.append((rows[k]["登記編號"], "receive-transfer"))
    # traps: revisit by the handling department's staff; receiver is the office director
    for _ in range(2):
        k = next(j for j in idx if rows[j]["回訪日期"] and rows[j]["承辦人"] and rows[j]["被投訴部門"] in dept_staff)
        idx.remove(k)
        rows[k]["回訪人"] = rows[k]["承辦人"]
    k = idx.pop()
    rows[k]["接待人"] = office[0]
    if rows[k]["轉辦日期"]:
        rows[k]["轉辦人"] = office[0]
    # CK107 duplicate; trap: a late-registered case numbered with a 補 suffix
    k = idx.pop()
    rows[k]["登記編號"] = rows[k - 1]["登記編號"]
    inj.append((rows[k]["登記編號"], "case_number (duplicate)"))
    k = idx.pop()
    rows[k]["登記編號"] = rows[k - 1]["登記編號"] + "補"
    rows[k]["備註"] = (rows[k]["備註"] + "；" if rows[k]["備註"] else "") + "漏登補號"

    # cut off at the export date: later steps have not happened
    end = CUTOFF.date()
    for r in rows:
        for h in ("轉辦日期", "答復游客日期", "辦結日期", "回訪日期"):
            if r[h] is not None and r[h] > end:
                r[h] = None
        if r["轉辦日期"] is None and r["轉辦部門"]:
            r["轉辦部門"] = r["轉辦人"] = r["承辦人"] = ""
            r["處理結果"] = ""
        if r["辦結日期"] is None:
            r["處理結果"] = ""
        if r["回訪日期"] is None:
            r["回訪人"] = r["游客意見"] = ""
        for h in ("接待日期", "轉辦日期", "答復游客日期", "辦結日期", "回訪日期"):
            r[h] = r[h] if r[h] else None

    if injected is not None:
        injected += inj

    roles = {**{p: "office" for p in office}, **{p: "tourism_departments" for p in farm + agency + sales}}
    hand = {
        "procedure": "s5-yonglian-tourist-complaints",
        "columns": {
            "登記編號": "case_number",
            "接待日期": "receive_at",
            "接待人": "receive_by",
            "轉辦日期": "transfer_at",
            "轉辦人": "transfer_by",
            "回訪日期": "revisit_at",
            "回訪人": "revisit_by",
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("126-s15-taxdevice-complaint-ledger.csv", "gbk", e126_s15_taxdevice_complaint_ledger),
    ("127-s5-yonglian-visitor-complaints.xlsx", "xlsx", e127_s5_yonglian_visitor_complaints),
]
