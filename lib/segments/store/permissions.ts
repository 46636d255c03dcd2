import type { Role } from "@/db/schema/users";

export type Actor = { id: number; role: Role };

/** Every role may build, save, duplicate and export segments. */
export const segmentRoles: Role[] = ["admin", "manager", "marketer"];

/**
 * Editing or deleting is for the owner, a manager or an admin. Starter
 * segments have no owner, so only managers and admins change them.
 */
export function canChangeSegment(actor: Actor, segment: { ownerId: number | null }): boolean {
  return actor.role === "manager" || actor.role === "admin" || segment.ownerId === actor.id;
}
