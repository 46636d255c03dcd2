import Link from "next/link";

import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { formatters } from "@/lib/i18n/format";
import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import { readCustomerPrediction, readLatestRun } from "@/lib/metrics/predictions/read-predictions";
import { isRoughFit } from "@/lib/metrics/predictions/rough-fit";
import { unratedCurrenciesOf } from "@/lib/profiles/unrated-currencies";

/**
 * One customer's predicted value (BG/NBD + Gamma-Gamma): self-contained, so
 * the profile page only places it. Reads what the last recompute stored.
 */
export function PredictionSection({
  profileId,
  orders,
  t,
  locale,
}: {
  profileId: number;
  /** The customer's orders: with one, the spend per order is the model's average of all buyers. */
  orders: number;
  t: Messages;
  locale: Locale;
}) {
  const db = getDb();
  const prediction = readCustomerPrediction(db, profileId);
  const run = prediction ? readLatestRun(db) : null;
  const p = t.predictions;
  const f = formatters(locale);
  if (!prediction || !run) {
    return (
      <Card title={p.profile} className="mt-6">
        <p className="text-sm text-slate-500">{p.noPrediction}</p>
      </Card>
    );
  }
  // Spend in a currency without a rate counts as nothing in the fit's currency: figures built on
  // it would read as near zero, so they wait for the rate.
  const unrated = unratedCurrenciesOf(db, profileId);
  const money = (minor: number | null) =>
    minor === null || unrated.length > 0 ? t.common.none : f.money(minor / 100, run.currency);
  const items: [string, string, string?][] = [
    // The BG/NBD lets a customer leave only right after a repeat purchase: one who never made one
    // reads 100 % alive however long ago they bought, which needs saying beside it.
    [p.pAlive, f.percent(prediction.probabilityAlive), orders <= 1 ? p.aliveOneOrder : undefined],
    [p.next30, f.decimal(prediction.expected30)],
    [p.next90, f.decimal(prediction.expected90)],
    [p.next365, f.decimal(prediction.expected365)],
    [p.orderValue, money(prediction.orderValueMinor),
      orders <= 1 ? p.orderValueOneOrder : undefined],
    [
      fill(p.clv, { horizon: f.integer(run.horizonMonths) }),
      money(prediction.clvMinor),
      fill(p.clvHint, {
        margin: f.percent(run.margin),
        discount: f.percent(run.monthlyDiscountRate),
      }),
    ],
  ];
  // Cautioned here too, not only on the Predicted value page that spells the warnings out.
  const rough = isRoughFit(run);
  return (
    <Card title={p.profile} className="mt-6">
      {unrated.length > 0 && (
        <p className="mb-3 text-xs text-amber-800" data-testid="prediction-unrated">
          {fill(p.unratedMoney, { currencies: f.list(unrated), base: run.currency })}
        </p>
      )}
      {rough && (
        <p className="mb-3 text-xs text-amber-800" data-testid="rough-fit">
          ⚠ {p.roughFit}{" "}
          <Link href="/structure/predictions" className="underline">{p.roughFitLink}</Link>
        </p>
      )}
      <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6" data-testid="customer-prediction">
        {items.map(([label, value, hint]) => (
          <div key={label}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="tabular mt-1 text-lg font-semibold text-slate-900">{value}</dd>
            {hint && <dd className="text-xs text-slate-500">{hint}</dd>}
          </div>
        ))}
      </dl>
    </Card>
  );
}
