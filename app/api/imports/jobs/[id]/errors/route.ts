import { requireApiRole } from "@/lib/auth/guards";
import { getMessages } from "@/lib/i18n/server";
import { savedIssuesStream } from "@/lib/ingest/error-file";
import { findImportJob, savedIssuesOf } from "@/lib/jobs/import-jobs";

/**
 * The rejected rows and warnings of a dry run (or of a file whose every row was rejected), which
 * wrote nothing to keep them in, as the same CSV an import's error file is, in the user's language.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireApiRole(["admin"]);
  if (user instanceof Response) return user;
  const { id } = await params;
  const file = savedIssuesOf(id);
  if (!file) return Response.json({ error: "not found" }, { status: 404 });
  // A real import of which no row could be kept saved its issues the same way.
  const name = findImportJob(id)?.dryRun ? "dry-run-errors.csv" : "rejected-rows.csv";
  const t = (await getMessages()).imports;
  const labels = { header: t.errorFile.header, levels: t.errorFile.levels, reasons: t.reasons };
  const stream = savedIssuesStream(file, labels);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
    },
  });
}
