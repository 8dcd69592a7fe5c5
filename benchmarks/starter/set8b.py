"""Held-out starter-profile exports 45-47 (set 8b), written in the style of make_exports.py.

Each export plays one company's own complaint system for a procedure; the `*.hand.yaml` next to it is the profile a
careful auditor writes after reading docs/audit-your-export.md. Seeded by the export's number (18_000 + NN).

    .venv/bin/python benchmarks/starter/make_exports.py    # writes these with every other export (every_export)
"""

from __future__ import annotations

from datetime import timedelta

from make_exports import START, Case, cn, dotted, later, pick


def _days(rng, i, per_day, jitter_h=6):
    """Arrival time of the i-th case: spread over the spring, during business hours."""
    t = START + timedelta(days=i / per_day, hours=rng.uniform(0, jitter_h))
    if t.hour < 8:
        t = t.replace(hour=8 + t.hour % 4)
    if t.hour > 21:
        t = t.replace(hour=20)
    return t


def _office(t):
    """Office-hours systems (46, 47): a time falling at night is entered the next working morning; whole minutes."""
    if t is None:
        return None
    t = t.replace(second=0, microsecond=0)
    if t.hour < 8:
        t = t.replace(hour=8 + t.minute % 2, minute=(t.minute * 7) % 60)
    elif t.hour >= 19:
        t = (t + timedelta(days=1)).replace(hour=8 + t.minute % 2, minute=(t.minute * 7) % 60)
    return t


# --- 45: S36 hotel guest complaints ----------------------------------------------------------------------------

