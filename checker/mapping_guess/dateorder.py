"""Which of several time columns a date column is, told by when its dates fall.

A header may be as close to two steps (转前台时间: 将投诉内容告知前台接待员, or 处理完毕后…报前台接待员), or name no
step at all (报修日期). Where the procedure orders those steps (`Outline.order`: a step before those it leads to, a
deadline's start before its end) and the export's other date columns are already mapped, the dates tell them apart:
a column whose dates come after the receipt and before the handling is the step between the two. Only a choice the
dates leave alone is taken, and it says so."""

from __future__ import annotations

from ..readers.dates import datetime_sql, reordered_sql
from ..sql import ident
from .facts import cell_text
from .words import DATE_SHARE, _n

CONTRARY = 0.1      # share of a column's rows, compared with an anchor, that may fall the wrong side (typing slips)
LEAST = 3           # rows falling on either side of an anchor before its side counts


def by_date_order(g, draft, facts, table: str, order: str | None, taken: set[str]):
    """Activate each doubtful date column whose choices the mapped date columns leave one of (a generator of
    queries, as `guess_steps`)."""
    before = {(a, b) for a, b in g.procedure.order}
    ordered = {c for pair in before for c in pair}
    anchors = {e.key: e.value for e in draft.columns if e.active and e.value in ordered
               and facts[e.key].date_share >= DATE_SHARE}
    timed = draft.outcome_headers()      # a status's date column times the steps the status names
    for entry in draft.columns:
        choices = [c for c in entry.choices if c not in taken and c in ordered and g.is_time(c)]
        if entry.active or entry.key in timed or len(choices) < 2 or facts[entry.key].date_share < DATE_SHARE:
            continue
        related = [h for h, c in anchors.items() if any((c, t) in before or (t, c) in before for t in choices)]
        if not related:
            continue
        sides = yield from _sides(table, entry.key, related, order)
        fits = {t: _fit(t, sides, anchors, before) for t in choices}
        left = [t for t, fit in fits.items() if fit is not None]
        if len(left) != 1 or not fits[left[0]]:     # the others' dates fall the wrong side; this one's the right
            continue
        (chosen,) = left
        entry.value, entry.active = chosen, True
        entry.note += f"；按日期先后只能是 {chosen}：{fits[chosen]}，其他可选的与日期先后不符；请核对"
        taken.add(chosen)
        anchors[entry.key] = chosen


def _sides(table: str, column: str, anchors: list[str], order: str | None):
    """{anchor: (rows where the column's day is before the anchor's, rows where it is after)}; same days count on
    neither side (a date without its time is not before the same day's time)."""
    def day(header: str) -> str:
        return f"CAST({datetime_sql(reordered_sql(cell_text(header), order))} AS DATE)"

    counts = ", ".join(f"count(*) FILTER (WHERE c < a{i}), count(*) FILTER (WHERE c > a{i})"
                       for i in range(len(anchors)))
    days = ", ".join(f"{day(a)} AS a{i}" for i, a in enumerate(anchors))
    row = (yield f"SELECT {counts} FROM (SELECT {day(column)} AS c, {days} FROM {ident(table)})")[0]
    return {a: (row[2 * i], row[2 * i + 1]) for i, a in enumerate(anchors)}


def _fit(target: str, sides: dict, anchors: dict[str, str], before: set) -> str | None:
    """How the column's dates agree with `target`'s place in the procedure (the evidence, "" when no anchor bears on
    it), or None when some anchor's dates fall the wrong side of it."""
    said = []
    for header, (earlier, later) in sides.items():
        anchor = anchors[header]
        if (anchor, target) in before:       # the column should come after the anchor
            wrong, right, side = earlier, later, "晚于"
        elif (target, anchor) in before:
            wrong, right, side = later, earlier, "早于"
        else:
            continue
        if wrong + right >= LEAST and wrong > CONTRARY * (wrong + right):
            return None
        if right >= LEAST:
            said.append(f"{_n(right)} 行{side}“{header}”")
    return "、".join(said)
