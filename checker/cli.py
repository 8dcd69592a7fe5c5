"""Command line: `python -m checker <command>`. Each command lives in its own function; help is in Chinese."""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path


def _cmd_lint(args) -> int:
    from .catalog.lint import lint
    from .deadlines import WorkCalendar

    report = lint(args.root, args.sources)
    for problem in report.problems:
        print(problem)
    _warn_calendar_horizon(WorkCalendar.statutory())
    status = "OK" if report.ok else f"{len(report.problems)} problem(s)"
    print(f"lint: {status}: {report.counts()}")
    return 0 if report.ok else 1


def _cmd_schema(args) -> int:
    from .catalog.schema import write_schemas

    for path in write_schemas(args.output):
        print(f"wrote {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m checker", description="客户投诉处理制度知识库与合规检查工具")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("lint", help="校验制度与表单目录（结构、引用、原文引文）")
    p.add_argument("--root", type=Path, default=None, help="目录根（含 procedures/ 与 forms/），默认本仓库")
    p.add_argument("--sources", type=Path, action="append", default=[],
                   help="原文目录：逐条核对 quote 是否逐字出现（可重复，如企业制度与国家法规两个目录）")
    p.set_defaults(func=_cmd_lint)

    p = sub.add_parser("new-procedure", help="从单位自己的制度原文生成制度 YAML 草稿（义务和期限逐句列出，供逐项填写）")
    p.add_argument("source", type=Path, metavar="SOURCE", help="制度原文（UTF-8 或 GBK 文本文件）")
    p.add_argument("--id", required=True, help="制度 id，也是文件名，例如 acme-complaint-handling（小写字母、数字、连字符）")
    p.add_argument("--catalog", type=Path, default=None, help="制度目录根（写入其中的 procedures/）；默认本仓库")
    p.add_argument("--inventory-id", default=None, help="原文清单编号，如 S101（默认：目录中最大的 S 编号加一）")
    p.add_argument("--sector", default="未注明", help="行业，例如 制造业")
    p.add_argument("--organisation", default=None, help="单位名称")
    p.add_argument("--title", default=None, help="制度标题（默认：原文第一行）")
    p.set_defaults(func=_cmd_new_procedure)

    p = sub.add_parser("schema", help="输出制度与表单 YAML 的 JSON Schema，供编辑器校验与补全")
    p.add_argument("--output", type=Path, default=Path("schemas"), help="输出目录（默认 schemas/）")
    p.set_defaults(func=_cmd_schema)

    p = sub.add_parser("audit", help="按制度审计投诉案件导出数据，报告缺项、分派错误、超时等问题")
    p.add_argument("exports", nargs="+", type=Path, metavar="EXPORT", help="导出文件（CSV、XLSX、JSON、XML、XES）")
    p.add_argument("--catalog", type=Path, default=None,
                   help="制度目录根（含 procedures/ 与 forms/），如单位自己的制度目录；默认本仓库")
    p.add_argument("--procedure", required=True, help="制度 id，例如 s42-telecom-user-appeals")
    p.add_argument("--mapping", type=Path, help="映射文件（YAML）：导出列名与取值如何对应制度字段")
    p.add_argument("--as-of", type=_datetime_arg, help="审计时点（默认现在），用于判断未办结案件是否已超时")
    p.add_argument("--format", choices=["text", "json", "csv", "html", "junit", "xlsx"], default="text",
                   help="报告格式（xlsx：发现、汇总、说明三张工作表，须配合 --output）")
    p.add_argument("--output", type=Path, help="报告文件（默认输出到屏幕）")
    p.add_argument("--fail-on", choices=["error", "warning", "never"], default="error",
                   help="有此级别及以上的问题时退出码为 1（默认 error）")
    p.add_argument("--max-unreadable", type=_share_arg, default=0.5, metavar="SHARE",
                   help="无法读取的行超过此比例（0–1，默认 0.5）时退出码为 3：报告已写出，但不能当作审计通过")
    p.add_argument("--site-url", default=None, help="知识库网站地址，用于问题链接（默认取 mkdocs.yml 的 site_url）")
    p.add_argument("--calendar", type=Path, help="单位自定节假日 YAML（补充法定节假日与调休）")
    p.add_argument("--show-personal-data", action="store_true", help="报告中不遮蔽姓名、地址、电话、身份证号、邮箱")
    p.set_defaults(func=_cmd_audit)

    p = sub.add_parser("rules", help="列出问题类别（及某制度的规则）")
    p.add_argument("code", nargs="?", help="问题代码或名称，例如 CK104 或 missed-deadline")
    p.add_argument("--procedure", help="同时列出该制度的全部规则")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=_cmd_rules)

    p = sub.add_parser("explain", help="显示某条规则实际执行的查询")
    p.add_argument("rule", help="规则 id")
    p.add_argument("--procedure", required=True, help="制度 id")
    p.set_defaults(func=_cmd_explain)

    p = sub.add_parser("plan", help="显示审计计划：审计将执行的全部查询（及因缺列而不执行的规则）")
    p.add_argument("export", nargs="?", type=Path, metavar="EXPORT", help="导出文件：据其表头列出哪些规则不能执行")
    p.add_argument("--procedure", required=True, help="制度 id")
    p.add_argument("--mapping", type=Path, help="映射文件（YAML），与 audit 相同")
    p.add_argument("--calendar", type=Path, help="单位自定节假日 YAML（补充法定节假日与调休）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（语句与参数），供其他环境执行")
    p.set_defaults(func=_cmd_plan)

    p = sub.add_parser(
        "mapping", help="根据导出文件的表头与取值生成映射文件草稿；加 --mapping 与 --check 核对映射文件",
        description="不加 --check：根据表头与取值（日期列、是/否列、选项取值、事件日志的活动）生成映射文件草稿，"
                    "每条猜测注明依据，依据不足的写成注释。加 --mapping 映射文件 --check：逐条列出制度的规则"
                    "是否会被检查、不检查的缺哪一列（与 plan、audit 同一审计计划）。",
        epilog="退出码：0 草稿已生成，或 --check 时每条规则都将检查；2 用法错误、无法读取的导出或映射文件有错；"
               "3 --check 时有规则因缺列不会检查。")
    p.add_argument("export", type=Path, metavar="EXPORT", help="导出文件（CSV、XLSX、JSON、XML、XES）")
    p.add_argument("--catalog", type=Path, default=None, help="制度目录根（与 audit 相同），默认本仓库")
    p.add_argument("--procedure", required=True, help="制度 id")
    p.add_argument("--sheet", help="XLSX 工作表名")
    p.add_argument("--mapping", type=Path, help="要核对的映射文件（YAML），与 --check 一起用")
    p.add_argument("--check", action="store_true",
                   help="不生成草稿，而是核对 --mapping：逐条规则说明是否会检查、为何不检查；"
                        "全部可检查时退出码 0，有规则不会检查时退出码 3")
    p.set_defaults(func=_cmd_mapping)

    p = sub.add_parser("stats", help="按月统计投诉：客户投诉案件统计表、近12个月趋势、办结率、回复率、按期率、满意度")
    p.add_argument("exports", nargs="+", type=Path, metavar="EXPORT", help="导出文件（与 audit 相同）")
    p.add_argument("--procedure", required=True, help="制度 id，例如 s42-telecom-user-appeals")
    p.add_argument("--mapping", type=Path, help="映射文件（YAML），与 audit 相同")
    p.add_argument("--period", required=True, help="统计月份，例如 2025-11")
    p.add_argument("--format", choices=["html", "xlsx", "json"], help="输出格式（默认按 --output 的扩展名，否则 json）")
    p.add_argument("--output", type=Path, help="输出文件（默认输出到屏幕）")
    p.add_argument("--closed", help="表示办结的步骤或字段 id（默认取结案时间 closed_at 列）")
    p.add_argument("--recurrence-days", type=int, default=30,
                   help="再现：同一客户同一类别在此前多少天内已有投诉（默认 30）")
    p.add_argument("--satisfaction", type=Path, help="S20 顾客满意度输入（YAML：调查得分、PPM、生产中断、交付、顾客审核）")
    p.add_argument("--calendar", type=Path, help="单位自定节假日 YAML（补充法定节假日与调休）")
    p.add_argument("--show-personal-data", action="store_true", help="不遮蔽导出中的电话、身份证号、邮箱")
    p.set_defaults(func=_cmd_stats)
    return parser


