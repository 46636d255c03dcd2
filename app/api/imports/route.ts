import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

import { z } from "zod";

import { requireApiRole } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { presets } from "@/lib/ingest/presets";
import { startImportJob } from "@/lib/jobs/import-jobs";

const params = z.object({
  preset: z.enum(presets.map((p) => p.id) as [string, ...string[]]),
  source: z.string().trim().max(80).optional(),
  fileName: z.string().trim().min(1).max(255),
  dryRun: z.enum(["0", "1"]).default("0"),
});

/**
 * Takes a file as the raw request body and streams it to disk (never into
 * memory, and not through a server action with its 1 MB limit), then starts
 * the import in the background and answers with the job to poll.
 */
export async function POST(request: Request) {
  const user = await requireApiRole(["admin"]);
  if (user instanceof Response) return user;
  const parsed = params.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "invalid", issues: parsed.error.issues }, { status: 400 });
  if (!request.body) return Response.json({ error: "empty body" }, { status: 400 });

  const folder = path.join(path.dirname(env.databasePath), "uploads");
  await fs.promises.mkdir(folder, { recursive: true });
  const file = path.join(folder, randomUUID());
  await pipeline(Readable.fromWeb(request.body as import("node:stream/web").ReadableStream), fs.createWriteStream(file));

  const job = startImportJob({
    file,
    fileName: path.basename(parsed.data.fileName),
    preset: parsed.data.preset,
    source: parsed.data.source || undefined,
    dryRun: parsed.data.dryRun === "1",
    createdBy: user.email,
  });
  return Response.json({ jobId: job.id }, { status: 202 });
}
