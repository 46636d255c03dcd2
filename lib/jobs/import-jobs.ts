import "server-only";

import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import readline from "node:readline";

import { env } from "@/lib/env";
import type { ImportProgress, ImportSummary } from "@/lib/ingest/run-import";
import { log } from "@/lib/log";

export type ImportJob = {
  id: string;
  status: "running" | "done" | "failed";
  fileName: string;
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  problem: { code: string; params: Record<string, string> } | null;
  startedAt: number;
};

export type JobRequest = {
  file: string;
  fileName: string;
  preset: string;
  source?: string;
  dryRun: boolean;
  createdBy: string;
};

const registry = globalThis as unknown as { strataImportJobs?: Map<string, ImportJob> };
const jobs = (registry.strataImportJobs ??= new Map());

/**
 * Runs an import in a child process: the same code path as the command line,
 * its own SQLite connection and transaction, and the server's event loop free
 * for other requests. If the child dies, its transaction never commits.
 */
export function startImportJob(request: JobRequest): ImportJob {
  const job: ImportJob = {
    id: randomUUID(),
    status: "running",
    fileName: request.fileName,
    progress: null,
    summary: null,
    problem: null,
    startedAt: Date.now(),
  };
  jobs.set(job.id, job);

  const args = [
    "--conditions=react-server", "--import", "tsx", "bin/strata.ts", "import", request.file,
    "--preset", request.preset, "--db", env.databasePath, "--progress-json",
    "--created-by", request.createdBy, "--file-name", request.fileName,
    ...(request.source ? ["--source", request.source] : []),
    ...(request.dryRun ? ["--dry-run"] : []),
  ];
  const child = spawn(process.execPath, args, { cwd: process.cwd(), stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  readline.createInterface({ input: child.stdout }).on("line", (line) => {
    try {
      const message = JSON.parse(line) as Partial<Pick<ImportJob, "progress" | "summary" | "problem">>;
      Object.assign(job, message);
    } catch {
      // Not a progress line; the child's own output is logged below if it fails.
    }
  });
  child.on("close", (code) => {
    job.status = code === 0 && job.summary ? "done" : "failed";
    if (job.status === "failed" && !job.problem) {
      log.error("import job failed", { jobId: job.id, code, stderr: stderr.trim() });
    }
    fs.promises.rm(request.file, { force: true }).catch(() => undefined);
  });
  return job;
}

export function findImportJob(id: string): ImportJob | undefined {
  return jobs.get(id);
}
