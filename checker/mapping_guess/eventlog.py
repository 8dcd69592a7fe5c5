"""Event logs: the case, activity, time and resource columns, and each activity's step."""

from __future__ import annotations


from ..sql import ident
from .words import (
    ACTIVITIES_LISTED, ACTIVITY_NAMES, CASE_NAMES, CASE_SAMPLE, DATE_SHARE, OPENS, RESOURCE_NAMES, TIME_NAMES,
    WEAK_DATE_SHARE, _n, _pct, norm
)
from .facts import ColumnFacts, _variation_in_cases
from .draft import Entry, EventLogGuess
from .headers import Guesser

# --- event logs ----------------------------------------------------------------------------------------------

def _by_name(headers: list[str], names: tuple[str, ...], allowed) -> str | None:
    ranked = sorted((names.index(norm(h)), i, h) for i, h in enumerate(headers) if norm(h) in names and allowed(h))
    return ranked[0][2] if ranked else None


def _activity_counts(table: str, case: str, activity: str, time: str, date_order: str | None):
    """(activity, events, cases, cases it opens), most frequent first; a case opens with its earliest event (ties:
    the earlier line)."""
    from ..readers.dates import datetime_sql, reordered_sql

    a, c = ident(activity), ident(case)
    t = datetime_sql(reordered_sql(ident(time), date_order))
    return (yield
        f"WITH e AS (SELECT CAST({c} AS VARCHAR) AS c, CAST({a} AS VARCHAR) AS a, {t} AS t, _row FROM {ident(table)} "
        f"WHERE NULLIF(trim(CAST({a} AS VARCHAR)), '') IS NOT NULL AND {c} IS NOT NULL), "
        f"o AS (SELECT arg_min(a, struct_pack(t := t, r := _row)) AS a FROM e WHERE t IS NOT NULL GROUP BY c) "
        f"SELECT e.a, count(*), count(DISTINCT e.c), coalesce(any_value(n.opens), 0) FROM e LEFT JOIN "
        f"(SELECT a, count(*) AS opens FROM o GROUP BY a) n ON e.a = n.a GROUP BY e.a ORDER BY 2 DESC, 1")


def _first_step(g: Guesser) -> str | None:
    """The step a case starts with: the first step about receiving a complaint, else the first of the flow."""
    steps = g.procedure.steps
    return next((s.id for s in steps if "receive" in g.step_concepts[s.id]), steps[0].id if steps else None)


def _detect_event_log(g: Guesser, table: str, headers: list[str], facts: dict[str, ColumnFacts],
                      date_order: str | None = None):
    """A long event log: a case column whose values repeat, an activity column that changes within a case, a time
    column that reads as dates; None for a one-row-per-case export."""
    names = CASE_NAMES + tuple(n for n, (target, _) in g.names.items() if target == "case_number" and n not in CASE_NAMES)
    case = _by_name(headers, names, lambda h: facts[h].filled and facts[h].distinct <= 0.8 * facts[h].filled
                    and facts[h].distinct >= 1)
    if case is None:
        return None
    cases = facts[case].distinct
    multi = yield from _variation_in_cases(table, case, headers, facts)
    if multi < 0.3 * min(cases, CASE_SAMPLE):   # a few repeated case numbers in a table of cases: duplicates
        return None
    varies = {h: (facts[h].varies_in_case or 0.0) for h in headers if h != case}
    activity = _by_name(headers, ACTIVITY_NAMES, lambda h: h != case and 2 <= facts[h].distinct <= 1000
                        and varies[h] >= 0.2 and facts[h].date_share < WEAK_DATE_SHARE)
    dated = [h for h in headers if h != case and facts[h].date_share >= DATE_SHARE and varies[h] >= 0.2]
    time = _by_name(dated, TIME_NAMES, lambda h: True) or max(dated, key=lambda h: facts[h].distinct, default=None)
    if activity is None or time is None:
        return None
    resource = _by_name(headers, RESOURCE_NAMES, lambda h: h not in (case, activity, time)
                        and facts[h].date_share < WEAK_DATE_SHARE)
    events = facts[case].filled
    log = EventLogGuess(case, activity, time, resource, cases, events)
    log.notes = {
        "case": f"{_n(cases)} 个案件" + (f"，{_n(multi)} 个有多个事件" if cases <= CASE_SAMPLE else
                                         f"；前 {_n(CASE_SAMPLE)} 个案件中 {_n(multi)} 个有多个事件"),
        "activity": f"{_n(facts[activity].distinct)} 种活动，在 {_pct(round(varies[activity] * multi), multi)} 的多事件案件中变化",
        "time": f"{facts[time].date_evidence()}",
        "resource": "办理人：各环节的 <环节>_by" if resource else "没有找到办理人列",
    }
    rows = yield from _activity_counts(table, case, activity, time, date_order)
    log.more_activities = max(0, len(rows) - ACTIVITIES_LISTED)
    steps = [s.id for s in g.procedure.steps]
    first = _first_step(g)
    for name, count, in_cases, starts in rows[:ACTIVITIES_LISTED]:
        name = str(name)
        step, score, why, rivals = g.match_activity(name)
        seen = f"{_n(count)} 个事件，{_n(in_cases)} 个案件"
        if starts:
            seen += f"，其中 {_n(starts)} 个案件以它开始"
        opener = first is not None and starts >= OPENS * in_cases and starts >= 0.02 * cases
        if opener and step != first:
            # a case begins when the complaint comes in: the first event of most cases it appears in is the receipt,
            # whatever the name suggests (Assign seriousness opens 94% of a helpdesk log's tickets)
            said = f"；名称像环节 {step}（{why}），但" if step else "；"
            log.activities.append(Entry(name, first, f"{seen}{said}它出现的案件 {_pct(starts, in_cases)} 以它开始："
                                                     f"视为“{g.steps[first].name}”"))
        elif step is not None and step == first and not rivals and starts < 0.2 * in_cases and any(
                r[3] >= OPENS * r[2] for r in rows if r[0] != name):
            log.activities.append(Entry(name, step, f"{seen}；{why}，但它出现的案件只有 {_pct(starts, in_cases)} 以它开始，"
                                                    "而别的活动开始了大多数案件：不像受理", False))
        elif step is None:
            log.activities.append(Entry(name, "?", f"{seen}；不像任何环节（可选：{'、'.join(steps[:8])}）", False))
        elif rivals:
            log.activities.append(Entry(name, step, f"{seen}；{why}，但与 {'、'.join(rivals)} 同样相近：请选定", False))
        elif score < 0.45:
            log.activities.append(Entry(name, step, f"{seen}；{why}，依据不足", False))
        else:
            log.activities.append(Entry(name, step, f"{seen}；{why}"))
    closing = {e.value for e in log.activities if e.active and "close" in g.step_concepts.get(e.value, set())}
    log.last = [Entry(step, None, "结案类环节") for step in sorted(closing)]
    log.attributes = [h for h in headers if h not in (case, activity, time, resource) and facts[h].filled
                      and (facts[h].varies_in_case or 0.0) <= 0.02]
    return log


