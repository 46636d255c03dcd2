import type { Db } from "@/db/client";

import { loadArrays, saveArrays } from "../cache-arrays";
import { readState, writeState } from "../metric-state";

import type { OrderHistory } from "./order-history";

/** What the stored cache covers; a cache whose format or money differ is rebuilt. */
export type HistoryMeta = {
  format: number;
  /** Every order with id ≤ watermark is in the cache (or was not counted). */
  watermark: number;
  /** Base currency and rates the amounts were converted with. */
  moneyKey: string;
  /** Grows whenever the cached orders change; back-fills and fits compare it. */
  dataVersion: number;
};

export const HISTORY_FORMAT = 2;
const NAME = "history";
const shape = {
  profileIds: Float64Array,
  start: Uint32Array,
  day: Int32Array,
  amount: Float64Array,
};

export function readHistoryMeta(db: Db): HistoryMeta | null {
  return readState<HistoryMeta>(db, NAME);
}

export function writeHistoryMeta(db: Db, meta: HistoryMeta) {
  writeState(db, NAME, meta);
}

/** The cached history, or null when none was stored. */
export function loadHistory(db: Db): OrderHistory | null {
  return loadArrays(db, NAME, shape);
}

export function saveHistory(db: Db, history: OrderHistory, meta: HistoryMeta) {
  db.$client.transaction(() => {
    saveArrays(db, NAME, history);
    writeHistoryMeta(db, meta);
  })();
}
