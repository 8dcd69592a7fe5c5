"""Safe YAML loading that remembers where every key stands.

The catalog is hand-written, so every error must name the file and line. We load with PyYAML's
SafeLoader, refuse duplicate keys and aliases (no alias bombs, nothing surprising), and keep a map
from each data path (("steps", 2, "role")) to its line so validation errors can point at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Hashable
from typing import Any

import yaml


class CatalogFileError(Exception):
    """A catalog file that cannot be read: names the file and line."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{path}:{line or 1}: {message}")


@dataclass
class LoadedYaml:
    path: Path
    data: Any
    lines: dict[tuple, int] = field(default_factory=dict)

    def line_of(self, loc: tuple) -> int:
        """Line of the deepest known prefix of loc (a key path)."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)


MAX_DEPTH = 40  # the catalog nests a few levels; anything deeper is a mistake or an attack


class _StrictLoader(yaml.SafeLoader):
    depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise yaml.MarkedYAMLError(
                "while composing", None, "aliases (*name) are not allowed in the catalog", event.start_mark
            )
        if self.depth >= MAX_DEPTH:
            raise yaml.MarkedYAMLError("while composing", None, f"nested more than {MAX_DEPTH} levels deep", event.start_mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_mapping(self, node, deep=False):
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):
                raise yaml.MarkedYAMLError(
                    "while constructing a mapping", node.start_mark, "a key must be a plain value, not a list or mapping",
                    key_node.start_mark)
            if key in seen:
                raise yaml.MarkedYAMLError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"duplicate key {key!r} (first on line {seen[key]})",
                    key_node.start_mark,
                )
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)


# Dates stay strings: the catalog quotes dates as written and the model parses what it needs.
_StrictLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _record_lines(node: yaml.Node, path: tuple, lines: dict[tuple, int]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key_path = path + (key_node.value,)
            lines[key_path] = key_node.start_mark.line + 1
            _record_lines(value_node, key_path, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, path + (index,), lines)


def load_yaml(path: Path | str) -> LoadedYaml:
    path = Path(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise CatalogFileError(path, line, f"not UTF-8 (byte 0x{raw[err.start]:02x})") from None
    loader = None
    try:
        loader = _StrictLoader(text)
        node = loader.get_single_node()
        if node is None:
            return LoadedYaml(path, None, {(): 1})
        data = loader.construct_document(node)
        lines: dict[tuple, int] = {}
        _record_lines(node, (), lines)
    except yaml.reader.ReaderError as err:  # control characters, NUL bytes
        line = text[: err.position].count("\n") + 1
        raise CatalogFileError(path, line, f"control character U+{err.character:04X} is not allowed in YAML") from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        problem = f"{err.problem or err.context}"
        if "'\\t'" in problem:
            problem = "tab character: indent YAML with spaces"
        raise CatalogFileError(path, line, problem) from None
    except yaml.YAMLError as err:
        raise CatalogFileError(path, None, str(err)) from None
    finally:
        if loader is not None:
            loader.dispose()
    return LoadedYaml(path, data, lines)
