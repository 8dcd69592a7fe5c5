"""Status columns that say which step a case reached, and columns whose values say a step's decision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..text import as_text
from .draft import Draft, Entry, OutcomeGuess
from .facts import dated_by_value
from .words import (
    CONCEPTS, DATE_SHARE, FILLER, WEAK_DATE_SHARE, _answer, _cjk_pairs, _n, _negated, _respelled, _stem, _without_aside,
    concepts_of, fold, has_cjk, norm
)

if TYPE_CHECKING:   # the guesser is passed in; importing it here would be circular
    from .headers import Guesser


def _outcomes(g: Guesser, draft: Draft, facts, headers, used, taken, table: str):
    """A column no header names whose values name steps (受理结论: 受理 / 建议其他途径) and a date column no header
    names either: the date is the time of the step each value names (`outcomes:`). Taken only when the date's header
    says what the status column says (受理结论 and 结论时间); otherwise offered commented out."""
    named = {e.key for e in draft.columns if e.active} | set(used)
    doubtful = {e.key: e for e in draft.columns if not e.active}
    # dates whose header names no act: not mapped, or only offered as "a date, but which one?"
    dates = [h for h in headers if h not in named and facts[h].filled and facts[h].date_share >= DATE_SHARE
             and (h not in doubtful or not concepts_of(h))]
    for index, header in enumerate(headers):
        f = facts[header]
        if header in named or not _status_like(f):
            continue
        core = {c for c in norm(header) if has_cjk(c)}
        # a step's date the header of which says the status's words (受理决定时间 beside 受理情况) or one of its values
        # (派单时间 beside 处理方式: 派单 / 催单 / 重派): the time of whichever step the status names, once the values
        # name it and another
        said = {norm(v) for v, _ in f.top}
        owned = {e.value[:-3]: e for e in draft.columns if e.active and g.targets[e.value].kind == "step_at"
                 and (len(core & set(norm(e.key))) >= 2 or _stem(e.key) in said)}
        # the receipt has its own column: a step another date is taken for is no status's
        free = [s for s in g.procedure.steps if f"{s.id}_at" not in taken or s.id in owned]
        passing = concepts_of(header) if RECIPIENTS.search(norm(header)) else None
        steps, counted = _steps_of_values(g, f, free, passing)
        owners = {owned[e.value].key: owned[e.value] for e in steps if e.value in owned}
        owner = next(iter(owners.values())) if len(owners) == 1 else None
        if owner is not None:
            # 受理决定时间 is the decision's time only where it is filled on the rows the other values name
            # (不予受理 too); 立案日期, filled only where it says 立案, is that step's own date
            dated = yield from dated_by_value(table, header, owner.key)
            others = [(count, dated.get(value, 0)) for value, count in f.top
                      if value in {str(e.key) for e in steps if f"{e.value}_at" != owner.value}]
            if not others or sum(d for _, d in others) < 0.5 * sum(c for c, _ in others):
                owner = None
        if owner is None:       # each step's own date keeps its step; the values name the others
            steps = [e for e in steps if e.value not in owned]
            counted = sum(count for value, count in f.top if value in {str(e.key) for e in steps})
        # 录入时间 (录入 is 记录) beside 是否受理 (受理: 详细记录受理的投诉件), even offered doubtfully for that step: a
        # date saying the act of a step the values name is the status's date, before one merely near it (办结日期)
        acting_dates = [h for h in [*dates, *doubtful] if h not in named and h != header and facts[h].filled
                        and facts[h].date_share >= DATE_SHARE
                        and any(concepts_of(h) & g.step_concepts[e.value] for e in steps)]
        if len({e.value for e in steps}) < 2 or counted < 0.5 * f.filled or not (dates or acting_dates or owner):
            continue
        doer = None
        if owner is not None:
            draft.columns.remove(owner)
            taken.discard(owner.value)
            dates.append(owner.key)
            # 派单人 beside 派单时间: who did whichever step it was
            doer = next((e for e in draft.columns if e.active and e.value == f"{owner.value[:-3]}_by"), None)
        date = owner.key if owner is not None else \
            max(dict.fromkeys(dates + acting_dates), key=lambda h: (h in acting_dates, len(core & set(norm(h))),
                                                                    -abs(headers.index(h) - index - 0.5)))
        shared = "".join(c for c in norm(date) if c in core)
        # 录入时间 beside 受理情况 (受理 / 不予受理): the date says the act of one of the steps the values name
        acting = next((g.steps[e.value] for e in steps if concepts_of(date) & g.step_concepts[e.value]), None)
        # 决定日期 beside 立案情况 (立案 / 转举报处理): the date of a decision, and the values say which way it went
        decided = _stem(date) in ("决定", "结论", "意见", "处理意见", "决定通知")
        active = len(shared) >= 2 or acting is not None or decided
        if decision := _decision_between(g, steps):
            # 作出受理或者不予受理的决定 for 受理 / 不予受理: every row's date is the decision's time, whatever it says
            # 不予立案 read as 作出不予受理决定 is 作出是否立案决定 said the other way, not a step of its own
            steps = [e for e in steps if e.value != decision.id and (
                str(e.key) not in decision.said or _answer(str(e.key)) in norm(g.steps[e.value].name))]
            if not steps:     # 受理 / 不予受理 for 判断是否属于受理范围: the steps after it, 详细记录受理的投诉件 or 不属于…
                later = {b for a, b in g.procedure.order if a == f"{decision.id}_at"}
                after, _ = _steps_of_values(g, f, [s for s in free if f"{s.id}_at" in later])
                steps = after if len({e.value for e in after}) >= 2 else []
            draft.columns.append(Entry(date, f"{decision.id}_at", f"取值{'、'.join(decision.said)}都是环节"
                                       f"“{decision.name}”所说的决定，“{date}”是每一行的决定时间", active))
            taken |= {f"{decision.id}_at"} if active else set()
            if doer is not None and doer.value == f"{decision.id}_by":
                doer = None       # who decided stays the decision's, not the later steps'
        why = f"取值说的是 {len(steps)} 个环节；“{date}”" + (
            f"与它同说“{shared}”，是这些环节的时间" if len(shared) >= 2
            else f"说的是环节“{acting.name}”的动作，读作这些环节的时间" if acting
            else "是一项决定的日期，取值说它怎样决定，读作这些环节的时间" if decided
            else "是离它最近的日期列：请核对它是不是这些环节的时间")
        if steps and doer is not None:
            draft.columns.remove(doer)
            taken.discard(doer.value)
        if steps:
            draft.outcomes.append(OutcomeGuess(header, date, why, steps, active, doer.key if doer else None))
        if date in doubtful:      # its own guess was only "a date, which one?": the outcome says which
            draft.columns.remove(doubtful.pop(date))
        if header in doubtful:    # its values name steps, not, more or less, some field's options (受理 / 不予受理)
            draft.columns.remove(doubtful.pop(header))
            draft.values = [b for b in draft.values if b.header != header]
        named |= {header, date}
        if date in dates:
            dates.remove(date)
        if active:
            taken |= {f"{e.value}_at" for e in steps}


def _status_like(f) -> bool:
    """A status or a kind is a few short words (受理, 不予受理; 退货退款, 维修), not remarks nor dates."""
    return 2 <= f.distinct <= 8 and len(f.top) >= f.distinct and f.date_share < WEAK_DATE_SHARE \
        and all(len(norm(_without_aside(v))) <= 8 for v, _ in f.top)


# 上报对象, 呈报对象: a column naming whom the case went to, each value the step passing it to them
RECIPIENTS = re.compile(r"(报|呈|转|送|交|通知|告知).{0,2}对象$")


def _steps_of_values(g: Guesser, f, among_steps, passing: set[str] | None = None) -> tuple[list[Entry], int]:
    """The step each of a status column's values names, among these, with the rows they account for. Where the
    values are whom the case went to (上报对象: 管理处主任 / 公司总经理), not a step the role named does itself (管理处主任
    进行处理程序) but one passing the case to it by the header's act (`passing`: 上报, so 转呈管理处主任 rather than
    通知…管理处主任出面)."""
    steps, counted = [], 0
    for value, count in f.top:
        # 不予受理 is not the step that 受理s (详细记录受理的投诉件): a negated value names a step negated alike
        among = [s for s in among_steps if _negated(s.name)] if _negated(value) else among_steps
        if passing is not None:
            to = [s for s in among if norm(value) in norm(s.name)
                  and not (s.role and norm(value) in norm(g.role_name.get(s.role, "")))]
            to = [s for s in to if passing & g.step_concepts[s.id]] or to
            if len(to) == 1:
                steps.append(Entry(value, to[0].id, f"{_n(count)} 行；是环节“{to[0].name}”把案件交给的一方"))
                counted += count
            continue
        found = g._steps_named(fold(value), "_at", among=among) if has_cjk(value) else []
        how = ""
        for text, said in _respelled(fold(value)) if not found and has_cjk(value) else ():
            if len(hit := g._steps_named(text, "_at", among=among)) == 1:    # 撤诉 is 撤回: 收到投诉人撤回申请
                found, how = hit, f"{said}，"
                break
        if len(found) == 1:        # one step, not two named alike
            step = g.steps[found[0].target[:-3]]
            steps.append(Entry(value, step.id, f"{_n(count)} 行；{how}与环节名“{step.name}”最相近"))
            counted += count
    for value, count in f.top if passing is None else ():
        if (approved := _approving(g, value, count, steps, among_steps)) is not None:
            steps.append(approved)
            counted += count
    return steps, counted


# 同意, 已同意, 审核通过, 同意退货: a value granting what another value of the column refuses
APPROVING = re.compile(r"^(?:审核|审批)?(?:已|予以|准予)?(?:同意|通过|批准|核准)(.*)$")
REFUSING = re.compile(r"(?:不予|拒绝|驳回|不同意)(.{2,}?)(?:[（(，,；;。]|$)")


def _approving(g: Guesser, value: str, count: int, steps: list[Entry], among_steps) -> Entry | None:
    """The step an approving value names (同意 / 已同意 / 同意退货 beside 驳回, read as 经营者拒绝退货): handling
    (办理) what the refusing step refuses (退货: 经营者办理退货手续). Only that thing: 同意维修 beside a refusal of
    退货 grants something else, which the status does not say is a step."""
    match = APPROVING.match(norm(value))
    if match is None or any(str(e.key) == value for e in steps):
        return None
    refused = [(e, REFUSING.search(fold(g.steps[e.value].name))) for e in steps if "reject" in concepts_of(str(e.key))]
    things = {m.group(1) for _, m in refused if m}
    if len(things) != 1 or match.group(1) not in ("", *things):
        return None
    thing = things.pop()
    refusing = {e.value for e, _ in refused}
    found = g._steps_named(f"办理{thing}", "_at", among=[s for s in among_steps if s.id not in refusing])
    if len(found) != 1:
        return None
    step = g.steps[found[0].target[:-3]]
    return Entry(value, step.id, f"{_n(count)} 行；同意的是同列“{refused[0][0].key}”所拒绝的“{thing}”，读作办理它的"
                                 f"环节“{step.name}”")


def _verdict_on_a_dated_step(g: Guesser, draft: Draft, facts, headers, used, taken) -> None:
    """受理意见 (受理 / 不予受理) beside 审查日期, taken for 申诉受理机构审查并受理申诉: the date is that step's time only
    on the rows saying it was done (受理); a row refusing it (不予受理) was reviewed, not accepted."""
    named = {e.key for e in draft.columns if e.active} | set(used) | draft.outcome_headers()
    dated = {str(e.value)[:-3]: e for e in draft.columns if e.active and g.targets[e.value].kind == "step_at"}
    for header in headers:
        f = facts[header]
        if header in named or not _status_like(f):
            continue
        said = {norm(v): (v, count) for v, count in f.top}
        for word, (value, count) in said.items():
            denial = next((w for w in said if w in (f"不予{word}", f"不{word}", f"未{word}")), None)
            # the date names the step's other act (审查日期 for 申诉受理机构审查并受理申诉): not a date of the act itself
            # nor one of another step (登记时间, taken for 经营者受理用户投诉 by the vocabulary's sense of it)
            steps = [s for s in g.procedure.steps if s.id in dated and word in norm(s.name) and not _negated(s.name)
                     and _stem(dated[s.id].key) in norm(s.name)]
            if len(word) < 2 or denial is None or len(steps) != 1 or word in norm(dated[steps[0].id].key):
                continue
            step, date = steps[0], dated[steps[0].id]
            draft.columns.remove(date)
            why = (f"取值“{value}”是环节“{step.name}”的“{word}”，“{said[denial][0]}”是没有{word}：“{date.key}”只在说"
                   f"“{value}”的行是这一环节的时间")
            draft.outcomes.append(OutcomeGuess(header, str(date.key), why, [Entry(value, step.id, f"{_n(count)} 行；"
                                                                                  f"与环节名“{step.name}”同说“{word}”")],
                                               True))
            named |= {header}
            break


def _outcomes_by_condition(g: Guesser, draft: Draft, facts, headers, used, taken) -> None:
    """A date no header names alone, close to steps that happen on different values of one field the export has
    (上报上级时间: 当场处理后向上级汇报 where 当场处理 is 是, 不能当场处理的，通知上级领导 where it is 否): the time of the
    step that field's value names, as `outcomes:` on the field's own column."""
    named = {e.key for e in draft.columns if e.active} | set(used) | draft.outcome_headers()
    column_of = {e.value: e.key for e in draft.columns if e.active}
    blocks = {b.column: b for b in draft.values}
    for header in headers:
        if header in named or facts[header].date_share < DATE_SHARE:
            continue
        words_ = {p for p in _cjk_pairs(_stem(header)) if p not in FILLER}
        # the steps its words are in, or its names read another way say (报主管: 向上级汇报, 通知上级领导)
        said = {c.target for c in g.header_candidates(header, facts[header])}
        close = [s for s in g.steps.values() if f"{s.id}_at" not in taken
                 and (words_ & _cjk_pairs(norm(s.name)) or f"{s.id}_at" in said)]
        for field_id in dict.fromkeys(k for s in close for k in s.when):
            status, block = column_of.get(field_id), blocks.get(field_id)
            if status is None or block is None or status in {o.status for o in draft.outcomes}:
                continue
            steps = []
            for entry in block.entries:
                on = [s for s in close if as_text(entry.value) in s.when.get(field_id, ())] if entry.active else []
                if len(on) == 1:
                    steps.append(Entry(entry.key, on[0].id, f"“{status}”为“{entry.key}”时的环节“{on[0].name}”"))
            if len({e.value for e in steps}) < 2:
                continue
            shared = "、".join(sorted(words_ & {p for e in steps for p in _cjk_pairs(norm(g.steps[e.value].name))}))
            draft.columns = [e for e in draft.columns if e.key != header]     # its own guess was only "which one?"
            draft.outcomes.append(OutcomeGuess(status, header, (f"“{header}”与这些环节同说“{shared}”" if shared else
                                                                f"“{header}”像这些环节的时间") + "；哪一个环节由"
                                               f"“{status}”的取值决定（各环节的条件）", steps, True))
            named.add(header)
            taken |= {f"{e.value}_at" for e in steps}
            break


def _ties_decided_by_kind(g: Guesser, draft: Draft, facts, headers, used, taken) -> None:
    """A date equally near two or more steps (申请时间: 消费者提出退货要求 or 消费者提出修理、更换…要求), beside a column
    whose values say which of them each row is (售后类型: 退货退款 / 换货 / 维修): the date is the time of the step each
    value names (`outcomes:`). A value names the step saying its words, before one only listing them among other things
    (退货 of 退货要求, not of 修理、重作、更换、退货…要求). The column may also be a field's (服务类型 as 退货依据).
    A date already read as one step's (登记时间, the receipt's by its name) is read so too when the act it names is
    also another step's (收到投诉, 收到举报) and the kinds name both (投诉, 举报)."""
    named = {e.key for e in draft.columns if e.active and g.targets[e.value].kind in ("step_at", "step_by")} \
        | set(used) | draft.outcome_headers()
    for tie, among in _dates_of_several_kinds(g, draft, facts, named, taken):
        for header in headers:
            f = facts[header]
            if header in named or header == tie.key or not _status_like(f):
                continue
            # a date read already is only re-read by kinds each the object of the act it says (投诉 of 收到投诉)
            steps = [Entry(value, step.id, f"{_n(count)} 行；说的是环节“{step.name}”") for value, count in f.top
                     if (step := _kind_named(g, value, among)) is not None
                     and not (tie.active and not _object_of(tie.key, value, step.name))]
            counted = sum(count for value, count in f.top if value in {str(e.key) for e in steps})
            if len({e.value for e in steps}) < 2 or counted < 0.5 * f.filled \
                    or tie.active and g.targets[tie.value].step not in {e.value for e in steps}:
                continue
            draft.columns.remove(tie)
            near = (f"说的“{_act_said(tie.key)}”是 {len(among)} 个环节的事" if tie.active
                    else f"与 {len(among)} 个环节同样相近")
            draft.outcomes.append(OutcomeGuess(header, tie.key, f"“{tie.key}”{near}；"
                                               f"哪一个由“{header}”的取值决定", steps, True))
            named |= {header, tie.key}
            taken |= {f"{e.value}_at" for e in steps}
            break


