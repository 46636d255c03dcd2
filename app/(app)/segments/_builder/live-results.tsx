"use client";

import { formatters } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/locales";
import type { Breakdown } from "@/lib/segments/query/breakdown-segment";

import type { EditorContext } from "./editor-context";
import type { Results } from "./use-segment-results";

/** The live count with the as-of note, and the breakdown by tier, stage and preferred channel. */
export function LiveCount({
  results,
  total,
  ctx,
}: {
  results: Results;
  total: number;
  ctx: EditorContext;
}) {
  const t = ctx.t.segmentExplorer.results;
  const f = formatters(ctx.locale);
  const count = "count" in results ? results.count : undefined;
  return (
    <div className="space-y-3">
      <div aria-live="polite">
        <div className="flex items-baseline gap-2">
          <span
            data-testid="segment-count"
            className="tabular text-3xl font-semibold text-slate-900"
          >
            {count === undefined ? "…" : f.integer(count)}
          </span>
          <span className="text-sm text-slate-600">{t.customers}</span>
        </div>
        <div className="text-xs text-slate-500">
          {fill(t.ofTotal, { total: f.integer(total) })}
          {results.status === "counting" && ` · ${t.counting}`}
        </div>
      </div>
      {results.status === "invalid" && (
        <p role="status" className="text-sm text-red-700">
          {t.incomplete}
        </p>
      )}
      {results.status === "unavailable" && (
        <p role="status" className="text-sm text-amber-700">
          {ctx.t.segmentExplorer.errors.unavailable}
        </p>
      )}
      {results.status === "failed" && (
        <p role="status" className="text-sm text-red-700">
          {t.failed}
        </p>
      )}
      <p className="text-xs text-slate-500">
        {ctx.provisional ? t.provisional : fill(t.asOfNote, { date: f.day(ctx.asOf) })}
      </p>
      {results.status === "ready" && results.breakdown && (
        <BreakdownLists breakdown={results.breakdown} ctx={ctx} />
      )}
    </div>
  );
}

function BreakdownLists({ breakdown, ctx }: { breakdown: Breakdown; ctx: EditorContext }) {
  const t = ctx.t;
  const r = t.segmentExplorer.results;
  const tiers = Object.entries(breakdown.tier).map(([k, n]) => ({
    key: k,
    label: t.tiers[k as keyof typeof t.tiers] ?? k,
    n,
    color: `--tier-${k}`,
  }));
  const stages = Object.entries(breakdown.stage).map(([k, n]) => ({
    key: k,
    label: t.stages[k as keyof typeof t.stages] ?? k,
    n,
    color: `--stage-${k}`,
  }));
  const channels =
    breakdown.channel &&
    Object.entries(breakdown.channel).map(([k, n]) => ({
      key: k,
      label: k ? ctx.channelNames[k.toLowerCase()] ?? k : r.unknownChannel,
      n,
      color: "--chart-customers",
    }));
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-3 lg:grid-cols-1">
      <Bars title={r.byTier} rows={tiers} total={breakdown.total} ctx={ctx} />
      <Bars title={r.byStage} rows={stages} total={breakdown.total} ctx={ctx} />
      {channels ? (
        <Bars title={r.byChannel} rows={channels} total={breakdown.total} ctx={ctx} />
      ) : (
        <div>
          <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            {r.byChannel}
          </h3>
          <p className="text-xs text-slate-500">{t.segmentExplorer.needs.preferredChannel}</p>
        </div>
      )}
    </div>
  );
}

type Bar = { key: string; label: string; n: number; color: string };

function Bars({
  title,
  rows,
  total,
  ctx,
}: {
  title: string;
  rows: Bar[];
  total: number;
  ctx: EditorContext;
}) {
  const f = formatters(ctx.locale);
  return (
    <div>
      <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h3>
      <ul className="space-y-1">
        {rows
          .filter((row) => row.n > 0)
          .map((row) => (
            <li key={row.key} className="text-xs">
              <div className="flex justify-between">
                <span>{row.label}</span>
                <span className="tabular">{f.integer(row.n)}</span>
              </div>
              <div className="h-1.5 rounded bg-slate-100">
                <div
                  className="h-full rounded"
                  style={{
                    width: `${total ? (100 * row.n) / total : 0}%`,
                    background: `var(${row.color})`,
                  }}
                />
              </div>
            </li>
          ))}
      </ul>
    </div>
  );
}