def _datetime_arg(text: str):
    from .readers.dates import parse_datetime

    value = parse_datetime(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"无法识别的日期时间：{text}")
    return value


def _catalog_and_procedure(procedure_id: str, root: Path | None = None):
    """The procedure from this repository's catalog, or from a catalog folder of one's own (`--catalog`)."""
    from .catalog import CatalogError, load_catalog
    from .catalog.loader import REPO_ROOT

    root = root or REPO_ROOT
    try:
        catalog = load_catalog(root, procedure=procedure_id)   # only what the command reads: a faster start
        procedure = catalog.procedures.get(procedure_id)
        if procedure is None:
            catalog = load_catalog(root)
    except CatalogError as err:
        raise UsageError("制度目录有错误，请先运行 python -m checker lint：\n" + str(err)) from None
    if procedure is None:
        close = difflib.get_close_matches(procedure_id, list(catalog.procedures), n=3, cutoff=0.3)
        hint = f"；是否要找：{'、'.join(close)}" if close else ""
        raise UsageError(f"没有 id 为 {procedure_id!r} 的制度{hint}")
    from .catalog.lint import lint_procedure

    problems = lint_procedure(catalog, procedure)   # before running anything: references are checked first
    if problems:
        raise UsageError("制度有错误，请先改正（python -m checker lint 列出全部）：\n" + "\n".join(map(str, problems)))
    return catalog, procedure


