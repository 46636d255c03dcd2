import type { Db } from "@/db/client";

/**
 * Typed arrays kept in metric_cache under one name, each split into parts
 * well under SQLite's 1 GB value limit. Reading copies the bytes into fresh
 * buffers: SQLite's blobs need not be aligned for 4- or 8-byte views.
 */
type ArrayKind =
  | Float64ArrayConstructor
  | Int32ArrayConstructor
  | Uint32ArrayConstructor
  | Uint8ArrayConstructor;
type Arrays<S extends Record<string, ArrayKind>> = { [K in keyof S]: InstanceType<S[K]> };

const PART_BYTES = 64 * 1024 * 1024;

export function saveArrays(db: Db, name: string, arrays: Record<string, ArrayBufferView>) {
  const sqlite = db.$client;
  const insert = sqlite.prepare("INSERT INTO metric_cache (key, part, data) VALUES (?, ?, ?)");
  sqlite.prepare("DELETE FROM metric_cache WHERE key LIKE ? ESCAPE '\\'").run(`${name}.%`);
  for (const [column, array] of Object.entries(arrays)) {
    const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    for (let part = 0; part * PART_BYTES < Math.max(bytes.length, 1); part++) {
      insert.run(
        `${name}.${column}`,
        part,
        bytes.subarray(part * PART_BYTES, (part + 1) * PART_BYTES),
      );
    }
  }
}

/** The arrays saved under `name`, or null when any is missing. */
export function loadArrays<S extends Record<string, ArrayKind>>(
  db: Db,
  name: string,
  shape: S,
): Arrays<S> | null {
  const rows = db.$client
    .prepare("SELECT key, data FROM metric_cache WHERE key LIKE ? ESCAPE '\\' ORDER BY key, part")
    .raw()
    .all(`${name}.%`) as [string, Buffer][];
  const parts = new Map<string, Buffer[]>();
  for (const [key, data] of rows) parts.set(key, [...(parts.get(key) ?? []), data]);
  const result: Partial<Record<keyof S, ArrayBufferView>> = {};
  for (const [column, Kind] of Object.entries(shape) as [keyof S & string, ArrayKind][]) {
    const chunks = parts.get(`${name}.${column}`);
    if (!chunks) return null;
    result[column] = new Kind(new Uint8Array(Buffer.concat(chunks)).buffer);
  }
  return result as Arrays<S>;
}
