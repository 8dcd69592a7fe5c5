"""Catalog model, loader and lint: the real catalog lints clean, and each class of error is caught with file:line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker.catalog import load_catalog
from checker.catalog.lint import lint, normalize_text
from checker.catalog.yamlsafe import CatalogFileError, load_yaml

EXAMPLE = "s17-complaint-control-8d"


def test_real_catalog_lints_clean_with_every_quote_verified(repo, sources):
    report = lint(repo, sources)
    assert report.problems == []
    assert report.quotes_checked == report.quotes_verified > 100
    assert len(report.catalog.procedures) >= 30
    assert len(report.catalog.forms) >= 20


def test_every_inventory_procedure_has_a_file(catalog):
    wanted = {f"S{n}" for n in [*range(1, 16), 17, 21, 24, *range(29, 47), 48] if n != 47}
    have = {p.document.inventory_id for p in catalog.procedures.values()}
    assert wanted - have == set()


def test_loader_fills_sources_and_labels(catalog):
    p = catalog.procedures[EXAMPLE]
    assert all(source.doc == p.document.seed for key, _, source in catalog.sources if key == f"procedure:{EXAMPLE}")
    fields = catalog.case_fields(p)
    assert fields["received_at"].label == "受理时间" and fields["received_at"].type.value == "datetime"
    columns = [c.id for c in catalog.case_columns(p)]
    assert "verify_at" in columns and "verify_by" in columns and columns[0] == "case_number"
    assert EXAMPLE in [x.id for x in catalog.procedures_using("eight-d-report")]


def test_quote_folding_is_whitespace_width_and_script_insensitive():
    assert normalize_text("客戶 投訴，處理") == normalize_text("客户投诉,处理")
    assert normalize_text("客户投诉") != normalize_text("客户投拆")


# --- one broken catalog per lint error class --------------------------------------------------

@pytest.fixture
def broken(tmp_path, repo):
    """A copy of the real S17 procedure and its forms, to break one thing at a time."""
    (tmp_path / "procedures").mkdir()
    shutil.copytree(repo / "forms", tmp_path / "forms")
    target = tmp_path / "procedures" / f"{EXAMPLE}.yaml"
    shutil.copy(repo / "procedures" / f"{EXAMPLE}.yaml", target)

    def edit(old: str, new: str) -> Path:
        text = target.read_text(encoding="utf-8")
        assert old in text, old
        target.write_text(text.replace(old, new, 1), encoding="utf-8")
        return target

    return tmp_path, edit


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


CASES = [
    ("unknown key", "    next: [verify]", "    nxet: [verify]", "Extra inputs are not permitted", "nxet"),
    ("wrong type", "period: {amount: 2, unit: hours}", "period: {amount: two, unit: hours}", "valid number", "amount: two"),
    ("bad enum", "authority: internal", "authority: company", "authority", "authority: company"),
    ("dangling next", "next: [countermeasure]", "next: [countermeasur]", "unknown next step", "countermeasur]"),
    ("deadline unknown step", "    end: verify", "    end: verfy", "unknown event 'verfy'", "end: verfy"),
    ("undeclared form", "\nforms: [customer-complaint-report, eight-d-report]\n",
     "\nforms: [customer-complaint-report, nine-d-report]\n", "undeclared form 'nine-d-report'", "nine-d-report"),
    ("duplicate id", "  - id: countermeasure\n", "  - id: verify\n", "duplicate id 'verify'", None),
]


@pytest.mark.parametrize("name,old,new,message,needle", [c for c in CASES if c[3]], ids=[c[0] for c in CASES if c[3]])
def test_each_error_class_is_reported_with_file_and_line(broken, name, old, new, message, needle):
    root, edit = broken
    path = edit(old, new)
    report = lint(root)
    assert not report.ok
    hits = [p for p in report.problems if message in p.message or message in p.key]
    assert hits, report.problems
    assert hits[0].path == str(path)
    if needle:
        assert hits[0].line == _line_of(path, needle)


def test_undeclared_role_on_a_step(broken):
    root, edit = broken
    path = edit("    role: quality\n    accountable: quality\n    consulted:",
                "    role: qa_team\n    accountable: quality\n    consulted:")
    problems = lint(root).problems
    assert any("unknown role 'qa_team'" in p.message and p.line == _line_of(path, "role: qa_team") for p in problems)


def test_routing_rule_naming_an_unknown_class(broken):
    root, edit = broken
    edit("\nforms: [customer-complaint-report, eight-d-report]\n", """\nforms: [customer-complaint-report, eight-d-report]
