/** The one reader of typed input (lib/parse.ts): what each surface accepts and how it says what is wrong. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packDate } from "@/lib/dates";
import { exactYear, plainHourUnitsIn, plainIsoDateIn, RANGES, readDate, readHours, readMoney, readNumber, readYear } from "@/lib/parse";
import { toHourUnits } from "@/lib/hour-units";
import { problemWords } from "@/lib/words/en/problems";
import type { ReadIssue } from "@/lib/read-issues";

/** The value read, or the failure's issue in English words. */
const value = <T>(read: { ok: true; value: T } | { ok: false; issue: ReadIssue }) => (read.ok ? read.value : problemWords(read.issue));

describe("money", () => {
  it.each([
    ["12500.01", "12500.01", "a plain decimal"],
    ["$12,500.01", "12500.01", "a dollar sign and a thousands comma"],
    ["1,234,567", "1234567", "commas between every group of three"],
    [" 0.5 ", "0.5", "spaces around it"],
    ["3.20", "3.2", "two decimals, the last a zero"],
    ["0", "0", "nothing"],
    ["-0", "0", "minus nothing is nothing"],
    ["1000000000000", "1000000000000", "a trillion, the most accepted"],
  ])("%j reads as %s (%s)", (typed, plain) => {
    const read = readMoney(typed);
    expect(read.ok && read.value.toFixed()).toBe(plain);
  });

  it.each([
    [0.1, "0.1", "JSON's 0.1 is exactly a dime"],
    [1234.5, "1234.5", "a JSON number"],
    [1e21, "must be at most $1,000,000,000,000", "a JSON number past a trillion"],
  ])("the JSON number %s reads as %s (%s)", (json, expected) => {
    const read = readMoney(json);
    expect(read.ok ? read.value.toFixed() : problemWords(read.issue)).toBe(expected);
  });

  it.each([
    ["3.200", "must have at most 2 decimals (whole cents); if you mean 3,200 dollars, write 3200 or 3,200", "three decimals as written, though worth $3.20: it may be 3,200 typed the European way"],
    ["0.001", "must have at most 2 decimals (whole cents)", "a tenth of a cent"],
    ["2.500", "must have at most 2 decimals (whole cents); if you mean 2,500 dollars, write 2500 or 2,500", "points for thousands: the suggestion, still refused"],
    ["$1.234.567", 'must be an amount in dollars, such as "1234.50"', "two points are no amount, whatever they mean"],
    ["2.5000", "must have at most 2 decimals (whole cents)", "four decimals are not a thousands group: no suggestion"],
    ["12.3456", "must have at most 2 decimals (whole cents)", "nor are a group of four"],
    ["1,23", "has a comma that does not separate thousands; write cents after a point (1.23) and group thousands by three (1,234.50)", "would read as 123"],
    ["4,000,01", "has a comma that does not separate thousands; write cents after a point (1.23) and group thousands by three (1,234.50)", "a comma for a decimal point"],
    ["12,50.00", "has a comma that does not separate thousands; write cents after a point (1.23) and group thousands by three (1,234.50)", "a group of two"],
    ["-5", "must not be negative", "a hyphen-minus"],
    ["\u22125.00", "must not be negative", "the minus sign a phone's keyboard may give"],
    ["1e3", 'must be an amount in dollars, such as "1234.50"', "an exponent"],
    ["12.5.0", 'must be an amount in dollars, such as "1234.50"', "two points"],
    ["forty", 'must be an amount in dollars, such as "1234.50"', "words"],
    ["1000000000000.01", "must be at most $1,000,000,000,000", "a cent past a trillion"],
  ])("%j is refused: %s (%s)", (typed, problem) => {
    expect(value(readMoney(typed))).toBe(problem);
  });
});

