/**
 * Every customer's counted orders, column by column: customer i owns orders
 * start[i] .. start[i+1]−1, ascending by day. Amounts are in base-currency
 * minor units; NaN marks an order in a currency without a rate (counted as an
 * order, never summed). Typed arrays keep five million orders in ~60 MB and
 * let a recompute walk them in milliseconds.
 */
export type OrderHistory = {
  /** Ascending profile ids. */
  profileIds: Float64Array;
  start: Uint32Array;
  day: Int32Array;
  amount: Float64Array;
};

/** One customer's orders, ascending by day. */
export type CustomerOrderList = { profileId: number; day: Int32Array; amount: Float64Array };

export function emptyHistory(): OrderHistory {
  return {
    profileIds: new Float64Array(0),
    start: new Uint32Array(1),
    day: new Int32Array(0),
    amount: new Float64Array(0),
  };
}

export function customerCount(history: OrderHistory): number {
  return history.profileIds.length;
}

/**
 * Groups loose order rows by customer: ids ascending, each customer's orders
 * by day. Counting places every row once; only each customer's own few rows
 * are sorted.
 */
export function groupOrders(
  profiles: Float64Array,
  days: Int32Array,
  amounts: Float64Array,
): OrderHistory {
  const counts = new Map<number, number>();
  for (const id of profiles) counts.set(id, (counts.get(id) ?? 0) + 1);
  const profileIds = Float64Array.from(counts.keys()).sort();

  const start = new Uint32Array(profileIds.length + 1);
  const slot = new Map<number, number>();
  profileIds.forEach((id, i) => {
    start[i + 1] = start[i] + (counts.get(id) ?? 0);
    slot.set(id, start[i]);
  });
  const day = new Int32Array(days.length);
  const amount = new Float64Array(days.length);
  for (let k = 0; k < profiles.length; k++) {
    const at = slot.get(profiles[k]) ?? 0;
    slot.set(profiles[k], at + 1);
    day[at] = days[k];
    amount[at] = amounts[k];
  }
  for (let i = 0; i < profileIds.length; i++) sortByDay(day, amount, start[i], start[i + 1]);
  return { profileIds, start, day, amount };
}

/**
 * Replaces the orders of some customers (an empty list removes one) and
 * keeps everyone else's slices as they were.
 */
export function replaceCustomers(history: OrderHistory, lists: CustomerOrderList[]): OrderHistory {
  const replaced = new Map(lists.map((list) => [list.profileId, list]));
  const kept = history.profileIds.filter((id) => !replaced.has(id));
  const added = lists.filter((l) => l.day.length > 0).map((l) => l.profileId);
  const profileIds = Float64Array.from([...kept, ...added]).sort();

  const oldIndex = new Map<number, number>();
  history.profileIds.forEach((id, i) => oldIndex.set(id, i));
  const start = new Uint32Array(profileIds.length + 1);
  profileIds.forEach((id, i) => {
    const list = replaced.get(id);
    const old = oldIndex.get(id) ?? 0;
    const size = list ? list.day.length : history.start[old + 1] - history.start[old];
    start[i + 1] = start[i] + size;
  });

  const day = new Int32Array(start[profileIds.length]);
  const amount = new Float64Array(day.length);
  profileIds.forEach((id, i) => {
    const list = replaced.get(id);
    if (list) {
      day.set(list.day, start[i]);
      amount.set(list.amount, start[i]);
      return;
    }
    const old = oldIndex.get(id) ?? 0;
    const [from, to] = [history.start[old], history.start[old + 1]];
    day.set(history.day.subarray(from, to), start[i]);
    amount.set(history.amount.subarray(from, to), start[i]);
  });
  return { profileIds, start, day, amount };
}

/** Insertion sort of one customer's slice: a customer has few orders, often already in order. */
function sortByDay(day: Int32Array, amount: Float64Array, from: number, to: number) {
  for (let i = from + 1; i < to; i++) {
    const [d, a] = [day[i], amount[i]];
    let j = i - 1;
    while (j >= from && day[j] > d) {
      day[j + 1] = day[j];
      amount[j + 1] = amount[j];
      j--;
    }
    day[j + 1] = d;
    amount[j + 1] = a;
  }
}
