"""Which of several time columns a date column is, told by when its dates fall.

A header may be as close to two steps (转前台时间: 将投诉内容告知前台接待员, or 处理完毕后…报前台接待员), or name no
step at all (报修日期). Where the procedure orders those steps (`Outline.order`: a step before those it leads to, a
deadline's start before its end) and the export's other date columns are already mapped, the dates tell them apart:
a column whose dates come after the receipt and before the handling is the step between the two. Only a choice the
dates leave alone is taken, and it says so."""

from __future__ import annotations

from ..readers.dates import datetime_sql, reordered_sql
from ..sql import ident
from .draft import Entry
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


def contradicted_by_dates(g, draft, facts, table: str, order: str | None, taken: set[str]):
    """A date column taken on weak grounds (what its header means in the vocabulary: 登记时间 as the operator's
    受理用户投诉; one word it shares with a label) whose dates fall the wrong side of a column taken on firmer ones
    (企业答复日期, close to 经营者答复用户) in most rows, is another event's time (a generator of queries). Where each
    header also names the other's step and the dates agree the other way round (登记时间 before 受理时间), the two are
    swapped; else it is written commented out with the rows that say so."""
    before = {(a, b) for a, b in g.procedure.order}
    ordered = {c for pair in before for c in pair}
    dated = [e for e in draft.columns if e.active and e.value in ordered and facts[e.key].date_share >= DATE_SHARE]
    for entry in sorted((e for e in dated if e.weak), key=lambda e: -e.weak):
        if not entry.active:
            continue
        anchors = {e.key: e for e in dated if e.active and e.weak < entry.weak} | _outcome_anchors(draft, entry, before)
        wrong = yield from _wrong_side(entry.key, entry.value, anchors, before, facts, table, order)
        if wrong is None:
            continue
        anchor, evidence = wrong
        if (yield from _swapped(g, entry, anchor, anchors, before, facts, table, order)):
            entry.note += f"；但{evidence}，与制度中环节的先后不符，与“{anchor.key}”对调后相符：请核对"
            anchor.note += f"；与“{entry.key}”对调后日期先后才与制度相符：请核对"
            continue
        entry.active = False
        entry.note += f"；但{evidence}，与制度中环节的先后不符，多半是别的事情的时间：请核对"
        taken.discard(entry.value)
        # 向企业投诉日期, which named the operator's 受理 too (even doubtfully) but found it taken: the step is its, if
        # its dates agree
        for other in draft.columns:
            f = facts[other.key]
            said = next((c for c in g.header_candidates(other.key, f) if c.target == entry.value), None) \
                if not other.active and other is not entry and f.date_share >= DATE_SHARE else None
            if said and (yield from _wrong_side(other.key, entry.value, anchors, before, facts, table, order)) is None:
                other.value, other.active = entry.value, True
                other.note = (f"{said.why}；{f.date_evidence()}；原先由“{entry.key}”提供，而它的日期与环节先后不符，"
                              "这一列的相符：请核对")
                taken.add(entry.value)
                break
    yield from _firm_swapped_with_unordered(g, draft, dated, ordered, before, facts, table, order)


def _firm_swapped_with_unordered(g, draft, dated: list, ordered: set, before: set, facts, table: str,
                                 order: str | None):
    """A date column taken on firm grounds (登记时间, whose 登记 names S15's 投诉案件登记) whose dates fall the wrong
    side of another firm one (派单时间) in most rows stays, unless a column read as a time no step orders (台帐登记时间
    read as the receipt's 登记时间) names that step too and its dates fit there, and the first names the other's
    time too: then the two are swapped (a generator of queries)."""
    def why(e, target: str) -> str | None:
        return next((c.why for c in g.header_candidates(e.key, facts[e.key]) if c.target == target), None)

    firm = [e for e in dated if e.active and not e.weak]
    for entry in firm:
        anchors = {e.key: e for e in firm if e.active and e is not entry}
        wrong = yield from _wrong_side(entry.key, entry.value, anchors, before, facts, table, order)
        if wrong is None:
            continue
        anchor, evidence = wrong
        for partner in draft.columns:
            if not partner.active or partner.value in ordered or facts[partner.key].date_share < DATE_SHARE:
                continue
            entry_why, partner_why = why(entry, partner.value), why(partner, entry.value)
            if entry_why and partner_why and \
                    (yield from _wrong_side(partner.key, entry.value, anchors, before, facts, table, order)) is None:
                entry.value, partner.value = partner.value, entry.value
                entry.note = (f"{entry_why}；{facts[entry.key].date_evidence()}；读作环节时间时{evidence}，"
                              f"与制度中环节的先后不符，与“{partner.key}”对调后相符：请核对")
                partner.note = (f"{partner_why}；{facts[partner.key].date_evidence()}；与“{entry.key}”对调后日期先后"
                                "才与制度相符：请核对")
                break


