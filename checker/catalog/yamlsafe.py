"""Safe YAML loading that remembers where every key stands.

The catalog is hand-written, so every error must name the file and line. We load with PyYAML's
safe loader (on libyaml), refuse duplicate keys and aliases (no alias bombs, nothing surprising), and keep a map
from each data path (("steps", 2, "role")) to its line so validation errors can point at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
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
SIDE_FILE_BYTES = 1 << 20   # a hand-written mapping, calendar or satisfaction file; a bigger one is not hand-written


class _StrictLoader(yaml.CSafeLoader):
    """libyaml parses and composes (seven times faster than PyYAML's Python composer on the catalog); the
    construction stays PyYAML's safe constructor, with duplicate and non-scalar keys refused."""

    def construct_mapping(self, node, deep=False):
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)   # a scalar: _record_lines refused the others
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


CORE_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")}


def _check_events(text: str) -> None:
    """Refuse aliases, tags, deep nesting and extra documents where they are written, before anything is composed.

    libyaml's event stream is flat, while its composer recurses in C: a few hundred thousand `[` would overflow
    the stack and kill the process, so depth is counted here, not on the composed nodes. Some libyaml builds
    (the one in PyYAML 6.0.4) refuse deep nesting themselves, at their own limit and in their own words; PyYAML's
    pure-Python parser has no limit and no recursion, so a second pass on any libyaml error finds our depth
    error first and the message is the same whichever libyaml is underneath.
    """
    try:
        _check(yaml.parse(text, Loader=yaml.CSafeLoader))
    except yaml.MarkedYAMLError:
        _check(yaml.parse(text, Loader=yaml.SafeLoader))
        raise


def _check(events) -> None:
    depth = documents = 0
    for event in events:
        problem = None
        if isinstance(event, yaml.AliasEvent):
            problem = "aliases (*name) are not allowed"
        elif isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            problem = "more than one YAML document (---) in one file" if documents > 1 else None
        elif getattr(event, "tag", None) and event.tag not in CORE_TAGS:
            problem = f"YAML tag {event.tag} is not allowed: write plain values, lists and mappings"
        elif isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            problem = f"nested more than {MAX_DEPTH} levels deep" if depth > MAX_DEPTH else None
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if problem:
            raise yaml.MarkedYAMLError("while composing", None, problem, event.start_mark)


def _record_lines(node: yaml.Node, path: tuple, lines: dict[tuple, int]) -> None:
    """Map each key path to its line; refuse keys that are not plain values before anything is constructed."""
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.MarkedYAMLError("while composing", None, "a key must be a plain value, not a list or mapping",
                                           key_node.start_mark)
            key_path = path + (key_node.value,)
            lines[key_path] = key_node.start_mark.line + 1
            _record_lines(value_node, key_path, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, path + (index,), lines)


def _tab_at(text: str, mark) -> bool:
    """libyaml does not name the character it stumbled on; a tab where the line's indentation ends is the usual one."""
    lines = text.splitlines()
    return mark.line < len(lines) and lines[mark.line].lstrip(" ").startswith("\t")


def load_yaml(path: Path | str, max_bytes: int | None = None) -> LoadedYaml:
    path = Path(path)
    if max_bytes is not None and (size := path.stat().st_size) > max_bytes:
        raise CatalogFileError(path, None, f"文件有 {size / (1 << 20):.1f} MiB，超过此类手写配置文件的上限 "
                                           f"{max_bytes / (1 << 20):g} MiB")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise CatalogFileError(path, line, f"not UTF-8 (byte 0x{raw[err.start]:02x})") from None
    loader = None
    try:
        _check_events(text)
        loader = _StrictLoader(text)
        node = loader.get_single_node()
        if node is None:
            return LoadedYaml(path, None, {(): 1})
        lines: dict[tuple, int] = {}
        _record_lines(node, (), lines)
        data = loader.construct_document(node)
    except yaml.reader.ReaderError as err:  # control characters, NUL bytes; libyaml counts UTF-8 bytes
        line = raw[: err.position].count(b"\n") + 1
        raise CatalogFileError(path, line, f"control character U+{err.character:04X} is not allowed in YAML") from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        problem = f"{err.problem or err.context}"
        if "'\\t'" in problem or (mark and "cannot start any token" in problem and _tab_at(text, mark)):
            problem = "tab character: indent YAML with spaces"
        raise CatalogFileError(path, line, problem) from None
    except yaml.YAMLError as err:
        raise CatalogFileError(path, None, str(err)) from None
    finally:
        if loader is not None:
            loader.dispose()
    return LoadedYaml(path, data, lines)
