import type { CohortRow } from "./snapshots/read-trends";

export type CohortLine = {
  cohort: string;
  size: number;
  /** Per period since the first order: share of the cohort that ordered, and their spend. */
  cells: { age: number; share: number; customers: number; revenue: number }[];
};

/** Cohort rows keyed by their period, each age's retention as a share of the cohort's size. */
export function cohortLines(
  rows: CohortRow[],
  periodKey: (position: number) => string,
): CohortLine[] {
  const byCohort = new Map<number, CohortRow[]>();
  for (const row of rows) byCohort.set(row.cohort, [...(byCohort.get(row.cohort) ?? []), row]);
  return [...byCohort].map(([cohort, cells]) => {
    const size = cells.find((c) => c.age === 0)?.customers ?? 0;
    return {
      cohort: periodKey(cohort),
      size,
      cells: cells.map((c) => ({
        age: c.age,
        share: size ? c.customers / size : 0,
        customers: c.customers,
        revenue: c.revenue,
      })),
    };
  });
}
