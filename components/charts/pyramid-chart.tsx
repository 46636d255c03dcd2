"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { formatters } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export type PyramidRow = {
  tier: string;
  label: string;
  customers: number;
  customerShare: number;
  revenue: number;
  revenueShare: number;
};

type Labels = { shareOfCustomers: string; shareOfRevenue: string; customers: string; revenue: string };

/**
 * Tiers top to bottom; to the left each tier's share of customers, to the
 * right its share of revenue, so "1 % of customers, 25 % of revenue" reads
 * at a glance.
 */
export function PyramidChart({ rows, labels, locale, currency }: {
  rows: PyramidRow[];
  labels: Labels;
  locale: Locale;
  currency: string;
}) {
  const f = formatters(locale);
  const data = rows.map((row) => ({ ...row, left: -row.customerShare, right: row.revenueShare }));
  const largest = Math.max(0.05, ...rows.flatMap((r) => [r.customerShare, r.revenueShare]));
  const edge = niceEdge(largest * 1.2);
  const ticks = [-edge, -edge / 2, 0, edge / 2, edge];
  // The axis runs past its last tick when a bar nearly fills it, so the share
  // printed beyond the bar's end neither overlaps the tier names nor is clipped.
  const reach = Math.max(edge, largest * LABEL_ROOM);
  return (
    <div>
      <div className="mb-2 flex justify-between px-20 text-xs font-medium text-slate-600">
        <span>← {labels.shareOfCustomers}</span>
        <span>{labels.shareOfRevenue} →</span>
      </div>
      <ResponsiveContainer width="100%" height={Math.max(220, rows.length * 48)}>
        <BarChart data={data} layout="vertical" stackOffset="sign" margin={{ left: 8, right: 8 }} barCategoryGap={8}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" domain={[-reach, reach]} ticks={ticks} tickFormatter={(v: number) => f.percent(Math.abs(v))} fontSize={12} />
          <YAxis type="category" dataKey="label" width={80} fontSize={12} />
          <ReferenceLine x={0} stroke="#475569" />
          <Tooltip
            cursor={{ fill: "#f1f5f9" }}
            content={({ active, payload }) => {
              const row = active && payload?.[0] ? (payload[0].payload as PyramidRow) : null;
              if (!row) return null;
              return (
                <div className="rounded-md border border-slate-200 bg-white p-2 text-xs shadow">
                  <div className="mb-1 font-semibold">{row.label}</div>
                  <div>{labels.customers}: {f.integer(row.customers)} ({f.percent(row.customerShare)})</div>
                  <div>{labels.revenue}: {f.money(row.revenue, currency)} ({f.percent(row.revenueShare)})</div>
                </div>
              );
            }}
          />
          <Bar dataKey="left" stackId="share" name={labels.shareOfCustomers} isAnimationActive={false}>
            {data.map((row) => (
              <Cell key={row.tier} fill={`var(--tier-${row.tier})`} fillOpacity={0.55} />
            ))}
            <LabelList dataKey="left" content={(props) =>
              <ShareLabel {...props} side="left" reach={reach} format={f.percent} />} />
          </Bar>
          <Bar dataKey="right" stackId="share" name={labels.shareOfRevenue} isAnimationActive={false}>
            {data.map((row) => (
              <Cell key={row.tier} fill={`var(--tier-${row.tier})`} />
            ))}
            <LabelList dataKey="right" content={(props) =>
              <ShareLabel {...props} side="right" reach={reach} format={f.percent} />} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * A share printed just outside the bar's outer end, on the bar's side of the axis; inside that
 * end when the bar takes most of its half, where outside it would run into the tier names
 * ("Base-64.6%") or off the chart.
 */
function ShareLabel(props: {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  side: "left" | "right";
  reach: number;
  format: (share: number) => string;
}) {
  const [x, y, width, height] = [props.x, props.y, props.width, props.height].map(Number);
  const value = Math.abs(Number(props.value));
  if (!Number.isFinite(x) || !value) return null;
  const inside = value > props.reach * INSIDE_FROM;
  // Outward from the axis is -1 on the left, +1 on the right; inside, the label steps back in.
  const outward = props.side === "left" ? -1 : 1;
  const end = props.side === "left" ? Math.min(x, x + width) : Math.max(x, x + width);
  const step = inside ? -outward : outward;
  return (
    <text x={end + step * 4} y={y + height / 2} dy="0.35em" fontSize={11}
      fill={inside && props.side === "right" ? "#ffffff" : "#334155"}
      textAnchor={step < 0 ? "end" : "start"}>
      {props.format(value)}
    </text>
  );
}

/** Past this share of the half axis, a bar's label goes inside its end. */
const INSIDE_FROM = 0.6;

/** How far past the longest bar the axis reaches, as a multiple of it: room for "99.7%". */
const LABEL_ROOM = 1.3;

/** Rounds the axis edge up to a multiple of 10 % (5 % below 20 %) so the ticks read well. */
function niceEdge(share: number): number {
  const step = share > 0.2 ? 0.1 : 0.05;
  return Math.min(1, Math.ceil(share / step) * step);
}
