"""The real site: `mkdocs build --strict` of the repository, links and anchors of the built HTML,
escaping and build failures on a fixture catalog, and a browser (Debian's chromium via Playwright)
against the site served on 127.0.0.1: Chinese search, no request leaving 127.0.0.1, printing to PDF.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from checker.catalog.loader import REPO_ROOT
from checker import urls
from checker.site.forms import sheet
from checker.site.glossary import glossary

FIXTURE = Path(__file__).parent / "fixtures" / "site" / "catalog"


def mkdocs_build(site_dir: Path, catalog_root: Path | None = None) -> tuple[subprocess.CompletedProcess, float]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("CHECKER_SITE_CATALOG", None)
    if catalog_root is not None:
        env["CHECKER_SITE_CATALOG"] = str(catalog_root)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    return result, time.perf_counter() - started


@pytest.fixture(scope="module")
def built_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("site")
    result, seconds = mkdocs_build(site)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    index = site / "search" / "search_index.json"
    print(f"\nfull site: mkdocs build --strict {seconds:.1f} s; search index {index.stat().st_size / 1e6:.2f} MB")
    return site


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("fixture-site")
    result, _ = mkdocs_build(site, FIXTURE)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


class Page(HTMLParser):
    """Ids, links and resource URLs of one built page."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.resources: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        for key in ("src", "href"):
            if a.get(key) and tag in ("script", "link", "img", "iframe", "source", "use", "image"):
                self.resources.append(a[key])


# --- build --------------------------------------------------------------------------------------

def test_strict_build_prints_no_warnings(built_site, catalog):
    # The fixture already asserted exit code 0 of `mkdocs build --strict`; check the pages are there.
    for pid in catalog.procedures:
        assert (built_site / urls.html(urls.procedure_page(pid))).is_file()
        assert (built_site / urls.html(urls.audit_columns_page(pid))).is_file()
    for fid in catalog.forms:
        assert (built_site / urls.html(urls.form_page(fid))).is_file()


def test_no_generated_markdown_is_committed(repo, catalog):
    from checker.site.render import Site, pages

    committed = {p.relative_to(repo / "docs").as_posix() for p in (repo / "docs").rglob("*.md")}
    assert {"index.md", "authoring.md"} <= committed
    assert not committed & set(pages(Site(catalog))), "generated pages must not be committed to docs/"


def test_every_internal_link_and_anchor_resolves(built_site):
    # 404.html is served at any address, so the theme gives it root-absolute links: not checked here.
    pages = {p: Page(p.read_text(encoding="utf-8")) for p in built_site.rglob("*.html") if p.name != "404.html"}
    broken = []
    for path, page in pages.items():
        for href in page.links + page.resources:
            parts = urlsplit(href)
            if parts.scheme or href.startswith("//"):
                continue
            target = path if not parts.path else (path.parent / unquote(parts.path)).resolve()
            if not target.exists():
                broken.append(f"{path.relative_to(built_site)} -> {href}")
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else Page(target.read_text(encoding="utf-8")).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{path.relative_to(built_site)} -> {href} (no such anchor)")
    assert not broken, "\n".join(broken[:30])


def test_nothing_is_loaded_from_another_host(built_site):
    for path in built_site.rglob("*.html"):
        page = Page(path.read_text(encoding="utf-8"))
        external = [r for r in page.resources if urlsplit(r).scheme or r.startswith("//")]
        assert not external, f"{path.name} loads {external}"


def test_rule_and_step_anchors_exist_for_every_procedure(built_site, catalog):
    for pid, p in catalog.procedures.items():
        ids = Page((built_site / urls.html(urls.procedure_page(pid))).read_text(encoding="utf-8")).ids
        for name in ("routing", "deadlines", "eligibility", "escalation", "numbering", "requirements"):
            for rule in getattr(p, name):
                assert urls.rule_anchor(rule.id) in ids, f"{pid}: {rule.id}"
        for step in p.steps:
            assert urls.step_anchor(step.id) in ids, f"{pid}: {step.id}"


