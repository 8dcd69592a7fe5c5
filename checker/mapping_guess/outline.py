"""The procedure as the guesser sees it: its canonical columns (with which ones rules read, their options and
whether they are yes/no), its steps and roles, and the vocabulary's names for its fields.

Made from the catalog by `outline_of`; the site build writes it as JSON for the browser (`to_json`/`from_json`),
where the same guessing runs without the catalog (checker/mapping_guess/browser.py)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ..text import as_text
from .words import FIELD_CONCEPT, TERM_END


@dataclass
class Option:
    id: object
    label: str
    description: str = ""     # a class's description (依国务院279号令…第四十条确定保修期), where it has one
    criteria: str = ""        # the cases a class is for, as the procedure lists them (…但又重复发生品质异常)


@dataclass
class Target:
    """A canonical column an export header may feed."""

    id: str
    label: str
    kind: str                      # field, step_at, step_by, step_count
    type: str
    step: str | None
    read: bool                     # some rule of the procedure reads it
    options: list[Option] = field(default_factory=list)
    yes_no: bool = False
    due: bool = False              # a date the case was given to be done by, that a deadline reads (its due_field or,
                                   # a term's end, its start)
    help: str = ""                 # what the field's help adds (例如…消费者定作的、鲜活易腐的…)


@dataclass
class Step:
    id: str
    name: str
    role: str | None
    when: dict[str, list[str]] = field(default_factory=dict)    # field -> the values its conditions require of it


@dataclass
class Role:
    id: str
    name: str
    includes: list[str] = field(default_factory=list)     # the roles that count as it (申诉受理机构: 省中心、全国中心)


@dataclass
class Outline:
    id: str
    targets: list[Target]
    steps: list[Step]
    roles: list[Role]
    vocabulary: dict[str, list[str]]     # field id -> the vocabulary's label and aliases
    # same-person rules (首问负责制): [rule id, the column it judges, the column that must hold the same person]
    same_person: list[list[str]] = field(default_factory=list)
    # [earlier, later] time columns: a step before those its `next` leads to, a deadline's start before its end
    order: list[list[str]] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Outline:
        targets = [Target(**{**t, "options": [Option(**o) for o in t["options"]]}) for t in data["targets"]]
        return cls(data["id"], targets, [Step(**s) for s in data["steps"]], [Role(**r) for r in data["roles"]],
                   data["vocabulary"], data["same_person"], data["order"])


def outline_of(catalog, procedure) -> Outline:
    from ..catalog.model import FieldType
    from ..checks import compile_rules

    fields = catalog.case_fields(procedure)
    read = {c for rule in compile_rules(catalog, procedure) for c in rule.needs}
    dues = {d.due_field for d in procedure.deadlines if d.due_field}
    # a term's end a deadline counts from (约定的履行期限届满日) is as much a date the case was given to be done by
    dues |= {d.start for d in procedure.deadlines if d.start in fields and TERM_END.search(fields[d.start].label)}
    classes = {(scheme.field, item.id): item for scheme in procedure.classifications for item in scheme.classes}
    targets = []
    for c in catalog.case_columns(procedure):
        f = fields.get(c.id) if c.kind == "field" else None
        options = [_option(o, classes.get((c.id, o.id))) for o in f.options] if f else []
        ids = {as_text(o.id) for o in options}
        yes_no = bool(f) and (f.type == FieldType.checkbox or (
            bool(options) and (ids <= {"true", "false"} or ids == {"yes", "no"})))
        targets.append(Target(c.id, c.label, c.kind, str(c.type), c.step, c.id in read, options, yes_no,
                              c.id in dues, (f.help or "") if f else ""))
    named = [t.id for t in targets if t.kind == "field"] + list(FIELD_CONCEPT)
    vocabulary = {i: [entry.label, *entry.aliases] for i in dict.fromkeys(named)
                  if (entry := catalog.vocabulary.get(i)) is not None}
    return Outline(procedure.id, targets, [Step(s.id, s.name, s.role, _required(s.when)) for s in procedure.steps],
                   [Role(r.id, r.name, list(r.includes)) for r in procedure.roles], vocabulary,
                   [[r.id, *r.same_person] for r in procedure.routing if r.same_person], _order(procedure))


def _option(option, item) -> Option:
    """A field's option, with what its class says of itself where it is one."""
    if item is None:
        return Option(option.id, option.label)
    return Option(option.id, option.label, item.description or "", "；".join(c.text for c in item.criteria))


def _required(conditions) -> dict[str, list[str]]:
    """field -> the values a step's conditions require of it (equals, in); other tests say no value."""
    required = {}
    for c in conditions or []:
        if c.field and c.equals is not None:
            required[c.field] = [as_text(c.equals)]
        elif c.field and c.in_:
            required[c.field] = [as_text(v) for v in c.in_]
    return required


def _order(procedure) -> list[list[str]]:
    """[earlier, later] pairs of the procedure's time columns, followed through: a step comes before the steps its
    `next` names, a deadline's start before its end. A pair said both ways (a loop back to an earlier step) is
    no order."""
    at = {s.id: f"{s.id}_at" for s in procedure.steps}
    later: dict[str, set[str]] = {}
    for s in procedure.steps:
        later.setdefault(at[s.id], set()).update(at[n] for n in s.next if n in at)
    for d in procedure.deadlines:
        if d.start and d.start != d.end:
            later.setdefault(at.get(d.start, d.start), set()).add(at.get(d.end, d.end))
    changed = True
    while changed:      # followed through: a few dozen columns at most
        changed = False
        for first, seconds in later.items():
            more = set().union(*(later.get(x, set()) for x in seconds)) - seconds
            if more:
                seconds |= more
                changed = True
    return sorted([a, b] for a, bs in later.items() for b in bs if a != b and a not in later.get(b, ()))
