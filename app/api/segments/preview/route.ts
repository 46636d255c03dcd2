import { z } from "zod";

import { getDb } from "@/db";
import { outputFieldKeys } from "@/lib/segments/catalogue/fields";
import { jsonBody, segmentRoute } from "@/lib/segments/http";
import { previewSegment } from "@/lib/segments/query/preview-segment";
import { segmentFilter } from "@/lib/segments/query/segment-filter";

const body = z.object({
  rule: z.unknown(),
  fields: z.array(z.enum(outputFieldKeys)).min(1).max(outputFieldKeys.length),
});

/** The first customers a rule matches, with the fields the user picked. */
export function POST(request: Request) {
  return segmentRoute("segments/preview", async () => {
    const { rule, fields } = body.parse(await jsonBody(request));
    const db = getDb();
    const filter = segmentFilter(db, rule);
    return Response.json({ rows: previewSegment(db, { ...filter, fields }) });
  });
}
