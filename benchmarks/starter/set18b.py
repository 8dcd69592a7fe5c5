"""Starter-profile benchmark exports 102-103 (set 18b), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 102 103    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, slash, person_name as _name, mobile as _mobile, distinct_names


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _slash_date(t):
    return f"{t.year}/{t.month}/{t.day}"


def _in_hours(t, first=8, last=19):
    """A time staff could have written down: whole minutes, between first and last o'clock."""
    t = t.replace(second=0, microsecond=0)
    if t.hour < first:
        t = t.replace(hour=first, minute=t.minute)
    elif t.hour >= last:
        t = (t + timedelta(days=1)).replace(hour=first + t.hour % 2)
    return t


# --- 102: S5, a scenic village tourism company's office register (Excel kept by the office, saved as CSV) ---------

def e102_s5_village_register(rng, injected=None):
    """永联旅游公司办公室《游客投诉登记台账》（办公室内勤用 Excel 登记，另存为 UTF-8 CSV），按 S5《永联旅游公司游客投诉管理制度》审计。
    日期写法：受理、转办、回复时间 2025/3/4 9:12（slash）；回访日期只写日期 2025/3/6。
    投诉渠道：400旅游热线 / QQ在线 / 现场接待 / 微信公众号 / 携程点评 / 12345转办。投诉对象：农耕园、旅行社、营销部、
    游船队、民宿中心、小镇美食街、停车场、办公室。“受理人”“转办人”“回访人”写员工姓名（少数写部门名）；
    办公室内勤 4 人，各部门联络员若干，名单由审计人员向公司办公室核对（见 hand 中的 roles）。
    读过制度 YAML 后补的列：转办人（transfer_by；原有的“转办部门”是接收转办的部门，不是办理者）。
    注入：登记编号重复 1 件（两位同行游客分别投诉，内勤复制上一行后没改编号）；
    受理人不是办公室 3 件（游客在农耕园、游船码头现场投诉，由部门人员直接登记受理）；
    转办人不是办公室 3 件（部门联络员自己把投诉转给其他部门）；
    转办时间早于受理时间 3 件（晚间 400 热线值班时先电话通知部门，第二天上午才登记受理）。
    陷阱（不是违规）：回访由部门联络员办理（制度允许部门或办公室回访）；办公室当场电话解释、没有转办；
    转办时间与受理时间同一分钟；周末/节假日由办公室值班内勤受理；转办部门是“永联小镇物业”（公司以外，制度没写转办对象）；
    受理人空白 1 件（补录，无从判断）；投诉对象为办公室本身（由办公室受理、不转办）；游客不满意、回访拖了两周（制度无时限）。
    """
    taken: set = set()
    office = distinct_names(rng, 4, taken)             # 办公室内勤（热线、登记、转办）
    depts = ["农耕园", "旅行社", "营销部", "游船队", "民宿中心"]
    dept_staff = {d: distinct_names(rng, 2 if d in ("农耕园", "旅行社") else 1, taken) for d in depts}
    all_dept_staff = [s for ss in dept_staff.values() for s in ss]

    n = 64
    slots = list(range(3, n - 3))
    rng.shuffle(slots)
    bad_receive = [slots.pop() for _ in range(3)]
    bad_transfer = [slots.pop() for _ in range(3)]
    reversed_order = [slots.pop() for _ in range(3)]
    trap_no_transfer = [slots.pop() for _ in range(4)]
    trap_same_minute = [slots.pop() for _ in range(2)]
    trap_outside_target = [slots.pop()]
    trap_blank_receiver = [slots.pop()]
    trap_office_target = [slots.pop()]
    dup_src = slots.pop()
    while dup_src + 1 in (bad_receive + bad_transfer + reversed_order):
        dup_src = slots.pop()

    issues = {
        "农耕园": ["采摘园草莓按斤收费与门口价目表不一致", "小火车排队一个多小时，工作人员不解释", "亲子农事体验项目临时取消未退款",
                "园内厕所无纸无水", "讲解员态度生硬"],
        "旅行社": ["一日游导游强制进购物点", "报名时承诺含午餐，实际自理", "大巴晚点四十分钟无人通知", "团费发票迟迟未开"],
        "营销部": ["网上购买的套票到现场核销不了", "抖音团购券说明与实际不符", "年卡优惠活动规则前后不一"],
        "游船队": ["游船票售出后因大风停航，退票要排队", "船上救生衣数量不足", "船工驾驶时抽烟"],
        "民宿中心": ["民宿房间有异味、空调不制冷", "预订的景观房被换成普通房", "退房押金三天未退回"],
        "小镇美食街": ["美食街商户缺斤短两", "小吃摊位价格未明码标价"],
        "停车场": ["停车收费与公示标准不符", "停车场指引不清，绕了三圈"],
        "办公室": ["400热线中午一直无人接听", "QQ咨询留言两天无人回复"],
    }
    results = {"农耕园": ["退还差价", "向游客道歉并对讲解员批评教育", "补发体验券", "已增派保洁"],
               "旅行社": ["退还午餐费", "对导游停团处理", "开具发票并快递", "赠送下次出游代金券"],
               "营销部": ["现场补办核销", "按原规则兑现优惠", "退款"],
               "游船队": ["全额退票", "补足救生衣", "对船工罚款并道歉"],
               "民宿中心": ["免费升级房型", "退还押金", "减免一晚房费"],
               "小镇美食街": ["协调商户退款并警告"],
               "停车场": ["退还多收停车费", "增设指示牌"]}
    channels = [("400旅游热线", 40), ("QQ在线", 8), ("现场接待", 22), ("微信公众号", 14), ("携程点评", 10), ("12345转办", 6)]
    targets = [("农耕园", 26), ("旅行社", 18), ("营销部", 12), ("游船队", 12), ("民宿中心", 12), ("小镇美食街", 8),
               ("停车场", 6), ("办公室", 3)]

    # receive times, spread over January-June, in order
    times = sorted(datetime(2025, 1, 3, 8, 0) + timedelta(minutes=rng.randint(0, 175 * 24 * 60)) for _ in range(n))
    times = [_in_hours(t, 8, 18) for t in times]

    rows = []
    month_seq: dict = {}
    for i, t0 in enumerate(times):
        month_seq[t0.month] = month_seq.get(t0.month, 0) + 1
        number = f"YLTS{t0:%y%m}-{month_seq[t0.month]:03d}"
        target = pick(rng, targets)
        if i in trap_office_target:
            target = "办公室"
        channel = pick(rng, channels)
        receiver = rng.choice(office)
        if i in bad_receive:
            k = bad_receive.index(i)
            target = ["农耕园", "游船队", "农耕园"][k]
            channel = "现场接待"
            receiver = [dept_staff["农耕园"][0], dept_staff["游船队"][0], "农耕园"][k]
        if i in trap_blank_receiver:
            receiver = ""
        if target == "办公室" or i in trap_no_transfer:
            transfer_to = transfer_by = transfer_at = None
        else:
            transfer_to = target if target in dept_staff else ("永联小镇物业" if target == "停车场" else "营销部")
            if i in trap_outside_target:
                transfer_to = "永联小镇物业"
            transfer_by = receiver if receiver and receiver in office and rng.random() < 0.7 else rng.choice(office)
            transfer_at = t0 + timedelta(minutes=rng.randint(8, 300))
            if i in trap_same_minute:
                transfer_at = t0
        if i in bad_transfer:
            k = bad_transfer.index(i)
            origin = ["营销部", "旅行社", "民宿中心"][k]
            target = ["旅行社", "民宿中心", "农耕园"][k]
            transfer_to = target
            transfer_by = dept_staff[origin][0]
            transfer_at = t0 + timedelta(minutes=rng.randint(30, 180))
        if i in reversed_order:
            # the evening duty call: department phoned at once, register written the next morning
            evening = t0.replace(hour=rng.choice([19, 20, 21]), minute=rng.randint(0, 59))
            channel = "400旅游热线"
            if target == "办公室":
                target = "农耕园"
            transfer_to = target if target in dept_staff else "营销部"
            transfer_by = receiver
            transfer_at = evening
            t0 = (evening + timedelta(days=1)).replace(hour=8, minute=rng.randint(5, 50))
        content = rng.choice(issues[target])
        # reply, revisit
        handled = (transfer_at or t0) + timedelta(hours=rng.uniform(3, 70))
        reply_at = _in_hours(handled, 8, 19)
        if reply_at > CUTOFF:
            reply_at = None
        result = rng.choice(results.get(target, ["电话解释，游客表示理解"])) if transfer_at else "电话解释，游客表示理解"
        if target == "办公室":
            result = "向游客致歉，热线增加午间值班"
        revisit_at = revisit_by = None
        satisfaction = ""
        if reply_at and rng.random() < 0.75:
            revisit_at = reply_at + timedelta(days=rng.choice([1, 1, 2, 3, 5, 14]))
            if revisit_at > CUTOFF:
                revisit_at = None
            else:
                if transfer_to in dept_staff and rng.random() < 0.4:
                    revisit_by = rng.choice(dept_staff[transfer_to])
                else:
                    revisit_by = rng.choice(office)
                satisfaction = pick(rng, [("满意", 60), ("基本满意", 28), ("不满意", 12)])
        note = ""
        if i in trap_blank_receiver:
            note = "补录"
        elif i in reversed_order:
            note = "晚间热线值班，次日登记"
        elif channel == "12345转办":
            note = "12345工单"
        elif satisfaction == "不满意":
            note = rng.choice(["游客要求加倍赔偿，未同意", "游客称将向文旅局反映"])
        rows.append(Case({
            "登记编号": number,
            "受理时间": slash(t0),
            "投诉渠道": channel,
            "游客姓名": _name(rng)[0] + rng.choice(["先生", "女士"]) if rng.random() > 0.1 else "",
            "联系电话": _mobile(rng) if rng.random() > 0.08 else "",
            "投诉对象": target,
            "投诉内容": content,
            "受理人": receiver,
            "转办部门": transfer_to or "",
            "转办人": transfer_by or "",
            "转办时间": slash(transfer_at) if transfer_at else "",
            "处理结果": result if reply_at else "",
            "回复游客时间": slash(reply_at) if reply_at else "",
            "回访日期": _slash_date(revisit_at) if revisit_at else "",
            "回访人": revisit_by or "",
            "游客满意度": satisfaction,
            "备注": note,
        }))
    # two travelling companions complained about the same boat trip; the clerk copied the row and kept the number
    rows[dup_src + 1]["登记编号"] = rows[dup_src]["登记编号"]
    if injected is not None:
        num = lambda i: rows[i]["登记编号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        injected += [(num(i), "bad_receive") for i in bad_receive]
        injected += [(num(i), "bad_transfer") for i in bad_transfer]
        injected += [(num(i), "transfer_before_receive") for i in reversed_order]

    hand = {
        "procedure": "s5-yonglian-tourist-complaints",
        "columns": {
            "登记编号": "case_number",
            "受理时间": "receive_at",
            "受理人": "receive_by",
            "转办时间": "transfer_at",
            "转办人": "transfer_by",
            "回访日期": "revisit_at",
            "回访人": "revisit_by",
        },
        "roles": {**{v: "office" for v in office + ["办公室"]},
                  **{v: "tourism_departments" for v in all_dept_staff + depts}},
    }
    return rows, hand


# --- 103: S6, a pump maker's complaint ledger kept by the quality department (XLSX) -------------------------------

def e103_s6_pump_ledger(rng, injected=None):
    """瑞丰流体设备有限公司 品管部《客户投诉处理台账》（Excel 工作簿，日期为真正的日期单元格），按 S6《客户投诉管理制度》审计。
    日期写法：XLSX 日期单元格（投诉日期、处理完成日期、结案日期）。
    投诉方式：书面来函 / 电子邮件 / 传真（书面）；电话 / 现场口述（口头）。投诉类别：一般 / 严重（少数写“一般性”“严重性”）。
    问题分类：产品质量 / 技术服务 / 交货 / 包装运输（公司自己的分类，不是制度的一般/严重）。受理人是业务员姓名，
    核决人写职务（品管部经理 / 副总经理 / 总经理）。
    读过制度 YAML 后补的列：无（制度的规则只读投诉编号、投诉方式、投诉类别，这些列原本就有）。
    注入：投诉编号重复 2 件（一件退货后补录另起一行沿用原编号；一件两名业务员先后登记、各取了同一个流水号）；
    投诉类别不在一般/严重之内 5 件（较严重 2、待定 2、中等 1）；投诉方式不是书面或口头 3 件（其他 2、内部发现 1）。
    陷阱（不是违规）：编号带“-1”后缀的补充单（与原单编号不同）；同一客户同一天两单（编号不同）；
    六月下旬的新投诉投诉类别空白（尚未评审）；结案拖了两个多月、未结案（制度没有可用的时限）；
    严重投诉由品管部经理核决（核决权限原文缺失）；传真、电子邮件记为书面。
    """
    taken: set = set()
    sales = distinct_names(rng, 5, taken)          # 业务员（受理人）
    customers = ["南京江北水务集团", "常州天合化工有限公司", "无锡华光锅炉股份有限公司", "扬州石化设备厂", "苏州工业园区清源水务",
                 "盐城德龙热电有限公司", "镇江船厂（集团）", "南通醋酸纤维有限公司", "徐州矿务集团给排水公司", "泰州梅兰化工",
                 "合肥通用机械研究院", "杭州热电集团"]
    models = ["IS80-65-160", "IS100-80-125", "ISG65-200", "KQL150/315-30/4", "CZ50-200", "SLW100-250", "IHF65-50-160",
              "QW100-80-20-7.5"]
    problems = {
        "产品质量": ["机械密封漏水", "泵体铸件砂眼渗漏", "电机运行温升过高", "叶轮与泵壳摩擦异响", "轴承不到三个月损坏",
                 "流量达不到铭牌参数", "法兰尺寸与图纸不符"],
        "技术服务": ["安装调试人员迟到两天", "售后工程师现场处理不彻底，故障反复", "技术资料（曲线图）未随货提供"],
        "交货": ["合同交期延误两周", "备件发错型号"],
        "包装运输": ["木箱破损导致泵头磕伤", "铭牌在运输中脱落"],
    }
    measures = ["更换机械密封并现场试车", "补焊后做水压试验", "更换电机", "更换叶轮并做动平衡", "退货重发", "派工程师二次上门",
                "补寄资料", "发出正确备件，错发件退回", "整改包装规范，补发配件", "赔偿运费"]
    channels = [("书面来函", 18), ("电子邮件", 22), ("传真", 6), ("电话", 38), ("现场口述", 16)]

    n = 56
    slots = list(range(2, n - 6))          # the last rows are the late-June ones (blank class trap)
    rng.shuffle(slots)
    bad_class = [slots.pop() for _ in range(5)]
    bad_channel = [slots.pop() for _ in range(3)]
    trap_suffix = slots.pop()
    trap_same_customer = slots.pop()
    trap_gm_serious = [slots.pop() for _ in range(2)]
    dup_return = slots.pop()              # a later row re-enters this case after the return
    dup_collision_src = slots.pop()
    busy = set(bad_class + bad_channel + [trap_suffix, trap_same_customer])
    while dup_collision_src + 1 in busy or dup_collision_src + 1 == dup_return:
        dup_collision_src = slots.pop()

    days = sorted(datetime(2025, 1, 2) + timedelta(days=rng.randint(0, 160)) for _ in range(n - 4))
    days += sorted(datetime(2025, 6, 20) + timedelta(days=rng.randint(0, 9)) for _ in range(4))

    rows = []
    month_seq: dict = {}
    prev_customer = None
    for i, d in enumerate(days):
        month_seq[d.month] = month_seq.get(d.month, 0) + 1
        number = f"KS-{d:%y%m}-{month_seq[d.month]:03d}"
        customer = rng.choice(customers)
        if i == trap_same_customer and prev_customer:
            customer = prev_customer
            d = days[i - 1]
        kind = pick(rng, [("产品质量", 62), ("技术服务", 18), ("交货", 12), ("包装运输", 8)])
        content = rng.choice(problems[kind])
        channel = pick(rng, channels)
        level = pick(rng, [("一般", 66), ("严重", 24), ("一般性", 6), ("严重性", 4)])
        if i in bad_class:
            level = ["较严重", "待定", "较严重", "待定", "中等"][bad_class.index(i)]
        if i in bad_channel:
            channel = ["其他", "内部发现", "其他"][bad_channel.index(i)]
        if i in trap_gm_serious:
            level = "严重"
        late_june = i >= n - 4
        if late_june:
            level = "" if i % 2 == 0 else level
        returned = kind in ("产品质量", "包装运输") and rng.random() < 0.25
        done = d + timedelta(days=rng.randint(2, 25))
        closed = done + timedelta(days=rng.randint(1, 20))
        if rng.random() < 0.08:
            closed = done + timedelta(days=rng.randint(60, 75))
        if done > CUTOFF or late_june:
            done = closed = None
        elif closed > CUTOFF:
            closed = None
        approver = {"一般": "品管部经理", "一般性": "品管部经理", "严重": "总经理", "严重性": "副总经理"}.get(level, "品管部经理")
        if i in trap_gm_serious:
            approver = "品管部经理"
        row = Case({
            "投诉编号": number + ("-1" if i == trap_suffix else ""),
            "投诉日期": d,
            "客户名称": customer,
            "联系人": _name(rng)[0] + rng.choice(["工", "经理", "科长", "主任"]),
            "联系电话": _mobile(rng),
            "投诉方式": channel,
            "产品型号": rng.choice(models),
            "生产批号": f"{(d - timedelta(days=rng.randint(20, 200))):%y%m}{rng.randint(1, 40):02d}",
            "问题分类": kind,
            "投诉内容": content,
            "投诉类别": level,
            "受理人": rng.choice(sales),
            "责任部门": {"产品质量": rng.choice(["生产部", "品管部", "技术部"]), "技术服务": "技术服务部",
                     "交货": "计划部", "包装运输": "仓储物流部"}[kind],
            "原因分析": "" if done is None else rng.choice(["装配时密封面划伤", "供应商铸件缺陷", "选型不当",
                                                           "工程师经验不足", "排产延误", "包装未按规范加固"]),
            "处理措施": "" if done is None else rng.choice(measures),
            "是否退货": "是" if returned else "否",
            "退货数量": rng.randint(1, 6) if returned else None,
            "处理完成日期": done,
            "核决人": approver if done else "",
            "结案日期": closed,
            "备注": "",
        })
        if i == trap_suffix:
            row["备注"] = "补充单（同批次追加投诉）"
        if late_june and not level:
            row["备注"] = "待评审"
        rows.append(row)
        prev_customer = customer

    # a returned case re-entered as a new row with the old number (appended at its return date)
    src = rows[dup_return]
    again = Case(dict(src))
    back = src["投诉日期"] + timedelta(days=rng.randint(15, 30))
    again.update({"投诉日期": back, "是否退货": "是", "退货数量": again["退货数量"] or 2, "处理措施": "退货重发",
                  "备注": "退货补录", "结案日期": None})
    again["处理完成日期"] = back + timedelta(days=5) if back + timedelta(days=5) <= CUTOFF else None
    pos = next((k for k, r in enumerate(rows) if r["投诉日期"] > back), len(rows))
    rows.insert(pos, again)
    # the same serial number taken by two sales reps entering the ledger one after the other
    col = dup_collision_src + (1 if pos <= dup_collision_src else 0)
    rows[col + 1]["投诉编号"] = rows[col]["投诉编号"]
    if injected is not None:
        injected += [(again["投诉编号"], "duplicate (return re-entered)"), (rows[col]["投诉编号"], "duplicate (collision)")]
        injected += [(r["投诉编号"], "bad_class") for r in rows if r["投诉类别"] in ("较严重", "待定", "中等")]
        injected += [(r["投诉编号"], "bad_channel") for r in rows if r["投诉方式"] in ("其他", "内部发现")]

    hand = {
        "procedure": "s6-general-serious-complaints",
        "columns": {
            "投诉编号": "case_number",
            "投诉方式": "channel",
            "投诉类别": "severity",
        },
        "values": {
            "channel": {"书面来函": "written", "电子邮件": "written", "传真": "written", "电话": "oral", "现场口述": "oral"},
            "severity": {"一般": "general", "一般性": "general", "严重": "serious", "严重性": "serious"},
        },
    }
    return rows, hand


EXPORTS = [
    ("102-s5-scenic-village-complaint-register.csv", "utf-8", e102_s5_village_register),
    ("103-s6-pump-complaint-ledger.xlsx", "xlsx", e103_s6_pump_ledger),
]
