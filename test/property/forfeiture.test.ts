/**
 * Allocation properties (plan-rules §5): shares sum to the pool exactly, each within a cent of
 * its exact share, never negative; no deferrals, no share.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, type Money } from "@/lib/money";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { allocateForfeitures } from "@/lib/rules/forfeiture";
import { moneyArb } from "./arbitraries";

describe("forfeiture allocation properties", () => {
  it("shares sum to the pool, each within a cent of its exact share and never negative", () => {
    fc.assert(
      fc.property(
        moneyArb(1_000_000_00),
        fc.array(fc.oneof(moneyArb(10_000_000), fc.constant(new Dec(0))), { minLength: 1, maxLength: 40 }),
        (pool, deferrals) => {
          const total = deferrals.reduce((sum, amount) => sum.plus(amount), new Dec(0));
          fc.pre(!total.isZero() || pool.isZero());
          const participants = deferrals.map((amount, index) => ({ id: `P${index}`, deferrals: amount }));
          const result = allocateForfeitures(pool, participants, SOS_PLAN);
          const sum = result.allocations.reduce((acc, allocation) => acc.plus(allocation.amount), new Dec(0));
          expect(sum.equals(pool)).toBe(true);
          expect(result.total.equals(pool)).toBe(true);
          result.allocations.forEach((allocation, index) => {
            const amount = deferrals[index]!;
            expect(allocation.id).toBe(`P${index}`);
            expect(allocation.amount.isNegative() && !allocation.amount.isZero()).toBe(false);
            expect(allocation.amount.decimalPlaces()).toBeLessThanOrEqual(2);
            const exact = total.isZero() ? new Dec(0) : pool.times(amount).dividedBy(total);
            expect(allocation.amount.minus(exact).abs().lessThan("0.01")).toBe(true);
            if (amount.isZero()) expect(allocation.amount.isZero()).toBe(true);
          });
        },
      ),
    );
  });

  it("any pool above 0 over deferrals all 0 is refused", () => {
    fc.assert(
      fc.property(moneyArb(1_000_000_00).filter((pool) => !pool.isZero()), fc.integer({ min: 1, max: 10 }), (pool, count) => {
        const participants = Array.from({ length: count }, (_, index) => ({ id: `P${index}`, deferrals: new Dec(0) }));
        expect(() => allocateForfeitures(pool, participants, SOS_PLAN)).toThrow(/total 0/);
      }),
    );
  });
});

describe("the allocation against a plain reading of plan-rules §5", () => {
  it("floors each exact share, then hands the leftover cents to the largest remainders, ties in input order", () => {
    fc.assert(
      fc.property(
        moneyArb(1_000_000),
        fc.array(fc.oneof(moneyArb(100_000), fc.constantFrom(new Dec("1"), new Dec("2"), new Dec("0"))), { minLength: 1, maxLength: 12 }),
        (pool, deferrals) => {
          const total = deferrals.reduce((sum, amount) => sum.plus(amount), new Dec(0));
          fc.pre(!total.isZero());
          // Each exact share in cents is the rational P·d/D (P, d, D in cents): its floor is the
          // integer quotient and its fraction the remainder over D. Compared as integers, so equal
          // fractions are really equal (a Decimal division rounded at 60 digits can split a tie).
          const cents = (amount: Money) => BigInt(amount.times(100).toFixed(0));
          const P = cents(pool);
          const D = cents(total);
          const floors = deferrals.map((amount) => new Dec(((P * cents(amount)) / D).toString()));
          const remainders = deferrals.map((amount) => (P * cents(amount)) % D);
          let leftover = pool.times(100).minus(floors.reduce((sum, c) => sum.plus(c), new Dec(0))).toNumber();
          const order = remainders
            .map((remainder, index) => ({ remainder, index }))
            .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
          const expected = floors.map((c) => c);
          for (const { index } of order) {
            if (leftover === 0) break;
            expected[index] = expected[index]!.plus(1);
            leftover -= 1;
          }
          const result = allocateForfeitures(pool, deferrals.map((amount, index) => ({ id: `P${index}`, deferrals: amount })), SOS_PLAN);
          expect(result.allocations.map((a) => a.amount.toFixed(2))).toEqual(expected.map((cents) => cents.dividedBy(100).toFixed(2)));
        },
      ),
      { numRuns: 500 },
    );
  });
});
