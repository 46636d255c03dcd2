#!/usr/bin/env node
/**
 * `npm start`: prepare the database (migrations, first admin, bundled CDNOW
 * data on the first start), build when the sources are newer than the last
 * build, and serve on http://localhost:$PORT (3000), on every interface
 * unless HOST names one (HOST=127.0.0.1 keeps it on this machine).
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const port = process.env.PORT ?? "3000";
// Where to point people (and sign-in callbacks): the interface HOST names, else localhost.
const host = process.env.HOST;
const named = host && !["0.0.0.0", "::"].includes(host) ? host : "localhost";
const url = `http://${named.includes(":") ? `[${named}]` : named}:${port}`;

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url, NEXTAUTH_SECRET: authSecret() };

// STRATA_DEMO=0: a database without the bundled sample, for a company's own files.
const demo = process.env.STRATA_DEMO === "0" ? [] : ["--demo"];
run(process.execPath, ["--conditions=react-server", "scripts/strata.mjs", "setup", ...demo]);
if (buildIsStale()) run(process.execPath, ["node_modules/next/dist/bin/next", "build"]);

const listen = ["-p", port, ...(process.env.HOST ? ["-H", process.env.HOST] : [])];
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", ...listen], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
const adminEmail = process.env.STRATA_ADMIN_EMAIL || "admin@strata.local";
waitForServer().then(() =>
  console.log(`\nStrata is running at ${url}\nSign in as ${adminEmail} ` +
    "with the password printed at the first start (or STRATA_ADMIN_PASSWORD).\n" +
    `Forgot it? npm run strata -- users password ${adminEmail} --password <new>` +
    `${process.env.STRATA_DB ? ` --db ${process.env.STRATA_DB}` : ""}\n`),
);

function run(command, args) {
  const result = spawnSync(command, args, { env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The session-signing secret: from the environment, else one kept in .strata/ (git-ignored). */
function authSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(root, ".strata", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

function buildIsStale() {
  const stamp = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(stamp)) return true;
  const built = fs.statSync(stamp).mtimeMs;
  const newest = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "__tests__" ? latest : Math.max(latest, newest(full));
      return Math.max(latest, fs.statSync(full).mtimeMs);
    }, 0);
  const sources = ["app", "components", "lib", "db", "package-lock.json", "next.config.ts"];
  return sources.some((entry) => {
    const full = path.join(root, entry);
    if (!fs.existsSync(full)) return false;
    return (fs.statSync(full).isDirectory() ? newest(full) : fs.statSync(full).mtimeMs) > built;
  });
}

async function waitForServer() {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(`${url}/login`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
