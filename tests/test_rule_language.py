"""Constructs of the rule language, each on a small export written here, with the findings it must give.

`any`: one obligation with alternative triggers (S40 4.2.4 "处理难度较大的、直接到公司、集团或政府有关部门等的投诉必须
立即上报部门负责人") is one rule: a case that meets both triggers and was not escalated is one omission, not two.
Elapsed time in working days as a condition (S42 第八条 "15个工作日内未答复的") counts over the holiday calendar.
The variants below change a catalog procedure in memory for the test; they are not the catalog's reading.
"""

from __future__ import annotations

import csv
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from checker.audit import run_audit
from checker.catalog.lint import lint
from checker.catalog.loader import Catalog
from checker.catalog.model import Requirement
from checker.mapping import MappingProfile

S40 = "s40-property-complaint-handling"


def _export(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    return path


def _variant(catalog, procedure_id: str, change) -> tuple[Catalog, object]:
    procedure = catalog.procedures[procedure_id].model_copy(deep=True)
    change(procedure)
    return Catalog({procedure_id: procedure}, catalog.forms, catalog.vocabulary), procedure


def test_any_is_one_obligation_with_alternative_triggers(tmp_path, catalog):
    export = _export(tmp_path / "s40.csv", ["case_number", "hard_case", "channel", "escalate_to_head_at"], [
        ["BOTH", "true", "higher_authority", ""],      # both triggers, not escalated: one omission
        ["HARD", "true", "phone", ""],
        ["HIGHER", "false", "higher_authority", ""],
        ["NEITHER", "false", "phone", ""],
        ["DONE", "true", "higher_authority", "2025-03-04 10:00"],
    ])
    procedure = catalog.procedures[S40]
    result = run_audit(catalog, procedure, [export], MappingProfile(), as_of=datetime(2025, 4, 1))
    found = sorted(f["case"] for f in result.findings if f["rule"] == "hard_or_higher_to_dept_head")
    assert found == ["BOTH", "HARD", "HIGHER"]
    from checker.site.text import Wording

    rule = next(r for r in procedure.escalation if r.id == "hard_or_higher_to_dept_head")
    assert Wording(catalog, procedure).conditions(rule.when) == \
        "（「处理难度较大」为“是”，或「投诉渠道」为“直接到公司、集团或政府有关部门的投诉”）"

    def missed(audit_result, case):
        return sum(f["case"] == case and f["kind"] == "missing-field" and "dept_head" in f["rule"]
                   for f in audit_result.findings)

    # the catalog writes the clause as one rule: the same omission is reported once
    assert missed(result, "BOTH") == 1

    def split(p):   # the old reading, one rule per trigger
        merged = next(r for r in p.escalation if r.id == "hard_or_higher_to_dept_head")
        hard, higher = merged.model_copy(deep=True), merged.model_copy(deep=True)
        hard.id, hard.when = "hard_case_to_dept_head", [merged.when[0].any_[0]]
        higher.id, higher.when = "higher_authority_to_dept_head", [merged.when[0].any_[1]]
        p.escalation = [r for r in p.escalation if r.id != merged.id] + [hard, higher]

    cat, variant = _variant(catalog, S40, split)
    split_result = run_audit(cat, variant, [export], MappingProfile(), as_of=datetime(2025, 4, 1))
    assert missed(split_result, "BOTH") == 2   # split into two rules, one omission counts twice
    assert missed(split_result, "HARD") == missed(split_result, "HIGHER") == 1


def test_elapsed_working_days_count_over_the_holiday_calendar(tmp_path, catalog):
    def reply_note(p):
        p.requirements.append(Requirement.model_validate({
            "id": "late_reply_explained", "title": "超过15个工作日才答复的，须记录答复结果",
            "field": "reply_result",
            "when": [{"elapsed": {"from": "receive", "to": "reply", "more_than": {"amount": 15, "unit": "working_days"}}}],
            "source": {"quote": "测试用"}}))

    from checker.catalog.model import Field

    cat, procedure = _variant(catalog, "s42-telecom-user-appeals", reply_note)
    if "reply_result" not in cat.case_fields(procedure):
        procedure.fields.append(Field.model_validate({"id": "reply_result", "label": "答复结果", "type": "text"}))
    # received 2025-01-20 (Mon): the 15th working day is 02-14 (春节 01-28…02-04 skipped, 调休 01-26 counted)
    export = _export(tmp_path / "s42.csv", ["case_number", "receive_at", "reply_at", "reply_result"], [
        ["ON-15TH", "2025-01-20 09:00", "2025-02-14 17:00", ""],
        ["ON-16TH", "2025-01-20 09:00", "2025-02-15 09:00", ""],     # a Saturday after the 15th working day
        ["EXPLAINED", "2025-01-20 09:00", "2025-02-17 09:00", "已说明"],
    ])
    result = run_audit(cat, procedure, [export], MappingProfile(), as_of=datetime(2025, 4, 1))
    assert sorted(f["case"] for f in result.findings if f["rule"] == "late_reply_explained") == ["ON-16TH"]


@pytest.mark.parametrize("replacement,message", [
    ("{any: [{field: hard_case, equals: true}]}", "at least two alternatives"),
    ("{any: [{field: hard_case, equals: true}, {field: nowhere, empty: true}]}", "unknown field 'nowhere'"),
])
def test_lint_checks_inside_any(tmp_path, repo, replacement, message):
    (tmp_path / "procedures").mkdir()
    shutil.copytree(repo / "forms", tmp_path / "forms")
    path = tmp_path / "procedures" / f"{S40}.yaml"
    text = (repo / "procedures" / f"{S40}.yaml").read_text(encoding="utf-8")
    old = "          - {field: hard_case, equals: true}"   # an alternative of 4.2.4's `any`
    path.write_text(text.replace(old, f"          - {replacement}", 1), encoding="utf-8")
    line = text.splitlines().index(old) + 1
    problems = lint(tmp_path).problems
    assert [(p.line, message in p.message) for p in problems] == [(line, True)], problems


# --- who handles it ---------------------------------------------------------------------------------------------

S17 = "s17-complaint-control-8d"


def test_a_step_role_is_contradicted_only_by_another_role_of_the_procedure(tmp_path, catalog):
    """S17 4.1.1: 业务部 receives; 5.4.1: 品质部 confirms the effect. A person's name in confirm_effect_by is no
    evidence either way. (verify has its own routing rule, 5.1.1: see the next test.)"""
    export = _export(tmp_path / "s17.csv", ["case_number", "receive_at", "receive_by", "confirm_effect_by"], [
        ["OK", "2025-03-04 09:00", "sales", "quality"],
        ["BY-NAME", "2025-03-04 09:00", "业务部", "品质部"],          # the roles' names count as the roles
        ["PERSON", "2025-03-04 09:00", "张三", "李四"],
        ["WRONG", "2025-03-04 09:00", "quality", "采购部"],
    ])
    procedure = catalog.procedures[S17]
    result = run_audit(catalog, procedure, [export], MappingProfile(), as_of=datetime(2025, 4, 1))
    routing = sorted((f["case"], f["rule"], f["url"].rsplit("#", 1)[1]) for f in result.findings
                     if f["kind"] == "wrong-routing")
    assert routing == [("WRONG", "step-confirm_effect", "step-confirm_effect"),
                       ("WRONG", "step-receive", "step-receive")]
    wrong = next(f for f in result.findings if f["case"] == "WRONG" and f["rule"] == "step-confirm_effect")
    assert wrong["expected"] == "品质部(quality)" and wrong["actual"] == "采购部"
    assert wrong["message"].startswith("应由品质部(quality)处理，实际为采购部：")
    # …but the report says which rows it could not judge, without naming them
    notes = {s["rule"]: s["reason"] for s in result.skipped if "办理人" in s["reason"]}
    assert notes["step-receive"].startswith("1 行的办理人（1 种写法）不是制度中的任何角色，这些行未判断")
    assert "张三" not in notes["step-receive"] and "没有一行能判断" not in notes["step-receive"]


def test_a_doer_rule_that_can_judge_no_row_counts_as_not_checked(tmp_path, catalog):
    """Staff names alone in receive_by: step-receive ran but judged nothing, so it is no checked rule."""
    export = _export(tmp_path / "s17.csv", ["case_number", "receive_at", "receive_by"],
                     [["A", "2025-03-04 09:00", "张三"], ["B", "2025-03-04 09:00", "李四"]])
    result = run_audit(catalog, catalog.procedures[S17], [export], MappingProfile(), as_of=datetime(2025, 4, 1))
    note = next(s for s in result.skipped if s["rule"] == "step-receive")
    assert note["section"] == "routing" and note["reason"].endswith("没有一行能判断，这条规则实际没有检查")
    assert result.procedure_rules_checked == 0 and not result.findings
    told = run_audit(catalog, catalog.procedures[S17], [export], MappingProfile(roles={"张三": "sales", "李四": "sales"}),
                     as_of=datetime(2025, 4, 1))
    assert told.procedure_rules_checked == 1 and not any(s["rule"] == "step-receive" for s in told.skipped)


def test_routing_without_conditions_and_with_alternative_roles(tmp_path, catalog):
    """S17 5.1.1 "由品质部统一对接,必要时总经理亲自主导": either role may verify, whatever the case (the catalog's
    rule quality_or_gm_verifies)."""
    cat, procedure = catalog, catalog.procedures[S17]
    assert next(r for r in procedure.routing if r.id == "quality_or_gm_verifies").roles == ["quality", "general_manager"]
    export = _export(tmp_path / "s17.csv", ["case_number", "verify_by"],
                     [["QUALITY", "quality"], ["GM", "general_manager"], ["NAMED", "品质部"], ["SALES", "sales"],
                      ["SALES_NAMED", "业务部"], ["PERSON", "张三"]])
    result = run_audit(cat, procedure, [export], MappingProfile(), as_of=datetime(2025, 4, 1))
    found = sorted((f["case"], f["expected"]) for f in result.findings if f["kind"] == "wrong-routing")
    # the rule decides verify_by, so the step's own role adds nothing; another of the procedure's roles (by id or
    # by name) contradicts it, a person's name (an event log's resource) does not
    assert found == [("SALES", "品质部(quality)或总经理(general_manager)"),
                     ("SALES_NAMED", "品质部(quality)或总经理(general_manager)")]


def test_a_list_of_one_role_is_refused():
    from pydantic import ValidationError

    from checker.catalog.model import RoutingRule

    with pytest.raises(ValidationError, match="at least two different roles"):
        RoutingRule.model_validate({"id": "r", "title": "t", "step": "verify", "role": ["quality", "quality"],
                                    "source": {"quote": "原文"}})


@pytest.mark.parametrize("roles", [{}, {"张三": "sales", "李四": "sales"}], ids=["as written", "mapped to one role"])
def test_the_same_person_handles_both_steps(tmp_path, catalog, roles):
    """首问责任制 (S39): whoever first took the complaint follows it to the end, whoever that is. A profile that maps
    staff names to their department (for the step-role rules) leaves them two people."""
    from checker.catalog.model import RoutingRule

    def first_contact(p):
        p.routing.append(RoutingRule.model_validate({
            "id": "first_contact_replies", "title": "首位接触投诉的员工跟踪至问题解决", "step": "reply",
            "same_as": "receive", "source": {"quote": "首位接触投诉的员工需跟踪至问题解决"}}))

    cat, procedure = _variant(catalog, S17, first_contact)
    export = _export(tmp_path / "s17.csv", ["case_number", "receive_by", "reply_by"],
                     [["SAME", "张三", "张三"], ["OTHER", "张三", "李四"], ["OPEN", "张三", ""]])
    result = run_audit(cat, procedure, [export], MappingProfile(roles=roles), as_of=datetime(2025, 4, 1))
    found = [(f["case"], f["actual"], f["expected"]) for f in result.findings if f["rule"] == "first_contact_replies"]
    assert found == [("OTHER", "李四", "与「受理客户投诉，书面转交品质部」同一人（张三）")]


def test_a_number_threshold_includes_the_number_when_the_clause_says_以上(tmp_path, catalog):
    """银保 第二十九条 "20名以上投诉人": at_least 20 holds for 20 (以上 includes the number, 第四十三条)."""
    from checker.catalog.model import Field

    def major(p):
        p.fields.append(Field.model_validate({"id": "complainants", "label": "投诉人数", "type": "number"}))
        p.requirements.append(Requirement.model_validate({
            "id": "major_reported", "title": "20名以上投诉人的，须上报", "field": "verify",
            "when": [{"field": "complainants", "at_least": 20}], "source": {"quote": "测试用"}}))

    cat, procedure = _variant(catalog, S17, major)
    export = _export(tmp_path / "s17.csv", ["case_number", "complainants", "verify_at"],
                     [["TWENTY", "20", ""], ["NINETEEN", "19", ""], ["MANY", "35.0", "2025-03-04 10:00"],
                      ["UNKNOWN", "很多", ""]])
    result = run_audit(cat, procedure, [export], MappingProfile(), as_of=datetime(2025, 4, 1))
    assert [f["case"] for f in result.findings if f["rule"] == "major_reported"] == ["TWENTY"]


def test_a_deadline_whose_start_was_not_recorded_is_reported_not_dropped(tmp_path, catalog):
    """S17 5.2.1.1 品质部2小时之内开始核实: a verification without a recorded receipt cannot be checked."""
    export = _export(tmp_path / "s17.csv", ["case_number", "receive_at", "verify_at"],
                     [["NO-START", "", "2025-03-04 10:00"], ["NOT-YET", "", ""], ["OK", "2025-03-04 09:00",
                                                                                    "2025-03-04 10:00"]])
    procedure = catalog.procedures[S17]
    result = run_audit(catalog, procedure, [export], MappingProfile(), as_of=datetime(2025, 4, 1))
    starts = [f for f in result.findings if f["rule"].endswith("-start")]
    assert [(f["case"], f["kind"], f["url"].rsplit("#", 1)[1]) for f in starts] == \
        [("NO-START", "missing-field", "rule-verify_within_2h")]
    assert "无法检查时限" in starts[0]["message"]


def test_a_collective_role_is_handled_by_any_of_its_members(tmp_path, catalog):
    """S42 第三条: 申诉受理机构 是指全国电信用户申诉受理中心和省、自治区、直辖市电信用户申诉受理机构."""
    export = _export(tmp_path / "s42.csv", ["case_number", "mediate_by"],
                     [["PROVINCIAL", "provincial_appeal_body"], ["NATIONAL", "national_appeal_center"],
                      ["GENERIC", "appeal_body"], ["OPERATOR", "operator"]])
    procedure = catalog.procedures["s42-telecom-user-appeals"]
    result = run_audit(catalog, procedure, [export], MappingProfile(), as_of=datetime(2025, 4, 1))
    assert [(f["case"], f["rule"]) for f in result.findings if f["kind"] == "wrong-routing"] == \
        [("OPERATOR", "step-mediate")]


def test_以上_includes_the_number_when_the_bound_is_late(tmp_path, catalog):
    """S15 3.1.1 d) "在约定时间迟到半小时以上": exactly 30 minutes late is late; 29 minutes is not."""
    procedure = catalog.procedures["s15-complaint-handling-marketing"]
    export = _export(tmp_path / "s15.csv", ["case_number", "appointment_at", "arrived_at"], [
        ["THIRTY", "2025-03-04 10:00", "2025-03-04 10:30"], ["TWENTY-NINE", "2025-03-04 10:00", "2025-03-04 10:29"]])
    result = run_audit(catalog, procedure, [export], MappingProfile(), as_of=datetime(2025, 4, 1))
    late = [f for f in result.findings if f["rule"] == "visit_within_30_minutes_of_appointment"]
    assert [f["case"] for f in late] == ["THIRTY"]
    assert late[0]["trace"].endswith("（“以上”包含本数：恰好到时限即属违反）")


def test_bound_is_late_is_refused_for_day_periods():
    from pydantic import ValidationError

    from checker.catalog.model import Deadline

    with pytest.raises(ValidationError, match="bound_is_late applies to periods in minutes or hours"):
        Deadline.model_validate({"id": "d", "title": "t", "start": "a", "end": "b", "bound_is_late": True,
                                 "period": {"amount": 3, "unit": "calendar_days"}, "source": {"quote": "原文"}})


def _s17_with_promised_time(catalog, rule_id: str, title: str):
    """S17 with a case field `promised_at` and a deadline that the reply meets it (test data, not the catalog)."""
    from checker.catalog.model import Deadline, Field

    def promised(p):
        p.fields.append(Field.model_validate({"id": "promised_at", "label": "承诺时间", "type": "datetime"}))
        p.deadlines.append(Deadline.model_validate({
            "id": rule_id, "title": title, "due_field": "promised_at", "end": "reply", "source": {"quote": "测试用"}}))

    return _variant(catalog, S17, promised)


def test_an_event_logs_case_attribute_reaches_the_rules(tmp_path, catalog):
    """An event log's per-case column (pm4py's receipt log has `case:deadline`) is carried through the pivot: a
    deadline that reads a case's own agreed time is checked natively, not skipped as "no such column"."""
    from checker.mapping import MappingProfile as Profile

    cat, procedure = _s17_with_promised_time(catalog, "reply_by_promise", "按承诺时间答复")
    log = _export(tmp_path / "log.csv", ["case", "activity", "time", "who", "case:deadline"], [
        ["LATE", "受理", "2025-03-04 09:00", "甲", "2025-03-10 18:00"],
        ["LATE", "答复", "2025-03-11 09:00", "乙", ""],                      # blank on this event: the case's value holds
        ["ON-TIME", "受理", "2025-03-04 09:00", "甲", "2025-03-10 18:00"],
        ["ON-TIME", "答复", "2025-03-10 17:00", "乙", "2025-03-10 18:00"],
    ])
    profile = Profile.model_validate({
        "procedure": S17, "columns": {"case:deadline": "promised_at"},
        "event_log": {"case": "case", "activity": "activity", "time": "time", "resource": "who",
                      "activities": {"受理": "receive", "答复": "reply"}}})
    result = run_audit(cat, procedure, [log], profile, as_of=datetime(2025, 4, 1))
    assert [f["case"] for f in result.findings if f["rule"] == "reply_by_promise"] == ["LATE"]
    assert "reply_by_promise" not in {s["rule"] for s in result.skipped}


def test_an_event_log_step_can_be_taken_at_its_last_occurrence(tmp_path, catalog):
    """A case that ends with its last event (pm4py's receipt log: 92 of 92 late cases found this way): every
    activity maps to the closing step, taken at its last occurrence; by default a step is its first occurrence."""
    from checker.mapping import MappingProfile as Profile

    cat, procedure = _s17_with_promised_time(catalog, "closed_by_deadline", "期限前办结")
    log = _export(tmp_path / "log.csv", ["case", "activity", "time", "deadline"], [
        ["LATE", "登记", "2025-03-04 09:00", "2025-03-10 18:00"], ["LATE", "处理", "2025-03-12 09:00", ""],
        ["ON-TIME", "登记", "2025-03-04 09:00", "2025-03-10 18:00"], ["ON-TIME", "处理", "2025-03-05 09:00", ""]])
    mapping = {"procedure": S17, "columns": {"deadline": "promised_at"},
               "event_log": {"case": "case", "activity": "activity", "time": "time", "resource": None,
                             "activities": {"登记": "reply", "处理": "reply"}}}
    first = run_audit(cat, procedure, [log], Profile.model_validate(mapping), as_of=datetime(2025, 4, 1))
    assert [f["case"] for f in first.findings if f["rule"] == "closed_by_deadline"] == []
    mapping["event_log"]["last"] = ["reply"]
    last = run_audit(cat, procedure, [log], Profile.model_validate(mapping), as_of=datetime(2025, 4, 1))
    assert [f["case"] for f in last.findings if f["rule"] == "closed_by_deadline"] == ["LATE"]


def test_an_exclusion_says_what_should_happen_instead(catalog):
    """S43 "按举报的有关规定处理", S37 "建议…通过其它途径解决": the finding names the clause's consequence, not a bare 不予受理."""
    from checker.mapping import load_profile

    examples = Path(__file__).resolve().parent.parent / "examples"

    def redirect(p):
        rule = next(r for r in p.eligibility if r.id == "settled_by_executed_agreement")
        rule.instead = "告知申诉人已和解执行，不再受理"

    cat, procedure = _variant(catalog, "s42-telecom-user-appeals", redirect)
    result = run_audit(cat, procedure, [examples / "s42-telecom-cases.csv"], load_profile(examples / "s42-mapping.yaml"),
                       as_of=datetime(2025, 12, 31))
    expected = {f["rule"]: f["expected"] for f in result.findings if f["kind"] == "ineligible"}
    assert expected == {"fee_dispute_over_5_months": "不予受理",
                        "settled_by_executed_agreement": "告知申诉人已和解执行，不再受理"}
