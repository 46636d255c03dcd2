"use client";

import { Bar, BarChart, CartesianGrid, ErrorBar, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { formatters } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { treatmentHoldoutTicks } from "@/lib/campaigns/report/axis-ticks";
import type { TreatmentHoldoutRow } from "@/lib/campaigns/report/chart-rows";

import { ChartLegend } from "./chart-legend";
import { WRAPPED_TICK_HEIGHT, WrappedTick } from "./wrapped-tick";

type Labels = { treatment: string; holdout: string; axis: string };

/**
 * Contacted against holdout per group (the whole campaign, then each
 * target), as percentages or money, with confidence bars when given.
 */
export function TreatmentHoldoutChart({ rows, labels, format, currency, locale }: {
  rows: TreatmentHoldoutRow[];
  labels: Labels;
  format: "percent" | "money";
  currency: string;
  locale: Locale;
}) {
  const f = formatters(locale);
  const show = (value: number) => (format === "percent" ? f.percent(value) : f.money(value, currency));
  const tick = (value: number) => (format === "percent" ? f.percent(value) : f.money(value, currency, { compact: true }));
  const ticks = treatmentHoldoutTicks(rows, format);
  // Room for the longest tick ("US$20.00" is wider than "$20.00") and the axis title beside it.
  const tickWidth = Math.max(...ticks.map((value) => tick(value).length)) * 7 + 28;
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart data={rows} margin={{ top: 12, left: 12, right: 8, bottom: 4 }} barGap={4}>
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="label" interval={0} tick={<WrappedTick />} height={WRAPPED_TICK_HEIGHT} />
        <YAxis fontSize={12} tickFormatter={tick} width={tickWidth} ticks={ticks}
          domain={[0, ticks.at(-1)!]}
          label={{ value: labels.axis, angle: -90, position: "insideLeft", fontSize: 12, fill: "#64748b" }} />
        <Tooltip cursor={{ fill: "#f1f5f9" }}
          formatter={(value, name) => [value === null || value === undefined ? "—" : show(Number(value)), name]} />
        <Legend content={<ChartLegend />} itemSorter={null} />
        <Bar dataKey="treatment" name={labels.treatment} fill="var(--chart-treatment)" isAnimationActive={false} radius={[4, 4, 0, 0]}>
          <ErrorBar dataKey="treatmentError" width={6} stroke="#1e1b4b" />
        </Bar>
        <Bar dataKey="holdout" name={labels.holdout} fill="var(--chart-holdout)" isAnimationActive={false} radius={[4, 4, 0, 0]}>
          <ErrorBar dataKey="holdoutError" width={6} stroke="#44403c" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
