import type { Db } from "@/db/client";
import { refreshChannels } from "@/lib/profiles/refresh-channels";
import { refreshProfiles } from "@/lib/profiles/refresh-profiles";

import { clusterIdentities } from "./cluster";
import { limitsFor } from "./guards/limits";
import { recordAliases } from "./profile-aliases";
import { loadGraph } from "./load-graph";
import { collectRegion, writeScope } from "./region";
import { readIdentitySettings, settingsFingerprint, type IdentitySettings } from "./settings";
import { readWatermark, recordRun, type Watermark } from "./watermark";
import { profilesOfImports, writeResolution } from "./write-resolution";

export type ResolutionResult = {
  mode: "full" | "incremental";
  // Identifiers resolved this time (all of them in a full run).
  scope: number;
  profiles: number;
  profilesChanged: number;
  durationMs: number;
};

export type ResolveOptions = {
  // Resolve everything again (after a settings change, or on demand).
  full?: boolean;
  // Identifiers to resolve again besides the new ones (a manual merge or split).
  seeds?: readonly number[];
  // Profiles whose facts changed with no new identifier or link (a rollback): their names and
  // channels are read again.
  refresh?: readonly number[];
  /**
   * Called once the clustering is written, before the profiles are read again, and once the
   * profile rows are, before their channels: the graph and then the settled profiles are garbage
   * then, and a large import collects them rather than let the next step pile on them.
   */
  betweenSteps?: () => void;
};

/**
 * Resolves identities: identifiers that were seen together belong to one
 * person unless a guard objects (see clusterIdentities). By default only the
 * groups touched since the last run are resolved again (new identifiers, new
 * links, the seeds); a full run gives the same result everywhere. Safe to
 * call inside the caller's transaction, which importers do.
 */
export function resolveIdentities(db: Db, options: ResolveOptions = {}): ResolutionResult {
  const started = performance.now();
  const settings = readIdentitySettings(db);
  const mark = readWatermark(db);
  const region = options.full ? null : regionToResolve(db, settings, mark.previous, options.seeds ?? []);

  return db.$client.transaction(() => {
    let outcome = region ? resolveOnce(db, settings, region) : null;
    const full = outcome === null;
    if (full) outcome = resolveOnce(db, settings, null);
    const dirty = full ? ("all" as const)
      : dirtyProfiles(db, outcome!.changed, mark.previous!.lastImportId, options.refresh ?? []);
    options.betweenSteps?.();
    const orders = refreshProfiles(db, dirty, settings, outcome!.profiles, outcome!.added);
    recordAliases(db, outcome!.moves, outcome!.removed);
    const profilesChanged = outcome!.changed.length;
    // The settled profiles' keys and contacts are in the profile rows now: a million of them are
    // garbage before the channels are worked out.
    outcome = null;
    options.betweenSteps?.();
    refreshChannels(db, dirty, orders);

    const profiles = db.$client.prepare("SELECT count(*) FROM profiles").pluck().get() as number;
    const result: ResolutionResult = {
      mode: full ? "full" : "incremental",
      scope: full ? mark.identifiers : region!.length,
      profiles,
      profilesChanged,
      durationMs: Math.round(performance.now() - started),
    };
    recordRun(db, mark, settingsFingerprint(settings), result);
    return result;
  })();
}

/** The identifiers an incremental run covers, or null when only a full run is right. */
function regionToResolve(db: Db, settings: IdentitySettings, previous: Watermark["previous"], seeds: readonly number[]) {
  if (!previous || previous.stale || previous.settings !== settingsFingerprint(settings)) return null;
  const sqlite = db.$client;
  const fresh = sqlite
    .prepare(`SELECT id FROM identifiers WHERE profile_id IS NULL
      UNION SELECT from_id FROM identity_links WHERE rowid > @after
      UNION SELECT to_id FROM identity_links WHERE rowid > @after`)
    .pluck()
    .all({ after: previous.lastLinkRowid }) as number[];
  const total = sqlite.prepare("SELECT count(*) FROM identifiers").pluck().get() as number;
  // Past a fifth of everything, one pass over all of it is faster than a walk.
  return collectRegion(db, [...fresh, ...seeds], settings, Math.max(20_000, total / 5));
}

function resolveOnce(db: Db, settings: IdentitySettings, region: number[] | null) {
  if (region) writeScope(db, region);
  const loaded = loadGraph(db, settings, region !== null);
  const result = clusterIdentities(loaded.graph, {
    limitOf: limitsFor(loaded.graph.classes, settings),
    maxShared: settings.maxProfilesPerIdentifier,
    labels: loaded.labels,
    merges: loaded.merges,
  });
  return writeResolution(db, loaded, result, region !== null);
}

/** Profiles whose identifiers moved, plus those that gained or changed facts since the last run. */
function dirtyProfiles(
  db: Db, changed: Float64Array, lastImportId: number, refresh: readonly number[],
) {
  return new Set([...changed, ...refresh, ...profilesOfImports(db, ">", lastImportId)]);
}
