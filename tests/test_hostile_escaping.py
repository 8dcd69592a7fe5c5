"""Hostile text shown as text: case data in the HTML report, catalog text in the report and on the site.

Case text and catalog text carry `<script>`, `"><img src=x onerror=…>`, `javascript:` links (bare, as Markdown,
as HTML), `<svg onload>`, Markdown attribute lists and template syntax (tests/fixtures/hostile/catalog, written
by make_catalog.py). The site is really built (`mkdocs build --strict`, pointed at that catalog through
CHECKER_SITE_CATALOG) and the report really audited from a hostile export; Debian's chromium opens both and
must run nothing: no dialog, no injected element or handler, no javascript: link, the payloads visible as text.

Already proved elsewhere (not repeated): escaping of a hand-made hostile result in every report format and its
chromium run with and without the CSP (tests/test_reports.py), and the site fixture's escaping without a
browser (tests/test_site_build.py::test_fixture_site_escapes_catalog_text).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from lxml import html as lxml_html

from checker.catalog import load_catalog
from checker.cli import main
from checker.reports.html import report_script

REPO = Path(__file__).resolve().parent.parent
CATALOG = Path(__file__).parent / "fixtures" / "hostile" / "catalog"
PROCEDURE = "s961-hostile-text"

# The payloads as make_catalog.py writes them (what the reader must see, character for character).
CAT_PAYLOADS = ["<script>alert('cat-script')</script>", "\"><img src=x onerror=alert('cat-img')>",
                "javascript:alert('cat-js')", "[点我](javascript:alert('cat-md'))",
                "<a href=\"javascript:alert('cat-a')\">链接</a>", "<svg onload=alert('cat-svg')>",
                "{: onclick=\"alert('cat-attr')\" }", "{{ 7*7 }}{% raw %}"]

# Counts of what an injection would leave in a page: elements, handlers and links that must not exist.
INJECTED_JS = """() => {
    const handlers = [...document.querySelectorAll('*')].filter(
        e => [...e.attributes].some(a => a.name.startsWith('on'))).length;
    return {
        imgs: document.querySelectorAll('img').length,
        svgHandlers: document.querySelectorAll('svg[onload], svg [onload]').length,
        handlers: handlers,
        jsLinks: [...document.querySelectorAll('a[href]')].filter(a => a.protocol === 'javascript:').length,
        iframes: document.querySelectorAll('iframe:not([src*="worker"])').length,
        inlineScriptsWithAlert: [...document.querySelectorAll('script')].filter(
            s => s.textContent.includes('alert(')).length,
    };
}"""
NOTHING_INJECTED = {"imgs": 0, "svgHandlers": 0, "handlers": 0, "jsLinks": 0, "iframes": 0,
                    "inlineScriptsWithAlert": 0}


def visit(browser, url: str, then=None) -> tuple[list[str], dict, str]:
    """Open `url`, optionally act on the page; return (dialogs seen, injected-element counts, body text)."""
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(url, wait_until="load")
        if then is not None:
            then(page)
        page.wait_for_timeout(300)
        counts = page.evaluate(INJECTED_JS)
        text = page.inner_text("body")
        # the listener works: a dialog opened on purpose is seen, so an injected one would have been
        page.evaluate("() => alert('probe')")
        assert dialogs[-1:] == ["probe"]
        return dialogs[:-1], counts, text
    finally:
        page.close()


# --- the site, built from the hostile catalog -----------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("hostile-site")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", CHECKER_SITE_CATALOG=str(CATALOG))
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    return site


SITE_PAGES = [f"procedures/{PROCEDURE}.html", "forms/fx-hostile-form.html", f"audit/{PROCEDURE}.html",
              "procedures/index.html", "forms/index.html", "audit/index.html", "glossary.html", "deadlines.html",
              "rules/missing-field.html", "rules/wrong-routing.html", "sources.html"]


def test_site_pages_hold_the_payloads_as_text_only(hostile_site):
    page = (hostile_site / f"procedures/{PROCEDURE}.html").read_text(encoding="utf-8")
    tree = lxml_html.fromstring(page)
    article = tree.xpath("//article")[0]
    text = article.text_content()
    for payload in CAT_PAYLOADS:
        assert payload in text, payload
    assert not article.xpath(".//img | .//iframe | .//script | .//svg[@onload] | .//*[@onclick]")
    assert not [h for h in article.xpath(".//a/@href") if h.replace(" ", "").lower().startswith("javascript")]
    for name in SITE_PAGES:
        html_text = (hostile_site / name).read_text(encoding="utf-8")
        doc = lxml_html.fromstring(html_text)
        handlers = [(e.tag, a) for e in doc.iter() if isinstance(e.tag, str) for a in e.attrib if a.startswith("on")]
        assert handlers == [], name
        assert "alert('cat" not in "".join(doc.xpath("//script/text()")), name


@pytest.fixture(scope="module")
def site_server(hostile_site, serve):
    return serve(hostile_site)


@pytest.mark.browser
@pytest.mark.parametrize("name", SITE_PAGES)
def test_site_runs_no_injected_script_in_chromium(site_server, browser, name):
    dialogs, counts, text = visit(browser, site_server + name)
    assert dialogs == []
    assert counts == NOTHING_INJECTED
    if name.startswith(("procedures/s961", "forms/fx")):
        assert "<script>alert('cat-script')</script>" in text


@pytest.mark.browser
def test_site_search_results_run_no_injected_script(site_server, browser):
    """Material renders search results from the index as HTML: the index must hold escaped text."""
    def search(page):
        box = page.locator("input.md-search__input")
        box.click()
        box.type("恶意文本")
        page.keyboard.press("End")
        page.wait_for_selector(".md-search-result__item", timeout=20_000)

    dialogs, counts, text = visit(browser, site_server, then=search)
    assert dialogs == []
    assert counts == NOTHING_INJECTED
    assert "cat-script" in text or "cat-img" in text     # the hostile page was among the results, as text


# --- the HTML report: hostile export, hostile catalog ----------------------------------------------------------

CASE_SCRIPT = "<script>alert('case')</script>"
CASE_JS = "javascript:alert('case2')"
REF_IMG = "\"><img src=x onerror=alert('ref')>"
KIND_SVG = "<svg onload=alert('kind')>"
DATE_IMG = "<img src=x onerror=alert('date')>"
HEADER_IMG = "\"><img src=x onerror=alert('header')>"
SQL = "x'); DROP TABLE cases; --"
CASE_PAYLOADS = [CASE_SCRIPT, CASE_JS, REF_IMG, KIND_SVG, DATE_IMG, HEADER_IMG]


@pytest.fixture(scope="module")
def hostile_catalog():
    return load_catalog(CATALOG)


def _csv_field(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\n') else value


@pytest.fixture(scope="module")
def hostile_report(hostile_catalog, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-report")
    # The hostile header is the note column's, mapped; the undecodable byte in it makes TS-4 unreadable, so the
    # report names that column.
    header = ["case_number", "hostile_kind", "case_ref", "receive_at", "reply_at", "reply_by", HEADER_IMG]
    rows = [
        [CASE_SCRIPT, SQL, REF_IMG, "2025-03-04 09:00", "2025-03-04 12:00", "desk", ""],
        [CASE_JS, KIND_SVG, "TS-001", "2025-03-04 09:00", "2025-03-04 10:00", "handler", "备注"],
        ["TS-3", "other", "TS-003", DATE_IMG, "2025-03-04 10:00", "handler", ""],
    ]
    text = "\n".join(",".join(_csv_field(v) for v in row) for row in [header, *rows]) + "\n"
    export = folder / "<img src=x onerror=alert('file')>.csv"
    export.write_bytes(text.encode() + b"TS-4,other,TS-004,2025-03-04 09:00,,handler,\xff\n")
    mapping = folder / "mapping.yaml"
    mapping.write_text(yaml.safe_dump({"procedure": PROCEDURE, "columns": {HEADER_IMG: "hostile_note"}},
                                      allow_unicode=True), encoding="utf-8")
    output = folder / "report.html"
    mp = pytest.MonkeyPatch()
    mp.setattr("checker.catalog.load_catalog", lambda *a, **k: hostile_catalog)
    try:
        code = main(["audit", str(export), "--procedure", PROCEDURE, "--as-of", "2025-03-05", "--format", "html",
                     "--mapping", str(mapping), "--output", str(output), "--site-url", "javascript:alert('site')//"])
    finally:
        mp.undo()
    assert code == 1 and output.is_file()
    return output


def test_report_holds_every_payload_as_text(hostile_report):
    page = hostile_report.read_text(encoding="utf-8")
    tree = lxml_html.fromstring(page)
    text = tree.text_content()
    for payload in CASE_PAYLOADS + ["<img src=x onerror=alert('file')>.csv", "恶意文本测试制度 <script>alert('cat-script')</script>"]:
        assert payload in text, payload
    assert "alert('site')" in text                                   # the link target is shown, not linked
    assert tree.xpath("//img | //svg | //iframe") == []
    # the only script is the report's own filter, byte for byte (the page's CSP allows it by its hash alone)
    assert [s.text for s in tree.xpath("//script")] == [report_script()[0]]
    assert [a for e in tree.iter() if isinstance(e.tag, str) for a in e.attrib if a.startswith("on")] == []
    assert tree.xpath("//a/@href") == []                               # every finding link was javascript:


@pytest.mark.browser
def test_report_runs_no_injected_script_in_chromium(hostile_report, browser):
    dialogs, counts, text = visit(browser, hostile_report.as_uri())
    assert dialogs == []
    assert counts == NOTHING_INJECTED
    for payload in CASE_PAYLOADS:
        assert payload in text, payload
