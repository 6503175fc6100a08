import { describe, expect, it } from "vitest";
import { Dec, percentRatio, toScaled } from "@/lib/money";

describe("exact integer helpers of the hot loops", () => {
  it.each([
    ["12000", 12000n * 10n ** 18n],
    ["0.01", 10n ** 16n],
    ["-0.5", -(5n * 10n ** 17n)],
    ["0.000000000000000001", 1n],
    ["0.0000000000000000005", 1n], // half of an atto-dollar rounds up
  ])("toScaled(%s, 18) = %s units of 10^-18 dollar", (amount, atto) => {
    expect(toScaled(new Dec(amount), 18)).toBe(atto);
  });

  it.each([
    [26.2, [131n, 500n]],
    [15, [3n, 20n]],
    [100, [1n, 1n]],
    [-100, [-1n, 1n]],
    [0, [0n, 1n]],
  ] as const)("percentRatio(%s) is the exact fraction %s, the same the second time", (percent, ratio) => {
    expect(percentRatio(percent)).toEqual(ratio);
    expect(percentRatio(percent)).toEqual(ratio);
  });
});
