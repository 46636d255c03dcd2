import type { Db } from "@/db/client";

export type IdentityEvent = { kind: "merge" | "split"; by: string; at: string; identifiers: string[] };

/** The manual merges and splits that involve this profile's identifiers, newest first. */
export function readIdentityHistory(db: Db, profileId: number): IdentityEvent[] {
  const sqlite = db.$client;
  const merges = sqlite
    .prepare(`SELECT m.created_by AS by, m.created_at AS at,
        a.kind || ':' || a.value AS one, b.kind || ':' || b.value AS other
      FROM identity_merges m JOIN identifiers a ON a.id = m.from_id JOIN identifiers b ON b.id = m.to_id
      WHERE a.profile_id = @p OR b.profile_id = @p`)
    .all({ p: profileId }) as { by: string; at: string; one: string; other: string }[];
  const splits = sqlite
    .prepare(`SELECT s.created_by AS by, s.created_at AS at,
        group_concat(CASE WHEN m.side = 1 THEN i.kind || ':' || i.value END, ' ') AS moved
      FROM identity_splits s JOIN identity_split_members m ON m.split_id = s.id
      JOIN identifiers i ON i.id = m.identifier_id
      WHERE s.id IN (SELECT split_id FROM identity_split_members x JOIN identifiers y ON y.id = x.identifier_id
        WHERE y.profile_id = @p)
      GROUP BY s.id`)
    .all({ p: profileId }) as { by: string; at: string; moved: string | null }[];
  return [
    ...merges.map((m) => ({ kind: "merge" as const, by: m.by, at: m.at, identifiers: [m.one, m.other] })),
    ...splits.map((s) => ({ kind: "split" as const, by: s.by, at: s.at, identifiers: s.moved?.split(" ") ?? [] })),
  ].sort((a, b) => (a.at < b.at ? 1 : -1));
}
