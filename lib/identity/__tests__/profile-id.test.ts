import { describe, expect, it } from "vitest";

import { assignProfileIds, hashProfileKey } from "../profile-id";

describe("profile ids", () => {
  it("are stable: the same key gives the same id on any machine and run", () => {
    expect(hashProfileKey("email:maya.lindqvist@example.com")).toBe(hashProfileKey("email:maya.lindqvist@example.com"));
    expect(hashProfileKey("email:a@example.com")).toBe(2_400_035_462_164_245);
  });

  it("stay exact JavaScript integers between 1 and 2^52", () => {
    for (const key of ["", "ext:shop:1", "phone:+8613800138000", "email:王晓梅@example.com"]) {
      const id = hashProfileKey(key);
      expect(Number.isSafeInteger(id)).toBe(true);
      expect(id).toBeGreaterThanOrEqual(1);
      expect(id).toBeLessThanOrEqual(2 ** 52);
    }
  });

  it("spread 200,000 similar keys without a collision and over the whole range", () => {
    const ids = new Set<number>();
    let high = 0;
    for (let i = 0; i < 200_000; i++) {
      const id = hashProfileKey(`email:p${i}@example.com`);
      ids.add(id);
      if (id > 2 ** 51) high++;
    }
    expect(ids.size).toBe(200_000);
    // Half of a uniform spread lies above 2^51; allow 1 % either way.
    expect(Math.abs(high / 200_000 - 0.5)).toBeLessThan(0.01);
  });

  it("are assigned one per key, each its own hash when nothing collides", () => {
    const ids = assignProfileIds(["email:b@example.com", "email:a@example.com"]);
    expect([...ids]).toEqual([
      ["email:a@example.com", hashProfileKey("email:a@example.com")],
      ["email:b@example.com", hashProfileKey("email:b@example.com")],
    ]);
  });
});
