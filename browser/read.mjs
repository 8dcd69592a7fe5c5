// An export read in the browser: CSV (UTF-8 or GBK) or XLSX, as the checker's readers give it (checker/readers/):
// headers made unique, every record with its own line (CSV) or sheet row (XLSX), and every record that cannot be
// read listed with the reason, so that records read = records loaded + records unreadable.
import { readXlsx, columnLetter } from './xlsx.mjs';

export class ExportError extends Error {}

const DELIMITERS = [',', '\t', ';', '|'];
const MAX_RECORD = 2 << 20;    // bytes in UTF-8; a longer record is unreadable (checker/readers/csvfile.py MAX_LINE_BYTES)
const ROW = '_row';

export function readExport(name, bytes, { sheet = null, encoding = null } = {}) {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return fromSheet(readXlsx(bytes, sheet));
  if (lower.endsWith('.xls')) throw new ExportError('浏览器中不能读取旧版 .xls：请在 Excel 中另存为 .xlsx 或 CSV');
  return readCsv(decode(bytes, encoding));
}

// UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030 (which reads GBK and GB2312).
export function decode(bytes, encoding) {
  const label = encoding ? ({ gbk: 'gb18030', gb2312: 'gb18030' })[encoding.toLowerCase()] ?? encoding : null;
  if (label) {
    try { return new TextDecoder(label).decode(bytes); }
    catch { throw new ExportError(`不认识的编码「${encoding}」`); }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.subarray(0, 8192).includes(0)) throw new ExportError('这不是文本文件（含有 NUL 字节）：请导出为 CSV 或 XLSX');
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); }
  catch { return new TextDecoder('gb18030').decode(bytes); }
}

// Records as [fields, first line, error]: RFC 4180 quoting, any line end. An error is [reason, the field it is in]
// in the words of the checker's CSV reader (csvfile._unreadable); an unterminated quote ends the file.
function* records(text, delimiter) {
  let i = 0, line = 1;
  const n = text.length;
  while (i < n) {
    const start = line, begin = i;
    const fields = [];
    let field = '', quoted = false, error = null;
    for (;;) {
      if (i >= n) {
        if (quoted) error = [`引号不配对：第 ${start} 行至文件末尾被读成了一条记录，无法拆分`, fields.length];
        fields.push(field);
        break;
      }
      const c = text[i];
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
          quoted = false; i += 1;
          const next = text[i];
          if (!error && i < n && next !== delimiter && next !== '\r' && next !== '\n') {
            error = ['引号用法不规范：右引号后紧跟了其他字符', fields.length];
          }
          continue;
        }
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
        field += c; i += 1; continue;
      }
      if (c === '"' && field === '') { quoted = true; i += 1; continue; }
      if (c === delimiter) { fields.push(field); field = ''; i += 1; continue; }
      if (c === '\r' || c === '\n') {
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line += 1;
        fields.push(field);
        break;
      }
      field += c; i += 1;
    }
    if (i - begin > MAX_RECORD / 4 && new TextEncoder().encode(text.slice(begin, i)).length > MAX_RECORD) error = [`此行超过 ${MAX_RECORD >> 20} MB，无法读取`, null];
    if (fields.length === 1 && fields[0] === '' && !error) continue;   // a blank line
    yield [fields, start, error];
  }
}

// The delimiter under which the header has most fields agreed on by the following records (csvfile._sniff).
function sniff(text) {
  const sample = text.slice(0, 1 << 20);
  let best = ',', bestScore = [0, 0];
  for (const d of DELIMITERS) {
    const counts = [];
    for (const [fields] of records(sample, d)) {
      counts.push(fields.length);
      if (counts.length >= 20) break;
    }
    const score = !counts.length || counts[0] < 2 ? [0, 0] : [counts.filter(c => c === counts[0]).length, counts[0]];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) { best = d; bestScore = score; }
  }
  return best;
}

// Headers as written, usable as column names: blanks named by position, duplicates numbered (base.unique_headers).
export function uniqueHeaders(raw, blankName) {
  const seen = new Set([ROW]);
  return raw.map((header, index) => {
    const name = (header ?? '').replaceAll('\0', '').trim() || blankName(index);
    let candidate = name;
    for (let n = 2; seen.has(candidate.toLowerCase()); n += 1) candidate = `${name}_${n}`;
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}

export function readCsv(text) {
  text = text.replace(/^\ufeff/, '');
  const leading = text.match(/^[\r\n]*/)[0];
  const delimiter = sniff(text.slice(leading.length));
  const all = records(text, delimiter);
  const first = all.next();
  if (first.done) throw new ExportError('文件为空：没有表头');
  const [raw, , headerError] = first.value;
  if (headerError) throw new ExportError(`无法读取表头（${headerError[0]}）`);
  const headers = uniqueHeaders(raw, i => `列${i + 1}`);
  const rows = [], unreadable = [];
  for (const [fields, line, error] of all) {
    if (error) {
      unreadable.push({ row: line, column: error[1] === null ? null : headers[error[1]] ?? null, reason: error[0] });
    } else if (fields.length !== headers.length) {
      unreadable.push({ row: line, column: null, reason: `列数不符：表头有 ${headers.length} 列，此行有 ${fields.length} 列` });
    } else {
      rows.push({ row: line, cells: fields });
    }
  }
  return { headers, rows, unreadable, rowsRead: rows.length + unreadable.length };
}

function fromSheet({ rows, firstColumn }) {
  const [header, ...body] = rows;
  const headers = uniqueHeaders(header.cells, i => `列${columnLetter(firstColumn + i)}`);
  return { headers, rows: body, unreadable: [], rowsRead: body.length };
}