def _dates_of_several_kinds(g: Guesser, draft: Draft, facts, named, taken):
    """Each date with the steps it may be the time of: a tie's equally near steps (登记 for 收到投诉 and 收到举报), not a
    date that names no act (分送时间); a date read as one step's, with the other free steps saying the act it names."""
    for entry in list(draft.columns):
        if entry.key in named and not entry.active:
            continue
        if not entry.active and len(entry.choices) >= 2:
            said = {t for c in g.header_candidates(entry.key, facts[entry.key]) for t in c.even}
            among = [g.steps[g.targets[t].step] for t in entry.choices if g.targets[t].kind == "step_at"
                     and t in said and t not in taken]
        elif entry.active and g.targets[entry.value].kind == "step_at":
            acts, own = concepts_of(entry.key), g.targets[entry.value].step
            among = [s for s in g.procedure.steps if s.id == own
                     or acts & g.step_concepts[s.id] and f"{s.id}_at" not in taken]
        else:
            continue
        if len(among) >= 2:
            yield entry, among


def _act_words(header: str) -> list[str]:
    """The Chinese words of the acts a header says (受理, 登记, 收到… for 登记时间)."""
    return [word for concept in sorted(concepts_of(header)) for word in CONCEPTS[concept][2]]


def _object_of(header: str, value: str, name: str) -> bool:
    """Whether the step's name says the act the header says done to the value (收到投诉 for 登记时间 and 投诉)."""
    return any(f"{word}{norm(value)}" in norm(name) for word in _act_words(header))


