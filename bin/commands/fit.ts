import { dayToIso, isoToDay } from "@/lib/ingest/normalise/dates";
import { resolveAsOfDay, resolveBaseCurrency } from "@/lib/metrics/as-of";
import { refreshHistory } from "@/lib/metrics/history/refresh-history";
import { fitHistory } from "@/lib/metrics/predictions/fit-history";
import { readSettings } from "@/lib/settings/read-settings";

import { CliError, printJson, type Command } from "./cli";

/**
 * Fits BG/NBD + Gamma-Gamma and prints parameters and log-likelihoods. The
 * window and unit default to the prediction settings; nothing is stored
 * (a recompute stores the fit the settings ask for).
 */
export const fitCommand: Command = {
  summary: "fit the CLV models: fit --json [--from DATE] [--to DATE] [--unit day|week]",
  usage: "npm run strata -- fit [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--unit day|week] [--json]",
  options: {
    from: { type: "string" },
    to: { type: "string" },
    unit: { type: "string" },
    json: { type: "boolean" },
  },
  run({ values, db }) {
    const day = (name: "from" | "to") => {
      const text = values[name] as string | undefined;
      if (text === undefined) return undefined;
      const parsed = isoToDay(text);
      if (parsed === null) throw new CliError(`--${name} must be a date YYYY-MM-DD, not "${text}"`);
      return parsed;
    };
    const unit = (values.unit as string | undefined) ?? undefined;
    if (unit !== undefined && unit !== "day" && unit !== "week")
      throw new CliError(`--unit must be day or week, not "${unit}"`);

    const general = readSettings(db(), "general");
    const { prediction, asOf } = readSettings(db(), "models");
    const base = resolveBaseCurrency(db(), general.baseCurrency);
    const { history } = db().$client.transaction(() =>
      refreshHistory(db(), { base, rates: general.rates }),
    )();
    const asOfDay = resolveAsOfDay(history, null, asOf);
    const saved = (iso: string | null) => (iso ? isoToDay(iso) : null);
    const fit = fitHistory(history, {
      fromDay: day("from") ?? saved(prediction.calibrationFrom),
      toDay: day("to") ?? saved(prediction.calibrationTo),
      unit: unit ?? prediction.unit,
      asOfDay,
    });
    if (!fit) throw new CliError("nothing to fit: no orders in the calibration window");

    const { window, models } = fit;
    const out = {
      unit: models.unit,
      from: dayToIso(window.fromDay),
      to: dayToIso(window.toDay),
      holdoutEnd: window.holdoutEndDay === undefined ? null : dayToIso(window.holdoutEndDay),
      customers: models.customers,
      excluded: fit.excluded,
      currency: base,
      bgnbd: models.bgnbd,
      gammaGamma: models.gammaGamma,
    };
    if (values.json) return printJson(out);
    const show = (fitted: object) =>
      Object.entries(fitted)
        .map(([k, v]) => `${k} ${typeof v === "number" ? v.toPrecision(6) : JSON.stringify(v)}`)
        .join(", ");
    process.stdout.write(
      `Fitted ${out.customers} customers, ${out.from} to ${out.to} in ${out.unit}s.\n` +
        `  BG/NBD       ${show(models.bgnbd)}\n  Gamma-Gamma  ${show(models.gammaGamma)}\n`,
    );
  },
};
