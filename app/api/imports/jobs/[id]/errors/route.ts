import { requireApiRole } from "@/lib/auth/guards";
import { attachment } from "@/lib/export/attachment";
import { getMessages } from "@/lib/i18n/server";
import { savedIssuesStream } from "@/lib/ingest/error-file";
import { findImportJob, savedIssuesOf } from "@/lib/jobs/import-jobs";

// For browsers that take no UTF-8 file name.
const asciiNames = { dryRun: "dry-run-errors.csv", rejected: "rejected-rows.csv" };

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
  const kind = findImportJob(id)?.dryRun ? "dryRun" : "rejected";
  const t = (await getMessages()).imports;
  const labels = { header: t.errorFile.header, levels: t.errorFile.levels, reasons: t.reasons };
  const stream = savedIssuesStream(file, labels);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachment(t.errorFile.fileNames[kind], asciiNames[kind]),
    },
  });
}