def _export_inputs(args, catalog, procedure, extra_columns=()):
    """The mapping profile and holiday calendar an export command needs, checked, and the exports' existence."""
    from .deadlines import CalendarError, WorkCalendar
    from .mapping import MappingError, MappingProfile, load_profile, profile_problems, unknown_targets

    try:
        profile = load_profile(args.mapping) if args.mapping else MappingProfile()
    except MappingError as err:
        raise UsageError(str(err)) from None
    if profile.procedure and profile.procedure != procedure.id:
        raise UsageError(f"{args.mapping}: 映射文件写的是制度 {profile.procedure}，而 --procedure 是 {procedure.id}")
    unknown = [t for t in unknown_targets(catalog, procedure, profile) if t not in extra_columns]
    if unknown:
        raise UsageError(f"{args.mapping}: 映射到制度中不存在的列：{'、'.join(unknown)}（可用列见 python -m checker mapping）")
    problems = profile_problems(procedure, profile)
    if problems:
        raise UsageError(f"{args.mapping}: " + "；".join(problems))
    try:
        calendar = WorkCalendar.from_yaml(args.calendar) if args.calendar else WorkCalendar.statutory()
    except (CalendarError, OSError, ValueError) as err:
        raise UsageError(f"{args.calendar}: {err}") from None
    _warn_calendar_horizon(calendar)
    for path in args.exports:
        if not path.is_file():
            raise UsageError(f"{path}: 文件不存在")
    output = getattr(args, "output", None)
    inputs = [*args.exports, *(p for p in (args.mapping, args.calendar) if p is not None)]
    if output is not None:
        if any(output.resolve() == path.resolve() for path in inputs):
            raise UsageError(f"{output}: 报告不能写到输入文件本身，请另选 --output")
        if output.is_dir():
            raise UsageError(f"{output}: 是一个文件夹；--output 请写文件名，例如 {output / 'report'}")
        blocking = next((p for p in output.parents if p.exists() and not p.is_dir()), None)
        if blocking is not None:
            raise UsageError(f"{output}: 无法写入，因为 {blocking} 是文件而不是文件夹")
    return profile, calendar


