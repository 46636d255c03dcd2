import { getDb } from "@/db";
import { jsonBody, segmentRoute } from "@/lib/segments/http";
import { segmentInput } from "@/lib/segments/store/segment-input";
import { listSegments } from "@/lib/segments/store/list-segments";
import { createSegment } from "@/lib/segments/store/save-segment";
import { seedStarterSegments } from "@/lib/segments/starters";

/** Saved segments with their recent sizes. */
export function GET() {
  return segmentRoute("segments/list", () => {
    const db = getDb();
    seedStarterSegments(db);
    return Response.json({ segments: listSegments(db) });
  });
}

/** Saves a new segment owned by the caller: { name, description, rule }. */
export function POST(request: Request) {
  return segmentRoute("segments/create", async (user) => {
    const input = segmentInput.parse(await jsonBody(request));
    const id = createSegment(getDb(), { input, actor: user });
    return Response.json({ id }, { status: 201 });
  });
}
