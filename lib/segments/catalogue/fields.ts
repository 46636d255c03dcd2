import { plugValue, type Availability, type Plug } from "./pluggable";

export type FieldType =
  "text" | "integer" | "money" | "day" | "share" | "tags" | "tier" | "stage" | "rfm";

type Field = { type: FieldType } & (
  { sql: string } | { plug: Plug & ("predictedClv" | "pAlive" | "preferredChannel") }
);

/**
 * Columns a user can pick for the preview and the CSV export, as SQL over
 * `p` and `m`. The keys double as message keys for the column headers.
 */
export const outputFields = {
  // The first identifier (email, ext "source:id", phone): what names a customer who has no name.
  identifier: {
    sql: "(SELECT i.value FROM identifiers i WHERE i.profile_id = m.profile_id ORDER BY i.kind, i.value LIMIT 1)",
    type: "text",
  },
  name: { sql: "p.name", type: "text" },
  email: { sql: "p.email", type: "text" },
  phone: { sql: "p.phone", type: "text" },
  gender: { sql: "p.gender", type: "text" },
  birthday: { sql: "p.birthday", type: "text" },
  city: { sql: "p.city", type: "text" },
  region: { sql: "p.region", type: "text" },
  country: { sql: "p.country", type: "text" },
  tags: { sql: "p.tags", type: "tags" },
  first_seen: { sql: "p.first_seen_day", type: "day" },
  tier: { sql: "m.tier", type: "tier" },
  stage: { sql: "m.stage", type: "stage" },
  rfm_segment: { sql: "m.segment", type: "rfm" },
  r: { sql: "m.r", type: "integer" },
  f: { sql: "m.f", type: "integer" },
  m: { sql: "m.m", type: "integer" },
  orders: { sql: "m.orders", type: "integer" },
  revenue: { sql: "m.revenue_minor", type: "money" },
  value: { sql: "m.value_minor", type: "money" },
  first_order: { sql: "m.first_day", type: "day" },
  last_order: { sql: "m.last_day", type: "day" },
  recency_days: { sql: "m.recency_days", type: "integer" },
  // The latest free-text note a source gave with an interaction (a social comment).
  last_note: {
    sql: `(SELECT i.detail FROM interactions i WHERE i.profile_id = m.profile_id AND i.detail IS NOT NULL
      ORDER BY i.day DESC, i.id DESC LIMIT 1)`,
    type: "text",
  },
  predicted_clv: { plug: "predictedClv", type: "money" },
  p_alive: { plug: "pAlive", type: "share" },
  preferred_channel: { plug: "preferredChannel", type: "text" },
} satisfies Record<string, Field>;

export type OutputField = keyof typeof outputFields;
export const outputFieldKeys = Object.keys(outputFields) as OutputField[];
export const defaultFields: OutputField[] = [
  "name",
  "email",
  "tier",
  "stage",
  "orders",
  "revenue",
  "last_order",
];

/** The plugged-in data a field reads, if any. */
export function fieldPlug(key: OutputField): Plug | null {
  const field: Field = outputFields[key];
  return "plug" in field ? field.plug : null;
}

export function fieldAvailable(key: OutputField, available: Availability): boolean {
  const plug = fieldPlug(key);
  return plug === null || available[plug];
}

export function fieldSql(key: OutputField): string {
  const field: Field = outputFields[key];
  return "plug" in field ? plugValue(field.plug) : field.sql;
}

/** Tags are stored as a JSON array; anything else is shown as it is. */
export function tagList(raw: unknown): string[] {
  if (typeof raw !== "string" || raw === "") return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.map(String) : [raw];
  } catch {
    return [raw];
  }
}
