"""Starter-profile benchmark exports 202-203 (set 35a), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 202 203    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

# STEP 1 (written before opening the procedure YAML)
#
# 202  海沧区建设工程质量安全监督站 -- office case system (OA 办公系统 "质量投诉登记" module), XLSX, Excel date cells.
#      登记编号, 来件日期, 来件方式, 值班科室, 值班人, 投诉人, 联系电话, 工程报建名称, 房号, 与产权人关系,
#      投诉内容, 投诉人诉求, 是否受理, 不予受理原因, 报主办时间, 主办人, 办理状态, 办结日期, 备注, 录入人, 录入时间
#
# 203  扬中市住房和城乡建设局 工程质量投诉台账 (paper ledger typed up), CSV GB18030, dates spelled 2025.03.04.
#      序号, 收件日期, 来源, 投诉人, 联系电话, 工程名称, 部位/房号, 建设单位（开发商）, 施工单位, 竣工验收日期,
#      是否已与建设单位协商, 反映问题, 受理意见, 承办人, 现场核查日期, 处理结果, 反馈上级日期, 办结日期, 备注, 登记人

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _workdays(lo, hi):
    out, d = [], lo
    while d <= hi:
        if workday(d):
            out.append(d)
        d += timedelta(days=1)
    return out


def _at(rng, d, lo_h, hi_h):
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _office(t):
    """Move a time into office hours (8:30-17:30 on a working day), whole minutes."""
    t = t.replace(second=0, microsecond=0)
    if t.hour < 8 or (t.hour == 8 and t.minute < 30):
        t = t.replace(hour=8, minute=30 + t.minute % 25)
    elif t.hour > 17 or (t.hour == 17 and t.minute > 30):
        t = (t + timedelta(days=1)).replace(hour=8, minute=30 + t.minute % 25)
    while not workday(t.date()):
        t = (t + timedelta(days=1)).replace(hour=8, minute=30 + t.minute % 25)
    return t


def _dot(d):
    return None if d is None else f"{d.year}.{d.month:02d}.{d.day:02d}"


def e202_s37_xiamen_quality_station_oa(rng, injected=None):
    """海沧区建设工程质量安全监督站 质量投诉登记（OA 办公系统“质量投诉登记”模块导出，XLSX，Excel 日期时间单元格）。

    系统：站里的 OA 办公系统，各监督科室轮流到投诉窗口值班，值班人在 OA 里登记来件，审查是否受理，受理的报站里的
    主办人员。导出表一行一件，日期为 Excel 日期时间单元格。
    步骤 1 写下的表头：登记编号、来件日期、来件方式、值班科室、值班人、投诉人、联系电话、工程报建名称、房号、
    与产权人关系、投诉内容、投诉人诉求、是否受理、不予受理原因、报主办时间、主办人、办理状态、办结日期、备注、
    录入人、录入时间。
    读过制度 YAML 后补的列：是否同意整改、二次装修造成、未验收即交付、保修期内、属质量缺陷、已进入诉讼
    （OA 受理审查页的勾选项，均写 是/否 或 同意/不同意）。
    是否受理 一列是结论：受理 → 记录（record），不予受理 → 建议其他途径（refer_elsewhere），日期都取 录入时间；
    空白（值班人未作结论）不对应任何环节。值班人、主办人、录入人 记人名，不映射角色。

    注入（按规则 id，发现条数）：
      compensation_or_exchange 1（要求退房仍受理）、secondary_decoration_defect 1（二次装修造成仍受理）、
      outside_warranty 1（超保修期仍受理）；这三件同时缺“建议其他途径”：advised_other_routes 3；
      另 1 件已进入诉讼、值班人未作受理结论：advised_other_routes 1 + in_scope_recorded 1（合计 advised_other_routes 4）；
      in_scope_recorded 另 1 件（普通来件未作结论；合计 2）；
      report_to_case_officer 3（受理后未报主办）；record_contact 1、record_relation_to_owner 2、record_house 1；
      receive-record 1（录入时间早于来件日期，来件日期录错）；record-report 1（先电话报主办、后补录系统）；
      is_quality_defect 取值无效 1（“待鉴定”）。
    陷阱（不是违规）：不予受理的件联系电话/与产权人关系空白、未报主办（只对受理件要求）；报主办时间与录入时间同一分钟；
      投诉人诉求为“要求整改”且同意整改的正常受理件；不予受理的件都写了不予受理原因并逐项勾选情形。
    """
    taken: set = set()
    staff = distinct_names(rng, 8, taken)
    duty = {"监督一科": staff[0:2], "监督二科": staff[2:4], "监督三科": staff[4:6], "安全监督科": [staff[6]]}
    hosts = [staff[7]] + distinct_names(rng, 1, taken)
    projects = [
        ("马銮湾新城B12地块住宅项目", "{b}号楼{f}0{u}室"), ("新阳安置房二期", "{b}#楼{f}0{u}"),
        ("东孚保障性住房一期", "{b}幢{f}0{u}单元"), ("嵩屿花园三期", "{b}号楼{f}0{u}室"),
        ("天湖苑商住楼", "A{b}栋{f}0{u}"), ("海沧湾锦园", "{b}号楼{f}0{u}室"),
        ("霞阳社区安置房", "{b}#-{f}0{u}"), ("翁角路商品住宅（锦绣里）", "{b}号楼{f}0{u}室"),
    ]
    defects = ["卫生间楼板渗漏，楼下天花板发霉", "外墙渗水，卧室墙面起皮", "客厅楼板出现贯通裂缝", "地面空鼓、起砂",
               "铝合金窗框渗水", "阳台栏杆松动", "屋面防水失效，顶层漏雨", "地下室顶板渗水", "墙体多处斜向裂缝",
               "排水立管接口漏水", "入户门框变形，门关不严", "厨房墙砖空鼓脱落"]
    channels = [("来访", 5), ("来电", 5), ("来信", 2), ("电子邮件", 2), ("传真", 1)]
    relations = [("本人", 10), ("配偶", 3), ("父母", 2), ("子女", 2), ("承租人", 1), ("委托代理人", 1)]

    kinds = (["ok"] * 15 + ["ok_samemin"] +
             ["ref_decor", "ref_warranty", "ref_comp", "ref_noaccept", "ref_notdefect", "ref_litig",
              "ref_unaccepted", "ref_notdefect"] +
             ["acc_decor", "acc_return", "acc_warranty", "pend_litig", "pending",
              "noreport", "noreport", "noreport", "nocontact", "norel", "norel", "nohouse",
              "rec_before_recv", "report_before_rec", "badval"])
    rng.shuffle(kinds)
    days = sorted(rng.sample(_workdays(date(2025, 1, 3), date(2025, 6, 20)), len(kinds)))

    rows = []
    for i, (kind, d) in enumerate(zip(kinds, days), start=1):
        section = rng.choice(list(duty))
        officer = rng.choice(duty[section])
        ch = pick(rng, channels)
        recv = _at(rng, d, 8.6, 17.0)
        if ch in ("来访", "来电"):
            rec = recv + timedelta(minutes=rng.randint(8, 75))
        else:
            rec = _office(recv + timedelta(minutes=rng.randint(40, 60 * 20)))
        rep = _office(rec + timedelta(minutes=rng.randint(15, 60 * 22)))
        proj, fmt = rng.choice(projects)
        house = fmt.format(b=rng.randint(1, 18), f=rng.randint(2, 28), u=rng.randint(1, 4))
        c = {
            "demand": "要求整改", "agree": "同意", "decor": "否", "noacc": "否", "warr": "是", "defect": "是",
            "litig": "否", "verdict": "受理", "reason": "", "content": rng.choice(defects),
        }
        rel = pick(rng, relations)
        phone = mobile(rng)
        report = rep
        remark = rng.choice(["", "", "", "", "已转监督科现场核查", "投诉人要求书面答复", "附现场照片", "同楼栋多户反映"])
        if kind.startswith("ref_"):
            c["verdict"] = "不予受理"
            report = None
            if kind == "ref_decor":
                c.update(decor="是", content="自行改造卫生间后楼下渗漏", reason="系业主二次装修造成，已建议与装修单位协商或诉讼解决")
            elif kind == "ref_warranty":
                c.update(warr="否", content="屋面渗漏（交房已满7年）", reason="已超过防水工程保修期限，已建议通过民事途径解决")
            elif kind == "ref_comp":
                c.update(demand="要求赔偿", content="墙面开裂，要求开发商赔偿损失", reason="投诉人要求经济赔偿，已建议申请仲裁或诉讼")
            elif kind == "ref_noaccept":
                c.update(agree="不同意", content="地面空鼓，不同意施工单位返修，要求更换施工队",
                         reason="投诉人不同意责任方整改，已建议通过其他途径解决")
            elif kind == "ref_notdefect":
                c.update(defect="否", demand="其他", content=rng.choice(["物业费收取标准有异议", "开发商逾期交房", "车位配比与宣传不符"]),
                         reason="非工程质量缺陷，已告知向住建局物业科/市场监管部门反映")
            elif kind == "ref_litig":
                c.update(litig="是", content="楼板裂缝，已向法院起诉开发商", reason="已进入司法诉讼程序，已建议待判决")
            elif kind == "ref_unaccepted":
                c.update(noacc="是", content="交房时未竣工验收，入住后外墙渗水", reason="工程未经竣工验收交付使用，已建议向建设局执法部门反映")
            if rng.random() < 0.35:
                rel = ""                       # trap: not required for cases not recorded as accepted
            if rng.random() < 0.2:
                phone = ""
        elif kind == "acc_decor":
            c.update(decor="是", content="卫生间改造后渗漏，业主坚持认为防水层施工质量差")
            remark = "业主坚持要求站里协调"
        elif kind == "acc_return":
            c.update(demand="要求退房", content="客厅楼板裂缝，要求退房")
        elif kind == "acc_warranty":
            c.update(warr="否", content="外墙渗水（竣工已满6年）")
            remark = "开发商已不存在，业主要求协调"
        elif kind == "pend_litig":
            c.update(litig="是", verdict="", content="地下室渗水，已起诉开发商，要求站里出具意见")
            report = None
        elif kind == "pending":
            c.update(verdict="")
            report = None
        elif kind == "noreport":
            report = None
        elif kind == "nocontact":
            phone = ""
        elif kind == "norel":
            rel = ""
        elif kind == "nohouse":
            house = ""
        elif kind == "rec_before_recv":
            # 来件日期录错：实际来件日早一个月，系统里写成了后一个月
            recv = recv + timedelta(days=rng.choice([28, 31]))
            rec = recv - timedelta(days=rng.choice([28, 31])) + timedelta(minutes=rng.randint(8, 60))
            report = _office(rec + timedelta(hours=rng.randint(1, 20)))
        elif kind == "report_before_rec":
            # 先电话报告主办人员，隔天才补录系统
            report = recv + timedelta(minutes=rng.randint(10, 40))
            rec = _office(recv + timedelta(days=1, minutes=rng.randint(0, 120)))
            remark = "先电话报告主办，次日补录"
        elif kind == "badval":
            c.update(defect="待鉴定", content="楼板裂缝，是否属结构缺陷待检测鉴定")
        elif kind == "ok_samemin":
            report = rec
            remark = "当场报告主办"
        if c["verdict"] == "":
            status = "待审核"
        elif c["verdict"] == "不予受理":
            status = "已告知"
        else:
            status = "已办结" if rng.random() < 0.6 and d < date(2025, 6, 1) else "办理中"
        closed = None
        if status == "已办结":
            closed = _office(rec + timedelta(days=rng.randint(7, 25), hours=rng.randint(0, 6)))
            if closed > CUTOFF:
                closed, status = None, "办理中"
        if status == "已告知":
            closed = rec
        for t in (recv, rec, report, closed):
            assert t is None or t <= CUTOFF, (i, kind)
        rows.append({
            "登记编号": f"海质投〔2025〕{i:03d}号",
            "来件日期": recv,
            "来件方式": ch,
            "值班科室": section,
            "值班人": officer,
            "投诉人": person_name(rng),
            "联系电话": phone,
            "工程报建名称": proj,
            "房号": house,
            "与产权人关系": rel,
            "投诉内容": c["content"],
            "投诉人诉求": c["demand"],
            "是否同意整改": c["agree"],
            "二次装修造成": c["decor"],
            "未验收即交付": c["noacc"],
            "保修期内": c["warr"],
            "属质量缺陷": c["defect"],
            "已进入诉讼": c["litig"],
            "是否受理": c["verdict"],
            "不予受理原因": c["reason"],
            "报主办时间": report,
            "主办人": rng.choice(hosts) if report else "",
            "办理状态": status,
            "办结日期": closed,
            "备注": remark,
            "录入人": officer if rng.random() < 0.85 else rng.choice(staff[:7]),
            "录入时间": rec,
        })

    yn = {"是": "yes", "否": "no"}
    hand = {
        "procedure": "s37-xiamen-construction-quality-complaints",
        "sheet": "导出",
        "columns": {
            "登记编号": "case_number",
            "来件日期": "receive_at",
            "来件方式": "channel",
            "投诉人": "complainant",
            "联系电话": "contact_phone",
            "工程报建名称": "project_name",
            "房号": "address",
            "与产权人关系": "relation_to_owner",
            "投诉人诉求": "demanded_remedy",
            "是否同意整改": "accepts_rectification",
            "二次装修造成": "secondary_decoration",
            "未验收即交付": "delivered_without_acceptance",
            "保修期内": "within_warranty",
            "属质量缺陷": "is_quality_defect",
            "已进入诉讼": "in_litigation",
            "报主办时间": "report_at",
        },
        "values": {
            "channel": {"来信": "letter", "电子邮件": "email", "传真": "fax", "来访": "visit", "来电": "phone"},
            "demanded_remedy": {"要求整改": "rectification", "要求赔偿": "compensation", "要求换房": "exchange_house",
                                "要求退房": "return_house", "其他": ""},
            "accepts_rectification": {"同意": "yes", "不同意": "no"},
            "secondary_decoration": dict(yn),
            "delivered_without_acceptance": dict(yn),
            "within_warranty": dict(yn),
            "is_quality_defect": dict(yn),
            "in_litigation": dict(yn),
        },
        "outcomes": {
            "是否受理": {"date": "录入时间", "steps": {"受理": "record", "不予受理": "refer_elsewhere"}},
        },
    }
    return rows, hand


def e203_s31_county_bureau_ledger(rng, injected=None):
    """扬中市住房和城乡建设局 工程质量投诉台账（纸质登记簿逐月打字录入 Excel 后另存 CSV，GB18030，日期写作 2025.03.04）。

    系统：县级市住建局投诉窗口的手工台账，每月由窗口人员照登记簿打字录入；序号手工编写，日期只记到日。
    步骤 1 写下的表头：序号、收件日期、来源、投诉人、联系电话、工程名称、部位/房号、建设单位（开发商）、施工单位、
    竣工验收日期、是否已与建设单位协商、反映问题、受理意见、承办人、现场核查日期、处理结果、反馈上级日期、办结日期、
    备注、登记人。
    读过制度 YAML 后补的列：交办单位（上级批转、交办的件写交办单位，直接受理的空白）、向开发商报修日期、
    开发商处理情况、受理日期。
    来源 写来信/来电/来访/电子邮件，上级交办的件写“交办”（方式不适用，映射为空）；承办人、登记人记人名，不映射角色。

    注入（按规则 id，发现条数）：
      developer_contacted_first 4（3 件“是否已与建设单位协商”为否、未记报修日期；1 件写“是”但报修日期空白）；
      report_back_to_superior 3（交办件已办结、未记反馈上级日期）；
      contact_developer-complain 2（投诉人先到局里投诉，经告知后才向开发商报修）；
      complain-accept 1（受理日期早于收件日期，录入笔误）；accept-report_back 1（反馈上级日期早于受理日期，月份录错）；
      case_number 重复 1 组（打字录入时序号重复）。
    陷阱（不是违规）：交办件尚未办结、未反馈（只对已办结的要求反馈）；交办件办理中已先行反馈；报修日期与收件日期同一天；
      不予受理的直接来件；开发商处理情况写“已维修”的件（投诉人对维修结果仍有异议）。
    """
    taken: set = set()
    clerks = distinct_names(rng, 2, taken)
    handlers = distinct_names(rng, 4, taken)
    projects = [
        ("扬中市滨江花园三期", "扬中市滨江置业有限公司", "江苏扬建集团有限公司"),
        ("新坝镇安置小区二期", "扬中市城投建设有限公司", "镇江华东建设工程有限公司"),
        ("三茅街道锦绣华庭", "扬中锦绣房地产开发有限公司", "江苏中润建设有限公司"),
        ("油坊镇中心幼儿园改扩建", "扬中市教育局", "扬中市第二建筑安装工程有限公司"),
        ("长江大道商住楼（东湖名苑）", "扬中东湖置业有限公司", "江苏扬建集团有限公司"),
        ("八桥镇农民集中居住区", "扬中市八桥镇人民政府", "镇江华东建设工程有限公司"),
        ("西来桥镇翠湖苑", "扬中市翠湖房地产开发有限公司", "江苏中润建设有限公司"),
    ]
    problems = ["卫生间渗漏至楼下", "外墙渗水，室内墙面霉变", "楼板裂缝", "地面空鼓开裂", "窗户渗水", "屋面漏雨",
                "阳台栏板开裂", "地下车库顶板渗水", "墙体裂缝", "排水管道堵塞返水", "入户门变形"]
    sources = [("来访", 5), ("来电", 4), ("来信", 2), ("电子邮件", 1)]
    superiors = ["镇江市住建局", "扬中市信访局", "12345热线"]
    dev_status = [("拒绝维修", 3), ("未答复", 3), ("维修后仍渗漏", 3), ("推诿", 1)]

    kinds = (["ok"] * 13 + ["ok_fixed"] + ["ref_ok"] * 5 + ["ref_open"] * 2 + ["ref_open_fb"] +
             ["not_accepted"] * 2 + ["sameday"] +
             ["no_contact"] * 3 + ["yes_nodate"] + ["ref_noreport"] * 3 + ["contact_after"] * 2 +
             ["accept_before"] + ["fb_before_accept"])
    rng.shuffle(kinds)
    days = sorted(rng.sample(_workdays(date(2025, 1, 6), date(2025, 6, 24)), len(kinds)))
    dup_at = rng.randint(10, len(kinds) - 5)      # the typist repeated the previous 序号 here

    rows = []
    no = 0
    for i, (kind, d) in enumerate(zip(kinds, days), start=1):
        no = no if i == dup_at else no + 1
        proj, dev, builder = rng.choice(projects)
        referred = kind.startswith("ref_") or (kind in ("fb_before_accept",))
        src = "交办" if referred else pick(rng, sources)
        contact = d - timedelta(days=rng.randint(6, 150))
        negotiated = "是"
        dstat = pick(rng, dev_status)
        if kind == "ok_fixed":
            dstat = "已维修"
        if kind == "no_contact":
            contact, negotiated, dstat = None, "否", "未联系"
        elif kind == "yes_nodate":
            contact = None
        elif kind == "contact_after":
            contact = d + timedelta(days=rng.randint(1, 5))
            negotiated = "否"
        elif kind == "sameday":
            contact = d
        accepted = kind != "not_accepted"
        accept = d + timedelta(days=rng.randint(0, 4)) if accepted else None
        while accept is not None and not workday(accept):
            accept += timedelta(days=1)
        if kind == "accept_before":
            accept = d - timedelta(days=rng.randint(1, 3))    # typed wrong
        check = accept + timedelta(days=rng.randint(2, 10)) if accepted else None
        closed = check + timedelta(days=rng.randint(3, 30)) if accepted else d + timedelta(days=rng.randint(1, 5))
        open_case = kind in ("ref_open", "ref_open_fb") or (kind == "ok" and rng.random() < 0.25)
        if open_case or (closed and closed > date(2025, 6, 30)):
            closed = None
        if check and check > date(2025, 6, 30):
            check = None
        feedback = None
        if kind == "ref_ok":
            if closed is None:
                closed = check + timedelta(days=rng.randint(1, 5)) if check else None
            feedback = closed
        elif kind == "ref_open_fb":
            feedback = (check or accept) + timedelta(days=1)
        elif kind == "fb_before_accept":
            if closed is None:
                closed = accept + timedelta(days=12)
            feedback = accept - timedelta(days=rng.randint(25, 31))   # 月份录错
        elif kind == "ref_noreport":
            if closed is None:
                closed = accept + timedelta(days=rng.randint(8, 20))
        for t in (contact, accept, check, closed, feedback):
            assert t is None or t <= date(2025, 6, 30), (i, kind, t)
        if kind in ("ref_ok", "ref_noreport", "fb_before_accept"):
            assert closed is not None, (i, kind)
        if accepted:
            result = "已责成建设单位限期维修，复查合格" if closed else "已现场核查，督促建设单位制定维修方案"
            if kind == "ok_fixed" and closed:
                result = "经现场核查维修符合要求，已向投诉人解释"
        else:
            result = rng.choice(["已超过保修期，告知通过民事途径解决", "属物业管理纠纷，告知向物业主管部门反映"])
        remark = rng.choice(["", "", "", "", "多户联名", "已拍照存档", "投诉人要求书面答复"])
        if kind == "contact_after":
            remark = "告知先向开发商报修"
        rows.append({
            "序号": no,
            "收件日期": _dot(d),
            "来源": src,
            "交办单位": rng.choice(superiors) if referred else "",
            "投诉人": person_name(rng),
            "联系电话": mobile(rng),
            "工程名称": proj,
            "部位/房号": f"{rng.randint(1, 20)}幢{rng.randint(1, 3)}单元{rng.randint(1, 18)}0{rng.randint(1, 3)}室"
                        if "幼儿园" not in proj else rng.choice(["教学楼二层", "综合楼屋面"]),
            "建设单位（开发商）": dev,
            "施工单位": builder,
            "竣工验收日期": _dot(date(rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28))),
            "是否已与建设单位协商": negotiated,
            "向开发商报修日期": _dot(contact),
            "开发商处理情况": dstat,
            "反映问题": rng.choice(problems),
            "受理意见": "受理" if accepted else "不予受理",
            "受理日期": _dot(accept),
            "承办人": rng.choice(handlers),
            "现场核查日期": _dot(check),
            "处理结果": result,
            "反馈上级日期": _dot(feedback),
            "办结日期": _dot(closed),
            "备注": remark,
            "登记人": rng.choice(clerks),
        })

    hand = {
        "procedure": "s31-zhenjiang-building-quality-complaints",
        "encoding": "gb18030",
        "columns": {
            "序号": "case_number",
            "收件日期": "complain_at",
            "来源": "channel",
            "交办单位": "referred_by_superior",
            "向开发商报修日期": "contact_developer_at",
            "开发商处理情况": "developer_fulfilled_warranty",
            "受理日期": "accept_at",
            "反馈上级日期": "report_back_at",
            "办结日期": "closed_at",
        },
        "values": {
            "channel": {"来信": "letter", "来电": "phone", "来访": "visit", "电子邮件": "email", "交办": ""},
            "referred_by_superior": {s: "yes" for s in superiors},
            "developer_fulfilled_warranty": {"拒绝维修": "no", "未答复": "no", "维修后仍渗漏": "no", "推诿": "no",
                                             "已维修": "yes", "未联系": ""},
        },
    }
    return rows, hand


EXPORTS = [
    ("202-s37-xiamen-quality-station-oa.xlsx", "xlsx", e202_s37_xiamen_quality_station_oa),
    ("203-s31-county-bureau-ledger.csv", "gb18030", e203_s31_county_bureau_ledger),
]
