import type { Db } from "@/db/client";

import type { CurrencyRates } from "../buyer-facts";

import { groupOrders, type CustomerOrderList, type OrderHistory } from "./order-history";

/**
 * The SQL side of the order-history cache. Currencies become a small number
 * inside SQLite (a CASE over the known rates), so every row crosses into
 * JavaScript as three numbers and no string is allocated per order.
 */
function currencyCase(money: CurrencyRates) {
  const codes = [money.base, ...Object.keys(money.rates).filter((c) => c !== money.base)];
  const rates = codes.map((code, i) => (i === 0 ? 1 : money.rates[code]));
  const sql = `CASE currency ${codes.map(() => "WHEN ? THEN ?").join(" ")} ELSE -1 END`;
  const params = codes.flatMap((code, i) => [code, i]);
  const convert = (amount: number, code: number) =>
    code < 0 ? Number.NaN : Math.round(amount * rates[code]);
  return { sql, params, convert };
}

/** Every counted order of every resolved profile, in one pass in table order. */
export function readAllOrders(db: Db, money: CurrencyRates): OrderHistory {
  const currency = currencyCase(money);
  const total =
    (db.$client.prepare("SELECT max(id) FROM orders").pluck().get() as number | null) ?? 0;
  let profiles = new Float64Array(Math.max(total, 16));
  let days = new Int32Array(profiles.length);
  let amounts = new Float64Array(profiles.length);
  let n = 0;
  const rows = db.$client
    .prepare(
      `SELECT profile_id, day, amount_minor, ${currency.sql} FROM orders
      WHERE counts = 1 AND profile_id IS NOT NULL`,
    )
    .raw()
    .iterate(...currency.params) as Iterable<[number, number, number, number]>;
  for (const [profile, day, amount, code] of rows) {
    if (n === profiles.length)
      [profiles, days, amounts] = [grow(profiles), grow(days), grow(amounts)];
    profiles[n] = profile;
    days[n] = day;
    amounts[n] = currency.convert(amount, code);
    n++;
  }
  return groupOrders(profiles.subarray(0, n), days.subarray(0, n), amounts.subarray(0, n));
}

/**
 * The counted orders of some profiles, through the profile/day index, in one
 * statement per few thousand profiles (their ids go in as a JSON array).
 */
export function readCustomerOrders(
  db: Db,
  money: CurrencyRates,
  profileIds: Iterable<number>,
): CustomerOrderList[] {
  const currency = currencyCase(money);
  const select = db.$client
    .prepare(
      `SELECT profile_id, day, amount_minor, ${currency.sql} FROM orders
      WHERE profile_id IN (SELECT value FROM json_each(?)) AND counts = 1 ORDER BY profile_id, day`,
    )
    .raw();
  const ids = [...profileIds];
  const found = new Map<number, [number, number, number, number][]>();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = select.all(...currency.params, JSON.stringify(ids.slice(i, i + 5000))) as [
      number,
      number,
      number,
      number,
    ][];
    for (const row of rows) {
      const list = found.get(row[0]);
      if (list) list.push(row);
      else found.set(row[0], [row]);
    }
  }
  return ids.map((profileId) => {
    const rows = found.get(profileId) ?? [];
    return {
      profileId,
      day: Int32Array.from(rows, (row) => row[1]),
      amount: Float64Array.from(rows, (row) => currency.convert(row[2], row[3])),
    };
  });
}

function grow<T extends Float64Array | Int32Array>(array: T): T {
  const bigger = new (array.constructor as new (n: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}
