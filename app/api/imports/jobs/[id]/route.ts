import { requireApiRole } from "@/lib/auth/guards";
import { findImportJob } from "@/lib/jobs/import-jobs";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireApiRole(["admin"]);
  if (user instanceof Response) return user;
  const job = findImportJob((await params).id);
  if (!job) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(job);
}
