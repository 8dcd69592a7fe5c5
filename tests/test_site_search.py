"""Site search as staff use it: in chromium, on the real site, what they type finds the page they mean
first. Every form and every procedure by its title (typed without spaces, as people type Chinese),
every glossary term (its own entry, opening at its row), and terms of the trade; over http and from a
shared folder (file://). The index and the hook's index rewriting are checked without a browser.
"""

from __future__ import annotations

import json
import re
from urllib.parse import unquote, urlsplit

import pytest

from checker import urls
from checker.site.glossary import glossary
from checker.site.mkdocs_hooks import glossary_sections, without_excluded
from test_site_build import built_site, pages_mentioning  # noqa: F401  (the module-scoped real site)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def server(built_site, serve):
    return serve(built_site)


@pytest.fixture(scope="module")
def staff(server, browser):
    """One page of the site with its search box, reused for every query."""
    page = browser.new_page()
    page.goto(server)
    yield page
    page.close()


def search(page, query: str) -> list[dict]:
    """Type the query as a whole (as a Chinese input method commits it) and read the results, best first:
    for each, its links relative to the site (the page's own, then its sections), whether a term is
    reported missing, and the highlighted text. The page must be at the site's top (index.html)."""
    root = page.url.rsplit("/", 1)[0] + "/"
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")  # clear first, so that the results read below are the ones of this query
    box.press("End")  # Material searches on keyup
    page.wait_for_selector(".md-search-result__item", state="detached", timeout=20_000)
    box.fill(query)
    box.press("End")
    page.wait_for_selector(".md-search-result__item", timeout=20_000)
    results = page.eval_on_selector_all(".md-search-result__item", """items => items.map(item => ({
        links: [...item.querySelectorAll("a.md-search-result__link")].map(a => a.href),
        titles: [...item.querySelectorAll("h1, h2")].map(h => h.textContent),
        missing: item.querySelector(".md-search-result__terms") !== null,
        marked: [...item.querySelectorAll("mark")].map(m => m.textContent),
    }))""")
    for r in results:
        r["links"] = [unquote(urlsplit(link)._replace(query="").geturl()).removeprefix(unquote(root))
                      for link in r["links"]]
    return results


def first(results: list[dict]) -> str:
    """The page of the first result."""
    return results[0]["links"][0].split("#")[0] if results else "(no result)"


def titled(catalog) -> dict[str, set[str]]:
    """Every form and procedure title as staff type it (no spaces), with the pages of that title."""
    pages: dict[str, set[str]] = {}
    for f in catalog.forms.values():
        pages.setdefault(squash(f.title), set()).add(urls.html(urls.form_page(f.id)))
    for p in catalog.procedures.values():
        pages.setdefault(squash(p.document.title), set()).add(urls.html(urls.procedure_page(p.id)))
    return pages


def misses(page, queries: dict[str, set[str]]) -> list[str]:
    wrong = []
    for query, expected in queries.items():
        found = [r["links"][0].split("#")[0] for r in search(page, query)]
        if not found or found[0] not in expected:
            rank = next((i + 1 for i, p in enumerate(found) if p in expected), None)
            wrong.append(f"{query}: first {found[:3]}, expected {sorted(expected)} (rank {rank})")
    return wrong


# --- titles -------------------------------------------------------------------------------------

@pytest.mark.browser
def test_every_form_title_finds_its_form_first(staff, catalog):
    forms = {squash(f.title) for f in catalog.forms.values()}
    queries = {q: pages for q, pages in titled(catalog).items() if q in forms}
    assert len(queries) >= len(catalog.forms) - 1  # forms may share a title; the test covers them all
    assert not misses(staff, queries), "\n".join(misses(staff, queries))


@pytest.mark.browser
def test_every_procedure_title_finds_its_procedure_first(staff, catalog):
    procedures = {squash(p.document.title) for p in catalog.procedures.values()}
    queries = {q: pages for q, pages in titled(catalog).items() if q in procedures}
    wrong = misses(staff, queries)
    assert not wrong, "\n".join(wrong)


@pytest.mark.browser
@pytest.mark.parametrize("query", ["投诉处理单", "客户投诉处理单", "客户投诉 处理 单"])
def test_part_of_a_title_or_a_title_typed_in_words_finds_the_forms_of_that_name(staff, catalog, query):
    # The review's case: 客户投诉处理单 was not in the first 14 results, typed without spaces. Every form whose
    # title holds the query comes before any other page, the one whose title is the query first.
    holding = {urls.html(urls.form_page(f.id)): squash(f.title) for f in catalog.forms.values()
               if squash(query) in squash(f.title)}
    assert holding, query
    found = [r["links"][0] for r in search(staff, query)][:len(holding)]
    assert set(found) == set(holding), found
    if squash(query) in holding.values():
        assert holding[found[0]] == squash(query), found


# --- terms --------------------------------------------------------------------------------------

