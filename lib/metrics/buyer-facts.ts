import type { Db } from "@/db/client";

/** Per-profile order facts up to the as-of day, in base-currency minor units. */
export type BuyerFacts = {
  profileId: number;
  orders: number;
  revenue: number;
  trailingYear: number;
  firstDay: number;
  lastDay: number;
  previousDay: number | null;
};

export type CurrencyRates = { base: string; rates: Record<string, number> };

/**
 * One ordered pass over the counted orders (the profile/day index serves the
 * order). Orders in a currency without a rate are left out of value and
 * counted in `unconverted`, never summed as if they were the base currency.
 */
export function loadBuyerFacts(db: Db, asOfDay: number, money: CurrencyRates) {
  const rows = db.$client
    .prepare(`SELECT profile_id, day, amount_minor, currency FROM orders
      WHERE counts = 1 AND day <= ? AND profile_id IS NOT NULL ORDER BY profile_id, day`)
    .raw()
    .iterate(asOfDay) as Iterable<[number, number, number, string]>;

  const facts: BuyerFacts[] = [];
  let current = null as BuyerFacts | null;
  let unconverted = 0;
  for (const [profileId, day, amount, currency] of rows) {
    const rate = currency === money.base ? 1 : money.rates[currency];
    if (rate === undefined) unconverted++;
    const value = rate === undefined ? 0 : Math.round(amount * rate);
    if (current?.profileId !== profileId) {
      current = { profileId, orders: 0, revenue: 0, trailingYear: 0, firstDay: day, lastDay: day, previousDay: null };
      facts.push(current);
    }
    // A negative row is a refund adjustment: it lowers spend but is no purchase.
    if (amount >= 0) {
      if (day !== current.lastDay) current.previousDay = current.lastDay;
      current.orders++;
      current.lastDay = day;
    }
    current.revenue += value;
    if (day > asOfDay - 365) current.trailingYear += value;
  }
  return { facts: facts.filter((f) => f.orders > 0), unconverted };
}
