"use client";

import { useState } from "react";

import { fill, type Messages } from "@/lib/i18n/locales";
import type { MappingInput } from "@/lib/ingest/presets/available";

import { savePreset } from "./client-api";

/** Saves the mapping screen's choices as a preset of the source, for the next file like this one. */
export function SavePresetForm({ t, source, mapping, initialLabel, complete, onSaved }: {
  t: Messages["imports"];
  source: string;
  /** What the dry run waits for is said (the currency of a file that names none). */
  complete: boolean;
  mapping: () => MappingInput;
  /** A saved preset's name when it is being changed: saving under it replaces it. */
  initialLabel: string;
  onSaved: (key: string) => void;
}) {
  const [label, setLabel] = useState(initialLabel);
  const [saved, setSaved] = useState<string | null>(null);
  async function save() {
    const preset = await savePreset({ label, source, mapping: mapping() });
    setSaved(label.trim());
    onSaved(preset.key);
  }
  return (
    <div className="flex flex-wrap items-end gap-2 text-sm">
      <label>
        <span className="mb-1 block font-medium text-slate-700">{t.preview.presetName}</span>
        <input className="rounded-md border border-slate-300 px-2 py-1.5" value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      {/* A preset belongs to its source, and reads later files as this one: what the dry run
          waits for (the source, the currency) is said first. */}
      <button type="button" disabled={!label.trim() || !source.trim() || !complete}
        className="rounded-md border border-slate-300 px-3 py-1.5 disabled:opacity-50"
        onClick={() => void save()}>{t.preview.savePreset}</button>
      {saved && (
        <span className="text-xs text-emerald-700">{fill(t.preview.saved, { name: saved })}</span>
      )}
    </div>
  );
}
