"""Starter-profile benchmark exports 256-257 (set 44a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 256 257    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, distinct_names, mobile, workday, REST_2025


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _rand_day(rng, lo, hi):
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _plus(rng, t, lo_h, hi_h, day_from=8, day_to=18):
    """A whole-minute time lo_h..hi_h hours after t, moved out of the night into the next morning."""
    u = t + timedelta(minutes=rng.randint(int(lo_h * 60), int(hi_h * 60)))
    if u.hour < day_from:
        u = u.replace(hour=day_from, minute=rng.randint(0, 50))
    elif u.hour >= day_to:
        u = (u + timedelta(days=1)).replace(hour=day_from, minute=rng.randint(0, 50))
    return u.replace(second=0, microsecond=0)


def _cut(t):
    return None if t is None or t > CUTOFF else t


def _office(t):
    """t (a date or datetime) moved forward to the next working day: offices work Monday to Friday, not on holidays."""
    while t is not None and not workday(t if type(t) is date else t.date()):
        t += timedelta(days=1)
    return t


def _shop(t):
    """The workshops also work Saturdays, but not Sundays or statutory holidays."""
    while t is not None and (t.date() in REST_2025 or (t.weekday() == 6 and not workday(t.date()))):
        t += timedelta(days=1)
    return t


def e256_s31_zhenjiang_quality_station_ledger(rng, injected=None):
    """镇江市建设工程质量监督站（市建筑工程质量投诉处理机构）政务 OA 中的“工程质量投诉件登记台账”，导出为 XLSX
    （工作表“导出”），日期是 Excel 日期单元格：来件日期、报修日期、核查日期、办结日期、反馈日期只记到日，受理时间带时分。
    收件包括直接来信来电来访和市 12345 热线、市信访局、省住建厅、市住建局转来的件；按属地由监督站投诉科、
    市住建局质安处或辖市区住建局承办。

    读制度 YAML 之前写下的表头（只读种子第一至第八条）：
        登记编号、来件日期、来件方式、案件来源、投诉人、联系电话、项目名称、房号及部位、所在辖区、建设单位、施工单位、
        竣工验收日期、问题类别、问题摘要、是否已与开发商协商、承办单位、承办人、现场核查日期、责令整改期限、处理结果、
        办结日期、反馈交办单位日期、办理状态
    读过制度 YAML 后补的列：
        向开发商报修日期（规则要先行联系的记录和日期，代替只写“是/否”的“是否已与开发商协商”）、
        开发商保修情况（建设单位是否履行保修责任）、受理时间（与来件日期分开，环节“投诉”与“受理”各有时间）
    映射：来件日期→complain_at，受理时间→accept_at，向开发商报修日期→contact_developer_at，承办单位→accept_by，
        反馈交办单位日期→report_back_at，办结日期→closed_at，来件方式→channel，案件来源→referred_by_superior，
        开发商保修情况→developer_fulfilled_warranty。
        台账不记录谁向开发商报修、谁来投诉、谁向上级反馈：step-contact_developer、step-complain、step-report_back 不检查。

    注入的违规（按规则 id 计数，共 16）：
        developer_contacted_first 3（没有向开发商报修的记录，直接来投诉）、contact_developer-complain 2（报修日期晚于来件日期）、
        complain-accept 1（受理时间早于来件日期）、accept-report_back 1（反馈交办单位日期早于受理）、
        report_back_to_superior 2（转办件已办结却没有反馈日期）、accept_by_competent_body 2（承办单位写成开发商客服中心）、
        channel 2（来件方式“传真”）、developer_fulfilled_warranty 1（“待核实”）、referred_by_superior 1（案件来源“重复件”）、
        case_number 1（两件登记成同一编号）
    陷阱（不是违规）：
        报修与来件同一天；周末收到的电子邮件下周一受理；转办件尚在办理、还没有反馈（未办结不要求）；
        开发商“已维修”的件照样受理；办结当天反馈交办单位；责令整改期限已过但未办结（本制度没有时限规则）。
    """
    n = 46
    taken = set()
    staff = distinct_names(rng, 6, taken)
    people = distinct_names(rng, n, taken)

    developers = [
        ("镇江润和置业有限公司", "润和置业"), ("镇江金港房地产开发有限公司", "金港地产"),
        ("江苏恒泰置业有限公司", "恒泰置业"), ("镇江南山房地产开发有限公司", "南山地产"),
        ("丹阳凤城置业有限公司", "凤城置业"), ("句容宝华新城开发有限公司", "宝华新城"),
        ("扬中江洲置业有限公司", "江洲置业"),
    ]
    contractors = ["江苏镇建建设集团有限公司", "镇江市第二建筑工程有限公司", "江苏润扬建工有限公司",
                   "中建八局第三建设有限公司", "江苏丹建集团有限公司", "句容市华宇建设有限公司"]
    # project, district, developer index, the body that takes its complaints (by district)
    city_office = "市质监站投诉科"
    projects = [
        ("润扬名邸", "润州区", 0, city_office), ("江南御府", "京口区", 1, "京口区住建局"),
        ("金山湖畔花园", "润州区", 2, city_office), ("南山雅苑", "润州区", 3, city_office),
        ("丁卯桥公寓", "京口区", 1, city_office), ("港南花苑", "镇江新区", 2, "镇江新区建设局"),
        ("凤凰城三期", "丹阳市", 4, "丹阳市住建局"), ("宝华新城四期", "句容市", 5, "句容市住建局"),
        ("江洲华庭", "扬中市", 6, "扬中市住建局"), ("谷阳新苑", "丹徒区", 0, "丹徒区住建局"),
        ("滨江一号", "京口区", 3, city_office),
    ]
    problems = [
        ("渗漏", ["卫生间楼板渗水至楼下", "外墙窗边渗水", "屋面防水层渗漏", "地下室车库顶板渗水"]),
        ("墙体裂缝", ["客厅墙体斜向裂缝", "梁下通长裂缝", "填充墙与柱交接处开裂"]),
        ("空鼓脱落", ["外墙面砖空鼓脱落", "地面找平层空鼓", "内墙抹灰空鼓"]),
        ("门窗", ["铝合金窗框变形关不严", "入户门安装不牢"]),
        ("给排水", ["排水立管接口漏水", "地漏倒坡积水"]),
        ("楼地面", ["楼板厚度不足、踩踏有响声", "地面不平整"]),
    ]
    channels = [("来信", 4), ("来电", 5), ("来访", 4), ("电子邮件", 2)]
    sources = [("直接受理", 9), ("市12345热线转办", 5), ("市信访局转送", 2), ("省住建厅交办", 1), ("市住建局批转", 1)]
    warranty = [("拒绝维修", 4), ("推诿拖延", 5), ("逾期未修", 3), ("已维修", 2)]
    results = ["责令施工单位返修，业主签字认可", "组织双方现场调解，开发商承诺限期维修", "委托检测后责令整改，已复查合格",
               "经核查属使用不当，已向投诉人解释", "开发商已完成维修，回访满意"]

    cases = []
    for _ in range(n):
        proj, district, dev_i, body = rng.choice(projects)
        came = _rand_day(rng, date(2025, 1, 3), date(2025, 6, 24))
        channel = pick(rng, channels)
        if channel != "电子邮件":
            came = _office(came)        # letters, calls and visits on working days; e-mail comes any day
        if channel in ("来信", "电子邮件"):
            accept = _at(rng, _office(came + timedelta(days=rng.randint(0 if channel == "电子邮件" else 1, 3))), 8.5, 17)
        else:
            accept = _at(rng, came, 8.5, 16.5)
        contact = came - timedelta(days=rng.randint(0, 75))
        source = pick(rng, sources)
        referred = source != "直接受理"
        site = _office(accept.date() + timedelta(days=rng.randint(2, 9)))
        term = _office(site + timedelta(days=rng.choice([15, 20, 30])))
        closed = _office(site + timedelta(days=rng.randint(8, 45)))
        if closed > CUTOFF.date():
            closed = None
        if site > CUTOFF.date():
            site, term = None, None
        report = None
        if referred:
            if closed is not None:
                report = _office(closed + timedelta(days=rng.choice([0, 0, 0, 1])))
                if report > CUTOFF.date():
                    report = closed
            elif rng.random() < 0.4 and accept.date() + timedelta(days=6) < CUTOFF.date():
                report = _office(accept.date() + timedelta(days=5))      # an interim reply to the referring body
        cat, texts = rng.choice(problems)
        cases.append({
            "came": came, "accept": accept, "contact": contact, "channel": channel, "source": source,
            "referred": referred, "site": site, "term": term, "closed": closed, "report": report,
            "project": proj, "district": district, "dev": developers[dev_i], "body": body,
            "contractor": rng.choice(contractors), "warranty": pick(rng, warranty),
            "cat": cat, "text": rng.choice(texts), "result": rng.choice(results),
            "handover": _rand_day(rng, date(2020, 6, 1), date(2024, 10, 31)),
            "room": f"{rng.randint(1, 28)}幢{rng.randint(1, 3)}单元{rng.randint(1, 26)}{rng.randint(1, 4):02d}室",
        })
    # a few cases accepted by the city bureau's safety-and-quality division
    for c in rng.sample([c for c in cases if c["body"] == city_office], 3):
        c["body"] = "市住建局质安处"
    cases.sort(key=lambda c: (c["came"], c["accept"]))
    for k, c in enumerate(cases, 1):
        c["no"] = f"ZJTS-2025-{k:03d}"
        c["staff"] = rng.choice(staff)
        c["name"] = people[k - 1]

    # --- injections: each on its own case ---------------------------------------------------------------------------
    free = list(range(1, n))          # case 0 stays clean (the duplicate copies onto a later case's neighbour)
    rng.shuffle(free)

    def take(ok=lambda c: True):
        for j in free:
            if ok(cases[j]):
                free.remove(j)
                return cases[j]
        raise RuntimeError("no case left for an injection")

    def note(c, rule):
        if injected is not None:
            injected.append((c["no"], rule))

    for _ in range(3):
        c = take()
        c["contact"] = None
        note(c, "developer_contacted_first")
    for _ in range(2):
        c = take(lambda c: c["came"] < date(2025, 6, 20))
        c["contact"] = c["came"] + timedelta(days=rng.randint(1, 6))
        note(c, "contact_developer-complain")
    c = take(lambda c: c["channel"] == "来信")
    d = c["came"] - timedelta(days=rng.randint(1, 3))         # keyed in a few days early
    while not workday(d):
        d -= timedelta(days=1)
    c["accept"] = _at(rng, d, 9, 16)
    note(c, "complain-accept")
    c = take(lambda c: c["referred"] and c["report"] is not None)
    d = c["accept"].date() - timedelta(days=rng.randint(1, 4))
    while not workday(d):
        d -= timedelta(days=1)
    c["report"] = d
    note(c, "accept-report_back")
    for _ in range(2):
        c = take(lambda c: c["referred"] and c["closed"] is not None)
        c["report"] = None
        note(c, "report_back_to_superior")
    for _ in range(2):
        c = take(lambda c: c["closed"] is not None)
        c["body"] = c["dev"][1] + "客服中心"
        note(c, "accept_by_competent_body")
    for _ in range(2):
        c = take(lambda c: c["channel"] == "来信")
        c["channel"] = "传真"
        note(c, "channel")
    c = take()
    c["warranty"] = "待核实"
    note(c, "developer_fulfilled_warranty")
    c = take(lambda c: not c["referred"])
    c["source"] = "重复件"
    note(c, "referred_by_superior")
    # two letters registered under one number
    c = take(lambda c: c["referred"] is False and c["source"] == "直接受理")
    j = cases.index(c)
    c["no"] = cases[j - 1]["no"]
    note(c, "case_number")

    # --- traps -----------------------------------------------------------------------------------------------------
    for c in rng.sample([cases[j] for j in free if cases[j]["contact"] is not None], 3):
        c["contact"] = c["came"]                                 # called the developer the same day: not a violation
    pending = [cases[j] for j in free if cases[j]["closed"] is None]
    c = next((c for c in pending if c["referred"]), None) or pending[0]
    if not c["referred"]:
        c["source"], c["referred"] = "市12345热线转办", True
    c["report"] = None                                           # referred, still open, nothing fed back yet: not due

    rows = []
    for c in cases:
        rows.append({
            "登记编号": c["no"],
            "来件日期": c["came"],
            "受理时间": c["accept"],
            "来件方式": c["channel"],
            "案件来源": c["source"],
            "投诉人": c["name"],
            "联系电话": mobile(rng),
            "项目名称": c["project"],
            "房号及部位": c["room"],
            "所在辖区": c["district"],
            "建设单位": c["dev"][0],
            "施工单位": c["contractor"],
            "竣工验收日期": c["handover"],
            "问题类别": c["cat"],
            "问题摘要": c["text"],
            "向开发商报修日期": c["contact"],
            "开发商保修情况": c["warranty"],
            "承办单位": c["body"],
            "承办人": c["staff"],
            "现场核查日期": c["site"],
            "责令整改期限": c["term"],
            "处理结果": c["result"] if c["closed"] else "",
            "办结日期": c["closed"],
            "反馈交办单位日期": c["report"],
            "办理状态": "已办结" if c["closed"] else "办理中",
        })

    bodies = sorted({c["body"] for c in cases})
    role_of = {city_office: "complaint_office", "市住建局质安处": "city_authority"}
    roles = {}
    for b in bodies:
        if b in role_of:
            roles[b] = role_of[b]
        elif b.endswith("客服中心"):
            roles[b] = "developer"
        else:
            roles[b] = "district_authority"
    hand = {
        "procedure": "s31-zhenjiang-building-quality-complaints",
        "sheet": "导出",
        "columns": {
            "登记编号": "case_number",
            "来件日期": "complain_at",
            "受理时间": "accept_at",
            "向开发商报修日期": "contact_developer_at",
            "承办单位": "accept_by",
            "反馈交办单位日期": "report_back_at",
            "办结日期": "closed_at",
            "来件方式": "channel",
            "案件来源": "referred_by_superior",
            "开发商保修情况": "developer_fulfilled_warranty",
        },
        "values": {
            "channel": {"来信": "letter", "来电": "phone", "来访": "visit", "电子邮件": "email"},
            "referred_by_superior": {"直接受理": "no", "市12345热线转办": "yes", "市信访局转送": "yes",
                                     "省住建厅交办": "yes", "市住建局批转": "yes"},
            "developer_fulfilled_warranty": {"拒绝维修": "no", "推诿拖延": "no", "逾期未修": "no", "已维修": "yes"},
        },
        "roles": roles,
    }
    return rows, hand


def e257_s32_factory_erp_complaint_slips(rng, injected=None):
    """一家小家电零部件厂（注塑、SMT、装配）ERP 质量模块的“客诉异常单”列表，导出为 CSV（GB18030），
    时间写作 2025.03.04 09:05（系统的显示格式）。业务部（国内、外贸）接单，品保部确认不良比例，工程部分析并提出
    临时对策（来料问题由采购部会同供应商分析），车间执行，品保部验证效果，业务部回复客户。

    读制度 YAML 之前写下的表头（只读种子 1.0-4.5）：
        客诉单号、登记时间、客户名称、产品型号、生产批号、不良描述、投诉数量、不良数、不良率、异常分类、不良类别、
        业务员、判定结果、原因分析及临时对策、分析部门、执行部门、效果验证结果、回复客户时间、单据状态
    读过制度 YAML 后补的列：
        接单部门（登记时间是业务部接单的时间）、品保确认时间、确认部门、对策提出时间、执行完成时间、
        效果验证时间、验证部门、回复部门
    映射：登记时间→receive_at，接单部门→receive_by，品保确认时间→confirm_at，确认部门→confirm_by，
        对策提出时间→analyse_at，分析部门→analyse_by，执行完成时间→execute_at，执行部门→execute_by，
        效果验证时间→confirm_effect_at，验证部门→confirm_effect_by，回复客户时间→reply_at，回复部门→reply_by，
        异常分类→category，不良类别→defect_type。

    注入的违规（按规则 id 计数，共 16）：
        result_fed_back 2（对策早已提出，没有回复客户的记录）、receive_by_sales 1（品保部直接接单）、
        confirm_by_quality_control 1（工程部确认不良）、structural_functional_analysed_by_technical 2（结构/功能不良由车间、
        业务部分析）、execute_by_production 1（品保部执行对策）、confirm_effect_by_quality_control 1（车间自己验证效果）、
        reply_by_sales 1（工程部直接回复客户）、receive-confirm 1（确认时间早于登记时间）、
        receive-analyse 1（对策提出时间错录早一个月，早于登记）、analyse-reply 1（回复早于对策）、
        execute-confirm_effect 1（验证早于执行完成）、category 1（异常分类“交期延误”）、defect_type 1（不良类别“其他”）、
        case_number 1（两张单同一单号）
    陷阱（不是违规）：
        外观不良由品保部分析（制度不检查外观类的分析部门）；来料问题由采购部分析（其它部门参与分析算符合）；
        刚登记、尚未提出对策的单没有回复；回复与对策同一天；周末加班执行的对策。
    """
    n = 52
    taken = set()
    sales_staff = distinct_names(rng, 5, taken)
    customers = ["美的生活电器制造有限公司", "苏泊尔电器(绍兴)有限公司", "九阳股份有限公司", "小熊电器股份有限公司",
                 "飞科电器股份有限公司", "Groupe SEB Asia Ltd.", "Conair Hong Kong Ltd.", "德尔玛电器(佛山)有限公司"]
    export_customers = {"Groupe SEB Asia Ltd.", "Conair Hong Kong Ltd."}
    parts = [("PP-2031 上盖", "注塑车间"), ("PP-2107 底座", "注塑车间"), ("PCBA-K18 控制板", "SMT车间"),
             ("PCBA-M05 电源板", "SMT车间"), ("AS-330 电机组件", "装配车间"), ("AS-412 手柄总成", "装配车间")]
    defects = {
        "外观不良": ["表面划伤", "缩水、色差", "毛边未修净", "丝印偏位"],
        "尺寸/装配不良": ["卡扣断裂装不上", "孔位偏移0.3mm", "螺柱高度超差", "配合间隙过大"],
        "功能不良": ["通电无显示", "按键失灵", "电机异响", "温控失效"],
        "电性能不良": ["待机电流超标", "耐压测试击穿"],
    }
    categories = [("产品不良", 6), ("客户退货", 3), ("重复不良", 1), ("制程异常", 3), ("来料不良", 2)]

    cases = []
    for i in range(n):
        part, shop = rng.choice(parts)
        dtype = pick(rng, [("外观不良", 4), ("尺寸/装配不良", 3), ("功能不良", 3), ("电性能不良", 1)])
        if not part.startswith("PCBA") and dtype == "电性能不良":
            dtype = "功能不良"
        cat = pick(rng, categories)
        customer = rng.choice(customers)
        lo = date(2025, 1, 6) if i >= 4 else date(2025, 6, 25)        # a few came in during the last days
        day = _rand_day(rng, lo, date(2025, 6, 27))
        receive = _at(rng, _office(day), 8.5, 17.5)
        confirm = _office(_plus(rng, receive, 1.5, 26))
        analyse = _office(_plus(rng, confirm, 18, 72))
        reply = _office(_plus(rng, analyse, 1, 30))
        execute = _shop(_plus(rng, analyse, 16, 96, day_to=22))     # the shops run late shifts and Saturdays
        effect = _office(_plus(rng, execute, 20, 140))
        if dtype == "外观不良":
            analyser = "品保部"
        elif cat == "来料不良":
            analyser = "采购部"
        else:
            analyser = pick(rng, [("工程部", 5), ("研发部", 1)])
        qty = rng.choice([200, 500, 1000, 2000, 3000, 5000])
        bad = max(1, int(qty * rng.uniform(0.004, 0.08)))
        c = {
            "part": part, "shop": shop, "dtype": dtype, "cat": cat, "customer": customer,
            "receive": receive, "confirm": _cut(confirm), "analyse": _cut(analyse), "reply": _cut(reply),
            "execute": _cut(execute), "effect": _cut(effect),
            "receive_by": "外贸业务部" if customer in export_customers else "国内业务部",
            "confirm_by": pick(rng, [("品保部", 5), ("品保部QA", 2)]), "analyse_by": analyser,
            "execute_by": shop, "effect_by": "品保部", "reply_by": "外贸业务部" if customer in export_customers
            else "国内业务部",
            "text": rng.choice(defects[dtype]), "qty": qty, "bad": bad,
            "sales": rng.choice(sales_staff),
        }
        # a case whose analysis or reply is not in yet stops at its analysis stage
        if c["reply"] is None or c["analyse"] is None:
            c["analyse"] = c["reply"] = c["execute"] = c["effect"] = None
        if c["execute"] is None:
            c["effect"] = None
        cases.append(c)
    cases.sort(key=lambda c: c["receive"])
    month_seq = {}
    for c in cases:
        m = c["receive"].strftime("%y%m")
        month_seq[m] = month_seq.get(m, 0) + 1
        c["no"] = f"KSD{m}{month_seq[m]:03d}"

    free = list(range(1, n))
    rng.shuffle(free)

    def take(ok=lambda c: True):
        for j in free:
            if ok(cases[j]):
                free.remove(j)
                return cases[j]
        raise RuntimeError("no case left for an injection")

    def note(c, rule):
        if injected is not None:
            injected.append((c["no"], rule))

    def done(c):
        return c["effect"] is not None

    for _ in range(2):
        c = take(lambda c: done(c) and c["receive"] < datetime(2025, 6, 1))
        c["reply"], c["reply_by"] = None, ""
        note(c, "result_fed_back")
    c = take(done)
    c["receive_by"] = "品保部"
    note(c, "receive_by_sales")
    c = take(lambda c: c["confirm"] is not None)
    c["confirm_by"] = "工程部"
    note(c, "confirm_by_quality_control")
    for wrong in (lambda c: c["shop"], lambda c: c["receive_by"]):
        c = take(lambda c: done(c) and c["dtype"] != "外观不良" and c["cat"] != "来料不良")
        c["analyse_by"] = wrong(c)
        note(c, "structural_functional_analysed_by_technical")
    c = take(done)
    c["execute_by"] = "品保部"
    note(c, "execute_by_production")
    c = take(done)
    c["effect_by"] = c["shop"]
    note(c, "confirm_effect_by_quality_control")
    c = take(done)
    c["reply_by"] = "工程部"
    note(c, "reply_by_sales")
    c = take(lambda c: c["confirm"] is not None)
    c["confirm"] = c["receive"] - timedelta(days=1, minutes=rng.randint(-300, -40))   # the day before, later in the day
    note(c, "receive-confirm")
    c = take(done)
    c["reply"] = c["analyse"] - timedelta(days=rng.randint(1, 2), minutes=rng.randint(30, 90))
    note(c, "analyse-reply")
    c = take(done)
    c["analyse"] -= timedelta(days=31)                       # keyed in a month early
    note(c, "receive-analyse")
    c = take(done)
    c["effect"] = c["execute"] - timedelta(days=1, minutes=rng.randint(-120, 120))
    note(c, "execute-confirm_effect")
    c = take(done)
    c["cat"] = "交期延误"
    c["dtype"] = ""
    c["text"] = "交货延迟5天，客户产线停线"
    note(c, "category")
    c = take(lambda c: c["dtype"] == "外观不良")
    c["dtype"] = "其他"
    c["text"] = "包装箱标签型号与实物不符"
    note(c, "defect_type")
    c = take()
    j = cases.index(c)
    c["no"] = cases[j - 1]["no"]
    note(c, "case_number")

    # trap: a reply sent the same day the countermeasure was proposed (later in the day)
    for c in rng.sample([cases[j] for j in free if done(cases[j])], 2):
        if c["analyse"].hour < 15:
            c["reply"] = c["analyse"] + timedelta(minutes=rng.randint(30, 120))

    def t(x):
        return x.strftime("%Y.%m.%d %H:%M") if x else ""

    rows = []
    for c in cases:
        rate = f"{c['bad'] / c['qty'] * 100:.1f}%"
        ok = done(c)
        rows.append({
            "客诉单号": c["no"],
            "登记时间": t(c["receive"]),
            "接单部门": c["receive_by"],
            "业务员": c["sales"],
            "客户名称": c["customer"],
            "产品型号": c["part"],
            "生产批号": f"{c['receive'].strftime('%y%m')}-{rng.randint(1, 30):02d}{rng.choice('ABC')}",
            "异常分类": c["cat"],
            "不良类别": c["dtype"],
            "不良描述": c["text"],
            "投诉数量": c["qty"],
            "不良数": c["bad"],
            "不良率": rate,
            "品保确认时间": t(c["confirm"]),
            "确认部门": c["confirm_by"] if c["confirm"] else "",
            "判定结果": ("不良属实" if rng.random() < 0.85 else "部分属实") if c["confirm"] else "",
            "原因分析及临时对策": "已提出，见附件8D" if c["analyse"] else "",
            "分析部门": c["analyse_by"] if c["analyse"] else "",
            "对策提出时间": t(c["analyse"]),
            "执行部门": c["execute_by"] if c["execute"] else "",
            "执行完成时间": t(c["execute"]),
            "效果验证时间": t(c["effect"]),
            "验证部门": c["effect_by"] if c["effect"] else "",
            "效果验证结果": "有效" if ok else "",
            "回复客户时间": t(c["reply"]),
            "回复部门": c["reply_by"] if c["reply"] else "",
            "单据状态": "已结案" if ok and c["reply"] else "处理中",
        })

    hand = {
        "procedure": "s32-quality-anomaly-handling-yccl",
        "columns": {
            "客诉单号": "case_number",
            "登记时间": "receive_at",
            "接单部门": "receive_by",
            "品保确认时间": "confirm_at",
            "确认部门": "confirm_by",
            "对策提出时间": "analyse_at",
            "分析部门": "analyse_by",
            "执行完成时间": "execute_at",
            "执行部门": "execute_by",
            "效果验证时间": "confirm_effect_at",
            "验证部门": "confirm_effect_by",
            "回复客户时间": "reply_at",
            "回复部门": "reply_by",
            "异常分类": "category",
            "不良类别": "defect_type",
        },
        "values": {
            "category": {"产品不良": "product_quality_anomaly", "客户退货": "product_quality_anomaly",
                         "重复不良": "product_quality_anomaly", "制程异常": "process_anomaly",
                         "来料不良": "process_anomaly"},
            "defect_type": {"外观不良": "appearance", "尺寸/装配不良": "structural", "功能不良": "functional",
                            "电性能不良": "functional"},
        },
        "roles": {
            "国内业务部": "sales", "外贸业务部": "sales",
            "品保部": "quality_control", "品保部QA": "quality_control",
            "工程部": "technical", "研发部": "technical",
            "注塑车间": "production", "SMT车间": "production", "装配车间": "production",
            "采购部": "other_departments",
        },
    }
    return rows, hand


EXPORTS = [
    ("256-s31-zhenjiang-quality-station-ledger.xlsx", "xlsx", e256_s31_zhenjiang_quality_station_ledger),
    ("257-s32-factory-erp-complaint-slips.csv", "gb18030", e257_s32_factory_erp_complaint_slips),
]
