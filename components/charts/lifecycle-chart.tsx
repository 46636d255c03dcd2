"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { formatters } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export type StageRow = { stage: string; label: string; customers: number };

export function LifecycleChart({ rows, locale, axisLabel }: { rows: StageRow[]; locale: Locale; axisLabel: string }) {
  const f = formatters(locale);
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart data={rows} margin={{ top: 20, left: 8, right: 8, bottom: 4 }}>
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="label" fontSize={12} interval={0} angle={-30} textAnchor="end" height={56} />
        <YAxis
          fontSize={12}
          tickFormatter={(v: number) => f.compact(v)}
          label={{ value: axisLabel, angle: -90, position: "insideLeft", fontSize: 12, fill: "#64748b" }}
        />
        <Tooltip
          cursor={{ fill: "#f1f5f9" }}
          formatter={(value) => [f.integer(Number(value)), axisLabel]}
        />
        <Bar dataKey="customers" isAnimationActive={false} radius={[4, 4, 0, 0]}>
          {rows.map((row) => (
            <Cell key={row.stage} fill={`var(--stage-${row.stage})`} />
          ))}
          {/* Counts in dark grey: in its bar's colour a pale stage (Prospect) was unreadable. */}
          <LabelList dataKey="customers" position="top" fontSize={11} fill="#334155"
            formatter={(v: unknown) => f.integer(Number(v))} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
