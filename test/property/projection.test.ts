/**
 * Projection properties (plan-rules §6): in every row total = sum of balances, vested +
 * forfeitable = total, earnings = total − previous total − deferral − match; the vested % never
 * falls; deferral + match stays within 415(c) and pay.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { limitsFor } from "@/lib/plan/limits";
import { Dec, roundCents } from "@/lib/money";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { contributionLimit } from "@/lib/rules/contribution";
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
            // The deferral is what the contribution limit allows for that year's pay; the match is
            // match % × deferral, rounded half-up, cut to the 415(c) room (never below 0).
            const limit = contributionLimit({ planYear: row.planYear, compensation: row.compensation, birthDate, deferralPercent: input.deferralPercent }, SOS_PLAN);
            expect(row.deferral.equals(limit.requested!.allowedDeferral)).toBe(true);
            const wanted = roundCents(row.deferral.times(input.matchPercentOfDeferral).dividedBy(100));
            const cut = Dec.max(0, room.minus(row.deferral));
            expect(row.match.equals(Dec.min(wanted, cut))).toBe(true);
            expect(row.age).toBe(row.planYear - Number(birthDate.slice(0, 4)));
            previousTotal = row.total;
            previousPercent = row.vestedPercent;
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("the projection against a plain Decimal reading of plan-rules §6", () => {
  it("balances and pay agree with open × (1 + r) + contribution × (1 + r/2) in full precision", () => {
    fc.assert(
      fc.property(
        fc.record({
          balances: fc.record({ deferral: moneyArb(), rollover: moneyArb(), match: moneyArb() }),
          compensation: moneyArb(50_000_000),
          salaryGrowthPercent: percentArb(-50, 50),
          deferralPercent: percentArb(0, 100),
          matchPercentOfDeferral: percentArb(0, 200),
          annualReturnPercent: percentArb(-100, 100),
          years: fc.integer({ min: 1, max: 15 }),
        }),
        (input) => {
          const result = project({ ...input, asOf: "2002-12-31", birthDate: "1970-07-04", yearsOfService: 0 }, SOS_PLAN);
          const r = new Dec(String(input.annualReturnPercent)).dividedBy(100);
          const g = new Dec(String(input.salaryGrowthPercent)).dividedBy(100);
          let pay = input.compensation;
          const open = { ...input.balances };
          result.rows.forEach((row, k) => {
            if (k > 0) pay = pay.times(g.plus(1));
            expect(row.compensation.equals(roundCents(pay))).toBe(true);
            open.deferral = open.deferral.times(r.plus(1)).plus(row.deferral.times(r.dividedBy(2).plus(1)));
            open.rollover = open.rollover.times(r.plus(1));
            open.match = open.match.times(r.plus(1)).plus(row.match.times(r.dividedBy(2).plus(1)));
            expect(row.balances.deferral.equals(roundCents(open.deferral))).toBe(true);
            expect(row.balances.rollover.equals(roundCents(open.rollover))).toBe(true);
            expect(row.balances.match.equals(roundCents(open.match))).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
