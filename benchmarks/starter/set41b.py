"""Starter-profile benchmark exports 240-241 (set 41b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 240 241    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile


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


def _slash_date(t):
    """The ERP's own date spelling: 2025/03/04 (zero-padded, no time)."""
    return "" if t is None else t.strftime("%Y/%m/%d")


def _note(injected, case_number, rule):
    if injected is not None:
        injected.append((case_number, rule))


# --- 240: 长安铃木 客户中心 CRM 客诉工单 --------------------------------------------------------------------

_DEALERS = [
    ("CS1023", "重庆渝铃汽车销售服务有限公司"),
    ("CS1057", "成都蜀铃汽车贸易有限公司"),
    ("CS2011", "武汉江城长铃汽车销售服务有限公司"),
    ("CS2036", "长沙星沙铃木汽车服务有限公司"),
    ("CS3104", "郑州中原长铃汽车销售有限公司"),
    ("CS3120", "西安秦铃汽车服务有限公司"),
    ("CS4002", "昆明滇铃汽车销售服务有限公司"),
    ("CS4018", "贵阳筑铃汽车维修服务站"),
]

_MODELS = ["锋驭", "维特拉", "启悦", "骁途", "天语SX4", "雨燕", "奥拓", "北斗星X5"]

_ISSUES = {
    "产品质量": ["发动机异响，多次进站未排除", "变速箱换挡顿挫", "空调不制冷", "车身异响", "机油消耗过快",
             "刹车异响", "转向助力偏重", "发动机故障灯常亮", "车窗升降器失灵"],
    "维修质量": ["保养后漏油", "返修三次仍未修好", "维修后出现新故障", "更换配件后仍异响"],
    "服务态度": ["前台接待态度恶劣", "电话多次无人接听", "服务顾问推诿", "承诺回电未回电"],
    "配件供应": ["配件缺货等待超过一个月", "订购配件到货错误"],
    "费用争议": ["保养收费与报价不符", "保修期内被要求自费维修", "工时费过高"],
    "销售承诺": ["购车赠送项目未兑现", "上牌延误", "交车时发现漆面划痕"],
}

_SOURCES = [("400热线", 50), ("官网在线客服", 10), ("微信公众号", 12), ("经销商上报", 8), ("信函", 4),
            ("传真", 2), ("媒体舆情", 4), ("消协转办", 4), ("12315转办", 6)]


