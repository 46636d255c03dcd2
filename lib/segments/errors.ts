import type { z } from "zod";

/** The rule JSON did not pass validation; `issues` say where and why. */
export class InvalidRuleError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super("invalid rule");
  }
}

export class SegmentNotFoundError extends Error {
  constructor(readonly segmentId: number) {
    super(`segment ${segmentId} not found`);
  }
}

/** Only the owner, a manager or an admin may change or delete a segment. */
export class NotSegmentOwnerError extends Error {
  constructor(readonly segmentId: number) {
    super(`not allowed to change segment ${segmentId}`);
  }
}

export { UnavailableError } from "./catalogue/pluggable";
