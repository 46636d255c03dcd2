import { getDb } from "@/db";
import { requireApiRole } from "@/lib/auth/guards";
import { mappingInput } from "@/lib/ingest/presets/available";
import { previewFile } from "@/lib/ingest/preview-file";
import { findUpload } from "@/lib/jobs/uploads";

import { readOptions } from "../../../read-options";

const body = readOptions.extend({ mapping: mappingInput.optional() });

/** The preview of an uploaded file under the chosen reading options (encoding, sheet, preset, mapping). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireApiRole(["admin"]);
  if (user instanceof Response) return user;
  const upload = await findUpload((await params).id);
  if (!upload) return Response.json({ error: "not found" }, { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => ({})));
  if (!parsed.success) return Response.json({ error: "invalid", issues: parsed.error.issues }, { status: 400 });
  const preview = await previewFile(getDb(), { file: upload.file, ...parsed.data });
  return Response.json({ upload: { id: upload.id, fileName: upload.fileName, bytes: upload.bytes }, preview });
}

