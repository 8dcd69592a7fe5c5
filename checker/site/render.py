"""Page renderers: plain functions from the catalog model to Markdown (with inline HTML/SVG).

`pages(site)` returns every generated page by its path under docs/, following `urls.py`; the MkDocs
hook only hands them to MkDocs. Links between pages are relative `.md` links where MkDocs can check
them, and relative `.html` links inside raw HTML (SVG, printed forms, and tables: templates write them
as pipe tables, `_render` turns them into HTML, see templating.html_tables; tests/test_site_build.py
checks every link and anchor of the built site).
"""

from __future__ import annotations

import json
import posixpath
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from markupsafe import Markup

from ..catalog.columns import ProcedureColumns
from ..catalog.loader import Catalog
from ..catalog.coverage import Summary, coverage, summary
from ..catalog.model import UNCHECKED_REASON_LABELS, Deadline, Procedure, Source, UncheckedReason, Unit
from ..deadlines import describe_counting
from ..checks import CHECKS, KINDS, compile_rules
from ..checks.base import condition_columns
from .. import urls
from .anchors import RULE_SECTIONS, SECTIONS, definition_anchor, section_anchor
from .card import NOT_NAMED, build_card, deadline_owner
from .flow import render_svg
from .forms import MARGIN_MM, sheet
from .glossary import glossary
from .inventory import KIND_NAMES, inventory
from .ordering import pinyin_key
from .raci import raci_matrix
from .sentences import sentence
from .templating import html_tables, markdown_env, md_escape
from .text import (
    AUTHORITIES, COLUMN_KINDS, FIELD_TYPES, FORM_KINDS, ROLE_KINDS, SEVERITIES, UNIT_ORDER, UNIT_WORDS,
    UNSPECIFIED, Wording, is_stub, missing_summary, period_text, procedure_titles, split_note, staff_words,
)

INDEX_PAGES = {
    "procedures": "procedures/index.md",
    "forms": "forms/index.md",
    "rules": "rules/index.md",
    "audit": "audit/index.md",
    "deadlines": "deadlines.md",
    "glossary": "glossary.md",
    "sources": "sources.md",
    "coverage": "coverage.md",
}

@dataclass
class Site:
    catalog: Catalog
    sources_md: Path | None = None     # shared/SOURCES.md, when it is beside the repository
    extra: dict = field(default_factory=dict)

    @cached_property
    def titles(self) -> dict[str, str]:
        """Each procedure's distinct, human title by id (text.procedure_titles)."""
        return procedure_titles(self.catalog.procedures.values())

    def title(self, p: Procedure) -> str:
        return self.titles.get(p.id, p.document.title)


@lru_cache(maxsize=65536)
def _relpath(target: str, start: str) -> str:
    return posixpath.relpath(target, start)


class Links:
    """Relative links from one page to the others."""

    def __init__(self, page: str, titles: dict[str, str] | None = None):
        self.page = page
        self.titles = titles or {}

    def url(self, target: str, anchor: str | None = None) -> Markup:
        path = _relpath(target, posixpath.dirname(self.page) or ".")
        return Markup(path + (f"#{anchor}" if anchor else ""))

    def md(self, text, target: str, anchor: str | None = None) -> Markup:
        return Markup(f"[{md_escape(text)}]({self.url(target, anchor)})")

    def html(self, target: str, anchor: str | None = None) -> Markup:
        return self.url(urls.html(target), anchor)

    def here(self, text, anchor: str) -> Markup:
        return Markup(f"[{md_escape(text)}](#{anchor})")

    def procedure(self, p: Procedure, anchor: str | None = None, text=None) -> Markup:
        return self.md(text or self.titles.get(p.id, p.document.title), urls.procedure_page(p.id), anchor)

    def form(self, catalog: Catalog, form_id: str) -> Markup:
        form = catalog.forms.get(form_id)
        if form is None:  # lint reports it; the page still says which form the source names
            return md_escape(f"《{form_id}》（未收录）")
        return self.md(f"《{form.title}》", urls.form_page(form_id))

    def form_html(self, catalog: Catalog, form_id: str) -> Markup:
        """The same link inside raw HTML (the card)."""
        form = catalog.forms.get(form_id)
        if form is None:
            return md_escape(f"《{form_id}》（未收录）")
        return Markup(f'<a href="{self.html(urls.form_page(form_id))}">{md_escape(f"《{form.title}》")}</a>')

    def sources(self, inventory_id: str) -> Markup:
        return self.md(inventory_id, INDEX_PAGES["sources"], inventory_id.lower())


