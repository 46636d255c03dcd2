"use client";

import { useCancelButton } from "@/components/ui/use-cancel-button";
import { formatters } from "@/lib/i18n/format";
import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import type { RollbackPreview } from "@/lib/ingest/rollback-preview";

/**
 * Asks before a rollback, saying what goes: the import's sales per currency, its other records,
 * the customers only it knows, the earlier orders it changed, and the later imports that lose
 * records too. Keeping the import is the default: Escape or the first button.
 */
export function RollbackDialog({ preview, later, t, locale, onCancel, onConfirm }: {
  preview: RollbackPreview;
  later: number[];
  t: Messages["imports"];
  locale: Locale;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const d = t.rollbackDialog;
  const f = formatters(locale);
  const keep = useCancelButton(onCancel);

  const lines = [
    ...preview.sales.map(({ currency, orders, refunds, amountMinor }) => {
      const amount = f.money(amountMinor / 100, currency);
      return refunds === 0 ? fill(f.count(d.sales, orders), { amount })
        : fill(d.salesAndRefunds, { sales: f.count(d.saleCount, orders),
          refunds: f.count(d.refundCount, refunds), amount });
    }),
    ...([
      [d.notCounted, preview.notCounted],
      [d.contacts, preview.contacts],
      [d.interactions, preview.interactions],
      [d.tickets, preview.tickets],
    ] as const).filter(([, n]) => n > 0).map(([forms, n]) => f.count(forms, n)),
  ];
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4">
      <div role="dialog" aria-modal="true" aria-labelledby="rollback-title"
        data-testid="rollback-dialog"
        className="w-full max-w-md rounded-lg bg-white p-5 text-sm text-slate-800 shadow-xl">
        <h2 id="rollback-title" className="text-base font-semibold">
          {fill(d.title, { id: preview.importId })}
        </h2>
        <p className="mt-2">{fill(d.takesOut, { file: preview.fileName })}</p>
        <ul className="mt-1 list-disc pl-5">
          {(lines.length ? lines : [d.nothing]).map((line) => <li key={line}>{line}</li>)}
        </ul>
        {preview.customersOnlyHere > 0 && (
          <p className="mt-2">{f.count(d.customersGone, preview.customersOnlyHere)}</p>
        )}
        {preview.ordersRestored > 0 && (
          <p className="mt-2">{f.count(d.restored, preview.ordersRestored)}</p>
        )}
        {later.length > 0 && (
          <p className="mt-2 rounded bg-amber-50 p-2 text-amber-900">
            {fill(t.rollbackLater, { ids: f.list(later.map((id) => `#${id}`)) })}
          </p>
        )}
        <p className="mt-2 text-slate-600">{d.recompute}</p>
        <div className="mt-4 flex justify-end gap-2">
          <button ref={keep} type="button" onClick={onCancel}
            className="rounded border border-slate-300 px-3 py-1.5">{d.cancel}</button>
          <button type="button" onClick={onConfirm}
            className="rounded bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800">
            {d.confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
