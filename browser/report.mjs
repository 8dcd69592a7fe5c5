// The audit's report in the page, and its downloads (CSV and XLSX with the command line's columns). Every value
// from the export goes into the page as text (DOM textContent), never as HTML; into spreadsheets as text, never
// as a formula. Personal data is masked unless the reader asks to see it.
import { writeXlsx } from './xlsx.mjs';

// "读取 6 行，审计 5 行，无法读取 1 行" (reports/common.counts_line, table exports)
// "读取 6 行（2 个案件），审计 …" (reports/common.counts_line): an event log's rows are events, so its cases are given
export function countsLine(s) {
  const cases = n => n === null ? '' : `（${n} 个案件）`;
  const read = s.event_log ? s.cases_read : null;
  const audited = s.event_log || s.cases_audited !== s.rows_audited ? s.cases_audited : null;
  return `读取 ${s.rows_read} 行${cases(read)}，审计 ${s.rows_audited} 行${cases(audited)}，无法读取 ${s.rows_unreadable} 行`;
}

// How much a clean report is worth (reports/common.coverage_line)
export function coverageLine(s) {
  if (!s.procedure_rules) return '该制度没有可检查的规则：本报告只检查了案件编号和取值';
  let line = `制度规则 ${s.procedure_rules} 条，检查了 ${s.procedure_rules_checked} 条` +
    (s.procedure_rules_checked < s.procedure_rules ? '（其余见“未检查的规则”）' : '');
  const idle = (s.checked_rules ?? []).filter(r => r.applies_to === 0).map(r => r.rule);   // common.idle_rules
  if (idle.length) line += `；其中 ${idle.length} 条的适用条件没有一个案件符合，实际没有检查任何案件：${idle.join('、')}`;
  if (s.open_cases) line += `；未办结案件 ${s.open_cases} 件：按审计时点检查时限，只检查已到达步骤的记录`;
  if (s.absent_headers.length) line += `；映射中的表头在导出中找不到：${s.absent_headers.map(a => `${a.header}（${a.column}）`).join('、')}`;
  if (s.unchecked_obligations) line += `；另有 ${s.unchecked_obligations} 项义务不能从导出文件检查（见知识库该制度的“检查覆盖”），须人工核对`;
  return line;
}

const SHOWN = 500;

const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter(c => c !== null && c !== undefined));
  return node;
};

