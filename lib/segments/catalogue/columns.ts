import type { choiceFields, dayFields, numberFields, textFields } from "../rule/fields";
import type { Plug } from "./pluggable";

/**
 * Where each rule field lives. Every compiled rule is an expression over two
 * aliases: `p` (profiles) and `m` (customer_metrics, one row per profile).
 * These strings are the only column names a rule can reach.
 */
export const textColumns: Record<(typeof textFields)[number], string> = {
  name: "p.name",
  email: "p.email",
  phone: "p.phone",
  gender: "p.gender",
  city: "p.city",
  region: "p.region",
  country: "p.country",
};

export type Unit = "count" | "money" | "days" | "score" | "share";
type Column =
  { sql: string; unit: Unit } | { plug: Plug & ("predictedClv" | "pAlive"); unit: Unit };

export const numberColumns: Record<(typeof numberFields)[number], Column> = {
  orders: { sql: "m.orders", unit: "count" },
  revenue: { sql: "m.revenue_minor", unit: "money" },
  value: { sql: "m.value_minor", unit: "money" },
  recency_days: { sql: "m.recency_days", unit: "days" },
  r: { sql: "m.r", unit: "score" },
  f: { sql: "m.f", unit: "score" },
  m: { sql: "m.m", unit: "score" },
  predicted_clv: { plug: "predictedClv", unit: "money" },
  p_alive: { plug: "pAlive", unit: "share" },
};

export const choiceColumns: Record<
  (typeof choiceFields)[number],
  { sql: string } | { plug: "preferredChannel" }
> = {
  tier: { sql: "m.tier" },
  stage: { sql: "m.stage" },
  rfm_segment: { sql: "m.segment" },
  preferred_channel: { plug: "preferredChannel" },
};

export const dayColumns: Record<(typeof dayFields)[number], string> = {
  first_seen: "p.first_seen_day",
  first_order: "m.first_day",
  last_order: "m.last_day",
};
