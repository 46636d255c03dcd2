#!/usr/bin/env node
/**
 * Serves the production build for the browser tests on a fresh database in
 * .strata/e2e/ (never the user's), with the CDNOW data, a known admin and a
 * marketer. Credentials live in e2e/fixtures/users.ts.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const port = process.argv[2] ?? "3100";
const folder = path.resolve(".strata", "e2e");
fs.rmSync(folder, { recursive: true, force: true });
fs.mkdirSync(folder, { recursive: true });

const env = {
  ...process.env,
  STRATA_DB: path.join(folder, "strata.db"),
  STRATA_ADMIN_PASSWORD: "e2e-admin-password",
  NEXTAUTH_SECRET: "e2e-only-secret-not-for-production",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
};
const cli = (...args) => {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "scripts/strata.mjs", ...args], {
    env,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
cli("setup", "--demo");
cli("users", "add", "marketer@strata.local", "--role", "marketer", "--password", "e2e-marketer-password");

const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], {
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
