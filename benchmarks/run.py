"""Benchmarks: audit throughput and memory from 100k to 5M cases against the bare scan and a peer; site build time.

    python benchmarks/run.py            # 100k, 1M, 5M CSV; 1M XLSX (inline and shared strings); frictionless
                                        # at 100k; both site builds
    python benchmarks/run.py --quick    # 100k CSV only, no site builds (CI); exits 1 if the findings are wrong

Synthetic exports for S42 电信用户申诉处理暂行办法 (15 working days receive -> reply, routing of appeals by
province, eligibility by elapsed months, categories) are written in the canonical case format to
benchmarks/data/ (git-ignored) and reused while their generator version matches. Every measured run is its
own subprocess, so the peak RSS reported is that run's alone (os.wait4), and times are taken inside the
child around the work itself (interpreter start-up excluded for every contender alike).

About 5 % of the cases break exactly one rule each, injected so that each gives exactly one finding; the
audit's findings per kind are compared with what was injected, so a fast but wrong audit does not pass.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = HERE / "data"
PROCEDURE = "s42-telecom-user-appeals"
AS_OF = datetime(2026, 6, 30)
SEED = 20260630
GENERATOR_VERSION = 2          # bump when the generated data changes, so cached files are rebuilt
VIOLATION_RATE = 0.05

# --- synthetic S42 exports ------------------------------------------------------------------------------------

BASE = date(2024, 1, 1)                       # minute 0 of the time axis
RECEIVE_DAYS = ((date(2024, 8, 1) - BASE).days, (date(2026, 4, 30) - BASE).days + 1)
DAY = [(BASE + timedelta(days=d)).isoformat() for d in range((date(2027, 1, 1) - BASE).days)]
HOUR, DAY_MIN = 60, 1440

# Injected violation -> the finding kind it must produce (None: the row is unreadable, no finding).
VIOLATIONS = {
    "late_reply": "missed-deadline",          # replied 40-60 calendar days later: always past 15 working days
    "no_reply": "missed-deadline",            # never replied; overdue at AS_OF
    "reply_before_receive": "out-of-order",
    "bad_category": "invalid-value",
    "bad_satisfaction": "invalid-value",
    "wrong_body": "wrong-routing",            # appeal accepted by the body the province rule does not name
    "stale_fee_dispute": "ineligible",        # fee dispute appealed 160-200 days after the matter (> 5 months)
    "settled": "ineligible",                  # appeal accepted although settled and executed (第十条（二）)
    "duplicate": "duplicate-case",            # the case number of the previous readable row
    "bad_date": None,                         # 2025-02-30: the row cannot be audited and is reported unreadable
}
COLUMNS_FILLED = {
    "case_number", "incident_at", "satisfaction", "respondent_province_has_body", "settlement_executed",
    "mediation_opinion_issued", "category", "receive_at", "receive_by", "reply_at", "reply_by", "appeal_at",
    "appeal_by", "accept_appeal_at", "accept_appeal_by", "mediate_at", "mediate_by",
}


def canonical_columns() -> list[str]:
    """S42's canonical columns, from the catalog; fails loudly if the catalog no longer matches the generator."""
    from checker.catalog import load_catalog

    catalog = load_catalog()
    columns = [c.id for c in catalog.case_columns(catalog.procedures[PROCEDURE])]
    if set(columns) != COLUMNS_FILLED:
        sys.exit(f"{PROCEDURE} columns changed: {sorted(set(columns) ^ COLUMNS_FILLED)}; update the generator")
    return columns


def _stamp(minutes: int) -> str:
    day, minute = divmod(minutes, DAY_MIN)
    return f"{DAY[day]} {minute // 60:02d}:{minute % 60:02d}"


