/** Integer dates (lib/pages/hr-eligibility/day-number) follow lib/dates' calendar and anniversary rule exactly. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, anniversary, isIsoDate, isoOf } from "@/lib/dates";
import {
  addDaysToDayNumber,
  anniversaryOfDayNumber,
  dayNumberOf,
  daysFromTo,
  isoOfDayNumber,
} from "@/lib/pages/hr-eligibility/day-number";

describe("dayNumberOf reads only real YYYY-MM-DD dates", () => {
  it.each([
    ["2002-03-15", 20020315],
    ["2000-02-29", 20000229],
    ["0001-01-01", 10101],
  ])("%s → %d", (text, value) => expect(dayNumberOf(text)).toBe(value));

  it.each([
    ["2003-02-29", "February 29 in a common year"],
    ["1900-02-29", "1900 is not a leap year (divisible by 100, not by 400)"],
    ["2002-04-31", "April has 30 days"],
    ["2002-13-01", "there is no 13th month"],
    ["0000-01-01", "year 0, which lib/dates refuses too"],
    ["03/15/2002", "month/day/year"],
    ["2002-3-15", "a one-digit month"],
    [" 2002-03-15", "a leading space"],
    ["2002/03/15", "slashes"],
    ["", "nothing"],
  ])("refuses %s (%s)", (text) => expect(dayNumberOf(text)).toBe(-1));
});

describe("day arithmetic, by hand", () => {
  it.each([
    [20020101, 91, 20020402, "Inteliant: 2002-01-01 + 91 days = 2002-04-02 (Jan 30 left + Feb 28 + Mar 31 = 89, then Apr 2)"],
    [20030501, 91, 20030731, "2003-05-01 + 91 = 2003-07-31 (30 left in May + 30 in June + 31 in July)"],
    [20040228, 1, 20040229, "a leap day"],
    [20031231, 1, 20040101, "a new year"],
    [20030315, -1, 20030314, "the day before"],
  ])("%d + %d days = %d (%s)", (from, days, to) => expect(addDaysToDayNumber(from, days)).toBe(to));

  it("counts days between dates: 2003-06-30 → 2003-07-31 is 31 days", () => {
    expect(daysFromTo(20030630, 20030731)).toBe(31);
  });

  it.each([
    [20000229, 1, "march1", 20010301],
    [20000229, 1, "feb28", 20010228],
    [19800229, 21, "march1", 20010301],
    [19800229, 24, "march1", 20040229],
    [20020315, 1, "march1", 20030315],
  ] as const)("the %d-anniversary + %d (%s) is %d", (from, years, rule, to) => expect(anniversaryOfDayNumber(from, years, rule)).toBe(to));
});

const dates = fc
  .record({ year: fc.integer({ min: 1890, max: 2110 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => isoOf(year, month, day))
  .filter(isIsoDate);

describe("agrees with lib/dates", () => {
  it("addDays", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -4000, max: 4000 }), (iso, days) => {
        expect(isoOfDayNumber(addDaysToDayNumber(dayNumberOf(iso), days))).toBe(addDays(iso, days));
      }),
    );
  });

  it("anniversary, both February 29 rules", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 100 }), fc.constantFrom("march1" as const, "feb28" as const), (iso, years, rule) => {
        expect(isoOfDayNumber(anniversaryOfDayNumber(dayNumberOf(iso), years, rule))).toBe(anniversary(iso, years, rule));
      }),
    );
  });

  it("reading and writing round-trips", () => {
    fc.assert(
      fc.property(dates, (iso) => {
        expect(isoOfDayNumber(dayNumberOf(iso))).toBe(iso);
      }),
    );
  });
});
