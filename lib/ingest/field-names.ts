import { en } from "@/lib/i18n/messages/en";

/**
 * Required fields as a reader says them. Problems carry field keys
 * ("orderedAt, customerId|email|phone": any one of the alternatives will
 * do) so each reader can name them in its own language: "Order date,
 * Customer id or Email or Phone". Anything that is not a key (a vendor's
 * signature header) is already in the file's words and stays as it is.
 */
export function fieldNames(
  keys: string | readonly string[],
  labels: Record<string, string>,
  or: string,
): string {
  const list = typeof keys === "string" ? keys.split(", ").filter(Boolean) : keys;
  return list
    .map((entry) => entry.split("|").map((key) => labels[key] ?? key).join(or))
    .join(", ");
}

/** The same in English, as the command line and the log say it. */
export function englishFieldNames(keys: string | readonly string[]): string {
  return fieldNames(keys, en.imports.fields, en.imports.fieldOr);
}
