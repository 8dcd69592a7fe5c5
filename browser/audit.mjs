// The audit in the browser: an export read (read.mjs) and mapped (mapping.mjs) into DuckDB-WASM as table `cases`,
// then the plan the site build compiled from the catalog (checker/site/browser_audit.py) run over it and the
// calendar tables, and the violating records turned into findings. The order of steps is checker/cases.py's and
// checker/audit.py's; every statement comes from the build.
import { Table, Utf8, makeData, makeVector } from 'apache-arrow';
import { planColumns, profileProblems, headersMapped, localOffset } from './mapping.mjs';
import { calendarOf, deadlineTrace, parseTime } from './trace.mjs';
import { exportHeaders, pivot, pivotHeaders, resolveLog } from './eventlog.mjs';

export class AuditError extends Error {}

const ident = name => '"' + name.replaceAll('"', '""') + '"';
const typed = column => ident(column + '__t');
const blank = c => `(${c} IS NULL OR trim(${c}) = '')`;
const trimmed = header => `NULLIF(trim(CAST(${ident(header)} AS VARCHAR)), '')`;

async function run(con, sql, params = []) {
  if (!params.length) return (await con.query(sql)).toArray().map(r => r.toJSON());
  const statement = await con.prepare(sql);
  try { return (await statement.query(...params)).toArray().map(r => r.toJSON()); }
  finally { await statement.close(); }
}

const num = v => v === null || v === undefined ? v : Number(v);
// Times come back as DuckDB writes them ('2025-03-05 10:19:11.637'), so that no JavaScript Date rounds them:
// a deadline's rows are selected through asText.
const asText = (sql, columns) => `SELECT * REPLACE (${columns.map(c => `CAST(${c} AS VARCHAR) AS ${c}`).join(', ')}) FROM (${sql})`;
const minute = text => text.slice(0, 16);
// Python's isoformat: seconds always, a fraction as microseconds
const second = text => text.length > 19 ? text.slice(0, 20) + text.slice(20).padEnd(6, '0') : text;
// A day-based period ends at 24:00 of its last day (missed_deadline._fmt).
function dueText(text) {
  if (text.slice(11, 16) !== '00:00') return minute(text);
  const day = new Date(Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10)) - 86400000);
  return `${day.toISOString().slice(0, 10)} 24:00`;
}

// Load the export's rows as table raw: every header a text column, and `_row`, its own line or sheet row.
// The Arrow columns are written directly (vectorFromArray took six seconds for 100k rows of 31 columns).
export async function loadRaw(con, source) {
  const columns = { _row: makeVector(BigInt64Array.from(source.rows, r => BigInt(r.row))) };
  source.headers.forEach((header, i) => { columns[header] = textVector(source.rows, i); });
  await con.query('DROP TABLE IF EXISTS raw');
  await con.insertArrowTable(new Table(columns), { name: 'raw', create: true });
}

// One column as Arrow UTF-8, encoded here (TextEncoder per value cost two seconds at 100k rows of 31 columns).
function textVector(rows, index) {
  const n = rows.length;
  const offsets = new Int32Array(n + 1), validity = new Uint8Array((n + 7) >> 3);
  let bytes = new Uint8Array(1 << 16), at = 0, nulls = 0;
  for (let i = 0; i < n; i += 1) {
    const value = rows[i].cells[index];
    if (value === null || value === undefined || value === '') {     // blank, as DuckDB reads an empty field
      nulls += 1;
    } else {
      validity[i >> 3] |= 1 << (i & 7);
      if (at + value.length * 3 > bytes.length) {      // a UTF-16 unit takes at most 3 bytes in UTF-8
        const grown = new Uint8Array(Math.max(at + value.length * 3, bytes.length * 2));
        grown.set(bytes.subarray(0, at));
        bytes = grown;
      }
      for (let k = 0; k < value.length; k += 1) {
        let c = value.charCodeAt(k);
        if (c < 0x80) { bytes[at++] = c; continue; }
        if (c < 0x800) { bytes[at++] = 0xc0 | (c >> 6); bytes[at++] = 0x80 | (c & 63); continue; }
        if (c >= 0xd800 && c < 0xdc00 && k + 1 < value.length) {
          const low = value.charCodeAt(k + 1);
          if (low >= 0xdc00 && low < 0xe000) {
            k += 1;
            c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
            bytes[at++] = 0xf0 | (c >> 18); bytes[at++] = 0x80 | ((c >> 12) & 63);
            bytes[at++] = 0x80 | ((c >> 6) & 63); bytes[at++] = 0x80 | (c & 63);
            continue;
          }
        }
        if (c >= 0xd800 && c < 0xe000) c = 0xfffd;      // a lone surrogate, as TextEncoder writes it
        bytes[at++] = 0xe0 | (c >> 12); bytes[at++] = 0x80 | ((c >> 6) & 63); bytes[at++] = 0x80 | (c & 63);
      }
    }
    offsets[i + 1] = at;
  }
  return makeVector(makeData({ type: new Utf8(), length: n, nullCount: nulls, nullBitmap: validity,
                               valueOffsets: offsets, data: bytes.subarray(0, at) }));
}

