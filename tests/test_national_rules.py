"""The national rules' invented examples (`examples/l*-cases.csv`) audit to the findings their articles give.

Each example case was written to exercise one article; the expected findings were counted by hand from the
article (see the procedure's notes), and several cases are on time only because of an extension, an uncounted
period or a restart: without those constructs they would be reported late.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from checker.audit import run_audit
from checker.mapping import load_profile

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
AS_OF = datetime(2025, 12, 31)


def _audit(catalog, procedure_id: str, export: str, mapping: str):
    profile = load_profile(EXAMPLES / mapping)
    return run_audit(catalog, catalog.procedures[procedure_id], [EXAMPLES / export], profile, as_of=AS_OF)


def _found(result) -> list[tuple[str, str, str]]:
    return sorted((f["case"], f["code"], f["rule"]) for f in result.findings)


def test_banking_insurance_example_extensions_uncounted_time_and_restart(catalog):
    result = _audit(catalog, "l3-banking-insurance-complaints", "l3-banking-cases.csv", "l3-banking-mapping.yaml")
    assert result.rows_read == result.rows_audited == 19
    assert _found(result) == [
        ("YB2025-002", "CK104", "decide"),                      # day 16, no extension
        ("YB2025-005", "CK104", "decide"),                      # late even at 60 days (延长至30日, 再延长30日)
        ("YB2025-006", "CK104", "decide"),                      # complex: 30 days, no approval for more
        ("YB2025-007", "CK103", "extension_approved_by_named_level"),
        ("YB2025-009", "CK101", "appraisal_notice"),
        ("YB2025-012", "CK101", "decision_findings"),
        ("YB2025-012", "CK101", "decision_remedies"),
        ("YB2025-015", "CK104", "forward_7_working_days"),
        ("YB2025-016", "CK101", "major_reported"),              # 20名以上 includes 20 (第四十三条)
        ("YB2025-017", "CK104", "review_decide"),
        ("YB2025-017", "CK105", "review_after_30_days"),
        ("YB2025-018", "CK101", "identity_verified"),
    ]
    late = {f["case"]: f for f in result.findings if f["rule"] == "decide"}
    assert late["YB2025-005"]["deadline"] == "2025-09-06 00:00:00"
    assert "再延长30天，共60天（第十八条" in late["YB2025-005"]["trace"]
    assert "延长至30天（第十八条" in late["YB2025-006"]["trace"]
    assert result.summary()["open_cases"] == 1


@pytest.mark.parametrize("construct", ["extensions", "not_counted", "restarts"])
def test_without_the_construct_the_banking_example_turns_late(catalog, construct):
    """The example's timely cases are timely because of the article's extension, uncounted time or restart."""
    from checker.catalog.loader import Catalog

    procedure = catalog.procedures["l3-banking-insurance-complaints"].model_copy(deep=True)
    decide = next(d for d in procedure.deadlines if d.id == "decide")
    setattr(decide, construct, [])
    stripped = Catalog({procedure.id: procedure}, catalog.forms, catalog.vocabulary)
    before = {f["case"] for f in _audit(catalog, procedure.id, "l3-banking-cases.csv", "l3-banking-mapping.yaml").findings
              if f["rule"] == "decide"}
    after = {f["case"] for f in _audit(stripped, procedure.id, "l3-banking-cases.csv", "l3-banking-mapping.yaml").findings
             if f["rule"] == "decide"}
    newly_late = {"extensions": {"YB2025-003", "YB2025-004", "YB2025-007"},
                  "not_counted": {"YB2025-008", "YB2025-009", "YB2025-010"},
                  "restarts": {"YB2025-011"}}[construct]
    assert newly_late <= after - before


def test_market_regulation_example_testing_time_and_extension(catalog):
    result = _audit(catalog, "l2-samr-complaints-and-reports", "l2-samr-cases.csv", "l2-samr-mapping.yaml")
    assert result.rows_read == result.rows_audited == 20
    assert _found(result) == [
        ("JB2025-002", "CK104", "reporter_notice_5wd"),         # 国庆节、中秋节 skipped, 调休 09-28 counted
        ("JB2025-004", "CK101", "dispute_to_common_superior"),
        ("JB2025-005", "CK104", "competence_dispute_7wd"),
        ("SJ2025-002", "CK104", "acceptance_decision_7wd"),
        ("SJ2025-004", "CK104", "mediation_45wd"),              # late even with 9 working days of testing excluded
        ("SJ2025-006", "CK104", "clue_check_15wd"),             # late even at 15 + 15 working days
        ("SJ2025-007", "CK105", "already_handled_elsewhere"),
        ("SJ2025-009", "CK101", "nine_respondent_address"),
        ("SJ2025-011", "CK104", "termination_notice_7wd"),
        ("SJ2025-012", "CK101", "mediation_document"),
        ("SJ2025-013", "CK105", "not_covered_activities"),
        ("SJ2025-015", "CK104", "acceptance_decision_7wd"),     # open and overdue as of the audit
    ]
    late = {f["case"]: f for f in result.findings}
    assert late["SJ2025-004"]["deadline"] == "2025-09-20 00:00:00"
    assert "不计入（第二十条） → 共扣除9个工作日" in late["SJ2025-004"]["trace"]
    assert "延长15个工作日，共30个工作日（第二十三条" in late["SJ2025-006"]["trace"]
    # 003 is on time only because its testing is not counted, 005 only because its check was extended
    procedure = catalog.procedures["l2-samr-complaints-and-reports"].model_copy(deep=True)
    for d in procedure.deadlines:
        d.extensions, d.not_counted = [], []
    from checker.catalog.loader import Catalog

    bare = run_audit(Catalog({procedure.id: procedure}, catalog.forms, catalog.vocabulary), procedure,
                     [EXAMPLES / "l2-samr-cases.csv"], load_profile(EXAMPLES / "l2-samr-mapping.yaml"), as_of=AS_OF)
    assert {"SJ2025-003", "SJ2025-005"} <= {f["case"] for f in bare.findings if f["kind"] == "missed-deadline"}
