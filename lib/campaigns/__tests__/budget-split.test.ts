import { describe, expect, it } from "vitest";
import {
  campaignTotals, evaluateBudgetSplit, proposeBudgetSplit, type BudgetProjection, type BudgetTier,
} from "../budget-split";

// Margin per contact = rate × value × margin rate:
//   vip  0.10 × 200 × 0.5 = 10 per contact at 2 (+ 500 fixed)  → 5 margin per unit of contact cost
//   gold 0.04 × 100 × 0.5 =  2 per contact at 1                 → 2
//   base 0.01 × 100 × 0.5 = 0.5 per contact at 1                → loses 0.5 per contact
// Listed out of order on purpose: the proposal must sort them.
const tiers: BudgetTier[] = [
  { id: "base", size: 20_000, expectedResponseRate: 0.01, valuePerResponse: 100, marginRate: 0.5, costPerContact: 1, fixedCost: 0 },
  { id: "gold", size: 5_000, expectedResponseRate: 0.04, valuePerResponse: 100, marginRate: 0.5, costPerContact: 1, fixedCost: 0 },
  { id: "vip", size: 1_000, expectedResponseRate: 0.1, valuePerResponse: 200, marginRate: 0.5, costPerContact: 2, fixedCost: 500 },
];
const byId = (p: BudgetProjection, id: string) => p.tiers.find((t) => t.id === id)!;

describe("proposeBudgetSplit on the 3-tier example", () => {
  it("budget 5,000: vip whole (500 + 2 × 1,000 = 2,500), gold gets the other 2,500 contacts, base nothing", () => {
    const p = proposeBudgetSplit(tiers, 5000);
    expect(byId(p, "vip")).toEqual({ id: "vip", contacts: 1000, shareOfTier: 1, cost: 2500, expectedResponders: 100, expectedMargin: 10_000, roi: 3 });
    expect(byId(p, "gold")).toEqual({ id: "gold", contacts: 2500, shareOfTier: 0.5, cost: 2500, expectedResponders: 100, expectedMargin: 5000, roi: 1 });
    expect(byId(p, "base")).toEqual({ id: "base", contacts: 0, shareOfTier: 0, cost: 0, expectedResponders: 0, expectedMargin: 0, roi: null });
    expect(p.reasons).toEqual({ vip: "whole_tier", gold: "budget_limit", base: "unprofitable" });
  });

  it("budget 5,000 totals: 3,500 contacts, cost 5,000, 200 responders, margin 15,000, ROI (15,000 − 5,000)/5,000 = 2", () => {
    const p = proposeBudgetSplit(tiers, 5000);
    expect(p.totals).toEqual({ contacts: 3500, cost: 5000, expectedResponders: 200, expectedMargin: 15_000, roi: 2 });
    expect(p.unspent).toBe(0);
    expect(p.overBudget).toBe(false);
    expect(p.tiers.map((t) => t.id)).toEqual(["base", "gold", "vip"]); // input order kept
  });

  it("budget 2,000: vip gets (2,000 − 500)/2 = 750 contacts, margin 7,500, ROI (7,500 − 2,000)/2,000 = 2.75; gold runs out", () => {
    const p = proposeBudgetSplit(tiers, 2000);
    expect(byId(p, "vip")).toMatchObject({ contacts: 750, cost: 2000, expectedMargin: 7500, roi: 2.75 });
    expect(byId(p, "gold").contacts).toBe(0);
    expect(p.reasons.gold).toBe("budget_limit");
  });

  it("budget 100,000: both profitable tiers whole, cost 2,500 + 5,000 = 7,500, 92,500 left unspent rather than lost on base", () => {
    const p = proposeBudgetSplit(tiers, 100_000);
    expect(p.totals.cost).toBe(7500);
    expect(p.unspent).toBe(92_500);
    expect(p.reasons).toEqual({ vip: "whole_tier", gold: "whole_tier", base: "unprofitable" });
  });
});

