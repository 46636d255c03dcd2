import type { Db } from "@/db/client";

/**
 * Runs `select` and returns its columns (named in `names`) as arrays, each
 * read as one JSON array. For hundreds of thousands of rows this is several
 * times faster than better-sqlite3's JavaScript array or object per row.
 * Text stays text, even when it holds JSON.
 */
export function readColumns(
  db: Db,
  names: readonly string[],
  select: string,
  params: Record<string, unknown> = {},
): unknown[][] {
  const row = db.$client
    .prepare(`SELECT ${names.map((name) => `json_group_array(${name})`).join(", ")} FROM (${select})`)
    .raw()
    .get(params) as string[];
  return row.map((json) => JSON.parse(json) as unknown[]);
}
