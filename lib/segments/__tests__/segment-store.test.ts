import path from "node:path";

import { describe, expect, it } from "vitest";

import { readCampaign } from "@/lib/campaigns/read-campaign";

import type { Db } from "@/db/client";
import { runImport } from "@/lib/ingest/run-import";
import { recomputeMetrics } from "@/lib/metrics/recompute";
import { customerQuery, listCustomers } from "@/lib/profiles/list-customers";
import { tempDatabase } from "@/lib/testing/temp-db";

import {
  InvalidRuleError, NotSegmentOwnerError, SegmentInUseError, SegmentNameTakenError,
  UnavailableError,
} from "../errors";
import { changeSettings } from "@/lib/settings/change-settings";

import { readSegmentTrend } from "../sizes/read-segment-trend";
import { listSegments } from "../store/list-segments";
import { canChangeSegment } from "../store/permissions";
import {
  createSegment,
  deleteSegment,
  duplicateSegment,
  updateSegment,
} from "../store/save-segment";
import { seedStarterSegments, starterSegments } from "../starters";
import { handBuiltDatabase, people } from "./fixtures/hand-built";

const goldOrVip = {
  type: "group",
  match: "all",
  children: [{ type: "choice", field: "tier", op: "in", values: ["gold", "vip"] }],
};

function withUsers(db: Db) {
  const add = (email: string, role: string) =>
    Number(
      db.$client
        .prepare("INSERT INTO users (email, role, password_hash) VALUES (?, ?, '-')")
        .run(email, role).lastInsertRowid,
    );
  return {
    ann: { id: add("ann@example.com", "marketer"), role: "marketer" as const },
    ben: { id: add("ben@example.com", "marketer"), role: "marketer" as const },
    mia: { id: add("mia@example.com", "manager"), role: "manager" as const },
  };
}

