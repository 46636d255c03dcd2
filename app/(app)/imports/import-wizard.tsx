"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import { formatters } from "@/lib/i18n/format";
import type { RecordKind } from "@/lib/ingest/fields";
import type { FilePreview } from "@/lib/ingest/preview-file";
import type { MappingInput } from "@/lib/ingest/presets/available";
import type { ImportJob } from "@/lib/jobs/import-jobs";

import { cancelJob, fetchPreview, pollJob, startJob, uploadFile, type ReadChoice, type Uploaded } from "./client-api";
import { PreviewPanel } from "./preview-panel";
import { ProgressBar, RunResult } from "./run-status";
import { RunningJob } from "./running-job";

function suggestedMapping(preview: FilePreview): MappingInput {
  const columns: MappingInput["columns"] = {};
  preview.fields.forEach((field, i) => {
    if (field) columns[field] = [preview.headers[i]];
  });
  return { kind: preview.kind, columns };
}

type Step =
  | { kind: "choose" }
  | { kind: "uploading"; share: number }
  | { kind: "preview"; result: ImportJob | null }
  | { kind: "running"; dryRun: boolean; job: ImportJob | null; jobId: string | null };

// The file input hides behind this button: the browser's own speaks the browser's language.
const pickButton = "inline-block cursor-pointer rounded-md border border-slate-300 px-3 py-1.5 " +
  "hover:bg-slate-100 peer-focus-visible:ring-2 peer-focus-visible:ring-indigo-500 " +
  "peer-disabled:opacity-50";

/**
 * Upload → check the file (decoded text, preset or mapping, day order) →
 * dry run with its counts → import with progress and a cancel button. The
 * upload stays on the server between the steps; work runs in the background.
 */
