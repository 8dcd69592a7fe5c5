"""Starter-profile benchmark exports 198-199 (set 34b), written unseen by the mapping guesser's authors.

Each function plays one organisation's own system for a procedure and returns (rows, hand profile); the docstring says
which system, the date spelling, what was injected and which columns were added after reading the procedure YAML
(the rest were written down from the source text alone).

    .venv/bin/python benchmarks/starter/make_exports.py 198 199    # or with no numbers: every export

Seeded by the export's number; the files are the same on every run.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from make_exports import pick, person_name, mobile, distinct_names, workday


CUTOFF = datetime(2025, 6, 30, 12, 0)   # the exports were taken on 30 June 2025 (noon); later steps have not happened


def _mins(t):
    return None if t is None else t.replace(second=0, microsecond=0)


def _work_at(rng, d, lo_h=8.5, hi_h=17.5):
    """A whole-minute time on the first working day from d on, between lo_h and hi_h o'clock."""
    while not workday(d):
        d += timedelta(days=1)
    minutes = rng.randint(int(lo_h * 60), int(hi_h * 60))
    return datetime(d.year, d.month, d.day) + timedelta(minutes=minutes)


def _days_after(rng, t, lo, hi):
    """A working-day time lo..hi calendar days after t (0 = the same day, later in the day)."""
    k = rng.randint(lo, hi)
    if k == 0:
        u = t + timedelta(minutes=rng.randint(30, 180))
        if u.hour < 18 and u.date() == t.date():
            return _mins(u)
        k = 1
    return _work_at(rng, t.date() + timedelta(days=k))


def _slash(t):
    return "" if t is None else f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"


def _slash_day(t):
    return "" if t is None else f"{t.year}/{t.month}/{t.day}"


def _cap(t):
    """Nothing recorded after the export was taken."""
    return t if t is not None and t <= CUTOFF else None


