import type { Plug } from "../catalogue/pluggable";
import type { Condition } from "../rule/conditions";

export type TemplateGroup = "profile" | "metrics" | "facts" | "changes";
export type Template = { key: string; group: TemplateGroup; needs?: Plug; make: () => Condition };

const last90 = { kind: "last_days", days: 90 } as const;

/**
 * What "Add condition" offers, in menu order: each entry names a message key
 * (segmentExplorer.templates.<key>) and the condition it starts from.
 */
export const templates: Template[] = [
  {
    key: "city",
    group: "profile",
    make: () => ({ type: "text", field: "city", op: "is", values: [] }),
  },
  {
    key: "region",
    group: "profile",
    make: () => ({ type: "text", field: "region", op: "is", values: [] }),
  },
  {
    key: "country",
    group: "profile",
    make: () => ({ type: "text", field: "country", op: "is", values: [] }),
  },
  {
    key: "gender",
    group: "profile",
    make: () => ({ type: "text", field: "gender", op: "is", values: [] }),
  },
  {
    key: "name",
    group: "profile",
    make: () => ({ type: "text", field: "name", op: "contains", values: [] }),
  },
  {
    key: "email",
    group: "profile",
    make: () => ({ type: "text", field: "email", op: "is_set", values: [] }),
  },
  {
    key: "phone",
    group: "profile",
    make: () => ({ type: "text", field: "phone", op: "is_set", values: [] }),
  },
  { key: "age", group: "profile", make: () => ({ type: "age", min: 18, max: 65 }) },
  { key: "birthMonth", group: "profile", make: () => ({ type: "birth_month", months: [] }) },
  { key: "tags", group: "profile", make: () => ({ type: "tags", op: "any", values: [] }) },
  {
    key: "consent",
    group: "profile",
    make: () => ({ type: "consent", channel: "email", state: "subscribed" }),
  },
  { key: "source", group: "profile", make: () => ({ type: "source", op: "any", sources: [] }) },
  {
    key: "firstSeen",
    group: "profile",
    make: () => ({ type: "day", field: "first_seen", window: last90 }),
  },
  {
    key: "tier",
    group: "metrics",
    make: () => ({ type: "choice", field: "tier", op: "in", values: [] }),
  },
  {
    key: "stage",
    group: "metrics",
    make: () => ({ type: "choice", field: "stage", op: "in", values: [] }),
  },
  {
    key: "rfmSegment",
    group: "metrics",
    make: () => ({ type: "choice", field: "rfm_segment", op: "in", values: [] }),
  },
  {
    key: "metric",
    group: "metrics",
    make: () => ({ type: "number", field: "orders", op: "gte", value: 2 }),
  },
  {
    key: "firstOrder",
    group: "metrics",
    make: () => ({ type: "day", field: "first_order", window: last90 }),
  },
  {
    key: "lastOrder",
    group: "metrics",
    make: () => ({ type: "day", field: "last_order", window: last90 }),
  },
  {
    key: "predictedClv",
    group: "metrics",
    needs: "predictedClv",
    make: () => ({ type: "number", field: "predicted_clv", op: "gte", value: 1000 }),
  },
  {
    key: "pAlive",
    group: "metrics",
    needs: "pAlive",
    make: () => ({ type: "number", field: "p_alive", op: "lt", value: 0.5 }),
  },
  {
    key: "preferredChannel",
    group: "metrics",
    needs: "preferredChannel",
    make: () => ({ type: "choice", field: "preferred_channel", op: "in", values: [] }),
  },
  {
    key: "ordersInWindow",
    group: "facts",
    make: () => ({
      type: "orders",
      measure: "count",
      op: "gte",
      value: 2,
      window: last90,
      channels: [],
      sources: [],
    }),
  },
  {
    key: "spendInWindow",
    group: "facts",
    make: () => ({
      type: "orders",
      measure: "spend",
      op: "gt",
      value: 1000,
      window: last90,
      channels: [],
      sources: [],
    }),
  },
  {
    key: "interactions",
    group: "facts",
    make: () => ({
      type: "interactions",
      kinds: ["email_click"],
      channels: [],
      op: "eq",
      value: 0,
      window: { kind: "last_days", days: 60 },
    }),
  },
  {
    key: "event",
    group: "facts",
    make: () => ({
      type: "interactions",
      kinds: ["event"],
      channels: [],
      op: "gte",
      value: 1,
      window: { kind: "any" },
    }),
  },
  {
    key: "tickets",
    group: "facts",
    make: () => ({ type: "tickets", op: "gte", value: 1, window: { kind: "last_days", days: 30 } }),
  },
  {
    key: "tierChange",
    group: "changes",
    needs: "snapshots",
    make: () => ({ type: "tier_change", from: "gold", direction: "down", months: 1 }),
  },
  {
    key: "stageChange",
    group: "changes",
    needs: "snapshots",
    make: () => ({ type: "stage_change", from: "active", to: "at_risk", months: 1 }),
  },
];

