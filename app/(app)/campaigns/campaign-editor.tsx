"use client";

import { useActionState, useState } from "react";

import { keptSubmit } from "@/components/forms/kept-submit";
import type { TargetKind } from "@/db/schema/campaigns";
import { saveCampaign } from "@/lib/actions/save-campaign";
import type { CampaignInput } from "@/lib/campaigns/campaign-input";
import type { Messages } from "@/lib/i18n/locales";

import { TargetFields, type EditableTarget, type TargetOptions } from "./target-fields";

/** The editor's starting values: money in major units, shares in percent. */
export type EditorValues = Omit<CampaignInput, "excludeBuyersDays"> & { excludeBuyersDays: number | null };

const input = "w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-invalid:border-red-500";
let nextUid = 1;

export function CampaignEditor({ campaignId, values, options, t, budgetHint }: {
  campaignId: number | null;
  values: EditorValues;
  options: TargetOptions;
  t: Messages["campaigns"];
  budgetHint: string;
}) {
  const [state, action, pending] = useActionState(saveCampaign, null);
  const [targets, setTargets] = useState<EditableTarget[]>(() => values.targets.map((x) => ({ ...x, uid: nextUid++ })));
  const e = t.editor;
  // The fields the refused draft broke a rule in ("the end is before the start": the end date).
  const marked = new Set(state && !state.ok ? (state.fields ?? []) : []);
  const replace = (i: number, next: EditableTarget) => setTargets((all) => all.map((x, k) => (k === i ? next : x)));
  const move = (i: number, by: -1 | 1) =>
    setTargets((all) => {
      const copy = [...all];
      [copy[i], copy[i + by]] = [copy[i + by], copy[i]];
      return copy;
    });
  const addTarget = () => {
    const used = new Set(targets.map((x) => `${x.kind}:${x.key}`));
    const unused = (kind: TargetKind) => options[kind].find((o) => !used.has(`${kind}:${o.value}`));
    const kind: TargetKind = unused("tier") ? "tier" : "stage";
    const key = unused(kind)?.value ?? options[kind][0].value;
    const variant = { label: "A", channel: "email" as const, message: "", offer: "", weight: 1 };
    setTargets((all) => [...all, { uid: nextUid++, kind, key, variants: [variant] }]);
  };
  const text = (name: keyof EditorValues, label: string, props: React.InputHTMLAttributes<HTMLInputElement>, hint?: string) => (
    <label className="text-sm">
      <span className="mb-1 block font-medium text-slate-700">{label}</span>
      <input name={name} defaultValue={String(values[name] ?? "")} className={input}
        aria-invalid={marked.has(name)} {...props} />
      {hint && <span className="mt-1 block text-xs text-slate-500">{hint}</span>}
    </label>
  );

  return (
    <form onSubmit={keptSubmit(action)} className="space-y-6">
      {campaignId !== null && <input type="hidden" name="campaignId" value={campaignId} />}
      <input type="hidden" name="targets" value={JSON.stringify(targets.map(({ uid: _uid, ...x }) => x))} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        {text("name", e.name, { required: true, maxLength: 120 })}
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">{e.goal}</span>
          <select name="goal" defaultValue={values.goal} className={input}>
            {Object.entries(t.goals).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        <div />
        <label className="text-sm md:col-span-3">
          <span className="mb-1 block font-medium text-slate-700">{e.coreMessage}</span>
          <textarea name="coreMessage" defaultValue={values.coreMessage} rows={2} maxLength={2000} className={input} />
          <span className="mt-1 block text-xs text-slate-500">{e.coreMessageHint}</span>
        </label>
        {text("startDate", e.startDate, { type: "date", required: true })}
        {text("endDate", e.endDate, { type: "date", required: true })}
        {text("attributionDays", e.attributionDays, { type: "number", min: 1, max: 365, required: true }, e.attributionHint)}
        {text("holdoutPercent", e.holdout, { type: "number", min: 0, max: 90, step: "any", required: true }, e.holdoutHint)}
        {text("marginPercent", e.margin, { type: "number", min: 0, max: 100, step: "any", required: true }, e.marginHint)}
        {text("excludeBuyersDays", e.excludeBuyers, { type: "number", min: 0, max: 365 }, e.excludeBuyersHint)}
        {text("fixedCost", e.fixedCost, { type: "number", min: 0, step: "0.01", required: true })}
        {text("costPerContact", e.costPerContact, { type: "number", min: 0, step: "0.0001", required: true })}
        {text("budget", e.budget, { type: "number", min: 0, step: "0.01", required: true }, budgetHint)}
      </div>
      <section className="space-y-3">
        <h2 className="text-base font-semibold text-slate-800">{e.targets}</h2>
        <p className="text-xs text-slate-500">{e.targetsHint}</p>
        {targets.map((target, i) => (
          <TargetFields key={target.uid} target={target} index={i} count={targets.length} options={options} t={t}
            onChange={(next) => replace(i, next)} onMove={(by) => move(i, by)}
            onRemove={() => setTargets((all) => all.filter((_, k) => k !== i))} />
        ))}
        <button type="button" onClick={addTarget} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
          + {e.addTarget}
        </button>
      </section>
      <div className="flex items-center gap-3">
        <button disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
          {e.save}
        </button>
        {state && !state.ok && <p role="status" className="text-sm text-red-700">{t.errors[state.error]}</p>}
      </div>
    </form>
  );
}
