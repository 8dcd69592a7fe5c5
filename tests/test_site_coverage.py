"""The coverage view (issue 16): each procedure's obligations in clause order, and which rule checks each or why
none can. The model (checker/catalog/coverage.py) on the whole catalog, and the pages of a real
`mkdocs build --strict`: every rule and every unchecked item once in its page's "检查覆盖" table, and the
overview's counts equal to the model's.
"""

from __future__ import annotations

import re
from html import unescape

from checker import urls
from checker.catalog.coverage import RULE_KINDS, clause_key, coverage, summary
from checker.catalog.model import UncheckedReason
from checker.site.render import INDEX_PAGES, UNCHECKED_SHORT
from test_site_build import built_site  # noqa: F401  (the module-scoped real site)


def test_clauses_sort_in_the_documents_order():
    clauses = ["第十条", "4.10", None, "第三条", "4.2", "第十条（一）", "第二十一条", "第九条第一款（二）"]
    assert sorted(clauses, key=clause_key) == [
        "第三条", "4.2", "4.10", "第九条第一款（二）", "第十条", "第十条（一）", "第二十一条", None]
    assert sorted(["第一百零五条", "第九十九条"], key=clause_key) == ["第九十九条", "第一百零五条"]


def test_coverage_lists_every_rule_and_unchecked_item_once_in_clause_order(catalog):
    for p in catalog.procedures.values():
        found = coverage(p)
        rules = [(kind, r.id) for kind in RULE_KINDS for r in getattr(p, kind)]
        assert sorted((o.checked_by.kind, o.checked_by.id) for o in found if o.checked_by) == sorted(rules), p.id
        assert sorted(o.unchecked_id for o in found if not o.checked_by) == sorted(u.id for u in p.unchecked), p.id
        keys = [clause_key(o.clause) for o in found]
        assert keys == sorted(keys), p.id
        s = summary(p)
        assert s.rules == len(rules) and sum(s.unchecked.values()) == len(p.unchecked)


def table_rows(section: str) -> list[str]:
    body = re.search(r"<tbody>(.*?)</tbody>", section, re.S)
    return re.findall(r"<tr>(.*?)</tr>", body[1], re.S) if body else []


def coverage_section(site, p) -> str:
    html = (site / urls.html(urls.procedure_page(p.id))).read_text(encoding="utf-8")
    return re.search(r'<h2 id="coverage">(.*?)(?=<h2 |$)', html, re.S)[1]


def test_each_page_lists_every_obligation_once_with_how_it_is_checked(built_site, catalog):
    listed = unlisted = 0
    for p in catalog.procedures.values():
        section = coverage_section(built_site, p)
        rows = table_rows(section)
        order = coverage(p)
        if not order:
            said = "留存的部分" if p.document.truncated else "尚未逐条列出"
            assert not rows and said in section, p.id
            unlisted += 1
            continue
        listed += 1
        assert len(rows) == len(order), p.id
        for row, o in zip(rows, order):   # one row per obligation, in clause order
            cells = re.findall(r"<td>(.*?)</td>", row, re.S)
            assert unescape(re.sub(r"<[^>]+>", "", cells[0])) == (o.clause or "—"), (p.id, o)
            shown = unescape(re.sub(r"<[^>]+>", "", cells[1]))
            assert re.sub(r"\s", "", shown) == re.sub(r"\s", "", o.quote), (p.id, o)   # line breaks become <br>
            if o.checked_by:
                assert re.findall(r'href="#(rule-[^"]+)"', cells[2]) == [urls.rule_anchor(o.checked_by.id)], (p.id, o)
            else:
                assert re.findall(r'id="(unchecked-[^"]+)"', cells[2]) == [f"unchecked-{o.unchecked_id}"], (p.id, o)
                assert "不能从导出文件检查" in cells[2]
        links = re.findall(r'href="#(rule-[^"]+)"', section)
        for kind in RULE_KINDS:
            for r in getattr(p, kind):
                assert links.count(urls.rule_anchor(r.id)) == 1, (p.id, r.id)
        for u in p.unchecked:
            assert section.count(f'id="unchecked-{u.id}"') == 1, (p.id, u.id)
    assert listed > 30, (listed, unlisted)


def test_overview_counts_equal_the_model(built_site, catalog):
    html = (built_site / urls.html(INDEX_PAGES["coverage"])).read_text(encoding="utf-8")
    rows = {m[1]: m[0] for m in re.finditer(r'<tr>\s*<td[^>]*><span class="index-title" data-procedure="([^"]+)">.*?</tr>',
                                             html, re.S)}
    assert set(rows) == set(catalog.procedures)
    for p in catalog.procedures.values():
        row = rows[p.id]
        assert f'href="{urls.html(urls.procedure_page(p.id))}#coverage"' in row, p.id
        cells = [unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        s = summary(p)
        if not s.listed:
            assert cells[1] == ("原文截断，留存部分无义务" if p.document.truncated else "尚未列出"), p.id
            continue
        counts = [s.unchecked[reason] for reason in UNCHECKED_SHORT]
        assert cells[1:] == [str(n) for n in [s.rules, *counts, sum(counts)]], p.id
    assert list(UNCHECKED_SHORT) == list(UncheckedReason)   # a column for every reason


def test_the_rule_language_examples_page_shows_each_fixture_with_its_findings(built_site):
    """The page 规则写法示例 is made from the fixtures the tests audit: each with its export and every finding."""
    from checker.rule_examples import load_examples
    from checker.site.render import RULE_EXAMPLES_PAGE

    html = (built_site / urls.html(RULE_EXAMPLES_PAGE)).read_text(encoding="utf-8")
    examples = load_examples()
    assert len(examples) >= 15
    for e in examples:
        section = re.search(rf'<h2 id="example-{e.name}">(.*?)(?=<h2 |$)', html, re.S)[1]
        assert f"审计应给出的全部发现（{len(e.expected)} 项）" in section, e.name
        text = unescape(re.sub(r"<[^>]+>", "", section))
        assert all(f["case"] in text for f in e.expected), e.name
        assert f"id: {e.procedure.id}" in text, e.name        # the procedure, as written in the fixture
