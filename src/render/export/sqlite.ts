// An export as an SQLite database file, built in memory with sql.js (SQLite compiled to WebAssembly: it
// installs from the npm registry alone, with no native build, and runs the same on every Node the tool
// supports; node:sqlite is not on Node 20 and is experimental on 22). The tables, indexes and views are
// sql.ts's statements for SQLite; every row is bound as parameters to one prepared INSERT per table, so
// no value is ever read as SQL. Foreign keys are on and checked at the commit; the file is then checked
// once more (foreign_key_check, integrity_check) before its bytes are returned. Same export: same bytes.

import initSqlJs from 'sql.js';
import type { Export, Value } from '../../export/tables.js';
import { createTable, indexes, quoteId, searchStatements, viewStatements } from './sql.js';
import type { Lang } from '../../model/types.js';
import { sw } from './sql.words.js';

const bind = (v: Value): string | number | null => (v === null ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v);

export async function exportAsSqlite(x: Export, lang: Lang = 'en'): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  try {
    // The database lives in memory until its bytes are taken: no journal, no syncing, every page cached
    // (sql.js otherwise writes each page through its in-memory file system, with a journal beside it).
    db.run('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;');
    db.run('PRAGMA foreign_keys = ON;');
    db.run('BEGIN;');
    for (const t of x.tables) db.run(createTable(t, 'sqlite'));
    for (const t of x.tables) {
      const st = db.prepare(`INSERT INTO ${quoteId(t.name)} (${t.columns.map((c) => quoteId(c.name)).join(', ')}) VALUES (${t.columns.map(() => '?').join(', ')})`);
      try {
        for (const r of t.rows) st.run(r.map(bind));
      } finally {
        st.free();
      }
    }
    // Indexes once the rows are in (faster than keeping them up to date row by row).
    for (const t of x.tables) for (const s of indexes(t)) db.run(s);
    for (const s of viewStatements()) db.run(s);
    for (const s of searchStatements(x)) db.run(s);
    db.run('COMMIT;');
    const broken = db.exec('PRAGMA foreign_key_check;');
    const integrity = db.exec('PRAGMA integrity_check;');
    if (broken.length > 0 || String(integrity[0]?.values[0]?.[0]) !== 'ok') {
      throw new Error(sw(lang, 'selfCheck', { found: JSON.stringify(broken[0]?.values.slice(0, 3) ?? integrity[0]?.values.slice(0, 3)) }));
    }
    return db.export();
  } finally {
    db.close();
  }
}
