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

`check_profile` is the dry run (`mapping --check`): per rule of the audit plan (`checker/plan.py`), whether the
export and the profile let it run, and which columns are missing when not.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

import yaml

from .catalog.loader import Catalog
from .catalog.model import FieldType, Procedure
from .mapping import MappingProfile, as_text, audited_headers, guess_date_order, plan_columns, step_repeats
from .sql import ident

TOP = 40              # distinct values listed per column with options
DATE_SAMPLE = 1000    # values per column tried as dates
CASE_SAMPLE = 2000    # event logs: cases whose events are compared (variation within a case)
DATE_SHARE = 0.9      # share of a column's values that must read as dates for a date column by content
WEAK_DATE_SHARE = 0.5
ACTIVITIES_LISTED = 200
OPENS = 0.6           # an activity that opens this share of the cases it appears in is the receipt

# --- words ---------------------------------------------------------------------------------------------------

YES = {"是", "有", "已", "对", "真", "√", "✓", "✔", "y", "yes", "true", "t", "是的", "已完成", "ja", "oui", "si"}
NO = {"否", "无", "未", "错", "假", "×", "✗", "✘", "n", "no", "false", "f", "不是", "未完成", "nein", "non"}
NUMERIC_YES, NUMERIC_NO = {"1"}, {"0"}
NULL_MARKERS = ("?", "-", "--", "—", "n/a", "na", "#n/a", "null", "none", "nan", "无", "空")   # read as yes/no only in a column whose header already says so

# A concept is what a step, an activity or a header is about, whatever the language: English word stems (a stem of
# four letters or more matches the words it begins, a shorter one only itself), English phrases, Chinese words.
CONCEPTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "receive": (("receiv", "regist", "creat", "open", "insert", "submit", "lodg", "intake", "accept", "new", "log",
                 "logged", "incoming"), (),
                ("受理", "接收", "登记", "接到", "收到", "录入", "新建", "创建", "立案", "来电", "接诉", "受案")),
    "reply": (("repl", "respond", "respons", "answer", "acknowledg"), ("take in charge", "first contact"),
              ("答复", "回复", "响应", "回应", "回函", "答疑")),
    "resolve": (("resolv", "solv", "solution", "fix", "remed", "repair"), (), ("解决", "维修", "修复", "排除")),
    "close": (("clos", "finish", "complet", "archiv", "done", "end"), (), ("结案", "办结", "关闭", "归档", "完结",
                                                                        "结束", "闭环")),
    "investigate": (("investig", "examin", "check", "verif", "analy", "inspect", "diagnos"), (),
                    ("调查", "核实", "核查", "分析", "检查", "检验", "鉴定")),
    "review": (("review", "approv", "audit"), (), ("审核", "审批", "审查", "批准", "审定")),
    "assign": (("assign", "dispatch", "transfer", "forward", "rout", "delegat", "handover", "reassign"), (),
               ("分派", "派单", "转交", "转办", "指派", "派发", "移交", "转送", "交办", "分配")),
    "escalate": (("escalat", "upgrad", "elevat"), (), ("升级", "上报", "高层", "介入", "上级")),
    "notify": (("notif", "inform", "feedback", "communicat", "send", "sent"), (), ("通报", "通知", "告知", "反馈", "沟通")),
    "revisit": (("revisit", "follow", "survey", "callback"), ("follow up",), ("回访", "跟踪", "跟进")),
    "classify": (("classif", "categor", "triag", "prioriti", "seriousness", "severity"), (),
                 ("分类", "分级", "定级", "定性", "评级")),
    "improve": (("improv", "correct", "prevent", "countermeasur"), (), ("改善", "改进", "纠正", "预防", "对策", "整改")),
    "decide": (("decid", "decision", "determin"), (), ("决定", "决策", "判定")),
    "compensate": (("pay", "payment", "refund", "compens", "reimburs"), (), ("赔偿", "退款", "补偿", "赔付", "理赔")),
    "reject": (("reject", "declin", "refus", "deny", "denied", "dismiss"), (), ("不予受理", "拒绝", "驳回", "不受理")),
    "appeal": (("appeal",), (), ("申诉",)),
    "mediate": (("mediat",), (), ("调解",)),
    "record": (("record",), (), ("记录", "填写", "填报")),
}
# Concepts that may stand for another where a procedure lacks the first (a ticket's resolution is often the answer
# the complainant gets): offered commented out only, never taken.
RELATED = {"resolve": ("reply", "notify"), "close": ("notify", "reply"), "notify": ("reply",), "reply": ("notify",)}
TIME_WORDS = ("at", "date", "time", "datetime", "timestamp", "on", "when", "day")
BY_WORDS = ("by", "owner", "assignee", "handler", "agent", "team", "group", "department", "dept")
# The date fields the vocabulary shares and the step a procedure may time the same event by.
FIELD_CONCEPT = {"received_at": "receive", "replied_at": "reply", "closed_at": "close", "revisit_at": "revisit"}
# A few values exports write for usual option ids (matched on the option's id or label).
VALUE_SYNONYMS = {
    "hotline": ("phone", "telephone", "tel", "call", "phone call", "电话", "热线", "来电", "12345"),
    "phone": ("phone", "telephone", "tel", "call", "电话", "来电"),
    "email": ("email", "e-mail", "邮件", "电子邮件", "邮箱"),
    "website": ("web", "website", "online", "internet", "网站", "网上", "官网", "网络"),
    "wechat": ("wechat", "微信"),
    "letter": ("letter", "postal mail", "mail", "信函", "来信", "信件"),
    "visit": ("walk-in", "walk in", "in person", "visit", "来访", "上门", "现场"),
    "satisfied": ("satisfied", "very satisfied", "满意", "非常满意", "基本满意", "比较满意"),
    "unsatisfied": ("unsatisfied", "dissatisfied", "very dissatisfied", "不满意", "非常不满意"),
    "dissatisfied": ("unsatisfied", "dissatisfied", "不满意", "非常不满意"),
}
NEGATIONS = ("不", "未", "非", "无", "没")
GENERIC_STEMS = {"投诉", "客户", "用户", "处理", "案件", "问题", "顾客"}
# Event-log columns by name (normalized), most usual first.
CASE_NAMES = ("caseconceptname", "caseid", "case", "casenumber", "caseno", "ticketid", "ticket", "ticketnumber",
              "incidentid", "incident", "incidentnumber", "complaintid", "srnumber", "requestid", "processid",
              "number", "id", "案件编号", "案件", "投诉编号", "工单号", "工单", "单号", "编号")
