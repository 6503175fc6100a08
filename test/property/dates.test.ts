/**
 * Date properties (plan-rules §1): anniversary(d, n) is a valid date with the right year, and is
 * d's month and day unless d is February 29 in a common year; "12 months" ends the day before the
 * first anniversary; completed years count exactly the anniversaries passed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, anniversary, completedYears, daysBetween, endOfTwelveMonths, parseIsoDate, yearOf } from "@/lib/dates";
import { isoDateArb } from "./arbitraries";

const feb29Arb = fc.constantFrom("march1" as const, "feb28" as const);

describe("date properties", () => {
  it("anniversary(d, n) is a valid date in year(d) + n, on d's month and day unless d is February 29", () => {
    fc.assert(
      fc.property(isoDateArb(1900, 2100), fc.integer({ min: 0, max: 150 }), feb29Arb, (date, n, feb29) => {
        const result = anniversary(date, n, feb29);
        expect(parseIsoDate(result)).not.toBeNull();
        expect(yearOf(result)).toBe(yearOf(date) + n);
        if (date.slice(5) !== "02-29") expect(result.slice(5)).toBe(date.slice(5));
        else expect(["02-29", feb29 === "march1" ? "03-01" : "02-28"]).toContain(result.slice(5));
      }),
    );
  });

  it("a February 29 anniversary stays February 29 exactly when the year is a leap year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }).map((k) => 1904 + 4 * k).filter((y) => y % 100 !== 0 || y % 400 === 0), fc.integer({ min: 1, max: 100 }), (leapYear, n) => {
        const year = leapYear + n;
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        expect(anniversary(`${leapYear}-02-29`, n)).toBe(leap ? `${year}-02-29` : `${year}-03-01`);
      }),
    );
  });

  it("12 months beginning on d end the day before its first anniversary, 364 or 365 days on", () => {
    fc.assert(
      fc.property(isoDateArb(1900, 2100), (date) => {
        const end = endOfTwelveMonths(date);
        expect(addDays(end, 1)).toBe(anniversary(date, 1));
        expect([364, 365]).toContain(daysBetween(date, end));
      }),
    );
  });

  it("completed years: the n-th anniversary is on or before the date and the (n+1)-th after it", () => {
    fc.assert(
      fc.property(isoDateArb(1900, 2050), fc.integer({ min: 0, max: 40000 }), feb29Arb, (from, days, feb29) => {
        const to = addDays(from, days);
        const n = completedYears(from, to, feb29);
        expect(anniversary(from, n, feb29) <= to).toBe(true);
        expect(anniversary(from, n + 1, feb29) > to).toBe(true);
      }),
    );
  });

  // Small steps (−40 to 40 days) exercise the within-the-month shortcut and its month, year and
  // February edges; large ones the epoch-day route.
  it.each([
    ["small steps", -40, 40],
    ["large steps", -40000, 40000],
  ])("adding days agrees with an independent calendar (UTC milliseconds): %s", (_name, min, max) => {
    fc.assert(
      fc.property(isoDateArb(1900, 2100), fc.integer({ min, max }), (date, days) => {
        const [y, m, d] = date.split("-").map(Number) as [number, number, number];
        const utc = new Date(Date.UTC(y, m - 1, d) + days * 86_400_000);
        const expected = `${String(utc.getUTCFullYear()).padStart(4, "0")}-${String(utc.getUTCMonth() + 1).padStart(2, "0")}-${String(utc.getUTCDate()).padStart(2, "0")}`;
        expect(addDays(date, days)).toBe(expected);
      }),
    );
  });

  it("adding days and counting them agree", () => {
    fc.assert(
      fc.property(isoDateArb(1900, 2100), fc.integer({ min: -40000, max: 40000 }), (date, days) => {
        const later = addDays(date, days);
        expect(parseIsoDate(later)).not.toBeNull();
        expect(daysBetween(date, later)).toBe(days);
      }),
    );
  });
});
