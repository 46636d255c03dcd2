import type { Db } from "@/db/client";

export type SegmentSummary = {
  id: number;
  name: string;
  description: string;
  starterKey: string | null;
  ownerId: number | null;
  ownerName: string | null;
  updatedAt: string;
  /** Sizes after each recompute, oldest first (the last 24). */
  sizes: number[];
};

/** Saved segments, starters first, then by name, each with its recent sizes. */
export function listSegments(db: Db): SegmentSummary[] {
  const sqlite = db.$client;
  const rows = sqlite
    .prepare(
      `SELECT s.id, s.name, s.description, s.starter_key, s.owner_id, s.updated_at,
        coalesce(nullif(u.name, ''), u.email) AS owner_name
      FROM segments s LEFT JOIN users u ON u.id = s.owner_id
      ORDER BY s.starter_key IS NULL, s.id`,
    )
    .all() as {
    id: number;
    name: string;
    description: string;
    starter_key: string | null;
    owner_id: number | null;
    updated_at: string;
    owner_name: string | null;
  }[];
  const sizes = new Map<number, number[]>();
  const points = sqlite
    .prepare(
      `SELECT segment_id, customers FROM (SELECT segment_id, run_id, customers,
        row_number() OVER (PARTITION BY segment_id ORDER BY run_id DESC) AS recent FROM segment_sizes)
      WHERE recent <= 24 ORDER BY segment_id, run_id`,
    )
    .raw()
    .all() as [number, number][];
  for (const [id, customers] of points) sizes.set(id, [...(sizes.get(id) ?? []), customers]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    starterKey: row.starter_key,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    updatedAt: row.updated_at,
    sizes: sizes.get(row.id) ?? [],
  }));
}
