"use client";

import type { ConditionOf } from "@/lib/segments/rule/conditions";
import { numberFields } from "@/lib/segments/rule/fields";

import type { EditorContext } from "./editor-context";
import { CheckList, NumberInput, Select, ValuesInput } from "./inputs";

type Props<T> = { condition: T; onChange: (condition: T) => void; ctx: EditorContext };

const moneyFields = new Set(["revenue", "value", "predicted_clv"]);

/** A metric compared with a number; money is typed in the base currency's major units. */
export function NumberEditor({ condition: c, onChange, ctx }: Props<ConditionOf<"number">>) {
  const t = ctx.t.segmentExplorer;
  const fields = numberFields
    .filter((f) =>
      f === "predicted_clv"
        ? ctx.available.predictedClv
        : f === "p_alive"
          ? ctx.available.pAlive
          : true,
    )
    .map((f) => [f, t.numberFields[f]] as const);
  const ops = (["gte", "gt", "lte", "lt", "eq", "ne", "between"] as const).map(
    (op) => [op, t.compareOps[op]] as const,
  );
  const step = c.field === "p_alive" ? 0.05 : moneyFields.has(c.field) ? 0.01 : 1;
  return (
    <>
      <Select
        label={t.templates.metric}
        value={c.field}
        options={fields}
        onChange={(field) => onChange({ ...c, field })}
      />
      <Select
        label={t.builder.comparison}
        value={c.op}
        options={ops}
        onChange={(op) => onChange({ ...c, op })}
      />
      <NumberInput
        label={t.numberFields[c.field]}
        step={step}
        value={c.value}
        onChange={(value) => onChange({ ...c, value: value ?? 0 })}
      />
      {c.op === "between" && (
        <>
          <span className="text-sm text-slate-600">{t.builder.and}</span>
          <NumberInput
            label={`${t.numberFields[c.field]} (2)`}
            step={step}
            value={c.value2}
            onChange={(value2) => onChange({ ...c, value2 })}
          />
        </>
      )}
      {moneyFields.has(c.field) && <span className="text-sm text-slate-500">{ctx.currency}</span>}
    </>
  );
}

/** Tier, stage, RFM segment (known values) or preferred channel (values from the data). */
export function ChoiceEditor({ condition: c, onChange, ctx }: Props<ConditionOf<"choice">>) {
  const t = ctx.t;
  const ops = (["in", "not_in"] as const).map(
    (op) => [op, t.segmentExplorer.choiceOps[op]] as const,
  );
  const known = {
    tier: ctx.options.tiers.map((k) => [k, t.tiers[k as keyof typeof t.tiers]] as const),
    stage: ctx.options.stages.map((k) => [k, t.stages[k as keyof typeof t.stages]] as const),
    rfm_segment: ctx.options.rfmSegments.map(
      (k) => [k, t.segments[k as keyof typeof t.segments]] as const,
    ),
  }[c.field as "tier" | "stage" | "rfm_segment"];
  const label =
    t.segmentExplorer.templates[
      c.field === "rfm_segment"
        ? "rfmSegment"
        : c.field === "preferred_channel"
          ? "preferredChannel"
          : c.field
    ];
  return (
    <>
      <Select label={label} value={c.op} options={ops} onChange={(op) => onChange({ ...c, op })} />
      {known ? (
        <CheckList
          label={label}
          options={known}
          values={c.values}
          onChange={(values) => onChange({ ...c, values })}
        />
      ) : (
        <ValuesInput
          label={label}
          placeholder={t.segmentExplorer.builder.values}
          values={c.values}
          onChange={(values) => onChange({ ...c, values })}
          suggestions={ctx.suggestions("preferredChannel")}
          labels={ctx.channelNames}
        />
      )}
    </>
  );
}
