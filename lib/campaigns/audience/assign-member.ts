import { assignGroup, hashToUnit, pickVariant, type SplitPlan } from "../assign-group";

export interface MemberAssignment {
  holdout: boolean;
  /** The variant sent, or for a holdout member the one they would have been sent. */
  variantId: string;
}

/**
 * Holdout or variant, deterministic in (campaign, profile). A holdout member
 * also gets the variant they stand in for, spread by the same weights (the
 * holdout's own hash range rescaled to [0, 1)), so the holdout can be
 * suppressed exactly like the treatment (same channel, same consent rules)
 * and each variant compared with its own part of it.
 */
export function assignMember(
  campaignId: string | number,
  profileId: string | number,
  plan: SplitPlan,
): MemberAssignment {
  const group = assignGroup(campaignId, profileId, plan);
  if (group.group === "variant") return { holdout: false, variantId: group.variantId };
  const position = hashToUnit(campaignId, profileId) / plan.holdoutShare;
  return { holdout: true, variantId: pickVariant(position, plan.variants) };
}
