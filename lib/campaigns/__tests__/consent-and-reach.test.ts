import { describe, expect, it } from "vitest";

import { channelReach, type ContactFacts } from "@/lib/campaigns/audience/channel-reach";
import { currentConsent } from "@/lib/campaigns/audience/consent";
import { breaksFrequencyCap } from "@/lib/campaigns/audience/frequency-cap";

const nobody: ContactFacts = { emails: [], phones: [], wechat: null, push: null, mail: null };
const sub = (since: string) => ({ status: "subscribed" as const, since });

describe("currentConsent", () => {
  it("takes the latest change, whatever order the events came in", () => {
    const events = [
      { status: "unsubscribed" as const, changedAt: "2024-05-20 18:30:00" },
      { status: "subscribed" as const, changedAt: "2024-01-10 09:00:00" },
    ];
    expect(currentConsent(events)).toEqual({ status: "unsubscribed", since: "2024-05-20 18:30:00" });
    expect(currentConsent([...events].reverse())).toEqual({ status: "unsubscribed", since: "2024-05-20 18:30:00" });
  });

  it("on a tie, the status that contacts less wins; ISO and space-separated times compare alike", () => {
    const tie = [
      { status: "subscribed" as const, changedAt: "2024-03-01T10:00:00" },
      { status: "cleaned" as const, changedAt: "2024-03-01 10:00:00" },
    ];
    expect(currentConsent(tie)?.status).toBe("cleaned");
    expect(currentConsent([...tie].reverse())?.status).toBe("cleaned");
    expect(currentConsent([])).toBeNull();
  });
});

describe("channelReach", () => {
  const facts: ContactFacts = {
    ...nobody,
    emails: [
      { value: "main@example.com", consent: { status: "unsubscribed", since: "2024-05-20 18:30:00" } },
      { value: "work@example.com", consent: sub("2024-01-01 00:00:00") },
    ],
    phones: [{ value: "+8613500135000", consent: null }],
  };

  it("email goes to a subscribed address, even when the shown one unsubscribed", () => {
    expect(channelReach("email", facts)).toEqual({ ok: true, email: "work@example.com", phone: null });
  });

  it("email without any subscribed address says why, from the first address with a status", () => {
    const one = { ...facts, emails: [facts.emails[0]] };
    expect(channelReach("email", one)).toEqual({ ok: false, reason: "unsubscribed", since: "2024-05-20 18:30:00" });
    expect(channelReach("email", nobody)).toEqual({ ok: false, reason: "no_address", since: null });
  });

  it("SMS needs an opt-in: a phone with no recorded consent is not enough", () => {
    expect(channelReach("sms", facts)).toEqual({ ok: false, reason: "no_consent", since: null });
  });

  it("ad matching skips opted-out and bounced addresses but may use an address with no record", () => {
    expect(channelReach("paid_social", facts)).toEqual({ ok: true, email: "work@example.com", phone: "+8613500135000" });
    const cleaned = { ...nobody, emails: [{ value: "x@example.com", consent: { status: "cleaned" as const, since: "2024-04-02" } }] };
    expect(channelReach("paid_social", cleaned)).toEqual({ ok: false, reason: "cleaned", since: "2024-04-02" });
  });

  it("WeChat and push need the profile's opt-in; direct mail and in-store only the absence of an opt-out", () => {
    expect(channelReach("wechat", { ...nobody, wechat: sub("2024-01-01") }).ok).toBe(true);
    expect(channelReach("app_push", nobody)).toEqual({ ok: false, reason: "no_consent", since: null });
    expect(channelReach("direct_mail", nobody).ok).toBe(true);
    expect(channelReach("direct_mail", { ...nobody, mail: { status: "unsubscribed", since: "2024-02-02" } }).ok).toBe(false);
    expect(channelReach("in_store", nobody).ok).toBe(true);
  });
});

describe("breaksFrequencyCap: at most 2 touches in any 7 days", () => {
  const cap = { touches: 2, days: 7 };
  it("one touch 3 days before leaves room for a second", () => {
    expect(breaksFrequencyCap([97], 100, cap)).toBe(false);
  });
  it("two touches within the week before or after the send leave none", () => {
    expect(breaksFrequencyCap([95, 99], 100, cap)).toBe(true);
    expect(breaksFrequencyCap([101, 106], 100, cap)).toBe(true);
    expect(breaksFrequencyCap([94, 106], 100, cap)).toBe(false); // 94..100 and 100..106 each hold one
  });
  it("touches 7 or more days away do not count", () => {
    expect(breaksFrequencyCap([93, 107], 100, { touches: 1, days: 7 })).toBe(false);
    expect(breaksFrequencyCap([94], 100, { touches: 1, days: 7 })).toBe(true);
  });
});
