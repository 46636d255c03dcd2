import type { Db } from "@/db/client";
import { stages, tiers } from "@/db/schema/metrics";
import { en } from "@/lib/i18n/messages/en";

import type { Condition } from "./rule/conditions";
import type { Rule } from "./rule/rule";

const all = (...children: Condition[]): Rule => ({
  type: "group",
  match: "all",
  negate: false,
  children,
});

/**
 * Segments every workspace starts with: one per value tier and lifecycle
 * stage of DESIGN.md, and three that marketers ask for first. Names here are
 * the English defaults; the interface shows the translation while a starter
 * keeps its default name.
 */
export const starterSegments: { key: string; name: string; description: string; rule: Rule }[] = [
  ...tiers.map((tier) => ({
    key: `tier-${tier}`,
    name: `Tier: ${en.tiers[tier]}`,
    description: "",
    rule: all({ type: "choice", field: "tier", op: "in", values: [tier] }),
  })),
  ...stages.map((stage) => ({
    key: `stage-${stage}`,
    name: `Stage: ${en.stages[stage]}`,
    description: "",
    rule: all({ type: "choice", field: "stage", op: "in", values: [stage] }),
  })),
  {
    key: "high-value-at-risk",
    name: "High value at risk",
    description: "VIP and Gold customers whose next order is overdue",
    rule: all(
      { type: "choice", field: "tier", op: "in", values: ["vip", "gold"] },
      { type: "choice", field: "stage", op: "in", values: ["at_risk"] },
    ),
  },
  {
    key: "one-time-last-quarter",
    name: "One-time buyers from the last quarter",
    description: "Exactly one order, placed in the last 90 days",
    rule: all(
      { type: "number", field: "orders", op: "eq", value: 1 },
      { type: "day", field: "first_order", window: { kind: "last_days", days: 90 } },
    ),
  },
  {
    key: "vip-prefer-store",
    name: "VIPs who prefer the store",
    description: "VIP customers whose preferred channel is the store",
    rule: all(
      { type: "choice", field: "tier", op: "in", values: ["vip"] },
      { type: "choice", field: "preferred_channel", op: "in", values: ["store"] },
    ),
  },
];

const SEEDED = "segments.startersSeeded";

/**
 * Adds the starter segments once per database. A marker in settings keeps a
 * starter that a manager deleted from coming back.
 */
export function seedStarterSegments(db: Db) {
  const sqlite = db.$client;
  if (sqlite.prepare("SELECT 1 FROM settings WHERE key = ?").get(SEEDED)) return;
  const insert = sqlite.prepare(`INSERT INTO segments (name, description, rule, starter_key)
    VALUES (?, ?, ?, ?) ON CONFLICT (starter_key) DO NOTHING`);
  sqlite.transaction(() => {
    for (const s of starterSegments)
      insert.run(s.name, s.description, JSON.stringify(s.rule), s.key);
    sqlite.prepare("INSERT INTO settings (key, value) VALUES (?, 'true')").run(SEEDED);
  })();
}
