import { describe, expect, it } from "vitest";
import { cpuSlowdownFor } from "../../scripts/lighthouse-calibration";

// The factor is 4 × index / 2,000, at most 4, at least 1, to one decimal (scripts/lighthouse-calibration.ts).
describe("the CPU slowdown Lighthouse applies, from the host's benchmark index", () => {
  it("is the preset's 4 on the host it is calibrated for, and on a faster one", () => {
    expect(cpuSlowdownFor(2000)).toBe(4);
    expect(cpuSlowdownFor(2400)).toBe(4); // a faster host is not slowed more than the preset says
  });
  it("falls in proportion below 2,000", () => {
    expect(cpuSlowdownFor(1999)).toBe(4); // 3.998 → 4.0
    expect(cpuSlowdownFor(1500)).toBe(3); // 4 × 0.75
    expect(cpuSlowdownFor(1234)).toBe(2.5); // 2.468 → 2.5
    expect(cpuSlowdownFor(1212)).toBe(2.4); // 2.424 → 2.4
    expect(cpuSlowdownFor(1000)).toBe(2); // Lighthouse's "slow host" line: half the target
  });
  it("never speeds the host up", () => {
    expect(cpuSlowdownFor(500)).toBe(1);
    expect(cpuSlowdownFor(400)).toBe(1); // 0.8 would be faster than the host itself
  });
  it("refuses an index that is not a positive number", () => {
    expect(() => cpuSlowdownFor(0)).toThrow(/positive/);
    expect(() => cpuSlowdownFor(Number.NaN)).toThrow(/positive/);
  });
});
