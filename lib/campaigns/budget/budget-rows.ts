import "server-only";

import type { Db } from "@/db/client";
import { readSettings } from "@/lib/settings/read-settings";

import type { ResolvedAudience } from "../audience/resolve-audience";
import type { CampaignDetail } from "../read-campaign";
import { expectedValuePerCustomer } from "./expected-value";
import { measuredResponses } from "./response-history";

/** One target as the budget assistant sees it; money in major units of the campaign currency. */
export interface BudgetRow {
  targetId: number;
  kind: string;
  key: string;
  /** Treated customers it could have after suppression, before any contact limit. */
  size: number;
  expectedResponse: number;
  responseSource: "set" | "measured" | "default";
  measuredCampaigns: number;
  valuePerResponse: number;
  contactLimit: number | null;
}

export interface BudgetInputs {
  rows: BudgetRow[];
  marginRate: number;
  costPerContact: number;
  fixedCost: number;
  budget: number;
}

/**
 * The assistant's inputs: size × expected response × value per target.
 * Expected response is what the user set, else what earlier campaigns
 * measured on the same kind of target, else the admin's default.
 */
export function budgetInputs(db: Db, { campaign, audience }: { campaign: CampaignDetail; audience: ResolvedAudience }): BudgetInputs {
  const { defaultExpectedResponse } = readSettings(db, "campaigns");
  const history = measuredResponses(db, { except: campaign.id });
  const rows = campaign.targets.map((target): BudgetRow => {
    const eligible = [
      ...audience.members.filter((m) => m.targetId === target.id && !m.holdout).map((m) => m.profileId),
      ...audience.exclusions
        .filter((e) => e.targetId === target.id && e.step === "contact_limit" && !e.holdout)
        .map((e) => e.profileId),
    ];
    const measured = history.get(`${target.kind}:${target.key}`);
    const expectedResponse = target.expectedResponse ?? measured?.rate ?? defaultExpectedResponse;
    const value = expectedValuePerCustomer(db, { profileIds: eligible, expectedResponse });
    return {
      targetId: target.id,
      kind: target.kind,
      key: target.key,
      size: eligible.length,
      expectedResponse,
      responseSource: target.expectedResponse !== null ? "set" : measured ? "measured" : "default",
      measuredCampaigns: measured?.campaigns ?? 0,
      valuePerResponse: value.valuePerResponderMinor / 100,
      contactLimit: target.contactLimit,
    };
  });
  return {
    rows,
    marginRate: campaign.marginRate,
    costPerContact: campaign.costPerContactMinor / 100,
    fixedCost: campaign.fixedCostMinor / 100,
    budget: campaign.budgetMinor / 100,
  };
}