def _act_said(header: str) -> str:
    """The header's own word for its act (登记 of 登记时间)."""
    return "、".join(word for word in _act_words(header) if word in header)


def _kind_named(g: Guesser, value: str, among):
    """The step of these a kind (退货退款, 维修) names: of those saying its words, the one saying them outright rather
    than among other things listed (修理、重作、更换、退货…); else the clearly likest by name."""
    pairs = _cjk_pairs(norm(value))
    said = [s for s in among if pairs & _cjk_pairs(norm(s.name))]
    outright = [s for s in said if "、" not in s.name]
    if len(said) > 1 and len(outright) == 1:
        return outright[0]
    scored = sorted(((g.step_score(norm(value), s), s) for s in among), key=lambda x: -x[0])
    if scored[0][0] >= 0.5 and scored[0][0] - scored[1][0] >= 0.2:
        return scored[0][1]
    return None


@dataclass
class _Decision:
    id: str
    name: str
    said: list[str]


def _decision_between(g: Guesser, steps: list[Entry]) -> _Decision | None:
    """The step a status value names whose name is a choice between two or more of the values (作出受理或者不予受理的
    决定 for 受理 and 不予受理): it is taken whichever way it went."""
    for step_id in dict.fromkeys(e.value for e in steps):
        name = norm(g.steps[step_id].name)
        # 作出是否立案决定 for 立案 and 不予立案: the name says the act, 是否 both ways of it
        said = [str(e.key) for e in steps if _answer(str(e.key)) in name
                or ("是否" in name and re.sub(r"^(?:不予|不|未)", "", norm(str(e.key))) in name)]
        if ("或" in name or "是否" in name) and len(said) >= 2:
            return _Decision(step_id, g.steps[step_id].name, said)
    return None
