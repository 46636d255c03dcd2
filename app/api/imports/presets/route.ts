import { z } from "zod";

import { getDb } from "@/db";
import { requireApiRole } from "@/lib/auth/guards";
import { mappingInput } from "@/lib/ingest/presets/available";
import { savePreset } from "@/lib/ingest/presets/save-preset";

const body = z.object({ label: z.string().trim().min(1).max(80), source: z.string().trim().min(1).max(80), mapping: mappingInput });

/** Saves a mapping from the mapping screen as a preset of its source. */
export async function POST(request: Request) {
  const user = await requireApiRole(["admin"]);
  if (user instanceof Response) return user;
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "invalid", issues: parsed.error.issues }, { status: 400 });
  const preset = savePreset(getDb(), { ...parsed.data, createdBy: user.email });
  return Response.json(preset, { status: 201 });
}
