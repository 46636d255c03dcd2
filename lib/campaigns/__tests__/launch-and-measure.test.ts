import { describe, expect, it } from "vitest";

import { loadFrozenAudience } from "@/lib/campaigns/audience/frozen-audience";
import { resolveAudience } from "@/lib/campaigns/audience/resolve-audience";
import { CampaignError } from "@/lib/campaigns/errors";
import { audienceFile } from "@/lib/campaigns/exports/audience-file";
import { readCampaign } from "@/lib/campaigns/read-campaign";
import { measureCampaign } from "@/lib/campaigns/results/measure-campaign";
import { transitionCampaign } from "@/lib/campaigns/transition-campaign";
import { writeSettings } from "@/lib/settings/read-settings";

import { addUser, case17Database, consentWriter, draftCampaign, emailTarget, importOrderText } from "./audience-db";

async function launched(budget = 10_000) {
  const db = await case17Database();
  const marketer = { id: addUser(db, "marketer"), role: "marketer" as const };
  const manager = { id: addUser(db, "manager"), role: "manager" as const };
  const campaign = draftCampaign(db, { budget, costPerContact: 1, fixedCost: 100 });
  expect(transitionCampaign(db, { campaignId: campaign.id, action: "submit", user: marketer })).toBe("pending_approval");
  expect(() => transitionCampaign(db, { campaignId: campaign.id, action: "approve", user: marketer })).toThrow(CampaignError);
  expect(transitionCampaign(db, { campaignId: campaign.id, action: "approve", user: manager })).toBe("approved");
  expect(transitionCampaign(db, { campaignId: campaign.id, action: "launch", user: marketer })).toBe("live");
  return { db, marketer, campaign: readCampaign(db, { campaignId: campaign.id }) };
}

describe("launching a campaign", () => {
  it("needs a manager above the threshold (5,000.00 by default), records the approver and freezes alice and bob", async () => {
    const { db, marketer, campaign } = await launched();
    expect(campaign.status).toBe("live");
    expect(campaign.approvedBy).not.toBeNull();
    const frozen = db.$client.prepare("SELECT count(*) FROM campaign_members WHERE campaign_id = ?").pluck().get(campaign.id);
    expect(frozen).toBe(2);
    expect(campaign.frozenFunnel).toMatchObject({ total: { targeted: 4, treatment: 2 } });
    const refused = () => transitionCampaign(db, { campaignId: campaign.id, action: "launch", user: marketer });
    expect(refused).toThrow(/wrong_status/);
  });

  it("is refused for review while a variant has nothing to say, naming the code the page words", async () => {
    const db = await case17Database();
    const user = { id: addUser(db, "marketer"), role: "marketer" as const };
    const unwritten = { ...emailTarget("stage", "new"), variants: [{ label: "A", channel: "email" as const, message: " ", offer: "", weight: 1 }] };
    const silent = draftCampaign(db, { budget: 100, coreMessage: "", targets: [unwritten] });
    expect(() => transitionCampaign(db, { campaignId: silent.id, action: "submit", user })).toThrow(/no_message: A/);
    expect(readCampaign(db, { campaignId: silent.id }).status).toBe("draft");
    const core = draftCampaign(db, { budget: 100, coreMessage: "We miss you", targets: [unwritten] });
    expect(transitionCampaign(db, { campaignId: core.id, action: "submit", user })).toBe("approved");
  });

  it("is not launched when the channels reach nobody, and stays approved", async () => {
    const db = await case17Database();
    const user = { id: addUser(db, "marketer"), role: "marketer" as const };
    // Nobody in case 17 has opted in to SMS.
    const campaign = draftCampaign(db, { budget: 100, targets: [emailTarget("stage", "new", "sms")] });
    expect(transitionCampaign(db, { campaignId: campaign.id, action: "submit", user })).toBe("approved");
    expect(() => transitionCampaign(db, { campaignId: campaign.id, action: "launch", user })).toThrow(/empty_audience/);
    expect(readCampaign(db, { campaignId: campaign.id }).status).toBe("approved");
    expect(db.$client.prepare("SELECT count(*) FROM campaign_members").pluck().get()).toBe(0);
  });

  it("is neither submitted nor launched while contacting its audience costs more than the budget",
    async () => {
    const db = await case17Database();
    const user = { id: addUser(db, "marketer"), role: "marketer" as const };
    // alice and bob: 100 fixed + 2 × 1 per contact = 102.00, typed as a budget of 1.00.
    const typed = draftCampaign(db, { budget: 1, costPerContact: 1, fixedCost: 100 });
    expect(() => transitionCampaign(db, { campaignId: typed.id, action: "submit", user }))
      .toThrow(/over_budget: 2 contacts/);
    expect(readCampaign(db, { campaignId: typed.id }).status).toBe("draft");

    const exact = draftCampaign(db, { budget: 102, costPerContact: 1, fixedCost: 100 });
    expect(transitionCampaign(db, { campaignId: exact.id, action: "submit", user })).toBe("approved");
    // The cost moved after approval (here the fixed cost; as well the audience grows with new data).
    db.$client.prepare("UPDATE campaigns SET fixed_cost_minor = 10001 WHERE id = ?").run(exact.id);
    expect(() => transitionCampaign(db, { campaignId: exact.id, action: "launch", user }))
      .toThrow(/over_budget/);
    expect(readCampaign(db, { campaignId: exact.id }).status).toBe("approved");
    expect(db.$client.prepare("SELECT count(*) FROM campaign_members").pluck().get()).toBe(0);
  });

  it("a small budget is approved on submission", async () => {
    const db = await case17Database();
    const campaign = draftCampaign(db, { budget: 100 });
    const user = { id: addUser(db, "marketer"), role: "marketer" as const };
    expect(transitionCampaign(db, { campaignId: campaign.id, action: "submit", user })).toBe("approved");
  });

  it("the frequency cap counts the launched campaign's touches: with 1 touch a week a second send in that week reaches nobody", async () => {
    const { db } = await launched();
    writeSettings(db, "campaigns", { frequencyCap: { touches: 1, days: 7 } });
    const second = draftCampaign(db, { startDate: "2024-07-04", endDate: "2024-07-20" });
    const audience = resolveAudience(db, { campaign: second });
    expect(audience.funnel.total.removed.frequency_cap).toBe(2);
    expect(audience.members).toEqual([]);
    const later = draftCampaign(db, { startDate: "2024-07-08", endDate: "2024-07-20" });
    expect(resolveAudience(db, { campaign: later }).members).toHaveLength(2);
  });

  it("after launch, an unsubscribe drops bob from new exports but not from the measured group", async () => {
    const { db, campaign } = await launched();
    consentWriter(db, "mailchimp-july")("email", "bob.diaz@example.com", "email", "unsubscribed", "2024-07-02 08:00:00");
    const frozen = loadFrozenAudience(db, { campaign });
    expect(audienceFile("email", campaign, frozen).rows.slice(1).map((r) => r[0])).toEqual(["alice.wong@example.com"]);
    expect(measureCampaign(db, { campaign })!.results.total.treatment.audience).toBe(2);
  });
});

