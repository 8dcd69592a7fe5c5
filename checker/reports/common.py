"""What every report format shares: masking applied once, grouping by case, counts and labels."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import PurePath

from ..checks import KINDS
from .masking import mask_personal, mask_value, may_hold_personal_data

# Values that come from the export (case data); everything else in a finding is catalog or engine text:
# `expected` is a catalog value, a computed due time or a row number, `trace` the engine's date arithmetic.
FINDING_CASE_FIELDS = ("case", "actual", "message")
UNREADABLE_CASE_FIELDS = ("case", "reason")

SEVERITY_LABELS = {"error": "错误", "warning": "警告"}


def severity_label(severity: str | None) -> str:
    return SEVERITY_LABELS.get(severity or "", severity or "")


def kind_title(slug: str) -> str:
    kind = KINDS.get(slug)
    return kind.title if kind else slug


def counts_line(summary: dict) -> str:
    """"读取 6 行（2 个案件），审计 …": rows in the export's own rows, with the cases they make where that differs.

    An event log's rows are events: its cases are always given. A table export's are given where case numbers
    repeat (one case on several rows); otherwise a row is a case and the line says rows only."""
    read, audited = summary.get("cases_read"), summary.get("cases_audited")
    if summary.get("event_log"):
        read_cases, audited_cases = read, audited
    else:
        read_cases = None
        audited_cases = audited if audited is not None and audited != summary["rows_audited"] else None

    def cases(n) -> str:
        return "" if n is None else f"（{n} 个案件）"

    return (f"读取 {summary['rows_read']} 行{cases(read_cases)}，审计 {summary['rows_audited']} 行{cases(audited_cases)}，"
            f"无法读取 {summary['rows_unreadable']} 行")


def coverage_line(summary: dict) -> str:
    """How much a clean report is worth: how many of the procedure's own rules the export let run."""
    total, checked = summary.get("procedure_rules"), summary.get("procedure_rules_checked")
    if total is None:
        return ""
    if not total:
        return "该制度没有可检查的规则：本报告只检查了案件编号和取值"
    line = f"制度规则 {total} 条，检查了 {checked} 条" + ("（其余见“未检查的规则”）" if checked < total else "")
    if idle := idle_rules(summary):
        line += f"；其中 {len(idle)} 条的适用条件没有一个案件符合，实际没有检查任何案件：{'、'.join(idle)}"
    if summary.get("open_cases"):
        line += f"；未办结案件 {summary['open_cases']} 件：按审计时点检查时限，只检查已到达步骤的记录"
    if summary.get("absent_headers"):
        line += "；" + absent_headers_line(summary["absent_headers"])
    if summary.get("unchecked_obligations"):
        line += (f"；另有 {summary['unchecked_obligations']} 项义务不能从导出文件检查（见知识库该制度的“检查覆盖”），"
                 "须人工核对")
    return line


def idle_rules(summary: dict) -> list[str]:
    """The rules that ran but whose conditions no audited case met (no 重大投诉 in the export): they found nothing
    because they had nothing to judge."""
    return [r["rule"] for r in summary.get("checked_rules") or [] if r.get("applies_to") == 0]


def superseded_line(summary: dict) -> str:
    """A report against a replaced document says which document is in force, with the clause that proves it."""
    lines = []
    for s in summary.get("superseded_by") or []:
        proof = (f"（{s['clause'] or ''}“{s['quote']}”）" if s.get("quote")
                 else f"（替代关系未经条文核实：{s['note']}）" if s.get("note") else "")
        lines.append(f"注意：本制度已被《{s['title']}》（{s['document']}）取代{proof}；现行要求以取代它的文件为准")
    return "；".join(lines)


def absent_headers_line(absent: list[dict]) -> str:
    return ("映射文件中的表头在导出中不存在：" + "、".join(f"{a['header']}（{a['column']}）" for a in absent)
            + "，读取这些列的规则未检查")


def zone_note(summary: dict) -> str:
    zone = summary.get("time_zone")
    if not zone:
        return ""
    return f"时间按 {zone} 计算：带时区的时间已换算到该时区，不带时区的时间视为该时区（映射文件的 time_zone）"


MASKED_WHAT = "姓名只留首字、地址只留到区县，手机号、固定电话、身份证号、电子邮箱部分遮盖"


def masking_note(summary: dict) -> str:
    if summary.get("personal_data_masked", True):
        return f"个人信息已遮盖（{MASKED_WHAT}）；如需原文请使用 --show-personal-data"
    return "注意：本报告显示个人信息原文（--show-personal-data），请妥善保管，勿外传"


