"use client";

import { channelLabel } from "@/lib/i18n/file-values";
import type { ConditionOf } from "@/lib/segments/rule/conditions";

import type { EditorContext } from "./editor-context";
import { CheckList, NumberInput, Select, ValuesInput, WindowInput } from "./inputs";

type Props<
  T extends ConditionOf<"text" | "tags" | "age" | "birth_month" | "consent" | "source" | "day">,
> = {
  condition: T;
  onChange: (condition: T) => void;
  ctx: EditorContext;
};

const suggestionFor = {
  city: "city",
  region: "region",
  country: "country",
  gender: "gender",
} as Record<string, string>;

export function TextEditor({ condition: c, onChange, ctx }: Props<ConditionOf<"text">>) {
  const t = ctx.t.segmentExplorer;
  const ops = (["is", "is_not", "contains", "starts_with", "is_set", "is_empty"] as const).map(
    (op) => [op, t.textOps[op]] as const,
  );
  const source = suggestionFor[c.field];
  return (
    <>
      <Select
        label={t.templates[c.field]}
        value={c.op}
        options={ops}
        onChange={(op) => onChange({ ...c, op })}
      />
      {c.op !== "is_set" && c.op !== "is_empty" && (
        <ValuesInput
          label={t.templates[c.field]}
          placeholder={t.builder.values}
          values={c.values}
          onChange={(values) => onChange({ ...c, values })}
          suggestions={source ? ctx.suggestions(source) : undefined}
        />
      )}
    </>
  );
}

export function TagsEditor({ condition: c, onChange, ctx }: Props<ConditionOf<"tags">>) {
  const t = ctx.t.segmentExplorer;
  const ops = (["any", "all", "none"] as const).map((op) => [op, t.tagOps[op]] as const);
  return (
    <>
      <Select
        label={t.templates.tags}
        value={c.op}
        options={ops}
        onChange={(op) => onChange({ ...c, op })}
      />
      <ValuesInput
        label={t.templates.tags}
        placeholder={t.builder.values}
        values={c.values}
        onChange={(values) => onChange({ ...c, values })}
        suggestions={ctx.suggestions("tags")}
      />
    </>
  );
}

export function AgeEditor({ condition: c, onChange, ctx }: Props<ConditionOf<"age">>) {
  const t = ctx.t.segmentExplorer.ageRange;
  return (
    <>
      <span className="text-sm text-slate-600">{t.from}</span>
      <NumberInput
        label={`${t.from} (${t.years})`}
        min={0}
        value={c.min}
        onChange={(min) => onChange({ ...c, min })}
      />
      <span className="text-sm text-slate-600">{t.to}</span>
      <NumberInput
        label={`${t.to} (${t.years})`}
        min={0}
        value={c.max}
        onChange={(max) => onChange({ ...c, max })}
      />
      <span className="text-sm text-slate-600">{t.years}</span>
    </>
  );
}

export function BirthMonthEditor({
  condition: c,
  onChange,
  ctx,
}: Props<ConditionOf<"birth_month">>) {
  const month = new Intl.DateTimeFormat(ctx.locale, { month: "short", timeZone: "UTC" });
  const options = Array.from(
    { length: 12 },
    (_, i) => [String(i + 1), month.format(new Date(Date.UTC(2000, i, 1)))] as const,
  );
  return (
    <CheckList
      label={ctx.t.segmentExplorer.templates.birthMonth}
      options={options}
      values={c.months.map(String)}
      onChange={(months) => onChange({ ...c, months: months.map(Number).sort((a, b) => a - b) })}
    />
  );
}

export function ConsentEditor({ condition: c, onChange, ctx }: Props<ConditionOf<"consent">>) {
  const t = ctx.t.segmentExplorer;
  const states = (["subscribed", "not_subscribed"] as const).map(
    (s) => [s, t.consentStates[s]] as const,
  );
  const channels = [
    ...new Set(["email", "sms", "wechat", "push", ...ctx.suggestions("consentChannel")]),
  ];
  return (
    <>
      <Select
        label={t.templates.consent}
        value={c.state}
        options={states}
        onChange={(state) => onChange({ ...c, state })}
      />
      <Select
        label={t.onChannels}
        value={c.channel}
        options={channels.map((ch) => [ch, channelLabel(ctx.t.fileValues, ch)] as const)}
        onChange={(channel) => onChange({ ...c, channel })}
      />
    </>
  );
}

export function SourceEditor({ condition: c, onChange, ctx }: Props<ConditionOf<"source">>) {
  const t = ctx.t.segmentExplorer;
  const ops = (["any", "none"] as const).map((op) => [op, t.sourceOps[op]] as const);
  return (
    <>
      <Select
        label={t.templates.source}
        value={c.op}
        options={ops}
        onChange={(op) => onChange({ ...c, op })}
      />
      <ValuesInput
        label={t.templates.source}
        placeholder={t.builder.values}
        values={c.sources}
        onChange={(sources) => onChange({ ...c, sources })}
        suggestions={ctx.suggestions("source")}
      />
    </>
  );
}

export function DayEditor({ condition: c, onChange, ctx }: Props<ConditionOf<"day">>) {
  return (
    <WindowInput value={c.window} ctx={ctx} onChange={(window) => onChange({ ...c, window })} />
  );
}
