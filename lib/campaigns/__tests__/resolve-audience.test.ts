import Papa from "papaparse";
import { describe, expect, it } from "vitest";

import { assignMember } from "@/lib/campaigns/audience/assign-member";
import { resolveAudience } from "@/lib/campaigns/audience/resolve-audience";
import { audienceFile } from "@/lib/campaigns/exports/audience-file";
import { readCampaign } from "@/lib/campaigns/read-campaign";
import { toCsv } from "@/lib/export/csv";
import { createSegment } from "@/lib/segments/store/save-segment";
import { tempDatabase } from "@/lib/testing/temp-db";

import { case17Database, consentWriter, draftCampaign, emailTarget, importOrders } from "./audience-db";

const emailOf = (db: Awaited<ReturnType<typeof case17Database>>, profileId: number) =>
  db.$client.prepare("SELECT email FROM profiles WHERE id = ?").pluck().get(profileId);

describe("audience suppression (case 17: Mailchimp statuses)", () => {
  for (const order of [[0, 1, 2, 3], [3, 0, 1, 2]]) {
    it(`keeps alice and bob, excludes carol (unsubscribed 2024-05-20) and dan (cleaned), uploads ${order.map((i) => i + 1).join("-")}`, async () => {
      const db = await case17Database(order);
      const campaign = draftCampaign(db);
      const audience = resolveAudience(db, { campaign });

      expect(audience.funnel.total).toMatchObject({ targeted: 4, treatment: 2, holdout: 0 });
      expect(audience.funnel.total.removed).toMatchObject({ address: 0, consent: 2 });
      expect(audience.members.map((m) => m.email).sort()).toEqual(["alice.wong@example.com", "bob.diaz@example.com"]);
      const reasons = audience.exclusions.map((e) => [emailOf(db, e.profileId), e.reason, e.since]).sort();
      expect(reasons).toEqual([
        ["carol.ito@example.com", "unsubscribed", "2024-05-20 18:30:00"],
        ["dan.okafor@example.com", "cleaned", "2024-04-02 07:00:00"],
      ]);
      // Still customers: suppression is about contact, not about who counts.
      expect(audience.people.size).toBe(4);
      expect(audienceFile("email", campaign, audience).count).toBe(2);
    });
  }

  it("suppresses the holdout by the same rules, so both groups hold only reachable people", async () => {
    const db = await case17Database();
    const campaign = draftCampaign(db, { holdoutPercent: 50 });
    const audience = resolveAudience(db, { campaign });
    const reachable = audience.members.map((m) => m.email).sort();
    expect(reachable).toEqual(["alice.wong@example.com", "bob.diaz@example.com"]);
    for (const m of audience.members) {
      expect(m.holdout).toBe(assignMember(campaign.id, m.profileId, { holdoutShare: 0.5, variants: [{ id: String(m.variantId), weight: 1 }] }).holdout);
    }
    const file = audienceFile("email", campaign, audience);
    const held = audience.members.filter((m) => m.holdout);
    const treated = audience.members.filter((m) => !m.holdout).map((m) => m.email);
    expect(held.length).toBeGreaterThan(0);
    expect(file.rows.slice(1).map((r) => r[0])).toEqual(treated);
  });

  it("gives the same groups and the same file byte for byte on every run", async () => {
    const db = await case17Database();
    const campaign = draftCampaign(db, {
      holdoutPercent: 25,
      targets: [{ ...emailTarget("stage", "new"), variants: [
        { label: "A", channel: "in_store", message: "m", offer: "a", weight: 1 },
        { label: "B", channel: "in_store", message: "m", offer: "b", weight: 1 },
      ] }],
    });
    const first = resolveAudience(db, { campaign });
    const again = resolveAudience(db, { campaign: readCampaign(db, { campaignId: campaign.id }) });
    expect(again.members).toEqual(first.members);
    expect(toCsv(audienceFile("generic", campaign, again).rows)).toBe(toCsv(audienceFile("generic", campaign, first).rows));
    expect(first.members).toHaveLength(4);
  });

  it("leaves out recent buyers: from a 2024-06-08 send, 4 days back reach 06-04 (nobody reachable), 7 days reach alice (06-01) and bob (06-03)", async () => {
    const db = await case17Database();
    const campaign = draftCampaign(db, { startDate: "2024-06-08", endDate: "2024-06-30", excludeBuyersDays: 4 });
    const audience = resolveAudience(db, { campaign });
    // Orders: alice 06-01, bob 06-03, carol 06-05, dan 06-07; 4 days back from 06-08 reaches 06-04.
    expect(audience.funnel.total.removed.recent_buyer).toBe(0);
    expect(audience.members.map((m) => m.email).sort()).toEqual(["alice.wong@example.com", "bob.diaz@example.com"]);

    const wider = draftCampaign(db, { startDate: "2024-06-08", endDate: "2024-06-30", excludeBuyersDays: 7 });
    const fewer = resolveAudience(db, { campaign: wider });
    expect(fewer.members).toEqual([]);
    const recent = fewer.exclusions.filter((e) => e.reason === "recent_buyer");
    expect(recent.map((e) => [emailOf(db, e.profileId), e.since]).sort()).toEqual([
      ["alice.wong@example.com", 19875], // 2024-06-01
      ["bob.diaz@example.com", 19877], // 2024-06-03
    ]);
  });
});

