"""Lint the catalog: schema errors, dangling references, duplicate ids and (with sources) misquotes."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .columns import ProcedureColumns
from .loader import Catalog, Problem, load_catalog_with_problems
from .model import Condition, FieldType, Procedure

EVENT_TYPES = {FieldType.date, FieldType.datetime}


@dataclass
class LintReport:
    catalog: Catalog
    problems: list[Problem]
    quotes_checked: int = 0
    quotes_verified: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> str:
        c = self.catalog
        rules = sum(p.rule_count for p in c.procedures.values())
        text = f"{len(c.procedures)} procedures, {len(c.forms)} forms, {rules} rules, {len(c.sources)} sources"
        if self.quotes_checked:
            text += f", {self.quotes_verified}/{self.quotes_checked} quotes verified"
        return text


class _Located:
    """Problem factory for one file: finds the line of a key path."""

    def __init__(self, catalog: Catalog, key: str, problems: list[Problem]):
        self.loaded = catalog.files[key]
        self.problems = problems

    def __call__(self, path: tuple, message: str) -> None:
        self.problems.append(
            Problem(str(self.loaded.path), self.loaded.line_of(path), ".".join(map(str, path)), message)
        )


def _duplicates(items, attr="id"):
    seen: set = set()
    for index, item in enumerate(items):
        value = getattr(item, attr)
        if value in seen:
            yield index, value
        seen.add(value)


def _lint_procedure(catalog: Catalog, p: Procedure, report) -> None:
    roles = {r.id for r in p.roles}
    steps = {s.id for s in p.steps}
    fields = catalog.case_fields(p)
    events = steps | {f for f, d in fields.items() if d.type in EVENT_TYPES}
    occurrences = ProcedureColumns(catalog, p).occurrence_refs()   # verify.2, verify.last, verify.count
    events |= {ref for ref, kind in occurrences.items() if kind == "event"}

    for name in ("roles", "steps", "fields", "definitions", "classifications", "unchecked"):
        for index, value in _duplicates(getattr(p, name)):
            report((name, index, "id"), f"duplicate id {value!r}")
    rule_ids: set[str] = set()
    for name in ("routing", "deadlines", "eligibility", "escalation", "numbering", "requirements"):
        for index, rule in enumerate(getattr(p, name)):
            if rule.id in rule_ids:
                report((name, index, "id"), f"duplicate rule id {rule.id!r} (rule ids are unique per procedure)")
            rule_ids.add(rule.id)

    for index, f in enumerate(p.fields):
        if f.id not in catalog.vocabulary and not (f.label and f.type):
            report(("fields", index, "id"), f"field {f.id!r} is not in the vocabulary: give it a label and type")

    def need_role(path, role_id):
        if role_id is not None and role_id not in roles:
            report(path, f"unknown role {role_id!r} (declare it under roles)")

    def need_event(path, ref):
        if ref is not None and ref not in events:
            report(path, f"unknown event {ref!r}: not a step id nor a date/datetime field")

    def need_field(path, ref, allow_steps=False):
        if ref not in fields and not (allow_steps and (ref in steps or occurrences.get(ref) == "event")):
            report(path, f"unknown field {ref!r}" + (" or step" if allow_steps else ""))

    def check_conditions(path, conditions: list[Condition]):
        for index, cond in enumerate(conditions):
            at = path + (index,)
            if cond.any_ is not None:
                check_conditions(at + ("any",), cond.any_)
                continue
            if cond.elapsed is not None:
                need_event(at + ("elapsed", "from"), cond.elapsed.from_)
                need_event(at + ("elapsed", "to"), cond.elapsed.to)
                continue
            if (cond.field in steps or occurrences.get(cond.field) == "event") and cond.empty is not None:
                continue
            if occurrences.get(cond.field) == "number" and cond.empty is None and cond.equals is None \
                    and not (cond.in_ or cond.not_in):
                continue   # verify.count: at_least / more_than
            if cond.field not in fields:
                report(at + ("field",), f"unknown field {cond.field!r}")
                continue
            if (cond.at_least, cond.more_than) != (None, None) and fields[cond.field].type not in (None, FieldType.number):
                report(at + ("field",), f"a number test on {cond.field!r}, which is not a number field")
            allowed = {o.id for o in fields[cond.field].options}
            values = [cond.equals] if cond.equals is not None else (cond.in_ or cond.not_in or [])
            if allowed:
                for value in values:
                    if value not in allowed:
                        report(at + ("field",), f"unknown class or option {value!r} of {cond.field!r}; "
                                                f"known: {', '.join(map(str, sorted(allowed, key=str)))}")

    for index, step in enumerate(p.steps):
        at = ("steps", index)
        need_role(at + ("role",), step.role)
        need_role(at + ("accountable",), step.accountable)
        for k, r in enumerate(step.consulted):
            need_role(at + ("consulted", k), r)
        for k, r in enumerate(step.informed):
            need_role(at + ("informed", k), r)
        for k, nxt in enumerate(step.next):
            if nxt not in steps:
                report(at + ("next", k), f"unknown next step {nxt!r}")
        for k, form_id in enumerate(step.forms):
            if form_id not in catalog.forms:
                report(at + ("forms", k), f"undeclared form {form_id!r} (no forms/{form_id}.yaml)")
        check_conditions(at + ("when",), step.when)
    for k, form_id in enumerate(p.forms):
        if form_id not in catalog.forms:
            report(("forms", k), f"undeclared form {form_id!r} (no forms/{form_id}.yaml)")
    for index, scheme in enumerate(p.classifications):
        for k, value in _duplicates(scheme.classes):
            report(("classifications", index, "classes", k, "id"), f"duplicate class id {value!r}")
    for index, role in enumerate(p.roles):
        for k, member in enumerate(role.includes):
            if member == role.id or member not in roles:
                report(("roles", index, "includes", k), f"unknown or circular role {member!r} in includes")
    for index, rule in enumerate(p.routing):
        at = ("routing", index)
        for role in rule.roles:
            need_role(at + ("role",), role)
        if rule.same_as is not None and rule.same_as not in steps:
            report(at + ("same_as",), f"unknown step {rule.same_as!r}")
        if rule.step is not None and rule.step not in steps:
            report(at + ("step",), f"unknown step {rule.step!r}")
        if rule.field is not None:
            need_field(at + ("field",), rule.field)
        check_conditions(at + ("when",), rule.when)
    for index, rule in enumerate(p.deadlines):
        at = ("deadlines", index)
        need_role(at + ("role",), rule.role)
        need_event(at + ("start",), rule.start)
        need_event(at + ("end",), rule.end)
        need_event(at + ("due_field",), rule.due_field)
        check_conditions(at + ("when",), rule.when)
        for k, extension in enumerate(rule.extensions):
            check_conditions(at + ("extensions", k, "when"), extension.when)
            if extension.to is not None and extension.to.amount <= rule.period.amount:
                report(at + ("extensions", k, "to"), "an extension (延长至) must be longer than the period it extends")
        for k, pause in enumerate(rule.not_counted):
            need_event(at + ("not_counted", k, "from"), pause.from_)
            need_event(at + ("not_counted", k, "to"), pause.to)
        for k, restart in enumerate(rule.restarts):
            need_event(at + ("restarts", k, "at"), restart.at)
        if rule.consecutive and not (rule.start in steps and p.step(rule.start).repeats):
            report(at + ("start",), f"a consecutive deadline needs a step that repeats; {rule.start!r} has no `repeats`")
    for index, rule in enumerate(p.eligibility):
        check_conditions(("eligibility", index, "excludes_when"), rule.excludes_when)
        if rule.accepted_step is not None and rule.accepted_step not in steps:
            report(("eligibility", index, "accepted_step"), f"unknown step {rule.accepted_step!r}")
    for index, rule in enumerate(p.escalation):
        at = ("escalation", index)
        need_role(at + ("from_role",), rule.from_role)
        need_role(at + ("to_role",), rule.to_role)
        if rule.requires_step is not None and rule.requires_step not in steps:
            report(at + ("requires_step",), f"unknown step {rule.requires_step!r}")
        check_conditions(at + ("when",), rule.when)
    for index, rule in enumerate(p.requirements):
        if rule.after is not None and rule.after not in steps:
            report(("requirements", index, "after"), f"unknown step {rule.after!r}")
    check_conditions(("closed_when",), p.closed_when)
    for index, replaced in enumerate(p.document.supersedes):
        if replaced.document not in {q.document.inventory_id for q in catalog.procedures.values()}:
            report(("document", "supersedes", index, "document"), f"no procedure has inventory id {replaced.document!r}")
    for index, rule in enumerate(p.numbering):
        need_field(("numbering", index, "field"), rule.field)
        try:
            re.compile(rule.pattern)
        except re.error as err:
            report(("numbering", index, "pattern"), f"invalid regular expression: {err}")
    for index, rule in enumerate(p.requirements):
        need_field(("requirements", index, "field"), rule.field, allow_steps=True)
        check_conditions(("requirements", index, "when"), rule.when)
    if p.document.truncated and not p.document.truncation_note:
        report(("document", "truncated"), "a truncated document needs truncation_note saying where it stops")


def _lint_form(catalog: Catalog, form, report) -> None:
    alias_owner = {alias: e.id for e in catalog.vocabulary.values() for alias in (e.label, *e.aliases)}
    ids = {f.id for f in form.fields}
    for index, value in _duplicates(form.fields):
        report(("fields", index, "id"), f"duplicate field id {value!r}")
    for index, f in enumerate(form.fields):
        owner = alias_owner.get(f.label or "")
        if owner and owner != f.id:
            report(("fields", index, "id"), f"label {f.label!r} is the vocabulary's {owner!r}: use that id")
        if f.id not in catalog.vocabulary and not (f.label and f.type):
            report(("fields", index, "id"), f"field {f.id!r} is not in the vocabulary: give it a label and type")
        if f.required and f.source is None:
            report(("fields", index, "required"), "a required field needs a source quote saying so")
        if f.options and (catalog.resolve_field(f).type not in (FieldType.choice, FieldType.multichoice)):
            report(("fields", index, "options"), "options need type choice or multichoice")
    for s_index, section in enumerate(form.layout.sections):
        for k, field_id in enumerate(section.fields):
            if field_id not in ids:
                report(("layout", "sections", s_index, "fields", k), f"unknown field {field_id!r}")


# --- quotes -----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def normalize_text(text: str) -> str:
    """Fold for quote matching: width forms (NFKC), Traditional -> Simplified, no white space."""
    text = unicodedata.normalize("NFKC", text)
    text = _t2s().convert(text)
    return re.sub(r"\s+", "", text)


@lru_cache(maxsize=None)
def _normalized_seed(path: str) -> str:
    """A source file's text, UTF-8 or GBK (as a company's own documents are often saved)."""
    from .starter import read_source

    try:
        return normalize_text(read_source(Path(path)))
    except ValueError:
        return normalize_text(Path(path).read_text(encoding="utf-8", errors="replace"))


def _source_files(folders: list[Path], report: LintReport) -> dict[str, str]:
    """File name -> path over every source folder; a name found in two folders is ambiguous."""
    files: dict[str, str] = {}
    for folder in folders:
        if not folder.is_dir():
            report.problems.append(Problem(str(folder), 0, "", f"source folder not found: {folder}"))
            continue
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.name in files:
                report.problems.append(Problem(str(path), 0, "", f"{path.name} is in two source folders: {files[path.name]}"))
            elif path.is_file():
                files[path.name] = str(path)
    return files


def _check_quotes(catalog: Catalog, folders: list[Path], report: LintReport) -> None:
    seeds = _source_files(folders, report)
    sources_dir = " or ".join(map(str, folders))
    in_document: dict[str, int] = {}
    for key, path, source in catalog.sources:
        report.quotes_checked += 1
        locate = _Located(catalog, key, report.problems)
        if source.doc not in seeds:
            locate(path + ("doc",), f"source document {source.doc!r} not found in {sources_dir}")
            continue
        text = _normalized_seed(seeds[source.doc])
        quote = normalize_text(source.quote)
        at = text.find(quote)
        if at < 0:
            locate(path + ("quote",), f"quote not found verbatim in {source.doc}: {source.quote[:60]!r}")
            continue
        report.quotes_verified += 1
        kind, item_id = key.split(":", 1)
        if kind == "procedure":
            procedure = catalog.procedures[item_id]
            start = text.find(normalize_text(procedure.document.locator or "\0"))
            if source.doc == procedure.document.seed and start >= 0 and text.find(quote, start) >= 0:
                in_document[item_id] = in_document.get(item_id, 0) + 1
    for pid, procedure in catalog.procedures.items():
        if not in_document.get(pid):
            _Located(catalog, "procedure:" + pid, report.problems)(
                ("document", "locator"),
                "no verified quote from inside this document (after its locator in its seed file)",
            )


def lint_procedure(catalog: Catalog, procedure: Procedure) -> list[Problem]:
    """The reference problems of one procedure (unknown steps, fields, roles, forms…), for commands that run it:
    a typo in a step id is a catalog error at file:line, not a column the export seems to lack."""
    problems: list[Problem] = []
    _lint_procedure(catalog, procedure, _Located(catalog, "procedure:" + procedure.id, problems))
    # a command loads one procedure: the documents it replaces are not loaded, and need not be to run it
    return [p for p in problems if not p.key.startswith("document.supersedes")]


def lint(root: Path | str | None = None, sources: Path | str | list[Path | str] | None = None) -> LintReport:
    """Lint the catalog under `root`; with `sources` (one folder or several), check every quote against them."""
    from .loader import REPO_ROOT

    catalog, problems = load_catalog_with_problems(root or REPO_ROOT)
    report = LintReport(catalog, problems)
    for pid, procedure in catalog.procedures.items():
        _lint_procedure(catalog, procedure, _Located(catalog, "procedure:" + pid, problems))
    for fid, form in catalog.forms.items():
        _lint_form(catalog, form, _Located(catalog, "form:" + fid, problems))
    if sources:
        folders = [sources] if isinstance(sources, (str, Path)) else sources
        _check_quotes(catalog, [Path(f) for f in folders], report)
    problems.sort(key=lambda p: (p.path, p.line))
    return report
