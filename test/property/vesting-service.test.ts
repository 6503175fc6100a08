/**
 * Properties of years of vesting service counted from hours (plan-rules §4.1), checked against
 * plain per-calendar-year sums (not the rule's own ledger or periods):
 * - years never fall when hours are added (rule of parity on or off);
 * - they never exceed the plan years credited with 1,000 hours or more;
 * - for a steady 40-hour week they stay within one year of elapsed-time years;
 * - the forfeiture date always falls after the last plan year with more than 500 hours.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, completedYears, yearOf } from "@/lib/dates";
import { Dec } from "@/lib/money";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import type { HoursEntry } from "@/lib/rules/hours";
import { evaluateVesting } from "@/lib/rules/vesting";
import { isoDateArb } from "./arbitraries";

const PARITY = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, ruleOfParity: true } });
const CLIFF6_PARITY = definePlan({
  ...SOS_PLAN,
  vesting: { ...SOS_PLAN.vesting, schedule: [{ years: 0, percent: 0 }, { years: 6, percent: 100 }] },
  options: { ...SOS_PLAN.options, ruleOfParity: true },
});
const planArb = fc.constantFrom(SOS_PLAN, PARITY, CLIFF6_PARITY);
const balances = { deferral: new Dec(0), rollover: new Dec(0), match: new Dec(100) };

/** Hours with at most 4 decimals, as ten-thousandths, so sums below are exact integers. */
const hoursArb = fc.oneof(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 12_000_000 }).map((units) => units / 10_000));
/** Entries from the start, up to 25 years on; some periods thick with hours, some empty. */
const entriesArb = (maxEntries: number) => fc.array(fc.record({ offset: fc.integer({ min: 0, max: 9000 }), hours: hoursArb }), { maxLength: maxEntries });
const toEntries = (start: string, rows: { offset: number; hours: number }[]): HoursEntry[] => rows.map((row) => ({ date: addDays(start, row.offset), hours: row.hours }));

/** Ten-thousandths of an hour per calendar year, from the entries dated on or before `through`. */
function unitsByYear(entries: HoursEntry[], through = "9999-12-31"): Map<number, number> {
  const byYear = new Map<number, number>();
  for (const entry of entries) {
    if (entry.date > through) continue;
    const year = yearOf(entry.date);
    byYear.set(year, (byYear.get(year) ?? 0) + Math.round(entry.hours * 10_000));
  }
  return byYear;
}

