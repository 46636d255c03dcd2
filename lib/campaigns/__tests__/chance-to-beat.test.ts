import { describe, expect, it } from "vitest";
import { chanceToBeat } from "../chance-to-beat";

const group = (responders: number, audience: number) => ({ audience, responders });

// References: the closed-form sum over i < α_T of B(α_C+i, β_C+β_T) / ((β_T+i) B(1+i, β_T) B(α_C, β_C)),
// evaluated in mpmath at 30–40 digits (exact for the integer shapes of the flat prior).
describe("chanceToBeat", () => {
  it("A = 30/100, B = 45/100: P(B > A) = 0.9855", () => {
    const p = chanceToBeat(group(30, 100), group(45, 100));
    expect(p).toBeCloseTo(0.9855, 4);
    expect(Math.abs(p - 0.98547649199616617)).toBeLessThan(1e-10);
  });

  it("swapping the groups gives the complement: 1 − 0.985476… = 0.014524", () => {
    expect(chanceToBeat(group(45, 100), group(30, 100))).toBeCloseTo(1 - 0.98547649199616617, 10);
  });

  it.each([
    [144, 1200, 192, 1200, 0.99762597261898258],
    [1, 1001, 3, 51, 0.99997449403895088], // very different group sizes
    [3, 51, 1, 1001, 0.0000255059610491168],
    [40, 500, 240, 2000, 0.99491514313821873],
  ])("%d/%d vs %d/%d matches the exact sum to 1e-10", (rc, nc, rt, nt, expected) => {
    expect(Math.abs(chanceToBeat(group(rc, nc), group(rt, nt)) - expected)).toBeLessThan(1e-10);
  });

  it("equal rates and sizes give exactly one half", () => {
    expect(chanceToBeat(group(30, 100), group(30, 100))).toBeCloseTo(0.5, 12);
  });

  it("two empty groups: both posteriors are the prior, 0.5", () => {
    expect(chanceToBeat(group(0, 0), group(0, 0))).toBeCloseTo(0.5, 12);
  });

  it("a million per group, 50.0 % vs 50.1 %: 0.92135040512 (exact sum over 501,001 terms), in well under a second", () => {
    const started = performance.now();
    const p = chanceToBeat(group(500_000, 1_000_000), group(501_000, 1_000_000));
    const elapsed = performance.now() - started;
    expect(Math.abs(p - 0.92135040512282418)).toBeLessThan(1e-8);
    expect(elapsed).toBeLessThan(1000);
  });

  it("a million per group with rare responses, 100 vs 130 responders: 0.97592492712 (skewed posteriors)", () => {
    expect(Math.abs(chanceToBeat(group(100, 1_000_000), group(130, 1_000_000)) - 0.97592492712204844)).toBeLessThan(1e-8);
  });

  it("0 vs 1 responder in a million each: 0.7500001250 (posteriors piled against 0)", () => {
    expect(Math.abs(chanceToBeat(group(0, 1_000_000), group(1, 1_000_000)) - 0.75000012499993750)).toBeLessThan(1e-8);
  });

  it("Jeffreys prior Beta(½, ½), 0/100 vs 3/100: 0.9678082046 (density singular at 0; mpmath quadrature reference)", () => {
    const p = chanceToBeat(group(0, 100), group(3, 100), { alpha: 0.5, beta: 0.5 });
    expect(Math.abs(p - 0.96780820461221163)).toBeLessThan(1e-9);
  });

  it("Jeffreys prior, 0/100 vs 0/200: 0.3920141879 (both singular at 0)", () => {
    const p = chanceToBeat(group(0, 100), group(0, 200), { alpha: 0.5, beta: 0.5 });
    expect(Math.abs(p - 0.39201418792013120)).toBeLessThan(1e-9);
  });

  it("rejects a non-positive prior and invalid counts", () => {
    expect(() => chanceToBeat(group(1, 10), group(1, 10), { alpha: 0, beta: 1 })).toThrow(RangeError);
    expect(() => chanceToBeat(group(11, 10), group(1, 10))).toThrow(RangeError);
  });
});
