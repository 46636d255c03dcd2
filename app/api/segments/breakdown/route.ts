import { z } from "zod";

import { getDb } from "@/db";
import { jsonBody, segmentRoute } from "@/lib/segments/http";
import { breakdownSegment } from "@/lib/segments/query/breakdown-segment";
import { segmentFilter } from "@/lib/segments/query/segment-filter";

const body = z.object({ rule: z.unknown() });

/** The matched customers by tier, stage and preferred channel. */
export function POST(request: Request) {
  return segmentRoute("segments/breakdown", async () => {
    const { rule } = body.parse(await jsonBody(request));
    const db = getDb();
    return Response.json(breakdownSegment(db, segmentFilter(db, rule)));
  });
}