describe("years of vesting service from hours: properties", () => {
  it("never fall when hours are added", () => {
    fc.assert(
      fc.property(planArb, isoDateArb(1990, 2030), fc.integer({ min: 0, max: 9000 }), entriesArb(40), entriesArb(20), (plan, start, asOfOffset, before, added) => {
        const asOf = addDays(start, asOfOffset);
        const fewer = toEntries(start, before);
        const more = [...fewer, ...toEntries(start, added)];
        const a = evaluateVesting({ employmentStartDate: start, asOf, hours: fewer, balances }, plan);
        const b = evaluateVesting({ employmentStartDate: start, asOf, hours: more, balances }, plan);
        expect(b.yearsOfService).toBeGreaterThanOrEqual(a.yearsOfService);
        expect(b.vestedPercent).toBeGreaterThanOrEqual(a.vestedPercent);
      }),
      { numRuns: 400 },
    );
  });

  it("never exceed the plan years credited with 1,000 hours or more on or before asOf", () => {
    fc.assert(
      fc.property(planArb, isoDateArb(1990, 2030), fc.integer({ min: 0, max: 9000 }), entriesArb(60), (plan, start, asOfOffset, rows) => {
        const asOf = addDays(start, asOfOffset);
        const entries = toEntries(start, rows);
        const result = evaluateVesting({ employmentStartDate: start, asOf, hours: entries, balances }, plan);
        const full = [...unitsByYear(entries, asOf).values()].filter((units) => units >= 1000 * 10_000).length;
        expect(result.yearsOfService).toBeLessThanOrEqual(full);
        // With the rule of parity off nothing is disregarded: exactly those years.
        if (!plan.options.ruleOfParity) expect(result.yearsOfService).toBe(full);
      }),
      { numRuns: 400 },
    );
  });

  /** 40 hours on the last day of each week worked, from the start through `asOf`. */
  function steadyWeeks(start: string, asOf: string): HoursEntry[] {
    const hours: HoursEntry[] = [];
    for (let day = 6; addDays(start, day) <= asOf; day += 7) hours.push({ date: addDays(start, day), hours: 40 });
    return hours;
  }

  it("for a steady 40-hour week, stay within one year of the elapsed-time years: anniversary-year periods, any as-of date", () => {
    const plan = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, vestingPeriods: "anniversaryYear" } });
    fc.assert(
      fc.property(isoDateArb(1990, 2030), fc.integer({ min: 0, max: 40 * 366 }), fc.constantFrom("march1", "feb28") as fc.Arbitrary<"march1" | "feb28">, (start, asOfOffset, feb29) => {
        const asOf = addDays(start, asOfOffset);
        const withFeb29 = definePlan({ ...plan, options: { ...plan.options, feb29Anniversary: feb29 } });
        const byHours = evaluateVesting({ employmentStartDate: start, asOf, hours: steadyWeeks(start, asOf), balances }, withFeb29).yearsOfService;
        const elapsed = completedYears(start, asOf, feb29);
        expect(Math.abs(byHours - elapsed)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("for a steady 40-hour week, stay within one year of the elapsed-time years: plan years, at the end of any plan year", () => {
    fc.assert(
      fc.property(isoDateArb(1990, 2030), fc.integer({ min: 0, max: 40 }), (start, years) => {
        const asOf = `${yearOf(start) + years}-12-31`;
        const byHours = evaluateVesting({ employmentStartDate: start, asOf, hours: steadyWeeks(start, asOf), balances }, SOS_PLAN).yearsOfService;
        const elapsed = completedYears(start, asOf);
        expect(Math.abs(byHours - elapsed)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("for a steady 40-hour week under plan years at any as-of date: never fewer than elapsed-time years, at most 2 more", () => {
    // The plan year of the start counts in full, and today's plan year counts once its 1,000th hour
    // is in: a July 1 start has 1,040 hours by December 31 and 1,000 again by late June, so on
    // 2003-06-30 the hours give 3 years (2001, 2002, 2003) where elapsed time gives 1.
    fc.assert(
      fc.property(isoDateArb(1990, 2030), fc.integer({ min: 0, max: 40 * 366 }), (start, asOfOffset) => {
        const asOf = addDays(start, asOfOffset);
        const byHours = evaluateVesting({ employmentStartDate: start, asOf, hours: steadyWeeks(start, asOf), balances }, SOS_PLAN).yearsOfService;
        const elapsed = completedYears(start, asOf);
        expect(byHours - elapsed).toBeGreaterThanOrEqual(0);
        expect(byHours - elapsed).toBeLessThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
    const julyStart = evaluateVesting({ employmentStartDate: "2001-07-01", asOf: "2003-06-30", hours: steadyWeeks("2001-07-01", "2003-06-30"), balances }, SOS_PLAN);
    expect([julyStart.yearsOfService, completedYears("2001-07-01", "2003-06-30")]).toEqual([3, 1]);
  });

  it("the forfeiture date falls after the last plan year with more than 500 hours, five whole plan years on", () => {
    fc.assert(
      fc.property(planArb, isoDateArb(1990, 2030), fc.integer({ min: 0, max: 9000 }), entriesArb(40), (plan, start, asOfOffset, rows) => {
        const asOf = addDays(start, asOfOffset);
        const entries = toEntries(start, rows);
        const result = evaluateVesting({ employmentStartDate: start, asOf, hours: entries, balances }, plan);
        const worked = [...unitsByYear(entries).entries()].filter(([, units]) => units > 500 * 10_000).map(([year]) => year);
        const forfeitsOn = result.service!.forfeitsOn;
        if (result.vestedPercent === 100) expect(forfeitsOn).toBeNull();
        if (forfeitsOn === null) {
          // Null only when the years on all the hours given (ahead included) vest the match fully.
          const yearsOnAllHours = result.service!.periods.filter((p) => p.yearOfService && !p.disregarded).length;
          const fullAt = plan.vesting.schedule.find((step) => step.percent === 100)!.years;
          expect(yearsOnAllHours).toBeGreaterThanOrEqual(fullAt);
          return;
        }
        // No period with more than 500 hours: the breaks count from the start's plan year.
        const lastWorked = worked.length > 0 ? Math.max(...worked) : yearOf(start) - 1;
        expect(forfeitsOn > `${lastWorked}-12-31`).toBe(true);
        // Plan years lastWorked + 1 … lastWorked + 5 are the five breaks; the match goes the day after.
        expect(forfeitsOn).toBe(`${lastWorked + 6}-01-01`);
      }),
      { numRuns: 400 },
    );
  });
});
