"""Each construct of the rule language on its own fixture (`tests/fixtures/rule_language/*.yaml`): a small
procedure quoting the clause that needs it, an export, and every finding the audit must give, no more.

The same files are the worked examples of the site's page 规则写法示例 (the way sqlfluff's rule fixtures are its
docs), so what the docs show is what the audit does. Their quotes are checked against the seeds too.
"""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest

from checker.audit import run_audit
from checker.catalog.lint import normalize_text
from checker.catalog.loader import Catalog
from checker.mapping import MappingProfile
from checker.rule_examples import EXAMPLES_DIR, load_examples

EXAMPLES = load_examples()


def test_there_are_examples():
    assert EXAMPLES_DIR.is_dir() and len(EXAMPLES) >= 1


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_the_audit_gives_exactly_the_expected_findings(example, catalog, tmp_path):
    export = tmp_path / f"{example.name}.csv"
    export.write_text(example.export, encoding="utf-8")
    examples = Catalog({example.procedure.id: example.procedure}, catalog.forms, catalog.vocabulary)
    result = run_audit(examples, example.procedure, [export], MappingProfile.model_validate(example.mapping),
                       as_of=datetime.fromisoformat(example.as_of))
    found = sorted((f["case"], f["rule"], f["kind"]) for f in result.findings)
    assert found == sorted((e["case"], e["rule"], e["kind"]) for e in example.expected)
    messages = {(f["case"], f["rule"]): f["message"] for f in result.findings}
    for e in example.expected:
        if "title" in e:   # a consecutive deadline names the pair of occurrences
            assert messages[e["case"], e["rule"]].startswith(e["title"] + "："), messages[e["case"], e["rule"]]
    skipped = {s["rule"] for s in result.skipped if s["section"] is not None}
    assert result.procedure_rules_checked == result.procedure_rules - len(skipped) and not result.unreadable


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_the_quotes_are_verbatim(example, sources):
    seed = next(folder / example.procedure.document.seed for folder in sources
                if (folder / example.procedure.document.seed).is_file())
    text = normalize_text(seed.read_text(encoding="utf-8"))
    for source in example.sources():
        assert normalize_text(source.quote) in text, source.quote


def _prepared_rows(example, catalog, tmp_path, columns: str):
    from checker.cases import prepare_cases

    export = tmp_path / f"{example.name}.csv"
    export.write_text(example.export, encoding="utf-8")
    examples = Catalog({example.procedure.id: example.procedure}, catalog.forms, catalog.vocabulary)
    prepared = prepare_cases(examples, example.procedure, [export], MappingProfile.model_validate(example.mapping))
    try:
        return dict((row[0], row[1:]) for row in prepared.con.execute(
            f"SELECT case_number, {columns} FROM audited").fetchall())
    finally:
        prepared.close()


def test_last_occurrence_and_count_from_the_columns_of_a_wide_export(catalog, tmp_path):
    example = next(e for e in EXAMPLES if e.name == "repeated-events")
    rows = _prepared_rows(example, catalog, tmp_path, "verify_last_at, verify_count")
    assert rows["ON-TIME"] == ("2025-04-30 10:00:00", "3")
    assert rows["THIRD-MISSING"] == ("2025-04-02 10:00:00", "2")


def test_an_event_log_keeps_every_occurrence_in_time_order_and_counts_beyond_repeats(catalog, tmp_path):
    example = next(e for e in EXAMPLES if e.name == "repeated-events-in-an-event-log")
    rows = _prepared_rows(example, catalog, tmp_path, "track_at, track_2_at, track_3_at, track_last_at, track_count")
    assert rows["FOUR-NOT-CONFIRMED"] == ("2025-04-01 10:00:00", "2025-04-08 10:00:00", "2025-04-15 10:00:00",
                                          "2025-04-22 10:00:00", "4")
    assert rows["ONE-SO-FAR"] == ("2025-06-20 10:00:00", None, None, "2025-06-20 10:00:00", "1")


@pytest.mark.parametrize("old,new,message", [
    ("    end: verify\n    period: {amount: 1, unit: weeks}", "    end: verify.4\n    period: {amount: 1, unit: weeks}",
     "unknown event 'verify.4'"),
    ("    repeats: 3\n", "", "a consecutive deadline needs a step that repeats"),
])
def test_lint_knows_the_occurrences_of_a_repeated_step(tmp_path, repo, old, new, message):
    from checker.catalog.lint import lint

    example = next(e for e in EXAMPLES if e.name == "repeated-events")
    (tmp_path / "procedures").mkdir()
    shutil.copytree(repo / "forms", tmp_path / "forms")
    assert old in example.procedure_yaml
    (tmp_path / "procedures" / f"{example.procedure.id}.yaml").write_text(
        example.procedure_yaml.replace(old, new, 1), encoding="utf-8")
    problems = lint(tmp_path).problems
    assert [message in p.message for p in problems] == [True], problems


def test_a_missing_start_a_requirement_already_asks_for_is_reported_once(catalog, tmp_path):
    """S13 四.2: the notified due date is both required (deadline_notified) and the start of the deadline
    resolve_by_notified_due; a resolved case without it is one omission, one finding."""
    procedure = catalog.procedures["s13-distribution-complaint-handling"]
    export = tmp_path / "s13.csv"
    export.write_text("case_number,responsibility,resolution_due_at,closed_at\n"
                      "NO-DUE-DATE,account_manager,,2025-03-10 10:00\n", encoding="utf-8")
    result = run_audit(catalog, procedure, [export], MappingProfile(), as_of=datetime(2025, 6, 1))
    assert [(f["case"], f["rule"]) for f in result.findings if f["kind"] == "missing-field"] == [
        ("NO-DUE-DATE", "deadline_notified")]
