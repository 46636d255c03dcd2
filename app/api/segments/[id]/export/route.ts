import { z } from "zod";

import { getDb } from "@/db";
import { attachment } from "@/lib/export/attachment";
import { getMessages } from "@/lib/i18n/server";
import { log } from "@/lib/log";
import { outputFieldKeys } from "@/lib/segments/catalogue/fields";
import { exportSegment } from "@/lib/segments/export/export-segment";
import { segmentRoute } from "@/lib/segments/http";

const query = z.object({
  columns: z
    .string()
    .transform((text) => text.split(",").filter(Boolean))
    .pipe(z.array(z.enum(outputFieldKeys)).min(1).max(outputFieldKeys.length)),
});

/** The segment as a CSV download (UTF-8 with BOM, formula cells neutralised) with the chosen columns. */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return segmentRoute("segments/export", async (user) => {
    const segmentId = z.coerce
      .number()
      .int()
      .positive()
      .parse((await params).id);
    const { columns } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
    const t = await getMessages();
    const labels = {
      profileId: t.segmentExplorer.detail.profileIdColumn,
      header: (field: (typeof columns)[number]) => t.segmentExplorer.fields[field],
      value: (kind: "tier" | "stage" | "rfm", key: string) =>
        (kind === "tier" ? t.tiers : kind === "stage" ? t.stages : t.segments)[key as never] ?? key,
    };
    const { segment, stream } = exportSegment(getDb(), { segmentId, fields: columns, labels });
    log.info("segment exported", { segmentId, userId: user.id, columns: columns.join(",") });

    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": attachment(`${segment.name}.csv`, `segment-${segmentId}.csv`),
        "cache-control": "no-store",
      },
    });
  });
}
