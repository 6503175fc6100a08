import { describe, expect, it } from "vitest";
import { cpuSlowdownFor } from "../../scripts/lighthouse-calibration";

// The factor is 4 × index / 1,500, at most 4, at least 1, to one decimal (scripts/lighthouse-calibration.ts).
describe("the CPU slowdown Lighthouse applies, from the host's benchmark index", () => {
  it("is the preset's 4 on a host of the class it is meant for, and on a faster one", () => {
    expect(cpuSlowdownFor(1500)).toBe(4); // the bottom of Lighthouse's "high-end desktop" class
    expect(cpuSlowdownFor(2000)).toBe(4);
    expect(cpuSlowdownFor(2700)).toBe(4); // a faster host is not slowed more than the preset says
  });
  it("falls in proportion below 1,500", () => {
    expect(cpuSlowdownFor(1499)).toBe(4); // 3.9973 → 4.0
    expect(cpuSlowdownFor(1234)).toBe(3.3); // 3.2907 → 3.3
    expect(cpuSlowdownFor(1125)).toBe(3); // 4 × 0.75
    expect(cpuSlowdownFor(1000)).toBe(2.7); // 2.667 → 2.7
    expect(cpuSlowdownFor(900)).toBe(2.4); // 4 × 0.6
    expect(cpuSlowdownFor(750)).toBe(2); // half the class's floor, half the slowdown
  });
  it("never speeds the host up", () => {
    expect(cpuSlowdownFor(375)).toBe(1);
    expect(cpuSlowdownFor(300)).toBe(1); // 0.8 would be faster than the host itself
  });
  it("refuses an index that is not a positive number", () => {
    expect(() => cpuSlowdownFor(0)).toThrow(/positive/);
    expect(() => cpuSlowdownFor(Number.NaN)).toThrow(/positive/);
  });
});
