/**
 * Money (plan-rules §1): decimal, never binary floating point; half-up to cents where reported.
 */
import { describe, expect, it } from "vitest";
import {
  Dec,
  divHalfUp,
  formatCents,
  percentRatio,
  percentDecimal,
  pow10,
  scaledToCents,
  toScaled,
  formatMoney,
  formatUsd,
  fromCents,
  roundCents,
  toCents,
  toMoney,
} from "@/lib/money";

const d = (text: string) => new Dec(text);

describe("reading amounts", () => {
  it.each([
    ["1234.50", "1234.5"],
    ["-3", "-3"],
    [0.1, "0.1"],
    [1234.5, "1234.5"],
  ] as const)("%j reads as %s", (input, expected) => {
    expect(toMoney(input).toString()).toBe(expected);
  });

  it("0.1 + 0.2 is exactly 0.3, as a float would not give", () => {
    expect(toMoney(0.1).plus(toMoney(0.2)).equals(d("0.3"))).toBe(true);
  });

  it("a Decimal is copied", () => {
    expect(toMoney(d("7.25")).toString()).toBe("7.25");
  });

  it.each([["1e3"], ["12abc"], [""], ["1.2.3"], ["$12,500.01"], [" 1"]])("%j is not a plain amount (typed text is read by lib/parse.ts)", (input) => {
    expect(() => toMoney(input)).toThrow(TypeError);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY]])("%s is not an amount", (input) => {
    expect(() => toMoney(input)).toThrow(TypeError);
  });
});

describe("rounding half-up to cents", () => {
  it.each([
    ["0.005", "0.01", "half a cent rounds up"],
    ["0.004999", "0.00", "just under half a cent rounds down"],
    ["10999.9995", "11000.00", "15% of 73,333.33 rounds up to 11,000.00"],
    ["2000.005", "2000.01", "half of 4,000.01 rounds up"],
    ["0.015", "0.02", "75% of 0.02 rounds up"],
    ["-0.005", "-0.01", "half-up is away from zero for a negative half cent"],
    ["2.675", "2.68", "2.675 (which a float stores as 2.67499…) rounds up"],
  ])("%s → %s (%s)", (amount, expected) => {
    expect(roundCents(d(amount)).toFixed(2)).toBe(expected);
  });
});

describe("formatting", () => {
  it.each([
    ["1234.5", "1234.50"],
    ["0", "0.00"],
    ["-0.001", "0.00"],
    ["2000.005", "2000.01"],
  ])("formatMoney(%s) = %s", (amount, expected) => {
    expect(formatMoney(d(amount))).toBe(expected);
  });

  it.each([
    ["12500.01", "$12,500.01"],
    ["1234567.891", "$1,234,567.89"],
    ["999", "$999.00"],
    ["-3", "−$3.00"],
    ["0", "$0.00"],
  ])("formatUsd(%s) = %s", (amount, expected) => {
    expect(formatUsd(d(amount))).toBe(expected);
  });
});

describe("arithmetic helpers", () => {
  it.each([
    ["127800.00", 12780000n],
    ["0.005", 1n],
    ["33.33", 3333n],
  ] as const)("%s is %s cents", (amount, cents) => {
    expect(toCents(d(amount))).toBe(cents);
  });

  it("cents back to dollars", () => {
    expect(fromCents(3334n).toFixed(2)).toBe("33.34");
  });
});

describe("exact integer arithmetic for hot loops", () => {
  it.each([
    [5n, 2n, 3n, "2.5 rounds half-up to 3"],
    [-5n, 2n, -3n, "−2.5 rounds away from zero to −3"],
    [7n, 3n, 2n, "2.33… rounds to 2"],
    [8n, 3n, 3n, "2.67… rounds to 3"],
    [0n, 7n, 0n, "zero"],
    [1999999n, 2000000n, 1n, "0.9999995 rounds to 1"],
  ])("%s ÷ %s = %s (%s)", (n, d, q, _why) => {
    expect(divHalfUp(n, d)).toBe(q);
  });

  it.each([
    [26.2, 131n, 500n, "26.2% = 262/1000 = 131/500"],
    [15, 3n, 20n, "15% = 3/20"],
    [0, 0n, 1n, "0%"],
    [-100, -1n, 1n, "−100%"],
    [6, 3n, 50n, "6% = 3/50"],
  ])("%s%% is %s/%s (%s)", (percent, n, d, _why) => {
    expect(percentRatio(percent)).toEqual([n, d]);
  });

  it("amounts at a scale of 10^-18 dollar: a cent is 10^16, half a cent rounds up", () => {
    expect(pow10(16)).toBe(10n ** 16n);
    expect(toScaled(new Dec("0.01"), 18)).toBe(10n ** 16n);
    expect(toScaled(new Dec("1234.5"), 18)).toBe(123450n * 10n ** 16n);
    expect(scaledToCents(5n * 10n ** 15n, 18)).toBe(1n);
    expect(scaledToCents(5n * 10n ** 15n - 1n, 18)).toBe(0n);
  });

  it.each([
    // 1234.565 at scale 3 is 1,234,565 thousandths: half a cent, away from zero.
    [1234565n, 3, 123457n],
    [-1234565n, 3, -123457n],
    [1234564n, 3, 123456n],
    [-1234564n, 3, -123456n],
    [123456n, 2, 123456n],
    // 0.00499999 at scale 8 is 499,999 units: below half a cent.
    [499999n, 8, 0n],
    [500000n, 8, 1n],
  ])("%s units of 10^-%i dollar are %s cents", (amount, scale, cents) => {
    expect(scaledToCents(amount, scale)).toBe(cents);
  });

  it("powers of ten past the ones kept at hand are still exact", () => {
    expect(pow10(600)).toBe(10n ** 600n);
    expect(scaledToCents(10n ** 600n / 2n, 602)).toBe(1n); // half a cent
    expect(scaledToCents(10n ** 600n / 2n - 1n, 602)).toBe(0n);
  });

  it.each([
    [26.2, 262n, 3, "26.2% = 0.262"],
    [6, 6n, 2, "6% = 0.06"],
    [100, 1n, 0, "100% = 1"],
    [-100, -1n, 0, "−100% = −1"],
    [0, 0n, 0, "0%"],
    [3.125, 3125n, 5, "3.125% = 0.03125"],
  ])("%s%% is %s / 10^%i (%s)", (percent, numerator, scale) => {
    expect(percentDecimal(percent)).toEqual({ numerator, scale });
  });

  it.each([
    [123450n, "1234.50"],
    [5n, "0.05"],
    [-5n, "-0.05"],
    [0n, "0.00"],
    [100n, "1.00"],
  ])("%s cents read %s", (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });
});
