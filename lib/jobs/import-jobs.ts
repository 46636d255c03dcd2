import "server-only";

import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import readline from "node:readline";

import { getDb } from "@/db";
import { recordUnfinishedImport, type ImportEntry } from "@/lib/ingest/import-entry";
import type { MappingInput } from "@/lib/ingest/presets/available";
import type { ImportProgress, ImportSummary } from "@/lib/ingest/run-import";
import type { RollbackSummary } from "@/lib/ingest/rollback-import";
import { log } from "@/lib/log";

import { JobLine } from "./job-line";
import { spawnCli } from "./spawn-cli";
import { besideUpload, removeUpload } from "./uploads";

export type ImportJob = {
  id: string;
  kind: "import" | "rollback";
  /** "queued": waiting for the jobs ahead of it to end; nothing of it has started. */
  status: "queued" | "running" | "done" | "failed" | "cancelled";
  /** Jobs that run or wait before a queued one: read off the queue when the job is asked for. */
  ahead: number;
  fileName: string;
  dryRun: boolean;
  /** Who started it. */
  by: string;
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  rollback: RollbackSummary | null;
  problem: { code: string; params: Record<string, string> } | null;
  startedAt: number;
};

export type ImportJobRequest = {
  uploadId: string;
  file: string;
  fileName: string;
  preset?: string;
  mapping?: MappingInput;
  source?: string;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  dayOrder?: string;
  decimalMark?: string;
  currency?: string;
  phoneRegion?: string;
  dryRun: boolean;
  createdBy: string;
};

// A job as kept: its place in the queue is the queue's to say.
type StoredJob = Omit<ImportJob, "ahead">;

type Entry = {
  job: StoredJob;
  /** Where a run that keeps nothing leaves its rejected rows and warnings (--issues-file). */
  issuesFile: string | null;
  /** Null while the job waits its turn. */
  child: ChildProcess | null;
  cancelRequested: boolean;
  /** What the history records of the attempt, should the child be killed before it can. */
  history: ImportEntry | null;
  onEnd: (job: StoredJob) => void;
};
const registry = globalThis as unknown as {
  strataImportJobs?: Map<string, Entry>;
  strataJobLine?: JobLine;
};
const jobs = (registry.strataImportJobs ??= new Map());
const line = (registry.strataJobLine ??= new JobLine());

// A child that does not stop within this time of a cancel is killed: its transaction never commits.
const CANCEL_GRACE_MS = 3000;

/**
 * Runs an import in a child process: the same command line as a terminal,
 * its own SQLite connection and transaction, and the server's event loop
 * free for other requests. If the child dies, its transaction never commits.
 * The upload is kept after a dry run (the import follows) and after an import
 * that was cancelled or failed (it can be run again); a finished import removes it.
 */
export function startImportJob(request: ImportJobRequest): ImportJob {
  const mappingFile = request.mapping ? besideUpload.mapping(request.file) : null;
  if (mappingFile) fs.writeFileSync(mappingFile, JSON.stringify(request.mapping));
  const issuesFile = besideUpload.issues(request.file);
  const options: [string, string | undefined][] = [
    ["--preset", request.preset], ["--mapping-file", mappingFile ?? undefined],
    ["--source", request.source], ["--encoding", request.encoding],
    ["--delimiter", request.delimiter], ["--sheet", request.sheet],
    ["--day-order", request.dayOrder], ["--decimal-mark", request.decimalMark],
    ["--currency", request.currency],
    ["--phone-region", request.phoneRegion], ["--issues-file", issuesFile],
  ];
  const args = [
    "import", request.file, "--progress-json", "--created-by", request.createdBy, "--file-name", request.fileName,
    ...options.flatMap(([flag, value]) => (value ? [flag, value] : [])),
    ...(request.dryRun ? ["--dry-run"] : []),
  ];
  return startJob("import", request.fileName, request.dryRun, request.createdBy, args, issuesFile, (job) => {
    // A cancelled or failed import can be run again on the same upload.
    if (!request.dryRun && job.status === "done") void removeUpload(request.uploadId);
  });
}

