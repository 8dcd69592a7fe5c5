"""`stats` and `audit` agree on the same data: same rows, and the late cases of every month are the
missed-deadline findings of an audit at that month's end of the export as it stood then."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from checker.audit import run_audit
from checker.deadlines import WorkCalendar
from checker.mapping import MappingProfile, load_profile
from checker.readers.dates import parse_datetime
from checker.stats import Month, StatsOptions, run_stats

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "stats"


@dataclass
class Export:
    procedure: str
    path: Path
    mapping: Path | None
    received: str             # header of the time that puts a case in a month (and starts the deadline)
    times: list[str]          # headers of every time column
    rule: str
    closed: str

    def profile(self):
        return load_profile(self.mapping) if self.mapping else MappingProfile()


EXAMPLE = Export("s42-telecom-user-appeals", REPO / "examples" / "s42-telecom-cases.csv",
                 REPO / "examples" / "s42-mapping.yaml", "受理时间", ["受理时间", "答复时间", "申诉时间"],
                 "reply_15_working_days", "reply")
S11 = Export("s11-complaint-office-general", FIXTURES / "s11-month.csv", None, "receive_at",
             ["received_at", "receive_at", "initial_reply_at", "feedback_at"], "initial_reply_24h", "feedback")


def export_as_of(export: Export, as_of: datetime, target: Path) -> Path:
    """The export as it would have been at `as_of`: later cases absent, later events not yet recorded."""
    with open(export.path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with open(target, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            received = parse_datetime(row[export.received])
            if received is not None and received >= as_of:
                continue
            writer.writerow({k: ("" if k in export.times and (t := parse_datetime(v)) and t >= as_of else v)
                             for k, v in row.items()})
    return target


def stats(catalog, export: Export, path: Path, period: str) -> dict:
    options = StatsOptions(Month.parse(period), WorkCalendar.statutory(), closed=export.closed)
    return run_stats(catalog, catalog.procedures[export.procedure], [path], export.profile(), options)


def audit(catalog, export: Export, path: Path, as_of: datetime):
    return run_audit(catalog, catalog.procedures[export.procedure], [path], export.profile(), as_of=as_of)


def late_received_between(result, export: Export, path: Path, start: datetime, end: datetime) -> int:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        received = {line: parse_datetime(r[export.received]) for line, r in enumerate(csv.DictReader(fh), start=2)}
    return sum(1 for f in result.findings if f["rule"] == export.rule and start <= received[f["row"]] < end)


@pytest.mark.parametrize("export, period, month_late, year_late", [
    (EXAMPLE, "2025-01", 0, 0), (EXAMPLE, "2025-02", 0, 2), (EXAMPLE, "2025-03", 0, 2),
    (S11, "2025-02", 1, 1), (S11, "2025-03", 2, 3),
], ids=["s42-jan", "s42-feb", "s42-mar", "s11-feb", "s11-mar"])
def test_late_cases_are_the_audit_findings_at_the_month_end(catalog, tmp_path, export, period, month_late, year_late):
    month = Month.parse(period)
    full = stats(catalog, export, export.path, period)
    then = export_as_of(export, month.end, tmp_path / "then.csv")
    found = audit(catalog, export, then, month.end)
    assert full["month"]["deadlines"][0]["late"] == month_late == \
        late_received_between(found, export, then, month.start, month.end)
    assert full["year"]["deadlines"][0]["late"] == year_late == \
        late_received_between(found, export, then, month.year_start, month.end)
    # Events after the period end do not change the period's figures.
    earlier = stats(catalog, export, then, period)
    assert earlier["month"] == full["month"] and earlier["year"] == full["year"]


def test_after_every_event_late_cases_are_all_the_audit_findings(catalog):
    as_of = datetime(2025, 7, 1)
    full = stats(catalog, EXAMPLE, EXAMPLE.path, "2025-06")
    findings = [f for f in audit(catalog, EXAMPLE, EXAMPLE.path, as_of).findings if f["rule"] == EXAMPLE.rule]
    year = full["year"]["deadlines"][0]
    assert findings and year["late"] == len(findings)
    assert year["applicable"] == year["on_time"] + year["late"]          # every outcome known by then


def test_rows_read_audited_and_unreadable_match_audit(catalog, tmp_path):
    broken = tmp_path / "broken.csv"
    text = EXAMPLE.path.read_text(encoding="utf-8-sig").splitlines()
    text[3] = text[3].replace("2025/01/12 12:00", "2025/13/12 12:00")    # a receive time no one can read
    broken.write_text("\n".join(text) + "\n", encoding="utf-8")
    s = stats(catalog, EXAMPLE, broken, "2025-02")
    summary = audit(catalog, EXAMPLE, broken, datetime(2025, 3, 1)).summary()
    assert (s["rows"]["read"], s["rows"]["audited"], s["rows"]["unreadable"]) == \
        (summary["rows_read"], summary["rows_audited"], summary["rows_unreadable"]) == (40, 39, 1)
