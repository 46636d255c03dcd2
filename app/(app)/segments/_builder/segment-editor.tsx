"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { Card } from "@/components/ui/card";
import { fill } from "@/lib/i18n/locales";
import { appendAt, replaceAt } from "@/lib/segments/builder/edit-rule";
import { defaultFields, type OutputField } from "@/lib/segments/catalogue/fields";
import type { Rule } from "@/lib/segments/rule/rule";

import type { EditorContext } from "./editor-context";
import { LiveCount } from "./live-results";
import { PreviewTable } from "./preview-table";
import { RuleGroup } from "./rule-group";
import { useSegmentResults } from "./use-segment-results";
import { useSuggestions } from "./use-suggestions";

type Props = {
  context: Omit<EditorContext, "suggestions">;
  initial: { id?: number; name: string; description: string; rule: Rule };
  /** Every customer, for "of N". */
  total: number;
  canSave: boolean;
};

/** The rule builder with its live count, breakdown and preview; saves through the segments API. */
export function SegmentEditor({ context, initial, total, canSave }: Props) {
  const router = useRouter();
  const ctx: EditorContext = { ...context, suggestions: useSuggestions() };
  const t = ctx.t.segmentExplorer;
  const [rule, setRule] = useState<Rule>(initial.rule);
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description);
  const [fields, setFields] = useState<OutputField[]>(defaultFields);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const results = useSegmentResults(rule, fields);
  const invalid = results.status === "invalid" ? results.paths : new Set<string>();

  async function save() {
    setSaving(true);
    setError(null);
    const response = await fetch(initial.id ? `/api/segments/${initial.id}` : "/api/segments", {
      method: initial.id ? "PATCH" : "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, description, rule }),
    });
    const body = (await response.json()) as {
      id?: number;
      error?: keyof typeof t.errors;
      issues?: { message: string }[];
      name?: string;
    };
    setSaving(false);
    if (!response.ok || !body.id) {
      const issues = body.issues?.map((i) => i.message).join("; ") ?? "";
      setError(fill(t.errors[body.error ?? "unknown"] ?? t.errors.unknown,
        { issues, name: body.name ?? name }));
      return;
    }
    router.push(`/segments/${body.id}`);
    router.refresh();
  }

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="space-y-4">
        {canSave ? (
          <Card>
            <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
              <label className="text-sm">
                <span className="mb-1 block font-medium text-slate-700">{t.builder.name}</span>
                <input
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                  maxLength={120}
                  required
                  className="w-full rounded-md border border-slate-300 px-3 py-2"
                />
              </label>
              <label className="text-sm">
                <span className="mb-1 block font-medium text-slate-700">
                  {t.builder.descriptionLabel}
                </span>
                <input
                  value={description}
                  onChange={(e) => setDescription(e.target.value)}
                  maxLength={1000}
                  className="w-full rounded-md border border-slate-300 px-3 py-2"
                />
              </label>
            </div>
            <div className="mt-3 flex items-center gap-3">
              <button
                type="button"
                onClick={save}
                disabled={saving || !name.trim()}
                className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
              >
                {saving ? t.builder.saving : t.builder.save}
              </button>
              {error && (
                <p role="status" className="text-sm text-red-700">
                  {error}
                </p>
              )}
            </div>
          </Card>
        ) : (
          <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t.builder.readOnly}</p>
        )}
        <RuleGroup
          group={rule}
          path={[]}
          ctx={ctx}
          invalid={invalid}
          onChange={(path, node) => setRule((current) => replaceAt(current, path, node))}
          onAppend={(path, node) => setRule((current) => appendAt(current, path, node))}
        />
        <Card title={t.results.preview}>
          <PreviewTable
            rows={results.status === "ready" ? results.rows : undefined}
            fields={fields}
            onFields={setFields}
            ctx={ctx}
          />
        </Card>
      </div>
      <aside className="lg:sticky lg:top-4 lg:self-start">
        <Card>
          <LiveCount results={results} total={total} ctx={ctx} />
        </Card>
      </aside>
    </div>
  );
}
