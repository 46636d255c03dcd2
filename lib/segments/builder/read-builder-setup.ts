import type { Db } from "@/db/client";
import { interactionKinds } from "@/db/schema/facts";
import { stages, tiers } from "@/db/schema/metrics";
import { dayToIso } from "@/lib/ingest/normalise/dates";
import { rfmSegments } from "@/lib/metrics/rfm-segments";

import { readCompileContext } from "../compile/context";

/** What the builder page hands the browser: the as-of date, currency, available data and value lists. */
export function readBuilderSetup(db: Db) {
  const ctx = readCompileContext(db);
  const total = (
    db.$client.prepare("SELECT count(*) AS n FROM customer_metrics").get() as { n: number }
  ).n;
  return {
    asOf: dayToIso(ctx.asOfDay),
    provisional: ctx.provisional,
    currency: ctx.baseCurrency,
    available: ctx.available,
    total,
    options: {
      tiers: [...tiers],
      stages: [...stages],
      rfmSegments: [...rfmSegments],
      interactionKinds: [...interactionKinds],
    },
  };
}