def plain_title(text: str) -> str:
    """A title the theme may print unescaped (<title>, header, navigation): no markup characters."""
    return " ".join(text.translate(str.maketrans("<>&", "＜＞＆")).split())


# Search ranking: what staff look for first (procedures, terms) above what auditors look up.
SEARCH_BOOST = {"procedures/": 2, "glossary.md": 2, "audit/": 0.5, "rules/": 0.5}


# Left out of the search index: each procedure's audit-column page repeats the procedure's field and
# step names as a reference table for whoever maps an export; people searching for a term want the
# procedure page, which links to it (and audit/index.md stays searchable).
def search_excluded(page: str) -> bool:
    return page.startswith("audit/") and page != INDEX_PAGES["audit"]


def _front_matter(page: str, title: str | None) -> str:
    """Front matter: the page title (so MkDocs never derives it from catalog text) and its search boost."""
    lines = [f"title: {json.dumps(plain_title(title), ensure_ascii=False)}"] if title else []
    boost = next((b for prefix, b in SEARCH_BOOST.items() if page.startswith(prefix)), None)
    if search_excluded(page):
        lines.append("search:\n  exclude: true")
    elif boost is not None:
        lines.append(f"search:\n  boost: {boost}")
    return "---\n" + "\n".join(lines) + "\n---\n\n" if lines else ""


def _render(template: str, page: str, site: Site, title: str | None = None, **values) -> str:
    return _front_matter(page, title) + html_tables(markdown_env().get_template(template).render(
        site=site, catalog=site.catalog, link=Links(page, site.titles), urls=urls, SECTIONS=SECTIONS,
        title=site.title, INDEX_PAGES=INDEX_PAGES,
        section_anchor=section_anchor, definition_anchor=definition_anchor, KINDS=KINDS,
        FIELD_TYPES=FIELD_TYPES, FORM_KINDS=FORM_KINDS, ROLE_KINDS=ROLE_KINDS, AUTHORITIES=AUTHORITIES,
        SEVERITIES=SEVERITIES, COLUMN_KINDS=COLUMN_KINDS, UNSPECIFIED=UNSPECIFIED, Markup=Markup,
        RULE_SECTIONS=RULE_SECTIONS, UNCHECKED_REASON_LABELS=UNCHECKED_REASON_LABELS, **values,
    ))


# --- procedures -------------------------------------------------------------------------------

def counting_rule(p: Procedure, d: Deadline, words: Wording) -> str:
    """The deadline's counting rule in words, e.g. 自「受理」次日起算15个工作日…"""
    if d.period is None:
        text = f"不晚于「{words.field(d.due_field)}」所记时间"
        if d.tolerance is not None:
            text += (f"，超出{period_text(d.tolerance)}及以上即属违反" if d.bound_is_late
                     else f"，允许超出{period_text(d.tolerance)}")
        return text
    text = describe_counting(d.period, p.document.authority, d.includes_non_working_days,
                             start_label=f"「{words.event(d.start)}」")
    if d.bound_is_late:
        text += "；恰好到时限即属违反（“以上”含本数）"
    for k, e in enumerate(d.extensions):
        change = f"延长至{period_text(e.to)}" if e.to else f"{'再' if k else ''}延长{period_text(e.by)}"
        text += f"；{words.conditions(e.when)}的，{change}（{e.source.clause or '原文'}）"
    for pause in d.not_counted:
        text += (f"；{pause.what}（「{words.event(pause.from_)}」至「{words.event(pause.to)}」）的时间不计入"
                 f"（{pause.source.clause or '原文'}）")
    for r in d.restarts:
        before = "期限届满前" if r.within_period else ""   # a later record leaves the missed period missed
        text += f"；{before}有「{words.event(r.at)}」的，自该时起重新计算（{r.source.clause or '原文'}）"
    return text


