/**
 * Contribution properties (plan-rules §3): the allowed deferral never exceeds any cap — 15% of
 * counted compensation (rounded half-up to the cent), 402(g) plus catch-up, and compensation —
 * and requested = allowed + excess. The caps are recomputed here from the table in plain integers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { limitsFor } from "@/lib/plan/limits";
import { Dec, type Money } from "@/lib/money";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { contributionLimit } from "@/lib/rules/contribution";
import { isoDateArb, percentArb } from "./arbitraries";

const withCatchUp = definePlan({ ...SOS_PLAN, options: { ...SOS_PLAN.options, catchUp: true } });
const cents = (amount: Money) => BigInt(amount.times(100).toFixed(0));

describe("contribution-limit properties", () => {
  it("the allowed deferral never exceeds any cap", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2002, max: 2035 }),
        fc.bigInt({ min: 0n, max: 100_000_000_00n }),
        percentArb(0, 100),
        fc.option(isoDateArb(1930, 2010), { nil: undefined }),
        fc.boolean(),
        (planYear, payCents, percent, birthDate, catchUp) => {
          const plan = catchUp ? withCatchUp : SOS_PLAN;
          const compensation = new Dec(payCents.toString()).dividedBy(100);
          const result = contributionLimit({ planYear, compensation, birthDate, deferralPercent: percent }, plan);
          const { limits } = limitsFor(planYear);
          const counted = payCents < cents(limits.compensation.amount) ? payCents : cents(limits.compensation.amount);
          // 15% of counted cents, half-up: (counted × 15 × 2 + 100) ÷ 200.
          const planCap = (counted * 15n * 2n + 100n) / 200n;
          const elective = cents(limits.electiveDeferral.amount);
          const catchUpMax = catchUp ? cents((limits.catchUp60to63 ?? limits.catchUp50).amount) : 0n;
          const allowed = cents(result.requested!.allowedDeferral);
          const catchUpGiven = cents(result.catchUp);

          expect(cents(result.planCap)).toBe(planCap);
          expect(allowed <= planCap + catchUpGiven).toBe(true);
          expect(allowed <= elective + catchUpGiven).toBe(true);
          expect(allowed <= payCents).toBe(true);
          expect(catchUpGiven <= catchUpMax).toBe(true);
          if (!catchUp) expect(catchUpGiven).toBe(0n);
          expect(allowed >= 0n).toBe(true);
          expect(cents(result.maxDeferral)).toBe(min(min(planCap, elective) + catchUpGiven, payCents));
          const { requestedDeferral, excess } = result.requested!;
          expect(requestedDeferral.equals(result.requested!.allowedDeferral.plus(excess))).toBe(true);
          expect(excess.isNegative() && !excess.isZero()).toBe(false);
          expect(result.bindingLimit).toBe(planCap <= elective ? "plan15Percent" : "402(g)");
        },
      ),
    );
  });
});

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
