import type { Db } from "@/db/client";

export type ImportHistoryRow = {
  id: number;
  fileName: string;
  sourceId: number;
  source: string;
  preset: string;
  /** The name an admin gave a preset saved from a mapping (built-in ones are translated by id). */
  presetLabel: string | null;
  kind: string;
  status: string;
  rowsRead: number;
  recordsNew: number;
  recordsExisting: number;
  /** Records of earlier imports this one changed (an order refunded since). */
  recordsUpdated: number;
  rowsRejected: number;
  rowsWarned: number;
  /** Rows the preset left out as no customer's (a help desk's staff). */
  rowsLeftOut: number;
  createdBy: string;
  startedAt: string;
  /** Who rolled it back, and when (ISO), for a rolled-back import. */
  rolledBackBy: string | null;
  rolledBackAt: string | null;
  /** Why a failed import stopped (the process's own words, in English). */
  errorMessage: string | null;
};

/** The history, newest first: `limit` imports from `offset` on. */
export function listImports(
  db: Db,
  params: { limit?: number; offset?: number } = {},
): ImportHistoryRow[] {
  return db.$client
    .prepare(`SELECT i.id, i.file_name AS fileName, i.source_id AS sourceId, s.label AS source,
        i.preset,
        p.label AS presetLabel, i.kind, i.status,
        i.rows_read AS rowsRead, i.records_new AS recordsNew, i.records_existing AS recordsExisting,
        i.records_updated AS recordsUpdated,
        i.rows_rejected AS rowsRejected, i.rows_warned AS rowsWarned,
        i.rows_left_out AS rowsLeftOut,
        i.created_by AS createdBy,
        i.started_at AS startedAt, i.error_message AS errorMessage,
        i.rolled_back_by AS rolledBackBy, i.rolled_back_at AS rolledBackAt
      FROM imports i JOIN sources s ON s.id = i.source_id
      LEFT JOIN import_presets p ON p.key = i.preset ORDER BY i.id DESC LIMIT ? OFFSET ?`)
    .all(params.limit ?? 100, params.offset ?? 0) as ImportHistoryRow[];
}

/** Imports in the history, whatever their status. */
export function countImports(db: Db): number {
  return db.$client.prepare("SELECT count(*) FROM imports").pluck().get() as number;
}

/**
 * A finished import that stored and changed nothing (a file imported again): rolling it back
 * would take nothing out, so the history offers no rollback. Rows it left out (a help desk's
 * agents) count as something: it remembered them.
 */
export function addedNothing(row: Pick<ImportHistoryRow,
  "status" | "recordsNew" | "recordsUpdated" | "rowsLeftOut">): boolean {
  return row.status === "done" && row.recordsNew === 0 && row.recordsUpdated === 0 &&
    row.rowsLeftOut === 0;
}
