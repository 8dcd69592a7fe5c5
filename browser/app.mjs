// The page "在浏览器中审计": pick a procedure, drop an export, adjust the mapping, audit — all in this browser.
// The export never leaves the page: it is read here, audited by DuckDB-WASM served from the site itself, and the
// findings are downloaded from memory. Data the site build compiled: browser-audit/data/ (checker/site/browser_audit.py).
import * as duckdb from '@duckdb/duckdb-wasm';
import { readExport } from './read.mjs';
import { parseProfile, dumpProfile, planColumns, valueChoices, asText } from './mapping.mjs';
import { audit } from './audit.mjs';
import { draftProfile } from './guess.mjs';
import { logColumns } from './eventlog.mjs';
import { masker } from './mask.mjs';
import { renderReport, findingsCsv, findingsXlsx } from './report.mjs';

const $ = id => document.getElementById(id);
const yaml = file => /\.ya?ml$/i.test(file.name);
const VALUES_SHOWN = 30;
const KEEP = 'keep:';        // the value selects' choice "leave it as the export writes it"
const here = new URL('./browser-audit/', document.baseURI).href;
const state = { db: null, shared: null, bundle: null, source: null, fileName: null, profile: null, result: null, shown: null };

function say(text, bad = false) {
  const node = $('ba-state');
  node.textContent = text;
  node.className = bad ? 'ba-bad' : '';
}

async function json(path) {
  const response = await fetch(here + path);
  if (!response.ok) throw new Error(`${path}：${response.status}`);
  return response.json();
}

