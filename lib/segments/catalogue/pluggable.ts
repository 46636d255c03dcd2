import type { Db } from "@/db/client";

/**
 * Data other parts of Strata compute, each described in one place: the
 * table and columns a segment reads it from. Nothing else in the segment
 * code names these tables. Until the data exists (no prediction run yet, no
 * snapshot period), conditions and fields that need it are marked "not
 * available yet" in the builder and refused on the server.
 */
export const pluggable = {
  /** Predicted customer lifetime value in base-currency minor units, per profile (lib/metrics). */
  predictedClv: { table: "customer_predictions", key: "profile_id", column: "clv_minor" },
  /** Probability the customer is still alive (BG/NBD), 0–1, per profile. */
  pAlive: { table: "customer_predictions", key: "profile_id", column: "p_alive" },
  /** The channel a customer buys through most (lib/identity's channel preference). */
  preferredChannel: { table: "profile_channels", key: "profile_id", column: "buy_channel" },
  /**
   * Snapshots per period: one character per period for tier and stage
   * (lib/metrics/snapshots/codes.ts), the period's position and last day in
   * snapshot_periods.
   */
  snapshots: {
    table: "customer_snapshots",
    key: "profile_id",
    columns: { tier: "tiers", stage: "stages" },
  },
} as const;

export type Plug = keyof typeof pluggable;
export type Availability = Record<Plug, boolean>;

const columnsOf = (plug: Plug): string[] => {
  const entry = pluggable[plug];
  return "column" in entry
    ? [entry.key, entry.column]
    : [entry.key, ...Object.values(entry.columns)];
};

/**
 * Which plugged-in data this database holds now: the table has the columns
 * and at least one row (no prediction run yet, for example, means none).
 */
export function readAvailability(db: Db): Availability {
  const result = {} as Availability;
  for (const plug of Object.keys(pluggable) as Plug[]) {
    const { table } = pluggable[plug];
    const have = new Set(
      (db.$client.prepare("SELECT name FROM pragma_table_info(?)").all(table) as { name: string }[]).map((r) => r.name),
    );
    result[plug] =
      columnsOf(plug).every((column) => have.has(column)) &&
      db.$client.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() !== undefined;
  }
  return result;
}

/** A per-profile value from a plugged-in table, as an SQL expression over `m`. */
export function plugValue(plug: "predictedClv" | "pAlive" | "preferredChannel"): string {
  const { table, key, column } = pluggable[plug];
  return `(SELECT x.${column} FROM ${table} x WHERE x.${key} = m.profile_id)`;
}

/** Raised when a rule needs data this database does not have yet. */
export class UnavailableError extends Error {
  constructor(readonly plug: Plug) {
    super(`needs ${plug}, which this database does not have yet`);
  }
}
