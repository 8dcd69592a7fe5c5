"""How much of a hand-corrected audit the starter profile finds, used unchanged (issue #18).

For every export in benchmarks/starter/ (written by benchmarks/starter/make_exports.py): the starter profile is
generated with `python -m checker mapping EXPORT --procedure ID` (the CLI itself), then the export is audited with
it and with the hand-corrected `*.hand.yaml`, at the same `--as-of`. A finding is the same when its case, rule and
kind (CK code) agree. Printed: per export, findings found by both / found by hand, and the rules checked with
each profile; totals for the tuning set (1-5), each held-out set and all. Where the hand profile names staff (roles
keyed by a person's name alone, which no export says and no draft can know), two more audits split the gap: the hand
profile without those names, and the starter profile once told them (the draft's own roles kept).

    .venv/bin/python benchmarks/starter_profiles.py            # the table
    .venv/bin/python benchmarks/starter_profiles.py --keep DIR # also keep the starter profiles and reports in DIR
    .venv/bin/python benchmarks/starter_profiles.py --json     # the figures as JSON
    .venv/bin/python benchmarks/starter_profiles.py --page     # the drafts of the site's page 在浏览器中审计 instead

Exits 1 when a run crashes (a traceback, an exit code other than 0/1/3 from audit — 3: the report is written but
something could not be checked, e.g. an essential rule — 2 with the hand profile, or other than 0 from mapping).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "starter"
sys.path.insert(0, str(DATA))
from make_exports import export_number  # noqa: E402  (the numbers its file names start with)
AS_OF = "2025-07-01"
SETS = (("tuning 1-5", range(1, 6)), ("held-out 6-10", range(6, 11)), ("second held-out 11-13", range(11, 14)),
        ("third held-out 14-18", range(14, 19)), ("fourth held-out 19-23", range(19, 24)),
        ("fifth held-out 24-29", range(24, 30)), ("sixth held-out 30-35", range(30, 36)),
        ("seventh held-out 36-41", range(36, 42)), ("eighth held-out 42-47", range(42, 48)),
        ("ninth held-out 48-53", range(48, 54)), ("tenth held-out 54-59", range(54, 60)),
        ("eleventh held-out 60-65", range(60, 66)), ("twelfth held-out 66-71", range(66, 72)),
        ("thirteenth held-out 72-77", range(72, 78)), ("fourteenth held-out 78-83", range(78, 84)),
        ("fifteenth held-out 84-89", range(84, 90)),
        ("sixteenth held-out 90-95", range(90, 96)), ("seventeenth held-out 96-99", range(96, 100)),
        ("eighteenth held-out 100-105", range(100, 106)), ("nineteenth held-out 106-111", range(106, 112)),
        ("twentieth held-out 112-117", range(112, 118)), ("twenty-first held-out 118-123", range(118, 124)),
        ("twenty-second held-out 124-129", range(124, 130)), ("twenty-third held-out 130-135", range(130, 136)),
        ("twenty-fourth held-out 136-141", range(136, 142)),
        ("twenty-fifth held-out 142-147", range(142, 148)),
        ("twenty-sixth held-out 148-153", range(148, 154)),
        ("twenty-seventh held-out 154-159", range(154, 160)),
        ("twenty-eighth held-out 160-165", range(160, 166)),
        ("twenty-ninth held-out 166-171", range(166, 172)),
        ("thirtieth held-out 172-177", range(172, 178)),
        ("thirty-first held-out 178-183", range(178, 184)),
        ("thirty-second held-out 184-189", range(184, 190)),
        ("thirty-third held-out 190-195", range(190, 196)),
        ("thirty-fourth held-out 196-201", range(196, 202)),
        ("thirty-fifth held-out 202-207", range(202, 208)),
        ("thirty-sixth held-out 208-213", range(208, 214)),
        ("thirty-seventh held-out 214-219", range(214, 220)),
        ("thirty-eighth held-out 220-225", range(220, 226)),
        ("thirty-ninth held-out 226-231", range(226, 232)),
        ("fortieth held-out 232-237", range(232, 238)),
        ("forty-first held-out 238-243", range(238, 244)),
        ("forty-second held-out 244-249", range(244, 250)),
        ("forty-third held-out 250-255", range(250, 256)),
        ("forty-fourth held-out 256-261", range(256, 262)),
        ("forty-fifth held-out 262-267", range(262, 268)),
        ("forty-sixth held-out 268-273", range(268, 274)),
        ("forty-seventh held-out 274-279", range(274, 280)),
        ("forty-eighth held-out 280-285", range(280, 286)),
        ("forty-ninth held-out 286-291", range(286, 292)),
        ("fiftieth held-out 292-297", range(292, 298)))



def run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=ROOT, capture_output=True, text=True)


def audit(export: Path, procedure: str, profile: Path, keep: Path | None, tag: str) -> tuple[set, int, int]:
    """(findings as (case, rule, code), rules checked, rules skipped)."""
    result = run(["audit", str(export), "--procedure", procedure, "--mapping", str(profile), "--as-of", AS_OF,
                  "--format", "json", "--fail-on", "never", "--max-unreadable", "1"])
    if "Traceback" in result.stderr or result.returncode not in (0, 1, 2, 3) or (tag == "hand" and result.returncode == 2):
        raise RuntimeError(f"audit {export.name} ({tag}) exit {result.returncode}:\n{result.stderr[-2000:]}")
    if result.returncode == 2:      # the starter profile was refused (no case number): it finds nothing
        return set(), 0, 0
    if keep:
        (keep / f"{export.stem}.{tag}.json").write_text(result.stdout, encoding="utf-8")
    report = json.loads(result.stdout)     # exit 3: nothing audited, the report is written all the same
    found = {(str(f.get("case")), f.get("rule"), f.get("code")) for f in report["findings"]}
    summary = report.get("summary", {})
    skipped = len(summary.get("skipped_rules", []))
    checked = summary.get("rules_checked")
    if checked is None:
        checked = len(summary.get("checked_rules", []))
    return found, checked, skipped


def hand_profile(export: Path) -> Path:
    return export.with_name(export.name.rsplit(".", 1)[0] + ".hand.yaml")


def cli_draft(export: Path, procedure: str) -> str:
    drafted = run(["mapping", str(export), "--procedure", procedure])
    if drafted.returncode != 0 or "Traceback" in drafted.stderr:
        raise RuntimeError(f"mapping {export.name} exit {drafted.returncode}:\n{drafted.stderr[-2000:]}")
    return drafted.stdout


def page_drafts(exports: list[Path]) -> dict[str, str]:
    """The profile the site's page 在浏览器中审计 proposes for each export, as its 下载映射文件 button saves it
    (the real site, in Debian's chromium: benchmarks/site_page.py)."""
    from site_page import audit_page, open_page

    drafts = {}
    with audit_page() as (page, url):
        for export in exports:
            open_page(page, url)      # afresh: nothing of the previous export's mapping carries over
            procedure = yaml.safe_load(hand_profile(export).read_text(encoding="utf-8"))["procedure"]
            page.select_option("#ba-procedure", procedure)
            page.wait_for_function("document.getElementById('ba-procedure').value")
            page.set_input_files("#ba-export", str(export))
            page.wait_for_function("document.body.dataset.draftDone || document.body.dataset.auditError", timeout=120_000)
            page.wait_for_selector("#ba-mapping-table")
            with page.expect_download() as download:
                page.click("#ba-save-profile")
            drafts[export.name] = Path(download.value.path()).read_text(encoding="utf-8")
    return drafts


# The hundred commonest surnames: a roles key of two or three Han characters opening with one of them (or a
# surname with 师傅/工) is a person named alone, with no unit or post beside it.
SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
               "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔")


