import { describe, expect, it } from "vitest";
import { integrate } from "../integrate";

describe("integrate", () => {
  it("∫₀^π sin x dx = 2", () => {
    expect(integrate(Math.sin, 0, Math.PI)).toBeCloseTo(2, 13);
  });

  it("finds a narrow Gaussian peak off-centre: ∫ of N(0.3, 0.001²) over [0, 1] = 1", () => {
    const s = 0.001;
    const density = (x: number) => Math.exp(-(((x - 0.3) / s) ** 2) / 2) / (s * Math.sqrt(2 * Math.PI));
    expect(integrate(density, 0, 1)).toBeCloseTo(1, 10);
  });

  it("copes with an integrable endpoint singularity: ∫₀¹ x^(−1/2) dx = 2", () => {
    expect(Math.abs(integrate((x) => 1 / Math.sqrt(x), 0, 1) - 2)).toBeLessThan(1e-9);
  });
});
