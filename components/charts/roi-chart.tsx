"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { niceTicks } from "@/lib/campaigns/report/nice-ticks";
import { formatters } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** ROI per group as horizontal bars: green when it paid for itself, red when it did not. */
export function RoiChart({ rows, label, locale }: { rows: { label: string; roi: number }[]; label: string; locale: Locale }) {
  const f = formatters(locale);
  const ticks = niceTicks(Math.min(...rows.map((r) => r.roi)), Math.max(...rows.map((r) => r.roi)));
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 52 + 40)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, left: 8, right: 56, bottom: 4 }}>
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis type="number" fontSize={12} ticks={ticks} domain={[ticks[0], ticks[ticks.length - 1]]} tickFormatter={(v: number) => f.percent(v)}
          label={{ value: label, position: "insideBottom", offset: -2, fontSize: 12, fill: "#64748b" }} height={40} />
        <YAxis type="category" dataKey="label" width={110} fontSize={12} />
        <ReferenceLine x={0} stroke="#475569" />
        <Tooltip cursor={{ fill: "#f1f5f9" }} formatter={(value) => [f.percent(Number(value)), label]} />
        <Bar dataKey="roi" name={label} isAnimationActive={false}>
          {rows.map((row) => <Cell key={row.label} fill={row.roi >= 0 ? "var(--chart-gain)" : "var(--chart-loss)"} />)}
          <LabelList dataKey="roi" position="right" fontSize={11} formatter={(v: unknown) => f.percent(Number(v))} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
