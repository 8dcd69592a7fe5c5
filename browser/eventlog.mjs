// Event logs (one row per event) in the browser: the export's events kept where they can be placed in a case's
// history, then pivoted to one row per case — checker/readers/eventlog.py's read_event_log and pivot_events, the same
// statements over the table `raw` the page loaded — so that the audit reads `cases` as for any export.

const XES_NAMES = { case: 'case:concept:name', activity: 'concept:name', time: 'time:timestamp', resource: 'org:resource' };
const ROLE_LABELS = { case: '案件编号', activity: '环节（活动）', time: '时间', resource: '处理人' };
const TIME_FORMAT = '%Y-%m-%d %H:%M:%S';
const ident = name => '"' + name.replaceAll('"', '""') + '"';
const blank = column => `nullif(trim(${column}), '') IS NULL`;
const VALID = `NOT (${blank('c')}) AND NOT (${blank('a')}) AND parsed IS NOT NULL`;

export class EventLogError extends Error {}

// The profile's event_log with its roles resolved to the export's columns (eventlog._columns)
export function logColumns(log, headers) {
  const chosen = {};
  for (const role of ['case', 'activity', 'time', 'resource']) {
    let name = role in log ? log[role] : XES_NAMES[role];
    if (name === null && headers.includes(XES_NAMES[role])) name = XES_NAMES[role];
    if (name === null && role !== 'resource') {
      throw new EventLogError(`请指定事件日志中「${ROLE_LABELS[role]}」所在的列；文件中的列：${headers.join('、')}`);
    }
    if (name !== null && !headers.includes(name)) {
      throw new EventLogError(`没有这一列（用作${ROLE_LABELS[role]}）：${name}；文件中的列：${headers.join('、')}`);
    }
    chosen[role] = name;
  }
  return chosen;
}

// The log's roles and the case attributes the profile keeps (its other `columns`), all checked against the export
export function resolveLog(profile, headers) {
  const chosen = logColumns(profile.event_log, headers);
  const attributes = Object.keys(profile.columns).filter(h => !Object.values(chosen).includes(h));
  for (const name of attributes) {
    if (!headers.includes(name)) throw new EventLogError(`没有这一列（映射文件把它作为案件的属性）：${name}；文件中的列：${headers.join('、')}`);
  }
  return { chosen, attributes };
}

// The headers of the pivoted table (mapping.audited_headers): every mapped step's columns, and the case attributes
export function pivotHeaders(log, attributes, repeats) {
  const columns = ['case_number'];
  for (const step of new Set(Object.values(log.activities))) {
    columns.push(`${step}_at`, `${step}_by`);
    if (repeats[step]) {
      for (let n = 2; n <= repeats[step]; n += 1) columns.push(`${step}_${n}_at`, `${step}_${n}_by`);
      columns.push(`${step}_last_at`, `${step}_count`);
    }
  }
  return [...columns, ...attributes];
}

