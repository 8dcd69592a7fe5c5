"""The statistics report in Debian's chromium: it prints on A4 without anything running off the page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.deadlines import WorkCalendar
from checker.mapping import load_profile
from checker.stats import Month, StatsOptions, load_satisfaction, run_stats, write_stats

REPO = Path(__file__).resolve().parent.parent
A4_CONTENT_PX = 703        # 210 mm less the 2 × 12 mm page margins of stats.css, at 96 px per inch


@pytest.fixture(scope="module")
def report(catalog, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("stats-browser")
    satisfaction = folder / "satisfaction.yaml"
    satisfaction.write_text("months:\n  2025-01:\n    survey: {score: 86, total: 100}\n    ppm_exceedances: 0\n"
                            "    production_stops: 0\n    late_deliveries: 1\n    audit: A\n"
                            "  2025-02:\n    survey: none\n    ppm_exceedances: 2\n    production_stops: 1\n"
                            "    late_deliveries: 0\n    audit: 90\n", encoding="utf-8")
    options = StatsOptions(Month.parse("2025-02"), WorkCalendar.statutory(), closed="reply",
                           satisfaction=load_satisfaction(satisfaction))
    stats = run_stats(catalog, catalog.procedures["s42-telecom-user-appeals"],
                      [REPO / "examples" / "s42-telecom-cases.csv"], load_profile(REPO / "examples" / "s42-mapping.yaml"),
                      options)
    path = folder / "stats.html"
    write_stats("html", stats, path)
    return path


@pytest.mark.browser
def test_report_prints_on_a4_without_overflow(report, browser):
    page = browser.new_page(viewport={"width": A4_CONTENT_PX, "height": 1000})
    try:
        problems = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("request", lambda r: problems.append(r.url) if not r.url.startswith("file:") else None)
        page.goto(report.as_uri(), wait_until="load")
        page.emulate_media(media="print")
        layout = page.evaluate("""() => {
            const width = document.documentElement.clientWidth;
            const wide = [...document.querySelectorAll('table, svg.chart, figure, section, .cards')]
                .filter(e => e.getBoundingClientRect().right > width + 1)
                .map(e => e.tagName + '#' + (e.id || e.closest('section')?.id));
            const charts = [...document.querySelectorAll('svg.chart')].map(s => {
                const r = s.getBoundingClientRect(); return [r.width, r.height]; });
            return {scroll: document.documentElement.scrollWidth, width, wide, charts,
                    sections: [...document.querySelectorAll('section > h2')].map(h => h.textContent)};
        }""")
        assert layout["scroll"] <= layout["width"], layout
        assert layout["wide"] == []
        assert len(layout["charts"]) == 3 and all(w > 300 and h > 100 for w, h in layout["charts"])
        assert [s[:2] for s in layout["sections"]] == ["一、", "二、", "三、", "四、", "五、", "六、"]
        pdf = page.pdf(format="A4", print_background=True)
        assert pdf.startswith(b"%PDF")
        pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
        assert 3 <= pages <= 8, pages
        assert problems == []
    finally:
        page.close()