def source_doc(site: Site, p: Procedure | None, s: Source) -> str:
    """A note under a quote taken from another document than the page's own. Staff know documents by
    title, not by the repository's source file names, so the note does not name the file."""
    if p is None or s.doc is None or s.doc == p.document.seed:
        return ""   # a form's quotes: the form page names its documents (出处)
    return "摘自另一份原文，不是本制度"


def procedure_page(site: Site, p: Procedure) -> str:
    page = urls.procedure_page(p.id)
    words = Wording(site.catalog, p)
    links = Links(page, site.titles)
    document = document_items(p)

    def counting(d: Deadline) -> str:
        return counting_rule(p, d, words)

    return _render(
        "procedure.md.j2", page, site, site.title(p), p=p, words=words,
        svg=Markup(render_svg(site.catalog, p)),
        raci=raci_matrix(p),
        counting=counting,
        cond=lambda conds, empty="": words.conditions(conds, empty),
        src=lambda s: source_doc(site, p, s),
        plain=words.plain,
        stub=is_stub(p),
        missing=words.plain(missing_summary(p.document.truncation_note)),
        card=build_card(site.catalog, p, words, counting), NOT_NAMED=NOT_NAMED,
        form_link=lambda form_id: links.form_html(site.catalog, form_id),
        forms_used=site.catalog.forms_of(p),
        form_steps={f: [s for s in p.steps if f in s.forms] for f in site.catalog.forms_of(p)},
        audit=links.md("本制度的审计字段", urls.audit_columns_page(p.id)),
        document_rows=[(label, value) for label, value in document if value],
        document_missing=[label for label, value in document if not value],
        filing=[(label, filing_cell(links, words, getattr(p.document.filing, key)))
                for key, label in FILING_ITEMS],
        period_text=period_text,
        owner=lambda d: deadline_owner(p, words, d) or UNSPECIFIED,
        sentence=lambda kind, rule: sentence(words, p, kind, rule),
        split_note=lambda rule: split_note(getattr(rule, "note", None)),   # numbering rules have none
        covered=Covered(coverage(p), summary(p)),
    )


@dataclass(frozen=True)
class Covered:
    """A procedure's obligations in clause order and their counts (checker/catalog/coverage.py)."""

    obligations: list
    summary: Summary

    @property
    def unchecked_total(self) -> int:
        return sum(self.summary.unchecked.values())


# Short column headings for the coverage overview; the full labels are the model's, in its legend.
UNCHECKED_SHORT = {
    UncheckedReason.periodic: "周期性工作",
    UncheckedReason.judgement: "需人工判断",
    UncheckedReason.not_recorded: "导出文件不记录",
    UncheckedReason.not_about_cases: "针对组织或人员",
}


def coverage_rows(catalog: Catalog) -> list[tuple[str, list[tuple[Procedure, Summary]]]]:
    """Each sector's procedures with their coverage counts, in the order of the procedure index."""
    return [(sector, [(p, summary(p)) for p in ps]) for sector, ps in by_sector(catalog).items()]


def document_items(p: Procedure) -> list[tuple[str, str | None]]:
    """Document control as (label, value); None where the source gives nothing."""
    d = p.document
    return [
        ("文件名称", d.title), ("发布单位", d.organisation), ("行业", d.sector),
        ("文件性质", AUTHORITIES[d.authority.value]), ("文件编号", d.number), ("版本", d.version),
        ("发布日期", d.issued), ("生效日期", d.effective), ("编制", d.prepared_by), ("审核", d.reviewed_by),
        ("批准", d.approved_by),
    ]


