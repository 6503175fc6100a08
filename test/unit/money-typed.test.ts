import { describe, expect, it } from "vitest";
import { Dec, isMoneyText, percentRatio, plainMoneyText, toMoney, toScaled } from "@/lib/money";
import { parseRequest, vestingRequestSchema } from "@/lib/schemas";

describe("amounts as a person types them", () => {
  it.each([
    ["12500.01", "12500.01", "a plain decimal"],
    ["$12,500.01", "12500.01", "a dollar sign and a thousands comma"],
    ["1,234,567", "1234567", "commas between every group of three"],
    [" 0.5 ", "0.5", "spaces around it"],
  ])("%s reads as %s (%s)", (typed, plain) => {
    expect(plainMoneyText(typed)).toBe(plain);
    expect(toMoney(typed).toFixed()).toBe(plain);
  });

  it.each([
    ["1,23", "a comma that does not group thousands would read as 123"],
    ["4,000,01", "a comma for a decimal point would read as 400001"],
    ["12,50.00", "a group of two"],
    [",500", "a leading comma"],
    ["1e3", "an exponent"],
    ["12.5.0", "two points"],
  ])("%s is refused (%s)", (typed) => {
    expect(isMoneyText(typed)).toBe(false);
    expect(() => toMoney(typed)).toThrow();
  });

  it("the API refuses a misplaced comma, naming the balance", () => {
    const result = parseRequest(vestingRequestSchema, { yearsOfService: 3, balances: { match: "4,000,01" } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ path: "balances.match", message: 'Balances: employer match balance must be an amount in dollars, such as "1234.50".' }]);
  });
});

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
