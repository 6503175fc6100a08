/** Figures in sentences: hours and vesting schedules in words. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatCount, formatHours } from "@/lib/words/format";
import { describeSchedule, ordinal } from "@/lib/words/en/format";

describe("hours in words", () => {
  it.each([
    [1040, "1,040"],
    [999.5, "999.5"],
    [1000, "1,000"],
    [100, "100"],
    [0, "0"],
    [0.25, "0.25"],
    [1234567.125, "1,234,567.125"],
  ])("%s hours read %s", (hours, words) => {
    expect(formatHours(hours)).toBe(words);
  });
});

describe("counts in words", () => {
  it.each([
    [0, 0, "0"],
    [999, 0, "999"],
    [1000, 0, "1,000"],
    [100000, 0, "100,000"],
    [1234567, 0, "1,234,567"],
    [1.25, 1, "1.3"],
    [1234.56, 1, "1,234.6"],
    [0.04, 1, "0.0"],
    [-1500, 0, "-1,500"],
    [-0.04, 1, "0.0"],
  ])("%s with %s decimals reads %s", (value, decimals, words) => {
    expect(formatCount(value, decimals)).toBe(words);
  });

  it("reads as en-US grouping would, for any whole count", () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => formatCount(n) === new Intl.NumberFormat("en-US").format(n)));
  });
});

describe("schedules in words", () => {
  it.each([
    [
      [{ years: 0, percent: 0 }, { years: 3, percent: 50 }, { years: 4, percent: 75 }, { years: 5, percent: 100 }],
      "less than 3 years 0%, 3 years 50%, 4 years 75%, 5 years or more 100%",
    ],
    [[{ years: 0, percent: 0 }, { years: 3, percent: 100 }], "less than 3 years 0%, 3 years or more 100%"],
    [[{ years: 0, percent: 100 }], "0 years or more 100%"],
    // A step at 1 year is singular: "1 year", never "1 years".
    [[{ years: 0, percent: 0 }, { years: 1, percent: 20 }, { years: 2, percent: 100 }], "less than 1 year 0%, 1 year 20%, 2 years or more 100%"],
    [[{ years: 0, percent: 0 }, { years: 1, percent: 100 }], "less than 1 year 0%, 1 year or more 100%"],
  ])("%j reads %s", (schedule, words) => {
    expect(describeSchedule(schedule)).toBe(words);
  });
});

describe("ordinals, the one helper every page uses", () => {
  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [91, "91st"],
    [92, "92nd"],
    [101, "101st"],
    [112, "112th"],
    [111, "111th"],
  ] as const)("ordinal(%i) is %s", (n, text) => {
    expect(ordinal(n)).toBe(text);
  });

});

describe("whole hours are grouped by thousands as en-US writes them", () => {
  it.each([
    [1000, "1,000"],
    [999, "999"],
    [1006, "1,006"],
    [100000, "100,000"],
    [1234567, "1,234,567"],
  ])("%d → %s", (hours, words) => {
    expect(formatHours(hours)).toBe(words);
  });

  it("for random whole numbers of hours up to a trillion", () => {
    fc.assert(fc.property(fc.tuple(fc.nat({ max: 999_999 }), fc.nat({ max: 999_999 })).map(([high, low]) => high * 1_000_000 + low), (hours) => {
      expect(formatHours(hours)).toBe(hours.toLocaleString("en-US"));
    }), { numRuns: 2000 });
  });
});
