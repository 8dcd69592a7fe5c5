"""Guessing the columns, values and roles of a one-row-per-case export from its headers and values."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace

from ..readers.dates import parse_datetime
from ..text import as_text, says_unsigned
from .draft import Draft, Entry, ValueBlock
from .facts import ColumnFacts
from .outline import Outline, Target
from .roles import BODY_SUFFIXES, _collective, _other_party, _unit_name
from .truths import (
    _after_label_word, _classifies, _common_ending, _dash, _denied_act, _denied_in, _half_said, _listed_case,
    _not_applicable, _opposite_question, _part_denied, _said_truth, _sharing_words, _truth_option, _truth_option_id,
    _truthy, _undecided, _within, _word_of_a_listed_thing
)
from .words import (
    BARE_DATES, BEYOND, BROAD_OPTIONS, BY_SUFFIXES, BY_WORDS, CHECKING_ACTS, COMPLAINANT_WORDS, COMPLAINING_ACTS, COUNT,
    CONCEPTS, CUSTOMER_WORDS, DATE_SHARE, DEFECT_WORDS, DISPATCH_WORDS, DOCUMENT_WORDS, DOER_ENDINGS, DONE_WORDS,
    DUE_DATE, ENGLISH_CHINESE, ENGLISH_FIELD_WORDS, ENGLISH_FILLER, ENGLISH_STOP, ENGLISH_UNITS, FIELD_CONCEPT, FILLER,
    FIRST_WORDS, GENERIC_STEMS, GENERIC_STEP_IDS, INCOMING, LEADING_ACTS, LIMIT_TOLD, MAKING_WORDS, NEGATIONS, NO,
    NUMERIC_NO, NUMERIC_YES, ORDINARY, RECORD_NOUNS, RECORDING_ACTS, RELATED, REPEAT_WORDS, SAID_OTHERWISE, STEP_MARGIN,
    STEP_MATCH, TIME_SUFFIXES, TIME_WORDS, UNASKED, UNKNOWN_VALUES, VALUE_SYNONYMS, WEAK_DATE_SHARE, YES, _answer,
    _chars_in, _cjk_pairs, _core, _doers_act, _in_procedure_words, _n, _negated, _resemblance, _respelled, _show, _stem,
    _stem_matches, _without_aside, _without_done, _without_level_code, _without_listing, _word_pairs,
    abbreviation_score, bilingual, concepts_of, english_likeness, fold, has_cjk, header_ordinal, norm, ordinal,
    situation_words, words
)

# --- guessing --------------------------------------------------------------------------------------------------

@dataclass
class _Candidate:
    target: str
    score: float
    why: str
    alike: tuple[str, ...] = ()     # the steps' columns named as much as this one (the header cannot tell which)
    tied: tuple[str, ...] = ()      # the steps' columns the header's words are as close to (alike or not)
    even: tuple[str, ...] = ()      # every column offered as equally likely (请选定)
    weak: bool = False              # named on weak grounds: what the vocabulary takes the header to mean


def _abbreviation(header: str, target) -> _Candidate | None:
    """The header as a shortening of a target's label (渠道层次 for 按受理渠道层次分类), or None."""
    score = abbreviation_score(header, target.label)
    if score >= 0.8 and len(norm(target.label)) > len(norm(header)) and not _tells_another(header, target.label):
        return _Candidate(target.id, 0.7 * score, f"表头是标签“{target.label}”的简写")
    return None


def _respelled_candidates(header: str, find) -> list[_Candidate]:
    """What `find` makes of the header's other spellings (`_respelled`), a little less sure and saying how it read it.
    A header that is nothing but a word said another way (签收日期: 收到 of whom, of what?) is read on weak grounds, for
    the dates to confirm (`dateorder.contradicted_by_dates`)."""
    bare = _stem(header) in SAID_OTHERWISE
    return [replace(c, score=c.score - 0.05, why=f"{how}，{c.why}", weak=c.weak or bare)
            for text, how in _respelled(header) for c in find(text)]


