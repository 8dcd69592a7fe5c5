"""Starter-profile benchmark exports 134-135 (set 23c), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 134 135    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _slash(t):
    """The appeal centre system's own spelling: 2025/3/4 9:12 (dates only: 2025/3/4)."""
    if t is None:
        return None
    if isinstance(t, datetime):
        return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"
    return f"{t.year}/{t.month}/{t.day}"


def _d(s):
    return date.fromisoformat(s)


def _add_wd(d, k):
    """The k-th working day after date d (d itself not counted)."""
    while k > 0:
        d += timedelta(days=1)
        if workday(d):
            k -= 1
    return d


def _next_wd(d):
    while not workday(d):
        d += timedelta(days=1)
    return d


def _at(d, rng, first=8, last=17):
    """A time of day on working day d (moved to the next working day if d is not one)."""
    d = _next_wd(d)
    return datetime(d.year, d.month, d.day, rng.randint(first, last), rng.randint(0, 59))



# --- 134: S42, a provincial telecom user appeal centre's appeal register -------------------------------------------

def e134_s42_appeal_centre_register(rng, injected=None):
    """S42 电信用户申诉处理暂行办法：某省电信用户申诉受理中心“申诉登记处理系统”导出的申诉台账（CSV，GBK）。

    系统：省申诉受理中心的登记系统，每件申诉一行；登记时把申诉人此前向企业投诉的情况（投诉日期、企业答复日期）
    一并录入。日期写法：时间 2025/3/4 9:12，日期 2025/3/4。

    第 1 步（只读原文后）写下的表头：申诉编号, 登记时间, 申诉人, 联系电话, 被申诉企业, 企业归属省份, 申诉类别,
    争议发生日期, 首次向企业投诉日期, 企业答复日期, 企业答复情况, 申诉诉求, 是否已和解并履行, 是否经调解出具意见书,
    受理结论, 结论日期, 承办人, 调解结果, 办结日期, 当前状态, 备注, 录入人
    读过制度 YAML 后补的列：调解完成日期（调解环节的时间；“办结日期”对不予受理的案件是结论日期，不是调解）。

    手工映射：登记时间 = 用户提出申诉（appeal）；首次向企业投诉日期 = 经营者受理投诉（receive）；企业答复日期 = 答复；
    “受理结论/结论日期”用 outcomes（受理 → accept_appeal；不予受理、转企业处理不对应环节）；申诉类别中“收费争议”
    是话费争议，其余是其他申诉；企业答复情况“已答复-不满意”→ 不满意，未答复、逾期答复读作空白。企业归属省份与第九条
    的“是否设立申诉受理机构”不是一回事，不映射（路由规则不检查）；承办人是人名，不映射角色。

    注入（13）：CK105 fee_dispute_over_5_months ×2（收费争议，争议发生已超五个月仍受理）；CK105 other_appeal_over_2_years
    ×1；CK105 settled_by_executed_agreement ×2；CK105 already_mediated ×1（前案已出具调解意见书的重复申诉又受理）；
    CK104 reply_15_working_days ×3（企业逾期答复 2、一直未答复 1，正是用户申诉的理由，经营者确实超期）；
    CK106 accept_appeal-mediate ×1（调解完成日期早于补录的结论日期）；CK106 receive-reply ×1（答复日期早于投诉日期，
    录错）；CK106 receive-appeal ×1（首次投诉日期录成了下个月，晚于登记时间）；CK107 ×1（同一申诉编号登记两行）。
    陷阱：收费争议发生恰满五个月当天申诉并受理（不超过）；收费争议超五个月但不予受理；其他申诉（网络质量）发生
    十四个月后申诉并受理；已和解并履行、已出具调解意见书而不予受理各 1；企业在第 15 个工作日（跨五一假期、含
    4 月 27 日调休上班日）答复；用户在企业答复期限内先申诉、中心转企业处理、企业尚未答复（期限 7 月 7 日，审计时未到）；
    企业在用户申诉之后、15 个工作日之内答复（申诉不要求在答复之后）。
    """
    staff = distinct_names(rng, 6, set())
    handlers, clerks = staff[:4], staff[4:]
    firms = [("江苏移动", "江苏"), ("江苏电信", "江苏"), ("江苏联通", "江苏"), ("江苏广电", "江苏"),
             ("联通在线信息科技有限公司", "北京"), ("中国移动互联网公司", "广东")]
    fee_claims = ["套餐外流量费争议，要求退还多扣费用", "被订购增值业务扣费，要求退费", "国际漫游费用与宣传不符",
                  "销户后仍被扣月租，要求退费", "合约到期未告知自动续约扣费", "宽带到期后继续扣费"]
    other_kinds = {
        "服务质量": ["营业厅办理业务遭拒，要求道歉", "装机预约多次爽约", "客服电话长期无法接通"],
        "网络质量": ["住宅小区4G/5G信号差，要求改善", "宽带频繁掉线，报修未解决"],
        "携号转网": ["携号转网被以合约为由拒绝办理", "携转授权码无法获取"],
        "营销宣传": ["营业员承诺的赠费未兑现", "宣传“不限量”实际限速"],
        "个人信息保护": ["未经同意被办理副卡", "频繁收到营销短信，要求停止"],
    }

    def case(kind="normal", **kw):
        return dict(kind=kind, **kw)

    specs = [
        case("fee5m", inj="fee_dispute_over_5_months", incident=_d("2024-08-20"), receive=_d("2025-01-20"),
             appeal=_d("2025-02-18"), note="用户称去年8月起每月被扣10元彩铃费，近期才发现"),
        case("fee5m", inj="fee_dispute_over_5_months", incident=_d("2024-11-03"), receive=_d("2025-03-24"),
             appeal=_d("2025-04-15"), note="2024年11月账单争议"),
        case("fee5m_edge", incident=_d("2024-12-12"), receive=_d("2025-04-17"), appeal=_d("2025-05-12"),
             note="争议发生至申诉恰满五个月"),
        case("fee5m_reject", incident=_d("2024-09-05"), receive=_d("2025-02-10"), appeal=_d("2025-03-03"),
             note="话费争议超过五个月，告知不予受理"),
        case("other2y", inj="other_appeal_over_2_years", cat="服务质量", incident=_d("2022-11-15"),
             receive=_d("2025-02-24"), appeal=_d("2025-03-20"), claim="2022年装宽带时承诺免费移机，至今未兑现",
             note="用户提供2022年11月业务受理单"),
        case("other14m", cat="网络质量", incident=_d("2024-02-01"), receive=_d("2025-03-10"), appeal=_d("2025-04-08"),
             note="信号问题自2024年2月起持续存在"),
        case("settled", inj="settled_by_executed_agreement", settled="是", note="用户称已与营业厅达成退费协议并到账，仍要求赔偿"),
        case("settled", inj="settled_by_executed_agreement", settled="是", note="企业已按和解协议退费"),
        case("settled_reject", settled="是", note="双方已和解并执行，不予受理"),
        case("mediated", inj="already_mediated", mediated="是", note="同一事项2024年12月已调解并出具意见书，用户再次申诉"),
        case("mediated_reject", mediated="是", note="本中心已出具调解意见书，不予受理"),
        case("late", inj="reply_15_working_days", late=18),
        case("late", inj="reply_15_working_days", late=21),
        case("noreply", inj="reply_15_working_days", receive=_d("2025-03-11"), appeal=_d("2025-04-10")),
        case("edge15", receive=_d("2025-04-25"), note="企业答复期限跨五一假期"),
        case("premature", receive=_d("2025-06-16"), appeal=_d("2025-06-25"),
             note="企业答复期限未满，已转企业处理，请用户等待答复"),
        case("appeal_first", note="用户先申诉，企业随后答复"),
        case("mediate_early", inj="accept_appeal-mediate", note="结论日期补录"),
        case("reply_typo", inj="receive-reply"),
        case("receive_typo", inj="receive-appeal", receive=_d("2025-06-23"), appeal=_d("2025-06-20"),
             note="用户称5月下旬向企业投诉未获答复"),
        case("reject_other", note="非电信服务争议（手机终端质量），建议向市场监管部门投诉"),
        case("refer_first", note="用户未向企业投诉，告知先向企业投诉"),
        case("refer_first", note="用户未向企业投诉，告知先向企业投诉"),
    ]
    while len(specs) < 38:
        specs.append(case())

    # spread the normal cases' appeal dates over the half-year
    cases = []
    for sp in specs:
        cat = sp.get("cat") or ("收费争议" if sp["kind"].startswith("fee") else
                                pick(rng, [("收费争议", 40), ("服务质量", 18), ("网络质量", 15), ("携号转网", 10),
                                           ("营销宣传", 10), ("个人信息保护", 7)]))
        if sp["kind"] in ("late", "noreply"):
            cat = rng.choice(["收费争议", "服务质量", "网络质量"])
        c = Case()
        receive = sp.get("receive")
        appeal = sp.get("appeal")
        kind = sp["kind"]
        if receive is None and kind != "refer_first":
            receive = _next_wd(_d("2025-01-06") + timedelta(days=rng.randint(0, 150)))
            if kind == "edge15":
                receive = _d("2025-04-25")
        reply = None
        if kind in ("fee5m", "fee5m_edge", "fee5m_reject", "other2y", "other14m"):
            reply = _add_wd(receive, rng.randint(3, 9))
        elif kind == "late":
            reply = _add_wd(receive, sp["late"])
            appeal = _add_wd(receive, 16) + timedelta(days=rng.randint(0, 2))
        elif kind in ("noreply", "premature", "receive_typo"):
            reply = None
        elif kind == "edge15":
            reply = _add_wd(receive, 15)
            appeal = reply + timedelta(days=3)
        elif kind == "appeal_first":
            appeal = _add_wd(receive, 8)
            reply = _add_wd(receive, 12)
        elif kind == "refer_first":
            appeal = _next_wd(_d("2025-01-08") + timedelta(days=rng.randint(0, 160)))
        else:
            reply = _add_wd(receive, rng.randint(2, 12))
        if appeal is None:
            appeal = _next_wd(reply + timedelta(days=rng.randint(2, 25)))
        appeal_t = _at(appeal, rng)
        incident = sp.get("incident")
        if incident is None:
            base = receive or appeal
            incident = base - timedelta(days=rng.randint(1, 45) if cat == "收费争议" else rng.randint(1, 150))

        # the centre's conclusion
        if kind in ("fee5m_reject", "settled_reject", "mediated_reject", "reject_other"):
            verdict = "不予受理"
        elif kind in ("premature", "refer_first"):
            verdict = "转企业处理"
        else:
            verdict = "受理"
        concl = _add_wd(appeal, rng.randint(1, 4))
        if concl > CUTOFF.date():
            verdict, concl = "", None
        mediate = None
        result = ""
        if verdict == "受理":
            mediate = _add_wd(concl, rng.randint(3, 18))
            if kind == "mediate_early":
                mediate = _add_wd(appeal, 1)
                concl = _add_wd(appeal, 6)
            if mediate > CUTOFF.date():
                mediate = None
                result = "调解中"
            else:
                result = pick(rng, [("调解成功", 70), ("调解不成功", 18), ("用户撤诉", 12)])
                if result == "用户撤诉":
                    mediate = None
        done = mediate if verdict == "受理" else concl
        if verdict == "受理" and result == "用户撤诉":
            done = _add_wd(concl, rng.randint(2, 6))
        if kind == "reply_typo":
            reply = receive - timedelta(days=rng.randint(3, 6))   # 答复日期录错（早于投诉日期）

        if reply is None:
            answer = "未答复" if kind not in ("refer_first",) else ""
        elif kind == "late":
            answer = "逾期答复"
        else:
            answer = "已答复-不满意"
        firm, prov = pick(rng, [(f, 30) for f in firms[:4]] + [(f, 3) for f in firms[4:]])
        if cat == "收费争议":
            claim = rng.choice(fee_claims)
        else:
            claim = sp.get("claim") or rng.choice(other_kinds.get(cat, other_kinds["服务质量"]))
        c["申诉编号"] = None
        c["登记时间"] = appeal_t
        c["申诉人"] = person_name(rng)
        c["联系电话"] = mobile(rng)
        c["被申诉企业"] = firm
        c["企业归属省份"] = prov
        c["申诉类别"] = cat
        c["争议发生日期"] = incident
        c["首次向企业投诉日期"] = receive
        c["企业答复日期"] = reply
        c["企业答复情况"] = answer
        c["申诉诉求"] = claim
        c["是否已和解并履行"] = sp.get("settled", "否")
        c["是否经调解出具意见书"] = sp.get("mediated", "否")
        c["受理结论"] = verdict
        c["结论日期"] = concl
        c["承办人"] = rng.choice(handlers) if verdict else ""
        c["调解结果"] = result
        c["调解完成日期"] = mediate
        c["办结日期"] = done
        c["当前状态"] = "已办结" if done else "处理中"
        c["备注"] = sp.get("note", "")
        c["录入人"] = rng.choice(clerks)
        cases.append((c, sp.get("inj")))

    cases.sort(key=lambda ci: ci[0]["登记时间"])
    for i, (c, _) in enumerate(cases, start=1):
        c["申诉编号"] = f"SS2025{i + 40:04d}"
    # one appeal registered twice under the same number (a second 登记 for supplementary material)
    dup = rng.randrange(5, len(cases) - 5)
    twin = Case(cases[dup][0])
    twin["登记时间"] = cases[dup][0]["登记时间"] + timedelta(minutes=rng.randint(20, 90))
    twin["备注"] = "补充材料，重复登记"
    twin["录入人"] = rng.choice(clerks)
    cases.insert(dup + 1, (twin, None))

    if injected is not None:
        injected += [(cases[dup][0]["申诉编号"], "case_number (duplicate)")]
        injected += [(c["申诉编号"], inj) for c, inj in cases if inj]
    rows = []
    for c, _ in cases:
        rows.append(Case({h: _slash(v) if isinstance(v, (date, datetime)) else v for h, v in c.items()}))

    hand = {
        "procedure": "s42-telecom-user-appeals",
        "encoding": "gbk",
        "columns": {
            "申诉编号": "case_number",
            "登记时间": "appeal_at",
            "申诉类别": "category",
            "争议发生日期": "incident_at",
            "首次向企业投诉日期": "receive_at",
            "企业答复日期": "reply_at",
            "企业答复情况": "satisfaction",
            "是否已和解并履行": "settlement_executed",
            "是否经调解出具意见书": "mediation_opinion_issued",
            "调解完成日期": "mediate_at",
        },
        "values": {
            "category": {"收费争议": "fee_dispute", "服务质量": "other", "网络质量": "other", "携号转网": "other",
                         "营销宣传": "other", "个人信息保护": "other"},
            "satisfaction": {"已答复-不满意": "unsatisfied", "未答复": "", "逾期答复": ""},
            "settlement_executed": {"是": True, "否": False},
            "mediation_opinion_issued": {"是": True, "否": False},
        },
        "outcomes": {
            "受理结论": {"date": "结论日期", "steps": {"受理": "accept_appeal"}},
        },
    }
    return rows, hand


