// Mapping profiles in the browser: the same YAML as `checker mapping` writes and `checker audit --mapping` reads
// (checker/mapping.py), read and turned into one plan per canonical column (proposals: guess.mjs).
import yaml from 'js-yaml';

export class ProfileError extends Error {}

const KEYS = ['procedure', 'sheet', 'encoding', 'columns', 'values', 'roles', 'outcomes', 'event_log', 'date_order', 'time_zone'];
const ORDERS = ['year_first', 'day_first', 'month_first'];

// YAML true -> 'true', 1.0 -> '1': values compare as the text a CSV would hold (mapping.as_text).
export const asText = v => typeof v === 'number' && Number.isInteger(v) ? String(v) : String(v);

export function parseProfile(text) {
  let data;
  try { data = yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false }) ?? {}; }
  catch (error) { throw new ProfileError(`映射文件不是有效的 YAML（第 ${(error.mark?.line ?? 0) + 1} 行）`); }
  if (typeof data !== 'object' || Array.isArray(data)) throw new ProfileError('映射文件应是键值对（procedure、columns…）');
  const unknown = Object.keys(data).filter(k => !KEYS.includes(k));
  if (unknown.length) throw new ProfileError(`映射文件中有不认识的键：${unknown.join('、')}`);
  const profile = { columns: {}, values: {}, roles: {}, outcomes: {}, date_order: 'year_first', time_zone: '+08:00', ...data };
  if (!ORDERS.includes(profile.date_order)) throw new ProfileError(`date_order 应为 ${ORDERS.join('、')} 之一`);
  if (!/^[+-](0[0-9]|1[0-4]):[0-5][0-9]$/.test(profile.time_zone)) throw new ProfileError('time_zone 应写作 +08:00 这样的时区');
  for (const key of ['columns', 'values', 'roles', 'outcomes']) {
    if (typeof profile[key] !== 'object' || Array.isArray(profile[key])) throw new ProfileError(`${key} 应是键值对`);
  }
  return profile;
}

export function dumpProfile(profile) {
  const out = { procedure: profile.procedure };
  for (const key of ['sheet', 'encoding']) if (profile[key]) out[key] = profile[key];
  if (profile.event_log) out.event_log = profile.event_log;
  out.columns = profile.columns;
  for (const key of ['values', 'roles', 'outcomes']) if (Object.keys(profile[key] ?? {}).length) out[key] = profile[key];
  if (profile.date_order !== 'year_first') out.date_order = profile.date_order;
  if (profile.time_zone !== '+08:00') out.time_zone = profile.time_zone;
  return yaml.dump(out, { lineWidth: -1, noRefs: true });
}

export function localOffset(profile) {
  const sign = profile.time_zone.startsWith('-') ? -1 : 1;
  const [h, m] = profile.time_zone.slice(1).split(':').map(Number);
  return sign * (h * 60 + m);
}

