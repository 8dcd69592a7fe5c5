"""The zone an audit counts in (a mapping profile's `time_zone`): zoned times are converted to it, and day-based
deadlines fall on its days. A European log written with +01:00 changes verdict when read in China's zone."""

from __future__ import annotations

import io
from datetime import datetime

import pytest

from checker.audit import run_audit
from checker.catalog.loader import Catalog
from checker.mapping import MappingError, MappingProfile, load_profile
from checker.reports.common import Report
from checker.reports.text import write
from checker.rule_examples import load_examples


@pytest.fixture
def example(catalog):
    e = next(e for e in load_examples() if e.name == "repeated-events")
    return Catalog({e.procedure.id: e.procedure}, catalog.forms, catalog.vocabulary), e.procedure


def _audit(example, tmp_path, profile):
    cat, procedure = example
    export = tmp_path / "zoned.csv"
    # implemented on the evening of 3 March in Amsterdam (the 4th in Beijing); verified a week and five hours later
    export.write_text("case_number,implement_at,verify_at\n"
                      "EU,2025-03-03T20:00:00+01:00,2025-03-11T01:00:00+01:00\n", encoding="utf-8")
    return run_audit(cat, procedure, [export], profile, as_of=datetime(2025, 6, 1))


def test_day_based_deadlines_fall_on_the_days_of_the_audits_zone(example, tmp_path):
    china = _audit(example, tmp_path, MappingProfile())
    assert [f["rule"] for f in china.findings] == []   # 4 March 03:00 + 1 week = 11 March 24:00: on time
    europe = _audit(example, tmp_path, MappingProfile(time_zone="+01:00"))
    assert [(f["rule"], f["expected"], f["actual"]) for f in europe.findings] == [
        ("first_verification_within_a_week", "2025-03-10 24:00", "2025-03-11 01:00")]
    assert (china.summary()["time_zone"], europe.summary()["time_zone"]) == ("UTC+08:00", "UTC+01:00")


def test_the_report_states_the_zone(example, tmp_path):
    result = _audit(example, tmp_path, MappingProfile(time_zone="-05:00"))
    out = io.StringIO()
    write(out, Report(result.summary(), result.findings, result.unreadable))
    assert "时间按 UTC-05:00 计算" in out.getvalue()


def test_a_zone_that_is_not_an_offset_is_refused_with_its_line(tmp_path):
    path = tmp_path / "profile.yaml"
    path.write_text("procedure: x\ntime_zone: Europe/Amsterdam\n", encoding="utf-8")
    with pytest.raises(MappingError) as err:
        load_profile(path)
    assert str(err.value).startswith(f"{path}:2:") and "time_zone" in str(err.value)
