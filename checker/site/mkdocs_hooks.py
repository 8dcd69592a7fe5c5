"""MkDocs hooks: the thin adapter that hands the catalog's pages to MkDocs at build time.

Referenced from mkdocs.yml (`hooks:`). Loads and lints the catalog, adds the catalog's terms to jieba
(search segmentation), sets the navigation, and adds every rendered page as a generated file, so
nothing generated is ever written into docs/. Catalog problems are logged as warnings: `mkdocs build
--strict` fails on them, `mkdocs serve` shows them and goes on with what validates.
"""

from __future__ import annotations

import posixpath
import re
from html import unescape
from pathlib import Path
from urllib.parse import unquote

import jieba
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

from checker.catalog.lint import lint
from checker.site.glossary import search_words
from checker.site.render import Site, nav, pages
from checker.site.templating import lift_html, restore_html

log = get_plugin_logger("catalog")

_state: dict[str, Site] = {}


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
    jieba.setLogLevel(jieba.logging.WARNING)
    for word in search_words(site.catalog):
        jieba.add_word(word)
    _segments.clear()  # the dictionary may have changed (mkdocs serve rebuilds)
    jieba.cut = _cut
    if not config.nav:
        config.nav = nav(site)
    return config


# Material's search plugin segments every run of Chinese characters of every page with jieba.cut; the
# same runs recur on many pages (table headings, 未说明, role and step names, quotes shown on several
# pages), so remember each run's words. Same words as jieba gives: only the default mode is cached,
# and the cache is emptied whenever words are added to the dictionary (on_config).
_segments: dict[bytes | str, tuple[str, ...]] = {}


def _cut(sentence, cut_all=False, HMM=True, use_paddle=False):
    if cut_all or not HMM or use_paddle:
        return jieba.dt.cut(sentence, cut_all, HMM, use_paddle)
    words = _segments.get(sentence)
    if words is None:
        words = _segments[sentence] = tuple(jieba.dt.cut(sentence))
    return iter(words)


# Case exports are personal data and never belong on the site: MkDocs would copy them from docs/ as-is.
CASE_DATA_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xls", ".json", ".jsonl", ".xml", ".xes", ".gz")


def on_files(files: Files, config: MkDocsConfig) -> Files:
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


# Material's search worker segments a Chinese query with the words of the index, but its inner loop
# stops one character short of the query's end, so the whole query is never tried as one word:
# 首问责任制 becomes 首* 首问* 问* 责任* 任* and matches nearly every page. Fix that loop bound in the
# built copy of the worker (the installed package is untouched); if a Material update changes the
# code, the pattern no longer matches and search keeps Material's own behaviour.
_SEGMENT_LOOP = re.compile(r"for\(let (\w+)=(\w+)\+1;\1<(\w+)\.length;\1\+\+\)\3\.slice\(\2,\1\)in ")


def fix_segment_loop(code: str) -> tuple[str, int]:
    return _SEGMENT_LOOP.subn(lambda m: m[0].replace(f"{m[1]}<{m[3]}.length", f"{m[1]}<={m[3]}.length"), code)


def on_post_build(config: MkDocsConfig) -> None:
    workers = Path(config.site_dir) / "assets" / "javascripts" / "workers"
    for worker in workers.glob("search.*.min.js"):
        code, count = fix_segment_loop(worker.read_text(encoding="utf-8"))
        if count == 1:
            worker.write_text(code, encoding="utf-8")
        else:
            log.info("搜索分词修正未应用（Material 的搜索代码已变化）：%s", worker.name)