def file_name(path) -> str:
    return PurePath(str(path)).name if path else ""


def where(file, row) -> str:
    """"export.csv 第 12 行"."""
    name = file_name(file)
    line = f"第 {row} 行" if row is not None else "行号未知"
    return f"{name} {line}" if name else line


def _row_key(f: dict) -> tuple[str, int, int]:
    # the record, not just the line: several records can share a line (XML without line breaks)
    return (str(f.get("file") or ""), f["row"] if f.get("row") is not None else -1, f.get("record") or 0)


@dataclass
class CaseGroup:
    """The findings of one case (one record of one export), already masked."""

    file: str | None
    row: int | None
    case: str | None
    findings: list[dict]

    @property
    def label(self) -> str:
        return f"案件 {self.case}" if self.case not in (None, "") else "案件编号为空"

    @property
    def errors(self) -> list[dict]:
        return [f for f in self.findings if f.get("severity") == "error"]

    @property
    def warnings(self) -> list[dict]:
        return [f for f in self.findings if f.get("severity") != "error"]


class Report:
    """One audit's data as the formats see it: the summary, and masked findings and unreadable rows."""

    def __init__(self, summary: dict, findings: Iterable[dict], unreadable: Iterable[dict], *,
                 show_personal_data: bool = False):
        self.summary = {**summary, "personal_data_masked": not show_personal_data}
        self._findings = findings if isinstance(findings, Sequence) else list(findings)
        self._unreadable = unreadable if isinstance(unreadable, Sequence) else list(unreadable)
        self._show = show_personal_data
        self._mask = (lambda value: value) if show_personal_data else mask_value
        self._by_row: list[dict] | None = None

    def _masked(self, item: dict, fields: tuple[str, ...]) -> dict:
        if self._show:
            return item
        if item.get("personal"):    # the value shown is a name, an address…: masked whole, wherever it is shown
            return self._masked_personal(item, fields)
        if not may_hold_personal_data("\n".join(map(str, map(item.get, fields)))):
            return item   # most findings: their fields searched at once, the finding not even copied
        return {**item, **{k: self._mask(item[k]) for k in fields if k in item}}

    def _masked_personal(self, item: dict, fields: tuple[str, ...]) -> dict:
        raw = item.get("actual")
        masked = mask_personal(item["personal"], raw)
        result = {**item, **{k: self._mask(item[k]) for k in fields if k in item and k not in ("actual", "message")}}
        result["actual"] = masked
        message = item.get("message")
        if isinstance(message, str):
            result["message"] = self._mask(message.replace(str(raw), str(masked)) if raw not in (None, "") else message)
        return result

    def findings(self) -> Iterator[dict]:
        """Masked findings in the audit's order."""
        return (self._masked(f, FINDING_CASE_FIELDS) for f in self._findings)

    def unreadable(self) -> Iterator[dict]:
        return (self._masked(u, UNREADABLE_CASE_FIELDS) for u in self._unreadable)

    @property
    def has_unreadable(self) -> bool:
        return bool(self._unreadable)

    def _raw_groups(self) -> Iterator[list[dict]]:
        if self._by_row is None:
            self._by_row = sorted(self._findings, key=_row_key)
        return (list(group) for _, group in groupby(self._by_row, key=_row_key))

    def cases(self) -> Iterator[CaseGroup]:
        """Findings grouped by the export record they were found in, in file and row order."""
        for group in self._raw_groups():
            items = [self._masked(f, FINDING_CASE_FIELDS) for f in group]
            case = next((f["case"] for f in items if f.get("case") not in (None, "")), None)
            yield CaseGroup(items[0].get("file"), items[0].get("row"), None if case is None else str(case), items)

    def outline(self) -> Iterator[tuple[str, bool]]:
        """(label, has an error) of each case in `cases()` order, without masking every finding."""
        for group in self._raw_groups():
            case = next((f["case"] for f in group if f.get("case") not in (None, "")), None)
            label = CaseGroup(None, None, None if case is None else str(self._mask(case)), []).label
            yield label, any(f.get("severity") == "error" for f in group)

    def rule_clauses(self) -> dict[str, str]:
        """The clause of each rule that has findings (catalog text, for the by-rule tables)."""
        clauses: dict[str, str] = {}
        for f in self._findings:
            if f.get("rule") not in clauses and f.get("clause"):
                clauses[f["rule"]] = f["clause"]
        return clauses
