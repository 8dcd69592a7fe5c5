"""Starter-profile benchmark exports 194-195 (set 33c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 194 195    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, person_name, mobile, distinct_names


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _mins(t):
    return None if t is None else t.replace(second=0, microsecond=0)


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _after(rng, t, lo_h, hi_h, day_from=8, day_to=21):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def e194_s9_xiangyong_owner_complaints(rng, injected=None):
    """S9 祥永物業 — a residential estate's 管理處 keeps an Excel register 「業主投訴登記表」 in traditional Chinese
    (the front-desk clerk types each owner complaint in; the 管理處主任 and 客服主管 fill in the later columns).
    Dates are real Excel date-time cells (the clerk types 2025/3/4 9:12 and Excel keeps a date cell).

    Headers written down from the source text alone (before the procedure YAML):
        登記編號, 投訴日期時間, 業主姓名, 座號/房號, 聯繫電話, 投訴方式 (來電/來訪/書面/E-mail),
        被投訴人或部門, 投訴事由, 事件經過, 業主要求, 投訴等級 (一般/重要/重大), 接待人,
        轉呈主任時間, 呈送總經理時間, 跟進人, 處理情況, 處理完成時間, 備註, 錄入人

    读过制度 YAML 后补的列：接待時間 (when the clerk received and registered the complaint; 投訴日期時間 is the time the
    owner gives — the call or visit itself, or the date on a letter / the send time of an E-mail, so for letters and
    E-mails it is earlier than 接待時間), 處理人職務 (the post of the person who finally handled the case: 物管員,
    管理處主任, 總經理, or for ordinary complaints the section heads 工程部主管/保安主管/清潔主管).

    Hand profile: 投訴日期時間 is the recorded complaint time (received_at), 接待時間 the reception step (receive_at)
    the deadlines start from; 一般 is not one of the procedure's levels (maps to ''); 投訴等級 also serves as an
    `outcomes` column: a 重大 case's 處理完成時間/處理人職務 are the GM's handling, a 重要 case's the director's.

    40 rows. Injected (by rule id, count):
        record_received_at 1 (letter without date), record_complainant 1, record_address 1, record_contact 1,
        record_complained_party 1, record_demand 1,
        major_to_gm_same_day 2 (呈送總經理 the next day),
        important_to_director_30_minutes 3 (45 min, 1 h 50 min, never 轉呈 — open at the audit time),
        important_to_office_director 1 (the same never-轉呈 case),
        step-gm_handle 1 (重大 handled by 管理處主任), step-director_handle 1 (重要 handled by 物管員),
        report_gm-gm_handle 1 (GM finished on the phone before the written 呈送),
        receive-report_director 1 (主任 told before the clerk registered the complaint),
        case_number (CK107) 1 (a copied 登記編號), severity (CK102) 1 (等級 written 待評估).
    Traps (not violations): a 重要 case 轉呈 exactly 30 minutes after 接待; a 重大 case received at 20:5x and 呈送 at 23:xx
    the same day; 一般 cases told to the director hours later (no deadline for 一般); an anonymous caller recorded as 匿名;
    a landline as 聯繫電話; letters whose 投訴日期時間 is the (date-only) letter date, up to two days before 接待時間; open 重大/重要 cases whose handling has not
    finished yet (the report was made in time).
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken = set()
    clerks = distinct_names(rng, 3, taken)
    officers = distinct_names(rng, 4, taken)
    director = distinct_names(rng, 1, taken)[0]
    gm_name = distinct_names(rng, 1, taken)[0]
    heads = {"工程維修部": ("工程部主管", distinct_names(rng, 1, taken)[0]),
             "保安部": ("保安主管", distinct_names(rng, 1, taken)[0]),
             "清潔部": ("清潔主管", distinct_names(rng, 1, taken)[0])}
    heads["綠化組"] = heads["清潔部"]

    major_t = [
        ("電梯困人", "5座2號電梯晚間停運困住業主及小孩約40分鐘，值班人員遲遲未到場", "追究責任、賠償並全面檢修電梯", "工程維修部"),
        ("車庫水浸", "暴雨後地下車庫水浸，多輛車輛受損，排水泵未啟動", "賠償車輛損失並說明排水泵故障原因", "工程維修部"),
        ("入室盜竊", "家中被盜，樓層監控當晚故障無錄像", "調查失竊經過並承擔安保責任", "保安部"),
        ("高空墜物", "外牆瓷磚脫落砸中停放車輛，險些傷人", "立即排查外牆並賠償車輛維修費", "工程維修部"),
        ("保安推搡業主", "業主與門崗保安發生爭執，保安推搡致業主手臂擦傷", "開除涉事保安並賠償醫藥費", "保安部"),
        ("燃氣泄漏", "樓道聞到燃氣味，報告管理處後一小時無人處理", "徹查燃氣管道並追究值班人員責任", "工程維修部"),
    ]
    important_t = [
        ("樓上漏水", "天花板滲水已三天，樓上住戶不在家，管理處未聯繫上", "盡快聯繫樓上住戶維修並修補天花板", "工程維修部"),
        ("電梯故障", "本週電梯第二次停運，家中老人上下樓不便", "徹底檢修並公布維修保養記錄", "工程維修部"),
        ("維修不及時", "報修廚房水管漏水一週仍未上門", "三天內上門維修", "工程維修部"),
        ("停水未通知", "小區停水一整天事先未貼通知", "今後停水提前通知並解釋原因", "客服前台"),
        ("車位被佔", "本人產權車位連續一週被外來車輛佔用", "處理佔位車輛並加強車輛進出管理", "停車場管理"),
        ("裝修噪音", "樓下單位裝修晚上十點後仍在施工", "按裝修守則限制施工時間", "裝修管理組"),
        ("管理費多收", "管理費賬單重複收取兩個月", "核對並退還多收費用", "財務部"),
        ("外牆滲水", "臥室外牆雨後滲水，牆面發霉", "安排維修並承擔修補費用", "工程維修部"),
    ]
    general_t = [
        ("垃圾未清", "垃圾房兩天未清運，異味嚴重", "每日按時清運並消毒", "清潔部"),
        ("保安態度", "晚上回家門崗保安盤問時語氣生硬", "保安道歉並加強培訓", "保安部"),
        ("綠化修剪", "綠化修剪後樹枝堆放在人行通道", "盡快清理樹枝", "綠化組"),
        ("寵物便溺", "鄰居狗隻在走廊便溺無人清理", "管理處勸導並清理走廊", "NEIGHBOUR"),
        ("門禁卡", "門禁卡失靈，補辦收費偏高", "免費補辦門禁卡", "客服前台"),
        ("路燈不亮", "中庭路燈已壞一週，夜間行走不便", "盡快更換路燈", "工程維修部"),
        ("快遞堆放", "大堂快遞亂堆，業主包裹丟失", "規範快遞存放", "客服前台"),
        ("蚊蟲", "水景池長期積水滋生蚊蟲", "定期清理水景池並滅蚊", "清潔部"),
        ("樓道雜物", "鄰居在消防通道堆放雜物", "督促清理樓道雜物", "NEIGHBOUR"),
        ("泳池開放", "泳池開放時間未按公告執行", "按公告時間開放", "會所"),
    ]

    def addr():
        return f"{rng.randint(1, 8)}座{rng.randint(2, 32)}{rng.randint(1, 6):02d}室"

    # levels and flags, then dates
    specs = ([("重大", f) for f in ["gm_late", "gm_late", "gm_by_director", "order_gm", "trap_evening", "ok", ]] +
             [("重要", f) for f in ["dir_45", "dir_110", "dir_blank", "dir_by_officer", "order_dir", "trap_30"] + ["ok"] * 7] +
             [("一般", f) for f in ["no_received_at", "no_complainant", "no_address", "no_contact", "no_party", "no_demand",
                                    "dup", "trap_anonymous", "trap_landline", "trap_told_director", "trap_told_director"]
              + ["ok"] * 9] +
             [("待評估", "bad_level")])
    rng.shuffle(specs)
    lo, hi = date(2025, 1, 3), date(2025, 6, 27)
    days = sorted(_rand_day(rng, lo, hi) for _ in specs)
    cases = []
    for (level, flag), d in zip(specs, days):
        if flag == "trap_evening":
            t = _at(rng, d, 20.75, 20.95)
        elif flag == "order_gm":
            t = _at(rng, d, 8.5, 11)
        else:
            t = _at(rng, d, 8, 20.5)
        cases.append({"level": level, "flag": flag, "t": t})
    # the never-forwarded 重要 case is one of June's
    blanks = [c for c in cases if c["flag"] == "dir_blank"]
    if blanks and blanks[0]["t"] < datetime(2025, 6, 1):
        june = [c for c in cases if c["t"] >= datetime(2025, 6, 1) and c["level"] == "重要" and c["flag"] == "ok"]
        if june:
            june[0]["flag"], blanks[0]["flag"] = "dir_blank", "ok"

    rows = []
    seq_of_month = {}
    prev_no = None
    for c in cases:
        t, level, flag = c["t"], c["level"], c["flag"]
        seq_of_month[t.month] = seq_of_month.get(t.month, 0) + 1
        no = f"TS{t.year % 100}{t.month:02d}-{seq_of_month[t.month]:03d}"
        if flag == "dup" and prev_no:
            no = prev_no
            seq_of_month[t.month] -= 1
        prev_no = no
        way = pick(rng, [("來電", 45), ("來訪", 35), ("書面", 10), ("E-mail", 10)])
        if flag == "no_received_at":
            way = "書面"
        if flag == "trap_anonymous":
            way = "來電"
        receive = _mins(t)
        if way == "書面":      # the date written on the letter: a plain date cell
            received = datetime(receive.year, receive.month, receive.day) - timedelta(days=rng.randint(0, 2))
        elif way == "E-mail":
            received = receive - timedelta(minutes=rng.randint(60, 20 * 60))
        else:
            received = receive
        tmpl = rng.choice(major_t if level == "重大" else important_t if level == "重要" else general_t)
        subject, story, demand, party = tmpl
        if party == "NEIGHBOUR":
            party = f"{rng.randint(1, 8)}座{rng.randint(2, 32)}{rng.randint(1, 6):02d}住戶"
        owner, address, phone = person_name(rng), addr(), mobile(rng)
        to_director = to_gm = None
        handler_post = follow = None
        done = None
        if level == "重要":
            gap = {"dir_45": 45, "dir_110": 110, "trap_30": 30, "order_dir": -12}.get(flag, rng.randint(5, 27))
            to_director = None if flag == "dir_blank" else receive + timedelta(minutes=gap)
            if flag != "dir_blank":
                handler_post, follow = ("物管員", rng.choice(officers)) if flag == "dir_by_officer" else ("管理處主任", director)
                done = _after(rng, max(receive, to_director), 3, 96)
        elif level == "重大":
            if flag == "gm_late":
                to_gm = (receive + timedelta(days=1)).replace(hour=rng.randint(9, 11), minute=rng.randint(0, 59))
            elif flag == "trap_evening":
                to_gm = receive.replace(hour=23, minute=rng.randint(5, 45))
            elif flag == "order_gm":
                to_gm = receive + timedelta(minutes=rng.randint(300, 420))
            else:
                to_gm = receive + timedelta(minutes=rng.randint(40, 240))
                if to_gm.date() != receive.date():
                    to_gm = receive.replace(hour=23, minute=30)
            handler_post, follow = ("管理處主任", director) if flag == "gm_by_director" else ("總經理", gm_name)
            if flag == "order_gm":
                done = receive + timedelta(minutes=rng.randint(70, 150))
            else:
                done = _after(rng, to_gm, 20, 24 * 6)
        else:
            dept = party if party in heads else None
            handler_post, follow = heads[dept] if dept else ("物管員", rng.choice(officers))
            done = _after(rng, receive, 2, 24 * 5)
            if flag == "trap_told_director":
                to_director = receive + timedelta(minutes=rng.randint(90, 300))
        if done is not None and done > CUTOFF:
            done = None
        if done is None and level != "待評估":
            result = "跟進中"
        elif level == "待評估":
            handler_post, follow = None, rng.choice(officers)
            result = "待主任評估等級"
        else:
            result = rng.choice(["已處理，業主表示滿意", "已派員處理並回覆業主", "已與業主溝通並解釋", "已整改完畢，電話回訪業主",
                                 "已協調相關方處理"])

        if flag == "no_received_at":
            received = None
        if flag == "no_complainant":
            owner = None
        if flag == "trap_anonymous":
            owner = "匿名"
            address = f"{rng.randint(1, 8)}座"
        if flag == "no_address":
            address = None
        if flag == "no_contact":
            phone = None
        if flag == "trap_landline":
            phone = f"0755-2{rng.randint(1000000, 9999999)}"
        if flag == "no_party":
            party = None
        if flag == "no_demand":
            demand = None
        for f in {"no_received_at": ["record_received_at"], "no_complainant": ["record_complainant"],
                  "no_address": ["record_address"], "no_contact": ["record_contact"],
                  "no_party": ["record_complained_party"], "no_demand": ["record_demand"],
                  "gm_late": ["major_to_gm_same_day"], "dir_45": ["important_to_director_30_minutes"],
                  "dir_110": ["important_to_director_30_minutes"],
                  "dir_blank": ["important_to_director_30_minutes", "important_to_office_director"],
                  "gm_by_director": ["step-gm_handle"], "dir_by_officer": ["step-director_handle"],
                  "order_gm": ["report_gm-gm_handle"], "order_dir": ["receive-report_director"],
                  "dup": ["case_number"], "bad_level": ["severity"]}.get(flag, []):
            note((no, f))
        clerk = rng.choice(clerks)
        rows.append({
            "登記編號": no,
            "投訴日期時間": received,
            "接待時間": receive,
            "投訴方式": way,
            "業主姓名": owner,
            "座號/房號": address,
            "聯繫電話": phone,
            "被投訴人或部門": party,
            "投訴事由": subject,
            "事件經過": story,
            "業主要求": demand,
            "投訴等級": level,
            "接待人": clerk,
            "轉呈主任時間": to_director,
            "呈送總經理時間": to_gm,
            "跟進人": follow,
            "處理人職務": handler_post,
            "處理情況": result,
            "處理完成時間": done,
            "備註": rng.choice(["", "", "", "", "業主要求書面回覆", "已拍照存檔", "租戶投訴，已告知業主", "重複投訴"]),
            "錄入人": clerk if rng.random() < 0.8 else rng.choice(clerks),
        })
        for k in ("投訴日期時間", "接待時間", "轉呈主任時間", "呈送總經理時間", "處理完成時間"):
            assert rows[-1][k] is None or rows[-1][k] <= CUTOFF, (no, k)

    hand = {
        "procedure": "s9-xiangyong-property-service",
        "sheet": "导出",
        "columns": {
            "登記編號": "case_number",
            "投訴日期時間": "received_at",
            "接待時間": "receive_at",
            "業主姓名": "complainant",
            "座號/房號": "address",
            "聯繫電話": "contact_phone",
            "被投訴人或部門": "complained_party",
            "事件經過": "content",
            "業主要求": "demand",
            "投訴等級": "severity",
            "轉呈主任時間": "report_director_at",
            "呈送總經理時間": "report_gm_at",
        },
        "values": {
            "severity": {"重大": "major", "重要": "important", "一般": ""},
        },
        "roles": {"物管員": "property_officer", "管理處主任": "office_director", "總經理": "general_manager"},
        "outcomes": {
            "投訴等級": {"date": "處理完成時間", "by": "處理人職務",
                      "steps": {"重大": "gm_handle", "重要": "director_handle"}},
        },
    }
    return rows, hand


