"""Starter-profile benchmark exports 170-171 (set 29c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 170 171    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = date(2025, 6, 30)   # the exports were taken on 30 June 2025; later steps have not happened


def _dotted(d):
    """2025.03.04 -- how the station's register spells a date (typed by hand into an Excel sheet, saved as CSV)."""
    if d is None:
        return ""
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def _next_workday(d):
    while not workday(d):
        d += timedelta(days=1)
    return d


def _plus_workdays(d, k):
    d = _next_workday(d)
    while k > 0:
        d += timedelta(days=1)
        k -= workday(d)
    return d


def _rand_day(rng, lo=date(2025, 1, 3), hi=date(2025, 6, 27)):
    return _next_workday(lo + timedelta(days=rng.randint(0, (hi - lo).days)))


# --- 170: S43, a county construction bureau's 质监站 quality-complaint register (Excel typed up, CSV gb18030) ---------

_S43_PROJECTS = [
    # 工程名称, 地点, 建设单位, 施工单位, 工程状况
    ("泗阳县众兴镇锦绣华庭7#楼", "众兴镇北京东路", "泗阳锦绣置业有限公司", "江苏苏中建设集团股份有限公司", "保修期内"),
    ("泗阳县城东安置小区二期", "城东社区", "泗阳县城市建设投资有限公司", "宿迁华夏建设（集团）工程有限公司", "保修期内"),
    ("碧桂园·翡翠湾12#楼", "众兴镇淮海路", "泗阳碧桂园房地产开发有限公司", "中建八局第三建设有限公司", "在建"),
    ("泗阳经济开发区标准厂房三期", "开发区长江路", "泗阳经开区建设发展有限公司", "江苏江中集团有限公司", "在建"),
    ("洋河新区御景园3#楼", "洋河新区", "泗阳御景房地产开发有限公司", "南通四建集团有限公司", "保修期内"),
    ("泗阳县第二实验小学教学楼", "众兴镇人民路", "泗阳县教育局", "江苏宿迁第二建筑工程有限公司", "在建"),
    ("爱园镇农民集中居住区一期", "爱园镇", "泗阳县爱园镇人民政府", "江苏恒远建设工程有限公司", "保修期内"),
    ("泗阳万达广场商业综合体", "众兴镇上海路", "泗阳万达广场投资有限公司", "中天建设集团有限公司", "保修期内"),
    ("新袁镇卫生院综合楼", "新袁镇", "泗阳县卫生健康委员会", "江苏盛华建设有限公司", "在建"),
    ("泗阳星河湾花园9#楼", "众兴镇文城东路", "泗阳星河置业有限公司", "江苏南通三建集团股份有限公司", "保修期内"),
]
_S43_QUALITY = [
    # 投诉类别, 投诉事由, 投诉目的, 投诉诉求, 证据材料
    ("屋面渗漏", "顶层住户屋面防水失效，雨天卧室顶板渗水", "维修", "请求责令建设单位对屋面防水重新施工并赔偿装修损失",
     "现场照片15张、投诉书"),
    ("外墙渗水", "外墙窗边渗水，室内墙面霉变脱落", "维修", "请求督促开发商维修外墙并修复室内墙面", "照片8张、视频1段、投诉书"),
    ("墙体裂缝", "填充墙与梁交接处多处贯通裂缝", "查明原因并维修", "请求组织检测墙体裂缝原因，责令施工单位维修",
     "照片20张、裂缝示意图、投诉书"),
    ("楼板开裂", "客厅楼板出现通长裂缝，担心结构安全", "鉴定", "请求委托检测机构对楼板进行安全鉴定", "照片、第三方查勘意见、投诉书"),
    ("地面空鼓", "室内地坪大面积空鼓起砂", "维修", "请求责令施工单位返工处理", "照片12张、投诉书"),
    ("卫生间渗漏", "卫生间防水层失效，渗漏至楼下住户", "维修并赔偿", "请求督促开发商维修防水并赔偿楼下损失", "照片、物业报修记录、投诉书"),
    ("地下室渗水", "地下车库顶板及侧墙渗水严重", "维修", "请求督促建设单位对地下室进行堵漏", "照片、视频、业委会联名投诉书"),
    ("门窗渗水", "铝合金窗框与墙体间渗水", "维修", "请求施工单位更换密封胶并修复", "照片6张、投诉书"),
    ("结构安全隐患", "在建楼栋模板支撑体系变形，楼下购房户担心安全", "督促整改", "请求立即检查并责令整改", "照片、视频、投诉书"),
    ("给排水管道", "排水立管接口渗漏，污水外溢", "维修", "请求督促施工单位更换管件", "照片、报修单、投诉书"),
]
_S43_CIVIL = [
    # 投诉类别, 事由, 目的, 诉求, 证据
    ("房屋买卖纠纷", "交房面积比合同约定少3.2平方米", "赔偿", "请求责令开发商退还差价", "购房合同、实测面积报告"),
    ("房屋买卖纠纷", "开发商延期交房一年", "赔偿", "请求开发商支付违约金", "购房合同、交房通知书"),
    ("邻里纠纷", "邻居装修拆改承重墙导致本户墙体开裂", "恢复原状", "请求责令邻居恢复墙体并赔偿", "照片、物业证明"),
    ("拆迁补偿", "征收补偿款低于评估价", "提高补偿", "请求重新核定补偿标准", "征收协议、评估报告"),
    ("拆迁安置", "安置房楼层分配不公", "调整安置", "请求重新分配安置房", "安置协议"),
    ("要求停建", "邻地新建厂房影响本户采光", "停建", "请求责令停止施工", "照片、测量记录"),
]
_S43_SOURCES = [("来访", 8), ("来信", 3), ("12345转办", 6), ("省总站转办", 4), ("市站转办", 2)]
_S43_OTHER_DEPTS = ["县自然资源和规划局", "县市场监管局", "县城管局", "县消防救援大队", "县水务局"]


