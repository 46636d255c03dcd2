import "server-only";

import { ZodError } from "zod";

import { isBusy } from "@/db/write-lock";
import { requireApiRole } from "@/lib/auth/guards";
import type { CurrentUser } from "@/lib/auth/current-user";
import { log } from "@/lib/log";

import {
  InvalidRuleError,
  NotSegmentOwnerError,
  SegmentInUseError,
  SegmentNameTakenError,
  SegmentNotFoundError,
  UnavailableError,
} from "./errors";
import { segmentRoles } from "./store/permissions";

/**
 * Runs a segment route handler for a signed-in user with a segment role
 * (401/403 otherwise), turning whatever it throws into an HTTP answer.
 */
export async function segmentRoute(
  route: string,
  handle: (user: CurrentUser) => Response | Promise<Response>,
): Promise<Response> {
  const user = await requireApiRole(segmentRoles);
  if (user instanceof Response) return user;
  try {
    return await handle(user);
  } catch (error) {
    return errorResponse(error, { route, userId: user.id });
  }
}

/**
 * The one place segment errors become HTTP answers. Known errors say what
 * was wrong; anything else is logged in full and answered generically.
 */
export function errorResponse(error: unknown, context: Record<string, unknown> = {}): Response {
  if (error instanceof InvalidRuleError) {
    return Response.json(
      { error: "invalid_rule", issues: error.issues.map(describeIssue) },
      { status: 400 },
    );
  }
  if (error instanceof ZodError) {
    return Response.json(
      { error: "invalid", issues: error.issues.map(describeIssue) },
      { status: 400 },
    );
  }
  if (error instanceof UnavailableError) {
    return Response.json({ error: "unavailable", needs: error.plug }, { status: 422 });
  }
  if (error instanceof SegmentNotFoundError)
    return Response.json({ error: "not_found" }, { status: 404 });
  if (error instanceof NotSegmentOwnerError)
    return Response.json({ error: "forbidden" }, { status: 403 });
  if (error instanceof SegmentInUseError) {
    return Response.json({ error: "in_use", campaigns: error.campaigns }, { status: 409 });
  }
  if (error instanceof SegmentNameTakenError) {
    return Response.json({ error: "name_taken", name: error.name }, { status: 409 });
  }
  // Another process's import holds SQLite's write lock: try again when it ends.
  if (isBusy(error)) return Response.json({ error: "busy" }, { status: 503 });
  log.error("segment request failed", {
    ...context,
    error: error instanceof Error ? error.stack : String(error),
  });
  return Response.json({ error: "unknown" }, { status: 500 });
}

function describeIssue(issue: { path: PropertyKey[]; message: string }) {
  return { path: issue.path.map(String).join("."), message: issue.message };
}

/** The JSON body, or null when it is not JSON. */
export async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return null;
  }
}
