import type { Db } from "@/db/client";

/** A source's key: lower-case, spaces to dashes, so "Tmall Shop" and "tmall-shop" are one. */
export function sourceKey(label: string): string {
  return label.normalize("NFKC").trim().toLowerCase().replace(/[\s_:]+/g, "-");
}

/** The source with this label's key, created on first use. */
export function findOrCreateSource(db: Db, label: string, preset: string): { id: number; key: string } {
  const key = sourceKey(label);
  if (!key) throw new RangeError("A source needs a name");
  const sqlite = db.$client;
  sqlite
    .prepare("INSERT INTO sources (key, label, preset) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING")
    .run(key, label.trim(), preset);
  return sqlite.prepare("SELECT id, key FROM sources WHERE key = ?").get(key) as { id: number; key: string };
}
