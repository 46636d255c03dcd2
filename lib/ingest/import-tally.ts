import type { Db } from "@/db/client";

import type { RowIssue } from "./rows/types";

const SHOWN_ISSUES = 20;

/** What an import did, counted as it goes; issues are also written to import_errors. */
export class ImportTally {
  rowsRead = 0;
  recordsNew = 0;
  recordsExisting = 0;
  recordsUpdated = 0;
  rowsRejected = 0;
  rowsWarned = 0;
  readonly issues: RowIssue[] = [];
  /** Rows per anchor identifier: which customers the file's rows belong to. */
  readonly rowsByAnchor = new Map<number, number>();
  private readonly saveIssue;
  private lastWarnedRow = -1;

  constructor(db: Db, private readonly importId: number) {
    this.saveIssue = db.$client.prepare(
      "INSERT INTO import_errors (import_id, row_number, column, value, reason, level) VALUES (?, ?, ?, ?, ?, ?)",
    );
  }

  issue(issue: RowIssue): void {
    if (issue.level === "rejected") this.rowsRejected++;
    else if (issue.row !== this.lastWarnedRow) this.rowsWarned++;
    if (issue.level === "warning") this.lastWarnedRow = issue.row;
    if (this.issues.length < SHOWN_ISSUES) this.issues.push(issue);
    this.saveIssue.run(this.importId, issue.row, issue.column, issue.value.slice(0, 500), issue.reason, issue.level);
  }

  placed(placement: "new" | "existing" | "mine" | "updated", anchor: number, rows = 1): void {
    if (placement === "new") this.recordsNew++;
    if (placement === "existing") this.recordsExisting++;
    if (placement === "updated") this.recordsUpdated++;
    this.rowsByAnchor.set(anchor, (this.rowsByAnchor.get(anchor) ?? 0) + rows);
  }
}

/**
 * After resolution: rows that belong to customers who existed before this
 * import, and rows that made new ones. A customer existed when its profile
 * holds an identifier older than the import.
 */
export function countCustomers(db: Db, tally: ImportTally, firstNewIdentifier: number) {
  const sqlite = db.$client;
  const profileOf = sqlite.prepare("SELECT profile_id FROM identifiers WHERE id = ?").pluck();
  const hasOld = sqlite.prepare("SELECT 1 FROM identifiers WHERE profile_id = ? AND id < ? LIMIT 1").pluck();
  const known = new Map<number, boolean>();
  const counts = { rowsNewCustomers: 0, rowsExistingCustomers: 0, customersNew: 0, customersExisting: 0 };
  for (const [anchor, rows] of tally.rowsByAnchor) {
    // Anchor 0: an anonymous record stored before, which already has its customer.
    const profile = anchor === 0 ? null : (profileOf.get(anchor) as number | null);
    let existed = profile === null ? anchor === 0 : known.get(profile);
    if (existed === undefined) {
      existed = hasOld.get(profile, firstNewIdentifier) !== undefined;
      known.set(profile!, existed);
      if (existed) counts.customersExisting++;
      else counts.customersNew++;
    }
    if (existed) counts.rowsExistingCustomers += rows;
    else counts.rowsNewCustomers += rows;
  }
  return counts;
}