async function start() {
  if (location.protocol === 'file:') return;   // the page's own script has said why, and what to do
  state.shared = await json('data/shared.json');
  const select = $('ba-procedure');
  for (const p of state.shared.procedures) select.append(new Option(`${p.title}（${p.id}）`, p.id));
  const worker = new Worker(here + 'duckdb-browser-eh.worker.js');
  state.db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await state.db.instantiate(here + 'duckdb-eh.wasm');
  state.mask = masker(state.shared.masking);
  const now = new Date();
  $('ba-as-of').value = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  select.addEventListener('change', () => chooseProcedure().catch(fail));
  // a file is read once chosen, and the input cleared: choosing the same file again (changed since) reads it again
  $('ba-export').addEventListener('change', () => readChosen($('ba-export').files[0]).catch(fail).finally(() => { $('ba-export').value = ''; }));
  $('ba-profile').addEventListener('change', () => loadProfile($('ba-profile').files[0]).catch(fail).finally(() => { $('ba-profile').value = ''; }));
  $('ba-run').addEventListener('click', () => runAudit().catch(fail));
  $('ba-save-profile').addEventListener('click', () => download('mapping.yaml', dumpProfile(state.profile), 'text/yaml'));
  $('ba-show-personal').addEventListener('change', showReport);
  $('ba-csv').addEventListener('click', () => download('findings.csv', findingsCsv(state.shown, state.result.summary, state.shared), 'text/csv'));
  $('ba-xlsx').addEventListener('click', () => download('findings.xlsx', findingsXlsx(state.shown, state.result.summary, state.shared),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'));
  // an export or a mapping file dropped anywhere on the page is read as if chosen
  const area = $('browser-audit');
  area.addEventListener('dragover', event => { event.preventDefault(); area.classList.add('ba-dropping'); });
  area.addEventListener('dragleave', () => area.classList.remove('ba-dropping'));
  area.addEventListener('drop', event => {
    event.preventDefault();
    area.classList.remove('ba-dropping');
    const files = [...event.dataTransfer.files].sort((a, b) => yaml(b) - yaml(a));   // the mapping first
    (async () => { for (const file of files) await (yaml(file) ? loadProfile(file) : readChosen(file)); })().catch(fail);
  });
  say('审计引擎已就绪：请选择制度和导出文件（也可以把文件拖到本区域）。文件只在本机浏览器中处理，不会上传。');
  document.body.dataset.auditReady = 'true';
}

function fail(error) {
  say(error.message || String(error), true);
  document.body.dataset.auditError = error.message || String(error);
}

async function chooseProcedure() {
  const id = $('ba-procedure').value;
  state.bundle = id ? await json(`data/${id}.json`) : null;
  const other = state.profile?.procedure && state.profile.procedure !== id;     // a profile for another procedure
  if (state.bundle && state.source && (!state.profile || state.proposed || other)) await propose();
  showMapping();
}

// The starter profile `checker mapping` would print for this export, made by its own code in this page.
async function propose() {
  say('正在生成映射建议（与 python -m checker mapping 相同的代码，在本机浏览器中运行；第一次要载入几秒）…');
  const text = await draftProfile(here, state.db, state.bundle, state.source, state.fileName);
  state.profile = parseProfile(text);
  state.proposed = true;
  $('ba-draft-text').textContent = text;
  $('ba-draft').hidden = false;
  document.body.dataset.draftDone = String(Number(document.body.dataset.draftDone ?? 0) + 1);   // for scripted use
  say(`映射建议已生成：${state.fileName} → ${state.bundle.procedure}。依据见“映射建议及其依据”；请逐项核对，然后开始审计。`);
}

async function readChosen(file) {
  if (!file) return;
  say(`正在读取 ${file.name}…`);
  state.fileName = file.name;
  state.file = file;
  state.source = readExport(file.name, new Uint8Array(await file.arrayBuffer()),
                            { sheet: state.profile?.sheet, encoding: state.profile?.encoding, reading: state.shared.reading });
  say(`已读取 ${file.name}：${state.source.headers.length} 列，${state.source.rowsRead} 行。请核对映射，然后开始审计。`);
  if (state.bundle && (!state.profile || state.proposed)) await propose();
  showMapping();
}

async function loadProfile(file) {
  if (!file) return;
  const profile = parseProfile(await file.text());
  if (profile.procedure) {
    $('ba-procedure').value = profile.procedure;
    if ($('ba-procedure').value !== profile.procedure) throw new Error(`映射文件的制度 ${profile.procedure} 不在知识库中`);
  }
  state.profile = profile;
  state.proposed = false;
  $('ba-draft').hidden = true;
  await chooseProcedure();
  state.profile = profile;
  if (state.file && (profile.sheet || profile.encoding)) await readChosen(state.file);
  showMapping();
  say(`已载入映射文件 ${file.name}`);
}

// The mapping as a form: per canonical column, the export header that feeds it.
function showMapping() {
  const box = $('ba-mapping');
  box.replaceChildren();
  if (!state.bundle || !state.source || !state.profile) return;
  state.profile.procedure = state.bundle.procedure;
  const plans = Object.fromEntries(planColumns(state.bundle, state.source.headers, state.profile).map(p => [p.column, p]));
  const needed = new Set(state.bundle.rules.flatMap(r => r.needs));
  const log = state.profile.event_log;
  // an event log gives the case number and the steps through event_log (the activities form below)
  const rows = state.bundle.columns.filter(c => (!log || (c.kind === 'field' && c.id !== 'case_number')) &&
    (needed.has(c.id) || c.id === 'case_number' || plans[c.id].header !== null));
  const table = document.createElement('table');
  table.id = 'ba-mapping-table';
  table.createTHead().insertRow().append(...['审计字段', '导出中的列'].map(t => Object.assign(document.createElement('th'), { textContent: t })));
  const body = table.createTBody();
  for (const column of rows) {
    const tr = body.insertRow();
    tr.insertCell().textContent = `${column.label}（${column.id}）`;
    const select = document.createElement('select');
    select.dataset.column = column.id;
    select.append(new Option('（无）', ''), ...state.source.headers.map(h => new Option(h, h)));
    const plan = plans[column.id];
    select.value = plan.when ? '' : plan.header ?? '';
    if (plan.when) select.title = `由 outcomes 提供：${plan.label}`;
    select.addEventListener('change', () => {
      for (const [header, target] of Object.entries(state.profile.columns)) if (target === column.id) delete state.profile.columns[header];
      if (select.value) state.profile.columns[select.value] = column.id;
    });
    tr.insertCell().append(select);
  }
  box.append(table, ...(log ? [activitiesForm(log)] : []), ...valueForms(plans));
  $('ba-run').disabled = false;
}

// An event log's activities, with the step each is (event_log.activities); an activity that is no step is ignored,
// and counted in the form.
function activitiesForm(log) {
  let chosen;
  try { chosen = logColumns(log, state.source.headers); } catch (error) { return Object.assign(document.createElement('p'), { className: 'ba-bad', textContent: error.message }); }
  const index = state.source.headers.indexOf(chosen.activity);
  const counts = new Map();
  for (const row of state.source.rows) {
    const activity = row.cells[index];
    if (activity) counts.set(activity, (counts.get(activity) ?? 0) + 1);
  }
  const table = document.createElement('table');
  table.id = 'ba-activities';
  table.createCaption().textContent = `事件日志：“${chosen.activity}”列的活动 → 环节（案件编号取自“${chosen.case}”，时间取自“${chosen.time}”）`;
  const body = table.createTBody();
  log.activities ??= {};
  for (const [activity, count] of [...counts].sort((a, b) => b[1] - a[1])) {
    const tr = body.insertRow();
    tr.insertCell().textContent = `${activity}（${count} 个事件）`;
    const select = document.createElement('select');
    select.dataset.activity = activity;
    select.append(new Option('（不是本制度的环节：不计）', ''), ...state.bundle.steps.map(step =>
      new Option(`${state.bundle.columns.find(c => c.id === `${step}_at`).label}（${step}）`, step)));
    select.value = log.activities[activity] ?? '';
    select.addEventListener('change', () => {
      if (select.value) log.activities[activity] = select.value;
      else delete log.activities[activity];
    });
    tr.insertCell().append(select);
  }
  return table;
}

// Per mapped choice column, its values and the option each means; a proposal by id or label is written into the
// profile at once, so that what the form shows is what the audit reads.
function valueForms(plans) {
  const forms = [];
  for (const column of state.bundle.columns.filter(c => c.options && plans[c.id].header !== null && !plans[c.id].when)) {
    const index = state.source.headers.indexOf(plans[column.id].header);
    const counts = new Map();
    for (const row of state.source.rows) {
      const value = (row.cells[index] ?? '').trim();
      if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const values = [...counts].sort((a, b) => b[1] - a[1]).slice(0, VALUES_SHOWN);
    const choices = valueChoices(column, values, state.profile);
    const table = document.createElement('table');
    table.className = 'ba-values';
    table.createCaption().textContent = `“${plans[column.id].header}”的取值 → ${column.label}（${column.id}）` +
      (counts.size > VALUES_SHOWN ? `：只列出最常见的 ${VALUES_SHOWN} 个，共 ${counts.size} 个` : '');
    const body = table.createTBody();
    for (const choice of choices) {
      const tr = body.insertRow();
      tr.insertCell().textContent = `${choice.value}（${choice.count} 行）`;
      const select = document.createElement('select');
      select.dataset.column = column.id;
      select.dataset.value = choice.value;
      // '' maps a value to blank (not applicable), as in the YAML; KEEP leaves it as the export writes it
      select.append(new Option('（按原值，不对应）', KEEP), new Option('（空：不适用）', ''),
                    ...column.options.map(o => new Option(`${o.label}（${o.id}）`, o.id)));
      if (choice.option && !column.options.some(o => o.id === choice.option)) {
        select.append(new Option(`${choice.option}（映射文件给出，不是本制度的选项）`, choice.option));   // kept as written
      }
      select.value = choice.option ?? KEEP;
      const set = () => {
        const map = state.profile.values[column.id] ??= {};
        const before = map[choice.value];     // kept as the file wrote it (YAML true stays true, not 'true')
        if (select.value === KEEP || select.value === choice.value) delete map[choice.value];
        else if (before === undefined || asText(before) !== select.value) map[choice.value] = select.value;
        if (!Object.keys(map).length) delete state.profile.values[column.id];
      };
      set();
      select.addEventListener('change', set);
      tr.insertCell().append(select);
    }
    forms.push(table);
  }
  return forms;
}

async function runAudit() {
  if (!state.bundle || !state.source) throw new Error('请先选择制度和导出文件');
  say('正在审计…');
  const started = performance.now();
  const asOf = $('ba-as-of').value.replace('T', ' ') + ':00';
  state.result = await audit(state.db, state.shared, state.bundle, state.source, state.profile, { fileName: state.fileName, asOf });
  const seconds = (performance.now() - started) / 1000;
  showReport();
  say(`审计完成，用时 ${seconds.toFixed(1)} 秒。`);
  // for scripted use (tests, benchmarks/run.py): the result as computed, unmasked; it stays in this page
  window.auditResult = state.result;
  document.body.dataset.auditDone = String(Number(document.body.dataset.auditDone ?? 0) + 1);
}

function showReport() {
  if (!state.result) return;
  state.shown = renderReport($('ba-report'), state.result, state.shared, { mask: state.mask, show: $('ba-show-personal').checked });
  $('ba-downloads').hidden = false;
}

function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

start().catch(error => fail(new Error(`审计引擎未能启动：${error.message || error}`)));