// The rows a doer rule could not judge (checker/checks/wrong_routing.unjudged_note): where none could be, the rule
// checked nothing and counts as not checked
function unjudgedNote(rule, counts) {
  const unknown = counts.filter(r => r.doer !== null).map(r => Number(r.n));
  if (!unknown.length) return null;
  const judged = counts.filter(r => r.doer === null).reduce((sum, r) => sum + Number(r.n), 0);
  const reason = `${unknown.reduce((a, b) => a + b, 0)} 行的办理人（${unknown.length} 种写法）不是制度中的任何角色，` +
    '这些行未判断是否由规定的部门办理：请在映射文件的 roles 中写明其所属角色';
  if (judged) return { rule: rule.rule, title: rule.title, section: null, reason };
  return { rule: rule.rule, title: rule.title, section: rule.section, essential: rule.essential,
           reason: (rule.essential ? '【必查】' : '') + reason + '；没有一行能判断，这条规则实际没有检查' };
}

// `source` kept only on the rows whose status names the step (a register's status saying which step a date is)
function onlyWhen(plan, source) {
  if (!plan.when) return [source, []];
  const [status, values] = plan.when;
  return [`CASE WHEN ${trimmed(status)} IN (${values.map(() => '?').join(', ')}) THEN ${source} END`, values];
}

function projection(plans, events, dates, order) {
  const parts = ['0 AS _file', '_row'], params = [];
  for (const plan of plans) {
    const columns = [plan.column, ...(plan.as_written ? [plan.as_written] : [])];
    if (plan.header === null) { parts.push(...columns.map(c => `CAST(NULL AS VARCHAR) AS ${ident(c)}`)); continue; }
    const raw = trimmed(plan.header);
    if (plan.as_written) {    // a same-person rule compares it unmapped (cases._mapping)
      const [written, when] = onlyWhen(plan, raw);
      params.push(...when);
      parts.push(`${written} AS ${ident(plan.as_written)}`);
    }
    let source = raw;
    const own = [];
    if (plan.reading) {       // 是 in a tick box, 未签 in a signature: the field type's own reading (text.own_reading)
      source = `CASE ${plan.reading.sql.replaceAll(dates.column, raw)} ELSE ${raw} END`;
      own.push(...plan.reading.params);
    }
    const pairs = Object.entries(plan.values);
    if (pairs.length) {       // the mapping's own words first
      source = `CASE ${raw} ${pairs.map(() => 'WHEN ? THEN ?').join(' ')} ELSE ${source} END`;
      own.unshift(...pairs.flat());
    }
    const [kept, when] = onlyWhen(plan, source);
    params.push(...when, ...own);
    parts.push(`${kept} AS ${ident(plan.column)}`);
  }
  const parsed = events.map(c => `, ${dates.iso[order].replaceAll(dates.column, ident(c))} AS ${typed(c)}`).join('');
  return [`CREATE TABLE cases AS SELECT *${parsed} FROM (SELECT ${parts.join(', ')} FROM raw)`, params];
}

