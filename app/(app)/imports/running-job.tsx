"use client";

import { useEffect, useRef, useState } from "react";

import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import { formatters } from "@/lib/i18n/format";
import type { ImportJob } from "@/lib/jobs/import-jobs";

import { ProgressBar } from "./run-status";

/**
 * A job in progress: queued, waiting, or at work with rows and rows per second. Past reading, the
 * counts stop moving for a while (matching customers, metrics), so the seconds spent in the step
 * show that it is still at work.
 */
export function RunningJob({ job, dryRun, cancelling, onCancel, t, locale }: {
  job: ImportJob | null;
  dryRun: boolean;
  cancelling: boolean;
  onCancel: () => void;
  t: Messages["imports"];
  locale: Locale;
}) {
  const f = formatters(locale);
  const p = job?.progress;
  const seconds = useSecondsInPhase(p?.phase);
  const elapsed = p && p.phase !== "reading"
    ? ` · ${fill(t.stepElapsed, { seconds: f.integer(seconds) })}` : "";
  const label = job?.status === "queued" ? f.count(t.queued, job.ahead)
    // Before the job's first word (the server may be busy): nothing is read yet.
    : !p ? t.starting
    : p.phase === "waiting" ? t.waitingForWriter
    // A dry run writes nothing, and its progress must not suggest otherwise.
    : fill(dryRun ? t.dryProcessing : t.processing, {
      phase: (dryRun ? t.dryPhases : t.phases)[p.phase],
      rows: f.integer(p.rowsRead),
      rate: f.integer(p.rowsPerSecond),
    }) + elapsed;
  return (
    <div className="space-y-3">
      <ProgressBar label={label} share={p && p.totalBytes ? p.bytesRead / p.totalBytes : 0} />
      <button type="button" disabled={cancelling} onClick={onCancel}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm disabled:opacity-60">
        {cancelling ? t.cancelling : t.cancel}
      </button>
    </div>
  );
}

/** Whole seconds since the phase last changed, ticking once a second. */
function useSecondsInPhase(phase: string | undefined): number {
  const since = useRef({ phase, at: Date.now() });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (since.current.phase !== phase) since.current = { phase, at: Date.now() };
  return Math.max(0, Math.floor((now - since.current.at) / 1000));
}
