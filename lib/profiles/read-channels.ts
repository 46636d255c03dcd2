import { eq } from "drizzle-orm";

import type { Db } from "@/db/client";
import { profileChannels } from "@/db/schema/identity";

import { channelShares } from "./channel-preference";

/** The stored channel preference of a profile, with each channel's share. */
export function readProfileChannels(db: Db, profileId: number) {
  const row = db.select().from(profileChannels).where(eq(profileChannels.profileId, profileId)).get();
  if (!row) return null;
  return {
    reach: row.reachChannel,
    buy: row.buyChannel,
    orders: channelShares(row.counts.orders),
    interactions: channelShares(row.counts.interactions),
  };
}
