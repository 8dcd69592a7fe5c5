"""The dry run of a profile (`mapping --check`): which rules will run, and why the others will not."""

from __future__ import annotations

from dataclasses import dataclass


from ..catalog.loader import Catalog
from ..catalog.model import Procedure
from ..mapping import MappingProfile, as_text, audited_headers, plan_columns, step_repeats
from ..sql import ident
from ..text import tick_box_reading
from .words import _show

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
    from ..catalog.columns import ProcedureColumns
    from ..checks import KINDS
    from ..checks.invalid_value import checked_tick_boxes
    from ..plan import audit_plan

    columns = ProcedureColumns(catalog, procedure)
    tick_boxes = checked_tick_boxes(columns)
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
    mapped = profile.columns if log is not None else profile.headers_mapped()
    for header, target in mapped.items():
        if header not in headers:
            warnings.append(f"映射文件中的表头“{header}”不在导出中：它映射的 {target} 视为缺列")
    for status, outcome in profile.outcomes.items():    # statuses that name no step leave their cases without one
        if status in headers:
            named = {as_text(v) for v in outcome.steps}
            other = [(v, c) for v, c in _value_counts(con, table, status) if v not in named]
            if other:
                warnings.append(f"outcomes.{status}：{sum(c for _, c in other):,} 行的结论不对应任何环节，这些案件的“{outcome.date}”"
                                "不算作任何环节的时间：" + _listed(other))
    shown = audited_headers(profile, headers, step_repeats(procedure))
    plans = plan_columns(catalog, procedure, shown, profile)
    source = {p.column: p.label for p in plans if p.header is not None}
    if log is None and "case_number" not in source:
        problems.append("没有列映射到案件编号 case_number：审计会拒绝这个导出（在 columns 中指明哪一列是投诉编号）")
    for p in plans:   # the values the audit will call invalid (for an event log: in its events, as exported)
        f = columns.fields.get(p.column)
        if p.header is None or p.header not in headers or f is None or not (f.options or f.id in tick_boxes):
            continue
        allowed = {as_text(o.id) for o in f.options} or {"true", "false"}
        read = tick_box_reading if f.id in tick_boxes else str
        # a value mapped to '' is blank (not applicable), as the audit reads it: not invalid
        bad = [(v, c) for v, c in _value_counts(con, table, p.header)
               if p.value_map.get(v, read(v)) not in allowed | {""}]
        if bad:
            warnings.append(f"列“{p.header}”→ {p.column}：{sum(c for _, c in bad):,} 行的取值不在选项中，审计将报“取值无效”："
                            + _listed(bad))
    warnings += _levels_apart(procedure, con, table, headers, {p.column: p.header for p in plans if p.header})
    plan = audit_plan(catalog, procedure, set(source) | columns.derived_columns(set(source)))
    runs = [{"rule": r.rule_id, "code": KINDS[r.kind].code, "title": r.title, "section": r.section,
             "reads": {c: source.get(c) for c in r.needs}} for r in plan.rules]
    skipped, never = [], []
    for s in plan.skipped:
        # ids may repeat across kinds (the choice field and the eligibility rule delivered_without_acceptance)
        rule = next(r for r in _compiled(catalog, procedure) if r.rule_id == s["rule"] and r.section == s["section"])
        item = {"rule": s["rule"], "code": KINDS[rule.kind].code, "title": s["title"], "reason": s["reason"],
                "section": s["section"]}
        if rule.unchecked:
            never.append(item)
        else:
            item["missing"] = {c: columns.label(c) for c in rule.needs if c not in source}
            skipped.append(item)
    return CheckReport(runs, skipped, never, problems, warnings)


def _levels_apart(procedure: Procedure, con, table: str, headers: list[str], header_of: dict[str, str]) -> list[str]:
    """Same-person rules whose two columns share not one value: one likely records departments and the other people,
    and the audit, comparing them as written, would call every case handled by someone else."""
    warnings = []
    for rule in procedure.routing:
        pair = [header_of.get(c) for c in rule.same_person or ()]
        if len(pair) != 2 or None in pair or pair[0] == pair[1] or not set(pair) <= set(headers):
            continue
        first, second = ({v for v, _ in _value_counts(con, table, h)} for h in pair)
        if first and second and not first & second:
            warnings.append(f"规则 {rule.id} 比较列“{pair[0]}”与“{pair[1]}”是否同一人，但两列没有一个相同的取值：可能一列记部门、"
                            "一列记人。两列须记同一层级，否则审计会把每个案件都报为不是同一人")
    return warnings


def _value_counts(con, table: str, header: str) -> list[tuple[str, int]]:
    """The column's distinct values (trimmed, blanks left out), most frequent first."""
    return con.execute(f"SELECT v, count(*) FROM (SELECT NULLIF(trim(CAST({ident(header)} AS VARCHAR)), '') AS v "
                       f"FROM {ident(table)}) WHERE v IS NOT NULL GROUP BY v ORDER BY count(*) DESC, v").fetchall()


def _listed(counts: list[tuple[str, int]]) -> str:
    return "、".join(f"{_show(v, 20)} ({c:,})" for v, c in counts[:8]) + ("…" if len(counts) > 8 else "")


_COMPILED: dict = {}


def _compiled(catalog: Catalog, procedure: Procedure):
    from ..checks import compile_rules

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
