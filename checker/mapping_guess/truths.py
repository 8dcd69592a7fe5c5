"""What a value says of a yes/no or a choice field: 是/否 and their many spellings, a label's words affirmed or
denied, an option named in other words."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from ..text import as_text
from .draft import Entry, ValueBlock
from .facts import ColumnFacts
from .outline import Option, Target
from .roles import _other_party
from .words import (
    BEYOND, ENGLISH_FILLER, LEADING_ACTS, NEGATIONS, TROUBLE_WORDS, UNKNOWN_VALUES, _cjk_pairs, _n, _negated, _show,
    _word_pairs, abbreviation_score, concepts_of, has_cjk, norm, situation_words, words
)

if TYPE_CHECKING:   # the guesser is passed in; importing it here would be circular
    from .headers import Guesser


def _sharing_words(value: str, options: list) -> tuple[object, str] | None:
    """The one option whose label shares the most words with a value worded otherwise (不满处理结果 for
    对之前处理结果不满再次投诉, 商品已拆封/影响二次销售 for 消费者已拆封、查验影响商品完好), or whose id an English value
    says (Product Quality for quality): at least two Chinese words, more than any other option, negated alike. An
    option listing several things is as near as its nearest (被诉方拒绝调解 for 无正当理由不参加调解或者被投诉人明确拒绝
    调解, denied only in its first half)."""
    if has_cjk(value):
        pairs = _word_pairs(value)
        scored = []
        for o in options:
            alike = [t for t in {o.label, *_listed_things(o.label)} if _negated(t) == _negated(value)]
            if alike:
                scored.append((max(len(pairs & _word_pairs(t)) for t in alike), o))
        scored.sort(key=lambda s: -s[0])
        least = 2
    else:
        tokens = set(words(value)) - set(ENGLISH_FILLER)
        scored = sorted(((len(tokens & set(words(as_text(o.id).replace("_", " ")))), o) for o in options
                         if isinstance(o.id, str) and _negated(o.id) == _negated(value)), key=lambda s: -s[0])
        least = 1
    if not scored or scored[0][0] < least or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    shared, best = scored[0]
    how = f"有 {shared} 个词相同" if has_cjk(value) else f"说到选项 id“{best.id}”"
    return best.id, f"与选项“{best.label}”{how}"


def _word_of_a_listed_thing(value: str, target: Target, common: set[str]) -> tuple[object, str] | None:
    """门窗安装 for 电气管线、给排水管道、设备安装和装修工程: a value of two words whose first or last is a word of one
    thing one option lists, and of no other option or the label (which every value of the column may say), nor a word
    of the procedure's `common` to many of its fields (常规商品's 商品)."""
    v = norm(value)
    if len(v) != 4 or not has_cjk(v):
        return None
    ends = {v[:2], v[2:]} - _word_pairs(target.label) - common
    listing = [o for o in target.options if len(things := _listed_things(o.label)) > 1
               and _negated(o.label) == _negated(value) and any(ends & _word_pairs(t) for t in things)]
    if len(listing) != 1 or any(ends & _word_pairs(o.label) for o in target.options if o is not listing[0]):
        return None
    word = next(w for w in ends if w in _word_pairs(listing[0].label))
    return listing[0].id, f"“{word}”是选项“{listing[0].label}”列出的一项中的词：请核对"


def _listed_things(label: str) -> list[str]:
    """The things an option lists (电气管线、给排水管道、设备安装和装修工程; …调解或者被投诉人明确拒绝调解)."""
    return [part for part in re.split(r"[、，,；;]|或者", re.sub(r"^[（(][一二三四五六七八九十]+[）)]", "", label))
            if len(part) >= 2]


def _by_options(g: Guesser, target: Target, header: str, f: ColumnFacts, least: float = 0.5):
    """(share of the rows accounted for, target, value block, evidence) when at least `least` of the column's rows
    are the field's options, or its values say the yes/no field's answer."""
    if not target.yes_no:
        return _by_option_values(g, target, header, f, least)
    found = _by_truths(g, target, header, f)
    labels = {norm(o.label) for o in target.options}
    worded = sum(count for value, count in f.top if norm(value) in labels or _sharing_words(value, target.options))
    values = {norm(v) for v, _ in f.top}
    paired = any(v.startswith("非") and v[1:] in values and _half_said(v[1:], target.label) for v in values)
    if found is None and (worded >= least * f.filled or paired):
        # options worded as the answers (我司质量问题 / 非我司质量问题 for 是/非我公司产品质量问题), not plain yes/no
        # (已核实 is not an answer to 是否构成投诉, though it reads as "yes")
        return _by_option_values(g, target, header, f, least)
    return found


def _by_option_values(g: Guesser, target: Target, header: str, f: ColumnFacts, least: float):
    if _other_party(header, target.label):
        return None       # 被投诉部门 names the party complained about, not where a complaint was made (投诉提出对象)
    block, share = g.value_block(target, header, f)
    if share < least:
        return None
    return share, target, block, f"表头不像任何列，但 {share:.0%} 的值（不计待定、待查）是“{target.label}”的选项"


def _half_said(value: str, label: str) -> bool:
    """我司责任 for 是否我公司产品质量问题: a value the label says half of (我, 司), so that the value beside its denial
    (非我司责任) answers that label, not any yes/no question (是否同意退货)."""
    return 2 * sum(c in norm(label) for c in norm(value)) >= len(norm(value))


def _by_truths(g: Guesser, target: Target, header: str, f: ColumnFacts):
    """A yes/no field whose label says one of the column's few values (实名/匿名 for 不具实名的匿名投诉)."""
    unknown = {v for v, _ in f.top if _undecided(v) or _dash(v)}
    flag = _no_reason_flag(header, [v for v, _ in f.top if v not in unknown], target)
    if f.distinct - len(unknown) > 3 and flag is None:
        return None           # a yes/no said in a few words (实名/匿名), not a list of categories
    truths = flag or {value: _said_truth(value, target.label) for value, _ in f.top}
    # 非保修责任 for 是否在保修范围…内: a label's word denied
    truths = {v: False if t is None and _denies_label_word(v, target.label) else t for v, t in truths.items()}
    if pair := _affirmed_and_denied([v for v, _ in f.top if v not in unknown], target.label):
        truths |= pair        # 事实清楚 / 事实不清 for 能否确认事实主体
    said = {t for t in truths.values() if t is not None}
    if True not in said or (said == {True} and all(t is True for t in truths.values())):
        return None
    if said == {True, False} and any(t is None and v not in unknown for v, t in truths.items()):
        return None           # 实名/匿名/其他: the third value is neither (待查 is not known yet: left to map)
    # the other value of two is the opposite; of three or more, the unsaid ones are only likely so (在建 may well be
    # 保修期内): the column is then offered commented out
    sure = f.distinct - len(unknown) == 2 or all(t is not None for v, t in truths.items() if v not in unknown)
    if _open_list(target.label):
        # 短信核实 beside 电话核实 for 通过电话或其它方式与客户核对: the same act done another way the label allows
        truths = {v: True if t is None and _same_act(v, truths) else t for v, t in truths.items()}
    truths = {v: (t if t is not None else False) for v, t in truths.items()}
    entries = []
    for value, count in f.top:
        if _dash(value):
            entries.append(_not_applicable(value, count))
            continue
        if value in unknown:
            entries.append(Entry(value, "?", f"{_n(count)} 行；尚未判定，请核对", False))
            continue
        option = _truth_option(target, truths[value])
        option = truths[value] if option is None else option.id
        how = ("“支持”即可以无理由退货；“不支持”的说明说到标签所说的情形才读作“是”" if flag
               else "标签中说到" if _said_truth(value, target.label) is not None
               else "与另一个取值说同一件事，一个肯定、一个否定" if pair
               else "否定了标签中的词" if _denies_label_word(value, target.label)
               else "与读作“是”的取值是同一件事，标签说“或其它方式”" if truths[value] else "标签中没有说到")
        entries.append(Entry(value, option, f"{_n(count)} 行；{how}，读作“{'是' if truths[value] else '否'}”"))
    named = "、".join(v for v, t in truths.items() if t and v not in unknown)
    block = ValueBlock(target.id, header, f"列“{_show(header)}”：{f.values_text()}", entries)
    why = f"取值“{named}”是是/否字段“{target.label}”说的情形：{f.values_text(4)}"
    return (0.9, target, block, why) if sure else (0.7, target, block, why + "；其余取值读作“否”，请核对")


