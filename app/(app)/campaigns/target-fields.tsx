"use client";

import type { CampaignChannel, TargetKind } from "@/db/schema/campaigns";
import type { TargetInput, VariantInput } from "@/lib/campaigns/campaign-input";
import type { Messages } from "@/lib/i18n/locales";

export type TargetOptions = Record<TargetKind, { value: string; label: string }[]>;
export type EditableTarget = TargetInput & { uid: number };

const input = "w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";
const small = "text-xs text-indigo-700 hover:underline disabled:text-slate-300";

/** One target: what it selects and its variants (message, offer, channel, weight). */
export function TargetFields({ target, index, count, options, t, onChange, onMove, onRemove }: {
  target: EditableTarget;
  index: number;
  count: number;
  options: TargetOptions;
  t: Messages["campaigns"];
  onChange: (next: EditableTarget) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const e = t.editor;
  const setVariant = (i: number, change: Partial<VariantInput>) =>
    onChange({ ...target, variants: target.variants.map((v, k) => (k === i ? { ...v, ...change } : v)) });
  const addVariant = () => {
    const label = String.fromCharCode(65 + target.variants.length);
    onChange({ ...target, variants: [...target.variants, { ...target.variants[0], label, offer: "", message: "" }] });
  };

  return (
    <fieldset className="rounded-lg border border-slate-200 p-4" aria-label={`${e.target} ${index + 1}`}>
      <div className="mb-3 flex flex-wrap items-end gap-3">
        <span className="text-sm font-semibold text-slate-700">{index + 1}.</span>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">{e.kind}</span>
          <select className={input} value={target.kind} aria-label={`${e.kind} ${index + 1}`}
            onChange={(ev) => {
              const kind = ev.target.value as TargetKind;
              onChange({ ...target, kind, key: options[kind][0]?.value ?? "" });
            }}>
            {(Object.keys(options) as TargetKind[]).map((kind) => (
              <option key={kind} value={kind} disabled={options[kind].length === 0}>{t.targetKinds[kind]}</option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">{e.value}</span>
          <select className={input} value={target.key} aria-label={`${e.target} ${index + 1}`}
            onChange={(ev) => onChange({ ...target, key: ev.target.value })}>
            {options[target.kind].map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </label>
        <div className="ml-auto flex gap-3">
          <button type="button" className={small} disabled={index === 0} onClick={() => onMove(-1)}>{e.moveUp}</button>
          <button type="button" className={small} disabled={index === count - 1} onClick={() => onMove(1)}>{e.moveDown}</button>
          <button type="button" className={small} disabled={count === 1} onClick={onRemove}>{e.remove}</button>
        </div>
      </div>
      <div className="space-y-3">
        {target.variants.map((variant, i) => (
          <div key={i} className="grid grid-cols-1 gap-2 rounded-md bg-slate-50 p-3 md:grid-cols-[4rem_9rem_1fr_12rem_5rem_auto] md:items-end">
            <Field label={e.variant}><input className={input} value={variant.label} maxLength={20}
              onChange={(ev) => setVariant(i, { label: ev.target.value })} /></Field>
            <Field label={e.channel}>
              <select className={input} value={variant.channel} aria-label={`${e.channel} ${index + 1}${variant.label}`}
                onChange={(ev) => setVariant(i, { channel: ev.target.value as CampaignChannel })}>
                {Object.entries(t.channels).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
              </select>
            </Field>
            <Field label={e.message}><input className={input} value={variant.message} aria-label={`${e.message} ${index + 1}${variant.label}`}
              onChange={(ev) => setVariant(i, { message: ev.target.value })} /></Field>
            <Field label={e.offer}><input className={input} value={variant.offer} aria-label={`${e.offer} ${index + 1}${variant.label}`}
              onChange={(ev) => setVariant(i, { offer: ev.target.value })} /></Field>
            <Field label={e.weight}><input className={input} type="number" min={0.01} step="any" value={variant.weight}
              onChange={(ev) => setVariant(i, { weight: Number(ev.target.value) })} /></Field>
            <button type="button" className={small} disabled={target.variants.length === 1}
              onClick={() => onChange({ ...target, variants: target.variants.filter((_, k) => k !== i) })}>{e.remove}</button>
          </div>
        ))}
        <button type="button" className={small} disabled={target.variants.length >= 6} onClick={addVariant}>+ {e.addVariant}</button>
      </div>
    </fieldset>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label className="text-xs">
      <span className="mb-1 block text-slate-500">{label}</span>
      {children}
    </label>
  );
}
