import "server-only";

import { isBusy } from "@/db/write-lock";
import { ForbiddenError } from "@/lib/auth/guards";
import { log } from "@/lib/log";

import { CampaignError, type CampaignErrorCode } from "./errors";

export type CampaignActionResult =
  | { ok: true }
  /** fields: the editor's fields an invalid draft broke a rule in, to mark. */
  | { ok: false; error: CampaignErrorCode | "busy" | "unknown"; fields?: string[] };

/**
 * One place that turns a failed campaign action into what the browser may
 * see: a code for refusals the user can act on, "unknown" (and a full log
 * line for us) for anything else.
 */
export function campaignActionError(error: unknown, fields: Record<string, unknown>): CampaignActionResult {
  if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
  if (error instanceof CampaignError) return { ok: false, error: error.code };
  if (isBusy(error)) return { ok: false, error: "busy" };
  log.error("campaign action failed", { ...fields, error: String(error) });
  return { ok: false, error: "unknown" };
}
