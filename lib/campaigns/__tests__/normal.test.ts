import { describe, expect, it } from "vitest";
import { erfc, normalCdf, normalQuantile } from "../normal";

// Reference values from mpmath at 30 digits.
const CDF_REFERENCE: [number, number][] = [
  [-10, 7.6198530241605260659733432516e-24],
  [-5, 2.86651571879193911673752332875e-7],
  [-1, 0.158655253931457051414767454368],
  [0, 0.5],
  [0.5, 0.691462461274013103637704610608],
  [1.96, 0.975002104851779563787176307604],
  [3, 0.998650101968369905473348185232],
];

describe("normalCdf", () => {
  it.each(CDF_REFERENCE)("Φ(%d) matches the 30-digit reference to < 1e-9 absolute and 1e-12 relative", (z, expected) => {
    const got = normalCdf(z);
    expect(Math.abs(got - expected)).toBeLessThan(1e-9);
    expect(Math.abs(got - expected) / expected).toBeLessThan(1e-12);
  });

  it("is continuous where erfc switches from the series to the continued fraction (z = −2.5·√2)", () => {
    const z = -2.5 * Math.SQRT2;
    const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    // Straddling the switch, Φ must rise by Φ′(z)·2e-9 ≈ 1.54e-12; a seam would show as a jump.
    const rise = normalCdf(z + 1e-9) - normalCdf(z - 1e-9);
    expect(Math.abs(rise - density * 2e-9)).toBeLessThan(1e-15);
  });

  it("is symmetric: Φ(z) + Φ(−z) = 1", () => {
    for (const z of [0.1, 1.3, 2.7, 4.2]) expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 15);
  });

  it("erfc(−x) = 2 − erfc(x) and NaN stays NaN", () => {
    expect(erfc(-1)).toBeCloseTo(2 - erfc(1), 15);
    expect(erfc(Number.NaN)).toBeNaN();
  });
});

describe("normalQuantile", () => {
  it.each([
    [0.975, 1.95996398454005385560443064983],
    [0.025, -1.95996398454005421177958419423],
    [0.3, -0.524400512708040815969454362264],
    [0.001, -3.09023230616781353535800457626],
    [1e-10, -6.36134090240405619910039694879],
    [0.999999, 4.75342430881708776568809703068],
  ])("Φ⁻¹(%d) matches the reference to 1e-12", (p, expected) => {
    expect(Math.abs(normalQuantile(p) - expected)).toBeLessThan(1e-12);
  });

  it("inverts normalCdf across both Acklam regions (boundary p = 0.02425 included)", () => {
    // Not far into the upper tail: there p itself, a double near 1, no longer pins z down.
    for (const z of [-8, -4, -2.2, -1.9729610513118858, -0.7, 0, 0.4, 1.5, 3.3]) {
      expect(normalQuantile(normalCdf(z))).toBeCloseTo(z, 10);
    }
  });

  it("gives ±Infinity at 0 and 1 and rejects p outside [0, 1]", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.1)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});
