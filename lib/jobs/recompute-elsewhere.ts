import "server-only";

import type { RecomputeResult } from "@/lib/metrics/recompute";

import { spawnCli } from "./spawn-cli";

/** The recompute met another process's write for longer than it waits: `isBusy` knows it. */
class RecomputeBusy extends Error {
  readonly code = "SQLITE_BUSY";
}

/**
 * Recomputes the metrics as `strata recompute` does, in a child process, and resolves with its
 * result. A recompute of a million orders takes seconds: in the server's own process it would
 * hold up every other request for as long.
 */
export function recomputeElsewhere(): Promise<RecomputeResult> {
  const child = spawnCli(["recompute", "--json"]);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) return resolve(JSON.parse(stdout) as RecomputeResult);
      const Failure = /database is locked|SQLITE_BUSY/.test(stderr) ? RecomputeBusy : Error;
      reject(new Failure(`recompute failed (exit ${code}): ${stderr.trim()}`));
    });
  });
}
