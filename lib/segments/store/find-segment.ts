import { eq } from "drizzle-orm";

import type { Db } from "@/db/client";
import { segments, type Segment } from "@/db/schema/segments";

import { SegmentNotFoundError } from "../errors";

/** The segment with this id, or SegmentNotFoundError. */
export function findSegment(db: Db, id: number): Segment {
  const segment = db.select().from(segments).where(eq(segments.id, id)).get();
  if (!segment) throw new SegmentNotFoundError(id);
  return segment;
}
