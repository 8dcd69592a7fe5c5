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

const letters = ref => ref.replace(/[0-9]+$/, '');
export function columnIndex(ref) {
  let index = 0;
  for (const c of letters(ref)) index = index * 26 + c.charCodeAt(0) - 64;
  return index - 1;
}
export function columnLetter(index) {
  let name = '';
  for (index += 1; index > 0; index = Math.floor((index - 1) / 26)) name = String.fromCharCode(65 + (index - 1) % 26) + name;
  return name;
}

// The sheet as rows of text cells: [{row, cells: [text|null…]}] for every non-empty row, and the first column.
export function readXlsx(bytes, sheet) {
  const meta = unzip(bytes, name => ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'].includes(name));
  const [name, path] = sheetPath(meta, sheet);
  const part = unzip(bytes, name => [path, 'xl/sharedStrings.xml', 'xl/styles.xml'].includes(name));
  const text = part(path);
  if (text === null) throw new XlsxError(`工作表「${name}」在压缩包中找不到，或解压后过大（上限 ${PART_LIMIT >> 20} MB）`);
  const shared = part('xl/sharedStrings.xml');
  const strings = shared ? children(xml(shared, '共享字符串'), 'si').map(si => children(si, 't').map(t => t.textContent).join('')) : [];
  const dates = dateStyles(part('xl/styles.xml'));
  const doc = xml(text, `工作表「${name}」`);
  const rows = [];
  let first = Infinity;
  for (const r of children(doc, 'row')) {
    const cells = [];
    for (const c of children(r, 'c')) {
      const type = c.getAttribute('t') ?? 'n';
      const v = c.getElementsByTagName('v')[0]?.textContent;
      let value = null;
      if (type === 's') value = v === undefined ? null : strings[Number(v)] ?? null;
      else if (type === 'inlineStr') value = children(c, 't').map(t => t.textContent).join('');
      else if (type === 'str' || type === 'e') value = v ?? null;
      else if (type === 'b') value = v === undefined ? null : v === '1' ? 'true' : 'false';
      else if (v !== undefined && v !== '') value = dates[Number(c.getAttribute('s') ?? 0)] ? serialText(Number(v)) : numberText(v);
      if (value === '') value = null;
      const index = columnIndex(c.getAttribute('r') ?? columnLetter(cells.length));
      cells[index] = value;
    }
    const at = Number(r.getAttribute('r'));
    if (cells.some(v => v !== null && v !== undefined)) {
      first = Math.min(first, cells.findIndex(v => v !== undefined));
      rows.push({ row: at, cells });
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