// audit(...) -> {summary, findings, unreadable}
export async function audit(db, shared, bundle, source, profile, { fileName, asOf }) {
  const problems = profileProblems(bundle, profile);
  if (problems.length) throw new AuditError('映射文件有误：' + problems.join('；'));
  const log = profile.event_log ?? null;
  let resolved = null;
  try { resolved = log && resolveLog(profile, source.headers); } catch (error) { throw new AuditError(error.message); }
  const chosen = resolved?.chosen;
  // an event log is pivoted to one row per case first: its canonical columns come from the pivot's headers
  const headers = log ? pivotHeaders(log, resolved.attributes, bundle.repeats) : source.headers;
  const plans = planColumns(bundle, headers, profile);
  const mapped = plans.filter(p => p.header !== null);
  if (!mapped.some(p => p.column === 'case_number')) {
    throw new AuditError('导出中找不到案件编号列（case_number）：请在映射中指明哪一列是投诉编号');
  }
  const present = new Set(mapped.map(p => p.column));
  const headerOf = Object.fromEntries(mapped.map(p => [p.column, p.label]));
  if (log) exportHeaders(headerOf, log, chosen);
  const columnsById = Object.fromEntries(bundle.columns.map(c => [c.id, c]));
  const offset = localOffset(profile);
  const order = profile.date_order;
  const dates = shared.dates;

  // the rules the export lets run, and the ones it does not (plan.audit_plan)
  const runs = [], skipped = [];
  for (const rule of bundle.rules) {
    const missing = [...new Set(rule.needs.filter(c => !present.has(c)))].sort();
    const reason = rule.unchecked ?? (missing.length ? '导出中没有列：' + missing.join('、') : null);
    if (reason === null) runs.push(rule);
    else if (rule.unchecked || rule.reports_skipped) {
      skipped.push({ rule: rule.rule, title: rule.title, reason: (rule.essential ? '【必查】' : '') + reason,
                     section: rule.section, essential: rule.essential });
    }
  }
  const needed = new Set(runs.flatMap(r => r.needs));

  const con = await db.connect();
  try {
    for (const table of ['cases', 'unreadable_rows']) await con.query(`DROP TABLE IF EXISTS ${table}`);
    await con.query('DROP VIEW IF EXISTS audited');
    // a record with bytes the encoding cannot decode is unreadable where the mapping reads that field
    const read = new Set(log ? [...Object.values(chosen), ...Object.keys(profile.columns)]
      : plans.flatMap(p => [p.header, p.when?.[0]]));
    const undecodable = new Map();
    for (const record of source.rows) {
      const bad = (record.undecodable ?? []).map(i => source.headers[i]).find(h => read.has(h));
      if (bad !== undefined) undecodable.set(record, bad);
    }
    const loaded = undecodable.size ? { ...source, rows: source.rows.filter(r => !undecodable.has(r)) } : source;
    await loadRaw(con, loaded);
    const hint = raw => new RegExp(dates.day_month_year).test(raw ?? '') ? dates.order_hint : '';
    const misplaced = log ? (await pivot(con, run, log, resolved, bundle.repeats,
      column => dates.full[order].replaceAll(dates.column, column).replaceAll(dates.offset, String(offset)), hint)).problems : [];
    const events = bundle.columns.filter(c => c.event && present.has(c.id)).map(c => c.id);
    const [create, params] = projection(plans, events, dates, order);
    await run(con, create, params);
    await con.query('DROP TABLE raw');

    // times the ISO fast path left go through the whole grammar; what it cannot read either is listed
    const unreadable = [...source.unreadable, ...misplaced, ...[...undecodable].map(([record, column]) =>
      ({ row: record.row, column, reason: `含有无法按 ${source.encoding} 解码的字节` }))]
      .sort((a, b) => a.row - b.row)
      .map(u => ({ file: fileName, row: u.row, column: u.column, reason: u.reason, case: null }));
    const badValues = [];
    await con.query('CREATE TABLE unreadable_rows (_id BIGINT)');
    for (const column of events) {
      const unparsed = `NOT ${blank(ident(column))} AND ${typed(column)} IS NULL`;
      if (!(await run(con, `SELECT 1 FROM cases WHERE ${unparsed} LIMIT 1`)).length) continue;
      const grammar = dates.full[order].replaceAll(dates.column, ident(column)).replaceAll(dates.offset, String(offset));
      await con.query(`UPDATE cases SET ${typed(column)} = ${grammar} WHERE ${unparsed}`);
      const bad = await run(con, `SELECT rowid AS record, _row, case_number, ${ident(column)} AS raw FROM cases WHERE ${unparsed}`);
      for (const b of bad) {
        if (needed.has(column)) {
          unreadable.push({ file: fileName, row: num(b._row), column: headerOf[column] ?? column,
                            reason: `无法识别的日期时间：${b.raw}${hint(b.raw)}`, case: b.case_number });
        } else {
          badValues.push({ ...b, column });
        }
      }
      if (needed.has(column) && bad.length) await con.query(`INSERT INTO unreadable_rows SELECT rowid FROM cases WHERE ${unparsed}`);
    }
    for (const statement of [...shared.calendar.statements, ...bundle.setup]) await con.query(statement);

    shared.workCalendar ??= calendarOf(shared.calendar);
    const context = { shared, bundle, fileName, headerOf, asOf, calendar: shared.workCalendar,
                      personal: personalColumns(shared, bundle, headerOf) };
    const findings = badValues.map(b => finding(context, {
      kind: 'invalid-value', rule: b.column, title: columnsById[b.column].bad_time.title, label: columnsById[b.column].label,
      needs: [b.column], shown: [0], section: null, url: shared.kinds['invalid-value'].url,
    }, { _id: b.record, _row: b._row, case_number: b.case_number, actual: b.raw, expected: columnsById[b.column].bad_time.expected }));
    const judgedNothing = new Set();
    for (const rule of runs) {
      if (rule.unjudged) {     // doers none of the procedure's roles (wrong_routing.unjudged_note)
        const note = unjudgedNote(rule, await run(con, rule.unjudged.sql, rule.unjudged.params));
        if (note) skipped.push(note);
        if (note?.section) judgedNothing.add(rule.rule);
      }
      if (rule.deadline?.uncovered) {
        const years = (await run(con, rule.deadline.uncovered.sql, rule.deadline.uncovered.params)).map(r => Object.values(r)[0]);
        if (years.length) skipped.push({ rule: rule.rule, title: rule.title, section: null,
                                         reason: `节假日日历不覆盖 ${years.join('、')} 年：这些年份起算的案件未检查此时限` });
      }
      const rows = await run(con, rule.deadline ? asText(rule.sql, rule.deadline.times) : rule.sql, [...rule.params, ...(rule.as_of ? [asOf] : [])]);
      for (const row of rows) findings.push(rule.deadline ? lateFinding(context, rule, row) : finding(context, rule, row));
    }
    const codes = Object.fromEntries(Object.entries(shared.kinds).map(([slug, k]) => [slug, k.code]));
    findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || a.record - b.record || codes[a.kind].localeCompare(codes[b.kind]));

    const count = async sql => Number(Object.values((await run(con, sql))[0])[0]);
    const cases = table => count(`SELECT count(DISTINCT case_number) + count(*) FILTER (WHERE case_number IS NULL) FROM ${table}`);
    // rows in the export's own terms: an event log's are events (cases.py _rows_audited)
    const audited = await count(log ? 'SELECT count(*) FROM events e WHERE e."case" IN (SELECT case_number FROM audited)'
                                    : 'SELECT count(*) FROM audited');
    let open = null;
    if (bundle.closed && bundle.closed.needs.every(c => present.has(c))) {
      open = (await run(con, `SELECT _row FROM audited WHERE NOT coalesce((${bundle.closed.sql}), FALSE) ORDER BY _row`,
                        bundle.closed.params)).map(r => ({ file: fileName, row: num(r._row) }));
    }
    const checked = new Set(runs.filter(r => r.section !== null && !judgedNothing.has(r.rule)).map(r => r.rule));
    const own = new Set([...checked, ...skipped.filter(s => s.section !== null && s.section !== undefined).map(s => s.rule)]);
    const absent = log ? [] : Object.entries(headersMapped(profile)).filter(([h]) => !source.headers.includes(h))
      .map(([header, column]) => ({ file: fileName, header, column }));
    const byKind = {}, byRule = {};
    for (const f of findings) { byKind[f.kind] = (byKind[f.kind] ?? 0) + 1; byRule[f.rule] = (byRule[f.rule] ?? 0) + 1; }
    const withFindings = new Set(findings.map(f => f.case === null || f.case === '' ? `#${f.record}` : `=${f.case}`));
    const summary = {
      procedure: bundle.procedure, procedure_title: bundle.title, exports: [fileName], as_of: asOf.slice(0, 16),
      time_zone: `UTC${profile.time_zone}`, absent_headers: absent, superseded_by: bundle.superseded_by,
      unchecked_obligations: bundle.unchecked_obligations,
      rows_read: source.rowsRead, rows_audited: audited, rows_unreadable: source.rowsRead - audited, event_log: Boolean(log),
      cases_read: await cases('cases'), cases_audited: await cases('audited'),
      findings: findings.length, cases_with_findings: withFindings.size, by_kind: byKind, by_rule: byRule,
      skipped_rules: skipped, procedure_rules: own.size, procedure_rules_checked: checked.size,
      checked_rules: await checkedRules(con, runs),
      open_cases: open === null ? null : open.length,
    };
    return { summary, findings, unreadable };
  } finally {
    await con.close();
  }
}

