import type { Db } from "@/db/client";

/**
 * Data other parts of Strata are adding, each described in one place: the
 * table and columns a segment reads it from. Nothing else in the segment
 * code names these tables. Until a table (or column) exists, conditions and
 * fields that need it are marked "not available yet" in the builder and
 * refused on the server; once it exists they work with no other change.
 * If the real names differ, change them here.
 */
export const pluggable = {
  /** Predicted customer lifetime value in base-currency minor units, per profile. */
  predictedClv: { table: "customer_predictions", key: "profile_id", column: "clv_minor" },
  /** Probability the customer is still alive (BG/NBD), 0–1, per profile. */
  pAlive: { table: "customer_predictions", key: "profile_id", column: "p_alive" },
  /** The channel a customer buys through most, written by the metric recompute. */
  preferredChannel: { table: "customer_metrics", key: "profile_id", column: "preferred_channel" },
  /**
   * Monthly snapshots of tier and stage. `day` is the day a snapshot was
   * taken for (the period's last day), in day numbers like every other day.
   */
  snapshots: {
    table: "customer_snapshots",
    key: "profile_id",
    columns: { day: "as_of_day", tier: "tier", stage: "stage" },
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

/** Which plugged-in data exists in this database now. */
export function readAvailability(db: Db): Availability {
  const tables = new Map<string, Set<string>>();
  const columns = (table: string) => {
    let found = tables.get(table);
    if (!found) {
      const rows = db.$client.prepare("SELECT name FROM pragma_table_info(?)").all(table) as {
        name: string;
      }[];
      found = new Set(rows.map((row) => row.name));
      tables.set(table, found);
    }
    return found;
  };
  const result = {} as Availability;
  for (const plug of Object.keys(pluggable) as Plug[]) {
    const have = columns(pluggable[plug].table);
    result[plug] = columnsOf(plug).every((column) => have.has(column));
  }
  return result;
}

/** A per-profile value from a plugged-in table, as an SQL expression over `m`. */
export function plugValue(plug: "predictedClv" | "pAlive" | "preferredChannel"): string {
  const { table, key, column } = pluggable[plug];
  if (table === "customer_metrics") return `m.${column}`;
  return `(SELECT x.${column} FROM ${table} x WHERE x.${key} = m.profile_id)`;
}

/** Raised when a rule needs data this database does not have yet. */
export class UnavailableError extends Error {
  constructor(readonly plug: Plug) {
    super(`needs ${plug}, which this database does not have yet`);
  }
}
