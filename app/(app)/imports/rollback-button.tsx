"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";

import type { Locale, Messages } from "@/lib/i18n/locales";
import type { RollbackPreview } from "@/lib/ingest/rollback-preview";

import { fetchRollbackPreview, pollJob, startRollback } from "./client-api";
import { problemText } from "./problem-text";
import { RollbackDialog } from "./rollback-dialog";

/**
 * Rolls one import back from the history: says first what would go, then runs it in the
 * background and refreshes the page.
 */
export function RollbackButton({ importId, later, t, locale }: {
  importId: number;
  /** Later imports of the source that found some of this one's records already there. */
  later: number[];
  t: Messages["imports"];
  locale: Locale;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<RollbackPreview | null>(null);
  const [failed, setFailed] = useState(false);
  const [queued, setQueued] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function ask() {
    setBusy(true);
    setFailed(false);
    try {
      setPreview(await fetchRollbackPreview(importId));
    } catch {
      setFailed(true);
    }
    setBusy(false);
  }
  async function rollback() {
    setPreview(null);
    setBusy(true);
    setProblem(null);
    const jobId = await startRollback(importId);
    const job = await pollJob(jobId, (current) => setQueued(current.status === "queued"));
    setBusy(false);
    setQueued(false);
    if (job.status !== "done") {
      setProblem(`${t.rollbackFailed} ${job.problem ? problemText(t, job.problem) : ""}`.trim());
    }
    router.refresh();
  }
  const cancel = useCallback(() => setPreview(null), []);
  return (
    <>
      <button type="button" disabled={busy} onClick={() => void ask()}
        className={"whitespace-nowrap rounded border border-slate-300 px-2 py-0.5 text-xs " +
          "disabled:opacity-50"}>
        {busy && !preview ? (queued ? t.rollbackQueued : t.rollingBack) : t.rollback}
      </button>
      {(failed || problem) && (
        <span role="alert" className="text-xs text-red-700">
          {problem ?? t.rollbackDialog.loadFailed}
        </span>
      )}
      {preview && (
        <RollbackDialog preview={preview} later={later} t={t} locale={locale}
          onCancel={cancel} onConfirm={() => void rollback()} />
      )}
    </>
  );
}