def e240_s46_changan_suzuki_crm_tickets(rng, injected=None):
    """长安铃木汽车 客户中心 CRM 的“客诉工单”导出（XLSX，工作表“导出”）：客户中心坐席建单后派给经销商/服务商处理，
    经销商在系统里反馈处理结果，客户中心结案、回访。时间列为 Excel 日期单元格（精确到分），未发生的环节为空。

    读制度 YAML 之前写下的表头：工单号、建单时间、建单人、信息来源、客户姓名、联系电话、VIN码、车型、经销商代码、
    经销商名称、投诉类型、投诉级别、问题描述、派单时间、经销商反馈时间、处理方案、结案时间、回访时间、回访满意度、
    是否有效投诉、区域服务经理。

    读过制度 YAML 后补的列：特案申请（是否申请特案保修结算）、特案授权部门（特案由哪个部门授权处理）。

    注入的违规（按规则 id 计数，共 16）：special_case_by_tech_support 6（特案由客户关系科、大区服务部、经销商授权，
    不是技术支持科）；special_case_warranty 3（特案申请写“待确认”“不详”）；severity 4（投诉级别写“C类-咨询”
    “待定级”，不是 A/B 类）；case_number 3（工单号与前面的工单重复）。

    陷阱：处理方案为善意补偿（特别理赔）而非特案、特案申请为“否”的工单由大区服务部批准，不受特案规则约束；
    特案已申请但尚在审批、授权部门为空的工单；6 月下旬新建、尚未定级（投诉级别为空）的工单；同一客户同一 VIN 再次
    投诉另开的新工单（号码不同，不是重复）；技术支持科有“技术支持科”“售后技术支持科”两种写法。
    """
    n = 52
    taken: set = set()
    agents = distinct_names(rng, 6, taken)
    managers = distinct_names(rng, 4, taken)
    customers = distinct_names(rng, n, taken)
    region_of = {code: managers[i % len(managers)] for i, (code, _) in enumerate(_DEALERS)}

    days = sorted(_rand_day(rng, date(2025, 1, 6), date(2025, 6, 27)) for _ in range(n))
    seq_by_day: dict = {}
    rows = []
    for i in range(n):
        d = days[i]
        created = _at(rng, d, 8.5, 20.5).replace(second=0)
        seq_by_day[d] = seq_by_day.get(d, 0) + rng.randint(1, 9)
        number = f"KS{d:%Y%m%d}{seq_by_day[d]:04d}"
        code, dealer = rng.choice(_DEALERS)
        kind = pick(rng, [("产品质量", 40), ("维修质量", 15), ("服务态度", 15), ("配件供应", 10), ("费用争议", 12),
                          ("销售承诺", 8)])
        source = pick(rng, _SOURCES)
        a_level = source in ("媒体舆情", "消协转办", "12315转办") or rng.random() < 0.15
        level = "A类-重大" if a_level else "B类-一般"
        dispatched = _plus(rng, created, 0.2, 3)
        feedback = _plus(rng, dispatched, 2, 40)
        closed = _plus(rng, feedback, 24, 24 * rng.choice([2, 5, 9, 15]))
        revisit = _plus(rng, closed, 20, 72)
        plan = {
            "产品质量": pick(rng, [("保修维修", 5), ("更换配件", 3), ("特案保修", 6), ("解释说明", 1)]),
            "维修质量": pick(rng, [("返修", 4), ("特案保修", 4), ("善意补偿", 1)]),
            "服务态度": pick(rng, [("道歉并整改", 5), ("善意补偿", 1)]),
            "配件供应": pick(rng, [("加急调件", 5), ("代步车", 1)]),
            "费用争议": pick(rng, [("退还差价", 3), ("解释说明", 3), ("善意补偿", 1)]),
            "销售承诺": pick(rng, [("补兑现", 4), ("善意补偿", 1)]),
        }[kind]
        dispatched, feedback, closed, revisit = _cut(dispatched), _cut(feedback), _cut(closed), _cut(revisit)
        if closed is None:
            revisit = None
        if feedback is None:
            closed = revisit = None
            plan = ""
        special = "是" if plan == "特案保修" else "否"
        authorised = rng.choice(["技术支持科", "技术支持科", "售后技术支持科"]) if special == "是" else ""
        if plan == "善意补偿":
            authorised = "大区服务部"      # goodwill (特别理赔) is approved by the region, not a 特案
        vin = "LS5A" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(13))
        rows.append({
            "工单号": number,
            "建单时间": created,
            "建单人": rng.choice(agents),
            "信息来源": source,
            "客户姓名": customers[i],
            "联系电话": mobile(rng),
            "VIN码": vin,
            "车型": rng.choice(_MODELS),
            "经销商代码": code,
            "经销商名称": dealer,
            "投诉类型": kind,
            "投诉级别": level,
            "问题描述": rng.choice(_ISSUES[kind]),
            "派单时间": dispatched,
            "经销商反馈时间": feedback,
            "处理方案": plan,
            "特案申请": special,
            "特案授权部门": authorised,
            "结案时间": closed,
            "回访时间": revisit,
            "回访满意度": (pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)]) if revisit else ""),
            "是否有效投诉": (("是" if kind in ("服务态度", "维修质量") or rng.random() < 0.2 else "否")
                       if closed else ""),
            "区域服务经理": region_of[code],
        })

    # traps ------------------------------------------------------------------------------------------------
    specials = [r for r in rows if r["特案申请"] == "是"]
    pending = [r for r in rows if r["特案申请"] == "否" and r["投诉类型"] == "产品质量"
               and r["经销商反馈时间"] is not None and r["建单时间"] >= datetime(2025, 6, 1)][-1:]
    for r in pending:                       # applied for, still waiting for approval: no authorising department yet
        r["处理方案"], r["特案申请"], r["特案授权部门"] = "特案保修", "是", ""
        r["结案时间"] = r["回访时间"] = None
        r["回访满意度"] = r["是否有效投诉"] = ""
    late_june = [r for r in rows if r["建单时间"] >= datetime(2025, 6, 20) and r["投诉级别"] == "B类-一般"]
    for r in late_june[-2:]:                 # not graded yet
        r["投诉级别"] = ""
    repeat_src, repeat_dst = rows[10], rows[30]   # the same customer and car back again: a new ticket, a new number
    for h in ("客户姓名", "联系电话", "VIN码", "车型", "经销商代码", "经销商名称", "区域服务经理"):
        repeat_dst[h] = repeat_src[h]

    # violations -------------------------------------------------------------------------------------------
    taken_rows = {id(r) for r in specials[:1] + pending + late_june[-2:] + [repeat_src, repeat_dst]}

    def free(candidates, k):
        out = [r for r in candidates if id(r) not in taken_rows]
        out = rng.sample(out, k)
        taken_rows.update(id(r) for r in out)
        return out

    wrong = ["客户关系科", "大区服务部", "经销商", "客户关系科", "大区服务部", "经销商"]
    for r, who in zip(free([r for r in specials if r["特案授权部门"]], 6), wrong):
        r["特案授权部门"] = who
        _note(injected, r["工单号"], "special_case_by_tech_support")
    for r, val in zip(free(rows, 3), ["待确认", "不详", "待确认"]):
        r["特案申请"] = val
        _note(injected, r["工单号"], "special_case_warranty")
    for r, val in zip(free([r for r in rows if r["投诉级别"]], 4), ["C类-咨询", "待定级", "C类-咨询", "待定级"]):
        r["投诉级别"] = val
        _note(injected, r["工单号"], "severity")
    targets = sorted(rng.sample([i for i in range(20, n, 2) if id(rows[i]) not in taken_rows], 3))
    for i in targets:                        # the source is the row one or three above: never itself a target
        rows[i]["工单号"] = rows[i - rng.choice([1, 3])]["工单号"]
        taken_rows.add(id(rows[i]))
        _note(injected, rows[i]["工单号"], "case_number")

    hand = {
        "procedure": "s46-changan-suzuki-dealer-complaints",
        "sheet": "导出",
        "columns": {
            "工单号": "case_number",
            "投诉级别": "severity",
            "特案申请": "special_case_warranty",
            "特案授权部门": "special_case_authorised_by",
        },
        "values": {
            "severity": {"A类-重大": "a", "B类-一般": "b"},
            "special_case_warranty": {"是": True, "否": False},
            "special_case_authorised_by": {
                "技术支持科": "tech_support",
                "售后技术支持科": "tech_support",
                "客户关系科": "customer_center",
                "经销商": "dealer",
            },
        },
    }
    return rows, hand


