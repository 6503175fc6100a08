/**
 * Projection properties (plan-rules §6), against an independent reference: §6 read literally in
 * decimal.js at 2,000 significant digits, which is exact for every input drawn here (each
 * reference value is checked to use fewer digits than that). The reference shares nothing with
 * lib/rules/projection.ts but the plan's data (the limits table, the 15% cap): no bigint, no scale.
 *
 * plan-rules §6, Precision: every reported figure is its exact value rounded half-up to cents;
 * total, vested and forfeitable may instead be the sum or difference of the row's reported
 * figures; no reported figure is more than one cent from its exact value. Here: forfeitable =
 * total − vested as reported, every other figure is its exact value rounded.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { limitsFor } from "@/lib/plan/limits";
import { Dec, type Money } from "@/lib/money";
import { SOS_PLAN } from "@/lib/plan/sos-plan";
import { project, type ProjectionInput, type ProjectionRow } from "@/lib/rules/projection";
import { isoDateArb, moneyArb, percentArb } from "./arbitraries";

const DIGITS = 2000;
const X = Decimal.clone({ precision: DIGITS, rounding: Decimal.ROUND_HALF_UP });

interface ExactRow {
  compensation: Decimal;
  deferral: Decimal;
  match: Decimal;
  matchReducedBy: Decimal;
  earnings: Decimal;
  deferralBalance: Decimal;
  rolloverBalance: Decimal;
  matchBalance: Decimal;
  total: Decimal;
  vested: Decimal;
  forfeitable: Decimal;
}

/** The SOS schedule (plan-rules §4): under 3 years 0%, 3 → 50%, 4 → 75%, 5 or more → 100%; plan termination 100%. */
function sosVestedPercent(years: number, terminated: boolean): number {
  if (terminated || years >= 5) return 100;
  return years >= 4 ? 75 : years >= 3 ? 50 : 0;
}

/** plan-rules §6 for the SOS plan (catch-up off, deferrals and rollovers always vested), year by year. */
function reference(input: ProjectionInput, terminated: boolean): ExactRow[] {
  expect(SOS_PLAN.options.catchUp).toBe(false);
  const pct = (p: number) => new X(String(p)).dividedBy(100);
  const x = (m: Money) => new X(m.toString());
  const g = pct(input.salaryGrowthPercent);
  const r = pct(input.annualReturnPercent);
  const cap = pct(SOS_PLAN.contributions.deferralPercentCap);
  const deferralRate = pct(input.deferralPercent);
  const matchRate = pct(input.matchPercentOfDeferral);
  const yearGrowth = r.plus(1);
  const halfYearGrowth = r.dividedBy(2).plus(1);
  let pay = x(input.compensation);
  let deferralBalance = x(input.balances.deferral);
  let rolloverBalance = x(input.balances.rollover);
  let matchBalance = x(input.balances.match);
  let total = deferralBalance.plus(rolloverBalance).plus(matchBalance);
  const rows: ExactRow[] = [];
  for (let k = 0; k < input.years; k += 1) {
    const { limits } = limitsFor(Number(input.asOf.slice(0, 4)) + 1 + k);
    if (k > 0) pay = pay.times(g.plus(1));
    const counted = X.min(pay, x(limits.compensation.amount));
    const maxDeferral = X.min(cap.times(counted), x(limits.electiveDeferral.amount), pay);
    const deferral = X.min(deferralRate.times(counted), maxDeferral);
    const wanted = matchRate.times(deferral);
    const room = X.max(0, X.min(x(limits.annualAdditions.amount), pay).minus(deferral));
    const match = X.min(wanted, room);
    deferralBalance = deferralBalance.times(yearGrowth).plus(deferral.times(halfYearGrowth));
    rolloverBalance = rolloverBalance.times(yearGrowth);
    matchBalance = matchBalance.times(yearGrowth).plus(match.times(halfYearGrowth));
    const yearEnd = deferralBalance.plus(rolloverBalance).plus(matchBalance);
    const vested = new X(sosVestedPercent(Math.floor(input.yearsOfService!) + k + 1, terminated)).dividedBy(100);
    rows.push({
      compensation: pay,
      deferral,
      match,
      matchReducedBy: wanted.minus(match),
      earnings: yearEnd.minus(total).minus(deferral).minus(match),
      deferralBalance,
      rolloverBalance,
      matchBalance,
      total: yearEnd,
      vested: deferralBalance.plus(rolloverBalance).plus(matchBalance.times(vested)),
      forfeitable: matchBalance.times(new X(1).minus(vested)),
    });
    total = yearEnd;
  }
  return rows;
}

