import { z } from "zod";

import { getDb } from "@/db";
import { requireApiRole } from "@/lib/auth/guards";
import { attachment } from "@/lib/export/attachment";
import { fill } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/server";
import { errorFileStream } from "@/lib/ingest/error-file";

const id = z.coerce.number().int().positive();

/** An import's rejected rows and warnings as a CSV in the user's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireApiRole(["admin"]);
  if (user instanceof Response) return user;
  const parsed = id.safeParse((await params).id);
  if (!parsed.success) return Response.json({ error: "invalid" }, { status: 400 });
  const t = (await getMessages()).imports;
  const stream = errorFileStream(getDb(), parsed.data, {
    header: t.errorFile.header,
    levels: t.errorFile.levels,
    reasons: t.reasons,
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachment(fill(t.errorFile.fileNames.import, { id: parsed.data }),
        `import-${parsed.data}-errors.csv`),
    },
  });
}
