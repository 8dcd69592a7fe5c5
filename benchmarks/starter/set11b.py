"""Starter-profile benchmark exports 62-63 (set 11b), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 62 63   # writes these (every_export picks set11b up)

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, slash


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
         "霞", "平", "刚", "建华", "志强", "海燕", "文斌", "国庆", "玉兰", "晓东", "俊宏", "家豪"]


def _name(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _office(t, rng):
    """`t` moved into office hours (08:30-18:00): a time of night becomes the next morning."""
    if t.hour < 8 or (t.hour == 8 and t.minute < 30):
        return t.replace(hour=8, minute=30) + timedelta(minutes=rng.randint(0, 90))
    if t.hour >= 18:
        return (t + timedelta(days=1)).replace(hour=8, minute=30) + timedelta(minutes=rng.randint(0, 90))
    return t


# --- 62: S6, a Taiwanese-invested machinery group's complaint register (ERP report, GBK CSV) --------------------

def e62_s6_group_register(rng, injected=None):
    """鼎昌精密机械集团（昆山，台资）集团品保部“客诉登记总表”：鼎新 ERP 自定义报表导出的 GBK 编码 CSV，按 S6《客户投诉管理制度》审计。
    日期写法：2025/3/4 9:12（slash）；回复客户、结案时间同样写法，未发生的留空。
    客诉单号按集团“客诉表单编号原则”：CS-事业部代码(A 精密件 / B 传动 / C 钣金)-年月-流水（CS-B-2503-07），各事业部各月分别流水；
    客户重开的案件另开新号，在原号后加 R。投诉方式：电话、来厂面谈、业务口头转述（口头），书面函、传真、E-mail、SRM平台（客户供应商平台
    发来的书面客诉/8D 要求，书面）；投诉等级：一般 / 严重，台北业务处代登的几行写繁体“一般性”“嚴重”。
    全部列都是读制度 YAML 之前按原文（书面或口头、一般性/严重性分类、编号原则、调查处理、追踪改善、成品退货、处理期限、核决权限、
    处理逾期反应）写下的；读过 YAML 后没有补列：制度的规则只读投诉方式（channel）、投诉等级（severity）和案件编号，三列都已在表中。
    投诉内容、退货、期限、核决等列制度没有对应的字段，手工映射不映射它们。
    注入：投诉方式写“不详”2 件、“客户稽核”（客户来厂稽核时提出，书面口头都说不上）1 件；投诉等级写“待评审”（等 MRB 评审，
    迟迟未定级）2 件、“N/A”（技术服务类客诉不定级）1 件；单号重复 3 处（B 事业部一个流水号用了两次、A 事业部一个流水号用了两次、
    一件客诉被重复汇入）。
    陷阱（不是违规）：不同事业部同月同流水（CS-A-2503-07 与 CS-B-2503-07 并存）；重开案件 CS-…-R 另号；繁体“嚴重”“一般性”；
    E-mail 与书面函、SRM平台 都算书面；6 月底刚登记、还没定级的两件投诉等级空白（制度没有要求必填，空白不是“取值无效”）；
    同一客户同一批号先后两次客诉，各有单号。
    """
    n = 54
    divisions = {"A": "精密件事业部", "B": "传动事业部", "C": "钣金事业部"}
    customers = ["华东电梯配套有限公司", "锦程汽车零部件(苏州)有限公司", "宁波拓远电器有限公司", "苏州科佳自动化设备有限公司",
                 "常州迈凯减速机有限公司", "无锡瑞丰机电科技有限公司", "上海恒通输送设备有限公司", "嘉兴力拓液压件厂"]
    products = {"A": ["精密衬套 CT-09", "轴承座 ZC-2204", "导向轴 DX-16"],
                "B": ["齿轮轴 GS-118", "联轴器 LZ-45", "行星减速机壳体 XK-90"],
                "C": ["钣金外壳 BJ-330", "电控柜门板 MB-12", "支架 ZJ-07"]}
    issues = [("孔径超差，实测偏大0.02mm", "机加课"), ("外观划伤，客户来料检验批退", "品保课"),
              ("漆膜附着力不良，划格试验脱落", "涂装课"), ("螺纹通规不过", "机加课"), ("到货生锈", "仓储课"),
              ("热处理硬度偏低 HRC52", "热处理课"), ("混料，一箱内两种料号", "生管课"), ("包装破损，产品磕碰", "仓储课"),
              ("焊点虚焊，装配时脱开", "钣金课"), ("安装指导不到位，技术服务人员迟到两天", "技术服务课"),
              ("图面版本用错，孔位与新版不符", "工程课"), ("齿面烧伤，运行异响", "热处理课")]
    channels = [("电话", 34), ("E-mail", 22), ("书面函", 10), ("SRM平台", 12), ("来厂面谈", 6), ("业务口头转述", 10),
                ("传真", 4)]
    staff = ["品保 " + _name(rng) for _ in range(4)]
    twn = "陈俊宏(台北业务处)"

    # the last rows are the June cases still being classified; rows copied below (9, 20, 43) keep their own values
    order = [k for k in range(2, n - 4) if k not in (9, 20, 21, 42, 43, 44)]
    rng.shuffle(order)

    def take(k):
        return {order.pop() for _ in range(k)}

    ch_unknown, ch_audit = take(2), take(1)
    sev_review, sev_na = take(2), take(1)

    t = datetime(2025, 1, 3, 8, 0)
    serial = {}
    rows = []
    for i in range(n):
        t = (t + timedelta(days=rng.choice([1, 2, 3, 3, 4, 5]))).replace(hour=8) + \
            timedelta(minutes=rng.randint(0, 9 * 60))
        if i >= n - 2:                                      # the two last complaints came in at the end of June
            t = datetime(2025, 6, 25 + 2 * (i - n + 2), 9, 0) + timedelta(minutes=rng.randint(0, 8 * 60))
        div = pick(rng, [("A", 4), ("B", 4), ("C", 3)])
        key = (div, t.strftime("%y%m"))
        serial[key] = serial.get(key, 0) + 1
        number = f"CS-{div}-{t:%y%m}-{serial[key]:02d}"
        content, unit = rng.choice(issues)
        level = pick(rng, [("一般", 70), ("严重", 30)])
        by_twn = rng.random() < 0.1
        if by_twn:
            level = {"一般": "一般性", "严重": "嚴重"}[level]
        channel = pick(rng, channels)
        if i in ch_unknown:
            channel = "不详"
        if i in ch_audit:
            channel = "客户稽核"
        if i in sev_review:
            level = "待评审"
        if i in sev_na:
            level = "N/A"
            content, unit = "安装指导不到位，技术服务人员迟到两天", "技术服务课"
        recent = i >= n - 2
        if recent:
            level = ""                                      # 6 月底登记，尚未定级
        reply = t + timedelta(hours=rng.uniform(4, 30 if level.startswith("一般") else 72))
        close = reply + timedelta(days=rng.uniform(2, 25))
        reply, close = (_office(x, rng) for x in (reply, close))
        reply = None if recent or reply > CUTOFF else reply
        close = None if reply is None or close > CUTOFF or rng.random() < 0.12 else close
        limit = (t + timedelta(days=7 if level in ("严重", "嚴重") else 15)).replace(hour=17, minute=0)
        serious = level in ("严重", "嚴重")
        row = Case()
        row["客诉单号"] = number
        row["登记时间"] = slash(t)
        row["事业部"] = divisions[div]
        row["客户名称"] = rng.choice(customers)
        row["投诉方式"] = channel
        row["品名规格"] = rng.choice(products[div])
        row["生产批号"] = f"{div}{(t - timedelta(days=rng.randint(10, 60))):%y%m%d}-{rng.randint(1, 3)}"
        row["客诉数量"] = rng.choice([5, 12, 20, 36, 50, 80, 120, 200, 500])
        row["投诉内容"] = content
        row["投诉等级"] = level
        row["责任单位"] = unit if reply else ""
        row["原因分析"] = rng.choice(["作业员未按SOP自检", "刀具磨损未及时更换", "来料不良未检出", "包装规范未执行",
                                   "设备参数漂移", "图面变更未通知现场"]) if close else ""
        row["改善对策"] = rng.choice(["增加首件检验", "修订SOP并教育训练", "更换刀具寿命管理", "供应商8D改善",
                                   "增加出货全检", "包装改用木箱"]) if close else ""
        row["是否退货"] = pick(rng, [("Y", 25), ("N", 75)]) if reply else ""
        row["处理期限"] = slash(limit)
        row["回复客户时间"] = slash(reply) if reply else ""
        row["结案时间"] = slash(close) if close else ""
        row["承办人"] = twn if by_twn else rng.choice(staff)
        row["核决主管"] = ("事业部总经理 " if serious else "品保课长 ") + ("林志明" if div == "A" else "黄国栋" if div == "B"
                                                                  else "郑雅婷")
        row["状态"] = "已结案" if close else ("逾期" if limit < CUTOFF else "处理中")
        rows.append(row)

    # a reopened case gets a new number with R; the same customer and lot complaining twice keeps separate numbers
    reopened = Case(rows[9])
    reopened["客诉单号"] = rows[9]["客诉单号"] + "R"
    reopened["登记时间"] = slash(datetime(2025, 3, 24, 10, 5))
    reopened["回复客户时间"] = slash(datetime(2025, 3, 25, 15, 40))
    reopened["结案时间"] = slash(datetime(2025, 4, 8, 11, 0))
    reopened["状态"] = "已结案"
    rows.insert(next(k for k, r in enumerate(rows)
                     if datetime.strptime(r["登记时间"], "%Y/%m/%d %H:%M") > datetime(2025, 3, 24, 10, 5)), reopened)
    again = next(k for k in range(21, len(rows)) if rows[k]["客诉单号"][:5] == rows[20]["客诉单号"][:5])
    for col in ("客户名称", "品名规格", "生产批号"):
        rows[again][col] = rows[20][col]
    # injections on numbers: a reused serial in B, one in A, and one complaint pulled into the report twice
    def other_same(div, start):
        return next(k for k in range(start, len(rows)) if rows[k]["客诉单号"].startswith(f"CS-{div}-"))

    b1 = other_same("B", 12)
    b2 = other_same("B", b1 + 1)
    rows[b2]["客诉单号"] = rows[b1]["客诉单号"]
    a1 = other_same("A", 33)
    a2 = other_same("A", a1 + 1)
    rows[a2]["客诉单号"] = rows[a1]["客诉单号"]
    dup_src = 44
    rows.insert(dup_src + 1, Case(rows[dup_src]))
    if injected is not None:
        num = lambda r: r["客诉单号"]  # noqa: E731
        injected += [(num(rows[b2]), "duplicate"), (num(rows[a2]), "duplicate"), (num(rows[dup_src + 1]), "duplicate")]
        injected += [(num(r), "channel_invalid") for r in rows if r["投诉方式"] in ("不详", "客户稽核")]
        injected += [(num(r), "severity_invalid") for r in rows if r["投诉等级"] in ("待评审", "N/A")]
    hand = {
        "procedure": "s6-general-serious-complaints",
        "columns": {"客诉单号": "case_number", "投诉方式": "channel", "投诉等级": "severity"},
        "values": {
            "channel": {"电话": "oral", "来厂面谈": "oral", "业务口头转述": "oral",
                        "书面函": "written", "传真": "written", "E-mail": "written", "SRM平台": "written"},
            "severity": {"一般": "general", "一般性": "general", "严重": "serious", "嚴重": "serious"},
        },
    }
    return rows, hand


# --- 63: S38, the industrial-profile plant's customer quality complaint log (XLSX) --------------------------------

def e63_s38_profile_plant(rng, injected=None):
    """山东南山铝业 工业型材厂 售后服务部与质量管理部共用的“客户质量投诉台账”（Excel 工作簿，XLSX），按 S38
    《客户质量问题投诉处理流程》NSL-YX3-006-1 审计。日期是真正的日期单元格，只记日期（00:00），同一天的几个环节日期相同。
    投诉编号 SH年月-流水（SH2503-07）；“序号”是表格行号。部门写简称：售后部、销售跟单、销售员、质管部、工艺部、生产部、
    挤压车间、氧化车间。确认结论：我司质量问题 / 非我司问题 / 待确认（刚接报、还没确认）。
    读制度 YAML 之前按原文写下的列：序号、投诉编号、接报日期、客户、合同号、型号规格、合金状态、批号、问题描述、接报部门、是否到现场、
    确认结论、166-1提交日期、166-2日期、责任部门、原因分析、整改措施、关闭日期。
    读过 YAML 后补的列：先期确认日期 / 先期确认人（preliminary_analysis）、166-1填写部门（feedback_form_by）、
    质管部接单日期 / 处理部门（quality_handle）、措施提出部门（countermeasure_by）、跟踪验证日期 / 跟踪部门（follow_up）。
    手工映射：166-1提交日期→feedback_form_at，166-2日期→countermeasure_at，关闭日期→closed_at，确认结论→own_quality_issue
    （待确认 映射为空：还没有结论，不是取值无效）；挤压车间、氧化车间 是“问题相关责任部门”。
    注入：质管部直接接报 1 件；先期确认由质管部做 1 件；166-1 由质管部填写 1 件；措施由工艺部提出 1 件；跟踪验证由挤压车间做 1 件；
    我司质量问题没有 166-1 2 件；已关闭的我司问题没有 166-2 1 件、没有跟踪验证 1 件；166-1 早于先期确认 1 件；
    166-2 早于质管部接单 1 件；确认结论写“双方责任”1 件；投诉编号重复 1 处。
    陷阱（不是违规）：销售跟单接报、销售员先期确认（制度允许）；非我司问题没有 166-1/166-2/跟踪；在办的我司问题还没有 166-2、
    跟踪（制度只对已关闭的检查）；待确认；同一天的相邻环节；“序号”列。
    """
    n = 62
    customers = ["常州瑞达轨道装备有限公司", "宁波博威门窗系统有限公司", "青岛海德光伏支架有限公司", "天津宏晟汽车零部件有限公司",
                 "烟台蓝海船舶配套有限公司", "江苏凯迪新能源科技有限公司", "佛山联裕幕墙工程有限公司"]
    specs = [("XC-1240 散热器型材", "6063-T5"), ("GY-8820 工业框架型材", "6061-T6"), ("PV-35 光伏边框", "6005A-T6"),
             ("CX-560 轨道车体型材", "6082-T6"), ("DC-210 电池托盘型材", "6061-T6"), ("MC-75 门窗隔热型材", "6063-T6")]
    own_issues = [("壁厚偏薄，超下偏差0.08mm", "挤压车间", "调整模具工作带，首件全尺寸检测"),
                  ("氧化膜色差，同批次深浅不一", "氧化车间", "固定槽液温度，分槽号标识"),
                  ("弯曲度超标，每米2.1mm", "挤压车间", "加强矫直工序检验频次"),
                  ("硬度偏低，韦氏硬度9-10", "生产部", "时效炉温度均匀性测试，调整时效制度"),
                  ("表面挤压纹明显", "挤压车间", "模具抛光及更换周期管理"),
                  ("表面气泡", "挤压车间", "铸棒加强除气，抽检低倍组织"),
                  ("包装不符合合同要求，型材磕伤", "生产部", "修订包装作业指导书")]
    other_issues = ["客户自行折弯开裂，加工参数不当", "客户仓库露天存放，表面腐蚀", "客户图纸公差理解有误，实测合格",
                    "客户喷涂前处理不良，涂层脱落"]
    staff_after = "售后部"
    rows = []
    day = datetime(2025, 1, 6)
    serial = {}
    for i in range(n):
        day = day + timedelta(days=rng.choice([1, 2, 2, 3, 3, 4]))
        if day > datetime(2025, 6, 23) or i >= n - 2:       # the two last complaints came in at the end of June
            day = max(day, datetime(2025, 6, 25 + 2 * (i - n + 2))) if i >= n - 2 else datetime(2025, 6, 23)
        recv = day
        ym = recv.strftime("%y%m")
        serial[ym] = serial.get(ym, 0) + 1
        spec, alloy = rng.choice(specs)
        recv_by = pick(rng, [("售后部", 68), ("销售跟单", 32)])
        fresh = recv >= datetime(2025, 6, 24)
        verdict = "待确认" if fresh else pick(rng, [("我司质量问题", 70), ("非我司问题", 30)])
        own = verdict == "我司质量问题"
        visit = rng.random() < 0.45
        prelim = None if fresh else recv + timedelta(days=rng.choice([0, 1, 1, 2, 3]) + (2 if visit else 0))
        prelim_by = rng.choice([staff_after, staff_after, "销售员"]) if prelim else None
        form1 = handle = form2 = follow = closed = None
        unit = cause = measure = None
        if own:
            desc, unit, measure = rng.choice(own_issues)
            form1 = prelim + timedelta(days=rng.choice([0, 1, 1, 2]))
            handle = form1 + timedelta(days=rng.choice([0, 1, 1, 2]))
            form2 = handle + timedelta(days=rng.randint(2, 12))
            follow = form2 + timedelta(days=rng.randint(7, 30))
            closed = follow + timedelta(days=rng.randint(0, 5)) if rng.random() < 0.9 else None
            cause = rng.choice(["模具磨损", "工艺参数偏离", "设备故障", "检验漏检", "包装作业不规范"])
            form2, follow, closed = (None if x is None or x > CUTOFF else x for x in (form2, follow, closed))
            if form2 is None:
                follow = closed = None
            if follow is None:
                closed = None
            if form2 is None:
                measure = None
        else:
            desc = rng.choice(other_issues) if verdict == "非我司问题" else rng.choice([d for d, _, _ in own_issues])
            if prelim:
                closed = prelim + timedelta(days=rng.randint(1, 5))
                closed = None if closed > CUTOFF else closed
        row = Case()
        row["序号"] = i + 1
        row["投诉编号"] = f"SH{ym}-{serial[ym]:02d}"
        row["接报日期"] = recv
        row["接报部门"] = recv_by
        row["客户"] = rng.choice(customers)
        row["合同号"] = f"GX25-{rng.randint(1000, 9999)}"
        row["型号规格"] = spec
        row["合金状态"] = alloy
        row["批号"] = f"{(recv - timedelta(days=rng.randint(15, 60))):%y%m%d}-{rng.randint(1, 8):02d}"
        row["问题数量(吨)"] = round(rng.uniform(0.3, 18), 2)
        row["问题描述"] = desc
        row["是否到现场"] = "是" if visit and prelim else "否"
        row["先期确认日期"] = prelim
        row["先期确认人"] = prelim_by
        row["确认结论"] = verdict
        row["166-1提交日期"] = form1
        row["166-1填写部门"] = (staff_after if prelim_by == staff_after else "销售员") if form1 else None
        row["质管部接单日期"] = handle
        row["处理部门"] = "质管部" if handle else None
        row["166-2日期"] = form2
        row["措施提出部门"] = "质管部" if form2 else None
        row["责任部门"] = unit if form2 else None
        row["原因分析"] = cause if form2 else None
        row["整改措施"] = measure
        row["跟踪验证日期"] = follow
        row["跟踪部门"] = "质管部" if follow else None
        row["关闭日期"] = closed
        row["备注"] = rng.choice([None, None, None, "客户要求出具8D", "已补发", "让步接收", "退货已入库", "折价处理"]) \
            if prelim else None
        rows.append(row)

    def own_rows(cond):
        return [k for k in range(3, n) if rows[k]["确认结论"] == "我司质量问题" and cond(rows[k])]

    used = set()

    def choose(cands, k=1):
        got = [c for c in cands if c not in used]
        rng.shuffle(got)
        got = got[:k]
        used.update(got)
        return got

    closed_own = own_rows(lambda r: r["关闭日期"] is not None)
    followed = own_rows(lambda r: r["跟踪验证日期"] is not None)
    handled = own_rows(lambda r: r["166-2日期"] is not None)
    anyown = own_rows(lambda r: True)
    inj = {}
    for k in choose([k for k in range(3, n) if rows[k]["确认结论"] != "待确认"]):
        rows[k]["接报部门"] = "质管部"
        inj[k] = "receive_by_qm"
    for k in choose([k for k in range(3, n) if rows[k]["先期确认人"]]):
        rows[k]["先期确认人"] = "质管部"
        inj[k] = "prelim_by_qm"
    for k in choose(anyown):
        rows[k]["166-1填写部门"] = "质管部"
        inj[k] = "form1_by_qm"
    for k in choose(handled):
        rows[k]["措施提出部门"] = "工艺部"
        inj[k] = "form2_by_process"
    for k in choose(followed):
        rows[k]["跟踪部门"] = "挤压车间"
        inj[k] = "follow_by_workshop"
    for k in choose(anyown, 2):
        rows[k]["166-1提交日期"] = rows[k]["166-1填写部门"] = None
        inj[k] = "no_form1"
    for k in choose(closed_own):
        rows[k]["166-2日期"] = rows[k]["措施提出部门"] = None
        inj[k] = "closed_no_form2"
    for k in choose(closed_own):
        rows[k]["跟踪验证日期"] = rows[k]["跟踪部门"] = None
        inj[k] = "closed_no_follow"
    for k in choose([k for k in anyown if (rows[k]["先期确认日期"] - rows[k]["接报日期"]).days >= 2]):
        rows[k]["166-1提交日期"] = rows[k]["先期确认日期"] - timedelta(days=1)
        inj[k] = "form1_before_prelim"
    for k in choose(handled):
        rows[k]["166-2日期"] = rows[k]["质管部接单日期"] - timedelta(days=1)
        inj[k] = "form2_before_handle"
    for k in choose(anyown):
        rows[k]["确认结论"] = "双方责任"
        inj[k] = "verdict_invalid"
    dup = choose(list(range(20, n)))[0]
    rows[dup]["投诉编号"] = rows[dup - 7]["投诉编号"]
    inj[dup] = "duplicate"
    if injected is not None:
        injected += [(rows[k]["投诉编号"], what) for k, what in sorted(inj.items())]
    hand = {
        "procedure": "s38-nanshan-aluminium-quality-complaints",
        "columns": {
            "投诉编号": "case_number",
            "接报日期": "receive_at",
            "接报部门": "receive_by",
            "问题描述": "content",
            "先期确认日期": "preliminary_analysis_at",
            "先期确认人": "preliminary_analysis_by",
            "确认结论": "own_quality_issue",
            "166-1提交日期": "feedback_form_at",
            "166-1填写部门": "feedback_form_by",
            "质管部接单日期": "quality_handle_at",
            "处理部门": "quality_handle_by",
            "166-2日期": "countermeasure_at",
            "措施提出部门": "countermeasure_by",
            "跟踪验证日期": "follow_up_at",
            "跟踪部门": "follow_up_by",
            "关闭日期": "closed_at",
        },
        "values": {"own_quality_issue": {"我司质量问题": True, "非我司问题": False, "待确认": ""}},
        "roles": {"售后部": "after_sales", "销售跟单": "sales", "销售员": "sales", "质管部": "quality_mgmt",
                  "工艺部": "process_tech", "生产部": "production", "挤压车间": "related_depts",
                  "氧化车间": "related_depts"},
    }
    return rows, hand


EXPORTS = [
    ("62-s6-group-complaint-register.csv", "gbk", e62_s6_group_register),
    ("63-s38-profile-plant-quality-log.xlsx", "xlsx", e63_s38_profile_plant),
]
