import "server-only";

import { spawn } from "node:child_process";

import { env } from "@/lib/env";
import { importProcessEnv } from "@/lib/ingest/import-process-env";

/**
 * The command line in a process of its own, on the server's database: its own SQLite connection
 * and transaction, and the server's event loop free for other requests meanwhile.
 */
export function spawnCli(args: string[]) {
  return spawn(
    process.execPath,
    ["--conditions=react-server", "scripts/strata.mjs", ...args, "--db", env.databasePath],
    {
      cwd: process.cwd(),
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...importProcessEnv },
    },
  );
}
