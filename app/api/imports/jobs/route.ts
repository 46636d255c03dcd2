import { z } from "zod";

import { requireApiRole } from "@/lib/auth/guards";
import { mappingInput } from "@/lib/ingest/presets/available";
import { startImportJob } from "@/lib/jobs/import-jobs";
import { findUpload } from "@/lib/jobs/uploads";

import { readOptions } from "../read-options";

const body = readOptions.extend({
  uploadId: z.string().uuid(),
  mapping: mappingInput.optional(),
  source: z.string().trim().max(80).optional(),
  dryRun: z.boolean(),
});

/** Starts a dry run or an import of an uploaded file in the background; answers with the job to poll. */
export async function POST(request: Request) {
  const user = await requireApiRole(["admin"]);
  if (user instanceof Response) return user;
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "invalid", issues: parsed.error.issues }, { status: 400 });
  const upload = await findUpload(parsed.data.uploadId);
  if (!upload) return Response.json({ error: "not found" }, { status: 404 });
  const job = startImportJob({
    ...parsed.data,
    source: parsed.data.source || undefined,
    file: upload.file,
    fileName: upload.fileName,
    createdBy: user.email,
  });
  return Response.json({ jobId: job.id }, { status: 202 });
}
