"use client";

import type { CompareOp } from "@/lib/segments/compile/fragment";
import type { ConditionOf } from "@/lib/segments/rule/conditions";
import type { Window } from "@/lib/segments/rule/window";

import type { EditorContext } from "./editor-context";
import { CheckList, NumberInput, Select, ValuesInput, WindowInput } from "./inputs";

type Props<T> = { condition: T; onChange: (condition: T) => void; ctx: EditorContext };

type Counted = { op: CompareOp; value: number; window: Window };

/** What every fact condition shares: "at least 2 … in the last 90 days". */
function CountInWindow<T extends Counted>({
  condition: c,
  onChange,
  ctx,
  label,
  money = false,
}: Props<T> & { label: string; money?: boolean }) {
  const t = ctx.t.segmentExplorer;
  const ops = (["gte", "gt", "lte", "lt", "eq"] as const).map(
    (op) => [op, t.compareOps[op]] as const,
  );
  return (
    <>
      <Select
        label={t.builder.comparison}
        value={c.op}
        options={ops}
        onChange={(op) => onChange({ ...c, op })}
      />
      <NumberInput
        label={label}
        min={0}
        step={money ? 0.01 : 1}
        value={c.value}
        onChange={(value) => onChange({ ...c, value: value ?? 0 })}
      />
      {money && <span className="text-sm text-slate-500">{ctx.currency}</span>}
      <WindowInput value={c.window} ctx={ctx} onChange={(window) => onChange({ ...c, window })} />
    </>
  );
}

function Channels({
  values,
  onChange,
  source,
  ctx,
}: {
  values: string[];
  onChange: (channels: string[]) => void;
  source: string;
  ctx: EditorContext;
}) {
  const t = ctx.t.segmentExplorer;
  return (
    <>
      <span className="text-sm text-slate-600">{t.onChannels}</span>
      <ValuesInput
        label={t.onChannels}
        placeholder={t.anyChannel}
        values={values}
        onChange={onChange}
        suggestions={ctx.suggestions(source)}
        labels={ctx.channelNames}
      />
    </>
  );
}

/** "At least 2 orders in the last 90 days", "spent more than ¥1,000 on tmall since 2024-01-01". */
export function OrdersEditor({ condition: c, onChange, ctx }: Props<ConditionOf<"orders">>) {
  const t = ctx.t.segmentExplorer;
  const measures = (["count", "spend"] as const).map((m) => [m, t.measures[m]] as const);
  return (
    <>
      <Select
        label={t.templates.ordersInWindow}
        value={c.measure}
        options={measures}
        onChange={(measure) => onChange({ ...c, measure })}
      />
      <CountInWindow
        condition={c}
        onChange={onChange}
        ctx={ctx}
        label={t.measures[c.measure]}
        money={c.measure === "spend"}
      />
      <Channels
        values={c.channels}
        onChange={(channels) => onChange({ ...c, channels })}
        source="orderChannel"
        ctx={ctx}
      />
    </>
  );
}

/** "No email click in 60 days", "attended an offline event". */
export function InteractionsEditor({
  condition: c,
  onChange,
  ctx,
}: Props<ConditionOf<"interactions">>) {
  const t = ctx.t.segmentExplorer;
  const kinds = ctx.options.interactionKinds.map(
    (k) => [k, t.interactionKinds[k as keyof typeof t.interactionKinds]] as const,
  );
  return (
    <>
      <CheckList
        label={t.templates.interactions}
        options={kinds}
        values={c.kinds}
        onChange={(values) => onChange({ ...c, kinds: values as typeof c.kinds })}
      />
      <CountInWindow condition={c} onChange={onChange} ctx={ctx} label={t.templates.interactions} />
      <Channels
        values={c.channels}
        onChange={(channels) => onChange({ ...c, channels })}
        source="interactionChannel"
        ctx={ctx}
      />
    </>
  );
}

export function TicketsEditor({ condition: c, onChange, ctx }: Props<ConditionOf<"tickets">>) {
  return (
    <CountInWindow
      condition={c}
      onChange={onChange}
      ctx={ctx}
      label={ctx.t.segmentExplorer.templates.tickets}
    />
  );
}

function Months({
  value,
  onChange,
  ctx,
}: {
  value: number;
  onChange: (months: number) => void;
  ctx: EditorContext;
}) {
  const t = ctx.t.segmentExplorer;
  return (
    <>
      <span className="text-sm text-slate-600">{t.windows.last_days}</span>
      <NumberInput
        label={t.builder.months}
        min={1}
        value={value}
        onChange={(months) => onChange(months ?? 1)}
      />
      <span className="text-sm text-slate-600">{t.builder.months}</span>
    </>
  );
}

/** "Dropped from Gold in the last month": needs the monthly snapshots. */
export function TierChangeEditor({
  condition: c,
  onChange,
  ctx,
}: Props<ConditionOf<"tier_change">>) {
  const t = ctx.t;
  const directions = (["down", "up", "any"] as const).map(
    (d) => [d, t.segmentExplorer.directions[d]] as const,
  );
  const tiers = ctx.options.tiers.map((k) => [k, t.tiers[k as keyof typeof t.tiers]] as const);
  return (
    <>
      <Select
        label={t.segmentExplorer.templates.tierChange}
        value={c.direction}
        options={directions}
        onChange={(direction) => onChange({ ...c, direction })}
      />
      <Select
        label={t.charts.tier}
        value={c.from}
        options={tiers}
        onChange={(from) => onChange({ ...c, from: from as typeof c.from })}
      />
      <Months value={c.months} ctx={ctx} onChange={(months) => onChange({ ...c, months })} />
    </>
  );
}

export function StageChangeEditor({
  condition: c,
  onChange,
  ctx,
}: Props<ConditionOf<"stage_change">>) {
  const t = ctx.t;
  const stages = ctx.options.stages.map((k) => [k, t.stages[k as keyof typeof t.stages]] as const);
  const to = [["", t.segmentExplorer.stageChange.anyOther] as const, ...stages];
  return (
    <>
      <span className="text-sm text-slate-600">{t.segmentExplorer.stageChange.from}</span>
      <Select
        label={t.segmentExplorer.stageChange.from}
        value={c.from}
        options={stages}
        onChange={(from) => onChange({ ...c, from: from as typeof c.from })}
      />
      <span className="text-sm text-slate-600">{t.segmentExplorer.stageChange.to}</span>
      <Select
        label={t.segmentExplorer.stageChange.to}
        value={c.to ?? ""}
        options={to}
        onChange={(next) => onChange({ ...c, to: (next || undefined) as typeof c.to })}
      />
      <Months value={c.months} ctx={ctx} onChange={(months) => onChange({ ...c, months })} />
    </>
  );
}