/** Half-up to cents, as text ("-0.00" is "0.00": −0.001 rounds to no cents at all). */
const cents = (value: Decimal) => value.toFixed(2, Decimal.ROUND_HALF_UP).replace(/^-0\.00$/, "0.00");

function reported(row: ProjectionRow): Record<keyof ExactRow, Money> {
  const { deferral, rollover, match } = row.balances;
  return {
    compensation: row.compensation,
    deferral: row.deferral,
    match: row.match,
    matchReducedBy: row.matchReducedBy,
    earnings: row.earnings,
    deferralBalance: deferral,
    rolloverBalance: rollover,
    matchBalance: match,
    total: row.total,
    vested: row.vested,
    forfeitable: row.forfeitable,
  };
}

const ROUNDED: (keyof ExactRow)[] = ["compensation", "deferral", "match", "matchReducedBy", "earnings", "deferralBalance", "rolloverBalance", "matchBalance", "total", "vested"];

/** Every figure of every row: the exact value rounded half-up (forfeitable: total − vested), never a cent off. */
function expectRowsMatchReference(input: ProjectionInput, terminated: boolean): void {
  const rows = project({ ...input, events: terminated ? ["planTermination"] : [] }, SOS_PLAN).rows;
  const exact = reference(input, terminated);
  expect(rows).toHaveLength(exact.length);
  rows.forEach((row, k) => {
    const want = exact[k]!;
    const got = reported(row);
    const keys = Object.keys(want) as (keyof ExactRow)[];
    // The reference is exact: no value needed all the digits it had.
    expect(keys.filter((key) => want[key].sd() >= DIGITS - 10)).toEqual([]);
    expect(keys.filter((key) => new X(got[key].toString()).minus(want[key]).abs().greaterThan("0.01")), `${row.planYear}: more than a cent off`).toEqual([]);
    expect(ROUNDED.map((key) => `${key} ${got[key].toFixed(2)}`), `${row.planYear}`).toEqual(ROUNDED.map((key) => `${key} ${cents(want[key])}`));
    expect(row.forfeitable.toFixed(2)).toBe(row.total.minus(row.vested).toFixed(2));
  });
}

const base: ProjectionInput = {
  asOf: "2002-12-31",
  birthDate: "1970-07-04",
  yearsOfService: 2,
  balances: { deferral: new Dec("12000"), rollover: new Dec("0"), match: new Dec("3000") },
  compensation: new Dec("40000"),
  salaryGrowthPercent: 3,
  deferralPercent: 10,
  matchPercentOfDeferral: 26.2,
  annualReturnPercent: 6,
  years: 10,
};

describe("the api-v1 contract example against the reference", () => {
  it("every figure of its ten rows is the exact value rounded half-up", () => {
    expectRowsMatchReference(base, false);
  });

  it("2010: deferral balance 64,044.89 (exact 64,044.887953…), match balance 16,550.25 (16,550.246521…)", () => {
    const exact = reference(base, false)[7]!;
    expect(exact.deferralBalance.toFixed(6)).toBe("64044.887953");
    expect(exact.matchBalance.toFixed(6)).toBe("16550.246521");
    const row = project(base, SOS_PLAN).rows[7]!;
    expect(row.planYear).toBe(2010);
    // 40,000 × 1.03^7 = 49,194.954617… → 49,194.95; 10% = 4,919.495462… → 4,919.50; 26.2% of it 1,288.907811… → 1,288.91.
    expect([row.compensation, row.deferral, row.match].map((m) => m.toFixed(2))).toEqual(["49194.95", "4919.50", "1288.91"]);
    expect(row.balances.deferral.toFixed(2)).toBe("64044.89");
    expect(row.balances.match.toFixed(2)).toBe("16550.25");
    // 64,044.887953… + 16,550.246521… = 80,595.134474… → 80,595.13; 7 + 2 = 9 years: 100% vested.
    expect([row.total, row.vested, row.forfeitable].map((m) => m.toFixed(2))).toEqual(["80595.13", "80595.13", "0.00"]);
  });
});