def test_search_index_leaves_out_only_the_audit_column_pages(built_site, catalog):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = {d["location"].split("#")[0] for d in index["docs"]}
    for pid in catalog.procedures:
        assert urls.html(urls.procedure_page(pid)) in pages, pid
        assert urls.html(urls.audit_columns_page(pid)) not in pages, pid
        assert (built_site / urls.html(urls.audit_columns_page(pid))).is_file()  # excluded from search only
    for fid in catalog.forms:
        assert urls.html(urls.form_page(fid)) in pages, fid
    assert {"audit/index.html", "glossary.html", "deadlines.html"} <= pages
    assert any(p.startswith("rules/") and p != "rules/index.html" for p in pages)


def test_generated_tables_and_blocks_are_in_the_built_pages(built_site, catalog):
    # Tables are written as HTML and the big HTML blocks skip Markdown (templating.html_tables, lift_html):
    # no placeholder or Markdown syntax may be left in a built page.
    for pid in catalog.procedures:
        html = (built_site / urls.html(urls.procedure_page(pid))).read_text(encoding="utf-8")
        assert "checker-html-" not in html and "**" not in html and "](" not in html, pid
        assert html.count("<table>") >= 2, pid
    for fid in catalog.forms:
        html = (built_site / urls.html(urls.form_page(fid))).read_text(encoding="utf-8")
        assert "checker-html-" not in html and 'class="form-sheet' in html, fid


def test_truncated_procedures_say_so_once_at_the_top(built_site, catalog):
    # One short line above the card says what is missing (details under 文件信息); a page with nothing to act on
    # says instead that only the document's outline is kept.
    from checker.site.text import is_stub

    for pid, p in catalog.procedures.items():
        html = (built_site / urls.html(urls.procedure_page(pid))).read_text(encoding="utf-8")
        article = html[html.index("<h1"):]
        top = article[: article.index("<h2")]
        if is_stub(p):
            assert "stub-note" in top and "truncated-note" not in top, pid
        else:
            assert ('<p class="truncated-note">' in top) == p.document.truncated, pid
        assert "admonition warning truncated" not in article, pid


