import { beforeAll, describe, expect, it } from "vitest";

import type { Db } from "@/db/client";

import { UnavailableError } from "../errors";
import { countSegment } from "../query/count-segment";
import { customersFrom, segmentFilter } from "../query/segment-filter";
import type { Condition } from "../rule/conditions";
import type { RuleNode } from "../rule/rule";
import { addPluggedData, handBuiltDatabase, people } from "./fixtures/hand-built";

const { alice, bob, carol, dan, lin, eve, pat, quinn } = people;
const everyone = [alice, bob, carol, dan, lin, eve, pat, quinn];

/** The profile ids a rule of these children matches, sorted. */
function matched(db: Db, children: RuleNode[], match: "all" | "any" = "all"): number[] {
  const { where } = segmentFilter(db, { type: "group", match, negate: false, children });
  const rows = db.$client
    .prepare(
      `SELECT m.profile_id AS id FROM ${customersFrom(where.sql)} WHERE ${where.sql} ORDER BY 1`,
    )
    .all(...where.params) as { id: number }[];
  expect(countSegment(db, { where })).toBe(rows.length);
  return rows.map((row) => row.id);
}

const last = (days: number) => ({ kind: "last_days", days }) as const;
const any = { kind: "any" } as const;

// Each case: a condition, and who matches on 2024-06-30 by hand (fixtures/hand-built.ts).
const cases: [string, Condition, number[]][] = [
  [
    "city is 上海 (Shanghai written in Latin is another value)",
    { type: "text", field: "city", op: "is", values: ["上海"] },
    [alice, eve],
  ],
  [
    "city is not 上海 keeps unknown cities",
    { type: "text", field: "city", op: "is_not", values: ["上海"] },
    [bob, carol, dan, lin, pat, quinn],
  ],
  [
    "name contains o (ASCII case folds)",
    { type: "text", field: "name", op: "contains", values: ["o"] },
    [alice, bob, carol, dan, eve],
  ],
  [
    "name contains %_ literally",
    { type: "text", field: "name", op: "contains", values: ["%_"] },
    [eve],
  ],
  [
    "name contains an apostrophe",
    { type: "text", field: "name", op: "contains", values: ["O'K"] },
    [dan],
  ],
  [
    "name starts with 林",
    { type: "text", field: "name", op: "starts_with", values: ["林"] },
    [lin],
  ],
  ["gender is empty", { type: "text", field: "gender", op: "is_empty", values: [] }, [dan, quinn]],
  [
    "email is, typed in capitals",
    { type: "text", field: "email", op: "is", values: ["ALICE@example.com"] },
    [alice],
  ],
  ["tags any vip-club", { type: "tags", op: "any", values: ["vip-club"] }, [alice, eve]],
  [
    "tags all vip-club and newsletter",
    { type: "tags", op: "all", values: ["vip-club", "newsletter"] },
    [alice],
  ],
  [
    "tags none newsletter (malformed tags count as none)",
    { type: "tags", op: "none", values: ["newsletter"] },
    [carol, dan, lin, eve, pat, quinn],
  ],
  ["age at least 34 (Alice turns 34 the day after)", { type: "age", min: 34 }, [bob, eve]],
  ["age at most 39 (Bob turned 40 on the day)", { type: "age", max: 39 }, [alice, lin, pat]],
  ["age exactly 40", { type: "age", min: 40, max: 40 }, [bob]],
  ["born in March (a birthday without a year)", { type: "birth_month", months: [3] }, [carol]],
  ["born in February or July (29 February)", { type: "birth_month", months: [2, 7] }, [alice, lin]],
  [
    "subscribed to email: later unsubscribe, clean and a same-time unsubscribe all win",
    { type: "consent", channel: "email", state: "subscribed" },
    [alice, bob],
  ],
  [
    "not subscribed to email",
    { type: "consent", channel: "Email", state: "not_subscribed" },
    [carol, dan, lin, eve, pat, quinn],
  ],
  ["subscribed to sms", { type: "consent", channel: "sms", state: "subscribed" }, [eve]],
  ["source tmall (orders)", { type: "source", op: "any", sources: ["tmall"] }, [alice, carol, lin]],
  [
    "source CRM (a contact record; the key is normalised)",
    { type: "source", op: "any", sources: ["CRM"] },
    [pat],
  ],
  [
    "source service desk (tickets)",
    { type: "source", op: "any", sources: ["service"] },
    [carol, dan],
  ],
  [
    "source mailchimp (consent events)",
    { type: "source", op: "any", sources: ["mailchimp"] },
    [alice, bob, carol, dan, lin, eve],
  ],
  [
    "not from tmall",
    { type: "source", op: "none", sources: ["tmall"] },
    [bob, dan, eve, pat, quinn],
  ],
  [
    "first seen in the last 30 days",
    { type: "day", field: "first_seen", window: last(30) },
    [lin, pat, quinn],
  ],
  [
    "first order since 2024-04-01",
    { type: "day", field: "first_order", window: { kind: "since", from: "2024-04-01" } },
    [bob, carol, lin],
  ],
  [
    "last order in 2022",
    {
      type: "day",
      field: "last_order",
      window: { kind: "between", from: "2022-01-01", to: "2022-12-31" },
    },
    [eve],
  ],
  [
    "last order in 2022, the period given backwards",
    {
      type: "day",
      field: "last_order",
      window: { kind: "between", from: "2022-12-31", to: "2022-01-01" },
    },
    [eve],
  ],
  [
    "has ever ordered",
    { type: "day", field: "last_order", window: any },
    [alice, bob, carol, dan, lin, eve],
  ],
  [
    "orders at least 2",
    { type: "number", field: "orders", op: "gte", value: 2 },
    [alice, bob, carol, eve],
  ],
  [
    "revenue over ¥1,000",
    { type: "number", field: "revenue", op: "gt", value: 1000 },
    [alice, carol],
  ],
  ["R is 5", { type: "number", field: "r", op: "eq", value: 5 }, [alice, bob, lin]],
  [
    "R is not 5 (prospects have no R and are included)",
    { type: "number", field: "r", op: "ne", value: 5 },
    [carol, dan, eve, pat, quinn],
  ],
  [
    "recency at most 30 days",
    { type: "number", field: "recency_days", op: "lte", value: 30 },
    [alice, bob, lin],
  ],
  [
    "value between ¥100 and ¥500",
    { type: "number", field: "value", op: "between", value: 100, value2: 500 },
    [bob, lin],
  ],
  [
    "F between 5 and 3 (bounds given backwards)",
    { type: "number", field: "f", op: "between", value: 5, value2: 3 },
    [alice, bob, carol, eve],
  ],
  [
    "tier Gold or VIP",
    { type: "choice", field: "tier", op: "in", values: ["gold", "vip"] },
    [alice, carol],
  ],
  [
    "stage neither prospect nor engaged",
    { type: "choice", field: "stage", op: "not_in", values: ["prospect", "engaged"] },
    [alice, bob, carol, dan, lin, eve],
  ],
  [
    "RFM champions or loyal",
    { type: "choice", field: "rfm_segment", op: "in", values: ["champions", "loyal"] },
    [alice, carol],
  ],
  [
    "at least 2 orders in the last 90 days (a refund is no order)",
    {
      type: "orders",
      measure: "count",
      op: "gte",
      value: 2,
      window: last(90),
      channels: [],
      sources: [],
    },
    [alice, bob, carol],
  ],
  [
    "spent more than ¥1,000 on Tmall since 2024-01-01",
    {
      type: "orders",
      measure: "spend",
      op: "gt",
      value: 1000,
      window: { kind: "since", from: "2024-01-01" },
      channels: ["tmall"],
      sources: [],
    },
    [alice, carol],
  ],
  [
    "spent more than ¥2,500 on Tmall: Carol's US$100 counts as ¥700",
    {
      type: "orders",
      measure: "spend",
      op: "gt",
      value: 2500,
      window: any,
      channels: ["tmall"],
      sources: [],
    },
    [carol],
  ],
  [
    "no order in the last 365 days (cancelled and after-as-of orders do not count)",
    {
      type: "orders",
      measure: "count",
      op: "eq",
      value: 0,
      window: last(365),
      channels: [],
      sources: [],
    },
    [dan, eve, pat, quinn],
  ],
  [
    "spent less than ¥130 in all (net of refunds)",
    {
      type: "orders",
      measure: "spend",
      op: "lt",
      value: 130,
      window: any,
      channels: [],
      sources: [],
    },
    [bob, dan, pat, quinn],
  ],
  [
    "an order from the store source",
    {
      type: "orders",
      measure: "count",
      op: "gte",
      value: 1,
      window: any,
      channels: [],
      sources: ["store"],
    },
    [alice, dan, eve],
  ],
  [
    "at least 6 orders: the one after the as-of day does not count",
    {
      type: "orders",
      measure: "count",
      op: "gte",
      value: 6,
      window: any,
      channels: [],
      sources: [],
    },
    [],
  ],
  [
    "no email click in 60 days",
    {
      type: "interactions",
      kinds: ["email_click"],
      channels: [],
      op: "eq",
      value: 0,
      window: last(60),
    },
    [bob, carol, dan, lin, eve, pat, quinn],
  ],
  [
    "attended an offline event",
    {
      type: "interactions",
      kinds: ["event"],
      channels: ["offline"],
      op: "gte",
      value: 1,
      window: any,
    },
    [lin, quinn],
  ],
  [
    "two or more email opens and clicks",
    {
      type: "interactions",
      kinds: ["email_open", "email_click"],
      channels: [],
      op: "gte",
      value: 2,
      window: any,
    },
    [alice],
  ],
  [
    "opened a service ticket in the last 30 days",
    { type: "tickets", op: "gte", value: 1, window: last(30) },
    [carol],
  ],
];