describe("segments: saving, permissions and sizes", () => {
  it("saves a segment with its first size; only the owner or a manager may change or delete it", () => {
    const db = handBuiltDatabase();
    const { ann, ben, mia } = withUsers(db);
    const id = createSegment(db, {
      input: { name: "Gold or VIP", description: "", rule: goldOrVip },
      actor: ann,
    });
    expect(readSegmentTrend(db, id).map((p) => [p.asOf, p.customers])).toEqual([["2024-06-30", 2]]);

    const input = { name: "Renamed", description: "by someone", rule: goldOrVip };
    expect(() => updateSegment(db, { id, input, actor: ben })).toThrow(NotSegmentOwnerError);
    expect(() => deleteSegment(db, { id, actor: ben })).toThrow(NotSegmentOwnerError);
    updateSegment(db, { id, input, actor: mia });
    expect(listSegments(db).find((s) => s.id === id)).toMatchObject({
      name: "Renamed",
      ownerName: "ann@example.com",
      sizes: [2],
    });

    const copy = duplicateSegment(db, { id, name: "Ben's copy", actor: ben });
    expect(listSegments(db).find((s) => s.id === copy)).toMatchObject({
      ownerId: ben.id,
      sizes: [2],
    });
    deleteSegment(db, { id, actor: ann });
    expect(listSegments(db).map((s) => s.id)).toEqual([copy]);
  });

  it("keeps names apart: a second 'gold or vip' is refused, and copies are numbered", () => {
    const db = handBuiltDatabase();
    const { ann, ben } = withUsers(db);
    const input = { name: "Gold or VIP", description: "", rule: goldOrVip };
    const id = createSegment(db, { input, actor: ann });
    expect(() => createSegment(db, { input: { ...input, name: " gold or vip " }, actor: ben }))
      .toThrow(SegmentNameTakenError);
    const other = createSegment(db, { input: { ...input, name: "Other" }, actor: ann });
    expect(() => updateSegment(db, { id: other, input, actor: ann })).toThrow(SegmentNameTakenError);
    // Saving a segment under its own name is no clash.
    updateSegment(db, { id, input: { ...input, description: "top tiers" }, actor: ann });

    const copies = [1, 2].map(() =>
      duplicateSegment(db, { id, name: "Copy of Gold or VIP", actor: ben }));
    expect(copies.map((copy) => listSegments(db).find((s) => s.id === copy)?.name))
      .toEqual(["Copy of Gold or VIP", "Copy of Gold or VIP 2"]);
  });

  it("keeps a segment that a campaign not yet launched targets, naming the campaign", () => {
    const db = handBuiltDatabase();
    const { ann } = withUsers(db);
    const id = createSegment(db, { input: { name: "Gold or VIP", description: "", rule: goldOrVip },
      actor: ann });
    const campaign = (name: string, status: string) => {
      const campaignId = Number(db.$client.prepare(`INSERT INTO campaigns (name, goal, status, start_day,
        end_day, attribution_days, holdout_share, currency, margin_rate, created_by)
        VALUES (?, 'reactivate', ?, 19800, 19830, 30, 0.1, 'USD', 0.3, ?)`)
        .run(name, status, ann.id).lastInsertRowid);
      db.$client.prepare(`INSERT INTO campaign_targets (campaign_id, position, kind, key)
        VALUES (?, 0, 'segment', ?)`).run(campaignId, String(id));
      return campaignId;
    };
    const spring = campaign("Spring mailing", "live");
    const draft = campaign("Win-back", "draft");

    expect(() => deleteSegment(db, { id, actor: ann })).toThrow(SegmentInUseError);
    try {
      deleteSegment(db, { id, actor: ann });
    } catch (error) {
      expect((error as SegmentInUseError).campaigns).toEqual([{ id: draft, name: "Win-back" }]);
    }
    db.$client.prepare("UPDATE campaigns SET status = 'finished' WHERE id = ?").run(draft);
    deleteSegment(db, { id, actor: ann });
    expect(listSegments(db).map((s) => s.id)).not.toContain(id);
    // The campaigns that went out to it still name whom they were sent to.
    for (const campaignId of [spring, draft]) {
      expect(readCampaign(db, { campaignId }).targets[0].name).toBe("Gold or VIP");
    }
  });

  it("refuses a rule that does not validate, or that needs data this database lacks", () => {
    const db = handBuiltDatabase();
    const { ann } = withUsers(db);
    const bad = {
      name: "x",
      description: "",
      rule: { type: "group", match: "all", children: [{ type: "sql", text: "1=1" }] },
    };
    expect(() => createSegment(db, { input: bad, actor: ann })).toThrow(InvalidRuleError);
    const later = {
      type: "group",
      match: "all",
      children: [{ type: "tier_change", from: "gold", direction: "down", months: 1 }],
    };
    expect(() =>
      createSegment(db, { input: { name: "x", description: "", rule: later }, actor: ann }),
    ).toThrow(UnavailableError);
  });

  it("ships the starters once: a deleted starter stays deleted, and only managers change them", () => {
    const db = handBuiltDatabase();
    const { ann, mia } = withUsers(db);
    seedStarterSegments(db);
    const starters = listSegments(db);
    expect(starters.map((s) => s.starterKey)).toEqual(starterSegments.map((s) => s.key));
    expect(starters).toHaveLength(6 + 8 + 3);
    expect(canChangeSegment(ann, starters[0])).toBe(false);
    expect(canChangeSegment(mia, starters[0])).toBe(true);
    deleteSegment(db, { id: starters[0].id, actor: mia });
    seedStarterSegments(db);
    expect(listSegments(db)).toHaveLength(16);
  });

  it("the customer list keeps a saved segment as its filter through sorting and paging", () => {
    const db = handBuiltDatabase();
    const { ann } = withUsers(db);
    const id = createSegment(db, {
      input: { name: "Gold or VIP", description: "", rule: goldOrVip },
      actor: ann,
    });
    const page = listCustomers(
      db,
      customerQuery.parse({ segmentId: String(id), sort: "orders", dir: "asc" }),
      null,
    );
    expect(page.total).toBe(2);
    expect(page.rows.map((row) => row.id)).toEqual([people.carol, people.alice]);
    expect(page.segment).toEqual({
      id,
      saved: { name: "Gold or VIP", description: "", starterKey: null },
    });
    expect(listCustomers(db, customerQuery.parse({ segmentId: "999" }), null).total).toBe(0);
    // A page past the end shows the last one, not an empty "page 99,999 of 1".
    const past =
      listCustomers(db, customerQuery.parse({ segmentId: String(id), page: "99999" }), null);
    expect([past.page, past.pages]).toEqual([1, 1]);
    expect(past.rows.map((row) => row.id)).toHaveLength(2);
  });

  it("an any-of segment combines with the list's own filters as one term", () => {
    const db = handBuiltDatabase();
    const { ann } = withUsers(db);
    const rule = {
      type: "group",
      match: "any",
      children: [
        { type: "text", field: "city", op: "is", values: ["上海"] },
        { type: "tickets", op: "gte", value: 1, window: { kind: "any" } },
      ],
    };
    const id = createSegment(db, {
      input: { name: "Shanghai or ticket", description: "", rule },
      actor: ann,
    });
    // Alice, Eve (上海), Carol and Dan (tickets) are in it; of them Eve and Dan are Base.
    // Written without brackets, Carol (VIP, a ticket) would slip in through the OR.
    const page = listCustomers(
      db,
      customerQuery.parse({ segmentId: String(id), tier: "base" }),
      null,
    );
    expect(page.rows.map((row) => row.id)).toEqual([people.eve, people.dan]);
  });
});