// Mistakes that would otherwise check less without saying so (mapping.profile_problems, the wide-export part).
export function profileProblems(bundle, profile) {
  const problems = [];
  const byTarget = {};
  for (const [header, target] of Object.entries(profile.columns)) (byTarget[target] ??= []).push(header);
  for (const [target, headers] of Object.entries(byTarget)) {
    if (headers.length > 1) problems.push(`表头${headers.join('、')}都映射到 ${target}：一列只能来自一个表头`);
  }
  const canonical = new Set(bundle.columns.map(c => c.id));
  const unknown = [...new Set([...Object.values(profile.columns), ...Object.keys(profile.values)])].filter(t => !canonical.has(t));
  if (unknown.length) problems.push(`映射到本制度没有的列：${unknown.sort().join('、')}`);
  const roles = bundle.outline.roles.map(r => r.id);
  const known = new Set(['', ...roles, ...bundle.outline.roles.map(r => r.name)]);
  const doers = [...Object.entries(profile.roles).map(([written, role]) => ['roles', written, role]),
                 ...Object.entries(profile.values).filter(([column]) => column.endsWith('_by'))
                   .flatMap(([column, given]) => Object.entries(given).map(([written, role]) => [`values.${column}`, written, role]))];
  for (const [where, written, role] of doers) {
    if (!known.has(asText(role))) problems.push(`${where} 中“${asText(written)}”映射到不存在的角色 ${asText(role)}（可用：${roles.join('、')}）`);
  }
  const steps = new Set(bundle.steps);
  for (const [status, outcome] of Object.entries(profile.outcomes)) {
    for (const [value, step] of Object.entries(outcome.steps ?? {})) {
      if (!steps.has(step)) problems.push(`outcomes.${status} 中取值“${value}”映射到不存在的环节 ${step}`);
    }
  }
  if (Object.keys(profile.outcomes).length && profile.event_log) problems.push('outcomes 用于每案一行的导出；事件日志的环节由 event_log.activities 对应');
  const log = profile.event_log;
  if (log) {
    const activities = log.activities ?? {};
    if (!Object.keys(activities).length) problems.push(`event_log.activities 为空：请写出每个活动名对应的环节 id（可用：${[...steps].join('、')}）`);
    problems.push(...(log.last ?? []).filter(step => !Object.values(activities).includes(step)).map(step => `event_log.last 中的 ${step} 不是映射到的环节`));
    problems.push(...Object.entries(activities).filter(([, step]) => !steps.has(step))
      .map(([activity, step]) => `event_log.activities 中活动“${activity}”映射到不存在的环节 ${step}（可用：${[...steps].join('、')}）`));
  }
  return problems;
}

// For every canonical column, which header feeds it, with which value map (mapping.plan_columns).
export function planColumns(bundle, headers, profile) {
  const byTarget = {};
  for (const [header, target] of Object.entries(profile.columns)) byTarget[target] = header;
  const roles = Object.fromEntries(Object.entries(profile.roles).map(([k, v]) => [asText(k), asText(v)]));
  const outcomeOf = outcomeSources(profile, headers);
  return bundle.columns.map(({ id, reading, as_written }) => {
    let header = byTarget[id] ?? (headers.includes(id) ? id : null);
    if (header !== null && !headers.includes(header)) header = null;
    let values = Object.fromEntries(Object.entries(profile.values[id] ?? {}).map(([k, v]) => [asText(k), asText(v)]));
    if (id.endsWith('_by')) values = { ...roles, ...values };
    if (header === null && outcomeOf[id]) {
      const [source, when] = outcomeOf[id];
      return { column: id, header: source, values, when, label: `${source}（${when[0]}：${when[1].join('、')}）`,
               as_written: as_written ?? null };
    }
    return { column: id, header, values, when: null, label: header, reading: reading ?? null, as_written: as_written ?? null };
  });
}

function outcomeSources(profile, headers) {
  const sources = {};
  for (const [status, outcome] of Object.entries(profile.outcomes)) {
    if (!headers.includes(status)) continue;
    const named = {};
    for (const [value, step] of Object.entries(outcome.steps ?? {})) (named[step] ??= []).push(asText(value));
    for (const [step, values] of Object.entries(named)) {
      for (const [suffix, header] of [['_at', outcome.date], ['_by', outcome.by]]) {
        if (header && headers.includes(header)) sources[step + suffix] = [header, [status, values]];
      }
    }
  }
  return sources;
}

// Every header the profile names, with what it feeds: for the report of headers the export lacks.
export function headersMapped(profile) {
  const mapped = { ...profile.columns };
  for (const [status, outcome] of Object.entries(profile.outcomes)) {
    const steps = [...new Set(Object.values(outcome.steps ?? {}))].join('、');
    mapped[status] = `outcomes（${steps}）`;
    mapped[outcome.date] = `outcomes.${status}.date（${steps}）`;
    if (outcome.by) mapped[outcome.by] = `outcomes.${status}.by（${steps}）`;
  }
  return mapped;
}

// For a choice column, each of the export's values (most frequent first) with the option the profile's `values`
// map it to, else null (kept as it is). A profile is taken as written, as `checker audit` takes it.
export function valueChoices(column, values, profile) {
  const given = Object.fromEntries(Object.entries(profile.values[column.id] ?? {}).map(([k, v]) => [asText(k), asText(v)]));
  return values.map(([value, count]) => ({ value, count, option: given[value] ?? null }));
}
