import { externalId, type Identifier } from "@/lib/identity/identifier";

import { headerKey, orderFields, type OrderField } from "./fields";
import { parseMoment, type LocalMoment } from "./normalise/dates";
import { normaliseEmail } from "./normalise/email";
import { parseMoney } from "./normalise/money";
import { normalisePhone } from "./normalise/phone";
import { cleanCell, isBlank } from "./normalise/text";
import type { Preset, ReadContext } from "./presets/types";

export type ColumnIndex = Partial<Record<OrderField, number>>;

/** One file row, read and checked; rows of one order are combined later. */
export type OrderRow = {
  row: number;
  orderId: string | null;
  identifiers: Identifier[];
  name: string | null;
  moment: LocalMoment;
  amountMinor: number;
  currency: string;
  channel: string | null;
  status: string | null;
  counts: boolean;
};

export type Rejection = { row: number; column: string; value: string; reason: string };

/** Finds each field's column by the names the preset allows. */
export function resolveColumns(headers: string[], preset: Preset) {
  const keys = headers.map(headerKey);
  const index: ColumnIndex = {};
  for (const field of orderFields) {
    const names = preset.columns[field]?.map(headerKey) ?? [];
    const at = names.map((name) => keys.indexOf(name)).find((i) => i >= 0);
    if (at !== undefined) index[field] = at;
  }
  const missing: string[] = [];
  if (index.orderedAt === undefined) missing.push("orderedAt");
  if (index.amount === undefined) missing.push("amount");
  if ([index.customerId, index.email, index.phone].every((i) => i === undefined)) {
    missing.push("customerId|email|phone");
  }
  return { index, missing };
}

export function mapOrderRow(
  cells: string[],
  row: number,
  columns: { index: ColumnIndex; headers: string[] },
  preset: Preset,
  context: ReadContext & { sourceKey: string },
): OrderRow | Rejection {
  const { index, headers } = columns;
  const cell = (field: OrderField) => {
    const at = index[field];
    return at === undefined ? "" : cleanCell(cells[at]);
  };
  const reject = (field: OrderField, reason: string): Rejection => ({
    row,
    column: headers[index[field] ?? -1] ?? field,
    value: cell(field),
    reason,
  });

  const moment = parseMoment(cell("orderedAt"), context);
  if (!moment) return reject("orderedAt", isBlank(cell("orderedAt")) ? "missing_date" : "bad_date");
  const amount = parseMoney(cell("amount"));
  if (!amount) return reject("amount", isBlank(cell("amount")) ? "missing_amount" : "bad_amount");
  const refund = isBlank(cell("refund")) ? { minor: 0 } : parseMoney(cell("refund"));
  if (!refund) return reject("refund", "bad_amount");
  const currency = readCurrency(cell("currency")) ?? amount.currency ?? preset.currency ?? context.defaultCurrency;
  if (!/^[A-Z]{3}$/.test(currency)) return reject("currency", "bad_currency");

  const identifiers = readIdentifiers(cell, context);
  if (identifiers.length === 0) {
    const field = index.email !== undefined ? "email" : index.phone !== undefined ? "phone" : "customerId";
    return reject(field, "no_identifier");
  }

  const status = cell("status") || null;
  const excluded = status !== null && (preset.excludedStatuses ?? []).includes(status.toLowerCase());
  return {
    row,
    orderId: isBlank(cell("orderId")) ? null : cell("orderId"),
    identifiers,
    name: cell("name") || null,
    moment,
    amountMinor: amount.minor - refund.minor,
    currency,
    channel: cell("channel") || null,
    status,
    counts: !excluded,
  };
}

function readIdentifiers(cell: (field: OrderField) => string, context: ReadContext & { sourceKey: string }) {
  const found: Identifier[] = [];
  const customerId = cell("customerId");
  if (!isBlank(customerId)) found.push(externalId(context.sourceKey, customerId));
  const email = cell("email") && normaliseEmail(cell("email"));
  if (email) found.push({ kind: "email", value: email });
  const phone = cell("phone") && normalisePhone(cell("phone"), context.phoneRegion);
  if (phone && phone.ok) found.push({ kind: "phone", value: phone.e164 });
  return found;
}

function readCurrency(text: string): string | null {
  if (isBlank(text)) return null;
  return parseMoney(`${text}0`)?.currency ?? text.trim().toUpperCase();
}
