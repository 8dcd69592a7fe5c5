"""Starter-profile benchmark exports 158-159 (set 27c), written unseen by the mapping guesser's authors.

Each function plays one company's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 158 159    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import Case, pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 17, 30)   # the exports were taken on 30 June 2025; later steps have not happened
START = date(2025, 1, 2)
DAYS = (date(2025, 6, 29) - START).days


# --- 158: S5, a tourism company's office complaint register (Excel kept by the office, saved as CSV) ----------------

def _dot(t):
    """2025.03.04 09:12 -- how the office clerk types dates in the register."""
    if t is None:
        return ""
    return f"{t.year}.{t.month:02d}.{t.day:02d} {t.hour:02d}:{t.minute:02d}"


def _office_hours(t, rng):
    """The office (and the 400 line) works every day in the season, 8:00-17:30."""
    t = t.replace(second=0, microsecond=0)
    if t.hour < 8:
        return t.replace(hour=8, minute=rng.randint(5, 50))
    if t.hour > 17 or (t.hour == 17 and t.minute > 30):
        return (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(5, 50))
    return t


_S5_KINDS = [
    # 被投诉部门, [(投诉事由, 部门处理情况)], weight
    ("农耕园", [
        ("农耕园采摘区草莓说好不限量，进园后又说每人只能摘一斤", "农耕园核实为现场工作人员口径不一，向游客致歉并补送一斤草莓"),
        ("农耕园检票口排队一个多小时，只开了一个窗口", "农耕园节假日增开两个检票窗口，向游客解释并赠送下次入园券"),
        ("小火车停运没有提前告知，门票里包含的项目没玩成", "农耕园按项目价格退还小火车差价，园区入口增设停运公告牌"),
        ("亲子农场里的羊把孩子衣服咬破了，工作人员不理睬", "农耕园主管上门致歉，赔偿衣物费用，饲喂区加装隔离栏")], 6),
    ("旅行社", [
        ("一日游行程单上写的景点少去了一个", "旅行社核实为导游擅自调整行程，按未游览景点退费并处罚导游"),
        ("导游在车上强行推销土特产，不买就甩脸色", "旅行社约谈导游并暂停带团，向游客书面致歉"),
        ("报名时说是空调大巴，实际是旧中巴，一路很热", "旅行社核实车辆调度有误，按合同差价退款，更换合作车队"),
        ("团餐标准和合同不符，十个人一桌只有六个菜", "旅行社按餐标差额退款，向餐厅追责")], 6),
    ("营销部", [
        ("网上团购的套票到现场说不能用", "营销部核实为团购平台规则未同步，现场补办入园并延长套票有效期"),
        ("会员积分兑换门票一直显示失败", "营销部协调信息部门修复积分接口，为游客手工兑换"),
        ("宣传页上写的免费停车，实际收了停车费", "营销部修改宣传页措辞，退还游客停车费")], 4),
    ("餐饮部", [
        ("农家菜馆的菜里吃出头发", "餐饮部免单并致歉，后厨整改帽子口罩佩戴"),
        ("农家菜馆上菜太慢，等了五十分钟", "餐饮部高峰期增加传菜人员，赠送游客果盘并致歉")], 3),
    ("码头游船", [
        ("游船票买了没开船，退票要扣手续费", "游船项目因大风停航，全额退票不收手续费，售票处张贴停航退票规定"),
        ("游船上救生衣不够，孩子没有穿", "游船班组补足救生衣，开船前逐一检查并登记")], 2),
]

_S5_CHANNELS = [("400热线", 10), ("QQ", 5), ("现场", 6), ("来信", 1), ("旅游局转办", 2)]
_S5_SATISFACTION = [("满意", 7), ("基本满意", 3), ("不满意", 1)]


def e158_s5_tourism_office_complaint_register(rng, injected=None):
    """永联旅游公司办公室的《游客投诉登记台账》：办公室文员在 Excel 中逐件登记 400 旅游热线、QQ 留言、现场和来信的投诉，
    转办到农耕园、旅行社、营销部等部门，部门处理后办公室答复游客并安排回访；导出为 CSV（GBK，Excel“另存为”）。
    日期写法：2025.03.04 09:12（文员手工录入）。

    第 1 步（只读过制度原文）写下的表头：投诉编号、投诉时间、投诉方式、游客姓名、联系电话、团号/门票号、被投诉部门、
    投诉事由、接待人、转办部门、转办时间、部门处理情况、处理完成时间、答复游客时间、回访人、回访时间、游客满意度、备注。
    读过制度 YAML 后补的列：转办人（转办由办公室办理，须记下是谁转的）。

    办理人列（接待人、转办人、回访人）记的是人名：办公室三人（文员两人、主任一人）；各部门有人自己登记或代转、回访。

    注入（hand 审计应全部找到）：
      CK103 office_receives × 4 —— 部门人员（农耕园、旅行社等）自己在台账上登记接待的投诉，未经办公室；
      CK103 office_transfers × 3 —— 办公室登记后由营销部、旅行社的人代为转办（备注“办公室人员外出”等）；
      CK106 receive-transfer × 3 —— 转办时间录入笔误，早于投诉时间（日期或钟点打错）；
      CK107 case_number × 2 —— 两个编号各被两件不同的投诉重复使用（删行后补登沿用了旧编号；每对报 1 项）。
    陷阱（不应报告）：回访由部门人员办理（制度允许各部门或办公室回访）；转办时间与投诉时间同一分钟；办公室当场解释、
    未转办的投诉（制度没有说每件都须转办）；旅游局转办来的投诉由办公室登记；没有回访的投诉（制度没有说每件都须回访）。
    """
    taken: set = set()
    clerks = distinct_names(rng, 2, taken)
    office_head = distinct_names(rng, 1, taken)[0]
    office = [*clerks, office_head]
    dept_staff = {
        "农耕园": distinct_names(rng, 2, taken),
        "旅行社": distinct_names(rng, 2, taken),
        "营销部": distinct_names(rng, 1, taken),
        "餐饮部": distinct_names(rng, 1, taken),
        "码头游船": distinct_names(rng, 1, taken),
    }
    n = 40
    stamps = sorted(
        datetime.combine(START + timedelta(days=rng.randint(0, DAYS)), datetime.min.time())
        + timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))
        for _ in range(n))
    stamps = [_office_hours(t, rng) for t in stamps]
    stamps.sort()

    kinds = [(dept, items) for dept, items, w in _S5_KINDS for _ in range(w)]
    cases = []
    for i, received in enumerate(stamps):
        dept, items = rng.choice(kinds)
        what, done = rng.choice(items)
        channel = pick(rng, _S5_CHANNELS)
        if channel == "现场" and rng.random() < 0.5:
            ref = f"门票{rng.randint(100000, 999999)}"
        elif dept == "旅行社":
            ref = f"YLTA{received:%y%m%d}{rng.randint(1, 9):02d}"
        else:
            ref = ""
        receiver = rng.choice(clerks) if rng.random() < 0.85 else office_head
        direct = dept in ("营销部",) and rng.random() < 0.3 or rng.random() < 0.1
        row = Case({
            "投诉编号": f"YLTS-2025-{i + 1:03d}",
            "投诉时间": received,
            "投诉方式": channel,
            "游客姓名": person_name(rng)[0] + rng.choice(["先生", "女士"]) if rng.random() < 0.4 else person_name(rng),
            "联系电话": mobile(rng) if channel != "来信" or rng.random() < 0.5 else "",
            "团号/门票号": ref,
            "被投诉部门": dept,
            "投诉事由": what,
            "接待人": receiver,
            "转办部门": "" if direct else dept,
            "转办人": "" if direct else (receiver if rng.random() < 0.8 else rng.choice(office)),
            "转办时间": None if direct else _office_hours(received + timedelta(minutes=rng.randint(5, 240)), rng),
            "部门处理情况": done if not direct else "办公室当场向游客解释说明，游客表示理解",
            "处理完成时间": None,
            "答复游客时间": None,
            "回访人": "",
            "回访时间": None,
            "游客满意度": "",
            "备注": "旅游局转办件" if channel == "旅游局转办" else "",
        })
        start = row["转办时间"] or received
        finished = _office_hours(start + timedelta(hours=rng.randint(2, 96)), rng) if not direct else \
            received + timedelta(minutes=rng.randint(10, 40))
        if finished <= CUTOFF:
            row["处理完成时间"] = finished
            replied = finished if direct else _office_hours(finished + timedelta(hours=rng.randint(0, 20)), rng)
            if replied <= CUTOFF:
                row["答复游客时间"] = replied
                if rng.random() < 0.75:
                    visit = _office_hours(replied + timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 4)), rng)
                    if visit <= CUTOFF:
                        row["回访时间"] = visit
                        row["回访人"] = rng.choice(office) if direct or rng.random() < 0.6 \
                            else rng.choice(dept_staff[dept])
                        row["游客满意度"] = pick(rng, _S5_SATISFACTION)
        if row["处理完成时间"] is None:
            row["备注"] = (row["备注"] + "；" if row["备注"] else "") + "处理中"
        cases.append([row, None])

    # --- traps -------------------------------------------------------------------------------------------------
    transferred = [c for c in cases if c[0]["转办时间"] is not None]
    same_minute = rng.sample(transferred, 2)
    for c in same_minute:
        c[0]["转办时间"] = c[0]["投诉时间"]          # transferred while still on the phone: not out of order
        c[0]["转办人"] = c[0]["接待人"]

    # --- injections --------------------------------------------------------------------------------------------
    free = [c for c in transferred if c not in same_minute]
    rng.shuffle(free)
    free.sort(key=lambda c: c[0]["投诉方式"] == "旅游局转办")   # bureau referrals were all registered by the office

    for c in free[:4]:                                  # a department registered the complaint itself
        r = c[0]
        dept = r["被投诉部门"] if r["被投诉部门"] in ("农耕园", "旅行社", "码头游船") else "农耕园"
        r["被投诉部门"] = dept
        who = rng.choice(dept_staff[dept])
        r["接待人"] = who
        r["转办人"] = rng.choice(clerks)
        r["投诉方式"] = "现场"
        r["备注"] = (r["备注"] + "；" if r["备注"] else "") + f"{dept}现场自行登记"
        c[1] = "office_receives"
    for c in free[4:7]:                                 # a department forwarded it in place of the office
        r = c[0]
        who = rng.choice([*dept_staff["营销部"], *dept_staff["旅行社"]])
        r["转办人"] = who
        r["备注"] = (r["备注"] + "；" if r["备注"] else "") + "办公室人员外出，代为转办"
        c[1] = "office_transfers"
    for k, c in enumerate(free[7:10]):                  # typing slips: the transfer time before the complaint
        r = c[0]
        t = r["投诉时间"]
        if k == 0:
            r["转办时间"] = t - timedelta(days=1) + timedelta(minutes=rng.randint(5, 60))
        elif k == 1:
            r["转办时间"] = t.replace(hour=max(8, t.hour - 2), minute=rng.randint(0, 59)) if t.hour >= 10 \
                else t - timedelta(days=10)
        else:
            r["转办时间"] = t - timedelta(days=31)
        if r["转办时间"] >= t:
            r["转办时间"] = t - timedelta(hours=3)
        c[1] = "receive-transfer"

    rows_cases = cases
    dup_from = [c for c in cases if c[1] is None and c not in same_minute]
    while True:
        a, b = sorted(rng.sample(range(5, len(dup_from) - 2), 2))
        if cases.index(dup_from[b]) - cases.index(dup_from[a]) >= 3:
            break
    for src in (dup_from[a], dup_from[b]):              # the next complaint re-used the number of this one
        nxt = cases[cases.index(src) + 1]
        if nxt[1] is not None:
            nxt = cases[cases.index(src) - 1]
        nxt[0]["投诉编号"] = src[0]["投诉编号"]
        nxt[1] = nxt[1] or "case_number (duplicate)"

    if injected is not None:
        injected += [(c[0]["投诉编号"], c[1]) for c in rows_cases if c[1]]

    rows = []
    for c in rows_cases:
        r = Case(c[0])
        for k in ("投诉时间", "转办时间", "处理完成时间", "答复游客时间", "回访时间"):
            r[k] = _dot(r[k])
        rows.append(r)

    hand = {
        "procedure": "s5-yonglian-tourist-complaints",
        "encoding": "gbk",
        "columns": {
            "投诉编号": "case_number",
            "投诉时间": "receive_at",
            "接待人": "receive_by",
            "转办时间": "transfer_at",
            "转办人": "transfer_by",
            "回访时间": "revisit_at",
            "回访人": "revisit_by",
        },
        "roles": {
            **{name: "office" for name in office},
            **{name: "tourism_departments" for staff in dept_staff.values() for name in staff},
        },
    }
    return rows, hand


# --- 159: S9, a property company's customer-service ticket system (XLSX export, Excel date cells) ------------------

_S9_KINDS = [
    # 投诉级别, 被投诉人/部门, 事件经过, 业主要求, weight
    ("一般", "保洁", "楼道垃圾两天没人清，有异味", "当天清理，以后每天清运", 4),
    ("一般", "绿化", "楼下绿化修剪的机器早上七点就开始响", "修剪安排在九点以后", 2),
    ("一般", "秩序维护部", "访客车辆占用业主固定车位，保安不管", "清走占位车辆，加强巡查", 3),
    ("一般", "工程维修", "报修阳台地漏堵塞三天没人上门", "尽快上门疏通", 4),
    ("一般", "客服前台", "物业费发票开错抬头，跑了两趟", "重开发票送到家", 2),
    ("一般", "秩序维护部", "快递员随意进出单元门，门岗不登记", "外来人员一律登记", 2),
    ("重要", "工程维修", "电梯一周内停了三次，每次都要爬十几层", "彻底检修电梯并说明原因", 3),
    ("重要", "秩序维护部", "夜班保安对业主出言不逊，差点动手", "保安当面道歉并调离", 2),
    ("重要", "工程维修", "地下车库顶板渗水，车被泡水腐蚀", "修好渗漏，赔偿洗车和漆面处理费用", 2),
    ("重要", "客服部", "物业费多收了一个季度，前台不认账", "退还多收的物业费", 2),
    ("重要", "秩序维护部", "楼上装修违规砸承重墙，物业不制止", "立即制止违规装修", 2),
    ("重大", "秩序维护部", "家中被盗，监控坏了一个月没修", "调监控配合报警，物业承担相应责任", 1),
    ("重大", "工程维修", "消防水管爆裂，家里木地板全部泡坏", "赔偿全部损失", 1),
    ("重大", "管理处", "二十多户业主联名投诉电梯长期失修，要求更换物业", "限期更换电梯主板，召开业主座谈会", 1),
    ("重大", "工程维修", "电梯困人四十分钟，老人受惊送医", "承担医药费并书面道歉", 1),
]


def _xy_day(t, rng):
    """The service desk is staffed every day, 8:00-20:00."""
    t = t.replace(second=0, microsecond=0)
    if t.hour < 8:
        return t.replace(hour=8, minute=rng.randint(0, 40))
    if t.hour >= 20:
        return (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 40))
    return t


def e159_s9_xiangyong_property_service_tickets(rng, injected=None):
    """祥永物业的物业管理系统“客服工单”导出（XLSX）：两个管理处的客服前台接待业主来电、来访投诉，在系统里开工单，
    记下投诉时间、投诉人、房号、电话、被投诉对象、事件经过和业主要求，定投诉级别（一般/重要/重大）；重要的转呈管理处主任，
    重大的呈送公司总经理，系统记下转呈对象和转呈时间；处理人办完后填处理结果、完成时间，客服回访。
    日期写法：Excel 日期单元格（系统导出）。

    第 1 步（只读过制度原文）写下的表头：工单编号、管理处、投诉时间、投诉人、房号、联系电话、被投诉人/部门、事件经过、
    业主要求、投诉级别、接待人、转呈对象、转呈时间、处理人、处理结果、完成时间、回访时间、回访结果、工单状态、备注。
    读过制度 YAML 后补的列：受理时间（系统开单时间；“投诉时间”是前台手填的业主投诉时间，两者不总相同）。

    转呈对象一列写“总经理”或“管理处主任”（一般投诉空着），一个转呈时间；处理人是人名（总经理、两位管理处主任、物管员、
    维修工），完成时间是处理人办结的时间。

    注入（hand 审计应全部找到）：
      CK101 record_received_at × 1（投诉时间空）、record_address × 2（房号空）、record_contact × 2（业主不留电话）、
            record_complained_party × 1、record_demand × 2；
      CK104 important_to_director_30_minutes × 3（41 分钟、1 小时 35 分、次日上午才转呈）；
      CK104 major_to_gm_same_day × 1（次日上午才呈送总经理）；
      重大投诉只转呈了管理处主任、没有呈送总经理 × 1：CK101 major_to_general_manager 与 CK104 major_to_gm_same_day
            各 1 项（截至审计时点未呈送）；
      重要投诉一直没有转呈（工单仍在处理中）× 1：CK101 important_to_office_director 与 CK104
            important_to_director_30_minutes 各 1 项；
      CK103 step-director_handle × 1（重要投诉转呈后由物管员处理办结）；
      CK103 step-gm_handle × 1（重大投诉呈送总经理后由管理处主任处理办结）；
      CK106 report_director-director_handle × 1（完成时间录成早于转呈时间）。
    陷阱（不应报告）：重要投诉恰好 30 分钟转呈；业主晚上微信留言（投诉时间是前一晚）、次日上午开单后 20 分钟内转呈；
    重大投诉 19 点多受理、22 点多电话呈送总经理（仍是当天）；一般投诉主动转呈管理处主任；联系电话是座机；
    房号是商铺号；6 月底仍在处理中的工单。
    """
    taken: set = set()
    gm = distinct_names(rng, 1, taken)[0]
    estates = ["祥永花园管理处", "祥永御景湾管理处"]
    directors = dict(zip(estates, distinct_names(rng, 2, taken)))
    officers = {e: distinct_names(rng, 2, taken) for e in estates}
    desk = {e: distinct_names(rng, 2, taken) for e in estates}
    fixers = distinct_names(rng, 2, taken)
    buildings = {"祥永花园管理处": (1, 18), "祥永御景湾管理处": (1, 9)}

    n = 44
    stamps = sorted(_xy_day(datetime.combine(START + timedelta(days=rng.randint(0, DAYS)), datetime.min.time())
                            + timedelta(hours=rng.randint(8, 19), minutes=rng.randint(0, 59)), rng)
                    for _ in range(n))
    kinds = [k for k in _S9_KINDS for _ in range(k[4])]
    # make sure the export has enough graded tickets for the injections and traps
    levels = ["重大"] * 7 + ["重要"] * 13 + ["一般"] * (n - 20)
    rng.shuffle(levels)

    cases = []
    for i, opened in enumerate(stamps):
        level = levels[i]
        level_kinds = [k for k in kinds if k[0] == level]
        _, party, what, want, _ = rng.choice(level_kinds)
        estate = rng.choice(estates)
        lo, hi = buildings[estate]
        row = Case({
            "工单编号": f"KF{opened:%Y%m%d}{i + 1:03d}",
            "管理处": estate,
            "投诉时间": opened - timedelta(minutes=rng.choice([0, 0, 0, 1, 2, 3, 5])),
            "受理时间": opened,
            "投诉人": person_name(rng),
            "房号": f"{rng.randint(lo, hi)}栋{rng.randint(1, 3)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}",
            "联系电话": mobile(rng),
            "被投诉人/部门": party,
            "事件经过": what,
            "业主要求": want,
            "投诉级别": level,
            "接待人": rng.choice(desk[estate]),
            "转呈对象": "",
            "转呈时间": None,
            "处理人": "",
            "处理结果": "",
            "完成时间": None,
            "回访时间": None,
            "回访结果": "",
            "工单状态": "处理中",
            "备注": "",
        })
        if level == "重要":
            row["转呈对象"] = "管理处主任"
            row["转呈时间"] = opened + timedelta(minutes=rng.randint(4, 27))
            row["处理人"] = directors[estate]
            start = row["转呈时间"]
            done = start + timedelta(hours=rng.randint(2, 72))
        elif level == "重大":
            row["转呈对象"] = "总经理"
            latest = (opened.replace(hour=23, minute=0) - opened).total_seconds() // 60
            row["转呈时间"] = opened + timedelta(minutes=rng.randint(15, int(min(latest, 240))))
            row["处理人"] = gm
            start = row["转呈时间"]
            done = start + timedelta(hours=rng.randint(24, 120))
        else:
            row["处理人"] = rng.choice([*officers[estate], *fixers])
            start = opened
            done = start + timedelta(hours=rng.randint(1, 48))
        done = _xy_day(done, rng)
        if done <= CUTOFF:
            row["完成时间"] = done
            row["处理结果"] = "已按业主要求处理，业主认可" if rng.random() < 0.7 else "已处理并向业主解释说明"
            row["工单状态"] = "已办结"
            visit = _xy_day(done + timedelta(days=rng.randint(1, 3), hours=rng.randint(0, 5)), rng)
            if visit <= CUTOFF:
                row["回访时间"] = visit
                row["回访结果"] = pick(rng, [("满意", 7), ("基本满意", 3), ("不满意", 1)])
                row["工单状态"] = "已回访"
        cases.append([row, []])

    def of(level, *, closed=None, exclude=()):
        out = [c for c in cases if c[0]["投诉级别"] == level and not c[1] and c not in exclude]
        if closed is not None:
            out = [c for c in out if (c[0]["完成时间"] is not None) == closed]
        return out

    used: list = []

    def take(pool, k):
        chosen = rng.sample([c for c in pool if c not in used], k)
        used.extend(chosen)
        return chosen

    # --- traps -------------------------------------------------------------------------------------------------
    (t30,) = take(of("重要"), 1)
    t30[0]["转呈时间"] = t30[0]["受理时间"] + timedelta(minutes=30)                # "半小时内" includes 30 minutes
    (night,) = take(of("重要"), 1)
    r = night[0]
    opened = r["受理时间"].replace(hour=8, minute=rng.randint(2, 20))
    r["受理时间"] = opened
    r["投诉时间"] = (opened - timedelta(days=1)).replace(hour=21, minute=rng.randint(10, 50))
    r["转呈时间"] = opened + timedelta(minutes=rng.randint(12, 20))
    r["备注"] = "业主前一晚微信留言，次日上班开单"
    if r["完成时间"] is not None and r["完成时间"] <= r["转呈时间"]:
        r["完成时间"] = r["转呈时间"] + timedelta(hours=5)
    (late_gm,) = take(of("重大", closed=True), 1)
    r = late_gm[0]
    r["受理时间"] = r["受理时间"].replace(hour=19, minute=rng.randint(5, 40))
    r["投诉时间"] = r["受理时间"]
    r["转呈时间"] = r["受理时间"].replace(hour=22, minute=rng.randint(10, 50))
    r["备注"] = "当晚电话报告总经理"
    (voluntary,) = take(of("一般", closed=True), 1)
    r = voluntary[0]
    r["转呈对象"] = "管理处主任"
    r["转呈时间"] = r["受理时间"] + timedelta(minutes=rng.randint(40, 120))
    r["备注"] = "业主情绪激动，主动报主任知悉"
    (landline,) = take(of("一般"), 1)
    landline[0]["联系电话"] = f"0512-{rng.randint(5600, 5899)}{rng.randint(1000, 9999)}"
    (shop,) = take(of("一般"), 1)
    shop[0]["房号"] = f"商铺S-{rng.randint(1, 30):02d}"
    shop[0]["投诉人"] = shop[0]["投诉人"] + "（商户）"

    # --- injections --------------------------------------------------------------------------------------------
    for c in take(of("一般"), 1):
        c[0]["投诉时间"] = None
        c[1].append("record_received_at")
    for c in take(of("一般"), 2):
        c[0]["房号"] = ""
        c[1].append("record_address")
    for c in take([*of("一般"), *of("重要")], 2):
        c[0]["联系电话"] = ""
        c[0]["备注"] = "业主不愿留电话"
        c[1].append("record_contact")
    for c in take(of("一般"), 1):
        c[0]["被投诉人/部门"] = ""
        c[1].append("record_complained_party")
    for c in take(of("一般"), 2):
        c[0]["业主要求"] = ""
        c[1].append("record_demand")
    for c, minutes in zip(take(of("重要", closed=True), 3), (41, 95, None)):
        r = c[0]
        if minutes is None:
            r["转呈时间"] = (r["受理时间"] + timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 30))
        else:
            r["转呈时间"] = r["受理时间"] + timedelta(minutes=minutes)
        if r["完成时间"] is not None and r["完成时间"] <= r["转呈时间"]:
            r["完成时间"] = r["转呈时间"] + timedelta(hours=6)
        c[1].append("important_to_director_30_minutes")
    for c in take(of("重大", closed=True), 1):
        r = c[0]
        r["转呈时间"] = (r["受理时间"] + timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 40))
        if r["完成时间"] is not None and r["完成时间"] <= r["转呈时间"]:
            r["完成时间"] = r["转呈时间"] + timedelta(days=1)
        c[1].append("major_to_gm_same_day")
    def latest(pool):
        chosen = max((c for c in pool if c not in used), key=lambda c: c[0]["受理时间"])
        used.append(chosen)
        return [chosen]

    for c in latest(of("重大")):                         # only the director was told; still open
        r = c[0]
        r["转呈对象"] = "管理处主任"
        r["转呈时间"] = r["受理时间"] + timedelta(minutes=rng.randint(10, 25))
        r["处理人"] = ""
        r["处理结果"] = ""
        r["完成时间"] = None
        r["回访时间"] = None
        r["回访结果"] = ""
        r["工单状态"] = "处理中"
        c[1] += ["major_to_general_manager", "major_to_gm_same_day"]
    for c in latest(of("重要")):                         # never passed on; still open
        r = c[0]
        r["转呈对象"] = ""
        r["转呈时间"] = None
        r["处理人"] = ""
        r["处理结果"] = ""
        r["完成时间"] = None
        r["回访时间"] = None
        r["回访结果"] = ""
        r["工单状态"] = "处理中"
        c[1] += ["important_to_office_director", "important_to_director_30_minutes"]
    for c in take(of("重要", closed=True), 1):
        r = c[0]
        r["处理人"] = rng.choice(officers[r["管理处"]])
        c[1].append("step-director_handle")
    for c in take(of("重大", closed=True), 1):
        r = c[0]
        r["处理人"] = directors[r["管理处"]]
        r["备注"] = "总经理批示由管理处主任办理"
        c[1].append("step-gm_handle")
    for c in take(of("重要", closed=True), 1):
        r = c[0]
        late = (r["完成时间"] - r["转呈时间"]).days + 1   # the date typed a few days early, the time of day kept
        r["完成时间"] = r["完成时间"] - timedelta(days=late)
        c[1].append("report_director-director_handle")

    if injected is not None:
        injected += [(c[0]["工单编号"], inj) for c in cases for inj in c[1]]
    rows = [Case(c[0]) for c in cases]

    hand = {
        "procedure": "s9-xiangyong-property-service",
        "columns": {
            "工单编号": "case_number",
            "投诉时间": "received_at",
            "受理时间": "receive_at",
            "投诉人": "complainant",
            "房号": "address",
            "联系电话": "contact_phone",
            "被投诉人/部门": "complained_party",
            "事件经过": "content",
            "业主要求": "demand",
            "投诉级别": "severity",
        },
        "values": {
            "severity": {"重大": "major", "重要": "important", "一般": ""},
        },
        "roles": {
            gm: "general_manager",
            **{name: "office_director" for name in directors.values()},
            **{name: "property_officer" for staff in officers.values() for name in staff},
        },
        "outcomes": {
            "转呈对象": {"date": "转呈时间", "steps": {"总经理": "report_gm", "管理处主任": "report_director"}},
            "投诉级别": {"date": "完成时间", "by": "处理人", "steps": {"重大": "gm_handle", "重要": "director_handle"}},
        },
    }
    return rows, hand


EXPORTS = [
    ("158-s5-tourism-office-complaint-register.csv", "gbk", e158_s5_tourism_office_complaint_register),
    ("159-s9-xiangyong-property-service-tickets.xlsx", "xlsx", e159_s9_xiangyong_property_service_tickets),
]
