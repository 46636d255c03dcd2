/**
 * Deterministic split of a campaign audience into holdout and weighted A/B variants.
 *
 * (campaignId, profileId) is hashed with SHA-256, so the same profile always lands in
 * the same group of a campaign (re-running a send never moves anyone), while
 * groups of different campaigns are independent of each other (the same
 * customers are not always held out). Changing the hash input format would
 * reshuffle every existing campaign: keep it as it is.
 */
import { hash } from "node:crypto";

export interface VariantWeight {
  id: string;
  /** Relative weight among the variants; need not sum to 1. */
  weight: number;
}

export interface SplitPlan {
  /** Share of the audience held out, in [0, 1]. */
  holdoutShare: number;
  /** Variants sharing the rest of the audience in proportion to their weights. */
  variants: VariantWeight[];
}

export type Assignment = { group: "holdout" } | { group: "variant"; variantId: string };

/** 2⁵³: the top 53 bits of the digest give a uniform double in [0, 1). */
const TWO_POW_53 = 2 ** 53;

/** Uniform position in [0, 1) of a profile within a campaign. */
export function hashToUnit(campaignId: string | number, profileId: string | number): number {
  // The NUL separator keeps ("1", "23") and ("12", "3") apart.
  // One-shot hash(): the same digest as createHash, without a hasher object per call (about 4× faster).
  const digest = hash("sha256", `${campaignId}\u0000${profileId}`, "buffer");
  const high32 = digest.readUInt32BE(0);
  const next21 = digest.readUInt32BE(4) >>> 11;
  return (high32 * 2 ** 21 + next21) / TWO_POW_53;
}

export function validatePlan({ holdoutShare, variants }: SplitPlan): void {
  if (!(holdoutShare >= 0 && holdoutShare <= 1)) throw new RangeError(`holdoutShare must be in [0, 1], got ${holdoutShare}`);
  if (new Set(variants.map((v) => v.id)).size !== variants.length) throw new RangeError("variant ids must be unique");
  if (variants.some((v) => !(v.weight >= 0 && Number.isFinite(v.weight)))) throw new RangeError("variant weights must be finite and >= 0");
  if (holdoutShare < 1 && !variants.some((v) => v.weight > 0)) {
    throw new RangeError("at least one variant needs a positive weight unless everyone is held out");
  }
}

export function assignGroup(campaignId: string | number, profileId: string | number, plan: SplitPlan): Assignment {
  validatePlan(plan);
  return assignAt(hashToUnit(campaignId, profileId), plan);
}

/** The group at hash position `u` in [0, 1) under a plan that validatePlan accepted. */
export function assignAt(u: number, plan: SplitPlan): Assignment {
  if (u < plan.holdoutShare) return { group: "holdout" };
  // Rescale the non-holdout part to [0, 1) and walk the cumulative weights.
  const position = (u - plan.holdoutShare) / (1 - plan.holdoutShare);
  return { group: "variant", variantId: pickVariant(position, plan.variants) };
}

/** The variant at `position` in [0, 1) when the weights are laid end to end. */
export function pickVariant(position: number, variants: VariantWeight[]): string {
  const live = variants.filter((v) => v.weight > 0);
  const total = live.reduce((sum, v) => sum + v.weight, 0);
  let cumulative = 0;
  for (const variant of live) {
    cumulative += variant.weight / total;
    if (position < cumulative) return variant.id;
  }
  // Rounding can leave the cumulative sum a hair below 1.
  return live[live.length - 1].id;
}