classifications:
  - id: level
    title: 投诉等级
    field: severity
    classes:
      - {id: general, label: 一般}
""")
    edit("\nrouting:\n", """\nrouting:
  - id: serious_to_quality
    title: 严重投诉由品质部处理
    when:
      - {field: severity, in: [serius]}
    role: quality
    step: verify
    source: {quote: 由品质部统一对接}
""")
    problems = lint(root).problems
    assert any("unknown class or option 'serius'" in p.message for p in problems)


def test_misquote_fails_only_with_sources(broken, seeds):
    root, edit = broken
    edit("2小时之内必须开始核实投诉问题点\"", "3小时之内必须开始核实投诉问题点\"")
    assert lint(root).ok  # structure is fine
    problems = lint(root, seeds).problems
    assert any("quote not found verbatim" in p.message for p in problems)


@pytest.mark.parametrize("text,message", [
    (b"id: a\nid: b\n", "duplicate key 'id'"),
    (b"a: &x [1]\nb: *x\n", "aliases"),
    (b"a:\n\t- b\n", "tab"),
    (b"title: \xff\xfe\n", "not UTF-8"),
])
def test_hostile_yaml_gives_a_located_error(tmp_path, text, message):
    path = tmp_path / "x.yaml"
    path.write_bytes(text)
    with pytest.raises(CatalogFileError) as err:
        load_yaml(path)
    assert message in str(err.value) and str(path) in str(err.value)


def test_lint_command_exits_non_zero_with_file_line(broken):
    root, edit = broken
    edit("next: [countermeasure]", "next: [countermeasur]")
    run = subprocess.run([sys.executable, "-m", "checker", "lint", "--root", str(root)], capture_output=True, text=True)
    assert run.returncode == 1
    assert f"{EXAMPLE}.yaml:" in run.stdout and "unknown next step" in run.stdout


def test_schema_command_writes_json_schemas(tmp_path):
    import json

    run = subprocess.run([sys.executable, "-m", "checker", "schema", "--output", str(tmp_path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    schema = json.loads((tmp_path / "procedure.schema.json").read_text(encoding="utf-8"))
    assert "document" in schema["properties"] and schema["additionalProperties"] is False
    assert (tmp_path / "form.schema.json").is_file()


def test_an_audit_loads_only_its_procedure_and_the_forms_it_uses(catalog):
    """`load_catalog(procedure=...)`: what a command on one procedure reads, the same models as the full load;
    and the documents that replace others, so that a report can say its procedure is superseded."""
    root = Path(__file__).resolve().parent.parent
    procedure = catalog.procedures["s42-telecom-user-appeals"]
    part = load_catalog(root, procedure=procedure.id)
    replacing = {p.id for p in catalog.procedures.values() if p.document.supersedes}
    assert set(part.procedures) == {procedure.id} | replacing and len(replacing) < 5
    assert part.superseded_by(procedure) == catalog.superseded_by(procedure)
    assert set(part.forms) == set(catalog.forms_of(procedure)) and part.forms
    assert part.procedures[procedure.id] == procedure
    assert all(part.forms[f] == catalog.forms[f] for f in part.forms)
    assert set(load_catalog(root, procedure="no-such-procedure").procedures) == replacing
