/**
 * What contacting `contacts` people costs, in minor units: the campaign's fixed cost once anyone
 * is contacted, and its cost per contact for each.
 */
export function audienceCostMinor(
  campaign: { fixedCostMinor: number; costPerContactMinor: number }, contacts: number,
): number {
  return contacts === 0 ? 0 : campaign.fixedCostMinor + campaign.costPerContactMinor * contacts;
}
