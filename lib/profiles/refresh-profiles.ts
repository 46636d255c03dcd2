import { batchedInsert } from "@/db/batched-insert";
import type { Db } from "@/db/client";
import { withIndexesRebuilt } from "@/db/rebuild-indexes";
import { readColumns } from "@/lib/identity/read-columns";
import type { ResolvedProfiles } from "@/lib/identity/resolved-profiles";
import type { IdentitySettings } from "@/lib/identity/settings";

import { chooseAttributes, parseAttributes, type SourceRecord } from "./choose-attributes";
import { OrderActivity } from "./order-activity";
import { consentDay, fillScope, scopedFrom, sqlDay, type ProfileScope } from "./profile-scope";

const columns = ["email", "phone", "name", "gender", "birthday", "city", "region", "country", "tags", "first_seen_day"];
type Value = string | number | null;

/**
 * Rewrites what profiles show and segments filter on, for the profiles a
 * resolution touched (or all): the chosen name, gender, birthday, location
 * and tags, the smallest email and phone (from `resolved`, which the
 * resolution knows; a profile it did not settle keeps its own), the first day
 * seen. Rows whose values did not change are not written; the rows of
 * `added` profiles (ids ascending) are inserted whole. Returns what the
 * profiles' orders say, for refreshChannels to work out their channels.
 */
export function refreshProfiles(
  db: Db,
  scope: ProfileScope,
  settings: IdentitySettings,
  resolved: ResolvedProfiles,
  added: Float64Array,
): OrderActivity {
  fillScope(db, scope);
  const orders = OrderActivity.read(db, scope);
  const [ids, ...stored] = readColumns(
    db,
    ["id", ...columns],
    `SELECT p.id, ${columns.map((c) => `p.${c}`).join(", ")}
      FROM ${scopedFrom(scope, "profiles", "p", "id")} ORDER BY p.id`,
  ) as [number[], ...Value[][]];
  // A page of profiles at a time, each with the facts of its id range only: a million profiles'
  // chosen attributes, held at once, were a gigabyte of a large import with names.
  const facts = (page: ArrayLike<number>) =>
    pageFacts(db, scope, settings.sourceRank, orders, page[0], page[page.length - 1]);

  const update = db.$client
    .prepare(`UPDATE profiles SET ${columns.map((c) => `${c} = ?`).join(", ")} WHERE id = ?`);
  for (let at = 0; at < ids.length; at += PAGE) {
    const page = ids.slice(at, at + PAGE);
    const known = facts(page);
    page.forEach((id, k) => {
      const before = stored.map((column) => column[at + k]);
      const after = valuesOf(id, before, known, resolved);
      if (!after.every((value, i) => value === before[i])) update.run(...after, id);
    });
  }
  const insert =
    batchedInsert(db.$client, `INSERT INTO profiles (id, key, ${columns.join(", ")})`, columns.length + 2);
  const nothing = columns.map(() => null);
  // Keys are unique by construction (one per resolved group); ids and keys are hashes, in no
  // order an index could append to, so many new rows go in before their indexes are sorted.
  withIndexesRebuilt(db.$client, "profiles", () => {
    for (let at = 0; at < added.length; at += PAGE) {
      const page = added.subarray(at, at + PAGE);
      const known = facts(page);
      for (const id of page) insert.add(id, resolved.key(id), ...valuesOf(id, nothing, known, resolved));
      insert.flush();
    }
  }, { unique: true, rows: added.length });
  return orders;
}

// Profiles per page: ids ascend, so a page is an id range.
const PAGE = 50_000;

type PageFacts = {
  chosen: Map<number, ReturnType<typeof chooseAttributes>>;
  firstSeenDay: (id: number) => number | null;
};

/** The chosen attributes and first day seen of the profiles in scope with ids from `lo` to `hi`. */
function pageFacts(
  db: Db, scope: ProfileScope, sourceRank: string[], orders: OrderActivity, lo: number, hi: number,
): PageFacts {
  const range = { lo, hi };
  const chosen = chosenAttributes(db, scope, sourceRank, range);
  const [seenIds, seenDays] =
    readColumns(db, ["profile_id", "day"], firstSeenQuery(scope), range) as number[][];
  const firstSeen = new Map(seenIds.map((id, k) => [id, seenDays[k]]));
  const firstSeenDay = (id: number) => {
    const [order, other] = [orders.firstDay(id), firstSeen.get(id)];
    if (order === undefined) return other ?? null;
    return other === undefined ? order : Math.min(order, other);
  };
  return { chosen, firstSeenDay };
}

function valuesOf(
  id: number, before: Value[], facts: PageFacts, resolved: ResolvedProfiles,
): Value[] {
  const a = facts.chosen.get(id);
  const location = a?.location.shown?.value;
  const tags = a?.tags.shown?.value;
  return [
    ...(resolved.contacts(id) ?? before.slice(0, 2)),
    a?.name.shown?.value ?? null,
    a?.gender.shown?.value ?? null,
    a?.birthday.shown?.value ?? null,
    location?.city ?? null,
    location?.region ?? null,
    location?.country ?? null,
    tags ? JSON.stringify(tags) : null,
    facts.firstSeenDay(id),
  ];
}

/** Keeps `alias`'s profiles in the page's id range, on the scope table's key when there is one. */
function inRange(scope: ProfileScope, alias: string): string {
  return `${scope === "all" ? `${alias}.profile_id` : "ps.id"} BETWEEN @lo AND @hi`;
}

function chosenAttributes(
  db: Db, scope: ProfileScope, sourceRank: string[], range: { lo: number; hi: number },
) {
  const [profileIds, sources, attributes, observed, recordIds] = readColumns(
    db,
    ["profile_id", "key", "attributes", "observed_at", "id"],
    `SELECT c.profile_id, s.key, c.attributes, c.observed_at, c.id
      FROM ${scopedFrom(scope, "contact_records", "c")} JOIN sources s ON s.id = c.source_id
      WHERE c.profile_id IS NOT NULL AND ${inRange(scope, "c")} ORDER BY c.profile_id`,
    range,
  ) as [number[], string[], string[], (string | null)[], number[]];
  const chosen = new Map<number, ReturnType<typeof chooseAttributes>>();
  let records: SourceRecord[] = [];
  profileIds.forEach((profileId, k) => {
    const attributesOf = parseAttributes(attributes[k]);
    records.push({ source: sources[k], attributes: attributesOf, observedAt: observed[k], recordId: recordIds[k] });
    if (profileIds[k + 1] === profileId) return;
    chosen.set(profileId, chooseAttributes(records, sourceRank));
    records = [];
  });
  return chosen;
}

/** The earliest day any fact of the profile but an order (OrderActivity has those) was seen. */
function firstSeenQuery(scope: ProfileScope): string {
  const parts = [
    ["interactions", "t.day"],
    ["tickets", "t.day"],
    ["contact_records", sqlDay("t.observed_at")],
    ["consent_events", consentDay("t.changed_at")],
  ].map(([table, day]) => `SELECT t.profile_id, min(${day}) AS day FROM ${scopedFrom(scope, table, "t")}
    WHERE ${inRange(scope, "t")} GROUP BY t.profile_id`);
  return `SELECT profile_id, min(day) AS day FROM (${parts.join(" UNION ALL ")})
    WHERE day IS NOT NULL AND profile_id IS NOT NULL GROUP BY profile_id`;
}
