import { z } from "zod";

import { getDb } from "@/db";
import { dayToIso } from "@/lib/ingest/normalise/dates";
import { jsonBody, segmentRoute } from "@/lib/segments/http";
import { countSegment } from "@/lib/segments/query/count-segment";
import { segmentFilter } from "@/lib/segments/query/segment-filter";

const body = z.object({ rule: z.unknown() });

/** The builder's live count: how many customers a rule matches, as of the last metric run. */
export function POST(request: Request) {
  return segmentRoute("segments/count", async () => {
    const { rule } = body.parse(await jsonBody(request));
    const db = getDb();
    const filter = segmentFilter(db, rule);
    return Response.json({ count: countSegment(db, filter), asOf: dayToIso(filter.ctx.asOfDay) });
  });
}