ACTIVITY_NAMES = ("conceptname", "activity", "activityname", "event", "eventname", "action", "step", "task",
                  "operation", "status", "state", "incidentstate", "活动", "环节", "操作", "动作", "节点", "事件",
                  "处理环节", "状态", "处理状态")
TIME_NAMES = ("timetimestamp", "timestamp", "time", "eventtime", "datetime", "date", "changedatetime", "changedate",
              "updatedat", "sysupdatedat", "modifiedat", "时间", "操作时间", "处理时间", "发生时间", "日期")
RESOURCE_NAMES = ("orgresource", "resource", "user", "username", "performer", "changedby", "updatedby",
                  "sysupdatedby", "modifiedby", "agent", "operator", "assignedto", "owner", "department", "处理人",
                  "操作人", "经办人", "执行人", "办理人", "操作部门", "处理部门", "办理部门", "执行部门", "部门")


def norm(text) -> str:
    """A name as compared: width and case folded, spaces and punctuation dropped."""
    t = unicodedata.normalize("NFKC", str(text)).casefold()
    return re.sub(r"[\s_\-.:/\\()（）\[\]【】?？#·,，、'\"+&]+", "", t)


def words(text) -> list[str]:
    t = re.sub(r"([a-z])([A-Z])", r"\1 \2", unicodedata.normalize("NFKC", str(text)))
    return re.findall(r"[a-z]+", t.casefold())


def concepts_of(text: str) -> set[str]:
    tokens = words(text)
    phrase = " " + " ".join(tokens) + " "
    found = set()
    for concept, (stems, phrases, chinese) in CONCEPTS.items():
        if any(_stem_matches(stem, token) for stem in stems for token in tokens) \
                or any(f" {p} " in phrase for p in phrases) or any(_says(text, c) for c in chinese):
            found.add(concept)
    return found


def _says(text: str, word: str) -> bool:
    """`word` in `text`, not negated (高层介入长期未解决的投诉 is not about solving)."""
    start = text.find(word)
    while start >= 0:
        if start == 0 or text[start - 1] not in NEGATIONS:
            return True
        start = text.find(word, start + 1)
    return False


def _stem_matches(stem: str, token: str) -> bool:
    return token.startswith(stem) if len(stem) >= 4 else token == stem


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def abbreviation_score(short: str, long: str) -> float:
    """How much of `short` appears, in order, in `long` (Chinese headers abbreviate labels: 已和解并执行)."""
    a, b = norm(short), norm(long)
    if not a or not b:
        return 0.0
    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) / len(a)


def _negated(text: str) -> bool:
    t = norm(text)
    return any(n in t for n in NEGATIONS) or t.startswith(("un", "dis", "not", "non", "in"))


def _show(value, limit: int = 40) -> str:
    """A value as quoted in a comment: one line, short."""
    text = re.sub(r"[\x00-\x1f\x7f\u2028\u2029]+", " ", str(value)).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _n(number: int) -> str:
    return f"{number:,}"


def _pct(part: int, whole: int) -> str:
    if not whole:
        return "0%"
    share = 100 * part / whole
    return f"{share:.0f}%" if share >= 1 or share == 0 else f"{share:.1f}%"


# --- facts about the export's columns ------------------------------------------------------------------------

@dataclass
class ColumnFacts:
    header: str
    filled: int = 0                                  # non-blank values
    distinct: int = 0
    top: list[tuple[str, int]] = field(default_factory=list)   # most frequent values, with counts
    dates: int = 0                                   # sampled values that read as dates
    ambiguous_dates: int = 0                         # 3/4/2025-like values, when the order is unknown
    sampled: int = 0
    varies_in_case: float | None = None              # event logs: share of multi-event cases where it varies

    @property
    def date_share(self) -> float:
        return (self.dates + self.ambiguous_dates) / self.sampled if self.sampled else 0.0

    def date_evidence(self) -> str:
        text = f"{_n(self.sampled)} 个值中 {_pct(self.dates + self.ambiguous_dates, self.sampled)} 可识别为日期"
        if self.ambiguous_dates and not self.dates:
            text += "（日/月顺序待定，见 date_order）"
        return text

    def values_text(self, limit: int = 6) -> str:
        shown = "、".join(f"{_show(v, 20)} ({_n(c)})" for v, c in self.top[:limit])
        more = self.distinct - min(limit, len(self.top))
        return shown + (f" 等 {_n(self.distinct)} 个不同取值" if more > 0 else "")

    def yes_no_share(self, numeric: bool = False) -> float:
        words_ = YES | NO | (NUMERIC_YES | NUMERIC_NO if numeric else set())
        if not self.filled or len(self.top) < self.distinct:
            return 0.0
        return sum(c for v, c in self.top if norm(v) in words_ or v.strip() in words_) / self.filled


def column_facts(con, table: str, headers: list[str], date_order: str | None) -> dict[str, ColumnFacts]:
    """Counts, frequent values and the share of date-like values of every column (a few queries per column)."""
    from .readers.dates import DAY_MONTH_YEAR, datetime_sql, reordered_sql

    facts = {h: ColumnFacts(h) for h in headers}
    if not headers:
        return facts
    source = ident(table)
    value = {h: f"NULLIF(trim(CAST({ident(h)} AS VARCHAR)), '')" for h in headers}
    counts = con.execute("SELECT " + ", ".join(f"count({value[h]}), count(DISTINCT {value[h]})" for h in headers)
                         + f" FROM {source}").fetchone()
    for i, h in enumerate(headers):
        facts[h].filled, facts[h].distinct = counts[2 * i], counts[2 * i + 1]
    filled = [h for h in headers if facts[h].filled]
    for h in filled:
        facts[h].top = [(str(v), c) for v, c in con.execute(
            f"SELECT v, count(*) FROM (SELECT {value[h]} AS v FROM {source}) WHERE v IS NOT NULL "
            f"GROUP BY v ORDER BY count(*) DESC, v LIMIT {TOP}").fetchall()]
    if not filled:
        return facts
    # one query for every column's sample: the date grammar is bound once (binding it costs more than parsing)
    markers = ", ".join(f"'{m}'" for m in NULL_MARKERS)     # "?" for nothing (ServiceNow) is not a bad date
    samples = " UNION ALL ".join(f"(SELECT {i} AS k, {value[h]} AS v FROM {source} WHERE {value[h]} IS NOT NULL "
                                 f"AND lower({value[h]}) NOT IN ({markers}) LIMIT {DATE_SAMPLE})"
                                 for i, h in enumerate(filled))
    parsed = datetime_sql(reordered_sql("v", date_order))
    rows = con.execute(
        f"SELECT k, count(*), count(*) FILTER (WHERE p IS NOT NULL), "
        f"count(*) FILTER (WHERE p IS NULL AND regexp_matches(v, '{DAY_MONTH_YEAR}')) FROM "
        f"(SELECT k, v, CASE WHEN regexp_matches(v, '[0-9]') THEN {parsed} END AS p FROM ({samples})) GROUP BY k"
    ).fetchall()
    for k, sampled, dates, ambiguous in rows:
        f = facts[filled[k]]
        f.sampled, f.dates = sampled, dates
        f.ambiguous_dates = ambiguous if date_order in (None, "year_first") else 0
    return facts


