import type { OrderHistory } from "./history/order-history";

/** Units of base currency per unit of each other currency; see GeneralSettings. */
export type CurrencyRates = { base: string; rates: Record<string, number> };

/** Whether amounts in `code` reach reports: the base currency, or one an admin gave a rate. */
export function convertible(money: CurrencyRates, code: string): boolean {
  return code === money.base || money.rates[code] > 0;
}

/**
 * Per-buyer order facts on one day, column by column (index i is one buyer),
 * money in base-currency minor units. `previousDay` is NO_DAY for a buyer with a
 * single order day.
 */
export type BuyerFacts = {
  profileIds: Float64Array;
  orders: Int32Array;
  revenue: Float64Array;
  trailingYear: Float64Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
  previousDay: Int32Array;
  /** Orders in a currency without a rate: counted as orders, never summed. */
  unconverted: number;
};

// Day numbers are small; this one can never be an order day.
export const NO_DAY = -2_147_483_648;

/**
 * The facts of every buyer as of `asOfDay`, from the order-history cache. A
 * negative row is a refund adjustment: it lowers spend but is no purchase.
 * Profiles whose only rows are refunds are not buyers.
 */
export function buyerFactsAt(history: OrderHistory, asOfDay: number): BuyerFacts {
  const customers = history.profileIds.length;
  const facts = allocate(customers);
  let n = 0;
  for (let c = 0; c < customers; c++) {
    const from = history.start[c];
    const to = history.start[c + 1];
    if (from === to || history.day[from] > asOfDay) continue;
    // Plain locals, no destructuring: this loop runs over every order once per snapshot period.
    let orders = 0;
    let revenue = 0;
    let trailing = 0;
    let lastDay = history.day[from];
    let previousDay = NO_DAY;
    for (let k = from; k < to && history.day[k] <= asOfDay; k++) {
      const day = history.day[k];
      const amount = history.amount[k];
      const value = Number.isNaN(amount) ? 0 : amount;
      if (Number.isNaN(amount)) facts.unconverted++;
      if (!(amount < 0)) {
        if (day !== lastDay) previousDay = lastDay;
        orders++;
        lastDay = day;
      }
      revenue += value;
      if (day > asOfDay - 365) trailing += value;
    }
    if (orders === 0) continue;
    facts.profileIds[n] = history.profileIds[c];
    facts.orders[n] = orders;
    facts.revenue[n] = revenue;
    facts.trailingYear[n] = trailing;
    facts.firstDay[n] = history.day[from];
    facts.lastDay[n] = lastDay;
    facts.previousDay[n] = previousDay;
    n++;
  }
  return trim(facts, n);
}

function allocate(size: number): BuyerFacts {
  return {
    profileIds: new Float64Array(size),
    orders: new Int32Array(size),
    revenue: new Float64Array(size),
    trailingYear: new Float64Array(size),
    firstDay: new Int32Array(size),
    lastDay: new Int32Array(size),
    previousDay: new Int32Array(size),
    unconverted: 0,
  };
}

function trim(facts: BuyerFacts, n: number): BuyerFacts {
  return {
    profileIds: facts.profileIds.subarray(0, n),
    orders: facts.orders.subarray(0, n),
    revenue: facts.revenue.subarray(0, n),
    trailingYear: facts.trailingYear.subarray(0, n),
    firstDay: facts.firstDay.subarray(0, n),
    lastDay: facts.lastDay.subarray(0, n),
    previousDay: facts.previousDay.subarray(0, n),
    unconverted: facts.unconverted,
  };
}
