import { choiceColumns, numberColumns } from "../catalogue/columns";
import { plugValue, UnavailableError } from "../catalogue/pluggable";
import type { ConditionOf } from "../rule/conditions";
import type { CompileContext } from "./context";
import { comparison, fragment, noneOf, oneOf, toMinor, type Fragment } from "./fragment";

/**
 * Conditions on the computed metrics of the last recompute, and on the
 * plugged-in predictions. A customer with no value (a prospect has no R
 * score) fails every comparison except "is not".
 */
export function compileNumber(c: ConditionOf<"number">, ctx: CompileContext): Fragment {
  const column = numberColumns[c.field];
  if ("plug" in column && !ctx.available[column.plug]) throw new UnavailableError(column.plug);
  const sql = "plug" in column ? plugValue(column.plug) : column.sql;
  const stored = (v: number) => (column.unit === "money" ? toMinor(v) : v);

  if (c.op === "between") {
    const [low, high] = [c.value, c.value2 ?? c.value].sort((a, b) => a - b);
    return fragment(`${sql} BETWEEN ? AND ?`, stored(low), stored(high));
  }
  if (c.op === "ne") return fragment(`${sql} IS NULL OR ${sql} <> ?`, stored(c.value));
  return fragment(`${sql} ${comparison[c.op]} ?`, stored(c.value));
}

export function compileChoice(c: ConditionOf<"choice">, ctx: CompileContext): Fragment {
  const column = choiceColumns[c.field];
  if ("plug" in column && !ctx.available[column.plug]) throw new UnavailableError(column.plug);
  const sql = "plug" in column ? plugValue(column.plug) : column.sql;
  return c.op === "in" ? oneOf(sql, c.values) : noneOf(sql, c.values);
}