def _variation_in_cases(con, table: str, case: str, headers: list[str], facts: dict[str, ColumnFacts]) -> int:
    """Share, per column, of the cases with several events in which the column takes several values (among the
    first CASE_SAMPLE cases); returns the number of such cases."""
    others = [h for h in headers if h != case]
    if not others:
        return 0
    distinct = ", ".join(f"count(DISTINCT {ident(h)}) AS d{i}" for i, h in enumerate(others))
    share = ", ".join(f"count(*) FILTER (WHERE d{i} > 1)" for i in range(len(others)))
    c = ident(case)
    some = f"SELECT DISTINCT {c} FROM {ident(table)} WHERE {c} IS NOT NULL LIMIT {CASE_SAMPLE}"
    row = con.execute(f"SELECT count(*), {share} FROM (SELECT count(*) AS n, {distinct} FROM {ident(table)} "
                      f"WHERE {c} IN ({some}) GROUP BY {c}) WHERE n > 1").fetchone()
    multi = row[0]
    for i, h in enumerate(others):
        facts[h].varies_in_case = row[i + 1] / multi if multi else 0.0
    return multi


# --- the draft -----------------------------------------------------------------------------------------------

@dataclass
class Entry:
    """One `key: value` line of the draft, with its evidence; written commented out when not active."""

    key: object
    value: object
    note: str = ""
    active: bool = True


@dataclass
class ValueBlock:
    column: str
    header: str
    note: str
    entries: list[Entry] = field(default_factory=list)


@dataclass
class EventLogGuess:
    case: str
    activity: str
    time: str
    resource: str | None
    cases: int
    events: int
    notes: dict[str, str] = field(default_factory=dict)    # role -> evidence
    activities: list[Entry] = field(default_factory=list)
    more_activities: int = 0
    last: list[Entry] = field(default_factory=list)
    attributes: list[str] = field(default_factory=list)    # columns constant within a case


@dataclass
class Draft:
    procedure: str
    export: str
    sheet: str | None = None
    rows: int = 0
    columns: list[Entry] = field(default_factory=list)
    values: list[ValueBlock] = field(default_factory=list)
    roles: list[Entry] = field(default_factory=list)
    event_log: EventLogGuess | None = None
    date_order: Entry | None = None
    unmapped: list[tuple[str, str]] = field(default_factory=list)   # header, what it looks like
    available: list[str] = field(default_factory=list)             # canonical columns not fed, described

    def profile(self) -> dict:
        """The active guesses as a profile dict (what the printed YAML loads as)."""
        data: dict = {"procedure": self.procedure}
        if self.sheet:
            data["sheet"] = self.sheet
        data["columns"] = {e.key: e.value for e in self.columns if e.active}
        data["values"] = {b.column: {e.key: e.value for e in b.entries if e.active}
                          for b in self.values if any(e.active for e in b.entries)}
        data["roles"] = {e.key: e.value for e in self.roles if e.active}
        if self.event_log is not None:
            log = self.event_log
            data["event_log"] = {"case": log.case, "activity": log.activity, "time": log.time,
                                 "resource": log.resource,
                                 "activities": {e.key: e.value for e in log.activities if e.active},
                                 "last": [e.key for e in log.last if e.active]}
        if self.date_order is not None and self.date_order.active:
            data["date_order"] = self.date_order.value
        return data

    def text(self) -> str:
        out = [f"# 映射文件草稿：{_show(self.export, 200)} → {self.procedure}（{_n(self.rows)} 行；请逐条核对后使用）",
               "# 每条猜测后的注释写明依据；依据不足的写成注释（行首 #）并说明原因，核对后删去 # 即可启用。",
               f"# 核对：python -m checker mapping 导出文件 --procedure {self.procedure} --mapping 本文件 --check",
               f"procedure: {_scalar(self.procedure)}"]
        if self.sheet:
            out.append(f"sheet: {_scalar(self.sheet)}")
        if self.event_log is not None:
            out += self._event_log_lines()
        out += _section("columns", self.columns, "导出表头 → 制度的列")
        if self.unmapped:
            out.append("  # 未能对应的列：")
            out += [f"  #   {_show(h, 60)}：{what}" for h, what in self.unmapped]
        out += self._values_lines()
        out += _section("roles", self.roles, "办理人/部门的写法 → 制度的角色 id（适用于每个 <环节>_by 列）")
        if self.date_order is not None:
            out.append(_line(0, "date_order", self.date_order.value, self.date_order.note, self.date_order.active))
        if self.available:
            out.append("# 制度中还可映射的列（没有导出列对应；* 为有规则读取的列）：")
            out += [f"#   {a}" for a in self.available]
        return "\n".join(out) + "\n"

    def _values_lines(self) -> list[str]:
        active = [b for b in self.values if any(e.active for e in b.entries)]
        out = ["values:" if active else "values: {}" + ("   # 没有可确定的取值对应，见下" if self.values else "")]
        for block in self.values:
            on = any(e.active for e in block.entries)
            out.append(_line(2, block.column, None, block.note, on))
            for e in block.entries:
                out.append(_line(4, e.key, e.value, e.note, e.active and on))
        return out

    def _event_log_lines(self) -> list[str]:
        log = self.event_log
        out = [f"event_log:   # 长格式事件日志：{_n(log.events)} 个事件，{_n(log.cases)} 个案件"
               f"（每案平均 {log.events / max(log.cases, 1):.1f} 个事件）"]
        for role in ("case", "activity", "time", "resource"):
            out.append(_line(2, role, getattr(log, role), log.notes.get(role, ""), True))
        if any(e.active for e in log.activities):
            out.append("  activities:   # 活动名 → 环节 id；一个环节取其活动第一次出现的时间（列入 last 的取最后一次）")
        else:
            out.append("  activities: {}   # 没有一个活动能确定对应的环节：请从下面的注释中选出，删去 {} 与 #")
        for e in log.activities:
            out.append(_line(4, e.key, e.value, e.note, e.active))
        if log.more_activities:
            out.append(f"    # 另有 {_n(log.more_activities)} 个较少出现的活动未列出")
        if any(e.active for e in log.last):
            out.append("  last:   # 取最后一次出现的环节（如结案：重开后再结案，以最后一次为准）")
            out += [_line(4, None, e.key, e.note, True, item=True) for e in log.last if e.active]
        else:
            out.append("  last: []   # 需要取最后一次出现的环节写在这里，例如 [close]；默认取第一次")
        return out


