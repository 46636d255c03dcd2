import { sourceKey } from "@/lib/ingest/find-source";
import { dayToIso } from "@/lib/ingest/normalise/dates";

import { dayColumns, textColumns } from "../catalogue/columns";
import type { ConditionOf } from "../rule/conditions";
import { windowDays } from "../rule/window";
import type { CompileContext } from "./context";
import { fragment, join, likeLiteral, marks, noneOf, oneOf, type Fragment } from "./fragment";

/**
 * Conditions on what a profile is: its attributes, tags, age, consent and
 * sources. Negative operators ("is not") include profiles with no value, so
 * "city is not Shanghai" keeps customers whose city is unknown.
 */
export function compileText(c: ConditionOf<"text">): Fragment {
  const column = textColumns[c.field];
  // Emails are stored lower-cased (in JavaScript; SQLite folds ASCII only).
  const values = c.field === "email" ? c.values.map((v) => v.toLowerCase()) : c.values;
  switch (c.op) {
    case "is":
      return oneOf(column, values);
    case "is_not":
      return noneOf(column, values);
    case "contains":
    case "starts_with": {
      const pattern = (v: string) => `${c.op === "contains" ? "%" : ""}${likeLiteral(v)}%`;
      return join(
        values.map((v) => fragment(`${column} LIKE ? ESCAPE '\\'`, pattern(v))),
        "OR",
      );
    }
    case "is_set":
      return fragment(`${column} IS NOT NULL AND ${column} <> ''`);
    case "is_empty":
      return fragment(`${column} IS NULL OR ${column} = ''`);
  }
}

// json_each fails on text that is not JSON; a malformed tags cell counts as no tags.
const tagRows = "json_each(CASE WHEN json_valid(p.tags) THEN p.tags END) t";

export function compileTags(c: ConditionOf<"tags">): Fragment {
  const values = [...new Set(c.values)];
  const anyOf = `EXISTS (SELECT 1 FROM ${tagRows} WHERE t.value IN (${marks(values)}))`;
  if (c.op === "any") return fragment(anyOf, ...values);
  if (c.op === "none") return fragment(`NOT ${anyOf}`, ...values);
  return fragment(
    `(SELECT count(DISTINCT t.value) FROM ${tagRows} WHERE t.value IN (${marks(values)})) = ?`,
    ...values,
    values.length,
  );
}

/** Whole years on the as-of day; birthdays without a year never match. */
export function compileAge(c: ConditionOf<"age">, ctx: CompileContext): Fragment {
  const asOf = dayToIso(ctx.asOfDay);
  const yearsBefore = (years: number) =>
    `${String(Number(asOf.slice(0, 4)) - years).padStart(4, "0")}${asOf.slice(4)}`;
  const parts = [fragment("length(p.birthday) = 10")];
  // At least `min` years old: born on or before the as-of day `min` years ago.
  if (c.min !== undefined) parts.push(fragment("p.birthday <= ?", yearsBefore(c.min)));
  // At most `max`: not yet `max + 1`, so born after the as-of day `max + 1` years ago.
  if (c.max !== undefined) parts.push(fragment("p.birthday > ?", yearsBefore(c.max + 1)));
  return join(parts, "AND");
}

/** The month of 'YYYY-MM-DD' or of 'MM-DD' (a birthday given without its year). */
export function compileBirthMonth(c: ConditionOf<"birth_month">): Fragment {
  const months = [...new Set(c.months)].map((month) => String(month).padStart(2, "0"));
  return fragment(
    `length(p.birthday) IN (5, 10) AND substr(p.birthday, length(p.birthday) - 4, 2) IN (${marks(months)})`,
    ...months,
  );
}

/**
 * Subscribed on a channel: some identifier of the profile has "subscribed"
 * as its latest consent event there. A later event of any other status wins,
 * and so does one at the same moment (unsubscribing is never overridden by a
 * tie).
 */
export function compileConsent(c: ConditionOf<"consent">): Fragment {
  const subscribed = `EXISTS (SELECT 1 FROM consent_events c
    WHERE c.profile_id = m.profile_id AND c.channel = ? AND c.status = 'subscribed'
      AND NOT EXISTS (SELECT 1 FROM consent_events l
        WHERE l.identifier_id = c.identifier_id AND l.channel = c.channel
          AND (l.changed_at > c.changed_at OR (l.changed_at = c.changed_at AND l.status <> 'subscribed'))))`;
  const channel = c.channel.normalize("NFKC").trim().toLowerCase();
  return fragment(c.state === "subscribed" ? subscribed : `NOT ${subscribed}`, channel);
}

const sourcedTables = ["orders", "contact_records", "interactions", "tickets", "consent_events"];

/** Known to a source: any order, contact record, interaction, ticket or consent event from it. */
export function compileSource(c: ConditionOf<"source">): Fragment {
  const keys = [...new Set(c.sources.map(sourceKey))];
  const seen = sourcedTables
    .map(
      (table) =>
        `EXISTS (SELECT 1 FROM ${table} f WHERE f.profile_id = m.profile_id AND f.source_id = s.id)`,
    )
    .join(" OR ");
  const any = `EXISTS (SELECT 1 FROM sources s WHERE s.key IN (${marks(keys)}) AND (${seen}))`;
  return fragment(c.op === "any" ? any : `NOT ${any}`, ...keys);
}

export function compileDay(c: ConditionOf<"day">, ctx: CompileContext): Fragment {
  const column = dayColumns[c.field];
  const { from, to } = windowDays(c.window, ctx.asOfDay);
  if (from === null) return fragment(`${column} <= ?`, to);
  return fragment(`${column} BETWEEN ? AND ?`, from, to);
}
