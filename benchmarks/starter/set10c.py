"""Starter-profile benchmark exports 58-59 (set 10c), written unseen by the mapping guesser's authors.

Each function plays one company's (or bureau's) own complaint system for a procedure and returns (rows, hand profile);
the docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone, before the YAML was opened).

    .venv/bin/python benchmarks/starter/make_exports.py 58 59    # writes these two (every_export picks them up)

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, nth_workday_after, pick, person_name as _name, mobile as _mobile, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


# --- 58: S44, a frozen-food plant's quality complaint ledger ---------------------------------------------------

def _dot(t):
    """The ledger's own spelling: 2025.3.4 09:12 (typed by hand in Excel, month and day not padded)."""
    return f"{t.year}.{t.month}.{t.day} {t.hour:02d}:{t.minute:02d}"


def _dotd(d):
    return f"{d.year}.{d.month}.{d.day}"


def e58_s44_food(rng, injected=None):
    """禾丰食品（速冻水饺、汤圆、包子）客服部“客户质量投诉台账”（共享盘 Excel 另存为 CSV UTF-8，带 BOM），
    按 S44《客户质量问题投诉处理流程》（2017-09-10）审计。客户是超市门店和经销商。
    日期写法：手打的点分日期，月日不补零：接诉时间、通知时间 2025.3.4 09:12，其余各列只写日期 2025.3.4（dotted）。
    部门一律写简称：客服、销售、质检、生产、工艺、仓库（仓库即成品库）；接诉人、确认人写员工姓名。
    初步判定：我司质量问题 / 非我司质量问题（冷链断链、门店储存不当等）/ 待查（未判定，映射为空）。
    处理意见：退货（同意退货）/ 换货 / 赔偿 / 整改回复（不同意退货）/ 客户自行处理、解释说明（非我司问题，不适用，映射为空）。
    从原文写下的列：投诉编号、接诉时间、接诉部门、接诉人、客户名称、联系人、联系电话、产品名称、规格、生产批号、生产日期、
    问题描述、客户诉求、通知质检时间、通知生产时间、现场确认日期、确认人、初步判定、投诉单提交日期（《质量异常信息投诉单》）、
    反馈单日期（《质量异常信息反馈单》）、会同部门、原因分析、整改措施、处理意见、退货申请日期（《产品退货申请表》）、
    退货办结日期、存档部门、跟进情况、结案日期、备注。
    读过制度 YAML 后补的列：填单部门（complaint_form_by，原拟“投诉单填写人”写人名）、反馈单部门（countermeasure_by）、
    申请部门（return_request_by）、复印存档日期（archive_return_at）、跟进部门 / 跟进日期（follow_up_by / follow_up_at）。
    注入（14）：投诉编号重复 1 对；仓库接诉 1 件；投诉单由销售填写 1 件；反馈单由生产填写 1 件；退货申请由销售填写 1 件；
    跟进由客服负责 1 件；我司质量问题没有投诉单 1 件；已办理退货却没有退货申请 1 件；退货办结且已结案却没有复印存档 1 件；
    我司质量问题已结案却没有反馈单 1 件；我司质量问题已结案却没有跟进记录 1 件；投诉单早于现场确认 1 件；
    退货申请早于反馈单 1 件；初步判定写“双方责任”（不在选项中）1 件。
    陷阱（不是问题）：销售接诉（4.1 允许）；非我司质量问题、待查的案件没有投诉单和反馈单；我司问题在办、尚未跟进或尚无反馈单；
    退货已办结但未结案、尚未存档；换货、赔偿的案件没有退货申请；现场确认与投诉单同一天；会同部门写工艺、生产（不是办理部门）。
    """
    n = 62
    start = datetime(2025, 1, 6, 8, 0)
    # the case's nature first, so each injection lands on a case of the right kind
    kinds = [pick(rng, [("own", 58), ("not_own", 27), ("pending", 15)]) for _ in range(n)]
    opinions = [pick(rng, [("退货", 40), ("换货", 25), ("赔偿", 15), ("整改回复", 20)]) if k == "own" else ""
                for k in kinds]
    old = list(range(2, n - 14))          # old enough for every step to have happened before the export
    rng.shuffle(old)

    def take(kind, opinion=None, avoid_return=False):
        for i in old:
            if kinds[i] == kind and (opinion is None or opinions[i] == opinion) \
                    and not (avoid_return and opinions[i] == "退货"):
                old.remove(i)
                return i
        i = old.pop()                      # none of that kind left: make one
        kinds[i] = kind
        opinions[i] = opinion or ("整改回复" if kind == "own" else "")
        return i

    inj = {}
    inj["recv_by_store"] = take("not_own")
    inj["form_by_sales"] = take("own", avoid_return=True)
    inj["cm_by_production"] = take("own", avoid_return=True)
    inj["rr_by_sales"] = take("own", "退货")
    inj["fu_by_cs"] = take("own", avoid_return=True)
    inj["no_form"] = take("own", avoid_return=True)
    inj["no_return_request"] = take("own", "退货")
    inj["no_archive"] = take("own", "退货")
    inj["no_countermeasure"] = take("own", "换货")
    inj["no_follow_up"] = take("own", "赔偿")
    inj["form_before_visit"] = take("own", avoid_return=True)
    inj["rr_before_cm"] = take("own", "退货")
    inj["shared_blame"] = take("not_own")
    closed_needed = {inj[k] for k in ("fu_by_cs", "no_archive", "no_countermeasure", "no_follow_up")}
    # traps: one returned-but-not-closed case, one same-day visit and slip
    trap_open_return = take("own", "退货")
    trap_same_day = take("own", avoid_return=True)

    products = [("三鲜水饺", "1kg/袋"), ("猪肉白菜水饺", "500g/袋"), ("韭菜鸡蛋水饺", "1kg/袋"), ("黑芝麻汤圆", "400g/袋"),
                ("花生汤圆", "400g/袋"), ("鲜肉大包", "600g/袋"), ("奶黄包", "360g/袋"), ("玉米蒸饺", "750g/袋")]
    customers = ["家佳乐超市东关店", "华润万家江北店", "鑫源商贸（济南经销商）", "惠民便利连锁", "大统华超市城南店",
                 "祥和冷链食品批发部", "永盛副食经销部", "学府路生鲜超市", "聊城润达经销商", "乐购超市开发区店"]
    own_issues = [("袋内发现头发一根", "退货并书面说明"), ("水饺破皮率高，煮后散馅", "换货"),
                  ("馅料明显偏少", "换货并整改"), ("包装封口不严漏气", "退货"), ("汤圆表面发黄，疑似返霜", "退货"),
                  ("净含量不足，实测942g", "补足差额"), ("喷码生产日期模糊", "整改并换货"), ("馅料有碎骨", "赔偿并整改")]
    other_issues = [("产品化冻后粘连成团", "退货"), ("顾客称食用后腹泻", "赔偿"), ("冷柜温度异常，产品软化", "换货"),
                    ("外箱压损", "换货")]
    receivers = {"客服": ["赵丽", "孙娜", "周静"], "销售": ["马强", "郑军", "韩磊"]}
    inspectors = ["杜明", "袁海燕", "曾文斌"]

    rows = []
    serial = {}
    day = start
    for i in range(n):
        day = day + timedelta(days=rng.choice([1, 2, 2, 3, 3, 4]))
        if day.weekday() == 6:
            day += timedelta(days=1)
        t0 = day.replace(hour=8, minute=0) + timedelta(minutes=rng.randint(0, 9 * 60))
        ym = t0.strftime("%y%m")
        serial[ym] = serial.get(ym, 0) + 1
        kind = kinds[i]
        opinion = opinions[i]
        recv_dept = pick(rng, [("客服", 70), ("销售", 30)])
        if i == inj["recv_by_store"]:
            recv_dept = "仓库"
        receiver = rng.choice(receivers.get(recv_dept, ["刘刚"]))
        notify_qc = t0 + timedelta(minutes=rng.randint(5, 45))
        notify_prod = t0 + timedelta(minutes=rng.randint(8, 70))
        d0 = t0.date()
        visit = None
        if rng.random() < 0.55 or i in (inj["form_before_visit"], trap_same_day):
            visit = d0 + timedelta(days=rng.randint(1, 3))
        form = form_by = cm = cm_by = rr = rr_by = ret = archive = fu = fu_by = closed = None
        together = ""
        if kind == "own":
            form = (visit or d0) + timedelta(days=rng.randint(0, 2))
            if i == trap_same_day:
                form = visit
            if i == inj["form_before_visit"]:
                form = visit - timedelta(days=1)
            form_by = "销售" if i == inj["form_by_sales"] else "客服"
            cm = form + timedelta(days=rng.randint(1, 6))
            cm_by = "生产" if i == inj["cm_by_production"] else "质检"
            together = pick(rng, [("工艺", 35), ("生产", 30), ("工艺、生产", 25), ("生产、仓库", 10)])
            fu = cm + timedelta(days=rng.randint(4, 15))
            if opinion == "退货":
                rr = cm + timedelta(days=rng.randint(0, 2))
                if i == inj["rr_before_cm"]:
                    rr = cm - timedelta(days=1)
                rr_by = "销售" if i == inj["rr_by_sales"] else "客服"
                ret = rr + timedelta(days=rng.randint(2, 7))
                archive = ret + timedelta(days=rng.randint(0, 4))
                fu = max(fu, ret + timedelta(days=1))
            fu_by = "客服" if i == inj["fu_by_cs"] else "质检"
            closed = fu + timedelta(days=rng.randint(0, 6))
            if rng.random() < 0.15 and i not in closed_needed:
                closed = None                             # still being followed up
            if i == trap_open_return:
                closed = archive = None
                fu = None
            if i == inj["no_form"]:
                form = form_by = None
            if i == inj["no_return_request"]:
                rr = rr_by = None
            if i == inj["no_archive"]:
                archive = None
            if i == inj["no_countermeasure"]:
                cm = cm_by = None
                together = ""
            if i == inj["no_follow_up"]:
                fu = fu_by = None
                closed = (cm + timedelta(days=rng.randint(3, 8)))
        elif kind == "not_own":
            opinion = pick(rng, [("客户自行处理", 60), ("解释说明", 40)])
            closed = (visit or d0) + timedelta(days=rng.randint(1, 6))
        # pending cases: nothing decided yet
        dates = [form, cm, rr, ret, archive, fu, closed, visit]
        form, cm, rr, ret, archive, fu, closed, visit = (None if x and x > CUTOFF.date() else x for x in dates)
        if fu is None:
            fu_by = None
        if closed and kind == "own" and ((cm is None and i != inj["no_countermeasure"])
                                         or (fu is None and i != inj["no_follow_up"])):
            closed = None
        if rr is None and i != inj["no_return_request"]:
            rr_by = None
        if form is None:
            form_by = None
        if cm is None:
            cm_by = None
        prod, spec = rng.choice(products)
        if kind == "own":
            content, demand = rng.choice(own_issues)
        else:
            content, demand = rng.choice(other_issues)
        made = d0 - timedelta(days=rng.randint(10, 90))
        judgement = {"own": "我司质量问题", "not_own": "非我司质量问题", "pending": "待查"}[kind]
        if i == inj["shared_blame"]:
            judgement = "双方责任"
        row = Case()
        row["投诉编号"] = f"KS{ym}-{serial[ym]:02d}"
        row["接诉时间"] = _dot(t0)
        row["接诉部门"] = recv_dept
        row["接诉人"] = receiver
        row["客户名称"] = rng.choice(customers)
        row["联系人"] = _name(rng)
        row["联系电话"] = _mobile(rng)
        row["产品名称"] = prod
        row["规格"] = spec
        row["生产批号"] = f"HF{made:%Y%m%d}{rng.choice('ABC')}{rng.randint(1, 3)}"
        row["生产日期"] = _dotd(made)
        row["问题描述"] = content
        row["客户诉求"] = demand
        row["通知质检时间"] = _dot(notify_qc)
        row["通知生产时间"] = _dot(notify_prod)
        row["现场确认日期"] = _dotd(visit) if visit else ""
        row["确认人"] = rng.choice(inspectors) if visit else ""
        row["初步判定"] = judgement
        row["投诉单提交日期"] = _dotd(form) if form else ""
        row["填单部门"] = form_by or ""
        row["反馈单日期"] = _dotd(cm) if cm else ""
        row["反馈单部门"] = cm_by or ""
        row["会同部门"] = together if cm else ""
        row["原因分析"] = rng.choice(["包装工序封口温度偏低", "成型机压皮过薄", "速冻隧道温度波动", "员工未按规定佩戴发帽",
                                  "称重设备未校准", "喷码机墨路堵塞"]) if cm else ""
        row["整改措施"] = rng.choice(["调整封口参数并加严抽检", "更换成型模具", "加强入车间更衣检查", "校准称重设备，每班点检",
                                  "喷码机每日清洗"]) if cm else ""
        row["处理意见"] = opinion
        row["退货申请日期"] = _dotd(rr) if rr else ""
        row["申请部门"] = rr_by or ""
        row["退货办结日期"] = _dotd(ret) if ret else ""
        row["存档部门"] = "生产办、质检、成品库、销售、财务" if archive else ""
        row["复印存档日期"] = _dotd(archive) if archive else ""
        row["跟进部门"] = fu_by or ""
        row["跟进日期"] = _dotd(fu) if fu else ""
        row["跟进情况"] = rng.choice(["连续三批抽检合格", "整改措施已落实", "客户反馈无再发", "已培训相关员工"]) if fu else ""
        row["结案日期"] = _dotd(closed) if closed else ""
        row["备注"] = rng.choice(["", "", "", "客户要求书面回复", "已拍照留样", "门店冷柜问题已告知客户", "加急"])
        rows.append(row)
    # a repeated number: a case typed in twice by two clerks, the second copy corrected by hand afterwards
    used = set(inj.values()) | {trap_open_return, trap_same_day}
    dup_dst = next(i for i in range(20, n) if i not in used and i - 1 not in used)
    rows[dup_dst]["投诉编号"] = rows[dup_dst - 1]["投诉编号"]
    if injected is not None:
        num = lambda i: rows[i]["投诉编号"]  # noqa: E731
        injected += [(num(dup_dst), "duplicate")] + [(num(i), w) for w, i in inj.items()]

    hand = {
        "procedure": "s44-customer-quality-complaints-2017",
        "columns": {
            "投诉编号": "case_number",
            "接诉时间": "receive_at",
            "接诉部门": "receive_by",
            "问题描述": "content",
            "现场确认日期": "investigate_at",
            "初步判定": "own_quality_issue",
            "投诉单提交日期": "complaint_form_at",
            "填单部门": "complaint_form_by",
            "反馈单日期": "countermeasure_at",
            "反馈单部门": "countermeasure_by",
            "处理意见": "return_approved",
            "退货申请日期": "return_request_at",
            "申请部门": "return_request_by",
            "退货办结日期": "process_return_at",
            "复印存档日期": "archive_return_at",
            "跟进部门": "follow_up_by",
            "跟进日期": "follow_up_at",
            "结案日期": "closed_at",
        },
        "values": {
            "own_quality_issue": {"我司质量问题": True, "非我司质量问题": False, "待查": ""},
            "return_approved": {"退货": True, "换货": False, "赔偿": False, "整改回复": False,
                                "客户自行处理": "", "解释说明": ""},
        },
        "roles": {"客服": "customer_service", "销售": "sales", "质检": "quality_inspection", "生产": "production",
                  "工艺": "process_tech", "仓库": "finished_goods_store"},
    }
    return rows, hand