def test_fixture_site_escapes_catalog_text(fixture_site):
    for name in ("procedures/s901-fixture-flow.html", "forms/fx-slip.html", "audit/s901-fixture-flow.html",
                 "glossary.html", "procedures/index.html", "forms/index.html", "deadlines.html"):
        html = (fixture_site / name).read_text(encoding="utf-8")
        page = Page(html)
        inline_scripts = "".join(re.findall(r"<script[^>]*>(.*?)</script>", html, re.S))
        assert "alert" not in inline_scripts, name
        assert not any(tag in ("img", "b", "u") for tag, _ in page.tags), name
        assert "<script>alert" not in html, name
        if name not in ("glossary.html", "deadlines.html"):   # the fixture has no term or deadline of that text
            assert "&lt;script&gt;alert" in html or "＜script＞alert" in html, name
    index = json.loads((fixture_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert any("&lt;script&gt;alert" in d["text"] for d in index["docs"])


def test_broken_catalog_fails_the_strict_build(tmp_path):
    catalog = tmp_path / "catalog"
    shutil.copytree(FIXTURE, catalog)
    (catalog / "procedures" / "s903-broken.yaml").write_text(
        "id: s903-broken\ndocument: {title: 坏文件, inventory_id: S903, seed: x.txt, sector: 测试, authority: internal}\n"
        "steps:\n  - {id: only, name: 唯一环节, role: nobody, source: {quote: 原文引文}}\n",
        encoding="utf-8",
    )
    result, _ = mkdocs_build(tmp_path / "site", catalog)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "s903-broken.yaml" in output and "unknown role 'nobody'" in output


# --- browser ------------------------------------------------------------------------------------

def _words(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_words(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(_words(v) for v in value)
    return ""


def pages_mentioning(catalog, term: str) -> set[str]:
    """Built pages whose catalog content contains the term (white space ignored)."""
    found = set()
    for p in catalog.procedures.values():
        if term in re.sub(r"\s+", "", _words(p.model_dump())):
            found.add(urls.html(urls.procedure_page(p.id)))
    for f in catalog.forms.values():
        if term in re.sub(r"\s+", "", _words(f.model_dump())):
            found.add(urls.html(urls.form_page(f.id)))
    if any(term in e.spellings for e in glossary(catalog)):
        found.add("glossary.html")
    return found


@pytest.fixture(scope="module")
def server(built_site, serve):
    return serve(built_site)


def search(page, term: str) -> list[str]:
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.type(term)
    page.keyboard.press("End")  # Material searches on keyup
    page.wait_for_selector(".md-search-result__item", timeout=20_000)
    hrefs = page.eval_on_selector_all(".md-search-result__item > .md-search-result__link",
                                      "els => els.map(e => e.href)")
    pages = [urlsplit(h).path.lstrip("/") for h in hrefs]
    return list(dict.fromkeys(pages))  # distinct pages, best first (the first page of results)


@pytest.mark.browser
@pytest.mark.parametrize("term", ["退货", "回访", "首问责任制", "纠正预防措施", "严重性投诉"])
def test_chinese_search_finds_the_pages(server, browser, catalog, term):
    expected = pages_mentioning(catalog, term)
    assert expected, f"nothing in the catalog mentions {term}"
    page = browser.new_page()
    page.goto(server)
    found = search(page, term)
    page.close()
    procedures = {p for p in expected if p.startswith("procedures/")}
    hits = set(found) & (procedures or expected)
    assert hits, f"{term}: results {found[:10]} contain none of {sorted(procedures or expected)[:10]}"


@pytest.mark.browser
def test_every_request_goes_to_127_0_0_1(server, browser, catalog):
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    procedure = next(iter(catalog.procedures))
    form = next(iter(catalog.forms))
    for path in ("", urls.html(urls.procedure_page(procedure)), urls.html(urls.form_page(form)),
                 "deadlines.html", "glossary.html", "sources.html"):
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
    search(page, "回访")
    page.close()
    hosts = {urlsplit(u).hostname for u in requested if urlsplit(u).scheme in ("http", "https")}
    other = [u for u in requested if urlsplit(u).scheme not in ("http", "https", "data", "blob", "about")]
    assert hosts == {"127.0.0.1"} and not other, sorted(hosts) + other


def pdf_pages(data: bytes) -> list[tuple[float, float]]:
    """(width, height) of each page of a PDF written by chromium (page objects are not compressed)."""
    sizes = []
    for obj in re.findall(rb"<<(?:[^<>]|<<(?:[^<>]|<<[^<>]*>>)*>>)*>>", data):
        if re.search(rb"/Type\s*/Page(?![a-zA-Z])", obj):
            box = re.search(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]", obj)
            sizes.append((float(box[3]) - float(box[1]), float(box[4]) - float(box[2])))
    return sizes


@pytest.mark.browser
def test_forms_print_on_one_a4_page(server, browser, catalog):
    # The hardest cases: the two forms with the most fields, and the register with the most columns.
    sheets = [sheet(catalog, f) for f in catalog.forms.values()]
    forms = sorted((s for s in sheets if not s.register), key=lambda s: -len(s.form.fields))[:2]
    registers = sorted((s for s in sheets if s.register), key=lambda s: -len(s.columns))[:1]
    assert len(forms) == 2 and len(registers) == 1
    page = browser.new_page()
    for s in forms + registers:
        page.goto(server + urls.html(urls.form_page(s.form.id)))
        sizes = pdf_pages(page.pdf(prefer_css_page_size=True, print_background=True))
        assert len(sizes) == 1, f"{s.form.id} prints on {len(sizes)} pages"
        width, height = sizes[0]
        assert sorted((round(width / 72 * 25.4), round(height / 72 * 25.4))) == [210, 297], s.form.id
        assert (width > height) == (s.orientation == "landscape"), s.form.id
    page.close()


@pytest.mark.browser
def test_search_works_from_a_shared_folder(built_site, browser):
    """Opened via file:// (no web server), search runs through our iframe worker shim."""
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto((built_site / "index.html").as_uri())
    assert search(page, "回访")
    page.close()
    assert all(urlsplit(u).scheme in ("file", "data", "blob", "about") for u in requested), requested
