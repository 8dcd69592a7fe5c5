"""`new-procedure`: a company's own document becomes a draft procedure that lints as it is, with every sentence
stating a duty or a period quoted verbatim (commented out until a person decides what it is)."""

from __future__ import annotations

import re

from checker.catalog.lint import lint
from checker.cli import main

SOURCE = ("某某公司客户投诉处理制度\n一、适用范围\n本制度适用于本公司所有客户投诉的处理。\n二、职责\n"
          "2.1 客服部负责受理客户投诉，并在2小时内登记。\n2.2 品质部应当在3个工作日内完成调查。\n"
          "三、其他\n本制度由客服部解释。\n")


def test_the_draft_lints_and_its_candidate_quotes_are_verbatim(tmp_path, capsys):
    sources, root = tmp_path / "src", tmp_path / "catalog"
    sources.mkdir()
    (sources / "acme.txt").write_text(SOURCE, encoding="gb18030")     # a GBK file, as Chinese offices save them
    code = main(["new-procedure", str(sources / "acme.txt"), "--id", "acme-complaints", "--catalog", str(root),
                 "--sector", "制造业", "--organisation", "某某公司"])
    assert code == 0 and "2 句义务和期限待逐项填写" in capsys.readouterr().out
    draft = root / "procedures" / "acme-complaints.yaml"
    text = draft.read_text(encoding="utf-8")
    assert "title: 某某公司客户投诉处理制度" in text and "inventory_id: S1" in text
    report = lint(root, [sources])
    assert report.ok and report.quotes_verified == report.quotes_checked == 1        # the scope sentence
    # the author keeps both candidates as unchecked items: their quotes and clauses are the document's own
    chosen = re.sub(r"^# (unchecked:|  )", lambda m: m[1], text, flags=re.M).replace("请选择", "judgement")
    draft.write_text(chosen, encoding="utf-8")
    report = lint(root, [sources])
    assert report.ok and report.quotes_verified == 3, report.problems
    assert "clause: '2.2', quote: 品质部应当在3个工作日内完成调查。" in chosen


def test_an_existing_procedure_is_never_overwritten(tmp_path, capsys):
    (tmp_path / "src.txt").write_text(SOURCE, encoding="utf-8")
    args = ["new-procedure", str(tmp_path / "src.txt"), "--id", "acme", "--catalog", str(tmp_path / "c")]
    assert main(args) == 0
    assert main(args) == 2 and "已存在，不会覆盖" in capsys.readouterr().err


def test_audit_checks_the_procedures_references_before_reading_the_export(tmp_path, capsys):
    """A step id typo is a catalog error at file:line, not "the export has no such column"."""
    (tmp_path / "src.txt").write_text(SOURCE, encoding="utf-8")
    root = tmp_path / "c"
    assert main(["new-procedure", str(tmp_path / "src.txt"), "--id", "acme", "--catalog", str(root)]) == 0
    draft = root / "procedures" / "acme.yaml"
    draft.write_text(draft.read_text(encoding="utf-8") + (
        "steps:\n  - {id: receive, name: 受理, source: {clause: '2.1', quote: 客服部负责受理客户投诉}}\n"
        "deadlines:\n  - id: register_2h\n    title: 2小时内登记\n    start: receive\n    end: regsiter\n"
        "    period: {amount: 2, unit: hours}\n    source: {clause: '2.1', quote: 并在2小时内登记}\n"), encoding="utf-8")
    export = tmp_path / "cases.csv"
    export.write_text("case_number,receive_at\nA-1,2025-03-04 09:00\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["audit", str(export), "--procedure", "acme", "--catalog", str(root)]) == 2
    err = capsys.readouterr().err
    assert f"{draft}:" in err and "unknown event 'regsiter'" in err


def test_a_document_that_replaces_another_runs_on_its_own(tmp_path, capsys):
    """L3 names S33 as the document it repeals; auditing L3 loads L3 alone and must not call that a mistake."""
    export = tmp_path / "cases.csv"
    export.write_text("case_number,receive_at\nA-1,2025-03-04 09:00\n", encoding="utf-8")
    code = main(["audit", str(export), "--procedure", "l3-banking-insurance-complaints", "--fail-on", "never",
                 "--max-unreadable", "1", "--format", "json", "--output", str(tmp_path / "r.json")])
    assert code in (0, 3) and "制度有错误" not in capsys.readouterr().err
