import type { CampaignResult } from "../campaign-result";
import { campaignResult } from "../campaign-result";

/** One frozen member and what they did in the attribution window. */
export interface MemberOutcome {
  targetId: number;
  /** For a holdout member, the variant they stood in for. */
  variantId: number;
  holdout: boolean;
  responded: boolean;
  /** Net revenue in the window, minor units of the campaign currency. */
  revenueMinor: number;
}

export interface ResultTerms {
  fixedCostMinor: number;
  costPerContactMinor: number;
  marginRate: number;
  sentAt: Date;
  attributionDays: number;
  now: Date;
}

export interface CampaignResults {
  total: CampaignResult;
  byTarget: { targetId: number; result: CampaignResult }[];
  /** Each variant against the part of its target's holdout that stood in for it. */
  byVariant: { targetId: number; variantId: number; result: CampaignResult }[];
}

/**
 * Treatment against holdout for the whole campaign, each target and each
 * variant. The fixed cost is shared out by treated customers, so the parts'
 * costs add up to the campaign's.
 */
export function groupResults(
  outcomes: MemberOutcome[],
  layout: { targetId: number; variantIds: number[] }[],
  terms: ResultTerms,
): CampaignResults {
  const treatedTotal = outcomes.filter((o) => !o.holdout).length;
  const measure = (members: MemberOutcome[]) => {
    const treatment = members.filter((m) => !m.holdout);
    const holdout = members.filter((m) => m.holdout);
    const fixedShare = treatedTotal === 0 ? 0 : (terms.fixedCostMinor * treatment.length) / treatedTotal;
    return campaignResult({
      treatment: tally(treatment),
      holdout: tally(holdout),
      cost: { fixed: fixedShare, perContact: terms.costPerContactMinor },
      marginRate: terms.marginRate,
      sentAt: terms.sentAt,
      attributionWindowDays: terms.attributionDays,
      now: terms.now,
    });
  };
  return {
    total: measure(outcomes),
    byTarget: layout.map(({ targetId }) => ({
      targetId,
      result: measure(outcomes.filter((o) => o.targetId === targetId)),
    })),
    byVariant: layout.flatMap(({ targetId, variantIds }) =>
      variantIds.map((variantId) => ({
        targetId,
        variantId,
        result: measure(outcomes.filter((o) => o.targetId === targetId && o.variantId === variantId)),
      })),
    ),
  };
}

function tally(members: MemberOutcome[]) {
  let responders = 0;
  let revenue = 0;
  for (const m of members) {
    if (m.responded) responders++;
    revenue += m.revenueMinor;
  }
  return { audience: members.length, responders, revenue };
}
