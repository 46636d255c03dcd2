import { describe, expect, it } from "vitest";

import { InvalidRuleError } from "../errors";
import { parseRule } from "../query/segment-filter";
import { MAX_CONDITIONS, MAX_DEPTH } from "../rule/rule";

const root = (...children: unknown[]) => ({ type: "group", match: "all", children });
const city = { type: "text", field: "city", op: "is", values: ["上海"] };

function issuesOf(raw: unknown): string[] {
  try {
    parseRule(raw);
  } catch (error) {
    if (error instanceof InvalidRuleError)
      return error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw error;
  }
  return [];
}

describe("segments: rule validation", () => {
  it("accepts money below 0, which refunds can leave", () => {
    expect(() => parseRule(root({ type: "number", field: "revenue", op: "lt", value: -10 })))
      .not.toThrow();
  });

  it("accepts a two-group rule and fills defaults", () => {
    const rule = parseRule(
      root(city, {
        type: "group",
        match: "any",
        children: [
          {
            type: "orders",
            measure: "count",
            op: "gte",
            value: 2,
            window: { kind: "last_days", days: 90 },
          },
        ],
      }),
    );
    expect(rule.negate).toBe(false);
    const group = rule.children[1];
    expect(group.type === "group" && group.children[0]).toMatchObject({
      channels: [],
      sources: [],
    });
  });

  it.each([
    ["an unknown field", root({ ...city, field: "password_hash" })],
    ["a column written as SQL", root({ ...city, field: "p.city) OR 1=1 --" })],
    ["an unknown condition type", root({ type: "raw_sql", sql: "1=1" })],
    ["an unknown tier", root({ type: "choice", field: "tier", op: "in", values: ["platinum"] })],
    ["an empty value list", root({ ...city, values: [] })],
    [
      "between without its second value",
      root({ type: "number", field: "orders", op: "between", value: 1 }),
    ],
    [
      "a value that is not a number",
      root({ type: "number", field: "orders", op: "gt", value: "1; DROP TABLE orders" }),
    ],
    ["an infinite amount", root({ type: "number", field: "revenue", op: "gt", value: Infinity })],
    ["a count below 0", root({ type: "number", field: "orders", op: "gte", value: -5 })],
    [
      "a recency between a negative and a positive number of days",
      root({ type: "number", field: "recency_days", op: "between", value: 30, value2: -1 }),
    ],
    [
      "a date that is not YYYY-MM-DD",
      root({ type: "day", field: "first_seen", window: { kind: "since", from: "2024-13-45" } }),
    ],
    [
      "a window of 0 days",
      root({ type: "tickets", op: "gte", value: 1, window: { kind: "last_days", days: 0 } }),
    ],
    [
      "an interaction kind that does not exist",
      root({
        type: "interactions",
        kinds: ["phone_call"],
        op: "gte",
        value: 1,
        window: { kind: "any" },
      }),
    ],
    ["an age rule with neither bound", root({ type: "age" })],
    [
      "a stage change to the same stage",
      root({ type: "stage_change", from: "new", to: "new", months: 1 }),
    ],
    ["a value longer than 200 characters", root({ ...city, values: ["x".repeat(201)] })],
    ["a root that is not a group", city],
  ])("rejects %s", (_, raw) => {
    expect(issuesOf(raw).length).toBeGreaterThan(0);
  });

  it(`rejects groups nested more than ${MAX_DEPTH} deep`, () => {
    let node: object = city;
    for (let i = 0; i < MAX_DEPTH; i++) node = root(node);
    expect(issuesOf(node)).toEqual([]);
    expect(issuesOf(root(node))).toEqual([`: groups nest at most ${MAX_DEPTH} deep`]);
  });

  it(`rejects more than ${MAX_CONDITIONS} conditions in all`, () => {
    const half = Array.from({ length: MAX_CONDITIONS / 2 + 1 }, () => city);
    expect(issuesOf(root(root(...half), root(...half)))).toEqual([
      `: a rule holds at most ${MAX_CONDITIONS} conditions`,
    ]);
  });

  it("drops keys it does not know, so nothing extra reaches the compiler", () => {
    const rule = parseRule(root({ ...city, sql: "1=1", column: "password_hash" }));
    expect(rule.children[0]).toEqual({ type: "text", field: "city", op: "is", values: ["上海"] });
  });
});
