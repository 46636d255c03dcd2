import { setTimeout as sleep } from "node:timers/promises";

import type Database from "better-sqlite3";

// How often a writer that waits for another process's transaction tries again.
const RETRY_MS = 200;

/**
 * Opens a write transaction (BEGIN IMMEDIATE) as soon as no other process holds one. SQLite takes
 * one writer at a time, and an import holds its transaction for as long as it runs, minutes for a
 * large file, far past the connection's busy timeout, after which the second writer would fail
 * with "database is locked". This waits instead, without blocking the event loop, says once that
 * it waits, and gives up when the signal aborts (a cancel while queued).
 */
export async function beginWhenFree(
  sqlite: Database.Database,
  { signal, onWait }: { signal?: AbortSignal; onWait?: () => void } = {},
): Promise<void> {
  const busyTimeout = sqlite.pragma("busy_timeout", { simple: true }) as number;
  sqlite.pragma("busy_timeout = 0");
  try {
    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      try {
        sqlite.exec("BEGIN IMMEDIATE");
        return;
      } catch (error) {
        if (!isBusy(error)) throw error;
      }
      if (attempt === 0) onWait?.();
      await sleep(RETRY_MS, undefined, { signal }).catch(() => signal?.throwIfAborted());
    }
  } finally {
    sqlite.pragma(`busy_timeout = ${busyTimeout}`);
  }
}

/** SQLite's "database is locked": another connection writes. */
export function isBusy(error: unknown): boolean {
  return error instanceof Error && "code" in error && String(error.code).startsWith("SQLITE_BUSY");
}
