import type { CountryCode } from "libphonenumber-js";

import type { DayOrder } from "../normalise/dates";
import type { RowFormat } from "../read/read-rows";
import type { ColumnMapping } from "../fields";

/**
 * How rows of one order combine: "sum" adds amounts of the order's rows
 * (CDNOW's same-day purchases); "first" keeps the first row's amount because
 * exports repeat order-level money on every line (WooCommerce, JD).
 */
export type CombineRule = "sum" | "first";

export type Preset = {
  id: string;
  label: string;
  format: RowFormat;
  /** Field → header, or field → list of header names the field may go by. */
  columns: Partial<Record<keyof ColumnMapping, string[]>>;
  combine: CombineRule;
  /** Column names by column count, for files of this format that have no header row. */
  headerless?: Record<number, string[]>;
  currency?: string;
  /** Status values (as written, case-folded) that mean the order never counted. */
  excludedStatuses?: string[];
};

/** What an import needs besides the file: where it is and how it reads its values. */
export type ReadContext = {
  timeZone: string;
  dayOrder?: DayOrder;
  phoneRegion: CountryCode;
  defaultCurrency: string;
};
