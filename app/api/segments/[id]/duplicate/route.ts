import { z } from "zod";

import { getDb } from "@/db";
import { jsonBody, segmentRoute } from "@/lib/segments/http";
import { duplicateSegment } from "@/lib/segments/store/save-segment";

const body = z.object({ name: z.string().trim().min(1).max(120) });

/** A copy of any segment, owned by the caller. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return segmentRoute("segments/duplicate", async (user) => {
    const id = z.coerce
      .number()
      .int()
      .positive()
      .parse((await params).id);
    const { name } = body.parse(await jsonBody(request));
    return Response.json(
      { id: duplicateSegment(getDb(), { id, name, actor: user }) },
      { status: 201 },
    );
  });
}
