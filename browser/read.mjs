// An export read in the browser: CSV (UTF-8 or GBK) or XLSX, as the checker's readers give it (checker/readers/):
// headers made unique, every record with its own line (CSV) or sheet row (XLSX), and every record that cannot be
// read listed with the reason, so that records read = records loaded + records unreadable.
import { readXlsx, columnLetter } from './xlsx.mjs';

export class ExportError extends Error {}

const DELIMITERS = [',', '\t', ';', '|'];
const MAX_RECORD = 2 << 20;    // bytes in UTF-8; a longer record is unreadable (checker/readers/csvfile.py MAX_LINE_BYTES)
const ROW = '_row';

// reading: the checker's own words for files that are not text and for encodings (from the site build)
export function readExport(name, bytes, { sheet = null, encoding = null, reading }) {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return fromSheet(readXlsx(bytes, sheet));
  if (lower.endsWith('.xls')) throw new ExportError('浏览器中不能读取旧版 .xls：请在 Excel 中另存为 .xlsx 或 CSV');
  for (const [signature, kind, hint] of reading.signatures) {
    if (signature.every((b, i) => bytes[i] === b)) throw new ExportError(`不是文本（CSV）文件：看起来是 ${kind}；${hint}`);
  }
  const label = encoding ? decoderName(encoding) : detect(bytes);
  if (!encoding && !label.startsWith('utf-16') && binary(bytes)) {
    throw new ExportError('不是文本（CSV）文件：开头含有大量控制字符（如 NUL 字节），像是二进制文件；请导出为 CSV 或 Excel 文件后再检查');
  }
  let text, lossy = false;
  try {
    text = new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof RangeError) throw new ExportError(`不认识的编码「${encoding}」`);
    text = new TextDecoder(label).decode(bytes);     // undecodable bytes become U+FFFD: their records are listed
    lossy = true;
  }
  const read = readCsv(text, lossy);
  read.encoding = reading.encodings[label === 'utf-8' && bytes[0] === 0xef ? 'utf-8-sig' : label.replace('utf-16le', 'utf-16-le').replace('utf-16be', 'utf-16-be')] ?? label;
  return read;
}

// A profile's encoding as the command line reads it (any name Python's codecs know: utf-8-sig, gbk, utf_16_le),
// named as the page's TextDecoder knows it; GBK and GB2312 are read as GB18030, which holds them.
const DECODER_NAMES = { 'utf-8-sig': 'utf-8', utf8: 'utf-8', 'utf-16-le': 'utf-16le', 'utf-16-be': 'utf-16be',
                        gbk: 'gb18030', gb2312: 'gb18030', cp936: 'gb18030', ms936: 'gb18030',
                        cp950: 'big5', big5hkscs: 'big5' };
function decoderName(encoding) {
  const name = encoding.toLowerCase().replaceAll('_', '-');
  return DECODER_NAMES[name] ?? name;
}

// As encoding.detect_encoding: a byte-order mark; UTF-16 by its zero bytes; UTF-8 unless most non-ASCII
// characters of the first megabytes fail to decode as UTF-8, then GB18030 (which reads GBK and GB2312).
function detect(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 4 << 20);
  let even = 0, odd = 0;
  for (let i = 0; i < sample.length; i += 1) if (sample[i] === 0) { if (i % 2) odd += 1; else even += 1; }
  const [few, many] = [Math.min(even, odd), Math.max(even, odd)];
  if (sample.length >= 4 && many > sample.length >> 2 && few * 4 <= many) return odd > even ? 'utf-16le' : 'utf-16be';
  const text = new TextDecoder('utf-8').decode(sample);
  let bad = 0, good = 0;
  for (const ch of text) { if (ch === '\ufffd') bad += 1; else if (ch.codePointAt(0) > 127) good += 1; }
  return bad === 0 || good > bad ? 'utf-8' : 'gb18030';
}

// Control bytes that text does not hold, one in 32 of the first 8 KB or more (encoding.not_text)
function binary(bytes) {
  const sample = bytes.subarray(0, 8 << 10);
  let controls = 0;
  for (const b of sample) if (b < 32 && ![9, 10, 11, 12, 13, 27].includes(b)) controls += 1;
  return controls > 0 && controls * 32 >= sample.length;
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

// lossy: the text was decoded with replacement characters; a record holding one is undecodable in those fields
// (the audit lists it where it reads such a field, as the checker does).
export function readCsv(text, lossy = false) {
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
      const record = { row: line, cells: fields };
      if (lossy) {
        const bad = fields.flatMap((f, i) => f.includes('\ufffd') ? [i] : []);
        if (bad.length) record.undecodable = bad;
      }
      rows.push(record);
    }
  }
  return { headers, rows, unreadable, rowsRead: rows.length + unreadable.length };
}

function fromSheet({ rows, firstColumn }) {
  const [header, ...body] = rows;
  const headers = uniqueHeaders(header.cells, i => `列${columnLetter(firstColumn + i)}`);
  return { headers, rows: body, unreadable: [], rowsRead: body.length };
}
