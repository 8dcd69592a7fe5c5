"""Starter-profile benchmark exports 56-57 (set 10b), written without reading the mapping guesser or its vocabulary.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone, before the YAML was opened).

    .venv/bin/python benchmarks/starter/make_exports.py 56 57    # writes these two (every_export picks them up)

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, pick, slash, SURNAMES, person_name as _name, mobile as _mobile


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened
FIRST_DAY = datetime(2025, 1, 6)


def _cut(t):
    """Steps after the export was taken have not happened."""
    return None if t is None or t > CUTOFF else t.replace(second=0, microsecond=0)


def _promise(t):
    """The resolution time promised to the retailer: 17:30 on that day."""
    return t.replace(hour=17, minute=30, second=0, microsecond=0)


def _office(t, rng, open_h=8, close_h=18):
    """Moves a time that falls outside office hours to the next morning."""
    if t.hour >= close_h:
        t = (t + timedelta(days=1)).replace(hour=open_h, minute=rng.randint(5, 50))
    elif t.hour < open_h:
        t = t.replace(hour=open_h, minute=rng.randint(5, 50))
    return t


# --- 56: S13, a tobacco distribution centre's complaint record ledger ---------------------------------------------

def e56_s13_tobacco(rng, injected=None):
    """某市烟草专卖局（公司）卷烟物流配送中心 客户服务部的“零售客户投诉记录单台账”，从卷烟营销服务系统导出为 XLSX
    （工作表“导出”），按 S13《客户投诉处理办法》审计。日期写法：真正的 Excel 日期时间单元格（yyyy-mm-dd hh:mm），
    “解决期限”是对零售户承诺的时点（当天 17:30）。投诉客户是持证卷烟零售户，客户经理、片区按营销线划分。
    按原文写下的列：记录单号（PS-TS-年月-序号）、受理时间（零售户来电/来访/来信的时间）、受理人、投诉方式（电话 / 电子邮件 /
    现场 / 12313转办 / 微信公众号）、零售户名称、许可证号、所属片区、客户经理、联系电话、投诉内容、责任判定（卷烟质量问题 /
    客户经理服务 / 送货服务 / 订货系统 / 其他）、主要原因、责任部门、处理单送达时间、送达人、处理结果及建议、处理方案、
    审核领导、审核意见、解决期限、办结时间。
    读过制度 YAML 后补的列：记录单填写时间（record_at，受理人填写《客户投诉记录单》的时间；“受理时间”是 receive_at），
    判定时间 / 判定部门（客户服务部判断责任 judge_responsibility），解释退换时间（质量问题向零售户解释并退换卷烟 explain_replace_at），
    责任部门认定时间（受理人判断主要原因和负责部门 determine_department_at），责任部门反馈时间（propose_result_at），
    方案形成时间（draft_plan_at），审核时间（approve_plan_at）。
    人员：张敏、陈婷、周洁是投诉受理员；刘洋是客户服务主管；孙国平（分管副主任）、高建华（主任）是主管领导；
    王建军、李海燕、赵志强、吴晓东是客户经理，“片区经理”是营销线的片区经理（都属于制度的“相关责任人”）。
    责任判定映射：卷烟质量问题→product_quality，客户经理服务→account_manager；送货服务、订货系统、其他是本中心自己的
    分类，制度两类都不是，映射为空（不适用）。投诉方式：电话→（1）投诉（原文方式名称缺失，按电话理解），12313转办、
    微信公众号→其他投诉。
    注入：记录单号重复 1 对（重新导入）；记录单填写时间空白 1 件；客户经理责任却未写解决期限 1 件；客户经理责任、
    办结晚于解决期限 2 件；客户经理责任、期限已过仍未办结 1 件；卷烟质量问题却没有解释退换时间 1 件；已认定责任部门却
    “责任部门”空白 1 件、“主要原因”空白 1 件；已形成方案、已办结却没有领导审核 1 件；方案由客服主管刘洋“审核” 1 件；
    责任由片区经理判定 1 件；处理单送达早于责任部门认定 1 件；责任判定写“双方责任”（不在选项中）1 件；
    记录单由客户经理本人填写 1 件。
    陷阱（不是违规）：送货服务 / 订货系统 / 其他类没有解决期限；送货服务类（送货时外包装破损）也有解释退换时间；
    质量问题当场解释退换，解释退换时间与判定时间同一分钟；客户经理责任在期限当天 17:30 前一小时办结；6 月下旬的
    客户经理投诉期限在 7 月、尚未办结；判定部门写简称“客服部”；月底的投诉尚未形成方案、未审核；12313转办、微信公众号渠道。
    """
    n = 62
    resp_w = [("卷烟质量问题", 30), ("客户经理服务", 34), ("送货服务", 20), ("订货系统", 9), ("其他", 7)]
    resps = [pick(rng, resp_w) for _ in range(n)]
    for i in (4, 15, 27, 39):
        resps[i] = "客户经理服务"
    for i in (9, 21, 33):
        resps[i] = "卷烟质量问题"
    for i in (12, 30):
        resps[i] = "送货服务"
    resps[n - 3] = "客户经理服务"          # late June, due in July, still open (trap)
    older = n - 9                            # cases before index `older` have been closed by the export date
    mgr = [i for i in range(2, older) if resps[i] == "客户经理服务"]
    qual = [i for i in range(2, older) if resps[i] == "卷烟质量问题"]
    deliv = [i for i in range(2, older) if resps[i] == "送货服务"]
    rng.shuffle(mgr)
    rng.shuffle(qual)
    rng.shuffle(deliv)
    used = set()

    def take(pool, k):
        got = [i for i in pool if i not in used][:k]
        used.update(got)
        return set(got)

    # the open-past-due case: an account-manager complaint from May/early June, stuck after the department's feedback
    open_pool = [i for i in range(older - 14, older) if resps[i] == "客户经理服务"]
    rng.shuffle(open_pool)
    open_past_due = take(open_pool, 1)
    no_due = take(mgr, 1)
    late_close = take(mgr, 2)
    close_on_due_day = take(mgr, 1)                      # trap
    no_explain = take(qual, 1)
    explain_same_minute = take(qual, 1)                  # trap
    both_resp = take(deliv, 1)
    deliv_replaced = take(deliv, 1)                      # trap
    anyone = list(range(3, older))
    rng.shuffle(anyone)
    dup = take([i for i in anyone if 10 < i < older - 2], 1)
    used.update({i - 1 for i in dup})
    no_record = take(anyone, 1)
    no_dept = take(anyone, 1)
    no_cause = take(anyone, 1)
    no_approve = take(anyone, 1)
    approve_by_supervisor = take(anyone, 1)
    judge_by_area = take(anyone, 1)
    slip_early = take(anyone, 1)
    record_by_manager = take(anyone, 1)
    for i in both_resp:
        resps[i] = "双方责任"

    receivers = ["张敏", "陈婷", "周洁"]
    managers = {"城区一片": "王建军", "城区二片": "李海燕", "东乡片区": "赵志强", "西山片区": "吴晓东"}
    leaders = ["孙国平", "高建华"]
    shops = ["便利店", "烟酒店", "超市", "商行", "食杂店", "烟酒批发部"]
    places = ["兴华路", "建设街", "东关", "青石桥", "北门", "新民村", "城南", "花园路", "火车站", "西山镇"]
    issues = {
        "卷烟质量问题": [("条烟内有一包空嘴、烟支松散", "卷烟加工缺陷", "卷烟工业企业（经质检员确认）"),
                     ("整件卷烟受潮发霉", "仓储环境湿度超标", "仓储分拣组"),
                     ("烟支有异味，消费者退货", "卷烟本身质量问题", "卷烟工业企业（经质检员确认）"),
                     ("条盒封签破损，疑似调包", "分拣环节包装受损", "质量监督（质检员）")],
        "客户经理服务": [("客户经理一个月未上门走访", "客户经理未按周期拜访", "客户经理"),
                     ("客户经理私下推荐紧俏品规并加价", "客户经理违规搭配", "客户经理"),
                     ("订单调整未及时通知，断货三天", "客户经理未及时告知货源变化", "客户经理"),
                     ("客户经理态度生硬，不解释订货政策", "服务态度问题", "片区经理")],
        "送货服务": [("送货员未按约定时间送达", "线路调度不合理", "调度运输组"),
                 ("送货时外包装破损", "装车未固定", "送货组"),
                 ("少送一条卷烟", "分拣差错", "仓储分拣组")],
        "订货系统": [("网上订货系统周二无法登录", "系统升级未提前通知", "信息中心"),
                 ("订货后扣款两次", "结算接口故障", "信息中心")],
        "其他": [("对货源投放比例有意见", "货源投放政策", "配送中心"),
               ("要求增加送货频次", "线路安排", "调度运输组")],
    }
    issues["双方责任"] = issues["送货服务"]
    plans = {"卷烟质量问题": [("情况属实，建议退换", "退换问题卷烟，向工业企业反馈并索赔"),
                         ("已核实，建议退换并补偿运费", "退换问题卷烟，补偿零售户运费")],
             "客户经理服务": [("情况属实，建议约谈客户经理", "约谈客户经理，限期整改并纳入月度考核"),
                         ("部分属实，建议书面解释", "片区经理陪同上门致歉，调整走访周期")],
             "送货服务": [("已核实，建议补送并致歉", "上门致歉并补送"),
                      ("情况属实，建议调整线路", "调整送货线路时段并书面告知零售户")],
             "订货系统": [("已整改，建议回访确认", "系统补丁上线，退还重复扣款")],
             "其他": [("建议书面解释", "向零售户解释货源政策并留存记录")]}
    plans["双方责任"] = plans["送货服务"]
    opinions = ["同意，按方案执行", "同意，抄送营销中心", "同意，整改情况下周报送", "同意"]

    rows = []
    day = FIRST_DAY
    for i in range(n):
        day = day + timedelta(days=rng.choice([1, 2, 2, 3, 3, 4]))
        t0 = day.replace(hour=rng.randint(7, 21), minute=rng.randint(0, 59))      # 24 小时受理
        if i >= n - 3:
            t0 = [datetime(2025, 6, 24, 15, 36), datetime(2025, 6, 26, 9, 3), datetime(2025, 6, 28, 10, 12)][i - n + 3]
        resp = resps[i]
        area = rng.choice(list(managers))
        manager = managers[area]
        content, cause, dept = rng.choice(issues[resp])
        suggestion, plan = rng.choice(plans[resp])
        record = t0 + timedelta(minutes=rng.randint(3, 40))
        judge = _office(record + timedelta(hours=rng.uniform(1, 8)), rng)
        determine = _office(judge + timedelta(hours=rng.uniform(0.5, 4)), rng)
        slip = _office(determine + timedelta(hours=rng.uniform(0.5, 5)), rng)
        if i in slip_early:                                  # 主管先送了处理单，受理员事后补认定
            slip = judge + timedelta(minutes=40)
            determine = _office(slip + timedelta(hours=2), rng)
        explain = None
        if resp == "卷烟质量问题" or i in deliv_replaced:
            explain = _office(judge + timedelta(hours=rng.uniform(2, 30)), rng)
            if i in explain_same_minute:
                explain = judge
            if i in no_explain:
                explain = None
        propose = _office(slip + timedelta(days=rng.uniform(1, 4)), rng)
        draft = _office(propose + timedelta(days=rng.uniform(0.3, 2)), rng)
        approve = _office(draft + timedelta(days=rng.uniform(0.2, 1.5)), rng)
        closed = _office(approve + timedelta(days=rng.uniform(0.5, 4)), rng)
        if i in open_past_due or i == n - 3:                 # n - 3: 6 月下旬的客户经理投诉，还在等方案
            draft = approve = closed = None
        due = None
        if resp == "客户经理服务":
            if i in late_close:
                due = _promise(closed - timedelta(days=rng.randint(1, 3)))
            elif i in open_past_due:
                due = _promise(propose + timedelta(days=rng.randint(2, 5)))
            elif i in close_on_due_day:
                due = _promise(closed)
                closed = closed.replace(hour=16, minute=rng.randint(20, 29))
            elif closed is None:
                due = datetime(2025, 7, 4, 17, 30)              # 期限在导出之后，尚未到期
            else:
                due = _promise(closed + timedelta(days=rng.randint(1, 5)))
                if _cut(closed) is None:
                    due = max(due, datetime(2025, 7, 4, 17, 30))
            if i in no_due:
                due = None
        record, judge, determine, slip, explain, propose, draft, approve, closed = (
            _cut(x) for x in (record, judge, determine, slip, explain, propose, draft, approve, closed))
        if approve is None:
            draft = None                                     # 方案随审核单一并提交，未提交的不显示形成时间
        if i in no_approve:
            approve = None
        row = Case()
        row["记录单号"] = f"PS-TS-{t0:%y%m}-{i + 1:03d}"
        row["受理时间"] = t0
        row["记录单填写时间"] = None if i in no_record else record
        row["受理人"] = manager if i in record_by_manager else rng.choice(receivers)
        row["投诉方式"] = pick(rng, [("电话", 52), ("现场", 18), ("12313转办", 12), ("微信公众号", 10), ("电子邮件", 8)])
        row["零售户名称"] = f"{rng.choice(places)}{rng.choice(SURNAMES)}记{rng.choice(shops)}"
        row["许可证号"] = f"5301{rng.randint(10, 29)}{rng.randint(100000, 999999)}"
        row["所属片区"] = area
        row["客户经理"] = manager
        row["联系电话"] = _mobile(rng)
        row["投诉内容"] = content
        row["责任判定"] = resp if judge else None
        row["判定部门"] = ("片区经理" if i in judge_by_area else pick(rng, [("客户服务部", 8), ("客服部", 2)])) \
            if judge else None
        row["判定时间"] = judge
        row["解释退换时间"] = explain
        row["主要原因"] = None if i in no_cause or not determine else cause
        row["责任部门"] = None if i in no_dept or not determine else dept
        row["责任部门认定时间"] = determine
        row["处理单送达时间"] = slip
        row["送达人"] = "刘洋" if slip else None
        row["处理结果及建议"] = suggestion if propose else None
        row["责任部门反馈时间"] = propose
        row["处理方案"] = plan if draft else None
        row["方案形成时间"] = draft
        row["审核领导"] = ("刘洋" if i in approve_by_supervisor else rng.choice(leaders)) if approve else None
        row["审核意见"] = rng.choice(opinions) if approve else None
        row["审核时间"] = approve
        row["解决期限"] = due
        row["办结时间"] = closed
        rows.append(row)
    k = next(iter(dup))
    rows[k]["记录单号"] = rows[k - 1]["记录单号"]           # 同一投诉重新导入，沿用旧单号
    if injected is not None:
        num = lambda i: rows[i]["记录单号"]  # noqa: E731
        injected.append((num(k), "duplicate"))
        for what, idx in [("no_record", no_record), ("no_due", no_due), ("late_close", late_close),
                          ("open_past_due", open_past_due), ("no_explain", no_explain), ("no_dept", no_dept),
                          ("no_cause", no_cause), ("no_approve", no_approve),
                          ("approve_by_supervisor", approve_by_supervisor), ("judge_by_area", judge_by_area),
                          ("slip_early", slip_early), ("both_resp", both_resp),
                          ("record_by_manager", record_by_manager)]:
            injected += [(num(i), what) for i in sorted(idx)]
    roles = {name: "complaint_receiver" for name in receivers}
    roles.update({"刘洋": "cs_supervisor", "孙国平": "leader", "高建华": "leader",
                  "客户服务部": "customer_service", "客服部": "customer_service", "片区经理": "responsible_party"})
    roles.update({name: "responsible_party" for name in managers.values()})
    hand = {
        "procedure": "s13-distribution-complaint-handling",
        "columns": {
            "记录单号": "case_number",
            "受理时间": "receive_at",
            "记录单填写时间": "record_at",
            "受理人": "record_by",
            "投诉方式": "channel",
            "投诉内容": "content",
            "责任判定": "responsibility",
            "判定部门": "judge_responsibility_by",
            "判定时间": "judge_responsibility_at",
            "解释退换时间": "explain_replace_at",
            "主要原因": "cause",
            "责任部门": "responsible_department",
            "责任部门认定时间": "determine_department_at",
            "处理单送达时间": "send_handling_slip_at",
            "送达人": "send_handling_slip_by",
            "责任部门反馈时间": "propose_result_at",
            "处理方案": "measures",
            "方案形成时间": "draft_plan_at",
            "审核领导": "approve_plan_by",
            "审核时间": "approve_plan_at",
            "解决期限": "resolution_due_at",
            "办结时间": "closed_at",
        },
        "values": {
            "channel": {"电话": "unnamed_first", "电子邮件": "email", "现场": "onsite", "12313转办": "other",
                        "微信公众号": "other"},
            "responsibility": {"卷烟质量问题": "product_quality", "客户经理服务": "account_manager",
                               "送货服务": "", "订货系统": "", "其他": ""},
        },
        "roles": roles,
    }
    return rows, hand


# --- 57: S14, a wholesale mall operator's complaint work orders ---------------------------------------------------

def e57_s14_mall(rng, injected=None):
    """粤丰商贸城运营管理有限公司（批发商城运营方，档主即租档口的商户）行政部的“客户投诉工单”，物业运营管理系统导出，
    GBK 编码 CSV，按 S14《投诉处理流程》审计。日期写法：2025/3/4 9:12（slash），意见报告日期只写日期（2025/3/6）。
    投诉人有档主，也有来商城购物的顾客；投诉等级和分类细项随投诉事由而定（招商专员乱收费、保安言辞粗鲁为严重）。
    按原文写下的列：工单号（YF-年月日-序号）、接单时间、接单人、投诉来源（服务热线 / 上门 / 微信公众号 / 12345转办 / 媒体）、
    投诉人、档口号、联系电话、投诉内容、客户诉求、投诉等级（一般 / 一般投诉 / 严重：系统改版前的单子写“一般投诉”）、
    分类细项（热线难打通/态度差、上门未及时接待、多次维修未解决、其他轻微；态度恶劣、媒体曝光、屡次投诉、乱收费/索要财物、
    其他损害信誉）、处理方式、责任单位、责任人、派单时间、反馈时间、主管签字、改善对策、意见报告日期、状态、备注。
    读过制度 YAML 后补的列：派单人（填写《客户投诉处理单》并派单的人，fill_handling_slip_by；“派单时间”即
    fill_handling_slip_at），台账登记时间（register_at），处理完成时间（被投诉部门调查处理 investigate_at），
    回访核实时间（行政部与客户接洽核实 verify_cause_at），对策确认时间（improvement_at）。
    人员：黄丽、谢婷婷、林志伟是行政部投诉专员；“系统”是微信公众号自动生成的工单（不对应任何角色）；何勇是保安部主管
    （被投诉部门）。责任单位：工程部、保安部、保洁部、招商部、收费处、停车场、客服热线组、行政部。
    注入：工单号重复 1 对；客户诉求空白 2 件；没有派单时间（未填处理单）1 件；投诉等级空白 1 件；投诉等级写“重大”
    （不在选项中）1 件；处理方式空白 1 件；责任单位空白 1 件；责任人空白 1 件；已派单却没有台账登记时间 1 件；
    已反馈却没有主管签字 2 件；已确认改善对策却没有意见报告日期 1 件；处理单由保安部主管何勇派出 1 件；
    回访核实早于责任单位反馈 1 件。
    陷阱（不是违规）：6 月底的工单尚未反馈，没有签字、没有核实；没有改善对策的已结案工单没有意见报告；主管签字写
    “已盖章”或“部门章”；投诉等级写全称“一般投诉”；台账登记时间与派单时间同一分钟；微信公众号工单接单人为“系统”。
    """
    n = 58
    older = n - 7
    pool = list(range(3, older))
    rng.shuffle(pool)
    used = set()

    def take(k, cond=lambda i: True):
        got = [i for i in pool if i not in used and cond(i)][:k]
        used.update(got)
        return set(got)

    # topic per case first: the level and the sub-item follow from what the complaint is about
    topics = {   # unit -> (content, demand, measure, serious?, sub-item)
        "工程部": [("档口空调三次报修仍不制冷", "今天修好，否则减免当月管理费", "更换压缩机", False, "多次维修未解决"),
                ("二楼卫生间漏水流到档口", "维修并赔偿受潮货物", "堵漏并核定货损", False, "其他轻微"),
                ("档口照明线路报修一周无人来", "尽快派电工上门", "当天派电工检修线路", False, "其他轻微")],
        "保安部": [("保安驱赶顾客时言辞粗鲁", "保安当面道歉", "当事保安停岗培训", True, "态度恶劣"),
                ("夜间档口被盗，监控无人值守", "调取监控并协助报警", "调取录像，协助派出所立案", False, "其他轻微")],
        "保洁部": [("通道垃圾一上午未清理", "增加保洁频次", "调整保洁排班", False, "其他轻微"),
                ("保洁员把档口货物当垃圾清走", "照价赔偿", "核实后按进货价赔偿", False, "其他轻微")],
        "招商部": [("招商专员私下收取转让费", "退还费用并处理相关人员", "退费，当事人调离岗位", True, "乱收费/索要财物"),
                ("招商专员强推广告位套餐", "取消套餐", "取消未履行套餐", True, "乱收费/索要财物")],
        "收费处": [("电费单价高于合同约定", "按合同退还差价", "复核电表，退还差价", False, "其他轻微"),
                ("收取管理费不开票", "补开发票", "补开发票并通报", False, "其他轻微")],
        "停车场": [("停车收费超过公示标准", "退还多收停车费", "退还差额，更换收费牌", False, "其他轻微"),
                ("货车卸货区被私家车占用", "清理占位车辆", "增设卸货区专人值守", False, "其他轻微")],
        "客服热线组": [("服务热线连续打了五次无人接", "给个说法", "热线增配坐席", False, "热线难打通/态度差"),
                  ("热线客服推脱说不归她管", "客服道歉，尽快解决", "首问负责培训", False, "热线难打通/态度差")],
        "行政部": [("上门投诉等了四十分钟没人接待", "安排专人对接", "前台增设值班岗", False, "上门未及时接待")],
    }
    units = [("工程部", 26), ("保安部", 16), ("保洁部", 12), ("招商部", 8), ("收费处", 10), ("停车场", 10),
             ("客服热线组", 12), ("行政部", 6)]
    picked = []
    for i in range(n):
        unit = pick(rng, units)
        content, demand, measure, serious, item = rng.choice(topics[unit])
        if not serious and rng.random() < 0.1:                   # 同一档口反复投诉，升为严重
            serious, item = True, "屡次投诉"
        picked.append((unit, content, demand, measure, serious, item))
    levels = [("严重" if p[4] else pick(rng, [("一般", 78), ("一般投诉", 22)])) for p in picked]
    improve_cases = {i for i in range(n) if levels[i] == "严重" or rng.random() < 0.3}
    dup = take(1, lambda i: i > 5)
    used.update({i - 1 for i in dup})
    no_demand = take(2)
    no_slip = take(1)
    no_severity = take(1)
    bad_severity = take(1)
    no_measures = take(1)
    no_unit = take(1)
    no_person = take(1)
    no_register = take(1)
    no_signature = take(2)
    no_opinion = take(1, lambda i: i in improve_cases)
    slip_by_security = take(1)
    verify_early = take(1)
    same_minute = take(1)                                         # trap

    admins = ["黄丽", "谢婷婷", "林志伟"]
    sources = [("服务热线", 45), ("上门", 25), ("微信公众号", 18), ("12345转办", 10), ("媒体", 2)]
    chiefs = {"工程部": "陈志明", "保安部": "何勇", "保洁部": "邓玉兰", "招商部": "罗斌", "收费处": "曾秀英",
              "停车场": "蔡刚", "客服热线组": "袁芳", "行政部": "董建华"}
    staff = {"工程部": ["周国庆", "梁涛", "许磊"], "保安部": ["宋军", "唐勇"], "保洁部": ["苏桂英", "叶霞"],
             "招商部": ["罗斌", "郭超"], "收费处": ["曾秀英", "马娟"], "停车场": ["蔡刚", "彭明"],
             "客服热线组": ["韩静", "冯艳"], "行政部": ["潘娜"]}
    improvements = ["相关人员纳入月度考核", "修订岗位操作规程并全员培训", "每周巡检并留存记录", "设立档主意见箱",
                    "收费标准重新公示"]

    rows = []
    day = FIRST_DAY
    for i in range(n):
        day = day + timedelta(days=rng.choice([1, 2, 3, 3, 4]))
        t0 = day.replace(hour=rng.randint(8, 20), minute=rng.randint(0, 59))      # 商城 8:00-21:00 营业
        if i == n - 1:
            t0 = datetime(2025, 6, 29, 15, 40)
        unit, content, demand, measure, serious, item = picked[i]
        source = pick(rng, sources)
        if serious and source == "媒体":
            item = "媒体曝光"
        level = "重大" if i in bad_severity else ("" if i in no_severity else levels[i])
        slip = t0 + timedelta(minutes=rng.randint(5, 180))
        register = slip if i in same_minute else slip + timedelta(minutes=rng.randint(1, 40))
        investigate = _office(slip + timedelta(hours=rng.uniform(2, 72)), rng, 8, 21)
        feedback = _office(investigate + timedelta(hours=rng.uniform(0.5, 24)), rng, 8, 21)
        verify = _office(feedback + timedelta(hours=rng.uniform(4, 48)), rng, 8, 21)
        if i in verify_early:                                # 行政部先回访了顾客，责任单位的反馈单后补
            investigate = slip + timedelta(hours=3)
            verify = _office(investigate + timedelta(hours=1), rng, 8, 21)
            feedback = verify + timedelta(hours=3)
        improve = _office(verify + timedelta(days=rng.uniform(1, 7)), rng, 8, 21) if i in improve_cases else None
        report = improve + timedelta(days=rng.uniform(1, 3)) if improve else None     # 报告只写日期，次日起出具
        if i in no_opinion:
            report = None
        slip, register, investigate, feedback, verify, improve, report = (
            _cut(x) for x in (slip, register, investigate, feedback, verify, improve, report))
        if report is None and i not in no_opinion:
            improve = None                                   # 对策确认与意见报告一并录入，月底的尚未录入
        if i in no_slip:
            slip = None
        if i in no_register:
            register = None
        row = Case()
        row["工单号"] = f"YF-{t0:%y%m%d}-{i + 1:03d}"
        row["接单时间"] = slash(t0)
        row["接单人"] = "系统" if source == "微信公众号" else rng.choice(admins)
        row["投诉来源"] = source
        row["投诉人"] = _name(rng) + rng.choice(["（档主）", "（档主）", "（顾客）", ""])
        row["档口号"] = f"{rng.choice('ABCD')}{rng.randint(1, 4)}-{rng.randint(1, 188):03d}" if rng.random() < 0.75 else ""
        row["联系电话"] = _mobile(rng)
        row["投诉内容"] = content
        row["客户诉求"] = "" if i in no_demand else demand
        row["投诉等级"] = level
        row["分类细项"] = item
        row["处理方式"] = "" if i in no_measures else measure
        row["责任单位"] = "" if i in no_unit else unit
        row["责任人"] = "" if i in no_person else rng.choice(staff[unit])
        row["派单人"] = ("何勇" if i in slip_by_security else rng.choice(admins)) if slip else ""
        row["派单时间"] = slash(slip) if slip else ""
        row["台账登记时间"] = slash(register) if register else ""
        row["处理完成时间"] = slash(investigate) if investigate else ""
        row["反馈时间"] = slash(feedback) if feedback else ""
        row["主管签字"] = ("" if i in no_signature else pick(rng, [(chiefs[unit], 7), ("已盖章", 2), ("部门章", 1)])) \
            if feedback else ""
        row["回访核实时间"] = slash(verify) if verify else ""
        row["改善对策"] = rng.choice(improvements) if improve else ""
        row["对策确认时间"] = slash(improve) if improve else ""
        row["意见报告日期"] = f"{report.year}/{report.month}/{report.day}" if report else ""
        row["状态"] = "已结案" if verify and (i not in improve_cases or improve) else "处理中"
        row["备注"] = rng.choice(["", "", "", "档主要求书面答复", "已录音", "重复来电", "转工程部现场查看"])
        rows.append(row)
    k = next(iter(dup))
    rows[k]["工单号"] = rows[k - 1]["工单号"]              # 系统迁移时同一工单导出两次序号未变
    if injected is not None:
        num = lambda i: rows[i]["工单号"]  # noqa: E731
        injected.append((num(k), "duplicate"))
        for what, idx in [("no_demand", no_demand), ("no_slip", no_slip), ("no_severity", no_severity),
                          ("bad_severity", bad_severity), ("no_measures", no_measures), ("no_unit", no_unit),
                          ("no_person", no_person), ("no_register", no_register), ("no_signature", no_signature),
                          ("no_opinion", no_opinion), ("slip_by_security", slip_by_security),
                          ("verify_early", verify_early)]:
            injected += [(num(i), what) for i in sorted(idx)]
    roles = {name: "admin_dept" for name in admins}
    roles["何勇"] = "complained_dept"
    hand = {
        "procedure": "s14-operations-complaint-flow",
        "columns": {
            "工单号": "case_number",
            "接单时间": "receive_at",
            "接单人": "receive_by",
            "投诉内容": "content",
            "客户诉求": "demand",
            "投诉等级": "severity",
            "处理方式": "measures",
            "责任单位": "responsible_department",
            "责任人": "responsible_person",
            "派单人": "fill_handling_slip_by",
            "派单时间": "fill_handling_slip_at",
            "台账登记时间": "register_at",
            "处理完成时间": "investigate_at",
            "反馈时间": "feedback_at",
            "主管签字": "complained_unit_signature",
            "回访核实时间": "verify_cause_at",
            "对策确认时间": "improvement_at",
            "意见报告日期": "opinion_report_at",
        },
        "values": {
            "severity": {"一般": "general", "一般投诉": "general", "严重": "serious"},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("56-s13-distribution-complaint-records.xlsx", "xlsx", e56_s13_tobacco),
    ("57-s14-mall-complaint-work-orders.csv", "gbk", e57_s14_mall),
]