def filing_cell(links: Links, words: Wording, value: str) -> Markup:
    """Where a filing item is on the page: a section key (with the catalog's own words after it), or text."""
    if value == "unspecified":
        return md_escape(UNSPECIFIED)
    if value == "summary":      # the summary under the page's title
        return md_escape("页首概述")
    key, _, rest = value.partition("（")
    if key in SECTIONS:
        link = links.here(SECTIONS[key], section_anchor(key))
        return Markup(link + (md_escape("（" + words.plain(rest)) if rest else ""))
    return md_escape(words.plain(value))


FILING_ITEMS = [
    ("overview", "报备事项概述"),
    ("time_place_people", "时间、地点、涉及人员"),
    ("process_steps", "具体流程及操作步骤"),
    ("legal_basis", "相关法律法规、政策要求"),
    ("risk_measures", "风险评估及应对措施"),
    ("expected_effect", "预期效果及评估标准"),
]


# --- forms ------------------------------------------------------------------------------------

def form_page(site: Site, form_id: str) -> str:
    form = site.catalog.forms[form_id]
    page = urls.form_page(form_id)
    users = [(p, [s for s in p.steps if form_id in s.forms]) for p in site.catalog.procedures_using(form_id)]
    return _render(
        "form.md.j2", page, site, form.title, form=form, sheet=sheet(site.catalog, form), users=users,
        fields=[site.catalog.resolve_field(f) for f in form.fields], note=staff_words(form.note),
        src=lambda s: source_doc(site, None, s), margin=MARGIN_MM,
    )


# --- finding kinds and audit columns ------------------------------------------------------------

def kind_page(site: Site, slug: str) -> str:
    check = CHECKS[slug]
    page = urls.kind_page(slug)
    rules = [(p, SECTIONS[section], r) for p in site.catalog.procedures.values()
             for section in check.sections for r in getattr(p, section)
             if check.covers is None or check.covers(ProcedureColumns(site.catalog, p), r)]
    return _render("kind.md.j2", page, site, f"{check.kind.code} {check.kind.title}", kind=check.kind, rules=rules,
                   checks_rules=bool(check.sections))


def column_readers(catalog: Catalog, p: Procedure) -> dict[str, list[tuple[str, str]]]:
    """Which items read each case column: column id -> [(anchor, label)].

    A rule's columns are the ones its compiled query reads (what the audit skips it for when they are missing);
    steps' conditions and classifications read columns too, without being checked."""
    readers: dict[str, list[tuple[str, str]]] = defaultdict(list)

    def read(column: str, anchor: str, label: str) -> None:
        if (anchor, label) not in readers[column]:
            readers[column].append((anchor, label))

    columns = ProcedureColumns(catalog, p)
    for s in p.steps:
        for column in condition_columns(s.when, columns.column):
            read(column, urls.step_anchor(s.id), f"环节：{s.name}")
    for scheme in p.classifications:
        read(scheme.field, section_anchor("classifications"), f"分类：{scheme.title}")
    for rule in compile_rules(catalog, p):
        if rule.section is not None:
            for column in rule.needs:
                read(column, rule.link_anchor(), f"{SECTIONS[rule.section]}：{rule.title}")
    return readers


def audit_page(site: Site, p: Procedure) -> str:
    page = urls.audit_columns_page(p.id)
    columns = site.catalog.case_columns(p)
    fields = site.catalog.case_fields(p)
    return _render(
        "audit.md.j2", page, site, f"{site.title(p)}：审计字段", p=p, columns=columns, readers=column_readers(site.catalog, p), fields=fields,
        personal=site.catalog.is_personal, header=",".join(c.id for c in columns),
    )


# --- overview pages ---------------------------------------------------------------------------

NATIONAL_RULES = "国家法规"


def by_sector(catalog: Catalog) -> dict[str, list[Procedure]]:
    """Company and sector documents by sector; the national rules in force (L-numbers) first, in a group of their own."""
    groups: dict[str, list[Procedure]] = defaultdict(list)
    for p in sorted(catalog.procedures.values(), key=lambda p: p.document.inventory_order):
        groups[NATIONAL_RULES if p.document.inventory_id.startswith("L") else p.document.sector].append(p)
    return {sector: groups[sector] for sector in sorted(groups, key=lambda s: (s != NATIONAL_RULES, pinyin_key(s)))}