# --- 241: 台资电子厂 TIPTOP ERP 客訴管理 ------------------------------------------------------------------

_CUSTOMERS = [
    ("C0102", "華碩電腦(蘇州)有限公司"), ("C0117", "仁寶資訊工業(昆山)有限公司"), ("C0125", "緯創資通(昆山)有限公司"),
    ("C0208", "台達電子(東莞)有限公司"), ("C0231", "光寶科技(廣州)有限公司"), ("C0306", "英業達(上海)有限公司"),
    ("C0311", "和碩聯合科技(蘇州)有限公司"), ("C0420", "群光電子(蘇州)有限公司"),
]

_PARTS = [
    ("PN-3012-A", "USB Type-C 連接器"), ("PN-3040-B", "FPC 排線 40P"), ("PN-5108-C", "電源轉接板"),
    ("PN-6201-A", "散熱模組"), ("PN-7003-D", "鍵盤背光膜"), ("PN-8120-B", "SMT 主板半成品"),
]

_DEFECTS = {
    "外觀不良": ["表面刮傷", "電鍍層脫落", "絲印模糊"],
    "功能不良": ["接觸不良導致斷電", "耐壓測試不過", "高溫老化後失效"],
    "尺寸不符": ["孔位偏移0.2mm", "厚度超差"],
    "包裝/標示": ["標籤料號錯誤", "數量短少", "外箱破損受潮"],
    "交期延誤": ["交期延誤三天", "分批出貨未通知"],
    "技術服務": ["工程師到廠支援延誤", "8D報告回覆不完整", "變更未事先通知客戶"],
}

