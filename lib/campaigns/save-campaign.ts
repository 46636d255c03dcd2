import "server-only";

import { and, eq } from "drizzle-orm";

import type { Db } from "@/db/client";
import { campaignTargets, campaignVariants, campaigns } from "@/db/schema/campaigns";
import { isoToDay } from "@/lib/ingest/normalise/dates";

import type { CampaignInput } from "./campaign-input";
import { CampaignError } from "./errors";
import { readCampaign } from "./read-campaign";

const minor = (major: number) => Math.round(major * 100);

function columns(input: CampaignInput) {
  const startDay = isoToDay(input.startDate);
  const endDay = isoToDay(input.endDate);
  if (startDay === null || endDay === null) throw new CampaignError("invalid", "dates");
  return {
    name: input.name,
    goal: input.goal,
    coreMessage: input.coreMessage,
    startDay,
    endDay,
    attributionDays: input.attributionDays,
    holdoutShare: input.holdoutPercent / 100,
    marginRate: input.marginPercent / 100,
    fixedCostMinor: minor(input.fixedCost),
    costPerContactMinor: minor(input.costPerContact),
    budgetMinor: minor(input.budget),
    excludeBuyersDays: input.excludeBuyersDays,
  };
}

/**
 * Writes the targets and variants afresh. A target that stays keeps what the
 * budget assistant set for it (expected response, contact limit).
 */
function writeTargets(db: Db, campaignId: number, input: CampaignInput) {
  const kept = new Map(
    db
      .select()
      .from(campaignTargets)
      .where(eq(campaignTargets.campaignId, campaignId))
      .all()
      .map((t) => [`${t.kind}:${t.key}`, t]),
  );
  db.delete(campaignTargets).where(eq(campaignTargets.campaignId, campaignId)).run();
  input.targets.forEach((target, position) => {
    const before = kept.get(`${target.kind}:${target.key}`);
    const { id } = db
      .insert(campaignTargets)
      .values({
        campaignId,
        position,
        kind: target.kind,
        key: target.key,
        expectedResponse: before?.expectedResponse ?? null,
        contactLimit: before?.contactLimit ?? null,
      })
      .returning({ id: campaignTargets.id })
      .get();
    db.insert(campaignVariants)
      .values(target.variants.map((v) => ({ ...v, targetId: id })))
      .run();
  });
}

export function createCampaign(
  db: Db,
  { input, userId, currency }: { input: CampaignInput; userId: number; currency: string },
): number {
  // better-sqlite3 is synchronous: Drizzle calls inside run in this transaction.
  return db.$client.transaction(() => {
    const { id } = db
      .insert(campaigns)
      .values({ ...columns(input), currency, createdBy: userId })
      .returning({ id: campaigns.id })
      .get();
    writeTargets(db, id, input);
    return id;
  })();
}

/** Only a draft can change; an approved campaign is reopened first. */
export function updateCampaign(db: Db, { campaignId, input }: { campaignId: number; input: CampaignInput }): void {
  const current = readCampaign(db, { campaignId });
  if (current.status !== "draft") throw new CampaignError("wrong_status", current.status);
  db.$client.transaction(() => {
    const changed = db
      .update(campaigns)
      .set({ ...columns(input), updatedAt: new Date().toISOString() })
      .where(and(eq(campaigns.id, campaignId), eq(campaigns.status, "draft")))
      .run();
    if (changed.changes === 0) throw new CampaignError("wrong_status");
    writeTargets(db, campaignId, input);
  })();
}
