"use client";

import { useId, useState } from "react";

import type { Window } from "@/lib/segments/rule/window";

import type { EditorContext } from "./editor-context";

const field = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";

export function Select<T extends string>({
  value,
  options,
  onChange,
  label,
}: {
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
  label: string;
}) {
  return (
    <select
      aria-label={label}
      className={field}
      value={value}
      onChange={(e) => onChange(e.target.value as T)}
    >
      {options.map(([key, text]) => (
        <option key={key} value={key}>
          {text}
        </option>
      ))}
    </select>
  );
}

export function NumberInput({
  value,
  onChange,
  label,
  step = 1,
  min,
}: {
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  label: string;
  step?: number;
  min?: number;
}) {
  return (
    <input
      type="number"
      aria-label={label}
      className={`${field} w-24`}
      step={step}
      min={min}
      value={value ?? ""}
      onChange={(e) => onChange(e.target.value === "" ? undefined : Number(e.target.value))}
    />
  );
}

/**
 * Values as removable chips; Enter adds what was typed. Suggestions come from the data; `labels`
 * names stored keys as pages show them (a channel's "淘宝" for "taobao"), the key still what is
 * typed and stored.
 */
export function ValuesInput({
  values,
  onChange,
  label,
  placeholder,
  suggestions,
  labels = {},
}: {
  values: string[];
  onChange: (values: string[]) => void;
  label: string;
  placeholder: string;
  suggestions?: string[];
  labels?: Record<string, string>;
}) {
  const shown = (value: string) => {
    const name = labels[value.trim().toLowerCase()];
    return name && name !== value ? `${name} (${value})` : value;
  };
  const [text, setText] = useState("");
  const listId = useId();
  const add = () => {
    const value = text.trim();
    if (value && !values.includes(value)) onChange([...values, value]);
    setText("");
  };
  return (
    <span className="flex flex-wrap items-center gap-1">
      {values.map((value) => (
        <span
          key={value}
          className="inline-flex items-center gap-1 rounded-full bg-indigo-50 px-2 py-0.5 text-xs text-indigo-800"
        >
          {shown(value)}
          <button
            type="button"
            aria-label={`× ${value}`}
            onClick={() => onChange(values.filter((v) => v !== value))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        aria-label={label}
        placeholder={placeholder}
        list={suggestions ? listId : undefined}
        className={`${field} w-44`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={add}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          e.preventDefault();
          add();
        }}
      />
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} label={labels[s.toLowerCase()]} />
          ))}
        </datalist>
      )}
    </span>
  );
}

/** A set of known values as checkboxes (tiers, stages, columns); `keepOne` stops the last from going. */
export function CheckList<T extends string>({
  values,
  options,
  onChange,
  label,
  keepOne = false,
}: {
  values: T[];
  options: readonly (readonly [T, string])[];
  onChange: (values: T[]) => void;
  label: string;
  keepOne?: boolean;
}) {
  return (
    <span role="group" aria-label={label} className="flex flex-wrap gap-x-3 gap-y-1">
      {options.map(([key, text]) => (
        <label key={key} className="flex items-center gap-1 text-sm">
          <input
            type="checkbox"
            checked={values.includes(key)}
            disabled={keepOne && values.length === 1 && values.includes(key)}
            onChange={(e) =>
              onChange(e.target.checked ? [...values, key] : values.filter((v) => v !== key))
            }
          />
          {text}
        </label>
      ))}
    </span>
  );
}

/** A window of days ending on the as-of date: the last N days, since a date, between dates, or any time. */
export function WindowInput({
  value,
  onChange,
  ctx,
}: {
  value: Window;
  onChange: (w: Window) => void;
  ctx: EditorContext;
}) {
  const t = ctx.t.segmentExplorer;
  const kinds = (["last_days", "since", "between", "any"] as const).map(
    (k) => [k, t.windows[k]] as const,
  );
  const switchTo = (kind: Window["kind"]) => {
    const today = ctx.asOf;
    if (kind === "last_days") onChange({ kind, days: 90 });
    else if (kind === "since") onChange({ kind, from: today });
    else if (kind === "between") onChange({ kind, from: today, to: today });
    else onChange({ kind });
  };
  const date = (v: string, set: (v: string) => void, label: string) => (
    <input
      type="date"
      aria-label={label}
      className={field}
      value={v}
      onChange={(e) => set(e.target.value)}
    />
  );
  return (
    <span className="flex flex-wrap items-center gap-1">
      <Select label={t.windows.last_days} value={value.kind} options={kinds} onChange={switchTo} />
      {value.kind === "last_days" && (
        <>
          <NumberInput
            label={t.builder.days}
            min={1}
            value={value.days}
            onChange={(days) => onChange({ ...value, days: days ?? 1 })}
          />
          <span className="text-sm text-slate-600">{t.builder.days}</span>
        </>
      )}
      {value.kind === "since" &&
        date(value.from, (from) => onChange({ ...value, from }), t.windows.since)}
      {value.kind === "between" && (
        <>
          {date(value.from, (from) => onChange({ ...value, from }), t.windows.between)}
          <span className="text-sm text-slate-600">{t.builder.and}</span>
          {date(value.to, (to) => onChange({ ...value, to }), t.builder.and)}
        </>
      )}
    </span>
  );
}
