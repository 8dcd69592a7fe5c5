"""Starter-profile benchmark exports 100-101 (set 18a), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 100 101    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, distinct_names, mobile as _mobile, working_minutes


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return working_minutes(t, CUTOFF)


def _days(rng, n, first=datetime(2025, 1, 3), last=datetime(2025, 6, 20)):
    """n complaint days spread over the half year, in order, working hours."""
    span = (last - first).days
    out = [first + timedelta(days=rng.randint(0, span)) for _ in range(n)]
    return sorted(d.replace(hour=8, minute=0) + timedelta(minutes=rng.randint(20, 9 * 60 + 30)) for d in out)


# --- 100: S3, a PCB maker's QMS complaint-tracking export ----------------------------------------------------------

def e100_s3_pcb_qms(rng, injected=None):
    """星金电路（PCB 厂）QMS 系统“客诉管理”模块导出的客诉追踪表（XLSX，日期列为真正的日期时间单元格），
    按 S3《星金 客户投诉管理办法》审计。
    客诉单号按“年月+流水”编（CC2503-07）；客诉类别：品质客诉 / 非品质客诉；严重度 A/B/C；状态 Open / On-going / Closed；
    客户要求：8D报告 / 退货重工 / 扣款索赔 / 改善说明；责任单位写制程（电镀、防焊、成型、钻孔、外层线路、AOI 等）。
    业务担当、QA担当写员工姓名；开立单位写部门：业务部（含业务一课、业务二课、华东办事处）是“业务部”，
    品保部、制造部、工程部、生管课都是“有关单位”（由审计人员按组织图核对）。
    读过制度 YAML 后补的列：客户损失（Y/N：loss_caused）、赴客户端处理（Y/N：onsite_handling）、
    异常单号、异常单开立日期（exception_slip_at）、开立单位（exception_slip_by）。
    注入：未造成损失（客户损失=N）又赴客户端处理（Y）却没有异常单开立日期 9 件；客诉单号重复 1 对（系统迁移时重号）。
    陷阱（不是违规）：“客户损失”填“待确认”、赴客户端处理、没开异常单 2 件（有无损失未判定，无从判断是否应开单；
    映射为空白）；有损失又赴客户端处理、没开异常单（走 8D / 索赔，制度不要求异常单）；没有损失也没有赴客户端
    （邮件寄回分析）、没开异常单；没赴客户端却开了异常单；异常单由品保部、制造部、工程部、生管课开立（有关单位）；
    仍在调查、“客户损失”空白的 Open 案件 3 件；同一料号 / 同一订单被客诉两次（两张不同的客诉单）；非品质客诉（交期、包装）。
    """
    n = 64
    slots = list(range(3, n))
    rng.shuffle(slots)
    no_slip = [slots.pop() for _ in range(9)]
    trap_unsure = [slots.pop() for _ in range(2)]
    open_blank = [slots.pop() for _ in range(3)]
    trap_loss_onsite = [slots.pop() for _ in range(4)]
    trap_remote_slip = [slots.pop() for _ in range(2)]
    staff_taken: set = set()
    sales_staff = distinct_names(rng, 4, staff_taken)
    qa_staff = distinct_names(rng, 4, staff_taken)
    customers = [("C0012", "捷创电子"), ("C0031", "华鼎通讯"), ("C0047", "领航汽车电子"), ("C0058", "博远医疗"),
                 ("C0063", "新宇智能"), ("C0075", "德盛工控"), ("C0102", "Flextron-SZ"), ("C0118", "光启照明")]
    parts = [f"{p}-{rng.randint(100, 999)}" for p in ("XJ4L", "XJ6L", "XJ8L", "XJ2L", "XJHDI") for _ in range(2)]
    defects_q = [("开路", "外层线路"), ("短路", "外层线路"), ("孔铜不足", "电镀"), ("阻焊起泡", "防焊"), ("板翘", "成型"),
                 ("焊盘上锡不良", "表面处理"), ("孔偏", "钻孔"), ("字符模糊", "文字"), ("外形尺寸超差", "成型"),
                 ("分层爆板", "压合"), ("漏测开短路", "电测")]
    defects_nq = [("交期延误", "生管课"), ("包装破损受潮", "出货仓"), ("数量短少", "出货仓"), ("标签错误", "出货仓")]
    demands = ["8D报告", "退货重工", "扣款索赔", "改善说明"]
    roots = {"外层线路": "曝光对位偏移，干膜残留", "电镀": "电镀药水浓度偏低，孔铜厚度不足", "防焊": "前处理不良，油墨附着力差",
             "成型": "压板冷却不足导致翘曲", "表面处理": "沉金厚度偏薄", "钻孔": "钻孔程式未更新", "文字": "网版老化",
             "压合": "PP 受潮", "电测": "测试治具漏点", "生管课": "排程未考虑客户急单", "出货仓": "打包作业未按 SOP"}
    sales_units = ["业务部", "业务一课", "业务二课", "华东办事处"]
    other_units = ["品保部", "制造部", "工程部", "生管课"]

    rows = []
    times = _days(rng, n, first=datetime(2025, 2, 10))     # shipments complained about went out from January on
    for i in range(n):
        recv = times[i]
        code, cust = rng.choice(customers)
        quality = rng.random() < 0.85 or i in no_slip + trap_unsure + trap_loss_onsite + trap_remote_slip
        defect, unit = rng.choice(defects_q if quality else defects_nq)
        ship = (recv - timedelta(days=rng.randint(5, 40))).replace(hour=0, minute=0)
        qty = rng.choice([500, 1000, 2000, 3000, 5000, 8000, 12000])
        bad = max(1, int(qty * rng.uniform(0.002, 0.08)))
        # scenario: loss / onsite / exception slip
        if i in no_slip:
            loss, onsite, slip = "N", "Y", False
        elif i in trap_unsure:
            loss, onsite, slip = "待确认", "Y", False
        elif i in open_blank:
            loss, onsite, slip = "", rng.choice(["Y", "N"]), False
        elif i in trap_loss_onsite:
            loss, onsite, slip = "Y", "Y", False
        elif i in trap_remote_slip:
            loss, onsite, slip = "N", "N", True
        else:
            loss = pick(rng, [("N", 55), ("Y", 45)]) if quality else "N"
            onsite = pick(rng, [("Y", 50), ("N", 50)]) if quality else "N"
            if loss == "N" and onsite == "Y":
                slip = True
            elif loss == "Y":
                slip = rng.random() < 0.3
            else:
                slip = False
        slip_at = slip_no = slip_unit = None
        if slip:
            slip_at = _cap(recv + timedelta(hours=rng.uniform(2, 70)))
            if slip_at:
                slip_no = f"AB{slip_at:%y%m%d}{rng.randint(10, 99)}"
                slip_unit = pick(rng, [(rng.choice(sales_units), 55), (rng.choice(other_units), 45)])
        # progress
        if i in open_blank or (i >= n - 6 and rng.random() < 0.6):
            status = "Open" if i in open_blank or rng.random() < 0.5 else "On-going"
        else:
            status = "Closed"
        demand = rng.choice(demands) if quality else "改善说明"
        if loss == "Y" and demand == "改善说明":
            demand = rng.choice(["扣款索赔", "退货重工"])
        if loss != "Y" and demand == "扣款索赔":
            demand = "8D报告"
        reply8d = _cap(recv + timedelta(days=rng.uniform(3, 12))) if status != "Open" and demand == "8D报告" else None
        closed = _cap(recv + timedelta(days=rng.uniform(7, 30))) if status == "Closed" else None
        if status == "Closed" and closed is None:
            status = "On-going"
        row = Case()
        row["客诉单号"] = None                      # numbered below, by month
        row["客诉日期"] = recv
        row["客户代码"] = code
        row["客户简称"] = cust
        row["业务担当"] = rng.choice(sales_staff)
        row["订单号(PO)"] = f"PO{recv:%y}{rng.randint(10000, 99999)}"
        row["料号"] = rng.choice(parts)
        row["版本"] = rng.choice(["A0", "A1", "B0", "B1"])
        row["D/C"] = f"{(ship - timedelta(days=10)).isocalendar()[0] % 100:02d}{(ship - timedelta(days=10)).isocalendar()[1]:02d}"
        row["出货日期"] = ship
        row["出货数(PCS)"] = qty
        row["不良数(PCS)"] = bad if quality else ""
        row["不良现象"] = defect
        row["客诉类别"] = "品质客诉" if quality else "非品质客诉"
        row["严重度"] = pick(rng, [("A", 15), ("B", 50), ("C", 35)]) if quality else "C"
        row["客户要求"] = demand
        row["QA担当"] = rng.choice(qa_staff)
        row["责任单位"] = unit
        row["根本原因"] = roots[unit] if status != "Open" else ""
        row["临时对策"] = (rng.choice(["库存品全检挑选", "在制品隔离复检", "客户端派人挑选", "补货 " + str(bad) + " PCS"])
                       if status != "Open" else "")
        row["永久对策"] = (rng.choice(["修订 SOP 并培训", "增加首件确认", "更新工程资料", "增加 AOI 抽检频率", "更换供应商"])
                       if status == "Closed" else "")
        row["客户损失"] = loss
        row["赴客户端处理"] = onsite
        row["异常单号"] = slip_no or ""
        row["异常单开立日期"] = slip_at
        row["开立单位"] = slip_unit or ""
        row["8D回复日期"] = reply8d
        row["退货单号"] = f"RMA{recv:%y%m}{rng.randint(100, 999)}" if demand == "退货重工" and status != "Open" else ""
        row["结案日期"] = closed
        row["状态"] = status
        rows.append(row)
    # numbering: year+month+serial, as the QMS does
    serial: dict = {}
    for row in rows:
        key = row["客诉日期"].strftime("%y%m")
        serial[key] = serial.get(key, 0) + 1
        row["客诉单号"] = f"CC{key}-{serial[key]:02d}"
    # trap: the same part number / PO complained about twice (two different complaints)
    a, b = next((k, k + 1) for k in range(10, n - 1) if rows[k]["客诉类别"] == rows[k + 1]["客诉类别"] == "品质客诉")
    rows[b]["料号"] = rows[a]["料号"]
    rows[b]["订单号(PO)"] = rows[a]["订单号(PO)"]
    rows[b]["客户代码"], rows[b]["客户简称"] = rows[a]["客户代码"], rows[a]["客户简称"]
    # a repeated number: after the QMS migration one later case got an earlier month's number again
    busy = set(no_slip + trap_unsure + [a, b])
    src = next(k for k in range(20, n) if k not in busy and rows[k]["客诉日期"].month == 3)
    dst = next(k for k in range(src + 1, n) if k not in busy and rows[k]["客诉日期"].month == 3)
    rows[dst]["客诉单号"] = rows[src]["客诉单号"]
    if injected is not None:
        num = lambda i: rows[i]["客诉单号"]  # noqa: E731
        injected += [(num(dst), "duplicate")]
        injected += [(num(i), "no_slip") for i in no_slip]
    hand = {
        "procedure": "s3-xingjin-pcb-complaints",
        "columns": {
            "客诉单号": "case_number",
            "客户损失": "loss_caused",
            "赴客户端处理": "onsite_handling",
            "异常单开立日期": "exception_slip_at",
            "开立单位": "exception_slip_by",
        },
        "values": {
            "loss_caused": {"Y": True, "N": False, "待确认": ""},
            "onsite_handling": {"Y": True, "N": False},
        },
        "roles": {**{u: "sales" for u in sales_units}, **{u: "related_units" for u in other_units}},
    }
    return rows, hand


# --- 101: S4 (GLZD194), a manufacturer's complaint register kept by its quality office -------------------------------

def _dot(t):
    return f"{t.year}.{t.month}.{t.day}" if t else ""


def e101_s4_register(rng, injected=None):
    """瑞丰液压件公司 品管部《客户投诉登记台账》（Excel 台账另存为 CSV，GBK 编码），按 S4《客户投诉管理制度》（GLZD194）审计。
    日期写法：2025.3.4（点分、只写日期，手工录入）。投诉方式：电话 / 传真 / 邮件 / 业务员反馈 / 客户来访；
    产品：液压油缸、齿轮泵、多路换向阀、液压站；处理意见：退货 / 换货 / 返修 / 折价 / 让步接收 / 解释说明。
    受理人、审批人写员工姓名；调查部门、责任部门、填单部门写部门：业务部（含外贸部、各地办事处）是“业务部”，
    品管部、技术部、生产部、装配车间、采购部都是“有关单位”（审计人员按组织图核对）。
    读过制度 YAML 后补的列：有无损失（有/无：loss_caused）、处理方式（上门处理 / 驻厂代表处理 = 前往处理；
    电话沟通 / 寄回检测 / 函件答复 = 未前往：onsite_handling）、异常处理单号、填单日期（exception_slip_at）、
    填单部门（exception_slip_by）。
    注入：无损失、上门处理（或驻厂代表处理）却没有填单日期（没有填报异常处理单）9 件；
    投诉编号重复 1 对（登记员复制上一行，两件不同的投诉编成同一号）。
    陷阱（不是违规）：“有无损失”填“待评估”的上门处理、“处理方式”填“其它”的无损失投诉各 1 件，都没有异常处理单
    （无从判断是否应填单，映射为空白）；有损失的上门处理没有异常处理单（走索赔 / 退货流程）；无损失的电话沟通、寄回检测没有异常处理单；
    电话沟通也填了异常处理单；填单部门为品管部、技术部、生产部、装配车间（有关单位）；驻厂代表处理（算前往处理，已填单）；
    同一生产批号两次投诉（不同编号）；“序号”列按行递增（不是投诉编号）；未结案的投诉。
    """
    n = 52
    slots = list(range(3, n))
    rng.shuffle(slots)
    no_slip = [slots.pop() for _ in range(9)]
    trap_unsure = [slots.pop()]
    trap_other_way = [slots.pop()]
    trap_loss_onsite = [slots.pop() for _ in range(4)]
    trap_phone_slip = [slots.pop() for _ in range(2)]
    trap_resident = [slots.pop() for _ in range(2)]
    taken: set = set()
    clerks = distinct_names(rng, 3, taken)          # 品管部登记员
    approvers = distinct_names(rng, 2, taken)       # 品管部经理、副总
    contacts_taken: set = set(taken)
    customers = ["徐工配套三厂", "柳州重机", "山河智能配件", "临工液压", "中联农机", "杭叉配套", "宁波力达机械", "河北永信",
                 "常州华液", "合肥日科"]
    products = {"液压油缸": ["HSG80/45", "HSG100/55", "HSGL63/35"], "齿轮泵": ["CBN-E316", "CBT-F532"],
                "多路换向阀": ["DCV60-3OT", "ZL15E"], "液压站": ["YZ-5.5KW", "YZ-2.2KW"]}
    issues = {"液压油缸": ["活塞杆漏油", "缸筒内壁拉伤", "安装尺寸与图纸不符", "镀铬层起皮"],
              "齿轮泵": ["噪音大、压力上不去", "轴封漏油", "流量不足"],
              "多路换向阀": ["阀杆卡滞", "内泄超标", "手柄断裂"],
              "液压站": ["电机过热跳闸", "油箱焊缝渗油", "压力表损坏"]}
    causes = ["密封件批次不良", "加工尺寸超差", "装配未按工艺清洗", "来料划伤未检出", "客户使用不当（油液污染）",
              "试压漏检", "包装运输磕碰"]
    ways = [("电话", 40), ("传真", 6), ("邮件", 20), ("业务员反馈", 28), ("客户来访", 6)]
    sales_units = ["业务部", "外贸部", "华北办事处", "华南办事处"]
    other_units = ["品管部", "技术部", "生产部", "装配车间", "采购部"]

    rows = []
    times = _days(rng, n)
    batch_pool = [f"{rng.choice('ABCDE')}25{rng.randint(1, 6):02d}{rng.randint(1, 28):02d}" for _ in range(n)]
    for i in range(n):
        recv = times[i].replace(hour=0, minute=0)
        prod = rng.choice(list(products))
        way = pick(rng, ways)
        if i in no_slip:
            loss, handling, slip = "无", "上门处理" if no_slip.index(i) < 7 else "驻厂代表处理", False
        elif i in trap_unsure:
            loss, handling, slip = "待评估", "上门处理", False
        elif i in trap_other_way:
            loss, handling, slip = "无", "其它", False
        elif i in trap_loss_onsite:
            loss, handling, slip = "有", "上门处理", False
        elif i in trap_phone_slip:
            loss, handling, slip = "无", "电话沟通", True
        elif i in trap_resident:
            loss, handling, slip = "无", "驻厂代表处理", True
        else:
            loss = pick(rng, [("无", 60), ("有", 40)])
            handling = pick(rng, [("上门处理", 40), ("电话沟通", 30), ("寄回检测", 20), ("函件答复", 10)])
            slip = (loss == "无" and handling == "上门处理") or (loss == "有" and rng.random() < 0.25)
        slip_at = _cap(recv + timedelta(days=rng.randint(0, 4), hours=10)) if slip else None
        slip_unit = None
        if slip_at:
            slip_unit = rng.choice(sales_units) if rng.random() < 0.55 else rng.choice(other_units)
            if i in trap_resident:
                slip_unit = rng.choice(sales_units[2:])
        if handling == "驻厂代表处理" and way not in ("业务员反馈", "客户来访"):
            way = "业务员反馈"
        reply = _cap(recv + timedelta(days=rng.randint(2, 10), hours=10))
        done = reply is not None and (i < n - 5 or rng.random() < 0.4)
        closed = _cap(reply + timedelta(days=rng.randint(1, 15))) if done else None
        if loss == "有":
            opinion = rng.choice(["退货", "换货", "折价", "返修"])
        else:
            opinion = rng.choice(["返修", "解释说明", "让步接收", "换货"])
        row = Case()
        row["序号"] = i + 1
        row["投诉编号"] = f"KS{recv:%Y}-{i + 1:03d}"
        row["登记日期"] = _dot(recv)
        row["客户单位"] = rng.choice(customers)
        row["联系人"] = distinct_names(rng, 1, contacts_taken)[0] + rng.choice(["", "工", "经理"])
        row["联系电话"] = _mobile(rng)
        row["产品名称"] = prod
        row["规格型号"] = rng.choice(products[prod])
        row["生产批号"] = batch_pool[i]
        row["投诉方式"] = way
        row["投诉内容"] = rng.choice(issues[prod])
        row["受理人"] = rng.choice(clerks)
        row["调查部门"] = rng.choice(["品管部", "技术部", "品管部/技术部"])
        row["有无损失"] = loss
        row["处理方式"] = handling
        row["原因分析"] = rng.choice(causes) if reply else ""
        row["处理意见"] = opinion
        row["责任部门"] = rng.choice(["生产部", "装配车间", "采购部", "技术部", "品管部", "客户"])
        row["异常处理单号"] = f"YC-{slip_at:%y%m}-{rng.randint(1, 60):03d}" if slip_at else ""
        row["填单日期"] = _dot(slip_at)
        row["填单部门"] = slip_unit or ""
        row["审批人"] = rng.choice(approvers) if reply else ""
        row["回复客户日期"] = _dot(reply)
        row["结案日期"] = _dot(closed)
        row["备注"] = rng.choice(["", "", "", "", "客户要求加急", "已扣款", "电话回访满意", "同批次库存已全检"])
        rows.append(row)
    # trap: the same batch complained about twice (different complaint numbers)
    a, b = 8, 9
    rows[b]["生产批号"] = rows[a]["生产批号"]
    rows[b]["客户单位"] = rows[a]["客户单位"]
    # a repeated number: the clerk copied the previous line and forgot to change the number
    busy = set(no_slip + trap_unsure + trap_other_way + [a, b])
    src = next(k for k in range(15, n - 1) if k not in busy and k + 1 not in busy)
    rows[src + 1]["投诉编号"] = rows[src]["投诉编号"]
    if injected is not None:
        num = lambda i: rows[i]["投诉编号"]  # noqa: E731
        injected += [(num(src + 1), "duplicate")]
        injected += [(num(i), "no_slip") for i in no_slip]
    hand = {
        "procedure": "s4-glzd194-complaint-management",
        "columns": {
            "投诉编号": "case_number",
            "有无损失": "loss_caused",
            "处理方式": "onsite_handling",
            "填单日期": "exception_slip_at",
            "填单部门": "exception_slip_by",
        },
        "values": {
            "loss_caused": {"有": True, "无": False, "待评估": ""},
            "onsite_handling": {"上门处理": True, "驻厂代表处理": True, "电话沟通": False, "寄回检测": False,
                                "函件答复": False, "其它": ""},
        },
        "roles": {**{u: "sales" for u in sales_units}, **{u: "related_units" for u in other_units}},
    }
    return rows, hand


EXPORTS = [
    ("100-s3-pcb-qms-complaint-tracking.xlsx", "xlsx", e100_s3_pcb_qms),
    ("101-s4-quality-office-complaint-register.csv", "gbk", e101_s4_register),
]
