import { z } from "zod";

/** What a user sends to save a segment; the rule is validated separately (parseRule). */
export const segmentInput = z.object({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(1000).default(""),
  rule: z.unknown(),
});

export type SegmentInput = z.infer<typeof segmentInput>;