describe("segments: sizes recorded by every metric recompute (the hook in lib/metrics/recompute.ts)", () => {
  it("keeps each saved segment's size per as-of date, from its latest recompute", async () => {
    const { db } = tempDatabase();
    const sample = path.join(process.cwd(), "lib/ingest/__tests__/fixtures/CDNOW_sample.txt");
    await runImport(db, { file: sample, preset: "cdnow", source: "cdnow", createdBy: "test" });
    recomputeMetrics(db, { asOf: "1997-12-31" });

    const vip = listSegments(db).find((s) => s.starterKey === "tier-vip")!;
    const vips = () =>
      (
        db.$client
          .prepare("SELECT count(*) AS n FROM customer_metrics WHERE tier = 'vip'")
          .get() as { n: number }
      ).n;
    const trend = readSegmentTrend(db, vip.id);
    // The import's own recompute was at the last order's date, 1998-06-30: later in time.
    expect(trend.map((p) => p.asOf)).toEqual(["1997-12-31", "1998-06-30"]);
    expect(trend[0]).toMatchObject({ customers: vips() });

    recomputeMetrics(db, { asOf: "1998-06-30" });
    expect(readSegmentTrend(db, vip.id).at(-1))
      .toMatchObject({ asOf: "1998-06-30", customers: vips() });
    // Again at the same date with more VIPs: that date's point changes, none is added.
    const fewer = vips();
    changeSettings(db, [{ path: "tierShares.vip", value: 0.05 }]);
    recomputeMetrics(db, { asOf: "1998-06-30" });
    const again = readSegmentTrend(db, vip.id);
    expect(again).toHaveLength(2);
    expect(again.at(-1)).toMatchObject({ asOf: "1998-06-30", customers: vips() });
    expect(vips()).toBeGreaterThan(fewer);
    // An earlier date goes where it belongs in time.
    recomputeMetrics(db, { asOf: "1997-09-30" });
    expect(readSegmentTrend(db, vip.id).map((p) => p.asOf))
      .toEqual(["1997-09-30", "1997-12-31", "1998-06-30"]);
    // CDNOW has no store channel: the "VIPs who prefer the store" starter counts nobody, each time
    // (the list's sparkline keeps every recompute).
    expect(listSegments(db).find((s) => s.starterKey === "vip-prefer-store")!.sizes)
      .toEqual([0, 0, 0, 0, 0]);
  });
});