def e195_s32_quality_anomaly_qms(rng, injected=None):
    """S32 产品质量异常处理流程 (YCCL) — a components manufacturer's QMS module 「质量异常管理」; the list view is
    exported to CSV (UTF-8 with BOM) with its own system field names. Dates as the QMS prints them: 2025-03-04 09:12:33.

    Headers written down from the source text alone (before the procedure YAML):
        异常单号, 单据状态, 异常类别 (来料异常/制程异常/出货检验异常/客户抱怨), 发起部门, 发起人, 发起时间,
        产品料号, 产品名称, 生产批号, 线别/工序, 不良现象描述, 检验数, 不良数, 不良率(%), 质量目标(%),
        不良性质 (外观/结构/功能), 是否重复发生, 质控判定人, 判定时间, 分析部门, 原因分析, 分析完成时间,
        临时对策, 对策执行部门, 执行完成时间, 效果确认人, 效果确认时间, 确认结果, 不良品处置 (返工/报废/特采/退供应商),
        客户名称, 业务接收时间, 回复客户时间, 创建人, 最后修改时间

    读过制度 YAML 后补的列：客诉接收人 (who in 业务部 logged the customer's complaint), 回复人 (who sent the result
    back to the customer). The QMS writes staff names in 质控判定人/效果确认人/客诉接收人/回复人 and department names in
    分析部门/对策执行部门; 异常类别 also has 客户退货, and 不良性质 also 尺寸不良 and 包装不良.

    Hand profile: staff names are mapped to their departments' roles (sales clerks → 业务部, QC engineers → 质控部,
    engineers → 技术部, workshop heads → 生产部门); 研发中心 and 设备部 are 其它部门; 来料异常 is 制程异常 (3.1.2.3
    使用不合格的原料), 出货检验异常/客户抱怨/客户退货 are 产品品质异常; 尺寸不良 is 结构类, 包装不良 none of the three
    (''). The analysis the procedure means (4.2 → 4.4 投诉分析完成后反馈客户) is that of customer complaints, so
    分析完成时间/分析部门 feed the analyse step only for 客户抱怨/客户退货 (an `outcomes` entry on 异常类别); internal
    anomalies have no customer to reply to.

    45 rows. Injected (by rule id, count):
        receive_by_sales 2 (complaint logged by a QC engineer, by an engineer of 技术部),
        confirm_by_quality_control 2 (判定 by a workshop head, by an engineer),
        structural_functional_analysed_by_technical 2 (结构不良 analysed by 质控部, 功能不良 by a workshop),
        execute_by_production 1 (质控部 did the temporary measure itself), confirm_effect_by_quality_control 1
        (effect confirmed by a workshop head), reply_by_sales 1 (an engineer replied to the customer),
        result_fed_back 2 (complaints analysed, no reply to the customer yet),
        analyse-reply 1, execute-confirm_effect 1, receive-confirm 1 (out-of-order times).
    Traps (not violations): 功能不良 complaint analysed by 研发中心 (其它部门 allowed by 4.5); 外观不良 complaints analysed
    by 质控部 (no department prescribed); complaint logged by 业务二部 staff; internal anomalies analysed with no customer
    reply; a complaint still under analysis (no reply due yet); a complaint judged in the same minute it was logged;
    包装不良 (no defect class).
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken = set()
    sales = distinct_names(rng, 4, taken)        # 业务一部 / 业务二部
    qc = distinct_names(rng, 4, taken)           # 质控部 IQC / IPQC / OQC
    tech = distinct_names(rng, 3, taken)         # 技术部 engineers
    prod = distinct_names(rng, 3, taken)         # 车间主任 / 班长
    clerk = distinct_names(rng, 1, taken)[0]     # 质控部 文员, creates internal records
    customers = ["广州恒通电器有限公司", "佛山美达家电有限公司", "东莞科瑞电子有限公司", "苏州华益机电有限公司", "宁波捷成汽配有限公司"]
    products = [("YC-2103-01", "电机端盖", "冲压车间"), ("YC-2210-05", "齿轮箱壳体", "装配车间"),
                ("YC-3302-11", "注塑外壳", "注塑车间"), ("YC-4105-02", "接线端子座", "注塑车间"),
                ("YC-5120-07", "散热支架", "冲压车间"), ("YC-6001-03", "风扇组件", "装配车间")]
    defects = {
        "外观不良": ["表面划伤", "毛刺未去除", "色差超限度样板", "注塑缩水"],
        "结构不良": ["装配干涉", "卡扣断裂", "壳体变形"],
        "尺寸不良": ["孔径超差", "平面度超差", "安装孔位偏移"],
        "功能不良": ["运转异响", "通电不良", "扭矩不足"],
        "包装不良": ["标签料号错误", "包装箱破损"],
    }
    measures = {"外观不良": "全检挑选，不良品返工打磨", "结构不良": "调整模具并100%功能测试", "尺寸不良": "修模并首件全尺寸检验",
                "功能不良": "更换物料批次并100%通电测试", "包装不良": "重新贴标、更换外箱"}

    specs = ([("客户抱怨", f) for f in ["recv_qc", "recv_tech", "an_struct_qc", "an_func_prod", "reply_tech",
                                        "no_reply", "no_reply", "order_reply", "order_recv", "trap_rd", "trap_appearance",
                                        "trap_sales2", "trap_pending", "trap_same_minute"]] +
             [("客户退货", f) for f in ["ok", "confirm_prod"]] +
             [("来料异常", f) for f in ["ok"] * 7 + ["exec_qc"]] +
             [("制程异常", f) for f in ["ok"] * 11 + ["confirm_tech", "effect_prod"]] +
             [("出货检验异常", f) for f in ["ok"] * 6 + ["order_effect", "trap_packaging"]])
    rng.shuffle(specs)
    # the still-under-analysis complaint is the last one; everything else starts early enough to be finished
    specs.sort(key=lambda s: s[1] == "trap_pending")
    lo, hi = date(2025, 1, 6), date(2025, 6, 10)
    days = sorted(_rand_day(rng, lo, hi) for _ in specs[:-1]) + [date(2025, 6, 27)]
    order = list(range(len(specs)))

    def fmt(t):
        return "" if t is None else t.strftime("%Y-%m-%d %H:%M:%S")

    def sec(t):
        return None if t is None else t.replace(second=rng.randint(0, 59))

    rows = []
    seq_of_month = {}
    for k in order:
        cat, flag = specs[k]
        d = days[k]
        t0 = _at(rng, d, 8, 17.5).replace(second=rng.randint(0, 49))   # the QMS stamps the record's creation
        seq_of_month[t0.month] = seq_of_month.get(t0.month, 0) + 1
        no = f"YCQE{t0.year % 100}{t0.month:02d}{seq_of_month[t0.month]:03d}"
        customer_case = cat in ("客户抱怨", "客户退货")
        code, pname, shop = rng.choice(products)
        nature = pick(rng, [("外观不良", 35), ("结构不良", 20), ("尺寸不良", 20), ("功能不良", 25)])
        if flag in ("an_struct_qc",):
            nature = "结构不良"
        elif flag in ("an_func_prod", "trap_rd"):
            nature = "功能不良"
        elif flag == "trap_appearance":
            nature = "外观不良"
        elif flag == "trap_packaging":
            nature = "包装不良"
        phenomenon = rng.choice(defects[nature])

        # who / when
        receiver = rng.choice(sales[:2]) if customer_case else ""
        if flag == "trap_sales2":
            receiver = sales[3]
        elif flag == "recv_qc":
            receiver = qc[0]
        elif flag == "recv_tech":
            receiver = tech[1]
        received = t0 if customer_case else None
        judge_at = _after(rng, t0, 0.3, 6)
        if flag == "trap_same_minute":
            judge_at = t0 + timedelta(seconds=rng.randint(5, 10))   # QC on the line, judged at once
        elif flag == "order_recv":
            judge_at = t0 - timedelta(minutes=rng.randint(90, 300))    # QC judged the returned samples before 业务 logged it
        judge_by = rng.choice(qc)
        if flag == "confirm_prod":
            judge_by = prod[0]
        elif flag == "confirm_tech":
            judge_by = tech[0]
        an_at = _after(rng, judge_at, 4, 60)
        if nature == "外观不良" or nature == "包装不良":
            an_by = "质控部" if rng.random() < 0.7 else "技术部"
        else:
            an_by = "技术部"
        if flag == "an_struct_qc":
            an_by = "质控部"
        elif flag == "an_func_prod":
            an_by = shop
        elif flag == "trap_rd":
            an_by = "研发中心"
        elif flag == "trap_appearance":
            an_by = "质控部"
        ex_at = _after(rng, an_at, 2, 60)
        ex_by = "质控部" if flag == "exec_qc" else shop
        eff_at = _after(rng, ex_at, 24, 120)
        if flag == "order_effect":
            eff_at = ex_at - timedelta(minutes=rng.randint(120, 600))
        eff_by = rng.choice(qc)
        if flag == "effect_prod":
            eff_by = prod[1]
        reply_at = reply_by = None
        if customer_case:
            reply_at = _after(rng, an_at, 1, 40)
            reply_by = receiver if receiver in sales else rng.choice(sales[:2])
            if flag == "reply_tech":
                reply_by = tech[2]
            if flag == "order_reply":
                reply_at = an_at - timedelta(minutes=rng.randint(180, 1440))   # preliminary answer entered as the reply
            if flag == "no_reply":
                reply_at = reply_by = None
        if flag == "trap_pending":
            an_at = ex_at = eff_at = reply_at = reply_by = None
            ex_by = eff_by = None
            an_by = "技术部"
        for t in (judge_at, an_at, ex_at, eff_at, reply_at):
            assert t is None or t <= CUTOFF, (no, flag)

        done = eff_at is not None and (not customer_case or reply_at is not None)
        status = "已结案" if done else ("待分析" if an_at is None else "待回复客户" if customer_case else "待效果确认")
        if flag in ("no_reply",):
            status = "处理中"
        inspected = rng.choice([50, 80, 125, 200, 315, 500, 800, 1250])
        bad = max(1, int(inspected * rng.uniform(0.008, 0.09)))
        target = rng.choice([0.5, 1.0, 1.5, 2.0])
        for f in {"recv_qc": ["receive_by_sales"], "recv_tech": ["receive_by_sales"],
                  "confirm_prod": ["confirm_by_quality_control"], "confirm_tech": ["confirm_by_quality_control"],
                  "an_struct_qc": ["structural_functional_analysed_by_technical"],
                  "an_func_prod": ["structural_functional_analysed_by_technical"],
                  "exec_qc": ["execute_by_production"], "effect_prod": ["confirm_effect_by_quality_control"],
                  "reply_tech": ["reply_by_sales"], "no_reply": ["result_fed_back"],
                  "order_reply": ["analyse-reply"], "order_effect": ["execute-confirm_effect"],
                  "order_recv": ["receive-confirm"]}.get(flag, []):
            note((no, f))
        raised_dept = ("业务一部" if receiver in sales[:2] else "业务二部" if receiver in sales else
                       "质控部" if receiver in qc else "技术部") if customer_case else \
            ("质控部" if cat in ("来料异常", "出货检验异常") or rng.random() < 0.7 else shop)
        raiser = receiver if customer_case else (rng.choice(qc) if raised_dept == "质控部" else rng.choice(prod))
        last = max(t for t in (t0, judge_at, an_at, ex_at, eff_at, reply_at) if t is not None)
        rows.append({
            "异常单号": no,
            "单据状态": status,
            "异常类别": cat,
            "发起部门": raised_dept,
            "发起人": raiser,
            "发起时间": fmt(t0),
            "客户名称": rng.choice(customers) if customer_case else "",
            "客诉接收人": receiver,
            "业务接收时间": fmt(received),
            "产品料号": code,
            "产品名称": pname,
            "生产批号": f"{(d - timedelta(days=rng.randint(3, 40))).strftime('%y%m%d')}-{rng.choice('ABC')}{rng.randint(1, 9)}",
            "线别/工序": f"{shop}{rng.choice(['一线', '二线', '三线'])}",
            "不良现象描述": phenomenon,
            "检验数": inspected,
            "不良数": bad,
            "不良率(%)": f"{bad * 100 / inspected:.2f}",
            "质量目标(%)": f"{target:.1f}",
            "不良性质": nature,
            "是否重复发生": "是" if rng.random() < 0.15 else "否",
            "质控判定人": judge_by,
            "判定时间": fmt(judge_at if flag == "trap_same_minute" else sec(judge_at)),
            "分析部门": an_by if an_at is not None or flag == "trap_pending" else "",
            "原因分析": "" if an_at is None else rng.choice(["模具磨损", "来料批次硬度偏低", "作业员未按SOP操作", "设备参数漂移",
                                                          "治具定位销松动", "供应商工艺变更未通知"]),
            "分析完成时间": fmt(sec(an_at)),
            "临时对策": "" if an_at is None else measures[nature],
            "对策执行部门": ex_by or "",
            "执行完成时间": fmt(sec(ex_at)),
            "效果确认人": eff_by or "",
            "效果确认时间": fmt(sec(eff_at)),
            "确认结果": "" if eff_at is None else pick(rng, [("有效", 85), ("有效，继续跟踪3批", 15)]),
            "不良品处置": pick(rng, [("返工", 35), ("报废", 20), ("特采", 10), ("挑选", 20)]) if cat != "来料异常"
            else pick(rng, [("退供应商", 60), ("挑选", 25), ("特采", 15)]),
            "回复人": reply_by or "",
            "回复客户时间": fmt(sec(reply_at)),
            "创建人": receiver if customer_case else clerk,
            "最后修改时间": fmt(last + timedelta(minutes=rng.randint(1, 30), seconds=rng.randint(0, 59))),
        })

    roles = {n: "sales" for n in sales}
    roles.update({n: "quality_control" for n in qc})
    roles.update({n: "technical" for n in tech})
    roles.update({n: "production" for n in prod})
    roles.update({"质控部": "quality_control", "技术部": "technical", "研发中心": "other_departments",
                  "冲压车间": "production", "注塑车间": "production", "装配车间": "production"})
    hand = {
        "procedure": "s32-quality-anomaly-handling-yccl",
        "encoding": "utf-8-sig",
        "columns": {
            "异常单号": "case_number",
            "异常类别": "category",
            "客诉接收人": "receive_by",
            "业务接收时间": "receive_at",
            "不良性质": "defect_type",
            "质控判定人": "confirm_by",
            "判定时间": "confirm_at",
            "对策执行部门": "execute_by",
            "执行完成时间": "execute_at",
            "效果确认人": "confirm_effect_by",
            "效果确认时间": "confirm_effect_at",
            "回复人": "reply_by",
            "回复客户时间": "reply_at",
        },
        "values": {
            "category": {"来料异常": "process_anomaly", "制程异常": "process_anomaly",
                         "出货检验异常": "product_quality_anomaly", "客户抱怨": "product_quality_anomaly",
                         "客户退货": "product_quality_anomaly"},
            "defect_type": {"外观不良": "appearance", "结构不良": "structural", "尺寸不良": "structural",
                            "功能不良": "functional", "包装不良": ""},
        },
        "roles": roles,
        "outcomes": {
            "异常类别": {"date": "分析完成时间", "by": "分析部门",
                      "steps": {"客户抱怨": "analyse", "客户退货": "analyse"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("194-s9-xiangyong-owner-complaints.xlsx", "xlsx", e194_s9_xiangyong_owner_complaints),
    ("195-s32-quality-anomaly-qms.csv", "utf-8-sig", e195_s32_quality_anomaly_qms),
]
