/** Audience and responders of one campaign group, as both significance tests take them. */
export interface GroupCounts {
  audience: number;
  responders: number;
}

/** Counts must be whole, non-negative and consistent; anything else is a caller bug, not a result. */
export function assertValidCounts(group: GroupCounts, label: string): void {
  const { audience, responders } = group;
  if (!Number.isInteger(audience) || audience < 0) {
    throw new RangeError(`${label}: audience must be a non-negative integer, got ${audience}`);
  }
  if (!Number.isInteger(responders) || responders < 0 || responders > audience) {
    throw new RangeError(`${label}: responders must be an integer in [0, audience], got ${responders}`);
  }
}
