"""Worked examples of the rule language: one file per construct under `tests/fixtures/rule_language/`.

Each holds a small procedure quoting the clause that needs the construct, an export, and every finding an audit
of it must give. The tests run them; the site shows them on its page 规则写法示例. One source for both, so the
docs cannot drift from what the audit does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .catalog.loader import REPO_ROOT, _collect_sources
from .catalog.model import Procedure, Source
from .catalog.yamlsafe import load_yaml

EXAMPLES_DIR = REPO_ROOT / "tests" / "fixtures" / "rule_language"


@dataclass(frozen=True)
class RuleExample:
    name: str                 # file stem, e.g. repeated-events
    title: str
    construct: str            # the YAML spelling, in a sentence
    explanation: str
    procedure: Procedure
    procedure_yaml: str       # the procedure as written in the file, for the docs
    export: str               # CSV text
    expected: list[dict]      # {case, rule, kind[, title]}
    as_of: str
    mapping: dict             # a mapping profile (an event log's), or {} for the canonical columns

    def sources(self) -> list[Source]:
        found: list = []
        _collect_sources(self.procedure, (), self.name, found)
        return [source for _, _, source in found]


def load_examples(folder: Path = EXAMPLES_DIR) -> list[RuleExample]:
    return [_load(path) for path in sorted(folder.glob("*.yaml"))]


def _load(path: Path) -> RuleExample:
    data = load_yaml(path).data
    return RuleExample(
        name=path.stem, title=data["title"], construct=data["construct"], explanation=data["explanation"],
        procedure=Procedure.model_validate(data["procedure"]), procedure_yaml=_section(path, "procedure"),
        export=data["export"], expected=data["expected"], as_of=data["as_of"], mapping=data.get("mapping") or {})


def _section(path: Path, key: str) -> str:
    """The lines of one top-level key as written (comments and order kept), without the key itself."""
    lines, inside = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{key}:"):
            inside = True
            continue
        if inside and line and not line.startswith((" ", "#")):
            break
        if inside:
            lines.append(line[2:] if line.startswith("  ") else line)
    return "\n".join(lines).strip("\n") + "\n"
