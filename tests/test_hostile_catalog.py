"""Hostile and broken YAML in the catalog and in mapping profiles: a clear error with file and line from lint
(`python -m checker lint`) and from `audit --mapping` (exit 2), never a traceback, never code run.

Already proved elsewhere (not repeated): `load_yaml` naming the file for a duplicate key, an alias, a tab and a
non-UTF-8 byte (tests/test_catalog.py::test_hostile_yaml_gives_a_located_error), each lint error class with
file and line, and lint's exit code (tests/test_catalog.py). Here: the same and more through lint on a catalog
folder and through a mapping profile, with the line checked, and inputs that today escape as tracebacks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.catalog.lint import lint
from checker.catalog.yamlsafe import MAX_DEPTH
from checker.cli import main

S17 = "s17-complaint-control-8d"
HEAD = b"id: s999-hostile\n"
CANARY = Path("/tmp/checker-hostile-yaml-canary")

# name -> (file bytes, fragment of the message, line it must name)
CASES = {
    "duplicate key": (HEAD + b"summary: a\nid: s999-other\n", "duplicate key 'id'", 3),
    "alias bomb": (HEAD + b'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
                   + b"".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n".encode()
                              for i in range(8)), "aliases", 3),
    "tab": (HEAD + b"document:\n\ttitle: x\n", "tab", 3),
    "gbk bytes": (HEAD + "summary: 投诉处理\n".encode("gbk"), "not UTF-8", 2),
    "utf-16": ("id: s999-hostile\nsummary: x\n".encode("utf-16"), "not UTF-8", 1),
    "python tag": (HEAD + f"summary: !!python/object/apply:os.system ['touch {CANARY}']\n".encode(),
                   "YAML tag", 2),
    "python name": (HEAD + b"summary: !!python/name:os.system\n", "YAML tag", 2),
    "two documents": (HEAD + b"---\nid: s999-again\n", "more than one YAML document", 2),
    # inputs that escape load_yaml as TypeError, RecursionError and ReaderError today
    "list as a key": (HEAD + b"? [a, b]\n: x\n", "key", 2),
    "mapping as a key": (HEAD + b"summary:\n  ? {a: 1}\n  : x\n", "key", 3),
    "deep nesting": (HEAD + b"summary: " + b"[" * 3000 + b"]" * 3000 + b"\n", f"nested more than {MAX_DEPTH} levels", 2),
    # libyaml's composer recurses in C: this deep, it would overflow the stack and kill the process
    "very deep nesting": (HEAD + b"summary: " + b"[" * 200_000 + b"]" * 200_000 + b"\n", f"nested more than {MAX_DEPTH} levels", 2),
    "deep block nesting": (HEAD + b"summary:\n" + b"- " * 200_000 + b"x\n", f"nested more than {MAX_DEPTH} levels", 3),
    "control character": (HEAD + b"summary: a\x07b\n", "control character", 2),
    "nul byte": (HEAD + b"summary: a\x00b\n", "control character", 2),
}


def catalog_with(tmp_path: Path, data: bytes) -> tuple[Path, Path]:
    root = tmp_path / "catalog"
    (root / "procedures").mkdir(parents=True)
    (root / "forms").mkdir()
    path = root / "procedures" / "s999-hostile.yaml"
    path.write_bytes(data)
    return root, path


@pytest.mark.parametrize("name", CASES)
def test_lint_names_file_and_line(tmp_path, name):
    data, fragment, line = CASES[name]
    root, path = catalog_with(tmp_path, data)
    CANARY.unlink(missing_ok=True)
    problems = [p for p in lint(root).problems if p.path == str(path)]
    assert problems, f"{name}: no problem reported"
    assert fragment in problems[0].message, problems[0]
    assert problems[0].line == line, problems[0]
    assert not CANARY.exists(), "a YAML tag ran a command"


@pytest.mark.parametrize("name", ["duplicate key", "alias bomb", "list as a key", "control character"])
def test_lint_command_prints_file_and_line_and_exits_1(tmp_path, capsys, name):
    data, fragment, line = CASES[name]
    root, path = catalog_with(tmp_path, data)
    code = main(["lint", "--root", str(root)])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{path}:{line}:" in out and fragment in out


@pytest.fixture
def audit_with_mapping(monkeypatch, capsys, catalog, tmp_path):
    monkeypatch.setattr("checker.catalog.load_catalog", lambda *args, **kwargs: catalog)
    export = tmp_path / "cases.csv"
    export.write_text("case_number,receive_at,verify_at\nA-1,2025-03-04 09:00,2025-03-04 10:00\n", encoding="utf-8")

    def run(mapping: Path) -> tuple[int, str]:
        code = main(["audit", str(export), "--procedure", S17, "--mapping", str(mapping), "--format", "json"])
        return code, capsys.readouterr().err

    return run


@pytest.mark.parametrize("name", CASES)
def test_broken_mapping_profile_exits_2_naming_file_and_line(audit_with_mapping, tmp_path, name):
    data, _, line = CASES[name]
    mapping = tmp_path / "map.yaml"
    # the same file as a profile: its `id:` keys become `procedure:` keys
    mapping.write_bytes(data.replace(b"id: s999-hostile", b"procedure: " + S17.encode())
                        .replace(b"id: s999-", b"procedure: s999-"))
    CANARY.unlink(missing_ok=True)
    code, err = audit_with_mapping(mapping)
    assert code == 2
    assert err.startswith(f"错误：{mapping}:{line}:"), err
    assert not CANARY.exists()
