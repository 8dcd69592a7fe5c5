"""The columns the first pass left, read again: by their values, by the yes/no fields still free, beside the date
columns of their steps."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..text import as_text
from .draft import Draft, Entry, ValueBlock
from .facts import ColumnFacts
from .headers import _fits, _numbered_shape, _shared_words
from .outline import Target
from .roles import _rows_naming
from .truths import _by_options, _common_ending, _listed_case, _truth_option_id, _undecided
from .words import (
    DATE_SHARE, GENERIC_STEMS, GOODS_WORDS, KIND_WORDS, NO, UNKNOWN_VALUES, WEAK_DATE_SHARE, YES, _chars_in,
    _doers_act, _in_procedure_words, _n, _respelled, _show, _stem, abbreviation_score, concepts_of, has_cjk,
    header_ordinal, norm
)

if TYPE_CHECKING:   # the guesser is passed in; importing it here would be circular
    from .headers import Guesser


def _numbered_dates_as_repeats(g: Guesser, draft: Draft, facts, headers, used, taken) -> None:
    """跟踪批次1, 跟踪批次2, 跟踪批次3: date columns alike but for their number, which no header-named step took, are
    the times of the one step the procedure does several times (S17's 记录一批交货的质量状况, 3 times), where the headers
    say a word of its name (批)."""
    repeated = [s for s in g.procedure.steps if f"{s.id}_2_at" in g.targets]
    # a header the first pass only found like a step (第1批跟踪日期 like 连续跟踪三批次…) is still one of the group
    entries = {e.key: e for e in draft.columns if e.active}
    named = {k for k, e in entries.items() if e.named} | set(used) | draft.outcome_headers()
    shapes: dict[str, list[str]] = {}
    for header in headers:
        if header not in named and header_ordinal(header) is not None and facts[header].date_share >= DATE_SHARE:
            shapes.setdefault(_numbered_shape(header), []).append(header)
    for shape, group in shapes.items():
        numbers = sorted(header_ordinal(h) for h in group)
        said = [s for s in repeated if set(_stem(shape.replace("#", ""))) & set(s.name) - set("的和与及")]
        if len(said) != 1 or len(group) < 2 or numbers != list(range(1, len(group) + 1)):
            continue
        step = said[0]
        targets = {h: f"{step.id}_at" if header_ordinal(h) == 1 else f"{step.id}_{header_ordinal(h)}_at" for h in group}
        held = {entries[h].value for h in group if h in entries}
        if any(t not in g.targets or t in taken and t not in held for t in targets.values()):
            continue
        taken -= held
        for header in group:
            draft.columns = [e for e in draft.columns if e.key != header]
            draft.columns.append(Entry(header, targets[header], f"{facts[header].date_evidence()}；同样的日期列只差序号"
                                       f"（{_n(len(group))} 列），读作制度中多次办理的环节“{step.name}”的第 "
                                       f"{header_ordinal(header)} 次：请核对"))
            taken.add(targets[header])
        for freed in held - taken:      # 连续跟踪三批次…，确认改善效果, 第1批跟踪日期 took first: 效果确认日期's
            _offer_freed(g, draft, facts, headers, set(used) | set(group), taken, freed)


def _offer_freed(g: Guesser, draft: Draft, facts, headers, used, taken, target: str) -> None:
    """A step's time another pass took back: the date column whose header names it best, if one does, among those
    left or placed where their header does not say (by the order of the dates, or as the first time column)."""
    said = {h: {c.target: c for c in cs if c.score >= 0.6} for h, cs in _dates_named(g, facts, headers).items()}
    placed = {e.key: e for e in draft.columns if e.active}
    fixed = {k for k, e in placed.items() if k not in said or e.value in said[k]} | set(used) | draft.outcome_headers()
    named = sorted(((c.score, h) for h, cs in said.items() if h not in fixed for c in cs.values()
                    if c.target == target), reverse=True)
    if not named or len(named) > 1 and named[1][0] == named[0][0]:
        return
    header = named[0][1]
    if header in placed:
        taken.discard(placed[header].value)
    draft.columns = [e for e in draft.columns if e.key != header]
    draft.columns.append(Entry(header, target, f"{said[header][target].why}；{facts[header].date_evidence()}"))
    taken.add(target)


def _unmapped_yes_no(g: Guesser, draft: Draft, facts, headers, used, taken) -> None:
    """Columns whose values are all yes/no, offered to the procedure's yes/no fields by header resemblance."""
    entries = {e.key: e for e in draft.columns}
    free = [t for t in g.targets.values() if t.yes_no and t.id not in taken]
    for header in headers:
        f = facts[header]
        doubtful = header in entries and not entries[header].active
        if header in entries and not doubtful or header in used or not free or f.distinct < 1 \
                or f.yes_no_share() < 0.95 and not _answers_its_question(header, f) \
                and not (f.yes_no_share() >= 0.8 and (ASKED.search(norm(header)) or _rest_undecided(f))):
            # 有无损失 holding 有 / 无 and a few others (待评估, 部分): a question, its odd answers for the audit; so
            # 赴客户端处理 holding Y / N and a few 待确认, 未定
            continue
        if draft.event_log is not None and header not in draft.event_log.attributes:
            continue
        core = re.sub(r"是否|有无|是不是|能否|可否", "", header) or header     # 是否越级 for 有越级投诉记录或越级倾向
        # what the goods are is no evidence: 定制商品 is not 依法认定为不合格商品 for its 定 and 商品
        bare = re.sub("|".join(GOODS_WORDS), " ", core).strip() or core
        said_so = _in_procedure_words(bare)      # 疑难件 as 复杂件, 品质 as 质量
        scored = sorted(((max(abbreviation_score(said_so, t.label), 0.9 * _chars_in(said_so, t.label)), t)
                         for t in free), key=lambda s: -s[0])
        score, target = scored[0]
        note = f"取值都是是/否：{f.values_text(4)}" if f.yes_no_share() >= 0.95 else \
            f"取值是是/否，另有尚未确定的：{f.values_text(4)}" if _rest_undecided(f) else \
            f"取值是表头所问的是或否：{f.values_text(4)}"
        active = score >= 0.6 and (len(scored) == 1 or scored[1][0] < score)
        # 三包, said another way, is a 国家规定 on returns
        said, how = _shared_words_said_otherwise(bare, [t for _, t in scored]) if not active else ({}, "")
        listed = False
        if not active and not said:     # 定制商品: 定作 is among the goods the field's help lists (消费者定作的)
            helped = [replace(t, label=" ".join(_listed_heads(t.help))) for _, t in scored if t.help]
            listed = bool(said := _shared_words(_in_procedure_words(bare), helped))
        # 赴客户端处理 for 业务部或有关单位前往处理: the one yes/no label ending in the header's act
        ending = {t.id: act for _, t in scored if len(act := _common_ending(norm(core), norm(t.label))) >= 2
                  and has_cjk(act)} if not active and not said else {}
        if len(said) == 1:      # 质量问题 for 商品或者服务不符合质量要求: the one yes/no label saying a word of it
            (target_id, shared), = said.items()
            target, active = g.targets[target_id], True
            if listed:
                note += f"；表头说的“{'、'.join(shared)}”是是/否字段“{target.label}”的说明所列的情形"
            else:
                note += f"；{how + '，' if how else ''}表头与是/否字段中只有“{target.label}”同说“{'、'.join(shared)}”"
        elif len(ending) == 1:
            (target_id, act), = ending.items()
            target, active = g.targets[target_id], True
            note += f"；表头与是/否字段中只有“{target.label}”同以“{act}”结尾"
        elif active:
            note += f"；表头与“{target.label}”相近"
        elif f.yes_no_share() < 0.95 and _all_read(g.value_block(target, header, f)[0]):
            # 需上报 / 不需上报 for 是否需要向监管机构报告: the values say the label's answers, read by its words
            active = True
            note += f"；取值读作是/否字段“{target.label}”的回答"
        else:
            note += f"；表头不像任何一个是/否字段（可选：{'、'.join(t.id for _, t in scored[:4])}），请核对"
        if doubtful and not active:
            continue      # the header's own (commented) guess stays
        if doubtful:
            draft.columns.remove(entries[header])
        _propose(draft, Entry(header, target.id, note, active), g.value_block(target, header, f)[0], taken)
        if active:
            free.remove(target)


# going to the customer to do it (前往处理, 现场处理, 上门处理, 驻厂代表处理, 赴客户端处理)
ON_SITE = ("前往", "现场", "上门", "驻厂", "到场", "到厂", "赴", "派员")


def _way_of_an_act(g: Guesser, draft: Draft, facts, headers, used, taken) -> None:
    """A column saying how something was done, for a yes/no field saying it was done one way: 处理方式 (现场处理 /
    驻厂处理 / 电话沟通 / 寄样分析) for 业务部或有关单位前往处理, where the field says the column's act and a value goes
    to the customer; 补偿方式 (特案保修 / 善意补偿 / 无) for 是否申请特案保修结算, which says one of its values; 来源
    (来访 / 来信 / 省站转办) for 省投诉处理机构转交办理, which one of its values abbreviates. Yes for that way, no for
    the others; undecided and "other" values are left for the audit to report."""
    named = {e.key for e in draft.columns if e.active} | set(used) | draft.outcome_headers()
    for target in [t for t in g.targets.values() if t.yes_no and t.id not in taken]:
        label = norm(target.label)
        for header in headers:
            way = re.fullmatch(r"(.{2,})(?:方式|形式)", norm(header))
            source = SOURCE.fullmatch(norm(header))
            f = facts[header]
            if header in named or not (way or source) or not 2 <= f.distinct <= 12 or len(f.top) < f.distinct:
                continue
            said = {v for v, _ in f.top if len(norm(v)) >= 2 and norm(v) in label}
            if source:      # 省站转办 among 来访 / 来信 / 12345转办 for S43's 省投诉处理机构转交办理: the label abbreviated
                said |= {v for v, _ in f.top if len(norm(v)) >= 3 and abbreviation_score(norm(v), label) >= 0.75}
            on_site = {v for v, _ in f.top if any(w in norm(v) for w in ON_SITE)} \
                if way and way.group(1) in label and any(w in label for w in ON_SITE) else set()
            # 待定, 其他, 见附件: no way said, or said elsewhere
            left = {v for v, _ in f.top if norm(v).startswith(("待", "见", "详见"))
                    or norm(v) in UNKNOWN_VALUES | {"其他", "其它"}}
            yes = said or on_site
            if not yes or len(yes | left) == len(f.top):
                continue
            kind = "来源" if source else "方式"
            entries = [Entry(v, _truth_option_id(target, True), f"{_n(c)} 行；" + ("标签说的就是它" if v in said
                                                                                  else "去到现场办理")) if v in yes
                       else Entry(v, "?", f"{_n(c)} 行；没有说怎样办理，留给审计报告", False) if v in left
                       else Entry(v, _truth_option_id(target, False), f"{_n(c)} 行；另一种{kind}：请核对")
                       for v, c in f.top]
            how = f"取值“{'、'.join(sorted(said))}”" if said else \
                f"表头说“{way.group(1)}”，取值“{'、'.join(sorted(yes))}”去到现场"
            # a source's other values (来访, 来信) are only likely no referral: offered commented out
            _propose(draft, Entry(header, target.id, f"表头说的是一种{kind}；{how}，是是/否字段“{target.label}”所说的"
                                                     f"那一种：{f.values_text(4)}" + ("；请核对" if source else ""),
                                  not source),
                     ValueBlock(target.id, header, f"列“{header}”：{f.values_text(6)}", entries), taken)
            named.add(header)
            break


SOURCE = re.compile(r"(?:投诉|案件|信访|信息)?来源|来件方式|来源渠道")     # where a case came from


def _all_read(block: ValueBlock) -> bool:
    return bool(block.entries) and all(e.active and e.value not in ("?", "") for e in block.entries)


ASKED = re.compile(r"(?:是否|有无|能否|可否)(.{2,})$")


def _rest_undecided(f: ColumnFacts) -> bool:
    """Whether every value of a column but its yes and no says the answer is not known yet (待确认, 未定)."""
    return all(norm(v) in YES | NO or v.strip() in YES | NO or _undecided(v) for v, _ in f.top) \
        and len(f.top) == f.distinct


def _answers_its_question(header: str, f: ColumnFacts) -> bool:
    """事实是否清楚 holding 清楚 / 不清楚, 是否需上报不良事件 holding 需上报 / 不需上报: the header asks a yes/no
    question and the values are its first words and their negation."""
    asked = ASKED.search(norm(header))
    values = sorted({norm(v) for v, _ in f.top}, key=len)
    return asked is not None and len(values) == 2 and len(f.top) == f.distinct and len(values[0]) >= 2 \
        and asked.group(1).startswith(values[0]) and values[1] == "不" + values[0]


def _shared_words_said_otherwise(header: str, targets: list[Target]) -> tuple[dict[str, list[str]], str]:
    """`_shared_words` of the header, or else of its first other spelling that shares any, with how it was read."""
    if said := _shared_words(header, targets):
        return said, ""
    for text, how in _respelled(header):
        if said := _shared_words(text, targets):
            return said, how
    return {}, ""


def _listed_heads(help_text: str) -> list[str]:
    """The last word of each thing a field's help lists (例如…消费者定作的、鲜活易腐的、消费者拆封的音像制品…: 定作, 易腐,
    制品), the word that names it: 拆封 there only says which 音像制品."""
    items = (re.sub(r"(的|等.*)$", "", item.strip()) for item in re.split(r"[、，,；;。]", help_text))
    return [item[-2:] for item in items if len(item) >= 2]


def _doers_beside_their_dates(g: Guesser, draft: Draft, facts, headers, used, taken) -> None:
    """开立单位 beside 异常单开立日期 (taken for the step 填报异常处理单): a doer's header, with its 人/单位/部门 taken
    off, said in the one date header taken for a step, is who did that step. Also where the first pass took the doer
    for a step whose name does not say its act (录入岗位 for 专人受理…, beside 记录单录入时间 taken for 填写…记录单)."""
    entries = {e.key: e for e in draft.columns}
    dates = [e for e in draft.columns if e.active and str(e.value).endswith("_at")
             and g.targets[e.value].kind == "step_at"]
    for header in headers:
        h, act = norm(header), _doers_act(header)
        if len(act) < 2 or not has_cjk(act) or act in GENERIC_STEMS:
            continue          # 投诉人 beside 投诉日期 is who complained
        entry = entries.get(header)
        taken_unsaid = entry is not None and entry.active and g.targets[entry.value].kind == "step_by" \
            and act not in g.steps[g.targets[entry.value].step].name
        if header in used or (entry is not None and entry.active and not taken_unsaid) \
                or facts[header].date_share >= WEAK_DATE_SHARE:
            continue
        # 主办人 in 报主办人时间, 建设单位 in 向建设单位报修日期: the date names whom the act was done to, not its doer
        doers = [(f"{str(e.value)[:-3]}_by", e.key) for e in dates if act in norm(str(e.key)) and h not in norm(str(e.key))]
        doers = [(by, date) for by, date in doers if by in g.targets and by not in taken]
        if len(doers) > 1:    # 请示人 beside 请示时间 and 请示总经理时间: the date saying the act alone
            doers = [(by, date) for by, date in doers if _stem(str(date)) == act]
        if len(doers) != 1:
            continue
        (target, date), = doers
        if entry is not None:
            draft.columns.remove(entry)
            if taken_unsaid:
                taken.discard(entry.value)
        draft.columns.append(Entry(header, target, f"表头的“{act}”也是“{date}”说的事，而“{date}”是环节"
                                                   f"“{g.steps[target[:-3]].name}”的时间：读作办理者"))
        taken.add(target)


def _ties_one_left(g: Guesser, draft: Draft, facts, headers, used, taken) -> None:
    """填单部门, as like 填写…投诉单 as 填写…反馈单 and 填写…退货申请表: where later passes gave the others to other
    headers (反馈部门, 退货申请部门), the one left, as the first pass settles the ties it can."""
    active = {e.key for e in draft.columns if e.active}
    for entry in draft.columns:
        free = [t for t in entry.choices if t not in taken]
        # doers only: a date's ties are the date order's to settle (dateorder.py)
        if entry.active or entry.key in active or len(entry.choices) < 2 or len(free) != 1 \
                or any(g.targets[t].kind != "step_by" for t in entry.choices) \
                or not _fits(g, free[0], entry.key, facts[entry.key])[0]:
            continue
        others = "、".join(sorted(t for t in entry.choices if t != free[0]))
        entry.value, entry.active = free[0], True
        entry.note = f"表头同样像 {others}，但{'它们' if '、' in others else '它'}已由别的表头提供，只剩这一个；请核对"
        taken.add(free[0])


def _dates_beside_their_doers(g: Guesser, draft: Draft, facts, headers, used, taken) -> None:
    """建单时间 beside 建单部门 (taken for 填写登记处理单…): a date saying the very act of a doer taken for a step, an
    act the step's name says too (建单, 填写), and which may be the step's time by its header, is that step's time,
    before a date whose header says another act (接单时间, given the step by its likeness to 接收时间); that one is left
    for the auditor, saying why."""
    entries = {e.key: e for e in draft.columns}
    for doer in [e for e in draft.columns if e.active and g.targets[e.value].kind == "step_by"]:
        act, step_at = _doers_act(str(doer.key)), f"{g.targets[doer.value].step}_at"
        if len(act) < 2 or not has_cjk(act) or act in GENERIC_STEMS \
                or not concepts_of(act) & g.step_concepts[step_at[:-3]]:     # 报修人 taken for 提交竣工报告: a guess
            continue
        dates = [h for h in headers if h not in used and _stem(h) == act and facts[h].date_share >= DATE_SHARE
                 and not (h in entries and entries[h].active)
                 and step_at in {c.target for c in g.header_candidates(h, facts[h])}]
        holder = next((e for e in draft.columns if e.active and e.value == step_at), None)
        if len(dates) != 1 or holder is not None and act in norm(str(holder.key)):
            continue
        date = dates[0]
        if date in entries:
            draft.columns.remove(entries[date])
        if holder is not None:
            holder.active = False
            holder.note = f"{holder.note}；但“{date}”与“{doer.key}”同说“{act}”，读作这一环节的时间：请核对"
        draft.columns.append(Entry(date, step_at, f"表头的“{act}”也是“{doer.key}”说的事，而“{doer.key}”是环节"
                                                  f"“{g.steps[step_at[:-3]].name}”的办理者：读作它的时间"))
        taken.add(step_at)


def _steps_named_over_the_vocabulary(g: Guesser, draft: Draft, facts, headers, used, taken) -> None:
    """转品质时间 names 受理客户投诉，书面转交品质部 by its own words, closer than 客诉接收时间 does, which took the step's
    time as the time the procedure gives the vocabulary's field (接收时间, received_at): that field is its own, and
    the step's time the other's."""
    placed = {e.key for e in draft.columns if e.active} | set(used) | draft.outcome_headers()
    dates = _dates_named(g, facts, headers)
    for entry in [e for e in draft.columns if e.active and str(e.value).endswith("_at")]:
        own = {c.target: c for c in g.header_candidates(entry.key, facts[entry.key])}
        fields = [c for c in own.values() if g.targets[c.target].kind == "field" and c.target not in taken
                  and g.is_time(c.target) and g.read_instead(c, set())[0].target == entry.value]
        if len(fields) != 1 or entry.value not in own or own[entry.value].weak:
            continue
        closer = [(c, h) for h, cs in dates.items() if h not in placed for c in cs
                  if c.target == entry.value and not c.weak and c.score > own[entry.value].score]
        if len(closer) != 1:
            continue
        (c, header), = closer
        field = fields[0]
        draft.columns = [e for e in draft.columns if e.key not in (entry.key, header)]
        step = g.steps[entry.value[:-3]].name
        draft.columns += [Entry(entry.key, field.target, f"{field.why}；环节“{step}”的时间是“{header}”，它的表头更像"),
                          Entry(header, entry.value, f"{c.why}；{facts[header].date_evidence()}")]
        taken.add(field.target)
        placed |= {header}


def _dates_named(g: Guesser, facts, headers) -> dict:
    """Each date column's header with what its words name (read once, for the passes that weigh them all)."""
    return {h: g.header_candidates(h, facts[h]) for h in headers if facts[h].date_share >= DATE_SHARE}


def _propose(draft: Draft, entry: Entry, block: ValueBlock, taken: set[str]) -> None:
    """A column judged by its values, with its value map; both commented out unless the column is taken."""
    draft.columns.append(entry)
    for e in block.entries:
        e.active = e.active and entry.active
    if block.entries:
        draft.values.append(block)
    if entry.active:
        taken.add(entry.value)


def _levels_apart(g: Guesser, draft: Draft, facts: dict[str, ColumnFacts], headers, used) -> None:
    """A same-person rule (首问负责制) over two columns that share not one value: one likely records departments and
    the other people, and the audit would call every case handled by someone else. Where one other column offered
    for either step's doer shares values with the other column (首问责任人 beside 首问部门, for 反馈人), it is the
    one the rule compares, unless the column it would replace names the procedure's roles (受理部门, which the
    routing rules read); else the rule's own column (跟踪人 beside 受理部门) is left to the auditor."""
    mapped = {e.value: e for e in draft.columns if e.active}
    placed = {e.key for e in draft.columns} | set(used) | draft.outcome_headers()
    for rule, column, other in g.procedure.same_person:
        mine, theirs = mapped.get(column), mapped.get(other)
        if mine is None or theirs is None or mine is theirs:
            continue
        if not (_values_known(facts[mine.key]) and _values_known(facts[theirs.key])) \
                or _share_values(facts[mine.key], facts[theirs.key]):
            continue
        for keep, given_up in ((mine, theirs), (theirs, mine)):
            if 2 * _rows_naming(g, facts[given_up.key]) >= facts[given_up.key].filled:
                continue      # its rows name the procedure's roles: the routing rules read it
            alike = [h for h in headers if h not in placed and _values_known(facts[h])
                     and _share_values(facts[h], facts[keep.key])
                     and any(c.target == given_up.value for c in g.header_candidates(h, facts[h]))]
            if len(alike) == 1:
                given_up.active = False
                given_up.note += (f"；但规则 {rule} 要求它与“{_show(keep.key)}”是同一人，两列却没有一个相同的取值，"
                                  f"而同样可读作这一列的“{_show(alike[0])}”有：读作它")
                draft.columns.append(Entry(alike[0], given_up.value, f"表头也说“{g.targets[given_up.value].label}”；"
                                                                     f"与“{_show(keep.key)}”有相同的取值（规则 {rule} "
                                                                     "要求同一人）"))
                placed.add(alike[0])
                break
        else:
            mine.active = False
            mine.note += (f"；但规则 {rule} 要求它与“{_show(theirs.key)}”是同一人，两列却没有一个相同的取值（多半一列记部门、"
                          "一列记人），比较会把每个案件都报为不是同一人：请核对")


def _values_known(f: ColumnFacts) -> bool:
    return bool(f.top) and f.distinct <= len(f.top)     # every value counted, not only the commonest


def _share_values(a: ColumnFacts, b: ColumnFacts) -> bool:
    return bool({v for v, _ in a.top} & {v for v, _ in b.top})


def _values_over_name(g: Guesser, draft: Draft, facts, headers, used, taken) -> None:
    """来源, an alias of the channel, holding 直接受理 / 局信访办交办 (few of the channel's options), beside 来件方式
    holding 来电 / 来访 / 来信, which a header no name says: the column whose values are the options takes the field, and
    the named one is left to be judged by its values like any other."""
    named = {e.key for e in draft.columns} | set(used)
    for entry in [e for e in draft.columns if e.active]:
        target = g.targets[entry.value]
        if not target.options or target.yes_no or g.value_block(target, entry.key, facts[entry.key])[1] >= 0.5:
            continue
        # the options themselves, in four rows of five or more (so the value map's own share is at least that too)
        better = [h for h in headers if h not in named and facts[h].distinct >= 2
                  and (draft.event_log is None or h in draft.event_log.attributes)
                  and len(facts[h].top) == facts[h].distinct and facts[h].date_share < WEAK_DATE_SHARE
                  and _options_share(g, target, facts[h]) >= 0.8]
        if len(better) != 1:
            continue
        header, = better
        _, _, block, why = _by_options(g, target, header, facts[header], least=0.8)
        draft.columns.remove(entry)
        draft.values = [b for b in draft.values if b.header != entry.key]
        why += f"；表头“{_show(entry.key)}”虽是它的名称，取值却大多不是它的选项"
        _propose(draft, Entry(header, target.id, why), block, taken)
        named.add(header)


def _options_share(g: Guesser, target: Target, f: ColumnFacts) -> float:
    """The share of a column's rows that are the field's options themselves (not 一般 or 其他 read for the rest)."""
    said = [(value, count) for value, count in f.top if g.match_value(value, target, False, loose=False)]
    if len(said) < 2:
        return 0.0            # one value (受理) inside an option's label (受理后发现…) is no evidence
    return sum(count for _, count in said) / f.filled if f.filled else 0.0


def _unmapped_by_values(g: Guesser, draft: Draft, facts, headers, used, taken) -> None:
    """Columns whose header names nothing, judged by their values: offered to the choice field whose options they
    are (来件方式: 来电/来信/来访 for the channel), or to the yes/no field whose label one of them says (署名: 实名/匿名
    for 不具实名的匿名投诉; 来源: 省站转办 for 省投诉处理机构转交办理)."""
    # a header that names a column, even doubtfully, keeps its guess, unless its values do not fit that column:
    # not its options (重复类型, named like 投诉类别, holds 在途重复 / 结果不满: 重复投诉情形's), nor dates (事实认定,
    # named like 确定不能确认事实主体的时间, holds 事实清楚 / 事实不清)
    refused = {e.key: e for e in draft.columns if not e.active and not _fits(g, e.value, e.key, facts[e.key])[0]}
    named = {e.key for e in draft.columns} - set(refused)

    def fitting(header: str):
        """(share, target, value block, evidence), and the labels' words the header says, or None."""
        f = facts[header]
        free = [t for t in g.targets.values() if t.kind == "field" and t.id not in taken and (t.options or t.yes_no)]
        said_by, respelled = _shared_words_said_otherwise(header, free)     # 已起诉 for 已进入司法诉讼程序
        # a header saying a word of the label (保修部位, 发生质量问题的部位) needs fewer of its values to be options
        found = [_by_options(g, t, header, f, least=0.25 if t.id in said_by else 0.5) for t in free]
        # the fields the header names a word of first (拒绝原因 for 经营者拒绝退货的理由, though its values are as
        # much 退货依据's), then by how many of the values are options
        found = sorted((x for x in found if x is not None), key=lambda x: (x[1].id not in said_by, -x[0]))
        close = [x for x in found if x[0] >= found[0][0] - 0.1 and (x[1].id in said_by) == (found[0][1].id in said_by)]
        if len(close) > 1:    # two fields alike: the one the header also names (涉诉情况 for 已进入司法程序), if one
            close = [x for x in close if x[1].id in said_by]
        # nothing, or two fields alike: the values do not say which
        return (close[0], said_by, respelled) if len(close) == 1 else None

    open_ = [h for h in headers if h not in named and h not in used and facts[h].distinct >= 2
             and len(facts[h].top) >= facts[h].distinct and facts[h].date_share < WEAK_DATE_SHARE
             and (draft.event_log is None or h in draft.event_log.attributes)]
    # a header naming a word of its field's label first (报修部位 for 发生质量问题的部位), then one saying it holds a
    # kind (异常分类 before 判定结果, a verdict, for 产品品质异常 / 制程异常), then the column with the most rows that
    # are options: 有效性判定 (有效/无效) before 工单类型 (投诉/障碍转投诉…) for 有效/无效投诉, 申请原因 before a 检测结论
    # filled on a few rows
    first = {h: ((fit[0][1].id in fit[1], norm(h).endswith(KIND_WORDS), fit[0][0] * facts[h].filled)
                 if (fit := fitting(h)) else None) for h in open_}
    before = {id(x) for x in draft.columns + draft.values}
    for header in sorted((h for h in open_ if first[h]), key=lambda h: first[h], reverse=True):
        f = facts[header]
        if (fit := fitting(header)) is None:
            continue
        (share, target, block, why), said_by, respelled = fit
        if header in refused:
            draft.columns.remove(refused[header])
            draft.values = [b for b in draft.values if b.header != header]
            why = why.replace("表头不像任何列，但", f"表头像 {refused[header].value}，但取值不是它的选项；而", 1)
        said = said_by.get(target.id)
        if said:          # 退货类型 beside 退货依据: the header says a word of the label too
            why += f"；{respelled + '，' if respelled else ''}表头与标签同说“{'、'.join(said)}”"
        elif share < 0.8:
            _broader_column(g, target, block, f)
        kind = norm(header).endswith(KIND_WORDS)
        if kind:          # 问题性质: the header says the column is a classification, and the values are this one's
            why += "；表头说这一列是一种分类（类型、性质、原因……）"
        _propose(draft, Entry(header, target.id, why, share >= 0.8 or bool(said) or kind), block, taken)
    # written in the export's order of columns, whatever the order they were decided in
    draft.columns = [e for e in draft.columns if id(e) in before] \
        + sorted((e for e in draft.columns if id(e) not in before), key=lambda e: headers.index(e.key))
    draft.values = [b for b in draft.values if id(b) in before] \
        + sorted((b for b in draft.values if id(b) not in before), key=lambda b: headers.index(b.header))


OTHER_WORDS = ("其他", "其它", "other", "others")


def _other_things_of_a_named_column(g: Guesser, draft: Draft, facts) -> None:
    """责任判定 holding 客户经理 / 卷烟质量 and, in a fifth of its rows or more, 送货服务 / 订货系统 / 分拣差错, for
    S13's two responsibilities (XX品质量问题, 客户经理) and no "other": the column records more than the field, and a value
    written on two rows or more (and one in twenty) that is none of its options is a case the field does not apply to
    (blank). A value on fewer rows may be a slip, and 其他 says no case at all: left for the audit to report."""
    active = {e.key for e in draft.columns if e.active}
    for block in draft.values:
        target, f = g.targets[block.column], facts.get(block.header)
        if block.header not in active or f is None or target.yes_no or not target.options \
                or any(as_text(o.id) == "other" or o.label.startswith("其他") for o in target.options):
            continue
        counts = dict(f.top)
        rest = [e for e in block.entries if e.value == "?" and not _undecided(e.key)]
        if sum(counts.get(e.key, 0) for e in rest) < 0.2 * f.filled:
            continue
        for e in rest:
            if counts.get(e.key, 0) >= max(2, 0.05 * f.filled) and norm(e.key) not in OTHER_WORDS:
                _not_applying(e)


def _broader_column(g: Guesser, target: Target, block: ValueBlock, f: ColumnFacts) -> None:
    """售后类型 (七天无理由退货/质量问题退货/换货/维修…) for 退货依据 (quality/no_reason): a column the header does not
    name, whose values are partly the field's options and partly other things (a fifth of the rows or more, far more than
    a few wrong entries), records more than the field; the other things are cases the field does not apply to, not the
    field's "other" (维修 is no 其他退货)."""
    counts = dict(f.top)
    rest = [e for e in block.entries if not _undecided(e.key)       # 待评估: not yet known, reported
            and (e.value == "?" or e.value not in ("", None) and not g.match_value(e.key, target, False)
                 and not _listed_case(e.key, target.options))]
    if sum(counts.get(e.key, 0) for e in rest) < 0.2 * f.filled:
        return
    for e in rest:
        _not_applying(e)


def _not_applying(e: Entry) -> None:
    """A value of a column recording more than its field: a case the field does not apply to (blank)."""
    e.value, e.active = "", True
    e.note = e.note.split("；", 1)[0] + "；这一列记的比这个字段多，这个取值不是它的选项，读作不适用（空白）：请核对"