def e45_s36(rng):
    """S36 hotel: the duty-manager guest-complaint log (宾客投诉记录) of a city hotel with Chinese and Western
    restaurants and a banquet hall, exported from the front-office PMS as a GBK CSV. Dates spelled 2025年3月4日 09:12.
    Written before reading the procedure: 投诉单号, 投诉时间, 房号/台号, 宾客姓名, 联系电话, 投诉方式 (当面/电话/来函/
    他人转告), 被投诉部门, 投诉事由, 投诉级别 (轻微/一般/重大), 受理人, 处理人, 处理时间, 处理结果, 补偿方式,
    补偿金额(元), 宾客满意度, 备注. Added after reading the procedure: 受理点 (where the guest complained: the three
    restaurant outlets vs a department -> complaint_addressee), 受理人岗位 / 处理人岗位 (the posts, since names are
    not judged), 是否超出权限, 请示时间, 请示人岗位, 方案拟定时间, 方案拟定人, 上报公司时间, 上报人, 超出副总权限,
    请示总经理时间, 总经理请示人, 跟踪时间, 跟踪人. Injected (14): duplicate 单号 (case 31 reuses case 30's number); 投诉级别 较大
    (not one of the three levels) once and 投诉方式 微信 (not an option) once; a restaurant complaint received by
    区域部长 and a department complaint received by 楼面经理; a 重大 complaint handled by 楼面经理 instead of the
    restaurant deputy GM; a department request for instructions made by 区域部长 instead of the department head;
    a 超出权限=是 department complaint with no request recorded; a 重大 complaint never reported to the company; a
    重大 complaint beyond the deputy GM's authority with no request to the GM; a 重大 plan drafted by the
    operations director; a case tracked by the 大堂经理; a case tracked before it was handled; a request for
    instructions made after the complaint was handled."""
    outlets = [("中餐厅", "restaurant"), ("西餐厅", "restaurant"), ("宴会厅", "restaurant"),
               ("客房部", "department"), ("前厅部", "department"), ("康乐部", "department")]
    topics = {
        "中餐厅": [("菜品上错，等候四十分钟", "餐饮部"), ("菜里有头发", "厨房"), ("服务员态度冷淡", "餐饮部"),
                 ("包厢空调不制冷", "工程部"), ("结账多收酒水费", "餐饮部")],
        "西餐厅": [("早餐自助补菜不及时", "餐饮部"), ("牛排熟度不对", "厨房"), ("咖啡洒在客人衣服上", "餐饮部"),
                 ("早餐券不被认可", "前厅部")],
        "宴会厅": [("婚宴上菜顺序混乱", "餐饮部"), ("音响设备故障", "工程部"), ("宴会菜量少于合同", "厨房")],
        "客房部": [("房间有异味", "客房部"), ("马桶堵塞无人处理", "工程部"), ("夜床服务打扰", "客房部"),
                 ("洗衣丢失衬衫一件", "客房部"), ("隔壁噪音", "前厅部")],
        "前厅部": [("入住等候超过半小时", "前厅部"), ("预订房型被更换", "前厅部"), ("押金退款未到账", "财务部"),
                 ("叫醒服务未执行", "前厅部")],
        "康乐部": [("泳池水质浑浊", "康乐部"), ("健身房器械损坏", "工程部"), ("桑拿房温度不够", "康乐部")],
    }
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    staff = {"楼面经理": ["周敏", "许志强"], "区域部长": ["韩蕾", "钱进", "邵文"], "餐厅副总经理": ["沈建国"],
             "部门经理": ["冯立", "杜雅琴", "卢斌"], "大堂经理": ["丁一鸣", "梁晨"], "运营总监": ["潘涛"]}
    rows = []
    n = 64
    for i in range(n):
        no = f"GC{i + 1:04d}"
        t0 = _days(rng, i, 0.75, 10)
        outlet, addressee = pick(rng, [(o, 3 if o[1] == "restaurant" else 2) for o in outlets])
        topic, target = rng.choice(topics[outlet])
        level = pick(rng, [("轻微", 48), ("一般", 38), ("重大", 14)])
        recv_post = "楼面经理" if addressee == "restaurant" else "区域部长"
        exceeds = "否"
        if level == "一般" and rng.random() < 0.35:
            exceeds = "是"
        if level == "重大":
            exceeds = "是"
        req_at = req_post = None
        if exceeds == "是":
            req_at = later(t0, rng, 0.2, 1.5)
            req_post = "楼面经理" if addressee == "restaurant" else "部门经理"
        handle_at = later(req_at or t0, rng, 0.5, 20)
        handle_post = recv_post if addressee == "restaurant" else pick(rng, [("区域部长", 2), ("部门经理", 1)])
        plan_at = plan_by = report_at = report_by = gm_at = None
        beyond_gm = ""
        if level == "重大":
            handle_post = "餐厅副总经理"
            plan_at = later(t0, rng, 1, 5)
            plan_by = "餐厅副总经理"
            report_at = later(plan_at, rng, 1, 10)
            report_by = "投诉处理中心"
            beyond_gm = pick(rng, [("是", 1), ("否", 2)])
            if beyond_gm == "是":
                gm_at = later(plan_at, rng, 0.3, 3)
            handle_at = later(max(plan_at, req_at), rng, 0.5, 6)
        track_at = later(handle_at, rng, 20, 72)
        track_by = pick(rng, [("投诉处理中心", 3), ("区域部长", 2), ("餐厅副总经理", 1)])
        if t0 > START + timedelta(days=80) and rng.random() < 0.5:
            track_at = track_by = None                      # still being followed up at export time
        comp = {"轻微": [("致歉", 3), ("赠送果盘", 2), ("", 2)], "一般": [("菜品免单", 2), ("房费九折", 2), ("赠送早餐", 1)],
                "重大": [("全额免单", 1), ("赔偿", 2), ("免收房费", 1)]}[level]
        comp_way = pick(rng, comp)
        amount = {"致歉": "", "": "", "赠送果盘": "68", "赠送早餐": "128"}.get(comp_way, str(rng.choice([150, 280, 460, 880, 1200, 2600])))
        rows.append(Case({
            "投诉单号": no,
            "投诉时间": t0,
            "房号/台号": (f"{rng.randint(3, 18)}{rng.randint(1, 30):02d}" if addressee == "department"
                       else f"{'V' if outlet == '中餐厅' else 'T'}{rng.randint(1, 36)}"),
            "宾客姓名": rng.choice(surnames) + rng.choice(["先生", "女士"]),
            "联系电话": f"13{rng.randint(0, 9)}{rng.randint(10_000_000, 99_999_999)}",
            "投诉方式": pick(rng, [("当面", 6), ("电话", 3), ("来函", 1), ("他人转告", 1)]),
            "受理点": outlet,
            "被投诉部门": target,
            "投诉事由": topic,
            "投诉级别": level,
            "受理人": rng.choice(staff[recv_post]),
            "受理人岗位": recv_post,
            "是否超出权限": exceeds,
            "请示时间": req_at,
            "请示人岗位": req_post,
            "处理人岗位": handle_post,
            "处理时间": handle_at,
            "处理结果": pick(rng, [("已向客人致歉并解决", 5), ("已更换", 2), ("已维修", 2), ("客人接受处理", 3)]),
            "补偿方式": comp_way,
            "补偿金额(元)": amount,
            "方案拟定时间": plan_at,
            "方案拟定人": plan_by,
            "上报公司时间": report_at,
            "上报人": report_by,
            "超出副总权限": beyond_gm,
            "请示总经理时间": gm_at,
            "总经理请示人": "餐厅副总经理" if gm_at else None,
            "跟踪时间": track_at,
            "跟踪人": track_by,
            "宾客满意度": pick(rng, [("满意", 6), ("基本满意", 3), ("不满意", 1)]) if track_at else "",
            "备注": pick(rng, [("", 8), ("常住客", 1), ("会员金卡", 1), ("已录入客史", 1)]),
        }))

    used = set()

    def take(pred):
        r = rng.choice([r for r in rows if pred(r) and r["投诉单号"] not in used])
        used.add(r["投诉单号"])
        return r

    simple = lambda r: r["投诉级别"] == "轻微" and r["跟踪时间"] is not None  # noqa: E731
    # duplicate number: case 31 keyed with case 30's number
    rows[30]["投诉单号"] = rows[29]["投诉单号"]
    used.update({rows[30]["投诉单号"], "GC0031"})
    take(simple)["投诉级别"] = "较大"
    take(simple)["投诉方式"] = "微信"
    take(lambda r: simple(r) and r["受理点"] in ("中餐厅", "西餐厅"))["受理人岗位"] = "区域部长"
    take(lambda r: simple(r) and r["受理点"] in ("客房部", "前厅部"))["受理人岗位"] = "楼面经理"
    r = take(lambda r: r["投诉级别"] == "重大")
    r["处理人岗位"] = "楼面经理"
    take(lambda r: r["投诉级别"] == "一般" and r["是否超出权限"] == "是" and r["受理点"] in ("客房部", "前厅部", "康乐部")
         )["请示人岗位"] = "区域部长"
    r = take(lambda r: r["投诉级别"] == "一般" and r["是否超出权限"] == "是" and r["受理点"] in ("客房部", "前厅部", "康乐部"))
    r["请示时间"] = r["请示人岗位"] = None
    r = take(lambda r: r["投诉级别"] == "重大")
    r["上报公司时间"] = r["上报人"] = None
    r = take(lambda r: r["投诉级别"] == "重大" and r["超出副总权限"] == "是")
    r["请示总经理时间"] = r["总经理请示人"] = None
    take(lambda r: r["投诉级别"] == "重大")["方案拟定人"] = "运营总监"
    take(lambda r: simple(r) and r["跟踪人"] == "投诉处理中心")["跟踪人"] = "大堂经理"
    r = take(simple)
    r["跟踪时间"] = r["处理时间"] - timedelta(hours=3)
    r = take(lambda r: r["投诉级别"] == "一般" and r["是否超出权限"] == "是")
    r["请示时间"] = r["处理时间"] + timedelta(hours=2)

    for r in rows:
        for h in ("投诉时间", "请示时间", "处理时间", "方案拟定时间", "上报公司时间", "请示总经理时间", "跟踪时间"):
            r[h] = cn(r[h]) if r[h] else None

    hand = {
        "procedure": "s36-hotel-guest-complaints",
        "encoding": "gb18030",
        "columns": {
            "投诉单号": "case_number",
            "投诉时间": "receive_at",
            "投诉方式": "channel",
            "受理点": "complaint_addressee",
            "投诉级别": "severity",
            "受理人岗位": "receive_by",
            "是否超出权限": "exceeds_receiver_authority",
            "请示时间": "request_instructions_at",
            "请示人岗位": "request_instructions_by",
            "处理人岗位": "handle_by",
            "处理时间": "handle_at",
            "方案拟定时间": "major_plan_at",
            "方案拟定人": "major_plan_by",
            "上报公司时间": "report_company_at",
            "上报人": "report_company_by",
            "超出副总权限": "exceeds_deputy_gm_authority",
            "请示总经理时间": "request_gm_at",
            "总经理请示人": "request_gm_by",
            "跟踪时间": "track_at",
            "跟踪人": "track_by",
        },
        "values": {
            "severity": {"轻微": "minor", "一般": "general", "重大": "major"},
            "channel": {"当面": "oral", "电话": "phone", "来函": "written", "他人转告": "relayed"},
            "complaint_addressee": {"中餐厅": "restaurant", "西餐厅": "restaurant", "宴会厅": "restaurant",
                                    "客房部": "department", "前厅部": "department", "康乐部": "department"},
            "exceeds_receiver_authority": {"是": "yes", "否": "no"},
            "exceeds_deputy_gm_authority": {"是": "yes", "否": "no"},
        },
        "roles": {
            "楼面经理": "floor_manager",
            "区域部长": "area_supervisor",
            "部门经理": "department_head",
            "餐厅副总经理": "restaurant_deputy_gm",
            "投诉处理中心": "complaint_center",
            "大堂经理": "lobby_manager",
            "运营总监": "operations_director",
        },
    }
    return rows, hand