def _scalar(value) -> str:
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10 ** 9)
    if "\n" in text.rstrip("\n").removesuffix("\n...").rstrip("\n"):
        text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10 ** 9, default_style='"')
    text = text.strip()
    if text.endswith("\n..."):
        text = text[: -len("\n...")].rstrip()
    return text.removesuffix("...").rstrip() if text.endswith(" ...") else text


def _line(indent: int, key, value, note: str, active: bool, item: bool = False) -> str:
    if item:
        body = f"- {_scalar(value)}"
    else:
        body = f"{_scalar(key)}:" + (f" {_scalar(value)}" if value is not None else "")
    text = " " * indent + ("" if active else "# ") + body
    if note:
        text = text.ljust(max(len(text) + 1, indent + 36)) + f"  # {note}"
    return text


def _section(name: str, entries: list[Entry], what: str) -> list[str]:
    if not entries:
        return [f"{name}: {{}}"]
    head = f"{name}:   # {what}" if any(e.active for e in entries) else f"{name}: {{}}   # {what}：均待核对，见下"
    return [head] + [_line(2, e.key, e.value, e.note, e.active) for e in entries]


# --- guessing --------------------------------------------------------------------------------------------------

@dataclass
class _Target:
    id: str
    label: str
    kind: str                      # field, step_at, step_by
    type: str
    step: str | None
    read: bool                     # some rule of the procedure reads it
    options: list = field(default_factory=list)
    yes_no: bool = False


@dataclass
class _Candidate:
    target: str
    score: float
    why: str


