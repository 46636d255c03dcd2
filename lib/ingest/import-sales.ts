import type { Db } from "@/db/client";

/**
 * The orders an import stored, in one currency: how many count as sales, how many are refunds
 * (a payment bill's own rows of negative amount), their net amount, and those that do not count.
 */
export type ImportSales = {
  currency: string;
  orders: number;
  refunds: number;
  amountMinor: number;
  notCounted: number;
};

/** A status the new orders of an import carry, how many, and whether they count as sales. */
export type ImportStatus = { status: string; orders: number; counts: boolean };

// Enough for any shop's list of states; a file with more is listed by its commonest.
const LISTED_STATUSES = 30;

/**
 * What the new orders of an import add up to, per currency (never summed
 * across currencies), with the ones that do not count (cancelled, unpaid)
 * beside them, and every status among them: the mapping screen lists only
 * those of the file's first rows, and a status no rule knows counts as a
 * sale, so the dry run shows the money and the statuses before anything is
 * written. One pass over the import's orders gives both.
 */
export function importOrderTotals(db: Db, importId: number): {
  sales: ImportSales[];
  statuses: ImportStatus[];
} {
  const groups = db.$client
    .prepare(`SELECT currency, status, counts, count(*) AS orders, sum(amount_minor) AS amountMinor,
        sum(amount_minor < 0) AS refunds
      FROM orders WHERE import_id = ? GROUP BY currency, status, counts`)
    .iterate(importId) as Iterable<{
      currency: string; status: string | null; counts: number; orders: number; amountMinor: number;
      refunds: number;
    }>;
  const sales = new Map<string, ImportSales>();
  const statuses = new Map<string, ImportStatus>();
  for (const group of groups) {
    const money = sales.get(group.currency) ??
      { currency: group.currency, orders: 0, refunds: 0, amountMinor: 0, notCounted: 0 };
    if (group.counts === 1) {
      money.orders += group.orders - group.refunds;
      money.refunds += group.refunds;
      money.amountMinor += group.amountMinor;
    } else {
      money.notCounted += group.orders;
    }
    sales.set(group.currency, money);
    if (!group.status) continue;
    const key = `${group.counts}:${group.status}`;
    const seen = statuses.get(key) ??
      { status: group.status, orders: 0, counts: group.counts === 1 };
    seen.orders += group.orders;
    statuses.set(key, seen);
  }
  const commonestFirst = <T extends { orders: number }>(a: T, b: T) => b.orders - a.orders;
  return {
    sales: [...sales.values()]
      .sort((a, b) => commonestFirst(a, b) || a.currency.localeCompare(b.currency)),
    statuses: [...statuses.values()]
      .sort((a, b) => commonestFirst(a, b) || a.status.localeCompare(b.status))
      .slice(0, LISTED_STATUSES),
  };
}
