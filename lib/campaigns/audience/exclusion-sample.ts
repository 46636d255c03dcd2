import { suppressionSteps, type Exclusion } from "./plan-audience";
import type { ResolvedAudience } from "./resolve-audience";

export interface ExcludedPerson extends Exclusion {
  /** Name, else address, else a customer id: how the person is recognised. */
  label: string;
  /** The label is a source's own id ("cdnow:07592"), for the page to name as it names such ids. */
  sourceId: boolean;
}

/** Up to `perReason` people left out for each reason, in step order, named for the UI. */
export function exclusionSample(audience: ResolvedAudience, perReason: number): ExcludedPerson[] {
  const order = (e: Exclusion) => suppressionSteps.indexOf(e.step);
  const taken = new Map<string, number>();
  return [...audience.exclusions]
    .sort((a, b) => order(a) - order(b) || a.profileId - b.profileId)
    .filter((e) => {
      const count = taken.get(e.reason) ?? 0;
      taken.set(e.reason, count + 1);
      return count < perReason;
    })
    .map((e) => {
      const person = audience.people.get(e.profileId);
      const known =
        person?.name || person?.facts.emails[0]?.value || person?.facts.phones[0]?.value;
      const external = known ? undefined : person?.externalIds[0];
      const label = known || external || String(e.profileId);
      return { ...e, label, sourceId: external !== undefined };
    });
}