describe("targets", () => {
  it("a customer matching two targets gets the first one's content; a saved segment resolves through the segment builder", async () => {
    const db = await case17Database();
    const tier = db.$client
      .prepare("SELECT m.tier FROM customer_metrics m JOIN profiles p ON p.id = m.profile_id WHERE p.email = 'alice.wong@example.com'")
      .pluck()
      .get() as string;
    const campaign = draftCampaign(db, { targets: [emailTarget("tier", tier), emailTarget("stage", "new")] });
    const audience = resolveAudience(db, { campaign });
    const [tierTarget, stageTarget] = campaign.targets.map((t) => t.id);
    const alice = [...audience.people.values()].find((p) => p.facts.emails[0]?.value === "alice.wong@example.com")!;
    expect(alice.targetId).toBe(tierTarget);
    expect(audience.funnel.byTarget[tierTarget].targeted + audience.funnel.byTarget[stageTarget].targeted).toBe(4);

    const missing = draftCampaign(db, { targets: [emailTarget("segment", "999")] });
    expect(() => resolveAudience(db, { campaign: missing })).toThrow(/not_found/);
    const carol = { type: "text", field: "email", op: "contains", values: [".ito@"] };
    const segmentId = createSegment(db, {
      input: { name: "Carol", description: "", rule: { type: "group", match: "all", children: [carol] } },
      actor: { id: 1, role: "admin" },
    });
    const bySegment = draftCampaign(db, { targets: [emailTarget("segment", String(segmentId)), emailTarget("tier", "vip")] });
    expect(resolveAudience(db, { campaign: bySegment }).funnel.total.targeted).toBe(1);
    // Pages name a segment target by the segment's name, not its number.
    expect(bySegment.targets.map((t) => t.name)).toEqual(["Carol", null]);
  });
});

describe("one row per unified customer (case 11: case-duplicate emails)", () => {
  it("exports li.na@example.com once for three spellings and lina@example.com separately", async () => {
    const { db } = tempDatabase();
    await importOrders(db, "case11-orders.csv");
    const consent = consentWriter(db, "mailchimp");
    consent("email", "li.na@example.com", "email", "subscribed", "2023-12-01 08:00:00");
    consent("email", "lina@example.com", "email", "subscribed", "2024-01-02 09:00:00");
    const campaign = draftCampaign(db, { targets: [emailTarget("stage", "new"), emailTarget("stage", "active")] });

    const audience = resolveAudience(db, { campaign });
    expect(audience.funnel.total.targeted).toBe(2);
    const file = audienceFile("email", campaign, audience);
    const rows = Papa.parse<string[]>(toCsv(file.rows).slice(1), { skipEmptyLines: true }).data;
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(["li.na@example.com", "lina@example.com"]);
    const generic = audienceFile("generic", campaign, audience);
    expect(generic.count).toBe(2);
    const liNa = generic.rows.find((r) => r[2] === "li.na@example.com")!;
    expect(String(liNa[4]).split(" ").sort()).toEqual(["shop:C-901", "shop:C-944", "shop:C-987"]);
  });
});