const pluggedCases: [string, Condition, number[]][] = [
  [
    "dropped from VIP in the last month",
    { type: "tier_change", from: "vip", direction: "down", months: 1 },
    [alice],
  ],
  [
    "dropped from Gold in the last month (Bob's Gold was in March)",
    { type: "tier_change", from: "gold", direction: "down", months: 1 },
    [],
  ],
  [
    "dropped from Gold in the last 6 months",
    { type: "tier_change", from: "gold", direction: "down", months: 6 },
    [bob],
  ],
  [
    "rose from Gold in the last month",
    { type: "tier_change", from: "gold", direction: "up", months: 1 },
    [carol],
  ],
  [
    "left Gold either way in 6 months",
    { type: "tier_change", from: "gold", direction: "any", months: 6 },
    [bob, carol],
  ],
  [
    "went from at risk to lapsed in the last month",
    { type: "stage_change", from: "at_risk", to: "lapsed", months: 1 },
    [dan],
  ],
  [
    "left active in the last 2 months",
    { type: "stage_change", from: "active", months: 2 },
    [carol],
  ],
  [
    "predicted CLV over ¥4,000",
    { type: "number", field: "predicted_clv", op: "gt", value: 4000 },
    [alice, carol],
  ],
  ["P(alive) under 0.5", { type: "number", field: "p_alive", op: "lt", value: 0.5 }, [carol]],
  [
    "P(alive) not 0.9 (no prediction included)",
    { type: "number", field: "p_alive", op: "ne", value: 0.9 },
    [bob, carol, dan, lin, eve, pat, quinn],
  ],
  [
    "prefers the store",
    { type: "choice", field: "preferred_channel", op: "in", values: ["store"] },
    [dan, eve],
  ],
  [
    "does not prefer Tmall",
    { type: "choice", field: "preferred_channel", op: "not_in", values: ["tmall"] },
    [bob, dan, lin, eve, pat, quinn],
  ],
];

