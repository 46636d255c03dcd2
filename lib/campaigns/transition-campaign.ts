import "server-only";

import type { Db } from "@/db/client";
import type { CampaignStatus } from "@/db/schema/campaigns";
import type { Role } from "@/db/schema/users";
import { readSettings } from "@/lib/settings/read-settings";

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
  if (request.action === "submit" && campaign.targets.length === 0) throw new CampaignError("invalid", "no targets");

  const audience =
    request.action === "launch" ? resolveAudience(db, { campaign, segmentSql: request.segmentSql }) : null;
  const sqlite = db.$client;
  sqlite.transaction(() => {
    const changed = sqlite
      .prepare(`UPDATE campaigns SET status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
          approved_by = CASE WHEN ? THEN ? ELSE approved_by END,
          review_note = CASE WHEN ? THEN ? ELSE review_note END,
          launched_at = CASE WHEN ? THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE launched_at END
        WHERE id = ? AND status = ?`)
      .run(
        check.to,
        Number(request.action === "approve"), request.user.id,
        Number(request.action === "approve" || request.action === "reject"), request.note ?? null,
        Number(request.action === "launch"),
        campaign.id, campaign.status,
      );
    if (changed.changes === 0) throw new CampaignError("wrong_status", "changed meanwhile");
    if (audience) freezeAudience(db, { campaignId: campaign.id, audience });
    sqlite
      .prepare(`INSERT INTO campaign_transitions (campaign_id, from_status, to_status, by_user, note)
        VALUES (?, ?, ?, ?, ?)`)
      .run(campaign.id, campaign.status, check.to, request.user.id, request.note ?? null);
  })();
  return check.to;
}
