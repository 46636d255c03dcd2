import path from "node:path";

import { z } from "zod";

/**
 * Configuration, read from the environment once. Nothing else reads
 * process.env, so every knob the app has is listed here.
 */
const emptyIsMissing = (value: unknown) => (value === "" ? undefined : value);

const schema = z.object({
  STRATA_DB: z.preprocess(emptyIsMissing, z.string().optional()),
  STRATA_ADMIN_PASSWORD: z.preprocess(emptyIsMissing, z.string().min(8).optional()),
  STRATA_ADMIN_EMAIL: z.preprocess(emptyIsMissing, z.email().optional()),
  NEXTAUTH_SECRET: z.preprocess(emptyIsMissing, z.string().min(16).optional()),
  STRATA_LOG_LEVEL: z.preprocess(
    emptyIsMissing,
    z.enum(["debug", "info", "warn", "error"]).default("info"),
  ),
});

const parsed = schema.parse(process.env);

export const env = {
  ...parsed,
  // Resolved at run time against the working directory; the build must not trace it.
  databasePath: path.resolve(/* turbopackIgnore: true */ parsed.STRATA_DB ?? "data/strata.db"),
  adminEmail: parsed.STRATA_ADMIN_EMAIL ?? "admin@strata.local",
};