def _share_arg(text: str) -> float:
    try:
        share = float(text)
    except ValueError:
        share = -1.0
    if not 0 <= share <= 1:
        raise argparse.ArgumentTypeError(f"{text!r} 不是 0 到 1 之间的比例，例如 0.1")
    return share


def _today():
    from datetime import date

    return date.today()


def _warn_calendar_horizon(calendar) -> None:
    from .deadlines import horizon_warning

    warning = horizon_warning(calendar, _today())
    if warning:
        print(warning, file=sys.stderr)


def _site_url(explicit: str | None) -> str:
    if explicit:
        return explicit
    from .audit import DEFAULT_SITE_URL
    from .catalog.loader import REPO_ROOT

    config = REPO_ROOT / "mkdocs.yml"
    if config.is_file():
        for line in config.read_text(encoding="utf-8").splitlines():
            if line.startswith("site_url:"):
                return line.split(":", 1)[1].strip().strip("'\"")
    return DEFAULT_SITE_URL


def _cmd_audit(args) -> int:
    from .audit import run_audit
    from .cases import AuditInputError
    from .reports import write_report

    catalog, procedure = _catalog_and_procedure(args.procedure, args.catalog)
    profile, calendar = _export_inputs(args, catalog, procedure)
    if args.format == "xlsx" and args.output is None and sys.stdout.isatty():
        raise UsageError("XLSX 报告是二进制文件，请用 --output 指定文件名，例如 --output findings.xlsx")
    try:
        result = run_audit(catalog, procedure, args.exports, profile, args.as_of, _site_url(args.site_url), calendar)
    except AuditInputError as err:
        raise UsageError(str(err)) from None
    write_report(args.format, result.summary(), result.findings, result.unreadable, args.output,
                 show_personal_data=args.show_personal_data)
    if args.output:
        s = result.summary()
        print(f"读取 {s['rows_read']} 行，审计 {s['rows_audited']} 行，无法读取 {s['rows_unreadable']} 行；"
              f"发现 {s['findings']} 个问题；报告已写入 {args.output}", file=sys.stderr)
    nothing = _checked_nothing(result.summary(), args.max_unreadable)
    if nothing:   # a report that finds nothing because nothing was checked must not pass
        print(f"未审计：{'、'.join(map(str, args.exports))}：{nothing}；报告已写出，但不能当作审计通过", file=sys.stderr)
        return NOTHING_CHECKED
    levels = {"error": {"error"}, "warning": {"error", "warning"}, "never": set()}[args.fail_on]
    return 1 if any(f["severity"] in levels for f in result.findings) else 0


NOTHING_CHECKED = 3   # exit code: the report was written, but no row was audited or no rule of the procedure ran


def _checked_nothing(summary: dict, max_unreadable: float = 1.0) -> str | None:
    if summary["rows_audited"] == 0:
        return f"没有一行可以审计（读取 {summary['rows_read']} 行，无法读取 {summary['rows_unreadable']} 行）"
    if summary["rows_unreadable"] > max_unreadable * summary["rows_read"]:
        return (f"无法读取的行 {summary['rows_unreadable']} / {summary['rows_read']}，超过 --max-unreadable "
                f"{max_unreadable:g}（见报告“无法读取的行”）")
    essential = [s for s in summary.get("skipped_rules") or [] if s.get("essential")]
    if essential:
        return "必查规则未检查：" + "；".join(f"{s['title']}（{s['reason'].removeprefix('【必查】')}）" for s in essential)
    if summary.get("absent_headers"):
        from .reports.common import absent_headers_line
        return absent_headers_line(summary["absent_headers"]) + "（请按导出的实际表头修改映射文件）"
    if summary["procedure_rules"] and not summary["procedure_rules_checked"]:
        reasons = [s["reason"].removeprefix("【必查】") for s in summary.get("skipped_rules") or [] if s.get("section")]
        missing = sum(r.startswith("导出中没有列") for r in reasons)
        unjudged = sum("没有一行能判断" in r for r in reasons)
        kinds = [why for why, n in (("因导出缺列而跳过", missing), ("因办理人不对应制度的角色而没有一行能判断", unjudged),
                                    ("无法从任何导出检查", len(reasons) - missing - unjudged)) if n]
        why = ("均" + kinds[0]) if len(kinds) == 1 else "有的" + "，有的".join(kinds)
        return (f"制度的 {summary['procedure_rules']} 条规则一条也没有检查（{why}，见报告“未检查的规则”"
                + ("；可先运行 python -m checker mapping --check 核对映射）" if missing else "）"))
    return None


