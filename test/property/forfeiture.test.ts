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
        expect(() => allocateForfeitures(pool, participants, SOS_PLAN)).toThrow(expect.objectContaining({ path: "participants", issue: { code: "deferralsTotalZero" } }));
      }),
    );
  });
});

describe("who gets the cents left after flooring (plan-rules §5)", () => {
  // Checked pairwise on the answer, not by building the answer again: in cents, participant i's
  // exact share is the rational P·dᵢ/D, its remainder rᵢ = P·dᵢ mod D (an integer, so equal
  // remainders are really equal). A participant "got a cent" when its share is its floor + 1.
  // If i got a cent and j did not, then rᵢ > rⱼ, or rᵢ = rⱼ and i comes before j. Example: pool
  // $0.10 over deferrals $1, $1, $1 (D = 300): each exact share 1000/300 = 3 cents, remainder
  // 100; floors sum to 9, so one cent is left and goes to the first of the tie: 4, 3, 3.
  const cents = (amount: Money) => BigInt(amount.times(100).toFixed(0));
  const deferralsArb = fc.array(
    fc.oneof(moneyArb(100_000), fc.constantFrom(new Dec("1"), new Dec("2"), new Dec("0"), new Dec("3.33"), new Dec("0.07"))),
    { minLength: 1, maxLength: 12 },
  );

  it("no cent goes to a smaller remainder ahead of a larger one, ties in input order; the sum is exact and each share within a cent", () => {
    fc.assert(
      fc.property(moneyArb(1_000_000), deferralsArb, (pool, deferrals) => {
        const total = deferrals.reduce((sum, amount) => sum.plus(amount), new Dec(0));
        fc.pre(!total.isZero());
        const P = cents(pool);
        const D = cents(total);
        const result = allocateForfeitures(pool, deferrals.map((amount, index) => ({ id: `P${index}`, deferrals: amount })), SOS_PLAN);
        const got = result.allocations.map((allocation) => cents(allocation.amount));
        // The sum is the pool, to the cent.
        expect(got.reduce((sum, c) => sum + c, 0n)).toBe(P);
        const exact = deferrals.map((amount) => P * cents(amount)); // exact share × D, in cents
        const remainder = exact.map((e) => e % D);
        const extra = got.map((c, i) => {
          // Within one cent of the exact share: |cᵢ·D − P·dᵢ| < D.
          const gap = c * D - exact[i]!;
          expect(gap < D && -gap < D).toBe(true);
          return c * D > exact[i]! ? 1 : 0;
        });
        for (let i = 0; i < got.length; i += 1) {
          for (let j = 0; j < got.length; j += 1) {
            if (extra[i] === 1 && extra[j] === 0) {
              const before = remainder[i]! > remainder[j]! || (remainder[i] === remainder[j] && i < j);
              expect(before, `P${i} (remainder ${remainder[i]}/${D}) got a cent ahead of P${j} (remainder ${remainder[j]}/${D})`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("the worked example: $0.10 over $1, $1, $1 is 4, 3 and 3 cents (the tie goes to the first)", () => {
    // 10 cents × 100 / 300 = 3 remainder 100 for each; 10 − 9 = 1 cent left, to P0.
    const result = allocateForfeitures(new Dec("0.10"), [1, 2, 3].map((n) => ({ id: `P${n}`, deferrals: new Dec(1) })), SOS_PLAN);
    expect(result.allocations.map((allocation) => allocation.amount.toFixed(2))).toEqual(["0.04", "0.03", "0.03"]);
  });
});