describe("proposeBudgetSplit and fixed costs", () => {
  const tier = (over: Partial<BudgetTier>): BudgetTier => ({
    id: "t", size: 1000, expectedResponseRate: 0.05, valuePerResponse: 40, marginRate: 0.5, costPerContact: 0.5, fixedCost: 0, ...over,
  });

  it("skips a tier whose whole-tier net (1,000 × (1 − 0.5) = 500) does not cover its 600 fixed cost", () => {
    const p = proposeBudgetSplit([tier({ fixedCost: 600 })], 10_000);
    expect(p.totals.contacts).toBe(0);
    expect(p.reasons.t).toBe("unprofitable");
  });

  it("skips a partial fill whose net (800 × 0.5 = 400) is below the 1,000 fixed cost the budget of 1,400 must also pay", () => {
    const p = proposeBudgetSplit([tier({ size: 10_000, fixedCost: 1000 })], 1400);
    expect(p.totals.contacts).toBe(0);
    expect(p.reasons.t).toBe("budget_limit");
  });

  it("puts free contacts first: an email tier (0 per contact, 100 fixed) is taken whole before a paid one", () => {
    const email = tier({ id: "email", size: 50_000, costPerContact: 0, fixedCost: 100 });
    const p = proposeBudgetSplit([tier({ id: "sms" }), email], 300);
    expect(byId(p, "email").contacts).toBe(50_000);
    // Remaining 200 buys 200 / 0.5 = 400 SMS contacts.
    expect(byId(p, "sms").contacts).toBe(400);
    expect(p.totals.cost).toBe(300);
  });

  it("buys whole contacts despite binary rounding: a budget of 0.3 at 0.1 each buys 3 and is not over budget", () => {
    const p = proposeBudgetSplit([tier({ costPerContact: 0.1 })], 0.3);
    expect(p.totals.contacts).toBe(3);
    expect(p.overBudget).toBe(false);
  });
});

describe("evaluateBudgetSplit (a user-adjusted split)", () => {
  it("vip 500, gold 3,000, base 1,000 on 5,000: cost 1,500 + 3,000 + 1,000 = 5,500, over by 500, ROI (11,500 − 5,500)/5,500", () => {
    const e = evaluateBudgetSplit(tiers, { vip: 500, gold: 3000, base: 1000 }, 5000);
    expect(byId(e, "vip")).toMatchObject({ cost: 1500, expectedResponders: 50, expectedMargin: 5000 });
    expect(byId(e, "base")).toMatchObject({ cost: 1000, expectedMargin: 500, roi: -0.5 });
    expect(e.totals).toMatchObject({ contacts: 4500, cost: 5500, expectedResponders: 180, expectedMargin: 11_500 });
    expect(e.totals.roi).toBeCloseTo(6000 / 5500, 12);
    expect(e.unspent).toBe(-500);
    expect(e.overBudget).toBe(true);
  });

  it("a tier left out of the split gets 0 contacts and pays no fixed cost", () => {
    expect(byId(evaluateBudgetSplit(tiers, { gold: 10 }, 100), "vip")).toMatchObject({ contacts: 0, cost: 0 });
  });

  it("rejects more contacts than the tier has, fractions, unknown tiers and bad tiers", () => {
    expect(() => evaluateBudgetSplit(tiers, { vip: 1001 }, 5000)).toThrow(RangeError);
    expect(() => evaluateBudgetSplit(tiers, { vip: 1.5 }, 5000)).toThrow(RangeError);
    expect(() => evaluateBudgetSplit(tiers, { platinum: 1 }, 5000)).toThrow(RangeError);
    expect(() => proposeBudgetSplit([{ ...tiers[0], expectedResponseRate: 2 }], 5000)).toThrow(RangeError);
    expect(() => proposeBudgetSplit([tiers[0], tiers[0]], 5000)).toThrow(RangeError);
    expect(() => proposeBudgetSplit(tiers, -1)).toThrow(RangeError);
  });
});

describe("a campaign's totals after its own fixed cost", () => {
  it("adds the 500 once anyone is contacted: cost 5,500, ROI (15,000 − 5,500)/5,500", () => {
    const totals = campaignTotals(proposeBudgetSplit(tiers, 5000).totals, 500);
    expect(totals).toEqual({ contacts: 3500, cost: 5500, expectedResponders: 200,
      expectedMargin: 15_000, roi: (15_000 - 5500) / 5500 });
    // Nobody contacted, nothing paid: the setup is not bought for no one.
    expect(campaignTotals(evaluateBudgetSplit(tiers, {}, 0).totals, 500))
      .toMatchObject({ cost: 0, roi: null });
  });
});
