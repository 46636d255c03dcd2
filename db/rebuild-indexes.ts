import type Database from "better-sqlite3";

// From this many rows written on, one sorted pass per index beats keeping the index up row by
// row (random keys thrash the page cache once a table outgrows it); below it, it does not.
export const BULK_ROWS = 50_000;

/**
 * Drops the named indexes (those that exist) and returns the function that
 * builds them again. For a bulk write, one sorted pass per index costs a
 * fraction of an index insert per row. Call inside a transaction, so that
 * a rollback brings the indexes back with the rows.
 */
export function dropIndexes(sqlite: Database.Database, names: readonly string[]): () => void {
  if (names.length === 0) return () => {};
  const list = names.map(() => "?").join(", ");
  const definitions = sqlite
    .prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name IN (${list})`)
    .pluck()
    .all(...names) as string[];
  for (const name of names) sqlite.exec(`DROP INDEX IF EXISTS "${name}"`);
  return () => {
    for (const sql of definitions) sqlite.exec(sql);
  };
}

/**
 * Runs `write` with the table's secondary indexes dropped and builds them
 * again afterwards: for a table rewritten wholesale, or given `rows`, for a
 * write of at least BULK_ROWS rows (a smaller one just writes). Unique
 * indexes stay, since they guard what is written, unless `unique` says the
 * rows are unique by construction (a duplicate then fails the rebuild, and
 * with it the transaction).
 */
export function withIndexesRebuilt<T>(
  sqlite: Database.Database,
  table: string,
  write: () => T,
  options: { unique?: boolean; rows?: number } = {},
): T {
  if (options.rows !== undefined && options.rows < BULK_ROWS) return write();
  const names = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?
      AND sql IS NOT NULL AND (? OR sql NOT LIKE 'CREATE UNIQUE%')`)
    .pluck()
    .all(table, options.unique ? 1 : 0) as string[];
  const rebuild = dropIndexes(sqlite, names);
  const result = write();
  rebuild();
  return result;
}
