import { fixedNumber, type CsvCell } from "@/lib/export/csv";
import { dayToIso } from "@/lib/ingest/normalise/dates";

import { outputFields, tagList, type OutputField } from "../catalogue/fields";

/** Names the file's header and the tier, stage and RFM segment values in the reader's language. */
export type CsvLabels = {
  /** The first column's heading: Strata's profile id, the one in a profile's address. */
  profileId: string;
  header: (field: OutputField) => string;
  value: (kind: "tier" | "stage" | "rfm", key: string) => string;
};

/**
 * A stored value as the cell a spreadsheet user expects: money in major
 * units with two decimals, days as YYYY-MM-DD, tags joined. Numbers stay
 * numbers (never neutralised); text goes through the CSV writer's guard.
 */
export function csvValue(field: OutputField, raw: unknown, labels: CsvLabels): CsvCell {
  if (raw === null || raw === undefined) return null;
  const { type } = outputFields[field];
  switch (type) {
    case "money":
      return fixedNumber(Number(raw) / 100, 2);
    case "integer":
      return Number(raw);
    case "share":
      return fixedNumber(Number(raw), 4);
    case "day":
      return dayToIso(Number(raw));
    case "tags":
      return tagList(raw).join("; ");
    case "tier":
    case "stage":
    case "rfm":
      return labels.value(type, String(raw));
    case "text":
      return String(raw);
  }
}
