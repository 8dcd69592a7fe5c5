"""S20 顾客满意度: D = D1 + D2 + D3, each part computed by hand from the source's rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.deadlines import WorkCalendar
from checker.mapping import MappingProfile
from checker.stats import Month, StatsInputError, StatsOptions, load_satisfaction, run_stats
from checker.stats.satisfaction import MonthInput, score

FIXTURES = Path(__file__).parent / "fixtures" / "stats"


def entry(**kw) -> MonthInput:
    base = {"survey": {"score": 90, "total": 100}, "ppm_exceedances": 0, "production_stops": 0,
            "late_deliveries": 0, "audit": 80}
    return MonthInput.model_validate({**base, **kw})


def test_all_parts_by_hand():
    # D1 = 45/50*100*20% = 18; N1 = 3 complaints * 2 = 6; N2 = 1 * 5 = 5; N4 = 2 * 3 = 6;
    # D2 = 60 - (6 + 5 + 0 + 6) * 60% = 49.8; D3 = 80 * 20% = 16; D = 83.8.
    s = score(entry(survey={"score": 45, "total": 50}, ppm_exceedances=1, late_deliveries=2), complaints=3)
    assert (s["d1"], s["n1"], s["n2"], s["n3"], s["n4"], s["d2"], s["d3"], s["d"]) == (18, 6, 5, 0, 6, 49.8, 16, 83.8)
    assert s["below_threshold"] is False and s["notes"] == []


def test_complaint_and_delivery_deductions_stop_at_15():
    s = score(entry(late_deliveries=6), complaints=9)       # 18 and 18 points, each capped at 15
    assert (s["n1"], s["n4"]) == (15, 15)
    assert s["d2"] == pytest.approx(60 - 30 * 0.6)


def test_no_survey_and_no_audit_conclusion_deduct_nothing():
    s = score(entry(survey="none", audit="none"), complaints=0)
    assert (s["d1"], s["d2"], s["d3"], s["d"]) == (20, 60, 20, 100)
    assert len(s["notes"]) == 2


@pytest.mark.parametrize("grade, d3", [("A", 17), ("B", 15), ("C", 12)])
def test_grades_count_as_85_75_60(grade, d3):
    assert score(entry(audit=grade), complaints=0)["d3"] == d3


def test_a_production_stoppage_zeroes_the_objective_part():
    s = score(entry(production_stops=1), complaints=1)
    assert s["d2"] == 0 and s["n3"] is None
    assert any("此项得0分" in n for n in s["notes"])
    assert s["d"] == 18 + 0 + 16 and s["below_threshold"] is True


def test_n1_is_the_months_complaint_count_from_the_export(catalog, tmp_path):
    given = tmp_path / "satisfaction.yaml"
    given.write_text("months:\n  2025-03:\n    survey: none\n    ppm_exceedances: 0\n    production_stops: 0\n"
                     "    late_deliveries: 0\n    audit: none\n", encoding="utf-8")
    options = StatsOptions(Month.parse("2025-03"), WorkCalendar.statutory(), satisfaction=load_satisfaction(given))
    stats = run_stats(catalog, catalog.procedures["s11-complaint-office-general"], [FIXTURES / "s11-month.csv"],
                      MappingProfile(), options)
    months = stats["satisfaction"]["months"]
    assert [m["month"] for m in months if m["score"]] == ["2025-03"]
    march = months[-1]["score"]
    # 8 complaints: 16 points, deducted only up to 15.
    assert (march["complaints"], march["n1"], march["d2"], march["d"]) == (8, 15, 51, 91)


def test_a_customer_needs_a_customer_column(catalog, tmp_path):
    given = tmp_path / "satisfaction.yaml"
    given.write_text("customer: 甲公司\nmonths: {}\n", encoding="utf-8")
    options = StatsOptions(Month.parse("2025-03"), WorkCalendar.statutory(), satisfaction=load_satisfaction(given))
    with pytest.raises(StatsInputError, match="客户单位"):
        run_stats(catalog, catalog.procedures["s11-complaint-office-general"], [FIXTURES / "s11-month.csv"],
                  MappingProfile(), options)


@pytest.mark.parametrize("text, message", [
    ("months:\n  2025-03:\n    survey: none\n", ":2: [months.2025-03.ppm_exceedances] Field required"),
    ("months:\n  2025-03:\n    survey: {score: 9, total: 0}\n    ppm_exceedances: 0\n    production_stops: 0\n"
     "    late_deliveries: 0\n    audit: A\n", ":3: [months.2025-03.survey.total]"),
    ("months:\n  2025-3x:\n    survey: none\n    ppm_exceedances: 0\n    production_stops: 0\n"
     "    late_deliveries: 0\n    audit: D\n", ":7: [months.2025-3x.audit] Value error, 应为审核得分"),
    ("months:\n  March:\n    survey: none\n    ppm_exceedances: 0\n    production_stops: 0\n"
     "    late_deliveries: 0\n    audit: A\n", ":2: 无法识别的统计月份"),
    ("months: [1, 2\n", "satisfaction.yaml"),
])
def test_bad_input_files_name_file_and_line(tmp_path, text, message):
    given = tmp_path / "satisfaction.yaml"
    given.write_text(text, encoding="utf-8")
    with pytest.raises(StatsInputError) as err:
        load_satisfaction(given)
    assert message in str(err.value) and str(given) in str(err.value)
