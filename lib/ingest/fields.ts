/** The fields an order file can fill. A mapping names the column for each. */
export const orderFields = [
  "orderId",
  "customerId",
  "email",
  "phone",
  "name",
  "orderedAt",
  "amount",
  "refund",
  "currency",
  "channel",
  "status",
] as const;
export type OrderField = (typeof orderFields)[number];

/** Field → the header of the column that holds it. */
export type ColumnMapping = Partial<Record<OrderField, string>>;

/** Header names as files write them: trimmed, BOM-free, case-folded, spaces collapsed. */
export function headerKey(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_\-]+/g, " ");
}