def _no_reason_flag(header: str, values: list[str], target: Target) -> dict[str, bool] | None:
    """商品七天无理由: 支持 / 不支持（定制商品） / 不支持（店铺设置）, an online shop's flag of whether an item may be
    returned without a reason, for a yes/no label denying such a return (商品属于法律规定不适用无理由退货的商品,
    消费者在购买时确认该商品不宜退货). 支持 is "no"; 不支持 is "yes" only where its aside says the label's own case (定制,
    the law's 消费者定作的 its help lists; 下单已确认, the label's 确认), not the shop's own reasons (店铺设置, 清仓特价)."""
    if "无理由" not in norm(header) or not values \
            or not re.search(r"(不适用|不宜|不得|不能)[^，。,]{0,3}退货", norm(target.label)):
        return None
    said = _word_pairs(target.label + target.help) - {"商品", "产品", "退货"}
    truths = {}
    for value in values:
        v = norm(value)
        if v == "支持":
            truths[value] = False
        elif "不支持" in v:
            truths[value] = bool(_word_pairs(re.sub(r"[（）()]", "", v.replace("不支持", ""))) & said)
        else:
            return None
    return truths


def _affirmed_and_denied(values: list[str], label: str) -> dict[str, bool] | None:
    """Two values saying one thing of the label's, one plainly and one denied (事实清楚 / 事实不清，需现场核实 for
    能否确认事实主体): the plain one is yes. None when the values are not such a pair, or nothing the label says is
    known already (the label's own words decide then)."""
    if len(values) != 2 or _negated(label) or any(_said_truth(v, label) is not None for v in values):
        return None
    plain, denied = sorted(values, key=_negated)
    # not an act done with the case (受理 / 不予受理 says what became of it, not a fact the label asks)
    # nor a word of a form the label names (质量 of 《质量异常信息反馈单》处理意见是否同意退货)
    asked = re.sub(r"《[^》]*》", "", norm(label))
    shared = _cjk_pairs(norm(plain)) & _cjk_pairs(norm(denied)) & _cjk_pairs(asked) - set(LEADING_ACTS)
    return {plain: True, denied: False} if shared and not _negated(plain) and _negated(denied) else None