class Guesser:
    def __init__(self, catalog: Catalog, procedure: Procedure):
        from .checks import compile_rules

        self.catalog, self.procedure = catalog, procedure
        fields = catalog.case_fields(procedure)
        read = {c for rule in compile_rules(catalog, procedure) for c in rule.needs}
        self.targets: dict[str, _Target] = {}
        for c in catalog.case_columns(procedure):
            f = fields.get(c.id) if c.kind == "field" else None
            options = list(f.options) if f else []
            yes_no = bool(f) and (f.type == FieldType.checkbox or (
                bool(options) and {as_text(o.id) for o in options} <= {"true", "false"}))
            self.targets[c.id] = _Target(c.id, c.label, c.kind, c.type, c.step, c.id in read, options, yes_no)
        self.steps = {s.id: s for s in procedure.steps}
        self.step_concepts = {s.id: concepts_of(s.id.replace("_", " ")) | concepts_of(s.name)
                              for s in procedure.steps}
        self.names: dict[str, tuple[str, str]] = {}     # normalized name -> (target, what the name is)
        for t in self.targets.values():
            if t.kind == "step_by":
                continue
            for name, what in ((t.id, "列 id"), (t.label, "标签"), (re.sub(r"[（(][^（）()]*[）)]$", "", t.label), "标签")):
                self.names.setdefault(norm(name), (t.id, what))
        for t in self.targets.values():
            entry = catalog.vocabulary.get(t.id)
            if entry and t.kind == "field":
                for alias in entry.aliases:
                    self.names.setdefault(norm(alias), (t.id, "词表别名"))

    # headers ------------------------------------------------------------------------------------------------

    def is_time(self, target: str) -> bool:
        t = self.targets[target]
        return t.kind == "step_at" or t.type in ("date", "datetime")

    def header_candidates(self, header: str, facts: ColumnFacts) -> list[_Candidate]:
        name = header.strip()
        bare = name[5:] if name.casefold().startswith("case:") and len(name) > 5 else name
        found: list[_Candidate] = []
        for text in dict.fromkeys((name, bare)):
            hit = self.names.get(norm(text))
            if hit:
                found.append(_Candidate(hit[0], 1.0, f"表头即{hit[1]}“{text}”"))
        for text in dict.fromkeys((name, bare)):
            close = difflib.get_close_matches(norm(text), list(self.names), n=1, cutoff=0.75)
            if close and len(norm(text)) >= 3:
                target, what = self.names[close[0]]
                found.append(_Candidate(target, 0.85, f"表头与{what}“{close[0]}”相近"))
        found += self._step_candidates(name, facts)
        if len(norm(name)) >= 3 and has_cjk(name):
            for t in self.targets.values():
                if t.kind == "step_by" or t.kind == "step_at":
                    continue
                score = abbreviation_score(name, t.label)
                if score >= 0.8 and len(norm(t.label)) > len(norm(name)):
                    found.append(_Candidate(t.id, 0.7 * score, f"表头是标签“{t.label}”的简写"))
                elif len(norm(t.label)) >= 3 and norm(t.label) in norm(name):
                    found.append(_Candidate(t.id, 0.7, f"表头包含标签“{t.label}”"))
        return found

    def _step_candidates(self, name: str, facts: ColumnFacts) -> list[_Candidate]:
        found = []
        for suffixes, column_suffix in ((("时间", "日期", "时刻"), "_at"), (("部门", "经办人", "处理人", "办理人"), "_by")):
            stem = next((name[: -len(s)] for s in suffixes if name.endswith(s) and len(name) > len(s)), None)
            if not stem:
                continue
            if stem in GENERIC_STEMS:
                continue    # 投诉时间: every step is about the complaint
            for step in self.procedure.steps:
                if stem in step.name:   # the more of the step's name the header says, the likelier
                    found.append(_Candidate(f"{step.id}{column_suffix}", 0.7 + 0.2 * min(1, len(stem) / len(step.name)),
                                            f"表头“{stem}”出现在环节名“{step.name}”中"))
            if column_suffix == "_at":
                for t in self.targets.values():
                    if t.kind == "field" and t.type in ("date", "datetime") and stem in t.label:
                        found.append(_Candidate(t.id, 0.8, f"表头“{stem}”出现在字段标签“{t.label}”中"))
        tokens = words(name)
        timed = any(w in TIME_WORDS for w in tokens) or tokens[-1:] and tokens[-1].endswith("ed") \
            or facts.date_share >= DATE_SHARE
        by = any(w in BY_WORDS for w in tokens)
        concepts = concepts_of(name)
        if concepts and (timed or by):
            suffix = "_by" if by else "_at"
            for step_id, have in self.step_concepts.items():
                if concepts & have:
                    share = len(concepts & have) / len(concepts | have)
                    found.append(_Candidate(f"{step_id}{suffix}", 0.6 * share,
                                            f"表头“{name}”与环节“{self.steps[step_id].name}”同义"
                                            f"（{'、'.join(sorted(concepts & have))}）"))
        return found

    def prefer_read(self, candidate: _Candidate, taken: set[str]) -> _Candidate:
        """A column no rule reads, where the procedure times the same event by a step (or the other way round)
        that a rule reads: the rule's column, said so."""
        t = self.targets[candidate.target]
        if t.read:
            return candidate
        concept = FIELD_CONCEPT.get(t.id)
        if t.kind == "field" and concept:
            steps = [s for s, have in self.step_concepts.items() if concept in have
                     and self.targets[f"{s}_at"].read and f"{s}_at" not in taken]
            steps.sort(key=lambda s: len(self.step_concepts[s]))
            if steps:
                step = steps[0]
                return _Candidate(f"{step}_at", candidate.score,
                                  f"{candidate.why}；制度的规则读取环节“{self.steps[step].name}”的时间 {step}_at，"
                                  f"不读字段 {t.id}")
        if t.kind == "step_at":
            have = self.step_concepts.get(t.step, set())
            for field_id, concept in FIELD_CONCEPT.items():
                other = self.targets.get(field_id)
                if concept in have and other and other.read and field_id not in taken:
                    return _Candidate(field_id, candidate.score, f"{candidate.why}；规则读取字段 {field_id}")
        return candidate

    # values -----------------------------------------------------------------------------------------------

    def match_value(self, value: str, target: _Target, numeric_yes_no: bool) -> tuple[object, str] | None:
        v = norm(value)
        options = target.options
        for o in options:
            if v in (norm(o.label), norm(as_text(o.id))):
                return o.id, f"等于选项“{o.label}”"
        if target.yes_no:
            yes = YES | (NUMERIC_YES if numeric_yes_no else set())
            no = NO | (NUMERIC_NO if numeric_yes_no else set())
            truth = True if v in yes or value.strip() in yes else False if v in no or value.strip() in no else None
            if truth is not None:
                if target.type == "checkbox" and not options:
                    return truth, f"读作“{'是' if truth else '否'}”"
                for o in options:
                    if as_text(o.id) == as_text(truth):
                        return o.id, f"读作“{o.label}”"
        for o in options:
            synonyms = VALUE_SYNONYMS.get(norm(as_text(o.id)), ())
            if v in {norm(s) for s in synonyms}:
                return o.id, f"常见写法，对应选项“{o.label}”"
        best, best_score = None, 0.0
        for o in options:
            for name in (o.label, as_text(o.id)):
                n = norm(name)
                if not n or _negated(name) != _negated(value):
                    continue
                score = difflib.SequenceMatcher(None, v, n).ratio()
                if len(v) >= 2 and (v in n or n in v):
                    score = max(score, 0.8)
                if score > best_score:
                    best, best_score = o, score
        if best is not None and best_score >= 0.75:
            rivals = [o for o in options if o is not best and difflib.SequenceMatcher(None, v, norm(o.label)).ratio()
                      >= best_score]
            if not rivals:
                return best.id, f"与选项“{best.label}”相近"
        return None

    def value_block(self, target: _Target, header: str, facts: ColumnFacts) -> tuple[ValueBlock, float]:
        """The value map of a column with options, and the share of the column's rows it accounts for."""
        numeric = target.yes_no and facts.yes_no_share(numeric=True) >= 0.95
        options = "、".join(f"{as_text(o.id)} {o.label}" for o in target.options) or "true、false"
        entries, known = [], 0
        for value, count in facts.top:
            match = self.match_value(value, target, numeric)
            if match is None:
                entries.append(Entry(value, "?", f"{_n(count)} 行；没有相近的选项（可选：{options}）", False))
                continue
            option, why = match
            known += count
            if as_text(option) == value:      # already the option id: nothing to map
                continue
            entries.append(Entry(value, option, f"{_n(count)} 行；{why}"))
        more = facts.distinct - len(facts.top)
        note = f"列“{_show(header)}”：{facts.values_text()}"
        if more > 0:
            note += f"（只列出最常见的 {len(facts.top)} 个）"
        return ValueBlock(target.id, header, note, entries), (known / facts.filled if facts.filled else 0.0)

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


