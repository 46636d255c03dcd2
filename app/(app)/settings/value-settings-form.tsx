"use client";

import { createContext, useActionState, useContext } from "react";

import { keptSubmit } from "@/components/forms/kept-submit";
import { saveValueSettings } from "@/lib/actions/save-value-settings";
import { formatters } from "@/lib/i18n/format";
import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import type { SettingsForm } from "@/lib/settings/settings-form";

type Values = Record<keyof SettingsForm, string>;
const input = "w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm " +
  "aria-invalid:border-red-500";
// The fields a refused save names, marked red where they are.
const WrongFields = createContext<ReadonlySet<string>>(new Set());

function Field({
  name,
  label,
  values,
  type = "number",
  step,
  hint,
}: {
  name: keyof SettingsForm;
  label: string;
  values: Values;
  type?: string;
  step?: string;
  hint?: string;
}) {
  return (
    <label className="text-sm">
      <span className="mb-1 block text-slate-700">{label}</span>
      <input
        name={name}
        type={type}
        step={step ?? "any"}
        defaultValue={values[name]}
        aria-invalid={useContext(WrongFields).has(name)}
        className={input}
      />
      {hint && <span className="mt-1 block text-xs text-slate-500">{hint}</span>}
    </label>
  );
}

function Choice({
  name,
  label,
  values,
  options,
}: {
  name: keyof SettingsForm;
  label: string;
  values: Values;
  options: Record<string, string>;
}) {
  return (
    <label className="text-sm">
      <span className="mb-1 block text-slate-700">{label}</span>
      <select name={name} defaultValue={values[name]} className={input}
        aria-invalid={useContext(WrongFields).has(name)}>
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

function Group({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="grid gap-3 border-t border-slate-200 pt-4 sm:grid-cols-2 lg:grid-cols-4">
      <legend className="pr-2 text-sm font-semibold text-slate-800">{title}</legend>
      {children}
    </fieldset>
  );
}

/** The value-model settings; saving recomputes and says how many customers moved. */
export function ValueSettingsForm({
  values,
  currency,
  t,
  locale,
}: {
  values: Values;
  currency: string;
  t: Messages;
  locale: Locale;
}) {
  const [state, action, pending] = useActionState(saveValueSettings, null);
  const s = t.valueSettings;
  const l = s.lifecycleFields;
  const wrong = new Set(state && !state.ok && state.error === "invalid" ? state.fields : []);
  return (
    <WrongFields.Provider value={wrong}>
      <form onSubmit={keptSubmit(action)} className="space-y-5">
        {/* What the form opened with: a save writes only what was edited here, so a setting changed
            elsewhere since (the Imports page sets the base currency too) keeps its new value. */}
        <input type="hidden" name="opened" value={JSON.stringify(values)} />
        <p className="text-sm text-slate-600">{s.intro}</p>
        <Group title={s.pyramid}>
          {(["vip", "gold", "silver", "bronze"] as const).map((tier) => (
            <Field
              key={tier}
              name={tier}
              label={fill(s.tierShare, { tier: t.tiers[tier] })}
              values={values}
            />
          ))}
          <Choice name="tierValue" label={s.tierValue} values={values} options={t.tierValue} />
          <Field name="asOf" label={s.asOf} values={values} type="date" hint={s.asOfHint} />
        </Group>
        <Group title={s.rfm}>
          <Choice name="rfmMethod" label={s.rfmMethod} values={values} options={s.rfmMethods} />
          <Field
            name="edgesRecency"
            label={s.edges.recency}
            values={values}
            type="text"
            hint={s.edgesHint}
          />
          <Field name="edgesFrequency" label={s.edges.frequency} values={values} type="text" />
          <Field
            name="edgesMonetary"
            label={fill(s.edges.monetary, { currency })}
            values={values}
            type="text"
          />
        </Group>
        <Group title={s.lifecycle}>
          {(Object.keys(l) as (keyof typeof l)[]).map((key) => (
            <Field key={key} name={key} label={l[key]} values={values} />
          ))}
        </Group>
        <Group title={`${s.history} · ${s.money}`}>
          <Choice
            name="snapshotPeriod"
            label={s.snapshotPeriod}
            values={values}
            options={t.periodKinds}
          />
          <Field
            name="baseCurrency"
            label={s.currency}
            values={values}
            type="text"
            hint={s.currencyHint}
          />
          <Field name="margin" label={s.margin} values={values} />
        </Group>
        <Group title={s.prediction}>
          <Field
            name="calibrationFrom"
            label={s.calibrationFrom}
            values={values}
            type="date"
            hint={s.calibrationHint}
          />
          <Field name="calibrationTo" label={s.calibrationTo} values={values} type="date" />
          <Choice name="unit" label={s.unit} values={values} options={t.timeUnits} />
          <Field name="horizonMonths" label={s.horizonMonths} values={values} step="1" />
          <Field name="discount" label={s.discount} values={values} />
        </Group>
        <div className="flex flex-wrap items-center gap-3">
          <button
            disabled={pending}
            className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white disabled:opacity-60"
          >
            {pending ? s.saving : s.save}
          </button>
          <Outcome state={state} t={t} locale={locale} />
        </div>
      </form>
    </WrongFields.Provider>
  );
}

function Outcome({
  state,
  t,
  locale,
}: {
  state: Awaited<ReturnType<typeof saveValueSettings>> | null;
  t: Messages;
  locale: Locale;
}) {
  if (!state) return null;
  const s = t.valueSettings;
  const f = formatters(locale);
  const text = state.ok
    ? fill(s.saved, {
        customers: f.integer(state.customers),
        tier: f.integer(state.movedTier),
        stage: f.integer(state.movedStage),
      })
    : state.error === "invalid"
      ? fill(s.invalid, { detail: state.reasons
        .map((reason) => fill(s.reasons[reason], state.values)).join(s.reasonSeparator) })
      : s.errors[state.error];
  return (
    <div role="status" className={`text-sm ${state.ok ? "text-emerald-700" : "text-red-700"}`}>
      <p>{text}</p>
      {state.ok && state.clvUnavailable && (
        <p className="text-amber-800">⚠ {t.definitions.clvUnavailable}</p>
      )}
      {state.ok && state.unconverted && (
        <p className="text-amber-800" data-testid="settings-unconverted">
          ⚠ {fill(t.overview.unconverted, {
            count: f.integer(state.unconverted.orders),
            currencies: f.list(state.unconverted.currencies),
            base: state.unconverted.base,
          })}
        </p>
      )}
    </div>
  );
}