export function ImportWizard({ t, locale, readingSettings }: {
  t: Messages["imports"];
  locale: Locale;
  /** The time zone, phone region, base currency and rates, as saved: a change reads the file again. */
  readingSettings: string;
}) {
  const router = useRouter();
  const f = formatters(locale);
  const [step, setStep] = useState<Step>({ kind: "choose" });
  // The last file picked could not be uploaded or read.
  const [unread, setUnread] = useState(false);
  const [upload, setUpload] = useState<Uploaded | null>(null);
  const [preview, setPreview] = useState<FilePreview | null>(null);
  const [choice, setChoice] = useState<ReadChoice>({});
  const [mapping, setMapping] = useState<MappingInput | undefined>(undefined);
  const [presetLabel, setPresetLabel] = useState("");
  const [basedOn, setBasedOn] = useState("");
  const [source, setSource] = useState("");
  const [cancelling, setCancelling] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // The import's result replaces the longer preview the Import button was at the end of: brought
  // into view, or the page is left scrolled to the history below it.
  const result = useRef<HTMLDivElement>(null);
  const ended = step.kind === "running" && step.job !== null && !inProgress(step.job);
  useEffect(() => {
    if (ended) result.current?.scrollIntoView({ block: "nearest" });
  }, [ended]);
  const chosen = useRef<File | null>(null);

  // A file picked before the page came alive (a quick hand, a slow network) fired no change
  // React heard: take it up now.
  useEffect(() => {
    void choose(input.current?.files?.[0]);
    // Once, on mount: later picks arrive through onChange.
  }, []);

  // Settings saved below change how the file reads and what its dry run said (a base currency,
  // a rate): the file is read again, and a dry run on screen is run again, since its own notes
  // may be what asked for the change.
  const settingsSeen = useRef(readingSettings);
  useEffect(() => {
    if (settingsSeen.current === readingSettings) return;
    settingsSeen.current = readingSettings;
    if (!upload || !preview) return;
    const checked = step.kind === "preview" && step.result !== null;
    void reread(choice).then(() => (checked ? run(true) : undefined));
    // Only a change of the saved settings: the reading choices are the current ones.
  }, [readingSettings]);

  async function choose(file: File | undefined) {
    if (!file || file === chosen.current) return;
    chosen.current = file;
    setStep({ kind: "uploading", share: 0 });
    setUnread(false);
    try {
      const uploaded = await uploadFile(file, (share) => setStep({ kind: "uploading", share }));
      setUpload(uploaded);
      setPresetLabel("");
      setBasedOn("");
      await readAfresh(uploaded, {});
      setStep({ kind: "preview", result: null });
    } catch {
      // The upload broke off, or the server could not read the file at all: say so, and let the
      // same file be picked again rather than leave the bar at 100 % for ever.
      chosen.current = null;
      if (input.current) input.current.value = "";
      setUnread(true);
      setStep({ kind: "choose" });
    }
  }

  /**
   * Reads the file as if just picked, with this encoding, delimiter or sheet: recognised, or
   * shown through the mapping suggested for its own columns (another sheet has other columns, so
   * the last one's mapping would not fit). One that cannot be imported at all (not a table, a
   * personal ledger) is only said to be so.
   */
  async function readAfresh(uploaded: Uploaded, next: ReadChoice) {
    let first = await fetchPreview(uploaded.uploadId, next);
    // A workbook whose first sheet is a summary opens on the sheet a preset recognises.
    const sheet = first.problem?.params.sheet;
    if (sheet && !next.sheet) return readAfresh(uploaded, { ...next, sheet });
    const suggested = first.problem?.code === "unrecognised" ? suggestedMapping(first) : undefined;
    if (suggested) first = await fetchPreview(uploaded.uploadId, { ...next, mapping: suggested });
    setChoice(next);
    setMapping(suggested);
    setPreview(first);
    forgetDryRun();
  }

  /**
   * The day order, currency or phone region is a reading of the same columns: the mapping stays.
   * Another sheet, encoding or delimiter is another table: it starts over.
   */
  async function changeChoice(next: ReadChoice) {
    const sameTable = next.encoding === choice.encoding && next.delimiter === choice.delimiter &&
      next.sheet === choice.sheet;
    if (sameTable) await reread(next);
    else if (upload) {
      const { encoding, delimiter, sheet } = next;
      await readAfresh(upload, { encoding, delimiter, sheet });
    }
  }

  // null: read without a mapping (a preset was chosen); left out: keep the current one.
  async function reread(next: ReadChoice, nextMapping: MappingInput | null = mapping ?? null) {
    if (!upload) return;
    const using = nextMapping ?? undefined;
    setChoice(next);
    setMapping(using);
    setPreview(await fetchPreview(upload.uploadId, { ...next, mapping: using }));
    forgetDryRun();
  }

  // A dry run speaks for the reading it was run with: any other hides its counts and the Import
  // button until the file is checked again.
  function forgetDryRun() {
    setStep((current) =>
      (current.kind === "preview" && current.result ? { kind: "preview", result: null } : current));
  }

  /** Another kind of record: its own suggestions, read through at once as on upload. */
  async function changeKind(kind: RecordKind) {
    if (!upload) return;
    const unmapped = { ...choice, preset: undefined };
    const blank = { kind, columns: {} };
    const bare = await fetchPreview(upload.uploadId, { ...unmapped, mapping: blank });
    await reread(unmapped, suggestedMapping(bare));
  }

  async function run(dryRun: boolean, useMapping = mapping) {
    if (!upload) return;
    setMapping(useMapping);
    setStep({ kind: "running", dryRun, job: null, jobId: null });
    setCancelling(false);
    const jobId = await startJob({ ...choice, mapping: useMapping, source: source || undefined, uploadId: upload.uploadId, dryRun });
    const job = await pollJob(jobId, (current) => setStep({ kind: "running", dryRun, job: current, jobId }));
    if (dryRun && job.status === "done") setStep({ kind: "preview", result: job });
    else {
      setStep({ kind: "running", dryRun, job, jobId });
      router.refresh();
    }
  }

  if (step.kind === "choose" || step.kind === "uploading") {
    return (
      <div className="space-y-3">
        <label className="block text-sm">
          <span className="mb-1 block font-medium text-slate-700">{t.file}</span>
          <input ref={input} type="file" disabled={step.kind === "uploading"}
            className="peer sr-only" onChange={(event) => void choose(event.target.files?.[0])} />
          <span className={pickButton}>
            {t.chooseFile}
          </span>
        </label>
        <p className="text-xs text-slate-500">{t.fileHint}</p>
        {unread && <p role="alert" className="text-sm text-red-700">{t.problems.unreadable}</p>}
        {step.kind === "uploading" && (
          <ProgressBar label={fill(t.uploading, { percent: f.percent(step.share) })} share={step.share} />
        )}
      </div>
    );
  }

  if (step.kind === "running" && (!step.job || inProgress(step.job))) {
    const { jobId } = step;
    return (
      <RunningJob job={step.job} dryRun={step.dryRun} cancelling={cancelling} t={t} locale={locale}
        onCancel={() => {
          if (!jobId) return;
          setCancelling(true);
          void cancelJob(jobId);
        }} />
    );
  }

  if (step.kind === "running" && step.job) {
    return (
      <div ref={result} className="scroll-mt-4 space-y-3">
        <RunResult job={step.job} t={t} locale={locale} />
        <div className="flex gap-3">
          {/* A cancelled or failed import keeps its upload: it can be checked and run again. */}
          {!step.dryRun && step.job.status !== "done" && (
            <button type="button" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
              onClick={() => setStep({ kind: "preview", result: null })}>{t.backToFile}</button>
          )}
          <button type="button" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            onClick={() => setStep({ kind: "choose" })}>{t.again}</button>
        </div>
      </div>
    );
  }

  return (
    <PreviewPanel
      t={t}
      fileName={upload?.fileName ?? ""}
      preview={preview!}
      choice={choice}
      source={source}
      onSource={(next) => {
        setSource(next);
        forgetDryRun();
      }}
      onChoice={(next) => void changeChoice(next)}
      onMapping={(next) => void reread({ ...choice, preset: undefined }, next)}
      onKind={(kind) => void changeKind(kind)}
      onPresetSaved={(key) => void reread({ ...choice, preset: key }, null)}
      presetLabel={presetLabel}
      basedOn={basedOn}
      onChangePreset={({ mapping: saved, label, source: savedSource, basedOn: generic }) => {
        setSource(savedSource);
        setPresetLabel(label);
        setBasedOn(generic);
        void reread({ ...choice, preset: undefined }, saved);
      }}
      dryRunResult={step.kind === "preview" ? step.result : null}
      locale={locale}
      onDryRun={(withMapping) => void run(true, withMapping)}
      onImport={() => void run(false)}
      onAnotherFile={() => {
        chosen.current = null;
        setSource("");
        setPresetLabel("");
        setBasedOn("");
        setStep({ kind: "choose" });
      }}
    />
  );
}

function inProgress(job: ImportJob): boolean {
  return job.status === "queued" || job.status === "running";
}
