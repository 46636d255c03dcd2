import { expect } from "vitest";

/** Published CDNOW fits (Fader, Hardie & Lee 2005), weekly units, 2,357-customer sample. */
export const PUBLISHED_BGNBD = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259, logLikelihood: -9582.43 };
export const PUBLISHED_GAMMA_GAMMA = { p: 6.2496, q: 3.7442, gamma: 15.4435, logLikelihood: -4055.92, customers: 946 };

/** Within 0.5 % of the published value and equal to it at 3 significant figures. */
export function expectPublished(actual: number, published: number): void {
  expect(Math.abs(actual - published) / Math.abs(published)).toBeLessThan(0.005);
  expect(actual.toPrecision(3)).toBe(published.toPrecision(3));
}
