import { describe, expect, it } from "vitest";
import { minimize } from "../optimize";

const rosenbrock = ([x, y]: readonly number[]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2;

describe("minimize", () => {
  it("finds the Rosenbrock minimum", () => {
    const result = minimize(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
  });

  it("is deterministic", () => {
    expect(minimize(rosenbrock, [-1.2, 1])).toEqual(minimize(rosenbrock, [-1.2, 1]));
  });

  it("backs off from a wall of non-finite values", () => {
    const walled = ([x]: readonly number[]) => (x > 3 ? Number.POSITIVE_INFINITY : (x - 2.5) ** 2);
    const result = minimize(walled, [0]);
    expect(result.x[0]).toBeCloseTo(2.5, 6);
  });

  it("says so when it runs out of iterations on an unbounded objective", () => {
    const result = minimize(([x]) => -x, [0], { maxIterations: 30 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(30);
    // Steps are capped at 2 log units per iteration.
    expect(result.x[0]).toBeGreaterThanOrEqual(30);
    expect(result.x[0]).toBeLessThanOrEqual(60);
  });

  it("stops on a flat tail, leaving it to the caller to notice the runaway", () => {
    const result = minimize(([x]) => Math.exp(-x), [0]);
    expect(result.x[0]).toBeGreaterThan(Math.log(1e8));
  });
});

describe("minimize with an analytic gradient", () => {
  it("finds the Rosenbrock minimum", () => {
    const gradient = ([x, y]: readonly number[]) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)];
    const result = minimize(rosenbrock, [-1.2, 1], { gradient });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
  });

  it("gives up a line search once its steps are noise-sized instead of halving to 1e-12", () => {
    // A flat objective whose gradient is rounding noise: no step can gain anything.
    let evaluations = 0;
    const flat = () => (evaluations++, 1);
    const result = minimize(flat, [0], { gradient: () => [1e-6] });
    expect(result.converged).toBe(true);
    expect(evaluations).toBeLessThan(20);
  });
});
