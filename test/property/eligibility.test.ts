/**
 * Eligibility properties (plan-rules §2): an eligibility date never precedes the 21st birthday or
 * the employment start date, under every plan option and for both employers; eligible means not
 * excluded and an eligibility date on or before the as-of date.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dateAttainingAge } from "@/lib/dates";
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
