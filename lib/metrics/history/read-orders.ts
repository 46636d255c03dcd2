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

/**
 * A refund row in a currency without a rate: no purchase, and no amount that
 * could be summed, so it is left out (kept, its sign would be lost to NaN and
 * it would count as an order).
 */
function unpricedRefund(amount: number, code: number): boolean {
  return code < 0 && amount < 0;
}

// Orders per chunk of ids: a few megabytes of JSON text at a time.
const CHUNK = 200_000;

/**
 * Every counted order of every resolved profile, in one pass in table order.
 * Each chunk of ids crosses from SQLite as four JSON arrays (one per column)
 * rather than a row at a time: JSON.parse of number arrays is several times
 * faster than stepping a statement through millions of rows.
 */
export function readAllOrders(db: Db, money: CurrencyRates): OrderHistory {
  const currency = currencyCase(money);
  const maxId =
    (db.$client.prepare("SELECT max(id) FROM orders").pluck().get() as number | null) ?? 0;
  const chunk = db.$client
    .prepare(
      `SELECT json_group_array(profile_id), json_group_array(day), json_group_array(amount_minor),
        json_group_array(${currency.sql}) FROM orders
      WHERE id > ? AND id <= ? AND counts = 1 AND profile_id IS NOT NULL`,
    )
    .raw();
  // No more rows than ids; filled chunk by chunk, trimmed at the end.
  const profiles = new Float64Array(maxId);
  const days = new Int32Array(maxId);
  const amounts = new Float64Array(maxId);
  let n = 0;
  for (let from = 0; from < maxId; from += CHUNK) {
    const columns = chunk.get(...currency.params, from, from + CHUNK) as string[];
    const [ids, day, amount, code] = columns.map((column) => JSON.parse(column) as number[]);
    for (let k = 0; k < ids.length; k++) {
      if (unpricedRefund(amount[k], code[k])) continue;
      profiles[n] = ids[k];
      days[n] = day[k];
      amounts[n] = currency.convert(amount[k], code[k]);
      n++;
    }
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
      if (unpricedRefund(row[2], row[3])) continue;
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
