import type Database from "better-sqlite3";

/**
 * Runs `write` with the table's secondary indexes dropped and builds them
 * again afterwards: for a table rewritten wholesale, one sorted pass per
 * index costs a fraction of an index insert per row. Unique indexes stay,
 * since they guard what is written. Call inside a transaction, so that a
 * rollback brings the indexes back with the rows.
 */
export function withIndexesRebuilt<T>(sqlite: Database.Database, table: string, write: () => T): T {
  const definitions = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL
      AND sql NOT LIKE 'CREATE UNIQUE%'`)
    .raw()
    .all(table) as [string, string][];
  for (const [name] of definitions) sqlite.exec(`DROP INDEX "${name}"`);
  const result = write();
  for (const [, sql] of definitions) sqlite.exec(sql);
  return result;
}
