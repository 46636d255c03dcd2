import { z } from "zod";

import { isoToDay } from "@/lib/ingest/normalise/dates";

const isoDay = z.string().refine((value) => isoToDay(value) !== null, {
  message: "a date written YYYY-MM-DD",
});

/**
 * A time window over facts. Every window ends on the as-of day of the last
 * metric run, so "the last 90 days" means the same thing as the metrics
 * beside it, and facts dated after the as-of day never count.
 */
export const window = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("last_days"), days: z.number().int().min(1).max(3650) }),
  z.object({ kind: z.literal("since"), from: isoDay }),
  z.object({ kind: z.literal("between"), from: isoDay, to: isoDay }),
  z.object({ kind: z.literal("any") }),
]);

export type Window = z.infer<typeof window>;

/** Inclusive day bounds of a window on a given as-of day. */
export function windowDays(w: Window, asOfDay: number): { from: number | null; to: number } {
  switch (w.kind) {
    case "last_days":
      return { from: asOfDay - w.days + 1, to: asOfDay };
    case "since":
      return { from: isoToDay(w.from)!, to: asOfDay };
    case "between": {
      // Bounds given backwards are read the right way round, as a number's "between" is.
      const [from, to] = [isoToDay(w.from)!, isoToDay(w.to)!].sort((a, b) => a - b);
      return { from, to: Math.min(to, asOfDay) };
    }
    case "any":
      return { from: null, to: asOfDay };
  }
}
