import type { Db } from "@/db/client";
import { readSettings } from "@/lib/settings/read-settings";

import { readAvailability, type Availability } from "../catalogue/pluggable";

/** What a rule is compiled against: the as-of day, money conversion, and which data exists. */
export type CompileContext = {
  asOfDay: number;
  /** True when no metric run exists yet, so the as-of day is only today's date. */
  provisional: boolean;
  baseCurrency: string;
  /** Units of base currency per unit of the keyed currency. */
  rates: Record<string, number>;
  available: Availability;
};

/** The context of the last metric run: windows end on its as-of day. */
export function readCompileContext(db: Db): CompileContext {
  const run = db.$client
    .prepare("SELECT as_of_day, currency FROM metric_runs ORDER BY id DESC LIMIT 1")
    .get() as { as_of_day: number; currency: string } | undefined;
  const general = readSettings(db, "general");
  return {
    asOfDay: run?.as_of_day ?? Math.floor(Date.now() / 86_400_000),
    provisional: !run,
    baseCurrency: run?.currency ?? general.baseCurrency ?? "USD",
    rates: general.rates,
    available: readAvailability(db),
  };
}
