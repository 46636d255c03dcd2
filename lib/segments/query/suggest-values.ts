import type { Db } from "@/db/client";

import { pluggable, type Availability } from "../catalogue/pluggable";

/**
 * Where the builder's value suggestions come from: the values already in
 * the data, most common first. Keys are the only way to name a source.
 */
const sources = {
  city: "SELECT city AS value, count(*) AS n FROM profiles WHERE city <> '' GROUP BY city",
  region: "SELECT region AS value, count(*) AS n FROM profiles WHERE region <> '' GROUP BY region",
  country:
    "SELECT country AS value, count(*) AS n FROM profiles WHERE country <> '' GROUP BY country",
  gender: "SELECT gender AS value, count(*) AS n FROM profiles WHERE gender <> '' GROUP BY gender",
  tags: `SELECT t.value AS value, count(*) AS n FROM profiles p,
    json_each(CASE WHEN json_valid(p.tags) THEN p.tags END) t GROUP BY t.value`,
  source: "SELECT key AS value, 0 AS n FROM sources",
  orderChannel:
    "SELECT channel AS value, count(*) AS n FROM orders WHERE channel <> '' GROUP BY channel",
  interactionChannel: "SELECT channel AS value, count(*) AS n FROM interactions GROUP BY channel",
  consentChannel: "SELECT channel AS value, count(*) AS n FROM consent_events GROUP BY channel",
  preferredChannel: `SELECT ${pluggable.preferredChannel.column} AS value, count(*) AS n FROM ${pluggable.preferredChannel.table}
    WHERE ${pluggable.preferredChannel.column} <> '' GROUP BY 1`,
} as const;

export type SuggestionSource = keyof typeof sources;
export const suggestionSources = Object.keys(sources) as SuggestionSource[];

export function suggestValues(
  db: Db,
  params: { source: SuggestionSource; available: Availability },
): string[] {
  if (params.source === "preferredChannel" && !params.available.preferredChannel) return [];
  const rows = db.$client
    .prepare(`${sources[params.source]} ORDER BY n DESC, value LIMIT 50`)
    .all() as { value: string | null }[];
  return rows.flatMap((row) => (row.value === null ? [] : [row.value]));
}