class Guesser:
    def __init__(self, procedure: Outline):
        self.procedure = procedure
        self.targets = {t.id: t for t in procedure.targets}
        self.steps = {s.id: s for s in procedure.steps}
        self.id_concepts = {s.id: concepts_of(s.id.replace("_", " ")) for s in procedure.steps}
        self.step_concepts = {s.id: self.id_concepts[s.id] | concepts_of(s.name) for s in procedure.steps}
        # the roles' names and their asides, longest first (前台接待人员, 前台接待员): words inside them name a role
        self.role_names = sorted({(piece, r.id) for r in procedure.roles for piece in re.split(r"[（）()、]", r.name)
                                  if len(piece) >= 2}, key=lambda x: -len(x[0]))
        self.role_name = {r.id: r.name for r in procedure.roles}
        self.name_without_roles = {s.id: s.name for s in procedure.steps}
        for role, _ in self.role_names:
            self.name_without_roles = {s: name.replace(role, "…") for s, name in self.name_without_roles.items()}
        self.first_of_role: dict[str, str] = {}
        for s in procedure.steps:
            self.first_of_role.setdefault(s.role, s.id)
        self.names: dict[str, tuple[str, str]] = {}     # normalized name -> (target, what the name is)
        for t in self.targets.values():
            if t.kind == "step_by":
                continue
            for name, what in ((t.id, "列 id"), (t.label, "标签"), (re.sub(r"[（(][^（）()]*[）)]$", "", t.label), "标签")):
                self.names.setdefault(norm(name), (t.id, what))
        for t in self.targets.values():
            if t.kind == "field":
                for alias in procedure.vocabulary.get(t.id, ()):    # 地址 too, where the procedure says 申诉人地址
                    self.names.setdefault(norm(alias), (t.id, "词表别名"))
        # words a third of the procedure's fields say (商品 of L4's 商品属于…, 收到商品…): they tell no option apart
        labels = [_word_pairs(t.label) for t in self.targets.values() if t.kind == "field"]
        self.common_words = {w for w in set().union(*labels)
                             if sum(w in said for said in labels) >= max(3, len(labels) / 3)}
        self.event_aliases: dict[str, str] = {}    # the vocabulary's date fields a step may stand for
        for field_id in FIELD_CONCEPT:
            for name in procedure.vocabulary.get(field_id, ()):
                self.event_aliases.setdefault(norm(name), field_id)

    # headers ------------------------------------------------------------------------------------------------

    def is_time(self, target: str) -> bool:
        t = self.targets[target]
        return t.kind == "step_at" or t.type in ("date", "datetime")

    def header_candidates(self, header: str, facts: ColumnFacts) -> list[_Candidate]:
        name = fold(header).strip()
        if halves := bilingual(name):     # Date Received 收到日期: each half read on its own, the surer one kept
            return [replace(c, why=f"双语表头的“{half}”：{c.why}")
                    for half in halves for c in self.header_candidates(half, facts)]
        if either := re.fullmatch(r"([\u4e00-\u9fff]{2,})[/／]([\u4e00-\u9fff]{2,})", name):
            # 批号/序列号: two names of one thing, each read on its own, the surer one kept
            return [replace(c, why=f"表头的“{half}”：{c.why}")
                    for half in either.groups() for c in self.header_candidates(half, facts)]
        bare = name[5:] if name.casefold().startswith("case:") and len(name) > 5 else name
        found: list[_Candidate] = []
        for text in dict.fromkeys((name, bare)):
            hit = self.names.get(norm(text))
            if hit:
                found.append(_Candidate(hit[0], 1.0, f"表头即{hit[1]}“{text}”", weak=hit[1] == "词表别名"))
        found += self._vocabulary_steps(bare) or self._bare_date(bare)
        found += self._due_date(bare, facts)
        found += self._doer_field(bare)
        for text, how in _respelled(bare):
            hit = self.names.get(norm(text))
            if hit and norm(text) != norm(bare):
                found.append(_Candidate(hit[0], 0.9, f"表头{how}即{hit[1]}“{text}”", weak=hit[1] == "词表别名"))
            elif not hit and has_cjk(text) and len(norm(text)) >= 3:
                close = self._close_name(text, 0.8)
                if close:      # 终止原因 read as 终止情形, close to 终止调解情形
                    target, what = self.names[close]
                    found.append(_Candidate(target, _closer(0.8, text, close), f"表头{how}后与{what}“{close}”相近",
                                            weak=what == "词表别名"))
        for text in dict.fromkeys((name, bare)):
            close = self._close_name(text, 0.75)
            if close and len(norm(text)) >= 3:
                target, what = self.names[close]
                # merely close to the vocabulary's alias (接待登记时间, 登记时间): below the procedure's own words
                found.append(_Candidate(target, _closer(0.85, text, close) - 0.05 * (what == "词表别名"),
                                        f"表头与{what}“{close}”相近", weak=what == "词表别名"))
        found += self._complaint_itself(bare, found)
        steps = self._step_candidates(name, facts)
        if not steps and has_cjk(name):       # 向企业投诉日期: 用户先向电信业务经营者投诉
            # the header as written breaks ties between its other spellings: 派单 (a slip sent on) is 送达《…处理单》
            # before 通知. Only the less like it lose a little: the likest keeps its score against other columns
            steps = _respelled_candidates(name, lambda text: self._step_candidates(text, facts))
            written = {c.target: self._written_in_step(name, c.target) for c in steps}
            steps = [replace(c, score=c.score - 0.01 * (max(written.values()) - written[c.target])) for c in steps]
        found += steps
        found += self._role_named(name)
        if has_cjk(name):
            found += self._head_noun(name)
            found += _respelled_candidates(name, self._head_noun)   # 责任判定 read as 责任判断, the end of …责任判断
        is_label = any(c.score >= 1.0 and self.targets[c.target].kind == "field" for c in found)
        decision = self._decision_on_act(name, facts)
        if len(norm(name)) >= 3 and has_cjk(name) and not is_label:     # 投诉人 abbreviates no other field's label
            party = re.sub(r"(企业|单位|公司|商家|一方)$", "人", norm(_without_aside(name)))   # 被申诉企业: 被申诉人
            for t in self.targets.values():
                if t.kind == "step_by" or t.kind == "step_at" or t.yes_no and decision:
                    continue
                ending = _common_ending(norm(name), norm(t.label))
                if norm(t.label).startswith(norm(name)) and norm(t.label)[len(norm(name)):] in ("名称", "姓名"):
                    # 验证产品 for 验证产品名称 (beside 验证产品数量, …改进效果): the thing, for its name
                    found.append(_Candidate(t.id, 0.85, f"表头是标签“{t.label}”所说的事物，读作它的名称"))
                elif len(ending) >= 4 and len(norm(name)) - len(ending) <= 2 and len(norm(t.label)) > len(norm(name)):
                    # 站负责人签字 for 投诉处理机构负责人签字: the label's head and its modifier, its owner abbreviated
                    found.append(_Candidate(t.id, 0.7, f"表头与标签“{t.label}”同以“{ending}”结尾"))
                elif (short := _abbreviation(name, t)) is not None:
                    found.append(short)
                elif len(norm(t.label)) >= 3 and norm(t.label) in norm(name):
                    found.append(_Candidate(t.id, 0.7, f"表头包含标签“{t.label}”"))
                elif len(bare := norm(_without_aside(t.label))) >= 2 and bare != norm(t.label) \
                        and norm(name).startswith(bare) and norm(name)[len(bare):] in RECORD_NOUNS:
                    # 证据材料 for 证据（工程质量危及生命财产安全…）: the label without its aside, and what holds it
                    found.append(_Candidate(t.id, 0.7, f"表头是标签“{t.label}”（不计括号里的说明）加上“"
                                                       f"{name[len(bare):]}”"))
                elif norm(_without_aside(t.label)) in (party + "名称", party + "姓名"):
                    # 被投诉(举报)人 for 被投诉人名称（姓名）: a party named for its name
                    found.append(_Candidate(t.id, 0.82, f"表头是标签“{t.label}”所说的一方，读作它的名称"))
                elif t.yes_no and (thing := _asked_whether(name)) and norm(t.label).startswith("是否") \
                        and norm(t.label).endswith(thing):
                    # 损失情况, 损失有无 for 是否造成损失: whether there was the thing the label asks about
                    found.append(_Candidate(t.id, 0.7, f"表头问的是标签“{t.label}”所说的“{thing}”有没有"))
                elif len(norm(name)) >= 4 and _chars_in(name, t.label) >= 0.8 and len(norm(t.label)) > len(norm(name)) \
                        and not _tells_another(name, t.label):
                    found.append(_Candidate(t.id, 0.6, f"表头的字都在标签“{t.label}”中（事实与理由：申诉理由、事实根据）"))
            if not found:       # 渠道层级 read as 渠道层次, which abbreviates 按受理渠道层次分类
                found += _respelled_candidates(name, self._abbreviates)
        elif not has_cjk(name):
            found += self._field_in_english(name)
        elif len(norm(name)) == 2 and has_cjk(name):    # 邮编 for 邮政编码: only when one label alone abbreviates so
            short = [t for t in self.targets.values() if t.kind == "field" and len(norm(t.label)) > 2 and not t.yes_no
                     and abbreviation_score(name, t.label) == 1.0]
            if len(short) == 1:
                found.append(_Candidate(short[0].id, 0.65, f"表头是标签“{short[0].label}”的简写"))
        found += self._signed(name, found)
        found = self._complainant_receiving(name, found)
        return [c for c in found if not _other_party(name, self.targets[c.target].label)]   # 被投诉人员 is no 投诉人

    def _abbreviates(self, text: str) -> list[_Candidate]:
        """The fields whose label a header abbreviates."""
        return [short for t in self.targets.values() if t.kind == "field" and (short := _abbreviation(text, t))]

    def _complainant_receiving(self, name: str, found: list[_Candidate]) -> list[_Candidate]:
        """客户签收日期, the complainant receiving something: a field saying so (投诉人收到处理决定时间), not a step in
        which another party receives (收到消费投诉, the institution's)."""
        party = f"(?:{'|'.join(COMPLAINANT_WORDS)})"
        if not re.match(f"{party}(?:签收|收到|接收|收悉)", norm(name)):
            return found
        theirs = {c.target for c in found if self.targets[c.target].kind == "field"
                  and re.match(party, norm(self.targets[c.target].label))}
        if len(theirs) != 1:
            return found
        return [replace(c, score=max(c.score, 0.86), why=f"{c.why}；表头说的是投诉人收到，标签也是")
                if c.target in theirs else c for c in found
                if self.targets[c.target].kind == "field" or self._by_complainant(self.targets[c.target].step)]

    def _written_in_step(self, header: str, target: str) -> float:
        step = self.steps.get(self.targets[target].step or "")
        return _resemblance(_stem(header), step.name) if step else 0.0

    def _signed(self, name: str, found: list[_Candidate]) -> list[_Candidate]:
        """反馈单签章 for 被投诉单位主管或领导签字、盖章: a header saying something was signed, where the procedure has one
        signature field only and the header names no customer (客户签字 is the customer's own)."""
        n = norm(name)
        signing = next((w for w in ("签字", "签名", "签章", "盖章", "签批") if n.endswith((w, w + "人"))), None)
        signed = [t for t in self.targets.values() if t.type == "signature"]
        if signing is None or len(signed) != 1 or any(c.target == signed[0].id for c in found) \
                or any(w in n for w in (*CUSTOMER_WORDS, "客户", "投诉人")):
            return []
        if n.endswith("人"):    # 结案签字人: the signer's name is the signature, before the step's doer (close_by)
            return [_Candidate(signed[0].id, 0.9, f"表头说的是签字的人，签了名即签了字；制度中只有“{signed[0].label}”"
                                                  "一个签字的字段")]
        return [_Candidate(signed[0].id, 0.7, f"表头说的是{signing}，制度中只有“{signed[0].label}”一个签字的字段")]

    def _close_name(self, text: str, cutoff: float) -> str | None:
        """The known name closest to a header, not one of the other party (被投诉人 is no 投诉人)."""
        close = difflib.get_close_matches(norm(text), list(self.names), n=3, cutoff=cutoff)
        return next((name for name in close if not _other_party(text, name)), None)

    def _field_in_english(self, header: str) -> list[_Candidate]:
        """An English header whose nouns, in Chinese, one field's label alone says (Loss Incurred: 是否造成损失)."""
        said = {}
        for token in dict.fromkeys(t for t in words(header) if t not in ENGLISH_FILLER):   # in the header's order
            chinese = {zh for stem, zhs in ENGLISH_FIELD_WORDS.items() if _stem_matches(stem, token) for zh in zhs}
            for t in self.targets.values():
                hits = sorted(zh for zh in chinese if t.kind == "field" and zh in t.label)
                if hits:
                    said.setdefault(t.id, []).append(f"{token}：{hits[0]}")
        if not said:
            return []
        most = max(len(v) for v in said.values())
        best = [t for t, v in said.items() if len(v) == most]
        if len(best) != 1:
            return []
        return [_Candidate(best[0], 0.65, f"表头的英文词即标签“{self.targets[best[0]].label}”中的"
                                         f"{'、'.join(said[best[0]])}")]

    def _role_named(self, header: str) -> list[_Candidate]:
        """A header naming a role (责任部门 for 各责任部门, for 被投诉的部门（相关部门）): who did the first step that role
        does, where it takes the case up; the steps its name merely shares a word with (…落实措施及责任人) are not it."""
        h = norm(header)
        if not has_cjk(header) or not h.endswith(("部门", "单位", "科室")):
            return []     # a person (投诉人) is more often a field of the case than the doer of a step
        roles = [r for r in self.procedure.roles if norm(_without_aside(r.name)) in (h, "各" + h)]
        if not roles and _collective(header):
            roles = [r for r in self.procedure.roles if _collective(r.name)]
        steps = [s for s in self.procedure.steps if len(roles) == 1 and s.role == roles[0].id]
        if not steps:
            return []
        act = h[:2]
        passing = [s for s in self.procedure.steps if act in DISPATCH_WORDS and act in norm(s.name).replace(h, "")]
        if passing:     # 派单部门 (S39's, who is later told to 催办): who passed the order on, at 按投诉处理流程派单
            return [_Candidate(f"{passing[0].id}_by", 0.9, f"表头是角色“{roles[0].name}”的名称，说的是“{act}”的一方："
                                                          f"环节“{passing[0].name}”的办理者")]
        # below a header the vocabulary names as a field (责任部门 for 责任单位), even with the doers' departments' lift
        return [_Candidate(f"{steps[0].id}_by", 0.9, f"表头是角色“{roles[0].name}”的名称，指它办理的第一个环节"
                                                     f"“{steps[0].name}”")]

    def _head_noun(self, header: str) -> list[_Candidate]:
        """A Chinese name ends with what it is: 受理渠道 is a 渠道 (the channel), 产品批号 a 批号; and a short
        header may be the end of one field's label (数量 for 涉及投诉产品数量)."""
        h = norm(header)
        ends = [n for n, (target, _) in self.names.items() if has_cjk(n) and len(n) >= 2 and h.endswith(n)
                and 0 < len(h) - len(n) <= 3 and target != "case_number"]   # 问题编号: by its values, below
        if ends:
            n = max(ends, key=len)
            target, what = self.names[n]
            if h[: -len(n)] in FILLER + ("客诉",):     # 投诉数量 beside 退货数量: the complaint's own 数量
                return [_Candidate(target, 0.85, f"表头是投诉的{what}“{n}”")]
            return [_Candidate(target, 0.75, f"表头以{what}“{n}”结尾")]
        fields = [t for t in self.targets.values() if t.kind == "field" and len(norm(t.label)) > len(h) >= 2
                  and norm(t.label).endswith(h)]
        if len(fields) == 1:
            return [_Candidate(fields[0].id, 0.7, f"表头是标签“{fields[0].label}”的末尾")]
        return []

    def _step_candidates(self, name: str, facts: ColumnFacts) -> list[_Candidate]:
        if has_cjk(name) and len(name) >= 3 and name.endswith("日") and not name.endswith(("工作日", "节假日", "到期日")) \
                and facts.date_share >= DATE_SHARE:
            return self._step_candidates(name + "期", facts)     # 品保确认日, 回复客户日: a column of dates, its 日期
        found = []
        for suffixes, column_suffix in ((TIME_SUFFIXES, "_at"), (BY_SUFFIXES, "_by")):
            stem = next((name[: -len(s)] for s in suffixes if name.endswith(s) and len(name) > len(s)), None)
            act_alone = not stem and column_suffix == "_at" and has_cjk(name) and len(name) >= 2 \
                and facts.date_share >= DATE_SHARE
            if act_alone:         # dates under the act alone (总经理审批, 第一次验证): the act's time, less sure
                found += [replace(c, score=c.score - 0.25, why=f"{c.why}（表头没有“时间”，取值是日期）")
                          for c in self._step_candidates(name + "时间", facts)]
            if not stem:
                continue
            if column_suffix == "_by" and stem in COMPLAINING_ACTS:
                continue          # 申诉人 is who appealed, the party the case is about, not who handled a step
            act = stem if self._in_a_step_name(stem) else _without_done(stem)
            for word, named in FIRST_WORDS.items():     # 首次验证 for 第一次跟踪验证…
                if word in act and not self._in_a_step_name(word) and self._in_a_step_name(named):
                    act = act.replace(word, named)
            # 效果验证 for 确认临时对策效果, where no step says 验证: verifying is confirming what it says
            verified = act.replace("验证", "")
            confirming = verified != act and len(verified) >= 2 and not self._in_a_step_name("验证") \
                and any(verified in s.name and "确认" in s.name for s in self.procedure.steps)
            if confirming:
                act = act.replace("验证", "确认")
            if act in GENERIC_STEMS or (act in GENERIC_STEP_IDS and not self._in_a_step_name(act)) \
                    or act.endswith("投诉") and act[:-2] in COMPLAINANT_WORDS:
                # 投诉时间, 客户投诉日期: every step is about the complaint; the date is the complaint's, not a step's
                found += self._step_by_generic_id(act, column_suffix)
                continue
            named = [replace(c, why=c.why.replace(f"表头“{act}”", f"表头“{stem}”（验证即确认）")) if confirming else c
                     for c in self._steps_named(act, column_suffix)] + self._step_toward(stem, column_suffix) \
                + self._ticket_created(stem, column_suffix) + self._document_made(stem, column_suffix) \
                + self._reported_to(stem, column_suffix)
            named = named or self._told_what(stem, column_suffix)
            if stem.startswith("被"):    # 被投诉人 is who was complained about: the doer only of a step it opens
                named = [c for c in named if self.steps[c.target.rsplit("_", 1)[0]].name.startswith(stem)]
            found += named
            if column_suffix == "_at":
                found += self._told_of(stem)
                core = stem
                for word in GENERIC_STEMS:
                    core = core.replace(word, "")
                for t in self.targets.values():
                    if t.kind != "field" or t.type not in ("date", "datetime"):
                        continue
                    if len(stem) >= 3 and norm(t.label).endswith(norm(name)):
                        # 告知投诉人时间 for 受理或者不予受理决定告知投诉人时间: the label's head, its modifiers left out
                        found.append(_Candidate(t.id, 0.92, f"表头是字段标签“{t.label}”的结尾"))
                    elif stem in t.label:
                        found.append(_Candidate(t.id, 0.8, f"表头“{stem}”出现在字段标签“{t.label}”中"))
                    elif len(stem) >= 4 and _resemblance(stem, t.label) >= 0.75:   # 知道权益受损 for 知道权益受到侵害之日
                        found.append(_Candidate(t.id, 0.75, f"表头“{stem}”与字段标签“{t.label}”相近"))
                    elif len(core) >= 2 and core != stem and core in t.label:     # 问题发生 for 申诉事项发生时间
                        found.append(_Candidate(t.id, 0.65, f"表头“{stem}”不计泛称后的“{core}”出现在字段标签“{t.label}”中"))
                found += self._act_of_one_date_field(stem)
        found += self._step_by_code(name)
        tokens = words(name)
        timed = any(w in TIME_WORDS for w in tokens) or tokens[-1:] and tokens[-1].endswith("ed") \
            or facts.date_share >= DATE_SHARE
        # Investigator, Approver: the doer named by the act
        by = any(w in BY_WORDS for w in tokens) or tokens[-1:] and tokens[-1].endswith(("or", "er")) \
            and bool(concepts_of(tokens[-1][:-2]))
        if not has_cjk(name):
            found += self._ids_in_english(tokens, "_by" if by else "_at" if timed else "")
        concepts = concepts_of(name)
        chinese = {w for t in tokens for stem, zh in ENGLISH_CHINESE.items() if _stem_matches(stem, t) for w in zh}
        if (concepts or chinese) and (timed or by) and not (has_cjk(name) and found):   # Chinese said it more precisely
            suffix = "_by" if by else "_at"
            unit, doers = self._english_unit_roles(tokens) if not has_cjk(name) else ("", set())
            for step_id, have in self.step_concepts.items():
                said = sorted(w for w in chinese if w in self.steps[step_id].name)   # Logged: 登记, not 接收
                if concepts & have or said:
                    share = len(concepts & have) / len(concepts | have) if concepts | have else 0.0
                    step = self.steps[step_id]
                    by_unit = step.role in doers     # QA Investigation: the investigation QA does
                    found.append(_Candidate(f"{step_id}{suffix}", ((0.6 + 0.3 * share) if said else 0.6 * share)
                                            + (0.2 if by_unit else 0.0),
                                            f"表头“{name}”与环节“{step.name}”同义"
                                            f"（{'、'.join(sorted(concepts & have) + said)}）"
                                            + (f"，表头开头的“{unit}”是办理它的“{self.role_name[step.role]}”"
                                               if by_unit else ""), weak=not said))
        return found

    def _told_of(self, stem: str) -> list[_Candidate]:
        """鉴定告知客户, 延期告知: when the complainant was told of what the header names, the one date field saying
        that telling (鉴定检测评估期间告知投诉人时间, 再延长告知投诉人时间), before a step that tells of something
        else (作出处理决定并告知投诉人)."""
        told = re.fullmatch(rf"(.{{2,}}?)(?:告知|通知)(?:{'|'.join(COMPLAINANT_WORDS)}|客户)?", norm(stem))
        if told is None:
            return []
        things = [told.group(1)] + [other for word, others in SAID_OTHERWISE.items() if word == told.group(1)
                                    for other in others]
        fields = [t for t in self.targets.values() if t.kind == "field" and t.type in ("date", "datetime")
                  and (said := re.fullmatch(r"(.+?)告知.{0,3}(?:时间|日期)", norm(t.label)))
                  and any(thing in said.group(1) for thing in things)]
        if len(fields) != 1:
            return []
        return [_Candidate(fields[0].id, 0.9, f"表头说的是告知“{told.group(1)}”，只有字段标签“{fields[0].label}”"
                                              "说的是告知这件事")]

    def _english_unit_roles(self, tokens: list[str]) -> tuple[str, set[str]]:
        """The department an English header opens with (QA Investigation Owner) and the roles it may be."""
        for size in (3, 2, 1):
            unit = " ".join(tokens[:size])
            if size <= len(tokens) - 1 and unit in ENGLISH_UNITS:
                return unit, {r.id for r in self.procedure.roles for zh in ENGLISH_UNITS[unit]
                              if abbreviation_score(zh, _without_aside(r.name)) >= 0.75}
        return "", set()

    def step_score(self, stem: str, step) -> float:
        """How much a header's words (without 时间/人…) resemble a step's name: 1 when the name contains them; else
        the mean of the share of their characters found in order in the name (呈报总经理 in 呈送公司总经理) and the
        share of their character pairs found anywhere in it (纠正预防措施填写 in 填写纠正及预防措施记录表). A little
        more when the name starts with them (解决投诉并…) or when the step's id says the same (登记 and register)."""
        # one word, two spellings (告知其他途径, 通过其它途径解决); 另循途径 is 其他途径 (another way to take)
        stem = stem.replace("其它", "其他").replace("另循", "其他")
        # a count of complaints (二次投诉公示) is no count of the step's (公示第二次验证结果): it goes with the complaint
        core = re.sub(f"{COUNT}(?={'|'.join(FILLER)})", "", stem)
        for word in FILLER:
            core = core.replace(word, "")
        if len(core) < 2 or re.fullmatch(COUNT, core):
            core = stem       # 客户二次投诉 is no 第二次跟踪验证: a count alone says no act
        name = step.name.replace("其它", "其他")
        if (passed := re.fullmatch(r"(?:转|移交)((.{2,}?)(?:处理|办理|答复|回复))", core)) and passed.group(1) in name \
                and step.role and passed.group(2) in self.role_name.get(step.role, ""):
            return 0.0     # 转经营者处理 is the case passed on to the operator, not the operator's own 经营者处理、答复
        score = _resemblance(core, name)
        if core != stem:      # the whole header breaks ties: 用户投诉受理 is 经营者受理用户投诉, not 受理申诉
            score += 0.2 * _resemblance(stem, name)
        same_act = concepts_of(core) & self.step_concepts[step.id]
        if same_act == {"receive"} and "受理" in core and "受理" not in name and self._handled_before(step.id):
            same_act = set()  # 受理 (taking the complaint in) is no 投诉案件登记 after its own role's earlier steps (S15)
        if same_act and (score or concepts_of(core) <= self.step_concepts[step.id]):
            # the same act: 受理人 for 接到投诉…登记 with no word in common is still a match; the names' resemblance
            # keeps ranking such steps (终止告知 is 告知…终止调解 before 提前告知调解…)
            score = max(score + 0.15, STEP_MATCH + 0.05 + 0.2 * score)
        elif same_act:        # 整改通知 is no 反馈…处理情况: no word in common, and an act (整改) the step does not say
            score += 0.15
        if name.startswith(core):
            score += 0.05
        thing, done = core[:-2], core[-2:]
        if len(thing) >= 2 and has_cjk(thing) and done in RECORDING_ACTS and not concepts_of(thing):
            # 结果登记 is recording the result (将处理结果填写在…), not 接到投诉…登记: the one step recording what the header
            # says was recorded. Not a step only reporting it (…将处理过程、结果、分析报前台接待员)
            recording = [s for s in self.procedure.steps if thing in s.name and any(w in s.name for w in RECORDING_ACTS)]
            if step in recording:
                score += 0.1
            elif recording:
                score -= 0.2
        act = next((word for word in LEADING_ACTS if name.startswith(word)), None)
        first_clause = re.split(r"[，,；;。]", name, maxsplit=1)[0]
        if act and act not in stem and core in first_clause[len(act):]:
            # 公示第一次验证结果 is posting the verification: 第一次验证时间 is the verification's; 告知…终止调解 is
            # telling of the termination, not 终止调解时间
            score -= 0.3
        elif act and act not in stem and core in name and core not in first_clause:
            # 分析…，提出临时对策 is above all the analysis: 分析部门 names it before 提出部门 does. Less than STEP_MARGIN:
            # it only ranks headers, a step whose later clause says the header's words stays a rival of the others
            score -= STEP_MARGIN * 0.8
            id_acts = self.id_concepts[step.id]
            if id_acts and not concepts_of(core) & id_acts and id_acts & concepts_of(first_clause):
                # 通知质检 for receive (接到…投诉，立即通知质检部): the step's id and first clause say its act, the header
                # another, which a header saying that act (接诉) names better
                score -= 0.4
        if any(re.search(f"{act}.{{0,2}}{re.escape(core)}", name) for act in CHECKING_ACTS if act not in stem):
            # 核实责任单位反馈的… is checking the unit's feedback: (责任)单位反馈时间 is the unit's act, not this step's
            score -= 0.6 if core in name else 0.3
        elif any(re.search(f"{re.escape(core)}.{{0,2}}{act}", name) for act in (*CHECKING_ACTS, "验证")
                 if act not in stem):
            score -= 0.3      # 整改措施实施验证有效 checks the implementing: 措施实施时间 is the implementing's
        if core in name and core not in _without_aside(name):
            score -= 0.6      # 会同 only in 处理投诉（多方面原因的会同有关行政部门共同处理）: an aside, not the act
        elif core not in name and _without_listing(name) != name and _cjk_pairs(core) & _cjk_pairs(name) \
                and not _cjk_pairs(core) & _cjk_pairs(_without_listing(name)):
            score -= 0.6      # 设备启用 like 详查客户信息（…设备出库或系统启用日期）: only what the aside lists
        elif core in name and core not in self.name_without_roles[step.id] and (stem == core or stem not in name) \
                and any(core in role and role in name and (rid != step.role or self.first_of_role[rid] != step.id)
                        for role, rid in self.role_names):
            # 接待 only in 告知前台接待员 or 前台接待员当天记录: a role's name, not the act; a header naming a role is
            # who does its first step (值班 in 窗口值班人员接待来电), as _role_named reads it. Not where the name says
            # the whole header (经营者投诉 of 用户先向电信业务经营者投诉): the party and the act done to it
            score -= 0.6
        elif core in name and _only_before(core, name):
            # 分析完成 only in 投诉分析完成后把处理结果反馈客户, 前往处理 in 前往处理时填报“异常处理单”, 退货完成 in
            # 退货完成后…复印存档: what comes before the act or goes with it, not the act (below a match)
            score -= 0.6
        elif core not in name and (said := [w for c in same_act for w in CONCEPTS[c][2] if w in name]) \
                and all(_only_before(w, name) for w in said):
            score -= 0.5      # 受理 (an act like 接待) for 重要投诉接待后半小时内转呈…: the 接待 it follows, not its act
        situation = name.split("：", 1)[0] if "：" in name[:8] else ""
        kind = _without_aside(situation)
        for word in FILLER:
            kind = kind.replace(word, "")
        if situation and len(kind) >= 2 and kind in stem:
            score += 0.1      # 批量通报 is of 批量投诉：专人快速反馈…, not of 重复投诉（处理中）：…告知进程…
        elif situation and situation not in stem:
            score -= 0.1      # 升级投诉：迅速派单… is the dispatch of one kind of complaint; 派单时间, of any
        if concepts_of(core) & self.id_concepts[step.id]:
            score += 0.1
        if negated := re.search(r"(?:不予|不|未|非|无|没)([\u4e00-\u9fff]{2})", core):
            # 不予立案告知书送达 is 不属于…不予立案，引导…起诉, not 对…的投诉予以立案: the name says the act the header denies
            act = negated.group(1)
            said = [m.start() for m in re.finditer(act, name)]
            denied = all(any(n in name[max(0, i - 3):i] for n in NEGATIONS) for i in said)   # 不属于受理范围
            score += 0.25 if negated.group(0) in name else -0.3 if said and not denied else 0.0
        if step.role and (score >= STEP_MATCH or stem[2:] in step.name) and self._opening_role(stem) == step.role:
            if score < STEP_MATCH and [s for s in self.procedure.steps if s.role == step.role and stem[2:] in s.name] \
                    == [step]:
                score = max(score, self.step_score(stem[2:], step))     # 品保确认: the one 确认 the 质量管理部 does
            if score >= STEP_MATCH:
                score += 0.1  # 质管调查 is the 调查 the 质量管理部 does, not the 制造部门's (among steps it names)
        return score

    def _opening_role(self, stem: str) -> str | None:
        """The one role whose name a header opens with before an act (质管 for 质量管理部, 制造 for 制造部门), not a
        word every party's name says (客户), nor an act a role is named by (派单 of 派单部门)."""
        head = _in_procedure_words(stem)[:2]
        if len(stem) < 4 or not has_cjk(head) or head in FILLER + CUSTOMER_WORDS or concepts_of(head):
            return None
        roles = {rid for piece, rid in self.role_names if norm(piece).startswith(head)}
        return roles.pop() if len(roles) == 1 else None

    def _told_what(self, stem: str, suffix: str) -> list[_Candidate]:
        """告知起诉: telling the complainant what the one step saying it does (引导、教育投诉人…向人民法院起诉), where no
        step says the telling itself."""
        told = re.match(r"(?:告知|通知|告诉|转告)(.{2,})", stem)
        if told is None or self._in_a_step_name(stem[:2]):
            return []
        saying = [s for s in self.procedure.steps if told.group(1) in s.name]
        if len(saying) != 1:
            return []
        return [_Candidate(f"{saying[0].id}{suffix}", 0.7, f"表头说的是告知“{told.group(1)}”，制度中只有环节"
                                                            f"“{saying[0].name}”说到它，没有环节说告知本身")]

    def _in_a_step_name(self, words_: str) -> bool:
        return any(words_ in s.name for s in self.procedure.steps)

    def _step_toward(self, stem: str, suffix: str) -> list[_Candidate]:
        """向建设单位报修: an act toward a party is the one step whose name does something toward it (先与建设单位…联系
        协商), not one the party does itself (建设单位不履行保修责任时…投诉)."""
        toward = re.match(r"(?:向|与|给)(.{2,})", stem)
        rest = toward.group(1) if toward else ""
        for size in range(len(rest) - 1, 1, -1):     # the party alone: the act after it is the name's to match
            party = rest[:size]
            # 向经营者投 in 询问是否已向经营者投诉 is the header's own act named, not a party
            after = re.escape(rest[size])
            steps = [s for s in self.procedure.steps
                     if re.search(f"(?:向|与|给){re.escape(party)}(?!{after})", s.name)]
            if steps:
                return [] if len(steps) > 1 else [
                    _Candidate(f"{steps[0].id}{suffix}", 0.85, f"表头“{stem}”是对“{party}”做的事，"
                                                               f"只有环节“{steps[0].name}”是向它办理的")]
        return []

    def _reported_to(self, stem: str, suffix: str) -> list[_Candidate]:
        """上报公司, 报总经理: a report to a party is the one step whose name reports or turns to it (重大投诉及时向公司
        报告…, …向总经理请示处理), whatever else the names share."""
        sent = re.fullmatch(r"(?:上报|呈报|报告|报送|报)(.{2,})", stem)
        if sent is None:
            return []
        said = sent.group(1)
        for party in (said, *SAID_OTHERWISE.get(said, ())):     # 上报集团: the group is the company (向公司报告)
            # the one step naming the party at all (总经理, not the 副总经理 of another step); where two do (当场处理后
            # 向上级汇报, 通知上级领导), something else must tell them apart
            naming = [s for s in self.procedure.steps if re.search(f"(?<!副){re.escape(party)}", s.name)]
            reporting = (f"向{re.escape(party)}[^，,；;。]{{0,2}}(?:报告|汇报|请示|报)"
                         f"|(?:上报|报告|报送|呈报|呈送){re.escape(party)}")
            if len(naming) == 1 and re.search(reporting, naming[0].name):
                how = "" if party == said else f"（“{said}”即“{party}”）"
                return [_Candidate(f"{naming[0].id}{suffix}", 0.85, f"表头是报给“{said}”{how}，只有环节"
                                                                    f"“{naming[0].name}”是向它报告的")]
        return []

    def _document_made(self, stem: str, suffix: str) -> list[_Candidate]:
        """纠正预防措施报告日期: a document's date is the day it was made, the one step that draws it up (组织原因分析并
        制定纠正预防措施报告), not one that approves it (总经理审批纠正预防措施报告), unless the header says so; so is
        the date a document was submitted or filled in (纠正预防措施提交时间)."""
        # a document of four characters or more, or of three naming itself one (异常单填报: 异常单)
        act = next((w for w in MAKING_WORDS if stem.endswith(w) and (len(stem) >= len(w) + 4 or len(stem) == len(w) + 3
                                                                      and stem[:-len(w)].endswith(DOCUMENT_WORDS))), "")
        document = stem[: len(stem) - len(act)]
        if act:       # 纠正预防措施提交: the document and the making act, the step that fills in 纠正及预防措施记录表
            steps = [s for s in self.procedure.steps
                     if any(abbreviation_score(document, after) >= 0.9 for after in re.findall(
                         f"(?:{'|'.join(MAKING_WORDS)})([^，,；;。]+)", s.name))]
        elif stem.endswith(DOCUMENT_WORDS) and len(stem) >= 3:
            making = re.compile(f"(?:{'|'.join(MAKING_WORDS)})[《“]?[^，,；;。《》“”]{{0,8}}{re.escape(stem)}")
            steps = [s for s in self.procedure.steps if making.search(s.name)]
        else:
            return []
        what = "日期" if suffix == "_at" else "经办人"
        return [_Candidate(f"{steps[0].id}{suffix}", 0.92, f"表头是文书“{document}”{act}的{what}，读作制作它的环节"
                                                           f"“{steps[0].name}”")] if len(steps) == 1 else []

    def _act_of_one_date_field(self, stem: str) -> list[_Candidate]:
        """争议发生 for 申诉事项发生时间: the act a header ends with (发生), said by one date field's label and by no
        step's name, whatever it happened to."""
        act = stem[-2:]
        if len(stem) < 3 or not all(has_cjk(c) for c in act) or any(act in s.name for s in self.procedure.steps):
            return []
        fields = [t for t in self.targets.values() if t.kind == "field" and t.type in ("date", "datetime")
                  and act in t.label]
        return [_Candidate(fields[0].id, 0.65, f"表头末尾的“{act}”只在字段标签“{fields[0].label}”中说到")] \
            if len(fields) == 1 else []

    def _ticket_created(self, stem: str, suffix: str) -> list[_Candidate]:
        """建单 (a ticket opened) where no step records the complaint apart from receiving it: the first receiving
        step (经营者受理用户投诉, 收集客户投诉). Not a ticket opened again (重新建单)."""
        if "建单" not in stem or any(w in stem for w in REPEAT_WORDS) \
                or any("record" in have for have in self.step_concepts.values()):
            return []
        step = next((s for s in self.procedure.steps if "receive" in self.step_concepts[s.id]), None)
        return [] if step is None else [
            _Candidate(f"{step.id}{suffix}", 0.75, f"表头“{stem}”是建立工单，制度没有另设记录投诉的环节：读作收到投诉的"
                                                   f"第一个环节“{step.name}”")]

    def _decision_on_act(self, header: str, facts: ColumnFacts) -> bool:
        """受理意见 holding 受理 / 不予受理: how a step's act (申诉受理机构审查并受理申诉) was decided, not the abbreviation
        of a yes/no label whose words it happens to share (申诉受理机构已就…出具调解意见书)."""
        said = re.fullmatch(r"(.{2,4}?)(?:意见|结论|结果|情况|决定)", norm(header))
        act = said.group(1) if said else ""
        return bool(act) and any(act in norm(s.name) for s in self.procedure.steps) \
            and any(_answer(re.sub(r"^(?:不予|不)", "", norm(value))) == act for value, _ in facts.top)

    def _step_by_code(self, header: str) -> list[_Candidate]:
        """A header naming a form by its number (Form 166-2 Date) is the time or doer of the one step whose name
        gives that number (…反馈单》QHSE/R-0211-166-2)."""
        by = any(w in BY_WORDS for w in words(header)) or header.endswith(BY_SUFFIXES)
        found = []
        for code in re.findall(r"[A-Za-z0-9]*\d[A-Za-z0-9./\-]*\d[A-Za-z0-9]*", header):
            steps = [s for s in self.procedure.steps if norm(code) in norm(s.name)]
            if len(norm(code)) >= 3 and len(steps) == 1:
                found.append(_Candidate(f"{steps[0].id}{'_by' if by else '_at'}", 0.9,
                                        f"表头中的编号“{code}”出现在环节名“{steps[0].name}”中"))
        return found

    def _step_by_generic_id(self, stem: str, suffix: str) -> list[_Candidate]:
        """A generic stem (处理) names only the step whose id says it plainly (handle, or alone handle_complaint or
        quality_handle; the customer handling it alone, customer_self_handle, is no one's 处理)."""
        plain = GENERIC_STEP_IDS.get(stem, "")
        said = [s for s in self.procedure.steps if plain and (s.id.startswith(plain + "_") or s.id.endswith("_" + plain))
                and norm(_without_aside(self.role_name.get(s.role, ""))) not in COMPLAINANT_WORDS]
        step = self.steps.get(plain) or (said[0] if plain and len(said) == 1 else None)
        if step is None:
            return []
        return [_Candidate(f"{step.id}{suffix}", 0.8, f"表头“{stem}”是泛称，指 id 为 {step.id} 的环节“{step.name}”")]

    def _steps_named(self, stem: str, suffix: str, among=None) -> list[_Candidate]:
        """The step a Chinese header's words name, best first; two steps named alike are both offered, as doubtful.
        `among`: the steps to choose from (default: all)."""
        steps = self.procedure.steps if among is None else among
        scored = sorted(((self.step_score(stem, s), s) for s in steps), key=lambda x: -x[0])
        scored = [(score, s) for score, s in scored if score >= STEP_MATCH]
        if not scored:
            return []
        best_score, best = scored[0]
        read = self.targets[f"{best.id}{suffix}"].read
        rivals = [s for score, s in scored[1:] if best_score - score < STEP_MARGIN
                  and (self.targets[f"{s.id}{suffix}"].read or not read)]   # what no rule reads is no rival
        lead = next((w for w in LEADING_ACTS if stem.startswith(w)), None)
        doing = [s for s in [best, *rivals] if lead and concepts_of(lead) & self.step_concepts[s.id]]
        plain = [s for s in [best, *rivals] if all(not s.name.startswith(w) or w in stem
                                                   or concepts_of(w) & concepts_of(stem) for w in LEADING_ACTS)]
        names = "、".join(f"“{s.name}”" for s in [best, *rivals])
        first = [s for s in [best, *rivals] if not any(w in s.name and w not in stem for w in REPEAT_WORDS)]
        unit = re.match(r".{1,6}?(?:部|科|室|中心|组|处)", stem)     # 质管部接单: the unit that did it
        opener = self._opening_role(stem)      # 质管调查: the 质量管理部's 调查
        by_unit = [s for s in [best, *rivals] if unit and s.role in self.role_name
                   and abbreviation_score(unit.group(0), _without_aside(self.role_name[s.role])) >= 0.75
                   or opener and s.role == opener]
        sent = re.match(r"(?:上报|呈报|呈送|转呈|报送|报|呈|转|送)(.{2,})", stem)   # 报总经理: sent to, not done by
        receivers = {role for piece, role in self.role_names if sent and norm(piece).endswith(norm(sent.group(1)))}
        passing = [s for s in [best, *rivals] if receivers and s.role not in receivers]
        if rivals and len(passing) == 1:
            return [_Candidate(f"{passing[0].id}{suffix}", 0.7, f"表头“{stem}”与环节名{names}同样相近；表头说的是"
                                                                 f"报给“{sent.group(1)}”，读作“{passing[0].name}”，"
                                                                 "不是它自己办理的环节")]
        if rivals and len(doing) == 1:
            # 反馈交办单位: the header's verb (反馈) is one step's act; 交办 is only what it reports on
            return [_Candidate(f"{doing[0].id}{suffix}", 0.7, f"表头“{stem}”与环节名{names}同样相近，表头开头的"
                                                               f"“{lead}”是“{doing[0].name}”的动作")]
        if rivals and len(by_unit) == 1:
            doer = unit.group(0) if unit else stem[:2]
            return [_Candidate(f"{by_unit[0].id}{suffix}", 0.7, f"表头“{stem}”与环节名{names}同样相近，表头开头的"
                                                                f"“{doer}”是办理“{by_unit[0].name}”的"
                                                                f"“{self.role_name[by_unit[0].role]}”")]
        opening = [s for s in [best, *rivals] if len(stem) >= 3 and s.name.startswith(stem[:2])
                   and s.role in self.role_name and stem[:2] in norm(self.role_name[s.role])]
        if rivals and len(opening) == 1:
            # 用户申诉 is 用户向申诉受理机构提出申诉, 申诉中心受理 is 申诉受理机构审查并受理申诉: both open with who does it
            return [_Candidate(f"{opening[0].id}{suffix}", 0.7, f"表头“{stem}”与环节名{names}同样相近，只有"
                                                                f"“{opening[0].name}”也以办理它的“{stem[:2]}”开头")]
        if rivals and len(first) == 1:
            # 登记人: 受理或发起投诉，填写登记处理单, not 客户不满意…继续填写登记处理单, which is the same act done again
            return [_Candidate(f"{first[0].id}{suffix}", 0.7, f"表头“{stem}”与环节名{names}同样相近，其余的是再次办理"
                                                              f"，表头没有说“再”：读作第一次的“{first[0].name}”")]
        if rivals and len(plain) == 1:
            # 向企业投诉: 用户先向…经营者投诉 is the complaint itself; 告知用户先向…投诉 tells the user to make it
            return [_Candidate(f"{plain[0].id}{suffix}", 0.7, f"表头“{stem}”与环节名{names}同样相近，只有“{plain[0].name}”"
                                                               "不以表头没有说的另一种动作开头")]
        lead = _cjk_pairs(stem[:-2])     # what the header says before its last word, in a step's name or its doer's
        ending = [s for s in [best, *rivals] if len(stem) >= 4 and has_cjk(stem) and stem[-2:] in s.name
                  and lead <= _cjk_pairs(s.name) | _cjk_pairs(self.role_name.get(s.role, ""))]
        if rivals and len(ending) == 1:
            # 部门反馈: one step's act is the header's last word (反馈), done by a 部门 (被投诉部门); the other only
            # tells some (通报有关部门). Not 8D报告批准 for 批准应急处理意见, which says no 报告
            return [_Candidate(f"{ending[0].id}{suffix}", 0.7, f"表头“{stem}”与环节名{names}同样相近，只有"
                                                               f"“{ending[0].name}”说到表头末尾的“{stem[-2:]}”")]
        if rivals:
            targets = [f"{s.id}{suffix}" for s in [best, *rivals]]
            # steps whose names all say the header's words: the one another header does not take is left
            alike = tuple(targets) if all(stem in s.name for s in [best, *rivals]) else ()
            # the header's words said in each name (收到 of 仓库收到), not only an act like theirs: a tie another column
            # may break (_own_steps_of_ties)
            # (通知客户 says 告知消费者's 告知 in other words)
            said = _cjk_pairs(stem).union(*(_cjk_pairs(text) for text, _ in _respelled(stem)))
            tied = tuple(targets) if all(said & _cjk_pairs(s.name) for s in [best, *rivals]) else ()
            return [_Candidate(target, 0.5, f"表头“{stem}”与环节名{names}同样相近：请选定", alike, tied,
                               tuple(targets)) for target in targets]
        how = "出现在" if stem in best.name else f"与（相似度 {min(best_score, 1.0):.2f}）"
        return [_Candidate(f"{best.id}{suffix}", 0.6 + 0.3 * min(best_score, 1.0),
                           f"表头“{stem}”{how}环节名“{best.name}”" + ("中" if how == "出现在" else "相近"))]

    def _ids_in_english(self, tokens: list[str], suffix: str) -> list[_Candidate]:
        """An English header that says a column's id in its own words (Result Recorded: record_result_at, Decision
        Received On: decision_received_at, Assessment Start: appraisal_started_at): the time of a step or a date
        field (suffix _at), the doer of a step (_by), else a field that is no date. Scored by how many words of
        each the other says (Dice), so that Decision Received On is not simply the receipt; two ids said as well
        are both offered, to choose."""
        said = [t for t in tokens if t not in TIME_WORDS and t not in BY_WORDS and t not in ENGLISH_FILLER
                and t not in ENGLISH_STOP]
        if not said:
            return []
        scored = []
        for t in self.targets.values():
            is_date = t.type in ("date", "datetime")
            if t.kind == "step_at" and suffix == "_at" or t.kind == "step_by" and suffix == "_by":
                id_ = t.step
            elif t.kind == "field" and suffix != "_by" and is_date == (suffix == "_at"):
                id_ = t.id[:-3] if t.id.endswith("_at") else t.id
            else:
                continue
            parts = [p for p in id_.split("_") if p not in ENGLISH_FILLER and p not in ENGLISH_STOP
                     and not p.isdigit() and p not in ("at", "by")]
            if not parts:
                continue
            heard = sum(max(english_likeness(w, p) for p in parts) for w in said)
            named = sum(max(english_likeness(w, p) for w in said) for p in parts)
            dice = (heard + named) / (len(said) + len(parts))
            if dice >= 0.5 and named >= len(parts) / 2:
                scored.append((dice, t))
        if not scored:
            return []
        best = max(d for d, _ in scored)
        top = [t for d, t in scored if d == best]
        if len(top) > 1:
            names = "、".join(t.id for t in top)
            return [_Candidate(t.id, 0.5, f"表头的英文词同样说出 {names}：请选定", even=tuple(t.id for t in top))
                    for t in top]
        t = top[0]
        what = f"环节 id {t.step}（“{self.steps[t.step].name}”）" if t.kind != "field" else f"列 id {t.id}（“{t.label}”）"
        return [_Candidate(t.id, 0.6 + 0.35 * best, f"表头的英文词说出{what}" + ("" if best == 1 else "的大部分"))]

    def _bare_date(self, text: str) -> list[_Candidate]:
        """A register's column headed only 日期 (or Date): the day the complaint was entered, a guess to check."""
        if norm(text) not in BARE_DATES:
            return []
        field = self.targets.get("received_at")
        found = [_Candidate("received_at", 0.85, "")] if field and field.kind == "field" \
            else self._vocabulary_steps(text, "received_at")
        return [_Candidate(c.target, c.score - 0.2, f"表头只写“{text}”：登记簿上的日期读作收到投诉的日期，请核对"
                                                     + (f"；{c.why}" if c.why else ""), weak=True) for c in found]

    def _due_date(self, text: str, facts: ColumnFacts) -> list[_Candidate]:
        """要求完成日期, 限期, Due Date: a date the case was given to be done by, where the procedure's rules read
        exactly one such date (a deadline `due_field`, 限期解决日期)."""
        dues = [t for t in self.targets.values() if t.due]
        if len(dues) != 1 or facts.date_share < DATE_SHARE or not DUE_DATE.search(fold(text).lower()) \
                or LIMIT_TOLD.search(norm(text)):
            return []
        return [_Candidate(dues[0].id, 0.8, f"表头说的是给定的完成期限；制度的规则读作期限的日期只有“{dues[0].label}”")]

    def _doer_field(self, text: str) -> list[_Candidate]:
        """特案审批部门 for 特案保修授权处理部门: a doer's header and the one field naming a doer (…部门, …单位, …人) whose
        label says a word of the header, other than the words every complaint says."""
        h = norm(text)
        if not has_cjk(h) or not h.endswith(DOER_ENDINGS):
            return []
        doers = [t for t in self.targets.values() if t.kind == "field" and norm(t.label).endswith(DOER_ENDINGS)]
        said = _shared_words(re.sub("|".join(GENERIC_STEMS), " ", h), doers)    # not 被投、诉部 of 被投诉部门
        if not said:      # 补偿审批部门 for 特案保修授权处理部门: the same act said otherwise (审批, 授权)
            acts = concepts_of(_doers_act(h)) - {"handle"}
            alike = [t for t in doers if acts & concepts_of(t.label)]
            if len(alike) == 1:
                return [_Candidate(alike[0].id, 0.65, f"表头说的“{_doers_act(h)}”与标签“{alike[0].label}”说的是同一种"
                                                      "动作，都是办理的部门或人")]
        if len(said) != 1:
            return []
        (field, shared), = said.items()
        return [_Candidate(field, 0.75, f"表头与标签“{self.targets[field].label}”同说“{'、'.join(shared)}”，"
                                       "都是办理的部门或人")]

    def _event_steps(self, concept: str, steps: list[str]) -> list[str]:
        """The steps an event (receipt, reply…) may be timed by, likeliest first: a complaint is received at the
        step the procedure calls `receive`, before another body's receipt listed first (L3: 监管部门收到辖区内消费投诉),
        else at the first receiving step of the flow (登记 before 继续登记); other events at the step most plainly
        about them."""
        order = {s.id: i for i, s in enumerate(self.procedure.steps)}
        if concept == "receive":
            return sorted(steps, key=lambda s: (s != concept, order[s]))
        return sorted(steps, key=lambda s: (len(self.step_concepts[s]), order[s]))

    def _vocabulary_steps(self, text: str, field_id: str | None = None) -> list[_Candidate]:
        """A header the vocabulary knows as a date field the procedure lacks (Follow-up Date is revisit_at): the
        step the procedure times that event by, if a rule reads its time."""
        # 回复客户时间 is 回复时间: a reply or a return call is to the complainant
        unparty = re.sub("|".join(COMPLAINANT_WORDS), "", norm(text))
        less = 0.0
        if field_id is None and norm(text) not in self.event_aliases and unparty in self.event_aliases:
            text, less = unparty, 0.05      # below a header naming the step more closely (最终答复时间)
        if field_id is None and norm(text) not in self.event_aliases \
                and (timed := re.sub("日期$", "时间", norm(text))) in self.event_aliases:
            text = timed     # 登记日期 is the alias 登记时间: the date and the time of one event are one column
        field_id = field_id or self.event_aliases.get(norm(text))
        if field_id is None or (field_id in self.targets and self.targets[field_id].kind == "field"):
            return []
        concept = FIELD_CONCEPT[field_id]
        steps = self._event_steps(concept, [s.id for s in self.procedure.steps if concept in self.step_concepts[s.id]
                                            and self.targets[f"{s.id}_at"].read])
        if concept == "receive" and INCOMING.match(norm(text)):
            # 来件日期, when the complainant's letter or visit came in: the complainant's own filing with the
            # body (向工程所在地投诉处理机构投诉), where the procedure times it, before the body's 立案 or 受理
            filed = [s.id for s in self.procedure.steps if self.targets[f"{s.id}_at"].read and self._files(s)]
            steps = filed + [s for s in steps if s not in filed]
        elif concept == "receive" and not any(act in norm(text) for act in COMPLAINING_ACTS):
            # 登记时间, 受理日期: the body's own act, not the complainant's (以来信、来访、来电…投诉), as 投诉日期 is
            steps = [s for s in steps if not self._by_complainant(s)]
        if concept == "receive" and "登记" in norm(text):
            # 登记时间: the receipt, else the record made of it (记录在《投诉处理记录表》), before the steps that merely
            # name a receiving role (前台接待员)
            recorded = [s.id for s in self.procedure.steps if self.targets[f"{s.id}_at"].read and "记录" in s.name
                        and s.id not in steps[:1]]
            steps = steps[:1] + recorded + [s for s in steps[1:] if s not in recorded]
        if concept in ("revisit", "reply") and not steps:
            # 回访, 回复客户 where no step is named for it: the one step going back to the complainant with what the
            # handling came to (向投诉人通报处理进度和结果)
            back = [s.id for s in self.procedure.steps
                    if self.targets[f"{s.id}_at"].read and _back_to_complainant(s.name)]
            steps = back if len(back) == 1 else []
        if concept == "close" and _stem(text) in DONE_WORDS:
            # 完成时间 alone is when the work was done (解决投诉…, 责任部门处理…), before the record is archived
            work = [s.id for s in self.procedure.steps if self.targets[f"{s.id}_at"].read and s.id not in steps
                    and ("resolve" in self.step_concepts[s.id] or s.id.split("_")[0] == "handle")]
            work.sort(key=lambda s: "resolve" not in self.id_concepts[s] and not s.startswith("handle"))
            steps = work[:1] + steps
        return [_Candidate(f"{s}_at", 0.85 - less - 0.05 * rank, f"表头即词表中 {field_id} 的别名“{text}”；制度没有这个"
                                                                f"字段，用环节“{self.steps[s].name}”的时间", weak=True)
                for rank, s in enumerate(steps)]

    def _complaint_itself(self, text: str, found: list[_Candidate]) -> list[_Candidate]:
        """投诉时间 (报事时间: 报事 is 投诉) read as the field of the complaint's receipt (投诉受理时间), where the
        procedure also times the complaint itself (单位或个人…投诉): that step too, less sure, for when another
        column (受理时间) says the receipt."""
        said = [norm(text)] + [norm(t) for t, _ in _respelled(text)]
        if not any(c.target == "received_at" for c in found) or self.targets.get("received_at") is None \
                or self.targets["received_at"].kind != "field" \
                or not any(re.fullmatch(f"(?:{'|'.join(COMPLAINING_ACTS)})(?:时间|日期)", t) for t in said):
            return []
        complaints = [s for s in self.procedure.steps if self.targets[f"{s.id}_at"].read and self._by_complainant(s.id)
                      and any(act in s.name for act in COMPLAINING_ACTS)]
        if len(complaints) != 1:
            return []
        best = max(c.score for c in found if c.target == "received_at")
        return [_Candidate(f"{complaints[0].id}_at", best - 0.1,
                           f"表头说的是投诉本身：环节“{complaints[0].name}”的时间（若另有一列是受理时间）")]

    def _files(self, step) -> bool:
        """Whether a step is the complainant's complaint or appeal put to the body that handles it
        (用户向申诉受理机构提出申诉)."""
        return self._by_complainant(step.id) \
            and bool(re.search(f"向[^，,；;。]*(?:{'|'.join(COMPLAINING_ACTS)})", step.name))

    def _by_complainant(self, step_id: str | None) -> bool:
        """Whether the complainant does a step (投诉人, 电信用户（申诉人）)."""
        step = self.steps.get(step_id or "")
        role = _without_aside(self.role_name.get(step.role, "")) if step is not None and step.role else ""
        # 检举、控告、投诉的单位和个人: the parties complaining, named by their act
        return role.endswith(COMPLAINANT_WORDS + tuple(f"{act}人" for act in COMPLAINING_ACTS)) \
            or bool(re.search(f"(?:{'|'.join(COMPLAINING_ACTS)})的(?:单位|组织)?和?个?人$", role))

    def prefer_read(self, candidate: _Candidate, taken: set[str]) -> _Candidate:
        """A column no rule reads, where the procedure times the same event by a step (or the other way round)
        that a rule reads: the rule's column, said so."""
        return self.read_instead(candidate, taken)[0]

    def read_instead(self, candidate: _Candidate, taken: set[str]) -> list[_Candidate]:
        """`prefer_read`, with the further steps of the same kind after the first, a little less likely each (a
        second receiving column, 接单时间 after 登记时间, is the next receiving step)."""
        t = self.targets[candidate.target]
        if t.read:
            return [candidate]
        concept = FIELD_CONCEPT.get(t.id)
        if t.kind == "field" and concept:
            steps = [s for s, have in self.step_concepts.items() if concept in have
                     and self.targets[f"{s}_at"].read and f"{s}_at" not in taken]
            steps = self._event_steps(concept, steps)
            if concept == "receive" and steps and self._handled_before(steps[0]):
                steps = []    # S15's 投诉案件登记 comes after its own role's 详查客户信息…: not the receipt
            if steps:
                return [_Candidate(f"{step}_at", candidate.score - 0.05 * rank,
                                   f"{candidate.why}；制度的规则读取环节“{self.steps[step].name}”的时间 {step}_at，"
                                   f"不读字段 {t.id}" + ("（前面的同类环节已有别的列）" if rank else ""),
                                   weak=candidate.weak)
                        for rank, step in enumerate(steps)]
        if t.kind == "step_at":
            have = self.step_concepts.get(t.step, set())
            for field_id, concept in FIELD_CONCEPT.items():
                other = self.targets.get(field_id)
                if concept in have and other and other.read and field_id not in taken:
                    return [_Candidate(field_id, candidate.score, f"{candidate.why}；规则读取字段 {field_id}")]
        return [candidate]

    def _handled_before(self, step_id: str) -> bool:
        """Whether the role doing a step already did an earlier one: it had the complaint in hand before."""
        steps, role = self.procedure.steps, self.steps[step_id].role
        at = [s.id for s in steps].index(step_id)
        return role is not None and any(s.role == role for s in steps[:at])

    # values -----------------------------------------------------------------------------------------------

    def match_value(self, value: str, target: Target, numeric_yes_no: bool,
                    loose: bool = True) -> tuple[object, str] | None:
        """The option a value is and why. `loose`: also a defect read as the one option saying quality, which makes
        the value that option without being it (a column of defects is no column of categories)."""
        v = norm(value)
        options = target.options
        for o in options:
            if v in (norm(o.label), norm(as_text(o.id))):
                return o.id, f"等于选项“{o.label}”"
        if not target.yes_no and (either := re.fullmatch(r"(.+?)\s*[/／]\s*(.+)", value.strip())) and len(
                {m[0] for half in either.groups() if (m := self.match_value(half, target, numeric_yes_no, loose))}) > 1:
            return None       # A/B: still between two options, neither of them yet
        if target.yes_no:
            yes = YES | (NUMERIC_YES if numeric_yes_no else set())
            no = NO | (NUMERIC_NO if numeric_yes_no else set())
            truth = True if v in yes or value.strip() in yes else False if v in no or value.strip() in no else None
            how = ""
            if truth is None and has_cjk(value) and len(v) >= 2 and not _negated(target.label) \
                    and v not in UNKNOWN_VALUES and not _unsettled(v, target.label):
                # 已备案 / 未备案: the record says whether it was done (不详, or 未确认 for 是否造成损失, says nothing
                # either way)
                truth = None if v.startswith(BEYOND) else True if v.startswith(("已", "有")) \
                    else False if v.startswith(NEGATIONS) else None
                if truth and re.search("[未不没无]", v[1:]):
                    # 已和解未执行 for 已达成和解协议并执行: done in part, the part the label asks for denied ("no");
                    # 已和解未履行, a part it does not name: neither
                    part = _part_denied(value, target.label)
                    truth, how = (False, f"标签说的“{part}”，取值说没有，") if part else (None, "")
            elif truth is None and (denied := _denied_act(value, target.label)):
                truth, act = denied
                how = f"标签说的是没有“{act}”，"
            if truth is None:        # 批量 for 批量投诉工单标识, 重大 for 是否重大质量事故
                truth = _said_truth(value, target.label)
                how = f"标签“{target.label}”说到它，"
            if truth is not None:
                if target.type == "checkbox" and not options:
                    return truth, f"{how}读作“{'是' if truth else '否'}”"
                o = _truth_option(target, truth)
                if o is not None:
                    return o.id, f"{how}读作“{o.label}”"
        if (named := _without_level_code(value)) != value.strip():     # Ⅰ级-重大: the level's name
            match = self.match_value(named, target, numeric_yes_no, loose)
            return (match[0], f"去掉等级代号，“{named}”{match[1]}") if match else None
        if halves := bilingual(value):     # Very Complex 特别复杂: the Chinese half first
            return next(((o, f"双语取值的“{half}”：{why}") for half in reversed(halves)
                         if (match := self.match_value(half, target, numeric_yes_no)) for o, why in [match]), None)
        # the options naming a channel itself first: 来电 is S36's 电话 before its 口头
        ordered = sorted(options, key=lambda o: as_text(o.id) in BROAD_OPTIONS)
        synonyms = {o.id: [norm(s) for s in VALUE_SYNONYMS.get(as_text(o.id), ())] for o in ordered}
        for o in ordered:
            if v in synonyms[o.id]:
                return o.id, f"常见写法，对应选项“{o.label}”"
        said = {option: word for option, words_ in synonyms.items() for word in words_
                if has_cjk(word) and len(word) >= 2 and word in v}
        if len(said) > 1:
            said = {option: word for option, word in said.items() if as_text(option) not in BROAD_OPTIONS}
        if len(said) == 1:       # 工信部转办: passed on by a regulator
            option, word = next(iter(said.items()))
            return option, f"含常见写法“{word}”，对应选项“{next(o.label for o in options if o.id == option)}”"
        cores = [o for o in options if len(_core(value)) >= 2 and _core(value) == _core(o.label)]
        if len(cores) == 1:      # 结构不良 for 结构类
            return cores[0].id, f"去掉“不良”“类”等词后与选项“{cores[0].label}”相同"
        # not where the label denies what the value says: 无理由退货 is no part of 不适用无理由退货
        said_in = [o for o in options if len(_core(value)) >= 2 and _core(value) in _core(o.label)]
        inside = [o for o in said_in if not _denied_in(_core(value), _core(o.label))]
        if len(inside) == 1:     # 质量问题 for 产品质量
            return inside[0].id, f"去掉“问题”“类”等词后是选项“{inside[0].label}”的一部分"
        if not inside and len(said_in) == 1 and len(options) == 2 and not _negated(value):
            # 质量异常 of 非质量异常客户投诉 / 质量投诉: the one option denying what the value says, so the other
            other = next(o for o in options if o is not said_in[0])
            return other.id, f"选项“{said_in[0].label}”否定了它，读作另一个选项“{other.label}”"
        places = [(o, m.group(1)) for o in options
                  if (m := re.search(r"向(.{1,8}?)(?:提出|投诉|反映)", _without_aside(o.label)))]
        at = [o for o, place in places if has_cjk(value) and len(v) >= 2 and (v.endswith((place, place[-1])) or (
              place == "部门" and re.search(r"(?:部|中心|科|室)$", v)))]
        if len(places) == len(options) >= 2 and len(at) == 1:
            # 中餐厅, 宴会厅, 客房部 for 向餐厅提出 / 直接向部门提出: the place the complaint was made at, of that kind
            return at[0].id, f"是投诉提出的地方，读作选项“{at[0].label}”"
        number = ordinal(value)
        same = {o.id: o for o in options if number is not None and number in (ordinal(o.label), ordinal(as_text(o.id)))}
        if len(same) == 1:       # Class III for 三类投诉
            o = next(iter(same.values()))
            return o.id, f"序号相同，对应选项“{o.label}”"
        best, best_score = None, 0.0
        for o in options:
            for name in (o.label, as_text(o.id)):
                n = norm(name)
                if not n or _negated(name) != _negated(value):
                    continue
                score = difflib.SequenceMatcher(None, v, n).ratio()
                if len(v) >= 2 and (v in n or n in v):
                    score = max(score, 0.8)
                if has_cjk(value) and len(v) >= 3:   # 客诉报告 for 《客户投诉报告》: the label abbreviated
                    score = max(score, 0.9 * abbreviation_score(value, name))
                if has_cjk(value) and len(n) >= 2 and n not in v and n[0] == v[0] and abbreviation_score(n, v) == 1:
                    score = max(score, 0.85)     # 网上营业厅 for 网厅, 网络媒体 for 网媒: the value the option abbreviates
                if score > best_score:
                    best, best_score = o, score
        if best is not None and best_score >= 0.75:
            rivals = [o for o in options if o is not best and difflib.SequenceMatcher(None, v, norm(o.label)).ratio()
                      >= best_score]
            if not rivals:
                return best.id, f"与选项“{best.label}”相近"
        described = [o for o in options if has_cjk(value) and len(v) >= 4 and o.description
                     and abbreviation_score(v, o.description) == 1.0
                     and not (v in norm(o.description) and _denied_in(v, norm(o.description)))]
        if len(described) == 1:  # 279号令第四十条 for the class 依国务院279号令《…》第四十条确定保修期
            return described[0].id, f"写在选项“{described[0].label}”的说明“{described[0].description}”中"
        aside = [o for o in options if has_cjk(value) and (_cjk_pairs(v) - set(FILLER)) & _cjk_pairs(
            norm("".join(re.findall(r"[（(]([^（）()]*)[）)]", o.label))))]
        if len(aside) == 1:      # 人为疏失 for 非质量异常客户投诉（人为因素造成）: what the option's aside says it is
            return aside[0].id, f"与选项“{aside[0].label}”括号里的说明同说一个词"
        if rest := _after_label_word(v, target.label):     # 要求赔偿 in 投诉人要求: 赔偿, the option 经济赔偿
            hits = [o for o in options if rest in norm(o.label)]
            if len(hits) == 1:
                return hits[0].id, f"去掉标签也说的“{v[:-len(rest)]}”，“{rest}”出现在选项“{hits[0].label}”中"
        if shared := _sharing_words(value, options):
            return shared
        head = _core(value)[-2:]
        ending = [o for o in options if len(_core(value)) >= 4 and has_cjk(head) and head not in FILLER
                  and head not in norm(target.label) and _core(o.label).endswith(head)
                  and _negated(o.label) == _negated(value)]
        if len(ending) == 1:     # 办事流程问题 for 操作流程: a kind of the one option's thing (not 退货 of 退货依据)
            return ending[0].id, f"与选项“{ending[0].label}”同以“{head}”结尾"
        if (same := _in_procedure_words(value)) != value:     # 品质异常: 质量异常
            if match := self.match_value(same, target, numeric_yes_no, loose):
                return match[0], f"读作“{same}”：{match[1]}"
        for size in (3, 2):      # 质量问题退货 for 退货依据: the label's own word after it, the rest an option
            head, tail = v[:-size], v[-size:]
            if has_cjk(tail) and tail in norm(target.label) and len(head) >= 2 and \
                    (match := self.match_value(head, target, numeric_yes_no, loose)):
                return match[0], f"去掉标签也说的“{tail}”：{match[1]}"
        quality = [o for o in options if "质量" in _in_procedure_words(o.label) and not _negated(o.label)]
        if loose and len(quality) == 1 and (defect := next((w for w in ("质量", *DEFECT_WORDS) if w in v), None)):
            # 屋面渗漏, 墙体裂缝 among 工程质量投诉 / 房地产民事纠纷…: a defect is a quality complaint; so is 卷烟质量
            said = "质量" if defect == "质量" else f"一种缺陷（{defect}）"
            return quality[0].id, f"说的是{said}，读作选项中唯一说质量的“{quality[0].label}”"
        if len(parts := re.split(r"[/／]", value.strip())) > 1 and all(has_cjk(p) for p in parts):
            # 结构/尺寸不良: 结构不良 or 尺寸不良, the kind the last one names said once (one option for all)
            tail = next((w for w in ("不良", "问题", "异常", "类") if parts[-1].endswith(w)), "")
            found = {m[0]: (p, m[1]) for p in parts if (m := self.match_value(
                p if p.endswith(tail) else p + tail, target, numeric_yes_no, loose))}
            if len(found) == 1:
                (option, (part, why)), = found.items()
                return option, f"斜线分开的“{part}”{why}"
        first = re.split(r"[，,；;]", value.strip(), maxsplit=1)[0]
        if first != value.strip() and len(norm(first)) >= 2 and not any(v in norm(o.label) for o in options):
            # 不满意，已二次派单: what it says first, the rest what was done about it
            match = self.match_value(first, target, numeric_yes_no, loose)
            return (match[0], f"逗号前的“{first}”{match[1]}") if match else None
        return _word_of_a_listed_thing(value, target, self.common_words)

    def _option_by_its_grounds(self, value: str, target: Target) -> tuple[object, str] | None:
        """撤回, 自行和解 in 调解结果 (达成调解协议 / 终止调解): grounds another field lists for one of the options (终止调解情形:
        （一）投诉人撤回投诉或者双方自行和解), so that option."""
        v = norm(value)
        if len(v) < 2 or not has_cjk(v):
            return None
        for other in self.targets.values():
            said = [o for o in target.options if len(norm(o.label)) >= 2 and norm(o.label) in norm(other.label)]
            if other is target or other.yes_no or len(said) != 1:
                continue
            if ground := next((o for o in other.options if v in norm(o.label)), None):
                return said[0].id, f"是字段“{other.label}”所列的情形“{ground.label}”，即“{said[0].label}”"
        return None

    def value_block(self, target: Target, header: str, facts: ColumnFacts) -> tuple[ValueBlock, float]:
        """The value map of a column with options, and the share of the column's rows it accounts for."""
        numeric = target.yes_no and facts.yes_no_share(numeric=True) >= 0.95
        options = "、".join(f"{as_text(o.id)} {o.label}" for o in target.options) or "true、false"
        entries, known, ordinary, undecided = [], 0, 0, 0
        other = next((o for o in target.options if as_text(o.id) == "other" or o.label.startswith("其他")), None)
        # the characters every option says (退货 of 无理由退货 and 其他退货): they tell none apart
        shared = set.intersection(*(set(o.label) for o in target.options)) if len(target.options) > 1 else set()
        general = [o for o in target.options if "一般" in o.label]      # the general class 轻微 falls in
        matches = {value: self.match_value(value, target, numeric) for value, _ in facts.top}
        if target.yes_no:     # 不清楚 beside 是 / 否 is not known yet, not a no; beside 清楚, the other answer
            said = {norm(value) for value in matches}
            # 部分部位过保 for 是否在保修期内: yes for some parts, no for others, an answer for the audit to report
            matches = {value: None if re.fullmatch(r"不(?:清楚|明确|确定)", norm(value)) and norm(value)[1:] not in said
                       or norm(value).startswith("部分") else m for value, m in matches.items()}
            denials = {norm(value)[1:]: m for value, m in matches.items() if m and norm(value).startswith("非")
                       and not _truthy(m[0]) and _half_said(norm(value)[1:], target.label)}
            # 我司责任 beside 非我司责任 (read as 非我公司产品质量问题): what its denial denies, the other answer
            matches = {value: m or ((_truth_option_id(target, True), f"“非{value}”读作“否”，它读作相反")
                                    if norm(value) in denials else None) for value, m in matches.items()}
        if target.yes_no and len(matches) == 2 and len({str(m) for m in matches.values()}) == 2 \
                and sum(m is None for m in matches.values()) == 1 and not _negated(target.label):
            # 重大/一般 for 是否重大质量事故: of two values, the one the label does not say is the other answer. Not
            # where the label denies (在建 beside 已验收 is neither answer to 未经竣工验收…而交付使用)
            (said, _), = (m for m in matches.values() if m is not None)
            opposite = _truth_option_id(target, not _truthy(said))
            why = f"另一个取值读作“{'是' if _truthy(said) else '否'}”，这个读作相反"
            matches = {v: m or (opposite, why) for v, m in matches.items()}
        affirmed = [v for v, m in matches.items() if m and _truthy(m[0]) and _said_truth(v, target.label)]
        # 退货 among 换货 / 现场修补 / 补发 for 处理意见是否同意退货: the label's one act, the others other ways of it.
        # Not counted as fitting: a column of categories (普通 / 升级投诉 / 批量投诉) says one a flag's label says too
        only = affirmed[0] if target.yes_no and len(affirmed) == 1 and len(matches) > 2 and not _negated(target.label) \
            and all(m is None and not _undecided(v) and not _dash(v) for v, m in matches.items() if v != affirmed[0]) \
            else None
        scope, within = _opposite_question(header, target.label), _within(header, target.label)
        if target.yes_no and (scope or within):
            # 职责范围 是/否 for 投诉事项不属于市场监督管理部门职责: the column asks the label's question the other way
            why = f"；表头“{header}”问的是标签否定的“{scope}”本身，取反" if scope else \
                f"；表头“{header}”问的是在“{within}”，标签问的是超出，取反"
            matches = {v: (_truth_option_id(target, not _truthy(m[0])), m[1] + why)
                       if m and (norm(v) in YES | NO or v.strip() in YES | NO) else m for v, m in matches.items()}
        for value, count in facts.top:
            match = matches[value]
            if match is None and target.type == "checkbox" and parse_datetime(value) is not None:
                known += count      # 备案日期's dates: the duty done, which the tick box passes as written
                continue
            if match is None and _dash(value):
                entries.append(_not_applicable(value, count))
                undecided += count
                continue
            if match is None and (aside := re.fullmatch(r"(?:不涉及|未涉及|无需|不需)(.*)", norm(value))) \
                    and (not aside.group(1) or _cjk_pairs(aside.group(1)) & _cjk_pairs(norm(target.label))):
                # 不涉及退货 in a column of 退货依据: the case had no return, so the field does not apply
                entries.append(Entry(value, "", f"{_n(count)} 行；说的是该案件不涉及这件事，读作空白：请核对"))
                undecided += count
                continue
            if match is None and norm(value) not in ORDINARY and (listed := _listed_case(value, target.options)):
                # 重复发生 for 产品品质异常, whose criteria say …但又重复发生品质异常. Not counted as fitting: a
                # column of other things (客户抱怨) may name a case a class lists
                entries.append(Entry(value, listed.id, f"{_n(count)} 行；是选项“{listed.label}”列出的情形之一：请核对"))
                continue
            if match is None and (grounds := self._option_by_its_grounds(value, target)):
                # 撤回 in 调解结果, a ground 终止调解情形 lists. Not counted as fitting: a column of those grounds
                # (重复类型: 结果不满) is the grounds' own field, not this one
                entries.append(Entry(value, grounds[0], f"{_n(count)} 行；{grounds[1]}：请核对"))
                continue
            if match is None and any(w in norm(value) for w in UNASKED):
                # 未回访 in a column of 满意/不满意: nobody was asked, so nothing is recorded
                entries.append(Entry(value, "", f"{_n(count)} 行；说的是没有问到，读作空白：请核对"))
                undecided += count
                continue
            if match is None and norm(value) in ("轻微", "轻度", "minor") and len(general) == 1 and _classifies(target) \
                    and not any("轻" in o.label for o in target.options):
                # 轻微 where S6 sorts complaints as 一般性 or 严重性: below the general class, so of it
                entries.append(Entry(value, general[0].id, f"{_n(count)} 行；轻微低于一般，制度最低的一档是"
                                                           f"“{general[0].label}”：请核对"))
                continue
            simple = [o for o in target.options if "简单" in o.label]
            if match is None and norm(value) in ORDINARY and len(simple) == 1:
                # 一般 beside 复杂 / 疑难 where L3 sorts cases as 事实清楚、争议情况简单 / 情况复杂 / …: the plain case
                entries.append(Entry(value, simple[0].id, f"{_n(count)} 行；一般的案件即选项中简单的一档"
                                                          f"“{simple[0].label}”：请核对"))
                ordinary += count
                continue
            if match is None and not target.yes_no and target.options and norm(_without_level_code(value)) in ORDINARY \
                    and _classifies(target):
                # 一般 where the procedure names only 较严重/重大: no class of its own, read as blank
                entries.append(Entry(value, "", f"{_n(count)} 行；选项中没有这一档（{options}），"
                                                "读作不属于其中任何一类：请核对"))
                ordinary += count
                continue
            if match is None and other is not None and not target.yes_no and norm(value) not in UNKNOWN_VALUES \
                    and not any(c in o.label for o in target.options for c in norm(value) if has_cjk(c)
                                and c not in shared):
                # 微信 where the procedure lists 电话/现场/电邮/其他: a channel it does not list is its "other" (资费,
                # sharing a character with 话费争议, may be a listed one abbreviated; 质量问题退货 shares only the 退货
                # every option says)
                entries.append(Entry(value, other.id, f"{_n(count)} 行；制度列举之外的取值，读作“{other.label}”：请核对"))
                continue      # not counted as fitting: any column would fit a field with "other"
            if match is None and only is not None and not self.other_steps_result(value, target):
                entries.append(Entry(value, _truth_option_id(target, False),
                                     f"{_n(count)} 行；标签只说到“{only}”，这是另外的做法，读作“否”：请核对"))
                continue
            if match is None and (under_way := self.under_way(value, target)):
                # 调解中 in a column of 调解结果: no result yet, so nothing to check
                entries.append(Entry(value, "", f"{_n(count)} 行；说的是“{under_way}”还在进行，没有结果，读作空白：请核对"))
                undecided += count
                continue
            if match is None and (steps := self.other_steps_result(value, target)):
                # 不予受理 in a column of 调解结果: the case ended at another step, so this column does not apply.
                # Still counted as not fitting: the column's own values must make the case for the column
                entries.append(Entry(value, "", f"{_n(count)} 行；不是本列的选项，说的是环节“{'”或“'.join(steps[:2])}”：这一列"
                                                "对该案件不适用，读作空白：请核对"))
                continue
            if match is None:
                entries.append(Entry(value, "?", f"{_n(count)} 行；没有相近的选项（可选：{options}）", False))
                undecided += count if norm(value) in UNKNOWN_VALUES else 0
                continue
            option, why = match
            known += count
            if as_text(option) == value:      # already the option id: nothing to map
                continue
            entries.append(Entry(value, option, f"{_n(count)} 行；{why}"))
        nameless = [o for o in target.options if "名称缺失" in o.label]
        left = [e for e in entries if e.value == "?" and norm(e.key) not in UNKNOWN_VALUES]
        if len(nameless) == 1 and len(left) == 1 and all(e.value != nameless[0].id for e in entries):
            # 电话 where S13 lists （1）投诉（原文方式名称缺失）、电邮投诉、现场投诉、其他投诉: the one value no named
            # option is, read as the option whose name the source lost
            count = dict(facts.top)[left[0].key]
            entries[entries.index(left[0])] = Entry(left[0].key, nameless[0].id, f"{_n(count)} 行；只有这个取值对不上"
                                                    f"有名称的选项，读作原文缺了名称的“{nameless[0].label}”：请核对")
            known += count
        more = facts.distinct - len(facts.top)
        note = f"列“{_show(header)}”：{facts.values_text()}"
        if more > 0:
            note += f"（只列出最常见的 {len(facts.top)} 个）"
        known += ordinary if known else 0        # 一般 beside 较严重, not a column of 一般 alone
        # 待查 says nothing yet of which option: the share is of the values that do say
        said = facts.filled - undecided
        return ValueBlock(target.id, header, note, entries), (known / said if said else 0.0)

    def under_way(self, value: str, target: Target) -> str | None:
        """What a value like 调解中 says is still going on, when the column's label or a step names it."""
        v = norm(value)
        doing = v[:-1].removeprefix("正在")
        if v.endswith("中") and len(doing) >= 2 and has_cjk(doing) and \
                any(doing in name for name in (target.label, *(s.name for s in self.steps.values()))):
            return doing
        return None

    def other_steps_result(self, value: str, target: Target) -> list[str]:
        """The steps whose result a choice value is, when it shares nothing with the column's options: 不予受理
        (作出不予受理决定) or 不予立案 (作出是否立案决定) in a column of 调解结果 (达成调解协议 / 终止调解). The whole value,
        or all of it but its negation, is in the step's name: one short word (紧急, 责任) is no evidence."""
        v = norm(value)
        if len(v) < 3 or not has_cjk(value) or any(c in o.label for o in target.options for c in v if has_cjk(c)):
            return []
        said = next((v[len(n):] for n in ("不予", "不", "未") if v.startswith(n)), v)
        named = [s.name for s in self.steps.values() if len(said) >= 2 and said in norm(s.name)]
        return sorted(named, key=lambda name: v not in norm(name))     # 作出不予受理决定 before 作出受理决定

    def unsigned_block(self, target: Target, header: str, facts: ColumnFacts) -> ValueBlock | None:
        """A signature column's values that say nobody signed (未签, 业主拒签, 否), read as blank: otherwise the
        audit takes them for a signature, and the duty to sign — and every rule that follows a signature — passes."""
        entries = [Entry(value, "", f"{_n(count)} 行；说的是没有签字，读作空白")
                   for value, count in facts.top if says_unsigned(norm(value))]
        return ValueBlock(target.id, header, f"列“{_show(header)}”：{facts.values_text()}", entries) if entries else None

    # steps for activities -------------------------------------------------------------------------------------

    def match_activity(self, activity: str) -> tuple[str | None, float, str, list[str]]:
        """(step, score, why, rivals): the step whose name or id the activity resembles."""
        a = norm(activity)
        scored: list[tuple[float, str, str]] = []
        tokens = set(words(activity))
        concepts = concepts_of(activity)
        for step in self.procedure.steps:
            name = norm(step.name)
            if a in (norm(step.id), name) or (has_cjk(activity) and len(a) >= 2 and (a in name or name in a)):
                scored.append((1.0, step.id, f"与环节名“{step.name}”相同或包含"))
                continue
            ratio = difflib.SequenceMatcher(None, a, name).ratio() if has_cjk(activity) else 0.0
            if ratio >= 0.6:
                scored.append((ratio, step.id, f"与环节名“{step.name}”相近"))
                continue
            have = self.step_concepts[step.id]
            if concepts & have:
                share = len(concepts & have) / len(concepts | have)
                bonus = 0.01 * len(tokens & set(step.id.split("_")))
                scored.append((0.9 * share + bonus, step.id,
                               f"与环节“{step.name}”同义（{'、'.join(sorted(concepts & have))}）"))
        if not scored:
            related = {r for c in concepts for r in RELATED.get(c, ())}
            for step in self.procedure.steps:
                near = related & self.step_concepts[step.id]
                if near:
                    scored.append((0.3 * len(near) / len(self.step_concepts[step.id]), step.id,
                                   f"名称说的是 {'、'.join(sorted(concepts))}，制度中没有这样的环节；"
                                   f"相关的环节是“{step.name}”（{'、'.join(sorted(near))}）"))
        if not scored:
            return None, 0.0, "", []
        scored.sort(key=lambda s: -s[0])
        best = scored[0]
        rivals = [s[1] for s in scored[1:] if abs(s[0] - best[0]) < 1e-9]
        return best[1], best[0], best[2], rivals


