import type { ReadableStream as WebStream } from "node:stream/web";

import { z } from "zod";

import { requireApiRole } from "@/lib/auth/guards";
import { saveUpload } from "@/lib/jobs/uploads";

const query = z.object({ fileName: z.string().trim().min(1).max(255) });

/** Takes a file as the raw request body and streams it to disk; answers with the upload's id. */
export async function POST(request: Request) {
  const user = await requireApiRole(["admin"]);
  if (user instanceof Response) return user;
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "invalid", issues: parsed.error.issues }, { status: 400 });
  if (!request.body) return Response.json({ error: "empty body" }, { status: 400 });
  const fileName = parsed.data.fileName.split(/[\\/]/).pop()!;
  const upload = await saveUpload(request.body as unknown as WebStream, fileName, user.email);
  return Response.json({ uploadId: upload.id, fileName: upload.fileName, bytes: upload.bytes }, { status: 201 });
}