describe("random projections against the reference", () => {
  it("every reported figure is its exact value rounded half-up, within a cent (400 projections)", () => {
    fc.assert(
      fc.property(
        fc.record({
          asOf: isoDateArb(2001, 2040),
          yearsOfService: fc.integer({ min: 0, max: 40 }),
          balances: fc.record({ deferral: moneyArb(), rollover: moneyArb(), match: moneyArb() }),
          compensation: fc.oneof(moneyArb(100_000_000), moneyArb(50_000_000_000)),
          salaryGrowthPercent: percentArb(-50, 50),
          deferralPercent: percentArb(0, 100),
          matchPercentOfDeferral: percentArb(0, 1000),
          annualReturnPercent: percentArb(-100, 100),
          years: fc.integer({ min: 1, max: 40 }),
          terminated: fc.boolean(),
        }),
        ({ terminated, ...input }) => {
          expectRowsMatchReference({ ...input, birthDate: `${Number(input.asOf.slice(0, 4)) - 30}-06-15` }, terminated);
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);

  it("ordinary figures (whole or one-decimal percentages, pay to $250,000) over 20 to 40 years (100 projections)", () => {
    const tenth = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10);
    fc.assert(
      fc.property(
        fc.record({
          asOf: isoDateArb(2002, 2030),
          yearsOfService: fc.integer({ min: 0, max: 6 }),
          balances: fc.record({ deferral: moneyArb(20_000_000), rollover: moneyArb(5_000_000), match: moneyArb(5_000_000) }),
          compensation: moneyArb(25_000_000),
          salaryGrowthPercent: tenth(0, 6),
          deferralPercent: tenth(0, 20),
          matchPercentOfDeferral: tenth(0, 100),
          annualReturnPercent: tenth(-5, 12),
          years: fc.integer({ min: 20, max: 40 }),
        }),
        (input) => expectRowsMatchReference({ ...input, birthDate: "1970-01-01" }, false),
      ),
      { numRuns: 100 },
    );
  }, 120_000);

  it("percentages with many decimals: figures carried past 10^-500 dollar still round as the exact ones do", () => {
    // 1e-30% adds 32 decimals a year: past year 15 the carried figures are rounded at 10^-500 dollar.
    expectRowsMatchReference({ ...base, salaryGrowthPercent: 3.000000000000001, annualReturnPercent: 1e-30, years: 20 }, false);
    expectRowsMatchReference({ ...base, salaryGrowthPercent: 1e-30, annualReturnPercent: 6.000000000000001, deferralPercent: 10.5, years: 25 }, false);
  });
});

describe("structural properties", () => {
  it("plan years follow on, years of service rise by one, the vested % never falls, terminated means nothing forfeitable", () => {
    fc.assert(
      fc.property(
        fc.record({
          asOf: isoDateArb(2001, 2040),
          yearsOfService: fc.integer({ min: 0, max: 40 }),
          compensation: moneyArb(100_000_000),
          annualReturnPercent: percentArb(-100, 100),
          years: fc.integer({ min: 1, max: 12 }),
          terminated: fc.boolean(),
        }),
        (input) => {
          const result = project({ ...base, ...input, events: input.terminated ? ["planTermination"] : [] }, SOS_PLAN);
          let previousPercent = -1;
          result.rows.forEach((row, index) => {
            expect(row.planYear).toBe(Number(input.asOf.slice(0, 4)) + 1 + index);
            expect(row.yearsOfService).toBe(input.yearsOfService + index + 1);
            expect(row.vestedPercent).toBeGreaterThanOrEqual(previousPercent);
            expect(row.vested.plus(row.forfeitable).equals(row.total)).toBe(true);
            // Forfeitable is total − vested as printed: within a cent of the exact part of the match not vested.
            expect(row.forfeitable.lessThanOrEqualTo(row.balances.match.plus("0.01"))).toBe(true);
            if (input.terminated) expect(row.forfeitable.isZero()).toBe(true);
            previousPercent = row.vestedPercent;
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
