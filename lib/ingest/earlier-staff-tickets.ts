import type { Db } from "@/db/client";

/** Tickets earlier imports stored whose requester this import named as the help desk's staff. */
export type EarlierStaffTickets = { tickets: number; imports: number[] };

/**
 * A users export imported after the tickets names agents whose own tickets
 * are already stored as a customer's. They stay (taking facts out of an
 * earlier import would make its rollback inexact), so the import says which
 * imports hold them: rolled back and imported again, they leave them out.
 * Matched through the agent's profile, so tickets keyed by the requester's
 * email count too once the two were joined.
 */
export function earlierStaffTickets(db: Db, importId: number): EarlierStaffTickets | null {
  const rows = db.$client
    .prepare(`SELECT t.import_id AS importId, count(DISTINCT t.id) AS tickets
      FROM staff_accounts a
      JOIN sources s ON s.id = a.source_id
      JOIN identifiers i ON i.kind = 'ext' AND i.value = s.key || ':' || a.account
      JOIN tickets t ON t.profile_id = i.profile_id AND t.source_id = a.source_id
      WHERE a.import_id = @importId AND t.import_id <> @importId
      GROUP BY t.import_id ORDER BY t.import_id`)
    .all({ importId }) as { importId: number; tickets: number }[];
  if (rows.length === 0) return null;
  return {
    tickets: rows.reduce((sum, row) => sum + row.tickets, 0),
    imports: rows.map((row) => row.importId),
  };
}
