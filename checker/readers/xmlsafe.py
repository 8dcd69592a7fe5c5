"""Opening XML and XES safely: no DOCTYPE, no entity expansion, no network, no unbounded trees.

Exports never need a DOCTYPE; every XML attack on a reader (billion laughs, external entities reading local
files or URLs, external DTDs) needs one. So a DOCTYPE before the root element is refused outright, before
the parser sees the file. The parser is configured defensively as well (entities not resolved, DTDs not
loaded, network off, `huge_tree` off) in case anything slips past that check.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from lxml import etree

from .base import ExportError

PROLOG_BYTES = 1 << 20
GZIP_MAGIC = b"\x1f\x8b"

PARSER_OPTIONS = dict(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)


def is_gzip(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == GZIP_MAGIC


def open_xml(path: Path):
    """A binary stream of the document, decompressing `.gz` transparently."""
    return gzip.open(path, "rb") if is_gzip(path) else open(path, "rb")


def _prolog_text(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "replace")
    if head[:2] == b"<\x00":
        return head.decode("utf-16-le", "replace")
    if head[:2] == b"\x00<":
        return head.decode("utf-16-be", "replace")
    return head.decode("latin-1")  # markup is ASCII in every ASCII-compatible encoding


def check_prolog(path: Path) -> None:
    """Refuse a document that declares a DOCTYPE (and so could declare entities or fetch a DTD)."""
    try:
        with open_xml(path) as stream:
            head = stream.read(PROLOG_BYTES)
    except (OSError, EOFError, zlib.error) as err:
        raise ExportError(path, message=f"无法读取文件（{err}）") from None
    text = _prolog_text(head).lstrip("\ufeff")
    i = 0
    while True:
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        if text.startswith("<?", i):
            end = text.find("?>", i)
            i = end + 2 if end >= 0 else -1
        elif text.startswith("<!--", i):
            end = text.find("-->", i)
            i = end + 3 if end >= 0 else -1
        elif text.startswith("<!", i):
            line = text.count("\n", 0, i) + 1
            raise ExportError(path, line, message="文件含有 DOCTYPE 声明（可定义实体或引用外部 DTD），"
                                                  "出于安全考虑拒绝读取；导出文件不需要 DOCTYPE，请去掉后再试")
        else:
            return  # the root element, or not XML at all: the parser will say which
        if i < 0:
            raise ExportError(path, message="文件开头的声明或注释过长，无法确认是否安全，拒绝读取")


def iterparse(stream, **kwargs):
    return etree.iterparse(stream, **PARSER_OPTIONS, **kwargs)


def local(tag) -> str:
    """`{namespace}name` -> `name`; comments and processing instructions have no string tag."""
    name = _LOCAL.get(tag)
    if name is None:
        name = tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
        if len(_LOCAL) < 10_000:  # tags repeat; a hostile file with endless distinct tags gets no cache
            _LOCAL[tag] = name
    return name


_LOCAL: dict = {}


def syntax_error(path: Path, err: Exception) -> ExportError:
    line = getattr(err, "lineno", None)
    position = getattr(err, "position", None)
    column = position[1] if position else None
    msg = getattr(err, "msg", None) or str(err)
    where = f"第 {column} 个字符处" if column else ""
    return ExportError(path, line or None, message=f"XML 格式错误：{where}{msg}")


def release(elem) -> None:
    """Free a processed element and its earlier siblings, so memory stays flat on long documents."""
    elem.clear(keep_tail=False)
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]
