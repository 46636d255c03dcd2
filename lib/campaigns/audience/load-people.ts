import type { Db } from "@/db/client";

import type { Address, ContactFacts } from "./channel-reach";
import { currentConsent, type ConsentEvent } from "./consent";

/** One audience profile with everything suppression, exports and the UI read. */
export interface Person {
  profileId: number;
  targetId: number;
  name: string | null;
  /** The profile's oldest identifier: it survives merges, so frozen members follow the person. */
  anchorIdentifierId: number;
  /** Source-scoped customer ids, "source:id". */
  externalIds: string[];
  tier: string | null;
  stage: string | null;
  orders: number;
  revenueMinor: number;
  facts: ContactFacts;
  /** Latest counted order before the send day, if within the look-back. */
  lastOrderDay: number | null;
  /** Send days of other live or finished campaigns that contacted this person. */
  touchDays: number[];
}

/** Consent channel names as importers write them, per campaign need. */
const profileChannels: Record<string, "wechat" | "push" | "mail"> = {
  wechat: "wechat",
  push: "push",
  app_push: "push",
  mail: "mail",
  direct_mail: "mail",
};

export interface PeopleOptions {
  campaignId: number;
  sendDay: number;
  /** Days before the send to look for a last order; null: not needed. */
  lookBackDays: number | null;
  /** Days either side of the send to look for other campaigns' touches. */
  touchWindowDays: number;
}

/** Reads the facts of every profile in the audience table, in bulk. */
export function loadPeople(db: Db, options: PeopleOptions): Map<number, Person> {
  const sqlite = db.$client;
  const people = new Map<number, Person>();
  const primary = new Map<number, { email: string | null; phone: string | null }>();
  const rows = sqlite
    .prepare(`SELECT a.profile_id, a.target_id, p.name, p.email, p.phone, m.tier, m.stage,
        coalesce(m.orders, 0), coalesce(m.revenue_minor, 0)
      FROM temp.campaign_audience a
      JOIN profiles p ON p.id = a.profile_id
      LEFT JOIN customer_metrics m ON m.profile_id = a.profile_id`)
    .raw()
    .all() as [number, number, string | null, string | null, string | null, string | null, string | null, number, number][];
  for (const [profileId, targetId, name, email, phone, tier, stage, orders, revenueMinor] of rows) {
    people.set(profileId, {
      profileId, targetId, name, anchorIdentifierId: 0, externalIds: [], tier, stage, orders, revenueMinor,
      facts: { emails: [], phones: [], wechat: null, push: null, mail: null },
      lastOrderDay: null,
      touchDays: [],
    });
    primary.set(profileId, { email, phone });
  }

  const events = loadConsentEvents(db);
  const identifiers = sqlite
    .prepare(`SELECT i.profile_id, i.id, i.kind, i.value FROM identifiers i
      JOIN temp.campaign_audience a ON a.profile_id = i.profile_id ORDER BY i.id`)
    .raw()
    .all() as [number, number, string, string][];
  const profileEvents = new Map<string, ConsentEvent[]>();
  for (const [profileId, id, kind, value] of identifiers) {
    const person = people.get(profileId);
    if (!person) continue;
    if (person.anchorIdentifierId === 0) person.anchorIdentifierId = id;
    const own = events.get(id) ?? new Map<string, ConsentEvent[]>();
    if (kind === "ext") person.externalIds.push(value);
    if (kind === "email") person.facts.emails.push(address(value, own.get("email")));
    if (kind === "phone") person.facts.phones.push(address(value, own.get("sms")));
    for (const [channel, list] of own) {
      const key = profileChannels[channel];
      if (key) for (const event of list) pushTo(profileEvents, `${profileId}:${key}`, event);
    }
  }
  for (const person of people.values()) {
    const shown = primary.get(person.profileId)!;
    person.facts.emails.sort(primaryFirst(shown.email));
    person.facts.phones.sort(primaryFirst(shown.phone));
    for (const key of ["wechat", "push", "mail"] as const) {
      person.facts[key] = currentConsent(profileEvents.get(`${person.profileId}:${key}`) ?? []);
    }
  }

  addOrderAndTouchDays(db, people, options);
  return people;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function address(value: string, events: ConsentEvent[] | undefined): Address {
  return { value, consent: currentConsent(events ?? []) };
}

const primaryFirst = (shown: string | null) => (a: Address, b: Address) =>
  Number(b.value === shown) - Number(a.value === shown);

/** Consent events of the audience's identifiers, by identifier and channel. */
function loadConsentEvents(db: Db): Map<number, Map<string, ConsentEvent[]>> {
  const rows = db.$client
    .prepare(`SELECT c.identifier_id, c.channel, c.status, c.changed_at FROM consent_events c
      JOIN identifiers i ON i.id = c.identifier_id
      JOIN temp.campaign_audience a ON a.profile_id = i.profile_id`)
    .raw()
    .all() as [number, string, ConsentEvent["status"], string][];
  const byIdentifier = new Map<number, Map<string, ConsentEvent[]>>();
  for (const [identifierId, channel, status, changedAt] of rows) {
    const channels = byIdentifier.get(identifierId) ?? new Map<string, ConsentEvent[]>();
    byIdentifier.set(identifierId, channels);
    pushTo(channels, channel, { status, changedAt });
  }
  return byIdentifier;
}

function addOrderAndTouchDays(db: Db, people: Map<number, Person>, options: PeopleOptions): void {
  const sqlite = db.$client;
  if (options.lookBackDays !== null) {
    const lastOrders = sqlite
      .prepare(`SELECT o.profile_id, max(o.day) FROM orders o
        JOIN temp.campaign_audience a ON a.profile_id = o.profile_id
        WHERE o.counts = 1 AND o.day < ? AND o.day >= ? GROUP BY o.profile_id`)
      .raw()
      .all(options.sendDay, options.sendDay - options.lookBackDays) as [number, number][];
    for (const [profileId, day] of lastOrders) people.get(profileId)!.lastOrderDay = day;
  }
  const touches = sqlite
    .prepare(`SELECT i.profile_id, c.start_day FROM campaign_members m
      JOIN campaigns c ON c.id = m.campaign_id
      JOIN identifiers i ON i.id = m.anchor_identifier_id
      JOIN temp.campaign_audience a ON a.profile_id = i.profile_id
      WHERE m.holdout = 0 AND c.id <> ? AND c.status IN ('live', 'finished')
        AND c.start_day BETWEEN ? AND ?`)
    .raw()
    .all(options.campaignId, options.sendDay - options.touchWindowDays, options.sendDay + options.touchWindowDays) as [number, number][];
  for (const [profileId, day] of touches) people.get(profileId)!.touchDays.push(day);
}