export function renderReport(container, result, shared, { mask, show }) {
  const s = result.summary;
  const findings = show ? result.findings : result.findings.map(f => mask.maskItem(f, ['case', 'actual', 'message']));
  const unreadable = show ? result.unreadable : result.unreadable.map(u => mask.maskItem(u, ['case', 'reason']));
  container.replaceChildren();
  const verdict = s.procedure_rules_checked === 0 && s.procedure_rules > 0
    ? ['ba-verdict ba-bad', '没有检查任何制度规则：导出缺少规则所需的列，请调整映射（见下方“未检查的规则”）']
    : s.rows_audited === 0
      ? ['ba-verdict ba-bad', '没有审计任何记录：每一行都无法读取']
      : [`ba-verdict ${s.findings ? 'ba-bad' : 'ba-good'}`, `发现 ${s.findings} 项问题，涉及 ${s.cases_with_findings} 个案件`];
  container.append(
    el('h2', { textContent: `审计结果：${s.procedure_title}` }),
    el('p', { className: verdict[0], id: 'ba-verdict', textContent: verdict[1] }),
    el('ul', { id: 'ba-summary' },
      el('li', { textContent: countsLine(s) }),
      el('li', { textContent: coverageLine(s) }),
      el('li', { textContent: `审计时点 ${s.as_of}（${s.time_zone}）；节假日日历：${shared.calendar.name}，${shared.calendar.first_year}–${shared.calendar.last_year} 年` }),
      el('li', { textContent: show ? '个人信息未遮盖' : '个人信息已遮盖（姓名、地址、电话、证件号、邮箱）' }),
      ...s.superseded_by.map(d => el('li', { textContent: `注意：本制度已被《${d.title}》取代` }))),
  );
  if (s.skipped_rules.length) {
    container.append(el('h3', { textContent: '未检查的规则' }),
      el('ul', { id: 'ba-skipped' }, ...s.skipped_rules.map(r => el('li', { textContent: `${r.rule}：${r.title}（${r.reason}）` }))));
  }
  if (unreadable.length) {
    container.append(el('h3', { textContent: `无法读取的行（${unreadable.length}）` }),
      table(['行号', '列', '原因'], unreadable.map(u => [u.row, u.column ?? '', u.reason]), 'ba-unreadable'));
  }
  // Thousands of findings: the table shows the first SHOWN that match the filter (a page of 100k rows would take
  // the browser seconds to lay out); the downloads hold them all.
  const filter = el('input', { type: 'search', id: 'ba-filter', placeholder: '筛选：案件编号、代码、规则、说明…' });
  const rows = findings.map(f => [f.row ?? '', f.case ?? '', f.code, f.rule, f.message, f.trace ?? '', f]);
  const texts = rows.map(r => r.slice(0, 6).join('\n').toLowerCase() + '\n' + (r[6].clause ?? ''));
  const shown = table(['行号', '案件编号', '代码', '规则', '说明', '时限计算', '条款'], [], 'ba-findings');
  const count = el('p', { id: 'ba-shown' });
  const fill = () => {
    const words = filter.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const matching = rows.filter((_, i) => words.every(w => texts[i].includes(w)));
    shown.tBodies[0].replaceChildren(...matching.slice(0, SHOWN).map(r =>
      el('tr', {}, ...r.slice(0, 6).map(v => el('td', {}, String(v))), el('td', {}, link(r[6])))));
    count.textContent = matching.length > SHOWN
      ? `显示前 ${SHOWN} 条，共 ${matching.length} 条符合（筛选可缩小范围；下载的 CSV、XLSX 含全部发现）`
      : `${matching.length} 条`;
  };
  filter.addEventListener('input', fill);
  fill();
  container.append(el('h3', { textContent: `发现（${findings.length}）` }), filter, count, shown);
  return { findings, unreadable };
}

function link(f) {
  return el('a', { href: f.url, textContent: f.clause ?? '说明', title: f.quote ?? '' });
}

function table(headers, rows, id) {
  return el('table', { id },
    el('thead', {}, el('tr', {}, ...headers.map(h => el('th', { textContent: h })))),
    el('tbody', {}, ...rows.map(r => el('tr', {}, ...r.map(v => el('td', {}, v instanceof Node ? v : String(v)))))));
}

// --- downloads --------------------------------------------------------------------------------------------------

function cellText(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

function reportRows(shown, summary, shared) {
  const columns = shared.report_columns;
  const row = (record, values) => [record, ...columns.slice(1).map(([, key]) => cellText(values[key]))];
  return [
    columns.map(([header]) => header),
    row('汇总', { procedure: summary.procedure, message: countsLine(summary) }),
    ...shown.findings.map(f => row('发现', { ...f, kind: shared.kinds[f.kind].title, severity: shared.severity_labels[f.severity] })),
    ...shown.unreadable.map(u => row('无法读取', { case: u.case, file: u.file, row: u.row, column: u.column,
                                                procedure: summary.procedure, message: u.reason })),
  ];
}

export function findingsCsv(shown, summary, shared) {
  const formula = text => shared.formula_start.some(p => text.startsWith(p));
  const quote = text => /[",\r\n]/.test(text) ? '"' + text.replaceAll('"', '""') + '"' : text;
  const lines = reportRows(shown, summary, shared).map(r => r.map(v => quote(formula(v) ? "'" + v : v)).join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

export function findingsXlsx(shown, summary, shared) {
  const byKind = Object.entries(summary.by_kind).map(([kind, n]) => [shared.kinds[kind].code, shared.kinds[kind].title, String(n)]);
  return writeXlsx([
    { name: '发现', rows: reportRows(shown, summary, shared) },
    { name: '按类别汇总', rows: [['代码', '类别', '发现数'], ...byKind] },
  ]);
}