def _cmd_new_procedure(args) -> int:
    import re

    from .catalog.lint import lint
    from .catalog.loader import REPO_ROOT
    from .catalog.starter import starter_procedure

    root = args.catalog or REPO_ROOT
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", args.id):
        raise UsageError(f"--id {args.id!r}：只能用小写字母、数字和连字符，例如 acme-complaint-handling")
    if not args.source.is_file():
        raise UsageError(f"{args.source}: 文件不存在")
    target = root / "procedures" / f"{args.id}.yaml"
    if target.exists():
        raise UsageError(f"{target}: 已存在，不会覆盖；请换一个 --id 或先移走原文件")
    inventory_id = args.inventory_id or _next_inventory_id(root)
    if not re.fullmatch(r"[SL]\d+", inventory_id):
        raise UsageError(f"--inventory-id {inventory_id!r}：写成 S 加数字，例如 S101")
    try:
        text = starter_procedure(args.source, args.id, inventory_id, args.sector, args.organisation, args.title)
    except ValueError as err:
        raise UsageError(str(err)) from None
    target.parent.mkdir(parents=True, exist_ok=True)
    (root / "forms").mkdir(exist_ok=True)
    target.write_text(text, encoding="utf-8")
    report = lint(root, [args.source.parent])
    own = [p for p in report.problems if Path(p.path).resolve() == target.resolve()]
    print(f"已写入 {target}（{text.count('#   - id: obligation_')} 句义务和期限待逐项填写）")
    print(f"校验：python -m checker lint --root {root} --sources {args.source.parent}" +
          ("" if not own else "：\n" + "\n".join(map(str, own))))
    return 0 if not own else 1


def _next_inventory_id(root: Path) -> str:
    import re

    numbers = [int(m[1]) for path in (root / "procedures").glob("*.yaml")
               for m in [re.search(r"^  inventory_id: S(\d+)", path.read_text(encoding="utf-8"), re.M)] if m]
    return f"S{max(numbers, default=0) + 1}"


def _cmd_rules(args) -> int:
    import json

    from .checks import KINDS, kind_by_code_or_slug

    kinds = list(KINDS.values())
    if args.code:
        kind = kind_by_code_or_slug(args.code)
        if kind is None:
            raise UsageError(f"没有问题类别 {args.code!r}；可用：{'、'.join(k.code for k in kinds)}")
        kinds = [kind]
    rules = []
    if args.procedure:
        from .checks import compile_rules

        catalog, procedure = _catalog_and_procedure(args.procedure)
        rules = [{"code": KINDS[r.kind].code, "kind": r.kind, "rule": r.rule_id, "title": r.title,
                  "clause": r.source.clause if r.source else None}
                 for r in compile_rules(catalog, procedure) if r.kind in {k.slug for k in kinds}]
    if args.json:
        data = {"kinds": [vars(k) for k in kinds]}
        if args.procedure:
            data["rules"] = rules
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for k in kinds:
        print(f"{k.code}  {k.slug:16} {k.title}（{'错误' if k.severity == 'error' else '警告'}）")
        if args.code:
            print(f"    {k.explanation}")
    for r in rules:
        clause = f" [{r['clause']}]" if r["clause"] else ""
        print(f"  {r['code']} {r['rule']}: {r['title']}{clause}")
    return 0


