"""Held-out starter-profile exports, set 7b (exports 39-41), written without reading the mapping guesser.

Each export plays one company's own complaint system for one procedure; the `*.hand.yaml` next to each is the
profile a careful auditor writes after reading docs/audit-your-export.md.

    .venv/bin/python benchmarks/starter/make_exports.py    # writes these with every other export (every_export)

Seeded by the export's number: the files are the same on every run.
"""

from __future__ import annotations

from datetime import timedelta

from pathlib import Path

from make_exports import START, Case, cn, cn_date, later, pick, slash

HERE = Path(__file__).resolve().parent

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"


def _name(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _phone(rng):
    return "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))


def _in_hours(t, lo=8, hi=20):
    """Move a time into office hours (lo..hi) on the same or the next day."""
    if t.hour < lo:
        return t.replace(hour=lo, minute=t.minute)
    if t.hour >= hi:
        return (t + timedelta(days=1)).replace(hour=lo + (t.hour - hi) % 3, minute=t.minute)
    return t


def _dates(rng, n, days=100):
    """n receipt times spread over `days` days from START, in office hours, in time order."""
    out = []
    for _ in range(n):
        t = START + timedelta(days=rng.uniform(0, days), hours=rng.uniform(-0.5, 11))
        out.append(_in_hours(t.replace(second=0, microsecond=0)))
    return sorted(out)


def _fmt(f, t):
    return f(t) if t else ""


# --- 39: S24 南京广电网络 --------------------------------------------------------------------------------------

def e39_s24(rng):
    """S24 南京广电网络: the 客户服务部 complaint supervision (督办) ticket system of a cable/broadband operator —
    one row per 工单, 96296 hotline and other channels, 投诉性质 常规/发掘/集中, 责任部门 receiving the ticket, the
    纠正预防措施表, 分管领导 audit, result notice, revisit and the re-complaint loop, penalty opinions.
    UTF-8 CSV with BOM; dates spelled 2025/3/4 9:12 (slash).
    Injected (by 工单号): TS-late — 纠正预防措施表 submitted more than 3 days after 接单 (3 cases);
    TS-open — 接单 and 处理 done, no 纠正预防措施表 by the as-of date (1); TS-noaccept — 纠正预防措施表 without a
    接单时间 (1); TS-noaudit — no 领导审核 after the 纠正预防措施表 (1); TS-norevisit — audited and notified, never
    revisited (1); TS-nonotify — revisited but no 结果通报时间 (1); TS-norereg — 回访 不满意 but no 二次派单 (1);
    TS-noleader — 仍不满意 but no 报分管领导 (1); TS-nofwd — 处罚意见 submitted, never passed to 综合部 (1);
    TS-wrongreg — 受理部门 市场部 instead of 客户服务部 (2); TS-wrongacc — 责任部门 客户服务部 kept the ticket
    itself (1); TS-order — 结果通报 before 领导审核 (1); TS-advice — 投诉性质 “建议” (a suggestion, outside the
    three classes; 2); one 工单号 exported twice (the second row a re-opened copy, 1 duplicate).
    Columns added after reading the procedure: 受理部门, 接单时间 (split from my 转派时间), 结果通报时间,
    二次派单时间, 二次处理完成时间, 报分管领导时间, 最终答复时间, 处罚意见提交时间, 报综合部时间
    (I had planned 原工单号 for re-complaints and a single 处罚意见 column)."""
    channels = [("96296热线", 55), ("营业厅意见调查表", 10), ("12345政府热线转办", 8), ("消协转办", 3),
                ("网上营业厅", 8), ("部门转发", 6), ("媒体", 2)]
    business = [("数字电视", 40), ("宽带", 30), ("互动电视", 12), ("收费缴费", 10), ("安装移机", 8)]
    branches = ["玄武分公司", "秦淮分公司", "鼓楼分公司", "建邺分公司", "栖霞分公司", "江宁分公司", "浦口分公司"]
    depts = [("网络维护中心", 30), ("工程建设部", 15), ("市场部", 20), ("营业部", 25), ("技术部", 10)]
    agents = [_name(rng) for _ in range(7)]
    leaders = ["分管副总 周建国", "分管副总 孙立新"]
    contents = {
        "数字电视": ["机顶盒频繁死机", "部分频道马赛克", "高清频道无信号", "节目单与实际播出不符", "遥控器配对失败"],
        "宽带": ["宽带晚间掉线", "网速达不到签约带宽", "光猫指示灯异常无法上网", "报修后三天无人上门"],
        "互动电视": ["点播内容扣费不明", "回看功能无法使用", "会员包续订未经同意"],
        "收费缴费": ["缴费后仍被停机", "重复扣费", "发票开具错误"],
        "安装移机": ["移机预约未按时上门", "装机人员态度差", "施工后墙面未清理"],
    }
    discovered = ["装维人员上门时发现私接分配器未处理", "营业员未按规定告知资费", "巡检发现用户端放大器被拆未登记"]
    mass = ["片区光节点故障大面积断网", "系统升级导致机顶盒无法开机", "频道源信号中断"]
    results = {
        "数字电视": ["已上门更换机顶盒，恢复正常", "已调整线路，信号恢复", "已向用户解释并赔礼道歉"],
        "宽带": ["已更换光猫，网速正常", "故障点已抢修完毕", "已调整端口带宽"],
        "互动电视": ["已退还点播费用", "已修复回看功能", "已取消续订并退费"],
        "收费缴费": ["已退还多扣费用", "已补开发票", "已恢复开通并致歉"],
        "安装移机": ["已重新预约上门完成移机", "已批评教育当事员工", "已安排清理施工现场"],
    }
    by_business = {"数字电视": [("网络维护中心", 60), ("技术部", 40)], "宽带": [("网络维护中心", 100)],
                   "互动电视": [("技术部", 60), ("市场部", 40)], "收费缴费": [("计费中心", 60), ("营业部", 40)],
                   "安装移机": [("工程建设部", 100)]}
    penalties = ["扣责任部门考核分1分", "扣当事人绩效200元", "通报批评", "扣责任部门考核分2分"]

    n = 68
    times = _dates(rng, n, days=100)
    tags = {rng.randrange(n - 6, n): "open"}  # still open at the as-of date: one of the last tickets
    special = ["late", "late", "late", "noaccept", "noaudit", "norevisit", "nonotify", "norereg", "noleader",
               "nofwd", "wrongreg", "wrongreg", "wrongacc", "order", "advice", "advice"]
    idx = rng.sample(range(4, n - 8), len(special))
    for i, s in zip(idx, special):
        tags[i] = s
    rows = []
    seq = {}
    for i, t in enumerate(times):
        tag = tags.get(i)
        day = t.strftime("%y%m%d")
        seq[day] = seq.get(day, 0) + 1
        kind = pick(rng, [("常规", 82), ("发掘", 9), ("集中", 9)])
        if tag == "advice":
            kind = "建议"
        biz = pick(rng, business)
        if kind == "发掘":
            chan, what = "部门转发", rng.choice(discovered)
        elif kind == "集中":
            chan, what = "96296热线", rng.choice(mass)
        else:
            chan, what = pick(rng, channels), rng.choice(contents[biz])
        if kind == "建议":
            what = rng.choice(["建议增加少儿频道", "建议营业厅延长周末营业时间", "建议开通微信缴费提醒"])
        dept = pick(rng, by_business[biz])
        if kind == "集中":
            dept = "网络维护中心"
        elif kind == "发掘":
            dept = pick(rng, depts)
        satis = pick(rng, [("满意", 70), ("基本满意", 12), ("不满意", 11), ("仍不满意", 7)])
        if tag in ("norereg",):
            satis = "不满意"
        if tag == "noleader":
            satis = "仍不满意"
        if tag in ("late", "open", "noaccept", "noaudit", "norevisit", "nonotify", "nofwd", "wrongreg",
                   "wrongacc", "order", "advice"):
            satis = rng.choice(["满意", "基本满意"])

        register = t
        accept = later(register, rng, 0.2, 6)
        handle = _in_hours(later(accept, rng, 2, 40), 7, 22)
        corrective = later(handle, rng, 1, max(2.0, 70 - (handle - accept).total_seconds() / 3600))
        if tag == "late":
            corrective = accept + timedelta(hours=rng.uniform(80, 140))
            if handle > corrective:
                handle = later(accept, rng, 2, 20)
        audit = _in_hours(later(corrective, rng, 2, 30))     # 分管领导 and the revisiting agents work office hours
        notify = _in_hours(later(audit, rng, 1, 20))
        revisit = _in_hours(later(notify, rng, 20, 70), 9, 19)
        re_reg = rehandle = review = final = None
        if satis in ("不满意", "仍不满意"):
            re_reg = later(revisit, rng, 0.1, 2)
            rehandle = later(re_reg, rng, 4, 48)
            if satis == "仍不满意":
                review = later(rehandle, rng, 4, 40)
                final = later(review, rng, 2, 48)
        if tag == "open":
            corrective = audit = notify = revisit = re_reg = rehandle = review = final = None
            satis = ""
        if tag == "noaccept":
            accept = None
        if tag == "noaudit":
            audit = None
        if tag == "norevisit":
            revisit = None
            satis = ""
        if tag == "nonotify":
            notify = None
        if tag == "norereg":
            re_reg = None
        if tag == "noleader":
            review = None
        if tag == "order":
            notify = corrective + timedelta(hours=rng.uniform(1, 4))
            audit = notify + timedelta(hours=rng.uniform(5, 20))
            revisit = _in_hours(later(audit, rng, 20, 50), 9, 19)
        pen = pen_at = fwd = None
        amount = ""
        if tag == "nofwd" or (corrective and rng.random() < 0.22):
            pen = rng.choice(penalties)
            pen_at = _in_hours(later(corrective, rng, 1, 24))
            fwd = None if tag == "nofwd" else later(pen_at, rng, 1, 48)
            amount = "200" if "200元" in pen else ""
        done = max(x for x in (register, accept, handle, corrective, audit, notify, revisit, re_reg, rehandle,
                               review, final) if x)
        closed = done if tag != "open" else None
        reg_dept = "市场部" if tag == "wrongreg" else "客户服务部"
        acc_dept = "客户服务部" if tag == "wrongacc" else dept
        rows.append(Case({
            "工单号": f"TS{day}{seq[day]:03d}",
            "受理时间": slash(register),
            "受理渠道": chan,
            "投诉性质": kind,
            "业务类型": biz,
            "用户证号": "8025" + "".join(rng.choice("0123456789") for _ in range(12)),
            "客户姓名": _name(rng),
            "联系电话": _phone(rng),
            "所属分公司": rng.choice(branches),
            "投诉内容": what,
            "受理坐席": rng.choice(agents),
            "受理部门": reg_dept,
            "责任部门": acc_dept,
            "接单时间": _fmt(slash, accept),
            "处理完成时间": _fmt(slash, handle),
            "处理情况": rng.choice(results[biz]) if handle else "",
            "纠正预防措施表提交时间": _fmt(slash, corrective),
            "领导审核时间": _fmt(slash, audit),
            "结果通报时间": _fmt(slash, notify),
            "回访时间": _fmt(slash, revisit),
            "回访结果": satis if revisit else "",
            "二次派单时间": _fmt(slash, re_reg),
            "二次处理完成时间": _fmt(slash, rehandle),
            "报分管领导时间": _fmt(slash, review),
            "最终答复时间": _fmt(slash, final),
            "处罚意见": pen or "",
            "处罚意见提交时间": _fmt(slash, pen_at),
            "报综合部时间": _fmt(slash, fwd),
            "罚款金额": amount,
            "办结时间": _fmt(slash, closed),
            "备注": (rng.choice(leaders) + "已批示") if review else ("用户要求书面回复" if rng.random() < 0.05 else ""),
        }))
        rows[-1]._tag = tag  # for checking against the audit
    # one ticket exported twice: the re-opened copy follows the original
    j = rng.choice([k for k in range(10, n - 5) if k not in tags])
    dup = Case(rows[j])
    dup["备注"] = "工单重开"
    dup._tag = "dup"
    rows.insert(j + 1, dup)

    hand = {
        "procedure": "s24-nanjing-cable-complaint-supervision",
        "columns": {
            "工单号": "case_number",
            "受理时间": "register_at",
            "投诉性质": "category",
            "投诉内容": "content",
            "受理部门": "register_by",
            "责任部门": "accept_by",
            "接单时间": "accept_at",
            "处理完成时间": "handle_at",
            "处理情况": "result",
            "纠正预防措施表提交时间": "corrective_action_at",
            "领导审核时间": "leader_audit_at",
            "结果通报时间": "notify_result_at",
            "回访时间": "revisit_at",
            "回访结果": "satisfaction",
            "二次派单时间": "re_register_at",
            "二次处理完成时间": "rehandle_at",
            "报分管领导时间": "leader_review_at",
            "最终答复时间": "final_reply_at",
            "处罚意见提交时间": "submit_penalty_at",
            "报综合部时间": "forward_penalty_at",
        },
        "values": {
            "category": {"常规": "routine", "发掘": "discovered", "集中": "mass"},
            "satisfaction": {"满意": "satisfied", "基本满意": "satisfied", "不满意": "unsatisfied",
                             "仍不满意": "still_unsatisfied"},
        },
        "roles": {
            "客户服务部": "customer_service",
            "网络维护中心": "responsible_dept",
            "工程建设部": "responsible_dept",
            "市场部": "responsible_dept",
            "营业部": "responsible_dept",
            "技术部": "responsible_dept",
            "计费中心": "responsible_dept",
        },
    }
    return rows, hand


# --- 40: S40 物业投诉处理 ---------------------------------------------------------------------------------------

def e40_s40(rng):
    """S40 property operator: the 客服前台's 投诉处理记录表 kept in Excel and saved as CSV (form zz98/8.3-QP10-F1),
    one row per complaint — 序号 and 记录编号, 投诉方式 现场/电话/信件/电子邮件/集团转办/12345转办, 一类/二类/三类,
    当场处理 是/否 with one 上报上级时间 and 上报人 for both outcomes, 告知前台 and 前台登记 times, 部门负责人
    times for 重大疑难 or 转办 cases, handling, result reported to and recorded by the front desk, 运营管理部 revisit,
    归档日期. GBK CSV; dates spelled 2025年3月4日 09:12 (归档日期 2025年3月4日).
    Injected (by 记录编号): late 通知上级 (>2 h) on two unresolved 现场 complaints; late 告知前台 (>1 h) on two
    remote ones; 前台记录 on the day after the result was reported (1); 回访 more than 3 days after 处理完成 (2);
    回访部门 物业服务中心 instead of 运营管理部 (1); 投诉方式 “微信群” (not among the procedure's channels; 2);
    回访方式 “短信” (1); 当场处理 but no 上报上级 (1); 现场 not resolved on the spot and no 上报上级 (1, reported
    twice: missing, and the 2-hour limit never met); 重大疑难 not escalated to the 部门负责人 (1); 集团转办 escalated but no 负责人意见 (1); 回访 without 客户意见 (1);
    回访 done, never 归档 (1); 电话 complaint handled without 前台登记 (1); 前台登记 but 投诉类别 blank (1);
    上报人 not the 接待人 (1); 处理完成 before 前台登记 (1); one 记录编号 given to two complaints (1 duplicate).
    Columns added after reading the procedure: 记录编号 (I had only 序号), 重大疑难, 上报人, 上级意见时间,
    前台登记时间 and 前台记录时间 (my single 记录时间 split in two), 上报负责人时间, 负责人意见时间,
    结果反馈前台时间, 回访部门, 回访情况, 归档日期."""
    depts = [("工程部", 40), ("秩序维护部", 20), ("环境部", 18), ("客服中心", 12), ("绿化部", 10)]
    staff = {d: [_name(rng) for _ in range(4)] for d, _ in depts}
    front = [_name(rng) for _ in range(3)]
    ops = [_name(rng) for _ in range(2)]
    what = {
        "一类(服务)": ["保安夜间巡逻不到位", "保洁未按时清运垃圾", "前台人员态度生硬", "快递代收丢件", "停车收费不透明"],
        "二类(工程)": ["卫生间楼板渗水", "外墙开裂", "入户门变形关不上", "地下车库返潮积水", "电梯频繁停运"],
        "三类(第三方)": ["小区外施工噪音扰民", "燃气公司抄表员未出示证件", "红线外道路积水", "邻近餐饮油烟"],
    }
    results = {"一类(服务)": ["已加强巡查并通报相关班组", "已清运完毕", "已向业主解释说明并致歉", "已对当事员工进行培训"],
               "二类(工程)": ["已维修完毕，业主确认", "已报开发商工程部返修完成", "已安排整改并向业主致歉"],
               "三类(第三方)": ["已联系施工单位协调处理", "已函告相关单位并向业主说明", "已报街道协调"]}
    n = 62
    times = _dates(rng, n, days=100)
    special = ["notify_late", "notify_late", "inform_late", "inform_late", "record_nextday", "revisit_late",
               "revisit_late", "revisit_wrongdept", "wechat", "wechat", "sms", "onspot_noreport",
               "unresolved_nonotify", "hard_noesc", "esc_noopinion", "no_opinion", "no_archive", "phone_nodispatch",
               "nocategory", "other_reporter", "handle_before_dispatch"]
    idx = rng.sample(range(2, n - 2), len(special))
    tags = dict(zip(idx, special))
    rows = []
    for i, t in enumerate(times):
        tag = tags.get(i)
        chan = pick(rng, [("现场", 35), ("电话", 40), ("信件", 5), ("电子邮件", 8), ("集团转办", 6), ("12345转办", 6)])
        if tag in ("notify_late", "onspot_noreport", "unresolved_nonotify", "other_reporter"):
            chan = "现场"
        if tag in ("inform_late", "phone_nodispatch", "handle_before_dispatch", "nocategory"):
            chan = rng.choice(["电话", "电子邮件", "信件"]) if tag != "phone_nodispatch" else "电话"
        if tag == "esc_noopinion":
            chan = "集团转办"
        if tag == "wechat":
            chan = "微信群"
        if tag in ("hard_noesc", "record_nextday", "revisit_late", "revisit_wrongdept", "sms", "no_opinion",
                   "no_archive") and chan in ("集团转办", "12345转办"):
            chan = "电话"
        cat = pick(rng, [("一类(服务)", 55), ("二类(工程)", 32), ("三类(第三方)", 13)])
        dept = "工程部" if cat == "二类(工程)" else pick(rng, depts)
        onspot = ""
        if chan == "现场":
            onspot = pick(rng, [("是", 40), ("否", 60)])
            if tag in ("notify_late", "unresolved_nonotify", "other_reporter"):
                onspot = "否"
            if tag == "onspot_noreport":
                onspot = "是"
        hard = "是" if (tag == "hard_noesc" or (tag is None and onspot != "是" and chan not in ("集团转办", "12345转办")
                                                and rng.random() < 0.1)) else "否"
        receiver = rng.choice(staff[dept]) if chan == "现场" else rng.choice(front + staff["客服中心"])
        info_recv = "" if chan == "现场" else receiver
        receive = t
        up = up_by = sup_op = inform = dispatch = esc = head_op = None
        if chan == "现场" and onspot == "是":
            handle = later(receive, rng, 0.1, 1)
            up = later(handle, rng, 0.2, 3)
            up_by = receiver
        elif chan == "现场":
            up = later(receive, rng, 0.2, 1.8)
            if tag == "notify_late":
                up = later(receive, rng, 3, 7)
            up_by = receiver if tag != "other_reporter" else rng.choice([s for s in staff[dept] if s != receiver])
            sup_op = _in_hours(later(up, rng, 0.5, 6))
            handle = later(sup_op, rng, 2, 72)
        else:
            if chan in ("电话", "信件", "电子邮件"):
                inform = later(receive, rng, 0.05, 0.9)
                if tag == "inform_late":
                    inform = later(receive, rng, 1.6, 5)
            dispatch = later(inform or receive, rng, 0.05, 0.6)
            handle = later(dispatch, rng, 2, 96)
        if hard == "是" or chan in ("集团转办", "12345转办"):
            esc = later(receive, rng, 0.1, 0.9)
            head_op = _in_hours(later(esc, rng, 1, 20))
            handle = max(handle, later(head_op, rng, 2, 48))
        handle = _in_hours(handle, 7, 21)
        if tag == "unresolved_nonotify":
            up = up_by = sup_op = None
        if tag == "onspot_noreport":
            up = up_by = None
        if tag == "hard_noesc":
            esc = head_op = None
        if tag == "esc_noopinion":
            head_op = None
        if tag == "phone_nodispatch":
            dispatch = None
        if tag == "handle_before_dispatch":
            handle = _in_hours(later(inform, rng, 1, 5), 7, 21)
            dispatch = later(handle, rng, 1, 3)
        report = _in_hours(later(handle, rng, 0.3, 5), 8, 21)
        record = report + timedelta(minutes=rng.uniform(5, 90))
        if record.date() != report.date():
            record = report + timedelta(minutes=3)
        if tag == "record_nextday":
            report = report.replace(hour=18, minute=rng.randint(30, 55))
            if report < handle:
                report += timedelta(days=1)
            record = (report + timedelta(days=1)).replace(hour=8, minute=rng.randint(35, 59))
        revisit = later(handle, rng, 14, 60)
        if revisit < record:
            revisit = later(record, rng, 2, 6)
        if tag == "revisit_late":
            revisit = later(handle, rng, 24 * 4.5, 24 * 7)
        revisit = _in_hours(revisit, 9, 19)
        archive = (revisit + timedelta(days=rng.randint(1, 12))).replace(hour=17, minute=0)
        if tag == "no_archive":
            archive = None
        method = pick(rng, [("电话", 75), ("上门", 25)])
        if tag == "sms":
            method = "短信"
        rv_dept = "物业服务中心" if tag == "revisit_wrongdept" else "运营管理部"
        opinion = pick(rng, [("满意", 70), ("基本满意", 22), ("不满意", 8)])
        rv_note = {"满意": "处理效果良好", "基本满意": "问题已解决，希望加快响应", "不满意": "业主认为处理不彻底"}[opinion]
        if tag == "no_opinion":
            opinion = ""
        rows.append(Case({
            "序号": i + 1,
            "记录编号": f"QP10-{receive:%y%m}-{i + 1:03d}",
            "投诉时间": cn(receive),
            "投诉人": _name(rng)[:1] + rng.choice(["先生", "女士"]),
            "房号": f"{rng.randint(1, 18)}栋{rng.randint(1, 3)}单元{rng.randint(1, 32)}{rng.randint(1, 4):02d}",
            "联系电话": _phone(rng),
            "投诉方式": chan,
            "接待人": receiver,
            "信息接收人": info_recv,
            "投诉内容": rng.choice(what[cat]),
            "投诉类别": "" if tag == "nocategory" else cat,
            "重大疑难": hard,
            "当场处理": onspot,
            "上报上级时间": _fmt(cn, up),
            "上报人": up_by or "",
            "上级意见时间": _fmt(cn, sup_op),
            "告知前台时间": _fmt(cn, inform),
            "前台登记时间": _fmt(cn, dispatch),
            "上报负责人时间": _fmt(cn, esc),
            "负责人意见时间": _fmt(cn, head_op),
            "责任部门": dept,
            "处理完成时间": cn(handle),
            "处理结果": rng.choice(results[cat]),
            "结果反馈前台时间": cn(report),
            "前台记录时间": cn(record),
            "回访时间": cn(revisit),
            "回访方式": method,
            "回访部门": rv_dept,
            "回访人": rng.choice(ops) if rv_dept == "运营管理部" else rng.choice(staff["客服中心"]),
            "回访情况": rv_note,
            "客户意见": opinion,
            "归档日期": _fmt(cn_date, archive),
            "备注": "",
        }))
        rows[-1]._tag = tag
    # one 记录编号 typed twice: a later complaint gets the number of the one before it
    j = rng.choice([k for k in range(5, n - 1) if k not in tags and k + 1 not in tags
                    and rows[k]["记录编号"][:9] == rows[k + 1]["记录编号"][:9]])
    rows[j + 1]["记录编号"] = rows[j]["记录编号"]
    rows[j + 1]._tag = "dup"

    hand = {
        "procedure": "s40-property-complaint-handling",
        "columns": {
            "记录编号": "case_number",
            "投诉时间": "receive_at",
            "投诉方式": "channel",
            "接待人": "receive_by",
            "投诉内容": "content",
            "投诉类别": "category",
            "重大疑难": "hard_case",
            "当场处理": "resolved_on_spot",
            "上级意见时间": "superior_opinion_at",
            "告知前台时间": "inform_reception_at",
            "前台登记时间": "record_dispatch_at",
            "上报负责人时间": "escalate_to_head_at",
            "负责人意见时间": "head_opinion_at",
            "责任部门": "handle_by",
            "处理完成时间": "handle_at",
            "处理结果": "result",
            "结果反馈前台时间": "report_result_at",
            "前台记录时间": "record_result_at",
            "回访时间": "revisit_at",
            "回访方式": "revisit_method",
            "回访部门": "revisit_by",
            "回访情况": "revisit_result",
            "客户意见": "satisfaction",
            "归档日期": "archive_at",
        },
        "values": {
            "channel": {"现场": "in_person", "电话": "phone", "信件": "letter", "电子邮件": "email",
                        "集团转办": "higher_authority", "12345转办": "higher_authority"},
            "category": {"一类(服务)": "class_1", "二类(工程)": "class_2", "三类(第三方)": "class_3"},
            "hard_case": {"是": True, "否": False},
            "resolved_on_spot": {"是": True, "否": False},
            "revisit_method": {"电话": "phone", "上门": "visit"},
        },
        "roles": {
            "工程部": "responsible_dept",
            "秩序维护部": "responsible_dept",
            "环境部": "responsible_dept",
            "客服中心": "responsible_dept",
            "绿化部": "responsible_dept",
            "运营管理部": "operations_mgmt",
            "物业服务中心": "responsible_dept",
        },
        "outcomes": {
            "当场处理": {"date": "上报上级时间", "by": "上报人",
                         "steps": {"是": "report_to_superior", "否": "notify_superior"}},
        },
    }
    return rows, hand


# --- 41: S1 華漢電子 --------------------------------------------------------------------------------------------

def e41_s1(rng):
    """S1 華漢電子 (electronics maker, traditional Chinese): the 業務部's 客戶投訴一覽表 exported from its ERP as
    XLSX with real date cells — 客訴單號 CCyymm-nnn, customer, part number and lot, quantities, a detailed 異常類型
    next to the two-class 客訴類別 (品質異常 / 非品質異常), 業務承辦, 責任單位, status, reply and close dates, returns
    and claims. The procedure is cut short: only the classification and the case number can be checked.
    Injected: 客訴類別 outside the two classes — “待確認” (2) and “其他” (1); 客訴單號 reused for a second
    complaint (2 duplicates).
    Columns added after reading the procedure: none (the two columns its rules read were already planned)."""
    customers = [("C0102", "鴻準精密"), ("C0117", "台達電子(東莞)"), ("C0125", "立訊精密"), ("C0203", "光寶科技"),
                 ("C0218", "華碩電腦"), ("C0231", "仁寶電子"), ("C0307", "比亞迪電子"), ("C0312", "和碩聯合")]
    parts = ["HH-PCB-4L-0231", "HH-PCB-6L-0107", "HH-FPC-2L-0412", "HH-PCBA-M3-0088", "HH-PCB-8L-0320"]
    quality = [("外觀不良", "板面刮傷、綠油脫落"), ("功能不良", "上線測試開路"), ("尺寸不符", "孔徑超出公差"),
               ("焊接不良", "BGA位置空焊"), ("可靠性", "熱衝擊後分層")]
    nonquality = [("交期延誤", "未按約定交期出貨"), ("數量短少", "實收數量少於出貨單"), ("標籤錯誤", "外箱標籤料號錯誤"),
                  ("包裝破損", "運輸中外箱破損"), ("單據錯誤", "出貨單價格與訂單不符")]
    sales = ["林志明", "陳美玲", "黃俊傑", "張雅婷"]
    n = 52
    times = _dates(rng, n, days=110)
    special = ["pending", "pending", "other"]
    idx = rng.sample(range(3, n - 3), len(special))
    tags = dict(zip(idx, special))
    rows = []
    count = {}
    for i, t in enumerate(times):
        tag = tags.get(i)
        ym = t.strftime("%y%m")
        count[ym] = count.get(ym, 0) + 1
        code, cust = rng.choice(customers)
        is_q = rng.random() < 0.7
        kind, desc = rng.choice(quality if is_q else nonquality)
        cls = "品質異常" if is_q else "非品質異常"
        if tag == "pending":
            cls = "待確認"
        if tag == "other":
            cls = "其他"
        shipped = rng.choice([500, 1000, 2000, 3000, 5000, 8000])
        bad = rng.randint(3, max(4, shipped // 40)) if is_q else ""
        reply = _in_hours((t + timedelta(days=rng.uniform(1, 6))).replace(second=0, microsecond=0), 8, 18)
        close = _in_hours((reply + timedelta(days=rng.uniform(3, 25))).replace(second=0, microsecond=0), 8, 18)
        made = t - timedelta(days=rng.randint(10, 60))
        status = "結案"
        if t > START + timedelta(days=100) and rng.random() < 0.6:
            close, status = None, rng.choice(["處理中", "待客戶確認"])
        ret = bad if (is_q and rng.random() < 0.4) else ""
        rows.append(Case({
            "客訴單號": f"CC{ym}-{count[ym]:03d}",
            "接獲日期": t,
            "客戶代號": code,
            "客戶名稱": cust,
            "產品料號": rng.choice(parts),
            "生產批號": f"L{made:%y%m%d}{rng.choice('ABC')}",
            "出貨數量": shipped,
            "不良數量": bad,
            "異常類型": kind,
            "客訴類別": cls,
            "異常描述": desc,
            "業務承辦": rng.choice(sales),
            "責任單位": rng.choice(["品保部", "製造部", "工程部"]) if is_q else rng.choice(["業務部", "倉管課", "生管課"]),
            "處理狀態": status,
            "回覆客戶日期": reply,
            "結案日期": close,
            "退貨數量": ret,
            "索賠金額": rng.choice(["", "", "", 1200, 3500, 8000]) if is_q else "",
            "備註": "",
        }))
        rows[-1]._tag = tag
    # two 單號 reused: a later complaint of the same month typed with an earlier number
    done = 0
    for k in rng.sample(range(6, n), n - 6):
        if done == 2:
            break
        same = [r for r in rows[:k] if r["客訴單號"][:6] == rows[k]["客訴單號"][:6]]
        if same and k not in tags and rows[k]._tag is None:
            rows[k]["客訴單號"] = same[-1]["客訴單號"]
            rows[k]["備註"] = "補登"
            rows[k]._tag = "dup"
            done += 1

    hand = {
        "procedure": "s1-huahan-electronics-complaints",
        "columns": {
            "客訴單號": "case_number",
            "客訴類別": "category",
        },
        "values": {
            "category": {"品質異常": "quality", "非品質異常": "non_quality"},
        },
    }
    return rows, hand


EXPORTS = [
    ("39-s24-cable-supervision-tickets.csv", "utf-8-sig", e39_s24),
    ("40-s40-property-complaint-log.csv", "gbk", e40_s40),
    ("41-s1-electronics-complaint-list.xlsx", "xlsx", e41_s1),
]
