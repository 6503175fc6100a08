/**
 * The English problems of lib/parse.ts' readers, byte for byte as they were before the readers
 * reported issues as facts (lib/read-issues.ts) and the words moved to lib/words/en/problems.ts:
 * the pages compare against these texts, so this test fails if one changes by a byte. The
 * expected texts were captured from the readers before the change; do not regenerate them.
 */
import { describe, expect, it } from "vitest";
import { readDate, readHours, readMoney, readMoneyCents, readNumber, readYear } from "@/lib/parse";
import { DATE_PROBLEMS, HOURS_PROBLEMS, MONEY_PROBLEMS, numberProblems, problemWords, YEAR_PROBLEMS } from "@/lib/words/en/problems";

/** A read's failure in English words, from its issue (readers write no words since issue 17). */
const problem = (read: { ok: true } | { ok: false; issue: Parameters<typeof problemWords>[0] }) => (read.ok ? null : problemWords(read.issue));

const MONEY: [string | number, string][] = [
  ["abc", "must be an amount in dollars, such as \"1234.50\""],
  ["", "must be an amount in dollars, such as \"1234.50\""],
  [".5", "must be an amount in dollars, such as \"1234.50\""],
  ["1,5", "has a comma that does not separate thousands; write cents after a point (1.23) and group thousands by three (1,234.50)"],
  ["12,5", "has a comma that does not separate thousands; write cents after a point (1.23) and group thousands by three (1,234.50)"],
  ["1,2345", "has a comma that does not separate thousands; write cents after a point (1.23) and group thousands by three (1,234.50)"],
  ["-1", "must not be negative"],
  ["\u22125", "must not be negative"],
  ["3.200", "must have at most 2 decimals (whole cents); if you mean 3,200 dollars, write 3200 or 3,200"],
  ["12.345", "must have at most 2 decimals (whole cents); if you mean 12,345 dollars, write 12345 or 12,345"],
  ["2.500", "must have at most 2 decimals (whole cents); if you mean 2,500 dollars, write 2500 or 2,500"],
  ["1.234.567", "must be an amount in dollars, such as \"1234.50\""],
  ["0.001", "must have at most 2 decimals (whole cents)"],
  ["1000000000000.01", "must be at most $1,000,000,000,000"],
  ["$1,000,000,000,001", "must be at most $1,000,000,000,000"],
  [1.234, "must have at most 2 decimals (whole cents)"],
  [-3, "must not be negative"],
  [Infinity, "must be an amount in dollars, such as \"1234.50\""],
  [NaN, "must be an amount in dollars, such as \"1234.50\""],
  [1e13, "must be at most $1,000,000,000,000"],
];

const HOURS: [string | number, string][] = [
  ["abc", "must be a number of hours, such as 80 or 7.5"],
  ["", "must be a number of hours, such as 80 or 7.5"],
  ["-5", "must not be negative"],
  ["-x", "must be a number of hours, such as 80 or 7.5"],
  ["1,5", "must be a number of hours, such as 80 or 7.5"],
  ["8785", "must be at most 8784 (every hour of a leap year)"],
  ["8784.00001", "must be at most 8784 (every hour of a leap year)"],
  ["1.23456", "must have at most 4 decimals (ten-thousandths of an hour)"],
  [-1, "must not be negative"],
  [9000, "must be at most 8784 (every hour of a leap year)"],
  [1.00001, "must have at most 4 decimals (ten-thousandths of an hour)"],
  [NaN, "must be a number of hours, such as 80 or 7.5"],
  ["+-1", "must be a number of hours, such as 80 or 7.5"],
  ["1,0400", "must be a number of hours, such as 80 or 7.5"],
];

const DATES: [string, "iso" | "typed", string][] = [
  ["abc", "iso", "must be a date written YYYY-MM-DD, such as 2002-03-15"],
  ["03/15/2002", "iso", "must be a date written YYYY-MM-DD, such as 2002-03-15 (write 2002-03-15)"],
  ["3/5/2002", "iso", "must be a date written YYYY-MM-DD, such as 2002-03-15 (write 2002-03-05)"],
  ["2003-02-29", "iso", "is not a real calendar date (for example, 2003-02-29 does not exist)"],
  ["1799-12-31", "iso", "must be a date from 1800-01-01 to 2200-12-31"],
  ["2201-01-01", "iso", "must be a date from 1800-01-01 to 2200-12-31"],
  ["abc", "typed", "must be a date written MM/DD/YYYY or YYYY-MM-DD, such as 03/15/2002 or 2002-03-15"],
  ["13/05/2003", "typed", "is not a real calendar date: a date written with slashes is read month first (MM/DD/YYYY), and there is no month 13"],
  ["00/05/2003", "typed", "is not a real calendar date (for example, 2003-02-29 does not exist)"],
  ["02/30/2003", "typed", "is not a real calendar date (for example, 2003-02-29 does not exist)"],
  ["02/29/2003", "typed", "is not a real calendar date (for example, 2003-02-29 does not exist)"],
  ["01/01/1799", "typed", "must be a date from 1800-01-01 to 2200-12-31"],
  ["2003-13-01", "typed", "is not a real calendar date (for example, 2003-02-29 does not exist)"],
  ["", "iso", "must be a date written YYYY-MM-DD, such as 2002-03-15"],
];

