"""The "接到投诉后" card at the top of every procedure page, procedures named by distinct human titles, and
staff pages free of repository words. The card's content is checked on the fixture catalog (answers worked
out by hand); its place on the first screen and its one-page A4 print view in chromium on the real site.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

import pytest

from checker import urls
from checker.catalog.model import Deadline, Period, Source, Unit
from checker.site.card import build_card, deadline_words
from checker.site.render import Site, counting_rule, nav, procedure_page
from checker.site.text import Wording, is_stub, procedure_titles
from test_site_build import built_site, pdf_pages  # noqa: F401  (the module-scoped real site)

SEED_FILE = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")
PLACEHOLDER = re.compile(r"\{[A-Za-z_]+\}")


def card_of(catalog, p):
    words = Wording(catalog, p)
    return build_card(catalog, p, words, lambda d: counting_rule(p, d, words))


# --- the card's content (fixture) ---------------------------------------------------------------------

def test_card_says_who_receives_who_handles_each_class_and_the_forms(fx, flow_p):
    card = card_of(fx, flow_p)
    [receive] = card.receive
    assert (receive.who, receive.clause, receive.anchor) == ("受理台 & <窗口>", "第六条", "step-receive")
    [scheme] = card.schemes
    handlers = {c.label: [(h.who, h.clause) for h in c.handlers] for c in scheme.classes}
    # 严重性投诉: the routing rule (第十一条) and the escalation (第十六条) both name 分管领导: once, with the first
    # 一般性投诉: only the step 结案归档 is limited to it
    assert handlers == {"严重性投诉": [("分管领导", "第十一条")], "一般性投诉": [("处理部门", "第十条")]}
    assert card.handling == []          # both rules are shown under their class
    assert [f.form_id for f in card.forms] == ["fx-slip", "fx-ledger"]
    assert card.forms[0].steps == ["受理并登记 <u>下划线</u>"]
    assert card.not_accepted == 1


def test_card_states_each_deadline_in_plain_words_with_its_clause(fx, flow_p):
    lines = card_of(fx, flow_p).deadlines
    assert [(line.period, line.who, line.clause) for line in lines] == [
        ("2小时", "处理部门", "第十二条"),
        ("15个工作日", "受理台 & <窗口>", "第十三条"),
        ("3天", "处理部门", "第十四条"),    # no role of its own: whoever does 结案归档, the step due
    ]
    assert lines[0].what == "「受理并登记 <u>下划线</u>」后2小时内完成「调查处理」"
    assert lines[2].what == "「受理时间」后3天内完成「结案归档」"
    # the page's counting wording, with the start the line above already names written as 起算事件
    assert lines[1].detail == ("自起算事件次日起算15个工作日，周末和法定节假日不计，调休上班日计入，"
                               "至第15个工作日24:00止")
    assert "含非工作日" in lines[2].detail


def test_same_day_month_and_agreed_deadlines_in_words(fx, flow_p):
    words = Wording(fx, flow_p)

    def deadline(**values):
        return Deadline(id="d", title="t", end="handle", source=Source(quote="原文"), **values)

    assert deadline_words(words, deadline(start="receive", period=Period(unit=Unit.same_day))) == \
        "「受理并登记 <u>下划线</u>」当天完成「调查处理」"
    assert deadline_words(words, deadline(start="receive", period=Period(unit=Unit.same_month))) == \
        "「受理并登记 <u>下划线</u>」当月内完成「调查处理」"
    assert deadline_words(words, deadline(due_field="received_at")) == "按「受理时间」所记的约定时间完成「调查处理」"


def test_card_comes_before_everything_else_and_document_control_last(fx, flow_p):
    md = procedure_page(Site(fx), flow_p)
    headings = re.findall(r"^## (.+?)(?: \{.*\})?$", md, re.M)
    assert headings[0] == "接到投诉后" and headings[-1] == "文件信息"
    top = md[: md.index("## 接到投诉后")]
    assert top.count("原文不完整") == 1 and "admonition" not in top     # one short line, not a box
    card = md[md.index('<div class="complaint-card"'): md.index("</div>", md.index('<div class="complaint-card"'))]
    for clause in ("第十二条", "第十三条", "第十四条", "第六条", "第十一条"):
        assert f"（{clause}）</a>" in card
    assert 'href="../forms/fx-slip.html"' in card and "data-print-card" in card
    assert "<script>" not in card and "<u>" not in card          # catalog text stays text


def test_stub_page_says_only_the_outline_is_kept(fx):
    stub = fx.procedures["s902-fixture-minimal"]
    assert is_stub(stub)
    md = procedure_page(Site(fx), stub)
    assert "接到投诉后" not in md and "只留存了提纲" in md
    assert 'href="../sources.html#s902"' in md
    labels = [label for group in nav(Site(fx)) for value in group.values() if isinstance(value, list)
              for sector in value if isinstance(sector, dict) for items in sector.values()
              for item in items for label in item]
    assert "仅有标题的测试制度（仅存提纲）" in labels


# --- titles and staff wording (real catalog) ------------------------------------------------------------

def test_every_procedure_has_a_distinct_human_title(catalog):
    titles = procedure_titles(catalog.procedures.values())
    assert len(set(titles.values())) == len(catalog.procedures)
    by_number = {p.document.inventory_id: titles[p.id] for p in catalog.procedures.values()}
    assert len({by_number["S4"], by_number["S6"], by_number["S8"]}) == 3
    assert len({by_number["S38"], by_number["S44"]}) == 2
    s38 = catalog.by_inventory_id("S38").document
    assert by_number["S38"] == s38.organisation + s38.title       # the issuer tells them apart
    assert by_number["S8"] == "客户投诉管理制度（ZRMS3003）"     # no issuer: the document number does
    s24 = catalog.by_inventory_id("S24").document
    assert by_number["S24"] == s24.title                          # its title names the issuer already


def test_catalog_notes_are_worded_for_staff(fx, flow_p):
    # The catalog's notes are written by its maintainers: ids and repository words become the page's words.
    plain = Wording(fx, flow_p).plain
    assert plain("记录内容见 requirements。") == "记录内容见记录要求。"
    assert plain("起算于受理（receive_at），由 content_required 报告") == "起算于受理，由「必须记录投诉内容」报告"
    assert plain("见 handle_by；severity 为 serious") == "见「调查处理」的办理人；「投诉等级」为“严重性投诉”"
    assert plain("种子文本在此中断，接上S10。标题取自SOURCES.md") == "原文在此中断。标题取自原文清单"
    assert plain("PCB 产品，E-mail 投诉，编号 zz98/8.3") == "PCB 产品，E-mail 投诉，编号 zz98/8.3"   # not ids
    # another document by its title, not its inventory number; a number the catalog lacks stays
    assert plain("与 S902 第三条相同；见 S902《仅有标题的测试制度》；S903") == \
        "与《仅有标题的测试制度》第三条相同；见《仅有标题的测试制度》；S903"


# --- the real site in chromium --------------------------------------------------------------------------

class ArticleText(HTMLParser):
    """The text of a built page's article, without inline SVG and styles."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._in, self._skip = False, 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self._in |= tag == "article"
        self._skip += tag in ("svg", "style", "script")

    def handle_endtag(self, tag):
        self._in &= tag != "article"
        self._skip -= tag in ("svg", "style", "script")

    def handle_data(self, data):
        if self._in and not self._skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.parts)


