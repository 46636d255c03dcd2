/**
 * The command line as one JavaScript file, `.strata/cli/strata.mjs`, built with esbuild from
 * bin/strata.ts and the sources it imports (packages stay external), and built again whenever
 * one of those sources is newer. Loading the TypeScript sources through tsx at every start cost
 * 0.7 s and 65 MB that an import of millions of rows carried from start to end.
 */
import fs from "node:fs";
import path from "node:path";

import { build } from "esbuild";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const bundle = path.join(root, ".strata", "cli", "strata.mjs");
const sources = ["bin", "lib", "db", "tsconfig.json", "package-lock.json"];

/** The bundle's path, built first when missing or older than a source. */
export async function cliBundle() {
  const sourcesTime = newest(sources.map((source) => path.join(root, source)));
  if (fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= sourcesTime) return bundle;
  fs.mkdirSync(path.dirname(bundle), { recursive: true });
  // Written aside and renamed: two commands started at once never run half a file.
  const partial = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [path.join(root, "bin", "strata.ts")],
    outfile: partial,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
  fs.renameSync(partial, bundle);
  return bundle;
}

function newest(paths) {
  let latest = 0;
  for (const file of paths) {
    if (!fs.existsSync(file)) continue;
    const stat = fs.statSync(file);
    if (!stat.isDirectory()) {
      latest = Math.max(latest, stat.mtimeMs);
      continue;
    }
    const entries = fs.readdirSync(file, { withFileTypes: true })
      .filter((entry) => entry.name !== "__tests__")
      .map((entry) => path.join(file, entry.name));
    latest = Math.max(latest, newest(entries));
  }
  return latest;
}
