"""Load procedures/*.yaml and forms/*.yaml into one `Catalog` that the site and the checker read."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from pydantic import BaseModel, ValidationError

from .model import Field, FieldType, Form, Option, Procedure, Source, Supersession, Vocabulary, VocabularyEntry
from .yamlsafe import CatalogFileError, LoadedYaml, load_yaml

PACKAGE_DIR = Path(__file__).parent
REPO_ROOT = PACKAGE_DIR.parent.parent
VOCABULARY_FILE = PACKAGE_DIR / "vocabulary.yaml"


@dataclass(frozen=True)
class Problem:
    """A lint or load problem, located in a catalog file."""

    path: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        where = f" [{self.key}]" if self.key else ""
        return f"{self.path}:{self.line}:{where} {self.message}"


@dataclass(frozen=True)
class CaseColumn:
    id: str
    label: str
    type: str
    kind: str             # "field", "step_at", "step_by" or "step_count"
    step: str | None = None
    as_written: bool = False   # also kept unmapped, as `written(id)`, for a same-person rule to compare


def written(column_id: str) -> str:
    """The column holding `column_id` as the export writes it, before `values`/`roles` map it."""
    return f"{column_id}__as_written"


@dataclass
class Catalog:
    procedures: dict[str, Procedure]
    forms: dict[str, Form]
    vocabulary: dict[str, VocabularyEntry]
    files: dict[str, LoadedYaml] = field(default_factory=dict)  # "procedure:<id>" / "form:<id>" -> file

    # --- lookups shared by site and checker -------------------------------------------------
    def by_inventory_id(self, inventory_id: str) -> Procedure | None:
        return next((p for p in self.procedures.values() if p.document.inventory_id == inventory_id), None)

    def superseded_by(self, procedure: Procedure) -> list[tuple[Procedure, Supersession]]:
        """The documents that say they replace this one, with how they say it."""
        return [(q, s) for q in self.procedures.values() for s in q.document.supersedes
                if s.document == procedure.document.inventory_id]

    def procedures_using(self, form_id: str) -> list[Procedure]:
        return self._form_users.get(form_id, [])

    @cached_property   # one pass over the loaded catalog, not one per form page
    def _form_users(self) -> dict[str, list[Procedure]]:
        users: dict[str, list[Procedure]] = {}
        for p in self.procedures.values():
            for form_id in self.forms_of(p):
                users.setdefault(form_id, []).append(p)
        return users

    def forms_of(self, procedure: Procedure) -> list[str]:
        """Forms a procedure uses: declared ones plus those named on its steps, in order, once."""
        seen: dict[str, None] = dict.fromkeys(procedure.forms)
        for step in procedure.steps:
            seen.update(dict.fromkeys(step.forms))
        return list(seen)

    def resolve_field(self, f: Field) -> Field:
        """A field with label and type filled from the vocabulary where the catalog leaves them out."""
        entry = self.vocabulary.get(f.id)
        if entry is None or (f.label and f.type):
            return f
        return f.model_copy(update={"label": f.label or entry.label, "type": f.type or entry.type})

    def case_fields(self, procedure: Procedure) -> dict[str, Field]:
        """The case columns a procedure's rules read: its fields, its classifications' fields, the case number."""
        fields: dict[str, Field] = {"case_number": self.resolve_field(Field(id="case_number"))}
        for f in procedure.fields:
            fields[f.id] = self.resolve_field(f)
        for scheme in procedure.classifications:
            options = [Option(id=c.id, label=c.label) for c in scheme.classes]
            declared = fields.get(scheme.field)
            base = declared or self.resolve_field(Field(id=scheme.field))
            fields[scheme.field] = base.model_copy(
                update={
                    "label": declared.label if declared else scheme.title,
                    "type": FieldType.choice,
                    "options": list(base.options) + [o for o in options if o.id not in {x.id for x in base.options}],
                }
            )
        return fields

    def case_columns(self, procedure: Procedure) -> list[CaseColumn]:
        """The canonical case format: one column per case field, plus <step>_at and <step>_by per step."""
        columns = [CaseColumn(f.id, f.label or f.id, f.type.value if f.type else "text", "field")
                   for f in self.case_fields(procedure).values()]
        for step in procedure.steps:
            columns.append(CaseColumn(f"{step.id}_at", f"{step.name}（时间）", "datetime", "step_at", step.id))
            columns.append(CaseColumn(f"{step.id}_by", f"{step.name}（办理人/部门）", "text", "step_by", step.id))
            if step.repeats:   # every further occurrence, the last one and the count (see catalog/columns.py)
                for n in range(2, step.repeats + 1):
                    columns.append(CaseColumn(f"{step.id}_{n}_at", f"第{n}次{step.name}（时间）", "datetime", "step_at", step.id))
                    columns.append(CaseColumn(f"{step.id}_{n}_by", f"第{n}次{step.name}（办理人/部门）", "text", "step_by", step.id))
                columns.append(CaseColumn(f"{step.id}_last_at", f"最后一次{step.name}（时间）", "datetime", "step_at", step.id))
                columns.append(CaseColumn(f"{step.id}_count", f"{step.name}次数", "number", "step_count", step.id))
        compared = procedure.compared_as_written
        return [replace(c, as_written=True) if c.id in compared else c for c in columns]

    def is_personal(self, field_id: str) -> bool:
        entry = self.vocabulary.get(field_id)
        return bool(entry and entry.personal)

    @cached_property
    def sources(self) -> list[tuple[str, str, Source]]:
        """Every (file key, dotted path, Source) in the catalog, for quote checking and listing."""
        found: list[tuple[str, str, Source]] = []
        for key, model in [*(("procedure:" + k, v) for k, v in self.procedures.items()),
                           *(("form:" + k, v) for k, v in self.forms.items())]:
            _collect_sources(model, (), key, found)
        return found


def _collect_sources(value, path: tuple, key: str, found: list) -> None:
    if isinstance(value, Source):
        found.append((key, path, value))
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            _collect_sources(getattr(value, name), path + (name,), key, found)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _collect_sources(item, path + (i,), key, found)


def _validation_problems(loaded: LoadedYaml, err: ValidationError) -> list[Problem]:
    problems = []
    for e in err.errors():
        loc = tuple(x for x in e["loc"] if not (isinstance(x, str) and x.startswith("function-after")))
        problems.append(
            Problem(str(loaded.path), loaded.line_of(loc), ".".join(map(str, loc)), e["msg"])
        )
    return problems


def _load_model(path: Path, model: type[BaseModel], problems: list[Problem]):
    try:
        loaded = load_yaml(path)
    except CatalogFileError as err:
        problems.append(Problem(err.path, err.line or 1, "", err.message))
        return None, None
    try:
        return model.model_validate(loaded.data), loaded
    except ValidationError as err:
        problems.extend(_validation_problems(loaded, err))
        return None, loaded


def _inherit_seed(procedure: Procedure) -> None:
    """Sources without `doc` come from the procedure's own seed file."""
    stack: list = [procedure]
    while stack:
        value = stack.pop()
        if isinstance(value, Source):
            if value.doc is None:
                value.doc = procedure.document.seed
        elif isinstance(value, BaseModel):
            stack.extend(getattr(value, n) for n in type(value).model_fields)
        elif isinstance(value, list):
            stack.extend(value)


