import { z } from "zod";

import { getDb } from "@/db";
import { readAvailability } from "@/lib/segments/catalogue/pluggable";
import { segmentRoute } from "@/lib/segments/http";
import { suggestionSources, suggestValues } from "@/lib/segments/query/suggest-values";

const query = z.object({ source: z.enum(suggestionSources) });

/** Values already in the data for a builder input (cities, channels, tags…), most common first. */
export function GET(request: Request) {
  return segmentRoute("segments/values", () => {
    const { source } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
    const db = getDb();
    return Response.json({
      values: suggestValues(db, { source, available: readAvailability(db) }),
    });
  });
}
