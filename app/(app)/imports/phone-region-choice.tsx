"use client";

import type { Locale, Messages } from "@/lib/i18n/locales";

import { phoneRegions, RegionOptions } from "./region-options";

const select = "rounded-md border border-slate-300 px-2 py-1.5 text-sm";

/**
 * The region a mapped file's phone numbers without a country code belong to.
 * It goes with the mapping, so a preset saved from it keeps reading a French
 * shop's "06 45 67 89 01" as French after the settings' default changes.
 */
export function PhoneRegionChoice(props: {
  t: Messages["imports"]["preview"];
  locale: Locale;
  region: string;
  onChange: (region: string) => void;
}) {
  return (
    <label className="block text-sm">
      <span className="mr-2 font-medium text-slate-700">{props.t.phoneRegion}</span>
      <select className={select} value={props.region} data-testid="phone-region"
        onChange={(e) => props.onChange(e.target.value)}>
        <RegionOptions regions={phoneRegions(props.locale)} />
      </select>
      <span className="ml-2 text-xs text-slate-500">{props.t.phoneRegionHint}</span>
    </label>
  );
}
