"""Starter-profile benchmark exports 64-65 (set 11c), written unseen by the mapping guesser's authors.

Each function plays one organisation's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 64 65   # writes these two (every_export imports this module)

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, person_name as _name, mobile as _mobile


def _dot(t):
    """The bureau's Excel register: dates only, dotted, zero-padded (2025.03.04)."""
    return t.strftime("%Y.%m.%d") if t else ""


CUTOFF = datetime(2025, 6, 30, 17, 30)   # both exports were taken at the end of June 2025


def _slots(rng, first, last):
    """Random case indexes in [first, last) to inject into (early enough that every later step fits before the
    export); each taken index is used once."""
    slots = list(range(first, last))
    rng.shuffle(slots)
    return slots


def _minutes(rows):
    """The systems keep minutes, not seconds."""
    for r in rows:
        for k, v in r.items():
            if isinstance(v, datetime):
                r[k] = v.replace(second=0, microsecond=0)


# --- 64: S43, a county housing bureau's construction-quality complaint register ------------------------------------

def e64_s43_county_register(rng, injected=None):
    """淮溪县住房和城乡建设局 建设工程质量监督站（县质监站）“建设工程质量投诉登记台账”（站里的 Excel 台账另存为 GBK 编码 CSV），
    按 S43《江苏省建设工程质量投诉处理规定》（摘要）审计。日期只记到日，写作 2025.03.04（点分、补零）。
    来源：来访 / 来信 / 12345转办 / 信访局交办 / 省质监总站转办（最后一种即省投诉处理机构转交办理，映射 transferred_by_province）。
    事项性质用站里自己的叫法：工程质量 / 房产纠纷 / 邻里纠纷 / 拆迁补偿 / 拆迁安置 / 阻挠建设。
    “受理意见”一列是结论：予以立案（register）/ 不予立案（已告知诉讼途径）（guide_to_court）/ 转举报办理（handle_as_report）/
    不予立案（不对应环节：匿名、已涉诉等不予立案，原文没有另外的环节），日期记在“意见日期”（用 outcomes）。
    承办人一列是站里的办案人员（办案负责人），朱建明是站长（机构负责人），签批写在“负责人签批”。
    事先按原文写下的列：序号、投诉编号、登记日期、来源、投诉人、身份证明、联系电话、与工程关系、工程名称、工程地点、工程状态、
    建设单位、施工单位、投诉书、证据材料、受理意见（原拟“是否立案”）、不予立案理由、承办人、会同部门、处理意见、结案日期、
    负责人签批、报省站备案日期、备注。
    读过制度 YAML 后补的列：署名（实名/匿名，anonymous）、直接利害关系（有/无，direct_interest）、涉诉情况（无/已起诉/已判决，
    in_judicial_process）、事项性质（category）、投诉理由 / 投诉目的 / 请求处理事项（原拟一列“投诉事项”，拆成三列）、
    意见日期（受理意见的日期）、接收机构（review_by）与承办机构（handle_by，由接到投诉的机构负责处理）、需会同处理（是/否，
    needs_joint_handling）、现场核查日期（handle_at）。
    注入：投诉编号重复 1 对；实名投诉身份证明空白 1 件；证据材料空白 1 件；请求处理事项空白 1 件；房产纠纷予以立案 1 件；
    邻里纠纷不予立案却没有告知诉讼途径（受理意见只写“不予立案”）1 件；匿名投诉予以立案 1 件（身份证明也空白）；
    符合立案条件的工程质量投诉不予立案 1 件；省质监总站转办已结案未报省站备案 1 件；需会同处理却没有会同部门 1 件；
    已结案没有负责人签批 1 件；县质监站接收却交城东镇建设管理所承办 1 件；结案日期早于现场核查日期 1 件；
    事项性质写成“其他”1 件；无直接利害关系的周边居民投诉予以立案（未按举报处理）1 件。
    陷阱（不是问题）：匿名投诉、已起诉的投诉不予立案；房产/拆迁纠纷不予立案并告知诉讼途径；无直接利害关系的转举报办理；
    省站转办尚未结案的没有备案日期；未结案的没有签批；不需会同处理的会同部门空白；报省站备案与结案同日。
    随注入一并报出的：房产纠纷予以立案的同时也没有告知诉讼途径（guide_to_court_recorded）；无直接利害关系却立案的也没有按举报处理
    （handled_as_report）；匿名件没有身份证明，规则 show_identity 照报（注入的匿名立案件和两件正确不予立案的匿名件都报）。
    """
    n = 56
    slots = _slots(rng, 3, 46)

    def take():
        return slots.pop()

    # per-case plan first, so the injections land on cases of the right kind
    kinds = ["quality"] * n
    civil_kinds = [("房产纠纷", 5), ("邻里纠纷", 3), ("拆迁补偿", 2), ("拆迁安置", 1), ("阻挠建设", 1)]
    inj = {}
    for what in ("dup", "no_id", "no_evidence", "no_demand", "civil_registered", "civil_no_guide",
                 "anon_registered", "quality_refused", "transfer_no_report", "joint_no_depts", "no_signature",
                 "town_handles", "close_before_handle", "other_category", "no_interest_registered",
                 "trap_anon", "trap_anon2", "trap_court", "trap_civil1", "trap_civil2", "trap_civil3",
                 "trap_report", "trap_transfer_open", "trap_transfer_closed"):
        inj[what] = take()
    civil = {inj["civil_registered"]: "房产纠纷", inj["civil_no_guide"]: "邻里纠纷",
             inj["trap_civil1"]: "房产纠纷", inj["trap_civil2"]: "拆迁补偿", inj["trap_civil3"]: "拆迁安置"}
    for i in slots[:3]:                     # a few more civil disputes, correctly refused
        civil[i] = pick(rng, civil_kinds)
    for i, k in civil.items():
        kinds[i] = k
    # cases that must be closed (so the closure rules apply) and cases that must stay registered
    must_close = {inj[w] for w in ("transfer_no_report", "no_signature", "close_before_handle", "trap_transfer_closed",
                                   "town_handles")}
    open_case = {inj["trap_transfer_open"]}

    projects = [("淮溪·翡翠湾花园", "淮溪置业有限公司", "江苏华淮建设集团有限公司", "城中街道"),
                ("城南安置小区二期", "淮溪县城市建设投资有限公司", "盐城市建工集团有限公司", "城南街道"),
                ("锦绣华府", "淮溪锦华房地产开发有限公司", "江苏中恒建设工程有限公司", "城东镇"),
                ("县实验小学风雨操场", "淮溪县教育局", "淮溪县第二建筑安装工程有限公司", "城中街道"),
                ("运河湾商住楼", "淮溪恒盛置业有限公司", "江苏华淮建设集团有限公司", "运河镇"),
                ("新城御景园", "淮溪新城房地产开发有限公司", "南通四建集团有限公司", "城北街道"),
                ("临湖镇卫生院门诊楼", "临湖镇人民政府", "淮溪县第二建筑安装工程有限公司", "临湖镇"),
                ("城东农贸市场改造", "淮溪县商务局", "江苏中恒建设工程有限公司", "城东镇")]
    quality_issues = [
        ("卫生间楼板渗漏，楼下顶棚霉变", "查明渗漏原因", "责令开发商维修并赔偿顶棚损失", "现场照片、物业报修记录"),
        ("外墙窗台渗水，室内墙面起鼓", "要求认定施工质量问题", "责令施工单位返修外墙", "照片、视频"),
        ("客厅楼板出现贯穿裂缝", "担心结构安全，要求检测", "组织结构安全检测并加固", "照片、裂缝观测记录"),
        ("地下室底板返潮积水", "要求整改", "责令建设单位维修防水", "照片、与开发商往来函件"),
        ("入户门框与墙体开裂脱落", "要求维修", "督促保修期内维修", "照片、交付验收单"),
        ("阳台栏杆松动，高度不足", "危及人身安全，要求整改", "立即整改栏杆", "照片、测量记录"),
        ("屋面防水层破损，顶层漏雨", "要求认定保修责任", "责令维修并赔偿装修损失", "照片、装修发票"),
        ("楼梯间墙体空鼓大面积脱落", "要求查处", "责令返工", "照片"),
    ]
    civil_issues = {
        "房产纠纷": ("开发商逾期交房且实测面积缩水", "要求开发商赔偿", "按合同支付违约金、退还面积差价", "购房合同"),
        "邻里纠纷": ("邻居加建阳光房挡光", "要求拆除", "责令邻居拆除加建部分", "照片"),
        "拆迁补偿": ("旧房拆迁补偿款计算偏低", "要求重新评估", "提高补偿标准", "评估报告复印件"),
        "拆迁安置": ("安置房分配楼层不公", "要求重新分配", "调换安置房", "安置协议"),
        "阻挠建设": ("对门前道路施工有异议，要求停工", "阻止施工", "停止市政道路施工", "照片"),
    }
    relations_direct = ["业主", "业主", "购房户", "承租户", "相邻房屋业主", "业主委员会（受业主委托）"]
    officers = ["质监站 陈立", "质监站 顾海峰", "质监站 邵敏", "质监站 刘晓东"]
    joint_options = ["县自然资源和规划局", "县消防救援大队", "县市场监督管理局", "城东镇人民政府", "县城管局"]

    rows = []
    day = datetime(2025, 1, 6)
    for i in range(n):
        day = day + timedelta(days=rng.choice([1, 2, 3, 3, 4, 5]))
        if day > datetime(2025, 6, 20):
            day = datetime(2025, 6, 20) - timedelta(days=rng.randint(0, 10))
        reg = day
        kind = kinds[i]
        if i == inj["other_category"]:
            kind = "其他"
        source = pick(rng, [("来访", 35), ("来信", 15), ("12345转办", 22), ("信访局交办", 8), ("省质监总站转办", 8)])
        if i in (inj["transfer_no_report"], inj["trap_transfer_open"], inj["trap_transfer_closed"]):
            source = "省质监总站转办"
        elif source == "省质监总站转办" and i in inj.values():
            source = "来信"
        anonymous = i in (inj["anon_registered"], inj["trap_anon"], inj["trap_anon2"])
        if anonymous:
            source = "来信"
        court = "已起诉" if i == inj["trap_court"] else "无"
        no_interest = i in (inj["no_interest_registered"], inj["trap_report"])
        proj, builder, contractor, town = rng.choice([projects[k] for k in (0, 1, 2, 4, 5)])   # housing
        if kind == "阻挠建设":
            proj, builder, contractor, town = projects[7]
        if no_interest:
            proj, builder, contractor, town = projects[3]
        if kind in civil_issues:
            reason, purpose, demand, evidence = civil_issues[kind]
        else:
            reason, purpose, demand, evidence = rng.choice(quality_issues)
        if no_interest:
            reason, purpose, demand, evidence = ("操场钢结构焊缝锈蚀，担心学生安全", "要求主管部门查处",
                                                 "对施工质量进行检查", "照片")
        relation = "周边居民" if no_interest else rng.choice(relations_direct)
        if kind in ("拆迁补偿", "拆迁安置"):
            relation = "被拆迁户"
        status = "在建" if no_interest else pick(rng, [("保修期内", 70), ("在建", 20), ("已过保修期", 10)])

        # the conclusion
        if anonymous or court != "无":
            verdict = "不予立案"
        elif no_interest:
            verdict = "转举报办理"
        elif kind in civil_issues:
            verdict = "不予立案（已告知诉讼途径）"
        else:
            verdict = "予以立案"
        if i in (inj["civil_registered"], inj["anon_registered"], inj["no_interest_registered"]):
            verdict = "予以立案"
        if i == inj["civil_no_guide"]:
            verdict = "不予立案"
        if i == inj["quality_refused"]:
            verdict = "不予立案"
        if kind == "其他":
            verdict = "不予立案（已告知诉讼途径）"
            reason, purpose, demand, evidence = ("物业公司不维修电梯", "要求更换物业", "责令物业公司维修", "照片")
        verdict_at = reg + timedelta(days=rng.randint(0, 5))
        refuse_reason = {"不予立案": "匿名投诉" if anonymous else ("已向法院起诉" if court != "无" else ""),
                         "不予立案（已告知诉讼途径）": "不属于工程质量投诉，已告知可向人民法院起诉",
                         "转举报办理": "与投诉人无直接利害关系，按举报件办理"}.get(verdict, "")
        if i == inj["civil_no_guide"]:
            refuse_reason = "属邻里纠纷"
        if i == inj["quality_refused"]:
            refuse_reason = "保修纠纷，建议与开发商协商"

        # handling and closure, registered cases only
        handle_at = close_at = report_at = None
        handler_body = ""
        joint = "否"
        joint_depts = ""
        officer = ""
        opinion = ""
        signature = ""
        if verdict == "予以立案":
            officer = rng.choice(officers)
            handler_body = "县质监站"
            handle_at = verdict_at + timedelta(days=rng.randint(1, 8))
            opinion = rng.choice(["已下达整改通知书，责令施工单位限期维修", "委托检测机构检测，责令按检测结论整改",
                                  "约谈建设单位，督促保修期内维修", "现场核查属实，已责令返工"])
            if rng.random() < 0.15 or i == inj["joint_no_depts"]:
                joint = "是"
                joint_depts = "" if i == inj["joint_no_depts"] else rng.choice(joint_options)
            if handle_at > CUTOFF:             # registered at the end of June, site visit not yet made
                handle_at = None
            closed = (rng.random() < 0.78 or i in must_close) and i not in open_case and handle_at is not None
            close_at = handle_at + timedelta(days=rng.randint(5, 35)) if closed else None
            if close_at and close_at > CUTOFF:
                close_at = None if i not in must_close else handle_at + timedelta(days=3)
            if close_at:
                signature = rng.choice(["朱建明", "朱建明", "朱建明", "孙涛（副站长代签）"])
                if source == "省质监总站转办":
                    report_at = close_at - timedelta(days=rng.choice([0, 0, 1, 2]))
            if i == inj["town_handles"]:
                handler_body = "城东镇建设管理所"
            if i == inj["close_before_handle"]:
                close_at = handle_at - timedelta(days=3)
            if i == inj["no_signature"]:
                signature = ""
            if i == inj["transfer_no_report"]:
                report_at = None
        if i == inj["trap_transfer_open"]:
            assert close_at is None and verdict == "予以立案"

        row = Case()
        row["序号"] = i + 1
        row["投诉编号"] = f"淮建质投〔2025〕{i + 1:03d}号"
        row["登记日期"] = _dot(reg)
        row["来源"] = source
        row["署名"] = "匿名" if anonymous else "实名"
        row["投诉人"] = "匿名" if anonymous else _name(rng)
        row["身份证明"] = "" if anonymous or i == inj["no_id"] else \
            f"身份证 3209{rng.randint(20, 29)}********{rng.randint(1000, 9999)}"
        row["联系电话"] = "" if anonymous else _mobile(rng)
        row["与工程关系"] = relation
        row["直接利害关系"] = "无" if no_interest else "有"
        row["工程名称"] = proj + ("" if "小区" in proj or "楼" in proj or "操场" in proj or "改造" in proj
                                   else f"{rng.randint(1, 18)}#楼")
        row["工程地点"] = town
        row["工程状态"] = status
        row["建设单位"] = builder
        row["施工单位"] = contractor
        row["事项性质"] = "工程质量" if kind == "quality" else kind
        row["涉诉情况"] = court
        row["投诉理由"] = reason
        row["投诉目的"] = purpose
        row["请求处理事项"] = "" if i == inj["no_demand"] else demand
        row["投诉书"] = "接待笔录" if source == "来访" and rng.random() < 0.4 else "已提交"
        row["证据材料"] = "" if i == inj["no_evidence"] else evidence
        row["接收机构"] = "县质监站"
        row["受理意见"] = verdict
        row["意见日期"] = _dot(verdict_at)
        row["不予立案理由"] = refuse_reason
        row["承办机构"] = handler_body
        row["承办人"] = officer
        row["需会同处理"] = joint if verdict == "予以立案" else ""
        row["会同部门"] = joint_depts
        row["现场核查日期"] = _dot(handle_at)
        row["处理意见"] = opinion
        row["结案日期"] = _dot(close_at)
        row["负责人签批"] = signature
        row["报省站备案日期"] = _dot(report_at)
        row["备注"] = rng.choice(["", "", "", "", "已电话回复投诉人", "投诉人要求书面答复", "同一楼栋已有类似投诉"])
        rows.append(row)

    # a repeated number: the clerk copied the previous row to start a new one and did not change the number
    dup_dst = inj["dup"]
    dup_src = max(k for k in range(dup_dst) if k not in inj.values())
    rows[dup_dst]["投诉编号"] = rows[dup_src]["投诉编号"]
    if injected is not None:
        injected += [(rows[inj[w]]["投诉编号"], w) for w in inj if not w.startswith("trap")]

    hand = {
        "procedure": "s43-jiangsu-construction-quality-complaints",
        "encoding": "gb18030",
        "columns": {
            "投诉编号": "case_number",
            "登记日期": "review_at",
            "来源": "transferred_by_province",
            "署名": "anonymous",
            "投诉人": "complainant",
            "身份证明": "id_number",
            "与工程关系": "interest_relation",
            "直接利害关系": "direct_interest",
            "事项性质": "category",
            "涉诉情况": "in_judicial_process",
            "投诉理由": "complaint_reason",
            "投诉目的": "complaint_purpose",
            "请求处理事项": "demand",
            "证据材料": "evidence",
            "接收机构": "review_by",
            "承办机构": "handle_by",
            "承办人": "close_by",
            "需会同处理": "needs_joint_handling",
            "会同部门": "joint_depts",
            "现场核查日期": "handle_at",
            "结案日期": "close_at",
            "负责人签批": "head_signature",
            "报省站备案日期": "report_to_province_at",
        },
        "values": {
            "transferred_by_province": {"省质监总站转办": True, "来访": False, "来信": False, "12345转办": False,
                                        "信访局交办": False},
            "anonymous": {"匿名": True, "实名": False},
            "direct_interest": {"有": True, "无": False},
            "category": {"工程质量": "quality", "房产纠纷": "real_estate_dispute", "邻里纠纷": "neighbour_dispute",
                         "拆迁补偿": "demolition_compensation", "拆迁安置": "demolition_resettlement",
                         "阻挠建设": "obstruct_construction"},
            "in_judicial_process": {"无": False, "已起诉": True, "已判决": True},
            "needs_joint_handling": {"是": True, "否": False},
        },
        "roles": {"县质监站": "complaint_body", "质监站 陈立": "case_officer", "质监站 顾海峰": "case_officer",
                  "质监站 邵敏": "case_officer", "质监站 刘晓东": "case_officer"},
        "outcomes": {"受理意见": {"date": "意见日期",
                                  "steps": {"予以立案": "register", "不予立案（已告知诉讼途径）": "guide_to_court",
                                            "转举报办理": "handle_as_report"}}},
    }
    return rows, hand


