"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { formatters } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

import { ChartLegend } from "./chart-legend";

export type FrequencyRow = { label: string; actual: number; predicted: number };

/** Mean holdout purchases per customer by calibration frequency: actual bars beside predicted. */
export function FrequencyChart({
  rows,
  locale,
  labels,
}: {
  rows: FrequencyRow[];
  locale: Locale;
  labels: { actual: string; predicted: string; axis: string };
}) {
  const f = formatters(locale);
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart data={rows} margin={{ top: 16, left: 8, right: 16, bottom: 16 }}>
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis
          dataKey="label"
          fontSize={12}
          label={{
            value: labels.axis,
            position: "insideBottom",
            offset: -8,
            fontSize: 12,
            fill: "#64748b",
          }}
        />
        <YAxis fontSize={12} width={48} tickFormatter={(v: number) => f.decimal(v)} />
        <Tooltip formatter={(value, name) => [f.decimal(Number(value)), String(name)]} />
        <Legend verticalAlign="top" content={<ChartLegend />} itemSorter={null} />
        <Bar
          dataKey="actual"
          name={labels.actual}
          fill="var(--chart-actual)"
          isAnimationActive={false}
        />
        <Bar
          dataKey="predicted"
          name={labels.predicted}
          fill="var(--chart-predicted)"
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
