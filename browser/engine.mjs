// The browser's audit engine: DuckDB-WASM, and Arrow's reader for tables handed over as IPC streams.
export * from '@duckdb/duckdb-wasm';
export { tableFromIPC } from 'apache-arrow';
