"use client";

import {
  Area,
  AreaChart,
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

export type TrendSeries = { key: string; label: string; color: string };
export type TrendPoint = { period: string; values: Record<string, number> };

/**
 * One bar (counts) or one 100 % band (shares) per period, stacked by series:
 * tier sizes, stage sizes, or each tier's share of a period's spend.
 */
export function TrendChart({
  data,
  series,
  locale,
  mode,
  axisLabel,
}: {
  data: TrendPoint[];
  series: TrendSeries[];
  locale: Locale;
  mode: "count" | "share";
  axisLabel: string;
}) {
  const f = formatters(locale);
  const rows = data.map((point) => ({ period: point.period, ...point.values }));
  const format = (v: number) => (mode === "share" ? f.percent(v) : f.integer(v));
  const axis = (
    <YAxis
      key="y"
      fontSize={12}
      width={56}
      domain={mode === "share" ? [0, 1] : undefined}
      tickFormatter={(v: number) => (mode === "share" ? f.percent(v) : f.compact(v))}
      label={{
        value: axisLabel,
        angle: -90,
        position: "insideLeft",
        fontSize: 12,
        fill: "#64748b",
      }}
    />
  );
  const common = { data: rows, margin: { top: 8, left: 8, right: 8, bottom: 4 } };
  const frame = [
    <CartesianGrid key="grid" vertical={false} stroke="#e2e8f0" />,
    <XAxis key="x" dataKey="period" fontSize={12} tickFormatter={(key: string) => f.period(key)} />,
    axis,
    <Tooltip
      key="tooltip"
      formatter={(value, name) => [format(Number(value)), String(name)]}
      labelFormatter={(key) => f.period(String(key))}
    />,
    // Legend items in the series' own order (VIP → Base), not alphabetically.
    <Legend
      key="legend"
      content={<ChartLegend />}
      itemSorter={(item) => series.findIndex((s) => s.key === item.dataKey)}
    />,
  ];
  return (
    <ResponsiveContainer width="100%" height={300}>
      {mode === "share" ? (
        <AreaChart {...common} stackOffset="expand">
          {frame}
          {series.map((s) => (
            <Area
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="all"
              type="monotone"
              stroke={s.color}
              fill={s.color}
              fillOpacity={0.8}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      ) : (
        <BarChart {...common}>
          {frame}
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="all"
              fill={s.color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
