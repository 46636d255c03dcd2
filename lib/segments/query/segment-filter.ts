import type { Db } from "@/db/client";

import { compileRule } from "../compile/compile-rule";
import { readCompileContext, type CompileContext } from "../compile/context";
import type { Fragment } from "../compile/fragment";
import { InvalidRuleError } from "../errors";
import { rule as ruleSchema, type Rule } from "../rule/rule";

/**
 * What a segment query reads: customers (one metrics row each, as the
 * dashboard counts them), joined to their profile only when the SQL needs a
 * profile column. Without the join, "VIP or Gold" is counted from the tier
 * index alone and a breakdown of everyone is one pass over one table.
 */
export function customersFrom(...sql: string[]): string {
  return sql.some((part) => /\bp\./.test(part))
    ? "customer_metrics m JOIN profiles p ON p.id = m.profile_id"
    : "customer_metrics m";
}

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
