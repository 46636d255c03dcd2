import path from "node:path";

import { env } from "@/lib/env";
import { generatePassword } from "@/lib/auth/password";
import { runImport } from "@/lib/ingest/run-import";
import { createUser } from "@/lib/users/manage-users";

import type { Command } from "./cli";

const demoFile = path.join("db", "seed", "cdnow", "CDNOW_master.txt");

/**
 * First-start work, safe to repeat: the database and its migrations, an
 * admin when there is no user, and (with --demo) the bundled CDNOW data when
 * nothing was ever imported. The generated password is printed once and
 * stored only as a hash.
 */
export const setupCommand: Command = {
  summary: "prepare the database: setup [--demo]",
  usage: "npm run strata -- setup [--demo]",
  options: { demo: { type: "boolean" } },
  async run({ values, db }) {
    const sqlite = db().$client;
    const users = (sqlite.prepare("SELECT count(*) AS n FROM users").get() as { n: number }).n;
    if (users === 0) {
      const password = env.STRATA_ADMIN_PASSWORD ?? generatePassword();
      await createUser(db(), { email: env.adminEmail, name: "Admin", role: "admin", password });
      const shown = env.STRATA_ADMIN_PASSWORD ? "(the value of STRATA_ADMIN_PASSWORD)" : password;
      process.stdout.write(`Created the admin user.\n  email:    ${env.adminEmail}\n  password: ${shown}\n` +
        "  The password is shown only this once; it is stored hashed.\n");
    }

    const imports = (sqlite.prepare("SELECT count(*) AS n FROM imports").get() as { n: number }).n;
    if (values.demo && imports === 0) {
      process.stdout.write("Loading the bundled CDNOW sample data (23,570 customers)…\n");
      const started = performance.now();
      const summary = await runImport(db(), { file: demoFile, preset: "cdnow", source: "cdnow", createdBy: "setup" });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`Loaded ${summary.recordsNew} orders of ${summary.customersNew} customers in ${seconds} s.\n`);
    }
  },
};
