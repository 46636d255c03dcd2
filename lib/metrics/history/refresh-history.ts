import type { Db } from "@/db/client";

import type { CurrencyRates } from "../buyer-facts";

import {
  HISTORY_FORMAT,
  loadHistory,
  readHistoryMeta,
  saveHistory,
  writeHistoryMeta,
  type HistoryMeta,
} from "./history-store";
import { customerCount, replaceCustomers, type OrderHistory } from "./order-history";
import { readAllOrders, readCustomerOrders } from "./read-orders";
import { clearDirtyProfiles, dirtyProfiles, ensureChangeTracking } from "./track-changes";

export type HistoryRefresh = {
  history: OrderHistory;
  meta: HistoryMeta;
  /** cached: nothing changed; delta: some profiles reread; full: every order reread. */
  mode: "cached" | "delta" | "full";
  profilesReread: number;
};

// Past this share of customers one pass over all orders beats a lookup per profile.
const DELTA_SHARE = 0.1;

/**
 * Brings the order-history cache up to date: rereads only the profiles that
 * gained orders (ids above the watermark) or had orders changed (noted by
 * triggers), and everything when there is no usable cache. Runs inside the
 * caller's transaction, so an import and its cache update commit together.
 */
export function refreshHistory(db: Db, money: CurrencyRates): HistoryRefresh {
  const sqlite = db.$client;
  const tracked = ensureChangeTracking(db);
  const moneyKey = JSON.stringify([money.base, Object.entries(money.rates).sort()]);
  const previous = readHistoryMeta(db);
  const maxId = (sqlite.prepare("SELECT max(id) FROM orders").pluck().get() as number | null) ?? 0;
  // Orders not yet given a profile stay above the watermark until they are.
  const unresolved = sqlite
    .prepare("SELECT min(id) FROM orders WHERE profile_id IS NULL")
    .pluck()
    .get() as number | null;
  const watermark = unresolved === null ? maxId : unresolved - 1;
  const version = (previous?.dataVersion ?? 0) + 1;

  const usable = tracked && previous?.format === HISTORY_FORMAT && previous.moneyKey === moneyKey;
  const cached = usable ? loadHistory(db) : null;
  if (!previous || !cached)
    return rebuild(db, money, {
      format: HISTORY_FORMAT,
      watermark,
      moneyKey,
      dataVersion: version,
    });

  const changed = new Set(dirtyProfiles(db));
  // A rowid range, deduplicated here: asked for DISTINCT, SQLite walks the whole profile index.
  const arrived = sqlite
    .prepare("SELECT profile_id FROM orders WHERE id > ?")
    .pluck()
    .iterate(previous.watermark);
  for (const id of arrived as Iterable<number | null>) if (id !== null) changed.add(id);

  const meta = { ...previous, watermark };
  if (changed.size === 0) {
    saveMetaOnly(db, meta, previous);
    return { history: cached, meta, mode: "cached", profilesReread: 0 };
  }
  if (changed.size > Math.max(1000, DELTA_SHARE * customerCount(cached))) {
    return rebuild(db, money, { ...meta, dataVersion: version });
  }
  const history = replaceCustomers(cached, readCustomerOrders(db, money, changed));
  const updated = { ...meta, dataVersion: version };
  saveHistory(db, history, updated);
  clearDirtyProfiles(db);
  return { history, meta: updated, mode: "delta", profilesReread: changed.size };
}

function rebuild(db: Db, money: CurrencyRates, meta: HistoryMeta): HistoryRefresh {
  const history = readAllOrders(db, money);
  saveHistory(db, history, meta);
  clearDirtyProfiles(db);
  return { history, meta, mode: "full", profilesReread: customerCount(history) };
}

function saveMetaOnly(db: Db, meta: HistoryMeta, previous: HistoryMeta) {
  if (meta.watermark !== previous.watermark) writeHistoryMeta(db, meta);
}
