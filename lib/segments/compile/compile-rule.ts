import type { ConditionOf, ConditionType } from "../rule/conditions";
import type { Group, RuleNode } from "../rule/rule";
import { compileChoice, compileNumber } from "./compile-metrics";
import { compileStageChange, compileTierChange } from "./compile-changes";
import { compileInteractions, compileOrders, compileTickets } from "./compile-facts";
import {
  compileAge,
  compileBirthMonth,
  compileConsent,
  compileDay,
  compileSource,
  compileTags,
  compileText,
} from "./compile-profile";
import type { CompileContext } from "./context";
import { fragment, join, type Fragment } from "./fragment";

type Compilers = { [T in ConditionType]: (c: ConditionOf<T>, ctx: CompileContext) => Fragment };

const compilers: Compilers = {
  text: compileText,
  tags: compileTags,
  age: compileAge,
  birth_month: compileBirthMonth,
  consent: compileConsent,
  source: compileSource,
  day: compileDay,
  number: compileNumber,
  choice: compileChoice,
  orders: compileOrders,
  interactions: compileInteractions,
  tickets: compileTickets,
  tier_change: compileTierChange,
  stage_change: compileStageChange,
};

/** Cheap column tests first, subqueries last: SQLite tests AND terms in the order written. */
const cost: Record<ConditionType, number> = {
  choice: 0,
  number: 0,
  day: 0,
  text: 1,
  age: 1,
  birth_month: 1,
  tags: 2,
  tier_change: 3,
  stage_change: 3,
  consent: 3,
  tickets: 4,
  interactions: 4,
  orders: 4,
  source: 5,
};

/**
 * A validated rule as one boolean SQL expression over `p` (profiles) and `m`
 * (customer_metrics). Only catalogue column names enter the SQL text; every
 * value is a bound parameter. A group with no conditions matches everyone.
 */
export function compileRule(rule: Group, ctx: CompileContext): Fragment {
  return compileNode(rule, ctx);
}

function compileNode(node: RuleNode, ctx: CompileContext): Fragment {
  if (node.type !== "group") {
    const compile = compilers[node.type] as (c: typeof node, ctx: CompileContext) => Fragment;
    return compile(node, ctx);
  }
  const children = [...node.children].sort((a, b) => weight(a) - weight(b));
  const inner = children.length
    ? join(
        children.map((child) => compileNode(child, ctx)),
        node.match === "all" ? "AND" : "OR",
      )
    : fragment("1");
  // NULL inside (an unknown city) must read as false before NOT, or NOT NULL would drop the row too.
  return node.negate ? { sql: `NOT coalesce(${inner.sql}, 0)`, params: inner.params } : inner;
}

function weight(node: RuleNode): number {
  return node.type === "group" ? 6 : cost[node.type];
}