def _assign_columns(g: Guesser, headers: list[str], facts: dict[str, ColumnFacts], taken: set[str]) -> list[Entry]:
    """The column each header feeds. Every (header, column) the names suggest is weighed at once, best first, so
    that a header equal to an alias wins over one merely close to it; a column is taken only where the values fit
    it (dates for a time column, option values for a choice…). A header whose candidates all fail is written
    commented out with the reason; a header the names say nothing of is judged by its values alone."""
    options = []
    alike: dict[str, set[str]] = {}      # header -> the steps' columns it names equally
    tied: dict[str, set[str]] = {}       # header -> the steps' columns its words are as close to
    even: dict[str, set[str]] = {}       # header -> the columns offered as equally likely
    for index, header in enumerate(headers):
        best: dict[str, tuple[int, _Candidate]] = {}
        for c in g.header_candidates(header, facts[header]):
            alike.setdefault(header, set()).update(c.alike)
            tied.setdefault(header, set()).update(c.tied)
            even.setdefault(header, set()).update(c.even)
            redirected = g.read_instead(c, taken)
            # tiers: a column a rule reads, named by the header; the column a rule reads in place of the one the
            # header names (received_at -> receive_at), unless another header names it; a column no rule reads
            for tier, candidate in ((0 if g.targets[c.target].read else 2, c), *((1, r) for r in redirected)):
                if candidate.target in taken or (tier == 1 and candidate is c):
                    continue
                if candidate.target not in best:
                    best[candidate.target] = (tier, candidate)
                else:   # named both ways: ranked as the better tier says, explained by the better-founded name
                    old_tier, old = best[candidate.target]
                    ranked = old if old_tier <= tier else candidate
                    surer = max(old, candidate, key=lambda x: x.score)
                    best[candidate.target] = (min(tier, old_tier), _Candidate(ranked.target, surer.score, surer.why,
                                                                              weak=surer.weak))
        for tier, candidate in best.values():
            exact = norm(header) == norm(candidate.target)
            fits, evidence = _fits(g, candidate.target, header, facts[header])
            sure = exact or (fits and candidate.score >= 0.6)
            target = g.targets[candidate.target]
            if not sure and fits and candidate.score >= 0.5 and target.options and not target.yes_no:
                # 投诉提出处, a loose abbreviation of 投诉提出对象, holding nothing but its options: as sure
                sure = g.value_block(target, header, facts[header])[1] >= 0.9
            units = _unit_share(facts[header]) if target.kind == "step_by" else 0.0
            # equally named, the header saying more (立案决定时间 before 决定时间 for 作出是否立案决定) goes first
            # of two headers about as close to who did a step, the one holding departments (承办单位 before 登记人;
            # 处理部门 before 质量部接收人, whose names no role can read), but not before a field's own name (责任部门)
            options.append((not exact, not sure, tier, -(candidate.score + 0.08 * units), -units, -len(norm(header)),
                            index, header, candidate, fits, evidence, sure))
    options.sort(key=lambda o: o[:7])
    chosen: dict[str, Entry] = {}
    doubtful: dict[str, Entry] = {}
    for *_, header, candidate, fits, evidence, sure in options:
        note = candidate.why + (f"；{evidence}" if evidence else "")
        target = g.targets[candidate.target]
        if not target.read and target.kind != "step_by" and candidate.target != "case_number":
            note += "；（没有规则读取这一列）"
        if sure and header not in chosen and candidate.target not in taken:
            chosen[header] = Entry(header, candidate.target, note, named=exact or candidate.score >= 1.0,
                                   weak=2 if candidate.weak and not exact else 0)
            taken.add(candidate.target)
        elif not sure and header not in doubtful:
            doubtful[header] = Entry(header, candidate.target, note + ("；依据不足" if fits else ""), False,
                                     choices=tuple(sorted(even.get(header, ()))))
    for header in headers:
        # 确认时间 for 确认和判定… or 确认临时对策效果…, where 判定时间 gave the first: the one left. So for words said
        # apart in each name (现场公示 of 事件公示（…现场）, 整改措施公示（…现场）…), when the others are taken and the
        # one left says every character of the header (not 转企业 for 告知用户先向…经营者投诉)
        named = alike.get(header) or tied.get(header, set())
        free = [t for t in named if t not in taken]
        said = alike.get(header) or free and _chars_in(_stem(header), g.steps[g.targets[free[0]].step].name) == 1.0
        if header not in chosen and len(named) > len(free) == 1 and said \
                and _fits(g, free[0], header, facts[header])[0]:
            others = "、".join(sorted(t for t in named if t != free[0]))
            chosen[header] = Entry(header, free[0], f"表头同样像 {others}，但{'它们' if '、' in others else '它'}已由别的表头"
                                                    f"提供，只剩这一个；请核对")
            taken.add(free[0])
    _own_steps_of_ties(g, headers, facts, tied, chosen, taken)
    entries, by_content = [], []
    for header in headers:
        entry = chosen.get(header) or doubtful.get(header)
        if entry is None or (not entry.active and entry.value in taken):
            entry = _by_content(g, header, facts[header], taken)
            by_content += [entry] if entry is not None and entry.active else []
        if entry is not None:
            entries.append(entry)
    for entry in by_content:    # two date columns that say the same word of one label: the word does not tell which
        rivals = [e.key for e in by_content if e.value == entry.value and e is not entry]
        if rivals:
            entry.active = False
            entry.note += f"；但“{'、'.join(rivals)}”也这样说：请选定"
        else:
            taken.add(entry.value)
    _occurrences(g, entries, taken)
    return entries