def is_person(key: str) -> bool:
    bare = key.removesuffix("师傅").removesuffix("工") if len(key) <= 3 else key
    return (2 <= len(key) <= 3 and key[0] in SURNAMES and all("\u4e00" <= ch <= "\u9fff" for ch in key)
            and (bare != key or not any(ch in "部科处室组所局队班站厅员长理管任监心库服" for ch in key[1:])))


def roster(profile: dict) -> dict:
    """The hand profile's staff names: who is who, which no export says and no draft can know."""
    return {name: role for name, role in (profile.get("roles") or {}).items() if is_person(str(name))}


def with_roles(profile: dict, roles: dict, path: Path) -> Path:
    path.write_text(yaml.safe_dump({**profile, "roles": roles}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def measure(export: Path, keep: Path | None, draft=cli_draft) -> dict:
    hand_path = hand_profile(export)
    by_hand = yaml.safe_load(hand_path.read_text(encoding="utf-8"))
    procedure = by_hand["procedure"]
    drafted = draft(export, procedure)
    names = roster(by_hand)
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        starter = folder / f"{export.stem}.starter.yaml"
        starter.write_text(drafted, encoding="utf-8")
        hand, hand_checked, hand_skipped = audit(export, procedure, hand_path, keep, "hand")
        auto, auto_checked, auto_skipped = audit(export, procedure, starter, keep, "starter")
        knowable, told = hand, auto
        if names:
            # what a profile can find when nobody says who is who, and what the draft finds once somebody does
            unnamed = {k: v for k, v in by_hand["roles"].items() if k not in names}
            unnamed_path = with_roles(by_hand, unnamed, folder / f"{export.stem}.unnamed.yaml")
            knowable = audit(export, procedure, unnamed_path, None, "unnamed")[0]
            drafted_profile = yaml.safe_load(drafted)
            roles = {**names, **(drafted_profile.get("roles") or {})}
            told = audit(export, procedure, with_roles(drafted_profile, roles, folder / f"{export.stem}.told.yaml"),
                         None, "told")[0]
    return {"export": export.name, "procedure": procedure, "hand": len(hand), "starter": len(auto),
            "both": len(hand & auto), "extra": len(auto - hand),
            "rules_hand": hand_checked, "rules_starter": auto_checked,
            "skipped_hand": hand_skipped, "skipped_starter": auto_skipped,
            "names": len(names), "knowable": len(hand & knowable), "told": len(hand & told)}


def share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "—"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep starter profiles and JSON reports in this folder")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--only", help="comma-separated export numbers, e.g. 1,2,3")
    parser.add_argument("--page", action="store_true", help="the site page's drafts (the CLI's guesser run in the browser), as its 下载映射文件 saves them")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    exports = sorted((p for p in DATA.iterdir() if p.suffix in (".csv", ".xlsx") and p.name[0].isdigit()),
                     key=lambda p: export_number(p.name))
    if args.only:
        wanted = {int(n) for n in args.only.split(",")}
        exports = [p for p in exports if export_number(p.name) in wanted]
    rows, crashed = [], []
    draft = cli_draft
    if args.page:
        drafts = page_drafts(exports)
        draft = lambda export, procedure: drafts[export.name]   # noqa: E731
    for export in exports:
        try:
            rows.append(measure(export, args.keep, draft))
        except RuntimeError as err:
            crashed.append(str(err))
    if args.json:
        print(json.dumps({"rows": rows, "crashed": crashed}, ensure_ascii=False, indent=1))
        return 1 if crashed else 0
    print("| # | export | procedure | hand findings | starter findings | found by both | share | starter extra "
          "| rules checked hand / starter | staff names | hand without them | starter told them |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {export_number(r['export'])} | {r['export']} | {r['procedure'].split('-')[0]} | {r['hand']} "
              f"| {r['starter']} | {r['both']} | {share(r['both'], r['hand'])} | {r['extra']} | {r['rules_hand']} / {r['rules_starter']} "
              f"| {r['names']} | {r['knowable']} | {r['told']} |")
    for name, numbers in (*SETS, ("all", range(1, 1000))):
        chosen = [r for r in rows if export_number(r["export"]) in numbers]
        if not chosen:
            continue
        hand, both = sum(r["hand"] for r in chosen), sum(r["both"] for r in chosen)
        total = lambda key: sum(r[key] for r in chosen)   # noqa: E731
        mean = sum(r["both"] / r["hand"] for r in chosen if r["hand"]) / max(1, sum(1 for r in chosen if r["hand"]))
        print(f"| | **{name}** | | {hand} | {sum(r['starter'] for r in chosen)} | {both} | **{share(both, hand)}** "
              f"(mean per export {100 * mean:.0f} %) | {sum(r['extra'] for r in chosen)} "
              f"| {sum(r['rules_hand'] for r in chosen)} / {sum(r['rules_starter'] for r in chosen)} "
              f"| {sum(r['names'] for r in chosen)} | {total('knowable')} ({share(total('knowable'), hand)}) "
              f"| {total('told')} ({share(total('told'), hand)}) |")
    for err in crashed:
        print(f"\nCRASH: {err}", file=sys.stderr)
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
