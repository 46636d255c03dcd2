import { stages, type Stage } from "@/db/schema/metrics";
import type { ModelSettings } from "@/lib/settings/schema";

import { NO_DAY, type BuyerFacts } from "./buyer-facts";
import { lifecycleStage, type LifecycleFacts } from "./lifecycle";
import { scoreRfm } from "./rfm";
import { rfmSegment, rfmSegments } from "./rfm-segments";
import { tierIndices } from "./tiers";

/**
 * Where every buyer stands on one day, aligned with the facts' indices:
 * R, F and M scores, and indices into `rfmSegments`, `tiers` and `stages`.
 * `value` is what the tiers were ranked by.
 */
export type Structure = {
  value: Float64Array;
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  segment: Uint8Array;
  tier: Uint8Array;
  stage: Uint8Array;
};

export type StructureInputs = {
  /** The ranking value per buyer when it is not spend (predicted CLV). */
  rankValues?: Float64Array;
  /** The latest interaction day per profile, for the lifecycle. */
  lastTouch?: ReadonlyMap<number, number>;
};

const stageIndex = new Map<Stage, number>(stages.map((stage, i) => [stage, i]));
// rfmSegment by a table lookup: [r][f][m] → index into rfmSegments.
const segmentTable = Array.from({ length: 6 }, (_, r) =>
  Array.from({ length: 6 }, (_, f) =>
    Array.from({ length: 6 }, (_, m) =>
      r && f && m ? rfmSegments.indexOf(rfmSegment(r, f, m)) : 0,
    ),
  ),
);

export function computeStructure(
  facts: BuyerFacts,
  asOfDay: number,
  models: ModelSettings,
  inputs: StructureInputs = {},
): Structure {
  const n = facts.profileIds.length;
  // Every measure as a Float64Array, so the scoring loops see one array type.
  const recency = new Float64Array(n);
  for (let i = 0; i < n; i++) recency[i] = asOfDay - facts.lastDay[i];
  const { r, f, m } = scoreRfm(recency, new Float64Array(facts.orders), facts.revenue, models.rfm);
  const value =
    inputs.rankValues ?? (models.tierValue === "allTime" ? facts.revenue : facts.trailingYear);
  const tier = tierIndices(value, models.tierShares);

  const segment = new Uint8Array(n);
  const stage = new Uint8Array(n);
  const touches = inputs.lastTouch?.size ? inputs.lastTouch : null;
  // One facts object refilled per buyer: a million buyers per period make no garbage.
  const one: LifecycleFacts = {
    orders: 0,
    firstDay: 0,
    lastDay: 0,
    previousDay: null,
    lastInteractionDay: null,
    rScore: 0,
  };
  for (let i = 0; i < n; i++) {
    segment[i] = segmentTable[r[i]][f[i]][m[i]];
    one.orders = facts.orders[i];
    one.firstDay = facts.firstDay[i];
    one.lastDay = facts.lastDay[i];
    one.previousDay = facts.previousDay[i] === NO_DAY ? null : facts.previousDay[i];
    one.lastInteractionDay = touches ? (touches.get(facts.profileIds[i]) ?? null) : null;
    one.rScore = r[i];
    stage[i] = stageIndex.get(lifecycleStage(one, asOfDay, models.lifecycle)) ?? 0;
  }
  return { value, r, f, m, segment, tier, stage };
}
