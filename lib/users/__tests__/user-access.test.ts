import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import {
  createUser, LastAdminError, listUsers, OwnAccessError, setUserAccess, setUserRole,
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
});
