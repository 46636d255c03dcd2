import { tiers } from "@/db/schema/metrics";
import { dayToIso, isoToDay } from "@/lib/ingest/normalise/dates";
import { codeOf } from "@/lib/metrics/snapshots/codes";

import { pluggable, UnavailableError } from "../catalogue/pluggable";
import type { ConditionOf } from "../rule/conditions";
import type { CompileContext } from "./context";
import { fragment, join, oneOf, type Fragment } from "./fragment";

const { table, key, columns } = pluggable.snapshots;

/**
 * Moves between tiers or stages: "dropped from Gold in the last month" is a
 * snapshot inside the window that says Gold, and a current tier (from the
 * last recompute) below Gold. Tiers rank in the order of `tiers`, VIP first.
 */
export function compileTierChange(c: ConditionOf<"tier_change">, ctx: CompileContext): Fragment {
  if (!ctx.available.snapshots) throw new UnavailableError("snapshots");
  const rank = tiers.indexOf(c.from);
  const now = tiers.filter((_, i) =>
    c.direction === "down" ? i > rank : c.direction === "up" ? i < rank : i !== rank,
  );
  return join([oneOf("m.tier", now), snapshotWas("tier", c.from, c.months, ctx)], "AND");
}

export function compileStageChange(c: ConditionOf<"stage_change">, ctx: CompileContext): Fragment {
  if (!ctx.available.snapshots) throw new UnavailableError("snapshots");
  const current = c.to ? fragment("m.stage = ?", c.to) : fragment("m.stage <> ?", c.from);
  return join([current, snapshotWas("stage", c.from, c.months, ctx)], "AND");
}

/** A period ending inside the window whose stored code says `value`. */
function snapshotWas(dimension: "tier" | "stage", value: string, months: number, ctx: CompileContext): Fragment {
  return fragment(
    `EXISTS (SELECT 1 FROM ${table} s JOIN snapshot_periods sp ON sp.end_day BETWEEN ? AND ?
      WHERE s.${key} = m.profile_id AND substr(s.${columns[dimension]}, sp.position, 1) = ?)`,
    monthsBefore(ctx.asOfDay, months),
    ctx.asOfDay,
    codeOf(dimension, value) ?? "",
  );
}

/** The same day of the month `months` earlier, clamped to the month's end (31 March − 1 month = 28/29 February). */
export function monthsBefore(day: number, months: number): number {
  const [year, month, date] = dayToIso(day).split("-").map(Number);
  const index = year * 12 + (month - 1) - months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  const lastDate = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const iso = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(date, lastDate)).padStart(2, "0")}`;
  return isoToDay(iso)!;
}
