import { z } from "zod";

import { getDb } from "@/db";
import { requireApiRole } from "@/lib/auth/guards";
import { rollbackPreview } from "@/lib/ingest/rollback-preview";
import { startRollbackJob } from "@/lib/jobs/import-jobs";

const id = z.coerce.number().int().positive();

/** What a rollback of the import would take out, for the confirmation. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireApiRole(["admin"]);
  if (user instanceof Response) return user;
  const parsed = id.safeParse((await params).id);
  if (!parsed.success) return Response.json({ error: "invalid" }, { status: 400 });
  const preview = rollbackPreview(getDb(), parsed.data);
  if (!preview) return Response.json({ error: "not_found" }, { status: 404 });
  return Response.json({ preview });
}

/** Rolls an import back in the background; answers with the job to poll. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireApiRole(["admin"]);
  if (user instanceof Response) return user;
  const parsed = id.safeParse((await params).id);
  if (!parsed.success) return Response.json({ error: "invalid" }, { status: 400 });
  const job = startRollbackJob(parsed.data, user.email);
  return Response.json({ jobId: job.id }, { status: 202 });
}
