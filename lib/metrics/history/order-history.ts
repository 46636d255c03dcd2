import { IdIndex } from "@/lib/id-index";

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
  const index = new IdIndex();
  const customerOf = new Int32Array(profiles.length);
  for (let k = 0; k < profiles.length; k++) customerOf[k] = index.add(profiles[k]);
  const profileIds = Float64Array.from(index.ids).sort();
  // rank[i]: where the i-th id seen lands in ascending order.
  const rank = new Int32Array(profileIds.length);
  profileIds.forEach((id, position) => (rank[index.find(id)] = position));

  const start = new Uint32Array(profileIds.length + 1);
  for (let k = 0; k < profiles.length; k++) start[rank[customerOf[k]] + 1]++;
  for (let i = 0; i < profileIds.length; i++) start[i + 1] += start[i];
  const next = start.slice(0, profileIds.length);
  const day = new Int32Array(days.length);
  const amount = new Float64Array(days.length);
  for (let k = 0; k < profiles.length; k++) {
    const at = next[rank[customerOf[k]]]++;
    day[at] = days[k];
    amount[at] = amounts[k];
  }
  for (let i = 0; i < profileIds.length; i++) sortByDay(day, amount, start[i], start[i + 1]);
  return { profileIds, start, day, amount };
}

/**
 * Replaces the orders of some customers (an empty list removes one) and
 * keeps everyone else's slices as they were: one merge of two id-sorted lists.
 */
export function replaceCustomers(history: OrderHistory, lists: CustomerOrderList[]): OrderHistory {
  const incoming = [...lists].sort((a, b) => a.profileId - b.profileId);
  const slices: { profileId: number; day: Int32Array; amount: Float64Array }[] = [];
  let k = 0;
  const oldIds = history.profileIds;
  for (let c = 0; c < oldIds.length || k < incoming.length; ) {
    const next = incoming[k];
    if (next && (c >= oldIds.length || next.profileId <= oldIds[c])) {
      if (next.day.length > 0) slices.push(next);
      if (c < oldIds.length && next.profileId === oldIds[c]) c++;
      k++;
      continue;
    }
    const [from, to] = [history.start[c], history.start[c + 1]];
    slices.push({
      profileId: oldIds[c],
      day: history.day.subarray(from, to),
      amount: history.amount.subarray(from, to),
    });
    c++;
  }

  const profileIds = Float64Array.from(slices, (slice) => slice.profileId);
  const start = new Uint32Array(slices.length + 1);
  slices.forEach((slice, i) => (start[i + 1] = start[i] + slice.day.length));
  const day = new Int32Array(start[slices.length]);
  const amount = new Float64Array(day.length);
  slices.forEach((slice, i) => {
    day.set(slice.day, start[i]);
    amount.set(slice.amount, start[i]);
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
