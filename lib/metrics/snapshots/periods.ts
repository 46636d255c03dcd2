import type { SnapshotPeriod } from "@/lib/settings/schema";

/** One snapshot period: its key, first day, and the day its snapshot is taken. */
export type Period = { key: string; startDay: number; endDay: number };

const DAY_MS = 86_400_000;

/**
 * The periods from the one holding `firstDay` to the one holding `asOfDay`,
 * oldest first. Each ends on its last calendar day, except the running one,
 * which ends on the as-of date. Weeks start on Monday (ISO), keyed by the
 * Monday's date; months as 2024-03; quarters as 2024-Q1.
 */
export function periodsBetween(firstDay: number, asOfDay: number, kind: SnapshotPeriod): Period[] {
  const periods: Period[] = [];
  for (let start = periodStart(Math.min(firstDay, asOfDay), kind); start <= asOfDay; ) {
    const next = nextStart(start, kind);
    periods.push({
      key: periodKey(start, kind),
      startDay: start,
      endDay: Math.min(next - 1, asOfDay),
    });
    start = next;
  }
  return periods;
}

function periodStart(day: number, kind: SnapshotPeriod): number {
  const date = new Date(day * DAY_MS);
  if (kind === "week") return day - ((date.getUTCDay() + 6) % 7);
  const month =
    kind === "quarter" ? date.getUTCMonth() - (date.getUTCMonth() % 3) : date.getUTCMonth();
  return Date.UTC(date.getUTCFullYear(), month, 1) / DAY_MS;
}

function nextStart(start: number, kind: SnapshotPeriod): number {
  if (kind === "week") return start + 7;
  const date = new Date(start * DAY_MS);
  return (
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + (kind === "quarter" ? 3 : 1), 1) / DAY_MS
  );
}

function periodKey(start: number, kind: SnapshotPeriod): string {
  const iso = new Date(start * DAY_MS).toISOString();
  if (kind === "week") return iso.slice(0, 10);
  if (kind === "quarter")
    return `${iso.slice(0, 4)}-Q${Math.floor(Number(iso.slice(5, 7)) / 3) + 1}`;
  return iso.slice(0, 7);
}
