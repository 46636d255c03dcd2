"use client";

import { useActionState } from "react";

import { keptSubmit } from "@/components/forms/kept-submit";
import { ActionStatus } from "@/components/ui/action-status";
import { saveIdentitySettings, type SettingsResult } from "@/lib/actions/save-identity-settings";
import type { IdentitySettings } from "@/lib/identity/settings";
import { fill, type Messages } from "@/lib/i18n/locales";

type Labels = Messages["identity"]["settings"];

/** The guards, editable by admins; saving resolves every profile again. */
export function GuardsForm({ settings, editable, t }: { settings: IdentitySettings; editable: boolean; t: Labels }) {
  const [state, action, pending] = useActionState<SettingsResult | null, FormData>(saveIdentitySettings, null);
  const field = "w-full rounded-md border border-slate-300 px-3 py-2 text-sm disabled:bg-slate-50";
  const number = (name: string, label: string, value: number) => (
    <label className="text-sm">
      <span className="mb-1 block text-slate-700">{label}</span>
      <input name={name} type="number" min={1} max={1000} required defaultValue={value} className={field} />
    </label>
  );
  return (
    <form onSubmit={keptSubmit(action)}>
      {!editable && <p className="mb-3 text-sm text-slate-500">{t.readOnly}</p>}
      <fieldset disabled={!editable || pending} className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <label className="text-sm md:row-span-3">
          <span className="mb-1 block text-slate-700">{t.blockList}</span>
          <textarea name="blockList" rows={9} className={`${field} font-mono`}
            defaultValue={settings.blockList.join("\n")} />
          <span className="mt-1 block text-xs text-slate-500">{t.blockListHint}</span>
        </label>
        <div>
          {number("maxProfiles", t.maxProfiles, settings.maxProfilesPerIdentifier)}
          <span className="mt-1 block text-xs text-slate-500">{t.maxProfilesHint}</span>
        </div>
        <div>
          <span className="mb-1 block text-sm text-slate-700">{t.limits}</span>
          <div className="grid grid-cols-3 gap-2">
            {number("limitEmail", t.email, settings.limits.email)}
            {number("limitPhone", t.phone, settings.limits.phone)}
            {number("limitExt", t.ext, settings.limits.ext)}
          </div>
        </div>
        <label className="text-sm">
          <span className="mb-1 block text-slate-700">{t.scopeLimits}</span>
          <textarea name="scopeLimits" rows={3} className={`${field} font-mono`}
            defaultValue={Object.entries(settings.scopeLimits).map(([scope, n]) => `${scope}=${n}`).join("\n")} />
          <span className="mt-1 block text-xs text-slate-500">{t.scopeLimitsHint}</span>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-700">{t.sourceRank}</span>
          <input name="sourceRank" defaultValue={settings.sourceRank.join(", ")} className={field} />
          <span className="mt-1 block text-xs text-slate-500">{t.sourceRankHint}</span>
        </label>
        <div className="space-y-1 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="gmailDots" defaultChecked={settings.emailRewrite.gmailDots} /> {t.gmailDots}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="plusTags" defaultChecked={settings.emailRewrite.plusTags} /> {t.plusTags}
          </label>
        </div>
        <div className="flex flex-wrap items-center gap-3 md:col-span-2">
          <button className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white disabled:opacity-60">{t.save}</button>
          <button
            name="intent"
            value="resolve"
            className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100 disabled:opacity-60"
          >
            {t.resolveAll}
          </button>
          {state && (
            <ActionStatus
              ok={state.ok}
              message={
                state.ok
                  ? (state.saved ? t.saved : t.resolved)
                  : state.error === "invalid"
                    ? fill(t.errors.invalid, { detail: state.detail })
                    : t.errors[state.error]
              }
            />
          )}
        </div>
      </fieldset>
    </form>
  );
}
