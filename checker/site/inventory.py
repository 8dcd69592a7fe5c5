"""The source inventory (shared/SOURCES.md, S1–S48) and each document's status in the catalog."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..catalog.loader import Catalog
from ..catalog.model import Form, Procedure, inventory_order

KIND_NAMES = {"P": "制度/办法", "F": "表单/台账", "R": "报告/分析", "M": "元制度", "—": "非投诉处理文件", "?": "未知"}

NORMALIZED = "已规范化"
STUB = "存根"
NOT_PROCEDURE = "非制度"

_ROW = re.compile(r"^\|\s*(S\d+)\s*\|")
# A bracketed English gloss of the inventory (SOURCES.md is the maintainers' working list): ASCII only,
# with a letter; "(永旅發〔2012〕2號)" stays.
_GLOSS = re.compile(r"\s*\((?=[^)]*[A-Za-z])[\x20-\x7e–—…]*\)")


@dataclass
class Document:
    id: str
    kind: str
    title: str
    seed: str
    locator: str
    substance: str
    procedures: list[Procedure] = field(default_factory=list)
    forms: list[Form] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.kind != "P":
            return NOT_PROCEDURE
        if any(p.steps or p.rule_count for p in self.procedures):
            return NORMALIZED
        return STUB

    @property
    def shown_title(self) -> str:
        """The title as staff read it: without the inventory's English glosses ("(electronics)")."""
        return _GLOSS.sub("", self.title).strip() or self.title

    @property
    def order(self) -> tuple[bool, int]:
        return inventory_order(self.id)


def _cell(text: str) -> str:
    return text.strip().strip("`").strip()


def parse_sources(text: str) -> list[Document]:
    """Rows of the inventory table: | id | kind | document | seed file | locator | substance |."""
    documents = []
    for line in text.splitlines():
        if not _ROW.match(line):
            continue
        cells = [_cell(c) for c in line.strip().strip("|").split("|")]
        if len(cells) < 6:
            continue
        documents.append(Document(cells[0], cells[1], cells[2], cells[3], cells[4], " | ".join(cells[5:])))
    return documents


def inventory(catalog: Catalog, sources_md: Path | None) -> tuple[list[Document], str | None]:
    """Documents of SOURCES.md joined with the catalog; without the file, those the catalog names.

    Returns the documents and, when SOURCES.md could not be read, a note saying so.
    """
    note = None
    documents: list[Document] = []
    if sources_md is not None and sources_md.is_file():
        documents = parse_sources(sources_md.read_text(encoding="utf-8"))
    else:
        note = "构建时未找到 SOURCES.md（应在仓库旁的 shared/ 目录），下表只列出目录中引用的文档。"
    by_id = {d.id: d for d in documents}
    for p in catalog.procedures.values():
        sid = p.document.inventory_id
        if sid not in by_id:
            by_id[sid] = Document(sid, "P", p.document.title, p.document.seed, p.document.locator or "", "")
        by_id[sid].procedures.append(p)
    for f in catalog.forms.values():
        for sid in f.inventory_ids:
            if sid not in by_id:
                by_id[sid] = Document(sid, "?", sid, "", "", "")
            by_id[sid].forms.append(f)
    return sorted(by_id.values(), key=lambda d: d.order), note