describe("hours", () => {
  it.each([
    ["80", 80],
    ["7.5", 7.5],
    ["0.0001", 0.0001],
    ["999.5", 999.5],
    ["1,040", 1040],
    ["8784", 8784],
    [" 86.5 ", 86.5],
    ["5.", 5],
    [".5", 0.5],
  ])("%j reads as %d hours", (typed, hours) => {
    expect(value(readHours(typed))).toBe(hours);
  });

  it.each([
    ["1,5", "must be a number of hours, such as 80 or 7.5", "never 15 hours"],
    ["0.00005", "must have at most 4 decimals (ten-thousandths of an hour)", "half a ten-thousandth would round"],
    ["999.99996", "must have at most 4 decimals (ten-thousandths of an hour)", "would count as 1,000"],
    ["8784.0001", "must be at most 8784 (every hour of a leap year)", "past every hour of a leap year"],
    ["-1", "must not be negative", "negative"],
    ["lots", "must be a number of hours, such as 80 or 7.5", "words"],
  ])("%j is refused: %s (%s)", (typed, problem) => {
    expect(value(readHours(typed))).toBe(problem);
  });

  it("a JSON number is checked the same way: 1e-5 has 5 decimals, 8784 is the most", () => {
    expect(value(readHours(1e-5))).toBe("must have at most 4 decimals (ten-thousandths of an hour)");
    expect(value(readHours(8784))).toBe(8784);
    expect(value(readHours(Number.NaN))).toBe("must be a number of hours, such as 80 or 7.5");
  });
});

