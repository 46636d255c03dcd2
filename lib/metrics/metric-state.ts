import type { Db } from "@/db/client";

/** Small JSON values a recompute keeps between runs (metric_state). */
export function readState<T>(db: Db, key: string): T | null {
  const text = db.$client
    .prepare("SELECT value FROM metric_state WHERE key = ?")
    .pluck()
    .get(key) as string | undefined;
  return text === undefined ? null : (JSON.parse(text) as T);
}

export function writeState(db: Db, key: string, value: unknown) {
  db.$client
    .prepare(
      `INSERT INTO metric_state (key, value) VALUES (?, ?)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    )
    .run(key, JSON.stringify(value));
}