# An item id or a model key as the catalog writes them ("received_at", "summary", "routing"): not a word
# of any staff page. Upper-case abbreviations (PCB, QHSE, RACI) and form numbers (zz98) are the documents' own.
CATALOG_ID = re.compile(r"(?<![A-Za-z0-9_./-])[a-z]{3,}(?:_[a-z0-9]+)*(?![A-Za-z0-9_])")


def test_procedure_pages_show_no_repository_words(built_site, catalog):
    for pid in catalog.procedures:
        text = ArticleText((built_site / urls.html(urls.procedure_page(pid))).read_text(encoding="utf-8")).text
        assert not SEED_FILE.search(text), pid
        assert "种子" not in text, pid
        assert not PLACEHOLDER.search(text), (pid, PLACEHOLDER.findall(text))
        assert not re.search(r"见 ?(routing|requirements|eligibility|escalation|deadlines)\b", text), pid
        assert "审计时读取的列" not in text, pid
        assert not CATALOG_ID.findall(text), (pid, CATALOG_ID.findall(text))   # S35 报备要素 said "summary"


def test_staff_overviews_and_forms_show_no_repository_words(built_site, catalog):
    # The review found SOURCES.md's English working notes on 原文清单 ("cls (quality / non-quality)", "dl",
    # "ret") and 种子 in a form's note. A form's 字段说明 lists field codes on purpose (for mapping exports).
    overviews = ["index.html", "procedures/index.html", "forms/index.html", "sources.html", "deadlines.html",
                 "glossary.html", "coverage.html"]
    forms = [urls.html(urls.form_page(f)) for f in catalog.forms]
    for page in overviews + forms:
        html = (built_site / page).read_text(encoding="utf-8")
        html = html.split('<h2 id="审计人员如何使用">')[0].split('<h2 id="字段说明">')[0]   # the auditors' part
        text = ArticleText(html).text
        assert not SEED_FILE.search(text) and "种子" not in text and "SOURCES.md" not in text, page
        assert not PLACEHOLDER.search(text), (page, PLACEHOLDER.findall(text))
        assert not CATALOG_ID.findall(text), (page, CATALOG_ID.findall(text)[:10])
        if page in ("deadlines.html", "glossary.html", "coverage.html", "forms/index.html"):
            # procedures by their human titles, not the inventory's numbers (the glossary said "S42 被申诉人")
            assert not re.findall(r"(?<![A-Za-z0-9])[SL]\d{1,2}(?![0-9])", text), page


@pytest.fixture(scope="module")
def server(built_site, serve):
    return serve(built_site)


def with_card(catalog):
    return [p for p in catalog.procedures.values() if not is_stub(p)]


