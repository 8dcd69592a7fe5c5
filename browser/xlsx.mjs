// XLSX in the browser: the first (or named) sheet read as text cells the way the checker's reader gives them
// (checker/readers/xlsx_worker.py), and a findings workbook written with every cell as text, never a formula.
// Only the parts of the archive a sheet needs are inflated, each under a size limit (a zip bomb is refused).
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';

const PART_LIMIT = 512 << 20;          // bytes one inflated part may take
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export class XlsxError extends Error {}

function unzip(bytes, wanted) {
  let parts;
  try {
    parts = unzipSync(bytes, { filter: f => wanted(f.name) && f.originalSize <= PART_LIMIT ? true : false });
  } catch (error) {
    throw new XlsxError(`不是有效的 XLSX 文件（压缩包无法解开：${error.message}）`);
  }
  return name => parts[name] === undefined ? null : strFromU8(parts[name]);
}

function xml(text, what) {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new XlsxError(`XLSX 中的 ${what} 不是有效的 XML`);
  return doc;
}

const children = (node, name) => Array.from(node.getElementsByTagName(name));

function sheetPath(part, sheet) {
  const book = xml(part('xl/workbook.xml') ?? '', '工作簿');
  const sheets = children(book, 'sheet').map(s => [s.getAttribute('name'), s.getAttribute('r:id') ?? s.getAttributeNS(
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id')]);
  if (!sheets.length) throw new XlsxError('XLSX 中没有工作表');
  const chosen = sheet ? sheets.find(([name]) => name === sheet) : sheets[0];
  if (!chosen) throw new XlsxError(`没有名为「${sheet}」的工作表；现有工作表：${sheets.map(s => s[0]).join('、')}`);
  const rels = xml(part('xl/_rels/workbook.xml.rels') ?? '', '工作簿关系');
  const target = children(rels, 'Relationship').find(r => r.getAttribute('Id') === chosen[1])?.getAttribute('Target');
  if (!target) throw new XlsxError(`工作表「${chosen[0]}」在压缩包中找不到`);
  return [chosen[0], target.startsWith('/') ? target.slice(1) : 'xl/' + target.replace(/^\.\//, '')];
}

// Number formats that show a date or a time (built-in ids 14–22, 45–47, and custom codes with y/m/d/h/s outside
// quotes and brackets): such a cell's number is a serial day.
const DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
function dateStyles(styles) {
  if (!styles) return [];
  const doc = xml(styles, '样式');
  const custom = new Map(children(doc, 'numFmt').map(f => [Number(f.getAttribute('numFmtId')), f.getAttribute('formatCode')]));
  const isDate = id => DATE_IDS.has(id) ||
    (custom.has(id) && /[ymdhs]/i.test(custom.get(id).replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')));
  const xfs = doc.getElementsByTagName('cellXfs')[0];
  return xfs ? children(xfs, 'xf').map(xf => isDate(Number(xf.getAttribute('numFmtId') ?? 0))) : [];
}

// To the millisecond, as calamine (the checker's XLSX reader) gives it: a fraction only where there is one.
function serialText(serial) {
  const d = new Date(EXCEL_EPOCH + Math.round(serial * 86400000));
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const ms = d.getUTCMilliseconds();
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${ms ? '.' + pad(ms, 3) : ''}`;
  if (serial < 1) return time;    // a time of day alone
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${time}`;
}

function numberText(value) {
  const n = Number(value);
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : value;
}

export function columnIndex(ref) {
  let index = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    index = index * 26 + c - 64;
  }
  return index - 1;
}
export function columnLetter(index) {
  let name = '';
  for (index += 1; index > 0; index = Math.floor((index - 1) / 26)) name = String.fromCharCode(65 + (index - 1) % 26) + name;
  return name;
}

// The parts of SpreadsheetML a sheet's cells need, as patterns (an optional namespace prefix on every tag).
// Every <tag …>…</tag> (or <tag …/>) in `text`, as [attributes, content]; nested tags of the same name are not
// expected (rows hold cells, cells hold values).
function* elements(text, tag) {
  const open = '<' + tag, close = '</' + tag + '>';
  for (let at = text.indexOf(open); at !== -1; at = text.indexOf(open, at)) {
    const next = text[at + open.length];
    if (next !== ' ' && next !== '>' && next !== '/' && next !== '\t' && next !== '\n' && next !== '\r') { at += 1; continue; }
    const end = text.indexOf('>', at);
    if (end === -1) return;
    if (text[end - 1] === '/') { yield [text.slice(at + open.length, end - 1), '']; at = end + 1; continue; }
    const closing = text.indexOf(close, end);
    if (closing === -1) return;
    yield [text.slice(at + open.length, end), text.slice(end + 1, closing)];
    at = closing + close.length;
  }
}
const V = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const SI = /<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g;
const T = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const ATTRIBUTES = Object.fromEntries(['r', 's', 't'].map(name => [name, new RegExp(`(?:^|\\s)${name}="([^"]*)"`)]));
const attribute = (attributes, name) => attributes.match(ATTRIBUTES[name])?.[1] ?? null;
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescape = text => text.replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g,
  (whole, hex, dec, name) => name ? ENTITIES[name] : safeCodePoint(hex ? parseInt(hex, 16) : Number(dec), whole));
const safeCodePoint = (n, whole) => n <= 0x10ffff ? String.fromCodePoint(n) : whole;
// A string item's text: its runs, without the phonetic guides (ruby) Excel stores beside East Asian text
const runs = body => [...body.replace(PHONETIC, '').matchAll(T)].map(m => unescape(m[1])).join('');

// The sheet as rows of text cells: [{row, cells: [text|null…]}] for every non-empty row, and the first column.
export function readXlsx(bytes, sheet) {
  const part = unzip(bytes, name => ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml',
                                     'xl/styles.xml'].includes(name) || name.startsWith('xl/worksheets/'));
  const [name, path] = sheetPath(part, sheet);
  const text = part(path);
  if (text === null) throw new XlsxError(`工作表「${name}」在压缩包中找不到，或解压后过大（上限 ${PART_LIMIT >> 20} MB）`);
  const shared = part('xl/sharedStrings.xml');
  const strings = shared ? [...shared.matchAll(SI)].map(m => runs(m[1])) : [];
  const dates = dateStyles(part('xl/styles.xml'));
  const rows = [];
  let first = Infinity;
  // Scanned rather than parsed into a DOM (100k rows took 35 s as a DOM, a second this way). No entity is declared
  // or expanded beyond XML's own five and character references.
  const prefix = text.match(/<(\w+:)?worksheet\b/)?.[1] ?? '';
  for (const [rowAttributes, body] of elements(text, prefix + 'row')) {
    const cells = [];
    for (const [attributes, inner] of elements(body, prefix + 'c')) {
      const type = attribute(attributes, 't') ?? 'n';
      const v = inner.match(V)?.[1];
      let value = null;
      if (type === 's') value = v === undefined ? null : strings[Number(v)] ?? null;
      else if (type === 'inlineStr') value = runs(inner);
      else if (type === 'str' || type === 'e') value = v === undefined ? null : unescape(v);
      else if (type === 'b') value = v === undefined ? null : v === '1' ? 'true' : 'false';
      else if (v !== undefined && v !== '') value = dates[Number(attribute(attributes, 's') ?? 0)] ? serialText(Number(v)) : numberText(v);
      if (value === '') value = null;
      const ref = attribute(attributes, 'r');
      cells[ref ? columnIndex(ref) : cells.length] = value;
    }
    if (cells.some(v => v !== null && v !== undefined)) {
      first = Math.min(first, cells.findIndex(v => v !== undefined));
      rows.push({ row: Number(attribute(rowAttributes, 'r') ?? rows.length + 1), cells });
    }
  }
  if (!rows.length) throw new XlsxError(`工作表「${name}」为空：没有表头`);
  const shift = Number.isFinite(first) ? first : 0;
  const width = Math.max(...rows.map(r => r.cells.length)) - shift;
  for (const r of rows) r.cells = Array.from({ length: width }, (_, i) => r.cells[i + shift] ?? null);
  return { sheet: name, rows, firstColumn: shift };
}

// --- writing: a workbook of text cells (inline strings: nothing a spreadsheet could take for a formula) ---------

const escapeXml = s => s.replace(/[<>&"]/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c])
  // characters XML 1.0 cannot hold become U+FFFD (checker/reports/cells.py NOT_XML)
  .replace(/[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd');

function sheetXml(rows) {
  const body = rows.map((cells, r) => `<row r="${r + 1}">` + cells.map((value, c) =>
    value === null || value === undefined || value === '' ? '' :
      `<c r="${columnLetter(c)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(value))}</t></is></c>`
  ).join('') + '</row>').join('');
  const filter = rows.length ? `<autoFilter ref="A1:${columnLetter(Math.max(rows[0].length - 1, 0))}${rows.length}"/>` : '';
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<sheetData>${body}</sheetData>${filter}</worksheet>`;
}

// sheets: [{name, rows: [[text…]…]}] -> the bytes of an .xlsx file
export function writeXlsx(sheets) {
  const ns = 'http://schemas.openxmlformats.org/';
  const files = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<Types xmlns="${ns}package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '</Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns}package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${ns}officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${ns}spreadsheetml/2006/main" ` +
      `xmlns:r="${ns}officeDocument/2006/relationships"><sheets>` +
      sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') + '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns}package/2006/relationships">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${ns}officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      '</Relationships>',
  };
  sheets.forEach((s, i) => { files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(s.rows); });
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}
