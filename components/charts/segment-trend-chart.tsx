"use client";

import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { formatters } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export type TrendPoint = { asOf: string; customers: number };

/** A segment's size after each metric recompute, by the as-of date of that recompute. */
export function SegmentTrendChart({
  points,
  locale,
  labels,
}: {
  points: TrendPoint[];
  locale: Locale;
  labels: { customers: string; asOf: string };
}) {
  const f = formatters(locale);
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={points} margin={{ top: 8, right: 16, left: 8, bottom: 8 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis
          dataKey="asOf"
          fontSize={12}
          tickFormatter={(v: string) => f.day(v)}
          label={{
            value: labels.asOf,
            position: "insideBottom",
            offset: -4,
            fontSize: 12,
            fill: "#64748b",
          }}
          height={40}
        />
        <YAxis
          fontSize={12}
          allowDecimals={false}
          tickFormatter={(v: number) => f.compact(v)}
          label={{
            value: labels.customers,
            angle: -90,
            position: "insideLeft",
            fontSize: 12,
            fill: "#64748b",
          }}
        />
        <Tooltip
          labelFormatter={(v) => f.day(String(v))}
          formatter={(v) => [f.integer(Number(v)), labels.customers]}
        />
        <Line
          type="monotone"
          dataKey="customers"
          stroke="var(--chart-customers)"
          strokeWidth={2}
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
