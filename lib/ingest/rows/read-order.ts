import { fullName } from "@/lib/profiles/full-name";

import { parseConsent } from "../normalise/consent";
import { isPlaceholderDate, parseMoment } from "../normalise/dates";
import type { DecimalMark } from "../normalise/decimal-mark";
import { countryCode, currencyOfCountry } from "../normalise/country";
import {
  currencyOfCell, isCurrencyCode, isImplausibleAmount, parseMoney,
} from "../normalise/money";
import { isExcludedStatus } from "../normalise/order-status";
import type { Preset, ReadContext } from "../presets/types";

import { readPerson } from "./read-person";
import type { RowReader } from "./row-reader";
import type { OrderLine, OrderPart, RowIssue } from "./types";

/**
 * Reads the order fields of a row: date, net amount in the file's currency,
 * status. A row whose date, amount or currency cannot be read is rejected,
 * never stored as 0 or as 1970, with every reason it has (the column and
 * why for each, and the warnings of its other values), so one pass over the
 * error file fixes the row.
 */
export function readOrderPart(
  reader: RowReader,
  preset: Preset,
  context: ReadContext,
): OrderPart | RowIssue[] {
  const when = reader.read("orderedAt");
  const moment = parseMoment(when, dateOptions(preset, context));
  const amountText = reader.read("amount");
  const amount = parseMoney(amountText, context.yen, context.decimalMark);
  const refundText = reader.read("refund");
  const refund = refundText ? parseMoney(refundText, context.yen, context.decimalMark)
    : { minor: 0, currency: null };
  const currency = readCurrency(reader, preset, context, amount?.currency ?? null);
  const knownCurrency = isCurrencyCode(currency);
  const future = moment !== null && moment.day > context.lastDay;
  const placeholder = when !== "" && isPlaceholderDate(when, moment);
  const huge = (amount !== null && isImplausibleAmount(amount.minor)) ||
    (refund !== null && isImplausibleAmount(refund.minor));
  if (!moment || !amount || !refund || !knownCurrency || future || huge || placeholder) {
    const problems: RowIssue[] = [];
    if (placeholder) problems.push(reader.issue("orderedAt", "placeholder_date"));
    else if (!moment) problems.push(reader.issue("orderedAt", when ? "bad_date" : "missing_date"));
    if (future) problems.push(reader.issue("orderedAt", "future_date"));
    if (!amount) {
      problems.push(reader.issue("amount", amountText ? "bad_amount" : "missing_amount"));
    } else if (isImplausibleAmount(amount.minor)) {
      problems.push(reader.issue("amount", "implausible_amount"));
    }
    if (!refund) problems.push(reader.issue("refund", "bad_amount"));
    else if (isImplausibleAmount(refund.minor)) {
      problems.push(reader.issue("refund", "implausible_amount"));
    }
    if (!knownCurrency) problems.push(reader.issue("currency", "bad_currency"));
    // Its other faults too, as part of why the row is not imported.
    for (const warning of readPerson(reader, context).warnings) {
      problems.push({ ...warning, level: "rejected" });
    }
    return problems;
  }

  const status = reader.read("status") || null;
  const excluded = status !== null && preset.excludedStatuses !== undefined &&
    isExcludedStatus(status, preset.excludedStatuses);
  return {
    row: reader.row,
    orderId: reader.read("orderId") || null,
    person: readPerson(reader, context),
    name: reader.read("name") || fullName(reader.read("firstName"), reader.read("lastName")),
    moment,
    amountMinor: amount.minor,
    refundMinor: refund.minor,
    currency,
    status,
    channel: reader.read("channel") || null,
    counts: !excluded,
    emailConsent: parseConsent(reader.read("emailConsent")),
    line: readLine(reader, status, preset.orderMoney === "line", context.decimalMark),
    // Cents are the finest an amount is stored in: a third decimal that is not 0 is either a
    // finer price, rounded, or a point that groups thousands ("1.234" euros), misread. Said either way.
    warnings: amount.rounded ? [reader.issue("amount", "amount_rounded", "warning")] : [],
  };
}

/**
 * The line-item fields of a row, or null when the mapping has none. A line's
 * amount is the row's amount where rows are parts of an order (Douyin), else
 * quantity × unit price (the row's amount is the whole order's).
 */
export function readLine(
  reader: RowReader, status: string | null, rowIsPart: boolean, decimalMark: DecimalMark | null,
): OrderLine | null {
  if (!(["lineId", "itemName", "sku", "unitPrice"] as const).some((field) => reader.has(field))) return null;
  const quantityText = reader.read("quantity");
  const quantity = quantityText && Number.isFinite(Number(quantityText)) ? Number(quantityText) : null;
  const price = parseMoney(reader.read("unitPrice"), "CNY", decimalMark)?.minor ?? null;
  const rowAmount = rowIsPart
    ? (parseMoney(reader.read("amount"), "CNY", decimalMark)?.minor ?? null) : null;
  return {
    row: reader.row,
    lineId: reader.read("lineId") || null,
    name: reader.read("itemName") || null,
    sku: reader.read("sku") || null,
    quantity,
    unitPriceMinor: price,
    amountMinor: rowAmount ?? (price !== null && quantity !== null ? Math.round(price * quantity) : null),
    status,
  };
}

export function dateOptions(preset: Preset, context: ReadContext) {
  return { timeZone: context.timeZone, fileTimeZone: preset.fileTimeZone, dayOrder: context.dayOrder ?? preset.dayOrder };
}

// A file states few currencies, in the same words on every row: read each once.
const currencyWords = new Map<string, string>();

/** The currency column, else a symbol in the amount, else the billing country's, else the default. */
function readCurrency(reader: RowReader, preset: Preset, context: ReadContext, fromAmount: string | null): string {
  const stated = reader.read("currency");
  if (stated) {
    let code = currencyWords.get(stated);
    if (code === undefined) {
      code = currencyOfCell(stated);
      if (currencyWords.size < 1000) currencyWords.set(stated, code);
    }
    return code;
  }
  if (fromAmount) return fromAmount;
  if (preset.currencyFromCountry) {
    const fromCountry = currencyOfCountry(countryCode(reader.read("country")));
    if (fromCountry) return fromCountry;
  }
  return preset.currency ?? context.defaultCurrency;
}
