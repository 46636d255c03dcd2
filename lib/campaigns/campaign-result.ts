/**
 * The measured outcome of one campaign: treatment against holdout on response
 * and revenue, what the difference is worth after cost, and a verdict code
 * saying whether the difference can be trusted yet. Money is in whatever unit
 * the caller passes (e.g. minor units) and comes back unrounded.
 */
import { chanceToBeat, type BetaPrior } from "./chance-to-beat";
import type { GroupCounts } from "./counts";
import { twoProportionTest, type TwoProportionTestResult } from "./two-proportion-test";

export interface GroupOutcome extends GroupCounts {
  /** Revenue attributed to the group within the attribution window. */
  revenue: number;
}

export interface CostModel {
  fixed: number;
  perContact: number;
}

export interface VerdictThresholds {
  /** Each group needs at least this many profiles. */
  minGroupSize: number;
  /** Expected responders (and non-responders) in the smaller group under the pooled rate. */
  minExpectedResponders: number;
}

/** 100 per group and 10 expected responders: below that the z-test's normal approximation is not trustworthy. */
export const DEFAULT_THRESHOLDS: VerdictThresholds = { minGroupSize: 100, minExpectedResponders: 10 };

export interface CampaignResultInput {
  treatment: GroupOutcome;
  holdout: GroupOutcome;
  /** Treated profiles actually contacted, for the per-contact cost; defaults to treatment.audience. */
  treatedContacted?: number;
  cost: CostModel;
  /** Share of revenue kept as margin, in [0, 1]. */
  marginRate: number;
  sentAt: Date;
  attributionWindowDays: number;
  now: Date;
  /** Confidence level for the interval and the significance verdict; default 0.95. */
  confidence?: number;
  /** Prior for chanceToBeat; default flat Beta(1, 1). */
  prior?: BetaPrior;
  thresholds?: Partial<VerdictThresholds>;
}

/** Codes only; the UI words them. */
export type CampaignVerdict =
  | "too_small"
  | "too_early"
  | "significant_positive"
  | "significant_negative"
  | "not_significant";

export interface GroupSummary extends GroupOutcome {
  /** null when the group is empty, as are the figures derived from it below. */
  responseRate: number | null;
  revenuePerCustomer: number | null;
}

export interface CampaignResult {
  treatment: GroupSummary;
  holdout: GroupSummary;
  /** Treatment response rate − holdout response rate. */
  rateUplift: number | null;
  /** Revenue per treated customer − revenue per holdout customer. */
  revenuePerCustomerUplift: number | null;
  /** rateUplift × treated audience. */
  incrementalResponders: number | null;
  /** revenuePerCustomerUplift × treated audience. */
  incrementalRevenue: number | null;
  /** incrementalRevenue × marginRate. */
  incrementalMargin: number | null;
  /** fixed + perContact × treated contacted. */
  cost: number;
  /** (incrementalMargin − cost) / cost; null when cost is 0. */
  roi: number | null;
  test: TwoProportionTestResult;
  /** P(treatment rate > holdout rate); null when a group is empty. */
  chanceToBeat: number | null;
  attributionEndsAt: Date;
  verdict: CampaignVerdict;
}

const DAY_MS = 86_400_000;

function summarise(group: GroupOutcome): GroupSummary {
  const empty = group.audience === 0;
  return {
    ...group,
    responseRate: empty ? null : group.responders / group.audience,
    revenuePerCustomer: empty ? null : group.revenue / group.audience,
  };
}

function validate(input: CampaignResultInput, treatedContacted: number): void {
  const { treatment, holdout, cost, marginRate, sentAt, now, attributionWindowDays } = input;
  if (!Number.isFinite(treatment.revenue) || !Number.isFinite(holdout.revenue)) throw new RangeError("revenue must be finite");
  if (!(marginRate >= 0 && marginRate <= 1)) throw new RangeError(`marginRate must be in [0, 1], got ${marginRate}`);
  if (!(cost.fixed >= 0 && cost.perContact >= 0 && Number.isFinite(cost.fixed) && Number.isFinite(cost.perContact))) {
    throw new RangeError("cost.fixed and cost.perContact must be finite and >= 0");
  }
  if (!Number.isInteger(treatedContacted) || treatedContacted < 0 || treatedContacted > treatment.audience) {
    throw new RangeError(`treatedContacted must be an integer in [0, treatment audience], got ${treatedContacted}`);
  }
  if (Number.isNaN(sentAt.getTime()) || Number.isNaN(now.getTime())) throw new RangeError("sentAt and now must be valid dates");
  if (!(attributionWindowDays >= 0)) throw new RangeError("attributionWindowDays must be >= 0");
}

/**
 * Order matters: a group that is too small stays too small however long we wait,
 * so it is reported first; responders keep arriving until the window closes, so the
 * expected-responder check only means something after "too_early".
 */
function decideVerdict(
  input: CampaignResultInput,
  test: TwoProportionTestResult,
  attributionEndsAt: Date,
  thresholds: VerdictThresholds,
  confidence: number,
): CampaignVerdict {
  const smallerGroup = Math.min(input.treatment.audience, input.holdout.audience);
  if (smallerGroup < thresholds.minGroupSize) return "too_small";
  if (input.now.getTime() < attributionEndsAt.getTime()) return "too_early";
  const pooled = test.pooledRate ?? 0;
  const expectedRarerOutcome = Math.min(pooled, 1 - pooled) * smallerGroup;
  if (test.pValue === null || test.uplift === null || expectedRarerOutcome < thresholds.minExpectedResponders) {
    return "too_small";
  }
  if (test.pValue >= 1 - confidence) return "not_significant";
  return test.uplift > 0 ? "significant_positive" : "significant_negative";
}

export function campaignResult(input: CampaignResultInput): CampaignResult {
  const treatedContacted = input.treatedContacted ?? input.treatment.audience;
  const confidence = input.confidence ?? 0.95;
  const thresholds = { ...DEFAULT_THRESHOLDS, ...input.thresholds };
  validate(input, treatedContacted);

  const treatment = summarise(input.treatment);
  const holdout = summarise(input.holdout);
  const test = twoProportionTest(holdout, treatment, { confidence });
  const bothPresent = treatment.audience > 0 && holdout.audience > 0;

  const revenuePerCustomerUplift =
    treatment.revenuePerCustomer === null || holdout.revenuePerCustomer === null
      ? null
      : treatment.revenuePerCustomer - holdout.revenuePerCustomer;
  const incrementalRevenue = revenuePerCustomerUplift === null ? null : revenuePerCustomerUplift * treatment.audience;
  const incrementalMargin = incrementalRevenue === null ? null : incrementalRevenue * input.marginRate;
  const cost = input.cost.fixed + input.cost.perContact * treatedContacted;
  const attributionEndsAt = new Date(input.sentAt.getTime() + input.attributionWindowDays * DAY_MS);

  return {
    treatment,
    holdout,
    rateUplift: test.uplift,
    revenuePerCustomerUplift,
    incrementalResponders: test.uplift === null ? null : test.uplift * treatment.audience,
    incrementalRevenue,
    incrementalMargin,
    cost,
    roi: cost === 0 || incrementalMargin === null ? null : (incrementalMargin - cost) / cost,
    test,
    chanceToBeat: bothPresent ? chanceToBeat(holdout, treatment, input.prior) : null,
    attributionEndsAt,
    verdict: decideVerdict(input, test, attributionEndsAt, thresholds, confidence),
  };
}
