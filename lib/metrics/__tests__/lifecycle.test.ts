import { describe, expect, it } from "vitest";

import { lifecycleStage, type LifecycleFacts } from "../lifecycle";

const settings = { engagedDays: 90, newDays: 90, atRiskDays: 180, lapsedDays: 365, gapMultiple: 2, loyalOrders: 4 };
const asOf = 20_000;
const buyer = (facts: Partial<LifecycleFacts>): LifecycleFacts => ({
  orders: 1, firstDay: asOf - 10, lastDay: asOf - 10, previousDay: null, lastInteractionDay: null, rScore: 3, ...facts,
});

describe("lifecycleStage", () => {
  it.each<[string, Partial<LifecycleFacts>, string]>([
    ["no order, no touch", { orders: 0, firstDay: null, lastDay: null }, "prospect"],
    ["no order, touched 30 days ago", { orders: 0, firstDay: null, lastDay: null, lastInteractionDay: asOf - 30 }, "engaged"],
    ["no order, touched 91 days ago", { orders: 0, firstDay: null, lastDay: null, lastInteractionDay: asOf - 91 }, "prospect"],
    ["one order 90 days ago", { lastDay: asOf - 90, firstDay: asOf - 90 }, "new"],
    ["one order 91 days ago", { lastDay: asOf - 91, firstDay: asOf - 91 }, "at_risk"],
    ["last order 366 days ago", { orders: 5, firstDay: asOf - 900, lastDay: asOf - 366 }, "lapsed"],
    ["ordered 10 days ago after 400 days away", { orders: 2, firstDay: asOf - 410, previousDay: asOf - 410 }, "reactivated"],
    ["gap 30 days, silent 61 days", { orders: 3, firstDay: asOf - 121, lastDay: asOf - 61 }, "at_risk"],
    ["gap 100 days, silent 181 days", { orders: 3, firstDay: asOf - 381, lastDay: asOf - 181 }, "at_risk"],
    ["gap 30 days, silent 20 days, 3 orders", { orders: 3, firstDay: asOf - 80, lastDay: asOf - 20 }, "active"],
    ["4 orders, R 4, in rhythm", { orders: 4, firstDay: asOf - 100, lastDay: asOf - 10, rScore: 4 }, "loyal"],
    ["4 orders, R 3, in rhythm", { orders: 4, firstDay: asOf - 100, lastDay: asOf - 10, rScore: 3 }, "active"],
  ])("%s → %s", (_name, facts, stage) => {
    expect(lifecycleStage(buyer(facts), asOf, settings)).toBe(stage);
  });
});