def e170_s43_county_quality_complaint_register(rng, injected=None):
    """泗阳县住房和城乡建设局 建设工程质量监督站《建设工程质量投诉登记台账》：内勤在 Excel 中逐件登记，每季度另存为
    CSV（GB18030）报局办公室；日期按站里的习惯写成 2025.03.04（只记日期）。一件投诉一行，省总站、市站转办的件也登记在本台账。

    第一步（只读原文后）写下的表头：序号、登记编号、登记日期、来源、投诉人、身份证明、联系电话、与工程关系、工程名称、
    工程地点、工程状况、建设单位、施工单位、投诉内容、投诉诉求、证据材料、立案情况、不予立案原因、承办人、会同部门、处理情况、
    办结日期、站长签字、报省站备案日期、备注。
    读过制度 YAML 后补的列：来件日期（投诉书/来信/工单日期）、实名（是/否，否即匿名）、涉诉情况（未涉诉/已起诉/已判决）、
    是否涉及自身权益（是/否）、投诉类别（渗漏、裂缝……房屋买卖纠纷、邻里纠纷、拆迁补偿、拆迁安置、要求停建）、投诉目的、
    决定日期（立案情况的日期）、告知书送达日期（不予立案告知书，告知向法院起诉）、接待单位、承办单位、处理日期、多部门会办（是/否）。

    注入（规则 id × 件数；一件可触发两条规则）：
      show_identity ×2（1 件实名来访未记身份证明；1 件匿名来信本来就没有身份证明，如实报告）；
      state_interest_relation ×1、state_purpose ×1、provide_evidence ×1（投诉书要素未登记）；
      register_quality_complaint ×2（1 件质量投诉登记三个月仍未作立案决定；1 件以“已过保修期”不予立案）；
      guide_to_court_recorded ×2（1 件邻里纠纷不予立案未送告知书；1 件房屋买卖纠纷被立案，也没有告知）；
      not_quality_complaint ×1（上一件：房屋买卖纠纷立案）；
      anonymous_or_in_judicial_process ×1（已起诉的件仍立案）；
      no_direct_interest ×1 与 handled_as_report ×2（1 件非业主反映的件按投诉立案；1 件非业主反映的件不予立案、未转举报）；
      joint_handling ×1（多部门会办=是，已处理，会同部门空）；
      head_signs_closure ×1（办结，站长签字栏写“未签”）；
      report_transferred_result ×1（省总站转办的件已办结未报省站备案）；
      handled_by_receiving_body ×1（县站接待，洋河新区建设局承办）；
      CK106 file_complaint-review ×1（登记日期早于来件日期，录错月份）；
      CK107 case_number ×1（同一登记编号用了两次）。
    陷阱（不应报告）：市站转办（非省总站）的件办结未报省站备案；省总站转办的件由省总站接待、县站承办；
    多部门会办=是但尚未处理；匿名来信正确地不予立案；非业主反映的件转举报办理；
    拆迁补偿等纠纷不予立案并送达告知书。
    """
    taken = set()
    head = distinct_names(rng, 1, taken)[0]                 # 站长
    officers = distinct_names(rng, 4, taken)                # 承办人（办案负责人）
    clerk = distinct_names(rng, 1, taken)[0]
    station, province, city, yanghe = "县质监站", "省质监总站", "市质监站", "洋河新区建设局"

    n = 42
    days = sorted(_rand_day(rng) for _ in range(n))
    kinds = ["quality"] * 34 + ["civil"] * 6 + ["anon"] * 1 + ["court"] * 1
    rng.shuffle(kinds)
    cases = []
    civil_seen = 0
    for i, (d, kind) in enumerate(zip(days, kinds)):
        src = pick(rng, _S43_SOURCES)
        if kind == "anon":
            src = "来信"
        proj = rng.choice(_S43_PROJECTS)
        if kind in ("quality", "anon", "court"):
            cat, reason, purpose, demand, evidence = rng.choice(_S43_QUALITY)
        else:
            cat, reason, purpose, demand, evidence = _S43_CIVIL[civil_seen % len(_S43_CIVIL)]
            civil_seen += 1
        if src == "来访":
            filed = d
        elif src == "来信":
            filed = d - timedelta(days=rng.randint(2, 5))
        else:
            filed = d - timedelta(days=rng.randint(1, 6))
        c = dict(no=f"泗质诉2025-{i + 1:03d}", filed=filed, day=d, src=src, proj=proj, cat=cat, reason=reason,
                 purpose=purpose, demand=demand, evidence=evidence, kind=kind, inj=[],
                 name=person_name(rng), phone=mobile(rng), real="是", idproof="身份证已核验",
                 relation=rng.choice(["业主", "业主（购房户）", "承租人", "业主委员会代表"]), interest="是",
                 court="未涉诉", officer=rng.choice(officers), reception=province if src == "省总站转办" else station,
                 handler=station, joint="否", depts="", decision=None, decided=None, notice=None,
                 handled=None, closed=None, sign=head, filing=None, handling_note="", remark="")
        if kind == "anon":
            c.update(name="匿名", phone="", real="否", idproof="", relation="来信自称小区业主")
            c["inj"].append("show_identity")
        if kind == "court":
            c.update(court="已起诉")
        if kind == "civil":
            c["relation"] = {"房屋买卖纠纷": "购房人", "邻里纠纷": "相邻住户", "拆迁补偿": "被征收户",
                             "拆迁安置": "被安置户", "要求停建": "相邻村民"}[cat]
        cases.append(c)

    # two quality complaints from people with no stake in the project (passers-by, a parent of a pupil)
    outsiders = [c for c in cases if c["kind"] == "quality" and c["src"] in ("来访", "12345转办")][:3]
    for c, rel in zip(outsiders, ["附近居民（非业主）", "学生家长（非业主）", "过往群众"]):
        c.update(kind="outsider", relation=rel, interest="否")

    # decisions
    for c in cases:
        k = c["kind"]
        c["decided"] = min(_plus_workdays(c["day"], rng.randint(0, 3)), CUTOFF)
        if k == "quality":
            c["decision"] = "立案"
        elif k == "outsider":
            c["decision"] = "按举报转办"
        elif k == "civil":
            c["decision"] = "不予立案"
            c["notice"] = min(_plus_workdays(c["decided"], rng.randint(1, 4)), CUTOFF)
            c["remark"] = "已告知可向人民法院起诉"
        elif k == "anon":
            c["decision"] = "不予立案"
            c["remark"] = "匿名，不予立案"
        elif k == "court":
            c["decision"] = "不予立案"
            c["remark"] = "已进入诉讼程序，不予立案"

    quality = [c for c in cases if c["kind"] == "quality"]
    # 多部门会办
    for c in rng.sample(quality, 5):
        c["joint"] = "是"
        c["depts"] = "、".join(rng.sample(_S43_OTHER_DEPTS, rng.randint(1, 2)))

    # handling and closing of registered cases
    def progress(c):
        c["handled"] = _plus_workdays(c["decided"], rng.randint(2, 12))
        if c["handled"] > CUTOFF:
            c["handled"] = None
            return
        c["handling_note"] = rng.choice(["现场核查，下发整改通知书", "约谈建设、施工单位，限期维修", "组织三方现场协调，施工单位承诺维修",
                                         "委托检测机构检测，结论合格并答复投诉人", "督促维修完毕，投诉人现场确认"])
        if c["src"] == "省总站转办":
            c["filing"] = _plus_workdays(c["handled"], rng.randint(10, 25))
        close = _plus_workdays(c["handled"], rng.randint(8, 30))
        if c["filing"] is not None and c["filing"] > close:
            close = c["filing"]
        if close <= CUTOFF:
            c["closed"] = close
        else:
            c["filing"] = None
    for c in cases:
        if c["decision"] == "立案":
            progress(c)

    # ------------------------------------------------------------------ injections
    order = rng.sample(cases, len(cases))

    def take(pred, tag):
        for c in order:
            if c.get("tag") is None and pred(c):
                c["tag"] = tag
                return c
        raise RuntimeError(f"no case for {tag}")

    closed_q = lambda c: c["kind"] == "quality" and c["closed"] is not None and c["src"] != "省总站转办" \
        and c["joint"] == "否"

    c = take(lambda c: c["kind"] == "quality" and c["src"] == "来访", "noid")
    c["idproof"] = ""
    c["inj"].append("show_identity")
    c = take(lambda c: c["kind"] == "quality" and c["src"] == "12345转办", "norel")
    c["relation"] = ""
    c["inj"].append("state_interest_relation")
    c = take(lambda c: c["kind"] == "quality", "nopurpose")
    c["purpose"] = ""
    c["inj"].append("state_purpose")
    c = take(lambda c: c["kind"] == "quality" and c["src"] == "来信", "noevid1")
    c["evidence"] = ""
    c["inj"].append("provide_evidence")

    # register_quality_complaint: one pending since March, one refused as "out of warranty"
    c = take(lambda c: c["kind"] == "quality" and date(2025, 3, 1) <= c["day"] <= date(2025, 3, 31)
             and c["src"] != "省总站转办" and c["joint"] == "否", "pending")
    c.update(decision="", decided=None, handled=None, closed=None, filing=None, handling_note="", remark="待研究")
    c["inj"].append("register_quality_complaint")
    c = take(lambda c: c["kind"] == "quality" and c["src"] != "省总站转办" and c["joint"] == "否", "warranty")
    c.update(decision="不予立案", handled=None, closed=None, filing=None, handling_note="",
             remark="已过保修期，不予立案")
    c["proj"] = ("泗阳县众兴镇桃源小区3#楼", "众兴镇桃源路", "泗阳县房地产开发公司（已注销）", "泗阳县建筑安装公司", "已过保修期")
    c["inj"].append("register_quality_complaint")

    # civil disputes: one refused without the notice, one (a sales dispute) wrongly registered
    c = take(lambda c: c["kind"] == "civil" and c["cat"] == "邻里纠纷", "nonotice")
    c.update(notice=None, remark="")
    c["inj"].append("guide_to_court_recorded")
    c = take(lambda c: c["kind"] == "civil" and c["cat"] == "房屋买卖纠纷" and c["day"] < date(2025, 5, 15), "civilreg")
    c.update(decision="立案", notice=None, remark="")
    progress(c)
    c["inj"] += ["not_quality_complaint", "guide_to_court_recorded"]

    # a complaint already before the court, registered all the same
    c = take(lambda c: c["kind"] == "court", "courtreg")
    c.update(decision="立案", remark="投诉人称已向法院起诉")
    progress(c)
    c["inj"].append("anonymous_or_in_judicial_process")

    # outsiders: one registered as a complaint, one refused instead of being handled as a report
    c = take(lambda c: c["kind"] == "outsider" and c["day"] < date(2025, 5, 15), "outreg")
    c.update(decision="立案")
    progress(c)
    c["inj"] += ["no_direct_interest", "handled_as_report"]
    c = take(lambda c: c["kind"] == "outsider", "outrefused")
    c.update(decision="不予立案", remark="非利害关系人")
    c["inj"].append("handled_as_report")

    # joint handling without the departments; trap: joint, not yet handled
    c = take(lambda c: c["joint"] == "是" and c["handled"] is not None and c["src"] != "省总站转办", "nodepts")
    c["depts"] = ""
    c["inj"].append("joint_handling")
    trap_joint = [c for c in cases if c["joint"] == "是" and c["handled"] is None and c.get("tag") is None]
    if not trap_joint:
        c = take(lambda c: c["kind"] == "quality" and c["handled"] is None and c["decision"] == "立案", "jointtrap")
        c["joint"], c["depts"] = "是", ""

    # closed without the head's signature
    c = take(closed_q, "unsigned1")
    c["sign"] = "未签"
    c["inj"].append("head_signs_closure")

    # transferred by the province, closed, never filed back
    c = take(lambda c: c["src"] == "省总站转办" and c["closed"] is not None, "nofiling")
    c["filing"] = None
    c["inj"].append("report_transferred_result")

    # received by the county station, handled by the Yanghe new district's bureau
    c = take(lambda c: c["kind"] == "quality" and c["handled"] is not None and c["src"] in ("来访", "12345转办"),
             "otherbody")
    c["handler"] = yanghe
    c["proj"] = _S43_PROJECTS[4]
    c["inj"].append("handled_by_receiving_body")

    # registration date typed a month early
    c = take(lambda c: c["kind"] == "quality" and c["src"] == "来信" and c["day"].month >= 3, "typo")
    c["day"] = c["day"].replace(month=c["day"].month - 1, day=min(c["day"].day, 28))
    c["inj"].append("file_complaint-review")

    # one registration number used twice (the clerk copied the previous line)
    i = next(i for i, c in enumerate(cases) if i > 20 and c.get("tag") is None and cases[i - 1].get("tag") is None)
    cases[i]["no"] = cases[i - 1]["no"]
    cases[i]["tag"] = "dup"
    cases[i]["inj"].append("case_number")

    if injected is not None:
        injected += [(c["no"], inj) for c in cases for inj in c["inj"]]

    rows = []
    for k, c in enumerate(cases, 1):
        proj = c["proj"]
        if c["closed"] is None:
            sign = ""
        else:
            sign = c["sign"]
        if c["decision"] == "不予立案":
            refuse = {"civil": "不属于工程质量投诉", "anon": "匿名投诉", "court": "已进入司法程序",
                      "outsider": "非利害关系人", "quality": "超过保修期"}[c["kind"]]
        else:
            refuse = ""
        r = Case()
        r["序号"] = k
        r["登记编号"] = c["no"]
        r["来件日期"] = _dotted(c["filed"])
        r["登记日期"] = _dotted(c["day"])
        r["来源"] = c["src"]
        r["投诉人"] = c["name"]
        r["实名"] = c["real"]
        r["身份证明"] = c["idproof"]
        r["联系电话"] = c["phone"]
        r["与工程关系"] = c["relation"]
        r["是否涉及自身权益"] = c["interest"]
        r["工程名称"] = proj[0]
        r["工程地点"] = proj[1]
        r["工程状况"] = proj[4]
        r["建设单位"] = proj[2]
        r["施工单位"] = proj[3]
        r["投诉类别"] = c["cat"]
        r["投诉内容"] = c["reason"]
        r["投诉目的"] = c["purpose"]
        r["投诉诉求"] = c["demand"]
        r["证据材料"] = c["evidence"]
        r["涉诉情况"] = c["court"]
        r["接待单位"] = c["reception"]
        r["立案情况"] = c["decision"]
        r["决定日期"] = _dotted(c["decided"])
        r["不予立案原因"] = refuse
        r["告知书送达日期"] = _dotted(c["notice"])
        r["承办单位"] = c["handler"] if c["decision"] == "立案" else ""
        r["承办人"] = c["officer"]
        r["多部门会办"] = c["joint"]
        r["会同部门"] = c["depts"]
        r["处理日期"] = _dotted(c["handled"])
        r["处理情况"] = c["handling_note"]
        r["报省站备案日期"] = _dotted(c["filing"])
        r["办结日期"] = _dotted(c["closed"])
        r["站长签字"] = sign
        r["录入人"] = clerk
        r["备注"] = c["remark"]
        rows.append(r)

    roles = {station: "complaint_body", province: "complaint_body", yanghe: "complaint_body"}
    roles.update({name: "case_officer" for name in officers})
    hand = {
        "procedure": "s43-jiangsu-construction-quality-complaints",
        "encoding": "gb18030",
        "columns": {
            "登记编号": "case_number",
            "来件日期": "file_complaint_at",
            "登记日期": "review_at",
            "接待单位": "review_by",
            "来源": "transferred_by_province",
            "投诉人": "complainant",
            "实名": "anonymous",
            "身份证明": "id_number",
            "与工程关系": "interest_relation",
            "是否涉及自身权益": "direct_interest",
            "投诉类别": "category",
            "投诉内容": "complaint_reason",
            "投诉目的": "complaint_purpose",
            "投诉诉求": "demand",
            "证据材料": "evidence",
            "涉诉情况": "in_judicial_process",
            "告知书送达日期": "guide_to_court_at",
            "承办单位": "handle_by",
            "承办人": "close_by",
            "多部门会办": "needs_joint_handling",
            "会同部门": "joint_depts",
            "处理日期": "handle_at",
            "报省站备案日期": "report_to_province_at",
            "办结日期": "close_at",
            "站长签字": "head_signature",
        },
        "values": {
            "transferred_by_province": {"省总站转办": True, "来访": False, "来信": False, "12345转办": False,
                                        "市站转办": False},
            "anonymous": {"是": False, "否": True},
            "direct_interest": {"是": True, "否": False},
            "in_judicial_process": {"未涉诉": False, "已起诉": True, "已判决": True},
            "needs_joint_handling": {"是": True, "否": False},
            "category": {q[0]: "quality" for q in _S43_QUALITY} | {
                "房屋买卖纠纷": "real_estate_dispute", "邻里纠纷": "neighbour_dispute",
                "拆迁补偿": "demolition_compensation", "拆迁安置": "demolition_resettlement",
                "要求停建": "obstruct_construction"},
        },
        "roles": roles,
        "outcomes": {
            "立案情况": {"date": "决定日期", "steps": {"立案": "register", "按举报转办": "handle_as_report"}},
        },
    }
    return rows, hand


