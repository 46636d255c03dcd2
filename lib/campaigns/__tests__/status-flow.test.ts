import { describe, expect, it } from "vitest";

import { availableActions, checkTransition, statusAfterSubmit } from "@/lib/campaigns/status-flow";

describe("campaign status flow", () => {
  it("a submission above the threshold waits for approval; at or below it is approved", () => {
    expect(statusAfterSubmit(500_001, 500_000)).toBe("pending_approval");
    expect(statusAfterSubmit(500_000, 500_000)).toBe("approved");
  });

  it("only managers and admins approve or reject", () => {
    const pending = { status: "pending_approval" as const, budgetMinor: 1 };
    expect(checkTransition("approve", pending, "marketer", 0)).toEqual({ ok: false, reason: "forbidden" });
    expect(checkTransition("reject", pending, "marketer", 0)).toEqual({ ok: false, reason: "forbidden" });
    expect(checkTransition("approve", pending, "manager", 0)).toEqual({ ok: true, to: "approved" });
    expect(checkTransition("reject", pending, "admin", 0)).toEqual({ ok: true, to: "draft" });
  });

  it("steps must follow the flow: no launch from draft, no finish before live", () => {
    expect(checkTransition("launch", { status: "draft", budgetMinor: 0 }, "admin", 0)).toEqual({ ok: false, reason: "wrong_status" });
    expect(checkTransition("finish", { status: "approved", budgetMinor: 0 }, "admin", 0)).toEqual({ ok: false, reason: "wrong_status" });
    expect(checkTransition("launch", { status: "approved", budgetMinor: 0 }, "marketer", 0)).toEqual({ ok: true, to: "live" });
  });

  it("offers each role only what it may do", () => {
    expect(availableActions("pending_approval", "marketer")).toEqual([]);
    expect(availableActions("pending_approval", "manager")).toEqual(["approve", "reject"]);
    expect(availableActions("approved", "marketer")).toEqual(["reopen", "launch"]);
    expect(availableActions("finished", "admin")).toEqual([]);
  });
});