def _outcome_anchors(draft, entry, before: set) -> dict:
    """An outcome's date as an anchor for a date column read as a step before or after one of the outcome's steps
    (申请时间, the time of 消费者提出退货要求 where 售后类型 says 退货退款, for 签收日期 read as 经营者收到退回商品)."""
    found = {}
    for outcome in draft.outcomes:
        step = next((f"{e.value}_at" for e in outcome.steps if (f"{e.value}_at", entry.value) in before
                     or (entry.value, f"{e.value}_at") in before), None)
        if outcome.active and step and outcome.date != entry.key:
            found[outcome.date] = Entry(outcome.date, step, weak=0)
    return found


def _swapped(g, entry, anchor, anchors: dict, before: set, facts, table: str, order: str | None):
    """Swap two columns whose headers each name the other's step too, where the dates agree with it: True if done
    (a generator of queries)."""
    def named(e) -> set[str]:
        return {c.target for c in g.header_candidates(e.key, facts[e.key])}

    if anchor.value not in named(entry) or entry.value not in named(anchor):
        return False
    others = {h: e for h, e in anchors.items() if e is not anchor}
    for column, target in ((entry.key, anchor.value), (anchor.key, entry.value)):
        if (yield from _wrong_side(column, target, others, before, facts, table, order)) is not None:
            return False
    entry.value, anchor.value = anchor.value, entry.value
    return True


def _wrong_side(column: str, target: str, anchors: dict, before: set, facts, table: str, order: str | None):
    """(the anchor entry, how) where the column's dates, read as `target`, fall the wrong side of it in most of its
    rows (a quarter of its filled rows at least); None when they do not (a generator of queries)."""
    related = [h for h, e in anchors.items() if (e.value, target) in before or (target, e.value) in before]
    if not related:
        return None
    sides = yield from _sides(table, column, related, order, timed=True)
    for header, (earlier, later) in sides.items():
        wrong = earlier if (anchors[header].value, target) in before else later
        if wrong >= LEAST and wrong > (earlier + later) / 2 and wrong >= facts[column].filled / 4:
            return anchors[header], (f"有 {_n(wrong)} 行{'早于' if wrong == earlier else '晚于'}“{header}”"
                                     f"（{anchors[header].value}）")
    return None


def _sides(table: str, column: str, anchors: list[str], order: str | None, timed: bool = False):
    """{anchor: (rows where the column's day is before the anchor's, rows where it is after)}; same days count on
    neither side (a date without its time is not before the same day's time). `timed`: where both cells give a time
    of day, the times are compared (处理完成 at 10:00 before 回复前台 at 15:00 the same day)."""
    def when(header: str) -> str:
        return datetime_sql(reordered_sql(cell_text(header), order))

    def side(op: str, i: int) -> str:
        by_day = f"CAST(c AS DATE) {op} CAST(a{i} AS DATE)"
        if not timed:
            return by_day
        return (f"CASE WHEN CAST(c AS TIME) <> TIME '00:00:00' AND CAST(a{i} AS TIME) <> TIME '00:00:00' "
                f"THEN c {op} a{i} ELSE {by_day} END")

    counts = ", ".join(f"count(*) FILTER (WHERE {side('<', i)}), count(*) FILTER (WHERE {side('>', i)})"
                       for i in range(len(anchors)))
    values = ", ".join(f"{when(a)} AS a{i}" for i, a in enumerate(anchors))
    row = (yield f"SELECT {counts} FROM (SELECT {when(column)} AS c, {values} FROM {ident(table)})")[0]
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
