import type { Db } from "@/db/client";

/** The accounts a source's files named as its staff: loaded once per import, added to by rows. */
export class StaffAccounts {
  private readonly known: Set<string>;
  private readonly insert;

  constructor(db: Db, private readonly sourceId: number, private readonly importId: number) {
    const sqlite = db.$client;
    this.known = new Set(
      sqlite.prepare("SELECT account FROM staff_accounts WHERE source_id = ?").pluck()
        .all(sourceId) as string[],
    );
    this.insert = sqlite.prepare(
      `INSERT INTO staff_accounts (source_id, account, import_id) VALUES (?, ?, ?)
        ON CONFLICT DO NOTHING`,
    );
  }

  has = (account: string): boolean => account !== "" && this.known.has(account);

  remember(account: string): void {
    if (!account || this.known.has(account)) return;
    this.known.add(account);
    this.insert.run(this.sourceId, account, this.importId);
  }
}
