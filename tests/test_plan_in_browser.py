"""The audit plan runs unchanged in the browser (issue #14's plan, the ground of issue #21): every rule query of the
plan `checker plan --json` prints, run by DuckDB-WASM as `browser/dist` bundles it (what the site will serve) in
Debian's chromium, over the same `cases` and calendar tables, returns the same violating records as the checker's
own DuckDB. On the shipped examples and on the starter benchmark's exports: a register for every procedure one was
written for, each with injected violations."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pytest

from checker.cases import prepare_cases
from checker.deadlines import WorkCalendar
from checker.deadlines_sql import BUSINESS_HOURS, CALENDAR, register_calendar
from checker.mapping import load_profile
from checker.plan import audit_plan

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "browser" / "dist"
EXAMPLES = ROOT / "examples"
STARTER = ROOT / "benchmarks" / "starter"
AS_OF = datetime(2025, 7, 1)
TABLES = ("cases", "unreadable_rows", CALENDAR, BUSINESS_HOURS)

HARNESS = """<!doctype html><meta charset="utf-8"><title>plan</title><pre id="state">running</pre>
<script type="module">
import * as duckdb from './engine/duckdb.js';
async function run() {
  const engine = new URL('./engine/', location.href).href;
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(engine + 'duckdb-browser-eh.worker.js'));
  await db.instantiate(engine + 'duckdb-eh.wasm');
  const results = {};
  for (const name of await (await fetch('data/index.json')).json()) {
    const con = await db.connect();
    for (const table of TABLES) {
      const ipc = new Uint8Array(await (await fetch(`data/${name}/${table}.arrow`)).arrayBuffer());
      await con.query(`DROP TABLE IF EXISTS ${table}`);
      await con.insertArrowTable(duckdb.tableFromIPC(ipc), {name: table, create: true});
    }
    const plan = await (await fetch(`data/${name}/plan.json`)).json();
    await con.query('DROP VIEW IF EXISTS audited');
    for (const statement of plan.setup) await con.query(statement);
    results[name] = {};
    for (const rule of plan.rules) {
      const key = `${rule.code} ${rule.rule}`;
      try {
        const statement = await con.prepare(rule.sql);
        const rows = await statement.query(...rule.params, ...(rule.as_of_param ? [plan.as_of] : []));
        results[name][key] = rows.toArray().map(row => Number(row.toJSON()._id)).sort((a, b) => a - b);
        await statement.close();
      } catch (error) { results[name][key] = 'ERROR ' + error.message; }
    }
    await con.close();
  }
  return results;
}
run().then(r => { window.results = r; document.getElementById('state').textContent = 'done'; },
           e => { document.getElementById('state').textContent = 'ERROR ' + e.message; });
</script>
""".replace("TABLES", json.dumps(list(TABLES)))


def exports() -> list[tuple[str, Path, Path]]:
    found = [(p.name[: -len(".hand.yaml")], p) for p in sorted(STARTER.glob("*.hand.yaml"))]
    runs = [(stem, next(STARTER.glob(stem + ".[cx]*")), hand) for stem, hand in found]
    runs += [("example-s42-csv", EXAMPLES / "s42-telecom-cases.csv", EXAMPLES / "s42-mapping.yaml"),
             ("example-s42-xlsx", EXAMPLES / "s42-telecom-cases.xlsx", EXAMPLES / "s42-mapping.yaml"),
             ("example-l2", EXAMPLES / "l2-samr-cases.csv", EXAMPLES / "l2-samr-mapping.yaml"),
             ("example-l3", EXAMPLES / "l3-banking-cases.csv", EXAMPLES / "l3-banking-mapping.yaml"),
             ("example-s17-event-log", EXAMPLES / "s17-event-log.csv", EXAMPLES / "s17-event-log-mapping.yaml")]
    return runs


def write_inputs(catalog, name: str, export: Path, mapping: Path, folder: Path) -> dict[str, list[int]]:
    """The plan and the tables it reads, as the browser gets them; the records the checker's DuckDB returns."""
    profile = load_profile(mapping)
    procedure = catalog.procedures[profile.procedure]
    prepared = prepare_cases(catalog, procedure, [export], profile)
    try:
        register_calendar(prepared.con, WorkCalendar.statutory())
        plan = audit_plan(catalog, procedure, prepared.present).as_dict()
        plan["as_of"] = AS_OF.strftime("%Y-%m-%d %H:%M:%S")
        folder.mkdir(parents=True)
        (folder / "plan.json").write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
        for table in TABLES:
            arrow = prepared.con.sql(f"SELECT * FROM {table}").arrow().read_all()
            with pa.OSFile(str(folder / f"{table}.arrow"), "wb") as sink, pa.ipc.new_stream(sink, arrow.schema) as out:
                out.write_table(arrow)
        expected = {}
        for rule in plan["rules"]:
            params = rule["params"] + ([AS_OF] if rule["as_of_param"] else [])
            rows = prepared.con.execute(rule["sql"], params).fetchall()
            expected[f"{rule['code']} {rule['rule']}"] = sorted(int(row[0]) for row in rows)
        return expected
    finally:
        prepared.close()


def test_every_rule_of_the_plan_finds_the_same_records_in_the_browser(catalog, browser, serve, tmp_path):
    if not (ENGINE / "duckdb.js").exists():
        pytest.fail("browser/dist is missing: .ci/setup builds it (npm ci and npm run build in browser/)")
    shutil.copytree(ENGINE, tmp_path / "engine")
    (tmp_path / "index.html").write_text(HARNESS, encoding="utf-8")
    expected = {name: write_inputs(catalog, name, export, mapping, tmp_path / "data" / name)
                for name, export, mapping in exports()}
    (tmp_path / "data" / "index.json").write_text(json.dumps(list(expected)), encoding="utf-8")
    url = serve(tmp_path)

    page = browser.new_page()
    outside = []
    page.on("request", lambda request: None if request.url.startswith(url) else outside.append(request.url))
    page.goto(url + "index.html")
    page.wait_for_function("document.getElementById('state').textContent !== 'running'", timeout=180_000)
    assert page.inner_text("#state") == "done"
    got = page.evaluate("window.results")
    page.close()

    assert len(expected) == 302 and sum(len(rules) for rules in expected.values()) > 900
    assert sum(len(ids) for rules in expected.values() for ids in rules.values()) > 900   # violations to find
    differing = {(name, rule): (ids, got[name].get(rule)) for name, rules in expected.items()
                 for rule, ids in rules.items() if got[name].get(rule) != ids}
    assert differing == {}
    assert outside == []      # the engine came from the page's own origin: no CDN, no extension download