describe("measuring a launched campaign from later orders", () => {
  it("counts an order inside the 30-day window (alice, 2024-07-05, 120.00) and not one after it (bob, 2024-08-15)", async () => {
    const { db, campaign } = await launched();
    await importOrderText(db, [
      "order_id,email,date,amount",
      "J1,alice.wong@example.com,2024-07-05,120.00",
      "J2,bob.diaz@example.com,2024-08-15,80.00",
      "J3,carol.ito@example.com,2024-07-06,999.00",
    ].join("\n"));
    const measured = measureCampaign(db, { campaign: readCampaign(db, { campaignId: campaign.id }), now: new Date("2024-09-01") })!;
    expect(measured.firstDay).toBe(campaign.startDay);
    expect(measured.lastDay - measured.firstDay).toBe(29);
    const total = measured.results.total;
    // carol was never in the audience (unsubscribed), so her order counts nowhere.
    expect(total.treatment).toMatchObject({ audience: 2, responders: 1, revenue: 12_000 });
    expect(total.holdout.audience).toBe(0);
    expect(total.cost).toBe(100 * 100 + 100 * 2);
    expect(total.verdict).toBe("too_small");
  });

  it("follows a member whose profile merged after launch: alice's id changes, her order still counts", async () => {
    const { db, campaign } = await launched();
    const aliceBefore = db.$client.prepare("SELECT id FROM profiles WHERE email = 'alice.wong@example.com'").pluck().get();
    // One customer id seen with alice's address and with another that sorts first: the profile takes a new id.
    await importOrderText(db, [
      "order_id,customer_id,email,date,amount",
      "K1,C-1,alice.wong@example.com,2024-07-03,30.00",
      "K2,C-1,aaa.alice@example.com,2024-07-04,20.00",
    ].join("\n"));
    const aliceAfter = db.$client.prepare("SELECT profile_id FROM identifiers WHERE value = 'alice.wong@example.com'").pluck().get();
    expect(aliceAfter).not.toBe(aliceBefore);
    const total = measureCampaign(db, { campaign, now: new Date("2024-09-01") })!.results.total;
    expect(total.treatment).toMatchObject({ audience: 2, responders: 1, revenue: 5_000 });
  });
});
