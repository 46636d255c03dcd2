import type { CampaignStatus } from "@/db/schema/campaigns";
import type { Role } from "@/db/schema/users";

export const campaignActions = ["submit", "approve", "reject", "reopen", "launch", "finish"] as const;
export type CampaignAction = (typeof campaignActions)[number];

const anyone: Role[] = ["admin", "manager", "marketer"];
const approvers: Role[] = ["admin", "manager"];

/**
 * draft → (pending approval →) approved → live → finished. Marketers draft,
 * submit, launch and finish; only managers and admins approve or send a
 * campaign back. An approved campaign can be reopened to edit it, which
 * means submitting (and, above the threshold, approving) it again.
 */
const rules: Record<CampaignAction, { from: CampaignStatus; to: CampaignStatus | null; roles: Role[] }> = {
  // Where a submission lands depends on the budget: see statusAfterSubmit.
  submit: { from: "draft", to: null, roles: anyone },
  approve: { from: "pending_approval", to: "approved", roles: approvers },
  reject: { from: "pending_approval", to: "draft", roles: approvers },
  reopen: { from: "approved", to: "draft", roles: anyone },
  launch: { from: "approved", to: "live", roles: anyone },
  finish: { from: "live", to: "finished", roles: anyone },
};

/** Budgets above the admin's threshold wait for a manager; the rest are approved on submission. */
export function statusAfterSubmit(budgetMinor: number, thresholdMinor: number): CampaignStatus {
  return budgetMinor > thresholdMinor ? "pending_approval" : "approved";
}

export type TransitionCheck =
  | { ok: true; to: CampaignStatus }
  | { ok: false; reason: "forbidden" | "wrong_status" };

export function checkTransition(
  action: CampaignAction,
  current: { status: CampaignStatus; budgetMinor: number },
  role: Role,
  thresholdMinor: number,
): TransitionCheck {
  const rule = rules[action];
  if (!rule.roles.includes(role)) return { ok: false, reason: "forbidden" };
  if (rule.from !== current.status) return { ok: false, reason: "wrong_status" };
  return { ok: true, to: rule.to ?? statusAfterSubmit(current.budgetMinor, thresholdMinor) };
}

/** The buttons a user sees: what their role may do from this status. */
export function availableActions(status: CampaignStatus, role: Role): CampaignAction[] {
  return campaignActions.filter((a) => rules[a].from === status && rules[a].roles.includes(role));
}
