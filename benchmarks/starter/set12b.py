"""Starter-profile benchmark exports 68-69 (set 12b), written unseen by the mapping guesser's authors.

Each function plays one company's (or bureau's) own complaint system for a procedure and returns (rows, hand profile);
the docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 68 69    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, distinct_names, pick, person_name, mobile


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _work(t):
    """A step time as staff record it: whole minutes, during working hours (08:00-19:00), none after the cutoff."""
    if t is None:
        return None
    t = t.replace(second=0, microsecond=0)
    if t.hour < 8:
        t = t.replace(hour=8 + t.hour % 3)
    elif t.hour >= 19:
        t = (t + timedelta(days=1)).replace(hour=8 + t.hour % 3)
    if t.weekday() == 6:                      # nobody on Sundays
        t = t + timedelta(days=1)
    return None if t > CUTOFF else t


# --- 68: S32, an electronics plant's customer-complaint anomaly tracking sheet -----------------------------------

def e68_s32_anomaly_tracking(rng, injected=None):
    """东莞市鼎新电子科技有限公司（电源适配器、充电器、LED驱动电源）品管部维护的“客诉异常跟踪表”（Excel 共享表，XLSX；
    客诉日期、转品管/研发日期及各环节日期都是真正的日期时间单元格），按 S32《产品质量异常处理流程》YCCL-2012 审计。
    组织（审计人员向人事部核对的名单）：业务部——业务员 3 人；品管部（即制度中的质控部）——QE 3 人；研发部（即制度中的技术部，
    负责结构、功能/电性不良分析）——工程师 2 人；工程部（PE）、采购部是“其它部门”；SMT车间、组装车间、包装组是生产部门（拉长 2 人）。
    “业务”“质控确认人”“效果确认人”“回复人”写员工姓名，“分析部门”“执行单位”写部门。
    不良类别是表自己的写法：外观不良 / 结构不良 / 功能不良 / 电性不良（电性不良即功能类）。
    从制度原文写下的列：异常单号、客诉日期、客户、机种、料号、D/C、不良现象、不良类别、客诉数量、不良数、不良率、业务、
    转品管/研发日期、质控确认人、判定结果、分析部门、分析人、原因分析、临时对策、执行单位、不良品处理、回复客户日期、回复人、
    是否重复发生、状态、备注。
    读过制度 YAML 后补的列：异常类型（品质异常 / 制程异常 → category），质控确认日期（confirm_at），分析完成日期（analyse_at），
    执行完成日期（execute_at），原来一列“对策效果确认”拆成效果确认人 / 效果确认日期（confirm_effect_by / confirm_effect_at）。
    注入（14 处）：异常单号重复 1 对（复制上一行后未改单号）；客户 SQE 直接发给品管、由品管 QE 接收登记 2 件（receive_by 不是业务部）；
    不良现象由工程部 PE 确认判定 1 件；功能/结构类不良由品管部、SMT车间分析 2 件；临时对策由品管部自行执行（挑选返工）1 件；
    对策效果由生产拉长自己确认 1 件；研发工程师直接回复客户 1 件；回复客户早于分析完成 1 件（先发了 8D 初稿）；
    质控确认日期早于客诉日期 1 件（月份录错）；分析已完成、状态“结案”却没有回复客户日期 2 件；不良类别填“包装不良”1 件（不是制度的三类，
    审计人员不替它归类，留给人判断）。
    陷阱（不是违规）：外观不良由品管部或工程部分析（制度没有指定外观类的分析部门）；结构、功能不良由工程部、采购部分析（其它部门，4.5 允许）；
    判定“不良不成立”（客户误用）的直接回复客户，没有分析、执行、效果确认；6 月下旬收到、尚在确认或待分析、还没有回复的客诉；
    回复客户早于执行完成或效果确认（制度只要求分析完成后回复）；“电性不良”（功能类的叫法）；重复发生“是”的客诉。
    """
    n = 58
    taken: set[str] = set()
    sales = distinct_names(rng, 3, taken)
    qe = distinct_names(rng, 3, taken)
    rd = distinct_names(rng, 2, taken)
    pe = distinct_names(rng, 2, taken)
    leaders = distinct_names(rng, 2, taken)

    customers = ["华捷通讯", "康源医疗", "明泰照明", "博锐智能", "欧瑞家电", "星联安防"]
    models = {"DX-12V2A": "电源适配器", "DX-5V3A-QC": "快充充电器", "DX-24V5A": "电源适配器", "DL-40W": "LED驱动电源",
              "DL-60W-IP65": "LED驱动电源"}
    symptoms = {
        "外观不良": ["外壳刮伤", "丝印模糊", "标签贴歪", "外壳缩水", "插脚氧化发黑"],
        "结构不良": ["外壳卡扣断裂", "AC插脚松动", "USB口松脱", "灌胶不满", "超声波焊接开裂"],
        "功能不良": ["无输出", "快充协议不识别", "调光闪烁", "开机反复重启"],
        "电性不良": ["输出电压偏低", "纹波超标", "满载发烫", "变压器啸叫", "待机功耗超标"],
    }
    causes = {
        "外观不良": ("外壳来料刮伤，IQC抽检漏检", "丝印网版磨损", "作业员未按SOP贴标"),
        "结构不良": ("卡扣设计R角过小应力集中", "插脚铆压高度不足", "焊接参数偏低"),
        "功能不良": ("快充IC固件版本错误", "MOS管虚焊", "调光电阻来料偏差"),
        "电性不良": ("输出电容容量偏低（来料）", "变压器浸漆不良", "Y电容漏件"),
    }
    measures = ["库存品全检挑选", "产线增加100%功能测试", "返工更换不良物料", "调整焊接参数并首件确认",
                "供应商来料加严检验", "修改SOP并培训作业员"]
    rejects = ["返工", "报废", "退供应商", "特采", "挑选后重新出货"]
    production = ["SMT车间", "组装车间", "包装组"]

    # which cases carry what (only complete cases received before June get injections)
    complete = list(range(2, 46))
    rng.shuffle(complete)
    bad_receive = [complete.pop() for _ in range(2)]
    bad_confirm = [complete.pop()]
    bad_analyse = [complete.pop() for _ in range(2)]
    bad_execute = [complete.pop()]
    bad_effect = [complete.pop()]
    bad_reply = [complete.pop()]
    reply_early = [complete.pop()]
    confirm_early = [complete.pop()]
    no_reply = [complete.pop() for _ in range(2)]
    bad_type = [complete.pop()]
    not_defect = [complete.pop() for _ in range(4)]          # trap: 不良不成立
    need_analysis = set(bad_analyse + bad_execute + bad_effect + bad_reply + reply_early + no_reply)

    rows = []
    for i in range(n):
        if i < 46:                                           # complete cases: received 6 January - early June
            day = datetime(2025, 1, 6) + timedelta(days=i * 150 / 46 + rng.uniform(0, 2.5))
        else:                                                # the last cases: received in the second half of June
            day = datetime(2025, 6, 14) + timedelta(days=(i - 46) * 1.1 + rng.uniform(0, 1))
        recv = _work(day.replace(hour=8) + timedelta(minutes=rng.randint(30, 9 * 60)))
        cat = pick(rng, [("外观不良", 30), ("结构不良", 22), ("功能不良", 24), ("电性不良", 24)])
        if i in need_analysis and cat == "外观不良":
            cat = rng.choice(["结构不良", "功能不良", "电性不良"])
        model = rng.choice(list(models))
        qty = rng.choice([200, 500, 1000, 2000, 3000, 5000])
        bad = max(1, int(qty * rng.uniform(0.002, 0.04)))
        seller = rng.choice(sales)
        forward = _work(recv + timedelta(hours=rng.uniform(0.5, 20)))
        open_case = i >= 46
        verdict = "不良不成立（客户使用不当）" if i in not_defect else "不良成立"

        confirm = _work(forward + timedelta(hours=rng.uniform(1, 40)))
        confirmer = rng.choice(qe)
        analyse = analyse_dept = analyst = None
        execute = exec_unit = effect = effect_by = reply = replier = None
        cause = measure = reject = ""
        stage = "done"
        if open_case:
            stage = pick(rng, [("confirm", 5), ("recv", 2)])
            if stage == "recv":
                confirm = confirmer = None
        if verdict == "不良成立" and stage == "done":
            analyse = _work(confirm + timedelta(hours=rng.uniform(20, 110)))
            if cat == "外观不良":
                analyse_dept = pick(rng, [("品管部", 6), ("工程部", 3)])
                analyst = rng.choice(qe) if analyse_dept == "品管部" else rng.choice(pe)
            else:
                analyse_dept = pick(rng, [("研发部", 7), ("工程部", 2), ("采购部", 1)])
                analyst = rng.choice(rd) if analyse_dept == "研发部" else (rng.choice(pe) if analyse_dept == "工程部"
                                                                          else person_name(rng))
            cause = rng.choice(causes[cat])
            measure = rng.choice(measures)
            reject = rng.choice(rejects)
            execute = _work(analyse + timedelta(hours=rng.uniform(8, 72)))
            exec_unit = rng.choice(production)
            effect = _work(execute + timedelta(days=rng.uniform(2, 7)))
            effect_by = rng.choice(qe)
            reply = _work(analyse + timedelta(hours=rng.uniform(4, 70)))
            replier = seller
        elif stage == "done":                                  # 不良不成立: QC's judgement goes straight back to the customer
            reply = _work(confirm + timedelta(hours=rng.uniform(4, 48)))
            replier = seller
            cause = "客户端插拔方式不当/超规格使用，非产品不良"

        if i in bad_receive:
            seller = qe[bad_receive.index(i)]                    # the customer's SQE mailed the QE directly
        if i in bad_confirm:
            confirmer = pe[0]
        if i in bad_analyse:
            analyse_dept = "品管部" if bad_analyse.index(i) == 0 else "SMT车间"
            analyst = qe[1] if analyse_dept == "品管部" else leaders[0]
        if i in bad_execute:
            exec_unit = "品管部"
        if i in bad_effect:
            effect_by = leaders[1]
        if i in bad_reply:
            replier = rd[0]
        if i in reply_early:
            reply = _work(analyse - timedelta(hours=rng.uniform(26, 60)))
            if reply <= confirm:
                reply = confirm + timedelta(hours=2)
        if i in confirm_early:
            confirm = confirm - timedelta(days=30 if confirm.month > 1 else 3)      # the month typed one too low
        if i in no_reply:
            reply = replier = None
        if i in bad_type:
            cat = "包装不良"

        status = "结案" if reply and (effect or verdict != "不良成立") else ("待回复" if stage == "done" else "处理中")
        if i in no_reply:
            status = "结案"
        row = Case()
        row["异常单号"] = f"CC{recv:%y%m}-{i + 1:03d}"
        row["客诉日期"] = recv
        row["客户"] = rng.choice(customers)
        row["机种"] = model
        row["料号"] = f"{'31' if model.startswith('DX') else '32'}-{rng.randint(10000, 99999)}-{rng.choice('ABC')}"
        row["D/C"] = f"25{rng.randint(1, max(1, recv.isocalendar()[1] - 1)):02d}"
        row["不良现象"] = rng.choice(symptoms.get(cat, ["彩盒压伤，内衬错装"]))
        row["不良类别"] = cat
        row["异常类型"] = "制程异常" if "SOP" in cause or "参数" in cause or "虚焊" in cause else "品质异常"
        row["客诉数量"] = qty
        row["不良数"] = bad
        row["不良率"] = f"{bad / qty:.2%}"
        row["业务"] = seller
        row["转品管/研发日期"] = forward
        row["质控确认人"] = confirmer or ""
        row["质控确认日期"] = confirm
        row["判定结果"] = verdict if confirm else ""
        row["分析部门"] = analyse_dept or ""
        row["分析人"] = analyst or ""
        row["分析完成日期"] = analyse
        row["原因分析"] = cause
        row["临时对策"] = measure
        row["执行单位"] = exec_unit or ""
        row["执行完成日期"] = execute
        row["效果确认人"] = effect_by or ""
        row["效果确认日期"] = effect
        row["不良品处理"] = reject
        row["回复客户日期"] = reply
        row["回复人"] = replier or ""
        row["是否重复发生"] = "是" if rng.random() < 0.12 else "否"
        row["状态"] = status
        row["备注"] = rng.choice(["", "", "", "客户要求8D报告", "附不良样品照片", "客户扣款待确认", "退货已入库"])
        rows.append(row)

    busy = set(bad_receive + bad_confirm + bad_analyse + bad_execute + bad_effect + bad_reply + reply_early
               + confirm_early + no_reply + bad_type)
    dup_src = next(k for k in range(12, 40) if k not in busy and k + 1 not in busy)
    rows[dup_src + 1]["异常单号"] = rows[dup_src]["异常单号"]
    if injected is not None:
        num = lambda i: rows[i]["异常单号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        injected += [(num(i), "receive_by_not_sales") for i in bad_receive]
        injected += [(num(i), "confirm_by_not_qc") for i in bad_confirm]
        injected += [(num(i), "analyse_by_not_technical") for i in bad_analyse]
        injected += [(num(i), "execute_by_not_production") for i in bad_execute]
        injected += [(num(i), "confirm_effect_by_not_qc") for i in bad_effect]
        injected += [(num(i), "reply_by_not_sales") for i in bad_reply]
        injected += [(num(i), "reply_before_analyse") for i in reply_early]
        injected += [(num(i), "confirm_before_receive") for i in confirm_early]
        injected += [(num(i), "no_reply_after_analysis") for i in no_reply]
        injected += [(num(i), "invalid_defect_type") for i in bad_type]

    hand = {
        "procedure": "s32-quality-anomaly-handling-yccl",
        "columns": {
            "异常单号": "case_number",
            "客诉日期": "receive_at",
            "业务": "receive_by",
            "不良类别": "defect_type",
            "异常类型": "category",
            "质控确认人": "confirm_by",
            "质控确认日期": "confirm_at",
            "分析部门": "analyse_by",
            "分析完成日期": "analyse_at",
            "执行单位": "execute_by",
            "执行完成日期": "execute_at",
            "效果确认人": "confirm_effect_by",
            "效果确认日期": "confirm_effect_at",
            "回复人": "reply_by",
            "回复客户日期": "reply_at",
        },
        "values": {
            "defect_type": {"外观不良": "appearance", "结构不良": "structural", "功能不良": "functional",
                            "电性不良": "functional"},
            "category": {"品质异常": "product_quality_anomaly", "制程异常": "process_anomaly"},
        },
        "roles": {
            **{v: "sales" for v in sales},
            **{v: "quality_control" for v in qe},
            **{v: "technical" for v in rd},
            **{v: "other_departments" for v in pe},
            **{v: "production" for v in leaders},
            "品管部": "quality_control", "研发部": "technical", "工程部": "other_departments",
            "采购部": "other_departments", "SMT车间": "production", "组装车间": "production", "包装组": "production",
        },
    }
    return rows, hand


# --- 69: S31, a county-level quality supervision station's complaint register -------------------------------------

def _dot(t):
    return f"{t.year}.{t.month:02d}.{t.day:02d}" if t else ""


def e69_s31_station_register(rng, injected=None):
    """句容市建设工程质量安全监督站（镇江市辖的县级市）投诉受理窗口的“工程质量投诉登记台账”（CSV，UTF-8 带 BOM），
    按 S31 镇江市《建筑工程质量投诉处理暂行办法》审计。日期写法：2025.03.04（只有日期，点分）。
    承办单位：质监站（本站，投诉处理机构）、住建局信访科（句容市住建局，即辖市建设行政主管部门）、镇江市质监站（市里直接承办的 1 件）；
    “建设单位（转办）”是窗口没有受理、直接把投诉转给开发商自行处理的。承办人写本站或住建局人员姓名。
    交办来源：直接受理 / 12345热线交办 / 镇江市住建局转办 / 市长信箱转办 / 信访局交办（后四种是上级批转、交办）。
    从制度原文写下的列：登记编号、来件日期、投诉方式、交办来源、投诉人、联系电话、工程名称、楼号房号、建设单位、施工单位、竣工验收日期、
    投诉内容、是否先行与建设单位协商、承办人、现场核查日期、处理意见、限期整改日期、回复投诉人日期、反馈交办单位日期、办结日期、办理状态。
    读过制度 YAML 后补的列：向建设单位报修日期（contact_developer_at），建设单位处理情况（developer_fulfilled_warranty：
    拒绝维修 / 久拖未修 / 维修后仍渗漏 / 未答复 → 否，已维修 → 是，“未联系”不适用写空），受理日期（accept_at；来件日期是投诉人投诉的
    complain_at），承办单位（accept_by）。
    注入（12 处）：登记编号重复 1 对；投诉人没有先找建设单位（是否先行协商“否”、报修日期空白）3 件；报修日期晚于来件日期 2 件
    （窗口让投诉人先去找开发商，事后补记）；受理日期早于来件日期 1 件（月份录错）；承办单位为“建设单位（转办）”2 件；
    上级交办、已办结却没有反馈交办单位日期 3 件。
    陷阱（不是违规）：交办件尚在办理、还没有反馈；直接受理的没有反馈日期；住建局信访科、镇江市质监站承办（都是制度允许的受理者）；
    报修与来件同一天；竣工验收多年的老小区（保修期不在规则中）；“已维修”仍来投诉的；5、6 月来件尚未办结的。
    """
    n = 64
    taken: set[str] = set()
    station = distinct_names(rng, 4, taken)
    bureau = distinct_names(rng, 2, taken)
    projects = [
        ("华阳·翡翠城", "句容华阳置业有限公司", "江苏句宁建设集团有限公司", datetime(2023, 6, 18)),
        ("宝华山庄三期", "南京宝华山庄房地产开发有限公司", "江苏恒信建设工程有限公司", datetime(2022, 11, 30)),
        ("崇明花园", "句容崇明房地产开发有限公司", "镇江市第二建筑工程有限公司", datetime(2019, 9, 12)),
        ("茅山人家二期", "句容茅山旅游置业有限公司", "江苏句宁建设集团有限公司", datetime(2024, 4, 26)),
        ("润泽园", "句容润泽置业有限公司", "江苏华厦建工集团有限公司", datetime(2021, 12, 20)),
        ("天王镇安置小区二期", "句容市天王镇人民政府", "句容市华建建筑安装工程有限公司", datetime(2023, 1, 10)),
        ("郭庄新城", "句容郭庄新城建设发展有限公司", "江苏恒信建设工程有限公司", datetime(2024, 10, 15)),
        ("凤凰城·御景", "句容凤凰城房地产有限公司", "江苏华厦建工集团有限公司", datetime(2018, 7, 5)),
    ]
    defects = [("卫生间楼板渗漏至楼下", 16), ("外墙渗水，卧室墙面发霉", 14), ("客厅楼板出现贯通裂缝", 8),
               ("地下车库顶板渗水", 8), ("飘窗窗台渗水", 10), ("屋面渗漏", 8), ("内墙抹灰大面积空鼓", 8),
               ("入户地坪开裂下沉", 6), ("阳台栏杆松动", 4), ("楼梯间墙面斜向裂缝", 6), ("水管暗埋处渗漏", 6)]
    sources = [("直接受理", 58), ("12345热线交办", 22), ("镇江市住建局转办", 8), ("市长信箱转办", 6), ("信访局交办", 6)]
    developer_said = [("拒绝维修", 20), ("久拖未修", 35), ("维修后仍渗漏", 25), ("未答复", 12), ("已维修", 8)]
    opinions = ["责令建设单位限期维修", "组织建设、施工单位现场协调，约定维修方案", "委托检测机构鉴定后再行处理",
                "属使用不当造成，已向投诉人解释", "责令施工单位返修并复查"]

    slots = list(range(2, 52))
    rng.shuffle(slots)
    no_contact = [slots.pop() for _ in range(3)]
    contact_late = [slots.pop() for _ in range(2)]
    accept_early = [slots.pop()]
    to_developer = [slots.pop() for _ in range(2)]
    same_day = [slots.pop() for _ in range(2)]
    # referred cases closed without a report back: picked below among closed referred cases
    rows = []
    meta = []
    day = datetime(2025, 1, 3)
    for i in range(n):
        day = day + timedelta(days=rng.choice([1, 2, 2, 3, 4]))
        if day.weekday() >= 5:
            day = day + timedelta(days=7 - day.weekday())
        came = day
        src = pick(rng, sources)
        if src == "直接受理":
            way = pick(rng, [("来访", 60), ("来电", 30), ("来信", 6), ("电子邮件", 4)])
        elif src == "12345热线交办":
            way = "来电"
        elif src == "市长信箱转办":
            way = "电子邮件"
        elif src == "信访局交办":
            way = pick(rng, [("来信", 1), ("来访", 1)])
        else:
            way = pick(rng, [("来信", 1), ("来电", 1)])
        proj, dev, builder, done = rng.choice(projects)
        defect = pick(rng, defects)
        said = pick(rng, developer_said)
        contact = came - timedelta(days=rng.randint(10, 240))
        agreed = "是"
        if i in same_day:
            contact = came
        if i in no_contact:
            contact, agreed, said = None, "否", "未联系"
        if i in contact_late:
            contact = came + timedelta(days=rng.randint(2, 9))
        accept = came + timedelta(days=rng.choice([0, 0, 1, 1, 2, 3]))
        if accept.weekday() >= 5:
            accept = accept + timedelta(days=7 - accept.weekday())
        if i in accept_early:
            accept = accept - timedelta(days=31 if accept.month > 1 else 5)         # the month typed one too low
        unit = pick(rng, [("质监站", 80), ("住建局信访科", 14)])
        if i == 17:
            unit = "镇江市质监站"
        handler = rng.choice(station) if unit == "质监站" else (rng.choice(bureau) if unit == "住建局信访科" else "")
        if i in to_developer:
            unit, handler = "建设单位（转办）", ""
        base = max(accept, came)
        visit = base + timedelta(days=rng.randint(2, 8))
        deadline = visit + timedelta(days=rng.choice([15, 20, 30]))
        answer = visit + timedelta(days=rng.randint(1, 10))
        closed = deadline + timedelta(days=rng.randint(1, 12))
        if i in to_developer:
            visit = deadline = None
            answer = base + timedelta(days=rng.randint(20, 40))
            closed = answer
        as_of = datetime(2025, 6, 30)
        visit = visit if visit and visit <= as_of else None
        deadline = deadline if visit else None
        answer = answer if answer <= as_of else None
        closed = closed if closed <= as_of and answer else None
        referred = src != "直接受理"
        report = None
        if referred:
            if closed:
                report = closed - timedelta(days=rng.randint(0, 3))
                report = max(report, answer or base)
            elif rng.random() < 0.2 and answer:          # an interim report while still being handled
                report = answer
        status = "办结" if closed else ("整改中" if deadline else "核查中")
        row = Case()
        row["登记编号"] = f"句质投2025-{i + 1:03d}"
        row["来件日期"] = _dot(came)
        row["受理日期"] = _dot(accept)
        row["投诉方式"] = way
        row["交办来源"] = src
        row["投诉人"] = person_name(rng) + rng.choice(["", "", "", "等12户", "等5户"])
        row["联系电话"] = mobile(rng)
        row["工程名称"] = proj
        row["楼号房号"] = f"{rng.randint(1, 28)}幢{rng.randint(1, 3)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"
        row["建设单位"] = dev
        row["施工单位"] = builder
        row["竣工验收日期"] = _dot(done)
        row["投诉内容"] = defect
        row["是否先行与建设单位协商"] = agreed
        row["向建设单位报修日期"] = _dot(contact)
        row["建设单位处理情况"] = said
        row["承办单位"] = unit
        row["承办人"] = handler
        row["现场核查日期"] = _dot(visit)
        row["处理意见"] = rng.choice(opinions) if visit else ("转建设单位自行处理" if unit.startswith("建设单位") else "")
        row["限期整改日期"] = _dot(deadline)
        row["回复投诉人日期"] = _dot(answer)
        row["反馈交办单位日期"] = _dot(report)
        row["办结日期"] = _dot(closed)
        row["办理状态"] = status
        rows.append(row)
        meta.append((referred, closed))

    busy = set(no_contact + contact_late + accept_early + to_developer)
    no_report = [k for k in range(n) if meta[k][0] and meta[k][1] and k not in busy][1:7:2][:3]
    for k in no_report:
        rows[k]["反馈交办单位日期"] = ""
    dup_src = next(k for k in range(20, 45) if k not in busy and k + 1 not in busy
                   and k not in no_report and k + 1 not in no_report)
    rows[dup_src + 1]["登记编号"] = rows[dup_src]["登记编号"]
    if injected is not None:
        num = lambda i: rows[i]["登记编号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        injected += [(num(i), "no_developer_contact") for i in no_contact]
        injected += [(num(i), "developer_contacted_after_complaint") for i in contact_late]
        injected += [(num(i), "accept_before_complaint") for i in accept_early]
        injected += [(num(i), "accepted_by_developer") for i in to_developer]
        injected += [(num(i), "referred_closed_without_report_back") for i in no_report]

    hand = {
        "procedure": "s31-zhenjiang-building-quality-complaints",
        "columns": {
            "登记编号": "case_number",
            "来件日期": "complain_at",
            "受理日期": "accept_at",
            "投诉方式": "channel",
            "交办来源": "referred_by_superior",
            "向建设单位报修日期": "contact_developer_at",
            "建设单位处理情况": "developer_fulfilled_warranty",
            "承办单位": "accept_by",
            "反馈交办单位日期": "report_back_at",
            "办结日期": "closed_at",
        },
        "values": {
            "channel": {"来信": "letter", "来电": "phone", "来访": "visit", "电子邮件": "email"},
            "referred_by_superior": {"直接受理": "no", "12345热线交办": "yes", "镇江市住建局转办": "yes",
                                     "市长信箱转办": "yes", "信访局交办": "yes"},
            "developer_fulfilled_warranty": {"拒绝维修": "no", "久拖未修": "no", "维修后仍渗漏": "no", "未答复": "no",
                                             "已维修": "yes", "未联系": ""},
        },
        "roles": {
            "质监站": "complaint_office", "镇江市质监站": "complaint_office", "住建局信访科": "district_authority",
            "建设单位（转办）": "developer",
        },
    }
    return rows, hand


EXPORTS = [
    ("68-s32-anomaly-tracking-sheet.xlsx", "xlsx", e68_s32_anomaly_tracking),
    ("69-s31-station-complaint-register.csv", "utf-8-sig", e69_s31_station_register),
]
