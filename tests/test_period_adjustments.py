"""Periods that the clause extends, pauses or restarts, and duties that arise only once a case reaches a step.

银行业保险业消费投诉处理管理办法 第十八条 "15日内…情况复杂的可以延长至30日；…经…审批并告知投诉人，可以再延长30日",
"处理期限自收到新的投诉材料之日起重新计算"; 市场监督管理投诉举报处理暂行办法 第二十条 "检定、检验、检测、鉴定所需时间不计算在
调解期限内". The procedure below is written for the test (quotes marked 测试用); every expected due date was counted by
hand over the 2025 calendar (劳动节 5月1日–5日), as a regulation's period counts (民法典 第二百零一条–第二百零三条).
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from checker.audit import run_audit
from checker.catalog.lint import _lint_procedure
from checker.catalog.loader import Catalog
from checker.catalog.model import Deadline, Procedure
from checker.mapping import MappingProfile

SOURCE = {"clause": "第十八条", "quote": "测试用"}


def _procedure(**extra) -> Procedure:
    fields = [{"id": f, "label": label, "type": kind} for f, label, kind in [
        ("received_at", "收到投诉时间", "datetime"), ("decided_at", "作出决定时间", "datetime"),
        ("complex", "情况复杂", "checkbox"), ("approved_at", "延长审批时间", "datetime"),
        ("testing_from", "鉴定开始", "datetime"), ("testing_to", "鉴定结束", "datetime"),
        ("new_material_at", "收到新材料时间", "datetime"), ("basis", "决定依据", "text"),
        ("closed_at", "办结时间", "datetime"), ("checked_at", "核查完成时间", "datetime")]]
    return Procedure.model_validate({
        "id": "t-adjusted", "document": {"title": "测试", "inventory_id": "L99", "seed": "x.txt",
                                         "sector": "测试", "authority": "regulation"},
        "fields": fields,
        "steps": [{"id": "decide", "name": "作出决定", "source": SOURCE}],
        "deadlines": [
            {"id": "decision", "title": "15日内作出处理决定", "start": "received_at", "end": "decided_at",
             "period": {"amount": 15, "unit": "calendar_days"}, "source": SOURCE,
             "extensions": [
                 {"to": {"amount": 30, "unit": "calendar_days"}, "when": [{"field": "complex", "equals": True}],
                  "source": SOURCE},
                 {"by": {"amount": 30, "unit": "calendar_days"}, "when": [{"field": "approved_at", "empty": False}],
                  "source": SOURCE}],
             "not_counted": [{"what": "鉴定", "from": "testing_from", "to": "testing_to", "source": SOURCE}],
             "restarts": [{"at": "new_material_at", "source": SOURCE}]},
            {"id": "check", "title": "15个工作日内核查", "start": "received_at", "end": "checked_at",
             "period": {"amount": 15, "unit": "working_days"}, "source": SOURCE,
             "not_counted": [{"what": "检测", "from": "testing_from", "to": "testing_to", "source": SOURCE}]},
        ],
        "requirements": [{"id": "decision_basis", "title": "处理决定载明依据和理由", "field": "basis", "after": "decide",
                          "source": SOURCE}],
        "closed_when": [{"field": "closed_at", "empty": False}],
        **extra,
    })


HEADER = ["case_number", "received_at", "decided_at", "complex", "approved_at", "testing_from", "testing_to",
          "new_material_at", "checked_at", "decide_at", "basis", "closed_at"]
AS_OF = datetime(2025, 6, 30)


def _audit(tmp_path: Path, catalog, rows: list[dict]):
    procedure = _procedure()
    path = tmp_path / "cases.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, HEADER)
        writer.writeheader()
        writer.writerows(rows)
    cat = Catalog({procedure.id: procedure}, catalog.forms, catalog.vocabulary)
    return run_audit(cat, procedure, [path], MappingProfile(), as_of=AS_OF)


def _late(result, rule: str) -> dict[str, dict]:
    return {f["case"]: f for f in result.findings if f["rule"] == rule and f["kind"] == "missed-deadline"}


def test_extensions_pauses_and_restarts_move_the_due_time_as_the_clause_says(tmp_path, catalog):
    received = "2025-03-03 09:00"   # a Monday: 15 days end on 3月18日 (Tue)
    cases = [
        ("ON_TIME", {"decided_at": "2025-03-18 12:00"}),
        ("LATE", {"decided_at": "2025-03-19 09:00"}),
        ("EXTENDED", {"complex": "true", "decided_at": "2025-04-01 10:00"}),           # 30 days: 4月2日
        ("EXTENDED_LATE", {"complex": "true", "decided_at": "2025-04-03 10:00"}),
        # 60 days end on 5月2日, a holiday: the period ends on 5月6日, the first working day after (第二百零三条)
        ("TWICE", {"complex": "true", "approved_at": "2025-03-20 10:00", "decided_at": "2025-05-06 15:00"}),
        ("TWICE_LATE", {"complex": "true", "approved_at": "2025-03-20 10:00", "decided_at": "2025-05-07 09:00"}),
        # 鉴定 3月5日–3月10日: five days not counted; the count starts from 3月8日, ends 3月23日 (Sun) → 3月24日
        ("PAUSED", {"testing_from": "2025-03-05 10:00", "testing_to": "2025-03-10 16:00",
                    "decided_at": "2025-03-24 18:00"}),
        ("PAUSED_LATE", {"testing_from": "2025-03-05 10:00", "testing_to": "2025-03-10 16:00",
                         "decided_at": "2025-03-25 08:00"}),
        ("RESTARTED", {"new_material_at": "2025-03-10 09:00", "decided_at": "2025-03-25 17:00"}),   # 3月25日
        ("STILL_PAUSED", {"testing_from": "2025-03-05 10:00"}),     # the clock stopped and never restarted: not late
        ("OPEN", {}),
    ]
    result = _audit(tmp_path, catalog, [{"case_number": c, "received_at": received, **row} for c, row in cases])
    late = _late(result, "decision")
    assert sorted(late) == ["EXTENDED_LATE", "LATE", "OPEN", "PAUSED_LATE", "TWICE_LATE"]
    assert late["EXTENDED_LATE"]["deadline"] == "2025-04-03 00:00:00"
    assert late["TWICE_LATE"]["deadline"] == "2025-05-07 00:00:00"
    assert late["PAUSED_LATE"]["deadline"] == "2025-03-25 00:00:00"
    # the trace says which extension applied on what record, and which days were not counted
    assert "再延长30天，共60天（第十八条；记录：延长审批时间）" in late["TWICE_LATE"]["trace"]
    assert "05-06" in late["TWICE_LATE"]["trace"]
    assert "延长至30天（第十八条；记录：情况复杂）" in late["EXTENDED_LATE"]["trace"]
    assert "鉴定 2025-03-05 10:00 至 2025-03-10 16:00 不计入（第十八条）" in late["PAUSED_LATE"]["trace"]
    assert "共扣除5天" in late["PAUSED_LATE"]["trace"]


def test_uncounted_working_days_are_counted_on_the_calendar(tmp_path, catalog):
    # 15 working days from Mon 3月3日 end on Fri 3月21日; 检测 from 3月4日 to 3月6日 takes two working days out
    # (3月5日, 3月6日), so the period ends two working days later, on Wed 3月26日
    rows = [{"case_number": c, "received_at": "2025-03-03 09:00", "testing_from": "2025-03-04 09:00",
             "testing_to": "2025-03-06 17:00", "checked_at": at}
            for c, at in [("IN_TIME", "2025-03-26 16:00"), ("TOO_LATE", "2025-03-27 09:00")]]
    late = _late(_audit(tmp_path, catalog, rows), "check")
    assert list(late) == ["TOO_LATE"]
    assert late["TOO_LATE"]["deadline"] == "2025-03-27 00:00:00"
    assert "共扣除2个工作日" in late["TOO_LATE"]["trace"]


def test_a_duty_after_a_step_applies_once_the_case_reached_it_or_is_closed(tmp_path, catalog):
    rows = [
        {"case_number": "DECIDED", "received_at": "2025-03-03 09:00", "decide_at": "2025-03-10 09:00"},
        {"case_number": "DECIDED_WITH_BASIS", "received_at": "2025-03-03 09:00", "decide_at": "2025-03-10 09:00",
         "basis": "依据合同第5条"},
        {"case_number": "NOT_YET", "received_at": "2025-03-03 09:00"},
        {"case_number": "CLOSED", "received_at": "2025-03-03 09:00", "closed_at": "2025-03-20 09:00"},
    ]
    result = _audit(tmp_path, catalog, rows)
    assert sorted(f["case"] for f in result.findings if f["rule"] == "decision_basis") == ["CLOSED", "DECIDED"]
    summary = result.summary()
    assert summary["open_cases"] == 3
    assert [r["row"] for r in summary["open_case_rows"]] == [2, 3, 4]
    from checker.reports.common import coverage_line

    assert "未办结案件 3 件" in coverage_line(summary)


def test_lint_and_the_model_refuse_what_cannot_be_computed(catalog):
    procedure = _procedure()
    problems = []
    procedure.deadlines[0].extensions[0].to.amount = 10            # "延长至" a shorter period
    procedure.deadlines[0].not_counted[0].from_ = "nowhere"
    procedure.requirements[0].after = "no_such_step"
    _lint_procedure(Catalog({procedure.id: procedure}, catalog.forms, catalog.vocabulary), procedure,
                    lambda path, message: problems.append((".".join(map(str, path)), message)))
    assert [p for p, _ in problems] == ["deadlines.0.extensions.0.to", "deadlines.0.not_counted.0.from",
                                        "requirements.0.after"]
    deadline = _procedure().deadlines[0].model_dump(by_alias=True, exclude_none=True)
    with pytest.raises(ValidationError, match="the deadline's own unit"):
        Deadline.model_validate({**deadline, "extensions": [
            {"by": {"amount": 5, "unit": "working_days"}, "when": [{"field": "complex", "equals": True}],
             "source": SOURCE}]})
    with pytest.raises(ValidationError, match="exactly one of `to`"):
        Deadline.model_validate({**deadline, "extensions": [{"when": [{"field": "complex", "equals": True}],
                                                             "source": SOURCE}]})


def test_a_day_ends_at_the_close_of_business_where_the_calendar_says_so(tmp_path, catalog):
    """民法典 第二百零三条第二款 "期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间"."""
    from checker.deadlines import WorkCalendar

    own = tmp_path / "calendar.yaml"
    own.write_text("name: 营业时间至17:00的单位\nclose_of_business: '17:00'\n", encoding="utf-8")
    procedure = _procedure()
    path = tmp_path / "cases.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, HEADER)
        writer.writeheader()
        writer.writerows([{"case_number": c, "received_at": "2025-03-03 09:00", "decided_at": at}
                          for c, at in [("BEFORE_CLOSE", "2025-03-18 16:59"), ("AFTER_CLOSE", "2025-03-18 17:30")]])
    cat = Catalog({procedure.id: procedure}, catalog.forms, catalog.vocabulary)
    result = run_audit(cat, procedure, [path], MappingProfile(), as_of=AS_OF, calendar=WorkCalendar.from_yaml(own))
    late = _late(result, "decision")
    assert list(late) == ["AFTER_CLOSE"]
    assert late["AFTER_CLOSE"]["deadline"] == "2025-03-18 17:00:00"
    assert "03-18(二) 17:00（有业务时间的，停止业务活动的时间为截止时间" in late["AFTER_CLOSE"]["trace"]
    # without business hours the same day ends at 24:00: both are on time
    assert _late(run_audit(cat, procedure, [path], MappingProfile(), as_of=AS_OF), "decision") == {}