def _cmd_explain(args) -> int:
    from .checks import CHECKS, compile_rules

    catalog, procedure = _catalog_and_procedure(args.procedure)
    matches = [r for r in compile_rules(catalog, procedure) if r.rule_id == args.rule]
    if not matches:
        known = sorted({r.rule_id for r in compile_rules(catalog, procedure)})
        raise UsageError(f"制度 {procedure.id} 没有规则 {args.rule!r}；可用：{'、'.join(known)}")
    for rule in matches:
        print(f"-- {rule.kind}: {rule.title}")
        if rule.source:
            print(f"-- 依据 {rule.source.clause or ''} “{rule.source.quote}”")
        if rule.deadline is not None:
            from .deadlines import describe_counting

            d = rule.deadline
            if d.period is not None:
                print("-- 计算方法：" + describe_counting(d.period, procedure.document.authority,
                                                          d.includes_non_working_days, rule.start_label))
            for x in d.extensions + d.not_counted + d.restarts:
                print(f"-- {_adjustment_words(x)}：{x.source.clause or ''} “{x.source.quote}”")
            if rule.uncovered is not None:
                print("-- 每个起算日期的截止时刻按日历表 ck_calendar（每日是否工作日、工作日序号）计算，"
                      "与发现中的计算过程同一规则（checker.deadlines_sql）")
        if rule.unchecked:      # printed for reading; the audit lists the rule as not checked instead
            print(f"-- 审计不执行这条规则：{rule.unchecked}")
        print(f"-- 读取列：{', '.join(rule.needs)}")
        print(rule.query.text.strip() + ";")
        print(f"-- 参数：{rule.query.params!r}" + ("（另加 --as-of 时点）" if CHECKS[rule.kind].takes_as_of else ""))
    return 0


def _adjustment_words(item) -> str:
    from .catalog.model import Extension, NotCounted
    from .deadlines import period_words

    if isinstance(item, Extension):
        return f"延长至{period_words(item.to)}" if item.to else f"延长{period_words(item.by)}"
    if isinstance(item, NotCounted):
        return f"{item.what}（{item.from_} 至 {item.to}）不计入"
    return f"自 {item.at} 起重新计算" + ("（仅当该记录早于原期限届满）" if item.within_period else "")


def _cmd_plan(args) -> int:
    import json

    from .plan import audit_plan

    catalog, procedure = _catalog_and_procedure(args.procedure)
    args.exports = [args.export] if args.export else []
    profile, calendar = _export_inputs(args, catalog, procedure)
    present = None
    if args.export:
        import duckdb

        from .catalog.columns import ProcedureColumns
        from .mapping import audited_headers, plan_columns, step_repeats
        from .readers import ExportError, read_export

        try:
            headers = list(read_export(args.export, duckdb.connect(), table="raw", sheet=profile.sheet,
                                       encoding=profile.encoding).columns)
        except ExportError as err:
            raise UsageError(str(err)) from None
        # an event log's columns are the pivot's, as the audit sees them
        present = {p.column for p in plan_columns(catalog, procedure, audited_headers(profile, headers, step_repeats(procedure)), profile)
                   if p.header is not None}
        present |= ProcedureColumns(catalog, procedure).derived_columns(present)
    plan = audit_plan(catalog, procedure, present, calendar)
    print(json.dumps(plan.as_dict(), ensure_ascii=False, indent=2) if args.json else plan.text(), end="\n" if args.json else "")
    return 0


