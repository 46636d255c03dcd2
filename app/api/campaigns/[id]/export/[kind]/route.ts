import { z } from "zod";

import { getDb } from "@/db";
import { requireApiRole } from "@/lib/auth/guards";
import { loadFrozenAudience } from "@/lib/campaigns/audience/frozen-audience";
import { CampaignError } from "@/lib/campaigns/errors";
import { audienceFile, exportKinds } from "@/lib/campaigns/exports/audience-file";
import { readCampaign } from "@/lib/campaigns/read-campaign";
import { toCsv } from "@/lib/export/csv";
import { log } from "@/lib/log";

const params = z.object({ id: z.coerce.number().int().positive(), kind: z.enum(exportKinds) });

/**
 * One audience file of a launched campaign: the contacted group frozen at
 * launch, minus anyone who has since withdrawn consent, so the file holds
 * exactly the people the results are measured on. The holdout is never in a
 * file. Before launch there is nothing to send yet (409).
 */
export async function GET(_request: Request, context: { params: Promise<{ id: string; kind: string }> }) {
  const user = await requireApiRole();
  if (user instanceof Response) return user;
  const parsed = params.safeParse(await context.params);
  if (!parsed.success) return Response.json({ error: "invalid" }, { status: 400 });
  const { id, kind } = parsed.data;

  const db = getDb();
  try {
    const campaign = readCampaign(db, { campaignId: id });
    if (campaign.status !== "live" && campaign.status !== "finished") {
      return Response.json({ error: "not launched" }, { status: 409 });
    }
    const audience = loadFrozenAudience(db, { campaign });
    const file = audienceFile(kind, campaign, audience);
    log.info("campaign audience exported", { campaignId: id, kind, rows: file.count, by: user.id });
    return new Response(toCsv(file.rows, { bom: file.bom }), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="campaign-${id}-${kind}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof CampaignError) {
      const status = error.code === "not_found" ? 404 : 409;
      return Response.json({ error: error.code }, { status });
    }
    throw error;
  }
}