def guess(catalog: Catalog, procedure: Procedure, con, table: str, headers: list[str], export: str = "",
          sheet: str | None = None) -> Draft:
    """The starter profile of an export already read into `table` (as `read_export` makes it)."""
    g = Guesser(catalog, procedure)
    rows = con.execute(f"SELECT count(*) FROM {ident(table)}").fetchone()[0]
    draft = Draft(procedure.id, export, sheet, rows)
    order, order_evidence = guess_date_order(con, table, headers)
    if order:
        draft.date_order = Entry("date_order", order, order_evidence)
    elif order_evidence:
        draft.date_order = Entry("date_order", "day_first", order_evidence, False)
    facts = column_facts(con, table, headers, order)
    if order is None and any(f.ambiguous_dates for f in facts.values()):
        draft.date_order = Entry("date_order", "day_first",
                                 "有 3/4/2025 这样的日期，从取值看不出是日/月/年还是月/日/年：请按导出系统的设置写 "
                                 "day_first 或 month_first", False)
    log = _detect_event_log(g, con, table, headers, facts, order)
    taken: set[str] = set()
    used: set[str] = set()
    if log is not None:
        draft.event_log = log
        used |= {log.case, log.activity, log.time} | ({log.resource} if log.resource else set())
        taken |= {"case_number"} | {f"{e.value}_at" for e in log.activities if e.active} \
            | {f"{e.value}_by" for e in log.activities if e.active}
    own = [h for h in headers if h not in used and (log is None or h in log.attributes)]
    draft.columns = _assign_columns(g, own, facts, taken)   # an event's own details (its cost, its note) are not a case's
    for entry in draft.columns:
        target = g.targets[entry.value]
        if entry.active and (target.options or target.yes_no):
            block, _ = g.value_block(target, entry.key, facts[entry.key])
            if block.entries:
                draft.values.append(block)
    _unmapped_yes_no(g, draft, facts, headers, used, taken)
    draft.roles = _roles(g, draft, facts)
    mapped = {e.key for e in draft.columns} | used
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


def _assign_columns(g: Guesser, headers: list[str], facts: dict[str, ColumnFacts], taken: set[str]) -> list[Entry]:
    """The column each header feeds. Every (header, column) the names suggest is weighed at once, best first, so
    that a header equal to an alias wins over one merely close to it; a column is taken only where the values fit
    it (dates for a time column, option values for a choice…). A header whose candidates all fail is written
    commented out with the reason; a header the names say nothing of is judged by its values alone."""
    options = []
    for index, header in enumerate(headers):
        best: dict[str, tuple[int, _Candidate]] = {}
        for c in g.header_candidates(header, facts[header]):
            redirected = g.prefer_read(c, taken)
            # tiers: a column a rule reads, named by the header; the column a rule reads in place of the one the
            # header names (received_at -> receive_at), unless another header names it; a column no rule reads
            for tier, candidate in ((0 if g.targets[c.target].read else 2, c), (1, redirected)):
                if candidate.target in taken or (tier == 1 and candidate is c):
                    continue
                if candidate.target not in best:
                    best[candidate.target] = (tier, candidate)
                else:   # named both ways: ranked as the better tier says, explained by the better-founded name
                    old_tier, old = best[candidate.target]
                    ranked = old if old_tier <= tier else candidate
                    why = max(old, candidate, key=lambda x: x.score).why
                    best[candidate.target] = (min(tier, old_tier), _Candidate(ranked.target, ranked.score, why))
        for tier, candidate in best.values():
            exact = norm(header) == norm(candidate.target)
            fits, evidence = _fits(g, candidate.target, header, facts[header])
            sure = exact or (fits and candidate.score >= 0.6)
            options.append((not exact, not sure, tier, -candidate.score, index, header, candidate, fits, evidence,
                            sure))
    options.sort(key=lambda o: o[:5])
    chosen: dict[str, Entry] = {}
    doubtful: dict[str, Entry] = {}
    for *_, header, candidate, fits, evidence, sure in options:
        note = candidate.why + (f"；{evidence}" if evidence else "")
        target = g.targets[candidate.target]
        if not target.read and target.kind != "step_by" and candidate.target != "case_number":
            note += "；（没有规则读取这一列）"
        if sure and header not in chosen and candidate.target not in taken:
            chosen[header] = Entry(header, candidate.target, note)
            taken.add(candidate.target)
        elif not sure and header not in doubtful:
            doubtful[header] = Entry(header, candidate.target, note + ("；依据不足" if fits else ""), False)
    entries = []
    for header in headers:
        entry = chosen.get(header) or doubtful.get(header)
        if entry is None or (not entry.active and entry.value in taken):
            entry = _by_content(g, header, facts[header], taken)
        if entry is not None:
            entries.append(entry)
    return entries


def _fits(g: Guesser, target_id: str, header: str, f: ColumnFacts) -> tuple[bool, str]:
    """Whether the column's values fit the target, and the evidence."""
    target = g.targets[target_id]
    if not f.filled:
        return True, "这一列是空的"
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
        return False, (f"{f.values_text(4)}；只有 {_pct(round(covered * f.filled), f.filled)} 的值对得上选项，"
                       f"映射后其余各行都会报“取值无效”：请核对这一列是不是{target.label}")
    if f.date_share >= DATE_SHARE and target.type in ("text", "longtext", "choice"):
        return False, f"但这是日期列（{f.date_evidence()}）"
    return True, ""


def _by_content(g: Guesser, header: str, f: ColumnFacts, taken: set[str]) -> Entry | None:
    """A column whose header names nothing the procedure knows, judged by its values: a date column whose header
    says nothing either ("datetime", "日期") is offered, commented out, to the first time column a rule reads."""
    if not f.filled or f.date_share < DATE_SHARE:
        return None
    concepts = concepts_of(header)
    if concepts:
        return None        # "closed_at" where the procedure has no closing step: listed among the unmapped
    free = [t for t in g.targets.values() if g.is_time(t.id) and t.read and t.id not in taken]
    if not free:
        return None
    first = free[0]
    others = "、".join(t.id for t in free[1:4])
    return Entry(header, first.id, f"{f.date_evidence()}，但表头没有说明是哪个时间：第一个有规则读取的时间列是"
                                   f"“{first.label}”" + (f"；其他可选：{others}" if others else ""), False)


def _unmapped_yes_no(g: Guesser, draft: Draft, facts, headers, used, taken) -> None:
    """Columns whose values are all yes/no, offered to the procedure's yes/no fields by header resemblance."""
    entries = {e.key: e for e in draft.columns}
    free = [t for t in g.targets.values() if t.yes_no and t.id not in taken]
    for header in headers:
        f = facts[header]
        doubtful = header in entries and not entries[header].active
        if header in entries and not doubtful or header in used or not free or f.distinct < 1 \
                or f.yes_no_share() < 0.95:
            continue
        if draft.event_log is not None and header not in draft.event_log.attributes:
            continue
        scored = sorted(((abbreviation_score(header, t.label), t) for t in free), key=lambda s: -s[0])
        score, target = scored[0]
        note = f"取值都是是/否：{f.values_text(4)}"
        active = score >= 0.6 and (len(scored) == 1 or scored[1][0] < score)
        if active:
            note += f"；表头与“{target.label}”相近"
        else:
            note += f"；表头不像任何一个是/否字段（可选：{'、'.join(t.id for _, t in scored[:4])}），请核对"
        if doubtful and not active:
            continue      # the header's own (commented) guess stays
        if doubtful:
            draft.columns.remove(entries[header])
        draft.columns.append(Entry(header, target.id, note, active))
        block, _ = g.value_block(target, header, f)
        for e in block.entries:
            e.active = e.active and active
        if block.entries:
            draft.values.append(block)
        if active:
            taken.add(target.id)
            free.remove(target)


