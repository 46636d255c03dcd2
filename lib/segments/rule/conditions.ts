import { z } from "zod";

import { interactionKinds } from "@/db/schema/facts";
import { stages, tiers } from "@/db/schema/metrics";
import { rfmSegments } from "@/lib/metrics/rfm-segments";

import {
  choiceFields,
  compareOps,
  dayFields,
  numberFields,
  numberOps,
  textFields,
  textOps,
} from "./fields";
import { window } from "./window";

/**
 * The condition kinds a segment rule is built from. Field names are enums,
 * so only the catalogue's columns can ever be named; values are data and
 * reach the database only as bound parameters.
 */
const text = z.string().trim().min(1).max(200);
const texts = z.array(text).min(1).max(100);
const count = z.number().int().min(0).max(1_000_000);
const amount = z.number().finite().min(-1e12).max(1e12);

export const textCondition = z
  .object({
    type: z.literal("text"),
    field: z.enum(textFields),
    op: z.enum(textOps),
    values: z.array(text).max(100).default([]),
  })
  .refine((c) => c.op === "is_set" || c.op === "is_empty" || c.values.length > 0, {
    message: "needs at least one value",
    path: ["values"],
  });

export const tagsCondition = z.object({
  type: z.literal("tags"),
  op: z.enum(["any", "all", "none"]),
  values: texts,
});

export const ageCondition = z
  .object({
    type: z.literal("age"),
    min: z.number().int().min(0).max(150).optional(),
    max: z.number().int().min(0).max(150).optional(),
  })
  .refine((c) => c.min !== undefined || c.max !== undefined, {
    message: "needs a minimum or a maximum age",
  });

export const birthMonthCondition = z.object({
  type: z.literal("birth_month"),
  months: z.array(z.number().int().min(1).max(12)).min(1).max(12),
});

export const consentCondition = z.object({
  type: z.literal("consent"),
  channel: text,
  state: z.enum(["subscribed", "not_subscribed"]),
});

export const sourceCondition = z.object({
  type: z.literal("source"),
  op: z.enum(["any", "none"]),
  sources: texts,
});

export const dayCondition = z.object({
  type: z.literal("day"),
  field: z.enum(dayFields),
  window,
});

export const numberCondition = z
  .object({
    type: z.literal("number"),
    field: z.enum(numberFields),
    op: z.enum(numberOps),
    value: amount,
    value2: amount.optional(),
  })
  .refine((c) => c.op !== "between" || c.value2 !== undefined, {
    message: "between needs two values",
    path: ["value2"],
  })
  // Only money net of refunds goes below 0: "orders at least -5" would quietly match everyone.
  .refine((c) => signedNumberFields.has(c.field) || (c.value >= 0 && (c.value2 ?? 0) >= 0), {
    message: "this measure is never below 0",
    path: ["value"],
  });

const signedNumberFields = new Set<string>(["revenue", "value"]);

const choiceValues: Partial<Record<(typeof choiceFields)[number], readonly string[]>> = {
  tier: tiers,
  stage: stages,
  rfm_segment: rfmSegments,
};

export const choiceCondition = z
  .object({
    type: z.literal("choice"),
    field: z.enum(choiceFields),
    op: z.enum(["in", "not_in"]),
    values: texts,
  })
  .refine((c) => c.values.every((v) => choiceValues[c.field]?.includes(v) ?? true), {
    message: "unknown value for this field",
    path: ["values"],
  });

export const ordersCondition = z.object({
  type: z.literal("orders"),
  measure: z.enum(["count", "spend"]),
  op: z.enum(compareOps),
  value: amount.min(0),
  window,
  channels: z.array(text).max(50).default([]),
  sources: z.array(text).max(50).default([]),
});

export const interactionsCondition = z.object({
  type: z.literal("interactions"),
  kinds: z.array(z.enum(interactionKinds)).min(1),
  channels: z.array(text).max(50).default([]),
  op: z.enum(compareOps),
  value: count,
  window,
});

export const ticketsCondition = z.object({
  type: z.literal("tickets"),
  op: z.enum(compareOps),
  value: count,
  window,
});

export const tierChangeCondition = z.object({
  type: z.literal("tier_change"),
  from: z.enum(tiers),
  direction: z.enum(["down", "up", "any"]),
  months: z.number().int().min(1).max(36),
});

export const stageChangeCondition = z
  .object({
    type: z.literal("stage_change"),
    from: z.enum(stages),
    to: z.enum(stages).optional(),
    months: z.number().int().min(1).max(36),
  })
  .refine((c) => c.to !== c.from, { message: "the stage it moved to must differ", path: ["to"] });

export const condition = z.discriminatedUnion("type", [
  textCondition,
  tagsCondition,
  ageCondition,
  birthMonthCondition,
  consentCondition,
  sourceCondition,
  dayCondition,
  numberCondition,
  choiceCondition,
  ordersCondition,
  interactionsCondition,
  ticketsCondition,
  tierChangeCondition,
  stageChangeCondition,
]);

export type Condition = z.infer<typeof condition>;
export type ConditionType = Condition["type"];
export type ConditionOf<T extends ConditionType> = Extract<Condition, { type: T }>;