def _denied_in(act: str, text: str) -> bool:
    """What a value says, denied where the text says it (验收 in 未经竣工验收, 无理由退货 in 不适用无理由退货, not 通病
    in 不易解决的通病): a negation at most four characters before. 不符合质量要求 names a quality problem, as 不良 does:
    质量 is said there, not denied."""
    for word in ("不符合", "不满足", "未达到"):
        text = text.replace(word, "…" * len(word))
    return any(any(n in text[max(0, m.start() - 4):m.start()] for n in NEGATIONS)
               for m in re.finditer(re.escape(act), text))


def _dash(value: str) -> bool:
    """“/” or “—” in a ledger's cell: the form's mark for "does not apply", which says nothing of the options."""
    return not norm(value).strip("—－")


def _not_applicable(value: str, count: int) -> Entry:
    return Entry(value, "", f"{_n(count)} 行；“{value}”是表格中“不适用”的写法，读作空白：请核对")


def _undecided(value: str) -> bool:
    """待定, 待查勘, 待鉴定: not decided yet, no answer either way."""
    v = norm(value)
    return v in UNKNOWN_VALUES or (v.startswith("待") and 2 <= len(v) <= 4)


def _denies_label_word(value: str, label: str) -> bool:
    """非保修责任 for 是否在保修范围和保修期限内…: a negation, then a two-character word of the label."""
    v = norm(value)
    return v.startswith(NEGATIONS) and bool(_cjk_pairs(v[1:]) & _cjk_pairs(norm(label)))


