import { fieldTypes, headerKey, kindFields, type FieldName, type RecordKind } from "../fields";
import { parseMoment } from "../normalise/dates";
import { normaliseEmail } from "../normalise/email";
import { parseMoney } from "../normalise/money";
import { cleanCell } from "../normalise/text";
import { presets } from "../presets";

import { headerNames } from "./header-words";

// Every header name any preset gives a field, then the other languages' names, with the field:
// the vocabulary suggestions come from.
const vocabulary = new Map<string, FieldName[]>();
for (const columns of [...presets.map((preset) => preset.columns), headerNames]) {
  for (const [field, names] of Object.entries(columns) as [FieldName, string[]][]) {
    for (const name of names) {
      const key = headerKey(name);
      vocabulary.set(key, [...new Set([...(vocabulary.get(key) ?? []), field])]);
    }
  }
}

const identityTypes = new Set(["email", "phone"]);
const personNames = new Set<FieldName>(["name", "firstName", "lastName"]);

// What a column of distinct references names in each kind of file (a contact list's: its customer).
const rowId: Record<RecordKind, FieldName> = {
  order: "orderId", contact: "customerId", interaction: "recordId", ticket: "ticketId",
};
const dateField: Record<RecordKind, FieldName> = { order: "orderedAt", contact: "observedAt", interaction: "occurredAt", ticket: "openedAt" };

/**
 * A field for each column of a file no preset recognised: by its header
 * name first (any preset's names count), else by what its values look like
 * (addresses, amounts, dates). Each field is suggested once; null leaves
 * the column out.
 */
export function suggestMapping(headers: string[], rows: string[][], kind: RecordKind): (FieldName | null)[] {
  const allowed = new Set<FieldName>(kindFields[kind].fields);
  allowed.add(dateField[kind]);
  const taken = new Set<FieldName>();
  const take = (field: FieldName | undefined) => {
    if (!field || taken.has(field) || !allowed.has(field)) return null;
    taken.add(field);
    return field;
  };
  const valuesOf = (i: number) => rows.map((row) => cleanCell(row[i])).filter(Boolean);
  // A header that names free text ("Kunde", "Client") gives way to values of a plain type: a
  // customer column of addresses is the email; one of codes ("K-1") is no person's name.
  const named = headers.map((header, i) => {
    const field = vocabulary.get(headerKey(header))?.find((f) => allowed.has(f));
    if (!field || fieldTypes[field] !== "text") return field;
    const values = valuesOf(i);
    const typed = byValues(values, kind);
    if (typed && identityTypes.has(fieldTypes[typed])) return typed;
    return personNames.has(field) && mostly(values, (v) => /\d/.test(v)) ? undefined : field;
  });
  const byName = named.map((field) => take(field));
  const fields = byName.map((field, i) => field ?? take(byValues(valuesOf(i), kind)));
  // A name column beside a last-name column holds the first name ("Nombre", "Apellidos").
  if (fields.includes("lastName") && !fields.includes("firstName")) {
    return fields.map((field) => (field === "name" ? "firstName" : field));
  }
  return fields;
}

/** The kind a file most likely holds: orders when it has amounts, else tickets, interactions, contacts. */
export function guessKind(headers: string[], rows: string[][]): RecordKind {
  const fields = new Set(headers.flatMap((header) => vocabulary.get(headerKey(header)) ?? []));
  const moneyColumn = headers.some((_, i) =>
    mostly(rows.map((row) => cleanCell(row[i])).filter(Boolean), looksLikeMoney));
  if (fields.has("amount") || moneyColumn) return "order";
  if (fields.has("ticketId") || fields.has("subject")) return "ticket";
  if (fields.has("occurredAt") || fields.has("interactionKind")) return "interaction";
  return "contact";
}

// How many of a column's values may fail to read as a type for it still to be suggested: a
// messy file's odd row ("abc" for an amount, 31.02.) must not hide what the column plainly is.
// A fifth of them, and one in a short sample, as long as two read.
const STRAYS = 0.2;

// Letters or # then digits, or a long number: not an amount without decimals ("1500").
const REFERENCE = /^(?:[#A-Za-z]{1,6}[-_/]?\d{3,}|\d{5,})$/;

function mostly(values: string[], test: (value: string) => boolean): boolean {
  let passing = 0;
  for (const value of values) if (test(value)) passing++;
  const strays = values.length - passing;
  const enoughRead = passing >= Math.max(1, Math.min(2, values.length));
  return enoughRead && strays <= Math.max(1, STRAYS * values.length);
}

function byValues(values: string[], kind: RecordKind): FieldName | undefined {
  const most = (test: (v: string) => boolean) => mostly(values, test);
  if (most((v) => normaliseEmail(v) !== null)) return "email";
  const date = (v: string) => parseMoment(v, { timeZone: "UTC", dayOrder: "dmy" }) !== null;
  if (most(date)) return dateField[kind];
  if (kind === "order" && most(looksLikeMoney)) return "amount";
  const phone = (v: string) => /^\+?[\d\s\-()]{7,}$/.test(v) && v.replace(/\D/g, "").length >= 7;
  if (most(phone)) return "phone";
  // A reference on every row, each a different one ("R-1001", "#1043"): the id of what a row is.
  const distinct = new Set(values).size === values.length;
  if (distinct && most((v) => REFERENCE.test(v))) return rowId[kind];
  return undefined;
}

/** An amount as people write one: two decimals or a currency mark ("1.234,50 €", "¥88"). */
function looksLikeMoney(value: string): boolean {
  return parseMoney(value) !== null && /[.,]\d{2}(\s*\D+)?$|^\D/.test(value.trim());
}