def deadline_rows(catalog: Catalog) -> list[dict]:
    """Every deadline of every procedure, shortest first within its unit."""
    rows = []
    for p in catalog.procedures.values():
        words = Wording(catalog, p)
        for d in p.deadlines:
            unit = d.period.unit if d.period else None
            rows.append({
                "p": p, "d": d, "who": deadline_owner(p, words, d) or UNSPECIFIED,
                "start": words.event(d.start) if d.start else words.field(d.due_field),
                "end": words.event(d.end), "period": period_text(d.period) or "约定时间",
                "counting": counting_rule(p, d, words), "unit": unit,
                "when": words.conditions(d.when),
            })
    order = {u: i for i, u in enumerate(UNIT_ORDER)}
    rows.sort(key=lambda r: (order.get(r["unit"], len(order)), (r["d"].period.amount or 0) if r["d"].period else 0,
                             r["p"].document.inventory_id))
    return rows


def unit_groups(rows: list[dict]) -> list[tuple[str, list[dict]]]:
    """Deadline rows grouped by the unit they count in, shortest units first."""
    groups: dict[str, list[dict]] = {}
    for r in rows:
        unit = r["unit"]
        if unit is None:
            title = "按约定时间"
        elif unit in (Unit.same_day, Unit.same_month):
            title = f"{UNIT_WORDS[unit]}完成"
        else:
            title = f"以{UNIT_WORDS[unit].removeprefix('个')}计"
        groups.setdefault(title, []).append(r)
    return list(groups.items())


def overview_pages(site: Site) -> dict[str, str]:
    c = site.catalog
    documents, inventory_note = inventory(c, site.sources_md)
    rows = deadline_rows(c)
    out = {
        INDEX_PAGES["procedures"]: _render("procedures_index.md.j2", INDEX_PAGES["procedures"], site,
                                           sectors=by_sector(c), stub=is_stub,
                                           summary=lambda p: Wording(c, p).plain(p.summary)),
        INDEX_PAGES["forms"]: _render("forms_index.md.j2", INDEX_PAGES["forms"], site,
                                      forms=sorted(c.forms.values(), key=lambda f: (f.kind, pinyin_key(f.title))),
                                      orientation=lambda f: sheet(c, f).orientation),
        INDEX_PAGES["deadlines"]: _render("deadlines.md.j2", INDEX_PAGES["deadlines"], site, rows=rows,
                                          groups=unit_groups(rows)),
        INDEX_PAGES["glossary"]: _render("glossary.md.j2", INDEX_PAGES["glossary"], site, entries=glossary(c)),
        INDEX_PAGES["sources"]: _render("sources.md.j2", INDEX_PAGES["sources"], site, documents=documents,
                                        note=inventory_note, kind_names=KIND_NAMES),
        INDEX_PAGES["coverage"]: _render("coverage.md.j2", INDEX_PAGES["coverage"], site, title="检查覆盖",
                                         sectors=coverage_rows(c), reasons=UNCHECKED_SHORT),
        INDEX_PAGES["rules"]: _render("rules_index.md.j2", INDEX_PAGES["rules"], site),
        INDEX_PAGES["audit"]: _render("audit_index.md.j2", INDEX_PAGES["audit"], site, sectors=by_sector(c)),
    }
    return out


RULE_EXAMPLES_PAGE = "rule-examples.md"


@dataclass(frozen=True)
class ShownExample:
    """A worked example of the rule language as its page shows it."""

    name: str
    title: str
    construct: str
    explanation: str
    procedure_yaml: str
    mapping: dict
    mapping_yaml: str
    as_of: str
    table: list[list[str]]          # the export: header, then rows
    expected: list[dict]
    rule_titles: dict[str, str]     # rule id -> title, as the findings name it


