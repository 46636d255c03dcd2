import type { Db } from "@/db/client";

import { compileRule } from "../compile/compile-rule";
import { readCompileContext, type CompileContext } from "../compile/context";
import type { Fragment } from "../compile/fragment";
import { InvalidRuleError } from "../errors";
import { rule as ruleSchema, type Rule } from "../rule/rule";

/** Every segment query reads customers (one metrics row each) with their profile. */
export const CUSTOMERS = "customer_metrics m JOIN profiles p ON p.id = m.profile_id";

export type SegmentFilter = { where: Fragment; ctx: CompileContext; rule: Rule };

/** Validates a rule as received (JSON from a request or the database). */
export function parseRule(raw: unknown): Rule {
  const parsed = ruleSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidRuleError(parsed.error.issues);
  return parsed.data;
}

/** A rule checked and compiled against this database's last metric run. */
export function segmentFilter(db: Db, raw: unknown): SegmentFilter {
  const rule = parseRule(raw);
  const ctx = readCompileContext(db);
  return { where: compileRule(rule, ctx), ctx, rule };
}