@pytest.mark.browser
def test_every_glossary_term_finds_its_own_row_first(staff, catalog):
    wrong = []
    for e in glossary(catalog):
        results = search(staff, e.term)
        row = ["glossary.html", f"glossary.html#{e.anchor}"]
        # The glossary's result with the term's row as its best section (after the page's own link), first;
        # or just after a heading of that very name elsewhere (建设工程 is also an industry in 制度).
        rank = next((i for i, r in enumerate(results) if r["links"][:2] == row), None)
        named = [r for r in results[:rank] if e.term in r["titles"]]
        if rank is None or rank > len(named):
            wrong.append(f"{e.term}: {[r['links'][:2] for r in results[:3]]}, expected {row[1]}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.browser
@pytest.mark.parametrize("query, expected", [
    ("首问责任制", "glossary.html"),
    ("纠正预防措施", "glossary.html"),
    ("退货", "glossary.html"),
    ("8D报告", "forms/eight-d-report.html"),
    ("纠正及预防措施记录表", "forms/corrective-preventive-action-record.html"),
])
def test_staff_terms_find_the_expected_page_first(staff, query, expected):
    assert first(search(staff, query)) == expected


@pytest.mark.browser
def test_a_number_with_its_unit_is_found_whole(staff, catalog):
    # "15个工作日": every result holds it as typed (highlighted whole), none reports a term missing.
    expected = pages_mentioning(catalog, "15个工作日") | {"deadlines.html"}
    results = search(staff, "15个工作日")
    assert first(results) in expected
    assert all(not r["missing"] for r in results)
    assert all(squash(m) == "15个工作日" for r in results for m in r["marked"])


@pytest.mark.browser
def test_a_glossary_result_opens_the_term_s_row(staff, server):
    results = search(staff, "首问责任制")
    assert results[0]["links"][1] == "glossary.html#term-首问责任制"
    staff.locator(".md-search-result__item").first.locator("a.md-search-result__link").nth(1).click()
    staff.wait_for_url(re.compile(r"glossary\.html.*#term-"))
    assert unquote(urlsplit(staff.url).fragment) == "term-首问责任制"
    row = staff.locator('[id="term-首问责任制"]')
    box = row.bounding_box()
    assert box is not None and 0 <= box["y"] < staff.viewport_size["height"]
    staff.goto(server)


@pytest.mark.browser
def test_search_finds_titles_from_a_shared_folder(built_site, browser):
    """Opened via file:// (no web server), the same worker runs in the iframe shim, with the same ranking."""
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto((built_site / "index.html").as_uri())
    assert first(search(page, "客户投诉处理单")) == "forms/customer-complaint-handling-slip.html"
    assert first(search(page, "8D报告")) == "forms/eight-d-report.html"
    page.close()
    assert all(urlsplit(u).scheme in ("file", "data", "blob", "about") for u in requested), requested


# --- the index ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def index(built_site) -> dict:
    return json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))


def test_each_glossary_term_is_an_entry_of_its_own(index, catalog):
    entries = {d["location"]: d for d in index["docs"] if d["location"].startswith("glossary.html")}
    for e in glossary(catalog):
        entry = entries.get(f"glossary.html#{e.anchor}")
        assert entry is not None, e.term
        assert entry["title"] == e.term
    # The page's own entry no longer holds the whole table.
    assert len(entries["glossary.html"]["text"]) < 500


def test_the_index_keeps_chinese_whole_and_leaves_out_the_blank_sheets(index):
    texts = [d["title"] + d["text"] for d in index["docs"]]
    assert not any("\u200b" in t for t in texts)  # no word segmentation to undo in the browser
    assert not any("☐" in t for t in texts)  # the printable sheets' boxes (data-search-exclude)


def test_excluded_blocks_are_left_out_with_what_they_nest():
    html = ('<p>前</p><div class="sheet" data-search-exclude><div>表单编号</div><div><div>☐</div></div></div>'
            '<p>后</p><figure data-search-exclude><svg></svg></figure><p>尾</p>')
    assert without_excluded(html) == "<p>前</p><p>后</p><p>尾</p>"


def test_glossary_rows_become_sections_with_their_anchors():
    html = ('<p>说明</p><table>\n<thead>\n<tr>\n<th>术语</th>\n<th>定义或出处</th>\n</tr>\n</thead>\n<tbody>\n'
            '<tr>\n<td><a class="anchor-target" id="term-回访"></a><strong>回访</strong></td>\n'
            '<td>未见定义；出现于：<a href="x.html#a">S12 记录要求</a></td>\n</tr>\n'
            '<tr>\n<td><a class="anchor-target" id="term-8d"></a><strong>8D</strong><br><small>又作：8D报告</small></td>\n'
            '<td>定义</td>\n</tr>\n</tbody>\n</table><p>后</p>')
    out = glossary_sections(html)
    assert "<table" not in out and out.startswith("<p>说明</p>") and out.endswith("<p>后</p>")
    assert '<h2 id="term-回访">回访</h2>' in out and '<h2 id="term-8d">8D</h2><p><br><small>又作：8D报告</small></p>' in out
