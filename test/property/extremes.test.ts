/**
 * Issue 5: every rule with extreme values — 0, a cent, 10^12 dollars, 1,000-year spans, Feb 29
 * everywhere, 100,000 hours rows for one person — returns an answer or a clear error, never a
 * crash or a hang. Each property is bounded in time (fast-check's `interruptAfterTimeLimit` and
 * Vitest's timeout), and each case names what it checks by hand where a value is known.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, anniversary, completedYears, isoOf } from "@/lib/dates";
import { RuleInputError } from "@/lib/errors";
import { UnsupportedYearError } from "@/lib/plan/limits";
import { Dec } from "@/lib/money";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { contributionLimit } from "@/lib/rules/contribution";
import { evaluateEligibility } from "@/lib/rules/eligibility";
import { allocateForfeitures } from "@/lib/rules/forfeiture";
import { project } from "@/lib/rules/projection";
import { evaluateVesting } from "@/lib/rules/vesting";

const TIME = { interruptAfterTimeLimit: 8_000, numRuns: 200 };

/** A cent, zero, a trillion dollars, and amounts between, as decimal text. */
const extremeMoney = fc.oneof(
  fc.constantFrom("0", "0.01", "0.99", "1000000000000", "999999999999.99"),
  fc.bigInt({ min: 0n, max: 100_000_000_000_000n }).map((cents) => new Dec(cents.toString()).dividedBy(100).toFixed(2)),
);

