import { describe, expect, it } from "vitest";
import { isMoneyText, plainMoneyText, toMoney } from "@/lib/money";
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
