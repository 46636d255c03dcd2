"use client";

import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { formatters } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export type ParetoPoint = { customerShare: number; revenueShare: number };

/** Cumulative share of spend against share of buyers ranked by spend; the diagonal is equality. */
export function ParetoChart({
  points,
  locale,
  labels,
}: {
  points: ParetoPoint[];
  locale: Locale;
  labels: { customers: string; revenue: string };
}) {
  const f = formatters(locale);
  return (
    <ResponsiveContainer width="100%" height={300}>
      <LineChart data={points} margin={{ top: 8, left: 8, right: 16, bottom: 16 }}>
        <CartesianGrid stroke="#e2e8f0" />
        <XAxis
          dataKey="customerShare"
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
          tickFormatter={(v: number) => f.percent(v)}
          fontSize={12}
          label={{
            value: labels.customers,
            position: "insideBottom",
            offset: -8,
            fontSize: 12,
            fill: "#64748b",
          }}
        />
        <YAxis
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
          tickFormatter={(v: number) => f.percent(v)}
          fontSize={12}
          width={56}
          label={{
            value: labels.revenue,
            angle: -90,
            position: "insideLeft",
            fontSize: 12,
            fill: "#64748b",
          }}
        />
        <ReferenceLine
          segment={[
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ]}
          stroke="#94a3b8"
          strokeDasharray="4 4"
        />
        <Tooltip
          formatter={(value) => [f.percent(Number(value)), labels.revenue]}
          labelFormatter={(label) => `${labels.customers}: ${f.percent(Number(label))}`}
        />
        <Line
          dataKey="revenueShare"
          stroke="var(--chart-revenue)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
