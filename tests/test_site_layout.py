"""Flows and tables that fit the screen and the page, and pinyin ordering.

In chromium (Debian's, via Playwright) on the real site: every procedure's swimlane chart fits its column at
1440 px and 390 px, or scrolls in its own box with the lane names kept in view; no table is wider than the
column at 1440 px, and on a phone a wide table keeps its first column in view; a procedure printed to PDF keeps
the chart's labels at 7 pt or more (measured in the PDF), prints at 100 % (nothing too wide for the page) and
does not clip table text.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import pytest

from checker import urls
from checker.site.flow import LANE_W, MIN_SCALE, NO_END, NO_START, layout, wrap
from checker.site.ordering import pinyin_key
from checker.site.raci import raci_matrix
from test_site_build import built_site  # noqa: F401  (the module-scoped real site)

MD_HEADER_PX = 48          # Material's header, 2.4rem: sticky lane names sit under it


@pytest.fixture(scope="module")
def server(built_site, serve):
    return serve(built_site)


def drawn(catalog):
    return [p for p in catalog.procedures.values() if p.steps]


# --- line breaking and ordering (no browser) ---------------------------------------------------------

def test_wrapped_names_leave_no_lone_character_or_punctuation(catalog):
    names = {s.name for p in drawn(catalog) for s in p.steps} | {"品质部（责任品质部负责人）", "纠正及预防措施记录表》"}
    for name in names:
        lines = wrap(name, 7)
        assert "".join(lines) == name
        if len(lines) > 1:
            assert len(lines[-1]) >= 2, lines                        # not 处 / 理
            assert all(line[0] not in NO_START for line in lines[1:]), lines   # not 负责人 / ）
            assert all(line[-1] not in NO_END for line in lines[:-1]), lines


def test_chart_width_depends_on_the_lanes_not_on_the_steps(catalog):
    for p in drawn(catalog):
        flow = layout(catalog, p)
        assert flow.width == len(flow.lanes) * LANE_W, p.id


def test_pinyin_order():
    # Code-point order would be 保险 制造业 医疗器械 商业运营 家电 广电 (the review's finding).
    assert sorted(["保险", "制造业", "医疗器械", "商业运营", "家电", "广电"], key=pinyin_key) == [
        "保险", "广电", "家电", "商业运营", "医疗器械", "制造业"]
    # A character read two ways takes its word's reading: 重庆 chóng, 重大 zhòng; 行政 xíng, 银行 háng.
    assert sorted(["重大投诉", "重庆分公司", "长沙"], key=pinyin_key) == ["长沙", "重庆分公司", "重大投诉"]
    assert sorted(["银行", "行政部门"], key=pinyin_key) == ["行政部门", "银行"]
    # The tone breaks a tie of syllables; a shorter title first; numbers by value, before letters.
    assert sorted(["卖", "买"], key=pinyin_key) == ["买", "卖"]
    assert sorted(["物业管理", "物流配送", "物流"], key=pinyin_key) == ["物流", "物流配送", "物业管理"]
    assert sorted(["第10条", "第2条", "8D报告"], key=pinyin_key) == ["8D报告", "第2条", "第10条"]
    # Punctuation and full-width letters do not change the order; the text itself breaks the last tie.
    assert pinyin_key("客户投诉（ＧＬＺＤ194）")[0] == pinyin_key("客户投诉 GLZD194")[0]
    assert sorted(["客户投诉 GLZD194", "客户投诉（ＧＬＺＤ194）"], key=pinyin_key) == sorted(
        ["客户投诉（ＧＬＺＤ194）", "客户投诉 GLZD194"], key=pinyin_key)


# --- the chart on screen ----------------------------------------------------------------------------

CHART = """() => {
  const view = document.querySelector('.flow-view'), head = view.querySelector('.flow-head');
  const column = document.querySelector('.md-content__inner').getBoundingClientRect();
  const v = view.getBoundingClientRect(), svg = head.querySelector('svg').getBoundingClientRect();
  return {column: [column.left, column.right], view: [v.left, v.right, v.top, v.bottom],
          scroll: [view.scrollWidth, view.clientWidth, view.scrollHeight, view.clientHeight],
          overflow: getComputedStyle(view).overflowX, svgWidth: svg.width};
}"""

HEAD_AFTER = """() => {
  const view = document.querySelector('.flow-view'), head = view.querySelector('.flow-head');
  const h = head.getBoundingClientRect(), v = view.getBoundingClientRect();
  return {head: [h.left, h.right, h.top, h.bottom], view: [v.left, v.right, v.top, v.bottom]};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("width,height", [(1440, 900), (390, 844)])
def test_every_chart_fits_or_scrolls_with_its_lane_names_in_view(server, browser, catalog, width, height):
    page = browser.new_page(viewport={"width": width, "height": height})
    fits, boxed = [], []
    for p in drawn(catalog):
        flow = layout(catalog, p)
        page.goto(server + urls.html(urls.procedure_page(p.id)))
        c = page.evaluate(CHART)
        left, right = c["column"]
        assert left - 1 <= c["view"][0] and c["view"][1] <= right + 1, f"{p.id}: the chart's box leaves the column"
        scale = c["svgWidth"] / flow.width
        if c["scroll"][0] <= c["scroll"][1] + 1:
            # Fits: shrunk no further than MIN_SCALE; lane names stick under the page header while it scrolls.
            fits.append(p.id)
            assert scale >= MIN_SCALE - 0.01, f"{p.id}: drawn at {scale:.2f}"
            if c["view"][3] - c["view"][2] > height:
                page.evaluate(f"window.scrollBy(0, {c['view'][2] + (c['view'][3] - c['view'][2]) / 2})")
                after = page.evaluate(HEAD_AFTER)
                assert abs(after["head"][2] - MD_HEADER_PX) <= 2, f"{p.id}: lane names scrolled away"
        else:
            # Too wide: its own scroll box, drawn full size; at the far bottom right the lane names still top it.
            boxed.append(p.id)
            assert c["overflow"] == "auto" and scale >= 0.99, p.id
            page.evaluate("(() => { const v = document.querySelector('.flow-view');"
                          " v.scrollTop = v.scrollHeight; v.scrollLeft = v.scrollWidth; })()")
            after = page.evaluate(HEAD_AFTER)
            (hl, hr, ht, hb), (vl, vr, vt, vb) = after["head"], after["view"]
            assert abs(ht - vt) <= 2 and hb < vb and hl <= vl + 1 and hr >= vr - 1, f"{p.id}: lane names out of view"
    page.close()
    print(f"\n{width} px: {len(fits)} charts fit their column, {len(boxed)} scroll in their box: {boxed}")
    if width >= 1440:   # up to five lanes fit a desktop column unscaled; the review found 21 of 27 too wide
        assert all(len(layout(catalog, catalog.procedures[pid]).lanes) > 5 for pid in boxed), boxed


# --- tables on screen ------------------------------------------------------------------------------------

WIDE_TABLES = """() => {
  const column = document.querySelector('.md-content__inner').getBoundingClientRect();
  return [...document.querySelectorAll('.md-content__inner table:not(.flow)')].filter(t => {
    const r = t.getBoundingClientRect(), wrap = t.closest('.md-typeset__scrollwrap') || t;
    return r.right > column.right + 1 || t.scrollWidth > t.clientWidth + 1 || wrap.scrollWidth > wrap.clientWidth + 1;
  }).map(t => t.querySelector('tr').textContent.trim().replace(/\\s+/g, ' ').slice(0, 40));
}"""


@pytest.mark.browser
def test_no_table_is_wider_than_the_column_at_desktop_width(server, browser, catalog):
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    wide = {}
    for path in [urls.html(urls.procedure_page(pid)) for pid in catalog.procedures] + ["deadlines.html"]:
        page.goto(server + path)
        if found := page.evaluate(WIDE_TABLES):
            wide[path] = found
    page.close()
    assert not wide, wide


@pytest.mark.browser
def test_a_wide_table_on_a_phone_scrolls_with_its_first_column_in_view(server, browser, catalog):
    p = max(catalog.procedures.values(), key=lambda p: len(raci_matrix(p).columns))   # the widest RACI matrix
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(server + urls.html(urls.procedure_page(p.id)))
    raci = page.locator('table:not(.flow):has(th[style*="center"])').first
    scroller = raci.evaluate_handle("t => t.scrollWidth > t.clientWidth ? t : t.closest('.md-typeset__scrollwrap')")
    assert scroller.evaluate("s => s.scrollWidth > s.clientWidth"), "the matrix fits: nothing to test"
    scroller.evaluate("s => { s.scrollLeft = s.scrollWidth; }")
    first = raci.locator("tbody tr td").first.bounding_box()
    box = scroller.evaluate("s => s.getBoundingClientRect().left")
    assert abs(first["x"] - box) <= 2 and first["width"] >= 80, "the step names scrolled away"
    page.close()


# --- printing ------------------------------------------------------------------------------------------

@dataclass
class Text:
    page: int
    size: float      # font size on paper, pt
    scale: float     # pt per CSS px of the transformation in force: 0.75 when printed at 100 %
    colour: tuple
    x: float


_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_TOKEN = re.compile(rb"<<|>>|\[|\]|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|/[^\s/\[\]()<>{}%]+"
                    rb"|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'\"*]+\d?")


def _times(m, n):
    a, b, c, d, e, f = m
    return (a * n[0] + b * n[2], a * n[1] + b * n[3], c * n[0] + d * n[2], c * n[1] + d * n[3],
            e * n[0] + f * n[2] + n[4], e * n[1] + f * n[3] + n[5])


def pdf_text(data: bytes) -> tuple[list[Text], list[tuple[float, float]]]:
    """Every text-showing operator of a PDF printed by chromium, and each page's size: just enough PDF to
    follow the transformations (cm, q/Q, form XObjects), the font size (Tf, Tm, Td) and the fill colour (rg)."""
    objects = {}
    for m in _OBJECT.finditer(data):
        head, found, rest = m[2].partition(b"stream")
        body = rest.lstrip(b"\r\n").rsplit(b"endstream", 1)[0] if found else b""
        objects[int(m[1])] = (head, zlib.decompress(body) if b"/FlateDecode" in head else body)

    def xobjects(head: bytes) -> dict[bytes, int]:
        ref = re.search(rb"/Resources\s+(\d+) 0 R", head)
        resources = objects[int(ref[1])][0] if ref else head
        found = re.search(rb"/XObject\s*<<(.*?)>>", resources, re.S)
        return {n: int(o) for n, o in re.findall(rb"/([^\s/]+)\s+(\d+) 0 R", found[1])} if found else {}

    texts: list[Text] = []

    def run(content: bytes, names: dict, ctm, page: int) -> None:
        saved, args = [], []
        fill, tm, size = (0.0, 0.0, 0.0), (1, 0, 0, 1, 0, 0), 0.0
        for token in _TOKEN.findall(content):
            if not (token[:1].isalpha() or token in (b"'", b'"')):
                if token not in (b"[", b"]", b"<<", b">>"):
                    args.append(token)
                continue
            op, args = token, args[-6:]
            numbers = lambda k: [float(v) for v in args[-k:]]   # noqa: E731
            if op == b"q":
                saved.append((ctm, fill))
            elif op == b"Q" and saved:
                ctm, fill = saved.pop()
            elif op == b"cm":
                ctm = _times(tuple(numbers(6)), ctm)
            elif op == b"rg":
                fill = tuple(numbers(3))
            elif op == b"BT":
                tm = (1, 0, 0, 1, 0, 0)
            elif op == b"Tf":
                size = numbers(1)[0]
            elif op == b"Tm":
                tm = tuple(numbers(6))
            elif op in (b"Td", b"TD"):
                tm = _times((1, 0, 0, 1, *numbers(2)), tm)
            elif op in (b"Tj", b"TJ", b"'", b'"'):
                trm = _times(tm, ctm)
                texts.append(Text(page, size * abs(trm[0] * trm[3] - trm[1] * trm[2]) ** 0.5,
                                  abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]) ** 0.5, fill, trm[4]))
            elif op == b"Do" and args and args[-1][1:] in names:
                head, stream = objects[names[args[-1][1:]]]
                matrix = re.search(rb"/Matrix\s*\[([^\]]*)\]", head)
                form = tuple(map(float, matrix[1].split())) if matrix else (1, 0, 0, 1, 0, 0)
                run(stream, xobjects(head) or names, _times(form, ctm), page)
            args = []

    pages = [(n, h) for n, (h, _) in sorted(objects.items()) if re.search(rb"/Type\s*/Page(?![a-zA-Z])", h)]
    sizes = []
    for number, (_, head) in enumerate(pages):
        box = [float(v) for v in re.search(rb"/MediaBox\s*\[([^\]]*)\]", head)[1].split()]
        sizes.append((box[2] - box[0], box[3] - box[1]))
        refs = re.search(rb"/Contents\s*(\[[^\]]*\]|\d+ 0 R)", head)[1]
        content = b"".join(objects[int(r)][1] for r in re.findall(rb"(\d+) 0 R", refs))
        run(content, xobjects(head), (1, 0, 0, 1, 0, 0), number)
    return texts, sizes


