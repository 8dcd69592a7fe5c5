"""Starter-profile benchmark exports 74-75 (set 13b), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 74 75    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, slash, distinct_names, person_name as _name, mobile as _mobile


CUTOFF = datetime(2025, 6, 30, 18, 0)   # both exports were taken on 30 June 2025 at 18:00


def _m(t):
    """Whole minutes, as staff and systems record them."""
    return t.replace(second=0, microsecond=0) if t else None


def _office(t):
    """The complaint office works every day 08:30-20:00; anything later is picked up next morning."""
    t = _m(t)
    if t.hour < 8 or (t.hour == 8 and t.minute < 30):
        return t.replace(hour=8, minute=30) + timedelta(minutes=(t.minute % 40))
    if t.hour >= 20:
        return (t + timedelta(days=1)).replace(hour=8, minute=30) + timedelta(minutes=(t.minute % 40))
    return t


def _spread(rng, n, start, end):
    """n sorted random times between start and end."""
    span = (end - start).total_seconds()
    return sorted(start + timedelta(seconds=rng.uniform(0, span)) for _ in range(n))


# --- 74: S11, a network-device maker's complaint office ledger ----------------------------------------------------

def e74_s11_complaint_office(rng, injected=None):
    """鼎诚网络科技有限公司 客户服务中心“投诉处”的《客户投诉台账》导出（GBK CSV），按 S11《投诉处管理制度》审计。
    公司卖家用路由器、智能摄像头、智能门锁、扫地机器人；投诉处统一受理 400热线 / 客服邮箱 / 官网留言（“电话”是
    转到投诉处座机的，也算热线），每天 08:30-20:00 有人值班。日期写法：2025/3/4 9:12（slash），结案日期只写 2025/3/9。
    投诉类别是公司自己的叫法：质量问题 / 服务态度 / 办理流程。首问责任人、反馈人写投诉处专员姓名；调查责任部门写
    部门名（品质部、售后服务部、物流部、电商运营部），复杂投诉由“专项调查组”调查；介入领导写职务（总经理、副总经理、
    客服中心经理）。
    读 YAML 前按原文写下的列：投诉编号、受理时间、投诉渠道、投诉人、联系电话、投诉类别、投诉内容摘要、首问责任人、
    初步回复时间、调查责任部门、复杂投诉（原先写成“专项小组(是/否)”，因原文说“对复杂投诉成立专门小组调查”，改为
    复杂投诉标记，专门小组写在调查责任部门里）、处理方案、进度通报、反馈客户时间、结案日期、处理状态、原因分析及改进措施。
    读过制度 YAML 后补的列：录入时间（record_at，“详细记录……处理过程”按记录环节的时间检查）、派单时间
    （investigate_at，分类要求在调查之后才查）、反馈人（feedback_by，首问责任制比对受理人与反馈人）、处理结果
    （result）、长期未结（long_unresolved）、高层介入时间 / 介入领导（senior_intervention_at / _by）。
    注入（14 件）：投诉编号重复 1 对（同月两件录成同一编号）；初步回复超过 24 小时 1 件；没有初步回复 1 件；
    投诉内容摘要空白 1 件；录入时间空白 1 件；已派单调查却没有投诉类别 1 件；渠道“微信公众号”不在统一渠道之内
    （取值无效）1 件；复杂投诉却由品质部调查 1 件；反馈人不是首问责任人 2 件；已有处理结果却没有处理方案 1 件；
    已有处理结果却没有反馈客户时间 1 件；长期未结却没有高层介入 1 件；长期未结由客服中心经理（不是高层）介入 1 件。
    陷阱（不是违规）：初步回复恰好在受理后 24 小时整 1 件；晚间邮件 / 官网留言次日上午录入并回复（仍在 24 小时内）；
    6 月 30 日下午受理、尚未回复也未派单、也没有分类的新件（截至 7 月 1 日未满 24 小时）；“电话”“400热线”两种写法都是热线；
    同一投诉人先后两次投诉（编号不同）；未标记复杂、由专项调查组调查 1 件；未标记长期未结、副总经理主动介入的 VIP 投诉 1 件；
    处理中的案件没有结果、没有反馈。
    """
    n = 62
    slots = list(range(3, n - 4))                 # the last four are fresh cases, the first three plain
    rng.shuffle(slots)
    late_reply, no_reply, no_content, no_record, no_category, wechat = (slots.pop() for _ in range(6))
    complex_wrong = slots.pop()
    bad_feedback_by = [slots.pop(), slots.pop()]
    no_measures, no_feedback = slots.pop(), slots.pop()
    early = [k for k in slots if k < 36]           # long-unresolved cases: received by April, so a leader had time
    long_no_senior, long_wrong_senior = early[:2]
    long_ok = early[2:5]
    slots = [k for k in slots if k not in early[:5]]
    trap_24h, trap_team, trap_vip = slots.pop(), slots.pop(), slots.pop()
    late = [k for k in slots if k >= 44]
    open_cases = set(late[:4])                     # May-June cases still being handled on 30 June (no result yet)
    closed_long = {long_no_senior, long_wrong_senior, *long_ok}

    taken: set = set()
    agents = distinct_names(rng, 5, taken)         # 投诉处专员（首问责任人）
    products = {"路由器": ["AX3000 路由器", "AX6000 路由器"], "摄像头": ["C6 智能摄像头", "C8 云台摄像头"],
                "门锁": ["L2 智能门锁"], "扫地机": ["R5 扫地机器人"]}
    defects = {"路由器": ["用了两周频繁掉线", "开箱就无法开机", "固件升级后变砖", "5G信号穿不过一堵墙"],
               "摄像头": ["夜视画面发紫", "云台转动卡顿", "回放录像丢失", "固件升级后变砖"],
               "门锁": ["指纹识别经常失败", "电池续航不到标称一半", "面板进水后失灵"],
               "扫地机": ["电池续航不到标称一半", "越障时卡住不动", "尘盒外壳有裂纹"]}
    # (issue, plan, root cause / improvement) by category; {p} is the product
    cases = {
        "质量问题": [(None, "寄回检测后更换新机", "批次来料不良，已要求供应商整改"),
                 (None, "远程排查并推送修复固件", "固件测试用例补充"),
                 (None, "上门更换主板", "出厂检验增加老化测试"),
                 (None, "补发配件并延保半年", "")],
        "服务态度": [("客服电话里态度敷衍，中途挂断", "向客户致歉，对当事坐席通报批评并考核", "客服话术整改，通话抽检"),
                 ("售后网点人员说话难听", "网点负责人登门致歉，赠送延保卡", "加强网点服务礼仪培训"),
                 ("安装师傅迟到两小时还不道歉", "扣罚安装服务商，补偿50元优惠券", "加强网点服务礼仪培训"),
                 ("在线客服答非所问，多次催促无人理会", "向客户致歉，安排专人对接", "")],
        "办理流程": [("{p}退货申请审核拖了十天", "加急审核退货，退款三日内到账", "优化退货审核流程，限时48小时"),
                 ("{p}换货要求自己先垫付运费", "报销客户垫付运费", "换货改为到付"),
                 ("{p}保修要求提供纸质发票，电子发票不认", "改为认可电子发票保修", "修订保修凭证规定"),
                 ("{p}寄修后一直查不到进度", "客服专人跟踪寄修进度", "寄修单号短信推送客户"),
                 ("退款原路返回迟迟未到账", "财务核实后补发退款", "")],
    }
    results = ["已解决，客户认可", "客户接受处理方案", "客户满意", "客户表示理解，同意结案", "问题已解决"]
    depts = {"质量问题": ["品质部", "售后服务部"], "服务态度": ["售后服务部", "电商运营部"],
             "办理流程": ["电商运营部", "物流部", "售后服务部"]}
    channels = [("400热线", 46), ("电话", 8), ("客服邮箱", 18), ("官网留言", 28)]

    times = _spread(rng, n - 4, datetime(2025, 1, 3, 8, 0), datetime(2025, 6, 24, 20, 0))
    times += [datetime(2025, 6, 27, 15, 40), datetime(2025, 6, 29, 10, 5), datetime(2025, 6, 30, 14, 12),
              datetime(2025, 6, 30, 16, 48)]
    repeat_customer = (distinct_names(rng, 1, set(taken))[0], _mobile(rng))
    rows = []
    seq: dict = {}
    for i, t in enumerate(times):
        channel = pick(rng, channels)
        if i == wechat:
            channel = "微信公众号"
        if channel in ("400热线", "电话"):
            recv = _office(t)
        else:
            recv = _m(t)                            # e-mail and web messages carry their own timestamp
        if i == trap_24h:
            channel, recv = "400热线", recv.replace(hour=10, minute=0)
        cat = pick(rng, [("质量问题", 50), ("服务态度", 20), ("办理流程", 30)])
        family = pick(rng, [("路由器", 4), ("摄像头", 3), ("门锁", 2), ("扫地机", 1)])
        prod = rng.choice(products[family])
        issue, plan, cause = rng.choice(cases[cat])
        issue = (prod + rng.choice(defects[family])) if issue is None else issue.format(p=prod)
        agent = rng.choice(agents)
        record = _office(recv + timedelta(minutes=rng.randint(2, 40)))
        reply = record + timedelta(minutes=rng.randint(10, 240))
        reply = min(reply, recv + timedelta(hours=rng.uniform(18, 23.5)))
        reply = max(_m(reply), record)
        if i == trap_24h:
            record = recv + timedelta(minutes=12)
            reply = recv + timedelta(hours=24)          # “明天同一时间给您回电”
        if i == late_reply:
            reply = _office(recv + timedelta(hours=rng.uniform(32, 60)))
        fresh = i >= n - 2                               # received on 30 June: not dispatched yet
        is_complex = (rng.random() < 0.14 or i == complex_wrong) and not fresh and i != trap_team
        inv_at = inv_by = None
        if not fresh:
            inv_at = _office(reply + timedelta(hours=rng.uniform(0.3, 5)))
            inv_by = "专项调查组" if is_complex else rng.choice(depts[cat])
            if i == complex_wrong:
                inv_by = "品质部"
            if i == trap_team:
                inv_by = "专项调查组"
        is_long = i in closed_long
        fb_at = res = meas = None
        must_close = i in bad_feedback_by or i in (no_measures, no_feedback)
        if inv_at:
            days = rng.uniform(1, 9) if not is_complex else rng.uniform(6, 18)
            if is_long:
                days = rng.uniform(35, 60)
            if must_close:
                days = rng.uniform(0.5, 3)
            fb_at = _office(inv_at + timedelta(days=days))
            if (fb_at > CUTOFF or i in open_cases or i >= n - 4) and not must_close:
                fb_at = None
        closed = fb_at is not None
        close_day = fb_at
        if closed:
            res = rng.choice(results)
            meas = plan
        elif inv_at and rng.random() < 0.5:
            meas = plan             # a plan already, still working on it
        fb_by = agent if closed else None
        if i in bad_feedback_by and closed:
            fb_by = rng.choice([a for a in agents if a != agent])
        if i == no_measures:
            meas = None
        if i == no_feedback:
            fb_at, fb_by = None, None
        senior_at = senior_by = None
        if is_long:
            senior_at = _office(recv + timedelta(days=rng.uniform(16, 30)))
            senior_by = pick(rng, [("总经理", 1), ("副总经理", 2)])
            if i == long_no_senior:
                senior_at = senior_by = None
            if i == long_wrong_senior:
                senior_by = "客服中心经理"
        if i == trap_vip:
            senior_at = _office(recv + timedelta(hours=rng.uniform(3, 20)))
            senior_by = "副总经理"
        if closed:
            status = "已结案"
        elif inv_at:
            status = pick(rng, [("处理中", 3), ("待客户确认", 1)])
        else:
            status = "已受理"
        progress = ""
        if inv_at and (closed or rng.random() < 0.6):
            p = inv_at + timedelta(days=rng.uniform(0.5, 2))
            if p < CUTOFF and (not fb_at or p < fb_at):
                progress = f"{p.month}/{p.day} 电话告知客户" + rng.choice(["已转调查", "检测中", "方案审批中", "已安排寄回"])

        key = f"{recv:%y%m}"
        seq[key] = seq.get(key, 0) + 1
        r = Case()
        r["投诉编号"] = f"TS{key}-{seq[key]:03d}"
        r["受理时间"] = slash(recv)
        r["投诉渠道"] = channel
        if i in (10, 41):
            r["投诉人"], r["联系电话"] = repeat_customer
        else:
            who = _name(rng)
            while who in taken:
                who = _name(rng)
            r["投诉人"] = who if rng.random() < 0.8 else who[0] + rng.choice(["先生", "女士"])
            r["联系电话"] = _mobile(rng)
        r["首问责任人"] = agent
        r["录入时间"] = "" if i == no_record else slash(record)
        r["投诉类别"] = "" if (i == no_category or i >= n - 2) else cat
        r["投诉内容摘要"] = "" if i == no_content else issue
        r["初步回复时间"] = "" if (i == no_reply or i >= n - 2) else slash(reply)
        r["复杂投诉"] = "是" if is_complex else "否"
        r["派单时间"] = slash(inv_at) if inv_at else ""
        r["调查责任部门"] = inv_by or ""
        r["处理方案"] = meas or ""
        r["进度通报"] = progress
        r["反馈客户时间"] = slash(fb_at) if fb_at else ""
        r["反馈人"] = fb_by or ""
        r["处理结果"] = res or ""
        r["处理状态"] = status
        r["结案日期"] = f"{close_day.year}/{close_day.month}/{close_day.day}" if closed else ""
        r["长期未结"] = "是" if is_long else "否"
        r["高层介入时间"] = slash(senior_at) if senior_at else ""
        r["介入领导"] = senior_by or ""
        r["原因分析及改进措施"] = cause if closed and rng.random() < 0.7 else ""
        rows.append(r)

    # a repeated 投诉编号: two complaints in the same month typed with the same number
    busy = {late_reply, no_reply, no_content, no_record, no_category, wechat, complex_wrong, *bad_feedback_by,
            no_measures, no_feedback, long_no_senior, long_wrong_senior, trap_24h}
    dup = next(k for k in range(20, 50) if k not in busy and k - 1 not in busy
               and rows[k]["投诉编号"][:6] == rows[k - 1]["投诉编号"][:6])
    rows[dup]["投诉编号"] = rows[dup - 1]["投诉编号"]
    if injected is not None:
        num = lambda i: rows[i]["投诉编号"]  # noqa: E731
        injected += [(num(dup), "duplicate"), (num(late_reply), "late_reply"), (num(no_reply), "no_reply"),
                     (num(no_content), "no_content"), (num(no_record), "no_record"),
                     (num(no_category), "no_category"), (num(wechat), "bad_channel"),
                     (num(complex_wrong), "complex_not_special_team")]
        injected += [(num(i), "feedback_by_other") for i in bad_feedback_by]
        injected += [(num(no_measures), "no_measures"), (num(no_feedback), "no_feedback"),
                     (num(long_no_senior), "long_no_senior"), (num(long_wrong_senior), "long_wrong_senior")]

    hand = {
        "procedure": "s11-complaint-office-general",
        "columns": {
            "投诉编号": "case_number",
            "受理时间": "receive_at",
            "投诉渠道": "channel",
            "首问责任人": "receive_by",
            "录入时间": "record_at",
            "投诉类别": "category",
            "投诉内容摘要": "content",
            "初步回复时间": "initial_reply_at",
            "复杂投诉": "is_complex",
            "派单时间": "investigate_at",
            "调查责任部门": "investigate_by",
            "处理方案": "measures",
            "反馈客户时间": "feedback_at",
            "反馈人": "feedback_by",
            "处理结果": "result",
            "长期未结": "long_unresolved",
            "高层介入时间": "senior_intervention_at",
            "介入领导": "senior_intervention_by",
        },
        "values": {
            "channel": {"400热线": "hotline", "电话": "hotline", "客服邮箱": "email", "官网留言": "website"},
            "category": {"质量问题": "product_quality", "服务态度": "service_attitude", "办理流程": "operating_procedure"},
            "is_complex": {"是": True, "否": False},
            "long_unresolved": {"是": True, "否": False},
        },
        "roles": {
            "品质部": "investigating_dept", "售后服务部": "investigating_dept", "物流部": "investigating_dept",
            "电商运营部": "investigating_dept", "专项调查组": "special_team",
            "总经理": "senior_management", "副总经理": "senior_management", "客服中心经理": "complaint_office",
        },
    }
    return rows, hand


# --- 75: S36, a hotel's guest-complaint log kept by the duty managers at the front office ---------------------------

def e75_s36_hotel_log(rng, injected=None):
    """滨江华庭大酒店 前厅部大堂副理台的《宾客投诉记录表》（XLSX；日期、请示时间、处理完毕时间、请示总经理时间、
    报公司时间是 Excel 日期单元格，“日期”只有年月日，受理的钟点另记在文字列“时间”里，如 14:35），按 S36《酒店宾客投诉处理管理办法》审计。酒店有客房部、康乐部（泳池、健身房），餐饮部下有中餐厅
    “粤香苑”、全日制西餐厅和宴会厅；餐饮由餐厅副总经理分管，设宾客投诉处理中心（组长餐厅副总经理，副组长餐厅经理，
    成员楼面主管、各区域部长）。人员一栏写“姓名(岗位)”，普通员工只写姓名；投诉级别：轻微 / 一般 / 重大；
    投诉方式：当面 / 电话 / 意见卡 / 书面信函 / 他人转告。
    读 YAML 前按原文写下的列：日期、时间、房号/台号、宾客姓名、投诉方式、投诉内容、被投诉部门、投诉级别、受理人、处理人、
    请示上报（向谁请示：运营总监 / 餐厅副总经理 / 总经理）、处理结果、补偿方式、宾客意见、跟进人（原写“跟进”）、
    大堂经理（当班大堂经理签名）、备注。
    读过制度 YAML 后补的列：编号（case_number）、受理点（complaint_addressee：客房部 / 康乐部 → 直接向部门提出，
    中餐厅 / 西餐厅 / 宴会厅 → 向餐厅提出，大堂 → 大堂经理代表酒店受理，审计人员映射为不适用）、超出权限
    （exceeds_receiver_authority）、请示人 / 请示时间（request_instructions_by / _at）、处理完毕时间（handle_at）、
    超副总权限 / 请示总经理时间（exceeds_deputy_gm_authority / request_gm_at）、报公司时间 / 报告人
    （report_company_at / _by）。
    注入（12 件）：编号重复 1 对；中餐厅的投诉由中餐厅区域部长受理（应由楼面经理）1 件；客房部的投诉由楼面经理受理
    （应由区域部长）1 件；重大投诉由楼面经理处理（应由餐厅副总经理亲自处理）2 件；重大投诉没有报公司 1 件；重大投诉
    超副总权限却没有请示总经理 1 件；餐厅投诉超出权限却没有请示 1 件；部门投诉超出权限由区域部长请示（应由部门第一负责人）
    1 件；由客房部经理跟进（不是投诉处理中心）1 件；投诉级别写“较重”（取值无效）1 件；处理完毕时间早于日期（月份写错）1 件。
    陷阱（不是违规）：大堂经理在大堂受理的投诉（受理点不适用）；部门投诉由普通员工（只写姓名）受理；大堂受理、
    超出权限、由大堂经理请示运营总监；餐厅经理、楼面主管跟进（均为处理中心成员）；重大投诉超副总权限为“否”、没有请示
    总经理；重大投诉由餐厅经理报公司（副组长，属处理中心）；轻微投诉没有跟进人；“来电”与“电话”两种写法。
    """
    n = 50
    days = _spread(rng, n, datetime(2025, 1, 4, 7, 0), datetime(2025, 6, 29, 22, 0))
    taken: set = set()
    lobby = [f"{x}(大堂经理)" for x in distinct_names(rng, 2, taken)]
    floor_mgr = [f"{x}(楼面经理)" for x in distinct_names(rng, 2, taken)]
    room_sup = [f"{x}(区域部长)" for x in distinct_names(rng, 2, taken)]      # 客房部
    rec_sup = [f"{x}(区域部长)" for x in distinct_names(rng, 1, taken)]       # 康乐部
    rest_sup = [f"{x}(区域部长)" for x in distinct_names(rng, 1, taken)]      # 中餐厅
    floor_lead = [f"{x}(楼面主管)" for x in distinct_names(rng, 2, taken)]
    rest_mgr = f"{distinct_names(rng, 1, taken)[0]}(餐厅经理)"
    deputy = f"{distinct_names(rng, 1, taken)[0]}(餐厅副总经理)"
    room_head = f"{distinct_names(rng, 1, taken)[0]}(客房部经理)"
    rec_head = f"{distinct_names(rng, 1, taken)[0]}(康乐部经理)"
    ops = f"{distinct_names(rng, 1, taken)[0]}(运营总监)"
    gm = f"{distinct_names(rng, 1, taken)[0]}(总经理)"
    staff = distinct_names(rng, 4, taken)                                      # 服务员、前台接待，只写姓名

    # who the complaint went to: 大堂 / a department / a restaurant outlet
    points = [pick(rng, [("大堂", 30), ("客房部", 22), ("康乐部", 8), ("中餐厅", 25), ("西餐厅", 10), ("宴会厅", 5)])
              for _ in range(n)]
    rest_idx = [i for i in range(n) if points[i] in ("中餐厅", "西餐厅", "宴会厅")]
    dept_idx = [i for i in range(n) if points[i] in ("客房部", "康乐部")]
    rng.shuffle(rest_idx)
    rng.shuffle(dept_idx)
    # majors: five in restaurants, one in a department, one at the lobby
    major_rest = rest_idx[:5]
    bad_major_handle = major_rest[:2]
    major_no_report = major_rest[2]
    major_no_gm = major_rest[3]
    trap_major_ok = major_rest[4]
    major_dept = dept_idx[0]
    lobby_idx = [i for i in range(n) if points[i] == "大堂"]
    rng.shuffle(lobby_idx)
    major_lobby = lobby_idx[0]
    majors = set(major_rest) | {major_dept, major_lobby}
    bad_rest_receiver = rest_idx[5]
    no_request = rest_idx[6]
    bad_dept_receiver = dept_idx[1]
    bad_dept_request = dept_idx[2]
    bad_track = dept_idx[3]
    trap_staff_receiver = dept_idx[4:7]
    trap_lobby_request = lobby_idx[1]
    others = [i for i in range(3, n - 1) if days[i].month > 1 and i not in majors
              and i not in rest_idx[:7] and i not in dept_idx[:7] and i not in lobby_idx[:2]]
    rng.shuffle(others)
    bad_level, bad_order = others[0], others[1]
    exceeding = {i for i in others[2:] if rng.random() < 0.25} | majors | {no_request, bad_dept_request,
                                                                           trap_lobby_request}
    gm_needed = {major_no_gm, major_dept}

    # (what the guest complained about, what was done) by where it happened; majors separately
    complaints = {
        "客房部": [("房间空调噪音大无法入睡", "已更换房间"), ("入住时房间未清扫干净", "已致歉，重新清扫"),
                ("隔壁房客深夜喧哗，多次致电未处理", "已劝止并为客人换房"), ("浴室地漏返臭", "已安排维修并换房"),
                ("洗衣服务把羊毛衫洗缩水", "已按洗衣单价十倍赔偿"), ("叫醒服务未执行", "已致歉，客人接受处理")],
        "康乐部": [("泳池水温过低", "已致歉，调高水温"), ("健身房跑步机故障无人维修", "已通知工程部维修"),
                ("桑拿房更衣柜钥匙丢失，柜门打不开", "已开锁取出物品，客人接受处理")],
        "中餐厅": [("菜里吃出头发", "已致歉，重新出品"), ("上菜慢等了五十分钟", "已致歉，催菜并加送甜品"),
                ("服务员态度冷淡", "已致歉，对当事员工批评教育"), ("账单多收一道菜", "已退还多收款项"),
                ("生日宴长寿面漏上", "已致歉，补上长寿面")],
        "西餐厅": [("早餐品种太少", "已致歉，反馈厨房调整"), ("煎蛋端上来是凉的", "已致歉，重新出品"),
                ("服务员态度冷淡", "已致歉，对当事员工批评教育"), ("账单多收一道菜", "已退还多收款项")],
        "宴会厅": [("宴会上菜间隔太长", "已致歉，客人接受处理"), ("生日宴蛋糕送错", "已致歉，重新订制蛋糕"),
                ("宴会厅音响故障", "已调换备用设备")],
        "餐饮部": [("客房送餐超过一小时才送到", "已致歉，送餐费免收"), ("送餐账单多收一份", "已退还多收款项"),
                ("早餐厅排队太久", "已致歉，反馈餐厅加派人手")],
        "前厅部": [("办理入住排队太久", "已致歉，客人接受处理"), ("预订的无烟房被安排成吸烟房", "已更换无烟房"),
                ("行李寄存丢失一件", "已查找并送还客房"), ("押金退款未到账", "已联系财务加急退款")],
        "工程部": [("房间电视无信号", "已维修完毕"), ("热水一直不热", "已维修完毕，并换房"), ("电梯停运无通知", "已致歉，客人接受处理")],
    }
    major_complaints = {   # (complaint, result, compensation)
        "rest": [("海鲜不新鲜，食后腹泻", "副总亲自致歉，承担就医费用", "承担医疗费用并免单"),
                 ("菜里吃出玻璃碴", "副总亲自致歉，客人接受处理方案", "免单并书面致歉"),
                 ("婚宴主桌少上两道菜", "已按方案退还部分宴席费用，客人签字确认", "退还部分宴席费用"),
                 ("服务员泼洒热汤烫伤客人", "已送医并赔偿，客人签字确认", "承担医疗费用并免单")],
        "dept": [("客人在浴室滑倒受伤", "副总亲自慰问，承担医疗费用", "承担医疗费用并免当晚房费"),
                 ("房间内现金失窃", "已报警，按方案赔偿，客人签字确认", "免当晚房费并赔偿物品损失")],
        "大堂": [("叫醒服务未执行，误了航班", "副总亲自致歉，赔偿改签费用", "赔偿改签费用并免当晚房费"),
                ("行李被错发给其他客人", "已追回行李并赔偿，客人接受", "免当晚房费并赔偿物品损失")],
    }
    comp_food = {"轻微": ["赠送果盘致歉", "赠送甜品", "", ""], "一般": ["免收当餐服务费", "该菜品免单", "赠送代金券200元"]}
    comp_room = {"轻微": ["赠送果盘致歉", "赠送欢迎饮品", "", ""], "一般": ["房费八折", "赠送早餐券两张", "升级房型"]}
    channels_at = {"大堂": [("当面", 45), ("电话", 20), ("来电", 5), ("意见卡", 15), ("书面信函", 5), ("他人转告", 10)],
                   "dept": [("当面", 75), ("电话", 20), ("他人转告", 5)],
                   "rest": [("当面", 80), ("来电", 12), ("书面信函", 3), ("他人转告", 5)]}

    rows = []
    for i, t in enumerate(days):
        point = points[i]
        kind = "rest" if point in ("中餐厅", "西餐厅", "宴会厅") else ("dept" if point in ("客房部", "康乐部") else "大堂")
        hour = rng.choice([7, 8, 12, 13, 19, 20, 21]) if kind == "rest" else rng.randint(7, 23)
        recv = t.replace(hour=hour, minute=rng.randint(0, 59), second=0, microsecond=0)
        if kind == "rest":
            target = "餐饮部"
        elif kind == "dept":
            target = point
        else:
            target = pick(rng, [("前厅部", 30), ("客房部", 35), ("工程部", 20), ("餐饮部", 15)])
        level = "重大" if i in majors else pick(rng, [("轻微", 60), ("一般", 40)])
        if i in (no_request, bad_dept_request, trap_lobby_request):
            level = "一般"
        if i == bad_level:
            level = "较重"
        channel = pick(rng, channels_at["大堂" if kind == "大堂" else kind])
        # receiver
        if kind == "大堂":
            receiver = rng.choice(lobby) if rng.random() < 0.85 else rng.choice(staff)
        elif kind == "dept":
            receiver = rng.choice(room_sup if point == "客房部" else rec_sup)
            if i in trap_staff_receiver:
                receiver = rng.choice(staff)
        else:
            receiver = rng.choice(floor_mgr)
        if i == bad_rest_receiver:
            receiver = rest_sup[0]
        if i == bad_dept_receiver:
            receiver = rng.choice(floor_mgr)
        exceeds = "是" if i in exceeding and level not in ("轻微", "较重") else "否"
        req_to = req_by = req_at = None
        if exceeds == "是":
            req_at = recv + timedelta(minutes=rng.randint(10, 80))
            if kind == "rest":
                req_by, req_to = receiver if receiver in floor_mgr else rng.choice(floor_mgr), "餐厅副总经理"
            elif kind == "dept":
                req_by, req_to = (room_head if point == "客房部" else rec_head), "运营总监"
            else:
                req_by, req_to = receiver if receiver in lobby else rng.choice(lobby), "运营总监"
            if i == bad_dept_request:
                req_by = room_sup[0] if point == "客房部" else rec_sup[0]
            if i == no_request:
                req_by = req_to = req_at = None
        # handling
        if level == "重大":
            handler = deputy
            if i in bad_major_handle:
                handler = rng.choice(floor_mgr)
        elif kind == "rest":
            handler = pick(rng, [(receiver, 5), (rng.choice(floor_lead), 3), (rest_mgr, 2)])
        elif kind == "dept":
            handler = receiver if receiver not in staff else rng.choice(room_sup if point == "客房部" else rec_sup)
        else:
            handler = receiver if rng.random() < 0.6 else rng.choice(lobby)
        start = req_at or recv
        handle_at = start + timedelta(minutes=rng.randint(15, 240 if level != "重大" else 600))
        if i == bad_order:                                  # month typed one too low
            handle_at = handle_at.replace(month=handle_at.month - 1, day=min(handle_at.day, 28))
        # major: exceeding the deputy GM, report to the company
        over_deputy = gm_at = rep_at = rep_by = None
        if level == "重大":
            over_deputy = "是" if i in gm_needed else "否"
            if over_deputy == "是" and i != major_no_gm:
                gm_at = handle_at - timedelta(minutes=rng.randint(20, 90))
                gm_at = max(gm_at, (req_at or recv) + timedelta(minutes=5))
            rep_at = handle_at + timedelta(hours=rng.uniform(2, 20))
            rep_by = rest_mgr if i == trap_major_ok else deputy
            if i == major_no_report:
                rep_at = rep_by = None
        if gm_at:
            req_to = "总经理" if not req_to else req_to + "、总经理"
        # tracking: the complaint centre (deputy GM, restaurant manager, floor leads, area supervisors)
        if level == "重大":
            tracker = deputy if rng.random() < 0.5 else rest_mgr
        elif level == "轻微" and rng.random() < 0.35:
            tracker = None
        elif target == "餐饮部":
            tracker = rng.choice(floor_lead + [rest_mgr])
        elif target in ("客房部", "前厅部", "工程部"):
            tracker = rng.choice(room_sup)
        else:
            tracker = rec_sup[0]
        if i == bad_track:
            tracker = room_head if point == "客房部" else rec_head
        if kind == "rest":
            place = f"{point}{rng.randint(1, 28)}号台" if point != "宴会厅" else f"宴会厅{rng.choice('ABC')}厅"
        else:
            place = f"{rng.randint(3, 18)}{rng.randint(1, 30):02d}"
        if level == "重大":
            content, result, compensation = rng.choice(major_complaints[kind])
        else:
            content, result = rng.choice(complaints[point if kind == "rest" else target])
            compensation = rng.choice((comp_food if target == "餐饮部" else comp_room).get(level, comp_food["一般"]))
        r = Case()
        r["编号"] = f"TS2025-{i + 1:03d}"
        r["日期"] = recv.replace(hour=0, minute=0)
        r["时间"] = f"{recv.hour:02d}:{recv.minute:02d}"
        r["房号/台号"] = place
        guest = _name(rng)
        r["宾客姓名"] = guest[0] + rng.choice(["先生", "女士"]) if rng.random() < 0.7 else guest
        r["投诉方式"] = channel
        r["受理点"] = point
        r["投诉内容"] = content
        r["被投诉部门"] = target
        r["投诉级别"] = level
        r["受理人"] = receiver
        r["超出权限"] = exceeds
        r["请示上报"] = req_to or ""
        r["请示人"] = req_by or ""
        r["请示时间"] = _m(req_at)
        r["处理人"] = handler
        r["处理完毕时间"] = _m(handle_at)
        r["处理结果"] = result
        r["补偿方式"] = compensation
        r["超副总权限"] = over_deputy or ""
        r["请示总经理时间"] = _m(gm_at)
        r["报公司时间"] = _m(rep_at)
        r["报告人"] = rep_by or ""
        r["跟进人"] = tracker or ""
        r["宾客意见"] = pick(rng, [("满意", 55), ("基本满意", 35), ("不满意", 10)])
        r["大堂经理"] = rng.choice(lobby).split("(")[0]
        r["备注"] = rng.choice(["", "", "", "VIP客人", "已录入客史档案", "协议公司客人", "携程订单"])
        rows.append(r)

    # a repeated 编号: the night-shift duty manager re-used the previous line's number
    busy = {*bad_major_handle, major_no_report, major_no_gm, bad_rest_receiver, no_request, bad_dept_receiver,
            bad_dept_request, bad_track, bad_level, bad_order}
    dup = next(k for k in range(25, n) if k not in busy and k - 1 not in busy)
    rows[dup]["编号"] = rows[dup - 1]["编号"]
    if injected is not None:
        num = lambda i: rows[i]["编号"]  # noqa: E731
        injected += [(num(dup), "duplicate"), (num(bad_rest_receiver), "restaurant_receiver"),
                     (num(bad_dept_receiver), "department_receiver")]
        injected += [(num(i), "major_not_deputy") for i in bad_major_handle]
        injected += [(num(major_no_report), "major_no_report"), (num(major_no_gm), "major_no_gm"),
                     (num(no_request), "no_request"), (num(bad_dept_request), "department_request_by"),
                     (num(bad_track), "track_by"), (num(bad_level), "bad_severity"),
                     (num(bad_order), "handle_before_receive")]

    roles = {x: "lobby_manager" for x in lobby}
    roles.update({x: "floor_manager" for x in floor_mgr})
    roles.update({x: "area_supervisor" for x in room_sup + rec_sup + rest_sup})
    roles.update({x: "complaint_center" for x in floor_lead + [rest_mgr]})
    roles.update({deputy: "restaurant_deputy_gm", room_head: "department_head", rec_head: "department_head",
                  ops: "operations_director", gm: "general_manager"})
    hand = {
        "procedure": "s36-hotel-guest-complaints",
        "columns": {
            "编号": "case_number",
            "日期": "receive_at",
            "投诉方式": "channel",
            "受理点": "complaint_addressee",
            "投诉级别": "severity",
            "受理人": "receive_by",
            "超出权限": "exceeds_receiver_authority",
            "请示人": "request_instructions_by",
            "请示时间": "request_instructions_at",
            "处理人": "handle_by",
            "处理完毕时间": "handle_at",
            "超副总权限": "exceeds_deputy_gm_authority",
            "请示总经理时间": "request_gm_at",
            "报公司时间": "report_company_at",
            "报告人": "report_company_by",
            "跟进人": "track_by",
        },
        "values": {
            "channel": {"当面": "oral", "电话": "phone", "来电": "phone", "意见卡": "written", "书面信函": "written",
                        "他人转告": "relayed"},
            "complaint_addressee": {"客房部": "department", "康乐部": "department", "中餐厅": "restaurant",
                                    "西餐厅": "restaurant", "宴会厅": "restaurant", "大堂": ""},
            "severity": {"轻微": "minor", "一般": "general", "重大": "major"},
            "exceeds_receiver_authority": {"是": "yes", "否": "no"},
            "exceeds_deputy_gm_authority": {"是": "yes", "否": "no"},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("74-s11-complaint-office-ledger.csv", "gbk", e74_s11_complaint_office),
    ("75-s36-hotel-guest-complaint-log.xlsx", "xlsx", e75_s36_hotel_log),
]