/** Any calendar date from year 1000 to 3000, February 29 often. */
const anyDate = fc.oneof(
  fc.integer({ min: 1000, max: 3000 }).filter((y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0).map((y) => isoOf(y, 2, 29)),
  fc.record({ y: fc.integer({ min: 1000, max: 3000 }), d: fc.integer({ min: 0, max: 365 }) }).map(({ y, d }) => addDays(isoOf(y, 1, 1), d)),
);

function isClearError(error: unknown): boolean {
  return error instanceof RuleInputError || error instanceof UnsupportedYearError;
}

describe("extreme values", () => {
  it("vesting: any balances from 0 to a trillion, any years, vested + forfeitable = balance", () => {
    fc.assert(
      fc.property(extremeMoney, extremeMoney, extremeMoney, fc.double({ min: 0, max: 1000, noNaN: true }), fc.boolean(), (d, r, m, years, terminated) => {
        const result = evaluateVesting(
          { yearsOfService: years, balances: { deferral: new Dec(d), rollover: new Dec(r), match: new Dec(m) }, events: terminated ? ["planTermination"] : [] },
          SOS_PLAN,
        );
        expect(result.vested.total.plus(result.forfeitable).equals(new Dec(d).plus(r).plus(m))).toBe(true);
      }),
      TIME,
    );
  });

  it("vesting by dates across a 1,000-year span from a Feb 29 start: 1,000 completed years, 100%", () => {
    // 1004-02-29 → 2004-02-29 is exactly 1,000 years (both leap years).
    const result = evaluateVesting({ employmentStartDate: "1004-02-29", asOf: "2004-02-29", balances: { deferral: new Dec(0), rollover: new Dec(0), match: new Dec("0.01") } }, SOS_PLAN);
    expect(result.yearsOfService).toBe(1000);
    expect(result.vested.match.toFixed(2)).toBe("0.01");
  });

  it("eligibility: any dates 1000–3000, Feb 29 often, with up to 50 hours rows: an answer or a clear error", () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, fc.array(fc.tuple(fc.integer({ min: 0, max: 400_000 }), fc.double({ min: 0, max: 8784, noNaN: true })), { maxLength: 50 }), fc.constantFrom("SOS", "Inteliant"), (birth, start, asOf, rows, employer) => {
        try {
          const hours = rows.map(([offset, h]) => ({ date: addDays(start, offset % 500_000), hours: h }));
          const result = evaluateEligibility({ asOf, employer, birthDate: birth, employmentStartDate: start, hours, highlyCompensated: false }, SOS_PLAN);
          if (result.eligibilityDate !== null) {
            expect(result.eligibilityDate >= anniversary(birth, 21)).toBe(true);
            expect(result.eligibilityDate >= start).toBe(true);
          }
        } catch (error) {
          expect(isClearError(error), String(error)).toBe(true);
        }
      }),
      { ...TIME, numRuns: 300 },
    );
  }, 30_000);

  it("eligibility over a 1,000-year span: hours only in the last plan year are still found", () => {
    // Start 1003-06-01; the first plan year is 1004 (it holds the anniversary 1004-06-01); 1,000
    // hours dated 2003-12-31 fall in plan year 2003, completed at its end → met 2004-01-01.
    const result = evaluateEligibility(
      { asOf: "2004-06-30", employer: "SOS", birthDate: "0980-01-01", employmentStartDate: "1003-06-01", hours: [{ date: "2003-12-31", hours: 1000 }], highlyCompensated: false },
      SOS_PLAN,
    );
    expect(result.requirements[1].metOn).toBe("2004-01-01");
    expect(result.eligibilityDate).toBe("2004-01-01");
  });

  it("100,000 hours rows for one person: 0.01 hours a row is 1,000 hours, met at the end of the period", () => {
    // Start 2002-01-01: the initial period is 2002-01-01..2002-12-31; 100,000 × 0.01 = 1,000 hours
    // spread over its 365 days → the requirement is met on 2003-01-01.
    const hours = Array.from({ length: 100_000 }, (_, i) => ({ date: addDays("2002-01-01", i % 365), hours: 0.01 }));
    const started = performance.now();
    const result = evaluateEligibility({ asOf: "2003-06-30", employer: "SOS", birthDate: "1970-01-01", employmentStartDate: "2002-01-01", hours, highlyCompensated: false }, SOS_PLAN);
    expect(result.requirements[1].metOn).toBe("2003-01-01");
    expect(result.requirements[1].kind === "hoursInPeriod" && result.requirements[1].periods[0]!.hours).toBe(1000);
    expect(performance.now() - started).toBeLessThan(5_000); // a bound against hangs, not a speed target
  });

  it("contribution limit: any compensation 0 to a trillion, any year 2002–3000, any %: allowed ≤ every cap", () => {
    fc.assert(
      fc.property(extremeMoney, fc.integer({ min: 2002, max: 3000 }), fc.double({ min: 0, max: 100, noNaN: true }), (pay, year, percent) => {
        const result = contributionLimit({ planYear: year, compensation: new Dec(pay), deferralPercent: percent }, SOS_PLAN);
        const allowed = result.requested!.allowedDeferral;
        expect(allowed.lessThanOrEqualTo(result.maxDeferral)).toBe(true);
        expect(allowed.lessThanOrEqualTo(new Dec(pay))).toBe(true);
        expect(result.limitsAssumed).toBe(year > 2026);
      }),
      TIME,
    );
  });

  it("contribution limit: a year before the table is a clear error", () => {
    expect(() => contributionLimit({ planYear: 1001, compensation: new Dec(1) }, SOS_PLAN)).toThrow(UnsupportedYearError);
  });

  it("projection: 60 years from a trillion dollars at ±100% returns 60 rows whose figures add up (to the cent)", () => {
    fc.assert(
      fc.property(extremeMoney, extremeMoney, fc.integer({ min: -100, max: 100 }), fc.integer({ min: -50, max: 50 }), (balance, pay, ret, growth) => {
        const result = project(
          {
            asOf: "2002-02-28", birthDate: "1960-02-29", yearsOfService: 0,
            balances: { deferral: new Dec(balance), rollover: new Dec(balance), match: new Dec(balance) },
            compensation: new Dec(pay), salaryGrowthPercent: growth, deferralPercent: 100, matchPercentOfDeferral: 1000, annualReturnPercent: ret, years: 60,
          },
          SOS_PLAN,
        );
        expect(result.rows).toHaveLength(60);
        for (const row of result.rows) {
          const c = row.cents;
          // Each balance and the total are their exact values rounded: the printed balances add up
          // to the total within a cent (plan-rules §6).
          const sum = c.deferralBalance + c.rolloverBalance + c.matchBalance;
          expect(sum - c.total <= 1n && c.total - sum <= 1n).toBe(true);
          expect(c.vested + c.forfeitable).toBe(c.total);
          expect(c.total >= 0n).toBe(true);
        }
      }),
      { ...TIME, numRuns: 60 },
    );
  }, 30_000);

  it("forfeiture allocation: a trillion-dollar pool over 100,000 participants of a cent each sums to the pool", () => {
    const participants = Array.from({ length: 100_000 }, (_, i) => ({ id: `P${i}`, deferrals: new Dec("0.01") }));
    const result = allocateForfeitures(new Dec("1000000000000"), participants, SOS_PLAN);
    // 10^14 cents / 10^5 equal shares = 10^9 cents = $10,000,000.00 each, no remainder.
    expect(result.allocations.every((a) => a.amount.toFixed(2) === "10000000.00")).toBe(true);
    expect(result.total.toFixed(2)).toBe("1000000000000.00");
  }, 30_000); // 100,000 allocations: room for a loaded machine (speed is measured by npm run bench, not here)

  it("forfeiture allocation: a cent over three participants goes to the first (ties in input order)", () => {
    const result = allocateForfeitures(new Dec("0.01"), ["a", "b", "c"].map((id) => ({ id, deferrals: new Dec("1000000000000") })), SOS_PLAN);
    expect(result.allocations.map((a) => a.amount.toFixed(2))).toEqual(["0.01", "0.00", "0.00"]);
  });

  it("dates: anniversaries of Feb 29 across a millennium land on March 1 in common years", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (n) => {
        const date = anniversary("1600-02-29", n);
        const year = 1600 + n;
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        expect(date).toBe(leap ? isoOf(year, 2, 29) : isoOf(year, 3, 1));
        expect(completedYears("1600-02-29", date)).toBe(n);
      }),
      TIME,
    );
  });
});
