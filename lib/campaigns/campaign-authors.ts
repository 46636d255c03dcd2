import "server-only";

import { inArray } from "drizzle-orm";

import type { Db } from "@/db/client";
import { users } from "@/db/schema/users";

/** Who drafted and who approved a campaign, by name or email. */
export function campaignAuthors(db: Db, { createdBy, approvedBy }: { createdBy: number | null; approvedBy: number | null }) {
  const ids = [createdBy, approvedBy].filter((id): id is number => id !== null);
  const found = ids.length
    ? db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, ids)).all()
    : [];
  const nameOf = (id: number | null) => {
    const user = found.find((u) => u.id === id);
    return user ? user.name || user.email : null;
  };
  return { createdBy: nameOf(createdBy), approvedBy: nameOf(approvedBy) };
}
