import type { CampaignChannel } from "@/db/schema/campaigns";

import { hashToUnit } from "../assign-group";
import { memberAssigner, type MemberAssignment } from "./assign-member";
import { channelReach, type ContactFacts, type ReachFailure } from "./channel-reach";
import { breaksFrequencyCap, type FrequencyCap } from "./frequency-cap";

export interface PlanTarget {
  id: number;
  variants: { id: number; channel: CampaignChannel; weight: number }[];
  /** Most customers to contact in this target; null: everyone eligible. */
  contactLimit: number | null;
}

/** A profile in the first target it matches, with what suppression needs to know. */
export interface Candidate {
  profileId: number;
  targetId: number;
  facts: ContactFacts;
  /** Latest counted order before the send day. */
  lastOrderDay: number | null;
  /** Send days of other campaigns that contacted this profile. */
  touchDays: number[];
}

export interface AudienceRules {
  campaignId: number;
  holdoutShare: number;
  sendDay: number;
  excludeBuyersDays: number | null;
  frequencyCap: FrequencyCap;
}

/** Suppression steps in the order they apply; counts are shown after each. */
export const suppressionSteps = ["address", "consent", "recent_buyer", "frequency_cap", "contact_limit"] as const;
export type SuppressionStep = (typeof suppressionSteps)[number];

export interface Member {
  profileId: number;
  targetId: number;
  variantId: number;
  holdout: boolean;
  email: string | null;
  phone: string | null;
}

export interface Exclusion {
  profileId: number;
  targetId: number;
  /** The variant they were (or, in the holdout, stood to be) sent, whose channel was checked. */
  variantId: number;
  /** Whether they were drawn for the holdout (suppressed all the same). */
  holdout: boolean;
  step: SuppressionStep;
  reason: ReachFailure | "recent_buyer" | "frequency_cap" | "contact_limit";
  /** When the status took effect ('YYYY-MM-DD…'), or the day of the recent order. */
  since: string | number | null;
}

export interface FunnelCounts {
  targeted: number;
  removed: Record<SuppressionStep, number>;
  treatment: number;
  holdout: number;
}

export interface AudiencePlan {
  members: Member[];
  exclusions: Exclusion[];
  funnel: { total: FunnelCounts; byTarget: Record<number, FunnelCounts> };
}

export const emptyFunnel = (): FunnelCounts => ({
  targeted: 0,
  removed: { address: 0, consent: 0, recent_buyer: 0, frequency_cap: 0, contact_limit: 0 },
  treatment: 0,
  holdout: 0,
});

/**
 * Splits and suppresses a campaign's candidates. Assignment comes first and
 * holdout members are suppressed exactly as if they were to be contacted
 * (same channel, consent, recency and cap rules), so treatment and holdout
 * stay alike and the measured uplift is the campaign's, not the filters'.
 */
export function planAudience(candidates: Candidate[], targets: PlanTarget[], rules: AudienceRules): AudiencePlan {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const assigners = new Map<number, (profileId: number) => MemberAssignment>(
    targets.map((t) => [
      t.id,
      memberAssigner(rules.campaignId, {
        holdoutShare: rules.holdoutShare,
        variants: t.variants.map((v) => ({ id: String(v.id), weight: v.weight })),
      }),
    ]),
  );
  const eligible: Member[] = [];
  const exclusions: Exclusion[] = [];
  for (const c of [...candidates].sort((a, b) => a.profileId - b.profileId)) {
    const target = byId.get(c.targetId);
    if (!target) throw new RangeError(`candidate ${c.profileId} names unknown target ${c.targetId}`);
    const assignment = assigners.get(c.targetId)!(c.profileId);
    const variant = target.variants.find((v) => String(v.id) === assignment.variantId)!;
    const exclude = (step: SuppressionStep, reason: Exclusion["reason"], since: Exclusion["since"]) =>
      exclusions.push({
        profileId: c.profileId,
        targetId: c.targetId,
        variantId: variant.id,
        holdout: assignment.holdout,
        step,
        reason,
        since,
      });

    const reach = channelReach(variant.channel, c.facts);
    if (!reach.ok) {
      exclude(reach.reason === "no_address" ? "address" : "consent", reach.reason, reach.since);
    } else if (
      rules.excludeBuyersDays !== null &&
      c.lastOrderDay !== null &&
      c.lastOrderDay >= rules.sendDay - rules.excludeBuyersDays
    ) {
      exclude("recent_buyer", "recent_buyer", c.lastOrderDay);
    } else if (breaksFrequencyCap(c.touchDays, rules.sendDay, rules.frequencyCap)) {
      exclude("frequency_cap", "frequency_cap", null);
    } else {
      eligible.push({
        profileId: c.profileId,
        targetId: c.targetId,
        variantId: variant.id,
        holdout: assignment.holdout,
        email: reach.email,
        phone: reach.phone,
      });
    }
  }
  const members = applyContactLimits(eligible, byId, rules.campaignId, exclusions);
  return { members, exclusions, funnel: countFunnel(candidates, members, exclusions) };
}

/**
 * Keeps at most `contactLimit` treated customers per target, chosen in a
 * fixed hashed order; holdout members met along the way stay, so the
 * holdout keeps its share of the smaller audience.
 */
function applyContactLimits(
  eligible: Member[],
  targets: Map<number, PlanTarget>,
  campaignId: number,
  exclusions: Exclusion[],
): Member[] {
  if ([...targets.values()].every((t) => t.contactLimit === null)) return eligible;
  const rank = new Map(eligible.map((m) => [m.profileId, hashToUnit(`${campaignId}:limit`, m.profileId)]));
  const ranked = [...eligible].sort((a, b) => rank.get(a.profileId)! - rank.get(b.profileId)!);
  const treated = new Map<number, number>();
  const kept = new Set<number>();
  for (const m of ranked) {
    const limit = targets.get(m.targetId)!.contactLimit;
    const count = treated.get(m.targetId) ?? 0;
    if (limit !== null && count >= limit) {
      exclusions.push({
        profileId: m.profileId,
        targetId: m.targetId,
        variantId: m.variantId,
        holdout: m.holdout,
        step: "contact_limit",
        reason: "contact_limit",
        since: null,
      });
      continue;
    }
    kept.add(m.profileId);
    if (!m.holdout) treated.set(m.targetId, count + 1);
  }
  return eligible.filter((m) => kept.has(m.profileId));
}

function countFunnel(candidates: Candidate[], members: Member[], exclusions: Exclusion[]) {
  const total = emptyFunnel();
  const byTarget: Record<number, FunnelCounts> = {};
  const both = (targetId: number) => [total, (byTarget[targetId] ??= emptyFunnel())];
  for (const c of candidates) for (const f of both(c.targetId)) f.targeted++;
  for (const e of exclusions) for (const f of both(e.targetId)) f.removed[e.step]++;
  for (const m of members) for (const f of both(m.targetId)) f[m.holdout ? "holdout" : "treatment"]++;
  return { total, byTarget };
}
