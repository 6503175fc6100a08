/**
 * Calendar dates (plan-rules §1): anniversaries with the February 29 rule, "12 months beginning
 * on D", completed years, age. Every expected date is counted on a calendar by hand.
 */
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  anniversary,
  completedYears,
  completedYearsThroughLastDay,
  dateAttainingAge,
  epochDay,
  daysBetween,
  packDate,
  unpackDate,
  isLeapYear,
  endOfTwelveMonths,
  endOfYear,
  isoOf,
  longDate,
  datesInWords,
  maxDate,
  minDate,
  parseIsoDate,
  startOfYear,
  yearOf,
  type EpochDay,
  type PackedDate,
} from "@/lib/dates";

describe("reading dates", () => {
  it.each([
    ["2002-03-15", { year: 2002, month: 3, day: 15 }],
    ["2000-02-29", { year: 2000, month: 2, day: 29 }],
    ["2004-02-29", { year: 2004, month: 2, day: 29 }],
    ["2002-12-31", { year: 2002, month: 12, day: 31 }],
    ["0099-01-01", { year: 99, month: 1, day: 1 }],
  ])("%s is a calendar date", (text, parts) => {
    expect(parseIsoDate(text)).toEqual(parts);
  });

  it.each([
    ["2003-02-29", "February 29 of a common year"],
    ["1900-02-29", "February 29 of 1900, a century that is not a leap year"],
    ["2002-04-31", "April 31"],
    ["2002-13-01", "month 13"],
    ["2002-00-10", "month 0"],
    ["2002-01-00", "day 0"],
    ["0000-01-01", "year 0"],
    ["2002-3-15", "a one-digit month"],
    ["15/03/2002", "a day-first date"],
    ["2002-03-15T00:00:00Z", "a date with a time"],
    ["", "an empty text"],
  ])("%s is refused: %s", (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
});

describe("anniversaries (plan-rules §1)", () => {
  it.each([
    ["2002-03-15", 1, "march1", "2003-03-15", "an ordinary date falls on the same month and day"],
    ["2002-03-15", 21, "march1", "2023-03-15", "twenty-one years on"],
    ["2000-02-29", 1, "march1", "2001-03-01", "February 29 in a common year falls on March 1"],
    ["2000-02-29", 1, "feb28", "2001-02-28", "the feb28 option gives February 28"],
    ["2000-02-29", 4, "march1", "2004-02-29", "February 29 in a leap year stays February 29"],
    ["2000-02-29", 4, "feb28", "2004-02-29", "the feb28 option changes nothing in a leap year"],
    ["2000-02-29", 100, "march1", "2100-03-01", "2100 is not a leap year"],
    ["1996-02-29", 104, "march1", "2100-03-01", "nor by any other route"],
    ["2000-02-28", 1, "march1", "2001-02-28", "February 28 is never moved"],
    ["2000-03-01", 1, "feb28", "2001-03-01", "March 1 is never moved"],
    ["2002-03-15", 0, "march1", "2002-03-15", "the 0th anniversary is the date itself"],
  ] as const)("from %s, anniversary %i (%s) is %s: %s", (from, n, feb29, expected, _why) => {
    expect(anniversary(from, n, feb29)).toBe(expected);
  });

  it("defaults to March 1", () => {
    expect(anniversary("2004-02-29", 1)).toBe("2005-03-01");
  });

  it("refuses an impossible date", () => {
    expect(() => anniversary("2003-02-29", 1)).toThrow(RangeError);
  });
});

describe("12 months beginning on a date (plan-rules §1)", () => {
  it.each([
    ["2002-03-15", "march1", "2003-03-14", "ends the day before the first anniversary"],
    ["2002-01-01", "march1", "2002-12-31", "a January 1 start is the calendar year"],
    ["2002-07-01", "march1", "2003-06-30", "a July 1 start ends June 30"],
    // 2000-02-29's anniversary in 2001 is 2001-03-01; the day before is 2001-02-28.
    ["2000-02-29", "march1", "2001-02-28", "a February 29 start ends February 28"],
    // With feb28 the anniversary is 2001-02-28; the day before is 2001-02-27.
    ["2000-02-29", "feb28", "2001-02-27", "under the feb28 option it ends February 27"],
    ["2003-03-01", "march1", "2004-02-29", "a March 1 start runs through a leap day"],
  ] as const)("from %s (%s) it ends %s: %s", (start, feb29, end, _why) => {
    expect(endOfTwelveMonths(start, feb29)).toBe(end);
  });
});

describe("completed years and age", () => {
  it.each([
    ["1981-06-15", "2002-06-14", 20, "the day before the 21st birthday: 20"],
    ["1981-06-15", "2002-06-15", 21, "the day of the 21st birthday: 21"],
    ["1984-02-29", "2005-02-28", 20, "born on February 29: still 20 on February 28 of a common year"],
    ["1984-02-29", "2005-03-01", 21, "born on February 29: 21 on March 1 of a common year"],
    ["1984-02-29", "2004-02-29", 20, "born on February 29: 20 on February 29, 2004"],
    ["2000-02-29", "2001-03-01", 1, "one year old on 2001-03-01"],
    ["2002-03-15", "2002-03-15", 0, "no years on the first day"],
    ["2002-03-15", "2001-01-01", 0, "a date before the start counts 0"],
    ["1999-12-31", "2002-12-30", 2, "the day before the 3rd anniversary: 2"],
    ["1999-12-31", "2002-12-31", 3, "the day of the 3rd anniversary: 3"],
  ])("from %s to %s: %i (%s)", (from, to, years) => {
    expect(completedYears(from, to)).toBe(years);
  });

  it.each([
    ["1984-02-29", "2005-02-28", "march1", 20],
    ["1984-02-29", "2005-02-28", "feb28", 21],
  ] as const)("born %s, on %s under %s: age %i", (birth, on, feb29, age) => {
    expect(completedYears(birth, on, feb29)).toBe(age);
  });

  it.each([
    ["1981-06-15", "march1", "2002-06-15", "born 1981-06-15: attains 21 on 2002-06-15"],
    ["1984-02-29", "march1", "2005-03-01", "born 1984-02-29: attains 21 on 2005-03-01"],
    ["1984-02-29", "feb28", "2005-02-28", "born 1984-02-29, feb28 option: attains 21 on 2005-02-28"],
    ["1980-02-29", "march1", "2001-03-01", "born 1980-02-29: attains 21 on 2001-03-01"],
  ] as const)("%s", (birth, feb29, expected, _why) => {
    expect(dateAttainingAge(birth, 21, feb29)).toBe(expected);
  });
});

describe("service through a last day of employment, worked in full (plan-rules §1)", () => {
  it.each([
    ["2001-05-14", "2004-05-13", "march1", 3, "last day 2004-05-13: the day after is the 3rd anniversary, 2004-05-14 → 3 years"],
    ["2001-05-14", "2004-05-12", "march1", 2, "last day 2004-05-12: the day after, 2004-05-13, is before the 3rd anniversary → 2 years"],
    ["2001-05-14", "2004-05-14", "march1", 3, "last day on the 3rd anniversary itself: still 3 (the 4th is 2005-05-14)"],
    ["2000-02-29", "2003-02-28", "march1", 3, "Feb 29 start, last day 2003-02-28: the day after, 2003-03-01, is the 3rd anniversary → 3 years"],
    ["2000-02-29", "2003-02-27", "march1", 2, "Feb 29 start, last day 2003-02-27: the day after, 2003-02-28, is before 2003-03-01 → 2 years"],
    ["2000-02-29", "2003-02-27", "feb28", 3, "feb28 option: the 3rd anniversary is 2003-02-28, the day after the last day 2003-02-27 → 3 years"],
    ["2000-02-29", "2004-02-28", "march1", 4, "last day 2004-02-28: the day after is 2004-02-29, the 4th anniversary in a leap year → 4 years"],
    ["2002-03-15", "2002-03-15", "march1", 0, "a one-day employment: no completed year"],
    ["2002-12-31", "2003-12-30", "march1", 1, "last day 2003-12-30: the day after is the 1st anniversary, over no year end"],
  ] as const)("start %s, last day %s (%s): %i (%s)", (start, lastDay, feb29, years, _why) => {
    expect(completedYearsThroughLastDay(start, lastDay, feb29)).toBe(years);
  });

  it("is not the completed years at the last day itself: 2004-05-13 as an as-of date gives 2", () => {
    expect(completedYears("2001-05-14", "2004-05-13")).toBe(2);
    expect(completedYearsThroughLastDay("2001-05-14", "2004-05-13")).toBe(3);
  });
});

describe("day arithmetic", () => {
  it.each([
    ["2002-01-01", 91, "2002-04-02", "Jan 31 + Feb 28 + Mar 31 = 90 days to April 1, so day 91 is April 2"],
    ["2004-01-01", 91, "2004-04-01", "in a leap year February has 29, so day 91 is April 1"],
    ["2002-12-31", 1, "2003-01-01", "over a year end"],
    ["2003-03-01", -1, "2003-02-28", "backwards over the end of February"],
    ["2004-03-01", -1, "2004-02-29", "backwards onto a leap day"],
  ])("%s + %i days = %s (%s)", (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
    expect(daysBetween(from, expected)).toBe(days);
  });

  it.each([
    ["2002-01-31", 1, "2002-02-28"],
    ["2004-01-31", 1, "2004-02-29"],
    ["2002-09-15", 6, "2003-03-15"],
  ])("%s + %i months = %s", (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it.each([
    ["2004-02-28", 1, "2004-02-29", "onto a leap day"],
    ["2003-02-28", 1, "2003-03-01", "past the end of a common February"],
    ["2004-02-29", 1, "2004-03-01", "off a leap day"],
    ["2003-04-30", 1, "2003-05-01", "past a 30-day month"],
    ["2003-05-01", -1, "2003-04-30", "back into a 30-day month"],
    ["2003-01-28", 3, "2003-01-31", "to the last day of a 31-day month"],
    ["2003-01-01", 0, "2003-01-01", "no days"],
  ])("%s + %i days = %s (%s: the within-the-month shortcut and its edges)", (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it.each([["2003-02-29"], ["2003-13-01"], ["2003-1-01"], ["not a date"]])("refuses to add days to %s, which is not a calendar date", (iso) => {
    expect(() => addDays(iso, 1)).toThrow(RangeError);
    expect(() => anniversary(iso, 1)).toThrow(RangeError);
  });

  it("handles years before 100 without the two-digit-year trap", () => {
    expect(addDays("0050-12-31", 1)).toBe("0051-01-01");
  });

  it("reads years and bounds", () => {
    expect(yearOf("2002-07-01")).toBe(2002);
    expect(startOfYear(2003)).toBe("2003-01-01");
    expect(endOfYear(2003)).toBe("2003-12-31");
    expect(isoOf(2, 3, 4)).toBe("0002-03-04");
    expect(minDate("2002-01-02", "2002-01-01")).toBe("2002-01-01");
    expect(maxDate("2002-01-02", "2002-01-01")).toBe("2002-01-02");
  });

  it.each([
    ["2004-03-15", "March 15, 2004"],
    ["2000-02-29", "February 29, 2000"],
    ["not a date", "not a date"],
  ])("%s reads as %s", (iso, words) => {
    expect(longDate(iso)).toBe(words);
  });
});

describe("datesInWords: ISO dates in a sentence written in words for the screen", () => {
  it.each([
    ["plan year 2003 ends 2003-12-31.", "plan year 2003 ends December 31, 2003."],
    ["from 2016-07-01 to 2023-01-08", "from July 1, 2016 to January 8, 2023"],
    // Not a real date (quoted from bad input): left as typed. A year alone is not a date.
    ['(found "2003-02-29")', '(found "2003-02-29")'],
    ["2,000 hours in 2020", "2,000 hours in 2020"],
  ])("%s → %s", (text, words) => {
    expect(datesInWords(text)).toBe(words);
  });
});

describe("epoch days (days since 1970-01-01)", () => {
  it.each([
    ["1970-01-01", 0, "the epoch"],
    ["1969-12-31", -1, "the day before"],
    // 946,684,800 seconds ÷ 86,400 = 10,957 days to 2000-01-01; + 31 (January) + 29 (February) = 11,017.
    ["2000-01-01", 10957, "2000-01-01"],
    ["2000-03-01", 11017, "after the leap day of 2000"],
    // 1970..1999: 30 years × 365 + 7 leap days (72, 76, 80, 84, 88, 92, 96) = 10,957. One year back: 365 + 0 → 1969-01-01 = −365.
    ["1969-01-01", -365, "a year before the epoch"],
  ])("%s is day %i (%s)", (iso, days, _why) => {
    expect(epochDay(iso)).toBe(days);
    // Back from the day: the days added to the epoch (civil_from_days, through addDays).
    expect(addDays("1970-01-01", days)).toBe(iso);
  });

  it("refuses an impossible date", () => {
    expect(() => epochDay("2003-02-29")).toThrow(RangeError);
  });

  it.each([
    ["2004-03-15", 20040315],
    ["2000-02-29", 20000229],
    ["1800-01-01", 18000101],
    ["2200-12-31", 22001231],
  ])("%s packs as the integer %i and back", (iso, packed) => {
    expect(packDate(iso)).toBe(packed);
    expect(unpackDate(packed as PackedDate)).toBe(iso);
  });

  it("a packed date and an epoch day are distinct types: neither is taken for the other, nor a plain number for either (tsc checks the lines marked)", () => {
    const packed = packDate("2004-03-15");
    const days = epochDay("2004-03-15");
    // @ts-expect-error an epoch day is not a packed date
    const _packed: PackedDate = days;
    // @ts-expect-error a packed date is not an epoch day
    const _days: EpochDay = packed;
    // @ts-expect-error a plain number is not a packed date
    expect(unpackDate(20040315)).toBe("2004-03-15");
    expect(packed).toBe(20040315);
    // 2000-01-01 is day 10,957; 2000 to 2003 are 3 × 365 + 366 = 1,461 days → 2004-01-01 is 12,418; + 31 (January) + 29 (February) + 14 = 12,492.
    expect(days).toBe(12492);
  });

  it("packed dates sort as the dates do: 2003-12-31 < 2004-01-01 < 2004-02-29 < 2004-03-01", () => {
    const packed = ["2004-03-01", "2004-01-01", "2004-02-29", "2003-12-31"].map(packDate).sort((a, b) => a - b);
    expect(packed.map(unpackDate)).toEqual(["2003-12-31", "2004-01-01", "2004-02-29", "2004-03-01"]);
  });

  it.each([
    [2000, true, "divisible by 400"],
    [1900, false, "a century not divisible by 400"],
    [2004, true, "divisible by 4"],
    [2003, false, "not divisible by 4"],
  ])("%i is a leap year: %s (%s)", (year, leap, _why) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});
