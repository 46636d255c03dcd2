import type { Db } from "@/db/client";
import { resolveIdentities } from "@/lib/identity/resolve";
import { factTables as identifierTables, profilesOfImports } from "@/lib/identity/write-resolution";
import { recomputeMetrics } from "@/lib/metrics/recompute";

import { ImportProblem } from "./import-problem";

// Every table holding an import's facts, children (an order's lines) before parents.
const factTables = ["order_lines", ...identifierTables] as const;

export type RollbackSummary = { importId: number; removed: Record<string, number>; identifiersRemoved: number; durationMs: number };

/**
 * Takes one import back out, as one unit: its facts and identity links are
 * deleted, identifiers nothing else refers to any more go with them,
 * identities are resolved again and the metrics recomputed; the import
 * stays in the history as rolled back. Records an earlier import had
 * stored (and this one found "already in") are not this import's and stay.
 */
export function rollbackImport(db: Db, params: { importId: number; by: string }): RollbackSummary {
  const started = performance.now();
  const sqlite = db.$client;
  return sqlite.transaction(() => {
    assertRollbackable(db, params.importId);

    sqlite.exec("CREATE TEMP TABLE IF NOT EXISTS rollback_candidates (id INTEGER PRIMARY KEY)");
    sqlite.exec("DELETE FROM rollback_candidates");
    const collect = (sql: string) => sqlite.prepare(`INSERT OR IGNORE INTO rollback_candidates ${sql}`).run(params.importId);
    for (const table of identifierTables) collect(`SELECT identifier_id FROM ${table} WHERE import_id = ?`);
    collect("SELECT from_id FROM identity_links WHERE import_id = ?");
    collect("SELECT to_id FROM identity_links WHERE import_id = ?");

    // The profiles whose facts change: their names and channels are read again after.
    const touched = [...profilesOfImports(db, "=", params.importId)];
    const removed: Record<string, number> = {};
    removed.order_changes = restoreChangedOrders(db, params.importId);
    for (const table of factTables) {
      removed[table] = sqlite.prepare(`DELETE FROM ${table} WHERE import_id = ?`).run(params.importId).changes;
    }
    removed.identity_links = sqlite.prepare("DELETE FROM identity_links WHERE import_id = ?").run(params.importId).changes;
    removed.staff_accounts = sqlite.prepare("DELETE FROM staff_accounts WHERE import_id = ?")
      .run(params.importId).changes;
    const identifiersRemoved = deleteOrphans(db);

    resolveIdentities(db, { refresh: touched });
    recomputeMetrics(db);
    sqlite
      .prepare(`UPDATE imports SET status = 'rolled_back', rolled_back_by = ?,
        rolled_back_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`)
      .run(params.by, params.importId);
    return { importId: params.importId, removed, identifiersRemoved, durationMs: Math.round(performance.now() - started) };
  })();
}

/** Throws the problem that stops a rollback: no such import, or one that did not finish. */
export function assertRollbackable(db: Db, importId: number): void {
  const status = db.$client.prepare("SELECT status FROM imports WHERE id = ?").pluck()
    .get(importId) as string | undefined;
  const id = String(importId);
  if (status === undefined) throw new ImportProblem("not_found", { importId: id });
  if (status !== "done") throw new ImportProblem("not_rollbackable", { importId: id, status });
}

/**
 * Puts back what the import changed on orders earlier imports stored (its first change of each,
 * unless a later import changed the order again: that one's values stand), and forgets the
 * changes made to the orders it stored itself, which go with them.
 */
function restoreChangedOrders(db: Db, importId: number): number {
  const sqlite = db.$client;
  sqlite
    .prepare(`UPDATE orders SET amount_minor = c.previous_amount_minor, counts = c.previous_counts,
        status = c.previous_status
      FROM order_changes c
      WHERE c.order_id = orders.id AND c.import_id = ?
        AND c.id = (SELECT min(f.id) FROM order_changes f
          WHERE f.order_id = c.order_id AND f.import_id = c.import_id)
        AND NOT EXISTS (SELECT 1 FROM order_changes l
          WHERE l.order_id = c.order_id AND l.import_id > c.import_id)`)
    .run(importId);
  sqlite
    .prepare(`DELETE FROM order_changes
      WHERE order_id IN (SELECT id FROM orders WHERE import_id = ?)`)
    .run(importId);
  return sqlite.prepare("DELETE FROM order_changes WHERE import_id = ?").run(importId).changes;
}

/** Identifiers among the candidates that no fact and no link refers to any more. */
function deleteOrphans(db: Db): number {
  const used = [
    ...identifierTables.map((table) => `EXISTS (SELECT 1 FROM ${table} t WHERE t.identifier_id = c.id)`),
    "EXISTS (SELECT 1 FROM identity_links l WHERE l.from_id = c.id)",
    "EXISTS (SELECT 1 FROM identity_links l WHERE l.to_id = c.id)",
  ].join(" OR ");
  return db.$client
    .prepare(`DELETE FROM identifiers WHERE id IN (SELECT c.id FROM rollback_candidates c WHERE NOT (${used}))`)
    .run().changes;
}
