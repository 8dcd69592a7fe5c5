"""A report against a document that another one replaces says so first, naming the document in force and the
clause that proves it (or that the link is unverified), and counts the obligations no rule can check."""

from __future__ import annotations

import json

from checker.cli import main


def _report(tmp_path, capsys, procedure: str, fmt: str = "json") -> str:
    export = tmp_path / "cases.csv"
    export.write_text("case_number,receive_at\nA-1,2025-03-04 09:00\n", encoding="utf-8")
    output = tmp_path / f"report.{fmt}"
    main(["audit", str(export), "--procedure", procedure, "--as-of", "2025-04-01", "--format", fmt,
          "--output", str(output), "--fail-on", "never"])
    capsys.readouterr()
    return output.read_text(encoding="utf-8-sig")


def test_a_repealed_document_names_its_successor_with_the_repealing_clause(tmp_path, capsys):
    summary = json.loads(_report(tmp_path, capsys, "s33-insurance-consumer-complaints"))["summary"]
    [successor] = summary["superseded_by"]
    assert (successor["document"], successor["clause"]) == ("L3", "第四十五条")
    assert "保监会令2013年第8号" in successor["quote"]
    text = _report(tmp_path, capsys, "s33-insurance-consumer-complaints", "text")
    assert text.splitlines()[1].startswith("注意：本制度已被《银行业保险业消费投诉处理管理办法》（L3）取代（第四十五条“")


def test_an_unverified_successor_says_it_is_unverified(tmp_path, capsys):
    text = _report(tmp_path, capsys, "s42-telecom-user-appeals", "text")
    assert "（L6）取代（替代关系未经条文核实：" in text


def test_the_report_counts_the_obligations_no_rule_can_check(tmp_path, capsys):
    summary = json.loads(_report(tmp_path, capsys, "s42-telecom-user-appeals"))["summary"]
    assert summary["unchecked_obligations"] >= 1
    text = _report(tmp_path, capsys, "s42-telecom-user-appeals", "text")
    assert f"另有 {summary['unchecked_obligations']} 项义务不能从导出文件检查" in text
    assert json.loads(_report(tmp_path, capsys, "s17-complaint-control-8d"))["summary"]["superseded_by"] == []


def test_a_finding_of_an_interpreted_rule_carries_the_interpretation(tmp_path, capsys):
    """S17 5.2.1.1's two hours start at 业务部's receipt, a proxy the rule's note explains as 解释."""
    export = tmp_path / "cases.csv"
    export.write_text("case_number,receive_at,verify_at\nLATE,2025-03-04 09:00,2025-03-04 12:00\n", encoding="utf-8")
    output = tmp_path / "report.json"
    main(["audit", str(export), "--procedure", "s17-complaint-control-8d", "--as-of", "2025-04-01",
          "--format", "json", "--output", str(output), "--fail-on", "never", "--max-unreadable", "1"])
    capsys.readouterr()
    [late] = [f for f in json.loads(output.read_text(encoding="utf-8"))["findings"] if f["rule"] == "verify_within_2h"]
    assert late["interpretation"] and "受理" in late["interpretation"]