def rule_examples_page(site: Site) -> str:
    """The rule language's worked examples: the fixtures the tests audit (checker/rule_examples.py)."""
    import csv
    import io

    import yaml

    from ..rule_examples import load_examples

    shown = []
    for e in load_examples():
        own = Catalog({e.procedure.id: e.procedure}, site.catalog.forms, site.catalog.vocabulary)
        titles: dict[str, str] = {}
        for rule in compile_rules(own, e.procedure):
            titles.setdefault(rule.rule_id, rule.title)
        shown.append(ShownExample(
            e.name, e.title, e.construct, e.explanation, e.procedure_yaml, e.mapping,
            yaml.safe_dump(e.mapping, allow_unicode=True, sort_keys=False) if e.mapping else "",
            e.as_of, list(csv.reader(io.StringIO(e.export))), [{"title": None, **f} for f in e.expected], titles))
    return _render("rule_examples.md.j2", RULE_EXAMPLES_PAGE, site, title="规则写法示例", examples=shown,
                   code=code_spans)


def code_spans(text: str) -> Markup:
    """Text with its `backtick` spans as code, everything escaped."""
    parts = text.split("`")
    return Markup("".join(f"<code>{md_escape(part)}</code>" if k % 2 else md_escape(part)
                          for k, part in enumerate(parts)))


def pages(site: Site) -> dict[str, str]:
    """Every generated page: path under docs/ -> Markdown."""
    c = site.catalog
    out = overview_pages(site)
    out[RULE_EXAMPLES_PAGE] = rule_examples_page(site)
    for p in c.procedures.values():
        out[urls.procedure_page(p.id)] = procedure_page(site, p)
        out[urls.audit_columns_page(p.id)] = audit_page(site, p)
    for form_id in c.forms:
        out[urls.form_page(form_id)] = form_page(site, form_id)
    for slug in KINDS:
        out[urls.kind_page(slug)] = kind_page(site, slug)
    return out


def nav_title(site: Site, p: Procedure) -> str:
    """A procedure in the navigation: its title, and whether only its outline is kept."""
    return site.title(p) + ("（仅存提纲）" if is_stub(p) else "")


def nav(site: Site) -> list:
    """The navigation: hand-written pages around the generated ones, procedures grouped by sector."""
    c = site.catalog

    def titled(title: str, path: str) -> dict:
        return {plain_title(title): path}

    procedures = [INDEX_PAGES["procedures"]] + [
        {plain_title(sector): [titled(nav_title(site, p), urls.procedure_page(p.id)) for p in ps]}
        for sector, ps in by_sector(c).items()
    ]
    # grouped by kind like procedures by sector: a collapsed group is left out of every other page (navigation.prune)
    kinds: dict[str, list] = defaultdict(list)
    for f in sorted(c.forms.values(), key=lambda f: (f.kind, pinyin_key(f.title))):
        kinds[FORM_KINDS[f.kind]].append(titled(f.title, urls.form_page(f.id)))
    forms = [INDEX_PAGES["forms"]] + [{kind: entries} for kind, entries in kinds.items()]
    # Audit column pages and finding kinds are reached from their index pages: a nav entry per page
    # would be rendered into every page of the site and slow the build down.
    audit = [titled("审计字段", INDEX_PAGES["audit"]), titled("发现类型", INDEX_PAGES["rules"])]
    return [
        titled("首页", "index.md"),
        {"制度": procedures},
        {"表单": forms},
        titled("时限对比", INDEX_PAGES["deadlines"]),
        titled("术语表", INDEX_PAGES["glossary"]),
        titled("检查覆盖", INDEX_PAGES["coverage"]),
        titled("原文清单", INDEX_PAGES["sources"]),
        {"合规检查": [titled("审计你的导出文件", "audit-your-export.md"), titled("在浏览器中审计", "audit-in-browser.md"), *audit]},
        {"编写指南": [titled("编写指南", "authoring.md"), titled("规则写法示例", RULE_EXAMPLES_PAGE)]},
    ]

