"""MkDocs hooks: the thin adapter that hands the catalog's pages to MkDocs at build time.

Referenced from mkdocs.yml (`hooks:`). Loads and lints the catalog, adds the catalog's terms to jieba
(search segmentation), sets the navigation, and adds every rendered page as a generated file, so
nothing generated is ever written into docs/. Catalog problems are logged as warnings: `mkdocs build
--strict` fails on them, `mkdocs serve` shows them and goes on with what validates.
"""

from __future__ import annotations

import re
from pathlib import Path

import jieba
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files

from checker.catalog.lint import lint
from checker.site.glossary import search_words
from checker.site.render import Site, nav, pages

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
    if not config.nav:
        config.nav = nav(site)
    return config


# Case exports are personal data and never belong on the site: MkDocs would copy them from docs/ as-is.
CASE_DATA_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xls", ".json", ".jsonl", ".xml", ".xes", ".gz")


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for data in [f for f in files if f.src_uri.lower().endswith(CASE_DATA_SUFFIXES) and not f.generated_by]:
        log.warning("docs/%s 像是案件数据：不发布到网站（请移出 docs/）", data.src_uri)
        files.remove(data)
    for path, markdown in pages(_state["site"]).items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            log.warning("docs/%s 与生成的页面同名：生成的页面不应提交到 docs/，已以生成的为准", path)
            files.remove(existing)
        files.append(File.generated(config, path, content=markdown))
    return files


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
