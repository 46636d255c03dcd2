import type { Db } from "@/db/client";
import { stages, tiers } from "@/db/schema";
import type { ModelSettings } from "@/lib/settings/schema";

import type { OrderHistory } from "../history/order-history";
import { prospectStage } from "../lifecycle";
import { readState, writeState } from "../metric-state";

import { backfill, type BackfillHooks } from "./backfill";
import { codeOf, NOT_YET } from "./codes";
import { periodsBetween, type Period } from "./periods";
import { saveSnapshots, type ProspectRow } from "./save-snapshots";

export type SnapshotContext = {
  history: OrderHistory;
  dataVersion: number;
  asOfDay: number;
  models: ModelSettings;
  /** Every profile id, ascending. */
  profileIds: Float64Array;
  /** Changes whenever the fitted model behind CLV ranking does. */
  rankingVersion: string;
  hooks: BackfillHooks;
};

export type SnapshotRefresh = { periods: number; reused: boolean };

/**
 * Back-fills the per-period history when its inputs changed (the orders, the
 * as-of date, a model setting, the profiles); otherwise keeps what is stored.
 */
export function refreshSnapshots(db: Db, context: SnapshotContext): SnapshotRefresh {
  const { history, asOfDay, models, profileIds } = context;
  const signature = JSON.stringify([
    context.dataVersion,
    asOfDay,
    models.rfm,
    models.tierShares,
    models.tierValue,
    models.lifecycle,
    models.snapshotPeriod,
    context.rankingVersion,
    profileIds.length,
    profileIds.reduce((sum, id) => (sum + id) % 2 ** 48, 0),
  ]);
  const state = readState<{ signature: string; periods: number }>(db, "snapshots");
  if (state?.signature === signature) return { periods: state.periods, reused: true };

  const firstDay = history.day.length
    ? history.day.reduce((min, day) => Math.min(min, day))
    : asOfDay;
  const periods = periodsBetween(firstDay, asOfDay, models.snapshotPeriod);
  const filled = backfill(history, periods, models, context.hooks);
  const prospects = prospectRows(history, profileIds, periods, models, context.hooks);
  saveSnapshots(db, { periods, profileIds: history.profileIds, backfill: filled, prospects });
  writeState(db, "snapshots", { signature, periods: periods.length });
  return { periods: periods.length, reused: false };
}

/**
 * Profiles without orders are prospects in every period (engaged where an
 * interaction was recent), and have no RFM segment.
 */
function prospectRows(
  history: OrderHistory,
  profileIds: Float64Array,
  periods: Period[],
  models: ModelSettings,
  hooks: BackfillHooks,
): ProspectRow[] {
  const touches = periods.map((p) => hooks.lastTouchAt?.(p.endDay));
  const prospectTier = codeOf("tier", "prospect") ?? NOT_YET;
  const rows: ProspectRow[] = [];
  // Both id lists ascend: a profile is a buyer when the history walk meets it.
  let c = 0;
  for (const profileId of profileIds) {
    while (c < history.profileIds.length && history.profileIds[c] < profileId) c++;
    if (history.profileIds[c] === profileId) continue;
    const stageCodes = periods.map((period, p) => {
      const touch = touches[p]?.get(profileId) ?? null;
      const stage = prospectStage(touch, period.endDay, models.lifecycle);
      return codeOf("stage", stage) ?? codeOf("stage", stages[0]);
    });
    rows.push({
      profileId,
      tiers: prospectTier.repeat(periods.length),
      stages: stageCodes.join(""),
      segments: NOT_YET.repeat(periods.length),
    });
  }
  return rows;
}
