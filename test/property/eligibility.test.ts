/**
 * Eligibility properties (plan-rules §2): an eligibility date never precedes the 21st birthday or
 * the employment start date, under every plan option and for both employers; eligible means not
 * excluded and an eligibility date on or before the as-of date.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, anniversary, dateAttainingAge } from "@/lib/dates";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateEligibility } from "@/lib/rules/eligibility";
import { isoDateArb } from "./arbitraries";

const optionsArb = fc.record({
  feb29Anniversary: fc.constantFrom("march1" as const, "feb28" as const),
  eligibilityPeriods: fc.constantFrom("planYear" as const, "anniversaryYear" as const),
  serviceCredited: fc.constantFrom("endOfPeriod" as const, "onThousandthHour" as const),
  entry: fc.constantFrom("immediate" as const, "firstOfNextMonth" as const, "semiAnnual" as const),
});

describe("eligibility properties", () => {
  it("an eligibility date never precedes the 21st birthday or the employment start", () => {
    fc.assert(
      fc.property(
        isoDateArb(1950, 2010),
        fc.integer({ min: 0, max: 60 * 366 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 * 366 }), fc.integer({ min: 0, max: 1200 * 2 }).map((halves) => halves / 2)), { maxLength: 15 }),
        fc.integer({ min: 0, max: 8 * 366 }),
        fc.constantFrom("SOS", "Inteliant"),
        fc.boolean(),
        optionsArb,
        (birthDate, startOffset, entries, asOfOffset, employer, hce, options) => {
          const employmentStartDate = addDays(birthDate, startOffset);
          const asOf = addDays(employmentStartDate, asOfOffset);
          const hours = entries.map(([offset, count]) => ({ date: addDays(employmentStartDate, offset), hours: count }));
          const plan = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, ...options } });
          const result = evaluateEligibility({ asOf, employer, birthDate, employmentStartDate, hours, highlyCompensated: hce }, plan);
          if (result.eligibilityDate !== null) {
            expect(result.eligibilityDate >= dateAttainingAge(birthDate, 21, options.feb29Anniversary)).toBe(true);
            expect(result.eligibilityDate >= employmentStartDate).toBe(true);
            expect(result.entryDate! >= result.eligibilityDate).toBe(true);
          }
          expect(result.eligible).toBe(!result.excluded && result.eligibilityDate !== null && result.eligibilityDate <= asOf);
          expect(result.excluded).toBe(hce && employer === "SOS");
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the service requirement against a plain reading of plan-rules §2.1", () => {
  /** Periods written out from the text: the initial 12 months, then plan years or anniversary years. */
  function periods(start: string, options: { feb29Anniversary: "march1" | "feb28"; eligibilityPeriods: "planYear" | "anniversaryYear" }, count: number) {
    const list: [string, string][] = [[start, addDays(anniversary(start, 1, options.feb29Anniversary), -1)]];
    const firstPlanYear = Number(anniversary(start, 1, options.feb29Anniversary).slice(0, 4));
    for (let n = 1; n < count; n += 1) {
      list.push(
        options.eligibilityPeriods === "planYear"
          ? [`${firstPlanYear + n - 1}-01-01`, `${firstPlanYear + n - 1}-12-31`]
          : [anniversary(start, n, options.feb29Anniversary), addDays(anniversary(start, n + 1, options.feb29Anniversary), -1)],
      );
    }
    return list;
  }

  it("metOn is the day after the first period reaching 1,000 hours, or its 1,000th hour", () => {
    fc.assert(
      fc.property(
        isoDateArb(1990, 2010),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 * 366 }), fc.integer({ min: 0, max: 1000 })), { maxLength: 12 }),
        optionsArb,
        (employmentStartDate, entries, options) => {
          const hours = entries.map(([offset, count]) => ({ date: addDays(employmentStartDate, offset), hours: count }));
          const asOf = addDays(employmentStartDate, 6 * 366);
          const plan = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, ...options } });
          const result = evaluateEligibility({ asOf, employer: "SOS", birthDate: "1950-01-01", employmentStartDate, hours, highlyCompensated: false }, plan);
          let expected: string | null = null;
          for (const [from, to] of periods(employmentStartDate, options, 9)) {
            const inside = hours.filter((entry) => entry.date >= from && entry.date <= to).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
            const total = inside.reduce((sum, entry) => sum + entry.hours, 0);
            if (total >= 1000) {
              if (options.serviceCredited === "endOfPeriod") expected = addDays(to, 1);
              else {
                let running = 0;
                for (const entry of inside) {
                  running += entry.hours;
                  if (running >= 1000) {
                    expected = entry.date;
                    break;
                  }
                }
              }
              break;
            }
          }
          const service = result.requirements[1];
          expect(service.metOn).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