describe("segment counts on a hand-built data set (as of 2024-06-30)", () => {
  const db = handBuiltDatabase();

  it.each(cases)("%s", (_, condition, expected) => {
    expect(matched(db, [condition])).toEqual(expected);
  });

  it("an empty rule matches every customer", () => {
    expect(matched(db, [])).toEqual(everyone);
  });

  it("any of: in 上海, or a ticket in the last 30 days", () => {
    const children: RuleNode[] = [
      cases[0][1],
      { type: "tickets", op: "gte", value: 1, window: last(30) },
    ];
    expect(matched(db, children, "any")).toEqual([alice, carol, eve]);
  });

  it("none of (a negated group) keeps the customers whose city is unknown", () => {
    const group: RuleNode = { type: "group", match: "all", negate: true, children: [cases[0][1]] };
    expect(matched(db, [group])).toEqual([bob, carol, dan, lin, pat, quinn]);
  });

  it("women who are VIP or in the VIP club: a nested any-group", () => {
    const inner: RuleNode = {
      type: "group",
      match: "any",
      negate: false,
      children: [
        { type: "choice", field: "tier", op: "in", values: ["vip"] },
        { type: "tags", op: "any", values: ["vip-club"] },
      ],
    };
    expect(
      matched(db, [{ type: "text", field: "gender", op: "is", values: ["female"] }, inner]),
    ).toEqual([alice, carol, eve]);
  });

  it("conditions on data this database lacks are refused, naming what is missing", () => {
    // No prediction run, no snapshot period and no channel preference yet.
    db.$client.exec("DELETE FROM customer_predictions; DELETE FROM snapshot_periods; DELETE FROM profile_channels;");
    expect(() => matched(db, [pluggedCases[0][1]])).toThrow(UnavailableError);
    expect(() => matched(db, [pluggedCases[7][1]])).toThrow(/predictedClv/);
    expect(() => matched(db, [pluggedCases[10][1]])).toThrow(/preferredChannel/);
  });
});

describe("segment counts over snapshots, predictions and preferred channels", () => {
  let db: Db;
  beforeAll(() => {
    db = handBuiltDatabase();
    addPluggedData(db);
  });

  it.each(pluggedCases)("%s", (_, condition, expected) => {
    expect(matched(db, [condition])).toEqual(expected);
  });
});
