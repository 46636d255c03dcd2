import "server-only";

import { and, eq } from "drizzle-orm";

import type { Db } from "@/db/client";
import { campaignTransitions, campaigns, type CampaignStatus } from "@/db/schema/campaigns";
import type { Role } from "@/db/schema/users";
import { readSettings } from "@/lib/settings/read-settings";

import { audienceCostMinor } from "./audience-cost";
import { freezeAudience } from "./audience/freeze-audience";
import { resolveAudience } from "./audience/resolve-audience";
import { CampaignError } from "./errors";
import { readCampaign } from "./read-campaign";
import type { SegmentProfileSql } from "./segment-seam";
import { checkTransition, type CampaignAction } from "./status-flow";

export interface TransitionRequest {
  campaignId: number;
  action: CampaignAction;
  user: { id: number; role: Role };
  note?: string;
  segmentSql?: SegmentProfileSql;
}

/**
 * Moves a campaign one step, checking the role and the current status here
 * on the server. Launching freezes the audience in the same transaction, and
 * the status update is conditional, so two clicks cannot launch twice.
 */
export function transitionCampaign(db: Db, request: TransitionRequest): CampaignStatus {
  const campaign = readCampaign(db, { campaignId: request.campaignId });
  const { approvalThresholdMinor } = readSettings(db, "campaigns");
  const check = checkTransition(request.action, campaign, request.user.role, approvalThresholdMinor);
  if (!check.ok) throw new CampaignError(check.reason, `${request.action} from ${campaign.status}`);
  if (request.action === "submit") checkSendable(campaign);

  const resolved = request.action === "launch" || request.action === "submit"
    ? resolveAudience(db, { campaign, segmentSql: request.segmentSql }) : null;
  // What is approved is the budget: an audience that costs more than it is neither submitted nor
  // launched (it could have grown with the data since), or a typed budget of 100 would approve
  // a launch that costs 100,000.
  const contacts = resolved?.funnel.total.treatment ?? 0;
  if (resolved && audienceCostMinor(campaign, contacts) > campaign.budgetMinor) {
    throw new CampaignError("over_budget", `${contacts} contacts`);
  }
  const audience = request.action === "launch" ? resolved : null;
  // Launching to nobody would freeze an empty audience and measure nothing; say why instead.
  if (audience && contacts === 0) throw new CampaignError("empty_audience");
  const now = new Date().toISOString();
  const changes: Partial<typeof campaigns.$inferInsert> = { status: check.to, updatedAt: now };
  if (request.action === "approve") changes.approvedBy = request.user.id;
  if (request.action === "approve" || request.action === "reject") changes.reviewNote = request.note ?? null;
  if (request.action === "launch") changes.launchedAt = now;

  db.$client.transaction(() => {
    const changed = db
      .update(campaigns)
      .set(changes)
      .where(and(eq(campaigns.id, campaign.id), eq(campaigns.status, campaign.status)))
      .run();
    if (changed.changes === 0) throw new CampaignError("wrong_status", "changed meanwhile");
    if (audience) freezeAudience(db, { campaignId: campaign.id, audience });
    db.insert(campaignTransitions)
      .values({ campaignId: campaign.id, fromStatus: campaign.status, toStatus: check.to, byUser: request.user.id, note: request.note ?? null })
      .run();
  })();
  return check.to;
}

/**
 * A campaign goes to review only when it could be sent as it stands: it has
 * targets, and every variant says something (its own message, or the
 * campaign's core message it falls back to).
 */
function checkSendable(campaign: ReturnType<typeof readCampaign>): void {
  if (campaign.targets.length === 0) throw new CampaignError("invalid", "no targets");
  const silent = campaign.targets.flatMap((t) => t.variants).filter((v) => !v.message.trim());
  if (silent.length > 0 && !campaign.coreMessage.trim()) {
    throw new CampaignError("no_message", silent.map((v) => v.label).join(", "));
  }
}