def _occurrences(g: Guesser, entries: list[Entry], taken: set[str]) -> None:
    """第1批交货, 第2批交货, 第3批交货 all like 记录一批交货的质量状况, a step the procedure does several times: headers
    alike but for their number are its first, second, third time."""
    for step in g.procedure.steps:
        for suffix in ("_at", "_by"):
            if not any(f"{step.id}_{n}{suffix}" in g.targets for n in range(2, 10)):
                continue      # a step done once
            shapes: dict[str, list[Entry]] = {}     # 第#批交货 -> its headers (8D完成日期 is another shape)
            for e in entries:
                if e.value == f"{step.id}{suffix}" and header_ordinal(e.key) is not None:
                    shapes.setdefault(_numbered_shape(e.key), []).append(e)
            group = max(shapes.values(), key=len, default=[])
            numbered = {e.key: header_ordinal(e.key) for e in group}
            if len(group) < 2 or len(set(numbered.values())) < len(group):
                continue
            for e in group:
                n = numbered[e.key]
                target = f"{step.id}{suffix}" if n == 1 else f"{step.id}_{n}{suffix}"
                if target not in g.targets or (target in taken and target != e.value):
                    continue
                e.value, e.active = target, True
                e.note = e.note.replace("；依据不足", "") + f"；同样的表头只差序号，读作该环节的第 {n} 次"
                taken.add(target)


