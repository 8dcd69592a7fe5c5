"""Starter-profile benchmark exports 84-85 (set 15a), written unseen by the mapping guesser's authors.

Each function plays one company's own complaint system for a procedure and returns (rows, hand profile); the
docstring says which system, the date spelling, what was injected and which columns were added after reading the
procedure YAML (the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 84 85    # or with no numbers: every export

Seeded by the export's number (random.Random(18_000 + NN)); the files are the same on every run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from make_exports import (Case, pick, dotted, person_name, mobile, distinct_names, working_minutes,
                          nth_workday_after)


CUTOFF = datetime(2025, 6, 30, 18, 0)   # the exports were taken on 30 June 2025; later steps have not happened


def _cap(t):
    return working_minutes(t, CUTOFF)


def _note(injected, case_number, what):
    if injected is not None:
        injected.append((case_number, what))


# --- 84: S2, a home-appliance maker's after-sales service tickets (legacy ERP, GBK) --------------------------------

def e84_s2_service_tickets(rng, injected=None):
    """旺迪电器 售后服务部“服务工单”——老版 ERP 售后模块导出的 GBK CSV，按 S2《售后服务管理制度》审计。
    日期写法：点分 2025.03.04 09:12（建单、首次响应、完工、转交），回访日期只写日 2025.03.06。
    组织：售后服务部下设客服中心（400热线）、电商客服组（天猫/京东店铺售后）、网点管理科（经销商报单、市场投诉）、
    技术服务科、回访组；营销中心（华东/华南大区）、电商事业部、品质部、研发中心、生产部是相关部门。
    读制度前写下的表头：工单号、建单时间、信息来源、工单类型、客户姓名、手机号码、省份、城市、产品品类、机型、购机日期、
    问题描述、建单人、首次响应时间、服务网点、处理结果、完工时间、处理部门、客户级别、回访日期、回访人、回访结果、
    转交部门、转交日期、工单状态、备注。
    读过制度 YAML 后补的列：受理部门（collect_by，原来只有建单人姓名）；质量信息反馈单号、反馈提交人（feedback_by：
    谁向相关部门反馈；原有的“转交部门”是接收反馈的相关部门）。“处理部门”“完工时间”原来就有（handle_by / handle_at），
    “回访人”写员工姓名（revisit_by，按员工名单对应部门）。
    注入：工单号重复 1 对（经销商报单被补录一次）；受理部门不是售后服务部 3 件（电商事业部 2、营销中心-华东大区 1）；
    处理部门不是售后服务部 3 件（品质部 2、营销中心-华南大区 1）；由营销中心业务员回访 2 件；
    反馈提交人不是售后服务部 2 件（品质部工程师 1、营销中心业务员 1）。共 11 项。
    陷阱（不是违规）：转交部门是品质部 / 研发中心 / 生产部（接收方）；电商渠道的单由售后服务部-电商客服组受理；
    处理部门为技术服务科 / 网点管理科 / 客服中心（都隶属售后服务部）；服务网点是外部特约维修站（不映射）；
    首次响应拖了两三天（“第一时间”没有可计量时限）；重点客户、投诉没有回访或没有转交（制度不要求每案都有）；
    回访人是客服中心专员（也属售后服务部）；处理中的工单没有处理部门和完工时间。
    """
    n = 62
    taken: set = set()
    staff = {
        "售后服务部-客服中心": distinct_names(rng, 4, taken),
        "售后服务部-电商客服组": distinct_names(rng, 2, taken),
        "售后服务部-网点管理科": distinct_names(rng, 2, taken),
        "售后服务部-技术服务科": distinct_names(rng, 2, taken),
        "售后服务部-回访组": distinct_names(rng, 3, taken),
    }
    for names in staff.values():
        taken.update(names)
    sales_reps = distinct_names(rng, 2, taken)          # 营销中心 区域业务员
    taken.update(sales_reps)
    qa_eng = distinct_names(rng, 1, taken)[0]           # 品质部 质量工程师
    taken.add(qa_eng)

    products = {
        "空调": ["KFR-35GW/WDA1+3", "KFR-26GW/WDN8+1", "KFR-72LW/WDY3"],
        "燃气热水器": ["JSQ30-16WD2", "JSQ25-13WD5"],
        "吸油烟机": ["CXW-260-WD09", "CXW-200-WD31"],
        "燃气灶": ["JZT-WD9B", "JZY-WD6"],
        "电热水器": ["DSZF-60WD8", "DSZF-80WD3"],
    }
    provinces = {"广东": ["佛山", "广州", "东莞", "中山"], "湖南": ["长沙", "株洲"], "江西": ["南昌", "赣州"],
                 "浙江": ["杭州", "宁波"], "江苏": ["苏州", "南京"]}
    outlets = {"广东": ["顺德区鸿达家电维修部", "南海区诚信制冷服务站", "东莞万江旺迪服务网点"],
               "湖南": ["长沙市雨花区旺迪特约维修站"], "江西": ["南昌青山湖家电服务中心"],
               "浙江": ["杭州萧山安装服务部", "宁波鄞州家电服务站"], "江苏": ["苏州吴中区家电售后服务站"]}
    problems = {
        "报修": ["不制冷，外机不启动", "开机显示E1故障码", "点火后熄火", "漏水", "噪音大", "遥控失灵"],
        "安装": ["新机预约安装", "移机", "加装延长管"],
        "咨询": ["询问保修期", "询问清洗价格", "说明书丢失要电子版", "询问以旧换新政策"],
        "投诉": ["维修师傅迟到两小时", "维修后故障复发", "收费与价目表不符", "安装打孔损坏墙面", "客服电话长时间打不通"],
        "市场投诉": ["经销商不给开发票", "门店虚标能效等级", "同型号线上线下价差大", "经销商拒绝七天无理由退货"],
        "意见建议": ["建议APP增加预约改期", "建议延长整机保修", "希望周末也能上门"],
    }

    t0s = sorted(datetime(2025, 1, 2, 8) + timedelta(minutes=rng.uniform(0, 60 * 24 * 170)) for _ in range(n))
    t0s = [_cap(t) for t in t0s]

    slots = list(range(n))
    rng.shuffle(slots)
    types = [pick(rng, [("报修", 30), ("安装", 10), ("咨询", 15), ("投诉", 25), ("市场投诉", 10), ("意见建议", 10)])
             for _ in range(n)]
    closed_old = [i for i in slots if t0s[i] < datetime(2025, 6, 10)]
    bad_collect = closed_old[:3]
    pool = [i for i in closed_old[3:] if types[i] in ("投诉", "市场投诉", "报修")]
    bad_handle = pool[:3]
    bad_revisit = pool[3:5]
    fb_pool = [i for i in closed_old[3:] if types[i] in ("投诉", "市场投诉", "意见建议") and i not in pool[:5]]
    bad_feedback = fb_pool[:2]
    trap_slow = pool[5:7]

    rows = []
    per_day: dict = {}
    for i in range(n):
        t0 = t0s[i]
        kind = types[i]
        src = pick(rng, [("400热线", 40), ("官网在线客服", 10), ("售后邮箱", 5), ("天猫旗舰店", 12), ("京东自营", 8),
                         ("经销商报单", 15), ("微信服务号", 10)])
        if kind == "市场投诉" and rng.random() < 0.5:
            src = "经销商报单"
        if src in ("天猫旗舰店", "京东自营"):
            collect_dept = "售后服务部-电商客服组"
        elif src == "经销商报单":
            collect_dept = "售后服务部-网点管理科"
        else:
            collect_dept = "售后服务部-客服中心"
        builder = rng.choice(staff[collect_dept])
        day = t0.strftime("%y%m%d")
        per_day[day] = per_day.get(day, 0) + 1
        number = f"FW{day}{per_day[day]:03d}"
        cat = rng.choice(list(products))
        prov = rng.choice(list(provinces))
        key = pick(rng, [("普通", 8), ("重点客户", 2)])
        r = Case({
            "工单号": number, "建单时间": dotted(t0), "信息来源": src, "工单类型": kind,
            "客户姓名": person_name(rng), "手机号码": mobile(rng), "省份": prov, "城市": rng.choice(provinces[prov]),
            "产品品类": cat, "机型": rng.choice(products[cat]),
            "购机日期": (t0 - timedelta(days=rng.randint(20, 900))).strftime("%Y.%m.%d"),
            "问题描述": rng.choice(problems[kind]), "建单人": builder, "受理部门": collect_dept,
            "首次响应时间": "", "服务网点": "", "处理结果": "", "完工时间": "", "处理部门": "", "客户级别": key,
            "回访日期": "", "回访人": "", "回访结果": "", "质量信息反馈单号": "", "反馈提交人": "", "转交部门": "",
            "转交日期": "", "工单状态": "处理中", "备注": "",
        })
        first = _cap(t0 + timedelta(minutes=rng.uniform(5, 240)))
        if i in trap_slow:
            first = _cap(t0 + timedelta(days=rng.uniform(2, 3.5)))
        r["首次响应时间"] = dotted(first) if first else ""

        if i in bad_collect:
            k = bad_collect.index(i)
            r["受理部门"] = "电商事业部" if k < 2 else "营销中心-华东大区"
            r["建单人"] = person_name(rng)
            r["信息来源"] = rng.choice(["天猫旗舰店", "京东自营"]) if k < 2 else "经销商报单"
            _note(injected, number, f"受理部门为{r['受理部门']}（collect_by 不是售后服务部）")

        # handling
        dur = {"报修": (20, 120), "安装": (20, 96), "咨询": (0.2, 6), "投诉": (24, 200), "市场投诉": (48, 300),
               "意见建议": (2, 48)}[kind]
        done = _cap(t0 + timedelta(hours=rng.uniform(*dur)))
        if i in trap_slow and done and first and done < first:
            done = _cap(first + timedelta(hours=rng.uniform(4, 30)))
        if done and rng.random() < 0.95 or i in bad_handle + bad_revisit + bad_feedback + bad_collect:
            if done is None:
                done = _cap(t0 + timedelta(hours=30))
            if kind in ("报修", "安装", "投诉"):
                hdept = "售后服务部-技术服务科" if kind == "投诉" else rng.choice(["售后服务部-技术服务科",
                                                                               "售后服务部-网点管理科"])
            elif kind == "市场投诉":
                hdept = "售后服务部-网点管理科"
            else:
                hdept = "售后服务部-客服中心"
            if kind in ("报修", "安装"):
                r["服务网点"] = rng.choice(outlets[prov])
            r["处理部门"] = hdept
            r["完工时间"] = dotted(done)
            r["处理结果"] = {"报修": "已上门维修，更换配件", "安装": "已安装调试", "咨询": "已电话答复",
                         "投诉": "已致歉并重新上门处理", "市场投诉": "已协调经销商处理",
                         "意见建议": "已记录，答复感谢"}[kind]
            r["工单状态"] = "已完工待回访"
            if i in bad_handle:
                k = bad_handle.index(i)
                r["处理部门"] = "品质部" if k < 2 else "营销中心-华南大区"
                _note(injected, number, f"处理部门为{r['处理部门']}（handle_by 不是售后服务部）")

            # revisit
            visit_p = {"咨询": 0.25, "意见建议": 0.4}.get(kind, 0.75)
            if (rng.random() < visit_p and i not in trap_slow) or i in bad_revisit:
                vd = done + timedelta(days=rng.randint(1, 6))
                if vd <= CUTOFF:
                    who = rng.choice(staff["售后服务部-回访组"]) if rng.random() < 0.8 else \
                        rng.choice(staff["售后服务部-客服中心"])
                    if i in bad_revisit:
                        who = sales_reps[bad_revisit.index(i)]
                        _note(injected, number, "回访人为营销中心业务员（revisit_by 不是售后服务部）")
                    r["回访日期"] = vd.strftime("%Y.%m.%d")
                    r["回访人"] = who
                    r["回访结果"] = pick(rng, [("满意", 7), ("基本满意", 2), ("不满意", 1), ("未接通", 1)])
                    r["工单状态"] = "已关闭"
            if i in bad_revisit and not r["回访人"]:
                raise AssertionError("revisit injection fell after the cutoff")

            # feedback to related departments
            fb_p = {"投诉": 0.45, "市场投诉": 0.6, "意见建议": 0.7, "报修": 0.12}.get(kind, 0)
            if rng.random() < fb_p or i in bad_feedback:
                fd = _cap(done + timedelta(hours=rng.uniform(2, 72)))
                if fd:
                    sender = rng.choice(staff["售后服务部-客服中心"] + staff["售后服务部-网点管理科"] +
                                        staff["售后服务部-技术服务科"])
                    if i in bad_feedback:
                        k = bad_feedback.index(i)
                        sender = qa_eng if k == 0 else sales_reps[1]
                        _note(injected, number, "反馈提交人不属售后服务部（feedback_by 为相关部门人员）")
                    r["质量信息反馈单号"] = f"ZF-2025-{len([x for x in rows if x['质量信息反馈单号']]) + 1:03d}"
                    r["反馈提交人"] = sender
                    r["转交部门"] = {"市场投诉": "营销中心", "意见建议": rng.choice(["研发中心", "营销中心"])}.get(
                        kind, rng.choice(["品质部", "品质部", "研发中心", "生产部"]))
                    r["转交日期"] = dotted(fd)
                elif i in bad_feedback:
                    raise AssertionError("feedback injection fell after the cutoff")
        if key == "重点客户" and not r["回访日期"] and r["完工时间"]:
            r["备注"] = "重点客户，季度关怀计划内统一回访"
        rows.append(r)

    # a dealer ticket keyed in twice: the copy gets the number of the earlier ticket (same day)
    dup_pool = [i for i in range(1, n - 1) if i not in bad_collect + bad_handle + bad_revisit + bad_feedback
                and rows[i]["信息来源"] == "经销商报单"]
    d = dup_pool[len(dup_pool) // 2]
    copy = Case(rows[d])
    copy["备注"] = "经销商重复报单，补录"
    copy["客户姓名"] = rows[d]["客户姓名"]
    copy["建单时间"] = dotted(datetime.strptime(rows[d]["建单时间"], "%Y.%m.%d %H:%M") + timedelta(minutes=47))
    copy["处理部门"], copy["完工时间"], copy["处理结果"] = "", "", ""
    copy["回访日期"], copy["回访人"], copy["回访结果"] = "", "", ""
    copy["质量信息反馈单号"], copy["反馈提交人"], copy["转交部门"], copy["转交日期"] = "", "", "", ""
    copy["工单状态"] = "处理中"
    rows.insert(d + 1, copy)
    _note(injected, rows[d]["工单号"], "工单号重复（经销商报单补录）")

    after_sales = [d for d in staff] + [v for names in staff.values() for v in names]
    related = ["电商事业部", "营销中心-华东大区", "营销中心-华南大区", "营销中心", "品质部", "研发中心", "生产部",
               *sales_reps, qa_eng]
    hand = {
        "procedure": "s2-wangdi-after-sales-service",
        "encoding": "gbk",
        "columns": {
            "工单号": "case_number",
            "建单时间": "collect_at",
            "受理部门": "collect_by",
            "完工时间": "handle_at",
            "处理部门": "handle_by",
            "回访日期": "revisit_at",
            "回访人": "revisit_by",
            "转交日期": "feedback_at",
            "反馈提交人": "feedback_by",
        },
        "roles": {**{v: "after_sales" for v in after_sales}, **{v: "related_departments" for v in related}},
    }
    return rows, hand


# --- 85: S21, a medical-device distributor's customer feedback register (XLSX) -----------------------------------

def e85_s21_feedback_register(rng, injected=None):
    """苏州康泓医疗器械有限公司（二、三类器械经营，另有进口产品中文标签加贴车间）“顾客反馈登记表”，
    销售内勤维护的 Excel 台账（XLSX），按 S21《顾客投诉处置程序》审计。
    日期写法：Excel 日期单元格；反馈时间带时分，登记日期、评价日期、处理记录日期、结案日期只有日期。
    组织：销售部（医院事业部、渠道部、销售内勤）、质量部（质量负责人、QA）、生产技术部（标签加贴、设备维修）、仓储物流部、总经理。
    读制度前写下的表头：序号、登记编号、反馈时间、反馈方式、客户单位、联系人、联系电话、产品名称、规格型号、注册证编号、
    批号/序列号、涉及数量、单位、反馈内容、接收人、评价日期、评价人、是否构成投诉、是否需上报监管、上报日期、
    不良事件报告编号、处理记录编号、处理措施、处理部门、结案日期、顾客满意度、备注。
    读过制度 YAML 后补的 / 改的列：“接收人”改为“登记人”并补“登记日期”（receive_record：记入《顾客投诉登记表》的日期，
    与客户反馈时间不同）；补“处理记录日期”（handle_at：填写《顾客投诉处理记录》的日期，结案日期另列）；
    “处理部门”改为“牵头部门”并补“协办部门”（协办的质量部、生产技术部不是办理者）。
    注入：登记编号重复 1 对；批号/序列号空白 1 件；涉及数量写“若干” 1 件（非数字）；登记日期空白 1 件；
    已评价但“是否构成投诉”空白 1 件、写“待定” 1 件；已评价但“是否需上报监管”空白 1 件；
    评价为构成投诉、无处理记录 1 件；评价日期早于登记日期 1 件；处理记录日期早于评价日期 1 件；
    由质量部 QA 登记 1 件；由质量负责人评价 1 件；牵头部门为生产技术部 1 件。共 13 项。
    陷阱（不是违规）：不构成投诉的反馈没有处理记录；协办部门为质量部 / 生产技术部；牵头部门写销售一部 / 销售二部 / 销售内勤；
    “无需上报”与“不需上报”两种写法；评价为需上报的已填上报日期（制度无时限）；月底收到的 3 件尚未评价；
    登记日期比反馈时间晚两三天（制度无时限）；设备类产品填的是序列号而不是批号。
    """
    n = 52
    taken: set = set()
    clerks = distinct_names(rng, 3, taken)         # 销售内勤
    taken.update(clerks)
    sales_mgr = distinct_names(rng, 1, taken)[0]   # 销售部经理
    taken.add(sales_mgr)
    qa = distinct_names(rng, 1, taken)[0]          # 质量部 QA 专员
    taken.add(qa)
    qa_head = distinct_names(rng, 1, taken)[0]     # 质量负责人
    taken.add(qa_head)

    products = [  # name, spec, registration, batch style, unit
        ("一次性使用无菌注射器 带针", "5ml 0.7#", "苏械注准20152140312", "lot", "支"),
        ("一次性使用输液器 带针", "0.7×25TWLB", "苏械注准20162140877", "lot", "套"),
        ("医用外科口罩", "17.5×9.5cm 挂耳式", "苏械注准20202140455", "lot", "只"),
        ("一次性使用静脉留置针", "22G 密闭式", "国械注准20193030612", "lot", "支"),
        ("电子血压计", "HEM-7136", "国械注进20172070128", "sn", "台"),
        ("医用压缩式雾化器", "NE-C28P", "国械注进20162080311", "sn", "台"),
        ("血糖试纸", "50片/盒", "国械注进20182400205", "lot", "盒"),
        ("医用透明敷料", "6×7cm", "苏械注准20182140990", "lot", "片"),
    ]
    customers = ["苏州市立医院（设备科）", "昆山市第一人民医院", "吴江区中医医院", "相城区人民医院", "姑苏区双塔街道社区卫生服务中心",
                 "常熟市第二人民医院", "太仓市妇幼保健院", "老百姓大药房（苏州）连锁", "苏州雷允上国药连锁", "张家港市澳洋医院"]
    channels = ["电话", "微信", "邮件", "业务员带回", "医院OA函件", "上门"]
    complaints = {"lot": ["针头与针座连接松动", "外包装破损、疑似无菌屏障受损", "滴斗漏液", "产品内有异物", "导管打折", "口罩耳带脱落"],
                  "sn": ["开机无显示", "测量结果偏差大", "雾化量明显减小", "充电后无法开机"]}
    non_complaints = ["询问储存温度要求", "索要产品注册证复印件", "反映随货同行单批号与外箱一致、询问有效期", "表扬送货及时",
                      "询问试纸与仪器的配套型号"]

    t0s = sorted(datetime(2025, 1, 6, 8) + timedelta(minutes=rng.uniform(0, 60 * 24 * 155)) for _ in range(n - 3))
    t0s += sorted(datetime(2025, 6, 23, 9) + timedelta(hours=rng.uniform(0, 100)) for _ in range(3))
    t0s = [t.replace(second=0, microsecond=0) for t in t0s]
    t0s = [t if t.hour >= 8 and t.hour < 18 else t.replace(hour=8 + t.hour % 9) for t in t0s]

    is_c = [rng.random() < 0.65 for _ in range(n)]
    slots = list(range(n - 3))
    rng.shuffle(slots)
    cpl = [i for i in slots if is_c[i]]
    non = [i for i in slots if not is_c[i]]
    bad_batch, bad_qty, no_register = slots[0], slots[1], slots[2]
    rest = [i for i in slots[3:]]
    cpl = [i for i in cpl if i in rest]
    blank_is_c, blank_report = cpl[0], non[0] if non[0] in rest else non[1]
    undecided = cpl[1]
    no_handle = cpl[2]
    eval_before_reg = cpl[3]
    handle_before_eval = cpl[4]
    qa_registers = cpl[5]
    qa_head_evaluates = cpl[6]
    tech_leads = cpl[7]
    dup_src = cpl[8]

    def day(t):
        return datetime(t.year, t.month, t.day)

    rows = []
    for i in range(n):
        t0 = t0s[i]
        prod, spec, reg, style, unit = rng.choice(products)
        if is_c[i]:
            content = rng.choice(complaints[style])
        else:
            content = rng.choice(non_complaints)
        batch = (f"{rng.choice(['2408', '2410', '2411', '2412', '2501'])}{rng.randint(1, 28):02d}{rng.randint(1, 9)}"
                 if style == "lot" else f"SN{rng.randint(20230000, 20249999)}{rng.randint(100, 999)}")
        qty = rng.choice([1, 2, 3, 5, 10, 20, 50, 100, 200]) if style == "lot" else rng.choice([1, 1, 1, 2])
        reg_day = day(nth_workday_after(t0.date(), pick(rng, [(0, 6), (1, 3), (3, 1)])))
        reg_day = datetime(reg_day.year, reg_day.month, reg_day.day)
        number = f"KH-FK-2025-{i + 1:03d}"
        r = Case({
            "序号": i + 1, "登记编号": number, "反馈时间": t0, "反馈方式": rng.choice(channels),
            "客户单位": rng.choice(customers), "联系人": person_name(rng), "联系电话": mobile(rng),
            "产品名称": prod, "规格型号": spec, "注册证编号": reg, "批号/序列号": batch, "涉及数量": qty, "单位": unit,
            "反馈内容": content, "登记人": rng.choice(clerks), "登记日期": reg_day,
            "评价日期": None, "评价人": None, "是否构成投诉": None, "是否需上报监管": None, "上报日期": None,
            "不良事件报告编号": None, "处理记录编号": None, "处理记录日期": None, "牵头部门": None, "协办部门": None,
            "处理措施": None, "结案日期": None, "顾客满意度": None, "备注": None,
        })
        if i == bad_batch:
            r["批号/序列号"] = None
            _note(injected, number, "批号/序列号空白（batch）")
        if i == bad_qty:
            r["涉及数量"] = "若干"
            _note(injected, number, "涉及数量写“若干”（quantity 非数字）")
        if i == no_register:
            r["登记日期"] = None
            r["备注"] = "业务员微信转来，未正式登记"
            _note(injected, number, "登记日期空白（未记入《顾客投诉登记表》）")
        if i == qa_registers:
            r["登记人"] = qa
            _note(injected, number, "登记人为质量部QA（receive_record_by 不是销售部）")

        if i >= n - 3:   # received in the last week of June: registered, not yet evaluated
            rows.append(r)
            continue

        base = r["登记日期"] or day(t0)
        ev = day(nth_workday_after(base.date(), rng.choice([0, 1, 1, 2, 3])))
        if i == eval_before_reg:
            ev = base - timedelta(days=rng.choice([1, 2]))
            _note(injected, number, "评价日期早于登记日期")
        r["评价日期"] = ev
        r["评价人"] = sales_mgr if rng.random() < 0.6 else rng.choice(clerks)
        if i == qa_head_evaluates:
            r["评价人"] = qa_head
            _note(injected, number, "评价人为质量负责人（evaluate_by 不是销售部）")
        r["是否构成投诉"] = "是" if is_c[i] else "否"
        serious = is_c[i] and style == "sn" and rng.random() < 0.3 or (is_c[i] and "异物" in content)
        r["是否需上报监管"] = "需上报" if serious else rng.choice(["无需上报", "无需上报", "不需上报"])
        if serious:
            r["上报日期"] = day(nth_workday_after(ev.date(), rng.randint(1, 8)))
            r["不良事件报告编号"] = f"3205{rng.randint(10000000, 99999999)}"
        if i == blank_is_c:
            r["是否构成投诉"] = None
            _note(injected, number, "已评价，“是否构成投诉”空白")
        if i == undecided:
            r["是否构成投诉"] = "待定"
            _note(injected, number, "“是否构成投诉”写“待定”（取值不在选项中）")
        if i == blank_report:
            r["是否需上报监管"] = None
            _note(injected, number, "已评价，“是否需上报监管”空白")

        if is_c[i] and i not in (no_handle, blank_is_c, undecided):
            hd = day(nth_workday_after(ev.date(), rng.choice([0, 1, 2, 3, 5])))
            if i == handle_before_eval:
                hd = ev - timedelta(days=rng.choice([1, 3]))
                _note(injected, number, "处理记录日期早于评价日期")
            r["处理记录编号"] = f"CL-2025-{len([x for x in rows if x['处理记录编号']]) + 1:03d}"
            r["处理记录日期"] = hd
            r["牵头部门"] = pick(rng, [("销售一部", 4), ("销售二部", 3), ("销售内勤", 2)])
            r["协办部门"] = ("质量部" if style == "lot" else "生产技术部") if rng.random() < 0.7 else None
            if i == tech_leads:
                r["牵头部门"] = "生产技术部"
                r["协办部门"] = "质量部"
                _note(injected, number, "牵头部门为生产技术部（handle_by 不是销售部）")
            r["处理措施"] = rng.choice(["同批次产品召回复检，换货", "上门检测后更换整机", "补发并回收问题产品留样",
                                    "退回厂家分析，先行换货"])
            close = hd + timedelta(days=rng.randint(3, 25))
            if close <= CUTOFF:
                r["结案日期"] = close
                r["顾客满意度"] = pick(rng, [("满意", 7), ("基本满意", 2), ("不满意", 1)])
        elif i == no_handle:
            r["备注"] = "客户已换货，处理记录未填"
            _note(injected, number, "构成投诉但没有《顾客投诉处理记录》")
        elif not is_c[i]:
            r["处理措施"] = "已电话答复" if rng.random() < 0.7 else None
        rows.append(r)

    # two clerks typing on the same day gave a new feedback the number of an existing one
    hit = {bad_batch, bad_qty, no_register, blank_is_c, blank_report, undecided, no_handle, eval_before_reg,
           handle_before_eval, qa_registers, qa_head_evaluates, tech_leads, dup_src}
    j = next(k for k in range(dup_src + 1, n - 3) if k not in hit) if dup_src < n - 8 else \
        next(k for k in range(dup_src - 1, 0, -1) if k not in hit)
    rows[j]["登记编号"] = rows[dup_src]["登记编号"]
    rows[j]["备注"] = (rows[j]["备注"] or "") + "（编号手工录入）"
    _note(injected, rows[dup_src]["登记编号"], "登记编号重复")

    hand = {
        "procedure": "s21-medical-device-complaints",
        "columns": {
            "登记编号": "case_number",
            "反馈时间": "received_at",
            "反馈内容": "content",
            "批号/序列号": "batch",
            "涉及数量": "quantity",
            "登记日期": "receive_record_at",
            "登记人": "receive_record_by",
            "评价日期": "evaluate_at",
            "评价人": "evaluate_by",
            "是否构成投诉": "is_complaint",
            "是否需上报监管": "report_to_regulator",
            "处理记录日期": "handle_at",
            "牵头部门": "handle_by",
        },
        "values": {
            "is_complaint": {"是": "yes", "否": "no"},
            "report_to_regulator": {"需上报": "yes", "无需上报": "no", "不需上报": "no"},
        },
        "roles": {**{v: "sales" for v in [*clerks, sales_mgr, "销售一部", "销售二部", "销售内勤", "销售部"]},
                  qa: "quality", qa_head: "quality", "质量部": "quality", "生产技术部": "production_tech"},
    }
    return rows, hand


EXPORTS = [
    ("84-s2-appliance-service-tickets.csv", "gbk", e84_s2_service_tickets),
    ("85-s21-device-feedback-register.xlsx", "xlsx", e85_s21_feedback_register),
]
