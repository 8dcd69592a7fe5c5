"""MkDocs hooks: the thin adapter that hands the catalog's pages to MkDocs at build time.

Referenced from mkdocs.yml (`hooks:`). Loads and lints the catalog, sets the navigation, and adds every
rendered page as a generated file, so nothing generated is ever written into docs/. Catalog problems are
logged as warnings: `mkdocs build --strict` fails on them, `mkdocs serve` shows them and goes on with
what validates. Search: what Material's search plugin indexes of a page (one entry per glossary term,
no excluded blocks), and our own search worker (docs/javascripts/search-worker.js) in place of Material's.
"""

from __future__ import annotations

import json
import posixpath
import re
import shutil
from html import unescape
from pathlib import Path
from urllib.parse import unquote

import material.plugins.search.plugin as material_search
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files

from checker.catalog.lint import lint
from checker.site.render import INDEX_PAGES, Site, nav, pages
from checker.site.templating import lift_html, restore_html

log = get_plugin_logger("catalog")

_state: dict[str, Site] = {}

SEARCH_WORKER = "javascripts/search-worker.js"  # ours, in place of Material's (on_post_build)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    here = Path(config.config_file_path).parent
    root = (here / str(config.extra.get("catalog_root") or ".")).resolve()
    report = lint(root)
    for problem in report.problems:
        log.warning("目录校验：%s", problem)
    sources_md = here.parent / "shared" / "SOURCES.md"
    if not sources_md.is_file():
        log.info("未找到 %s：原文清单页只列出目录中引用的文档", sources_md)
    site = Site(report.catalog, sources_md if sources_md.is_file() else None)
    _state["site"] = site
    # Our search worker matches Chinese as typed, so the index keeps the text whole: with jieba installed,
    # Material's plugin would split it into words that a query is not split into alike (issue 19).
    material_search.jieba = None
    if not config.nav:
        config.nav = nav(site)
    return config


# Case exports are personal data and never belong on the site: MkDocs would copy them from docs/ as-is.
CASE_DATA_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xls", ".json", ".jsonl", ".xml", ".xes", ".gz")


def on_files(files: Files, config: MkDocsConfig) -> Files:
    worker = files.get_file_from_path(SEARCH_WORKER)
    if worker is not None:
        files.remove(worker)  # published under the name of Material's worker instead
    for data in [f for f in files if f.src_uri.lower().endswith(CASE_DATA_SUFFIXES) and not f.generated_by]:
        log.warning("docs/%s 像是案件数据：不发布到网站（请移出 docs/）", data.src_uri)
        files.remove(data)
    _blocks.clear()
    for path, markdown in pages(_state["site"]).items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            log.warning("docs/%s 与生成的页面同名：生成的页面不应提交到 docs/，已以生成的为准", path)
            files.remove(existing)
        markdown, _blocks[path] = lift_html(markdown)
        files.append(File.generated(config, path, content=markdown))
    return files


# Raw HTML blocks of the generated pages (tables, flow SVG, printable forms) by page: Markdown only
# passes them through, so they skip it (templating.lift_html) and go back in here. Their ids are added
# to the page's anchors, and their links to the page's links, so that MkDocs still checks both
# (`validation:` in mkdocs.yml; --strict fails on a broken one) as it would in Markdown.
_blocks: dict[str, dict[str, str]] = {}
_HREF = re.compile(r'\shref="([^"]*)"')


def on_page_content(html: str, page, config: MkDocsConfig, files: Files) -> str:
    blocks = _blocks.get(page.file.src_uri)
    if not blocks:
        return html
    html, ids, missing = restore_html(html, blocks)
    for key in missing:
        log.warning("%s：生成的 HTML 块 %s 未能放回页面", page.file.src_uri, key)
    if page.present_anchor_ids is not None:
        page.present_anchor_ids |= ids
    _check_links(page, blocks.values(), files)
    return html


def _check_links(page, blocks, files: Files) -> None:
    by_dest = _state.get("by_dest")
    if by_dest is None or by_dest[0] is not files:
        by_dest = _state["by_dest"] = (files, {f.dest_uri: f for f in files})
    here = posixpath.dirname(page.file.dest_uri)
    for href in {h for block in blocks for h in _HREF.findall(block)}:
        path, _, anchor = unescape(href).partition("#")
        if ":" in path or path.startswith("/"):
            continue
        target = by_dest[1].get(posixpath.normpath(posixpath.join(here, path))) if path else page.file
        if target is None:
            log.warning("%s 的生成内容链接到 '%s'，但站点中没有这个文件", page.file.src_uri, href)
        elif anchor and page.links_to_anchors is not None and target.page is not None:
            page.links_to_anchors.setdefault(target, {}).setdefault(unquote(anchor), href)


# --- search ----------------------------------------------------------------------------------------

# What Material's search plugin reads of a page (its on_page_context): the page's content, with the
# blocks marked data-search-exclude left out (the plugin itself stops skipping one at the first nested
# element of the same tag: the blank form sheets were indexed) and, on the glossary, each term as a
# section of its own, so that a search for a term finds its row. The page itself is shown unchanged.
_shown: dict[str, str] = {}


