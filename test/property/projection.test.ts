/**
 * Projection properties (plan-rules §6): in every row total = sum of balances, vested +
 * forfeitable = total, earnings = total − previous total − deferral − match; the vested % never
 * falls; deferral + match stays within 415(c) and pay.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { limitsFor } from "@/lib/limits";
import { Dec, roundCents } from "@/lib/money";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { project } from "@/lib/rules/projection";
import { isoDateArb, moneyArb, percentArb } from "./arbitraries";

describe("projection properties", () => {
  it("every row adds up", () => {
    fc.assert(
      fc.property(
        fc.record({
          asOf: isoDateArb(2001, 2040),
          age: fc.integer({ min: 16, max: 70 }),
          yearsOfService: fc.integer({ min: 0, max: 40 }),
          balances: fc.record({ deferral: moneyArb(), rollover: moneyArb(), match: moneyArb() }),
          compensation: moneyArb(100_000_000),
          salaryGrowthPercent: percentArb(-50, 50),
          deferralPercent: percentArb(0, 100),
          matchPercentOfDeferral: percentArb(0, 1000),
          annualReturnPercent: percentArb(-100, 100),
          years: fc.integer({ min: 1, max: 12 }),
          terminated: fc.boolean(),
        }),
        (input) => {
          const birthDate = `${Number(input.asOf.slice(0, 4)) - input.age}-06-15`;
          const result = project({ ...input, birthDate, events: input.terminated ? ["planTermination"] : [] }, SOS_PLAN);
          expect(result.rows).toHaveLength(input.years);
          let previousTotal = roundCents(input.balances.deferral).plus(roundCents(input.balances.rollover)).plus(roundCents(input.balances.match));
          let previousPercent = -1;
          result.rows.forEach((row, index) => {
            expect(row.planYear).toBe(Number(input.asOf.slice(0, 4)) + 1 + index);
            expect(row.total.equals(row.balances.deferral.plus(row.balances.rollover).plus(row.balances.match))).toBe(true);
            expect(row.vested.plus(row.forfeitable).equals(row.total)).toBe(true);
            expect(row.earnings.equals(row.total.minus(previousTotal).minus(row.deferral).minus(row.match))).toBe(true);
            expect(row.vestedPercent).toBeGreaterThanOrEqual(previousPercent);
            expect(row.yearsOfService).toBe(input.yearsOfService + index + 1);
            const { limits } = limitsFor(row.planYear);
            const room = Dec.min(limits.annualAdditions.amount, row.compensation);
            expect(row.deferral.plus(row.match).lessThanOrEqualTo(Dec.max(room, row.deferral))).toBe(true);
            expect(row.deferral.lessThanOrEqualTo(row.compensation)).toBe(true);
            expect(row.match.isNegative() && !row.match.isZero()).toBe(false);
            if (input.terminated) expect(row.forfeitable.isZero()).toBe(true);
            previousTotal = row.total;
            previousPercent = row.vestedPercent;
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