export function startRollbackJob(importId: number, by: string): ImportJob {
  // Asked already: the history's dialog showed what goes before the admin said yes.
  const args = ["rollback", String(importId), "--yes", "--by", by, "--progress-json"];
  return startJob("rollback", `#${importId}`, false, by, args, null, () => {});
}

export function findImportJob(id: string): ImportJob | undefined {
  const job = jobs.get(id)?.job;
  return job && withPlace(job);
}

/** The rejected rows and warnings a finished job that kept nothing saved, else null. */
export function savedIssuesOf(id: string): string | null {
  const entry = jobs.get(id);
  if (!entry?.issuesFile || !ended(entry.job)) return null;
  return fs.existsSync(entry.issuesFile) ? entry.issuesFile : null;
}

/**
 * Stops a job. One still queued just leaves the queue. A running one's child rolls its transaction
 * back (or is killed before it can commit); the job stays running until the child has exited: by
 * then the history holds the cancelled attempt, and an import that committed just before the
 * signal is reported as done.
 */
export function cancelImportJob(id: string): ImportJob | undefined {
  const entry = jobs.get(id);
  if (entry && line.withdraw(id)) {
    entry.job.status = "cancelled";
    entry.onEnd(entry.job);
  } else if (entry?.child && entry.job.status === "running" && !entry.cancelRequested) {
    const child = entry.child;
    entry.cancelRequested = true;
    child.kill("SIGTERM");
    setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), CANCEL_GRACE_MS).unref();
  }
  return findImportJob(id);
}

/** Jobs running or queued, in the order they started. */
export function activeJobs(): ImportJob[] {
  return [...jobs.values()].filter((entry) => !ended(entry.job))
    .map((entry) => withPlace(entry.job))
    .sort((a, b) => a.ahead - b.ahead);
}

function withPlace(job: StoredJob): ImportJob {
  return { ...job, ahead: line.ahead(job.id) };
}

function ended(job: StoredJob): boolean {
  return job.status !== "queued" && job.status !== "running";
}

function startJob(
  kind: ImportJob["kind"], fileName: string, dryRun: boolean, by: string, args: string[],
  issuesFile: string | null, onEnd: (job: StoredJob) => void,
): ImportJob {
  const job: StoredJob = {
    id: randomUUID(), kind, status: "queued", fileName, dryRun, by,
    progress: null, summary: null, rollback: null, problem: null, startedAt: Date.now(),
  };
  const entry: Entry = { job, child: null, issuesFile, cancelRequested: false, history: null, onEnd };
  jobs.set(job.id, entry);
  line.add(job.id, () => launch(entry, args));
  return withPlace(job);
}

function launch(entry: Entry, args: string[]) {
  const { job } = entry;
  job.status = "running";
  job.startedAt = Date.now();
  const child = spawnCli(args);
  entry.child = child;
  if (entry.issuesFile) fs.rmSync(entry.issuesFile, { force: true });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  readline.createInterface({ input: child.stdout! }).on("line", (text) => {
    try {
      type Line = Partial<ImportJob> & { entry?: ImportEntry };
      const { entry: history, ...update } = JSON.parse(text) as Line;
      if (history) entry.history = history;
      Object.assign(job, update);
    } catch {
      // Not a progress line; the child's own output is logged below if it fails.
    }
  });
  child.on("close", (code, signal) => {
    const finished = code === 0 && (job.summary || job.rollback);
    job.status = finished ? "done" : entry.cancelRequested ? "cancelled" : "failed";
    // Killed mid-way (a cancel it could not act on in time): its own record died with it.
    if (signal && entry.history) {
      try {
        recordUnfinishedImport(getDb(), entry.history, { cancelled: job.status === "cancelled",
          rowsRead: job.progress?.rowsRead ?? 0, error: "the import process was stopped" });
      } catch (error) {
        // Another process writing (SQLite's lock) must not take the server down with this handler.
        log.error("recording a stopped import failed", { jobId: job.id, error: String(error) });
      }
    }
    if (job.status === "failed" && !job.problem) {
      log.error("import job failed", { jobId: job.id, kind: job.kind, code, stderr: stderr.trim() });
    }
    line.ended(job.id);
    entry.onEnd(job);
  });
}
