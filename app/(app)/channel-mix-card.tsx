import Link from "next/link";

import { ChannelMixChart, type ChannelMixDatum } from "@/components/charts/channel-mix-chart";
import { Card } from "@/components/ui/card";
import type { Db } from "@/db/client";
import { tiers } from "@/db/schema/metrics";
import { channelLabel } from "@/lib/i18n/file-values";
import type { Locale, Messages } from "@/lib/i18n/locales";
import { rfmSegments } from "@/lib/metrics/rfm-segments";
import { channelNames } from "@/lib/profiles/channel-names";
import { NONE, OTHER, readChannelMix, type ChannelMix } from "@/lib/profiles/channel-mix";

type Props = { db: Db; which: "buy" | "reach"; t: Messages; locale: Locale };

/** Customers' preferred channels per tier and per RFM segment, on the overview. */
export function ChannelMixCard({ db, which, t, locale }: Props) {
  const c = t.channels;
  const other = which === "buy" ? "reach" : "buy";
  const segmentLabel = (g: string) => t.segments[g as keyof typeof t.segments] ?? g;
  const names = channelNames(db, t.fileValues);
  const chart = (mix: ChannelMix, order: readonly string[], label: (group: string) => string) => {
    const rows = [...mix.rows].sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
    const data: ChannelMixDatum[] = rows.map((row) => ({ label: label(row.group), total: row.total, ...row.shares }));
    const series = mix.channels.map((key, i) => ({
      key,
      label: key === NONE ? c.none : key === OTHER ? c.other : channelLabel(names, key),
      color: key === NONE ? "var(--channel-none)" : key === OTHER ? "var(--channel-other)" : `var(--channel-${i + 1})`,
    }));
    return (
      <ChannelMixChart data={data} series={series} locale={locale} axisLabel={c.share} customersLabel={t.common.customers} />
    );
  };
  return (
    <Card
      title={`${c.title} · ${c[which]}`}
      className="xl:col-span-2"
      action={<Link href={`/?channels=${other}`} className="text-sm text-indigo-700 hover:underline">{c[other]} →</Link>}
    >
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2" data-testid="channel-mix">
        <div>
          <h3 className="mb-1 text-sm font-medium text-slate-700">{c.byTier}</h3>
          {chart(readChannelMix(db, { by: "tier", which }), tiers, (g) => t.tiers[g as keyof typeof t.tiers] ?? g)}
        </div>
        <div>
          <h3 className="mb-1 text-sm font-medium text-slate-700">{c.bySegment}</h3>
          {chart(readChannelMix(db, { by: "segment", which }), rfmSegments, segmentLabel)}
        </div>
      </div>
      <p className="mt-3 text-xs text-slate-500">{c.hint}</p>
    </Card>
  );
}
