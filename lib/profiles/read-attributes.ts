import type { Db } from "@/db/client";

import { chooseAttributes, parseAttributes, type AttributeChoice, type SourceRecord } from "./choose-attributes";

export type ConsentBySource = { source: string; status: string; changedAt: string };
export type ChannelConsent = { channel: string; shown: ConsentBySource; bySource: ConsentBySource[] };

/**
 * What each source said about the person and what the profile shows, for
 * name, gender, birthday, location and tags; and consent per channel, where
 * the latest change wins whichever source it came from.
 */
export function readProfileAttributes(db: Db, profileId: number, sourceRank: string[]) {
  const sqlite = db.$client;
  const records = (sqlite
    .prepare(`SELECT s.key AS source, c.attributes, c.observed_at AS observedAt, c.id AS recordId
      FROM contact_records c JOIN sources s ON s.id = c.source_id WHERE c.profile_id = ?`)
    .all(profileId) as { source: string; attributes: string; observedAt: string | null; recordId: number }[])
    .map((r): SourceRecord => ({ ...r, attributes: parseAttributes(r.attributes) }));
  const attributes: AttributeChoice = chooseAttributes(records, sourceRank);

  const events = sqlite
    .prepare(`SELECT e.channel, e.status, e.changed_at AS changedAt, s.key AS source
      FROM consent_events e JOIN sources s ON s.id = e.source_id WHERE e.profile_id = ?
      ORDER BY e.changed_at DESC, e.status IN ('unsubscribed', 'cleaned') DESC`)
    .all(profileId) as (ConsentBySource & { channel: string })[];
  const channels = new Map<string, ChannelConsent>();
  for (const { channel, ...event } of events) {
    const entry = channels.get(channel);
    if (!entry) channels.set(channel, { channel, shown: event, bySource: [event] });
    else if (!entry.bySource.some((e) => e.source === event.source)) entry.bySource.push(event);
  }
  return { attributes, consent: [...channels.values()].sort((a, b) => (a.channel < b.channel ? -1 : 1)) };
}
