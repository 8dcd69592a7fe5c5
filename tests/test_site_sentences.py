"""Rules as sentences, and interpretations set apart: on the real site (`mkdocs build --strict`).

Each rule of a procedure page is one sentence put together from the rule's fields, in Chinese, followed by its
quote: no field ids, no checker vocabulary, no template placeholders. A note's "解释：" (the catalog's own reading
of the clause) shows as a labelled box under the rule, and as a marker on the card where the rule appears.
"""

from __future__ import annotations

import re
from html import unescape

import pytest

from checker import urls
from checker.catalog.coverage import RULE_KINDS
from checker.site.anchors import section_anchor
from checker.site.text import split_note
from test_site_build import built_site  # noqa: F401  (the module-scoped real site)

_H2 = re.compile(r'<h2 id="([^"]+)"')
_HIDDEN = re.compile(r"<(svg|script|style)\b.*?</\1>", re.S)


def sections(html: str) -> dict[str, str]:
    """A built page's h2 sections by anchor: the HTML from each heading to the next."""
    parts = _H2.split(html)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", _HIDDEN.sub(" ", html)))


def page(site, p) -> str:
    return (site / urls.html(urls.procedure_page(p.id))).read_text(encoding="utf-8")


def rule_blocks(html: str) -> dict[str, str]:
    """Each rule's block on the page, by rule id."""
    starts = list(re.finditer(r'<div class="rule" id="rule-([a-z0-9_]+)">', html))
    return {m[1]: html[m.start(): starts[k + 1].start() if k + 1 < len(starts) else len(html)]
            for k, m in enumerate(starts)}


def sentence(block: str) -> str:
    inner = re.search(r'<p class="rule-sentence">(.*?)</p>', block, re.S)[1]
    return unescape(re.sub(r"<[^>]+>", "", inner)).strip()


def test_rule_sections_speak_chinese_without_ids_or_placeholders(built_site, catalog):
    checked = 0
    for p in catalog.procedures.values():
        found = sections(page(built_site, p))
        for kind in RULE_KINDS:
            if not getattr(p, kind):
                continue
            words = text(found[section_anchor(kind)])
            # Latin that may stand in the documents' own text: codes (QHSE, VMI, S42) and item letters (4.1 d)).
            assert not re.search(r"[a-z]{2,}|_|[{}]", words), (p.id, kind, re.findall(r".{20}(?:[a-z]{2,}|_|[{}]).{20}", words))
            checked += len(getattr(p, kind))
    assert checked > 300   # every rule of the catalog is on a page (about 330 when written)


def test_every_rule_is_one_sentence_with_its_clause_and_quote(built_site, catalog):
    for p in catalog.procedures.values():
        blocks = rule_blocks(page(built_site, p))
        for kind in RULE_KINDS:
            for r in getattr(p, kind):
                block = blocks[r.id]
                said = sentence(block)
                assert said.endswith(f"（{r.source.clause or '原文'}）"), (p.id, r.id, said)
                assert f"原文{' ' + r.source.clause if r.source.clause else ''}</summary>" in block, (p.id, r.id)


# Sentences for known rules, as a person would say them (the catalog's S42 and S17).
PINNED = {
    "s42-telecom-user-appeals": {
        "reply_15_working_days": "「经营者受理用户投诉」后15个工作日内，电信业务经营者（被申诉人）完成「经营者答复用户」（第八条）",
        "settled_by_executed_agreement": "「申诉人与被申诉人已达成和解协议并执行」的，不予受理（第十条（二））",
        "appeal_to_national_center": "「被申诉人所在省（区、市）是否设立申诉受理机构」为“否”的，"
                                     "由全国电信用户申诉受理中心办理「申诉受理机构审查并受理申诉」（第九条）",
        "appeal_when_unsatisfied_or_no_reply": "「用户对经营者处理结果是否满意」为“不满意”，或者自「经营者受理用户投诉」"
                                               "至「经营者答复用户」超过15个工作日，或者「经营者答复用户」尚未办理的，"
                                               "由电信业务经营者（被申诉人）转由申诉受理机构处理（第八条）",
    },
    "s17-complaint-control-8d": {
        "verify_within_2h": "「受理客户投诉，书面转交品质部」后2小时内，品质部完成「核实问题点，主导原因调查分析」（5.2.1.1）",
        "quality_or_gm_verifies": "由品质部或总经理办理「核实问题点，主导原因调查分析」（5.1.1）",
        "reply_with_report": "到「回复客户并征询客户意见」之后，须填写「回复客户所用的报告」（5.5）",
    },
}