def _cmd_mapping(args) -> int:
    import duckdb

    from .mapping_guess import guess
    from .mapping_guess.check import check_profile, check_text
    from .readers import ExportError, read_export

    if args.check != (args.mapping is not None):
        raise UsageError("--check 与 --mapping 要一起用：python -m checker mapping 导出文件 --procedure 制度id "
                         "--mapping 映射文件 --check（不加这两项则生成映射文件草稿）")
    catalog, procedure = _catalog_and_procedure(args.procedure, args.catalog)
    profile = None
    if args.check:
        args.exports, args.calendar = [args.export], None
        profile, _ = _export_inputs(args, catalog, procedure)   # the audit's own checks of the profile
    elif not args.export.is_file():
        raise UsageError(f"{args.export}: 文件不存在")
    sheet = args.sheet or (profile.sheet if profile else None)
    con = duckdb.connect()
    try:
        result = read_export(args.export, con, table="raw", sheet=sheet, encoding=profile.encoding if profile else None)
    except ExportError as err:
        raise UsageError(str(err)) from None
    if not args.check:
        print(guess(catalog, procedure, con, "raw", list(result.columns), str(args.export), sheet).text(), end="")
        return 0
    report = check_profile(catalog, procedure, con, "raw", list(result.columns), profile)
    print(check_text(report, str(args.export), procedure, str(args.mapping)), end="")
    if report.problems:
        return 2
    return 0 if report.complete else 3   # as audit's exit 3: some rules would not be checked


def _cmd_stats(args) -> int:
    from .cases import AuditInputError
    from .stats import (STATS_EXTRA, Month, StatsInputError, StatsOptions, format_for, load_satisfaction,
                        run_stats, write_stats)

    catalog, procedure = _catalog_and_procedure(args.procedure)
    # Statistics may also map shared vocabulary columns (channel, customer…) the procedure does not define.
    profile, calendar = _export_inputs(args, catalog, procedure, extra_columns=STATS_EXTRA)
    try:
        period = Month.parse(args.period)
        satisfaction = load_satisfaction(args.satisfaction) if args.satisfaction else None
    except (ValueError, StatsInputError) as err:
        raise UsageError(str(err)) from None
    if args.recurrence_days < 0:
        raise UsageError("--recurrence-days 不能为负数")
    options = StatsOptions(period, calendar, args.closed, args.recurrence_days, satisfaction, args.show_personal_data)
    try:
        stats = run_stats(catalog, procedure, args.exports, profile, options)
    except (AuditInputError, StatsInputError) as err:
        raise UsageError(str(err)) from None
    fmt = format_for(args.output, args.format)
    write_stats(fmt, stats, args.output)
    if args.output:
        m = stats["month"]
        print(f"{period.label}：投诉 {m['received']} 件，本年累计 {stats['year']['received']} 件；"
              f"{fmt.upper()} 已写入 {args.output}", file=sys.stderr)
    return 0


class UsageError(Exception):
    """A usage or input error: printed as one clear message, exit code 2."""


def _stop_on_signal(signum, frame):
    # SIGTERM and SIGHUP end the run the way Ctrl-C does: through every `finally`, so a half-written report's
    # temporary file and the readers' work folders are removed
    raise SystemExit(128 + signum)


def _input_files(args) -> str:
    files = [*(getattr(args, "exports", None) or []), getattr(args, "export", None), getattr(args, "mapping", None)]
    return "、".join(str(f) for f in files if f is not None) or "目录"


def main(argv: list[str] | None = None) -> int:
    import os
    import signal

    parser = build_parser()
    args = parser.parse_args(argv)
    previous = {signum: signal.signal(signum, _stop_on_signal) for signum in (signal.SIGTERM, signal.SIGHUP)}
    try:
        return args.func(args)
    except UsageError as err:
        print(f"错误：{err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("已中断", file=sys.stderr)
        return 130
    except Exception as err:  # a defect or an input nobody foresaw: one clear line, not a traceback
        if os.environ.get("CHECKER_DEBUG"):
            raise
        where = f"{err.filename}: " if isinstance(err, OSError) and err.filename else ""
        print(f"错误：处理 {_input_files(args)} 时出现意外错误：{where}{type(err).__name__}: {err}"
              "（设置环境变量 CHECKER_DEBUG=1 可看到详细信息；请将此信息报告给维护者）", file=sys.stderr)
        return 2
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
