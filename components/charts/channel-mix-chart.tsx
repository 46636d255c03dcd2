"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { formatters } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

import { ChartLegend } from "./chart-legend";

export type ChannelMixSeries = { key: string; label: string; color: string };
export type ChannelMixDatum = { label: string; total: number } & Record<string, number | string>;

/**
 * One 100 % bar per tier or segment, split by customers' preferred channel.
 * Data comes shaped (lib/profiles/channel-mix.ts); colours are CSS variables.
 */
export function ChannelMixChart({ data, series, locale, axisLabel, customersLabel }: {
  data: ChannelMixDatum[];
  series: ChannelMixSeries[];
  locale: Locale;
  axisLabel: string;
  customersLabel: string;
}) {
  const f = formatters(locale);
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, data.length * 34 + 70)}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16, bottom: 16 }} barCategoryGap={6}>
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tickFormatter={(v: number) => f.percent(v)}
          fontSize={12}
          label={{ value: axisLabel, position: "insideBottom", offset: -8, fontSize: 12, fill: "#64748b" }}
        />
        <YAxis type="category" dataKey="label" width={120} fontSize={12} />
        <Tooltip
          cursor={{ fill: "#f1f5f9" }}
          formatter={(value, name) => [f.percent(Number(value)), name]}
          labelFormatter={(label, payload) => {
            const total = payload?.[0]?.payload?.total as number | undefined;
            return total === undefined ? String(label) : `${label} · ${f.integer(total)} ${customersLabel}`;
          }}
        />
        <Legend
          verticalAlign="top"
          height={28}
          content={<ChartLegend />}
          itemSorter={null}
        />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="mix" fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
