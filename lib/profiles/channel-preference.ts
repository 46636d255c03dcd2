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

/**
 * Where a customer buys: the channel with the most orders (then the most
 * recent, then by name). Where to reach them: the channel they interact on
 * most that they have not opted out of; with no interactions, a channel
 * they subscribed to. `consent` holds the current status per channel.
 */
export function preferredChannels(activity: readonly ChannelActivity[], consent: Record<string, string>): ChannelPreference {
  const best = (
    count: (a: ChannelActivity) => number,
    last: (a: ChannelActivity) => number | null,
    allowed: (a: ChannelActivity) => boolean,
  ) =>
    activity
      .filter((a) => count(a) > 0 && allowed(a))
      .sort((a, b) => count(b) - count(a) || (last(b) ?? -Infinity) - (last(a) ?? -Infinity) || (a.channel < b.channel ? -1 : 1))[0]
      ?.channel ?? null;

  const buy = best((a) => a.orders, (a) => a.lastOrderDay, () => true);
  const reach =
    best((a) => a.interactions, (a) => a.lastInteractionDay, (a) => !optedOut.has(consent[a.channel] ?? "")) ??
    Object.keys(consent).filter((channel) => consent[channel] === "subscribed").sort()[0] ??
    null;
  const tally = (count: (a: ChannelActivity) => number) =>
    Object.fromEntries(activity.filter((a) => count(a) > 0).map((a) => [a.channel, count(a)]));
  return { reach, buy, orders: tally((a) => a.orders), interactions: tally((a) => a.interactions) };
}

/** Each channel's share of a tally, largest first. */
export function channelShares(counts: Record<string, number>): { channel: string; count: number; share: number }[] {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return Object.entries(counts)
    .map(([channel, count]) => ({ channel, count, share: total ? count / total : 0 }))
    .sort((a, b) => b.count - a.count || (a.channel < b.channel ? -1 : 1));
}
