"use client";

import { kindFields, type FieldName, type RecordKind } from "@/lib/ingest/fields";
import { formatters } from "@/lib/i18n/format";
import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import type { FilePreview } from "@/lib/ingest/preview-file";
import type { MappingInput } from "@/lib/ingest/presets/available";
import type { ImportJob } from "@/lib/jobs/import-jobs";

import type { ReadChoice } from "./client-api";
import { MappingTable } from "./mapping-table";
import { PhoneRegionChoice } from "./phone-region-choice";
import { PresetReads } from "./preset-reads";
import { TimesNoteText } from "./times-note";
import { CurrencyChoice } from "./currency-choice";
import { DayOrderChoice } from "./day-order-choice";
import { DecimalMarkChoice } from "./decimal-mark-choice";
import { HeadFaults } from "./head-faults";
import { problemText } from "./problem-text";
import { RunResult } from "./run-status";
import { SavePresetForm } from "./save-preset-form";
import { StatusChoice } from "./status-choice";

// The detected ones first: GB18030 is the common legacy file, Windows-1252 the Western one.
const encodingChoices = ["utf-8", "gb18030", "windows-1252", "utf-16le", "utf-16be"];
// Problems of the file as a whole: there is no table to map, only the message.
const tableless = new Set(["empty_file", "no_rows", "not_text", "broken_workbook", "personal_ledger"]);
const select = "rounded-md border border-slate-300 px-2 py-1.5 text-sm";
const sourceField = "rounded-md border border-slate-300 px-2 py-1.5 aria-invalid:border-amber-500";

type Props = {
  t: Messages["imports"];
  locale: Locale;
  fileName: string;
  preview: FilePreview;
  choice: ReadChoice;
  source: string;
  dryRunResult: ImportJob | null;
  onSource: (source: string) => void;
  onChoice: (choice: ReadChoice) => void;
  onMapping: (mapping: MappingInput) => void;
  /** The admin says the file holds another kind of record. */
  onKind: (kind: RecordKind) => void;
  /** A preset was saved from the mapping: the file is read with it from now on. */
  onPresetSaved: (key: string) => void;
  /**
   * Open the recognised preset's mapping to change it: one an admin saved (its label), or a
   * generic one (`basedOn` names it) as it reads this file.
   */
  onChangePreset: (preset: {
    mapping: MappingInput; label: string; source: string; basedOn: string;
  }) => void;
  /** The name the preset form starts with: the preset being changed, so saving replaces it. */
  presetLabel: string;
  /** The generic preset whose reading of the file the mapping started from, else "". */
  basedOn: string;
  onDryRun: (mapping?: MappingInput) => void;
  onImport: () => void;
  /** Back to the file picker: the upload was the wrong file, or one that cannot be read. */
  onAnotherFile: () => void;
};

