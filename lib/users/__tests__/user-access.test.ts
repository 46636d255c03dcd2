import { describe, expect, it } from "vitest";

import { verifyPassword } from "@/lib/auth/password";
import { tempDatabase } from "@/lib/testing/temp-db";

import {
  createUser, findUserByEmail, LastAdminError, listUsers, OwnAccessError, setPasswordOf,
  setUserAccess, setUserRole,
} from "../manage-users";

describe("a user's access", () => {
  it("is removed and given back by an admin, never their own nor the last admin's", async () => {
    const { db } = tempDatabase();
    const ann = await createUser(db, { email: "ann@example.com", role: "admin", password: "secret-ann" });
    const bob = await createUser(db, { email: "bob@example.com", role: "admin", password: "secret-bob" });
    const mia = await createUser(db, { email: "mia@example.com", role: "marketer", password: "secret-mia" });
    const disabled = () => Object.fromEntries(listUsers(db).map((u) => [u.email, u.disabledAt !== null]));

    setUserAccess(db, { id: mia.id, by: ann.id, active: false });
    expect(disabled()).toEqual({ "ann@example.com": false, "bob@example.com": false, "mia@example.com": true });
    expect(() => setUserAccess(db, { id: ann.id, by: ann.id, active: false })).toThrow(OwnAccessError);

    // With bob's access gone, ann is the last admin who can sign in: she keeps both.
    setUserAccess(db, { id: bob.id, by: ann.id, active: false });
    expect(() => setUserRole(db, ann.id, "manager")).toThrow(LastAdminError);
    setUserAccess(db, { id: bob.id, by: ann.id, active: true });
    expect(() => setUserAccess(db, { id: ann.id, by: bob.id, active: false })).not.toThrow();
    expect(() => setUserAccess(db, { id: bob.id, by: ann.id, active: false })).toThrow(LastAdminError);

    setUserAccess(db, { id: mia.id, by: bob.id, active: true });
    expect(disabled()["mia@example.com"]).toBe(false);
  });

  it("takes a new password an admin sets, stored hashed, and refuses a short one", async () => {
    const { db } = tempDatabase();
    const mia = await createUser(db, { email: "mia@example.com", role: "marketer", password: "secret-mia" });
    expect(await setPasswordOf(db, mia.id, "another-secret")).toBe(true);
    const stored = findUserByEmail(db, "mia@example.com")!.passwordHash;
    expect(stored).not.toContain("another-secret");
    expect(await verifyPassword("another-secret", stored)).toBe(true);
    expect(await verifyPassword("secret-mia", stored)).toBe(false);
    await expect(setPasswordOf(db, mia.id, "short")).rejects.toThrow(/at least 8 characters/);
    expect(await setPasswordOf(db, 999, "another-secret")).toBe(false);
  });
});
