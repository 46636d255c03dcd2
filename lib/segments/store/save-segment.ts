import { eq, sql } from "drizzle-orm";

import type { Db } from "@/db/client";
import { segments } from "@/db/schema/segments";

import { NotSegmentOwnerError, SegmentInUseError, SegmentNameTakenError } from "../errors";
import { segmentFilter } from "../query/segment-filter";
import { recordSegmentSize } from "../sizes/record-segment-sizes";
import { findSegment } from "./find-segment";
import { canChangeSegment, type Actor } from "./permissions";
import type { SegmentInput } from "./segment-input";

/**
 * Saves a new segment (input parsed with segmentInput) owned by the actor. The rule must compile against
 * this database (a condition on data it lacks is refused), and the size
 * today becomes the first point of its trend line.
 */
export function createSegment(db: Db, params: { input: SegmentInput; actor: Actor }): number {
  const { input } = params;
  const { rule } = segmentFilter(db, input.rule);
  if (nameTaken(db, input.name, null)) throw new SegmentNameTakenError(input.name);

  const row = db
    .insert(segments)
    .values({ name: input.name, description: input.description, rule, ownerId: params.actor.id })
    .returning({ id: segments.id })
    .get();
  recordSegmentSize(db, row.id);
  return row.id;
}

/** Changes name, description and rule; for the owner, a manager or an admin. */
export function updateSegment(db: Db, params: { id: number; input: SegmentInput; actor: Actor }) {
  const segment = findSegment(db, params.id);
  if (!canChangeSegment(params.actor, segment)) throw new NotSegmentOwnerError(params.id);
  const { input } = params;
  const { rule } = segmentFilter(db, input.rule);
  if (nameTaken(db, input.name, params.id)) throw new SegmentNameTakenError(input.name);

  db.update(segments)
    .set({
      name: input.name,
      description: input.description,
      rule,
      updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
    })
    .where(eq(segments.id, params.id))
    .run();
  recordSegmentSize(db, params.id);
}

export function deleteSegment(db: Db, params: { id: number; actor: Actor }) {
  const segment = findSegment(db, params.id);
  if (!canChangeSegment(params.actor, segment)) throw new NotSegmentOwnerError(params.id);
  const targeting = db.$client
    .prepare(`SELECT DISTINCT c.id, c.name FROM campaign_targets t
      JOIN campaigns c ON c.id = t.campaign_id
      WHERE t.kind = 'segment' AND t.key = ?
        AND c.status IN ('draft', 'pending_approval', 'approved')
      ORDER BY c.id`)
    .all(String(params.id)) as { id: number; name: string }[];
  if (targeting.length > 0) throw new SegmentInUseError(targeting);
  db.$client.transaction(() => {
    // A campaign that went out to it still says whom it was sent to.
    db.$client
      .prepare(`UPDATE campaign_targets SET segment_name = ? WHERE kind = 'segment' AND key = ?`)
      .run(segment.name, String(params.id));
    db.delete(segments).where(eq(segments.id, params.id)).run();
  })();
}

/** A copy owned by the actor, whoever owned the original: how a marketer adapts a starter. */
export function duplicateSegment(
  db: Db,
  params: { id: number; name: string; actor: Actor },
): number {
  const original = findSegment(db, params.id);
  const row = db
    .insert(segments)
    .values({
      name: freeName(db, params.name.trim().slice(0, 120) || original.name),
      description: original.description,
      rule: original.rule,
      ownerId: params.actor.id,
    })
    .returning({ id: segments.id })
    .get();
  recordSegmentSize(db, row.id);
  return row.id;
}

/** Whether another segment has this name, compared as a reader would (case and spaces aside). */
function nameTaken(db: Db, name: string, except: number | null): boolean {
  return db.$client
    .prepare(`SELECT 1 FROM segments WHERE lower(trim(name)) = lower(trim(?)) AND id IS NOT ?`)
    .get(name, except) !== undefined;
}

/** The name, or with the first free number after it ("Copy of VIP 2"), for a copy. */
function freeName(db: Db, name: string): string {
  for (let n = 2; nameTaken(db, name, null); n++) {
    const candidate = `${name.slice(0, 115)} ${n}`;
    if (!nameTaken(db, candidate, null)) return candidate;
  }
  return name;
}
