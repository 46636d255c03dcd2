/**
 * Budget assistant: how many contacts each tier (or segment) should get to make
 * the most expected incremental margin within a budget, and what any split,
 * proposed or adjusted by the user, is expected to return.
 */

export interface BudgetTier {
  id: string;
  /** Profiles in the tier: the most contacts it can take. */
  size: number;
  /** Responses a contact causes beyond doing nothing (incremental rate, e.g. a past campaign's uplift), in [0, 1]. */
  expectedResponseRate: number;
  /** Revenue one response brings, e.g. average order value or CLV. */
  valuePerResponse: number;
  /** Share of that revenue kept as margin, in [0, 1]. */
  marginRate: number;
  costPerContact: number;
  /** Paid once as soon as the tier gets any contact (creative, setup). */
  fixedCost: number;
}

export interface TierProjection {
  id: string;
  contacts: number;
  /** contacts / size; 0 for an empty tier. */
  shareOfTier: number;
  /** fixedCost (if contacted at all) + costPerContact × contacts. */
  cost: number;
  expectedResponders: number;
  expectedMargin: number;
  /** (expectedMargin − cost) / cost; null when cost is 0. */
  roi: number | null;
}

export interface BudgetProjection {
  tiers: TierProjection[];
  totals: Omit<TierProjection, "id" | "shareOfTier">;
  budget: number;
  /** budget − total cost; negative when the split is over budget. */
  unspent: number;
  overBudget: boolean;
}

/** Why a proposed tier got what it got. */
export type AllocationReason = "whole_tier" | "budget_limit" | "unprofitable";

export interface BudgetProposal extends BudgetProjection {
  reasons: Record<string, AllocationReason>;
}

const roiOf = (margin: number, cost: number) => (cost === 0 ? null : (margin - cost) / cost);

const marginPerContact = (t: BudgetTier) => t.expectedResponseRate * t.valuePerResponse * t.marginRate;

function validateTiers(tiers: BudgetTier[], budget: number): void {
  if (!(budget >= 0 && Number.isFinite(budget))) throw new RangeError(`budget must be finite and >= 0, got ${budget}`);
  if (new Set(tiers.map((t) => t.id)).size !== tiers.length) throw new RangeError("tier ids must be unique");
  for (const t of tiers) {
    const ok =
      Number.isInteger(t.size) &&
      t.size >= 0 &&
      t.expectedResponseRate >= 0 &&
      t.expectedResponseRate <= 1 &&
      t.marginRate >= 0 &&
      t.marginRate <= 1 &&
      [t.valuePerResponse, t.costPerContact, t.fixedCost].every((v) => v >= 0 && Number.isFinite(v));
    if (!ok) throw new RangeError(`tier ${t.id}: size must be a whole number, rates in [0, 1], money finite and >= 0`);
  }
}

/** Expected outcome of contacting `contacts[id]` profiles of each tier (missing ids mean 0). */
export function evaluateBudgetSplit(
  tiers: BudgetTier[],
  contacts: Record<string, number>,
  budget: number,
): BudgetProjection {
  validateTiers(tiers, budget);
  const unknown = Object.keys(contacts).filter((id) => !tiers.some((t) => t.id === id));
  if (unknown.length > 0) throw new RangeError(`unknown tier ids: ${unknown.join(", ")}`);

  const projections = tiers.map((t): TierProjection => {
    const n = contacts[t.id] ?? 0;
    if (!Number.isInteger(n) || n < 0 || n > t.size) {
      throw new RangeError(`tier ${t.id}: contacts must be a whole number in [0, ${t.size}], got ${n}`);
    }
    const cost = n === 0 ? 0 : t.fixedCost + t.costPerContact * n;
    const expectedMargin = n * marginPerContact(t);
    return {
      id: t.id,
      contacts: n,
      shareOfTier: t.size === 0 ? 0 : n / t.size,
      cost,
      expectedResponders: n * t.expectedResponseRate,
      expectedMargin,
      roi: roiOf(expectedMargin, cost),
    };
  });
  const sum = (pick: (p: TierProjection) => number) => projections.reduce((s, p) => s + pick(p), 0);
  const cost = sum((p) => p.cost);
  const expectedMargin = sum((p) => p.expectedMargin);
  return {
    tiers: projections,
    totals: {
      contacts: sum((p) => p.contacts),
      cost,
      expectedResponders: sum((p) => p.expectedResponders),
      expectedMargin,
      roi: roiOf(expectedMargin, cost),
    },
    budget,
    unspent: budget - cost,
    // Fractional prices (0.1 × 10,000) may sum a rounding error above an exactly spent budget.
    overBudget: cost - budget > 1e-9 * Math.max(1, budget),
  };
}

/**
 * A split's totals with the campaign's own fixed cost (creative, setup) added, paid once anyone
 * is contacted: the tiers' costs leave it out, as it is no tier's, and the campaign's ROI is
 * after it.
 */
export function campaignTotals(
  totals: BudgetProjection["totals"], fixedCost: number,
): BudgetProjection["totals"] {
  const cost = totals.cost + (totals.contacts > 0 ? fixedCost : 0);
  return { ...totals, cost, roi: roiOf(totals.expectedMargin, cost) };
}

/**
 * Most whole contacts at `costPerContact` that fit in `available`. The 1e-12 nudge
 * absorbs binary rounding (0.3 / 0.1 = 2.9999999999999996 must buy 3 contacts);
 * overBudget allows the matching rounding on the cost side.
 */
function affordableContacts(available: number, costPerContact: number): number {
  return Math.floor((available / costPerContact) * (1 + 1e-12));
}

/**
 * Greedy proposal. Tiers are filled in order of margin per unit of contact cost
 * (free contacts first), which is optimal when there are no fixed costs; a tier is
 * contacted only where a contact earns more margin than it costs and the contacts
 * it can afford also cover its fixed cost. Loss-making contacts are never bought,
 * so the budget may be left partly unspent. With fixed costs greedy is a heuristic:
 * the user can adjust the split and re-check it with evaluateBudgetSplit.
 */
export function proposeBudgetSplit(tiers: BudgetTier[], budget: number): BudgetProposal {
  validateTiers(tiers, budget);
  const efficiency = (t: BudgetTier) => (t.costPerContact === 0 ? Infinity : marginPerContact(t) / t.costPerContact);
  // Compared, not subtracted: two free tiers would give Infinity − Infinity = NaN.
  const order = [...tiers].sort((x, y) => (efficiency(x) === efficiency(y) ? 0 : efficiency(x) > efficiency(y) ? -1 : 1));

  const contacts: Record<string, number> = {};
  const reasons: Record<string, AllocationReason> = {};
  let remaining = budget;
  for (const t of order) {
    const netPerContact = marginPerContact(t) - t.costPerContact;
    if (netPerContact <= 0 || t.size === 0 || t.size * netPerContact <= t.fixedCost) {
      reasons[t.id] = "unprofitable";
      continue;
    }
    const available = remaining - t.fixedCost;
    const affordable = available < 0 ? 0 : t.costPerContact === 0 ? t.size : affordableContacts(available, t.costPerContact);
    const n = Math.min(t.size, affordable);
    reasons[t.id] = n === t.size ? "whole_tier" : "budget_limit";
    if (n === 0 || n * netPerContact <= t.fixedCost) continue;
    contacts[t.id] = n;
    remaining -= t.fixedCost + n * t.costPerContact;
  }
  return { ...evaluateBudgetSplit(tiers, contacts, budget), reasons };
}
