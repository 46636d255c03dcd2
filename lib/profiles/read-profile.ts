import { eq } from "drizzle-orm";

import type { Db } from "@/db/client";
import { customerMetrics, type CustomerMetrics } from "@/db/schema/metrics";
import type { Identifier } from "@/lib/identity/identifier";

import { readProfileIdentifiers } from "./read-identifiers";

export type ProfileIdentifier = { kind: string; value: string; sources: string[] };
export type ProfileOrder = {
  id: number;
  source: string;
  orderKey: string;
  orderedAt: string;
  amount: number;
  currency: string;
  channel: string | null;
  status: string | null;
  counts: boolean;
};

export type ProfileDetail = {
  id: number;
  name: string | null;
  email: string | null;
  phone: string | null;
  identifiers: ProfileIdentifier[];
  orders: ProfileOrder[];
  revenueByCurrency: Record<string, number>;
  metrics: CustomerMetrics | null;
};

export function findProfileId(db: Db, identifier: Identifier): number | null {
  const row = db.$client
    .prepare("SELECT profile_id FROM identifiers WHERE kind = ? AND value = ?")
    .get(identifier.kind, identifier.value) as { profile_id: number | null } | undefined;
  return row?.profile_id ?? null;
}

/** Everything the profile page and `strata profile` show about one person. */
export function readProfile(db: Db, profileId: number): ProfileDetail | null {
  const sqlite = db.$client;
  const profile = sqlite
    .prepare("SELECT id, name, email, phone FROM profiles WHERE id = ?")
    .get(profileId) as { id: number; name: string | null; email: string | null; phone: string | null } | undefined;
  if (!profile) return null;

  // Sources from every record an identifier was on, not only the orders it owns; by kind and value.
  const identifiers = readProfileIdentifiers(db, profileId)
    .map(({ kind, value, sources }) => ({ kind, value, sources }));

  const orders = (sqlite
    .prepare(`SELECT o.id, s.key AS source, o.order_key, o.ordered_at, o.amount_minor, o.currency,
        o.channel, o.status, o.counts
      FROM orders o JOIN sources s ON s.id = o.source_id
      WHERE o.profile_id = ? ORDER BY o.day DESC, o.ordered_at DESC`)
    .all(profileId) as {
      id: number; source: string; order_key: string; ordered_at: string; amount_minor: number;
      currency: string; channel: string | null; status: string | null; counts: number;
    }[]).map((o) => ({
      id: o.id,
      source: o.source,
      orderKey: o.order_key,
      orderedAt: o.ordered_at,
      amount: o.amount_minor / 100,
      currency: o.currency,
      channel: o.channel,
      status: o.status,
      counts: o.counts === 1,
    }));

  // Summed in minor units per currency: currencies are never added together.
  const minorByCurrency = new Map<string, number>();
  for (const order of orders) {
    if (!order.counts) continue;
    const minor = Math.round(order.amount * 100);
    minorByCurrency.set(order.currency, (minorByCurrency.get(order.currency) ?? 0) + minor);
  }
  const revenueByCurrency = Object.fromEntries(
    [...minorByCurrency].map(([currency, minor]) => [currency, minor / 100]),
  );
  const metrics =
    db.select().from(customerMetrics).where(eq(customerMetrics.profileId, profileId)).get() ?? null;
  return { ...profile, identifiers, orders, revenueByCurrency, metrics };
}