# --- 65: L1, a furniture e-shop's after-sales tickets ----------------------------------------------------------------

def e65_l1_furniture_after_sales(rng, injected=None):
    """栖木家居（实木家具网店，天猫 / 京东 / 抖音 / 拼多多四个店铺）ERP“售后单”导出（XLSX，日期是真正的日期时间单元格），
    按 L1《消费者权益保护法》审计。售后类型：退货退款 / 仅退款 / 换货 / 维修 / 补发配件；申请原因：七天无理由退货 / 质量问题 /
    与商品描述不符 / 物流破损 / 少件漏发 / 发货延迟（后两种与退货依据无关，映射为空）。
    “售后类型”是结论列：只有“退货退款”是消费者提出退货（return_request），日期取“申请时间”（用 outcomes）；仅退款、换货、维修
    不是退货。大件家具走德邦/安能物流退回，“仓库签收时间”是仓库收到退回商品的时间。
    事先按原文写下的列：售后单号（原拟“工单号”）、平台、原始订单号、买家昵称、商品名称、规格、是否定制、签收时间、申请时间、
    售后类型、申请原因、问题描述、处理状态、受理客服、售后专员、退货物流单号、仓库签收时间、退款时间、退款金额、上门日期、
    完结时间、备注；写代码时另加了与制度无关的“收货人手机”（打码）。
    读过制度 YAML 后补的列：下单确认不支持7天无理由（商品页勾选项，confirmed_not_returnable）、退换承诺（店铺对该商品的
    “30天质量包退”约定，state_rule_or_agreement）、质检结论（售后主管判定“严重质量问题，无法修复”即符合解除合同条件，
    contract_termination_conditions_met）、安全隐患（defect_endangers_safety）、上报市监局日期、风险告知时间（短信告知同批次买家）、
    下架/召回时间。
    注入：售后单号重复 1 对；七天无理由退货仓库签收后超过七日才退款 2 件、仓库签收后至今未退款 1 件；七天无理由退货已退款却没有
    仓库签收记录 1 件；定制沙发按七天无理由退款 1 件；下单确认不支持七天无理由的清仓特价款按七天无理由退款 1 件；
    签收 11 天后才申请七天无理由仍退款 1 件；质量问题签收 20 多天后申请、无退货约定、质检可维修却退货退款 1 件；
    安全隐患未上报市监局 1 件、未告知买家 1 件、未下架召回 1 件；退款时间早于申请时间 1 件；申请原因“其他”1 件；
    是否定制写成“半定制”1 件。
    陷阱（不是问题）：极速退款（仓库签收前先退款）；仓库签收后第七天晚上退款；签收第七天申请七天无理由；定制商品因质量问题退货；
    签收 7 天后有“30天质量包退”承诺的质量退货；质检判定无法修复的质量退货；质量问题退货退款超过七日（法律没有给这类退款期限）；
    仓库签收不满七日、到导出时还没退款的；仅退款的少件漏发、发货延迟；没有安全隐患的不上报。
    """
    n = 70
    slots = _slots(rng, 3, 58)
    inj = {}
    for what in ("dup", "late_a", "late_b", "never_refunded", "no_receipt", "custom_refunded", "confirmed_refunded",
                 "nr_after_7", "quality_no_termination", "safety_no_report", "safety_no_inform", "safety_no_measures",
                 "refund_before_request", "other_reason", "half_custom",
                 "trap_express", "trap_day7_refund", "trap_day7_request", "trap_custom_quality",
                 "trap_promise", "trap_unrepairable", "trap_quality_slow", "trap_open_return", "trap_safety_ok"):
        inj[what] = slots.pop()
    no_reason_cases = {inj[w] for w in ("late_a", "late_b", "never_refunded", "no_receipt", "custom_refunded",
                                        "confirmed_refunded", "nr_after_7", "refund_before_request", "trap_express",
                                        "trap_day7_refund", "trap_day7_request", "trap_open_return")}
    quality_return_cases = {inj[w] for w in ("quality_no_termination", "trap_custom_quality", "trap_promise",
                                             "trap_unrepairable", "trap_quality_slow")}
    safety_cases = {inj[w] for w in ("safety_no_report", "safety_no_inform", "safety_no_measures", "trap_safety_ok")}

    products = [("北美黑胡桃木实木床", "1.8m*2.0m", 6980), ("意式极简真皮沙发", "三人位 2.6m", 8999),
                ("白橡木伸缩餐桌", "1.4-1.8m", 3299), ("实木五斗柜", "80cm 胡桃色", 1899),
                ("电动升降书桌", "1.4m 双电机", 2599), ("儿童实木上下床", "1.5m 带护栏", 4599),
                ("岩板茶几", "1.3m 钢化玻璃底托", 1599), ("布艺模块沙发", "四人位 科技布", 5699),
                ("实木床头柜", "45cm 原木色", 699), ("衣柜推拉门", "2.0m 四门", 5299)]
    custom_labels = ["否", "否", "否", "否", "是（尺寸定制）", "是（面料定制）"]
    platforms = [("天猫", 45), ("京东", 25), ("抖音", 18), ("拼多多", 12)]
    agents = ["客服-小满", "客服-阿棠", "客服-青禾", "客服-木木", "客服-七七"]
    specialists = ["售后 周磊", "售后 韩雪", "售后 邓国庆"]
    safety_texts = ["电动升降书桌电机过热冒烟", "钢化玻璃茶几底托自爆", "儿童上下床护栏螺丝脱落、护栏松动",
                    "五斗柜未配防倾倒件，拉开抽屉柜体前倾"]

    rows = []
    day = datetime(2025, 1, 4, 9, 0)
    for i in range(n):
        day = day + timedelta(hours=rng.choice([36, 48, 50, 60, 72]))
        if day > datetime(2025, 6, 14):
            day = datetime(2025, 6, 14) - timedelta(days=rng.randint(0, 20))
        prod, spec, price = rng.choice(products)
        custom = rng.choice(custom_labels)
        received = day.replace(hour=rng.randint(9, 19), minute=rng.randint(0, 59))
        # the kind of ticket
        if i in no_reason_cases:
            kind, reason = "退货退款", "七天无理由退货"
        elif i in quality_return_cases:
            kind, reason = "退货退款", pick(rng, [("质量问题", 3), ("与商品描述不符", 1)])
        elif i in safety_cases:
            kind, reason = pick(rng, [("换货", 1), ("维修", 1)]), "质量问题"
        else:
            kind = pick(rng, [("维修", 25), ("换货", 10), ("补发配件", 15), ("仅退款", 15), ("退货退款", 20)])
            reason = {"维修": "质量问题", "换货": pick(rng, [("质量问题", 2), ("物流破损", 2)]),
                      "补发配件": "少件漏发", "仅退款": pick(rng, [("少件漏发", 1), ("发货延迟", 1)]),
                      "退货退款": pick(rng, [("七天无理由退货", 3), ("物流破损", 1)])}[kind]
        if i == inj["other_reason"]:
            kind, reason = "退货退款", "其他"
        if reason == "七天无理由退货" and i not in (inj["custom_refunded"], inj["half_custom"]):
            custom = "否"
        if i == inj["custom_refunded"]:
            prod, spec, price, custom = "意式极简真皮沙发", "定制 2.9m 三人位", 10999, "是（尺寸定制）"
        if i == inj["trap_custom_quality"]:
            custom = "是（面料定制）"
        if i == inj["half_custom"]:
            custom = "半定制"
        if i in safety_cases:
            prod, spec, price = {0: ("电动升降书桌", "1.4m 双电机", 2599), 1: ("岩板茶几", "1.3m 钢化玻璃底托", 1599),
                                 2: ("儿童实木上下床", "1.5m 带护栏", 4599),
                                 3: ("实木五斗柜", "80cm 胡桃色", 1899)}[sorted(safety_cases).index(i)]
        confirmed = "是" if i == inj["confirmed_refunded"] or (custom.startswith("是") and rng.random() < 0.5) else "否"
        if i == inj["custom_refunded"]:
            confirmed = "否"
        if i == inj["confirmed_refunded"]:
            prod, spec, price = "实木床头柜", "45cm 原木色（清仓特价）", 399
        promise = "30天质量包退" if i == inj["trap_promise"] or rng.random() < 0.2 else "无"
        if i in (inj["quality_no_termination"], inj["trap_unrepairable"], inj["trap_quality_slow"]):
            promise = "无"

        # request time
        delay_days = rng.randint(0, 5)
        if reason == "七天无理由退货":
            delay_days = rng.randint(0, 6)
        if i == inj["nr_after_7"]:
            delay_days = 11
        if i == inj["trap_day7_request"]:
            delay_days = 7
        if i == inj["refund_before_request"]:
            delay_days = 4
        if i in (inj["quality_no_termination"], inj["trap_promise"], inj["trap_unrepairable"]):
            delay_days = rng.randint(18, 26)
        if kind in ("维修", "换货", "补发配件") and i not in safety_cases:
            delay_days = rng.randint(0, min(60, (CUTOFF - received).days - 2))
        request = received + timedelta(days=delay_days, hours=rng.uniform(-6, 6))
        if i == inj["trap_day7_request"]:
            request = (received + timedelta(days=7)).replace(hour=22, minute=40)
        if request < received:
            request = received + timedelta(hours=rng.uniform(1, 5))
        if kind == "仅退款" and reason == "发货延迟":
            received = None                  # refunded before the goods were delivered

        verdict = ""
        if reason in ("质量问题", "与商品描述不符", "物流破损"):
            verdict = pick(rng, [("可维修", 3), ("严重质量问题，无法修复", 1)])
        if i == inj["quality_no_termination"]:
            verdict = "可维修"
        if i == inj["trap_unrepairable"]:
            verdict = "严重质量问题，无法修复"
        if reason == "七天无理由退货":
            verdict = "商品完好"
        safety = "是" if i in safety_cases else "否"

        # the return leg and refund
        back = refund = None
        logistics = ""
        if kind == "退货退款":
            logistics = rng.choice(["德邦 DPK", "安能 AN", "顺丰 SF"]) + "".join(rng.choice("0123456789") for _ in range(10))
            back = (request + timedelta(days=rng.randint(3, 9))).replace(hour=rng.randint(8, 17),
                                                                          minute=rng.randint(0, 59))
            refund = back + timedelta(days=rng.uniform(0.2, 4))
            if i in (inj["late_a"], inj["late_b"]):
                refund = back + timedelta(days=rng.randint(10, 16), hours=rng.randint(1, 6))
            if i == inj["never_refunded"]:
                back = datetime(2025, 6, 9, 15, 20) - timedelta(days=rng.randint(0, 6))
                request = back - timedelta(days=5)
                received = request - timedelta(days=3)
                refund = None
            if i == inj["no_receipt"]:
                back = None
            if i == inj["trap_express"]:
                refund = request + timedelta(hours=rng.uniform(1, 20))   # 极速退款
                back = (request + timedelta(days=6)).replace(hour=14, minute=12)
            if i == inj["trap_day7_refund"]:
                refund = (back + timedelta(days=7)).replace(hour=21, minute=15)
            if i == inj["trap_quality_slow"]:
                refund = back + timedelta(days=rng.randint(12, 18))
            if i == inj["trap_open_return"]:
                back = datetime(2025, 6, 27, 10, 5)
                request = back - timedelta(days=4)
                received = request - timedelta(days=2)
                refund = None
            if i == inj["refund_before_request"]:
                refund = request - timedelta(days=1, hours=3)
            if refund and refund > CUTOFF:
                refund = None if i not in no_reason_cases | quality_return_cases else CUTOFF - timedelta(hours=5)
            if back and back > CUTOFF:
                back = CUTOFF - timedelta(days=1)
        elif kind == "仅退款":
            refund = request + timedelta(hours=rng.uniform(2, 48))

        report = inform = measures = None
        if safety == "是":
            report = request + timedelta(days=rng.uniform(0.5, 2))
            inform = request + timedelta(days=rng.uniform(0.2, 1.5))
            measures = request + timedelta(hours=rng.uniform(2, 30))
            if i == inj["safety_no_report"]:
                report = None
            if i == inj["safety_no_inform"]:
                inform = None
            if i == inj["safety_no_measures"]:
                measures = None

        visit = None
        if kind == "维修":
            visit = request + timedelta(days=rng.uniform(2, 10))
            visit = None if visit > CUTOFF else visit          # the fitter has not been yet
        done_at = max([t for t in (refund, visit, back) if t] or [request]) + timedelta(hours=rng.uniform(2, 30))
        finished = done_at < CUTOFF and not (kind == "退货退款" and refund is None)
        if not finished:
            done_at = None
        status = "已完结" if finished else pick(rng, [("处理中", 3), ("待仓库收货", 1)])
        if kind == "退货退款" and refund is None and back is not None:
            status = "待退款"

        row = Case()
        row["售后单号"] = f"SH{request:%y%m%d}{i + 1:04d}"
        row["平台"] = pick(rng, platforms)
        row["原始订单号"] = "".join(rng.choice("0123456789") for _ in range(18))
        row["买家昵称"] = rng.choice(["t_15", "jd_", "dy", "pdd"]) + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789")
                                                                         for _ in range(8))
        row["收货人手机"] = _mobile(rng)[:3] + "****" + _mobile(rng)[-4:]
        row["商品名称"] = prod
        row["规格"] = spec
        row["是否定制"] = custom
        row["下单确认不支持7天无理由"] = confirmed
        row["退换承诺"] = promise
        row["签收时间"] = received
        row["申请时间"] = request
        row["售后类型"] = kind
        row["申请原因"] = reason
        row["问题描述"] = safety_texts[sorted(safety_cases).index(i)] if safety == "是" else {
            "七天无理由退货": rng.choice(["颜色与家里装修不搭", "尺寸放不下", "不想要了", "家人不喜欢"]),
            "质量问题": rng.choice(["床板异响", "抽屉滑轨卡顿", "漆面起泡", "沙发坐垫塌陷", "桌腿开裂"]),
            "与商品描述不符": rng.choice(["实物颜色偏深", "材质不是描述的全实木"]),
            "物流破损": rng.choice(["到货包装破损，桌角磕坏", "岩板边角崩裂"]),
            "少件漏发": rng.choice(["少两颗床头螺丝", "缺少抽屉把手"]),
            "发货延迟": "超过承诺发货时间未发货",
            "其他": "买家要求退货，原因未填写",
        }[reason]
        row["质检结论"] = verdict
        row["安全隐患"] = safety
        row["上报市监局日期"] = report.replace(hour=0, minute=0) if report else None
        row["风险告知时间"] = inform
        row["下架/召回时间"] = measures
        row["处理状态"] = status
        row["受理客服"] = rng.choice(agents)
        row["售后专员"] = rng.choice(specialists)
        row["退货物流单号"] = logistics
        row["仓库签收时间"] = back
        row["退款时间"] = refund
        row["退款金额"] = price if refund and kind == "退货退款" else (rng.choice([30, 50, 80, 120]) if refund else None)
        row["上门日期"] = visit.replace(hour=0, minute=0) if visit else None
        row["完结时间"] = done_at
        row["备注"] = rng.choice(["", "", "", "", "买家已上传照片", "催促退款", "大件物流上门取件"])
        if i == inj["trap_express"]:
            row["备注"] = "极速退款"
        rows.append(row)

    _minutes(rows)
    # a repeated ticket number: a ticket re-opened by the ERP import got the original's number
    dup_src = max(k for k in range(inj["dup"]) if k not in inj.values())
    rows[inj["dup"]]["售后单号"] = rows[dup_src]["售后单号"]
    if injected is not None:
        injected += [(rows[inj[w]]["售后单号"], w) for w in inj if not w.startswith("trap")]

    hand = {
        "procedure": "l1-consumer-rights-protection-law",
        "sheet": "导出",
        "columns": {
            "售后单号": "case_number",
            "是否定制": "goods_type",
            "下单确认不支持7天无理由": "confirmed_not_returnable",
            "退换承诺": "state_rule_or_agreement",
            "签收时间": "goods_received_at",
            "申请原因": "return_basis",
            "质检结论": "contract_termination_conditions_met",
            "安全隐患": "defect_endangers_safety",
            "上报市监局日期": "report_defect_at",
            "风险告知时间": "inform_consumer_defect_at",
            "下架/召回时间": "defect_measures_at",
            "仓库签收时间": "returned_goods_received_at",
            "退款时间": "refund_at",
        },
        "values": {
            "goods_type": {"否": "other", "是（尺寸定制）": "custom_made", "是（面料定制）": "custom_made"},
            "confirmed_not_returnable": {"是": True, "否": False},
            "state_rule_or_agreement": {"30天质量包退": True, "无": False},
            "return_basis": {"七天无理由退货": "no_reason", "质量问题": "quality", "与商品描述不符": "quality",
                             "物流破损": "quality", "少件漏发": "", "发货延迟": ""},
            "contract_termination_conditions_met": {"严重质量问题，无法修复": True, "可维修": False, "商品完好": ""},
            "defect_endangers_safety": {"是": True, "否": False},
        },
        "outcomes": {"售后类型": {"date": "申请时间", "steps": {"退货退款": "return_request"}}},
    }
    return rows, hand


EXPORTS = [
    ("64-s43-county-quality-complaint-register.csv", "gbk", e64_s43_county_register),
    ("65-l1-furniture-after-sales-tickets.xlsx", "xlsx", e65_l1_furniture_after_sales),
]