def _numbered_shape(header: str) -> str:
    """A header with its number as # (第1批交货 → #批交货): headers alike but for their number share it."""
    return re.sub(r"第?[0-9一二三四五六七八九]", "#", header)


def _own_steps_of_ties(g: Guesser, headers, facts, tied: dict[str, set[str]], chosen: dict[str, Entry],
                       taken: set[str]) -> None:
    """A header as close to two steps done by different roles (仓库签收时间: 经营者收到退回商品 or 有关行政部门收到消费者
    投诉) is the one done by a role whose other steps the export records: a register keeps its own keeper's steps."""
    keepers = {g.steps[step].role for e in chosen.values() if (step := g.targets[e.value].step)}
    for header in headers:
        steps = {t: g.steps[g.targets[t].step].role for t in tied.get(header, ())}
        own = [t for t, role in steps.items() if role in keepers]
        if header in chosen or len(own) != 1 or None in steps.values() or len(set(steps.values())) < 2 \
                or own[0] in taken or not _fits(g, own[0], header, facts[header])[0] \
                or _told(_stem(header)[:2], g.steps[g.targets[own[0]].step].name):
            continue
        others = "、".join(sorted(t for t in steps if t != own[0]))
        chosen[header] = Entry(header, own[0], f"表头同样像 {others}，但只有这一环节由导出中其他环节的办理者"
                                               f"“{g.role_name.get(steps[own[0]], steps[own[0]])}”办理；请核对")
        taken.add(own[0])


