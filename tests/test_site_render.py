"""Site renderers tested alone: swimlane geometry, RACI, tables, escaping, inventory, glossary, forms.

Most tests run on a fixture catalog (tests/fixtures/site/catalog) whose answers were worked out by hand;
the flow and RACI invariants also run on every procedure of the real catalog.
"""

from __future__ import annotations

import re
from html import unescape
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from pymdownx.slugs import slugify

from checker.catalog import load_catalog
from checker.deadlines import describe_counting
from checker.checks import KINDS
from checker import urls
from checker.site.anchors import SECTIONS, section_anchor
from checker.site.flow import LANE_W, layout, render_svg, wrap
from checker.site.forms import LANDSCAPE_H, REGISTER_FIXED_MM, orientation, sheet
from checker.site.glossary import glossary
from checker.site.inventory import NORMALIZED, NOT_PROCEDURE, STUB, inventory, parse_sources
from checker.site.raci import raci_matrix
from checker.site.render import (
    Site, audit_page, column_readers, deadline_rows, form_page, nav, pages, plain_title, procedure_page,
)
from checker.site.templating import html_tables, lift_html, md_escape, restore_html
from checker.site.text import UNASSIGNED

FIXTURE = Path(__file__).parent / "fixtures" / "site" / "catalog"
SVG = "{http://www.w3.org/2000/svg}"


def to_html(md_text: str) -> str:
    """Markdown as MkDocs renders it here (same extensions as mkdocs.yml)."""
    body = md_text.split("---\n", 2)[2] if md_text.startswith("---\n") else md_text
    return markdown.markdown(
        body,
        extensions=["toc", "admonition", "pymdownx.details", "attr_list", "tables", "md_in_html"],
        extension_configs={"toc": {"slugify": slugify(case="lower")}},
    )


class Tags(HTMLParser):
    """Element names, ids and text of an HTML fragment."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[str] = []
        self.ids: list[str] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.ids += [v for k, v in attrs if k == "id"]

    def handle_data(self, data):
        self.text.append(data)


# --- swimlane ---------------------------------------------------------------------------------

def parse_svg(svg: str):
    """The chart's lane header and its bands (all windows onto one drawing, so coordinates are shared)."""
    root = ET.fromstring(svg)
    lanes = {}
    for g in root.iter(f"{SVG}g"):
        if g.get("class") == "lane-head":
            rect = g.find(f"{SVG}rect")
            label = "".join(g.find(f"{SVG}text").itertext())
            lanes[g.get("data-lane")] = (float(rect.get("x")), float(rect.get("width")), label)
    boxes = {}
    for g in root.iter(f"{SVG}g"):
        if g.get("class") == "step":
            rect = g.find(f"{SVG}a/{SVG}rect")
            assert g.get("data-step") not in boxes, "a box drawn in two bands"
            boxes[g.get("data-step")] = tuple(float(rect.get(k)) for k in ("x", "y", "width", "height"))
    edges = {}
    for path in root.iter(f"{SVG}path"):
        if "edge" in (path.get("class") or "").split():
            edges[(path.get("data-from"), path.get("data-to"))] = path.get("d")
    labels = {}
    for g in root.iter(f"{SVG}g"):
        if g.get("class") == "deadline-label":
            labels[(g.get("data-from"), g.get("data-to"))] = "".join(g.find(f"{SVG}text").itertext())
    return root, lanes, boxes, edges, labels


