import type { SnapshotDimension } from "@/db/schema/snapshots";
import { fill, type Messages } from "@/lib/i18n/locales";
import type { CustomerQuery } from "@/lib/profiles/list-customers";

import { NOT_YET } from "./codes";

/** A tier, stage or segment in the reader's language; "-" reads "not yet a customer". */
export function snapshotKeyLabel(t: Messages, dimension: SnapshotDimension, key: string): string {
  if (key === NOT_YET) return t.movement.notYet;
  const labels: Record<SnapshotDimension, Record<string, string>> = {
    tier: t.tiers,
    stage: t.stages,
    segment: t.segments,
  };
  return labels[dimension][key] ?? key;
}

/** "Tier Gold at the end of 1997-06 → Silver at the end of 1998-06", or null without that filter. */
export function movementLabel(query: CustomerQuery, t: Messages): string | null {
  const { move, moveFrom, moveFromKey, moveTo, moveToKey } = query;
  if (!move || !moveFrom || !moveFromKey || !moveTo || !moveToKey) return null;
  const name = (key: string) => snapshotKeyLabel(t, move, key);
  return fill(t.movement.filter, {
    dimension: t.movement.dimensions[move],
    from: moveFrom,
    fromKey: name(moveFromKey),
    to: moveTo,
    toKey: name(moveToKey),
  });
}
