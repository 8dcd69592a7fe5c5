"""Command line: `python -m checker <command>`. Each command lives in its own function; help is in Chinese."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _cmd_lint(args) -> int:
    from .catalog.lint import lint

    report = lint(args.root, args.sources)
    for problem in report.problems:
        print(problem)
    status = "OK" if report.ok else f"{len(report.problems)} problem(s)"
    print(f"lint: {status}: {report.counts()}")
    return 0 if report.ok else 1


def _cmd_schema(args) -> int:
    from .catalog.schema import write_schemas

    for path in write_schemas(args.output):
        print(f"wrote {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m checker", description="客户投诉处理制度知识库与合规检查工具")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("lint", help="校验制度与表单目录（结构、引用、原文引文）")
    p.add_argument("--root", type=Path, default=None, help="目录根（含 procedures/ 与 forms/），默认本仓库")
    p.add_argument("--sources", type=Path, default=None, help="原文目录：逐条核对 quote 是否逐字出现")
    p.set_defaults(func=_cmd_lint)

    p = sub.add_parser("schema", help="输出制度与表单 YAML 的 JSON Schema，供编辑器校验与补全")
    p.add_argument("--output", type=Path, default=Path("schemas"), help="输出目录（默认 schemas/）")
    p.set_defaults(func=_cmd_schema)

    for register in _EXTRA_COMMANDS:
        register(sub)
    return parser


# Other modules add their subcommands here (audit, rules, explain, mapping, stats).
_EXTRA_COMMANDS: list = []


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("已中断", file=sys.stderr)
        return 130
