import { describe, expect, it } from "vitest";

import { channelShares, preferredChannels, type ChannelActivity } from "../channel-preference";

const activity = (channel: string, orders: number, interactions: number, lastOrderDay: number | null = null, lastInteractionDay: number | null = null): ChannelActivity =>
  ({ channel, orders, interactions, lastOrderDay, lastInteractionDay });

describe("preferredChannels", () => {
  it("buys where most orders are; is reached where most interactions are", () => {
    const result = preferredChannels([activity("web", 3, 1), activity("store", 1, 0), activity("email", 0, 7), activity("wechat", 0, 2)], {});
    expect(result).toEqual({
      reach: "email",
      buy: "web",
      orders: { web: 3, store: 1 },
      interactions: { web: 1, email: 7, wechat: 2 },
    });
  });

  it("breaks a tie by the most recent activity, then by name", () => {
    expect(preferredChannels([activity("web", 2, 0, 100), activity("store", 2, 0, 120)], {}).buy).toBe("store");
    expect(preferredChannels([activity("web", 2, 0, 100), activity("store", 2, 0, 100)], {}).buy).toBe("store");
  });

  it("never picks a channel the customer opted out of for reaching them", () => {
    const result = preferredChannels([activity("email", 0, 9), activity("sms", 0, 1)], { email: "unsubscribed" });
    expect(result.reach).toBe("sms");
  });

  it("with no interactions, reaches them where they subscribed; with nothing, nowhere", () => {
    expect(preferredChannels([activity("web", 1, 0)], { sms: "subscribed", email: "unsubscribed" }).reach).toBe("sms");
    expect(preferredChannels([], {})).toEqual({ reach: null, buy: null, orders: {}, interactions: {} });
  });
});

describe("channelShares", () => {
  it("3 web and 1 store orders are 75 % and 25 %", () => {
    expect(channelShares({ store: 1, web: 3 })).toEqual([
      { channel: "web", count: 3, share: 0.75 },
      { channel: "store", count: 1, share: 0.25 },
    ]);
  });
});
