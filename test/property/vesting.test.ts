/**
 * Vesting properties (plan-rules §4): vested + forfeitable = balance to the cent; the vested %
 * never falls as service grows, for the SOS schedule and for any schedule definePlan accepts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, completedYears } from "@/lib/dates";
import { Dec } from "@/lib/money";
import { definePlan } from "@/lib/plan/definition";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { evaluateVesting } from "@/lib/rules/vesting";
import { isoDateArb, moneyArb } from "./arbitraries";

/** Any valid schedule: starts at 0 years, years rise, percents never fall, at most 100. */
const scheduleArb = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 40 })), { minLength: 0, maxLength: 6 })
  .chain((steps) =>
    fc.integer({ min: 0, max: 20 }).map((first) => {
      const schedule = [{ years: 0, percent: first }];
      for (const [gap, rise] of steps) {
        const last = schedule[schedule.length - 1]!;
        schedule.push({ years: last.years + gap, percent: Math.min(100, last.percent + rise) });
      }
      return schedule;
    }),
  );

const planArb = fc.oneof(fc.constant(SOS_PLAN), scheduleArb.map((schedule) => definePlan({ ...SOS_PLAN, vesting: { ...SOS_PLAN.vesting, schedule } })));
const zero = { deferral: new Dec(0), rollover: new Dec(0), match: new Dec(0) };
const balancesArb = fc.record({ deferral: moneyArb(), rollover: moneyArb(), match: moneyArb() });

describe("vesting properties", () => {
  it("vested + forfeitable = balance to the cent, and each is whole cents and not negative", () => {
    fc.assert(
      fc.property(planArb, balancesArb, fc.double({ min: 0, max: 60, noNaN: true }), fc.boolean(), (plan, balances, years, terminated) => {
        const result = evaluateVesting({ yearsOfService: years, balances, events: terminated ? ["planTermination"] : [] }, plan);
        const balance = balances.deferral.plus(balances.rollover).plus(balances.match);
        expect(result.vested.total.plus(result.forfeitable).equals(balance)).toBe(true);
        expect(result.vested.match.plus(result.forfeitable).equals(balances.match)).toBe(true);
        for (const amount of [result.vested.deferral, result.vested.rollover, result.vested.match, result.forfeitable]) {
          expect(amount.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(amount.isNegative() && !amount.isZero()).toBe(false);
        }
        expect(result.vested.deferral.equals(balances.deferral)).toBe(true);
        expect(result.vested.rollover.equals(balances.rollover)).toBe(true);
        if (terminated) expect(result.forfeitable.isZero()).toBe(true);
      }),
    );
  });

  it("the vested % never falls as years of service grow", () => {
    fc.assert(
      fc.property(planArb, fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0, max: 60, noNaN: true }), (plan, a, b) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        const low = evaluateVesting({ yearsOfService: fewer, balances: zero }, plan).vestedPercent;
        const high = evaluateVesting({ yearsOfService: more, balances: zero }, plan).vestedPercent;
        expect(low).toBeLessThanOrEqual(high);
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("from dates, a later as-of date never vests less, and years count anniversaries", () => {
    fc.assert(
      fc.property(isoDateArb(1960, 2030), fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 5000 }), (start, offset, extra) => {
        const asOf1 = addDays(start, offset);
        const asOf2 = addDays(asOf1, extra);
        const first = evaluateVesting({ employmentStartDate: start, asOf: asOf1, balances: zero }, SOS_PLAN);
        const second = evaluateVesting({ employmentStartDate: start, asOf: asOf2, balances: zero }, SOS_PLAN);
        expect(first.vestedPercent).toBeLessThanOrEqual(second.vestedPercent);
        expect(first.yearsOfService).toBe(completedYears(start, asOf1));
        expect(first.yearsOfService).toBeLessThanOrEqual(second.yearsOfService);
      }),
    );
  });
});