def _listed_case(value: str, options) -> Option | None:
    """The one class whose criteria name the case a value says, without the words any trouble is named with
    (重复发生异常: 重复发生)."""
    core = norm(value)
    for word in TROUBLE_WORDS:
        core = core.replace(word, "")
    listed = [o for o in options if len(core) >= 2 and has_cjk(core) and core in norm(o.criteria)]
    if len(listed) == 1:
        return listed[0]
    # 物资部调换合格品，小组更换 for 属产品采购问题，移交物资部调换合格品，由处理小组进行更换: what the criteria say is
    # done, in words more of them than of any other class's
    shared = sorted(((len(_word_pairs(value) & _word_pairs(o.criteria)), o) for o in options if o.criteria),
                    key=lambda x: -x[0])
    if shared and shared[0][0] >= 2 and (len(shared) == 1 or shared[1][0] < shared[0][0]):
        return shared[0][1]
    return None


def _after_label_word(value: str, label: str) -> str:
    """What a value says after a word its column's label says too (赔偿 in 要求赔偿, for 投诉人要求); '' if nothing
    of two Chinese characters or more is left."""
    text = norm(label)
    for k in range(len(value) - 2, 1, -1):
        if value[:k] in text:
            rest = value[k:]
            return rest if all(has_cjk(c) for c in rest) else ""
    return ""


def _open_list(label: str) -> bool:
    """A label that lists ways and leaves the list open (通过电话或其它方式)."""
    return bool(re.search(r"或其[它他]|等方式", label))


def _same_act(value: str, truths: dict[str, bool | None]) -> bool:
    """Whether a value ends in the act (two characters or more) of a value read as yes: 短信核实 and 电话核实."""
    v = norm(value)
    return not _negated(v) and any(t and len(act := _common_ending(v, norm(said))) >= 2 and act != v
                                   for said, t in truths.items())


def _common_ending(a: str, b: str) -> str:
    return os.path.commonprefix([a[::-1], b[::-1]])[::-1]


def _said_truth(value: str, label: str) -> bool | None:
    """Whether a yes/no field's label says this value (True), says it negated (False: 实名 in 不具实名的匿名投诉), or
    not at all (None). A value of three characters or more may be said abbreviated (省站转办)."""
    v, text = norm(value), norm(label)
    if len(v) < 2 or not has_cjk(value) or v in LEADING_ACTS:
        return None           # 受理 says what was done with the case (受理/不予受理), not a fact of it
    beyond = next((w for w in BEYOND if v.startswith(w)), None)
    if beyond and "内" in text and abbreviation_score(v[len(beyond):], text) >= 0.75:
        return False          # 已过保修期 / 超保修期 for 是否在保修规定期限内: past what the label says one is within
    done = re.fullmatch(r".*?(已|有|未|没有|没|无|不|非)(.{2,})", v)
    if done and done.group(2) in text and not _negated(done.group(2)) and not _negated(text):
        # 已答复 / 未答复 / 超期未答复 for 经营者是否给予处理或答复: whether what the label says was done
        return done.group(1) in ("已", "有")
    if denied := _denied_act(value, label):
        return denied[0]
    fault = re.fullmatch(r"(非|不是|无)?(.{2})(?:问题|缺陷|不良|异常|不合格)", v)
    if fault and re.search(f"(?:不符合|未达到|不满足){fault.group(2)}|{fault.group(2)}(?:不合格|问题|缺陷|不良)", text):
        return fault.group(1) is None     # 质量问题 / 非质量问题 for 不符合质量要求: a fault in what the label finds wanting
    if _negated(value):
        return None
    if situation_words(v, text):
        return True           # 已起诉 / 法院已受理 for 已进入司法程序
    at = text.find(v)
    act = next((w for w in LEADING_ACTS if v.endswith(w) and len(v) > len(w)), None)
    if at < 0 and act and concepts_of(act) & concepts_of(label) and not _negated(text):
        return True           # 区信访局转办 for 是否为上级部门批转、交办的投诉: the act the label says, in other words
    if at < 0:
        return True if len(v) >= 3 and abbreviation_score(v, text) >= 0.75 else None
    return not any(n in text[max(0, at - 2):at] for n in NEGATIONS)