def check_flow(catalog, procedure):
    """Every step sits inside its owner's lane; every next and every step-to-step deadline is drawn."""
    svg = render_svg(catalog, procedure)
    _, lanes, boxes, edges, labels = parse_svg(svg)
    assert set(boxes) == {s.id for s in procedure.steps}
    for step in procedure.steps:
        x, y, w, h = boxes[step.id]
        lane_x, lane_w, label = lanes[step.role or ""]
        assert lane_x <= x and x + w <= lane_x + lane_w, f"{step.id} drawn outside lane {step.role!r}"
        if step.role is None:
            assert label == UNASSIGNED
        else:
            assert label == "".join(wrap(procedure.role(step.role).name, 99))
        for nxt in step.next:
            d = edges.get((step.id, nxt))
            assert d, f"no arrow {step.id} -> {nxt}"
            numbers = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", d)]
            (sx, sy), (ex, ey) = numbers[:2], numbers[-2:]
            for (px, py), box in (((sx, sy), boxes[step.id]), ((ex, ey), boxes[nxt])):
                bx, by, bw, bh = box
                assert bx - 1 <= px <= bx + bw + 1 and by - 1 <= py <= by + bh + 1, "arrow end off its box"
    step_ids = {s.id for s in procedure.steps}
    for d in procedure.deadlines:
        if d.start in step_ids and d.end in step_ids and d.period:
            assert (d.start, d.end) in edges, f"deadline {d.id} has no arrow"
            assert (d.start, d.end) in labels
    # Lanes are columns side by side, left to right; the chart is as wide as its lanes, however many steps.
    spans = sorted((x, x + w) for x, w, _ in lanes.values())
    assert all(a[1] <= b[0] + 0.01 for a, b in zip(spans, spans[1:]))
    flow = layout(catalog, procedure)
    assert flow.width == pytest.approx(spans[-1][1]) and flow.width == len(lanes) * LANE_W
    # The chart reads top to bottom, a row at a time: each box inside its row, rows one below the other.
    for box in flow.boxes.values():
        top, bottom = flow.rows[box.rank]
        assert top <= box.y and box.y + box.h <= bottom
    for a, b in zip(flow.rows, flow.rows[1:]):
        assert a[1] < b[0]
    return lanes, boxes, edges, labels


def test_fixture_flow_lanes_arrows_and_deadline_labels(fx, flow_p):
    lanes, boxes, edges, labels = check_flow(fx, flow_p)
    assert set(lanes) == {"desk", "office", ""}          # roles that own steps, plus 未明确 for `review`
    assert lanes[""][2] == UNASSIGNED
    assert ("review", "handle") in edges                  # the cycle's back edge is drawn too
    assert labels[("receive", "handle")] == "2小时"      # label on an existing next arrow
    assert labels[("receive", "reply")] == "15个工作日"  # no next arrow: a deadline arrow carries it
    svg = render_svg(fx, flow_p)
    assert 'class="edge edge-deadline" data-from="receive" data-to="reply"' in svg
    assert "《测试处理单" in svg                              # form named on its step's box
    assert "<script>" not in svg and "&lt;script&gt;" in svg  # catalog text is escaped


def test_flow_rows_follow_next(fx, flow_p):
    flow = layout(fx, flow_p)
    rank = {k: b.rank for k, b in flow.boxes.items()}
    assert rank["receive"] < rank["handle"] < rank["review"] < rank["reply"]


def test_real_catalog_flows(catalog):
    drawn = [p for p in catalog.procedures.values() if p.steps]
    assert drawn, "the catalog has no procedure with steps"
    for procedure in drawn:
        check_flow(catalog, procedure)


# --- RACI ---------------------------------------------------------------------------------------

def test_fixture_raci_known_answer(flow_p):
    raci = raci_matrix(flow_p)
    assert raci.columns == [("desk", "受理台 & <窗口>"), ("office", "处理部门"), ("leader", "分管领导"), ("", UNASSIGNED)]
    cells = {step.id: row for step, row in raci.rows}
    assert cells["receive"] == {"desk": "R", "leader": "A", "office": "I"}
    assert cells["handle"] == {"office": "R", "desk": "C", "leader": "C"}
    assert cells["review"] == {"": "R"}
    assert cells["reply"] == {"desk": "R"}
    assert raci.idle == ["未参与的角色"]


def test_raci_accountable_and_responsible_share_a_cell():
    catalog = load_catalog(FIXTURE)
    p = catalog.procedures["s901-fixture-flow"].model_copy(deep=True)
    p.steps[0].accountable = "desk"
    cells = dict((s.id, row) for s, row in raci_matrix(p).rows)
    assert cells["receive"]["desk"] == "R/A"


def test_real_catalog_raci_matches_steps(catalog):
    for p in catalog.procedures.values():
        raci = raci_matrix(p)
        keys = [k for k, _ in raci.columns]
        for step, row in raci.rows:
            assert "R" in row[step.role or ""].split("/")
            if step.accountable:
                assert "A" in row[step.accountable].split("/")
            for letter, roles in (("C", step.consulted), ("I", step.informed)):
                for r in roles:
                    assert letter in row[r].split("/")
            assert set(row) <= set(keys)


# --- procedure page -------------------------------------------------------------------------------

