/**
 * A channel as profiles count it: trimmed and lower-cased here, since
 * SQLite's lower() folds ASCII only; a blank one is "unknown".
 */
export function channelName(raw: string): string {
  return raw.trim().toLowerCase() || "unknown";
}

/** What one customer did on one channel. */
export type ChannelActivity = {
  channel: string;
  orders: number;
  interactions: number;
  lastOrderDay: number | null;
  lastInteractionDay: number | null;
};

export type ChannelPreference = {
  reach: string | null;
  buy: string | null;
  orders: Record<string, number>;
  interactions: Record<string, number>;
};

const optedOut = new Set(["unsubscribed", "cleaned"]);

/** The channel with the highest count, then the latest day, then by name; null when none counts. */
function best(
  activity: readonly ChannelActivity[],
  kind: "orders" | "interactions",
  allowed: (a: ChannelActivity) => boolean,
) {
  const last = kind === "orders" ? "lastOrderDay" : "lastInteractionDay";
  let winner: ChannelActivity | null = null;
  for (const a of activity) {
    if (a[kind] <= 0 || !allowed(a)) continue;
    const better =
      !winner ||
      a[kind] > winner[kind] ||
      (a[kind] === winner[kind] &&
        ((a[last] ?? -Infinity) > (winner[last] ?? -Infinity) ||
          ((a[last] ?? -Infinity) === (winner[last] ?? -Infinity) && a.channel < winner.channel)));
    if (better) winner = a;
  }
  return winner?.channel ?? null;
}

function tally(activity: readonly ChannelActivity[], kind: "orders" | "interactions"): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of activity) if (a[kind] > 0) counts[a.channel] = a[kind];
  return counts;
}

/**
 * Where a customer buys: the channel with the most orders (then the most
 * recent, then by name). Where to reach them: the channel they interact on
 * most that they have not opted out of; with no interactions, a channel
 * they subscribed to. `consent` holds the current status per channel.
 */
export function preferredChannels(activity: readonly ChannelActivity[], consent: Record<string, string>): ChannelPreference {
  const reach =
    best(activity, "interactions", (a) => !optedOut.has(consent[a.channel] ?? "")) ??
    Object.keys(consent).filter((channel) => consent[channel] === "subscribed").sort()[0] ??
    null;
  return {
    reach,
    buy: best(activity, "orders", () => true),
    orders: tally(activity, "orders"),
    interactions: tally(activity, "interactions"),
  };
}

/** Each channel's share of a tally, largest first. */
export function channelShares(counts: Record<string, number>): { channel: string; count: number; share: number }[] {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return Object.entries(counts)
    .map(([channel, count]) => ({ channel, count, share: total ? count / total : 0 }))
    .sort((a, b) => b.count - a.count || (a.channel < b.channel ? -1 : 1));
}
