import { describe, expect, it } from "vitest";

import type { CustomerMetrics } from "@/db/schema/metrics";
import { lifecycleStage } from "@/lib/metrics/lifecycle";
import { explainStage } from "@/lib/profiles/explain";
import { modelSettings } from "@/lib/settings/schema";

const lifecycle = modelSettings.parse({}).lifecycle;
const asOf = 10_000;

/** The stored metrics of a customer with orders on these days, staged as the recompute does. */
function customerWith(orderDays: number[]): CustomerMetrics {
  const facts = { orders: orderDays.length, firstDay: orderDays[0], lastDay: orderDays.at(-1)!,
    previousDay: orderDays.at(-2) ?? null, lastInteractionDay: null, rScore: 3 };
  return { orders: facts.orders, firstDay: facts.firstDay, lastDay: facts.lastDay,
    recencyDays: asOf - facts.lastDay, stage: lifecycleStage(facts, asOf, lifecycle) } as CustomerMetrics;
}

describe("why a customer is in its stage", () => {
  it("says a one-order customer is at risk for having no second order, not for a usual gap of 0 days", () => {
    const days = lifecycle.newDays + 10;
    const reason = explainStage(customerWith([asOf - days]), lifecycle);
    expect(reason.key).toBe("at_risk_single");
    expect(reason.params).toMatchObject({ days, orders: 1, newDays: lifecycle.newDays });
  });

  it("quotes the usual gap of a repeat buyer who is overdue", () => {
    const reason = explainStage(customerWith([asOf - 200, asOf - 170, asOf - 140]), lifecycle);
    expect(reason.key).toBe("at_risk");
    expect(reason.params).toMatchObject({ days: 140, gap: 30, multiple: 2, threshold: 60 });
  });

  it("names the fixed days as the line crossed when they come before the gap rule", () => {
    const reason = explainStage(customerWith([asOf - 900, asOf - 500, asOf - 200]), lifecycle);
    expect(reason.key).toBe("at_risk");
    expect(reason.params).toMatchObject({ gap: 350, threshold: lifecycle.atRiskDays });
  });
});
