import { suppressionSteps, type FunnelCounts, type SuppressionStep } from "./plan-audience";

export interface FunnelRow {
  step: SuppressionStep;
  removed: number;
  remaining: number;
}

/** The suppression steps as rows: how many each removed and how many were left after it. */
export function funnelRows(funnel: FunnelCounts): FunnelRow[] {
  let remaining = funnel.targeted;
  return suppressionSteps.map((step) => {
    remaining -= funnel.removed[step];
    return { step, removed: funnel.removed[step], remaining };
  });
}
