import type { Rule } from "@/lib/segments/rule/rule";

import type { Target } from "./segments-report";

/** The segments the benchmark times, with the count target the issue sets for each. */
export const benchSegments: { name: string; rule: Rule; countTarget: Target }[] = [
  {
    name: "VIPs in Shanghai (attribute and metric)",
    countTarget: { ms: 20, on: "p50" },
    rule: {
      type: "group",
      match: "all",
      negate: false,
      children: [
        { type: "text", field: "city", op: "is", values: ["上海"] },
        { type: "choice", field: "tier", op: "in", values: ["vip"] },
      ],
    },
  },
  {
    name: "Five conditions with a 90-day order window",
    countTarget: { ms: 300, on: "p95" },
    rule: {
      type: "group",
      match: "all",
      negate: false,
      children: [
        { type: "text", field: "gender", op: "is", values: ["female"] },
        { type: "age", min: 25, max: 45 },
        { type: "text", field: "city", op: "is", values: ["上海", "杭州", "南京", "苏州"] },
        { type: "choice", field: "tier", op: "in", values: ["gold", "silver", "bronze"] },
        {
          type: "orders",
          measure: "count",
          op: "gte",
          value: 2,
          window: { kind: "last_days", days: 90 },
          channels: [],
          sources: [],
        },
      ],
    },
  },
];