/** The file as the import will read it, the choices that change that, and the dry run's counts. */
export function PreviewPanel(props: Props) {
  const { t, preview, choice } = props;
  const p = t.preview;
  const { fields, kind } = preview;
  const mapped = !preview.recognised;
  // The mapping screen's choices go to the server, which answers with the values as they will be read.
  // Columns given the same field are all kept, left to right: the first is used, the others where it is blank.
  const mappingOf = (k: RecordKind, f: (FieldName | null)[]): MappingInput => {
    const columns: MappingInput["columns"] = {};
    f.forEach((field, i) => {
      if (field && kindFields[k].fields.includes(field)) columns[field] = [...(columns[field] ?? []), preview.headers[i]];
    });
    // The currency, day order and decimal mark go with the mapping, so a preset saved from it
    // keeps them: the currency the admin said; the day order and mark picked, or shown by the file.
    const currency = preview.currency?.chosen ?? undefined;
    const order = choice.dayOrder ?? preview.dayOrder;
    const dayOrder = order === "dmy" || order === "mdy" ? order : undefined;
    const mark = choice.decimalMark ?? preview.decimalMark;
    const decimalMark = mark === "." || mark === "," ? mark : undefined;
    // Statuses go only once the admin has ticked one: until then the usual "no sale" words apply.
    const excludedStatuses = preview.statuses?.chosen ? preview.statuses.excluded : undefined;
    // The phone region in effect goes too, so a saved preset does not follow the settings' later.
    const phoneRegion = preview.phoneRegion ?? undefined;
    return { kind: k, columns, currency, dayOrder, decimalMark, excludedStatuses, phoneRegion };
  };
  const mapping = () => mappingOf(kind, fields);
  // A preset an admin saved opens as saved, to be saved again under its name; a generic one opens
  // as it reads this file (another kind, columns it leaves out), to be saved as the source's own.
  const changeable = (recognised: NonNullable<FilePreview["recognised"]>) =>
    recognised.mapping
      ? { mapping: recognised.mapping, label: recognised.label, source: recognised.source,
        basedOn: "" }
      : { mapping: mapping(), label: "", source: props.source,
        basedOn: t.presets[recognised.preset] ?? recognised.label };
  // Records are keyed by source: a file no preset knows, or one any shop could have written (a
  // generic preset's), is named by the admin, so two shops' files never share a source unawares.
  const sourceAsked = mapped || preview.recognised?.generic === true;
  const sourceNeeded = sourceAsked && !props.source.trim();
  // An order file without a currency column is asked, never assumed: a guess stores euros as
  // dollars.
  const currencyNeeded = preview.currency !== null && !preview.currency.chosen;
  const waitingFor = sourceNeeded ? "source_needed" : currencyNeeded ? "currency_needed"
    : preview.dayOrder === "ask" ? "ask_day_order"
      : preview.decimalMark === "ask" ? "ask_decimal_mark" : null;
  const ready = !waitingFor &&
    (preview.problem === null || preview.problem.code === "unrecognised");
  const dryDone = props.dryRunResult?.status === "done";

  const fileProblem =
    preview.problem && tableless.has(preview.problem.code) ? preview.problem : null;
  // How the file is read: shown also when it cannot be read, so a wrong encoding can be undone.
  const controls = (
    <div className="flex flex-wrap items-end gap-4 text-sm">
      <div className="text-xs">
        <div className="font-mono text-slate-600">{props.fileName}</div>
        <button type="button" className="text-indigo-700 underline" onClick={props.onAnotherFile}>
          {t.anotherFile}
        </button>
      </div>
      {preview.format !== "xlsx" && (
        <label>
          <span className="mb-1 block font-medium text-slate-700">{p.encoding}</span>
          <select className={select} value={preview.encoding} aria-label={p.encoding}
            onChange={(e) => props.onChoice({ ...choice, encoding: e.target.value })}>
            {encodingChoices.map((e) => (
              <option key={e} value={e}>
                {t.encodings[e]}{e === preview.detectedEncoding ? ` (${p.detected})` : ""}
              </option>
            ))}
          </select>
        </label>
      )}
      {preview.delimiter !== null && preview.format === "text" && (
        <label>
          <span className="mb-1 block font-medium text-slate-700">{p.delimiter}</span>
          <select className={select} value={preview.delimiter}
            onChange={(e) => props.onChoice({ ...choice, delimiter: e.target.value })}>
            {[",", ";", "\t", "|"].map((value) => (
              <option key={value} value={value}>{value === "\t" ? p.tab : value}</option>
            ))}
          </select>
        </label>
      )}
      {preview.sheets.length > 1 && (
        <label>
          <span className="mb-1 block font-medium text-slate-700">{p.sheet}</span>
          <select className={select} value={choice.sheet ?? preview.sheets[0]}
            onChange={(e) => props.onChoice({ ...choice, sheet: e.target.value })}>
            {preview.sheets.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        </label>
      )}
      {!fileProblem && (
        <label>
          <span className="mb-1 block font-medium text-slate-700">{t.source}</span>
          <input className={sourceField} value={props.source} aria-invalid={sourceNeeded}
            required={sourceAsked}
            placeholder={sourceAsked ? "" : (preview.recognised?.source ?? "")}
            onChange={(e) => props.onSource(e.target.value)} />
        </label>
      )}
    </div>
  );
  if (fileProblem) {
    return (
      <div className="space-y-4" data-testid="import-preview">
        {controls}
        <p role="alert" className="text-sm text-red-700">{problemText(t, fileProblem)}</p>
      </div>
    );
  }

  return (
    <div className="space-y-4" data-testid="import-preview">
      {controls}

      {preview.text && (
        <details open className="text-xs">
          <summary className="cursor-pointer font-medium text-slate-700">{p.decoded}</summary>
          <pre data-testid="decoded-text" className="mt-2 max-h-40 overflow-auto rounded bg-slate-50 p-2 whitespace-pre">
            {preview.text.split("\n").slice(0, 12).join("\n")}
          </pre>
        </details>
      )}

      {preview.recognised ? (
        <div>
          <p className="text-sm font-medium text-emerald-800" data-testid="recognised">
            {fill(p.recognised, {
              preset: t.presets[preview.recognised.preset] ?? preview.recognised.label,
            })} · {t.kinds[preview.kind]}
          </p>
          <PresetReads t={p} locale={props.locale} reads={preview.recognised.reads} />
          {(preview.recognised.mapping || preview.recognised.generic) && (
            <button type="button" className="mt-1 text-xs text-indigo-700 underline"
              onClick={() => props.onChangePreset(changeable(preview.recognised!))}>
              {p.changeMapping}
            </button>
          )}
        </div>
      ) : (
        <div className="space-y-2 text-sm">
          <p className="text-amber-800">
            {props.presetLabel ? fill(p.changing, { preset: props.presetLabel })
              : props.basedOn ? fill(p.changingGeneric, { preset: props.basedOn })
                : p.notRecognised}
          </p>
          {preview.problem && preview.problem.code !== "unrecognised" && (
            <p className="text-red-700">{problemText(t, preview.problem)}</p>
          )}
          {preview.candidates.length > 0 && (
            <p className="text-xs text-slate-500">
              {fill(p.closest, {
                list: formatters(props.locale)
                  .list(preview.candidates.map((c) => t.presets[c.preset] ?? c.label)),
              })}
            </p>
          )}
          <label className="block">
            <span className="mr-2 font-medium text-slate-700">{p.kind}</span>
            <select className={select} value={kind}
              onChange={(e) => props.onKind(e.target.value as RecordKind)}>
              {Object.keys(kindFields).map((k) => <option key={k} value={k}>{t.kinds[k]}</option>)}
            </select>
          </label>
        </div>
      )}
      {preview.times && <TimesNoteText t={p} note={preview.times} />}

      <MappingTable t={t} locale={props.locale} preview={preview} kind={kind} fields={fields} editable={mapped}
        onChange={(next) => props.onMapping(mappingOf(kind, next))} />
      <HeadFaults t={t} locale={props.locale} faults={preview.faults} />

      {/* Answered here, or being mapped, the question stays: a misclick, or a saved preset's answer,
          can be changed. A saved preset's file only says it (preset reads). */}
      {preview.dayOrderAsked && (preview.dayOrder === "ask" || mapped || choice.dayOrder !== undefined) && (
        <DayOrderChoice t={p} locale={props.locale}
          example={preview.dayOrderExample || "03/04/2024"} chosen={preview.dayOrder}
          onChange={(order) => props.onChoice({ ...choice, dayOrder: order })} />
      )}

      {preview.decimalMarkAsked &&
        (preview.decimalMark === "ask" || mapped || choice.decimalMark !== undefined) && (
        <DecimalMarkChoice t={p} locale={props.locale} asked={preview.decimalMarkAsked}
          chosen={preview.decimalMark}
          onChange={(mark) => props.onChoice({ ...choice, decimalMark: mark })} />
      )}

      {preview.currency && (
        <CurrencyChoice t={p} currency={preview.currency}
          onChange={(currency) => (mapped ? props.onMapping({ ...mapping(), currency })
            : props.onChoice({ ...choice, currency }))} />
      )}

      {preview.phoneRegion && (
        <PhoneRegionChoice t={p} locale={props.locale} region={preview.phoneRegion}
          onChange={(phoneRegion) => (mapped ? props.onMapping({ ...mapping(), phoneRegion })
            : props.onChoice({ ...choice, phoneRegion }))} />
      )}

      {preview.statuses && (
        <StatusChoice t={p} locale={props.locale} statuses={preview.statuses} editable={mapped}
          onChange={(excludedStatuses) => props.onMapping({ ...mapping(), excludedStatuses })} />
      )}

      {mapped && (
        <SavePresetForm t={t} source={props.source} mapping={mapping}
          initialLabel={props.presetLabel} complete={!currencyNeeded}
          onSaved={props.onPresetSaved} />
      )}

      <div className="flex items-center gap-3">
        <button type="button" disabled={!ready} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-50"
          onClick={() => props.onDryRun(mapped ? mapping() : undefined)}>{t.dryRun}</button>
        {dryDone && (
          <button type="button" className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white" onClick={props.onImport}>
            {t.start}
          </button>
        )}
        <span className={`text-xs ${waitingFor ? "text-amber-800" : "text-slate-500"}`}>
          {waitingFor
            ? problemText(t, { code: waitingFor,
              params: { example: preview.decimalMarkAsked?.example ?? "" } })
            : t.dryRunHint}
        </span>
      </div>
      {props.dryRunResult && <RunResult job={props.dryRunResult} t={t} locale={props.locale} />}
    </div>
  );
}
