import { describe, expect, it } from "vitest";

import { deleteCampaign } from "@/lib/campaigns/delete-campaign";
import { transitionCampaign } from "@/lib/campaigns/transition-campaign";

import { addUser, case17Database, draftCampaign } from "./audience-db";

describe("deleting a campaign", () => {
  it("takes a draft out with its targets, for its author or a manager, and nothing submitted", async () => {
    const db = await case17Database();
    const count = (table: string) =>
      db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const draft = draftCampaign(db, { budget: 100 });
    const author = { id: draft.createdBy!, role: "marketer" as const };
    const colleague = { id: addUser(db, "marketer"), role: "marketer" as const };
    const manager = { id: addUser(db, "manager"), role: "manager" as const };

    expect(() => deleteCampaign(db, { campaignId: draft.id, user: colleague })).toThrow(/forbidden/);
    deleteCampaign(db, { campaignId: draft.id, user: author });
    expect([count("campaigns"), count("campaign_targets"), count("campaign_variants")])
      .toEqual([0, 0, 0]);

    const another = draftCampaign(db, { budget: 100 });
    deleteCampaign(db, { campaignId: another.id, user: manager });
    expect(count("campaigns")).toBe(0);

    const submitted = draftCampaign(db, { budget: 100 });
    transitionCampaign(db, { campaignId: submitted.id, action: "submit", user: manager });
    expect(() => deleteCampaign(db, { campaignId: submitted.id, user: manager }))
      .toThrow(/wrong_status: approved/);
    expect(count("campaigns")).toBe(1);
  });
});
