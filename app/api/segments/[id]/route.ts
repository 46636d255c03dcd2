import { z } from "zod";

import { getDb } from "@/db";
import { jsonBody, segmentRoute } from "@/lib/segments/http";
import { segmentInput } from "@/lib/segments/store/segment-input";
import { findSegment } from "@/lib/segments/store/find-segment";
import { deleteSegment, updateSegment } from "@/lib/segments/store/save-segment";

type Context = { params: Promise<{ id: string }> };
const segmentId = z.coerce.number().int().positive();

export function GET(_request: Request, { params }: Context) {
  return segmentRoute("segments/read", async () => {
    return Response.json(findSegment(getDb(), segmentId.parse((await params).id)));
  });
}

/** Changes a segment: the owner, a manager or an admin. */
export function PATCH(request: Request, { params }: Context) {
  return segmentRoute("segments/update", async (user) => {
    const id = segmentId.parse((await params).id);
    const input = segmentInput.parse(await jsonBody(request));
    updateSegment(getDb(), { id, input, actor: user });
    return Response.json({ id });
  });
}

export function DELETE(_request: Request, { params }: Context) {
  return segmentRoute("segments/delete", async (user) => {
    deleteSegment(getDb(), { id: segmentId.parse((await params).id), actor: user });
    return new Response(null, { status: 204 });
  });
}
