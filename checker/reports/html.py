"""One self-contained HTML report: inline CSS, no external assets, printable on A4.

Rendered by Jinja2 with autoescaping, so every value — case text above all — is shown as text.
Links are made only from http(s) and relative URLs; anything else (javascript:, data: …) is shown as
plain text. One static script of our own (`report.js`, no case data in it) filters the findings by kind,
severity and rule and searches their text; without it the page shows everything, as it always did. The
Content-Security-Policy allows that script alone, by its hash, and no other: should escaping ever fail, an
injected script still would not run.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from ..checks import KINDS
from .common import (Report, counts_line, coverage_line, file_name, masking_note, severity_label, superseded_line,
                     where, zone_note)

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# Browsers drop tabs and newlines anywhere in a URL and spaces/controls at its ends: "java\tscript:" is
# javascript:. Dropping every such character before looking at the scheme is stricter still.
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]")


def safe_href(url) -> str | None:
    """`url` if it is safe as a link target (http, https or relative), else None."""
    if not isinstance(url, str) or not url.strip():
        return None
    scheme = _SCHEME.match(_INVISIBLE.sub("", url))
    if scheme and scheme[1].lower() not in ("http", "https"):
        return None
    return url


@lru_cache(maxsize=1)
def report_script() -> tuple[str, str]:
    """The filter script and its CSP source ('sha256-…'): the page runs it and nothing else."""
    text = (Path(__file__).parent / "report.js").read_text(encoding="utf-8")
    if "</" in text:
        raise ValueError("report.js must not contain '</' (it is placed inside a <script> element)")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return text, f"sha256-{digest}"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_href"] = safe_href
    env.globals.update(severity_label=severity_label, where=where, file_name=file_name)
    return env


def write(stream: TextIO, report: Report) -> None:
    s = report.summary
    by_kind = s.get("by_kind") or {}
    kinds = [
        {"code": k.code, "title": k.title, "severity": k.severity, "explanation": k.explanation,
         "count": by_kind.get(k.slug, 0)}
        for k in KINDS.values()
    ]
    clauses = report.rule_clauses()
    rules = [{"rule": rule, "clause": clauses.get(rule, ""), "count": count}
             for rule, count in sorted((s.get("by_rule") or {}).items())]
    template = _environment().get_template("report.html.j2")
    script, script_hash = report_script()
    case_counts = s.get("cases_audited") is not None and (bool(s.get("event_log"))
                                                          or s["cases_audited"] != s.get("rows_audited"))
    for chunk in template.generate(
        s=s, counts=counts_line(s), coverage=coverage_line(s), zone=zone_note(s), superseded=superseded_line(s), masking_note=masking_note(s), kinds=kinds, rules=rules,
        cases=report.cases(), unreadable=list(report.unreadable()), skipped=s.get("skipped_rules") or [],
        script=Markup(script), script_hash=script_hash, case_counts=case_counts,
    ):
        stream.write(chunk)
