"use client";

import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import { formatters } from "@/lib/i18n/format";
import type { ImportSummary } from "@/lib/ingest/run-import";
import type { ImportJob } from "@/lib/jobs/import-jobs";

import { KeepBaseCurrency } from "./keep-base-currency";
import { problemText } from "./problem-text";
import { quotedValue } from "./quoted-value";

export function ProgressBar({ label, share }: { label: string; share: number }) {
  return (
    <div role="status">
      <div className="mb-1 text-sm text-slate-700">{label}</div>
      <div className="h-2 overflow-hidden rounded bg-slate-200">
        <div className="h-full bg-indigo-600 transition-all" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
    </div>
  );
}

/** The counts of a finished dry run or import, its first problems and the error file. */
export function RunResult({ job, t, locale }: { job: ImportJob; t: Messages["imports"]; locale: Locale }) {
  const f = formatters(locale);
  if (job.status === "cancelled") return <div role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t.cancelled}</div>;
  if (job.status !== "done" || !job.summary) {
    const problem = job.problem ? problemText(t, job.problem) : "";
    return (
      <div role="status" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
        {t.failed}. {problem}
        {/* A file whose every row was rejected still says why, row by row. */}
        {job.summary && <IssueList summary={job.summary} t={t} f={f} />}
        {job.summary && <ErrorFileLink job={job} t={t} />}
      </div>
    );
  }
  const s = job.summary;
  const numbers = [
    ["rowsRead", s.rowsRead], ["recordsNew", s.recordsNew], ["recordsExisting", s.recordsExisting],
    ["recordsUpdated", s.recordsUpdated],
    ["rowsNewCustomers", s.rowsNewCustomers], ["rowsExistingCustomers", s.rowsExistingCustomers],
    ["rowsRejected", s.rowsRejected], ["rowsWarned", s.rowsWarned],
  ] as const;
  const customersOf: Partial<Record<(typeof numbers)[number][0], number>> = {
    rowsNewCustomers: s.customersNew, rowsExistingCustomers: s.customersExisting,
  };
  return (
    <div role="status" data-testid="import-summary" className="rounded-md border border-emerald-200 bg-emerald-50 p-4 text-sm">
      <div className="mb-2 font-medium text-emerald-900">{s.dryRun ? t.dryDone
        : fill(t.done, { id: s.importId ?? "" })}</div>
      <dl className="grid grid-cols-2 gap-2 md:grid-cols-4 lg:grid-cols-8">
        {numbers.map(([key, value]) => (
          <div key={key} data-testid={`count-${key}`} className="flex flex-col">
            {/* The label takes the slack: numbers line up under labels of two lines. */}
            <dt className="flex-1 text-xs text-slate-500">{t.summary[key]}</dt>
            <dd className="tabular font-semibold">{f.integer(value)}</dd>
            {/* Rows of one customer are many: how many customers they are, under them. */}
            <span className="min-h-4 text-xs text-slate-500" data-testid={`customers-${key}`}>
              {customersOf[key] !== undefined && f.count(t.summary.customers, customersOf[key])}
            </span>
          </div>
        ))}
      </dl>
      {s.rowsLeftOut > 0 && (
        <p data-testid="rows-left-out" className="mt-3 text-xs text-slate-700">
          {f.count(t.leftOut, s.rowsLeftOut)}
        </p>
      )}
      {s.sales.length > 0 && (
        <p data-testid="import-sales" className="mt-3 text-xs text-slate-700">
          {s.sales.map(({ currency, orders, refunds, amountMinor, notCounted }) => (
            <span key={currency} className="mr-4 inline-block">
              {refunds > 0
                ? fill(t.salesLineNet, {
                  orders: f.count(t.sales, orders), refunds: f.count(t.refunds, refunds),
                  amount: f.money(amountMinor / 100, currency),
                })
                : fill(t.salesLine, {
                  orders: f.count(t.sales, orders), amount: f.money(amountMinor / 100, currency),
                })}
              {notCounted > 0 && ` · ${fill(t.salesNotCounted, { count: f.integer(notCounted) })}`}
            </span>
          ))}
        </p>
      )}
      {s.statuses.length > 0 && (
        <p data-testid="import-statuses" className="mt-1 text-xs leading-6 text-slate-700">
          {t.statusesLine}{" "}
          {/* A chip each, to keep a long list readable; those not counted struck through. */}
          {s.statuses.map(({ status, orders, counts }) => (
            <span key={`${status}-${counts}`}
              className={`mr-1.5 inline-block rounded bg-white px-1.5 ring-1 ring-slate-200 ${
                counts ? "" : "text-slate-500"}`}>
              <span className={counts ? "" : "line-through"}>{status}</span> {f.integer(orders)}
              {!counts && t.notCountedInBrackets}
            </span>
          ))}
        </p>
      )}
      {s.changes.length > 0 && (
        <div data-testid="import-changes" className="mt-3 text-xs text-slate-700">
          <div className="font-medium">{t.changesTitle}</div>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {s.changes.map((change) => {
              const state = ({ amountMinor, counts, status }: (typeof change)["before"]) =>
                [status, f.money(amountMinor / 100, change.currency),
                  counts ? null : t.notCountedShort]
                  .filter(Boolean).join(", ");
              return (
                <li key={change.reference}>
                  <span className="font-mono">{change.reference}</span>:{" "}
                  {state(change.before)} → {state(change.after)}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {s.unrated.map(({ currency, orders }) => (
        <p key={currency} data-testid="unrated-currency" className="mt-3 rounded bg-amber-50 p-2 text-xs text-amber-900">
          {fill(f.count(s.dryRun ? t.unratedDry : t.unrated, orders), { currency, base: s.baseCurrency })}
        </p>
      ))}
      {s.asOfMoved && (
        <p data-testid="as-of-moved" className="mt-3 rounded bg-amber-50 p-2 text-xs text-amber-900">
          {fill(t.asOfMoved, { from: f.day(s.asOfMoved.from), to: f.day(s.asOfMoved.to) })}
        </p>
      )}
      {s.baseCurrencyMoved && s.dryRun && <KeepBaseCurrency moved={s.baseCurrencyMoved} t={t} />}
      {s.baseCurrencyMoved && !s.dryRun && (
        <p data-testid="base-currency-moved"
          className="mt-3 rounded bg-amber-50 p-2 text-xs text-amber-900">
          {fill(t.baseCurrencyMoved, s.baseCurrencyMoved)}
        </p>
      )}
      {s.earlierStaffTickets && (
        <p data-testid="earlier-staff-tickets"
          className="mt-3 rounded bg-amber-50 p-2 text-xs text-amber-900">
          {fill(f.count(t.earlierStaffTickets, s.earlierStaffTickets.tickets),
            { imports: f.list(s.earlierStaffTickets.imports.map((id) => `#${id}`)) })}
        </p>
      )}
      <IssueList summary={s} t={t} f={f} />
      <ErrorFileLink job={job} t={t} />
    </div>
  );
}

/**
 * Every rejected row and warning as a CSV: an import's from the history, a run that kept nothing
 * (a dry run, a file whose every row was rejected) from what its job saved.
 */
function ErrorFileLink({ job, t }: { job: ImportJob; t: Messages["imports"] }) {
  const s = job.summary!;
  if (s.rowsRejected + s.rowsWarned + s.rowsLeftOut === 0) return null;
  const kept = !s.dryRun && s.importId;
  const href = kept ? `/api/imports/${s.importId}/errors` : `/api/imports/jobs/${job.id}/errors`;
  return (
    <a className="mt-3 inline-block text-xs text-indigo-700 underline" href={href}>
      {t.errorFile.download}
    </a>
  );
}

function IssueList({ summary, t, f }: {
  summary: ImportSummary; t: Messages["imports"]; f: ReturnType<typeof formatters>;
}) {
  const { issues } = summary;
  if (issues.length === 0) return null;
  // The page lists the first issues; the rows past them are counted, and the error file has them.
  const more = summary.rowsRejected + summary.rowsWarned + summary.rowsLeftOut -
    new Set(issues.map((issue) => issue.row)).size;
  return (
    <>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-xs break-words text-slate-700">
        {issues.map((r) => (
          <li key={`${r.row}-${r.column}-${r.reason}`}>
            {/* A fault of the whole row (a JSON line, an open quote) has no column to name. */}
            {fill(r.column ? t.issue : t.issueOfRow,
              { ...r, value: quotedValue(t, f, r.value), reason: t.reasons[r.reason] ?? r.reason })}
          </li>
        ))}
      </ul>
      {more > 0 && <p className="mt-1 text-xs text-slate-700">{f.count(t.errorFile.more, more)}</p>}
      <p className="mt-1 text-xs text-slate-500">{t.rowNumbers}</p>
    </>
  );
}