def _rgb(hex_colour: str) -> tuple:
    return tuple(int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))


# The chart's text colours (checker/site/templates/flow.svg.j2): step names, form names, deadline labels,
# lane names. Nothing else on a page is drawn in them.
STEP_NAME, LANE_NAME = _rgb("#1a237e"), _rgb("#263238")
CHART_COLOURS = [STEP_NAME, _rgb("#00695c"), _rgb("#bf360c"), LANE_NAME]


def _is(colour, target) -> bool:
    return all(abs(a - b) < 0.003 for a, b in zip(colour, target))


PRINTED_TABLES = """() => {
  const column = document.querySelector('.md-content__inner').getBoundingClientRect();
  return [...document.querySelectorAll('.md-content__inner table:not(.flow)')].filter(t => {
    const clipped = [t, t.parentElement, t.parentElement.parentElement].some(e =>
      e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible');
    return clipped || t.getBoundingClientRect().right > column.right + 1;
  }).map(t => t.querySelector('tr').textContent.trim().replace(/\\s+/g, ' ').slice(0, 40));
}"""

A4_PORTRAIT_PX = round((210 - 2 * 25) / 25.4 * 96)    # Material's 25 mm page margins


@pytest.mark.browser
def test_printed_procedure_keeps_chart_labels_legible_and_tables_whole(server, browser, catalog):
    procedures = drawn(catalog)
    by = {  # the hardest cases for paper
        "most lanes": max(procedures, key=lambda p: len(layout(catalog, p).lanes)),
        "most rows": max(procedures, key=lambda p: len(layout(catalog, p).rows)),
        "widest RACI": max(procedures, key=lambda p: len(raci_matrix(p).columns)),
        "most deadlines": max(procedures, key=lambda p: len(p.deadlines)),
    }
    page = browser.new_page()
    for why, p in by.items():
        flow = layout(catalog, p)
        page.goto(server + urls.html(urls.procedure_page(p.id)))
        texts, sizes = pdf_text(page.pdf(format="A4", prefer_css_page_size=True))
        chart = [t for t in texts if any(_is(t.colour, c) for c in CHART_COLOURS)]
        names = [t for t in chart if _is(t.colour, STEP_NAME)]
        assert len(names) >= len(p.steps), f"{p.id} ({why}): the chart is not printed"
        smallest = min(t.size for t in chart)
        assert smallest >= 7, f"{p.id} ({why}): chart labels print at {smallest:.1f} pt"
        # Printed at 100 %: chromium shrinks every page when anything is too wide for the paper.
        assert {round(t.scale, 3) for t in texts} == {0.75}, f"{p.id} ({why}): printed shrunk"
        assert all(0 <= t.x <= sizes[t.page][0] for t in texts), f"{p.id} ({why}): text off the page"
        chart_pages = {t.page for t in names}
        # The lane names head every page the chart runs onto; a chart too wide for portrait gets landscape.
        assert chart_pages <= {t.page for t in chart if _is(t.colour, LANE_NAME)}, f"{p.id} ({why})"
        landscape = {sizes[n][0] > sizes[n][1] for n in chart_pages}
        assert landscape == {flow.print_orientation == "landscape"}, f"{p.id} ({why}): {landscape}"
        print(f"\n{p.id} ({why}): {len(sizes)} pages, chart on {len(chart_pages)}, labels >= {smallest:.1f} pt")
    # No table clipped on paper: laid out at the printed column width, none is cut off by its own box.
    page.set_viewport_size({"width": A4_PORTRAIT_PX, "height": 1000})
    page.emulate_media(media="print")
    for p in by.values():
        page.goto(server + urls.html(urls.procedure_page(p.id)))
        page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")  # as printed
        assert not page.evaluate(PRINTED_TABLES), p.id
    page.close()


