"""Starter-profile benchmark exports 60-61 (set 11a), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 60 61    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import Case, START, pick, slash, person_name as _name, mobile as _mobile, working_minutes


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return working_minutes(t, CUTOFF)


# --- 60: S2, a home-appliance maker's after-sales CRM -------------------------------------------------------------

def e60_s2_appliance(rng, injected=None):
    """旺迪电器 客户服务中心 CRM “服务单”导出（UTF-8 CSV），按 S2《售后服务管理制度》审计。
    日期写法：2025/3/4 9:12（slash）。单据类型：咨询 / 投诉 / 市场投诉 / 建议；来源渠道：400热线 / 官网留言 / 客服邮箱 / 微信公众号 / 经销商转入。
    组织：400呼叫中心、华东/华南/华北服务站都隶属售后服务部；销售公司、电商部、品质部、研发中心、生产部是“相关部门”。
    回访人写员工姓名：刘敏、陈静、何娜是售后服务部回访组专员；王强、赵磊是销售公司区域业务员（名单由审计人员向人事部核对）。
    读过制度 YAML 后补的列：受理部门（collect_by），处理部门 / 处理完成时间（handle_by / handle_at），
    转交发起部门 / 转交时间（向相关部门反馈：feedback_by / feedback_at；原有的“转交部门”是接收反馈的相关部门，不是办理者），
    回访人（revisit_by）。
    注入：服务单号重复 1 对（官网留言被重复导入）；受理部门不是售后服务部 2 件（销售公司、电商部）；
    处理部门不是售后服务部 3 件（品质部 2、销售公司 1）；转交发起部门不是售后服务部 2 件（销售公司、品质部）；
    由销售公司业务员回访 3 件。
    陷阱（不是违规）：“转交部门”为品质部 / 研发中心（接收方）；处理部门写 400呼叫中心或某服务站（隶属售后服务部）；
    首次反馈拖了两三天（“第一时间”无可计量时限，不检查）；重点客户没有回访、投诉没有回访或没有转交（制度不要求每案都有）；
    受理部门空白 2 件（系统没有带出部门，不是违规也无从判断）；满意度“一般”（制度没有满意度字段）。
    """
    n = 66
    slots = list(range(2, n))
    rng.shuffle(slots)
    types = [pick(rng, [("投诉", 55), ("市场投诉", 12), ("咨询", 23), ("建议", 10)]) for _ in range(n)]
    bad_collect = [slots.pop() for _ in range(2)]
    # the other injections land on complaints (the ones that get handled, forwarded and revisited)
    complaints = [i for i in slots if types[i] in ("投诉", "市场投诉") and i < n - 4]
    bad_handle = complaints[:3]
    bad_feedback = complaints[3:5]
    bad_revisit = complaints[5:8]
    trap_slow_first = complaints[8:10]
    trap_key_no_visit = complaints[10:12]
    trap_blank_dept = [i for i in slots if i not in complaints[:12]][:2]

    products = {
        "空调": ["KFR-35GW/WD-A1", "KFR-26GW/WD-N3", "KFR-72LW/WD-Y2"],
        "冰箱": ["BCD-468WDPV", "BCD-215WD"],
        "洗衣机": ["XQG100-WD12", "XQB80-WD6"],
        "热水器": ["JSQ25-WD13", "F60-WD21"],
        "厨电": ["CXW-220-WD7", "JZT-WD3G"],
    }
    issues = {
        "投诉": ["安装师傅多收空调支架费用", "新机使用一周外机噪音大", "冰箱冷藏室不制冷，报修三天无人上门",
               "洗衣机脱水时剧烈晃动", "热水器出水忽冷忽热", "维修后同一故障再次出现", "上门师傅态度恶劣",
               "延保卡激活不了", "油烟机漏油滴到灶台"],
        "市场投诉": ["门店宣传的以旧换新补贴未兑现", "经销商私自加价销售", "赠品与宣传不符", "同款机型线上线下价差过大"],
        "咨询": ["空调滤网如何清洗", "保修期怎么计算", "能否预约周末安装", "热水器镁棒多久更换"],
        "建议": ["希望增加微信预约安装", "说明书字太小建议出视频版", "建议APP显示师傅位置"],
    }
    measures = {
        "投诉": ["退还多收费用", "安排服务站上门检测并更换压缩机", "更换整机", "调整安装并加固底座",
               "向客户道歉并对师傅进行考核", "补发延保卡", "更换集油盒"],
        "市场投诉": ["协调经销商兑现补贴", "经销商退还差价", "补发赠品", "解释价格政策"],
        "咨询": ["电话解答", "发送图文说明"],
        "建议": ["已记录，转相关部门评估", "感谢客户建议"],
    }
    regions = ["江苏南京", "江苏苏州", "浙江杭州", "上海浦东", "广东广州", "广东佛山", "福建厦门", "北京朝阳", "山东济南",
               "河北石家庄", "安徽合肥"]
    station = {"江苏": "华东服务站", "浙江": "华东服务站", "上海": "华东服务站", "安徽": "华东服务站",
               "广东": "华南服务站", "福建": "华南服务站", "北京": "华北服务站", "山东": "华北服务站", "河北": "华北服务站"}
    agents = ["8012 张丽", "8017 吴静", "8023 郑芳", "8031 孙艳", "8036 马娟"]
    visitors = ["刘敏", "陈静", "何娜"]
    sales_reps = ["王强", "赵磊"]
    channels = [("400热线", 58), ("官网留言", 14), ("客服邮箱", 6), ("微信公众号", 16), ("经销商转入", 6)]

    rows = []
    day = START
    for i in range(n):
        day = day + timedelta(hours=rng.choice([20, 24, 26, 44, 48, 60]))
        recv = day.replace(hour=8, minute=0) + timedelta(minutes=rng.randint(0, 12 * 60))
        kind = types[i]
        cat = pick(rng, [("空调", 40), ("冰箱", 18), ("洗衣机", 18), ("热水器", 14), ("厨电", 10)])
        region = rng.choice(regions)
        channel = pick(rng, channels)
        collect_dept = "400呼叫中心" if channel == "400热线" else "售后服务部"
        if i in bad_collect:
            collect_dept = "销售公司" if bad_collect.index(i) == 0 else "电商部"
            channel = "经销商转入" if collect_dept == "销售公司" else "官网留言"
        if i in trap_blank_dept:
            collect_dept = ""
        is_complaint = kind in ("投诉", "市场投诉")
        first = recv + timedelta(minutes=rng.randint(10, 240))
        if i in trap_slow_first:
            first = recv + timedelta(days=rng.randint(2, 3), hours=rng.randint(0, 5))
        first = _cap(first)
        handle_dept = handle_at = None
        fb_from = fb_to = fb_at = None
        if is_complaint:
            handle_dept = pick(rng, [("售后服务部", 55), (station[region[:2]], 35), ("400呼叫中心", 10)])
            if i in bad_handle:
                handle_dept = "品质部" if bad_handle.index(i) < 2 else "销售公司"
            handle_at = recv + timedelta(hours=rng.uniform(6, 96))
            if rng.random() < 0.45 or i in bad_feedback:
                fb_from = "售后服务部"
                fb_to = "销售公司" if kind == "市场投诉" else rng.choice(["品质部", "研发中心", "生产部"])
                fb_at = recv + timedelta(hours=rng.uniform(2, 30))
                if i in bad_feedback:
                    if bad_feedback.index(i) == 0:
                        fb_from, fb_to = "销售公司", "品质部"
                    else:
                        fb_from, fb_to = "品质部", "研发中心"
        elif kind == "建议" and rng.random() < 0.6:
            fb_from, fb_to = "售后服务部", rng.choice(["研发中心", "电商部", "品质部"])
            fb_at = recv + timedelta(hours=rng.uniform(4, 72))
        if kind == "咨询":
            handle_dept = "400呼叫中心" if channel == "400热线" else ""
            handle_at = first if handle_dept else None
        handle_at = _cap(handle_at)
        fb_at = _cap(fb_at)
        if fb_at is None:
            fb_from = fb_to = None
        visit = visitor = None
        if is_complaint and handle_at and (rng.random() < 0.75 or i in bad_revisit) and i not in trap_key_no_visit:
            visit = _cap(handle_at + timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 6)))
            if visit:
                visitor = rng.choice(visitors)
                if i in bad_revisit:
                    visitor = sales_reps[bad_revisit.index(i) % 2]
        if i in bad_revisit and visit is None:          # keep the injection: revisit within the window
            visit = _cap(handle_at + timedelta(hours=20) if handle_at else recv + timedelta(days=2))
            visitor = sales_reps[bad_revisit.index(i) % 2]
        if not is_complaint:
            status, closed = "已结案", (handle_at or first)
        elif visit:
            status, closed = "已结案", visit
        elif handle_at:
            status, closed = pick(rng, [("待回访", 60), ("已结案", 40)]), None
            if status == "已结案":
                closed = handle_at + timedelta(hours=rng.uniform(1, 24))
        else:
            status, closed = "处理中", None
        closed = _cap(closed)
        row = Case()
        row["服务单号"] = f"WD{recv:%y%m%d}{rng.randint(1000, 9999)}"
        row["单据类型"] = kind
        row["来源渠道"] = channel
        row["受理时间"] = slash(recv)
        row["受理坐席"] = rng.choice(agents)
        row["受理部门"] = collect_dept
        row["客户名称"] = _name(rng) + rng.choice(["", "", "先生", "女士"])
        row["联系电话"] = _mobile(rng)
        row["所在区域"] = region
        row["产品线"] = cat
        row["机型"] = rng.choice(products[cat])
        row["问题描述"] = rng.choice(issues[kind])
        row["重点客户"] = "是" if i in trap_key_no_visit or rng.random() < 0.1 else "否"
        row["首次反馈时间"] = slash(first)
        row["处理部门"] = handle_dept or ""
        row["处理完成时间"] = slash(handle_at) if handle_at else ""
        row["处理措施"] = rng.choice(measures[kind]) if handle_at or kind != "咨询" else "电话解答"
        row["转交部门"] = fb_to or ""
        row["转交发起部门"] = fb_from or ""
        row["转交时间"] = slash(fb_at) if fb_at else ""
        row["回访时间"] = slash(visit) if visit else ""
        row["回访人"] = visitor or ""
        row["回访满意度"] = pick(rng, [("非常满意", 35), ("满意", 45), ("一般", 14), ("不满意", 6)]) if visit else ""
        row["单据状态"] = status
        row["结案时间"] = slash(closed) if closed else ""
        rows.append(row)
    # a repeated 服务单号: one web message imported twice (second copy keeps the number, the agent re-typed it)
    busy = set(bad_collect + bad_handle + bad_feedback + bad_revisit)
    dup_src = next(k for k in range(20, 40) if rows[k]["来源渠道"] == "官网留言" and k not in busy and k + 1 not in busy)
    dup_dst = dup_src + 1
    rows[dup_dst]["服务单号"] = rows[dup_src]["服务单号"]
    if injected is not None:
        num = lambda i: rows[i]["服务单号"]  # noqa: E731
        injected += [(num(dup_dst), "duplicate")]
        injected += [(num(i), "bad_collect") for i in bad_collect]
        injected += [(num(i), "bad_handle") for i in bad_handle]
        injected += [(num(i), "bad_feedback") for i in bad_feedback]
        injected += [(num(i), "bad_revisit") for i in bad_revisit]

    after_sales = ["售后服务部", "400呼叫中心", "华东服务站", "华南服务站", "华北服务站", "刘敏", "陈静", "何娜"]
    others = ["销售公司", "电商部", "品质部", "研发中心", "生产部", "王强", "赵磊"]
    hand = {
        "procedure": "s2-wangdi-after-sales-service",
        "columns": {
            "服务单号": "case_number",
            "受理时间": "collect_at",
            "受理部门": "collect_by",
            "处理部门": "handle_by",
            "处理完成时间": "handle_at",
            "转交发起部门": "feedback_by",
            "转交时间": "feedback_at",
            "回访时间": "revisit_at",
            "回访人": "revisit_by",
        },
        "roles": {**{v: "after_sales" for v in after_sales}, **{v: "related_departments" for v in others}},
    }
    return rows, hand


# --- 61: S5, a tourism company's visitor-complaint register ------------------------------------------------------

def e61_s5_visitor(rng, injected=None):
    """永联旅游公司 办公室“游客投诉登记表”（Excel 共享台账，XLSX；投诉日期、转办日期、回复日期、回访日期、办结日期为真正的日期时间单元格），
    按 S5《永联旅游公司游客投诉管理制度》审计。
    投诉方式：400热线 / QQ在线 / 现场 / 来信 / OTA平台；被投诉部门：农耕园 / 旅行社 / 营销部 / 游客中心 / 餐饮中心 / 观光车队。
    接待人、转办人、回访人写员工姓名（审计人员向办公室核对名单）：沈丽、顾晓燕、钱建华是办公室人员（400热线和QQ由办公室值守）；
    陆小军（农耕园售票处）、蒋玉兰（农耕园主管）、吴志强（旅行社导游）、徐海燕（旅行社计调）、
    张国庆（营销部经理）、曹文斌（游客中心）都是旅游公司各部门人员。
    读过制度 YAML 后补的列：转办人（transfer_by；原有的“转办部门”是接收转办的部门，不是办理者），回访人 / 回访日期（revisit_by / revisit_at）。
    投诉日期即办公室接待登记的时间（receive_at），接待人即 receive_by，转办日期即 transfer_at。
    注入：登记编号重复 1 对；由农耕园、旅行社人员（不是办公室）接待登记 3 件；由营销部、农耕园人员（不是办公室）转办 3 件；
    转办日期早于投诉日期 3 件（一件月份录错，两件前一天）。
    陷阱（不是违规）：农耕园、旅行社人员回访（制度允许各部门或办公室回访）；办公室自己答复、没有转办的投诉；
    接到电话当场转办、转办时间与投诉时间相同 1 件；没有回访的投诉；投诉类别“其他”“票务”等台账自己的分类（制度没有分类字段）。
    """
    n = 58
    slots = list(range(2, n))
    rng.shuffle(slots)
    bad_receive = [slots.pop() for _ in range(3)]
    bad_transfer = [slots.pop() for _ in range(3)]
    early_transfer = [slots.pop() for _ in range(3)]
    same_time = [slots.pop()]
    must_transfer = set(bad_transfer + early_transfer + same_time)

    office = ["沈丽", "顾晓燕", "钱建华"]
    dept_staff = {"农耕园": ["陆小军", "蒋玉兰"], "旅行社": ["吴志强", "徐海燕"], "营销部": ["张国庆"], "游客中心": ["曹文斌"]}
    departments = [("农耕园", 32), ("旅行社", 26), ("营销部", 10), ("游客中心", 12), ("餐饮中心", 12), ("观光车队", 8)]
    complaints = {
        "农耕园": [("接待服务", "采摘体验区工作人员态度生硬"), ("票务", "网上购票后入园核验排队超过一小时"),
                 ("服务质量", "亲子农事体验项目临时取消未提前告知"), ("服务质量", "园区卫生间无纸、异味重")],
        "旅行社": [("导游服务", "导游强制安排购物点"), ("接待服务", "行程单写明的景点未游览"),
                 ("服务质量", "团餐质量差，与合同标准不符"), ("导游服务", "导游迟到四十分钟且未解释")],
        "营销部": [("票务", "团购优惠券无法使用"), ("其他", "宣传册上的开放时间有误")],
        "游客中心": [("接待服务", "咨询台人员答复不清，互相推诿"), ("其他", "寄存柜故障，物品取不出")],
        "餐饮中心": [("服务质量", "农家菜价格与菜单不符"), ("服务质量", "上菜慢，等候一个多小时")],
        "观光车队": [("服务质量", "观光车未按时刻表发车"), ("接待服务", "观光车司机开车打电话")],
    }
    results = ["已向游客道歉并退还部分费用", "已协调部门整改并电话答复", "已退还门票差价", "已对导游进行考核并向游客致歉",
               "已赠送下次游园门票", "已解释说明，游客表示理解"]
    lines = ["永联一日游", "农耕园亲子游", "江南古镇+永联二日游", "散客", "散客", "散客"]
    ways = [("400热线", 44), ("QQ在线", 18), ("现场", 22), ("来信", 4), ("OTA平台", 12)]

    rows = []
    day = datetime(2025, 1, 4, 8, 30)
    for i in range(n):
        day = day + timedelta(hours=rng.choice([24, 48, 48, 72, 72, 96]))
        recv = day.replace(hour=8, minute=30, second=0) + timedelta(minutes=rng.randint(0, 9 * 60))
        dept = pick(rng, departments)
        cat, text = rng.choice(complaints[dept])
        way = pick(rng, ways)
        receiver = rng.choice(office)
        if i in bad_receive:
            k = bad_receive.index(i)
            receiver = ["陆小军", "蒋玉兰", "吴志强"][k]
            way = "现场"
            dept = "旅行社" if receiver == "吴志强" else "农耕园"
            cat, text = rng.choice(complaints[dept])
        transfer = transfer_at = transfer_to = None
        if i in must_transfer or rng.random() < 0.7:
            transfer_to = dept
            transfer = rng.choice(office)
            transfer_at = recv + timedelta(minutes=rng.randint(15, 26 * 60))
            if i in bad_transfer:
                k = bad_transfer.index(i)
                transfer = ["张国庆", "蒋玉兰", "张国庆"][k]
                transfer_to = "旅行社" if transfer == "张国庆" else "餐饮中心"
            if i in early_transfer:
                k = early_transfer.index(i)
                transfer_at = (recv - timedelta(days=30 if k == 0 else 1)).replace(
                    hour=rng.randint(9, 16), minute=rng.choice([0, 10, 20, 30, 45]))
            if i in same_time:
                transfer_at = recv
        transfer_at = _cap(transfer_at)
        if transfer_at is None:
            transfer = transfer_to = None
        base = transfer_at if transfer_at and transfer_at > recv else recv
        reply = _cap(base + timedelta(hours=rng.uniform(3, 96)))
        visit = visitor = None
        if reply and rng.random() < 0.6:
            visit = _cap(reply + timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 4)))
            if visit:
                pool = office + [s for d, ss in dept_staff.items() if d == dept for s in ss]
                visitor = rng.choice(pool)
        closed = _cap((visit or reply) + timedelta(hours=rng.uniform(0, 30))) if reply else None
        row = Case()
        row["登记编号"] = f"YLLY-TS-{recv:%Y}-{i + 1:03d}"
        row["投诉日期"] = recv
        row["投诉方式"] = way
        row["游客姓名"] = _name(rng) + rng.choice(["", "", "（团队领队）"])
        row["联系方式"] = _mobile(rng) if way != "QQ在线" else f"QQ {rng.randint(10_000_000, 999_999_999)}"
        row["团号/线路"] = (f"YL{recv:%m%d}-{rng.randint(1, 9):02d} " + rng.choice(lines[:3])) \
            if dept == "旅行社" else rng.choice(lines)
        row["被投诉部门"] = dept
        row["投诉类别"] = cat
        row["投诉内容"] = text
        row["接待人"] = receiver
        row["转办部门"] = transfer_to or ""
        row["转办人"] = transfer or ""
        row["转办日期"] = transfer_at
        row["处理结果"] = rng.choice(results) if reply else ""
        row["回复游客日期"] = reply
        row["回访日期"] = visit
        row["回访人"] = visitor or ""
        row["回访情况"] = pick(rng, [("满意", 60), ("基本满意", 28), ("不满意", 12)]) if visit else ""
        row["办结日期"] = closed
        row["备注"] = rng.choice(["", "", "", "已拍照留存", "游客要求书面答复", "OTA差评已申诉", "需财务退款"])
        rows.append(row)
    # a repeated 登记编号: a new sheet row copied from the one above and the number not changed
    busy = set(bad_receive + bad_transfer + early_transfer + same_time)
    dup_src = next(k for k in range(15, 40) if k not in busy and k + 1 not in busy)
    rows[dup_src + 1]["登记编号"] = rows[dup_src]["登记编号"]
    if injected is not None:
        num = lambda i: rows[i]["登记编号"]  # noqa: E731
        injected += [(num(dup_src + 1), "duplicate")]
        injected += [(num(i), "bad_receive") for i in bad_receive]
        injected += [(num(i), "bad_transfer") for i in bad_transfer]
        injected += [(num(i), "transfer_before_receive") for i in early_transfer]

    hand = {
        "procedure": "s5-yonglian-tourist-complaints",
        "columns": {
            "登记编号": "case_number",
            "投诉日期": "receive_at",
            "接待人": "receive_by",
            "转办人": "transfer_by",
            "转办日期": "transfer_at",
            "回访日期": "revisit_at",
            "回访人": "revisit_by",
        },
        "roles": {**{v: "office" for v in office},
                  **{v: "tourism_departments" for ss in dept_staff.values() for v in ss}},
    }
    return rows, hand


EXPORTS = [
    ("60-s2-appliance-service-orders.csv", "utf-8", e60_s2_appliance),
    ("61-s5-visitor-complaint-register.xlsx", "xlsx", e61_s5_visitor),
]
