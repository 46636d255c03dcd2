import { Card } from "@/components/ui/card";
import type { Db } from "@/db/client";
import type { Tier } from "@/db/schema/metrics";
import type { Formatters } from "@/lib/i18n/format";
import { dayToIso } from "@/lib/ingest/normalise/dates";
import { fill, type Messages } from "@/lib/i18n/locales";
import { readSummary } from "@/lib/metrics/summary";
import { tierBand } from "@/lib/metrics/tiers";
import { explainStage, explainTier } from "@/lib/profiles/explain";
import { unratedCurrenciesOf } from "@/lib/profiles/unrated-currencies";
import type { ProfileDetail } from "@/lib/profiles/read-profile";
import { readSettings } from "@/lib/settings/read-settings";
import type { TierShares } from "@/lib/settings/schema";

type Props = { profile: ProfileDetail; t: Messages; f: Formatters };

/** Why the customer sits in its tier and stage, in words with the numbers. */
export function ReasonsCard({ db, profile, t, f }: Props & { db: Db }) {
  const m = profile.metrics;
  if (!m) return null;
  const summary = readSummary(db);
  const models = readSettings(db, "models");
  const above = db.$client
    .prepare("SELECT count(*) AS n FROM customer_metrics WHERE orders > 0 AND value_minor > ?")
    .get(m.valueMinor) as { n: number };
  const tier = explainTier(m, above.n, summary.buyers);
  const stage = explainStage(m, models.lifecycle);
  const tierText = fill(t.profile.tierReason[tier.key as keyof typeof t.profile.tierReason], {
    tier: t.tiers[m.tier],
    value: t.tierValue[models.tierValue],
    amount: f.money(tier.params.amount ?? 0, summary.currency),
    share: f.topShare(tier.params.topShare ?? 0),
  }) + bandText(m.tier, models.tierShares, t, f);
  // Orders in a currency without a rate count as nothing yet: say so, or "$0.00" reads as a fact.
  const unrated = unratedCurrenciesOf(db, profile.id);
  const unratedText = unrated.length
    ? t.profile.sentenceGap +
      fill(t.profile.unratedSpend, { currencies: f.list(unrated), base: summary.currency })
    : "";
  const { days, gap, atRiskDays, lapsedDays, newDays, threshold, multiple } = stage.params;
  const stageText = fill(t.profile.stageReason[stage.key as keyof typeof t.profile.stageReason], {
    orders: f.integer(stage.params.orders),
    days: f.count(t.common.days, days),
    // Days are counted to the as-of date, so none ago is that day, not "0 days ago".
    daysAgo: days === 0 ? t.common.onAsOfDate : f.count(t.common.daysAgo, days),
    gap: f.count(t.common.days, gap),
    threshold: f.count(t.common.days, threshold),
    multiple: f.decimal(multiple),
    atRiskDays: f.count(t.common.days, atRiskDays),
    lapsedDays: f.count(t.common.days, lapsedDays),
    newDays: f.count(t.common.days, newDays),
  });
  return (
    <Card title={t.profile.why} className="mb-6">
      <p className="text-sm text-slate-700" data-testid="tier-reason">{tierText}{unratedText}</p>
      <p className="mt-1 text-sm text-slate-700" data-testid="stage-reason">{stageText}</p>
    </Card>
  );
}

/** Orders, spend per currency, first and last order, recency and RFM scores. */
export function MetricsCard({ profile, t, f }: Props) {
  const m = profile.metrics;
  const day = (d: number | null | undefined) => (d != null ? f.day(dayToIso(d)) : "—");
  return (
    <Card title={t.profile.metrics}>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
        <dt className="text-slate-500">{t.profile.ordersCount}</dt>
        <dd className="tabular text-right">{f.integer(m?.orders ?? 0)}</dd>
        <dt className="text-slate-500">{t.profile.revenue}</dt>
        <dd className="tabular text-right" data-testid="revenue">
          {Object.entries(profile.revenueByCurrency).map(([currency, amount]) => (
            <div key={currency}>{f.money(amount, currency)}</div>
          ))}
          {Object.keys(profile.revenueByCurrency).length === 0 && "—"}
        </dd>
        <dt className="text-slate-500">{t.profile.firstOrder}</dt>
        <dd className="text-right">{day(m?.firstDay)}</dd>
        <dt className="text-slate-500">{t.profile.lastOrder}</dt>
        <dd className="text-right">{day(m?.lastDay)}</dd>
        <dt className="text-slate-500">{t.profile.recency}</dt>
        <dd className="tabular text-right">{m?.recencyDays != null ? f.integer(m.recencyDays) : "—"}</dd>
        <dt className="text-slate-500">{t.profile.rfm}</dt>
        <dd className="tabular text-right">{m?.r != null ? `R${m.r} F${m.f} M${m.m}` : "—"}</dd>
      </dl>
    </Card>
  );
}

/**
 * Where the customer's tier sits among buyers, after their own rank: "top 4 %" alone read as
 * the tier's band to a Gold customer whose band is the top 1 % to 5 %.
 */
function bandText(tier: Tier, shares: TierShares, t: Props["t"], f: Props["f"]): string {
  const band = tierBand(tier, shares);
  if (!band) return "";
  const text = band.from === 0 ? t.profile.tierBandFirst : t.profile.tierBand;
  const { from, to } = band;
  const values = { tier: t.tiers[tier], from: f.percent(from), to: f.percent(to) };
  return t.profile.sentenceGap + fill(text, values);
}
