"use client";

import {
  CartesianGrid,
  Legend,
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

import { ChartLegend } from "./chart-legend";
import { hasHoldout } from "./tracking-holdout";

export type TrackingPoint = { t: number; actual: number; predicted: number };

/** Cumulative repeat purchases, actual against the model, with the end of calibration marked. */
export function TrackingChart({
  points,
  calibrationEnd,
  locale,
  labels,
}: {
  points: TrackingPoint[];
  calibrationEnd: number;
  locale: Locale;
  labels: { actual: string; predicted: string; time: string; calibrationEnd: string };
}) {
  const f = formatters(locale);
  return (
    <ResponsiveContainer width="100%" height={300}>
      <LineChart data={points} margin={{ top: 16, left: 8, right: 16, bottom: 16 }}>
        <CartesianGrid stroke="#e2e8f0" />
        <XAxis
          dataKey="t"
          type="number"
          domain={["dataMin", "dataMax"]}
          fontSize={12}
          tickFormatter={(v: number) => f.integer(v)}
          label={{
            value: labels.time,
            position: "insideBottom",
            offset: -8,
            fontSize: 12,
            fill: "#64748b",
          }}
        />
        <YAxis fontSize={12} width={56} tickFormatter={(v: number) => f.compact(v)} />
        <Tooltip
          formatter={(value, name) => [f.integer(Number(value)), String(name)]}
          labelFormatter={(label) => `${labels.time}: ${f.decimal(Number(label))}`}
        />
        <Legend verticalAlign="top" content={<ChartLegend />} itemSorter={null} />
        {hasHoldout(points, calibrationEnd) && (
          <ReferenceLine
            x={calibrationEnd}
            stroke="#475569"
            strokeDasharray="4 4"
            label={{
              value: labels.calibrationEnd,
              position: "insideTopLeft",
              fontSize: 11,
              fill: "#475569",
            }}
          />
        )}
        <Line
          dataKey="actual"
          name={labels.actual}
          stroke="var(--chart-actual)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="predicted"
          name={labels.predicted}
          stroke="var(--chart-predicted)"
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