# --- 171: S48, a PCB maker's customer-complaint orders in its ERP (客诉单 list exported to Excel) ---------------------

_S48_CUSTOMERS = [("C0107", "立讯精密"), ("C0112", "欧菲光"), ("C0158", "华勤技术"), ("C0203", "闻泰科技"),
                  ("C0216", "海康威视"), ("C0231", "汇川技术"), ("C0245", "阳光电源"), ("C0302", "德赛西威")]
_S48_DEFECTS = [
    # 异常现象, 客诉类别, 责任单位, 处理方式
    ("阻焊起泡（回流焊后）", "制程品质", "防焊课", "退货重做"),
    ("孔铜不足，切片孔壁8μm", "制程品质", "电镀课", "退货重做"),
    ("线路开路（AOI漏检）", "制程品质", "线路课", "挑选后特采"),
    ("BGA焊盘上锡不良（沉金面氧化）", "制程品质", "表面处理课", "退货重做"),
    ("板弯板翘超0.75%", "制程品质", "压合课", "挑选后特采"),
    ("阻抗超差（±10%外）", "制程品质", "工程部", "退货重做"),
    ("分层爆板", "来料品质", "压合课", "退货重做"),
    ("字符偏位模糊", "制程品质", "文字课", "让步接收"),
    ("混料（A/B版混装）", "人为疏失", "成品仓", "换货"),
    ("包装标签料号错误", "人为疏失", "出货组", "换货"),
    ("少数量（短装）", "人为疏失", "出货组", "补货"),
    ("V-CUT漏切", "人为疏失", "成型课", "挑选后特采"),
]
_S48_UNITS = {"防焊课": "二厂防焊课", "电镀课": "一厂电镀课", "线路课": "一厂线路课", "表面处理课": "二厂化金线",
              "压合课": "一厂压合课", "工程部": "一厂电测课", "文字课": "二厂文字课", "成品仓": "二厂FQC",
              "出货组": "二厂包装组", "成型课": "二厂成型课"}
