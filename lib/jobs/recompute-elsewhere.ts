import "server-only";

import type { ResolutionResult } from "@/lib/identity/resolve";
import type { RecomputeResult } from "@/lib/metrics/recompute";

import { spawnCli } from "./spawn-cli";

/** The command met another process's write for longer than it waits: `isBusy` knows it. */
class ElsewhereBusy extends Error {
  readonly code = "SQLITE_BUSY";
}

/**
 * Recomputes the metrics as `strata recompute` does, in a child process, and resolves with its
 * result. A recompute of a million orders takes seconds: in the server's own process it would
 * hold up every other request for as long.
 */
export function recomputeElsewhere(): Promise<RecomputeResult> {
  return runElsewhere<RecomputeResult>(["recompute", "--json"]);
}

/** Resolves every identity again and recomputes, as `strata resolve` does, in a child process. */
export function resolveElsewhere(): Promise<{
  resolution: ResolutionResult; recompute: RecomputeResult;
}> {
  return runElsewhere(["resolve", "--json"]);
}

function runElsewhere<T>(args: string[]): Promise<T> {
  const child = spawnCli(args);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) return resolve(JSON.parse(stdout) as T);
      const Failure = /database is locked|SQLITE_BUSY/.test(stderr) ? ElsewhereBusy : Error;
      reject(new Failure(`strata ${args[0]} failed (exit ${code}): ${stderr.trim()}`));
    });
  });
}
