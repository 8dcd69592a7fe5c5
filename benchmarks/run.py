"""Benchmarks: audit throughput and memory from 100k to 5M cases against the bare scan and a peer; site build time.

    python benchmarks/run.py            # 100k, 1M, 5M CSV; 1M XLSX (inline and shared strings); frictionless
                                        # at 100k; the wide export; both site builds
    python benchmarks/run.py --quick    # 100k CSV only, no site builds (CI); exits 1 if the findings are wrong
    python benchmarks/run.py --wide     # the wide S40 export only: floor, load, audit, pandas, polars; 1k fixed cost

Synthetic exports for S42 电信用户申诉处理暂行办法 (15 working days receive -> reply, routing of appeals by
province, eligibility by elapsed months, categories) are written in the canonical case format to
benchmarks/data/ (git-ignored) and reused while their generator version matches. Every measured run is its
own subprocess, so the peak RSS reported is that run's alone (os.wait4), and times are taken inside the
child around the work itself (interpreter start-up excluded for every contender alike).

The wide export is S40 投诉处理管理办法 with all 33 of its canonical columns and every kind of rule it has; it
is audited by the checker and by the same rules written in pandas and in polars (benchmark-only dependencies,
skipped with a note when not installed).

About 5 % of the cases break exactly one rule each, injected so that each gives exactly one finding; the
findings per kind of every audit (and of pandas and polars) are compared with what was injected, so a fast but
wrong contender does not pass.
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
GENERATOR_VERSION = 3          # bump when the generated data changes, so cached files are rebuilt
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
            row["category"] = "费率"   # shares 费 with 话费争议, but no reading makes it one (资费 is)
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


def expected_outcome(violations: dict[str, int], rows: int, kinds: dict | None = None) -> dict:
    by_kind: dict[str, int] = {}
    for violation, n in violations.items():
        kind = (kinds or VIOLATIONS)[violation]
        if kind is not None:
            by_kind[kind] = by_kind.get(kind, 0) + n
    return {"rows": rows, "rows_unreadable": violations.get("bad_date", 0), "by_kind": dict(sorted(by_kind.items()))}


def _meta_path(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _cached(path: Path, rows: int, version: int = GENERATOR_VERSION) -> dict | None:
    meta = _meta_path(path)
    if path.is_file() and meta.is_file():
        data = json.loads(meta.read_text())
        if data.get("generator") == version and data.get("seed") == SEED and data.get("rows") == rows:
            return data["expected"]
    return None


def make_csv(rows: int) -> tuple[Path, dict]:
    """The CSV export of `rows` cases (generated once, then reused) and the audit outcome it must give."""
    path = DATA / f"s42-{_size(rows)}.csv"
    expected = _cached(path, rows)
    if expected is not None:
        return path, expected
    return path, _write_csv(path, rows, canonical_columns(), synthetic_cases(rows), VIOLATIONS, GENERATOR_VERSION)


def _write_csv(path: Path, rows: int, columns: list[str], cases, kinds: dict, version: int) -> dict:
    """Write the generated cases as CSV, with a side file of what was injected; return the expected outcome."""
    DATA.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    counts: dict[str, int] = {}
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for row, violation in cases:
            writer.writerow([row[c] for c in columns])
            if violation:
                counts[violation] = counts.get(violation, 0) + 1
    tmp.replace(path)
    expected = expected_outcome(counts, rows, kinds)
    _meta_path(path).write_text(json.dumps({"generator": version, "seed": SEED, "rows": rows,
                                            "injected": dict(sorted(counts.items())), "expected": expected}, indent=1))
    print(f"  generated {path.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return expected


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


# --- synthetic S40 exports: the wide export (33 columns) ------------------------------------------------------

WIDE = "s40-property-complaint-handling"
WIDE_GENERATOR_VERSION = 2          # bump when the generated data changes, so cached files are rebuilt

# Injected violation -> the finding kind it must produce (None: the row is unreadable, no finding).
WIDE_VIOLATIONS = {
    "late_notify": "missed-deadline",       # in person, not settled on the spot: superior told 2h01-6h later
    "late_inform": "missed-deadline",       # letter/phone/email: reception told 61-300 minutes later
    "late_record": "missed-deadline",       # result recorded the day after it was reported (same day required)
    "late_revisit": "missed-deadline",      # revisit 3-7 days after the handling day (3 calendar days allowed)
    "no_revisit": "missed-deadline",        # never revisited (nor archived); overdue at AS_OF
    "wrong_receiver": "wrong-routing",      # in person, but received by the information receiver
    "wrong_handler": "wrong-routing",       # handled by 运营管理部 instead of the responsible department
    "bad_channel": "invalid-value",         # 微信
    "bad_category": "invalid-value",        # 四类投诉
    "bad_hard_case": "invalid-value",       # 不确定
    "no_category": "missing-field",         # dispatched to a department without a category
    "no_result": "missing-field",           # result recorded without its text
    "unescalated": "missing-field",         # hard case never reported to the department head
    "no_handle_time": "missing-field",      # revisited, but the handling time (start of the 3 days) is missing
    "archive_before_revisit": "out-of-order",
    "dispatch_before_inform": "out-of-order",
    "duplicate": "duplicate-case",          # the case number of the previous readable row
    "bad_date": None,                       # archived on 20xx-02-30: unreadable
}
WIDE_COLUMNS_FILLED = {
    "case_number", "channel", "resolved_on_spot", "hard_case", "content", "result", "revisit_result",
    "satisfaction", "category",
    *(f"{step}_{suffix}" for step in ("receive", "notify_superior", "superior_opinion", "inform_reception",
                                      "record_dispatch", "escalate_to_head", "head_opinion", "handle",
                                      "report_result", "record_result", "revisit", "archive")
      for suffix in ("at", "by")),
}
CHANNELS = ("in_person",) * 4 + ("phone",) * 3 + ("letter", "email", "higher_authority")
REMOTE_CHANNELS = ("letter", "phone", "email")
PLACES = ("3号楼2单元", "7号楼", "地下车库B区", "小区东门", "12号楼1单元", "会所", "5号楼电梯厅", "北区绿化带")
PROBLEMS = ("电梯故障，困人约20分钟", "楼道灯不亮，已报修两次", "垃圾清运不及时，气味很大", "保安态度生硬",
            "外墙渗水，客厅墙面发霉", "车位被占用，联系不上车主", "夜间装修噪音扰民", "水压不足，高层无法洗澡",
            "物业费账单有误，多收了两个月", "快递柜损坏，取不出包裹")
RESULTS = ("已派维修人员处理完毕", "已与业主沟通并道歉，整改完成", "已联系施工单位返修，复查合格",
           "已协调第三方处理，业主认可", "已更换损坏部件并做回访说明")
REVISITS = ("业主表示问题已解决", "业主认可处理结果，提出加强巡查的建议", "电话回访，业主满意", "上门查看，已无渗水")
SATISFACTION = ("满意", "满意", "基本满意", "不满意")


# The wide export is audited against the benchmark's own copy of S40 (as it stood at 4037335, with the two forms it
# names): the generator and the pandas/polars rules are written for those rules, and the figures stay comparable
# while the catalog's S40 is re-read. The checker's engine, not the catalog, is what the benchmark measures.
WIDE_CATALOG = Path(__file__).resolve().parent / "catalog"

# The rules of S40's plan the generator and the pandas/polars rules were written for, counted per kind
WIDE_RULES = {"duplicate-case": 1, "invalid-value": 4, "missed-deadline": 4, "missing-field": 11, "out-of-order": 14,
              "wrong-routing": 12}


def wide_columns() -> tuple[list[str], dict[str, str]]:
    """S40's canonical columns and role names, from the catalog; fails loudly if the columns or the rules no longer
    match the generator (cached files included: their expected findings would be wrong)."""
    from checker.catalog import load_catalog
    from checker.plan import audit_plan

    catalog = load_catalog(WIDE_CATALOG)
    procedure = catalog.procedures[WIDE]
    columns = [c.id for c in catalog.case_columns(procedure)]
    if set(columns) != WIDE_COLUMNS_FILLED:
        sys.exit(f"{WIDE} columns changed: {sorted(set(columns) ^ WIDE_COLUMNS_FILLED)}; update the wide generator "
                 f"(wide_cases) and the pandas/polars rules (S40_*)")
    rules: dict[str, int] = {}
    for rule in audit_plan(catalog, procedure, set(columns)).rules:
        rules[rule.kind] = rules.get(rule.kind, 0) + 1
    if rules != WIDE_RULES:
        sys.exit(f"{WIDE} rules changed: {dict(sorted(rules.items()))} instead of {WIDE_RULES}; update the wide "
                 f"generator (wide_cases) and the pandas/polars rules (S40_*)")
    return columns, {r.id: r.name for r in procedure.roles}


def _between(rng: random.Random, low: int, high: int) -> int:
    """low <= n < high with one draw whatever the bounds (randrange's rejection sampling draws a varying number)."""
    return low + int(rng.random() * (high - low))


OPERATIONS = object()   # stands for 运营管理部's name, as the export writes it
ONE_VALUE_WRONG = {     # violations that set one column of an otherwise compliant case: (column, value)
    "wrong_receiver": ("receive_by", "info_receiver"), "wrong_handler": ("handle_by", OPERATIONS),
    "bad_channel": ("channel", "微信"), "bad_category": ("category", "四类投诉"), "bad_hard_case": ("hard_case", "不确定"),
    "no_category": ("category", ""), "no_result": ("result", ""), "no_handle_time": ("handle_at", ""),
}


def wide_cases(count: int, role_names: dict[str, str], seed: int = SEED):
    """Yield (row dict, injected violation or None) for `count` S40 cases, deterministically.

    A case flows receive -> (superior told | reception told and dispatched | head told) -> handled -> result
    reported and recorded the same day -> revisited within 3 days -> archived; each violation changes one thing.
    """
    rng = random.Random(seed)
    kinds = list(WIDE_VIOLATIONS)
    last_readable_number = None
    for i in range(count):
        violation = rng.choice(kinds) if rng.random() < VIOLATION_RATE else None
        if violation == "duplicate" and last_readable_number is None:
            violation = None
        channel, remote = rng.choice(CHANNELS), rng.choice(REMOTE_CHANNELS)
        on_spot, hard, named = rng.random() < 0.6, rng.random() < 0.1, rng.random() < 0.5
        if violation in ("late_notify", "wrong_receiver"):
            channel, on_spot = "in_person", False
        elif violation in ("late_inform", "no_category", "dispatch_before_inform"):
            channel = remote
        elif violation == "unescalated":
            channel, hard = remote, True     # not higher_authority, which needs the head for a second reason
        in_person, unsettled = channel == "in_person", channel == "in_person" and not on_spot
        escalated = hard or channel == "higher_authority"

        def by(role: str) -> str:            # exports name the role by its id or by its name
            return role_names[role] if named else role

        receive = rng.randrange(*RECEIVE_DAYS) * DAY_MIN + _between(rng, 8 * HOUR, 20 * HOUR)
        notify = receive + (_between(rng, 121, 6 * HOUR) if violation == "late_notify" else _between(rng, 10, 121))
        superior = notify + _between(rng, 30, DAY_MIN)
        inform = receive + (_between(rng, 61, 5 * HOUR) if violation == "late_inform" else _between(rng, 5, 61))
        dispatch = inform + (-_between(rng, 1, 5) if violation == "dispatch_before_inform"
                             else _between(rng, 1, 2 * HOUR))
        escalate = receive + _between(rng, 5, 4 * HOUR)
        head = escalate + _between(rng, HOUR, 2 * DAY_MIN)
        ready = max([receive] + [superior] * unsettled + [dispatch] * (channel in REMOTE_CHANNELS) + [head] * escalated)
        quick = in_person and on_spot and not escalated     # settled on the spot, handled within the hour
        handle = ready + (_between(rng, 5, HOUR) if quick else _between(rng, 30, 3 * DAY_MIN))
        report = handle + _between(rng, 30, DAY_MIN)
        left_today = DAY_MIN - 1 - report % DAY_MIN
        record = report + _between(rng, 0, min(4 * HOUR, left_today) + 1)
        if violation == "late_record":
            record = (report // DAY_MIN + 1) * DAY_MIN + _between(rng, 8 * HOUR, 12 * HOUR)
        revisit = record + _between(rng, 10, DAY_MIN)       # at most the 2nd day after handling, due the 3rd
        if violation == "late_revisit":
            revisit = (handle // DAY_MIN + 4) * DAY_MIN + _between(rng, 0, 4 * DAY_MIN)
        archive = revisit + (-_between(rng, 1, 10 * HOUR) if violation == "archive_before_revisit"
                             else _between(rng, DAY_MIN, 10 * DAY_MIN))
        row = dict.fromkeys(WIDE_COLUMNS_FILLED, "")
        row.update({
            "case_number": f"WY{i + 1:09d}", "channel": channel, "hard_case": "true" if hard else "false",
            "content": f"{rng.choice(PLACES)}{rng.choice(PROBLEMS)}，请尽快处理",
            "result": rng.choice(RESULTS), "revisit_result": rng.choice(REVISITS),
            "satisfaction": rng.choice(SATISFACTION), "category": rng.choice(("class_1", "class_2", "class_3")),
            "receive_at": _stamp(receive), "handle_at": _stamp(handle), "handle_by": by("responsible_dept"),
            "report_result_at": _stamp(report), "report_result_by": by("responsible_dept"),
            "record_result_at": _stamp(record), "record_result_by": by("reception"),
            "revisit_at": _stamp(revisit), "revisit_by": by("operations_mgmt"),
            "archive_at": _stamp(archive), "archive_by": by("operations_mgmt"),
        })
        # receive_by by id: the routing rules of the receive step compare it with the role id alone
        if in_person:
            row.update(resolved_on_spot="true" if on_spot else "false", receive_by="party")
        elif channel in REMOTE_CHANNELS:
            row.update(receive_by="info_receiver", inform_reception_at=_stamp(inform),
                       inform_reception_by=by("info_receiver"), record_dispatch_at=_stamp(dispatch),
                       record_dispatch_by=by("reception"))
        else:
            row["receive_by"] = "reception"
        if unsettled:
            row.update(notify_superior_at=_stamp(notify), notify_superior_by=by("party"),
                       superior_opinion_at=_stamp(superior), superior_opinion_by=by("superior"))
        if escalated and violation != "unescalated":
            row.update(escalate_to_head_at=_stamp(escalate), escalate_to_head_by=by("reception"),
                       head_opinion_at=_stamp(head), head_opinion_by=by("dept_head"))
        if violation in ONE_VALUE_WRONG:
            column, value = ONE_VALUE_WRONG[violation]
            row[column] = role_names["operations_mgmt"] if value is OPERATIONS else value
        elif violation == "no_revisit":
            row.update(revisit_at="", revisit_by="", revisit_result="", satisfaction="", archive_at="", archive_by="")
        elif violation == "duplicate":
            row["case_number"] = last_readable_number
        elif violation == "bad_date":
            row["archive_at"] = f"{DAY[archive // DAY_MIN][:4]}-02-30 10:00"
        if violation != "bad_date":
            last_readable_number = row["case_number"]
        yield row, violation


def make_wide_csv(rows: int) -> tuple[Path, dict]:
    """The wide CSV export of `rows` S40 cases (generated once, then reused) and the outcome it must give."""
    path = DATA / f"s40-wide-{_size(rows)}.csv"
    columns, role_names = wide_columns()
    expected = _cached(path, rows, WIDE_GENERATOR_VERSION)
    if expected is not None:
        return path, expected
    return path, _write_csv(path, rows, columns, wide_cases(rows, role_names), WIDE_VIOLATIONS, WIDE_GENERATOR_VERSION)


# --- contenders, each run in a child process -------------------------------------------------------------------

def child_audit(export: str, report: str, procedure: str = PROCEDURE) -> dict:
    from checker.audit import run_audit
    from checker.catalog import load_catalog
    from checker.mapping import MappingProfile
    from checker.reports import write_report
    import checker.readers.csvfile, checker.readers.xlsx, checker.reports.jsonout  # noqa: F401,E401 (imports lazily made inside)

    started = time.perf_counter()
    # as the audit command does; the wide export's rules are the benchmark's own copy of S40 (WIDE_CATALOG)
    catalog = load_catalog(WIDE_CATALOG) if procedure == WIDE else load_catalog(procedure=procedure)
    result = run_audit(catalog, catalog.procedures[procedure], [Path(export)], MappingProfile(), as_of=AS_OF)
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


# --- the wide export's rules, written again for pandas and polars ----------------------------------------------
# What a data engineer would write from the S40 text: the same rules as the checker's plan for it
# (`python -m checker plan --procedure s40-property-complaint-handling`), kept as data that both scripts read.

def _filled(column: str) -> tuple:
    return (column, None)                      # a condition: the column holds something


IN_PERSON_UNSETTLED = (("channel", ("in_person",)), ("resolved_on_spot", ("false",)))
REMOTE = (("channel", REMOTE_CHANNELS),)
S40_REQUIRED = [   # (column that must be filled, the conditions under which it must)
    ("category", (_filled("record_dispatch_at"),)),
    ("result", (_filled("record_result_at"),)),
    ("revisit_result", (_filled("revisit_at"),)),
    ("satisfaction", (_filled("revisit_at"),)),
    ("notify_superior_at", IN_PERSON_UNSETTLED),
    ("escalate_to_head_at", (("hard_case", ("true",)),)),
    ("escalate_to_head_at", (("channel", ("higher_authority",)),)),
    # a deadline's start, where its end is there
    ("receive_at", IN_PERSON_UNSETTLED + (_filled("notify_superior_at"),)),
    ("receive_at", REMOTE + (_filled("inform_reception_at"),)),
    ("report_result_at", (_filled("record_result_at"),)),
    ("handle_at", (_filled("revisit_at"),)),
]
S40_CHOICES = {"channel": ("in_person", "letter", "phone", "email", "higher_authority"),
               "resolved_on_spot": ("true", "false"), "hard_case": ("true", "false"),
               "category": ("class_1", "class_2", "class_3")}
S40_DEADLINES = [   # (deadline id in the catalog, start, end, conditions); the period comes from the catalog
    ("notify_superior_2h", "receive_at", "notify_superior_at", IN_PERSON_UNSETTLED),
    ("inform_reception_1h", "receive_at", "inform_reception_at", REMOTE),
    ("record_result_same_day", "report_result_at", "record_result_at", ()),
    ("revisit_3_days", "handle_at", "revisit_at", ()),
]
S40_ORDER = [("receive", "handle"), ("receive", "notify_superior"), ("receive", "inform_reception"),
             ("receive", "escalate_to_head"), ("notify_superior", "superior_opinion"), ("superior_opinion", "handle"),
             ("inform_reception", "record_dispatch"), ("record_dispatch", "handle"),
             ("escalate_to_head", "head_opinion"), ("head_opinion", "handle"), ("handle", "report_result"), ("report_result", "record_result"),
             ("record_result", "revisit"), ("revisit", "archive")]
S40_TIMES = sorted({f"{step}_at" for pair in S40_ORDER for step in pair})
TIME_FORMAT = "%Y-%m-%d %H:%M"


def s40_rules() -> dict:
    """The parts of the rules that come from the catalog: who does each step (a `_by` value naming another of the
    procedure's roles is wrong; a person's name is not checked), and each deadline's due time: an offset for hours,
    or a table start day -> due instant counted by checker.deadlines over the statutory calendar."""
    from checker.catalog import load_catalog
    from checker.deadlines import WorkCalendar, due_by_date
    from checker.deadlines_sql import MICROS

    catalog = load_catalog(WIDE_CATALOG)
    procedure = catalog.procedures[WIDE]
    names = {r.id: r.name for r in procedure.roles}
    known = tuple(v for pair in names.items() for v in pair)
    routing = [("receive_by", ("party",), (("channel", ("in_person",)),), None),
               ("receive_by", ("info_receiver",), REMOTE, None)]
    routing += [(f"{s.id}_by", (s.role, names[s.role]), (), known) for s in procedure.steps if s.role]
    calendar = WorkCalendar.statutory()
    days = [date(calendar.years.start, 1, 1) + timedelta(days=n)
            for n in range((date(calendar.years.stop, 1, 1) - date(calendar.years.start, 1, 1)).days)]
    deadlines = []
    for rule_id, start, end, when in S40_DEADLINES:
        d = next(d for d in procedure.deadlines if d.id == rule_id)
        if d.period.unit in MICROS:
            due = timedelta(microseconds=d.period.amount * MICROS[d.period.unit])
        else:
            due = due_by_date(days, d.period, authority=procedure.document.authority,
                              includes_non_working_days=d.includes_non_working_days, calendar=calendar)
        deadlines.append((start, end, when, due))
    conditions = [w for _, w in S40_REQUIRED] + [w for _, _, w, _ in routing]
    columns = sorted({"case_number", *S40_TIMES, *S40_CHOICES, *(c for c, _ in S40_REQUIRED),
                      *(c for c, *_ in routing), *(c for w in conditions for c, _ in w)})
    return {"routing": routing, "deadlines": deadlines, "columns": columns}


def _count_by_kind(counts: dict[str, int]) -> dict[str, int]:
    """Rule counts named '<kind>/<n>' summed per kind, the kinds with no finding left out (as the audit does)."""
    by_kind: dict[str, int] = {}
    for name, n in counts.items():
        kind = name.split("/")[0]
        by_kind[kind] = by_kind.get(kind, 0) + int(n)
    return dict(sorted((k, n) for k, n in by_kind.items() if n))


def child_pandas(export: str) -> dict:
    """The S40 rules in pandas: read the columns the rules need as strings (pyarrow engine), parse the times,
    one boolean mask per rule."""
    import pandas as pd

    started = time.perf_counter()
    rules = s40_rules()
    df = pd.read_csv(export, usecols=rules["columns"], dtype=str, engine="pyarrow", keep_default_na=False)
    df = df.apply(lambda s: s.str.strip().replace("", None))   # as the checker reads: trimmed, blank is missing
    at = {c: pd.to_datetime(df[c], format=TIME_FORMAT, errors="coerce") for c in S40_TIMES}
    unreadable = pd.Series(False, index=df.index)
    for c in S40_TIMES:
        unreadable |= df[c].notna() & at[c].isna()
    ok = ~unreadable

    def when(conditions) -> pd.Series:
        mask = ok.copy()
        for column, values in conditions:
            mask &= df[column].notna() if values is None else df[column].isin(values)
        return mask

    counts = {}
    for n, (column, conditions) in enumerate(S40_REQUIRED):
        counts[f"missing-field/{n}"] = (when(conditions) & df[column].isna()).sum()
    for column, options in S40_CHOICES.items():
        counts[f"invalid-value/{column}"] = (ok & df[column].notna() & ~df[column].isin(options)).sum()
    for n, (column, allowed, conditions, known) in enumerate(rules["routing"]):
        wrong = when(conditions) & df[column].notna() & ~df[column].isin(allowed)
        counts[f"wrong-routing/{n}"] = (wrong & df[column].isin(known) if known else wrong).sum()
    as_of = pd.Timestamp(AS_OF)
    for n, (start, end, conditions, due) in enumerate(rules["deadlines"]):
        if isinstance(due, timedelta):   # hours: the bound itself is in time
            due_at = at[start] + due
            late = (at[end] > due_at) | (at[end].isna() & (as_of > due_at))
        else:                            # days: due at 00:00 after the last day, which is already late
            due_at = at[start].dt.normalize().map(pd.Series(list(due.values()), index=pd.to_datetime(list(due))))
            late = (at[end] >= due_at) | (at[end].isna() & (as_of >= due_at))
        counts[f"missed-deadline/{n}"] = (when(conditions) & at[start].notna() & late).sum()
    for earlier, later in S40_ORDER:
        counts[f"out-of-order/{earlier}"] = (ok & (at[f"{later}_at"] < at[f"{earlier}_at"])).sum()
    numbers = df.loc[ok, "case_number"].dropna()
    counts["duplicate-case"] = numbers.duplicated().sum()
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rows": len(df), "rows_unreadable": int(unreadable.sum()),
            "by_kind": _count_by_kind(counts)}


def child_polars(export: str) -> dict:
    """The S40 rules in polars: one lazy query from scan_csv over the columns the rules need, each rule an
    expression summed in a single select; the day-based due times joined from the precomputed table."""
    import polars as pl

    started = time.perf_counter()
    rules = s40_rules()
    text = {c: pl.col(c).str.strip_chars() for c in rules["columns"]}
    text = {c: pl.when(e != "").then(e) for c, e in text.items()}   # trimmed, blank is missing (as the checker)
    query = (pl.scan_csv(export, infer_schema=False).select(rules["columns"])
             .with_columns(**text)
             .with_columns(**{f"{c}__t": pl.col(c).str.strptime(pl.Datetime("us"), TIME_FORMAT, strict=False)
                              for c in S40_TIMES}))
    at = {c: pl.col(f"{c}__t") for c in S40_TIMES}
    unreadable = pl.any_horizontal([pl.col(c).is_not_null() & at[c].is_null() for c in S40_TIMES])
    ok = ~unreadable

    def when(conditions) -> pl.Expr:
        mask = ok
        for column, values in conditions:
            mask = mask & (pl.col(column).is_not_null() if values is None else pl.col(column).is_in(values))
        return mask

    counts = {}
    for n, (column, conditions) in enumerate(S40_REQUIRED):
        counts[f"missing-field/{n}"] = when(conditions) & pl.col(column).is_null()
    for column, options in S40_CHOICES.items():
        counts[f"invalid-value/{column}"] = ok & pl.col(column).is_not_null() & ~pl.col(column).is_in(options)
    for n, (column, allowed, conditions, known) in enumerate(rules["routing"]):
        wrong = when(conditions) & pl.col(column).is_not_null() & ~pl.col(column).is_in(allowed)
        counts[f"wrong-routing/{n}"] = wrong & pl.col(column).is_in(known) if known else wrong
    as_of = pl.lit(AS_OF, dtype=pl.Datetime("us"))
    for n, (start, end, conditions, due) in enumerate(rules["deadlines"]):
        if isinstance(due, timedelta):   # hours: the bound itself is in time
            due_at = at[start] + due
            late = (at[end] > due_at) | (at[end].is_null() & (as_of > due_at))
        else:                            # days: due at 00:00 after the last day, which is already late
            table = pl.LazyFrame({f"_day{n}": list(due), f"_due{n}": list(due.values())},
                                 schema={f"_day{n}": pl.Date, f"_due{n}": pl.Datetime("us")})
            query = query.with_columns(at[start].dt.date().alias(f"_day{n}")).join(table, on=f"_day{n}", how="left")
            due_at = pl.col(f"_due{n}")
            late = (at[end] >= due_at) | (at[end].is_null() & (as_of >= due_at))
        counts[f"missed-deadline/{n}"] = when(conditions) & at[start].is_not_null() & late.fill_null(False)
    for earlier, later in S40_ORDER:
        counts[f"out-of-order/{earlier}"] = ok & (at[f"{later}_at"] < at[f"{earlier}_at"]).fill_null(False)
    numbers = pl.col("case_number").filter(ok & pl.col("case_number").is_not_null())
    totals = query.select(
        *(e.sum().alias(name) for name, e in counts.items()),
        (numbers.len() - numbers.n_unique()).alias("duplicate-case"),
        unreadable.sum().alias("_unreadable"), pl.len().alias("_rows"),
    ).collect().row(0, named=True)
    seconds = time.perf_counter() - started
    rows, bad = totals.pop("_rows"), totals.pop("_unreadable")
    return {"seconds": seconds, "rows": rows, "rows_unreadable": bad, "by_kind": _count_by_kind(totals)}


def child_browser(export: str) -> dict:
    """The site's page 在浏览器中审计 in Debian's chromium (issue #21; benchmarks/site_page.py), timed the way a person
    waits: reading the chosen export; the mapping proposal once the procedure is chosen (checker mapping's guesser on
    Pyodide, its first load included); the audit with that proposal, to the report shown."""
    from site_page import audit_page

    with audit_page() as (page, _):
        started = time.perf_counter()
        page.set_input_files("#ba-export", export)
        page.wait_for_function("document.getElementById('ba-state').textContent.startsWith('已读取')", timeout=120_000)
        read = time.perf_counter()
        page.select_option("#ba-procedure", PROCEDURE)
        page.wait_for_function("document.body.dataset.draftDone || document.body.dataset.auditError", timeout=300_000)
        proposed = time.perf_counter()
        page.fill("#ba-as-of", AS_OF.strftime("%Y-%m-%dT%H:%M"))
        page.click("#ba-run")
        page.wait_for_function("document.body.dataset.auditDone || document.body.dataset.auditError", timeout=300_000)
        done = time.perf_counter()
        error = page.evaluate("document.body.dataset.auditError")
        if error:
            sys.exit(f"the page did not audit: {error}")
        summary = page.evaluate("window.auditResult.summary")
    return {"seconds": (read - started) + (done - proposed), "reading": read - started, "proposing": proposed - read,
            "auditing": done - proposed, "rows": summary["rows_read"], "rows_unreadable": summary["rows_unreadable"],
            "by_kind": dict(sorted(summary["by_kind"].items()))}


CHILDREN = {"audit": child_audit, "browser": child_browser, "floor-csv": child_floor_csv, "floor-xlsx": child_floor_xlsx,
            "frictionless": child_frictionless, "pandas": child_pandas, "polars": child_polars}


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

GENERATORS = {"csv": make_csv, "xlsx": make_xlsx, "xlsx-shared": make_xlsx_shared, "wide": make_wide_csv}


def generated(kind: str, rows: int) -> tuple[Path, dict]:
    """A generator run in its own process, so that this one stays small: on Linux a child's peak RSS starts at
    its parent's (the high-water mark survives fork and exec), and every contender is a child of this process."""
    command = [sys.executable, str(Path(__file__).resolve()), "_generate", kind, str(rows)]
    done = subprocess.run(command, cwd=REPO, stdout=subprocess.PIPE, text=True)
    if done.returncode != 0:   # the child has said why on stderr
        sys.exit(f"generating the {kind} export of {rows:,} rows failed")
    made = json.loads(done.stdout.strip().splitlines()[-1])
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
    sizes = [100_000] if args.quick else args.sizes
    results = []
    with tempfile.TemporaryDirectory(prefix="checker-bench-") as tmp:
        report = str(Path(tmp) / "report.json")
        if not args.quick:
            generated("wide", 1000)   # fails now, not after the S42 half hour, if S40 no longer fits the generator
        if args.wide:
            return run_wide(args, sizes, report)
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
            if rows == 100_000 and not args.no_browser:
                page = best("browser", str(path), repeat=args.repeat)
                page.update(label=f"audit in the browser CSV {_size(rows)} (site page, chromium)", check=check(page, expected),
                            command_line=audit["seconds"])
                results.append(page)
                if not args.quick:
                    xlsx, expected_xlsx = generated("xlsx", rows)
                    page = best("browser", str(xlsx), repeat=args.repeat)
                    page.update(label=f"audit in the browser XLSX {_size(rows)} (site page, chromium)",
                                check=check(page, expected_xlsx), command_line=audit["seconds"])
                    results.append(page)
            if rows == 100_000 and peer_installed(args):
                peer = best("frictionless", str(path), repeat=args.repeat)
                peer.update(label=f"frictionless validate CSV {_size(rows)}", audit=audit["seconds"],
                            check=f"{sum(peer['errors'].values())} errors")
                results.append(peer)
        if not args.quick and 1_000_000 in sizes:
            rows = 1_000_000
            for kind, strings in (("xlsx", ""), ("xlsx-shared", ", shared strings")):
                path, expected = generated(kind, rows)
                floor = best("floor-xlsx", str(path), repeat=args.repeat)
                audit = best("audit", str(path), report, repeat=args.repeat)
                audit.update(label=f"audit XLSX {_size(rows)}{strings}", floor=floor["seconds"],
                             check=check(audit, expected), csv=csv_audit[rows]["seconds"])
                results += [dict(floor, label=f"floor XLSX {_size(rows)}{strings} (fastexcel parse to Arrow)"), audit]
        if not args.quick:
            results += run_wide(args, sizes, report)
        if not args.quick and not args.no_site:
            results += site_builds(Path(tmp))
    return results


def run_wide(args, sizes: list[int], report: str) -> list[dict]:
    """The wide S40 export: floor, load, the audit, pandas and polars at each size; then the 1k-case fixed cost."""
    peers = peers_available()
    results = []
    for rows in sizes:
        path, expected = generated("wide", rows)
        size = _size(rows)
        floor = best("floor-csv", str(path), repeat=args.repeat)
        load = best("floor-csv", str(path), "materialize", repeat=args.repeat)
        audit = best("audit", str(path), report, WIDE, repeat=args.repeat)
        audit.update(label=f"audit wide {size}", floor=floor["seconds"], load_floor=load["seconds"],
                     check=check(audit, expected))
        results += [dict(floor, label=f"floor wide {size} (DuckDB count of read_csv)"),
                    dict(load, label=f"load wide {size} (read_csv into a table)"), audit]
        for peer in peers:
            measured = best(peer, str(path), repeat=args.repeat)
            measured.update(label=f"{peer} wide {size}", audit=audit["seconds"], check=check(measured, expected))
            results.append(measured)
    return results + fixed_cost(args, report)


def fixed_cost(args, report: str) -> list[dict]:
    """A 1,000-case audit: in process (as the other audits), and as a user runs it, a fresh `python -m checker
    audit` with its imports, wall time."""
    path, expected = generated("wide", 1000)
    inside = best("audit", str(path), report, WIDE, repeat=args.repeat)
    inside.update(label="audit wide 1k, in process", check=check(inside, expected))
    command = [sys.executable, "-m", "checker", "audit", str(path), "--procedure", WIDE, "--catalog", str(WIDE_CATALOG),
               "--format", "json", "--output", report, "--as-of", f"{AS_OF:%Y-%m-%d %H:%M}", "--fail-on", "never"]
    runs = [measure_command(command, REPO, dict(os.environ)) for _ in range(args.repeat)]
    cli = min(runs, key=lambda r: r["seconds"])
    summary = json.loads(Path(report).read_text(encoding="utf-8"))["summary"]
    cli.update(label="audit wide 1k, python -m checker audit (fresh process, wall)", rows=summary["rows_read"],
               check=check({**summary, "rows": summary["rows_read"]}, expected))
    return [inside, cli]


def peers_available() -> list[str]:
    """pandas and polars are benchmark-only dependencies: a missing one is skipped with a note, not a crash."""
    import importlib.util

    found = []
    for name in ("pandas", "polars"):
        if importlib.util.find_spec(name) is None:
            print(f"  {name} is not installed (.venv/bin/pip install {name}): the {name} contender is skipped",
                  file=sys.stderr)
        else:
            found.append(name)
    return found


def table(results: list[dict]) -> str:
    lines = ["| run | rows | seconds | rows/s | peak RSS | audit/floor | peer/audit | CPU s | load avg | notes |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
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
        if "command_line" in r:
            notes.append(f"reading {r['reading']:.1f} s + audit {r['auditing']:.1f} s; {r['seconds'] / r['command_line']:.1f}× "
                         f"the command line; the mapping proposal took {r['proposing']:.1f} s more; peak RSS is the "
                         "driver's, not chromium's")
        lines.append(f"| {r['label']} | {rows_text} | {r['seconds']:.2f} | {rate} | {r['rss'] / 2**20:,.0f} MiB "
                     f"| {vs_floor} | {vs_peer} | {r['cpu']:.1f} | {r['load']:.2f} | {'; '.join(notes)} |")
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
    for size in ("1M", "5M"):
        if (r := by.get(f"audit wide {size}")) is not None:
            verdict(f"wide audit/load at {size}", r["seconds"] / r["load_floor"], 2, "×")
    if (r := by.get("polars wide 1M")) is not None:
        verdict("wide audit/polars at 1M", r["audit"] / r["seconds"], 1.5, "×")
    for size in ("1M", "5M"):
        if (r := by.get(f"pandas wide {size}")) is not None:
            verdict(f"wide pandas/audit at {size}", r["seconds"] / r["audit"], 5, "×", below=False)
    if (r := by.get("audit wide 1k, python -m checker audit (fresh process, wall)")) is not None:
        inside = by["audit wide 1k, in process"]["seconds"]
        verdict(f"fixed cost of a 1k-case audit, fresh process (in process {inside:.2f} s)", r["seconds"], 0.4, " s")
    if (r := by.get("audit wide 5M")) is not None:
        verdict("peak RSS of the wide audit at 5M", r["rss"] / 2**20, 1024, " MiB")
    if (r := by.get("audit in the browser CSV 100k (site page, chromium)")) is not None:
        verdict("audit of 100k cases in the browser", r["seconds"], 10, " s")
    if (r := by.get("mkdocs build, real catalog")) is not None:
        verdict("site build, real catalog", r["seconds"], 15, " s")
    if (r := by.get("mkdocs build, 10× catalog")) is not None:
        verdict("site build, 10× catalog", r["seconds"], 60, " s")
    return lines


def ratios(results: list[dict]) -> list[str]:
    """The wide export's ratios at 1M and 5M: audit against the load and polars, pandas against the audit."""
    by = {r["label"]: r for r in results}
    lines = []
    for size in ("1M", "5M"):
        audit = by.get(f"audit wide {size}")
        if audit is None:
            continue
        parts = [f"audit/load {audit['seconds'] / audit['load_floor']:.1f}×"]
        if (polars := by.get(f"polars wide {size}")) is not None:
            parts.append(f"audit/polars {audit['seconds'] / polars['seconds']:.1f}×")
        if (pandas := by.get(f"pandas wide {size}")) is not None:
            parts.append(f"pandas/audit {pandas['seconds'] / audit['seconds']:.1f}×")
        lines.append(f"- wide {size}: {', '.join(parts)}")
    return lines


def _sizes(text: str) -> list[int]:
    """'100k,1M' -> [100000, 1000000]"""
    units = {"k": 1000, "M": 1_000_000}
    return [int(part[:-1]) * units[part[-1]] for part in text.split(",")]


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
    parser.add_argument("--no-browser", action="store_true", help="skip the in-browser audit (needs chromium and "
                        "browser/dist, which .ci/setup provides)")
    parser.add_argument("--wide", action="store_true", help="only the wide S40 export: floor, load, audit, pandas, "
                        "polars, and the 1k-case fixed cost")
    parser.add_argument("--sizes", type=_sizes, default=[100_000, 1_000_000, 5_000_000],
                        help="export sizes, e.g. 100k,1M (default 100k,1M,5M; --quick: 100k)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    started = datetime.now()
    results = run(args)
    print(f"\n{started:%Y-%m-%d %H:%M}, {os.cpu_count()} cores, load average at start of each run "
          f"{min(r['load'] for r in results):.1f}–{max(r['load'] for r in results):.1f}\n")
    print(table(results))
    print()
    print("\n".join(ratios(results) + targets(results)))
    DATA.mkdir(exist_ok=True)
    (DATA / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str))
    if any(r.get("check", "").startswith("MISMATCH") for r in results):
        sys.exit("the audit's findings differ from what was injected")


if __name__ == "__main__":
    main()