def e198_s44_customer_quality_complaint_register(rng, injected=None):
    """S44 — a machinery/parts manufacturer's 质检部 keeps a shared Excel sheet 「客户质量投诉跟踪表」 on the file
    server; 客服部 and 销售部 type in a complaint when a customer calls, 质检部 fills in the analysis, feedback-form and
    return columns.  Exported with Excel's "CSV UTF-8" (BOM); dates typed as 2025/3/4 9:12 (times) and 2025/3/4 (days).

    Headers written down from the source text alone (before the procedure YAML):
        序号, 投诉编号, 接到投诉时间, 接收部门 (客服部/销售部), 接收人, 客户名称, 联系人, 联系电话, 产品型号, 生产批号,
        问题描述, 通知质检/生产时间, 是否到现场 (是/否), 现场确认时间, 确认结论 (我司质量问题/非我司质量问题),
        投诉单填写人, 投诉单交质检日期, 原因分析及整改措施, 反馈单编号, 反馈单日期, 处理意见 (退货/返工/换货/让步接收/
        由客户自行处理), 退货申请表号, 退货申请签字完成, 退货完成日期, 存档 (生产办/质检/成品库/销售/财务),
        跟踪情况, 状态 (跟踪中/已解决), 解决日期, 质检跟踪人, 备注
    读过制度 YAML 后补的列：分析责任人 (who wrote the 反馈单), 退货申请人 (who filled the 退货申请表),
        跟踪日期 (last follow-up date); 退货申请签字完成 and 存档 hold the day it was done.

    40 cases, 41 rows (one case pasted twice). Injected (by rule id, count):
        CK103 receive_by_customer_service_or_sales 2 (质检部 took the call itself)
        CK103 complaint_form_by_customer_service 1 (a salesman filled the 投诉单)
        CK103 countermeasure_by_quality_inspection 1 (生产部 wrote the 反馈单)
        CK103 return_request_by_customer_service 1 (a salesman filled the 退货申请表)
        CK103 follow_up_by_quality_inspection 1 (客服部 did the follow-up)
        CK101 complaint_form_for_own_issue 2 (one closed, one still open)
        CK101 countermeasure_form_before_close 1
        CK101 follow_up_until_solved 1
        CK101 return_request_before_return 1 (goods taken back without the application; case still open)
        CK101 return_form_archived 1
        CK106 return_request-process_return 1 (signatures collected after the return)
        CK106 investigate-complaint_form 1 (投诉单 dated before the site visit)
        CK107 case_number 1 (the pasted second row is reported)
    Traps (no finding): 销售部 receiving (allowed by 4.1); 非我司质量问题 cases closed with no forms; own-issue cases
        still open without 反馈单/跟踪; a 退货 case returned but still open and not yet archived; 投诉单 and 反馈单
        on the same day; 返工/换货/让步接收 cases with no 退货申请表.
    Not fed (the sheet keeps no date or actor for "由客户自行处理"): step-customer_self_handle and
        investigate-customer_self_handle stay unchecked.
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken = set()
    kf = distinct_names(rng, 3, taken)    # 客服部
    xs = distinct_names(rng, 3, taken)    # 销售部
    zj = distinct_names(rng, 3, taken)    # 质检部
    sc = distinct_names(rng, 2, taken)    # 生产部
    customers = ["常州恒力机械有限公司", "无锡宏达泵业有限公司", "苏州金诚输送设备有限公司", "南通远洋风机厂",
                 "浙江瑞丰压缩机有限公司", "合肥中科包装机械有限公司", "宁波海天减速机配套厂", "扬州永达机床有限公司",
                 "泰州华东环保设备有限公司", "镇江明扬起重机械有限公司", "盐城新科农机有限公司"]
    models = ["YE3-132M-4 7.5kW", "YE3-160M-4 11kW", "YE3-112M-4 4kW", "YE3-180L-4 22kW", "YVF2-132S-4 5.5kW",
              "YE3-90L-2 2.2kW", "YE4-200L-4 30kW"]
    own_issues = ["运行时轴承异响", "振动值超标", "接线盒盖破裂", "绝缘电阻偏低", "温升过高", "漆面大面积脱落",
                  "铭牌参数与订单不符", "轴伸尺寸偏小，联轴器装不进", "风扇罩变形摩擦", "出线电缆破皮"]
    not_own = [("电机烧毁", "现场电压长期偏低，非我司产品问题"), ("轴承损坏", "客户皮带张紧过度，安装不当"),
               ("启动跳闸", "客户变频器参数设置错误"), ("进水短路", "户外使用未加防雨罩")]
    measures = ["更换轴承供应商批次，装配线加装噪声检测", "动平衡工序复检，加严出厂振动抽检",
                "接线盒改用加强型，包装加护角", "浸漆工艺参数调整，出厂绝缘全检", "风路设计复核，抽样做温升试验",
                "喷漆前处理加强除油，班前首件检验", "铭牌打印与订单系统联动核对", "轴伸加工首件全尺寸检验"]

    n = 40
    lo, hi = date(2025, 1, 3), date(2025, 6, 24)
    days = sorted(lo + timedelta(days=rng.randint(0, (hi - lo).days)) for _ in range(n))
    plan = {2: "receive_qc", 21: "receive_qc", 5: "form_by_sales", 9: "cm_by_prod", 12: "ret_by_sales",
            15: "fu_by_kf", 7: "no_form", 31: "no_form", 11: "no_cm", 18: "no_fu", 4: "ret_no_request",
            14: "ret_no_archive", 20: "ret_signed_late", 24: "form_before_visit",
            3: "trap_not_own", 6: "trap_same_day", 33: "trap_ret_open"}
    dup_index = 16
    own_forced = {"form_by_sales", "cm_by_prod", "ret_by_sales", "fu_by_kf", "no_form", "no_cm", "no_fu",
                  "ret_no_request", "ret_no_archive", "ret_signed_late", "form_before_visit", "trap_same_day",
                  "trap_ret_open", "receive_qc"}
    must_close = {"form_by_sales", "cm_by_prod", "ret_by_sales", "fu_by_kf", "no_form", "no_cm", "no_fu",
                  "ret_no_archive", "ret_signed_late"}
    ret_forced = {"ret_by_sales", "ret_no_request", "ret_no_archive", "ret_signed_late", "trap_ret_open"}

    rows = []
    for i, d in enumerate(days):
        kind = plan.get(i, "")
        no = f"ZLTS-25{i + 1:03d}"
        received = _work_at(rng, d, 8.5, 17.0)
        dept = pick(rng, [("客服部", 7), ("销售部", 3)])
        taker = rng.choice(kf if dept == "客服部" else xs)
        if kind == "receive_qc":
            dept, taker = "质检部", rng.choice(zj)
            note((no, "receive_by_customer_service_or_sales"))
        notified = _mins(received + timedelta(minutes=rng.randint(10, 150)))
        visited = rng.random() < 0.45 or kind == "form_before_visit"
        if kind in ("trap_same_day",):
            visited = False
        visit = _days_after(rng, received, 1, 4) if visited else None
        if kind == "form_before_visit":
            visit = _work_at(rng, received.date() + timedelta(days=rng.randint(3, 4)))
        if kind in own_forced:
            own = True
        elif kind == "trap_not_own":
            own = False
        else:
            own = pick(rng, [(True, 70), (False, 25), (None, 5)])
        basis = visit if visit else received
        conclusion = _days_after(rng, basis, 0, 2)
        form_gap = (1 if visit else 0) + rng.randint(0, 1)
        if conclusion > CUTOFF or (own and conclusion.date() + timedelta(days=form_gap) > CUTOFF.date()):
            assert kind not in own_forced, (no, kind)
            own = None      # still being confirmed when the sheet was exported
        customer = rng.choice(customers)
        model = rng.choice(models)
        batch = f"{rng.choice(['2410', '2411', '2412', '2501', '2502', '2503'])}-{rng.randint(1, 60):02d}"
        form_by = cm_by = fb_no = opinion = ""
        analysis = rr_no = rr_by = follow_note = fu_by = ""
        form_t = cm_t = rr_t = pr_t = ar_t = fu_t = close_t = None
        if own is True:
            content = rng.choice(own_issues)
            if kind == "form_before_visit":
                form_t = datetime(received.year, received.month, received.day)
                note((no, "investigate-complaint_form"))
            else:
                form_t = datetime.combine(conclusion.date(), datetime.min.time()) + timedelta(days=form_gap)
            fast = kind in must_close or kind == "trap_ret_open"
            cm_t = form_t + timedelta(days=0 if kind == "trap_same_day" else rng.randint(1, 3 if fast else 6))
            opinion = pick(rng, [("退货", 30), ("返工", 25), ("换货", 25), ("让步接收", 20)])
            if kind in ret_forced:
                opinion = "退货"
            elif kind in ("cm_by_prod", "fu_by_kf", "no_cm", "no_fu", "form_by_sales", "no_form"):
                opinion = rng.choice(["返工", "换货", "让步接收"])
            if opinion == "退货":
                rr_t = cm_t + timedelta(days=rng.randint(0, 2))
                pr_t = rr_t + timedelta(days=rng.randint(2, 6))
                ar_t = pr_t + timedelta(days=rng.randint(0, 2))
                fu_t = pr_t + timedelta(days=rng.randint(3, 8))
            else:
                fu_t = cm_t + timedelta(days=rng.randint(4, 12))
            close_t = fu_t + timedelta(days=rng.randint(0, 6))
            if opinion == "退货":
                close_t = max(close_t, ar_t)
            if kind == "trap_ret_open":
                close_t = None
                ar_t = None
                fu_t = None
            if kind in must_close:
                assert close_t is not None and close_t <= CUTOFF, (no, kind)
            elif close_t is not None and rng.random() < 0.12:
                close_t = None      # still being watched
            # nothing after the export
            form_t, cm_t, rr_t, pr_t, ar_t, fu_t, close_t = (_cap(x) for x in (form_t, cm_t, rr_t, pr_t, ar_t,
                                                                                 fu_t, close_t))
            if cm_t is None:
                rr_t = pr_t = ar_t = fu_t = close_t = None
                opinion = ""
            if pr_t is None:
                ar_t = None
                if opinion == "退货":
                    close_t = None
            form_by = rng.choice(kf)
            if kind == "form_by_sales":
                form_by = rng.choice(xs)
                note((no, "complaint_form_by_customer_service"))
            if cm_t:
                cm_by = rng.choice(zj)
                fb_no = f"FK{cm_t:%y%m}{i + 1:03d}"
                analysis = rng.choice(measures)
            if kind == "cm_by_prod":
                cm_by = rng.choice(sc)
                note((no, "countermeasure_by_quality_inspection"))
            if rr_t:
                rr_no = f"TH{rr_t:%y%m}{i + 1:03d}"
                rr_by = rng.choice(kf)
            if kind == "ret_by_sales":
                rr_by = rng.choice(xs)
                note((no, "return_request_by_customer_service"))
            if fu_t:
                fu_by = rng.choice(zj)
                follow_note = rng.choice(["客户反馈改善后运行正常", "第二批到货抽检合格", "已电话回访，客户认可",
                                          "整改措施已落实到装配线", "持续关注后续三批"])
            if kind == "fu_by_kf":
                fu_by = rng.choice(kf)
                note((no, "follow_up_by_quality_inspection"))
            if kind == "no_form":
                form_t, form_by = None, ""
                note((no, "complaint_form_for_own_issue"))
            if kind == "no_cm":
                cm_t, cm_by, fb_no, analysis, opinion = None, "", "", "", ""
                follow_note = "客户口头同意返工，未出反馈单"
                note((no, "countermeasure_form_before_close"))
            if kind == "no_fu":
                fu_t, fu_by, follow_note = None, "", ""
                note((no, "follow_up_until_solved"))
            if kind == "ret_no_request":
                rr_t, rr_no, rr_by = None, "", ""
                ar_t, close_t = None, None
                follow_note = "成品库已收回退货，申请表待补"
                note((no, "return_request_before_return"))
            if kind == "ret_no_archive":
                ar_t = None
                note((no, "return_form_archived"))
            if kind == "ret_signed_late":
                rr_t = pr_t + timedelta(days=rng.randint(1, 3))
                ar_t = max(ar_t, rr_t)
                close_t = max(close_t, ar_t)
                note((no, "return_request-process_return"))
            conclusion_word = "我司质量问题"
        elif own is False:
            content, reason = rng.choice(not_own)
            conclusion_word = "非我司质量问题"
            opinion = "由客户自行处理"
            analysis = reason
            close_t = _cap(datetime.combine(conclusion.date(), datetime.min.time()) + timedelta(days=rng.randint(0, 3)))
            follow_note = "已书面答复客户" if close_t else ""
        else:
            content = rng.choice(own_issues + [x[0] for x in not_own])
            conclusion_word = ""
        status = "已解决" if close_t else "跟踪中"
        rows.append({
            "序号": 0,
            "投诉编号": no,
            "接到投诉时间": _slash(received),
            "接收部门": dept,
            "接收人": taker,
            "客户名称": customer,
            "联系人": person_name(rng),
            "联系电话": mobile(rng),
            "产品型号": model,
            "生产批号": batch,
            "问题描述": content,
            "通知质检/生产时间": _slash(notified),
            "是否到现场": "是" if visit else "否",
            "现场确认时间": _slash(visit),
            "确认结论": conclusion_word,
            "投诉单填写人": form_by,
            "投诉单交质检日期": _slash_day(form_t),
            "分析责任人": cm_by,
            "原因分析及整改措施": analysis,
            "反馈单编号": fb_no,
            "反馈单日期": _slash_day(cm_t),
            "处理意见": opinion,
            "退货申请表号": rr_no,
            "退货申请人": rr_by,
            "退货申请签字完成": _slash_day(rr_t),
            "退货完成日期": _slash_day(pr_t),
            "存档": _slash_day(ar_t),
            "跟踪日期": _slash_day(fu_t),
            "跟踪情况": follow_note,
            "质检跟踪人": fu_by,
            "状态": status,
            "解决日期": _slash_day(close_t),
            "备注": rng.choice(["", "", "", "", "客户要求书面答复", "已发照片", "老客户，优先处理", "附现场视频"]),
        })
        for t in (received, visit, form_t, cm_t, rr_t, pr_t, ar_t, fu_t, close_t):
            assert t is None or t <= CUTOFF, (no, t)
        if i == dup_index:
            assert not kind
            rows.append(dict(rows[-1]))
            note((no, "case_number"))
    for k, r in enumerate(rows, 1):
        r["序号"] = k

    roles = {"客服部": "customer_service", "销售部": "sales", "质检部": "quality_inspection", "生产部": "production"}
    roles.update({p: "customer_service" for p in kf})
    roles.update({p: "sales" for p in xs})
    roles.update({p: "quality_inspection" for p in zj})
    roles.update({p: "production" for p in sc})
    hand = {
        "procedure": "s44-customer-quality-complaints-2017",
        "encoding": "utf-8-sig",
        "columns": {
            "投诉编号": "case_number",
            "接到投诉时间": "receive_at",
            "接收部门": "receive_by",
            "问题描述": "content",
            "现场确认时间": "investigate_at",
            "确认结论": "own_quality_issue",
            "投诉单填写人": "complaint_form_by",
            "投诉单交质检日期": "complaint_form_at",
            "分析责任人": "countermeasure_by",
            "反馈单日期": "countermeasure_at",
            "处理意见": "return_approved",
            "退货申请人": "return_request_by",
            "退货申请签字完成": "return_request_at",
            "退货完成日期": "process_return_at",
            "存档": "archive_return_at",
            "跟踪日期": "follow_up_at",
            "质检跟踪人": "follow_up_by",
            "解决日期": "closed_at",
        },
        "values": {
            "own_quality_issue": {"我司质量问题": True, "非我司质量问题": False},
            "return_approved": {"退货": True, "返工": False, "换货": False, "让步接收": False, "由客户自行处理": ""},
        },
        "roles": roles,
    }
    return rows, hand


def e199_s48_pcb_complaints_qms(rng, injected=None):
    """S48 — a PCB factory's QMS module 「客诉管理」 (part of its MES); 总经理室生产管理组 registers each customer
    complaint, 业务, 品管 and 制造 fill in their parts online.  Exported to XLSX from the list view; date columns are
    real Excel date cells (the system stores date-times; 交运日期 and 生产日期 are plain dates).

    Headers written down from the source text alone (before the procedure YAML):
        客诉单号 (YYMM + 2-digit serial, e.g. 250307), 登记日期, 登记人, 客户代码, 客户名称, 订单编号, 料号, 投诉数量(PCS),
        交运日期, 客诉类别 (品质异常/数量异常), 不良现象, 客户要求 (退货/重工/补货/折让), 业务员, 业务确认日期,
        品管确认人, 品管检验确认日期, 检验结果, 责任单位, 生产单位, 班别, 作业员, 生产日期, 原因分析, 改善对策,
        对策提出日期, 处理方式, 核决人, 核决日期, 回复客户日期, 结案日期, 状态, 逾期天数, 备注
    读过制度 YAML 后补的列：是否造成损失, 现场处理日期, 异常处理单号, 异常处理单日期, 对策提出人, 责任人, 回复人.

    42 cases, 42 rows. Injected (by rule id, count):
        CK108 year_month_serial 2 (a re-opened complaint "…A", one typed by hand during an MES outage "YYMM-NN")
        CK101 record_order_number 1, record_ship_date 1, record_demand 1
        CK102 quantity 1 (quantity typed in panels, "…PNL")
        CK101 report_shift 1, report_production_staff 1 (制造 submitted the countermeasure without them)
        CK101 record_responsibility 1, record_responsible_person 1 (核决 done, 责任单位 / 责任人 left blank)
        CK101 exception_slip_when_no_loss 2 (no loss, 业务 went to the customer, no 异常处理单)
        CK103 register_by_production_control 1 (a salesman registered the complaint)
        CK103 inspect_by_quality_mgmt 1 (a 制造 engineer signed the inspection)
        CK103 investigation_by_manufacturing 1 (a 品管 engineer wrote the countermeasure)
        CK103 reply_by_sales 1 (品管 replied to the customer directly)
    Traps (no finding): loss caused, 业务 went on site, no 异常处理单 (the slip is only for no-loss visits); no loss and
        nobody went, no slip; 异常处理单 on the same day as the visit; open cases not yet through 制造 with empty
        班别/作业员/生产日期; 数量异常 cases never sent to 制造; serial numbers past 09 in a busy month.
    """
    note = injected.append if injected is not None else (lambda item: None)
    taken = set()
    pmc = distinct_names(rng, 3, taken)     # 总经理室生产管理组
    qa = distinct_names(rng, 3, taken)      # 质量管理部
    mfg = distinct_names(rng, 4, taken)     # 制造部 engineers
    biz = distinct_names(rng, 4, taken)     # 业务部
    ops = distinct_names(rng, 10, taken)    # operators on the line
    customers = [("C0107", "深圳市华信通电子有限公司"), ("C0112", "东莞立讯精密组件有限公司"),
                 ("C0135", "惠州德赛汽车电子有限公司"), ("C0158", "苏州汇川驱动技术有限公司"),
                 ("C0163", "厦门科华电源有限公司"), ("C0171", "珠海格力智能装备有限公司"),
                 ("C0188", "中山明阳照明电器有限公司"), ("C0204", "杭州海康安防配件有限公司")]
    quality_defects = ["阻焊起泡", "孔铜偏薄", "线路开路", "线路短路", "板翘超标", "焊盘氧化，上锡不良",
                       "字符模糊", "钻孔偏位", "阻抗超标", "沉金发黑"]
    human_defects = ["出货数量短少", "标签料号贴错", "混料（两个版本混装）", "包装未抽真空"]
    units = {"阻焊起泡": "防焊课", "孔铜偏薄": "电镀课", "线路开路": "线路课", "线路短路": "线路课",
             "板翘超标": "压合课", "焊盘氧化，上锡不良": "表面处理课", "字符模糊": "文字课", "钻孔偏位": "钻孔课",
             "阻抗超标": "线路课", "沉金发黑": "表面处理课"}
    causes = {"防焊课": ("前处理微蚀不足", "调整微蚀速率，增加水破试验频次"),
              "电镀课": ("电镀电流密度偏低", "更新电流参数表，每班切片确认孔铜"),
              "线路课": ("曝光底片划伤", "底片每 500 次更换，AOI 加严判定"),
              "压合课": ("叠构不对称", "工程叠构评审加入翘曲核算"),
              "表面处理课": ("金缸镍含量超标", "加强药水分析频率，超标即停线"),
              "文字课": ("网版张力不足", "网版张力每日点检"),
              "钻孔课": ("钻针寿命超限", "钻针寿命系统管控，超限自动停机")}

    n = 42
    lo, hi = date(2025, 1, 2), date(2025, 6, 20)
    days = sorted(lo + timedelta(days=rng.randint(0, (hi - lo).days)) for _ in range(n - 4))
    days += sorted(date(2025, 6, 23) + timedelta(days=rng.randint(0, 4)) for _ in range(4))   # the last week's intake
    plan = {3: "bad_number_suffix", 17: "bad_number_dash", 5: "no_order", 9: "no_ship", 13: "no_demand",
            20: "qty_panels", 7: "no_shift", 11: "no_staff", 15: "no_resp_dept", 22: "no_resp_person",
            6: "no_slip", 26: "no_slip", 1: "register_by_sales", 10: "inspect_by_mfg", 18: "mfg_by_qa",
            24: "reply_by_qa", 8: "trap_loss_visit", 12: "trap_slip_same_day"}
    quality_forced = {"no_shift", "no_staff", "inspect_by_mfg", "mfg_by_qa", "reply_by_qa", "no_resp_dept",
                      "no_resp_person"}

    serial = {}
    rows = []
    for i, d in enumerate(days):
        kind = plan.get(i, "")
        reg = _work_at(rng, d, 8.0, 18.0)
        ym = f"{reg:%y%m}"
        serial[ym] = serial.get(ym, 0) + 1
        no = f"{ym}{serial[ym]:02d}"
        if kind == "bad_number_suffix":
            no += "A"
            note((no, "year_month_serial"))
        elif kind == "bad_number_dash":
            no = f"{ym}-{serial[ym]:02d}"
            note((no, "year_month_serial"))
        code, customer = rng.choice(customers)
        quality = rng.random() < 0.78 or kind in quality_forced
        defect = rng.choice(quality_defects if quality else human_defects)
        ship = datetime.combine(reg.date() - timedelta(days=rng.randint(3, 25)), datetime.min.time())
        order = f"SO{ship:%y%m}{rng.randint(100, 999)}"
        part = f"{rng.choice(['HX', 'LT', 'DS', 'HC', 'KH'])}-{rng.choice([2, 4, 6, 8])}L-{rng.randint(1000, 9999)}" \
               f"{rng.choice(['A0', 'A1', 'B0'])}"
        qty = rng.choice([200, 300, 500, 800, 1000, 1200, 1500, 2000, 3000, 5000])
        demand = rng.choice(["退货重做", "重工", "补货", "折让", "提供8D报告", "退货重做，提供8D报告"])
        if not quality:
            demand = rng.choice(["补货", "换货", "补货，说明原因"])
        register_by = rng.choice(pmc)
        salesman = rng.choice(biz)
        biz_ok = _days_after(rng, reg, 0, 2)
        loss = rng.random() < 0.45
        if kind in ("no_slip", "trap_slip_same_day"):
            loss = False
        if kind == "trap_loss_visit":
            loss = True
        go = slip = None
        slip_no = ""
        went = rng.random() < 0.55 or kind in ("no_slip", "trap_slip_same_day", "trap_loss_visit")
        if went:
            go = _days_after(rng, reg, 1, 4)
            if not loss and kind != "no_slip":
                slip = _mins(go + timedelta(minutes=rng.randint(60, 300))) if kind == "trap_slip_same_day" \
                    else _days_after(rng, go, 0, 1)
        inspector = inspect = inspect_result = ""
        mfg_by = mfg_at = cause = measure = unit = shift = staff = prod_date = ""
        handling = decide_by = decide_at = resp_dept = resp_person = reply_by = reply_at = ""
        t_inspect = t_mfg = t_decide = t_reply = t_close = None
        if quality:
            t_inspect = _days_after(rng, reg, 1, 3)
            t_mfg = _days_after(rng, t_inspect, 1, 5)
            t_decide = _days_after(rng, t_mfg, 1, 3)
        else:
            t_decide = _days_after(rng, reg, 1, 4)
        t_reply = _days_after(rng, t_decide, 0, 2)
        t_close = _days_after(rng, t_reply, 3, 15)
        t_inspect, t_mfg, t_decide, t_reply, t_close = (_cap(x) for x in (t_inspect, t_mfg, t_decide, t_reply,
                                                                          t_close))
        go, slip = _cap(go), _cap(slip)
        if go is None:
            slip = None
        if kind in plan and not kind.startswith("bad_number"):
            assert t_close is not None, (no, kind)
        if t_inspect:
            inspector = rng.choice(qa)
            inspect = t_inspect
            inspect_result = rng.choice(["不良属实", "不良属实，比例约 3%", "复判不良属实", "切片确认不良"])
        if t_mfg:
            unit = f"{rng.choice(['一厂', '二厂'])}{units[defect]}"
            shift = rng.choice(["白班", "夜班", "A班", "B班"])
            staff = rng.choice(ops)
            prod_date = datetime.combine(ship.date() - timedelta(days=rng.randint(2, 10)), datetime.min.time())
            cause, measure = causes[units[defect]]
            mfg_by, mfg_at = rng.choice(mfg), t_mfg
        if t_decide:
            decide_by, decide_at = rng.choice(pmc), t_decide
            if quality:
                handling = rng.choice(["退货重做", "重工后回货", "特采，折让 5%", "退货重做", "补货"])
                resp_dept = f"制造部{units[defect]}"
                resp_person = staff or rng.choice(ops)
            else:
                handling = rng.choice(["补货", "换货", "补发正确标签"])
                resp_dept = rng.choice(["出货课", "仓库", "业务部"])
                resp_person = rng.choice(ops + biz)
        if t_reply:
            reply_by, reply_at = rng.choice(biz), t_reply
        if kind == "no_order":
            order = ""
            note((no, "record_order_number"))
        if kind == "no_ship":
            ship = None
            note((no, "record_ship_date"))
        if kind == "no_demand":
            demand = ""
            note((no, "record_demand"))
        if kind == "qty_panels":
            qty = f"{rng.randint(2, 9)}PNL"
            note((no, "quantity"))
        if kind == "no_shift":
            shift = ""
            note((no, "report_shift"))
        if kind == "no_staff":
            staff = ""
            note((no, "report_production_staff"))
        if kind == "no_resp_dept":
            resp_dept = ""
            note((no, "record_responsibility"))
        if kind == "no_resp_person":
            resp_person = ""
            note((no, "record_responsible_person"))
        if kind == "no_slip":
            assert go is not None and slip is None
            note((no, "exception_slip_when_no_loss"))
        if kind == "register_by_sales":
            register_by = rng.choice(biz)
            note((no, "register_by_production_control"))
        if kind == "inspect_by_mfg":
            inspector = rng.choice(mfg)
            note((no, "inspect_by_quality_mgmt"))
        if kind == "mfg_by_qa":
            mfg_by = rng.choice(qa)
            note((no, "investigation_by_manufacturing"))
        if kind == "reply_by_qa":
            reply_by = rng.choice(qa)
            note((no, "reply_by_sales"))
        if slip:
            slip_no = f"YC{slip:%y%m%d}{rng.randint(1, 9):02d}"
        overdue = ""
        if t_close is None:
            age = (CUTOFF.date() - reg.date()).days
            overdue = age - 15 if age > 15 else ""
        status = "已结案" if t_close else ("待回复" if t_decide and not t_reply else
                                          "处理中" if t_inspect or t_decide else "待确认")
        rows.append({
            "客诉单号": no,
            "登记日期": reg,
            "登记人": register_by,
            "客户代码": code,
            "客户名称": customer,
            "订单编号": order,
            "料号": part,
            "投诉数量(PCS)": qty,
            "交运日期": ship,
            "客诉类别": "品质异常" if quality else "数量异常" if "数量" in defect else "人为疏失",
            "不良现象": defect,
            "客户要求": demand,
            "业务员": salesman,
            "业务确认日期": _cap(biz_ok),
            "是否造成损失": "是" if loss else "否",
            "现场处理日期": go,
            "异常处理单号": slip_no,
            "异常处理单日期": slip,
            "品管确认人": inspector,
            "品管检验确认日期": inspect or None,
            "检验结果": inspect_result,
            "对策提出人": mfg_by,
            "原因分析": cause,
            "改善对策": measure,
            "对策提出日期": mfg_at or None,
            "生产单位": unit,
            "班别": shift,
            "作业员": staff,
            "生产日期": prod_date or None,
            "处理方式": handling,
            "责任单位": resp_dept,
            "责任人": resp_person,
            "核决人": decide_by,
            "核决日期": decide_at or None,
            "回复人": reply_by,
            "回复客户日期": reply_at or None,
            "结案日期": t_close,
            "状态": status,
            "逾期天数": overdue,
            "备注": rng.choice(["", "", "", "", "客户要求 8D 三日内回复", "已寄回不良样板", "急件", "同料号上月也有投诉"]),
        })

    roles = {}
    roles.update({p: "production_control" for p in pmc})
    roles.update({p: "quality_mgmt" for p in qa})
    roles.update({p: "manufacturing" for p in mfg})
    roles.update({p: "sales" for p in biz})
    hand = {
        "procedure": "s48-pcb-customer-complaints",
        "sheet": "导出",
        "columns": {
            "客诉单号": "case_number",
            "登记日期": "register_at",
            "登记人": "register_by",
            "订单编号": "order_number",
            "料号": "product",
            "投诉数量(PCS)": "quantity",
            "交运日期": "ship_date",
            "客诉类别": "category",
            "客户要求": "demand",
            "是否造成损失": "loss_caused",
            "现场处理日期": "go_handle_at",
            "异常处理单日期": "exception_slip_at",
            "品管确认人": "inspect_by",
            "品管检验确认日期": "inspect_at",
            "对策提出人": "manufacturing_investigation_by",
            "对策提出日期": "manufacturing_investigation_at",
            "生产单位": "production_unit",
            "班别": "shift",
            "作业员": "production_staff",
            "生产日期": "production_date",
            "责任单位": "responsible_department",
            "责任人": "responsible_person",
            "核决人": "determine_handling_by",
            "核决日期": "determine_handling_at",
            "回复人": "reply_by",
            "回复客户日期": "reply_at",
        },
        "values": {
            "category": {"品质异常": "quality", "数量异常": "non_quality", "人为疏失": "non_quality"},
            "loss_caused": {"是": True, "否": False},
        },
        "roles": roles,
    }
    return rows, hand


EXPORTS = [
    ("198-s44-customer-quality-complaint-register.csv", "utf-8-sig", e198_s44_customer_quality_complaint_register),
    ("199-s48-pcb-complaints-qms.xlsx", "xlsx", e199_s48_pcb_complaints_qms),
]