def test_procedure_page_anchors_follow_urls_contract(fx, flow_p):
    md = procedure_page(Site(fx), flow_p)
    ids = Tags(to_html(md)).ids
    for name in ("routing", "deadlines", "eligibility", "escalation", "numbering", "requirements"):
        for rule in getattr(flow_p, name):
            assert ids.count(urls.rule_anchor(rule.id)) == 1, rule.id
    for step in flow_p.steps:
        assert ids.count(urls.step_anchor(step.id)) == 1, step.id
    for key in ("document", "purpose", "scope", "definitions", "classifications", "roles", "flow", "steps",
                "raci", "routing", "deadlines", "eligibility", "escalation", "numbering", "requirements", "forms"):
        assert section_anchor(key) in ids, SECTIONS[key]
    assert "时限" in ids  # Chinese headings keep readable anchors


def test_procedure_page_escapes_catalog_text(fx, flow_p):
    html = to_html(procedure_page(Site(fx), flow_p))
    parsed = Tags(html)
    for tag in ("script", "img", "b", "i", "u"):
        assert tag not in parsed.tags, tag
    text = "".join(parsed.text)
    assert "<script>alert('title')</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "[链接](http://example.com)" in text and "`代码`" in text
    assert "http://example.com" not in re.findall(r'href="([^"]+)"', html)


def test_truncated_warning_comes_first(fx, flow_p):
    md = procedure_page(Site(fx), flow_p)
    body = md.split("\n# ", 1)[1]
    assert body.index("原文不完整") < body.index("\n## ")


def test_every_item_has_its_quote_one_click_away(fx, flow_p):
    html = to_html(procedure_page(Site(fx), flow_p))
    quotes = re.findall(r'<details class="quote"><summary>原文 ([^<]*)</summary><span class="quote-text">“([^”]*)”',
                        html)
    shown = {(unescape(clause), unescape(q)) for clause, q in quotes}
    catalog_sources = [s for key, _, s in fx.sources if key == "procedure:s901-fixture-flow"]
    assert len(catalog_sources) == 20  # every Source in the fixture procedure
    for s in catalog_sources:
        assert (s.clause, s.quote) in shown


def test_deadline_table_states_counting_rules(fx, flow_p):
    md = procedure_page(Site(fx), flow_p)
    for d in flow_p.deadlines:
        start = flow_p.step(d.start).name if flow_p.step(d.start) else "受理时间"
        expected = describe_counting(d.period, flow_p.document.authority, d.includes_non_working_days,
                                     start_label=f"「{start}」")
        assert md_escape(expected) in md
    assert "含非工作日" in md and "调休上班日计入" in md


def test_conditions_are_written_in_words(fx, flow_p):
    md = procedure_page(Site(fx), flow_p)
    assert "「投诉等级」为“严重性投诉”" in md
    assert "「投诉等级」为“一般性投诉”" in md


# --- other pages ----------------------------------------------------------------------------------

def test_pages_cover_the_url_contract(fx):
    out = pages(Site(fx))
    for pid in fx.procedures:
        assert urls.procedure_page(pid) in out and urls.audit_columns_page(pid) in out
    for fid in fx.forms:
        assert urls.form_page(fid) in out
    for slug in KINDS:
        assert urls.kind_page(slug) in out
    in_nav = set()

    def walk(items):
        for item in items:
            for value in item.values() if isinstance(item, dict) else [item]:
                walk(value) if isinstance(value, list) else in_nav.add(value)

    walk(nav(Site(fx)))
    hand_written = {page.name for page in (Path(__file__).resolve().parent.parent / "docs").glob("*.md")}
    assert {"index.md", "authoring.md", "audit-your-export.md"} <= hand_written
    assert in_nav <= set(out) | hand_written


def test_audit_page_lists_every_column_and_its_readers(fx, flow_p):
    md = audit_page(Site(fx), flow_p)
    codes = {unescape(c) for c in re.findall(r"<code>([^<]*)</code>", to_html(md))}
    assert {column.id for column in fx.case_columns(flow_p)} <= codes
    readers = {c: [a for a, _ in r] for c, r in column_readers(fx, flow_p).items()}
    assert readers["handle_by"] == ["rule-serious_to_leader"]
    assert set(readers["receive_at"]) == {"rule-handle_in_2h", "rule-reply_in_15_workdays"}
    # the escalation asks for the record a requirement already asks for: the audit checks it once, as that
    # requirement, and the page says what the audit reads (tests/test_site_render.py::test_audit_pages_list_…)
    assert set(readers["review_at"]) == {"rule-review_required_when_serious"}
    assert set(readers["complaint_no"]) == {"rule-number_format"}
    assert section_anchor("classifications") in readers["severity"]
    assert "step-close" in readers["severity"]          # a step's `when` reads it too


def test_audit_pages_list_every_column_every_compiled_rule_reads(catalog):
    """The whole catalog: a rule skipped for a missing column is listed on that column's row, so an auditor who
    maps an export from this page gets every rule checked (S42's 第十条 rules read accept_appeal_at)."""
    from checker.checks import compile_rules

    for p in catalog.procedures.values():
        html = to_html(audit_page(Site(catalog), p))
        rows = {unescape(m.group(1)): m.group(2)
                for m in re.finditer(r"<tr>\s*<td><code>([^<]*)</code>(.*?)</tr>", html, re.S)}
        for rule in compile_rules(catalog, p):
            if rule.section is None:
                continue
            for column in rule.needs:
                assert f"#{rule.link_anchor()}" in rows[column], (p.id, rule.rule_id, column)
    s42 = catalog.procedures["s42-telecom-user-appeals"]
    readers = {a for a, _ in column_readers(catalog, s42)["accept_appeal_at"]}
    assert {"rule-fee_dispute_over_5_months", "rule-other_appeal_over_2_years", "rule-already_mediated",
            "rule-settled_by_executed_agreement"} <= readers


def test_deadline_comparison_orders_units(fx):
    rows = deadline_rows(fx)
    assert [r["period"] for r in rows] == ["2小时", "15个工作日", "3天"]


def test_form_page_has_print_button_sheet_and_field_table(fx):
    md = form_page(Site(fx), "fx-slip")
    assert "data-print>打印空白表单</button>" in md
    assert "@page { size: A4 portrait" in md
    html = to_html(md)
    codes = {unescape(c) for c in re.findall(r"<code>([^<]*)</code>", html)}
    assert {f.id for f in fx.forms["fx-slip"].fields} <= codes
    assert html.count("☐") >= 2 + 1 + 2                  # options, the checkbox, multichoice options
    assert "<script>" not in html and "<b>" not in html
    ledger = form_page(Site(fx), "fx-ledger")
    assert "@page { size: A4 landscape" in ledger
    assert ledger.count('<tr><td class="form-no">') == 12


def test_form_sheet_layout(fx):
    s = sheet(fx, fx.forms["fx-slip"])
    assert s.orientation == "portrait" and not s.register
    for section in s.sections:
        for row in section.rows:
            assert sum(c.span for c in row) == 12
    assert s.sections[1].tall_rows == 3                  # content, measures, result are long text
    ledger = sheet(fx, fx.forms["fx-ledger"])
    assert ledger.orientation == "landscape" and ledger.register
    assert REGISTER_FIXED_MM + ledger.rows * ledger.row_mm <= LANDSCAPE_H


def test_registers_print_landscape_in_real_catalog(catalog):
    for form in catalog.forms.values():
        if form.kind == "register" or any(w in form.title for w in ("台账", "统计表", "清单")):
            assert orientation(form) == "landscape", form.id


def test_titles_for_the_theme_have_no_markup():
    assert plain_title("a <b>&</b>\nc") == "a ＜b＞＆＜/b＞ c"


def test_md_escape():
    out = md_escape("<x> | *y* _z_ [a](b) `c` {#d}\nnext")
    assert "<x>" not in out and "|" not in out and "*" not in out and "`" not in out and "[" not in out
    assert out.endswith("<br>next")


# --- inventory, glossary, search words ------------------------------------------------------------

def test_sources_md_is_parsed_into_48_documents(fx):
    path = Path(__file__).resolve().parents[2] / "shared" / "SOURCES.md"
    if not path.is_file():
        pytest.skip("../shared/SOURCES.md is not beside the repository")
    docs = parse_sources(path.read_text(encoding="utf-8"))
    assert [d.id for d in docs] == [f"S{i}" for i in range(1, 49)]
    assert all(d.seed and d.locator for d in docs)


def test_inventory_statuses_and_fallback(fx, tmp_path):
    sources = tmp_path / "SOURCES.md"
    sources.write_text(
        "| id | kind | document | seed file | locator | substance |\n|---|---|---|---|---|---|\n"
        "| S901 | P | 测试 | 000 | `测试` | steps |\n| S902 | P | 仅标题 | 000 | `x` | title only |\n"
        "| S903 | R | 报告 | 000 | `y` | stats |\n| S904 | P | 未录入 | 000 | `z` | roles |\n",
        encoding="utf-8",
    )
    docs, note = inventory(fx, sources)
    status = {d.id: d.status for d in docs}
    assert note is None
    assert status == {"S901": NORMALIZED, "S902": STUB, "S903": NOT_PROCEDURE, "S904": STUB}
    docs, note = inventory(fx, None)
    assert note and {d.id for d in docs} == {"S901", "S902"}


def test_glossary_links_definitions_and_mentions(fx):
    entries = {e.term: e for e in glossary(fx)}
    first = entries["首问责任制"]
    assert "首问负责制" in first.spellings
    assert [d.id for _, d in first.definitions] == ["first_contact"]
    serious = entries["严重性投诉"]
    assert not serious.definitions and serious.mentions
    for p, item in serious.mentions:
        assert "严重性投诉" in item.text
    md = pages(Site(fx))["glossary.md"]
    # No definition is written by the site: a term's row holds catalog definitions, or says it has none.
    rows = re.findall(r"<tr>\n<td><a .*?</tr>", md, re.S)  # tables are written as HTML (templating.html_tables)
    assert len(rows) == len(entries)
    for e in entries.values():
        row = next(r for r in rows if f'id="{e.anchor}"' in r)
        if e.definitions:
            assert all(md_escape(d.text) in row for _, d in e.definitions)
        else:
            assert "未见定义" in row or "目录中暂未出现" in row


# --- tables as HTML, and raw HTML blocks kept out of Markdown --------------------------------------------

def _squeeze(html: str) -> str:
    return re.sub(r"\n+", "\n", html).strip()


def test_html_tables_match_what_markdown_makes_of_the_pipe_tables():
    text = ("# T\n\n| a | **b** | c |\n|---|:---:|---:|\n"
            "| [x](../forms/f.md#q) | <br>1 &#42; 2 | [y](#here) |\n| only |\n\npara\n\n| h |\n|---|\n\nend\n")
    converted = html_tables(text)
    assert "| a |" not in converted and '<a href="../forms/f.html#q">x</a>' in converted
    assert _squeeze(to_html(converted)) == _squeeze(to_html(text).replace("../forms/f.md#q", "../forms/f.html#q"))
    with pytest.raises(ValueError):
        html_tables("| a |\n|---|\n| *stray* |\n")


def test_pages_render_the_same_with_their_html_blocks_lifted_out(fx, flow_p):
    for md in (procedure_page(Site(fx), flow_p), form_page(Site(fx), "fx-slip"), audit_page(Site(fx), flow_p)):
        lifted, blocks = lift_html(md)
        assert blocks and "<table>" not in lifted and "<svg" not in lifted
        html, ids, missing = restore_html(to_html(lifted), blocks)
        assert not missing
        assert _squeeze(html) == _squeeze(to_html(md))
        assert ids <= set(Tags(html).ids)
    procedure_ids = restore_html("", lift_html(procedure_page(Site(fx), flow_p))[1])[1]
    assert {urls.rule_anchor(r.id) for r in flow_p.deadlines} <= procedure_ids   # anchors MkDocs can check


def test_blocks_markdown_must_see_are_not_lifted():
    # A heading (the table of contents) or Markdown inside md_in_html must stay for Markdown to convert
    for block in ('<div markdown="1">\n**bold**\n</div>', '<div class="x">\n<h2 id="a">A</h2>\n</div>'):
        text = f"# T\n\n{block}\n\nend\n"
        assert lift_html(text) == (text, {})
    assert lift_html("# T\n\n<div class=\"x\">\n<p>y</p>\n</div>\n")[1]   # a plain block is lifted


def test_kind_pages_show_the_message_in_words_not_template_fields(fx):
    from checker.checks import KINDS
    from checker.site.render import kind_page

    for slug, kind in KINDS.items():
        md = kind_page(Site(fx), slug)
        message = re.search(r'<pre class="kind-message">(.*?)</pre>', md, re.S).group(1)
        assert "{" not in message and "［" in message, (slug, message)
