import type { Db } from "@/db/client";

export type Captured = { sql: string; params: unknown[] };

const methods = ["get", "all", "run", "iterate"] as const;

/**
 * Runs `work` and returns every SQL statement it executed with its bound
 * values, so tests and the benchmark can time and EXPLAIN the real queries
 * of a page without copying their SQL.
 */
export function captureStatements(db: Db, work: () => void): Captured[] {
  const sqlite = db.$client;
  const captured: Captured[] = [];
  const prepare = sqlite.prepare;
  sqlite.prepare = ((sql: string) => {
    const statement = prepare.call(sqlite, sql) as unknown as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    for (const method of methods) {
      const original = statement[method].bind(statement);
      statement[method] = (...params: unknown[]) => {
        captured.push({ sql, params });
        return original(...params);
      };
    }
    return statement;
  }) as unknown as typeof sqlite.prepare;
  try {
    work();
  } finally {
    sqlite.prepare = prepare;
  }
  return captured;
}

/** SQLite's plan for a statement, one line per step ("SCAN m", "SEARCH p USING ..."). */
export function queryPlan(db: Db, statement: Captured): string[] {
  const rows = db.$client
    .prepare(`EXPLAIN QUERY PLAN ${statement.sql}`)
    .all(...statement.params) as { detail: string }[];
  return rows.map((row) => row.detail);
}