_S48_DEMANDS = ["退货重做并提供8D报告", "挑选在库品，提供8D报告", "补发数量，48小时内回复", "扣款并提供改善报告",
                "特采接收，要求改善报告", "换货并追溯同批次", "退货，索赔停线损失"]


def e171_s48_pcb_erp_complaint_orders(rng, injected=None):
    """昆山一家 PCB 厂（双面、多层板）ERP（鼎捷 Tiptop）“客诉处理单”查询结果导出到 Excel：一张客诉单一行，日期为 Excel
    日期格（登记日期带时分），人员记 ERP 用户姓名；工作表是 ERP 默认的表名。

    第一步（只读原文后）写下的表头：客诉单号、登记日期、客户代码、客户简称、订单编号、料号、投诉数量(PCS)、交运日期、
    异常现象、客诉类别、是否造成损失、业务员、品保确认人、责任单位、生产班别、生产日期、处理方式、退货数量、对策提报日期、
    效果确认、结案日期、单据状态、逾期反应、核决人、备注。
    读过制度 YAML 后补的列：登记人（生管组开单人）、客户要求、业务前往处理日期、异常处理单号、异常单日期、品保确认日期、
    制造调查日期、制造调查人、生产单位、作业员、核决日期、责任人、回复客户日期、回复人。

    注入（规则 id × 件数）：
      CK108 year_month_serial ×2（手工改号：流水号写成三位、少一位）；CK107 case_number ×1（同号两单）；
      register_by_production_control ×1（业务员自己开单）；inspect_by_quality_mgmt ×1（制造部工程师做的确认）；
      handling_determined_by_production_control ×1（品保经理核决）；reply_by_sales ×1（品保直接回复客户）；
      exception_slip_when_no_loss ×2（未造成损失、业务已前往处理，没有异常单）；
      CK106 go_handle-exception_slip ×1（异常单日期早于前往处理日期）；
      record_order_number ×1、record_ship_date ×1、record_demand ×1；CK102 quantity ×1（数量写成“约2000”）；
      report_shift ×1、report_production_staff ×1（制造调查后未提报）；record_responsibility ×1、record_responsible_person ×1。
    陷阱（不应报告）：单号月份与登记月份不同（月底预开、次月登记）但格式合规；
    未造成损失而尚未前往处理的单没有异常单；造成损失的单没有异常单；制造尚未调查的新单没有生产班别/作业员；
    尚未核决的新单没有责任单位、责任人。
    """
    taken = set()
    pmc = distinct_names(rng, 2, taken)          # 总经理室生产管理组（开单、核决）
    sales = distinct_names(rng, 4, taken)        # 业务部
    qa = distinct_names(rng, 3, taken)           # 质量管理部（品保）
    mfg = distinct_names(rng, 3, taken)          # 制造部（调查）
    qa_mgr = distinct_names(rng, 1, taken)[0]    # 品保经理
    operators = distinct_names(rng, 12, taken)   # 生产线作业员

    n = 38
    stamps = sorted(datetime.combine(_rand_day(rng, date(2025, 1, 6), date(2025, 6, 27)), datetime.min.time())
                    + timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59)) for _ in range(n))
    serial = {}
    cases = []
    for t in stamps:
        ym = (t.year % 100, t.month)
        serial[ym] = serial.get(ym, 0) + 1
        no = f"{ym[0]:02d}{ym[1]:02d}{serial[ym]:02d}"
        cust = rng.choice(_S48_CUSTOMERS)
        defect, cat, dept, way = rng.choice(_S48_DEFECTS)
        loss = pick(rng, [("有", 4), ("无", 5)])
        ship = t.date() - timedelta(days=rng.randint(5, 40))
        prod = ship - timedelta(days=rng.randint(2, 12))
        d0 = t.date()
        c = dict(no=no, at=t, reg_by=rng.choice(pmc), cust=cust, order=f"SO{ship.strftime('%y%m')}{rng.randint(100, 999)}",
                 part=f"{rng.choice(['4L', '6L', '2L', '8L'])}-{rng.randint(10000, 99999)}-{rng.choice('ABC')}",
                 qty=rng.choice([200, 500, 800, 1200, 1500, 2000, 3000, 5000]), ship=ship, defect=defect, cat=cat,
                 loss=loss, sales=rng.choice(sales), demand=rng.choice(_S48_DEMANDS), dept=dept, way=way,
                 go=None, slip_no="", slip=None, insp=None, insp_by=rng.choice(qa), inv=None, inv_by=rng.choice(mfg),
                 unit=_S48_UNITS[dept], shift=rng.choice(["A班", "B班", "C班（夜）"]), staff=rng.choice(operators),
                 prod=prod, det=None, det_by=rng.choice(pmc), resp_dept=dept, resp=rng.choice(operators),
                 reply=None, reply_by=None, closed=None, inj=[], remark="", overdue="")
        c["reply_by"] = c["sales"]
        if loss == "无" and d0 < date(2025, 6, 25):      # the last week's new forms: sales has not been out yet
            c["go"] = _plus_workdays(d0, rng.randint(1, 3))
            c["slip"] = _plus_workdays(c["go"], rng.randint(0, 2))
        c["insp"] = _plus_workdays(d0, rng.randint(1, 3))
        c["inv"] = _plus_workdays(c["insp"], rng.randint(1, 4))
        c["det"] = _plus_workdays(c["inv"], rng.randint(1, 3))
        c["reply"] = _plus_workdays(c["det"], rng.randint(0, 2))
        c["closed"] = _plus_workdays(c["reply"], rng.randint(5, 20))
        if c["go"] is not None and c["go"] <= CUTOFF < c["slip"]:
            c["slip"] = c["go"]                          # the slip is filled in on the visit itself
        for key in ("go", "slip", "insp", "inv", "det", "reply", "closed"):
            if c[key] is not None and c[key] > CUTOFF:
                c[key] = None
        if c["slip"] is not None:
            c["slip_no"] = f"YC{c['slip'].strftime('%y%m%d')}{rng.randint(1, 9):02d}"
        # later steps cannot exist without the earlier ones
        if c["insp"] is None:
            c["inv"] = None
        if c["inv"] is None:
            c["det"] = None
        if c["det"] is None:
            c["reply"] = None
        if c["reply"] is None:
            c["closed"] = None
        if c["go"] is None:
            c["slip"], c["slip_no"] = None, ""
        if c["closed"] is None and d0 < date(2025, 5, 20):
            c["overdue"] = "已逾期，生管组已反应"
        cases.append(c)

    # ------------------------------------------------------------------ injections
    order = rng.sample(cases, len(cases))

    def take(pred, tag):
        for c in order:
            if c.get("tag") is None and pred(c):
                c["tag"] = tag
                return c
        raise RuntimeError(f"no case for {tag}")

    full = lambda c: c["reply"] is not None

    c = take(lambda c: c["at"].month == 2, "badno1")
    c["no"] = c["no"][:4] + "0" + c["no"][4:]           # 2502003: three-digit serial typed by hand
    c["inj"].append("year_month_serial")
    c = take(lambda c: c["at"].month == 5 and c["no"].endswith("0" + c["no"][-1]), "badno2")
    c["no"] = c["no"][:4] + c["no"][-1]                 # 25054: serial without its leading zero
    c["inj"].append("year_month_serial")

    # trap: a form pre-opened at the end of one month, registered in the next
    c = min((x for x in cases if x["at"].month == 4), key=lambda x: x["at"])
    c["tag"] = "prenumbered"
    c["no"] = f"2503{serial[(25, 3)] + 1:02d}"
    c["remark"] = "3月底预开单号，4月初登记"

    c = take(lambda c: c["at"].month == 3 and c["no"][4:] != "01", "dup")
    c["no"] = f"{c['no'][:4]}{int(c['no'][4:]) - 1:02d}"      # the clerk re-used the previous form's number
    c["inj"].append("case_number")

    c = take(lambda c: True, "salesreg")
    c["reg_by"] = c["sales"]
    c["remark"] = "业务直接开单"
    c["inj"].append("register_by_production_control")
    c = take(lambda c: c["insp"] is not None, "mfginsp")
    c["insp_by"] = c["inv_by"]
    c["inj"].append("inspect_by_quality_mgmt")
    c = take(lambda c: c["det"] is not None, "qadet")
    c["det_by"] = qa_mgr
    c["inj"].append("handling_determined_by_production_control")
    c = take(full, "qareply")
    c["reply_by"] = c["insp_by"]
    c["remark"] = "品保直接回复客户8D"
    c["inj"].append("reply_by_sales")

    c = take(lambda c: c["loss"] == "无" and c["go"] is not None, "noslip1")
    c["slip"], c["slip_no"] = None, ""
    c["inj"].append("exception_slip_when_no_loss")
    c = take(lambda c: c["loss"] == "无" and c["go"] is not None, "noslip2")
    c["slip"], c["slip_no"] = None, ""
    c["inj"].append("exception_slip_when_no_loss")
    c = take(lambda c: c["loss"] == "无" and c["go"] is not None and c["slip"] is not None, "slipearly")
    c["slip"] = c["go"] - timedelta(days=2)
    c["slip_no"] = f"YC{c['slip'].strftime('%y%m%d')}03"
    c["inj"].append("go_handle-exception_slip")

    c = take(lambda c: True, "noorder")
    c["order"] = ""
    c["inj"].append("record_order_number")
    c = take(lambda c: True, "noship")
    c["ship"] = None
    c["inj"].append("record_ship_date")
    c = take(lambda c: True, "nodemand")
    c["demand"] = ""
    c["inj"].append("record_demand")
    c = take(lambda c: True, "badqty")
    c["qty"] = f"约{c['qty']}"
    c["inj"].append("quantity")

    c = take(lambda c: c["inv"] is not None, "noshift")
    c["shift"] = ""
    c["inj"].append("report_shift")
    c = take(lambda c: c["inv"] is not None, "nostaff")
    c["staff"] = ""
    c["inj"].append("report_production_staff")
    c = take(lambda c: c["det"] is not None, "norespdept")
    c["resp_dept"] = ""
    c["inj"].append("record_responsibility")
    c = take(lambda c: c["det"] is not None, "noresp")
    c["resp"] = ""
    c["inj"].append("record_responsible_person")

    if injected is not None:
        injected += [(c["no"], inj) for c in cases for inj in c["inj"]]

    rows = []
    for c in cases:
        investigated = c["inv"] is not None
        decided = c["det"] is not None
        if c["closed"] is not None:
            status = "结案"
        elif c["insp"] is None:
            status = "开立"
        else:
            status = "处理中"
        r = Case()
        r["客诉单号"] = c["no"]
        r["登记日期"] = c["at"]
        r["登记人"] = c["reg_by"]
        r["客户代码"] = c["cust"][0]
        r["客户简称"] = c["cust"][1]
        r["订单编号"] = c["order"] or None
        r["料号"] = c["part"]
        r["投诉数量(PCS)"] = c["qty"]
        r["交运日期"] = c["ship"]
        r["异常现象"] = c["defect"]
        r["客诉类别"] = c["cat"]
        r["是否造成损失"] = c["loss"]
        r["客户要求"] = c["demand"] or None
        r["业务员"] = c["sales"]
        r["业务前往处理日期"] = c["go"]
        r["异常处理单号"] = c["slip_no"] or None
        r["异常单日期"] = c["slip"]
        r["品保确认日期"] = c["insp"]
        r["品保确认人"] = c["insp_by"] if c["insp"] is not None else None
        r["制造调查日期"] = c["inv"]
        r["制造调查人"] = c["inv_by"] if investigated else None
        r["生产单位"] = c["unit"] if investigated else None
        r["生产班别"] = (c["shift"] or None) if investigated else None
        r["作业员"] = (c["staff"] or None) if investigated else None
        r["生产日期"] = c["prod"] if investigated else None
        r["处理方式"] = c["way"] if decided else None
        r["退货数量"] = (c["qty"] if isinstance(c["qty"], int) else None) if decided and c["way"] == "退货重做" else None
        r["核决日期"] = c["det"]
        r["核决人"] = c["det_by"] if decided else None
        r["责任单位"] = (c["resp_dept"] or None) if decided else None
        r["责任人"] = (c["resp"] or None) if decided else None
        r["对策提报日期"] = c["det"]
        r["回复客户日期"] = c["reply"]
        r["回复人"] = c["reply_by"] if c["reply"] is not None else None
        r["效果确认"] = rng.choice(["OK", "OK", "连续3批OK"]) if c["closed"] is not None else None
        r["结案日期"] = c["closed"]
        r["单据状态"] = status
        r["逾期反应"] = c["overdue"] or None
        r["备注"] = c["remark"] or None
        rows.append(r)

    roles = {name: "production_control" for name in pmc}
    roles.update({name: "sales" for name in sales})
    roles.update({name: "quality_mgmt" for name in qa + [qa_mgr]})
    roles.update({name: "manufacturing" for name in mfg})
    hand = {
        "procedure": "s48-pcb-customer-complaints",
        "sheet": "导出",
        "columns": {
            "客诉单号": "case_number",
            "登记日期": "register_at",
            "登记人": "register_by",
            "订单编号": "order_number",
            "料号": "product",
            "投诉数量(PCS)": "quantity",
            "交运日期": "ship_date",
            "客诉类别": "category",
            "是否造成损失": "loss_caused",
            "客户要求": "demand",
            "业务前往处理日期": "go_handle_at",
            "异常单日期": "exception_slip_at",
            "品保确认日期": "inspect_at",
            "品保确认人": "inspect_by",
            "制造调查日期": "manufacturing_investigation_at",
            "制造调查人": "manufacturing_investigation_by",
            "生产单位": "production_unit",
            "生产班别": "shift",
            "作业员": "production_staff",
            "生产日期": "production_date",
            "核决日期": "determine_handling_at",
            "核决人": "determine_handling_by",
            "责任单位": "responsible_department",
            "责任人": "responsible_person",
            "回复客户日期": "reply_at",
            "回复人": "reply_by",
        },
        "values": {
            "category": {"制程品质": "quality", "来料品质": "quality", "人为疏失": "non_quality"},
            "loss_caused": {"有": True, "无": False},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("170-s43-county-quality-complaint-register.csv", "gb18030", e170_s43_county_quality_complaint_register),
    ("171-s48-pcb-erp-complaint-orders.xlsx", "xlsx", e171_s48_pcb_erp_complaint_orders),
]
