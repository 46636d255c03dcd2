"use client";

import type { Condition } from "@/lib/segments/rule/conditions";

import type { EditorContext } from "./editor-context";
import {
  InteractionsEditor,
  OrdersEditor,
  StageChangeEditor,
  TicketsEditor,
  TierChangeEditor,
} from "./editors-facts";
import { ChoiceEditor, NumberEditor } from "./editors-metrics";
import {
  AgeEditor,
  BirthMonthEditor,
  ConsentEditor,
  DayEditor,
  SourceEditor,
  TagsEditor,
  TextEditor,
} from "./editors-profile";

type Props = {
  condition: Condition;
  onChange: (c: Condition) => void;
  onRemove: () => void;
  ctx: EditorContext;
  invalid: boolean;
};

/** The label a condition row starts with, from the builder's menu names. */
function title(
  c: Condition,
  { templates: t, rowTitles }: EditorContext["t"]["segmentExplorer"],
): string {
  switch (c.type) {
    case "text":
      return t[c.field];
    case "tags":
      return t.tags;
    case "age":
      return t.age;
    case "birth_month":
      return t.birthMonth;
    case "consent":
      return t.consent;
    case "source":
      return t.source;
    case "day":
      return { first_seen: t.firstSeen, first_order: t.firstOrder, last_order: t.lastOrder }[
        c.field
      ];
    case "number":
      return rowTitles.metric;
    case "choice":
      return {
        tier: t.tier,
        stage: t.stage,
        rfm_segment: t.rfmSegment,
        preferred_channel: t.preferredChannel,
      }[c.field];
    case "orders":
      return c.measure === "count" ? t.ordersInWindow : t.spendInWindow;
    case "interactions":
      return rowTitles.interactions;
    case "tickets":
      return t.tickets;
    case "tier_change":
      return t.tierChange;
    case "stage_change":
      return t.stageChange;
  }
}

function Editor({ condition: c, onChange, ctx }: Omit<Props, "onRemove" | "invalid">) {
  const set = onChange as never;
  switch (c.type) {
    case "text":
      return <TextEditor condition={c} onChange={set} ctx={ctx} />;
    case "tags":
      return <TagsEditor condition={c} onChange={set} ctx={ctx} />;
    case "age":
      return <AgeEditor condition={c} onChange={set} ctx={ctx} />;
    case "birth_month":
      return <BirthMonthEditor condition={c} onChange={set} ctx={ctx} />;
    case "consent":
      return <ConsentEditor condition={c} onChange={set} ctx={ctx} />;
    case "source":
      return <SourceEditor condition={c} onChange={set} ctx={ctx} />;
    case "day":
      return <DayEditor condition={c} onChange={set} ctx={ctx} />;
    case "number":
      return <NumberEditor condition={c} onChange={set} ctx={ctx} />;
    case "choice":
      return <ChoiceEditor condition={c} onChange={set} ctx={ctx} />;
    case "orders":
      return <OrdersEditor condition={c} onChange={set} ctx={ctx} />;
    case "interactions":
      return <InteractionsEditor condition={c} onChange={set} ctx={ctx} />;
    case "tickets":
      return <TicketsEditor condition={c} onChange={set} ctx={ctx} />;
    case "tier_change":
      return <TierChangeEditor condition={c} onChange={set} ctx={ctx} />;
    case "stage_change":
      return <StageChangeEditor condition={c} onChange={set} ctx={ctx} />;
  }
}

export function ConditionRow({ condition, onChange, onRemove, ctx, invalid }: Props) {
  const t = ctx.t.segmentExplorer;
  const name = title(condition, t);
  return (
    <li
      data-testid="condition"
      aria-invalid={invalid || undefined}
      className={`flex flex-wrap items-center gap-2 rounded-lg border bg-white px-3 py-2 ${invalid ? "border-red-400" : "border-slate-200"}`}
    >
      <span className="text-sm font-medium text-slate-800">{name}</span>
      <Editor condition={condition} onChange={onChange} ctx={ctx} />
      <button
        type="button"
        onClick={onRemove}
        aria-label={`${t.builder.remove}: ${name}`}
        className="ml-auto text-xs text-slate-500 hover:text-red-700"
      >
        {t.builder.remove}
      </button>
    </li>
  );
}
