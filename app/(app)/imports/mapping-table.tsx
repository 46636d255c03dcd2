"use client";

import { kindFields, type FieldName, type RecordKind } from "@/lib/ingest/fields";
import { formatters } from "@/lib/i18n/format";
import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import type { FilePreview } from "@/lib/ingest/preview-file";

const SHOWN = 3;
// A cell of thousands of characters must not push the "read as" column off the screen.
const clipped = "max-w-xs truncate";

/** One line per column: its header, the field it maps to, its first values raw and as read. */
export function MappingTable({ t, locale, preview, kind, fields, editable, onChange }: {
  t: Messages["imports"];
  locale: Locale;
  preview: FilePreview;
  kind: RecordKind;
  fields: (FieldName | null)[];
  editable: boolean;
  onChange: (fields: (FieldName | null)[]) => void;
}) {
  const p = t.preview;
  const f = formatters(locale);
  const options = kindFields[kind].fields;
  const name = (i: number) => preview.headers[i]?.trim() ?? "";
  // Where several columns fill one field, which one the import uses (the same list the dry run prints).
  const notes = new Map<number, string>();
  for (const { used, fallbacks } of preview.shared) {
    const others = f.list(fallbacks.map((i) => `“${name(i)}”`));
    notes.set(used, fill(p.usedFirst, { others }));
    for (const i of fallbacks) notes.set(i, fill(p.fallback, { used: name(used) }));
  }
  return (
    <div className="max-h-[36rem] overflow-auto rounded border border-slate-200">
      <table className="w-full text-left text-xs" data-testid="mapping-table">
        <thead className="sticky top-0 bg-slate-50 text-slate-600">
          <tr><th className="px-2 py-1">{p.column}</th><th className="px-2 py-1">{p.field}</th><th className="px-2 py-1">{p.raw}</th><th className="px-2 py-1">{p.parsed}</th></tr>
        </thead>
        <tbody>
          {preview.headers.map((header, i) => {
            const field = fields[i] ?? null;
            if (!editable && !field) return null;
            const samples = preview.rows.slice(0, SHOWN);
            return (
              <tr key={`${header}-${i}`} className="border-t border-slate-100 align-top">
                <td className="px-2 py-1 font-medium">{header}</td>
                <td className="px-2 py-1">
                  {editable ? (
                    <select aria-label={header} value={field ?? ""} className="rounded border border-slate-300 px-1 py-0.5"
                      onChange={(e) => onChange(fields.map((f, k) => (k === i ? ((e.target.value || null) as FieldName | null) : f)))}>
                      <option value="">{p.ignore}</option>
                      {options.map((name) => <option key={name} value={name}>{t.fields[name]}</option>)}
                    </select>
                  ) : (
                    t.fields[field!] ?? field
                  )}
                  {notes.has(i) && <div className="text-slate-500" data-testid="column-note">{notes.get(i)}</div>}
                </td>
                <td className="px-2 py-1 font-mono">
                  {samples.map((row, r) => (
                    <div key={r} className={clipped} title={row[i]}>{row[i] ?? ""}</div>
                  ))}
                </td>
                <td className="px-2 py-1 font-mono">
                  {samples.map((_, r) => {
                    const cell = preview.parsed[r]?.[i];
                    // An amount in a known currency as the reader's locale writes money; a
                    // consent status in the reader's words.
                    const value = cell?.money ? f.money(cell.money.minor / 100, cell.money.currency)
                      : cell?.consent ? (p.consent[cell.value] ?? cell.value) : cell?.value;
                    const shown = !cell ? "" : cell.ok ? value : f.labelled(p.invalid, cell.value);
                    const tone = cell && !cell.ok ? "text-red-700"
                      : cell?.undecided ? "text-amber-700" : "";
                    return (
                      <div key={r} className={`${clipped} ${tone}`} title={shown}>
                        {shown}
                      </div>
                    );
                  })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
