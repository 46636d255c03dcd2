import { requireApiRole } from "@/lib/auth/guards";
import { cancelImportJob, findImportJob } from "@/lib/jobs/import-jobs";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  const user = await requireApiRole(["admin"]);
  if (user instanceof Response) return user;
  const job = findImportJob((await params).id);
  if (!job) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(job);
}

/** Cancels a running job: nothing of it is written. */
export async function DELETE(_request: Request, { params }: Context) {
  const user = await requireApiRole(["admin"]);
  if (user instanceof Response) return user;
  const job = cancelImportJob((await params).id);
  if (!job) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(job);
}
