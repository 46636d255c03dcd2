"use client";

import { useEffect, useState } from "react";

import { formatters } from "@/lib/i18n/format";
import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import { statusKey } from "@/lib/ingest/normalise/order-status";
import type { StatusPreview } from "@/lib/ingest/preview-file";

/**
 * Which order statuses count as sales. A preset's rule is shown as it
 * stands; a mapped file's can be changed status by status, and the new
 * list goes to the server so the dry run counts with it.
 */
export function StatusChoice(props: {
  t: Messages["imports"]["preview"];
  locale: Locale;
  statuses: StatusPreview;
  editable: boolean;
  onChange: (excluded: string[]) => void;
}) {
  const { t, statuses } = props;
  // A tick shows at once; the server's reading of the new list replaces it when it answers.
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  useEffect(() => setTicked({}), [statuses]);
  if (statuses.seen.length === 0) return null;
  const notCounted = statuses.seen.filter((s) => !s.counts).map((s) => s.status);
  if (!props.editable) {
    return (
      <p className="text-sm text-slate-600" data-testid="status-rule">
        {notCounted.length
          ? fill(t.statusesFixed, { list: formatters(props.locale).list(notCounted) })
          : t.statusesAllCount}
      </p>
    );
  }
  const toggle = (status: string, counts: boolean) => {
    setTicked({ ...ticked, [status]: counts });
    const key = statusKey(status);
    props.onChange(counts
      ? statuses.excluded.filter((s) => statusKey(s) !== key)
      : [...statuses.excluded, status]);
  };
  return (
    <fieldset className="text-sm" data-testid="status-choice">
      <legend className="mb-1 font-medium text-slate-700">{t.statuses}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        {statuses.seen.map(({ status, counts }) => {
          const shown = ticked[status] ?? counts;
          return (
            <label key={status} className="inline-flex items-center gap-1.5">
              <input type="checkbox" checked={shown} aria-label={`${status}: ${t.countsAsSale}`}
                onChange={(e) => toggle(status, e.target.checked)} />
              <span className="font-mono">{status}</span>
              <span className="text-xs text-slate-500">{shown ? t.countsAsSale : t.notASale}</span>
            </label>
          );
        })}
      </div>
      <p className="mt-1 text-xs text-slate-500">{t.statusesHint}</p>
    </fieldset>
  );
}
