"use client";

import { useActionState } from "react";

import { keptSubmit } from "@/components/forms/kept-submit";
import { saveImportSettings } from "@/lib/actions/save-import-settings";
import { fill, type Messages } from "@/lib/i18n/locales";

import { RegionOptions, type Region } from "./region-options";

const field = "w-full rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-500";

/** The store's time zone, phone region, base currency and rates: how files are read and money is reported. */
export function ImportSettingsForm({ t, regions, values, reportCurrency }: {
  t: Messages["imports"]["settings"];
  /** The currency reports are in now: the most common one while no base currency is set. */
  reportCurrency: string;
  /** The phone regions as the server names and orders them (see phoneRegions). */
  regions: Region[];
  values: { timeZone: string; phoneRegion: string; baseCurrency: string | null; rates: Record<string, number> };
}) {
  const [state, action, pending] = useActionState(saveImportSettings, null);
  const rates = Object.entries(values.rates).map(([code, rate]) => `${code}=${rate}`).join(", ");
  // After a bad value the form keeps what was typed (keptSubmit) and marks the fields to check.
  const wrong = new Set(state && !state.ok && state.error === "invalid" ? state.fields : []);
  return (
    <form onSubmit={keptSubmit(action)} className="grid grid-cols-1 gap-3 md:grid-cols-4">
      <label className="text-sm">
        <span className="mb-1 block text-slate-700">{t.timeZone}</span>
        <input name="timeZone" defaultValue={values.timeZone}
          aria-invalid={wrong.has("timeZone")} className={field} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-slate-700">{t.phoneRegion}</span>
        {/* Named, as on the mapping screen: "FR" alone is easy to take for another country. */}
        <select name="phoneRegion" defaultValue={values.phoneRegion}
          aria-invalid={wrong.has("phoneRegion")} className={field}>
          <RegionOptions regions={regions} />
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-slate-700">{t.baseCurrency}</span>
        <input name="baseCurrency" defaultValue={values.baseCurrency ?? ""}
          maxLength={3} placeholder={fill(t.auto, { currency: reportCurrency })}
          aria-invalid={wrong.has("baseCurrency")}
          className={field} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-slate-700">{t.rates}</span>
        <input name="rates" defaultValue={rates}
          placeholder={rateExample(values.baseCurrency ?? reportCurrency)}
          aria-invalid={wrong.has("rates")} className={field} />
      </label>
      <div className="flex items-center gap-3 md:col-span-4">
        <button disabled={pending}
          className="shrink-0 whitespace-nowrap rounded-md bg-slate-900 px-4 py-2 text-sm text-white disabled:opacity-60">
          {pending ? t.saving : t.save}
        </button>
        <span className="text-xs text-slate-500">
          {fill(t.hint, { currency: values.baseCurrency ?? reportCurrency })}
        </span>
        {state && (
          <span role="status" className={`text-sm ${state.ok ? "text-emerald-700" : "text-red-700"}`}>
            {state.ok ? (state.daysKept ? t.savedDaysKept : t.saved)
              : state.error === "invalid" ? state.fields.map((name) => t.invalid[name]).join(" ")
                : state.error === "busy" ? t.busy : t.failed}
          </span>
        )}
      </div>
    </form>
  );
}

/**
 * Rates as the field takes them, for two currencies other than the base: rough dollar values
 * make the example point the right way (a USD store's "EUR=1.08, CNY=0.14").
 */
function rateExample(base: string): string {
  const inDollars: Record<string, number> = { USD: 1, EUR: 1.08, CNY: 0.14, GBP: 1.27 };
  if (!(base in inDollars)) return "USD=1.2, EUR=1.3";
  return Object.entries(inDollars).filter(([code]) => code !== base).slice(0, 2)
    .map(([code, dollars]) => `${code}=${Number((dollars / inDollars[base]).toPrecision(3))}`)
    .join(", ");
}
