import type { Db } from "@/db/client";

export type ImportHistoryRow = {
  id: number;
  fileName: string;
  source: string;
  preset: string;
  status: string;
  rowsRead: number;
  recordsNew: number;
  recordsExisting: number;
  rowsRejected: number;
  createdBy: string;
  startedAt: string;
};

export function listImports(db: Db, limit = 100): ImportHistoryRow[] {
  return db.$client
    .prepare(`SELECT i.id, i.file_name AS fileName, s.label AS source, i.preset, i.status, i.rows_read AS rowsRead,
        i.records_new AS recordsNew, i.records_existing AS recordsExisting, i.rows_rejected AS rowsRejected,
        i.created_by AS createdBy, i.started_at AS startedAt
      FROM imports i JOIN sources s ON s.id = i.source_id ORDER BY i.id DESC LIMIT ?`)
    .all(limit) as ImportHistoryRow[];
}
