import { describe, expect, it } from "vitest";
import { makeBgNbdLikelihood } from "../bgnbd-likelihood";
import { makeScaledGammaGammaLikelihood } from "../gamma-gamma-likelihood";
import { loadPublishedSummary } from "./cdnow";

/**
 * The analytic gradients against central differences of the log-likelihoods they belong to,
 * in the log-parameters the fits optimise, at the published optimum and out to the corners of
 * the bounded-fit boxes (where the bounded refits evaluate them).
 */

const customers = [
  ...loadPublishedSummary(),
  { x: 5000, tx: 9000, T: 10_000, zbar: 3 },
  { x: 80, tx: 70, T: 78, zbar: 1e6 },
  { x: 1, tx: 0, T: 0, zbar: 0.01 },
];

/** Central differences of f at θ, step h in each log-parameter. */
function numericGradient(f: (theta: number[]) => number, theta: number[], h = 1e-5): number[] {
  return theta.map((_, i) => {
    const shifted = (step: number) => f(theta.map((v, j) => (j === i ? v + step : v)));
    return (shifted(h) - shifted(-h)) / (2 * h);
  });
}

/** Agreement to 1e-6 of the gradient's own size, or of the per-customer log-likelihood's. */
function expectClose(analytic: readonly number[], numeric: readonly number[], scale: number): void {
  analytic.forEach((g, i) => {
    const tolerance = 1e-6 * Math.max(Math.abs(numeric[i]), scale);
    expect(Math.abs(g - numeric[i]), `∂/∂θ${i}: ${g} vs ${numeric[i]}`).toBeLessThan(tolerance);
  });
}

describe("BG/NBD gradient", () => {
  const likelihood = makeBgNbdLikelihood(customers);
  const evaluate = ([r, alpha, a, b]: number[]) =>
    likelihood({ r: Math.exp(r), alpha: Math.exp(alpha), a: Math.exp(a), b: Math.exp(b) });
  const points = [
    { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 },
    { r: 1e-4, alpha: 1e-8, a: 1e-4, b: 1e-4 },
    { r: 1e4, alpha: 3e11, a: 1e-4, b: 1e4 },
    { r: 1e4, alpha: 2e4, a: 1e4, b: 1e4 },
    { r: 1e-4, alpha: 3e11, a: 1e4, b: 1e-4 },
    { r: 3, alpha: 0.5, a: 20, b: 0.01 },
  ];

  it.each(points)("matches central differences at %o", (point) => {
    const theta = [point.r, point.alpha, point.a, point.b].map(Math.log);
    const { logLikelihood, gradient } = evaluate(theta);
    const numeric = numericGradient((t) => evaluate(t).logLikelihood, theta);
    expectClose(gradient, numeric, Math.abs(logLikelihood) / customers.length);
  });
});

describe("Gamma-Gamma gradient", () => {
  const spenders = customers.filter((c) => c.x > 0 && c.zbar > 0);
  const logScale = Math.log(spenders.reduce((sum, c) => sum + c.zbar / spenders.length, 0));
  const likelihood = makeScaledGammaGammaLikelihood(spenders, logScale);
  const evaluate = ([p, q, gamma]: number[]) => likelihood(Math.exp(p), Math.exp(q), gamma);
  const points = [
    { p: 6.2496, q: 3.7442, gamma: 0.5 },
    { p: 1e-4, q: 1.1, gamma: -Math.log(1e10) },
    { p: 1e4, q: 1e4, gamma: Math.log(1e10) },
    { p: 1e4, q: 1.1, gamma: 3 },
    { p: 1e-4, q: 1e4, gamma: -3 },
  ];

  it.each(points)("matches central differences at %o", ({ p, q, gamma }) => {
    const theta = [Math.log(p), Math.log(q), gamma];
    const { logLikelihood, gradient } = evaluate(theta);
    const numeric = numericGradient((t) => evaluate(t).logLikelihood, theta);
    expectClose(gradient, numeric, Math.abs(logLikelihood) / spenders.length);
  });
});
