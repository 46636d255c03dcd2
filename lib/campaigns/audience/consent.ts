import type { consentStatuses } from "@/db/schema/facts";

export type ConsentStatus = (typeof consentStatuses)[number];

export interface ConsentEvent {
  status: ConsentStatus;
  /** Local 'YYYY-MM-DD HH:MM:SS' (or ISO) text; compared as text. */
  changedAt: string;
}

/** The status in force and since when. */
export interface ConsentState {
  status: ConsentStatus;
  since: string;
}

/**
 * When two sources report different statuses at the same moment, the one
 * that contacts less wins: a tie must never re-subscribe anyone.
 */
const caution: Record<ConsentStatus, number> = {
  cleaned: 4,
  unsubscribed: 3,
  pending: 2,
  non_subscribed: 1,
  subscribed: 0,
};

/** Sources write 'YYYY-MM-DD HH:MM:SS' or ISO 8601; both compare as text once the 'T' is a space. */
const moment = (changedAt: string) => changedAt.replace("T", " ");

/**
 * The current status of one identifier on one channel: the event with the
 * latest change time, whatever order the files arrived in, so an old
 * "subscribed" export never undoes a newer unsubscribe.
 */
export function currentConsent(events: ConsentEvent[]): ConsentState | null {
  let current: ConsentEvent | null = null;
  for (const event of events) {
    if (
      current === null ||
      moment(event.changedAt) > moment(current.changedAt) ||
      (moment(event.changedAt) === moment(current.changedAt) &&
        caution[event.status] > caution[current.status])
    ) {
      current = event;
    }
  }
  return current && { status: current.status, since: current.changedAt };
}

/** Opted out or undeliverable: such an address is never used, not even for ad matching. */
export function isOptedOut(state: ConsentState | null): boolean {
  return state?.status === "unsubscribed" || state?.status === "cleaned";
}