@pytest.mark.browser
@pytest.mark.parametrize("width, height", [(1440, 900), (390, 844)])
def test_card_is_on_the_first_screen_with_its_deadlines(server, browser, catalog, width, height):
    page = browser.new_page(viewport={"width": width, "height": height})
    measured = {}
    for p in with_card(catalog):
        page.goto(server + urls.html(urls.procedure_page(p.id)))
        heading = page.locator("h2.card-heading").bounding_box()
        first_line = page.locator(".complaint-card dd").first.bounding_box()
        measured[p.document.inventory_id] = round(first_line["y"] + first_line["height"])
        if p.rule_count:
            # the heading and the first answer (who receives) are on the screen as the page opens
            assert heading["y"] < first_line["y"] and first_line["y"] + first_line["height"] <= height, \
                (p.id, width, first_line)
        if p.deadlines:
            # and by when: the first deadline, whole, with its period and clause
            deadline = page.locator(".complaint-card .card-deadlines > li").first.bounding_box()
            assert deadline["y"] + deadline["height"] <= height, (p.id, width, deadline)
        card = unescape(page.locator(".complaint-card").inner_text())
        for d in p.deadlines:
            assert f"（{d.source.clause or '原文'}）" in card, (p.id, d.id)
        assert len(page.locator(".complaint-card .card-deadlines > li").all()) == len(p.deadlines), p.id
    page.close()
    print(f"\n{width}px: bottom of the card's first answer, px from the top: {measured}")


@pytest.mark.browser
def test_print_card_button_prints_the_card_alone_on_one_a4_page(server, browser, catalog):
    page = browser.new_page()
    page.add_init_script("window.print = () => { window.__printed = document.documentElement.className; };")
    for p in with_card(catalog):
        page.goto(server + urls.html(urls.procedure_page(p.id)))
        page.click("[data-print-card]")
        assert "print-card" in page.evaluate("window.__printed"), p.id
        sizes = pdf_pages(page.pdf(prefer_css_page_size=True, print_background=True))
        assert len(sizes) == 1, f"{p.id}: the card prints on {len(sizes)} pages"
        assert [round(v / 72 * 25.4) for v in sizes[0]] == [210, 297], p.id
        page.evaluate("window.dispatchEvent(new Event('afterprint'))")
        assert "print-card" not in page.evaluate("document.documentElement.className"), p.id
    page.close()


@pytest.mark.browser
def test_print_view_holds_the_card_and_nothing_else(server, browser, catalog):
    page = browser.new_page()
    p = max(with_card(catalog), key=lambda p: len(p.deadlines))
    page.goto(server + urls.html(urls.procedure_page(p.id)))
    page.evaluate("document.documentElement.classList.add('print-card')")
    page.emulate_media(media="print")
    visible = page.evaluate("""() => [...document.querySelectorAll('.md-content__inner > *')]
        .filter(e => getComputedStyle(e).display !== 'none').map(e => e.className)""")
    assert visible == ["complaint-card"]
    assert page.locator(".card-print-title").is_visible()
    assert not page.locator(".card-actions").is_visible()
    page.close()


@pytest.mark.browser
@pytest.mark.parametrize("width, height", [(1440, 900), (390, 844)])
def test_from_the_home_page_to_the_card_in_two_clicks(server, browser, catalog, width, height):
    # The test: a new staff member, on the home page, finds the procedure for their complaint and reads
    # what to do and by when without scrolling. The home page's first section says how, with the link.
    p = catalog.by_inventory_id("S42")
    title = procedure_titles(catalog.procedures.values())[p.id]
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(server)
    start = page.locator("article h2").first
    assert start.inner_text().startswith("接到投诉后"), start.inner_text()
    link = page.locator("article ol a", has_text="制度（按行业）").first
    box = link.bounding_box()
    assert box["y"] + box["height"] <= height, "the way in is below the first screen"
    link.click()
    page.wait_for_url("**/procedures/index.html")
    page.locator(f"article a:text-is('{title}')").first.click()
    page.wait_for_url("**/" + urls.html(urls.procedure_page(p.id)).rsplit("/", 1)[1])
    deadline = page.locator(".complaint-card .card-deadlines > li").first
    assert deadline.is_visible() and "15个工作日" in deadline.inner_text()
    bottom = deadline.bounding_box()
    assert bottom["y"] + bottom["height"] <= height
    page.close()


@pytest.mark.browser
@pytest.mark.parametrize("width, height", [(1440, 900), (390, 844)])
def test_a_form_page_opens_on_its_sheet(server, browser, catalog, width, height):
    # The note on how a sheet was drawn from the source is folded: the sheet's title is on the first screen.
    page = browser.new_page(viewport={"width": width, "height": height})
    low = {}
    for f in catalog.forms.values():
        page.goto(server + urls.html(urls.form_page(f.id)))
        title = page.locator(".form-sheet .form-title").bounding_box()
        if title["y"] + title["height"] > height:
            low[f.id] = round(title["y"])
    page.close()
    assert not low, low