# --- 46: S15 tax-device service complaint slips -----------------------------------------------------------------

def e46_s15(rng):
    """S15 tax-device service company: the marketing department's 《客户投诉处理单》 register kept in the service
    system and exported to XLSX with real date cells (date-only cells for contract end and device dates).
    Written before reading the procedure: 处理单编号, 受理时间, 企业名称, 纳税人识别号, 联系人, 联系电话, 合同有效期至,
    技术服务单位, 设备型号, 设备出库/启用日期, 投诉方式 (热线/来访/书面/税局转办), 投诉分类 (一般性投诉/严重性投诉),
    投诉情形 (3.1.1/3.1.2 a–f as the slip's tick-box text), 投诉内容, 受理人, 经办部门, 下发时间 (slip passed on to
    the responsible unit), 责任单位, 责任人, 责任单位反馈时间, 处理结果, 改善对策, 效果确认日期, 结案日期, 备注.
    Added after reading the procedure: 客户诉求, 处理方式, 约定上门时间, 实际到达时间, 原因分析, 台账登记日期,
    核实时间, 核实部门, 确认部门, 意见报告日期. Injected (21): duplicate 处理单编号 (slip 27 reuses 26's number);
    blank 合同有效期至 twice, blank 技术服务单位, blank 设备出库/启用日期, blank 客户诉求, blank 投诉分类 on a slip
    passed on, blank 处理方式, blank 责任人, a slip never entered in the ledger (台账登记日期 blank), a slip with
    effect confirmed but no opinion report, a case with no 下发时间 (slip never filled); 投诉分类 重大投诉 (not one
    of the two classes); 核实部门 技术服务站 (not marketing) once and 确认部门 质量部 twice; late visits of 95 min,
    45 min and exactly 30 min (a 29-min one is left as not late); ledger entry dated before the slip was passed on;
    opinion report dated before the effect was confirmed."""
    from datetime import date

    units = ["城东服务站", "开发区服务站", "江北服务站", "县域服务中心"]
    firms = ["宏达建材", "鑫源餐饮", "华茂商贸", "恒通物流", "佳禾食品", "远景印务", "蓝海电子", "金穗农资", "同创科技",
             "瑞丰五金", "永安医药", "百川酒店", "立信会计事务所", "海纳装饰", "东方汽配"]
    cases = [
        ("一般性投诉", "a 热线忙无法沟通", "服务热线连续三天打不通", "尽快上门处理开票问题", "电话指导"),
        ("一般性投诉", "b 设备异常未及时更换", "税控盘读不出，报修一周未更换", "更换税控盘", "更换设备"),
        ("一般性投诉", "c 数次维修未解决", "打印机驱动问题维修三次仍不能开票", "彻底解决开票打印问题", "上门维修"),
        ("一般性投诉", "d 推辞上门或迟到", "约定上午上门，工程师迟到", "按约定时间上门", "上门维修"),
        ("一般性投诉", "e 未及时升级", "开票软件未升级，无法开具新版发票", "当天完成升级", "远程升级"),
        ("一般性投诉", "f 其他", "发票抄报税提示异常", "解释原因并处理", "电话指导"),
        ("严重性投诉", "a 态度恶劣", "服务人员与财务人员发生争吵", "更换服务人员并道歉", "赔礼道歉"),
        ("严重性投诉", "b 数次违约", "三次约定均未上门，导致月底无法开票", "赔偿损失", "上门维修"),
        ("严重性投诉", "e 乱收费", "服务人员上门推销并收取200元服务费", "退还费用", "退费"),
        ("严重性投诉", "f 税务部门批评", "未及时升级导致企业被税局约谈", "书面说明", "上门维修"),
    ]
    people = {"城东服务站": ["赵刚", "孙宇"], "开发区服务站": ["钱磊", "吴昊"], "江北服务站": ["郑伟"],
              "县域服务中心": ["冯凯", "陈雷"]}
    rows = []
    n = 54
    for i in range(n):
        t0 = _office(_days(rng, i, 0.6, 8))
        sev, crit, content, demand, measure = cases[pick(rng, [(k, 5 if k < 6 else 1) for k in range(len(cases))])]
        unit = rng.choice(units)
        visit = measure in ("上门维修", "更换设备")
        appoint = arrive = None
        if visit:
            appoint = (t0 + timedelta(days=rng.randint(1, 3))).replace(hour=rng.choice([9, 10, 14, 15]), minute=0)
            arrive = appoint + timedelta(minutes=rng.randint(-20, 15))
        slip_at = _office(later(t0, rng, 0.5, 6))
        ledger_at = _office(later(slip_at, rng, 0.2, 8))
        feedback_at = _office(later(arrive or slip_at, rng, 4, 48))
        verify_at = _office(later(feedback_at, rng, 1, 24))
        confirm_at = _office(later(verify_at, rng, 72, 240))
        report_at = _office(later(confirm_at, rng, 2, 48))
        close_at = report_at
        if t0 > START + timedelta(days=75):                # recent slips: still open at export time
            stage = rng.choice([0, 1, 2])
            confirm_at = report_at = close_at = None
            if stage == 0:
                verify_at = feedback_at = None
        firm = rng.choice(firms)
        device = pick(rng, [("税控盘 TC-200", 3), ("金税盘 JS-1", 3), ("税务UKey", 2), ("开票服务器 KP-8", 1)])
        started = START - timedelta(days=rng.randint(100, 1500))
        rows.append(Case({
            "处理单编号": f"KT{t0:%y%m}-{i + 1:03d}",
            "受理时间": t0,
            "企业名称": f"{rng.choice(['江城', '临海', '青山', '南湖'])}市{firm}有限公司",
            "纳税人识别号": f"91{rng.randint(10, 99)}0{rng.randint(10 ** 13, 10 ** 14 - 1)}",
            "联系人": rng.choice("王李张刘陈杨黄赵") + rng.choice(["会计", "经理", "女士", "先生"]),
            "联系电话": f"1{rng.choice([35, 37, 39, 58, 86])}{rng.randint(10_000_000, 99_999_999)}",
            "合同有效期至": date(rng.choice([2025, 2026, 2027]), rng.randint(1, 12), 28),
            "技术服务单位": unit,
            "设备型号": device,
            "设备出库/启用日期": started.date(),
            "投诉方式": pick(rng, [("热线", 6), ("来访", 2), ("书面", 1), ("税局转办", 1)]),
            "投诉分类": sev,
            "投诉情形": crit,
            "投诉内容": content,
            "客户诉求": demand,
            "受理人": rng.choice(["林晓", "高敏", "罗佳"]),
            "经办部门": "营销部",
            "下发时间": slip_at,
            "处理方式": measure,
            "责任单位": unit,
            "责任人": rng.choice(people[unit]),
            "约定上门时间": appoint,
            "实际到达时间": arrive,
            "台账登记日期": ledger_at,
            "责任单位反馈时间": feedback_at,
            "原因分析": pick(rng, [("设备硬件故障", 2), ("服务人员业务不熟", 1), ("排班不足", 1), ("软件版本过旧", 2)])
            if feedback_at else None,
            "核实时间": verify_at,
            "核实部门": "营销部" if verify_at else None,
            "改善对策": pick(rng, [("加强服务人员培训", 2), ("增加热线坐席", 1), ("备机前置到服务站", 1)]) if confirm_at else None,
            "效果确认日期": confirm_at,
            "确认部门": "营销部" if confirm_at else None,
            "意见报告日期": report_at,
            "处理结果": pick(rng, [("已解决，客户认可", 4), ("已解决", 3), ("部分解决", 1)]) if report_at else None,
            "结案日期": close_at,
            "备注": pick(rng, [(None, 8), ("客户要求书面回复", 1), ("税局转办件，需回函", 1)]),
        }))

    used = set()

    def take(pred=lambda r: True):
        r = rng.choice([r for r in rows if pred(r) and r["处理单编号"] not in used])
        used.add(r["处理单编号"])
        return r

    done = lambda r: r["意见报告日期"] is not None  # noqa: E731
    visits = [r for r in rows if r["约定上门时间"] is not None and r["处理单编号"]]
    rows[26]["处理单编号"] = rows[25]["处理单编号"]
    used.add(rows[25]["处理单编号"])
    used.add(f"KT{rows[26]['受理时间']:%y%m}-027")
    for r, minutes in zip(visits[1:5], (95, 45, 30, 29)):
        r["实际到达时间"] = r["约定上门时间"] + timedelta(minutes=minutes)
        used.add(r["处理单编号"])
    take(done)["合同有效期至"] = None
    take(done)["合同有效期至"] = None
    take(done)["技术服务单位"] = None
    take(done)["设备出库/启用日期"] = None
    take(done)["客户诉求"] = None
    take(done)["投诉分类"] = None
    take(lambda r: done(r) and r["约定上门时间"] is None)["处理方式"] = None
    take(done)["责任人"] = None
    take(done)["台账登记日期"] = None
    take(done)["意见报告日期"] = None
    r = take(lambda r: done(r) and r["约定上门时间"] is None)
    r["下发时间"] = None
    take(done)["投诉分类"] = "重大投诉"
    take(done)["核实部门"] = "技术服务站"
    take(done)["确认部门"] = "质量部"
    take(done)["确认部门"] = "质量部"
    r = take(done)
    r["台账登记日期"] = r["下发时间"] - timedelta(hours=3)
    r = take(done)
    r["意见报告日期"] = r["效果确认日期"] - timedelta(days=2)

    hand = {
        "procedure": "s15-complaint-handling-marketing",
        "columns": {
            "处理单编号": "case_number",
            "受理时间": "received_at",
            "企业名称": "customer",
            "合同有效期至": "contract_valid_until",
            "技术服务单位": "service_subcontractor",
            "设备出库/启用日期": "device_start_date",
            "投诉分类": "severity",
            "投诉内容": "content",
            "客户诉求": "demand",
            "经办部门": "fill_handling_slip_by",
            "下发时间": "fill_handling_slip_at",
            "处理方式": "measures",
            "责任单位": "responsible_department",
            "责任人": "responsible_person",
            "约定上门时间": "appointment_at",
            "实际到达时间": "arrived_at",
            "台账登记日期": "register_at",
            "原因分析": "cause",
            "核实时间": "verify_cause_at",
            "核实部门": "verify_cause_by",
            "效果确认日期": "improvement_at",
            "确认部门": "improvement_by",
            "意见报告日期": "opinion_report_at",
            "处理结果": "result",
        },
        "values": {
            "severity": {"一般性投诉": "general", "严重性投诉": "serious"},
        },
        "roles": {
            "营销部": "marketing",
            "质量部": "quality_dept",
            "技术服务站": "tech_service_unit",
        },
    }
    return rows, hand


