import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";

import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & {
  $client: Database.Database;
};

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Opens (and creates, and migrates) the SQLite file at `file`. */
export function openDatabase(file: string): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets pages read while an import writes; NORMAL is durable at commit
  // boundaries in WAL mode, which is the unit an import is rolled back by.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  // A large import, or one cancelled, grows the write-ahead log to the size of all it wrote (171 MB
  // for a 50 MB file); SQLite reuses that file but never shrinks it unless told to, after the next
  // checkpoint, here to 64 MB.
  sqlite.pragma("journal_size_limit = 67108864");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 10000");
  sqlite.pragma("cache_size = -65536");
  sqlite.pragma("temp_store = MEMORY");
  // Reads pages straight from the OS cache instead of copying each one:
  // segment counts that look up rows by id run about 4× faster at 1 M rows.
  sqlite.pragma("mmap_size = 2147418112");
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder });
  return db;
}

// One connection per file for the server process, kept across hot reloads.
const cache = globalThis as unknown as { strataDbs?: Map<string, Db> };

// The server's connection waits this long for another process's write. Waiting blocks its only
// thread, every request with it, and an import's transaction can last minutes: past this, the
// write fails as busy and the person is told to try again when the import ends.
const SERVER_BUSY_TIMEOUT_MS = 2000;

export function databaseAt(file: string): Db {
  cache.strataDbs ??= new Map();
  let db = cache.strataDbs.get(file);
  if (!db) {
    db = openDatabase(file);
    db.$client.pragma(`busy_timeout = ${SERVER_BUSY_TIMEOUT_MS}`);
    cache.strataDbs.set(file, db);
  }
  return db;
}
