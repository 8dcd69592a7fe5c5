"""Starter mapping profiles from an export's headers *and* values, and the dry run of a profile.

`python -m checker mapping EXPORT --procedure ID` prints a profile (`checker/mapping.py`) in which every guess
carries its evidence as a YAML comment, and every guess whose evidence is weak is written commented out with the
reason, so that nothing is guessed silently:

- headers: canonical ids, labels, the vocabulary's aliases (Chinese, English and CRM names), headers that are an
  abbreviation of a label, "<环节>时间" / "<step> date" headers matched to a step by its name, and the columns the
  rules read preferred to look-alikes no rule reads (S11's `received_at` field against its `receive_at` step);
- values: each mapped column whose field has options (a choice, a yes/no) gets a `values:` map from the export's
  distinct values to option ids (是/否, Y/N, true/false, 满意/不满意, labels equal or close to the option labels,
  a few usual English spellings), with counts; unknown values are left out and listed;
- content: date columns found by the share of values that read as dates, yes/no columns by their values, the
  order of numeric dates (`date_order`);
- event logs (a case column whose values repeat, an activity column, a time column): an `event_log:` section with
  every activity and its count, matched to the step whose name it resembles, and the case attributes.

The package: `words` (names, concepts, synonyms), `facts` (what the columns hold), `draft` (the profile as
written, with its comments), `outline` (the procedure as the guesser sees it), `headers` (the guesser: a column's
field from its header and values, a value's option), `truths` (what a yes/no or choice value says), `casenumber`,
`second_pass` (the columns the first pass left), `outcomes` (status and decision columns), `dateorder` (a date column
told by when its dates fall), `roles` (who did a step), `eventlog` (event logs), `check` (the dry run); `guess` here
puts them together in that order.

`guess` runs the queries over DuckDB; `guess_steps` is the same as a generator of queries, which the site's
browser page answers with DuckDB-WASM (`browser.py`), so that the page proposes what the command does.

`check.check_profile` is the dry run (`mapping --check`): per rule of the audit plan (`checker/plan.py`), whether the
export and the profile let it run, and which columns are missing when not.
"""

from __future__ import annotations

from ..sql import ident
from .dateorder import by_date_order, contradicted_by_dates
from .draft import Draft, Entry
from .eventlog import _detect_event_log
from .facts import column_facts, date_order, run_queries
from .casenumber import _case_number_by_content
from .headers import Guesser, _assign_columns, _looks_like
from .outcomes import _outcomes, _outcomes_by_condition, _ties_decided_by_kind, _verdict_on_a_dated_step
from .roles import _act_named_by_its_doers, _generic_doer_by_its_values, _recipients_not_doers, _roles
from .second_pass import (_dates_beside_their_doers, _doers_beside_their_dates, _levels_apart,
                          _numbered_dates_as_repeats, _other_things_of_a_named_column, _steps_named_over_the_vocabulary,
                          _ties_one_left, _unmapped_by_values, _unmapped_yes_no, _values_over_name, _way_of_an_act)
from .outline import Outline, outline_of

__all__ = ["guess", "guess_steps", "Draft", "Guesser", "Outline", "outline_of"]


def guess(catalog, procedure, con, table: str, headers: list[str], export: str = "", sheet: str | None = None) -> Draft:
    """The starter profile of an export already read into `table` (as `read_export` makes it)."""
    return run_queries(guess_steps(outline_of(catalog, procedure), table, headers, export, sheet), con)


def guess_steps(outline: Outline, table: str, headers: list[str], export: str = "", sheet: str | None = None):
    """`guess` as a generator of the queries it needs (facts.run_queries answers them; the browser too)."""
    g = Guesser(outline)
    rows = (yield f"SELECT count(*) FROM {ident(table)}")[0][0]
    draft = Draft(outline.id, export, sheet, rows)
    order, order_evidence = yield from date_order(table, headers)
    if order:
        draft.date_order = Entry("date_order", order, order_evidence)
    elif order_evidence:
        draft.date_order = Entry("date_order", "day_first", order_evidence, False)
    facts = yield from column_facts(table, headers, order)
    if order is None and any(f.ambiguous_dates for f in facts.values()):
        draft.date_order = Entry("date_order", "day_first",
                                 "有 3/4/2025 这样的日期，从取值看不出是日/月/年还是月/日/年：请按导出系统的设置写 "
                                 "day_first 或 month_first", False)
    log = yield from _detect_event_log(g, table, headers, facts, order)
    taken: set[str] = set()
    used: set[str] = set()
    if log is not None:
        draft.event_log = log
        used |= {log.case, log.activity, log.time} | ({log.resource} if log.resource else set())
        taken |= {"case_number"} | {f"{e.value}_at" for e in log.activities if e.active} \
            | {f"{e.value}_by" for e in log.activities if e.active}
    own = [h for h in headers if h not in used and (log is None or h in log.attributes)]
    draft.columns = _assign_columns(g, own, facts, taken)   # an event's own details (its cost, its note) are not a case's
    if log is None:
        _case_number_by_content(draft, own, facts, rows, taken)
    for entry in draft.columns:
        target = g.targets[entry.value]
        if entry.active and (target.options or target.yes_no):
            block, _ = g.value_block(target, entry.key, facts[entry.key])
            if block.entries:
                draft.values.append(block)
        elif entry.active and target.type == "signature":
            if block := g.unsigned_block(target, entry.key, facts[entry.key]):
                draft.values.append(block)
    _values_over_name(g, draft, facts, headers, used, taken)
    _unmapped_yes_no(g, draft, facts, headers, used, taken)
    _way_of_an_act(g, draft, facts, headers, used, taken)
    _unmapped_by_values(g, draft, facts, headers, used, taken)
    _other_things_of_a_named_column(g, draft, facts)
    _dates_beside_their_doers(g, draft, facts, headers, used, taken)
    _steps_named_over_the_vocabulary(g, draft, facts, headers, used, taken)
    if log is None:
        yield from _outcomes(g, draft, facts, headers, used, taken, table)
        _outcomes_by_condition(g, draft, facts, headers, used, taken)
        _ties_decided_by_kind(g, draft, facts, headers, used, taken)
        _verdict_on_a_dated_step(g, draft, facts, headers, used, taken)
        # after the outcomes: a step a status column times (告知先向企业投诉) is no date column's to take
        yield from contradicted_by_dates(g, draft, facts, table, order, taken)
        yield from by_date_order(g, draft, facts, table, order, taken)
    _numbered_dates_as_repeats(g, draft, facts, headers, used, taken)
    _doers_beside_their_dates(g, draft, facts, headers, used, taken)
    _ties_one_left(g, draft, facts, headers, used, taken)
    _act_named_by_its_doers(g, draft, facts, headers, used, taken)
    _generic_doer_by_its_values(g, draft, facts, headers, used, taken)
    _levels_apart(g, draft, facts, headers, used)
    draft.roles = _roles(g, draft, facts)
    if _recipients_not_doers(g, draft, facts, [h for h in headers if h not in used]):   # a doer in its place: roles again
        draft.roles = _roles(g, draft, facts)
    mapped = {e.key for e in draft.columns} | used | draft.outcome_headers()
    for header in headers:
        if header in mapped or (log is not None and header not in log.attributes):
            continue
        draft.unmapped.append((header, _looks_like(g, facts[header], taken, draft)))
    fed = taken | ({"case_number"} if log is not None else set())
    for t in g.targets.values():
        if t.id in fed or t.kind == "step_by":
            continue
        draft.available.append(f"{'*' if t.read else ' '} {t.id}：{t.label}")
    return draft