# --- 47: S10 warehousing customer complaints ------------------------------------------------------------------

def e47_s10(rng):
    """S10 Shanghai warehousing company: the customer-complaint records (客戶投訴記錄) of its warehouse management
    system, exported as a UTF-8 (BOM) CSV with the company's traditional-character headers, dates spelled
    2025.03.04 09:12. Written before reading the procedure: 投訴單號, 登記日期, 客戶名稱, 合同編號, 倉庫, 聯繫人,
    聯繫電話, 投訴類型 (貨損/貨差/發貨延誤/單據錯誤/服務態度/計費爭議), 投訴內容, 登記人, 處理部門, 處理人,
    處理完成日期, 處理結果, 賠償金額(元), 客戶意見, 備註. Added after reading the procedure: none (the procedure
    only needs the handling department, which the records already had). Injected (6): two duplicated 投訴單號
    (a re-keyed record: cases 19/20 and 34/35); four cases handled by another department instead of 市場開發部
    (倉儲部 twice, 運輸部, 財務部). The procedure names no role but 市場開發部, so those four departments map to no
    role and the audit cannot judge them (the tool does not judge values that are not roles): only the two
    duplicates are reported."""
    customers = [("上海佳美日化有限公司", "YQ-CC-2024-018"), ("蘇州恒力電子有限公司", "YQ-CC-2023-041"),
                 ("上海綠源食品有限公司", "YQ-CC-2024-007"), ("寧波博遠貿易有限公司", "YQ-CC-2024-033"),
                 ("上海東聯汽配有限公司", "YQ-CC-2022-012"), ("無錫天成紡織有限公司", "YQ-CC-2024-052"),
                 ("上海銳捷醫療器械有限公司", "YQ-CC-2023-029")]
    kinds = [("貨損", "出庫時發現外箱破損，內貨受潮", 3), ("貨差", "盤點數量與系統不符，短少{}箱", 3),
             ("發貨延誤", "訂單未按約定時間出庫，延誤{}小時", 3), ("單據錯誤", "出庫單批號錯誤", 2),
             ("服務態度", "倉庫收貨人員態度生硬", 1), ("計費爭議", "倉儲費按整托計算，與合同不符", 1)]
    handlers = ["陸海", "顧曉婷", "施文傑"]
    rows = []
    n = 46
    for i in range(n):
        t0 = _office(_days(rng, i, 0.5, 9))
        cust, contract = rng.choice(customers)
        kind, text, _w = kinds[pick(rng, [(k, w) for k, (_, _, w) in enumerate(kinds)])]
        done = _office(later(t0, rng, 4, 120))
        if t0 > START + timedelta(days=85) and rng.random() < 0.5:
            done = None
        amount = ""
        if kind in ("貨損", "貨差") and done:
            amount = str(rng.choice([0, 320, 860, 1500, 4200]))
        rows.append(Case({
            "投訴單號": f"YQ-TS-{t0:%y%m%d}-{i + 1:02d}",
            "登記日期": dotted(t0),
            "客戶名稱": cust,
            "合同編號": contract,
            "倉庫": pick(rng, [("外高橋一號庫", 3), ("外高橋二號庫", 2), ("嘉定冷庫", 1)]),
            "聯繫人": rng.choice("王李張劉陳楊黃趙吳周") + rng.choice(["經理", "主管", "先生", "小姐"]),
            "聯繫電話": f"021-{rng.randint(5000_0000, 6999_9999)}",
            "投訴類型": kind,
            "投訴內容": text.format(rng.randint(1, 12)),
            "登記人": rng.choice(["沈佳", "錢明"]),
            "處理部門": "市場開發部",
            "處理人": rng.choice(handlers),
            "處理完成日期": dotted(done) if done else "",
            "處理結果": (pick(rng, [("已賠償", 2), ("已補發", 2), ("已更正單據並致歉", 2), ("已解釋，客戶接受", 2)])
                     if done else "處理中"),
            "賠償金額(元)": amount,
            "客戶意見": pick(rng, [("滿意", 5), ("基本滿意", 3), ("不滿意", 1)]) if done else "",
            "備註": pick(rng, [("", 7), ("需回函", 1), ("客戶要求盤點", 1)]),
        }))
    rows[19]["投訴單號"] = rows[18]["投訴單號"]
    rows[34]["投訴單號"] = rows[33]["投訴單號"]
    for k, dept in zip((6, 15, 27, 40), ("倉儲部", "運輸部", "倉儲部", "財務部")):
        rows[k]["處理部門"] = dept
        rows[k]["處理人"] = {"倉儲部": "倪強", "運輸部": "蔡斌", "財務部": "唐琳"}[dept]

    hand = {
        "procedure": "s10-yuqiang-warehousing-customers",
        "columns": {
            "投訴單號": "case_number",
            "處理部門": "handle_complaint_by",
            "處理完成日期": "handle_complaint_at",
        },
        "roles": {"市場開發部": "market_development"},
    }
    return rows, hand


EXPORTS = [
    ("45-s36-hotel-guest-log.csv", "gbk", e45_s36),
    ("46-s15-tax-service-slips.xlsx", "xlsx", e46_s15),
    ("47-s10-warehouse-complaints.csv", "utf-8-sig", e47_s10),
]
