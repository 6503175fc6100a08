/**
 * Properties of the long-term part-time finding (plan-rules §2.4) and `mayDefer`:
 * - `mayDefer` is true whenever `eligible` is (and otherwise exactly the part-time eligibility);
 * - a part-time date is never before 2024-01-01, never before age 21, and never before the day after
 *   a counted period with 500 hours or more ends;
 * - a part-time eligible employee is neither excluded nor a regular participant;
 * - adding hours never makes the part-time date later.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, anniversary } from "@/lib/dates";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateEligibility } from "@/lib/rules/eligibility";
import { isoDateArb } from "./arbitraries";

const rowsArb = (max: number) => fc.array(fc.record({ offset: fc.integer({ min: 0, max: 3000 }), hours: fc.integer({ min: 0, max: 700 }) }), { maxLength: max });

const employeeArb = fc.record({
  start: isoDateArb(2015, 2027),
  birthYearsBefore: fc.integer({ min: 14, max: 60 }),
  birthDay: fc.integer({ min: 0, max: 365 }),
  asOfOffset: fc.integer({ min: -30, max: 4000 }),
  rows: rowsArb(24),
  more: rowsArb(8),
  employer: fc.constantFrom("SOS", "SOS", "SOS", "Inteliant"),
  hce: fc.boolean(),
});

type Employee = typeof employeeArb extends fc.Arbitrary<infer T> ? T : never;

function inputs(e: Employee) {
  const birthDate = addDays(anniversary(e.start, -e.birthYearsBefore), -e.birthDay);
  const base = { asOf: addDays(e.start, e.asOfOffset), employer: e.employer, birthDate, employmentStartDate: e.start, highlyCompensated: e.hce };
  const hours = e.rows.map((row) => ({ date: addDays(e.start, row.offset), hours: row.hours }));
  const more = [...hours, ...e.more.map((row) => ({ date: addDays(e.start, row.offset), hours: row.hours }))];
  return { base, hours, more, birthDate };
}

describe("long-term part-time employees: properties", () => {
  it("mayDefer is true whenever eligible is, and otherwise says whether the part-time rule lets them defer", () => {
    fc.assert(
      fc.property(employeeArb, (e) => {
        const { base, hours } = inputs(e);
        const result = evaluateEligibility({ ...base, hours }, SOS_PLAN);
        if (result.eligible) expect(result.mayDefer).toBe(true);
        expect(result.mayDefer).toBe(result.eligible || (result.longTermPartTime?.eligible ?? false));
        if (e.employer === "Inteliant") expect(result.longTermPartTime).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("a part-time date is on or after 2024-01-01, age 21, and the day after a counted period with 500 hours or more", () => {
    fc.assert(
      fc.property(employeeArb, (e) => {
        const { base, hours, birthDate } = inputs(e);
        const partTime = evaluateEligibility({ ...base, hours }, SOS_PLAN).longTermPartTime;
        if (partTime === null || partTime.eligibilityDate === null) return;
        const date = partTime.eligibilityDate;
        expect(date >= "2024-01-01").toBe(true);
        expect(date >= anniversary(birthDate, 21)).toBe(true);
        const qualifying = partTime.periods.filter((period) => period.hours >= 500 && period.start >= "2021-01-01");
        expect(qualifying.length).toBeGreaterThanOrEqual(2);
        expect(qualifying.some((period) => addDays(period.end, 1) <= date)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("a part-time eligible employee is neither excluded nor eligible under the regular rule", () => {
    fc.assert(
      fc.property(employeeArb, (e) => {
        const { base, hours } = inputs(e);
        const result = evaluateEligibility({ ...base, hours }, SOS_PLAN);
        if (result.longTermPartTime?.eligible) {
          expect(result.excluded).toBe(false);
          expect(result.eligible).toBe(false);
          expect(result.longTermPartTime.eligibilityDate! <= base.asOf).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("adding hours never makes the part-time date later", () => {
    fc.assert(
      fc.property(employeeArb, (e) => {
        const { base, hours, more } = inputs(e);
        const fewer = evaluateEligibility({ ...base, hours }, SOS_PLAN).longTermPartTime;
        const after = evaluateEligibility({ ...base, hours: more }, SOS_PLAN).longTermPartTime;
        if (fewer?.eligibilityDate) expect(after!.eligibilityDate! <= fewer.eligibilityDate).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