describe("the fast paths read part of a text as readHours and readDate read the whole of it", () => {
  it.each([
    ["80", 800_000],
    ["86.5", 865_000],
    ["0.0001", 1],
    ["0080", 800_000],
    ["8784", 87_840_000],
    ["8784.0001", -1],
    ["5.", -1],
    [".5", -1],
    ["1,040", -1],
    ["1.12345", -1],
  ])("%j: %d ten-thousandths (−1: left to readHours)", (text, units) => {
    expect(plainHourUnitsIn(`x,${text},y`, 2, 2 + text.length)).toBe(units);
  });

  it("for random numbers of hours: the units are toHourUnits(readHours(text)) whenever the fast path takes the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 100_000_000 }).map((n) => String(n / 10_000)), fc.double({ min: 0, max: 9000, noNaN: true }).map(String), fc.stringMatching(/^[0-9.]{1,10}$/)),
        (text) => {
          const units = plainHourUnitsIn(text, 0, text.length);
          const read = readHours(text);
          if (units >= 0) expect(read.ok && toHourUnits(read.value)).toBe(units);
          // And readHours' value is the double that Number(text) gives.
          if (units >= 0 && read.ok) expect(read.value).toBe(Number(text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("for random dates: the packed date is readDate's whenever the fast path takes the text; 1799-12-31, 2201-01-01 and 2003-02-29 are left to readDate", () => {
    expect(["1799-12-31", "2201-01-01", "2003-02-29", "2002-3-15 "].map((text) => plainIsoDateIn(text, 0, text.length))).toEqual([0, 0, 0, 0]);
    expect(plainIsoDateIn("A,1800-01-01,8", 2, 12)).toBe(18000101);
    fc.assert(
      fc.property(fc.date({ min: new Date("1700-01-01T00:00:00Z"), max: new Date("2300-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const text = date.toISOString().slice(0, 10);
        const packed = plainIsoDateIn(text, 0, 10);
        const read = readDate(text);
        expect(packed !== 0).toBe(read.ok);
        if (read.ok) expect(packed).toBe(packDate(read.value));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("dates", () => {
  it.each([
    ["2002-03-15", "iso", "2002-03-15"],
    [" 2002-03-15 ", "iso", "2002-03-15"],
    ["2000-02-29", "iso", "2000-02-29"],
    ["1800-01-01", "iso", "1800-01-01"],
    ["2200-12-31", "iso", "2200-12-31"],
    ["03/15/2002", "typed", "2002-03-15"],
    ["3/15/2002", "typed", "2002-03-15"],
    ["2/29/2000", "typed", "2000-02-29"],
    ["2002-03-15", "typed", "2002-03-15"],
  ] as const)("%j (%s) reads as %s", (typed, form, iso) => {
    expect(value(readDate(typed, form))).toBe(iso);
  });

  it.each([
    ["2003-02-29", "iso", "is not a real calendar date (for example, 2003-02-29 does not exist)"],
    ["1900-02-29", "iso", "is not a real calendar date (for example, 2003-02-29 does not exist)"],
    ["1799-12-31", "iso", "must be a date from 1800-01-01 to 2200-12-31"],
    ["1700-01-01", "typed", "must be a date from 1800-01-01 to 2200-12-31"],
    ["2201-01-01", "iso", "must be a date from 1800-01-01 to 2200-12-31"],
    ["2002-3-15", "iso", "must be a date written YYYY-MM-DD, such as 2002-03-15"],
    ["03/15/2002", "iso", "must be a date written YYYY-MM-DD, such as 2002-03-15 (write 2002-03-15)"],
    ["15.03.2002", "typed", "must be a date written MM/DD/YYYY or YYYY-MM-DD, such as 03/15/2002 or 2002-03-15"],
    ["2/29/2001", "typed", "is not a real calendar date (for example, 2003-02-29 does not exist)"],
    ["31/03/2002", "typed", "is not a real calendar date: a date written with slashes is read month first (MM/DD/YYYY), and there is no month 31"],
    ["00/10/2002", "typed", "is not a real calendar date (for example, 2003-02-29 does not exist)"],
  ] as const)("%j (%s) is refused: %s", (typed, form, problem) => {
    expect(value(readDate(typed, form))).toBe(problem);
  });
});

describe("numbers", () => {
  it.each([
    ["15", RANGES.deferralPercent, 15],
    ["6%", RANGES.deferralPercent, 6],
    ["26.2", RANGES.matchPercentOfDeferral, 26.2],
    ["\u22122", RANGES.salaryGrowthPercent, -2],
    ["100", RANGES.deferralPercent, 100],
    ["60", RANGES.years, 60],
  ] as const)("%j in %j reads as %d", (typed, range, expected) => {
    expect(value(readNumber(typed, range))).toBe(expected);
  });

  it.each([
    ["100.01", RANGES.deferralPercent, "must be at most 100"],
    ["-0.5", RANGES.deferralPercent, "must not be negative"],
    ["-51", RANGES.salaryGrowthPercent, "must be at least -50"],
    ["10.5", RANGES.years, "must be a whole number from 1 to 60, such as 10"],
    ["0", RANGES.years, "must be at least 1"],
    ["ten", RANGES.yearsOfService, "must be a number from 0 to 100, such as 3"],
  ] as const)("%j in %j is refused: %s", (typed, range, problem) => {
    expect(value(readNumber(typed, range))).toBe(problem);
  });
});

describe("years", () => {
  it.each([
    ["2003", 2003],
    [" 2003 ", 2003],
    ["\t2004\n", 2004],
    ["1800", 1800],
    ["2200", 2200],
  ])("%j reads as %d", (typed, year) => {
    expect(value(readYear(typed))).toBe(year);
  });

  it.each([
    ["03", "must be a year written with four digits, such as 2003", false],
    ["2003.5", "must be a year written with four digits, such as 2003", false],
    ["2003.0", "must be a year written with four digits, such as 2003", false],
    ["+2003", "must be a year written with four digits, such as 2003", false],
    ["20 03", "must be a year written with four digits, such as 2003", false],
    ["２００３", "must be a year written with four digits, such as 2003", false], // full-width digits are not ASCII digits
    ["٢٠٠٣", "must be a year written with four digits, such as 2003", false],
    ["", "must be a year written with four digits, such as 2003", false],
    ["12003", "must be a year written with four digits, such as 2003", false],
    ["0003", "must be a year from 1800 to 2200", true],
    ["1799", "must be a year from 1800 to 2200", true],
    ["2201", "must be a year from 1800 to 2200", true],
  ] as const)("%j is refused: %s", (typed, problem, outOfRange) => {
    const read = readYear(typed);
    expect(read).toMatchObject({ ok: false, outOfRange });
    expect(value(read)).toBe(problem);
  });

  it("takes the years asked for", () => {
    expect(value(readYear("2260", { min: 2001, max: 2260 }))).toBe(2260);
    expect(value(readYear("2000", { min: 2001, max: 2260 }))).toBe("must be a year from 2001 to 2260");
  });

  it("a year in a link's key is exactly four digits, no spaces", () => {
    expect([exactYear("2003"), exactYear(" 2003"), exactYear("2003 "), exactYear("203"), exactYear("0003")]).toEqual([2003, null, null, null, null]);
  });
});
