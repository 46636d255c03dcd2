import { describe, expect, it } from "vitest";

import { findOfferConflicts } from "@/lib/campaigns/audience/find-conflicts";
import { resolveAudience } from "@/lib/campaigns/audience/resolve-audience";
import { applyBudgetPlan } from "@/lib/campaigns/budget/apply-budget-plan";
import { budgetInputs } from "@/lib/campaigns/budget/budget-rows";
import { readCampaign } from "@/lib/campaigns/read-campaign";
import { transitionCampaign } from "@/lib/campaigns/transition-campaign";

import { addUser, case17Database, draftCampaign, emailTarget, importOrderText } from "./audience-db";

const withOffer = (offer: string) => [{ ...emailTarget("stage", "new"), variants: [{ ...emailTarget("stage", "new").variants[0], offer }] }];

describe("conflicting offers", () => {
  it("warns about alice and bob when a live campaign over the same days gives them another offer", async () => {
    const db = await case17Database();
    const user = { id: addUser(db, "admin"), role: "admin" as const };
    const live = draftCampaign(db, { name: "Live one", targets: withOffer("10% off") });
    transitionCampaign(db, { campaignId: live.id, action: "submit", user });
    transitionCampaign(db, { campaignId: live.id, action: "launch", user });

    const other = draftCampaign(db, { startDate: "2024-07-15", endDate: "2024-08-15", targets: withOffer("Free gift") });
    const report = findOfferConflicts(db, { campaign: other, audience: resolveAudience(db, { campaign: other }) });
    expect(report.customers).toBe(2);
    expect(report.byCampaign).toEqual([{ campaignId: live.id, name: "Live one", customers: 2 }]);
    expect(report.sample[0]).toMatchObject({ ourOffer: "Free gift", theirOffer: "10% off" });

    const same = draftCampaign(db, { targets: withOffer("10% OFF") });
    expect(findOfferConflicts(db, { campaign: same, audience: resolveAudience(db, { campaign: same }) }).customers).toBe(0);
    const later = draftCampaign(db, { startDate: "2024-08-01", endDate: "2024-08-31", targets: withOffer("Free gift") });
    expect(findOfferConflicts(db, { campaign: later, audience: resolveAudience(db, { campaign: later }) }).customers).toBe(0);
  });
});

describe("budget assistant inputs", () => {
  it("size 2 (alice, bob), value per response their average order 850.00, default response 2 %", async () => {
    const db = await case17Database();
    const campaign = draftCampaign(db, { costPerContact: 0.5, fixedCost: 100, budget: 1000 });
    const inputs = budgetInputs(db, { campaign, audience: resolveAudience(db, { campaign }) });
    expect(inputs).toMatchObject({ marginRate: 0.4, costPerContact: 0.5, fixedCost: 100, budget: 1000 });
    expect(inputs.rows).toEqual([
      expect.objectContaining({ size: 2, expectedResponse: 0.02, responseSource: "default", valuePerResponse: 850 }),
    ]);
  });

  it("uses the uplift an earlier, closed campaign measured on the same kind of target", async () => {
    const db = await case17Database();
    const earlier = draftCampaign(db, { startDate: "2024-07-01", attributionDays: 10 });
    const anchor = (email: string) => db.$client.prepare("SELECT id FROM identifiers WHERE value = ?").pluck().get(email);
    const profile = (email: string) => db.$client.prepare("SELECT profile_id FROM identifiers WHERE value = ?").pluck().get(email);
    const variantId = earlier.targets[0].variants[0].id;
    const insert = db.$client.prepare("INSERT INTO campaign_members VALUES (?, ?, ?, ?, ?, ?)");
    // Alice treated and bob held out: alice orders in the window, bob does not, so the uplift is 100 %.
    insert.run(earlier.id, profile("alice.wong@example.com"), anchor("alice.wong@example.com"), earlier.targets[0].id, variantId, 0);
    insert.run(earlier.id, profile("bob.diaz@example.com"), anchor("bob.diaz@example.com"), earlier.targets[0].id, variantId, 1);
    db.$client.prepare("UPDATE campaigns SET status = 'finished' WHERE id = ?").run(earlier.id);
    await importOrderText(db, "order_id,email,date,amount\nR1,alice.wong@example.com,2024-07-03,50.00");

    const next = draftCampaign(db, { startDate: "2024-09-01", endDate: "2024-09-30" });
    const [row] = budgetInputs(db, { campaign: next, audience: resolveAudience(db, { campaign: next }) }).rows;
    expect(row).toMatchObject({ expectedResponse: 1, responseSource: "measured", measuredCampaigns: 1 });
  });

  it("applying a split stores the budget, the assumed response and the contact limit, on drafts only", async () => {
    const db = await case17Database();
    const campaign = draftCampaign(db);
    const targetId = campaign.targets[0].id;
    applyBudgetPlan(db, { campaignId: campaign.id, budget: 2500.5, targets: [{ targetId, expectedResponse: 0.05, contactLimit: 1 }] });
    const saved = readCampaign(db, { campaignId: campaign.id });
    expect(saved.budgetMinor).toBe(250_050);
    expect(saved.targets[0]).toMatchObject({ expectedResponse: 0.05, contactLimit: 1 });
    expect(resolveAudience(db, { campaign: saved }).funnel.total).toMatchObject({ treatment: 1, removed: { contact_limit: 1 } });
    expect(() => applyBudgetPlan(db, { campaignId: campaign.id, budget: 1, targets: [{ targetId: 9999, expectedResponse: 0, contactLimit: null }] })).toThrow(/invalid/);
  });
});
