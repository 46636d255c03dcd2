import type { CountryCode } from "libphonenumber-js";

import type { FieldName, RecordKind } from "../fields";
import type { DayOrder } from "../normalise/dates";
import type { DecimalMark } from "../normalise/decimal-mark";
import type { RowFormat } from "../read/read-rows";

import type { MappingInput } from "./available";

/**
 * How rows of one order carry money. "order": exports that repeat (or blank)
 * the order's total on each line-item row, so it is read once (Shopify,
 * WooCommerce, JD). "line": each row is a part with its own amount and
 * status, summed (Douyin sub-orders, CDNOW's same-day purchases).
 */
export type OrderMoney = "order" | "line";

/** Where an order's key comes from when the file has no order id. */
export type KeyRule = "content" | "customer-day";

export type ConsentStatus = "subscribed" | "unsubscribed" | "cleaned" | "pending" | "non_subscribed";

/**
 * A column mapping for a known export. Columns are found by header name
 * (never by position), extra columns are ignored and missing optional ones
 * are fine, so a vendor's added or reordered columns do not break it.
 */
export type Preset = {
  id: string;
  label: string;
  kind: RecordKind;
  /** The source key files of this format go to unless the admin names one. */
  source: string;
  format?: RowFormat;
  /** Field → the header names it may go by; the first present column wins per row. */
  columns: Partial<Record<FieldName, string[]>>;
  /** Headers of which at least one must be present for a vendor preset to be considered. */
  signature?: string[];
  /** Vendor headers that are recognised but not read: they make detection surer. */
  known?: string[];
  /** Attribute name → header names, kept on contact records as the source gave them. */
  attributes?: Record<string, string[]>;
  /** Generic presets lose a tie against a vendor preset. */
  generic?: boolean;
  orderMoney?: OrderMoney;
  keyRule?: KeyRule;
  /** Defaults for values the file does not state. */
  currency?: string;
  /** The store currency follows the billing country when the file has no currency column. */
  currencyFromCountry?: boolean;
  phoneRegion?: CountryCode;
  /** The zone of date-times written without an offset, when it is not the store's (Stripe: UTC). */
  fileTimeZone?: string;
  dayOrder?: DayOrder;
  /** The amounts' decimal mark, as an admin said it for a file whose rows could not tell. */
  decimalMark?: DecimalMark;
  /** Status values of orders that never counted (cancelled, unpaid, failed), compared folded. */
  excludedStatuses?: string[];
  /** Column names by column count, for files of this format that have no header row. */
  headerless?: Record<number, string[]>;
  /** First cells that start a trailer (a bill's summary rows): reading stops there. */
  endMarkers?: string[];
  /** Consent a contact row states without a consent column (a Mailchimp list is its status). */
  consentFromFile?: (file: { fileName: string; headers: string[] }) => ConsentStatus | null;
  /** What an interaction row is when the file has no kind column. */
  interactionKind?: string;
  /** Preset-specific reading: blank markers, refund rows, and the like. */
  refine?: Refine;
  /** The mapping an admin saved this preset from, to be shown again and changed. */
  mapping?: MappingInput;
  /**
   * Rows the export holds that are no customer's (a help desk's own agents, their tickets): left
   * out, with why. `isStaff` knows the accounts earlier files of the source named as staff.
   */
  leaveOut?: (
    row: { read: CellReader; column: HeaderReader },
    isStaff: (account: string) => boolean,
  ) => LeftOut | null;
};

/**
 * Why a row is left out: the field (as the preset maps it) or the header whose value says so,
 * and the reason's message key; `staff` is an account the row names as the source's own staff,
 * remembered for the source's later files.
 */
export type LeftOut = ({ field: FieldName } | { header: string }) & {
  reason: string;
  staff?: string;
};

/** A cell reader for one row: the cleaned text of a field, "" when absent. */
export type CellReader = (field: FieldName) => string;

/** A reader of any column by its header name, cleaned, "" when absent. */
export type HeaderReader = (header: string) => string;

/** Overrides some fields of a row before it is read (for example a refund row's own key). */
export type Refine = (read: CellReader, column: HeaderReader) => Partial<Record<FieldName, string>> | null;

/** What an import needs besides the file: where it is and how it reads its values. */
export type ReadContext = {
  timeZone: string;
  dayOrder?: DayOrder;
  phoneRegion: CountryCode;
  defaultCurrency: string;
  /** What a bare ¥ in the amounts is (yenFor the default currency), decided once per file. */
  yen: "CNY" | "JPY";
  /** The decimal mark the file's amounts use, when said or its first rows tell (fileDecimalMark). */
  decimalMark: DecimalMark | null;
  sourceKey: string;
  fileName: string;
  /** The latest day a row can be dated (latestFileDay): a later one would move the as-of date. */
  lastDay: number;
};
