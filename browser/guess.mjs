// The starter profile in the page: `checker mapping`'s own guesser (checker/mapping_guess/, Python) run by Pyodide,
// its queries answered by this page's DuckDB-WASM over the export loaded as table raw. The draft's text is what
// `python -m checker mapping EXPORT --procedure ID` prints, comments with the evidence included; its active lines
// are the proposal. Pyodide and the guesser's sources are served by the site (browser-audit/pyodide/, data/guesser.zip)
// and loaded on first use.
import { loadRaw } from './audit.mjs';

let python = null;

async function guesser(here) {
  python ??= (async () => {
    const { loadPyodide } = await import(here + 'pyodide/pyodide.mjs');
    const py = await loadPyodide({ indexURL: here + 'pyodide/' });
    const sources = await fetch(here + 'data/guesser.zip');
    if (!sources.ok) throw new Error(`data/guesser.zip：${sources.status}`);
    py.unpackArchive(await sources.arrayBuffer(), 'zip');
    return py.pyimport('checker.mapping_guess.browser');
  })();
  try { return await python; } catch (error) { python = null; throw error; }
}

// Rows as plain values, column by position (result names repeat: count(*), count(*)).
function rows(table) {
  const columns = table.schema.fields.map((_, i) => table.getChildAt(i));
  return Array.from({ length: table.numRows }, (_, r) => columns.map(c => {
    const value = c.get(r);
    return typeof value === 'bigint' ? Number(value) : value;
  }));
}

// The draft's text for an export as read (read.mjs), loaded as table raw as the audit loads it.
export async function draftProfile(here, db, bundle, source, fileName) {
  const module = await guesser(here);
  const con = await db.connect();
  try {
    await loadRaw(con, source);
    return await module.propose(JSON.stringify(bundle.outline), JSON.stringify(source.headers), fileName,
                                async sql => rows(await con.query(sql)));
  } finally {
    await con.close();
  }
}
