import { describe, expect, it } from "vitest";

import type { ContactFacts } from "@/lib/campaigns/audience/channel-reach";
import { planAudience, type Candidate } from "@/lib/campaigns/audience/plan-audience";

const facts: ContactFacts = { emails: [], phones: [], wechat: null, push: null, mail: null };
const candidates = (n: number, targetId: number, from = 1): Candidate[] =>
  Array.from({ length: n }, (_, i) => ({ profileId: from + i, targetId, facts, lastOrderDay: null, touchDays: [] }));
const rules = { campaignId: 7, holdoutShare: 0.1, sendDay: 20_000, excludeBuyersDays: 7, frequencyCap: { touches: 2, days: 7 } };
const inStore = (id: number, contactLimit: number | null) => ({
  id,
  contactLimit,
  variants: [{ id: id * 10, channel: "in_store" as const, weight: 1 }],
});

describe("planAudience", () => {
  it("a contact limit of 100 keeps exactly 100 treated and the holdout met on the way", () => {
    const plan = planAudience(candidates(1000, 1), [inStore(1, 100)], rules);
    const f = plan.funnel.byTarget[1];
    expect(f.treatment).toBe(100);
    expect(f.targeted).toBe(1000);
    expect(f.treatment + f.holdout + f.removed.contact_limit).toBe(1000);
    // About one holdout member per nine treated: 100 / 9 ≈ 11, within a few.
    expect(f.holdout).toBeGreaterThanOrEqual(4);
    expect(f.holdout).toBeLessThanOrEqual(20);
  });

  it("suppression steps run in order and are counted per target and in total", () => {
    const recent = candidates(3, 2, 5000).map((c) => ({ ...c, lastOrderDay: rules.sendDay - 2 }));
    const capped = candidates(4, 2, 6000).map((c) => ({ ...c, touchDays: [rules.sendDay - 1, rules.sendDay + 1] }));
    const emailOnly = [{ id: 3, contactLimit: null, variants: [{ id: 30, channel: "email" as const, weight: 1 }] }];
    const plan = planAudience(
      [...candidates(10, 2), ...recent, ...capped, ...candidates(5, 3, 7000)],
      [inStore(2, null), ...emailOnly],
      rules,
    );
    expect(plan.funnel.byTarget[2].removed).toEqual({ address: 0, consent: 0, recent_buyer: 3, frequency_cap: 4, contact_limit: 0 });
    expect(plan.funnel.byTarget[3].removed.address).toBe(5);
    expect(plan.funnel.total).toMatchObject({ targeted: 22, removed: { address: 5, recent_buyer: 3, frequency_cap: 4 } });
    expect(plan.funnel.total.treatment + plan.funnel.total.holdout).toBe(10);
    expect(plan.exclusions.find((e) => e.profileId === 5000)).toMatchObject({ reason: "recent_buyer", since: rules.sendDay - 2 });
  });

  it("A/B weights 3:1 split the treated about 75/25; holdout members carry the variant they stand in for", () => {
    const ab = { id: 4, contactLimit: null, variants: [
      { id: 41, channel: "in_store" as const, weight: 3 },
      { id: 42, channel: "in_store" as const, weight: 1 },
    ] };
    const plan = planAudience(candidates(4000, 4), [ab], rules);
    const treated = plan.members.filter((m) => !m.holdout);
    const shareA = treated.filter((m) => m.variantId === 41).length / treated.length;
    expect(Math.abs(shareA - 0.75)).toBeLessThan(0.03);
    const held = plan.members.filter((m) => m.holdout);
    expect(Math.abs(held.length / 4000 - 0.1)).toBeLessThan(0.02);
    const heldA = held.filter((m) => m.variantId === 41).length / held.length;
    expect(Math.abs(heldA - 0.75)).toBeLessThan(0.08);
  });
});