def _roles(g: Guesser, draft: Draft, facts) -> list[Entry]:
    """Roles by the names the procedure gives them, and the values of the mapped <step>_by columns that name one."""
    roles = g.procedure.roles
    entries = [Entry(r.name, r.id, "") for r in roles]
    if entries:
        entries[0].note = "制度中的角色名：导出写的是角色全称时适用"
    seen = {norm(r.name) for r in roles}
    sources = [e.key for e in draft.columns if e.active and str(e.value).endswith("_by")]
    if draft.event_log is not None and draft.event_log.resource:
        sources.append(draft.event_log.resource)
    for header in sources:
        for value, count in facts[header].top[:12]:
            if norm(value) in seen:
                continue
            best = max(roles, key=lambda r: difflib.SequenceMatcher(None, norm(value), norm(r.name)).ratio(),
                       default=None)
            if best is None:
                break
            ratio = difflib.SequenceMatcher(None, norm(value), norm(best.name)).ratio()
            if norm(value) == norm(best.id) or ratio >= 0.75 or (len(norm(value)) >= 2 and norm(value) in norm(best.name)):
                entries.append(Entry(value, best.id, f"列“{_show(header)}”{_n(count)} 行；与角色“{best.name}”相近"))
            else:
                entries.append(Entry(value, "?", f"列“{_show(header)}”{_n(count)} 行；不像制度中的任何角色"
                                                 f"（{'、'.join(r.id for r in roles[:6])}…）", False))
            seen.add(norm(value))
    return entries


def _looks_like(g: Guesser, f: ColumnFacts, taken: set[str], draft: Draft) -> str:
    if not f.filled:
        return "空列"
    if f.date_share >= DATE_SHARE:
        concepts = concepts_of(f.header)
        same = [f"{s}_at" for s, have in g.step_concepts.items() if concepts & have]
        if same:
            return f"日期列（{f.date_evidence()}）；表头可对应 {'、'.join(same)}，但已由别的列或活动提供"
        said = "、".join(sorted(concepts))
        return f"日期列（{f.date_evidence()}），制度中没有与表头对应的时间列" + (f"（表头说的是 {said}）" if said else "")
    if f.yes_no_share() >= 0.95:
        return f"是/否列（{f.values_text(3)}），制度中没有空余的是/否字段"
    if f.distinct <= 20:
        return f"{_n(f.distinct)} 个不同取值：{f.values_text(4)}"
    return f"{_n(f.distinct)} 个不同取值"


# --- event logs ----------------------------------------------------------------------------------------------

def _by_name(headers: list[str], names: tuple[str, ...], allowed) -> str | None:
    ranked = sorted((names.index(norm(h)), i, h) for i, h in enumerate(headers) if norm(h) in names and allowed(h))
    return ranked[0][2] if ranked else None


def _activity_counts(con, table: str, case: str, activity: str, time: str, date_order: str | None) -> list[tuple]:
    """(activity, events, cases, cases it opens), most frequent first; a case opens with its earliest event (ties:
    the earlier line)."""
    from .readers.dates import datetime_sql, reordered_sql

    a, c = ident(activity), ident(case)
    t = datetime_sql(reordered_sql(ident(time), date_order))
    return con.execute(
        f"WITH e AS (SELECT CAST({c} AS VARCHAR) AS c, CAST({a} AS VARCHAR) AS a, {t} AS t, _row FROM {ident(table)} "
        f"WHERE NULLIF(trim(CAST({a} AS VARCHAR)), '') IS NOT NULL AND {c} IS NOT NULL), "
        f"o AS (SELECT arg_min(a, struct_pack(t := t, r := _row)) AS a FROM e WHERE t IS NOT NULL GROUP BY c) "
        f"SELECT e.a, count(*), count(DISTINCT e.c), coalesce(any_value(n.opens), 0) FROM e LEFT JOIN "
        f"(SELECT a, count(*) AS opens FROM o GROUP BY a) n ON e.a = n.a GROUP BY e.a ORDER BY 2 DESC, 1").fetchall()


def _first_step(g: Guesser) -> str | None:
    """The step a case starts with: the first step about receiving a complaint, else the first of the flow."""
    steps = g.procedure.steps
    return next((s.id for s in steps if "receive" in g.step_concepts[s.id]), steps[0].id if steps else None)


def _detect_event_log(g: Guesser, con, table: str, headers: list[str], facts: dict[str, ColumnFacts],
                      date_order: str | None = None):
    """A long event log: a case column whose values repeat, an activity column that changes within a case, a time
    column that reads as dates; None for a one-row-per-case export."""
    names = CASE_NAMES + tuple(n for n, (target, _) in g.names.items() if target == "case_number" and n not in CASE_NAMES)
    case = _by_name(headers, names, lambda h: facts[h].filled and facts[h].distinct <= 0.8 * facts[h].filled
                    and facts[h].distinct >= 1)
    if case is None:
        return None
    cases = facts[case].distinct
    multi = _variation_in_cases(con, table, case, headers, facts)
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
    rows = _activity_counts(con, table, case, activity, time, date_order)
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


# --- the dry run ---------------------------------------------------------------------------------------------

@dataclass
class CheckReport:
    runs: list[dict]                 # rule, code, title, reads (column -> export header)
    skipped: list[dict]              # rule, code, title, reason, missing (column -> label)
    never: list[dict]                # rules no export can run (the catalog says why)
    problems: list[str]              # profile mistakes that make the audit refuse the export (exit 2)
    warnings: list[str]              # what the audit will do that the profile's author may not expect

    @property
    def complete(self) -> bool:
        return not self.skipped


