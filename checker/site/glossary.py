"""The glossary: terms the catalog defines, plus the terms staff look up, each linked to where it is
defined or, when no procedure defines it, to where it is used. Nothing here defines a term itself.

Search indexes each term as an entry of its own (mkdocs_hooks.glossary_sections), linked to its row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..catalog.loader import Catalog
from ..catalog.model import Definition, Procedure
from .anchors import Item, heading_anchor, items
from .ordering import pinyin_key
from .text import split_label

# Terms staff look for (issue 3). Each is (term, other spellings the sources use).
LOOKED_UP: list[tuple[str, list[str]]] = [
    ("投诉", []),
    ("咨询", []),
    ("查询", []),
    ("障碍申告", []),
    ("有效投诉", []),
    ("重大投诉", []),
    ("严重性投诉", ["严重投诉"]),
    ("一般性投诉", ["一般投诉"]),
    ("首问责任制", ["首问负责制"]),
    ("8D", ["8D报告"]),
    ("纠正预防措施", ["纠正及预防措施", "纠正和预防措施", "预防和纠正措施"]),
    ("回访", []),
    ("退货", []),
    ("督办", []),
]

MAX_MENTIONS = 12


@dataclass
class Entry:
    term: str
    spellings: list[str]
    definitions: list[tuple[Procedure, Definition]] = field(default_factory=list)
    mentions: list[tuple[Procedure, Item]] = field(default_factory=list)
    more_mentions: int = 0

    @property
    def anchor(self) -> str:
        return "term-" + heading_anchor(self.term)


def _names(label: str) -> list[str]:
    """A defined term and its other names: 客户投诉（客诉、投诉） is 客户投诉, 客诉 and 投诉."""
    first, *others = split_label(label)
    return [first] + [name for other in others for name in other.split("、") if name]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


_last: list = []  # [(catalog, entries)]: the glossary page and the search words of one build share it


def glossary(catalog: Catalog) -> list[Entry]:
    if _last and _last[0][0] is catalog:
        return _last[0][1]
    result = _glossary(catalog)
    _last[:] = [(catalog, result)]
    return result


def _glossary(catalog: Catalog) -> list[Entry]:
    entries: dict[str, Entry] = {}

    def entry(term: str, spellings: list[str]) -> Entry:
        found = entries.get(term) or next((e for e in entries.values() if term in e.spellings), None)
        if found is None:
            found = entries[term] = Entry(term, [term])
        for s in spellings:
            if s not in found.spellings:
                found.spellings.append(s)
        return found

    for term, spellings in LOOKED_UP:
        entry(term, spellings)
    for p in catalog.procedures.values():
        for d in p.definitions:
            names = _names(d.term)
            entry(names[0], names).definitions.append((p, d))
    scanned = None  # each procedure's items with their squashed text, computed once for all terms
    for e in entries.values():
        if e.definitions:
            continue
        if scanned is None:
            scanned = [(p, [(i, _squash(i.text)) for i in items(p)]) for p in catalog.procedures.values()]
        for p, its in scanned:
            found = [i for i, text in its if any(s in text for s in e.spellings)]
            # A class of that name (分类：严重性投诉) says most about the term; else the first use.
            hit = next((i for i in found if any(i.label == f"分类：{s}" for s in e.spellings)), None) or next(
                iter(found), None)
            if hit is None:
                continue
            if len(e.mentions) < MAX_MENTIONS:
                e.mentions.append((p, hit))
            else:
                e.more_mentions += 1
    return sorted(entries.values(), key=lambda e: pinyin_key(e.term))
