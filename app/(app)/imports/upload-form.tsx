"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { formatters } from "@/lib/i18n/format";
import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import type { ImportJob } from "@/lib/jobs/import-jobs";

type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; share: number }
  | { kind: "processing"; job: ImportJob | null }
  | { kind: "finished"; job: ImportJob };

export function UploadForm({ t, locale, presets }: {
  t: Messages["imports"];
  locale: Locale;
  presets: { id: string; label: string }[];
}) {
  const router = useRouter();
  const f = formatters(locale);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });

  async function submit(form: FormData) {
    const file = form.get("file") as File | null;
    if (!file || file.size === 0) return;
    const query = new URLSearchParams({
      preset: String(form.get("preset")),
      source: String(form.get("source") ?? ""),
      fileName: file.name,
      dryRun: form.get("dryRun") ? "1" : "0",
    });
    setPhase({ kind: "uploading", share: 0 });
    const jobId = await upload(`/api/imports?${query}`, file, (share) => setPhase({ kind: "uploading", share }));
    setPhase({ kind: "processing", job: null });
    const job = await poll(jobId, (current) => setPhase({ kind: "processing", job: current }));
    setPhase({ kind: "finished", job });
    router.refresh();
  }

  const busy = phase.kind === "uploading" || phase.kind === "processing";
  return (
    <div className="space-y-4">
      <form action={submit} className="grid gap-4 md:grid-cols-4 md:items-end">
        <label className="text-sm md:col-span-2">
          <span className="mb-1 block font-medium text-slate-700">{t.file}</span>
          <input name="file" type="file" required disabled={busy} className="block w-full text-sm" />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">{t.preset}</span>
          <select name="preset" disabled={busy} className="w-full rounded-md border border-slate-300 px-2 py-2">
            {presets.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">{t.source}</span>
          <input name="source" disabled={busy} placeholder="web-shop" className="w-full rounded-md border border-slate-300 px-3 py-2" />
        </label>
        <label className="flex items-center gap-2 text-sm md:col-span-3">
          <input type="checkbox" name="dryRun" disabled={busy} /> {t.dryRun}
        </label>
        <button type="submit" disabled={busy} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
          {t.start}
        </button>
      </form>
      <p className="text-xs text-slate-500">{t.sourceHint}</p>
      <Status phase={phase} t={t} f={f} />
    </div>
  );
}

function Status({ phase, t, f }: { phase: Phase; t: Messages["imports"]; f: ReturnType<typeof formatters> }) {
  if (phase.kind === "idle") return null;
  if (phase.kind === "uploading") {
    return <Progress label={fill(t.uploading, { percent: f.percent(phase.share) })} share={phase.share} />;
  }
  if (phase.kind === "processing") {
    const p = phase.job?.progress;
    const share = p && p.totalBytes ? p.bytesRead / p.totalBytes : 0;
    return <Progress label={fill(t.processing, { rows: f.integer(p?.rowsRead ?? 0) })} share={share} />;
  }
  const { job } = phase;
  if (job.status !== "done" || !job.summary) {
    const problem = job.problem ? fill(t.problems[job.problem.code] ?? job.problem.code, job.problem.params) : "";
    return <div role="status" className="rounded-md bg-red-50 p-3 text-sm text-red-800">{t.failed}. {problem}</div>;
  }
  const s = job.summary;
  const numbers = [
    [t.summary.rowsRead, s.rowsRead], [t.summary.ordersNew, s.recordsNew], [t.summary.ordersExisting, s.recordsExisting],
    [t.summary.rowsRejected, s.rowsRejected], [t.summary.customersNew, s.customersNew], [t.summary.customersExisting, s.customersExisting],
  ] as const;
  return (
    <div role="status" data-testid="import-summary" className="rounded-md border border-emerald-200 bg-emerald-50 p-4 text-sm">
      <div className="mb-2 font-medium text-emerald-900">{s.dryRun ? t.dryDone : t.done}</div>
      <dl className="grid grid-cols-2 gap-2 md:grid-cols-6">
        {numbers.map(([label, value]) => (
          <div key={label}><dt className="text-xs text-slate-500">{label}</dt><dd className="tabular font-semibold">{f.integer(value)}</dd></div>
        ))}
      </dl>
      {s.issues.length > 0 && (
        <ul className="mt-3 list-disc space-y-1 pl-5 text-xs text-slate-700">
          {s.issues.map((r: { row: number; column: string; value: string; reason: string }) => (
            <li key={`${r.row}-${r.column}`}>
              {fill(t.rejection, { row: r.row, column: r.column, value: r.value, reason: t.reasons[r.reason] ?? r.reason })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Progress({ label, share }: { label: string; share: number }) {
  return (
    <div role="status">
      <div className="mb-1 text-sm text-slate-700">{label}</div>
      <div className="h-2 overflow-hidden rounded bg-slate-200">
        <div className="h-full bg-indigo-600 transition-all" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
    </div>
  );
}

/** XMLHttpRequest, because fetch cannot report upload progress. */
function upload(url: string, file: File, onProgress: (share: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () =>
      request.status === 202 ? resolve(JSON.parse(request.responseText).jobId) : reject(new Error(`upload ${request.status}`));
    request.onerror = () => reject(new Error("upload failed"));
    request.send(file);
  });
}

async function poll(jobId: string, onUpdate: (job: ImportJob) => void): Promise<ImportJob> {
  while (true) {
    const response = await fetch(`/api/imports/jobs/${jobId}`, { cache: "no-store" });
    const job = (await response.json()) as ImportJob;
    if (job.status !== "running") return job;
    onUpdate(job);
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
}