def synthetic_cases(count: int, seed: int = SEED):
    """Yield (row dict, injected violation or None) for `count` S42 cases, deterministically.

    Every row draws the same random numbers whatever it becomes, so a change to one violation does not
    reshuffle the rows after it.
    """
    rng = random.Random(seed)
    last_readable_number = None
    for i in range(count):
        violation = rng.choice(list(VIOLATIONS)) if rng.random() < VIOLATION_RATE else None
        if violation == "duplicate" and last_readable_number is None:
            violation = None
        receive = rng.randrange(*RECEIVE_DAYS) * DAY_MIN + rng.randrange(8 * HOUR, 20 * HOUR)
        reply = receive + rng.randrange(HOUR, 14 * DAY_MIN)       # well inside 15 working days
        late_reply = receive + rng.randrange(40, 61) * DAY_MIN    # always past 15 working days
        early_reply = receive - rng.randrange(HOUR, 2 * DAY_MIN)
        appeal = reply + rng.randrange(DAY_MIN, 20 * DAY_MIN)
        accept = appeal + rng.randrange(HOUR, 5 * DAY_MIN)
        mediate = accept + rng.randrange(DAY_MIN, 10 * DAY_MIN)
        category = "fee_dispute" if rng.random() < 0.5 else "other"
        incident_day = receive // DAY_MIN - rng.randrange(1, 61)  # at most ~94 days before the appeal
        stale_incident_day = appeal // DAY_MIN - rng.randrange(160, 201)   # more than five months before
        has_body = rng.random() < 0.9
        unsatisfied = rng.random() < 0.2
        if violation is not None:   # the violation must be the case's only problem
            # eligibility and routing apply to appeals that were accepted
            unsatisfied = violation in ("wrong_body", "stale_fee_dispute", "settled")
        body = "provincial_appeal_body" if has_body else "national_appeal_center"
        row = {
            "case_number": f"DX{i + 1:09d}", "incident_at": DAY[incident_day],
            "satisfaction": "unsatisfied" if unsatisfied else "satisfied",
            "respondent_province_has_body": "true" if has_body else "false",
            "settlement_executed": "false", "mediation_opinion_issued": "false", "category": category,
            "receive_at": _stamp(receive), "receive_by": "operator", "reply_at": _stamp(reply), "reply_by": "operator",
            "appeal_at": "", "appeal_by": "", "accept_appeal_at": "", "accept_appeal_by": "",
            "mediate_at": "", "mediate_by": "",
        }
        if unsatisfied:
            if violation == "wrong_body":
                body = "national_appeal_center" if has_body else "provincial_appeal_body"
            row.update({"appeal_at": _stamp(appeal), "appeal_by": "user", "accept_appeal_at": _stamp(accept),
                        "accept_appeal_by": body, "mediate_at": _stamp(mediate), "mediate_by": body})
        if violation == "late_reply":
            row["reply_at"] = _stamp(late_reply)
        elif violation == "no_reply":
            row["reply_at"] = row["reply_by"] = ""
        elif violation == "reply_before_receive":
            row["reply_at"] = _stamp(early_reply)
        elif violation == "bad_category":
            row["category"] = "资费"
        elif violation == "bad_satisfaction":
            row["satisfaction"] = "一般"
        elif violation == "stale_fee_dispute":
            row["category"], row["incident_at"] = "fee_dispute", DAY[stale_incident_day]
        elif violation == "settled":
            row["settlement_executed"] = "true"
        elif violation == "duplicate":
            row["case_number"] = last_readable_number
        elif violation == "bad_date":
            row["reply_at"] = f"{DAY[reply // DAY_MIN][:4]}-02-30 10:00"
        if violation != "bad_date":
            last_readable_number = row["case_number"]
        yield row, violation


def expected_outcome(violations: dict[str, int], rows: int) -> dict:
    by_kind: dict[str, int] = {}
    for violation, n in violations.items():
        kind = VIOLATIONS[violation]
        if kind is not None:
            by_kind[kind] = by_kind.get(kind, 0) + n
    return {"rows": rows, "rows_unreadable": violations.get("bad_date", 0), "by_kind": dict(sorted(by_kind.items()))}