# --- 59: L6, a city telecom appeal window's register -------------------------------------------------------------

def e59_l6_city_appeals(rng, injected=None):
    """江州市通信管理办公室“电信用户申诉受理窗口”（受省通信管理局委托受理本市用户申诉）的申诉登记簿，
    XLSX，日期为真正的日期单元格（收件时间、通知、答复带时分，其余只有日期），按 L6《电信用户申诉处理办法》（工信部令第35号）审计。
    申诉方式：网上申诉（部申诉平台）/ 信函 / 传真 / 窗口递交 / 电话（电话申诉登记后要求补交书面材料，补交后才有材料存档号）。
    申诉类别用窗口自己的分类：资费收费 / 计费扣费（收费争议）；网络质量 / 宽带装维 / 业务办理 / 服务质量 / 携号转网（其他申诉）。
    申诉人身份：机主本人 / 委托代理人（直接利害关系：是）；非机主（否）。企业处理结果：不满意；未答复、空白映射为空。
    其他机构处理情况：无（否）；法院已立案 / 仲裁已受理 / 消协已调解 / 12315已受理（是）。
    受理结论：受理 / 不予受理 / 告知先向企业投诉 / 政策解答，日期记在“决定通知日期”（作出决定并通知申诉人）。
    从原文写下的列：申诉编号、收件时间、申诉方式、申诉人、身份、联系地址、联系电话、邮编、被申诉企业、企业地址、申诉类别、
    问题发生日期、申诉请求、事实与理由、已向企业投诉、向企业投诉日期、企业答复日期、对企业处理结果、已和解并履行、
    其他机构处理情况、重复申诉、受理结论、决定通知日期、不予受理理由/说明、转企业日期、调解日期、调解结果、答复申诉人日期、
    承办人、办结日期。
    读过制度 YAML 后补的列：申诉书日期（appeal_at）、材料存档号（written_appeal）、诉求性质 申诉/政策咨询（policy_inquiry）、
    受理条件审查的两项 被申诉人明确、请求及事实具体 是/否（respondent_identified、specific_request）、
    企业答复情况 已答复/未答复/超期未答复（operator_handled）、补正材料日期（all_materials_received_at）、
    答复单位 本窗口/省申诉受理中心/企业直接答复（reply_by）。
    注入（15）：申诉编号重复 1 对；受理决定超过5个工作日 2 件（其中 1 件跨五一假期）；受理后超过30日才答复 1 件；
    受理后一直未答复 1 件；收费争议事项发生5个多月后申诉仍受理 1 件；已和解并履行仍受理 1 件；法院已立案仍受理 1 件；
    重复申诉仍受理 1 件；非机主申诉仍受理 1 件；未向企业投诉仍受理 1 件（同时没有告知先向企业投诉）；邮编空白 1 件；
    电话申诉没有书面材料（无材料存档号）1 件；由企业直接答复申诉人 1 件；不予受理没有写理由 1 件。
    陷阱（不是问题）：收费争议事项4个多月后申诉受理；网络质量事项20个月后申诉受理；补正材料后从补正日起30日内答复
    （距收件已超30日）；清明假期前收件、第5个工作日作出决定；收费争议超过5个月不予受理并写明理由；告知先向企业投诉、
    政策解答的案件写明说明；委托代理人申诉受理；电话申诉后补交书面材料；企业超期未答复的用户申诉受理。
    """
    n = 60
    categories = [("资费收费", 22), ("计费扣费", 16), ("网络质量", 18), ("宽带装维", 14), ("业务办理", 14),
                  ("服务质量", 8), ("携号转网", 8)]
    fee = {"资费收费", "计费扣费"}
    texts = {
        "资费收费": (["合约到期后套餐资费自动上调", "宣传的不限量套餐超量后被收费", "未经同意开通视频彩铃并收费"],
                 "退还多收费用"),
        "计费扣费": (["停机期间仍扣月租", "国际漫游流量费重复计费", "销户后仍被扣费"], "退还已扣费用并赔偿"),
        "网络质量": (["小区室内无5G信号", "通话频繁断续", "宽带晚高峰网速不足10M"], "改善网络覆盖"),
        "宽带装维": (["报障五天无人上门", "拆机后仍收宽带费", "装机人员损坏墙面"], "尽快维修并赔偿"),
        "业务办理": (["营业厅拒绝办理销户", "副卡未经本人同意开通", "过户被要求先交违约金"], "按规定办理"),
        "服务质量": (["客服多次挂断电话", "营业员态度恶劣"], "道歉并处理相关人员"),
        "携号转网": (["携转授权码无法获取", "以合约未到期为由拒绝携转"], "办理携号转网"),
    }
    operators = [("中国移动江州分公司", "江州市人民路128号"), ("中国电信江州分公司", "江州市解放大道66号"),
                 ("中国联通江州市分公司", "江州市长江路9号"), ("中国广电江州分公司", "江州市新华街3号")]
    methods = [("网上申诉", 55), ("信函", 15), ("传真", 5), ("窗口递交", 15), ("电话", 10)]
    clerks = ["潘晓东", "叶小红", "程国庆"]

    # the register runs in date order: receipt times first, so the holiday cases are picked by their dates
    recvs = []
    day = datetime(2025, 1, 6, 9, 0)
    for i in range(n):
        day = day + timedelta(days=rng.choice([1, 1, 2, 2, 3]))
        while not workday(day.date()):
            day += timedelta(days=1)
        recvs.append(day.replace(hour=8, minute=30) + timedelta(minutes=rng.randint(0, 8 * 60)))
    conclusions = [pick(rng, [("受理", 78), ("不予受理", 8), ("告知先向企业投诉", 8), ("政策解答", 6)])
                   for _ in range(n)]
    mayday = next(i for i in range(n) if date(2025, 4, 24) <= recvs[i].date() <= date(2025, 4, 30))
    qingming = max(i for i in range(n) if date(2025, 3, 31) <= recvs[i].date() <= date(2025, 4, 3))
    recvs[qingming] = datetime(2025, 4, 3, 15, 40)      # the day before the Qingming holiday
    conclusions[mayday] = conclusions[qingming] = "受理"
    early = [i for i in range(3, n) if recvs[i] < datetime(2025, 5, 10) and i not in (mayday, qingming)]
    rng.shuffle(early)

    def take(concl="受理"):
        for i in early:
            if conclusions[i] == concl:
                early.remove(i)
                return i
        i = early.pop()
        conclusions[i] = concl
        return i

    inj = {k: take() for k in ("late_decide", "late_reply", "never_reply", "fee_old", "settled", "court", "repeat",
                               "not_owner", "not_complained", "no_postcode", "phone_unwritten", "reply_by_operator")}
    inj["late_decide_mayday"] = mayday
    inj["no_reason"] = take("不予受理")
    traps = {k: take() for k in ("fee_4_months", "network_20_months", "resubmitted", "agent", "phone_written",
                                 "operator_silent")}
    traps["qingming"] = qingming
    traps["fee_rejected"] = take("不予受理")
    marks = {"网上申诉": "网", "信函": "信", "传真": "传", "窗口递交": "窗", "电话": "电"}

    rows = []
    for i in range(n):
        recv = recvs[i]
        concl = conclusions[i]
        cat = pick(rng, categories)
        if i in (inj["fee_old"], traps["fee_4_months"], traps["fee_rejected"]):
            cat = "资费收费"
        if i == traps["network_20_months"]:
            cat = "网络质量"
        method = pick(rng, methods)
        if i in (inj["phone_unwritten"], traps["phone_written"]):
            method = "电话"
        if method in ("网上申诉", "电话", "窗口递交"):
            appeal = recv.date()
        else:
            appeal = recv.date() - timedelta(days=rng.randint(2, 6))
        # the user's complaint to the operator, the operator's answer
        complained = "否" if concl == "告知先向企业投诉" or i == inj["not_complained"] else "是"
        comp_day = op_reply = None
        op_state = satisf = ""
        if complained == "是":
            comp_day = appeal - timedelta(days=rng.randint(16, 45))
            if rng.random() < 0.2 or i == traps["operator_silent"]:
                op_state = "超期未答复"
                satisf = "未答复"
            else:
                op_state = "已答复"
                op_reply = comp_day + timedelta(days=rng.randint(2, 14))
                satisf = "不满意"
        incident = (comp_day or appeal) - timedelta(days=rng.randint(1, 40))
        if i == inj["fee_old"]:
            incident = appeal - timedelta(days=rng.randint(165, 190))
        if i == traps["fee_4_months"]:
            incident = appeal - timedelta(days=rng.randint(125, 140))
        if i == traps["fee_rejected"]:
            incident = appeal - timedelta(days=rng.randint(200, 240))
        if i == traps["network_20_months"]:
            incident = appeal - timedelta(days=rng.randint(600, 620))
        if comp_day and comp_day < incident:
            comp_day = incident + timedelta(days=rng.randint(1, 10))
            if op_reply:
                op_reply = comp_day + timedelta(days=rng.randint(2, 10))
        # the window's decision
        deadline = nth_workday_after(recv.date(), 5)
        decide_day = nth_workday_after(recv.date(), rng.randint(1, 4))
        if i == traps["qingming"]:
            decide_day = deadline                            # 4月11日, the fifth working day after 3 April
        if i in (inj["late_decide"], inj["late_decide_mayday"]):
            decide_day = nth_workday_after(deadline, rng.randint(1, 3))
        decide = datetime.combine(decide_day, datetime.min.time()).replace(hour=rng.randint(9, 17),
                                                                           minute=rng.randint(0, 59))
        reason = ""
        if concl == "不予受理":
            reason = "属于收费争议，申诉事项发生时距提起申诉时超过五个月" if i == traps["fee_rejected"] else \
                rng.choice(["已与企业达成和解协议并执行", "人民法院已受理", "无具体申诉请求和事实根据"])
            if i == inj["no_reason"]:
                reason = ""
        elif concl == "告知先向企业投诉":
            reason = "未向被申诉企业投诉，已告知先向企业投诉"
        elif concl == "政策解答":
            reason = "咨询携号转网政策，已电话解答"
        # acceptance, transfer to the operator, mediation, reply
        resubmit = transfer = mediate = reply = None
        mediation = ""
        reply_unit = ""
        if concl == "受理":
            transfer = decide + timedelta(hours=rng.randint(2, 30))
            if rng.random() < 0.45:
                mediate = transfer + timedelta(days=rng.randint(3, 12))
                mediation = pick(rng, [("调解成功", 70), ("调解不成", 30)])
            reply = recv + timedelta(days=rng.randint(8, 27), hours=rng.randint(-3, 3))
            if mediate and reply < mediate:
                reply = mediate + timedelta(days=1)
            if reply - recv > timedelta(days=29):
                reply = recv + timedelta(days=28)
            if i == traps["resubmitted"]:
                resubmit = recv + timedelta(days=12)
                reply = resubmit + timedelta(days=rng.randint(25, 28))
                mediate = mediation = None
            if i == inj["late_reply"]:
                reply = recv + timedelta(days=rng.randint(34, 40))
            if i == inj["never_reply"]:
                reply = None
            reply_unit = "企业直接答复" if i == inj["reply_by_operator"] else \
                pick(rng, [("本窗口", 85), ("省申诉受理中心", 15)])
        reply = None if reply and reply > CUTOFF else reply
        if reply is None:
            reply_unit = ""
        done = reply if reply else (decide if concl != "受理" else None)
        op_name, op_addr = rng.choice(operators)
        content, demand = texts[cat]
        if concl == "政策解答":
            content, demand = (["携号转网需满足哪些条件", "合约期内能否销户"], "解答政策")
        ident = pick(rng, [("机主本人", 88), ("委托代理人", 12)])
        if i == traps["agent"]:
            ident = "委托代理人"
        if i == inj["not_owner"]:
            ident = "非机主"
        elsewhere = "无"
        if i == inj["court"]:
            elsewhere = "法院已立案"
        elif concl == "不予受理" and reason == "人民法院已受理":
            elsewhere = "法院已立案"
        settled = "是" if i == inj["settled"] or reason == "已与企业达成和解协议并执行" else "否"
        archive_no = f"{recv:%Y}-{marks[method]}-{i + 101:04d}"
        if method == "电话":                 # registered by phone; written materials sent in afterwards
            resubmit = resubmit or recv + timedelta(days=rng.randint(2, 5))
            if i == inj["phone_unwritten"]:
                archive_no = resubmit = None
        row = Case()
        row["申诉编号"] = f"江申〔2025〕第{i + 1:04d}号"
        row["收件时间"] = recv
        row["申诉方式"] = method
        row["申诉书日期"] = appeal
        row["材料存档号"] = archive_no or None
        row["申诉人"] = _name(rng)
        row["身份"] = ident
        row["联系地址"] = f"江州市{rng.choice(['东湖区', '西城区', '江北区', '高新区'])}{rng.choice(['建设路', '滨江路', '学府路', '纺织路'])}" \
            f"{rng.randint(1, 300)}号{rng.randint(1, 20)}栋{rng.randint(101, 2602)}室"
        row["联系电话"] = _mobile(rng)
        row["邮编"] = None if i == inj["no_postcode"] else rng.choice(["332000", "332005", "332020", "332100"])
        row["被申诉企业"] = op_name
        row["企业地址"] = op_addr
        row["申诉类别"] = cat
        row["问题发生日期"] = incident
        row["申诉请求"] = demand
        row["事实与理由"] = rng.choice(content)
        row["诉求性质"] = "政策咨询" if concl == "政策解答" else "申诉"
        row["被申诉人明确"] = "是"
        row["请求及事实具体"] = "否" if reason == "无具体申诉请求和事实根据" else "是"
        row["已向企业投诉"] = complained
        row["向企业投诉日期"] = comp_day
        row["企业答复情况"] = op_state or None
        row["企业答复日期"] = op_reply
        row["对企业处理结果"] = satisf or None
        row["已和解并履行"] = settled
        row["其他机构处理情况"] = elsewhere
        row["重复申诉"] = "是" if i == inj["repeat"] else "否"
        row["受理结论"] = concl
        row["决定通知日期"] = decide
        row["不予受理理由/说明"] = reason or None
        row["补正材料日期"] = resubmit.date() if resubmit else None
        row["转企业日期"] = transfer.date() if transfer else None
        row["调解日期"] = mediate.date() if mediate else None
        row["调解结果"] = mediation or None
        row["答复申诉人日期"] = reply
        row["答复单位"] = reply_unit or None
        row["承办人"] = rng.choice(clerks)
        row["办结日期"] = done.date() if done else None
        rows.append(Case({k: (v.replace(second=0, microsecond=0) if isinstance(v, datetime) else v)
                          for k, v in row.items()}))
    # a repeated number: the register's serial typed twice after a case was voided and re-entered
    used = set(inj.values()) | set(traps.values())
    dup_dst = next(i for i in range(25, n) if i not in used and i - 1 not in used)
    rows[dup_dst]["申诉编号"] = rows[dup_dst - 1]["申诉编号"]
    if injected is not None:
        num = lambda i: rows[i]["申诉编号"]  # noqa: E731
        injected += [(num(dup_dst), "duplicate")] + [(num(i), w) for w, i in inj.items()]

    hand = {
        "procedure": "l6-telecom-user-appeals-2016",
        "columns": {
            "申诉编号": "case_number",
            "收件时间": "receive_at",
            "申诉书日期": "appeal_at",
            "材料存档号": "written_appeal",
            "申诉人": "complainant",
            "身份": "direct_interest",
            "联系地址": "address",
            "联系电话": "contact_phone",
            "邮编": "postcode",
            "被申诉企业": "respondent_name",
            "企业地址": "respondent_address",
            "申诉类别": "category",
            "问题发生日期": "incident_at",
            "申诉请求": "demand",
            "事实与理由": "grounds",
            "诉求性质": "policy_inquiry",
            "被申诉人明确": "respondent_identified",
            "请求及事实具体": "specific_request",
            "已向企业投诉": "complained_to_operator",
            "向企业投诉日期": "complain_to_operator_at",
            "企业答复情况": "operator_handled",
            "企业答复日期": "operator_reply_at",
            "对企业处理结果": "satisfaction",
            "已和解并履行": "settlement_executed",
            "其他机构处理情况": "handled_elsewhere",
            "重复申诉": "handled_by_appeal_body",
            "决定通知日期": "decide_at",
            "不予受理理由/说明": "reject_reason",
            "补正材料日期": "all_materials_received_at",
            "答复申诉人日期": "reply_at",
            "答复单位": "reply_by",
        },
        "values": {
            "category": {"资费收费": "fee_dispute", "计费扣费": "fee_dispute", "网络质量": "other", "宽带装维": "other",
                         "业务办理": "other", "服务质量": "other", "携号转网": "other"},
            "direct_interest": {"机主本人": "yes", "委托代理人": "yes", "非机主": "no"},
            "policy_inquiry": {"申诉": "no", "政策咨询": "yes"},
            "respondent_identified": {"是": "yes", "否": "no"},
            "specific_request": {"是": "yes", "否": "no"},
            "complained_to_operator": {"是": "yes", "否": "no"},
            "operator_handled": {"已答复": "yes", "未答复": "no", "超期未答复": "no"},
            "satisfaction": {"不满意": "unsatisfied", "满意": "satisfied", "未答复": ""},
            "settlement_executed": {"是": "yes", "否": "no"},
            "handled_elsewhere": {"无": "no", "法院已立案": "yes", "仲裁已受理": "yes", "消协已调解": "yes",
                                  "12315已受理": "yes"},
            "handled_by_appeal_body": {"是": "yes", "否": "no"},
        },
        "roles": {"本窗口": "provincial_appeal_body", "省申诉受理中心": "provincial_appeal_body",
                  "企业直接答复": "operator"},
        "outcomes": {"受理结论": {"date": "决定通知日期",
                                  "steps": {"受理": "accept", "告知先向企业投诉": "refer_to_operator",
                                            "政策解答": "answer_inquiry"}}},
    }
    return rows, hand


EXPORTS = [
    ("58-s44-frozen-food-quality-ledger.csv", "utf-8-sig", e58_s44_food),
    ("59-l6-city-appeal-window-register.xlsx", "xlsx", e59_l6_city_appeals),
]