def _denied_act(value: str, label: str) -> tuple[bool, str] | None:
    """Where a yes/no label denies an act, a value saying it was done answers "no", not done "yes": 已验收 and 未验收交付
    for 未经竣工验收而交付使用. (truth, the act), or None."""
    done = re.match(r"(已|有|未|没有|没|无|不)(.{2})", norm(value)) if has_cjk(value) else None
    if done and _denied_in(done.group(2), norm(label)):
        return done.group(1) not in ("已", "有"), done.group(2)
    return None


def _part_denied(value: str, label: str) -> str | None:
    """The act a value says was done in part only, where the label asks for it: 已和解未执行 for 已达成和解协议并执行
    (the 执行 it denies), so "no". None where the value denies nothing the label says (已和解未履行: 履行 is not said)."""
    denied = re.search(r"(?:未|没有|没|不)(.{2})", norm(value)[1:]) if has_cjk(value) else None
    if denied and denied.group(1) in norm(label) and not _denied_in(denied.group(1), norm(label)):
        return denied.group(1)
    return None


def _classifies(target: Target) -> bool:
    """A field sorting cases into classes or levels (投诉严重程度, 各类型投诉), where 一般 is no class, unlike a scale
    (客户满意度: 满意/一般/不满意) where it is an answer."""
    return any(w in target.label for w in ("类", "级", "程度", "性质")) or \
        any(w in target.id for w in ("severity", "category", "level", "class", "type"))


def _truthy(option) -> bool:
    """Whether a yes/no field's option (true/false, yes/no) is the "yes"."""
    return as_text(option) in ("true", "yes")


def _truth_option_id(target: Target, truth: bool):
    """The id of a yes/no field's option for a truth, or the truth itself (a checkbox without options)."""
    option = _truth_option(target, truth)
    return truth if option is None else option.id


def _opposite_question(header: str, label: str) -> str:
    """What a negated label denies, when a plain header asks for that very thing (职责范围 for 投诉事项不属于市场监督管理
    部门职责: 市场监督管理部门职责; 是否实名 for 不具实名的匿名投诉: 实名); '' otherwise."""
    asked = re.sub(r"(范围|情况)$", "", norm(header).removeprefix("是否"))
    if _negated(header) or len(asked) < 2 or any(w in asked for w in TROUBLE_WORDS):
        return ""     # 质量问题 asks about a problem, not the quality a label says is not met
    m = re.search(r"(?<![有是能可])(?:不|未|非|无|没有?)(?:属于|具有|具|在|是)?([^的，,、；;（(]{2,})", norm(label))
    return m.group(1) if m and asked in m.group(1) else ""


def _within(header: str, label: str) -> str:
    """What a label asks whether it is exceeded, when a header asks whether it was kept within (权限内处理 for 是否超出
    受理人处理权限: 权限内); '' otherwise."""
    exceeded = re.search(r"(?:超出|超过|超越|超)[^，,；;（(]{0,8}?(权限|范围|期限|时限|标准)", norm(label))
    kept = exceeded and re.search(f"{exceeded.group(1)}(?:之|以)?内", norm(header))
    return kept.group(0) if kept and not _negated(header) else ""


def _truth_option(target: Target, truth: bool):
    """The yes/no field's option for a truth (ids true/false or yes/no), or None."""
    return next((o for o in target.options if as_text(o.id) in (as_text(truth), "yes" if truth else "no")), None)