_UNITS = {"外觀不良": "製造部", "功能不良": "品保部", "尺寸不符": "製造部", "包裝/標示": "倉儲課",
          "交期延誤": "生管課", "技術服務": "技術服務部"}

_MEASURES = ["全檢庫存並重工", "調整治具並加嚴首件檢驗", "更換供應商料件", "增加出貨前抽檢", "修訂SOP並教育訓練",
             "派工程師到廠說明", "補貨並調整排程"]


def e241_s6_tiptop_customer_complaints(rng, injected=None):
    """台資電子零組件廠（昆山）TIPTOP ERP“客訴管理作業”匯出的客訴單清單（CSV，UTF-8 帶 BOM，繁體欄名）：
    業務或品保開單，責任單位調查、提出對策，主管核決，之後追蹤改善、結案。日期只有年月日，寫成 2025/03/04。

    读制度 YAML 之前写下的表头：客訴單號、客訴日期、客戶代號、客戶名稱、投訴方式、品號、品名、批號、客訴類別、
    嚴重程度、客訴內容、責任單位、承辦人、調查完成日、處理對策、是否退貨、核決人、核決日期、追蹤改善日、結案日期、
    逾期原因。

    读过制度 YAML 后补的列：无（制度只检查投诉形式、一般性/严重性分类和单号唯一，这几列原来就有）。
    造数据时另加、与规则无关的列：客戶聯絡人、聯絡電話（客戶方窗口）。

    注入的违规（按规则 id 计数，共 14）：channel 5（投訴方式写“其他”“不明”，看不出是书面还是口头）；
    severity 5（嚴重程度写“待評估”“N/A”）；case_number 4（手工編號撞號，與前面的客訴單同號）。

    陷阱：補開的客訴單號帶“-1”尾碼（CC2503-007-1），與原單號不同，不是重複；嚴重程度“輕微”是一般性投诉的一种；
    6 月下旬剛開、尚未評級（嚴重程度為空）的客訴單；還在調查中、沒有核決和結案日期的客訴單。
    """
    n = 48
    taken: set = set()
    handlers = distinct_names(rng, 7, taken)
    approvers = distinct_names(rng, 2, taken)
    contacts = distinct_names(rng, 10, taken)
    contact_phone = {c: mobile(rng) for c in contacts}

    days = sorted([_rand_day(rng, date(2025, 1, 6), date(2025, 6, 18)) for _ in range(n - 2)]
                  + [_rand_day(rng, date(2025, 6, 23), date(2025, 6, 27)) for _ in range(2)])
    serial: dict = {}
    rows = []
    for i in range(n):
        d = days[i]
        opened = datetime(d.year, d.month, d.day)
        key = (d.year, d.month)
        serial[key] = serial.get(key, 0) + 1
        number = f"CC{d:%y%m}-{serial[key]:03d}"
        cust_code, cust = rng.choice(_CUSTOMERS)
        part_no, part = rng.choice(_PARTS)
        cat = pick(rng, [("外觀不良", 20), ("功能不良", 25), ("尺寸不符", 10), ("包裝/標示", 12), ("交期延誤", 8),
                         ("技術服務", 10)])
        channel = pick(rng, [("E-mail", 40), ("電話", 20), ("書面函件", 8), ("傳真", 4), ("客戶來訪口述", 6),
                             ("業務口頭轉達", 10), ("客戶SCAR系統", 12)])
        serious = cat == "功能不良" and rng.random() < 0.45 or rng.random() < 0.1
        severity = "嚴重" if serious else pick(rng, [("一般", 7), ("輕微", 3)])
        investigated = opened + timedelta(days=rng.randint(1, 7))
        approved = investigated + timedelta(days=rng.randint(0, 3))
        followed = approved + timedelta(days=rng.randint(7, 30))
        closed = followed + timedelta(days=rng.randint(0, 5))
        returned = "是" if cat in ("功能不良", "外觀不良") and rng.random() < 0.35 else "否"
        overdue = ""
        if closed - opened > timedelta(days=30) and closed <= CUTOFF:
            overdue = rng.choice(["客戶驗證批次未到", "供應商對策延遲", "等待客戶確認8D"])
        investigated, approved, followed, closed = (_cut(investigated), _cut(approved), _cut(followed),
                                                    _cut(closed))
        contact = rng.choice(contacts)
        rows.append({
            "客訴單號": number,
            "客訴日期": _slash_date(opened),
            "客戶代號": cust_code,
            "客戶名稱": cust,
            "客戶聯絡人": contact,
            "聯絡電話": contact_phone[contact],
            "投訴方式": channel,
            "品號": part_no,
            "品名": part,
            "批號": f"L{d - timedelta(days=rng.randint(5, 40)):%y%m%d}-{rng.randint(1, 9)}",
            "客訴類別": cat,
            "嚴重程度": severity,
            "客訴內容": rng.choice(_DEFECTS[cat]),
            "責任單位": _UNITS[cat],
            "承辦人": rng.choice(handlers),
            "調查完成日": _slash_date(investigated),
            "處理對策": rng.choice(_MEASURES) if investigated else "",
            "是否退貨": returned if investigated else "",
            "核決人": rng.choice(approvers) if approved else "",
            "核決日期": _slash_date(approved),
            "追蹤改善日": _slash_date(followed),
            "結案日期": _slash_date(closed),
            "逾期原因": overdue,
        })

    # traps ------------------------------------------------------------------------------------------------
    reopen_src = rows[12]
    reissue = dict(reopen_src)              # a follow-up ticket opened under the old number with a -1 suffix
    reissue["客訴單號"] = reopen_src["客訴單號"] + "-1"
    reissue["投訴方式"] = "E-mail"
    reissue["客訴內容"] = "同批次再次發現" + reopen_src["客訴內容"]
    rows.insert(12 + 5, reissue)
    ungraded = rows[-2:]
    for r in ungraded:                      # opened in the last week of June: not graded, not investigated yet
        r["嚴重程度"] = r["調查完成日"] = r["處理對策"] = r["是否退貨"] = ""
        r["核決人"] = r["核決日期"] = r["追蹤改善日"] = r["結案日期"] = r["逾期原因"] = ""

    # violations -------------------------------------------------------------------------------------------
    taken_rows = {id(r) for r in [reopen_src, reissue] + ungraded}

    def free(candidates, k):
        out = [r for r in candidates if id(r) not in taken_rows]
        out = rng.sample(out, k)
        taken_rows.update(id(r) for r in out)
        return out

    for r, val in zip(free(rows, 5), ["其他", "不明", "其他", "其他", "不明"]):
        r["投訴方式"] = val
        _note(injected, r["客訴單號"], "channel")
    for r, val in zip(free([r for r in rows if r["嚴重程度"]], 5), ["待評估", "N/A", "待評估", "待評估", "N/A"]):
        r["嚴重程度"] = val
        _note(injected, r["客訴單號"], "severity")
    targets = sorted(rng.sample([i for i in range(16, len(rows), 2) if id(rows[i]) not in taken_rows], 4))
    for i in targets:                        # the source is the row one or three above: never itself a target
        rows[i]["客訴單號"] = rows[i - rng.choice([1, 3])]["客訴單號"]
        taken_rows.add(id(rows[i]))
        _note(injected, rows[i]["客訴單號"], "case_number")

    hand = {
        "procedure": "s6-general-serious-complaints",
        "encoding": "utf-8-sig",
        "columns": {
            "客訴單號": "case_number",
            "投訴方式": "channel",
            "嚴重程度": "severity",
        },
        "values": {
            "channel": {
                "E-mail": "written",
                "書面函件": "written",
                "傳真": "written",
                "客戶SCAR系統": "written",
                "電話": "oral",
                "客戶來訪口述": "oral",
                "業務口頭轉達": "oral",
            },
            "severity": {"一般": "general", "輕微": "general", "嚴重": "serious"},
        },
    }
    return rows, hand


EXPORTS = [
    ("240-s46-changan-suzuki-crm-tickets.xlsx", "xlsx", e240_s46_changan_suzuki_crm_tickets),
    ("241-s6-tiptop-customer-complaints.csv", "utf-8-sig", e241_s6_tiptop_customer_complaints),
]
