"""Starter-profile benchmark exports 286-287 (set forty-ninth, a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 286 287    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import pick, distinct_names, mobile, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _receive_times(rng, n, first, last):
    """n complaint arrival times on working days between first and last (dates), office hours, sorted."""
    days = []
    d = first
    while d <= last:
        if workday(d.date()) or d.weekday() == 5:   # factories and their sales offices also take calls on Saturdays
            days.append(d)
        d += timedelta(days=1)
    out = []
    for _ in range(n):
        day = rng.choice(days)
        out.append(day.replace(hour=rng.randint(8, 17), minute=rng.randint(0, 59)))
    return sorted(out)


# --- 286: 星金服裝 PCB ---------------------------------------------------------------------------------------

def e286_s3_xingjin_pcb_erp(rng, injected=None):
    """星金（台資 PCB 廠，東莞廠區）ERP「客訴管理」模組的客訴單查詢匯出：CSV（UTF-8 帶 BOM），繁體表頭與取值；
    日期照 ERP 寫法 2025/04/07 14:20（受理日期帶時分），其餘日期 2025/04/07（補零的斜線）。ERP 匯出時單頭與單身
    （料號）連接，一張客訴單有兩個料號時匯出兩行、客訴單號相同。

    讀制度 YAML 之前寫下的表頭（只讀了 S3 原文）：客訴單號、受理日期、客戶代號、客戶名稱、客戶料號、本廠料號、
    週期（Date Code）、不良現象、不良數、出貨數、業務承辦、客戶窗口、聯絡電話、原因分析、改善對策、責任單位、處理方式、
    退貨數量、核決主管、回覆客戶日期、結案日期、單據狀態。

    讀過制度 YAML 後補的列：有無損失（條件「未造成損失」）、赴客戶端處理（條件「業務部或有關單位前往處理」）、
    異常單號與異常單開立日（「異常處理單」是否填報）、開單單位（誰填的異常處理單，分派規則）。

    注入的違規（按規則 id 計數，共 16）：exception_slip_when_no_loss 6（無損失、業務赴客戶端處理，卻沒有開異常單）、
    loss_caused 3（有無損失寫「評估中」「待確認」，不是有/無）、onsite_handling 3（赴客戶端處理寫「待確認」「未定」）、
    case_number 4（單頭單身連接匯出，同一客訴單號兩行）。

    陷阱：有損失（退貨、折讓）而赴客戶端處理、沒開異常單的（制度只要求未造成損失時開）；無損失但只以 8D 郵件回覆、
    沒去客戶端、沒開異常單的；異常單由品保部、製造部、工程部開立而不是業務課開立的（「有關單位」開立也符合）；
    有無損失還空著（案件處理中、尚未評估）而已赴客戶端處理、未開單的；重開的客訴單號加「-R」，與原單號不同，不是重複；
    同一客戶同一料號兩張不同單號的客訴。
    """
    taken: set = set()
    sales = distinct_names(rng, 6, taken)
    managers = distinct_names(rng, 3, taken)
    contacts = distinct_names(rng, 14, taken)
    customers = [("C0107", "台達電子(東莞)"), ("C0112", "光寶科技(廣州)"), ("C0135", "群光電子(東莞)"),
                 ("C0141", "仁寶電腦(昆山)"), ("C0158", "英業達(重慶)"), ("C0163", "緯創資通(中山)"),
                 ("C0170", "偉創力(珠海)"), ("C0182", "比亞迪電子(惠州)")]
    cust_contact = {code: (rng.choice(contacts), mobile(rng)) for code, _ in customers}
    defects = [("開路", "線路蝕刻過度，AOI 漏檢", "調整蝕刻速度，AOI 參數加嚴並全檢庫存", "製造部-蝕刻課"),
               ("短路", "殘銅未清除，電測治具針點偏移", "更換電測治具，增加目檢抽樣", "品保部"),
               ("阻焊起泡", "防焊前處理不良，烘烤不足", "前處理線刷磨參數調整，後烤時間延長 15 分鐘", "製造部-防焊課"),
               ("孔銅不足", "電鍍電流密度偏低", "電鍍線電流重新設定，每班切片確認", "製造部-電鍍課"),
               ("板翹", "疊板結構不對稱，壓合冷卻過快", "調整壓合程式，出貨前壓平烘烤", "工程部"),
               ("金手指刮傷", "成型後搬運未隔紙", "成型後加隔紙，改用專用周轉箱", "製造部-成型課"),
               ("文字印刷模糊", "網版張力不足", "更換網版，首件確認", "外包廠"),
               ("焊盤脫落", "表面處理前微蝕過度", "微蝕速率每日量測", "製造部-電鍍課"),
               ("阻抗超標", "線寬偏細，介質厚度偏差", "工程補償線寬，疊構重新計算", "工程部"),
               ("爆板", "板材吸濕，客戶回流焊溫度高", "出貨前烘烤，真空包裝加乾燥劑", "製造部-壓合課")]
    slip_other_units = ["品保部", "製造部", "工程部"]

    kinds = (["slip_ok_sales"] * 12 + ["slip_ok_other"] * 6 + ["missing_slip"] * 6 + ["loss_onsite"] * 4 +
             ["loss_onsite_slip"] * 2 + ["loss_remote"] * 5 + ["noloss_remote"] * 6 + ["loss_invalid"] * 3 +
             ["onsite_invalid"] * 3)
    rng.shuffle(kinds)
    kinds += ["open_blank"] * 2          # the two latest complaints: still being assessed at the cutoff
    n = len(kinds)
    times = _receive_times(rng, n - 2, datetime(2025, 3, 3), datetime(2025, 6, 13))
    times += _receive_times(rng, 2, datetime(2025, 6, 23), datetime(2025, 6, 27))
    # four complaint numbers exported with two part-number lines; never an injected or open case
    dup_pool = [i for i, k in enumerate(kinds) if k in ("slip_ok_sales", "slip_ok_other", "noloss_remote", "loss_remote")]
    dup_idx = set(rng.sample(dup_pool, 4))
    loss_invalid_vals = iter(["評估中", "待確認", "評估中"])
    onsite_invalid_vals = iter(["待確認", "未定", "待確認"])

    def d(t): return t.strftime("%Y/%m/%d") if t else ""
    def dt(t): return t.strftime("%Y/%m/%d %H:%M") if t else ""

    # one complaint reopened later (its number with -R), one customer complaining twice about the same part
    later = [i for i, k in enumerate(kinds) if k == "noloss_remote" and i >= 15]
    reopen_i, repeat_i = later[0], later[-1]
    rows = []
    serial: dict = {}
    made = []                            # (number, customer code, part, customer part) of the cases so far
    for i, (kind, t) in enumerate(zip(kinds, times)):
        ym = t.strftime("%y%m")
        code, cname = rng.choice(customers)
        part = f"XJ{rng.choice(['2L', '4L', '6L', '8L'])}-{rng.randint(1000, 9899)}{rng.choice('ABC')}"
        cust_part = f"{code[1:]}-{rng.randint(100000, 999999)}"
        defect, cause, action, duty = rng.choice(defects)
        if i == reopen_i:
            no, code, part, cust_part, defect = rng.choice([m for m in made[:i - 5] if not m[0].endswith("-R")])
            no += "-R"
            cname = dict(customers)[code]
            cause, action, duty = next((c, a, u) for d_, c, a, u in defects if d_ == defect)
        else:
            serial[ym] = serial.get(ym, 0) + 1
            no = f"KS{ym}-{serial[ym]:03d}"
            if i == repeat_i:
                _, code, part, cust_part, _ = rng.choice(made[:i - 3])
                cname = dict(customers)[code]
        made.append((no, code, part, cust_part, defect))
        contact, phone = cust_contact[code]
        datecode = f"{t.isocalendar()[0] % 100:02d}{max(1, t.isocalendar()[1] - rng.randint(2, 6)):02d}"
        shipped = rng.choice([500, 800, 1000, 1200, 1500, 2000, 3000, 5000])
        bad = max(1, int(shipped * rng.uniform(0.002, 0.06)))
        clerk = rng.choice(sales)
        manager = rng.choice(managers)
        loss, onsite, slip_at, slip_by, slip_no = "", "", None, "", ""
        if kind in ("slip_ok_sales", "slip_ok_other", "missing_slip", "noloss_remote", "onsite_invalid"):
            loss = "無"
        elif kind in ("loss_onsite", "loss_onsite_slip", "loss_remote"):
            loss = "有"
        elif kind == "loss_invalid":
            loss = next(loss_invalid_vals)
        if kind in ("slip_ok_sales", "slip_ok_other", "missing_slip", "loss_onsite", "loss_onsite_slip",
                    "loss_invalid", "open_blank"):
            onsite = "Y"
        elif kind in ("loss_remote", "noloss_remote"):
            onsite = "N"
        elif kind == "onsite_invalid":
            onsite = next(onsite_invalid_vals)
        if kind in ("slip_ok_sales", "slip_ok_other", "loss_onsite_slip"):
            slip_day = t + timedelta(days=rng.choice([0, 1, 1, 2, 3, 4]))
            slip_at = min(slip_day, CUTOFF)
            slip_by = (rng.choice(["業務一課", "業務二課", "業務一課", "業務部"]) if kind != "slip_ok_other"
                       else rng.choice(slip_other_units))
            slip_no = f"YC{slip_at.strftime('%y%m%d')}{rng.randint(1, 9):02d}"
        if kind == "missing_slip" and injected is not None:
            injected.append((no, "exception_slip_when_no_loss"))
        if kind == "loss_invalid" and injected is not None:
            injected.append((no, "loss_caused"))
        if kind == "onsite_invalid" and injected is not None:
            injected.append((no, "onsite_handling"))
        if kind in ("loss_onsite", "loss_onsite_slip", "loss_remote"):
            how = pick(rng, [("退貨重工", 3), ("報廢補貨", 2), ("折讓", 2)])
            returned = bad if how != "折讓" else 0
        elif kind in ("slip_ok_sales", "slip_ok_other", "missing_slip"):
            how = pick(rng, [("客戶端選別", 4), ("特採", 2), ("現場重工", 2)])
            returned = 0
        elif kind == "noloss_remote":
            how = pick(rng, [("8D回覆", 3), ("特採", 1)])
            returned = 0
        else:
            how, returned = "", 0
        open_case = kind in ("open_blank",) or t > datetime(2025, 6, 6)
        reply = t + timedelta(days=rng.randint(2, 7))
        closed = reply + timedelta(days=rng.randint(5, 20))
        if open_case or closed > CUTOFF:
            closed = None
            status = "處理中" if kind == "open_blank" or reply > CUTOFF else "待追蹤"
        else:
            status = "已結案"
        if slip_at and reply < slip_at:
            reply = slip_at + timedelta(days=rng.randint(0, 2))
        if reply > CUTOFF or kind == "open_blank":
            reply = None
        if kind in ("loss_invalid", "onsite_invalid") and status == "已結案":
            status = "待追蹤"            # a case whose loss or visit is still undetermined is not closed
            closed = None
        row = {
            "客訴單號": no,
            "受理日期": dt(t),
            "客戶代號": code,
            "客戶名稱": cname,
            "客戶料號": cust_part,
            "本廠料號": part,
            "週期": datecode,
            "不良現象": defect,
            "不良數": bad,
            "出貨數": shipped,
            "業務承辦": clerk,
            "客戶窗口": contact,
            "聯絡電話": phone,
            "有無損失": loss,
            "赴客戶端處理": onsite,
            "異常單號": slip_no,
            "異常單開立日": d(slip_at),
            "開單單位": slip_by,
            "原因分析": cause if kind != "open_blank" else "",
            "改善對策": action if kind != "open_blank" else "",
            "責任單位": duty if kind != "open_blank" else "",
            "處理方式": how,
            "退貨數量": returned,
            "核決主管": manager if how else "",
            "回覆客戶日期": d(reply),
            "結案日期": d(closed),
            "單據狀態": status,
        }
        rows.append(row)
        if i in dup_idx:
            extra = dict(row)
            extra["本廠料號"] = f"XJ{rng.choice(['4L', '6L'])}-{rng.randint(1000, 9899)}{rng.choice('ABC')}"
            extra["客戶料號"] = f"{code[1:]}-{rng.randint(100000, 999999)}"
            extra["不良數"] = max(1, int(shipped * rng.uniform(0.002, 0.03)))
            rows.append(extra)
            if injected is not None:
                injected.append((no, "case_number"))

    hand = {
        "procedure": "s3-xingjin-pcb-complaints",
        "columns": {
            "客訴單號": "case_number",
            "有無損失": "loss_caused",
            "赴客戶端處理": "onsite_handling",
            "異常單開立日": "exception_slip_at",
            "開單單位": "exception_slip_by",
        },
        "roles": {
            "業務一課": "sales",
            "業務二課": "sales",
            "業務部": "sales",
            "品保部": "related_units",
            "製造部": "related_units",
            "工程部": "related_units",
        },
    }
    return rows, hand


# --- 287: GLZD194 ------------------------------------------------------------------------------------------

def e287_s4_glzd194_oa_flow(rng, injected=None):
    """浙江一家水泵制造厂（制度编号 GLZD194）在泛微 OA 中走“客户投诉处理流程”，每月从流程查询导出 Excel：XLSX，
    简体表头，日期是 Excel 日期单元格（申请日期、处理完成时间、归档时间带时分，异常处理单填报日期只有日期）。
    被退回、作废后重新发起的流程也在导出中：新流程编号不同，投诉编号沿用原来的。

    读制度 YAML 之前写下的表头（只读了 S4 原文）：流程编号、投诉编号、发起人、发起部门、申请日期、客户名称、
    客户联系人、联系电话、产品名称、规格型号、批号、投诉内容、是否造成损失、异常处理单号、责任部门、原因分析、
    纠正预防措施、处理结果、处理完成时间、当前节点、流程状态、归档时间。

    读过制度 YAML 后补的列：处理方式（现场处理、电话沟通……：业务部或有关单位是否前往处理）、异常处理单填报日期
    （异常处理单是否填报，单号之外要有日期）、填报部门（谁填的异常处理单，分派规则）。

    注入的违规（按规则 id 计数，共 15）：exception_slip_when_no_loss 6（未造成损失、现场处理，却没有填异常处理单）、
    loss_caused 3（是否造成损失写“待评估”“不确定”）、onsite_handling 2（处理方式写“待定”“见附件”，看不出是否前往）、
    case_number 4（退回或作废后重新发起的流程沿用投诉编号，同一编号两行）。

    陷阱：造成损失（退货、索赔）而现场处理、没填异常处理单的；未造成损失但电话沟通、邮件回复、寄回检测而没填的；
    异常处理单由品质部、技术部、生产部、售后服务部填报（“有关单位”填报也符合）；驻厂人员处理算前往处理、填了单的；
    流程还在审批中、是否造成损失尚未填写的现场处理案件；被退回、作废的旧流程行本身什么都没填（只作为重复编号计一次）。
    """
    taken: set = set()
    starters = distinct_names(rng, 5, taken)
    contacts = distinct_names(rng, 12, taken)
    customers = ["上海凯泉泵业经销部", "杭州绿源农资有限公司", "宁波金田水务工程公司", "合肥恒通机电设备有限公司",
                 "南京水利设备贸易公司", "福州建强五金机电", "长沙润泽灌溉设备有限公司", "温州永安给排水材料",
                 "苏州德诚机电工程有限公司", "南昌东方机电市场华兴商行"]
    cust_contact = {c: (rng.choice(contacts), mobile(rng)) for c in customers}
    products = [("QDX 潜水电泵", ["QDX1.5-17-0.37", "QDX3-18-0.55", "QDX10-10-0.55"]),
                ("ISG 管道离心泵", ["ISG25-125", "ISG40-160", "ISG50-200"]),
                ("JET 自吸喷射泵", ["JET-750", "JET-1100"]),
                ("WQ 污水污物潜水泵", ["50WQ15-15-1.5", "80WQ40-15-4"])]
    complaints = [("运行时机械密封处漏水", "机封装配时弹簧座未到位", "机封装配工序增加到位检查，库存产品抽检", "生产部"),
                  ("电机运行异响", "轴承游隙偏大，供应商批次问题", "更换轴承供应商批次，来料全检游隙", "采购部"),
                  ("扬程达不到铭牌标称", "叶轮外径车削超差", "叶轮车削程序修正，出厂性能测试加严", "生产部"),
                  ("电机绕组烧毁", "客户电压偏低且无保护器，但我司未随机附保护说明", "说明书补充电压及保护器要求",
                   "技术部"),
                  ("泵体铸件有砂眼渗水", "铸件供应商浇注缺陷", "铸件来料做水压试验", "品质部"),
                  ("铭牌参数与实物不符", "铭牌打印错料", "铭牌打印与工单扫码核对", "生产部"),
                  ("包装破损、泵体磕碰", "外箱强度不足", "外箱改为五层瓦楞，加护角", "仓储物流部"),
                  ("电缆线长度不足", "下料按旧图纸", "图纸版本管控，旧图回收", "技术部")]
    other_slip = ["品质部", "技术部", "生产部", "售后服务部"]

    kinds = (["slip_ok_sales"] * 12 + ["slip_ok_other"] * 5 + ["slip_resident"] * 2 + ["missing_slip"] * 6 +
             ["loss_onsite"] * 4 + ["loss_remote"] * 5 + ["noloss_remote"] * 7 + ["loss_invalid"] * 3 +
             ["onsite_invalid"] * 2)
    rng.shuffle(kinds)
    kinds += ["open_blank"] * 3          # the latest three: still in approval at the cutoff
    n = len(kinds)
    times = _receive_times(rng, n - 3, datetime(2025, 3, 4), datetime(2025, 6, 16))
    times += _receive_times(rng, 3, datetime(2025, 6, 24), datetime(2025, 6, 28))
    dup_pool = [i for i, k in enumerate(kinds) if k in ("slip_ok_sales", "slip_ok_other", "noloss_remote",
                                                       "loss_remote")]
    dup_idx = set(rng.sample(dup_pool, 4))
    loss_invalid_vals = iter(["待评估", "不确定", "待评估"])
    onsite_invalid_vals = iter(["待定", "见附件"])

    rows = []
    flow_no = 1130
    serial: dict = {}
    for i, (kind, t) in enumerate(zip(kinds, times)):
        key = t.strftime("%Y%m")
        serial[key] = serial.get(key, 0) + 1
        no = f"TS-{key}-{serial[key]:03d}"
        cust = rng.choice(customers)
        contact, phone = cust_contact[cust]
        pname, models = rng.choice(products)
        model = rng.choice(models)
        batch = f"{(t - timedelta(days=rng.randint(20, 120))).strftime('%y%m%d')}-{rng.randint(1, 4)}"
        text, cause, action, duty = rng.choice(complaints)
        starter = rng.choice(starters)
        dept = "外贸部" if rng.random() < 0.15 else "业务部"
        loss, how, slip_at, slip_by, slip_no = "", "", None, "", ""
        if kind in ("slip_ok_sales", "slip_ok_other", "slip_resident", "missing_slip", "noloss_remote",
                    "onsite_invalid"):
            loss = "否"
        elif kind in ("loss_onsite", "loss_remote"):
            loss = "是"
        elif kind == "loss_invalid":
            loss = next(loss_invalid_vals)
        if kind in ("slip_ok_sales", "slip_ok_other", "missing_slip", "loss_onsite", "loss_invalid", "open_blank"):
            how = "现场处理"
        elif kind == "slip_resident":
            how = "驻厂处理"
        elif kind in ("loss_remote", "noloss_remote"):
            how = pick(rng, [("电话沟通", 3), ("邮件回复", 2), ("寄回检测", 2)])
        elif kind == "onsite_invalid":
            how = next(onsite_invalid_vals)
        if kind in ("slip_ok_sales", "slip_ok_other", "slip_resident"):
            slip_at = datetime.combine((t + timedelta(days=rng.choice([0, 1, 2, 2, 3, 5]))).date(), datetime.min.time())
            slip_at = min(slip_at, CUTOFF)
            slip_by = dept if kind == "slip_ok_sales" else rng.choice(other_slip)
            slip_no = f"YC-{slip_at.strftime('%Y%m%d')}-{rng.randint(1, 6)}"
        if kind == "missing_slip" and injected is not None:
            injected.append((no, "exception_slip_when_no_loss"))
        if kind == "loss_invalid" and injected is not None:
            injected.append((no, "loss_caused"))
        if kind == "onsite_invalid" and injected is not None:
            injected.append((no, "onsite_handling"))
        if kind in ("loss_onsite", "loss_remote"):
            result = pick(rng, [("退货换新", 3), ("赔偿客户损失", 1), ("返厂维修", 2)])
        elif kind == "open_blank":
            result = ""
        elif how in ("现场处理", "驻厂处理"):
            result = pick(rng, [("现场调整后正常使用", 3), ("现场更换配件", 3), ("向客户说明使用要求", 1)])
        else:
            result = pick(rng, [("寄出配件更换", 3), ("向客户说明使用要求", 2), ("检测无异常，退回客户", 1)])
        open_case = kind == "open_blank" or t > datetime(2025, 6, 9)
        done = (t + timedelta(days=rng.randint(3, 12))).replace(hour=rng.randint(8, 18), minute=rng.randint(0, 59))
        archived = (done + timedelta(days=rng.randint(1, 6))).replace(hour=rng.randint(8, 18), minute=rng.randint(0, 59))
        node, state = "归档", "已归档"
        if open_case or archived > CUTOFF:
            archived = None
            node, state = "品质部审核", "审批中"
        if kind == "open_blank" or done > CUTOFF:
            done = None
            node = "业务部评估" if kind == "open_blank" else "责任部门处理"
        # a returned or voided earlier flow with the same complaint number, nothing filled in
        if i in dup_idx:
            flow_no += 1
            rows.append({
                "流程编号": f"KSTS{flow_no:05d}", "投诉编号": no, "发起人": starter, "发起部门": dept,
                "申请日期": t - timedelta(minutes=rng.randint(10, 50)),
                "客户名称": cust, "客户联系人": contact, "联系电话": phone, "产品名称": pname, "规格型号": model,
                "批号": batch, "投诉内容": text, "是否造成损失": "", "处理方式": "", "异常处理单号": "",
                "异常处理单填报日期": None, "填报部门": "", "责任部门": "", "原因分析": "", "纠正预防措施": "",
                "处理结果": "", "处理完成时间": None, "当前节点": "发起人",
                "流程状态": rng.choice(["已退回", "已作废"]), "归档时间": None,
            })
            if injected is not None:
                injected.append((no, "case_number"))
        flow_no += 1
        rows.append({
            "流程编号": f"KSTS{flow_no:05d}",
            "投诉编号": no,
            "发起人": starter,
            "发起部门": dept,
            "申请日期": t,
            "客户名称": cust,
            "客户联系人": contact,
            "联系电话": phone,
            "产品名称": pname,
            "规格型号": model,
            "批号": batch,
            "投诉内容": text,
            "是否造成损失": loss,
            "处理方式": how,
            "异常处理单号": slip_no,
            "异常处理单填报日期": slip_at,
            "填报部门": slip_by,
            "责任部门": duty if kind != "open_blank" else "",
            "原因分析": cause if kind != "open_blank" else "",
            "纠正预防措施": action if kind != "open_blank" else "",
            "处理结果": result,
            "处理完成时间": done,
            "当前节点": node,
            "流程状态": state,
            "归档时间": archived,
        })

    hand = {
        "procedure": "s4-glzd194-complaint-management",
        "columns": {
            "投诉编号": "case_number",
            "是否造成损失": "loss_caused",
            "处理方式": "onsite_handling",
            "异常处理单填报日期": "exception_slip_at",
            "填报部门": "exception_slip_by",
        },
        "values": {
            "onsite_handling": {
                "现场处理": True,
                "驻厂处理": True,
                "电话沟通": False,
                "邮件回复": False,
                "寄回检测": False,
            },
        },
        "roles": {
            "业务部": "sales",
            "外贸部": "sales",
            "品质部": "related_units",
            "技术部": "related_units",
            "生产部": "related_units",
            "售后服务部": "related_units",
        },
    }
    return rows, hand


EXPORTS = [
    ("286-s3-xingjin-pcb-erp-complaint-slips.csv", "utf-8-sig", e286_s3_xingjin_pcb_erp),
    ("287-s4-glzd194-oa-complaint-flows.xlsx", "xlsx", e287_s4_glzd194_oa_flow),
]