// The rules that ran; one with conditions says to how many audited cases they applied (audit._checked)
async function checkedRules(con, runs) {
  const checked = [];
  for (const r of runs) {
    const item = { code: r.code, kind: r.kind, rule: r.rule, title: r.title, clause: r.clause };
    if (r.applies) {
      item.applies_to = Number(Object.values((await run(con, `SELECT count(*) FROM audited WHERE ${r.applies.sql}`,
                                                        r.applies.params))[0])[0]);
    }
    checked.push(item);
  }
  return checked;
}

// The personal columns the export provides, each with how to mask it (audit._personal_columns).
function personalColumns(shared, bundle, headerOf) {
  const styles = {};
  for (const c of bundle.columns) {
    const style = c.personal ?? (headerOf[c.id] !== undefined ? shared.personal_names[String(headerOf[c.id]).trim().toLowerCase()] : undefined);
    if (headerOf[c.id] !== undefined && style) styles[c.id] = style;
  }
  return styles;
}

function render(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '');
}

// One violating row as a finding (checks/base.finding).
function finding(context, rule, row) {
  const kind = context.shared.kinds[rule.kind];
  const actual = row.actual === null || row.actual === undefined ? '' : String(row.actual);
  const expected = row.expected === null || row.expected === undefined ? '' : String(row.expected);
  const shown = rule.shown.filter(i => i < rule.needs.length).map(i => context.headerOf[rule.needs[i]]).filter(Boolean);
  const result = {
    case: row.case_number ?? null, kind: rule.kind, code: kind.code, severity: kind.severity,
    procedure: context.bundle.procedure, rule: rule.rule, clause: rule.clause ?? null, quote: rule.quote ?? null,
    expected, actual, message: render(kind.message, { label: rule.label, rule_title: rule.title, actual, expected }),
    file: context.fileName, row: num(row._row), column: [...new Set(shown)].join('、') || null,
    record: num(row._id), url: rule.url,
  };
  const style = rule.needs.length ? context.personal[rule.needs[0]] : undefined;
  if (style && actual) result.personal = style;
  if (rule.interpretation) result.interpretation = rule.interpretation;
  return result;
}

// A missed deadline: its due instant and what the SQL counted (missed_deadline._finding).
function lateFinding(context, rule, row) {
  const open = Boolean(row.open);
  const asOf = context.asOf.slice(0, 16);
  const result = finding(context, rule, {
    ...row, actual: open ? `截至 ${asOf} 未完成` : minute(row.end_t), expected: dueText(row.due_t),
  });
  let trace = deadlineTrace(rule.deadline, row, context.asOf, context.calendar);
  if (rule.deadline.bound_is_late && parseTime(open ? context.asOf : row.end_t) === parseTime(row.due_t)) {
    trace += '（“以上”包含本数：恰好到时限即属违反）';
  }
  return { ...result, open, deadline: second(row.due_t), trace };
}
