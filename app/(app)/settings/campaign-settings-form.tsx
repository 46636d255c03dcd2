"use client";

import { useActionState } from "react";

import { keptSubmit } from "@/components/forms/kept-submit";
import { saveCampaignSettings } from "@/lib/actions/save-campaign-settings";
import type { CampaignSettings } from "@/lib/campaigns/settings";
import type { Messages } from "@/lib/i18n/locales";

const input = "w-full rounded-md border border-slate-300 px-3 py-2";
const percent = (share: number) => Math.round(share * 10_000) / 100;

/** The campaign rules: frequency cap, approval threshold (base currency) and new campaigns' defaults. */
export function CampaignSettingsForm({ values, currency, t }: {
  values: CampaignSettings;
  currency: string;
  t: Messages["campaigns"]["settings"];
}) {
  const [state, action, pending] = useActionState(saveCampaignSettings, null);
  const fields: [string, string, number | string, Record<string, number | string>][] = [
    ["touches", t.frequencyTouches, values.frequencyCap.touches, { min: 1, max: 50 }],
    ["days", t.frequencyDays, values.frequencyCap.days, { min: 1, max: 90 }],
    ["approvalThreshold", `${t.approvalThreshold} (${currency})`, values.approvalThresholdMinor / 100, { min: 0, step: "0.01" }],
    ["holdout", t.defaultHoldout, percent(values.defaultHoldoutShare), { min: 0, max: 90, step: "any" }],
    ["attribution", t.defaultAttribution, values.defaultAttributionDays, { min: 1, max: 365 }],
    ["margin", t.defaultMargin, percent(values.defaultMarginRate), { min: 0, max: 100, step: "any" }],
    ["excludeBuyers", t.defaultExcludeBuyers, values.defaultExcludeBuyersDays ?? "", { min: 0, max: 365 }],
    ["response", t.defaultResponse, percent(values.defaultExpectedResponse), { min: 0, max: 100, step: "any" }],
  ];
  return (
    <form onSubmit={keptSubmit(action)} className="grid grid-cols-1 gap-3 md:grid-cols-2">
      {fields.map(([name, label, value, limits]) => (
        <label key={name} className="text-sm">
          <span className="mb-1 block text-slate-700">{label}</span>
          <input name={name} type="number" defaultValue={value} required={name !== "excludeBuyers"} className={input} {...limits} />
        </label>
      ))}
      <div className="flex items-center gap-3 md:col-span-2">
        <button disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white disabled:opacity-60">{t.save}</button>
        {state && (
          <p role="status" className={`text-sm ${state.ok ? "text-emerald-700" : "text-red-700"}`}>
            {state.ok ? t.saved
              : state.error === "invalid" ? t.invalid : state.error === "busy" ? t.busy : "—"}
          </p>
        )}
      </div>
    </form>
  );
}
