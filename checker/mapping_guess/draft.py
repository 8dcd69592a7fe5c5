"""The starter profile as drafted: entries with their evidence, written as commented YAML."""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from .words import _n, _show

# --- the draft -----------------------------------------------------------------------------------------------

@dataclass
class Entry:
    """One `key: value` line of the draft, with its evidence; written commented out when not active."""

    key: object
    value: object
    note: str = ""
    active: bool = True
    named: bool = False      # the header is one of the column's names (its id, label or an alias), not just like one
    choices: tuple = ()      # a doubtful column's: the columns the header may equally be (dates may tell, dateorder.py)
    weak: int = 0            # how weak its grounds: 1 one word shared with a label, 2 the vocabulary's sense of it


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
class OutcomeGuess:
    """A status column whose values name steps, with the date column taken for their time (`outcomes:`)."""

    status: str
    date: str
    note: str
    steps: list[Entry] = field(default_factory=list)
    active: bool = False
    by: str | None = None      # the doer column, who did whichever step it was


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
    outcomes: list[OutcomeGuess] = field(default_factory=list)
    date_order: Entry | None = None
    unmapped: list[tuple[str, str]] = field(default_factory=list)   # header, what it looks like
    available: list[str] = field(default_factory=list)             # canonical columns not fed, described

    def outcome_headers(self) -> set[str]:
        """The headers the outcomes take: each status, its date and its doer."""
        return {h for o in self.outcomes for h in (o.status, o.date, o.by) if h}

    def profile(self) -> dict:
        """The active guesses as a profile dict (what the printed YAML loads as)."""
        data: dict = {"procedure": self.procedure}
        if self.sheet:
            data["sheet"] = self.sheet
        data["columns"] = {e.key: e.value for e in self.columns if e.active}
        data["values"] = {b.column: {e.key: e.value for e in b.entries if e.active}
                          for b in self.values if any(e.active for e in b.entries)}
        data["roles"] = {e.key: e.value for e in self.roles if e.active}
        outcomes = {o.status: {"date": o.date, **({"by": o.by} if o.by is not None else {}),
                               "steps": {e.key: e.value for e in o.steps if e.active}}
                    for o in self.outcomes if o.active}
        if outcomes:
            data["outcomes"] = outcomes
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
        out += self._outcomes_lines()
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

    def _outcomes_lines(self) -> list[str]:
        if not self.outcomes:
            return []
        on = any(o.active for o in self.outcomes)
        out = [("outcomes:" if on else "# outcomes:") + "   # 一列结论说明案件走了哪个环节，一个日期是该环节的时间（可加 by: 办理人列）"]
        for o in self.outcomes:
            out.append(_line(2, o.status, None, o.note, o.active))
            out.append(_line(4, "date", o.date, "", o.active))
            if o.by is not None:
                out.append(_line(4, "by", o.by, "", o.active))
            out.append(_line(4, "steps", None, "", o.active))
            out += [_line(6, e.key, e.value, e.note, e.active and o.active) for e in o.steps]
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