@event_priority(50)  # before Material's search plugin
def _index_searchable_content(context, page, config, nav):
    searchable = without_excluded(page.content or "")
    if page.file.src_uri == INDEX_PAGES["glossary"]:
        searchable = glossary_sections(searchable)
    if searchable != page.content:
        _shown[page.file.src_uri] = page.content
        page.content = searchable
    return context


@event_priority(-50)  # after it
def _show_whole_content(context, page, config, nav):
    shown = _shown.pop(page.file.src_uri, None)
    if shown is not None:
        page.content = shown
    return context


on_page_context = CombinedEvent(_index_searchable_content, _show_whole_content)

_EXCLUDED = re.compile(r"<(\w+)\b[^>]*\sdata-search-exclude\b[^>]*>")


def without_excluded(html: str) -> str:
    """The HTML without its elements marked data-search-exclude (nested ones of the same tag included)."""
    kept, position = [], 0
    while (start := _EXCLUDED.search(html, position)) is not None:
        depth, end = 1, len(html)
        for tag in re.compile(rf"<(/?){start[1]}\b[^>]*>").finditer(html, start.end()):
            depth += -1 if tag[1] else 1
            if depth == 0:
                end = tag.end()
                break
        kept.append(html[position:start.start()])
        position = end
    return "".join(kept) + html[position:]


# A glossary row (templates/glossary.md.j2): the term's anchor and name, its other spellings, and what
# the catalog says of it.
_TERM_ROW = re.compile(
    r'<tr>\s*<td><a [^>]*\bid="(term-[^"]*)"[^>]*></a><strong>(.*?)</strong>(.*?)</td>\s*<td>(.*?)</td>\s*</tr>', re.S)


def glossary_sections(html: str) -> str:
    """The glossary's table of terms as one heading per term (with the row's anchor), then its text."""
    rows = list(_TERM_ROW.finditer(html))
    if not rows:
        return html
    start = html.rfind("<table", 0, rows[0].start())
    end = html.find("</table>", rows[-1].end()) + len("</table>")
    sections = "".join(f'<h2 id="{row[1]}">{row[2]}</h2><p>{row[3]}</p><p>{row[4]}</p>' for row in rows)
    return html[:start] + sections + html[end:]


@event_priority(-50)  # after Material's search plugin writes the index, before the offline plugin copies it
def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    install_search_worker(Path(config.docs_dir) / SEARCH_WORKER, site)
    install_browser_audit(site, _state["site"])
    index = site / "search" / "search_index.json"
    if index.is_file():  # Chinese as UTF-8, not \uXXXX escapes: half the size
        data = json.loads(index.read_text(encoding="utf-8"))
        index.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


BROWSER_AUDIT = "browser-audit"      # the in-browser audit's engine and data, beside docs/audit-in-browser.md
ENGINE = Path(__file__).resolve().parents[2] / "browser" / "dist"   # built by .ci/setup (npm run build)
# browser/package.json's build lists the files; pyodide/ (which runs checker mapping's guesser) is copied whole
ENGINE_FILES = ("app.js", "duckdb-browser-eh.worker.js", "duckdb-eh.wasm", "pyodide/pyodide.mjs")


def install_browser_audit(site_dir: Path, site: Site) -> None:
    """The engine (from browser/dist) and, per procedure, the plan the page runs (checker/site/browser_audit.py)."""
    from checker.deadlines import WorkCalendar
    from checker.mapping_guess.browser import sources
    from checker.site.browser_audit import procedure_bundle, shared_bundle

    target = site_dir / BROWSER_AUDIT
    missing = [name for name in ENGINE_FILES if not (ENGINE / name).is_file()]
    if missing:
        log.warning("浏览器审计引擎未构建（缺 browser/dist/%s）：请先运行 bash .ci/setup", "、".join(missing))
        return
    (target / "data").mkdir(parents=True, exist_ok=True)
    for name in ENGINE_FILES[:3]:
        shutil.copyfile(ENGINE / name, target / name)
    shutil.copytree(ENGINE / "pyodide", target / "pyodide", dirs_exist_ok=True)
    catalog = site.catalog

    def write(name: str, data: dict) -> None:
        (target / "data" / name).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    write("shared.json", shared_bundle(catalog, WorkCalendar.statutory()))
    (target / "data" / "guesser.zip").write_bytes(sources())     # checker mapping's guesser, run by Pyodide
    for procedure in catalog.procedures.values():
        write(f"{procedure.id}.json", procedure_bundle(catalog, procedure))


def install_search_worker(worker: Path, site: Path) -> None:
    """Our search worker under the name of Material's: the theme starts it from there, over http(s) and
    via file:// (docs/javascripts/iframe-worker.js) alike."""
    targets = list((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    if len(targets) != 1:
        log.warning("未找到 Material 的搜索 worker（%d 个）：搜索仍用 Material 自带的", len(targets))
        return
    code = worker.read_text(encoding="utf-8")
    targets[0].write_text(code, encoding="utf-8")
    for stale in targets[0].parent.glob(targets[0].name + ".map"):
        stale.unlink()  # the source map of Material's code