def _asked_whether(header: str) -> str:
    """The thing a header asks whether there was (损失情况, 损失有无, 有无损失: 损失), or ''."""
    m = re.fullmatch(r"(有无|有没有)?([\u4e00-\u9fff]{2,6}?)(情况|有无|与否|状况)?", norm(header))
    return m.group(2) if m and (m.group(1) or m.group(3)) else ""


def _tells_another(header: str, label: str) -> bool:
    """决定告知时间 and 鉴定检测评估期间告知投诉人时间: both the time something was told, but of different things."""
    said = [re.fullmatch(r"(.{2,}?)(?:告知|通知).{0,3}(?:时间|日期)", norm(text)) for text in (header, label)]
    return all(said) and not _cjk_pairs(said[0].group(1)) & _cjk_pairs(said[1].group(1))


def _told(party: str, name: str) -> bool:
    """Whether a step's name says a party only as whom it tells or passes something to (部门 in 通报有关部门): a header
    opening with that party (部门反馈) names what the party does, not this step."""
    told = re.findall(f"(?:通报|通知|告知|报告|报送|转交|转|交|送达|递交)[^，,；;。]{{0,3}}{re.escape(party)}", name)
    return has_cjk(party) and bool(told) and len(told) == name.count(party)


def _back_to_complainant(name: str) -> bool:
    """Whether a step's name tells the complainant what the handling came to (向投诉人通报处理进度和结果)."""
    return any(w in name for w in COMPLAINANT_WORDS) and bool(re.search(r"处理(?:进度|情况|结果)|和结果", name))


