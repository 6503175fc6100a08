/**
 * The input schemas (api-v1.md "Common to every endpoint"): money, dates and the field names in
 * plain words. The endpoints' answers are tested in api-v1.test.ts.
 */
import { describe, expect, it } from "vitest";
import { balancesSchema, contributionRequestSchema, fieldLabel, hoursEntrySchema, isoDate, money, parseRequest } from "@/lib/api/schemas";

describe("money in a request", () => {
  it.each([
    ["1234.50", "1234.5"],
    ["$1,234.50", "1234.5"],
    [" 80000 ", "80000"],
    [1234.5, "1234.5"],
    [0, "0"],
    ["0.00", "0"],
    ["-0", "0"],
    ["1000000000000", "1000000000000"],
  ] as const)("%j is read as %s", (input, expected) => {
    const result = money.safeParse(input);
    expect(result.success).toBe(true);
    expect(result.data!.toString()).toBe(expected);
  });

  it.each([
    ["12abc", "must be an amount in dollars"],
    ["1e3", "must be an amount in dollars"],
    ["", "must be an amount in dollars"],
    [Number.POSITIVE_INFINITY, "must be an amount in dollars"],
    [Number.NaN, "must be an amount in dollars"],
    [true, "must be an amount in dollars"],
    [null, "must be an amount in dollars"],
    ["-0.01", "must not be negative"],
    [-5, "must not be negative"],
    ["1.005", "at most 2 decimals"],
    [0.1 + 0.2, "at most 2 decimals"],
    ["1000000000000.01", "at most $1,000,000,000,000"],
    [1e21, "at most $1,000,000,000,000"],
  ])("%j is refused: %s", (input, message) => {
    const result = money.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain(message);
  });

  it("missing balances are 0", () => {
    const result = balancesSchema.parse({ match: "4000.01" });
    expect([result.deferral.toString(), result.rollover.toString(), result.match.toString()]).toEqual(["0", "0", "4000.01"]);
  });
});

describe("dates in a request", () => {
  it.each([
    ["2004-02-29", true],
    ["2003-02-29", false],
    ["2003-2-28", false],
    ["20030228", false],
    [20030228, false],
  ])("%j valid: %s", (input, valid) => {
    expect(isoDate.safeParse(input).success).toBe(valid);
  });
});

describe("field names in plain words", () => {
  it.each([
    [[], "The request"],
    [["birthDate"], "Birth date"],
    [["hours", 3, "date"], "Hours entry 4: date"],
    [["balances", "match"], "Balances: employer match balance"],
    [["participants", 0, "deferrals"], "Participant 1: deferrals"],
    [["mystery"], "Mystery"],
    [["list", 1], "List 2"],
  ] as const)("%j reads %s", (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });

  it("each issue names its field by path and in words, as one sentence", () => {
    const result = parseRequest(contributionRequestSchema, { planYear: 2002, compensation: "80000", birthDate: "2003-02-29" });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: "birthDate", message: "Birth date is not a real calendar date (for example, 2003-02-29 does not exist)." }],
    });
  });

  it("a valid request is parsed into Decimals", () => {
    const result = parseRequest(contributionRequestSchema, { planYear: 2002, compensation: "80000.10" });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.compensation.toFixed(2)).toBe("80000.10");
  });
});

describe("hours in a request", () => {
  it.each([
    [80, true, "whole hours"],
    [7.5, true, "half an hour"],
    [0.1, true, "a tenth"],
    [999.9999, true, "four decimals"],
    [8784, true, "every hour of a leap year"],
    [999.99996, false, "five decimals: would be credited as 1,000"],
    [999.9999999999999, false, "thirteen decimals"],
    [1e-7, false, "a ten-millionth, written with an exponent"],
    [-0.5, false, "negative"],
    [8784.5, false, "more than a leap year has"],
  ])("%s hours: valid %s (%s)", (hours, valid, _why) => {
    expect(hoursEntrySchema.safeParse({ date: "2002-03-31", hours }).success).toBe(valid);
  });
});