@pytest.mark.parametrize("procedure_id", sorted(PINNED))
def test_known_rules_read_as_pinned(built_site, catalog, procedure_id):
    blocks = rule_blocks(page(built_site, catalog.procedures[procedure_id]))
    for rule_id, expected in PINNED[procedure_id].items():
        assert sentence(blocks[rule_id]) == expected


# --- interpretations ----------------------------------------------------------------------------------

INTERPRETATION = re.compile(r'<div class="admonition interpretation"><p class="admonition-title">解释</p><p>(.*?)</p></div>',
                            re.S)


def test_interpretations_are_boxed_under_their_rule_and_marked_on_the_card(built_site, catalog):
    boxed = marked = 0
    for p in catalog.procedures.values():
        html = page(built_site, p)
        blocks = rule_blocks(html)
        interpreted = set()
        for kind in RULE_KINDS:
            for r in getattr(p, kind):
                note, reading = split_note(getattr(r, "note", None))
                found = INTERPRETATION.findall(blocks[r.id])
                assert len(found) == (1 if reading else 0), (p.id, r.id)
                if reading:
                    interpreted.add(urls.rule_anchor(r.id))
                    boxed += 1
                    # The box holds the reading, the plain note stays outside it.
                    assert not re.search(r"解释(（[^）]*）)?：", text(found[0]) + note), (p.id, r.id)
        card = re.search(r'<div class="complaint-card".*?</div>', html, re.S)
        marks = set(re.findall(r'<a class="interpretation-mark" href="#([^"]+)"', card[0] if card else ""))
        card_rules = set(re.findall(r'<a class="card-clause" href="#(rule-[^"]+)"', card[0] if card else ""))
        assert marks == card_rules & interpreted, p.id
        marked += len(marks)
    assert boxed > 50 and marked > 5, (boxed, marked)


def test_split_note():
    assert split_note("解释：按自然日计。") == ("", "按自然日计。")
    assert split_note("原文一句列了两种情形。解释：答复为空也算。") == ("原文一句列了两种情形。", "答复为空也算。")
    assert split_note("原文“二年”按24个月表示。") == ("原文“二年”按24个月表示。", "")
    assert split_note("见“解释：”一词") == ("见“解释：”一词", "")    # only at the start of a sentence
    assert split_note("计算：按自然日。解释（调解期间）：自申请起。解释（撤回）：不适用。") == (
        "计算：按自然日。", "调解期间：自申请起。\n撤回：不适用。")
    assert split_note(None) == ("", "")


@pytest.fixture(scope="module")
def server(built_site, serve):
    return serve(built_site)


@pytest.mark.browser
def test_interpretation_boxes_and_marks_print(server, browser, catalog):
    p = catalog.procedures["s17-complaint-control-8d"]
    page = browser.new_page()
    page.goto(server + urls.html(urls.procedure_page(p.id)))
    page.emulate_media(media="print")
    shown = page.evaluate("""() => [...document.querySelectorAll('.admonition.interpretation, .interpretation-mark')]
      .map(e => { const s = getComputedStyle(e), r = e.getBoundingClientRect();
                  return [e.className, s.display !== 'none' && r.width > 0 && r.height > 0,
                          parseFloat(s.borderLeftWidth) > 0, e.textContent.includes('解释')]; })""")
    page.close()
    assert {c.split()[-1] for c, *_ in shown} == {"interpretation", "interpretation-mark"}
    assert all(visible and border and label for _, visible, border, label in shown), shown
