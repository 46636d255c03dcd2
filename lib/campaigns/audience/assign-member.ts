import { assignAt, hashToUnit, pickVariant, validatePlan, type SplitPlan } from "../assign-group";

export interface MemberAssignment {
  holdout: boolean;
  /** The variant sent, or for a holdout member the one they would have been sent. */
  variantId: string;
}

/**
 * Holdout or variant, deterministic in (campaign, profile), exactly as
 * assignGroup decides. A holdout member also gets the variant they stand in
 * for, spread by the same weights (the holdout's own hash range rescaled to
 * [0, 1)), so the holdout can be suppressed exactly like the treatment (same
 * channel, same consent rules) and each variant compared with its own part
 * of it. The plan is checked once; the result assigns any number of profiles.
 */
export function memberAssigner(campaignId: string | number, plan: SplitPlan) {
  validatePlan(plan);
  return (profileId: string | number): MemberAssignment => {
    const u = hashToUnit(campaignId, profileId);
    const group = assignAt(u, plan);
    if (group.group === "variant") return { holdout: false, variantId: group.variantId };
    return { holdout: true, variantId: pickVariant(u / plan.holdoutShare, plan.variants) };
  };
}

export function assignMember(campaignId: string | number, profileId: string | number, plan: SplitPlan): MemberAssignment {
  return memberAssigner(campaignId, plan)(profileId);
}