def check_profile(catalog: Catalog, procedure: Procedure, con, table: str, headers: list[str],
                  profile: MappingProfile) -> CheckReport:
    """Which rules of the audit plan the export and the profile let run, and why the others cannot."""
    from .catalog.columns import ProcedureColumns
    from .checks import KINDS
    from .plan import audit_plan

    columns = ProcedureColumns(catalog, procedure)
    problems, warnings = [], []
    log = profile.event_log
    if log is not None:
        for role in ("case", "activity", "time", "resource"):
            name = getattr(log, role)
            if name is not None and name not in headers:
                problems.append(f"event_log.{role}：导出中没有列“{name}”")
        counts = con.execute(f"SELECT CAST({ident(log.activity)} AS VARCHAR) AS a, count(*) FROM {ident(table)} "
                             f"WHERE NULLIF(trim(CAST({ident(log.activity)} AS VARCHAR)), '') IS NOT NULL "
                             f"GROUP BY a ORDER BY count(*) DESC, a").fetchall() if log.activity in headers else []
        seen = {a for a, _ in counts}
        absent = [a for a in log.activities if a not in seen]
        if seen and absent:
            warnings.append(f"event_log.activities 中的活动在导出中没有出现：{'、'.join(absent)}")
        ignored = [(a, n) for a, n in counts if a not in log.activities]
        if ignored:
            warnings.append(f"{len(ignored)} 种活动（{sum(n for _, n in ignored):,} 个事件）不对应任何环节，审计时忽略："
                            + "、".join(f"{_show(a, 30)} ({n:,})" for a, n in ignored[:12])
                            + ("…" if len(ignored) > 12 else ""))
    for header in profile.columns:
        if header not in headers:
            warnings.append(f"columns 中的表头“{header}”不在导出中：它映射的 {profile.columns[header]} 视为缺列")
    shown = audited_headers(profile, headers, step_repeats(procedure))
    plans = plan_columns(catalog, procedure, shown, profile)
    source = {p.column: p.header for p in plans if p.header is not None}
    if log is None and "case_number" not in source:
        problems.append("没有列映射到案件编号 case_number：审计会拒绝这个导出（在 columns 中指明哪一列是投诉编号）")
    for p in plans:   # the values the audit will call invalid (for an event log: in its events, as exported)
        f = columns.fields.get(p.column)
        if p.header is None or p.header not in headers or f is None or not f.options:
            continue
        allowed = {as_text(o.id) for o in f.options}
        rows = con.execute(f"SELECT v, count(*) FROM (SELECT NULLIF(trim(CAST({ident(p.header)} AS VARCHAR)), '') AS v "
                           f"FROM {ident(table)}) WHERE v IS NOT NULL GROUP BY v ORDER BY count(*) DESC, v").fetchall()
        bad = [(v, c) for v, c in rows if p.value_map.get(v, v) not in allowed]
        if bad:
            warnings.append(f"列“{p.header}”→ {p.column}：{sum(c for _, c in bad):,} 行的取值不在选项中，审计将报“取值无效”："
                            + "、".join(f"{_show(v, 20)} ({c:,})" for v, c in bad[:8]) + ("…" if len(bad) > 8 else ""))
    plan = audit_plan(catalog, procedure, set(source) | columns.derived_columns(set(source)))
    runs = [{"rule": r.rule_id, "code": KINDS[r.kind].code, "title": r.title, "section": r.section,
             "reads": {c: source.get(c) for c in r.needs}} for r in plan.rules]
    skipped, never = [], []
    for s in plan.skipped:
        rule = next(r for r in _compiled(catalog, procedure) if r.rule_id == s["rule"])
        item = {"rule": s["rule"], "code": KINDS[rule.kind].code, "title": s["title"], "reason": s["reason"],
                "section": s["section"]}
        if rule.unchecked:
            never.append(item)
        else:
            item["missing"] = {c: columns.label(c) for c in rule.needs if c not in source}
            skipped.append(item)
    return CheckReport(runs, skipped, never, problems, warnings)


_COMPILED: dict = {}


def _compiled(catalog: Catalog, procedure: Procedure):
    from .checks import compile_rules

    key = (id(catalog), procedure.id)
    if key not in _COMPILED:
        _COMPILED.clear()
        _COMPILED[key] = compile_rules(catalog, procedure)
    return _COMPILED[key]


def check_text(report: CheckReport, export: str, procedure: Procedure, mapping: str) -> str:
    lines = [f"映射核对：{export} → {procedure.id}（映射文件 {mapping}）"]
    if report.problems:
        lines.append("映射错误（审计会拒绝）：")
        lines += [f"  ✗ {p}" for p in report.problems]
    if report.warnings:
        lines.append("提醒：")
        lines += [f"  ! {w}" for w in report.warnings]
    lines.append(f"将检查的规则（{len(report.runs)}）：")
    for r in report.runs:
        reads = "、".join(f"{c}←“{h}”" if h and h != c else c for c, h in r["reads"].items())
        lines.append(f"  ✓ {r['code']} {r['rule']}：{r['title']}" + (f"（读取 {reads}）" if reads else ""))
    lines.append(f"不会检查的规则（{len(report.skipped)}）：")
    for r in report.skipped:
        missing = "、".join(f"{c}（{label}）" for c, label in r["missing"].items())
        lines.append(f"  ✗ {r['code']} {r['rule']}：{r['title']}——缺列：{missing or r['reason']}")
    if report.never:
        lines.append(f"任何导出都无法检查的规则（{len(report.never)}，不影响退出码）：")
        lines += [f"  - {r['code']} {r['rule']}：{r['title']}——{r['reason']}" for r in report.never]
    total = len(report.runs) + len(report.skipped)
    own_runs = sum(r["section"] is not None for r in report.runs)
    own = own_runs + sum(r["section"] is not None for r in report.skipped + report.never)
    if report.problems:
        verdict = "映射文件有错误，审计会以退出码 2 拒绝；请先改正上面的错误"
    elif report.complete:
        verdict = f"全部 {total} 条规则都将检查"
    else:
        verdict = f"{total} 条规则中 {len(report.runs)} 条将检查，{len(report.skipped)} 条因缺列不会检查"
    lines.append(f"结论：{verdict}（其中制度条文的规则 {own} 条，将检查 {own_runs} 条，即审计报告中的“制度规则”；"
                 "其余为环节顺序、取值、编号等检查）")
    return "\n".join(lines) + "\n"
