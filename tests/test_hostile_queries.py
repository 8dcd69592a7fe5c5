"""Catalog values and mapping names like `x'); DROP TABLE cases; --` are data: parameters or quoted identifiers,
never SQL text.

Already proved elsewhere (not repeated): hostile export headers, mapped values and case values through an audit
(tests/test_audit_findings.py::test_hostile_headers_and_values_are_data), a hostile CSV header and JSON keys in the
readers (tests/test_readers_csv.py::test_hostile_header_is_only_a_name, tests/test_readers_json.py::
test_keys_that_look_like_paths_are_plain_keys) and hostile step names in the event-log pivot
(tests/test_readers_eventlog.py::test_step_names_are_identifiers_not_sql). Here: the catalog's own values
(option ids, condition values, a numbering pattern), event-log column and activity names, role maps, sheet names.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest

from checker.audit import audit_prepared
from checker.cases import prepare_cases
from checker.catalog import load_catalog
from checker.cli import main
from checker.deadlines import WorkCalendar
from checker.checks import compile_rules
from checker.mapping import EventLogMapping, MappingProfile

CATALOG = Path(__file__).parent / "fixtures" / "hostile" / "catalog"
PROCEDURE = "s961-hostile-text"
SQL = "x'); DROP TABLE cases; --"
OR_TRUE = "x' OR '1'='1"


@pytest.fixture(scope="module")
def hostile():
    catalog = load_catalog(CATALOG)
    return catalog, catalog.procedures[PROCEDURE]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_catalog_values_reach_queries_only_as_parameters(hostile):
    catalog, procedure = hostile
    rules = compile_rules(catalog, procedure)
    using = [r for r in rules if SQL in r.query.params]
    # the option id (invalid-value), the routing and requirement conditions, the escalation's not_in …
    assert {r.rule_id for r in using} >= {"hostile_kind", "injected_to_handler", "note_when_injected"}
    for rule in rules:
        assert SQL not in rule.query.text and "DROP TABLE" not in rule.query.text, rule.rule_id
    numbering = next(r for r in rules if r.kind == "bad-case-number")
    assert procedure.numbering[0].pattern in numbering.query.params


def test_audit_with_hostile_catalog_values_finds_exactly_what_the_rules_say(hostile, tmp_path):
    catalog, procedure = hostile
    export = write_csv(tmp_path / "cases.csv", [
        ["case_number", "hostile_kind", "hostile_note", "case_ref", "receive_at", "reply_at", "reply_by"],
        ["H-1", SQL, "", SQL, "2025-03-04 09:00", "2025-03-04 10:00", "desk"],       # matches the pattern's 2nd branch
        ["H-2", "other", "备注", "TS-002", "2025-03-04 09:00", "2025-03-04 10:00", "handler"],
        ["H-3", OR_TRUE, "", "TS-3", "2025-03-04 09:00", "2025-03-04 10:00", "handler"],
    ])
    prepared = prepare_cases(catalog, procedure, [export], MappingProfile())
    try:
        result = audit_prepared(prepared, datetime(2025, 3, 5), "https://site.example/", WorkCalendar.statutory())
        found = {(f["case"], f["rule"]) for f in result.findings}
        assert found == {
            ("H-1", "note_when_injected"),    # the hostile option id selected the case: the note is required
            ("H-1", "injected_to_handler"),   # … and the handler must reply
            ("H-2", "not_other"),             # ineligible
            ("H-3", "hostile_kind"),          # an injection attempt in a value is just a wrong value
            ("H-3", "ref_format"),            # TS-3 is not TS-nnn
        }
        assert [f["actual"] for f in result.findings if f["rule"] == "hostile_kind"] == [OR_TRUE]
        # the tables the queries ran against are intact
        assert prepared.con.execute("SELECT count(*) FROM cases").fetchone()[0] == 3
        assert prepared.con.execute("SELECT count(*) FROM audited").fetchone()[0] == 3
    finally:
        prepared.close()


def test_explain_shows_hostile_values_only_as_parameters(hostile, monkeypatch, capsys):
    catalog, _ = hostile
    monkeypatch.setattr("checker.catalog.load_catalog", lambda *a, **k: catalog)
    assert main(["explain", "injected_to_handler", "--procedure", PROCEDURE]) == 0
    out = capsys.readouterr().out
    sql = [line for line in out.splitlines() if not line.startswith("--")]
    params = [line for line in out.splitlines() if line.startswith("-- 参数")]
    assert sql and not any("DROP TABLE" in line for line in sql)
    assert any("DROP TABLE" in line for line in params)


def test_event_log_column_and_activity_names_are_names(catalog, tmp_path):
    """An event log whose columns and activities are named like SQL, mapped onto S17's steps."""
    case, activity, time_ = SQL, 'a"); DROP TABLE events; --', "t`; --"
    log = write_csv(tmp_path / "log.csv", [
        [case, activity, time_],
        ["E-1", SQL, "2025-03-04 09:00"],
        ["E-1", OR_TRUE, "2025-03-04 12:00"],
        ["E-2", SQL, "2025-03-04 09:00"],
        ["E-2", OR_TRUE, "2025-03-04 10:00"],
    ])
    profile = MappingProfile(event_log=EventLogMapping(case=case, activity=activity, time=time_, resource=None,
                                                       activities={SQL: "receive", OR_TRUE: "verify"}))
    procedure = catalog.procedures["s17-complaint-control-8d"]
    prepared = prepare_cases(catalog, procedure, [log], profile)
    try:
        result = audit_prepared(prepared, datetime(2025, 3, 5), "https://site.example/", WorkCalendar.statutory())
        assert [(f["case"], f["rule"]) for f in result.findings] == [("E-1", "verify_within_2h")]
        assert prepared.con.execute("SELECT count(*) FROM events_0").fetchone()[0] == 4
    finally:
        prepared.close()


def test_role_map_values_and_a_hostile_sheet_name_are_data(catalog, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "案件"
    for row in [["投诉编号", "受理时间", "答复部门"], ["R-1", "2025-01-02 09:00", SQL]]:
        sheet.append(row)
    path = tmp_path / "cases.xlsx"
    book.save(path)
    procedure = catalog.procedures["s42-telecom-user-appeals"]
    profile = MappingProfile(columns={"投诉编号": "case_number", "受理时间": "receive_at", "答复部门": "reply_by"},
                             roles={SQL: "operator"})
    prepared = prepare_cases(catalog, procedure, [path], profile)
    try:
        assert prepared.con.execute("SELECT reply_by FROM cases").fetchall() == [("operator",)]
    finally:
        prepared.close()
    from checker.cases import AuditInputError

    with pytest.raises(AuditInputError) as err:
        prepare_cases(catalog, procedure, [path], profile.model_copy(update={"sheet": SQL}))
    assert SQL in str(err.value) and "案件" in str(err.value)
