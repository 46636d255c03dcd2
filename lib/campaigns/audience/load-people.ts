import type { Db } from "@/db/client";

import type { ContactFacts } from "./channel-reach";
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

/** Consent channel names as importers write them, for the channels held per profile. */
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

type IdentifierRow = [profileId: number, id: number, kind: string, value: string, channel: string | null,
  status: ConsentEvent["status"] | null, changedAt: string | null];

/**
 * Reads the facts of every profile in the audience table in a few bulk
 * queries. Each query starts from the audience table (CROSS JOIN fixes the
 * order; the planner cannot size a temporary table), so a small target in a
 * large store reads only its own rows.
 */
export function loadPeople(db: Db, options: PeopleOptions): Map<number, Person> {
  const people = loadProfiles(db);
  addIdentifiers(db, people);
  addOrderAndTouchDays(db, people, options);
  return people;
}

function loadProfiles(db: Db): Map<number, Person> {
  const rows = db.$client
    .prepare(`SELECT a.profile_id, a.target_id, p.name, m.tier, m.stage, coalesce(m.orders, 0), coalesce(m.revenue_minor, 0)
      FROM temp.campaign_audience a
      CROSS JOIN profiles p ON p.id = a.profile_id
      LEFT JOIN customer_metrics m ON m.profile_id = a.profile_id`)
    .raw()
    .all() as [number, number, string | null, string | null, string | null, number, number][];
  const people = new Map<number, Person>();
  for (const [profileId, targetId, name, tier, stage, orders, revenueMinor] of rows) {
    people.set(profileId, {
      profileId, targetId, name, anchorIdentifierId: 0, externalIds: [], tier, stage, orders, revenueMinor,
      facts: { emails: [], phones: [], wechat: null, push: null, mail: null },
      lastOrderDay: null,
      touchDays: [],
    });
  }
  return people;
}

/**
 * Identifiers with their consent events, one row per event, grouped here:
 * email addresses carry their email status, phones their SMS status, and
 * WeChat, push and mail statuses are pooled per profile. The shown address
 * (profiles.email / phone) comes first.
 */
function addIdentifiers(db: Db, people: Map<number, Person>): void {
  const rows = db.$client
    .prepare(`SELECT i.profile_id, i.id, i.kind, i.value, c.channel, c.status, c.changed_at
      FROM temp.campaign_audience a
      CROSS JOIN profiles p ON p.id = a.profile_id
      CROSS JOIN identifiers i ON i.profile_id = a.profile_id
      LEFT JOIN consent_events c ON c.identifier_id = i.id
      ORDER BY i.profile_id, i.value = p.email OR i.value = p.phone DESC, i.id`)
    .raw()
    .iterate() as Iterable<IdentifierRow>;

  type Group = { id: number; kind: string; value: string; person: Person; events: Map<string, ConsentEvent[]> };
  // Cast, not annotated: the closure below assigns it, which flow analysis does not follow.
  let current = null as Group | null;
  const pooled = new Map<string, ConsentEvent[]>();
  const flush = () => {
    if (!current) return;
    const { kind, value, person, events } = current;
    if (kind === "ext") person.externalIds.push(value);
    if (kind === "email") person.facts.emails.push({ value, consent: currentConsent(events.get("email") ?? []) });
    if (kind === "phone") person.facts.phones.push({ value, consent: currentConsent(events.get("sms") ?? []) });
    for (const [channel, list] of events) {
      const key = profileChannels[channel];
      if (!key) continue;
      const all = pooled.get(`${person.profileId}:${key}`);
      if (all) all.push(...list);
      else pooled.set(`${person.profileId}:${key}`, [...list]);
    }
  };
  for (const [profileId, id, kind, value, channel, status, changedAt] of rows) {
    if (current?.id !== id) {
      flush();
      const person = people.get(profileId)!;
      // The oldest identifier is the anchor; rows come shown-address first, so take the smallest id.
      if (person.anchorIdentifierId === 0 || id < person.anchorIdentifierId) person.anchorIdentifierId = id;
      current = { id, kind, value, person, events: new Map() };
    }
    if (channel && status && changedAt) {
      const list = current.events.get(channel);
      if (list) list.push({ status, changedAt });
      else current.events.set(channel, [{ status, changedAt }]);
    }
  }
  flush();
  for (const [key, events] of pooled) {
    const [profileId, channel] = key.split(":");
    people.get(Number(profileId))!.facts[channel as "wechat" | "push" | "mail"] = currentConsent(events);
  }
}

function addOrderAndTouchDays(db: Db, people: Map<number, Person>, options: PeopleOptions): void {
  const sqlite = db.$client;
  if (options.lookBackDays !== null) {
    const lastOrders = sqlite
      .prepare(`SELECT a.profile_id, max(o.day) FROM temp.campaign_audience a
        CROSS JOIN orders o ON o.profile_id = a.profile_id AND o.day >= ? AND o.day < ?
        WHERE o.counts = 1 GROUP BY a.profile_id`)
      .raw()
      .all(options.sendDay - options.lookBackDays, options.sendDay) as [number, number][];
    for (const [profileId, day] of lastOrders) people.get(profileId)!.lastOrderDay = day;
  }
  // Few campaigns are live at once: start from them and look their members up.
  const touches = sqlite
    .prepare(`SELECT a.profile_id, c.start_day FROM campaigns c
      CROSS JOIN campaign_members m ON m.campaign_id = c.id
      CROSS JOIN identifiers i ON i.id = m.anchor_identifier_id
      CROSS JOIN temp.campaign_audience a ON a.profile_id = i.profile_id
      WHERE m.holdout = 0 AND c.id <> ? AND c.status IN ('live', 'finished')
        AND c.start_day BETWEEN ? AND ?`)
    .raw()
    .all(options.campaignId, options.sendDay - options.touchWindowDays, options.sendDay + options.touchWindowDays) as [number, number][];
  for (const [profileId, day] of touches) people.get(profileId)!.touchDays.push(day);
}
