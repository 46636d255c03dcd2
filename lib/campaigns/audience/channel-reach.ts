import type { CampaignChannel } from "@/db/schema/campaigns";

import { isOptedOut, type ConsentState } from "./consent";

/** An address and the status of its consent on the channel it serves. */
export interface Address {
  value: string;
  consent: ConsentState | null;
}

/** What a profile can be reached by; the shown (primary) address comes first. */
export interface ContactFacts {
  /** With their email consent. */
  emails: Address[];
  /** E.164, with their SMS consent. */
  phones: Address[];
  /** Consent held for the profile as a whole on channels without an address of their own. */
  wechat: ConsentState | null;
  push: ConsentState | null;
  mail: ConsentState | null;
}

export type ReachFailure =
  | "no_address"
  | "no_consent"
  | "unsubscribed"
  | "cleaned"
  | "pending"
  | "non_subscribed";

export type Reach =
  | { ok: true; email: string | null; phone: string | null }
  | { ok: false; reason: ReachFailure; since: string | null };

const reached = (email: string | null, phone: string | null): Reach => ({ ok: true, email, phone });

function refusal(state: ConsentState | null): Reach {
  if (state === null) return { ok: false, reason: "no_consent", since: null };
  return { ok: false, reason: state.status as ReachFailure, since: state.since };
}

/** Opt-in channels: an address whose current status is "subscribed", else why not. */
function optIn(addresses: Address[]): { value: string } | Reach {
  if (addresses.length === 0) return { ok: false, reason: "no_address", since: null };
  const subscribed = addresses.find((a) => a.consent?.status === "subscribed");
  if (subscribed) return { value: subscribed.value };
  return refusal(addresses.find((a) => a.consent !== null)?.consent ?? null);
}

function profileOptIn(state: ConsentState | null): Reach {
  return state?.status === "subscribed" ? reached(null, null) : refusal(state);
}

/**
 * Whether a profile may be contacted on a channel, and at which address.
 * Email, SMS, WeChat and app push need a current opt-in. Ad matching uses
 * any address not opted out or bounced; direct mail and in-store offers need
 * no opt-in, only the absence of an opt-out.
 */
export function channelReach(channel: CampaignChannel, facts: ContactFacts): Reach {
  switch (channel) {
    case "email": {
      const found = optIn(facts.emails);
      return "value" in found ? reached(found.value, null) : found;
    }
    case "sms": {
      const found = optIn(facts.phones);
      return "value" in found ? reached(null, found.value) : found;
    }
    case "wechat":
      return profileOptIn(facts.wechat);
    case "app_push":
      return profileOptIn(facts.push);
    case "paid_social": {
      const email = facts.emails.find((a) => !isOptedOut(a.consent));
      const phone = facts.phones.find((a) => !isOptedOut(a.consent));
      if (email || phone) return reached(email?.value ?? null, phone?.value ?? null);
      const known = [...facts.emails, ...facts.phones];
      if (known.length === 0) return { ok: false, reason: "no_address", since: null };
      return refusal(known[0].consent);
    }
    case "direct_mail":
      return isOptedOut(facts.mail) ? refusal(facts.mail) : reached(null, null);
    case "in_store":
      return reached(null, null);
  }
}