def _meta_path(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _cached(path: Path, rows: int) -> dict | None:
    meta = _meta_path(path)
    if path.is_file() and meta.is_file():
        data = json.loads(meta.read_text())
        if data.get("generator") == GENERATOR_VERSION and data.get("seed") == SEED and data.get("rows") == rows:
            return data["expected"]
    return None


def make_csv(rows: int) -> tuple[Path, dict]:
    """The CSV export of `rows` cases (generated once, then reused) and the audit outcome it must give."""
    path = DATA / f"s42-{_size(rows)}.csv"
    expected = _cached(path, rows)
    if expected is not None:
        return path, expected
    columns = canonical_columns()
    DATA.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    counts: dict[str, int] = {}
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for row, violation in synthetic_cases(rows):
            writer.writerow([row[c] for c in columns])
            if violation:
                counts[violation] = counts.get(violation, 0) + 1
    tmp.replace(path)
    expected = expected_outcome(counts, rows)
    _meta_path(path).write_text(json.dumps({"generator": GENERATOR_VERSION, "seed": SEED, "rows": rows,
                                            "injected": counts, "expected": expected}, indent=1))
    print(f"  generated {path.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path, expected


def _size(rows: int) -> str:
    return f"{rows // 1_000_000}M" if rows % 1_000_000 == 0 else f"{rows // 1000}k"


def make_xlsx(rows: int) -> tuple[Path, dict]:
    """The same cases as the CSV of that size: times and dates as date cells, the rest text.

    openpyxl's write-only mode stores each text cell inline (`t="inlineStr"`), as streaming writers do (Apache
    POI's SXSSF by default); Excel itself saves text in a shared-string table, see `make_xlsx_shared`.
    """
    source, expected = make_csv(rows)
    path = DATA / f"s42-{_size(rows)}.xlsx"
    if _cached(path, rows) is not None:
        return path, expected
    from openpyxl import Workbook

    started = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("投诉台账")
    with open(source, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        sheet.append(header)
        times = [i for i, c in enumerate(header) if c.endswith("_at")]
        for row in reader:
            for i in times:
                row[i] = _cell_time(row[i])
            sheet.append(row)
    tmp = path.with_name(path.name + ".tmp")
    book.save(tmp)
    tmp.replace(path)
    meta = json.loads(_meta_path(source).read_text())
    _meta_path(path).write_text(json.dumps(meta, indent=1))
    print(f"  generated {path.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path, expected


_INLINE = re.compile(rb't="inlineStr"><is>(<t(?: xml:space="preserve")?>.*?</t>)</is>')


def make_xlsx_shared(rows: int) -> tuple[Path, dict]:
    """The workbook of `make_xlsx` with its text moved to a shared-string table, as Excel saves a workbook.

    Same cells, styles and order; only where the strings are kept differs. The sheet is rewritten in chunks
    of whole rows, so only the table of distinct strings is held.
    """
    import zipfile

    source, expected = make_xlsx(rows)
    path = DATA / f"s42-{_size(rows)}-shared-strings.xlsx"
    if _cached(path, rows) is not None:
        return path, expected
    started = time.perf_counter()
    index: dict[bytes, int] = {}

    def shared(match) -> bytes:
        return b't="s"><v>%d</v>' % index.setdefault(match[1], len(index))

    tmp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(source) as book, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        for info in book.infolist():
            if info.filename.startswith("xl/worksheets/"):
                with book.open(info) as sheet, out.open(info.filename, "w", force_zip64=True) as rewritten:
                    rest = b""
                    while chunk := sheet.read(16 << 20):
                        rows_done, row_end, rest = (rest + chunk).rpartition(b"</row>")
                        rewritten.write(_INLINE.sub(shared, rows_done + row_end))
                    rewritten.write(_INLINE.sub(shared, rest))
                continue
            data = book.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdStrings" Type="http://schemas.openxml'
                                    b'formats.org/officeDocument/2006/relationships/sharedStrings" '
                                    b'Target="sharedStrings.xml"/></Relationships>')
            out.writestr(info.filename, data)
        out.writestr("xl/sharedStrings.xml", b"".join([
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main" uniqueCount="%d">' % len(index),
            *(b"<si>%s</si>" % text for text in index), b"</sst>"]))
    tmp.replace(path)
    _meta_path(path).write_text(_meta_path(source).read_text())
    print(f"  generated {path.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path, expected


def _cell_time(text: str):
    """A date or datetime cell for a valid time; an impossible one (the injected 02-30) stays text, as typed."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text) if " " in text else date.fromisoformat(text)
    except ValueError:
        return text


# --- contenders, each run in a child process -------------------------------------------------------------------

def child_audit(export: str, report: str) -> dict:
    from checker.audit import run_audit
    from checker.catalog import load_catalog
    from checker.mapping import MappingProfile
    from checker.reports import write_report
    import checker.readers.csvfile, checker.readers.xlsx, checker.reports.jsonout  # noqa: F401,E401 (imports lazily made inside)

    started = time.perf_counter()
    catalog = load_catalog(procedure=PROCEDURE)   # as the audit command does
    result = run_audit(catalog, catalog.procedures[PROCEDURE], [Path(export)], MappingProfile(), as_of=AS_OF)
    write_report("json", result.summary(), result.findings, result.unreadable, Path(report))
    seconds = time.perf_counter() - started
    summary = result.summary()
    return {"seconds": seconds, "rows": summary["rows_read"], "rows_unreadable": summary["rows_unreadable"],
            "by_kind": dict(sorted(summary["by_kind"].items())), "skipped": summary["skipped_rules"]}


def child_floor_csv(export: str, materialize: str = "") -> dict:
    """The bare scan: DuckDB counting the rows of read_csv with the options and connection the reader uses.

    With `materialize`, the rows are also loaded into a table (every value held once as a string), the least
    any audit that reads every column must do.
    """
    from checker.cases import _connect   # the audit's own connection settings (memory limit, threads)
    from checker.readers.csvfile import MAX_LINE_BYTES

    with open(export, encoding="utf-8", newline="") as fh:
        columns = next(csv.reader(fh))
    con = _connect()
    scan = ("read_csv(?, auto_detect=false, columns=?, header=true, skip=0, delim=',', quote='\"', escape='\"', "
            "strict_mode=true, store_rejects=true, rejects_table='rej', rejects_scan='scan', max_line_size=?)")
    params = [export, {c: "VARCHAR" for c in columns}, MAX_LINE_BYTES]
    started = time.perf_counter()
    if materialize:
        con.execute(f"CREATE TABLE raw AS SELECT * FROM {scan}", params)
        rows = con.execute("SELECT count(*) FROM raw").fetchone()[0]
    else:
        rows = con.execute(f"SELECT count(*) FROM {scan}", params).fetchone()[0]
    return {"seconds": time.perf_counter() - started, "rows": rows}


def child_floor_xlsx(export: str) -> dict:
    """The bare scan of a workbook: fastexcel parsing the sheet into Arrow strings, as the XLSX reader calls it."""
    import fastexcel

    started = time.perf_counter()
    sheet = fastexcel.read_excel(export).load_sheet(0, header_row=None, dtypes="string", eager=True)
    return {"seconds": time.perf_counter() - started, "rows": sheet.num_rows - 1}


def frictionless_schema() -> dict:
    """The peer's equivalent of what it can check: required fields, unique case number, enums, date(time) types."""
    from checker.catalog import load_catalog
    from checker.mapping import as_text

    catalog = load_catalog()
    procedure = catalog.procedures[PROCEDURE]
    options = {f.id: [as_text(o.id) for o in f.options] for f in catalog.case_fields(procedure).values() if f.options}
    fields = []
    for column in catalog.case_columns(procedure):
        field: dict = {"name": column.id, "type": "string"}
        if column.type == "datetime":
            field.update(type="datetime", format="%Y-%m-%d %H:%M")
        elif column.type == "date":
            field.update(type="date", format="%Y-%m-%d")
        constraints = {}
        if column.id in options:
            constraints["enum"] = options[column.id]
        if column.id in ("case_number", "receive_at"):
            constraints["required"] = True
        if column.id == "case_number":
            constraints["unique"] = True
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    return {"fields": fields}


def child_frictionless(export: str) -> dict:
    from frictionless import Resource, Schema

    schema = Schema.from_descriptor(frictionless_schema())
    started = time.perf_counter()
    resource = Resource(path=Path(export).name, basepath=str(Path(export).parent), schema=schema)
    report = resource.validate(limit_errors=10 ** 9)
    seconds = time.perf_counter() - started
    if "rows" not in report.tasks[0].stats:   # it did not read the file at all
        sys.exit(f"frictionless: {[error.note for error in report.tasks[0].errors]}")
    by_type: dict[str, int] = {}
    for task in report.tasks:
        for error in task.errors:
            by_type[error.type] = by_type.get(error.type, 0) + 1
    return {"seconds": seconds, "rows": report.tasks[0].stats["rows"], "errors": dict(sorted(by_type.items()))}


CHILDREN = {"audit": child_audit, "floor-csv": child_floor_csv, "floor-xlsx": child_floor_xlsx,
            "frictionless": child_frictionless}


def measure(what: str, *args: str) -> dict:
    """Run one contender in a fresh interpreter; its own timing plus its peak RSS from os.wait4."""
    command = [sys.executable, str(Path(__file__).resolve()), "_child", what, *args]
    load = os.getloadavg()[0]
    proc = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{what} {' '.join(args)} failed with exit code {proc.returncode}")
    result = json.loads(out.strip().splitlines()[-1])
    result.update(rss=usage.ru_maxrss * 1024, cpu=usage.ru_utime + usage.ru_stime, load=load)
    return result


def measure_command(command: list[str], cwd: Path, env: dict) -> dict:
    """Wall time and peak RSS of an external command (the site build), start-up included."""
    load = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{err[-3000:]}")
    warnings = sum(1 for line in err.splitlines() if line.startswith("WARNING"))
    return {"seconds": seconds, "rss": usage.ru_maxrss * 1024, "cpu": usage.ru_utime + usage.ru_stime,
            "load": load, "check": f"{warnings} build warnings"}


# --- the site ------------------------------------------------------------------------------------------------

def site_builds(workdir: Path) -> list[dict]:
    """`mkdocs build` of the real catalog, and of a catalog ten times larger (every procedure and form ten times).

    The site's hook reads the catalog from `extra.catalog_root`, which mkdocs.yml takes from CHECKER_SITE_CATALOG.
    """
    config = REPO / "mkdocs.yml"
    if not config.is_file():
        print("  no mkdocs.yml: site builds skipped", file=sys.stderr)
        return []
    build = [str(Path(sys.executable).with_name("mkdocs")), "build", "--clean", "-f", str(config), "-d"]
    big = tenfold_catalog(workdir / "catalog-10x")
    results = []
    for label, root in (("real catalog", REPO), ("10× catalog", big)):
        env = {**os.environ, "CHECKER_SITE_CATALOG": str(root)}
        built = measure_command(build + [str(workdir / f"site-{root.name}")], REPO, env)
        results.append({"label": f"mkdocs build, {label}", "rows": _catalog_size(root), **built})
    return results


def _catalog_size(root: Path) -> str:
    procedures, forms = (len(list((root / folder).glob("*.yaml"))) for folder in ("procedures", "forms"))
    return f"{procedures} procedures, {forms} forms"


def tenfold_catalog(root: Path) -> Path:
    """A copy of the catalog plus nine renamed copies of every procedure and form (copy k uses form copies k)."""
    shutil.rmtree(root, ignore_errors=True)
    form_ids = sorted(p.stem for p in (REPO / "forms").glob("*.yaml"))
    form_ref = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, form_ids)) + r")(?![\w-])")
    for folder in ("procedures", "forms"):
        (root / folder).mkdir(parents=True)
        for path in sorted((REPO / folder).glob("*.yaml")):
            text = path.read_text(encoding="utf-8")
            shutil.copy(path, root / folder / path.name)
            for k in range(2, 11):
                new_id = f"{path.stem}-x{k}"
                copy = text.replace(f"id: {path.stem}\n", f"id: {new_id}\n", 1)
                if folder == "procedures":
                    copy = form_ref.sub(lambda m: f"{m[1]}-x{k}", copy)
                (root / folder / f"{new_id}.yaml").write_text(copy, encoding="utf-8")
    return root


# --- the run -------------------------------------------------------------------------------------------------

GENERATORS = {"csv": make_csv, "xlsx": make_xlsx, "xlsx-shared": make_xlsx_shared}


def generated(kind: str, rows: int) -> tuple[Path, dict]:
    """A generator run in its own process, so that this one stays small: on Linux a child's peak RSS starts at
    its parent's (the high-water mark survives fork and exec), and every contender is a child of this process."""
    command = [sys.executable, str(Path(__file__).resolve()), "_generate", kind, str(rows)]
    out = subprocess.run(command, cwd=REPO, stdout=subprocess.PIPE, text=True, check=True).stdout
    made = json.loads(out.strip().splitlines()[-1])
    return Path(made["path"]), made["expected"]


def best(what: str, *args: str, repeat: int) -> dict:
    runs = [measure(what, *args) for _ in range(repeat)]
    return min(runs, key=lambda r: r["seconds"])


def peer_installed(args) -> bool:
    if args.no_peer:
        return False
    import importlib.util

    if importlib.util.find_spec("frictionless") is None:
        print("  frictionless is not installed (pip install frictionless): peer skipped", file=sys.stderr)
        return False
    return True


def check(audit: dict, expected: dict) -> str:
    got = {"rows": audit["rows"], "rows_unreadable": audit["rows_unreadable"], "by_kind": audit["by_kind"]}
    if got == expected:
        return "as injected"
    return f"MISMATCH: expected {expected}, got {got}"


def run(args) -> list[dict]:
    sizes = [100_000] if args.quick else [100_000, 1_000_000, 5_000_000]
    results = []
    with tempfile.TemporaryDirectory(prefix="checker-bench-") as tmp:
        report = str(Path(tmp) / "report.json")
        csv_audit = {}
        for rows in sizes:
            path, expected = generated("csv", rows)
            floor = best("floor-csv", str(path), repeat=args.repeat)
            load = best("floor-csv", str(path), "materialize", repeat=args.repeat)
            audit = best("audit", str(path), report, repeat=args.repeat)
            csv_audit[rows] = audit
            audit.update(label=f"audit CSV {_size(rows)}", floor=floor["seconds"], load_floor=load["seconds"],
                         check=check(audit, expected))
            results += [dict(floor, label=f"floor CSV {_size(rows)} (DuckDB count of read_csv)"),
                        dict(load, label=f"load CSV {_size(rows)} (read_csv into a table)"), audit]
            if rows == 100_000 and peer_installed(args):
                peer = best("frictionless", str(path), repeat=args.repeat)
                peer.update(label=f"frictionless validate CSV {_size(rows)}", audit=audit["seconds"],
                            check=f"{sum(peer['errors'].values())} errors")
                results.append(peer)
        if not args.quick:
            rows = 1_000_000
            for kind, strings in (("xlsx", ""), ("xlsx-shared", ", shared strings")):
                path, expected = generated(kind, rows)
                floor = best("floor-xlsx", str(path), repeat=args.repeat)
                audit = best("audit", str(path), report, repeat=args.repeat)
                audit.update(label=f"audit XLSX {_size(rows)}{strings}", floor=floor["seconds"],
                             check=check(audit, expected), csv=csv_audit[rows]["seconds"])
                results += [dict(floor, label=f"floor XLSX {_size(rows)}{strings} (fastexcel parse to Arrow)"), audit]
        if not args.quick and not args.no_site:
            results += site_builds(Path(tmp))
    return results


def table(results: list[dict]) -> str:
    lines = ["| run | rows | seconds | rows/s | peak RSS | audit/floor | frictionless/audit | CPU s | notes |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in results:
        rows = r["rows"]
        rate = f"{rows / r['seconds']:,.0f}" if isinstance(rows, int) else ""
        rows_text = f"{rows:,}" if isinstance(rows, int) else rows
        vs_floor = f"{r['seconds'] / r['floor']:.1f}×" if "floor" in r else ""
        vs_peer = f"{r['seconds'] / r['audit']:.1f}×" if "audit" in r else ""
        notes = [r["check"]] if "check" in r else []
        if "load_floor" in r:
            notes.append(f"{r['seconds'] / r['load_floor']:.1f}× the load")
        if "csv" in r:
            notes.append(f"XLSX/CSV {r['seconds'] / r['csv']:.1f}×")
        lines.append(f"| {r['label']} | {rows_text} | {r['seconds']:.2f} | {rate} | {r['rss'] / 2**20:,.0f} MiB "
                     f"| {vs_floor} | {vs_peer} | {r['cpu']:.1f} | {'; '.join(notes)} |")
    return "\n".join(lines)


def targets(results: list[dict]) -> list[str]:
    """The issue's targets, each with the figure from this run: met or missed."""
    by = {r["label"]: r for r in results}
    lines = []

    def verdict(name: str, value: float, limit: float, unit: str, below: bool = True) -> None:
        met = value <= limit if below else value >= limit
        lines.append(f"- {name}: {value:.1f}{unit} ({'met' if met else 'MISSED'}; target {'≤' if below else '≥'} "
                     f"{limit:g}{unit})")

    for size in ("1M", "5M"):
        if (r := by.get(f"audit CSV {size}")) is not None:
            verdict(f"audit/floor at {size}", r["seconds"] / r["floor"], 3, "×")
    if (r := by.get("frictionless validate CSV 100k")) is not None:
        verdict("frictionless/audit at 100k", r["seconds"] / r["audit"], 20, "×", below=False)
    if (r := by.get("audit CSV 5M")) is not None:
        verdict("peak RSS of the audit at 5M", r["rss"] / 2**20, 1024, " MiB")
    for strings in ("", ", shared strings"):
        if (r := by.get(f"audit XLSX 1M{strings}")) is not None:
            verdict(f"XLSX/CSV audit at 1M{strings}", r["seconds"] / r["csv"], 3, "×")
    if (r := by.get("mkdocs build, real catalog")) is not None:
        verdict("site build, real catalog", r["seconds"], 15, " s")
    if (r := by.get("mkdocs build, 10× catalog")) is not None:
        verdict("site build, 10× catalog", r["seconds"], 60, " s")
    return lines


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_child"]:
        print(json.dumps(CHILDREN[argv[1]](*argv[2:]), ensure_ascii=False))
        return
    if argv[:1] == ["_generate"]:
        path, expected = GENERATORS[argv[1]](int(argv[2]))
        print(json.dumps({"path": str(path), "expected": expected}))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="100k cases as CSV only, no site builds (for CI)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; the fastest is kept")
    parser.add_argument("--no-peer", action="store_true", help="skip frictionless validate")
    parser.add_argument("--no-site", action="store_true", help="skip the mkdocs builds")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    started = datetime.now()
    results = run(args)
    print(f"\n{started:%Y-%m-%d %H:%M}, {os.cpu_count()} cores, load average at start of each run "
          f"{min(r['load'] for r in results):.1f}–{max(r['load'] for r in results):.1f}\n")
    print(table(results))
    print()
    print("\n".join(targets(results)))
    DATA.mkdir(exist_ok=True)
    (DATA / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str))
    if any(r.get("check", "").startswith("MISMATCH") for r in results):
        sys.exit("the audit's findings differ from what was injected")


if __name__ == "__main__":
    main()