# --- phones and paper: no page wider than its screen or its paper ---------------------------------------

@pytest.mark.browser
def test_no_procedure_page_is_wider_than_a_phone(server, browser, catalog):
    # Wide flows and tables scroll in their own boxes: the page itself never scrolls sideways.
    page = browser.new_page(viewport={"width": 390, "height": 844})
    wide = {}
    for p in catalog.procedures.values():
        page.goto(server + urls.html(urls.procedure_page(p.id)))
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 390:
            wide[p.id] = width
    page.close()
    assert not wide, wide


TOO_WIDE = """(width) => [...document.querySelectorAll('.md-content__inner *')].filter(e => {
  if (e.closest('.swimlane-figure, .complaint-card')) return false;   // measured by the tests above and in test_site_card
  const r = e.getBoundingClientRect(), s = getComputedStyle(e);
  const clipped = e.scrollWidth > e.clientWidth + 1 && s.overflowX !== 'visible' && e.clientWidth > 0;
  return r.width > 0 && (r.right > width + 1 || clipped);
}).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 30))"""


@pytest.mark.browser
def test_a_long_procedure_prints_with_nothing_wider_than_the_paper(server, browser, catalog):
    p = max(catalog.procedures.values(), key=lambda p: p.rule_count + len(p.steps) + len(p.unchecked))
    page = browser.new_page(viewport={"width": A4_PORTRAIT_PX, "height": 1000})
    page.goto(server + urls.html(urls.procedure_page(p.id)))
    page.emulate_media(media="print")
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")   # as printed
    assert page.evaluate(TOO_WIDE, A4_PORTRAIT_PX) == [], p.id
    texts, sizes = pdf_text(page.pdf(format="A4", prefer_css_page_size=True))
    page.close()
    assert {round(t.scale, 3) for t in texts} == {0.75}, f"{p.id}: printed shrunk"
    assert all(0 <= t.x <= sizes[t.page][0] for t in texts), f"{p.id}: text off the page"
    print(f"\n{p.id}: {len(sizes)} A4 pages")
