import type { Formatters } from "@/lib/i18n/format";
import { fill, type Messages } from "@/lib/i18n/locales";
import type { GeneralSettings, ModelSettings } from "@/lib/settings/schema";

export type ModelDescriptions = Record<
  "rfm" | "tiers" | "lifecycle" | "history" | "money" | "prediction",
  string
>;

/**
 * The definitions a page works with, one sentence each, in the reader's
 * language: pages print the ones they use in a line under their charts.
 */
export function describeModels(
  t: Messages,
  f: Formatters,
  settings: {
    models: ModelSettings;
    general: GeneralSettings;
    currency: string;
    /** The calibration window a fit actually used (ISO days), when showing one. */
    window?: { from: string; to: string };
  },
): ModelDescriptions {
  const { models, general, currency, window } = settings;
  const { recency, frequency, monetary } = models.rfm.edges;
  const money = (n: number) => f.money(n, currency);
  const p = models.prediction;
  const day = (iso: string | null) => (iso ? f.day(iso) : null);
  const from = day(window?.from ?? p.calibrationFrom);
  const to = day(window?.to ?? p.calibrationTo);
  return {
    rfm:
      models.rfm.method === "fixed"
        ? fill(t.definitions.rfmFixed, {
            ...Object.fromEntries(recency.map((v, i) => [`r${i + 1}`, f.integer(v)])),
            ...Object.fromEntries(frequency.map((v, i) => [`f${i + 1}`, f.integer(v)])),
            ...Object.fromEntries(monetary.map((v, i) => [`m${i + 1}`, money(v)])),
          })
        : t.definitions.rfmQuintiles,
    tiers: fill(t.overview.definitions, {
      value: t.tierValue[models.tierValue],
      vip: f.percent(models.tierShares.vip),
      gold: f.percent(models.tierShares.gold),
      silver: f.percent(models.tierShares.silver),
      bronze: f.percent(models.tierShares.bronze),
    }),
    lifecycle: fill(t.structure.lifecycleDefinition, {
      ...models.lifecycle,
      gap: models.lifecycle.gapMultiple,
    }),
    history: fill(t.definitions.history, { period: t.periodKinds[models.snapshotPeriod] }),
    money: fill(t.definitions.money, { currency, margin: f.percent(general.margin) }),
    prediction: fill(from === null && to === null ? t.definitions.predictionAll
      : t.definitions.prediction, {
      from: from ?? t.definitions.firstOrder,
      to: to ?? t.definitions.asOfDate,
      unit: t.timeUnits[p.unit],
      horizon: f.integer(p.horizonMonths),
      margin: f.percent(general.margin),
      discount: f.percent(p.monthlyDiscountRate),
    }),
  };
}