def _only_before(words_: str, name: str) -> bool:
    """Whether a step's name says `words_` only as what comes before its act or goes with it (…后, …时)."""
    return name.count(words_) == len(re.findall(re.escape(words_) + r"(?:[^，,；;。]{0,2}后|时)", name))


def _closer(score: float, header: str, name: str) -> float:
    """A close name's score, a little higher the closer it is: of 竣工验收日期 and 竣工验收备案日期, both close to
    竣工验收合格日期, the first is closer (the second's 备案 is another step's word)."""
    return score + 0.1 * (difflib.SequenceMatcher(None, norm(header), name).ratio() - 0.75)


UNSETTLED = re.compile(r"(?:尚未|还未|未)(确认|核实|核查|评估|判定|鉴定|回复|答复)")


def _unsettled(value: str, label: str) -> bool:
    """未确认, 客户未回复 for 是否造成损失: the answer not known yet, unless the label asks that very act (未回复 for
    是否回复)."""
    said = UNSETTLED.search(norm(value))
    return said is not None and said.group(1) not in norm(label)


def _unit_share(f: ColumnFacts) -> float:
    """The share of a column's rows naming a department (客户服务部, 网络维护中心), not a person: of two headers naming
    who did a step alike (受理坐席, 受理部门), the procedure's roles are departments, so the one naming them is taken."""
    named = sum(count for value, count in f.top if _unit_name(value) or norm(value).endswith(BODY_SUFFIXES))
    return named / f.filled if f.filled else 0.0


