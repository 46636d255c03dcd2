import "server-only";

import { env } from "@/lib/env";

import { databaseAt, type Db } from "./client";

/** The server's database, at STRATA_DB. */
export function getDb(): Db {
  return databaseAt(env.databasePath);
}

export type { Db };