# --- 135: S46, a Changan Suzuki dealer's complaint ledger ------------------------------------------------------------

def e135_s46_dealer_complaint_ledger(rng, injected=None):
    """S46 长安铃木 客户投诉处理管理办法：某长安铃木特约经销商（4S 店）DMS 客户投诉台账导出（XLSX，Excel 日期单元格）。

    系统：经销商 DMS 的“客户投诉管理”模块，厂家客户中心转派和本店自接的投诉都在里面，每个投诉单一行；
    时间是 Excel 日期时间单元格。本店把投诉分 A、B、C 三级（C 级是本店的一般投诉，制度只定义了 A、B 级）。

    第 1 步（只读原文后）写下的表头：投诉单号, 服务站代码, 接诉时间, 投诉来源, 客户姓名, 联系电话, 车型, VIN码,
    行驶里程(km), 投诉类型, 投诉等级, 投诉描述, 客户诉求, 首次联系客户时间, 责任人, 处理经过, 上报厂家区域经理时间,
    处理结果, 结案时间, 回访时间, 回访人, 客户满意度, 备注
    读过制度 YAML 后补的列：特案申请（是/否）, 费用审批部门（特案保修和善意补偿的费用由谁批）, 特案金额(元)。

    手工映射：投诉等级 A级→a、B级→b、C级 是制度没有的本店一般级别，读作空白；特案申请 → 是否申请特案保修结算；
    费用审批部门 → 特案保修授权处理部门（厂家“技术支持部”“技术支持科”都是技术支持系）。

    注入（10）：CK103 special_case_by_tech_support ×5（特案申请为是，费用却由区域服务经理 2、本店服务经理 1、
    大区售后服务部 1、厂家客户中心 1 审批）；CK102 severity ×2（投诉等级写“待定”，未定级）；
    CK102 special_case_warranty ×1（特案申请写“待定”）；CK107 ×2（两个投诉单号各导出两行）。
    陷阱：特案申请为否、善意补偿由区域服务经理审批 2 行（不是特案，不受第三节约束）；特案由“厂家技术支持科”审批 1 行
    （写法不同，仍是技术支持系）；特案申请写“√”、由技术支持部审批 1 行；特案申请为是、审批部门尚空（审批中）1 行；
    C 级投诉若干（制度没有的级别，映射为空白，不算取值无效）。
    """
    dealer = "CS32018"
    advisers = distinct_names(rng, 5, set())
    manager, visitors = advisers[0], distinct_names(rng, 2, set(advisers))
    models = [("锋驭", 2015, 2019), ("启悦", 2015, 2018), ("维特拉", 2015, 2019), ("骁途", 2016, 2019),
              ("天语SX4", 2011, 2016), ("雨燕", 2012, 2017)]
    sources = [("厂家客户中心转派", 30), ("400热线", 15), ("到店投诉", 25), ("电话投诉", 15), ("12315转办", 5),
               ("网络平台", 10)]
    issues = {
        "A级": [("产品质量", "行驶中制动踏板发软，刹车距离变长", "要求彻底检修并书面答复"),
                ("产品质量", "安全气囊故障灯常亮，多次检修未排除", "要求更换气囊总成"),
                ("产品质量", "变速箱同一故障第三次返修", "要求更换变速箱总成"),
                ("产品质量", "高速行驶发动机突然熄火", "要求退车"),
                ("维修质量", "保养后发动机舱冒烟起火", "要求赔偿损失"),
                ("服务态度", "客户带家属到店堵门，要求处理", "要求赔偿并道歉")],
        "B级": [("维修质量", "客户在汽车之家发帖曝光维修返工", "要求免费返修"),
                ("费用争议", "客户在抖音发视频称保修被拒", "要求按保修处理"),
                ("服务态度", "客户在车质网投诉服务顾问态度差", "要求道歉")],
        "C级": [("服务态度", "服务顾问未按约定时间交车", "要求解释"),
                ("配件供应", "空调压缩机配件等待超过两周", "要求尽快到货"),
                ("费用争议", "保养费用高于报价", "要求退还差价"),
                ("维修质量", "更换雨刮后仍有异响", "要求返修"),
                ("服务态度", "休息区无人接待", "要求改进"),
                ("销售问题", "新车交付时随车工具缺失", "要求补齐")],
    }

    # specs: (等级, 特案申请, 费用审批部门, injected rule, 备注)
    specs = [
        ("A级", "是", "区域服务经理", "special_case_by_tech_support", "区域经理现场确认后同意特案"),
        ("B级", "是", "区域服务经理", "special_case_by_tech_support", ""),
        ("A级", "是", "本店服务经理", "special_case_by_tech_support", "店内先行垫付"),
        ("C级", "是", "大区售后服务部", "special_case_by_tech_support", ""),
        ("A级", "是", "厂家客户中心", "special_case_by_tech_support", "客户中心回复同意结算"),
        ("待定", "否", "", "severity", "等待区域经理确认等级"),
        ("待定", "否", "", "severity", ""),
        ("A级", "待定", "", "special_case_warranty", "等待技术支持研判是否走特案"),
        ("C级", "否", "区域服务经理", None, "善意补偿：赠送保养一次"),
        ("B级", "否", "区域服务经理", None, "善意补偿：工时费减免"),
        ("A级", "是", "厂家技术支持科", None, ""),
        ("A级", "√", "技术支持部", None, ""),
        ("C级", "是", "", None, "特案已提交，审批中"),
        ("A级", "是", "技术支持部", None, ""),
        ("C级", "是", "技术支持部", None, ""),
        ("B级", "是", "技术支持部", None, ""),
    ]
    while len(specs) < 36:
        specs.append((pick(rng, [("A级", 12), ("B级", 18), ("C级", 70)]), "否", "", None, ""))
    rng.shuffle(specs)

    cases = []
    for level, special, approver, inj, note in specs:
        issue_level = level if level in issues else rng.choice(["A级", "C级"])
        kind, text, want = rng.choice(issues[issue_level])
        if special in ("是", "√", "待定"):
            kind = "产品质量" if kind not in ("产品质量", "维修质量") else kind
        model, y0, y1 = rng.choice(models)
        year = rng.randint(y0, y1)
        km = rng.randint(20_000, 160_000) if special != "否" else rng.randint(3_000, 150_000)
        received = _at(_d("2025-01-03") + timedelta(days=rng.randint(0, 175)), rng, 8, 18)
        first_call = received + timedelta(minutes=rng.randint(10, 300))
        reported = received + timedelta(hours=rng.uniform(0.5, 20)) if level in ("A级", "B级") else None
        closed = received + timedelta(days=rng.randint(1, 21), hours=rng.uniform(0, 6))
        if special != "否":
            closed += timedelta(days=rng.randint(5, 15))
        visit = closed + timedelta(days=rng.randint(1, 3), hours=rng.uniform(0, 3)) if closed else None
        if closed > CUTOFF:
            closed, visit = None, None
        elif visit > CUTOFF:
            visit = None
        if special in ("是", "√"):
            result = "特案保修，厂家承担维修费用" if approver else "特案申请审批中"
            amount = rng.randint(18, 160) * 100
        elif "善意补偿" in note:
            result = note.split("：")[1]
            amount = rng.randint(3, 12) * 100
        else:
            result = rng.choice(["已维修，客户认可", "已解释，客户接受", "已返修", "已退还差价", "已道歉"])
            amount = None
        if closed is None:
            result = "处理中"
        c = Case()
        c["投诉单号"] = None
        c["服务站代码"] = dealer
        c["接诉时间"] = received.replace(second=0, microsecond=0)
        c["投诉来源"] = pick(rng, sources)
        c["客户姓名"] = person_name(rng)
        c["联系电话"] = mobile(rng)
        c["车型"] = model
        c["VIN码"] = "LS4" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + \
            "ABCDEFGHJK"[year - 2010] + "".join(rng.choice("0123456789") for _ in range(7))
        c["行驶里程(km)"] = km
        c["投诉类型"] = kind
        c["投诉等级"] = level
        c["投诉描述"] = text
        c["客户诉求"] = want
        c["首次联系客户时间"] = first_call.replace(second=0, microsecond=0)
        c["责任人"] = rng.choice(advisers)
        c["处理经过"] = rng.choice(["电话安抚并预约到店检测", "到店检测后制定维修方案", "与客户面谈说明保修政策",
                                    "上报区域经理协调处理"])
        c["上报厂家区域经理时间"] = reported.replace(second=0, microsecond=0) if reported else None
        c["处理结果"] = result
        c["结案时间"] = closed.replace(second=0, microsecond=0) if closed else None
        c["回访时间"] = visit.replace(second=0, microsecond=0) if visit else None
        c["回访人"] = rng.choice(visitors) if visit else ""
        c["客户满意度"] = pick(rng, [("满意", 60), ("基本满意", 28), ("不满意", 12)]) if visit else ""
        c["特案申请"] = special
        c["费用审批部门"] = approver
        c["特案金额(元)"] = amount if special != "否" else None
        c["备注"] = note
        cases.append((c, inj))

    cases.sort(key=lambda ci: ci[0]["接诉时间"])
    seq = {}
    for c, _ in cases:
        t = c["接诉时间"]
        seq[t.month] = seq.get(t.month, 0) + rng.randint(1, 3)
        c["投诉单号"] = f"TS{dealer[2:]}{t:%y%m}{seq[t.month]:03d}"
    # two complaints exported twice (reopened in the DMS, the old line not removed)
    dups = sorted(rng.sample(range(3, len(cases) - 3), 2), reverse=True)
    twice = [cases[k][0]["投诉单号"] for k in dups]
    for k in dups:
        twin = Case(cases[k][0])
        twin["备注"] = "客户再次来电，重新打开"
        cases.insert(k + 1, (twin, None))

    if injected is not None:
        injected += [(number, "case_number (duplicate)") for number in twice]
        injected += [(c["投诉单号"], inj) for c, inj in cases if inj]
    rows = [c for c, _ in cases]

    hand = {
        "procedure": "s46-changan-suzuki-dealer-complaints",
        "sheet": "导出",
        "columns": {
            "投诉单号": "case_number",
            "投诉等级": "severity",
            "特案申请": "special_case_warranty",
            "费用审批部门": "special_case_authorised_by",
        },
        "values": {
            "severity": {"A级": "a", "B级": "b", "C级": ""},
            "special_case_authorised_by": {"技术支持部": "tech_support", "厂家技术支持科": "tech_support",
                                           "厂家客户中心": "customer_center", "本店服务经理": "dealer"},
        },
    }
    return rows, hand


EXPORTS = [
    ("134-s42-appeal-centre-register.csv", "gbk", e134_s42_appeal_centre_register),
    ("135-s46-dealer-complaint-ledger.xlsx", "xlsx", e135_s46_dealer_complaint_ledger),
]
