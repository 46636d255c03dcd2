import Link from "next/link";
import { notFound } from "next/navigation";

import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { SegmentBadge, StageBadge, TierBadge } from "@/components/ui/tier-badges";
import { getDb } from "@/db";
import { dayToIso } from "@/lib/ingest/normalise/dates";
import { formatters } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/locales";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { readSummary } from "@/lib/metrics/summary";
import { explainStage, explainTier } from "@/lib/profiles/explain";
import { readProfile } from "@/lib/profiles/read-profile";
import { readSettings } from "@/lib/settings/read-settings";

import { PredictionSection } from "./prediction-section";

export const dynamic = "force-dynamic";

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id)) notFound();
  const db = getDb();
  const profile = readProfile(db, id);
  if (!profile) notFound();
  const [t, locale] = [await getMessages(), await getLocale()];
  const f = formatters(locale);
  const summary = readSummary(db);
  const models = readSettings(db, "models");
  const m = profile.metrics;
  const title = profile.name || profile.email || profile.phone || profile.identifiers[0]?.value || fill(t.customers.unnamed, { id });

  const reasons = m && (() => {
    const above = db.$client
      .prepare("SELECT count(*) AS n FROM customer_metrics WHERE orders > 0 AND value_minor > ?")
      .get(m.valueMinor) as { n: number };
    const tier = explainTier(m, above.n, summary.buyers);
    const stage = explainStage(m, models.lifecycle);
    const tierText = fill(t.profile.tierReason[tier.key as keyof typeof t.profile.tierReason], {
      tier: t.tiers[m.tier],
      value: t.tierValue[models.tierValue],
      amount: f.money(tier.params.amount ?? 0, summary.currency),
      share: f.percent(tier.params.topShare ?? 0),
    });
    const stageText = fill(t.profile.stageReason[stage.key as keyof typeof t.profile.stageReason], {
      ...stage.params,
      days: f.integer(stage.params.days),
    });
    return { tierText, stageText };
  })();

  return (
    <>
      <Link href="/customers" className="text-sm text-indigo-700 hover:underline">← {t.profile.back}</Link>
      <PageHeader
        title={title}
        action={m && (
          <div className="flex gap-2">
            <TierBadge tier={m.tier} t={t} />
            <StageBadge stage={m.stage} t={t} />
            <SegmentBadge segment={m.segment} t={t} />
          </div>
        )}
      />
      {reasons && (
        <Card title={t.profile.why} className="mb-6">
          <p className="text-sm text-slate-700" data-testid="tier-reason">{reasons.tierText}</p>
          <p className="mt-1 text-sm text-slate-700" data-testid="stage-reason">{reasons.stageText}</p>
        </Card>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t.profile.metrics}>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-500">{t.profile.ordersCount}</dt>
            <dd className="tabular text-right">{f.integer(m?.orders ?? 0)}</dd>
            <dt className="text-slate-500">{t.profile.revenue}</dt>
            <dd className="tabular text-right">
              {Object.entries(profile.revenueByCurrency).map(([currency, amount]) => (
                <div key={currency}>{f.money(amount, currency)}</div>
              ))}
              {Object.keys(profile.revenueByCurrency).length === 0 && "—"}
            </dd>
            <dt className="text-slate-500">{t.profile.firstOrder}</dt>
            <dd className="text-right">{m?.firstDay != null ? f.day(dayToIso(m.firstDay)) : "—"}</dd>
            <dt className="text-slate-500">{t.profile.lastOrder}</dt>
            <dd className="text-right">{m?.lastDay != null ? f.day(dayToIso(m.lastDay)) : "—"}</dd>
            <dt className="text-slate-500">{t.profile.recency}</dt>
            <dd className="tabular text-right">{m?.recencyDays != null ? f.integer(m.recencyDays) : "—"}</dd>
            <dt className="text-slate-500">{t.profile.rfm}</dt>
            <dd className="tabular text-right">{m?.r != null ? `R${m.r} F${m.f} M${m.m}` : "—"}</dd>
          </dl>
        </Card>
        <Card title={t.profile.identifiers} className="lg:col-span-2">
          <Table>
            <thead><tr><Th>{t.profile.columns.kind}</Th><Th>{t.profile.columns.value}</Th><Th>{t.profile.sources}</Th></tr></thead>
            <tbody>
              {profile.identifiers.map((identifier) => (
                <tr key={`${identifier.kind}:${identifier.value}`}>
                  <Td>{t.profile.kind[identifier.kind as keyof typeof t.profile.kind] ?? identifier.kind}</Td>
                  <Td><span className="font-mono text-xs">{identifier.value}</span></Td>
                  <Td>{identifier.sources.join(", ") || "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      </div>
      <PredictionSection profileId={id} t={t} locale={locale} />
      <Card title={t.profile.orders} className="mt-6">
        {profile.orders.length === 0 ? (
          <p className="text-sm text-slate-500">{t.profile.noOrders}</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t.profile.columns.date}</Th>
                <Th>{t.profile.columns.source}</Th>
                <Th>{t.profile.columns.order}</Th>
                <Th>{t.profile.columns.status}</Th>
                <Th numeric>{t.profile.columns.amount}</Th>
              </tr>
            </thead>
            <tbody>
              {profile.orders.map((order) => (
                <tr key={order.id} className={order.counts ? "" : "text-slate-400"}>
                  <Td>{f.day(order.orderedAt)}</Td>
                  <Td>{order.source}</Td>
                  <Td><span className="font-mono text-xs">{order.orderKey}</span></Td>
                  <Td>{order.status ?? ""}{order.counts ? "" : ` (${t.profile.notCounted})`}</Td>
                  <Td numeric>{f.money(order.amount, order.currency)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
