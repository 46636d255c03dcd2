import { headerKey, type ColumnMap } from "../fields";
import { cleanCell } from "../normalise/text";
import type { OrderMoney } from "../presets/types";

// Headers that name an order's total rather than a line's: repeated on each row, read once.
const orderTotalHeaders = new Set(["total", "order total", "order amount", "grand total",
  "total amount", "订单金额", "订单总额", "总金额", "实付金额", "支付金额"]);

/**
 * How the rows of one order carry money in a file no vendor preset knows, from its first
 * rows. Rows whose amounts differ are parts of the order, summed. An order whose rows are the
 * same row again (two overlapping exports joined into one file), or that repeats one amount
 * under a header naming the order's total: the amount is the order's, read once. Equal amounts
 * under any other header may be equal parts (two items at one price, two instalments), summed.
 */
export function rowMoneyOf(rows: string[][], headers: string[], columns: ColumnMap): OrderMoney {
  const [idAt, amountAt] = [columns.orderId?.[0], columns.amount?.[0]];
  if (idAt === undefined || amountAt === undefined) return "line";
  const first = new Map<string, string[]>();
  const repeated = new Set<string>();
  let sameRowAgain = false;
  for (const row of rows) {
    const id = cleanCell(row[idAt] ?? "");
    if (!id) continue;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, row);
      continue;
    }
    if (cleanCell(earlier[amountAt] ?? "") !== cleanCell(row[amountAt] ?? "")) return "line";
    repeated.add(id);
    sameRowAgain ||= earlier.length === row.length && earlier.every((cell, i) => cell === row[i]);
  }
  if (repeated.size === 0) return "line";
  const namesTotal = orderTotalHeaders.has(headerKey(headers[amountAt] ?? ""));
  return sameRowAgain || namesTotal ? "order" : "line";
}