def load_catalog_with_problems(root: Path | str = REPO_ROOT, procedure: str | None = None) -> tuple[Catalog, list[Problem]]:
    """Load everything that validates; return the problems of what does not (never raises for bad files).

    With `procedure`, only that procedure's file and the forms it uses (what one audit reads).
    """
    root = Path(root)
    problems: list[Problem] = []
    vocab, _ = _load_model(VOCABULARY_FILE, Vocabulary, problems)
    catalog = Catalog({}, {}, {e.id: e for e in vocab.fields} if vocab else {})
    for kind, folder, model, store in (
        ("procedure", "procedures", Procedure, catalog.procedures),
        ("form", "forms", Form, catalog.forms),
    ):
        wanted = None if procedure is None else _wanted(catalog, kind, procedure, root / folder)
        for path in sorted((root / folder).glob("*.yaml")):
            if wanted is not None and path.stem not in wanted:
                continue
            item, loaded = _load_model(path, model, problems)
            if item is None:
                continue
            if item.id != path.stem:
                problems.append(Problem(str(path), loaded.line_of(("id",)), "id",
                                        f"id {item.id!r} differs from the file name {path.stem!r}"))
            if item.id in store:
                problems.append(Problem(str(path), loaded.line_of(("id",)), "id", f"duplicate {kind} id {item.id!r}"))
                continue
            if isinstance(item, Procedure):
                _inherit_seed(item)
            store[item.id] = item
            catalog.files[f"{kind}:{item.id}"] = loaded
    return catalog, problems


def _wanted(catalog: Catalog, kind: str, procedure: str, folder: Path) -> set[str]:
    if kind == "procedure":   # and the few documents that replace others: a report must say it is superseded
        return {procedure} | {path.stem for path in folder.glob("*.yaml")
                              if "\n  supersedes:" in path.read_text(encoding="utf-8")}
    return set(catalog.forms_of(catalog.procedures[procedure])) if procedure in catalog.procedures else set()


class CatalogError(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


def load_catalog(root: Path | str = REPO_ROOT, procedure: str | None = None) -> Catalog:
    """Load the catalog (or one procedure's part of it) or raise `CatalogError` listing every problem.

    `lint` is the full check, cross-references included."""
    catalog, problems = load_catalog_with_problems(root, procedure)
    if problems:
        raise CatalogError(problems)
    return catalog
