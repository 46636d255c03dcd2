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

/**
 * A campaign not yet launched targets the segment: its audience is drawn from the segment at
 * launch, so deleting the segment first would leave it nobody to launch to. Launched campaigns
 * froze their audience and do not hold it.
 */
export class SegmentInUseError extends Error {
  constructor(readonly campaigns: { id: number; name: string }[]) {
    super(`segment targeted by campaigns ${campaigns.map((c) => c.id).join(", ")}`);
  }
}

/** Only the owner, a manager or an admin may change or delete a segment. */
export class NotSegmentOwnerError extends Error {
  constructor(readonly segmentId: number) {
    super(`not allowed to change segment ${segmentId}`);
  }
}

/** Two segments of one name would look alike in every list, comparison and campaign target. */
export class SegmentNameTakenError extends Error {
  constructor(readonly name: string) {
    super(`a segment is named ${name}`);
  }
}

export { UnavailableError } from "./catalogue/pluggable";