// raw (the export as loaded) -> events (the events that can be placed) and raw again, one row per case; returns
// the events that could not be placed.
export async function pivot(con, run, log, { chosen, attributes }, repeats, grammar, hint) {
  const resource = chosen.resource ? ident(chosen.resource) : 'CAST(NULL AS VARCHAR)';
  const kept = attributes.map(name => `, CAST(${ident(name)} AS VARCHAR) AS ${ident(name)}`).join('');
  const inner = `SELECT CAST(${ident(chosen.case)} AS VARCHAR) AS c, ${ident(chosen.activity)} AS a, ` +
    `${ident(chosen.time)} AS tv, ${resource} AS r, _row, ${grammar(ident(chosen.time))} AS parsed${kept} FROM raw`;
  const problems = (await run(con,
    `SELECT _row, CASE WHEN ${blank('c')} THEN 'case' WHEN ${blank('a')} THEN 'activity' ` +
    `WHEN ${blank('tv')} THEN 'time-missing' ELSE 'time-bad' END AS kind, tv FROM (${inner}) WHERE NOT (${VALID}) ORDER BY _row`))
    .map(p => ({ row: Number(p._row), ...problem(p, chosen, hint) }));
  await con.query('DROP TABLE IF EXISTS events');
  await con.query(`CREATE TABLE events AS SELECT c AS "case", a AS activity, parsed AS "time", r AS resource, _row` +
                  `${attributes.map(n => ', ' + ident(n)).join('')} FROM (${inner}) WHERE ${VALID} ORDER BY _row`);

  const steps = [...new Set(Object.values(log.activities))];
  const pairs = Object.entries(log.activities);
  await con.query('DROP TABLE IF EXISTS ck_steps');
  await run(con, `CREATE TABLE ck_steps AS SELECT activity, CAST(idx AS INTEGER) AS idx FROM (VALUES ${
    pairs.map(() => '(?, ?)').join(', ')}) v(activity, idx)`, pairs.flatMap(([activity, step]) => [String(activity), steps.indexOf(step)]));
  // ties at the same instant go to the event earlier in the file
  const order = 'struct_pack(t := e."time", r := e._row)';
  const columns = [];
  steps.forEach((step, i) => {
    const [pick, arg] = (log.last ?? []).includes(step) ? ['max', 'arg_max'] : ['min', 'arg_min'];
    columns.push(`strftime(${pick}(e."time") FILTER (WHERE m.idx = ${i}), '${TIME_FORMAT}') AS ${ident(step + '_at')}`);
    columns.push(`${arg}(e.resource, ${order}) FILTER (WHERE m.idx = ${i}) AS ${ident(step + '_by')}`);
    for (let n = 2; n <= (repeats[step] ?? 0); n += 1) {
      for (const [value, suffix] of [[`strftime(e."time", '${TIME_FORMAT}')`, '_at'], ['e.resource', '_by']]) {
        columns.push(`list(${value} ORDER BY ${order}) FILTER (WHERE m.idx = ${i})[${n}] AS ${ident(`${step}_${n}${suffix}`)}`);
      }
    }
    if (repeats[step]) {
      columns.push(`strftime(max(e."time") FILTER (WHERE m.idx = ${i}), '${TIME_FORMAT}') AS ${ident(step + '_last_at')}`);
      columns.push(`CAST(count(*) FILTER (WHERE m.idx = ${i}) AS VARCHAR) AS ${ident(step + '_count')}`);
    }
  });
  for (const name of attributes) {
    columns.push(`arg_min(e.${ident(name)}, ${order}) FILTER (WHERE NOT (${blank('e.' + ident(name))})) AS ${ident(name)}`);
  }
  await con.query('DROP TABLE IF EXISTS raw');
  await con.query(`CREATE TABLE raw AS SELECT e."case" AS case_number, ${columns.map(c => c + ', ').join('')}min(e._row) AS _row ` +
                  'FROM events e LEFT JOIN ck_steps m ON e.activity = m.activity GROUP BY e."case" ORDER BY min(e._row)');
  return { problems };
}

function problem(p, chosen, hint) {
  const reasons = { case: [chosen.case, '缺少案件编号'], activity: [chosen.activity, '缺少环节（活动）名称'],
                    'time-missing': [chosen.time, '缺少时间'] };
  const [column, reason] = reasons[p.kind] ?? [chosen.time, `时间「${p.tv}」无法识别为日期时间${hint(p.tv)}`];
  return { column, reason };
}

// What reports call a pivoted column: the log's own time or resource column, with the activities behind the step
// (cases._export_headers)
export function exportHeaders(headers, log, chosen) {
  const activities = {};
  for (const [activity, step] of Object.entries(log.activities)) (activities[step] ??= []).push(String(activity));
  headers.case_number = chosen.case;
  for (const [step, names] of Object.entries(activities)) {
    for (const [suffix, source] of [['_at', chosen.time], ['_by', chosen.resource ?? 'org:resource']]) {
      if (headers[step + suffix] !== undefined) headers[step + suffix] = `${source}（${names.join('、')}）`;
    }
  }
  return headers;
}