const YEARS: [string, { min: number; max: number } | undefined, string][] = [
  ["03", undefined, "must be a year written with four digits, such as 2003"],
  ["abc", undefined, "must be a year written with four digits, such as 2003"],
  ["0003", undefined, "must be a year from 1800 to 2200"],
  ["2201", undefined, "must be a year from 1800 to 2200"],
  ["2030", { min: 2002, max: 2026 }, "must be a year from 2002 to 2026"],
  ["1999", { min: 2002, max: 2100 }, "must be a year from 2002 to 2100"],
];

const NUMBERS: [string | number, { min: number; max: number; whole?: boolean; example: string }, string][] = [
  ["ten", { min: 0, max: 100, example: "3" }, "must be a number from 0 to 100, such as 3"],
  ["101", { min: 0, max: 100, example: "6 or 10" }, "must be at most 100"],
  ["-1", { min: 0, max: 100, example: "6 or 10" }, "must not be negative"],
  ["-51", { min: -50, max: 50, example: "3" }, "must be at least -50"],
  ["10.5", { min: 1, max: 60, whole: true, example: "10" }, "must be a whole number from 1 to 60, such as 10"],
  ["0", { min: 1, max: 60, whole: true, example: "10" }, "must be at least 1"],
  [Infinity, { min: 0, max: 1000, example: "26.2 or 50" }, "must be a number from 0 to 1000, such as 26.2 or 50"],
  ["2300", { min: 2002, max: 2200, whole: true, example: "2002 or 2026" }, "must be at most 2200"],
  ["x", { min: 2002, max: 2200, whole: true, example: "2002 or 2026" }, "must be a whole number from 2002 to 2200, such as 2002 or 2026"],
];

describe("the English problems are byte-identical to before", () => {
  it.each(MONEY)("money %j: %s", (typed, expected) => {
    expect(problem(readMoney(typed))).toBe(expected);
    expect(problem(readMoneyCents(typed))).toBe(expected);
  });

  it.each(HOURS)("hours %j: %s", (typed, expected) => {
    expect(problem(readHours(typed))).toBe(expected);
  });

  it.each(DATES)("date %j (%s): %s", (typed, form, expected) => {
    expect(problem(readDate(typed, form))).toBe(expected);
  });

  it.each(YEARS)("year %j in %j: %s", (typed, years, expected) => {
    expect(problem(readYear(typed, years))).toBe(expected);
  });

  it.each(NUMBERS)("number %j in %j: %s", (typed, range, expected) => {
    expect(problem(readNumber(typed, range))).toBe(expected);
  });
});

describe("the English constants the pages compare against are byte-identical to before", () => {
  it("MONEY_PROBLEMS, HOURS_PROBLEMS, DATE_PROBLEMS, YEAR_PROBLEMS, numberProblems", () => {
    expect(MONEY_PROBLEMS).toEqual({
      notAnAmount: 'must be an amount in dollars, such as "1234.50"',
      misplacedComma: "has a comma that does not separate thousands; write cents after a point (1.23) and group thousands by three (1,234.50)",
      negative: "must not be negative",
      cents: "must have at most 2 decimals (whole cents)",
      tooLarge: "must be at most $1,000,000,000,000",
    });
    expect(HOURS_PROBLEMS).toEqual({
      notHours: "must be a number of hours, such as 80 or 7.5",
      negative: "must not be negative",
      tooMany: "must be at most 8784 (every hour of a leap year)",
      decimals: "must have at most 4 decimals (ten-thousandths of an hour)",
    });
    expect(DATE_PROBLEMS).toEqual({
      notIso: "must be a date written YYYY-MM-DD, such as 2002-03-15",
      notTyped: "must be a date written MM/DD/YYYY or YYYY-MM-DD, such as 03/15/2002 or 2002-03-15",
      notReal: "is not a real calendar date (for example, 2003-02-29 does not exist)",
      monthFirst: "is not a real calendar date: a date written with slashes is read month first (MM/DD/YYYY), and there is no month",
      range: "must be a date from 1800-01-01 to 2200-12-31",
    });
    expect(YEAR_PROBLEMS.notAYear).toBe("must be a year written with four digits, such as 2003");
    expect(YEAR_PROBLEMS.range({ min: 2002, max: 2026 })).toBe("must be a year from 2002 to 2026");
    expect(numberProblems({ min: 0, max: 100, example: "6 or 10" })).toEqual({ notANumber: "must be a number from 0 to 100, such as 6 or 10", tooSmall: "must not be negative", tooLarge: "must be at most 100" });
    expect(numberProblems({ min: 1, max: 60, whole: true, example: "10" })).toEqual({ notANumber: "must be a whole number from 1 to 60, such as 10", tooSmall: "must be at least 1", tooLarge: "must be at most 60" });
  });
});
