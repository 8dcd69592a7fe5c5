"""The audit plan: every statement an audit of one procedure runs, in order, readable by an auditor.

An audit reads two tables: `cases` (one row per case in the canonical columns, see the audit-column page of the
procedure) and `ck_calendar` (one row per day: working day or not, working-day ordinal, holiday name). The plan
is the view of the cases it audits and one query per rule, each compiled by the check of its kind (`checks/`);
the audit runs exactly these queries. `python -m checker plan` prints it, so that it can be read, or run
elsewhere over the same two tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from .catalog.loader import Catalog
from .catalog.model import Procedure
from .checks import CHECKS, KINDS, CompiledRule, compile_rules
from .checks.base import essential as is_essential
from .deadlines_sql import CALENDAR, WORKDAYS_VIEW

AUDITED_VIEW = ("CREATE VIEW audited AS SELECT c.rowid AS _id, c.* FROM cases c "
                "ANTI JOIN unreadable_rows u ON c.rowid = u._id")


@dataclass
class Plan:
    procedure: Procedure
    rules: list[CompiledRule]          # what runs, in order
    skipped: list[dict]                # rules that cannot run, with the reason (a column not mapped…)
    calendar: object | None = None     # checker.deadlines.WorkCalendar

    def as_dict(self) -> dict:
        return {
            "procedure": self.procedure.id,
            "calendar": _calendar_span(self.calendar),
            "setup": [WORKDAYS_VIEW, AUDITED_VIEW],
            "rules": [{"code": KINDS[r.kind].code, "kind": r.kind, "rule": r.rule_id, "title": r.title,
                       "clause": r.source.clause if r.source else None, "reads": r.needs, "sql": r.query.text,
                       "params": [p if isinstance(p, (str, int, float)) else str(p) for p in r.query.params],
                       "as_of_param": CHECKS[r.kind].takes_as_of}
                      for r in self.rules],
            "skipped": self.skipped,
        }

    def text(self) -> str:
        data = self.as_dict()
        lines = [f"-- 审计计划：{self.procedure.document.title}（{self.procedure.id}）",
                 f"-- 读取两张表：cases（每案一行，列见审计字段页）与 {CALENDAR}（{data['calendar']}）", ""]
        lines += [statement + ";" for statement in data["setup"]]
        for rule in data["rules"]:
            clause = f" [{rule['clause']}]" if rule["clause"] else ""
            lines += ["", f"-- {rule['code']} {rule['rule']}：{rule['title']}{clause}",
                      f"-- 读取列：{', '.join(rule['reads'])}", rule["sql"].strip() + ";",
                      f"-- 参数：{rule['params']!r}" + ("，另加 --as-of 时点" if rule["as_of_param"] else "")]
        for skip in data["skipped"]:
            lines += ["", f"-- 不执行 {skip['rule']}：{skip['title']}（{skip['reason']}）"]
        return "\n".join(lines) + "\n"


def audit_plan(catalog: Catalog, procedure: Procedure, present: set[str] | None = None, calendar=None) -> Plan:
    """The plan for exports that provide the canonical columns `present` (None: every column)."""
    runs, skipped = [], []
    for rule in compile_rules(catalog, procedure):
        missing = sorted(set(rule.needs) - present) if present is not None else []
        reason = rule.unchecked or ("导出中没有列：" + "、".join(missing) if missing else None)
        if reason is None:
            runs.append(rule)
        elif rule.unchecked or CHECKS[rule.kind].reports_skipped:
            essential = is_essential(procedure, rule)
            skipped.append({"rule": rule.rule_id, "title": rule.title, "reason": ("【必查】" if essential else "") + reason,
                            "section": rule.section, "essential": essential})
    return Plan(procedure, runs, skipped, calendar)


def _calendar_span(calendar) -> str:
    if calendar is None:
        return "未指定"
    return f"{calendar.name}，{calendar.years.start}–{calendar.years.stop - 1} 年"
