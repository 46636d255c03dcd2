import type { Statement } from "better-sqlite3";

import type { Db } from "@/db/client";
import { BULK_ROWS, dropIndexes } from "@/db/rebuild-indexes";
import { externalId, identifierKey, type Identifier } from "@/lib/identity/identifier";
import { hashProfileKey } from "@/lib/identity/profile-id";

import { detached } from "../normalise/text";

// Past this many distinct identifiers the cache starts over and lookups fall
// back to the unique index, so memory stays bounded however large the file
// (about 75 MB per million identifiers, less than resolving them takes).
// Too small a cache is slow: at 5 M orders from 1.1 M customers, 250 k
// entries sent 3.3 M lookups to SQLite, 37 s of a 90 s read.
const CACHE_LIMIT = 2_000_000;
// Pairs of identifiers already linked by this import.
const LINK_LIMIT = 250_000;

/**
 * Finds or creates identifiers and records the links between identifiers
 * seen on one record (every pair, as the resolver expects). A record with
 * no usable identifier is anchored to one of its own, scoped to the source
 * and the record, so it is a customer of its own and never joins anyone.
 */
export class IdentifierStore {
  private readonly ids = new Map<string, number>();
  // The profiles of cached identifiers that were stored before this import.
  private readonly storedProfiles = new Map<number, number>();
  // The likely profile of each identifier this import created, at [id − firstNew]: hashed once.
  private newProfiles = new Float64Array(1024);
  private readonly linked = new Set<string>();
  private readonly select: Statement;
  private insert: Statement;
  private readonly insertLink: Statement;
  // While the unique (kind, value) index is dropped for a bulk load: the function that builds it.
  private restoreUniqueIndex: (() => void) | null = null;
  /** Ids at or above this one were created by this import. */
  readonly firstNew: number;

  /** `expectedRows`: about how many rows the file holds, to tell a bulk load. */
  constructor(
    private readonly db: Db,
    private readonly importId: number,
    private readonly sourceKey: string,
    expectedRows = 0,
  ) {
    const sqlite = db.$client;
    this.firstNew = sqlite.prepare("SELECT coalesce(max(id), 0) + 1 FROM identifiers").pluck().get() as number;
    this.select = sqlite
      .prepare("SELECT id, profile_id FROM identifiers WHERE kind = ? AND value = ?")
      .raw();
    this.insert = this.insertOrKeep();
    this.insertLink = sqlite.prepare("INSERT OR IGNORE INTO identity_links (from_id, to_id, import_id) VALUES (?, ?, ?)");
    if (expectedRows >= BULK_ROWS && this.firstNew - 1 < Math.min(expectedRows, CACHE_LIMIT / 2)) {
      this.deferUniqueIndex();
    }
  }

  /**
   * For a bulk load into a table smaller than the file: every stored identifier goes into the
   * cache and the unique index is dropped, so that a miss is a new identifier, inserted plainly.
   * Kept up row by row, that index of random emails outgrew the page cache: 1.1 M new identifiers
   * took 24 s to insert, and one sorted build afterwards takes a fraction of it. The build also
   * checks that no identifier went in twice, failing the import's transaction if one did.
   */
  private deferUniqueIndex(): void {
    const sqlite = this.db.$client;
    const stored = sqlite.prepare("SELECT id, kind, value, profile_id FROM identifiers").raw()
      .iterate() as Iterable<[number, Identifier["kind"], string, number | null]>;
    for (const [id, kind, value, profile] of stored) {
      this.ids.set(identifierKey({ kind, value }), id);
      if (profile !== null) this.storedProfiles.set(id, profile);
    }
    this.restoreUniqueIndex = dropIndexes(sqlite, ["identifiers_kind_value"]);
    this.insert = sqlite.prepare("INSERT INTO identifiers (kind, value) VALUES (?, ?)");
  }

  /** Builds the unique index again if it was deferred; call once every row is written. */
  finish(): void {
    if (!this.restoreUniqueIndex) return;
    this.restoreUniqueIndex();
    this.restoreUniqueIndex = null;
    this.insert = this.insertOrKeep();
  }

  private insertOrKeep(): Statement {
    return this.db.$client.prepare(
      "INSERT INTO identifiers (kind, value) VALUES (?, ?) ON CONFLICT (kind, value) DO NOTHING");
  }

  /** The record's identifier ids, in its order. */
  resolve(identifiers: Identifier[]): number[] {
    return identifiers.map((identifier) => this.id(identifier));
  }

  /**
   * Records that these identifiers were seen on one record of this import.
   * Called only for records this import stores: a record an earlier import
   * stored keeps that import's evidence, so rolling either back is exact.
   */
  link(ids: number[]): void {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) this.linkPair(ids[i], ids[j]);
    }
  }

  /** The identifier a record with no usable one of its own belongs to. */
  anchor(recordKey: string): number {
    return this.id(this.anchorOf(recordKey));
  }

  anchorOf(recordKey: string): Identifier {
    return externalId(this.sourceKey, `row:${recordKey}`);
  }

  id(identifier: Identifier): number {
    const key = identifierKey(identifier);
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    if (this.ids.size >= CACHE_LIMIT) {
      // A cache that starts over no longer knows every identifier: the index must tell.
      this.finish();
      this.ids.clear();
      this.storedProfiles.clear();
    }
    // One statement for a new identifier; the lookup only when it was there already.
    // (A plain insert is about a third faster than one with RETURNING.)
    const inserted = this.insert.run(identifier.kind, identifier.value);
    if (inserted.changes > 0) {
      id = Number(inserted.lastInsertRowid);
      this.noteNew(id, key);
    } else {
      const [storedId, profile] =
        this.select.get(identifier.kind, identifier.value) as [number, number | null];
      id = storedId;
      if (profile !== null) this.storedProfiles.set(id, profile);
    }
    this.ids.set(detached(key), id);
    return id;
  }

  /**
   * The profile a record of this identifier (`id`, just returned by `id()`)
   * belongs to as far as the import can tell: the stored identifier's, or
   * for a new one a profile of its own, whose id is the hash of its key.
   * Orders are written with it; the resolution corrects the guesses that
   * turn out wrong (a link to another identifier, a hash collision).
   */
  likelyProfile(id: number, identifier: Identifier): number {
    if (id >= this.firstNew) return this.newProfiles[id - this.firstNew];
    return this.storedProfiles.get(id) ?? hashProfileKey(identifierKey(identifier));
  }

  private noteNew(id: number, key: string): void {
    const at = id - this.firstNew;
    if (at >= this.newProfiles.length) {
      const grown = new Float64Array(Math.max(at + 1, this.newProfiles.length * 2));
      grown.set(this.newProfiles);
      this.newProfiles = grown;
    }
    this.newProfiles[at] = hashProfileKey(key);
  }

  /** Lets go of the caches once every row is written: the resolution needs the memory more. */
  forget(): void {
    this.ids.clear();
    this.storedProfiles.clear();
    this.newProfiles = new Float64Array(0);
    this.linked.clear();
  }

  private linkPair(a: number, b: number): void {
    if (a === b) return;
    const [from, to] = a < b ? [a, b] : [b, a];
    const key = `${from}-${to}`;
    if (this.linked.has(key)) return;
    if (this.linked.size >= LINK_LIMIT) this.linked.clear();
    this.linked.add(key);
    this.insertLink.run(from, to, this.importId);
  }
}
