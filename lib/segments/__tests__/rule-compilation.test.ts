import { describe, expect, it } from "vitest";

import { compileRule } from "../compile/compile-rule";
import type { CompileContext } from "../compile/context";
import { countSegment } from "../query/count-segment";
import { parseRule, segmentFilter } from "../query/segment-filter";
import { handBuiltDatabase } from "./fixtures/hand-built";

const ctx: CompileContext = {
  asOfDay: 19904, // 2024-06-30
  provisional: false,
  baseCurrency: "CNY",
  rates: { USD: 7 },
  available: { predictedClv: false, pAlive: false, preferredChannel: false, snapshots: false },
};

const hostile = [
  "'; DROP TABLE profiles; --",
  '" OR 1=1 --',
  "上海') OR ('1'='1",
  "Robert'); DELETE FROM customer_metrics WHERE ('a'='a",
  "%' UNION SELECT password_hash FROM users --",
  "\\' ESCAPE '\\",
  "🙂 naïve Ωmega \u0000 nul",
  "$1 :name @p",
];

const everyField = (value: string) =>
  parseRule({
    type: "group",
    match: "any",
    children: [
      { type: "text", field: "name", op: "is", values: [value] },
      { type: "text", field: "city", op: "contains", values: [value] },
      { type: "text", field: "email", op: "starts_with", values: [value] },
      { type: "tags", op: "all", values: [value] },
      { type: "consent", channel: value, state: "subscribed" },
      { type: "source", op: "any", sources: [value] },
      {
        type: "orders",
        measure: "spend",
        op: "gt",
        value: 1,
        window: { kind: "any" },
        channels: [value],
        sources: [value],
      },
      {
        type: "interactions",
        kinds: ["event"],
        channels: [value],
        op: "gte",
        value: 1,
        window: { kind: "any" },
      },
    ],
  });

describe("segments: compiling rules to SQL", () => {
  it.each(hostile)("keeps %j out of the SQL text and in the parameters", (value) => {
    const { sql, params } = compileRule(everyField(value), ctx);
    expect(sql).not.toContain(value);
    expect(
      params.filter((p) => typeof p === "string" && p.includes(value.trim().slice(0, 3))).length,
    ).toBeGreaterThan(0);
    expect(sql.split("?").length - 1).toBe(params.length);
  });

  it("runs hostile values as plain data: nothing matches and nothing is dropped", () => {
    const db = handBuiltDatabase();
    for (const value of hostile) {
      expect(countSegment(db, segmentFilter(db, everyField(value)))).toBe(0);
    }
    const left = db.$client
      .prepare(
        "SELECT (SELECT count(*) FROM profiles) AS p, (SELECT count(*) FROM customer_metrics) AS m",
      )
      .get();
    expect(left).toEqual({ p: 8, m: 8 });
  });

  it("escapes LIKE wildcards so % and _ match themselves", () => {
    const rule = parseRule({
      type: "group",
      match: "all",
      children: [{ type: "text", field: "name", op: "contains", values: ["50%_off\\"] }],
    });
    expect(compileRule(rule, ctx).params).toEqual(["%50\\%\\_off\\\\%"]);
  });

  it("writes windows as day numbers ending on the as-of day, and money in minor units", () => {
    const rule = parseRule({
      type: "group",
      match: "all",
      children: [
        {
          type: "orders",
          measure: "spend",
          op: "gte",
          value: 1000.5,
          window: { kind: "last_days", days: 90 },
        },
      ],
    });
    const { sql, params } = compileRule(rule, ctx);
    // The last-order pre-check, then the base currency and USD's rate, the window, and ¥1,000.50.
    expect(params).toEqual([19904 - 89, "CNY", "USD", 7, 19904 - 89, 19904, 100050]);
    expect(sql).toMatch(/^\(\(m\.last_day >= \?\) AND \(\(SELECT coalesce\(sum\(/);
  });

  it("tests cheap columns before subqueries, whatever order the user added them in", () => {
    const rule = parseRule({
      type: "group",
      match: "all",
      children: [
        { type: "tickets", op: "gte", value: 1, window: { kind: "any" } },
        { type: "choice", field: "tier", op: "in", values: ["vip"] },
      ],
    });
    expect(compileRule(rule, ctx).sql).toMatch(/^\(m\.tier = \?\) AND \(EXISTS/);
  });

  it("compiles an empty group to true", () => {
    expect(compileRule(parseRule({ type: "group", match: "any", children: [] }), ctx)).toEqual({
      sql: "1",
      params: [],
    });
  });
});