def _fits(g: Guesser, target_id: str, header: str, f: ColumnFacts) -> tuple[bool, str]:
    """Whether the column's values fit the target, and the evidence."""
    target = g.targets[target_id]
    if not f.filled:          # feeds nothing, and would keep a column that has values from the step (147's 报告日期)
        return False, "但这一列是空的"
    if g.is_time(target_id):
        if f.date_share >= DATE_SHARE:
            return True, f.date_evidence()
        if f.date_share >= WEAK_DATE_SHARE:
            return True, f"只有 {f.date_evidence()}，其余行将无法读取"
        return False, f"但只有 {f.date_evidence()}，不像时间列"
    if target_id == "case_number":
        dup = f.filled - f.distinct
        return True, (f"{_n(f.filled)} 个值各不相同" if not dup else f"{_n(f.filled)} 个值中有 {_n(dup)} 个重复")
    if target.options or target.yes_no:
        _, covered = g.value_block(target, header, f)
        if covered >= 0.5 or (target.yes_no and f.yes_no_share() >= 0.95):
            return True, f.values_text(4)
        rival = _better_options(g, target, header, f, covered) if target.yes_no else None
        if rival is not None:   # 工单标识 named like 批量投诉工单标识 (是/否) holds 普通/升级投诉/批量投诉: 投诉类别's options
            return False, (f"{f.values_text(4)}；只有 {covered:.0%} 的值对得上选项，"
                           f"而 {rival[1]:.0%} 的值是“{rival[0].label}”的选项")
        if covered > 0:       # the header names it and some values are its options: the rest are the company's own
            return True, (f"{f.values_text(4)}；{covered:.0%} 的值对得上选项，"
                          f"其余取值请在下面补上对应的选项（不补则审计报“取值无效”）")
        return False, (f"{f.values_text(4)}；只有 {covered:.0%} 的值对得上选项，"
                       f"映射后其余各行都会报“取值无效”：请核对这一列是不是{target.label}")
    if f.date_share >= DATE_SHARE and target.type in ("text", "longtext", "choice"):
        return False, f"但这是日期列（{f.date_evidence()}）"
    if target.kind == "step_by" and f.yes_no_share() >= 0.95:    # 申诉人为当事人 (是/否): a question, not who did it
        return False, f"{f.values_text(4)}；但取值是是/否，不是办理人"
    if target.type == "number" and f.number_share < 0.5:
        return False, f"{f.values_text(4)}；但取值不是数字"
    return True, ""


def _better_options(g: Guesser, target: Target, header: str, f: ColumnFacts, covered: float):
    """(field, share) of another field with options that at least half the column's values are, and well more than
    are `target`'s; None if there is none."""
    best = None
    for other in g.targets.values():
        if other is target or other.kind != "field" or not other.options or other.yes_no:
            continue
        _, share = g.value_block(other, header, f)
        if share >= 0.5 and share >= covered + 0.3 and (best is None or share > best[1]):
            best = (other, share)
    return best


def _by_content(g: Guesser, header: str, f: ColumnFacts, taken: set[str]) -> Entry | None:
    """A column whose header names nothing the procedure knows, judged by its values: a date column is the read time
    column whose label alone shares a word with the header (送检日期 and 委托检测机构送检…, 下架召回时间 and 采取…召回…
    措施); else it is offered, commented out, to the first time column a rule reads ("datetime", "日期")."""
    if not f.filled or f.date_share < DATE_SHARE:
        return None
    concepts = concepts_of(header)
    if concepts:
        return None        # "closed_at" where the procedure has no closing step: listed among the unmapped
    free = [t for t in g.targets.values() if g.is_time(t.id) and t.read and t.id not in taken]
    if not free:
        return None
    said = _shared_words(header, free)
    head = _stem(header)[-2:]
    if len(said) > 1 and sum(head in words_ for words_ in said.values()) == 1:
        # 竣工备案日期 says 竣工 (竣工验收) and 备案 (备案): a Chinese compound ends with what it is, the filing
        said = {t: words_ for t, words_ in said.items() if head in words_}
    if len(said) == 1:
        (target_id, shared), = said.items()
        target = g.targets[target_id]
        return Entry(header, target.id, f"{f.date_evidence()}；表头与有规则读取的时间列中只有“{target.label}”同说"
                                        f"“{'、'.join(shared)}”", weak=1)
    # 备案日期 for the tick box 已报主管部门备案: the date the duty was done is evidence it was (CK109 passes it)
    boxes = [t for t in g.targets.values() if t.type == "checkbox" and t.read and t.id not in taken
             and norm(t.label).startswith("已")]
    # 报备时间 for 已报主管部门备案: the header's words abbreviate the box's label
    ticked = _shared_words(header, boxes) or {t.id: [_stem(header)] for t in boxes if len(_stem(header)) >= 2
                                              and abbreviation_score(_stem(header), t.label) == 1.0}
    if not said and len(ticked) == 1:
        (target_id, shared), = ticked.items()
        return Entry(header, target_id, f"{f.date_evidence()}；表头与勾选字段中只有“{g.targets[target_id].label}”同说"
                                        f"“{'、'.join(shared)}”：有日期即已做，空白即没有记录")
    first = free[0]
    others = "、".join(t.id for t in free[1:4])
    return Entry(header, first.id, f"{f.date_evidence()}，但表头没有说明是哪个时间：第一个有规则读取的时间列是"
                                   f"“{first.label}”" + (f"；其他可选：{others}" if others else ""), False,
                 choices=tuple(t.id for t in (free if len(said) < 2 else [g.targets[t] for t in said])))


def _shared_words(header: str, targets: list[Target]) -> dict[str, list[str]]:
    """The ids of the targets whose labels say a two-character word of the header (not a word every complaint says, nor
    时间/日期/部门), with those words. A step says what it does, not what its aside lists (合同期限 of 详查客户信息（…）)."""
    pairs = _cjk_pairs(_stem(header)) - set(FILLER) - set(GENERIC_STEMS) - {"部门", "单位"}
    found = {}
    for t in targets:
        label = norm(_without_listing(t.label) if t.kind == "step_at" else t.label)
        shared = sorted(p for p in pairs if p in label)
        shared += situation_words(header, t.label)
        if shared:
            found[t.id] = shared
    return found


def _looks_like(g: Guesser, f: ColumnFacts, taken: set[str], draft: Draft) -> str:
    if not f.filled:
        return "空列"
    if f.date_share >= DATE_SHARE:
        concepts = concepts_of(f.header)
        same = [f"{s}_at" for s, have in g.step_concepts.items() if concepts & have]
        if free := [t for t in same if t not in taken]:
            return f"日期列（{f.date_evidence()}）；表头说的事与 {'、'.join(free)} 相近，依据不足：请核对"
        if same:
            return f"日期列（{f.date_evidence()}）；表头可对应 {'、'.join(same)}，但已由别的列或活动提供"
        said = "、".join(sorted(concepts))
        return f"日期列（{f.date_evidence()}），制度中没有与表头对应的时间列" + (f"（表头说的是 {said}）" if said else "")
    if f.yes_no_share() >= 0.95:
        return f"是/否列（{f.values_text(3)}），制度中没有空余的是/否字段"
    if f.distinct <= 20:
        return f"{_n(f.distinct)} 个不同取值：{f.values_text(4)}"
    return f"{_n(f.distinct)} 个不同取值"
