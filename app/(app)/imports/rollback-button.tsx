"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { fill, type Messages } from "@/lib/i18n/locales";

import { pollJob, startRollback } from "./client-api";

/** Rolls one import back from the history, in the background, then refreshes the page. */
export function RollbackButton({ importId, later, t }: {
  importId: number;
  /** Later imports of the source that found some of this one's records already there. */
  later: number[];
  t: Messages["imports"];
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function rollback() {
    const ids = later.map((id) => `#${id}`).join(", ");
    const warning = later.length ? `\n\n${fill(t.rollbackLater, { ids })}` : "";
    if (!window.confirm(fill(t.rollbackConfirm, { id: importId }) + warning)) return;
    setBusy(true);
    await pollJob(await startRollback(importId), () => undefined);
    setBusy(false);
    router.refresh();
  }
  return (
    <button type="button" disabled={busy} onClick={() => void rollback()}
      className="rounded border border-slate-300 px-2 py-0.5 text-xs disabled:opacity-50">
      {busy ? t.rollingBack : t.rollback}
    </button>
  );
}
