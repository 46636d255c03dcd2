import type { Db } from "@/db/client";
import { IdList } from "@/lib/id-list";
import { readColumns } from "@/lib/identity/read-columns";

import { detached } from "./normalise/text";
import { RowsByAnchor } from "./rows-by-anchor";
import type { RowIssue } from "./rows/types";
import type { OrderChange } from "./write/order-writer";

const SHOWN_ISSUES = 20;

/** What an import did, counted as it goes; issues are also written to import_errors. */
export class ImportTally {
  rowsRead = 0;
  recordsNew = 0;
  recordsExisting = 0;
  recordsUpdated = 0;
  rowsRejected = 0;
  rowsWarned = 0;
  rowsLeftOut = 0;
  readonly issues: RowIssue[] = [];
  /** The first orders this import changed, to show; `recordsUpdated` counts them all. */
  readonly changes: OrderChange[] = [];
  readonly rowsByAnchor = new RowsByAnchor();
  /** Per earlier import, how many of its records this one found already there. */
  readonly foundIn = new Map<number, number>();
  private readonly saveIssue;
  private lastWarnedRow = -1;
  private lastRejectedRow = -1;

  constructor(db: Db, private readonly importId: number) {
    this.saveIssue = db.$client.prepare(
      "INSERT INTO import_errors (import_id, row_number, column, value, reason, level) VALUES (?, ?, ?, ?, ?, ?)",
    );
  }

  issue(issue: RowIssue): void {
    // A row counts once however many reasons it has; a rejected row's warnings add no warned row.
    if (issue.level === "left_out") {
      this.rowsLeftOut++;
    } else if (issue.level === "rejected") {
      if (issue.row !== this.lastRejectedRow) this.rowsRejected++;
      this.lastRejectedRow = issue.row;
    } else {
      if (issue.row !== this.lastWarnedRow && issue.row !== this.lastRejectedRow) this.rowsWarned++;
      this.lastWarnedRow = issue.row;
    }
    if (this.issues.length < SHOWN_ISSUES) {
      this.issues.push({ ...issue, value: detached(issue.value) });
    }
    this.saveIssue.run(this.importId, issue.row, issue.column, issue.value.slice(0, 500), issue.reason, issue.level);
  }

  /** Rows were rejected and none went in: the file is not what its preset reads. */
  get everyRowRejected(): boolean {
    return this.rowsRejected > 0 && this.recordsNew + this.recordsExisting + this.recordsUpdated === 0;
  }

  found(owner: number): void {
    this.foundIn.set(owner, (this.foundIn.get(owner) ?? 0) + 1);
  }

  changed(change: OrderChange): void {
    if (this.changes.length < SHOWN_ISSUES) this.changes.push(change);
  }

  placed(placement: "new" | "existing" | "mine" | "updated", anchor: number, rows = 1): void {
    if (placement === "new") this.recordsNew++;
    if (placement === "existing") this.recordsExisting++;
    if (placement === "updated") this.recordsUpdated++;
    this.rowsByAnchor.add(anchor, rows);
  }
}

/**
 * After resolution: rows that belong to customers who existed before this
 * import, and rows that made new ones. A customer existed when its profile
 * holds an identifier older than the import. One pass over the identifiers in
 * id order, a slice at a time, so the older ones are all seen before any new.
 */
export function countCustomers(db: Db, tally: ImportTally, firstNewIdentifier: number) {
  const oldProfiles = new Set<number>();
  const [existing, created] = [new IdList(), new IdList()];
  const counts = { rowsNewCustomers: 0, rowsExistingCustomers: 0, customersNew: 0, customersExisting: 0 };
  counts.rowsExistingCustomers = tally.rowsByAnchor.storedAnonymous;
  let unplaced = tally.rowsByAnchor.anchored;
  const maxId = db.$client.prepare("SELECT coalesce(max(id), 0) FROM identifiers").pluck().get() as number;
  for (let from = 0; from < maxId; from += SLICE) {
    const [ids, profiles] = readColumns(db, ["id", "profile_id"],
      "SELECT id, profile_id FROM identifiers WHERE id > @from AND id <= @to",
      { from, to: from + SLICE }) as number[][];
    for (let k = 0; k < ids.length; k++) {
      if (ids[k] < firstNewIdentifier) oldProfiles.add(profiles[k]);
      const rows = tally.rowsByAnchor.of(ids[k]);
      if (rows === 0) continue;
      unplaced -= rows;
      const existed = oldProfiles.has(profiles[k]);
      (existed ? existing : created).add(profiles[k]);
      if (existed) counts.rowsExistingCustomers += rows;
      else counts.rowsNewCustomers += rows;
    }
  }
  // An anchor no identifier row holds any more made no customer that existed.
  counts.rowsNewCustomers += unplaced;
  counts.customersExisting = existing.distinct().length;
  counts.customersNew = created.distinct().length;
  return counts;
}

// Identifiers per slice read: a few megabytes of JSON at a time.
const SLICE = 200_000;
