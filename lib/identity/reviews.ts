import type { Db } from "@/db/client";
import type { ReviewRule } from "@/db/schema/identity";

export type ReviewCase = {
  id: number;
  rule: ReviewRule;
  identifier: { id: number; kind: string; value: string };
  other: { id: number; kind: string; value: string } | null;
  profiles: { id: number; label: string }[];
  detail: Record<string, string | number>;
  status: "open" | "kept_apart";
  decidedBy: string | null;
};

export const REVIEW_PAGE = 200;

/** Cases the guards listed, open ones first (or only), newest first. */
export function listReviews(db: Db, params: { includeDecided: boolean }): ReviewCase[] {
  const rows = db.$client
    .prepare(`SELECT r.id, r.rule, r.profile_ids, r.detail, r.status, r.decided_by,
        a.id AS aId, a.kind AS aKind, a.value AS aValue, b.id AS bId, b.kind AS bKind, b.value AS bValue
      FROM identity_reviews r JOIN identifiers a ON a.id = r.identifier_id
      LEFT JOIN identifiers b ON b.id = r.other_id
      ${params.includeDecided ? "" : "WHERE r.status = 'open'"}
      ORDER BY r.status = 'open' DESC, r.id DESC LIMIT ${REVIEW_PAGE}`)
    .all() as {
      id: number; rule: ReviewRule; profile_ids: string; detail: string;
      status: "open" | "kept_apart"; decided_by: string | null;
      aId: number; aKind: string; aValue: string; bId: number | null; bKind: string | null; bValue: string | null;
    }[];
  const label = db.$client
    .prepare("SELECT coalesce(name, email, phone, substr(key, instr(key, ':') + 1)) FROM profiles WHERE id = ?")
    .pluck();
  const named = (id: number) => ({ id, label: (label.get(id) as string | undefined) ?? `#${id}` });
  return rows.map((row) => ({
    id: row.id,
    rule: row.rule,
    identifier: { id: row.aId, kind: row.aKind, value: row.aValue },
    other: row.bId === null ? null : { id: row.bId, kind: row.bKind!, value: row.bValue! },
    // Named the way the customer list names them; an id alone says nothing.
    profiles: (JSON.parse(row.profile_ids) as number[]).map(named),
    detail: JSON.parse(row.detail) as Record<string, string | number>,
    status: row.status,
    decidedBy: row.decided_by,
  }));
}

/** A person looked at the case and agrees the profiles are different people. */
export function keepApart(db: Db, params: { reviewId: number; by: string }): boolean {
  const { changes } = db.$client
    .prepare("UPDATE identity_reviews SET status = 'kept_apart', decided_by = ? WHERE id = ?")
    .run(params.by, params.reviewId);
  return changes > 0;
}

/** The numbers at the top of the identity page, and the last resolution run. */
export function identityOverview(db: Db) {
  const sqlite = db.$client;
  const counts = sqlite
    .prepare(`SELECT (SELECT count(*) FROM profiles) AS profiles,
      (SELECT count(*) FROM identity_reviews WHERE status = 'open') AS open,
      (SELECT count(*) FROM identifiers WHERE status = 'held') AS held,
      (SELECT count(*) FROM identifiers WHERE status = 'blocked') AS blocked`)
    .get() as { profiles: number; open: number; held: number; blocked: number };
  const lastRun = sqlite
    .prepare(`SELECT mode, scope, profiles_changed AS changed, duration_ms AS durationMs, created_at AS createdAt
      FROM resolution_runs ORDER BY id DESC LIMIT 1`)
    .get() as { mode: string; scope: number; changed: number; durationMs: number; createdAt: string } | undefined;
  return { counts, lastRun: lastRun ?? null };
}
