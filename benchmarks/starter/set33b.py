"""Starter-profile benchmark exports 192-193 (set 33b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 192 193    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, person_name, mobile, distinct_names


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _pad(t):
    return "" if t is None else t.strftime("%Y/%m/%d %H:%M")


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _work_hours(rng, t, lo_h, hi_h):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning (8:00-20:59)."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < 8:
        u = u.replace(hour=8, minute=rng.randint(0, 50))
    elif u.hour >= 21:
        u = (u + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


_WD_PRODUCTS = [("WD-KFR35GW/A1", "空調"), ("WD-KFR72LW/B3", "空調"), ("WD-XQB80-D12", "洗衣機"),
                ("WD-XQG100-BX", "洗衣機"), ("WD-BCD218WT", "冰箱"), ("WD-BCD456WK", "冰箱"),
                ("WD-JSQ16-13Z", "燃氣熱水器"), ("WD-CXW200-Q7", "油煙機"), ("WD-DSZ60-E5", "電熱水器")]
_WD_COMPLAINT = {
    "空調": ["安裝後製冷效果差，室內機滴水", "外機噪音大，鄰居投訴", "安裝師傅多收打孔費", "維修預約三次未上門"],
    "洗衣機": ["脫水時機身劇烈抖動", "使用兩月滾筒異響", "顯示E21報錯無法排水", "上門維修後仍漏水"],
    "冰箱": ["冷藏室結冰，食物凍壞", "門封條變形關不嚴", "壓縮機頻繁啟動噪音大", "送貨時箱體磕碰凹陷"],
    "燃氣熱水器": ["洗澡時忽冷忽熱", "點火困難，有異味", "安裝未配煙管延長件另收費"],
    "油煙機": ["吸力不足，廚房油煙大", "拆洗後電機不轉", "安裝高度不當碰頭"],
    "電熱水器": ["漏電保護頻繁跳閘", "加熱慢，內膽疑似結垢", "安全閥滴水"],
}
_WD_INQUIRY = ["詢問保修期及延保辦法", "詢問濾網清洗方法", "諮詢以舊換新補貼", "詢問附近維修網點地址",
               "諮詢變頻空調省電設置", "詢問發票補開流程"]
_WD_SUGGEST = ["建議說明書增加圖示", "建議APP增加預約上門時段選擇", "建議冰箱增加兒童鎖", "建議延長熱線服務時間",
               "建議遙控器按鍵加大", "建議安裝師傅統一收費標準公示"]



def e192_s2_wangdi_service_orders(rng, injected=None):
    """S2 旺迪電器 售后服務管理制度 — CSV (UTF-8 带 BOM，繁體)。家电厂“旺迪電器”售后服務部的售后服務工單系統
    (CRM) 導出：熱線、官網留言、客服郵箱、經銷商反映進來的諮詢、意見建議、客戶投訴、市場投訴都建成一張服務單，
    受理人登記，售后服務部處理並第一時間反饋客戶，必要時把意見轉給相關部門（品質部、研發部、市場部），
    處理完後回訪。系統界面是繁體的（公司制度文本本身即繁體）。
    日期写法：`2025/03/04 09:12`（系統導出，補零到分）。

    按制度原文写下的表头（系統字段名）：
    服務單號, 建單時間, 信息來源, 單據類型, 客戶名稱, 聯繫電話, 所在地區, 產品型號, 問題描述, 受理人, 首次反饋時間,
    處理人, 處理部門, 處理措施, 完成時間, 重點客戶, 回訪時間, 回訪人, 回訪結果, 轉交部門, 轉交時間, 工單狀態, 備註

    读过制度 YAML 后补的列：受理部門（建單的部門：熱線坐席所在的客服中心、售后服務部，銷售部在展會/經銷商處
    也能直接建單）, 回訪部門, 轉交經辦部門（把意見轉給相關部門的是哪個部門；“轉交部門”是接收的部門）。

    注入（按规则 id，共 12 处）：after_sales_collects 3（銷售部直接受理投訴建單），after_sales_handles 3（品質部 2、
    研發部 1 直接處理投訴，沒經售后服務部），after_sales_revisits 2（市場部自己回訪），after_sales_feeds_back 2（銷售部
    自己把客戶意見轉給品質部/研發部），case_number 2（客戶再次來電時“複製原單”，複製單沿用原服務單號）。
    陷阱（不應報告）：受理部門、回訪部門寫“客服中心”（熱線坐席，屬售后服務部）；處理部門寫“售后服務部（維修站）”；
    “轉交部門”一列全是品質部、研發部、市場部等（是接收方，不是經辦方）；不少服務單沒有回訪或沒有轉交（制度不要求每件都
    回訪、都轉交）；處理人、回訪人是人名（不對應角色）；經銷商門戶提交的單由售后服務部受理建單（信息來源寫“經銷商反映”，不是銷售部受理）。
    """
    n = 40
    idx = list(range(n))
    rng.shuffle(idx)
    bad_collect, bad_handle, bad_revisit, bad_feedback = idx[0:3], idx[3:6], idx[6:8], idx[8:10]
    dup_sources = idx[10:12]
    handle_wrong = {bad_handle[0]: "品質部", bad_handle[1]: "品質部", bad_handle[2]: "研發部"}
    forced_revisit = set(bad_revisit)
    forced_feedback = set(bad_feedback)

    agents = distinct_names(rng, 5, set())            # 熱線坐席 / 售后服務部受理專員
    taken = set(agents)
    engineers = distinct_names(rng, 6, taken)         # 售后服務部 / 維修站工程師
    visitors = distinct_names(rng, 3, taken)          # 回訪專員
    sales = distinct_names(rng, 3, taken)             # 銷售部業務員
    quality = distinct_names(rng, 2, taken)           # 品質部工程師
    rnd_staff = distinct_names(rng, 1, taken)         # 研發部工程師
    market = distinct_names(rng, 2, taken)            # 市場部專員
    regions = ["廣東省佛山市順德區", "廣東省廣州市天河區", "湖南省長沙市岳麓區", "江西省南昌市青山湖區",
               "廣西南寧市青秀區", "福建省廈門市思明區", "湖北省武漢市洪山區", "廣東省東莞市南城街道"]

    days = sorted(_rand_day(rng, date(2025, 1, 3), date(2025, 6, 24)) for _ in range(n))
    # violations whose later step must have happened before the export get an early-enough order
    for k in list(forced_revisit | forced_feedback | set(dup_sources)):
        if days[k] > date(2025, 6, 5):
            days[k] = _rand_day(rng, date(2025, 2, 10), date(2025, 5, 30))
    created_all = [_work_hours(rng, datetime(d.year, d.month, d.day, 8, 0), 0.2, 12.5) for d in days]

    orders = []
    for i in range(n):
        created = created_all[i]
        model, kind = rng.choice(_WD_PRODUCTS)
        if i in bad_collect:
            source = pick(rng, [("展會現場", 1), ("經銷商反映", 1)])
            otype = pick(rng, [("客戶投訴", 2), ("市場投訴", 1)])
        elif i in handle_wrong or i in forced_feedback:
            source = pick(rng, [("服務熱線", 3), ("官網留言", 1), ("經銷商反映", 1)])
            otype = pick(rng, [("客戶投訴", 2), ("市場投訴", 1)])
        else:
            source = pick(rng, [("服務熱線", 10), ("官網留言", 3), ("客服郵箱", 2), ("經銷商反映", 3)])
            otype = pick(rng, [("客戶投訴", 9), ("市場投訴", 3), ("諮詢", 4), ("意見建議", 4)])
        if i in forced_revisit and otype in ("諮詢", "意見建議"):
            otype = "客戶投訴"

        if i in bad_collect:
            collect_by, agent = "銷售部", rng.choice(sales)
        elif source == "服務熱線":
            collect_by, agent = "客服中心", rng.choice(agents)
        else:
            collect_by, agent = "售后服務部", rng.choice(agents)

        if otype == "諮詢":
            desc, measure = rng.choice(_WD_INQUIRY), "電話解答"
        elif otype == "意見建議":
            desc, measure = rng.choice(_WD_SUGGEST), "記錄建議"
        else:
            desc = rng.choice(_WD_COMPLAINT[kind])
            if otype == "市場投訴":
                desc = pick(rng, [("經銷商反映：", 1), ("同批次多戶反映：", 1)]) + desc
            measure = pick(rng, [("上門維修", 6), ("更換配件", 3), ("換機", 1), ("退貨", 1), ("解釋說明並致歉", 2)])

        first_reply = _work_hours(rng, created, 0.3, 5)
        if i in handle_wrong:
            handle_by = handle_wrong[i]
            handler = rng.choice(quality) if handle_by == "品質部" else rnd_staff[0]
        elif otype in ("諮詢", "意見建議"):
            handle_by, handler = "售后服務部", rng.choice(agents)
        else:
            handle_by = pick(rng, [("售后服務部", 3), ("售后服務部（維修站）", 2)])
            handler = rng.choice(engineers)
        if otype in ("諮詢", "意見建議"):
            done = _work_hours(rng, first_reply, 0, 6)
        else:
            done = _work_hours(rng, created, 20, 24 * 9)
        if done > CUTOFF:
            done = None

        revisit_at = revisit_by = visitor = result = ""
        wants_revisit = otype in ("客戶投訴", "市場投訴") and rng.random() < 0.7
        if i in forced_revisit:
            wants_revisit = True
        if done is not None and wants_revisit:
            r = _work_hours(rng, done, 20, 24 * 4)
            if r <= CUTOFF:
                revisit_at = r
                if i in forced_revisit:
                    revisit_by, visitor = "市場部", rng.choice(market)
                else:
                    revisit_by = pick(rng, [("售后服務部", 3), ("客服中心", 2)])
                    visitor = rng.choice(visitors)
                result = pick(rng, [("滿意", 6), ("基本滿意", 3), ("不滿意", 1)])

        fb_at = fb_by = fb_to = ""
        wants_fb = (otype == "意見建議" and rng.random() < 0.7) or \
            (otype in ("客戶投訴", "市場投訴") and rng.random() < 0.3) or i in forced_feedback
        if wants_fb:
            f = _work_hours(rng, created, 2, 24 * 3)
            if f <= CUTOFF:
                fb_at = f
                if otype == "意見建議":
                    fb_to = pick(rng, [("研發部", 2), ("市場部", 1)])
                else:
                    fb_to = pick(rng, [("品質部", 3), ("研發部", 1)])
                fb_by = "銷售部" if i in forced_feedback else "售后服務部"

        if done is None:
            status = "處理中"
        elif revisit_at:
            status = "已回訪"
        else:
            status = pick(rng, [("已完成", 3), ("已關閉", 1)])
        note = ""
        if source == "經銷商反映" and i not in bad_collect:
            note = "經銷商門戶提交"
        elif i in bad_collect and source == "展會現場":
            note = "家博會現場登記，事後補錄"
        elif result == "不滿意":
            note = "客戶對上門時效不滿，已致歉"
        orders.append({
            "服務單號": None,
            "建單時間": created,
            "信息來源": source,
            "單據類型": otype,
            "客戶名稱": person_name(rng),
            "聯繫電話": mobile(rng),
            "所在地區": rng.choice(regions),
            "產品型號": model,
            "問題描述": desc,
            "受理部門": collect_by,
            "受理人": agent,
            "首次反饋時間": first_reply,
            "處理部門": handle_by,
            "處理人": handler,
            "處理措施": measure if done is not None else "",
            "完成時間": done,
            "重點客戶": pick(rng, [("否", 5), ("是", 1)]),
            "回訪時間": revisit_at or None,
            "回訪部門": revisit_by,
            "回訪人": visitor,
            "回訪結果": result,
            "轉交部門": fb_to,
            "轉交經辦部門": fb_by,
            "轉交時間": fb_at or None,
            "工單狀態": status,
            "備註": note,
        })

    # 服務單號: SF + 建單日期 + 當日流水
    seq = {}
    for o in sorted(orders, key=lambda o: o["建單時間"]):
        d = o["建單時間"].strftime("%y%m%d")
        seq[d] = seq.get(d, 0) + 1
        o["服務單號"] = f"SF{d}{seq[d]:03d}"

    # 客戶再次來電，坐席用“複製原單”新建一張，系統沿用了原單號
    copies = []
    for k in dup_sources:
        src = orders[k]
        c = dict(src)
        c["建單時間"] = _work_hours(rng, src["建單時間"], 24, 24 * 6)
        c["首次反饋時間"] = _work_hours(rng, c["建單時間"], 0.3, 3)
        c["備註"] = "客戶再次來電，複製原單"
        c["回訪時間"], c["回訪部門"], c["回訪人"], c["回訪結果"] = None, "", "", ""
        c["轉交部門"], c["轉交經辦部門"], c["轉交時間"] = "", "", None
        if c["完成時間"] is not None:
            c["完成時間"] = _work_hours(rng, c["建單時間"], 4, 48)
            if c["完成時間"] > CUTOFF:
                c["完成時間"] = None
        c["工單狀態"] = "處理中" if c["完成時間"] is None else "已完成"
        copies.append(c)
    orders.extend(copies)
    orders.sort(key=lambda o: o["建單時間"])

    rows = []
    for o in orders:
        rows.append({h: (_pad(v) if isinstance(v, datetime) else ("" if v is None else v)) for h, v in o.items()})

    hand = {
        "procedure": "s2-wangdi-after-sales-service",
        "encoding": "utf-8-sig",
        "columns": {
            "服務單號": "case_number",
            "建單時間": "collect_at",
            "受理部門": "collect_by",
            "完成時間": "handle_at",
            "處理部門": "handle_by",
            "回訪時間": "revisit_at",
            "回訪部門": "revisit_by",
            "轉交時間": "feedback_at",
            "轉交經辦部門": "feedback_by",
        },
        "roles": {
            "售后服務部": "after_sales",
            "售后服務部（維修站）": "after_sales",
            "客服中心": "after_sales",
            "銷售部": "related_departments",
            "品質部": "related_departments",
            "研發部": "related_departments",
            "市場部": "related_departments",
        },
    }
    return rows, hand


def e193_s5_yonglian_complaint_register(rng, injected=None):
    """S5 永联旅游公司游客投诉管理制度 — XLSX。永联旅游公司办公室用 Excel 记的“游客投诉登记台账”：400 旅游热线、
    QQ 在线咨询、现场、来信、上级转办的游客投诉由办公室接待登记，再转到被投诉部门（农耕园、旅行社、营销部等）
    处理，部门处理后回复办公室，办公室回复游客并回访。
    日期写法：Excel 日期单元格（只记日期，不记时分）。

    按制度原文写下的表头（台账列名）：
    序号, 登记时间, 投诉方式, 游客姓名, 联系电话, 团队/散客, 被投诉部门, 投诉内容, 游客诉求, 接待人, 转办日期,
    部门回复日期, 处理意见, 回复游客日期, 回访日期, 回访情况, 经办人, 备注
    （实际台账里“登记时间”一栏也只填日期，不填时分。）

    读过制度 YAML 后补的列：登记编号（办公室给每件投诉编的号，YLTS2025-001 起）, 接待部门（谁接待的：办公室，或
    农耕园游客中心、旅行社门市等部门自己接下的）, 转办经办部门（谁把投诉转出去的）, 回访部门。

    注入（按规则 id，共 12 处）：office_receives 4（农耕园游客中心 2、旅行社门市部 1、营销部 1 自己接待投诉，事后才补登台账），
    office_transfers 3（营销部 2、旅行社 1 自己把投诉转给别的部门），receive-transfer 3（转办日期早于登记时间：部门先转办，
    办公室事后补登），case_number 2（抄上一行时把登记编号一起抄下来，编号重复）。
    陷阱（不应报告）：回访部门是农耕园、旅行社、营销部（各部门回访，办公室配合，条文允许）；转办日期与登记时间同一天；
    接待部门写“办公室（400热线）”“办公室（QQ）”，都是办公室；“被投诉部门”一列全是各部门（是被投诉方，不是办理方）；
    不少投诉没有转办（当场解释清楚）或没有回访；接待人、经办人是人名。
    """
    n = 34
    idx = list(range(n))
    rng.shuffle(idx)
    bad_receive = {idx[0]: "农耕园游客中心", idx[1]: "农耕园游客中心", idx[2]: "旅行社门市部", idx[3]: "营销部"}
    bad_transfer = {idx[4]: "营销部", idx[5]: "营销部", idx[6]: "旅行社"}
    late_register = set(idx[7:10])                 # 部门先转办，办公室事后补登：转办日期早于登记时间
    dup_of_previous = set(idx[10:12])              # 抄上一行，登记编号跟着重复
    same_day_trap = set(idx[12:16])                # 当天登记当天转办

    clerks = distinct_names(rng, 3, set())         # 办公室接待（400热线、QQ）
    taken = set(clerks)
    dept_staff = distinct_names(rng, 4, taken)     # 各部门接下投诉的人
    handlers = distinct_names(rng, 3, taken)       # 办公室经办人

    targets = [("农耕园", 5), ("旅行社", 4), ("营销部", 2), ("景区餐饮部", 2), ("游船码头", 1), ("民宿接待中心", 1)]
    contents = {
        "农耕园": [("采摘区实际可采品种与宣传不符", "退部分门票款"), ("农耕体验项目排队两小时", "给个说法"),
                 ("小火车临时停运未提前告知", "退小火车票"), ("园内讲解员态度生硬", "道歉")],
        "旅行社": [("导游擅自增加购物点", "退还差价"), ("合同约定住宿标准降低", "赔偿差价"),
                 ("一日游集合时间一改再改", "赔偿误工"), ("导游中途离团", "道歉并赔偿")],
        "营销部": [("网上团购券到园不认", "按券入园或退款"), ("优惠活动规则解释前后不一", "按宣传优惠")],
        "景区餐饮部": [("农家菜价格高且分量少", "退部分餐费"), ("用餐后腹泻", "承担医药费")],
        "游船码头": [("游船超载，没有救生衣", "安全整改")],
        "民宿接待中心": [("民宿卫生差，床单有污渍", "换房或退款"), ("预订房型到店无房", "赔偿")],
    }
    ways = [("400热线", 9), ("QQ在线", 4), ("现场", 4), ("来信", 1), ("上级转办", 2)]

    days = sorted(_rand_day(rng, date(2025, 1, 6), date(2025, 6, 26)) for _ in range(n))
    recs = []
    for i in range(n):
        reg = days[i]
        way = pick(rng, ways)
        target = pick(rng, targets)
        content, demand = rng.choice(contents[target])
        team = pick(rng, [("散客", 3), ("团队", 2)])
        if i in bad_receive:
            receive_by = bad_receive[i]
            way = "现场"
            if receive_by.startswith("农耕园"):
                target = "农耕园"
            elif receive_by.startswith("旅行社"):
                target = "旅行社"
            content, demand = rng.choice(contents[target])
            receiver = rng.choice(dept_staff)
        elif way == "400热线":
            receive_by, receiver = "办公室（400热线）", rng.choice(clerks)
        elif way == "QQ在线":
            receive_by, receiver = "办公室（QQ）", rng.choice(clerks)
        else:
            receive_by, receiver = "办公室", rng.choice(clerks)

        need_transfer = i in bad_transfer or i in late_register or i in same_day_trap or rng.random() < 0.6
        transfer_at = None
        transfer_by = ""
        if need_transfer:
            if i in late_register:
                transfer_at = reg - timedelta(days=rng.randint(1, 3))
            elif i in same_day_trap:
                transfer_at = reg
            else:
                transfer_at = reg + timedelta(days=rng.randint(0, 2))
            transfer_by = bad_transfer.get(i, "办公室")
            if transfer_at > CUTOFF.date():
                transfer_at, transfer_by = None, ""
        note = ""
        if i in late_register:
            note = "部门先行处理，办公室补登"
        elif i in bad_receive:
            note = "部门自行接待，事后报办公室"
        elif i in bad_transfer:
            note = f"{bad_transfer[i]}直接联系{target}处理"
        elif way == "上级转办":
            note = "市旅游局12301转办件"

        dept_reply = reply_tourist = revisit = None
        opinion = revisit_note = revisit_by = ""
        base = transfer_at or reg
        if transfer_at:
            dept_reply = base + timedelta(days=rng.randint(1, 6))
            if dept_reply > date(2025, 6, 30):
                dept_reply = None
        if dept_reply or not transfer_at:
            opinion = pick(rng, [("已向游客解释并致歉", 3), ("退还部分费用", 3), ("赔偿并致歉", 1), ("责令整改", 1)])
            reply_tourist = (dept_reply or reg) + timedelta(days=rng.randint(0, 2))
            if reply_tourist > date(2025, 6, 30):
                reply_tourist, opinion = None, ""
        if reply_tourist and rng.random() < 0.6:
            revisit = reply_tourist + timedelta(days=rng.randint(2, 10))
            if revisit > date(2025, 6, 30):
                revisit = None
            else:
                revisit_by = pick(rng, [("办公室", 3), ("农耕园", 1), ("旅行社", 1), ("营销部", 1)])
                revisit_note = pick(rng, [("满意", 5), ("基本满意", 3), ("不满意，已再次解释", 1)])
        recs.append({
            "序号": i + 1,
            "登记编号": f"YLTS2025-{i + 1:03d}",
            "登记时间": reg,
            "投诉方式": way,
            "游客姓名": person_name(rng),
            "联系电话": mobile(rng),
            "团队/散客": team,
            "被投诉部门": target,
            "投诉内容": content,
            "游客诉求": demand,
            "接待部门": receive_by,
            "接待人": receiver,
            "转办日期": transfer_at,
            "转办经办部门": transfer_by,
            "部门回复日期": dept_reply,
            "处理意见": opinion,
            "回复游客日期": reply_tourist,
            "回访日期": revisit,
            "回访部门": revisit_by,
            "回访情况": revisit_note,
            "经办人": rng.choice(handlers),
            "备注": note,
        })
    for i in sorted(dup_of_previous):
        if i > 0:
            recs[i]["登记编号"] = recs[i - 1]["登记编号"]
        else:
            recs[0]["登记编号"] = recs[1]["登记编号"]

    hand = {
        "procedure": "s5-yonglian-tourist-complaints",
        "columns": {
            "登记编号": "case_number",
            "登记时间": "receive_at",
            "接待部门": "receive_by",
            "转办日期": "transfer_at",
            "转办经办部门": "transfer_by",
            "回访日期": "revisit_at",
            "回访部门": "revisit_by",
        },
        "roles": {
            "办公室": "office",
            "办公室（400热线）": "office",
            "办公室（QQ）": "office",
            "农耕园游客中心": "tourism_departments",
            "农耕园": "tourism_departments",
            "旅行社门市部": "tourism_departments",
            "旅行社": "tourism_departments",
            "营销部": "tourism_departments",
        },
    }
    return recs, hand


EXPORTS = [
    ("192-s2-wangdi-service-orders.csv", "utf-8-sig", e192_s2_wangdi_service_orders),
    ("193-s5-yonglian-complaint-register.xlsx", "xlsx", e193_s5_yonglian_complaint_register),
]
